"""Named pieces of the grammar of numeric targets.

A target reads INDICATOR [CUE] QUANTITY, or [CUE] QUANTITY INDICATOR ("95% gia đình đạt
chuẩn văn hóa"), where
    QUANTITY = NUMBER [RANGE | FRACTION] [SCALE] UNIT [PER]     20 - 21%/năm, 36/40 trường,
                                                                1,2 triệu lượt khách, 4,7 bác sỹ/01 vạn dân
Numbers follow Vietnamese conventions: "." groups thousands ("2.061.608"), "," is the
decimal mark ("7.465,55", "0,05"). A dot followed by one or two digits ("1.5") can only be
a decimal point (thousands come in threes), so it is read as one; "1.500" is 1500.
Unit words, scale words and cue words are data (`units.tsv`, `cues.tsv`).
"""
from __future__ import annotations

from pathlib import Path

import regex

from extractors.regexes import matched_in_place
from extractors.vocabulary import load_tsv

HERE = Path(__file__).parent


def _load(name: str) -> list[list[str]]:
    return load_tsv(HERE / name)


def _alternation(words) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


UNITS: dict[str, tuple[str, str, float]] = {}  # written (lower case) -> (unit, unit_base, scale)
for _written, _unit, _base, _scale, *_source in _load("units.tsv"):
    UNITS[_written] = (_unit, _base, float(_scale))
CUES: list[tuple[str, str, str]] = [(w, k, v) for w, k, v, *_source in _load("cues.tsv")]
COMPARATOR_BEFORE = {w: v for w, k, v in CUES if k == "comparator"}
COMPARATOR_AFTER = {w: v for w, k, v in CUES if k == "comparator_after"}
DIRECTIONS = {w: v for w, k, v in CUES if k == "direction"}
# Words that make a clause a commitment (with the comparators and directions): a count noun after a
# number is read as a unit only in such a clause ("Hình thành ít nhất 02 vùng …", "có tối thiểu 05 kịch bản").
# The cue stands right before the number, but for small words ("Đóng cửa 43 bãi", "nâng tổng số lên 12
# KCN", "phát triển từ 05 bộ dữ liệu", "có tối thiểu 05 kịch bản").
COMMITMENT = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}])(?:{_alternation([w for w, k, v in CUES if k in ('commitment', 'comparator', 'direction')])})"
    r"(?:\s+(?:mới|thêm|bổ\s+sung|lên|từ|có|được|tổng\s+số|số|ít\s+nhất|tối\s+thiểu|trên|khoảng|thi\s+đấu|hoạt\s+động(?:\s+của)?"
    r"|miễn\s+phí))*\s*$)")  # (s36a: "Cấp phát miễn phí 11.800 bộ thùng chứa …": how it is given, between the verb and its count)
# ("bổ sung" after the verb says the things are added, as "thêm": "lắp đặt bổ sung 150 trụ nước chữa cháy"; "thi đấu"
# after it says what is organised is competed: "tổ chức thi đấu 18 môn thể thao", as sports games and tournaments count
# their môn, giải and trận; "hoạt động (của)" after it says what is kept or run works: "Duy trì hoạt động của 14 câu lạc bộ")
# … or a commitment verb and its object (up to 8 words, no punctuation but a comma between two: "Đầu tư xây dựng hệ thống xử lý nước thải tập
# trung cho 15 làng nghề", s27d) before those it is for ("Đầu tư hạ tầng cho 08 làng du lịch", "cấp mã số
# vùng trồng cho 150 vùng": granting a code or a certificate, not "khu vực cấp chung cho 03 vùng nuôi", supplying water):
# the count after "cho" is what the plan delivers to; "mới", "thêm", "bổ sung" after the verb are the verb's, as in COMMITMENT
# ("mua sắm bổ sung dụng cụ nhà bếp cho 03 bếp ăn", s27a).
# (not an inspection's: what it inspects is its object, never those after "cho": "Kiểm tra hồ sơ cho 08 làng du lịch")
INSPECTING = {"thanh tra", "kiểm tra"}
COMMITMENT_FOR = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}])(?:{_alternation([w for w, k, v in CUES if k == 'commitment' and w not in INSPECTING])}"
    r"|cấp\s+(?:mới\s+)?(?:mã\s+số|giấy|chứng\s+nhận|chứng\s+chỉ|thẻ|sổ)(?![\p{L}\p{M}]))"
    r"(?:\s+(?:mới|thêm|bổ\s+sung)(?![\p{L}\p{M}]))?(?:,?\s+[\p{L}\p{M}]+){1,8}\s+cho(?:\s+(?:khoảng|ít\s+nhất|tối\s+thiểu|trên))?\s*$)")
# (the object may pair two, a comma between: "đào tạo nghề, chuyển đổi nghề cho 2.000 lao động", s27b)
# … or an inspection and its object (up to 8 words) before the places it is done at ("kiểm tra điều kiện chăn nuôi tại 150
# trang trại", "thanh tra việc chấp hành pháp luật về lao động tại 40 doanh nghiệp", s28d): those inspected are its output,
# as "Kiểm tra ít nhất 30 cửa hàng …" (Luật Thanh tra 2022: the subjects inspected). Environmental monitoring and its
# sampling are inspections of a place's state ("thực hiện quan trắc tại 07 cửa sông", "lấy mẫu tại 15 vị trí": Luật Bảo vệ
# môi trường 2020, Điều 107-111, the places monitored are the monitoring programme's output, as "giám sát chất lượng nước
# tại 21 vùng nuôi" already was). (r22: not yet after "ở": "quan trắc … ở 21 vùng nuôi tôm … tại 14 xã" would name the
# second count by the first one's words, "nuôi tôm …", where after "tại" it is "Số xã")
INSPECTED_AT = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|đánh\s+giá|quan\s+trắc|lấy\s+mẫu)(?:,?\s+[\p{L}\p{M}]+){0,8}"
    r"\s+tại(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|khoảng))?\s*$)")
# … or "nâng <what> lên" right before it: the level the count is raised to ("nâng tổng số câu lạc bộ trên địa bàn xã lên 06
# câu lạc bộ", as "nâng tỷ lệ … lên 62%").
RAISED_TO = regex.compile(r"(?i:(?<![\p{L}\p{M}])nâng(?![\p{L}\p{M}])[^\d;.:\n]{1,100}?(?<![\p{L}\p{M}])lên"
                          r"(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|khoảng))?\s*$)")
# Between two values, what sets them in clauses of their own: a comma, a semicolon, a full stop or a line's end.
VALUES_APART = regex.compile(r"[,;.\n]")
# The count before a second one in a list ("tập huấn cho 850 điều tra viên và 120 tổ trưởng", "có ít nhất 01 câu lạc bộ
# văn nghệ quần chúng và 01 câu lạc bộ thể dục, thể thao"): the second is cued as the first is, by the words before the
# first.
# (the first's noun may list kinds: "ít nhất 12 hội chợ, triển lãm trong nước và 03 hoạt động …")
# (and where it goes: "Tổ chức 16 chuyến hàng Việt về nông thôn, khu công nghiệp và 06 phiên chợ Tết …")
COUNT_BEFORE_IN_LIST = regex.compile(r"(?<![\d.,])\d[\d.,]*\s+(?:[\p{L}\p{M}]+,?\s+){0,10}[\p{L}\p{M}]+\s*(?:và|,)\s*$")
# (s29a: … or after ";", the count alone opening its item: "Tổ chức 08 chương trình biểu diễn nghệ thuật …; 05 giải thể
# thao chào mừng." — the item before holds a count, its noun right after it)
ITEM_AFTER_SEMICOLON = regex.compile(r";[^\S\n]*$")
COUNT_IN_ITEM = regex.compile(r"(?<![\d.,/])\d[\d.,]*[^\S\n]+\p{Ll}")
# … or a part of that count after "trong đó" ("Tổ chức 04 hội nghị kết nối cung cầu, trong đó 01 hội nghị …"): cued as the
# whole is.
COUNT_BEFORE_PART = regex.compile(r"(?<![\d.,])\d[\d.,]*\s+[^\d;:.]{1,80}?,?\s*(?i:trong\s+đó)\s*:?(?:\s+(?i:có|gồm))?\s*$")
LIST_JOIN = regex.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:và)?[^\S\n]*")
# A name that is only a commitment verb ("Trang bị", "Mua sắm mới") or a run of them ("Sửa chữa, gia cố", "cải tạo, nâng
# cấp"): what it delivers is the count's noun, the verbs' object.
COMMITMENT_VERBS = regex.compile(
    rf"(?i:(?:{_alternation([w for w, k, v in CUES if k == 'commitment'])})(?:\s*,?\s+(?:{_alternation([w for w, k, v in CUES if k == 'commitment'])}))*"
    r"(?:\s+(?:mới|thêm|bổ\s+sung))?)")
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

# --- numbers ------------------------------------------------------------------------------
NUMBER = r"""
    (?:
        \d{1,3}(?:\.\d{3})+(?:,\d+)?        # 2.061.608 ; 7.465,55
      | \d+,\d+                             # 0,05 ; 462,493
      | \d+\.\d{1,2}(?![\d.])               # 1.5: a decimal point (thousands come in threes)
      | \d+
    )"""
NUMBER_RE = regex.compile(
    rf"(?<![\p{{L}}\d.,:-]|\d[.,])(?<!\d\s?/)(?P<num>{NUMBER})(?![\d]|[.,]\d|/\d{{4}}|/[\p{{Lu}}Đ]|\s*-\s*[\p{{Lu}}Đ]{{2}})",
    regex.VERBOSE,
)
# s36d: the end of a table cell right after a number: spaces, then the tab that parts two cells of a delimited row.
CELL_END = matched_in_place(r"[^\S\n\t]*\t")
FRACTION = matched_in_place(rf"[^\S\n]*/[^\S\n]*(?P<den>{NUMBER})(?![\d/])", regex.VERBOSE)
RANGE = regex.compile(rf"[^\S\n]*(?:%[^\S\n]*)?(?:-|–|đến|tới)\s*(?P<max>{NUMBER})(?![\d/])", regex.VERBOSE)
# A number with thousands dots only ("2.061.608"), read whole.
THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+")
SPACES = regex.compile(r"\s+")
# A rate's denominator before its number ("02 ngày làm việc/01 đơn vị").
SLASH_BEFORE = regex.compile(r"/\s*$")
# A per-unit said in words ("12 người trên một vạn dân", "… cho 01 vạn dân"): the same as "/vạn dân".
PER_IN_WORDS = regex.compile(r"\s*(?i:trên|cho)\s+(?i:một|0?1)\s+")
# How often, right after a count noun ("phát sóng 02 kỳ/tháng", "01 buổi/tuần"): the count's per-unit of time.
PER_TIME_AFTER = matched_in_place(r"[^\S\n]*/[^\S\n]*(?P<per>(?i:ngày|tuần|tháng|quý|năm))(?![\p{L}\p{M}])")
# A density whose counted noun a qualifier follows before the population base ("1,5 bác sỹ y học cổ truyền/vạn dân",
# "2,5 bác sĩ gia đình/vạn dân"): the staff and beds per 10 000 people of the health statistics
# (Thông tư 37/2019/TT-BYT, Hệ thống chỉ tiêu thống kê ngành y tế: bác sĩ, dược sĩ đại học, giường bệnh trên 10.000 dân),
# the qualifier the field they work in, the unit the noun per the base.
QUALIFIED_PER = matched_in_place(
    r"[^\S\n]+\p{Ll}[\p{L}\p{M}]*(?:[^\S\n]+\p{Ll}[\p{L}\p{M}]*){0,4}[^\S\n]*/[^\S\n]*"
    r"(?P<per>(?:0?1[^\S\n]+)?(?:vạn|nghìn)[^\S\n]+dân|(?:1\.000|10\.000|100\.000)[^\S\n]+dân)(?![\p{L}\p{M}])")
# A per-unit's padded "1" dropped ("/01 người" → "/người", "/1 vạn dân" → "/vạn dân"), another number kept ("/100 bé
# gái", "/1.000 dân": per thousand people, as "/nghìn dân", not per person).
PER_ONE = regex.compile(r"(?<=/)\s*(?:0?1\s+)?")
PER_NUMBER = regex.compile(r"(?<=/)\s*(\d[\d.]*)\s+")
SLASH_SPACE = regex.compile(r"/\s+")
# A comparator after the unit ("95% trở lên"), read in the 20 characters after it.
# (after the unit, or the word that says the things counted are new: "từ 350 đảng viên mới trở lên")
THRESHOLD_AFTER = matched_in_place(r"(?:[^\S\n]+(?i:mới))?\s*(trở\s+lên|trở\s+xuống)(?![\p{L}\p{M}])")
# A year that opens a span of years ("2025 - 2030"): not a value.
YEAR_SPAN_AFTER = regex.compile(r"\s*[-–]\s*(?:19|20)\d\d")
SENTENCE_SPLIT = regex.compile(r"[;.](?=\s)")
LETTER = regex.compile(r"\p{L}")
MARKUP = regex.compile(r"[*_`]+")
DIGIT = regex.compile(r"\d")
# The spaces and tabs from a place on (its line's next word starts after them).
BLANKS = regex.compile(r"[ \t]*")
# --- what a disaster did, in relief and recovery plans ------------------------------------------
# A count of what an event struck, said by the adversative passive "bị" or "chịu ảnh hưởng" after its noun ("500
# nhà bị sập", "1.200 hộ bị ảnh hưởng", "35 người chết và mất tích"), or by the declaration that defines them
# ("40 xã, phường đã được công bố tình huống khẩn cấp"): a figure of what happened, not a commitment.
STRUCK_AFTER = regex.compile(
    r"[\s,]*(?:[\p{L}\p{M}]+\s+){0,4}?(?<![\p{L}\p{M}])(?<!(?:thiết|chuẩn|trang|dự|phòng|khi|nếu|dễ|cơ|không)\s)(?:bị\s+(?!truy\s+cứu)|chịu\s+ảnh\s+hưởng"
    r"|chết(?![\p{L}\p{M}])|mất\s+tích|đã\s+được\s+(?:[\p{L}\p{M}]+\s+){0,3}?công\s+bố)", regex.IGNORECASE)  # not "thiết bị", "trang bị", nor a risk ("khi bị ngập", "có nguy cơ bị")
# The group that what a count counts belongs to, named before what struck it ("lao động thuộc hộ bị thu hồi đất"): the
# struck is the group, the count its members (s27b).
MEMBER_OF = regex.compile(r"(?<![\p{L}\p{M}])thuộc(?![\p{L}\p{M}])")
# The damage an event did, said before its figure: "thiệt hại ước khoảng 200 tỷ đồng", "gây thiệt hại về tài sản
# trên 1.250 tỷ đồng", "làm hư hỏng 300 nhà", "cuốn trôi 12 cầu" (not "giảm thiệt hại …", a commitment).
DAMAGE_BEFORE = regex.compile(
    r"(?i:(?<!(?:giảm|giảm\s+thiểu|hạn\s+chế|ngăn\s+chặn|phòng\s+ngừa|không\s+để)\s+)(?<![\p{L}\p{M}])(?:(?:gây\s+)?(?:thiệt\s+hại|tổn\s+thất)(?:\s+về\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?"
    r"|làm\s+(?:sập|đổ|hư\s+hỏng|hư\s+hại|ngập|chết|sạt\s+lở|tốc\s+mái|cuốn\s+trôi)|cuốn\s+trôi|tốc\s+mái)"
    r"(?:\s+(?:khoảng|ước\s+tính|ước|trên|hơn|gần|lên\s+(?:đến|tới)|tổng\s+cộng|là|tới))*\s*:?\s*$)")
# What a plan commits to do for what was struck: restoring it ("khôi phục 500 ha rừng bị thiệt hại", "sửa chữa
# 300 nhà bị hư hỏng"), so the figure is its output; so is the upkeep of what wore down ("tu bổ 12 mốc quốc giới bị xuống
# cấp", "duy tu 50 km đường bị hư hỏng": Luật Di sản văn hóa 2024, tu bổ, tôn tạo; Luật Giao thông đường bộ 2024, bảo trì:
# duy tu, bảo dưỡng; s31a).
RESTORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:khôi\s+phục|phục\s+hồi|sửa\s+chữa|cải\s+tạo|nâng\s+cấp|xây\s+(?:dựng\s+)?lại|dựng\s+lại|làm\s+lại|trồng\s+lại|tái\s+thiết|tái\s+đàn|khắc\s+phục|gia\s+cố|di\s+dời"
    r"|tu\s+bổ|tôn\s+tạo|trùng\s+tu|duy\s+tu|bảo\s+dưỡng)(?![\p{L}\p{M}]))")

# A label that names a whole made of parts ("Cơ cấu kinh tế: Nông nghiệp 25%; Công nghiệp - xây dựng 35%; Dịch vụ
# 40%", "Cơ cấu lao động: …", "Tỷ trọng các khu vực trong GRDP: …"): each share after it is a part of that indicator.
COMPOSITION_LABEL = regex.compile(r"(?i:^(?:chuyển\s+dịch\s+)?(?:cơ\s+cấu|tỷ\s+trọng|tỉ\s+trọng)(?![\p{L}\p{M}]))")
# What separates the parts of such a list before the next part's name: "; ", ", ", " và ".
PART_SEPARATOR = regex.compile(r"[\s;,]*(?:(?<![\p{L}\p{M}])và\s+)?")
# A text that is only a number (a value cell: "13.500", "95%", "≥ 7,5", "1.200 - 1.300"): never the
# name of a scope or of an indicator, whatever column or label it was read from.
NUMBER_ONLY = regex.compile(r"[\s*_(]*(?:[<>≥≤~]=?\s*)?\d[\d.,]*(?:\s*[-–/]\s*\d[\d.,]*)?\s*[%‰]?[\s*_)]*")
COMMA = regex.compile(r"[,;]")
# The comma inside a fixed name of a field of work, as the laws name them (Luật Phòng, chống thiên tai 2013, Luật Phòng,
# chống tham nhũng 2018, Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024): "đội xung kích phòng, chống thiên tai với
# tổng số 420 người" goes on past it.
# (s35b: and the training words the civil service's rules pair as one kind of course, "đào tạo, bồi dưỡng" (Luật Cán bộ,
# công chức 2008, Điều 47; Nghị định 101/2017/NĐ-CP về đào tạo, bồi dưỡng cán bộ, công chức, viên chức) and "tập huấn, bồi
# dưỡng": "05 lớp tập huấn, bồi dưỡng kiến thức … cho khoảng 600 lượt người" is one output and those it is for.)
NAME_COMMA = regex.compile(r"(?i:(?<=(?<![\p{L}\p{M}])phòng),(?=[^\S\n]*chống(?![\p{L}\p{M}]))|(?<=phòng[^\S\n]+cháy),(?=[^\S\n]*chữa[^\S\n]+cháy)"
                        r"|(?<=cứu[^\S\n]+nạn),(?=[^\S\n]*cứu[^\S\n]+hộ)"
                        r"|(?<=(?<![\p{L}\p{M}])(?:đào[^\S\n]+tạo|tập[^\S\n]+huấn)),(?=[^\S\n]*bồi[^\S\n]+dưỡng(?![\p{L}\p{M}]))"
                        r"|(?<=(?<![\p{L}\p{M}])bồi[^\S\n]+dưỡng),(?=[^\S\n]*(?:đào[^\S\n]+tạo|tập[^\S\n]+huấn)(?![\p{L}\p{M}])))")
BULLET_MARK = regex.compile(r"\s*([-+•*])")
# Where the words right after a value end: a semicolon, a line's end, a bracket, a full stop, a table
# cell's end (a tab: "Tổ chức 02 hội nghị tuyên truyền⇥Sở Tư pháp⇥Quý II/2026": the next cells are not its words).
# A comma before a clause of its own ends them too: a directive with its addressee ("…, yêu cầu Bộ Y tế …", "…, đề nghị
# …", "…, giao Sở …"), a breakdown or a purpose ("…, trong đó lưu ý …", "…, đồng thời …", "…, nhằm …"); and so do a
# footnote mark ("…[2], …") and the occasion of an event ("khánh thành 02 công trình cùng dịp với Lễ …", "nhân dịp …"), and
# the time the output is due ("… cho các điểm trường lẻ trước ngày 31/12/2026", "…, hoàn thành trong quý IV/2026"): a deadline,
# not words of what is counted.
# A due date closes the clause of what is counted only when nothing but the clause's end, the next step ("và 100% …"),
# a scope ("đối với khu vực đô thị") or a purpose follows it: "95% trẻ em sinh trước ngày 01/01/2026 được tiêm đủ …"
# goes on, so the date is the cohort's, not the deadline.
DATE_CLOSES_CLAUSE = r"(?=[^\S\n]*(?:[,;.\n)]|$|(?i:và|đối\s+với|tại|theo|nhằm|để)(?![\p{L}\p{M}])|\d))"
# A date right after a past event qualifies the counted thing, it is no deadline: the cohort born before it ("trẻ em
# sinh trước ngày …"), files measured or received in a month ("thửa đất đã đo đạc trong tháng 6/2026"), staff made
# surplus by an earlier reorganisation ("cán bộ dôi dư do sắp xếp đơn vị hành chính trước ngày 01/7/2025").
PAST_EVENT_BEFORE_DATE = (r"(?i:(?<![\p{L}\p{M}])(?:sinh|phát\s+sinh|tiếp\s+nhận|đo\s+đạc|công\s+nhận|nghỉ\s+hưu|nghỉ\s+việc"
                          r"|(?:đã|do|bị)[^\S\n]+[^,;.:\n()\d]{1,60}?))")
# How often, right after a value ("02 lần mỗi tháng", "25.000 lao động mỗi năm"): a frequency, not the name of what is
# counted (inside the words after it, "… hằng năm cho sự nghiệp bảo vệ môi trường", it stays).
FREQUENCY_LEAD = regex.compile(r"[^\S\n]*(?i:mỗi|hằng|hàng)[^\S\n]+(?:ngày|tuần|tháng|quý|năm)(?![\p{L}\p{M}])[^\S\n]*,?")
# The size of the things counted just before, after "với" / "có" ("xây dựng 05 mô hình … với quy mô 50 ha", "03 cụm công
# nghiệp có tổng diện tích 150 ha"): the count's indicator measured in another unit.
SIZE_WORDS = (r"(?i:(?:với|có)[^\S\n]+(?:(?:tổng[^\S\n]+)?quy[^\S\n]+mô|(?:tổng[^\S\n]+)?diện[^\S\n]+tích|tổng[^\S\n]+(?:kinh[^\S\n]+phí|mức[^\S\n]+đầu[^\S\n]+tư"
              r"|vốn(?:[^\S\n]+(?:đăng[^\S\n]+ký|đầu[^\S\n]+tư))?)"
              r"|(?:tổng[^\S\n]+)?công[^\S\n]+suất|(?:tổng[^\S\n]+)?chiều[^\S\n]+dài|tổng[^\S\n]+số|số[^\S\n]+lượng))")  # (a plant's capacity: "02 nhà máy … với tổng
# công suất 1.500 tấn/ngày"; the people in what was counted: "02 đoàn … với tổng số 30 người"; the length of the works
# counted: "nâng cấp 02 tuyến đường với tổng chiều dài 6,5 km"; the capital the enterprises counted register, as the business
# registration statistics state it: "2.600 doanh nghiệp thành lập mới với tổng vốn đăng ký khoảng 32.000 tỷ đồng", Luật Doanh
# nghiệp 2020)
# (the size words, an approximation or bound, and a colon: what opens the size's value)
_SIZE_LEAD = SIZE_WORDS + r"(?:[^\S\n]+(?i:khoảng|trên|gần|hơn|ít\s+nhất|tối\s+thiểu))?[^\S\n]*:?[^\S\n]*"
SIZE_BEFORE_VALUE = regex.compile(r"[,\s]*" + _SIZE_LEAD + r"$")
# (the count's period may stand between them: "08 cụm công nghiệp mới giai đoạn 2025 - 2030 với tổng diện tích 400 ha")
SIZE_OF_PREVIOUS = regex.compile(r"[,\s]*(?:(?i:(?:trong[^\S\n]+)?giai[^\S\n]+đoạn|đến[^\S\n]+năm|năm)[^\S\n]+(?:19|20)\d\d"
                                 r"(?:[^\S\n]*[-–][^\S\n]*(?:19|20)\d\d)?(?!\d)[,\s]*)?" + _SIZE_LEAD)
# A second commitment joined by "và", with its own verb and value ("Xây dựng mới 05 cầu dân sinh và sửa chữa, gia cố 03 cầu
# yếu", "xây mới 03 nhà … và sửa chữa 05 nhà tình nghĩa"): the first value's words end before it; so they do when the
# second names its own year first (s32a: "năm 2027 hỗ trợ thêm 3.500 máy và năm 2028 hỗ trợ thêm 3.000 máy").
_COMMITMENT_VERB = _alternation([w for w, k, v in CUES if k == "commitment"])
NEXT_COMMITMENT = (r"|[^\S\n]+(?=(?i:và)[^\S\n]+(?:(?i:(?:đến[^\S\n]+)?năm)[^\S\n]+20\d\d[^\S\n]*,?[^\S\n]+)?(?i:" + _COMMITMENT_VERB + r")(?:[^\S\n]*,?[^\S\n]+(?i:" + _COMMITMENT_VERB
                   + r"))*(?:[^\S\n]+(?i:mới|thêm|bổ\s+sung))?(?:[^\S\n]+(?:(?i:ít\s+nhất|tối\s+thiểu|khoảng)[^\S\n]+)?\d|[^\S\n]*,?[^\S\n]*\Z))")
# (\Z: the words after a value are read up to the next value, which the search does not see)
# … and the second value's clause opens at its verbs, not at a comma between them ("và sửa chữa, gia cố 03 cầu yếu")
JOINED_COMMITMENT = regex.compile(r"(?<![\p{L}\p{M}])(?i:và)[^\S\n]+(?P<verb>(?i:" + _COMMITMENT_VERB + r")(?:[^\S\n]*,?[^\S\n]+(?i:"
                                  + _COMMITMENT_VERB + r"))*(?:[^\S\n]+(?i:mới|thêm|bổ\s+sung))?)(?:[^\S\n]+(?i:ít\s+nhất|tối\s+thiểu|khoảng))?[^\S\n]*$")
# The works verbs (Bộ tiêu chí quốc gia về xã nông thôn mới, Quyết định 318/QĐ-TTg: cứng hóa, nhựa hóa, bê tông hóa, kiên cố
# hóa; xây mới, làm mới, gia cố, as cues.tsv holds them), one or a run of them before a count: what they build is named by
# them ("Cứng hóa 05 tuyến kênh mương" -> "Cứng hóa tuyến kênh mương", as "Nâng cấp 02 nhà văn hóa" -> "Nâng cấp nhà văn hóa").
_WORKS_VERB = r"(?:(?:cứng|nhựa|bê[^\S\n]+tông|kiên[^\S\n]+cố)[^\S\n]+h(?:óa|oá)|xây[^\S\n]+mới|làm[^\S\n]+mới|gia[^\S\n]+cố|nâng[^\S\n]+cấp|sửa[^\S\n]+chữa)"
WORKS_VERBS = regex.compile(r"(?i:" + _WORKS_VERB + r"(?:[^\S\n]*,?[^\S\n]+(?:và[^\S\n]+)?" + _WORKS_VERB + r")*)")
# The amount repeated in words in brackets after its figures, as decisions and estimates write it ("125.000 triệu đồng (Một
# trăm hai mươi lăm tỷ đồng)", "(Bằng chữ: Năm mươi triệu đồng chẵn)"): the same amount, no scope of it.
AMOUNT_IN_WORDS = regex.compile(r"(?i:(?:bằng[^\S\n]+chữ[^\S\n]*:?[^\S\n]*)?(?:(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi"
                                r"|linh|lẻ|trăm|nghìn|ngàn|triệu|tỷ|tỉ)[^\S\n]+)+(?:đồng|đô[^\S\n]+la(?:[^\S\n]+mỹ)?)(?:[^\S\n]+chẵn)?)")
# w22d: a standard joined to the value before it by "với" ("… với tiêu chuẩn cấp nước 120 lít/người/ngày đêm", "… với định
# mức 60 lít/người/ngày"): the standard the next value states (the norms of QCVN 01:2021/BXD, cấp nước), "với" opening its
# clause and no word of its name. (Not a size, "với quy mô 50 ha", "với tổng công suất 1.500 tấn/ngày": the size of the
# item before it, named by that item.)
_MEASURE_NAME = r"(?i:tiêu[^\S\n]+chuẩn|định[^\S\n]+mức)(?![\p{L}\p{M}])"
_JOINED_MEASURE = r"(?i:với)[^\S\n]+" + _MEASURE_NAME
JOINED_MEASURE_OPENER = regex.compile(r"(?i:với)[^\S\n]+(?=" + _MEASURE_NAME + ")")
VALUE_CLAUSE_END = regex.compile(r"[;\n()\t]|\.(?=\s|$)|\[\d{1,3}\]" + NEXT_COMMITMENT +
                                 r""
                                 r"|,(?=[^\S\n]*(?:(?i:yêu\s+cầu|đề\s+nghị|trong\s+đó|đồng\s+thời|nhằm|ưu\s+tiên)(?![\p{L}\p{M}])|(?i:giao)[^\S\n]+\p{Lu}))"
                                 # the next item of a list of counts ("02 xuồng máy, 150 áo phao, 300 phao tròn"; s28e): a decimal
                                 # comma has no space after it
                                 r"|,(?=[^\S\n]+\d)"
                                 # the span of years the value is for ("08 cụm công nghiệp mới giai đoạn 2025 - 2030"): its period, not its name
                                 r"|[^\S\n]+(?=(?i:(?:trong[^\S\n]+)?giai[^\S\n]+đoạn)[^\S\n]+(?:19|20)\d\d(?!\d))"
                                 r"|[^\S\n]+(?=(?i:cùng|nhân|vào)[^\S\n]+dịp(?![\p{L}\p{M}]))"
                                 # (w22d) a standard joined by "với" right before its own value ("100% dân số đô thị được
                                 # cấp nước sạch … với tiêu chuẩn cấp nước 120 lít/người/ngày đêm trở lên"): the next
                                 # value's indicator (_JOINED_MEASURE)
                                 r"|[^\S\n]+(?=" + _JOINED_MEASURE + r"[^\d;\n]{0,60}?(?:(?i:khoảng|ít\s+nhất|tối\s+thiểu|trên|đạt)[^\S\n]*)?\Z)"
                                 # (s32l) a clause of its own that only says when the counted work is done, after a comma,
                                 # whatever its time ("…, hoàn thành trong năm 2028", "…, hoàn thành trong đầu quý IV/2026",
                                 # "…, hoàn thành từ tháng 3 đến tháng 5/2027"): a deadline, not words of what is counted
                                 r"|,[^\S\n]*(?=(?i:hoàn[^\S\n]+thành|xong)[^\S\n]+(?i:trước|chậm[^\S\n]+nhất(?:[^\S\n]+là)?|trong|vào|đến[^\S\n]+hết|từ)"
                                 r"[^\S\n]+(?:(?i:đầu|giữa|cuối|hết)[^\S\n]+)?(?i:ngày|tháng|qu[ýí]|năm)[^\S\n]+[\dIVX])"
                                 r"|(?<!" + PAST_EVENT_BEFORE_DATE + r"),?[^\S\n]+(?=(?:(?i:hoàn\s+thành|xong)[^\S\n]+)?(?i:trước|chậm\s+nhất(?:\s+là)?|trong|vào|đến\s+hết)[^\S\n]+"
                                 r"(?i:ngày[^\S\n]+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|[^\S\n]+tháng[^\S\n]+\d{1,2}[^\S\n]+năm[^\S\n]+\d{4})"
                                 r"|tháng[^\S\n]+\d{1,2}(?:[/.-]\d{4}|[^\S\n]+năm[^\S\n]+\d{4})?"
                                 r"|qu[ýí][^\S\n]+(?:[IV]{1,3}|\d)(?:[^\S\n]*[/.-][^\S\n]*\d{4}|[^\S\n]+năm[^\S\n]+\d{4})?)"
                                 r"(?![\p{L}\p{M}\d])" + DATE_CLOSES_CLAUSE + r")")
OWN_BRACKET_CLOSE = matched_in_place(r"[^\S\n]*\)")
# An aside in brackets that the words after a value run on past: "số người hưởng trợ cấp (bao gồm người được ủy
# quyền nhận thay) nhận tiền trợ cấp …", "diện tích sản xuất nông nghiệp chủ lực (lúa, xoài, …) ứng dụng công nghệ …".
ASIDE_RUNS_ON = matched_in_place(r"\([^()\n;]{1,120}\)(?=[^\S\n]+[\p{Ll}])")
LATEX_FRACTION = regex.compile(r"\$?\\[dt]?frac\{(?P<num>\d+)\}\{(?P<den>\d+)\}\$?")

# --- units --------------------------------------------------------------------------------
UNIT_WORD = _alternation(UNITS)
SCALE_WORD = _alternation(SCALES)
# (s36b: "đồng" that opens a word of its own is no money: "hệ thống cấp cứu ngoại viện 115 đồng bộ, hiện đại", "50 đồng bào",
# the Sino-Vietnamese compounds of đồng = together, same: đồng bộ, đồng bào, đồng loạt, đồng thời, đồng đều, đồng hành, …)
_DONG_SECOND = (r"(?i:bộ|bào|loạt|thời|đều|hành|tình|ý|nghiệp|đội|phục|minh|dạng|nhất|tâm|lòng|cảm|chủ\s+trì|tác\s+giả|hương|môn"
                r"|niên|hồ)(?![\p{L}\p{M}])")
NOT_MONEY_DONG = rf"(?!(?<=(?i:đồng))\s+{_DONG_SECOND})"
# (the same word right after a number, read as a count noun: "115 đồng bộ" counts no "đồng")
DONG_COMPOUND = regex.compile(rf"(?i:đồng)\s+{_DONG_SECOND}")
# (s29e: "/đêm", the night of a stay: "45 USD/người/đêm", a room's rate "1,2 triệu đồng/đêm")
UNIT_RE = regex.compile(
    rf"""[^\S\n]*(?P<unit_raw>
        (?:(?P<scale>{SCALE_WORD})\s+)?(?P<unit>{UNIT_WORD}){NOT_MONEY_DONG}
        (?P<per>(?:\s*/\s*(?:0?1(?:\.000)?\s+|1\.000\s+|100\.000\s+|10\.000\s+|100\s+)?(?:vạn\s+dân|nghìn\s+dân|dân|người\s+dân|người|năm|ha|km2|km²|hộ|tháng|ngày\s+đêm|ngày|đêm|tuần|quý|lao\s+động|xã|phụ\s+nữ|bé\s+gái|lượt\s+khách|lượt|khách)
                 |\s+(?:trên|cho)\s+(?:một|0?1)\s+(?:vạn|nghìn)\s+dân)*)
    )(?![\p{{L}}\p{{M}}\d])""",
    regex.VERBOSE | regex.IGNORECASE,
)

# A rank among peers: "(PCI) thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước", "trong top 10 địa phương đứng đầu" (the
# provincial indices are ranked so: VCCI's PCI, UNDP's PAPI, the Bộ Nội vụ's PAR Index and SIPAS); the number is the
# lowest rank the plan accepts (comparator le), the peers its unit.
RANK_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:thuộc|nằm\s+trong|vào|trong)\s+(?:nhóm|top|tốp)\s*)$")
# (a province ranks its own departments and communes by the same indices: "Chỉ số cải cách hành chính (PAR Index) của Sở thuộc
# nhóm 5 sở, ban, ngành dẫn đầu của tỉnh", "… nhóm 10 xã, phường dẫn đầu")
RANK_GROUP = regex.compile(r"[^\S\n]+(?P<unit>tỉnh\s*,\s*thành\s+phố|tỉnh\s*,\s*thành|tỉnh|địa\s+phương|bộ\s*,\s*ngành"
                           r"|sở\s*,\s*ban\s*,\s*ngành|sở\s*,\s*ngành|cơ\s+quan\s*,\s*đơn\s+vị|xã\s*,\s*phường(?:\s*,\s*đặc\s+khu)?)"
                           r"(?=[^\S\n]+(?:dẫn\s+đầu|đứng\s+đầu|cao\s+nhất|tốt\s+nhất)(?![\p{L}\p{M}]))", regex.IGNORECASE)

# --- what a number is not -------------------------------------------------------------------
# Right before the number: it is a rank, a level, a clause or an ordinal ("mức độ 3", "Điều 5", "lần thứ 2");
# "điểm" is a clause's point ("điểm a"), not the verb "xử lý dứt điểm 100% …" (settle for good) nor "thí điểm" (pilot, s32a:
# "Thí điểm 04 mô hình cộng sinh công nghiệp", "triển khai thí điểm 05 trạm …": the pilots are the output);
# "cấp" ends a compound word that names no level ("nâng cấp 50 km đường" works to deliver, "được hưởng theo phân cấp:
# 19.870 tỷ đồng" a budget's share, "cung cấp 500 suất", "trình độ trung cấp 1.200 người"): not a level either, nor "loại"
# ending the verbs "phân loại", "sàng loại" ("Tiếp nhận, phân loại 100% tố giác, tin báo"), no class; "số" after
# "với/có tổng" is the size of what was counted ("02 đoàn … với tổng số 30 người"), no number's label; "các loại" closes a
# noun of all kinds ("rau màu các loại 980 ha", "thịt hơi các loại 265.000 tấn"), no type's number ("loại 3"); "thửa" is a
# parcel's number ("thửa 45, tờ bản đồ số 12"), not the end of "dồn điền đổi thửa" (Luật Đất đai 2024, Điều 192: land
# consolidation, "dồn điền đổi thửa 1.250 ha": its area; s30c). "số" ending a word that is no label is no number's label
# either (s35d): "thiểu số", "đa số" ("hộ phụ nữ dân tộc thiểu số 600 hộ"), and "số" = digital after the pillars of the
# national digital transformation programme (Quyết định 749/QĐ-TTg 2020: chuyển đổi số, chính phủ số, kinh tế số, xã hội
# số, hạ tầng số, nền tảng số, dữ liệu số, công nghệ số, kỹ năng số; Luật Thư viện 2019: thư viện số; Quyết định 131/QĐ-TTg
# 2022: kho học liệu số): "đưa lên kho học liệu số 1.500 bài giảng điện tử".
NOT_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:mức\s+độ|cấp\s+độ|(?<!(?:nâng|phân|cung|trợ|khẩn|sơ|trung|cao)\s+)cấp|(?<!(?:phân|sàng|các|mọi)\s+)loại|hạng|bậc|tiêu\s+chí(?:\s+số)?|điều|khoản|(?<!(?:dứt|thí)\s+)điểm|lần\s+thứ|thứ|khóa|khoá|nhiệm\s+kỳ|(?<!(?:với|có)\s+tổng\s+)(?<!(?:thiểu|đa)\s+)(?<!(?:chuyển\s+đổi|chính\s+phủ|chính\s+quyền|kinh\s+tế|xã\s+hội|hạ\s+tầng|nền\s+tảng|dữ\s+liệu|công\s+nghệ|kỹ\s+năng|học\s+liệu|thư\s+viện)\s+)số|đợt|giai\s+đoạn|cộng|trừ|[=*×]|x|phụ\s+lục|mục|chương|phần|từ\s+năm|lô|tờ|(?<!đổi\s+)thửa|km\s+số|tỉnh\s+lộ"
    # s29k: the current state of what is counted ("Rà soát hiện trạng 37 điểm du lịch cộng đồng đã được công nhận"): a
    # current figure, not a target (spec: baselines and current figures are none)
    r"|hiện\s+trạng)\s*(?::|\.(?![^\S\n]*\n))?\s*$")
# (w21a: not across a full stop that ends its line: "… tối thiểu 01 Điểm chữa cháy công cộng.⏎100% hộ gia đình …", the word
# closes the sentence before, the number opens the next line's own)
# w21a: the plan's own meetings ("tổ chức 04 phiên họp thường kỳ trong năm", "02 hội nghị giao ban chuyên đề mỗi năm", "04 cuộc
# họp"): how the board that runs the plan works, a part of the plan's own machinery as its đợt and nội dung are, not an output
# delivered (spec: counts of the plan's own structure); "phiên" of a job fair or a market ("phiên giao dịch việc làm", "phiên
# chợ") stays an output, and so do meetings held for others: a press conference ("02 cuộc họp báo"), meetings with the
# residents or firms ("05 cuộc họp dân", "cuộc họp với doanh nghiệp", "cuộc họp tiếp xúc, đối thoại").
# w23d: …and the sub-committees and working groups of the board that runs the plan ("Ban Tổ chức thành lập 05 tiểu ban: Tiểu
# ban Nội dung - Kịch bản; …", "thành lập 02 tổ giúp việc"): the board's own machinery, not an output.
# Right after the number: an age, a duration, a count of the plan's own structure, a speed; also as the first end of a
# range of them, "3 - 5 sao", "từ 3 đến 5 sao", "từ 16 đến 30 tuổi" (w20d: a grade's range names a class, "buồng đạt tiêu
# chuẩn từ 3 đến 5 sao", as "3 - 5 sao" does; RANGE's "đến/tới" as its "-").
NOT_AFTER = regex.compile(
    r"\s*(?:(?:-|–|đến|tới)\s*\d+\s*)?(?i:tuổi|năm(?!\s*\d)|tháng|ngày|giờ|phút|sao|đợt|con\s+số|cấp|loại|bên|mức|bậc|hạng|lần\s+(?:mức|lương|so\s+với)|nội\s+dung|tiêu\s+chí|bộ\s+hồ\s+sơ|tập\s+thể|cá\s+nhân|Gb|Mb|kỷ\s+niệm|nhiệm\s+vụ(?!\s+(?:khoa\s+học|tư\s+vấn|phản\s+biện|giám\s+định))|giải\s+pháp(?!\s+(?:dự\s+thi|đạt\s+giải|kỹ\s+thuật|sáng\s+tạo|hữu\s+ích|của\s+hội\s+viên|được\s+(?:đề\s+cử|cấp|áp\s+dụng|công\s+nhận|bảo\s+hộ|chuyển\s+giao)))|chỉ\s+tiêu|mục\s+tiêu|chương\s+trình|đề\s+án|bước|khâu|nhóm|lĩnh\s+vực|tiểu\s+ban|tổ\s+giúp\s+việc|phiên\s+họp|cuộc\s+họp(?!\s+(?:báo|dân|với|tiếp\s+xúc|đối\s+thoại))|(?:hội\s+nghị\s+|buổi\s+|cuộc\s+)?giao\s+ban)(?![\p{L}\p{M}])")
# w22c: …and how often the plan's own board or council meets, counted in "lần" right after "họp" ("Hội đồng trường họp định
# kỳ 02 lần/năm để giám sát việc thực hiện Kế hoạch", "Ban Chỉ đạo họp ít nhất 01 lần mỗi quý"): its machinery, as its "cuộc
# họp" are; not the meetings held with others ("họp dân 02 lần", "họp với doanh nghiệp"), whose word follows "họp".
OWN_MEETING_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])họp(?:[^\S\n]+(?:định[^\S\n]+kỳ|thường[^\S\n]+kỳ|ít[^\S\n]+nhất|tối[^\S\n]+thiểu))*[^\S\n]*)$")
TIMES_AFTER = matched_in_place(r"[^\S\n]*(?i:lần)(?![\p{L}\p{M}])")
# t20: …except a quota counted in "chỉ tiêu" where its clause recruits or enrols (Nghị định 115/2020/NĐ-CP on recruiting
# viên chức, its "chỉ tiêu tuyển dụng"; Luật Giáo dục 2019, "chỉ tiêu tuyển sinh"; Luật Nghĩa vụ quân sự 2015, "chỉ tiêu gọi công
# dân nhập ngũ", "giao quân"; biên chế): "Tổng chỉ tiêu tuyển dụng viên chức giáo dục năm 2027 là 1.420 chỉ tiêu, trong đó mầm
# non 520 chỉ tiêu …", "tuyển dụng 120 chỉ tiêu giáo viên": places to fill, an output the plan commits to (spec: targets). Not
# "có 21/24 chỉ tiêu chủ yếu đạt và vượt kế hoạch", "Kế hoạch gồm 12 chỉ tiêu": the plan's own indicators, counted.
QUOTA_UNIT_AFTER = matched_in_place(r"[^\S\n]+(?P<unit>(?i:chỉ[^\S\n]+tiêu))(?![\p{L}\p{M}])")
RECRUITMENT_CLAUSE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:tuyển[^\S\n]+(?:dụng|sinh|mới|chọn)|tuyển(?=[^\S\n]+(?:ít[^\S\n]+nhất[^\S\n]+|tối[^\S\n]+thiểu[^\S\n]+)?\d)"
    r"|giao[^\S\n]+quân|nhập[^\S\n]+ngũ|biên[^\S\n]+chế)(?![\p{L}\p{M}]))")
# …except rounds per period after "tần suất" ("tần suất quan trắc: 2 đợt/tháng (18 đợt/năm)", "…, tần suất 12 đợt/năm"): how
# often a monitoring or an inspection is done, a frequency as "2 lần/tháng" is (TCVN 5981:1995 / ISO 5667: tần suất lấy mẫu);
# not the rounds of a campaign ("tổ chức 02 đợt thi đua").
ROUNDS_PER_PERIOD = matched_in_place(r"\s*(?i:đợt)\s*/\s*(?i:năm|quý|tháng|tuần)(?![\p{L}\p{M}])")
# (and the same frequency over another period in brackets after it: "2 đợt/tháng (18 đợt/năm)")
FREQUENCY_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])tần\s+suất(?:\s+[\p{L}\p{M}]+){0,3}\s*:?\s*"
                                 r"|(?<![\d.,])\d[\d.,]*\s*đợt\s*/\s*(?:năm|quý|tháng|tuần)\s*\(\s*)$")
# (s27c: a science and technology task is an output, not a part of the plan: Luật Khoa học và Công nghệ 2013, Điều 3 and
# 25: nhiệm vụ khoa học và công nghệ, its đề tài and dự án, are what a province orders and counts, "03 nhiệm vụ khoa học
# và công nghệ cấp tỉnh")
# (w23d: so is a consulting, review or social-audit task of a science and technology union: Quyết định 14/2014/QĐ-TTg on the
# tư vấn, phản biện và giám định xã hội of Liên hiệp các Hội Khoa học và Kỹ thuật, tasks a province orders and the union
# counts, "ít nhất 08 nhiệm vụ tư vấn, phản biện và giám định xã hội"; and a technical solution, the entry of a Hội thi Sáng
# tạo kỹ thuật and what Luật Sở hữu trí tuệ 2005 protects as "giải pháp hữu ích": "trên 160 giải pháp dự thi", "02 giải pháp
# được đề cử", "10 giải pháp đạt giải", "03 giải pháp của hội viên được cấp bằng …"; not the plan's own "05 giải pháp chủ yếu",
# "03 nhóm giải pháp")
# …except programmes a plan broadcasts ("phát sóng ít nhất 24 chương trình chuyên đề về dân số", "phát sóng 12 chương trình
# trong năm"): the broadcaster's output, a count (not the programmes a plan carries out: "thực hiện 03 chương trình").
PROGRAMME_AFTER = matched_in_place(r"\s*(?i:chương\s+trình)(?![\p{L}\p{M}])")
# s29a: …and performances a plan puts on ("Tổ chức 08 chương trình biểu diễn nghệ thuật phục vụ Nhân dân"; Nghị định
# 144/2020/NĐ-CP về hoạt động biểu diễn nghệ thuật: "chương trình biểu diễn nghệ thuật", "chương trình văn nghệ"): a count,
# named so by the kind of show after the word
SHOW_AFTER = matched_in_place(r"\s*(?i:chương\s+trình)\s+(?i:biểu\s+diễn|nghệ\s+thuật|văn\s+nghệ|ca\s+nhạc|ca\s+múa\s+nhạc|chiếu\s+phim|phát\s+thanh|truyền\s+hình)(?![\p{L}\p{M}])")
# w22c: …and the training programmes a school or university opens, updates or has accredited ("có 42 chương trình đào tạo
# được kiểm định", "mở mới 10 chương trình đào tạo"; Luật Giáo dục đại học 2012, sửa đổi 2018, Điều 36 and Thông tư
# 04/2016/TT-BGDĐT: a chương trình đào tạo is what is opened and accredited, counted by programme): an output, not a part
# of the plan
COURSE_AFTER = matched_in_place(r"\s*(?i:chương\s+trình)\s+(?i:đào\s+tạo)(?![\p{L}\p{M}])")
BROADCAST_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:phát\s+sóng|phát\s+thanh|truyền\s+hình)(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|khoảng|từ|mới|thêm))*\s*$)")
# s25f: …and rounds of an activity a plan commits to organise ("tổ chức 04 đợt cao điểm đấu tranh chống buôn lậu", "tổ chức
# ít nhất 02 đợt hiến máu", "tổ chức 04 đợt kiểm tra nồng độ cồn"): an output, as "02 lớp tập huấn"; not the rounds of an
# emulation campaign ("đợt thi đua", the plan's own structure) nor rounds without the activity they hold ("chia làm 03 đợt:").
ROUND_AFTER = matched_in_place(r"\s*(?i:đợt)[^\S\n]+(?!(?i:thi\s+đua|thứ|này|đó|trên|với|và|của|theo|trong|là)(?![\p{L}\p{M}]))[\p{Ll}]")
# (Rounds the plan lays out itself, "đợt 1: …", "Đợt II …", are its parts: their count is no output.)
ROUNDS_LAID_OUT = regex.compile(r"(?<![\p{L}\p{M}])(?i:đợt)[^\S\n]+(?:1|2|I|II|một|hai)(?![\p{L}\p{M}\d])")
# s26a: …and the rounds named after the activity organised ("tổ chức thi thử tập trung 02 đợt trong tháng 4/2026 và tháng
# 5/2026", "Tổ chức chiến dịch uống bổ sung vitamin A … 02 đợt: đợt 1 ngày …"): the count closes the activity's clause (a
# stop, a time after it); not rounds a plan or a campaign is divided into ("chia làm 02 đợt", "gồm 03 đợt", "đợt thi đua").
ROUND_CLOSES = matched_in_place(r"\s*(?i:đợt)(?![\p{L}\p{M}])(?=[^\S\n]*(?:[:;,.)\n]|$|(?i:trong|vào|mỗi|hằng|hàng)(?![\p{L}\p{M}])|/))")
# s29d: the issues of a periodical, after its title ("Phát hành Bản tin Dân vận 04 số/năm", "Duy trì chuyên mục … với 52 số
# mỗi năm"): "số" with how often it comes out (Luật Báo chí 2016, Điều 3: kỳ phát hành), and a verb of publishing or
# broadcasting a few words before (the title between); "số" alone is a number, no unit ("số 3", "số lượng").
ISSUES_AFTER = matched_in_place(r"[^\S\n]*số(?:[^\S\n]*/[^\S\n]*|[^\S\n]+(?:mỗi|hằng|hàng|trong)[^\S\n]+)(?:năm|quý|tháng|tuần)(?![\p{L}\p{M}])")
PUBLISHED_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:phát\s+hành|xuất\s+bản|phát\s+sóng|phát\s+thanh|biên\s+soạn|duy\s+trì|sản\s+xuất)"
                                 r"(?![\p{L}\p{M}]))[^\n;:.]{1,120}$")
ACTIVITY_ORGANISED_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tổ\s+chức|mở)[^\S\n]+\p{L}[^\n;:.]{2,120}$)")
ROUND_STRUCTURE_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:thi\s+đua|chia|gồm|thành|làm|với)(?![\p{L}\p{M}])[^\n;:.]*$)")
ORGANISE_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tổ\s+chức|mở)(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|khoảng|từ|thêm))*\s*$)")
# w23b: …or after "và" that joins them to another count the same verb organises ("Mỗi năm tổ chức ít nhất 03 cuộc trưng bày
# chuyên đề và 04 đợt trưng bày lưu động"): the rounds are the verb's second output
ORGANISED_BESIDE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tổ\s+chức|mở)(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|khoảng|từ|thêm))*"
                                 r"\s+\d[\d.,]*[^\S\n]+[^\d.;:\n]{1,60}?[^\S\n]+và(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|khoảng))?\s*$)")
# How often something must happen for a person or a unit to count, inside an indicator's name before its value ("Tỷ lệ
# người dân được khám sức khỏe định kỳ ít nhất 01 lần/năm đạt 60%", "… được kiểm tra 02 lần/năm trở lên chiếm 80%"): a
# frequency followed, in its clause, by the link to the indicator's own value. Not a frequency that is itself the value
# ("Tổ chức kiểm tra ít nhất 02 lần/năm", "giám sát 4 lần/năm tại mỗi cơ sở").
FREQUENCY_IN_NAME = matched_in_place(
    r"[^\S\n]*(?i:lần)[^\S\n]*/[^\S\n]*(?i:năm|quý|tháng|tuần)(?![\p{L}\p{M}])(?:[^\S\n]+(?i:trở[^\S\n]+lên))?"
    r"(?:[^\S\n]+(?![\p{L}\p{M}]*\d)[\p{L}\p{M}]+){0,6}?[^\S\n]+(?i:đạt|là|chiếm|ở\s+mức)[^\S\n]+"
    r"(?i:(?:từ|trên|tối\s+thiểu|ít\s+nhất|khoảng)[^\S\n]+)?\d")
# … nor, after a share and the people or units it counts, how often each must get a service to be counted ("95% người từ
# 40 tuổi trở lên được đo huyết áp ít nhất một lần mỗi năm", "… ít nhất 01 lần/năm"): the share's own definition, written
# after its value (the mirror of FREQUENCY_IN_NAME); not a frequency after a clause's end ("Đạt 100%; kiểm tra 02
# lần/năm") (s26d).
FREQUENCY_AFTER = matched_in_place(
    r"[^\S\n]*(?i:lần)(?:[^\S\n]*/[^\S\n]*|[^\S\n]+(?:mỗi|trong|hằng|hàng)[^\S\n]+)(?i:năm|quý|tháng|tuần)(?![\p{L}\p{M}])")
# (s29e: the services the share counts may be listed, "100% hệ thống thông tin được kiểm tra, đánh giá, rà soát lỗ hổng bảo
# mật ít nhất 01 lần/năm": commas between verbs of one or two syllables after "được"; not a clause of its own after a comma,
# "100% xã được công nhận, tổ chức kiểm tra 02 lần/năm")
_SERVICE = r"[\p{L}\p{M}]+(?:[^\S\n]+[\p{L}\p{M}]+)?"
_NEW_TASK = r"(?i:tổ\s+chức|thực\s+hiện|triển\s+khai|xây\s+dựng|phấn\s+đấu|duy\s+trì|định\s+kỳ|hằng|hàng|mỗi)(?![\p{L}\p{M}])"
SHARE_NAMED_BEFORE = regex.compile(r"\d(?:[.,]\d+)?[^\S\n]*%[^\S\n]+[\p{L}\p{M}](?:(?!\.\s)[^%,;:()\n]){2,120}$"
                                   r"|\d(?:[.,]\d+)?[^\S\n]*%[^\S\n]+[\p{L}\p{M}][^%,;:()\n]{0,80}?(?<![\p{L}\p{M}])được[^\S\n]+"
                                   rf"{_SERVICE}(?:[^\S\n]*,[^\S\n]*(?!{_NEW_TASK}){_SERVICE})+(?![\p{{L}}\p{{M}}])(?:(?!\.\s)[^%,;:()\n]){{2,80}}$")
# … nor the steps a province climbs in a ranking ("Chỉ số PAPI tăng ít nhất 3 bậc so với năm 2025", "PCI tăng 5 bậc", "cải
# thiện 3 hạng"): the change of a rank the plan commits to (the PCI and PAPI rankings that NQ 02/NQ-CP sets the provinces
# to improve), not a grade ("bậc 3/7", "hạng II").
RANK_STEP_AFTER = matched_in_place(r"\s*(?i:bậc|hạng)(?![\p{L}\p{M}])(?!\s*\d)")
RANK_MOVE_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tăng|giảm|vươn\s+lên|cải\s+thiện|nâng)(?:\s+(?:thêm|ít\s+nhất|tối\s+thiểu|từ))*\s*$)")
# … but a multiple against a past year or period is a growth the plan commits to ("Thu nhập bình quân đầu người tăng
# gấp 2 lần so với năm 2020", "gấp 1,5 lần so với cùng kỳ"), not a multiple of a norm ("1,5 lần mức lương").
MULTIPLE_OF_BASELINE = matched_in_place(r"\s*(?i:lần\s+so\s+với\s+(?:năm|cùng\s+kỳ|giai\s+đoạn|kỳ|đầu\s+kỳ|thời\s+điểm))(?![\p{L}\p{M}])")
# A duration or an age that is itself the value of the indicator the plan commits to (spec: "thời gian giải
# quyết … còn 05 ngày"): life expectancy ("Tuổi thọ trung bình đạt 75 tuổi") and healthy life years ("thời gian sống
# khỏe mạnh đạt tối thiểu 68 năm", WHO's HALE, Chiến lược Dân số Việt Nam đến năm 2030; "số năm" with "mạnh" left out too:
# "số năm sống khỏe đạt tối thiểu 68 năm", s34d), and a time cut down to a figure
# ("Thời gian giải quyết … giảm còn 05 ngày", "rút ngắn thời gian thông quan xuống còn 3 ngày", a procedure named in full:
# "Rút ngắn thời gian thẩm định hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở còn không quá 15 ngày"). How long an
# action takes ("trong thời gian 03 ngày", "thời gian đào tạo tối thiểu 03 tháng") stays out (NOT_AFTER).
DURATION_VALUE_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:(?:tuổi\s+thọ(?:\s+(?:trung\s+bình|bình\s+quân))?|thời\s+gian\s+sống\s+kh(?:ỏe|oẻ)\s+mạnh|số\s+năm\s+sống\s+kh(?:ỏe|oẻ)(?:\s+mạnh)?)"
    r"(?:[^\S\n]+[^\d.;:\n]{0,60}?)?"
    r"|(?:thời\s+gian[^\d.;:\n]{0,80}?(?:giảm|rút\s+ngắn)|(?:giảm|rút\s+ngắn)\s+thời\s+gian)[^\d.;:\n]{0,120}?(?:còn|xuống)"
    r"|(?:thời\s+gian|số\s+ngày)\s+lưu\s+trú[^\d.;:\n]{0,60}?(?:đạt|tăng\s+lên|lên)"  # "Thời gian lưu trú bình quân của khách đạt 2,5 ngày"
    # w22c: a hospital's average length of stay (the WHO's ALOS; "Ngày điều trị trung bình không quá 6,5 ngày"), its days the
    # value of the indicator
    r"|ngày\s+điều\s+trị\s+(?:trung\s+bình|bình\s+quân)(?:[^\S\n]+[^\d.;:\n]{0,60}?)?"
    # the time a procedure takes, held under a bound ("Thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp không quá 02 ngày làm
    # việc", "thời gian thông quan hàng hóa tối đa 24 giờ"): the processing times of the one-stop rules (Nghị định 61/2018/NĐ-CP,
    # thời gian giải quyết thủ tục hành chính) and of the business-environment indicators of Nghị quyết 02/NQ-CP (đăng ký doanh
    # nghiệp, cấp phép xây dựng, tiếp cận điện năng, thông quan, hoàn thuế); not how long an action may take ("giải quyết hồ sơ
    # trong thời hạn không quá 05 ngày làm việc", "trong thời gian 03 ngày"); and a patient's waiting time, the quality indicator
    # of Quyết định 1313/QĐ-BYT 2013 (quy trình khám bệnh: thời gian chờ khám, chờ kết quả cận lâm sàng) and of the Bộ tiêu chí
    # chất lượng bệnh viện Việt Nam ("thời gian chờ nhận kết quả xét nghiệm không quá 90 phút"); s29e: the times to respond to
    # and recover from a network incident or fix a flaw (Quyết định 05/2017/QĐ-TTg, phương án ứng cứu sự cố; Thông tư
    # 20/2017/TT-BTTTT, điều phối ứng cứu sự cố an toàn thông tin mạng: phản hồi, ứng cứu, khắc phục, khôi phục) held under a
    # bound ("Thời gian khắc phục lỗ hổng bảo mật mức nghiêm trọng không quá 07 ngày")
    r"|thời\s+gian\s+(?:giải\s+quyết|cấp|xử\s+lý|thông\s+quan|thẩm\s+định|phê\s+duyệt|hoàn\s+thuế|tiếp\s+cận\s+điện\s+năng|đăng\s+ký|chờ"
    r"|khắc\s+phục|ứng\s+cứu|khôi\s+phục|phản\s+hồi"
    # s32b: the time to select an investor or a contractor, held under a bound (Luật Đấu thầu số 22/2023/QH15: thời gian
    # trong quá trình lựa chọn nhà thầu, nhà đầu tư; "Thời gian lựa chọn chủ đầu tư mỗi dự án không quá 06 tháng")
    r"|lựa\s+chọn\s+(?:nhà\s+đầu\s+tư|chủ\s+đầu\s+tư|nhà\s+thầu)"
    # s31d: the headway of a bus service, the time between its trips held under a bound (Nghị định 158/2024/NĐ-CP, vận tải
    # hành khách bằng xe buýt: biểu đồ chạy xe, thời gian giãn cách chuyến)
    r"|giãn\s+cách"
    # s33d: the average time a customer of the distribution grid is without power, held under a bound (Thông tư
    # 39/2015/TT-BCT, hệ thống điện phân phối: SAIDI, chỉ số về thời gian mất điện trung bình; "Thời gian mất điện bình quân
    # của một khách hàng khu vực nông thôn (SAIDI) không quá 600 phút/năm")
    r"|mất\s+điện"
    # w21c: the time the treasury takes to control and pay a claim for public investment capital, held under a bound
    # (Nghị định 99/2021/NĐ-CP, quản lý, thanh toán, quyết toán dự án sử dụng vốn đầu tư công: thời hạn kiểm soát, thanh toán
    # của Kho bạc Nhà nước; "Thời gian kiểm soát, thanh toán vốn đầu tư công tại Kho bạc Nhà nước không quá 02 ngày làm việc"),
    # and its control of spending ("Thời gian kiểm soát chi thường xuyên …": Nghị định 11/2020/NĐ-CP, thủ tục hành chính thuộc
    # lĩnh vực Kho bạc Nhà nước, kiểm soát chi)
    r"|kiểm\s+soát(?:[^\S\n]*,[^\S\n]*|[^\S\n]+và[^\S\n]+)thanh\s+toán|kiểm\s+soát\s+chi"
    # w22b: the customs' release time, held under a bound ("Thời gian giải phóng hàng nhập khẩu bình quân không quá 40 giờ"):
    # the measure of the Time Release Study (WCO) the customs measure yearly, beside the clearance time of Nghị quyết 02/NQ-CP
    # ("thông quan" above); and the time to answer a citizen's or a firm's question or petition ("thời gian trả lời câu hỏi
    # của người dân … không quá 03 ngày làm việc"), the response times the service charters of the public offices commit
    # to (Luật Tiếp cận thông tin 2016, Điều 28: thời hạn giải quyết yêu cầu cung cấp thông tin), as "phản hồi" above
    r"|giải\s+phóng\s+hàng|trả\s+lời)"
    r"(?![\p{L}\p{M}])[^\d.;:\n]{0,120}?(?:không\s+quá|tối\s+đa|dưới|còn|đạt)(?=[^\S\n]+$)"
    # w22d: the same index named by its acronym ("Chỉ số SAIDI không quá 250 phút/khách hàng"; Thông tư 39/2015/TT-BCT:
    # SAIDI, chỉ số về thời gian mất điện trung bình của lưới điện phân phối), and its next bound in the clause ("… vào
    # năm 2027 và không quá 150 phút/khách hàng vào năm 2030")
    r"|SAIDI(?![\p{L}\p{M}])[^;:\n]{0,100}?(?:không\s+quá|tối\s+đa|dưới|còn|đạt)(?=[^\S\n]+$)"
    # s28e: the time rescue and response forces take to reach the scene, held under a bound, as fire-and-rescue and
    # incident-response plans commit to it ("Thời gian lực lượng Cảnh sát PCCC và CNCH có mặt tại hiện trường … không quá
    # 10 phút", "lực lượng cơ động của tỉnh có mặt trên đất liền không quá 02 giờ, trên biển không quá 06 giờ": Luật Phòng
    # cháy, chữa cháy và cứu nạn, cứu hộ 2024; Quyết định 12/2021/QĐ-TTg, Quy chế hoạt động ứng phó sự cố tràn dầu), the
    # next bound of a breakdown after the first; not how long an action takes ("xử lý trong 24-48 giờ")
    # w21a: or reach it, the emergency services' own word ("Thời gian tiếp cận hiện trường bình quân không quá 12 phút", "thời
    # gian tiếp cận hiện trường tai nạn của lực lượng cấp cứu không quá 30 phút": the response time of cấp cứu ngoại viện, Luật
    # Khám bệnh, chữa bệnh 2023)
    # w23b: a broadcaster's airtime, the output its production plan and its licence count (Luật Báo chí 2016, giấy phép hoạt
    # động phát thanh, truyền hình: thời lượng phát sóng; Nghị định 06/2016/NĐ-CP, dịch vụ phát thanh, truyền hình): "Tổng
    # thời lượng phát sóng phát thanh đạt 6.570 giờ/năm", "nâng thời lượng chuyên mục "Pháp luật và đời sống" lên 30 phút/số"
    # (a channel's name may hold digits: "trên các kênh THTN1, THTN2 đạt 17.520 giờ/năm")
    r"|thời\s+lượng[^\S\n]+(?:phát\s+sóng|chương\s+trình|chuyên\s+mục|bản\s+tin)(?![\p{L}\p{M}])(?:[^\d.;:\n]|(?<=\p{Lu})\d){0,80}?"
    r"|(?:thời\s+gian|lực\s+lượng)[^\d.;:\n]{0,80}?(?<![\p{L}\p{M}])(?:có\s+mặt|tiếp\s+cận\s+hiện\s+trường)(?![\p{L}\p{M}])[^\d.;:\n]{0,80}?"
    r"(?:(?:không\s+quá|tối\s+đa|dưới|trong\s+vòng)[^\S\n]+\d+[^\S\n]+(?:giờ|phút)[^\d.;:\n]{1,40}?)?"
    r"(?:không\s+quá|tối\s+đa|dưới|trong\s+vòng)(?=[^\S\n]+$))"
    r"[^\S\n]*:?[^\S\n]*(?:(?:đạt|là|lên|còn|dưới|không\s+quá|tối\s+đa|khoảng|trên|từ)[^\S\n]+)*$)")
# Days given to a recurring duty in each period, a frequency the plan commits to, not how long an action takes: "tiếp
# công dân định kỳ ít nhất 01 ngày trong tháng" (Luật Tiếp công dân 2013, Điều 12-15: the heads' reception days).
DAYS_PER_PERIOD = matched_in_place(r"[^\S\n]*(?P<unit>(?i:ngày))[^\S\n]+(?i:trong|mỗi)[^\S\n]+(?i:(?:một[^\S\n]+)?(?:tuần|tháng|quý|năm))(?![\p{L}\p{M}])")
DAYS_PER_PERIOD_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:ít\s+nhất|tối\s+thiểu))\s*$")
# (s33d: a duration per year or month, as a reliability index is counted: "600 phút/năm", SAIDI of Thông tư 39/2015/TT-BCT)
# (w22d: and per customer, as Thông tư 39/2015/TT-BCT counts SAIDI: "250 phút/khách hàng", "… phút/khách hàng/năm")
# (w23b: and airtime per day or per issue of a programme: "24 giờ/ngày", "30 phút/số")
DURATION_UNIT = regex.compile(r"[^\S\n]*(?P<unit>(?i:tuổi|(?:ngày|giờ)(?:\s+làm\s+việc)?|tháng|năm|phút)"
                              r"(?:(?<=(?i:phút|giờ))[^\S\n]*/[^\S\n]*(?i:năm|tháng|ngày|số|khách\s+hàng(?:[^\S\n]*/[^\S\n]*năm)?))?)(?![\p{L}\p{M}])")
# w23b: hours of programmes or of archive footage, what a broadcaster produces, airs or digitises (Luật Báo chí 2016 and
# Nghị định 06/2016/NĐ-CP count a channel's output in giờ chương trình): "số hóa ít nhất 3.000 giờ tư liệu phát thanh,
# truyền hình", "sản xuất 1.200 giờ chương trình"; not a time of day or how long an action takes ("trong 24 giờ").
PROGRAMME_HOURS = matched_in_place(r"[^\S\n]*(?P<unit>(?i:giờ|phút))(?=[^\S\n]+(?i:chương\s+trình|tư\s+liệu)(?![\p{L}\p{M}]))")
# An age or an age band inside a name ("người 18 tuổi", "trẻ em dưới 5 tuổi", "từ 15 đến 60 tuổi"): it names a group.
AGE_IN_NAME = regex.compile(r"\d+(?:[^\S\n]*(?:-|–|đến)[^\S\n]*\d+)?[^\S\n]*(?i:tuổi)(?![\p{L}\p{M}])")
# "trên 1 ha", "cho 1.000 dân", "/100.000 dân": the denominator of a rate named in the indicator.
PER_BEFORE = regex.compile(r"(?i:trên|mỗi|cho|/)\s*$")
PER_DENOMINATOR = regex.compile(r"(?:0?1|1\.000|10\.000|100\.000)?\s*(?:ha|vạn\s+dân|nghìn\s+dân|dân|người|km2|km²|hộ|(?i:đơn\s+vị\s+(?:GRDP|GDP|diện\s+tích|sản\s+phẩm|giá\s+trị|sản\s+lượng)))(?![\p{L}\p{M}])")
# ("tiêu hao năng lượng trên một đơn vị GRDP": the unit an intensity is measured per, not a value)
# "trên 100 dân", "/100 dân": the base of a density per hundred inhabitants (ITU/SDG telecom indicators: "Số thuê bao
# băng rộng cố định trên 100 dân", "Số máy điện thoại/100 dân"); bare "dân" only, a count of people ("cho trên 100
# người dân") is a value.
PER_HUNDRED_PEOPLE = matched_in_place(r"[^\S\n]*(?i:dân)(?![\p{L}\p{M}])(?![^\S\n]+(?i:tộc|cư|quân|số|vận|chủ|sự|phòng|sinh|nguyện)(?![\p{L}\p{M}]))")
# ... and after a count, its per-unit ("đạt 40 thuê bao trên 100 dân" → thuê bao/100 dân).
PER_HUNDRED_AFTER = matched_in_place(r"[^\S\n]*(?:(?i:trên)[^\S\n]+|/[^\S\n]*)(?P<base>100)(?=[^\S\n]+(?i:dân)(?![\p{L}\p{M}]))")
# Award and selection quotas ("mỗi xã chọn 02 trường", "đề nghị không quá 01 tập thể", "cử thêm 02 cán bộ", "chọn từ
# 2 đến 3 học sinh": both ends of the range): not targets. ("tuyển chọn" recruits: "tuyển chọn 500 lao động đi làm việc
# ở nước ngoài", "tuyển chọn ít nhất 50 vận động viên năng khiếu", as "tuyển dụng", "tuyển sinh": an output.) Also read before a number word ("cử thêm hai cán bộ", "chọn từ
# hai đến ba học sinh"), from before its "thêm" or "từ".
QUOTA_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:(?<!tuyển\s+)chọn|lựa\s+chọn|bình\s+chọn|đề\s+nghị|đề\s+xuất|xét\s+tặng|tặng|khen\s+thưởng|suy\s+tôn|giới\s+thiệu|cử)"
    r"(?:\s+(?:không\s+quá|tối\s+đa|từ|mỗi|ít\s+nhất|thêm))?(?:\s*\d[\d.,]*\s*(?:đến|tới|-|–))?"
    # an award given to so many ("tặng Cờ cho 03 đoàn dẫn đầu", "trao Giấy khen cho 10 cá nhân"; the forms of award of Luật
    # Thi đua, khen thưởng 2022, Điều 7, and a games' cup) and a cap on entries ("mỗi đoàn đăng ký không quá 150 vận động
    # viên", an Điều lệ's rule)
    r"|(?<![\p{L}\p{M}])(?:tặng|trao(?:\s+tặng)?)\s+(?:cờ|cúp|bằng\s+khen|giấy\s+khen|huân\s+chương|huy\s+chương|kỷ\s+niệm\s+chương"
    r"|danh\s+hiệu)(?:\s+[\p{L}\p{M}]+){0,3}?\s+cho(?:\s+(?:không\s+quá|tối\s+đa|mỗi|ít\s+nhất))?"
    r"|(?<![\p{L}\p{M}])đăng\s+ký(?:\s+(?:tham\s+gia|dự\s+thi|thi\s+đấu))?\s+(?:không\s+quá|tối\s+đa))\s*$")
# The size of a project offered to investors, in parentheses after its name in the clause that calls for investment ("Kêu gọi
# đầu tư xây dựng Trung tâm logistics Mộc Bài (quy mô 60 ha), …"): a description of what is offered, not a quantity the plan
# commits to reach (as the tables' lists of projects calling for investment, tables.CAPTION_OFFERED: Quyết định
# 03/2021/QĐ-TTg, xúc tiến đầu tư). A size the clause states in its own words ("Mời gọi đầu tư phát triển Khu vực điện gió
# Tân Thành với công suất 100 MW", as the dev gold reads it) and the plan's targets of attraction ("Thu hút 30 dự án với
# tổng vốn …") stay.
OFFERED_PROJECT = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:kêu|mời)\s+gọi\s+(?:các\s+nhà\s+|nhà\s+)?đầu\s+tư(?![\p{L}\p{M}]))[^;.:\n]*$")
PROJECT_SIZE_BEFORE = regex.compile(r"(?i:\(\s*(?:tổng\s+)?(?:quy\s+mô|diện\s+tích|mức\s+đầu\s+tư|vốn(?:\s+đầu\s+tư)?|công\s+suất)"
                                    r"(?:\s+(?:khoảng|dự\s+kiến|trên|gần|hơn))?\s*:?\s*)$")
# The class of the vessels a waterway or a port is made for, right before the value ("nâng cấp luồng đáp ứng tàu 3.000 tấn",
# "bến cảng tiếp nhận tàu có trọng tải đến 50.000 tấn": the cỡ tàu of Luật Hàng hải Việt Nam 2015 and Luật Giao thông đường
# thủy nội địa): a design size, not a target.
VESSEL_CLASS_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tàu|phương\s+tiện)(?:\s+(?:biển|thủy|thuyền|có|trọng\s+tải|tải\s+trọng))*"
                                    r"(?:\s+(?:đến|tới|từ|trên|dưới))?\s*)$")
# The size each group an activity is held in may reach, a cap or a range right before the value ("mỗi lớp không quá 40 học
# viên", "mỗi lớp từ 30 đến 40 học viên", "mỗi phòng thi tối đa 24 thí sinh"; a bare "mỗi lớp 40 học viên" only as a range,
# else it is read as a count of its own): how the activity is organised, not what
# the plan delivers (the classes and the learners in all are the outputs). Only the units people are gathered in (a class,
# an exam room, a group, a team, a session, a course, a vehicle); never a place ("mỗi xã có ít nhất 01 mô hình": a target).
GROUP_SIZE_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])mỗi\s+(?:lớp(?:\s+học)?|phòng\s+(?:thi|học)|nhóm|tổ|đoàn|đội|ca|buổi|khóa(?:\s+học)?|xe|chuyến)"
    # w21a: the group named in full before "gồm"/"có" ("Mỗi Tổ liên gia gồm từ 05 đến 10 hộ liền kề", "mỗi tổ tự quản có 15 -
    # 20 hộ": how many households each team joins, a norm of the group)
    r"(?:(?:\s+[\p{L}\p{M}]+){1,3}?\s+(?:có|gồm)|(?:\s+(?:có|gồm))?)(?:\s+(?P<cap>không\s+quá|tối\s+đa|từ(?:\s*\d[\d.,]*\s*(?:đến|tới|-|–))?))?\s*$)")
# The size each of the things counted before it has ("Xây dựng 30 mô hình …, mỗi mô hình quy mô tối thiểu 5 ha", "24 mô hình
# trình diễn, mỗi mô hình 50 ha"): a norm of each item, as a class size is, not a target (s30c; tinh_lua_phat_thai_thap's
# gold). The noun after "mỗi" is the one counted earlier in the sentence (EACH_OF_COUNT checks it).
EACH_SIZE_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])mỗi\s+(?P<noun>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)(?:\s+(?:có|với|đạt))?(?:\s+(?:quy\s+mô|diện\s+tích))?"
    r"(?:\s+(?:" + _alternation(COMPARATOR_BEFORE) + r"))?\s*$)")
# …but those a plan sends to be trained are an output of its training, a count it commits to ("cử 12 đồng chí thuộc đối
# tượng 3 tham gia bồi dưỡng", "cử 60 cán bộ quản lý đi đào tạo", "cử 120 cán bộ đi học lý luận chính trị": Nghị định
# 101/2017/NĐ-CP, cử cán bộ, công chức đi đào tạo, bồi dưỡng; a post named with a dash: "cử 03 cán bộ văn hóa - xã hội tham
# gia lớp bồi dưỡng"; those sent named with the planning they are in, "cử 120 cán bộ trong quy hoạch đi học cao cấp lý luận
# chính trị", s29d), not a delegation ("cử thêm 02 cán bộ tham gia đoàn công tác", "cử 05 cán bộ đi học tập kinh nghiệm").
# Teachers sent to practise at enterprises are trained too ("Mỗi năm cử 20 giảng viên đi thực tập, bồi dưỡng ngắn hạn tại
# doanh nghiệp", s31b: Luật Giáo dục nghề nghiệp số 74/2014/QH13, nhà giáo thực tập tại doanh nghiệp to keep their skills).
SENT_TO_TRAIN = regex.compile(r"(?i:cử)(?![\p{L}\p{M}])")
TRAINING_AFTER = regex.compile(  # (the trainees' kind may be long: "30 giáo viên giáo dục quốc phòng và an ninh tham gia tập huấn")
    r"[^\S\n]+(?:(?:[\p{L}\p{M}\d]+|[-–])[^\S\n]+){1,12}?(?i:(?:đi|tham[^\S\n]+gia|dự)[^\S\n]+)(?:các[^\S\n]+)?(?:lớp[^\S\n]+)?"
    r"(?i:bồi[^\S\n]+dưỡng|tập[^\S\n]+huấn|đào[^\S\n]+tạo|thực[^\S\n]+tập)(?![\p{L}\p{M}])"
    r"|[^\S\n]+(?:[\p{L}\p{M}]+[^\S\n]+){1,6}?đi[^\S\n]+(?i:đào\s+tạo|học(?![^\S\n]+tập)|bồi\s+dưỡng|tập\s+huấn|thực\s+tập)(?![\p{L}\p{M}])")
# …nor those a mass organisation introduces to the Party for admission: a count the Đoàn, the Hội and the Công đoàn
# commit to each year (Điều lệ Đảng Cộng sản Việt Nam, Điều 4: đoàn viên, hội viên ưu tú giới thiệu để kết nạp; "giới
# thiệu ít nhất 500 hội viên ưu tú cho tổ chức đảng xem xét, kết nạp"), not an award's nominees ("giới thiệu 02 tập thể").
INTRODUCED = regex.compile(r"(?i:giới\s+thiệu)(?![\p{L}\p{M}])")
# s29k: a gift the plan hands out ("tặng 12.000 suất quà", "trao tặng 500 con bò giống", "tặng 300 sổ tiết kiệm"): an
# output, not an award quota; "tặng" is a quota only before the forms of award of Luật Thi đua, khen thưởng 2022 (Điều 7:
# cờ thi đua, bằng khen, giấy khen, huân chương, huy chương, kỷ niệm chương, danh hiệu) or the collectives and persons
# they go to ("tặng 02 tập thể, 05 cá nhân"); "xét tặng" always is one.
# s29k: where what a count counts goes, after its unit ("1,2 triệu lượt khách đến các điểm du lịch cộng đồng", "lượt tàu
# đến cảng"): part of what is counted, as the value-first reading keeps it ("Đón 500.000 lượt khách đến các khu du lịch").
DESTINATION_AFTER = regex.compile(r"(?i:đến|tới)\s+(?!(?i:năm|hết|cuối|đầu|giữa|ngày|tháng|quý|nay|trước|sau|khi|lúc)(?![\p{L}\p{M}]))\p{L}")  # (not a time: "đến cuối năm 2030")
GIVEN = regex.compile(r"(?i:tặng(?:\s+(?:ít\s+nhất|thêm|khoảng))?)\s*")  # right before the number (fullmatch)
AWARD_AFTER = regex.compile(r"[^\S\n]+(?i:cờ|cúp|bằng[^\S\n]+khen|giấy[^\S\n]+khen|huân[^\S\n]+chương|huy[^\S\n]+chương"
                            r"|kỷ[^\S\n]+niệm[^\S\n]+chương|danh[^\S\n]+hiệu|tập[^\S\n]+thể|cá[^\S\n]+nhân|đơn[^\S\n]+vị|giải)(?![\p{L}\p{M}])")
TO_PARTY_AFTER = regex.compile(
    r"[^\S\n]+(?:[\p{L}\p{M}]+[^\S\n]+){1,4}?(?i:ưu[^\S\n]+tú|tích[^\S\n]+cực)[^\S\n]+(?i:cho|để|với)[^\S\n]+"
    r"(?:(?i:các[^\S\n]+)?(?:chi[^\S\n]+bộ|tổ[^\S\n]+chức[^\S\n]+đảng|cấp[^\S\n]+ủy)|Đảng|(?i:đảng[^\S\n]+xem|kết[^\S\n]+nạp))"
    # w23d: … nor the new products a plan launches ("giới thiệu 10 sản phẩm du lịch mới", "giới thiệu 50 sản phẩm OCOP": the
    # tourism products of Luật Du lịch 2017, Điều 3, and the OCOP products a fair or a festival presents), an output, not nominees
    r"|[^\S\n]+(?i:sản[^\S\n]+phẩm)(?![\p{L}\p{M}])")
# s34e: … but a fraction of criteria is how many of a standard's criteria a unit meets ("xã đạt 19/19 tiêu chí xã nông thôn
# mới nâng cao", "đạt 9/9 tiêu chí": the Bộ tiêu chí quốc gia của Thủ tướng Chính phủ counts them so), a level to reach,
# not a count of the plan's own parts (a bare "05 tiêu chí" stays out).
CRITERIA_MET_AFTER = matched_in_place(r"[^\S\n]*(?i:tiêu[^\S\n]+chí)(?![\p{L}\p{M}])")
# … said of the unit that meets them: the verb right before the fraction, no other figure in its clause but a year (not what
# each of several units must meet, "có thêm 3 xã đạt 19/19 tiêu chí"), and no condition ("được công nhận khi đạt 19/19 tiêu
# chí": a threshold).
CRITERIA_MET_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:đạt(?:[^\S\n]+đủ)?|hoàn[^\S\n]+thành|lên)[^\S\n]*$)")
# w20a: … or how many more of them a unit meets ("Xã đạt thêm 02 tiêu chí", "Bình quân mỗi năm mỗi xã đạt thêm từ 1,5 tiêu chí
# nông thôn mới nâng cao trở lên": the programme's pace, criteria added per commune, as Quyết định 263/QĐ-TTg 2022 sets it): the
# verb "đạt thêm" / "tăng thêm" right before the count, a level to reach, not the plan's own parts.
CRITERIA_ADDED_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:đạt|tăng)[^\S\n]+thêm(?:[^\S\n]+(?:từ|ít[^\S\n]+nhất|tối[^\S\n]+thiểu|bình[^\S\n]+quân))?[^\S\n]*$)")
CRITERIA_CONDITION = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:khi|nếu|phải|để[^\S\n]+được)(?![\p{L}\p{M}]))")
NOT_A_YEAR_DIGIT = regex.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")
# "Từ 88 - 90% cộng 02 điểm": a scoring rubric, not a target.
RUBRIC_AFTER = regex.compile(r"[^\S\n]*(?:%[^\S\n]*)?(?:thì\s+)?(?:được\s+)?(?:cộng|trừ)\s+\d")
MEASURES = {"đồng", "USD", "tấn", "kg", "tạ", "ha", "km²", "m²", "m² sàn", "km", "m", "MW", "kWh", "GW", "kW", "MWh", "GWh", "MWp", "kWp"}
# A heading's number; after a dash bullet only with its dot ("- 1. …"; "- 01 Khu công nghiệp …" is a value).
ORDINAL_HEADING = regex.compile(r"(?m)^\s*(?:[-+•]\s*\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)*\.?)(?=\s|$)")
QUOTED = regex.compile(r"[“\"][^”\"\n]{1,300}[”\"]")

# A value the text reports as done or estimated, not committed ("ước đạt", "đã hỗ trợ", "so cùng kỳ", "hiện còn 15 xã"). (Not
# the results a service hands out: "chờ nhận kết quả xét nghiệm", "hồ sơ được trả kết quả đúng hạn", the one-stop and hospital
# indicators of Quyết định 766/QĐ-TTg 2022 and Quyết định 1313/QĐ-BYT 2013. Nor the "ước" of an agreement or a covenant, a
# noun's second syllable: "thỏa ước lao động tập thể" (Bộ luật Lao động 2019, Điều 75), "hương ước, quy ước" (Luật Thực hiện
# dân chủ ở cơ sở 2022), "công ước", "điều ước quốc tế" (Luật Điều ước quốc tế 2016); s27e.)
# (not the results an action is grounded on: "trên cơ sở kết quả khảo sát, tổ chức 12 lớp bồi dưỡng", "căn cứ kết quả rà
# soát, …", s27a)
# (s35a: nor the papers a procedure hands back, "kết quả giải quyết thủ tục hành chính" (Nghị định 61/2018/NĐ-CP, Điều 3: the
# document, paper or result a procedure gives) in what a plan digitises, publishes or returns: "Số hóa 100% kết quả giải quyết
# thủ tục hành chính còn hiệu lực; tăng thêm 30 cơ sở dữ liệu …", the count after it committed as the share before it)
RESULT = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:(?<!(?:thỏa|thoả|công|điều|hương|quy|giao|khế)\s)ước(?:\s+(?:đạt|thực\s+hiện|cả\s+năm|tính))?|đã\s+[\p{L}\p{M}]+|đến\s+nay|hiện\s+nay|hiện\s+có|hiện\s+còn|vẫn\s+còn|lũy\s+kế|luỹ\s+kế|tính\s+đến\s+(?:ngày|hết|cuối)|vừa\s+qua|năm\s+qua|(?<!(?:chờ|nhận|trả|cập\s+nhật|tổng\s+hợp|cơ\s+sở|căn\s+cứ)\s+)kết\s+quả(?!\s+giải\s+quyết\s+(?:thủ\s+tục\s+hành\s+chính|TTHC|hồ\s+sơ)|\s+(?:học\s+tập|rèn\s+luyện)(?![\p{L}\p{M}]))|so\s+(?:với\s+)?cùng\s+kỳ|thực\s+hiện\s+được|đạt\s+được|được\s+(?:cộng|trừ)"
    # the months elapsed of a reported year ("10 tháng tăng 15,55%", "9 tháng năm 2025 tăng 6,9%", "6 tháng đầu năm đạt 48%")
    # (not a length of time a person or thing must reach, which a bound opens: "duy trì điều trị liên tục trên 12 tháng đạt 80%")
    r"|(?<!(?:trên|dưới|từ|quá|hơn|sau|ít\s+nhất|tối\s+thiểu)\s)(?<![\d.,])\d{1,2}\s+tháng(?=\s+(?:đầu\s+năm|năm\s+20\d\d|tăng|giảm|đạt|ước)(?![\p{L}\p{M}])))(?![\p{L}\p{M}]))")
# (w22c: nor a student's assessed learning or conduct, "kết quả học tập", "kết quả rèn luyện", the two ratings of Thông tư
# 22/2021/TT-BGDĐT (đánh giá học sinh trung học) a school plans shares of: "Kết quả rèn luyện xếp loại Tốt đạt trên 90%")
# (results a clause acts on are its object, not a report: "chờ kết quả", "cập nhật kết quả kiểm đếm vào cơ sở dữ liệu; 100% hồ
# sơ …", "tổng hợp kết quả …", s27b)
# A share, a few words of what it counts, then "đã" and a verb that reports no change of the share itself ("90%
# phương tiện quảng cáo vi phạm đã phát hiện"): what the share counts was done already (a relative clause), read by
# ATTRIBUTIVE_DONE with the predicate after it (s26e) or a ";" closing its clause (s35d), over at most `words` words.
SHARE_THEN_DONE = (r"(?<![\d.,])\d[\d.,]*[^\S\n]*%[^\S\n]+(?:[\p{{L}}\p{{M}}]+[^\S\n]+){{1,{words}}}?đã[^\S\n]+"
                   r"(?!(?:đạt|giảm|tăng|vượt|lên|xuống|còn|nâng|hạ|hoàn)(?![\p{{L}}\p{{M}}]))[\p{{L}}\p{{M}}]+")
# "các dự án đã quy hoạch": an attributive "đã" inside a noun phrase, not a reported result; so is the "đã" of what a
# keeping verb's count keeps ("duy trì 220 câu lạc bộ … đã thành lập, thành lập mới ít nhất 60 câu lạc bộ": what is
# kept was made before). s25a: a decision or judgment "đã có hiệu lực (pháp luật)" is in force, a state of the document
# (Luật Khiếu nại 2011, Luật Tố cáo 2018: "quyết định giải quyết khiếu nại có hiệu lực pháp luật"), whatever names it
# ("tỷ lệ thực hiện các quyết định giải quyết khiếu nại, quyết định xử lý tố cáo đã có hiệu lực pháp luật đạt 95%").
# s25e: the "đã" of what a rate counts ("nâng tỷ lệ diện tích đã cấp Giấy chứng nhận lần đầu lên 97%": the share of the land
# certified), not a reported change of the rate itself ("tỷ lệ hộ nghèo đã giảm còn 3%", "tỷ lệ che phủ rừng đã đạt 42%").
# s26b: what a rate counts may be a long noun phrase ("tỷ lệ diện tích rừng trồng mới sử dụng giống đã được công nhận"); a
# rate that "đã thực hiện (được)" / "đã hoàn thành" a value is a result.
# s29e: as long as an indicator's name may be (15 words): "tỷ lệ phụ nữ sinh con tại cơ sở y tế hoặc có cán bộ y tế đã qua đào
# tạo đỡ".
ATTRIBUTIVE_DONE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:(?:các|những|mọi)\s+(?:[\p{L}\p{M}]+\s+){1,5}?"
                                 r"|(?:duy\s+trì|giữ\s+vững|củng\s+cố)\s+(?:(?:ít\s+nhất|tối\s+thiểu|khoảng)\s+)?\d[\d.,]*\s+(?:[\p{L}\p{M}]+\s+){1,12}?)"
                                 r"đã\s+[\p{L}\p{M}]+"
                                 r"|(?<![\p{L}\p{M}])tỷ\s+lệ\s+(?:[\p{L}\p{M}]+\s+){1,15}?đã\s+(?!(?:đạt|giảm|tăng|vượt|lên|xuống|còn|nâng|hạ)(?![\p{L}\p{M}])|(?:thực\s+hiện|hoàn\s+thành)(?:\s+được)?(?:\s+\d|\s*$))[\p{L}\p{M}]+"
                                 r"|(?<![\p{L}\p{M}])đã\s+có\s+hiệu\s+lực(?:\s+(?:pháp\s+luật|thi\s+hành))?(?![\p{L}\p{M}])"
                                 # s32d: the "đã" of what a raised measure counts, raised "lên" a value ("Nâng diện tích đã được
                                 # làm sạch lên 70% diện tích nghi ô nhiễm": the land cleared, as "tỷ lệ … đã cấp" above)
                                 r"|(?<![\p{L}\p{M}])(?:nâng|tăng)\s+(?:[\p{L}\p{M}]+\s+){1,15}?đã\s+"
                                 r"(?!(?:đạt|giảm|tăng|vượt|lên|xuống|còn|nâng|hạ)(?![\p{L}\p{M}]))[\p{L}\p{M}]+"
                                 r"(?=(?:\s+[\p{L}\p{M}]+){0,12}?\s+lên(?:\s+\d|\s*$))"
                                 # s26e: the "đã" of what a share counts, its predicate after it ("100% mã số vùng trồng đã cấp
                                 # được giám sát định kỳ; tỷ lệ … dưới 2%": the codes issued are to be monitored)
                                 rf"|{SHARE_THEN_DONE.format(words=6)}"
                                 r"(?=[^\S\n]+(?:được|phải|có|tiếp[^\S\n]+tục)(?![\p{L}\p{M}]))"
                                 # s35d: … or in a clause of its own that a ";" closes before the value read ("Tháo dỡ, xử lý
                                 # dứt điểm ít nhất 90% phương tiện quảng cáo vi phạm đã phát hiện trong vòng một tháng; số vụ
                                 # … giảm ít nhất 50%": the media found; that share is read as a target, so the "đã" after it
                                 # reports nothing for the clauses after it either)
                                 rf"|{SHARE_THEN_DONE.format(words=8)}(?=[^;\n]*;))")
# A closed aside with a figure of its own before a value ("tu bổ 12 mốc quốc giới (năm 2026 đã tu bổ 07 mốc); phát quang 46
# km …"): last year's result it reports is about its own figure, not the values after it (s31a).
# (a count or a share, "07 mốc", "41%", not a year alone nor a date: "(năm 2030)", "(trước ngày 30/6/2026)" date the value)
FIGURE_ASIDE = regex.compile(r"\((?=[^()\n]*?(?<![\d.,/])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*(?:[^\S\n]*%|[^\S\n]+\p{L}))[^()\n]*\)")
YEAR_BEFORE = regex.compile(r"(?i:năm|giai\s+đoạn|từ|đến|nhiệm\s+kỳ)\s*$")

# --- shares stated with their fraction ("83,3% (40/48 trường)", "36/40 đạt tỷ lệ: 90%") ---------
SHARE_JOIN = regex.compile(r"\s*(?:\(\s*(?:tỷ\s+lệ|tỉ\s+lệ|đạt|chiếm)?\s*:?\s*|,?\s*chiếm\s+(?:tỷ\s+lệ\s+)?|,?\s*(?:đạt\s+)?(?:tỷ|tỉ)\s+lệ\s*:?\s*|,?\s*đạt\s+)", regex.IGNORECASE)
ZERO = regex.compile(rf"(?i:không\s+còn)\s+(?P<unit>{UNIT_WORD})(?![\p{{L}}\p{{M}}])")
# A sentence that opens with a condition ("Trường hợp …", "Nếu …", "Khi …"): what follows is a case a rule
# provides for ("Trường hợp không còn bản chính Quyết định …"), not a state the plan commits to reach.
# Not the fixed openers that bind no value ("Trường hợp cần thiết tổ chức thêm 02 cuộc kiểm tra", "Khi cần thiết, …").
CONDITION = regex.compile(r"[\s\-+•*–]*(?:\(?\d+(?:\.\d+)*[.)]|[a-zđ]\))?\s*(?i:(?:trong\s+|đối\s+với\s+)?trường\s+hợp|nếu|khi)(?![\p{L}\p{M}])"
                          r"(?!\s+(?i:cần\s+thiết)(?![\p{L}\p{M}]))")
# Where a condition ends: its comma, the colon of a case's label, or "thì" that opens the consequence ("Nếu có điều kiện
# thì phấn đấu đạt 95% …", "Trong trường hợp vượt thu thì dành 50% số tăng thu …"); or a commitment made inside the
# sentence with no mark before it ("Khi triển khai thực hiện cần bảo đảm 100% hồ sơ …"): what follows is committed.
THEN = regex.compile(r"(?i:(?<![\p{L}\p{M}])thì(?![\p{L}\p{M}]))[^\S\n]*")
CONDITION_END = regex.compile(r"[,:]|(?i:(?<![\p{L}\p{M}])(?:thì|phấn\s+đấu|(?:cần|phải)\s+(?:bảo\s+đảm|đảm\s+bảo|đạt|hoàn\s+thành))(?![\p{L}\p{M}]))")

# --- the clause around a value ------------------------------------------------------------------
# The dot of an abbreviated kind of place ("TP. Hồ Chí Minh", "TX. Sơn Tây", "TT. Đông Anh") ends no clause.
PLACE_ABBREVIATION = r"(?<![\p{L}\p{M}])(?:TP|Tp|TX|Tx|TT)"
CLAUSE_BREAK = regex.compile(r"[;\n]|(?<!" + PLACE_ABBREVIATION + r")\.(?=\s|$)|\t(?=\s*[-+•])")
# (a table row's STT/TT cell before its tab, "1.1⇥Tỷ lệ …", "II⇥Kinh tế", is never part of the indicator)
BULLET = regex.compile(r"^[\s\-+•*–]*(?:\d{1,3}(?:\.\d{1,3})*\.?\t|[IVXLC]{1,6}\.?\t|\(?\d+(?:\.\d+)*[.)]|[a-zđ]\)|\d{1,3}\s+(?=\p{Lu}))?[\s\-+•*]*")
# Words that open or close an indicator phrase without naming it, each a whole word ("Làm mới" keeps its "Là").
# A short aside a name opens with ("(xe) quan trắc …" after "03 trạm"): not part of the name; "(R&D)/GRDP" keeps it.
LEADING_ASIDE = regex.compile(r"^[^\S\n]*\([^()\n]{1,40}\)(?=[^\S\n]+[\p{L}\p{M}])")
LEAD_WORDS = regex.compile(
    r"^(?i:(?:(?:bao\s+gồm|gồm|phấn\s+đấu|phần\s+đầu|phân\s+đầu|chỉ\s+tiêu|mục\s+tiêu|trong\s+đó|riêng|cụ\s+thể|hằng\s+năm|hàng\s+năm|bình\s+quân|toàn\s+(?:huyện|tỉnh|xã)|đến\s+(?:cuối\s+)?(?:năm\s+)?\d{4}|(?:sau|từ)\s+năm\s+\d{4}(?:\s+trở\s+đi)?|năm\s+\d{4}|trong\s+năm\s+\d{4}|(?:trong\s+)?(?:giai\s+đoạn|thời\s+kỳ)\s+\d{4}\s*[-–]\s*\d{4}|vào\s+(?:cuối\s+)?năm\s+\d{4}|trở\s+lên|trở\s+xuống|đảm\s+bảo|bảo\s+đảm|thực\s+hiện|tiếp\s+tục|dự\s+kiến|có|đạt(?!\s+(?:chuẩn|tiêu\s+chí|tiêu\s+chuẩn|danh\s+hiệu))|là|và|về)(?![\p{L}\p{M}])[\s,:]*)+)")
# A verb LEAD_WORDS would drop, right after a value with nothing between: it governs the value's object ("2.500 tỷ đồng
# thực hiện Chương trình"), so the name keeps it.
VERB_AFTER_VALUE = regex.compile(r"^[^\S\n]+(?P<verb>thực\s+hiện)(?![\p{L}\p{M}])[^\S\n]+(?=\p{L})")
# A complement that names what a measure is taken in or of ("Tỷ trọng thương mại điện tử trong tổng mức bán lẻ hàng
# hóa và doanh thu dịch vụ tiêu dùng", "Tỷ lệ hoàn thành cấp THCS của người dân tộc thiểu số và miền núi"): a "và" after
# it coordinates the complement's nouns, it joins no clause ...
NAME_COMPLEMENT = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:trong(?:\s+tổng)?|của|so\s+với|trên\s+tổng)(?![\p{L}\p{M}]))")
# ... unless what follows it opens a measure of its own or a verb ("… trong nhân dân và phấn đấu tỷ lệ …", "… của
# tỉnh và tỷ lệ hộ nghèo …").
NEW_CLAUSE_AFTER_AND = regex.compile(
    r"(?i:\s*(?:tỷ\s+(?:lệ|trọng)|tỉ\s+(?:lệ|trọng)|số(?![\p{L}\p{M}])|tổng\s+số|cơ\s+cấu|tốc\s+độ|mức|đưa|nâng|phấn\s+đấu|đảm\s+bảo|bảo\s+đảm"
    r"|thực\s+hiện|tiếp\s+tục|hoàn\s+thành|duy\s+trì|giữ|tăng|giảm|đạt|có|được)(?![\p{L}\p{M}]))")
# The place an action is done at, before a share of such places ("tổ chức tuyên truyền … cho người học tại 100% nhà
# trường", "lắp đặt camera giám sát ở 100% thôn"): the share counts the places that do it, so the indicator is the
# places and the action ("nhà trường tổ chức tuyên truyền … cho người học"), not the places alone.
ACTION_PLACE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tại|ở)\s*$)")
# s34a: "ở mức" / "tại mức" before a value states its level, not a place ("tổ chức họp, hội nghị theo hình thức trực tuyến ở mức
# trên 60% tổng số cuộc họp"): LINK_MODIFIERS reads "mức" as a modifier, so the level is told apart before they are dropped.
AT_LEVEL = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tại|ở)\s+mức(?:\s+(?:trên|dưới|từ|hơn|ít\s+nhất|tối\s+thiểu|tối\s+đa|khoảng|gần"
                         r"|không\s+dưới|không\s+quá|không\s+thấp\s+hơn))*\s*$)")
# The administrative places and communities, and the agencies and establishments, a count after "tại"/"ở" names as where
# an action is done (units.tsv: Luật Tổ chức chính quyền địa phương, Luật Thực hiện dân chủ ở cơ sở; "Kiểm tra việc thực
# hiện kết luận thanh tra tại ít nhất 05 cơ quan, đơn vị"); not works or projects ("… tại 02 công trình dự án").
PLACE_UNITS = frozenset({"tỉnh, thành phố", "xã", "phường", "thị trấn", "xã, phường", "xã, thị trấn", "xã, phường, thị trấn", "thôn", "bản",
                         "tổ dân phố", "thôn, tổ dân phố", "thôn, bản, tổ dân phố", "khu dân cư", "huyện",
                         "cơ quan, đơn vị", "đơn vị", "cơ sở", "trường"})
# w22d: a share whose group is then placed "tại/ở" a count of places ("100% số hộ dân tại 12 xã biên giới", "95% trẻ em ở 20
# xã đặc biệt khó khăn"): the places bound the group the share counts, no count the plan commits to
SHARE_AT_PLACES = regex.compile(r"\d[\d.,]*[^\S\n]*%[^\S\n]+[^\d%;.:,\n]{2,80}?(?<![\p{L}\p{M}])(?i:tại|ở)[^\S\n]+(?:(?i:các|những)[^\S\n]+)?$")
ASIDE = regex.compile(r"[^\S\n]*\([^()\n]*\)")
# A value's line that opens with an aside in brackets ("(R&D)/GRDP tối thiểu 2%" under "Kinh phí chi cho nghiên cứu phát
# triển"): a name wrapped inside its cell, continued from the line above (not an enumeration: "(1)", "(a)"; nor an aside
# that opens a sentence of its own, a capitalised word after it: "(Theo Nghị quyết Đại hội) Tỷ lệ hộ nghèo …").
WRAPPED_ASIDE = matched_in_place(r"[^\S\n]*\((?!\d{1,2}\)|[a-zđ]\))[^()\n]{2,40}\)(?![^\S\n]+\p{Lu}\p{Ll})")
# the line above such a name: words only, ending no sentence and no clause
NAME_CONTINUED = matched_in_place(r"[^\S\n]*\p{L}[^\d\n|]*[\p{L}\p{M})][^\S\n]*")
# A measure's head that a list of its groups names once ("Tỷ lệ hoàn thành cấp tiểu học đạt 99%, cấp THCS của người
# dân tộc thiểu số đạt 90%", "Tỷ lệ hộ nghèo giảm còn 2%, hộ cận nghèo còn 3%"): a rate's or a count's name, with
# the words before the group's first word.
ELIDED_HEAD = regex.compile(r"(?i:(?:tỷ|tỉ)\s+(?:lệ|trọng)|số(?!\s+h(?:óa|oá))(?:\s+lượng)?)(?![\p{L}\p{M}])")
# A list's next measure that names whose it is ("tỷ lệ tham gia bảo hiểm thất nghiệp của lực lượng lao động", "… trong độ
# tuổi lao động", "… ở nhóm hộ nghèo") has a subject of its own: it takes none from the one before it.
OWN_SUBJECT = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:của|(?:trong|ở|tại)\s+(?:lực\s+lượng|nhóm|độ\s+tuổi|đối\s+tượng|người|trẻ\s+em|học\s+sinh|"
    r"hộ|lao\s+động|phụ\s+nữ|dân\s+số|cán\s+bộ))(?![\p{L}\p{M}]))")
# Words a clause trails off with before its value ("… đạt", "… ở mức", "… giảm xuống"), each a whole word: "cơ sở" keeps
# its "ở", and "trở lên" ("từ 65 tuổi trở lên", "3 sao trở lên") belongs to the indicator; "trị giá" after what is worth it
# ("Vận động tiền và hàng trị giá …", s31c) links it to its value, unless it is the measure ("Tổng trị giá"); "mức" of a
# norm or a limit is its word ("sai tiêu chuẩn, định mức giảm …", "hạn mức", s32d).
TRAIL_WORDS = regex.compile(
    r"(?i:(?:[\s,:]*(?<![\p{L}\p{M}])(?:đạt(?:\s+tỷ\s+lệ)?|là|còn|gấp|xuống|(?<!trở\s+)lên|tăng(?:\s+thêm)?(?:\s+(?:bình\s+quân|trung\s+bình))?(?:\s+(?:hằng|hàng|mỗi)\s+năm)?|(?<!(?:cắt|tinh)\s+)giảm(?:\s+(?:bình\s+quân|trung\s+bình))?(?:\s+(?:hằng|hàng|mỗi)\s+năm)?|bình\s+quân|duy\s+trì(?:\s+ổn\s+định)?|giữ\s+vững|ổn\s+định|trên|dưới|hơn|vượt|ít\s+nhất(?:\s+từ)?|tối\s+thiểu|tối\s+đa|không\s+(?:vượt\s+)?quá|không\s+(?:dưới|(?:thấp|ít|cao|lớn|nhiều)\s+hơn)|(?:cao|thấp)\s+hơn|xấp\s+xỉ|bằng|tương\s+đương|khoảng|gần|từ|có(?:\s+thêm)?|thêm|(?<!(?:định|hạn)\s+)mức|đến|tới|với|tỷ\s+lệ|tỉ\s+lệ|chỉ\s+tiêu|trong\s+đó|khoảng|và|chiếm|cho|của|(?<!(?:nhà|chỗ|nơi)\s+)ở|tại|(?:đến|trong|vào|tới)\s+(?:cuối\s+)?(?:năm\s+)?\d{4}|dự\s+kiến|phải|cần|sẽ|(?<!(?:bắt|tạm|lưu|gìn|canh|trông)\s+)giữ|(?<=[\p{L}\p{M}][^\S\n]+)(?<!tổng[^\S\n]+)trị\s+giá)|[≥≤<>]=?))+$")
# Verbs that govern an indicator without naming it ("xây dựng mới 02 mô hình …", "lấp đầy 100% diện tích …").
VERBS = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:xây\s+dựng|tiếp\s+tục|mới|thêm|có|đạt|giảm|tăng|nâng|lên|còn|phấn\s+đấu|lấp\s+đầy|thực\s+hiện|hoàn\s+thành|công\s+nhận|tổ\s+chức|giải\s+ngân|huy\s+động|đảm\s+bảo|bảo\s+đảm|duy\s+trì|giữ\s+vững|phát\s+triển|trồng|cấp|chiếm|ít\s+nhất|trên|dưới|khoảng|tối\s+thiểu|hơn|từ|đến)(?![\p{L}\p{M}]))")
# How indicator names open ("Tỷ lệ …", "Số …", "Giá trị …").
INDICATOR_HEAD = regex.compile(r"(?i:tỷ\s+lệ|tỉ\s+lệ|số(?!\s+h(?:óa|oá)(?![\p{L}\p{M}]))|giá\s+trị|sản\s+lượng|tổng|thu(?!\s+(?:hút|gom|hồi|thập|nhận|hẹp)(?![\p{L}\p{M}]))|chi|tốc\s+độ|mức|diện\s+tích|doanh\s+thu|kim\s+ngạch|năng\s+suất|thu\s+nhập)(?![\p{L}\p{M}])")
# ("số hóa 100% dịch vụ công": the verb "digitise", not "the number of"; "Thu hút 300 triệu USD vốn FDI", "thu gom":
# verbs, not "revenue")
# A verb that moves a measure, before the measure's name ("Đưa tỷ lệ doanh nghiệp … lên 80%", "Giảm tỷ lệ hộ nghèo
# còn 2%", "nâng tổng số lên 12 KCN", "… để nâng tỷ lệ hồ sơ trực tuyến đạt 80%", "… để bảo đảm tỷ lệ hoạt động trực tuyến
# chiếm tối thiểu 50%"): the name starts at the measure,
# the verb is the target's direction.
GOVERNED_MEASURE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:nâng(?:\s+cao)?|đưa|(?P<change>tăng|giảm|kéo\s+giảm|hạ)|duy\s+trì|giữ(?:\s+vững)?|(?:để\s+)?(?:bảo|đảm)\s+(?:đảm|bảo))\s+)"
    r"(?=(?i:(?:tỷ|tỉ)\s+(?:lệ|trọng|suất)|tổng\s+số|số(?:\s+lượng)?\s+\p{L}|số(?:\s+lượng)?\s*$|tổng\s+(?:công\s+suất|mức|giá\s+trị|vốn|thu|chi|sản\s+lượng|diện\s+tích)|tốc\s+độ)(?![\p{L}\p{M}]))")
# "tăng/giảm" governs the measure only when the value is the level it is brought to ("Giảm tỷ lệ hộ nghèo xuống còn 2%",
# "Tăng tỷ lệ … đạt 50%"); "Giảm tỷ lệ hộ nghèo 1,5%/năm" states the change itself, the verb is part of the indicator.
TO_LEVEL = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:(?<!trở\s+)lên|xuống|còn|đạt|chiếm|ở\s+mức)(?![\p{L}\p{M}]))")
# A measure named by its head only ("tổng số", "số lượng"): the counted noun is the value's unit.
BARE_MEASURE = regex.compile(r"(?i:tổng\s+số|số\s+lượng|tổng\s+số\s+lượng)")
# One indicator's values for several years in one sentence ("Tỷ lệ che phủ rừng năm 2026 đạt 42%, năm 2027 đạt 43%",
# "đạt 60% năm 2026, 70% năm 2027 và 80% năm 2028"): between two values only years, "và" and the link words.
YEAR_PHRASE = r"(?:(?:vào|trong|đến|tới)\s+)?(?:(?:cuối|hết)\s+)?năm\s+(?P<year>20\d\d)(?!\d)"
YEAR_AFTER_VALUE = matched_in_place(r"[^\S\n]*\(?[^\S\n]*(?i:" + YEAR_PHRASE + r")(?![^\S\n]*[-–][^\S\n]*\d)")  # "95% (năm 2026)"
# (a phase too: "- Giai đoạn 2026 - 2028: tổng lượt khách đạt 1,5 triệu lượt; giai đoạn 2029 - 2030: đạt 2,2 triệu lượt",
# its last year the value's)
# (and a date the value is due by, its year the value's: "Tỷ lệ giải ngân lũy kế đến hết quý I năm 2026 đạt tối thiểu 15%; đến
# hết quý II năm 2026 đạt tối thiểu 45%; …; đến ngày 31/12/2026 đạt tối thiểu 95%", the milestones of a schedule)
DUE_PHRASE = (r"(?:đến|tới|trong|vào)\s+(?:hết\s+|cuối\s+)?(?:(?:quý|quí)\s+[IV]{1,3}|tháng\s+\d{1,2})(?:\s+năm\s+|\s*/\s*)(?P<year>20\d\d)(?!\d)"
              r"|(?:đến|tới)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<year>20\d\d)(?!\d)")
# w20c: and the whole year after its parts ("Tỷ lệ hồ sơ trực tuyến toàn trình quý I/2027 đạt 62%, …, quý III/2027 đạt 68% và cả
# năm đạt trên 70%", "… 6 tháng đầu năm đạt 45%, cả năm đạt 90%"): the year of the step before, or the one it names ("cả năm
# 2027"), as a yearly plan sets its part-year and full-year marks (WHOLE_YEAR; targets.tables reads a column "Cả năm" alike)
WHOLE_YEAR = r"cả\s+năm(?:\s+(?P<year>20\d\d))?(?![\p{L}\p{M}\d])"
YEAR_OF_SERIES = regex.compile(r"(?i:" + YEAR_PHRASE + r"|(?:giai\s+đoạn|thời\s+kỳ|các\s+năm)\s+(?P<first>20\d\d)\s*[-–]\s*(?P<year>20\d\d)(?!\d)|"
                               + DUE_PHRASE + "|" + WHOLE_YEAR + ")")
# Every comparator of the cue list may stand in a later year's clause ("…, đến năm 2030 đạt không thấp hơn 110 triệu
# đồng", "…, đến năm 2030 không vượt quá 2%"), and a year may be the part a breakdown names ("…, trong đó năm 2026
# giảm 1,5%"); the pledge may open that clause ("Tỷ lệ hỏa táng đạt trên 60%; phấn đấu đến năm 2030 đạt ít nhất 80%", s31c).
# What may follow a step of such a series besides nothing: the whole its share is of ("… đạt 100% kế hoạch vốn", "95% kế hoạch
# được giao") and the next step's date ("… đạt tối thiểu 95% và đến hết ngày 31/01/2027 đạt 100% …").
SERIES_RIGHT = regex.compile(r"(?i:(?:trở\s+(?:lên|xuống))?(?:kế\s+hoạch(?:\s+vốn)?(?:\s+(?:được\s+giao|năm\s+20\d\d))*)?[\s,]*(?:(?:và\s+)?(?:" + YEAR_PHRASE.replace("(?P<year>", "(?:")
                             + "|" + DUE_PHRASE.replace("(?P<year>", "(?:") + r")[^\n]*)?)")
# s36e: after a year's value of a series, "và" and a verb that keeps or carries on opens the subject's next predicate ("Năm
# 2027, mức giảm … đạt 15%; năm 2028 đạt 20% và duy trì tốc độ giảm để đến năm 2030 đạt mục tiêu đề ra"): no name of the value.
PREDICATE_GOES_ON = regex.compile(r"[\s,]*(?:(?i:và)[^\S\n]+)?(?i:duy\s+trì|giữ\s+vững|tiếp\s+tục|tiến\s+tới|hướng\s+tới)(?![\p{L}\p{M}])")
SERIES_GAP = regex.compile(
    r"[\s,;:()]*(?:(?i:" + _alternation(["và", "đạt", "có", "là", "trở lên", "trở xuống", "giảm", "tăng", "còn", "lên", "xuống",
                                       "trong đó", "riêng", "mỗi năm", "phấn đấu", "lộ trình", "lộ trình thực hiện", "cụ thể",
                                       "phân kỳ", "phân kỳ thực hiện", *COMPARATOR_BEFORE]) + r")(?![\p{L}\p{M}])[\s,;:()]*)*")
# (s36a: a step may frame its value as "từ … trở lên" / "từ … trở xuống", "… đạt ít nhất 35% vào năm 2027 và từ 40% trở lên vào
# năm 2030": the "từ" before the value is the bound's, RANGE_BOUND_OPEN, and its closing words stand between the value and its
# year, BOUND_CLOSE, so SERIES_RIGHT lets them open what follows the value)
RANGE_BOUND_OPEN = regex.compile(r"(?i:(?<![\p{L}\p{M}])từ)[\s,;:()]*$")
BOUND_CLOSE = matched_in_place(r"[^\S\n]*(?i:trở[^\S\n]+(?:lên|xuống))(?![\p{L}\p{M}])")
# (s32a: or, the years taken out, the year's own commitment verb again after the "và" that joins the steps, "…; năm 2027
# hỗ trợ thêm 3.500 máy và năm 2028 hỗ trợ thêm 3.000 máy": SERIES_AND is that "và", extract._year_series)
SERIES_AND = regex.compile(r"^[\s,;:]*(?i:và)(?![\p{L}\p{M}])")
# (s30c: the years of a span each given the same value, "…; năm 2027 khoảng 8.100 ha; các năm 2028 - 2030 mỗi năm khoảng
# 8.900 ha": the span's last year, its period)
# A level after a change of the same measure ("Doanh thu … tăng 20% so với năm 2025, đạt khoảng 1.850 tỷ đồng", "… tăng 8%,
# đạt 12.000 tỷ đồng"): between them only the change's baseline, a comma and the link word.
LEVEL_AFTER_CHANGE = regex.compile(r"(?:[^\S\n]+(?i:so[^\S\n]+(?:với[^\S\n]+)?(?:cùng[^\S\n]+kỳ|năm[^\S\n]+20\d\d|kế[^\S\n]+hoạch|dự[^\S\n]+toán)"
                                   r"(?:[^\S\n]+(?:năm[^\S\n]+)?20\d\d)?))?[^\S\n]*,[^\S\n]*(?i:(?:và[^\S\n]+)?(?:đạt|lên)(?:[^\S\n]+mức)?)"
                                   r"(?:[^\S\n]+(?i:khoảng|gần|trên|hơn|ít\s+nhất|tối\s+thiểu|xấp\s+xỉ))?[^\S\n]*")
# …and a rate's own level after its change, both in % (s33d: "Tỷ lệ hộ nghèo … giảm 1 - 1,2%, còn dưới 2,8%", "… giảm 1,5%,
# xuống còn 3%", "Tỷ lệ che phủ rừng tăng 0,5%, lên 42%"): the link word says which way the level went, "còn"/"xuống" after
# a fall, "lên" after a rise (a share after "đạt" may be measured against the plan: AGAINST_PLAN).
RATE_LEVEL_AFTER_FALL = regex.compile(r"[^\S\n]*,[^\S\n]*(?i:(?:giảm[^\S\n]+)?(?:xuống[^\S\n]+(?:còn[^\S\n]+)?|còn[^\S\n]+)(?:mức[^\S\n]+)?)"
                                      r"(?:(?i:dưới|không[^\S\n]+quá|tối[^\S\n]+đa|khoảng)[^\S\n]+)?")
RATE_LEVEL_AFTER_RISE = regex.compile(r"[^\S\n]*,[^\S\n]*(?i:(?:tăng[^\S\n]+)?lên[^\S\n]+(?:mức[^\S\n]+)?)"
                                      r"(?:(?i:trên|hơn|ít[^\S\n]+nhất|tối[^\S\n]+thiểu|khoảng)[^\S\n]+)?")
# A value whose only words after it are the date it is due by, after another value of the same row: the next step of a
# schedule ("giải ngân đạt tối thiểu 40% đến ngày 30/6/2027, tối thiểu 65% đến ngày 30/9/2027"), the same indicator.
DUE_DATE_ONLY = regex.compile(
    r"(?i:(?:đến|tới|trước|vào|chậm\s+nhất)[^\S\n]+(?:hết[^\S\n]+)?(?:ngày[^\S\n]+)?"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]20\d\d|\d{1,2}[^\S\n]+tháng[^\S\n]+\d{1,2}[^\S\n]+năm[^\S\n]+20\d\d))[\s,;.]*")
# Where a value's own step ends: a clause break (a comma, a semicolon, a full stop before a space or the line's end).
STEP_END = regex.compile(r"[,;]|\.(?=\s|$)")
# "và" after a step's due date, in the words read as its name: the next step opens there.
NEXT_STEP_AFTER_DATE = regex.compile(r"(?i:và)(?![\p{L}\p{M}])")
# What may follow a step's due date: the next step ("… chậm nhất ngày 30/9/2027 và 100% trước …"), a line end, or the
# scope the step holds for ("90% trước ngày 31/12/2027 đối với khu vực đô thị").
AFTER_DUE_DATE = regex.compile(r"[^\S\n]*(?:\n|$|(?i:và|đối\s+với)(?![\p{L}\p{M}])|[<>≥≤~]?\d)")
DUE_DATE_SCOPE = matched_in_place(r"[^\S\n]*(?i:đối\s+với)[^\S\n]+(?P<scope>[^,;.\n()]{1,80})")
# The words between two steps of a schedule, the earlier step's due date among them ("…; 70% chậm nhất ngày 30/9/2027
# và 100% …"): the date belongs to the step before, so it names nothing the next value counts.
DUE_DATE_THEN_GAP = regex.compile(r"[\s,;:]*" + DUE_DATE_ONLY.pattern + r"(?:(?i:và)(?![\p{L}\p{M}]))?" + SERIES_GAP.pattern)
# "riêng X đạt …": a part of the previous value's indicator.
# "…, trong đó án rất nghiêm trọng … đạt trên 95%", "…, trong đó có bằng cấp, chứng chỉ đạt 30%": a part named by
# what it is, not by a measure of its own ("trong đó tỷ lệ hộ cận nghèo …" names its own indicator).
# (a measure's head after it names a value of its own, "trong đó tỷ lệ … đạt 40%", unless "chiếm" says the value is a share
# of the whole before: "…, trong đó chi từ xã hội chiếm trên 60%")
PART_OF_PREVIOUS = regex.compile(r"^\s*(?i:riêng|trong\s+đó(?:\s+riêng)?)[\s,:]++(?!" + INDICATOR_HEAD.pattern
                                 + r"(?![^\d;:\n]{0,60}?(?<![\p{L}\p{M}])(?i:chiếm)(?![\p{L}\p{M}])))")
# An indicator governed by a verb and numbered from its noun ("Số trường đạt chuẩn" → trường).
COUNT_NOUN = regex.compile(rf"(?i:(?:^|\s)số\s+(?P<unit>{UNIT_WORD}))(?![\p{{L}}\p{{M}}])")
# The year of the clause: "đến năm 2030", "trong năm 2026", "trong quý IV/2026", or the year of the date a value is due by
# ("phấn đấu hoàn thành … 2.305 nhà … trước ngày 30/9/2010", "chậm nhất ngày 31/12/2026").
# (not a year after "sau": "Sau năm 2030, nồng độ bụi PM2.5 giảm trung bình 5 μg/m3 mỗi kỳ kế hoạch 5 năm" says when the change
# starts, the year it is due comes from its heading, "Tầm nhìn đến năm 2045")
YEAR_IN_LINE = regex.compile(
    r"(?i:(?<!(?<![\p{L}\p{M}])sau\s+)(?:đến|trong|vào|cuối|đầu|tới|năm)\s+(?:cuối\s+)?(?:năm\s+)?)(?P<year>20\d\d)(?!\d|\s*[-–]\s*\d)"
    r"|(?i:(?:trước|chậm\s+nhất(?:\s+là)?|đến\s+hết|xong\s+trước)\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)(?P<year>20\d\d)(?!\d)"
    # (a quarter or a month with its year after a slash, "trong quý IV/2026", "trong tháng 10/2026": s26d)
    r"|(?i:(?:đến|trong|vào|cuối|đầu|tới|hết|trước)\s+(?:hết\s+)?(?:quý|quí|tháng)\s+(?:[IVX]{1,4}|\d{1,2})\s*/\s*)(?P<year>20\d\d)(?!\d)")
# A ";" that opens the next step of a value's series with its own value ("đạt 85%; 90% trước ngày 31/12/2027"), not a clause
# of another action (s30c).
STEP_AFTER_SEMICOLON = matched_in_place(r";[^\S\n]*(?:(?i:và|hoặc)[^\S\n]+)?(?:(?i:" + _alternation(COMPARATOR_BEFORE) + r")[^\S\n]+)?\d")
# A span of years ("từ năm 1976 đến năm 2015", "từ 2026 - 2030", "từ năm 2026 đến hết năm 2030"): see `extract._span_years`.
YEAR_SPAN = regex.compile(r"(?i:(?<![\p{L}\p{M}])từ\s+(?:năm\s+)?(?P<y1>(?:19|20)\d\d)\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:năm\s+)?"
                          r"(?P<y2>(?:19|20)\d\d)(?!\d))")
# w22a: an open span of years, from its first year on ("Số hóa 100% hồ sơ vụ án đã giải quyết xong từ năm 2026 trở đi"): which
# records are counted, as a span's first year is (`extract._span_years`), never the year a target is due by
CLAUSE_OPENING = regex.compile(r"[\s\-+•*]*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])?[\s\-+•*]*")  # a bullet, an ordinal, spaces
YEAR_ONWARD = regex.compile(r"(?i:(?<![\p{L}\p{M}])từ\s+(?:năm\s+)?(?P<y1>(?:19|20)\d\d)\s+trở\s+(?:đi|về\s+sau)(?![\p{L}\p{M}]))")
# A clause after ";" that only says when the value's own task is done ("…15 làng nghề; hoàn thành trước ngày 31/12/2028.",
# "…; hoàn thành trong quý IV/2025."): up to its time, then the clause ends (DUE_CLAUSE_END); its year is the value's.
DUE_ONLY_CLAUSE = matched_in_place(r";[^\S\n]*(?:(?i:hoàn[^\S\n]+thành|thực[^\S\n]+hiện[^\S\n]+xong|xong)[^\S\n]*)?")
DUE_CLAUSE_END = matched_in_place(r"[^\S\n]*(?:[.;]|$)", regex.MULTILINE)
# The year of a quarter or a month ("quý II năm 2027", "tháng 6/2027", "tháng 6 năm 2027"); s33c: or of a day ("hoàn thành
# trước ngày 30/4/2026; xây dựng 03 vườn ươm …": the day dates its own clause's action, not the output after the ";").
DATED_ACTION_YEAR = regex.compile(r"(?i:(?:quý\s+[IVX\d]+|tháng\s+\d{1,2}|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)\s*(?:năm\s+|/\s*)?)$")
# w20d: …or the year alone after "trong/trước năm" at the end of a clause that states no value ("phấn đấu hoàn thành, đưa vào
# khai thác tuyến cao tốc … trong năm 2026; đầu tư nâng cấp 350 km đường tỉnh"): the completion's time, not the year of the
# output after the ";" (a clause with a value of its own keeps its year for the values after it: "… đạt 80% trong năm 2026;
# … đạt 90%").
DATED_ACTION_IN_YEAR = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:trong|trước)\s+năm\s+)$")
# What may open a clause before the quarter or month that labels it ("- Đến tháng 12 năm 2026: cấp …; số hóa …", "a)
# Trong quý IV năm 2026, tổ chức …"): a list mark and time prepositions only (an action before it is dated by it alone).
DATED_LABEL_OPENS = regex.compile(
    r"[^\p{L}\d]*(?:(?:\d{1,2}|[a-zđ])[.)][^\S\n]*)?(?:(?i:đến|trong|vào|từ|tới|cuối|đầu|hết|trước|sau|ngay|chậm[^\S\n]+nhất(?:[^\S\n]+là)?)[^\S\n]+)*")
# A quarter or month that labels what follows it: its year is followed by ":" or ",".
DATED_LABEL_AFTER = regex.compile(r"[^\S\n]*[:,]")
# A year after a value that opens a value of its own ("… đạt 10%/năm, riêng năm 2026 đạt 8,5%", "…; năm 2026 tăng
# 6%"): that value's year, not the one before it ("đạt 65% vào năm 2026 và 75% vào năm 2030": each year follows its value);
# so does a phase that delivers a part ("… trên diện tích 1.500 ha; giai đoạn 2026 - 2027 hoàn thành 600 ha", s28d).
# What joins a count of another noun to the count before it in one action's list: a few words that qualify the first noun
# (no verb, number or punctuation that opens a clause) and "và" ("… tại 25 cơ quan, tổ chức cấp tỉnh và 30 xã, phường").
LIST_GOES_ON_AFTER_COUNT = regex.compile(r"(?:[^\S\n]+(?:cấp|thuộc|trực\s+thuộc|trên\s+địa\s+bàn)(?:[^\S\n]+[\p{L}\p{M}]+){1,3})?[^\S\n]+và[^\S\n]+")
# A clause that only says a value is delivered ("giai đoạn 2026 - 2027 hoàn thành 600 ha", its phase aside): the measure
# is the one before it in its line.
DELIVERED_ONLY = regex.compile(r"(?i:hoàn\s+thành|thực\s+hiện|đạt)")
YEAR_OPENS_VALUE = regex.compile(
    r"[^\S\n]*:?[^\S\n]*(?:(?i:" + _alternation(["đạt", "tăng", "giảm", "còn", "lên", "xuống", "là", "có", "hoàn thành", *COMPARATOR_BEFORE])
    + r")(?![\p{L}\p{M}])[^\S\n]*)+\d")
# s34b: the breakdown that follows a value ("Di dời khoảng 2.300 hộ dân …, trong đó giai đoạn 2026 - 2027 ưu tiên di dời 1.200
# hộ", "…, trong đó năm 2026 hoàn thành 14 km"): a year after it dates its part, not the whole (the whole's year is its
# clause's, its heading's or the list's).
PARTS_AFTER_VALUE = regex.compile(r"(?i:(?<![\p{L}\p{M}])trong\s+đó(?![\p{L}\p{M}]))")
# "tăng 5% so với năm 2024": the baseline year, not the target's.
# A year that only says where a carried-over amount comes from ("thu hồi nợ thuế năm 2025 chuyển sang", "vốn năm 2025
# chuyển sang năm 2026", the carry-over of Luật Ngân sách nhà nước 2015, Điều 64): not the year the value is due.
CARRIED_OVER = matched_in_place(r"\s+(?i:chuyển\s+sang)(?![\p{L}\p{M}])")
# A year in a heading's or a caption's label: not the year of a document's code there, a standard's after its colon ("c) Tỷ lệ
# hộ có nhà tiêu hợp vệ sinh theo QCVN 01:2021/BYT đạt trên 90%", "TCVN 5502:2003") or a symbol's before its issuer's letters
# ("… theo Nghị định số 12/2024/NĐ-CP"): when it was issued, never when a target is due (TCVN 1-2:2017, trình bày tiêu chuẩn
# quốc gia: "số hiệu:năm ban hành"; Nghị định 30/2020/NĐ-CP, Phụ lục I: "số/năm/ký hiệu"). s35a.
LABEL_YEAR = regex.compile(r"(?<!\d)(?<!\d:)(20\d\d)(?!\d|\s*[-–]\s*\d|/\p{Lu})")
BASELINE = regex.compile(r"(?i:so\s+(?:với\s+)?(?:cùng\s+kỳ\s+|(?:kết\s+quả\s+)?thực\s+hiện\s+|kết\s+quả\s+|dự\s+toán\s+)?|(?<![\p{L}\p{M}])(?:gấp|bằng)\s+\d+(?:,\d+)?\s+lần\s+)$")
# The same, with the baseline named in words before its year ("so với dịp Tết Ất Tỵ năm 2025", "so với cùng kỳ năm 2025",
# "so với mức bình quân năm 2025"): a year after "so với" in its clause (no punctuation between) is the baseline's, not the
# target's; not a year a time word opens after it ("… so với năm 2025 đến năm 2030": the second is the target's). The last
# year of a span is the baseline's too ("so với bình quân giai đoạn 2021 - 2025": s31a).
BASELINE_BEFORE_YEAR = regex.compile(r"(?i:(?<![\p{L}\p{M}])so[^\S\n]+(?:với[^\S\n]+)?"
                                     r"(?:(?!(?:đến|trong|vào|tới|sau|trước)(?![\p{L}\p{M}]))[\p{L}\p{M}]+[^\S\n]+){0,6}"
                                     r"(?:(?:19|20)\d\d[^\S\n]*[-–][^\S\n]*)?$)")
# (also "bình quân 5 năm 2026 - 2030", "trong 02 năm 2026 - 2027": the span's years after "N năm")
PERIOD_IN_LINE = regex.compile(r"(?i:giai\s+đoạn|thời\s+kỳ|\d{1,2}\s+năm)\s+(?P<y1>20\d\d)\s*[-–]\s*(?P<y2>20\d\d)")
# Sub-areas and groups a line can be about ("Huyện Cam Lâm:", "THCS:").
# A place the clause is about, as the subject before its value ("Cả nước có 1.200 công trình xây dựng xanh",
# "Trong đó, Hà Nội có tối thiểu 200 công trình", "Hà Nội, TP. Hồ Chí Minh mỗi địa phương có ít nhất 50 …", "mỗi xã có
# ít nhất 01 mô hình"): the nation, a whole province or district, each unit of a level, or a place's proper name
# (its kind and name: "thành phố Hà Nội", "TP. Hồ Chí Minh", "tỉnh Lào Cai"; or a name of two to four capitalised
# syllables: "Hà Nội", "Đà Nẵng"). It is the target's scope, not its indicator.
PLACE_KIND = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu|thôn|bản|tổ\s+dân\s+phố|vùng)"
PROPER_SYLLABLE = r"\p{Lu}[\p{Ll}\p{M}]+"
# (a name in capitals that opens with a plural or a kind of body or measure names no place: "Các Sở Ban Ngành",
# "Bộ Công Thương", "Nông Thôn Mới", "Chỉ Số …")
NOT_A_PLACE_HEAD = (r"(?!(?:Các|Những|Mọi|Bộ|Sở|Ban|Phòng|Cục|Tổng|Ủy|Uỷ|Đảng|Đoàn|Trường|Viện|Chương|Nông|Công|Kinh|Tỷ|Tỉ|Số"
                    r"|Chỉ|Giá|Tốc|Mức|Lao|Dân|Doanh|Sản|Hợp)(?![\p{L}\p{M}]))")
PLACE_NAME = (r"(?:(?:(?i:" + PLACE_KIND + r")[^\S\n]+|" + PLACE_ABBREVIATION + r"\.?[^\S\n]*)" + PROPER_SYLLABLE + r"(?:[^\S\n]+" + PROPER_SYLLABLE + r"){0,3}"
              r"|" + NOT_A_PLACE_HEAD + PROPER_SYLLABLE + r"(?:[^\S\n]+" + PROPER_SYLLABLE + r"){1,3}|TP\.?[^\S\n]*HCM|TPHCM)")
# ("mỗi xã, phường", "từng xã, phường, đặc khu": each unit of a level named by its kinds, as "các xã, phường" names the level)
PLACE = (r"(?:(?i:cả\s+nước|toàn\s+quốc|toàn\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã|xã|vùng)|(?:mỗi|từng)\s+(?:địa\s+phương|" + PLACE_KIND + r")"
         r"(?:[^\S\n]*,[^\S\n]*(?:" + PLACE_KIND + r")(?![\p{L}\p{M}]))*)|"
         + PLACE_NAME + r")")
PLACE_KIND_BEFORE = regex.compile(r"^(?:(?i:" + PLACE_KIND + r")[^\S\n]+|" + PLACE_ABBREVIATION + r"\.?[^\S\n]*)")
PLACE_SCOPE = regex.compile(
    r"^" + PLACE + r"(?:[^\S\n]*(?:,|và)[^\S\n]*" + PLACE + r")*(?i:[^\S\n]+(?:mỗi|từng)\s+(?:địa\s+phương|tỉnh|thành\s+phố|nơi|đơn\s+vị))?$")
# The units that each hold a count, as the subject of "có" ("Mỗi phòng, chi cục, đơn vị sự nghiệp trực thuộc có ít nhất 01
# sáng kiến …", "Mỗi trường có ít nhất 01 câu lạc bộ …"), or the whole that holds it ("toàn ngành có ít nhất 03 đề tài …"): who
# holds the count, its scope (the whole: none), not its name; the count names it after the value (as "Mỗi xã có …", PLACE_SCOPE).
_HOLDER_KIND = (r"(?:cơ\s+quan|đơn\s+vị|phòng|chi\s+cục|trung\s+tâm|sở|ban|ngành|trường(?:\s+học)?|doanh\s+nghiệp|hợp\s+tác\s+xã"
                r"|bệnh\s+viện|trạm\s+y\s+tế|địa\s+phương|cơ\s+sở)(?:\s+(?:sự\s+nghiệp|trực\s+thuộc|chuyên\s+môn|thành\s+viên))*")
UNIT_HOLDER = regex.compile(r"(?i:(?:mỗi|từng)\s+" + _HOLDER_KIND + r"(?:\s*,\s*" + _HOLDER_KIND + r")*)")
WHOLE_HOLDER = regex.compile(r"(?i:toàn\s+(?:ngành|hệ\s+thống|đơn\s+vị))")
HOLDS_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])có(?:\s+(?:ít\s+nhất|tối\s+thiểu|từ|trên|khoảng))*\s*$)")
# A clause framed by its place ("Tại thành phố Hà Nội, nồng độ bụi PM2.5 …", "Đối với Cả nước, …"): the place is the scope.
PLACE_FRAME = regex.compile(r"^(?i:tại|ở|đối\s+với)\s+(?P<scope>[^,;:]{2,60}?)\s*,\s*(?P<rest>\S.*)$")
SCOPE = regex.compile(
    r"^(?:(?:[Hh]uyện|[Tt]hị\s+xã|[Tt]hành\s+phố|[Xx]ã|[Pp]hường|[Tt]hị\s+trấn|[Qq]uận)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}"
    r"|THCS|THPT|Tiểu\s+học|Mầm\s+non|Trung\s+học\s+cơ\s+sở|Trung\s+học\s+phổ\s+thông|[Kk]hu\s+vực\s+(?:đô\s+thị|nông\s+thôn)|[Đđ]ô\s+thị|[Nn]ông\s+thôn"
    # w23d: the areas left after the one a whole's value names ("… trên địa bàn phường Sa Pa đạt trên 85%, các địa bàn khác đạt từ
    # 70% trở lên", "…, các xã còn lại đạt 80%"): the rest of the area, a part's place as "khu vực nông thôn" is
    r"|(?:[Cc]ác|[Nn]hững)\s+(?:địa\s+bàn|khu\s+vực|địa\s+phương|xã|phường|xã,\s+phường|huyện)\s+(?:khác|còn\s+lại))$")
# s34a: a level of government ("cấp tỉnh", "cấp huyện", "cấp xã": the levels Luật Tổ chức chính quyền địa phương names) as
# the subject of a value's verb after a whole's value ("Tỷ lệ hồ sơ công việc … được xử lý trên môi trường mạng đạt trên 90%,
# cấp xã đạt trên 80%"): the place of a part, as SCOPE's areas are. Only with its verb: a level that qualifies the count
# before it ("tại 25 cơ quan, tổ chức cấp tỉnh và 30 xã, phường") is nobody's subject.
_LEVEL = r"cấp\s+(?:tỉnh|huyện|xã)"
LEVEL_SUBJECT = regex.compile(rf"^(?i:{_LEVEL})$")
LEVEL_VERB_BEFORE = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}]){_LEVEL}[^\S\n]+(?:đạt|chiếm|là)(?:[^\S\n]+(?:mức|trên|từ|ít\s+nhất|tối\s+thiểu|khoảng"
    r"|dưới|không\s+quá|không\s+dưới|tối\s+đa|hơn))*[^\S\n]*)$")

# --- which side of a value names its indicator ------------------------------------------------
# The words right before a value link it to an indicator named before them ("Tỷ lệ … đạt 95%",
# "… tăng bình quân 12%", "… chiếm 45% GRDP", "… còn 1,7 lần"). Without such a link a value that a
# noun phrase follows quantifies that phrase ("Hình thành ít nhất 02 vùng nuôi …", "Từ năm 2025 trở
# đi, 100% số nạn nhân …"): the words before it are a verb, a time phrase or a scope, not its name.
LINK_MODIFIERS = regex.compile(
    r"(?i:[\s,]*(?:không\s+dưới|không\s+thấp\s+hơn|ít\s+nhất|tối\s+thiểu|không\s+quá|không\s+vượt\s+quá|tối\s+đa|cao\s+hơn|thấp\s+hơn"
    r"|trên|hơn|vượt|dưới|khoảng|gần|xấp\s+xỉ|từ|bình\s+quân|hằng\s+năm|hàng\s+năm|mỗi\s+năm|thêm|mức|(?:tỷ|tỉ)\s+(?:lệ|trọng)|[≥≤<>=]+))+$")
# ("cắt giảm 30% thủ tục", "tinh giảm 10% biên chế": a verb of its own whose object follows the value)
LINK_END = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:đạt|là|chiếm|còn|lên|xuống|tăng|(?<!(?:cắt|tinh)\s+)giảm|bằng|duy\s+trì|giữ\s+vững|ổn\s+định|ở|tương\s+đương|đóng\s+góp(?:\s+(?:vào|cho))?)|[:=])$")
# s30a: one measure stated in two respects, each value followed by "về" and its respect ("Tỷ lệ gói thầu … đạt tối thiểu 95% về
# số lượng gói thầu và không thấp hơn 90% về tổng giá trị gói thầu"; Luật Đấu thầu 2023 and its road maps of e-procurement set
# the share "về số lượng gói thầu" and "về giá trị gói thầu"): the second value keeps the first's name, its respect is its
# scope. ASPECT_BETWEEN is what stands between the first value and the second (the first's respect, a comma or "và", a
# bound); ASPECT_AFTER the second's respect, up to the clause's end.
ASPECT_BETWEEN = regex.compile(
    r"[^\S\n]+về[^\S\n]+[^\d,;.:()\n]{1,60}?[^\S\n]*(?:,[^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)"
    rf"(?i:(?:{_alternation([w for w, v in COMPARATOR_BEFORE.items() if v != 'eq'])})[^\S\n]+)?(?i:đạt[^\S\n]+)?")
ASPECT_AFTER = matched_in_place(r"[^\S\n]*về[^\S\n]+(?P<aspect>[^\d,;.:()\n]{1,60}?)[^\S\n]*(?=[,;.:()]|$|[^\S\n]+và[^\S\n])",
                                regex.MULTILINE)
# w22b: the same measure stated for one area and then another ("… đạt tối thiểu 85% số người hưởng tại khu vực thành thị và 65%
# tại khu vực nông thôn"): the urban and rural areas of the statistics (Luật Thống kê 2015, Phụ lục: chia theo thành thị,
# nông thôn), the second value the same indicator's, its area the scope
AREA_ASPECT_BETWEEN = regex.compile(
    r"[^\d,;.:()\n]{0,40}?(?<![\p{L}\p{M}])(?:tại|ở)[^\S\n]+khu[^\S\n]+vực[^\S\n]+[^\d,;.:()\n]{1,30}?[^\S\n]+và[^\S\n]+"
    rf"(?i:(?:{_alternation([w for w, v in COMPARATOR_BEFORE.items() if v != 'eq'])})[^\S\n]+)?(?i:đạt[^\S\n]+)?")
AREA_ASPECT_AFTER = matched_in_place(r"[^\S\n]*(?:tại|ở)[^\S\n]+(?P<aspect>khu[^\S\n]+vực[^\S\n]+[^\d,;.:()\n]{1,30}?)[^\S\n]*"
                                     r"(?=[,;.:()]|$|[^\S\n]+và[^\S\n])", regex.MULTILINE)
# --- a share and the whole it is a share of ----------------------------------------------------------
# The whole named right after a share's "%" ("Kinh tế số chiếm 45% GRDP tỉnh", "đạt 30% GRDP", "bội chi … khoảng
# 4 - 4,5% GDP", "chiếm 3% tổng chi ngân sách nhà nước hằng năm", "30% trong GRDP"): the aggregates of the national
# statistical indicator system (Luật Thống kê 2015, Phụ lục: GRDP, GDP, tổng chi / tổng thu ngân sách, tổng vốn đầu
# tư, tổng kim ngạch, dân số, lực lượng lao động) or any "tổng …" that a share is taken of. The whole runs over
# the words that name it, up to a word that opens a qualifier or a clause ("… tỉnh vào năm 2030", "… GDP để huy động").
WHOLE_STOP = (r"(?:của|cho|do|để|nhằm|và|vào|đến|tới|tại|trong|từ|với|theo|góp|được|đạt|là|trở|đã|sẽ|phải|có|bị|so|năm|giai"
              r"|trên|dưới|khi|nếu|thì|mà|bảo|đảm|tăng|giảm|gồm|bao|hằng|hàng|mỗi)(?![\p{L}\p{M}])")
# The retail total of the statistical system, named with the turnover it is summed with (Luật Thống kê 2015, Phụ lục,
# "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"): its "và" and "hàng" end no whole.
RETAIL_TOTAL = r"tổng\s+mức\s+bán\s+lẻ\s+hàng\s+h(?:óa|oá)(?:\s+và\s+doanh\s+thu\s+dịch\s+vụ(?:\s+tiêu\s+dùng)?)?"
SHARE_WHOLE = regex.compile(
    r"[^\S\n]*(?i:(?:của|trong|so\s+với|trên)\s+)?(?P<whole>(?i:" + RETAIL_TOTAL + r"|GRDP|GDP|tổng\s+sản\s+phẩm|dân\s+số|lực\s+lượng\s+lao\s+động"
    r"|tổng\s+(?:chi|thu|vốn|kim\s+ngạch|mức|giá\s+trị|doanh\s+thu|dư\s+nợ|nguồn|số|diện\s+tích|sản\s+lượng|lượng))"
    r"(?:[^\S\n]+(?!" + WHOLE_STOP + r")[\p{L}\p{M}&]+){0,6}"
    r"(?i:[^\S\n]+(?:hằng|hàng)\s+năm)?(?i:[^\S\n]+của\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố|huyện|cả\s+nước|địa\s+phương|vùng))?)(?![\p{L}\p{M}])")
# A label that names a topic ("Về kinh tế số:"): the topic without its "Về".
TOPIC = regex.compile(r"^\s*(?i:về)\s+")
# A unit that names the whole a share is of (a table's unit column: "% GRDP", "% tổng chi ngân sách").
SHARE_UNIT = matched_in_place(r"\s*%" + SHARE_WHOLE.pattern + r"\s*")
# The verb that says a part is a share of a whole ("chiếm", "đóng góp vào"), kept in the indicator as written.
SHARE_VERB = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?P<verb>chiếm(?:\s+(?:tỷ|tỉ)\s+(?:trọng|lệ))?|đóng\s+góp(?:\s+(?:vào|cho))?)[\s,:]*$)")
# A name that already says it is the part's share or size ("Tỷ trọng …", "Cơ cấu …", "Quy mô kinh tế số đạt 40% GRDP"): joined to it by "trong".
# A rate ("Tỷ lệ …") names its own base: the whole after its value ("đạt 100% dân số") is that base.
RATE_NAME = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tỷ|tỉ)\s+lệ(?![\p{L}\p{M}]))")
# s26b: a count inside the noun phrase a rate is about ("Tỷ lệ hồ sơ của 25 thủ tục hành chính thiết yếu được tiếp nhận, giải
# quyết trực tuyến toàn trình đạt 80%"): the rate's name runs to it without a break, its own value in % follows in the clause.
RATE_NAME_RUNNING = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tỷ|tỉ)\s+lệ(?:\s+[\p{L}\p{M}]+){1,8}\s+)$")
RATE_VALUE_AFTER = regex.compile(r"[^;:\n\d]{1,160}?(?<![\d.,])\d[\d.,]*\s*%")
SHARE_NAME = regex.compile(r"(?i:^(?:tỷ|tỉ)\s+trọng|^cơ\s+cấu|^quy\s+mô)(?![\p{L}\p{M}])")
# A label before a colon that only says when or where ("Đến hết năm 2045:", "Tại địa bàn đô thị:").
FRAME_LABEL = regex.compile(
    r"^(?i:(?:từ|đến|tới|trong|vào|sau|trước)\s+(?:hết\s+|cuối\s+|đầu\s+)?(?:năm|giai\s+đoạn)|năm\s+\d{4}|giai\s+đoạn|hằng\s+năm|hàng\s+năm|mỗi\s+năm"
    r"|tại|ở|đối\s+với|trên\s+địa\s+bàn|địa\s+bàn|khu\s+vực|vùng)(?![\p{L}\p{M}])")
SCOPE_LABEL = regex.compile(r"^(?i:tại|ở|đối\s+với|trên)\s+(?P<scope>\p{L}.*)$")
# A label at the start of a line that names the place or setting its targets are for, before the colon the line's clause
# follows ("- Tại địa bàn có khu công nghiệp: Phấn đấu tăng thêm ít nhất 20% …", "Ở khu vực nông thôn: …", "Đối với
# các xã miền núi: …", "Trên địa bàn huyện: …"): "Tại"/"Ở" always set a place; "Đối với"/"Trên" only before a kind of
# area (a group "Đối với cha mẹ trẻ em:" names no place).
AREA_HEAD = r"(?:(?:các|mỗi|từng|những)\s+)?(?:địa\s+bàn|khu\s+vực|khu\s+công\s+nghiệp|cụm\s+công\s+nghiệp|miền|" + PLACE_KIND + r")(?![\p{L}\p{M}])"
PLACE_LABEL = matched_in_place(
    r"(?P<label>(?i:(?:tại|ở)\s+(?P<scope>\p{L}[^\n:;,.\d()]{1,80}?)|(?:đối\s+với|trên)\s+(?P<scope>(?i:" + AREA_HEAD + r")[^\n:;,.\d()]{0,80}?)))"
    r"[^\S\n]*:[^\S\n]*(?=\S)")
# A group defined by a threshold ("xã có tỷ lệ hộ nghèo trên 30%", "tài sản có nguyên giá dưới 01 tỷ
# đồng"): the value says who is meant, not what is to be reached.
THRESHOLD = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])có\s+(?:tỷ\s+lệ|tỉ\s+lệ|nguyên\s+giá|giá\s+trị|mức|độ|chiều|diện\s+tích|quy\s+mô|công\s+suất|số\s+lượng|tổng\s+mức|thu\s+nhập|doanh\s+thu)"
    r"(?:(?!đạt)[^;:\n]){0,160}?(?:thấp|cao)?\s*(?:trên|dưới|từ|không\s+quá|tối\s+đa|lớn\s+hơn|nhỏ\s+hơn|cao\s+hơn|thấp\s+hơn|bằng|[≥≤<>]=?)\s*$)")
# What a plan commits to prevent, named by a threshold that defines it ("Không để xảy ra vụ ngộ độc thực phẩm từ 30 người
# mắc trở lên", "không để xã, phường nào có tiêu chí dưới 50% số điểm"): the figure says which events or units are meant,
# as an eligibility threshold does, not a level to reach (a cap stays one: "không để tỷ lệ tái nghèo vượt quá 1%").
PREVENTED_CLASS = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])không\s+để\s+(?:(?:xảy\s+ra|phát\s+sinh|tái\s+diễn)(?![\p{L}\p{M}])|[^\d;:\n]{1,60}?(?<![\p{L}\p{M}])nào(?![\p{L}\p{M}]))[^\d;:\n]*$)")
# A scoring rubric: points added or taken off ("đạt 100% cộng 05 điểm, không đạt … không cộng điểm").
RUBRIC_SENTENCE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:(?:cộng|trừ|chấm)\s+(?:trực\s+tiếp\s+|thêm\s+)?(?:\d+(?:,\d+)?\s+)?điểm|được\s+(?:tính\s+)?(?:thêm\s+)?\d+(?:,\d+)?\s+điểm|tính\s+điểm|tổng\s+điểm)(?![\p{L}\p{M}]))")
# The criteria for a grade ("Xếp loại hoàn thành xuất sắc nhiệm vụ khi có ít nhất 50% chỉ tiêu …", "Đạt được tất cả các tiêu chí
# sau đây thì xếp loại …:"): an evaluation's rubric, not a target ("90% tổ chức được xếp loại hoàn thành tốt" stays one).
# A list's label that frames it without naming a measure ("Lộ trình thực hiện:", "Chỉ tiêu cụ thể:", "Mục tiêu hằng năm:").
FRAME_ONLY_LABEL = regex.compile(
    r"(?i:(?:lộ\s+trình|tiến\s+độ|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|phân\s+kỳ|kết\s+quả|cụ\s+thể|yêu\s+cầu|nhiệm\s+vụ)"
    r"(?:\s+(?:thực\s+hiện|cụ\s+thể|chủ\s+yếu|như\s+sau|hằng\s+năm|hàng\s+năm|từng\s+năm|theo\s+năm|đạt\s+được|phấn\s+đấu))*)")
# An item that names only its year ("- Năm 2026: 50%", "+ Đến năm 2030 đạt 90%"): the list's label names the indicator.
YEAR_ITEM = regex.compile(r"[\s\-+•*]*(?i:(?:(?:đến|trong)\s+)?(?:(?:hết|cuối)\s+)?năm\s+20\d\d|giai\s+đoạn\s+20\d\d\s*[-–]\s*20\d\d)[\s:,]*(?i:(?:đạt|là)\s*)?")
# A line that is an item of a list: a bullet, "a)", "1.", "1)".
LIST_ITEM = regex.compile(r"[^\S\n]*(?:[-+•*]|[a-zđ]\)|\d{1,2}[.)])[^\S\n]")
RATING_CRITERION = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])xếp\s+loại[^.;\n]{0,80}?(?<![\p{L}\p{M}])(?:khi|nếu)(?![\p{L}\p{M}])"
    r"|(?<![\p{L}\p{M}])thì\s+(?:được\s+)?xếp\s+loại(?![\p{L}\p{M}]))")
RUBRIC_HEADING = regex.compile(r"(?i:chấm\s+điểm|thang\s+điểm|cách\s+tính\s+điểm|biểu\s+điểm)")
# The criteria a unit must meet to be awarded or recognised ("3. Tiêu chuẩn khen thưởng", "Điều kiện xét
# tặng", "Tiêu chuẩn công nhận danh hiệu …"): eligibility thresholds, not the plan's targets.
ELIGIBILITY_HEADING = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:tiêu\s+chuẩn|điều\s+kiện)\s+(?:và\s+\S+\s+)?(?:khen\s+thưởng|xét\s+(?:tặng|chọn|khen|công\s+nhận)|bình\s+xét|công\s+nhận|tặng|danh\s+hiệu)(?![\p{L}\p{M}]))")
# A note below the text ("[3] Bao gồm chi tạo nguồn …", "[^4] …"): it explains a figure, it commits to nothing.
FOOTNOTE_LINE = matched_in_place(r"^[\s*_]*\[\^?\d{1,3}\]", regex.MULTILINE)
# A rate of change stated as yearly ("Hàng năm, số vụ … tăng trên 03%", "giảm 1,5% mỗi năm").
YEARLY = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:hằng\s+năm|hàng\s+năm|mỗi\s+năm|bình\s+quân\s+(?:mỗi\s+|hằng\s+|hàng\s+)?năm)(?![\p{L}\p{M}])|/\s*năm(?![\p{L}\p{M}]))")
# s34e: a per-year unit of an earlier value of the sentence is that value's ("… đạt 1,6 triệu m³/năm; giảm ít nhất 30% số vụ
# vi phạm …": 30%), not the sentence's: only a rate ("… tăng 7%/năm; công nghiệp tăng 9%") or a word ("Hằng năm, …") before
# the value's own clause makes its change yearly.
UNIT_PER_YEAR = regex.compile(r"(?<=[\p{L}\p{M}³²])[^\S\n]*/[^\S\n]*năm(?![\p{L}\p{M}])")
# s36b: a change measured against a year's level ("… giảm 20% so với năm 2025", "… ít nhất 10% so với giai đoạn 2021 - 2025") is
# the change since then, whatever rate an earlier clause of its sentence gives per year ("Số ca … tăng bình quân 8%/năm; tỷ lệ
# tử vong … giảm 20% so với năm 2025"): only its own clause may call it yearly.
SINCE_A_YEAR_AFTER = matched_in_place(r"[^\S\n]*(?:[^\d;\n.]{0,60}?[^\S\n])?(?i:so[^\S\n]+với)[^\S\n]+(?i:(?:cùng[^\S\n]+kỳ[^\S\n]+)?(?:năm(?:[^\S\n]+học)?|giai[^\S\n]+đoạn|thời[^\S\n]+kỳ|cuối[^\S\n]+năm|đầu[^\S\n]+năm))[^\S\n]+\d{4}(?!\d)")
# s34e: one value for each of a list of counts, the criteria of an accident or incident statistic (Luật Thống kê 2015,
# Phụ lục, Hệ thống chỉ tiêu thống kê quốc gia: "Số vụ tai nạn giao thông; số người chết, bị thương do tai nạn giao
# thông", "Số vụ cháy, nổ …"): "giảm từ 5% đến 10% trên cả 3 tiêu chí số vụ, số người chết, số người bị thương so với năm
# 2025", "… trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương) từ 5 - 10%", "giảm 10% số vụ, số người chết do
# tai nạn giao thông": each count is an indicator of its own, with the value (and the count the opener names, when it
# names one, is the number of items). Each item "số" and up to five words, no number in it. Only a change (tăng, giảm) is
# read so: a share of several wholes ("100% số hộ, số nhân khẩu được cấp nước sạch") says one thing of them together.
# ("cháy, nổ": the pair of Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024 is one subject, its comma inside it.)
_CRITERION = r"số[^\S\n]+[\p{L}\p{M}]+(?:[^\S\n]+(?!số[^\S\n])[\p{L}\p{M}]+){0,5}?"
NUMBER_WORDS_SMALL = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
# The opener that says how many counts are listed ("trên cả 3 tiêu chí", "cả ba tiêu chí").
_CRITERIA_OPENER = r"(?:trên[^\S\n]+)?cả[^\S\n]+(?P<n>\d+|" + "|".join(NUMBER_WORDS_SMALL) + r")[^\S\n]+tiêu[^\S\n]+chí"
CRITERIA_LIST = matched_in_place(
    rf"(?i:(?:{_CRITERIA_OPENER}[^\S\n]*[:(]?[^\S\n]*(?:về[^\S\n]+)?)?"
    rf"(?P<items>{_CRITERION}(?:[^\S\n]*(?:,|và)[^\S\n]*{_CRITERION})+)"
    r"(?=[^\S\n]*\)?[^\S\n]*(?:(?:do|vì|so[^\S\n]+với|từ|giảm|tăng)(?![\p{L}\p{M}])|[,;.)]|$)))", regex.MULTILINE)
CRITERIA_SPLIT = regex.compile(r"(?i:[^\S\n]*(?:,|và)[^\S\n]*(?=số[^\S\n]))")
# Where such a list may open, before its value: the opener or a count's "số".
CRITERIA_START = regex.compile(rf"(?i:(?<![\p{{L}}\p{{M}}])(?:{_CRITERIA_OPENER}|số[^\S\n]))")
# Between a list before its value and the value: a closing bracket, "từ", a comparator ("… số người bị thương) ít nhất 5%").
CRITERIA_TO_VALUE = regex.compile(
    r"(?i:[^\S\n]*\)?[^\S\n]*(?:(?:từ|ít[^\S\n]+nhất|tối[^\S\n]+thiểu|khoảng|trên|hơn)(?![\p{L}\p{M}])[^\S\n]*)?)")
# What the counts are of: after them ("… số người bị thương do tai nạn giao thông so với …"), or the object of the verb of
# change before them ("Kéo giảm tai nạn giao thông, phấn đấu giảm từ 5% …").
CRITERIA_SUBJECT_AFTER = matched_in_place(
    r"[^\S\n]*\)?[^\S\n]*(?i:do|vì)[^\S\n]+(?P<subject>[^\d,;.:()\n]{3,50}?(?:,[^\S\n]*[\p{L}\p{M}]+)?)"
    r"(?=[^\S\n]+(?i:so[^\S\n]+với|từ)(?![\p{L}\p{M}])|[^\S\n]*[,;.)]|[^\S\n]*$)",
    regex.MULTILINE)
CRITERIA_SUBJECT_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])giảm(?:[^\S\n]+thiểu)?[^\S\n]+(?!(?:số|từ|trên|còn|ít|tối|xuống|đến)(?![\p{L}\p{M}]))(?P<subject>[^\d,;:()\n]{3,50}?)"
    r"(?=[^\S\n]*(?:,|(?:từ|trên[^\S\n]+cả)(?![\p{L}\p{M}])|\d)))")
# s28b: a saving is a cut too ("Tiết kiệm điện tối thiểu 3% tổng điện năng thương phẩm mỗi năm": 3%/năm): the verb of Luật Sử
# dụng năng lượng tiết kiệm và hiệu quả 2010 and Luật Thực hành tiết kiệm, chống lãng phí 2013, right before its value
# (not "đèn tiết kiệm năng lượng … đạt 85%", a kind of lamp: the verb opens the clause the value closes).
# (w22d: with its yearly word between the saving and its value: "Tiết kiệm điện hằng năm tối thiểu 2,5% tổng điện năng tiêu thụ")
SAVING_BEFORE_VALUE = regex.compile(r"(?i:(?<![\p{L}\p{M}])tiết\s+kiệm(?![\p{L}\p{M}])[^\S\n]+(?:\p{L}+[^\S\n]+){0,2}?"
                                    r"(?:(?:hằng|hàng|mỗi)[^\S\n]+năm[^\S\n]+)?(?:(?:tối\s+thiểu|ít\s+nhất|khoảng|từ)[^\S\n]+)?)$")

# --- units read from the grammar, not from a list -------------------------------------------------
# Part-of-speech tags (underthesea) of a count noun right after a number: common noun, classifier,
# abbreviation ("12 KCN"), unit noun.
COUNT_TAGS = {"N", "Nc", "Ny", "Nu"}
# Collective and measure classifiers (loại từ) that take the noun they count: "bộ dữ liệu", "tập dữ liệu".
# (s27c: "bài", the classifier of a text or a piece made of words, takes its noun: "bài thuốc", "bài viết", "bài hát"; Diệp
# Quang Ban, Ngữ pháp tiếng Việt, loại từ chỉ vật thể)
CLASSIFIERS = {"bộ", "tập", "bản", "cuốn", "quyển", "chiếc", "cái", "đàn", "đôi", "cặp", "gói", "lô", "mẻ", "tấm", "tờ", "bức", "ngôi", "toà", "tòa",
               "bài"}
# Classifiers of one thing each (loại từ chỉ đơn vị cá thể: Diệp Quang Ban, Ngữ pháp tiếng Việt), the unit a count is in when
# the noun after them names what is counted ("5.000 chiếc áo phao", "500 con bò giống", "1.200.000 chiếc bao cao su"): the
# count is of that noun ("Số áo phao"), the classifier only its unit, as the gold records it (unit "chiếc", indicator "… áo
# phao"). Not the collective ones ("02 bộ tiêu chí", "03 đôi giày", "02 lô hàng": a set, a pair, a lot is what is counted).
# (s32l)
INDIVIDUAL_CLASSIFIERS = {"chiếc", "cái", "con", "cuốn", "quyển", "tấm", "bức"}
# Verbs of handing things over to someone, right after a classifier and before whom they go to ("5.000 cuốn gửi các địa
# phương", "300 bộ cấp cho các xã", "2.000 tấm trao tặng …"): what is done with the things counted, never a syllable of their
# noun as "tờ gấp" (a leaflet) is; the classifier counts alone (w21d). Not "phát", which opens nouns after "bộ" ("bộ phát").
HANDING_VERBS = frozenset({"gửi", "cấp", "tặng", "trao", "chuyển", "giao", "biếu"})
# A count's qualifier closed by the period it is counted in ("tối thiểu 02 cuộc giám sát chuyên đề/năm", "04 cuộc tuần tra
# song phương/năm"): so many a year, the unit "cuộc/năm" as "02 cuộc/năm" gives it, the qualifier what is counted; not
# "/năm 2027", a year, nor "/năm học" (s32l)
PERIOD_AFTER_QUALIFIER = regex.compile(r"(?<=\p{L})[^\S\n]*/[^\S\n]*(?P<per>(?i:năm|quý|tháng|tuần))(?![\p{L}\p{M}])(?![^\S\n]*(?:\d|học))")
# "tổ chức, cá nhân" after a count: one unit, the subjects the inspection and sanction laws name together (Luật Thanh tra
# 2022, Điều 2: cơ quan, tổ chức, cá nhân; Luật Xử lý vi phạm hành chính 2012, Điều 5: cá nhân, tổ chức).
AND_PERSONS = matched_in_place(r"[^\S\n]*,[^\S\n]*(?i:cá[^\S\n]+nhân)(?![\p{L}\p{M}])")
ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")
# Number words, read only after a comparator ("ít nhất một cơ sở y tế", "tối thiểu một lần/năm") or in
# "một trong ba địa phương". (w23c: not "trên" after an average, "số dân được phục vụ bình quân trên một điểm phục vụ không
# quá 6.500 người": "per one", the base the average is taken over, as PER_IN_WORDS reads "trên một vạn dân")
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
NUMBER_WORD_RE = regex.compile(
    r"(?i:(?=ít|tối|không|trên|hơn|một))"  # the words a match opens with: the scan skips other positions
    r"(?i:(?<![\p{L}\p{M}])(?:(?P<cmp>ít\s+nhất|tối\s+thiểu|không\s+dưới|(?<!(?:dựa|căn\s+cứ|đứng|bình\s+quân|trung\s+bình|tính)\s+)trên|hơn|tối\s+đa|không\s+quá)|một\s+trong)\s+)"
    r"(?P<word>một|hai|ba|bốn|sáu|bảy|tám|chín|mười)(?=\s)")
NUMBER_WORD_OPENERS = ("ít", "tối", "không", "trên", "hơn", "một")  # where a NUMBER_WORD_RE opens, in lower case (`opened_by`)
# … and after "thêm", what the plan adds ("công nhận thêm hai điểm du lịch", "có thêm ba hợp tác xã"; not "thêm một
# lần/bước"), and as a range in words ("từ hai đến ba sản phẩm", "từ năm đến bảy mô hình": "năm" is five only there).
NUMBER_WORD = r"một|hai|ba|bốn|sáu|bảy|tám|chín|mười"
NUMBER_WORD_ADDED_RE = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}])thêm\s+)(?P<word>{NUMBER_WORD})(?=\s)"
    r"(?!\s+(?i:lần|bước|số|chút|phần|cách|nữa)(?![\p{L}\p{M}]))")
RANGE_NUMBER_WORDS = {**NUMBER_WORDS, "năm": 5}
NUMBER_WORD_RANGE_RE = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}])(?:từ\s+)?)(?P<word>{NUMBER_WORD}|năm)\s*(?:đến|tới|-|–)\s*(?P<max>{NUMBER_WORD}|năm)(?=\s)")
# where a NUMBER_WORD_RANGE_RE opens, in lower case (`extractors.text_index.opened_by`): its "từ" or its first number
NUMBER_WORD_RANGE_OPENERS = ("từ", "một", "hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười", "năm")
# A rate per a population base ("4/100.000 trẻ sinh ra còn sống", "18 ca sinh/1.000 phụ nữ",
# "107 trẻ sơ sinh trai/100 trẻ sơ sinh gái"): the base is a power of ten with its population.
POP_RATE = matched_in_place(
    r"[^\S\n]*(?P<count>[\p{Ll}\p{M}]+(?:\s+[\p{Ll}\p{M}]+){0,4})?\s*/\s*(?P<base>100\.000|10\.000|1\.000|100(?=\s+[\p{L}\p{M}\s]{0,20}(?:gái|nữ)))\s+"
    r"(?P<pop>[\p{Ll}\p{M}]+(?:\s+[\p{Ll}\p{M}]+){0,6})")
POP_STOP = regex.compile(r"(?i:\s+(?:vào|năm|đến|trong|tại|ở|so|và|của)(?![\p{L}\p{M}]).*)$")

# --- articles of laws and decrees -------------------------------------------------------------------
# An article ("Điều N.") sets rules (fines, fees, thresholds, legal percentages); a value in it is a
# target only when its sentence or heading commits to it.
# "mục tiêu / chỉ tiêu" commit only as the head of a clause, not inside a name or a report
# ("Chương trình mục tiêu quốc gia", "nhà thuộc chỉ tiêu Kế hoạch 77", "hỗ trợ theo mục tiêu", "vượt chỉ tiêu").
# (nor a targeted transfer of the budget: "bổ sung có mục tiêu từ ngân sách trung ương", "hỗ trợ có mục tiêu")
_TARGET_NOUN_WORDS = r"(?:mục\s+tiêu|chỉ\s+tiêu)"
TARGET_NOUN = r"(?<!(?:chương\s+trình|thuộc|ngoài|theo|vượt|đúng|so\s+với|(?:bổ\s+sung|hỗ\s+trợ)\s+có)\s+)" + _TARGET_NOUN_WORDS
# (a date the value is due by commits as a year does: "Tỷ lệ giải ngân lũy kế đến hết quý I năm 2026 đạt tối thiểu 15%",
# "… đến hết tháng 6/2026 …", "… đến ngày 30/9/2026 …", the milestones of a disbursement plan)
DUE_BY = r"(?:đến|trong|vào)\s+(?:hết\s+|cuối\s+)?(?:(?:quý|quí)\s+[IV]{1,3}|tháng\s+\d{1,2})(?:\s+năm\s+|\s*/\s*)20\d\d|đến\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*20\d\d"
COMMITTED = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:phấn\s+đấu|" + TARGET_NOUN + r"|(?:đến|trong|vào)\s+(?:hết\s+|cuối\s+)?năm\s+20\d\d|" + DUE_BY +
    r"|năm\s+20\d\d\s*,|tăng\s+trưởng|giải\s+ngân)(?![\p{L}\p{M}]))")
# What a part that reports on the past still pledges ("phấn đấu đến cuối năm 2025 giải ngân đạt 100%"):
# not a year before a comma ("Năm 2025, Hội đồng nhân dân tỉnh quyết nghị thông qua tổng thu …").
# What happened ("Năm 2025, xảy ra 17 trường hợp trẻ em bị tai nạn thương tích, 01 trẻ em tử vong"): a count after
# "xảy ra" in its sentence reports events, unless the sentence prevents or cuts them ("không để xảy ra", "giảm số vụ … xảy
# ra", "kiềm chế", "hạn chế") or pledges (PLEDGE).
OCCURRED = regex.compile(r"(?i:(?<![\p{L}\p{M}])xảy\s+ra(?![\p{L}\p{M}]))")
# … whose first count follows it after at most a few words ("xảy ra trên địa bàn 12 vụ"), and the count read is that one or a
# later one of the same list (no ";", ":" or "." between): "có nguy cơ xảy ra giông sét, …, và ít nhất 50% người dân …" is
# a relative clause of a place, not the events counted.
OCCURRED_COUNT = regex.compile(r"(?:[^\S\n]+[\p{L}\p{M}]+){0,4}[^\S\n]+\d")
OCCURRED_LIST_ENDS = regex.compile(r"[;:]|\.(?!\d)")
PREVENTED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:không\s+để|(?:ngăn\s+)?chặn|phòng\s+ngừa|giảm|kiềm\s+chế|hạn\s+chế|kéo\s+giảm|"
                          r"không\s+còn|không\s+có|tránh|nếu|khi|trường\s+hợp)(?![\p{L}\p{M}]))")
_PLEDGE_DUE_YEAR = r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+20\d\d"
PLEDGE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:phấn\s+đấu|" + TARGET_NOUN + "|" + _PLEDGE_DUE_YEAR + r")(?![\p{L}\p{M}]))")
# Where a figure of a document that sets rules can still be a target (`extract._not_a_target`): a pledge in its sentence
# (PLEDGE), or a heading above it that names an objective (TARGET_HEADING). PLEDGE without its lookarounds, made of its
# pieces: every match of PLEDGE in any stretch of a text is a match of this one in the whole text (`_prose_pledges_nothing`).
PLEDGE_ANYWHERE = regex.compile(r"(?i:phấn\s+đấu|" + _TARGET_NOUN_WORDS + "|" + _PLEDGE_DUE_YEAR + ")")
# "UBND huyện phấn đấu …", "Sở Y tế chủ trì, phấn đấu …", "Thành phố phấn đấu hoàn thành …": who pledges, then the pledge;
# what follows names the target (the subject is a body or a place, read by SUBJECT_JURISDICTION or the bodies' heads).
PLEDGE_AFTER_SUBJECT = regex.compile(
    r"^(?P<subject>[^,;:()\n]{1,80}?)[\s,]+(?i:chủ\s+trì[\s,]*)?(?i:phấn\s+đấu|cam\s+kết|quyết\s+tâm)(?![\p{L}\p{M}])[\s,:]*")
SUBJECT_JURISDICTION = regex.compile(
    r"^(?:(?i:toàn|các|mỗi)\s+)?(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu|địa\s+phương|đơn\s+vị|ngành)"
    r"(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}$")
# A level of government named by a list of its kinds ("Ủy ban nhân dân các xã, phường tổ chức …", "phối hợp với các
# huyện, thị xã, thành phố hỗ trợ …"): the comma inside the list is no clause break, the kinds after it are the body's,
# not the first words of what the value counts.
ADMIN_KIND = r"(?:xã|phường|thị\s+trấn|thị\s+xã|thành\s+phố|huyện|quận|đặc\s+khu)"
KINDS_LIST_OPEN = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:các|mỗi)\s+" + ADMIN_KIND + r")(?:\s*,\s*(?i:" + ADMIN_KIND + r"))*\s*,\s*$")
KINDS_LIST_REST = regex.compile(r"^(?i:" + ADMIN_KIND + r")(?:\s*,\s*(?i:" + ADMIN_KIND + r"))*(?:\s+(?i:và)\s+(?i:" + ADMIN_KIND + r"))?\s+(?=\p{Ll})")
# Kinds of farm animals named in a list ("cho trâu, bò", "chó, mèo", "gà, vịt và ngan"), as the livestock and veterinary
# laws name them (Luật Chăn nuôi 2018, Điều 2: gia súc, gia cầm and their kinds; Luật Thú y 2015: chó, mèo under rabies
# control): the comma or "và" between two of them joins the list, no clause ("Tỷ lệ tiêm phòng … cho trâu, bò đạt 80%").
ANIMAL_KIND = (r"(?:trâu|bò|lợn|heo|dê|cừu|ngựa|thỏ|gà|vịt|ngan|ngỗng|chim\s+cút|chó|mèo|gia\s+súc|gia\s+cầm|th[ủu]y\s+cầm"
               r"|thủy\s+sản|thuỷ\s+sản)")
ANIMAL_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])" + ANIMAL_KIND + r")\s*$")
ANIMAL_AFTER = regex.compile(r"^\s*(?i:" + ANIMAL_KIND + r")(?![\p{L}\p{M}])")
# "… tham gia xuất khẩu phấn đấu (đến năm 2030) đạt …": the pledge after a name is not part of it (stripped from the
# indicator only: the clause still reads as a pledge for the value's side).
TRAILING_PLEDGE = regex.compile(r"[\s,]+(?i:phấn\s+đấu)\s*$")
# Between a share of units and a count each must have: the units, then "có/được trang bị/bố trí (ít nhất)" and nothing
# that ends the clause ("100% xã, phường có ít nhất 01 điểm …").
PER_UNIT_CRITERION = regex.compile(
    # (w21a: the verb in the active too, "100% hộ gia đình trang bị ít nhất 01 bình chữa cháy xách tay", and a model built and
    # kept, "100% xã, phường xây dựng và duy trì ít nhất 01 mô hình …"; as tinh_binh_on_thi_truong_tet's and tinh_ocop's golds
    # read "100% xã … có ít nhất 01 …": the share is the target, the count each unit holds its criterion)
    r"[^\S\n]+(?:(?i:số|các|những)[^\S\n]+)?[^;:.\n()\d]{1,120}?[^\S\n](?:(?i:có|(?:được\s+)?trang\s+bị|bố\s+trí|xây\s+dựng(?:\s+và\s+duy\s+trì)?|duy\s+trì)"
    r"(?:[^\S\n]+(?i:ít\s+nhất|tối\s+thiểu|từ))?"
    r"|(?i:được)(?:(?:,(?![^\S\n]*(?i:trong[^\S\n]+đó|bao[^\S\n]+gồm|gồm)(?![\p{L}\p{M}])))?[^\S\n]+[\p{L}\p{M}]+){1,8}?[^\S\n]+"
    r"(?i:ít\s+nhất|tối\s+thiểu))[^\S\n]*")
# s26e: …or the score each of them must reach ("100% bệnh viện đạt từ 3,0 điểm trở lên": the share is the target, the score
# its criterion; the Bộ tiêu chí chất lượng bệnh viện Việt Nam scores each hospital)
SCORE_CRITERION = regex.compile(r"[^\S\n]+[^;:.\n()\d]{1,120}?[^\S\n](?i:đạt)(?:[^\S\n]+(?i:từ|trên|tối\s+thiểu|ít\s+nhất))?[^\S\n]*")
# (also what each of them receives, at least so many times or items: "90% trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm
# sinh", "95% người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm", "100% sản phẩm OCOP được giới thiệu, quảng bá
# và bán trên ít nhất một sàn thương mại điện tử")
# "100% các điểm …, đối tượng mua, bán … và 100% diện tích …": the next value is joined by "và/hoặc" right before it
# (with its comparator), so its clause starts there, not at the last comma of this one's name.
# The comma that opens the next value's clause with a word that opens a measure or raises one ("Kiên cố hóa 1.250 km kênh
# mương, nâng tỷ lệ kênh mương do xã, hợp tác xã quản lý … lên trên 80%", "Xây dựng 12 nhà văn hóa, tỷ lệ thôn, tổ dân phố
# có nhà văn hóa đạt 95%"): the first value's words end there, even when the next measure's own name has a comma of its own
# (a list "xã, hợp tác xã", "thôn, tổ dân phố"), so a later comma is no boundary (s35d).
NEXT_MEASURE_COMMA = regex.compile(r",(?=[^\S\n]*(?i:nâng|đưa|tỷ\s+lệ|tỉ\s+lệ|tỷ\s+trọng|tỉ\s+trọng|tổng\s+số|phấn\s+đấu)(?![\p{L}\p{M}]))")
JOINED_VALUE = regex.compile(r"[^\S\n]+(?i:và|hoặc)(?:[^\S\n]+(?i:ít\s+nhất|tối\s+thiểu|trên|dưới|khoảng|gần|hơn))?[^\S\n]*$")
# Who proposed or reported, before a count of them ("Xét đề nghị của 28 đơn vị gồm: …", "Theo báo cáo của 15 xã"):
# the document's grounds, not a commitment.
# The goal another document sets, cited ("Nghị quyết số 57-NQ/TW … đặt mục tiêu đến năm 2030 …", "Theo Quyết định số
# 411/QĐ-TTg …, đến năm 2025 …", "Chiến lược quốc gia đặt mục tiêu …", "đất nước đặt mục tiêu tăng trưởng trên 8%"):
# what that document (or the nation) commits to, unless the plan
# pledges it itself after the citation ("…, tỉnh phấn đấu …"); the plan itself ("Kế hoạch này đặt mục tiêu …") is not cited.
# "Theo/Tại <document> …," opens the sentence: \G, searched from the sentence's start (^ would hold only at the text's).
CITING_TYPE = (r"(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kết\s+luận|Chiến\s+lược|Chương\s+trình|Đề\s+án|Quy\s+hoạch|Luật|Nghị\s+định"
               r"|Thông\s+tư|Kế\s+hoạch|Hiệp\s+định|Công\s+ước)(?![\p{L}\p{M}])(?![^\S\n]+này)")
CITED_GOAL = regex.compile(
    r"(?:\G[\s\-+•*]*(?i:theo|tại)[^\S\n]+" + CITING_TYPE + r"[^,;\n]{0,200}?(?:(?<![\p{L}\p{M}])số|\d)[^,;\n]{0,200},"
    r"|(?:" + CITING_TYPE + r"|(?<![\p{L}\p{M}])(?i:đất\s+nước|cả\s+nước|Quốc\s+hội|Bộ\s+Chính\s+trị|Trung\s+ương)(?![\p{L}\p{M}]))"
    r"[^.;\n]{0,200}?(?<![\p{L}\p{M}])(?i:đặt|xác\s+định|đề|nêu)(?:[^\S\n]+ra)?[^\S\n]+(?i:mục\s+tiêu|chỉ\s+tiêu))")
OWN_PLEDGE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:phấn\s+đấu|quyết\s+tâm)(?![\p{L}\p{M}]))")
# "Ngoài 640 nhà phải hoàn thành theo Kế hoạch số 45/KH-UBND, năm 2027 hỗ trợ thêm 300 nhà": what an addition is besides.
BESIDES_BEFORE = regex.compile(r"^[\s\-+•*]*(?:(?i:(?:trong\s+|đến\s+)?năm)[^\S\n]+\d{4}[\s,]*)?(?i:ngoài)[^\S\n]+(?:(?i:số)[^\S\n]+)?$")
# A forecast: "dự báo" opening a clause ("Dự báo đến năm 2030, dân số toàn tỉnh khoảng 1,5 triệu người", "…, dự báo tốc
# độ tăng trưởng GRDP … khoảng 10 - 10,5%/năm", "Theo dự báo, …") says what is expected to happen, not what the plan
# commits to; "dự báo" inside a name ("Tỷ lệ bản tin dự báo … chính xác") opens no clause. (Searched from the sentence's
# start: `\G` is that start, a line's or one after a full stop; "^" would be the text's only.)
# s26a: a rate's value further on in its clause ("Tỷ lệ phụ nữ có thai được khám thai ít nhất 4 lần trong 3 thai kỳ đạt trên
# 85%"): the counts between the rate's name and its value define what the rate counts (visits, doses, rounds), they are
# no targets of their own. (What follows the count up to the value is the rest of the name: no stop, no other value.)
RATE_VALUE_LATER = matched_in_place(r"(?i:[^,;.%\n]{0,60}?(?<![\p{L}\p{M}])(?:đạt|là|ở\s+mức)\s+(?:từ\s+|trên\s+|tối\s+thiểu\s+|ít\s+nhất\s+|khoảng\s+)?"
                              r"\d[\d.,]*\s*%)")
RATE_OPENS_CLAUSE = matched_in_place(r"(?:\G)[\s\-+•*]*(?i:(?:nâng\s+)?(?:tỷ|tỉ)\s+lệ)(?![\p{L}\p{M}])")
FORECAST_OPENS = regex.compile(r"(?:\G|[,;:(])[\s\-+•*]*(?i:(?:theo\s+)?dự\s+báo)(?![\p{L}\p{M}])")
# What turns the clause after a forecast into a pledge ("Dự báo, cảnh báo kịp thời, phấn đấu … đạt 90%"); a year
# alone does not ("Dự báo đến năm 2030, dân số …").
PLEDGE_AFTER_FORECAST = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:phấn\s+đấu|quyết\s+tâm|" + TARGET_NOUN + r")(?![\p{L}\p{M}]))")
# A number with a noun of parts that names a scheme after its head ("mô hình bảo vệ 04 lớp", "mô hình liên kết 4 nhà",
# "phương châm 4 tại chỗ", "mô hình chính quyền địa phương 2 cấp", "quy trình 5 bước"): the scheme's name, not a count
# the plan commits to. A place or a count of units the scheme is set up in is not in its name ("mô hình điểm tại 05
# xã", "10 mô hình sản xuất").
SCHEME_HEAD = r"(?:mô\s+hình|phương\s+châm|phương\s+thức|nguyên\s+tắc|quy\s+trình|cơ\s+chế|chiến\s+lược|phong\s+trào|chính\s+quyền)"
SCHEME_NAME_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])" + SCHEME_HEAD + r"(?:[^\S\n]+(?!(?:tại|ở|cho|với|đạt|trên|dưới|tới|đến|của|khoảng|gồm|có|ít|tối|từ|là|được|thêm|hơn|không|và|theo)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,4}[^\S\n]*)$")
SCHEME_PARTS_AFTER = regex.compile(
    r"\d[\d.,]*[^\S\n]*(?i:lớp|tầng|cấp|bước|nhà|khâu|bên|trụ\s+cột|tại\s+chỗ|chân\s+kiềng|mũi|vòng|chiều|cùng|không|sạch|an\s+toàn|đột\s+phá)(?![\p{L}\p{M}])")
# A conversion rate a rule sets ("theo tỷ lệ quy đổi 2m2 tương đương 1m2 …"), not a target.
CONVERSION_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])quy\s+đổi)[^\n.;]{0,40}$")
GROUNDS = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:xét|theo|trên\s+cơ\s+sở|căn\s+cứ)\s+(?:đề\s+nghị|tờ\s+trình|báo\s+cáo|đề\s+xuất)(?:\s+của)?(?:\s+(?:các|tổng\s+số|tổng\s+cộng))?\s*)$")
# A clause of the plan's own after a cited document's subject ("…, đảm bảo cắt giảm …", "…, phấn đấu …").
OWN_CLAUSE = regex.compile(r"[,;]\s*(?i:phấn\s+đấu|đảm\s+bảo|bảo\s+đảm|với\s+mục\s+tiêu|nhằm|để|góp\s+phần|tiếp\s+tục|hoàn\s+thành)(?![\p{L}\p{M}])")
# What joins a report to a plan part in one heading ("TÌNH HÌNH THỰC HIỆN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026", "KẾT QUẢ NĂM 2025,
# NHIỆM VỤ NĂM 2026"): a comma, a semicolon or "và".
HEADING_JOINT = regex.compile(r"(?i:,|;|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}]))")
COMMITTED_HEADING = regex.compile(r"(?i:mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|kế\s+hoạch|định\s+hướng|phương\s+hướng|giải\s+pháp)")
# An article on the budget of a named year ("Điều 1. Dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa
# phương năm 2027", "Điều 2. Phân bổ ngân sách cấp tỉnh … năm 2027"): the yearly estimate a council decides is the
# budget's plan (Luật Ngân sách nhà nước 2015, Điều 30: HĐND cấp tỉnh quyết định dự toán ngân sách), its figures the
# amounts it commits to collect and spend; not an article on how estimates are drawn up (no year named).
# Not an article on what was spent or done ("Điều 1. Phê chuẩn quyết toán thu, chi ngân sách địa phương năm 2025",
# "Điều 1. Thông qua kết quả thực hiện dự toán ngân sách nhà nước năm 2026"): its figures are actuals (BUDGET_REPORTED),
# nor a year before the document's own (checked where used).
BUDGET_OF_YEAR_HEADING = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:dự\s+toán|ngân\s+sách)(?![\p{L}\p{M}])[^\n]*?năm\s+(?P<year>20\d\d)(?!\d))")
BUDGET_REPORTED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:quyết\s+toán|kết\s+quả|tình\s+hình|(?<!tổ\s+chức\s+)thực\s+hiện)(?![\p{L}\p{M}]))")
ARTICLE_LINE = regex.compile(r"(?m)^[\s*#_]*Điều\s+\d+[a-zđ]?\s*[.:]")
# After an article: the decision's recipients or the title of the plan it issues ("KẾ HOẠCH …").
AFTER_ARTICLES = regex.compile(r"(?m)^[\s*#_]*(?:Nơi\s+nhận|KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHỤ\s+LỤC)(?![\p{Ll}])")
# Money a rule sets, not a target: fines, fees, allowance and spending norms ("Phạt tiền từ 1.500.000
# đồng", "mức chi 250.000 đồng/ngày/người", "hỗ trợ thêm 500.000 đồng/người", "Hỗ trợ 40 triệu đồng/hộ xây mới").
# What a budget "được hưởng" is its share of revenue under the State Budget Law (Luật Ngân sách nhà nước 2015, Điều 37:
# "Thu ngân sách địa phương được hưởng theo phân cấp: 19.870 tỷ đồng"), an estimate the resolution sets, not an allowance.
# "trị giá" is such a worth only after what is worth it ("suất quà trị giá 500.000 đồng"); opening a clause, or after
# "Tổng", it names the measure (Luật Thống kê 2015, Phụ lục: "Trị giá xuất khẩu hàng hóa"; "trị giá hàng hóa tịch thu đạt
# khoảng 5.200 triệu đồng", w23c), as TRAIL_WORDS reads it.
# (s35b: a gift's worth is such a norm too, "mức quà 800.000 đồng/người": Quyết định 12/2018/QĐ-TTg, Điều 6, sửa đổi bởi Quyết
# định 28/2023/QĐ-TTg, sets what each prestigious person's visits and gifts may cost)
MONEY_NORM = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:phạt\s+tiền|mức\s+phạt|mức\s+(?:thu|chi(?!\s+tiêu)|hỗ\s+trợ|trợ\s+cấp|phụ\s+cấp|khoán|bồi\s+dưỡng|lương|(?:tặng\s+)?quà)|lệ\s+phí|(?<!kinh\s)phí|đơn\s+giá|nguyên\s+giá|định\s+mức"
    r"|hỗ\s+trợ(?=[^\S\n]+(?:khoảng[^\S\n]+)?\d[\d.,]*[^\S\n]*(?:(?:nghìn|ngàn|triệu|tỷ)[^\S\n]+)?đồng[^\S\n]*/)|hỗ\s+trợ\s+(?:thêm|tối\s+đa|một\s+lần)|tiền\s+mặt|thù\s+lao|(?<=[\p{L}\p{M}][^\S\n]+)(?<!tổng[^\S\n]+)trị\s+giá|(?<!ngân\s+sách(?:\s+(?:nhà\s+nước|địa\s+phương|trung\s+ương|cấp\s+[\p{L}\p{M}]+|tỉnh|huyện|xã|thành\s+phố))?\s+)được\s+hưởng|được\s+(?:chi|hỗ\s+trợ)|thu\s+\d)(?![\p{L}\p{M}]))")
# … but not the worth of what a campaign raises ("Vận động tiền và hàng trị giá ít nhất 25 tỷ đồng", "quyên góp tiền, hàng hóa
# trị giá trên 30 tỷ đồng", s31c): a mobilising verb, then the goods it raises and "trị giá" right before the amount (its
# comparator between), no "mỗi" in between (each gift's worth stays a norm: "500 suất quà, mỗi suất trị giá 500.000 đồng").
MOBILISED_WORTH = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:vận\s+động|huy\s+động|quyên\s+góp|kêu\s+gọi|tiếp\s+nhận)(?![\p{L}\p{M}])"
                                r"(?:(?!(?<![\p{L}\p{M}])mỗi(?![\p{L}\p{M}]))[^\n;.:\d])*?(?<![\p{L}\p{M}])trị[^\S\n]+giá(?:[^\S\n]+(?:"
                                + _alternation(COMPARATOR_BEFORE) + r"))?[^\S\n]*$)")
# … or the amount paid for each item or beneficiary named before it, its "đồng/…" left unsaid: "xây dựng 03 nhà, mỗi nhà hỗ trợ
# 40 triệu đồng", "mỗi hộ được hỗ trợ 2 triệu đồng", "mỗi suất trợ cấp 500.000 đồng" (a norm, as "40 triệu đồng/nhà"), its floor
# too ("mỗi nhà xây mới hỗ trợ tối thiểu 60 triệu đồng", s31c).
EACH_SUPPORTED = regex.compile(r"(?i:(?<![\p{L}\p{M}])mỗi[^\S\n]+[^\n,;.:\d]{1,30}?[^\S\n]+(?:(?:sẽ[^\S\n]+)?được[^\S\n]+)?"
                               r"(?:hỗ[^\S\n]+trợ|trợ[^\S\n]+cấp)(?:[^\S\n]+(?:thêm|khoảng|tối[^\S\n]+(?:đa|thiểu)|ít[^\S\n]+nhất|từ))*[^\S\n]+$)")
MONEY_PER_OCCASION = regex.compile(r"^[^\n]*?/\s*(?:người\s*/\s*)?(?:lần|ngày|buổi|giờ|tiết|báo\s+cáo|chương\s+trình|trang|hồ\s+sơ|đề\s+tài|cuộc|lượt|văn\s+bản|bản|tài\s+liệu|hợp\s+đồng|km)(?![\p{L}\p{M}])")
# Support a policy pays (Nghị định 27/2022/NĐ-CP and the national target programmes set such norms): an amount per household
# or person in a sentence whose verb is "hỗ trợ" ("hỗ trợ đấu nối cho hộ nghèo với mức 2 triệu đồng/hộ", "Hỗ trợ 50% kinh phí
# …, tối đa 300.000 đồng/hộ"), and a share of a cost right after "hỗ trợ" ("Hỗ trợ 50% kinh phí mua thùng phân loại rác",
# "Ngân sách tỉnh hỗ trợ thêm 20% mức đóng bảo hiểm y tế"): a norm, no target. Not a share of people or places ("Hỗ trợ
# 100% hộ nghèo …").
SUPPORT_VERB = regex.compile(r"(?i:(?<![\p{L}\p{M}])hỗ\s+trợ(?![\p{L}\p{M}]))")
SUPPORT_SHARE_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])hỗ\s+trợ(?:\s+(?:thêm|tối\s+đa|đến|tới|khoảng|từ))*\s*$)")
# The same norm in any unit: an amount given to each beneficiary in a sentence whose verb is a support or allocation verb
# (Nghị định 20/2021/NĐ-CP on social assistance and the relief norms of Quyết định 01/2022 set rice "kg gạo/người/tháng",
# fuel per vessel, a set of textbooks per pupil): "Hỗ trợ 2 lít dầu cho mỗi tàu", "Mỗi hộ được hỗ trợ 10 kg gạo/tháng",
# "cấp 01 bộ sách giáo khoa cho mỗi học sinh", "Định mức cấp nước 80 lít/người/ngày". Not "cấp" naming a level or a supply
# ("cấp xã", "các cấp", "Tiêu chuẩn cấp nước …": a standard the plan commits to reach stays a target).
ALLOCATION_VERB = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:hỗ\s+trợ|trợ\s+cấp|tặng|định\s+mức|(?<!(?:các|mọi|tiêu\s+chuẩn|nâng|phân|cung)\s+)cấp(?:\s+phát)?"
    r"(?!\s+(?:nước|điện|thoát|xã|huyện|tỉnh|cơ\s+sở|ủy|trung\s+ương|thôn|phường|quận|thị|thành\s+phố|bộ(?!\s+(?:sách|quần|đồ|dụng))|có|trên|dưới|độ|học|quản|giấy\s+phép\s+xây)(?![\p{L}\p{M}])))(?![\p{L}\p{M}]))")
NORM_WORD = regex.compile(r"(?i:(?<![\p{L}\p{M}])định\s+mức(?![\p{L}\p{M}]))")
# … to each beneficiary: "cho mỗi tàu", "cho một học sinh" after the value's phrase; "Mỗi hộ được …" before it; a per-unit that
# is no period ("10 kg gạo/người/tháng", "lít/người/ngày").
PER_BENEFICIARY_AFTER = regex.compile(r"(?i:[^\n,;.:()]{0,60}?(?<![\p{L}\p{M}])cho\s+(?:mỗi|một|01|từng)\s+[\p{L}\p{M}])")
PER_BENEFICIARY_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])mỗi\s+[^\n,;.:\d]{1,40}?\s+(?:được|sẽ\s+được)(?![\p{L}\p{M}]))")
PER_BENEFICIARY_UNIT = regex.compile(
    r"(?i:[^\n,;.:()\d]{0,30}?/\s*(?!(?:ngày|tháng|năm|quý|tuần|giờ|kỳ|lần|vụ|đợt|buổi|khóa)(?![\p{L}\p{M}]))[\p{L}\p{M}])")
# (… unless the value's own clause brings something to a level: "Hỗ trợ phát triển sản xuất, nâng thu nhập bình quân đạt 45
# triệu đồng/người/năm")
LEVEL_REACHED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:đạt|nâng|tăng|phấn\s+đấu|bình\s+quân)(?![\p{L}\p{M}]))")
COST_AFTER = regex.compile(r"(?i:[^\S\n]*(?:kinh\s+phí|chi\s+phí|mức\s+đóng|học\s+phí|lãi\s+suất|giá|tiền|vốn)(?![\p{L}\p{M}]))")
# … but what visitors or customers spend or bring in per day or per visit is an indicator the plan sets a target for
# ("Chi tiêu bình quân của khách quốc tế đạt 150 USD/ngày", "doanh thu bình quân đạt 1,8 triệu đồng/lượt khách").
SPENDING_PER_VISIT = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:chi\s+tiêu|doanh\s+thu)(?![\p{L}\p{M}]))")
# "đã" right after a value's unit: what has been done ("113 ha đã cấp phép", "45 xã đã đạt chuẩn"), a current figure.
# (not after a verb that acts on them: "Duy trì 50 xã đã đạt chuẩn", "Sửa chữa 15 trường học đã xuống cấp")
ALREADY_DONE_AFTER = matched_in_place(r"[^\S\n]*(?i:đã)(?![\p{L}\p{M}])")
KEEP_VERB = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:duy\s+trì|giữ\s+vững|giữ|củng\s+cố|nâng\s+cao|nâng\s+chất)(?![\p{L}\p{M}]))")
# Scores: "10 điểm", "được tính 1 điểm", "thêm 2 điểm" (a place is named: "02 điểm du lịch").
SCORE_AFTER = regex.compile(r"[^\S\n]*(?:[,.;:)\n]|$|được|tối\s+đa|cho\s+mỗi|/)")
# …but a label that names the kind of place it counts, the value after its colon ("- Số điểm quan trắc: 05 điểm.", "Số điểm
# giới thiệu sản phẩm OCOP: 12 điểm;"): places ("điểm" + what is there), not a score; a score's label names no kind or its
# scoring ("Tổng số điểm: 90 điểm.", "Số điểm đạt được: 85 điểm", "Số điểm thi đua: 95 điểm", "Số điểm tối đa: 100 điểm").
_NOT_A_PLACE = (r"(?!(?:đạt|tối|bình|trung|thi|chấm|thưởng|cộng|trừ|xét|chuẩn|sàn|ưu|liệt|tổng|của|được|trên|dưới|từ|là|theo)"
                r"(?![\p{L}\p{M}]))")
PLACES_LABEL = regex.compile(
    r"(?i:^[^\S\n]*[-+•*]?[^\S\n]*(?:\d+[.)][^\S\n]*)?(?:tổng[^\S\n]+)?số[^\S\n]+điểm[^\S\n]+"
    + _NOT_A_PLACE + r"[\p{L}\p{M}][^:\n]{0,80}:[^\S\n]*$)")
# …and so does a count brought down or up in the clause's own words ("Giảm số điểm giết mổ nhỏ lẻ từ 14 điểm xuống còn
# không quá 06 điểm", "giảm số điểm ngập úng xuống còn 05 điểm"): "số điểm" and a kind of place, then the level reached
# (read up to the value's end: a value read from its baseline, "từ 14 điểm xuống …", starts at "từ").
PLACES_REDUCED = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])số[^\S\n]+điểm[^\S\n]+" + _NOT_A_PLACE + r"[\p{L}\p{M}][^;:\n]{0,100}?"
    r"(?<![\p{L}\p{M}])(?:còn|xuống|lên)(?![\p{L}\p{M}]))")
# …but the score of an index the plan commits to reach ("Chỉ số PAPI đạt trên 44 điểm.", "…, Chi phí không chính thức đạt
# 7,0 điểm.", "Điểm trung bình chất lượng bệnh viện đạt 3,6 điểm."): "đạt" right before the value in a sentence that names an
# index (chỉ số) or a mean score; the indices and their component indices are scored in points (PCI by VCCI, PAPI, PAR INDEX by
# Bộ Nội vụ, DTI, Bộ tiêu chí chất lượng bệnh viện Việt Nam by Bộ Y tế). Not a rubric's points ("đạt 100%: 10 điểm", "được 5
# điểm"), which no "đạt" comes right before.
INDEX_SCORE_REACHED = regex.compile(r"(?i:(?<![\p{L}\p{M}])đạt(?:\s+(?:từ|trên|tối\s+thiểu|ít\s+nhất))?\s*$)")
INDEX_NAMED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:chỉ\s+số|điểm\s+(?:số|trung\s+bình|bình\s+quân))(?![\p{L}\p{M}]))")
INDEX_SCORE_AFTER = regex.compile(r"[^\S\n]*(?:[,.;)\n]|$)")
SCORE_SENTENCE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:được\s+(?:tính\s+)?(?:thêm\s+)?\d+(?:,\d+)?\s+điểm|tính\s+điểm|điểm\s+chuẩn|tổng\s+điểm)(?![\p{L}\p{M}]))")
# Prepositions and conjunctions the tagger may read as nouns ("01 trong 02 tiêu chí").
FUNCTION_WORDS = {"năm", "tháng", "quý", "tuần", "ngày", "giờ", "phút",  # time, not a count ("03 năm 2026 - 2028")
                  "trong", "của", "với", "và", "cho", "tại", "theo", "về", "từ", "đến", "trên", "dưới", "hoặc", "hay", "như",
                  "là", "thì", "mà", "ở", "do", "bởi", "vì", "nếu", "sau", "trước", "ngoài", "giữa", "các", "những", "mỗi"}
# The noun after one of INDIVIDUAL_CLASSIFIERS: a lower-case word right after it that is no function word ("chiếc áo phao";
# not "con tại các hộ") (s32l)
NOUN_AFTER_CLASSIFIER = regex.compile(
    r"(?!(?:" + "|".join(sorted(FUNCTION_WORDS, key=len, reverse=True)) + r")(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*")
# A fraction in words after a number word ("hai phần ba", "một phần tư số thành viên"): no count noun; not "phần mềm",
# "phần việc", the nouns "phần" opens.
FRACTION_WORD = regex.compile(r"(?i:phần(?:\s+(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười|trăm|nghìn|ngàn|vạn)(?![\p{L}\p{M}]).*)?)$")
# A time phrase that only says when ("đến hết năm 2030", "Từ năm 2025 trở đi", "hằng năm").
TIME_PHRASE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:(?:từ|đến|tới|trong|vào|sau|trước)\s+)?(?:hết\s+|cuối\s+|đầu\s+)?(?:năm\s+)?20\d\d(?:\s*[-–]\s*20\d\d)?(?:\s+trở\s+đi)?"
    r"|(?<![\p{L}\p{M}])(?:giai\s+đoạn|hằng\s+năm|hàng\s+năm|mỗi\s+năm)(?![\p{L}\p{M}]))")
# s34a: the time that closes the clause of the value before, then its comma ("100% cơ sở … được phê duyệt phương án xử lý trong
# năm 2026, trong đó đưa vào sử dụng ít nhất 120 cơ sở"): the earlier clause's, no words of the next value's.
# (w21d: the period said with its word, "… ở trung ương và địa phương trong giai đoạn 2026 - 2027, trong đó công chức cấp xã là
# 250 người": TIME_PHRASE reads "giai đoạn" only alone, its years not after it)
TIME_CLOSES_PREVIOUS = regex.compile(r"(?:(?i:(?:trong[^\S\n]+)?(?:giai[^\S\n]+đoạn|thời[^\S\n]+kỳ))[^\S\n]+(?=20\d\d))?(?:" + TIME_PHRASE.pattern
                                     + r")[^\S\n]*,[^\S\n]*")
# … or the period that closes it, then a bracket that restates its value ("100% số xã đạt chuẩn nông thôn mới theo Bộ tiêu chí
# giai đoạn 2026 - 2030 (93/93 xã)"): the bracket's value is the earlier clause's, as right after its words (BRACKET_OPEN).
TIME_BEFORE_BRACKET = regex.compile(r"(?:(?i:giai\s+đoạn|thời\s+kỳ)[^\S\n]+)?(?:" + TIME_PHRASE.pattern + r")[^\S\n]*(?=\()")
# A value that multiplies ("0,3% x phần tổng chi phí"): part of a formula.
FORMULA_AFTER = regex.compile(r"[^\S\n]*[x×*][^\S\n]")
SENTENCE_GOES_ON = regex.compile(r"(?i:trong\s+đó|cụ\s+thể)\b")
# "xã có 15% người dân tộc thiểu số trở lên sinh sống", "thôn có từ 30 hộ trở lên": who is meant.
# The relative "có" follows its head noun ("thôn có …"); an existential "có" follows a verb, an adverb
# or a time phrase ("Hằng năm có 90% thôn trở lên đạt chuẩn", "Phấn đấu có …").
THRESHOLD_HAS = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?P<head>[\p{L}\p{M}]+)\s+có\s+(?:từ\s+)?$)")
# …or, right after a count of units, the size that says which units are counted ("Khảo sát 600 doanh nghiệp từ 25 lao động
# trở lên chưa có tổ chức công đoàn", "hỗ trợ 100 doanh nghiệp có từ 10 lao động trở lên", "02 bệnh viện tư nhân quy mô từ 200
# giường trở lên"): the count is the target, the size who is meant (read with THRESHOLD_TAIL or a comparator after the value).
_SIZED_WORD = r"(?!(?:đạt|là|còn|lên|xuống|tăng|giảm|mức|tháng|năm|ngày|tuần|giờ|lần)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*"
COUNTED_UNITS_SIZED = regex.compile(r"(?<![\p{L}\p{M}\d.,])\d[\d.,]*[^\S\n]+" + _SIZED_WORD + r"(?:[^\S\n]+" + _SIZED_WORD + r"){0,3}"
                                    r"[^\S\n]+(?:(?:có[^\S\n]+)?(?:quy[^\S\n]+mô[^\S\n]+)?)?(?:từ|trên)[^\S\n]+$")
NOT_A_HEAD = {"đấu", "năm", "đảm", "bảo", "đó", "và", "thêm", "sẽ", "phải", "cần", "đều", "nhất", "thiểu", "đạt", "tỉnh", "huyện", "nước", "đi", "cùng", "tiêu", "thì", "mà", "để"}
THRESHOLD_TAIL = regex.compile(r"(?i:^[^,;.\n]{0,60}?(?<![\p{L}\p{M}])trở\s+(?:lên|xuống)(?![\p{L}\p{M}]))")
# A criterion an evaluated unit meets ("Đơn vị đạt tỷ lệ 100% …" in a scoring table), not a plan's target.
EVALUATED = regex.compile(r"^[\s\-+•*|]*(?:\d+(?:\.\d+)*[.)]?\s*)?(?:Đơn\s+vị|Tập\s+thể|Cá\s+nhân)\s+(?:đạt|có|hoàn\s+thành)(?![\p{L}\p{M}])")
# An award quota after a share ("tỷ lệ không quá 10% tập thể, 5% cá nhân").
QUOTA_AFTER = regex.compile(r"[^\S\n]*(?:tập\s+thể|cá\s+nhân)(?![\p{L}\p{M}])")
# An amount of money set aside for carrying out the plan itself ("Ngân sách xã bố trí 85 triệu đồng thực hiện Kế hoạch",
# "dự kiến 1,2 tỷ đồng để triển khai thực hiện Đề án này"): the plan's funding, an input, no indicator it commits to reach.
OWN_FUNDING_AFTER = matched_in_place(
    r"[^\S\n]*(?:để[^\S\n]+|cho[^\S\n]+)?(?:(?:tổ[^\S\n]+chức|triển[^\S\n]+khai)[^\S\n]+)?thực[^\S\n]+hiện[^\S\n]+"
    r"(?i:kế[^\S\n]+hoạch|đề[^\S\n]+án|chương[^\S\n]+trình)(?:[^\S\n]+này)?(?![^\S\n]*\p{L})")
# The same funding as a label before its amount: "Tổng kinh phí thực hiện Kế hoạch: 3.450 triệu đồng", "Kinh phí
# triển khai thực hiện Đề án dự kiến khoảng 1,2 tỷ đồng", "Kinh phí thực hiện Kế hoạch năm 2025 là 650 triệu đồng", "Kinh
# phí dự kiến để thực hiện Kế hoạch là 3.500 triệu đồng" ("dự kiến" before or after "thực hiện").
# The words that name it: "(Tổng) kinh phí / nguồn kinh phí / dự toán (dự kiến) (để) (tổ chức/triển khai) thực hiện Kế hoạch /
# Đề án / Chương trình".
# …and the capital a plan of public investment is allotted ("Tổng kế hoạch vốn đầu tư công năm 2026 được giao là 9.120,5 tỷ
# đồng, gồm: …"; Luật Đầu tư công 2024: the plan of capital is allotted by the council and the committee): what it has to
# spend, given to it, not a level it commits to reach (the share of it disbursed is).
# …and "tổng kinh phí dự kiến" alone, what the plan's work is estimated to cost wherever the sentence stands ("7. Sở Tài chính
# chủ trì tham mưu bố trí kinh phí. Tổng kinh phí dự kiến 86,5 tỷ đồng, trong đó ngân sách tỉnh 45 tỷ đồng, …"): an estimate
# of cost is an input, never a level to reach (s30a; money to raise stays a target: MOBILISED).
# …and the same funding named by its capital ("Tổng nhu cầu vốn thực hiện Kế hoạch dự kiến khoảng 1.450 tỷ đồng, trong đó
# vốn ngân sách trung ương …", "Tổng vốn đầu tư thực hiện Đề án …", "Nguồn vốn thực hiện Chương trình …": vốn, nguồn vốn,
# nhu cầu vốn of Luật Đầu tư công 2024, what the plan needs to spend; s33d).
_OWN_FUNDING = (r"(?<![\p{L}\p{M}])(?:tổng[^\S\n]+)?(?:(?:kinh[^\S\n]+phí|nguồn[^\S\n]+kinh[^\S\n]+phí|dự[^\S\n]+toán"
                r"|(?:nhu[^\S\n]+cầu[^\S\n]+|nguồn[^\S\n]+)?vốn(?:[^\S\n]+đầu[^\S\n]+tư)?|nhu[^\S\n]+cầu[^\S\n]+kinh[^\S\n]+phí)[^\S\n]+(?:dự[^\S\n]+kiến[^\S\n]+)?(?:để[^\S\n]+)?"
                r"(?:(?:tổ[^\S\n]+chức|triển[^\S\n]+khai)[^\S\n]+)?thực[^\S\n]+hiện[^\S\n]+(?:kế[^\S\n]+hoạch|đề[^\S\n]+án|chương[^\S\n]+trình)"
                r"|kế[^\S\n]+hoạch[^\S\n]+vốn(?:[^\S\n]+đầu[^\S\n]+tư(?:[^\S\n]+công)?)?(?:[^\S\n]+năm[^\S\n]+20\d\d)?[^\S\n]+(?:được[^\S\n]+|đã[^\S\n]+)?"
                r"(?:giao|phân[^\S\n]+bổ|bố[^\S\n]+trí)"
                # (w20c: a task's estimated funds without "tổng", "Đầu tư 1.200 bộ đèn LED …; kinh phí dự kiến 9,6 tỷ đồng": what
                # the work costs, an input of the plan as its total is; w20b: "Tổng kinh phí thực hiện dự kiến 1.286 tỷ đồng": the
                # plan's cost with "thực hiện" and no object; "tổng" is the optional opener above)
                r"|kinh[^\S\n]+phí[^\S\n]+(?:thực[^\S\n]+hiện[^\S\n]+)?dự[^\S\n]+kiến"
                # (w21a: a task's funds named with their sources before the estimate, "Kinh phí lắp đặt từ nguồn xã hội hóa và ngân
                # sách phường, dự kiến 350 triệu đồng": an input as well; not money to raise, "huy động kinh phí …, dự kiến …")
                r"|(?<!(?:động|hút|gọi)[^\S\n]+)kinh[^\S\n]+phí[^\S\n]+[^\d\n.;:]{1,80}?,[^\S\n]*dự[^\S\n]+kiến)")
OWN_FUNDING_BEFORE = regex.compile(
    r"(?i:" + _OWN_FUNDING + r"(?:[^\S\n]+này)?(?:[^\S\n]+(?:năm[^\S\n]+20\d\d|giai[^\S\n]+đoạn[^\S\n]+20\d\d[^\S\n]*[-–][^\S\n]*20\d\d))?"
    r"[^\S\n]*(?:(?:là|:|dự[^\S\n]+kiến|khoảng|ước(?:[^\S\n]+tính)?|tối[^\S\n]+đa)[^\S\n]*)*$)")
# The plan's funding as the head of a sentence whose later amounts are its parts ("Tổng kinh phí thực hiện Kế hoạch dự kiến
# 48,6 tỷ đồng, trong đó ngân sách tỉnh 41,2 tỷ đồng, …", "Tổng kinh phí thực hiện Kế hoạch 35,8 tỷ đồng, gồm: ngân sách
# trung ương 12,4 tỷ đồng; …"): the parts are the plan's funding too. Under a heading that says the section is about the
# plan's funding ("V. KINH PHÍ THỰC HIỆN"), "tổng kinh phí" alone names it ("…; tổng kinh phí dự kiến 14,2 tỷ đồng").
OWN_FUNDING_HEAD = regex.compile(r"(?i:" + _OWN_FUNDING + r"(?![\p{L}\p{M}]))")
# The year or span of years such funding is for, between its head and its amount ("Tổng kinh phí dự kiến thực hiện Kế
# hoạch giai đoạn 2026 - 2030 là 186 tỷ đồng", "tổng kinh phí năm 2025 khoảng 86,5 tỷ đồng"): no amount of its own.
FUNDING_YEARS = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:năm|giai\s+đoạn|thời\s+kỳ)\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d))")
# A list of that funding's parts in brackets after its amount ("…: 12 tỷ đồng (ngân sách tỉnh 10 tỷ đồng, xã hội hóa 2 tỷ
# đồng)"), as after "trong đó" / "gồm".
FUNDING_PARTS_BRACKET = regex.compile(r"\d[^()\n]*\(")
# A document's number between the funding's head and its amount ("theo Nghị quyết số 18/2025/NQ-HĐND, dự kiến …",
# "28-NQ/TW"): no amount of its own.
DOCUMENT_CODE = regex.compile(r"(?<![\p{L}\p{M}\d])\d{1,5}(?:/\d{4})?[/-](?:\p{Lu}|Đ)[\p{L}\p{M}\d\-/]*")
# The heading of the part that sets out the plan's funding: "V. KINH PHÍ THỰC HIỆN", "III. DỰ TOÁN KINH PHÍ THỰC HIỆN:",
# "IV. DỰ TOÁN KINH PHÍ", "Nguồn kinh phí" (a budget estimate, dự toán kinh phí, is what the plan's own activities will
# cost; not "Dự toán" alone, a budget resolution's part on the province's revenue and spending).
FUNDING_HEADING = regex.compile(
    r"(?i:^\W*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])?[.)]?\s*(?:dự\s+toán\s+kinh\s+phí|(?:nguồn\s+)?kinh\s+phí)(?:\s+(?:thực\s+hiện|và\s+nguồn\s+lực))?"
    r"(?:\s+(?:kế\s+hoạch|đề\s+án|chương\s+trình)(?:\s+này)?)?\W*$)")
# A budget that sets an amount aside ("Ngân sách tỉnh bố trí 300 tỷ đồng cho các doanh nghiệp … vay không lãi suất",
# "ngân sách xã dành 50 triệu đồng …"): the funding it gives, an input of the plan (as OWN_FUNDING_BEFORE), whatever the money
# is for; the budgets of Luật Ngân sách nhà nước 2025 (ngân sách trung ương, địa phương, and a level's own).
BUDGET_SETS_ASIDE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])ngân[^\S\n]+sách(?:[^\S\n]+(?:nhà[^\S\n]+nước|trung[^\S\n]+ương|địa[^\S\n]+phương|tỉnh|huyện|xã|phường"
    r"|thành[^\S\n]+phố|cấp[^\S\n]+(?:tỉnh|huyện|xã)))*(?:[^\S\n]+(?:năm[^\S\n]+20\d\d|sẽ|dự[^\S\n]+kiến))*"
    r"[^\S\n]+(?:bố[^\S\n]+trí|phân[^\S\n]+bổ|cấp|dành|chi)(?:[^\S\n]+(?:khoảng|tối[^\S\n]+đa|dự[^\S\n]+kiến|là))*[^\S\n]*$)")
# …and funds allotted by name, whatever the work they are for ("tham mưu bố trí kinh phí bảo đảm cho công tác giáo dục quốc phòng
# và an ninh năm 2026 là 3,2 tỷ đồng từ ngân sách tỉnh", "phân bổ kinh phí … khoảng 500 triệu đồng"): an input, as the
# plan's own funding (s29b).
FUNDS_ALLOTTED = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:bố[^\S\n]+trí|phân[^\S\n]+bổ|cấp|dành)[^\S\n]+(?:nguồn[^\S\n]+)?kinh[^\S\n]+phí(?![\p{L}\p{M}])"
    r"[^.;:\n]{0,150}?[^\S\n](?:là|khoảng|dự[^\S\n]+kiến|tối[^\S\n]+đa)(?:[^\S\n]+(?:là|khoảng))?[^\S\n]*$)")
# w22a: what one of the plan's works costs, the sentence's subject ("b) Kinh phí lắp đặt camera dự kiến 360 triệu đồng từ nguồn
# xã hội hóa", "Kinh phí tổ chức Hội thi ước tính 120 triệu đồng"): an input, as the plan's own funding is (a task's cost
# is no target, spec EXTRACTION.md), whatever the work it names.
TASK_COST_BEFORE = regex.compile(
    r"(?i:(?:^|(?<=[\n;:]))[^\S\n]*(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.|[-+•])?[^\S\n]*(?:tổng[^\S\n]+)?kinh[^\S\n]+phí(?![\p{L}\p{M}])"
    r"[^.;:\n\d]{0,120}?[^\S\n](?:dự[^\S\n]+kiến|ước[^\S\n]+tính)(?:[^\S\n]+(?:là|khoảng))?[^\S\n]*$)")
# Who bears a share of a cost (Luật Ngân sách nhà nước 2025: hỗ trợ, đối ứng; the parents' contribution to school milk and
# meals, Nghị định 66/2025/NĐ-CP): "hỗ trợ 70% giá sữa", "cha mẹ trẻ đóng góp 30%", "ngân sách xã đối ứng 20%" (s27a).
COST_SHARED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:đóng[^\S\n]+góp|hỗ[^\S\n]+trợ|chi[^\S\n]+trả|đối[^\S\n]+ứng|chịu)"
                            r"(?:[^\S\n]+(?:khoảng|tối[^\S\n]+đa|tối[^\S\n]+thiểu|ít[^\S\n]+nhất))?[^\S\n]*$)")
# The staff of an organisation, counted together when listed after one number ("45 cán bộ quản lý, giáo viên, nhân viên",
# "1.200 cán bộ, giáo viên"): the categories of Luật Cán bộ, công chức 2025, Luật Viên chức, and the education statistics'
# "cán bộ quản lý, giáo viên, nhân viên" (Hệ thống chỉ tiêu thống kê ngành Giáo dục); one unit, as "cán bộ, công chức" (s27a).
STAFF_UNITS = frozenset({"cán bộ", "cán bộ quản lý", "giáo viên", "giảng viên", "nhân viên", "công chức", "viên chức",
                         "cán bộ, công chức", "công chức, viên chức", "cán bộ, công chức, viên chức"})
# A second kind of thing after a count's noun and a comma, the words that name them going on after it ("24 chuyên mục,
# phóng sự mỗi năm về …", "05 hội nghị, hội thảo về …"): one count of both kinds (the unit the first noun), whose name is
# what follows, not the words before the number (the gold reads "hội nghị, hội thảo" as "hội nghị", s27d). Not a second
# count ("20.000 tờ rơi, 500 áp phích"), nor a pair the units list names whole ("xã, phường", "tin, bài").
PAIRED_NOUN = matched_in_place(r"[^\S\n]*,[^\S\n]*(?P<noun>\p{Ll}[\p{L}\p{M}]*(?:[^\S\n]+\p{Ll}[\p{L}\p{M}]*)?)(?=[^\S\n]+\p{Ll})")
STAFF_LIST_ITEM = matched_in_place(rf"[^\S\n]*,[^\S\n]*(?P<unit>{UNIT_WORD})(?![\p{{L}}\p{{M}}\d])")
# A commitment to raise or spend an amount ("Phấn đấu thu hút đầu tư xã hội đạt 1.200 tỷ đồng để thực hiện Đề án", "Huy
# động 2.500 tỷ đồng thực hiện Chương trình"): the amount is the target, whatever it is for. Not "huy động" naming a source
# of the plan's funding among its parts (w20d: "…, trong đó ngân sách tỉnh 850 tỷ đồng, vốn lồng ghép và huy động hợp pháp
# khác 2.800 tỷ đồng", "nguồn huy động hợp pháp khác": the "nguồn hợp pháp khác" of Luật Ngân sách nhà nước 2015, Điều 5,
# and of the national target programmes' funding, raised by no one the plan commits).
MOBILISED = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:phấn\s+đấu|đạt|huy\s+động(?!\s+(?:hợp\s+pháp|khác)(?![\p{L}\p{M}]))|thu\s+hút|giải\s+ngân|vận\s+động|kêu\s+gọi)(?![\p{L}\p{M}]))")
# An indicator in another language (a translation printed beside the text): no Vietnamese letter in it.
VIETNAMESE_LETTER = regex.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", regex.IGNORECASE)
# (s32c: the words of the number's own table cell: a tab or a bar closes them, "… in 20.000 tờ rơi⇥Phòng Tham mưu⇥…" is no
# "tờ rơi Phòng")
COUNT_WINDOW = regex.compile(r"[^\S\n\t]+\n?[^\S\n\t]*([^\n;.:()\t|]{1,60})|[^\S\n\t]*\n[^\S\n\t]*([^\n;.:()\t|]{1,60})")
# "giảm từ 23 … xuống 18 …": the value before is where the indicator stands now; a bound may qualify the level
# reached ("từ 14 điểm xuống còn không quá 06 điểm", "từ 30% lên trên 45%").
FROM_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])từ)\s*$")
FROM_TO = regex.compile(r"\s*(?:xuống|lên)(?:\s+(?:còn|mức))?"
                        rf"(?:\s+(?P<bound>{_alternation([w for w, v in COMPARATOR_BEFORE.items() if v != 'eq'])}))?\s*")
# The part of a plan that states its own time ("2. Thời gian thi đua", "Thời gian thực hiện: …").
TIMELINE = regex.compile(r"(?im)^[^\n\p{L}]{0,12}thời\s+gian\s+(?:thực\s+hiện|thi\s+đua|triển\s+khai|tổ\s+chức)")
TIMELINE_YEAR = regex.compile(r"(?:năm\s+|/)(20\d\d)(?!\d)")
# Bullet levels: "+" lines sit under "-" lines.
BULLET_RANK = {"-": 1, "•": 1, "*": 1, "+": 2}
# Prepositions that open a qualifier of a value, not the name of what it counts ("… tỷ đồng từ các nguồn").
QUALIFIER_OPENERS = {"từ", "cho", "của", "tại", "trong", "với", "để", "theo", "so", "vào", "ở", "đến", "gửi", "sau", "trước", "bằng", "do",
                     "kể"}  # s29e: "kể từ khi được cảnh báo", the event a time counts from
# A part of the plan that reports where things stand ("I. THỰC TRẠNG …", "1. Kết quả thực hiện …", "I. KẾT QUẢ SẢN XUẤT
# NÔNG NGHIỆP NĂM 2026", "Kết quả công tác năm 2025", "Kết quả năm 2025", "Kết quả giai đoạn 2021 - 2025", a school year's
# "Kết quả năm học 2025 - 2026" as every education plan opens (s32c): "Kết quả" and the
# work done, a year or a span of years; not "Kết quả" alone nor "Kết quả, sản phẩm"): its figures are baselines and
# results, not targets. Not the results a plan expects,
# "Kết quả" and any other word ("Kết quả cần đạt", "Kết quả chủ yếu", "Kết quả mục tiêu năm 2027", "Kết quả đầu ra"), nor a
# heading that says they are expected anywhere in it ("KẾT QUẢ VÀ SẢN PHẨM DỰ KIẾN", "Kết quả thực hiện dự kiến").
BASELINE_HEADING = regex.compile(
    r"(?i:^\W*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])?\W*\s*(?:thực\s+trạng|tình\s+hình|hiện\s+trạng|bối\s+cảnh"
    # w22c: the situation a school or a public service unit opens its plan with ("I. ĐẶC ĐIỂM TÌNH HÌNH", "1. Đặc điểm chung":
    # its classes, pupils, staff and last year's results)
    r"|đặc\s+điểm(?:\s*,)?\s+(?:tình\s+hình|chung|nhà\s+trường|đơn\s+vị|địa\s+phương)"
    r"|kết\s+quả\s+(?![^\n]*?(?<![\p{L}\p{M}])(?:dự\s+kiến|cần\s+đạt|phải\s+đạt|mong\s+đợi|phấn\s+đấu|hướng\s+tới)(?![\p{L}\p{M}]))"
    # (w21c: and the budget's collection and spending, "II. KẾT QUẢ THU NGÂN SÁCH NĂM 2026", "Kết quả thu, chi ngân sách năm
    # 2026", "Kết quả thu nội địa": the figures a budget or tax plan reports before its own, as "giải ngân" is for investment)
    r"(?:thực\s+hiện|đạt\s+được|triển\s+khai|công\s+tác|sản\s+xuất|hoạt\s+động|kinh\s+doanh|giải\s+ngân|năm\s+(?:học\s+)?20\d\d"
    r"|thu(?:\s*,\s*chi)?\s+(?:ngân\s+sách|nội\s+địa)|chi\s+ngân\s+sách"
    r"|(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+20\d\d)"
    # w23d: or "Kết quả" and the event or activity it reports, then its year, the heading a yearly event's plan opens with
    # before this year's ("1. Kết quả Tuần lễ năm 2026", "Kết quả tổ chức Lễ hội Đền Hùng năm 2026", "Kết quả Hội thi lần thứ IX
    # năm 2026"): last year's figures; a few words, none a plan's ("Kết quả mục tiêu năm 2027", "Kết quả và chỉ tiêu năm 2027")
    r"|kết\s+quả\s+(?:(?!(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|dự\s+kiến|cần\s+đạt|phải\s+đạt|và|phấn\s+đấu)(?![\p{L}\p{M}]))"
    r"[\p{L}\p{M}]+[^\S\n]+){1,6}?năm\s+20\d\d[^\S\n]*$"
    r"|đánh\s+giá\s+(?:kết\s+quả|tình\s+hình|thực\s+trạng))(?![\p{L}\p{M}]))")
# "8,1 triệu lượt khách, đạt 101,3% kế hoạch": a figure measured against the plan is a result.
AGAINST_PLAN = regex.compile(r"(?i:[^\S\n]*,[^\S\n]*(?:\(\s*)?(?:đạt|bằng|vượt)\s+\d+(?:,\d+)?\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|dự\s+toán|chỉ\s+tiêu|cùng\s+kỳ))")
# w22b: ... unless the sentence pledges the figure ("Chi cục phấn đấu thu ngân sách nhà nước năm 2027 đạt tối thiểu 15.600 tỷ
# đồng, vượt 4% dự toán được giao"): the margin over the estimate a revenue plan strives for (the yearly revenue plans of the
# tax and customs offices, Luật Ngân sách nhà nước 2015, Điều 4: dự toán ngân sách; "phấn đấu thu vượt dự toán"), a
# target with its figure; the pledge verb only, not a target noun ("Chỉ tiêu thu năm 2026 đạt …, bằng 103% dự toán" reports)
PLEDGED_AGAINST_PLAN = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:phấn\s+đấu|quyết\s+tâm)(?![\p{L}\p{M}]))")
# The parts of a value: in brackets, or after "trong đó" up to the end of the sentence (a dot between digits
# groups thousands, "thu nội địa 14.300 tỷ đồng", and ends nothing).
# A list opened by "gồm:", "bao gồm:", "chia ra:" runs over its semicolons to the sentence's end ("81,80 ha, gồm: đất nông
# nghiệp 76,55 ha; đất phi nông nghiệp 5,25 ha.").
# (s33d: not a bracket that reports a figure, "(năm 2026 ước đạt 38,6 tỷ đồng)", "(đã đạt …)": the estimate beside a target
# is no part of it; the parts after "trong đó" may follow it: "… đạt 42 tỷ đồng (năm 2026 ước đạt 38,6 tỷ đồng), trong đó thu
# cân đối ngân sách xã 9,5 tỷ đồng")
BREAKDOWN = regex.compile(r"\s*\((?![^()\n]{0,25}?(?<![\p{L}\p{M}])(?i:ước|đã)(?![\p{L}\p{M}]))(?P<parts>[^()]{3,400})\)"
                          r"|(?:[^,;.\n()]{0,80}?|[^\d;.\n()]{0,80}?)(?:[^\S\n]*\([^()\n]{1,80}\))?"
                          # w21c: the parent's change said before its parts ("đạt 28.150 tỷ đồng, tăng 13,3% so với ước thực hiện
                          # năm 2026; trong đó thu ngoài tiền sử dụng đất … 19.600 tỷ đồng"): the parts are the value's, not the rate's
                          r"(?:[^\S\n]*,[^\S\n]*(?i:tăng|giảm)[^\S\n]+(?:(?i:khoảng|trên|ít\s+nhất|tối\s+thiểu)[^\S\n]+)?\d+(?:,\d+)?[^\S\n]*%"
                          r"(?:[^\S\n]+(?i:so\s+với)[^;.\n]{0,60}?)?(?=[^\S\n]*[,;]))?"
                          r"[^\S\n]*[,;]?[^\S\n]*(?i:trong\s+đó)\s*[:,]?(?P<parts>(?:[^;.\n]|(?<=\d)\.(?=\d)){3,300}?)(?=[;.]\s|[;.]?$|\n)"
                          r"|[^\S\n]*,?[^\S\n]*(?i:(?:bao\s+)?gồm|chia\s+ra)[^\S\n]*:(?P<parts>(?:[^.\n]|(?<=\d)\.(?=\d)){3,300}?)(?=\.\s|\.?$|\n)"
                          # w23c: "gồm" with no colon right after the value's comma, its parts in the clause ("… là 12.000 tỷ
                          # đồng, gồm vốn ngân sách trung ương 4.350 tỷ đồng và vốn ngân sách địa phương 7.650 tỷ đồng")
                          r"|[^\S\n]*,[^\S\n]*(?i:(?:bao\s+)?gồm)(?![^\S\n]*:)[^\S\n]+(?P<parts>(?:[^;.\n]|(?<=\d)\.(?=\d)){3,300}?)(?=[;.]\s|[;.]?$|\n)", regex.MULTILINE)
# s33b: the items of a list that a line ending in "trong đó:" opens, one a line under it ("- Số người … giảm ít nhất 10%
# so với năm 2022, trong đó:⏎+ lĩnh vực giáo dục và đào tạo giảm tối thiểu 5%;⏎+ lĩnh vực y tế giảm tối thiểu 7%"): each
# item's mark at its line's start, on every item up to the opener's line the same bullet, or a letter and its bracket
# ("a)", "b)").
ITEM_MARK_LINE = regex.compile(r"[^\S\n]*(?P<mark>[-+•–]|[a-zđ]\))[^\S\n]+")
LIST_LINE_OPENER = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:trong\s+đó|bao\s+gồm|gồm\s+có|gồm|chia\s+ra))[^\S\n]*:[^\S\n]*$")
# (s25f: the parent's noun may list kinds with commas, no number among them: "2.400 vụ vi phạm về buôn lậu, gian lận
# thương mại và hàng giả, trong đó: lực lượng Quản lý thị trường 1.100 vụ, …")
# A part of a breakdown named without a colon, right before its value, after the comma that ends the part
# before it ("trong đó thu nội địa 14.300 tỷ đồng, thu từ hoạt động xuất nhập khẩu 6.700 tỷ đồng"): words only,
# no number, up to eight of them.
PART_NAME = regex.compile(r"(?:^|[,;(])[^\S\n]*(?P<name>\p{L}[^\d,;:()\n]{1,60}?)[^\S\n]*$")
PART_NAME_WORDS = 8
# A part's name after its value and unit, up to the comma or "và" before the next part or the breakdown's end
# ("trong đó 40 dự án FDI và 50 dự án đầu tư trong nước"); not a comparator or a number.
PART_NAME_AFTER = regex.compile(
    r"[^\S\n]+(?P<name>\p{L}[^\d,;:()\n]{0,60}?)[^\S\n]*(?:[,;]|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}])|\Z)")
# Words before an amount or a count that end in the goal itself, not its name ("… bảo đảm mục tiêu đạt 1.200 công trình xây dựng
# xanh", "hoàn thành chỉ tiêu 25 thanh niên nhập ngũ"): what the value counts is named after it; not "X với mục tiêu
# đạt …" (X is the name).
GOAL_TAIL = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?<!với\s)(?:mục\s+tiêu|chỉ\s+tiêu)(?:\s+(?:là|đề\s+ra|đặt\s+ra|được\s+giao))?\s*$)")
# A number joined to another by an operator: "0,54+3,9", "5x0,32", "2 x 250 MVA", "3,9⏎+40 km" (a sum going on at a
# line's start), "2x2, 5 km" (a decimal comma a crawl split). A bullet "+" opening a line before a value ("⏎+ 100% xã")
# is no operator: at a line's start only a "+" right against its number is one.
EXPRESSION_BEFORE = regex.compile(r"(?:\d[^\S\n]*[+×*][^\S\n]*|\d\n[+×*]|\d[^\S\n]*[xX×][^\S\n]*)(?:\d{1,3},[^\S\n])?$")
EXPRESSION_AFTER = regex.compile(r"\d[\d.,]*[^\S\n]*(?:[+×*]|[xX×](?=[^\S\n]*\d))[^\S\n]*\d")
# What follows the one part of a breakdown, when its name goes on after the value ("trong đó đưa 7.000 lao động đi
# làm việc ở nước ngoài"): a few words up to the clause's end; and the link words a name opens or ends with ("có").
PART_REST = regex.compile(r"[^\S\n]+(?P<rest>\p{L}[^\d,;:()\n]{1,60}?)[^\S\n]*(?=[,;:()]|$)")
# (a share of the whole that reaches a level or is granted something is a part too: "100% trường phổ thông có thư viện đạt tiêu
# chuẩn, trong đó ít nhất 40% đạt mức độ 2", "…, trong đó 50% được vay vốn")
PART_HEAD_LINK = regex.compile(r"^(?i:có|là|đạt|được)(?![\p{L}\p{M}])\s*")
PART_TAIL_LINK = regex.compile(r"\s+(?i:có|là|đạt|chiếm)$")
# "từ nguồn tăng thu, tiết kiệm chi ngân sách nhà nước năm 2024": the year of a funding source, not the target's.
FUNDING_YEAR = regex.compile(r"(?i:(?<![\p{L}\p{M}])từ\s+(?:các\s+)?nguồn[^;.\n]{0,80}?năm\s+20\d\d)")
# An unnumbered title or table caption in capitals ("CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030"): words, two at least (a
# space between letters); not a document's code a hard wrap leaves alone on its line ("quy chuẩn QCVN⏎01-1:2024/BYT.",
# "Thông tư số⏎15/2025/TT-BYT.": its year dates the document cited, s28a).
CAPS_TITLE = regex.compile(r"(?m)^[^\S\n]*(?=[^\n]*\p{Lu}[^\n]*\p{Lu}[^\n]*\p{Lu})(?=[^\n]*\p{L}[^\S\n]+\p{L})[^\p{Ll}\n]{12,200}$")
# "Đơn vị: 10 m", "Đơn vị tính: tấn": the unit a table or norm is stated in, not a value.
UNIT_SPEC = regex.compile(r"(?i:(?<![\p{L}\p{M}])đơn\s+vị(?:\s+tính)?\s*:\s*$)")

# A growth rate named only by its kind ("tốc độ tăng bình quân", "tăng bình quân hàng năm trong giai đoạn này")
# after another value of the same clause: it is the rate of that value's indicator.
# (s36e: and the level a rise reaches with its bound, "tăng thêm 20% so với năm 2025, đạt tối thiểu 65%", as "đạt trên 65%":
# the bound's words, _LEVEL_BOUND, here and in RATE_LINK_TAIL)
_LEVEL_BOUND = r"ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+quá"
# The unit of a rate's change in percentage points ("tăng 2,6 điểm phần trăm so với năm 2025", units.tsv): a rate, as "%" is,
# never a count of what it names (w20b); RATE_UNITS, what a rate's unit opens with.
PERCENTAGE_POINTS = "điểm phần trăm"
RATE_UNITS = ("%", "‰", PERCENTAGE_POINTS)
RATE_OF_PREVIOUS = regex.compile(
    r"(?i:(?:tốc\s+độ|tăng|giảm|bằng|vượt|trưởng|bình\s+quân|(?:hằng|hàng|mỗi)\s+năm|trong|giai\s+đoạn|thời\s+kỳ|này|đó|đạt|khoảng|từ|trên|dưới|là"
    r"|" + _LEVEL_BOUND + r"|[\s,:;])+)")
# w22b: what a rate after a value is measured against and nothing else: the estimate or plan it exceeds ("… đạt tối thiểu
# 15.600 tỷ đồng, vượt 4% dự toán được giao") or the figure of an earlier year ("…, tăng 9,6% so với số thu năm 2026"): the
# baseline, no name of its own; the rate is the value's before it (`extract`, rule_rate_of_previous)
BASELINE_NAME_ONLY = regex.compile(r"(?i:(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch)(?:\s+(?:được\s+)?(?:[\p{L}\p{M}]+\s+){0,4}?giao)?"
                                   r"(?:\s+năm\s+20\d\d)?|so\s+với\s+(?:[\p{L}\p{M}]+\s+){1,4}năm\s+20\d\d)")
# The words between a level and a change of it in the same unit ("… đạt 27.500 người, tăng 3.200 người so với năm 2024").
CHANGE_OF_PREVIOUS = regex.compile(r"(?i:[^\S\n]*[,;][^\S\n]*(?:tăng|giảm)(?:[^\S\n]+thêm)?[^\S\n]*)")
# The words between a value and the rank of its indicator ("… đạt từ 86% trở lên, tăng ít nhất 05 bậc", "… đạt 87 điểm,
# nằm trong nhóm 15 tỉnh, thành phố dẫn đầu"): ranks of the provincial indices (PCI, PAPI, PAR INDEX, SIPAS, DTI) are
# published as places among the provinces, moved by steps ("bậc") or named as a leading group ("nhóm … dẫn đầu").
RANK_OF_PREVIOUS = regex.compile(r"(?i:(?:[^\S\n]*trở[^\S\n]+(?:lên|xuống))?[^\S\n]*[,;][^\S\n]*(?:(?:và[^\S\n]+)?(?:phấn[^\S\n]+đấu[^\S\n]+)?"
                              r"(?:(?P<steps>(?:tăng|nâng|cải[^\S\n]+thiện)(?:[^\S\n]+(?:hạng|thêm))?(?:[^\S\n]+(?:ít[^\S\n]+nhất|tối[^\S\n]+thiểu|từ))?)"
                              r"|(?:xếp[^\S\n]+hạng[^\S\n]+)?(?:thuộc|nằm[^\S\n]+trong|trong|vào)[^\S\n]+(?:nhóm|top))[^\S\n]*))")
# …a leading group is named so after its size ("nhóm 15 tỉnh, thành phố dẫn đầu (cả nước)", "top 10 địa phương đứng đầu").
LEADING_GROUP = regex.compile(r"[^,;.\n]{0,40}?(?<![\p{L}\p{M}])(?i:dẫn\s+đầu|đứng\s+đầu|cao\s+nhất|tốt\s+nhất)(?![\p{L}\p{M}])")
# The words between a value and a multiple of it against a baseline ("… đạt 12.000 tỷ đồng, gấp 2,5 lần năm 2025",
# "…, tăng gấp 2 lần so với năm 2020").
MULTIPLE_LINK = regex.compile(r"(?i:[\s,;]*(?:và\s+)?(?:(?:tăng\s+)?(?:gấp|bằng)|tăng)\s*)")
# A label that is only the baseline of the changes after it ("… so với năm 2024: giảm từ 5 - 10% số vụ, …"): it names
# no indicator.
BASELINE_ONLY = regex.compile(r"(?i:so\s+(?:với\s+)?(?:cùng\s+kỳ|năm|dự\s+toán|kế\s+hoạch|thực\s+hiện|kỳ|đầu\s+kỳ)"
                              r"(?:\s+(?:năm|trước|liền\s+kề|gốc|cùng\s+kỳ|20\d\d(?:\s*[-–]\s*20\d\d)?))*)")
# The baseline a change is measured against, after its value ("tăng 8% so với dự toán năm 2025", "so cùng kỳ").
# (an occasion's: "tăng 8% so với dịp Tết Ất Tỵ năm 2025", "so với Tết Nguyên đán 2025", as the supply plans for Tết compare)
AGAINST_BASELINE = regex.compile(r"(?i:so\s+(?:với\s+)?(?:cùng\s+kỳ|năm|dự\s+toán|kế\s+hoạch|thực\s+hiện|ước|mức|giai\s+đoạn|thời\s+kỳ|kỳ|đầu\s+kỳ|trung\s+bình|bình\s+quân|hiện\s+nay|hiện\s+tại"
                              r"|dịp|tết)(?![\p{L}\p{M}]))")
# The same baseline where the words after a value name what it counts ("Giảm 20% lượng phân bón hóa học so với năm
# 2025", "Tăng 10% số doanh nghiệp hoạt động so với năm 2025"): the name ends before it.
CHANGE_IN_NAME = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tăng|giảm|chênh\s+lệch)(?![\p{L}\p{M}]))")
BASELINE_AFTER_NAME = regex.compile(r"[^\S\n]*,?[^\S\n]*(?<![\p{L}\p{M}])" + AGAINST_BASELINE.pattern)
RATE_LINK_TAIL = regex.compile(r"(?i:[\s,:]*(?:đạt|là|khoảng|từ|trên|dưới|" + _LEVEL_BOUND + r"|:)"
                            r"|\s+trong\s+(?:giai\s+đoạn|thời\s+kỳ)\s+(?:này|đó))+$")
# A range or a span of years broken by a hard line wrap before its dash ("tốc độ tăng bình quân 05\n- 06%/năm",
# "Trong giai đoạn 2026\n- 2030 phấn đấu …"): the line break is read as a space.
WRAPPED_RANGE = regex.compile(
    r"(?=[^\S\n]*\n[^\S\n]*[-–])"  # what every match is (a line break before a dash): the scan skips other positions
    r"(?i:(?<=(?:giai\s+đoạn|thời\s+kỳ|từ)\s+20\d\d)[^\S\n]*\n[^\S\n]*(?=[-–][^\S\n]*20\d\d(?!\d))"
    r"|(?<=(?:bình\s+quân|khoảng|đạt|tăng|giảm|trên|dưới|từ)\s+\d{1,3}(?:,\d+)?)[^\S\n]*\n[^\S\n]*(?=[-–][^\S\n]*\d{1,3}(?:,\d+)?[^\S\n]*%))")
# where a WRAPPED_RANGE can be: a line break before a dash (a literal-first pattern, found fast), its match opening
# at the first of the spaces before the break (what comes before a match is a figure, not a space)
BREAK_BEFORE_DASH = regex.compile(r"\n[^\S\n]*[-–]")
SPACES_BEFORE = regex.compile(r"(?r)[^\S\n]*")
# A count per item of something else ("01 mẫu/vị trí", "50 người/lớp x 02 lớp", "02 ngày làm việc/01 đơn vị"):
# a norm of how the work is done, not a target; a count per period ("01 tin, bài/quý", "2 lần/tháng") is one.
PER_ITEM = matched_in_place(
    r"[^\S\n]*/[^\S\n]*(?:0?1[^\S\n]*)?(?!(?:năm|quý|tháng|tuần|ngày|kỳ|đợt|buổi|lần)(?![\p{L}\p{M}]))[\p{L}\p{M}]")
# Titles of documents that set rules rather than plan: administrative procedures and their simplification,
# spending norms and levels, fees, fines, interest rates, internal rules and criteria, lists of communes.
RULES_TITLE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:thủ\s+tục\s+hành\s+chính|mức\s+chi|định\s+mức|lệ\s+phí|học\s+phí|phí\s+(?:tham\s+quan|sử\s+dụng|bảo\s+vệ|thẩm\s+định)"
    r"|mức\s+(?:tiền\s+)?phạt|lãi\s+suất|quy\s+trình|quy\s+chế|tiêu\s+chí\s+đánh\s+giá|chức\s+năng,?\s+nhiệm\s+vụ|sắp\s+xếp\s+(?:các\s+)?đơn\s+vị\s+hành\s+chính"
    r"|xã,?\s+phường\s+miền\s+núi|bảng\s+giá|giá\s+(?:đất|dịch\s+vụ|cụ\s+thể)"
    # allocations of the budget: "bổ sung có mục tiêu từ ngân sách trung ương", "phân bổ vốn ngân sách trung ương", "giao dự toán"
    r"|bổ\s+sung\s+có\s+mục\s+tiêu|phân\s+bổ\s+(?:vốn|kinh\s+phí|dự\s+toán|ngân\s+sách|nguồn)|(?:giao|bổ\s+sung|điều\s+chỉnh)\s+dự\s+toán"
    r"|bổ\s+sung\s+kinh\s+phí)(?![\p{L}\p{M}]))")
# A title that issues rules: the decision or resolution "quy định …" / "ban hành Quy định …" ("Nghị quyết QUY ĐỊNH VIỆC
# XỬ LÝ CÁC CƠ SỞ …", "Quyết định BAN HÀNH QUY ĐỊNH VỀ TIÊU CHÍ …", "Nghị quyết VỀ VIỆC QUY ĐỊNH NỘI DUNG CHI …").
RULES_ISSUED_TITLE = regex.compile(
    r"(?i:^(?:nghị\s+quyết|quyết\s+định)\s+(?:về\s+việc\s+)?(?:ban\s+hành\s+)?quy\s+định(?![\p{L}\p{M}]))")
# A title that names a plan (its figures are targets even when it also names procedures or norms).
PLAN_TITLE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:kế\s+hoạch|chương\s+trình\s+hành\s+động|đề\s+án|chiến\s+lược|quy\s+hoạch)(?![\p{L}\p{M}]))")
# A directive (Chỉ thị, Công điện: forms of Luật Ban hành VBQPPL 2025 and NĐ 30/2020/NĐ-CP) orders work to be
# done: a rules subject in its title ("Chỉ thị về tăng cường cải cách thủ tục hành chính …") does not make it a
# rules document ("cắt giảm tối thiểu 30% thời gian thực hiện" is a commitment). A Công điện is still judged by its
# type in non_plan_types.tsv (`plans_nothing`), which keeps only the figures it pledges.
DIRECTIVE_TITLE = regex.compile(r"(?i:^\W*(?:chỉ\s+thị|công\s+điện)(?![\p{L}\p{M}]))")
# A heading that names an objective ("II. MỤC TIÊU", "Chỉ tiêu chủ yếu"), not a name or a transfer that holds the
# words ("Chương trình mục tiêu quốc gia", "Điều 1. Bổ sung có mục tiêu từ ngân sách trung ương …").
TARGET_HEADING = regex.compile(r"(?i:" + TARGET_NOUN + ")")
# A physical dimension a specification sets ("chiều sâu rãnh 0,1 m", "các đầu phun đặt cách nhau không quá 2 m",
# "tầng giữa cách mặt từ 2 - 3 m"): a norm of how something is built or done, not a target.
DIMENSION_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:chiều\s+(?:sâu|rộng|cao|dài|dày)|độ\s+(?:sâu|cao|dày|rộng)|đường\s+kính|bán\s+kính|khoảng\s+cách|cách(?:\s+nhau|\s+mặt)?|sâu|rộng(?:\s+mặt)?|dày|tầng\s+mặt)"
    r"(?:\s+[\p{L}\p{M}]+){0,2}?[\s:]*(?:(?:không\s+quá|tối\s+đa|tối\s+thiểu|ít\s+nhất|từ|khoảng|trên|dưới|<|>|≤|≥)\s*)?\(?$)")
LENGTH_UNITS = {"m", "cm", "mm"}
# An entitlement a rule grants ("địa phương hưởng 100%", "được hưởng 50% mức lương", "mức hưởng 80% chi phí
# khám bệnh"): the value follows "hưởng", or the sentence states a "mức hưởng". "100% đối tượng được hưởng
# trợ cấp" (the value counts who is covered) is a target.
ENTITLEMENT_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])hưởng\s*:?\s*(?:mức\s+)?(?:bằng\s+)?$)")
ENTITLEMENT_SENTENCE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:mức|tỷ\s+lệ)\s+hưởng(?![\p{L}\p{M}]))")

# --- what kind of document a text is ----------------------------------------------------------------
# Read from the document's head: its type heading in capitals ("THÔNG TƯ", "CÔNG ĐIỆN", "QUYẾT ĐỊNH BÃI BỎ …"),
# "Luật số: 80/2025/QH15", the subject line of an official letter ("V/v …", Nghị định 30/2020/NĐ-CP Phụ lục I),
# whichever comes first; else the type abbreviation in the symbol of its own number ("Số: 39/2025/TT-BXD",
# "Số: 220/CĐ-TTg"; a symbol without one, "Số: 4240/UBND-VX", is an official letter's).
DOCUMENT_HEAD = 5000
NON_PLAN_TYPES = {row[0] for row in _load("non_plan_types.tsv")}
RULE_TYPES = {row[0] for row in _load("non_plan_types.tsv") if row[1].endswith("rules")}  # laws, decrees, circulars
LAW_NUMBER = regex.compile(r"(?m)^[ \t|*#]*(?:Bộ\s+)?Luật\s+số\s*:")
# (the subject line of the header, alone or after the number: "Số: 5387/CT-CS v/v trả lời …"; not a letter cited
# in the body, "Thực hiện Công văn số 12/UBND-VX v/v triển khai …")
LETTER_SUBJECT = regex.compile(r"(?m)^[ \t|*_]*(?:Số[ \t]*:?[^\n]*?[ \t])?[Vv]/[Vv][ \t.:]")
OWN_NUMBER = regex.compile(
    r"(?m)^[ \t|*]*Số[ \t]*:?[ \t]*\n?[ \t|*]*\d{1,6}[ \t]*(?:/[ \t]*(?:19|20)\d\d[ \t]*)?[/-][ \t]*(?P<abbrev>[\p{Lu}Đ][\p{L}Đđ]*)(?=[-/\s]|$)")


def type_heading(names) -> regex.Pattern:
    """A type heading: a line in capitals that opens with a document type's name ("THÔNG TƯ", "LUẬT VIỆC LÀM")."""
    upper = "|".join(regex.escape(n.upper()).replace(r"\ ", r"[ \t]+") for n in sorted(names, key=len, reverse=True))
    return regex.compile(rf"(?m)^[ \t|*#_]*(?P<type>{upper})(?![\p{{L}}\p{{M}}])[^\p{{Ll}}\n]*$")

# Figures that name a class or a scale, not a level to reach (excluded as values):
# a column header's unit whose power of ten lost its superscript ("Quặng (103 tấn)" for 10³ tấn,
# "Công suất (106 tấn/năm)", "(109 đồng)"): the bracket holds 10³, 10⁶ or 10⁹ and a unit alone.
UNIT_SCALE = regex.compile(r"\(\s*10[369](?=\s*[\p{L}µμ][^()\n\d]{0,20}[23]?\))")  # (a volume or an area too: "(103 m3)")
# a map's or a plan drawing's scale ("lập bản đồ hiện trạng sử dụng đất cấp xã tỷ lệ 1/10.000", "quy hoạch chi tiết tỷ lệ
# 1/500", "bản đồ địa chính tỷ lệ 1/1.000 và 1/2.000"): the ratio of the drawing to the ground, in the series of scales the
# mapping rules set (Luật Đo đạc và bản đồ 2018, số 27/2018/QH14; Thông tư 33/2017/TT-BTNMT, bản đồ địa chính 1/200 -
# 1/10.000; Thông tư 08/2024/TT-BTNMT, bản đồ hiện trạng sử dụng đất 1/1.000 - 1/1.000.000), neither a share nor a count
# (s34b: "tỷ lệ 1/10.000 và 01 bản đồ …" gave a target of 1 "/10.000 và").
MAP_SCALE_DENOMINATOR = r"(?:[125]00|(?:[125]|10|20|25|50|100|250|500)\.?000|1\.?000\.?000)(?!\.?\d)"
MAP_SCALE = regex.compile(r"(?i:(?<![\p{L}\p{M}])t[ỷỉ][^\S\n]+lệ)\s*:?\s*1\s*[/:]\s*" + MAP_SCALE_DENOMINATOR
                          + r"(?:\s*(?:,|;|[-–]|(?<![\p{L}\p{M}])(?:và|hoặc)(?![\p{L}\p{M}]))\s*1\s*[/:]\s*" + MAP_SCALE_DENOMINATOR + ")*")
# a size class defined by a threshold in brackets after its size word ("công trình lớn (>10.000 m2)",
# "doanh nghiệp nhỏ (dưới 50 lao động)").
THRESHOLD_BRACKET = r"\(\s*(?:>=?|≥|<=?|≤|trên|dưới|từ|không\s+quá|ít\s+nhất|tối\s+thiểu|tối\s+đa)\s*\d"
SIZE_CLASS = regex.compile(rf"(?i:(?<![\p{{L}}\p{{M}}])(?:lớn|nhỏ|vừa|siêu\s+nhỏ|quy\s+mô\s+lớn)\s*{THRESHOLD_BRACKET}[\d.,]*[^()\n]{{0,30}}\))")
# the bracket a SIZE_CLASS cannot do without: a text without one is not scanned for size words (most texts: a pattern
# that opens with a literal "(" is found 50x faster than one that opens with a choice of words)
HAS_THRESHOLD_BRACKET = regex.compile(rf"(?i:{THRESHOLD_BRACKET})")
# who owns the capital of a kind of enterprise ("doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ", "công ty
# do nhà đầu tư nước ngoài sở hữu trên 50% vốn điều lệ"): a definition by its owner's share, not a target.
OWNERSHIP_SHARE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])do\s+[^,;:()\n]{1,40}?\s(?:nắm\s+giữ|sở\s+hữu)\s+(?:(?:trên|dưới|từ|hơn|không\s+quá|ít\s+nhất|tối\s+thiểu)\s+)?"
    r"\d[\d.,]*\s*%\s*(?:tổng\s+số\s+)?(?:vốn|cổ\s+phần))")

# --- indicator names (s21g) -----------------------------------------------------------------
# A share whose whole is named after the value and its predicate before it ("Rà soát cắt giảm ít nhất 30% thủ tục hành
# chính không phù hợp", "số hóa 100% hồ sơ dịch vụ công", "Bố trí 2% tổng chi ngân sách cho sự nghiệp môi trường"): the
# verb phrase is what the share measures and stays in the name. Not a frame around a goal or an order to others
# ("hoàn thành mục tiêu 100% …", "yêu cầu 100% các dự án …"), nor an allocation, whose share is named by the purpose
# after it ("Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp bảo vệ môi trường", "dành 10% kinh phí cho …") ...
SHARE_ACTION_FRAME = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:mục\s+tiêu|chỉ\s+tiêu|yêu\s+cầu|đề\s+nghị|kế\s+hoạch|lộ\s+trình|chương\s+trình|bố\s+trí|dành|phân\s+bổ"
    r"|trích)(?![\p{L}\p{M}]))")
# t20: words that say only how or when an action is done, as a second predicate joined to its verb by "và" or a comma
# ("hoàn thành vượt mức và về trước hạn 100% các nhiệm vụ …", "giải quyết đúng hạn và trước hạn 100% hồ sơ …"): adverbial
# complements of the verb before the join (Diệp Quang Ban, Ngữ pháp tiếng Việt: bổ ngữ chỉ cách thức, thời gian), never a
# verb phrase of their own; a share's name cut at that join keeps the whole verb phrase or none of it.
MANNER_ONLY = regex.compile(
    r"(?i:(?:về\s+)?(?:(?:đúng|trước|vượt)\s+(?:thời\s+)?(?:hạn|tiến\s+độ|kế\s+hoạch)|vượt\s+mức|kịp\s+thời|dứt\s+điểm|đầy\s+đủ"
    r"|đúng\s+quy\s+định|sớm|nhanh\s+chóng))")
# ... and not when the whole states its own predicate ("… 100% TTHC được thực hiện trực tuyến", "100% doanh nghiệp ứng
# dụng công nghệ số"): the share is named after the value.
OWN_PREDICATE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:được|phải|đã|sẽ|có|đạt|bảo\s+đảm|đảm\s+bảo|tham\s+gia|sử\s+dụng|ứng\s+dụng|áp\s+dụng|triển\s+khai"
    r"|thực\s+hiện|hoàn\s+thành)(?![\p{L}\p{M}]))")
# s36i: a whole's predicate is its own only after a verb that has others act, not after one that acts on the whole: with
# "thu hồi tối thiểu 70% số nợ thuế có khả năng thu", "Giải quyết 100% hồ sơ … người có công đúng thời hạn", "xử lý nghiêm 100%
# các hành vi vi phạm … được phát hiện" the whole is the verb's object and what follows it a relative clause of it ("có khả năng
# thu", "được phát hiện"), and the name keeps the verb as the plans' gold does. The verbs that have their object do what follows
# it are the causative verbs (động từ gây khiến: Diệp Quang Ban, Hoàng Văn Thung, Ngữ pháp tiếng Việt, tập 1: bắt, buộc, khiến,
# yêu cầu, đề nghị, cho phép, giúp …) and the directive verbs of administrative writing that take the same frame ("chỉ đạo 100%
# cơ sở giáo dục không để học sinh sử dụng …", "hướng dẫn 100% doanh nghiệp có website … thực hiện thông báo", "bảo đảm 100% văn
# bản được ký số"): after them the whole does what follows, the share is named after the value.
CAUSATIVE_VERBS = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:chỉ\s+đạo|hướng\s+dẫn|đôn\s+đốc|vận\s+động|khuyến\s+khích|hỗ\s+trợ|giúp(?:\s+đỡ)?|tạo\s+điều\s+kiện"
    r"|yêu\s+cầu|đề\s+nghị|cho\s+phép|bắt\s+buộc|buộc|khiến|bảo\s+đảm|đảm\s+bảo|phấn\s+đấu)(?![\p{L}\p{M}]))")
# ... nor the one that has the share ("Các Sở Ban Ngành có 100% hồ sơ trực tuyến"): before "có" stands a subject.
HAS_SHARE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])có(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|hơn|khoảng|gần|từ|đạt|thêm))*\s*[:≥>]*\s*$)")
# The words that open a breakdown's list of parts ("…, trong đó vốn ngân sách 3.000 tỷ đồng; vốn doanh nghiệp 7.000 tỷ
# đồng", "… (bao gồm: …)"): the parts after the first, separated by ";" or ",", are still parts of the whole before it.
PART_LIST_OPEN = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:trong\s+đó|bao\s+gồm|gồm\s+có|gồm)(?![\p{L}\p{M}]))")
# The colon right after that opener: the list's items are its parts.
LIST_COLON = matched_in_place(r"[^\S\n]*:")
# The kinds of body that act in a plan (extractors.bodies kinds): one that opens a name before its verb is who acts, not
# what is counted ("UBND Thành phố xây dựng Kế hoạch hỗ trợ …", "Sở Y tế tổ chức tập huấn …"); a station, school or centre
# that opens a name is what is counted ("Trạm Y tế xã đạt chuẩn quốc gia").
ACTOR_KINDS = frozenset({"ubnd", "hdnd", "so", "phong", "ban", "mttq", "doan_the", "dang"})
# s34a: what joins another acting body to the one before it ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh …", "Sở Tư pháp và
# Sở Nội vụ …")
JOINT_ACTOR = regex.compile(r"[^\S\n]*(?:,[^\S\n]*(?:và[^\S\n]+)?|và[^\S\n]+)")
# "trình" and the body that decides, before what it decides ("trình Ủy ban nhân dân tỉnh quyết định thành lập 05 cụm công
# nghiệp", "trình Bộ trưởng phê duyệt 03 đề án"): the decision names the count.
SUBMITTED_TO = regex.compile(r"(?i:trình)\s+(?=\p{Lu})")
DECISION_VERB = regex.compile(r"(?:quyết\s+định|phê\s+duyệt|ban\s+hành|công\s+nhận|thành\s+lập|cho\s+phép|chấp\s+thuận)(?![\p{L}\p{M}])")
# Kinds whose name may be what a count counts ("Trung tâm y tế …", "Trường …", "Công ty …"): a body of theirs acts only
# when a role word follows it ("Công an tỉnh chủ trì, phối hợp với Sở Nội vụ thanh tra, kiểm tra 15 doanh nghiệp"), a centre
# also when a verb does ("Trung tâm Khuyến công … hỗ trợ 10 doanh nghiệp"; "được", "đạt" are its state: STATE_PREDICATE).
ROLE_ACTOR_KINDS = frozenset({"other", "trung_tam"})
# A sentence that only counts the whole of a set ("[2] Toàn bộ 34 tỉnh, thành phố trên toàn quốc.", a note saying which
# places a task covers; "Tất cả 12 xã trên địa bàn huyện."): how many there are, no level to reach, where no predicate
# (STATE_PREDICATE, a commitment) follows.
WHOLE_SET_OPENING = regex.compile(r"(?i:[\s\-+•*]*(?:\[\d{1,3}\]\s*)?(?:toàn\s+bộ|tất\s+cả)\s*)")
WHOLE_SET_PREDICATE = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}])(?:đạt|có|được|là|không|chưa|đã|phải|cần|sẽ|{_alternation([w for w, k, v in CUES if k == 'commitment'])})(?![\p{{L}}\p{{M}}]))")
# The words that give a body its role in a task ("Huyện đoàn chủ trì duy trì 15 đội …"): they name no indicator.
ROLE_WORDS = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:chủ\s+trì|phối\s+hợp(?:\s+với)?|tham\s+mưu|chịu\s+trách\s+nhiệm)(?![\p{L}\p{M}]))")
# …and opening what follows the body that acts, before its own verbs ("Sở Công Thương chủ trì tham mưu thành lập mới 03 cụm công
# nghiệp", "Ban Tuyên giáo chủ trì, phối hợp với Báo … xây dựng chuyên mục …"): the bodies after "phối hợp với" are its partners.
LEADING_ROLES = regex.compile(r"(?i:(?:(?:chủ\s+trì|tham\s+mưu|phối\s+hợp(?P<partners>\s+với)?)(?![\p{L}\p{M}])[\s,]*)+)")
# What a counted body's name goes on with: its state, not an action ("… đạt chuẩn", "… có …", "… được …").
STATE_PREDICATE = regex.compile(r"(?i:(?:đạt|có|được|là|không|chưa|đã|bảo\s+đảm|đảm\s+bảo)(?![\p{L}\p{M}]))")
# A document to be drafted before its content ("xây dựng Kế hoạch hỗ trợ hộ nghèo xây dựng, sửa chữa 2.305 nhà"): the
# content is what the value counts.
DRAFTED_FRAME = regex.compile(
    r"(?i:(?:xây\s+dựng|ban\s+hành|lập)(?:\s+và\s+triển\s+khai)?\s+)(?:Kế\s+hoạch|Đề\s+án|Chương\s+trình|Phương\s+án)\s+(?=\p{Ll})")
# A group defined by a size it has, its measure named after "có" and the bound after the value ("Vùng nuôi có thể tích
# 1.000 m3 trở lên đối với nuôi lồng, bè", "Các cơ sở có lưu lượng nước thải từ 500 m3/ngày đêm trở lên phải lắp đặt …",
# "trang trại có quy mô từ 500 con trở lên", and "quy mô" without "có": "trang trại quy mô từ 50 con trở lên", "bệnh viện tư
# nhân quy mô từ 200 giường trở lên"): who is meant, not what is to be reached (read with THRESHOLD_TAIL or a comparator after
# the value, the head noun before "có" or "quy mô" as in THRESHOLD_HAS).
MEASURE_THRESHOLD_HAS = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?P<head>[\p{L}\p{M}]+)\s+(?:có\s+(?:tổng\s+)?(?:thể\s+tích|dung\s+tích|diện\s+tích|lưu\s+lượng|công\s+suất"
    r"|quy\s+mô|chiều\s+dài|khối\s+lượng|trọng\s+tải|tải\s+trọng)|quy\s+mô)(?:[^\S\n]+[\p{L}\p{M}]+){0,4}?[^\S\n]+(?:từ[^\S\n]+)?$)")
# s36e: the share of units whose size MEASURE_THRESHOLD_HAS names ("phấn đấu 100% bãi chôn lấp hợp vệ sinh có công suất từ
# 500 tấn/ngày trở lên được lắp đặt …", "Phấn đấu 100% cơ sở … có quy mô từ 50 giường bệnh trở lên được kết nối …"): the
# pledge before the share is the share's, the size after it only says which units are counted.
SHARE_BEFORE_UNITS = regex.compile(r"(?<![\p{L}\p{M}\d.,])\d[\d.,]*[^\S\n]*%[^\S\n]+(?:(?i:các|những|số)[^\S\n]+)?\p{Ll}")
# … or by a size right after its noun, "có chiều dài" left unsaid ("cho 100% tàu cá từ 15 m trở lên cập cảng", "các dự án
# từ 5 ha trở lên"; the noun counted by a share or "các", not an indicator: "diện tích nuôi trồng từ 1.500 ha trở lên" is
# one): a class of things, not a level to reach; a physical measure only (Nghị định 86/2012/NĐ-CP, đơn vị đo
# pháp định), never a share or a count ("đạt từ 25% trở lên", "từ 30 hộ trở lên" are read by THRESHOLD_HAS and the rest).
# The words between the noun and "từ" are the noun's own: a value cue there ("sản lượng khai thác các loại đạt từ 45.000
# tấn trở lên", "các tuyến đường tăng từ …": cues.tsv, direction and comparator words) makes the figure the level reached.
SIZE_NAMED_CLASS = regex.compile(
    r"(?i:(?:%|(?<![\p{L}\p{M}])(?:các|những|mọi|toàn\s+bộ))(?:[^\S\n]+(?!(?:"
    + _alternation([w for w, k, v in CUES if k in ("direction", "comparator")] + ["là", "lên", "ở mức"])
    + r")(?![\p{L}\p{M}]))[\p{L}\p{M}]+){1,4}?[^\S\n]+từ[^\S\n]+$)")
SIZE_UNITS = frozenset({"m", "km", "m²", "km²", "ha", "m³", "tấn", "MW", "kW", "MWp", "kWp"})
# What lies between a whole's value and the clause of a part named by its area right after it ("… đạt 95%; khu vực nông
# thôn đạt 80%", "… đạt 98%, nông thôn đạt 95%"): a comma or a semicolon, nothing else.
AREA_PART_GAP = regex.compile(r"[^\S\n]*[;,][^\S\n]*")
# A yearly cue that closes the words after a count ("… 38.000 lượt lao động mỗi năm"): how often, not what is counted.
PER_YEAR_TAIL = regex.compile(r"(?i:[\s,]*(?:mỗi|hằng|hàng|một)\s+năm\s*$)")
# A value that restates the one before it in another unit ("Giảm 9% tổng lượng phát thải khí nhà kính so với BAU,
# tương đương khoảng 1,2 triệu tCO2tđ", "đạt 45.000 ha (tương đương 60% diện tích)", "…, tức là khoảng 300 tỷ đồng"):
# the whole clause before it says only that; its indicator is the value before's (one row per stated value).
# … or restates the count before it as the total it is raised to or its yearly average ("Mở thêm 02 cơ sở …, nâng tổng số
# lên 12 cơ sở", "Trồng mới 1.500.000 cây xanh phân tán, bình quân 300.000 cây/năm"): in the same count unit (a yearly
# average in it per year), its indicator is the count's.
RESTATED_COUNT = matched_in_place(r"[\s,]*(?i:nâng\s+tổng\s+số(?:\s+lên)?|bình\s+quân(?:\s+(?:mỗi|hằng|hàng)\s+năm)?)\s*")
# … or restates it in brackets, in another unit, with nothing before it there ("tưới chủ động cho trên 95% diện tích lúa
# hai vụ (khoảng 1.850 ha)"; a bracket whose words name a part, "(trong đó: …)", is a breakdown).
# (s33b: the change's verb said again before the restated value, "giảm ít nhất 10% biên chế …, tương ứng giảm tối thiểu 312
# biên chế", "… tương đương giảm tối thiểu 1,2 triệu tấn CO2tđ": the same change in another unit)
EQUIVALENT_VALUE = matched_in_place(r"[\s(]*(?i:tương\s+(?:đương|ứng)(?:\s+(?:với|là|mức))?|tức\s+là)(?:\s+(?i:giảm|tăng)(?:\s+thêm)?)?"
                                    r"(?:\s+(?i:khoảng|gần|trên|hơn|ít\s+nhất|tối\s+thiểu))?\s*")
# … or restates an amount before it as a share of a base named after it ("Tổng vốn đầu tư phát triển toàn xã hội … đạt khoảng
# 620 nghìn tỷ đồng, bằng khoảng 35% GRDP", "Dư nợ vay … dự kiến 4.575 tỷ đồng, bằng 27,5% mức dư nợ vay tối đa", "thu
# ngân sách … đạt 1.200 tỷ đồng, bằng 105% dự toán"): the base (GRDP, the ceiling, the estimate) is what the share is
# measured against, not its indicator; the indicator is the amount's (w20d).
SHARE_OF_BASE = matched_in_place(r"[\s,]*(?i:bằng)(?:\s+(?i:khoảng|gần|xấp\s+xỉ|trên|hơn|dưới|ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+quá))?\s*")
# (a bracket right after the value before's words, or what stands before the value inside the bracket that opens its clause;
# in the same unit it would be a part: "05 mô hình (02 mô hình trồng trọt, …)")
BRACKET_OPEN = matched_in_place(r"\s*\(\s*")
# (s36a: or after a comma, an amount restating a share of a measured whole, "Thu gom, xử lý 100% khối lượng chất thải rắn sinh
# hoạt phát sinh, khoảng 48 tấn/ngày", "… 95% diện tích lúa, khoảng 1.850 ha": the whole the share is of, in its own unit)
MEASURED_WHOLE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:khối\s+lượng|diện\s+tích|sản\s+lượng|công\s+suất|chiều\s+dài)(?![\p{L}\p{M}]))")
BRACKET_RESTATED = matched_in_place(r"\s*(?:(?i:khoảng|gần|trên|hơn|ít\s+nhất|tối\s+thiểu)\s+)?")
# … or restates the count before it as its share of all the units it counts ("Có tối thiểu 30 xã đạt chuẩn nông thôn mới kiểu mẫu,
# chiếm 32% số xã", "… 120 hợp tác xã, chiếm khoảng 40% tổng số hợp tác xã"): the same target as a share, its indicator the
# count's; the base after the "%" is the count's own noun.
SHARE_OF_COUNT_LEFT = matched_in_place(r"[^\S\n]*,?[^\S\n]*(?i:chiếm|bằng)(?:[^\S\n]+(?i:khoảng|gần|trên|hơn|ít\s+nhất|tối\s+thiểu))?[^\S\n]*")
COUNT_BASE_AFTER = matched_in_place(r"[^\S\n]+(?i:(?:tổng[^\S\n]+)?số[^\S\n]+)(?P<noun>[\p{L}\p{M}]+(?:[^\S\n]+[\p{L}\p{M}]+){0,2}?)(?=[^\S\n]*(?:[.;,)]|$))")

# An activity described as a block (plans and their appendices of tasks): a heading naming the activity ("3. In ấn tài
# liệu tuyên truyền", "- Tổ chức hội nghị tập huấn …") and labelled lines under it ("- Nội dung: …", "- Hình thức: …",
# "+ Số lượng: 02 hội nghị/năm", "Quy mô: 50 đại biểu/hội nghị", "- Thời gian: Quý II", "- Đơn vị thực hiện: Sở …").
# The quantity label names no indicator: what is counted is the activity the block is about (the output it delivers).
QUANTITY_LABEL = matched_in_place(r"[\s\-+•*–]*(?:\*\*)?(?i:số\s+lượng|quy\s+mô|khối\s+lượng)(?:\*\*)?\s*(?:\*\*)?:")
# Another field of the block: a short label and its colon at the start of the line ("- Nội dung:", "+ Thời gian thực
# hiện:", "Đơn vị chủ trì:", "Kinh phí:").
BLOCK_FIELD = regex.compile(r"[\s\-+•*–]*(?:\*\*)?\p{Lu}[\p{L}\p{M}]*(?:[^\S\n]+[\p{L}\p{M}]+){0,5}(?:\*\*)?[^\S\n]*(?:\*\*)?:")
# The heading of the block: an item marker (numbered, lettered, Roman, or a bullet) and a capitalised name.
BLOCK_HEADING = regex.compile(r"[^\S\n]*(?:\*\*)?(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\)|[IVX]{1,5}\.)[^\S\n]+|[-+•*–][^\S\n]*)(?:\*\*)?(?=\p{Lu})")
# A size per unit of what the block delivers ("50 đại biểu/hội nghị", "30 học viên/lớp"): how large each one is, an
# attribute of the activity, not an output of its own (a per-time rate, "02 hội nghị/năm", is the output's pace).
PER_UNIT_SIZE = matched_in_place(r"[^\S\n]*/[^\S\n]*(?!(?i:ngày|tuần|tháng|quý|năm|kỳ)(?![\p{L}\p{M}]))[\p{L}\p{M}]")

# s28e: lists of what each body holds under a heading ("1. Lực lượng thường trực sẵn sàng ứng phó" over "- Bộ Chỉ huy Quân
# sự tỉnh: 120 cán bộ, chiến sĩ; 02 xuồng cao tốc"). What may follow a body's name in its label: a sub-unit in brackets
# ("Công an tỉnh (Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ)"); the heading's numbering ("1.", "a)", "II.");
# what lies between one value of such a line and the next (the rest of the first's unit, then a comma or a semicolon).
BODY_LABEL_REST = regex.compile(r"[ \t]*(?:\([^()\n]{1,120}\))?[ \t]*")
HEADING_MARK = regex.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,5}\.)[ \t]+")
BODY_LABEL_GOES_ON = regex.compile(r"[^\d;:.\n]{0,40}?[;,][ \t]*(?:và[ \t]+)?")
# …the words before the first value of such a line: the bullet, the body's label and its colon, nothing else.
BODY_LABEL_ONLY = regex.compile(r"[ \t]*[-+•*][ \t]*[^:\n]{3,160}:[ \t]*")
# s28e: a time held under a bound for one place, then for the next ("có mặt trên đất liền không quá 02 giờ, trên biển không
# quá 06 giờ"): the next part keeps the time's name, its place is the scope.
DURATION_UNITS = frozenset({"giờ", "phút", "ngày", "ngày làm việc", "giờ làm việc"})
PLACE_BOUND_PART = regex.compile(r"[ \t]*(?P<place>(?:trên|tại|ở|đối[ \t]+với|khu[ \t]+vực)[ \t]+[\p{L}\p{M} ]{1,30}?)[ \t]+"
                                 r"(?:không[ \t]+quá|tối[ \t]+đa|dưới|trong[ \t]+vòng)[ \t]*")

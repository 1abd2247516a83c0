"""Named pieces of the table model: cell separators, header words, column roles, captions."""
from __future__ import annotations

import regex

from extractors.regexes import matched_in_place

# Between two cells of a delimited line: a tab, or a bar with a space on one side at least.
SEPARATOR = regex.compile(r"\t|[ \t]+\|[ \t]*|[ \t]*\|[ \t]+")
LINE = regex.compile(r"[^\n]+")
SPACES = regex.compile(r"\s+")  # a run of white space, one space in a cell's plain text
# A blank line between two bars of a crawled table: the table ended at the first.
BLANK_LINE = regex.compile(r"\n[ \t]*\n")

YEAR = r"(?P<year>20\d\d)"
# A column or caption that names the year its values are for: "2026", "Năm 2026", "KH 2026",
# "Kế hoạch năm 2026", "Mục tiêu đến năm 2030", "Chỉ tiêu 2026", "Giai đoạn 2026-2030" (the last year),
# "Năm hiện hành 2025", "Dự toán năm 2026", "ƯTH năm 2025" (the budget's words), "Kế hoạch 5 năm 2026-2030",
# "Trong đó: Năm 2026" (a year inside a period's column), the whole period's total beside its phases ("Tổng giai đoạn
# 2026 - 2030", "Tổng số 2026-2030" after "Giai đoạn 2026 - 2027 | Giai đoạn 2028 - 2030", "Cả giai đoạn 2026 - 2030", "Toàn
# giai đoạn 2026-2030" beside the years' columns, s31b: its last year); a school year "Năm học 2026-2027" (its last year), and what its values
# are in parentheses after it ("Năm học 2025-2026 (thực hiện)", "Năm 2026 (kế hoạch)", "(ước thực hiện)").
COLUMN_STATUS = r"(?:kế\s+hoạch|kh|thực\s+hiện|th|ước\s+thực\s+hiện|ước\s+th|ưth|uth|dự\s+kiến|mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu)"
# (a horizon's column as the contract names it: "Tầm nhìn đến năm 2050", "Định hướng đến năm 2045"); a milestone's column named
# by the day, month or quarter its values are due ("Đến 31/12/2025", "Đến ngày 30/6/2026", "Đến hết quý II/2026", "Đến tháng
# 12/2026", as a plan's targets are listed under "Đến ngày 31/12/2025: …"): the year of that date (s26d).
# The Lunar New Year a column is for, before its Gregorian year ("Kế hoạch Tết Bính Ngọ 2026", "Thực hiện Tết Ất Tỵ 2025",
# "Dự kiến dịp Tết Nguyên đán năm 2026", "Xuân Bính Ngọ 2026"), as the supply plans for Tết head their columns: the year is
# the Gregorian one written (the festival's name of the year, can + chi of the sexagenary cycle, only names it again).
CAN = r"(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)"
CHI = r"(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)"
FESTIVAL = rf"(?:dịp\s+)?(?:tết(?:\s+nguyên\s+đán)?|xuân)(?:\s+{CAN}\s+{CHI})?"
# s32d: a numbered phase with its years in brackets ("Giai đoạn 1 (2026 - 2027)", "Giai đoạn II (2028-2030)"), as a plan in
# phases heads its columns: the span's, as "Giai đoạn 2026 - 2027" is. PHASE_NUMBER: the phase's number, in digits or in
# Roman numerals (also read by targets.tables.WHOLE_SPAN_WITH_YEARS).
PHASE_NUMBER = r"(?:\d{1,2}|[IVX]{1,4})"
PHASE_HEADER = r"giai\s+đoạn\s+" + PHASE_NUMBER + r"\s*\(\s*(?:năm\s+)?20\d\d\s*[-–]\s*" + YEAR + r"\s*\)"
YEAR_HEADER = regex.compile(
    r"(?i:^" + PHASE_HEADER + r"$|^(?:trong\s+đó\s*:?\s*)?(?:(?:năm(?:\s+học)?|kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu|dự\s+kiến|ước|phấn\s+đấu|mức|giai\s+đoạn|tổng(?:\s+(?:số|cộng))?|cả|toàn|"
    r"thực\s+hiện|tầm\s+nhìn|định\s+hướng|hiện\s+hành|dự\s+toán|dt|ưth|uth|0?\d\s+năm)\s+)*(?:đến\s+(?:hết\s+)?(?:(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*|(?:quý|quí)\s+[IV]{1,3}\s*/\s*|tháng\s+\d{1,2}\s*/\s*)?)?(?:" + FESTIVAL + r"\s+)?"
    r"(?:năm\s+)?(?:20\d\d\s*[-–]\s*)?" + YEAR +
    r"(?:\s*\(\s*" + COLUMN_STATUS + r"\s*\))?$)")

# (w23b: "Mức phấn đấu năm 2027", "Mức năm 2027": the level set for the year, a column of that year's values)
# The header words of plan tables (a row of them is a header).
HEADER_WORD = regex.compile(
    r"(?i:^(?:s?tt|số\s+tt|số\s+thứ\s+tự)$|nhiệm\s+vụ|nội\s+dung|chỉ\s+tiêu|^chỉ\s+số$|tiêu\s+chí|danh\s+mục|"
    r"đơn\s+vị|đvt|chủ\s+trì|phối\s+hợp|thời\s+gian|thời\s+hạn|thời\s+điểm|tiến\s+độ|hoàn\s+thành|kết\s+quả|sản\s+phẩm|"
    r"ghi\s+chú|kinh\s+phí|nguồn\s+(?:vốn|kinh\s+phí)|kế\s+hoạch|mục\s+tiêu|giải\s+pháp|công\s+việc|hoạt\s+động|"
    r"cơ\s+quan|tên\s+|dự\s+án|đề\s+án|giá\s+trị|khối\s+lượng|số\s+lượng|lĩnh\s+vực|địa\s+(?:bàn|điểm)|quy\s+mô|năm|thực\s+hiện|chủ\s+đầu\s+tư|"
    # w23b: a schedule's month or quarter column and a programme's length ("Tháng | Chương trình | Thời lượng (phút) | Bộ
    # phận thực hiện")
    r"^(?:tháng|quý)$|thời\s+lượng)")

# A column headed by a level of the national education system (Luật Giáo dục 2019, Điều 6: giáo dục mầm non - nhà trẻ,
# mẫu giáo; giáo dục phổ thông - tiểu học, trung học cơ sở, trung học phổ thông; giáo dục thường xuyên; and the
# abbreviations of the sector's statistics: MN, TH, THCS, THPT, GDTX, GDNN-GDTX), as school tables split a target by
# level ("Chỉ tiêu | ĐVT | Mầm non | Tiểu học | THCS | THPT"): a header cell, and each value's level is its scope (s28a).
SCHOOL_LEVEL = regex.compile(
    r"(?i:(?:cấp\s+|bậc\s+|khối\s+)?(?:(?:giáo\s+dục\s+)?mầm\s+non|nhà\s+trẻ|mẫu\s+giáo|tiểu\s+học|trung\s+học\s+cơ\s+sở"
    r"|trung\s+học\s+phổ\s+thông|(?:giáo\s+dục\s+)?thường\s+xuyên|mn|th|thcs|thpt|gdtx|gdnn\s*[-–]\s*gdtx))")

# Each column's role, from its header name; more specific first.
# "Chỉ tiêu năm 2025", "Chỉ tiêu đến năm 2030", "Chỉ tiêu giai đoạn 2026-2030" head a column of values for a year,
# not the indicator column; nor does a cell over the years' columns that names the allotment by year ("Chỉ tiêu giao
# theo năm", "Chỉ tiêu các năm", "Chỉ tiêu từng năm", "Chỉ tiêu phấn đấu" over "2026 | 2027 | …", as a plan giving its
# targets year by year heads them: TIME_SPLIT, w20b).
TIME_SPLIT = r"(?:giao\s+)?(?:phấn\s+đấu|(?:theo|qua\s+các|các|từng|hằng|hàng|mỗi)\s+năm)"
COLUMN_ROLES: tuple[tuple[str, regex.Pattern], ...] = (
    ("number", regex.compile(r"(?i:^(?:s?tt|số\s+tt|số\s+thứ\s+tự)$)")),
    ("unit", regex.compile(r"(?i:^(?:đơn\s+vị(?:\s+tính)?|đvt)$)")),
    ("coordinate", regex.compile(r"(?i:phối\s+hợp)(?!.*chủ\s+trì)")),
    ("lead", regex.compile(r"(?i:chủ\s+trì)")),
    # (w23c: or the force's team, "Đội thực hiện", "Lực lượng thực hiện": the Đội Quản lý thị trường is the unit the market
    # surveillance force works in, Pháp lệnh Quản lý thị trường 2016, Điều 11; the police and border guard name theirs so)
    ("assigned", regex.compile(r"(?i:^(?:đơn\s+vị|cơ\s+quan|bộ\s+phận|đội|lực\s+lượng)(?:,\s*(?:đơn\s+vị|cơ\s+quan|bộ\s+phận|người))*\s+(?:thực\s+hiện|được\s+giao|triển\s+khai|tổ\s+chức\s+thực\s+hiện)$|trách\s+nhiệm\s+thực\s+hiện"
                             # the investor of each work in a list of works (Luật Xây dựng 2014, Điều 7: chủ đầu tư)
                             r"|^chủ\s+đầu\s+tư$)")),
    # (w23a: or the moment each row is due, "Thời điểm khai thác", "Thời điểm hoàn thành": a time column as "Thời gian" is;
    # w23b: or by the month or quarter alone, as a schedule of programmes or events is laid out, "Tháng | Chương trình |
    # Thời lượng (phút) | Bộ phận thực hiện" with "01/2027", "02/2027" under it)
    ("time", regex.compile(r"(?i:thời\s+gian|thời\s+hạn|thời\s+điểm|tiến\s+độ|hoàn\s+thành|^(?:tháng|quý)$)")),
    ("indicator", regex.compile(r"(?i:^(?:tên\s+)?chỉ\s+tiêu(?!\s+(?:kế\s+hoạch|\d|năm\s+\d|(?:đến|giai\s+đoạn)\s+(?:năm\s+)?\d|" + TIME_SPLIT + r"))|^tiêu\s+chí|^danh\s+mục|chỉ\s+tiêu\s+chủ\s+yếu"
                                 # an index table's name column ("Chỉ số | Ngưỡng nguy cơ | Chỉ tiêu năm 2026": the vector
                                 # indices of Quyết định 3711/QĐ-BYT; the composite indices PCI, PAPI, SIPAS)
                                 r"|^chỉ\s+số$)")),
    # (s34d: or the documents a law's implementation plan drafts, "Tên văn bản | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn
    # trình", the list of detailed-rule documents of Luật Ban hành văn bản quy phạm pháp luật; not a procedures list's "Tên văn
    # bản quy phạm pháp luật quy định …", which names the rule a procedure follows)
    ("task", regex.compile(r"(?i:nhiệm\s+vụ|nội\s+dung|công\s+việc|hoạt\s+động|giải\s+pháp|tên\s+(?:nhiệm\s+vụ|đề\s+án|dự\s+án|chương\s+trình|công\s+trình)"
                           r"|^tên\s+(?:dự\s+thảo\s+)?văn\s+bản$)")),
)
# w22a: a column of the targets another body set, restated beside the plan's own ("STT | Chỉ tiêu nghiệp vụ | Chỉ tiêu theo
# Nghị quyết của Quốc hội | Chỉ tiêu phấn đấu năm 2027": the targets Nghị quyết 96/2019/QH14 sets the procuracies and courts;
# "Chỉ tiêu Trung ương giao", "Chỉ tiêu tỉnh giao", "Chỉ tiêu được giao"), as ASSIGNED_ESTIMATE (targets.tables) reads a
# restated "Dự toán Trung ương giao": values in the plan's year, not the indicators' names (those sit left of them); not a
# header over the years that names the allotment by year ("Chỉ tiêu giao theo năm": TIME_SPLIT).
ASSIGNED_TARGET = regex.compile(r"(?i:chỉ\s+tiêu\s+(?:(?:được\s+)?(?:[\p{L}\p{M}]+\s+){0,4}?giao"
                                r"|theo\s+(?:nghị\s+quyết|quyết\s+định|chỉ\s+thị|kế\s+hoạch)(?:\s+[^\d()\n]{0,60})?))")
# Any role but the number's, in one search: what a cell must hold to name a column (`any` of those patterns' searches:
# each is its own alternative, with no groups, so the alternation finds a match where one of them does).
ROLE_NAMED = regex.compile("|".join(f"(?:{pattern.pattern})" for role, pattern in COLUMN_ROLES if role != "number"))

# "Kinh phí (triệu đồng)", "Giá trị (tỷ đồng)", "(ĐVT: ha)", "(Đơn vị: người)": a unit in a column's header; "đơn vị"
# before a colon or with "tính" is the label, otherwise the unit's own word ("Hiến máu (đơn vị máu)").
# Not what the values are ("(kế hoạch)", "(thực hiện)": COLUMN_STATUS).
UNIT_IN_HEADER = regex.compile(r"\((?!\s*" + COLUMN_STATUS + r"\s*\))(?:(?:đvt|đơn\s+vị\s+tính)\s*:?|đơn\s+vị\s*:)?\s*"
                               r"(?P<unit>[^()\d]{1,25})\)\s*$", regex.IGNORECASE)
# w23a: a row of its own right under the header that states the unit of every value column, the whole line in brackets
# ("Khu vực cảng | 2026 | … | 2030" ⏎ "(triệu tấn)", "(Đơn vị: tỷ đồng)"), as a DOCX table's merged row under its header, the
# years across, comes out in text; the unit is the table's, as a caption's "Đơn vị tính: …" line above it (`unit_row`).
UNIT_ROW = regex.compile(r"\(\s*(?:(?:đvt|đơn\s+vị(?:\s+tính)?)\s*:\s*)?(?P<unit>[^()\d\n:]{1,25}?)\s*\)", regex.IGNORECASE)
UNIT_ONLY = regex.compile(r"(?i:%|tỷ\s+đồng|triệu\s+đồng|ha|người|km|tấn|lượt)")
# The unit in parentheses after what a column measures ("Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (nghìn tấn)",
# "Tổng đàn (con)"): a scale, then a unit of area, mass, length, money, people or heads, then a per-unit.
MEASURE_UNIT = regex.compile(r"(?i:(?:nghìn|ngàn|triệu|tỷ|vạn)?\s*(?:%|ha|m2|m²|m3|m³|km|tấn|tạ|kg|đồng|usd|người|lượt|hộ|con|quả|cây)"
                             r"(?:\s*/\s*(?:ha|năm|người|hộ|con|ngày))?)")
DIGITS = regex.compile(r"\d")
# Two letters in a row: a cell or a header that names something, not a number, a sign or an ordinal alone.
TWO_LETTERS = regex.compile(r"\p{L}{2}")
# A table's total row, written where a row's number would be ("Tổng cộng", "Tổng số", "Cộng", "Toàn tỉnh"): the rows
# above it are over.
TOTAL_LABEL = regex.compile(r"(?i:tổng\s+cộng|tổng\s+số|tổng|cộng|toàn\s+(?:tỉnh|huyện|thành\s+phố|xã|phường))\s*:?")
# A column that counts what its name says, as statistics tables head one: "Số lớp", "Số lượt người", "Số học viên"
# ("Số" and a count unit of the units list, extractors/targets/units.tsv): its values are in that unit.
COUNT_COLUMN = regex.compile(r"(?i:^số\s+(?P<unit>\p{L}[\p{L}\p{M} ]{0,24})$)")
# What a column measures at a date, in its unit: "Tỷ lệ giải ngân đến 30/6/2026 (%)", "Giá trị giải ngân lũy kế đến hết ngày
# 31/12/2026 (tỷ đồng)", "Tỷ lệ giải ngân đến hết quý II/2026 (%)" (the milestones of a disbursement or progress table): the
# date's year is the column's.
DATED_MEASURE = regex.compile(
    r"(?i:(?P<measure>\p{L}[^\d()\n]{2,60}?)\s+(?:tính\s+)?đến\s+(?:hết\s+)?(?:(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*|"
    r"(?:quý|quí)\s+[IV]{1,3}\s*/\s*|tháng\s+\d{1,2}\s*/\s*)" + YEAR + r"\s*\(\s*(?P<unit>[^()\d]{1,25})\s*\))")

# A caption's year ("CHỈ TIÊU KẾ HOẠCH NĂM 2026", "Mục tiêu đến năm 2030") and unit
# ("Đơn vị tính: tỷ đồng", "(ĐVT: %)").
# Not the year of a date ("ngày 18 tháng 11 năm 2025" in a "Kèm theo Kế hoạch số …" line); a span
# of years ("giai đoạn 2026 - 2030", "03 năm 2026 – 2028", a school year "NĂM HỌC 2026 - 2027") gives its last year.
# w23c: the line that labels the table itself ("Bảng 2. Chỉ tiêu năm 2027 của các xã, phường thí điểm"): its year is the
# caption's, before a year in the prose line above it ("… đánh giá, nhân rộng từ năm 2028.⏎Bảng 2. …")
TABLE_LABEL_LINE = regex.compile(r"(?i:^(?:bảng|biểu)\s+(?:số\s+)?(?:\d{1,2}|[IVX]{1,4})[a-z]?\s*[.:)]?\s)")
CAPTION_YEAR = regex.compile(r"(?i:(?<!tháng\s+\d{1,2}\s+)(?:năm(?:\s+học)?|kế\s+hoạch|đến)\s+(?:20\d\d\s*[-–]\s*)?" + YEAR + r"(?![\d/-])"
                             r"|giai\s+đoạn\s+20\d\d\s*[-–]\s*" + YEAR + r"(?!\d))")
# "Đơn vị: triệu đồng" (the word "tính" left out) only before a unit word.
CAPTION_UNIT = regex.compile(r"(?i:(?:đơn\s+vị\s+tính|đvt|đơn\s+vị(?=\s*:\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|đồng|usd|ha|người|km|tấn)))"
                             r"\s*:\s*(?P<unit>[^\n();]{1,30}))")

# The note under an appendix's title naming the document it is attached to ("(Kèm theo Kế hoạch số 45/KH-UBND
# ngày …)", "(Ban hành kèm theo Quyết định số …)"): never a caption alone, its title sits above it.
CAPTION_ATTACHED = regex.compile(r"(?i:[(*_\s]*(?:ban\s+hành\s+)?kèm\s+theo\b[^\n]*)")

# Cells of a row that are not its content: "1", "I", "IV", "a", "1.2", "A".
ORDINAL_CELL = regex.compile(r"(?i:^(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6}|[a-zđ])[.)]?$)")
# The number column's header, which opens a table of one cell a line ("TT", "STT", "Số TT").
NUMBER_HEADER = regex.compile(r"(?i:s?tt|số\s+tt|số\s+thứ\s+tự)")
NUMBER_HEADER_OPENS = "sStTſ"  # what NUMBER_HEADER's first letter matches ("ſ", the long s, is an "s" to it): a line opening
# otherwise is no header, and the pattern is not tried on it
# A row's number in such a table ("1", "12", "3."), and the ordinal of a group of rows ("I", "A").
ROW_NUMBER = regex.compile(r"\d{1,3}[.)]?")
GROUP_ORDINAL = regex.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?")
# A group's ordinal and its heading in one cell ("I. Kinh tế số", "II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH …",
# "A) Nhiệm vụ chung"): a merged section row over the rows below, one line in a table of one cell a line.
GROUP_HEADING = regex.compile(r"(?:[IVXLC]{1,6}|[A-ZĐ])[.)]\s+\p{Lu}[^\n]{0,150}")
# A numbered paragraph of the text ("4. Lực lượng, phương tiện …", "2.1. Về thủy lợi"): where it stands in place of a
# row's number, the table above it is over (a table copied into the text with no blank line after it).
NUMBERED_PARAGRAPH = regex.compile(r"\d{1,2}(?:\.\d{1,2})*\.\s+\p{Lu}[^\n]{2,}")
# The heading of the next appendix ("PHỤ LỤC II", "PHỤ LỤC SỐ 2", "PHỤ LỤC 3: DANH MỤC …"; capitals, as the form of an
# administrative document sets it, Nghị định 30/2020/NĐ-CP, Phụ lục I): the table of the appendix before is over, where
# no blank line ends it (a page break before the appendix read as one line end, a table copied with no blank line after it).
APPENDIX_HEADING = regex.compile(r"PHỤ\s+LỤC(?:\s+(?:SỐ\s+)?(?:[IVXLC]{1,6}|\d{1,2}))?(?:[.:][^\n]*)?")
# A line that opens a time cell ("2026", "Năm 2026", "Quý IV/2026", "Thường xuyên", "Hằng năm", "Tháng 6/2026").
TIME_CELL_START = regex.compile(r"(?i:(?:năm|quý|quí|tháng|thường(?:\s+xuyên(?!\p{L})|$)|hằng|hàng|định\s+kỳ|giai\s+đoạn)(?!\p{L})|\d{1,2}/|20\d\d(?!\d))")
# How a time cell may open besides (a row's cells read where the header says when its time cell opens so):
# "Trước 30/6/2026", "Trong năm 2026", "Từ năm 2026", "Đến năm 2030", "Khi có phát sinh", "Sau khi …", "Ngay sau …",
# "Liên tục", "Ngày 15 hằng tháng", "Tuần đầu".
TIME_CELL_OPENING = regex.compile(r"(?i:(?:trước|trong|từ|đến|khi|sau|ngay|liên\s+tục|ngày|tuần|mỗi)(?!\p{L}))")
# A line that is a whole time cell ("Quý IV/2026", "Năm 2025 - 2026", "2026", "Thường xuyên", "Hằng năm", "Tháng 6/2026").
TIME_CELL = regex.compile(r"(?i:(?:năm\s+)?20\d\d(?:\s*[-–]\s*20\d\d)?|(?:quý|quí)\s+[IV]{1,3}(?:\s*[/-]\s*|\s+năm\s+)20\d\d|"
                          r"tháng\s+\d{1,2}(?:/|\s+năm\s+)20\d\d|thường\s+xuyên|hằng\s+năm|hàng\s+năm)\.?")
# A time's word alone on a line, its number on the next ("Quý⏎IV/2025", "Năm⏎2026").
TIME_WORD = regex.compile(r"(?i:quý|quí|năm|tháng|giai\s+đoạn)")
# A plural word before a body's head that opens a cell ("Các sở, ban, ngành", "các Hội").
PLURAL_OPENER = regex.compile(r"(?i:(?:các|những)\s+)")
# A column-numbering row under a header: "(1)", "1", "(A)", "(4)=(5)+...+(9)".
COLUMN_NUMBERING = regex.compile(r"\(?(?:\d{1,2}|[A-Z])\)?(?:\s*=\s*[\d()+\-*/ .…]+)?")
# s36d: a part of the year a column's values are due by, under the year's plan ("Kế hoạch năm 2027" over "6 tháng đầu năm |
# Cả năm", "Quý I | … | Quý IV", "9 tháng", "Học kỳ I"), as a yearly plan sets its half-year and full-year marks: a time,
# not what the column measures (targets.tables), and not a value where it heads a column ("6 tháng" reads as a number
# with its unit, VALUE_CELL: w20c, a header row "6 tháng | Cả năm" under "Kế hoạch năm 2027" was taken for data).
PART_OF_YEAR = regex.compile(r"(?i:(?:(?:0?\d{1,2}|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)(?:\s+năm)?)?|cả\s+năm|quý\s+(?:[IV]{1,3}|[1-4])"
                             r"|tháng\s+\d{1,2}|học\s+kỳ\s+(?:I{1,2}|[12]))(?:\s*\([^()]*\))?)")
# A value: a number with at most a short unit ("51", "≥ 52%", "1.200 tỷ đồng").
VALUE_CELL = matched_in_place(r"(?:[<>≤≥]=?|trên|dưới)?\s*\d[\d.,]*\s*(?:[-–]\s*\d[\d.,]*)?\s*\S{0,8}")
# A line that can be a section row inside a delimited table (a merged row that lost its tabs):
# an ordinal heading "I. Chỉ tiêu kinh tế", "A. …", or a phase "Giai đoạn 2026-2027", "Năm 2026".
SECTION_LINE = regex.compile(
    r"(?i:(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+\S.{0,140}|(?:giai\s+đoạn|năm|nhóm)\s+.{1,140})")
# w22d: between two rows of a delimited table, also an indicator that heads its parts, named with its unit ("Tỷ lệ dân số
# được cấp nước sạch (%)" over "Khu vực đô thị | 94,2 | 97 | 100", "Khu vực nông thôn | …"), its empty cells' tabs lost as
# a line's trailing white space is (only there: in a table of one cell a line, "Chỉ tiêu tuyển sinh (học sinh)" is a header).
MEASURED_GROUP_LINE = regex.compile(r"\p{Lu}[^\t\n()]{2,120}\((?:%|‰|[\p{L}\p{M}²³/.][\p{L}\p{M}²³/. ]{0,24})\)")

# What a page break leaves between two parts of one table: blank lines, a page number,
# a short running header or footer line.
BETWEEN_PAGES = matched_in_place(r"(?:\s*\n)(?:[^\n\t]{0,60}\n\s*){0,3}")

# A header cell over several columns: "GIAI ĐOẠN 2026 - 2030", "Mục tiêu", "Kế hoạch",
# "Cơ quan thực hiện", "Chia ra", "Trong đó", "Phân kỳ", "Kinh phí" (over its sources), "Tỷ lệ …" (over its shares),
# "Phân theo đơn vị hành chính", "Chia theo xã" (over the places, as statistical and land-use tables split a total).
GROUP_HEADER = regex.compile(r"(?i:giai\s+đoạn|mục\s+tiêu|kế\s+hoạch|dự\s+kiến|thực\s+hiện|chia\s+ra|trong\s+đó|phân\s+kỳ|lộ\s+trình"
                             r"|kinh\s+phí|nguồn\s+vốn|tỷ\s+lệ|cơ\s+cấu|phân\s+bổ|bao\s+gồm|kết\s+quả|(?:phân|chia)\s+theo|chỉ\s+tiêu\s+" + TIME_SPLIT + r")")
# A header cell that never spans columns over others: the notes.
LEAF_HEADER = regex.compile(r"(?i:^ghi\s+chú$)")

# A row that only opens the parts of the row above it: "Trong đó:", "Bao gồm:", "Chia ra:".
BREAKDOWN_LINE = regex.compile(r"(?i:(?:trong\s+đó|bao\s+gồm|chia\s+ra|gồm|cụ\s+thể)\s*:?)")

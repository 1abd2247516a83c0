"""Named pieces of the legal-reference grammar, composed into verbose patterns.

A citation in a Vietnamese plan reads
    DOC_TYPE [số] CODE [, ngày DATE] [của ISSUER] [về SUBJECT]
where CODE is a number-symbol in one of three official shapes:
    administrative (NĐ 30/2020)   74/KH-UBND, 510/QĐ-BCA-V05
    Party (HD 36-HD/VPTW)         09-NQ/TW, 312-KH/HU, 24-HD/BTCTW
    normative with a year         04/2022/QĐ-TTg, 16/2021/QH15, 65/2018
Documents without a number are cited by name ("Luật Thi đua, khen thưởng",
"Nghị quyết Đại hội … lần thứ XIX", "Đề án 06 của Chính phủ").
"""
from __future__ import annotations

from pathlib import Path

import regex

from extractors.regexes import matched_in_place
from extractors.vocabulary import load_tsv

HERE = Path(__file__).parent


def _load(name: str) -> list[list[str]]:
    return load_tsv(HERE / name, header=True)


DOC_TYPES: dict[str, str] = {}  # abbreviation -> name
DOC_TYPE_NAMES: list[str] = []
BY_NAME_TYPES: list[str] = []  # types cited by name without a number: Hiến pháp, Luật, Chiến lược, Quy hoạch, …
STANDARD_TYPES: dict[str, str] = {}  # standards cited by code: TCVN → Tiêu chuẩn quốc gia
for _name, _abbrevs, _by_name, *_ in _load("doc_types.tsv"):
    if _by_name.strip() == "standard":
        STANDARD_TYPES[_abbrevs.strip()] = _name
        continue
    DOC_TYPE_NAMES.append(_name)
    if _by_name.strip() == "by_name":
        BY_NAME_TYPES.append(_name)
    for _abbrev in _abbrevs.split():
        DOC_TYPES.setdefault(_abbrev, _name)
DOC_TYPES.setdefault("QĐ", "Quyết định")

ISSUERS: dict[str, str] = {abbrev: name for abbrev, name, *_ in _load("issuers.tsv")}


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# National programmes a plan names in running case (national_programmes.tsv: "Chương trình mỗi xã một sản phẩm", "Chương trình
# tiêm chủng mở rộng", each with the document that set it up): the name is the programme's, wherever the clause goes on after it
# ("… trong Chương trình tiêm chủng mở rộng đạt trên 95%"), and a proper one (PROPER_NAME), never an activity.
NATIONAL_PROGRAMMES = tuple(name.strip() for name, *_ in _load("national_programmes.tsv"))
_NATIONAL_PROGRAMME = rf"(?:{_alternation(list(NATIONAL_PROGRAMMES))})(?![\p{{L}}\p{{M}}])"
# … its name alone, where a list goes on after it ("thực hiện Chương trình tiêm chủng mở rộng, phòng chống suy dinh dưỡng trẻ
# em": the next item is another task, no part of the name)
NATIONAL_PROGRAMME_THEN_LIST = regex.compile(rf"{_NATIONAL_PROGRAMME}(?=\s*(?:,|;|\s+và\s))")
# … its name opening a title (rule_named_document: a national programme is cited wherever it is named)
NATIONAL_PROGRAMME_NAME = regex.compile(_NATIONAL_PROGRAMME)


# The document type as a word, capitalised as in a citation ("Nghị quyết", "Quyết định").
DOC_TYPE = rf"(?P<doc_type>{_alternation(DOC_TYPE_NAMES)})"

# --- the number-symbol --------------------------------------------------------
NUMBER = r"(?P<number>\d{1,5}(?:\.\d{1,2})?[a-z]?)"  # "66.2/2025/NQ-CP": a number with a sub-number
YEAR = r"(?P<year>(?:19|20)\d\d)"
# One part of a symbol: an upper-case abbreviation, possibly mixed case (TTg, CTr, QĐi, QH15, V05).
# (a symbol glued to the date's "ngày" by a lost space, "115/2021/NĐ-CPngày 16/12/2021" in a PDF's text, ends before it; so
# does one glued to the issuer's "của" or the subject's "về": "35/2025/QĐ-TTgcủa Thủ tướng", "12/KH-UBNDvề …")
GLUED_WORD = r"(?:ngày|của|về)\s"
SYMBOL_PART = rf"[\p{{Lu}}Đ](?:(?!{GLUED_WORD})[\p{{L}}Đđ0-9&])*"
# A symbol split by a space after its hyphen ("75/KH- UBND") or a line wrap is one symbol; so is
# one with a space before its hyphen ("71/NQ -CP", "260/QĐ - BKH"), when an abbreviation follows
# (two capitals: "12/KH-UBND - Kế hoạch …" goes on with a word).
SPACED_HYPHEN = r"\s-\s?(?=[\p{Lu}Đ]{2})"
# A unit of the issuing body named by a letter and a Roman numeral ends a symbol: the Government Office's departments
# "V.I", "V.III" (Vụ I, Vụ III) in "6721/VPCP-V.I" (Nghị định 30/2020/NĐ-CP Phụ lục VI: the drafting unit's abbreviation).
UNIT_PART = r"\p{Lu}\.[IVX]{1,4}(?![\p{L}\p{M}\d.])"
SYMBOL = rf"(?P<symbol>{SYMBOL_PART}(?:(?:-\s?|{SPACED_HYPHEN}|/)(?:{UNIT_PART}|{SYMBOL_PART}))*)"
SLASH = r"\s?/\s?"
# Capitals of other scripts drawn as Latin ones (Unicode Technical Standard #39, confusables.txt: Cyrillic and
# Greek capitals whose skeleton is a Latin capital), typed into a symbol by a keyboard layout or an OCR:
# "Nghị định số 137/2020/NĐ-СР" with Cyrillic Es and Er is NĐ-CP.
LATIN_LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУ" "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "ABESIJKMHOPCTXY" "ABEZHIKMNOPTYX",
)

CODE = rf"""
    (?<![\p{{L}}\d/.,-])
    {NUMBER}
    (?:
        {SLASH}{YEAR}{SLASH}{SYMBOL}          # 04/2022/QĐ-TTg, 16/2021/QH15
      | \s?-\s?(?P<party_type>{SYMBOL_PART}){SLASH}(?P<party_issuer>{SYMBOL_PART}(?:-{SYMBOL_PART})*)   # 09-NQ/TW, "09- NQ/TW"
      | {SLASH}{SYMBOL}                       # 74/KH-UBND, 510/QĐ-BCA-V05
      | {SLASH}{YEAR}(?![\d/])                # 65/2018 (only after a document type)
    )
    (?:(?![\p{{L}}\d])|(?={GLUED_WORD}))
"""
CODE_RE = regex.compile(CODE, regex.VERBOSE)
# A Party document's number typed in the state shape, "27/NQ-TW", "128/QĐ-TW" for 27-NQ/TW, 128-QĐ/TW: its symbol's last part
# is a Party committee (HD 36-HD/VPTW: TW Trung ương, TU Tỉnh ủy / Thành ủy, HU Huyện ủy, QU Quận ủy, ĐU Đảng ủy), which no
# state body's abbreviation is (NĐ 30/2020/NĐ-CP, Phụ lục VI).
STATE_SHAPED_PARTY = regex.compile(r"(?P<type>NQ|CT|KL|QĐ|QĐi|KH|HD|TB|QC|CTr|ĐA|TTr|BC)-(?P<issuer>TW|TƯ|TU|HU|QU|ĐU)")

# --- dates ----------------------------------------------------------------------
# any two digits: a date that cannot exist ("ngày 45/13/2024") is still the citation's date, kept with date null
DAY = r"(?P<day>\d{1,2})"
MONTH = r"(?P<month>\d{1,2})"
NGAY_THANG_NAM = rf"{DAY}\s+tháng\s+{MONTH}\s+năm\s+{YEAR}"
DAY_MONTH_YEAR = rf"{DAY}\s?[/.-]\s?{MONTH}\s?[/.-]\s?{YEAR}"
# ", ngày 09/5/2024", "ngày ngày 22/12/2020" (a doubled word, as typed)
# … or in parentheses: "Quyết định số 1234/QĐ-UBND (ngày 15/5/2025) của UBND tỉnh".
DATE_AFTER = regex.compile(
    rf"^\s*(?:,?\s*(?:ban hành\s+)?ngày\s+(?:ngày\s+)?(?P<date>{NGAY_THANG_NAM}|{DAY_MONTH_YEAR})"
    rf"|\(\s*(?:ban hành\s+)?ngày\s+(?P<date>{NGAY_THANG_NAM}|{DAY_MONTH_YEAR})\s*\))",
    regex.IGNORECASE,
)

# --- issuer, subject --------------------------------------------------------------
# An issuer starts upper case and runs over capitalised words, lower-case
# administrative words and a term ("khóa XIX") until the clause moves on.
# A capitalised subject opens with what the document does ("… của UBND thành phố Đà Nẵng Sửa đổi …",
# "… của Chính phủ Về quản lý …", "… Thành lập Trung tâm …"); a lower-case clause with what is said
# of it ("… của Chủ tịch UBND tỉnh công bố thủ tục …", "… hết hiệu lực …", "… của Quốc hội khoảng 110
# tỷ đồng"); "và" before a lower-case word joins a clause, not another body ("… và thủ tục hành chính").
ISSUER_STOP = r"""
    \s+(?:Quy\ định|Ban\ hành|Phê\ duyệt|Hướng\ dẫn|Về|Sửa\ đổi|Bổ\ sung|Thành\ lập|Cho\ phép|Công\ bố|Triển\ khai|Thực\ hiện)\b
  | \s+ngày\s+\d
  | \s+(?:về|quy\ định|quy\ đinh|ban\ hành|phê\ duyệt|hướng\ dẫn|triển\ khai|thực\ hiện|sửa\ đổi|bổ\ sung|đã|được|để|nhằm|tại|theo|trong|đối\ với|và\ các|và\ Kế|và\ Nghị|và\ Quyết|và\ Chỉ|với|là|có|đề\ ra|giao
        |và\ (?:Hướng\ dẫn|Kết\ luận|Thông\ báo|Thông\ tư|Quy\ định|Quy\ chế|Công\ văn|Công\ điện|Tờ\ trình|Báo\ cáo)   # another document ("… của
        # UBND huyện và Hướng dẫn của Sở Y tế"); not a type a body's name holds ("Viện Kiến trúc và Quy hoạch")
        |công\ bố|hết\ hiệu\ lực|xác\ định|không\ thay\ đổi|chưa\ thay\ đổi|(?:không|chưa)\ (?:có|được|phải)|vẫn|tiếp\ tục|đề\ nghị|gửi|thuộc|phân\ cấp|khoảng|ước|dự\ kiến|thì)\b
  | \s+và\s+(?=\p{Ll})
  | \s+[Vv]/[Vv]\b   # "V/v" (về việc), as letters abbreviate it (NĐ 30/2020/NĐ-CP)
  | \s*[;,.:()“”"\n\t]
  | \s*$
"""
# A ministry or department whose name holds a comma ("Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du
# lịch", "Bộ trưởng Bộ …"): its sector from issuers.tsv, read whole before the comma could end it.
# (as typed: "hoá" for "hóa", "thể thao và du lịch" in lower case)
_COMMA_SECTORS = [v for n in ISSUERS.values() if "," in n and n.startswith("Bộ ")
                  for v in {n.split(" ", 1)[1], n.split(" ", 1)[1].replace("hóa", "hoá")}]
COMMA_BODY = rf"(?:(?:Bộ\ trưởng|Giám\ đốc|Thứ\ trưởng|Phó\ Giám\ đốc)\s+)?(?:Bộ|Sở)\s+(?i:{_alternation(_COMMA_SECTORS)})"
# A minister who heads an agency of ministerial rank is named by both titles: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
# "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" (Luật Tổ chức Chính phủ: the heads of ministerial agencies are ministers): the comma
# after "Bộ trưởng" does not end the issuer.
MINISTER_OF = r"Bộ\ trưởng,\s+(?=\p{Lu})"
# (a ministry whose name holds a comma is whole before a lower-case clause too: "… của Bộ trưởng Bộ Văn hóa, Thể thao và Du
# lịch công khai trên Cổng …")
ISSUER = rf"(?P<issuer>{COMMA_BODY}(?={ISSUER_STOP}|\s+\p{{Ll}})|(?:{MINISTER_OF})?[\p{{Lu}}Đ][\p{{L}}\d\-– ]{{1,90}}?(?={ISSUER_STOP}))"

# An issuer whose name is complete, and what follows it in the same run of words (a clause: "… của Chính phủ quản lý nhà
# nước về …", "… của Quốc hội thí điểm …", "… của Ủy ban nhân dân tỉnh bãi bỏ …", "… của Ban Thường vụ Tỉnh ủy phù hợp với …",
# a capitalised subject with no "về": "… của Chính phủ Ứng dụng công nghệ thông tin …"). Complete names: the central bodies and
# ministries (issuers.tsv), a department by its ministry's sector (Nghị định 45/2025/NĐ-CP names them so: Sở Tài chính, Sở Y tế),
# with the leader who signs for them; a People's Committee or Council, or a Party committee, at its level with its place's
# proper name (Luật Tổ chức chính quyền địa phương; Điều lệ Đảng); a term ("khóa XV") may follow any of them.
_LEVEL = r"(?:tỉnh|thành\ phố|Thành\ phố|huyện|quận|thị\ xã|xã|phường|thị\ trấn|đặc\ khu)"
_PLACE = r"(?:\s+\p{Lu}\p{Ll}*(?:(?:\s+|\s*[-–]\s*)\p{Lu}\p{Ll}*)*)"  # "Lâm Hà", "Bà Rịa - Vũng Tàu"
_TERM = r"(?:\s+(?i:kh[oó]a)\s+[IVXLC]+)"
_CENTRAL = ["Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư", *ISSUERS.values(),
            *("Sở " + n[len("Bộ "):] for n in ISSUERS.values() if n.startswith("Bộ "))]
_LEADER = r"(?:(?:Bộ\ trưởng,\s+)?(?:Bộ\ trưởng|Thứ\ trưởng|Chủ\ nhiệm|Thống\ đốc|Tổng\ Thanh\ tra|Giám\ đốc|Phó\ Giám\ đốc)\s+)?"
_PEOPLES = r"(?:(?:Chủ\ tịch|Phó\ Chủ\ tịch|Thường\ trực)\s+)?(?:Ủy\ ban\ nhân\ dân|Uỷ\ ban\ nhân\ dân|UBND|Hội\ đồng\ nhân\ dân|HĐND)\s+(?:cấp\s+)?" + _LEVEL
# A Party committee of a body or a sector at a level (Điều lệ Đảng: đảng bộ cơ quan, khối; the Party committees of the People's
# Committees and of the Party's agencies set up in 2025, Kết luận 121-KL/TW): "Đảng ủy Ủy ban nhân dân tỉnh", "Ban Thường vụ Đảng ủy
# UBND tỉnh", "Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy Công an tỉnh", "Đảng ủy Quân sự tỉnh" (whole, not cut at the body's name).
_PARTY_OF_BODY = (r"(?:\s+(?:Ủy\ ban\ nhân\ dân|Uỷ\ ban\ nhân\ dân|UBND|Hội\ đồng\ nhân\ dân|HĐND|Mặt\ trận\ Tổ\ quốc(?:\ Việt\ Nam)?|MTTQ"
                  r"|Công\ an|Quân\ sự|Bộ\ đội\ Biên\ phòng|Biên\ phòng|(?:Khối\s+)?(?:các\s+)?cơ\ quan(?:\s+Đảng)?|Khối\s+(?:các\s+)?(?:cơ\ quan|doanh\ nghiệp))"
                  r"(?=\s+" + _LEVEL + r"\b))")
_PARTY = (r"(?:Ban\ Thường\ vụ\s+|Ban\ Chấp\ hành\s+)?(?:(?:Tỉnh|Thành|Huyện|Quận|Thị)\ (?:ủy|uỷ)|Đảng\ (?:ủy|uỷ)" + _PARTY_OF_BODY + "?)"
          r"(?:\s+" + _LEVEL + ")?")
CLOSED_ISSUER = regex.compile(
    rf"""(?P<name>(?>{_LEADER}(?:{_alternation(_CENTRAL)})(?:\s+{_LEVEL}{_PLACE}?)?{_TERM}?   # (a department of a named province)
               | (?:{_PEOPLES}|{_PARTY}){_PLACE}?{_TERM}?))   # (atomic: the whole name, "Đảng ủy xã", "… khóa XII", is not cut)
        (?P<rest>\s+(?!và\s+\p{{Lu}})\p{{L}}.*)$""",   # (not a joint issuer: "… và Ủy ban …", "Bộ Y tế - Bộ Tài chính")
    regex.VERBOSE | regex.DOTALL,
)
# Of a place's committee, only a lower-case clause is known to follow ("Ủy ban nhân dân tỉnh bãi bỏ …"): a capital may run
# on its place's name.
CLOSED_PLACE = regex.compile(rf"{_PEOPLES}|{_PARTY}", regex.VERBOSE)
ISSUER_AFTER = regex.compile(rf"^\s*,?\s*của\s+{ISSUER}", regex.VERBOSE)
# The issuer named before the citation: "Theo đề nghị của Sở Công Thương tại Tờ trình số …", "… đã
# được Thủ tướng Chính phủ phê duyệt tại Quyết định số …".
ISSUER_BEFORE = regex.compile(
    rf"(?:(?:[Đđ]ề\s+nghị|[Ýý]\s+kiến|[Đđ]ề\s+xuất)\s+của|được)\s+{ISSUER}\s+(?:(?:phê\s+duyệt|ban\s+hành)\s+)?tại\s+(?:các\s+)?$",
    regex.VERBOSE,  # (not IGNORECASE: the issuer opens with a capital)
)

# A subject that amends another document: "… sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán".
AMENDS = regex.compile(r"sửa\s+đổi\b")
# The citing document's own clause after the last basis, which a comma opens: a body (its head word) and what it does with this
# document ("…, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau", "…, Sở Y tế xây dựng Kế hoạch …", "…, Bộ Xây dựng yêu cầu …",
# "…, Phó Thủ tướng Chính phủ … có ý kiến chỉ đạo như sau", "…, Ủy ban Thường vụ Quốc hội quyết nghị"): no longer the subject.
_ENACTING = r"""(?:Ủy\ ban|Uỷ\ ban|UBND|Sở|Bộ|Ban|Thủ\ tướng|Phó\ Thủ\ tướng|Chủ\ tịch|Hội\ đồng|HĐND|Văn\ phòng|Cục|Chính\ phủ|Quốc\ hội
    |Tỉnh\ ủy|Thành\ ủy|Huyện\ ủy|Đảng\ ủy|Phòng)\b[^,;\n]{0,80}?\s(?:ban\ hành|xây\ dựng\s+(?:Kế\ hoạch|kế\ hoạch|Chương\ trình)|yêu\ cầu
    |có\ ý\ kiến|quyết\ nghị|thông\ báo|chỉ\ đạo)\b"""
SUBJECT_END = r"""(?=\s*(?:;|\.(?:\s|$)|\n|$|,\s+(?:ngày|của)\s|,\s+(?=""" + _ENACTING + r""")|\s*(?:và|,)\s+(?:các\s+)?(?:Nghị|Quyết|Kế|Chỉ|Kết|Hướng|Thông|Đề)\S*\s\S+\s+(?:số\s+)?\d+\s?[/-]))"""
# The laws an amending law amends, listed over semicolons as its title lists them ("Luật số 90/2025/QH15 … sửa đổi, bổ sung một
# số điều của Luật Đấu thầu; Luật Đầu tư theo phương thức đối tác công tư; Luật Hải quan; …"): the subject runs on over them.
# (each by its name alone, as the title lists them: a law with its own number or date after a semicolon is cited apart,
# "…; Luật Đất đai số 31/2024/QH15; …")
_AMENDED_LAWS = r"""(?:;[ \t]*(?:Bộ\ luật|Luật|Pháp\ lệnh)[ \t]+\p{Lu}[^;\n\d]*(?![^;\n]))*+"""
SUBJECT_AFTER = regex.compile(
    r"""^\s*,?\s*(?:(?:về|[Vv]/[Vv])\s+(?P<subject>[^;\n]+?)|(?P<subject>sửa\ đổi,?\ bổ\ sung\s+một\s+số\s+điều\s+của\s+(?:Bộ\ luật|Luật|Pháp\ lệnh)\s[^;\n]+?"""
    + _AMENDED_LAWS + r""")|(?P<subject>(?:quy\ định|ban\ hành|phê\ duyệt|hướng\ dẫn|sửa\ đổi,?\ bổ\ sung|sửa\ đổi)\s+[^;\n]+?))"""
    + SUBJECT_END,
    regex.VERBOSE,
)
# s33f: a note on the issuer's name since the 2025 mergers, between the issuer and the subject: "… của Bộ Nông nghiệp và PTNT
# (nay là Bộ Nông nghiệp và Môi trường) về …", "… của Tổng cục Thủy sản (nay Cục Thủy sản và Kiểm ngư) về …", "… của UBND
# tỉnh Phú Yên (cũ) về việc …" (Nghị quyết 202/2025/QH15 merged the provinces; Nghị định 35/2025/NĐ-CP the ministries):
# the subject follows the note.
RENAMED_NOTE = regex.compile(
    r"[ \t]*\*{0,2}\((?:cũ|nay(?:[ \t]+là)?[ \t][^()\n]{1,100}|trước[ \t]+đây[ \t]+là[ \t][^()\n]{1,100})\)\*{0,2}")
# A subject written with a capital straight after a complete issuer, with no "về" (CLOSED_ISSUER): "… của Văn phòng Chính phủ
# Kết luận Phiên họp …", "… của Chính phủ Ứng dụng công nghệ thông tin trong hoạt động …".
# (on the issuer's line: a capital after a line break goes on a wrapped name, "… của Bộ trưởng Bộ Công⏎Thương;")
CAPITAL_SUBJECT = regex.compile(r"^[ \t]+(?:Về\s+(?P<subject>[^;\n]+?)|(?P<subject>\p{Lu}[^;\n]+?))" + SUBJECT_END, regex.VERBOSE)

# The doc-type word (and "số") just before a code: "Nghị quyết số ", "Kế hoạch ", "số ". Every part may be
# empty, so a search tries each position of the window: the prefilter lets through only where a match can
# start (the first letter of a type word or of "số", or the end), 2x faster.
TYPE_BEFORE_STARTS = "".join(sorted({regex.escape(n[0]) for n in DOC_TYPE_NAMES} | {"S", "s"}))
# A type may be qualified by who issues it together ("Quy chế phối hợp số 49/QCPH-…", "Chương trình phối hợp số 05/CTPH-…",
# "Nghị quyết liên tịch số …"): a regulation, programme or resolution all the same.
_JOINTLY = r"(?:\s+(?:phối\s+hợp|liên\s+tịch|liên\s+ngành))?"
TYPE_BEFORE = regex.compile(rf"(?=[{TYPE_BEFORE_STARTS}]|$)(?:{DOC_TYPE}{_JOINTLY}\s+)?(?:(?P<so>[Ss]ố)\s*:?\s*)?(?:{DOC_TYPE}\s+số\s+)?$")
# The type word in another case, read where none is in a citation's case: title case ("Nghị Quyết số 190/2025/QH15", "Quyết
# Định số …"), capitals ("NGHỊ QUYẾT SỐ 11/2022/NQ-HĐND" in a title): a number of the National Assembly or a letter's names no
# type, so the word is all that says it. (Its first letter a capital: in lower case, "mệnh lệnh số …" is no order cited.)
TYPE_BEFORE_ANY_CASE = regex.compile(
    rf"(?i)(?=[{TYPE_BEFORE_STARTS.upper()}{TYPE_BEFORE_STARTS.lower()}]|$)(?:(?<![\p{{L}}])(?P<doc_type>{_alternation(DOC_TYPE_NAMES)}){_JOINTLY}\s+)?"
    r"(?:(?P<so>số)\s*:?\s*)?$")
DOC_TYPE_NAME_OF = {n.lower(): n for n in DOC_TYPE_NAMES}  # a type word in any case -> its name

# A form or annex by its number ("theo Mẫu số 02/BC-SNV", "Biểu số 01/KH-NS", "Phụ lục số 01/KH"): part of a
# document (Nghị định 30/2020/NĐ-CP numbers forms so), not a document cited.
FORM_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:mẫu(?:\s+biểu)?|biểu(?:\s+mẫu)?|phụ\s+lục)\s+(?:số\s*:?\s*)?$")
# An official letter cited in running text, "công văn số 324/QTR-KTr2", "Văn bản số 8091/BNV-TCBC": a state letter's
# symbol names its issuer, not a type (Nghị định 30/2020/NĐ-CP, Phụ lục III), so the word before says it is a letter.
# ("văn bản số 12/2024/QH15" is a numbered law or resolution: a letter's number has no year.)
# ("CV số 456/UBND-VP": the letter by its abbreviation, NĐ 30/2020/NĐ-CP Phụ lục III)
LETTER_BEFORE = regex.compile(r"(?:(?P<letter>[Cc]ông\s+văn|(?<![\p{L}])CV)|[Vv]ăn\s+bản)\s+số\s*:?\s*$")
# The type of a document several bodies issue together (Luật Ban hành VBQPPL: thông tư liên tịch, nghị quyết liên tịch; NĐ 30/2020:
# kế hoạch liên tịch), its issuers' abbreviations after it: "19/2015/TTLT-BTC-BNV", "07/2016/TTTLT-BYT-BTC-BLĐTBXH" (as typed).
JOINT_TYPE = regex.compile(r"T?TTLT|NQLT|KHLT|CTLT")
# A law's name that ends with a type word, before its number: "Luật Quy hoạch số 21/2017/QH14" (the law, not a master plan).
LAW_NAME_BEFORE = regex.compile(r"(?<![\p{L}])(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s+$")
# A list introduced by its type and issuer: "Các Kế hoạch của UBND huyện: Số 170/…, số 52/…".
LIST_HEADER = regex.compile(rf"{DOC_TYPE}\s+của\s+(?P<issuer>[^:;\n]{{2,60}}?)\s*:[^\n]*$")

# The document's own number in its header: "Số: 74 /KH-UBND" opening a line ("Số:" and the
# number may sit on two lines of a header table).
OWN_NUMBER_BEFORE = regex.compile(r"(?:^|\n)[ \t|*]*Số[ \t]*:?[ \t]*\n?[ \t|*]*$")
# The number-symbol in the document's header, even with the number left blank for signing:
# "Số: 74/KH-UBND", "Số:\t/KH-SCT", "Số\t-CTr/TU" → the symbol ("KH-UBND", "KH-SCT", "CTr/TU").
HEADER_SYMBOL = regex.compile(rf"(?:^|\n|/ )[ \t|*]*Số[ \t]*:?[ \t]*\n?[ \t|*]*\d*[ \t]*[/-][ \t]*(?P<symbol>{SYMBOL_PART}(?:[-/]{SYMBOL_PART})*)")
# The header of a law, resolution or decree: "Luật số: 60/2024/QH15", "Nghị quyết số: 192/2025/QH15"
# opening a line (with its colon; "Quyết định số 15/2014/QĐ-UBND" opening a line of bases is a citation).
OWN_TYPED_NUMBER_BEFORE = regex.compile(rf"(?:^|\n)[ \t|*]*{DOC_TYPE}\s+số[ \t]*:[ \t]*\n?[ \t|*]*$")
HEADER_LENGTH = 1500  # where a document's header ends, at the latest
# In the header, "Số:" with its colon wherever the header's cells put it: "UBND TỈNH / Số: 12/KH-UBND".
OWN_HEADER_NUMBER_BEFORE = regex.compile(r"\bSố[ \t]*:[ \t]*\n?[ \t|*]*$")

# The document named in its own upper-case heading: "CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU".
OWN_HEADING_BEFORE = regex.compile(rf"(?:^|\n)[ \t*#]*(?:{_alternation([n.upper() for n in DOC_TYPE_NAMES])})\s+SỐ[ \t]*:?[ \t]*$")
# An appendix caption names the document it belongs to (this one, or the decision that
# issues it): "(Kèm theo Kế hoạch số 157/KH-UBND …)", "(Ban hành kèm theo Quyết định số …)".
# (opening a line, or a bracket: a heading and its caption may share a line once wraps are joined)
# An appendix's caption names the document it belongs to, by number or by its title alone ("(Kèm theo Kế hoạch thanh tra năm
# 2027 của Thanh tra tỉnh)"): a mention right after its "Kèm theo" is the document itself.
CAPTION_OPENING_BEFORE = regex.compile(r"(?:(?:^|\n)[ \t*(]*|\(\s*\**\s*)(?:[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s+$")
OWN_CAPTION_BEFORE = regex.compile(r"(?:(?:^|\n)[ \t*(]*|\(\s*\**\s*)(?:[Bb]an\s+hành\s+)?[Kk]èm\s+theo\s+(?:\p{L}+\s+){1,4}?số\s*:?\s*$")

# A citation in a list by its number alone ("số 009/CĐ-UBND ngày 19/11/2025"): the list's type and date are shared.
NUMBER_ONLY_HEAD = regex.compile(r"(?:số\s*:?\s*)?\d", regex.IGNORECASE)
SAME_LIST = regex.compile(r"^\s*(?:,|và|,\s*và)\s*$")  # (";" closes a list item: its date is its own)
# A citation continuing a list of citations: "Nghị quyết 35/NQ-CP và Kế hoạch của …".
LIST_CONTINUATION = regex.compile(r"^\s*(?:,|;|và|,\s*và)\s*$")
# "Nghị quyết của HĐND huyện đề ra": what a document sets out (its targets), right after its mention.
SETS_OUT = matched_in_place(r"\s*đề ra\b")
# … said once after a list of documents by their issuers: "theo Kế hoạch của UBND huyện; Nghị quyết của Huyện ủy và Hội đồng
# nhân dân cấp huyện đề ra", "các chỉ tiêu Nghị quyết của HĐND tỉnh, Kế hoạch của UBND tỉnh đề ra": each item's targets.
SETS_OUT_LIST = matched_in_place(rf"(?:\s*(?:,|;|và|,\s*và)\s+{DOC_TYPE.replace('?P<doc_type>', '?:')}\s+của\s+[^;,.\n]{{2,80}}?)+\s*đề ra\b")

# Words that open a clause citing the basis of the plan.
# Capitalised: the cue opens the sentence ("thực hiện" inside a clause is no basis).
# "Thực hiện" / "Triển khai" cite when a document (capitalised) or a direction is their object: "Thực hiện Chỉ thị số …",
# "Triển khai chỉ đạo của Thủ tướng Chính phủ tại Công điện số …"; a task is not ("- Thực hiện rà soát các khó khăn … tại Quyết định số 866/QĐ-TTg" is a task).
# the words a BASIS_CUE or a BASIS_LIST cannot do without: a text before a reference without one of them is not searched
BASIS_WORDS = ("Căn cứ", "CĂN CỨ", "Thực hiện", "THỰC HIỆN", "Triển khai")
_BASIS_WORD = r"(?:Căn cứ|CĂN CỨ|(?:Để\s+)?(?:Thực hiện|THỰC HIỆN|Triển khai(?: thực hiện)?)(?=\s+(?:theo\s+)?(?:các\s+)?(?:(?:ý\s+kiến\s+)?chỉ\s+đạo\b|[\p{Lu}\d*“\x22]|$)))"
BASIS_CUE = regex.compile(rf"(?:^|[\n.;]\s*)(?:\d+\.\s*|[-–•+]\s*)?{_BASIS_WORD}[^\n.;]*$")
# A preamble list opened by the cue at a line's start runs over ";" and wrapped lines to the end of its sentence or
# paragraph: "Căn cứ Nghị quyết số 57-NQ/TW …; Nghị quyết số 71/NQ-CP …\nKế hoạch số 283/KH-UBND …" all cite a basis.
# A wrapped line goes on in lower case, with a number, or with the next document's type ("…;\nCông văn số 6676/BYT-CDS");
# "Theo đề nghị của …" on a line of its own opens another clause.
_LIST_GOES_ON = rf"\n(?=[ \t*]*(?:[\p{{Ll}}\d(“\x22]|(?:Các\s+)?(?:{_alternation(DOC_TYPE_NAMES)})\b))"
BASIS_LIST = regex.compile(rf"(?:^|\n)[ \t*]*(?:\d+\.\s*|[-–•+]\s*)?{_BASIS_WORD}(?:[^.\n]|\.(?![\s*]|$)|{_LIST_GOES_ON})*$")
# What ends such a list (a character BASIS_LIST's run to the end cannot take), the last one first: a full stop before white
# space, "*" or the end, a line break the list does not go on after (the text's final one aside, before which "$" matches).
# A BASIS_LIST match runs from its cue word to the end over none of them, so a text whose every cue word ends before the
# last stop (less BASIS_WORD_TAIL, the " thực hiện" of "Triển khai thực hiện" after the BASIS_WORDS' "Triển khai") has none.
LIST_STOP = regex.compile(rf"(?r)\.(?=[\s*]|$)|(?!{_LIST_GOES_ON})\n(?!\Z)")
BASIS_WORD_TAIL = len(" thực hiện")
# What a BASIS_LIST match cannot hold between the line break it opens at and its cue word (BASIS_LIST's marks, digits, white
# space and "Để"), the last one first: a match opens after the last of them before its cue word.
NOT_BEFORE_CUE = regex.compile(r"(?r)[^\s*\d.\-–•+Để]")
# Who proposed it is no basis: "…; theo đề nghị của Sở Văn hóa và Thể thao tại Tờ trình số 150/TTr-SVHTT",
# "ý kiến của Sở Xây dựng tại Văn bản số 3581/SXD-PTĐT".
PROPOSAL_ITEM = regex.compile(r"(?:^|[;\n])\s*(?:(?:theo|xét)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình)|ý\s+kiến)\b[^;\n]*$", regex.IGNORECASE)

# --- documents cited without a number ---------------------------------------------
# Words that make a following capitalised document name a citation.
# "theo", "tại", "của", "căn cứ", "phù hợp (với)", "bám sát", "quán triệt", and "thực hiện" / "triển
# khai" with how it is done ("có hiệu quả", "thắng lợi", "ngay", "đúng"): what follows is an existing document.
MANNER = r"(?:có\s+hiệu\s+quả|hiệu\s+quả|tốt|nghiêm|nghiêm\s+túc|thắng\s+lợi|ngay|kịp\s+thời|đồng\s+bộ|đúng)"
CITING_CUE = regex.compile(
    rf"(?:\b(?:theo(?:\s+(?:yêu\s+cầu|quy\s+định|nội\s+dung|tinh\s+thần))?(?:\s+của)?|tại|căn\s+cứ|của|phù\s+hợp(?:\s+với)?|bám\s+sát(?:\s+nội\s+dung)?|quán\s+triệt|điều\s+chỉnh"
    rf"|(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)(?:\s+thực\s+hiện)?(?:\s+{MANNER})?"
    rf"|lồng\s+ghép(?:\s+{MANNER})?(?:(?:\s+[\p{{L}}\p{{M}}]+){{0,8}}?\s+với)?|gắn\s+với"  # (and what is integrated with it between:
    # "lồng ghép hoạt động bảo vệ trẻ em với Chương trình mục tiêu quốc gia …")
    rf"|(?:nguồn\s+)?(?:vốn|kinh\s+phí)(?:\s+(?:của|thuộc|từ))?|từ\s+nguồn)\s+(?:các\s+)?|[;]\s*|^)$",  # (what the plan is integrated with
    # exists; the funds of a programme that exists: "vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "nguồn kinh
    # phí Chương trình mục tiêu quốc gia giảm nghèo bền vững …", s26a; w20b: "… từ nguồn Chương trình mục tiêu quốc gia phát
    # triển kinh tế - xã hội vùng đồng bào …", "nguồn" alone after "từ")
    regex.IGNORECASE,
)
# An amount of money after a programme's name ("… trong đó ngân sách tỉnh 842 tỷ đồng, vốn Chương trình mục tiêu quốc gia 444
# tỷ đồng"): the share of funds it gives, never a word of its name (w20b).
AMOUNT_IN_TITLE = regex.compile(r"(?i:\s+\d[\d.,]*\s*(?:nghìn\s+|ngàn\s+|triệu\s+|tỷ\s+|tỉ\s+)?(?:đồng|usd)(?![\p{L}\p{M}]).*$)")
# A programme named as one of the sources a plan's funds come from, after the first of them: "Kinh phí thực hiện từ nguồn ngân
# sách nhà nước giao cho ngành y tế hằng năm, Chương trình mục tiêu quốc gia … và miền núi, nguồn viện trợ …" (s29e): the
# funds of a programme that exists, as "vốn Chương trình …" (CITING_CUE) says when the name comes first.
FUNDS_LIST_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:vốn|kinh\s+phí)(?![\p{L}\p{M}])[^;.\n:]{0,80}?(?<![\p{L}\p{M}])(?:từ|bằng)\s+(?:các\s+)?(?:nguồn\s+)?"
    r"[^;.\n:]{2,160}?,\s*(?:(?:nguồn\s+)?(?:vốn|kinh\s+phí)\s+)?$)")
# The next source of the list after the programme's name ends it (", nguồn viện trợ", ", vốn xã hội hóa", ", ngân sách …").
NEXT_SOURCE = regex.compile(r"(?i:,\s*(?:các\s+)?(?:nguồn|vốn|kinh\s+phí|ngân\s+sách|viện\s+trợ|xã\s+hội\s+hóa)(?![\p{L}\p{M}]))")
# A named strategy, master plan, criteria set or national programme (rule_named_document only) is cited by "trong" too: "tiêu chí
# số 5 về trường học trong Bộ tiêu chí quốc gia về xã nông thôn mới"; a plan or scheme by its kind is not ("trong Kế hoạch tuyển
# dụng", "trong Đề án thành lập đơn vị …": the kind of paper a procedure asks for).
IN_CUE = regex.compile(r"(?<![\p{L}\p{M}])trong\s+$", regex.IGNORECASE)
# s22fd: …"trong" is an ordinary word, so after it a document of any type is cited only by a proper name (PROPER_NAME: a
# capital, a year) or as the national one ("trong Bộ tiêu chí quốc gia về xã nông thôn mới"), never a generic phrase
# ("trong Chiến lược kinh doanh của mình", "trong Quy hoạch chi tiết xây dựng khu công nghiệp").
NATIONAL_NAME = regex.compile(r"(?<![\p{L}\p{M}])quốc\s+gia(?![\p{L}\p{M}])")
# s35e: a national criteria set is cited by the standard a unit reaches too ("100% trạm y tế xã, phường đạt Bộ tiêu chí quốc
# gia về y tế xã", "đạt chuẩn theo …" has its "theo"): "đạt" before a "Bộ tiêu chí" named as the national one only, as "trong"
# is read (IN_CUE), never before a generic set ("đạt bộ tiêu chí của ngành").
REACHED_CUE = regex.compile(r"(?<![\p{L}\p{M}])đạt(?:\s+chuẩn)?\s+$", regex.IGNORECASE)
# What a cited text is about names a document ("Thông báo kết luận số 196-TB/TW … về Đề án “Tăng cường …”",
# "Kết luận … về phát triển khoa học … và Đề án 06"): read inside a cited document's subject only.
ABOUT_CUE = regex.compile(r"(?<![\p{L}])về\s+$", regex.IGNORECASE)
# A resolution's subject that is a document's name: the resolution adopts it ("Nghị quyết số 36-NQ/TW … về Chiến lược
# phát triển bền vững kinh tế biển …", "Nghị quyết số 12/NQ-HĐND … về Đề án …"); read between the subject's start and the name.
RESOLVED_ON = regex.compile(r"\s*(?:về\s+)?(?:việc\s+)?(?:thông\s+qua\s+)?\s*[“\x22]?\s*", regex.IGNORECASE)
# What is still to be written is not cited: "xây dựng Kế hoạch … trình UBND tỉnh", "sớm ban hành
# Luật …", "khẩn trương xây dựng, triển khai Đề án …".
# (s28e: "trình" is the verb of submitting, not the second syllable of a noun: "có lộ trình, phù hợp Khung …", "quy trình")
DRAFTING_CUE = regex.compile(
    r"(?i)\b(?:xây\s+dựng|ban\s+hành|soạn\s+thảo|dự\s+thảo|(?<!(?:lộ|quy|chương|công|tờ|giáo|hành|lịch)\s)trình(?:\s+ban\s+hành)?|nghiên\s+cứu|đề\s+xuất)"
    r"(?:\s*(?:,|và)\s*[\p{Ll} ]{2,40}?)?\s+(?:(?:mới|các|một)\s+)?$"
)
# A bill ("dự án Luật …", "dự án Pháp lệnh sửa đổi, bổ sung …") is a law still to be passed.
BILL_BEFORE = regex.compile(r"(?i)\bdự\s+án\s+$")
# "Luật Năng lượng nguyên tử (sửa đổi)": the revised law, still to be passed (but "Luật Đất đai (sửa đổi) năm 2024",
# "… (sửa đổi) ngày 18/01/2024", "… (sửa đổi) số 31/2024/QH15": passed, known by its year, date or number).
_KNOWN_BY = r"\s*,?\s*(?:năm\s+(?:19|20)\d\d|ngày\s+\d|số\s+\d)"
REVISION_AFTER = regex.compile(rf"^\s*\(\s*sửa\s+đổi\s*\)(?!{_KNOWN_BY})")
# A law's date as the day the National Assembly passed it: "Luật Phòng bệnh được Quốc hội khóa XV thông qua ngày 10/12/2025",
# "Luật … đã được Quốc hội khóa XV, kỳ họp thứ 9 thông qua ngày 16 tháng 6 năm 2025" (a law's date is its passing, Luật Ban hành
# văn bản quy phạm pháp luật 2025).
PASSED_ON = matched_in_place(
    rf"\s*,?\s*(?:đã\s+)?được\s+(?P<issuer>Quốc\s+hội(?:\s+(?i:kh[oó]a)\s+[IVXLC]+)?)\s*,?(?:\s*(?:tại\s+)?[Kk]ỳ\s+họp\s+thứ\s+[\p{{L}}\d]+\s*,?)?"
    rf"\s+(?:thông\s+qua|biểu\s+quyết\s+thông\s+qua)\s+(?:vào\s+)?ngày\s+(?P<date>{NGAY_THANG_NAM}|{DAY_MONTH_YEAR})")
PASSED_REVISION = matched_in_place(rf"\s*\(\s*sửa\s+đổi\s*\)(?={_KNOWN_BY})")
# A type word that cites a document, not one inside a body's name: after a capitalised word ("Sở Kế hoạch và Đầu tư",
# "Hội Luật gia", "Đoàn Luật sư", "Ban Quản lý Chương trình"), a dash ("Phòng Tài chính - Kế hoạch") or a plural ("Ban Chỉ
# đạo các Chương trình mục tiêu quốc gia") it names a body or a kind, so a "giữa" before it may still be the title's.
_CITED_TYPE = (r"(?=(?:" + _alternation(DOC_TYPE_NAMES) + r")(?![\p{L}\p{M}]))"  # (the type word first: cheap where none is)
               r"(?<!\p{Lu}[\p{L}\p{M}]*\s+|[-–]\s*|(?<![\p{L}\p{M}])(?i:các|những)\s+)")
# w23d: the two fields an organisation or an office is named for, joined by "và" inside its name ("Điều lệ Liên hiệp các Hội
# Khoa học và Kỹ thuật tỉnh Đắk Lắk", "… Sở Giáo dục và Đào tạo"): the names of the Sở of Nghị định 45/2025/NĐ-CP and of the
# unions of Chỉ thị 42-CT/TW 2010; "và" there does not end a title as it ends one before another name ("… Kế hoạch X và Sở Y tế …")
FIELD_PAIR_FIRST = r"(?:Khoa\s+học|Giáo\s+dục|Nông\s+nghiệp|Tài\s+nguyên|Dân\s+tộc|Thể\s+thao|Thương\s+binh|Kế\s+hoạch|Thông\s+tin|Phát\s+thanh)"
FIELD_PAIR_SECOND = r"(?:Kỹ\s+thuật|Công\s+nghệ|Đào\s+tạo|Môi\s+trường|Tôn\s+giáo|Du\s+lịch|Xã\s+hội|Đầu\s+tư|Truyền\s+thông|Truyền\s+hình)(?![\p{L}\p{M}])"
TITLE_STOP = r"""
    (?=\s*(?:[;.?()“”"]|\t|$)
      | \s*\n(?=[ \t]*(?:[^\p{Ll}\d]|[\p{Ll}\d]{1,2}[.)]|[\p{Ll}\d]{1,4}\t))   # a new line that does not run on a wrapped name
        # (nor a table's next row, its number or ordinal before a tab: "… theo Luật Đầu tư⏎2\tKhu công nghiệp …")
      | ,\s+(?:ngày|năm|số|đã|được|các|và|nhằm|để|đồng\ thời|trong|trên|theo|với|giai\ đoạn\ tiếp
              |đảm\ bảo|bảo\ đảm|lồng\ ghép|góp\ phần|kịp\ thời|tránh|gửi|trình(?!\ (?:độ|tự|bày|diễn|chiếu))|báo\ cáo
              |đề\ nghị|tôi|chúng\ tôi|nâng\ (?:tổng|tỷ\ lệ|số)|đạt|phấn\ đấu)\b   # ", đảm bảo đúng đối tượng", ", (tôi) đề nghị …": what is done
              # (", nâng tổng số lên 23/23 xã", ", đạt …": a target's clause after the document it is measured by)
      | ,\s+\p{Lu}
      | (?<!\bđến|\d)\s+năm\s+\d | \s+(?:số|ngày)\s+\d
      | (?<=\d),\s+(?!tầm\ nhìn|định\ hướng)   # "… 2021 - 2030, đánh dấu …" (but "…, tầm nhìn đến năm 2050")
      | \s+phù\ hợp\b | \s+trong\s+(?:bối\ cảnh|tình\ hình|thời\ gian|năm)\b | \s+trên\s+địa\ bàn\b
      | \s+và\s+(?!(?<=""" + FIELD_PAIR_FIRST + r"""\s+và\s+)""" + FIELD_PAIR_SECOND + r""")\p{Lu}(?<!\bgiữa\s(?:(?!""" + _CITED_TYPE + r""")[^;.\n]){1,80})   # (not the second party of "giữa A
        # và B": "Quy chế phối hợp giữa UBND tỉnh và Ủy ban MTTQ …"; a "giữa" before the type word is not in the name: "phối hợp giữa
        # các ngành theo Kế hoạch phát triển du lịch cộng đồng và Sở Y tế tổ chức …")
      | \s+và\s+(?:các|những|xây\ dựng|ban\ hành|thực\ hiện|triển\ khai|hướng\ dẫn|pháp\ luật|văn\ bản|quy\ định
                  |gửi|báo\ cáo|tổng\ hợp|đề\ xuất|kiến\ nghị|nguồn|vốn|kinh\ phí|ngân\ sách)\b   # "… Kế hoạch truyền thông về Chương trình và gửi về Sở …"
        # (a list of funds: "vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và nguồn thu giá dịch vụ …")
      | \s+vào\s+\p{Lu}
      | \s*,?\s+(?:được\s+)?ban\ hành\ kèm\b   # "Đề án … ban hành kèm theo Quyết định số …": the name ends before
      | \s+(?:của|đã|được|hiện\ hành|sửa\ đổi|để|nhằm|theo(?!\ (?:phương\ thức|hợp\ đồng))|tại|thì|gắn\ với|từng\ bước|đề\ ra)\b  # "Luật Đầu tư theo phương thức đối tác công tư", "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng"
    )
"""
# A name that goes on after "gắn với" to the horizon such names end with: "Đề án phát triển bền vững một triệu héc ta chuyên
# canh lúa chất lượng cao và phát thải thấp gắn với tăng trưởng xanh vùng đồng bằng sông Cửu Long đến năm 2030" (Quyết định
# 1490/QĐ-TTg 2023), "Chương trình … gắn với … giai đoạn 2021 - 2025": the horizon closes the name, so "gắn với" was inside
# it (without one, "… Đề án X gắn với nhiệm vụ …" is what is done with the document, and the name ends before it).
NAME_RUNS_TO_HORIZON = matched_in_place(
    r"\s+gắn\s+với\s+(?:(?!\n[ \t]*[^\p{Ll}\d])[^\d;.()“”\x22\t:]){1,150}?(?<![\p{L}\p{M}])"
    r"(?:đến\s+năm\s+\d{4}|(?:giai\s+đoạn|thời\s+kỳ)\s+\d{4}\s*[-–]\s*\d{4})(?![\d/])"
    r"(?:,?\s+tầm\s+nhìn\s+đến\s+năm\s+\d{4}(?![\d/]))?")
# The year a document's name ends with, before its issuer: "Kế hoạch dự trữ hàng hóa … năm 2025 của Sở Công Thương".
TITLE_YEAR_AFTER = matched_in_place(r"\s+năm\s+(?:19|20)\d\d(?![\d/])")
# A name may hold "tại" ("Trung tâm tài chính quốc tế tại Thành phố Hồ Chí Minh").
NAMED_TITLE_STOP = TITLE_STOP.replace("|tại|", "|")
# A law's name ends before what is said of it: "Luật Dữ liệu có hiệu lực …", "… của Luật Khoa học,
# công nghệ và đổi mới sáng tạo về đổi mới sáng tạo", "Luật Quản lý thuế trừ …".
# A law's name holds no clause words either: "… Luật Quy hoạch cho các cơ quan …", "Luật Hợp tác xã có
# hưởng …", "Bộ luật Lao động hoặc người lao động …", "Luật Bảo hiểm xã hội, là cơ sở …".
# A law's name is a noun phrase: the verbs and the words that open a clause about a person or a case end it, as the article of a
# law is followed by what it provides ("… tại Điều 72 Luật Đất đai không đồng thời với …", "… Luật Bảo hiểm xã hội đóng sau
# thời hạn …", "… Luật Di sản văn hóa dự kiến lập hồ sơ …", "… Điều 172 của Luật Đất đai và người sử dụng đất phải nộp …",
# "… Luật Điện lực, phải chịu trách nhiệm …"; but "Luật Điều ước quốc tế", "Luật Hàng không dân dụng", "Luật Phòng không nhân dân").
# A name cited whole with its date or number ("Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở ngày 28/11/2023",
# "… số 30/2023/QH15"; "Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) số
# 64/2006/QH11", its short name in brackets before the number) runs to them: a clause word on the way is in the name (not a date of the clause: "từ trước ngày …",
# "… bị thu hồi ngày 10/3/2024 để …": a law's date ends the citation).
_LAW_NAME_TO_ITS_DATE = r"""(?:[\p{L}\p{M} ,\-–]|\(\p{Lu}[\p{Lu}\d/&\-]{1,15}\)){0,100}?\s(?:(?<!(?:trước|sau|từ|đến|tới|kể|vào|hết|trong)\s)ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}\s*/\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}
                                                    \s*(?:[;,.)\n]|$|\(|của\ Quốc\ hội|và\b)
                                                 |số\s+\d+/\d{4}/(?:UBTV)?QH)"""
# "bị" in a compound ("Luật Lực lượng dự bị động viên", "thiết bị", "trang bị") is no passive.
_LAW_CLAUSE = r"""\s+(?:dự\ kiến|(?<!Điều\s)ước|(?<!Hàng\s|Phòng\s)không|tham\ gia|đóng|nộp|xem\ xét|quyết\ định|đồng\ thời|bao\ gồm|thuộc|đủ
                 |(?<!(?:dự|thiết|trang|chuẩn)\s)bị|bằng
                 |phải|làm\ việc|từ|trên\ (?:cơ\ sở|tổng)|và\ (?:người|trường\ hợp|diện\ tích|khu|xác\ định|hiệu\ lực|không|số|mức|thời\ gian))\b
                 (?!""" + _LAW_NAME_TO_ITS_DATE + r""")
              | ,\s+(?:phải|người|vừa|đáp\ ứng|cơ\ quan|kinh\ phí|trường\ hợp|điều\ lệ|luật\ khác)\b"""
# (nor a part of another document cited after it: "Điều 15 Luật Phòng bệnh và khoản 2 Điều 5 Nghị định số …", "…, khoản 1 Điều 11 …")
# (nor what goes with it or follows it: "… Luật Bảo hiểm xã hội kèm theo đơn đề nghị …", "theo quy định của Luật Giáo dục, sau khi
# tốt nghiệp …", "… Luật Thi đua, khen thưởng, trước ngày 30/6 …", "căn cứ Luật Quản lý thuế, pháp luật về thanh tra …")
LAW_TITLE_STOP = TITLE_STOP.replace(
    "(?=", r"(?=\s+(?:về|có(?!\ công)|sát\ với|cho|hoặc|là|mà|nhưng|nếu|khi|trừ|đối\ với|thực\ hiện|trong\ đó|báo\ cáo|quy\ định|giai\ đoạn|và\ quy\ định|và\ nội\ dung|kèm\ theo|và\ (?:khoản|Điều|điều)\s+\d|và\ điểm\s+[\p{Ll}\d]"
    r"|trực\ tuyến|(?:trong|trước|sau|vào|chậm\ nhất)\ (?:ngày|tháng|quý|năm|dịp|thời\ gian))\b"
    # (how and when a law is made known: "Hội thi tìm hiểu Luật Giáo dục quốc phòng và an ninh trực tuyến trong quý III năm 2026")
    r" | \s+\d{1,5}\s*/\s*(?:19|20)\d\d\s*/\s*(?:UBTV)?QH"   # "Luật Đất đai 31/2024/QH15": its number with no "số"
    r" | \s+trên\s+(?:hệ\ thống|sóng|phương\ tiện|các\ (?:phương\ tiện|kênh|trang)|trang|cổng|báo|mạng\ xã\ hội)(?![\p{L}\p{M}])"
    # (where a law is made known: "tuyên truyền Luật Dân quân tự vệ trên hệ thống truyền thanh xã")
    r" | (?<!\btự)\s+do\b | ,\s+(?:là|hoặc|mà|nhưng|cho\ phép|pháp\ luật|(?:sau|trước|từ|đến|trong)\ (?:khi|ngày|tháng|quý|năm)|(?:khoản|Điều|điều)\s+\d|điểm\s+[\p{Ll}\d])\b | " + _LAW_CLAUSE
    + r" | (?<![-–\d])\s+(?:19|20)\d\d(?![\d/]|\s*[-–]\s*\d) |", 1)   # "Luật Đường bộ 2024": the law's year, as "năm 2024" (LAW_YEAR_AFTER)
# The words after a law's whole name that open the rest of its clause, not more of a name: "và" and what else the clause is
# about ("Luật Thủy sản và chống khai thác IUU"), where, to whom and how the law is made known ("tuyên truyền Luật Thực hiện
# dân chủ ở cơ sở trên loa truyền thanh", "… cho đoàn viên", "… đến Nhân dân", "… qua các buổi sinh hoạt", "… bằng nhiều hình
# thức", "… nhằm nâng cao nhận thức", "… để người dân biết"). Read only after the name of a law the text cites by number
# (`extract._named_then_more`): a longer name that opens with another law's is its own law ("Luật Đầu tư công" after "Luật
# Đầu tư"), and some names hold "tại" or "với" ("Luật Nhập cảnh, … cư trú của người nước ngoài tại Việt Nam", "Pháp lệnh Ưu
# đãi người có công với cách mạng"), so those two are not in the list. s30b.
NAME_THEN_CLAUSE = frozenset({"và", "trên", "cho", "đến", "tới", "trong", "qua", "bằng", "nhằm", "để"})
# A law's name may be written in lower case ("theo quy định của Luật ngân sách nhà nước", "thi hành
# Luật giám định tư pháp", "Căn cứ Luật quản lý, sử dụng …") where a citing word says a law is cited;
# not "Luật này", "Luật sư", "Luật và các văn bản" …
LOWER_LAW_CUE = r"(?<=\b(?:của|theo|tại|thi\ hành|[Cc]ăn\ cứ)\s+(?:Bộ\ luật|Luật)\s+)"
NOT_A_LAW_NAME = r"""(?!(?:này|đó|trên|nêu|và|hoặc|hay|các|những|số|sư|pháp|gia|lệ|định|học|hiện|hiện\ hành|mới|cũ|ban\ hành|quy\ định
    |sửa\ đổi|theo|khi|áp|vào|trong|tại|thuộc|có|đã|được|thì|để|liên\ quan|chuyên\ ngành|cơ\ bản|tương\ ứng|nói\ trên|đề\ ra
    |với|kịp\ thời|thống\ nhất|(?:có\ )?hiệu\ quả|đồng\ bộ|nghiêm(?:\ túc)?|đầy\ đủ|chặt\ chẽ|thắng\ lợi|ngay|tốt|sâu\ rộng|rộng\ rãi)\b)"""
# (how or with whom a law is carried out is no name: "để triển khai thi hành Luật kịp thời, thống nhất và hiệu quả", "những
# điểm mới của Luật với sự tham gia của …": the law the plan implements, named before)
# A bare "Luật" that refers back to the law a plan implements ("5. Kiểm tra việc thi hành Luật⏎Từ tháng 8 đến tháng 10 năm 2026,
# Thanh tra Bộ …", "Tổng hợp báo cáo tình hình thi hành Luật | Vụ Pháp chế | …") is followed by the next clause, line or cell:
# a law's name never opens with a time phrase or a body's name (a body's head word and a capital: "Vụ Pháp chế", "Sở Tư pháp";
# not "Luật Sở hữu trí tuệ", "Luật Phòng, chống …", "Luật Ban hành văn bản …", "Luật Thanh tra"), and a tab (a table's cell
# boundary) is never inside a citation; a name wrapped to the next line is ("của Luật⏎Đất đai"). ("Luật Các tổ chức tín dụng": "Các"
# opens a name.)
_TIME_OPENING = r"""(?:(?:[Tt]ừ|Đến|Trước|Trong|Sau|Cuối|Đầu|Giữa|Hết|Vào|Chậm\ nhất)\s+(?:ngày|tháng|quý|năm|giai\ đoạn|đợt|thời\ gian|\d)
    |(?:Hằng|Hàng)\s+(?:năm|quý|tháng|tuần|ngày)   # (not "Luật Hàng không dân dụng")
    |(?:Ngày|Tháng|Quý|Năm|Giai\ đoạn|Thời\ gian|Thời\ hạn|Định\ kỳ|Thường\ xuyên)(?![\p{L}\p{M}]))"""
_BODY_OPENING = r"""(?:(?:Sở|Bộ|Vụ|Cục|Chi\ cục|Tổng\ cục|Phòng|Ban|Thanh\ tra|Trung\ tâm|Văn\ phòng|Viện|Trường|Báo|Đài|Công\ an
        |Ủy\ ban|Uỷ\ ban|Hội\ đồng|Chủ\ tịch|Giám\ đốc|Bộ\ trưởng|Thủ\ trưởng)\s+\p{Lu}
    |(?:UBND|HĐND|Chính\ phủ|Quốc\ hội|Thủ\ tướng|Tỉnh\ [uủ]y|Huyện\ [uủ]y|Thành\ [uủ]y|Đảng\ [uủ]y)(?![\p{L}\p{M}]))"""
LAW_NAME_GAP = rf"(?:[ ]*\n[ \t]*|[ ]+)(?!{_TIME_OPENING}|{_BODY_OPENING})"
LAW_BY_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?<!các\s)(?<![Pp]háp\s)(?<!Đại\ học\s)(?<!Khoa\s)(?P<doc_type>Bộ\ [Ll]uật|Luật|Pháp\ lệnh){LAW_NAME_GAP}(?!số\b)"
    rf"(?P<title>(?:\p{{Lu}}|{LOWER_LAW_CUE}{NOT_A_LAW_NAME}\p{{Ll}})[\p{{L}}\d ,\-–\n]{{1,120}}?){LAW_TITLE_STOP}",
    regex.VERBOSE,
)
# The words a LAW_BY_NAME opens with, as written (its type word in either case: `extractors.text_index.opened_by` tries it
# only where one is written, not at every character of the text by a scan).
LAW_BY_NAME_OPENERS = ("Bộ luật", "Bộ Luật", "Luật", "Pháp lệnh")
# (typed in lower case too: "thực hiện Nghị quyết đại hội Đảng lần thứ XIII", "nghị quyết đại hội Đảng bộ xã lần thứ V":
# the congress is known by its number or its Party committee whatever the case of "đại hội")
CONGRESS_RESOLUTION = regex.compile(
    r"""(?<![\p{L}])(?<!(?:các|những)\s)(?P<doc_type>[Nn]ghị\ quyết)\s+
        (?P<title>(?P<issuer>[Đđ]ại\ hội[\p{L}\d ,\-–]{0,120}?lần\ thứ\s+[IVXLC\d]+(?:\s+của\s+Đảng)?
                              # the current congress of a named Party committee: "Nghị quyết Đại hội Đảng bộ tỉnh"
                            | [Đđ]ại\ hội\ (?:đại\ biểu\ )?Đảng\ bộ\ (?:tỉnh|thành\ phố|huyện|thị\ xã|quận|xã|phường)(?:\ [\p{Lu}][\p{Ll}]*)*(?![\p{L}\d]|\ lần)
                              # the national congress by its number alone: "Nghị quyết Đại hội XIV của Đảng", "Đại hội Đảng toàn quốc XIII"
                            | (?P<national>[Đđ]ại\ hội\s+(?:Đảng\s+)?(?:toàn\ quốc\s+)?(?:[IVXLC]{2,}|[IVXLC]+(?=\s+của\s+Đảng))(?:\s+của\s+Đảng)?(?![\p{L}\d])))
                  (?:,?\s*nhiệm\ kỳ\s*\d{4}\s*[-–]\s*\d{4})?)""",
    regex.VERBOSE,
)
# A resolution of a Central Committee plenum, known by the plenum and the term: "Nghị quyết Hội nghị lần
# thứ 7 Ban Chấp hành Trung ương (khoá X)", "Nghị quyết Trung ương 5 khóa IX" (Party documents are
# cited so: HD 36-HD/VPTW); a plenum's number in words may take two ("lần thứ mười một").
PLENUM_RESOLUTION = regex.compile(
    r"""(?P<doc_type>Nghị\ quyết)\s+
        (?P<title>(?:Hội\ nghị\s+(?:lần\ thứ\s+)?(?:\d{1,2}|mười\s+[\p{Ll}]+|[\p{Ll}]+)\s+(?:Ban\ Chấp\ hành\s+)?Trung\ ương(?:\s+Đảng)?
                  | (?:Ban\ Chấp\ hành\s+)?Trung\ ương\s+(?:lần\ thứ\s+)?\d{1,2})
                  \s*\(?\s*kh(?:oá|óa|oa)\s+[IVXLC]+\s*\)?)""",
    regex.VERBOSE,
)
# What opens a document's short name in brackets right after its title: "(", "(sau đây gọi tắt là", "(viết tắt là".
SHORT_NAME_BEFORE = matched_in_place(r"[^\S\n]*\([^\S\n]*(?:(?:sau[^\S\n]+đây[^\S\n]+)?(?:gọi|viết)[^\S\n]+tắt[^\S\n]+là[^\S\n]*:?[^\S\n]*)?", regex.IGNORECASE)
# Only schemes ("Đề án 06"): "Dự án 4", "Chương trình 135" are parts of programmes, not documents.
NAMED_BY_NUMBER = regex.compile(
    r"(?P<doc_type>[Đđ]ề án)[^\S\t\n]+(?P<number>\d{1,3})(?![\d/%,]|\.\d|\s*(?:năm|tháng|ngày|%|tỷ|triệu|nghìn|người|hộ|xã)\b)"
)
# A resolution, directive, conclusion, decree, decision or circular known by its number alone, without its symbol, as plans
# name the documents they carry out in running text: "Nghị quyết 57 về đột phá phát triển khoa học …", "Chỉ thị 11 của Ban
# Thường vụ Tỉnh ủy", "theo Nghị định 30, …" (HD 36-HD/VPTW and NĐ 30/2020/NĐ-CP number these types; the short form is the
# type and the number). The number names a document only where the citation goes on as citations do: punctuation, the
# issuer ("của"), the subject ("về"), the date ("ngày 20/5/2024"), the year ("năm 2024", read with it), the next document
# ("và"), a parenthesis or the end of the line. Not a count ("Nghị quyết 05 văn bản", "Kết luận 3 nội dung", "Quyết định 2
# bước", "Nghị quyết 3 năm"), a number-symbol that goes on ("Nghị quyết 86 /NQ-CP", "Quyết định số 2665 QĐ/UBND"), a year
# ("Nghị quyết 2025"), a decimal, a plural ("các Quyết định 03 cán bộ": the type word as a common noun), a number in the next
# table cell ("Nghị quyết⏎05", "Nghị quyết\t05": only a space joins the type and its number) or on the next line.
BARE_NUMBER_TYPES = ("Nghị quyết", "Chỉ thị", "Kết luận", "Nghị định", "Quyết định", "Thông tư")
# Before a lower-case word, whatever verb comes before ("Đẩy mạnh thực hiện Chỉ thị 18 chống thất thu thuế", "Theo Nghị định 30
# quy định về công tác văn thư", "Bám sát Nghị quyết 57 để xây dựng …", "sơ kết Nghị quyết 57 vào cuối năm"), the number names the
# document unless that word is a count noun ("Thực hiện Kết luận 3 nội dung trọng tâm", "Nghị quyết 05 văn bản").
BARE_NUMBER_COUNTED = (r"(?:văn[ ]bản|nội[ ]dung|bước|bộ|lần|đợt|điểm|trường[ ]hợp|loại|năm|tháng|ngày|tuần|quý|điều|khoản|mục|phần|chương|nhiệm[ ]vụ"
                       r"|giải[ ]pháp|chỉ[ ]tiêu|cuộc|lượt|lớp|người|hộ|xã|cán[ ]bộ|đơn[ ]vị|tỷ|triệu|nghìn|%)")
BARE_NUMBER_GOES_ON = (r"(?=[ ]*(?:[,;:.!?)\]”\"…](?!\d)|\(|\n|$)"
                       r"|[ ]+(?:của|về|và|ngày[ ]+\d|năm[ ]+(?:19|20)\d\d(?!\d))(?![\p{L}\p{M}])"
                       rf"|[ ]+(?!{BARE_NUMBER_COUNTED}(?![\p{{L}}\p{{M}}]))\p{{Ll}})")
_BARE_NUMBER = (r"(?P<number>(?!(?:19|20)\d\d\b)\d{1,4})(?![\d%]|[.,]\d|[ ]?[/\-–])"
                r"(?:[ ]+năm[ ]+(?P<year>(?:19|20)\d\d)(?!\d))?" + BARE_NUMBER_GOES_ON)
# … and the numbers listed after it, each a document of that type: "các Nghị quyết 57, 66 và 68 của Bộ Chính trị" (a plural type
# word names documents only with such a list).
NAMED_BY_BARE_NUMBER = regex.compile(
    rf"(?P<plural>(?:các|những)[ ]+)?(?<![\p{{L}}])(?P<doc_type>{'|'.join(BARE_NUMBER_TYPES)})[ ]+" + _BARE_NUMBER)
# The words a NAMED_BY_BARE_NUMBER opens with, as written: its plural word or its type (`extractors.text_index.opened_by`:
# it is tried only where one of them is written, about three times as fast as a scan).
NAMED_BY_BARE_NUMBER_OPENERS = ("các", "những", *BARE_NUMBER_TYPES)
BARE_NUMBER_NEXT = regex.compile(r"(?:[ ]*,[ ]*|[ ]+và[ ]+)" + _BARE_NUMBER)
# The year a mention by number states with it ("Nghị quyết 15 năm 2024 của HĐND tỉnh").
BARE_NUMBER_YEAR = regex.compile(r"^(?:\D+[ ]+)?\d{1,4}[ ]+năm[ ]+(?P<year>(?:19|20)\d\d)(?!\d)")
# Words that follow a type word that names no document: the document itself or one named before
# ("Kế hoạch này", "Kế hoạch đề ra"), or how it is carried out ("thực hiện Kế hoạch hiệu quả",
# "Kế hoạch hằng năm", "nội dung của Chỉ thị bảo đảm tiến độ").
NOT_A_TITLE = r"""(?!(?:này|đó|trên|nêu|số|của|đề\ ra|nhằm|cho|và|được|đã|theo|với|gắn|phải|cần|sẽ|đang|tới|sau|kèm|mẫu|do|thì|là|có|khi|nếu|để
    |hiệu\ quả|có\ hiệu\ quả|hằng|hàng|đồng\ bộ|thống\ nhất|trong|bảo\ đảm|đảm\ bảo|đúng|kịp\ thời|nghiêm|đầy\ đủ|chặt\ chẽ|tốt|hoặc|hay|mới|cụ\ thể|riêng|chung|liên\ quan|các|những
    |thuộc|phù\ hợp|gửi|tại|khác|trình|đến|tới|lên|xuống|(?:được\ )?ban\ hành\ kèm
    |giai\ đoạn|định\ kỳ|(?<![Hh]iến\s+pháp\s+)năm\ (?:19|20)\d\d   # when, not which (but "Hiến pháp năm 2013" is named by its year): "thực hiện Kế hoạch giai đoạn 2026 - 2030", "báo cáo kết quả thực
                                            # hiện Kế hoạch định kỳ 6 tháng" (a plan is named by its subject; its period follows that)
    |chịu|dự\ kiến)\b   # "các cơ sở quy định tại Nghị quyết chịu trách nhiệm …": what is said of those the resolution itself names;
                    # "Tổng kinh phí thực hiện Kế hoạch dự kiến 48,6 tỷ đồng": what it is expected to cost
    |đối\ với\b   # w22d: the part of the plan a body answers for, not a title ("chủ trì theo dõi, đôn đốc thực hiện Kế hoạch
                  # đối với khu vực đô thị")
    |[\p{Ll}\d]{1,2}[.)])"""  # nor a list item ("Chương trình\na) Đối tượng …")
# A named programme or scheme is not what is done with it: "Chương trình thực hiện", "Chương
# trình sử dụng nguồn ngân sách" (while "Kế hoạch thực hiện Chỉ thị …" is a plan's name).
NOT_A_NAME = r"(?!(?:thực\ hiện|sử\ dụng)\b)"
# A document cited by its type and a title needs a title of some words: "Kế hoạch kiểm tra",
# "Quyết định công bố" say what kind of document, not which one.
MIN_TITLE_WORDS = 3  # syllables
# A decision cited without a number by the act it performs is a kind of decision, one per case ("Quyết
# định phê duyệt giá đất cụ thể của Chủ tịch UBND cấp xã", "Quyết định thu hồi giấy phép …", "Quyết
# định bổ nhiệm giám định viên …"): administrative acts (Luật Xử lý vi phạm hành chính, Luật Đất đai,
# Luật Cán bộ, công chức name them so), not a document cited.
ACT_OF_DECISION = regex.compile(
    r"(?:phê\s+duyệt|thu\s+hồi|công\s+nhận|bổ\s+nhiệm|miễn\s+nhiệm|thành\s+lập|giao|cho\s+thuê|cấp|phân\s+công|khen\s+thưởng"
    r"|xử\s+phạt|cho\s+phép|gia\s+hạn|giải\s+thể|đình\s+chỉ|tạm\s+đình\s+chỉ|chấp\s+thuận|trưng\s+dụng|cưỡng\s+chế|kỷ\s+luật"
    r"|thanh\s+tra|kiểm\s+tra|công\s+bố|bồi\s+thường|hỗ\s+trợ|tặng|truy\s+tặng)\b"
)
# Types whose word is also a verb ("quyết định" decide, "quy định" lay down, "hướng dẫn" guide, "kết luận" conclude, "chỉ thị"
# direct): opening an item of a list of powers or tasks ("…; Quyết định điều chỉnh mức giá máy móc …", "…;⏎Quyết định về số
# lượng người làm việc …"), with no number, date or issuer, the word is the item's verb, not a document cited.
VERB_TYPES = frozenset({"Quyết định", "Quy định", "Hướng dẫn", "Kết luận", "Chỉ thị"})
# A type word taking "việc" as its object is a verb: "Quyết định việc điều chỉnh dự toán …" (a document's title says "về việc").
VERB_OBJECT = regex.compile(r"việc\b")
# Where an item of a list opens: after ";" (a list of citations goes on after "," or "và": "Nghị quyết 35/NQ-CP và Kế hoạch …").
ITEM_OPENING = regex.compile(r";\s*$")
# … unless the item before opens with a citing word: then the list is one of documents cited ("Căn cứ Luật …;⏎Hướng dẫn
# thực hiện công tác thi đua …;", "Thực hiện Nghị quyết số 09-NQ/TW …; Quy định về tiêu chuẩn chức danh …;").
CITING_ITEM = regex.compile(r"^[\s\-+•*]*(?:Căn\s+cứ|Thực\s+hiện)(?![\p{L}\p{M}])")
# (types known only by name are read by NAMED_DOCUMENT, which asks more of a name)
_UNNUMBERED_TYPES = [n for n in DOC_TYPE_NAMES if n not in ('Luật', 'Bộ luật', 'Lệnh', 'Hiến pháp', 'Chiến lược', 'Quy hoạch', 'Khung')]
# "các Quyết định của Thủ tướng Chính phủ", "các Nghị quyết của Bộ Chính trị": a kind of
# document, not one document.
# A level of government or a vague source after "của", where an issuer would stand: "Đề án của Trung ương", "Kế hoạch của
# cấp trên" (s27a).
LEVEL_NOT_ISSUER = regex.compile(r"(?i:trung\s+ương|cấp\s+trên|nhà\s+nước)")
# A programme's funds named before it ("lồng ghép vốn Chương trình …", "nguồn kinh phí Chương trình …"): what the money goes to
# after the name ("… và miền núi cho các công trình trường, lớp học") is not the name's (s27a; a name of its own may hold
# "cho các": "Đề án Đầu tư năng lực cho các tổ chức nghiên cứu …", so only after the funds' word).
FUNDS_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:vốn|kinh\s+phí|ngân\s+sách)(?:\s+(?:của|thuộc|từ|thực\s+hiện))?\s*$)")
FUNDS_GO_TO = regex.compile(r"\s+cho\s+(?:các|những|mọi)\s")
TITLED_UNNUMBERED = regex.compile(
    rf"(?<!\b(?:các|những|mọi)\s)(?P<doc_type>{_alternation(_UNNUMBERED_TYPES)})"
    rf"(?:\s+của\s+(?P<issuer_first>[\p{{Lu}}Đ][\p{{L}}\- ]{{1,60}}?)(?=\s+về\b|{ISSUER_STOP}))?"
    rf"(?:\s+(?P<title>{NOT_A_TITLE}\p{{Ll}}[\p{{L}}\d ,\-–\n]{{2,200}}?){TITLE_STOP})?",
    regex.VERBOSE,
)
# A body's work programme for a year or a term ("Chương trình công tác năm 2026 của Ban Thường vụ Tỉnh ủy", "Chương trình làm
# việc toàn khóa"): a document the body adopts (HD 36-HD/VPTW: chương trình, a form of Party document; NĐ 30/2020: chương
# trình), cited as one, not a programme of activities carried out.
WORK_PROGRAMME = regex.compile(r"(?i:công\s+tác|làm\s+việc)(?![\p{L}\p{M}])")
TITLED_UNNUMBERED_OPENERS = tuple(_UNNUMBERED_TYPES)  # the words it opens with, as written (`opened_by`, as LAW_BY_NAME_OPENERS)
# Types known by their name (a strategy, a master plan, a national programme, a scheme) may carry a
# capitalised or quoted name: "Chiến lược Quốc gia phòng, chống …", "Đề án “Tăng cường …”",
# "Chương trình OCOP", "Quy hoạch điện VIII", "Hiến pháp nước Cộng hòa …".
_NAMED_TYPES = [n for n in BY_NAME_TYPES if n not in ('Luật', 'Bộ luật', 'Pháp lệnh')]  # (read by LAW_BY_NAME)
NAMED_DOCUMENT = regex.compile(
    rf"(?<![\p{{L}}])(?<!các\s)(?<!những\s)(?P<doc_type>(?>{_alternation(_NAMED_TYPES)}))(?:(?!\t)\s)+"  # (s26b: not over a table's cell)
    rf"(?:[“\x22](?P<quoted>[^”\x22\n]{{3,250}}(?:\n[^”\x22\n]{{1,250}})?)[”\x22]"
    rf"|(?P<title>{NOT_A_TITLE}{NOT_A_NAME}[\p{{Lu}}\p{{Ll}}\d][\p{{L}}\d ,\-–\n()]{{1,200}}?){NAMED_TITLE_STOP}"
    rf"|(?<=Chương\s+trình\s+)(?P<known>{_NATIONAL_PROGRAMME}))",  # (a national programme where no stop ends a title: "… trong
    # Chương trình tiêm chủng mở rộng đạt trên 95%"; a title the stops end is read first, whole: "… (OCOP)", "… tỉnh …")
    regex.VERBOSE,
)
NAMED_DOCUMENT_OPENERS = tuple(_NAMED_TYPES)  # the words it opens with, as written (`opened_by`, as LAW_BY_NAME_OPENERS)
# An amending law is one reference, whatever laws it amends:
# "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư … và Luật Đấu thầu".
_LAW_WORD = r"(?:Bộ\ luật|Luật|Pháp\ lệnh)"
_SIMPLE_CODE = r"\d{1,5}/(?:19|20)\d\d/[\p{Lu}\d]+"
_LAW_ITEM = rf"""{_LAW_WORD}\s+\p{{L}}[\p{{L}}\d\-–,\ \n]*?(?:\s+số\s+{_SIMPLE_CODE}|\s+năm\s+(?:19|20)\d\d)?
    (?=\s*,\s*{_LAW_WORD}\b|\s+và\s+{_LAW_WORD}\b|\s*[;.(]|\s*\n(?![ \t]*\p{{Ll}})|\s+ngày\s+\d|\s*$
      |\s+(?:thì|đã|được|có(?!\ công)|để|về|quy\ định|ban\ hành|hướng\ dẫn|thi\ hành|nhằm|trong|và\ các|và\ văn\ bản|và\ pháp\ luật)\b)"""
# … or by their number and field: "Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy
# hoạch", "… của 15 luật trong lĩnh vực nông nghiệp và môi trường".
_LAWS_BY_FIELD = r"""(?:\d{1,3}|các)\s+[Ll]uật\s+(?:có\s+liên\s+quan\s+đến|liên\s+quan\s+đến|trong\s+lĩnh\s+vực|về)\s+\p{Ll}[\p{L}\d ,\-–\n]{1,80}?
    (?=\s+ngày\s+\d|\s+số\s+\d|\s*[;.()]|\s*,\s(?!\s*\p{Ll}[\p{L}\p{M}\ ]{0,40}?\s(?:số|ngày)\s+\d)
       |\s+(?:phù\ hợp|được|đã|và\ các|thì|để|nhằm|theo|tại)\b|\s*$)"""
# (fields listed with a comma run to the law's number or date: "… của 11 luật về quân sự, quốc phòng số 98/2025/QH15")
AMENDING_LAW = regex.compile(
    rf"""(?P<doc_type>Luật|Pháp\ lệnh)\s+(?P<title>[Ss]ửa\s+đổi(?:,?\s+bổ\s+sung)?\s+(?:một\s+số\s+điều\s+)?(?:của\s+)?
        (?P<laws>{_LAWS_BY_FIELD}|(?:các\s+)?{_LAW_ITEM}(?:(?:\s*,\s*|\s+và\s+){_LAW_ITEM})*))""",
    regex.VERBOSE,
)
AMENDING_LAW_OPENERS = ("Luật", "Pháp lệnh")  # the words it opens with, as written (`opened_by`, as LAW_BY_NAME_OPENERS)
LAW_ITEM_CODE = matched_in_place(rf"{_LAW_WORD}\s+\p{{L}}[^;]*?\s+số\s+(?P<code>{_SIMPLE_CODE})")
LAWS_BY_FIELD = regex.compile(_LAWS_BY_FIELD, regex.VERBOSE)
OWN_NUMBER_AFTER = matched_in_place(rf"\s+số\s+(?P<code>{_SIMPLE_CODE})")

# The document that amended or replaced a cited one, named in its citation: "Căn cứ Nghị quyết số 03/NQ-CP … được sửa đổi, bổ
# sung cập nhật một số điều tại Nghị quyết số 71/NQ-CP …" (cited with it, as the gold records it, not what it is about).
AMENDED_BY = regex.compile(r"(?:sửa\s+đổi|bổ\s+sung|thay\s+thế)[^;.\n]{0,80}?\b(?:tại|bởi|theo)\s+(?:các\s+)?$")

# What a cited document does to the document named after: approves or issues it.
# (not what is yet to be: "… trong thời gian chưa ban hành Luật Quy hoạch (sửa đổi)")
APPROVING = r"(?<!\b(?:chưa|không|sẽ)\s)\b(?:phê\s+duyệt|ban\s+hành)\b"
# Documents known by their own name that another citation's subject may be about (a scheme, strategy, programme,
# master plan, action plan): cited there, they are cited unless that citation approves or issues them.
SUBJECT_NAMED_TYPES = frozenset({"Đề án", "Chiến lược", "Chương trình", "Quy hoạch", "Chương trình hành động", "Kế hoạch hành động"})

# A document issued with another ("Kế hoạch tổng thể ban hành kèm theo Quyết định số 3103/QĐ-BTC",
# "Quy chế ban hành kèm theo Quyết định này") is known by that one.
ATTACHED_TO = regex.compile(r"\s*(?:được\s+)?ban\s+hành\s+kèm(?:\s+theo)?\s*$")
# … said after its name ("Đề án phát triển du lịch ban hành kèm theo Quyết định số 789/QĐ-UBND", "Quy chế làm việc
# ban hành kèm theo Quyết định này": issued with a cited document, or part of the document itself).
# … or approved in one ("Quy hoạch thăm dò … khoáng sản đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 866/QĐ-TTg").
# (the rest of its name after "của" may come between, in lower case: "Quy chế công tác dân vận của hệ thống chính trị ban
# hành kèm theo Quyết định số 23-QĐ/TW", s29d)
ATTACHED_AFTER = regex.compile(rf"\s*(?:của(?:\s+\p{{Ll}}[\p{{Ll}}\p{{M}}]*(?:\s*-\s*\p{{Ll}}[\p{{Ll}}\p{{M}}]*)?){{1,8}})?,?\s*(?:(?:được\s+)?ban\s+hành\s+kèm(?:\s+theo)?\s+{DOC_TYPE}\s+(?:số\b|\d|này\b)"
                               rf"|(?:đã\s+)?được\s+[^;.\n]{{0,80}}?(?:phê\s+duyệt|ban\s+hành)\s+tại\s+{DOC_TYPE}\s+(?:số\b|\d))")

# A document known by the numbered one that records it, right after its name: "Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo
# số 4387/TB-VPQH", "Ý kiến chỉ đạo … tại Văn bản số …" (the conclusion is cited through the notice).
RECORDED_IN = matched_in_place(rf"\s*,?\s*tại\s+(?:các\s+)?{DOC_TYPE}\s+(?:số\s*:?\s*)?\d")
# A name continuing a list of documents cited by name: "… Luật Phòng chống bạo lực gia đình, Bộ tiêu chí …".
LIST_BEFORE = regex.compile(rf"(?:{_alternation(BY_NAME_TYPES)})\s+[^;.\n]{{2,150}}?(?:,|;|\s+và)\s*$")
# The document's own heading: its type in upper case on a line, then its upper-case title.
OWN_TITLE = regex.compile(
    rf"(?:^|\n)[ \t*#]*(?P<type>{_alternation([n.upper() for n in DOC_TYPE_NAMES])})[ \t*]*\n+(?P<title>[^\p{{Ll}}]{{10,400}}?)(?=\n\s*\n|\n[^\n]*\p{{Ll}})"
)
# … or with its title in running case on the line under the type ("KẾ HOẠCH\nThực hiện Chương trình Mỗi xã một sản phẩm …",
# set in bold as many plans set it): that line (and the next, when the title wraps without a blank line before the bases).
OWN_RUNNING_TITLE = regex.compile(
    rf"(?:^|\n)[ \t*#]*(?P<type>{_alternation([n.upper() for n in DOC_TYPE_NAMES])})[ \t*]*\n+[ \t*#]*(?P<title>\p{{Lu}}[^\n]{{9,400}})"
)
# A decision or resolution whose heading issues or approves a document ("QUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ …",
# "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH …"): that document is one with it (spec EXTRACTION.md, "Whole document"), named by its type
# and title after the verb.
ISSUED_IN_TITLE = regex.compile(
    rf"\s*(?:VỀ\s+VIỆC\s+)?(?:PHÊ\s+DUYỆT|BAN\s+HÀNH|THÔNG\s+QUA)\s+(?P<type>{_alternation([n.upper() for n in DOC_TYPE_NAMES])})\s+(?P<title>\S.*)",
    regex.DOTALL)
# The same heading with its title in running case under the type ("QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch sử dụng đất năm 2025
# của huyện …", as many decisions set it in bold): the line after the type, and the issued document in any case.
RUNNING_TITLE = regex.compile(r"(?:^|\n)[ \t*#]*(?P<type>QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT)[ \t*]*\n+[ \t*#]*(?P<title>[^\n]{10,400})")
ISSUED_IN_RUNNING_TITLE = regex.compile(ISSUED_IN_TITLE.pattern, regex.DOTALL | regex.IGNORECASE)
# A council's resolution on a plan or programme it adopts, the verb left unsaid ("NGHỊ QUYẾT\nVề Kế hoạch phát triển kinh tế -
# xã hội 05 năm giai đoạn 2026 - 2030", "NGHỊ QUYẾT VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2027", "Nghị quyết về Chương
# trình giám sát năm 2027"; Luật Tổ chức chính quyền địa phương 2025: the council decides the plans and programmes of its
# level by resolution, "Điều 1. Thông qua Kế hoạch …"): that plan is one with the resolution (w20d), as an issued one is. Not
# "về việc thực hiện Kế hoạch …" (a verb, then another document) nor a decision's "Về …".
ADOPTED_IN_RESOLUTION_TITLE = regex.compile(r"\s*VỀ\s+(?P<type>KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH)\s+(?P<title>\S.*)",
                                            regex.DOTALL | regex.IGNORECASE)
# A short name in brackets closing a name is part of it: "Chương trình hỗ trợ … (SMEdx)".
SHORT_NAME_AFTER = regex.compile(r"^\s*\((?P<short>\p{Lu}[\p{L}\d&\-]{1,15})\)")

# Types that also name activities ("triển khai chương trình hỗ trợ doanh nghiệp"): cited by name
# only when the name is a proper one: a capital or a number in it ("Chương trình OCOP", "… đến
# năm 2030"), or a national target programme ("Chương trình mục tiêu quốc gia …"), or a curriculum the Luật Giáo dục 2019 names
# (Điều 23, 31, 43: "Chương trình giáo dục mầm non", "… phổ thông", "… thường xuyên"), which the Bộ Giáo dục và Đào tạo issues.
ACTIVITY_TYPES = ("Chương trình", "Chương trình hành động", "Đề án", "Khung")  # "Khung giá …" is a price bracket
PROPER_NAME = regex.compile(r"\p{Lu}|\b(?:19|20)\d\d\b|^mục tiêu quốc gia\b|^giáo dục (?:mầm non|phổ thông|thường xuyên)$"
                            rf"|^{_NATIONAL_PROGRAMME}")

# A standard by its code: "TCVN 10299:2025", "QCVN 06:2022/BXD" (number:year[/issuer]); a national standard that
# adopts an international one keeps its prefix: "TCVN ISO 9001:2015", "TCVN ISO/IEC 27001:2019".
STANDARD = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<kind>{_alternation(list(STANDARD_TYPES))})\s*(?:(?:ISO|IEC)(?:/(?:IEC|ISO))?\s+)?(?P<number>\d{{1,5}}(?:-\d{{1,3}})*)\s*:\s*(?P<year>(?:19|20)\d\d)"
    rf"(?:\s*/\s*(?P<issuer>[\p{{Lu}}Đ][\p{{L}}Đđ0-9]*))?(?![\p{{L}}\d])"
)
STANDARD_OPENERS = tuple(STANDARD_TYPES)  # the codes' letters it opens with, as written (`opened_by`, as LAW_BY_NAME_OPENERS)
# The rest of a law's name before its number: words, commas, "và", a line break; no clause or list word
# ("Luật Đất đai và các văn bản số …", "Luật Đầu tư, Nghị định số …" are two documents).
LAW_TYPES = ("Luật", "Bộ luật", "Pháp lệnh")
LAW_SYMBOL = regex.compile(r"(?:UBTV)?QH\d*$")
NAME_RUNS_ON = matched_in_place(
    rf"(?:[ \t\n,]+(?!(?:các|những|văn\s+bản|công\s+văn|tại|theo|của|ngày|năm|được|đã|và\s+các|{_alternation(DOC_TYPE_NAMES)})(?![\p{{L}}\p{{M}}]))"
    r"[\p{L}\p{M}\-–]+)+[ \t\n]*")
# The rest of a law's name that reading stopped short of at a capital after a comma or "và", up to the law's date or
# year ("Luật Khoa học, Công nghệ và Đổi mới sáng tạo ngày 27 tháng 6 năm 2025", "Luật Địa chất và Khoáng sản năm 2024");
# words of a name only (NAME_RUNS_ON), and no body ("Luật Đất đai, Sở Tài nguyên … ngày …" goes on to another clause).
LAW_NAME_TO_DATE = regex.compile(
    r"(?:,[ \t]*|[ \t]+và[ \t]+)\p{Lu}[^;.\n()]{0,80}?(?=\s*,?\s*(?:ngày\s+\d{1,2}(?:\s+tháng\s+\d|\s*[/.-]\s*\d)|năm\s+(?:19|20)\d\d(?!\d)))")
# The rest of a law's name wrapped to the next line with no punctuation before it, up to the law's date or number
# that ends the citation's line ("Căn cứ Luật Tổ chức⏎Chính phủ ngày 18 tháng 02 năm 2025;", "Luật Tổ chức⏎Chính quyền
# địa phương số 72/2025/QH15;"): a line break with no comma or "và" runs on one name, even where a body's name is part of it.
LAW_NAME_WRAPPED = matched_in_place(
    r"[ \t]*\n[ \t]*\p{Lu}[^;.,\n()]{0,60}?(?=\s+(?:ngày\s+\d{1,2}(?:\s+tháng\s+\d|\s*[/.-]\s*\d)|số\s+\d{1,5}/(?:19|20)\d\d/))")
# A law's name that holds "của", up to the law's date, year or number: "Luật Phòng, chống tác hại của rượu, bia ngày 14 tháng 6
# năm 2019", "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13" (a name goes on in
# lower case after "của"; an issuer would open with a capital: "Luật Đất đai của Quốc hội").
LAW_NAME_OF = matched_in_place(
    r"\s+của\s+(?!(?:tỉnh|huyện|xã|phường|quận|thị\ xã|thành\ phố|nhà\ nước|nước\ ta|địa\ phương|cơ\ quan|đơn\ vị|ngành)\b)"  # (whose law)
    r"\p{Ll}[\p{L} ,\-–]{1,60}?(?=\s*,?\s*(?:ngày\s+\d{1,2}(?:\s+tháng\s+\d|\s*[/.-]\s*\d)|năm\s+(?:19|20)\d\d(?!\d)|số\s+\d{1,5}/(?:19|20)\d\d/))")
# w22a: a law's name that holds "tại" and the place or body it is about, up to the law's date, year or number: "Luật Hòa giải,
# đối thoại tại Tòa án số 58/2020/QH14" (the law's own name, Quốc hội khóa XIV), as LAW_NAME_OF reads "của"; only where the
# date or number follows, so "theo Luật Đất đai tại Điều 5" stays the law's name.
LAW_NAME_AT = matched_in_place(
    r"\s+tại\s+\p{Lu}[\p{L}\p{M} ]{1,40}?(?=\s*,?\s*(?:ngày\s+\d{1,2}(?:\s+tháng\s+\d|\s*[/.-]\s*\d)|năm\s+(?:19|20)\d\d(?!\d)"
    r"|số\s+\d{1,5}/(?:19|20)\d\d/))")
# A law's name typed in title case, each of its coordinated parts capitalised ("Luật Khoa học, Công nghệ và Đổi mới sáng tạo",
# "Luật Địa chất và Khoáng sản"), cited without a date or number: reading stopped at the capital after the comma or "và"; the
# parts run on to the last one joined by "và", a part being a capitalised word and a few lower-case ones, where the citation
# ends (its punctuation, the line's end, "về …" of a provision). (A list of two laws repeats the type word: "Luật Đất đai và
# Luật Nhà ở"; a body or a document after "và" is another clause: NAME_RUNS_ON, BODY_HEAD.)
_NAME_PART = r"\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,3}"
LAW_NAME_COORDINATED = matched_in_place(
    rf"(?:,[ \t]*{_NAME_PART})*[ \t]+và[ \t]+{_NAME_PART}(?=[ \t]*(?:[;.,)\n]|$)|[ \t]+(?:về|quy\ định|có\ hiệu\ lực|và\ các)\b)")
# (or where the next citation of a list follows on the line: "Căn cứ Luật Tổ chức⏎Chính phủ ngày 18 tháng 02 năm 2025; Luật Tổ chức chính
# quyền địa phương …", "… ngày 18 tháng 02 năm 2025 và Luật …")
CITATION_LINE_END = regex.compile(r"[ \t]*(?:[;,.]?[ \t]*(?:\n|$)|;|,?[ \t]+và[ \t]+(?:Bộ\ luật|Luật|Pháp\ lệnh|Nghị\ định|Nghị\ quyết)(?![\p{L}\p{M}]))")
BODY_HEAD = regex.compile(r"\b(?:Sở|Bộ|Ủy ban|Uỷ ban|UBND|HĐND|Phòng|Ban|Cục|Chi cục|Tổng cục|Chính phủ|Quốc hội|Thủ tướng|Tỉnh ủy|Huyện ủy|Trung tâm|Văn phòng)\b")
# A law on how bodies are organised ("Luật Tổ chức Quốc hội", "Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân"): its name
# holds the bodies' names.
ORGANISATION_LAW = regex.compile(r"Tổ\s+chức\s+\p{Lu}")
# A law cited with its year: "Luật Giáo dục năm 2019".
# (or with the year alone: "Căn cứ Luật Đường bộ 2024;", "- Luật Tài nguyên nước 2023.")
LAW_YEAR_AFTER = regex.compile(r"^\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)(?![\d/]|\s*[-–]\s*\d)")
# Compiled once (a call with a pattern string looks it up in the module's cache on every call):
# a symbol's parts ("KH-UBND" → "KH", "UBND"), a run of white space, a list going on after a law's name ("Luật Đất đai và⏎…"),
# a clause's bounds before a mention, what lists two mentions, and a document type as a word.
SYMBOL_PARTS = regex.compile(r"[-/]")
SPACE_RUN = regex.compile(r"\s+")
LIST_GOES_ON = regex.compile(r"\s+(?:và|hoặc)\s*$")
CLAUSE_BOUND = regex.compile(r"[.;:\n]")
LISTED_BETWEEN = regex.compile(r"\s*(?:,|;|và|,\s*và)\s*")
DOC_TYPE_WORD = regex.compile(rf"\b(?:{DOC_TYPE})\b")
# A type word followed by a preposition of source, means or place names no document: it is the plan spoken of, then
# where its money or its work comes from ("Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước", "thực hiện Kế hoạch
# bằng nguồn vốn sự nghiệp", "đưa Nghị quyết vào cuộc sống", "triển khai Chỉ thị ở cơ sở"); a title names its subject.
# (w21c: so does a verb of funding before that preposition, the plan's money "bố trí", "bảo đảm", "sử dụng", "trích", "cân
# đối" from a source: "Kinh phí thực hiện Kế hoạch bố trí từ nguồn chi thường xuyên", "… được bảo đảm từ ngân sách tỉnh")
TITLE_OPENS_WITH_PREPOSITION = regex.compile(r"(?:(?:được\s+)?(?:bố\s+trí|bảo\s+đảm|đảm\s+bảo|sử\s+dụng|trích|cân\s+đối|lấy)\s+)?"
                                             r"(?:từ|bằng|qua|vào|ở)(?![\p{L}\p{M}])")
# … nor followed by a value: "Tổng kinh phí dự kiến thực hiện Kế hoạch khoảng 25 tỷ đồng", "huy động nguồn lực thực hiện
# Kế hoạch đạt 500 tỷ đồng" (the plan spoken of, then its amount); a title names a subject, not a quantity.
TITLE_IS_VALUE = regex.compile(r"(?:(?:đạt|khoảng|là|dự\s+kiến|ước(?:\s+tính)?|tối\s+(?:đa|thiểu)|ít\s+nhất|trên|dưới|gần|hơn)\s+)+\d")

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

from extractors.vocabulary import load_tsv

HERE = Path(__file__).parent


def _load(name: str) -> list[list[str]]:
    return load_tsv(HERE / name, header=True)


DOC_TYPES: dict[str, str] = {}  # abbreviation -> name
DOC_TYPE_NAMES: list[str] = []
for _name, _abbrevs, *_ in _load("doc_types.tsv"):
    DOC_TYPE_NAMES.append(_name)
    for _abbrev in _abbrevs.split():
        DOC_TYPES.setdefault(_abbrev, _name)
DOC_TYPES.setdefault("QĐ", "Quyết định")

ISSUERS: dict[str, str] = {abbrev: name for abbrev, name, *_ in _load("issuers.tsv")}


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# The document type as a word, capitalised as in a citation ("Nghị quyết", "Quyết định").
DOC_TYPE = rf"(?P<doc_type>{_alternation(DOC_TYPE_NAMES)})"

# --- the number-symbol --------------------------------------------------------
NUMBER = r"(?P<number>\d{1,5}[a-z]?)"
YEAR = r"(?P<year>(?:19|20)\d\d)"
# One part of a symbol: an upper-case abbreviation, possibly mixed case (TTg, CTr, QĐi, QH15, V05).
SYMBOL_PART = r"[\p{Lu}Đ][\p{L}Đđ0-9&]*"
SYMBOL = rf"(?P<symbol>{SYMBOL_PART}(?:[-/]{SYMBOL_PART})*)"
SLASH = r"\s?/\s?"

CODE = rf"""
    (?<![\p{{L}}\d/.,-])
    {NUMBER}
    (?:
        {SLASH}{YEAR}{SLASH}{SYMBOL}          # 04/2022/QĐ-TTg, 16/2021/QH15
      | -(?P<party_type>{SYMBOL_PART}){SLASH}(?P<party_issuer>{SYMBOL_PART}(?:-{SYMBOL_PART})*)   # 09-NQ/TW
      | {SLASH}{SYMBOL}                       # 74/KH-UBND, 510/QĐ-BCA-V05
      | {SLASH}{YEAR}(?![\d/])                # 65/2018 (only after a document type)
    )
    (?![\p{{L}}\d])
"""
CODE_RE = regex.compile(CODE, regex.VERBOSE)

# --- dates ----------------------------------------------------------------------
DAY = r"(?P<day>[0-3]?\d)"
MONTH = r"(?P<month>[01]?\d)"
NGAY_THANG_NAM = rf"{DAY}\s+tháng\s+{MONTH}\s+năm\s+{YEAR}"
DAY_MONTH_YEAR = rf"{DAY}\s?[/.-]\s?{MONTH}\s?[/.-]\s?{YEAR}"
# ", ngày 09/5/2024", "ngày ngày 22/12/2020" (a doubled word, as typed)
DATE_AFTER = regex.compile(
    rf"^\s*,?\s*(?:ban hành\s+)?ngày\s+(?:ngày\s+)?(?P<date>{NGAY_THANG_NAM}|{DAY_MONTH_YEAR})",
    regex.IGNORECASE,
)

# --- issuer, subject --------------------------------------------------------------
# An issuer starts upper case and runs over capitalised words, lower-case
# administrative words and a term ("khóa XIX") until the clause moves on.
ISSUER_STOP = r"""
    \s+(?:Quy\ định|Ban\ hành|Phê\ duyệt|Hướng\ dẫn|Về\ việc)\b
  | \s+ngày\s+\d
  | \s+(?:về|quy\ định|ban\ hành|phê\ duyệt|hướng\ dẫn|triển\ khai|thực\ hiện|đã|được|để|nhằm|tại|theo|trong|đối\ với|và\ các|và\ Kế|và\ Nghị|và\ Quyết|và\ Chỉ|với|là|có|đề\ ra|giao)\b
  | \s*[;,.:()“”"\n\t]
  | \s*$
"""
ISSUER = rf"(?P<issuer>[\p{{Lu}}Đ][\p{{L}}\d\-– ]{{1,90}}?)(?={ISSUER_STOP})"
ISSUER_AFTER = regex.compile(rf"^\s*,?\s*của\s+{ISSUER}", regex.VERBOSE)

SUBJECT_AFTER = regex.compile(
    r"""^\s*,?\s*(?:về\s+(?P<subject>[^;\n]+?)|(?P<subject>(?:quy\ định|ban\ hành|phê\ duyệt|hướng\ dẫn)\s+[^;\n]+?))
        (?=\s*(?:;|\.(?:\s|$)|\n|$|,\s+(?:ngày|của)\s|\s*(?:và|,)\s+(?:các\s+)?(?:Nghị|Quyết|Kế|Chỉ|Kết|Hướng|Thông|Đề)\S*\s\S+\s+(?:số\s+)?\d+\s?[/-]))""",
    regex.VERBOSE,
)

# The doc-type word (and "số") just before a code: "Nghị quyết số ", "Kế hoạch ", "số ".
TYPE_BEFORE = regex.compile(rf"(?:{DOC_TYPE}\s+)?(?:(?P<so>[Ss]ố)\s*:?\s*)?(?:{DOC_TYPE}\s+số\s+)?$")

# A list introduced by its type and issuer: "Các Kế hoạch của UBND huyện: Số 170/…, số 52/…".
LIST_HEADER = regex.compile(rf"{DOC_TYPE}\s+của\s+(?P<issuer>[^:;\n]{{2,60}}?)\s*:[^\n]*$")

# The document's own number in its header: "Số: 74 /KH-UBND" opening a line.
OWN_NUMBER_BEFORE = regex.compile(r"(?:^|\n)[ \t]*Số[ \t]*:?[ \t]*$")

# A citation continuing a list of citations: "Nghị quyết 35/NQ-CP và Kế hoạch của …".
LIST_CONTINUATION = regex.compile(r"^\s*(?:,|;|và|,\s*và)\s*$")

# Words that open a clause citing the basis of the plan.
# Capitalised: the cue opens the sentence ("thực hiện" inside a clause is no basis).
BASIS_CUE = regex.compile(r"(?:^|[\n.;]\s*)(?:\d+\.\s*|[-–•+]\s*)?(?:Căn cứ|CĂN CỨ|Thực hiện|Để thực hiện|Triển khai(?: thực hiện)?)\b[^\n.;]*$")

# --- documents cited without a number ---------------------------------------------
# Words that make a following capitalised document name a citation.
CITING_CUE = regex.compile(
    r"(?:\b(?:theo|tại|căn cứ|của|thực hiện(?:\s+(?:có hiệu quả|tốt|nghiêm|nghiêm túc))?|triển khai(?:\s+thực hiện)?)\s+(?:các\s+)?|[;]\s*|^)$",
    regex.IGNORECASE,
)
TITLE_STOP = r"""
    (?=\s*(?:[;.\n()“”"]|\t|$)
      | ,\s+(?:ngày|năm|số|đã|được|các|và|nhằm|để|đồng\ thời|trong|trên|theo|với|giai\ đoạn\ tiếp)\b
      | ,\s+\p{Lu}
      | \s+(?:năm|số|ngày)\s+\d
      | \s+và\s+\p{Lu}
      | \s+(?:và\s+(?:các|những)|của|đã|được|hiện\ hành|sửa\ đổi|để|nhằm|theo|tại|thì|gắn\ với|từng\ bước|đề\ ra)\b
    )
"""
LAW_BY_NAME = regex.compile(
    rf"(?<![\p{{L}}])(?<!các\s)(?P<doc_type>Bộ\ luật|Luật)\s+(?!số\b)(?P<title>\p{{Lu}}[\p{{L}}\d ,\-–]{{1,120}}?){TITLE_STOP}",
    regex.VERBOSE,
)
CONGRESS_RESOLUTION = regex.compile(
    r"""(?P<doc_type>Nghị\ quyết)\s+
        (?P<title>(?P<issuer>Đại\ hội[\p{L}\d ,\-–]{0,120}?lần\ thứ\s+[IVXLC\d]+(?:\s+của\s+Đảng)?)
                  (?:,?\s*nhiệm\ kỳ\s*\d{4}\s*[-–]\s*\d{4})?)""",
    regex.VERBOSE,
)
# Only schemes ("Đề án 06"): "Dự án 4", "Chương trình 135" are parts of programmes, not documents.
NAMED_BY_NUMBER = regex.compile(
    r"(?P<doc_type>Đề án)\s+(?P<number>\d{1,3})(?![\d/%.,]|\s*(?:năm|tháng|ngày|%|tỷ|triệu|nghìn|người|hộ|xã)\b)"
)
TITLED_UNNUMBERED = regex.compile(
    rf"(?P<doc_type>{_alternation([n for n in DOC_TYPE_NAMES if n not in ('Luật', 'Bộ luật', 'Lệnh')])})"
    rf"(?:\s+của\s+(?P<issuer_first>[\p{{Lu}}Đ][\p{{L}}\- ]{{1,60}}?)(?=\s+về\b|{ISSUER_STOP}))?"
    rf"(?:\s+(?P<title>(?!(?:này|đó|trên|nêu|số|của|đề\ ra|nhằm|cho|và|được|đã|theo|với|gắn|phải|cần|sẽ|đang|tới|sau|kèm|mẫu|do|thì|là|có|khi|nếu|để)\b)\p{{Ll}}[\p{{L}}\d ,\-–]{{2,200}}?){TITLE_STOP})?",
    regex.VERBOSE,
)

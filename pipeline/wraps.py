"""Hard line wraps: is a line end a wrap inside a sentence, or a real break?

Crawled and PDF text breaks lines at a fixed width, inside names, headings and
sentences ("3. Sở⏎Nông nghiệp và Môi trường", "của Thủ tướng⏎Chính phủ",
"VNPT:⏎25 trạm"). `joins(before, after, …)` decides one line end from the line
before it, the line after it and what the document as a whole looks like
(`WrapProfile`): a line end is joined when the line does not end a sentence,
heading or list item and the next line continues it; a new list item, a new
sentence after ".", ":" or ";", a table row and the signature block keep their
own lines.
"""
from __future__ import annotations

import collections
import functools
from dataclasses import dataclass
from pathlib import Path

import regex

from extractors.vocabulary import load_tsv
from pipeline.sections import starts_item

DATA = Path(__file__).resolve().parent / "data"


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    by_class: dict[str, list[str]] = {}
    for word, kind, *_ in load_tsv(DATA / "wrap_words.tsv"):
        by_class.setdefault(kind, []).append(word)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_class.items()}


@functools.lru_cache(maxsize=None)
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _ends_with_any(line: str, words: tuple[str, ...], *, fold: bool) -> str | None:
    tail = line.lower() if fold else line
    if not tail.endswith(_folded(words) if fold else words):
        return None  # none of them, whole word or not
    for w in words:
        w_cmp = w.lower() if fold else w
        if tail.endswith(w_cmp) and (len(tail) == len(w_cmp) or not tail[-len(w_cmp) - 1].isalnum()):
            return w
    return None


# The units a Sở or a Bộ names as its own by the head word alone ("Văn phòng Sở", "Thanh tra Bộ"; Luật Thanh tra 2022 and
# the Government's decrees on the organisation of ministries and provincial departments), and its own council and mass
# organisations ("Hội đồng Thi đua - Khen thưởng Sở": Luật Thi đua, khen thưởng 2022; "Công đoàn cơ sở Sở", "Chi đoàn Sở":
# Luật Công đoàn 2024, Điều lệ Đoàn).
ISSUER_UNITS = ("Văn phòng", "Thanh tra", "Hội đồng Thi đua - Khen thưởng", "Công đoàn", "Công đoàn cơ sở", "Chi đoàn",
                "Đoàn Thanh niên")
# A line that ends a sentence, a clause or a label ("…năm 2025.", "Trọng tâm:", "…;", "./.").
SENTENCE_END = regex.compile(r"[.;:!?…][\"'”’»)\]*_]*$")
# Only a list marker on the line: "2.", "2.13.", "III.", "a)", "Điều 1.".
BARE_MARKER = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[IVXLC]{1,6}[.)]|[a-zđ]\)|(?:Điều|Khoản|Mục)\s+\d+[.:]?)$")
# The signature block and the recipients: each line stays a line.
SIGNATURE_LINE = regex.compile(
    r"^(?:(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L)\.\s*\p{Lu}|(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|TRƯỞNG\s+BAN|TRƯỞNG\s+ĐOÀN|"
    r"BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|THỦ\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|CHỦ\s+NHIỆM|TỔNG\s+GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG|TRƯỞNG\s+PHÒNG)\b"
    r"|\(?Đã\s+ký\)?|(?:Nơi|Noi)\s+nhận\b|Kính\s+gửi\b)"
)
# The national motto under "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (NĐ 30/2020/NĐ-CP, Phụ lục I): a line of its own, never
# the start of the place and date under it ("Độc lập - Tự do - Hạnh phúc⏎Cần Thơ, ngày 18 tháng 11 năm 2025").
MOTTO_LINE = regex.compile(r"^[*_]*Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+[Pp]húc[*_]*$")
# A person's name alone on a line ("Nguyễn Lộc Hà"): the signer, after a title.
PERSON_NAME = regex.compile(r"^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$")
# A table row: cells split by tabs, or a crawled table's lone bar.
TABLE_ROW = regex.compile(r"\t|^\||\s\|\s|\|$")
# A number that carries on the sentence ("25 trạm", "01 cá nhân/01 ban;", a count of a whole "12/14 trường"): a
# quantity, not a list marker; a date ("15/12/2025") or a code ("12/2024/NĐ-CP") is none.
QUANTITY = regex.compile(r"^\d[\d.,]*(?:/\d[\d.,]*)?(?:%|\s+\p{Ll})")
# A number that ends the sentence it continues ("vào năm⏎2025.", "đạt⏎95%;"); not a list marker "13.".
YEAR_ENDS = regex.compile(r"^\d{3,}[\d.,]*%?[.;,]$|^\d[\d.,]*%[.;,]?$")
# A year cut from the words that call for it: the line ends in "năm" ("ngày 19 tháng 11 năm⏎2025", "6. Chỉ tiêu chủ yếu
# đến năm⏎2030"), and the next line is that year alone (a page number is never a year of the 1900s or 2000s): the date,
# heading or period goes on (a range's dash before it: RANGE_OPEN below). Not the years counted or recurring ("hằng năm",
# "các năm"), which call for no year.
BARE_YEAR = regex.compile(r"^(?:19|20)\d\d[.;,:)”\"*_]*$")
YEAR_CALLED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?<!(?:hằng|hàng|mỗi|các|những|nhiều|từng|vài)\s)năm(?:\s+học)?)$")  # not "hằng năm"
NUMBER_GOES_ON = regex.compile(r"^(?=\d)(?!\d+(?:\.\d+)*[.)](?:\s|$))(?![\d.,]+\s*$)")
# A line ending in a dash between words ("Bà Rịa -", "kinh tế –") or a comma goes on.
OPEN_END = regex.compile(r"(?:,|\s[-–])$")
# A range's first bound and its dash ("giai đoạn 2025 -", "từ 85 –"): a justified line breaks after the spaced dash,
# and the second bound goes on on the next line.
RANGE_OPEN = regex.compile(r"\d[\d.,]*%?\s[-–]$")
# The same range broken before its dash ("tốc độ tăng bình quân 05⏎- 06%/năm", "giai đoạn 2026⏎- 2030, tập trung …",
# "công suất 5⏎-10 tấn/ngày đêm"): the line ends in the first bound, a number after a space, and the next opens with the
# dash and the second bound, which a bullet never does right after a number in a wrapped line (a list's items end theirs
# with a stop or stand apart; a bullet opening with a number follows a finished item).
RANGE_FIRST_END = regex.compile(r"(?<=\s)\d[\d.,]*$")
RANGE_SECOND_OPEN = regex.compile(r"^[-–][^\S\n]?\d")
# A range of years cut before its dash ("Quy hoạch tỉnh … thời kỳ 2021⏎- 2030, tầm nhìn …", "giai đoạn 2026⏎– 2030"): the
# line ends in the first year (RANGE_FIRST_YEAR), the next opens with the dash and a later year, then no colon (not a
# timeline's item "- 2027: …").
RANGE_FIRST_YEAR = regex.compile(r"(?<![\d.,/])(?P<year>(?:19|20)\d\d)$")
RANGE_REST = regex.compile(r"^[-–][^\S\n]*(?P<year>(?:19|20)\d\d)(?![\d/:.,]\d|[^\S\n]*:)")
# The continuation of a bullet's sentence that reads like a bullet: "sản xuất⏎- quản lý - tiêu thụ".
DASH_LOWER = regex.compile(r"^[-–]\s+\p{Ll}")
# A dash between two capitalised names ("tuyến đường sắt Lào Cai - Hà Nội⏎- Hải Phòng", "Công ty Tân Cảng⏎- Petro Cam Ranh",
# "Công nghiệp⏎- Viễn thông Quân đội", "Hỏi⏎– Đáp"), where a crawl's source wrap fell before it.
DASH_CAPITAL = regex.compile(r"^[-–]\s+\p{Lu}")
LOWER_CONTINUES = regex.compile(r"[\p{Ll}\p{Lu}\p{N},–\-”\"'»)%]$")
# A label alone on its line ("Quyết nghị:", "QUYẾT ĐỊNH:", "Trọng tâm:").
LABEL = regex.compile(r"^\S+(?:\s+\S+){0,3}:$")
ONE_WORD = regex.compile(r"^\p{L}{2,}$")
LETTER_ITEM = regex.compile(r"^[a-zđ][).]\s")
# A clause of its own inside a line, after a semicolon and in lower case ("…dẫn đầu; chỉ số thành phần").
CLAUSE_AFTER_SEMICOLON = regex.compile(r";[^\S\n]+\p{Ll}")
# s35c: an item of a list run on inside a line, after a semicolon and in capitals ("Chánh Văn phòng Ủy ban nhân dân tỉnh;
# Giám đốc các Sở: …", "Công an tỉnh; Sở Tài chính; Sở Văn hóa, …", "… từ xa; Nền tảng quản lý …"): the writer separates
# the list's items with "; " in the running text, so a line end after one of its semicolons is the crawl's wrap.
ITEM_AFTER_SEMICOLON = regex.compile(r";[^\S\n]+\p{Lu}")
# A paragraph of its own after a list of bases ("Căn cứ Luật …;⏎Căn cứ Nghị định …", "Xét đề nghị …", "Theo đề nghị …").
BASIS_OPENING = regex.compile(r"^(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị)\b")
# The country's name cut by a line end ("Tập đoàn Điện lực Việt⏎Nam", "nhập khẩu Việt⏎Nam;", "NGÂN HÀNG NHÀ NƯỚC VIỆT⏎NAM"):
# "Việt Nam" is one name (Hiến pháp 2013, Điều 1: "Nước Cộng hòa xã hội chủ nghĩa Việt Nam"), so a line that ends in its first
# syllable, before a line that opens with its second in the same case, was wrapped, in every layout (a portal's text breaks
# lines where its editor did, with no paragraph or width to tell; s31l). Not another name that opens with "Việt" ("Việt⏎Trì",
# "Việt⏎Đức": one each in the corpora), nor "Nam" that opens a place's name ("Việt⏎Nam Định").
COUNTRY_FIRST = regex.compile(r"(?<![\p{L}\p{M}])(?P<first>Việt|VIỆT)$")
COUNTRY_SECOND = {"Việt": regex.compile(r"^Nam(?![\p{L}\p{M}]|[ \t]+\p{Lu}\p{Ll})"),
                  "VIỆT": regex.compile(r"^NAM(?![\p{L}\p{M}]|[ \t]+Đ\p{Lu})")}
# A time adverbial that opens a sentence ("Từ tháng 8 đến tháng 10 năm 2026, …", "Trong quý III/2026, …", "Hằng năm,
# …"): never the name a head word awaits ("Sở⏎Tài chính", "Luật⏎Quản lý thuế"), so a heading that ends in a head word
# used alone ("5. Kiểm tra việc thi hành Luật": the Law the plan carries out) stays a line of its own.
TIME_OPENING = regex.compile(r"^(?:Từ|Trong|Đến|Trước|Sau|Hằng|Hàng|Định\s+kỳ)\s+(?:ngày|tháng|quý|năm|tuần|nay)\b")


LETTER = regex.compile(r"\p{L}")
SMALL_LETTER = regex.compile(r"\p{Ll}")
# A hyphen glued to the word before it at a line's end, and a word or number after the line end: a
# layout broke the line after the hyphen inside a document code or a compound ("Kế hoạch số 283/KH-⏎UBND",
# "Nghị quyết số 57-⏎NQ/TW", "giai đoạn 2026-⏎2030", "Bà Rịa-⏎Vũng Tàu"). A dash with a space before it
# ("kinh tế -⏎xã hội") stands between words and keeps its spaces.
GLUED_HYPHEN_END = regex.compile(r"[\p{L}\p{N}][-‐]$")
GLUED_ENDS = ("-", "‐", "-\n", "‐\n")  # how a line that GLUED_HYPHEN_END matches ends


# The tests below read a line's end, so they look at its end: the same answers as the patterns'
# `search` over the whole line (a line here has no line end of its own; one is allowed for).
CLOSERS = "\"'”’»)]*_"  # what SENTENCE_END allows after the stop
STOPS = ".;:!?…"


def _ended(line: str) -> bool:
    """`SENTENCE_END.search(line)`: a stop, then only closing marks."""
    body = (line[:-1] if line.endswith("\n") else line).rstrip(CLOSERS)
    return body[-1:] in STOPS and body != ""


def _continues(line: str) -> bool:
    """`LOWER_CONTINUES.search(line)`: its last character (before a final line end)."""
    return LOWER_CONTINUES.search(line, max(0, len(line) - 2)) is not None


def _open_end(line: str) -> bool:
    """`OPEN_END.search(line)`."""
    return OPEN_END.search(line, max(0, len(line) - 3)) is not None


def _table_row(line: str) -> bool:
    """`TABLE_ROW.search(line)`: a tab or a bar is needed for it to match."""
    return ("\t" in line or "|" in line) and TABLE_ROW.search(line) is not None


def _caps(line: str) -> bool:
    """A line in capitals: two words or more, no small letter ("III. PHÁT", "PHÓ CHỦ TỊCH");
    not a line that opens with abbreviations ("DNNVV, HTX, HKD trên địa bàn")."""
    if SMALL_LETTER.search(line):
        return False
    return sum(1 for w in line.split() if LETTER.search(w)) >= 2


def _unclosed(line: str) -> bool:
    return line.count("(") > line.count(")") or line.count("“") > line.count("”")


# A caption of its own line under a title ("(Ban hành kèm theo Quyết định số …)", "(Kèm theo Kế hoạch …)"), and a
# form's signature placeholder ("(Ký, đóng dấu và ghi rõ họ tên)", "(Ký tên)").
CAPTION = regex.compile(r"^\((?:Ban hành |Được ban hành )?(?:kèm|Kèm) theo\b|^\((?:Dự thảo|DỰ THẢO|Đã ký|Lần \d|[Kk]ý\b)")
# An item numbered in brackets ("(1) Xây dựng …", "(a) …", "(II) …").
BRACKET_ITEM = regex.compile(r"^\((?:\d{1,2}|[a-zđ]|[IVX]{1,4})\)\s")
# An aside that opens a sentence of its own ("(Theo Nghị quyết Đại hội) Tỷ lệ hộ nghèo giảm còn 2%", "(Đơn vị tính: %) Tốc
# độ …"): after its closing bracket a capitalised word starts the sentence, so the line does not go on with the one above.
ASIDE_OPENS_SENTENCE = regex.compile(r"^\([^()\n]{1,80}\)[ \t]+\p{Lu}\p{Ll}")


@dataclass(frozen=True)
class WrapProfile:
    """How a document lays out its lines.

    `paragraphs`: blank lines separate paragraphs and the lines inside them are
    wrapped (crawled markdown): a single line end inside a paragraph is a wrap
    unless the next line starts an item. `width`: the column that wrapped lines
    reach, when the text is wrapped at a fixed width; a line that long was cut
    by the width, not ended by its writer.
    """

    paragraphs: bool = False
    width: int | None = None


def profile_of(text: str) -> WrapProfile:
    return profile_of_lines([line.strip() for line in text.split("\n")])


def profile_of_lines(lines: list[str]) -> WrapProfile:
    """`profile_of` the text whose lines, stripped, are `lines`."""
    nonblank = ends = blank_after = 0
    wrapped: list[int] = []
    for i in range(len(lines) - 1):
        line = lines[i]
        if not line:
            continue
        nonblank += 1
        after = lines[i + 1]
        body = line.rstrip(CLOSERS)  # `_ended` and `_continues`, inline: a line's tests, once a line
        if body and body[-1] in STOPS:
            ends += 1
            blank_after += not after
        elif after and LOWER_CONTINUES.search(line, max(0, len(line) - 2)) and SMALL_LETTER.match(after) and not _table_row(line):
            wrapped.append(len(line))
    paragraphs = ends >= 10 and blank_after >= 0.5 * ends and len(wrapped) >= max(10, 0.05 * nonblank)
    width = None
    if len(wrapped) >= 20:
        wrapped.sort()
        width = wrapped[int(0.75 * (len(wrapped) - 1))]
    return WrapProfile(paragraphs, width)


def _head_needs_name(before: str) -> bool:
    """The line ends in a body's head word that its name must follow ("Sở", "Bộ", "Chi cục"),
    not a generic plural ("các Sở"), nor the issuer itself after a unit of its own ("6. Văn phòng Sở",
    "4. Thanh tra Bộ": a whole name, the task follows)."""
    head = _ends_with_any(before, _words()["head"], fold=False)
    if not head or _plural_head(head).search(before):
        return False
    unit = before[:-len(head)].rstrip()
    return not _ends_with_any(unit, ISSUER_UNITS, fold=False) and not _closes_proper_name(unit)


# Where a list's last item starts: after a comma, a semicolon, "và", or an item's marker.
LAST_ITEM = regex.compile(r"(?:^|[,;]\s*|\s+và\s+)(?P<item>[^,;]*)$")
ITEM_MARK = regex.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•])\s*")


def _closes_proper_name(unit: str) -> bool:
    """`unit` (a line before its last word, a head) ends in a capitalised syllable of the proper name of a school or a
    business its last item opens with ("5. Trường Mầm non Bắc Hà, Trường Mầm non Hoa" before "Ban"): the head word
    closes that name ("Hoa Ban"), it awaits no name of its own."""
    words = unit.split()
    if not words or not (words[-1][:1].isupper() and words[-1].isalpha() and not words[-1].isupper()):
        return False
    m = LAST_ITEM.search(unit)
    item = ITEM_MARK.sub("", m.group("item").lstrip()) if m else unit
    return any(f" {h} " in f" {item}" for h in _words().get("proper_named", ()))


def awaits_name(line: str) -> bool:
    """The line stops on a body's head word that its name must follow ("2.4. Bộ", "giao Sở"), with no stop after
    it: no paragraph ends there, even where a page's last line stops short of the column's edge (a heading
    the writer broke after its head word, at a page's foot)."""
    return not _ended(line) and _head_needs_name(line)


@functools.lru_cache(maxsize=None)
def _plural_head(head: str) -> regex.Pattern:
    """"các Sở", "những Bộ" at a line's end: a generic plural of the head word."""
    return regex.compile(r"(?:^|\s)(?i:các|những|mọi|từng)\s+" + regex.escape(head) + "$")


def joins(before: str, after: str, blank: bool, profile: WrapProfile) -> bool:
    """Whether the line end between `before` and `after` (both stripped, non-empty) is a wrap.

    `blank`: a blank line lies between them (only a lower-case continuation crosses it).
    """
    return not (keeps_line(before) or keeps_line(after)) and joins_open(before, after, blank, profile)


# The characters a line that SIGNATURE_LINE or MOTTO_LINE matches can open with ("TM.", "KT.", "Q.", "PHÓ", "CHỦ", "GIÁM",
# "BÍ", "(Đã ký)", "Đã ký", "Nơi nhận", "**Độc lập"): a line that opens with any other is not tried (most lines).
KEEPS_OPENS = frozenset("TKQPCGB(ĐN*_")


def keeps_line(line: str) -> bool:
    """A table row, a line of the signature block or the national motto: no line end next to it is a wrap."""
    return _table_row(line) or line[:1] in KEEPS_OPENS and (
        SIGNATURE_LINE.match(line) is not None or MOTTO_LINE.match(line) is not None)


def glued_hyphen(before: str, after: str) -> bool:
    """The line end follows a hyphen glued to a word and comes before a word or number: the two
    halves of one code or compound, joined with no space."""
    # GLUED_HYPHEN_END ends at the line's end (or before a final line end): its search from the last three characters
    # finds what a search of the whole line finds, and a line that does not end in a hyphen is not searched
    return after[:1].isalnum() and before.endswith(GLUED_ENDS) and GLUED_HYPHEN_END.search(before, max(0, len(before) - 3)) is not None


def open_brackets(line: str) -> tuple[int, int]:
    """(brackets, quotations) the line opens and does not close (negative: closes more than it opens)."""
    return line.count("(") - line.count(")"), line.count("“") - line.count("”")


def _range_cut_before_dash(before: str, after: str, profile: WrapProfile) -> bool:
    """A range cut before its dash: `before` ends in the first bound and `after` opens with the dash and the second, which a
    bullet never does. Any two numbers where the line was wrapped (a paragraph's, or one filled to the width): "tốc độ tăng
    bình quân 05⏎- 06%/năm"; two years in order anywhere, the second not a timeline's item ("- 2027: …"): "thời kỳ 2021⏎-
    2030, tầm nhìn đến năm 2050" (a PDF's line ends where its justified line does)."""
    if RANGE_SECOND_OPEN.match(after) and RANGE_FIRST_END.search(before, max(0, len(before) - 24)) and (
            profile.paragraphs or profile.width and len(before) >= profile.width - 6):
        return True
    if not (after[:1] in ("-", "–") and before[-1:].isdigit()):
        return False
    rest, head = RANGE_REST.match(after), RANGE_FIRST_YEAR.search(before, max(0, len(before) - 5))
    return bool(rest and head and int(rest.group("year")) > int(head.group("year")))


def _country_cut(before: str, after: str) -> bool:
    """`before` ends in the first syllable of "Việt Nam" and `after` opens with its second, in the same case."""
    cut = COUNTRY_FIRST.search(before, max(0, len(before) - 5))
    return cut is not None and COUNTRY_SECOND[cut.group("first")].match(after) is not None


def joins_open(before: str, after: str, blank: bool, profile: WrapProfile,
               opened: tuple[int, int] | None = None, joined_above: bool = False, outdented: bool = False) -> bool:
    """`joins`, for lines that neither is a table row nor a signature line (`keeps_line`). `opened`:
    the brackets and quotations left open by the lines joined up to `before` (by default `before`'s own).
    `joined_above`: `before` was itself joined to the line above it (it goes on a wrapped run of lines).
    `outdented`: in the source, `after` starts left of where `before` starts (a layout's paragraph whose first line is
    indented: `pdftotext -layout` keeps the indent, and the next line at the margin is the paragraph's second line)."""
    first = after[0]
    if first.islower():
        if LETTER_ITEM.match(after):
            return False
        # s33c: …and a clause's semicolon on the next line ("… chiếm 16 - 17%;⏎công nghiệp - xây dựng chiếm 38 - 39%"): an
        # item of a list opens with its mark or a capital (Nghị định 30/2020/NĐ-CP, Phụ lục I), never in small letters
        return _continues(before) or not blank and before.endswith(";")
    if blank:
        return False
    if glued_hyphen(before, after) and not starts_item(after):
        return True  # "Kế hoạch số 283/KH-⏎UBND": a line never ends in a hyphen of its own
    ended = _ended(before)
    left = opened if opened is not None else open_brackets(before)
    if (left[0] > 0 and after.count(")") > after.count("(") or left[1] > 0 and after.count("”") > after.count("“")) \
            and not starts_item(after):
        return True  # "(gồm 166 dự án thủy điện; …;⏎02 dự án điện rác).": a list inside brackets runs on
    if first.isdigit():
        if QUANTITY.match(after) and not starts_item(after) and (not ended or before.endswith(":")):
            return True
        if YEAR_ENDS.match(after) and before[-1].islower():
            return True  # "sinh ra sống vào năm⏎2025."
        if BARE_YEAR.match(after) and YEAR_CALLED.search(before, max(0, len(before) - 8)):
            return True  # "Hà Nội, ngày 21 tháng 11 năm⏎2025": the year the line calls for
        if RANGE_OPEN.search(before) and not starts_item(after):
            # "giai đoạn 2025 -⏎2027;", "từ 85 -⏎90%", a heading's "GIAI ĐOẠN 2026 -⏎2030": a range's dash never ends a line
            # of its own, whatever its second bound ends with (an item numbered "2." after it is an item all the same)
            return True
        if ended or not NUMBER_GOES_ON.match(after):
            return False
        return before[-1].islower() or bool(_ends_with_any(before, _words()["connective"], fold=True)) or profile.paragraphs
    if _range_cut_before_dash(before, after, profile):
        return True
    if first in "%‰" and before[-1].isdigit():
        return True  # s34a: "… ở mức trên 60⏎% tổng số cuộc họp": a value's sign never opens a line of its own (a table's
        # cell "%" alone between its bars is a line of its own: a bar before it is no digit)
    if DASH_LOWER.match(after) and profile.paragraphs and not ended and before[-1].isalpha():
        return True  # "sản xuất⏎- quản lý - tiêu thụ": a dash between words, not a bullet
    if (DASH_CAPITAL.match(after) and profile.paragraphs and joined_above and profile.width and not ended
            and before[-1].isalpha() and len(before) >= profile.width - 6):
        # c20: …and before a capitalised word, inside a crawl's paragraph: a line that goes on a wrapped run and fills the
        # width the paragraphs are wrapped at was cut by the width (the paragraph runs on), and an item of a list opens
        # a paragraph of its own, after a blank line ("… để đầu tư cho tuyến đường sắt Lào Cai - Hà Nội⏎- Hải Phòng;
        # tận dụng …"; in the wide crawls 8 such line ends, all inside a sentence: "Công ty Tân Cảng⏎- Petro Cam Ranh")
        return True
    if not (first.isupper() or first in "(“\"'"):
        return False
    if starts_item(after):
        return False
    if first == "(" and not ended and not _caps(before) and not CAPTION.match(after) and not BRACKET_ITEM.match(after) \
            and not ASIDE_OPENS_SENTENCE.match(after) and (
            before[-1].isalnum() or _open_end(before)):
        return True  # "…của một số ngành chủ yếu⏎(theo giá so sánh 2010): 7.465,55 tỷ đồng": a bracket goes on
    if first == "N" and not ended and _country_cut(before, after):
        return True  # "Tập đoàn Điện lực Việt⏎Nam báo cáo …": the country's name is one name
    if not ended and _head_needs_name(before) and not TIME_OPENING.match(after):
        return True  # "3. Sở⏎Nông nghiệp và Môi trường", "6. Sở⏎Tài chính:" (a heading's name ends in its colon)
    if LABEL.match(after):
        return False
    if BARE_MARKER.match(before):
        return True  # "2.⏎Sở Công Thương"
    if ended and profile.paragraphs and before.endswith(";") and not BASIS_OPENING.match(after) and (
            ITEM_AFTER_SEMICOLON.search(before) or ITEM_AFTER_SEMICOLON.search(after)):
        # s35c: in a crawl's paragraph (no blank line between), a semicolon at a line's end where the lines run a list's
        # items on after "; " ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: …, Tài chính;⏎Giám đốc Ban
        # Quản lý …"; field 002 "- Đối với Ban Tổ chức Tỉnh ủy;⏎Công an tỉnh; Sở Tài chính; …", 037, 011, 006): the
        # wrap fell on one of the list's semicolons. A list whose items each hold a line ("…công nghệ;⏎Phát triển …",
        # the bases "…27/CT-TTg);⏎Công văn số …") shows no "; " inside its lines and keeps them (field 005, 013, 014).
        return True
    if ended:
        return False
    words = _words()
    if _ends_with_any(before, words["connective"], fold=True):
        return True  # "của Thủ tướng⏎Chính phủ"
    if _open_end(before) or _unclosed(before):
        return True  # "Sở Y tế,⏎Sở Tài chính", "(Viettel Nghệ⏎An, VNPT"
    if _ends_with_any(before, words["title"], fold=False) and not PERSON_NAME.match(after):
        return True  # "Chủ tịch⏎Ủy ban nhân dân tỉnh"
    if _caps(before) != _caps(after):
        if not (ONE_WORD.match(before) and before.isupper() and _caps(after)):
            return False  # a heading, then text; text, then a heading
    if ONE_WORD.match(before):
        if before.isupper() and SMALL_LETTER.search(after):
            return False  # a column's head in capitals, then its text ("STT⏎Chỉ tiêu")
        if not joined_above:
            return True  # a word alone on its line was cut from the next: "ỦY⏎BAN NHÂN DÂN", "Quảng⏎Trị, ngày 17"
        # the last word of a wrapped run ("… Bộ đội Biên phòng⏎tỉnh⏎Vận động cán bộ …", "… Truyền hình Đồng⏎Tháp⏎Tăng
        # cường …"): the run's line ended short there, its heading or sentence ends with it
    if profile.paragraphs:
        return True  # inside a blank-line paragraph every line end is a wrap
    if not (profile.width and len(before) >= profile.width - 6):
        return False
    # a line as long as the wrapped lines: cut by the width, unless it is an item's heading (what follows may be its
    # text); a capitalised word alone on the next line is the heading's own last word ("5. Sở …; Báo và Phát thanh,
    # Truyền hình Đồng⏎Tháp⏎Tăng cường …"); nor is an item whose line holds a clause of its own after a semicolon, in lower
    # case ("5. Chỉ số DTI thuộc nhóm 15 tỉnh, thành phố dẫn đầu; chỉ số thành phần⏎Chính quyền số đạt 0,75 điểm."): a
    # sentence, not a heading (a heading's list of bodies after ";" names them in capitals)
    # s32b: …nor an item whose next line starts left of it in the source (`outdented`): a layout that indents a
    # paragraph's first line sets its second at the margin, where a heading's text would be indented as a paragraph of
    # its own ("        3. Sở Nông nghiệp và Môi trường phối hợp thu hồi đất, giao đất, cấp⏎  Giấy chứng nhận …",
    # "        6. Công ty … Quản lý và Kinh doanh nhà⏎  Hải Phòng quản lý, bố trí …")
    return not starts_item(before) or bool(ONE_WORD.match(after)) and not after.isupper() \
        or CLAUSE_AFTER_SEMICOLON.search(before) is not None or outdented


# --- text cut at a fixed number of characters, whatever the words ------------------------------------------
# A portal's text field or a fixed-width export cuts every line at W characters, inside words ("tỉ lệ đ⏎ạt 95%",
# "hướng tớ⏎i phát triển"): the cut keeps every character, a space included, so such lines join with nothing
# between them. Told from a wrap at word ends: most lines that go on are exactly W long, and at many of their
# ends the two pieces are not syllables while the word they make is.
CUT_MIN_LINES = 10  # lines of the same length that go on to the next line
CUT_SHARE = 0.5  # of the lines that go on
CUT_EVIDENCE = 3  # line ends that cut a syllable in two
CUT_MIN_WIDTH = 40
TAIL = regex.compile(r"\p{L}+$")
HEAD = regex.compile(r"^\p{L}+")


def cut_syllable(before: str, after: str) -> bool:
    """`before` ends and `after` opens with the two pieces of one syllable a line end cut, as a word processor breaks a
    word too wide for a narrow table cell wherever the cell's width runs out ("triệu đồng/n⏎gười/năm", "tr⏎ường"): the
    letters before the line end and those after it make a well-formed Vietnamese syllable while one of them alone is none
    (`_one_syllable_cut`), and the piece after it goes on in the case of the piece before (a capital opens a new word:
    "Quận⏎Ba" is two words)."""
    tail, head = TAIL.search(before), HEAD.search(after)
    if not (tail and head):
        return False
    a, b = tail.group(), head.group()
    if b[:1].isupper() and not a.isupper():
        return False
    return _one_syllable_cut(a.lower(), b.lower())


def _one_syllable_cut(a: str, b: str) -> bool:
    """The letters `a` and `b` (lower case) make one well-formed Vietnamese syllable while one of them alone is none."""
    from pipeline.quality import is_syllable

    return not (is_syllable(a) and is_syllable(b)) and is_syllable(a + b)


# The abbreviations the vocabulary files write ("GRDP", "UBND", "HĐND", "BHYT", "OCOP"): bodies' abbreviations, issuers'
# and document types' codes (Nghị định 30/2020/NĐ-CP, Phụ lục III) and the capitals of indicators' names and aliases.
VOCABULARY_FILES = (("bodies/abbreviations.tsv", (0,)), ("data/issuer_abbrev.tsv", (0,)), ("data/doc_type_abbrev.tsv", (2,)),
                    ("data/indicators.tsv", None), ("data/indicator_aliases.tsv", None))
CAPITALS = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}{3,}(?![\p{L}\p{M}])")
TAIL_CAPITALS = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}+$")
HEAD_CAPITALS = regex.compile(r"^\p{Lu}+(?![\p{L}\p{M}])")


@functools.cache
def known_abbreviations() -> frozenset[str]:
    """The abbreviations of three capitals or more the vocabulary files write (see VOCABULARY_FILES)."""
    root = Path(__file__).resolve().parent.parent / "extractors"
    found = set()
    for name, columns in VOCABULARY_FILES:
        for row in load_tsv(root / name):
            for cell in (row if columns is None else [row[c] for c in columns if c < len(row)]):
                found.update(CAPITALS.findall(cell))
    return frozenset(found)


def cut_abbreviation(before: str, after: str) -> bool:
    """`before` ends and `after` opens with the two pieces of one abbreviation a narrow table cell cut ("Tốc độ tăng trưởng
    GRD⏎P"): capitals on both sides that make an abbreviation the vocabulary files write, where the two pieces are not
    both abbreviations of their own ("UBND⏎HĐND" stays two)."""
    tail, head = TAIL_CAPITALS.search(before), HEAD_CAPITALS.match(after)
    if not (tail and head):
        return False
    known = known_abbreviations()
    return tail.group() + head.group() in known and not (tail.group() in known and head.group() in known)


def fixed_width_cuts(text: str) -> list[int]:
    """Offsets of the line ends of `text` that cut a line at a fixed width (see above): each is to be dropped."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    going_on = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    if len(going_on) < CUT_MIN_LINES:
        return []
    width, count = collections.Counter(len(lines[i]) for i in going_on).most_common(1)[0]
    if width < CUT_MIN_WIDTH or count < max(CUT_MIN_LINES, CUT_SHARE * len(going_on)):
        return []
    cut = [i for i in going_on if len(lines[i]) == width]
    evidence = 0
    for i in cut:
        tail, head = TAIL.search(lines[i]), HEAD.search(lines[i + 1])
        if tail and head:
            if _one_syllable_cut(tail.group().lower(), head.group().lower()):
                evidence += 1
    if evidence < CUT_EVIDENCE:
        return []
    return [starts[i] + len(lines[i]) for i in cut]

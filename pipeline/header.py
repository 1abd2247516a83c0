"""The national header of an official document: who issues it, its number, place and date,
its type and subject (NĐ 30/2020/NĐ-CP Phụ lục I; Luật Ban hành văn bản quy phạm pháp luật).

    BỘ TÀI CHÍNH            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM     issuer block (parent, then issuer)
    CỤC THUẾ                  Độc lập - Tự do - Hạnh phúc           and the national motto
    Số: 5348/CT-CS            Hà Nội, ngày 20 tháng 11 năm 2025     number; place and date
    V/v hướng dẫn …                                                 a letter's subject under its number
                              THÔNG TƯ                              the type in capitals,
                    QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP PHÍ …         its subject lines,
                    BỘ TRƯỞNG BỘ TÀI CHÍNH                          the authority that signs (laws, decisions)
    Căn cứ …                                                        the body starts

Crawled and converted copies put each cell on its own lines (one word wrapped per line,
blank lines and bars between), join the two columns on one line (pdftotext, DOCX tables:
a tab, " | " or " / " between them) or glue them ("VIỆT NAMĐộc lập"). The reading below
works on cells: the lines cut at those separators, markdown marks gone.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extractors.bodies import patterns as BP
from extractors.bodies.naming import known_name, spelling
from extractors.legal_refs.patterns import DOC_TYPE_NAMES

HEADER_CHARS = 5000  # the header sits in the first lines; a crawled one-cell-a-line header (or a news page before it) is long
MARKS = regex.compile(r"^[\s*_#|>-]+|[\s*_#|]+$")
SPACES = regex.compile(r"\s+")
DECORATION = regex.compile(r"^[-_=*.\s]*$")  # "-------", "* *", "_"
# Cells: the two header columns on one line are cut at a tab, " | ", " / " or where the motto is glued on.
CELL_SPLIT = regex.compile(r"\t|\s\|\s?|\s/\s|(?<=\S)-{3,}\s*\|?|(?=CỘNG\s+H(?:ÒA|OÀ)|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN)|(?<=\S)\s+(?=(?:Luật\s+)?Số\s*:)")
MOTTO_WORDS = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".split()
PARTY_MOTTO = regex.compile(r"^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
INDEPENDENCE = regex.compile(r"^Độc\s+lập")

# --- the number: "Số: 39/2025/TT-BXD", "Số:⏎87/2025/QĐ-UBND", "Luật số: 60/2024/QH15", "Số 104-CTr/TU" ----------
SYMBOL_PART = r"[\p{Lu}Đ][\p{L}\d&]*(?:\.[\p{Lu}\d]+)*"  # "VPCP-V.I": a department numbered with a dot
SYMBOL = rf"{SYMBOL_PART}(?:[-/](?:[ \t]*\n[ \t]*)?{SYMBOL_PART})*"  # "3783/QĐ-⏎UBND": wrapped after its hyphen
NUMBER_LABEL = r"(?:(?:Luật|Bộ luật|Pháp lệnh|Lệnh)\s+số|Số)"
NUMBER_LABEL_START = regex.compile(rf"^{NUMBER_LABEL}\b")
DOC_NUMBER = regex.compile(
    rf"(?<![\p{{L}}])(?P<label>{NUMBER_LABEL})[ \t]*:?[\s|]{{0,12}}?"
    rf"(?P<code>(?P<number>\d{{1,6}})[ \t]*(?:/[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*/[ \t]*(?P<symbol>{SYMBOL})"
    rf"|/[ \t]*(?P<symbol2>{SYMBOL})|-(?P<party>{SYMBOL_PART}/{SYMBOL_PART}(?:-{SYMBOL_PART})*)))"
    r"(?![\p{L}\d/])"
)

# --- place and date: "Hà Nội, ngày 25 tháng 11 năm 2025"; a digitally signed copy leaves the day (and month) blank --
PLACE = r"\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){0,4}"
# Without its comma only at a line's or cell's start ("Hà Nội ngày 01 …"), never inside a citation ("…/NĐ-CP ngày 15 …").
PLACE_DATE = regex.compile(
    rf"(?m)(?:(?:^|(?<=[\t|]))[ \t]*(?P<place>{PLACE})[ \t]*,?|(?<![\p{{L}}\d/-])(?P<place2>{PLACE})[ \t]*,)[ \t]*ngày[ \t]*(?P<day>\d{{1,2}})?[ \t]*tháng[ \t]*(?P<month>\d{{1,2}})?[ \t]*năm\s*(?P<year>(?:19|20)\d\d)(?!\d)"
)
# …wrapped in the header's right column (a PDF's or a converted copy's column keeps the line breaks of the original:
# "Cần Thơ, ngày 18⏎tháng 11 năm 2025", "Thành phố Hồ Chí Minh, ngày⏎18 tháng 11 năm 2025"): one line break between
# any two of its words, the place with its comma. Read only before the title heading (issue_date), where no citation is.
DATE_WRAP = r"[ \t*_]*(?:\n[ \t|*_]*)?"
WRAPPED_PLACE_DATE = regex.compile(
    rf"(?<![\p{{L}}\d/-])(?P<place>{PLACE})[ \t]*,{DATE_WRAP}ngày{DATE_WRAP}(?P<day>\d{{1,2}})?{DATE_WRAP}tháng{DATE_WRAP}"
    rf"(?P<month>\d{{1,2}})?{DATE_WRAP}năm{DATE_WRAP}(?P<year>(?:19|20)\d\d)(?!\d)"
)

# --- the type heading and its subject -------------------------------------------------------------------------
# The types are the legal and administrative forms (extractors/legal_refs/doc_types.tsv: Luật Ban hành văn bản
# quy phạm pháp luật 2025, NĐ 30/2020 Phụ lục III, HD 36-HD/VPTW); frameworks and criteria sets are cited, not issued.
HEADING_TYPES = sorted((t for t in DOC_TYPE_NAMES if t not in ("Khung", "Bộ tiêu chí")), key=len, reverse=True)
TYPE_HEADING = regex.compile(
    r"^(?P<type>" + "|".join(regex.escape(t.upper()) for t in HEADING_TYPES) + r")(?![\p{Ll}])[ \t]*(?P<rest>.*)$"
)
# A title given as the text's first line in sentence case ("Nghị quyết về kế hoạch đầu tư …").
SENTENCE_TITLE = regex.compile(r"^(?P<type>" + "|".join(regex.escape(t) for t in HEADING_TYPES) + r")[ \t]+(?P<rest>\p{Ll}.{10,300})$")
# A heading that cites its own number ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU NGÀY …", a transcriber's line) is no heading.
CITES_A_NUMBER = regex.compile(r"^(?:SỐ|số|Số)\s*:?\s*\d")
# Where the body starts: the preamble, an address, the first article, chapter or part.
BODY_START = regex.compile(
    r"^(?:Căn\s+cứ|Kính\s+gửi|Trên\s+cơ\s+sở|Theo\s+đề\s+nghị|Xét\s|Điều\s+\d|Chương\s+[IVXLC\d]|"
    r"CHƯƠNG\s+[IVXLC\d]|Phần\s+(?:thứ|[IVX\d])|PHẦN\s|[IVX]+\.\s|\d+\.\s|QUYẾT\s+ĐỊNH\s*:|QUYẾT\s+NGHỊ\s*:)"
)
# …and the openings that end a subject already begun ("KẾ HOẠCH / Triển khai thực hiện Chỉ thị … / Thực hiện …").
OPENING = regex.compile(r"^(?:Thực\s+hiện|Triển\s+khai|Nhằm|Để\s|Ngày\s+\d|Trong\s|Từ\s+ngày|Sau\s+khi|Vừa\s+qua|\((?:Ban\s+hành\s+)?[Kk]èm\s+theo)")
# An upper-case run glued to the body's first words.
CAPS_THEN_BODY = regex.compile(r"^(?P<caps>(?:[^\p{Ll}\s]+\s+)+)(?=(?:Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Xét\s)\b)")
MAX_PLACE_WORDS = 5  # "BÀ RỊA - VŨNG TÀU"
MAX_AUTHORITY_WORDS = 14
# The authority line under the subject ("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "BỘ TRƯỞNG BỘ TÀI CHÍNH", "QUỐC HỘI",
# "THỦ TƯỚNG CHÍNH PHỦ điện:"): an upper-case line that names a body or a post.
POSTS = r"(?:BỘ\s+TRƯỞNG|CHỦ\s+TỊCH|THỦ\s+TƯỚNG|TỔNG\s+CỤC\s+TRƯỞNG|CỤC\s+TRƯỞNG|GIÁM\s+ĐỐC|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG|TỔNG(?=\s+KIỂM\s+TOÁN))"
ISSUER_LETTER = regex.compile(r"^(?:V/v|V/V|v/v)\b[\s:.]*")
LETTER_AFTER_NUMBER = regex.compile(r"^\s*(?:V/v|V/V|v/v)\b")
ABOUT = regex.compile(r"^Về\s+\p{Ll}")  # "Về hướng dẫn đánh giá …" under a letter's number
# Who enacts: "Quốc hội ban hành Luật Việc làm.", "Chính phủ ban hành Nghị định …", "Bộ trưởng Bộ Y tế ban hành Thông tư …".
ENACTED_BY = regex.compile(r"(?m)^[\s*_]*(?!Căn\s+cứ|Thực\s+hiện|Theo\s|Xét\s)(?P<who>[^\n]{3,120}?)\s+ban\s+hành\s+(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định)(?![\p{L}])")


@dataclass(frozen=True)
class Issuer:
    name: str
    level: str | None = None  # the jurisdiction's level word ("tỉnh", "thành phố", "huyện", …), None for a national body
    place: str | None = None  # the jurisdiction's name as written ("Đắk Lắk")
    national: bool = False  # a national body (a ministry, the Government, a national agency)


def _cells(text: str) -> list[str]:
    """The header's cells in reading order: lines cut at column separators, marks and decorations gone."""
    return [cell for line in text.split("\n") for _, cell in _line_cells(line)]


def _line_cells(line: str) -> list[tuple[int, str]]:
    """A header line's cells, each with its column's place among the line's separators (an empty column counts), marks
    and decorations gone."""
    cells = []
    for k, part in enumerate(CELL_SPLIT.split(line)):
        part = MARKS.sub("", part).strip()
        if part and not DECORATION.match(part):
            cells.append((k, SPACES.sub(" ", part)))
    return cells


def _after_issuer(cell: str) -> bool:
    """A header cell that comes after the issuer's block: the document's number, its place and date, a letter's reference."""
    return bool(DOC_NUMBER.match(cell) or NUMBER_LABEL_START.match(cell) or PLACE_DATE.search(cell) or ISSUER_LETTER.match(cell))


def _is_motto(cell: str) -> bool:
    """A piece of "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" however it is wrapped, the Party's motto, or the independence line."""
    if INDEPENDENCE.match(cell) or PARTY_MOTTO.match(cell):
        return True
    words = spelling(cell).replace("HOÀ", "HÒA").split()
    if not words:
        return False
    n = len(words)
    return any(MOTTO_WORDS[i:i + n] == words for i in range(len(MOTTO_WORDS) - n + 1)) and (n > 1 or words[0] in ("CỘNG", "NAM"))


@functools.lru_cache(maxsize=4)  # read by the title, the issuer block and the number and date: once per text
def header_zone(text: str) -> str:
    """The text before the body starts (the preamble, an address or the first article), at most HEADER_CHARS."""
    head = text[:HEADER_CHARS]
    pos = 0
    for line in head.split("\n"):
        clean = MARKS.sub("", line).strip()
        if clean and BODY_START.match(clean):
            return head[:pos]
        pos += len(line) + 1
    return head


def issuer_block(text: str) -> str | None:
    """The issuer cells of the top-left block, joined: "BỘ TÀI CHÍNH CỤC THUẾ", "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"."""
    parts: list[str] = []
    for cell in _cells(header_zone(text)):
        if _is_motto(cell):
            continue
        if _after_issuer(cell):
            break
        if TYPE_HEADING.match(cell) and parts:
            break
        letters = [c for c in cell if c.isalpha()]
        if not letters or any(c.islower() for c in letters):
            if parts:
                break
            continue
        parts.append(cell)
    block = " ".join(parts).strip()
    return block or None


def issuer_columns(text: str) -> list[str] | None:
    """The issuer blocks of a joint document's header (kế hoạch liên tịch, chương trình phối hợp), side by side:
    "UBND TỈNH LÂM ĐỒNG<tab>HỘI NÔNG DÂN VIỆT NAM / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG<tab>BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG"
    → ["UBND TỈNH LÂM ĐỒNG SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "HỘI NÔNG DÂN VIỆT NAM BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG"].
    None unless a header line holds two issuer cells (a single issuer's line holds the motto beside it)."""
    columns: list[list[str]] = []
    joint = False
    for line in header_zone(text).split("\n"):
        cells = _line_cells(line)
        if not cells:
            continue
        if any(_after_issuer(c) or TYPE_HEADING.match(c) for _, c in cells):
            break
        names = [(k, c) for k, c in cells if not _is_motto(c)]
        if not names:
            continue
        if any(ch.islower() for _, c in names for ch in c if ch.isalpha()):
            break
        if len(names) >= 2:
            joint = True
            for i, (_, c) in enumerate(names):
                if i == len(columns):
                    columns.append([])
                columns[i].append(c)
        elif columns:  # one cell under two: the right column's when the line starts with a separator
            columns[-1 if names[0][0] > 0 and len(columns) > 1 else 0].append(names[0][1])
        else:
            columns.append([names[0][1]])
    if not joint or len(columns) < 2:
        return None
    return [" ".join(c) for c in columns]


def joint_issuer(text: str) -> Issuer | None:
    """The issuers of a joint document, each read as `read_issuer` reads one block, joined by " - " in the header's
    order ("Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng - Hội Nông dân tỉnh Lâm Đồng"); the first gives the
    jurisdiction. None unless every column reads as a body."""
    columns = issuer_columns(text)
    if not columns:
        return None
    found = [read_issuer(c) for c in columns]
    if not all(found):
        return None
    first = found[0]
    return Issuer(" - ".join(f.name for f in found), first.level, first.place, all(f.national for f in found))


UNIT_WORD = regex.compile(r"^(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thành Phố)\s+")


@functools.lru_cache(maxsize=4096)
def resolve_place(level: str, name: str) -> tuple[str | None, str | None]:
    """(province, district) for "huyện Vạn Ninh" → ("Khánh Hòa", "Vạn Ninh"), from the
    pre-2025 administrative units (vietnamadminunits, offline); (None, None) if unknown."""
    try:
        from vietnamadminunits import parse_address
    except ImportError:  # pragma: no cover - declared dependency
        return None, None
    level = level.lower()
    try:
        unit = parse_address(f"{level} {name}", mode="LEGACY", level=2 if level in ("huyện", "quận", "thị xã", "thành phố") else 1)
    except Exception:
        return None, None
    province = _strip_unit(getattr(unit, "province", None))
    district = _strip_unit(getattr(unit, "district", None))
    wanted = name.lower()
    if level in ("tỉnh",) or (level == "thành phố" and province and province.lower() == wanted):
        return (province, None) if province and province.lower() == wanted else (None, None)
    if district and district.lower() == wanted:
        return province, district
    return None, None


def _strip_unit(name: str | None) -> str | None:
    if not name:
        return None
    return UNIT_WORD.sub("", name).strip() or None


# --- reading a body's name in capitals --------------------------------------------------------------------------
LOCAL_BODY = regex.compile(
    r"^(?P<post>CHỦ\s+TỊCH\s+)?(?P<body>Ủ?Y\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND)\s+"
    r"(?P<level>TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN|ĐẶC\s+KHU)\s+(?P<rest>.+)$"
)
# Party committees (Điều lệ Đảng): "TỈNH ỦY LÀO CAI", "THÀNH ỦY HÀ NỘI", "ĐẢNG ỦY XÃ …".
PARTY_COMMITTEE = regex.compile(r"^(?P<body>TỈNH\s+[UỦ]Y|THÀNH\s+[UỦ]Y|HUYỆN\s+[UỦ]Y|QUẬN\s+[UỦ]Y|THỊ\s+[UỦ]Y)\s+(?P<rest>.+)$")
# The Party organisation of a place over its committee, the header of Party documents (Hướng dẫn 36-HD/VPTW 2018,
# thể thức văn bản của Đảng): "ĐẢNG BỘ TỈNH QUẢNG NGÃI" above "TỈNH ỦY" (that place's committee), or above a
# committee with its own place ("ĐẢNG BỘ TỈNH KIÊN GIANG" above "HUYỆN ỦY VĨNH THUẬN").
PARTY_ORGANISATION = regex.compile(r"^ĐẢNG\s+BỘ\s+(?P<level>TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ)\s+(?P<rest>.+)$")
BARE_COMMITTEE = regex.compile(r"^(?P<body>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+[UỦ]Y$")
LEVEL_WORDS = {"TỈNH": "tỉnh", "THÀNH PHỐ": "thành phố", "HUYỆN": "huyện", "QUẬN": "quận", "THỊ XÃ": "thị xã", "XÃ": "xã",
               "PHƯỜNG": "phường", "THỊ TRẤN": "thị trấn", "ĐẶC KHU": "đặc khu"}
# The unit a Party committee leads (Điều lệ Đảng): Tỉnh ủy a province, Huyện ủy a district …
PARTY_LEVEL = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}
LEVEL_AT_END = regex.compile(r"\s(?P<level>tỉnh|thành phố|huyện|quận|thị xã|xã|phường)$")


@functools.lru_cache(maxsize=1)
def _upper_heads() -> list[tuple[list[str], str]]:
    """The heads of bodies' names (heads.tsv, names.tsv) as upper-case word lists, longest first."""
    heads = {h for h in BP.HEADS}
    out = [(spelling(h).upper().split(), h) for h in heads if not h.isupper()]
    return sorted(out, key=lambda x: -len(x[0]))


def _head_at(words: list[str], i: int) -> tuple[int, str] | None:
    for head_words, head in _upper_heads():
        if words[i:i + len(head_words)] == head_words:
            return i + len(head_words), head
    return None


def _known_at(words: list[str], i: int) -> tuple[int, str] | None:
    for j in range(min(len(words), i + 12), i, -1):
        name = known_name(" ".join(words[i:j]))
        if name:
            return j, name
    return None


def _body_start(words: list[str], i: int, one_word_heads: bool = True) -> bool:
    """A body's name starts at words[i]. In capitals a one-word head ("PHÒNG", "VỤ", "BAN") cannot be told from
    a common word ("HẢI PHÒNG", "PHỤC VỤ"): inside a name it starts another only when `one_word_heads`."""
    rest = " ".join(words[i:])
    if LOCAL_BODY.match(rest) or PARTY_COMMITTEE.match(rest) or _known_at(words, i):
        return True
    head = _head_at(words, i)
    return bool(head and (one_word_heads or head[0] - i > 1))


def _place_end(words: list[str], start: int, level: str) -> int:
    """Where the place name after a level word ends: the longest run the gazetteer knows, else the next body."""
    for end in range(min(len(words), start + 6), start, -1):
        if resolve_place(level, spelling(_place_name(words[start:end]))) != (None, None):
            return end
    end = start + 1
    while end < len(words) and not _body_start(words, end):
        end += 1
    return end if end - start <= MAX_PLACE_WORDS else -1


def _place_name(words: list[str]) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in words)


JURISDICTION_LEVELS = ("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ")


def _jurisdiction_at(words: list[str], i: int) -> tuple[int, str, str] | None:
    """The unit a local body's name goes on with ("GIÁM ĐỐC SỞ Y TẾ TỈNH QUẢNG TRỊ", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
    HUYỆN KỲ ANH"): a level word and a place the gazetteer knows; (end, level, place), else None."""
    for level_words in JURISDICTION_LEVELS:
        n = len(level_words.split())
        if " ".join(words[i:i + n]) != level_words:
            continue
        level = LEVEL_WORDS[level_words]
        for end in range(min(len(words), i + n + 5), i + n, -1):
            place = _place_name(words[i + n:end])
            if resolve_place(level, spelling(place)) != (None, None):
                return end, level, place
    return None


def _segments(block: str) -> list[Issuer] | None:
    """The bodies named one after the other in an issuer block (parent first); None if a word is left unread."""
    words = spelling(block.replace("HOÀ", "HÒA")).upper().replace(",", " ,").split()
    words = [w for w in words if w != ","]

    out: list[Issuer] = []
    i = 0
    while i < len(words):
        rest = " ".join(words[i:])
        organisation = PARTY_ORGANISATION.match(rest)
        if organisation:
            level = LEVEL_WORDS[SPACES.sub(" ", organisation.group("level"))]
            start = len(words) - len(organisation.group("rest").split())
            end = _place_end(words, start, level)
            if end < 0:
                return None
            place = _place_name(words[start:end])
            bare = BARE_COMMITTEE.match(" ".join(words[end:]))
            if bare:  # "ĐẢNG BỘ TỈNH QUẢNG NGÃI / TỈNH ỦY": Tỉnh ủy Quảng Ngãi
                party = bare.group("body").capitalize() + " ủy"
                out.append(Issuer(f"{party} {place}", PARTY_LEVEL[party], place))
                return out
            out.append(Issuer(f"Đảng bộ {level} {place}", level, place))
            i = end
            continue
        m = LOCAL_BODY.match(rest) or PARTY_COMMITTEE.match(rest)
        if m:
            start = len(words) - len(m.group("rest").split())
            level = (LEVEL_WORDS[SPACES.sub(" ", m.group("level"))] if m.re is LOCAL_BODY
                     else PARTY_LEVEL[m.group("body").split()[0].capitalize() + " ủy"])
            end = _place_end(words, start, level)
            if end < 0:
                return None
            place = _place_name(words[start:end])
            if m.re is LOCAL_BODY:
                body = "HĐND" if "HỘI" in m.group("body") or m.group("body") == "HĐND" else "UBND"
                post = "Chủ tịch " if m.group("post") else ""
                out.append(Issuer(f"{post}{body} {level} {place}", level, place))
            else:
                party = m.group("body").split()[0].capitalize() + " ủy"
                out.append(Issuer(f"{party} {place}", PARTY_LEVEL[party], place))
            i = end
            continue
        known = _known_at(words, i)
        head = _head_at(words, i)
        if known and (not head or known[0] >= head[0]):
            end, name = known
            level_at_end = LEVEL_AT_END.search(name)
            if level_at_end and end < len(words):  # "THUẾ TỈNH TÂY NINH": the level's place follows
                stop = _place_end(words, end, level_at_end.group("level"))
                if stop < 0:
                    return None
                place = _place_name(words[end:stop])
                out.append(Issuer(f"{name} {place}", level_at_end.group("level"), place))
                i = stop
                continue
            national = BP.HEADS.get(name, (None, None))[1] == "trung_uong" or name.startswith(("Bộ ", "Cục ", "Tổng cục "))
            unit = None if national else _jurisdiction_at(words, end)
            if unit:  # "SỞ Y TẾ TỈNH QUẢNG TRỊ": a department named with its province on one line
                stop, level, place = unit
                out.append(Issuer(f"{name} {level} {place}", level, place))
                i = stop
                continue
            out.append(Issuer(name, None, None, national))
            i = end
            continue
        if head:
            end, name = head
            stop = end
            while stop < len(words) and not _body_start(words, stop, one_word_heads=False):
                stop += 1
            if stop == end or len(name.split()) == 1:
                return None  # a one-word head with a tail no list knows: "BAN HÀNH …", "PHÒNG, CHỐNG …" are words
            national = name in ("Bộ", "Cục", "Tổng cục")
            unit = None if national else next(
                (found for j in range(end, stop) if (found := _jurisdiction_at(words, j)) and found[0] == stop), None)
            if unit:  # "HỘI NÔNG DÂN TỈNH LÂM ĐỒNG", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN …": the name ends with its unit
                tail = " ".join(words[end:stop - len(unit[2].split()) - len(unit[1].split())]).lower()
                out.append(Issuer(f"{name} {tail} {unit[1]} {unit[2]}".replace("  ", " "), unit[1], unit[2]))
            else:
                tail = " ".join(words[end:stop]).lower()
                out.append(Issuer(f"{name} {tail}", None, None, national))
            i = stop
            continue
        return None
    return out or None


def read_issuer(block: str | None) -> Issuer | None:
    """The issuing body of an issuer block: its last body, under the jurisdiction of a local parent
    ("UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG" → Sở Công Thương tỉnh Lào Cai; "BỘ TÀI CHÍNH / CỤC THUẾ" → Cục Thuế)."""
    if not block:
        return None
    segments = _segments(block)
    if not segments:
        return None
    issuer = segments[-1]
    if issuer.level is None and not issuer.national:
        parent = next((s for s in reversed(segments[:-1]) if s.level), None)
        if parent:
            return Issuer(f"{issuer.name} {parent.level} {parent.place}", parent.level, parent.place)
        if len(segments) > 1 and any(s.national for s in segments[:-1]):
            return Issuer(issuer.name, None, None, True)
    return issuer


def doc_number(zone: str) -> str | None:
    """The document's own number from the header ("39/2025/TT-BXD", "74/KH-UBND", "104-CTr/TU")."""
    m = DOC_NUMBER.search(zone)
    if not m:
        return None
    if m.group("year"):
        return f"{m.group('number')}/{m.group('year')}/{SPACES.sub('', m.group('symbol'))}"
    if m.group("symbol2"):
        return f"{m.group('number')}/{SPACES.sub('', m.group('symbol2'))}"
    return f"{m.group('number')}-{m.group('party')}"


def _before_title(zone: str) -> str:
    """The header block above the type heading ("KẾ HOẠCH", "QUYẾT ĐỊNH"); nothing when no heading is found."""
    pos = 0
    for line in zone.split("\n"):
        for cell in CELL_SPLIT.split(line):
            clean = MARKS.sub("", cell).strip()
            if clean and TYPE_HEADING.match(clean) and not CITES_A_NUMBER.match(clean):
                return zone[:pos]
        pos += len(line) + 1
    return ""


def issue_date(zone: str) -> str | None:
    """The place-and-date line's date as ISO text; "2026-04" or "2026" when the day (and month) were left blank."""
    m = PLACE_DATE.search(zone) or WRAPPED_PLACE_DATE.search(_before_title(zone))
    if not m:
        return None
    day, month, year = m.group("day"), m.group("month"), m.group("year")
    if month and not 1 <= int(month) <= 12:
        return None
    if day and month:
        from extractors.legal_refs.extract import iso_date

        return iso_date(day, month, year)
    if month and not day:
        return f"{year}-{int(month):02d}"
    return year if not day else None


# --- the title: the type heading and its subject ------------------------------------------------------------------
MAX_SUBJECT_LINES = 8
MAX_SUBJECT_CHARS = 700
# The enacting clause repeats the title: "Bộ trưởng Bộ Xây dựng ban hành Thông tư sửa đổi, bổ sung …".
ENACTING = regex.compile(
    r"(?m)^[\s*_]*(?!Căn\s+cứ|Thực\s+hiện|Theo\s|Xét\s)(?P<who>[^\n]{3,150}?)\s+ban\s+hành\s+(?P<type>" + "|".join(regex.escape(t) for t in HEADING_TYPES) +
    r")\s+(?P<subject>\p{Ll}[^\n]{5,600}?)[\s*_]*[.:;]?[\s*_]*$"
)


# A dispatch's authority line ends with its formula: "THỦ TƯỚNG CHÍNH PHỦ điện:" (NĐ 30/2020/NĐ-CP, Phụ lục I: công điện).
DISPATCH_FORMULA = regex.compile(r"\s+(?:điện|ĐIỆN)\s*:?\s*$")


def _clean_lines(zone: str) -> list[str]:
    return [c for c in (MARKS.sub("", line).strip() for line in zone.split("\n"))]


def _ends_subject(line: str) -> bool:
    """A line the subject does not run into: the body, the authority, a number, a date or an address."""
    if BODY_START.match(line) or DOC_NUMBER.match(line) or PLACE_DATE.search(line) or ISSUER_LETTER.match(line):
        return True
    if _all_upper(line) and _read_authority(line):
        return True
    return bool(regex.search(r"\s(?:điện|ĐIỆN)\s*:$", line))


def _all_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _join(doc_type: str, parts: list[str]) -> str:
    if not parts:
        return doc_type
    rest = SPACES.sub(" ", " ".join(parts)).strip()
    if len(rest) > 1 and rest[1].islower():
        rest = rest[0].lower() + rest[1:]
    return f"{doc_type} {rest}"


def title(text: str) -> str | None:
    """"Kế hoạch phát động phong trào …", "Thông tư quy định mức thu …", "Công văn về việc hướng dẫn …"."""
    zone = header_zone(text)
    lines = _clean_lines(zone)
    for i, line in enumerate(lines):
        m = TYPE_HEADING.match(line)
        if not m or line.endswith(":") or CITES_A_NUMBER.match(m.group("rest")):
            continue
        doc_type = m.group("type").capitalize()
        parts = [m.group("rest").strip()] if m.group("rest").strip() else []
        following = [x for x in lines[i + 1:] if x and not DECORATION.match(x)]
        for k, nxt in enumerate(following):
            letter = ISSUER_LETTER.match(nxt)
            if letter and not parts:  # "CÔNG ĐIỆN / V/v tập trung ứng phó …"
                parts.append("về việc " + nxt[letter.end():])
                continue
            glued = CAPS_THEN_BODY.match(nxt) if parts and _all_upper(" ".join(parts)) else None
            if glued:  # "TIẾP THEO Căn cứ Luật …": the subject's end glued to the preamble
                parts.append(glued.group("caps").strip())
                break
            wrapped = (f"{nxt} {following[k + 1]}" if k + 1 < len(following) and _all_upper(nxt)
                       and _all_upper(DISPATCH_FORMULA.sub("", following[k + 1])) else None)  # ("THỦ⏎TƯỚNG CHÍNH PHỦ điện:")
            if (_ends_subject(nxt) or (wrapped and _read_authority(wrapped)) or (parts and OPENING.match(nxt))
                    or (parts and _all_upper(" ".join(parts)) and not _all_upper(nxt) and (nxt[:1].isupper() or nxt.startswith("(")))
                    or len(parts) >= MAX_SUBJECT_LINES or sum(map(len, parts)) > MAX_SUBJECT_CHARS):
                break
            if parts and nxt == parts[-1]:
                continue  # a crawl that repeats the subject line
            parts.append(nxt)
        if not parts:
            enacting = [e for e in ENACTING.finditer(text[:8000]) if e.group("type") == doc_type]
            if enacting:
                return f"{doc_type} {enacting[0].group('subject').strip()}"
        return _join(doc_type, parts)
    # A letter (công văn) gives its subject under its number: "V/v hướng dẫn góp vốn điều lệ", or on the
    # number's line ("Số: 5387/CT-CS v/v trả lời …"), or as "Về …" right under it.
    for i, line in enumerate(lines):
        number = DOC_NUMBER.match(line)
        if number and LETTER_AFTER_NUMBER.match(line[number.end():]):
            line = line[number.end():].strip()
        elif number and not line[number.end():].strip():
            nxt = next((x for x in lines[i + 1:] if x), "")
            if ABOUT.match(nxt):
                return "Công văn v" + SPACES.sub(" ", nxt).strip().rstrip(".")[1:]
        m = ISSUER_LETTER.match(line)
        if m:
            parts = [line[m.end():].strip()] if line[m.end():].strip() else []
            for nxt in lines[i + 1:]:
                if not nxt or DECORATION.match(nxt) or _ends_subject(nxt) or len(parts) >= 3:
                    break
                parts.append(nxt)
            if parts:
                return "Công văn về việc " + SPACES.sub(" ", " ".join(parts)).strip().rstrip(".")
            break
    # A copy without its heading: the enacting clause ("Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định …").
    enacting = ENACTING.search(text[:8000])
    if enacting:
        return f"{enacting.group('type')} {enacting.group('subject').strip()}"
    # A copy that opens with its title in sentence case ("Nghị quyết về kế hoạch đầu tư phát triển …").
    first = next((line for line in lines if line), "")
    m = SENTENCE_TITLE.match(first)
    if m and not first.endswith((".", ":", ";")):
        return first
    return None


def _read_authority(line: str) -> Issuer | None:
    if len(line.split()) > MAX_AUTHORITY_WORDS:
        return None
    upper = line.upper()
    post = regex.match(rf"^{POSTS}\s+", upper)
    if post and not upper.startswith(("CHỦ TỊCH ỦY", "CHỦ TỊCH UỶ", "THỦ TƯỚNG CHÍNH")):
        upper = upper[post.end():]
    upper = regex.sub(r"\s+ĐIỆN\s*:?$", "", upper)
    return read_issuer(upper) if len(upper) < 120 else None


def authority(text: str) -> Issuer | None:
    """The authority on its own line after the title and before the body ("ỦY BAN THƯỜNG VỤ QUỐC HỘI",
    "BỘ TRƯỞNG BỘ Y TẾ", "Hội đồng nhân dân tỉnh hải dương"): the issuer of a copy without its header block."""
    lines = [line for line in _clean_lines(header_zone(text)) if line and not DECORATION.match(line)]
    start = next((i for i, line in enumerate(lines) if TYPE_HEADING.match(line) or (i == 0 and SENTENCE_TITLE.match(line))), None)
    if start is None:
        return None
    for line in lines[start + 1:start + 1 + MAX_SUBJECT_LINES + 1]:
        issuer = _read_authority(line)
        if issuer:
            return issuer
    return None


# A law or an elected body's resolution states its date in its closing formula, not its header:
# "Luật này được Quốc hội … khóa XV, kỳ họp thứ 9 thông qua ngày 19 tháng 02 năm 2025."
ADOPTED = regex.compile(
    r"(?:Luật|Bộ\s+luật|Nghị\s+quyết|Pháp\s+lệnh)\s+này\s+(?:đã\s+)?được[^.\n]{0,250}?thông\s+qua\s+ngày\s+"
    r"(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>(?:19|20)\d\d)"
)


def adopted_date(text: str) -> str | None:
    """The date a law or resolution was adopted, from its closing formula."""
    m = ADOPTED.search(text)
    if not m or not 1 <= int(m.group("month")) <= 12:
        return None
    from extractors.legal_refs.extract import iso_date

    return iso_date(m.group("day"), m.group("month"), m.group("year"))


def enacted_by(text: str) -> Issuer | None:
    """The body the enacting clause names ("Quốc hội ban hành Luật …", "Bộ trưởng Bộ Y tế ban hành Thông tư …")."""
    m = ENACTED_BY.search(text[:8000])
    return _read_authority(m.group("who").upper()) if m else None

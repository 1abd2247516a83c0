"""What a plan says about itself: title, số hiệu, date and place of issue, issuer,
province and district, its own period and its signer (the `documents` row).

Vietnamese administrative documents follow one layout (NĐ 30/2020, Phụ lục I):
issuer block and "Số: 74/KH-UBND" top left, "Vĩnh Thuận, ngày 12 tháng 4 năm 2024"
top right, the type in capitals ("KẾ HOẠCH") over the title, and the signer's
name last. Crawled and converted copies often lose parts of the header, so
each field falls back on what the opening paragraphs say.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterator

import regex

from extractors.bodies.naming import spelling
from extractors.legal_refs.extract import iso_date, reference_spans
from extractors.regexes import matched_in_place
from extractors.text_index import opened_by
from pipeline import header
from pipeline.header import resolve_place  # noqa: F401 (where callers found it)
from pipeline.closing import ARCHIVE, closing_blocks

HEAD = 4000  # the header and opening paragraphs
PLACE_DATE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){0,3})[ \t]*,[ \t]*ngày[ \t]+(?P<day>\d{1,2})[ \t]+tháng[ \t]+(?P<month>\d{1,2})[ \t]+năm[ \t]+(?P<year>\d{4})"
)
PLACE_NAME = r"\p{Lu}[\p{Ll}\p{Lu}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{Lu}]*){0,3}"
UNIT_MENTION = regex.compile(rf"\b(?P<level>tỉnh|thành phố|huyện|thị xã|quận|TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ)[ \t]+(?P<name>{PLACE_NAME})")
# The words every UNIT_MENTION match opens with (its level words, as written): it is tried only where one is written.
UNIT_MENTION_OPENERS = ("tỉnh", "thành phố", "huyện", "thị xã", "quận", "TỈNH", "HUYỆN", "THÀNH PHỐ", "THỊ XÃ")
ISSUER_IN_BODY = regex.compile(
    r"(?P<body>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Sở[ \t]+\p{Lu}[\p{L} ]{2,40}?)(?:[ \t]*\([^)]{2,10}\))?[ \t]+(?P<level>tỉnh|thành phố|huyện|thị xã|xã|phường)?(?:[ \t]+(?P<name>" + PLACE_NAME + r"))?)"
    r"[ \t]+(?:ban hành|xây dựng|triển khai|phát động)[ \t]+(?:(?:Kế hoạch|kế hoạch|Chương trình|chương trình))"
)
# The plan's period in its title: "giai đoạn 2026 - 2030", "nhiệm kỳ 2025 - 2030", a school year "năm học 2026 - 2027" (the span of
# years it names; its months are not stated), "đến năm 2030", "năm 2026".
PERIOD = regex.compile(
    r"(?:giai đoạn|nhiệm kỳ|thời kỳ|năm(?:[ \t]+học)?)[ \t]*\(?(?P<start>(?:19|20)\d\d)[ \t]*[-–][ \t]*(?P<end>(?:19|20)\d\d)|"
    r"(?:đến năm)[ \t]+(?P<until>(?:19|20)\d\d)|(?<!đến )(?<!tháng[ \t]+\d{1,2}[ \t]+)(?:năm)[ \t]+(?P<single>(?:19|20)\d\d)",
    regex.IGNORECASE,
)
# s22fd: a title that names two spans often closes one and opens the next ("Hội nghị tổng kết năm học 2025 - 2026 và triển
# khai nhiệm vụ năm học 2026 - 2027", "Sơ kết giai đoạn 2021 - 2025, triển khai giai đoạn 2026 - 2030"): the span reviewed
# (after tổng kết, sơ kết, đánh giá, kết quả, báo cáo) is not the plan's own.
REVIEWED_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:tổng\s+kết|sơ\s+kết|đánh\s+giá|kết\s+quả|báo\s+cáo)(?![\p{L}\p{M}])",
                                regex.IGNORECASE)
# Cadre planning is made for a term to come (Quy định 50-QĐ/TW 2021 on quy hoạch cán bộ: the planning of a term is built in
# the term before it): "Kế hoạch xây dựng quy hoạch cán bộ nhiệm kỳ 2030 - 2035; luân chuyển … năm 2026" names the term
# planned for, not the plan's own period (its own may follow, "năm 2026", or come from its objectives or time section).
PLANNED_TERM = regex.compile(r"(?i)(?<![\p{L}\p{M}])quy\s+hoạch\s+cán\s+bộ(?:,?\s+[\p{Ll}\p{M}]+){0,6}\s+$")
# s33a: an election is held for the term that follows it (Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015:
# the deputies are elected for the coming term; village heads likewise, Luật Thực hiện dân chủ ở cơ sở 2022): "Kế hoạch tổ chức
# cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031" names the term elected
# for, not the months the plan runs (from its decision to the count and the review).
ELECTED_TERM = regex.compile(r"(?i)(?<![\p{L}\p{M}])bầu\s+cử(?![\p{L}\p{M}])[^;:\n]{0,150}$")
ELECTED_TERM_CHARS = 160
# Two years of its own a title joins with "và" ("… cuối năm 2025 và dịp Tết Nguyên đán Bính Ngọ năm 2026", "… năm 2026 và
# năm 2027"): the plan runs over both, its period from the first to the second (the words between name no other document).
# A name in quotation marks in a title ('Kế hoạch thực hiện Đề án "Phát triển … đến năm 2030" … năm 2026 - 2027', 'Kế hoạch
# tổ chức Cuộc thi "Tìm hiểu … năm 2025" năm 2026'): a year inside it is the named programme's, campaign's or contest's (as the
# contract reads numbers inside a quoted campaign name); the plan's own span is the one outside it, where the title has one.
QUOTED_NAME = regex.compile(r'"[^"\n]{3,400}"|“[^”\n]{3,400}”')
TWO_YEARS_JOINED = regex.compile(r"[^.;:\n\d]{0,60}?(?<![\p{L}\p{M}])và(?![\p{L}\p{M}])[^.;:\n\d]{0,60}", regex.IGNORECASE)
SIGNER = regex.compile(r"^(?:\p{Lu}\p{Ll}*)(?:[ \t]+\p{Lu}\p{Ll}*){1,4}$")
NOT_A_NAME = regex.compile(r"^(?:Nơi|Lưu|Kế hoạch|Chủ tịch|Phó|TM|KT|Người|Ủy ban|Sở|Phòng|Ban|Hội|Trung tâm|Văn phòng|Đã ký)\b")
# The signature's cells: split at tabs and at a bar or slash between spaces.
CELL_SPLIT = regex.compile(r"\t|\s/\s|\s\|\s")
FAMILY_NAME = regex.compile(r"\p{Lu}\p{Ll}+")
PARENTHESES = regex.compile(r"\s*\([^)]*\)")
PEOPLES_COMMITTEE = regex.compile(r"^(?:Ủy|Uỷ) ban nhân dân")
PEOPLES_COUNCIL = regex.compile(r"^Hội đồng nhân dân")


# The plan restating its own title in the opening ("UBND tỉnh ban hành Kế hoạch phát triển … giai đoạn 2026 - 2030,
# cụ thể như sau"); a line that cites another document ("Căn cứ Quyết định … ban hành Kế hoạch …") does not.
OWN_RESTATEMENT = regex.compile(
    r"(?m)^(?!\s*(?:Căn\s+cứ|Thực\s+hiện|Theo|Triển\s+khai\s+thực\s+hiện))[^\n]*?(?:ban\s+hành|xây\s+dựng|triển\s+khai|phát\s+động)\s+"
    r"(?P<subject>(?:Kế\s+hoạch|kế\s+hoạch|Chương\s+trình|chương\s+trình|Đề\s+án|đề\s+án)(?!\s+số)[^\n;:]{0,300})"
)


# The heading of the plan's objectives, with the year they are for: "II. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "2. Mục tiêu giai
# đoạn 2026 - 2030" (a plan whose title states no period is bounded by its objectives).
OBJECTIVES_HEADING = regex.compile(
    r"(?m)^[ \t*#]*(?:[IVX]+|\d{1,2})[.)]?[ \t*]*(?:MỤC\s+TIÊU|Mục\s+tiêu)(?:[^\n.;:]{0,60}?)\s"
    r"(?:(?:ĐẾN|[Đđ]ến)\s+(?:(?:HẾT|hết)\s+)?(?:NĂM|năm)\s+(?P<until>(?:19|20)\d\d)|(?:GIAI\s+ĐOẠN|[Gg]iai\s+đoạn)\s+(?P<start>(?:19|20)\d\d)\s*[-–]\s*(?P<end>(?:19|20)\d\d))"
    r"(?!\d)[ \t*]*:?[ \t*]*$"
)
# A title that cites another document by its number: a period in it may be that document's ("Kế hoạch thực hiện Nghị quyết số
# 48/NQ-CP … phê duyệt Chiến lược … đến năm 2030").
CITES_BY_NUMBER = regex.compile(r"(?i)\bsố\s*\d|\d+\s*/\s*(?:(?:19|20)\d\d\s*/\s*)?[\p{Lu}Đ]{2}")


def _own_period(fields: dict, text: str) -> tuple[str | None, str | None]:
    """The plan's own period: from its title or restatement (`_period`), else from the heading of its objectives; a period given
    only by its end ("… đến năm 2030") starts in the year the plan is issued, unless the title's end is a cited document's."""
    start, end = _period(fields["title"], text[:HEAD])
    from_title = end is not None
    if end is None:
        m = OBJECTIVES_HEADING.search(text[:OBJECTIVES_CHARS])
        if m:
            start, end = (m.group("start"), m.group("end")) if m.group("start") else (None, m.group("until"))
    if end is None:
        start, end = _time_section_period(text)
    year = (fields.get("issue_date") or "")[:4]
    if end and not start and year.isdigit() and year <= end and not (from_title and CITES_BY_NUMBER.search(fields["title"] or "")):
        start = year
    return start, end


OBJECTIVES_CHARS = 20000  # where a plan's objectives are stated, at the latest

# The plan's own section on when it is carried out: a heading line (numbered or alone on its line, not a table's header cell)
# "II. THỜI GIAN THỰC HIỆN", "2. Thời gian thi đua", "IV. THỜI GIAN VÀ TIẾN ĐỘ THỰC HIỆN", or "Thời gian thực hiện: năm 2026."
# The years its dates state bound the plan (a competition's time section: "Thời gian thi đua: từ ngày 20 tháng 11 năm 2025 đến
# ngày 03 tháng 12 năm 2025").
TIME_SECTION = matched_in_place(
    r"(?im)^[ \t*#]*(?P<numbered>(?:[IVX]+|\d{1,2})[.)][ \t*]*)?(?:\p{L}+[ \t]+và[ \t]+)?thời[ \t]+gian(?:[ \t]+và[ \t]+tiến[ \t]+độ)?[ \t]+"
    r"(?:thực[ \t]+hiện|thi[ \t]+đua|triển[ \t]+khai)(?:[ \t]+kế[ \t]+hoạch)?[ \t*]*(?::(?P<inline>[^\n\t|]*)|[ \t*]*$)")
SECTION_YEAR = regex.compile(r"(?:năm[ \t]+|\d{1,2}[ \t]*/[ \t]*)(?P<year>(?:19|20)\d\d)(?!\d)", regex.IGNORECASE)
NEXT_HEADING = regex.compile(r"\n[ \t*#]*(?:[IVX]+\.|\d{1,2}\.(?!\d)|\p{Lu}{2,}[ \t]+\p{Lu}{2,})")
TIME_SECTION_CHARS = 600  # a time section is short
OPEN_END = regex.compile(r"(?i)\bđến\s+khi\b")
# A review the plan holds after its period, up to the review's own date: "Tổng kết, khen thưởng vào tháng 01/2026", "…, sơ kết
# vào tháng 6/2025" (when the results are counted, not when the plan runs). The review ends before a "," or "và" that goes on
# with anything but another step of the review (REVIEW_STEP): the plan's own end ("sơ kết 6 tháng và kết thúc vào tháng
# 12/2027") or the next clause's date ("Năm 2026 sơ kết, năm 2030 tổng kết") stays.
REVIEW_STEP = r"(?:(?:sơ|tổng)[ \t]+kết|khen[ \t]+thưởng|đánh[ \t]+giá|rút[ \t]+kinh[ \t]+nghiệm|báo[ \t]+cáo)(?![\p{L}\p{M}])"
REVIEW_CLAUSE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:sơ|tổng)[ \t]+kết(?![\p{L}\p{M}])"
                              rf"(?:(?!(?:,[ \t]*+|[ \t]+và[ \t]++)(?!{REVIEW_STEP}))[^.;\n])*?"
                              r"(?:năm[ \t]+|\d{1,2}[ \t]*/[ \t]*)(?:19|20)\d\d(?!\d)")
# A column's name in a table of one cell a line: a short capitalised label with no number and no closing punctuation
# ("Nhiệm vụ", "Cơ quan chủ trì", "Ghi chú") on the line before or after an unnumbered "Thời gian thực hiện".
CELL_LABEL = regex.compile(r"[ \t]*\p{Lu}[^\d\n.;:!?]*")
CELL_LABEL_WORDS = 5


# What every TIME_SECTION match holds, with its flags: the lines it is tried on (a match is one line's, from its start).
TIME_SECTION_WORDS = regex.compile(r"(?i)thời[ \t]+gian")


def _time_sections(text: str) -> Iterator[regex.Match]:
    """`TIME_SECTION.finditer(text)`, tried only at the start of a line that holds TIME_SECTION_WORDS (a match starts
    at a line's start and stays on its line), not at every line of the text."""
    line = -1  # the start of the line last tried
    for hit in TIME_SECTION_WORDS.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start == line:
            continue
        line = start
        m = TIME_SECTION.match(text, start)
        if m:
            yield m


def _time_section_period(text: str) -> tuple[str | None, str | None]:
    """The first and last year of the dates in the plan's time section, when it has one (not the dates of the documents it
    cites, nor of the reviews after it)."""
    m = next((m for m in _time_sections(text) if not _header_cell(text, m)), None)
    if not m:
        return None, None
    body = m.group("inline") or ""
    if not body.strip():
        after = text[m.end():m.end() + TIME_SECTION_CHARS]
        nxt = NEXT_HEADING.search(after, 1)
        body = after[:nxt.start()] if nxt else after
    for start, end in sorted(reference_spans(body), reverse=True):  # "30 ngày kể từ ngày ban hành Quyết định số 15/2019/QĐ-UBND"
        body = body[:start] + " " * (end - start) + body[end:]
    body = REVIEW_CLAUSE.sub(" ", body)
    years = sorted({y.group("year") for y in SECTION_YEAR.finditer(body)})
    if not years:
        return None, None
    if OPEN_END.search(body):
        return years[0], None  # "Từ tháng 10/2025 đến khi tổ chức thành công Đại hội …": the end is an event, its year unstated
    return years[0], years[-1]


def _header_cell(text: str, m: regex.Match) -> bool:
    """Whether an unnumbered "Thời gian thực hiện" alone on its line is a column's name among others, one a line (a task table:
    "Nhiệm vụ⏎Cơ quan chủ trì⏎Thời gian thực hiện⏎Rà soát …")."""
    if m.group("numbered") or m.group("inline") is not None:
        return False
    before = text[max(0, m.start() - 200):m.start()].rstrip("\n").rsplit("\n", 1)[-1]
    after = text[m.end():m.end() + 200].lstrip("\n").split("\n", 1)[0]
    return any(CELL_LABEL.fullmatch(line) and len(line.split()) <= CELL_LABEL_WORDS and not NEXT_HEADING.match("\n" + line)
               for line in (before, after))


def _period(title: str | None, head: str) -> tuple[str | None, str | None]:
    """The plan's own period from its title, else from the opening sentence that restates the title
    (not from the years of the documents its preamble cites)."""
    restated = OWN_RESTATEMENT.search(head)  # the first restatement only
    for source in (title or "", *([restated.group("subject")] if restated else [])):
        found = list(PERIOD.finditer(source))
        quoted = [q.span() for q in QUOTED_NAME.finditer(source)]
        found = [m for m in found if not any(a <= m.start() < b for a, b in quoted)] or found  # (see QUOTED_NAME)
        found = [m for m in found if not m.group().lower().startswith("nhiệm") or not (
            PLANNED_TERM.search(source, max(0, m.start() - 60), m.start())
            or ELECTED_TERM.search(source, max(0, m.start() - ELECTED_TERM_CHARS), m.start()))]  # (see PLANNED_TERM, ELECTED_TERM)
        opened = [m for i, m in enumerate(found)  # s22fd: of two spans, not the one being reviewed
                  if not REVIEWED_BEFORE.search(source, found[i - 1].end() if i else 0, m.start())]
        m = (opened or found or [None])[0]  # (one span alone is read whatever comes before it)
        if m:
            if m.group("start"):
                return m.group("start"), m.group("end")
            later = next((n for n in (opened or found)[1:2] if n.group("single")), None)
            if m.group("single") and later and m.group("single") < later.group("single") \
                    and TWO_YEARS_JOINED.fullmatch(source, m.end(), later.start()):
                return m.group("single"), later.group("single")  # "cuối năm 2025 và dịp Tết Nguyên đán … năm 2026": both
            if m.group("single"):
                return m.group("single"), m.group("single")
            return None, m.group("until")
    return None, None


@functools.lru_cache(maxsize=1)
def _name_title() -> regex.Pattern:
    """A rank or academic title before a signer's name (pipeline/data/name_titles.tsv)."""
    from extractors.vocabulary import load_tsv

    titles = [row[0] for row in load_tsv(Path(__file__).resolve().parent / "data" / "name_titles.tsv")]
    return regex.compile(r"^(?:" + "|".join(titles) + r")\s*")


# The archive line alone ("- Lưu: VT, KT."), with its colon: a place named Lưu ("xã Lưu Sơn") is not one.
# A crawl may run the recipients on one line ("- Chính phủ; - …; - Lưu: HC, PLTP. |").
ARCHIVE_LINE = regex.compile(r"(?m)(?:^|;)[ \t]*[-–+•]?[ \t]*(?P<archive>(?:Lưu|LƯU)\s*:)")
# A crawl that marks the signature "(Đã ký)" and glues the name to it ("PHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc").
SIGNED_NAME = regex.compile(r"\(\s*[Đđ]ã\s+ký\s*\)[\s|*_]*(?P<name>\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4})(?![\p{L}])")


def _signature_after_recipients(text: str, start: int, archive: regex.Pattern = ARCHIVE) -> str | None:
    """The signer under a recipients list whose end the block reader missed (an item's dash alone on its
    line: "Nơi nhận:⏎-⏎Như Điều 3;"): after the archive line ("- Lưu: VT"), the posts in capitals, then the name."""
    lines = [ln.strip(" *_|") for ln in text[start:start + 3000].split("\n")]
    found = next((i for i, ln in enumerate(lines) if archive.match(ln)), None)
    if found is None:
        return None
    for ln in lines[found + 1:found + 12]:
        name = _name_title().sub("", ln)
        if not ln or ln in ("-", "|") or (ln.isupper() and len(ln.split()) <= 8):
            continue
        if SIGNER.match(name) and not NOT_A_NAME.match(name):
            return name
        if not ARCHIVE.match(ln) and not regex.match(r"^[A-ZĐ][\w ,.&()-]*;?$", ln):
            return None
    return None


def _signer(text: str) -> str | None:
    """The name under the document's first signature (a decision signs before the plan it issues)."""
    for start, end in closing_blocks(text):
        parts = [p.strip(" *_|/") for line in text[start:end].split("\n") for p in CELL_SPLIT.split(line)]
        parts = [p for p in parts if p]
        parts = [_name_title().sub("", p) for p in parts]
        names = [i for i, p in enumerate(parts) if SIGNER.match(p) and not NOT_A_NAME.match(p) and not p.isupper()]
        if names:
            i = names[-1]
            if i > 0 and FAMILY_NAME.fullmatch(parts[i - 1]):
                return f"{parts[i - 1]} {parts[i]}"  # a name wrapped after the family name ("Vũ⏎Chiến Thắng")
            if i + 1 < len(parts) and FAMILY_NAME.fullmatch(parts[i + 1]) and len(parts[i].split()) < 4 and not NOT_A_NAME.match(parts[i + 1]):
                return f"{parts[i]} {parts[i + 1]}"  # a name wrapped before its last syllable ("Nguyễn Quỳnh⏎Thiện")
            return parts[i]
    for start, _end in closing_blocks(text):
        name = _signature_after_recipients(text, start)
        if name:
            return name
    for m in SIGNED_NAME.finditer(text):
        if not NOT_A_NAME.match(m.group("name")):
            return m.group("name")
    for m in ARCHIVE_LINE.finditer(text):
        name = _signature_after_recipients(text, m.start("archive"), ARCHIVE_LINE)
        if name:
            return name
    for line in reversed([ln.strip() for ln in text[-800:].split("\n") if ln.strip()][-6:]):
        if SIGNER.match(line) and not NOT_A_NAME.match(line) and not line.isupper():
            return line
    return None


def document_fields(text: str) -> dict:
    """The documents row's fields read from the text (a copy: callers may change it)."""
    return dict(_document_fields(text))


@functools.lru_cache(maxsize=2)  # read by the run and by the deadline and target extractors: once per text
def _document_fields(text: str) -> dict:
    """The `documents` columns this text states about itself (missing ones are None)."""
    head = text[:HEAD]
    zone = header.header_zone(text)
    fields: dict = {"title": header.title(text), "doc_number": header.doc_number(zone)}
    fields["issue_date"] = header.issue_date(zone)
    if fields["issue_date"] is None:
        fields["issue_date"] = header.adopted_date(text)
    if fields["issue_date"] is None:
        m = PLACE_DATE.search(head[:2000])
        fields["issue_date"] = iso_date(m.group("day"), m.group("month"), m.group("year")) if m else None

    issuer, level, province, district, national = None, None, None, None, False
    found = header.joint_issuer(text) or header.read_issuer(header.issuer_block(text)) or header.authority(text) or header.enacted_by(text)
    if found:
        issuer, level, national = found.name, found.level, found.national
        if level and found.place:
            province, district = resolve_place(level, spelling(found.place))
            if province and not district and province != found.place and spelling(found.place) == province and issuer.endswith(found.place):
                issuer = issuer[: len(issuer) - len(found.place)] + province  # the canonical spelling ("Thanh Hoá" → "Thanh Hóa")
    else:
        m = ISSUER_IN_BODY.search(head)
        if m:
            issuer = PARENTHESES.sub("", m.group("body")).strip()
            issuer = PEOPLES_COMMITTEE.sub("UBND", issuer)
            issuer = PEOPLES_COUNCIL.sub("HĐND", issuer)
            level = m.group("level")
            if level and m.group("name"):
                province, district = resolve_place(level, m.group("name"))
    # The plan's place: the unit its title names, else the units it names most often (not for a national
    # body's document: a ministry's letter names its addressee's province, which is not the document's).
    local = level in (None, "huyện", "thị xã", "quận")
    counts: dict[tuple[str | None, str | None], int] = {}
    for source, weight in ((fields["title"] or "", 100),) + (((text, 1),) if not national else ()):
        for u in opened_by(UNIT_MENTION, source, UNIT_MENTION_OPENERS):
            words = u.group("name").split()
            unit = next((found for n in range(len(words), 0, -1)  # "THÀNH PHỐ HỒ CHÍ MINH VÀ …": the longest known run
                         if (found := resolve_place(u.group("level"), " ".join(words[:n]).title())) != (None, None)), (None, None))
            if unit != (None, None) and (local or unit[1] is None):
                counts[unit] = counts.get(unit, 0) + weight
    if counts and not district:
        with_district = {k: v for k, v in counts.items() if k[1]}
        best_district = max(with_district, key=with_district.get) if with_district and local else None
        if best_district and (level in ("huyện", "thị xã", "quận") or with_district[best_district] >= 100):
            province, district = best_district
    if counts and not province:
        by_province: dict[str, int] = {}
        for (p, _d), n in counts.items():
            if p:
                by_province[p] = by_province.get(p, 0) + n
        best = max(by_province.values()) if by_province else 0
        leaders = [p for p, n in by_province.items() if n == best]
        province = leaders[0] if len(leaders) == 1 else None  # a title that names two provinces names neither as its own
    if issuer and level in ("huyện", "thị xã", "quận") and district and district not in issuer:
        issuer = f"{issuer} {district}"
    elif issuer and level in ("tỉnh", "thành phố") and province and province not in issuer and issuer.split()[-1] == level:
        issuer = f"{issuer} {province}"
    fields.update(issuer=proper_unit_name(issuer), province=province, district=district)
    fields["period_start"], fields["period_end"] = _own_period(fields, text)
    fields["signer"] = _signer(text)
    return fields


UNIT_LEVEL = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"


@functools.lru_cache(maxsize=1)
def _named_unit() -> regex.Pattern:
    """A unit named with a number or after a person or an event, at a name's end (pipeline/data/named_units.tsv)."""
    from extractors.vocabulary import load_tsv

    rows = load_tsv(Path(__file__).resolve().parent / "data" / "named_units.tsv")
    named = [rf"{regex.escape(level)}[ \t]+{regex.escape(name)}" for level, name, *_ in rows]
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{UNIT_LEVEL}[ \t]+\d{{1,2}}|{'|'.join(named)})[ \t]*$")


def proper_unit_name(name: str | None) -> str | None:
    """A body of a unit named with a number or after a person or an event, its unit word capitalised as the unit's
    proper name (NĐ 30/2020/NĐ-CP Phụ lục II, II.3.c: "UBND thành phố Hồ Chí Minh" → "UBND Thành phố Hồ Chí Minh",
    "UBND quận 1" → "UBND Quận 1"); other names as they are."""
    if not name:
        return name
    m = _named_unit().search(name)
    if not m:
        return name
    return name[: m.start()] + name[m.start()].upper() + name[m.start() + 1:]


def document_row(text: str, raw_text: str) -> dict:
    """The documents row's fields: what the text states (`document_fields`), with the empty ones a portal's
    attribute panel in the raw page states, when the panel agrees with the text (`pipeline.portal`)."""
    from pipeline.portal import fill_from_panel

    return fill_from_panel(document_fields(text), raw_text, resolve_place)

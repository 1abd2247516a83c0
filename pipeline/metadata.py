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

import regex

from extractors.legal_refs.extract import iso_date
from pipeline.closing import closing_blocks

HEAD = 4000  # the header and opening paragraphs
TYPE_HEADING = regex.compile(
    r"(?m)^[ \t]*(?P<type>KẾ HOẠCH|CHƯƠNG TRÌNH HÀNH ĐỘNG|CHƯƠNG TRÌNH|QUYẾT ĐỊNH|NGHỊ QUYẾT|ĐỀ ÁN|KẾ HOẠCH LIÊN TỊCH)[ \t]*(?P<rest>[^\n]*)$"
)
BODY_START = regex.compile(r"^(?:Căn cứ|Nhằm|Để|Ủy ban|UBND|Uỷ ban|Trên cơ sở|Theo|Hội đồng|ỦY BAN|HỘI ĐỒNG|I\.|1\.|Điều|Phần)\b")
FIRST_BODY_START = regex.compile(r"^(?:Thực hiện|Triển khai)\b")
DOC_NUMBER = regex.compile(r"(?m)(?:^|\t)[ \t]*Số[ \t]*:?\s*(?P<number>\d{1,6})[ \t]*(?P<sep>[/-])[ \t]*(?P<symbol>[\p{Lu}Đ][\p{L}\d\-/&]*)")
PLACE_DATE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){0,3})[ \t]*,[ \t]*ngày[ \t]+(?P<day>\d{1,2})[ \t]+tháng[ \t]+(?P<month>\d{1,2})[ \t]+năm[ \t]+(?P<year>\d{4})"
)
PLACE_NAME = r"\p{Lu}[\p{Ll}\p{Lu}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{Lu}]*){0,3}"
UNIT_MENTION = regex.compile(rf"\b(?P<level>tỉnh|thành phố|huyện|thị xã|quận|TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ)[ \t]+(?P<name>{PLACE_NAME})")
ISSUER_IN_BODY = regex.compile(
    r"(?P<body>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Sở[ \t]+\p{Lu}[\p{L} ]{2,40}?)(?:[ \t]*\([^)]{2,10}\))?[ \t]+(?P<level>tỉnh|thành phố|huyện|thị xã|xã|phường)?(?:[ \t]+(?P<name>" + PLACE_NAME + r"))?)"
    r"[ \t]+(?:ban hành|xây dựng|triển khai|phát động)[ \t]+(?:(?:Kế hoạch|kế hoạch|Chương trình|chương trình))"
)
ISSUER_HEADER = regex.compile(
    r"(?m)^[ \t]*(?P<body>(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|UBND)(?:[^\n]*\n[ \t]*|[ \t]+)(?P<level>TỈNH|THÀNH PHỐ|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG)[ \t]+(?P<name>[\p{Lu} ]+?)(?:[ \t]{2,}|\t|[ \t]+Độc lập|[ \t]+CỘNG HÒA|[ \t]+CỘNG HOÀ|$)"
)
PERIOD = regex.compile(
    r"(?:giai đoạn|nhiệm kỳ|thời kỳ|năm)[ \t]*\(?(?P<start>(?:19|20)\d\d)[ \t]*[-–][ \t]*(?P<end>(?:19|20)\d\d)|"
    r"(?:đến năm)[ \t]+(?P<until>(?:19|20)\d\d)|(?<!đến )(?<!tháng[ \t]+\d{1,2}[ \t]+)(?:năm)[ \t]+(?P<single>(?:19|20)\d\d)",
    regex.IGNORECASE,
)
SIGNER = regex.compile(r"^(?:\p{Lu}\p{Ll}*)(?:[ \t]+\p{Lu}\p{Ll}*){1,4}$")
NOT_A_NAME = regex.compile(r"^(?:Nơi|Lưu|Kế hoạch|Chủ tịch|Phó|TM|KT|Người|Ủy ban|Sở|Phòng|Ban|Hội|Trung tâm|Văn phòng|Đã ký)\b")
# The signature's cells: split at tabs and at a bar or slash between spaces.
CELL_SPLIT = regex.compile(r"\t|\s/\s|\s\|\s")
FAMILY_NAME = regex.compile(r"\p{Lu}\p{Ll}+")
PARENTHESES = regex.compile(r"\s*\([^)]*\)")
PEOPLES_COMMITTEE = regex.compile(r"^(?:Ủy|Uỷ) ban nhân dân")
PEOPLES_COUNCIL = regex.compile(r"^Hội đồng nhân dân")
UNIT_WORD = regex.compile(r"^(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thành Phố)\s+")
LEVEL_WORD = {"TỈNH": "tỉnh", "HUYỆN": "huyện", "THÀNH PHỐ": "thành phố", "THỊ XÃ": "thị xã", "XÃ": "xã", "PHƯỜNG": "phường"}


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


def _title(text: str) -> str | None:
    m = TYPE_HEADING.search(text[:HEAD])
    if not m:
        return None
    doc_type = m.group("type").capitalize()
    parts = [m.group("rest").strip()] if m.group("rest").strip() else []
    pos = m.end() + 1
    for line in text[pos:pos + 800].split("\n"):
        line = line.strip()
        if not line:
            if parts:
                break
            continue
        if BODY_START.match(line) or (parts and FIRST_BODY_START.match(line)) or len(parts) >= 4:
            break
        parts.append(line)
    if not parts:
        return doc_type
    rest = " ".join(parts)
    if len(rest) > 1 and rest[1].islower():
        rest = rest[0].lower() + rest[1:]
    return f"{doc_type} {rest}"


def _period(title: str | None, head: str) -> tuple[str | None, str | None]:
    for source in (title or "", head[:1500]):
        m = PERIOD.search(source)
        if m:
            if m.group("start"):
                return m.group("start"), m.group("end")
            if m.group("single"):
                return m.group("single"), m.group("single")
            return None, m.group("until")
    return None, None


def _signer(text: str) -> str | None:
    """The name under the document's first signature (a decision signs before the plan it issues)."""
    for start, end in closing_blocks(text):
        parts = [p.strip(" *_|/") for line in text[start:end].split("\n") for p in CELL_SPLIT.split(line)]
        parts = [p for p in parts if p]
        names = [i for i, p in enumerate(parts) if SIGNER.match(p) and not NOT_A_NAME.match(p) and not p.isupper()]
        if names:
            i = names[-1]
            if i > 0 and FAMILY_NAME.fullmatch(parts[i - 1]):
                return f"{parts[i - 1]} {parts[i]}"  # a name wrapped after the family name ("Vũ⏎Chiến Thắng")
            return parts[i]
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
    fields: dict = {"title": _title(text)}
    m = DOC_NUMBER.search(head[:1500])
    fields["doc_number"] = f"{m.group('number')}{m.group('sep')}{m.group('symbol')}" if m else None
    m = PLACE_DATE.search(head[:2000])
    fields["issue_date"] = iso_date(m.group("day"), m.group("month"), m.group("year")) if m else None

    issuer, level, province, district = None, None, None, None
    m = ISSUER_HEADER.search(head[:600])
    if m:
        level, name = LEVEL_WORD[m.group("level")], m.group("name").strip().title()
        body = "HĐND" if "HỘI ĐỒNG" in m.group("body") else "UBND"
        issuer = f"{body} {level} {name}"
        province, district = resolve_place(level, name)
    else:
        m = ISSUER_IN_BODY.search(head)
        if m:
            issuer = PARENTHESES.sub("", m.group("body")).strip()
            issuer = PEOPLES_COMMITTEE.sub("UBND", issuer)
            issuer = PEOPLES_COUNCIL.sub("HĐND", issuer)
            level = m.group("level")
            if level and m.group("name"):
                province, district = resolve_place(level, m.group("name"))
    # The plan's place: its title first, then the units it names most often.
    local = level in (None, "huyện", "thị xã", "quận")
    counts: dict[tuple[str | None, str | None], int] = {}
    for source, weight in ((fields["title"] or "", 100), (text, 1)):
        for u in UNIT_MENTION.finditer(source):
            found = resolve_place(u.group("level"), u.group("name").strip().title())
            if found != (None, None) and (local or found[1] is None):
                counts[found] = counts.get(found, 0) + weight
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
        province = max(by_province, key=by_province.get) if by_province else None
    if issuer and level in ("huyện", "thị xã", "quận") and district and district not in issuer:
        issuer = f"{issuer} {district}"
    elif issuer and level in ("tỉnh", "thành phố") and province and province not in issuer and issuer.split()[-1] == level:
        issuer = f"{issuer} {province}"
    fields.update(issuer=issuer, province=province, district=district)
    fields["period_start"], fields["period_end"] = _period(fields["title"], head)
    fields["signer"] = _signer(text)
    return fields

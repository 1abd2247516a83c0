"""The level of bodies whose name gives none by itself: a "thành phố" (a city under the centre is a province-level
unit, another city was a district's level), and a province's own agencies named without "tỉnh" ("Ban Quản lý các khu
công nghiệp", "Báo và Phát thanh, Truyền hình Đồng Nai") in a plan its province-level authority issues."""
from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import regex

from extractors.vocabulary import load_tsv
from pipeline.model import Body

HERE = Path(__file__).parent
_ROWS = load_tsv(HERE / "province_level.tsv")
CENTRAL_CITIES = frozenset(row[1] for row in _ROWS if row[0] == "central_city")
AGENCIES = tuple(row[1] for row in _ROWS if row[0] == "agency")
AGENCY = regex.compile("|".join(f"(?:{a})" for a in AGENCIES if "{province}" not in a))
PLACE = r"\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}"
# "thành phố Tam Điệp", "TP. Hồ Chí Minh", "Thành phố Cần Thơ": a city and its name
CITY_NAMED = regex.compile(rf"(?:[Tt]hành\s+phố|TP\.?)\s*(?P<place>{PLACE})")
# "Công an thành phố", "Bộ Tư lệnh Thành phố": the document's own city, not named; and its Party committee and youth
# union named by the city ("Ban Tuyên giáo và Dân vận Thành ủy", "Văn phòng Thành ủy", "Thành đoàn": Điều lệ Đảng)
CITY_BARE = regex.compile(r"(?:[Tt]hành\s+phố|TP\.?|Thành\s+(?:ủy|uỷ|đoàn))\s*$")
# The districts went with the two-level local government (Luật Tổ chức chính quyền địa phương 2025, from 1 July 2025).
DISTRICTS_END = "2025-07"


def _central(place: str) -> bool:
    return any(place.startswith(c) for c in CENTRAL_CITIES)  # "Hải Phòng", "Hồ Chí Minh và …", a glued "Hải Phòngchính"


@functools.lru_cache(maxsize=2)
def _home(text: str) -> tuple[str | None, bool, bool | None, str | None]:
    """(the issuer's level word "tỉnh"/"thành phố" when it is province-level, whether its province is a city under
    the centre, whether the document was issued while districts existed, the province)."""
    from pipeline.metadata import document_fields

    fields = document_fields(text)
    issuer, province, date = fields.get("issuer") or "", fields.get("province"), fields.get("issue_date")
    before = None if not date else date[:7] < DISTRICTS_END if len(date) >= 7 else date[:4] < DISTRICTS_END[:4]
    if fields.get("district") or not province:
        return None, False, before, None
    if regex.search(r"(?<![\p{L}\p{M}])(?:tỉnh|Tỉnh\s+ủy)(?![\p{L}\p{M}])", issuer):
        return "tỉnh", False, before, province
    if _central(province) and regex.search(r"(?i:thành\s+phố|thành\s+ủy)", issuer):
        return "thành phố", True, before, province
    return None, False, before, None


def level_of(name: str, home: tuple) -> str | None:
    """The level of a body named `name` (canonical) in a document whose issuer is `home` (see `_home`), or None."""
    level_word, central_home, before = home[:3]
    province = home[3] if len(home) > 3 else None
    city = CITY_NAMED.search(name)
    if city:
        return "tinh" if _central(city.group("place")) else "huyen" if before else None
    if CITY_BARE.search(name):
        return "tinh" if central_home else "huyen" if level_word == "tỉnh" and before else None
    if level_word and (AGENCY.match(name) or province and any(
            regex.match(a.replace("{province}", regex.escape(province)), name) for a in AGENCIES if "{province}" in a)):
        return "tinh"
    return None


COMMUNE_OFFICES = {row[0]: row[1] for row in load_tsv(HERE / "commune_offices.tsv")}
# A level word in an office's name ("Phòng Văn hóa và Thông tin huyện", "Phòng Kinh tế xã"): it gives the level itself.
OWN_LEVEL = regex.compile(r"(?<![\p{L}\p{M}])(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã(?!\s+hội)|phường|thị\s+trấn|đặc\s+khu|cấp\s+\p{L}+)(?![\p{L}\p{M}])")
# The issuer's level: a ministry or the Government; a commune; a province, a department or a city under the centre.
ISSUER_CENTRAL = regex.compile(r"^(?:Bộ|Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|Văn\s+phòng\s+Chính\s+phủ|Ngân\s+hàng\s+Nhà\s+nước)(?![\p{L}\p{M}])")
ISSUER_COMMUNE = regex.compile(r"(?<![\p{L}\p{M}])(?i:xã(?!\s+hội)|phường|đặc\s+khu)(?![\p{L}\p{M}])")  # not "xã hội" ("Bảo hiểm xã hội tỉnh")


@functools.lru_cache(maxsize=2)
def _issuer_after_districts(text: str) -> tuple[bool, str | None]:
    """(whether the document was issued after the districts went, the level of its issuer when known)."""
    from pipeline.metadata import document_fields

    fields = document_fields(text)
    date = fields.get("issue_date") or ""
    after = len(date) >= 7 and date[:7] >= DISTRICTS_END or len(date) == 4 and date > DISTRICTS_END[:4]
    issuer = fields.get("issuer") or ""
    level = "trung_uong" if ISSUER_CENTRAL.match(issuer) else "xa" if ISSUER_COMMUNE.search(issuer) else (
        "tinh" if _home(text)[0] or regex.match(r"Sở(?![\p{L}\p{M}])", issuer) and fields.get("province") else None)
    return after, level


def office_level(name: str, after_districts: bool, issuer_level: str | None) -> str | None:
    """The level of an office ("Phòng …") named without its place in a plan issued after the districts went (1 July
    2025): a commune's office ("Phòng Kinh tế", commune_offices.tsv) is the commune's; another is a unit of a department
    or an agency of the issuer ("Phòng Tổ chức bộ máy và Công chức", "Phòng Quản lý Công nghiệp"): the issuer's level,
    unknown when the issuer's is. None when the name states its level or the plan is older (a district's office then)."""
    if not after_districts or OWN_LEVEL.search(name):
        return None
    return COMMUNE_OFFICES.get(name) or issuer_level


def with_levels(text: str, rows: list[Body]) -> list[Body]:
    """`rows` with the level of named bodies that had none read from their city or their issuer, and the level of
    offices named without their place after the districts went."""
    offices = [b for b in rows if b.kind == "phong" and b.level == "huyen"]
    if not offices and not any(b.level is None and b.kind != "collective" for b in rows):
        return rows
    home = _home(text)
    after, issuer_level = _issuer_after_districts(text) if offices else (False, None)
    out = []
    for b in rows:
        if b.kind == "phong" and b.level == "huyen" and after and not OWN_LEVEL.search(b.name_canonical):
            out.append(replace(b, level=office_level(b.name_canonical, after, issuer_level)))
            continue
        level = level_of(b.name_canonical, home) if b.level is None and b.kind != "collective" else None
        out.append(replace(b, level=level) if level else b)
    return out

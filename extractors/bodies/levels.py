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


def with_levels(text: str, rows: list[Body]) -> list[Body]:
    """`rows` with the level of named bodies that had none read from their city or their issuer."""
    if not any(b.level is None and b.kind != "collective" for b in rows):
        return rows
    home = _home(text)
    out = []
    for b in rows:
        level = level_of(b.name_canonical, home) if b.level is None and b.kind != "collective" else None
        out.append(replace(b, level=level) if level else b)
    return out

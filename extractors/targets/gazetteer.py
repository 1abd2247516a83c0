"""Canonical indicator names from the gazetteer (`extractors/data/indicators.tsv` + aliases).

Matching is accent-aware (accents are kept: "tỷ lệ hộ nghèo" is not "tỷ lệ hộ ngheo") and
abbreviation-aware (BHYT, GRDP, NTM, THCS, CN-TTCN are expanded on both sides); the unit must
agree with the gazetteer's. A name that fits no entry well gives null, never a forced match.
"""
from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import regex
from rapidfuzz import fuzz, process

from extractors.vocabulary import load_tsv

DATA = Path(__file__).resolve().parent.parent / "data"
THRESHOLD = 88
ABBREVIATIONS = {
    "bhyt": "bảo hiểm y tế", "bhxh": "bảo hiểm xã hội", "bhtn": "bảo hiểm thất nghiệp", "ntm": "nông thôn mới",
    "thcs": "trung học cơ sở", "thpt": "trung học phổ thông", "cn": "công nghiệp", "ttcn": "tiểu thủ công nghiệp",
    "xd": "xây dựng", "kt-xh": "kinh tế - xã hội", "gtsx": "giá trị sản xuất", "ocop": "ocop", "ha": "ha",
    "bác sỹ": "bác sĩ", "hoá": "hóa", "uỷ": "ủy", "tỉ": "tỷ", "vsmt": "vệ sinh môi trường",
}
# Words that say where or how, not what: dropped before comparing names.
FILLER = regex.compile(r"(?i:\b(?:trên\s+địa\s+bàn(?:\s+(?:huyện|tỉnh|thành\s+phố|xã))?|toàn\s+(?:huyện|tỉnh|xã)|của\s+(?:huyện|tỉnh)|bình\s+quân\s+(?:hằng|hàng)\s+năm|hằng\s+năm|hàng\s+năm|năm\s+20\d\d|đến\s+năm\s+20\d\d)\b)")
UNIT_FAMILY = {"%": "%", "‰": "‰", "điểm %": "%"}


def normal(name: str) -> str:
    s = regex.sub(r"\([^)]*\)", " ", name.lower())
    s = FILLER.sub(" ", s)
    s = regex.sub(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*", lambda m: ABBREVIATIONS.get(m.group(), m.group()), s)
    s = regex.sub(r"bác sỹ", "bác sĩ", s)
    return " ".join(regex.findall(r"[\p{L}\p{M}\d%‰]+", s))


def _family(unit: str | None) -> str:
    if not unit:
        return ""
    u = unit.strip().lower()
    if u.startswith("%") or u.startswith("% "):
        return "%/năm" if "năm" in u else "%"
    if u in UNIT_FAMILY:
        return UNIT_FAMILY[u]
    return u.split("/")[0].split()[-1] if "/" not in u else u.split("/")[-1]


@functools.lru_cache(maxsize=1)
def entries() -> tuple[dict[str, str], dict[str, set[str]]]:
    """normalised name or alias -> canonical name; canonical name -> unit families."""
    names: dict[str, str] = {}
    units: dict[str, set[str]] = {}
    for canonical, unit, *_ in load_tsv(DATA / "indicators.tsv", header=True):
        names[normal(canonical)] = canonical
        units[canonical] = {_family(u) for u in unit.split("|")}
    for alias, canonical, *_ in load_tsv(DATA / "indicator_aliases.tsv", header=True):
        if canonical in units:
            names.setdefault(normal(alias), canonical)
    return names, units


@functools.lru_cache(maxsize=1)
def indicator_groups() -> dict[str, str]:
    """canonical name -> its group ("Kinh tế", "Y tế", …), for reports."""
    return {row[0]: row[2] for row in load_tsv(DATA / "indicators.tsv", header=True) if len(row) > 2}


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).replace("đ", "d")


def _accent_only_difference(a: str, b: str) -> bool:
    """Words that differ only in their accents ("ngheo" / "nghèo") are different words."""
    words_a, words_b = a.split(), set(b.split())
    bare_b = {_bare(w): w for w in words_b}
    return any(w not in words_b and _bare(w) in bare_b for w in words_a)


def canonical_indicator(indicator: str, unit: str | None) -> str | None:
    """The gazetteer's name for `indicator` when one fits (name and unit), else None."""
    key = normal(indicator)
    if len(key) < 6:
        return None
    names, units = entries()
    best = process.extractOne(key, list(names), scorer=fuzz.ratio)
    if not best or best[1] < THRESHOLD or _accent_only_difference(key, best[0]):
        return None
    canonical = names[best[0]]
    family = _family(unit)
    allowed = units.get(canonical, set())
    if family and allowed and not any(family == a or family.startswith(a) or a.startswith(family) for a in allowed):
        return None
    return canonical

"""How a body is named: spelling unified, abbreviations expanded, known names read loosely, and one
canonical name per body in a document."""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import replace

import regex

from extractors import CACHE_NAMES
from extractors.bodies import patterns as P
from pipeline.model import Body

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
# Old tone placement at a syllable's end: hoá → hóa, khoẻ → khỏe, Uỷ → Ủy (not quý).
OLD_TONE = regex.compile(r"(?:(?<![qQ])([uU])([ýỳỷỹỵÝỲỶỸỴ])|([oO])([áàảãạéèẻẽẹÁÀẢÃẠÉÈẺẼẸ]))(?![\p{L}\p{M}])")


def _move_tone(m: regex.Match) -> str:
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    decomposed = unicodedata.normalize("NFD", second)
    tone = "".join(c for c in decomposed if c in TONE_MARKS)
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", bare)


AMPERSAND = regex.compile(r"\s*&\s*")
DASH = regex.compile(r"\s*[-–—]\s*")
SPACES = regex.compile(r"\s+")


@functools.lru_cache(maxsize=CACHE_NAMES)  # a document names its bodies again and again
def spelling(s: str) -> str:
    """Unify spelling: old tone placement (hoá → hóa, Uỷ → Ủy), dashes, spaces."""
    s = OLD_TONE.sub(_move_tone, s)
    s = AMPERSAND.sub(" và ", s)
    s = DASH.sub(" - ", s)
    return SPACES.sub(" ", s).strip()


ABBREVIATION_IN_PARENTHESES = regex.compile(r"\s*\([\p{Lu}Đ&]{2,10}\)")  # "Ủy ban nhân dân (UBND) huyện"
CITY_WITH_DOT = regex.compile(r"(?<![\p{L}\p{M}])TP\.[^\S\n]*(?=\p{Lu})")  # "TP. Hà Nội" → "TP Hà Nội" → "Thành phố Hà Nội"
# Abbreviations written in two words ("UB MTTQ"), each as a whole word, with its expansion.
SPACED_ABBREVIATIONS = [(regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(a)}(?![\p{{L}}\p{{M}}])"), P.ABBREVIATIONS[a])
                        for a in P.ABBREVIATIONS if " " in a]
NAME_WORD = regex.compile(r"[\p{L}\p{M}&]+(?:[-&][\p{L}\p{M}&]+)*")
UNDER_CENTRE = regex.compile(P.UNDER_CENTRE + r"(?![\p{L}\p{M}])")
OF_JURISDICTION = regex.compile(r"\s+của\s+(?=(?:các\s+)?(?:" + P.JURISDICTION_WORD + r"))")
# A slash between two level words of a list is its comma: "các tỉnh/thành phố" is "các tỉnh, thành phố".
LEVEL_SLASH = regex.compile(r"(?<=(?<![\p{L}\p{M}])(?:" + P.JURISDICTION_WORD + r"))\s*/\s*(?=(?:" + P.JURISDICTION_WORD + r")(?![\p{L}\p{M}]))")


def _expanded(m: regex.Match) -> str:
    return P.ABBREVIATIONS.get(m.group(), m.group())


@functools.lru_cache(maxsize=CACHE_NAMES)
def canonical_name(name: str, jurisdiction: str | None = None) -> str:
    """Abbreviations expanded, spelling unified, "của" before the jurisdiction dropped."""
    words = CITY_WITH_DOT.sub("TP ", ABBREVIATION_IN_PARENTHESES.sub("", name))
    words = P.JOINT_COUNCILS_JOINED.sub(" và ", words)  # "Văn phòng HĐND - UBND xã": the office's name reads "và"
    for abbrev, expansion in SPACED_ABBREVIATIONS:
        words = abbrev.sub(expansion, words)
    words = NAME_WORD.sub(_expanded, words)
    words = OF_JURISDICTION.sub(" ", words)
    words = LEVEL_SLASH.sub(", ", words)
    words = UNDER_CENTRE.sub("", words)  # "các tỉnh, thành phố" are those under the centre: one body, said long or short
    if jurisdiction and not words.endswith(jurisdiction):
        words = f"{words} {jurisdiction}"
    s = spelling(words)
    return s[:1].upper() + s[1:]


KEY_WORD = regex.compile(r"[\p{L}\p{M}\d]+|(?<=\s)-(?=\s)")


def _name_key(name: str) -> str:
    """A name reduced to its words: case, commas, "và" and old tone placement ignored (a dash is kept:
    "Văn hóa - Thông tin" is not "Văn hóa và Thông tin")."""
    words = KEY_WORD.findall(spelling(unicodedata.normalize("NFC", name)).lower())
    return " ".join(w for w in words if w != "và")


KNOWN_BY_KEY = {_name_key(n): n for n in sorted(P.KNOWN_NAMES)}
for _n in sorted(P.KNOWN_NAMES):  # a dash left out: "Sở Lao động Thương binh và Xã hội"
    KNOWN_BY_KEY.setdefault(_name_key(_n).replace(" - ", " "), _n)
# The keys by their first word and length, for names with one letter mistyped.
KNOWN_BY_FIRST_WORD_AND_LENGTH: dict[tuple[str, int], list[tuple[str, str]]] = {}
for _k, _n in KNOWN_BY_KEY.items():
    KNOWN_BY_FIRST_WORD_AND_LENGTH.setdefault((_k.split()[0], len(_k)), []).append((_k, _n))


def _one_letter_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


@functools.lru_cache(maxsize=CACHE_NAMES)
def known_name(written: str) -> str | None:
    """The complete name (names.tsv) that `written` spells, loosely ("Sở Văn hoá Thể thao du lịch",
    "Ngân hàng nhà nước"), or with one letter mistyped in a name of three words or more ("Sở Sây dựng")."""
    key = _name_key(written)
    if key in KNOWN_BY_KEY:
        return KNOWN_BY_KEY[key]
    words = key.split()
    if len(words) < 3:
        return None
    near = [n for k, n in KNOWN_BY_FIRST_WORD_AND_LENGTH.get((words[0], len(key)), ()) if _one_letter_apart(k, key)]
    return near[0] if len(near) == 1 else None


def one_name_per_body(rows: list[Body], mentioned: frozenset[str] = frozenset()) -> list[Body]:
    """A body keeps one canonical name through a document: a level of government named by its kind in
    several ways ("UBND các xã, phường", "UBND cấp xã") takes the first; a name without a jurisdiction
    ("Ủy ban MTTQ Việt Nam") takes the one jurisdiction the document gives it elsewhere ("… huyện"); a board
    named by its head alone ("Bộ Chỉ huy", "Ban Chỉ đạo") takes the one full name the document gives a board of
    that head (`mentioned`: the canonical names of every body the text names, tasked or not)."""
    named = [b for b in rows if b.kind != "collective" and b.name_canonical]
    first_generic: dict[tuple[str, str | None], str] = {}
    for b in sorted(named, key=lambda b: b.start):
        m = P.GENERIC_LEVEL.search(b.name_canonical)
        if m:
            first_generic.setdefault((b.name_canonical[:m.start()], b.level), b.name_canonical)
    renamed: dict[str, str] = {}
    for b in named:
        m = P.GENERIC_LEVEL.search(b.name_canonical)
        if m:
            renamed[b.name_canonical] = first_generic[(b.name_canonical[:m.start()], b.level)]
    canonicals = {renamed.get(b.name_canonical, b.name_canonical) for b in named}
    # s30w: a ministry (heads.tsv: "Bộ", level trung_uong; Nghị quyết 176/2025/QH15) has no local jurisdiction: a name that
    # seems to give it one is a list's words run on ("Bộ Xây dựng, Bộ Quốc phòng các tỉnh Ninh Bình, …", ", Ủy ban nhân dân"
    # left out), not the ministry's full name for the document's other mentions; it is the ministry.
    central = {b.name_canonical for b in named if b.level == "trung_uong" and b.name_canonical.startswith("Bộ ")}
    for c in canonicals:
        with_level = {o for o in canonicals if o.startswith(c + " ") and P.JURISDICTION.fullmatch(o[len(c):])}
        if c in central:
            renamed.update((o, c) for o in with_level)
        elif len(with_level) == 1 and not P.JURISDICTION.search(c):
            renamed[c] = with_level.pop()
    renamed.update(_one_front(sorted(named, key=lambda b: b.start), renamed))
    # s32l: "Bộ Chỉ huy tổ chức sơ kết" after "Bộ Chỉ huy Bộ đội Biên phòng tỉnh xây dựng Kế hoạch …", "Ủy ban Kiểm tra" after
    # "Ủy ban Kiểm tra Liên đoàn Lao động tỉnh": the short form of the one board of that head the document names in full by
    # more than its level (two or more: which one is not said, the name stays; "Ban Chỉ đạo tỉnh" says only the level, and a
    # bare "Ban Chỉ đạo" may be another level's, s22fd); only where the head alone is written (not "BCĐ …", a name the
    # reader could not finish)
    known = canonicals | mentioned
    in_full: dict[str, str] = {}
    for c in canonicals:
        if c not in renamed and P.BOARD_HEAD_ALONE.fullmatch(c):
            full = {o for o in known if o.startswith(c + " ") and not P.JURISDICTION.fullmatch(o[len(c):])}
            if len(full) == 1:
                in_full[c] = full.pop()
    out = []
    for b in rows:
        c = renamed.get(b.name_canonical, b.name_canonical)
        c = renamed.get(c, c)
        if c in in_full and spelling(b.name).casefold() == c.casefold():
            c = in_full[c]
        out.append(b if c == b.name_canonical or b.kind == "collective" else replace(
            b, name_canonical=c, level="trung_uong" if c in central else _level_of(c, b.level)))
    return out


# The Fatherland Front of a level named as the front or as its committee: "Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban Mặt trận
# Tổ quốc tỉnh" and "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" are one body (Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13:
# the front of each level acts through its Ủy ban Mặt trận Tổ quốc, the one a plan gives tasks to). Not a
# Party committee of the front ("Đảng ủy Mặt trận Tổ quốc tỉnh"), nor the central committee ("Ủy ban Trung ương …").
FRONT = regex.compile(r"(?P<committee>Ủy ban )?Mặt trận Tổ quốc(?: Việt Nam)?(?P<rest>(?: .+)?)")


def _one_front(named: list[Body], renamed: dict[str, str]) -> dict[str, str]:
    """One canonical name for the front of each level a document names (the committee's, as first written), and for a bare
    "Mặt trận Tổ quốc" where the document names the front of one level only."""
    by_level: dict[str, list[str]] = {}
    for b in named:
        c = renamed.get(b.name_canonical, b.name_canonical)
        m = FRONT.fullmatch(c)
        if m and (not m.group("rest") or P.JURISDICTION.fullmatch(m.group("rest"))):
            forms = by_level.setdefault(m.group("rest"), [])
            if c not in forms:
                forms.append(c)
    target = {rest: next((f for f in forms if f.startswith("Ủy ban ")), forms[0]) for rest, forms in by_level.items()}
    levels = [rest for rest in target if rest]
    if "" in target and len(levels) == 1:
        target[""] = target[levels[0]]
    return {f: target[rest] for rest, forms in by_level.items() for f in forms if f != target[rest]}


def _level_of(canonical: str, level: str | None) -> str | None:
    for pattern, found in P.LEVEL_OF_JURISDICTION:
        if pattern.search(canonical):
            return found
    return level

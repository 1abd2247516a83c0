"""How far a text can be trusted, and the repairs that make it trustworthy.

Vietnamese is written in syllables of a fixed shape (an optional initial consonant, a
vowel group, an optional final consonant, one tone mark), so the share of words with a
Vietnamese letter that are well-formed syllables tells readable text from text whose
bytes were read in the wrong encoding. Repairs are tried only where that share (or the
bytes) says something is wrong, and kept only where they make the text better:

- UTF-8 that was read as Windows-1252 / Latin-1 and saved again ("Káº¿ hoáº¡ch"):
  repaired with ftfy;
- text in a legacy Vietnamese font encoding (TCVN3/ABC, VNI, VISCII) read through a
  single-byte code page: converted with viparse.

What cannot be repaired is reported: U+FFFD replacement characters, letters replaced
by `?` (a lossy conversion to a code page without Vietnamese letters), and a text whose
syllables are mostly not Vietnamese.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import compress

import regex

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
INITIAL = r"(?:ngh|ng|gh|gi|kh|ph|th|tr|ch|nh|qu|[bcdđghklmnprstvx])"
VOWELS = r"[aăâeêioôơuưy]{1,3}"
FINAL = r"(?:ch|ng|nh|[cmnpt])"
SYLLABLE = regex.compile(rf"{INITIAL}?{VOWELS}{FINAL}?")
WORD = regex.compile(r"\p{L}+")
LETTER = regex.compile(r"\p{L}")
NON_ASCII = regex.compile(r"[^\x00-\x7f]")
LOST_LETTER = regex.compile(r"(?<=\p{L})\?(?=\p{L})|(?<=\s\p{L}{0,6})\?(?=\p{L})")
REPLACEMENT = "\ufffd"

# Share of well-formed syllables among words with a non-ASCII letter: clean plans score
# above 0.95 (45 field plans, 5 seeds), mojibake about 0.6, a broken font mapping 0.34.
GOOD_SHARE = 0.9
BAD_SHARE = 0.8


class Caution(str):
    """A note that makes the document's status `warning` (the others only inform)."""


def _untoned(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))


SAMPLE = 200_000  # characters read to judge the syllables


@lru_cache(maxsize=4)  # asked of one text by `_tokens` and by `pipeline.ingest`'s count of unmapped glyphs
def characters(text: str) -> frozenset[str]:
    """The distinct characters of `text`."""
    return frozenset(text)


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[dict[str, int], dict[str, int]] | None:
    """How often each white-space-separated token of `text` comes: (tokens of letters only, the others); None when `regex`
    does not read as a letter (`\\p{L}`) a character of `text` that `str.isalpha` calls one (their Unicode tables may differ)."""
    if not all(LETTER.match(c) for c in characters(text) if c.isalpha()):
        return None
    letters: dict[str, int] = {}
    others: dict[str, int] = {}
    for token, n in Counter(text.split()).items():
        (letters if token.isalpha() else others)[token] = n
    return letters, others


def word_counts(text: str, pattern: regex.Pattern, min_letters: int) -> Counter:
    """`Counter(pattern.findall(text))` for a `pattern` of words of at least `min_letters` letters that matches no white
    space and reads nothing across it (`\\p{L}+`, `\\b\\p{L}{2,}\\b`): found once per distinct token of the text, a
    token of letters only being its own one match (or none, shorter than `min_letters`), without a scan of the text; the
    other tokens are read together, those that come as often in one scan."""
    tokens = _tokens(text)
    if tokens is None:
        return Counter(pattern.findall(text))
    letters, others = tokens
    counts = Counter(letters if min_letters <= 1 else {t: n for t, n in letters.items() if len(t) >= min_letters})
    by_count: dict[int, list[str]] = {}  # the other tokens by how often each comes (most come once): one scan of each
    for token, n in others.items():       # group, its tokens joined by a space, which no match reads across
        by_count.setdefault(n, []).append(token)
    for n, tokens in by_count.items():
        for word in pattern.findall(" ".join(tokens)):
            counts[word] += n
    return counts


@lru_cache(maxsize=4)  # asked of one text by `repair`, `problems` and `letter_count`
def _sample_words(text: str, sample: int) -> tuple[int, dict[str, int]]:
    """(letters in `text[:sample]`, how often each of its words with a non-ASCII letter comes)."""
    words = word_counts(text[:sample], WORD, 1)
    return sum(len(w) * n for w, n in words.items()), {w: n for w, n in words.items() if not w.isascii()}  # NON_ASCII


def letter_count(text: str) -> int:
    """How many letters (`\\p{L}`) the text has."""
    if len(text) <= SAMPLE:
        return _sample_words(text, SAMPLE)[0]
    step = 1 << 20  # a long text a part at a time: never a list of all its words
    return sum(sum(map(len, WORD.findall(text, i, i + step))) for i in range(0, len(text), step))


def syllable_share(text: str, sample: int = SAMPLE) -> float | None:
    """Share of words carrying a non-ASCII letter that are well-formed Vietnamese
    syllables (None: too few such words to judge)."""
    words = _sample_words(text, sample)[1]
    total = sum(words.values())
    if total < 20:
        return None
    good = sum(compress(words.values(), map(is_syllable, words)))
    return good / total


@lru_cache(maxsize=1 << 13)  # the syllables of the language (some 7,000) and a few odd words
def is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable: initial, vowel group, final, at most one tone mark."""
    tones = sum(1 for c in unicodedata.normalize("NFD", word) if c in TONE_MARKS)
    return tones <= 1 and SYLLABLE.fullmatch(_untoned(word)) is not None


def lost_letters(text: str) -> int:
    """`?` standing for a letter inside a word ("Thu?n", "n?m")."""
    return len(LOST_LETTER.findall(text)) if "?" in text else 0


def _better(candidate: str, original: str) -> bool:
    new, old = syllable_share(candidate), syllable_share(original)
    return new is not None and (old is None or new > old + 0.05) and new >= BAD_SHARE


def _convert_legacy(text: str, legacy: str) -> str:
    """The legacy font encoding's characters to Unicode, and nothing else: `viparse.fix` also cleans
    the text up (runs of spaces to one, form feeds, indents and blank lines out), which loses a
    layout's columns and page breaks; its character table alone keeps them."""
    import viparse

    try:
        from viparse.normalize.encodings import get_charmap
        from viparse.normalize.tables import convert
    except ImportError:  # pragma: no cover - another viparse layout: its cleaning conversion
        return viparse.fix(text, encoding=legacy)
    charmap = get_charmap(legacy)
    return convert(text, charmap) if charmap is not None else viparse.fix(text, encoding=legacy)


LETTERS = regex.compile(r"\p{L}+")


def _caps_word(word: str) -> bool:
    """A word set in a capitals font whose toned letters came back small: two capitals or more, and
    every small letter a toned one ("HOạCH", "ĐíCH", "CầU")."""
    return sum(ch.isupper() for ch in word) >= 2 and any(ch.islower() for ch in word) and not any(
        ch.islower() and ch.isascii() for ch in word)


def capital_lines(text: str) -> str:
    """Headings of a TCVN3 text in capitals again. TCVN3 has no toned capitals: a heading is typed in
    capitals with the small toned letters, which a capitals font (.VnTimeH) draws as capitals, so the
    conversion gives "Kế HOạCH", "I. MụC ĐíCH, YÊU CầU". A line with no small ASCII letter and such a
    word is a heading in capitals: all of it in capitals ("KẾ HOẠCH"); on a line with small ASCII
    letters, such words alone ("NGàY" → "NGÀY"). A line without such a word stays ("Số: 74/KH-UBND")."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        words = LETTERS.findall(line)
        if not any(_caps_word(w) for w in words):
            continue
        if not any(ch.islower() and ch.isascii() for w in words for ch in w):
            lines[i] = line.upper()
        else:  # a code or a small word on the line ("Số 104-CTr/TU NGàY 30/8/2026"): those words alone
            lines[i] = LETTERS.sub(lambda m: m.group().upper() if _caps_word(m.group()) else m.group(), line)
    return "\n".join(lines)


def repair(text: str, encoding: str) -> tuple[str, str, list[str]]:
    """`(text, encoding, notes)`: mojibake and legacy font encodings repaired where that
    makes the text better Vietnamese; the notes say what was done."""
    share = syllable_share(text)
    if share is not None and share >= GOOD_SHARE:
        return text, encoding, []  # clean Vietnamese: nothing to detect
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed != text and _better(fixed, text):
        return fixed, f"{encoding}+mojibake-repaired", [Caution(
            "text was mis-decoded (UTF-8 read as Windows-1252/Latin-1 and saved again); repaired automatically: "
            "check a few facts against the original")]
    try:
        import viparse
    except ImportError:  # pragma: no cover - viparse is a declared dependency
        return text, encoding, []
    legacy = viparse.detect_text_encoding(text[:50000])
    if legacy:
        converted = _convert_legacy(text, legacy)
        if legacy == "tcvn3":
            converted = capital_lines(converted)
        if _better(converted, text) or share is None:
            return converted, f"{encoding}+{legacy}", [f"converted from the legacy Vietnamese encoding {legacy.upper()}"]
    return text, encoding, []


def problems(text: str) -> tuple[str, list[str]]:
    """`(status, messages)` for problems a repair could not remove: `failed` when the
    text is not readable Vietnamese, `warning` when parts of it are lost."""
    messages: list[str] = []
    status = "ok"
    share = syllable_share(text)
    if share is not None and share < BAD_SHARE:
        return "failed", [
            f"text is garbled: only {share:.0%} of its Vietnamese words are well-formed syllables "
            "(wrong encoding or broken font mapping); open the original and save it again as UTF-8 text, "
            "or re-extract the text with OCR"]
    lost = lost_letters(text)
    if lost >= 5 and lost / max(len(WORD.findall(text)), 1) > 0.002:
        status = "warning"
        messages.append(
            f"{lost} letters were replaced by '?' (a lossy conversion to a code page without Vietnamese letters): "
            "facts near them may be wrong or missed; get the original file")
    replaced = text.count(REPLACEMENT)
    if replaced:
        status = "warning"
        messages.append(
            f"{replaced} characters could not be decoded (shown as \ufffd): facts near them may be wrong; "
            "get the original file or save it again as UTF-8")
    if share is not None and share < GOOD_SHARE and status == "ok":
        status = "warning"
        messages.append(f"only {share:.0%} of Vietnamese words are well-formed syllables: parts of the text may be garbled")
    return status, messages

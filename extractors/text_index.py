"""What several rules read of a text, computed once per text: its lower case and where given words are written.

A pattern that opens with a word ("trước", "Luật", "Nghị quyết") but whose first characters the regex engine cannot
look up fast (a choice of words, a lookbehind, a case-insensitive letter) is tried at every character of a text by a
scan: 15-45 ns a character. Where a match can only open where one of a few words is written, those words are found by
a plain substring look-up (`str.find`, well under 1 ns a character) and the pattern is tried at each of them only:
the same matches, in the same order, at a fraction of the cost. The look-ups are kept per text (several extractors
read the same text one after another), so a word's places are found once.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

import regex

# Letters whose lower case a case-insensitive pattern reads otherwise than `str.lower` writes it: dotless "ı" and the
# long "ſ" match "i" and "s" case-insensitively, and "İ" lowers to two characters. They are read as "i", "s", "i".
ODD_CASE_LETTERS = "ıſİ"
AS_PATTERNS_READ_THEM = str.maketrans(ODD_CASE_LETTERS, "isi")


@functools.lru_cache(maxsize=8)  # read by every extractor of a text in turn (and the bodies' of its table cells)
def lower_text(text: str) -> str | None:
    """`text` in lower case as a case-insensitive pattern reads its letters, one letter for one (None when a letter's
    lower case is two characters: offsets would not hold)."""
    lower = (text.translate(AS_PATTERNS_READ_THEM) if any(c in text for c in ODD_CASE_LETTERS) else text).lower()
    return lower if len(lower) == len(text) else None


@functools.lru_cache(maxsize=64)  # a few word lists per extractor, for the texts in turn
def word_starts(text: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """Every offset of `text` where one of `words` is written (as written: give a lower-case text for a case-insensitive
    look-up), in order, each once."""
    found: set[int] = set()
    for word in words:
        find = text.find
        at = find(word)
        while at >= 0:
            found.add(at)
            at = find(word, at + 1)
    return tuple(sorted(found))


@functools.cache
def _one_scan(words: tuple[str, ...]) -> re.Pattern | None:
    """A plain alternation of `words` (the standard `re`, which skips from one of the characters they open with to the
    next), when a scan with it finds every place one is written: no word may open inside another's place, which the scan
    steps over (None otherwise)."""
    for w in words:
        for i in range(1, len(w)):
            if any(w[i:].startswith(v) or v.startswith(w[i:]) for v in words):
                return None
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


@functools.lru_cache(maxsize=16)
def word_starts_by_one_scan(text: str, words: tuple[str, ...]) -> tuple[int, ...]:
    """`word_starts(text, words)`, found by one scan of the text (`_one_scan`) instead of a `str.find` pass for each word:
    faster for a list of many words that open with a few capitals (a small share of a text's characters), slower for a
    few common lower-case words."""
    scan = _one_scan(words)
    return word_starts(text, words) if scan is None else tuple(m.start() for m in scan.finditer(text))


DIGIT_RUN = regex.compile(r"\d+")


@functools.lru_cache(maxsize=4)
def digit_run_starts(text: str) -> tuple[int, ...]:
    """The offset of the first digit of each run of digits (any script's, as `\\d` reads them)."""
    return tuple(m.start() for m in DIGIT_RUN.finditer(text))


@functools.lru_cache(maxsize=8)
def digits_opening(text: str, opening: regex.Pattern) -> tuple[int, ...]:
    """The start of each match of `opening`, a pattern that opens with the first digit of a run of digits and reads
    what must follow the number for a match of a pattern opening there (a day's "/" or "tháng": `opened_by`'s
    `digits`): the runs where that pattern may open, found by one scan instead of a try at every number of the text."""
    return tuple(m.start() for m in opening.finditer(text))


@functools.cache
def _in_place(pattern: regex.Pattern) -> regex.Pattern:
    """`pattern`, compiled to be matched at a given offset only (see `extractors.regexes.matched_in_place`)."""
    verbose = pattern.flags & regex.VERBOSE
    return regex.compile(f"(?:{pattern.pattern}\n|(?!))" if verbose else f"(?:{pattern.pattern}|(?!))", pattern.flags)


def opened_by(pattern: regex.Pattern, text: str, words: tuple[str, ...], ignore_case: bool = False,
              digits: bool | regex.Pattern = False, one_scan: bool = False,
              goes_on: regex.Pattern | None = None) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` for a pattern that never matches nothing and each of whose matches opens with one of
    `words` (in lower case where `ignore_case`: the pattern reads those words case-insensitively; as written
    otherwise) or, with `digits`, with the first digit of a run of digits: the same matches, in order, the pattern
    tried only there (`one_scan`: the words found by `word_starts_by_one_scan`). `digits` may be a pattern that
    matches at the first digit of every run a match opens with (what follows the number, in one scan of the text:
    `digits_opening`): the pattern is tried at those runs only. `goes_on`: a pattern that matches (`.match`, in the
    lower-case text where `ignore_case`) at every place of one of `words` that a match opens at, reading what must follow
    the word there ("ngày" and a number): the pattern is not tried at the others (a plain look-up of the words, then one
    short match at each, instead of the whole pattern at each). (Lookbehinds read the text before each offset as a scan
    does.)"""
    source = lower_text(text) if ignore_case else text  # where the words are looked up
    if source is None:  # a letter whose lower case is two: offsets would not hold; scan
        yield from pattern.finditer(text)
        return
    starts = (word_starts_by_one_scan if one_scan else word_starts)(source, words)
    if goes_on is not None:
        at = goes_on.match
        starts = [start for start in starts if at(source, start)]
    if digits:
        starts = sorted({*starts, *(digit_run_starts(text) if digits is True else digits_opening(text, digits))})
    match = _in_place(pattern).match
    end = 0
    for start in starts:
        if start >= end:
            m = match(text, start)
            if m:
                yield m
                end = m.end()


def holds(text: str, words: tuple[str, ...], ignore_case: bool = False) -> bool:
    """Whether one of `words` is written in `text` (in lower case where `ignore_case`, as `opened_by` reads them): a
    pattern every match of which holds one of them cannot match a text that holds none."""
    if ignore_case:
        lower = lower_text(text)
        if lower is None:
            return True  # (cannot tell: the pattern is tried)
        text = lower
    return any(word in text for word in words)

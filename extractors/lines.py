"""Patterns that open at a line start, matched at the line starts of a text only.

A pattern anchored at a line start (`(?m)^…`) scanned over a whole text is tried by the regex
engine at every character of it. Its matches can only start at a line start: the starts are found
once per text (shared by every such pattern of every extractor: the headings of parts, phases,
tasks and numbered items) and the pattern is tried there only, which gives the same matches in
about a third of the time.
"""
from __future__ import annotations

import functools
import itertools
from typing import Iterable, Iterator

import regex


@functools.lru_cache(maxsize=4)  # read by the deadlines and targets extractors: once per text
def line_starts(text: str) -> tuple[int, ...]:
    """The offset of each line's first character (0, and each offset after a "\\n")."""
    starts = [0]
    find = text.find
    at = find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return tuple(starts)


@functools.lru_cache(maxsize=4)  # read by every pattern tried at line starts: once per text
def _starts_by_opening(text: str) -> dict[str, list[int]]:
    """`line_starts(text)` but the first (0), by the character each line opens with ("" for an empty last line)."""
    by_first: dict[str, list[int]] = {}
    for start in line_starts(text)[1:]:
        first = text[start:start + 1]
        starts = by_first.get(first)
        if starts is None:
            by_first[first] = [start]
        else:
            starts.append(start)
    return by_first


# Whether a pattern may match from a line start (after a line end) whose first character is the key's: asked once a
# pattern and a character (a few hundred characters open a corpus's lines); emptied past OPENINGS entries.
_MAY_OPEN: dict[tuple[regex.Pattern, str], bool] = {}
OPENINGS = 4096


def _may_open(pattern: regex.Pattern, first: str) -> bool:
    """Whether `pattern` may match at a line start after a line end where the line opens with `first`: a partial match
    of the line end and that character, from the character (a lookbehind reads only the line end there, as in the
    text); False only where no text that opens so after a line end holds a match there."""
    key = (pattern, first)
    may = _MAY_OPEN.get(key)
    if may is None:
        if len(_MAY_OPEN) > OPENINGS:
            _MAY_OPEN.clear()
        may = _MAY_OPEN[key] = pattern.match("\n" + first, 1, partial=True) is not None
    return may


def at_line_starts(pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` for a pattern that matches only from a line start (it opens with
    `^` in multiline mode) and never matches nothing: the same matches, in order, without
    overlaps (a match that runs over the next lines skips their starts, as a scan would).
    The pattern is tried at the text's start and at the line starts whose first character it may
    open with (`_may_open`; a pattern whose lookbehinds may read past the line end is tried at every
    one): most lines open with a character the heading patterns cannot (a letter, for a numbered
    heading's pattern), and are not tried."""
    if "(?<" in pattern.pattern:
        starts: Iterable[int] = line_starts(text)
    else:
        by_first = _starts_by_opening(text)
        runs = [by_first[first] for first in by_first if _may_open(pattern, first)]
        starts = [0, *sorted(itertools.chain.from_iterable(runs))] if len(runs) > 1 else [0, *runs[0]] if runs else [0]
    end = 0
    match = pattern.match
    for start in starts:
        if start >= end:
            m = match(text, start)
            if m:
                yield m
                end = m.end()


def lines_above(text: str, line_start: int, limit: int | None = None) -> Iterator[tuple[int, int, str]]:
    """The lines above the line at `line_start`, nearest first, at most `limit` (all of them with None): (start, end, line)."""
    pos, n = line_start, 0
    while pos > 0 and (limit is None or n < limit):
        start = text.rfind("\n", 0, pos - 1) + 1
        yield start, pos - 1, text[start:pos - 1]
        pos, n = start, n + 1

"""Patterns that open at a line start, matched at the line starts of a text only.

A pattern anchored at a line start (`(?m)^…`) scanned over a whole text is tried by the regex
engine at every character of it. Its matches can only start at a line start: the starts are found
once per text (shared by every such pattern of every extractor: the headings of parts, phases,
tasks and numbered items) and the pattern is tried there only, which gives the same matches in
about a third of the time.
"""
from __future__ import annotations

import functools
from typing import Iterator

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


def at_line_starts(pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` for a pattern that matches only from a line start (it opens with
    `^` in multiline mode) and never matches nothing: the same matches, in order, without
    overlaps (a match that runs over the next lines skips their starts, as a scan would)."""
    end = 0
    for start in line_starts(text):
        if start >= end:
            m = pattern.match(text, start)
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

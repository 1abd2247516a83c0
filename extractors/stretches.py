"""A pattern tried only in the stretches of a text that hold the words it cannot do without.

A pattern that opens with a choice of words or with a character class ("\\p{Lu}…", "(?i:lớn|nhỏ|…)")
is tried by the regex engine at every character of a text, while one that opens with a literal
("ngày", "(") is found by a fast look-up of that literal. When every match of a slow pattern holds a
match of such a literal-first `anchor`, and no match holds one of a set of `stop` characters, the
matches can only lie in a stretch between two stop characters that holds an anchor: the pattern is
tried there only, which gives the same matches, in the same order.
"""
from __future__ import annotations

from typing import Iterator

import regex


def stop_pattern(characters: str) -> tuple[regex.Pattern, regex.Pattern]:
    """(forward, reverse) searches for any of `characters` (a character class body, as in `[…]`)."""
    return regex.compile(f"[{characters}]"), regex.compile(f"(?r)[{characters}]")


def in_stretches(pattern: regex.Pattern, text: str, anchor: regex.Pattern,
                 stops: tuple[regex.Pattern, regex.Pattern]) -> Iterator[regex.Match]:
    """`pattern.finditer(text)` for a pattern each of whose matches holds a match of `anchor` (a pattern without
    lookarounds whose matches hold no stop character) and none of the `stops` characters (none of them a word
    character), and whose lookarounds read at most one character past a stop character: the same matches, trying
    the pattern only between the stop characters around each anchor.
    (Lookbehinds, `^` and `\\b` read the text before a stretch as a scan would; the stretch is searched up to
    and with the stop character that ends it.)"""
    forward, reverse = stops
    pos, n = 0, len(text)
    while True:
        a = anchor.search(text, pos)
        if a is None:
            return
        before = reverse.search(text, pos, a.start())
        after = forward.search(text, a.end())
        end = after.start() if after else n
        yield from pattern.finditer(text, before.end() if before else pos, min(n, end + 1))
        pos = end

"""Compiling patterns for how they are used (shared by the extractors' `patterns` modules)."""
from __future__ import annotations

import regex


def matched_in_place(pattern: str, flags: int = 0) -> regex.Pattern:
    """A pattern only matched at a given position of a long text (`.match(text, pos)`), never searched for.
    The regex module first looks for the first word a pattern requires (the "ngành" of "[ \\t]+ngành…", the
    "/" of "[^\\S\\n]*/…") through the whole rest of the text when a run of any length comes before it, so
    each match cost the distance to that word's next use; an alternative that never matches, (?!), turns that
    look-up off and changes nothing that matches. (A search or a scan with it is slower: keep a pattern
    that is also searched for compiled as usual.)"""
    return regex.compile(f"(?:{pattern}\n|(?!))" if flags & regex.VERBOSE else f"(?:{pattern}|(?!))", flags)

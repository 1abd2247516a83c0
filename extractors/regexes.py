"""Compiling patterns for how they are used (shared by the extractors' `patterns` modules)."""
from __future__ import annotations

import re as _re
import re._constants as _C  # the standard parser's reading of a pattern (words_every_match_holds)
import re._parser as _sre_parse

import regex


def matched_in_place(pattern: str, flags: int = 0) -> regex.Pattern:
    """A pattern only matched at a given position of a long text (`.match(text, pos)`), never searched for.
    The regex module first looks for the first word a pattern requires (the "ngành" of "[ \\t]+ngành…", the
    "/" of "[^\\S\\n]*/…") through the whole rest of the text when a run of any length comes before it, so
    each match cost the distance to that word's next use; an alternative that never matches, (?!), turns that
    look-up off and changes nothing that matches. (A search or a scan with it is slower: keep a pattern
    that is also searched for compiled as usual.)"""
    return regex.compile(f"(?:{pattern}\n|(?!))" if flags & regex.VERBOSE else f"(?:{pattern}|(?!))", flags)


# Syntax of the `regex` module that the standard parser reads otherwise (or not at all): a pattern holding any of it is
# given no words (`words_every_match_holds`). `\p{…}`/`\P{…}` are read as any character, which is what they are to this
# look-up (a property matches no word of its own).
REGEX_ONLY_SYNTAX = _re.compile(r"\{e|\[\[:|\\L<|\(\?\||\(\?[rVfwx]|\\[mMXGKZ]|\(\?\(|\(\?&|\(\?R|\(\?\d|\(\?P>|\\\\|--|&&|\|\|")
UNICODE_PROPERTY = _re.compile(r"\\[pP]\{[^}]*\}")


def words_every_match_holds(pattern: str) -> frozenset[str] | None:
    """Plain strings at least one of which every match of `pattern` (compiled without flags) is written with: the
    longest run of characters the pattern reads as written in one of its pieces that every match goes through (a group
    or a repeat taken at least once; of a choice, each branch's run, together), else None (no such run, or syntax this
    reading does not follow). A text that holds none of them holds no match: `pattern.sub` leaves it as it is."""
    if REGEX_ONLY_SYNTAX.search(pattern):
        return None
    try:
        parsed = _sre_parse.parse(UNICODE_PROPERTY.sub(".", pattern))
    except _re.error:
        return None
    if parsed.state.flags & ~_re.UNICODE:
        return None
    return _held(parsed)


def _held(items) -> frozenset[str] | None:
    """`words_every_match_holds` of a parsed sequence (None where no piece of it gives words)."""
    best: frozenset[str] | None = None

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        better(frozenset({"".join(run)}) if run else None)
        run = []
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            better(None if add_flags or del_flags else _held(inner))
        elif op is _C.ATOMIC_GROUP:
            better(_held(av))
        elif op is _C.BRANCH:
            branches = [_held(branch) for branch in av[1]]
            better(None if any(b is None for b in branches) else frozenset().union(*branches))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, _high, inner = av
            better(_held(inner) if low >= 1 else None)
        # anything else (a class, any character, an assertion, a back reference) holds no words of its own
    better(frozenset({"".join(run)}) if run else None)
    return best

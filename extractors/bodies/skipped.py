"""Spans whose names of bodies are not assignments: citations, distribution lists, letterheads."""
from __future__ import annotations

from extractors.bodies import patterns as P
from extractors.intervals import Intervals
from extractors.lines import at_line_starts
from extractors.legal_refs import extract_legal_refs


def distribution_lists(text: str) -> list[tuple[int, int]]:
    """Runs of short dash lines that send the document to bodies ("- Bộ Y tế (để b/c);", "- TT. Thành ủy;"):
    a run counts when two of its lines say why they receive it."""
    spans = []
    for run in P.DASH_LINE_RUN.finditer(text):
        if len(P.RECEIVES_FOR.findall(run.group())) >= 2:
            spans.append(run.span())
    return spans


def capital_lines(text: str) -> list[tuple[int, int]]:
    """Lines without a lower-case letter: letterheads and headings ("UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG")."""
    return [m.span() for m in at_line_starts(P.CAPITAL_LINE, text)]


def citations(text: str) -> Intervals:
    """Spans where a body's name is part of a citation: each legal reference (its issuer included),
    and each legal-basis line ("Căn cứ Luật …;") that cites one."""
    refs = [(r.start, r.end) for r in extract_legal_refs(text)]
    found = Intervals(refs)
    lines = [(m.start(), m.end()) for m in P.BASIS_LINE.finditer(text) if found.touches(m.start("cited"), m.start("cited") + 1)]
    return Intervals(refs + lines)

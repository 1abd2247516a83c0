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


def eligibility_sections(text: str) -> tuple[Intervals, Intervals]:
    """(sections that list who may compete, be awarded or be bound, or how a body is organised: "1. Đối tượng thi
    đua", "Điều 2. Đối tượng áp dụng", "Điều 3. Cơ cấu tổ chức"; sections of criteria and award quotas: "2. Tiêu chí
    thi đua", "IV. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG"), each from its heading to the next heading of its rank or above."""
    from pipeline.sections import build_outline

    sections = build_outline(text).sections
    found: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    for i, s in enumerate(sections):
        if s.kind == "bullet":
            continue
        which = 0 if P.ELIGIBILITY_TITLE.match(s.title) else 1 if P.CRITERIA_TITLE.match(s.title) else None
        if which is None:
            continue
        end = next((n.start for n in sections[i + 1:] if n.level <= s.level), len(text))
        found[which].append((s.start, end))
    return Intervals(found[0]), Intervals(found[1])

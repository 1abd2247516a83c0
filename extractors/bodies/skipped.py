"""Spans whose names of bodies are not assignments: citations, distribution lists, letterheads."""
from __future__ import annotations

import regex

from extractors.bodies import patterns as P
from extractors.intervals import Intervals
from extractors.lines import at_line_starts
from extractors.stretches import in_stretches
from extractors.legal_refs import extract_legal_refs
from extractors.tables import tables_of
from extractors.text_index import opened_by

DIGIT = regex.compile(r"\d")


def distribution_lists(text: str) -> list[tuple[int, int]]:
    """Runs of short dash lines that send the document to bodies ("- Bộ Y tế (để b/c);", "- TT. Thành ủy;"):
    a run counts when two of its lines say why they receive it."""
    spans = []
    if len(P.RECEIVES_FOR.findall(text)) < 2:
        return spans  # (a reason to receive is "(…)" with no bracket inside: a run holds no more of them than the text)
    for run in P.DASH_LINE_RUN.finditer(text):
        if len(P.RECEIVES_FOR.findall(run.group())) >= 2:
            spans.append(run.span())
    return spans


MAX_ADDRESSEE_LINES = 30
MAX_WRAPPED_LINE = 100  # a wrapped rest of a name in lower case
MAX_WRAPPED_NAME = 60  # a short line after one that ends in a word: the rest of a wrapped name ("Bộ trưởng⏎Bộ Công Thương")


def addressees(text: str) -> list[tuple[int, int]]:
    """A letter's addressees, from "Kính gửi:" / "Đồng kính gửi:" (a telegram's: from "THỦ TƯỚNG CHÍNH PHỦ điện:") to
    the first sentence of its body: the rest of that line, then the lines that go on with the list (an item "- …", an
    address "(Địa chỉ: …)", a wrapped line in lower case, the line after a comma, a short line after one that ends in
    a word; the first line after an empty "Kính gửi:"), over empty lines and table rules before the first one or the
    next item. The addressees are who the letter is sent to, not bodies given a task (a request in the body is read
    there)."""
    spans = []
    for m in in_stretches(P.ADDRESSEE_OPENING, text, P.ADDRESSEE_WORD, P.ADDRESSEE_STOPS):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        last = text[m.end():end].strip(" \t|*_:")
        seen = bool(last)
        for _ in range(MAX_ADDRESSEE_LINES):
            if end >= len(text):
                break
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1:nxt].strip(" \t*_")
            if not line.strip("|"):
                if seen and not (last.endswith(":") or P.LIST_ITEM_AHEAD.match(text, nxt)):
                    break  # the cell or paragraph of the addressees ends (a next item, or a list after "…:", goes on)
                if last.endswith(":"):
                    seen = False  # "- Bộ trưởng các Bộ:⏎|⏎Quốc phòng, Công an …": its list is in the next cell
                end = nxt
                continue
            if line[0].islower() and len(line) > MAX_WRAPPED_LINE:
                break  # "…trực thuộc trung⏎ương Triển khai việc …": the body's first sentence run into the name's wrap
            if not (P.ADDRESSEE_GOES_ON.match(line) or not seen and not P.NUMBERED_LINE.match(line)
                    or last.endswith(",") or last[-1:].isalpha() and len(line) <= MAX_WRAPPED_NAME):
                break
            end, last, seen = nxt, line, True
        spans.append((m.start(), end))
    return spans


def capital_lines(text: str) -> list[tuple[int, int]]:
    """Lines without a lower-case letter: letterheads and headings ("UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG")."""
    return [m.span() for m in at_line_starts(P.CAPITAL_LINE, text)]


BODY_COLUMNS = ("lead", "coordinate", "assigned")


def indicator_labels(text: str) -> list[tuple[int, int]]:
    """The label cells of an indicator table's rows (a table with a unit column and no column of bodies:
    "Chỉ tiêu | Đơn vị tính | Thực hiện năm 2026 | Kế hoạch năm 2027"), where the row has its unit and a
    figure: "Trung tâm cứu hộ động vật hoang dã được nâng cấp | trung tâm | - | 3" names the thing counted,
    not a body given a task (a task table's bodies are read from its own columns)."""
    spans: list[tuple[int, int]] = []
    for table in tables_of(text):
        unit = table.column("unit")
        label = table.column("indicator")
        label = table.column("task") if label is None else label
        if unit is None or label is None or any(table.column(role) is not None for role in BODY_COLUMNS):
            continue
        for row in table.data_rows:
            cell = row.cell(label)
            if cell is None or row.cell(unit) is None:
                continue
            if any(DIGIT.search(c.text) for i, c in enumerate(row.cells) if i not in (label, unit)):
                spans.append((cell.start, cell.end))
    return spans


def form_lines(text: str) -> list[tuple[int, int]]:
    """Lines of a form to fill in (P.FORM_MARK on them: a blank, a placeholder or the applicant's own voice): the model
    an annex gives, whose bodies are the form's wording ("<Cơ quan, đơn vị> đề nghị Trung tâm Chuyển đổi số …")."""
    spans: list[tuple[int, int]] = []
    if not any(word in text for word in P.FORM_MARK_NEEDS):
        return spans
    for m in opened_by(P.FORM_MARK, text, P.FORM_MARK_OPENERS):
        if spans and m.start() < spans[-1][1]:
            continue  # a second mark on a line already found
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        spans.append((start, len(text) if end < 0 else end))
    return spans


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

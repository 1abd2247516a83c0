"""Task tables: the plan's assignment table, one row per task.

    TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
    1  | Rà soát … | Sở Nông nghiệp và Môi trường | Các sở, ngành | Xong trong tháng 5/2026

Rows arrive tab-separated (DOCX, PDF and markdown tables after normalisation) or with
" | " between cells (a pipe table without its outer bars). The header names the columns;
the bodies and deadlines extractors read the cells they need, with their offsets.
"""
from __future__ import annotations

import functools

import regex

from extractors.cells import Cell, cells_of

COLUMNS = {
    "task": regex.compile(r"(?i:nhiệm\s+vụ|nội\s+dung|công\s+việc|hoạt\s+động|giải\s+pháp|tên\s+(?:nhiệm\s+vụ|đề\s+án|dự\s+án))"),
    "lead": regex.compile(r"(?i:chủ\s+trì)"),
    "coordinate": regex.compile(r"(?i:phối\s+hợp)"),
    "time": regex.compile(r"(?i:thời\s+gian|thời\s+hạn|tiến\s+độ|hoàn\s+thành)"),
}
def _columns(cells: list[Cell]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        if len(cell.text) > 60:
            return {}
        lead, coordinate = COLUMNS["lead"].search(cell.text), COLUMNS["coordinate"].search(cell.text)
        if lead and not coordinate:
            found.setdefault("lead", i)
        elif coordinate and not lead:
            found.setdefault("coordinate", i)
        elif COLUMNS["time"].search(cell.text) and not lead:
            found.setdefault("time", i)
        elif COLUMNS["task"].search(cell.text):
            found.setdefault("task", i)
    return found if "task" in found and ("lead" in found or "time" in found) else {}


def task_rows(text: str) -> list[dict[str, Cell]]:
    """Each row of each task table, as {column: Cell} for the columns it has."""
    return [dict(row) for row in _task_rows(text)]


@functools.lru_cache(maxsize=2)  # read by the bodies and the deadlines extractors: once per text
def _task_rows(text: str) -> tuple[dict[str, Cell], ...]:
    rows: list[dict[str, Cell]] = []
    columns: dict[str, int] = {}
    width = 0
    for m in regex.finditer(r"[^\n]+", text):
        cells = cells_of(m.group(), m.start())
        if len(cells) < 3:
            if not m.group().strip().startswith(("(", "|")):
                columns = {}  # a line of prose ends the table
            continue
        header = _columns(cells)
        if header:
            columns, width = header, len(cells)
            continue
        if columns and abs(len(cells) - width) <= 1 and columns["task"] < len(cells):
            rows.append({name: cells[i] for name, i in columns.items() if i < len(cells) and cells[i].text})
    return tuple(rows)


def row_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the task tables' rows (for prose rules to leave alone)."""
    spans = []
    for row in task_rows(text):
        cells = list(row.values())
        spans.append((min(c.start for c in cells), max(c.end for c in cells)))
    return spans

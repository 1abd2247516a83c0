"""Cells of a table line, with their offsets: tab-separated (DOCX, PDF and markdown tables
after normalisation) or " | " between cells (a pipe table without its outer bars)."""
from __future__ import annotations

from dataclasses import dataclass

import regex

SEPARATOR = regex.compile(r"\t|[ \t]+\|[ \t]*|[ \t]*\|[ \t]+")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


def cells_of(line: str, offset: int) -> list[Cell]:
    """The cells of one table line, with their offsets in the text."""
    cells, pos = [], 0
    for m in list(SEPARATOR.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(offset + pos + lead, offset + pos + len(raw.rstrip()), raw.strip()))
        pos = m.end() if m else len(line)
    return cells

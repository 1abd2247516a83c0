"""Grid tables of pandoc's markdown to one tab-separated line per row.

    +-----+----------------------------+-------------+
    | TT  | Nhiệm vụ                   | Cơ quan chủ |
    |     |                            | trì         |
    +=====+============================+=============+
    | 1   | Rà soát quy hoạch cây xanh | Sở Xây dựng |
    |     | đô thị                     |             |
    +-----+----------------------------+-------------+
    | II. NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH          |
    +-----+----------------------------+-------------+

`pandoc -t markdown` writes a table whose cells wrap over lines so: rule lines of "+" and "-" (or "=" under the
header), and between them a row's lines, its cells between bars at the rule's "+" places, each cell wrapped inside
its column. A row merged over columns (pandoc 3) has no bar where its cells join. Each row becomes one line, its
cells between tabs, a cell's lines joined by spaces; the rule lines go; every character keeps its offset (see
`normalise.rewrite`).
"""
from __future__ import annotations

import regex

from pipeline.aligned import _Span  # a table's span as `normalise.rewrite` reads a match

RULE = regex.compile(r"\+(?:[-=:]+\+)+[ \t]*")
BARS = regex.compile(r"\|[^\n]*\|[ \t]*")


class GridTables:
    """The grid tables of a text, for `normalise.rewrite`: `finditer` gives each table's span, `pieces` its rendering."""

    def __init__(self, text: str):
        self.blocks: dict[int, tuple[int, list]] = {}
        lines, pos = [], 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            if not RULE.fullmatch(lines[i][1]):
                i += 1
                continue
            j = i + 1
            edges = [k for k, ch in enumerate(lines[i][1]) if ch == "+"]
            while j < len(lines) and (RULE.fullmatch(lines[j][1]) or BARS.fullmatch(lines[j][1])
                                      or _boundary(lines[j][1], edges) is not None):
                j += 1
            while j > i + 1 and not RULE.fullmatch(lines[j - 1][1]):
                j -= 1  # the table ends on a rule line
            pieces = _pieces(lines[i:j])
            if pieces:
                start, end = lines[i][0], lines[j - 1][0] + len(lines[j - 1][1])
                self.blocks[start] = (end, pieces)
            i = max(j, i + 1)

    def finditer(self, text: str):
        return (_Span(start, end) for start, (end, _) in sorted(self.blocks.items()))

    def pieces(self, match: _Span) -> list:
        return self.blocks[match.start()][1]


def _boundary(line: str, edges: list[int]) -> list[bool] | None:
    """For a rule line, full or partial, which columns it closes; None for a line of text. A cell merged over rows
    (pandoc 3's rowspan) goes on through the rule under the row, its text or blanks in place of the dashes
    ("|             +-------+" under "| Temperature | min   |")."""
    if RULE.fullmatch(line):
        return [True] * (len(edges) - 1)
    if "+" not in line or not all(e < len(line) and line[e] in "+|" for e in edges):
        return None
    closed = [bool(regex.fullmatch(r"[-=:]+", line[a + 1:b])) and line[a] == line[b] == "+" for a, b in zip(edges, edges[1:])]
    return closed if any(closed) else None


def _pieces(lines: list[tuple[int, str]]) -> list | None:
    """The pieces of a grid table's lines (offset, line), its first and last a rule; None where it has no row."""
    rule = lines[0][1]
    edges = [k for k, ch in enumerate(rule) if ch == "+"]
    rows: list[list[tuple[int, str]]] = []
    # after each row: the columns its rule closes, and the text of the cells merged over rows that go on through it
    rules: list[tuple[list[bool], tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for at, line in lines[1:]:
        closed = _boundary(line, edges)
        if closed is not None:
            if current:
                rows.append(current)
                rules.append((closed, (at, line)))
            current = []
        else:
            current.append((at, line))
    if not rows or len(edges) < 3:
        return None
    owner = [0] * (len(edges) - 1)  # the row whose cell a column's text belongs to (a rowspan: a row above)
    cells: list[list[tuple[int, list]]] = []  # per row: (column, its parts (offset, line, a, b)) of the cells it opens
    for r, row in enumerate(rows):
        # the bars of this row: the rule's places where every line of the row has one (none where cells merge)
        bars = [e for e in edges if all(e < len(line) and line[e] == "|" for _, line in row)]
        ends = {len(line.rstrip()) - 1 for _, line in row}
        if len(ends) == 1 and ends.pop() not in bars:  # a merged row padded off the rule's end: its own last bar
            bars = [e for e in bars if e < len(row[0][1].rstrip()) - 1] + [len(row[0][1].rstrip()) - 1]
        if len(bars) < 2:
            return None
        opened: list[tuple[int, list]] = []
        for a, b in zip(bars, bars[1:]):
            c = edges.index(a) if a in edges else 0
            parts = [(at, line, a, b) for at, line in row]
            above = [p for k, p in cells[owner[c]] if k == c] if owner[c] < r else []
            if above:  # the rest of a cell merged from a row above: this row's cell there is empty
                above[0].extend(parts)
                opened.append((c, []))
            else:
                opened.append((c, parts))
        cells.append(opened)
        if r < len(rules):
            closed, (at, line) = rules[r]
            for c, shut in enumerate(closed):
                if shut:
                    owner[c] = r + 1
                elif line[edges[c] + 1:edges[c + 1]].strip():
                    found = [p for k, p in cells[owner[c]] if k == c]
                    if found:
                        found[0].append((at, line, edges[c], edges[c + 1]))
    pieces: list = []
    for r, opened in enumerate(cells):
        if r:
            pieces.append("\n")
        for k, (_, parts) in enumerate(opened):
            if k:
                pieces.append("\t")
            first = True
            for at, line, a, b in parts:
                part = line[a + 1:b]
                if not part.strip():
                    continue
                lead = len(part) - len(part.lstrip())
                if not first:
                    pieces.append(" ")
                pieces.append((at + a + 1 + lead, at + a + 1 + len(part.rstrip())))
                first = False
    return pieces

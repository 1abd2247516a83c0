"""Where each header cell sits when a table's rows lost their spans.

A crawled table (and some tab rows) keeps each header cell once, in the row it starts in, with
no trace of how many columns or rows it spans::

    STT | Nội dung | Đơn vị tính | Năm hiện hành 2025 | Năm 2026 | Năm 2027 | Năm 2028
    Kế hoạch | Ước thực hiện
    1 | 2 | 3 | 4 | 5 | 6 | 7 | 8

The width (8, from the column-number row or the data rows) and the cell counts (7, 2) say how
many top cells are groups over cells of the row below (7 + 2 - 8 = 1) but not which, nor how
many cells each takes. Every way to lay the header out that fills the width exactly is weighed
by what the cells say, and the best one is taken (the leftmost of equals):

- a cell that names a column of its own kind (the number, the indicator, the task, the unit,
  the notes) spans down, it groups nothing, nor does the first column after the number (what
  names the rows);
- a group with a year or a period over cells with years takes only years inside it ("ƯTH năm
  2025" is no group over "Năm 2026"; "Giai đoạn 2026 - 2030" is);
- cells under one group are alike: all years or none ("Năm hiện hành 2025" over "Dự toán",
  "Đánh giá thực hiện"; "Dự kiến 03 năm kế hoạch" over "Năm 2026" … "Năm 2028");
- a group header word ("Kế hoạch", "Giai đoạn", "Chia ra") or a year marks a likely group;
  groups side by side with the same cells under them ("Lượng | Giá trị" under each year) are
  likely.
"""
from __future__ import annotations

import itertools

import regex

from extractors.tables import patterns as P

# Roles whose column a header cell names on its own: such a cell spans the header's rows.
OWN_COLUMN = ("number", "unit", "indicator", "task")
MAX_LAYOUTS = 5000  # layouts weighed at most (a header too wide to weigh keeps its rows as they are)
MAX_CELLS = 24
YEARS = regex.compile(r"(?<!\d)20\d\d(?!\d)")


def _role(text: str) -> str | None:
    return next((role for role, pattern in P.COLUMN_ROLES if pattern.search(text)), None)


def _splits(parents: int, children: int, groups: int):
    """Child counts for `parents` cells: `groups` of them take one cell or more, in order,
    `children` in all; the others take none."""
    if groups < 1 or groups > min(parents, children):
        return
    for chosen in itertools.combinations(range(parents), groups):
        for cuts in itertools.combinations(range(1, children), groups - 1):
            bounds = (0,) + cuts + (children,)
            counts = [0] * parents
            for k, p in enumerate(chosen):
                counts[p] = bounds[k + 1] - bounds[k]
            yield counts


def _plans(sizes: list[int], width: int):
    """Child counts per header row but the last, for every layout of `sizes` cells a row that
    leaves exactly `width` columns (each cell with no children is one column's bottom)."""
    if len(sizes) == 2:
        yield from ([c] for c in _splits(sizes[0], sizes[1], sizes[0] + sizes[1] - width))
    elif len(sizes) == 3:
        total = sizes[0] + sizes[1] + sizes[2] - width
        for g0 in range(1, total):
            if not 1 <= total - g0 <= min(sizes[1], sizes[2]):
                continue
            for c0 in _splits(sizes[0], sizes[1], g0):
                for c1 in _splits(sizes[1], sizes[2], total - g0):
                    yield [c0, c1]


def _score(rows: list[list[str]], plan: list[list[int]]) -> float:
    score = 0.0
    for k, counts in enumerate(plan):
        pos = 0
        previous: list[str] | None = None
        for i, n in enumerate(counts):
            children = rows[k + 1][pos:pos + n]
            pos += n
            if not n:
                previous = None
                continue
            group = rows[k][i]
            if _role(group) in OWN_COLUMN or P.LEAF_HEADER.match(group):
                score -= 10
            if k == 0 and (i == 0 or i == 1 and _role(rows[0][0]) == "number"):
                score -= 5  # the row's name (after its number) spans the header's rows
            own = [int(y) for y in YEARS.findall(group)]
            years = [[int(y) for y in YEARS.findall(c)] for c in children]
            if own and any(y < min(own) or y > max(own) for ys in years for y in ys):
                score -= 10  # "ƯTH năm 2025" over "Năm 2026"
            if any(years) and not all(years):
                score -= 1
            if own or P.GROUP_HEADER.search(group):
                score += 1
            if n == 1:
                score -= 1
            if previous is not None and previous == children:
                score += 1
            previous = children
    return score


def crawled_layout(rows: list[list], width: int) -> list[list] | None:
    """The header `rows` (each its filled cells, top first) laid over `width` columns: one row
    of `width` entries per header row, each the cell over that column in that row or None
    (a cell above spans down into it). None where no layout fills the width."""
    texts = [[c.text for c in r] for r in rows]
    sizes = [len(r) for r in rows]
    if len(rows) not in (2, 3) or min(sizes) < 1 or max(sizes) > MAX_CELLS:
        return None
    best, seen = None, 0
    for plan in _plans(sizes, width):
        seen += 1
        if seen > MAX_LAYOUTS:
            return None
        score = _score(texts, plan)
        if best is None or score > best[0]:
            best = (score, plan)
    if best is None or best[0] <= -5:
        return None
    plan = best[1]
    columns: list[list] = []  # each column's cells, top down

    def place(level: int, index: int, above: list) -> None:
        cell = rows[level][index]
        if level == len(rows) - 1 or not plan[level][index]:
            columns.append(above + [cell] + [None] * (len(rows) - level - 1))
            return
        first = sum(plan[level][:index])
        for j in range(first, first + plan[level][index]):
            place(level + 1, j, above + [cell])

    for i in range(len(rows[0])):
        place(0, i, [])
    if len(columns) != width:
        return None
    return [[col[k] for col in columns] for k in range(len(rows))]

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
  likely;
- parts of a year ("6 tháng | Cả năm") split the header's latest year, the year the plan is for
  ("Kế hoạch năm 2027" beside "Thực hiện năm 2025", "Ước thực hiện năm 2026"; k20).

Where the cells leave it open (two cells with units side by side, either of which could be
the group), the body rows below the header, when given, say which (s35c):

- the values under one group are of one kind: figures, or words and dates, not both ("Tổng số |
  Quân đội | Công an" over 46 | 41 | 5 and not over 41 | 5 | "04/3/2027");
- a group with a total among its cells ("Tổng số | Xây mới | Sửa chữa") is the one whose
  total is the sum of the others row after row (168 = 131 + 37);
- the values of one measure over years stay of one size ("Số chuyến" over 2027 | 2028: 64 |
  72, not 32 | 64 over "Chiều dài tuyến (km)" beside 72 | 8).
"""
from __future__ import annotations

import functools
import itertools

import regex

from extractors.tables import patterns as P

# Roles whose column a header cell names on its own: such a cell spans the header's rows.
OWN_COLUMN = ("number", "unit", "indicator", "task")
MAX_LAYOUTS = 5000  # layouts weighed at most (a header too wide to weigh keeps its rows as they are)
MAX_CELLS = 24
YEARS = regex.compile(r"(?<!\d)20\d\d(?!\d)")
# s35c: a body cell that is a figure ("1.195", "8,5", "≥ 95", "12%"), and a cell that holds nothing to weigh
FIGURE = regex.compile(r"(?:[<>≤≥]=?\s*)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*%?")
BLANK = regex.compile(r"[\s\-–—.*x]*")
# a header cell over the sum of its siblings: "Tổng số", "Tổng cộng", "Cộng", "Cả giai đoạn", "Tổng giai đoạn"
TOTAL_CHILD = regex.compile(r"(?i:tổng\s+số|tổng\s+cộng|tổng|cộng|cả\s+giai\s+đoạn|tổng\s+giai\s+đoạn)")
BODY_ROWS = 20  # body rows weighed at most


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


def _figure(text: str) -> float | None:
    m = FIGURE.fullmatch(text.strip())
    return float(m.group("num").replace(".", "").replace(",", ".")) if m else None


def _leaves(sizes: list[int], plan: list[list[int]]) -> dict[tuple[int, int], tuple[int, int]]:
    """Each header cell's columns (first, past the last) in the layout `plan`, keyed by (row, index)."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    col = 0

    def walk(level: int, index: int) -> None:
        nonlocal col
        first = col
        if level == len(sizes) - 1 or not plan[level][index]:
            col += 1
        else:
            below = sum(plan[level][:index])
            for j in range(below, below + plan[level][index]):
                walk(level + 1, j)
        out[(level, index)] = (first, col)

    for i in range(sizes[0]):
        walk(0, i)
    return out


@functools.lru_cache(maxsize=4096)  # a group over the same columns comes again in many layouts
def _body_score(children: tuple[str, ...], spans: tuple[tuple[int, int], ...], body: tuple[tuple[str, ...], ...]) -> float:
    """What the body rows say of one group over `children` (their header texts, their columns `spans`)."""
    kinds_mixed = totals = rows_with_total = series_apart = series_rows = 0
    weighed = 0
    total = next((k for k, c in enumerate(children) if TOTAL_CHILD.fullmatch(c.strip(" *:"))), None)
    # a unit's column under a group ("Chỉ tiêu" over "ĐVT | Số lượng") holds words beside figures
    units = {k for k, c in enumerate(children) if _role(c) == "unit"}
    series = all(YEARS.search(c) for k, c in enumerate(children) if k != total) and len(children) - (total is not None) >= 2
    for row in body:
        cells = [[row[j] for j in range(a, b)] for a, b in spans]
        values = [[_figure(t) for t in texts] for texts in cells]  # each cell's figure, read once
        figures = [f for k, texts in enumerate(cells) if k not in units
                   for t, f in zip(texts, values[k]) if not BLANK.fullmatch(t)]  # the cells weighed, a unit's column aside
        if len(figures) < 2:
            continue
        weighed += 1
        if any(f is None for f in figures) and any(f is not None for f in figures):
            kinds_mixed += 1
        if total is not None and len(children) >= 3 and len(values[total]) == 1 and values[total][0] is not None:
            parts = [v for k, vs in enumerate(values) if k != total for v in vs]
            if parts and all(v is not None for v in parts):
                rows_with_total += 1
                totals += abs(sum(parts) - values[total][0]) <= max(1.0, 0.005 * values[total][0])
        if series:
            own = [v for k, vs in enumerate(values) if k != total for v in vs if v is not None and v > 0]
            if len(own) >= 2:
                series_rows += 1
                series_apart += max(own) > 4 * min(own)
    score = 0.0
    if weighed and kinds_mixed * 2 > weighed:
        score -= 6  # figures beside words or dates under one group
    if rows_with_total >= 2 and totals * 2 > rows_with_total:
        score += 3  # the total is the sum of the others
    if series_rows >= 2 and series_apart * 2 > series_rows:
        score -= 3  # one measure's values over years far apart
    return score


def _score(rows: list[list[str]], plan: list[list[int]], body: tuple[tuple[str, ...], ...] = ()) -> float:
    score = 0.0
    spans = _leaves([len(r) for r in rows], plan) if body else {}
    latest = [max((int(y) for c in r for y in YEARS.findall(c)), default=0) for r in rows]
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
            if (_role(group) in OWN_COLUMN and not (_role(group) == "indicator" and P.UNIT_IN_HEADER.search(group))
                    or P.LEAF_HEADER.match(group)):
                # (s35c: "Chỉ tiêu giao quân (công dân)", an indicator's word with a unit, heads the quotas themselves,
                # as `_columns` reads it: it may group "Tổng số | Quân đội | Công an")
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
            if own and max(own) == latest[k] and all(P.PART_OF_YEAR.fullmatch(c.strip(" *:")) for c in children):
                score += 0.5  # k20: parts of a year ("6 tháng | Cả năm") split the year the plan is for, the row's latest
                # ("Thực hiện năm 2025 | Ước thực hiện năm 2026 | Kế hoạch năm 2027": under 2027), a crawl's tie broken
            if n == 1:
                score -= 1
            if previous is not None and previous == children:
                score += 1
            previous = children
            if body and n >= 2:
                first = pos - n
                score += _body_score(tuple(children), tuple(spans[(k + 1, j)] for j in range(first, pos)), body)
    return score


def crawled_layout(rows: list[list], width: int, body: list[list[str]] = ()) -> list[list] | None:
    """The header `rows` (each its filled cells, top first) laid over `width` columns: one row
    of `width` entries per header row, each the cell over that column in that row or None
    (a cell above spans down into it). None where no layout fills the width. `body`: the texts of
    body rows of the full width, to weigh layouts the header's cells leave open."""
    texts = [[c.text for c in r] for r in rows]
    body = tuple(tuple(r) for r in body if len(r) == width)[:BODY_ROWS]
    sizes = [len(r) for r in rows]
    if len(rows) not in (2, 3) or min(sizes) < 1 or max(sizes) > MAX_CELLS:
        return None
    best, seen = None, 0
    for plan in _plans(sizes, width):
        seen += 1
        if seen > MAX_LAYOUTS:
            return None
        score = _score(texts, plan, body)
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

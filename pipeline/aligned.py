"""Space-aligned text tables (`pdftotext -layout` style) to one tab-separated line per row.

    TT        Nhiệm vụ                      Cơ quan chủ trì      Thời gian thực hiện
         Rà soát quy hoạch xây dựng và
    1    phát triển hệ thống cây xanh       Sở Xây dựng          Năm 2025
         đô thị Ninh Bình.

A header line names three columns or more with the table words of `extractors.tables`; the lines
under it, up to a blank line, are its body. Columns are split where the body lines leave the
page blank between two header names; rows are found from the numbers in the first column:
a cell's text is centred on its row's number (or starts on it, when the first number sits on
the first line), so each row spans as far below its number as above. Each row becomes one line,
its cells between tabs, a cell's wrapped lines joined by spaces; every character keeps its
offset (see `normalise.rewrite`).
"""
from __future__ import annotations

import bisect
import itertools

import regex

from extractors.tables.patterns import HEADER_WORD, NUMBER_HEADER
from pipeline.pages import FORM_FEED, PAGE_NUMBER

GAP = regex.compile(r" {2,}")
# A row's number in the first column: "1", "2.", "IV"; "(1)" of the column-numbering row under a header.
ROW_NUMBER = regex.compile(r"\d{1,3}\.?|[IVX]{1,5}\.?|\(\d{1,2}\)|20\d\d")  # a year: the row of a table with years down
# The header of a table with the years down its rows: "Năm" over the years, an indicator over each other column
# ("Năm   Tỷ lệ che phủ rừng (%)   Diện tích trồng rừng mới (ha)").
YEARS_DOWN = regex.compile(r"(?i:năm|lộ\s+trình)")
# A header line of units alone, under the names they belong to: "(ha)", "(%)   (tỷ đồng)"; a unit wrapped in a narrow
# column opens on one line and closes on the next ("(đơn vị" over "máu)"), beside the whole ones.
UNIT_LINE = regex.compile(r"\([^()\d]{1,20}\)")
UNIT_PART = regex.compile(r"\([^()\d]{1,20}|[^()\d]{1,20}\)")
# A phase heading on a line of its own in a table: "Giai đoạn 2026 - 2027", "GIAI ĐOẠN 2028 - 2030", "Năm 2026".
PHASE_LINE = regex.compile(r"(?:Giai\s+đoạn|GIAI\s+ĐOẠN|Năm|NĂM)\s+20\d\d(?:\s*[-–]\s*20\d\d)?:?")
# A cell that is a value only ("1.200", "42,5", "≥ 95%"): a second one in a column starts a row of its own.
VALUE_ONLY = regex.compile(r"(?:[<>≥≤]=?\s*)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?")
DIGIT = regex.compile(r"\d")
LETTER = regex.compile(r"\p{L}")
# A column's year in a header line under a name over several columns: "2026", "Năm 2026".
YEAR_NAME = regex.compile(r"(?i:(?:năm\s+)?20\d\d)")
# The second line of a wrapped header name: "Cơ quan⏎chủ trì", "Đơn vị⏎phối hợp", "Thời gian⏎hoàn thành"; a span's total
# in a narrow column, "Cả giai⏎đoạn", "Cả⏎giai đoạn" (s32b).
HEADER_END = regex.compile(r"(?i:chủ\s+trì|phối\s+hợp|hoàn\s+thành|thực\s+hiện|tính|trì|(?:giai\s+)?đoạn)")


def _cells(line: str) -> list[tuple[int, int]]:
    """Spans of the text runs of a line separated by 2+ spaces."""
    spans, pos = [], 0
    for m in list(GAP.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        if line[pos:end].strip():
            lead = len(line[pos:end]) - len(line[pos:end].lstrip())
            spans.append((pos + lead, end))
        pos = m.end() if m else len(line)
    return spans


def is_header(line: str) -> bool:
    if "\t" in line or len(GAP.findall(line.strip())) < 2:
        return False
    cells = [line[s:e] for s, e in _cells(line)]
    if len(cells) >= 3 and YEARS_DOWN.fullmatch(cells[0]) and all(LETTER.search(c) and not DIGIT.search(c) for c in cells[1:]):
        return True  # the years down the rows, an indicator over each column
    if len(cells) >= 4 and NUMBER_HEADER.fullmatch(cells[0]) and any(HEADER_WORD.search(c) for c in cells[1:]) \
            and not any(DIGIT.search(c) for c in cells):
        return True  # the number column and the names' column beside what is counted: "TT  Đơn vị  Công trình  Đoàn viên"
    return len(cells) >= 3 and sum(1 for c in cells if HEADER_WORD.search(c)) >= 3


def _header_continues(line: str) -> bool:
    """A line under a header line that goes on with its names ("chủ trì", "phối hợp",
    "hoàn thành"): short runs, a table word among them, no number; or the years of the columns
    under a name above them ("2026   2027   2028" under "Mục tiêu")."""
    runs = [line[s:e] for s, e in _cells(line)]
    if len(runs) >= 2 and all(YEAR_NAME.fullmatch(r.strip()) for r in runs):
        return True
    if runs and all(UNIT_LINE.fullmatch(r.strip()) for r in runs):
        return True  # the units of the names above: "(ha)"
    if runs and any(UNIT_LINE.fullmatch(r.strip()) for r in runs) and all(
            UNIT_LINE.fullmatch(r.strip()) or UNIT_PART.fullmatch(r.strip()) for r in runs):
        return True  # and a unit's part wrapped on it: "(công trình)   (đoàn viên)   máu)"
    years = [r for r in runs if YEAR_NAME.fullmatch(r.strip())]
    rest = [r for r in runs if not YEAR_NAME.fullmatch(r.strip())]
    if len(runs) >= 2 and years and rest and all(len(r) <= 30 and not DIGIT.search(r) for r in rest) and all(
            HEADER_WORD.search(r) or HEADER_END.fullmatch(r.strip()) for r in rest):
        return True  # a wrapped name's end beside the years of the names above: "tính   năm 2025   năm 2026"
    return bool(runs) and all(len(r) <= 30 and not DIGIT.search(r) for r in runs) and any(
        HEADER_WORD.search(r) or HEADER_END.fullmatch(r.strip()) for r in runs)


def _header_columns(headers: list[tuple[int, str]]) -> tuple[list, list[list[tuple[int, int, int]]]]:
    """The header lines' names as groups and columns, each name (line, start, end) in its line:
    a group is a name over two names or more of one line below it ("Mục tiêu" over "2026 | 2027",
    "Cơ quan thực hiện" over "Chủ trì | Phối hợp"); every other name is a column's, and names over
    each other are one column's ("Cơ quan" over "chủ trì"). Each group comes with the names under it."""
    names = [(k, s, e) for k, (_, line) in enumerate(headers) for s, e in _cells(line)]
    groups, leaves = [], []
    for k, s, e in names:
        # the names of a line below centred between the names beside this one in its own line
        left = max((e2 for j, _, e2 in names if j == k and e2 <= s), default=-1)
        right = min((s2 for j, s2, _ in names if j == k and s2 >= e), default=10 ** 6)
        below = [(j, s2, e2) for j, s2, e2 in names if j > k and left < (s2 + e2) / 2 < right]
        lines_below = [j for j, _, _ in below]
        # a group sits over its names: one of them at least is under it (a name centred on the height of
        # a wrapped header, "TT" beside "Tên đơn vị / được kiểm tra", is under no name of the line above)
        # and is centred over them (a name of a cell centred on a taller header's height, "Cơ quan⏎chủ trì" beside
        # "TT", "Nhiệm vụ" on the line below, is over none of them)
        if any(lines_below.count(j) >= 2 for j in set(lines_below)) and any(s2 < e and e2 > s for _, s2, e2 in below) \
                and _centred_over((s, e), below):
            groups.append(((k, s, e), below))
        else:
            leaves.append((k, s, e))
    columns: list[list[tuple[int, int, int]]] = []
    for name in sorted(leaves, key=lambda n: n[1]):
        if columns and name[1] < max(n[2] for n in columns[-1]) and name[2] > min(n[1] for n in columns[-1]):
            columns[-1].append(name)
        else:
            columns.append([name])
    return groups, columns


def _centred_over(name: tuple[int, int], under: list[tuple[int, int]]) -> bool:
    """A header name over the names under it (line, start, end): its centre near their middle (a quarter of
    their width off at most), or it starts where the first of them starts (a cell's text aligned left,
    "Năm 2025" over "Kế hoạch   Ước thực hiện"), unless names on two lines under it start there: a name
    wrapped over three lines ("Thời gian⏎dự kiến⏎hoàn thành" beside a "Kết quả dự kiến" centred on them)."""
    lo, hi = min(s for _, s, _ in under), max(e for _, _, e in under)
    if abs((name[0] + name[1]) / 2 - (lo + hi) / 2) <= max(4, (hi - lo) / 4):
        return True
    return abs(name[0] - lo) <= 2 and len({k for k, s, _ in under if abs(s - name[0]) <= 1}) < 2


def _boundaries(names: list[tuple[int, int]], body: list[str]) -> list[int]:
    """Where each column after the first starts: between two header names (`names`, the span
    of each column's name), the position the body lines use least (blank in all of them, as a rule)."""
    centres = [(s + e) / 2 for s, e in names]
    width = max([len(line) for line in body] + [e for _, e in names])
    used = [0] * (width + 1)
    for line in body:
        for x, ch in enumerate(line):
            if ch != " ":
                used[x] += 1
    out = []
    for (a, b), (name_a, name_b) in zip(zip(centres, centres[1:]), zip(names, names[1:])):
        between = _gap_before(used, name_a[1], name_b[0])
        if between is not None:  # the body leaves blank some of the header's own gap: the column starts after it
            out.append(between)
            continue
        lo, hi = int(a) + 1, int(b)
        if hi <= lo:
            return []
        best = min(used[lo:hi])
        run = [x for x in range(lo, hi) if used[x] == best]
        # the widest run of least-used positions; its end is where the next column starts
        groups: list[list[int]] = []
        for x in run:
            if groups and x == groups[-1][-1] + 1:
                groups[-1].append(x)
            else:
                groups.append([x])
        widest = max(groups, key=len)
        if best > max(1, len(body) // 10) or len(widest) < 2:
            return []  # no clear gap: not a table of columns
        out.append(widest[-1] + 1)
    return out


def _gap_before(used: list[int], end_a: int, start_b: int) -> int | None:
    """Where the column of the header name at `start_b` starts when the body lines leave two
    positions or more blank between the end of the name before it (`end_a`) and `start_b`: after
    the last such run (left-aligned values under a long name, "1.450" under "Ước thực hiện 2025").
    None where no body line leaves such a gap (a name centred over text wider than it)."""
    x = min(start_b, len(used)) - 1
    while x >= end_a:
        if used[x] == 0:
            run_end = x
            while x >= end_a and used[x] == 0:
                x -= 1
            if run_end - x >= 2:
                return run_end + 1
        x -= 1
    return None


def _rows(body: list[str], first_end: int, edges: list[int] | None = None) -> list[tuple[int, int]] | None:
    """(first, last) body line of each row, from the row numbers in the first column: a row starts
    on its number (the first number on the first line) or is centred on it. Where both can be, the
    one whose rows' first lines open the text of the widest column (`edges`) with a capital letter (a
    cell's text starts a sentence or a name; its wrapped lines go on in small letters)."""
    anchors = [i for i, line in enumerate(body) if ROW_NUMBER.fullmatch(line[:first_end].strip())]
    if not anchors:
        return None
    cells = lambda i: [body[i][x:y].strip() for x, y in zip(edges[1:], edges[2:])] if edges else []  # noqa: E731
    centred = _centred_rows(anchors, len(body), lambda i: any(cells(i)) and not any(CAPITAL_START.match(c) for c in cells(i)))
    if anchors[0] != 0:
        return centred
    on_top = [(a, (anchors[k + 1] - 1 if k + 1 < len(anchors) else len(body) - 1)) for k, a in enumerate(anchors)]
    if not edges or centred is None:
        return on_top
    widths = [sum(len(line[x:y].strip()) for line in body) for x, y in zip(edges, edges[1:])]
    col = max(range(1, len(widths)), key=widths.__getitem__, default=0)

    def opens(rows: list[tuple[int, int]]) -> int:
        return sum(1 for top, _ in rows if CAPITAL_START.match(body[top][edges[col]:edges[col + 1]].strip()))

    return centred if opens(centred) > opens(on_top) else on_top


CAPITAL_START = regex.compile(r"(?![IVXLC]+\b)\p{Lu}")  # not a Roman numeral ("Quý⏎IV-2025")


def _centred_rows(anchors: list[int], n: int, goes_on) -> list[tuple[int, int]] | None:
    """Rows centred on their numbers: a row of H lines has its number on line (H - 1) // 2, so it ends
    as far below its number as it starts above it, or one line further (an even H) where that line goes
    on with the cells' text (`goes_on`: no cell of it opens with a capital letter)."""
    rows: list[tuple[int, int]] = []
    top = 0
    for k, a in enumerate(anchors):
        nxt = anchors[k + 1] if k + 1 < len(anchors) else None
        if top > a:
            return None
        if nxt is None:
            bottom = n - 1
        else:
            bottom = min(2 * a - top, nxt - 1)
            if bottom + 1 < nxt and goes_on(bottom + 1):
                bottom += 1
        rows.append((top, bottom))
        top = bottom + 1
    return rows


def _group_runs(line: str, first_end: int) -> list[tuple[int, int]]:
    """The runs of a line that can open a row merged over the columns: one that starts inside the number
    column ("I. NÂNG CAO NHẬN THỨC …"), or the one after a lone row number there ("I    Hoàn thiện thể chế …").
    A cell of a later column starts after it (a tight layout's cells one space apart cross no number column)."""
    runs = _cells(line)
    if not runs or runs[0][0] >= first_end - 1:
        return []
    if len(runs) >= 2 and runs[0][1] <= first_end and ROW_NUMBER.fullmatch(line[runs[0][0]:runs[0][1]]):
        return runs[1:2]
    return runs[:1]


def _merged(line: str, bounds: list[int]) -> bool:
    """A row merged over the columns ("I. Kinh tế số" under "TT | Chỉ tiêu | Chủ trì", "I    Hoàn thiện thể
    chế, ban hành quy định …" over the columns after the number): a run of text from the number column
    (`_group_runs`) that runs on over a later column's edge, where a cell stops short of it."""
    return any(any(s < x - 1 and e > x + 1 for x in bounds) for s, e in _group_runs(line, bounds[0])) \
        and LETTER.search(line) is not None


def _spans_names(line: str, names: list[tuple[int, int]]) -> bool:
    """A line with a run of text from the number column (`_group_runs`) that starts before a header name's
    end and runs on over the whole of the next name: a row merged over the columns, which no column's
    cells can be (a cell under a name centred over it covers that name, never the one after it)."""
    if len(names) < 2:
        return False
    return any(s < a_end and s < b_start and e > b_end for s, e in _group_runs(line, names[1][0])
               for (_, a_end), (b_start, b_end) in zip(names, names[1:]))


def _rows_beside_merged(body: list[str], bounds: list[int]) -> list[tuple[int, int]] | None:
    """`_rows`, with each merged row (`_merged`, with the merged lines under it that have no number of
    their own) a row of its own that ends the rows above it."""
    edges = [0] + bounds + [10 ** 6]
    merged = [i for i, line in enumerate(body) if _merged(line, bounds)]
    if not merged:
        return _rows(body, bounds[0], edges)
    rows: list[tuple[int, int]] = []
    start = 0
    k = 0
    while k <= len(merged):
        m = merged[k] if k < len(merged) else len(body)
        if m > start:
            part = _rows(body[start:m], bounds[0], edges)
            if part is None:
                return None
            rows += [(a + start, b + start) for a, b in part]
        if m >= len(body):
            break
        last = m
        while k + 1 < len(merged) and merged[k + 1] == last + 1 and not ROW_NUMBER.fullmatch(body[last + 1][:bounds[0]].strip()):
            k += 1
            last += 1  # the merged row's text wraps on the next line
        rows.append((m, last))
        start = last + 1
        k += 1
    return rows


def _phase_rows(rows: list[tuple[int, int]], body: list[str]) -> list[tuple[int, int]]:
    """A phase written across the table on a line of its own ("Giai đoạn 2026 - 2027", "Năm 2028":
    a section row, merged over the columns, with no number) at the top or the bottom of a numbered
    row's lines is a row of its own, not words of that row's task."""
    out = []
    for top, bottom in rows:
        runs = [[body[i][s:e] for s, e in _cells(body[i])] for i in (top, bottom)]
        if top < bottom and len(runs[0]) == 1 and PHASE_LINE.fullmatch(runs[0][0]):
            out.append((top, top))
            top += 1
        if top < bottom and len(runs[1]) == 1 and PHASE_LINE.fullmatch(runs[1][0]):
            out += [(top, bottom - 1), (bottom, bottom)]
            continue
        out.append((top, bottom))
    return out


def _rows_of_their_own(rows: list[tuple[int, int]], body: list[str], edges: list[int]) -> list[tuple[int, int]]:
    """Rows without a number of their own ("Trong đó: nhà ở cho công nhân", "Sản lượng" under a
    crop named once): where a line gives a value in a column where a line above it in the same
    row already gave one, the row above ends and a new one starts (one cell holds one value)."""
    out = []
    for top, bottom in rows:
        start, seen = top, set()
        for i in range(top, bottom + 1):
            values = {col for col in range(1, len(edges) - 1) if VALUE_ONLY.fullmatch(body[i][edges[col]:edges[col + 1]].strip())}
            if values & seen and i > start:
                out.append((start, i - 1))
                start, seen = i, set()
            seen |= values
        out.append((start, bottom))
    return out


def table_pieces(text: str, start: int, lines: list[tuple[int, str]], breaks: dict[int, tuple[int, int]] | None = None) -> list | None:
    """The pieces (spans of `text` and new separators) that render the header line and body
    `lines` (offset, line) as tab-separated rows, or None where they are not a clear table.
    `breaks`: the page breaks the body runs over, by the index in `lines` of the line after each,
    with their span: each is kept as it is after the row it falls in."""
    header_at, header = lines[0]
    more = 1  # a header wrapped over lines: "Cơ quan" over "chủ trì"
    while more < len(lines) and _header_continues(lines[more][1]):
        more += 1
    headers = lines[:more]
    body = [line for _, line in lines[more:]]
    offsets = [at for at, _ in lines[more:]]
    if len(body) < 2:
        return None
    groups, columns = _header_columns(headers)
    if not groups and len(columns) <= len(_cells(header)):  # the first line names the columns; lines under it go on with their names
        columns = [[(0, s, e)] for s, e in _cells(header)]
    names = [(min(n[1] for n in c), max(n[2] for n in c)) for c in columns]
    # the merged rows' long runs over the columns' gaps say nothing of where the columns are
    bounds = _boundaries(names, ["" if _spans_names(line, names) else line for line in body])
    if not bounds:
        return None
    rows = _rows_beside_merged(body, bounds)
    if not rows:
        return None
    edges = [0] + bounds + [10 ** 6]
    rows = _rows_of_their_own(_phase_rows(rows, body), body, edges)

    def cell_pieces(line_at: int, line: str, col: int) -> list[tuple[int, int]]:
        a, b = edges[col], edges[col + 1]
        part = line[a:b]
        if not part.strip():
            return []
        lead = len(part) - len(part.lstrip())
        return [(line_at + a + lead, line_at + a + len(part.rstrip()))]

    pieces: list = []
    if groups:  # two header rows, as a merged header is read: a group once over its first column, then the names under it
        pieces += _header_rows(headers, groups, columns, edges)
    else:
        names: list[list[tuple[int, int]]] = [[] for _ in range(len(edges) - 1)]
        for line_at, line in headers:
            for s, e in _cells(line):  # a header name goes whole to the column under its centre
                names[bisect.bisect_right(edges, (s + e) / 2) - 1].append((line_at + s, line_at + e))
        for col, spans in enumerate(names):
            if col:
                pieces.append("\t")
            for k, span in enumerate(spans):
                pieces += [" ", span] if k else [span]
    pending = sorted((k - more, span) for k, span in (breaks or {}).items())
    for top, bottom in rows:
        while pending and pending[0][0] <= top:
            pieces.append(pending.pop(0)[1])
        pieces.append("\n")
        if _merged(body[top], bounds):  # a merged row: each run whole, in the column where it starts
            cols: list[list[tuple[int, int]]] = [[] for _ in range(len(edges) - 1)]
            for i in range(top, bottom + 1):
                for s, e in _cells(body[i]):
                    cols[bisect.bisect_right(edges, s) - 1].append((offsets[i] + s, offsets[i] + e))
            last = max(c for c, spans in enumerate(cols) if spans)
            for col, spans in enumerate(cols[:last + 1]):
                if col:
                    pieces.append("\t")
                for k, span in enumerate(spans):
                    pieces += [" ", span] if k else [span]
            continue
        for col in range(len(edges) - 1):
            if col:
                pieces.append("\t")
            first = True
            for i in range(top, bottom + 1):
                spans = cell_pieces(offsets[i], body[i], col)
                if spans and not first:
                    pieces.append(" ")
                pieces += spans
                first = first and not spans
        while pending and pending[0][0] <= bottom:  # a break inside the row: after it
            pieces.append(pending.pop(0)[1])
    pieces += [span for _, span in pending]
    return pieces


def _header_rows(headers: list[tuple[int, str]], groups: list, columns: list, edges: list[int]) -> list:
    """The pieces of a header with groups over columns, as two rows: the first holds each group
    in the first column under it (the columns it also covers empty) and the names of the columns
    under no group; the second the names under the groups."""
    at = [line_at for line_at, _ in headers]
    covered: dict[int, tuple[int, int, int]] = {}
    for group, below in groups:
        for col, names in enumerate(columns):
            if any(name in below for name in names) and col not in covered:
                covered[col] = group
    top: list[list] = [[] for _ in columns]
    under: list[list] = [[] for _ in columns]
    for col, names in enumerate(columns):
        group = covered.get(col)
        if group is not None:
            if all(covered.get(c) != group for c in range(col)):
                top[col].append((at[group[0]] + group[1], at[group[0]] + group[2]))
            under[col] += [(at[k] + s, at[k] + e) for k, s, e in names if k > group[0]]
        else:
            top[col] += [(at[k] + s, at[k] + e) for k, s, e in names]
    pieces: list = []
    for r, row in enumerate((top, under)):
        if r:
            pieces.append("\n")
        for col, spans in enumerate(row):
            if col:
                pieces.append("\t")
            for k, span in enumerate(spans):
                pieces += [" ", span] if k else [span]
    return pieces


PAGE_NUMBER_LINE = regex.compile(r"\s*\d{1,3}\s*")


def _header_above(line: str, header: str) -> bool:
    """A line over a header line that starts its names: two short runs or more, no number, a table word among
    them, each over a name of the header ("Cơ quan      Thời gian" over "TT   Nhiệm vụ   chủ trì   dự kiến"),
    where the names of one line are centred on the header's height."""
    runs = _cells(line)
    below = _cells(header)
    return len(runs) >= 2 and _header_continues(line) and all(
        any(s < e2 and e > s2 for s2, e2 in below) for s, e in runs)


BREAK_LINES = 6  # lines of a page break: blank lines, the page number, the form feed
NEXT_PAGE_LINES = 4  # lines of the next page that show it goes on with the table's columns (a cell centred on its row can fill the first)


def _next_page(lines: list[tuple[int, str]], j: int, block: list[tuple[int, str]]) -> tuple[int, int, str] | None:
    """Where a table cut by a page break (`pdftotext -layout`: blank lines, the page number, a form feed
    before the next page's first line) goes on: (index, offset and text of the next page's first line,
    after its form feed), when the next page's first lines are rows of the same columns: one of them
    has two runs of text or more, two of them where runs of the table's lines start. None where no page
    break follows or the table ends (a paragraph's lines are one run; a header starts a table of its own)."""
    feed = False
    k = j
    while k < len(lines) and k - j < BREAK_LINES:
        at, line = lines[k]
        if FORM_FEED in line:
            feed = True
            cut = line.rindex(FORM_FEED) + 1
            at, line = at + cut, line[cut:]
        if line.strip() and not PAGE_NUMBER.match(line):
            break
        k += 1
    else:
        return None
    if not feed or k >= len(lines) or "\t" in line or is_header(line):
        return None
    starts = {s for _, row in block for s, _ in _cells(row)}
    page = [line] + [row for _, row in lines[k + 1:k + NEXT_PAGE_LINES]]
    for row in itertools.takewhile(lambda r: r.strip() and "\t" not in r and not is_header(r), page):
        runs = _cells(row)
        if len(runs) >= 2 and sum(1 for s, _ in runs if s in starts or s - 1 in starts or s + 1 in starts) >= 2:
            return k, at, line
    return None


class _Span:
    """A table's span, found by code rather than by a regex, as `normalise.rewrite` reads a match."""

    def __init__(self, start: int, end: int):
        self._span = (start, end)

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._span

    def start(self) -> int:
        return self._span[0]


class TableSpans:
    """The aligned tables of a text, for `normalise.rewrite`: `finditer` gives each table's span,
    `pieces` its rendering."""

    def __init__(self, text: str):
        lines = [(m.start(), m.group()) for m in regex.finditer(r"[^\n]*", text) if m.start() == 0 or text[m.start() - 1] == "\n"]
        self.blocks: dict[int, tuple[int, list]] = {}
        i = 0
        while i < len(lines):
            if not is_header(lines[i][1]):
                i += 1
                continue
            if i and (not self.blocks or max(self.blocks) < lines[i - 1][0]) and _header_above(lines[i - 1][1], lines[i][1]):
                i -= 1  # the header's first line: the tops of names wrapped over more lines than the names beside them
            j = i + 1
            block: list[tuple[int, str]] = []
            breaks: dict[int, tuple[int, int]] = {}
            while True:
                k = j
                while j < len(lines) and lines[j][1].strip() and "\t" not in lines[j][1] and FORM_FEED not in lines[j][1]:
                    j += 1
                part = lines[k:j]
                while part and PAGE_NUMBER.match(part[-1][1]) and len(part[-1][1]) - len(part[-1][1].lstrip()) > 20:
                    part = part[:-1]  # a page number under the table
                block += part if block else [lines[i]] + part
                on = _next_page(lines, j, block)
                if on is None:
                    break
                j, line_at, line = on  # the table goes on after the page break: rows of the same columns
                end = block[-1][0] + len(block[-1][1])
                breaks[len(block)] = (end, line_at)
                lines[j] = (line_at, line)
            pieces = table_pieces(text, block[0][0], block, breaks)
            if pieces:
                self.blocks[block[0][0]] = (block[-1][0] + len(block[-1][1]), pieces)
            i = j

    def finditer(self, text: str):
        return (_Span(start, end) for start, (end, _) in sorted(self.blocks.items()))

    def pieces(self, match: _Span) -> list:
        return self.blocks[match.start()][1]

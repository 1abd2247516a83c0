"""One table model for every shape a table reaches the normalised text in.

A table is rows of cells, each cell with its offsets in the normalised text. The shapes:

- delimited rows, one row a line: cells between tabs or " | ". DOCX, HTML and PDF tables
  (`pipeline.ingest`), markdown pipe tables and space-aligned text tables (`pipeline.normalise`,
  `pipeline.aligned`) all arrive this way;
- bar blocks, one cell a line: HTML tables as crawls deliver them, every cell opened by a line
  that is a lone "|" and every row closed by one (so a row ends where two bars meet)::

      |
      TT
      |
      Nhiệm vụ
      |
      |
      1
      |
      Rà soát …

- cell lines, one cell a line and nothing between (a DOCX or PDF table copied as text, a
  crawl that dropped the bars): a header of short column names opened by "TT"/"STT", each
  on its own line, then rows of as many lines, each opened by its ordinal::

      TT
      Chỉ tiêu
      Đơn vị tính
      Năm 2025
      1
      Tỷ lệ …
      %
      60

The model then reads what the rows say: the header (one or more rows at the top, repeated
where a table goes on over a page), the section rows inside ("I. Chỉ tiêu kinh tế",
"Giai đoạn 2026-2027": one content cell across the row), each column's name, role, year and
unit, and the caption above the table ("Đơn vị tính: tỷ đồng", "… năm 2026"). A header of
several rows that lost its spans (a crawl, an HTML rowspan, compact tab rows: "Năm hiện hành
2025" once over "Kế hoạch | Ước thực hiện") is laid out by `layout`; a row of column numbers
("1 | 2 | … | 8", "A | B | 1 | 2", "(1) (2) (3)") under it is furniture. Extractors read tables
through `tables_of(text)` only; none splits cells of its own.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace

import regex

from extractors.tables import patterns as P
from extractors.tables.layout import crawled_layout


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    kind: str = "data"  # "header" | "section" | "data"
    section: str | None = None  # the section row a data row sits under

    @property
    def start(self) -> int:
        return min((c.start for c in self.cells if c.text), default=self.cells[0].start)

    @property
    def end(self) -> int:
        return max((c.end for c in self.cells if c.text), default=self.cells[-1].end)

    def cell(self, index: int | None) -> Cell | None:
        """The cell in column `index`, or None where the row has none there or it is empty."""
        if index is None or index >= len(self.cells) or not self.cells[index].text:
            return None
        return self.cells[index]


@dataclass(frozen=True)
class Column:
    index: int
    name: str = ""  # the header cells above it, joined
    role: str | None = None  # see COLUMN_ROLES
    year: int | None = None  # "2026", "Năm 2026", "Kế hoạch 2026", "Mục tiêu đến năm 2030"
    unit: str | None = None  # "Kinh phí (triệu đồng)"
    parts: tuple[str, ...] = ()  # the header cells above it, top down ("Kế hoạch 2026", "Lượng (tấn)")


@dataclass(frozen=True)
class Table:
    shape: str  # "delimited" | "bars"
    rows: tuple[Row, ...]
    columns: tuple[Column, ...] = ()
    caption: str = ""  # the lines right above the table
    caption_year: int | None = None
    caption_unit: str | None = None
    start: int = 0
    end: int = 0
    spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)  # each row's span

    @property
    def data_rows(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.kind == "data")

    def column(self, role: str) -> int | None:
        """The index of the first column with `role`, or None."""
        return next((c.index for c in self.columns if c.role == role), None)


def tables_of(text: str) -> list[Table]:
    """Every table in `text`, in order."""
    return list(_tables_of(text))


@functools.lru_cache(maxsize=4)  # read by the targets, bodies and deadlines extractors: once per text
def _tables_of(text: str) -> tuple[Table, ...]:
    found = [_read(text, "delimited", rows) for block in _delimited_blocks(text) for rows in _split_at_headers(block)]
    found += [_read(text, "bars", rows) for block in _bar_blocks(text) for rows in _split_at_headers(block)]
    found += [_read(text, "lines", rows) for rows in _cell_line_blocks(text)]
    ordered = sorted((t for t in found if t is not None), key=lambda t: t.start)
    out: list[Table] = []
    for table in ordered:
        before = out[-1] if out else None
        if (before is not None and any(c.name for c in before.columns) and not any(r.kind == "header" for r in table.rows)
                and before.shape == table.shape and max(len(r.cells) for r in table.rows) == len(before.columns)
                and P.BETWEEN_PAGES.fullmatch(text[before.end:table.start])):
            table = _continued(before, table)  # the same table, on after a page break
        elif len(table.rows) < 2:
            continue  # one line of cells on its own: a table only where it goes on one before it
        out.append(table)
    return tuple(out)


def _split_at_headers(rows: list[tuple[Cell, ...]]) -> list[list[tuple[Cell, ...]]]:
    """Tables that follow each other with no line between: a new header (two cells or more
    that name column roles, unlike the first header) starts a new table."""
    parts: list[list[tuple[Cell, ...]]] = [[]]
    first = None
    for cells in rows:
        texts = tuple(c.text for c in cells)
        if (parts[-1] and len(parts[-1]) >= 2 and texts != first and _names_columns(cells) and _is_header(cells)
                and not _repeats(parts[-1][0], cells)):
            parts.append([])
        if not parts[-1]:
            first = texts
        parts[-1].append(cells)
    return [p for p in parts if len(p) >= 2 or len(rows) == 1]


def _names_columns(cells: tuple[Cell, ...]) -> bool:
    """Two cells or more name a column's role (other than the number's): short, with a role's words."""
    named = 0
    for c in cells:
        if c.text and len(c.text) <= 60 and P.ROLE_NAMED.search(c.text):
            named += 1
            if named == 2:
                return True
    return False


def _header_roles(cells: tuple[Cell, ...]) -> list[str | None]:
    return [next((r for r, p in P.COLUMN_ROLES if p.search(c.text)), None) if c.text and len(c.text) <= 60 else None
            for c in cells]


def _repeats(header: tuple[Cell, ...], cells: tuple[Cell, ...]) -> bool:
    """`cells` repeat `header` (a page or a section again under the table's header, worded
    otherwise or with its empty first cell lost in a crawl): aligned on the right, their column
    roles agree wherever both name one, on two columns or more."""
    if len(cells) > len(header):
        return False
    pairs = [(a, b) for a, b in zip(reversed(_header_roles(header)), reversed(_header_roles(cells))) if a and b]
    return len(pairs) >= 2 and all(a == b for a, b in pairs)


def _continued(before: Table, table: Table) -> Table:
    """A headerless table right after a page break: the rows go on under the table before it."""
    section = next((r.section for r in reversed(before.rows) if r.kind == "data"), None)
    rows = []
    for row in table.rows:
        if row.kind == "section":
            section = _plain(" ".join(c.text for c in row.cells if c.text))
            rows.append(row)
        else:
            rows.append(Row(row.cells, row.kind, section))
    return Table(table.shape, tuple(rows), before.columns, before.caption, before.caption_year, before.caption_unit,
                 table.start, table.end, table.spans)


# --- cells and rows of each shape ---------------------------------------------------------

def cells_of(line: str, offset: int) -> list[Cell]:
    """The cells of one delimited line, with their offsets in the text."""
    if "\t" not in line and "|" not in line:  # no separator (most lines): the line is one cell
        stripped = line.lstrip()
        return [Cell(offset + len(line) - len(stripped), offset + len(line.rstrip()), line.strip())]
    cells, pos = [], 0
    for m in list(P.SEPARATOR.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        cells.append(Cell(offset + pos + lead, offset + pos + len(raw.rstrip()), raw.strip()))
        pos = m.end() if m else len(line)
    return cells


@functools.lru_cache(maxsize=4)  # read by the table model and the time cells of deadlines: split once per text
def line_cells(text: str) -> tuple[tuple[int, str, tuple[Cell, ...]], ...]:
    """Each non-empty line of `text` as (its start, the line, its cells)."""
    out = []
    end = -1
    for line in text.split("\n"):  # (the matches of P.LINE)
        start, end = end + 1, end + 1 + len(line)
        if not line:
            continue
        if line == "|":  # a crawled table's bar alone on its line (most lines with a bar): no separator, one cell
            out.append((start, line, (Cell(start, start + 1, line),)))
        elif "\t" in line or "|" in line:
            out.append((start, line, tuple(cells_of(line, start))))
        else:  # no separator (most lines): the line is one cell, as `cells_of` reads it
            lead = len(line) - len(line.lstrip())
            out.append((start, line, (Cell(start + lead, start + len(line.rstrip()), line.strip()),)))
    return tuple(out)


def _delimited_blocks(text: str) -> list[list[tuple[Cell, ...]]]:
    """Runs of delimited lines (2+ cells); a short one-cell line between two of them is a
    section row ("I. Chỉ tiêu kinh tế" where a merged row lost its tabs), any other line ends
    the run."""
    blocks: list[list[tuple[Cell, ...]]] = []
    current: list[tuple[Cell, ...]] = []
    pending: list[tuple[Cell, ...]] = []
    after = 0  # where the line before ended
    for start, line, split in line_cells(text):
        if not current and (len(split) < 2 or not line.strip()):
            continue  # no run, and no row to open one (most lines): what the branches below do there is nothing
        if start > after + 1 and current:  # an empty line between: the run ended
            if _kept(current):
                blocks.append(current)
            current, pending = [], []
        after = start + len(line)
        cells = split if line.strip() else ()
        if len(cells) >= 2:
            if current:
                current += pending
            pending = []
            current.append(cells)
        elif current and len(cells) == 1 and not pending and _group_line(cells[0].text):
            pending = [cells]
        elif len(current) == 1 and len(cells) == 1 and not pending and unit_row(cells[0].text):
            current.append(cells)  # the unit's row under the header ("(triệu tấn)"): the table goes on below it
        else:
            if _kept(current):
                blocks.append(current)
            current, pending = [], []
    if _kept(current):
        blocks.append(current)
    return blocks


def unit_row(text: str) -> str | None:
    """The unit a one-cell row under a table's header states in brackets, of the units list ("(triệu tấn)", "(Đơn vị: tỷ
    đồng)": P.UNIT_ROW), else None (other words in brackets: "(kế hoạch)", "(tiếp theo)")."""
    m = P.UNIT_ROW.fullmatch(text.strip())
    if not m:
        return None
    from extractors.targets.patterns import UNIT_RE
    unit = _plain(m.group("unit"))
    return unit if UNIT_RE.fullmatch(" " + unit) else None


def _kept(rows: list[tuple[Cell, ...]]) -> bool:
    """Two rows or more; or one numbered row (the last row of a table, alone on the next page:
    `_tables_of` keeps it only where it goes on a table)."""
    return len(rows) >= 2 or len(rows) == 1 and bool(P.ORDINAL_CELL.fullmatch(rows[0][0].text))


BAR_LINE = regex.compile(r"(?m)^[ \t]*\|[ \t]*$")


def _bar_blocks(text: str) -> list[list[tuple[Cell, ...]]]:
    """Tables of lone "|" lines: the text between two bars is a cell, two bars with nothing
    between them close a row (or hold an empty cell: the header's width decides)."""
    if "|" not in text:
        return []  # (no bar: no bar line, and no scan of the text for one)
    # the matches of BAR_LINE, read from the lines `line_cells` split once per text (a lone bar, padded with spaces and
    # tabs only, is the whole of its line) instead of a scan of the text
    bars = [(start, start + len(line)) for start, line, _ in line_cells(text) if line.strip(" \t") == "|"]
    blocks: list[list[tuple[Cell, ...]]] = []
    tokens: list[Cell] = []
    pieces: list[tuple[Cell, ...]] = []  # the rows of the table's pieces above its group rows read so far (c22)
    blank = P.BLANK_LINE.search
    for k, ((_, a), (b, _)) in enumerate(zip(bars, bars[1:])):
        gap = text[a:b]
        cell = gap.strip()
        if cell and gap.count("\n") >= 2 and blank(gap):  # text after a blank line: the table ended at `a`…
            if tokens and tokens[-1].text and (_group_row_between(cell, text, bars, k + 1) or (
                    not pieces and "\n" not in cell and unit_row(cell) and all(t.text for t in tokens))):
                # (w23a: or the unit's row right under the header, "(triệu tấn)", a merged row the crawl sets apart)
                # …unless it is a group row the crawl set as a paragraph: a row of the table, one cell across, between
                # the rows of the piece above and those of the piece below (each piece cut into rows on its own: the
                # group row's cell is no cell of a row of the table's width)
                lead = len(gap) - len(gap.lstrip())
                pieces += _bar_rows(_page_lines_out(tokens)) + [(Cell(a + lead, a + lead + len(cell), cell),)]
                tokens = []
                continue
            if tokens:
                blocks.append(pieces + _bar_rows(_page_lines_out(tokens)))
            tokens, pieces = [], []
            continue
        if cell:
            lead = len(gap) - len(gap.lstrip())
            tokens.append(Cell(a + lead, a + lead + len(cell), cell))
        else:  # two bars with only white space between (an empty cell, a row's end)
            tokens.append(Cell(a + len(gap), a, ""))
    if tokens:  # the last bar: the table ended there
        blocks.append(pieces + _bar_rows(_page_lines_out(tokens)))
    return [rows for rows in blocks if len(rows) >= 2]


def _group_line(line: str) -> bool:
    """Whether a line of one cell between two rows of a delimited table is a row of it that groups the rows below: an
    ordinal section or a phase (P.SECTION_LINE), or an indicator named with its unit over its parts (P.MEASURED_GROUP_LINE)."""
    return P.SECTION_LINE.fullmatch(line) is not None or P.MEASURED_GROUP_LINE.fullmatch(line) is not None


def _group_row_between(line: str, text: str, bars: list[tuple[int, int]], k: int) -> bool:
    """c22: whether `line`, a paragraph of its own between a crawled table's row (closed by a bar) and the bar `k`, is a
    row of that table: a row whose cells after the first are empty loses them as a line's trailing tabs do, so a portal
    (or the crawl of a text) sets it as a paragraph between two pieces of the table, the piece below with no header.
    One line that a delimited table also keeps as its row (an ordinal section "I. Chỉ tiêu kinh tế", a phase, an
    indicator named with its unit "Tỷ lệ dân số được cấp nước sạch (%)"), and the row under it holds figures (a piece
    of the same table, not another table under its heading: that one opens with its header, names and years only)."""
    if "\n" in line or not _group_line(line):
        return False
    row: list[str] = []
    for (_, a), (b, _) in zip(bars[k:], bars[k + 1:]):
        cell = text[a:b].strip()
        if not cell or "\n\n" in text[a:b]:
            break
        row.append(cell)
    if row and P.ORDINAL_CELL.fullmatch(row[0]):
        row = row[1:]  # w23b: the row's number ("1" under "TT", right after the group row "A. Phát thanh"): its name is next
    return len(row) >= 2 and not P.VALUE_CELL.fullmatch(row[0]) and any(
        P.VALUE_CELL.fullmatch(c) and not BARE_YEAR.fullmatch(c) for c in row[1:])


def _page_lines_out(tokens: list[Cell]) -> list[Cell]:
    """The tokens of a bar block with the lines between two pages left out: where the header's cells come again
    right after a row's cells with no empty token between (the row's closing bar, a running line of the page
    head such as "Kế hoạch số 45/KH-UBND …", then the header repeated), the tokens beyond the header's width
    before it are that line; the row is closed there."""
    width = next((i for i, t in enumerate(tokens) if not t.text), len(tokens))
    head = [t.text for t in tokens[:width]]
    if width < 2 or not P.NUMBER_HEADER.fullmatch(head[0]):
        return tokens
    out: list[Cell] = []
    i, row_start = 0, 0
    while i < len(tokens):
        t = tokens[i]
        again = i > width and t.text == head[0] and [x.text for x in tokens[i:i + width]] == head
        if again and i - row_start > width and all(x.text for x in tokens[row_start:i]):
            out = out[:len(out) - (i - row_start - width)]  # the page's line: out
            out.append(Cell(t.start, t.start, ""))  # the row closed before it
        out.append(t)
        if not t.text:
            row_start = i + 1
        i += 1
    return out


def _bar_rows(tokens: list[Cell]) -> list[tuple[Cell, ...]]:
    """Rows of a bar block. Every row ends with an empty token (two bars meet), so no run of
    filled tokens is longer than the widest row: that run's length is the table's width. A row
    is then either that many tokens (empty cells among them) or a shorter run of filled ones
    (cells merged across), each followed by an empty token; of the ways to cut the block so,
    the one that leaves no filled token out and skips the fewest empty ones is taken."""
    n = len(tokens)
    run = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        run[i] = run[i + 1] + 1 if tokens[i].text else 0
    starts = [i for i in range(n) if run[i] and (i == 0 or not tokens[i - 1].text)]
    lengths = [run[i] for i in starts]
    repeated = [k for k in set(lengths) if lengths.count(k) >= 2]
    width = max(repeated or lengths or [0])
    # a row whose last cell is empty ("Ghi chú" left blank in most rows) ends in two empty tokens, its empty cell and
    # its close, so its filled run is one short: a longer run seen once is the width where such rows make it up again
    longest = max(lengths or [0])
    if longest > width and sum(1 for i in starts if _row_with_empty_last(tokens, i + run[i], longest - run[i])) >= 2:
        width = longest
    elif longest == width and starts and P.LEAF_HEADER.match(tokens[run[starts[0]] - 1 + starts[0]].text.strip(" *:")):
        # k20: …and where no row fills that column and the header spans a cell over two ("Kế hoạch năm 2027" over "6 tháng |
        # Cả năm"), no run is longer: most runs of the width then end in two empty tokens, the column one more (the block's
        # last row aside: its close is the block's last bar, the bar after its empty cell). Only under a header whose first
        # row ends with the notes ("Ghi chú"): two empty tokens are as often a row's close and the next row's empty first
        # cell (a total row with no ordinal: "|⏎|⏎TỔNG THU NSNN …")
        full = [i for i in starts if run[i] == width and i + width + 1 < n]
        if sum(1 for i in full if _row_with_empty_last(tokens, i + width, 1)) * 2 > len(full) >= 2:
            width += 1
    if width < 2:
        return []
    best = [0.0] * (n + 2)
    step = [0] * (n + 2)  # how many tokens the row starting here takes (0: skip one token)
    # the header's rows end before the first ordinal ("1", "A", "II"): a row opened by one, or a column-number row
    header_zone = next((k for k, t in enumerate(tokens) if P.ORDINAL_CELL.fullmatch(t.text)), n)
    for i in range(n - 1, -1, -1):
        options = []
        if i + width <= n and (i + width == n or not tokens[i + width].text):
            filled = sum(1 for t in tokens[i:i + width] if t.text)
            if filled:
                tie = _header_then_row(tokens, i, run[i], width) if i < header_zone else 0.0
                options.append((filled + best[min(n, i + width + 1)] - tie, width))
        if 0 < run[i] < width:
            options.append((run[i] + best[min(n, i + run[i] + 1)], run[i]))
        options.append(((-1 if not tokens[i].text else 0) + best[i + 1], 0))
        best[i], step[i] = max(options, key=lambda o: o[0])
    rows: list[tuple[Cell, ...]] = []
    i = 0
    while i < n:
        if step[i]:
            rows.append(tuple(tokens[i:i + step[i]]))
            i += step[i] + 1
        else:
            i += 1
    return rows


BARE_YEAR = regex.compile(r"(?:19|20)\d\d")  # a header's cell over a year's column ("2026"), not a figure


def _header_then_row(tokens: list[Cell], i: int, run: int, width: int) -> float:
    """s35c: how much less a row of the table's width starting at token `i` is worth than the two short rows it also
    reads as, where the first is the end of a header and the second a row of its own: a header's last row holds only
    the cells under the spans above it ("Năm 2027 | Năm 2028 | Năm 2027 | Năm 2028"), and a section row right under it
    ("A | TUYẾN HIỆN CÓ") meets it at two bars, as an empty cell would. The first run names (no figure, no ordinal at
    its start) and the second opens with an ordinal: two rows (a tie broken, so the same count of cells either way).
    Asked only of the tokens before the block's first ordinal (the header's)."""
    after = i + run + 1
    if not 0 < run < width - 1 or after >= i + width or not tokens[after].text:
        return 0.0
    first = tokens[i:i + run]
    if P.ORDINAL_CELL.fullmatch(first[0].text) or any(P.VALUE_CELL.fullmatch(t.text) and not BARE_YEAR.fullmatch(t.text) for t in first):
        return 0.0
    return 0.5 if P.ORDINAL_CELL.fullmatch(tokens[after].text) else 0.0


def _row_with_empty_last(tokens: list[Cell], end: int, short: int) -> bool:
    """Whether the filled run that ends at `end` is a row whose last `short` cells are empty: that many empty tokens
    and the row's close follow it, then a filled token (the next row) or the block's end."""
    k = end + short + 1
    return k <= len(tokens) and not any(t.text for t in tokens[end:k]) and (k == len(tokens) or bool(tokens[k].text))


def _cell_line_blocks(text: str) -> list[list[tuple[Cell, ...]]]:
    """Tables of one cell a line (see the module's note and `cell_line_rows`). Lines with tabs
    or bars belong to the other shapes."""
    lines = [cells[0] for _, _, cells in line_cells(text) if len(cells) == 1]
    blocks: list[list[tuple[Cell, ...]]] = []
    run_ends: list[int] = []  # past the last line of the run each line opens, found once per text (where a header is)
    heads = [k for k, line in enumerate(lines) if line.text[:1] in P.NUMBER_HEADER_OPENS and P.NUMBER_HEADER.fullmatch(line.text)]
    done = 0  # past the last line of the table read last
    for i in heads:  # the lines a table can open at, in order (a header line inside a table read is passed over)
        if i < done:
            continue
        if not run_ends:
            run_ends = _run_ends(text, lines)
        run = lines[i:_spaced_end(text, lines, i) or run_ends[i]]
        rows, joins = cell_line_layout([c.text for c in run])
        if not rows:
            continue
        blocks.append([_joined_cells(run[k:k + n], k, joins) for k, n in rows])
        done = i + rows[-1][0] + rows[-1][1]
    return blocks


def _run_ends(text: str, lines: list[Cell]) -> list[int]:
    """For each of `lines` (one-cell lines, in order), the index past the last of the lines that follow it with no
    blank line (nor a line of cells) between: the most a table of one cell a line that opens there can hold. Blank
    lines that are a section row's empty cells (`empty_cells_gap`) do not end it."""
    ends = [len(lines)] * len(lines)
    for k in range(len(lines) - 2, -1, -1):
        feeds = text.count("\n", lines[k].end, lines[k + 1].start)
        ends[k] = ends[k + 1] if feeds == 1 or (
            feeds > 1 and not text[lines[k].end:lines[k + 1].start].strip()
            and empty_cells_gap(lines[k - 1].text if k else "", lines[k].text, lines[k + 1].text)) else k + 1
    return ends


def spaced_run_end(gaps: list[str], i: int) -> int | None:
    """x22a: a crawl sets each cell of a table of one cell a line as a paragraph of its own ("STT⏎⏎Chỉ tiêu⏎⏎Đơn vị
    tính⏎⏎…⏎⏎1⏎⏎Điện năng tiết kiệm⏎⏎triệu kWh⏎⏎412"): one blank line after each cell, the header's number column
    ("STT", line `i`) included. `gaps[k]` is what lies between line k and line k + 1 (their line ends and white space).
    Where the gap after the header is one blank line, the table runs on over such gaps, up to a gap of more than one
    blank line (or anything but white space); None where the header is not so set (no blank line, or more than one)."""
    if i >= len(gaps) or not _one_blank(gaps[i]):
        return None
    k = i
    while k < len(gaps) and _one_blank(gaps[k]):
        k += 1
    return k + 1


def _one_blank(gap: str) -> bool:
    return gap.count("\n") == 2 and not gap.strip()


def _spaced_end(text: str, lines: list[Cell], i: int) -> int | None:
    """`spaced_run_end` over `lines` (one-cell lines of `text`)."""
    gaps = [text[lines[k].end:lines[k + 1].start] for k in range(i, min(len(lines) - 1, i + 400))]
    end = spaced_run_end(gaps, 0)
    return None if end is None else i + end


def empty_cells_gap(above: str, line: str, after: str) -> bool:
    """Whether blank lines between `line` and `after` (stripped lines of a table of one cell a line, `above` the line
    before `line`) are the empty cells of a section row: a DOCX or PDF table copied as text gives each empty cell an
    empty line, and a section row ("A⏎Chỉ tiêu tiết kiệm năng lượng", "I. Chỉ tiêu kinh tế") has nothing in its
    other cells, so blank lines stand between its heading and the next row's number ("1")."""
    if P.TOTAL_LABEL.fullmatch(after) and P.VALUE_CELL.fullmatch(line):
        return True  # a total row under the last row ("⏎Tổng cộng⏎96⏎3.955"): its ordinal's cell is the empty one
    if not P.ROW_NUMBER.fullmatch(after):
        return False
    if P.GROUP_HEADING.fullmatch(line):
        return True
    return bool(P.GROUP_ORDINAL.fullmatch(above)) and not P.VALUE_CELL.fullmatch(line) and not P.ORDINAL_CELL.fullmatch(line)


def _joined_cells(lines: list[Cell], first: int, joins: set[int]) -> tuple[Cell, ...]:
    """A row's cells from its lines, a line that the one before it continues (`joins`) joined to it."""
    cells: list[Cell] = []
    for n, line in enumerate(lines):
        if n and first + n - 1 in joins:
            last = cells.pop()
            line = Cell(last.start, line.end, last.text + " " + line.text)
        cells.append(line)
    return tuple(cells)


def cell_line_rows(texts: list[str]) -> list[tuple[int, int]]:
    """The rows of a table of one cell a line that opens `texts` (see `cell_line_layout`)."""
    return cell_line_layout(texts)[0]


def cell_line_layout(texts: list[str]) -> tuple[list[tuple[int, int]], set[int]]:
    """The rows of a table of one cell a line that opens `texts` (stripped lines that follow each
    other), as (first line, number of lines), the header first; [] when `texts` opens none.

    The header is three short lines or more that name columns, the first the number column
    ("TT", "STT"), one naming the indicator or the task (a name over two lines, the second opening in small
    letters, is one column); then rows of as many lines, each opened
    by its ordinal. A section row is a Roman or letter ordinal and one heading ("I", "Chỉ tiêu
    kinh tế") before the next row's number, or the two in one line ("I. Kinh tế số"). Rows are numbered in order; in a task table, a row whose
    last cells are empty is shorter (the next row's number comes sooner); the table ends at a row that does not fit
    or is not the next number.

    A cell printed over several lines (`pdftotext` of a ruled table: "Sở Tài⏎chính") makes a row longer than
    the header: in a task table, the lines up to the next row's number are read as the row's cells where the
    places the cells part can be told (`_cell_breaks`), and the lines that go on within a cell are the second
    result (the index of each line the next one continues). A section's heading may be wrapped too."""
    joins: set[int] = set()
    if not texts or not P.NUMBER_HEADER.fullmatch(texts[0]):
        return [], joins
    header = 1
    while header < len(texts) and (_column_name(texts[header]) or (
            header > 1 and texts[header][:1].islower() and len(texts[header]) <= 30)):
        header += 1
    header, by_kind = _header_by_kind(texts, header)
    names: list[str] = []
    for i in range(1, header):
        if names and texts[i][:1].islower():  # a column's name printed over two lines ("Cơ quan⏎chủ trì")
            joins.add(i - 1)
            names[-1] += " " + texts[i]
        else:
            names.append(texts[i])
    width = 1 + len(names)
    if width < 3 or not ({_role(t) for t in names} & {"indicator", "task"} or by_kind):
        return [], set()
    roles = {_role(t) for t in names}
    short_rows = "task" in roles and not roles & {"indicator", "value"}  # a task table: its last columns are often empty
    rows = [(0, header)]
    k = header
    number = 0  # the last row's number: rows are numbered 1, 2, 3 … (again from 1 under a section, or going on)
    while k < len(texts) and (P.ORDINAL_CELL.fullmatch(texts[k]) or P.GROUP_HEADING.fullmatch(texts[k])):
        if P.GROUP_HEADING.fullmatch(texts[k]):
            if k + 1 >= len(texts) or not P.ROW_NUMBER.fullmatch(texts[k + 1]):
                break
            rows.append((k, 1))  # "I. Kinh tế số": the section's ordinal and heading in one cell
            k += 1
            continue
        if (P.GROUP_ORDINAL.fullmatch(texts[k]) and k + 2 < len(texts) and P.ROW_NUMBER.fullmatch(texts[k + 2])
                and not P.VALUE_CELL.fullmatch(texts[k + 1])):
            rows.append((k, 2))  # "I" "Chỉ tiêu kinh tế": a section over the rows below
            k += 2
            continue
        heading = _wrapped_heading(texts, k, number) if short_rows and P.GROUP_ORDINAL.fullmatch(texts[k]) else 0
        if heading:
            joins.update(range(k + 1, k + heading))  # "II" "NHÓM GIẢI PHÁP VỀ …⏎CÔNG NGHỆ": its heading wrapped
            rows.append((k, heading + 1))
            k += heading + 1
            continue
        if not P.ROW_NUMBER.fullmatch(texts[k]) or int(texts[k].rstrip(".)")) not in (number + 1, 1):
            break  # a cell over two lines shifted the grid: the rows after it cannot be told apart
        if k + width > len(texts):
            time = _time_column(names)
            if short_rows and len(texts) - k >= 3 and time is not None and k + time + 1 < len(texts) and (
                    P.TIME_CELL_START.match(texts[k + time + 1]) or P.TIME_CELL_OPENING.match(texts[k + time + 1])):
                rows.append((k, len(texts) - k))  # the table's last row, its last cells empty, its time where the header has it
            break
        number = int(texts[k].rstrip(".)"))

        def next_row(at: int) -> bool:
            return at >= len(texts) or bool(P.GROUP_ORDINAL.fullmatch(texts[at]) or P.GROUP_HEADING.fullmatch(texts[at])) or bool(
                P.ROW_NUMBER.fullmatch(texts[at]) and int(texts[at].rstrip(".)")) == number + 1) or bool(P.TOTAL_LABEL.fullmatch(texts[at])) \
                or bool(P.NUMBERED_PARAGRAPH.fullmatch(texts[at])) or bool(P.APPENDIX_HEADING.fullmatch(texts[at]))

        size = width
        if not next_row(k + width):
            # a task row with its last cells empty (no funding, no result) has fewer lines: the next row's
            # number comes sooner; a cell over two lines (the next number comes later) shifts the grid, and
            # so would a short row of values (a value cell can hold the next row's number)
            size = next((n for n in range(width - 1, 2, -1) if short_rows and k + n < len(texts) and next_row(k + n)), 0)
            if not size and (short_rows or not roles & {"value", "unit"}):
                # cells over several lines: the row runs to the next row's number (the last row, with
                # nothing after it to end it, cannot be told from the text that follows the table)
                end = next((j for j in range(k + width + 1, min(len(texts), k + 15 * width)) if next_row(j)), None)
                if end and short_rows and _spanned_row(texts[k:end], width, names):
                    # a whole row, then the cells of a row whose number and other cells it spans (a
                    # rowspan: "Xây dựng hạ tầng dự phòng …" "Trung tâm Chuyển đổi số" under row 1)
                    rows += [(k, width), (k + width, end - k - width)]
                    k = end
                    continue
                breaks = _cell_breaks(texts[k + 1:end], width - 1, _time_column(names)) if end else None
                if breaks is not None:
                    joins.update(k + 1 + i for i in range(end - k - 2) if i not in breaks)
                    size = end - k
            if not size:
                break
        rows.append((k, size))
        k += size
    if len(rows) >= 2 and not short_rows and k + width - 1 <= len(texts) and P.TOTAL_LABEL.fullmatch(texts[k]) \
            and all(P.VALUE_CELL.fullmatch(t) for t in texts[k + 1:k + width - 1]):
        rows.append((k, width - 1))  # "Tổng cộng⏎96⏎3.955": the total row, its label in the ordinal's and the name's cells
    return (rows, joins) if len(rows) >= 2 else ([], set())


def _header_by_kind(texts: list[str], header: int) -> tuple[int, bool]:
    """Where the header of a table of one cell a line ends, where its item columns are named by the kind of thing they
    list rather than by a header word ("Loại vắc xin", "Đối tượng tiêm", "Giống cây trồng", "Lực lượng, phương tiện", as
    tables of quantities head them: "STT | Loại vắc xin | Đối tượng tiêm | Đơn vị tính | Số lượng"): the short lines up
    to the first row's number ("1") are the header where half of them name columns at least and one is the unit column
    (each row then states a quantity in its unit), or where the lines after the first name quantities each in its unit
    ("STT | Trường | Số lớp tuyển mới | Chỉ tiêu tuyển sinh (học sinh)", "TT | Xã, phường | Số hộ thoát nghèo": a table of
    quotas shared out among schools or places). Else `header` as the column names found it; the flag tells which."""
    if header >= len(texts) or P.ROW_NUMBER.fullmatch(texts[header]):
        return header, False
    first = next((j for j in range(header, min(len(texts), 10)) if P.ROW_NUMBER.fullmatch(texts[j])), None)
    if first is None or texts[first].rstrip(".)") != "1":
        return header, False
    if any(P.SECTION_LINE.fullmatch(t) for t in texts[header:first]):
        return header, False  # "I. Chỉ tiêu kinh tế" before the first row: a section row, the header ends before it
    names = texts[1:first]
    if any(len(t) > 40 or P.ORDINAL_CELL.fullmatch(t) or P.VALUE_CELL.fullmatch(t) for t in names):
        return header, False
    if len(names) >= 2 and all(header_unit(t) or count_unit(t) or qualified_count_unit(t) for t in names[1:]) \
            and all(P.VALUE_CELL.fullmatch(t) for t in texts[first + 2:first + 1 + len(names)]):
        return first, True  # "Trường | Số lớp tuyển mới | Chỉ tiêu tuyển sinh (học sinh)": names, then quantities each in its unit
    if 2 * sum(1 for t in names if _column_name(t)) < len(names) or "unit" not in {_role(t) for t in names}:
        return header, False
    return first, True


def _body_start(line: str) -> bool:
    """A line that opens a body's name: a head of the bodies' vocabulary ("Sở Tài", "UBND các huyện"), or a
    plural word in capitals ("Các sở, ban, ngành")."""
    from extractors.bodies.patterns import HEAD  # the bodies' heads (heads.tsv, with their sources)

    m = P.PLURAL_OPENER.match(line)
    if m and line[:1].isupper():
        return True  # "Các sở, ngành", "Các huyện, thị xã", "Các đơn vị liên quan": bodies named by their kind
    return bool(HEAD.match(line))


def _name_goes_on(before: str, after: str) -> bool:
    """The body's head that the end of `before` opens reads on into `after` ("Sở Công" "Thương")."""
    from extractors.bodies.patterns import HEAD

    for m in regex.finditer(r"(?<![\p{L}\p{M}])\p{Lu}", before):
        found = HEAD.match(before + " " + after, m.start())
        if found and found.end() > len(before) + 1:
            return True
    return False


def _spanned_row(texts: list[str], width: int, names: list[str]) -> bool:
    """A task table's row of `width` lines and, after it, fewer lines than its cells less the number, each a cell
    of a row under the same number (the cells on the left and right of it spanned from the row above): the
    whole row's time cell reads as a time, and no line after it goes on from the line before (small letters,
    an unfinished list)."""
    time = _time_column(names)
    extra = texts[width:]
    if time is None or not 1 <= len(extra) <= width - 2 or not (
            P.TIME_CELL_START.match(texts[time + 1]) or P.TIME_CELL_OPENING.match(texts[time + 1])):
        return False
    return all(line[:1].isupper() and not before.endswith((",", ";", "-", "–", "("))
               for before, line in zip(texts[width - 1:], extra))


def _name_ends(text: str) -> bool:
    """A body's head of more than one word ends `text` ("… Sở Công Thương", "Sở Tài chính")."""
    from extractors.bodies.patterns import HEAD

    for m in regex.finditer(r"(?<![\p{L}\p{M}])\p{Lu}", text):
        found = HEAD.match(text, m.start())
        if found and found.end() == len(text) and " " in found.group().strip():
            return True
    return False


def _time_column(names: list[str]) -> int | None:
    """The index of the time column among the content columns (after the number's)."""
    return next((i for i, name in enumerate(names) if _role(name) == "time"), None)


def _cell_breaks(lines: list[str], cells: int, time: int | None = None) -> set[int] | None:
    """Where the printed lines of a row's cells part into `cells` cells (the index of the last line of each
    cell but the last), or None where a reader cannot tell. A line end between two lines of one cell: the
    next line opens in small letters, the line ends on a comma, a semicolon, a dash, "và", or inside a
    bracket; a line end between two cells: the line ends a sentence, the next opens a body's name or a time."""
    if len(lines) < cells or cells < 2:
        return None
    scores = []
    for i in range(len(lines) - 1):
        before, after = lines[i], lines[i + 1]
        score = 0
        if after[:1].islower():
            score -= 4
        elif after[:1].isupper() or after[:1].isdigit():
            score += 1
        if before.endswith((".", "!", "?")):
            score += 3
        elif P.TIME_WORD.fullmatch(before):
            score -= 4  # "Quý⏎IV/2025", "Năm⏎2026": a time's word and its number
        elif P.TIME_CELL.fullmatch(before) and not after[:1].isdigit():
            score += 2  # "Quý IV/2026" "Thực hiện …": a whole time cell
        elif before.endswith((",", ";", "-", "–", "/", "(")) or before.count("(") > before.count(")") or \
                before.rsplit(" ", 1)[-1].lower() in ("và", "của", "các", "với", "cho", "trong"):
            score -= 2
        if before.endswith(("-", "–")) and after[:1].isdigit():
            score -= 4  # "2025 -⏎2030": a span of years
        if _body_start(after):
            score += 2
        if _name_goes_on(before, after):
            score -= 3  # "Sở Công⏎Thương": the head of a body's name read on
        elif _name_ends(lines[i - 1] + " " + before if i else before):
            score += 1  # "Sở Công⏎Thương": a body's whole name ends the line
        if P.TIME_CELL_START.match(after):
            score += 2
        scores.append(score)
    ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
    chosen, rest = ranked[:cells - 1], ranked[cells - 1:]
    if min(scores[i] for i in chosen) < 2 or (rest and max(scores[i] for i in rest) >= min(scores[i] for i in chosen)):
        return None
    if time is not None:  # the cell under the time column reads as a time
        first = ([-1] + sorted(chosen))[time] + 1 if time < cells else None
        if first is None or not (P.TIME_CELL_START.match(lines[first]) or P.TIME_CELL_OPENING.match(lines[first])):
            return None
    return set(chosen)


def _wrapped_heading(texts: list[str], k: int, number: int) -> int:
    """The number of lines of a section's heading wrapped over two or three lines after its ordinal at
    `k` ("II" "NHÓM GIẢI PHÁP VỀ KHOA HỌC⏎VÀ CÔNG NGHỆ" "1"), 0 where the next row's number does not follow."""
    for h in (2, 3):
        at = k + 1 + h
        if at < len(texts) and P.ROW_NUMBER.fullmatch(texts[at]) and int(texts[at].rstrip(".)")) in (1, number + 1) and \
                not any(P.ORDINAL_CELL.fullmatch(t) or P.VALUE_CELL.fullmatch(t) for t in texts[k + 1:at]):
            return h
    return 0


def _column_name(text: str) -> bool:
    """A short line that names a column: a header word, a year ("Năm 2030"), a unit word."""
    if P.DATED_MEASURE.fullmatch(text):
        return True  # "Tỷ lệ giải ngân đến 30/6/2026 (%)"
    if len(text) > 40 or P.ORDINAL_CELL.fullmatch(text) or P.GROUP_HEADING.fullmatch(text):
        return False
    return bool(_role(text) or P.HEADER_WORD.search(text) or P.YEAR_HEADER.match(_without_unit(text)) or count_unit(text))


def count_unit(name: str) -> str | None:
    """The unit a column counts in where its name is "Số" and a count unit ("Số lớp", "Số lượt người"); else None."""
    m = P.COUNT_COLUMN.fullmatch(_plain(name))
    if not m:
        return None
    from extractors.targets.patterns import UNIT_RE
    return m.group("unit") if UNIT_RE.fullmatch(" " + m.group("unit")) else None


def qualified_count_unit(name: str) -> str | None:
    """The unit of a column that counts a kind of thing it names further: "Số" and a count unit, then what is counted
    ("Số lớp tuyển mới", "Số hộ thoát nghèo", "Số học sinh được tuyển": the longest unit of the units list after "Số");
    None where no words follow the unit (`count_unit`: the row's label names what is counted)."""
    m = P.COUNT_COLUMN.fullmatch(_plain(name))
    if not m:
        return None
    from extractors.targets.patterns import UNIT_RE
    words = m.group("unit").split()
    return next((" ".join(words[:n]) for n in range(len(words) - 1, 0, -1) if UNIT_RE.fullmatch(" " + " ".join(words[:n]))), None)


def header_unit(name: str) -> str | None:
    """The unit of the units list a header names in parentheses at its end ("Chỉ tiêu tuyển sinh (học sinh)",
    "Diện tích (ha)"); None for other words there ("(kế hoạch)", "(ĐVT)")."""
    m = P.UNIT_IN_HEADER.search(name)
    if not m:
        return None
    from extractors.targets.patterns import UNIT_RE
    unit = _plain(m.group("unit"))
    return unit if UNIT_RE.fullmatch(" " + unit) else None


# --- what the rows say ----------------------------------------------------------------------

def _is_header(cells: tuple[Cell, ...]) -> bool:
    texts = [c.text for c in cells if c.text]
    if not texts or any(len(t) > 80 for t in texts):
        return False
    if all(P.COLUMN_NUMBERING.fullmatch(t) for t in texts):
        return len(texts) >= 3  # "(1) (2) (3)" under a header
    if P.ORDINAL_CELL.fullmatch(cells[0].text) and not P.HEADER_WORD.search(cells[0].text):
        return False  # a numbered row: data or a section, never a header
    named = sum(1 for t in texts if P.HEADER_WORD.search(t) or P.YEAR_HEADER.match(_without_unit(t)) or P.UNIT_ONLY.fullmatch(_plain(t))
                or _measure_name(t) or count_unit(t) or qualified_count_unit(t) or P.DATED_MEASURE.fullmatch(_plain(t))
                or _counted_in(t)
                or P.SCHOOL_LEVEL.fullmatch(_plain(t))
                # w22a, w22b: the parts of the year a row of counts is split into, or a column is due by ("Nội dung | Quý I |
                # Quý II | Quý III | Quý IV | Cả năm 2027", "Chỉ tiêu | … | Cả năm", "6 tháng | Cả năm"), as a commune's or a
                # unit's yearly plan spreads its activities over the quarters, and the yearly plans of revenue and customs
                # offices set quarterly targets
                or P.PART_OF_YEAR.fullmatch(_plain(t)))
    return named >= max(1, (len(texts) + 1) // 2) and not any(P.VALUE_CELL.fullmatch(t) for t in texts if not P.YEAR_HEADER.match(_without_unit(t)))


def _measure_name(text: str) -> bool:
    """What a column measures, with the unit it is in: "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)"."""
    m = P.UNIT_IN_HEADER.search(text)
    return bool(m) and m.start() > 0 and P.MEASURE_UNIT.fullmatch(m.group("unit").strip()) is not None and not P.DIGITS.search(text[:m.start()])


def _counted_in(text: str) -> bool:
    """s31d: a column that counts what it names, in a unit of the units list written after it in parentheses ("Số xe buýt
    điện (xe)", "Số chuyến (chuyến/ngày)"), as allocation and network tables head their columns: a column's name. s32d:
    or what is done to the things it counts, with their unit ("Điều chuyển, chuyển đổi công năng (cơ sở)", "Cấp GCN lần
    đầu (thửa)", "Khảo sát kỹ thuật (ha)"): the unit, not "Số", says that the column holds quantities."""
    m = P.UNIT_IN_HEADER.search(text)
    return bool(m) and P.TWO_LETTERS.search(text[:m.start()]) is not None and header_unit(text) is not None \
        and not P.DIGITS.search(text[:m.start()])


def _sub_header(header: list[tuple[Cell, ...]], cells: tuple[Cell, ...], width: int) -> bool:
    """A row of sub-cells under a header that lost its spans, crawled or as tab rows ("Thành phố | Xã" under "Tỷ
    lệ vốn đối ứng", the communes under "Diện tích phân theo đơn vị hành chính"): the header is narrower than the
    table, the row too, it holds short names only (no values, no ordinal), and a layout of the header with it fills
    the width."""
    named = [r for r in header if not _is_numbering(r)]
    texts = [c.text for c in cells]
    if not named or len(named) >= 3 or any(len(r) >= width for r in named) or not 2 <= len(texts) < width:
        return False
    if not all(texts) or any(len(t) > 60 or _value_not_time(t) or P.ORDINAL_CELL.fullmatch(t) for t in texts):
        return False
    return crawled_layout([[c for c in r if c.text] for r in named] + [list(cells)], width) is not None


def _value_not_time(text: str) -> bool:
    """A cell that reads as a value, not as a part of the year a column is due by ("6 tháng", "9 tháng" under "Kế hoạch năm
    2027": a number with its unit to VALUE_CELL, a time to PART_OF_YEAR)."""
    return P.VALUE_CELL.fullmatch(text) is not None and P.PART_OF_YEAR.fullmatch(_plain(text)) is None


def _placed_sub_header(top: tuple[Cell, ...], cells: tuple[Cell, ...]) -> bool:
    """s33a: the second row of a header whose cells keep their places (DOCX tables as the DOCX reader and converters write
    them, tab or " | " rows: a merged cell's text once, empty cells in the other columns it spans): short names only under
    a cell merged across the columns to its right ("Chỉ tiêu giao quân (công dân)" | "" | "" over "Tổng số | Quân đội |
    Công an"), and nothing under the cells merged down ("STT", "Xã, phường", "Thời gian")."""
    texts = [c.text for c in cells if c.text]
    if len(texts) < 2 or _is_numbering(cells) or any(
            len(t) > 60 or _value_not_time(t) or P.ORDINAL_CELL.fullmatch(t) for t in texts):
        return False
    above = [c.text for c in top]
    spanned = False
    for i, cell in enumerate(cells):
        here = above[i] if i < len(above) else ""
        span_start = bool(here) and i + 1 < len(above) and not above[i + 1]
        if not here:
            if cell.text:  # under a merged cell's other columns: some cell to its left opens the span
                if not any(above[:i]):
                    return False
                spanned = True
        elif cell.text and not span_start:
            return False  # a name under a cell merged down
    return spanned


def _is_section(cells: tuple[Cell, ...], width: int) -> bool:
    """One content cell across the row (after an ordinal "I", "1", "A"): a heading inside."""
    texts = [c.text for c in cells if c.text]
    if width < 3 or not texts:
        return False
    if len(texts) == 2 and P.ORDINAL_CELL.fullmatch(texts[0]):
        texts = texts[1:]
    empty = sum(1 for c in cells if not c.text)
    return len(texts) == 1 and len(texts[0]) <= 150 and (
        len(cells) < width or not P.ORDINAL_CELL.fullmatch(cells[0].text) or bool(P.SECTION_LINE.fullmatch(texts[0]))
        or empty >= 2)  # "1 | Cà phê | | | …": a group heading over its rows ("- Diện tích", "- Sản lượng")


def _plain(text: str) -> str:
    return P.SPACES.sub(" ", text).strip(" *:")


def _is_numbering(cells: tuple[Cell, ...]) -> bool:
    """A row of column numbers under a header ("1 | 2 | … | 8", "A | B | 1 | 2", "(1) (2) (3)")."""
    texts = [c.text for c in cells if c.text]
    return bool(texts) and all(P.COLUMN_NUMBERING.fullmatch(t) for t in texts)


def _laid_out(header: list[tuple[Cell, ...]], width: int, shape: str,
              body: list[tuple[Cell, ...]] = ()) -> list[list[Cell | None]] | None:
    """The header rows over `width` columns, each entry the cell over that column in that row,
    where the rows lost their spans (see `layout`): a crawled header with a row shorter than the
    table, or tab rows with a row of filled cells only, shorter than the table (an HTML header
    row under cells that span it down). Tab rows of the full width keep their places. The `body`
    rows weigh the layouts the header's cells leave open."""
    if len(header) < 2 or sum(1 for c in header[0] if c.text) >= width:
        return None
    compact = [len(r) < width and all(c.text for c in r) for r in header]
    if shape == "bars" and not any(len(r) < width for r in header) or shape != "bars" and not any(compact):
        return None
    laid = crawled_layout([[c for c in r if c.text] for r in header], width, [[c.text for c in r] for r in body])
    if laid is None:
        return None
    for cells, row in zip(header, laid):  # a row of the full width is where it is
        if len(cells) == width and any(c.text and row[i] is not c for i, c in enumerate(cells)):
            return None
    return laid


def _columns(header: list[tuple[Cell, ...]], width: int, shape: str, body: list[tuple[Cell, ...]] = ()) -> tuple[Column, ...]:
    header = [cells for cells in header if not _is_numbering(cells)]
    names: list[list[str]] = [[] for _ in range(width)]
    laid = _laid_out(header, width, shape, body)
    if laid is not None:
        for row in laid:
            for i, cell in enumerate(row):
                if cell is not None and cell.text not in names[i]:
                    names[i].append(cell.text)
    else:
        if shape == "bars":  # a crawl keeps no column spans: a shorter header row cannot be placed
            header = [cells for cells in header if len(cells) >= width]
        for k, cells in enumerate(header):
            upper = k + 1 < len(header)
            previous = ""
            for i in range(width):
                text = cells[i].text if i < len(cells) else ""
                if not text and previous and upper and i < len(header[k + 1]) and header[k + 1][i].text:
                    text = previous  # a cell merged over the columns to its right ("Mục tiêu" over 2026, 2030)
                else:
                    previous = text
                if text and text not in names[i]:
                    names[i].append(text)
    columns = []
    for i, parts in enumerate(names):
        name = _plain(" ".join(parts))
        # s31d: the unit written in an upper header cell over the years ("Diện tích rừng được chi trả (ha)" over "Thực hiện
        # năm 2026 | Kế hoạch năm 2027"): the unit of every column under it, where the column's own cells write none
        unit_above = next((u for part in reversed(parts[:-1]) if (u := header_unit(part))), None)
        unit = _unit(name) or unit_above
        role = _role(name)
        if role == "indicator" and unit_above:  # s33a: "Chỉ tiêu giao quân (công dân)" over "Tổng số | Quân đội": the quotas
            role = None  # themselves, in that unit (as `_role` reads "Chỉ tiêu tuyển sinh (học sinh)"), not names
        columns.append(Column(i, name, role, _year(parts), unit, tuple(_plain(p) for p in parts)))
    return _assigned_after_label(_planned_after_unit(tuple(columns)))


# s29k: "TT | Nội dung | Đơn vị tính | Chỉ tiêu" (the Front's and the unions' tables of what a campaign will raise and
# give): a bare "Chỉ tiêu" after the unit column, with the row's label in a column before it, heads the planned values
# (the plan's "chỉ tiêu" = the target), not the indicators' names, which sit left of their unit ("Chỉ tiêu | ĐVT | 2026").
BARE_TARGET = regex.compile(r"(?i:chỉ\s+tiêu)")


def _planned_after_unit(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    unit = next((c.index for c in columns if c.role == "unit"), None)
    if unit is None:
        return columns
    label = any(c.role in ("indicator", "task") and c.index < unit for c in columns)
    return tuple(replace(c, role=None) if label and c.role == "indicator" and c.index > unit and BARE_TARGET.fullmatch(c.name)
                 else c for c in columns)


def _assigned_after_label(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """w22a: a column of the targets another body set (P.ASSIGNED_TARGET: "Chỉ tiêu theo Nghị quyết của Quốc hội", "Chỉ tiêu
    Trung ương giao") right of the indicators' names holds values, not names."""
    label = next((c.index for c in columns if c.role in ("indicator", "task")), None)
    return tuple(replace(c, role=None) if label is not None and c.role == "indicator" and c.index > label
                 and P.ASSIGNED_TARGET.fullmatch(c.name) else c for c in columns)


def _role(name: str) -> str | None:
    for role, pattern in P.COLUMN_ROLES:
        if pattern.search(name):
            if role == "indicator" and header_unit(name):
                return None  # "Chỉ tiêu tuyển sinh (học sinh)": the quotas themselves, in that unit, not the indicators' names
            return role
    return "value" if name and P.YEAR_HEADER.match(_without_unit(name)) else None


def _without_unit(part: str) -> str:
    """A header cell without the unit its values are in: "Năm 2026 (%)" → "Năm 2026"."""
    return _plain(P.UNIT_IN_HEADER.sub("", part))


def _year(parts: list[str]) -> int | None:
    for part in reversed(parts):
        m = P.YEAR_HEADER.match(_without_unit(part)) or P.DATED_MEASURE.fullmatch(_plain(part))
        if m:
            return int(m.group("year"))
    return None


def _unit(name: str) -> str | None:
    m = P.UNIT_IN_HEADER.search(name)
    return _plain(m.group("unit")) if m else count_unit(name) or qualified_count_unit(name)


def _caption(text: str, start: int) -> str:
    """Up to three non-empty lines right above `start` (a blank line may sit between, and between the unit's line
    right above the table and the caption over it: "KẾ HOẠCH … NĂM 2025⏎(Kèm theo …)⏎⏎Đơn vị tính: ha", as a PDF's
    vertical gap leaves it; and above the note naming the document the table is attached to, which never stands
    alone: a crawl sets each of the title, the note and the unit's line as a paragraph of its own, between blank
    lines: "KẾ HOẠCH … NĂM 2025⏎⏎(Kèm theo …)⏎⏎Đơn vị tính: ha")."""
    lines: list[str] = []
    pos = start
    for _ in range(8):  # (three lines, the blank lines between them and the bar opening a crawled table)
        if pos <= 0 or len(lines) >= 3:
            break
        line_start = text.rfind("\n", 0, max(0, pos - 1)) + 1
        line = text[line_start:pos].strip()
        pos = line_start
        if not line:
            if lines and not all(P.CAPTION_UNIT.fullmatch(ln) or P.CAPTION_ATTACHED.fullmatch(ln) for ln in lines):
                break
            continue
        if BAR_LINE.fullmatch(line) and not lines:
            continue  # the bar that opens a crawled table's first cell
        if BAR_LINE.fullmatch(line) or "\t" in line or len(line) > 200:
            break
        lines.insert(0, line)
    return "\n".join(lines)


def _read(text: str, shape: str, rows: list[tuple[Cell, ...]]) -> Table | None:
    header_end = 0
    widest = max(len(r) for r in rows)
    while header_end < len(rows) and header_end < 4:
        if header_end and tuple(c.text for c in rows[header_end]) == tuple(c.text for c in rows[0]):
            break  # the first header row again: the table went on over a page before its header ended (a PDF's page)
        if _is_header(rows[header_end]):
            if header_end and sum(1 for c in rows[header_end] if c.text) == 1:
                break  # one cell across a row under the header: a section ("I. Chỉ tiêu kinh tế")
        elif not (header_end and (_sub_header(rows[:header_end], rows[header_end], widest)
                                  or _placed_sub_header(rows[header_end - 1], rows[header_end]))):
            break
        header_end += 1
    stated_unit = None
    if header_end and header_end < len(rows) and sum(1 for c in rows[header_end] if c.text) == 1 \
            and (stated_unit := unit_row(next(c.text for c in rows[header_end] if c.text))):
        header_end += 1  # the unit's row under the header (P.UNIT_ROW): a header row, the table's unit
    header = rows[:header_end]
    named_header = [r for r in header if not stated_unit or r is not rows[header_end - 1]]
    width = max((len(r) for r in named_header), default=0) or max(len(r) for r in rows)
    body = [len(r) for r in rows[header_end:]]
    if len(named_header) >= 2 and body:  # header rows that lost their spans: the rows below tell the width
        width = max(width, max(set(body), key=body.count))
    if shape == "bars":  # crawled rows are cut at the table's width: the widest row is it
        width = max(len(r) for r in rows)
    header_texts = {tuple(c.text for c in r) for r in header}
    out: list[Row] = []
    section = None
    for i, cells in enumerate(rows):
        if i < header_end or (header_texts and tuple(c.text for c in cells) in header_texts) or (
                header_end and _is_header(cells) and _repeats(rows[0], cells)):
            out.append(Row(cells, "header"))
        elif _is_section(cells, width):
            heading = _plain(" ".join(c.text for c in cells if c.text))
            if not P.BREAKDOWN_LINE.fullmatch(heading):  # "Trong đó:" opens the parts of the row above, not a heading
                section = heading
            out.append(Row(cells, "section"))
        else:
            out.append(Row(cells, "data", section))
    caption = _caption(text, min(c.start for c in rows[0]))
    year = next((y for line in reversed(caption.split("\n")) if P.TABLE_LABEL_LINE.match(line)
                 for y in [P.CAPTION_YEAR.search(line)] if y), None) or P.CAPTION_YEAR.search(caption)
    unit = P.CAPTION_UNIT.search(caption)
    spans = tuple((r.start, r.end) for r in out)
    body = [r.cells for r in out if r.kind == "data"]
    return Table(shape, tuple(out), _columns(named_header, width, shape, body), caption,
                 int(year.group("year")) if year else None,
                 _plain(unit.group("unit")).rstrip(".") if unit else stated_unit,
                 spans[0][0], spans[-1][1], spans)

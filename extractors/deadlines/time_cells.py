"""Time cells: the "Thời gian hoàn thành" column of a task table, read as a whole.

    Quý IV/2025 · Quí IV-2025 · Năm 2026 · 2026 - 2027 · Năm 2025-2030 · Trước ngày 15/10/2026
    Xong trong tháng 5/2026 · 12/2025 · Quý IV/2025 - Quý II/2026, Tháng 3-4/2026, 01/6 - 31/7/2027 → a period
    Xong trước Tết Nguyên đán → named by the festival, date null
    Tháng 12 hằng năm → yearly, date null · Ngay sau khi có Nghị quyết … → relative, date null
    Thường xuyên · Hằng năm · Theo tiến độ → no date
    Tháng 3 - tháng 5 · Quý II (no year stated, in a task table the model reads) → date null, never inferred

Cells come from the table model (`extractors.task_tables`) where it reads the table; where it
cannot (a table with one cell per line, a PDF layout whose rows wrap), every cell below a time
header that holds nothing but a time is a time cell (`loose_time_cells`).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator

import regex

from extractors import CACHE_NAMES
from extractors.tables import Cell, line_cells
from extractors.deadlines import patterns as P
from extractors.deadlines.when import when_of
from extractors.legal_refs.extract import iso_date


@dataclass(frozen=True)
class CellTime:
    start: int  # offsets in the cell's text
    end: int
    date: str | None
    date_end: str | None
    precision: str | None
    recurrence: str | None = None
    whole: bool = True  # the cell says nothing but the time


def _is_whole(cell: str, start: int, end: int) -> bool:
    return not P.CELL_FILLER.sub("", cell[:start] + " " + cell[end:])


@functools.lru_cache(maxsize=CACHE_NAMES)  # a table repeats its cells ("Thường xuyên", "Năm 2026", "1 ngày"): each read once
def read_time_cell(cell: str) -> CellTime | None:
    """The time a time cell states, or None when it states none ("Thường xuyên")."""
    if P.RELATIVE_CELL.match(cell):
        return CellTime(0, len(cell), None, None, None)
    festival = P.BEFORE_FESTIVAL.search(cell)  # "Xong trước Tết Nguyên đán (năm 2027)": named by the festival, date null
    if festival:
        return CellTime(festival.start(), festival.end(), None, None, None, whole=_is_whole(cell, *festival.span()))
    every = P.CELL_RECURRING.search(cell)
    if every:
        return CellTime(every.start(), every.end(), None, None, _recurring_precision(every.group()),
                        P.RECURRENCE[every.group("unit").lower()], _is_whole(cell, every.start(), every.end()))
    months = P.CELL_MONTH.search(cell)
    if months and months.group("m1"):  # "Tháng 3-4/2026"
        y, m1, m = int(months.group("y")), int(months.group("m1")), int(months.group("m"))
        return CellTime(months.start(), months.end(), f"{y - (m1 > m):04d}-{m1:02d}", f"{y:04d}-{m:02d}",  # "Tháng 11-02/2027": 2026-11
                        "month", whole=_is_whole(cell, *months.span()))
    years = P.CELL_YEARS.search(cell)
    whens = [when_of(m) for m in P.WHEN_RE.finditer(cell)]
    if years and not any(w.start <= years.start() < w.end for w in whens):
        s, e = years.span()
        return CellTime(s, e, years.group("y1"), years.group("y2"), "year", whole=_is_whole(cell, s, e))
    if len(whens) >= 2 and P.CELL_JOIN.match(cell[whens[0].end:whens[1].start]):
        a, b = whens[0], whens[1]
        return CellTime(a.start, b.end, a.date, b.date_end or b.date, a.precision, whole=_is_whole(cell, a.start, b.end))
    if whens:
        w = whens[0]
        partial = P.FROM_PARTIAL.search(cell[:w.start]) or P.CELL_PARTIAL.match(cell[:w.start])
        if partial and w.date and w.precision in ("day", "month") and (w.precision == "day") == bool(partial.group("day")):
            # "Từ ngày 01/4 đến ngày 30/4/2026", "Từ tháng 3 đến tháng 10/2026": the first time borrows what the second states
            first = partial_start(partial, w.date)
            if first:
                return CellTime(partial.start(), w.end, first, w.date, w.precision, whole=_is_whole(cell, partial.start(), w.end))
        return CellTime(w.start, w.end, w.date, w.date_end, w.precision, whole=_is_whole(cell, w.start, w.end))
    if months:  # "12/2025"
        return CellTime(months.start(), months.end(), f"{months.group('y')}-{int(months.group('m')):02d}", None, "month",
                        whole=_is_whole(cell, *months.span()))
    year = P.CELL_YEAR.search(cell)
    if year:
        return CellTime(year.start(), year.end(), year.group("y1"), None, "year", whole=_is_whole(cell, *year.span()))
    return None


def read_yearless_cell(cell: str) -> list[CellTime]:
    """A time cell that states months or quarters and no year ("Tháng 3 - tháng 5", "Quý II", "Trong tháng 11"; "Tháng 6,
    tháng 12": each item): deadlines of the table whose year is never inferred (date null); none when the cell says more."""
    if not P.CELL_YEARLESS.match(cell):
        return []
    items = list(P.CELL_YEARLESS_ITEM.finditer(cell))
    if len(items) == 1:  # the cell is its date_raw
        return [CellTime(0, len(cell), None, None, "month" if items[0].group("month") else "quarter")]
    return [CellTime(m.start(), m.end(), None, None, "month" if m.group("month") else "quarter", whole=False) for m in items]


def partial_start(partial: regex.Match, end: str) -> str | None:
    """The first time of a FROM_PARTIAL period, from what its end `end` (an ISO day or month) states: "Từ ngày 01/4 đến ngày
    30/4/2026" its year, "từ ngày 08 đến ngày 10 tháng 12 năm 2025" its month and year. A first time that would fall after
    the end is the one before it, across New Year ("Từ tháng 11 đến tháng 02/2027": 2026-11; "Từ ngày 20/12 đến ngày
    10/01/2027": 2026-12-20) or a month's end ("từ ngày 25 đến ngày 05 tháng 01 năm 2027": 2026-12-25)."""
    quarter = partial.groupdict().get("only_quarter")
    if quarter:  # "từ quý II đến quý III/2026": 2026-Q2; "từ quý IV đến quý I/2027": 2026-Q4
        first_q = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(quarter.upper()) or int(quarter)
        return f"{int(end[:4]) - (first_q > int(end[6])):04d}-Q{first_q}"
    year, month = int(end[:4]), int(end[5:7])
    if not partial.group("day"):
        first_month = int(partial.group("only_month"))
        return f"{year - (first_month > month):04d}-{first_month:02d}"
    if partial.group("month"):
        first = iso_date(partial.group("day"), partial.group("month"), str(year))
        return iso_date(partial.group("day"), partial.group("month"), str(year - 1)) if first and first > end else first
    first = iso_date(partial.group("day"), str(month), str(year))
    if first and first > end:
        month, year = (month - 1, year) if month > 1 else (12, year - 1)
        return iso_date(partial.group("day"), str(month), str(year))
    return first


def _recurring_precision(said: str) -> str:
    """The precision of a recurring time as said: "Trước ngày 15/6 hằng năm" a day, "Tháng 12 hằng năm" a month."""
    if regex.match(r"(?i)ngày|\d", said):
        return "day"
    return "quarter" if regex.match(r"(?i)quý", said) else "month"


def more_cell_times(cell: str, found: CellTime) -> list[CellTime]:
    """The other times a time cell coordinates with the one `read_time_cell` read: "Quý II/2026 và Quý IV/2026" (each its own
    deadline: every distinct date of a task table's time column is one), "Tháng 6 và tháng 12 hằng năm" (each month of a
    yearly schedule). Not the two ends of a period ("Quý IV/2025 - Quý II/2026": `read_time_cell` reads it as one)."""
    out = []
    if found.recurrence is not None:
        start = found.start
        items = list(P.CELL_MONTH_ITEM.finditer(cell, 0, found.start))
        for m in reversed(items):  # the months coordinated right before it, nearest first
            if not P.CELL_AND.match(cell[m.end():start]):
                break
            out.insert(0, CellTime(m.start(), m.end(), None, None, "month", found.recurrence))
            start = m.start()
        return out
    if found.date is None:
        return out
    if found.precision == "month" and not found.date_end:  # "Tháng 6, tháng 12/2026": the months before take its year
        chain = P.CELL_MONTHS_BEFORE.search(cell, 0, found.start)
        if chain:
            out += [CellTime(m.start(), m.end(), f"{found.date[:4]}-{int(m.group('m')):02d}", None, "month")
                    for m in P.CELL_MONTH_ITEM.finditer(cell, chain.start("items"), chain.end("items"))]
    end = found.end
    for m in P.WHEN_RE.finditer(cell, found.end):
        w = when_of(m)
        if not (P.CELL_AND.match(cell[end:w.start]) or P.CELL_NOTE_AND.match(cell[end:w.start])) or not w.date:
            break
        out.append(CellTime(w.start, w.end, w.date, w.date_end, w.precision))
        end = w.end
    if found.precision == "year" and not found.date_end and not out:  # "Năm 2026, 2027", "2026 và 2027": each year
        for m in P.CELL_YEAR.finditer(cell, found.end):
            if not P.CELL_AND.match(cell[end:m.start()]):
                break
            out.append(CellTime(m.start(), m.end(), m.group("y1"), None, "year"))
            end = m.end()
    if found.precision == "year" and not found.date_end:  # "Năm 2026, năm 2027", "Năm 2026 và năm 2027": the years before too
        chain = P.CELL_YEARS_BEFORE.search(cell, 0, found.start)
        if chain:
            out = [CellTime(m.start(), m.end(), m.group("y1"), None, "year")
                   for m in P.CELL_YEAR.finditer(cell, chain.start("items"), chain.end("items"))] + out
    return out


@functools.lru_cache(maxsize=CACHE_NAMES)  # (what a cell states depends on the cell alone: the same in every text)
def read_time_lead(cell: str) -> CellTime | None:
    """The time a cell states before its remarks ("Giai đoạn 2026 - 2027. Thực hiện rà soát …"), when its
    lead says nothing but the time; else what `read_time_cell` reads of the whole cell."""
    found = read_time_cell(cell)
    if found is None or found.whole:
        return found
    end = P.CELL_LEAD_END.search(cell, found.end)
    lead = cell[:end.start()] if end else cell
    lead_found = read_time_cell(lead)
    if lead_found is not None and not P.CELL_FILLER.sub("", P.CELL_LEAD_FILLER.sub("", lead[:lead_found.start] + " " + lead[lead_found.end:])):
        return CellTime(lead_found.start, lead_found.end, lead_found.date, lead_found.date_end, lead_found.precision,
                        lead_found.recurrence, True)
    return found


@functools.lru_cache(maxsize=2)
def _time_word_lines(text: str) -> frozenset[int]:
    """The starts of the lines that hold a time word: only there can a time header (`TIME_HEADER`, `HEADER_LINE`) open a
    table, or open one again inside a table a header opened, found by one scan of the text rather than two patterns per
    line (every line of a table and of the text after it)."""
    return frozenset(text.rfind("\n", 0, m.start()) + 1 for word in P.EACH_TIME_WORD for m in word.finditer(text))


def loose_time_cells(text: str) -> Iterator[tuple[Cell, CellTime, Cell | None]]:
    """Time cells below a time header that the table model did not read (a table with one cell
    per line, "|" lines between; a transcribed table; a PDF layout): cells that hold nothing but a
    time, each with the longest cell since the previous one (its row's task, as far as a layout
    lets one tell)."""
    for cell, found, row in loose_time_rows(text):
        yield cell, found, max(row, key=lambda c: len(c.text), default=None)


def loose_time_rows(text: str, cited=None) -> Iterator[tuple[Cell, CellTime, list[Cell]]]:
    """`loose_time_cells` with every cell since the previous time cell (its row, in order). A time inside `cited`
    (Intervals of legal references: "Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2025" in a source column) is part of an
    ordinary cell."""
    open_table, label, row = False, False, []
    may_open = _time_word_lines(text)
    for start, line, cells in line_cells(text):
        worded = start in may_open  # (only a line with a time word holds a header, of either shape: in a table too)
        if not open_table and not worded:  # no time header here: only a label may end the line
            for cell in cells:
                if cell.text.strip("|* "):
                    label = cell.text.endswith(":")
            continue
        if worded and P.HEADER_LINE.match(line):
            open_table, row = True, []
            continue
        trailing = P.TRAILING_TIME.search(line) if open_table and len(cells) == 1 and _holds_a_year(line) else None
        if trailing and trailing.start("time") > 0 and not _a_whole_time(line):  # "… UBND tỉnh 2028 - 2030": the last column, run on
            cells = (Cell(start, start + trailing.start("time"), line[:trailing.start("time")].strip()),
                     Cell(start + trailing.start("time"), start + trailing.end("time"), trailing.group("time")))
        for cell in cells:
            if not cell.text.strip("|* "):
                continue
            if worded and P.TIME_HEADER.fullmatch(cell.text):
                open_table, row = True, []
            elif P.TABLE_END.match(cell.text):
                open_table = False
            elif open_table and not label:
                found = read_time_lead(cell.text)
                if found is not None and found.whole and not (
                        cited is not None and cited.covers(cell.start + found.start, cell.start + found.end)):
                    yield cell, found, row
                    row = []
                else:
                    row.append(cell)
            label = cell.text.endswith(":")  # "Ban hành:" | "03/12/2025": a label's value, not a cell


def _holds_a_year(line: str) -> bool:
    """Whether `line` may hold a TRAILING_TIME: each of its matches ends in a year that opens with "19" or "20" (a plain
    look-up, not a scan of every line of a table for a time at its end)."""
    return "20" in line or "19" in line


def _a_whole_time(line: str) -> bool:
    """A line that is itself one time cell ("Từ ngày 08/6 đến ngày 10/6/2026", "01/6 - 31/7/2027"): its end is the end of
    its span, not a last column run on."""
    found = read_time_lead(line.strip())
    return found is not None and found.whole and found.date_end is not None


def wrapped_time_cells(text: str) -> Iterator[tuple[Cell, Cell]]:
    """Time cells a PDF layout wrapped over lines, as (head, rest): the last cell of a line ends
    mid-date ("trình trong tháng") and the last cell of one of the next three lines completes it
    ("6/2025"). Only below a time header."""
    open_table, head, waited = False, None, 0
    may_open = _time_word_lines(text)
    for start, _line, split in line_cells(text):
        if not open_table and start not in may_open:
            continue  # no time header here, none above
        cells = [c for c in split if c.text]
        if start in may_open and any(P.TIME_HEADER.fullmatch(c.text) for c in cells):
            open_table, head = True, None
            continue
        if not cells or not open_table:
            continue
        last = cells[-1]
        if head is not None and len(cells) > 1 and P.WRAPPED_REST.match(last.text):
            yield head, last
            head = None
            continue
        waited += 1
        if head is not None and waited > 3:
            head = None
        if len(cells) > 1 and P.WRAPPED_END.search(last.text):
            head, waited = last, 0

"""Task tables: the plan's assignment table, one row per task.

    TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
    1  | Rà soát … | Sở Nông nghiệp và Môi trường | Các sở, ngành | Xong trong tháng 5/2026

A table of the table model (`extractors.tables`, any shape) is a task table when its header
names a task column ("Nhiệm vụ", "Nội dung", "Chỉ tiêu") and a lead ("chủ trì") or time
("Thời gian hoàn thành") column; the bodies and deadlines extractors read the cells they need,
with their offsets.
"""
from __future__ import annotations

import regex

from extractors.tables import Cell, header_unit, tables_of
from extractors.tables.patterns import COLUMN_ROLES, ORDINAL_CELL, VALUE_CELL

ROLES = ("task", "lead", "coordinate", "assigned", "time")


def _task_tables(text: str):
    for table in tables_of(text):
        columns = {role: table.column(role) for role in ROLES}
        if columns["task"] is None:
            columns["task"] = table.column("indicator")
        if columns["task"] is None and columns["time"] is not None and _quota_column(table):
            columns["task"] = _row_names(table, columns["time"])
        if columns["task"] is None and columns["time"] is not None and (doer := next(
                (columns[r] for r in ("lead", "assigned") if columns[r] is not None), None)) is not None \
                and not _lists_procedures(table):
            # s35b: a list of items, each with the body that leads its work and when ("Tên sản phẩm | Hình thức bảo hộ | Đơn
            # vị chủ trì | Thời gian": the products to register; a list of works or projects named so): the item names the row
            # (w23b, w23c: or the unit that carries it out, as a schedule of programmes names it, "Tháng | Chương trình | Thời
            # lượng (phút) | Bộ phận thực hiện", and a market surveillance plan's inspections, "TT | Chuyên đề | Thời gian |
            # Đội thực hiện"); never a list of administrative procedures, "Mã TTHC | Tên thủ tục hành chính | Thời hạn giải quyết
            # | Cơ quan thực hiện": its agency receives each procedure's file, and its time limit is the procedure's)
            columns["task"] = _row_names(table, doer)
        if all(columns[r] is None for r in ROLES):
            columns["assigned"] = _agency_column(table)
        elif columns["task"] is not None and columns["lead"] is None and columns["assigned"] is None \
                and (unit := _agency_column(table)) is not None:
            # w22c: a task table whose bodies' column is named by the kind of unit, not by a role ("TT | Khoa, phòng | Nhiệm
            # vụ trọng tâm | Đơn vị phối hợp | Thời hạn hoàn thành", a hospital's or a school's plan for its own units): the
            # unit leads its row's task beside a column of those who take part, and is given it where none is
            columns["lead" if columns["coordinate"] is not None else "assigned"] = unit
        if columns["task"] is not None and any(columns[r] is not None for r in ("lead", "assigned", "time")):
            yield table, columns
        elif columns["task"] is None and columns["time"] is None and (
                body := next((columns[r] for r in ("lead", "assigned") if columns[r] is not None), None)) is not None \
                and _allotted(table, body):
            # a table of what each body is given, with no task column (the investors' capital: "STT | Chủ đầu tư | Kế hoạch
            # vốn năm 2027 được giao | Trong đó | Ghi chú"): each row's body is given its row, however the table arrives (a
            # crawl's one cell a line too: read as prose, its lines name bodies with no clause); the row is named by the words
            # before the body's column where they name it. Not a list with no quantities (a procedures list's "Cơ quan thực
            # hiện" beside the rule each procedure follows names who receives a file, not a body given a task)
            columns["task"] = _row_names(table, body)
            yield table, columns


# The column of a table that lists the agencies each row gives its part ("STT | Cơ quan, đơn vị | Hồ sơ trực tuyến toàn
# trình (%) | …", a plan's per-agency annex): named by the kind of body alone, not by a role ("Đơn vị tính" is a unit, "Đơn
# vị chủ trì" a role COLUMN_ROLES names).
# (w22c) Or by the units of a public service unit itself ("Khoa, phòng" of a hospital, Quyết định 1895/1997/BYT-QĐ, Quy chế
# bệnh viện; "Phòng, ban", "Bộ phận"; "Tổ chuyên môn" of a school, Thông tư 32/2020/TT-BGDĐT, Điều 14).
_UNIT_KIND = r"(?:cơ\s+quan|đơn\s+vị|địa\s+phương|khoa|phòng|ban|bộ\s+phận|tổ(?:\s+chuyên\s+môn)?)"
# (me23) Or by the kind and "phụ trách", the unit in charge of its row ("TT | Đơn vị phụ trách | Xã biên giới | Mốc quốc giới
# quản lý (mốc) | …", a border-guard command's posts, each given its stretch of border; not a person's "Lãnh đạo phụ trách").
AGENCY_HEADER = regex.compile(r"(?i:(?:cơ\s+quan|đơn\s+vị|khoa|phòng|ban|bộ\s+phận|tổ(?:\s+chuyên\s+môn)?)(?:\s*(?:,|/|và)\s*" + _UNIT_KIND
                              + r")*(?:\s+phụ\s+trách)?)")


def _agency_column(table) -> int | None:
    """The column naming the agencies of a per-agency table (AGENCY_HEADER), or None; the table is one where its rows give
    each agency a quantity (`_allotted`, asked by the caller)."""
    return next((c.index for c in table.columns if c.role is None and AGENCY_HEADER.fullmatch(c.name.strip())), None)


# A list of administrative procedures ("STT | Tên thủ tục hành chính | Mã TTHC | Lĩnh vực | Cơ quan thực hiện"): its
# "Cơ quan thực hiện" receives each procedure's file, and its codes ("1.013216") and time limits ("15 ngày") are no
# quantity given to a body.
PROCEDURES_HEADER = regex.compile(r"(?i:thủ\s+tục|tthc)")


def _lists_procedures(table) -> bool:
    """Whether `table` lists administrative procedures (PROCEDURES_HEADER in a column's name)."""
    return any(PROCEDURES_HEADER.search(c.name) for c in table.columns)


def _allotted(table, body: int) -> bool:
    """Whether most data rows of `table` give their body (column `body`) a quantity: a cell of another column that is a
    value ("385", "1.105", "≥ 150", "100%"); never a list of procedures (PROCEDURES_HEADER in a column's name)."""
    if _lists_procedures(table):
        return False
    rows = [r for r in table.data_rows if (cell := r.cell(body)) is not None and cell.text]
    number = table.column("number")
    given = sum(1 for r in rows if any(VALUE_CELL.fullmatch(c.text) for i, c in enumerate(r.cells)
                                        if i not in (body, number) and c.text))
    return bool(rows) and 2 * given > len(rows)


def _quota_column(table) -> bool:
    """Whether a column is an indicator's by its name and holds the quotas in the unit it names ("Chỉ tiêu (đơn vị máu)":
    `extractors.tables` gives it no role, as "Chỉ tiêu tuyển sinh (học sinh)"), a table of quotas by group."""
    indicator = dict(COLUMN_ROLES)["indicator"]
    return any(c.role is None and indicator.search(c.name) and header_unit(c.name) for c in table.columns)


def _row_names(table, before: int) -> int | None:
    """The column that names a table's rows where no column names a task, left of its time column: the first of words
    with no role ("Khối/đơn vị | Chỉ tiêu (đơn vị máu) | Thời gian": each group's quota in its unit, and when)."""
    return next((c.index for c in table.columns if c.index < before and c.role is None and c.name
                 and any(cell.text and not ORDINAL_CELL.fullmatch(cell.text) and any(ch.isalpha() for ch in cell.text)
                         for r in table.data_rows if (cell := r.cell(c.index)) is not None)), None)


def task_sections(text: str) -> list[Cell]:
    """The section rows of the task tables ("I. Hoàn thiện thể chế", "Giai đoạn 2026 - 2027"),
    each as its content cell."""
    return [max(row.cells, key=lambda c: len(c.text)) for table, _ in _task_tables(text)
            for row in table.rows if row.kind == "section"]


def _kept_rows(text: str):
    """(row, {column: Cell} for the role columns it has) of each data row of each task table that has a role cell."""
    for table, columns in _task_tables(text):
        width = len(table.columns)
        for row in table.data_rows:
            if len(row.cells) < width - 1 and not _short_line_row(table, row):
                continue  # a row that lost cells to merging: its columns cannot be told apart
            found = {role: row.cell(i) for role, i in columns.items() if i is not None and row.cell(i) is not None}
            if found:
                yield row, found


def task_rows(text: str) -> list[dict[str, Cell]]:
    """Each data row of each task table, as {column: Cell} for the columns it has."""
    return [found for _, found in _kept_rows(text)]


def row_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the task tables' rows (for prose rules to leave alone), each from its first cell to its last: the cells
    beside the role columns too (a works list's "Tên trường | Xã, phường" before "Nội dung đầu tư | … | Chủ đầu tư": the
    school is where the work is done, not a body given it; s27a)."""
    return [(min(c.start for c in row.cells), max(c.end for c in row.cells)) for row, _ in _kept_rows(text)]


def _short_line_row(table, row) -> bool:
    """A numbered row of a table of one cell a line with its last cells empty (`cell_line_layout` reads
    it so: the cells it has are the columns on the left), not the cells of a row spanned from above."""
    return table.shape == "lines" and len(row.cells) >= 3 and bool(ORDINAL_CELL.fullmatch(row.cells[0].text))

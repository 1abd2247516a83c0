"""The table model: every shape a table arrives in gives the same rows of cells, with offsets.

Each shape is made here by the test's own code (DOCX with python-docx, PDF with fpdf2, crawled
text by hand), read by ingest and normalisation like any plan, and then read by the model.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.bodies.extract import extract_bodies
from extractors.tables import tables_of
from extractors.task_tables import task_rows
from extractors.targets.extract import extract_targets
from pipeline.ingest import read_document
from pipeline.normalise import normalise
from tests.conftest import crawled_table, unicode_font

# --- the same task table in every shape --------------------------------------------------

TASK_HEADER = ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")
TASK_SECTION = "I. Hoàn thiện thể chế, chính sách"
TASK_ROWS = (
    ("1", "Rà soát quy hoạch khoáng sản của tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Quý IV/2025"),
    ("2", "Kiểm tra việc thực hiện các dự án đầu tư", "Thanh tra tỉnh", "Công an tỉnh", "Năm 2026"),
    ("3", "Tuyên truyền, phổ biến Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành", "Thường xuyên"),
)
BEFORE, AFTER = "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n\n", "\n\nNơi nhận:\n- Như trên;\n"


def _tab_text() -> str:
    rows = ["\t".join(TASK_HEADER), TASK_SECTION] + ["\t".join(r) for r in TASK_ROWS]
    return BEFORE + "\n".join(rows) + AFTER


def _pipe_text() -> str:
    rows = ["| " + " | ".join(TASK_HEADER) + " |", "|" + "---|" * len(TASK_HEADER),
            "| | " + TASK_SECTION + " | | | |"] + ["| " + " | ".join(r) + " |" for r in TASK_ROWS]
    return BEFORE + "\n".join(rows) + AFTER


def _bar_text() -> str:
    """A crawled HTML table: one cell a line, a lone "|" before each cell and after each row;
    the section row spans the columns after its ordinal, so it has two cells only."""
    rows = [TASK_HEADER, ("I", TASK_SECTION.split(". ", 1)[1])] + list(TASK_ROWS)
    lines = []
    for row in rows:
        for cell in row:
            lines += ["|", cell.replace(" của", "\ncủa")]  # a cell's text wraps over lines
        lines.append("|")
    return BEFORE + "\n".join(lines) + AFTER


def _cell_lines_text() -> str:
    """A table copied as text with one cell a line and nothing between cells (no bars, no tabs);
    the section row is its ordinal and its heading."""
    rows = [TASK_HEADER, ("I", TASK_SECTION.split(". ", 1)[1])] + list(TASK_ROWS)
    return BEFORE + "\n".join(cell for row in rows for cell in row) + AFTER


def _docx_path(tmp_path: Path) -> Path:
    """A DOCX task table with a two-row header ("Cơ quan thực hiện" merged over "Chủ trì" and
    "Phối hợp", the other header cells merged down) and a section row merged across."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in BEFORE.strip().splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=3 + len(TASK_ROWS), cols=5)
    for c, text in enumerate(("TT", "Nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian hoàn thành")):
        table.cell(0, c).text = text
    table.cell(1, 2).text, table.cell(1, 3).text = "Chủ trì", "Phối hợp"
    table.cell(0, 2).merge(table.cell(0, 3))
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c))
    table.cell(2, 0).text = TASK_SECTION
    table.cell(2, 0).merge(table.cell(2, 4))
    _fill(table, TASK_ROWS, start=3)
    document.add_paragraph("Nơi nhận:")
    return _saved(document, tmp_path)


def _fill(table, rows, start: int = 0) -> None:
    """Write `rows` (tuples of cell texts) into a python-docx `table` from its row `start`."""
    for r, row in enumerate(rows, start=start):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _saved(document, tmp_path: Path) -> Path:
    path = tmp_path / "plan.docx"
    document.save(path)
    return path


def _pdf(tmp_path: Path, caption: list[str], build) -> Path:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    from fpdf.fonts import FontFace

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=9)
    for line in caption:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(headings_style=FontFace(emphasis=""), **build.get("options", {})) as table:
        for cells in build["rows"]:
            row = table.row()
            for text, span in cells:
                row.cell(text, **span)
    pdf.multi_cell(0, 6, "Nơi nhận: như trên.", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


def _pdf_path(tmp_path: Path) -> Path:
    rows = [[(h, {}) for h in TASK_HEADER], [(TASK_SECTION, {"colspan": 5})]] + [[(c, {}) for c in r] for r in TASK_ROWS]
    return _pdf(tmp_path, BEFORE.strip().splitlines(), {"rows": rows, "options": {"col_widths": (8, 60, 40, 40, 30)}})


def _read(path: Path) -> str:
    doc = read_document(path)
    assert doc.status == "ok", doc.messages
    return normalise(doc.raw_text).text


def _html_path(tmp_path: Path) -> Path:
    """An HTML table: cells hold paragraphs, the section row spans the columns after its ordinal."""
    head = "".join(f"<th><p>{h}</p></th>" for h in TASK_HEADER)
    section = f'<tr><td>I</td><td colspan="4"><p><b>{TASK_SECTION.split(". ", 1)[1]}</b></p></td></tr>'
    body = "".join("<tr>" + "".join(f"<td><p>{c.replace(' của', '<br>của')}</p></td>" for c in r) + "</tr>" for r in TASK_ROWS)
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body><p>PHỤ LỤC</p><table><tr>{head}</tr>{section}{body}</table><p>Nơi nhận:</p></body></html>",
                    encoding="utf-8")
    return path


SHAPES = {
    "html, cells with paragraphs and a colspan": lambda tmp: _read(_html_path(tmp)),
    "tab-separated": lambda tmp: normalise(_tab_text()).text,
    "markdown pipe table": lambda tmp: normalise(_pipe_text()).text,
    "crawl, one cell a line": lambda tmp: normalise(_bar_text()).text,
    "one cell a line, no bars": lambda tmp: normalise(_cell_lines_text()).text,
    "docx, merged cells": lambda tmp: _read(_docx_path(tmp)),
    "pdf, ruled table": lambda tmp: _read(_pdf_path(tmp)),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_task_table_reads_the_same_in_every_shape(shape, tmp_path):
    text = SHAPES[shape](tmp_path)
    rows = task_rows(text)
    assert [(r["lead"].text, r["coordinate"].text, r["time"].text) for r in rows] == [(r[2], r[3], r[4]) for r in TASK_ROWS]
    assert [" ".join(r["task"].text.split()) for r in rows] == [r[1] for r in TASK_ROWS]
    for row in rows:
        for cell in row.values():
            assert text[cell.start:cell.end] == cell.text  # offsets into the normalised text
    (table,) = [t for t in tables_of(text) if t.column("lead") is not None]
    sections = [r for r in table.rows if r.kind == "section"]
    assert len(sections) == 1 and sections[0].section is None
    assert all(r.section and r.section.endswith("Hoàn thiện thể chế, chính sách") for r in table.data_rows)


@pytest.mark.parametrize("shape", SHAPES)
def test_task_table_deadlines_and_bodies(shape, tmp_path):
    from extractors.bodies.extract import extract_bodies
    from extractors.deadlines.extract import extract_deadlines

    text = SHAPES[shape](tmp_path)
    deadlines = [(d.date, d.rule) for d in extract_deadlines(text, period=(None, None), doc_year=2025)]
    assert deadlines == [("2025-Q4", "rule_task_table"), ("2026", "rule_task_table")]  # "Thường xuyên": no date
    bodies = {(b.name, b.role) for b in extract_bodies(text) if b.rule.startswith("table_")}
    assert {("Sở Nông nghiệp và Môi trường", "lead"), ("Thanh tra tỉnh", "lead"), ("Công an tỉnh", "coordinate")} <= bodies


# --- indicator tables: a two-line header, a unit caption, a section row ---------------------

INDICATOR_CAPTION = ["CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI", "Đơn vị tính: tỷ đồng"]
INDICATORS = (("1", "Tổng thu ngân sách nhà nước trên địa bàn", "12.500", "20.000"),
              ("2", "Tổng vốn đầu tư toàn xã hội", "45.000", "60.000"))
EXPECTED_TARGETS = {("Tổng thu ngân sách nhà nước trên địa bàn", 12500.0, "tỷ đồng", 2026),
                    ("Tổng thu ngân sách nhà nước trên địa bàn", 20000.0, "tỷ đồng", 2030),
                    ("Tổng vốn đầu tư toàn xã hội", 45000.0, "tỷ đồng", 2026),
                    ("Tổng vốn đầu tư toàn xã hội", 60000.0, "tỷ đồng", 2030)}


def _indicator_pdf(tmp_path: Path) -> str:
    rows = [[("TT", {"rowspan": 2}), ("Chỉ tiêu", {"rowspan": 2}), ("Mục tiêu", {"colspan": 2})],
            [("Năm 2026", {}), ("Năm 2030", {})],
            [("I. Chỉ tiêu kinh tế", {"colspan": 4})]] + [[(c, {}) for c in r] for r in INDICATORS]
    return _read(_pdf(tmp_path, INDICATOR_CAPTION, {"rows": rows, "options": {"col_widths": (8, 80, 30, 30), "num_heading_rows": 2}}))


def _indicator_bars(tmp_path: Path) -> str:
    rows = [("TT", "Chỉ tiêu", "Năm 2026", "Năm 2030"), ("", "I. Chỉ tiêu kinh tế", "", "")] + list(INDICATORS)
    return normalise("\n".join(INDICATOR_CAPTION) + "\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text


def _indicator_tabs(tmp_path: Path) -> str:
    rows = ["TT\tChỉ tiêu\tMục tiêu", "\t\tNăm 2026\tNăm 2030", "I. Chỉ tiêu kinh tế"] + ["\t".join(r) for r in INDICATORS]
    return normalise("\n".join(INDICATOR_CAPTION) + "\n" + "\n".join(rows) + "\nNơi nhận:\n").text


def _indicator_cell_lines(tmp_path: Path) -> str:
    rows = [("TT", "Chỉ tiêu", "Năm 2026", "Năm 2030"), ("I", "Chỉ tiêu kinh tế")] + list(INDICATORS)
    return normalise("\n".join(INDICATOR_CAPTION) + "\n" + "\n".join(c for r in rows for c in r) + "\n\nNơi nhận:\n").text


INDICATOR_SHAPES = {"pdf, two-line header": _indicator_pdf, "crawl, one cell a line": _indicator_bars,
                    "tab-separated, two-line header": _indicator_tabs, "one cell a line, no bars": _indicator_cell_lines}


@pytest.mark.parametrize("lines, rows", [
    # a unit cell in small letters keeps its line (not the wrapped end of the indicator above it)
    (["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030", "1", "Số doanh nghiệp khoa học và công nghệ",
      "doanh nghiệp", "7", "15", "2", "Số hợp tác xã kiểu mới", "hợp tác xã", "40", "55"],
     [("1", "Số doanh nghiệp khoa học và công nghệ", "doanh nghiệp", "7", "15"),
      ("2", "Số hợp tác xã kiểu mới", "hợp tác xã", "40", "55")]),
    (["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian", "1", "Tổ chức hội nghị triển khai",
      "phòng Nội vụ", "tháng 3/2025", "2", "Kiểm tra, đánh giá kết quả", "Văn phòng", "quý IV/2025"],
     [("1", "Tổ chức hội nghị triển khai", "phòng Nội vụ", "tháng 3/2025"),
      ("2", "Kiểm tra, đánh giá kết quả", "Văn phòng", "quý IV/2025")]),
    # a task row whose last cells are empty (no result, no funding) is shorter: the rows after it are read
    (["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Kinh phí",
      "1", "Rà soát quy hoạch", "Sở Xây dựng", "Các sở, ngành", "Quý II/2026", "Ngân sách tỉnh",
      "2", "Xây dựng cơ sở dữ liệu", "Sở Khoa học và Công nghệ", "UBND các xã", "Năm 2026",
      "3", "Tập huấn cán bộ", "Sở Nội vụ", "Các sở, ngành", "Quý IV/2026", "Nguồn hợp pháp khác"],
     [("1", "Rà soát quy hoạch", "Sở Xây dựng", "Các sở, ngành", "Quý II/2026", "Ngân sách tỉnh"),
      ("2", "Xây dựng cơ sở dữ liệu", "Sở Khoa học và Công nghệ", "UBND các xã", "Năm 2026"),
      ("3", "Tập huấn cán bộ", "Sở Nội vụ", "Các sở, ngành", "Quý IV/2026", "Nguồn hợp pháp khác")]),
    # s24e: a works table's quantity column ("Khối lượng") is a column name; a numbered paragraph right after the last
    # row (no blank line) ends the table, the row before it kept
    (["STT", "Nội dung công việc", "Đơn vị tính", "Khối lượng", "Thời gian hoàn thành", "1", "Nạo vét kênh mương nội đồng",
      "km", "18,5", "Trước 30/4/2026", "2", "Gia cố đoạn đê xung yếu", "m", "650", "Trước 15/8/2026",
      "4. Lực lượng, phương tiện theo phương châm \"4 tại chỗ\":"],
     [("1", "Nạo vét kênh mương nội đồng", "km", "18,5", "Trước 30/4/2026"),
      ("2", "Gia cố đoạn đê xung yếu", "m", "650", "Trước 15/8/2026")]),
    # s26a: quotas shared out among schools: a names column, then quantities each in its unit (a count "Số lớp tuyển mới", a
    # unit in parentheses); the total row under the last, its ordinal's cell an empty line
    (["STT", "Trường", "Số lớp tuyển mới", "Chỉ tiêu tuyển sinh (học sinh)", "1", "THPT Tam Đường", "09", "378", "2",
      "THPT Bình Lư", "07", "294", "", "Tổng cộng", "16", "672"],
     [("1", "THPT Tam Đường", "09", "378"), ("2", "THPT Bình Lư", "07", "294"), ("Tổng cộng", "16", "672")]),
    (["TT", "Xã, phường", "Số hộ thoát nghèo", "1", "Xã Tân Uyên", "120", "2", "Xã Mường Kim", "85"],
     [("1", "Xã Tân Uyên", "120"), ("2", "Xã Mường Kim", "85")]),
    # s30p: the next appendix's heading right after the last row (a page break before it read as one line end, no
    # blank line) ends the table, the row before it kept
    (["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "1", "Tỷ lệ dân số tập luyện thể dục, thể thao thường xuyên", "%",
      "36", "2", "Tỷ lệ gia đình thể thao", "%", "26", "PHỤ LỤC II", "LỊCH THI ĐẤU ĐẠI HỘI THỂ DỤC THỂ THAO NĂM 2026"],
     [("1", "Tỷ lệ dân số tập luyện thể dục, thể thao thường xuyên", "%", "36"), ("2", "Tỷ lệ gia đình thể thao", "%", "26")]),
    (["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "1", "Tỷ lệ hộ nghèo", "%", "2,1", "PHỤ LỤC SỐ 2: DANH MỤC NHIỆM VỤ"],
     [("1", "Tỷ lệ hộ nghèo", "%", "2,1")]),
])
def test_table_of_one_cell_a_line(lines, rows):
    text = normalise("PHỤ LỤC\n" + "\n".join(lines) + "\n\nNơi nhận:\n").text
    (table,) = tables_of(text)
    assert table.shape == "lines"
    assert [tuple(c.text for c in r.cells) for r in table.data_rows] == rows


@pytest.mark.parametrize("lines, kept", [
    # a cell over two lines shifts the grid: the rows from the shifted one on are no rows (never a wrong value)
    (["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2024", "Kế hoạch 2025", "1", "Tổng giá trị sản xuất", "tỷ đồng", "12.450",
      "13.500", "2", "Thu nhập bình quân đầu người trên địa bàn", "toàn huyện", "triệu đồng", "68", "74", "3",
      "Tỷ lệ hộ nghèo", "%", "2,1", "1,6"], ["1"]),
    # …unless the line wraps join the cell's two lines first (a task's words in small letters go on)
    (["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian", "1", "Rà soát quy hoạch", "Sở Xây dựng", "Quý II/2025", "2",
      "Kiểm tra việc thực hiện các dự án", "đầu tư công", "Thanh tra tỉnh", "Năm 2025"], ["1", "2"]),
])
def test_table_of_one_cell_a_line_stops_where_a_cell_wraps(lines, kept):
    text = normalise("PHỤ LỤC\n" + "\n".join(lines) + "\n\nNơi nhận:\n").text
    tables = [t for t in tables_of(text) if t.shape == "lines"]
    assert [r.cells[0].text for t in tables for r in t.data_rows] == kept
    assert all(r.cells[-1].text in lines for t in tables for r in t.data_rows)  # each kept row ends with its own last cell


@pytest.mark.parametrize("lines", [
    ["TT", "Chỉ tiêu", "1", "Tỷ lệ hộ nghèo giảm"],  # a header of two names: no table
    ["TT", "Đơn vị tính", "Năm 2025", "1", "%", "60"],  # no indicator or task column
    ["TT", "Lực lượng", "Số lượng", "1", "Đội xung kích", "14"],  # (s24e) a quantity column, but no indicator or task column
    ["TT", "Họ và tên", "Chức vụ", "1", "Nguyễn Văn An", "Trưởng ban"],  # (s26a) names, and no quantity in a unit
    ["TT", "Trường", "Địa chỉ (thôn)", "1", "THPT Tam Đường", "Thôn 3"],  # (s26a) words in parentheses that are no unit
    ["Chỉ tiêu", "Đơn vị tính", "Năm 2025", "1", "Tỷ lệ hộ nghèo", "%", "2"],  # no number column opening it
])
def test_lines_that_are_no_table_of_one_cell_a_line(lines):
    text = normalise("PHỤ LỤC\n" + "\n".join(lines) + "\n").text
    assert [t for t in tables_of(text) if t.shape == "lines"] == []


# x22a: a crawl sets each cell of a table of one cell a line as a paragraph of its own, one blank line between cells; a
# unit cell in small letters ("triệu kWh") is a cell, not the wrapped end of the indicator above it across the blank line
SPACED_CELLS = ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch năm 2026", "1", "Điện năng tiết kiệm",
                "triệu kWh", "412", "510", "2", "Tỷ lệ điện năng tiết kiệm so với tổng điện năng thương phẩm", "%", "2,1",
                "≥ 2,5"]


def test_table_of_one_cell_a_paragraph():
    text = normalise("Nơi nhận:\n- Lưu: VT.\n\nPHỤ LỤC\n\n" + "\n\n".join(SPACED_CELLS) + "\n").text  # the appendix ends it
    (table,) = [t for t in tables_of(text) if t.shape == "lines"]
    assert [tuple(c.text for c in r.cells) for r in table.data_rows] == [
        ("1", "Điện năng tiết kiệm", "triệu kWh", "412", "510"),
        ("2", "Tỷ lệ điện năng tiết kiệm so với tổng điện năng thương phẩm", "%", "2,1", "≥ 2,5")]


def test_no_table_of_one_cell_a_paragraph_where_the_header_is_not_so_set():
    # near miss: two blank lines after "STT" (a paragraph of its own, not a cell): no table, and the lower-case line
    # after a blank line joins the line above as before (a crawl's paragraph that runs on)
    text = normalise("PHỤ LỤC\n\nSTT\n\n\n" + "\n\n".join(SPACED_CELLS[1:]) + "\n\n\nNơi nhận:\n").text
    assert [t for t in tables_of(text) if t.shape == "lines"] == []
    assert "Điện năng tiết kiệm triệu kWh" in text


@pytest.mark.parametrize("shape", INDICATOR_SHAPES)
def test_indicator_table_with_caption_unit_and_section_row(shape, tmp_path):
    text = INDICATOR_SHAPES[shape](tmp_path)
    (table,) = [t for t in tables_of(text) if t.column("indicator") is not None]
    assert table.caption_unit == "tỷ đồng"
    assert [c.year for c in table.columns][-2:] == [2026, 2030]
    assert [r.kind for r in table.rows if r.kind != "header"] == ["section", "data", "data"]
    found = {(t.indicator, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == EXPECTED_TARGETS


@pytest.mark.parametrize("caption, header, year", [
    ("KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026", "Chỉ tiêu\tĐVT\tKế hoạch", 2026),  # the caption's year
    ("Các chỉ tiêu chủ yếu", "Chỉ tiêu\tĐơn vị tính\tMục tiêu đến năm 2030", 2030),  # the column's year
    ("Các chỉ tiêu chủ yếu", "Nội dung\tĐVT\tKH 2027", 2027),
    ("CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026 - 2030", "TT\tNội dung\tĐVT\tMục tiêu", 2030),  # a period: its last year
    # s27e: the whole period's total beside its phases' columns: its last year
    ("Các chỉ tiêu chủ yếu", "Chỉ tiêu\tĐVT\tTổng giai đoạn 2026 - 2030", 2030),
    ("Các chỉ tiêu chủ yếu", "Chỉ tiêu\tĐVT\tTổng số 2026-2030", 2030),
    # s22a: a school year is its last year, in a column or the caption; what the column holds may follow in parentheses
    ("Chỉ tiêu chủ yếu", "Chỉ tiêu\tĐVT\tNăm học 2026-2027 (kế hoạch)", 2027),
    ("CHỈ TIÊU CHỦ YẾU NĂM HỌC 2026 - 2027", "Chỉ tiêu\tĐVT\tKế hoạch", 2027),
    ("Các chỉ tiêu chủ yếu", "Chỉ tiêu\tĐVT\tKế hoạch năm học 2026 - 2027", 2027),
    # s24e: the quantity of a works or means table ("Khối lượng", "Số lượng"), in the caption's year
    ("Khối lượng công trình thủy lợi năm 2026:", "TT\tNội dung công việc\tĐVT\tKhối lượng", 2026),
    ("Lực lượng, phương tiện năm 2026:", "Chỉ tiêu\tĐVT\tSố lượng", 2026),
])
def test_year_of_a_value_column(caption, header, year):
    lead = "1\t" if header.startswith("TT") else ""
    text = normalise(f"{caption}\n{header}\n{lead}Tỷ lệ che phủ rừng\t%\t51\n{lead}Số bác sĩ/vạn dân\tbác sĩ\t12\n").text
    found = {(t.indicator, t.value, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == {("Tỷ lệ che phủ rừng", 51.0, year), ("Số bác sĩ/vạn dân", 12.0, year)}


# --- space-aligned tables (pdftotext -layout) -------------------------------------------------

ALIGNED = """PHỤ LỤC
TT     Nhiệm vụ                              Cơ quan chủ trì        Cơ quan phối hợp       Thời gian thực hiện
1      Rà soát quy hoạch cây xanh đô thị     Sở Xây dựng            Các sở, ngành          Năm 2025
2      Xây dựng cơ sở dữ liệu cây xanh       Sở Tài chính           UBND các huyện         Quý I/2025

Nơi nhận:
"""


# cells wrapped over lines, centred on the row's number
ALIGNED_CENTRED = """PHỤ LỤC

TT                Nhiệm vụ                       Cơ quan chủ trì         Thời gian thực hiện
     Rà soát quy hoạch xây dựng và
1    phát triển hệ thống cây xanh đô thị     Sở Xây dựng                  Năm 2025
     Ninh Bình đến năm 2030.
     Xây dựng cơ sở dữ liệu cây xanh          Sở Nông nghiệp và
2                                                                          Quý I/2025
     trên địa bàn tỉnh.                          Môi trường
                                                     5

Nơi nhận:
"""
# cells wrapped over lines, starting on the row's number
ALIGNED_TOP = """Phụ lục
STT   Nội dung công việc                    Đơn vị chủ trì          Thời hạn hoàn thành
1     Tổng rà soát các cơ sở sản xuất       Sở Công Thương          Tháng 6/2026
      kinh doanh vật liệu nổ công nghiệp
2     Kiểm tra việc chấp hành quy định      Công an tỉnh            Quý III/2026
      về an toàn, phòng chống cháy nổ
"""


# a header wrapped over two lines
ALIGNED_TWO_LINE_HEADER = """PHỤ LỤC
TT    Nhiệm vụ                              Cơ quan             Cơ quan             Thời gian
                                            chủ trì             phối hợp            hoàn thành
1     Rà soát quy hoạch cây xanh đô thị     Sở Xây dựng         Các sở, ngành       Năm 2025
2     Xây dựng cơ sở dữ liệu cây xanh       Sở Tài chính        UBND các huyện      Quý I/2025
"""


@pytest.mark.parametrize("raw, expected", [
    (ALIGNED_TWO_LINE_HEADER, [("Rà soát quy hoạch cây xanh đô thị", "Sở Xây dựng", "Năm 2025"),
                               ("Xây dựng cơ sở dữ liệu cây xanh", "Sở Tài chính", "Quý I/2025")]),
    (ALIGNED, [("Rà soát quy hoạch cây xanh đô thị", "Sở Xây dựng", "Năm 2025"),
               ("Xây dựng cơ sở dữ liệu cây xanh", "Sở Tài chính", "Quý I/2025")]),
    (ALIGNED_CENTRED, [("Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị Ninh Bình đến năm 2030.",
                        "Sở Xây dựng", "Năm 2025"),
                       ("Xây dựng cơ sở dữ liệu cây xanh trên địa bàn tỉnh.", "Sở Nông nghiệp và Môi trường", "Quý I/2025")]),
    (ALIGNED_TOP, [("Tổng rà soát các cơ sở sản xuất kinh doanh vật liệu nổ công nghiệp", "Sở Công Thương", "Tháng 6/2026"),
                   ("Kiểm tra việc chấp hành quy định về an toàn, phòng chống cháy nổ", "Công an tỉnh", "Quý III/2026")]),
])
def test_space_aligned_table(raw, expected):
    mt = normalise(raw)
    rows = task_rows(mt.text)
    assert [(r["task"].text, r["lead"].text, r["time"].text) for r in rows] == expected
    for row in rows:  # each cell maps back to where its first and last words are in the raw text
        for cell in row.values():
            start, end = mt.raw_span(cell.start, cell.end)
            assert raw[start:].startswith(cell.text.split()[0]) and raw[:end].endswith(cell.text.split()[-1])


@pytest.mark.parametrize("raw", [
    # a signature block in two columns: no header words
    "Nơi nhận:                                    TM. ỦY BAN NHÂN DÂN\n- Như trên;              KT. CHỦ TỊCH\n",
    # a header-like line followed by prose with no column gaps
    "Nhiệm vụ     Cơ quan chủ trì     Thời gian thực hiện\nCác cơ quan chủ trì thực hiện nhiệm vụ đúng thời gian quy định.\nTrong năm 2026 hoàn thành.\n",
])
def test_space_aligned_negatives(raw):
    from pipeline.normalise import MappedText, aligned_tables

    assert aligned_tables(MappedText.identity(raw)).text == raw
    assert task_rows(normalise(raw).text) == []


# An allocation table as pdftotext -layout gives it: the number column, the units' column and what each is given ("TT  Đơn
# vị  Công trình  Đoàn viên  Hiến máu": two table words only), each name wrapped over three lines with its unit in
# parentheses, a unit itself wrapped ("(đơn vị" over "máu)"), a name two spaces before its first value, a total row (s30d).
ALIGNED_ALLOCATION = """PHỤ LỤC
CHỈ TIÊU GIAO CÁC ĐƠN VỊ NĂM 2026

  TT   Đơn vị                                      Công trình       Đoàn viên     Hiến máu
                                                   thanh niên       mới           (đơn vị
                                                   (công trình)     (đoàn viên)   máu)
  1    Đoàn Khối các cơ quan và doanh nghiệp tỉnh  20               150           400
  2    Đoàn Thanh niên Công an tỉnh                10               100           300
       Tổng cộng                                   30               250           700
"""


def test_space_aligned_allocation_table_with_units_wrapped_in_its_header():
    text = normalise(ALIGNED_ALLOCATION).text
    assert "TT\tĐơn vị\tCông trình thanh niên (công trình)\tĐoàn viên mới (đoàn viên)\tHiến máu (đơn vị máu)\n" \
           "1\tĐoàn Khối các cơ quan và doanh nghiệp tỉnh\t20\t150\t400\n" in text
    cells = {(t.indicator, t.scope, t.value, t.unit) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert ("Hiến máu", "Đoàn Thanh niên Công an tỉnh", 300, "đơn vị máu") in cells
    assert ("Công trình thanh niên", "Đoàn Khối các cơ quan và doanh nghiệp tỉnh", 20, "công trình") in cells
    assert ("Đoàn viên mới", None, 250, "đoàn viên") in cells


@pytest.mark.parametrize("name, unit", [
    ("Hiến máu (đơn vị máu)", "đơn vị máu"),  # the unit's own word
    ("Diện tích (Đơn vị tính: ha)", "ha"),  # the label before the unit
    ("Lao động (Đơn vị: người)", "người"),
    ("Kinh phí (ĐVT: triệu đồng)", "triệu đồng"),
    ("Chỉ tiêu (ĐVT)", None),  # the label alone
])
def test_unit_in_a_header(name, unit):
    from extractors.tables import header_unit

    assert header_unit(name) == unit


@pytest.mark.parametrize("raw", [
    # a number among the names beside the number column and one table word: no header
    "  TT   Đơn vị        Công trình 2026      Hiến máu\n  1    Sở Y tế       12            14\n",
    # no table word beside the number column: bodies laid out in columns
    "  TT   Sở Y tế       Sở Tài chính      Công an tỉnh\n",
])
def test_space_aligned_allocation_negatives(raw):
    from pipeline.aligned import is_header

    assert not is_header(raw.split("\n")[0])


# A table of quotas by group with a time column and no task column ("Khối/đơn vị | Chỉ tiêu (đơn vị máu) | Thời gian": the
# quotas in their unit, a value column): its rows are named by the groups' column, and its times are read (s30d).
def test_a_quota_table_with_a_time_column_names_its_rows_by_the_groups():
    text = normalise("5. Chỉ tiêu giao theo khối:\nKhối/đơn vị\tChỉ tiêu (đơn vị máu)\tThời gian\n"
                     "Khối doanh nghiệp\t7.800\tCả năm\nLực lượng vũ trang\t4.500\tTháng 7/2026\n").text
    assert [(r["task"].text, r["time"].text) for r in task_rows(text)] == [
        ("Khối doanh nghiệp", "Cả năm"), ("Lực lượng vũ trang", "Tháng 7/2026")]
    # negative: a column of row numbers names nothing
    text = normalise("TT\tChỉ tiêu (đơn vị máu)\tThời gian\n1\t7.800\tCả năm\n2\t4.500\tTháng 7/2026\n").text
    assert task_rows(text) == []


# s35b: a list of items with the body that leads each and when, no task column ("Tên sản phẩm | Hình thức bảo hộ | Đơn vị
# chủ trì | Thời gian", crawled one cell a line): a task table whose rows the items name; its leads are bodies.
def test_a_list_with_lead_and_time_columns_names_its_rows_by_the_items():
    rows = [("STT", "Tên sản phẩm", "Hình thức bảo hộ", "Đơn vị chủ trì", "Thời gian"),
            ("1", "Sầu riêng Đắk Lắk", "Chỉ dẫn địa lý", "Sở Khoa học và Công nghệ", "2026 - 2027"),
            ("2", "Cá ngừ đại dương Sông Cầu", "Nhãn hiệu chứng nhận", "Ủy ban nhân dân phường Sông Cầu", "2026")]
    text = normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text
    assert [(r["task"].text, r["lead"].text, r["time"].text) for r in task_rows(text)] == [
        ("Sầu riêng Đắk Lắk", "Sở Khoa học và Công nghệ", "2026 - 2027"),
        ("Cá ngừ đại dương Sông Cầu", "Ủy ban nhân dân phường Sông Cầu", "2026")]
    assert {(b.name, b.role) for b in extract_bodies(text)} == {
        ("Sở Khoa học và Công nghệ", "lead"), ("Ủy ban nhân dân phường Sông Cầu", "lead")}
    # negative: with no lead column, a list of items and times is no task table
    rows = [(r[0], r[1], r[2], r[4]) for r in rows]
    assert task_rows(normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text) == []


def test_a_schedule_of_programmes_by_month_is_a_task_table():  # w23b
    """"Tháng | Chương trình | Thời lượng (phút) | Bộ phận thực hiện": the month cells are deadlines, each length a target of
    "Thời lượng" with its programme as scope; months without a year give no date."""
    from extractors.deadlines import extract_deadlines
    rows = [("Tháng", "Chương trình", "Thời lượng (phút)", "Bộ phận thực hiện"),
            ("01/2027", "Chương trình nghệ thuật chào Xuân", "90", "Ban Chuyên đề - Văn nghệ"),
            ("07/2027", "Kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2027)", "60", "Ban Thời sự")]
    text = "PHỤ LỤC 2\nCHƯƠNG TRÌNH ĐẶC BIỆT NĂM 2027\n\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    assert [(r["task"].text, r["time"].text) for r in task_rows(text)] == [
        ("Chương trình nghệ thuật chào Xuân", "01/2027"),
        ("Kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2027)", "07/2027")]
    assert {d.date for d in extract_deadlines(text) if d.rule == "rule_task_table"} == {"2027-01", "2027-07"}
    assert [(t.indicator, t.value, t.unit, t.scope) for t in extract_targets(text)] == [
        ("Thời lượng", 90.0, "phút", "Chương trình nghệ thuật chào Xuân"),
        ("Thời lượng", 60.0, "phút", "Kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2027)")]
    # negative: months with no year ("1", "7") give no date (a year the text does not state is never inferred)
    rows = [rows[0]] + [(m,) + r[1:] for m, r in zip(("1", "7"), rows[1:])]
    text = "PHỤ LỤC 2\n\n" + "\n".join("\t".join(r) for r in rows) + "\n"
    assert [d for d in extract_deadlines(text) if d.date] == []


@pytest.mark.parametrize("cells, expected", [
    # w23b: a column of each year's values beside the period's ("Hằng năm | Đến năm 2030"), cells that say what a change is
    # measured against, what a share counts, or a bound in words
    (("Lượt khách tham quan bảo tàng", "lượt", "Tăng 10% so với năm trước", "Ít nhất 120.000"),
     [(120000.0, "lượt", "ge", None), (10.0, "%", "eq", "increase")]),
    (("Xã, phường được luân chuyển sách, báo", "-", "100% xã", "100% xã, phường"),
     [(100.0, "%", "eq", None), (100.0, "%", "eq", None)]),
    (("Hiện vật sưu tầm, bổ sung", "hiện vật", "Ít nhất 500", "-"), [(500.0, "hiện vật", "ge", None)]),
])
def test_each_years_column_beside_the_periods(cells, expected):
    text = ("PHỤ LỤC I\nCHỈ TIÊU GIAI ĐOẠN 2026 - 2030\n\nSTT\tChỉ tiêu\tĐơn vị tính\tHằng năm\tĐến năm 2030\n"
            "1\t" + "\t".join(cells) + "\n")
    assert sorted((t.value, t.unit, t.comparator, t.direction) for t in extract_targets(text)) == sorted(expected)


def test_each_years_column_alone_is_no_column_of_values():  # w23b: negative, no year column beside it
    text = "PHỤ LỤC\n\nSTT\tNhiệm vụ\tHằng năm\n1\tKiểm tra cơ sở\t12\n2\tTập huấn\t4\n"
    assert [t for t in extract_targets(text) if t.rule == "rule_table_cell"] == []


def test_a_level_column_of_the_year_with_units_in_its_cells():  # w23b
    """"Mức phấn đấu năm 2027" heads the year's values; a cell's noun that the row's label opens with is its unit ("06
    đoàn" beside "Đoàn phóng viên …"), a duration the label names as a committed time is one ("Không quá 10 ngày làm việc")."""
    text = ("PHỤ LỤC I\n\nTT\tChỉ tiêu\tMức phấn đấu năm 2027\tĐơn vị theo dõi\n"
            "1\tĐoàn phóng viên đến tìm hiểu, viết bài về tỉnh\t06 đoàn\tVăn phòng Sở\n"
            "2\tThời gian giải quyết hồ sơ cấp giấy phép xuất bản bản tin\tKhông quá 10 ngày làm việc\tThanh tra Sở\n"
            "3\tSố lớp tập huấn\tĐầu năm 2027\tThanh tra Sở\n")
    assert [(t.value, t.unit, t.comparator, t.year) for t in extract_targets(text)] == [
        (6.0, "đoàn", "eq", 2027), (10.0, "ngày làm việc", "le", 2027)]


# w23c: the same with the column of those who do each item ("TT | Chuyên đề | Thời gian | Đội thực hiện", a market
# surveillance plan's inspections, its teams "Đội Quản lý thị trường số 3"): its teams are the bodies given each row
def test_a_list_with_a_doers_column_named_by_the_team_names_its_rows_by_the_items():
    text = normalise("Bảng 2. Các chuyên đề kiểm tra năm 2027\nTT\tChuyên đề\tThời gian\tĐội thực hiện\n"
                     "1\tPhân bón, thuốc bảo vệ thực vật\tTháng 3/2027\tĐội Quản lý thị trường số 3; Đội Quản lý thị trường số 5\n"
                     "2\tĐo lường, chất lượng xăng dầu\tQuý II/2027\tĐội Quản lý thị trường số 1\n").text
    assert [(r["task"].text, r["time"].text) for r in task_rows(text)] == [
        ("Phân bón, thuốc bảo vệ thực vật", "Tháng 3/2027"), ("Đo lường, chất lượng xăng dầu", "Quý II/2027")]
    assert {b.name for b in extract_bodies(text)} == {
        "Đội Quản lý thị trường số 3", "Đội Quản lý thị trường số 5", "Đội Quản lý thị trường số 1"}
    # negative: a team's column beside no time column is no task table
    text = normalise("TT\tChuyên đề\tĐội thực hiện\n1\tPhân bón\tĐội Quản lý thị trường số 3\n").text
    assert task_rows(text) == []


# --- not tables ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a signature and recipients block laid out in two columns
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Như trên;\tKT. CHỦ TỊCH\n- Lưu: VT.\tPHÓ CHỦ TỊCH\n",
    # a date line with a blank for the day, and a number line
    "Số\t-CTr/TU\n\nLào Cai, ngày\ttháng 8 năm 2026\n\nTỷ lệ che phủ rừng đạt 51% vào năm 2026.\n",
    # prose that happens to hold a bar between spaces
    "Các chỉ tiêu | mục tiêu của Kế hoạch được giao tại Nghị quyết.\nTỷ lệ che phủ rừng đạt 51%.\n",
    # the two-column heading of a crawled document: a table, but no header and nothing to read
    "|\nỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\nSố: 12/KH-UBND\n|\nLào Cai, ngày 5 tháng 1 năm 2026\n|\n\nKẾ HOẠCH\n",
])
def test_prose_and_layout_are_not_task_or_indicator_tables(text):
    text = normalise(text).text
    assert task_rows(text) == []
    assert [t for t in extract_targets(text) if t.rule == "rule_table_cell"] == []
    assert all(t.column("lead") is None and t.column("indicator") is None for t in tables_of(text))


# --- the field corpus ---------------------------------------------------------------------------

@pytest.mark.parametrize("name, lead, time", [
    ("010_dongthap-kh552-doimoicongnghe-2035.txt", "Sở Tài chính", "2026"),
    ("039_hcm-qd2820-kh-trienkhai-qd06-ttg.txt", "Sở Tài chính", "Quý IV/2025"),
    ("016_dongthap-kh617-chuyendoiso-doanhnghiep.txt", "Sở KH&CN", "Thường xuyên"),
])
def test_crawled_task_tables_in_the_field_corpus(field_dir, name, lead, time):
    path = field_dir / name
    if not path.exists():
        pytest.skip(f"{name} not in the field corpus")
    text = normalise(read_document(path).raw_text).text
    rows = task_rows(text)
    assert len(rows) >= 8
    assert any(r.get("lead") and r["lead"].text == lead and r.get("time") and r["time"].text == time for r in rows)


# --- what a time cell says --------------------------------------------------------------------

@pytest.mark.parametrize("cell, expected", [
    ("Quý IV/2025", [("2025-Q4", None)]),
    ("Quí IV-2025", [("2025-Q4", None)]),  # the spelling and dash of some tables
    ("2026-2027", [("2026", "2027")]),
    ("Năm 2025 - 2026", [("2025", "2026")]),
    ("Năm 2026", [("2026", None)]),
    ("2026", [("2026", None)]),
    ("Tháng 6/2026", [("2026-06", None)]),
    ("Hoàn thành xong, trình trong tháng 6/2025", [("2025-06", None)]),
    ("Ngay sau khi có Nghị quyết của HĐND tỉnh", [(None, None)]),  # relative to an event: no date
    ("Tháng 12 hằng năm", [(None, None)]),  # recurring: no date
    ("Quý IV hàng năm", [(None, None)]),
    ("Thường xuyên", []),
    ("Hàng năm", []),
    ("Theo tiến độ dự án", []),
])
def test_time_cell_of_a_task_table(cell, expected):
    from extractors.deadlines.extract import extract_deadlines

    text = normalise("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
                     f"1\tTrình phê duyệt Đề án phát triển cây xanh\tSở Xây dựng\t{cell}\n"
                     "2\tKiểm tra việc thực hiện\tThanh tra tỉnh\t\n").text
    found = [d for d in extract_deadlines(text, period=(None, None), doc_year=2025) if d.rule == "rule_task_table"]
    assert [(d.date, d.date_end) for d in found] == expected
    assert all(d.recurrence == ("yearly" if "năm" in cell and d.date is None and "sau khi" not in cell else None) for d in found)


@pytest.mark.parametrize("between", [
    "\n\f\n5\n\n",  # a page break with its page number
    "\n\f\nKế hoạch số 12/KH-UBND\n\n",  # a running header line
])
def test_table_goes_on_after_a_page_break(between):
    raw = ("PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát quy hoạch\tSở Xây dựng\tNăm 2025"
           f"{between}2\tKiểm tra việc thực hiện\tThanh tra tỉnh\tQuý I/2026\n3\tTuyên truyền\tSở Văn hóa và Thể thao\t2027\n\nNơi nhận:\n")
    rows = task_rows(normalise(raw).text)
    assert [(r["lead"].text, r["time"].text) for r in rows] == [
        ("Sở Xây dựng", "Năm 2025"), ("Thanh tra tỉnh", "Quý I/2026"), ("Sở Văn hóa và Thể thao", "2027")]


def test_a_table_after_prose_is_not_a_continuation():
    raw = ("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát quy hoạch\tSở Xây dựng\tNăm 2025\n\n"
           "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Kế hoạch này, chủ động xây dựng kế hoạch thực hiện, "
           "báo cáo kết quả về Sở Nội vụ trước ngày 15 tháng 12 hằng năm.\n\n"
           "Năm 2024\t51%\tđạt\tvượt\n2025\t52%\tđạt\tđạt\n")
    assert [r["lead"].text for r in task_rows(normalise(raw).text)] == ["Sở Xây dựng"]


# --- a crawled indicator table whose header spans columns, with group rows --------------------

@pytest.mark.parametrize("group, years", [
    ("GIAI ĐOẠN 2026 - 2030", ("Năm 2026", "Năm 2030")),
    ("Mục tiêu", ("2026", "2030")),
])
def test_crawled_header_over_spanned_columns_and_group_rows(group, years):
    rows = [("TT", "Chỉ tiêu", "ĐVT", "ƯTH Năm 2025", group), years,
            ("I", "CÂY CÔNG NGHIỆP", "", "", "", ""),
            ("1", "Cà phê", "", "", "", ""),
            ("-", "Diện tích", "Ha", "26.120", "27.000", "30.000"),
            ("-", "Sản lượng cà phê nhân", "Tấn", "37.724", "39.800", "54.468")]
    text = normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text
    (table,) = tables_of(text)
    assert [c.year for c in table.columns] == [None, None, None, 2025, 2026, 2030]
    assert [r.kind for r in table.rows] == ["header", "header", "section", "section", "data", "data"]
    found = {(t.indicator, t.value, t.unit, t.year, t.scope) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == {("Diện tích", 27000.0, "ha", 2026, "Cà phê"), ("Diện tích", 30000.0, "ha", 2030, "Cà phê"),
                     ("Sản lượng cà phê nhân", 39800.0, "tấn", 2026, "Cà phê"),
                     ("Sản lượng cà phê nhân", 54468.0, "tấn", 2030, "Cà phê")}  # not the estimate for 2025


@pytest.mark.parametrize("notes", [("Dừng bệnh án giấy", "", ""), ("", "Lũy kế", "")])
def test_crawled_table_whose_notes_column_is_empty_in_most_rows(notes):
    """s35b: a crawled row whose last cell ("Ghi chú") is empty ends in two bare bars, its empty cell and its close, so
    its run of filled cells is one short of the width; the one full row (the note filled) sets the width, its ordinal
    stays a cell of its own, and the header "Kế hoạch" over 2026 | 2027 | 2028 is laid out over it."""
    rows = [("TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Kế hoạch", "Ghi chú"), ("2026", "2027", "2028"),
            ("1", "Bệnh án điện tử"),
            ("1.1", "Bệnh viện trực thuộc Bộ triển khai bệnh án điện tử", "bệnh viện", "31", "38", "38", "38", notes[0]),
            ("1.2", "Tỷ lệ bệnh viện triển khai bệnh án điện tử", "%", "22,4", "45", "75", "100", notes[1]),
            ("2", "Thanh toán không dùng tiền mặt"),
            ("2.1", "Tỷ lệ giao dịch thanh toán không dùng tiền mặt", "%", "78", "> 90", "> 95", "> 95", notes[2])]
    text = normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text
    (table,) = tables_of(text)
    assert [c.year for c in table.columns] == [None, None, None, 2025, 2026, 2027, 2028, None]
    assert [r.cells[0].text for r in table.data_rows] == ["1.1", "1.2", "2.1"]
    found = {(t.indicator[:12], t.value, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == {("Bệnh viện tr", 38.0, 2026), ("Bệnh viện tr", 38.0, 2027), ("Bệnh viện tr", 38.0, 2028),
                     ("Tỷ lệ bệnh v", 45.0, 2026), ("Tỷ lệ bệnh v", 75.0, 2027), ("Tỷ lệ bệnh v", 100.0, 2028),
                     ("Tỷ lệ giao d", 90.0, 2026), ("Tỷ lệ giao d", 95.0, 2027), ("Tỷ lệ giao d", 95.0, 2028)}


@pytest.mark.parametrize("notes", [True, False])
def test_crawled_table_whose_notes_column_is_empty_in_every_row(notes):
    """k20: a crawled table whose "Ghi chú" is empty in every row and whose header spans a cell over two ("Kế hoạch năm
    2027" over "6 tháng | Cả năm"): no run of filled cells is longer than the header's first row, but the rows end in two
    bare bars, their empty last cell and their close: the table is one column wider, and the parts of the year fall
    under the plan's year, the header's latest. Near miss: the same table with no notes column, its rows closed at once,
    keeps its width."""
    tail = ("Ghi chú",) if notes else ()
    empty = ("",) if notes else ()
    rows = [("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2025", "Ước thực hiện năm 2026", "Kế hoạch năm 2027") + tail,
            ("6 tháng", "Cả năm"),
            ("1", "Tỷ trọng kinh tế số trong GRDP", "%", "7,8", "9,2", "-", "11") + empty,
            ("2", "Tỷ lệ thanh toán không dùng tiền mặt", "%", "62", "71", "75", "80") + empty,
            ("3", "Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình", "%", "41", "58", "65", "> 70") + empty]
    text = normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text
    (table,) = tables_of(text)
    assert [c.year for c in table.columns] == [None, None, None, 2025, 2026, 2027, 2027] + [None] * notes
    assert [c.parts[-1] for c in table.columns][5:7] == ["6 tháng", "Cả năm"]
    assert [r.cells[0].text for r in table.data_rows] == ["1", "2", "3"]
    found = {(t.indicator[:12], t.value) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert {("Tỷ trọng kin", 11.0), ("Tỷ lệ thanh ", 80.0), ("Tỷ lệ hồ sơ ", 70.0)} <= found


def test_crawled_total_rows_with_no_ordinal_keep_the_width():
    """k20's near miss: two bare bars before a row are as often the row before's close and this row's empty first cell (a
    total with no ordinal, as budget tables write it) as an empty last cell; under a header whose first row does not end
    with the notes the table keeps the width its runs give."""
    rows = [("STT", "Nội dung", "Năm hiện hành 2025", "Dự kiến 03 năm kế hoạch"), ("Năm 2026", "Năm 2027"),
            ("", "TỔNG THU NSNN TRÊN ĐỊA BÀN", "10.367.700", "11.405.000", "13.286.400"),
            ("1", "Thu nội địa", "10.052.700", "11.132.000", "13.000.000"),
            ("", "TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG", "9.100.000", "9.800.000", "10.500.000"),
            ("2", "Chi đầu tư phát triển", "3.000.000", "3.200.000", "3.500.000")]
    text = normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text
    (table,) = tables_of(text)
    assert [c.year for c in table.columns] == [None, None, 2025, 2026, 2027]
    assert [[c.text for c in r.cells][1] for r in table.data_rows] == [
        "TỔNG THU NSNN TRÊN ĐỊA BÀN", "Thu nội địa", "TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG", "Chi đầu tư phát triển"]


@pytest.mark.parametrize("cell, value, comparator", [
    ("Tối thiểu 2%", 2.0, "ge"), ("≥ 95%", 95.0, "ge"), ("<30%", 30.0, "lt"), ("95% trở lên", 95.0, "ge"),
    ("Đạt 100%", 100.0, "eq"), ("Tối đa 5%", 5.0, "le"), ("7,5 - 8", 7.5, "eq"),
])
def test_value_cell_comparators(cell, value, comparator):
    text = normalise(f"Chỉ tiêu\tĐVT\tNăm 2026\nTỷ lệ hộ nghèo đa chiều\t%\t{cell}\nTỷ lệ che phủ rừng\t%\t51\n").text
    found = [(t.value, t.comparator) for t in extract_targets(text) if t.rule == "rule_table_cell" and t.indicator.startswith("Tỷ lệ hộ")]
    assert found == [(value, comparator)]


@pytest.mark.parametrize("shape, section, expected", [
    ("tab", "Giai đoạn 2026 - 2027", [("2026", "2027", "period")]),
    ("tab", "I. Năm 2026", [("2026", None, "milestone")]),
    ("bars", "Giai đoạn 2028-2030", [("2028", "2030", "period")]),
    ("bars", "Nhiệm vụ thực hiện trong năm 2026", [("2026", None, "milestone")]),
    ("tab", "I. Hoàn thiện thể chế, chính sách", []),  # a section that is not a phase
    ("tab", "Năm 2026 đã hoàn thành 12 nhiệm vụ", []),  # more than a phase
])
def test_phase_section_of_a_task_table_bounds_its_rows(shape, section, expected):
    from extractors.deadlines.extract import extract_deadlines

    rows = [("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"), ("", section, "", ""),
            ("1", "Rà soát quy hoạch", "Sở Xây dựng", "Các sở"), ("2", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Công an tỉnh")]
    body = crawled_table(rows) if shape == "bars" else "\n".join("\t".join(c for c in r if c) if r[0] == "" else "\t".join(r) for r in rows)
    text = normalise("PHỤ LỤC\n\n" + body + "\n\nNơi nhận:\n").text
    found = [(d.date, d.date_end, d.kind) for d in extract_deadlines(text, period=(None, None), doc_year=2025)]
    assert found == expected


@pytest.mark.parametrize("column", ["Đơn vị thực hiện", "Cơ quan, đơn vị thực hiện", "Trách nhiệm thực hiện"])
def test_a_single_column_of_bodies_assigns_the_task(column):
    from extractors.bodies.extract import extract_bodies
    from extractors.deadlines.extract import extract_deadlines

    text = normalise(f"TT\tNội dung công việc\t{column}\tThời gian thực hiện\n"
                     "1\tTổ chức hội nghị triển khai Kế hoạch\tSở Nội vụ\tQuý I/2026\n"
                     "2\tKiểm tra việc thực hiện\tThanh tra tỉnh\tNăm 2026\n").text
    bodies = [(b.name, b.role, b.rule) for b in extract_bodies(text) if b.rule.startswith("table_")]
    assert bodies == [("Sở Nội vụ", "assigned", "table_assigned"), ("Thanh tra tỉnh", "assigned", "table_assigned")]
    assert [d.body for d in extract_deadlines(text, period=(None, None), doc_year=2025)] == ["Sở Nội vụ", "Thanh tra tỉnh"]


@pytest.mark.parametrize("header", ["Chỉ tiêu\tĐVT\tNăm 2020\tNăm 2026", "Nội dung\tĐơn vị tính\t2020\tKế hoạch 2026"])
def test_a_column_before_the_plans_own_years_is_a_baseline(header):
    text = normalise("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\nCác chỉ tiêu chủ yếu\n"
                     f"{header}\nTỷ lệ che phủ rừng\t%\t48\t51\nSố bác sĩ/vạn dân\tbác sĩ\t9\t12\n").text
    found = {(t.value, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == {(51.0, 2026), (12.0, 2026)}


@pytest.mark.parametrize("column, section", [("Mục tiêu", "Năm 2027"), ("Kế hoạch", "Giai đoạn 2026 - 2028")])
def test_planned_column_takes_its_year_from_a_section_row(column, section):
    text = normalise(f"Các chỉ tiêu chủ yếu\nTT\tChỉ tiêu\tĐVT\t{column}\n{section}\n"
                     "1\tTỷ lệ che phủ rừng\t%\t51\n2\tSố bác sĩ/vạn dân\tbác sĩ\t12\n").text
    found = {(t.indicator, t.value, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    year = int(section[-4:])
    assert found == {("Tỷ lệ che phủ rừng", 51.0, year), ("Số bác sĩ/vạn dân", 12.0, year)}


def test_a_plan_as_pdf_and_as_layout_text_gives_the_same_task_table(field_dir):
    """ninhbinh 193: the ruled PDF (extract_tables) and its `pdftotext -layout` text (aligned columns,
    cells wrapped over lines and centred on the row number) give the same rows."""
    pdf, txt = field_dir / "pdf" / "ninhbinh_193-KH-UBND_2024-11-01_cay-xanh.pdf", field_dir / "025_ninhbinh-kh193-trong-cham-soc-cay-xanh-2024.txt"
    if not (pdf.exists() and txt.exists()):
        pytest.skip("ninhbinh 193 not in the field corpus")

    def rows(path):
        return [(r["lead"].text, r["time"].text) for r in task_rows(_read(path))]

    from_pdf = rows(pdf)
    assert len(from_pdf) == 10 and from_pdf[2] == ("Sở Nông nghiệp và Phát triển nông thôn", "Hoàn thành xong, trình trong tháng 6/2025")
    assert rows(txt) == from_pdf


# --- multi-row headers that lost their spans: a group cell over sub-columns, a column-number row -----

def _header_table(rows: list[tuple[str, ...]], shape: str, caption: str = "") -> str:
    """`rows` as a crawled table (one cell a line) or as tab rows (each cell once, no empty cells)."""
    body = crawled_table(rows) if shape == "bars" else "\n".join("\t".join(c for c in r if c) for r in rows)
    return normalise(f"KẾ HOẠCH\nTài chính - ngân sách 03 năm 2026 - 2028\n\n{caption}\n" + body + "\n\nNơi nhận:\n").text


@pytest.mark.parametrize("shape", ["bars", "tabs"])
@pytest.mark.parametrize("header, names, years", [
    # the year in progress split in plan and estimate, then the plan's years; a column-number row
    ([("STT", "Nội dung", "Đơn vị tính", "Năm hiện hành 2025", "Năm 2026", "Năm 2027"), ("Kế hoạch", "Ước thực hiện"),
      ("1", "2", "3", "4", "5", "6", "7")],
     ["STT", "Nội dung", "Đơn vị tính", "Năm hiện hành 2025 Kế hoạch", "Năm hiện hành 2025 Ước thực hiện", "Năm 2026", "Năm 2027"],
     [None, None, None, 2025, 2025, 2026, 2027]),
    # two groups: the cells under each are alike (years under the plan's years, none under the year in progress)
    ([("STT", "Nội dung", "Năm 2025", "Dự kiến 03 năm kế hoạch"), ("Dự toán", "Đánh giá thực hiện", "Năm 2026", "Năm 2027", "Năm 2028"),
      ("A", "B", "1", "2", "3", "4", "5")],
     ["STT", "Nội dung", "Năm 2025 Dự toán", "Năm 2025 Đánh giá thực hiện", "Dự kiến 03 năm kế hoạch Năm 2026",
      "Dự kiến 03 năm kế hoạch Năm 2027", "Dự kiến 03 năm kế hoạch Năm 2028"],
     [None, None, 2025, 2025, 2026, 2027, 2028]),
    # the same pair of cells under each year
    ([("TT", "Chỉ tiêu", "Kế hoạch 2026", "Kế hoạch 2027"), ("Lượng (tấn)", "Giá trị (triệu USD)", "Lượng (tấn)", "Giá trị (triệu USD)"),
      ("(1)", "(2)", "(3)", "(4)", "(5)", "(6)")],
     ["TT", "Chỉ tiêu", "Kế hoạch 2026 Lượng (tấn)", "Kế hoạch 2026 Giá trị (triệu USD)", "Kế hoạch 2027 Lượng (tấn)",
      "Kế hoạch 2027 Giá trị (triệu USD)"],
     [None, None, 2026, 2026, 2027, 2027]),
    # the places under the header that splits the total (a land-use table): names, not header words; a column-number row
    # that writes the total's sum
    ([("STT", "Chỉ tiêu sử dụng đất", "Mã", "Tổng diện tích", "Diện tích phân theo đơn vị hành chính"), ("Xã An Phú", "Xã Bình Lợi"),
      ("(1)", "(2)", "(3)", "(4)=(5)+...+(6)", "(5)", "(6)")],
     ["STT", "Chỉ tiêu sử dụng đất", "Mã", "Tổng diện tích", "Diện tích phân theo đơn vị hành chính Xã An Phú",
      "Diện tích phân theo đơn vị hành chính Xã Bình Lợi"],
     [None, None, None, None, None, None]),
    # a year group is no group over other years: the period is
    ([("TT", "Chỉ tiêu", "ĐVT", "ƯTH năm 2025", "Giai đoạn 2026 - 2030"), ("Năm 2026", "Năm 2030")],
     ["TT", "Chỉ tiêu", "ĐVT", "ƯTH năm 2025", "Giai đoạn 2026 - 2030 Năm 2026", "Giai đoạn 2026 - 2030 Năm 2030"],
     [None, None, None, 2025, 2026, 2030]),
])
def test_header_rows_that_lost_their_spans(shape, header, names, years):
    data = ("1", "Tổng sản phẩm trên địa bàn (GRDP)") + ("tỷ đồng",) * (len(names) > 6 and "Đơn vị tính" in names or "ĐVT" in names)
    data += tuple(str(100 + i) for i in range(len(names) - len(data)))
    text = _header_table(header + [data], shape)
    (table,) = tables_of(text)
    assert [c.name for c in table.columns] == names
    assert [c.year for c in table.columns] == years
    assert [r.kind for r in table.rows] == ["header"] * len(header) + ["data"]


@pytest.mark.parametrize("shape", ["bars", "tabs"])
def test_estimate_columns_of_a_two_row_header_are_not_targets(shape):
    rows = [("STT", "Chỉ tiêu", "Đơn vị tính", "Năm hiện hành 2025", "Năm 2026", "Năm 2027", "Năm 2028"), ("Kế hoạch", "Ước thực hiện"),
            ("1", "2", "3", "4", "5", "6", "7", "8"),
            ("1", "Tốc độ tăng trưởng GRDP", "%", "8,00", "8,10", "10,00", "10,50", "11,00"),
            ("2", "Kim ngạch xuất khẩu hàng hóa", "Triệu USD", "2.600", "2.614", "2.800", "3.100", "3.400")]
    found = {(t.indicator, t.value, t.unit, t.year) for t in extract_targets(_header_table(rows, shape)) if t.rule == "rule_table_cell"}
    assert found == {("Tốc độ tăng trưởng GRDP", 10.0, "%", 2026), ("Tốc độ tăng trưởng GRDP", 10.5, "%", 2027),
                     ("Tốc độ tăng trưởng GRDP", 11.0, "%", 2028), ("Kim ngạch xuất khẩu hàng hóa", 2800.0, "triệu USD", 2026),
                     ("Kim ngạch xuất khẩu hàng hóa", 3100.0, "triệu USD", 2027), ("Kim ngạch xuất khẩu hàng hóa", 3400.0, "triệu USD", 2028)}


@pytest.mark.parametrize("shape", ["bars", "tabs"])
@pytest.mark.parametrize("whole", ["Cả giai đoạn", "Tổng giai đoạn", "Toàn giai đoạn", "Lũy kế"])
def test_a_column_that_totals_the_span_of_a_two_row_header(shape, whole):
    """s30c: "Kế hoạch giai đoạn 2026 - 2030" over "Năm 2026 | Năm 2030 | Cả giai đoạn": the last column is the span's total of
    the row's indicator (its period), not a measure that names the target with the row as its scope."""
    rows = [("TT", "Chỉ tiêu", "ĐVT", "Ước TH năm 2025", "Kế hoạch giai đoạn 2026 - 2030", "Ghi chú"), ("Năm 2026", "Năm 2030", whole),
            ("1", "Diện tích tái canh cà phê", "ha", "6.480", "7.200", "8.900", "42.000", "Lũy kế")]
    found = {(t.indicator, t.value, t.year, t.period, t.scope) for t in extract_targets(_header_table(rows, shape))
             if t.rule == "rule_table_cell"}
    assert found == {("Diện tích tái canh cà phê", 7200.0, 2026, None, None), ("Diện tích tái canh cà phê", 8900.0, 2030, None, None),
                     ("Diện tích tái canh cà phê", 42000.0, 2030, "2026-2030", None)}


@pytest.mark.parametrize("shape", ["lines", "tabs"])
@pytest.mark.parametrize("whole", ["Cả giai đoạn 2026 - 2030", "Tổng giai đoạn 2026-2030", "Toàn giai đoạn 2026 - 2030"])
def test_one_header_cell_that_names_the_span_with_its_years(shape, whole):
    """s31b: "Năm 2026 | … | Năm 2028 | Cả giai đoạn 2026 - 2030" in one header row (one cell a line, or tab rows): the last
    column is the span's total of the row's indicator, its period the span, its year the span's last."""
    rows = [("STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2027", "Năm 2028", whole),
            ("1", "Số hộ kinh doanh chuyển đổi lên doanh nghiệp", "doanh nghiệp", "180", "220", "250", "650")]
    sep = "\n" if shape == "lines" else "\t"
    text = "PHỤ LỤC\nCHỈ TIÊU HỖ TRỢ HỘ KINH DOANH\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    found = {(t.value, t.year, t.period) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == {(180.0, 2026, None), (220.0, 2027, None), (250.0, 2028, None), (650.0, 2030, "2026-2030")}


ALIGNED_SPAN_WRAPPED = """PHỤ LỤC
            KẾ HOẠCH CẢI TẠO, XÂY DỰNG LẠI NHÀ CHUNG CƯ CŨ THEO NĂM

  TT  Chỉ tiêu               Đơn vị    Năm     Năm      Năm      Cả giai
                             tính      2026    2027     2028     đoạn
  1   Căn hộ hoàn thành      căn hộ    -       220      540      760
  2   Diện tích sàn nhà ở    m²        -       26.000   64.000   90.000
      hoàn thành
"""


def test_a_lone_span_column_beside_the_years_of_a_wrapped_header():
    """s32b: "Cả giai⏎đoạn" wrapped in a narrow column of a space-aligned header, beside "Năm⏎2026 | Năm⏎2027 | …": the header's
    second line goes on with its names, and the lone column that names the whole span (no years of its own) totals the row's
    indicator over the years beside it: its period from the first year to the last, its year the last."""
    text = normalise(ALIGNED_SPAN_WRAPPED).text
    assert "\tCả giai đoạn" in text and "\tĐơn vị tính\t" in text
    found = {(t.indicator, t.value, t.year, t.period) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == {("Căn hộ hoàn thành", 220.0, 2027, None), ("Căn hộ hoàn thành", 540.0, 2028, None),
                     ("Căn hộ hoàn thành", 760.0, 2028, "2026-2028"),
                     ("Diện tích sàn nhà ở hoàn thành", 26000.0, 2027, None), ("Diện tích sàn nhà ở hoàn thành", 64000.0, 2028, None),
                     ("Diện tích sàn nhà ở hoàn thành", 90000.0, 2028, "2026-2028")}


@pytest.mark.parametrize("shape", ["bars", "tabs"])
def test_budget_table_with_letter_and_number_row_and_unit_caption(shape):
    rows = [("STT", "Nội dung", "Năm 2025", "Dự kiến 03 năm kế hoạch"), ("Dự toán", "Đánh giá thực hiện", "Năm 2026", "Năm 2027", "Năm 2028"),
            ("A", "B", "1", "2", "3", "4", "5"),
            ("I", "Thu nội địa", "10.052.700", "11.080.000", "11.132.000", "13.000.000", "14.600.000")]
    found = {(t.value, t.unit, t.year) for t in extract_targets(_header_table(rows, shape, "Đơn vị: Triệu đồng.")) if t.rule == "rule_table_cell"}
    assert found == {(11132000.0, "triệu đồng", 2026), (13000000.0, "triệu đồng", 2027), (14600000.0, "triệu đồng", 2028)}


@pytest.mark.parametrize("column, target", [
    ("Kế hoạch 2026", True), ("Dự kiến năm 2027", True), ("Mục tiêu đến năm 2030", True), ("Dự toán năm 2026", True),
    ("Kế hoạch thực hiện năm 2026", True),
    ("Ước thực hiện 2026", False), ("ƯTH 2026", False), ("Thực hiện năm 2026", False), ("Đánh giá thực hiện 2026", False),
    ("Năm hiện hành 2026", False), ("So sánh 2026/2025 (%)", False),
    ("Khối lượng", False),  # (s24e) a quantity column with no year of its own nor a caption's: no target
    # s22a: school years, and what a column holds in parentheses after its year (never its unit)
    ("Năm học 2026-2027 (kế hoạch)", True), ("Năm 2026 (kế hoạch)", True), ("Năm học 2025-2026 (thực hiện)", False),
    ("Thực hiện năm học 2025 - 2026", False), ("Năm học 2025-2026 (ước thực hiện)", False),
    # s22fc: the abbreviations of a school statistics table's header
    ("Năm học 2025-2026 (TH)", False), ("Năm 2025 (TH)", False), ("Năm học 2026-2027 (KH)", True), ("Năm 2026 (KH)", True),
    # s25d: a threshold column of an index table (Quyết định 3711/QĐ-BYT: ngưỡng nguy cơ of the vector indices)
    ("Ngưỡng nguy cơ", False), ("Ngưỡng cảnh báo năm 2026", False), ("Chỉ tiêu năm 2026", True),
    # s26c: the Lunar New Year a supply plan's column is for, named before its Gregorian year
    ("Kế hoạch Tết Bính Ngọ 2026", True), ("Dự kiến dịp Tết Nguyên đán năm 2026", True), ("Xuân Bính Ngọ 2026", True),
    ("Thực hiện Tết Ất Tỵ 2025", False), ("Thực hiện Tết Nguyên đán 2025", False), ("Tết 2026 so với Tết 2025 (%)", False),
    # s26d: a milestone's column named by its day, month or quarter; what was done by a date is none
    ("Đến 31/12/2025", True), ("Đến ngày 30/6/2026", True), ("Đến hết quý II/2026", True), ("Đến tháng 12/2026", True),
    ("Thực hiện đến 31/12/2025", False), ("Thực hiện đến năm 2025", False), ("31/12/2025", False),
    # s27e: a period's total is planned; what was done in the period before is none
    ("Tổng giai đoạn 2026 - 2030", True), ("Tổng thực hiện giai đoạn 2021 - 2025", False),
    ("Thực hiện giai đoạn 2021 - 2025", False), ("Kế hoạch thực hiện giai đoạn 2026 - 2030", True),
])
def test_plan_and_estimate_columns(column, target):
    text = normalise(f"Các chỉ tiêu chủ yếu\nChỉ tiêu\tĐVT\t{column}\nTỷ lệ che phủ rừng\t%\t51\nSố bác sĩ/vạn dân\tbác sĩ\t12\n").text
    found = [t for t in extract_targets(text) if t.rule == "rule_table_cell"]
    assert len(found) == (2 if target else 0)


@pytest.mark.parametrize("caption, unit, year", [
    ("DỰ BÁO CHỈ TIÊU GIAI ĐOẠN 03 NĂM 2026 – 2028\nĐơn vị: Triệu đồng.", "Triệu đồng", 2028),
    ("BIỂU TỔNG HỢP NĂM 2026\nĐơn vị tính: tỷ đồng", "tỷ đồng", 2026),
    ("(Kèm theo Kế hoạch số 179/KH-UBND ngày 18 tháng 11 năm 2025)\nĐơn vị: Sở Tài chính", None, None),  # a date; a body
    # the unit's line apart from the caption over it (a PDF's vertical gap)
    ("KẾ HOẠCH THU HỒI ĐẤT NĂM 2025\n(Kèm theo Quyết định số 125/QĐ-UBND ngày 15 tháng 01 năm 2025)\n\nĐơn vị tính: ha", "ha", 2025),
    # negative: a paragraph apart from a table under no unit line
    ("Kết quả năm 2025 được tổng hợp như sau.\n\nBIỂU TỔNG HỢP", None, None),
    # w23c: the line that labels the table ("Bảng 2. …") gives its year before a prose line above it names another
    ("Thí điểm tại 08 xã, phường, với chỉ tiêu tại Bảng 2; đánh giá, nhân rộng từ năm 2028.\nBảng 2. Chỉ tiêu năm 2027 của các "
     "xã, phường thí điểm", None, 2027),
    # (negative: a label line with no year leaves the caption's first year, as before)
    ("KẾ HOẠCH THU HỒI ĐẤT NĂM 2025\nBảng 1. Diện tích thu hồi theo loại đất", None, 2025),
])
def test_caption_unit_and_year(caption, unit, year):
    text = normalise(f"{caption}\nChỉ tiêu\tĐVT\tGiá trị\nTỷ lệ che phủ rừng\t%\t51\nSố bác sĩ/vạn dân\tbác sĩ\t12\n").text
    (table,) = tables_of(text)
    assert (table.caption_unit, table.caption_year) == (unit, year)


# s34c: a crawl (thuvienphapluat.vn through Trafilatura, as field 004 has it) sets the appendix's title, the note
# naming the document it is attached to and the unit's line as paragraphs of their own, between blank lines: the
# caption reaches over the note to the title (its year); before, it stopped at the blank line above the note
_CRAWLED_TABLE = ("|\n**STT**\n|\n**Nội dung**\n|\n**Đơn vị tính**\n|\n**Dự toán**\n|\n|\n1\n|\nTổng thu NSNN trên địa bàn\n"
                  "|\nTriệu đồng\n|\n5.000\n|\n|\n2\n|\nThu nội địa\n|\nTriệu đồng\n|\n4.000\n|\n")


@pytest.mark.parametrize("caption, unit, year", [
    ("**Mẫu biểu số 02**\n\n**BIỂU TỔNG HỢP DỰ TOÁN THU NSNN GIAI ĐOẠN 2026 –\n2028**\n\n*(Kèm theo Kế hoạch số "
     "0204/KH-UBND ngày 24/11/2025 của Ủy ban nhân dân tỉnh\nCà Mau)*\n\n*Đơn\nvị: Triệu đồng.*\n\n", "Triệu đồng", 2028),
    ("**DỰ BÁO MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU GIAI\nĐOẠN 03 NĂM 2026 – 2028**\n\n*(Kèm theo Kế hoạch số "
     "0204/KH-UBND ngày 24/11/2025 của Ủy ban nhân dân tỉnh\nCà Mau)*\n\n", None, 2028),
    # negative: above a title that is no note, a blank line still ends the caption (the paragraph's year is not its)
    ("Kết quả năm 2025 được tổng hợp như sau.\n\n**BIỂU TỔNG HỢP DỰ TOÁN THU NSNN**\n\n", None, None),
])
def test_crawled_caption_over_an_attachment_note(caption, unit, year):
    text = normalise("Trên đây là Kế hoạch./.\n\n" + caption + _CRAWLED_TABLE).text
    (table,) = tables_of(text)
    assert (table.caption_unit, table.caption_year) == (unit, year)


@pytest.mark.parametrize("shape, repeated", [
    ("bars", ("Nội dung", "Cơ quan chủ trì", "Thời gian thực hiện")),  # a section's header, its empty first cell lost
    ("tabs", ("TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn hoàn thành")),  # the header again, worded otherwise
])
def test_a_header_repeated_inside_a_table_keeps_its_rows(shape, repeated):
    rows = [("STT", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Thời gian thực hiện"), ("I", "Hoàn thiện thể chế"),
            ("1", "Rà soát quy hoạch", "Sở Xây dựng", "Năm 2026"), ("II", "Phát triển hạ tầng"), repeated,
            ("2", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Quý I/2027")]
    body = crawled_table(rows) if shape == "bars" else "\n".join("\t".join(r) for r in rows)
    text = normalise("PHỤ LỤC\n\n" + body + "\n\nNơi nhận:\n").text
    assert [(r["lead"].text, r["time"].text) for r in task_rows(text)] == [("Sở Xây dựng", "Năm 2026"), ("Thanh tra tỉnh", "Quý I/2027")]
    (table,) = tables_of(text)
    assert [r.kind for r in table.rows].count("header") == 2


def test_a_header_of_other_columns_starts_a_new_table():
    rows = ["TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian thực hiện", "1\tRà soát quy hoạch\tSở Xây dựng\tNăm 2026",
            "2\tKiểm tra việc thực hiện\tThanh tra tỉnh\tQuý I/2027",
            "TT\tChỉ tiêu\tĐơn vị tính\tNăm 2026", "1\tTỷ lệ che phủ rừng\t%\t51"]
    tables = tables_of(normalise("PHỤ LỤC\n" + "\n".join(rows) + "\n\nNơi nhận:\n").text)
    assert [t.column("lead") is not None for t in tables] == [True, False]
    assert [t.columns[-1].year for t in tables] == [None, 2026]


@pytest.mark.parametrize("label, unit", [
    ("Tỷ lệ dư nợ so với mức dư nợ vay tối đa (%)", "%"),
    ("Diện tích trồng rừng mới (ha)", "ha"),
    ("Tổng thu ngân sách (I+II)", "triệu đồng"),  # not a unit: the caption's
])
def test_a_unit_in_the_row_label_outranks_the_caption(label, unit):
    text = normalise(f"Đơn vị: triệu đồng\nSTT\tNội dung\tDự toán năm 2026\n1\t{label}\t12,5\n2\tChi thường xuyên\t1.000\n").text
    found = {(t.indicator, t.unit) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == {(label, unit), ("Chi thường xuyên", "triệu đồng")}


@pytest.mark.parametrize("rows, caption, expected", [
    # the item in its own column, what is measured under each year
    ([("TT", "Sản phẩm", "Kế hoạch 2026", "Kế hoạch 2027"), ("Lượng (tấn)", "Giá trị xuất khẩu (nghìn USD)", "Lượng (tấn)",
      "Giá trị xuất khẩu (nghìn USD)"), ("1", "Xoài", "13.500", "7.000", "14.800", "7.800"), ("2", "Nhãn", "6.400", "24.700", "7.100", "-")], "",
     {("Lượng", "Xoài", 13500.0, "tấn", 2026), ("Giá trị xuất khẩu", "Xoài", 7000.0, "nghìn USD", 2026), ("Lượng", "Nhãn", 6400.0, "tấn", 2026),
      ("Giá trị xuất khẩu", "Nhãn", 24700.0, "nghìn USD", 2026), ("Lượng", "Nhãn", 7100.0, "tấn", 2027),
      ("Lượng", "Xoài", 14800.0, "tấn", 2027), ("Giá trị xuất khẩu", "Xoài", 7800.0, "nghìn USD", 2027)}),
    # the item column with one value a year: the item is the indicator
    ([("STT", "Mặt hàng", "Năm 2026", "Năm 2030"), ("1", "Kim ngạch xuất khẩu gạo", "120", "150")], "Đơn vị tính: triệu USD",
     {("Kim ngạch xuất khẩu gạo", None, 120.0, "triệu USD", 2026), ("Kim ngạch xuất khẩu gạo", None, 150.0, "triệu USD", 2030)}),
    # no named column before the values: nothing to name the row by
    ([("TT", "Năm 2026", "Năm 2030", "Ghi chú"), ("1", "120", "150", "Tăng")], "Đơn vị tính: triệu USD", set()),
])
def test_an_item_column_names_the_row_when_no_indicator_column_does(rows, caption, expected):
    text = normalise(f"{caption}\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text
    found = {(t.indicator, t.scope, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == expected


# A table whose caption gives the year and no column does (land-use, crop and statistical tables): what a column measures with
# its unit names the targets of an item column ("Lúa" under "Cây trồng"); the total and the places under a header that
# splits it are values of the indicator column's rows, each place its scope. Not: the place's own area, placeholders, the
# funds of a task, a table whose caption gives no year.
CROPS = [("STT", "Cây trồng", "Diện tích (ha)", "Năng suất (tạ/ha)", "Sản lượng (tấn)"), ("I", "Cây lương thực có hạt", "54.000", "-", "320.200"),
         ("1", "Lúa", "50.200", "62", "311.240"), ("2", "Ngô", "3.800", "23,5", "8.930")]
LAND = [("STT", "Chỉ tiêu sử dụng đất", "Mã", "Tổng diện tích", "Diện tích phân theo đơn vị hành chính"), ("Xã An Phú", "Xã Bình Lợi"),
        ("", "Tổng diện tích tự nhiên", "", "9.500,00", "4.200,00", "5.300,00"),
        ("1", "Đất nông nghiệp", "NNP", "7.800,50", "3.500,25", "4.300,25"), ("1.1", "Đất trồng lúa", "LUA", "2.100,00", "2.100,00", "-")]
CROPS_2027 = {("Diện tích", "Cây lương thực có hạt", 54000.0, "ha", 2027), ("Sản lượng", "Cây lương thực có hạt", 320200.0, "tấn", 2027),
              ("Diện tích", "Lúa", 50200.0, "ha", 2027), ("Năng suất", "Lúa", 62.0, "tạ/ha", 2027), ("Sản lượng", "Lúa", 311240.0, "tấn", 2027)}  # CROPS[:3] read in 2027
SAMPLE = [("STT", "Tên xã", "Số hộ (hộ)", "Dân số (người)"), ("1", "Xã An Hòa", "3.250", "12.500"), ("2", "Xã Bình Minh", "2.800", "10.900")]
# s23a: targets shared out among units of administration: "Đơn vị" over their names is the rows' label (not a unit of
# measure), each name the scope, the measures with their units in the header; a total row merged over the ordinal's cell
ALLOC = [("STT", "Đơn vị", "Giải quyết việc làm mới (lao động)", "Trong đó: đưa đi làm việc ở nước ngoài (người)",
          "Tỷ lệ lao động qua đào tạo (%)"), ("1", "Thành phố Phủ Lý", "3.400", "250", "82"), ("2", "Huyện Bình Lục", "2.200", "320", "76"),
         ("Tổng cộng", "5.600", "570", "79")]
ALLOC_2025 = {(m, place, v, u, 2025) for place, vals in (("Thành phố Phủ Lý", (3400.0, 250.0, 82.0)), ("Huyện Bình Lục", (2200.0, 320.0, 76.0)),
                                                        (None, (5600.0, 570.0, 79.0)))
              for m, v, u in zip(("Giải quyết việc làm mới", "đưa đi làm việc ở nước ngoài", "Tỷ lệ lao động qua đào tạo"), vals,
                                 ("lao động", "người", "%"))}


SCHOOLS = [("STT", "Trường", "Số lớp tuyển mới", "Chỉ tiêu tuyển sinh (học sinh)"), ("1", "THPT Tam Đường", "09", "378"),
           ("2", "THPT Bình Lư", "07", "294"), ("", "Tổng cộng", "16", "672")]
SCHOOLS_2027 = {("Số lớp tuyển mới", "THPT Tam Đường", 9.0, "lớp", 2027), ("Chỉ tiêu tuyển sinh", "THPT Tam Đường", 378.0, "học sinh", 2027),
                ("Số lớp tuyển mới", "THPT Bình Lư", 7.0, "lớp", 2027), ("Chỉ tiêu tuyển sinh", "THPT Bình Lư", 294.0, "học sinh", 2027),
                ("Số lớp tuyển mới", None, 16.0, "lớp", 2027), ("Chỉ tiêu tuyển sinh", None, 672.0, "học sinh", 2027)}
# s27e: a union federation's targets shared out among its upper-level unions: "cơ sở" of the noun a column counts
# ("công đoàn cơ sở") is no baseline; the baseline's column ("… năm cơ sở (người)") stays none
UNIONS = [("STT", "Đơn vị", "Số đoàn viên năm cơ sở (người)", "Phát triển đoàn viên (người)", "Thành lập công đoàn cơ sở (đơn vị)"),
          ("1", "Công đoàn Viên chức tỉnh", "12.400", "300", "02"), ("2", "Công đoàn ngành Y tế", "9.100", "350", "03")]
UNIONS_2026 = {("Phát triển đoàn viên", "Công đoàn Viên chức tỉnh", 300.0, "người", 2026),
               ("Thành lập công đoàn cơ sở", "Công đoàn Viên chức tỉnh", 2.0, "đơn vị", 2026),
               ("Phát triển đoàn viên", "Công đoàn ngành Y tế", 350.0, "người", 2026),
               ("Thành lập công đoàn cơ sở", "Công đoàn ngành Y tế", 3.0, "đơn vị", 2026)}
PROJECTS = [("STT", "Tên dự án", "Địa điểm", "Quy mô (ha)", "Tổng vốn đầu tư dự kiến (tỷ đồng)"),
            ("1", "Khu công nghiệp Thái Bình Xanh", "Xã Thái Thụy", "420", "6.200"), ("2", "Cụm công nghiệp Đông Kinh", "Xã Đông Hưng", "50", "750")]
PROJECTS_2026 = {("Khu công nghiệp Thái Bình Xanh", None, 420.0, "ha", 2026), ("Cụm công nghiệp Đông Kinh", None, 50.0, "ha", 2026)}
# s28a: a school table's targets split by level (Luật Giáo dục 2019, Điều 6): each level's column a value, the level its scope
LEVELS = [("STT", "Chỉ tiêu", "Đơn vị tính", "Mầm non", "Tiểu học", "THCS", "THPT"),
          ("1", "Tỷ lệ cơ sở giáo dục có nhân viên y tế trường học", "%", "80", "85", "85", "95"),
          ("2", "Số phòng y tế được bổ sung trang thiết bị", "phòng", "40", "60", "30", "20")]
LEVELS_2027 = {(ind, level, v, u, 2027) for ind, u, vals in ((LEVELS[1][1], "%", (80.0, 85.0, 85.0, 95.0)),
                                                             (LEVELS[2][1], "phòng", (40.0, 60.0, 30.0, 20.0)))
               for level, v in zip(LEVELS[0][3:], vals)}


@pytest.mark.parametrize("shape", ["bars", "tabs"])
@pytest.mark.parametrize("rows, caption, expected", [
    (CROPS, "KẾ HOẠCH DIỆN TÍCH, NĂNG SUẤT, SẢN LƯỢNG CÂY TRỒNG NĂM 2027",
     {("Diện tích", "Cây lương thực có hạt", 54000.0, "ha", 2027), ("Sản lượng", "Cây lương thực có hạt", 320200.0, "tấn", 2027),
      ("Diện tích", "Lúa", 50200.0, "ha", 2027), ("Năng suất", "Lúa", 62.0, "tạ/ha", 2027), ("Sản lượng", "Lúa", 311240.0, "tấn", 2027),
      ("Diện tích", "Ngô", 3800.0, "ha", 2027), ("Năng suất", "Ngô", 23.5, "tạ/ha", 2027), ("Sản lượng", "Ngô", 8930.0, "tấn", 2027)}),
    (LAND, "KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2025\nĐơn vị tính: ha",
     {("Đất nông nghiệp", None, 7800.5, "ha", 2025), ("Đất nông nghiệp", "Xã An Phú", 3500.25, "ha", 2025),
      ("Đất nông nghiệp", "Xã Bình Lợi", 4300.25, "ha", 2025), ("Đất trồng lúa", None, 2100.0, "ha", 2025),
      ("Đất trồng lúa", "Xã An Phú", 2100.0, "ha", 2025)}),
    # negatives: no year in the caption; the funds of the tasks
    (CROPS, "DIỆN TÍCH, NĂNG SUẤT, SẢN LƯỢNG CÂY TRỒNG", set()),
    ([("STT", "Nhiệm vụ", "Kinh phí (triệu đồng)"), ("1", "Tập huấn kỹ thuật", "300"), ("2", "Xây dựng mô hình", "450")],
     "DỰ TOÁN KINH PHÍ NĂM 2026", set()),
    # a caption that names the targets, with the plan it is attached to below it
    (CROPS[:3], "CHỈ TIÊU DIỆN TÍCH, NĂNG SUẤT, SẢN LƯỢNG CÂY TRỒNG NĂM 2027\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2027)",
     {("Diện tích", "Cây lương thực có hạt", 54000.0, "ha", 2027), ("Sản lượng", "Cây lương thực có hạt", 320200.0, "tấn", 2027),
      ("Diện tích", "Lúa", 50200.0, "ha", 2027), ("Năng suất", "Lúa", 62.0, "tạ/ha", 2027), ("Sản lượng", "Lúa", 311240.0, "tấn", 2027)}),
    # negatives: a caption that lists or reports in the plan's year (a survey's sample, a storm's damage); one that names no
    # plan, the plan it is attached to in brackets below it; a report joined to a plan
    (SAMPLE, "DANH SÁCH CÁC XÃ ĐƯỢC CHỌN ĐIỀU TRA MẪU NĂM 2027", set()),
    ([("STT", "Loại thiệt hại", "Diện tích (ha)", "Số hộ (hộ)"), ("1", "Lúa bị ngập", "1.200", "340"), ("2", "Hoa màu", "300", "120")],
     "THỐNG KÊ THIỆT HẠI DO BÃO SỐ 3 NĂM 2027", set()),
    (SAMPLE, "SỐ HỘ, DÂN SỐ CÁC XÃ ĐIỀU TRA MẪU NĂM 2027\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2027)", set()),
    (CROPS, "KẾT QUẢ SẢN XUẤT VÀ KẾ HOẠCH CÂY TRỒNG NĂM 2027", set()),
    (CROPS[:3], "TÌNH HÌNH THỰC HIỆN KẾ HOẠCH SẢN XUẤT NĂM 2027", set()),
    (CROPS[:3], "KẾ HOẠCH SẢN XUẤT NĂM 2027 VÀ ƯỚC THỰC HIỆN NĂM 2026", set()),
    # a report word after the plan's: its expected results, what it is based on or meant to repair
    (CROPS[:3], "CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ DỰ KIẾN NĂM 2027", CROPS_2027),
    (CROPS[:3], "KẾ HOẠCH SẢN XUẤT TRỒNG TRỌT NĂM 2027 TRÊN CƠ SỞ SỐ LIỆU THỐNG KÊ", CROPS_2027),
    (CROPS[:3], "PHƯƠNG ÁN SẢN XUẤT VỤ ĐÔNG XUÂN NĂM 2027 THEO TÌNH HÌNH THỜI TIẾT", CROPS_2027),
    (CROPS[:3], "CHỈ TIÊU SẢN XUẤT NÔNG NGHIỆP NĂM 2027 NHẰM KHẮC PHỤC THIỆT HẠI DO BÃO", CROPS_2027),
    (ALLOC, "CHỈ TIÊU GIẢI QUYẾT VIỆC LÀM NĂM 2025 GIAO CHO CÁC HUYỆN, THÀNH PHỐ", ALLOC_2025),
    ([("STT", "Địa phương") + ALLOC[0][2:]] + ALLOC[1:3] + [("Toàn tỉnh",) + ALLOC[3][1:]],
     "CHỈ TIÊU GIẢI QUYẾT VIỆC LÀM NĂM 2025 GIAO CHO CÁC HUYỆN, THÀNH PHỐ", ALLOC_2025),
    # a list of works the plan builds: each work's size is a target; negatives: a list of projects offered to investors
    # (their area and capital describe the offer: QĐ 03/2021/QĐ-TTg's lists of projects calling for investment)
    (PROJECTS, "DANH MỤC CÔNG TRÌNH, DỰ ÁN ĐẦU TƯ NĂM 2026", PROJECTS_2026),
    (PROJECTS, "DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ NĂM 2026", set()),
    (PROJECTS, "DANH MỤC CÁC DỰ ÁN THU HÚT ĐẦU TƯ NĂM 2026", set()),
    (PROJECTS, "DANH MỤC DỰ ÁN MỜI GỌI NHÀ ĐẦU TƯ NĂM 2026", set()),
    # negatives: "Đơn vị" over units of measure names no place (and no row); a report of the same shape
    ([("STT", "Đơn vị", "Sản lượng (tấn)"), ("1", "Tấn", "3.400"), ("2", "Tấn", "2.200")], "CHỈ TIÊU SẢN XUẤT NĂM 2025", set()),
    (ALLOC, "KẾT QUẢ GIẢI QUYẾT VIỆC LÀM NĂM 2025 CỦA CÁC HUYỆN, THÀNH PHỐ", set()),
    # s26a: an intake's quotas by school: "Chỉ tiêu tuyển sinh (học sinh)" is a column of quotas in its unit (not the indicator
    # column), "Số lớp tuyển mới" counts classes; the school is the scope, the total row the whole; negative: the results
    (SCHOOLS, "CHỈ TIÊU TUYỂN SINH LỚP 10 NĂM HỌC 2026 - 2027", SCHOOLS_2027),
    (SCHOOLS, "KẾT QUẢ TUYỂN SINH LỚP 10 NĂM HỌC 2025 - 2026", set()),
    (UNIONS, "CHỈ TIÊU GIAO CHO CÁC CÔNG ĐOÀN CẤP TRÊN TRỰC TIẾP CƠ SỞ NĂM 2026", UNIONS_2026),
    (LEVELS, "CHỈ TIÊU Y TẾ TRƯỜNG HỌC THEO CẤP HỌC NĂM HỌC 2026 - 2027", LEVELS_2027),
    ([("STT", "Chỉ tiêu", "ĐVT", "Giáo dục mầm non", "Tiểu học", "Trung học cơ sở")] + [r[:6] for r in LEVELS[1:]],
     "CHỈ TIÊU NĂM HỌC 2026 - 2027", {(ind, {"Mầm non": "Giáo dục mầm non", "THCS": "Trung học cơ sở"}.get(lv, lv), v, u, y)
                                      for ind, lv, v, u, y in LEVELS_2027 if lv != "THPT"}),
    # s35c: a total column with a count unit ("Tổng số (mẫu)", field 036's samples per monitored site): the total of what the
    # unit counts names the targets, each row its scope; negative: an area's total keeps its own words
    ([("STT", "Đối tượng quan trắc", "Số vị trí (vị trí)", "Tổng số (mẫu)"), ("1", "Nguồn nước cấp nuôi tôm nước lợ", "15", "240"),
      ("2", "Môi trường nuôi ngao", "4", "64")], "KẾ HOẠCH QUAN TRẮC MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN NĂM 2026",
     {("Số vị trí", "Nguồn nước cấp nuôi tôm nước lợ", 15.0, "vị trí", 2026), ("Tổng số mẫu", "Nguồn nước cấp nuôi tôm nước lợ", 240.0, "mẫu", 2026),
      ("Số vị trí", "Môi trường nuôi ngao", 4.0, "vị trí", 2026), ("Tổng số mẫu", "Môi trường nuôi ngao", 64.0, "mẫu", 2026)}),
    ([("STT", "Cây trồng", "Tổng diện tích (ha)"), ("1", "Lúa", "50.200"), ("2", "Ngô", "3.800")], "KẾ HOẠCH GIEO TRỒNG NĂM 2027",
     {("Tổng diện tích", "Lúa", 50200.0, "ha", 2027), ("Tổng diện tích", "Ngô", 3800.0, "ha", 2027)}),
    # negatives: the same table reporting last year's figures; no year in its caption
    (LEVELS, "KẾT QUẢ CÔNG TÁC Y TẾ TRƯỜNG HỌC THEO CẤP HỌC NĂM HỌC 2025 - 2026", set()),
    (LEVELS, "CHỈ TIÊU Y TẾ TRƯỜNG HỌC THEO CẤP HỌC", set()),
])
def test_a_table_whose_caption_gives_the_year(shape, rows, caption, expected):
    body = crawled_table(rows) if shape == "bars" else "\n".join("\t".join(r) for r in rows)
    text = normalise(f"KẾ HOẠCH\nSản xuất nông nghiệp\n\n{caption}\n\n" + body + "\n\nNơi nhận:\n").text
    found = {(t.indicator, t.scope, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == expected


@pytest.mark.parametrize("caption, expected", [
    # s25c: no row of a list of projects offered to investors is read as a target, by the table's rules or the text's
    # ("1.200⏎Xã hội hóa" is no count of communes); a list of works the plan builds keeps its sizes
    ("DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ NĂM 2026", set()),
    ("DANH MỤC CÔNG TRÌNH, DỰ ÁN ĐẦU TƯ NĂM 2026", {(420.0, "ha"), (5.0, "ha")}),
])
def test_projects_offered_to_investors(caption, expected):
    rows = [("STT", "Tên dự án", "Địa điểm", "Quy mô (ha)", "Tổng vốn đầu tư dự kiến (tỷ đồng)", "Hình thức đầu tư"),
            ("1", "Khu công nghiệp Thái Bình Xanh", "Xã Thái Thụy", "420", "6.200", "Lựa chọn nhà đầu tư"),
            ("2", "Bệnh viện đa khoa quốc tế", "Phường Thái Bình", "5", "1.200", "Xã hội hóa")]
    text = normalise(f"KẾ HOẠCH\nXúc tiến đầu tư\n\n{caption}\n" + "\n".join("\t".join(r) for r in rows) + "\n\nNơi nhận:\n").text
    assert {(t.value, t.unit) for t in extract_targets(text)} == expected


# s36d: no row of a list of the parcels a plan puts up for auction is a target (their areas, in m² and ha, and their expected
# proceeds describe the land offered, as a project's area and capital do); the table of the plan's targets keeps its rows
@pytest.mark.parametrize("caption, rows, expected", [
    ("DANH MỤC KHU ĐẤT TRỌNG ĐIỂM ĐƯA RA ĐẤU GIÁ NĂM 2027",
     [("STT", "Tên khu đất", "Địa điểm", "Diện tích (m²)", "Diện tích (ha)", "Dự kiến thu (tỷ đồng)", "Thời gian đấu giá"),
      ("1", "Khu dân cư Bắc Trà Khúc", "Phường Trương Quang Trọng", "68.500", "6,85", "245", "Quý I/2027"),
      ("2", "Khu đô thị ven sông Bàu Giang", "Phường Cẩm Thành", "92.300", "9,23", "318", "Quý II/2027")], set()),
    ("DANH MỤC KHU VỰC MỎ ĐẤU GIÁ QUYỀN KHAI THÁC KHOÁNG SẢN NĂM 2026",
     [("STT", "Tên khu vực mỏ", "Địa điểm", "Diện tích (ha)", "Thời gian tổ chức đấu giá"),
      ("1", "Mỏ đá Tà Nung", "Phường Lâm Viên", "12,5", "Quý II/2026"), ("2", "Mỏ đá Phú Hội 2", "Xã Đức Trọng", "8,2", "Quý II/2026")],
     set()),
    ("CHỈ TIÊU ĐẤU GIÁ QUYỀN SỬ DỤNG ĐẤT NĂM 2027",
     [("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2027"), ("1", "Số khu đất đưa ra đấu giá", "khu đất", "26"),
      ("2", "Diện tích đưa ra đấu giá", "ha", "78,6")], {(26.0, "khu đất"), (78.6, "ha")}),
])
def test_assets_put_up_for_auction(caption, rows, expected):
    text = normalise(f"KẾ HOẠCH\nĐấu giá quyền sử dụng đất\n\n{caption}\n" + "\n".join("\t".join(r) for r in rows)
                     + "\n\nNơi nhận:\n").text
    assert {(t.value, t.unit) for t in extract_targets(text)} == expected


@pytest.mark.parametrize("rows, names", [
    # sub-cells with no header word under a share
    ([("TT", "Địa phương", "Tỷ lệ vốn đối ứng (%)", "Ghi chú"), ("Thành phố", "Xã"),
      ("1", "Xã A", "80", "20", "Áp dụng"), ("2", "Xã B", "70", "30", "Áp dụng")],
     ["TT", "Địa phương", "Tỷ lệ vốn đối ứng (%) Thành phố", "Tỷ lệ vốn đối ứng (%) Xã", "Ghi chú"]),
    # the sources under the funds, the notes a column of their own
    ([("TT", "Nhiệm vụ", "Kinh phí (triệu đồng)", "Ghi chú"), ("Tổng số", "Ngân sách tỉnh", "Ngân sách xã"),
      ("1", "Tập huấn", "300", "200", "100", "-"), ("2", "Tuyên truyền", "150", "100", "50", "-")],
     ["TT", "Nhiệm vụ", "Kinh phí (triệu đồng) Tổng số", "Kinh phí (triệu đồng) Ngân sách tỉnh", "Kinh phí (triệu đồng) Ngân sách xã", "Ghi chú"]),
])
def test_crawled_sub_header_row_without_header_words(rows, names):
    (table,) = tables_of(normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text)
    assert [c.name for c in table.columns] == names
    assert [r.kind for r in table.rows] == ["header", "header", "data", "data"]


@pytest.mark.parametrize("rows, names", [
    # s35c: two cells with units either of which could group the cells below: the one whose total is the sum of the others
    # row after row ("Kinh phí …" would be a likelier group by its word alone)
    ([("STT", "Xã, phường", "Số căn hỗ trợ (căn)", "Kinh phí hỗ trợ (triệu đồng)", "Thời gian hoàn thành"),
      ("Tổng số", "Xây mới", "Sửa chữa"),
      ("1", "Xã Mường Nhé", "168", "131", "37", "8.970", "Quý II/2026"),
      ("2", "Xã Nậm Pồ", "142", "104", "38", "7.380", "Quý II/2026")],
     ["STT", "Xã, phường", "Số căn hỗ trợ (căn) Tổng số", "Số căn hỗ trợ (căn) Xây mới", "Số căn hỗ trợ (căn) Sửa chữa",
      "Kinh phí hỗ trợ (triệu đồng)", "Thời gian hoàn thành"]),
    # …and where the funds are the group, they are (their total the sum; the count beside them a column of its own)
    ([("STT", "Xã, phường", "Số căn hỗ trợ (căn)", "Kinh phí hỗ trợ (triệu đồng)", "Thời gian hoàn thành"),
      ("Tổng số", "Ngân sách tỉnh", "Huy động"),
      ("1", "Xã Mường Nhé", "168", "8.970", "6.000", "2.970", "Quý II/2026"),
      ("2", "Xã Nậm Pồ", "142", "7.380", "5.000", "2.380", "Quý II/2026")],
     ["STT", "Xã, phường", "Số căn hỗ trợ (căn)", "Kinh phí hỗ trợ (triệu đồng) Tổng số",
      "Kinh phí hỗ trợ (triệu đồng) Ngân sách tỉnh", "Kinh phí hỗ trợ (triệu đồng) Huy động", "Thời gian hoàn thành"]),
    # the quotas ("Chỉ tiêu …" with its unit heads the quotas themselves) over figures, not the time over a figure and a date
    ([("STT", "Xã, phường", "Chỉ tiêu giao quân (công dân)", "Thời gian giao quân"), ("Tổng số", "Quân đội", "Công an"),
      ("1", "Phường Tân Ninh", "46", "41", "5", "04/3/2027"), ("2", "Phường Long An", "52", "47", "5", "04/3/2027")],
     ["STT", "Xã, phường", "Chỉ tiêu giao quân (công dân) Tổng số", "Chỉ tiêu giao quân (công dân) Quân đội",
      "Chỉ tiêu giao quân (công dân) Công an", "Thời gian giao quân"]),
    # one measure over years keeps one size (64 | 72 trips, 8 | 14 buses; not 32 km | 64 beside 72 | 8); a section row right
    # under the header meets the header's last row at two bars, as an empty cell would
    ([("STT", "Tuyến", "Chiều dài tuyến (km)", "Số chuyến (chuyến/ngày)", "Số xe buýt điện (xe)"),
      ("Năm 2027", "Năm 2028", "Năm 2027", "Năm 2028"), ("A", "TUYẾN HIỆN CÓ"),
      ("1", "Tuyến 01: Phan Đình Phùng - Phổ Yên", "32", "64", "72", "8", "14"),
      ("2", "Tuyến 05: Phan Đình Phùng - Đại Từ", "28", "40", "44", "4", "8")],
     ["STT", "Tuyến", "Chiều dài tuyến (km)", "Số chuyến (chuyến/ngày) Năm 2027", "Số chuyến (chuyến/ngày) Năm 2028",
      "Số xe buýt điện (xe) Năm 2027", "Số xe buýt điện (xe) Năm 2028"]),
])
def test_crawled_header_group_told_by_the_body_rows(rows, names):
    (table,) = tables_of(normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text)
    assert [c.name for c in table.columns] == names
    assert [r.kind for r in table.rows] == ["header", "header"] + ["section"] * (len(rows) == 5) + ["data", "data"]


def test_a_short_row_of_values_under_a_header_is_not_a_sub_header():
    rows = [("TT", "Nội dung", "Năm 2026"), ("Tổng", "1.200"), ("1", "Tập huấn", "300"), ("2", "Tuyên truyền", "150")]
    (table,) = tables_of(normalise("PHỤ LỤC\n\n" + crawled_table(rows) + "\n\nNơi nhận:\n").text)
    assert [r.kind for r in table.rows][:2] == ["header", "data"]
    assert [c.name for c in table.columns] == ["TT", "Nội dung", "Năm 2026"]


@pytest.mark.parametrize("rows, expected", [
    # a "Trong đó:" row opens the parts of the row above; a "-" row after the parts is back under the section
    ([("12", "Giáo dục", "", ""), ("", "- Số học sinh", "Người", "398.672"), ("", "Trong đó:", "", ""),
      ("", "+ Học sinh bán trú", "Người", "26.485"), ("", "- Số trường", "Trường", "7")],
     {("Số học sinh", "Giáo dục", 398672.0), ("Số học sinh", "Học sinh bán trú", 26485.0), ("Số trường", "Giáo dục", 7.0)}),
    # the parts marked by another sign, with no "Trong đó" row
    ([("13", "Y tế", "", ""), ("", "- Số giường bệnh", "Giường", "7.060"), ("", "+ Giường bệnh cấp tỉnh", "Giường", "6.740"),
      ("", "+ Giường y tế xã", "Giường", "320")],
     {("Số giường bệnh", "Y tế", 7060.0), ("Số giường bệnh", "Giường bệnh cấp tỉnh", 6740.0), ("Số giường bệnh", "Giường y tế xã", 320.0)}),
    # one sign only: each row is its own indicator under the section
    ([("1", "Cà phê", "", ""), ("-", "Diện tích", "Ha", "27.000"), ("-", "Sản lượng", "Tấn", "39.800")],
     {("Diện tích", "Cà phê", 27000.0), ("Sản lượng", "Cà phê", 39800.0)}),
    # s23c: "-" rows without an ordinal right under a numbered row of values are its parts, until the next numbered row
    ([("2", "Diện tích trồng rừng mới", "Ha", "1.200"), ("", "- Rừng sản xuất", "Ha", "1.050"), ("", "- Rừng phòng hộ", "Ha", "150"),
      ("3", "Diện tích rừng giao khoán", "Ha", "95.000")],
     {("Diện tích trồng rừng mới", None, 1200.0), ("Diện tích trồng rừng mới", "Rừng sản xuất", 1050.0),
      ("Diện tích trồng rừng mới", "Rừng phòng hộ", 150.0), ("Diện tích rừng giao khoán", None, 95000.0)}),
    # negative: under a numbered row without values (a group) the "-" rows are items of their own, the group their scope
    ([("2", "Lâm nghiệp", "", ""), ("", "- Rừng sản xuất", "Ha", "1.050"), ("", "- Rừng phòng hộ", "Ha", "150")],
     {("Rừng sản xuất", "Lâm nghiệp", 1050.0), ("Rừng phòng hộ", "Lâm nghiệp", 150.0)}),
])
def test_parts_of_a_row_keep_its_indicator(rows, expected):
    table = [("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026"), ("1", "Tổng sản phẩm (GRDP)", "Tỷ đồng", "193.549")] + rows
    text = normalise("PHỤ LỤC\n\n" + crawled_table(table) + "\n\nNơi nhận:\n").text
    found = {(t.indicator, t.scope, t.value) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == expected | {("Tổng sản phẩm (GRDP)", None, 193549.0)}


@pytest.mark.parametrize("group, years", [("Mục tiêu", ("Năm 2026", "Năm 2030")), ("Kế hoạch", ("2026", "2027"))])
def test_html_header_with_rowspans_and_rows_that_lose_their_last_empty_cell(tmp_path, group, years):
    """HTML keeps a colspan as empty cells but drops the cells a rowspan covers in the row below,
    and a row's empty last cell leaves no tab."""
    head = ('<tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị tính</th>'
            f'<th colspan="2">{group}</th><th rowspan="2">Ghi chú</th></tr><tr><th>{years[0]}</th><th>{years[1]}</th></tr>')
    body = ("<tr><td>1</td><td>Tỷ lệ che phủ rừng</td><td>%</td><td>51</td><td>55</td><td></td></tr>"
            "<tr><td>2</td><td>Số bác sĩ/vạn dân</td><td>bác sĩ</td><td>12</td><td>15</td><td>-</td></tr>")
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body><p>CÁC CHỈ TIÊU CHỦ YẾU</p><table>{head}{body}</table><p>Nơi nhận:</p></body></html>", encoding="utf-8")
    text = _read(path)
    (table,) = tables_of(text)
    assert [c.year for c in table.columns] == [None, None, None, int(years[0][-4:]), int(years[1][-4:]), None]
    found = {(t.indicator, t.value, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    y0, y1 = int(years[0][-4:]), int(years[1][-4:])
    assert found == {("Tỷ lệ che phủ rừng", 51.0, y0), ("Tỷ lệ che phủ rừng", 55.0, y1), ("Số bác sĩ/vạn dân", 12.0, y0),
                     ("Số bác sĩ/vạn dân", 15.0, y1)}


@pytest.mark.parametrize("rows, width", [
    ([("TT", "Chỉ tiêu"), ("Năm 2026", "Năm 2030", "Ghi chú")], 10),  # no layout fills the width
    ([("TT", "Chỉ tiêu", "Đơn vị tính"), ("Năm 2026", "Năm 2030")], 4),  # only cells with columns of their own could group
    ([tuple(f"Cột {i}" for i in range(24)), tuple(f"Ý {i}" for i in range(24))], 30),  # too many layouts to weigh
])
def test_no_layout_where_none_fits(rows, width):
    from extractors.tables import Cell
    from extractors.tables.layout import crawled_layout

    assert crawled_layout([[Cell(0, len(t), t) for t in r] for r in rows], width) is None


@pytest.mark.parametrize("rows, expected", [
    ([("9", "Thu tiền sử dụng khu vực biển", "19.000"), ("", "Trong đó: - Thuộc thẩm quyền của Trung ương", "9.000"),
      ("", "- Thuộc thẩm quyền của địa phương", "10.000")],
     {("Thu tiền sử dụng khu vực biển", None, 19000.0), ("Thu tiền sử dụng khu vực biển", "Thuộc thẩm quyền của Trung ương", 9000.0),
      ("Thu tiền sử dụng khu vực biển", "Thuộc thẩm quyền của địa phương", 10000.0)}),
    ([("3", "Thu khác ngân sách", "320.000"), ("", "Trong đó: Thu khác ngân sách Trung ương", "130.000")],
     {("Thu khác ngân sách", None, 320000.0), ("Thu khác ngân sách", "Thu khác ngân sách Trung ương", 130000.0)}),
    ([("1", "Chi thường xuyên", "17.080"), ("2", "Dự phòng ngân sách", "513")],  # no breakdown: each its own
     {("Chi thường xuyên", None, 17080.0), ("Dự phòng ngân sách", None, 513.0)}),
])
def test_a_label_opening_with_trong_do_is_a_part_of_the_row_above(rows, expected):
    table = [("STT", "Nội dung", "Dự toán năm 2026")] + rows
    text = normalise("Đơn vị: triệu đồng\n\n" + crawled_table(table) + "\n\nNơi nhận:\n").text
    found = {(t.indicator, t.scope, t.value) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == expected


# A number is never a scope or a row's label: a total whose label cell was merged away stands as a section
# row of one value, and a column of values can be the only named column before the year columns.
@pytest.mark.parametrize("table, expected", [
    ("TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2026\n\t\t\t13.500\n-\tTrồng rừng mới\tha\t200\n-\tKhoanh nuôi tái sinh\tha\t300\n",
     {("Trồng rừng mới", None, 200.0), ("Khoanh nuôi tái sinh", None, 300.0)}),
    ("STT\tNội dung\tĐVT\tNăm 2026\n\t\t\t1.250\n+\tSố lao động được đào tạo nghề\tngười\t1.000\n+\tSố lao động được tạo việc làm\tngười\t250\n",
     {("Số lao động được đào tạo nghề", None, 1000.0), ("Số lao động được tạo việc làm", None, 250.0)}),
    ("TT\tĐơn vị\tTổng số\tNăm 2026\n1\tXã An Bình\t13.500\t14.000 người\n", set()),  # only values before the year: no label
])
def test_a_number_is_never_a_scope_or_a_label(table, expected):
    text = normalise("I. MỤC TIÊU\n" + table + "II. NHIỆM VỤ\n").text
    found = {(t.indicator, t.scope, t.value) for t in extract_targets(text)}
    assert found == expected


@pytest.mark.parametrize("table, expected", [  # negative: a section row of words still scopes the rows under it
    ("TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch 2026\n1\tCà phê\t\t\n-\tDiện tích\tha\t200\n-\tSản lượng\ttấn\t500\n",
     {("Diện tích", "Cà phê", 200.0), ("Sản lượng", "Cà phê", 500.0)}),
])
def test_a_section_of_words_is_still_a_scope(table, expected):
    text = normalise("I. MỤC TIÊU\n" + table + "II. NHIỆM VỤ\n").text
    assert {(t.indicator, t.scope, t.value) for t in extract_targets(text)} == expected


# --- a year column whose header also names the unit: "Năm 2026 (%)" --------------------------

@pytest.mark.parametrize("columns, unit, years", [
    (("Năm 2026 (%)", "Năm 2027 (%)"), "%", [2026, 2027]),
    (("Kế hoạch 2026 (tỷ đồng)", "Kế hoạch 2027 (tỷ đồng)"), "tỷ đồng", [2026, 2027]),
    (("2026 (ha)", "2027 (ha)"), "ha", [2026, 2027]),
    (("Ước thực hiện 2025 (%)", "Kế hoạch 2026 (%)"), "%", [2026]),  # the estimate stays no target
])
def test_year_column_with_its_unit_in_the_header(columns, unit, years):
    text = normalise("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026 - 2027\n\nCác chỉ tiêu chủ yếu\n"
                     f"TT\tNội dung\t{columns[0]}\t{columns[1]}\n"
                     "1\tHồ sơ được xử lý trực tuyến\t80\t90\n2\tCơ quan sử dụng chữ ký số\t95\t100\n").text
    found = sorted({(t.year, t.unit) for t in extract_targets(text) if t.rule == "rule_table_cell"})
    assert found == [(y, unit) for y in years]


# --- a horizon's column, as the contract names it ("Tầm nhìn đến năm 2050", "Định hướng đến năm 2045"): its year --------

@pytest.mark.parametrize("horizon, years", [
    ("Định hướng đến năm 2045", [2030, 2045]),
    ("Tầm nhìn đến năm 2045", [2030, 2045]),
    ("Định hướng năm 2045", [2030, 2045]),
    ("Định hướng phát triển", [2030]),  # negative: no year, no column of targets
])
def test_horizon_column_gives_its_year(horizon, years):
    text = normalise("PHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU\n"
                     f"TT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2024\tĐến năm 2030\t{horizon}\n"
                     "1\tSố doanh nghiệp đang hoạt động\tdoanh nghiệp\t17.950\t30.000\t45.000\n").text
    assert sorted(t.year for t in extract_targets(text) if t.rule == "rule_table_cell") == years


# --- "Lộ trình thực hiện" over year columns: the plan's steps, targets ------------------------

ROADMAP_ROWS = [("1", "Tỷ lệ hộ nghèo đa chiều", "%", "4", "3,5", "3"), ("2", "Số xã đạt chuẩn nông thôn mới", "xã", "10", "12", "15")]
ROADMAP_TARGETS = {(4.0, 2026), (3.5, 2027), (3.0, 2028), (10.0, 2026), (12.0, 2027), (15.0, 2028)}


def _roadmap_docx(tmp_path: Path, group: str) -> Path:
    """A DOCX table whose header has two rows: `group` merged over "2026 | 2027 | 2028", the other
    header cells merged down."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in ("KẾ HOẠCH", "Giảm nghèo bền vững giai đoạn 2026 - 2028", "Lộ trình giảm nghèo:"):
        document.add_paragraph(line)
    table = document.add_table(rows=2 + len(ROADMAP_ROWS), cols=6)
    table.style = "Table Grid"
    for c, text in enumerate(("TT", "Chỉ tiêu", "ĐVT", group)):
        table.cell(0, c).text = text
    for c, year in enumerate(("2026", "2027", "2028"), start=3):
        table.cell(1, c).text = year
    table.cell(0, 3).merge(table.cell(0, 5))
    for c in (0, 1, 2):
        table.cell(0, c).merge(table.cell(1, c))
    _fill(table, ROADMAP_ROWS, start=2)
    document.add_paragraph("Nơi nhận:")
    return _saved(document, tmp_path)


@pytest.mark.parametrize("group", ["Lộ trình thực hiện", "Lộ trình"])
def test_roadmap_over_year_columns_gives_targets_in_tabs(group):
    rows = ["TT\tChỉ tiêu\tĐVT\t" + group, "\t\t\t2026\t2027\t2028"] + ["\t".join(r) for r in ROADMAP_ROWS]
    text = normalise("KẾ HOẠCH\nGiảm nghèo bền vững giai đoạn 2026 - 2028\n\n" + "\n".join(rows) + "\n").text
    assert {(t.value, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"} == ROADMAP_TARGETS


@pytest.mark.parametrize("group, expected", [("Lộ trình thực hiện", ROADMAP_TARGETS), ("Thực hiện", set())])
def test_roadmap_over_year_columns_gives_targets_in_docx_and_pdf(group, expected, tmp_path):
    import shutil
    import subprocess

    path = _roadmap_docx(tmp_path, group)
    paths = [path]
    if shutil.which("soffice"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                       check=True, capture_output=True, timeout=120)
        paths.append(tmp_path / "plan.pdf")
    for p in paths:
        found = {(t.value, t.year) for t in extract_targets(_read(p)) if t.rule == "rule_table_cell"}
        assert found == expected, p.suffix
    if len(paths) == 1:
        pytest.skip("the PDF half needs LibreOffice (soffice) to print the DOCX")


# --- a label merged down over rows that give their own values (PDF: pdfplumber's spanned cells) ---

CROP_ROWS = [("1", "Cà phê", "Diện tích", "ha", "12.000"), ("", "", "Sản lượng", "tấn", "30.000"),
             ("2", "Hồ tiêu", "Diện tích", "ha", "2.500"), ("", "", "Sản lượng", "tấn", "6.000")]
CROP_TARGETS = {("Diện tích", 12000.0, "ha"), ("Sản lượng", 30000.0, "tấn"), ("Diện tích", 2500.0, "ha"), ("Sản lượng", 6000.0, "tấn")}


def test_rows_under_a_label_merged_down_keep_their_values_in_pdf(tmp_path):
    rows = [[(h, {}) for h in ("TT", "Cây trồng", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026")]]
    for number, crop, *rest in CROP_ROWS:
        head = [(number, {"rowspan": 2}), (crop, {"rowspan": 2})] if crop else []
        rows.append(head + [(c, {}) for c in rest])
    path = _pdf(tmp_path, ["CHỈ TIÊU CÂY TRỒNG CHỦ LỰC NĂM 2026"], {"rows": rows})
    found = {(t.indicator, t.value, t.unit) for t in extract_targets(_read(path)) if t.rule == "rule_table_cell"}
    assert found == CROP_TARGETS


def test_a_cell_wrapped_onto_a_spanned_row_still_joins_the_row_above():
    from pipeline.ingest import _pdf_table_rows

    rows = _pdf_table_rows([["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"], ["1", "Rà soát quy hoạch", "Sở Xây dựng", "Quý II/2026"],
                            [None, "khoáng sản", None, None], ["2", "Kiểm tra", "Sở Y tế", "Năm 2026"]])
    assert rows[1] == ("1", "Rà soát quy hoạch khoáng sản", "Sở Xây dựng", "Quý II/2026") and len(rows) == 3


@pytest.mark.parametrize("cell, text", [
    ("28.437\n,20", "28.437,20"), ("7.457,\n00", "7.457,00"), ("1.250.\n000", "1.250.000"), ("≥ 1.250.\n000", "≥ 1.250.000"),
    ("12,\n5", "12,5"),
    # wrapped between two digits: "1.007,7⏎5", "8.502,3⏎5", "7.457,0⏎0", "1.25⏎0"
    ("1.007,7\n5", "1.007,75"), ("8.502,3\n5", "8.502,35"), ("7.457,0\n0", "7.457,00"), ("12.5\n00", "12.500"),
    ("2.039,7\n5", "2.039,75"), ("1,007.7\n5", "1,007.75"), ("1.250.0\n00", "1.250.000"),
    # a document's symbol cut where the cell's line was full
    ("Sửa đổi Thông tư số 27/2025/T\nT-BNNMT", "Sửa đổi Thông tư số 27/2025/TT-BNNMT"),
    ("Kế hoạch số 86/\nKH-UBND", "Kế hoạch số 86/KH-UBND"), ("Công văn 12/\nHĐND-VP", "Công văn 12/HĐND-VP"),
    # ... cut twice, by letters and at its hyphen (a notes column: "Quyết⏎định số⏎1860/Q⏎Đ-⏎UBND⏎ngày⏎05/8/20⏎25")
    ("Quyết định số 1860/Q\nĐ-\nUBND ngày 05/8/20\n25", "Quyết định số 1860/QĐ-UBND ngày 05/8/2025"),
    ("Kế hoạch số 86/K\nH-\nUBND", "Kế hoạch số 86/KH-UBND"),
    # a unit's per-head count cut by letters ("word/number" has no break in it)
    ("doanh\nnghiệp/1.0\n00 dân", "doanh nghiệp/1.000 dân"), ("doanh nghiệp/1.00\n0 dân", "doanh nghiệp/1.000 dân"),
    ("bác sĩ/10.\n000 dân", "bác sĩ/10.000 dân"), ("người/1\n00 dân", "người/100 dân"), ("giường/1\n.000 dân", "giường/1.000 dân"),
    # ... negatives: a whole count, then a value; a unit per year, then a year
    ("người/1.000\n500", "người/1.000 500"), ("hộ/năm\n2026", "hộ/năm 2026"), ("lượt/1.000\n2.000", "lượt/1.000 2.000"),
    # a date's year cut (no count: one year of four digits)
    ("Quý I/2\n026", "Quý I/2026"), ("Số 12/2\n025", "Số 12/2025"), ("30/9/20\n26", "30/9/2026"),
    ("31/12/2\n026", "31/12/2026"), ("Quý IV/202\n6", "Quý IV/2026"), ("Hoàn thành tháng 6/20\n26 và báo cáo", "Hoàn thành tháng 6/2026 và báo cáo"),
    # ... negatives: a whole year, then another; a fraction, then a value; a year's digits that make no year
    ("30/9/2026\n2027", "30/9/2026 2027"), ("12/20\n5", "12/20 5"), ("Quý I/3\n026", "Quý I/3 026"),
    # negatives: two values, words; a name after a whole symbol, a word after a year; a list in the cell (the line
    # before the break is more than the number)
    ("Quyết định 125/QĐ-UBND\nSở Y tế", "Quyết định 125/QĐ-UBND Sở Y tế"), ("Năm 2026\nUBND-VX", "Năm 2026 UBND-VX"),
    ("1.007,7\n50 ha", "1.007,7 50 ha"), ("1,5\n2", "1,5 2"), ("12,5\n3.000", "12,5 3.000"), ("2025\n15", "2025 15"),
    # ... two rows' values stacked in one cell (a light rule the reader missed): no cut inside a group
    ("98,5\n100", "98,5 100"), ("85,5\n90", "85,5 90"), ("100,0\n95", "100,0 95"), ("1.250\n300", "1.250 300"),
    ("12,5\n3", "12,5 3"), ("1.250,5\n100", "1.250,5 100"),
    ("2026\n2027", "2026 2027"), ("Đất\nnông\nnghiệp", "Đất nông nghiệp"), ("Quý I,\nII/2026", "Quý I, II/2026"),
    ("Năm 2026,\n2027", "Năm 2026, 2027"), ("2026,\n2027", "2026, 2027"), ("Tháng 3,\n6, 9, 12", "Tháng 3, 6, 9, 12"),
    ("Khoản 2, Điều 5,\n12", "Khoản 2, Điều 5, 12"), ("Điểm 1.\n2. Điểm 3", "Điểm 1. 2. Điểm 3"),
])
def test_a_number_wrapped_in_a_narrow_pdf_cell_is_one_number(cell, text):
    from pipeline.ingest import _pdf_table_rows

    assert _pdf_table_rows([["TT", "Chỉ tiêu", "Giá trị"], ["1", "Đất trồng lúa", cell]])[1][2] == text


@pytest.mark.parametrize("cell, text", [
    # a word wider than the cell broken where the room ran out: the pieces make one syllable, one of them alone none
    ("triệu đồng/n\người/năm", "triệu đồng/người/năm"), ("Tr\nường THCS", "Trường THCS"), ("TR\nƯỜNG", "TRƯỜNG"),
    ("người/n\năm", "người/năm"), ("kh\nẩu trang", "khẩu trang"),
    # negatives: two words, each a syllable or a name; a capital opening a new word; a letter before a word
    ("Đất\nnông\nnghiệp", "Đất nông nghiệp"), ("Quận\nBa Đình", "Quận Ba Đình"), ("Nhóm\nA", "Nhóm A"),
    ("gi\nờ", "gi ờ"), ("km\nđường", "km đường"), ("điểm b\nKhoản 1", "điểm b Khoản 1"), ("điểm a\nnêu trên", "điểm a nêu trên"),
    ("TP\nHCM", "TP HCM"), ("Sở Y\ntế", "Sở Y tế"),
    # an abbreviation the vocabulary files write, cut; negatives: two abbreviations, capitals no file writes
    ("Tốc độ tăng trưởng GRD\nP", "Tốc độ tăng trưởng GRDP"), ("Người tham gia BH\nYT", "Người tham gia BHYT"),
    ("UBND\nHĐND", "UBND HĐND"), ("Khu A\nB", "Khu A B"), ("QL\nXYZ", "QL XYZ"),
])
def test_a_syllable_cut_in_a_narrow_pdf_cell_is_one_word(cell, text):
    from pipeline.ingest import _pdf_table_rows

    assert _pdf_table_rows([["TT", "Chỉ tiêu", "Đơn vị tính"], ["1", "Thu nhập bình quân", cell]])[1][2] == text


# --- space-aligned: values left-aligned under a long column name; a name over several columns ---

ALIGNED_LONG_NAMES = """CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026

    TT   Chỉ tiêu                      ĐVT       Ước thực hiện 2025   Kế hoạch 2026
    1    Tổng thu ngân sách nhà nước   tỷ đồng   1.450                1.600
         trên địa bàn
    2    Tỷ lệ che phủ rừng            %         42,5                 43
"""
ALIGNED_LONG_NAMES_UNIT = """CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ

    TT   Nội dung                       Năm 2026 (%)   Năm 2027 (%)
    1    Hồ sơ thủ tục hành chính       80             90
         được xử lý trực tuyến
    2    Cơ quan nhà nước sử dụng chữ   95             100
         ký số
"""
ALIGNED_GROUP_OVER_YEARS = """II. MỤC TIÊU CỤ THỂ

    TT   Chỉ tiêu                    ĐVT    Mục tiêu
                                            2026   2027   2028
    1    Tỷ lệ dân số tham gia bảo   %      93     94     95
         hiểm y tế
    2    Số trạm y tế xã đạt chuẩn   trạm   100    110    120
"""
# a wrapped unit name's end beside the years of the columns on the header's second line ("Đơn vị⏎tính" beside
# "Thực hiện⏎năm 2025"), rows on top of their numbers with the labels' wrapped lines under them
ALIGNED_WRAPPED_NAMES_BESIDE_YEARS = """CHỈ TIÊU CHUYÊN MÔN

 STT    Chỉ tiêu                                  Đơn vị     Thực hiện     Kế hoạch
                                                   tính       năm 2025      năm 2026
  1     Số người nhiễm HIV biết tình trạng          %          89,6          92
        nhiễm HIV của mình
  2     Tỷ lệ người điều trị ARV có tải lượng       %          95,1          95
        HIV dưới ngưỡng ức chế
  3     Số lượt xét nghiệm HIV                      lượt       118.400       125.000
                                                    người
"""
ALIGNED_GROUP_OVER_PLAN_AND_ESTIMATE = """CHỈ TIÊU KẾ HOẠCH NĂM 2026

    TT   Chỉ tiêu                      ĐVT       Năm 2025                   Kế hoạch năm 2026
                                                 Kế hoạch   Ước thực hiện
    1    Tổng vốn đầu tư toàn xã hội   tỷ đồng   9.000      9.200           10.000
    2    Tỷ lệ đô thị hóa              %         38         38,5            40
"""


@pytest.mark.parametrize("raw, expected", [
    (ALIGNED_LONG_NAMES, {("Tổng thu ngân sách nhà nước trên địa bàn", 1600.0, "tỷ đồng", 2026), ("Tỷ lệ che phủ rừng", 43.0, "%", 2026)}),
    (ALIGNED_LONG_NAMES_UNIT, {("Hồ sơ thủ tục hành chính được xử lý trực tuyến", 80.0, "%", 2026),
                               ("Hồ sơ thủ tục hành chính được xử lý trực tuyến", 90.0, "%", 2027),
                               ("Cơ quan nhà nước sử dụng chữ ký số", 95.0, "%", 2026), ("Cơ quan nhà nước sử dụng chữ ký số", 100.0, "%", 2027)}),
    (ALIGNED_GROUP_OVER_YEARS, {("Tỷ lệ dân số tham gia bảo hiểm y tế", v, "%", y) for v, y in ((93.0, 2026), (94.0, 2027), (95.0, 2028))}
     | {("Số trạm y tế xã đạt chuẩn", v, "trạm", y) for v, y in ((100.0, 2026), (110.0, 2027), (120.0, 2028))}),
    (ALIGNED_GROUP_OVER_PLAN_AND_ESTIMATE, {("Tổng vốn đầu tư toàn xã hội", 10000.0, "tỷ đồng", 2026), ("Tỷ lệ đô thị hóa", 40.0, "%", 2026)}),
    (ALIGNED_WRAPPED_NAMES_BESIDE_YEARS, {("Số người nhiễm HIV biết tình trạng nhiễm HIV của mình", 92.0, "%", 2026),
                                          ("Tỷ lệ người điều trị ARV có tải lượng HIV dưới ngưỡng ức chế", 95.0, "%", 2026),
                                          ("Số lượt xét nghiệm HIV", 125000.0, "lượt người", 2026)}),
])
def test_space_aligned_indicator_tables(raw, expected):
    text = normalise("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n" + raw).text
    found = {(t.indicator, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == expected, text


ALIGNED_GROUP_OVER_BODIES = """PHÂN CÔNG NHIỆM VỤ

    TT   Nhiệm vụ                      Cơ quan thực hiện                        Thời gian
                                       Chủ trì          Phối hợp
    1    Kiểm tra các cơ sở kinh       Sở Công Thương   Sở Tài chính            Quý IV/2026
         doanh xăng dầu
    2    Đấu tranh với các đường dây   Công an tỉnh     Sở Tư pháp, Sở Nội vụ   Tháng 9/2026
         buôn lậu qua biên giới
"""


def test_space_aligned_group_over_lead_and_coordinating_bodies():
    rows = task_rows(normalise(ALIGNED_GROUP_OVER_BODIES).text)
    assert [(r["task"].text, r["lead"].text, r["coordinate"].text, r["time"].text) for r in rows] == [
        ("Kiểm tra các cơ sở kinh doanh xăng dầu", "Sở Công Thương", "Sở Tài chính", "Quý IV/2026"),
        ("Đấu tranh với các đường dây buôn lậu qua biên giới", "Công an tỉnh", "Sở Tư pháp, Sở Nội vụ", "Tháng 9/2026")]


# --- space-aligned: a column-numbering row under the header; rows without a number of their own ---

ALIGNED_NUMBERING_ROW = """CHỈ TIÊU THƯƠNG MẠI

    TT    Chỉ tiêu                   ĐVT         Thực hiện năm 2025   Kế hoạch năm 2026
    (1)   (2)                        (3)         (4)                  (5)
    1     Tổng mức bán lẻ hàng hóa   tỷ đồng     45.000               50.000
    2     Kim ngạch xuất khẩu        triệu USD   1.100                1.250
"""
ALIGNED_BREAKDOWN_ROW = """2. Chỉ tiêu phát triển nhà ở

    TT   Chỉ tiêu                    Đơn vị tính   Kế hoạch năm 2026
    1    Số căn nhà ở xã hội hoàn    căn           1.200
         thành
         Trong đó: nhà ở cho công    căn           800
         nhân
    2    Diện tích nhà ở bình quân   m2            30
         đầu người
"""
ALIGNED_LABEL_MERGED_DOWN = """CHỈ TIÊU CÂY TRỒNG CHỦ LỰC NĂM 2026

    TT   Cây trồng   Chỉ tiêu    ĐVT   Kế hoạch 2026
    1    Cà phê      Diện tích   ha    12.000
                     Sản lượng   tấn   30.000
    2    Hồ tiêu     Diện tích   ha    2.500
                     Sản lượng   tấn   6.000
"""


@pytest.mark.parametrize("raw, expected", [
    (ALIGNED_NUMBERING_ROW, {(50000.0, "tỷ đồng"), (1250.0, "triệu USD")}),
    (ALIGNED_BREAKDOWN_ROW, {(1200.0, "căn"), (800.0, "căn"), (30.0, "m²")}),
    (ALIGNED_LABEL_MERGED_DOWN, {(12000.0, "ha"), (30000.0, "tấn"), (2500.0, "ha"), (6000.0, "tấn")}),
])
def test_space_aligned_rows_without_a_number(raw, expected):
    text = normalise("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\n\n" + raw).text
    found = {(t.value, t.unit) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == expected, text


def test_space_aligned_wrapped_cells_stay_one_row():
    """A cell wrapped over lines holds no second value: its row is not cut."""
    rows = task_rows(normalise(ALIGNED_TOP).text)
    assert len(rows) == 2


# --- the last row of a table alone on the next page, under no repeated header ------------------

@pytest.mark.parametrize("between", ["\n\f\n5\n\n", "\n\n2\n\n", "\n\f\nKế hoạch số 12/KH-UBND\n\n"])
def test_one_row_on_after_a_page_break(between):
    raw = ("KẾ HOẠCH\nPhát triển lâm nghiệp năm 2026\n\nTT\tChỉ tiêu\tĐVT\tKế hoạch 2026\n1\tTrồng rừng tập trung\tha\t2.000\n"
           f"2\tTỷ lệ che phủ rừng\t%\t54{between}3\tKhoán bảo vệ rừng\tha\t150.000\n\nNơi nhận:\n")
    found = {(t.indicator, t.value, t.year) for t in extract_targets(normalise(raw).text) if t.rule == "rule_table_cell"}
    assert found == {("Trồng rừng tập trung", 2000.0, 2026), ("Tỷ lệ che phủ rừng", 54.0, 2026), ("Khoán bảo vệ rừng", 150000.0, 2026)}


@pytest.mark.parametrize("line", [
    "3\tKhoán bảo vệ rừng\tha\t150.000",  # after prose: no table before it to go on
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN",  # a signature line: no number
])
def test_one_line_of_cells_alone_is_no_table(line):
    text = normalise(f"KẾ HOẠCH\nPhát triển lâm nghiệp năm 2026\n\nCác sở, ngành triển khai thực hiện.\n\n{line}\n").text
    assert tables_of(text) == []


def test_one_row_on_the_next_page_of_a_docx(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_paragraph("CHỈ TIÊU LÂM NGHIỆP NĂM 2026")
    rows = [("TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"), ("1", "Trồng rừng tập trung", "ha", "2.000"), ("2", "Tỷ lệ che phủ rừng", "%", "54")]
    for part in (rows, [("3", "Khoán bảo vệ rừng", "ha", "150.000")]):
        _fill(document.add_table(rows=len(part), cols=4), part)
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path = _saved(document, tmp_path)
    found = {(t.value, t.year) for t in extract_targets(_read(path)) if t.rule == "rule_table_cell"}
    assert found == {(2000.0, 2026), (54.0, 2026), (150000.0, 2026)}


def _pdf_of_tables(tmp_path: Path, parts, widths) -> Path:
    """A PDF (fpdf2) of ruled tables: per part (new page?, a line above the table or None, its rows, header row?)."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    from fpdf.fonts import FontFace

    pdf = fpdf.FPDF()
    pdf.add_font("Body", "", unicode_font())
    for new_page, lead, rows, headed in parts:
        if new_page:
            pdf.add_page()
        pdf.set_font("Body", size=10)
        if lead:
            pdf.multi_cell(0, 6, lead, new_x="LMARGIN", new_y="NEXT")
        with pdf.table(headings_style=FontFace(emphasis=""), first_row_as_headings=headed, col_widths=widths) as table:
            for cells in rows:
                row = table.row()
                for text in cells:
                    row.cell(text)
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


def test_one_row_on_the_next_page_of_a_pdf(tmp_path):
    """A ruled table whose last row is alone on page 2 (pdfplumber finds a one-row table there)."""
    path = _pdf_of_tables(tmp_path, [
        (True, "CHỈ TIÊU LÂM NGHIỆP NĂM 2026", [("TT", "Chỉ tiêu", "ĐVT", "Kế hoạch"), ("1", "Trồng rừng tập trung", "ha", "2.000"),
                                                ("2", "Tỷ lệ che phủ rừng", "%", "54")], True),
        (True, None, [("3", "Khoán bảo vệ rừng", "ha", "150.000")], False)], (10, 60, 20, 30))
    found = {(t.value, t.year) for t in extract_targets(_read(path)) if t.rule == "rule_table_cell"}
    assert found == {(2000.0, 2026), (54.0, 2026), (150000.0, 2026)}


def test_the_end_of_a_last_row_a_page_break_cut_in_a_pdf(tmp_path):
    """A table whose last row a page break cut, its end (two cells filled, its number cell empty) alone at the next
    page's top: one row again, on the page it starts on; a one-row box of the same shape lower on a page is no row's end."""
    head = ("STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2026", "Cơ quan chủ trì")
    path = _pdf_of_tables(tmp_path, [
        (True, None, [head, ("1", "Mẫu giám sát dư lượng", "mẫu", "1.650", "1.800", "Chi cục Thủy sản"),
                      ("2", "Chuỗi cung", "chuỗi", "11", "15", "Sở Nông")], True),
        (True, "2", [("", "ứng thực phẩm an toàn được xác nhận", "", "", "", "nghiệp và Môi trường")], False),
        (False, "III. TỔ CHỨC THỰC HIỆN", [("", "ghi chú của bảng", "", "", "", "kèm theo")], False)], (10, 50, 20, 25, 25, 50))
    lines = _read(path).split("\n")
    assert "2\tChuỗi cung ứng thực phẩm an toàn được xác nhận\tchuỗi\t11\t15\tSở Nông nghiệp và Môi trường" in lines
    assert "\tứng thực phẩm an toàn được xác nhận\t\t\t\tnghiệp và Môi trường" not in lines
    assert not any(line.startswith("\tghi chú của bảng") for line in lines)  # under a heading: no row's end


def test_a_framed_line_is_no_pdf_table():
    from pipeline.ingest import _is_real_table

    assert not _is_real_table((("Ghi chú: số liệu ước tính", ""),)) and not _is_real_table((("A", "B"),))
    # the end of a row a page break cut (one filled cell) over a whole row: a table's rest, on the next page
    assert _is_real_table((("", "hành chính", "", "", ""), ("3", "Tập huấn kỹ năng số", "Phòng Văn hóa - Xã hội", "", "Tháng 8/2026")))
    assert not _is_real_table((("", "hành chính"), ("Ghi chú", "")))


HEAD = ("TT", "Nội dung", "Chủ trì", "Thời gian")


@pytest.mark.parametrize("last, top, row", [
    # a row a page break cut: its cells' ends, under an empty number cell, at the next page's top (its header repeated or not)
    (("2", "Số hóa hồ sơ giải quyết thủ tục", "Trung tâm Phục vụ hành chính công", "Tháng 6/2026"),
     [("", "hành chính", "xã", "")], ("2", "Số hóa hồ sơ giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công xã", "Tháng 6/2026")),
    (("2", "Sửa đổi chính sách theo Nghị quyết số 08/2023/NQ-", "Sở Nội vụ,", "Quý II/2026"),
     [HEAD, ("", "HĐND", "Sở Y tế", "")], ("2", "Sửa đổi chính sách theo Nghị quyết số 08/2023/NQ-HĐND", "Sở Nội vụ, Sở Y tế", "Quý II/2026")),
    # a body's number wrapped alone under its name ("Phòng Nghiệp vụ⏎1"), beside another cell's wrapped rest
    (("2", "Kiểm tra việc thực", "Phòng Nghiệp vụ", "Tháng 10/2026"), [("", "hiện kết luận thanh tra", "1", "")],
     ("2", "Kiểm tra việc thực hiện kết luận thanh tra", "Phòng Nghiệp vụ 1", "Tháng 10/2026")),
    # s36b: a proper name's last syllable wrapped alone ("Truyền hình Tuyên⏎Quang"), beside another cell's wrapped rest
    (("7", "Tuyên truyền Nghị quyết trên", "Báo và Phát thanh, Truyền hình Tuyên", "Hằng năm"),
     [HEAD, ("", "các phương tiện thông tin đại chúng", "Quang", "")],
     ("7", "Tuyên truyền Nghị quyết trên các phương tiện thông tin đại chúng", "Báo và Phát thanh, Truyền hình Tuyên Quang", "Hằng năm")),
    # a quoted name that the words before it lead up to, beside another cell's wrapped rest
    (("2", "Hộ gia đình đạt danh hiệu", "Phòng Quản lý văn hóa và", "Năm 2026"), [("", "“Gia đình văn hóa”", "Gia đình", "")],
     ("2", "Hộ gia đình đạt danh hiệu “Gia đình văn hóa”", "Phòng Quản lý văn hóa và Gia đình", "Năm 2026")),
    (("2", "Xét tặng danh hiệu", "Sở Nội vụ,", "Năm 2026"), [("", '"Thôn văn hóa"', "Sở Tài chính", "")],
     ("2", 'Xét tặng danh hiệu "Thôn văn hóa"', "Sở Nội vụ, Sở Tài chính", "Năm 2026")),
    # a verb's object opening with a capital ("Xây dựng⏎Nghị định …"), beside two cells or more whose lines wrap
    (("2", "Xây dựng", "Cục Quản", "Quý"), [("", "Nghị định sửa đổi Nghị định số 100/2024/NĐ-CP", "lý nhà ở", "II/2026")],
     ("2", "Xây dựng Nghị định sửa đổi Nghị định số 100/2024/NĐ-CP", "Cục Quản lý nhà ở", "Quý II/2026")),
    # a number cut by letters in a narrow column ("30.50⏎0"), beside a wrapped name; a rest in capitals: a heading cell
    # going on in capitals, a name closed by an abbreviation or a brand
    (("+", "Trồng", "ha", "30.50"), [HEAD, ("", "tái canh", "", "0")], ("+", "Trồng tái canh", "ha", "30.500")),
    (("A", "TỔNG THU NGÂN SÁCH", "Sở Tài chính", "30.846.500"), [HEAD, ("", "ĐỊA PHƯƠNG", "", "")],
     ("A", "TỔNG THU NGÂN SÁCH ĐỊA PHƯƠNG", "Sở Tài chính", "30.846.500")),
    (("5", "Tỷ lệ xã có sản phẩm", "Sở Công Thương", "100"), [HEAD, ("", "OCOP", "", "")],
     ("5", "Tỷ lệ xã có sản phẩm OCOP", "Sở Công Thương", "100")),
    (("5", "Số vùng trồng đạt tiêu chuẩn", "Sở Y tế", "5"), [("", "GACP-WHO", "", "")],
     ("5", "Số vùng trồng đạt tiêu chuẩn GACP-WHO", "Sở Y tế", "5")),
    # ... but not two values that make no number, nor a group's name in capitals under a name in lower case
    (("2", "Kiểm tra việc thực", "Sở Tài chính", "1.250"), [("", "hiện kết luận", "", "300")], None),
    (("2", "Thu ngân sách nhà nước", "Sở Tài chính", "Năm 2026"), [("", "KHỐI XÃ", "", "")], None),
    (("2", "Thu ngân sách nhà nước.", "Sở Tài chính", "Năm 2026"), [("", "OCOP", "", "")], None),
    # ... but not beside one alone, nor under a cell that ended a sentence
    (("2", "Xây dựng", "Sở Nội vụ,", "Năm 2026"), [("", "Nghị định mới", "Sở Y tế", "")], None),
    (("2", "Báo cáo kết quả.", "Cục Quản", "Quý"), [("", "Nghị định mới", "lý nhà ở", "II/2026")], None),
    # the negatives: a numbered row, a sub-row that starts a name of its own ("Trong đó:"), a row of other cells;
    # a lone number with no wrapped line beside it (a row of its own), a number under a value
    (("2", "Thu ngân sách nhà nước", "Phòng Nghiệp vụ", "Năm 2026"), [("", "", "1", "")], None),
    (("2", "Kiểm tra việc thực", "Sở Tài chính", "2026"), [("", "hiện kết luận", "", "5")], None),
    (("2", "Thu ngân sách nhà nước", "Sở Tài chính", "Năm 2026"), [("3", "thu từ thuế", "", "")], None),
    (("2", "Thu ngân sách nhà nước", "Sở Tài chính", "Năm 2026"), [("", "Trong đó:", "", "")], None),
    # a quoted name after a cell that ended (a stop, a colon): a line of its own
    (("2", "Xét tặng danh hiệu.", "Sở Nội vụ,", "Năm 2026"), [("", "“Thôn văn hóa”", "Sở Tài chính", "")], None),
    (("2", "Xét tặng các danh hiệu:", "Sở Nội vụ", "Năm 2026"), [("", "“Thôn văn hóa”", "", "")], None),
    (("2", "Thu ngân sách nhà nước", "Sở Tài chính", "Năm 2026"), [("", "thu từ thuế", "")], None),
    # s36b: a capitalised word under a cell whose last word is in small letters: no name goes on
    (("2", "Tuyên truyền trên", "Sở Tài chính", "Năm 2026"), [("", "các phương tiện", "Thuế", "")], None),
    # w21d: a list's item ended by ";" goes on with the next item, beside two cells or more whose lines wrap ("Sở Tài chính;⏎Sở
    # Tư pháp"); not beside one alone
    (("3", "Ban hành Nghị quyết của", "Sở Tài chính;", "Trước ngày"), [HEAD, ("", "Hội đồng nhân dân tỉnh", "Sở Tư pháp", "30/9/2026")],
     ("3", "Ban hành Nghị quyết của Hội đồng nhân dân tỉnh", "Sở Tài chính; Sở Tư pháp", "Trước ngày 30/9/2026")),
    (("3", "Ban hành Nghị quyết của", "Sở Tài chính;", "Năm 2026"), [("", "Hội đồng nhân dân tỉnh", "Sở Tư pháp", "")], None),
    # w21d: the country's name that closes a national body's name ("Cục Địa chất và Khoáng sản⏎Việt Nam"), beside another
    # cell's wrapped rest; not under a cell that ended a sentence
    (("6", "Rà soát chức năng của các", "Cục Địa chất và Khoáng sản", "Tháng 9/2026"), [HEAD, ("", "đơn vị có liên quan", "Việt Nam", "")],
     ("6", "Rà soát chức năng của các đơn vị có liên quan", "Cục Địa chất và Khoáng sản Việt Nam", "Tháng 9/2026")),
    (("6", "Rà soát chức năng của các", "Báo cáo Bộ trưởng.", "Tháng 9/2026"), [("", "đơn vị có liên quan", "Việt Nam", "")], None),
    # an abbreviation a narrow cell cut at the page's foot ("GRD⏎P") is one word again, as within a page; two
    # abbreviations of their own ("PAR⏎PCI") are not one
    (("7", "Tốc độ tăng trưởng GRD", "Sở Tài chính", "Năm 2026"), [HEAD, ("", "P", "", "")],
     ("7", "Tốc độ tăng trưởng GRDP", "Sở Tài chính", "Năm 2026")),
    (("7", "Chỉ số PAR", "Sở Nội vụ", "Năm 2026"), [("", "PCI", "", "")], None),
    # p22: a quantity that closes a cell's words ("Nâng lên⏎50.000") is the cell's rest, and beside it a proper name under words
    # in small letters ("Nhà máy nước⏎Dương Đông (…)"); not a name alone, not a number under a number or a sentence's end
    (("3", "Nhà máy nước", "Nâng lên", "Tháng 6/2029"), [HEAD, ("", "Dương Đông (đặc khu Phú Quốc)", "50.000", "")],
     ("3", "Nhà máy nước Dương Đông (đặc khu Phú Quốc)", "Nâng lên 50.000", "Tháng 6/2029")),
    (("3", "Nhà máy nước", "Sở Xây dựng", "Năm 2029"), [HEAD, ("", "Dương Đông (đặc khu Phú Quốc)", "", "")], None),
    (("3", "Nhà máy nước", "32.000", "Năm 2029"), [("", "", "50.000", "")], None),
    (("3", "Nâng cấp nhà máy nước.", "Nâng lên", "Năm 2029"), [("", "Dương Đông", "50.000", "")], None),
])
def test_a_row_cut_by_a_page_break_is_one_row(last, top, row):
    from pipeline.ingest import _rows_over_page_breaks

    first = (HEAD, ("1", "Rà soát", "Sở Xây dựng", "Quý I/2026"), last)
    nxt = (*top, ("3", "Kiểm tra", "Thanh tra tỉnh", "Năm 2027"))
    text_a = "Phụ lục\n" + "\n".join("\t".join(r) for r in first) + "\n5"
    text_b = "\n".join("\t".join(r) for r in nxt) + "\nNơi nhận:"
    (a, tables_a, *_), (b, tables_b, *_) = _rows_over_page_breaks([(text_a, [first], None, []), (text_b, [nxt], None, [])])
    if row is None:
        assert (a, b) == (text_a, text_b)
    else:
        assert tables_a[0][-1] == row and a.split("\n")[-2:] == ["\t".join(row), "5"]  # the page number stays
        assert b.split("\n")[-2:] == ["3\tKiểm tra\tThanh tra tỉnh\tNăm 2027", "Nơi nhận:"] and "\t".join(top[-1]) not in b


QUARTERS = ("Nội dung", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm 2027")


@pytest.mark.parametrize("last,top,row", [
    # p22: a table that names its rows in its first cell (no number column): the name's wrapped rest alone at the next
    # page's top, under the repeated header or not, goes on the name; its values stay
    (("Tập huấn nghiệp vụ", "1", "-", "1", "-", "2"), [QUARTERS, ("cho Tổ bảo vệ an ninh, trật tự (lớp)", "", "", "", "", "")],
     ("Tập huấn nghiệp vụ cho Tổ bảo vệ an ninh, trật tự (lớp)", "1", "-", "1", "-", "2")),
    (("Tập huấn nghiệp vụ", "1", "-", "1", "-", "2"), [("cho Tổ bảo vệ an ninh, trật tự (lớp)", "", "", "", "", "")],
     ("Tập huấn nghiệp vụ cho Tổ bảo vệ an ninh, trật tự (lớp)", "1", "-", "1", "-", "2")),
    # the negatives: a new row's name (a capital, its values beside it); a lower-case first cell in a numbered table
    (("Tập huấn nghiệp vụ (lớp)", "1", "-", "1", "-", "2"), [QUARTERS, ("Tuyên truyền pháp luật (buổi)", "2", "2", "2", "2", "8")], None),
    (("Tập huấn nghiệp vụ", "1", "-", "1", "-", "2"), [("cho Tổ bảo vệ (lớp)", "", "", "", "", "")], "numbered"),
])
def test_a_row_name_cut_by_a_page_break_in_a_table_without_numbers(last, top, row):
    from pipeline.ingest import _rows_over_page_breaks

    numbered = row == "numbered"
    head = ("TT", *QUARTERS[:-1]) if numbered else QUARTERS
    above = ("1", "Tuần tra", "5", "5", "5", "5") if numbered else ("Tuần tra vũ trang (lượt)", "5", "5", "5", "5", "20")
    first = (head, above, ("2", *last[1:]) if numbered else last)
    nxt = (*([head] if top[0] == QUARTERS and numbered else top), ("Ghi chú", "", "", "", "", ""))
    text_a = "Biểu\n" + "\n".join("\t".join(r) for r in first) + "\n3"
    text_b = "4\n" + "\n".join("\t".join(r) for r in nxt)
    (a, tables_a, *_), (b, tables_b, *_) = _rows_over_page_breaks([(text_a, [first], None, []), (text_b, [nxt], None, [])])
    if row is None or numbered:
        assert (a, b) == (text_a, text_b)
    else:
        assert tables_a[0][-1] == row and a.split("\n")[-2:] == ["\t".join(row), "3"]
        assert "\t".join(top[-1]) not in b and b.endswith("Ghi chú\t\t\t\t\t")


# --- space-aligned: a phase written across the table on a line of its own -----------------------

ALIGNED_PHASES = """NHIỆM VỤ CỤ THỂ

    TT   Nhiệm vụ                     Cơ quan chủ trì            Cơ quan phối hợp           Thời gian hoàn thành
         Giai đoạn 2026 - 2027
    1    Xây dựng kho dữ liệu dùng    Sở Khoa học và Công nghệ   Sở Tài chính               Quý IV/2026
         chung của tỉnh
    2    Số hóa hồ sơ lưu trữ         Sở Nội vụ                  Sở Khoa học và Công nghệ   Năm 2027
         GIAI ĐOẠN 2028 - 2030
    3    Đánh giá kết quả thực hiện   Sở Khoa học và Công nghệ   Sở Nội vụ                  Tháng 12/2028
         Đề án
"""


def test_space_aligned_phase_lines_are_section_rows():
    text = normalise(ALIGNED_PHASES).text
    (table,) = tables_of(text)
    assert [(r.kind, r.section) for r in table.rows if r.kind != "header"] == [
        ("section", None), ("data", "Giai đoạn 2026 - 2027"), ("data", "Giai đoạn 2026 - 2027"),
        ("section", None), ("data", "GIAI ĐOẠN 2028 - 2030")]
    assert [r["task"].text for r in task_rows(text)] == [
        "Xây dựng kho dữ liệu dùng chung của tỉnh", "Số hóa hồ sơ lưu trữ", "Đánh giá kết quả thực hiện Đề án"]


# --- space-aligned: a table over a page break; rows merged over the columns; centred rows of any height ---
# `pdftotext -layout` of a printed plan: a form feed (and the next page's number) cuts the table, a group row
# ("I. …") runs over the columns, a cell centred on its row's number sits on the middle line of an even height.

ALIGNED_OVER_PAGE_BREAK = """PHỤ LỤC
STT   Nhiệm vụ                                Cơ quan chủ trì     Thời gian
1     Rà soát quy hoạch cây xanh đô thị       Sở Xây dựng         Năm 2025
      Xây dựng cơ sở dữ liệu cây xanh
2     trên địa bàn tỉnh và cập nhật           Sở Tài chính        Quý I/2026
\f                                        2

      hằng năm.
3     Tổng kết, đánh giá thực hiện            Sở Nội vụ           Năm 2027
"""
ALIGNED_OVER_PAGE_BREAK_FOOT = """KẾ HOẠCH
TT    Nội dung công việc                      Đơn vị chủ trì      Thời hạn
1     Kiểm tra các cơ sở sản xuất phân bón    Sở Công Thương      Quý II/2026
                          - 7 -
\f2     Tổng hợp, báo cáo kết quả kiểm tra      Sở Công Thương      Quý IV/2026
"""
ALIGNED_MERGED_GROUP_ROWS = """PHỤ LỤC
TT    Nhiệm vụ                                         Cơ quan chủ trì     Thời gian
I. NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ CHO DOANH NGHIỆP
 1    Tổ chức tập huấn kỹ năng số cho doanh nghiệp     Sở Khoa học và      Năm 2026
                                                       Công nghệ
II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ
      Xây dựng Bộ tiêu chí đánh giá mức độ chuyển
 2    đổi số doanh nghiệp trên địa bàn tỉnh, cập       Sở Tài chính        Quý IV/2026
      nhật hằng năm.
"""
# a row of four lines centred on its number (on the second line), then a row of one line
ALIGNED_CENTRED_EVEN = """PHỤ LỤC
STT   Nhiệm vụ                                   Chủ trì        Phối hợp          Thời gian
      Rà soát, cụ thể hoá các cơ chế, chính
 1    sách khuyến khích xã hội hóa, thu hút      Sở Tài         Sở, ban, ngành    Thường
      đầu tư hỗ trợ đổi mới công nghệ phù hợp    chính          có liên quan      xuyên
      với điều kiện của tỉnh.
 2    Đề xuất giải pháp cải thiện môi trường     Sở Công        Các sở, ngành     Năm 2026
      đầu tư, kinh doanh.                        Thương
"""


@pytest.mark.parametrize("raw, expected", [
    (ALIGNED_OVER_PAGE_BREAK, [("Rà soát quy hoạch cây xanh đô thị", "Sở Xây dựng", "Năm 2025"),
                               ("Xây dựng cơ sở dữ liệu cây xanh trên địa bàn tỉnh và cập nhật hằng năm.", "Sở Tài chính", "Quý I/2026"),
                               ("Tổng kết, đánh giá thực hiện", "Sở Nội vụ", "Năm 2027")]),
    (ALIGNED_OVER_PAGE_BREAK_FOOT, [("Kiểm tra các cơ sở sản xuất phân bón", "Sở Công Thương", "Quý II/2026"),
                                    ("Tổng hợp, báo cáo kết quả kiểm tra", "Sở Công Thương", "Quý IV/2026")]),
    (ALIGNED_MERGED_GROUP_ROWS, [("Tổ chức tập huấn kỹ năng số cho doanh nghiệp", "Sở Khoa học và Công nghệ", "Năm 2026"),
                                 ("Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp trên địa bàn tỉnh, cập nhật hằng năm.",
                                  "Sở Tài chính", "Quý IV/2026")]),
    (ALIGNED_CENTRED_EVEN, [("Rà soát, cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư hỗ trợ đổi mới "
                             "công nghệ phù hợp với điều kiện của tỉnh.", "Sở Tài chính", "Thường xuyên"),
                            ("Đề xuất giải pháp cải thiện môi trường đầu tư, kinh doanh.", "Sở Công Thương", "Năm 2026")]),
])
def test_space_aligned_pages_merged_rows_and_centred_rows(raw, expected):
    mt = normalise(raw)
    assert [(r["task"].text, r["lead"].text, r["time"].text) for r in task_rows(mt.text)] == expected
    for row in task_rows(mt.text):  # each cell maps back to its words in the raw text
        for cell in row.values():
            start, end = mt.raw_span(cell.start, cell.end)
            assert raw[start:].startswith(cell.text.split()[0]) and raw[:end].endswith(cell.text.split()[-1])


def test_space_aligned_group_rows_are_section_rows():
    (table,) = tables_of(normalise(ALIGNED_MERGED_GROUP_ROWS).text)
    assert [r.kind for r in table.rows] == ["header", "section", "data", "section", "data"]


@pytest.mark.parametrize("raw", [
    # a table that ends at the page's foot; the next page opens with a paragraph (one run a line)
    "TT    Nhiệm vụ                      Cơ quan chủ trì     Thời gian\n1     Rà soát quy hoạch cây xanh    Sở Xây dựng         Năm 2025\n"
    "2     Kiểm tra việc thực hiện       Sở Nội vụ           Năm 2026\n\f                 3\n\n     Trong quá trình thực hiện, nếu có "
    "khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Xây dựng.\n",
])
def test_space_aligned_table_ends_at_a_page_of_prose(raw):
    text = normalise(raw).text
    assert "Trong quá trình thực hiện" in text and "\tTrong quá trình" not in text and "Xây dựng.\t" not in text
    assert [r["time"].text for r in task_rows(text)] == ["Năm 2025", "Năm 2026"]


# a header of three lines: names of one line centred on its height beside a name wrapped over three lines
ALIGNED_CENTRED_HEADER = """PHỤ LỤC
                                Cơ quan      Thời gian                              Nguồn kinh
TT    Nhiệm vụ                  chủ trì      dự kiến      Kết quả dự kiến           phí
                                             hoàn thành
 1    Rà soát quy hoạch cây     Sở Xây       Quý          Báo cáo rà soát           Ngân sách
      xanh đô thị               dựng         IV/2026                                tỉnh
 2    Xây dựng cơ sở dữ liệu    Sở Tài       Năm 2027     Cơ sở dữ liệu             Ngân sách
      cây xanh                  chính                                               tỉnh
"""


def test_space_aligned_header_names_centred_on_a_taller_header():
    text = normalise(ALIGNED_CENTRED_HEADER).text
    assert [(r["task"].text, r["lead"].text, r["time"].text) for r in task_rows(text)] == [
        ("Rà soát quy hoạch cây xanh đô thị", "Sở Xây dựng", "Quý IV/2026"), ("Xây dựng cơ sở dữ liệu cây xanh", "Sở Tài chính", "Năm 2027")]


# --- grid tables (pandoc -t markdown of a DOCX): cells wrapped inside their columns between "+---+" rules ---

GRID_TASKS = """PHỤ LỤC

+-----+----------------------------------+-------------+------------+
| TT  | Nhiệm vụ                         | Cơ quan chủ | Thời gian  |
|     |                                  | trì         |            |
+=====+==================================+=============+============+
| I. NHÓM GIẢI PHÁP VỀ CƠ CHẾ, CHÍNH SÁCH                             |
+-----+----------------------------------+-------------+------------+
| 1   | Rà soát, cụ thể hoá các cơ chế,  | Sở Tài      | Quý        |
|     | chính sách khuyến khích xã hội   | chính       | IV/2026    |
|     | hóa                              |             |            |
+-----+----------------------------------+-------------+------------+
| 2   | Xây dựng cơ sở dữ liệu \\*số\\*    | Sở Khoa học | 2025 -     |
|     | về đổi mới công nghệ             | và Công     | 2030       |
|     |                                  | nghệ        |            |
+-----+----------------------------------+-------------+------------+
"""
GRID_TARGETS = """+--------------------------------------------+-----------------------+
| \\- Giá trị sản xuất nông - lâm - thủy sản: | 2.061.608 triệu đồng. |
+--------------------------------------------+-----------------------+
| \\- Tỷ lệ che phủ rừng:                     | 51%                   |
+--------------------------------------------+-----------------------+
"""


def test_grid_table_rows():
    mt = normalise(GRID_TASKS)
    assert [(r["task"].text, r["lead"].text, r["time"].text) for r in task_rows(mt.text)] == [
        ("Rà soát, cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa", "Sở Tài chính", "Quý IV/2026"),
        ("Xây dựng cơ sở dữ liệu số về đổi mới công nghệ", "Sở Khoa học và Công nghệ", "2025 - 2030")]
    assert "I. NHÓM GIẢI PHÁP VỀ CƠ CHẾ, CHÍNH SÁCH\n" in mt.text and "+--" not in mt.text
    for row in task_rows(mt.text):
        for cell in row.values():
            start, end = mt.raw_span(cell.start, cell.end)
            assert GRID_TASKS[start:].startswith(cell.text.split()[0]) and GRID_TASKS[:end].endswith(cell.text.split()[-1])


def test_grid_table_of_indicator_lines():
    text = normalise("KẾ HOẠCH năm 2025\n\n" + GRID_TARGETS).text
    assert "- Giá trị sản xuất nông - lâm - thủy sản:\t2.061.608 triệu đồng." in text
    found = {(t.value, t.unit) for t in extract_targets(text)}
    assert {(2061608.0, "triệu đồng"), (51.0, "%")} <= found


@pytest.mark.parametrize("raw", [
    "Tổng chi phí = chi phí xây dựng +-- chi phí thiết bị.\n",  # a "+-" in prose
    "+---+\n| không phải bảng\n",  # a rule without rows
])
def test_grid_table_negatives(raw):
    from pipeline.normalise import MappedText, grid_tables

    assert grid_tables(MappedText.identity(raw)).text == raw
# A row that says only "Trong đó:" (or "Bao gồm:", "Chia ra:") under an indicator's row opens that row's parts: the rows
# below it without an ordinal of their own ("- Thu ngoài quốc doanh", or a bare name) keep the indicator above, the part
# in `scope`, until a numbered row. Under a part ("- Số học sinh" / Trong đó: / "+ Học sinh bán trú") the marks nest as
# before; a numbered row after the parts is an indicator of its own; the 2026 results and the comparison give nothing.
_PLAN_HEADER = ("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2026", "Kế hoạch năm 2027", "So sánh (%)")


@pytest.mark.parametrize("shape, rows, expected", [
    ("tab", [("A", "KINH TẾ"), ("1", "Thu ngân sách nhà nước", "triệu đồng", "45.600", "48.500", "106,4"), ("", "Trong đó:"),
             ("-", "Thu ngoài quốc doanh", "triệu đồng", "18.250", "20.000", "109,6"),
             ("-", "Thu tiền sử dụng đất", "triệu đồng", "12.000", "11.500", "95,8"),
             ("2", "Tổng vốn đầu tư phát triển", "tỷ đồng", "1.120", "1.250", "111,6")],
     [("Thu ngân sách nhà nước", 48500.0, None), ("Thu ngân sách nhà nước", 20000.0, "Thu ngoài quốc doanh"),
      ("Thu ngân sách nhà nước", 11500.0, "Thu tiền sử dụng đất"), ("Tổng vốn đầu tư phát triển", 1250.0, None)]),
    ("pipe", [("1", "Số trường đạt chuẩn quốc gia", "trường", "20", "22", "110"), ("", "*Bao gồm:*", "", "", "", ""),
              ("", "Trường mầm non", "trường", "6", "7", "116,7"), ("", "Trường tiểu học", "trường", "8", "9", "112,5"),
              ("2", "Tỷ lệ hộ nghèo", "%", "1,2", "0,9", "75")],
     [("Số trường đạt chuẩn quốc gia", 22.0, None), ("Số trường đạt chuẩn quốc gia", 7.0, "Trường mầm non"),
      ("Số trường đạt chuẩn quốc gia", 9.0, "Trường tiểu học"), ("Tỷ lệ hộ nghèo", 0.9, None)]),
    # under a part: the marks nest as they did
    ("tab", [("12", "Giáo dục"), ("", "- Số học sinh", "người", "398.672", "400.000", "100,3"), ("", "Trong đó:"),
             ("", "+ Học sinh bán trú", "người", "25.225", "26.485", "105")],
     [("Số học sinh", 400000.0, "Giáo dục"), ("Số học sinh", 26485.0, "Học sinh bán trú")]),
    # no "Trong đó:" row: a numbered row is a row of its own
    ("tab", [("1", "Thu ngân sách nhà nước", "triệu đồng", "45.600", "48.500", "106,4"),
             ("2", "Thu ngoài quốc doanh", "triệu đồng", "18.250", "20.000", "109,6")],
     [("Thu ngân sách nhà nước", 48500.0, None), ("Thu ngoài quốc doanh", 20000.0, None)]),
])
def test_a_trong_do_row_opens_the_parts_of_the_row_above(shape, rows, expected):
    table = [_PLAN_HEADER] + rows
    if shape == "tab":
        raw = "\n".join("\t".join(r) for r in table) + "\n"
    else:
        raw = "\n".join("| " + " | ".join(r + ("",) * (len(_PLAN_HEADER) - len(r))) + " |" for r in table[:1]) + "\n" \
            + "|" + "---|" * len(_PLAN_HEADER) + "\n" \
            + "\n".join("| " + " | ".join(r + ("",) * (len(_PLAN_HEADER) - len(r))) + " |" for r in table[1:]) + "\n"
    found = [(t.indicator, t.value, t.scope) for t in extract_targets(normalise(raw).text) if t.rule == "rule_table_cell"]
    assert found == expected


# A table's part (a sub-row under its whole) never takes the whole's canonical indicator, as a part after "trong đó"
# in prose: an amount's part that is an indicator of its own system takes its own ("Chi thường xuyên" / "- Sự nghiệp
# giáo dục - đào tạo"), any other part none; the whole keeps its own. (s27g1) A part that restates what the whole counts
# with its level ("Số giường bệnh" / "+ Giường bệnh cấp tỉnh") is the whole broken down: the whole's id, the part in scope.
@pytest.mark.parametrize("rows, expected", [
    ([("1", "Chi thường xuyên", "triệu đồng", "14.489.909", "15.255.008", "105,3"), ("", "Trong đó:"),
      ("-", "Chi sự nghiệp giáo dục, đào tạo và dạy nghề", "triệu đồng", "6.087.277", "6.450.531", "106")],
     [("Chi thường xuyên", None, "Chi thường xuyên"),
      ("Chi thường xuyên", "Chi sự nghiệp giáo dục, đào tạo và dạy nghề", "Chi sự nghiệp giáo dục, đào tạo và dạy nghề")]),
    ([("13", "Y tế"), ("", "- Số giường bệnh", "giường", "6.960", "7.060", "101,4"), ("", "Trong đó:"),
      ("", "+ Giường bệnh cấp tỉnh", "giường", "6.080", "6.740", "110,9")],
     [("Số giường bệnh", "Y tế", "Số giường bệnh"), ("Số giường bệnh", "Giường bệnh cấp tỉnh", "Số giường bệnh")]),
])
def test_a_table_part_never_takes_the_wholes_canonical_indicator(rows, expected):
    raw = "\n".join("\t".join(r) for r in [_PLAN_HEADER] + rows) + "\n"
    found = [(t.indicator, t.scope, t.indicator_canonical) for t in extract_targets(normalise(raw).text) if t.rule == "rule_table_cell"]
    assert found == expected


# A fraction cell ("10/10", "12/15 thôn") in an indicator table is the count with its whole, as "13/13 xã" in the text:
# value = numerator; under a share's unit (%) which share is meant is not written, and a date ("30/9") is no fraction.
@pytest.mark.parametrize("rows, expected", [
    ([("1", "Số xã đạt chuẩn nông thôn mới", "xã", "8/10", "10/10", "125")], [(10.0, "xã", 10.0, 10.0)]),
    ([("1", "Trường đạt chuẩn quốc gia", "trường", "7/7", "7 / 7", "100")], [(7.0, "trường", 7.0, 7.0)]),
    ([("1", "Số thôn đạt chuẩn văn hóa", "", "10/15 thôn", "12/15 thôn", "")], [(12.0, "thôn", 12.0, 15.0)]),
    ([("1", "Tỷ lệ xã đạt chuẩn", "%", "8/10", "10/10", "")], []),
    ([("1", "Hoàn thành quy hoạch chung", "ngày", "", "30/9", "")], []),
])
def test_a_fraction_cell_is_a_count_of_its_whole(rows, expected):
    raw = "\n".join("\t".join(r) for r in [_PLAN_HEADER] + rows) + "\n"
    found = [(t.value, t.unit, t.numerator, t.denominator) for t in extract_targets(normalise(raw).text) if t.rule == "rule_table_cell"]
    assert found == expected


# --- tables of one cell a line whose section rows keep their empty cells as empty lines (a DOCX table copied as text) ---

_CELL_HEAD = "STT\nChỉ tiêu\nĐơn vị tính\nThực hiện năm 2025\nKế hoạch năm 2026\n"
CELL_LINE_EMPTY_CELLS = [
    # the section row's three empty cells as three empty lines; a unit in small letters stays its own cell
    (_CELL_HEAD + "A\nChỉ tiêu tiết kiệm năng lượng\n \n \n \n1\nĐiện năng tiết kiệm\ntriệu kWh\n412\n510\n"
     "B\nChỉ tiêu chiếu sáng\n\n\n\n2\nTỷ lệ đèn LED trong chiếu sáng công cộng\n%\n78\n> 85\n",
     [(510.0, "triệu kWh", 2026), (85.0, "%", 2026)]),
    # the ordinal and heading in one cell, then the empty cells
    (_CELL_HEAD + "I. Chỉ tiêu kinh tế\n\n\n\n1\nSố doanh nghiệp thành lập mới\ndoanh nghiệp\n2.410\n2.600\n",
     [(2600.0, "doanh nghiệp", 2026)]),
    # negative: a blank line after a row's last value ends the table (the text after it is no row)
    (_CELL_HEAD + "1\nĐiện năng tiết kiệm\ntriệu kWh\n412\n510\n\n2\nTỷ lệ đèn LED\n%\n78\n85\n",
     [(510.0, "triệu kWh", 2026)]),
    # negative: a blank line after a section row that no row's number follows ends the table
    (_CELL_HEAD + "1\nĐiện năng tiết kiệm\ntriệu kWh\n412\n510\nB\nGhi chú\n\nSố liệu năm 2025 là số ước thực hiện.\n",
     [(510.0, "triệu kWh", 2026)]),
]


@pytest.mark.parametrize("raw, expected", CELL_LINE_EMPTY_CELLS)
def test_cell_line_section_row_with_empty_cells(raw, expected):
    text = normalise("PHỤ LỤC\n" + raw).text
    found = [(t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"]
    assert found == expected


# --- tables of one cell a line: a section's ordinal and heading in one cell, cells printed over several lines ---

CELL_LINE_SECTIONS = [
    ("STT\nNội dung nhiệm vụ\nĐơn vị chủ trì\nThời gian hoàn thành\nI. Nhiệm vụ chung\n1\nRà soát quy chế phối hợp.\n"
     "Sở Nội vụ\nQuý II/2026\n2\nTổ chức hội nghị sơ kết.\nVăn phòng UBND tỉnh\nQuý IV/2026\n",
     [("Rà soát quy chế phối hợp.", "Sở Nội vụ", "Quý II/2026"), ("Tổ chức hội nghị sơ kết.", "Văn phòng UBND tỉnh", "Quý IV/2026")]),
    ("TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời hạn\nA) CÔNG TÁC TUYÊN TRUYỀN\n1\nPhát hành tài liệu hỏi đáp.\n"
     "Sở Tư pháp\nCác sở, ngành\nTháng 6/2026\nB) CÔNG TÁC KIỂM TRA\n1\nKiểm tra việc thi hành.\nThanh tra tỉnh\nCác huyện\nHằng năm\n",
     [("Phát hành tài liệu hỏi đáp.", "Sở Tư pháp", "Tháng 6/2026"), ("Kiểm tra việc thi hành.", "Thanh tra tỉnh", "Hằng năm")]),
]


@pytest.mark.parametrize("raw, expected", CELL_LINE_SECTIONS)
def test_cell_line_section_heading_in_one_cell(raw, expected):
    text = normalise("PHỤ LỤC\n\n" + raw).text
    assert [(r["task"].text, r["lead"].text, r["time"].text) for r in task_rows(text)] == expected


CELL_LINE_WRAPPED = [
    # cells printed over several lines (pdftotext of a ruled table): small-letter starts, a sentence's end, a body's name
    ("STT\nNHIỆM VỤ\nCHỦ TRÌ\nPHỐI HỢP\nTHỜI GIAN\nI\nNHÓM NHIỆM VỤ VỀ HẠ TẦNG\nVÀ DỮ LIỆU\n1\n"
     "Nâng cấp mạng truyền số liệu chuyên dùng,\nbảo đảm kết nối đến cấp xã.\nSở Khoa\nhọc và\nCông nghệ\n"
     "Sở Tài chính; Ủy\nban nhân dân các xã\n2026\n2\nXây dựng kho dữ liệu dùng chung\ncủa tỉnh.\nSở Tài\nchính\n"
     "Các sở, ban, ngành\ncó liên quan\nThường\nxuyên\n3\nTổng kết.\nSở Nội vụ\nCác sở\n2030\n",
     [("Nâng cấp mạng truyền số liệu chuyên dùng, bảo đảm kết nối đến cấp xã.", "Sở Khoa học và Công nghệ", "2026"),
      ("Xây dựng kho dữ liệu dùng chung của tỉnh.", "Sở Tài chính", "Thường xuyên"),
      ("Tổng kết.", "Sở Nội vụ", "2030")]),
    ("TT\nNội dung công việc\nĐơn vị thực hiện chủ trì\nĐơn vị phối hợp\nThời gian hoàn thành\n1\nTập huấn kỹ năng cho cán bộ\n"
     "làm công tác dân số.\nSở Y tế\nHội Liên hiệp Phụ nữ\ntỉnh\nQuý III/2026\n2\nKiểm tra, giám sát việc thực\n"
     "hiện Kế hoạch.\nSở Y\ntế\nCác huyện, thị xã\nNăm 2027\n3\nSơ kết.\nSở Y tế\nCác sở\n2028\n",
     [("Tập huấn kỹ năng cho cán bộ làm công tác dân số.", "Sở Y tế", "Quý III/2026"),
      ("Kiểm tra, giám sát việc thực hiện Kế hoạch.", "Sở Y tế", "Năm 2027"),
      ("Sơ kết.", "Sở Y tế", "2028")]),
    # a time's word alone on a line, its number on the next ("Quý⏎III/2026")
    ("STT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\n1\nRà soát hồ sơ địa chính\ncủa các xã.\nSở Nông nghiệp và\nMôi trường\n"
     "UBND các xã\nQuý\nIII/2026\n2\nSơ kết.\nSở Nội vụ\nCác sở\n2028\n",
     [("Rà soát hồ sơ địa chính của các xã.", "Sở Nông nghiệp và Môi trường", "Quý III/2026"), ("Sơ kết.", "Sở Nội vụ", "2028")]),
    # the last row printed over several lines (was: its lines all run together, the layout cannot tell its end): s25d, a
    # word alone at the end of a joined run ("Sở Tài⏎chính") ends it, the next cell keeps its line (pipeline.wraps)
    ("STT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\n1\nRà soát quy chế.\nSở Nội vụ\nCác sở\n2026\n2\nXây dựng kho\n"
     "dữ liệu.\nSở Tài\nchính\nCác sở\n2027\n",
     [("Rà soát quy chế.", "Sở Nội vụ", "2026"), ("Xây dựng kho dữ liệu.", "Sở Tài chính", "2027")]),
]


@pytest.mark.parametrize("raw, expected", CELL_LINE_WRAPPED)
def test_cell_line_cells_over_several_lines(raw, expected):
    text = normalise("PHỤ LỤC\n\n" + raw).text
    assert [(r["task"].text, r["lead"].text, r["time"].text) for r in task_rows(text)] == expected


@pytest.mark.parametrize("raw, rows", [
    # where the cells part cannot be told (every line opens in capitals, none ends a sentence), the table ends there
    ("STT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\n1\nRà soát quy chế.\nSở Nội vụ\nCác sở\n2026\n2\nXây dựng Đề án\n"
     "Phát triển Du lịch\nSở Văn hóa\nThể thao và Du lịch\nSở Công Thương\nBan Quản lý\n2027\n3\nSơ kết.\nSở Nội vụ\nCác sở\n2028\n", 1),
    # a table of indicators and values: a value line can hold the next row's number, its rows are not regrouped
    ("TT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\n1\nTỷ lệ hộ dùng\nnước sạch\n%\n95\n2\nSố xã đạt chuẩn\nxã\n40\n", 0),
])
def test_cell_line_wrapped_cells_negatives(raw, rows):
    from extractors.tables import cell_line_layout

    lines = raw.strip("\n").split("\n")
    found, joins = cell_line_layout(lines)
    assert len(found[1:]) == rows and not joins
    text = normalise("PHỤ LỤC\n\n" + raw).text
    assert len(task_rows(text)) == rows


@pytest.mark.parametrize("raw, names", [
    ("STT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan phối hợp\nThời gian\nhoàn thành\n1\nRà soát quy chế.\nSở Nội vụ\nCác sở\n2026\n"
     "2\nSơ kết.\nSở Nội vụ\nCác sở\n2027\n",
     ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]),
    ("TT\nNội dung\ncông việc\nĐơn vị\nthực hiện\nTiến độ\n1\nMua sắm thiết bị.\nSở Y tế\nNăm 2026\n2\nTập huấn.\nSở Y tế\nNăm 2027\n",
     ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Tiến độ"]),
    # negative: names that each open in capitals stay apart
    ("TT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời hạn\n1\nRà soát.\nSở Nội vụ\nCác sở\n2026\n2\nSơ kết.\nSở Nội vụ\nCác sở\n2027\n",
     ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"]),
])
def test_cell_line_header_name_over_two_lines(raw, names):
    text = normalise("PHỤ LỤC\n\n" + raw).text
    table = next(t for t in tables_of(text) if t.shape == "lines")
    assert [c.text for c in table.rows[0].cells] == names and len(table.data_rows) == 2


CELL_LINE_SPANNED = [
    ("TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\nSản phẩm\n1\nNâng cấp trung tâm dữ liệu của tỉnh.\n"
     "Sở Khoa học và Công nghệ\nCác sở, ngành\nQuý III/2026\nTrung tâm dữ liệu\nBố trí máy chủ dự phòng.\nViễn thông tỉnh\n"
     "2\nBan hành quy chế khai thác dữ liệu.\nVăn phòng UBND tỉnh\nCác sở, ngành\nNăm 2027\nQuy chế\n",
     [("Nâng cấp trung tâm dữ liệu của tỉnh.", "Sở Khoa học và Công nghệ", "Quý III/2026"),
      ("Ban hành quy chế khai thác dữ liệu.", "Văn phòng UBND tỉnh", "Năm 2027")]),
    ("STT\nNội dung\nChủ trì\nPhối hợp\nThời hạn\nKết quả\n1\nTổ chức lớp bồi dưỡng cho cán bộ xã.\nSở Nội vụ\n"
     "UBND các xã\nHằng năm\nLớp bồi dưỡng\nBiên soạn tài liệu bồi dưỡng.\nTrường Chính trị tỉnh\nSở Nội vụ\n"
     "2\nĐánh giá kết quả bồi dưỡng.\nSở Nội vụ\nUBND các xã\n2030\nBáo cáo\n",
     [("Tổ chức lớp bồi dưỡng cho cán bộ xã.", "Sở Nội vụ", "Hằng năm"), ("Đánh giá kết quả bồi dưỡng.", "Sở Nội vụ", "2030")]),
]


@pytest.mark.parametrize("raw, expected", CELL_LINE_SPANNED)
def test_cell_line_row_spanned_by_the_one_above(raw, expected):
    text = normalise("PHỤ LỤC\n\n" + raw).text
    assert [(r["task"].text, r["lead"].text, r["time"].text) for r in task_rows(text)] == expected


@pytest.mark.parametrize("raw", [
    # the line after the row goes on from it (small letters): the result cell wrapped, not a row of its own
    "TT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\nSản phẩm\n1\nRà soát.\nSở Nội vụ\nCác sở\n2026\nBáo cáo\ntổng hợp\n"
    "2\nSơ kết.\nSở Nội vụ\nCác sở\n2027\nBáo cáo\n",
    # the row's time cell is not a time: its cells are not where the header says
    "TT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\nSản phẩm\n1\nRà soát.\nSở Nội vụ\nCác sở\nBáo cáo\nQuý I/2026\nTổng hợp.\n"
    "2\nSơ kết.\nSở Nội vụ\nCác sở\n2027\nBáo cáo\n",
])
def test_cell_line_row_spanned_negatives(raw):
    from extractors.tables import cell_line_layout
    from extractors.tables import patterns as P

    rows, _ = cell_line_layout(raw.strip("\n").split("\n"))
    assert all(n >= 5 for _, n in rows)  # no short row of spanned cells
    text = normalise("PHỤ LỤC\n\n" + raw).text
    assert all(P.TIME_CELL_START.match(r["time"].text) for r in task_rows(text) if "time" in r)


@pytest.mark.parametrize("raw, last", [
    ("TT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\nSản phẩm\nKinh phí\n1\nRà soát quy chế.\nSở Nội vụ\nCác sở\n2026\nQuy chế\n"
     "Ngân sách tỉnh\n2\nTổng kết Đề án.\nSở Nội vụ\nCác sở\nQuý IV/2030\nBáo cáo\n", ("Tổng kết Đề án.", "Quý IV/2030")),
    ("STT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời hạn\nGhi chú\n1\nKiểm tra.\nThanh tra tỉnh\nCác sở\nHằng năm\nĐột xuất\n"
     "2\nBáo cáo kết quả.\nSở Tư pháp\nCác sở\nTrước 15/12 hằng năm\n", ("Báo cáo kết quả.", "Trước 15/12 hằng năm")),
])
def test_cell_line_last_row_with_empty_cells(raw, last):
    text = normalise("PHỤ LỤC\n\n" + raw).text
    rows = task_rows(text)
    assert len(rows) == 2 and (rows[-1]["task"].text, rows[-1]["time"].text) == last


@pytest.mark.parametrize("raw, lead", [
    ("TT\nNhiệm vụ\nChủ trì\nPhối hợp\nThời gian\nSản phẩm\nKinh phí\n1\nRà soát quy chế.\nSở Nội vụ\nCác sở\n2026\nQuy chế\n"
     "Ngân sách tỉnh\n2\nTham mưu sơ kết.\nVăn phòng UBND tỉnh\nCác sở\nHằng năm\n3\nTổng kết.\nSở Nội vụ\nCác sở\n2030\nBáo cáo\n"
     "Ngân sách tỉnh\n", "Văn phòng UBND tỉnh"),
    ("STT\nNội dung\nĐơn vị chủ trì\nĐơn vị phối hợp\nThời hạn\nGhi chú\n1\nKiểm tra.\nThanh tra tỉnh\nCác sở\nHằng năm\nĐột xuất\n"
     "2\nHướng dẫn nghiệp vụ.\nSở Tư pháp\nCác huyện\nQuý II/2026\n3\nBáo cáo.\nSở Tư pháp\nCác sở\n2027\nĐịnh kỳ\n", "Sở Tư pháp"),
])
def test_cell_line_short_row_keeps_its_columns(raw, lead):
    rows = task_rows(normalise("PHỤ LỤC\n\n" + raw).text)
    assert len(rows) == 3 and rows[1]["lead"].text == lead and "time" in rows[1]


# pandoc 3 writes a cell merged over rows (rowspan: one funding source or one lead body for several tasks) as a grid
# table whose rule under a row goes on through the merged cell ("+-----+------+ nguồn vốn |"): each row stays a row,
# the merged cell's text whole in its first row, its place empty in the rows under it; a rule without such a cell as
# before (GRID_TASKS above)
GRID_ROWSPAN_FUNDS = """+-----+------------------------------+-------------+------------+-------------+
| TT  | Nhiệm vụ                     | Cơ quan chủ | Thời gian  | Kinh phí    |
|     |                              | trì         |            |             |
+=====+==============================+=============+============+=============+
| 1   | Rà soát, cụ thể hoá các cơ   | Sở Tài      | Quý        | Ngân sách   |
|     | chế, chính sách              | chính       | IV/2026    | nhà nước và |
+-----+------------------------------+-------------+------------+ nguồn vốn   |
| 2   | Xây dựng cơ sở dữ liệu về    | Sở Khoa học | 2025 -     | hợp pháp    |
|     | đổi mới công nghệ            | và Công     | 2030       | khác        |
|     |                              | nghệ        |            |             |
+-----+------------------------------+-------------+------------+-------------+
| 3   | Tổ chức hội nghị sơ kết      | Sở Nội vụ   | Năm 2027   | Ngân sách   |
+-----+------------------------------+-------------+------------+-------------+
"""
GRID_ROWSPAN_LEAD = """+----+-------------------------------+--------------+-------------+
| TT | Nội dung                      | Đơn vị chủ   | Thời hạn    |
|    |                               | trì          |             |
+====+===============================+==============+=============+
| 1  | Tuyên truyền về chuyển đổi số | Sở Văn hóa,  | Hằng năm    |
+----+-------------------------------+ Thể thao và  +-------------+
| 2  | Tổ chức cuộc thi tìm hiểu     | Du lịch      | Quý III/2026|
|    | pháp luật                     |              |             |
+----+-------------------------------+--------------+-------------+
"""


@pytest.mark.parametrize("raw, whole, expected", [
    (GRID_ROWSPAN_FUNDS, "Ngân sách nhà nước và nguồn vốn hợp pháp khác", [("Rà soát, cụ thể hoá các cơ chế, chính sách", "Sở Tài chính", "Quý IV/2026"),
                          ("Xây dựng cơ sở dữ liệu về đổi mới công nghệ", "Sở Khoa học và Công nghệ", "2025 - 2030"),
                          ("Tổ chức hội nghị sơ kết", "Sở Nội vụ", "Năm 2027")]),
    (GRID_ROWSPAN_LEAD, "Sở Văn hóa, Thể thao và Du lịch", [("Tuyên truyền về chuyển đổi số", "Sở Văn hóa, Thể thao và Du lịch", "Hằng năm"),
                         ("Tổ chức cuộc thi tìm hiểu pháp luật", None, "Quý III/2026")]),
])
def test_grid_table_with_a_cell_merged_over_rows(raw, whole, expected):
    src = "PHỤ LỤC\n\n" + raw
    mt = normalise(src)
    rows = task_rows(mt.text)
    assert [(r["task"].text, r["lead"].text if r.get("lead") else None, r["time"].text) for r in rows] == expected
    assert "+--" not in mt.text and whole in mt.text
    for row in rows:
        for cell in row.values():
            start, end = mt.raw_span(cell.start, cell.end)
            assert src[start:].startswith(cell.text.split()[0]) and src[:end].endswith(cell.text.split()[-1])


@pytest.mark.parametrize("line", [
    "| 1   | Lắp đặt camera +-- giám sát | Công an tỉnh |",  # a "+--" inside a cell's text
    "|     |                             |              |",
])
def test_a_row_line_is_no_rule(line):
    from pipeline.grid import _boundary

    assert _boundary(line, [0, 6, 36, 51]) is None


# A crawled table split over two pages with a line of the page's head between (the page's running title), the header
# repeated: every row is read, the running line is no cell; with no line between (the negative) the same rows.
CRAWL_HEAD = ("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026")


@pytest.mark.parametrize("between, second_head, expected", [
    ("Kế hoạch số 45/KH-UBND ngày 10/01/2026 của UBND tỉnh", True,
     [("1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "52.000"), ("2", "Số cụm công nghiệp", "cụm", "4"),
      ("3", "Tỷ lệ lấp đầy khu công nghiệp", "%", "70")]),
    ("PHỤ LỤC CHỈ TIÊU (tiếp theo)", True,
     [("1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "52.000"), ("2", "Số cụm công nghiệp", "cụm", "4"),
      ("3", "Tỷ lệ lấp đầy khu công nghiệp", "%", "70")]),
    (None, True, [("1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "52.000"), ("2", "Số cụm công nghiệp", "cụm", "4"),
                  ("3", "Tỷ lệ lấp đầy khu công nghiệp", "%", "70")]),
])
def test_crawled_table_with_a_page_line_before_its_repeated_header(between, second_head, expected):
    first = crawled_table([CRAWL_HEAD, ("1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "52.000"),
                           ("2", "Số cụm công nghiệp", "cụm", "4")])
    second = crawled_table(([CRAWL_HEAD] if second_head else []) + [("3", "Tỷ lệ lấp đầy khu công nghiệp", "%", "70")])
    text = "PHỤ LỤC\n" + first + ("\n" + between if between else "") + "\n" + second + "\n\nNơi nhận:\n"
    rows = [tuple(c.text for c in r.cells) for t in tables_of(text) for r in t.rows if r.kind == "data"]
    assert rows == expected
    assert not any(between and between in c for r in rows for c in r)


# --- s23c: a rank cell ("Nhóm 15", "Top 10", "Thuộc nhóm 20") under a ranking's row is the lowest rank accepted (le);
# a rank reached, a plain number, stays eq.
@pytest.mark.parametrize("cell, expected", [
    ("Nhóm 15", (15.0, "le")),
    ("Top 10", (10.0, "le")),
    ("Thuộc nhóm 20", (20.0, "le")),
    ("12", (12.0, "eq")),
])
def test_rank_cells(cell, expected):
    text = normalise("PHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU\n\nSTT\tChỉ tiêu\tĐơn vị tính\tMục tiêu năm 2030\n"
                     f"1\tXếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)\tthứ hạng\t{cell}\n\nNơi nhận:\n").text
    found = [(t.value, t.comparator) for t in extract_targets(text) if t.rule == "rule_table_cell"]
    assert found == [expected]


# --- columns that count what their name says ("Số lớp", "Số lượt người"): values in that unit, the row's label names them ---

COUNT_COLUMNS = [
    # one cell a line, a total row under the rows
    ("Chỉ tiêu bồi dưỡng năm 2026 như sau:\nSTT\nNội dung bồi dưỡng\nSố lớp\nSố lượt người\nThời gian thực hiện\n1\n"
     "Bồi dưỡng lãnh đạo, quản lý cấp phòng\n06\n420\nQuý II/2026\n2\nBồi dưỡng tiếng dân tộc thiểu số\n03\n120\nQuý IV/2026\n"
     "Tổng cộng\n09\n540\n",
     {("Bồi dưỡng lãnh đạo, quản lý cấp phòng", 6.0, "lớp", 2026), ("Bồi dưỡng lãnh đạo, quản lý cấp phòng", 420.0, "lượt người", 2026),
      ("Bồi dưỡng tiếng dân tộc thiểu số", 3.0, "lớp", 2026), ("Bồi dưỡng tiếng dân tộc thiểu số", 120.0, "lượt người", 2026)}),
    # tab rows
    ("KẾ HOẠCH MỞ LỚP NĂM 2027\nTT\tNội dung\tSố lớp\tSố học viên\n1\tTập huấn nghiệp vụ văn thư\t02\t150\n"
     "2\tBồi dưỡng kỹ năng số\t04\t320\n",
     {("Tập huấn nghiệp vụ văn thư", 2.0, "lớp", 2027), ("Tập huấn nghiệp vụ văn thư", 150.0, "học viên", 2027),
      ("Bồi dưỡng kỹ năng số", 4.0, "lớp", 2027), ("Bồi dưỡng kỹ năng số", 320.0, "học viên", 2027)}),
    # negative: "Số lượng" names no unit; a caption that reports (KẾT QUẢ …) commits to nothing
    ("KẾ HOẠCH MUA SẮM NĂM 2027\nTT\tNội dung\tSố lượng\n1\tMáy tính\t20\n2\tMáy in\t05\n", set()),
    ("KẾT QUẢ BỒI DƯỠNG NĂM 2025\nTT\tNội dung\tSố lớp\tSố học viên\n1\tTập huấn nghiệp vụ văn thư\t02\t150\n"
     "2\tBồi dưỡng kỹ năng số\t04\t320\n", set()),
    # s29h: "Số lượng" beside a unit column under a caption that names the plan's targets with no year: the plan's year
    ("CHỈ TIÊU VÀ TIẾN ĐỘ TỔNG KẾT\n(Kèm theo Kế hoạch số 98/KH-UBND ngày 12/3/2026)\nSTT\tNội dung\tĐơn vị tính\tSố lượng\t"
     "Thời gian hoàn thành\n1\tHội nghị tổng kết cấp tỉnh\tHội nghị\t01\tQuý III/2026\n2\tPhóng sự truyền hình\tPhóng sự\t02\t"
     "Tháng 8/2026\n", {("Hội nghị tổng kết cấp tỉnh", 1.0, "hội nghị", 2026), ("Phóng sự truyền hình", 2.0, "phóng sự", 2026)}),
    # negative: the same columns under a caption that lists (DANH SÁCH) or reports (KẾT QUẢ) and names no plan
    ("DANH SÁCH TRANG THIẾT BỊ CẦN BỔ SUNG\nSTT\tNội dung\tĐơn vị tính\tSố lượng\n1\tMáy tính\tChiếc\t20\n2\tMáy in\tChiếc\t05\n",
     set()),
    ("KẾT QUẢ TỔ CHỨC HỘI NGHỊ\nSTT\tNội dung\tĐơn vị tính\tSố lượng\n1\tHội nghị tổng kết\tHội nghị\t01\n2\tĐại biểu\tNgười\t250\n",
     set()),
]


@pytest.mark.parametrize("raw, expected", COUNT_COLUMNS)
def test_count_columns(raw, expected):
    text = normalise("KẾ HOẠCH\nĐào tạo, bồi dưỡng năm 2026\n\n" + raw).text
    found = {(t.indicator, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert found == expected, text


# --- a task table's product cells that open with a count: outputs the plan commits to, named by their task ---

PRODUCT_CELLS = [
    ("STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n"
     "1\tĐầu tư nhà máy xử lý chất thải rắn\tSở Xây dựng\tSở Tài chính\t2026 - 2028\t02 nhà máy\n"
     "2\tHoàn thành hệ thống xử lý nước thải tập trung\tBan Quản lý các khu công nghiệp tỉnh\tSở Nông nghiệp và Môi trường\t"
     "Trước 30/6/2027\t07 hệ thống xử lý nước thải\n"
     "3\tXây dựng Đề án phân loại chất thải\tSở Nông nghiệp và Môi trường\tSở Xây dựng\tQuý II/2026\tQuyết định phê duyệt Đề án\n",
     {("Đầu tư nhà máy xử lý chất thải rắn", 2.0, 2028), ("Hoàn thành hệ thống xử lý nước thải tập trung", 7.0, 2027)}),
    # s36b: a share that names what it counts is named by its own words, due by its row's time cell; a bare share none
    ("STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n"
     "1\tMở rộng hóa đơn điện tử khởi tạo từ máy tính tiền\tThuế tỉnh Nghệ An\tSở Công Thương\tQuý II/2026\t"
     "100% hộ kinh doanh thuộc diện áp dụng sử dụng hóa đơn điện tử\n"
     "2\tBồi dưỡng năng lực số cho giáo viên\tSở Giáo dục và Đào tạo\tSở Nội vụ\tTrong năm 2027\t100% giáo viên được bồi dưỡng\n"
     "3\tSố hóa hồ sơ\tSở Nội vụ\tCác sở\t2028\t100%\n",
     {("Hộ kinh doanh thuộc diện áp dụng sử dụng hóa đơn điện tử", 100.0, 2026), ("Giáo viên được bồi dưỡng", 100.0, 2027)}),
    # negative: a "Kết quả" column of a report, a product cell without a count
    ("STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\tKết quả\n1\tRà soát quy chế\tSở Nội vụ\t2026\t02 quy chế\n"
     "2\tTập huấn\tSở Nội vụ\t2027\tĐã hoàn thành\n", set()),
    # negative: a table whose caption reports what was done, a task done in a year before the plan's (rev7)
    ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025\nSTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\tSản phẩm\n"
     "1\tXây dựng mô hình phân loại rác tại nguồn\tSở Nông nghiệp và Môi trường\t2025\t03 mô hình\n", set()),
    ("STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\tSản phẩm\n"
     "1\tXây dựng mô hình phân loại rác tại nguồn\tSở Nông nghiệp và Môi trường\t2024 - 2025\t03 mô hình\n"
     "2\tĐầu tư lò đốt chất thải\tSở Xây dựng\t2027\t02 lò đốt\n", {("Đầu tư lò đốt chất thải", 2.0, 2027)}),
    # s26c: a project list's "Số lượng" column (no unit column): each cell counts its task's output with its own noun, a
    # slash joins two outputs; a time cell with no year leaves the caption's; the funding column gives nothing
    ("DANH MỤC ĐỀ ÁN KHUYẾN CÔNG ĐỊA PHƯƠNG NĂM 2026\n"
     "STT\tNội dung, đề án\tĐơn vị thực hiện\tSố lượng\tKinh phí (triệu đồng)\tThời gian thực hiện\n"
     "1\tỨng dụng máy móc thiết bị trong chế biến chè\tTrung tâm Khuyến công tỉnh\t06 cơ sở\t1.500\tQuý III/2026\n"
     "2\tĐào tạo nghề mây tre đan\tTrung tâm Khuyến công tỉnh\t03 lớp/105 lao động\t210\tTháng 4 - 8/2026\n"
     "3\tBản tin khuyến công\tTrung tâm Khuyến công tỉnh\t1.000 cuốn\t120\tHằng tháng\n",
     {("Ứng dụng máy móc thiết bị trong chế biến chè", 6.0, 2026), ("Đào tạo nghề mây tre đan", 3.0, 2026),
      ("Đào tạo nghề mây tre đan", 105.0, 2026), ("Bản tin khuyến công", 1000.0, 2026)}),
    # negative: "Số lượng" of a list of things to buy (no task column), a "Số lượng" beside a unit column (values: not here)
    ("STT\tTên thiết bị\tSố lượng\tThời gian\n1\tMáy tính xách tay\t20 chiếc\tQuý II/2026\n", set()),
    ("STT\tNội dung\tĐơn vị tính\tSố lượng\tThời gian\n1\tXây dựng mô hình sấy chè\tmô hình\t01\tQuý III/2026\n", set()),
    # s27a: a list of works' "Quy mô" column (no unit column) counts each work's output; a comma or "và" joins two outputs; the
    # school and commune cells before the task are where the work is done
    ("DANH MỤC CÔNG TRÌNH NĂM 2026\nSTT\tTên trường\tXã, phường\tNội dung đầu tư\tQuy mô\tChủ đầu tư\tThời gian hoàn thành\n"
     "1\tTrường Mầm non Y Tý\tXã Y Tý\tXây mới phòng học, nhà vệ sinh\t06 phòng học, 01 nhà vệ sinh\tUBND xã Y Tý\tQuý III/2026\n"
     "2\tTrường THPT số 2 Mường Khương\tXã Mường Khương\tXây mới phòng học bộ môn\t06 phòng\tBan QLDA tỉnh\tQuý IV/2026\n",
     {("Xây mới phòng học, nhà vệ sinh", 6.0, 2026), ("Xây mới phòng học, nhà vệ sinh", 1.0, 2026),
      ("Xây mới phòng học bộ môn", 6.0, 2026)}),
    # negative: "Quy mô" beside a unit column is a column of values (not read here), a scale with no count ("Cấp III")
    ("STT\tNội dung đầu tư\tĐơn vị tính\tQuy mô\tThời gian\n1\tXây mới phòng học\tphòng\t06\tQuý III/2026\n", set()),
    ("STT\tNội dung đầu tư\tQuy mô\tThời gian\n1\tNâng cấp đường trục xã\tCấp III\tQuý III/2026\n", set()),
    # s34b: a list of works' "Chiều dài" column (the length of each embankment or road to build, each cell with its unit, as
    # the lists of anti-erosion and road works give it) is that quantity: each work's length by the last year of its row;
    # the cost column gives nothing
    ("DANH MỤC CÔNG TRÌNH PHÒNG, CHỐNG SẠT LỞ GIAI ĐOẠN 2026 - 2030\n"
     "STT\tTên công trình\tĐịa điểm\tChiều dài\tKinh phí (tỷ đồng)\tThời gian thực hiện\n"
     "1\tKè bảo vệ bờ biển Tây đoạn Kênh Mới\tXã Phú Tân\t8,5 km\t1.150\t2026 - 2027\n"
     "2\tKè chống sạt lở cửa biển Gành Hào\tXã Gành Hào\t5.200 m\t780\t2027 - 2029\n",
     {("Kè bảo vệ bờ biển Tây đoạn Kênh Mới", 8.5, 2027), ("Kè chống sạt lở cửa biển Gành Hào", 5200.0, 2029)}),
    # negative: a length that is no count of an output ("Chiều dài" of a list with no task column: a list of the places)
    ("STT\tĐoạn sông\tChiều dài\tThời gian\n1\tSông Gành Hào\t3,2 km\tQuý III/2026\n", set()),
]


@pytest.mark.parametrize("raw, expected", PRODUCT_CELLS)
def test_task_table_product_cells(raw, expected):
    text = normalise("KẾ HOẠCH\nBảo vệ môi trường giai đoạn 2026 - 2030\n\nPHỤ LỤC\n" + raw).text
    found = {(t.indicator, t.value, t.year) for t in extract_targets(text) if t.rule == "rule_task_product"}
    assert found == expected, text


@pytest.mark.parametrize("time", ["2026 - 2027", "Năm 2026 - 2027", "2027"])
def test_a_task_tables_time_cell_is_no_value_of_the_product_beside_it(time):
    """s36a: a task table's time cell says when ("2026 - 2027"); read as prose, its last year took the product cell's words
    after it as a count ("2027 cơ sở dữ liệu"). A count in the task or product cell is still read."""
    raw = ("STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n"
           "1\tXây dựng, vận hành Cơ sở dữ liệu công nghiệp hỗ trợ quốc gia\tCục Công nghiệp\tHiệp hội Doanh nghiệp\t" + time +
           "\tCơ sở dữ liệu\n"
           "2\tThanh tra cơ sở sản xuất tại 08 tỉnh\tThanh tra Bộ\tCục Công nghiệp\t" + time + "\tKết luận thanh tra\n"
           "3\tThành lập trung tâm kỹ thuật\tCục Công nghiệp\tBộ Tài chính\t" + time + "\t03 trung tâm\n")
    text = normalise("KẾ HOẠCH\nPhát triển công nghiệp hỗ trợ giai đoạn 2026 - 2030\n\nPHỤ LỤC\n" + raw).text
    found = {(t.value, t.unit) for t in extract_targets(text)}
    assert found == {(8, "tỉnh"), (3, "trung tâm")}, text


@pytest.mark.parametrize("header", ["Quy mô (km)", "Chiều dài (km)", "Chiều dài tuyến (km)"])
def test_a_works_length_column_with_its_unit_names_each_value_by_its_work(header):
    """s34b: "Chiều dài (km)" over bare numbers in a list of works is read as "Quy mô (km)" is (s27a): each work's length,
    named by the work, by the last year of its row; not a target named "Chiều dài"."""
    raw = ("DANH MỤC CÔNG TRÌNH GIAI ĐOẠN 2026 - 2030\nSTT\tTên công trình\tĐịa điểm\t" + header + "\tKinh phí (tỷ đồng)\t"
           "Thời gian thực hiện\n1\tKè bảo vệ bờ biển Tây\tXã Phú Tân\t8,5\t1.150\t2026 - 2027\n"
           "2\tKè cửa biển Gành Hào\tXã Gành Hào\t5,2\t780\t2027 - 2029\n")
    text = normalise("KẾ HOẠCH\nPhòng, chống sạt lở giai đoạn 2026 - 2030\n\nPHỤ LỤC\n" + raw).text
    found = {(t.indicator, t.value, t.unit, t.year) for t in extract_targets(text)}
    assert found == {("Kè bảo vệ bờ biển Tây", 8.5, "km", 2027), ("Kè cửa biển Gành Hào", 5.2, "km", 2029)}, text
@pytest.mark.parametrize("text", [
    "|\nTT\n|\nNhiệm vụ\n|\n|\n1\n|\nRà soát\n|\n",  # bars alone on their lines (a crawled table)
    "STT | Nhiệm vụ | Chủ trì\n1\tRà soát\tSở Tư pháp\n | \n|  \n  |\n||\na|b\n|a\n",  # bars with blanks, tabs, bars in words
    "Dòng thường\n\n   thụt lề   \n|\n",
])
def test_line_cells_split_each_line_as_cells_of_does(text):
    """`line_cells` reads a bar alone on its line, and a line with no separator, without splitting it: the cells are
    what `cells_of` gives for that line."""
    from extractors.tables import cells_of, line_cells

    lines = line_cells(text)
    assert [start for start, _, _ in lines] == [i for i in range(len(text)) if (i == 0 or text[i - 1] == "\n") and text[i] != "\n"]
    for start, line, cells in lines:
        assert cells == tuple(cells_of(line, start))
# --- a list of projects: the investor carries out its project (assigned, as s24b's list of works), a column measured at a date is a target for it (s24d) ----

PROJECT_HEADER = ("STT", "Tên dự án", "Chủ đầu tư", "Kế hoạch vốn năm 2026 được giao", "Tỷ lệ giải ngân đến 30/6/2026 (%)",
                  "Tỷ lệ giải ngân đến 31/12/2026 (%)", "Thời gian hoàn thành")
PROJECT_ROWS = (("1", "Cầu vượt sông Hiếu và đường dẫn hai đầu cầu", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
                 "486,5", "45", "100", "Quý IV/2026"),
                ("2", "Bệnh viện Đa khoa tỉnh, cơ sở 2", "Sở Y tế", "320", "50", "95", "Năm 2027"))


@pytest.mark.parametrize("shape", ["tabs", "one cell a line"])
def test_a_project_list_gives_its_investors_and_its_dated_targets(shape):
    from extractors.bodies.extract import extract_bodies

    rows = (PROJECT_HEADER,) + PROJECT_ROWS
    body = "\n".join("\t".join(r) for r in rows) if shape == "tabs" else "\n".join(c for r in rows for c in r)
    text = normalise("KẾ HOẠCH\nĐẩy nhanh giải ngân vốn đầu tư công năm 2026\n\nIV. DANH MỤC DỰ ÁN TRỌNG ĐIỂM\n" + body
                     + "\n\nNơi nhận:\n").text
    cells = {(t.indicator, t.scope, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert cells == {("Tỷ lệ giải ngân đến 30/6/2026", PROJECT_ROWS[0][1], 45.0, "%", 2026),
                     ("Tỷ lệ giải ngân đến 31/12/2026", PROJECT_ROWS[0][1], 100.0, "%", 2026),
                     ("Tỷ lệ giải ngân đến 30/6/2026", PROJECT_ROWS[1][1], 50.0, "%", 2026),
                     ("Tỷ lệ giải ngân đến 31/12/2026", PROJECT_ROWS[1][1], 95.0, "%", 2026)}  # (the capital allocated: no target)
    leads = {(b.name, b.role) for b in extract_bodies(text) if b.rule.startswith("table_")}
    assert leads == {(PROJECT_ROWS[0][2], "assigned"), ("Sở Y tế", "assigned")}


@pytest.mark.parametrize("header, measured", [
    ("Tỷ lệ giải ngân đến 30/6/2026 (%)", True),
    ("Giá trị giải ngân lũy kế đến hết ngày 31/12/2026 (tỷ đồng)", True),
    ("Tỷ lệ giải ngân đến hết quý II/2026 (%)", True),
    ("Kế hoạch vốn năm 2026 được giao", False),  # what was allotted, no date it is due by
    ("Ghi chú", False),
    ("Tỷ lệ giải ngân đến 30/6/2026", False),  # no unit: not a column's measure
])
def test_a_column_measured_at_a_date(header, measured):
    from extractors.tables import patterns as TP

    assert (TP.DATED_MEASURE.fullmatch(header) is not None) == measured


@pytest.mark.parametrize("header, rows, found", [
    # s25d: an index table named by "Chỉ số", its threshold column no target (Quyết định 3711/QĐ-BYT, vector indices)
    ("Chỉ số\tNgưỡng nguy cơ\tChỉ tiêu năm 2026",
     ["Chỉ số Breteau (BI)\t≥ 30\t< 20", "Chỉ số mật độ muỗi (DI)\t≥ 0,5 con/nhà\t< 0,5 con/nhà"],
     {("Chỉ số Breteau (BI)", 20.0, "lt", 2026), ("Chỉ số mật độ muỗi (DI)", 0.5, "lt", 2026)}),
    ("Chỉ số\tNgưỡng cảnh báo\tHiện trạng năm 2025",
     ["Chỉ số Breteau (BI)\t≥ 30\t45"], set()),
])
def test_index_tables_and_threshold_columns(header, rows, found):
    text = normalise("Bảng 1. Chỉ tiêu giám sát\n" + "\n".join([header] + rows) + "\n").text
    got = {(t.indicator, t.value, t.comparator, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == found


# --- a column named by its measure before its year ("Diện tích năm 2026"), rows of places under a caption's unit (s27d) ----

@pytest.mark.parametrize("header, rows, found", [
    ("STT\tXã, phường\tDiện tích năm 2026\tDiện tích năm 2027",
     ["1\tXã Thoại Sơn\t8.500\t12.000", "2\tPhường Long Xuyên\t1.200\t1.500"],
     {("Diện tích", "Xã Thoại Sơn", 8500.0, "ha", 2026), ("Diện tích", "Xã Thoại Sơn", 12000.0, "ha", 2027),
      ("Diện tích", "Phường Long Xuyên", 1200.0, "ha", 2026), ("Diện tích", "Phường Long Xuyên", 1500.0, "ha", 2027)}),
    ("STT\tĐơn vị hành chính\tSản lượng năm 2027 (tấn)",
     ["1\tXã Tân Hiệp\t95.000", "2\tXã Hòn Đất\t120.000"],
     {("Sản lượng", "Xã Tân Hiệp", 95000.0, "tấn", 2027), ("Sản lượng", "Xã Hòn Đất", 120000.0, "tấn", 2027)}),
    # an indicator column: the row names the target, the header only its year
    ("STT\tChỉ tiêu\tĐVT\tGiá trị thực hiện năm 2025\tSố lượng năm 2027",
     ["1\tSố hợp tác xã sản xuất lúa\thợp tác xã\t85\t120"],
     {("Số hợp tác xã sản xuất lúa", None, 120.0, "hợp tác xã", 2027)}),
    # negatives: what was done, the funds, a comparison
    ("STT\tXã, phường\tThực hiện năm 2026\tKinh phí năm 2027\tTăng so với năm 2026",
     ["1\tXã Thoại Sơn\t8.500\t12.000\t3.500"], set()),
])
def test_a_column_named_by_its_measure_and_year(header, rows, found):
    text = normalise("Phụ lục\nDIỆN TÍCH, SẢN LƯỢNG KẾ HOẠCH PHÂN THEO XÃ, PHƯỜNG\nĐơn vị tính: ha\n"
                     + "\n".join([header] + rows) + "\n").text
    got = {(t.indicator, t.scope, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == found


# s32c: the measure is a count named "Số …" and nothing writes a unit (no caption unit, no unit in the header or the cell):
# the noun after "Số" is the unit; a measure of another kind without a unit stays without one.
@pytest.mark.parametrize("header, rows, found", [
    ("TT\tCấp học\tSố trường hiện có\tSố trường thực hiện giáo dục STEM năm 2027\tSố hộ được hỗ trợ năm 2028",
     ["1\tTiểu học\t396\t278\t40", "\tTổng cộng\t808\t690\t75"],
     {("Số trường thực hiện giáo dục STEM", "Tiểu học", 278.0, "trường", 2027), ("Số hộ được hỗ trợ", "Tiểu học", 40.0, "hộ", 2028),
      ("Số trường thực hiện giáo dục STEM", None, 690.0, "trường", 2027), ("Số hộ được hỗ trợ", None, 75.0, "hộ", 2028)}),
    ("TT\tCấp học\tMức độ hài lòng năm 2027",
     ["1\tTiểu học\t85"], {("Mức độ hài lòng", "Tiểu học", 85.0, None, 2027)}),
])
def test_a_count_column_named_by_its_measure_and_year_without_a_unit(header, rows, found):
    text = normalise("PHỤ LỤC\nCHỈ TIÊU GIÁO DỤC STEM THEO CẤP HỌC\n" + "\n".join([header] + rows) + "\n").text
    got = {(t.indicator, t.scope, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == found


# --- a measure with its unit in the upper header cell over the years (s31d) -------------------------------------------------

@pytest.mark.parametrize("header, rows, found", [
    # tables by basin, place or route: each upper cell names a measure and its unit over "Thực hiện năm 2026 | Kế hoạch năm
    # 2027" or over the years; the row's label is the scope, the total row's scope none; what was done is none
    (["STT\tLưu vực\tDiện tích rừng được chi trả (ha)\t\tHộ nhận khoán được chi trả (hộ)\t",
      "\t\tThực hiện năm 2026\tKế hoạch năm 2027\tThực hiện năm 2026\tKế hoạch năm 2027"],
     ["1\tLưu vực thủy điện Bắc Hà\t58.200\t60.100\t4.120\t4.300", "\tTổng cộng\t58.200\t60.100\t4.120\t4.300"],
     {("Diện tích rừng được chi trả", "Lưu vực thủy điện Bắc Hà", 60100.0, "ha", 2027),
      ("Hộ nhận khoán được chi trả", "Lưu vực thủy điện Bắc Hà", 4300.0, "hộ", 2027),
      ("Diện tích rừng được chi trả", None, 60100.0, "ha", 2027), ("Hộ nhận khoán được chi trả", None, 4300.0, "hộ", 2027)}),
    # "Số … (xe)": a column's name (the header is read as one), the first column's length in km no value column
    (["STT\tTuyến\tChiều dài tuyến (km)\tSố xe buýt điện (xe)\t", "\t\t\tNăm 2027\tNăm 2028"],
     ["1\tTuyến 01: Phan Đình Phùng - Phổ Yên\t32\t8\t14"],
     {("Số xe buýt điện", "Tuyến 01: Phan Đình Phùng - Phổ Yên", 8.0, "xe", 2027),
      ("Số xe buýt điện", "Tuyến 01: Phan Đình Phùng - Phổ Yên", 14.0, "xe", 2028)}),
    # the plan's word over the years names no measure: the row names the target
    (["STT\tXã\tKế hoạch (ha)\t", "\t\tNăm 2027\tNăm 2028"],
     ["1\tXã Tân Hiệp\t120\t150"],
     {("Xã Tân Hiệp", None, 120.0, "ha", 2027), ("Xã Tân Hiệp", None, 150.0, "ha", 2028)}),
])
def test_a_measure_and_its_unit_over_the_years(header, rows, found):
    text = normalise("Phụ lục I\nPHÂN BỔ THEO ĐỊA BÀN\n" + "\n".join(header + rows) + "\n").text
    got = {(t.indicator, t.scope, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == found


# s31d: "Quy mô" split by what each sub-column measures, each with its unit, in a list of works with a time column: each work's
# quantity (the work names it), its year from the time cell; the total row names the column's quantity; the funds none.
def test_a_quantity_header_split_by_measure_in_a_list_of_works():
    text = normalise("Phụ lục I\nDANH MỤC CÔNG TRÌNH TIÊU THOÁT NƯỚC ĐÔ THỊ ƯU TIÊN ĐẦU TƯ\n"
                     "STT\tTên công trình\tĐịa điểm\tQuy mô\t\tTổng mức đầu tư (tỷ đồng)\tThời gian thực hiện\n"
                     "\t\t\tCông suất (m³/s)\tCống, mương (km)\t\t\n"
                     "1\tTrạm bơm tiêu Bắc Vinh\tPhường Vinh Hưng\t12\t3,5\t620\t2027 - 2029\n"
                     "2\tCải tạo sông Đào\tPhường Thành Vinh\t-\t11,4\t296\t2028 - 2030\n"
                     "\tTổng cộng\t\t12\t14,9\t916\t\n").text
    got = {(t.indicator, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == {("Trạm bơm tiêu Bắc Vinh", 12.0, "m³/s", 2029), ("Trạm bơm tiêu Bắc Vinh", 3.5, "km", 2029),
                   ("Cải tạo sông Đào", 11.4, "km", 2030),
                   ("Quy mô Công suất", 12.0, "m³/s", None), ("Quy mô Cống, mương", 14.9, "km", None)}


# s31d: a column of what there is now ("Số cơ sở đang ký hợp đồng (cơ sở)", "Số trạm hiện có") beside the plan's column of
# the caption's year: a count of the present, no target
def test_a_column_of_what_there_is_now_is_no_target():
    text = normalise("Phụ lục II\nKẾ HOẠCH THU TIỀN DỊCH VỤ MÔI TRƯỜNG RỪNG NĂM 2027\n"
                     "STT\tĐối tượng sử dụng dịch vụ\tSố cơ sở đang ký hợp đồng (cơ sở)\tKế hoạch thu năm 2027 (tỷ đồng)\n"
                     "1\tCơ sở sản xuất thủy điện\t46\t392\n2\tCơ sở kinh doanh dịch vụ du lịch\t18\t21,5\n").text
    got = {(t.value, t.unit) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == {(392.0, "tỷ đồng"), (21.5, "tỷ đồng")}


# s32d: a per-commune table whose columns name what is done to the things they count, each with its unit in parentheses
# ("Điều chuyển, chuyển đổi công năng (cơ sở)"), a time column beside them: a header (the unit, not "Số", marks a column
# of quantities), each row's values the commune's by its time cell's year, the total row's the caption's span's last year
def test_columns_named_for_what_is_done_with_their_unit():
    text = normalise("PHỤ LỤC\nCHỈ TIÊU XỬ LÝ CƠ SỞ NHÀ, ĐẤT DÔI DƯ THEO XÃ, PHƯỜNG NĂM 2026 - 2027\n"
                     "STT\tXã, phường\tCơ sở nhà, đất dôi dư cần xử lý (cơ sở)\tĐiều chuyển, chuyển đổi công năng (cơ sở)"
                     "\tThời hạn hoàn thành\n"
                     "1\tPhường Hoa Lư\t24\t15\tQuý II/2026\n2\tXã Kim Sơn\t22\t13\tNăm 2027\n\tTổng cộng\t46\t28\n").text
    got = {(t.indicator, t.value, t.scope, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == {("Cơ sở nhà, đất dôi dư cần xử lý", 24.0, "Phường Hoa Lư", 2026),
                   ("Điều chuyển, chuyển đổi công năng", 15.0, "Phường Hoa Lư", 2026),
                   ("Cơ sở nhà, đất dôi dư cần xử lý", 22.0, "Xã Kim Sơn", 2027),
                   ("Điều chuyển, chuyển đổi công năng", 13.0, "Xã Kim Sơn", 2027),
                   ("Cơ sở nhà, đất dôi dư cần xử lý", 46.0, None, 2027), ("Điều chuyển, chuyển đổi công năng", 28.0, None, 2027)}


# s32d: a numbered phase with its years in brackets heads a column ("Giai đoạn 1 (2026 - 2027)"), one cell a line or in tab
# rows: the phase's values, due by its last year, its span the period, as "Giai đoạn 2026 - 2027" is
@pytest.mark.parametrize("header", [
    "STT\nChỉ tiêu\nĐơn vị tính\nGiai đoạn 1 (2026 - 2027)\nGiai đoạn 2 (2028 - 2030)\nCả giai đoạn 2026 - 2030\n",
    "STT\tChỉ tiêu\tĐơn vị tính\tGiai đoạn I (2026-2027)\tGiai đoạn II (2028-2030)\tCả giai đoạn 2026 - 2030\n",
])
def test_numbered_phases_with_their_years_in_brackets_head_columns(header):
    body = "1\nDoanh nghiệp được cấp mới mã số mã vạch\ndoanh nghiệp\n400\n700\n1.100\n" if "\t" not in header \
        else "1\tDoanh nghiệp được cấp mới mã số mã vạch\tdoanh nghiệp\t400\t700\t1.100\n"
    text = normalise("PHỤ LỤC\nCHỈ TIÊU THEO GIAI ĐOẠN\n" + header + body).text
    got = {(t.value, t.year, t.period) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == {(400.0, 2027, "2026-2027"), (700.0, 2030, "2028-2030"), (1100.0, 2030, "2026-2030")}


@pytest.mark.parametrize("pad", [" |", "|\t", "\t | \t", " \t|"])
def test_bar_lines_padded_with_spaces_and_tabs(pad):
    """A crawled table's bar line is a lone "|" with spaces or tabs about it (BAR_LINE): the bar blocks of padded bars
    are those of plain bars; a line with a bar and anything else ("|a", "||") is no bar line."""
    from extractors.tables import _bar_blocks

    rows = [("TT", "Nhiệm vụ", "Chủ trì"), ("1", "Rà soát văn bản", "Sở Tư pháp"), ("2", "Tập huấn", "Sở Nội vụ")]
    plain = crawled_table(rows)

    def blocks(bar):
        return [[[c.text for c in r] for r in rows] for rows in _bar_blocks("\n".join(bar if line == "|" else line for line in plain.split("\n")))]

    assert blocks(pad) == blocks("|") == [[list(r) for r in rows]]
    assert blocks("|a") == blocks("||") == []


# s33a: a DOCX table whose header spans two rows, the cells kept in place (the DOCX reader's tab rows, or a converter's " | "
# rows with their empty first and last cells): a cell merged across three columns with the measure and its unit ("Số căn hỗ
# trợ (căn)" | "" | ""), the row under it naming its parts ("Tổng số | Xây mới | Sửa chữa") and empty under the cells merged
# down. Each commune's parts are targets of the measure (the total's the measure alone), the row's commune their scope; the
# funds column is none.
@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_measure_merged_over_its_parts_in_a_two_row_header(sep):
    rows = [("STT", "Xã, phường", "Số căn hỗ trợ (căn)", "", "", "Kinh phí hỗ trợ (triệu đồng)", "Thời gian hoàn thành"),
            ("", "", "Tổng số", "Xây mới", "Sửa chữa", "", ""),
            ("1", "Xã Mường Nhé", "168", "131", "37", "8.970", "Quý II/2026"),
            ("", "Tổng cộng", "1.195", "815", "380", "60.300", "")]
    text = normalise("PHỤ LỤC\nPHÂN BỔ SỐ CĂN HỖ TRỢ XÓA NHÀ TẠM NĂM 2026\n"
                     + "\n".join(sep.join(r) for r in rows) + "\nGhi chú: mức hỗ trợ theo quy định.").text
    table = tables_of(text)[0]
    assert [r.kind for r in table.rows] == ["header", "header", "data", "data"]
    got = {(t.indicator, t.value, t.unit, t.scope) for t in extract_targets(text) if t.rule == "rule_table_cell"}
    assert got == {("Số căn hỗ trợ", 168.0, "căn", "Xã Mường Nhé"), ("Số căn hỗ trợ - Xây mới", 131.0, "căn", "Xã Mường Nhé"),
                   ("Số căn hỗ trợ - Sửa chữa", 37.0, "căn", "Xã Mường Nhé"), ("Số căn hỗ trợ", 1195.0, "căn", None),
                   ("Số căn hỗ trợ - Xây mới", 815.0, "căn", None), ("Số căn hỗ trợ - Sửa chữa", 380.0, "căn", None)}


@pytest.mark.parametrize("second", [
    "\tXã A\tTổng số\tQuân đội\tCông an",  # a name under "Xã, phường", a cell merged down: a data row
    "\t\tTổng số\tQuân đội\tCông an\tĐợt 1",  # a name under "Ghi chú", a cell merged down
])
def test_a_row_under_a_merged_header_cell_that_is_no_header(second):
    text = normalise("STT\tXã, phường\tChỉ tiêu giao quân (công dân)\t\t\tGhi chú\n" + second + "\n1\tXã B\t46\t41\t5\t\n").text
    assert [r.kind for r in tables_of(text)[0].rows][:2] == ["header", "data"]



@pytest.mark.parametrize("cell, text", [
    # a unit per period cut by letters where the cell's line was full ("word/period" has no break in it)
    ("Số chuyến\n(chuyến/n\ngày)", "Số chuyến (chuyến/ngày)"), ("lượt/th\náng", "lượt/tháng"), ("tấn/\nnăm", "tấn/năm"),
    ("người/q\nuý", "người/quý"), ("giờ/tu\nần", "giờ/tuần"),
    # ... negatives: a whole period, then a word; no period word; a year after a whole unit
    ("lượt/năm\ntăng", "lượt/năm tăng"), ("km/h\nngày", "km/h ngày"), ("Sở Y tế/\nSở Tài chính", "Sở Y tế/ Sở Tài chính"),
    ("chuyến/ngày\nnăm 2027", "chuyến/ngày năm 2027"), ("xe/n\nngười", "xe/n người"),
])
def test_a_unit_per_period_cut_in_a_narrow_pdf_cell_is_one_unit(cell, text):
    from pipeline.ingest import _pdf_table_rows

    assert _pdf_table_rows([["TT", "Chỉ tiêu", "Giá trị"], ["1", "Đất trồng lúa", cell]])[1][2] == text


@pytest.mark.parametrize("cell, text", [
    # a word cut after its hyphen where a narrow cell's line was full: one word, no space inside
    ("Số vùng trồng dược liệu đạt tiêu chuẩn GACP-\nWHO", "Số vùng trồng dược liệu đạt tiêu chuẩn GACP-WHO"),
    ("Số người được sàng lọc bằng X-\nquang ngực", "Số người được sàng lọc bằng X-quang ngực"),
    ("Nghị quyết số 08/2023/NQ-\nHĐND", "Nghị quyết số 08/2023/NQ-HĐND"), ("giai đoạn 2026-\n2030", "giai đoạn 2026-2030"),
    # ... negatives: a spaced dash (a range, a pair of names) and a list's dash keep their spaces
    ("giai đoạn 2026 -\n2030", "giai đoạn 2026 - 2030"), ("tài chính -\nkế toán", "tài chính - kế toán"),
    ("Sở Y tế;\n- Sở Nội vụ", "Sở Y tế; - Sở Nội vụ"), ("Phòng Kinh tế -\n(chủ trì)", "Phòng Kinh tế - (chủ trì)"),
])
def test_a_word_cut_at_its_hyphen_in_a_narrow_pdf_cell_is_one_word(cell, text):
    from pipeline.ingest import _pdf_table_rows

    assert _pdf_table_rows([["TT", "Chỉ tiêu", "Giá trị"], ["1", "Đất trồng lúa", cell]])[1][2] == text


def test_a_unit_per_period_wider_than_its_pdf_column_keeps_its_values(tmp_path):
    # the unit column (ĐVT) too narrow for "chuyến/ngày": the word processor cuts it by letters ("chuyến/ng⏎ày")
    rows = [[(h, {}) for h in ("TT", "Chỉ tiêu", "ĐVT", "Năm 2027")],
            [(c, {}) for c in ("1", "Số chuyến xe buýt tuyến 01", "chuyến/ngày", "64")],
            [(c, {}) for c in ("2", "Số chuyến xe buýt tuyến 05", "chuyến/ngày", "40")]]
    path = _pdf(tmp_path, ["CHỈ TIÊU VẬN TẢI XE BUÝT NĂM 2027"], {"rows": rows, "options": {"col_widths": (10, 70, 12, 20)}})
    found = {(t.indicator, t.value, t.unit, t.year) for t in extract_targets(_read(path)) if t.rule == "rule_table_cell"}
    assert found == {("Số chuyến xe buýt tuyến 01", 64.0, "chuyến/ngày", 2027), ("Số chuyến xe buýt tuyến 05", 40.0, "chuyến/ngày", 2027)}


def test_a_header_with_a_unit_per_period_wider_than_its_pdf_column_reads_whole(tmp_path):
    rows = [[(h, {}) for h in ("STT", "Tuyến", "Số chuyến (chuyến/ngày)", "Số xe (xe)")],
            [(c, {}) for c in ("1", "Tuyến 01: Phan Đình Phùng - Phổ Yên", "64", "8")],
            [(c, {}) for c in ("2", "Tuyến 05: Phan Đình Phùng - Đại Từ", "40", "4")]]
    path = _pdf(tmp_path, ["MẠNG LƯỚI TUYẾN XE BUÝT NĂM 2027"], {"rows": rows, "options": {"col_widths": (10, 70, 14, 20)}})
    assert "STT\tTuyến\tSố chuyến (chuyến/ngày)\tSố xe (xe)" in _read(path)


def test_a_year_rows_table_whose_header_repeats_on_the_next_pdf_page_keeps_its_years(tmp_path):
    # a table of years down its rows that runs on to the next page, its header row repeated there (fpdf2 repeats it, as
    # Word's "Repeat as header row" does): the repeated header is no row of the years, and every year is still read
    rows = [[(h, {}) for h in ("TT", "Năm", "Diện tích trồng mới (ha)", "Sản lượng (tấn)")]]
    for i, (year, area, crop) in enumerate([(2026, "700", "24.000"), (2027, "800", "27.500"), (2028, "850", "30.000"),
                                            (2029, "900", "31.000")], 1):
        rows.append([(c, {}) for c in (str(i), f"Năm {year}", area, crop)])
    rows.append([(c, {}) for c in ("", "Cộng 2026 - 2029", "3.250", "-")])
    caption = ["PHỤ LỤC", *(f"Dòng {i} của phần trình bày trước bảng." for i in range(38)), "CHỈ TIÊU THEO NĂM"]
    text = _read(_pdf(tmp_path, caption, {"rows": rows, "options": {"col_widths": (10, 40, 40, 40)}}))
    assert text.count("TT\tNăm\tDiện tích trồng mới (ha)\tSản lượng (tấn)") == 2  # the page break fell inside the table
    got = {(t.indicator, t.value, t.year) for t in extract_targets(text) if t.rule == "rule_table_year_row"}
    assert got == {("Diện tích trồng mới", 700, 2026), ("Sản lượng", 24000, 2026), ("Diện tích trồng mới", 800, 2027),
                   ("Sản lượng", 27500, 2027), ("Diện tích trồng mới", 850, 2028), ("Sản lượng", 30000, 2028),
                   ("Diện tích trồng mới", 900, 2029), ("Sản lượng", 31000, 2029), ("Diện tích trồng mới", 3250, 2029)}


# s36d: a part of the year under the year's plan ("Kế hoạch năm 2027" over "6 tháng đầu năm | Cả năm", "Quý I | Quý II") is a
# time, not what the column measures: the row's label names the values, due in that year
# (w20c: "6 tháng", "9 tháng" alone read as a number with its unit: such a row was taken for data, its year's plan lost its
# second column)
@pytest.mark.parametrize("parts", [("6 tháng đầu năm", "Cả năm"), ("Quý I", "Quý II"), ("6 tháng", "Cả năm"), ("9 tháng", "Cả năm")])
def test_a_part_of_the_year_under_its_plan_names_no_measure(parts):
    rows = [("STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2026", "Kế hoạch năm 2027", "", "Ghi chú"),
            ("", "", "", "", parts[0], parts[1], ""),
            ("I", "Thu ngân sách từ đấu giá", "", "", "", "", ""),
            ("1", "Thu tiền sử dụng đất từ đấu giá", "tỷ đồng", "1.820", "900", "≥ 2.150", ""),
            ("2", "Số khu đất đưa ra đấu giá", "khu đất", "21", "12", "26", "")]
    text = normalise("KẾ HOẠCH\nĐấu giá quyền sử dụng đất năm 2027\n\nCHỈ TIÊU ĐẤU GIÁ NĂM 2027\n"
                     + "\n".join("\t".join(r) for r in rows) + "\n\nNơi nhận:\n").text
    assert {(t.indicator, t.value, t.year) for t in extract_targets(text)} == {
        ("Thu tiền sử dụng đất từ đấu giá", 900.0, 2027), ("Thu tiền sử dụng đất từ đấu giá", 2150.0, 2027),
        ("Số khu đất đưa ra đấu giá", 12.0, 2027), ("Số khu đất đưa ra đấu giá", 26.0, 2027)}


# w20c: a second header row is never a row of values: "6 tháng" under a year's plan is a time (PART_OF_YEAR), but a row of
# counts under a merged cell ("12 | 15" under "Kế hoạch năm 2027") stays data, and so does "6 tháng" in a row's own cells
def test_a_row_of_values_under_a_merged_cell_is_no_sub_header():
    rows = [("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2027", "", "Ghi chú"),
            ("1", "Thời gian giải quyết hồ sơ", "tháng", "6 tháng", "5 tháng", ""),
            ("2", "Số khu đất đưa ra đấu giá", "khu đất", "12", "26", "")]
    text = normalise("CHỈ TIÊU NĂM 2027\n" + "\n".join("\t".join(r) for r in rows) + "\n\nNơi nhận:\n").text
    table = tables_of(text)[0]
    assert [c.parts for c in table.columns][3] == ("Kế hoạch năm 2027",)
    assert sum(1 for r in table.rows if r.kind == "data") == 2



# w20b: a header cell over the years' columns that names the allotment by year ("Chỉ tiêu giao theo năm", "Chỉ tiêu các năm")
# is a group over bare years, not a second indicator column
@pytest.mark.parametrize("group", ["Chỉ tiêu giao theo năm", "Chỉ tiêu các năm", "Kế hoạch"])
def test_a_group_named_by_the_targets_of_each_year(group):
    text = ("PHỤ LỤC I\nCHỈ TIÊU GIAI ĐOẠN 2026 - 2030\n"
            f"STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2025\t{group}\t\t\tGhi chú\n"
            "\t\t\t\t2026\t2027\t2028\t\n"
            "I\tBảo hiểm xã hội\t\t\t\t\t\t\n"
            "1\tSố người tham gia bảo hiểm xã hội\tngười\t548.320\t592.000\t636.000\t684.000\t\n")
    found = [(t.value, t.year) for t in extract_targets(normalise(text).text) if t.rule == "rule_table_cell"]
    assert found == [(592000.0, 2026), (636000.0, 2027), (684000.0, 2028)]


# w21c: a disbursement schedule, "Mốc thời gian" over the dates each cumulative share is due by ("Đến 31/3/2027 | 15%"): the
# share column's header names the indicator and its bound ("tối thiểu": ge), each row's date its year; a schedule of
# activities whose rows are dated ("Tháng 3/2027 | Tổ chức hội nghị sơ kết") gives none
def test_a_schedule_of_milestones_gives_the_share_due_by_each_date():
    text = ("III. MỤC TIÊU\nBảng 1. Mốc giải ngân kế hoạch vốn đầu tư công năm 2027\nMốc thời gian\tTỷ lệ giải ngân tối thiểu\n"
            "Đến 31/3/2027\t15%\nĐến 30/6/2027\t40%\nĐến 31/01/2028\t100%\n\nIV. NHIỆM VỤ\n")
    assert [(t.indicator, t.value, t.comparator, t.year) for t in extract_targets(normalise(text).text)] == [
        ("Tỷ lệ giải ngân tối thiểu", 15.0, "ge", 2027), ("Tỷ lệ giải ngân tối thiểu", 40.0, "ge", 2027),
        ("Tỷ lệ giải ngân tối thiểu", 100.0, "ge", 2028)]
    near = ("IV. TIẾN ĐỘ THỰC HIỆN\nThời gian\tNội dung\nTháng 3/2027\tTổ chức hội nghị triển khai\n"
            "Tháng 12/2027\tTổng kết, đánh giá kết quả\n")
    assert [t for t in extract_targets(normalise(near).text) if t.rule == "rule_table_year_row"] == []


# w21c: a revenue plan's table by source, "Khoản thu | Dự toán Trung ương giao | Dự toán HĐND tỉnh giao | Phấn đấu thực hiện |
# So với dự toán (%)": the estimates assigned and the plan's own figure are commitments in the caption's year; the comparison
# none; a cost estimate ("Dự toán kinh phí") none
def test_a_revenue_table_with_assigned_estimates_and_the_plans_figure():
    text = ("Bảng 1. Chỉ tiêu thu ngân sách nhà nước năm 2027 theo khoản thu\nĐơn vị: tỷ đồng\n"
            "STT\tKhoản thu\tDự toán Trung ương giao\tDự toán HĐND tỉnh giao\tPhấn đấu thực hiện\tSo với dự toán (%)\n"
            "1\tThuế thu nhập cá nhân\t1.650\t1.700\t1.820\t107,1\n2\tLệ phí trước bạ\t1.050\t1.080\t1.130\t104,6\n")
    found = {(t.indicator, t.value, t.year) for t in extract_targets(normalise(text).text)}
    assert found == {("Thuế thu nhập cá nhân", v, 2027) for v in (1650.0, 1700.0, 1820.0)} | {
        ("Lệ phí trước bạ", v, 2027) for v in (1050.0, 1080.0, 1130.0)}
    near = ("Bảng 2. Kế hoạch triển khai năm 2027\nSTT\tNội dung\tDự toán kinh phí\tThời gian\n"
            "1\tTổ chức tập huấn\t120\tQuý II/2027\n2\tIn tài liệu\t45\tQuý III/2027\n")
    assert [t.value for t in extract_targets(normalise(near).text) if t.rule == "rule_table_cell"] == []


# w21c: a task table's "Chỉ tiêu" column right of its task ("TT | Nội dung | Bộ phận thực hiện | Thời hạn | Chỉ tiêu"): each
# cell what its task must reach, named by the task (a share that names what it counts by its own words)
def test_a_task_tables_target_column_is_named_by_the_task():
    text = ("Bảng 2. Phân công thực hiện các nhiệm vụ trọng tâm năm 2027\nTT\tNội dung\tBộ phận thực hiện\tThời hạn\tChỉ tiêu\n"
            "1\tRà soát, phân loại nợ thuế\tPhòng Nghiệp vụ - Dự toán - Pháp chế\tTrước 31/01/2027\t100% khoản nợ được phân loại\n"
            "2\tKiểm tra hộ kinh doanh chuyển đổi sang phương pháp kê khai\tCác Thuế cơ sở\tQuý II/2027\tÍt nhất 600 hộ\n"
            "3\tCưỡng chế nợ thuế bằng biện pháp ngừng sử dụng hóa đơn\tPhòng Thanh tra - Kiểm tra số 1\tTrước 30/6/2027\t≥ 150 doanh nghiệp\n"
            "4\tSơ kết 6 tháng thực hiện Kế hoạch\tPhòng Nghiệp vụ - Dự toán - Pháp chế\tTháng 7/2027\t\n")
    assert {(t.indicator, t.value, t.unit, t.comparator) for t in extract_targets(normalise(text).text)} == {
        ("Khoản nợ được phân loại", 100.0, "%", "eq"),
        ("Kiểm tra hộ kinh doanh chuyển đổi sang phương pháp kê khai", 600.0, "hộ", "ge"),
        ("Cưỡng chế nợ thuế bằng biện pháp ngừng sử dụng hóa đơn", 150.0, "doanh nghiệp", "ge")}


# w22a: a row of counts split over the quarters of the plan's year ("Nội dung | Quý I | Quý II | Quý III | Quý IV | Cả năm
# 2027"): a header (PART_OF_YEAR), each quarter's count and the year's total targets of that year, in the count noun the row's
# label closes with in parentheses ("(buổi)", "(khẩu)": nouns the units list lacks); a "-" cell none. Near miss: a schedule
# whose quarter cells are marks ("x") gives none.
def test_a_row_of_counts_split_over_the_quarters():
    text = ("Bảng 1. Chỉ tiêu hoạt động theo quý năm 2027\nNội dung\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm 2027\n"
            "Tuyên truyền, phổ biến pháp luật tại các thôn (buổi)\t8\t6\t6\t8\t28\n"
            "Tập huấn nghiệp vụ cho Tổ bảo vệ an ninh, trật tự (lớp)\t1\t-\t1\t-\t2\n")
    found = sorted((t.value, t.unit, t.year) for t in extract_targets(normalise(text).text))
    assert found == sorted([(v, "buổi", 2027) for v in (8.0, 6.0, 6.0, 8.0, 28.0)] + [(v, "lớp", 2027) for v in (1.0, 1.0, 2.0)])
    near = ("Bảng 2. Tiến độ thực hiện năm 2027\nNội dung\tQuý I\tQuý II\tQuý III\tQuý IV\n"
            "Tuyên truyền pháp luật\tx\t\tx\t\nSơ kết, tổng kết\t\tx\t\tx\n")
    assert [t for t in extract_targets(normalise(near).text) if t.rule == "rule_table_cell"] == []


# w22a: "Chỉ tiêu theo Nghị quyết của Quốc hội" beside "Chỉ tiêu phấn đấu năm 2027" (the targets Nghị quyết 96/2019/QH14 sets
# the procuracies and courts): both columns are values in the plan's year, not indicator names; a bound written out in a cell
# ("Không quá 3%") is its comparator; a "-" cell none
def test_targets_another_body_set_beside_the_plans_own():
    text = ("Bảng 1. Chỉ tiêu nghiệp vụ năm 2027\nSTT\tChỉ tiêu nghiệp vụ\tChỉ tiêu theo Nghị quyết của Quốc hội\t"
            "Chỉ tiêu phấn đấu năm 2027\tGhi chú\n"
            "1\tTỷ lệ giải quyết tin báo, tố giác tội phạm\t≥ 90%\tTrên 92%\t\n"
            "2\tTỷ lệ án trả hồ sơ để điều tra bổ sung\tKhông quá 3%\tKhông quá 2%\t\n"
            "3\tTỷ lệ kháng nghị giám đốc thẩm được chấp nhận\t-\tTrên 80%\tChỉ tiêu của Ngành\n")
    found = sorted((t.value, t.comparator, t.year) for t in extract_targets(normalise(text).text))
    assert found == sorted([(90.0, "ge", 2027), (92.0, "gt", 2027), (3.0, "le", 2027), (2.0, "le", 2027), (80.0, "gt", 2027)])
    assert tables_of(normalise(text).text)[0].columns[2].role is None
    near = "STT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu giao theo năm\n\t\t\t2026\t2027\n1\tSố xã đạt chuẩn\txã\t3\t5\n"
    assert tables_of(near)[0].columns[1].role == "indicator"


# w22a: a year-rows table whose header closes with a count noun in parentheses that the units list lacks ("Phiên tòa trực
# tuyến (phiên)", "(phiên/Thẩm phán/năm)"): the unit as written; words that qualify ("(theo chuẩn mới)") are no unit, and a
# column headed so gives nothing, as before
def test_a_year_rows_header_counts_in_a_noun_of_its_own():
    text = ("Bảng 1. Chỉ tiêu giai đoạn 2026 - 2030\nNăm\tTỷ lệ hộ nghèo (theo chuẩn mới)\tPhiên tòa trực tuyến (phiên)\t"
            "Số phiên tòa rút kinh nghiệm (phiên/Thẩm phán/năm)\n2026\t2,5\t1.400\t01\n2027\t2,0\t1.700\t02\n")
    assert [(t.indicator, t.value, t.unit, t.year) for t in extract_targets(normalise(text).text)] == [
        ("Phiên tòa trực tuyến", 1400.0, "phiên", 2026), ("Số phiên tòa rút kinh nghiệm", 1.0, "phiên/thẩm phán/năm", 2026),
        ("Phiên tòa trực tuyến", 1700.0, "phiên", 2027), ("Số phiên tòa rút kinh nghiệm", 2.0, "phiên/thẩm phán/năm", 2027)]


# c22: a group row of an indicator table (the indicator and its unit over its areas' rows, its other cells empty) loses
# its empty cells as a line's trailing tabs do, and a crawl then sets it as a paragraph between two pieces of the table:
# it is one row of the table, as in the text, and the areas' rows keep the header and the indicator. Near misses: a
# heading between two tables, the second opening with its header (names and years, no figure), ends the first table;
# a paragraph that no delimited table keeps as a row (a sentence) ends it too.
_GROUPED_HEADER = [("Chỉ tiêu", "Hiện trạng 2025", "Mục tiêu"), ("", "Năm 2027", "Năm 2030")]
_GROUPED_AREAS = [("Khu vực đô thị", "94,2", "97", "100"), ("Khu vực nông thôn", "61,5", "68", "80")]


def test_crawled_group_row_set_as_a_paragraph_stays_in_its_table():
    text = normalise("Bảng 1. Chỉ tiêu cấp nước sạch\n\n" + crawled_table(_GROUPED_HEADER)
                     + "\n\nTỷ lệ dân số được cấp nước sạch (%)\n\n" + crawled_table(_GROUPED_AREAS)
                     + "\n\nTỷ lệ thất thoát, thất thu nước sạch (%)\n\n"
                     + crawled_table([("Khu vực đô thị", "19,6", "≤ 16", "< 12"),
                                      ("Số đấu nối hộ gia đình mới (hộ)", "-", "45.000", "120.000")])
                     + "\n\nIV. NHIỆM VỤ, GIẢI PHÁP\n").text
    (table,) = tables_of(text)
    assert [[c.text for c in r.cells] for r in table.rows[2:]] == [
        ["Tỷ lệ dân số được cấp nước sạch (%)"], list(_GROUPED_AREAS[0]), list(_GROUPED_AREAS[1]),
        ["Tỷ lệ thất thoát, thất thu nước sạch (%)"], ["Khu vực đô thị", "19,6", "≤ 16", "< 12"],
        ["Số đấu nối hộ gia đình mới (hộ)", "-", "45.000", "120.000"]]
    found = [(t.indicator, t.value, t.unit, t.year, t.scope) for t in extract_targets(text) if t.rule == "rule_table_cell"]
    assert found[:4] == [("Tỷ lệ dân số được cấp nước sạch", 97, "%", 2027, "Khu vực đô thị"),
                         ("Tỷ lệ dân số được cấp nước sạch", 100, "%", 2030, "Khu vực đô thị"),
                         ("Tỷ lệ dân số được cấp nước sạch", 68, "%", 2027, "Khu vực nông thôn"),
                         ("Tỷ lệ dân số được cấp nước sạch", 80, "%", 2030, "Khu vực nông thôn")]
    assert ("Tỷ lệ thất thoát, thất thu nước sạch", 16, "%", 2027, "Khu vực đô thị") in found


def test_crawled_letter_group_row_right_under_the_header_stays_in_its_table():
    """w23b: a letter group row right under the header ("A. Phát thanh"), the rows below it numbered ("1", "2" under "TT"):
    the row's number is not its name, the name after it is; near miss: a second table under a heading opens with its
    header, no figure, and stays a table of its own."""
    header = [("TT", "Nội dung", "Đơn vị tính", "Năm 2026 (ước)", "Kế hoạch 2027")]
    radio = [("1", "Thời lượng phát sóng phát thanh", "giờ", "6.420", "6.570"), ("2", "Tin, bài phát thanh", "tin, bài", "4.530", "4.800")]
    tv = [("3", "Bản tin thời sự truyền hình", "bản tin", "2.900", "2.920")]
    text = normalise("PHỤ LỤC 1\n\n" + crawled_table(header) + "\n\nA. Phát thanh\n\n" + crawled_table(radio)
                     + "\n\nB. Truyền hình\n\n" + crawled_table(tv) + "\n\nNơi nhận:\n").text
    (table,) = tables_of(text)
    found = [(t.indicator, t.value, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"]
    assert found == [("Thời lượng phát sóng phát thanh", 6570, 2027), ("Tin, bài phát thanh", 4800, 2027),
                     ("Bản tin thời sự truyền hình", 2920, 2027)]
    second = [("TT", "Chỉ tiêu", "Năm 2027"), ("1", "Số hộ đấu nối mới", "45.000")]
    text = normalise(crawled_table(header + radio) + "\n\nB. Truyền hình\n\n" + crawled_table(second) + "\n\nNơi nhận:\n").text
    assert len(tables_of(text)) == 2


@pytest.mark.parametrize("between", ["2. Nhiệm vụ cụ thể", "Tỷ lệ dân số được cấp nước sạch (%)"])
def test_a_heading_between_two_crawled_tables_ends_the_first(between):
    second = [("Chỉ tiêu", "Năm 2027", "Năm 2030"), ("Số hộ đấu nối mới", "45.000", "120.000")]
    text = normalise(crawled_table(_GROUPED_HEADER + _GROUPED_AREAS) + f"\n\n{between}\n\n" + crawled_table(second)
                     + "\n\nNơi nhận:\n").text
    assert len(tables_of(text)) == 2
    sentence = "Các sở, ngành phối hợp thực hiện các chỉ tiêu trên."
    text = normalise(crawled_table(_GROUPED_HEADER + _GROUPED_AREAS[:1]) + f"\n\n{sentence}\n\n"
                     + crawled_table(_GROUPED_AREAS[1:] * 2) + "\n\nNơi nhận:\n").text
    assert all(sentence not in [c.text for c in r.cells] for table in tables_of(text) for r in table.rows)


def test_a_unit_row_under_the_header_is_the_tables_unit():
    text = ("Bảng 1. Sản lượng hàng hóa thông qua cảng theo khu vực cảng\nKhu vực cảng\t2026\t2027\n(triệu tấn)\n"
            "Khu bến Cái Lân\t22,0\t23,5\nKhu bến Hòn Gai\t4,5\t4,8\n")
    (table,) = tables_of(text)
    assert table.caption_unit == "triệu tấn"
    assert [r.kind for r in table.rows] == ["header", "header", "data", "data"]
    assert [c.name for c in table.columns] == ["Khu vực cảng", "2026", "2027"]
    # near miss: words in brackets that are no unit end the table's first run as before
    (other,) = tables_of(text.replace("(triệu tấn)", "(tiếp theo)"))
    assert other.caption_unit is None and [c.text for c in other.rows[0].cells][0] == "Khu bến Cái Lân"


def test_a_crawled_unit_row_under_the_header_is_the_tables_unit():
    text = ("Bảng 1. Sản lượng hàng hóa thông qua cảng theo khu vực cảng\n\n|\nKhu vực cảng\n|\n2026\n|\n2027\n|\n\n(triệu tấn)\n\n"
            "|\nKhu bến Cái Lân\n|\n22,0\n|\n23,5\n|\n|\nKhu bến Hòn Gai\n|\n4,5\n|\n4,8\n|\n")
    (table,) = tables_of(text)
    assert table.caption_unit == "triệu tấn" and [c.name for c in table.columns] == ["Khu vực cảng", "2026", "2027"]
    # near miss: a paragraph that names no unit ends the table there, as before: the rows below have no header
    assert all(t.caption_unit is None for t in tables_of(text.replace("(triệu tấn)", "(tiếp theo)")))

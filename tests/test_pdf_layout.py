"""What a PDF's layout does to a plan's text, and how reading and normalising undo it.

Each class is shown on small PDFs written here (fpdf2, the test extra) or on text as pdfplumber
gives it: an empty line the layout shows only as a vertical gap; a paragraph the layout wrapped
(before a capital, in a centred title, after a clause's ";"); a paragraph that ends at a page's foot,
or runs on over it; a line broken after the hyphen of a document code.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.tables import tables_of
from pipeline.ingest import read_document
from pipeline.normalise import normalise
from tests.conftest import crawled_table, unicode_font


def _pdf(tmp_path: Path, blocks: list[tuple[str, float]], size: int = 12, align: str = "J", spacing: float = 1.0) -> Path:
    """A one-column PDF: each block is a paragraph (wrapped by the page width, justified or as
    `align` says) and the space left after it, in line heights (0: the next paragraph follows at once);
    `spacing`: the lines' spacing (1.2: a text set at about 1.5 lines)."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=size)
    line = size * 0.5 * spacing  # mm: a line's height at this size (1.2 of the font size, in points)
    for text, after in blocks:
        pdf.multi_cell(0, line, text, new_x="LMARGIN", new_y="NEXT", align=align)
        if after:
            pdf.ln(line * after)
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


def _raw(path: Path) -> str:
    doc = read_document(path)
    assert doc.status == "ok", doc.messages
    return doc.raw_text


LONG = ("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện chuyển đổi số cho các doanh nghiệp, nhất là doanh "
        "nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh trên địa bàn tỉnh, với các nội dung như sau:")


# --- an empty line the layout shows as a vertical gap -------------------------------------------

@pytest.mark.parametrize("blocks, blank_before", [
    # an empty paragraph between two paragraphs (Enter pressed twice in the DOCX the PDF was printed from)
    ([("KẾ HOẠCH", 0), ("Chuyển đổi số cho các doanh nghiệp", 1.5), (LONG, 0)], "Ủy ban nhân dân tỉnh ban hành"),
    # the space a plan leaves for the signature, before the signer's name
    ([(LONG, 0), ("KT. CHỦ TỊCH", 0), ("PHÓ CHỦ TỊCH", 4), ("Nguyễn Văn An", 0)], "Nguyễn Văn An"),
])
def test_a_vertical_gap_of_an_empty_line_is_a_blank_line(tmp_path, blocks, blank_before):
    lines = _raw(_pdf(tmp_path, blocks)).split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(blank_before))
    assert lines[at - 1] == ""


@pytest.mark.parametrize("blocks", [
    [(LONG, 0), (LONG, 0)],  # the lines of a wrapped paragraph, and paragraphs one under the other
    [(LONG, 0.5), ("2. Yêu cầu", 0.6), (LONG, 0)],  # paragraphs spaced by their style, less than a line apart
])
def test_a_paragraphs_own_spacing_is_no_blank_line(tmp_path, blocks):
    text = _raw(_pdf(tmp_path, blocks))
    assert "\n\n" not in text.split("\f")[0].strip("\n")


def test_a_blank_line_from_a_gap_keeps_two_crawled_tables_apart(tmp_path):
    """The issuer's block and the appendix's task table, one cell a line between bars (a crawl
    printed to PDF): the empty line between them is what ends the first table."""
    header = crawled_table([("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")])
    tasks = crawled_table([("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"),
                           ("1", "Rà soát cơ chế, chính sách hỗ trợ doanh nghiệp", "Sở Tài chính", "Sở Công Thương", "2026")])
    blocks = [(line, 0) for line in header.split("\n")]
    blocks[-1] = (blocks[-1][0], 2)
    blocks += [("PHỤ LỤC", 0)] + [(line, 0) for line in tasks.split("\n")]
    text = normalise(_raw(_pdf(tmp_path, blocks, size=10))).text
    task_table = next(t for t in tables_of(text) if any(c.role == "lead" for c in t.columns))
    assert [c.role for c in task_table.columns][2:4] == ["lead", "coordinate"]
    assert task_table.data_rows[0].cells[2].text == "Sở Tài chính"


# --- a paragraph the layout wrapped --------------------------------------------------------------

NAMES = ("Chủ trì, phối hợp với Sở Văn hóa và Thể thao, Sở Thông tin và Truyền thông, Ban Quản lý Khu kinh tế "
         "Đông Nam, Ủy ban Mặt trận Tổ quốc Việt Nam Tỉnh, Hội Liên hiệp Phụ nữ Tỉnh, Liên minh Hợp tác xã Tỉnh, "
         "Hiệp hội Doanh nghiệp Tỉnh, Cục Thống kê Tỉnh, Bảo hiểm Xã hội Tỉnh và Công an Tỉnh tổ chức triển khai.")
TITLE = "KẾ HOẠCH CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH TỈNH ĐỒNG THÁP"
CLAUSES = ("- Rà soát quy hoạch; bố trí quỹ đất; thu hút đầu tư; hỗ trợ doanh nghiệp; đào tạo nhân lực; ứng dụng công "
           "nghệ; chuyển đổi số; phát triển thị trường; xúc tiến thương mại; kiểm tra, giám sát; tổng hợp, báo cáo kết quả.")


@pytest.mark.parametrize("text, align", [
    (NAMES, "J"),  # a justified paragraph whose lines break before the capitals of body names
    (TITLE, "C"),  # a title in capitals, centred over two lines
    (CLAUSES, "L"),  # a left-aligned item whose lines break after a clause's ";"
])
def test_the_layouts_wraps_are_joined(tmp_path, text, align):
    raw = _raw(_pdf(tmp_path, [(text, 0), (LONG, 0)], align=align))
    assert text in raw.split("\n")


def _columns(tmp_path: Path, rows: list[tuple[str, str]], align: str = "C") -> Path:
    """Two blocks side by side, as the issuer and the national motto head a plan and the recipients
    and the signature end it (the right one centred or set against the margin)."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    for left, right in rows:
        pdf.cell(70, 6, left, align="C")
        pdf.cell(0, 6, right, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, LONG, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("build, kept", [
    # a heading, then its paragraph
    (lambda tmp: _pdf(tmp, [("1. Mục đích", 0), (LONG, 0)]), ["1. Mục đích"]),
    # a full item, then the next one
    (lambda tmp: _pdf(tmp, [(CLAUSES, 0), ("- Tổ chức sơ kết, tổng kết.", 0)], align="L"), ["- Tổ chức sơ kết, tổng kết."]),
    # the issuer beside the national motto: two columns, each line its own
    (lambda tmp: _columns(tmp, [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                ("TỈNH ĐỒNG THÁP", "Độc lập - Tự do - Hạnh phúc")]), ["TỈNH ĐỒNG THÁP\tĐộc lập - Tự do - Hạnh phúc"]),
    # the national motto over the place and date, centred in the header's right block: the date's first word fitted
    (lambda tmp: _staggered(tmp, ["ỦY BAN NHÂN DÂN", "XÃ THƯỢNG LẬP", "Số: 86/KH-UBND"],
                            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                             "Thượng Lập, ngày 22 tháng 12 năm 2025"]), ["Thượng Lập, ngày 22 tháng 12 năm 2025"]),
    (lambda tmp: _staggered(tmp, ["SỞ Y TẾ", "Số: 12/KH-SYT"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                              "Độc lập - Tự do - Hạnh phúc", "Lào Cai, ngày 05 tháng 3 năm 2026"]),
     ["Lào Cai, ngày 05 tháng 3 năm 2026"]),
    # the recipients beside the signature set against the right margin
    (lambda tmp: _columns(tmp, [("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), ("- Như Điều 3;", "KT. CHỦ TỊCH"),
                                ("- Lưu: VT.", "PHÓ CHỦ TỊCH")], align="R"), ["- Như Điều 3;\tKT. CHỦ TỊCH", "- Lưu: VT.\tPHÓ CHỦ TỊCH"]),
])
def test_a_line_the_writer_ended_stays(tmp_path, build, kept):
    lines = _raw(build(tmp_path)).split("\n")
    assert all(line in lines for line in kept)


def _cells(tmp_path: Path, rows: list[list[tuple[str, float]]]) -> Path:
    """Lines of cells without rules: each cell `(text, width in mm)`, its text set at its left edge."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    for row in rows:
        for text, width in row:
            pdf.cell(width, 6, text)
        pdf.ln(6)
    pdf.multi_cell(0, 6, LONG, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("rows, lines", [
    # the number beside the place and date, under the issuer and the motto
    ([[("Số: 125/KH-UBND", 80), ("Đồng Tháp, ngày 20 tháng 11 năm 2025", 0)]],
     ["Số: 125/KH-UBND\tĐồng Tháp, ngày 20 tháng 11 năm 2025"]),
    # a table drawn without rules: its cells keep their columns
    ([[("1", 12), ("Tổ chức hội nghị triển khai", 75), ("Sở Nội vụ", 45), ("Quý I/2026", 0)],
      [("2", 12), ("Sơ kết thực hiện Kế hoạch", 75), ("Sở Tài chính", 45), ("Tháng 6/2026", 0)]],
     ["1\tTổ chức hội nghị triển khai\tSở Nội vụ\tQuý I/2026", "2\tSơ kết thực hiện Kế hoạch\tSở Tài chính\tTháng 6/2026"]),
    # negatives: the blanks the clerk fills in at issue are no columns: the number before the symbol,
    # the day and month of the date
    ([[("Số:", 30), ("/KH-UBND", 50), ("Ninh Bình, ngày", 35), ("tháng", 25), ("năm 2024", 0)]],
     ["Số: /KH-UBND\tNinh Bình, ngày tháng năm 2024"]),
    ([[("Số:", 30), ("/QĐ-UBND", 0)]], ["Số: /QĐ-UBND"]),
    # negatives: a list item's marker, its text set off at a tab stop (Word's numbering and bullets, printed)
    ([[("-", 15), ("Ủy ban nhân dân các xã, phường;", 0)], [("+", 15), ("Sở Tài chính;", 0)]],
     ["- Ủy ban nhân dân các xã, phường;", "+ Sở Tài chính;"]),
    ([[("1.", 15), ("Sở Nội vụ chủ trì, báo cáo trước ngày 15/12/2025.", 0)], [("a)", 15), ("Chủ trì tổ chức hội nghị;", 0)],
      [("II.", 15), ("TỔ CHỨC THỰC HIỆN", 0)], [("2.3.", 15), ("Sở Y tế", 0)]],
     ["1. Sở Nội vụ chủ trì, báo cáo trước ngày 15/12/2025.", "a) Chủ trì tổ chức hội nghị;", "II. TỔ CHỨC THỰC HIỆN", "2.3. Sở Y tế"]),
    # ... but a row's number in a table drawn without rules, before more cells, keeps its column
    ([[("1.", 15), ("Tổ chức hội nghị triển khai", 75), ("Sở Nội vụ", 0)], [("2.", 15), ("Sơ kết thực hiện", 75), ("Sở Tài chính", 0)]],
     ["1.\tTổ chức hội nghị triển khai\tSở Nội vụ", "2.\tSơ kết thực hiện\tSở Tài chính"]),
])
def test_blocks_side_by_side_on_a_line_are_split_by_a_tab(tmp_path, rows, lines):
    """pdfplumber joins two blocks on one line with one space, however wide the gap between them;
    the text and DOCX versions of a plan have a tab (a table's cell) there. A paragraph's lines,
    justified or not, get none."""
    raw = _raw(_cells(tmp_path, rows)).split("\n")
    assert all(line in raw for line in lines), raw
    assert not any("\t" in line for line in raw if line.startswith(LONG[:20]))


# --- a paragraph that ends at a page's foot ---------------------------------------------------------

def _paragraphs(*pages: str) -> str:
    """A plan whose paragraphs are split by blank lines (an empty paragraph between each, as the PDF
    reader gives them from their gaps) and wrapped, over pages split by a form feed."""
    filler = "\n\n".join(f"- Nội dung thứ {i} được triển khai trên địa\nbàn tỉnh theo đúng kế hoạch đã đề ra." for i in range(12))
    return filler + "\n\n" + "\n\f\n".join(pages)


@pytest.mark.parametrize("before, after", [
    ("2.8. Sở Tư pháp", "Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh."),
    ("7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Phối hợp với các ngành, các cấp tăng cường tuyên truyền."),
])
def test_a_heading_at_a_pages_foot_keeps_its_line(before, after):
    text = normalise(_paragraphs(before, after)).text
    assert f"{before}\n{after}" in text


@pytest.mark.parametrize("before, after, joined", [
    ("giao Sở Tài chính phối hợp với các cơ quan,", "đơn vị liên quan", "cơ quan, đơn vị liên quan"),
    ("theo Quyết định số 06/QĐ-TTg của Thủ tướng", "Chính phủ về đề án", "Thủ tướng Chính phủ về"),
])
def test_a_sentence_cut_by_a_page_break_is_still_joined(before, after, joined):
    assert joined in normalise(_paragraphs(before, after)).text


def test_inside_a_page_a_paragraphs_lines_are_joined():
    """The negative of the page-break rule: with no page break, a line end inside a blank-line
    paragraph is a wrap."""
    text = normalise(_paragraphs("Ủy ban nhân dân tỉnh giao Sở Tư pháp\nChủ trì tuyên truyền.")).text
    assert "Sở Tư pháp Chủ trì tuyên truyền." in text


# --- how a page ends, read from its last line ------------------------------------------------------

def _pages(tmp_path: Path, foot: bool, heading: str | None = None, columns: tuple[str, str] | None = None) -> Path:
    """Justified paragraphs over two pages, each page numbered at its foot (or not); with `heading`,
    the first page ends with that heading alone on its line; with `columns`, with a line of two
    blocks side by side, the right one set against the margin."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")

    class Pages(fpdf.FPDF):
        def footer(self):
            if foot:
                self.set_y(-15)
                self.cell(0, 10, str(self.page_no()), align="C")

    pdf = Pages()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 6, LONG, new_x="LMARGIN", new_y="NEXT", align="J")  # two lines: the paragraphs do not end with the page
    i = 0
    while pdf.page_no() == 1 and (heading is None and columns is None or pdf.get_y() < pdf.h - 70):
        pdf.multi_cell(0, 6, f"{i}. {NAMES}", new_x="LMARGIN", new_y="NEXT", align="J")
        i += 1
    if heading or columns:
        if heading:
            pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(70, 6, columns[0])
            pdf.cell(0, 6, columns[1], align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.add_page()
        pdf.multi_cell(0, 6, NAMES, new_x="LMARGIN", new_y="NEXT", align="J")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("foot, heading, columns, seen", [
    (True, None, None, ["runs on"]),  # a paragraph runs over the page's foot, below it the page number
    (False, None, None, ["runs on"]),  # the same without a page number
    (True, "2.8. Sở Tư pháp", None, ["ends"]),  # a heading alone at the page's foot
    (True, None, ("- Lưu: VT, VP3.", "PHÓ CHỦ TỊCH"), []),  # the recipients beside the signature: not told
])
def test_how_a_page_ends_is_read_from_its_last_line(tmp_path, foot, heading, columns, seen):
    doc = read_document(_pages(tmp_path, foot, heading, columns))
    assert [end for _, end in doc.page_ends] == seen
    assert all(doc.raw_text[feed] == "\f" for feed, _ in doc.page_ends)


@pytest.mark.parametrize("page_ends, joined", [
    ((), True),  # the words alone: a comma goes on
    ((("runs on"),), True),
    ((("ends"),), False),  # the reader saw the line stop short: the writer ended it
])
def test_a_page_break_is_judged_as_the_reader_saw_it(page_ends, joined):
    raw = "Phối hợp thực hiện gồm các cơ quan:\n- Sở Y tế, Sở Tài chính,\n\f\nỦy ban nhân dân các huyện, thành phố.\n\f\n"
    feed = raw.index("\f")
    text = normalise(raw, tuple((feed, end) for end in page_ends)).text
    assert ("Sở Tài chính, Ủy ban nhân dân" in text) is joined


@pytest.mark.parametrize("before, after, joined", [
    # a line that stops on a body's head word goes on over the page break, though the reader saw it stop short
    ("2.4. Bộ", "Chỉ huy Quân sự tỉnh", True),
    ("- Giao Sở", "Tài chính bố trí kinh phí.", True),
    # the negatives: a head word with its name, a generic plural
    ("2.8. Sở Tư pháp", "Chủ trì tuyên truyền.", False),
    ("- Phối hợp với các Sở", "Ủy ban nhân dân các huyện thực hiện.", False),
])
def test_a_head_word_at_a_pages_foot_goes_on(before, after, joined):
    raw = f"I. TỔ CHỨC THỰC HIỆN\n{before}\n\f\n2\n{after}\n\na) Chủ trì, phối hợp.\n\f\n"
    text = normalise(raw, ((raw.index("\f"), "ends"),)).text
    assert (f"{before} {after}" in text) is joined


def test_a_paragraph_run_over_a_numbered_page_is_joined(tmp_path):
    doc = read_document(_pages(tmp_path, foot=True))
    text = normalise(doc.raw_text, doc.page_ends).text
    assert all(line.startswith(tuple(f"{i}. Chủ trì" for i in range(100))) for line in text.split("\n")[1:] if line.strip())


# --- a line broken after the hyphen of a code or compound ------------------------------------------

@pytest.mark.parametrize("raw, joined", [
    ("Thực hiện Kế hoạch số 283/KH-\nUBND ngày 24/9/2025 của Ủy ban nhân dân tỉnh;", "Kế hoạch số 283/KH-UBND ngày 24/9/2025"),
    ("Căn cứ Nghị quyết số 57-\nNQ/TW ngày 22/12/2024 của Bộ Chính trị;", "Nghị quyết số 57-NQ/TW ngày"),
    ("Căn cứ Nghị định số 217/2025/NĐ-\nCP ngày 05/8/2025 của Chính phủ;", "Nghị định số 217/2025/NĐ-CP ngày"),
    ("trong giai đoạn 2026-\n2030 trên địa bàn tỉnh;", "giai đoạn 2026-2030 trên"),
])
def test_a_line_broken_after_a_glued_hyphen_joins_without_a_space(raw, joined):
    assert joined in normalise(raw).text


@pytest.mark.parametrize("raw, kept", [
    ("phát triển kinh tế -\nxã hội của tỉnh;", "kinh tế - xã hội"),  # a dash between words keeps its spaces
    ("Quy hoạch tỉnh Bà Rịa -\nVũng Tàu thời kỳ 2021-2030;", "Bà Rịa - Vũng Tàu"),
])
def test_a_dash_with_a_space_before_it_keeps_its_spaces(raw, kept):
    assert kept in normalise(raw).text


def test_a_hyphen_before_a_new_item_is_no_wrap():
    assert "\n2. Tổ chức thực hiện" in normalise("Các nội dung khác theo Kế hoạch số 12/KH-\n2. Tổ chức thực hiện").text


# --- a table's first and last rows are read once --------------------------------------------------

def _tight_table(tmp_path: Path, rows: list[tuple[str, ...]], base: float) -> Path:
    """A ruled table whose cells set their text's baseline `base` mm below the row's rule and are
    1 mm deeper than that: with a small `base` the glyphs of the first row reach over the rule above
    it and the descenders of the last below its rule."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    pdf.text(20, 20, "Các chỉ tiêu chủ yếu:")
    widths, x0, top, height = (15, 90, 30), 20, 26, base + 1
    for r, row in enumerate(rows):
        x = x0
        for width, cell in zip(widths, row):
            pdf.rect(x, top + r * height, width, height)
            pdf.text(x + 1, top + r * height + base, cell)
            x += width
    pdf.text(20, top + len(rows) * height + 10, "Nơi nhận:")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("base", [2.5, 6.0])  # glyphs over the rules; well inside them (the negative)
def test_a_tables_first_and_last_rows_are_read_once(tmp_path, base):
    rows = [("TT", "Chỉ tiêu", "Năm 2026"), ("1", "Tỷ lệ che phủ rừng (%)", "42"), ("2", "Số xã nông thôn mới (xã)", "15")]
    raw = _raw(_tight_table(tmp_path, rows, base))
    lines = [line for line in raw.split("\n") if line.strip() and line != "\f"]
    assert lines == ["Các chỉ tiêu chủ yếu:", *("\t".join(r) for r in rows), "Nơi nhận:"]


# --- a layout wrap after a clause's ";" or a sentence's "." before a capital ------------------------

WRAP_AFTER = [
    ("- Cơ cấu kinh tế: nông, lâm nghiệp chiếm khoảng 27,31%; công nghiệp, xây dựng chiếm 27,91%;",
     "Dịch vụ chiếm khoảng 40,94%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng 3,83%."),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
     "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ ngày 22 tháng 11 năm 2019;"),
    ("Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2026 trên địa bàn tỉnh.",
     "Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch."),
]


def _wrapped_after(tmp_path: Path, first: str, rest: str, next_paragraph: str | None) -> Path:
    """A justified paragraph set in a column just wide enough for `first`, so the layout wraps it
    after `first`'s last word; with `next_paragraph`, `first` is a paragraph of its own and
    `next_paragraph` follows it: "indent" (its first line indented) or "spaced" (after a
    paragraph's spacing)."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    width = pdf.get_string_width(first) + 2 * pdf.c_margin + 1
    tail = " thực hiện các nội dung của Kế hoạch."
    if next_paragraph is None:
        pdf.multi_cell(width, 6, f"{first} {rest}{tail}", align="J", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.multi_cell(width, 6, first, align="J", new_x="LMARGIN", new_y="NEXT")
        if next_paragraph == "spaced":
            pdf.ln(4)
        else:
            pdf.set_x(pdf.l_margin + 10)
        pdf.multi_cell(width - (10 if next_paragraph == "indent" else 0), 6, f"{rest}{tail}", align="J",
                       new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("first, rest", WRAP_AFTER)
@pytest.mark.parametrize("next_paragraph, joined", [(None, True), ("indent", False), ("spaced", False)])
def test_a_layout_wrap_after_a_clause_or_a_sentence_is_joined(tmp_path, first, rest, next_paragraph, joined):
    """One paragraph wrapped by the layout after ";" or "." reads as one line, as in its DOCX;
    a new paragraph (its first line indented, or spaced from the one before) keeps its line."""
    raw = _raw(_wrapped_after(tmp_path, first, rest, next_paragraph))
    assert (f"{first} {rest}" in raw) is joined
    assert (f"{first}\n{rest}" in raw) is not joined


# --- padding spaces laid under the block beside them ---------------------------------------------

@pytest.mark.parametrize("left, right", [
    ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"),
    ("- Như Điều 3;", "KT. CHỦ TỊCH"),
    ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
])
@pytest.mark.parametrize("padded", [True, False])  # without the padding (the negative) the text is the same
def test_padding_spaces_under_the_next_block_do_not_split_its_words(tmp_path, left, right, padded):
    """A block padded with spaces that run on under the block beside it (a cell's text typed with
    trailing spaces, its glyphs laid a little higher or lower) used to split that block letter by
    letter ("T M . UỶ BAN"); the spaces between its own words stay."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    pdf.text(20, 30, left + (" " * 80 if padded else ""))
    pdf.text(110, 29.4, right)  # its baseline 0.6 mm higher, as a cell beside another sets it
    pdf.set_y(40)
    pdf.multi_cell(0, 6, LONG, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    lines = _raw(path).split("\n")
    assert f"{left}\t{right}" in lines, lines[:3]


# --- superscript digits: a unit's power, a footnote's mark ----------------------------------------

def _with_superscripts(tmp_path: Path, parts: list[tuple[str, bool]], rise: float) -> Path:
    """One line of text whose `True` parts are set as superscripts: 7 pt against 12, raised `rise` mm."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    x = 20
    for text, sup in parts:
        pdf.set_font("Body", size=7 if sup else 12)
        pdf.text(x, 30 - (rise if sup else 0), text)
        x += pdf.get_string_width(text)
    pdf.set_font("Body", size=12)
    pdf.text(20, 40, LONG[:60])
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


SUPERSCRIPTED = [
    ([("Diện tích cây xanh bình quân đạt 10 m", False), ("2", True), ("/người vào năm 2025", False), ("1", True),
      ("; tỷ lệ che phủ rừng đạt 42%.", False)],
     "Diện tích cây xanh bình quân đạt 10 m²/người vào năm 2025¹; tỷ lệ che phủ rừng đạt 42%."),
    ([("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024", False), ("12", True), (" của Bộ Chính trị;", False)],
     "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024¹² của Bộ Chính trị;"),
]


@pytest.mark.parametrize("parts, line", SUPERSCRIPTED)
@pytest.mark.parametrize("rise", [1.3, 2.5])  # raised a little (read glued) or more (read as a line above)
def test_superscript_digits_stay_superscripts_on_their_line(tmp_path, parts, line, rise):
    assert line in _raw(_with_superscripts(tmp_path, parts, rise)).split("\n")


def test_small_digits_on_their_own_line_are_no_superscripts(tmp_path):
    """The negative: a footnote in a smaller font, on its own line, keeps its digits."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    for i in range(4):
        pdf.text(20, 30 + 6 * i, LONG[:60])
    pdf.set_font("Body", size=9)
    pdf.text(20, 60, "1 Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    assert "1 Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" in _raw(path).split("\n")


# --- a printer's fake bold: every glyph of a bold run drawn twice -------------------------------------

def _struck(tmp_path: Path, lines: list[tuple[str, float, bool]]) -> Path:
    """Lines `(text, size, doubled)`; a doubled line is drawn a second time 0.1 mm to the right and a
    hair lower, as a printer driver fakes bold for a font without a bold face."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    y = 30.0
    for text, size, doubled in lines:
        pdf.set_font("Body", size=size)
        pdf.text(20, y, text)
        if doubled:
            pdf.text(20.1, y + 0.05, text)
        y += size * 0.5
    pdf.set_font("Body", size=12)
    pdf.set_y(y + 5)
    pdf.multi_cell(0, 6, LONG, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("lines, read", [
    # the title and a section heading, struck twice
    ([("KẾ HOẠCH", 14, True), ("Chuyển đổi số cho doanh nghiệp năm 2026", 12, False)], ["KẾ HOẠCH"]),
    ([("II. NHIỆM VỤ VÀ GIẢI PHÁP", 12, True), ("1. Sở Tài chính chủ trì, hoàn thành trong Quý I/2026.", 12, True)],
     ["II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Sở Tài chính chủ trì, hoàn thành trong Quý I/2026."]),
    # negatives: letters that are doubled in the text itself, and a small font's dot leaders, stay
    ([("Đại hội Đảng toàn quốc lần thứ XIII, đạt 1.100 ha", 12, False)], ["Đại hội Đảng toàn quốc lần thứ XIII, đạt 1.100 ha"]),
    ([("Mẫu số 01 ........................ 12", 6, False)], ["Mẫu số 01 ........................ 12"]),
])
def test_a_glyph_struck_twice_is_read_once(tmp_path, lines, read):
    assert all(line in _raw(_struck(tmp_path, lines)).split("\n") for line in read)


# --- two blocks side by side whose lines lie at different heights -------------------------------------

def _staggered(tmp_path: Path, left: list[str], right: list[str]) -> Path:
    """Two blocks of text side by side without a table, each in its own size and line pitch (a text box,
    or a right block in bold capitals), so their lines interleave; then a paragraph across the page."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Body", size=11)
    pdf.multi_cell(width * 0.5, 5.2, "\n".join(left), align="C")
    low = pdf.get_y()
    pdf.set_xy(pdf.l_margin + width * 0.52, 10 + 1.6)
    pdf.set_font("Body", size=13)  # its first line wraps, at the text's right edge
    pdf.multi_cell(width * 0.48, 6.4, "\n".join(right), align="C")
    pdf.set_y(max(low, pdf.get_y()) + 4)
    pdf.set_font("Body", size=12)
    pdf.multi_cell(0, 6, LONG, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("left, right", [
    (["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "Số: 215/KH-BVHTTDL"],
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 12 tháng 02 năm 2026"]),
    (["Nơi nhận:", "- Sở Tài chính;", "- UBND các huyện, thành phố;", "- Lưu: VT."],
     ["TM. ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
])
def test_a_line_of_the_block_beside_is_no_wrap(tmp_path, left, right):
    """A right block's line that reaches the text's right edge is not joined to the left block's next line
    below it: a wrap goes on at its paragraph's edge, not a column to the left."""
    lines = _raw(_staggered(tmp_path, left, right)).split("\n")
    for block in (left, right):
        for line in block:
            assert any(line in read and not any(other in read for other in (right if block is left else left)
                                                if other not in line) or line + "\t" in read or "\t" + line in read
                       for read in lines), (line, lines)


def test_a_wrap_under_an_indented_first_line_is_still_joined(tmp_path):
    """The negative: a paragraph whose first line is indented goes on at the left margin, left of it."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    pdf.set_x(pdf.l_margin + 12.7)
    first = "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện chuyển đổi số cho các doanh nghiệp, nhất là"
    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - 12.7, 6, first, new_x="LMARGIN", new_y="NEXT", align="J")
    pdf.multi_cell(0, 6, "doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh trên địa bàn tỉnh, với các nội dung như"
                   " sau: rà soát, đánh giá hiện trạng.", new_x="LMARGIN", new_y="NEXT", align="J")
    pdf.multi_cell(0, 6, LONG, new_x="LMARGIN", new_y="NEXT", align="J")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    assert any(line.startswith("Ủy ban nhân dân tỉnh ban hành Kế hoạch") and "doanh nghiệp nhỏ và vừa" in line
               for line in _raw(path).split("\n"))


# --- a text set at a wider line spacing ------------------------------------------------------------

@pytest.mark.parametrize("text, align", [(NAMES, "J"), (TITLE, "C"), (LONG, "L")])
def test_the_layouts_wraps_are_joined_at_a_wider_line_spacing(tmp_path, text, align):
    """Lines set at about 1.5 lines' spacing (or an OCR layer, whose line boxes are its glyphs' height) lie
    farther apart than half a line: the text's own spacing, not a paragraph's."""
    raw = _raw(_pdf(tmp_path, [(text, 0), (LONG, 0), (NAMES, 0)], align=align, spacing=1.2))
    assert text in raw.split("\n")


@pytest.mark.parametrize("blocks, kept", [
    ([("1. Mục đích", 0), (LONG, 0), (LONG, 0)], "1. Mục đích"),
    ([(CLAUSES, 0), ("- Tổ chức sơ kết, tổng kết.", 0), (LONG, 0)], "- Tổ chức sơ kết, tổng kết."),
])
def test_a_line_the_writer_ended_stays_at_a_wider_line_spacing(tmp_path, blocks, kept):
    assert kept in _raw(_pdf(tmp_path, blocks, align="L", spacing=1.2)).split("\n")


# --- a line set with expanded character spacing --------------------------------------------------------

def _spaced(tmp_path: Path, lines: list[tuple[str, float]]) -> Path:
    """Lines `(text, character spacing in points)`: a title or heading set expanded, as Word's "Expanded by"
    sets it, then a paragraph."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=13)
    for text, spacing in lines:
        pdf.set_char_spacing(spacing)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_char_spacing(0)
    pdf.multi_cell(0, 7, LONG, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("lines, read", [
    ([("KẾ HOẠCH", 4), ("Chuyển đổi số cho doanh nghiệp năm 2026", 0)], "KẾ HOẠCH"),
    ([("QUYẾT ĐỊNH", 5)], "QUYẾT ĐỊNH"),
    ([("I. MỤC ĐÍCH, YÊU CẦU", 3.5)], "I. MỤC ĐÍCH, YÊU CẦU"),
    # negatives: one-letter words at a plain word spacing, and a row of one-digit cells, keep their spaces
    ([("a b c d đ e", 0)], "a b c d đ e"),
    ([("1          2          3          4          5", 0)], "1\t2\t3\t4\t5"),
])
def test_a_line_set_with_expanded_spacing_reads_as_its_words(tmp_path, lines, read):
    assert read in _raw(_spaced(tmp_path, lines)).split("\n")


# --- a page whose own lines show no right edge: read against the edge the document's other pages show -----------

SHORT = ("Giao Văn phòng Sở Nông nghiệp và Môi trường và Ban Kinh tế - Xã hội Hội Nông dân tỉnh làm đầu mối theo dõi, "
         "đôn đốc việc thực hiện.")


@pytest.mark.parametrize("last_page, joined", [
    # a paragraph of two lines alone on the last page: one line reaches the column's edge, its wrap is still joined
    ([(SHORT, 0)], SHORT),
    ([("V. KINH PHÍ", 0), (SHORT, 0)], SHORT),
    # the negative: short lines the writer ended, on a page of their own, stay lines
    ([("Nơi nhận:", 0), ("- Như mục V;", 0), ("- Lưu: VT.", 0)], "- Như mục V;"),
])
def test_a_pages_wraps_are_joined_against_the_documents_column_edge(tmp_path, last_page, joined):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    for blocks in ([(LONG, 0), (NAMES, 0), (LONG, 0)], last_page):
        pdf.add_page()
        for text, _ in blocks:
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="J")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    raw = _raw(path)
    assert joined in raw.split("\n")



# an appendix's table of one cell a line, set flush left: its long cell wraps before a word that would not have fitted,
# though no line of the page reaches the column's edge (the longest ends short of it by more than a word)
CELL = "Tổng chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số so với tổng sản phẩm trên địa bàn (GRDP)"


@pytest.mark.parametrize("cells, kept", [
    (["STT", "Chỉ tiêu", "Đơn vị tính", "1", CELL, "%", "1,5"], [CELL, "%", "1,5"]),
    # the negative: short cells, each the writer's line, stay lines (the next one's word would have fitted)
    (["1", "Số doanh nghiệp khoa học và công nghệ", "doanh nghiệp", "32"],
     ["Số doanh nghiệp khoa học và công nghệ", "doanh nghiệp", "32"]),
])
def test_a_flush_left_pages_wraps_are_joined_against_the_documents_column_edge(tmp_path, cells, kept):
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    pdf.add_page()
    for text in (LONG, NAMES, LONG):
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="J")
    pdf.add_page()
    for text in cells:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
    # the shape: the cell's first line ends short of the column's edge by more than RIGHT_EDGE of it
    words = CELL.split()
    fits = max(k for k in range(1, len(words) + 1) if pdf.get_string_width(" ".join(words[:k])) <= pdf.epw)
    assert pdf.epw - pdf.get_string_width(" ".join(words[:fits])) > 0.03 * pdf.epw
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    lines = _raw(path).split("\n")
    at = lines.index(kept[0])
    assert lines[at:at + len(kept)] == kept


# --- the number and the day a digital signature stamps: text drawn in an annotation's appearance ------------------

HEADER = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("TỈNH NINH BÌNH", "Độc lập - Tự do - Hạnh phúc"),
          ("Số:          /KH-UBND", "Ninh Bình, ngày        tháng 11 năm 2024")]


def _signed_pdf(tmp_path: Path, stamps: list[tuple[str, int | None, int, str, int]]) -> Path:
    """The national header of a plan (fpdf2; the number and the day left blank, as the form has them) and, added to
    it as a signing program does (an incremental update), a signature field per stamp whose appearance draws its
    text in Helvetica: (text, the header's line it stands on or None for above the header, the block (0: the
    issuer's, 1: the motto's), the block's text before it, the annotation's flags)."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    import re

    pdf = fpdf.FPDF(unit="pt")
    pdf.add_page()
    pdf.add_font("Body", "", unicode_font())
    pdf.set_font("Body", size=12)
    for k, pair in enumerate(HEADER):
        for x, text in zip((60, 300), pair):
            pdf.text(x, 100 + 16 * k, text)
    pdf.text(60, 200, "KẾ HOẠCH")
    path = tmp_path / "signed.pdf"
    pdf.output(str(path))
    data = path.read_bytes()
    trailer = data[data.rindex(b"trailer"):]
    size = int(re.search(rb"/Size (\d+)", trailer).group(1))
    page = re.search(rb"(\d+) 0 obj\s*<<((?:(?!>>).)*?/Type /Page\s)", data, re.S).group(1)
    page_body = re.search(rb"\n%s 0 obj\s*<<(.*?)>>\s*endobj" % page, data, re.S).group(1)
    objects, annots = [], []
    for text, row, block, before, flags in stamps:
        x = (60, 300)[block] + pdf.get_string_width(before) + 1
        baseline = 40 if row is None else 100 + 16 * row
        width = 7 * len(text) + 4
        content = b"BT /F1 12 Tf 0 g 1 0 0 1 2 4 Tm (%s) Tj ET" % text.encode("ascii")
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d 18] /Resources << /Font << /F1 << /Type /Font "
                       b"/Subtype /Type1 /BaseFont /Helvetica >> >> >> /Length %d >>\nstream\n%s\nendstream"
                       % (width, len(content), content))
        annots.append(size + len(objects))
        objects.append(b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature%d) /F %d /Rect [%.2f %.2f %.2f %.2f] "
                       b"/AP << /N %d 0 R >> >>" % (len(annots), flags, x, pdf.h - baseline - 4, x + width,
                                                   pdf.h - baseline + 14, size + len(objects) - 1))
    update, offsets = b"\n", []
    for k, body in enumerate(objects):
        offsets.append((size + k, len(data) + len(update)))
        update += b"%d 0 obj\n%s\nendobj\n" % (size + k, body)
    offsets.append((int(page), len(data) + len(update)))
    update += b"%s 0 obj\n<<%s/Annots [%s]\n>>\nendobj\n" % (page, page_body, b" ".join(b"%d 0 R" % a for a in annots))
    xref = len(data) + len(update)
    update += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % (n, at) for n, at in sorted(offsets))
    root = re.search(rb"/Root (\d+ 0 R)", trailer).group(1)
    previous = int(data[data.rindex(b"startxref") + 9:].split()[0])
    update += b"trailer\n<< /Size %d /Root %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size + len(objects), root, previous, xref)
    path.write_bytes(data + update)
    return path


PRINTED, HIDDEN = 4 | 128, 4 | 2  # a field's flags: printed (and locked, as a signature is); printed but hidden
NUMBER = ("193", 2, 0, "Số:", PRINTED)  # the number, stamped into the blank before the symbol
DAY = ("01", 2, 1, "Ninh Bình, ngày", PRINTED)  # the day, stamped into the date's blank


@pytest.mark.parametrize("stamps, line, absent", [
    ([NUMBER, DAY], "Số: 193 /KH-UBND⇥Ninh Bình, ngày 01 tháng 11 năm 2024", None),
    # the signature's own label above the header (the signing time), on no line of the page's text: left out
    ([NUMBER, ("01/11/2024 17:30:19", None, 1, "", PRINTED)], "Số: 193 /KH-UBND⇥Ninh Bình, ngày tháng 11 năm 2024",
     "17:30:19"),
    # a hidden field is not shown
    ([("193", 2, 0, "Số:", HIDDEN)], "Số: /KH-UBND⇥Ninh Bình, ngày tháng 11 năm 2024", "193"),
    # a field whose value lies on the page's own text (printed there as well) is not read a second time
    ([NUMBER, ("2024", 2, 1, HEADER[2][1][:-4], PRINTED)], "Số: 193 /KH-UBND⇥Ninh Bình, ngày tháng 11 năm 2024", "2024 2024"),
])
def test_the_number_and_the_day_a_digital_signature_stamps_are_read(tmp_path, stamps, line, absent):
    lines = ["⇥".join(" ".join(cell.split()) for cell in part.split("\t"))
             for part in _raw(_signed_pdf(tmp_path, stamps)).split("\n")]
    assert line in lines
    if absent:
        assert not any(absent in part for part in lines)


# A range a justified line broke before its dash ("đạt khoảng 1.200⏎- 1.500 tỷ đồng", as LibreOffice sets it: no break
# between a hyphen and a number, UAX #14 LB25): one line again, not a new item "- 1.500 …"; a short line ending in a
# number before an item that opens with a dash and a number stays apart (the dash and the number would have fitted).
RANGE_CUT = "- Số thu từ bán tài sản trên đất, chuyển nhượng quyền sử dụng đất đạt khoảng 1.200 - 1.500 tỷ đồng."


def test_a_range_cut_before_its_dash_is_one_line(tmp_path):
    raw = _raw(_pdf(tmp_path, [(RANGE_CUT, 0), (LONG, 0)], size=12.4))  # at 12.4 points the line ends at "1.200"
    assert RANGE_CUT in raw.split("\n")


def test_a_short_line_ending_in_a_number_before_a_dashed_number_stays_apart(tmp_path):
    raw = _raw(_pdf(tmp_path, [("- Số cơ sở đã xử lý năm 2026: 1.200", 0), ("- 1.500 tỷ đồng thu từ bán tài sản.", 0), (LONG, 0)],
                    size=12.4))
    assert ["- Số cơ sở đã xử lý năm 2026: 1.200", "- 1.500 tỷ đồng thu từ bán tài sản."] == raw.split("\n")[:2]


@pytest.mark.parametrize("above, below, cut", [
    ("đạt khoảng 1.200", "- 1.500 tỷ đồng.", True), ("tăng bình quân 05", "- 06%/năm", True),
    ("giai đoạn 2026", "– 2030, tập trung", True),
    ("tỷ lệ đạt 95", "- 2027: đạt 97%", False), ("đạt 1.200", "- Sở Tài chính", False), ("năm 2026:1.200", "- 1.500", False),
])
def test_a_range_cut_before_its_dash_by_its_words(above, below, cut):
    from pipeline.pdf_layout import RANGE_FIRST_BOUND, RANGE_SECOND_BOUND

    assert bool(RANGE_FIRST_BOUND.search(above) and RANGE_SECOND_BOUND.match(below)) is cut


# A pair of words joined by a spaced dash that a justified line broke before its dash ("các tổ chức chính trị⏎- xã hội",
# "tài chính⏎- kế toán"): one line again, not an item "- xã hội …"; a short line ending in a word before an item that
# opens with a dash and a word in lower case stays apart (the dash and the word would have fitted).
PAIR_CUT = ("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã vận động đoàn viên, "
            "hội viên ủng hộ Quỹ Bảo trợ trẻ em.")


def test_a_pair_of_words_cut_before_its_dash_is_one_line(tmp_path):
    raw = _raw(_pdf(tmp_path, [(PAIR_CUT, 0), (LONG, 0)], size=14.5))  # at 14.5 points the line ends at "chính trị"
    assert PAIR_CUT in raw.split("\n")


def test_a_short_line_ending_in_a_word_before_a_dashed_word_stays_apart(tmp_path):
    raw = _raw(_pdf(tmp_path, [("a) Nội dung tuyên truyền gồm", 0), ("- xây dựng chuyên mục trên Cổng thông tin điện tử.", 0),
                               (LONG, 0)], size=14.5))
    assert ["a) Nội dung tuyên truyền gồm", "- xây dựng chuyên mục trên Cổng thông tin điện tử."] == raw.split("\n")[:2]


@pytest.mark.parametrize("above, below, cut", [
    ("các tổ chức chính trị", "- xã hội xã vận động", True), ("tư pháp, tài chính", "- kế toán và văn hóa", True),
    ("mô hình \"Tuyến đường xanh - sạch", "- đẹp\".", True),
    # an item after a clause's end, a name or an item in capitals, a timeline's year
    ("vốn ngân sách ủy thác:", "- cấp tỉnh: trình Hội đồng", False), ("hằng năm;", "- thẩm định lần đầu", False),
    ("Phòng Văn hóa", "- Xã hội", False), ("các tổ chức chính trị", "- 2027: đạt", False), ("chính trị", "-xã hội", False),
])
def test_a_pair_of_words_cut_before_its_dash_by_its_words(above, below, cut):
    from pipeline.pdf_layout import PAIR_FIRST_END, PAIR_SECOND_OPEN

    assert bool(PAIR_FIRST_END.search(above) and PAIR_SECOND_OPEN.match(below)) is cut

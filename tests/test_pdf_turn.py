"""A landscape appendix drawn sideways on a portrait sheet reads as its upright twin.

Plans set their appendix tables (chỉ tiêu by year, nhiệm vụ with the body in charge and the deadline)
on landscape pages. The PDFs written here hold a portrait page of text and two such tables, each
table page made in one of the ways PDFs carry a landscape page: a landscape MediaBox (Word's or
LibreOffice's landscape section: the twin), a portrait sheet with a /Rotate flag, and a portrait sheet
with the page drawn turned (text running up or down the sheet, or upside down) and no flag, as a
printer-to-PDF or a scanner's OCR layer makes it (drawn so here, and the twin's pages placed turned on
portrait sheets by pypdfium2, whose turn leaves float noise on the rules). Every kind must read as the twin: the same text,
tables, targets, bodies and deadlines.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.ingest import read_document
from pipeline.pdf_turn import page_turn
from pipeline.process import process_document
from tests.conftest import unicode_font

PREAMBLE = [
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2026",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch với các chỉ tiêu và nhiệm vụ tại Phụ lục kèm theo.",
]
# (title, column widths in mm, rows: a cell's lines split by "\n")
INDICATORS = ("Phụ lục I. CÁC CHỈ TIÊU CHỦ YẾU", (12, 110, 35, 30, 30), [
    ("TT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2026"),
    ("1", "Tốc độ tăng trưởng kinh tế (GRDP)", "%", "8,0", "10,0"),
    ("2", "Tỷ lệ hộ gia đình sử dụng nước sạch", "%", "95", "98"),
    ("3", "Số doanh nghiệp thành lập mới", "doanh nghiệp", "1.200", "1.500"),
])
TASKS = ("Phụ lục II. PHÂN CÔNG NHIỆM VỤ", (12, 105, 45, 45, 35), [
    ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian\nhoàn thành"),
    ("1", "Xây dựng Đề án phát triển hạ tầng\nthương mại trên địa bàn tỉnh", "Sở Công Thương", "Sở Tài chính", "Quý II/2026"),
    ("2", "Rà soát quy hoạch sử dụng đất cấp huyện", "Sở Nông nghiệp\nvà Môi trường", "UBND các huyện", "Tháng 9/2026"),
    ("3", "Tổ chức hội nghị xúc tiến đầu tư", "Sở Tài chính", "Sở Công Thương", "Năm 2026"),
])
LINE = 6.0  # mm: one line of a cell
A4 = (210.0, 297.0)


def _draw_table(pdf, left: float, top: float, title: str, widths, rows) -> None:
    pdf.set_font("Body", size=11)
    pdf.text(left + 90, top + 15, title)
    y = top + 25
    for row in rows:
        height = LINE * max(cell.count("\n") + 1 for cell in row) + 2
        x = left + 15
        for width, cell in zip(widths, row):
            pdf.rect(x, y, width, height)
            for k, part in enumerate(cell.split("\n")):
                pdf.text(x + 1.5, y + LINE * (k + 1), part)
            x += width
        y += height


# how each kind draws a landscape page: the page's orientation, and the turn (degrees, counter-clockwise)
# and its centre, with the origin (left, top) the landscape page is drawn from
SIDEWAYS = {
    "landscape": ("L", None, (0, 0)),
    "up": ("P", (90, 0, A4[1]), (0, A4[1])),  # text runs up the sheet
    "down": ("P", (-90, A4[0], 0), (A4[0], 0)),  # text runs down the sheet
    "rotate flag": ("P", (90, 0, A4[1]), (0, A4[1])),  # drawn up the sheet, shown turned by /Rotate 90
}


def _with_rotate(src: bytes, pages: set[int], angle: int) -> bytes:
    """`src` (an uncompressed-dictionary fpdf2 PDF) with /Rotate `angle` on the `pages` (0-based), its xref rebuilt."""
    seen = iter(range(10 ** 6))
    body = re.sub(rb"/Type /Page\n", lambda m: m.group(0) + (b"/Rotate %d\n" % angle if next(seen) in pages else b""), src)
    head = body[:body.rindex(b"\nxref\n") + 1]
    offsets = {int(m.group(1)): m.start(1) for m in re.finditer(rb"(?m)^(\d+) 0 obj", head)}
    size = max(offsets) + 1
    xref = b"xref\n0 %d\n0000000000 65535 f \n" % size + b"".join(b"%010d 00000 n \n" % offsets[i] for i in range(1, size))
    trailer = body[body.index(b"trailer", len(head)):body.rindex(b"startxref")]
    return head + xref + trailer + b"startxref\n%d\n%%%%EOF\n" % len(head)


def _reprinted(src: Path, dst: Path, turn: int) -> None:
    """`src` printed to `dst` on portrait sheets: each landscape page placed turned `turn` degrees
    (counter-clockwise) on the sheet, as a printer-to-PDF does, with no /Rotate; the other pages as they are."""
    pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 (pdfplumber's) places the pages")
    pdf = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    for i in range(len(pdf)):
        width, height = pdf.get_page_size(i)
        if width <= height:
            out.import_pages(pdf, [i])
            continue
        placed = pdf.page_as_xobject(i, out).as_pageobject()
        turned = pdfium.PdfMatrix().rotate(turn, ccw=True)
        placed.transform(turned.translate(height, 0) if turn == 90 else turned.translate(0, width))
        sheet = out.new_page(height, width)
        sheet.insert_obj(placed)
        sheet.gen_content()
    out.save(str(dst))


def _plan(tmp_path: Path, kind: str) -> Path:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("Body", "", unicode_font())
    pdf.add_page()
    pdf.set_font("Body", size=13)
    for k, line in enumerate(PREAMBLE):
        pdf.text(20, 30 + 10 * k, line)
    orientation, turn, (left, top) = SIDEWAYS[kind]
    for title, widths, rows in (INDICATORS, TASKS):
        pdf.add_page(orientation=orientation)
        if turn:
            with pdf.rotation(*turn):
                _draw_table(pdf, left, top, title, widths, rows)
        else:
            _draw_table(pdf, left, top, title, widths, rows)
    path = tmp_path / f"{kind.replace(' ', '-')}.pdf"
    pdf.output(str(path))
    if kind == "rotate flag":
        path.write_bytes(_with_rotate(path.read_bytes(), {1, 2}, 90))
    return path


def _made(tmp_path: Path, kind: str) -> Path:
    """The plan PDF of `kind`: a way of `_plan`'s, or the twin printed on portrait sheets ("printed up",
    "printed down": `_reprinted`)."""
    if not kind.startswith("printed"):
        return _plan(tmp_path, kind)
    path = tmp_path / f"{kind.replace(' ', '-')}.pdf"
    _reprinted(_plan(tmp_path, "landscape"), path, 90 if kind.endswith("up") else 270)
    return path


@pytest.fixture(scope="module")
def twin(tmp_path_factory):
    return process_document(_plan(tmp_path_factory.mktemp("twin"), "landscape"))


def _facts(extraction) -> dict[str, list[dict]]:
    return {kind: [{k: v for k, v in row.items() if k != "doc_id"} for row in rows] for kind, rows in extraction.facts.items()}


def test_the_upright_twin_reads_its_tables(twin):
    """The measure the other kinds are held to reads what the tables say."""
    facts = _facts(twin)
    assert {"Sở Công Thương", "Sở Tài chính"} <= {row["name"] for row in facts["bodies"]}
    assert any("2026" in (row.get("date_raw") or "") for row in facts["deadlines"])
    assert any("nước sạch" in (row.get("indicator") or "") for row in facts["targets"])


@pytest.mark.parametrize("kind", ["up", "down", "printed up", "printed down", "rotate flag"])
def test_a_landscape_page_drawn_sideways_reads_as_its_upright_twin(tmp_path, twin, kind):
    path = _made(tmp_path, kind)
    assert read_document(path).tables == read_document(_plan(tmp_path, "landscape")).tables
    got = process_document(path)
    assert got.text == twin.text
    assert _facts(got) == _facts(twin)


LINES = ["Sở Tài chính chủ trì tham mưu, hoàn thành trong năm 2026.",
         "Các sở, ngành báo cáo kết quả thực hiện trước ngày 15/12/2026."]


def _page(tmp_path: Path, turn: int | None, stamp: bool) -> Path:
    """A page of two lines of upright text (with `stamp`, a signer's stamp of a few words set up the
    margin), or of the two lines drawn turned by `turn` degrees about the sheet's centre."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) writes the test PDFs")
    pdf = fpdf.FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_font("Body", "", unicode_font())
    pdf.add_page()
    pdf.set_font("Body", size=12)
    with pdf.rotation(turn or 0, A4[0] / 2, A4[1] / 2):
        for k, line in enumerate(LINES):
            pdf.text(40, A4[1] / 2 + 8 * k, line)
    if stamp:
        with pdf.rotation(90, 10, 250):
            pdf.set_font("Body", size=7)
            pdf.text(10, 250, "Ký bởi: Văn phòng Ủy ban nhân dân tỉnh")
    path = tmp_path / "page.pdf"
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("turn, stamp, seen", [
    (90, False, 90), (-90, False, 270), (180, False, 180),  # the whole page drawn turned
    (None, False, 0),  # upright text
    (None, True, 0),  # upright text with a stamp up the margin: a turned minority, the page stays
])
def test_the_turn_of_a_page_is_the_turn_most_of_its_text_runs_at(tmp_path, turn, stamp, seen):
    import pdfplumber

    with pdfplumber.open(str(_page(tmp_path, turn, stamp))) as pdf:
        assert page_turn(pdf.pages[0]) == seen


@pytest.mark.parametrize("turn", [90, -90, 180])
def test_a_page_drawn_turned_reads_its_lines_in_order(tmp_path, turn):
    lines = [line for line in read_document(_page(tmp_path, turn, False)).raw_text.split("\n") if line.strip("\f ")]
    assert lines == LINES


@pytest.mark.parametrize("turn", [90, -90, 180])
def test_a_turned_pages_characters_keep_their_font_size(tmp_path, turn):
    """pdfminer gives a character drawn a quarter turned the advance of its glyph for its size; turned
    back, its size is its font's again (the superscript and column readings compare sizes)."""
    import pdfplumber

    from pipeline.pdf_turn import upright

    with pdfplumber.open(str(_page(tmp_path, turn, False))) as pdf:
        sizes = {round(c["size"], 1) for c in upright(pdf.pages[0]).chars if c["text"].strip()}
    assert sizes == {12.0}


def test_a_stamp_up_the_margin_leaves_the_pages_lines_as_they_were(tmp_path):
    lines = read_document(_page(tmp_path, None, True)).raw_text.split("\n")
    assert lines[:2] == LINES

"""Reading every format and encoding; bad input gets a status and a message, never an exception."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.ingest import read_document
from tests.conftest import SEEDS

SEED = (SEEDS / "001_ab2903855aea0360.txt").read_text(encoding="utf-8")
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters precomposed, tone marks combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
            out += (base + "".join(c for c in decomposed if c in TONE_MARKS)).encode("cp1258", errors="replace")
    return bytes(out)


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", SEED.encode("utf-8")),
    ("utf-8-sig", b"\xef\xbb\xbf" + SEED.encode("utf-8")),
    ("utf-16", SEED.encode("utf-16")),
    ("windows-1258", to_cp1258(SEED)),
])
def test_text_encodings(tmp_path, encoding, data):
    path = tmp_path / "plan.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.status == "ok", doc.messages
    assert "Kế hoạch số 319/KH-UBND" in unicodedata.normalize("NFC", doc.raw_text)


def test_binary_file_fails_with_a_reason(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 40)
    doc = read_document(path)
    assert doc.status == "failed"
    assert doc.messages and ("not" in doc.messages[0])


def test_garbled_text_layer_fails(tmp_path):
    path = tmp_path / "mojibake.txt"
    path.write_text("6Ӣ CÔNG 7+ѬѪ1* (cid:54)(cid:1250) HÒA XÃ " * 50, encoding="utf-8")
    doc = read_document(path)
    assert doc.status == "failed"
    assert "garbled" in doc.messages[0] and "OCR" in doc.messages[0]


def test_lost_diacritics_is_a_warning(tmp_path):
    path = tmp_path / "ascii.txt"
    path.write_text("Ke hoach phat dong phong trao thi dua thuc hien nhiem vu phat trien kinh te xa hoi. " * 30)
    doc = read_document(path)
    assert doc.status == "warning"
    assert "diacritics" in doc.messages[0]


SHORT_PLAN = ("KE HOACH\nPhat trien kinh te so tinh Bac Ninh nam 2026\nI. MUC TIEU\n- Ty le ho ngheo giam xuong con 2% vao nam 2026.\n"
              "- Ty le che phu rung dat 42%.\nII. TO CHUC THUC HIEN\nGiao So Tai chinh chu tri, phoi hop voi So Noi vu "
              "trien khai; bao cao UBND tinh truoc ngay 15/12/2026.\n")


# A short plan (a few dozen words) that lost its diacritics is not "ok" either; the same plan with them is.
@pytest.mark.parametrize("text,status", [
    (SHORT_PLAN, "warning"),
    ("KẾ HOẠCH\nPhát triển kinh tế số tỉnh Bắc Ninh năm 2026\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm xuống còn 2% vào năm 2026.\n"
     "- Tỷ lệ che phủ rừng đạt 42%.\nII. TỔ CHỨC THỰC HIỆN\nGiao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ triển khai; "
     "báo cáo UBND tỉnh trước ngày 15/12/2026.\n", "ok"),
])
def test_short_text_without_diacritics_is_a_warning(tmp_path, text, status):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert doc.status == status
    assert status == "ok" or "diacritics" in doc.messages[0]


# Decomposed Unicode (NFD: a tone mark is its own character) is the same text as its NFC form: it
# has its diacritics, whatever its line ends; a text that lost them is still found out.
@pytest.mark.parametrize("text,status", [
    (unicodedata.normalize("NFD", SHORT_PLAN.replace("KE HOACH", "KẾ HOẠCH")), "warning"),
    (unicodedata.normalize("NFD", "KẾ HOẠCH\nNâng cao chất lượng giáo dục mầm non năm học 2025 - 2026\nI. MỤC TIÊU\n"
                           "- Tỷ lệ trẻ em 5 tuổi đến trường đạt 99,5%.\n- Huy động trẻ nhà trẻ ra lớp đạt 35%.\n"
                           "II. TỔ CHỨC THỰC HIỆN\nGiao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Tài chính; "
                           "báo cáo trước ngày 20/5/2026.\n"), "ok"),
    (unicodedata.normalize("NFD", "Phòng Văn hóa - Xã hội xã chủ trì tổ chức 03 lớp tập huấn cho cán bộ thôn, bản; "
                           "Ủy ban nhân dân xã bố trí kinh phí, hoàn thành trong quý II năm 2026.\r\n" * 3), "ok"),
])
def test_decomposed_text_keeps_its_diacritics(tmp_path, text, status):
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8", newline="")
    doc = read_document(path)
    assert doc.status == status
    assert status == "ok" or "diacritics" in doc.messages[0]


def test_missing_file_fails(tmp_path):
    doc = read_document(tmp_path / "nope.txt")
    assert doc.status == "failed" and "cannot read" in doc.messages[0]


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    import docx

    document = docx.Document()
    for line in SEED.splitlines()[:12]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("Chỉ tiêu", "Đơn vị", "Năm 2024"), ("Tỷ lệ che phủ rừng", "%", "51")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Nơi nhận: như trên.")
    path = tmp_path / "plan.docx"
    document.save(path)
    doc = read_document(path)
    assert doc.format == "docx" and doc.status == "ok", doc.messages
    assert "Tỷ lệ che phủ rừng\t%\t51" in doc.raw_text
    assert doc.raw_text.index("319/KH-UBND") < doc.raw_text.index("Tỷ lệ che phủ") < doc.raw_text.index("Nơi nhận")
    assert doc.tables[0].rows[1] == ("Tỷ lệ che phủ rừng", "%", "51")


def test_corrupt_docx_fails_with_a_reason(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    doc = read_document(path)
    assert doc.status == "failed" and "DOCX" in doc.messages[0]


def test_html_text(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text("<html><head><script>alert(1)</script></head><body><p>Căn cứ Nghị quyết số 09-NQ/TW</p>"
                    "<table><tr><td>Chỉ tiêu</td><td>51%</td></tr></table></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert "alert" not in doc.raw_text
    assert "Căn cứ Nghị quyết số 09-NQ/TW" in doc.raw_text and "Chỉ tiêu\t51%" in doc.raw_text


@pytest.mark.parametrize("body, shown", [
    # a portal that escapes twice: its source has "&amp;nbsp;", "&amp;lt;"; the references are decoded once more
    ("<p>Tỷ lệ hộ nghèo&amp;nbsp;giảm &amp;lt; 1%/năm</p>", "Tỷ lệ hộ nghèo\xa0giảm < 1%/năm"),
    ("<td>Đạt &amp;#8805; 95% số xã</td>", "Đạt ≥ 95% số xã"),
    # negatives: an ampersand in the shown text without a complete reference stays (was "Q¬es", "R&D©2025")
    ("<p>Quỹ Q&amp;notes; Trung tâm R&amp;D&amp;copy2025</p>", "Quỹ Q&notes; Trung tâm R&D&copy2025"),
    ("<p>Doanh nghiệp A &amp; B, chỉ số &amp;lt 5</p>", "Doanh nghiệp A & B, chỉ số &lt 5"),
])
def test_html_references_are_decoded_once(tmp_path, body, shown):
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    assert shown in read_document(path).raw_text


HTML_TABLE_ROWS = "TT\tChỉ tiêu\tNăm 2025\n1\tTỷ lệ che phủ rừng\t51%\n2\tSố xã đạt chuẩn nông thôn mới\t36/40 xã\n"


@pytest.mark.parametrize("markup", [
    # one line, no layout between tags (an editor's export)
    "<p>Mục tiêu</p><table><tr><th>TT</th><th>Chỉ tiêu</th><th>Năm 2025</th></tr>"
    "<tr><td>1</td><td>Tỷ lệ che phủ rừng</td><td>51%</td></tr>"
    "<tr><td>2</td><td>Số xã đạt chuẩn nông thôn mới</td><td>36/40 xã</td></tr></table><p>Tổ chức thực hiện</p>",
    # pretty-printed: line breaks and indentation between every tag and inside cells
    "<p>\n  Mục tiêu\n</p>\n<table>\n <tbody>\n  <tr>\n   <th>TT</th>\n   <th>\n    Chỉ tiêu\n   </th>\n"
    "   <th>Năm 2025</th>\n  </tr>\n  <tr>\n   <td>1</td>\n   <td>Tỷ lệ che phủ\n       rừng</td>\n   <td>51%</td>\n"
    "  </tr>\n  <tr>\n   <td>2</td>\n   <td>Số xã đạt chuẩn\n nông thôn mới</td>\n   <td>36/40 xã</td>\n  </tr>\n"
    " </tbody>\n</table>\n<p>Tổ chức thực hiện</p>",
    # a Windows crawl: CRLF and tabs between tags, paragraphs inside cells
    "<p>Mục tiêu</p>\r\n<table>\r\n\t<tr>\r\n\t\t<td><p>TT</p></td>\t<td><p>Chỉ tiêu</p></td>\r\n\t\t<td>Năm 2025</td>\r\n\t</tr>"
    "\r\n\t<tr><td>1</td>\r\n<td><p>Tỷ lệ che phủ rừng</p></td><td>51%</td></tr>\r\n"
    "\t<tr><td>2</td>\r\n<td><span>Số xã đạt chuẩn</span>\r\n<span>nông thôn mới</span></td><td>36/40 xã</td></tr>\r\n</table>"
    "\r\n<p>Tổ chức thực hiện</p>",
])
def test_html_table_rows_whatever_the_layout_between_tags(tmp_path, markup):
    path = tmp_path / "plan.html"
    path.write_text(f"<html>\n<body>\n{markup}\n</body>\n</html>", encoding="utf-8")
    text = read_document(path).raw_text
    assert "\n" + HTML_TABLE_ROWS in text, repr(text)
    assert "Mục tiêu\n" in text and "\nTổ chức thực hiện" in text


@pytest.mark.parametrize("markup, kept", [
    ("<pre>Điều 1.\n  Ban hành kế hoạch</pre>", "Điều 1.\n  Ban hành kế hoạch"),  # preformatted: its lines are the text's
    ("<p><b>Sở Y tế</b> <i>chủ trì</i></p>", "Sở Y tế chủ trì"),  # a space between inline tags is a space
    ("<table>\n<tr>\n<td></td>\n<td>Năm 2025</td>\n</tr>\n<tr><td>Tỷ lệ</td><td>51%</td></tr></table>",
     "\tNăm 2025\nTỷ lệ\t51%"),  # an empty first cell keeps its column
])
def test_html_whitespace_that_is_text_stays(tmp_path, markup, kept):
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    assert kept in read_document(path).raw_text


@pytest.mark.parametrize("markup, lines", [
    # a task table as pdftotext -layout wrote it, shown on a page as plain text: a continuation line's
    # indent puts it under its column
    ("<p>PHỤ LỤC</p>\n<pre>\nTT   Nhiệm vụ                   Cơ quan chủ trì      Thời gian\n"
     "1    Rà soát quy hoạch cây      Sở Xây dựng          Năm 2025\n     xanh đô thị\n</pre>\n<p>Nơi nhận:</p>",
     ["PHỤ LỤC", "TT   Nhiệm vụ                   Cơ quan chủ trì      Thời gian",
      "1    Rà soát quy hoạch cây      Sở Xây dựng          Năm 2025", "     xanh đô thị", "Nơi nhận:"]),
    # an indicator list aligned by spaces, with bold marks and an entity inside the block
    ("<div><pre>   Chỉ tiêu                       Năm 2025\n   <b>Tỷ lệ hộ nghèo</b>             d&#432;&#7899;i 1%\n"
     "   Số xã đạt chuẩn NTM            36 xã</pre></div>",
     ["   Chỉ tiêu                       Năm 2025", "   Tỷ lệ hộ nghèo             dưới 1%",
      "   Số xã đạt chuẩn NTM            36 xã"]),
])
def test_html_preformatted_layout_keeps_its_columns(tmp_path, markup, lines):
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    text = read_document(path).raw_text
    assert [line for line in text.split("\n") if line.strip()] == lines, repr(text)


@pytest.mark.parametrize("markup, line", [
    # outside a <pre>, runs of spaces and the markup's indentation are one space (as a browser shows them)
    ("<p>\n      1    Rà soát quy hoạch      Sở Xây dựng\n</p>", "1 Rà soát quy hoạch Sở Xây dựng"),
    ("<div>   Tỷ lệ hộ nghèo       dưới 1%   </div>", "Tỷ lệ hộ nghèo dưới 1%"),
])
def test_html_spaces_outside_pre_collapse(tmp_path, markup, line):
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    assert line in read_document(path).raw_text.split("\n")


@pytest.mark.parametrize("markup, lines", [
    # the national header as a Word page saved as HTML has it: a paragraph per line in each cell
    ("<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH HÀ TĨNH</p><p>-------</p></td>"
     "<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr>"
     "<tr><td>Số: 624/KH-UBND</td><td><i>Hà Tĩnh, ngày 19 tháng 11 năm 2025</i></td></tr></table><p>KẾ HOẠCH</p>",
     ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
      "Số: 624/KH-UBND", "Hà Tĩnh, ngày 19 tháng 11 năm 2025", "KẾ HOẠCH"]),
    # the closing on a portal: recipients beside the signature, lines broken by <br>
    ("<p>Yêu cầu các sở, ngành thực hiện.</p><table><tr><td><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</td>"
     "<td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br>Trần Văn Bình</td></tr></table>",
     ["Yêu cầu các sở, ngành thực hiện.", "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH", "Trần Văn Bình"]),
    # not a layout table: a small table of figures keeps its rows and cells (a break in a cell is a space)
    ("<table><tr><td>Chỉ tiêu</td><td>Năm 2025</td></tr><tr><td>Tỷ lệ<br>hộ nghèo</td><td>dưới 1%</td></tr></table>",
     ["Chỉ tiêu\tNăm 2025", "Tỷ lệ hộ nghèo\tdưới 1%"]),
    # a table of figures nested in a layout table (a portal's frame around the whole document) keeps its rows and cells
    ("<table><tr><td><p>KẾ HOẠCH</p><p>Phát triển kinh tế năm 2025</p><table><tr><td>TT</td><td>Chỉ tiêu</td>"
     "<td>Năm 2025</td></tr><tr><td>1</td><td>Tỷ lệ hộ<br>nghèo</td><td>dưới 1%</td></tr></table><p>Yêu cầu các sở thực hiện.</p>"
     "</td></tr><tr><td><p>Nơi nhận:</p><p>- Như trên;</p></td><td><p>TM. ỦY BAN NHÂN DÂN</p></td></tr></table>",
     ["KẾ HOẠCH", "Phát triển kinh tế năm 2025", "TT\tChỉ tiêu\tNăm 2025", "1\tTỷ lệ hộ nghèo\tdưới 1%",
      "Yêu cầu các sở thực hiện.", "Nơi nhận:", "- Như trên;", "TM. ỦY BAN NHÂN DÂN"]),
    ("<table><tr><td><p>Nơi nhận:</p><table><tr><td>STT</td><td>Đơn vị</td></tr><tr><td>1</td><td>Sở Y tế</td></tr>"
     "</table></td><td><p>KT. CHỦ TỊCH</p></td></tr></table>",
     ["Nơi nhận:", "STT\tĐơn vị", "1\tSở Y tế", "KT. CHỦ TỊCH"]),
    # nor a wide one that mentions a signature in a row of a task table
    ("<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Chủ trì</td><td>Thời gian</td></tr>"
     "<tr><td>1</td><td>TM. Ban Chỉ đạo<br>ký ban hành quy chế</td><td>Sở Nội vụ</td><td>Quý I/2026</td></tr></table>",
     ["TT\tNhiệm vụ\tChủ trì\tThời gian", "1\tTM. Ban Chỉ đạo ký ban hành quy chế\tSở Nội vụ\tQuý I/2026"]),
])
def test_html_layout_tables_read_cell_after_cell(tmp_path, markup, lines):
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    text = read_document(path).raw_text
    assert [line for line in text.split("\n") if line.strip()] == lines, repr(text)


def test_html_layout_table_around_a_long_document_reads_in_linear_time(tmp_path):
    # a portal's one-cell frame around a whole document that closes with "Nơi nhận:": thousands of line breaks in the
    # cell (each looked up among the others, it took 14 s for these 780 kB; read once each, well under a second)
    import time

    body = "".join(f"<p>Đoạn {i}: Sở Y tế chủ trì<br>triển khai nhiệm vụ số {i}.</p>" for i in range(12000))
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body><table><tr><td>{body}<p>Nơi nhận:</p><p>- Như trên;</p></td></tr></table></body></html>",
                    encoding="utf-8")
    started = time.perf_counter()
    text = read_document(path).raw_text
    assert time.perf_counter() - started < 5
    assert "Đoạn 11999: Sở Y tế chủ trì\ntriển khai nhiệm vụ số 11999." in text


@pytest.mark.parametrize("frame", [
    "<nav><ul><li>Trang chủ</li><li>Văn bản pháp luật</li></ul></nav>",
    "<aside><h3>Văn bản liên quan</h3><p>Quyết định 12/QĐ-UBND</p></aside><button>Tải về</button>",
])
def test_html_portal_menus_are_not_the_document(tmp_path, frame):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><form id='form1'>{frame}<div class='content'><p>Căn cứ Nghị quyết số 09-NQ/TW</p>"
                    "<p>Tỷ lệ che phủ rừng đạt 51%.</p></div></form></body></html>", encoding="utf-8")
    text = read_document(path).raw_text
    assert "Căn cứ Nghị quyết số 09-NQ/TW" in text and "Tỷ lệ che phủ rừng đạt 51%." in text  # inside the <form>
    for chrome in ("Trang chủ", "Văn bản liên quan", "12/QĐ-UBND", "Tải về"):
        assert chrome not in text


def test_pdf_pages_and_tables(field_dir):
    doc = read_document(field_dir / "pdf" / "ninhbinh_196-KH-UBND_2024-11-04_cong-nghiep-van-hoa.pdf")
    assert doc.status == "ok", doc.messages
    assert len(doc.page_starts) == 9 and doc.page_starts[0] == 0
    assert not doc.tables  # its ruled boxes frame paragraphs: not tables
    assert "KẾ HOẠCH" in doc.raw_text[: doc.page_starts[1]]


def test_pdf_ruled_table_replaces_its_text_layer(field_dir):
    doc = read_document(field_dir / "pdf" / "ninhbinh_193-KH-UBND_2024-11-01_cay-xanh.pdf")
    assert doc.tables and all(t.page == 4 or t.page == 5 for t in doc.tables)
    assert doc.tables[0].rows[0] == ("TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")
    row = "\t".join(doc.tables[0].rows[5])
    assert row.startswith("5\tNghiên cứu bổ sung chức năng, nhiệm vụ, nguồn lực cho Quỹ") and row.endswith("\tQuý I/2025")
    at = doc.raw_text.index(row)
    assert doc.page_starts[3] <= at < doc.page_starts[4]  # on its page


def test_pdf_with_broken_font_mapping_is_read_by_ocr_or_fails(field_dir, monkeypatch):
    """Read by OCR where Tesseract is installed; without it, failed with a message saying to OCR it."""
    from pipeline import ingest

    path = field_dir / "pdf" / "laocai_1105-KH-DKT_2026-03-10_kiem-tra-VLNCN_broken-text-layer.pdf"
    if ingest.tesseract_vie():
        doc = read_document(path)
        assert doc.status == "warning" and "garbled text layer" in doc.messages[0], doc.messages
        assert "KẾ HOẠCH" in doc.raw_text and "(cid:" not in doc.raw_text
    monkeypatch.setattr(ingest, "tesseract_vie", lambda: None)
    doc = read_document(path)
    assert doc.status == "failed" and "OCR" in doc.messages[0]


def test_scanned_pdf_with_ocr_layer_is_a_warning(field_dir):
    doc = read_document(field_dir / "pdf" / "ninhbinh_968-QD-UBND_2024-11-04_scanned-OCR-layer_not-a-plan.pdf")
    assert doc.status == "warning" and "scanned image" in doc.messages[0]


def test_scanned_pdf_without_text_fails(tmp_path):
    pytest.importorskip("pdfplumber")
    from pypdfium2 import PdfDocument  # ships with pdfplumber

    pdf = PdfDocument.new()
    pdf.new_page(595, 842)
    path = tmp_path / "blank.pdf"
    pdf.save(str(path))
    doc = read_document(path)
    assert doc.status == "failed" and ("no usable text" in doc.messages[0] or "no text layer" in doc.messages[0])


# --- garbled text is never `ok` -------------------------------------------------------


def to_legacy_font_encoding(text: str, name: str) -> bytes:
    """Bytes as a TCVN3 (ABC) or VNI font encoding stores them (tables from viparse)."""
    module = pytest.importorskip(f"viparse.normalize.{name}")
    surface: dict[str, str] = {}
    for src, dst in module._ENTRIES:
        surface.setdefault(dst, src)
    return "".join(surface.get(ch, surface.get(ch.lower(), ch)) for ch in unicodedata.normalize("NFC", text)).encode("cp1252")


PHRASE = "kế hoạch số 319/kh-ubnd"


REPAIRABLE = [
    ("mojibake-cp1252", SEED.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"), "warning", "mis-decoded"),
    ("mojibake-latin1", SEED.encode("utf-8").decode("latin-1").encode("utf-8"), "warning", "mis-decoded"),
    ("tcvn3", to_legacy_font_encoding(SEED, "tcvn3"), None, "TCVN3"),
    ("vni", to_legacy_font_encoding(SEED, "vni"), None, "VNI"),
    ("utf-16-cut-short", SEED.encode("utf-16")[:-1], "warning", "cut short"),
]


@pytest.mark.parametrize("name, data, status, says", REPAIRABLE, ids=[c[0] for c in REPAIRABLE])
def test_repairable_text_is_repaired_and_says_so(tmp_path, name, data, status, says):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.status != "failed" and (status is None or doc.status == status), doc.messages
    assert any(says in m for m in doc.messages), doc.messages
    assert PHRASE in unicodedata.normalize("NFC", doc.raw_text).lower()


# TCVN3 has no toned capitals: a heading set in a capitals font comes back "Kế HOạCH"; it is in capitals again.
@pytest.mark.parametrize("heading, text", [
    ("KẾ HOẠCH", "Phát động phong trào thi đua năm 2026"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao chất lượng phục vụ người dân và doanh nghiệp"),
    ("NGHỊ QUYẾT", "Về kế hoạch phát triển kinh tế - xã hội năm 2026"),
])
def test_tcvn3_headings_are_capitals_again(tmp_path, heading, text):
    body = f"{heading}\n{text}\nSố: 74/KH-UBND\n" + SEED
    path = tmp_path / "plan.txt"
    path.write_bytes(to_legacy_font_encoding(body, "tcvn3"))
    lines = unicodedata.normalize("NFC", read_document(path).raw_text).split("\n")
    assert lines[0] == heading
    assert lines[1] == text  # a line of text keeps its small letters
    assert lines[2] == "Số: 74/KH-UBND"  # a line without a capitals word stays


def test_tcvn3_text_keeps_its_layout(tmp_path):
    """Columns of a space-aligned table, a page break and an indent survive the conversion."""
    body = ("TT     Nhiệm vụ                 Cơ quan chủ trì      Thời gian\n"
            "1      Rà soát quy hoạch        Sở Xây dựng          Quý I/2026\n\f"
            "     - Tổ chức tập huấn cho cán bộ\n\n\nSố 104-CTr/TU NGÀY 30/8/2026\n") + SEED
    path = tmp_path / "plan.txt"
    path.write_bytes(to_legacy_font_encoding(body, "tcvn3"))
    raw = unicodedata.normalize("NFC", read_document(path).raw_text)
    assert raw.startswith(body.split("\f")[0] + "\f     - Tổ chức tập huấn cho cán bộ\n\n\n")
    assert "Số 104-CTr/TU NGÀY 30/8/2026" in raw


UNTRUSTED = [
    ("lossy", SEED.encode("cp1252", errors="replace"), "warning", "replaced by '?'", None),
    ("replacement-chars", SEED.replace("ế", "\ufffd").replace("ạ", "\ufffd").encode("utf-8"), "warning", "could not be decoded", None),
    ("binary", bytes(range(256)) * 40, "failed", "not a text file", "re-save"),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "failed", "PNG image", "re-save"),
    ("empty", b"", "failed", "empty", "OCR"),
    ("whitespace", b"\n  \n", "failed", "empty", "OCR"),
    ("mojibake-beyond-repair", "6Ӣ CÔNG 7+ѬѪ1* (cid:54) HÒA XÃ ".encode("utf-8") * 50, "failed", "garbled", None),
]


@pytest.mark.parametrize("name, data, status, says, never", UNTRUSTED, ids=[c[0] for c in UNTRUSTED])
def test_text_that_cannot_be_trusted_is_never_ok(tmp_path, name, data, status, says, never):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.status == status and any(says in m for m in doc.messages), doc.messages
    assert never is None or not any(never in m for m in doc.messages), doc.messages


def test_clean_vietnamese_words_are_well_formed_syllables():
    from pipeline.quality import is_syllable, syllable_share

    for word in ("Kế", "hoạch", "nghiêng", "khuyến", "ngoài", "quyết", "giữa", "ĐẢNG", "Thuận", "trường"):
        assert is_syllable(word), word
    for word in ("Ã¡ng", "Ä©nh", "tháºng", "hoáº¡ch", "Ạá"):
        assert not is_syllable(word), word
    assert syllable_share(SEED) > 0.95


@pytest.mark.parametrize("suffix, data, read_as", [
    (".docx", SEED.encode("utf-8"), "txt"),
    (".pdf", SEED.encode("utf-8"), "txt"),
], ids=["docx", "pdf"])
def test_a_misnamed_file_is_read_as_what_it_is(tmp_path, suffix, data, read_as):
    path = tmp_path / f"plan{suffix}"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.status == "warning" and "Package not found" not in " ".join(doc.messages)
    assert doc.format == read_as and "rename" in doc.messages[0]
    assert "319/KH-UBND" in doc.raw_text


def test_a_docx_named_txt_is_read_as_docx(tmp_path):
    import docx

    document = docx.Document()
    for line in SEED.splitlines()[:12]:
        document.add_paragraph(line)
    path = tmp_path / "plan.txt"
    document.save(path)
    doc = read_document(path)
    assert doc.format == "docx" and doc.status == "warning" and "319/KH-UBND" in doc.raw_text


@pytest.mark.parametrize("text", [
    "Kế hoạch số 12/KH-UBND", "abc123 x_y Ωmega Привет", "", "1 2 3", "Thu?n n?m",
    "Phát triển kinh tế " * 30_000,  # longer than the syllable sample: counted a part at a time
])
def test_letters_are_counted_as_the_letter_pattern_finds_them(text):
    from pipeline.ingest import LETTER
    from pipeline.quality import letter_count

    assert letter_count(text) == len(LETTER.findall(text))


def test_the_syllable_share_counts_each_word_with_a_non_ascii_letter():
    from pipeline.quality import NON_ASCII, WORD, is_syllable, syllable_share

    text = SEED[:5000] + " Káº¿ hoáº¡ch ngÆ°á»i"
    words = [w for w in WORD.findall(text) if NON_ASCII.search(w)]
    assert syllable_share(text) == sum(1 for w in words if is_syllable(w)) / len(words)


# --- an HTML rowspan: the rows under it keep their columns (an empty cell where it spans down) ---

@pytest.mark.parametrize("markup, rows", [
    # a group label merged down over its measures
    ('<table><tr><th>TT</th><th>Cây trồng</th><th>Chỉ tiêu</th><th>Kế hoạch 2026</th></tr>'
     '<tr><td rowspan="2">1</td><td rowspan="2">Cà phê</td><td>Diện tích</td><td>12.000</td></tr>'
     '<tr><td>Sản lượng</td><td>30.000</td></tr></table>',
     ["TT\tCây trồng\tChỉ tiêu\tKế hoạch 2026", "1\tCà phê\tDiện tích\t12.000", "\t\tSản lượng\t30.000"]),
    # a lead body merged down over two tasks, in the middle of the row
    ('<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Chủ trì</td><td>Thời gian</td></tr>'
     '<tr><td>1</td><td>Tuyên truyền</td><td rowspan="2">Sở Y tế</td><td>Quý I/2026</td></tr>'
     '<tr><td>2</td><td>Kiểm tra</td><td>Quý III/2026</td></tr></table>',
     ["TT\tNhiệm vụ\tChủ trì\tThời gian", "1\tTuyên truyền\tSở Y tế\tQuý I/2026", "2\tKiểm tra\t\tQuý III/2026"]),
    # a two-row header: cells merged down beside a group merged across
    ('<table><tr><td rowspan="2">TT</td><td rowspan="2">Chỉ tiêu</td><td colspan="2">Mục tiêu</td></tr>'
     '<tr><td>2026</td><td>2027</td></tr><tr><td>1</td><td>Tỷ lệ hộ nghèo</td><td>4</td><td>3,5</td></tr></table>',
     ["TT\tChỉ tiêu\tMục tiêu\t", "\t\t2026\t2027", "1\tTỷ lệ hộ nghèo\t4\t3,5"]),
])
def test_html_rowspan_keeps_columns(tmp_path, markup, rows):
    path = tmp_path / "plan.html"
    path.write_text(f"<html><body><p>Phụ lục</p>{markup}<p>Nơi nhận:</p></body></html>", encoding="utf-8")
    text = read_document(path).raw_text
    assert "\n".join(rows) in text, repr(text)


def test_html_rowspan_ends_with_its_table(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text('<html><body><table><tr><td rowspan="5">A</td><td>b</td></tr><tr><td>c</td></tr></table>'
                    '<table><tr><td>q</td><td>r</td></tr></table></body></html>', encoding="utf-8")
    assert "\nq\tr" in read_document(path).raw_text


@pytest.mark.parametrize("text", [
    "Kế hoạch số 12 (cid:54)(cid:7) năm 2026", "Sở Y tế \ufffd\ufffd phối hợp \u0416\u0436 и", "(ci\ufffdd:5) đạt 95%",
    "ổn định \x01\x1f\ue000 tăng", "Tỷ lệ hộ nghèo giảm còn 2%", "",
])
def test_unmapped_glyphs_are_the_foreign_script_patterns_matches(text):
    """`_unmapped` counts from the text's distinct characters (`quality.characters`, shared with the word counts) what a
    scan by FOREIGN_SCRIPT finds once U+FFFD is taken out."""
    from pipeline.ingest import FOREIGN_SCRIPT, LETTER, _unmapped
    from pipeline.quality import characters

    assert _unmapped(text) == (len(FOREIGN_SCRIPT.findall(text.replace("\ufffd", ""))), len(LETTER.findall(text)))
    assert characters(text) == frozenset(text) and characters(text + "x") == frozenset(text + "x")

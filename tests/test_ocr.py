"""Scanned PDFs: pages without a text layer are read by Tesseract's Vietnamese model (when installed),
only those pages; the document is a warning "read by OCR" and every fact keeps its page; without
Tesseract the message says what to install."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import ingest
from pipeline.ingest import read_document
from pipeline.process import process_document

FONT_PATHS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
)
PAGE_1 = [
    "KẾ HOẠCH",
    "Phát triển kinh tế - xã hội năm 2025",
    "I. MỤC TIÊU",
    "1. Tốc độ tăng trưởng kinh tế đạt 8%.",
    "2. Tỷ lệ che phủ rừng đạt 42%.",
]
PAGE_2 = [
    "II. CHỈ TIÊU XÃ HỘI",
    "1. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.",
    "2. Tỷ lệ hộ nghèo giảm 1,5%.",
    "3. Số bác sĩ trên 1 vạn dân đạt 12 bác sĩ.",
]


def needs_tesseract() -> str:
    exe = ingest.tesseract_vie()
    if not exe:
        pytest.skip("Tesseract with its Vietnamese model is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
    return exe


def font(size: int):
    from PIL import ImageFont

    for path in FONT_PATHS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    pytest.skip("no TrueType font with Vietnamese glyphs found to draw a test scan (fonts-dejavu-core)")


def page_image(lines: list[str]):
    """An A4 page at 150 dpi with the lines drawn in black on white: a scan without a text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    face = font(30)
    for i, line in enumerate(lines):
        draw.text((120, 150 + 60 * i), line, fill="black", font=face)
    return image


def scanned_pdf(path: Path, pages: list[list[str]]) -> Path:
    images = [page_image(lines) for lines in pages]
    images[0].save(path, save_all=True, append_images=images[1:], resolution=150)
    return path


def text_layer_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with a real text layer (Helvetica, ASCII), written by hand."""
    content = "BT /F1 12 Tf 72 770 Td 16 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)
    return path


def joined(*paths: Path, out: Path) -> Path:
    from pypdfium2 import PdfDocument

    pdf = PdfDocument.new()
    for p in paths:
        pdf.import_pages(PdfDocument(str(p)))
    pdf.save(str(out))
    return out


def test_a_scanned_plan_is_read_by_ocr_and_facts_keep_their_pages(tmp_path):
    needs_tesseract()
    path = scanned_pdf(tmp_path / "scan.pdf", [PAGE_1, PAGE_2])
    doc = read_document(path)
    assert doc.status == "warning" and "read by OCR" in doc.messages[0], doc.messages
    assert len(doc.page_starts) == 2
    page1, page2 = doc.raw_text[: doc.page_starts[1]], doc.raw_text[doc.page_starts[1]:]
    assert "che phủ rừng" in page1 and "bảo hiểm y tế" in page2
    extraction = process_document(path)
    assert extraction.document.status == "warning" and "read by OCR" in extraction.document.message
    pages = {row["indicator_id"]: row["page"] for row in extraction.facts["targets"] if row["indicator_id"]}
    assert pages.get("forest_cover") == 1 and pages.get("health_insurance_coverage") == 2, pages


def test_a_mixed_pdf_reads_only_its_scanned_pages_by_ocr(tmp_path):
    needs_tesseract()
    typed = ["Ke hoach trien khai thuc hien nhiem vu nam 2025 cua Uy ban nhan dan tinh",
             "Muc tieu chung va cac chi tieu chu yeu cua ke hoach"]
    text_page = text_layer_pdf(tmp_path / "typed.pdf", typed)
    scan_page = scanned_pdf(tmp_path / "scan.pdf", [PAGE_2])
    path = joined(text_page, scan_page, out=tmp_path / "mixed.pdf")
    doc = read_document(path)
    assert doc.status == "warning"
    assert "1 of 2 pages (2)" in doc.messages[0], doc.messages
    assert typed[0] in doc.raw_text[: doc.page_starts[1]]  # the text layer, as it was
    assert "bảo hiểm y tế" in doc.raw_text[doc.page_starts[1]:]


def test_a_pdf_with_a_text_layer_is_not_ocred(tmp_path, monkeypatch):
    path = text_layer_pdf(tmp_path / "typed.pdf", ["Ke hoach trien khai thuc hien nhiem vu nam 2025 cua Uy ban nhan dan tinh"])
    monkeypatch.setattr(ingest, "ocr_pdf_pages", lambda *a: pytest.fail("OCR ran on a page with a text layer"))
    doc = read_document(path)
    assert "Ke hoach trien khai" in doc.raw_text and not any("OCR" in m for m in doc.messages)


def test_without_tesseract_the_message_says_what_to_install(tmp_path, monkeypatch):
    from PIL import Image

    monkeypatch.setattr(ingest, "tesseract_vie", lambda: None)
    path = tmp_path / "scan.pdf"
    Image.new("RGB", (1240, 1754), "white").save(path, resolution=150)
    doc = read_document(path)
    assert doc.status == "failed"
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in doc.messages[0], doc.messages


def test_a_two_page_scan_of_a_real_plan_is_read(field_dir, tmp_path):
    """The bar: page images only (no text layer) of a real plan PDF, read with more than 1,500 characters."""
    needs_tesseract()
    from PIL import Image  # noqa: F401  (pypdfium2 renders to Pillow images)
    from pypdfium2 import PdfDocument

    source = field_dir / "pdf" / "ninhbinh_193-KH-UBND_2024-11-01_cay-xanh.pdf"
    if not source.exists():
        pytest.skip(f"{source.name} not in the field corpus")
    pdf = PdfDocument(str(source))
    images = [pdf[i].render(scale=150 / 72).to_pil().convert("RGB") for i in range(2)]
    path = tmp_path / "scan.pdf"
    images[0].save(path, save_all=True, append_images=images[1:], resolution=150)
    doc = read_document(path)
    assert doc.status != "failed" and "read by OCR" in doc.messages[0]
    assert len(doc.raw_text) > 1500 and "KẾ HOẠCH" in doc.raw_text


# A text layer whose glyphs map to no letter, as pdfplumber gives it: each page is read by OCR instead.
@pytest.mark.parametrize("text, garbled", [
    # a font without its Unicode table: glyph numbers where letters should be, a few plain words between
    ("(cid:54)(cid:1250) CÔNG (cid:55)(cid:43)(cid:1132)(cid:1130)(cid:49)(cid:42) (cid:38)(cid:1244)(cid:49)(cid:42) HÒA XÃ "
     "(cid:43)(cid:1244)(cid:44) (cid:38)(cid:43)(cid:1258) (cid:49)(cid:42)(cid:43)(cid:428)(cid:36) NAM", True),
    # a font that maps its letters into the private use area
    ("\ue021\ue034\ue04a \ue012\ue03f\ue051 ho\ue07ach th\ue0a1c hi\ue0b3n nhi\ue0c2m v\ue0d1 n\ue0e4m 2025 c\ue0f2a t\ue101nh", True),
    # clean Vietnamese, and a clean page with one stray glyph
    ("KẾ HOẠCH Triển khai thực hiện Chỉ thị số 30/CT-TTg ngày 29/8/2024 của Thủ tướng Chính phủ", False),
    ("Tổ chức phổ biến, quán triệt thực hiện Chỉ thị số 30/CT-TTg cho cán bộ, đảng viên (cid:3) tạo sự thống nhất cao "
     "trong nhận thức và hành động để triển khai hiệu quả các nhiệm vụ phát triển công nghiệp văn hóa.", False),
])
def test_a_garbled_text_layer_is_told_from_a_clean_one(text, garbled):
    assert ingest._garbled_layer(text) is garbled


def test_only_the_pages_of_a_garbled_layer_go_to_ocr(field_dir, monkeypatch):
    """The OCR reads exactly the pages whose layer is garbled, and the note says why."""
    asked: list[int] = []

    def fake_ocr(path, pages, exe):
        asked.extend(pages)
        return {n: "KẾ HOẠCH kiểm tra việc chấp hành quy định pháp luật trên địa bàn tỉnh Lào Cai" for n in pages}

    monkeypatch.setattr(ingest, "tesseract_vie", lambda: "tesseract")
    monkeypatch.setattr(ingest, "ocr_pdf_pages", fake_ocr)
    garbled = read_document(field_dir / "pdf" / "laocai_1105-KH-DKT_2026-03-10_kiem-tra-VLNCN_broken-text-layer.pdf")
    assert asked == [1, 2, 3, 4, 5, 6] and "garbled text layer" in garbled.messages[0]
    asked.clear()
    clean = read_document(field_dir / "pdf" / "ninhbinh_196-KH-UBND_2024-11-04_cong-nghiep-van-hoa.pdf")
    assert asked == [] and clean.status == "ok"

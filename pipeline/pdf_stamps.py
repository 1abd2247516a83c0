"""Text a PDF draws in an annotation's appearance, not in the page's content: read as the page's text.

A plan signed digitally is numbered and dated at signing: the signing software (the Government's CA, Ban Cơ yếu
Chính phủ, and the e-office systems that use it) stamps the number into the blank the form leaves before the symbol
("Số:      /KH-UBND") and the day into the date ("ngày      tháng 11 năm 2024") as signature fields (widget
annotations) whose appearance draws the figures as text, on top of the page (Nghị định 30/2020/NĐ-CP, Điều 14 and
Phụ lục I: the number and the date of a document; Luật Giao dịch điện tử 2023: a signed electronic document). The
page's text layer leaves those annotations out, so the plan read from the PDF had no number and no day. A viewer,
a printer and a text copy made from the PDF show them: the glyphs an annotation's appearance draws (one that is
printed and not hidden) are read as characters of the page, where the appearance puts them.
"""
from __future__ import annotations

ANNOT_HIDDEN, ANNOT_PRINT, ANNOT_NO_VIEW = 2, 4, 32  # annotation flags (PDF 32000-1:2008, 12.5.3)
NOT_DRAWN = {"Link", "Popup"}  # annotation types whose appearance is no text of the page


def _name(value) -> str:
    return getattr(value, "name", value) if value is not None else ""


def _appearance(annot: dict):
    """The annotation's normal appearance stream (of its current state where it has several), or None."""
    from pdfminer.pdftypes import PDFStream, resolve1

    normal = resolve1((resolve1(annot.get("AP")) or {}).get("N"))
    if isinstance(normal, dict):
        normal = resolve1(normal.get(_name(resolve1(annot.get("AS")))))
    return normal if isinstance(normal, PDFStream) else None


def _placement(stream, rect) -> tuple[float, ...] | None:
    """The matrix that sets the appearance's box (its BBox through its Matrix) on the annotation's rectangle
    (PDF 32000-1:2008, 12.5.5), or None where either is empty."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import apply_matrix_pt

    bbox = [float(v) for v in resolve1(stream.get("BBox")) or ()]
    matrix = tuple(float(v) for v in resolve1(stream.get("Matrix")) or (1, 0, 0, 1, 0, 0))
    if len(bbox) != 4 or len(rect) != 4:
        return None
    corners = [apply_matrix_pt(matrix, (x, y)) for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]
    bx0, by0 = min(x for x, _ in corners), min(y for _, y in corners)
    bx1, by1 = max(x for x, _ in corners), max(y for _, y in corners)
    rx0, ry0, rx1, ry1 = min(rect[0], rect[2]), min(rect[1], rect[3]), max(rect[0], rect[2]), max(rect[1], rect[3])
    if bx1 <= bx0 or by1 <= by0 or rx1 <= rx0 or ry1 <= ry0:
        return None
    sx, sy = (rx1 - rx0) / (bx1 - bx0), (ry1 - ry0) / (by1 - by0)
    return (sx, 0.0, 0.0, sy, rx0 - sx * bx0, ry0 - sy * by0)


def _stamp_chars(page) -> list[dict]:
    """The characters the page's printed, visible annotations draw in their appearances, as pdfplumber's chars."""
    from pdfminer.pdfinterp import PDFPageInterpreter
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import mult_matrix
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    annots = resolve1(getattr(page.page_obj, "annots", None)) or []
    shown = []
    for ref in annots if isinstance(annots, list) else []:
        annot = resolve1(ref)
        if not isinstance(annot, dict) or _name(resolve1(annot.get("Subtype"))) in NOT_DRAWN:
            continue
        flags = int(resolve1(annot.get("F")) or 0)
        if flags & (ANNOT_HIDDEN | ANNOT_NO_VIEW) or not flags & ANNOT_PRINT:
            continue
        stream = _appearance(annot)
        rect = [float(v) for v in resolve1(annot.get("Rect")) or ()]
        placed = _placement(stream, rect) if stream is not None else None
        if placed is not None:
            shown.append((stream, placed))
    if not shown:
        return []
    page_obj = page.page_obj
    x0, y0, x1, y1 = page_obj.mediabox
    ctm = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1), 270: (0, 1, -1, 0, y1, -x0)}.get(
        page_obj.rotate, (1, 0, 0, 1, -x0, -y0))
    device = PDFPageAggregatorWithMarkedContent(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    interpreter = PDFPageInterpreter(page.pdf.rsrcmgr, device)
    device.begin_page(page_obj, ctm)
    for stream, placed in shown:  # as a form XObject is drawn (pdfminer's do_Do), its box on the rectangle
        matrix = tuple(float(v) for v in resolve1(stream.get("Matrix")) or (1, 0, 0, 1, 0, 0))
        resources = resolve1(stream.get("Resources"))
        interpreter.render_contents(resources if isinstance(resources, dict) else {}, [stream],
                                    ctm=mult_matrix(matrix, mult_matrix(placed, ctm)))
    device.end_page(page_obj)
    return [o for o in page.iter_layout_objects(device.get_result()._objs) if o["object_type"] == "char"]


def stamped(page):
    """The page with the characters its annotations' appearances draw (`_stamp_chars`) that fill a blank on a line
    of the page's own text (the number beside "Số:", the day beside "ngày") among its own; not one that stands on
    no line of the page (the signature's own label: the signing body and the time it signed, "Tỉnh Ninh Bình
    01/11/2024 17:30:19", above the national header) nor one that lies on a printed character of the page (a form
    field whose value the page prints as well). The page as it is where no annotation draws such text, or where an
    appearance cannot be read."""
    from pipeline.pdf_layout import with_objects

    if not getattr(page.page_obj, "annots", None):
        return page
    try:
        chars = _stamp_chars(page)
    except Exception:  # an odd or broken appearance stream: the page's own text stays
        return page
    if not chars:
        return page
    own = page.chars
    printed = [o for o in own if o["text"].strip()]  # a blank's space glyphs are no text the stamp lies on

    def covered(c: dict) -> bool:
        mx, my = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return any(o["x0"] <= mx <= o["x1"] and o["top"] <= my <= o["bottom"] for o in printed)

    def on_a_line(c: dict) -> bool:
        middle, half = (c["top"] + c["bottom"]) / 2, (c["bottom"] - c["top"]) / 2
        return any(abs((o["top"] + o["bottom"]) / 2 - middle) <= half for o in printed)

    added = [c for c in chars if on_a_line(c) and not covered(c)]
    if not any(c["text"].strip() for c in added):
        return page
    objects = dict(page.objects)
    objects["char"] = [*own, *added]
    return with_objects(page, objects)

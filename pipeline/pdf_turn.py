"""A page whose text is drawn turned, read as the page it was drawn from.

Vietnamese plans often set their appendix tables (chỉ tiêu, nhiệm vụ, phân công) on landscape pages.
A Word or LibreOffice landscape section comes out as a landscape page (a wide MediaBox), or as a
portrait page with a /Rotate flag, which pdfplumber applies: both read well. But a printer-to-PDF
(or a scanner's OCR layer) may draw the landscape page turned a quarter on a portrait sheet, with a
rotation in the text matrix and no /Rotate: pdfplumber then reads each word on a line of its own,
or its letters backwards ("6202 măN uêit ỉhC TT"), and finds the table's columns as rows.

`upright` reads the turn from the characters' text matrices: where most of a page's printed
characters run one way other than left to right (up, down, or upside down), it gives the page with
every object (characters, rules, boxes, curves, images) turned back by that angle, so the text and
the table are read as on the page that was drawn. A page whose text runs left to right, with a turned
minority (a signature stamp or a note up the margin), stays as it is.
"""
from __future__ import annotations

import math
from collections import Counter

from pipeline.pdf_layout import with_objects

# The share of a page's printed characters that must run one turned way for the page to be turned back.
TURNED_SHARE = 0.5


def _turn_of(char: dict) -> int:
    """The angle (0, 90, 180 or 270 degrees, counter-clockwise) the character's baseline runs at."""
    a, b = char["matrix"][0], char["matrix"][1]
    if a == 0 and b == 0:
        return 0
    return round(math.degrees(math.atan2(b, a)) / 90) % 4 * 90


def page_turn(page) -> int:
    """The angle most of the page's printed characters run at (0 where most run left to right, or
    no one angle holds TURNED_SHARE of them)."""
    turns = Counter(_turn_of(c) for c in page.chars if c["text"].strip() and c.get("matrix"))
    if not turns:
        return 0
    turn, count = turns.most_common(1)[0]
    return turn if turn and count > TURNED_SHARE * sum(turns.values()) else 0


# Points are rounded to this many decimals once turned: a turn computed in floating point (cos 90° =
# 6e-17) leaves a rule's two ends a hair apart, and pdfplumber takes a curve's segment for a rule
# only where its ends share an x or a y exactly.
PLACES = 3


def _mover(turn: int, width: float, height: float):
    """The map of a point (x, top) of the page to the point of the page turned back by `turn`."""
    if turn == 90:  # text runs up the sheet: the drawn page's top is the sheet's left edge
        return lambda x, top: (round(height - top, PLACES), round(x, PLACES))
    if turn == 270:  # text runs down the sheet: the drawn page's top is the sheet's right edge
        return lambda x, top: (round(top, PLACES), round(width - x, PLACES))
    return lambda x, top: (round(width - x, PLACES), round(height - top, PLACES))  # 180: upside down


def _turned(obj: dict, move, new_height: float, upright_turn: bool, quarter: bool) -> dict:
    """The object with its box (and its points) moved by `move`; a character marked upright where it
    now runs left to right, its size its height where the turn was a quarter (pdfminer gave the
    glyph's advance, the height of its box on the sheet)."""
    corners = [move(obj["x0"], obj["top"]), move(obj["x1"], obj["bottom"])]
    x0, x1 = sorted(p[0] for p in corners)
    top, bottom = sorted(p[1] for p in corners)
    out = {**obj, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
           "y0": new_height - bottom, "y1": new_height - top}
    if "doctop" in obj:
        out["doctop"] = obj["doctop"] - obj["top"] + top
    if obj.get("pts"):
        out["pts"] = [move(px, pt) for px, pt in obj["pts"]]
    if obj.get("object_type") == "char":
        out["upright"] = upright_turn
        if quarter and upright_turn:
            out["size"] = bottom - top
    return out


def upright(page):
    """The page, or where its text runs turned (`page_turn`) a copy of it with every object turned
    back, as the page was drawn: a landscape table drawn sideways on a portrait sheet read as the
    landscape page."""
    turn = page_turn(page)
    if not turn:
        return page
    bx0, btop, bx1, bbottom = page.bbox
    width, height = bx1 - bx0, bbottom - btop
    new_width, new_height = (height, width) if turn in (90, 270) else (width, height)
    move = _mover(turn, width, height)

    def shifted(x, top):
        return move(x - bx0, top - btop)

    out = with_objects(page, {
        kind: [_turned(obj, shifted, new_height, _turn_of(obj) == turn if kind == "char" and obj.get("matrix") else True,
                       turn != 180) if all(k in obj for k in ("x0", "x1", "top", "bottom")) else obj for obj in objs]
        for kind, objs in page.objects.items()})
    out.bbox = (0, 0, new_width, new_height)
    return out

"""The geometry of a PDF's text layer, read into its text: what pdfplumber's lines leave out.

pdfplumber gives a page's text line by line. Three things the layout shows are lost on the way: an
empty line (a vertical gap), the wraps the layout made inside a paragraph (a line filled to the
column's edge, the next word did not fit) as against the line ends the writer made, and whether a
page's text runs on to the next page or ends with it. `layer` reads them from the lines' boxes: a
blank line for a gap, a space for a layout wrap (the text keeps its length, so offsets stay), and
how the text ends (`page_end`), which the page break's line end stands for in `pipeline.normalise`.
"""
from __future__ import annotations

import bisect
import itertools

import regex

from pipeline.pages import SUPERSCRIPT_DIGITS
from pipeline.sections import starts_item
from pipeline.wraps import SENTENCE_END

# A vertical gap of at least this many line heights between two lines of a text layer is room for an
# empty line: an empty paragraph, or the space a plan leaves before its title, its first paragraph, its
# signer's name or an appendix. The text gets a blank line there, as the DOCX or text version of the plan
# has one; the gap between a paragraph's lines (0.1-0.4 of a line) or between paragraphs spaced by
# their style (0.6-1.6) is no line.
BLANK_LINE_GAP = 2.0
# Two lines of one paragraph lie closer than this (in line heights): a gap this wide or wider is the
# space a style puts between paragraphs.
WRAP_GAP = 0.5
# ... or than the gap most of the text's lines lie apart by, plus this much (a text set at 1.3 or 1.5 lines'
# spacing, or an OCR layer whose line boxes are its glyphs' height), up to MAX_WRAP_GAP
PITCH_SLACK = 0.15
MAX_WRAP_GAP = 1.0
SPACE = 0.25  # a space's width, in line heights (a quarter of an em)
COLUMN_GAP = 2.0  # a gap this wide (in line heights) inside a line: two columns side by side
EDGE = 1.0  # points of slack at the right edge and in alignments
FIRST_INDENT = 5.0  # a paragraph's first line is indented by at most this many line heights (1.27 cm at 10 points is 3.6)
RIGHT_EDGE = 0.02  # lines that end this close to the longest (a share of the text's width) reach the column's edge


def _first_word_width(chars: list[dict], size: float, dash_bound: bool = False) -> float:
    """The width of a line's first word: its characters up to a space or a gap between letters. `dash_bound`: the line
    opens with a range's dash and its second bound ("- 1.500 tỷ đồng"), which a line never breaks between (a hyphen
    before a number, Unicode line breaking UAX #14, LB25): the first word runs through the number."""
    first = last = chars[0]
    gaps = 1 if dash_bound else 0
    for ch in chars[1:]:
        if not ch["text"].strip() or ch["x0"] - last["x1"] > SPACE * size * 0.8:
            if gaps and last is first:
                gaps -= 1
                continue
            break
        last = ch
    return last["x1"] - first["x0"]


# A range cut before its dash where a justified line was full ("đạt khoảng 1.200⏎- 1.500 tỷ đồng", "tăng 05⏎- 06%/năm"):
# the line ends in the first bound, a number after a space, and the next opens with the dash and the second bound (not a
# timeline's item "- 2027: …"); the two read as one line when the dash and the second bound would not have fitted.
RANGE_FIRST_BOUND = regex.compile(r"(?<=\s)\d[\d.,]*%?$")
RANGE_SECOND_BOUND = regex.compile(r"^[-–][^\S\n]?\d[\d.,]*+(?![^\S\n]*:)")
# ... and a pair of words joined by a spaced dash, cut before its dash the same way ("các tổ chức chính trị⏎- xã hội",
# "tài chính⏎- kế toán", "xanh - sạch⏎- đẹp"): the line ends in a word, no stop, comma or colon after it, and the next
# opens with the dash and a word in lower case, which a list's item after a line that ends no clause hardly does.
PAIR_FIRST_END = regex.compile(r"[\p{L}\p{M}]$")
PAIR_SECOND_OPEN = regex.compile(r"^[-–][^\S\n]\p{Ll}")


def _two_columns(chars: list[dict], size: float) -> bool:
    """The line holds a gap of COLUMN_GAP line heights between two characters: two blocks side
    by side (the issuer and the national motto, the recipients and the signature, table cells)."""
    printed = [ch for ch in chars if ch["text"].strip()]
    return any(b["x0"] - a["x1"] > COLUMN_GAP * size for a, b in zip(printed, printed[1:]))


# A gap the clerk fills in at issue, not two blocks: the number left blank before the symbol ("Số:      /KH-UBND")
# and the day and month left blank in the date ("Ninh Bình, ngày      tháng      năm 2024"), as the form of an
# administrative document sets them (Nghị định 30/2020/NĐ-CP, Phụ lục I).
FORM_BLANK_BEFORE = regex.compile(r"(?:^|\s)(?:[Ss]ố\s*:?|ngày|tháng)$")
FORM_BLANK_AFTER = regex.compile(r"^(?:/|tháng\b|năm\b)")


def _column_tabs(line: str, box: dict) -> str:
    """The line with a tab, not pdfplumber's one space, between two blocks side by side
    (`_two_columns`: the issuer beside the national motto, the number beside the place and date,
    the recipients beside the signature, the cells of a table drawn without rules), as a text or
    DOCX version of the plan has them; the line as it is where its characters and its text disagree."""
    printed = sorted((ch for ch in box["chars"] if ch["text"].strip()), key=lambda c: c["x0"])
    # the line's height, or its font's size where that is more (a line whose glyphs a crop clipped)
    size = max([box["bottom"] - box["top"], *(ch.get("size") or 0 for ch in printed)])
    cuts = {k for k, (a, b) in enumerate(zip(printed, printed[1:])) if b["x0"] - a["x1"] > COLUMN_GAP * size}
    if size <= 0 or not cuts or "".join(ch["text"] for ch in printed) != "".join(line.split()):
        return line
    ends = list(itertools.accumulate(len(ch["text"]) for ch in printed))
    cuts = {k for k in cuts if not _form_blank(line, ends[k])}
    if not cuts or _marker_gap(printed, cuts):
        return line
    owner = [k for k, ch in enumerate(printed) for _ in ch["text"]]  # the printed character each letter of the line is
    out: list[str] = []
    j = 0  # the line's letters passed so far
    for ch in line:
        if ch.isspace():
            if j and owner[j - 1] in cuts:
                if out[-1] != "\t":
                    out.append("\t")
                continue
        elif j and owner[j - 1] in cuts and owner[j] != owner[j - 1] and out[-1] != "\t":
            out.append("\t")  # no space between the blocks at all
        if not ch.isspace():
            j += 1
        out.append(ch)
    return "".join(out)


# A list item's marker, its text set off by a tab stop (Word's numbering and bullets: "1.⇥Sở Tài chính", "-⇥Ủy ban
# nhân dân xã", "a)⇥Chủ trì …"): one item, not two columns.
LIST_MARKER = regex.compile(r"(?:[-–+•●▪◦*]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[IVXLC]{1,6}[.)]|[a-zđ][.)])")


def _marker_gap(printed: list[dict], cuts: set[int]) -> bool:
    """The line's one gap follows its first block, and that block is a list marker (LIST_MARKER) alone: the
    gap is the marker's tab. (A marker before several gaps is a row's number in a table drawn without rules.)"""
    if len(cuts) != 1:
        return False
    k = next(iter(cuts))
    return LIST_MARKER.fullmatch("".join(ch["text"] for ch in printed[:k + 1])) is not None


def _form_blank(line: str, letters: int) -> bool:
    """The gap after the line's `letters`-th printed (non-space) letter is a blank of the form."""
    seen = 0
    for i, ch in enumerate(line):
        if not ch.isspace():
            seen += 1
            if seen == letters:
                return bool(FORM_BLANK_BEFORE.search(line[:i + 1]) and FORM_BLANK_AFTER.match(line[i + 1:].lstrip()))
    return False


def _line_gap(boxes: list[dict]) -> float:
    """The gap (in line heights) within which two lines of the text are lines of one paragraph: WRAP_GAP, or
    the gap that most pairs of lines of one size lie apart by (the median, below an empty line's gap: the
    text's own line spacing) and PITCH_SLACK, up to MAX_WRAP_GAP."""
    gaps = sorted((b["top"] - a["bottom"]) / (a["bottom"] - a["top"]) for a, b in zip(boxes, boxes[1:])
                  if a["bottom"] > a["top"] and abs((b["bottom"] - b["top"]) - (a["bottom"] - a["top"])) <= 0.15 * (a["bottom"] - a["top"])
                  and 0 <= b["top"] - a["bottom"] < BLANK_LINE_GAP * (a["bottom"] - a["top"]))
    if not gaps:
        return WRAP_GAP
    return max(WRAP_GAP, min(gaps[len(gaps) // 2] + PITCH_SLACK, MAX_WRAP_GAP))


def _layout_wrap(above: dict, below: dict, left: float, right: float, line_gap: float = WRAP_GAP,
                 dash_bound: bool = False) -> bool:
    """The line end between two lines of the text layer is where the layout wrapped a paragraph:
    the lines are of one size and closer than paragraphs are, the first word of the line below
    would not have fitted at the end of the line above, and the line below goes on at the paragraph's
    left edge (or both lines are centred on one axis, as a title's are). Lines of two columns side
    by side are never joined here."""
    size = above["bottom"] - above["top"]
    if size <= 0 or abs((below["bottom"] - below["top"]) - size) > 0.15 * size:
        return False
    if below["top"] - above["bottom"] >= line_gap * size:
        return False
    chars_above = sorted(above["chars"], key=lambda c: c["x0"])
    chars_below = sorted(below["chars"], key=lambda c: c["x0"])
    if not chars_above or not chars_below or _two_columns(chars_above, size) or _two_columns(chars_below, size):
        return False
    if above["x1"] + SPACE * size + _first_word_width(chars_below, size, dash_bound) <= right + EDGE:
        return False  # the word would have fitted: the writer ended the line
    # the paragraph's edge: at or left of the line above's start, by no more than a first line's indent (a line
    # further left is another block's: the issuer's "VÀ DU LỊCH" under the motto's line beside it)
    # (a paragraph's indented first line is full: a shorter line over a wider one is a centred block's)
    indented = (above["x0"] - FIRST_INDENT * size <= below["x0"] < above["x0"] - EDGE
                and above["x1"] >= right - RIGHT_EDGE * (right - left))
    at_edge = abs(below["x0"] - above["x0"]) <= EDGE or indented
    centred = abs((above["x0"] + above["x1"]) - (below["x0"] + below["x1"])) <= 2 * EDGE and below["x0"] > left + EDGE
    # a centred block is at least as wide as its widest line: the word that fitted in it beside the line above
    # was no wrap (the national motto over the place and date, centred in the header's right block)
    fitted = (above["x1"] - above["x0"] + SPACE * size + _first_word_width(chars_below, size)
              <= max(above["x1"] - above["x0"], below["x1"] - below["x0"]) + EDGE)
    return at_edge or (centred and not fitted)


# How a page's text ends, for the line end its page break stands for: its last line of text (above
# the page's foot: lines after a blank-line gap at the bottom) reaches the column's right edge and ends
# no sentence, so the text runs on to the next page; or it stops short of the edge by more than this
# share of the column (or ends a sentence), so its paragraph ends with the page.
RUNS_ON, ENDS = "runs on", "ends"
SHORT_END = 0.15
FOOT_LINES = 2  # lines below the last blank-line gap of a page that may be its foot (a page number, a footer)


def page_end(boxes: list[dict], left: float, right: float) -> str | None:
    """`RUNS_ON`, `ENDS`, or None where the lines do not tell (no known right edge)."""
    last = len(boxes) - 1
    for i in range(len(boxes) - 1, max(0, len(boxes) - 1 - FOOT_LINES), -1):
        above = boxes[i - 1]
        if boxes[i]["top"] - above["bottom"] >= BLANK_LINE_GAP * (above["bottom"] - above["top"]):
            last = i - 1  # the lines below the gap are the page's foot
            break
    line = boxes[last]
    size = line["bottom"] - line["top"]
    if right == float("inf") or size <= 0 or _two_columns(sorted(line["chars"], key=lambda c: c["x0"]), size):
        return None  # no known edge, or blocks side by side (the recipients beside the signature)
    if SENTENCE_END.search(line["text"]) or line["x1"] < right - SHORT_END * (right - left):
        return ENDS
    return RUNS_ON if line["x1"] >= right - RIGHT_EDGE * (right - left) else None


BAND = 4.0  # points: characters are looked up by bands of their top this high


def _overlaid(blank: dict, height: float, widest: float, rows: list[tuple[list[dict], list[float]]]) -> bool:
    """A printed character of `rows` (each sorted by x0, with its x0s) covers half the blank's width or
    more, on its line (tops less than half the blank's height apart)."""
    for row, starts in rows:
        i = bisect.bisect_left(starts, blank["x0"] - widest)
        while i < len(row) and row[i]["x0"] < blank["x1"]:
            o = row[i]
            if (min(blank["x1"], o["x1"]) - max(blank["x0"], o["x0"]) > 0.5 * (blank["x1"] - blank["x0"])
                    and abs(o["top"] - blank["top"]) < 0.5 * height):
                return True
            i += 1
    return False


def _without_overlaid_blanks(region):
    """The region without the blank characters that lie over a printed one of the same line: a
    block's run of padding spaces reaching under the block beside it ("Nơi nhận:" padded with spaces
    under "TM. ỦY BAN NHÂN DÂN") splits that block's words letter by letter ("T M . UỶ BAN")."""
    chars = region.chars
    printed = [c for c in chars if c["text"].strip()]
    if not printed or len(printed) == len(chars):
        return region
    rows: dict[int, list[dict]] = {}  # the printed characters by band of BAND points of their top, by x0
    for c in printed:
        rows.setdefault(int(c["top"] // BAND), []).append(c)
    for row in rows.values():
        row.sort(key=lambda c: c["x0"])
    starts = {band: [c["x0"] for c in row] for band, row in rows.items()}
    widest = max(c["x1"] - c["x0"] for c in printed)
    drop = set()
    for c in chars:
        if c["text"].strip():
            continue
        height = c["bottom"] - c["top"]
        band, reach = int(c["top"] // BAND), 2 + int(height // BAND)
        near = [(rows[b], starts[b]) for b in range(band - reach, band + reach + 1) if b in rows]
        if _overlaid(c, height, widest, near):
            drop.add((c["x0"], c["top"]))
    if not drop:
        return region
    return region.filter(lambda obj: obj.get("object_type") != "char" or obj["text"].strip()
                         or (obj["x0"], obj["top"]) not in drop)


SMALL = 0.8  # a superscript's font is at most this share of the text's beside it
RAISED = 0.15  # and its foot at least this share of that text's size above the text's foot


def _superscripts(region):
    """The region with each superscript digit (a smaller digit set higher, right after a letter or
    digit of the line: the power of a unit "m²", a footnote's mark "năm 2025¹") as a superscript
    character on its line: pdfplumber reads it as a plain digit glued to the number before it
    ("năm 20251") or, set high enough, as a line of its own above ("2" over "10 m /người")."""
    chars = region.chars
    printed = [c for c in chars if c["text"].strip()]
    if not printed:
        return region
    sizes = sorted(c["size"] for c in printed)
    median = sizes[len(sizes) // 2]
    small = sorted((c for c in printed if c["text"].isdigit() and c["size"] <= SMALL * median), key=lambda c: c["x0"])
    if not small:
        return region
    ends: dict[int, list[dict]] = {}  # the printed characters by the point their right edge lies in
    for o in printed:
        ends.setdefault(int(o["x1"]), []).append(o)
    raised: dict[int, dict] = {}  # id of a superscript character → its copy on the line
    for c in small:
        left = [o for x in range(int(c["x0"] - 1.5), int(c["x0"] + 0.5) + 1) for o in ends.get(x, ())]
        for o in left:
            base = raised.get(id(o), o)
            if (o is not c and c["x0"] - 1.5 <= o["x1"] <= c["x0"] + 0.5 and c["size"] <= SMALL * base["size"]
                    and base["top"] < c["bottom"] < base["bottom"] - RAISED * base["size"]):
                raised[id(c)] = {**c, "text": c["text"].translate(SUPERSCRIPT_DIGITS), "top": base["top"],
                                 "bottom": base["bottom"], "size": base["size"], "y0": base.get("y0", c.get("y0")),
                                 "y1": base.get("y1", c.get("y1")), "doctop": base.get("doctop", c.get("doctop"))}
                break
    if not raised:
        return region
    return with_objects(region, {kind: [raised.get(id(obj), obj) for obj in objs] if kind == "char" else objs
                                 for kind, objs in region.objects.items()})


# A printer's fake bold draws each glyph of a bold run twice, the second a hair to the right (or a
# shade lower): the text layer has every letter twice, one over the other ("KKẾẾ HHOOẠẠCCHH"). Two
# glyphs of one letter, font and size whose origins lie closer than this (in points, on both axes) are
# one glyph struck twice; two letters side by side lie a glyph's advance apart (a full stop at 8 points
# is 2 points wide).
DOUBLE_STRIKE = 1.0


def single_strike(page):
    """The page (or a part of one) with each glyph struck twice (DOUBLE_STRIKE) kept once: the first
    drawn. The page as it is where no glyph is doubled."""
    chars = page.chars
    kept: dict[tuple, list[dict]] = {}  # (letter, font, size, band of x0, band of top) → kept glyphs
    drop: set[int] = set()
    for c in chars:
        key = (c["text"], c.get("fontname"), round(c.get("size") or 0, 1))
        bx, by = int(c["x0"] // DOUBLE_STRIKE), int(c["top"] // DOUBLE_STRIKE)
        near = (o for dx in (-1, 0, 1) for dy in (-1, 0, 1) for o in kept.get((*key, bx + dx, by + dy), ()))
        if any(abs(o["x0"] - c["x0"]) <= DOUBLE_STRIKE and abs(o["top"] - c["top"]) <= DOUBLE_STRIKE for o in near):
            drop.add(id(c))
        else:
            kept.setdefault((*key, bx, by), []).append(c)
    if not drop:
        return page
    return with_objects(page, {kind: [o for o in objs if id(o) not in drop] if kind == "char" else objs
                               for kind, objs in page.objects.items()})


def with_objects(page, objects: dict):
    """A derived pdfplumber page (or crop) that holds `objects` (kind → list) instead of its own:
    the one place that sets pdfplumber's internal `_objects` (pinned in pyproject.toml)."""
    derived = page.filter(lambda obj: True)
    derived._objects = objects
    return derived


# A line set with expanded character spacing (a title "K Ế H O Ạ C H", a heading, a motto) or an OCR layer that
# places each glyph on its own: every gap between two letters is wider than pdfplumber's tolerance, so its
# text has a space between every two letters. Most of such a line's words are one letter; its letters lie
# apart by at most this many line heights, its words by a quarter of an em more (a space's width).
LETTER_SPACED_SHARE = 0.8
LETTER_GAP = 0.6


def _letter_spaced(line: str, box: dict) -> str:
    """The line with the spaces between the letters of a word set apart (LETTER_SPACED_SHARE) taken out: a space
    only where two letters lie a space's width farther apart than the letters of a word do ("K Ế H O Ạ C H" →
    "KẾ HOẠCH"); the line as it is where it is no such line, or shows no gap between words (a row of one-letter
    cells, a single word spaced out: its gaps are all one width)."""
    tokens = line.split()
    if len(tokens) < 4 or sum(len(t) == 1 for t in tokens) < LETTER_SPACED_SHARE * len(tokens):
        return line
    printed = sorted((ch for ch in box["chars"] if ch["text"].strip()), key=lambda c: c["x0"])
    size = box["bottom"] - box["top"]
    if size <= 0 or "".join(ch["text"] for ch in printed) != "".join(tokens):
        return line
    gaps = [b["x0"] - a["x1"] for a, b in zip(printed, printed[1:])]
    letter = sorted(gaps)[len(gaps) // 2]
    if letter > LETTER_GAP * size:
        return line  # letters this far apart are cells or columns, not a word spaced out
    word = letter + SPACE * size * 0.6
    if not any(g > word for g in gaps):
        return line
    out = [printed[0]["text"]]
    for gap, ch in zip(gaps, printed[1:]):
        out.append((" " if gap > word else "") + ch["text"])
    return "".join(out)


def _parts(line: str, box: dict) -> list[dict] | None:
    """The line's blocks as boxes: the line itself, or its two blocks either side of its tab (`_column_tabs`);
    None for more blocks (a row of a table drawn without rules)."""
    texts = line.split("\t")
    if len(texts) == 1:
        return [box]
    printed = sorted((ch for ch in box["chars"] if ch["text"].strip()), key=lambda c: c["x0"])
    if len(texts) != 2 or len(printed) < 2:
        return None
    cut = max(range(1, len(printed)), key=lambda k: printed[k]["x0"] - printed[k - 1]["x1"])
    return [{**box, "text": text.strip(), "chars": chars, "x0": chars[0]["x0"], "x1": max(c["x1"] for c in chars)}
            for text, chars in zip(texts, (printed[:cut], printed[cut:]))]


def _staggered(a: dict, b: dict) -> bool:
    """Two lines of one block each, side by side at different heights: they overlap from top to bottom and
    lie apart across by a column's gap (pdfplumber put them on two lines as their tops differ by more than
    its tolerance)."""
    size = max(a["bottom"] - a["top"], b["bottom"] - b["top"])
    return (size > 0 and b["top"] < a["bottom"] and a["top"] < b["bottom"]
            and (a["x1"] + COLUMN_GAP * size <= b["x0"] or b["x1"] + COLUMN_GAP * size <= a["x0"]))


def _blocks_in_turn(lines: list[str], boxes: list[dict]) -> tuple[list[str], list[dict]]:
    """The lines with two blocks side by side whose lines lie at different heights (the issuer beside the
    national motto, the recipients beside the signature, each in its own size or line pitch: text boxes,
    or tab stops in two fonts) read one block after the other, as a DOCX's layout table is: pdfplumber
    gives their lines interleaved, one of each in turn ("BỘ VĂN HÓA" / "CỘNG HÒA XÃ HỘI …" / "VÀ DU LỊCH" /
    "NAM" / …). The blocks run on from two such lines (`_staggered`) above and below while each line (or
    each of its two blocks) keeps to one side of the gap between them, with no empty line's gap."""
    parts = [_parts(line, box) for line, box in zip(lines, boxes)]
    out_lines: list[str] = []
    out_boxes: list[dict] = []
    i = 0
    while i < len(lines):
        j = i + 1
        if not (j < len(lines) and parts[i] and parts[j] and len(parts[i]) == 1 and len(parts[j]) == 1
                and _staggered(boxes[i], boxes[j])):
            out_lines.append(lines[i])
            out_boxes.append(boxes[i])
            i += 1
            continue
        a, b = sorted((boxes[i], boxes[j]), key=lambda x: x["x0"])
        gutter = [a["x1"], b["x0"]]

        def side(k: int) -> list[int] | None:
            """0 (left) or 1 (right) for each block of line k, or None where one crosses the gutter."""
            if not parts[k]:
                return None
            size = boxes[k]["bottom"] - boxes[k]["top"]
            sides = [0 if p["x1"] <= gutter[1] - COLUMN_GAP * size else 1 if p["x0"] >= gutter[0] + COLUMN_GAP * size
                     else None for p in parts[k]]
            return None if None in sides or sides != sorted(set(sides)) else sides

        def near(k: int, m: int) -> bool:
            """Lines k and m (k above) lie closer than an empty line's gap."""
            height = boxes[k]["bottom"] - boxes[k]["top"]
            return boxes[m]["top"] - boxes[k]["bottom"] < BLANK_LINE_GAP * height

        def goes_on(k: int) -> bool:
            """Line k (below the run) goes on its side's block: the nearest line above it with a block on each
            of its sides lies closer than an empty line's gap (an empty line ends a block: the title under
            the header, the signer's name under the space for the signature)."""
            for where in side(k) or [None]:
                if where is None:
                    return False
                above = next((m for m in range(k - 1, start - 1, -1) if where in (side(m) or ())), None)
                if above is not None and not near(above, k):
                    return False
            return near(k - 1, k)

        start, end = i, j + 1
        while (start > 0 and len(out_boxes) > i - start and out_boxes[-(i - start) - 1] is boxes[start - 1]
               and side(start - 1) and near(start - 1, start)):  # lines above, not yet taken into blocks
            start -= 1
        while end < len(lines) and goes_on(end):
            end += 1
        del out_lines[len(out_lines) - (i - start):]
        del out_boxes[len(out_boxes) - (i - start):]
        columns: list[list[tuple[str, dict]]] = [[], []]
        for k in range(start, end):
            for p, where in zip(parts[k], side(k)):
                columns[where].append((p["text"] if len(parts[k]) > 1 else lines[k], p))
        for text, box in columns[0] + columns[1]:
            out_lines.append(text)
            out_boxes.append(box)
        i = end
    return out_lines, out_boxes


def layer_text(region, edge: float | None = None) -> str:
    """`layer`'s text."""
    return layer(region, edge)[0]


def layer(region, edge: float | None = None) -> tuple[str, str | None]:
    """`layer_and_edge` without the edge."""
    return layer_and_edge(region, edge)[:2]


def layer_and_edge(region, edge: float | None = None) -> tuple[str, str | None, float | None]:
    """The text layer of a page or a part of one, as pdfplumber reads it, with a blank line where
    a vertical gap of BLANK_LINE_GAP line heights or more lies between two lines, and a space for
    a line end where the layout wrapped a paragraph (`_layout_wrap`), after a clause's ";" or a
    sentence's "." too (the next paragraph's first line is indented or spaced from the one before:
    no wrap), unless the line ends in a hyphen or the next one opens a list item (the wrap step
    judges those from the words); how the text ends (`page_end`); and the right edge of its column where
    two of its lines or more reach it (else None).

    `edge`: the right edge of the document's text column (`column_edge` of its pages' edges), for a page or a
    part of one where fewer than two lines reach an edge (a short last page, a paragraph of two lines over
    or under a table, a page of short lines set flush left): its longest line ends there, so the lines
    that reach it are read against it."""
    region = _superscripts(_without_overlaid_blanks(region))
    text = region.extract_text() or ""
    if not text:
        return text, None, None
    lines = text.split("\n")
    boxes = region.extract_text_lines(return_chars=True)
    if len(boxes) != len(lines) or any(b["text"] != line.strip() for b, line in zip(boxes, lines)):
        return text, None, None  # the two readings disagree: keep pdfplumber's text as it is
    left = min(b["x0"] for b in boxes)
    right = max(b["x1"] for b in boxes)
    own: float | None = right
    wrap_edge = right  # the edge a line's next word is measured against (`_layout_wrap`)
    if sum(1 for b in boxes if b["x1"] >= right - RIGHT_EDGE * (right - left)) < 2:
        own = None
        if edge is not None and edge > left and abs(right - edge) <= RIGHT_EDGE * (edge - left):
            right = edge  # the longest line ends at the document's column edge
        else:
            right = float("inf")  # no two lines reach one right edge: where the text's column ends is not known
        # lines that all end short of the document's column edge (a page of short lines set flush left, an
        # appendix's table of one cell a line) lie in that column all the same: a line whose next word would
        # not have fitted before that edge was wrapped by the layout ("… chuyển đổi số so với⏎GRDP"); how the
        # page ends is still told only against an edge its longest line reaches
        wrap_edge = edge if edge is not None and edge > left and right == float("inf") and max(
            b["x1"] for b in boxes) <= edge + EDGE else right
    lines = [_letter_spaced(line, box) for line, box in zip(lines, boxes)]
    boxes = [box if box["text"] == line.strip() else {**box, "text": line.strip()} for line, box in zip(lines, boxes)]
    lines = [_column_tabs(line, box) for line, box in zip(lines, boxes)]
    lines, boxes = _blocks_in_turn(lines, boxes)
    line_gap = _line_gap(boxes)
    out = [lines[0]]
    for above, below, line in zip(boxes, boxes[1:], lines[1:]):
        height = above["bottom"] - above["top"]
        if height > 0 and below["top"] - above["bottom"] >= BLANK_LINE_GAP * height:
            out.append("")
        elif ((cut := bool(RANGE_FIRST_BOUND.search(above["text"]) and RANGE_SECOND_BOUND.match(below["text"])
                           or PAIR_FIRST_END.search(above["text"]) and PAIR_SECOND_OPEN.match(below["text"])))
              and _layout_wrap(above, below, left, wrap_edge, line_gap, dash_bound=True)):
            out[-1] += " " + line  # a range or a pair of words cut before its dash
            continue
        elif (not cut and _layout_wrap(above, below, left, wrap_edge, line_gap) and not above["text"].endswith(("-", "‐"))
              and not starts_item(below["text"])):
            out[-1] += " " + line
            continue
        out.append(line)
    return "\n".join(out), page_end(boxes, left, right), own


def column_edge(edges: list[float]) -> float | None:
    """The right edge of a document's text column, from the edges its pages' text showed (`layer_and_edge`):
    the median (a landscape page or a wide table's page gives one of its own), or None where none showed one."""
    edges = sorted(edges)
    return edges[len(edges) // 2] if edges else None

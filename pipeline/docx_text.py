"""The text of a DOCX paragraph as Word shows it, where python-docx's `Paragraph.text` loses some.

`Paragraph.text` reads only the runs that are direct children of the paragraph (and hyperlinks). Word
shows more, and plans written in Word use it:
- automatic numbering and bullets (`w:numPr`, on the paragraph or its style): "1.", "1.2.", "a)",
  "-" are no characters of the paragraph, but the plan's outline ("2. Sở Tài chính", "a) Chủ trì …");
- runs inside a tracked insertion (`w:ins`, `w:moveTo`), a smart tag, a simple field's result, an
  inline content control (`w:sdt`) or custom XML; a deletion (`w:del`) shows nothing;
- a page or column break inside a paragraph (a line end, not the two words glued together), and a line break
  typed in it, but where the paragraph's sentence goes on after it in small letters (`SOFT_BREAK_GOES_ON`);
- a superscript number ("m" + superscript "2") as a superscript digit ("m²"), as the HTML reader
  turns `<sup>2</sup>` into "²", so a footnote mark is not read as a digit of the number before it;
- text boxes (`w:txbxContent`), as their own lines after the paragraph that holds them (one copy:
  the `mc:Fallback` drawing of the same box is skipped).
Block-level content controls and custom XML wrap paragraphs and tables: `blocks` opens them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from pipeline.pages import SUPERSCRIPT_DIGITS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees that show no text of the paragraph itself (deletions, the properties, a box's own
# paragraphs, which are read as lines of their own, and the fallback copy of a drawing)
HIDDEN = {f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr", f"{W}txbxContent", MC_FALLBACK,
          f"{W}footnoteReference", f"{W}endnoteReference", f"{W}instrText", f"{W}delText", f"{W}sdtPr", f"{W}sdtEndPr"}
# Block-level wrappers whose children are the body's own paragraphs and tables
WRAPPERS = {f"{W}sdt": f"{W}sdtContent", f"{W}customXml": None}
BULLETS = "-–+•●▪◦*"  # the bullets `pipeline.sections` reads as list items


def blocks(parent):
    """The paragraphs (`w:p`) and tables (`w:tbl`) of a body or cell, in order, with those inside
    block-level content controls and custom XML."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif tag in WRAPPERS:
            inner = child.find(WRAPPERS[tag]) if WRAPPERS[tag] else child
            if inner is not None:
                yield from blocks(inner)


def _shown(el, out: list[str], boxes: list) -> None:
    for child in el.iterchildren():
        tag = child.tag
        if not isinstance(tag, str):
            continue  # a comment or processing instruction
        if tag == f"{W}txbxContent":
            boxes.extend(p for p in child.iter(f"{W}p") if not _inside_fallback(p, child))
            continue
        if tag in HIDDEN:
            continue
        if tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab" and el.tag == f"{W}r":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append(SOFT_BREAK if child.get(f"{W}type") in (None, "textWrapping") else "\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag == f"{W}r":
            start = len(out)
            _shown(child, out, boxes)
            if _superscript(child):
                text = "".join(out[start:])
                if text.strip().isdigit():
                    out[start:] = [text.translate(SUPERSCRIPT_DIGITS)]
        else:
            _shown(child, out, boxes)


# A line break typed inside a paragraph (Shift+Enter, `w:br` of no type: a text-wrapping break; `w:cr`): a line end,
# except before a word in small letters, which goes on with the paragraph's sentence (a DOCX converted from a PDF
# breaks every line so: "… phân phối vắc xin;⏎giám sát, hỗ trợ kỹ thuật …"); a letter item ("b) …") starts a line.
SOFT_BREAK = "\u2028"
SOFT_BREAK_GOES_ON = regex.compile(r"[ \t]*\u2028[ \t]*(?=\p{Ll})(?![a-zđ][).](?:\s|$))")


def _soft_breaks(text: str) -> str:
    return SOFT_BREAK_GOES_ON.sub(" ", text).replace(SOFT_BREAK, "\n") if SOFT_BREAK in text else text


def _inside_fallback(p, box) -> bool:
    parent = p.getparent()
    while parent is not None and parent is not box:
        if parent.tag == MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _superscript(run) -> bool:
    props = run.find(f"{W}rPr")
    align = props.find(f"{W}vertAlign") if props is not None else None
    return align is not None and align.get(f"{W}val") == "superscript"


def paragraph_lines(p, numbering: "Numbering | None" = None, cell: bool = False) -> list[str]:
    """The paragraph's text as Word shows it (its number or bullet first), then a line per
    paragraph of each text box it holds. An empty numbered paragraph is counted, and shows its
    number only in a table's cell (the STT column numbered by Word); in the body it numbers nothing."""
    out: list[str] = []
    boxes: list = []
    _shown(p, out, boxes)
    text = _soft_breaks("".join(out))
    label = numbering.label(p) if numbering is not None else None
    if not (text.strip() or cell):
        label = None
    if label:
        text = f"{label} {text.lstrip()}".rstrip()
    lines = [text]
    for box in boxes:
        lines.extend(paragraph_lines(box, numbering, cell))
    return lines


# --- automatic numbering -----------------------------------------------------------------------------


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _letters(n: int) -> str:
    """Word's letter numbering: a … z, then aa … zz."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": _roman,
}


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class Numbering:
    """The document's list definitions (numbering part) and the counters as the paragraphs are read
    in order: each list (`w:num`) counts on its own, and a level's count restarts after an item of
    a level above it."""

    levels: dict[str, dict[int, _Level]]  # numId → level → its format
    styles: dict[str, tuple[str, int]]  # paragraph style id → (numId, level) it numbers with
    counts: dict[str, list[int | None]] = field(default_factory=dict)  # None: the level has not started

    @classmethod
    def of(cls, document) -> "Numbering | None":
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return None
        abstract: dict[str, dict[int, _Level]] = {}
        for node in numbering.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in node.findall(f"{W}lvl"):
                levels[int(lvl.get(f"{W}ilvl", "0"))] = _Level(
                    _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", int(_val(lvl, "start") or 1))
            abstract[node.get(f"{W}abstractNumId")] = levels
        levels_of: dict[str, dict[int, _Level]] = {}
        for num in numbering.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{W}val") if ref is not None else "", {}))
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                start = _val(override, "startOverride")
                if start and ilvl in levels:
                    levels[ilvl] = _Level(levels[ilvl].fmt, levels[ilvl].text, int(start))
            levels_of[num.get(f"{W}numId")] = levels
        styles: dict[str, tuple[str, int]] = {}
        try:
            style_elements = document.styles.element.findall(f"{W}style")
        except AttributeError:
            style_elements = []
        based: dict[str, str] = {}
        for style in style_elements:
            sid = style.get(f"{W}styleId")
            base = style.find(f"{W}basedOn")
            if base is not None:
                based[sid] = base.get(f"{W}val")
            num = style.find(f"{W}pPr/{W}numPr")
            if num is not None and _val(num, "numId"):
                styles[sid] = (_val(num, "numId"), int(_val(num, "ilvl") or 0))
        for sid in list(based):  # a style based on a numbered style numbers as it does
            seen, base = {sid}, based.get(sid)
            while sid not in styles and base and base not in seen:
                if base in styles:
                    styles[sid] = styles[base]
                seen.add(base)
                base = based.get(base)
        return cls(levels_of, styles)

    def label(self, p) -> str | None:
        """The number or bullet Word shows before the paragraph `p` (and counts it), or None."""
        props = p.find(f"{W}pPr")
        num = props.find(f"{W}numPr") if props is not None else None
        num_id, ilvl = None, 0
        style = props.find(f"{W}pStyle") if props is not None else None
        if style is not None and style.get(f"{W}val") in self.styles:
            num_id, ilvl = self.styles[style.get(f"{W}val")]
        if num is not None:
            num_id = _val(num, "numId") or num_id
            ilvl = int(_val(num, "ilvl") or ilvl)
        if not num_id or num_id == "0" or num_id not in self.levels or ilvl not in self.levels[num_id]:
            return None
        levels = self.levels[num_id]
        counts = self.counts.setdefault(num_id, [None] * 9)
        ilvl = min(ilvl, 8)
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = None
        counts[ilvl] = levels[ilvl].start if counts[ilvl] is None else counts[ilvl] + 1
        level = levels[ilvl]
        if level.fmt == "none":
            return None
        if level.fmt == "bullet":
            glyph = level.text.strip()
            return glyph if glyph and glyph in BULLETS else "•"
        text = level.text
        for n in range(9, 0, -1):  # "%1.%2." → "2.3."
            if f"%{n}" in text:
                lvl = levels.get(n - 1)
                count = counts[n - 1] if counts[n - 1] is not None else (lvl.start if lvl else 1)
                text = text.replace(f"%{n}", FORMATS.get(lvl.fmt if lvl else "decimal", str)(count))
        return text.strip() or None


def _val(el, name: str) -> str | None:
    child = el.find(f"{W}{name}")
    return child.get(f"{W}val") if child is not None else None

"""Normalise raw text into the text every extractor reads, keeping an offset map.

Each cleaning step is a named function `MappedText -> MappedText`; together they
form `STEPS`. A step rewrites the text with regexes and carries, for every
character it outputs, the raw offset that character came from, so that any span
of the normalised text maps back to the raw text (and from there to a PDF page).
Nothing a reader needs is dropped: only markup, padding whitespace and hard line
wraps go.
"""
from __future__ import annotations

import bisect
import itertools
import unicodedata
from array import array
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator, Sequence, Union

import regex

from pipeline.chrome import chrome_spans
from pipeline.pages import BREAK as PAGE_BREAK, FORM_FEED, SUPERSCRIPT_DIGITS, footnote_starts, furniture_spans
from pipeline.pdf_layout import ENDS, RUNS_ON
from pipeline.wraps import awaits_name, fixed_width_cuts, glued_hyphen, joins_open, keeps_line, open_brackets, profile_of_lines

Piece = Union[int, str, tuple]  # group number or (start, end) to copy with offsets, or new text


def offsets(values: Iterable[int] = ()) -> array:
    """Character offsets, packed: a 50 MB text has 37 million of them."""
    return array("q", values)


@dataclass(frozen=True)
class MappedText:
    """Text plus `to_raw`: the raw offset of each character, and a final sentinel; `feeds`: the
    raw offsets of the page breaks (form feeds) that `page_breaks` turned into line ends; and
    `page_ends`: how the reader saw the pages before some of them end (`RawDocument.page_ends`)."""

    text: str
    to_raw: Sequence[int]  # an `offsets` array: 8 bytes a character (a list of ints took about 36)
    feeds: tuple[int, ...] = ()
    page_ends: tuple[tuple[int, str], ...] = ()

    @classmethod
    def identity(cls, raw: str) -> "MappedText":
        if len(raw) < 4096:
            return cls(raw, offsets(range(len(raw) + 1)))
        import numpy  # pandas' own dependency: 0, 1, 2, … without a Python int each

        to_raw = offsets()
        to_raw.frombytes(memoryview(numpy.arange(len(raw) + 1, dtype=numpy.int64)).cast("B"))  # no copy of its bytes
        return cls(raw, to_raw)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw `[start, end)` that the normalised `[start, end)` came from."""
        if end <= start:
            return self.to_raw[start], self.to_raw[start]
        return self.to_raw[start], self.to_raw[end - 1] + 1


def rewrite(mt: MappedText, pattern: regex.Pattern, pieces: Callable[[regex.Match], Iterable[Piece]] | Sequence[Piece],
            needs: tuple[str, ...] = ()) -> MappedText:
    """Replace every match of `pattern` by `pieces`, carrying offsets along.

    `needs`: strings of which every match contains one; a text with none of them is
    returned as it is without a scan.

    A piece that is an int copies that group, a `(start, end)` pair copies that
    span of the text (either way the characters keep their raw offsets); a
    string piece is new text, mapped to the raw offset of the last character
    copied before it (the start of the match if none), so offsets never go back.
    """
    text, to_raw = mt.text, mt.to_raw
    if needs and not any(needle in text for needle in needs):
        return mt
    out: list[str] = []
    out_map = offsets()
    pos = 0
    for m in pattern.finditer(text):
        s, e = m.span()
        parts = pieces(m) if callable(pieces) else pieces
        if type(parts) is list and len(parts) == 1 and parts[0] == (s, e):
            continue  # the match stays as it is: it is copied with the text after it
        out.append(text[pos:s])
        out_map.extend(to_raw[pos:s])
        anchor = to_raw[s]  # new text maps to the last raw offset copied so far: order is kept
        for piece in parts:
            if isinstance(piece, (int, tuple)):
                gs, ge = m.span(piece) if isinstance(piece, int) else piece
                if gs >= 0:
                    out.append(text[gs:ge])
                    out_map.extend(to_raw[gs:ge])
                    if ge > gs:
                        anchor = to_raw[ge - 1]
            elif piece:
                out.append(piece)
                out_map.extend([anchor] * len(piece))
        pos = e
    if pos == 0:
        return mt
    out.append(text[pos:])
    out_map.extend(to_raw[pos:])
    return MappedText("".join(out), out_map, mt.feeds, mt.page_ends)


class LineStartPattern:
    """A `(?m)^…` pattern whose every match holds `needle` on the line it starts at (a table row's "|", a heading's "#"),
    tried only at the start of such lines: `finditer` gives the pattern's own `finditer` matches (each is one line's,
    or runs on to the next line's start at most), without a regex scan of the lines that cannot hold one."""

    def __init__(self, pattern: regex.Pattern, needle: str):
        self.pattern, self.needle = pattern, needle

    def finditer(self, text: str) -> Iterator[regex.Match]:
        match, needle = self.pattern.match, self.needle
        pos = 0
        while True:
            hit = text.find(needle, pos)
            if hit < 0:
                return
            start = text.rfind("\n", 0, hit) + 1  # the line's start
            end = text.find("\n", hit) + 1 or len(text) + 1  # the next line's start
            m = match(text, start) if start >= pos else None  # (a line a match ran on to is tried as finditer tries it)
            if m:
                yield m
                pos = max(end, m.end()) if m.end() > m.start() else end
            else:
                pos = end


# --- the steps -------------------------------------------------------------

COMBINING_RUN = regex.compile(r"\P{M}\p{M}+")


def nfc(mt: MappedText) -> MappedText:
    """Unicode NFC: compose base letters with their combining tone marks."""
    if unicodedata.is_normalized("NFC", mt.text):
        return mt
    return rewrite(mt, COMBINING_RUN, lambda m: [unicodedata.normalize("NFC", m.group())])


INVISIBLE = regex.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
ODD_SPACE = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
CRLF = regex.compile(r"\r\n?|\v")
ODD_CHARACTER = regex.compile(rf"{INVISIBLE.pattern}|{ODD_SPACE.pattern}|[\r\v]")  # any of the three
# The characters ODD_CHARACTER matches (all in the Basic Multilingual Plane): a text holds one of them when `in` finds
# one (a search for a character is much quicker than the regex scan, which tries each class at every character).
ODD_CHARACTERS = tuple(dict.fromkeys(ODD_CHARACTER.findall("".join(map(chr, range(0x10000))))))


def whitespace_characters(mt: MappedText) -> MappedText:
    """Line ends to `\\n`, odd spaces to a plain space, invisible characters out (form feeds
    stay for `page_breaks`)."""
    if not any(c in mt.text for c in ODD_CHARACTERS):  # ODD_CHARACTER.search(mt.text)
        return mt
    mt = rewrite(mt, CRLF, ["\n"])
    mt = rewrite(mt, INVISIBLE, [])
    return rewrite(mt, ODD_SPACE, [" "])


# Slashes and hyphens that are not the ASCII ones a document's code and date are written with: the
# fraction and division slashes and the full-width solidus (OCR, PDF fonts: "Số: 1105⁄KH-ĐKT"), the
# hyphen, non-breaking hyphen and figure dash (Word, PDF: "57‑NQ/TW"); and an en dash or minus glued
# between a code's parts ("KH–UBND", "57–NQ/TW"; not a dash between words or a range "2026–2030", "Quý I–II").
ODD_SLASH = regex.compile(r"[\u2044\u2215\uff0f]")
ODD_HYPHEN = regex.compile(r"[\u2010\u2011\u2012]")
CODE_DASH = regex.compile(r"(?<=[\p{Lu}\d])[\u2013\u2212](?=\p{Lu}{2})(?![IVXLC]+\b)")  # not a range of Roman numerals


def code_characters(mt: MappedText) -> MappedText:
    """Odd slashes to "/", odd hyphens to "-", an en dash or minus inside a code to "-" (one
    character for one: offsets stay)."""
    mt = rewrite(mt, ODD_SLASH, ["/"], needs=("\u2044", "\u2215", "\uff0f"))
    mt = rewrite(mt, ODD_HYPHEN, ["-"], needs=("\u2010", "\u2011", "\u2012"))
    return rewrite(mt, CODE_DASH, ["-"], needs=("\u2013", "\u2212"))


# Full-width forms of ASCII (U+FF01–U+FF5E: a CJK input method, an OCR engine or a PDF font gives
# "đạt 80％", "Số： 12", "（GRDP）"): each is its ASCII character (what NFKC does for this block alone;
# NFKC over the whole text would also flatten "m²" and "½"). The full-width solidus is `ODD_SLASH`'s.
FULL_WIDTH = regex.compile(r"[\uff01-\uff5e]")


def full_width_characters(mt: MappedText) -> MappedText:
    """Full-width ASCII forms to ASCII (one character for one: offsets stay)."""
    if not FULL_WIDTH.search(mt.text):
        return mt
    return rewrite(mt, FULL_WIDTH, lambda m: [chr(ord(m.group()) - 0xFEE0)])


# A list label pasted from Word with the tab Word puts after it ("1.\tSở Tài chính", "-\tTăng cường …"), and a bullet of
# the Symbol or Wingdings font, which Word keeps in the private use area ("\uf0b7\tChỉ tiêu 1", "\uf0a7\t…"): the tab is
# the label's gap, not a table's column (the rest of the line has none), and the glyph is a bullet.
SYMBOL_BULLET = r"[\uf020-\uf0ff]"
LIST_LABEL = r"[-–+•●▪◦*]|\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[a-zđ][.)]|\([a-zđ]\)|[IVXLC]{1,6}\."
LABEL_TAB = regex.compile(rf"(?m)^(?P<indent>[ \t]*)(?:(?P<symbol>{SYMBOL_BULLET})|(?P<label>{LIST_LABEL}))[ ]*\t[ \t]*(?=[^\t\n]*$)(?=[^\t\n]*\S)")
# (two lookaheads, each linear: "no tab after, and a character" in one, "[^\t\n]*\S[^\t\n]*$", tries every split of a long line)
SYMBOL_LINE_START = regex.compile(rf"(?m)^(?P<indent>[ \t]*)(?P<symbol>{SYMBOL_BULLET})(?=[ \t])")


def list_labels(mt: MappedText) -> MappedText:
    """A list label's tab to a space, a Symbol or Wingdings bullet glyph at a line's start to "•"."""
    mt = rewrite(mt, LABEL_TAB, lambda m: [m.span("indent"), "•" if m.group("symbol") else m.span("label"), " "], needs=("\t",))
    if not regex.search(SYMBOL_BULLET, mt.text):
        return mt
    return rewrite(mt, SYMBOL_LINE_START, lambda m: [m.span("indent"), "•"])


def fixed_width_lines(mt: MappedText) -> MappedText:
    """Lines cut at a fixed number of characters inside words (`pipeline.wraps.fixed_width_cuts`) joined
    again with nothing between them: the cut kept every character."""
    if "\n" not in mt.text:
        return mt
    cuts = fixed_width_cuts(mt.text)
    return remove_spans(mt, [(c, c + 1) for c in cuts]) if cuts else mt


BREAK_OR_NEWLINE = regex.compile(rf"(?:{PAGE_BREAK.pattern})|(?P<newline>\n)")


def page_breaks(mt: MappedText) -> MappedText:
    """Page numbers and running headers and footers out; each page break to one line end
    (see `pipeline.pages`), so a sentence cut by the break can be joined again."""
    if FORM_FEED not in mt.text:
        return mt
    mt = remove_spans(mt, furniture_spans(mt.text))
    notes = footnote_starts(mt.text)
    feeds = [i for i, ch in enumerate(mt.text) if ch == FORM_FEED]
    mt = replace(mt, feeds=tuple(mt.to_raw[f] for f in feeds))

    def piece(m: regex.Match) -> list[Piece]:
        if m.group("newline") is not None:  # a blank line before a page's footnotes
            return [m.span(), "\n"] if m.end() in notes else [m.span()]
        feed = m.start() + m.group().index(FORM_FEED)
        before = max((f for f in feeds if f < feed), default=-1)
        return ["\n\n\n" if any(before < n < feed for n in notes) else "\n"]  # and two after them

    return rewrite(mt, BREAK_OR_NEWLINE, piece)


BOOKMARK = regex.compile(r"\[bookmark:[^\]\n]*\]")
SUPERSCRIPT = regex.compile(r"<sup>\s*([0-9]+)\s*</sup>", regex.IGNORECASE)
LINE_BREAK_TAG = regex.compile(r"<br\s*/?>", regex.IGNORECASE)
# A line break inside a cell of a markdown pipe-table row ("| 5 | … | Thuế tỉnh;<br>Sở Tài chính | 01/6 - 31/7/2027 |", as
# DOCX-to-markdown converters write a cell of two paragraphs): the row is one line, so the break is a space there.
IN_PIPE_ROW = regex.compile(r"(?m)^[ \t]*\|[^\n]*$")
IN_PIPE_ROWS = LineStartPattern(IN_PIPE_ROW, "|")
INLINE_TAG = regex.compile(r"</?(?:sup|sub|span|b|i|u|em|strong|font|a)\b[^>\n]*>", regex.IGNORECASE)


def markup_tags(mt: MappedText) -> MappedText:
    """`[bookmark: …]` out, `<sup>2</sup>` to `²`, inline HTML tags out."""
    mt = rewrite(mt, BOOKMARK, [], needs=("[bookmark:",))
    mt = rewrite(mt, SUPERSCRIPT, lambda m: [m.group(1).translate(SUPERSCRIPT_DIGITS)], needs=("<",))
    mt = rewrite(mt, LINE_BREAK_TAG, _line_break(mt.text), needs=("<",))
    return rewrite(mt, INLINE_TAG, [], needs=("<",))


def _line_break(text: str) -> Callable[[regex.Match], list[str]]:
    """A `<br>` is a line end, but a space inside a pipe-table row whose cells go on after it. The rows and
    their last "|" are found once (a search of the line at each `<br>` is quadratic on a long line)."""
    rows = [(m.start(), m.start() + m.group().rfind("|")) for m in IN_PIPE_ROWS.finditer(text)] if "|" in text else []
    starts = [start for start, _ in rows]

    def piece(m: regex.Match) -> list[str]:
        i = bisect.bisect_right(starts, m.start()) - 1
        return [" "] if i >= 0 and m.end() <= rows[i][1] else ["\n"]
    return piece


LATEX_FRACTION = regex.compile(r"\$\s*\\d?frac\s*\{\s*([^{}$]*?)\s*\}\s*\{\s*([^{}$]*?)\s*\}\s*\$")
LATEX_INLINE = regex.compile(r"\$([^$\n]{1,40})\$")
LATEX_COMMAND = regex.compile(r"\\[a-zA-Z]+\s*|[{}]")


def latex(mt: MappedText) -> MappedText:
    """`$\\frac{1}{2}$` to `1/2`; other short `$…$` to their plain content."""
    mt = rewrite(mt, LATEX_FRACTION, [1, "/", 2], needs=("$",))
    return rewrite(mt, LATEX_INLINE, lambda m: [LATEX_COMMAND.sub("", m.group(1)).strip()], needs=("$",))


# A heading's marks; pandoc escapes a "#" that opens a paragraph ("\\## 3. Phòng Nội vụ" for the text "## 3. …"),
# the same marks.
MD_HEADING = regex.compile(r"(?m)^[ \t]*(?:\\?#){1,6}[ \t]+")
MD_HEADINGS = LineStartPattern(MD_HEADING, "#")
MD_STRONG = regex.compile(r"\*\*|__(?=\S)|(?<=\S)__")
# Italic markers, and the lone ones crawlers leave ("*(GRDP) *theo"): any "*" that
# touches a word, except a footnote mark "(*)"; "2 * 3" and "* item" keep theirs.
MD_STRAY_STAR = regex.compile(r"(?<!\()\*(?!\))(?=\S)|(?<=\S)(?<!\()\*(?!\))")
MD_ESCAPE = regex.compile(r"\\([-*_.\[\]()#+!>|`~\\$<])")
# A markdown footnote's mark ("đạt 95%[^1]"): the note's number, as a superscript, where the note is called.
MD_FOOTNOTE_MARK = regex.compile(r"\[\^(\d{1,3})\](?!:)")


def markdown(mt: MappedText) -> MappedText:
    """Markdown headings, bold/italic markers and backslash escapes to plain text."""
    mt = rewrite(mt, MD_HEADINGS, [], needs=("#",))
    mt = rewrite(mt, MD_STRONG, [], needs=("**", "__"))
    mt = rewrite(mt, MD_ESCAPE, [1], needs=("\\",))
    mt = rewrite(mt, MD_FOOTNOTE_MARK, lambda m: [m.group(1).translate(SUPERSCRIPT_DIGITS)], needs=("[^",))
    return rewrite(mt, MD_STRAY_STAR, [], needs=("*",))


PIPE_RULE_LINE = regex.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*\n?")
PIPE_RULE_LINES = LineStartPattern(PIPE_RULE_LINE, "--")
PIPE_ROW = regex.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$")
PIPE_ROWS = LineStartPattern(PIPE_ROW, "|")
PIPE_CELL_BAR = regex.compile(r"[ \t]*(?<!\\)\|[ \t]*")


# A pipe-table row that a fixed width or a printed page wrapped ("| 7 | Kiểm tra … | Công an tỉnh | Quý⏎III/2027 | Biên
# bản kiểm tra |"): it opens with "|" and holds a cell's bar but does not end with one, and the lines after it (up to
# three, none opening with "|") go on to the row's closing "|", and the row so joined has as many bars as a whole row
# next to it (a table whose rows have no outer bars, "TT | Tên nhiệm vụ | …", keeps its lines). The row is one line again.
WRAPPED_ROW_LINES = 3


def _bars(text: str, newline: int, back: bool = False) -> int | None:
    """The bars of the line after the line end at `newline` (before it: `back`) when that line is a whole pipe
    row (it opens and closes with "|"), else None."""
    if newline < 0 or newline >= len(text) or text[newline] != "\n":
        return None
    if back:
        start = text.rfind("\n", 0, newline) + 1
        line = text[start:newline]
    else:
        end = text.find("\n", newline + 1)
        line = text[newline + 1:len(text) if end < 0 else end]
    line = line.strip(" \t")
    return line.count("|") if len(line) > 1 and line.startswith("|") and line.endswith("|") else None


def _wrapped_pipe_rows(text: str) -> list[tuple[int, int]]:
    """The line ends inside wrapped pipe-table rows (see above), as (start, end) spans of their "\n"."""
    ends: list[tuple[int, int]] = []
    for m in IN_PIPE_ROWS.finditer(text):
        line = m.group().rstrip(" \t")
        if line.endswith("|") or line.count("|") < 2:
            continue
        breaks, pos = [], m.end()
        for _ in range(WRAPPED_ROW_LINES):
            if pos >= len(text) or text[pos] != "\n":
                break
            nxt = text.find("\n", pos + 1)
            nxt = len(text) if nxt < 0 else nxt
            after = text[pos + 1:nxt].strip(" \t")
            if not after or after.startswith("|"):
                break
            breaks.append((pos, pos + 1))
            if after.endswith("|"):
                bars = text.count("|", m.start(), nxt)
                if bars in (_bars(text, m.start() - 1, back=True), _bars(text, nxt)):
                    ends += breaks
                break
            if "|" in after:
                break
            pos = nxt
    return ends


# s33a: a row of a table whose cells a converter split by " | " with no outer bars ("STT | Xã, phường | … | Thời gian",
# DOCX-to-text tools), where the row's first and last cells are empty (" | Tổng cộng | 1.195 | … | 60.300 | ", a merged
# header's second row " | | Tổng số | Xây mới | Sửa chữa | | "): stripped, it opens and closes with a bar as a markdown row
# does, but its outer bars part cells. It is read so where its bars as separators give the width of a bar-less row of the
# same run of lines and as a markdown row's frame do not (a bar-less table with a framed row of its own width, "1 | Rà
# soát | Sở Xây dựng |" beside "| 2 | Kiểm tra | Thanh tra |", keeps the markdown reading).
BAR = regex.compile(r"(?<!\\)\|")
SPACED_BAR = regex.compile(r"[ \t]\|[ \t]")


def _unframed_rows(text: str) -> set[int]:
    """The starts of the lines that open and close with a bar but are rows of a bar-less table (see above)."""
    found: set[int] = set()
    run: list[tuple[int, str]] = []  # the run of lines holding a bar, each (start, stripped line)

    def close() -> None:
        widths = {len(BAR.findall(line)) + 1 for _, line in run if not line.startswith("|") and SPACED_BAR.search(line)}
        if widths:
            for start, line in run:
                bars = len(BAR.findall(line))
                if len(line) > 1 and line.startswith("|") and line.endswith("|") and bars + 1 in widths \
                        and bars - 1 not in widths:
                    found.add(start)
        run.clear()

    pos = 0
    for line in text.split("\n"):
        if "|" in line:
            run.append((pos, line.strip(" \t")))
        elif run:
            close()
        pos += len(line) + 1
    if run:
        close()
    return found


def pipe_tables(mt: MappedText) -> MappedText:
    """Markdown pipe tables to tab-separated lines; `|---|` rule lines out.

    Only a line that starts and ends with `|` is a table row, so a lone `|` in
    prose stays. The outer bars go, inner bars become tabs; in a row of a
    bar-less table (`_unframed_rows`) every bar becomes a tab.
    """
    mt = rewrite(mt, PIPE_RULE_LINES, [], needs=("--",))
    unframed: set[int] = set()
    if "|" in mt.text:
        mt = replace_spans(mt, _wrapped_pipe_rows(mt.text), " ")
        unframed = _unframed_rows(mt.text)

    def row_cells(m: regex.Match) -> list[Piece]:
        row = m.group()
        bars = list(PIPE_CELL_BAR.finditer(row))
        pieces: list[Piece] = []
        every = m.start() in unframed
        for i, bar in enumerate(bars):
            if every or 0 < i < len(bars) - 1 or (i == 0 and bar.start() > 0 and row[: bar.start()].strip()):
                pieces.append("\t")
            nxt = bars[i + 1].start() if i + 1 < len(bars) else len(row)
            if bar.end() < nxt:
                pieces.append((m.start() + bar.end(), m.start() + nxt))
        return pieces

    return rewrite(mt, PIPE_ROWS, row_cells, needs=("|",))


SEGMENTED_JOIN = regex.compile(r"(?<=\p{L})_(?=\p{L})")
SPACE_BEFORE_PUNCT = regex.compile(r"(?<=\S)[ \t]+(?=[,.;:)!?%](?:\s|$))|(?<=[(])[ \t]+")


def word_segmentation(mt: MappedText) -> MappedText:
    """Undo word segmentation (`phát_triển` → `phát triển`, `tỉnh , năm` → `tỉnh, năm`).

    Spacing around punctuation is repaired only in a text that is word-segmented
    (many joined syllables), never in ordinary text.
    """
    joins = SEGMENTED_JOIN.findall(mt.text) if "_" in mt.text else []
    if not joins:
        return mt
    mt = rewrite(mt, SEGMENTED_JOIN, [" "])
    if len(joins) >= 20:
        mt = rewrite(mt, SPACE_BEFORE_PUNCT, [])
    return mt


def aligned_tables(mt: MappedText) -> MappedText:
    """Space-aligned text tables (`pdftotext -layout`) to one tab-separated line per row; a
    cell's wrapped lines join with spaces (see `pipeline.aligned`). Before `spaces`, which
    would lose the columns' positions."""
    from pipeline.aligned import TableSpans

    if "  " not in mt.text:
        return mt  # a header line has runs of two spaces or more between its names
    found = TableSpans(mt.text)
    return rewrite(mt, found, found.pieces) if found.blocks else mt


def grid_tables(mt: MappedText) -> MappedText:
    """pandoc's grid tables (cells wrapped inside columns between "+---+" rules) to one tab-separated line per
    row (see `pipeline.grid`). Before `markdown` and `pipe_tables`: the columns are where the rule's "+" are."""
    from pipeline.grid import GridTables

    if "+-" not in mt.text:
        return mt
    found = GridTables(mt.text)
    return rewrite(mt, found, found.pieces) if found.blocks else mt


TRAILING_SPACE = regex.compile(r"(?m)[ \t]+$")


class _TrailingSpaces:
    """TRAILING_SPACE's `finditer`: the run of spaces and tabs that ends each line (before its "\n", or the text's end), found
    from the lines that end in one (a regex scan tries every space of the text)."""

    @staticmethod
    def finditer(text: str) -> Iterator[regex.Match]:
        search = TRAILING_SPACE.search
        start = 0
        for line in text.split("\n"):
            if line[-1:] in (" ", "\t"):
                yield search(text, start + len(line.rstrip(" \t")))
            start += len(line) + 1


TRAILING_SPACES = _TrailingSpaces()
LEADING_SPACE = regex.compile(r"(?m)^ +")
COLUMN_GAP = regex.compile(r"(?<=\S) {3,}(?=\S)")
SPACE_RUN = regex.compile(r"(?<=\S) {2}(?=\S)")


def spaces(mt: MappedText) -> MappedText:
    """Trim lines; a run of 3+ spaces inside a line (a layout column gap) to a tab."""
    if mt.text.endswith((" ", "\t")):
        mt = rewrite(mt, TRAILING_SPACES, [])
    else:
        mt = rewrite(mt, TRAILING_SPACES, [], needs=(" \n", "\t\n"))
    mt = rewrite(mt, LEADING_SPACE, [], needs=(" ",) if mt.text.startswith(" ") else ("\n ",))
    mt = rewrite(mt, COLUMN_GAP, ["\t"], needs=("   ",))
    return rewrite(mt, SPACE_RUN, [" "], needs=("  ",))


def remove_spans(mt: MappedText, spans: Sequence[tuple[int, int]]) -> MappedText:
    """Drop the sorted, disjoint `[start, end)` spans; every kept character keeps its raw offset."""
    return replace_spans(mt, spans, "")


def replace_spans(mt: MappedText, spans: Sequence[tuple[int, int]], new: str | Sequence[str]) -> MappedText:
    """Each of the sorted, disjoint, non-empty `[start, end)` spans to the text `new` (or to its
    own text: `new[i]` for `spans[i]`), mapped to the raw offset of the span's first character
    (as `rewrite` maps new text)."""
    if not spans:
        return mt
    out: list[str] = []
    out_map = offsets()
    pos = 0
    news = itertools.repeat(new) if isinstance(new, str) else new
    for (start, end), new in zip(spans, news):
        out.append(mt.text[pos:start])
        out_map.extend(mt.to_raw[pos:start])
        if new:
            out.append(new)
            out_map.extend([mt.to_raw[start]] * len(new))
        pos = max(pos, end)
    out.append(mt.text[pos:])
    out_map.extend(mt.to_raw[pos:])
    return MappedText("".join(out), out_map, mt.feeds, mt.page_ends)


def page_chrome(mt: MappedText) -> MappedText:
    """A portal's frame out: its metadata panel, trailer and notices (see `pipeline.chrome`)."""
    return remove_spans(mt, chrome_spans(mt.text))


# A line end between two non-blank lines, over at most one blank line.
LINE_BREAK = regex.compile(r"(?<=\S)[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\S)")
# LINE_BREAK's matches found from their line end (a search for a "\n" is quicker than for a position
# after a \S): each starts at its "\n", and LINE_BREAK's starts at the end of that line's text.
LINE_END = regex.compile(r"(?<=\S[ \t]*)\n(?:[ \t]*\n)?[ \t]*(?=\S)")
BLANK_RUN = regex.compile(r"\n{3,}")


def _in_bar_cell(text: str, start: int, end: int, reach: int = 30) -> bool:
    """The lines around `start`..`end` sit in a crawled table's cell (bounded by a lone `|` line,
    not a blank line): there a capitalised line is the cell's next entry, not a wrap."""
    pos = start
    for _ in range(reach):  # back to the cell's or the paragraph's start
        if pos <= 0:
            break
        prev = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev:pos - 1].strip()
        if line == "|":
            return True
        if not line:
            break
        pos = prev
    pos = end
    for _ in range(reach):  # on to its end
        nxt = text.find("\n", pos)
        if nxt < 0:
            break
        line = text[nxt + 1:(text.find("\n", nxt + 1) + 1 or len(text) + 1) - 1].strip()
        if line == "|":
            return True
        if not line:
            break
        pos = nxt + 1
    return False


def _bar_cell_lines(lines: list[str], reach: int = 30) -> tuple[list[bool], list[bool]]:
    """For each line (stripped): whether a lone `|` line comes before it (`above`), or after
    it (`below`), within `reach` lines and with no blank line between: what `_in_bar_cell`
    finds scanning back from a line end's first line and on from its second, for all lines at once."""
    def scan(order) -> list[bool]:
        found = [False] * len(lines)
        mark = None  # the nearest line already passed that is "|" or blank
        for distance, i in enumerate(order):
            if mark is not None:
                found[i] = distance - mark[0] <= reach and mark[1]
            if lines[i] in ("|", ""):
                mark = (distance, lines[i] == "|")
        return found

    return scan(range(len(lines))), scan(range(len(lines) - 1, -1, -1))


def line_wraps(mt: MappedText) -> MappedText:
    """Join hard-wrapped lines inside sentences, names and headings; squeeze runs of blank lines.

    Each line end is judged by `pipeline.wraps.joins` from the lines on both sides
    and the document's layout (blank-line paragraphs, wrap width). What `joins` asks of
    one line alone (`keeps_line`), and whether the line sits in a crawled table's cell,
    is found once a line, not once a line end.
    """
    text = mt.text
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    profile = profile_of_lines(stripped)
    in_cell = replace(profile, paragraphs=False)
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    # a LINE_BREAK match runs from after a line's last \S to before the next line's first \S,
    # over [ \t] only: a table row ends (starts) there when a tab is left (right) of it
    tab_before = ["\t" in line and "\t" in line.rstrip(" \t") for line in lines]
    tab_after = ["\t" in line and "\t" in line.lstrip(" \t") for line in lines]
    keeps = [bool(line) and keeps_line(line) for line in stripped]
    kept, glued = _cell_line_tables(stripped)
    for i in kept:
        keeps[i] = True
    if profile.paragraphs:
        above, below = _bar_cell_lines(stripped)
    ends = dict(mt.page_ends)
    feeds = sorted(mt.feeds) if profile.paragraphs or ends else []
    runs_on = replace(profile, paragraphs=True)
    joined = []
    glue: list[str] = []
    b, counted = 0, 0
    count = text.count
    chain = (-1, (0, 0))  # the last line joined to the one before it, and the brackets its run of lines left open
    for m in LINE_END.finditer(text):
        newline, end = m.span()
        b += count("\n", counted, newline)  # the line before the line end (the line ends before it, counted on) …
        counted = newline
        a = b + count("\n", newline, end)  # … and the one after it (one line on, or two over a blank line)
        if tab_before[b] or tab_after[a]:
            continue  # a table row ends or starts there, not a sentence
        before, after = stripped[b], stripped[a]
        if b in glued and a == b + 1:  # a table's cell printed over two lines (`_cell_line_tables`)
            joined.append((starts[b] + len(lines[b].rstrip(" \t")), end))
            glue.append("" if glued_hyphen(before, after) else " ")
            continue
        if not (before and after) or keeps[b] or keeps[a]:
            continue
        cell = profile.paragraphs and (above[b] or below[a])  # the lines sit in a crawled table's cell (`_in_bar_cell`)
        # a page break: the blank line that would end a paragraph there cannot be seen, so the
        # paragraphs' rule (every line end inside one is a wrap) does not hold across it, unless the
        # reader saw the page's text run on to the next (a wrap) or end short (a paragraph's end)
        turn = _crossed(feeds, mt.to_raw[newline], mt.to_raw[end]) if feeds else None
        seen = ends.get(turn) if turn is not None else None
        blank = a - b > 1 or (seen == ENDS and not awaits_name(before))
        if blank and not after[0].islower():
            continue  # what `joins_open` says first of such a line end: only a lower-case continuation crosses a blank line
        judge = runs_on if seen == RUNS_ON and not cell else in_cell if cell or (turn is not None and profile.paragraphs) else profile
        own = open_brackets(before)
        opened = (chain[1][0] + own[0], chain[1][1] + own[1]) if chain[0] == b else own
        if joins_open(before, after, blank, judge, opened, joined_above=chain[0] == b,
                      outdented=a == b + 1 and _indent(mt, starts[a]) < _indent(mt, starts[b])):
            joined.append((starts[b] + len(lines[b].rstrip(" \t")), end))  # LINE_BREAK's match
            glue.append("" if glued_hyphen(before, after) else " ")
            chain = (a, opened)  # a bracket opened lines above is still open at the next line end
    mt = replace_spans(mt, joined, glue)
    return rewrite(mt, BLANK_RUN, ["\n\n"])


def _indent(mt: MappedText, start: int) -> int:
    """How far the line that starts at `start` (after `spaces` trimmed it) was indented in the source: the raw characters
    between its line end and its first character (0 for the text's first line)."""
    return mt.to_raw[start] - mt.to_raw[start - 1] - 1 if start else 0


def _cell_line_tables(lines: list[str]) -> tuple[list[int], set[int]]:
    """The lines of tables of one cell a line ("TT⏎Chỉ tiêu⏎Đơn vị tính⏎…⏎1⏎Số doanh nghiệp …⏎doanh
    nghiệp⏎7", `extractors.tables.cell_line_layout`): each cell keeps its line, so a unit cell in small
    letters is not read as the wrapped end of the indicator above it; and the lines of a cell printed over
    several lines ("Sở Tài⏎chính"), each given as the line the next one continues, are joined."""
    from extractors.tables import cell_line_layout, empty_cells_gap
    from extractors.tables.patterns import NUMBER_HEADER, NUMBER_HEADER_OPENS

    kept: list[int] = []
    glued: set[int] = set()
    for i, line in enumerate(lines):
        if line[:1] not in NUMBER_HEADER_OPENS or not NUMBER_HEADER.fullmatch(line) or (kept and i < kept[-1]):
            continue
        at: list[int] = []  # the run's lines: no blank line between, but a section row's empty cells (`empty_cells_gap`)
        spaced = _spaced_cells(lines, i)  # x22a: or a crawl's cells, each a paragraph (`spaced_run_end`)
        if spaced:
            at = spaced
        j = len(lines) if spaced else i
        while j < len(lines) and not keeps_line(lines[j]):
            if not lines[j]:
                k = j
                while k < len(lines) and not lines[k]:
                    k += 1
                if not (len(at) >= 2 and k < len(lines)
                        and empty_cells_gap(lines[at[-2]], lines[at[-1]], lines[k])):
                    break
                j = k
                continue
            at.append(j)
            j += 1
        rows, joins = cell_line_layout([lines[k] for k in at])
        if rows:
            kept += range(i, at[rows[-1][0] + rows[-1][1] - 1] + 1)
            glued.update(at[j] for j in joins)
    return kept, glued


def _spaced_cells(lines: list[str], i: int) -> list[int]:
    """The lines of a table of one cell a line that opens at line `i` and that a crawl sets one cell a paragraph, one
    blank line between cells (`extractors.tables.spaced_run_end`); [] where it is not so set."""
    from extractors.tables import spaced_run_end

    at = [i]
    gaps: list[str] = []
    k = i + 1
    while k < len(lines) and len(at) <= 400:  # as `extractors.tables._spaced_end` reads it
        j = k
        while j < len(lines) and not lines[j]:
            j += 1
        if j >= len(lines) or keeps_line(lines[j]):
            break
        gaps.append("\n" * (j - k + 1))
        at.append(j)
        k = j + 1
    end = spaced_run_end(gaps, 0)
    return at[:end] if end is not None else []


def _crossed(feeds: list[int], start: int, end: int) -> int | None:
    """The raw page break (of the sorted `feeds`) that lies between the raw offsets `start` and `end`."""
    i = bisect.bisect_right(feeds, start)
    return feeds[i] if i < len(feeds) and feeds[i] < end else None


STEPS: tuple[Callable[[MappedText], MappedText], ...] = (
    nfc,
    whitespace_characters,
    code_characters,
    full_width_characters,
    list_labels,
    fixed_width_lines,  # before anything trims a line: a cut keeps its spaces at the line's ends
    grid_tables,
    aligned_tables,  # before page_breaks: a page's table ends at its page, so a table cut by a page is read page by page
    page_breaks,
    markup_tags,
    latex,
    markdown,
    pipe_tables,
    word_segmentation,
    spaces,
    page_chrome,
    line_wraps,
)


def normalise(raw: str, page_ends: Sequence[tuple[int, str]] = ()) -> MappedText:
    """Run every step of `STEPS` over `raw` (`page_ends`: how the reader saw pages end, `RawDocument.page_ends`)."""
    mt = MappedText.identity(raw)
    if page_ends:
        mt = replace(mt, page_ends=tuple(page_ends))
    for step in STEPS:
        mt = step(mt)
    return mt


def page_of(page_starts: Sequence[int], raw_offset: int) -> int | None:
    """1-based page of a raw offset, or None when the source has no pages."""
    if not page_starts:
        return None
    return max(1, bisect.bisect_right(page_starts, raw_offset))

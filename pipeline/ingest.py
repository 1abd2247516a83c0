"""Read one plan file (txt, md, html, docx, pdf) into a `RawDocument`.

Reading never raises: a file that cannot be read, or whose text cannot be
trusted, comes back with status `failed` or `warning` and a message saying why
and what to do, so one bad file never stops a batch.
"""
from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Iterable
from html.entities import html5 as html5_entities
from html.parser import HTMLParser
from pathlib import Path

import regex

from pipeline.model import RawDocument, Table
from pipeline.pdf_layout import column_edge, layer_and_edge, layer_text, single_strike
from pipeline.pdf_stamps import stamped
from pipeline.pdf_turn import upright
from pipeline.quality import Caution, characters, letter_count, problems, repair, syllable_share, word_counts
from pipeline.wraps import SENTENCE_END, WrapProfile, cut_abbreviation, cut_syllable, glued_hyphen, joins

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}


class UnreadableText(ValueError):
    """The bytes are not text in any encoding kehoach reads."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- text decoding ----------------------------------------------------------

MAGIC = {b"%PDF-": "pdf", b"PK\x03\x04": "docx"}
BINARY_MAGIC = {b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
                b"\xd0\xcf\x11\xe0": "an old Office (.doc/.xls) file", b"PAR1": "a Parquet file",
                b"\x1f\x8b": "a gzip archive", b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7-Zip archive"}
# Control characters (U+0000-U+0008, U+000E-U+001F, U+007F) as the bytes they are read from as Latin-1: counted in the
# bytes with `bytes.translate`, without a decode or a regex scan.
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f])


def sniff(data: bytes) -> str | None:
    """The format the bytes are (`pdf`, `docx`), whatever the file is named."""
    return next((fmt for magic, fmt in MAGIC.items() if data.startswith(magic)), None)


def _binary_kind(data: bytes) -> str | None:
    kind = next((what for magic, what in BINARY_MAGIC.items() if data.startswith(magic)), None)
    if kind:
        return kind
    head = data[:20000]
    if b"\x00" in head or len(head) - len(head.translate(None, CONTROL_BYTES)) > 0.05 * max(len(head), 1):
        return "binary data"
    return None


def decode_text(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 or a single-byte code page; return
    (text, encoding, warnings).

    Mis-decoded UTF-8 (mojibake) and text in a legacy Vietnamese font encoding (TCVN3,
    VNI, VISCII) are repaired (`pipeline.quality.repair`), with a note in `encoding`
    or a warning saying so.
    """
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (
            len(data) >= 4 and (data[1:2] == b"\x00" and data[3:4] == b"\x00" or data[0:1] == b"\x00" and data[2:3] == b"\x00")):
        codec = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be")
        if len(data) % 2:
            data = data[:-1]
            warnings.append(Caution("the UTF-16 file is cut short (an odd number of bytes): its last character is lost; "
                            "check that the file was copied completely"))
        text = data.decode(codec, errors="replace")
        return text, codec, warnings
    kind = _binary_kind(data)
    if kind:
        raise UnreadableText(f"not a text file: the content is {kind}; give the original plan as text, DOCX or PDF")
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            return _decode_single_byte(data)
    text, encoding, notes = repair(text, encoding)
    return text, encoding, warnings + notes


def _decode_single_byte(data: bytes) -> tuple[str, str, list[str]]:
    """Not UTF-8: Windows-1258, or a legacy font encoding read through Windows-1252 /
    Latin-1; the reading that gives the most well-formed Vietnamese wins."""
    best = None
    for codec in ("cp1258", "cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        text, encoding, notes = repair(text, {"cp1258": "windows-1258"}.get(codec, codec))
        share = syllable_share(text) or 0.0
        if best is None or share > best[0] + 0.01:
            best = (share, text, encoding, notes)
    _, text, encoding, notes = best
    return text, encoding, notes


# --- how far the text can be trusted ---------------------------------------

LETTER = regex.compile(r"\p{L}")
FOREIGN_GLYPH = regex.compile(r"[\p{Cyrillic}\p{Armenian}\p{Greek}\p{Co}\ufffd\x01-\x08\x0e-\x1f]")
CID_GLYPH = regex.compile(r"\(cid:\d+\)")  # a glyph pdfminer could not map, by its font's number
FOREIGN_SCRIPT = regex.compile(f"{FOREIGN_GLYPH.pattern}|{CID_GLYPH.pattern}")
WORD = regex.compile(r"\b\p{L}{2,}\b")
VIETNAMESE_MARKED = regex.compile(r"[^\x00-\x7f]")
GARBLED_SHARE = 0.05  # unmapped or foreign-script glyphs per letter above which a text layer is garbled


def _unmapped(text: str) -> tuple[int, int]:
    """(glyphs that map to no letter or to a foreign script, letters) of a text."""
    text_without = text.replace("\ufffd", "")
    # FOREIGN_SCRIPT's matches, counted without a scan of the text by the regex engine: its one-glyph
    # matches are each occurrence of a text's distinct characters that FOREIGN_GLYPH matches (but U+FFFD,
    # taken out), and no "(cid:N)" holds one of them
    foreign = sum(text.count(c) for c in characters(text) if c != "\ufffd" and FOREIGN_GLYPH.match(c))
    if "(cid:" in text_without:
        foreign += len(CID_GLYPH.findall(text_without))
    return foreign, letter_count(text)


def unmapped_share(text: str) -> float:
    """Glyphs that map to no letter ("(cid:54)", private-use or replacement characters) or to a
    script Vietnamese is not written in, per letter of the text: a broken font mapping."""
    foreign, letters = _unmapped(text)
    return foreign / letters if letters else (float("inf") if foreign else 0.0)


# Words a text needs before its share of words with a diacritic says it lost them: a Vietnamese sentence of ten words
# carries several ("Tỷ lệ hộ nghèo giảm xuống còn 2%"); a short notice of 30 words with almost none has lost them.
MIN_WORDS_FOR_DIACRITICS = 30


def text_quality(text: str, fmt: str = "txt") -> tuple[str, str | None]:
    """`(status, message)` for a text: too little text, garbled glyphs, not Vietnamese
    syllables, lost diacritics, letters replaced by `?`, undecodable characters. Measured on the
    text's NFC form, as the extractors read it: in decomposed text (NFD: a Mac's file names, some
    editors and PDF layers) a tone mark is a character of its own and no word would carry one."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    foreign, letters = _unmapped(text)  # letters: LETTER's matches, counted from the words
    if letters < 40:
        if fmt == "pdf":
            return "failed", "no usable text (fewer than 40 letters): a scanned image that needs OCR"
        if not text.strip():
            return "failed", "the file is empty: nothing to read"
        return "failed", f"almost no text ({letters} letters): nothing to extract from"
    share = foreign / letters
    if share > GARBLED_SHARE:
        return "failed", (
            f"text layer is garbled: {share:.0%} of glyphs are unmapped or in a foreign script "
            "(a broken font mapping); re-extract the text with OCR"
        )
    status, messages = problems(text)
    if status == "failed":
        return status, messages[0]
    words = word_counts(text, WORD, 2)
    n_words = sum(words.values())
    marked = sum(n for w, n in words.items() if not w.isascii())  # words with a VIETNAMESE_MARKED (non-ASCII) letter
    if n_words >= MIN_WORDS_FOR_DIACRITICS and marked / n_words < 0.15:
        return "warning", "; ".join([
            f"text has lost its Vietnamese diacritics (only {marked / n_words:.0%} of words carry one): "
            "typed without them or a poor OCR layer; facts may be missed", *messages])
    if share > 0.005:
        messages.append(f"{foreign} glyphs are unmapped or in a foreign script; some text may be garbled")
        status = "warning"
    return status, "; ".join(messages) or None


# --- readers ----------------------------------------------------------------


def _decoding_notes(encoding: str, warnings: list[str]) -> list[str]:
    return ([] if encoding in ("utf-8", "utf-8-sig") else [f"decoded as {encoding}"]) + warnings


def read_plain(path: Path) -> tuple[str, tuple[int, ...], tuple[Table, ...], list[str]]:
    text, encoding, warnings = decode_text(path.read_bytes())
    return text, (), (), _decoding_notes(encoding, warnings)


HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's white space (not U+00A0, which is a kept space)


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "ul", "ol",
             "pre"}
    # Not the document: scripts and styles, and a portal's menus, side bars and controls
    # (a <form> stays: ASP.NET portals wrap the whole page, document included, in one).
    SKIP = {"script", "style", "head", "title", "noscript", "nav", "aside", "menu", "button", "select", "iframe", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.spans: list[int] = []  # per open cell (td, th): the columns it spans
        self.tables = 0  # open <table> elements
        # per open table: the cells of earlier rows that span down (rowspan), column → [rows left, columns
        # wide], and the column the current row has reached
        self.down: list[dict[int, list[int]]] = []
        self.column: list[int] = []
        self.pre = 0  # open <pre> elements: their line breaks are the text's
        self.pre_opened = False  # no text read yet since the last <pre> opened
        self.kept: set[int] = set()  # the parts read inside a <pre>: their spaces are the text's, kept as they are
        self.breaks: set[int] = set()  # the parts that are a paragraph or line break inside a cell (a space)
        self.opened: list[list[int]] = []  # per open table: its first part, its rows, its widest row's columns
        self.closed: list[tuple[int, int]] = []  # the parts of each table closed inside a table still open

    def _spanned_down(self, row_end: bool = False) -> None:
        """An empty cell for each cell of an earlier row that spans down (rowspan) into this row at
        the current column, so the row's cells stay under their header, as DOCX merges are read;
        at the row's end nothing is written, but the cells still spanning down have covered it."""
        down = self.down[-1]
        col = self.column[-1]
        while not row_end and col in down:
            left, width = down[col]
            self.parts.append("\t" * width)
            if left <= 1:
                del down[col]
            else:
                down[col][0] = left - 1
            col += width
        self.column[-1] = col
        if row_end:
            for c in [c for c in down if c >= col]:
                down[c][0] -= 1
                if down[c][0] <= 0:
                    del down[c]

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables += 1
            self.down.append({})
            self.column.append(0)
            self.opened.append([len(self.parts), 0, 0])
        elif tag == "tr" and self.column:
            self.column[-1] = 0
            self.opened[-1][1] += 1
        elif tag == "pre":
            self.pre += 1
            self.pre_opened = True
        if tag in self.SKIP:
            self.skip += 1
        elif tag in ("td", "th"):
            if self.down and not self.spans:
                self._spanned_down()
            self.parts.append("\t")
            span = _span_of(dict(attrs).get("colspan"))
            self.spans.append(span)
            if self.down:
                rows = _span_of(dict(attrs).get("rowspan"))
                if rows > 1:
                    self.down[-1][self.column[-1]] = [rows - 1, span]
                self.column[-1] += span
        elif tag in self.BLOCK:
            # inside a cell a paragraph or line break is a space: the row stays one line
            self._block(self.spans and tag not in ("tr", "table"))
            if tag in ("tr", "table"):
                self.spans = []

    def handle_endtag(self, tag):
        if tag == "table":
            self.tables = max(0, self.tables - 1)
            if self.down:
                self.down.pop()
                self.column.pop()
                self._layout(*self.opened.pop())
        elif tag == "tr" and self.down:
            self._spanned_down(row_end=True)
            self.opened[-1][2] = max(self.opened[-1][2], self.column[-1])
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            if self.spans:
                self.parts.append("\t" * (self.spans.pop() - 1))  # a merged cell keeps the columns it spans
        elif tag == "tr":
            self.spans = []  # the next row's start ends this row's line: rows stay on consecutive lines
        elif tag in self.BLOCK:
            self._block(self.spans and tag != "table")
            if tag == "table":
                self.spans = []

    def _block(self, in_cell) -> None:
        if in_cell:
            self.breaks.add(len(self.parts))
        self.parts.append(" " if in_cell else "\n")

    def _layout(self, start: int, rows: int, columns: int) -> None:
        """A layout table (the national header: the issuer beside the national motto, the number beside
        the place and date; the closing: the recipients beside the signature; NĐ 30/2020/NĐ-CP, Phụ
        lục I) of at most LAYOUT_ROWS rows and LAYOUT_COLUMNS columns, one of whose lines opens the motto,
        "Nơi nhận:" or a signature: read one cell after the other, a line per paragraph or line break,
        as the DOCX reader reads such a table and a text copy of the plan has it."""
        end = len(self.parts)
        # a table nested in this one keeps its rows and cells ("a frame around a table of figures": its rows stay lines)
        nested = {k for a, b in self.closed if start <= a for k in range(a, b)}
        self.closed = [(a, b) for a, b in self.closed if a < start] + ([(start, end)] if self.opened else [])
        if not _layout_shape(rows, columns, self._lines(start, end, nested)):
            return
        at = self._line_ends(start, end, nested)
        last = None
        for k in at:  # one line break between two lines, however many tags closed and opened there
            between = "".join(self.parts[last + 1:k]) if last is not None else "x"
            self.parts[k] = "" if not between.strip(" \n") else "\n"
            self.breaks.discard(k)
            last = k

    def _line_ends(self, start: int, end: int, nested: set[int]) -> list[int]:
        """The parts of a table's own cells (not of a table nested in it) where a line ends."""
        return [k for k in range(start, end)
                if k not in nested and (k in self.breaks or (self.parts[k] and not self.parts[k].strip("\t")))]

    def _lines(self, start: int, end: int, nested: set[int]):
        """The lines of a table's cells, one at a time (only a table small enough to be a layout is read)."""
        ends = set(self._line_ends(start, end, nested))
        yield from "".join("\n" if k in ends or k in nested else part
                           for k, part in enumerate(self.parts[start:], start)).split("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.pre:
            if self.pre_opened and data.startswith("\n"):
                data = data[1:]  # the line break right after <pre> is markup (HTML drops it)
            self.pre_opened = False
            self.kept.add(len(self.parts))
        else:
            # HTML whitespace (the source's line breaks and indentation) is one space: only the
            # tags make lines and cells, so a table reads the same however its markup is laid out
            data = HTML_SPACE.sub(" ", data)
            if self.tables and not self.spans and not data.strip():
                return  # layout between <table>, <tr>, <td> tags, outside every cell
        self.parts.append(data)


def _span_of(value: str | None) -> int:
    """A colspan or rowspan attribute's count (1 where absent or odd: "²", "0", "x")."""
    value = value or "1"
    return int(value) if value.isascii() and value.isdigit() and 0 < int(value) < 50 else 1


def read_html(path: Path) -> tuple[str, tuple[int, ...], tuple[Table, ...], list[str]]:
    markup, encoding, warnings = decode_text(path.read_bytes())
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    return _html_text(parser.parts, parser.kept), (), (), _decoding_notes(encoding, warnings)


# The parser has decoded the page's references once (convert_charrefs), so its text is what a browser shows. A
# portal that escapes twice shows "&nbsp;", "&lt;" literally ("&amp;nbsp;" in its source): a complete reference
# with its semicolon in the shown text is that mistake and is decoded again. Nothing else is: a shown "Q&notes",
# "R&D&copy" or "&lt" without its semicolon is text (a second html.unescape made them "Q¬es", "R&D©").
DOUBLE_ESCAPED = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")



def _decode_reference(m: re.Match) -> str:
    """A complete reference shown literally, decoded; a name HTML does not define as a whole ("&notes;") stays."""
    ref = m.group()
    return html.unescape(ref) if ref[1] == "#" or ref[1:] in html5_entities else ref


def _html_text(parts: list[str], kept: set[int]) -> str:
    """The parts joined; outside a <pre>, the spaces the tags' layout left at a line's or a cell's
    edge go and a row's first cell starts its line; a <pre>'s text stays as it is (its indentation
    and runs of spaces are a space-aligned layout's columns, as in a plain-text file)."""
    out, run = [], []
    for k, part in enumerate(parts + [None]):
        if part is not None and k not in kept:
            run.append(part)
            continue
        text = DOUBLE_ESCAPED.sub(_decode_reference, "".join(run))
        text = re.sub(r" *([\t\n]) *", r"\1", text)  # spaces the tags' layout left at a line's or a cell's edge
        out.append(re.sub(r"\n\t", "\n", text))  # a row's first cell starts the line
        run = []
        if part is not None:
            out.append(part)
    return "".join(out)


def _docx_cell_texts(row, above: set, numbering=None) -> tuple[str, ...]:
    """A row's cells, one per grid column: a merged cell's text once, in its first grid column
    and its first row, and an empty cell in each other column or row it spans (so columns stay
    aligned with the header). `above` holds the cells already read in earlier rows."""
    from pipeline.docx_text import W, blocks, paragraph_lines

    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        key = cell._tc  # the element itself: lxml keeps one proxy per element while it is referenced
        if key in seen or key in above:  # python-docx repeats a merged cell per grid column and row
            cells.append("")
            continue
        seen.add(key)
        # a table nested in the cell: its paragraphs, in order, as more of the cell's text
        lines = [line.strip() for b in blocks(cell._tc)
                 for p in ((b,) if b.tag.endswith("}p") else b.iter(f"{W}p"))
                 for line in paragraph_lines(p, numbering, cell=True)]
        cells.append(" ".join(line for line in lines if line))
    above |= seen
    return tuple(cells)


# A layout table: the national header (the issuer beside the national motto, the number beside the place and
# date) or the closing (the recipients beside the signature) set side by side in a table of a row or two
# (NĐ 30/2020/NĐ-CP, Phụ lục I: the form of an administrative document). Its cells are blocks of lines, not a
# row of data: read one cell after the other, a line per paragraph, as a text copy of the plan has them.
LAYOUT_ROWS = 4
LAYOUT_COLUMNS = 3
LAYOUT_LINE = regex.compile(
    r"^[\s*_|]*(?:CỘNG\s+H[OÒ]A\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|(?:Nơi|NƠI)\s+(?:nhận|NHẬN)\b"
    r"|(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\.?\s+\p{Lu})")


def _layout_shape(rows: int, columns: int, lines: Iterable[str]) -> bool:
    """A layout table, as the HTML and the DOCX readers see one: at most LAYOUT_ROWS rows and LAYOUT_COLUMNS
    columns (`columns`: its widest row), one of whose lines opens the national motto, the recipients ("Nơi
    nhận:") or a signature ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH")."""
    return 0 < rows <= LAYOUT_ROWS and columns <= LAYOUT_COLUMNS and any(LAYOUT_LINE.match(line.strip()) for line in lines)


def _layout_table(docx_table) -> bool:
    """A DOCX table of the layout shape (`_layout_shape`), its paragraphs as lines."""
    from pipeline.docx_text import W

    rows = docx_table._tbl.findall(f"{W}tr")
    return _layout_shape(len(rows), max((len(r.findall(f"{W}tc")) for r in rows), default=0),
                         ("".join(t.text or "" for t in p.iter(f"{W}t")) for p in docx_table._tbl.iter(f"{W}p")))


def _frame_table(docx_table) -> bool:
    """A table of one column: a frame (a box drawn around the text, or around a table nested in it), whose
    cells are read as the body is; a row of one cell has no columns to keep."""
    from pipeline.docx_text import W

    return all(len(r.findall(f"{W}tc")) == 1 for r in docx_table._tbl.findall(f"{W}tr"))


def _docx_blocks(parent, document, numbering, lines: list[str], tables: list[Table]) -> None:
    """The lines and tables of a body, or of a layout table's cell: a paragraph's lines; a ruled table's rows,
    a line each, cells between tabs; a layout table's cells (`_layout_table`), one after the other."""
    from docx.table import Table as DocxTable

    from pipeline.docx_text import blocks, paragraph_lines

    for block in blocks(parent):
        if block.tag.endswith("}p"):
            lines.extend(paragraph_lines(block, numbering))
            continue
        docx_table, above = DocxTable(block, document), set()
        if _layout_table(docx_table) or _frame_table(docx_table):
            for row in docx_table.rows:
                seen: set = set()
                for cell in row.cells:
                    if cell._tc not in seen and cell._tc not in above:
                        seen.add(cell._tc)
                        _docx_blocks(cell._tc, document, numbering, lines, tables)
                above |= seen
            continue
        rows = tuple(_docx_cell_texts(r, above, numbering) for r in docx_table.rows)
        tables.append(Table(page=None, rows=rows))
        lines.extend("\t".join(c.replace("\n", " ") for c in r) for r in rows)


def read_docx(path: Path) -> tuple[str, tuple[int, ...], tuple[Table, ...], list[str]]:
    import docx

    from pipeline.docx_text import Numbering

    document = docx.Document(str(path))
    numbering = Numbering.of(document)
    lines: list[str] = []
    tables: list[Table] = []
    _docx_blocks(document.element.body, document, numbering, lines, tables)
    return "\n".join(lines), (), tuple(tables), []


# A PDF page needs OCR when its text layer has fewer letters than this and an image covers most of it.
OCR_MIN_LETTERS = 40
OCR_IMAGE_SHARE = 0.5
OCR_DPI = 300
PNG_LEVEL = 1  # the zlib level of the page images handed to Tesseract (`ocr_pdf_pages`)
OCR_INSTALL = "install Tesseract with its Vietnamese model to read it (apt-get install tesseract-ocr tesseract-ocr-vie)"


def _garbled_layer(text: str) -> bool:
    """The page has a text layer, but one whose glyphs do not map to letters (a font without its
    Unicode table: "(cid:54)(cid:1250) CÔNG (cid:55)…"): the page, rendered, reads well by OCR."""
    return len(regex.sub(r"\s+", "", text)) >= OCR_MIN_LETTERS and unmapped_share(text) > GARBLED_SHARE


def _page_needs_ocr(page, text: str) -> bool:
    """No usable text layer and a page-sized image: a scanned page."""
    if len(LETTER.findall(text)) >= OCR_MIN_LETTERS:
        return False
    page_area = float(page.width * page.height) or 1.0
    return any(float(im["width"] * im["height"]) / page_area > OCR_IMAGE_SHARE for im in page.images)


def tesseract_vie() -> str | None:
    """Path of a `tesseract` that has the Vietnamese model, else None."""
    import shutil
    import subprocess

    exe = shutil.which("tesseract")
    if not exe:
        return None
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    return exe if "vie" in langs else None


def ocr_pdf_pages(path: Path, pages: list[int], exe: str) -> dict[int, str]:
    """Text of the given 1-based pages of a PDF, read by Tesseract (Vietnamese) from page images
    rendered at OCR_DPI; one thread per process (OMP_THREAD_LIMIT=1), so batches run side by side."""
    import io
    import os
    import subprocess

    import pypdfium2

    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out: dict[int, str] = {}
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        for number in pages:
            image = pdf[number - 1].render(scale=OCR_DPI / 72, grayscale=True).to_pil()
            png = io.BytesIO()
            # zlib's fastest level (PNG_LEVEL): the same pixels (PNG is lossless at any level) in about half the CPU of the
            # default level 6 (a 300 dpi page: 0.07 s against 0.15 s), for a file 15% larger that goes down a pipe
            image.save(png, format="PNG", compress_level=PNG_LEVEL)
            try:
                done = subprocess.run([exe, "stdin", "stdout", "-l", "vie", "--psm", "3"], input=png.getvalue(),
                                      capture_output=True, env=env, timeout=600)
            except subprocess.TimeoutExpired:
                continue  # the page stays without text; the document's quality check says so
            out[number] = unicodedata.normalize("NFC", done.stdout.decode("utf-8", errors="replace")).strip()
    finally:
        pdf.close()
    return out


# --- PDF tables -------------------------------------------------------------------
# The text layer reads a ruled table line by line across its columns, so the words of one cell
# interleave with its neighbours'. Where pdfplumber finds a ruled table, the page's text there is
# replaced by the table's rows, one line each, cells between tabs (a cell's inner line ends become
# spaces): the raw text itself then carries the table, and page offsets stay right.


# A cell that is a value ("12.000", "≥ 95%", "7,5 - 8"): two rows with one in the same column are two rows.
PDF_VALUE_CELL = regex.compile(r"(?:[<>≥≤]=?\s*)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?")


# A number a narrow cell wrapped at its separator ("28.437⏎,20", "7.457,⏎00", "1.250.⏎000"): one number, no space inside.
# Only where the line before the break is that number alone (a bound before it at most): a cell's list keeps its space
# ("Năm 2026,⏎2027", "Tháng 3,⏎6, 9, 12", "Khoản 2, Điều 5,⏎12", "Điểm 1.⏎2."), and so do two years ("2026,⏎2027").
NUMBER_WRAP = regex.compile(
    r"(?<=(?:^|\n)[^\S\n]*(?:[<>≥≤~]=?[^\S\n]*)?(?P<head>\d[\d.,]*[.,]))[^\S\n]*\n\s*(?=(?P<tail>\d[\d.,]*))"
    r"|(?<=(?:^|\n)[^\S\n]*(?:[<>≥≤~]=?[^\S\n]*)?\d[\d.,]*\d)[^\S\n]*\n\s*(?=[.,]\d)")
YEAR_ITEM = regex.compile(r"(?:19|20)\d\d[.,]?")


# A number a cell too narrow for it wrapped between two digits ("1.007,7⏎5", "8.502,3⏎5", "2.039,7⏎5"): a cell whose
# text is a number with a separator in it, a line end, and the digits left. One number only where the cut is visibly
# inside it: the line before has a thousands and a decimal separator, and the digits left make at most two decimals
# ("1.007,7⏎5" -> "1.007,75"; Vietnamese "." thousands and "," decimals, or the English way round), or the line before
# ends in a thousands group the digits left fill to its three ("12.5⏎00" -> "12.500"; "." groups thousands in
# Vietnamese). Otherwise the two are two rows' values stacked in one cell where the reader missed a light rule
# ("98,5⏎100", "85,5⏎90", "1.250⏎300", "12,5⏎3"), and stay apart.
DIGITS_WRAP = regex.compile(r"\s*(?P<a>\d{1,3}(?:[.,]\d+)+)[^\S\n]*\n\s*(?P<b>\d{1,3})\s*")
DECIMAL_CUT = regex.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}|\d{1,3}(?:,\d{3})+\.\d{1,2}")
GROUP_CUT = regex.compile(r"\d{1,3}(?:\.\d{3})*\.(?P<g>\d{1,2})")


# A document's number and symbol a narrow cell broke inside (a word wider than the cell is cut where the line is
# full: "Thông tư số 27/2025/T⏎T-BNNMT", "Kế hoạch số 86/⏎KH-UBND"): the line ends in a number's part ("27/2025/T",
# "86/") and the next goes on with the symbol's rest ("T-BNNMT", "KH-UBND": capitals joined by "-" or "/"); one
# symbol, no space inside. A name on the next line ("125/QĐ-UBND⏎Sở Y tế") has no such joint, and stays apart. The
# symbol's rest may itself break at its hyphen, a narrow cell cutting it twice ("Quyết định số 1860/Q⏎Đ-⏎UBND"): its
# joint is then the hyphen ending the next line (`_cell_text` glues the hyphen's line end).
SYMBOL_WRAP = regex.compile(r"(?<=(?:^|\s)\d{1,4}/(?:\d{4}/)?[\p{Lu}Đ]*)[^\S\n]*\n\s*(?=[\p{Lu}Đ]+[-/](?:[^\S\n]*\n\s*)?[\p{Lu}Đ])")


# A unit's per-head count cut where a narrow cell's line was full ("doanh nghiệp/1.0⏎00 dân", "bác sĩ/10.00⏎0 dân",
# "người/1⏎00 dân"): "word/number" has no break in it, so a word processor cuts it by letters when it is wider than
# the cell. One number where the two parts make a whole count (1 to 3 digits, then groups of three: "1.000", "100");
# a year ("Quý I/2⏎026") or a code ("12/2⏎025") is no such count, and the next line may not go on in digits.
PER_UNIT_WRAP = regex.compile(r"(?<=\p{Ll}/(?P<head>\d[\d.]*))[^\S\n]*\n\s*(?=(?P<tail>[\d.]*\d)(?![\d.,]))")
PER_UNIT_COUNT = regex.compile(r"[1-9]\d{0,2}(?:\.\d{3})*")

# A date's year a narrow cell broke inside ("30/9/20⏎26", "31/12/2⏎026", "Quý IV/202⏎6", "tháng 6/20⏎26"): a day, month or
# quarter and "/", the year's first digits ending the line, its last digits opening the next; one year of four digits
# (19xx, 20xx), no space inside. A whole year before the line end ("30/9/2026⏎2027") is no cut year, and stays apart.
YEAR_WRAP = regex.compile(r"(?<=(?:^|[^\d/])(?:\d{1,2}/)?(?:\d{1,2}|[IVX]{1,4})/(?P<head>\d{1,3}))[^\S\n]*\n\s*(?=(?P<tail>\d{1,3})(?![\d/]))")


# A unit per period cut where a narrow cell's line was full ("Số chuyến (chuyến/n⏎gày)", "lượt/th⏎áng", "tấn/⏎năm"):
# "word/period" has no break in it, so a word processor cuts it by letters when it is wider than the cell. One unit
# where the letters after "/" and the next line's first letters make a period word of a per-unit ("/ngày", "/tuần",
# "/tháng", "/quý", "/năm": the periods a target is counted per, as extractors/targets/patterns.py PER_TIME_AFTER reads
# them) and those after "/" alone are none ("lượt/năm⏎tăng" stays apart).
PER_PERIOD_WRAP = regex.compile(r"(?<=[\p{L}\p{M}]/(?P<head>[\p{Ll}\p{M}]{0,4}))[^\S\n]*\n\s*(?=(?P<tail>[\p{Ll}\p{M}]+)(?![\p{L}\p{M}]))")
PERIOD_WORDS = frozenset(unicodedata.normalize("NFC", w) for w in ("ngày", "tuần", "tháng", "quý", "năm"))


def _per_period_join(m: regex.Match) -> str:
    head, whole = m.group("head"), unicodedata.normalize("NFC", m.group("head") + m.group("tail"))
    return "" if whole in PERIOD_WORDS and unicodedata.normalize("NFC", head) not in PERIOD_WORDS else m.group()


def _number_unwrapped(cell: str) -> str:
    def join(m: regex.Match) -> str:
        if m.group("head") and YEAR_ITEM.fullmatch(m.group("head")) and YEAR_ITEM.fullmatch(m.group("tail")):
            return m.group()
        return ""
    cell = SYMBOL_WRAP.sub("", NUMBER_WRAP.sub(join, cell))
    cell = YEAR_WRAP.sub(lambda m: "" if YEAR_ITEM.fullmatch(m.group("head") + m.group("tail")) else m.group(), cell)
    cell = PER_UNIT_WRAP.sub(lambda m: "" if PER_UNIT_COUNT.fullmatch(m.group("head") + m.group("tail")) else m.group(), cell)
    cell = PER_PERIOD_WRAP.sub(_per_period_join, cell)
    m = DIGITS_WRAP.fullmatch(cell)
    if m and len(m.group("a")) >= 4:
        a, b = m.group("a"), m.group("b")
        decimals = DECIMAL_CUT.fullmatch(a)
        group = GROUP_CUT.fullmatch(a)
        if decimals and len(regex.split(r"[.,]", a)[-1] + b) <= 2 or group and len(group.group("g") + b) == 3:
            return a + b
    return cell


CELL_LINE_END = regex.compile(r"[^\S\n]*\n\s*")
SPACE_RUN = regex.compile(r"\s+")


def _cell_text(cell: str) -> str:
    """A PDF table cell's text on one line: a number, date or symbol the narrow cell cut rejoined (`_number_unwrapped`),
    a word cut after its hyphen where the cell's line was full joined with no space ("GACP-⏎WHO", "X-⏎quang",
    "1860/QĐ-⏎UBND": a word processor breaks a line after a hyphen inside a word, `pipeline.wraps.glued_hyphen`), a
    syllable the cell's width cut where a word wider than the cell ran out of room joined too ("triệu đồng/n⏎gười/năm",
    `pipeline.wraps.cut_syllable`) or an abbreviation ("GRD⏎P", `pipeline.wraps.cut_abbreviation`), every other line end
    a space."""
    cell = _number_unwrapped(cell)
    if "\n" in cell:
        cell = CELL_LINE_END.sub(lambda m: "" if _one_word_cut(cell[:m.start()], cell[m.end():]) else " ", cell)
    return SPACE_RUN.sub(" ", cell).strip()


def _one_word_cut(before: str, after: str) -> bool:
    """A cell's line end between `before` and `after` is inside one word (see `_cell_text`)."""
    return glued_hyphen(before, after) or cut_syllable(before, after) or cut_abbreviation(before, after)


def _pdf_table_rows(raw_rows: list[list[str | None]]) -> tuple[tuple[str, ...], ...]:
    """Rows of a pdfplumber table as cell texts: a column whose header cell is spanned (None) and
    that is never filled beside its left neighbour joins it (one column drawn as several);
    a row whose first cell is spanned (None) goes on the row above, except under the first row
    (a header's second line) and where both rows give a value in the same column (a row of its
    own under a label merged down: "Cà phê" over "Diện tích | ha | 12.000" and "Sản lượng | tấn |
    30.000"); cells' inner line ends become spaces."""
    if not raw_rows:
        return ()
    width = max(len(r) for r in raw_rows)
    raw_rows = [list(r) + [None] * (width - len(r)) for r in raw_rows]
    groups: list[list[int]] = []
    for j, cell in enumerate(raw_rows[0]):
        if cell is None and groups and not any((r[j] or "").strip() and any((r[i] or "").strip() for i in groups[-1]) for r in raw_rows):
            groups[-1].append(j)
        else:
            groups.append([j])
    rows: list[list[str]] = []
    for raw in raw_rows:
        cells = [" ".join(_cell_text(raw[j] or "") for j in g if (raw[j] or "").strip())
                 for g in groups]
        if len(rows) > 1 and raw[0] is None and not any(
                PDF_VALUE_CELL.fullmatch(a) and PDF_VALUE_CELL.fullmatch(b) for a, b in zip(rows[-1], cells)):
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    return tuple(tuple(r) for r in rows if any(r))


def _is_real_table(rows: tuple[tuple[str, ...], ...]) -> bool:
    """Two columns or more, and two rows with two filled cells (not a framed paragraph); or one
    row of three filled cells or more (a table's last row, alone on the next page, or under the end of a
    row the page break cut)."""
    if not rows or max(len(r) for r in rows) < 2:
        return False
    filled = [sum(1 for c in r if c) for r in rows]
    return sum(1 for n in filled if n >= 2) >= 2 or max(filled) >= 3


def _cut_row_end(page, bbox, rows: tuple[tuple[str, ...], ...], width: int) -> bool:
    """A table of one row at the page's top (only a page number above it), as many cells as the row the page before
    ended with, its number cell empty and some other cell filled: the end of that row, which a page break cut ("Chuỗi
    cung⇥chuỗi⇥11⇥15⇥Sở Nông" at one page's foot, "⇥ứng thực phẩm an toàn được xác nhận⇥⇥⇥⇥nghiệp và Môi trường"
    at the next one's top) and the table ends with."""
    if len(rows) != 1 or len(rows[0]) != width or rows[0][0] or not any(rows[0][1:]):
        return False
    above = layer_text(_band(page, 0, bbox[1])).split("\n")
    return _text_top(above) == len(above)


def _cut_row_width(read_page: tuple) -> int | None:
    """The number of cells of the table row a page's text ends with (only page numbers after it), or None."""
    text, tables = read_page[0], read_page[1]
    if not tables or not tables[-1]:
        return None
    lines = text.split("\n")
    foot = _text_foot(lines)
    return len(tables[-1][-1]) if foot and lines[foot - 1] == "\t".join(tables[-1][-1]) else None


def _text_top(lines: list[str]) -> int:
    """The index of a page's first line of text (before it only blank lines and page numbers; len(lines) if none)."""
    from pipeline.pages import PAGE_NUMBER

    top = 0
    while top < len(lines) and (not lines[top].strip() or PAGE_NUMBER.match(lines[top])):
        top += 1
    return top


def _text_foot(lines: list[str]) -> int:
    """The number of a page's lines up to its last line of text (after it only blank lines and page numbers)."""
    from pipeline.pages import PAGE_NUMBER

    foot = len(lines)
    while foot and (not lines[foot - 1].strip() or PAGE_NUMBER.match(lines[foot - 1])):
        foot -= 1
    return foot


def _band(page, top: float, bottom: float):
    """The page's characters whose middle lies between `top` and `bottom`: the text above or below a
    table. (A crop takes every character its box touches, clipped: the glyphs of a table's first or
    last row reach over its rules, and were read a second time, squeezed, as a line of the text.)"""
    return page.filter(lambda obj: obj.get("object_type") != "char" or top <= (obj["top"] + obj["bottom"]) / 2 < bottom)


def _pdf_page_text(page, edge: float | None = None, cut_width: int | None = None) -> tuple[str, list[tuple[tuple[str, ...], ...]], str | None, list[float | None]]:
    """The page's text with each ruled table rendered as tab-separated rows, the tables, how
    the page's text ends (`pipeline.pdf_layout.page_end`; None where a table ends it), and the right edges
    its parts of text showed (None for a part that showed none: `pipeline.pdf_layout.layer_and_edge`,
    which reads such a part against `edge`, the document's column edge, when it is given). `cut_width`: the number of
    cells of the row the page before ended with (`_cut_row_width`), whose end a page break may have cut onto this
    page's top: a row of that many cells there, its number cell empty, is kept as a table's row however few cells it
    fills (`_rows_over_page_breaks` joins it to the row above when its cells go on that row's cells)."""
    found = []
    if page.rects or page.lines:
        try:
            for table in page.find_tables():
                rows = _pdf_table_rows(table.extract())
                if _is_real_table(rows) or cut_width is not None and _cut_row_end(page, table.bbox, rows, cut_width):
                    found.append((table.bbox, rows))
        except (ValueError, KeyError, IndexError, ZeroDivisionError):  # odd geometry: keep the text layer
            found = []
    edges: list[float | None] = []

    def text_of(region) -> tuple[str, str | None]:
        text, end, right = layer_and_edge(region, edge)
        if text.strip():
            edges.append(right)
        return text, end

    if not found:
        text, end = text_of(page)
        return text, [], end, edges
    found.sort(key=lambda t: t[0][1])
    parts: list[str] = []
    top = 0.0
    for (x0, t0, x1, b0), rows in found:
        if t0 > top:
            parts.append(text_of(_band(page, top, t0))[0])
        parts.append("\n".join("\t".join(r) for r in rows))
        beside = page.crop((0, t0, page.width, b0), strict=False).outside_bbox((x0, t0, x1, b0), strict=False)
        parts.append(text_of(beside)[0])
        top = max(top, b0)
    end = None
    if top < page.height:
        below, end = text_of(_band(page, top, page.height + 1))
        parts.append(below)
    return "\n".join(p for p in parts if p.strip()), [rows for _, rows in found], end if parts[-1].strip() else None, edges


NAME_NUMBER_END = regex.compile(r"\d{1,2}")
# s36b: a proper name's last syllable wrapped alone ("Báo và Phát thanh, Truyền hình Tuyên⏎Quang", "Công an tỉnh Đồng⏎Nai"): one
# capitalised syllable under a cell whose last word is a capitalised syllable too (every syllable of a place's or a
# person's name is written with a capital, Nghị định 30/2020/NĐ-CP, Phụ lục II)
NAME_SYLLABLE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]{0,6}")
NAME_SYLLABLE_END = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){NAME_SYLLABLE.pattern}$")
# w21d: …or the country's name alone, which closes a national body's name and opens none ("Cục Địa chất và Khoáng sản⏎Việt
# Nam", "Ủy ban Mặt trận Tổ quốc⏎Việt Nam", "Ngân hàng Chính sách xã hội⏎Việt Nam"), under a cell that ends on a word
COUNTRY_REST = regex.compile(r"Việt[ \t]+Nam")
WORD_END = regex.compile(r"[\p{L}\p{M}]$")
# A quoted name or title opening a line ("“Gia đình văn hóa”", "\"Ngày hội Đại đoàn kết\""): it goes on the words before it.
QUOTED_REST = regex.compile(r"[\"“«]\p{L}")
# A name's last word in capitals, an abbreviation or a brand ("OCOP", "GACP-WHO", "VietGAP"): two capitals or more in one
# word, no space.
CAPITALS_WORD = regex.compile(r"(?=(?:\S*\p{Lu}){2})[\p{L}\p{M}\d]+(?:[-/][\p{L}\p{M}\d]+)*")


def _cut_number(before: str, after: str) -> bool:
    """A cell's number a page break cut where the cell was too narrow for it ("30.50" at one page's foot, "0" at the
    next one's top): the two make one number as a cell's wrapped line does (`_number_unwrapped`: "30.50⏎0" -> "30.500")."""
    return before[:1].isdigit() and _number_unwrapped(f"{before}\n{after}") == before + after


def _capitals_rest(before: str, after: str) -> bool:
    """The rest of a cell in capitals that the page break cut: a heading cell going on in capitals ("TỔNG THU NGÂN
    SÁCH⏎ĐỊA PHƯƠNG"), or a name closed by a word of capitals ("Tỷ lệ xã có sản phẩm⏎OCOP"), which opens no row's
    name of its own."""
    if not before[-1:].isalpha() or not after.isupper() and not CAPITALS_WORD.fullmatch(after):
        return False
    return before.isupper() and after.isupper() or before[-1].islower() and CAPITALS_WORD.fullmatch(after) is not None


# p22: a quantity alone ("50.000", "95%", "1,5") that closes a cell's words in small letters at a page's foot ("Nâng lên⏎50.000"):
# a column of numbers holds none under words, so the cell above leads up to it (a row of its own puts its number under a number)
QUANTITY_REST = regex.compile(r"\d[\d.,]*%?")
# p22: a place's or a body's name of two capitalised syllables or more opening a cell's rest ("Nhà máy nước⏎Dương Đông (đặc khu
# Phú Quốc)"): the name of what the words in small letters above it name (every syllable of a proper name is written with a
# capital, Nghị định 30/2020/NĐ-CP, Phụ lục II)
PROPER_NAME_REST = regex.compile(rf"{NAME_SYLLABLE.pattern}(?:[ \t]+{NAME_SYLLABLE.pattern})+(?![\p{{L}}\p{{M}}])")
SMALL_WORD_END = regex.compile(r"[\p{Ll}\p{M}]$")

# p22: a row's number or bullet in a table's first cell ("1", "2.3", "II.", "a)", "(4)", "-", "+"): a table none of whose rows
# opens with one sets its rows' names in its first cell (a quarterly table: "Nội dung | Quý I | … | Cả năm")
ROW_MARK = regex.compile(r"\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.?|[a-zđ][.)]|\(\d{1,2}\)|[-+*•–]")


def _names_first(table: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the table sets its rows' names in its first cell: no row below its header opens with a row's number or a
    bullet (`ROW_MARK`), and some does with a name (a letter)."""
    body = [r[0].strip() for r in table[1:] if r and r[0].strip()]
    return bool(body) and not any(ROW_MARK.fullmatch(c) for c in body) and any(c[:1].isalpha() for c in body)


def _rows_over_page_breaks(read: list[tuple]) -> list[tuple]:
    """The pages' (text, tables, end, edges) with each table row that a page break cut in two (a word
    processor lets a row break across pages: "-⇥Thu từ khu⇥triệu đồng⇥18.250" at one page's foot, "⇥vực ngoài quốc
    doanh⇥⇥" at the next one's top, under its repeated header row or not) one row again, on the page it
    starts on. The next page's first row is the cut row's end when its first cell (the row's number) is empty
    and each of its filled cells goes on the cell above it as a wrapped line does (`pipeline.wraps.joins`:
    "thủ tục⏎hành chính", "08/2023/NQ-⏎HĐND", "Sở Nội vụ,⏎Sở Y tế"); only page numbers may lie between. In a table
    that numbers no row and names its rows in its first cell (`_names_first`: "Nội dung | Quý I | … | Cả năm"), that
    first cell may hold the name's wrapped rest ("Tập huấn nghiệp vụ⏎cho Tổ bảo vệ an ninh, trật tự (lớp)")."""
    read = list(read)
    for n in range(len(read) - 1):
        (text_a, tables_a, end_a, edges_a), (text_b, tables_b, end_b, edges_b) = read[n], read[n + 1]
        if not tables_a or not tables_b:
            continue
        last = tables_a[-1][-1]
        lines_a = text_a.split("\n")
        foot = _text_foot(lines_a)  # the page's last line of text: after it only page numbers
        lines_b = text_b.split("\n")
        top = _text_top(lines_b)
        rows_b = tables_b[0]
        k = 1 if len(rows_b) > 1 and rows_b[0] == tables_a[-1][0] else 0  # the header row, repeated
        if (not foot or lines_a[foot - 1] != "\t".join(last) or len(rows_b) <= k
                or lines_b[top:top + k + 1] != ["\t".join(r) for r in rows_b[:k + 1]]):
            continue
        cont = rows_b[k]
        # a cell's rest may open with a quoted name the line before leads up to ("danh hiệu⏎"Gia đình văn hóa""),
        # and so may a number cut by letters ("30.50⏎0"), a rest in capitals ("sản phẩm⏎OCOP", "NGÂN SÁCH⏎ĐỊA PHƯƠNG")
        # or an abbreviation's rest (a narrow cell cuts "GRD⏎P" as it cuts a line: `pipeline.wraps.cut_abbreviation`)
        cut_numbers = [bool(a) and bool(b) and _cut_number(a, b) for a, b in zip(last, cont)]
        wrapped = [bool(b) and bool(a) and (joins(a, b, False, WrapProfile()) or bool(QUOTED_REST.match(b)) and a[-1].isalpha()
                                            or number or _capitals_rest(a, b) or cut_abbreviation(a, b)
                                            or bool(SMALL_WORD_END.search(a)) and bool(QUANTITY_REST.fullmatch(b)))
                   for a, b, number in zip(last, cont, cut_numbers)]
        # a name's number wrapped alone ("Phòng Nghiệp vụ⏎1", "Đội Quản lý thị trường số⏎3") or its last syllable
        # ("Truyền hình Tuyên⏎Quang") or a proper name under words in small letters ("Nhà máy nước⏎Dương Đông", p22) goes on
        # with the row, where another cell of it is a wrapped line's rest (a quantity, p22: "Nâng lên⏎50.000"); and where
        # two cells or more are (the row's end beyond doubt: "Cục Quản⏎lý nhà …", "Quý⏎II/2026"), so does a cell whose line
        # ends no sentence though its rest opens with a capital (a verb's object: "Xây dựng⏎Nghị định sửa đổi …"), or ends a
        # list's item with ";" (w21d: "Sở Tài chính;⏎Sở Tư pháp" in a "phối hợp" cell: the list goes on, as after ",")
        cut = sum(wrapped) >= 2
        # p22: a name's rest in the first cell of a table that names its rows there (no number column), under a name
        named_rest = bool(cont[0]) and wrapped[0] and bool(last[0]) and _names_first(tables_a[-1])
        if (len(cont) != len(last) or cont[0] and not named_rest or not any(wrapped)
                or not all(not b or w or (a and NAME_NUMBER_END.fullmatch(b) and a[-1:].isalpha())
                           or (NAME_SYLLABLE.fullmatch(b) and NAME_SYLLABLE_END.search(a))
                           or (a and COUNTRY_REST.fullmatch(b) and WORD_END.search(a))
                           or (a and PROPER_NAME_REST.match(b) and SMALL_WORD_END.search(a))
                           or (cut and a and (not SENTENCE_END.search(a) or a.endswith(";"))) for a, b, w in zip(last, cont, wrapped))):
            continue
        row = tuple(a if not b else a + ("" if number or _one_word_cut(a, b) else " ") + b
                    for a, b, number in zip(last, cont, cut_numbers))
        lines_a[foot - 1] = "\t".join(row)
        rest = tuple(r for i, r in enumerate(rows_b) if i != k)
        read[n] = ("\n".join(lines_a), [*tables_a[:-1], (*tables_a[-1][:-1], row)], end_a, edges_a)
        read[n + 1] = ("\n".join(lines_b[:top + k] + lines_b[top + k + 1:]),
                       ([rest] if len(rest) > k else []) + list(tables_b[1:]), end_b, edges_b)
    return read


def _page(page):
    """The page as read: a landscape page drawn sideways on a portrait sheet turned back, and a printer's
    fake bold (each glyph drawn twice) read once, with the text its annotations draw (the number and the day a
    digital signature stamps: `pipeline.pdf_stamps.stamped`)."""
    return single_strike(upright(stamped(page)))


def read_pdf(path: Path) -> tuple[str, tuple[int, ...], tuple[Table, ...], list[str], tuple[tuple[int, str], ...]]:
    """The text of every page (each followed by a form feed), where the pages start, the ruled
    tables, notes, and how the text of each page but the last ends (`pipeline.pdf_layout.page_end`):
    (the raw offset of its form feed, "runs on" or "ends"), where the layout tells."""
    import pdfplumber

    texts: list[str] = []
    ends: list[str | None] = []
    tables: list[Table] = []
    notes: list[str] = []
    image_pages = 0
    scanned: list[int] = []
    garbled: list[int] = []
    with pdfplumber.open(str(path)) as pdf:
        read = []
        for number, page in enumerate(pdf.pages, start=1):
            page = _page(page)
            read.append(_pdf_page_text(page, cut_width=_cut_row_width(read[-1]) if read else None))
            page_area = float(page.width * page.height) or 1.0
            if any(float(im["width"] * im["height"]) / page_area > 0.6 for im in page.images):
                image_pages += 1
            if _page_needs_ocr(page, read[-1][0]):
                scanned.append(number)
            elif _garbled_layer(read[-1][0]):
                garbled.append(number)
        # the pages (or parts of them) whose lines showed no right edge of their own, read again against the edge
        # the document's other pages showed
        edge = column_edge([e for *_, edges in read for e in edges if e is not None])
        again: list[tuple] = []
        for number, (page, (text, page_tables, end, edges)) in enumerate(zip(pdf.pages, read), start=1):
            again.append(_pdf_page_text(_page(page), edge, _cut_row_width(again[-1]) if again else None)
                         if edge is not None and None in edges and number not in scanned and number not in garbled
                         else (text, page_tables, end, edges))
        read = again
        for number, (text, page_tables, end, _) in enumerate(_rows_over_page_breaks(read), start=1):
            texts.append(text)
            ends.append(end)
            tables += [Table(page=number, rows=rows) for rows in page_tables]
        n_pages = len(pdf.pages)
    if scanned or garbled:
        texts, note = _ocr_scanned_pages(path, texts, scanned, garbled)
        if note:
            notes.append(note)
        ends = [None if number in scanned or number in garbled else end for number, end in enumerate(ends, start=1)]
    parts: list[str] = []
    page_starts: list[int] = []
    page_ends: list[tuple[int, str]] = []
    offset = 0
    for number, (text, end) in enumerate(zip(texts, ends), start=1):
        page_starts.append(offset)
        parts.append(text + "\n\f\n")
        if end and number < len(texts):
            page_ends.append((offset + len(text) + 1, end))
        offset += len(text) + 3
    text = "".join(parts)
    if scanned and not any("read by OCR" in n for n in notes):
        if len(LETTER.findall(text)) < 40 * n_pages:
            raise UnreadableText(f"PDF has no text layer: scanned image, needs OCR; {OCR_INSTALL}")
    elif image_pages and image_pages >= n_pages / 2 and not scanned:
        notes.append(f"PDF is a scanned image ({image_pages} of {n_pages} pages) with an OCR text layer")
    return text, tuple(page_starts), tuple(tables), notes, tuple(page_ends)


def _ocr_scanned_pages(path: Path, texts: list[str], scanned: list[int], garbled: list[int] = ()) -> tuple[list[str], str | None]:
    """The page texts with the scanned pages and the pages of a garbled text layer read by OCR, and
    the note saying so; without Tesseract, the note says what to install for the scanned pages
    (a garbled layer stays, and the quality check says what it is)."""
    exe = tesseract_vie()
    if not exe:
        if not scanned:
            return texts, None
        pages = ", ".join(map(str, scanned))
        return texts, f"{len(scanned)} of {len(texts)} pages ({pages}) are scanned images without a text layer; {OCR_INSTALL}"
    wanted = sorted([*scanned, *garbled])
    read = ocr_pdf_pages(path, wanted, exe)
    texts = [read.get(number, t) if read.get(number) else t for number, t in enumerate(texts, start=1)]
    why = [f"{len(pages)} of {len(texts)} pages ({', '.join(map(str, pages))}) had {what}" for pages, what in
           ((scanned, "no text layer"), (garbled, "a garbled text layer (glyphs that map to no letter)")) if pages]
    return texts, f"read by OCR (Tesseract, Vietnamese): {' and '.join(why)}; check numbers against the scan"


READERS = {"txt": read_plain, "md": read_plain, "html": read_html, "docx": read_docx, "pdf": read_pdf}


def read_document(path: Path | str) -> RawDocument:
    """Read `path`; never raises for bad content (status and messages say what went wrong)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower(), "txt")
    try:
        digest = sha256_of(path)
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        return RawDocument(str(path), "0" * 64, fmt, "", status="failed", messages=(f"cannot read file: {exc.strerror or exc}",))
    real = sniff(head)
    named = fmt
    if real and real != fmt:
        fmt = real  # a PDF or DOCX under another name: read as what it is
    elif fmt in ("docx", "pdf") and real is None:
        fmt = "txt"  # not a package or PDF at all: perhaps text under the wrong name
    renamed = [Caution(f"named .{path.suffix.lower().lstrip('.')} but is {'a ' + fmt.upper() + ' file' if fmt != 'txt' else 'not a ' + named.upper() + ' file'}: "
                       f"read as {fmt.upper() if fmt != 'txt' else 'text'}; rename the file")] if fmt != named else []
    try:
        text, page_starts, tables, notes, *more = READERS[fmt](path)
    except UnreadableText as exc:
        message = str(exc) if not renamed else f"not a {named.upper()} file and {exc}"
        return RawDocument(str(path), digest, fmt, "", status="failed", messages=(message,))
    except OSError:
        raise  # I/O: the flow retries these
    except Exception as exc:  # a reader library choking on a corrupt file
        return RawDocument(
            str(path), digest, fmt, "", status="failed",
            messages=(f"cannot parse {fmt.upper()} file ({type(exc).__name__}: {exc}); is it corrupt or mislabelled?",),
        )
    notes = renamed + list(notes)
    status, message = text_quality(text, fmt)
    messages = tuple(notes) + ((message,) if message else ())
    if status == "ok" and any(isinstance(n, Caution) or "scanned image" in n or "read by OCR" in n for n in notes):
        status = "warning"
    return RawDocument(str(path), digest, fmt, text, page_starts, tables, status, messages, *more)

"""Read one plan file (txt, md, html, docx, pdf) into a `RawDocument`.

Reading never raises: a file that cannot be read, or whose text cannot be
trusted, comes back with status `failed` or `warning` and a message saying why
and what to do, so one bad file never stops a batch.
"""
from __future__ import annotations

import hashlib
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import regex

from pipeline.model import RawDocument, Table

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

def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 or Windows-1258; return (text, encoding).

    Text in a legacy Vietnamese font encoding (TCVN3, VNI, VISCII) read through
    a single-byte code page is repaired with viparse.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if len(data) >= 4 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    if len(data) >= 4 and data[0:1] == b"\x00" and data[2:3] == b"\x00":
        return data.decode("utf-16-be", errors="replace"), "utf-16-be"
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1258"), "windows-1258"
        except UnicodeDecodeError as exc:
            raise UnreadableText(
                f"not UTF-8, UTF-16 or Windows-1258 text (undecodable byte at {exc.start}); "
                "re-save the file as UTF-8"
            ) from None
    if "\x00" in text[:20000]:
        raise UnreadableText("binary content, not text (NUL bytes); is this really a text file?")
    return _repair_legacy_font_encoding(text, encoding)


def _repair_legacy_font_encoding(text: str, encoding: str) -> tuple[str, str]:
    try:
        import viparse
    except ImportError:  # pragma: no cover - viparse is a declared dependency
        return text, encoding
    legacy = viparse.detect_text_encoding(text[:50000])
    if legacy:
        return viparse.fix(text, encoding=legacy), f"{encoding}+{legacy}"
    return text, encoding


# --- how far the text can be trusted ---------------------------------------

LETTER = regex.compile(r"\p{L}")
FOREIGN_SCRIPT = regex.compile(r"[\p{Cyrillic}\p{Armenian}\p{Greek}\p{Co}\ufffd\x01-\x08\x0e-\x1f]|\(cid:\d+\)")
WORD = regex.compile(r"\b\p{L}{2,}\b")
VIETNAMESE_MARKED = regex.compile(r"[^\x00-\x7f]")


def text_quality(text: str) -> tuple[str, str | None]:
    """`(status, message)` for a text layer: garbled glyphs, lost diacritics, too little text."""
    letters = len(LETTER.findall(text))
    if letters < 40:
        return "failed", "no usable text (fewer than 40 letters): an empty file or a scanned image that needs OCR"
    foreign = len(FOREIGN_SCRIPT.findall(text))
    share = foreign / letters
    if share > 0.05:
        return "failed", (
            f"text layer is garbled: {share:.0%} of glyphs are unmapped or in a foreign script "
            "(a broken font mapping); re-extract the text with OCR"
        )
    words = WORD.findall(text)
    marked = sum(1 for w in words if VIETNAMESE_MARKED.search(w))
    if len(words) >= 100 and marked / len(words) < 0.15:
        return "warning", (
            f"text has lost its Vietnamese diacritics (only {marked / len(words):.0%} of words carry one): "
            "likely a poor OCR layer; facts may be missed"
        )
    if share > 0.005:
        return "warning", f"{foreign} glyphs are unmapped or in a foreign script; some text may be garbled"
    return "ok", None


# --- readers ----------------------------------------------------------------


def read_plain(path: Path) -> tuple[str, tuple[int, ...], tuple[Table, ...], list[str]]:
    text, encoding = decode_text(path.read_bytes())
    notes = [] if encoding in ("utf-8", "utf-8-sig") else [f"decoded as {encoding}"]
    return text, (), (), notes


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "ul", "ol"}
    # Not the document: scripts and styles, and a portal's menus, side bars and controls
    # (a <form> stays: ASP.NET portals wrap the whole page, document included, in one).
    SKIP = {"script", "style", "head", "title", "noscript", "nav", "aside", "menu", "button", "select", "iframe", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def read_html(path: Path) -> tuple[str, tuple[int, ...], tuple[Table, ...], list[str]]:
    markup, encoding = decode_text(path.read_bytes())
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"\n[ \t]*\t", "\n", text)  # a row's first cell starts the line
    return text, (), (), [] if encoding.startswith("utf-8") else [f"decoded as {encoding}"]


def _docx_cell_texts(row) -> tuple[str, ...]:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:  # a merged cell is repeated once per grid column
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
    return tuple(cells)


def read_docx(path: Path) -> tuple[str, tuple[int, ...], tuple[Table, ...], list[str]]:
    import docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[str] = []
    tables: list[Table] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            rows = tuple(_docx_cell_texts(r) for r in DocxTable(block, document).rows)
            tables.append(Table(page=None, rows=rows))
            lines.extend("\t".join(c.replace("\n", " ") for c in r) for r in rows)
    return "\n".join(lines), (), tuple(tables), []


def read_pdf(path: Path) -> tuple[str, tuple[int, ...], tuple[Table, ...], list[str]]:
    import pdfplumber

    parts: list[str] = []
    page_starts: list[int] = []
    tables: list[Table] = []
    notes: list[str] = []
    offset = 0
    image_pages = 0
    with pdfplumber.open(str(path)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            page_starts.append(offset)
            text = page.extract_text() or ""
            parts.append(text + "\n\f\n")
            offset += len(text) + 3
            page_area = float(page.width * page.height) or 1.0
            if any(float(im["width"] * im["height"]) / page_area > 0.6 for im in page.images):
                image_pages += 1
            if page.rects or page.lines:
                for rows in page.extract_tables():
                    cells = tuple(tuple((c or "").replace("\n", " ").strip() for c in row) for row in rows)
                    tables.append(Table(page=number, rows=cells))
        n_pages = len(pdf.pages)
    text = "".join(parts)
    if image_pages and image_pages >= n_pages / 2:
        if len(LETTER.findall(text)) < 40 * n_pages:
            raise UnreadableText("PDF has no text layer: scanned image, needs OCR")
        notes.append(f"PDF is a scanned image ({image_pages} of {n_pages} pages) with an OCR text layer")
    return text, tuple(page_starts), tuple(tables), notes


READERS = {"txt": read_plain, "md": read_plain, "html": read_html, "docx": read_docx, "pdf": read_pdf}


def read_document(path: Path | str) -> RawDocument:
    """Read `path`; never raises for bad content (status and messages say what went wrong)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower(), "txt")
    try:
        digest = sha256_of(path)
    except OSError as exc:
        return RawDocument(str(path), "0" * 64, fmt, "", status="failed", messages=(f"cannot read file: {exc.strerror or exc}",))
    try:
        text, page_starts, tables, notes = READERS[fmt](path)
    except UnreadableText as exc:
        return RawDocument(str(path), digest, fmt, "", status="failed", messages=(str(exc),))
    except OSError:
        raise  # I/O: the flow retries these
    except Exception as exc:  # a reader library choking on a corrupt file
        return RawDocument(
            str(path), digest, fmt, "", status="failed",
            messages=(f"cannot parse {fmt.upper()} file ({type(exc).__name__}: {exc}); is it corrupt or mislabelled?",),
        )
    status, message = text_quality(text)
    messages = tuple(notes) + ((message,) if message else ())
    if status == "ok" and any("scanned image" in n for n in notes):
        status = "warning"
    return RawDocument(str(path), digest, fmt, text, page_starts, tables, status, messages)

"""Benchmark (not a test): the same plans in other LAYOUTS, scored against the same gold answers.

The reference scorer matches facts without offsets, so a plan rewritten in another layout keeps its
gold: every drop against the original is a robustness bug in reading the text (wraps, chrome, table
shapes, encodings), not in the extractors' wording rules.

    cd WORKTREE && python benchmarks/variants.py [-v] [--keep=DIR] [VARIANT ...]

For the 15 dev plans (../shared/corpus/field + field-gold) and the 5 seeds (seeds + gold), each
variant writes every plan into its own folder under the SAME file name (the HTML variant: `.html`,
with the gold's `doc` renamed to match), runs `python -m pipeline.cli run DIR --out OUT --direct`
and scores with ../shared/spec/score.py; prints F1 per table per variant next to the original's.
With -v: per document, the tables whose matched gold facts (tp) differ from the original's.

The variants, written from how such text arrives (not from what the pipeline does):
    wrap65     paragraphs hard-wrapped at 65 characters (pdftotext, copy-paste from a narrow
               column), blank lines between paragraphs kept; table rows left alone
    wrap85t    wrapped at 85 with NO blank lines between paragraphs (pdftotext without -layout),
               and the tab table rows wrapped too
    chrome     a provincial portal's page around the plan: header, menu, breadcrumb, "Lượt xem",
               "Chia sẻ / In trang", a related-documents list, a footer with address and copyright
    tab        every table as tab-separated rows
    pipe       every table as a markdown pipe table (a header rule after the first row)
    cellline   every table as one cell per line (copy from a PDF viewer), no row separators
    html       the whole plan as an HTML page: <p> per paragraph, <table> for the tables, a space-aligned
               layout's lines (pdftotext -layout) in <pre> as a page shows plain text (.html)
    unicode    CRLF line ends, NBSP around numbers and after "số", zero-width spaces, NFD text
    punct      curly quotes, en dashes, "…", full-width ":", ";", "%", "(", ")" (IME / OCR text)
    tcvn3      TCVN3 (ABC) bytes as a .VnTime file saved as text (viparse's table inverted)
    vni        VNI bytes as a VNI-Times file saved as text (viparse's table inverted)
    cp1258     Windows-1258 bytes (tone marks as combining characters, as the code page has them)
    mojibake   UTF-8 read as Windows-1252 and saved again as UTF-8 ("Káº¿ hoáº¡ch")
    decision   the plan issued inside a decision (Quyết định … Điều 1. Ban hành kèm theo …; Điều 2,
               Điều 3, Nơi nhận, signature, then the plan): RECALL only, the decision adds its facts
               (printed beside the original's recall, row orig-rec: the orig row's F1 is not comparable);
               a department's decision under its governing body, its own symbol and a GIÁM ĐỐC signing;
               a text that already issues itself by a decision is left as it is
    pdflayout  `pdftotext -layout` of the printed plan: the national header's two blocks side by side on the
               same lines, paragraphs with a first-line indent wrapped at 92 columns, pages of 48 lines ended
               by a form feed with the page number at the top centre from page 2, ruled tables as columns
               aligned by spaces with each cell wrapped inside its column and centred on its row's height
               (a row may break over a page), the recipients beside the signature
    pdfplain   `pdftotext` without -layout of the same pages: lines from the margin, the header's left block
               then its right one, a table's cells one after another, each of a cell's printed lines a line
    pandoc     `pandoc -t markdown` of the plan's DOCX: paragraphs wrapped at 72 with blank lines, "1\.",
               "\-", "a\)" and "\*" escaped, the outline's parts in bold, grid tables (a merged group row
               without inner bars), a footnote "[^1]" on the first percentage with its text at the end
    markitdown markitdown of the DOCX: a paragraph a line, "# " for the outline's parts, "\*" escaped, pipe
               tables with a "| --- |" row
    nonum      copied from Word where the outline was automatic numbering: its labels are gone ("MỤC ĐÍCH",
               "Mục đích", "Sở Tài chính" heading its tasks)
    bullets    the same numbering pasted as other list styles: "1)", "(1)" for "a)", "•" for "-", "▪" for "+"
    wingdings  Word's Symbol/Wingdings bullets pasted as their private-use glyphs ("\uf0b7", "\uf0a7") and a tab
    fold       every line cut at 80 characters whatever the words ("tỉ lệ đ⏎ạt 95%"; a fixed-width export)

Tables of the originals are found in the two shapes they come in: tab-separated lines, and crawled
cells between lone `|` lines (`|` cell `|` cell `|` `|` next row). Paragraphs of a text whose
paragraphs are blank-line separated are its blank-line blocks; a text without blank lines between
paragraphs keeps its lines as they are (only lines longer than the width are wrapped).
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
from html import escape
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "spec" / "score.py"
TABLES = ("targets", "deadlines", "bodies", "legal_refs")
SETS = {"seeds": ("corpus/seeds", "corpus/gold"), "dev": ("corpus/field", "corpus/field-gold")}


# --- reading the original's shape -------------------------------------------------------------

def blocks(text: str, cell=None) -> list[tuple[str, object]]:
    """The text as ("lines", [line, …]) runs and ("table", [[cell, …], …], [its lines]) tables; a
    crawled cell's lines are joined by spaces (a cell holds one entry a line: "- Sở A" lines keep a
    "; " join)."""
    lines = text.split("\n")
    out: list[tuple[str, object]] = []
    join = cell
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            out.append(("table", [[c.strip() for c in row.split("\t")] for row in lines[i:j]], lines[i:j]))
            i = j
            continue
        if line.strip() == "|":
            j, rows, row, cell = i + 1, [], [], None
            while j < len(lines):
                s = lines[j].strip()
                if s == "|":
                    if cell is None:  # two bars: the row ends
                        if row:
                            rows.append(row)
                        row = []
                    else:
                        row.append((join or _cell)(cell))
                    cell = None
                    j += 1
                    # a bar followed by a blank line (or the end) closes the table
                    if j >= len(lines) or not lines[j].strip():
                        break
                    continue
                cell = (cell or []) + [s]
                j += 1
            if cell:
                row.append((join or _cell)(cell))
            if row:
                rows.append(row)
            out.append(("table", rows, lines[i:j]))
            i = j
            continue
        if out and out[-1][0] == "lines":
            out[-1][1].append(line)
        else:
            out.append(("lines", [line]))
        i += 1
    return out


def _cell(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if not line:
            continue
        if text and regex.match(r"[-+•]\s", line):
            text += "; " + line
        else:
            text += (" " if text else "") + line
    return text


ITEM_START = regex.compile(r"\s*(?:[-+•]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*\.\s|[IVX]{1,5}\.\s)")


def paragraphs(lines: list[str], blank_separated: bool) -> list[str | tuple[str]]:
    """The paragraphs of a run of lines: when the text is hard-wrapped already, its lines joined up
    to a blank line, an indented line or a list item's marker; else its lines. "" stands for a blank
    line; a 1-tuple for a line to keep as it is (a space-aligned layout's row and the lines around it)."""
    if not blank_separated:
        return [line.rstrip() for line in lines]  # a line's indent is the layout: it stays
    near = {k for i, line in enumerate(lines) if ALIGNED.search(line.strip())
            for k in range(i - 3, i + 4)}
    out, block = [], []
    for i, line in enumerate(lines + [""]):
        if i in near and line.strip():
            if block:
                out.append(" ".join(block))
                block = []
            out.append((line.rstrip(),))
            continue
        if line.strip():
            if block and (regex.match(r" {3,}\S", line) or ITEM_START.match(line)):  # an indented line or an item starts one
                out.append(" ".join(block))
                block = []
            block.append(line.strip())
            continue
        if block:
            out.append(" ".join(block))
            block = []
        out.append("")
    return out[:-1]


def blank_separated(text: str) -> bool:
    """Hard-wrapped already (nearly all lines under 100 characters): a paragraph runs to a blank line,
    an indented line or a list item's marker."""
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip() and not ALIGNED.search(line.strip()))
    return lengths[int(0.95 * (len(lengths) - 1))] <= 100


# --- writing tables --------------------------------------------------------------------------

def tab_rows(rows):
    return ["\t".join(row) for row in rows]


def pipe_rows(rows):
    width = max(len(r) for r in rows)
    out = []
    for k, row in enumerate(rows):
        cells = [c.replace("|", "/") for c in row] + [""] * (width - len(row))
        out.append("| " + " | ".join(cells) + " |")
        if k == 0:
            out.append("|" + "|".join(["---"] * width) + "|")
    return out


def cell_rows(rows):
    return [cell for row in rows for cell in row if cell]


ALIGNED = regex.compile(r"\S {3,}\S")  # a row of a space-aligned layout (pdftotext -layout): its columns stay


def relayout(text: str, table_shape=None, width: int | None = None, blank_lines=True, wrap_tables=False) -> str:
    sep = blank_separated(text)
    out: list[str] = []
    for kind, body, *raw in blocks(text):
        if kind == "table":
            rows = body
            if not rows:
                continue
            lines = table_shape(rows) if table_shape else [line.strip() for line in raw[0]]
            if wrap_tables and width:
                lines = [w for line in lines for w in (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line])]
            if out and out[-1]:
                out.append("")
            out += lines + [""]
            continue
        for para in paragraphs(body, sep and width is not None):
            if isinstance(para, tuple):
                out.append(para[0])
                continue
            if not para:
                if blank_lines:
                    out.append("")
                continue
            if width and not ALIGNED.search(para):
                out += textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [para]
            else:
                out.append(para)
    text = "\n".join(out)
    return regex.sub(r"\n{3,}", "\n\n", text)


# --- the variants ------------------------------------------------------------------------------

def wrap65(text):
    return relayout(text, width=65)


def wrap85t(text):
    return relayout(text, width=85, blank_lines=False, wrap_tables=True)


CHROME_HEAD = """CỔNG THÔNG TIN ĐIỆN TỬ
Đăng nhập | Sơ đồ cổng | English
Trang chủ
Giới thiệu
Tin tức - Sự kiện
Chính quyền số
Văn bản chỉ đạo điều hành
Thủ tục hành chính
Liên hệ
Tìm kiếm
Trang chủ > Văn bản chỉ đạo điều hành > Kế hoạch
Ngày đăng: 24/11/2025 | Lượt xem: 1.284
Cỡ chữ: A- A A+
"""
CHROME_TAIL = """
Chia sẻ
In trang
Gửi email
Lượt xem: 1.284
TIN, BÀI LIÊN QUAN
Kế hoạch số 201/KH-UBND ngày 12/9/2025 về tổ chức Hội nghị tổng kết công tác năm 2025 (12/09/2025)
Quyết định số 1520/QĐ-UBND ngày 03/10/2025 phê duyệt danh mục dự án đầu tư công năm 2026 (03/10/2025)
Thông báo kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Xây dựng (28/08/2025)
Xem thêm
Liên kết website
Cổng Dịch vụ công quốc gia
Cổng thông tin điện tử Chính phủ
CỔNG THÔNG TIN ĐIỆN TỬ
Cơ quan chủ quản: Ủy ban nhân dân tỉnh
Chịu trách nhiệm chính: Chánh Văn phòng Ủy ban nhân dân tỉnh
Địa chỉ: Số 08 đường Trần Hưng Đạo, phường Trung tâm
Điện thoại: 0290.3 831 123 - Fax: 0290.3 831 124 - Email: congthongtin@example.gov.vn
Giấy phép số 45/GP-TTĐT ngày 15/3/2022 của Cục Phát thanh, truyền hình và thông tin điện tử
Ghi rõ nguồn "Cổng thông tin điện tử tỉnh" khi phát hành lại thông tin từ website này.
© Bản quyền thuộc về Ủy ban nhân dân tỉnh
Đang truy cập: 112 | Tổng lượt truy cập: 15.384.220
"""


def chrome(text):
    return CHROME_HEAD + "\n" + text.strip("\n") + "\n" + CHROME_TAIL


def tab(text):
    return relayout(text, table_shape=tab_rows)


def pipe(text):
    return relayout(text, table_shape=pipe_rows)


def cellline(text):
    return relayout(text, table_shape=cell_rows)


MD_MARK = regex.compile(r"\*\*|(?<!\()\*(?!\))")


def html(text):
    sep = blank_separated(text)
    parts = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>']
    # a crawled cell's lines were its line breaks on the page: <br> between them
    for kind, body, *_ in blocks(text, cell=lambda lines: "\n".join(line for line in lines if line)):
        if kind == "table":
            parts.append('<table border="1">')
            for row in body:
                parts.append("<tr>" + "".join("<td>" + "<br>".join(escape(MD_MARK.sub('', line)) for line in c.split("\n")) + "</td>"
                                              for c in row) + "</tr>")
            parts.append("</table>")
            continue
        pre: list[str] = []  # a space-aligned layout's lines: shown as they are, the way a page shows plain text
        for para in paragraphs(body, sep) + [None]:
            line = para[0] if isinstance(para, tuple) else para
            if line is not None and (isinstance(para, tuple) or ALIGNED.search(line.strip()) or (pre and not line.strip())):
                pre.append(line.rstrip())
                continue
            if pre:
                while pre and not pre[-1].strip():
                    pre.pop()
                parts.append("<pre>" + escape(MD_MARK.sub('', "\n".join(pre))) + "</pre>")
                pre = []
            if line and line.strip():
                parts.append(f"<p>{escape(MD_MARK.sub('', line.strip()))}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


NUMBER_SPACE = regex.compile(r"(?<=\d) (?=\p{L})|(?<=\b[Ss]ố) (?=\d)")
WORD_GAP = regex.compile(r"(?<=\p{L}{4}) (?=\p{L})")


def unicode_(text):
    text = NUMBER_SPACE.sub("\u00a0", text)
    k = 0

    def zw(m):
        nonlocal k
        k += 1
        return " \u200b" if k % 17 == 0 else " "

    text = WORD_GAP.sub(zw, text)
    return unicodedata.normalize("NFD", text).replace("\n", "\r\n")


FULL = str.maketrans({":": "\uff1a", ";": "\uff1b", "%": "\uff05", "(": "\uff08", ")": "\uff09"})


def punct(text):
    text = regex.sub(r'"(\S[^"\n]*?)"', "\u201c\\1\u201d", text)
    text = regex.sub(r"(?<=\S) - (?=\S)", " \u2013 ", text)
    text = text.replace("...", "\u2026")
    return text.translate(FULL)


def _legacy_table(name):
    from viparse.normalize.encodings import CHARMAPS

    table = {}
    for legacy, uni in sorted(CHARMAPS[name].pairs, key=lambda p: len(p[0])):
        table.setdefault(unicodedata.normalize("NFC", uni), legacy)
    return table


def _legacy_bytes(text, name, lower_missing_capitals: bool) -> bytes:
    table = _legacy_table(name)
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        seq = table.get(ch)
        if seq is None and lower_missing_capitals and ch.lower() in table:
            seq = table[ch.lower()]  # TCVN3 has no accented capitals: the .VnTimeH font draws them
        if seq is None:
            seq = ch
        for c in seq:
            if ord(c) < 256:
                out.append(ord(c))
            else:
                out += c.encode("cp1252", errors="replace")
    return bytes(out)


def tcvn3(text):
    return _legacy_bytes(text, "tcvn3", True)


def vni(text):
    return _legacy_bytes(text, "vni", False)


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text):
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out.append(base + tones)
    return "".join(out).replace("\n", "\r\n").encode("cp1258", errors="replace")


def mojibake(text):
    raw = text.encode("utf-8")
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


ISSUERS = {"UBND": "ỦY BAN NHÂN DÂN", "Sở": "SỞ"}
LEVEL = regex.compile(r"\b(?P<level>tỉnh|thành phố|Thành phố|huyện|thị xã|quận)\s+(?P<place>.+)$")
# A text that is already the decision issuing the plan is not issued by another one.
ISSUES_ITSELF = regex.compile(r"kèm\s+theo\s+Quyết\s+định\s+này", regex.IGNORECASE)


def _department_symbol(name: str) -> str:
    """A department's symbol in a document number: S and the initials of its field ("Sở Công Thương" → SCT,
    "Sở Khoa học và Công nghệ" → SKHCN), as departments number their decisions ("Số: 15/QĐ-SCT")."""
    return "S" + "".join(w[0].upper() for w in name.split()[1:] if w != "và")


def decision(text, meta):
    """The plan after the decision of its issuer that issues it, laid out as NĐ 30/2020 has it (issuer block
    under its governing body for a department, number with the issuer's symbol, place and date; the
    issuer's authority line, Căn cứ, Điều 1-3, Nơi nhận, the post and the name), with the plan's own title
    and date (a decision and the plan it issues are signed the same day; a date left blank keeps its year
    and month). Only for a plan ("Kế hoạch …") of a People's Committee or a department that is not
    already issued by a decision: a National Assembly resolution or a Party programme is not issued so."""
    title, issuer = meta.get("title") or "", meta.get("issuer") or ""
    if not title.startswith("Kế hoạch") or not issuer.startswith(("UBND", "Sở")) or ISSUES_ITSELF.search(text[:6000]):
        return text
    unit = LEVEL.search(issuer)
    level, place = (unit.group("level"), unit.group("place")) if unit else ("tỉnh", "")
    date = meta.get("issue_date") or ""
    day = f"{int(date[8:10]):02d}" if len(date) == 10 else "    "
    month = f"{int(date[5:7]):02d}" if len(date) >= 7 else "    "
    when = f"ngày {day} tháng {month} năm {date[:4] or '20  '}"
    if issuer.startswith("UBND"):
        block = f"ỦY BAN NHÂN DÂN\n{level.upper()} {place.upper()}"
        symbol, authority = "QĐ-UBND", f"ỦY BAN NHÂN DÂN {level.upper()} {place.upper()}"
        proposal = f"Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân {level} tại Tờ trình số 412/TTr-VP {when}."
        executors = f"Chánh Văn phòng Ủy ban nhân dân {level}, Thủ trưởng các cơ quan, đơn vị có liên quan"
        post = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    else:
        department = issuer[: unit.start()].strip() if unit else issuer
        block = f"ỦY BAN NHÂN DÂN {level.upper()} {place.upper()}\n{department.upper()}"
        symbol, authority = f"QĐ-{_department_symbol(department)}", f"GIÁM ĐỐC {department.upper()}"
        proposal = "Theo đề nghị của Chánh Văn phòng Sở."
        executors = "Chánh Văn phòng Sở, Trưởng các phòng, đơn vị thuộc Sở và các cơ quan, đơn vị có liên quan"
        post = "GIÁM ĐỐC"
    plan = title[len("Kế hoạch"):].strip()
    return f"""{block}
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2150/{symbol}
{(level + " " if level == "Thành phố" else "") + place + ", " if place else ""}{when}

QUYẾT ĐỊNH
Ban hành {title}

{authority}

Căn cứ Luật Tổ chức chính quyền địa phương;

{proposal}

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {plan}.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. {executors} chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

{post}

Nguyễn Văn Bình

""" + text



# --- printed pages read back as text (pdftotext), markdown converters, Word copies ------------------
# The plan as a reader of its printed pages sees it: the national header's two blocks, paragraphs,
# tables (rows of cells, a cell's own lines), the recipients beside the signature. Markdown marks are
# not printed; a crawled cell's lines are its wraps on the page, except a cell's list entries.

HEAD_BREAK = regex.compile(r"\s*(?=Độc lập|Số\s*:)|(?<=NHÂN DÂN|[Pp]húc)\s*|\s*-{3,}\s*")
GLUED = regex.compile(r"(?<=[\p{L}\d]-) (?=[\p{Lu}\d])")  # a code's hyphen a crawl wrapped ("10-⏎CTr/TU"): one word in print
ENTRY = regex.compile(r"[-+•]\s|\d{1,2}[.)]\s")


def _plain(line: str) -> str:
    return GLUED.sub("", MD_MARK.sub("", line)).strip()


def _cell_lines(lines: list[str]) -> list[str]:
    """A crawled cell's lines as its printed lines: a list entry starts a line, any other line goes on."""
    out: list[str] = []
    for line in lines:
        line = _plain(line)
        if not line:
            continue
        if out and not ENTRY.match(line):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def _head_lines(block: list[str]) -> list[str]:
    """A header block's printed lines: the issuer, its rule, the number; the motto, its rule, place and date."""
    text = " ".join(_plain(line) for line in block if _plain(line))
    text = HEAD_BREAK.sub(lambda m: "\n-------\n" if "-" in m.group() else "\n", text)
    return [part.strip() for part in text.split("\n") if part.strip()]


def document_items(text: str) -> list[tuple]:
    """The plan as ("pair", left lines, right lines) for the header, ("sign", …) for the recipients and the
    signature, ("para", text) for
    a paragraph ("" a blank line), ("kept", line) for a space-aligned layout's line and ("table", rows)."""
    from format_variants import header_block

    lines = text.split("\n")
    end, left, right = header_block(lines)
    items: list[tuple] = []
    if left and right and not any(ALIGNED.search(line.strip()) for line in lines[:end]):
        items.append(("pair", _head_lines(left), _head_lines(right)))
        text = "\n".join(lines[end:])
    sep = blank_separated(text)
    for kind, body, *raw in blocks(text, cell=lambda cell: "\n".join(cell)):
        if kind == "table":
            rows = [[_cell_lines(c.split("\n")) for c in row] for row in body]
            rows = [row for row in rows if any(row)]
            if len(rows) == 1 and len(rows[0]) == 2 and rows[0][0] and regex.match(r"Nơi nhận", rows[0][0][0]):
                items.append(("sign", rows[0][0], [_plain(line) for line in body[0][1].split("\n") if _plain(line)]))
            elif rows:
                items.append(("table", rows))
            continue
        for para in paragraphs(body, sep):
            if isinstance(para, tuple):
                items.append(("kept", para[0]))
            else:
                items.append(("para", _plain(para)))
    return items


PAGE_WIDTH = 92  # characters of a printed A4 line as pdftotext -layout places them (Times 13-14)
PAGE_LINES = 48
INDENT = "     "  # a paragraph's first-line indent (1.27 cm)
COLUMN_GAP = 3


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def _widths(rows: list[list[list[str]]], total: int) -> list[int]:
    """Column widths of a printed table: short columns as wide as their text, the rest share what is left
    by the length of their text."""
    ncols = max(len(row) for row in rows)
    natural = [max([len(line) for row in rows if len(row) == ncols for line in row[c]] + [3]) for c in range(ncols)]
    room = total - COLUMN_GAP * (ncols - 1)
    if sum(natural) <= room:
        return natural
    short = [c for c in range(ncols) if natural[c] <= 10]
    left = room - sum(natural[c] for c in short)
    long = [c for c in range(ncols) if c not in short]
    weight = sum(min(natural[c], 200) for c in long)
    return [natural[c] if c in short else max(10, left * min(natural[c], 200) // weight) for c in range(ncols)]


NUMERIC = regex.compile(r"[\d.,%\s()≥≤<>/-]+|[IVX]{1,5}\.?")


ROW_LABEL = regex.compile(r"(?:\d{1,3}|[IVX]{1,5}|[A-ZĐ])[.)]?")


def _printed_rows(rows: list[list[list[str]]], width: int) -> list[list[list[str]]]:
    """Each row as its cells' printed lines (a cell's lines wrapped in its column). A row with fewer cells
    than the table: a group row ("I", "Nhóm giải pháp …") has its last cell over the columns left; a crawled
    row whose first cells were merged from the row above (rowspan) has its cells from the second column on."""
    widths = _widths(rows, width)
    ncols = len(widths)
    out = []
    for row in rows:
        if 1 < len(row) < ncols and not (row[0] and ROW_LABEL.fullmatch(row[0][0])):
            row = ([[]] + row + [[]] * ncols)[:ncols]
        cells = []
        for c, cell in enumerate(row):
            w = widths[c] if not (c == len(row) - 1 and len(row) < ncols) else sum(widths[c:]) + COLUMN_GAP * (ncols - 1 - c)
            cells.append([part for line in cell for part in _wrap(line, w)] if cell else [])
        out.append(cells)
    return out, widths


def _layout_table(rows, width: int) -> list[str]:
    """pdftotext -layout of a ruled table: each cell's lines in its column, centred on the row's height
    (vertical alignment "center"), short values centred in their column."""
    printed, widths = _printed_rows(rows, width)
    ncols = len(widths)
    starts = [sum(widths[:c]) + COLUMN_GAP * c for c in range(ncols)]
    out = []
    for cells in printed:
        height = max([len(c) for c in cells] + [1])
        grid = [[" "] * (sum(widths) + COLUMN_GAP * ncols) for _ in range(height)]
        for c, lines in enumerate(cells):
            span = widths[c] if not (c == len(cells) - 1 and len(cells) < ncols) else sum(widths[c:]) + COLUMN_GAP * (ncols - 1 - c)
            top = (height - len(lines)) // 2
            centred = all(NUMERIC.fullmatch(line) for line in lines)  # a value or a number is centred, text is not
            for k, line in enumerate(lines):
                x = starts[c] + ((span - len(line)) // 2 if centred else 0)
                for j, ch in enumerate(line):
                    if x + j < len(grid[top + k]):
                        grid[top + k][x + j] = ch
                    else:
                        grid[top + k].append(ch)
        out += ["".join(g).rstrip() for g in grid]
    return out


def _plain_table(rows, width: int) -> list[str]:
    """pdftotext (no -layout) of a ruled table: the cells in reading order, a cell's printed lines each a line."""
    printed, _ = _printed_rows(rows, width)
    return [line for cells in printed for lines in cells for line in lines]


def _pair(left: list[str], right: list[str], layout: bool, centred: bool = True) -> list[str]:
    """Two blocks side by side (the header, the recipients and signature): -layout prints them on the same
    lines, the header's each centred in its half, the recipients from the margin; without -layout
    pdftotext reads the left block, then the right one."""
    if not layout:
        return left + right
    half = 38
    if not centred:  # the recipients' lines wrap in their half
        left = [part for line in left for part in _wrap(line, half)]
    out = []
    for k in range(max(len(left), len(right))):
        a = (left[k].center(half) if centred else left[k].ljust(half)) if k < len(left) else " " * half
        b = right[k].center(PAGE_WIDTH - half - 2) if k < len(right) else ""
        out.append((a + "  " + b).rstrip())
    return out


# A title or caption line in capitals (no outline number): printed centred.
TITLE_LINE = regex.compile(r"(?![IVX]+\.|\d)[^\p{Ll}]*\p{Lu}[^\p{Ll}]*")


def _page_lines(text: str, layout: bool) -> list[str]:
    lines: list[str] = []
    for item in document_items(text):
        kind = item[0]
        if kind in ("pair", "sign"):
            lines += _pair(item[1], item[2], layout, kind == "pair")
        elif kind == "table":
            lines += _layout_table(item[1], PAGE_WIDTH) if layout else _plain_table(item[1], PAGE_WIDTH)
        elif kind == "kept":
            lines.append(item[1] if layout else item[1].strip())
        elif item[1] and layout and TITLE_LINE.fullmatch(item[1]):
            lines += [line.center(PAGE_WIDTH).rstrip() for line in _wrap(item[1], PAGE_WIDTH - 10)]
        elif item[1]:
            wrapped = _wrap(item[1], PAGE_WIDTH - len(INDENT))
            if layout:
                lines.append(INDENT + wrapped[0])
                lines += _wrap(" ".join(wrapped[1:]), PAGE_WIDTH) if len(wrapped) > 1 else []
            else:
                lines += _wrap(item[1], PAGE_WIDTH)
    return lines


def _paginate(lines: list[str], layout: bool) -> str:
    """Pages of PAGE_LINES lines, each ended by a form feed as pdftotext writes them; the page number at
    the top centre from the second page on (NĐ 30/2020/NĐ-CP, Phụ lục I), a blank line under it."""
    pages, page = [], []
    for line in lines:
        page.append(line)
        if len(page) >= PAGE_LINES:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    out = []
    for n, page in enumerate(pages, start=1):
        head = [str(n).center(PAGE_WIDTH).rstrip() if layout else str(n), ""] if n > 1 else []
        out.append("\n".join(head + page) + "\n")
    return "\f".join(out) + "\f"


def pdflayout(text):
    """`pdftotext -layout` of the printed plan."""
    return _paginate(_page_lines(text, True), True)


def pdfplain(text):
    """`pdftotext` (reading order, no -layout) of the printed plan."""
    return _paginate(_page_lines(text, False), False)


# Markdown from a converter of the plan's DOCX. pandoc (`pandoc -t markdown`): paragraphs wrapped at 72
# columns, a blank line between them, "**bold**", the markers a line may not open with escaped ("1\.", "\-",
# "a\)"), "*" and "[" escaped inside text, tables as grid tables (cells wrapped inside their column), a
# footnote as "[^1]" with its text at the end. markitdown (mammoth + markdownify): a paragraph a line,
# "# " headings for the outline's parts, "\*" and "\_" escaped, tables as pipe tables with a "| --- |" row.
PANDOC_WIDTH = 72
MD_START = regex.compile(r"^(?:(\d{1,2}(?:\.\d{1,2})*)\.(?=\s)|([a-zđ])\)(?=\s)|([-+*])(?=\s)|(\(\d{1,2}\))(?=\s)|(#))")
HEADING = regex.compile(r"^(?:[IVX]{1,5}\.|PHỤ LỤC|Phần\s+[IVX\d]+)")


def _pandoc_escape(text: str) -> str:
    """pandoc's escapes of a paragraph's text; an equation ("$\\frac{1}{2}$") is pandoc's math, left as it is."""
    parts = regex.split(r"(\$[^$\n]+\$)", text)
    return "".join(part if k % 2 else _escape_text(part) for k, part in enumerate(parts))


def _escape_text(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("*", "\\*").replace("[", "\\[").replace("]", "\\]").replace("_", "\\_")
    text = text.replace("<", "\\<").replace("$", "\\$")
    return MD_START.sub(lambda m: (m.group(1) + "\\." if m.group(1) else m.group(2) + "\\)" if m.group(2)
                                   else "\\" + m.group(3) if m.group(3) else "\\(" + m.group(4)[1:-1] + "\\)" if m.group(4) else "\\#"), text)


def _grid_table(rows) -> list[str]:
    printed, widths = _printed_rows(rows, PANDOC_WIDTH + 20)
    ncols = len(widths)
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for r, cells in enumerate(printed):
        # a row with fewer cells than the table: its last cell is merged over the columns left (pandoc 3 writes a
        # merged cell without the bars inside it; a group row "I …" is one cell over them all), its other cells keep
        # their columns
        spans = widths[:len(cells) - 1] + [sum(widths[len(cells) - 1:]) + 3 * (ncols - len(cells))]
        if len(cells) == 1 < ncols and rows[r][-1]:  # a group row: its lines as one paragraph
            cells = cells[:-1] + [_wrap(" ".join(" ".join(rows[r][-1]).split()), spans[-1])]
        height = max([len(c) for c in cells] + [1])
        for k in range(height):
            out.append("|" + "|".join(" " + (c[k] if k < len(c) else "")[:w].ljust(w) + " " for c, w in zip(cells, spans)) + "|")
        out.append(rule.replace("-", "=") if r == 0 else rule)
    return out


def pandoc(text):
    out: list[str] = []
    footnote = None
    for item in document_items(text):
        kind = item[0]
        if kind in ("pair", "sign"):
            for line in item[1] + item[2]:
                out += [_pandoc_escape(line), ""]
        elif kind == "table":
            out += _grid_table([[[_pandoc_escape(x) for x in cell] for cell in row] for row in item[1]]) + [""]
        elif kind == "kept":
            out += [_pandoc_escape(item[1].strip()), ""]
        elif item[1]:
            para = _pandoc_escape(item[1])
            if footnote is None and regex.search(r"\d%", para):
                para = regex.sub(r"(\d%)", r"\1[^1]", para, count=1)
                footnote = "Số liệu theo báo cáo của cơ quan thống kê."
            if HEADING.match(item[1]):
                para = f"**{para}**"
            out += textwrap.wrap(para, PANDOC_WIDTH, break_long_words=False, break_on_hyphens=False) + [""]
    if footnote:
        out += [f"[^1]: {footnote}", ""]
    return "\n".join(out)


def markitdown(text):
    out: list[str] = []
    for item in document_items(text):
        kind = item[0]
        if kind in ("pair", "sign"):
            out += [line.replace("*", "\\*").replace("_", "\\_") for line in item[1] + item[2]] + [""]
        elif kind == "table":
            rows = [[" ".join(cell).replace("|", "/") for cell in row] for row in item[1]]
            ncols = max(len(r) for r in rows)
            rows = [(r + [""] * ncols)[:ncols] for r in rows]
            out += ["| " + " | ".join(rows[0]) + " |", "| " + " | ".join(["---"] * ncols) + " |"]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]] + [""]
        elif kind == "kept":
            out += [item[1].strip(), ""]
        elif item[1]:
            para = item[1].replace("*", "\\*").replace("_", "\\_")
            if HEADING.match(item[1]):
                para = "# " + para
            out += [para, ""]
    return "\n".join(out)


# Text copied from a Word document whose outline is automatic numbering: pasted where the numbering is not
# text (a web form, a chat, another editor) the labels are gone ("I. MỤC ĐÍCH" → "MỤC ĐÍCH", "1. Mục đích" →
# "Mục đích", "a) …", "- …" → "…"); pasted with other list styles they come as "1)", "(1)", "•", "▪" and the
# Symbol/Wingdings bullets in the private use area ("", "") with a tab after them.
OUTLINE = regex.compile(r"^(\s*)(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[-+])\s+(?=\S)")
BULLETS = {"-": "\uf0b7\t", "+": "\uf0a7\t"}


def _relabel(text: str, label) -> str:
    out = []
    for item in document_items(text):
        kind = item[0]
        if kind in ("pair", "sign"):
            out += item[1] + item[2]
        elif kind == "table":
            out += ["\t".join(" ".join(cell) for cell in row) for row in item[1]]
        elif kind == "kept":
            out.append(item[1])
        else:
            out.append(label(item[1]) if item[1] else "")
    return "\n".join(out)


def nonum(text):
    return _relabel(text, lambda line: OUTLINE.sub(r"\1", line))


LETTERS = "abcdđeghiklmnopqrstuvxy"


def bullets(text):
    def label(line):
        m = regex.match(r"(\d{1,2})\.\s+(?=\S)", line)
        if m and "." not in line[:m.end() - 1].rstrip(".") :
            return f"{m.group(1)}) " + line[m.end():]
        m = regex.match(r"([a-zđ])\)\s+(?=\S)", line)
        if m:
            return f"({LETTERS.index(m.group(1)) + 1}) " + line[m.end():]
        m = regex.match(r"([-+•])\s+(?=\S)", line)
        if m:
            return {"-": "•", "+": "▪", "•": "•"}[m.group(1)] + " " + line[m.end():]
        return line
    return _relabel(text, label)


def wingdings(text):
    """Word's Symbol and Wingdings bullets copied as their private-use glyphs, a tab after each."""
    return _relabel(text, lambda line: regex.sub(r"^([-+])\s+(?=\S)", lambda m: BULLETS[m.group(1)], line))


FOLD = 80


def fold(text):
    """A portal's text field cut at a fixed width whatever the words (`fold -w 80`, a fixed-width export):
    "tỉ lệ đ⏎ạt 95%"; each paragraph a block, a blank line between."""
    out = []
    for item in document_items(text):
        kind = item[0]
        lines = item[1] + item[2] if kind in ("pair", "sign") else (["\t".join(" ".join(c) for c in row) for row in item[1]]
                                                                     if kind == "table" else [item[1]])
        for line in lines:
            if kind == "para" and not line:
                continue
            out += [line[i:i + FOLD] for i in range(0, len(line), FOLD)] or [""]
            if kind == "para":
                out.append("")
    return "\n".join(out)


VARIANTS = {
    "wrap65": wrap65, "wrap85t": wrap85t, "chrome": chrome, "tab": tab, "pipe": pipe, "cellline": cellline,
    "html": html, "unicode": unicode_, "punct": punct, "tcvn3": tcvn3, "vni": vni, "cp1258": cp1258,
    "mojibake": mojibake, "decision": decision,
    "pdflayout": pdflayout, "pdfplain": pdfplain, "pandoc": pandoc, "markitdown": markitdown, "nonum": nonum,
    "bullets": bullets, "wingdings": wingdings, "fold": fold,
}
RECALL_ONLY = {"decision"}
NEEDS_META = {"decision"}


# --- running and scoring -----------------------------------------------------------------------

def load_scorer():
    spec = importlib.util.spec_from_file_location("reference_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(variant: str, work: Path) -> Path:
    src = work / variant
    src.mkdir(parents=True)
    for name, (texts, gold) in SETS.items():
        gdir = work / f"gold-{variant}-{name}"
        gdir.mkdir()
        for g in sorted((SHARED / gold).glob("*.json")):
            source = SHARED / texts / g.name[: -len(".json")]
            text = source.read_text(encoding="utf-8")
            answers = json.loads(g.read_text(encoding="utf-8"))
            target = src / source.name
            if variant == "html":
                target = target.with_suffix(".html")
                answers["doc"] = target.name
            if variant == "orig":
                new = text
            elif variant in NEEDS_META:
                new = VARIANTS[variant](text, answers.get("document") or {})
            else:
                new = VARIANTS[variant](text)
            if isinstance(new, bytes):
                target.write_bytes(new)
            else:
                target.write_text(new, encoding="utf-8", newline="")
            (gdir / f"{target.name}.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return src


def run(variant: str, work: Path, scorer) -> dict:
    src = build(variant, work)
    out = work / f"out-{variant}"
    subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(src), "--out", str(out), "--direct", "--workers", "1"],
                   cwd=ROOT, check=True, capture_output=True)
    result = {}
    for name in SETS:
        gdir = work / f"gold-{variant}-{name}"
        total = scorer.score(gdir, out)
        per_doc = {}
        for g in sorted(gdir.glob("*.json")):
            one = work / "one"
            shutil.rmtree(one, ignore_errors=True)
            one.mkdir()
            shutil.copy(g, one / g.name)
            s = scorer.score(one, out)
            per_doc[g.name.split(".")[0]] = {t: (s[t]["tp"], s[t]["pred"], s[t]["gold"]) for t in TABLES}
        result[name] = (total, per_doc)
    return result


def figure(res: dict, table: str, variant: str) -> float:
    return res[table]["recall" if variant in RECALL_ONLY else "f1"]


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    keep = next((a.split("=", 1)[1] for a in argv if a.startswith("--keep=")), None)
    names = [a for a in argv if not a.startswith("-")] or list(VARIANTS)
    if not SCORER.is_file():
        sys.exit(f"needs the corpora, gold answers and the reference scorer in {SHARED} (never committed)")
    scorer = load_scorer()
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="variants-"))
    if keep:
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
    results = {"orig": run("orig", work, scorer)}
    print(f"{'variant':10s} {'set':5s} " + " ".join(f"{t:>10s}" for t in TABLES) + "   (F1; decision: recall, beside the original's recall 'orig-rec')")
    for variant in ["orig"] + names:
        if variant not in results:
            results[variant] = run(variant, work, scorer)
        for name in SETS:
            total, per_doc = results[variant][name]
            base = results["orig"][name][0]
            if variant in RECALL_ONLY:  # the original's recall beside it: its F1 above is not the same measure
                print(f"{'orig-rec':10s} {name:5s} " + " ".join(f"{figure(base, t, variant):.3f}{'':>9s}" for t in TABLES))
            cells = []
            for t in TABLES:
                v, o = figure(total, t, variant), figure(base, t, variant)
                mark = "" if variant == "orig" or abs(v - o) < 0.0005 else f"({v - o:+.3f})"
                cells.append(f"{v:.3f}{mark:>9s}")
            print(f"{variant:10s} {name:5s} " + " ".join(cells), flush=True)
            if verbose and variant != "orig":
                base_docs = results["orig"][name][1]
                for doc, tables in per_doc.items():
                    diffs = [f"{t} tp {base_docs[doc][t][0]}->{tables[t][0]} pred {base_docs[doc][t][1]}->{tables[t][1]}"
                             for t in TABLES if tables[t][:2] != base_docs[doc][t][:2]]
                    if diffs:
                        print(f"    {doc}: " + "; ".join(diffs))
    if not keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Benchmark (not a test): the same plans as text and as DOCX and PDF files built the way real
provincial and ministry files are, scored against the same gold answers, so a loss that only one
shape of file suffers shows up (benchmarks/formats.py writes the plain shape only).

    python benchmarks/format_variants.py [--keep=DIR] [VARIANT ...]

Plans: the dev set (../shared/corpus/field + field-gold) and the synthetic whole plans of
benchmarks/plans/ (each with its gold), scored as two sets. Variants (every plan is written in each):

  docx-plain      formats.py's DOCX: a paragraph per line, tab-separated lines as a ruled table
  docx-tables     the national-emblem header as a 2-column borderless table (issuer | "CỘNG HÒA …"),
                  the signature block as a 2-column table (Nơi nhận | TM. UBND … CHỦ TỊCH), a page
                  number field in the footer and a running header, the appendix on a landscape
                  section, its table with the header row repeated, equal cells of consecutive rows
                  merged down (vMerge) and group rows merged across (gridSpan)
  docx-nested     docx-tables, with each ruled table inside a one-cell frame table
  docx-tabs       the header and the signature as paragraphs of two blocks aligned by tabs
  docx-breaks     the header's and the signature's blocks as one paragraph each, lines joined by
                  line breaks (<w:br/>), and each long paragraph broken by line breaks at about 90
                  characters (a DOCX converted from a PDF)
  docx-numbering  the outline labels ("I.", "1.", "a)", "-") as Word's automatic numbering
  docx-footnotes  a footnote on the first paragraph with a number, its mark after the number
  pdf-*           each DOCX variant printed to PDF by LibreOffice (soffice), when installed
  pdf-fpdf        a PDF written by fpdf2 (another producer): paragraphs justified, the header and
                  signature as two cells side by side, tables as ruled cells
  PDFs as provinces' offices print them (fpdf2, Times New Roman's metrics at 13 points, margins of
  Nghị định 30/2020/NĐ-CP; `write_printed`):
  pdf-pages       the page number at the top centre of each page but the first; a table that runs
                  over a page break without its header row repeated
  pdf-running     a running header (the issuer left, "Trang 2/9" right) and a footer under a rule
                  with the document's number, on every page; tables as in pdf-pages
  pdf-columns     the header's and the signature's two blocks as text side by side without a table,
                  each in its own size and line pitch, so their lines interleave
  pdf-landscape   the appendix (from "PHỤ LỤC" on, where tables follow) on landscape pages
  pdf-turned      the same landscape pages drawn a quarter turn on portrait sheets (pypdfium2)
  pdf-bold        headings in a printer's fake bold (each glyph drawn twice, a hair apart), text
                  justified at a wider line pitch (about 1.5 lines)
  pdf-spaced      headings set with expanded character spacing ("K Ế H O Ạ C H")
  pdf-ocr         the plan printed (without page numbers), rendered at 200 dpi and read by Tesseract
                  (Vietnamese) into a PDF of the scan and its OCR text layer (when `tesseract` is
                  installed; slow: about 10 s a page)

Prints the reference scorer's F1 per variant and set (../shared/spec/score.py).

F1 targets/deadlines/bodies/legal_refs (branch s19f; before = main 495abbe; txt: dev 0.964/0.981/0.987/0.989,
plans 0.965/0.915/0.949/1.000; unchanged variants not listed):
    dev   docx-breaks     before 0.964/0.889/0.987/0.989  after 0.964/0.981/0.987/0.989
    dev   pdf-breaks      before 0.962/0.870/0.968/0.989  after 0.962/0.962/0.968/0.989
    dev   pdf-numbering   before 0.942/0.962/0.945/0.989  after 0.964/0.962/0.971/0.989
    plans docx-tables     before 0.937/0.915/0.949/1.000  after 0.965/0.915/0.949/1.000
    plans docx-nested     before 0.927/0.836/0.861/1.000  after 0.965/0.915/0.949/1.000
    plans pdf-numbering   before 0.903/0.915/0.935/1.000  after 0.965/0.915/0.949/1.000
F1 of the printed shapes (branch s20f; before = main f22ce89; unchanged shapes: pdf-fpdf, pdf-running, pdf-landscape,
pdf-turned; LibreOffice's dev pdf-plain, pdf-tables, pdf-tabs unchanged; pdf-ocr on the 10 plans only, by hand):
    dev   pdf-pages       before 0.964/0.952/0.959/0.986  after 0.964/0.952/0.959/0.986
    dev   pdf-columns     before 0.964/0.952/0.959/0.986  after 0.964/0.952/0.959/0.989
    dev   pdf-bold        before 0.962/0.898/0.959/0.978  after 0.962/0.952/0.972/0.986
    dev   pdf-spaced      before 0.964/0.898/0.959/0.980  after 0.964/0.952/0.959/0.986
    plans pdf-columns     before 0.968/0.965/0.970/0.989  after 0.968/0.972/0.970/0.989
    plans pdf-bold        before 0.906/0.934/0.977/0.978  after 0.968/0.972/0.970/0.989
    plans pdf-spaced      before 0.946/0.934/0.970/0.989  after 0.968/0.972/0.970/0.989
    plans pdf-ocr         before 0.800/0.910/0.875/0.863  after 0.796/0.918/0.875/0.863
Left: a page's blank lines at 1.3-1.5 lines' spacing (an empty line is less than BLANK_LINE_GAP there: tried
pitch-relative, it moved dev pdf-columns deadlines 0.952 -> 0.862 and 005/009 bodies, so reverted); a code broken
inside a table cell ("NQ-HĐN⏎D"); a table row split over a page break stays two rows.
Left (see the branch's report): pdf-plain's file 025 (pdftotext -layout rows); a place and date wrapped inside
the right column of a PDF header (the issue date, not scored); a PDF of typed line breaks (pdf-breaks plans
0.907 targets); a body's name cut at a wrap before its capitalised place name ("… Truyền hình⏎Quảng Ngãi").
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PLANS = Path(__file__).resolve().parent / "plans"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'

TITLE = re.compile(r"^[*\s]*(KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|BÁO CÁO|ĐỀ ÁN|THÔNG BÁO|CHỈ THỊ)\b")
RIGHT_HEAD = re.compile(r"CỘNG HÒA|CỘNG HOÀ|Độc lập|Hạnh phúc|ngày\s.*tháng|ngày\s*\d")
LEFT_HEAD = re.compile(r"^[*\s]*(Số\b|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|BỘ\b|SỞ\b|TỈNH ỦY|BAN\b|ĐẢNG BỘ|V/v)")
RECIPIENTS = re.compile(r"^[*\s]*Nơi nhận")
SIGNS_FOR = re.compile(r"^[*\s]*(TM|KT|TL|TUQ|T/M|Q)\.?\s+\S")
APPENDIX = re.compile(r"^[*\s]*PHỤ LỤC", re.I)


# --- the plan's blocks, as a reader of the text sees them ---------------------------------------


def header_block(lines: list[str]) -> tuple[int, list[str], list[str]]:
    """(lines the header takes, its left block, its right block): the lines before the title. A text
    converted from a table has its cells between lines of a bar ("|"), a row's end a bar line after
    another: a row's first cell is the left block's, its second the right's. Else the national motto
    and the place and date go right, the issuer and the number left, a wrapped line where the line
    before it went."""
    end = next((i for i, line in enumerate(lines[:40]) if TITLE.match(line)), 0)
    head = lines[:end]
    left: list[str] = []
    right: list[str] = []
    if sum(1 for line in head if line.strip() == "|") >= 3:
        cell: list[str] = []
        column = 0
        for line in head + ["|"]:
            if line.strip() != "|":
                if line.strip():
                    cell.append(line)
                continue
            if cell:
                (left if column % 2 == 0 else right).extend(cell)
                column += 1
            elif column:
                column = 0  # an empty cell between two bars: the row ended
            cell = []
        return end, left, right
    side = left
    for line in head:
        if not line.strip():
            continue
        if RIGHT_HEAD.search(line):
            side = right
        elif LEFT_HEAD.match(line):
            side = left
        side.append(line)
    return end, left, right


def signature_block(lines: list[str]) -> tuple[int, int, list[str], list[str]]:
    """(first line, end, left block, right block) of the recipients and signature (-1 where none)."""
    start = max((i for i, line in enumerate(lines) if RECIPIENTS.match(line)), default=-1)
    if start < 0:
        return -1, -1, [], []
    left: list[str] = []
    right: list[str] = []
    end = start
    for i in range(start, len(lines)):
        line = lines[i]
        if APPENDIX.match(line) or (not line.strip() and right and i + 1 < len(lines) and not lines[i + 1].strip()):
            break
        if APPENDIX.match(line) or "\t" in line:
            break
        end = i + 1
        if not line.strip() or line.strip() == "|":
            continue
        (right if right or SIGNS_FOR.match(line) else left).append(line)
    return start, end, left, right


# --- DOCX writing ------------------------------------------------------------------------------------


def _document():
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    return document


def _borderless(table) -> None:
    from docx.oxml import parse_xml

    props = table._tbl.tblPr
    props.append(parse_xml(f'<w:tblBorders {NS}>' + "".join(
        f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _two_blocks(container, left: list[str], right: list[str]) -> None:
    table = container.add_table(rows=1, cols=2)
    _borderless(table)
    for cell, block in zip(table.rows[0].cells, (left, right)):
        cell.paragraphs[0].text = block[0] if block else ""
        for line in block[1:]:
            cell.add_paragraph(line)


def _break_paragraph(container, block: list[str]):
    from docx.enum.text import WD_BREAK

    p = container.add_paragraph()
    for k, line in enumerate(block):
        run = p.add_run(line)
        if k < len(block) - 1:
            run.add_break(WD_BREAK.LINE)
    return p


def _tab_lines(container, left: list[str], right: list[str]) -> None:
    from docx.shared import Cm

    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        p = container.add_paragraph(f"{a}\t{b}" if b else a)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9))


def _side_by_side(container, left: list[str], right: list[str], shaped: bool, variant: str) -> None:
    """Two blocks side by side (the header's, the closing's) as the variant writes them: a layout table, lines aligned by
    a tab stop, or each block a paragraph of line breaks."""
    if shaped:
        _two_blocks(container, left, right)
    elif variant == "tabs":
        _tab_lines(container, left, right)
    else:
        _break_paragraph(container, left)
        _break_paragraph(container, right)


def _rows_of(lines: list[str]) -> list[list[str]]:
    rows = [[c.strip() for c in line.split("\t")] for line in lines]
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def _ruled_table(container, rows: list[list[str]], shaped: bool):
    """A ruled table; `shaped`: the header row repeated on each page, equal cells of consecutive data
    rows (not the first two columns, the number and the task) merged down, and a row whose cells
    after its first two are empty (a group row) merged across."""
    from docx.oxml import parse_xml

    table = container.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    if not shaped:
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
        return table
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {NS}/>'))
    width = len(rows[0])
    filled: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        if r and width > 2 and row[1] and not any(row[2:]):
            table.cell(r, 1).merge(table.cell(r, width - 1))
            table.cell(r, 0).text = row[0]
            table.cell(r, 1).text = row[1]
            filled |= {(r, c) for c in range(width)}
    for c in range(2, width):
        r = 1
        while r < len(rows):
            k = r
            while k + 1 < len(rows) and rows[k + 1][c] and rows[k + 1][c] == rows[r][c] and (k + 1, c) not in filled:
                k += 1
            if k > r and (r, c) not in filled:
                table.cell(r, c).merge(table.cell(k, c))
                table.cell(r, c).text = rows[r][c]
                filled |= {(j, c) for j in range(r, k + 1)}
            r = k + 1
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if (r, c) not in filled:
                table.cell(r, c).text = cell
    return table


def _landscape(document) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION

    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def _page_chrome(document, running: str) -> None:
    from docx.oxml import parse_xml
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for section in document.sections:
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer._p.append(parse_xml(f'<w:fldSimple {NS} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        section.header.paragraphs[0].text = running


def _footnote(document, paragraph, text: str) -> None:
    """A footnote on `paragraph`, its mark (a footnoteReference) after the paragraph's first number."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    part = document.part
    body = (f'<w:footnotes {NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f'<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    notes = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                 body.encode("utf-8"), part.package)
    part.relate_to(notes, RT.FOOTNOTES)
    text_of = paragraph.text
    m = re.search(r"\d+(?:[.,]\d+)*%?", text_of)
    if not m:
        return
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run(text_of[:m.end()])
    paragraph._p.append(parse_xml(f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'))
    paragraph.add_run(text_of[m.end():])


# Word numbering for the outline labels a plan types: I. 1. a) and the dash
LABELS = [(re.compile(r"^([IVX]+)\.\s+(?=\S)"), 0), (re.compile(r"^(\d+)\.\s+(?=\S)"), 1), (re.compile(r"^([a-zđ])\)\s+(?=\S)"), 2)]
DASH = re.compile(r"^-\s+(?=\S)")


def _numbering(document) -> tuple[str, str]:
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                   for i, (fmt, text) in enumerate([("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]))
    numbering.insert(0, parse_xml(f'<w:abstractNum {NS} w:abstractNumId="80">{lvls}</w:abstractNum>'))
    numbering.insert(0, parse_xml(f'<w:abstractNum {NS} w:abstractNumId="81"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                                  f'<w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="80"><w:abstractNumId w:val="80"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="81"><w:abstractNumId w:val="81"/></w:num>'))
    return "80", "81"


def _numbered(document, line: str, counts: list[int], outline: str, dash: str) -> bool:
    """Write `line` as a numbered paragraph when its label is the one Word's counter would show."""
    from docx.oxml import parse_xml

    for pattern, level in LABELS:
        m = pattern.match(line)
        if not m:
            continue
        expected = counts[level] + 1
        shown = {0: _roman(expected), 1: str(expected), 2: chr(ord("a") + expected - 1)}[level]
        if m.group(1) != shown:
            return False
        counts[level] = expected
        for deeper in range(level + 1, 3):
            counts[deeper] = 0
        p = document.add_paragraph(line[m.end():])
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{outline}"/></w:numPr>'))
        return True
    m = DASH.match(line)
    if m:
        p = document.add_paragraph(line[m.end():])
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="{dash}"/></w:numPr>'))
        return True
    return False


def _roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][n] if n < 13 else str(n)


def _wrapped(text: str, width: int = 90) -> list[str]:
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return out + [line]


def write_variant(lines: list[str], path: Path, variant: str) -> None:
    document = _document()
    head_end, head_left, head_right = header_block(lines)
    sign_start, sign_end, sign_left, sign_right = signature_block(lines)
    shaped = variant in ("tables", "nested")
    blocks = variant in ("tables", "nested", "tabs", "breaks")
    counts = [0, 0, 0]
    outline = dash = None
    if variant == "numbering":
        outline, dash = _numbering(document)
    landscaped = False
    footnoted = False
    i = 0
    if blocks and head_end and head_left and head_right:
        _side_by_side(document, head_left, head_right, shaped, variant)
        i = head_end
    while i < len(lines):
        line = lines[i]
        if blocks and i == sign_start and sign_left and sign_right:
            _side_by_side(document, sign_left, sign_right, shaped, variant)
            i = sign_end
            continue
        if shaped and APPENDIX.match(line) and not landscaped and any("\t" in x for x in lines[i:]):
            _landscape(document)
            landscaped = True
        if "\t" in line:
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            rows = _rows_of(lines[i:j])
            if variant == "nested":
                frame = document.add_table(rows=1, cols=1)
                _borderless(frame)
                _ruled_table(frame.cell(0, 0), rows, True)
            else:
                _ruled_table(document, rows, shaped)
            i = j
            continue
        if variant == "numbering" and _numbered(document, line, counts, outline, dash):
            i += 1
            continue
        if variant == "breaks" and len(line) > 110 and "  " not in line.strip():  # not a row aligned by spaces
            _break_paragraph(document, _wrapped(line))
        else:
            p = document.add_paragraph(line)
            if variant == "footnotes" and not footnoted and i > head_end and re.search(r"\d+(?:[.,]\d+)*%", line):
                _footnote(document, p, "Số liệu theo báo cáo của cơ quan thống kê.")
                footnoted = True
        i += 1
    if shaped:
        _page_chrome(document, "")
    document.save(path)


# --- PDF by another producer --------------------------------------------------------------------------

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def write_fpdf(lines: list[str], path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("Serif", "", str(FONT))
    pdf.add_font("Serif", "B", str(FONT.with_name("DejaVuSerif-Bold.ttf")))
    pdf.set_font("Serif", size=11)
    pdf.alias_nb_pages()
    pdf.footer = lambda: (pdf.set_y(-15), pdf.cell(0, 10, str(pdf.page_no()), align="C"))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    head_end, head_left, head_right = header_block(lines)
    sign_start, sign_end, sign_left, sign_right = signature_block(lines)

    def side_by_side(left, right):
        y = pdf.get_y()
        pdf.multi_cell(width * 0.42, 6, "\n".join(left), align="C")
        low = pdf.get_y()
        pdf.set_xy(pdf.l_margin + width * 0.45, y)
        pdf.multi_cell(width * 0.55, 6, "\n".join(right), align="C")
        pdf.set_y(max(low, pdf.get_y()) + 3)

    i = 0
    if head_end and head_left and head_right:
        side_by_side(head_left, head_right)
        i = head_end
    while i < len(lines):
        line = lines[i]
        if i == sign_start and sign_left and sign_right:
            side_by_side(sign_left, sign_right)
            i = sign_end
            continue
        if "\t" in line:
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            rows = _rows_of(lines[i:j])
            with pdf.table(col_widths=None, text_align="LEFT", line_height=5.5) as table:
                for row in rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.ln(2)
            i = j
            continue
        if line.strip():
            pdf.multi_cell(width, 6, line, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(6)
        i += 1
    pdf.output(str(path))


# --- PDFs as provinces' offices print them (fpdf2; pypdfium2 and Tesseract for the turned and OCR shapes) --------

SERIF = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")  # Times New Roman's metrics
HEADING = re.compile(r"^[*\s]*(?:[IVX]+\.\s|PHỤ LỤC|KẾ HOẠCH|QUYẾT ĐỊNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH)")
NUMBER_LINE = re.compile(r"^[*\s]*Số\s*:?\s*(\S+)")


def _printed_pdf(lines: list[str], shape: str):
    """The plan as an office prints it, in one of the shapes of PRINTED (an FPDF, not yet written)."""
    from fpdf import FPDF

    head_end, head_left, head_right = header_block(lines)
    sign_start, sign_end, sign_left, sign_right = signature_block(lines)
    number = next((m.group(1) for m in map(NUMBER_LINE.match, head_left) if m), "")
    issuer = head_left[0].strip() if head_left else ""
    pdf = FPDF(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    faces = {"": "Regular", "B": "Bold", "I": "Italic", "BI": "BoldItalic"}
    for style, face in faces.items():
        pdf.add_font("Roman", style, str(SERIF.with_name(f"LiberationSerif-{face}.ttf")))
    pdf.set_font("Roman", size=13)
    pdf.alias_nb_pages()

    def header():
        if shape == "running":  # the issuer's short name left, "Trang 2/9" right, on every page but the first
            if pdf.page_no() > 1:
                pdf.set_font("Roman", "I", 10)
                pdf.set_xy(pdf.l_margin, 10)
                pdf.cell(0, 5, issuer)
                pdf.set_xy(pdf.l_margin, 10)
                pdf.cell(0, 5, f"Trang {pdf.page_no()}/{{nb}}", align="R")
                pdf.set_font("Roman", size=13)
        elif pdf.page_no() > 1 and shape != "ocr":  # the page number at the top centre (Nghị định 30/2020/NĐ-CP)
            pdf.set_font("Roman", size=13)
            pdf.set_xy(pdf.l_margin, 10)
            pdf.cell(pdf.w - pdf.l_margin - pdf.r_margin, 5, str(pdf.page_no()), align="C")
        pdf.set_xy(pdf.l_margin, pdf.t_margin)

    def footer():
        if shape == "running" and number:  # a rule and the document's number and title at the foot
            pdf.set_font("Roman", "I", 9)
            y = pdf.h - 15
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.set_xy(pdf.l_margin, y + 1)
            pdf.cell(0, 4, f"Kế hoạch số {number}")
            pdf.set_font("Roman", size=13)

    pdf.header = header
    pdf.footer = footer
    pdf.add_page()
    width = lambda: pdf.w - pdf.l_margin - pdf.r_margin  # noqa: E731

    def text(line: str, align: str = "J", size: float = 13) -> None:
        heading = bool(HEADING.match(line)) and len(line) < 70
        style = "B" if heading else ("I" if line.lstrip().startswith("(") else "")
        pdf.set_font("Roman", style if shape != "bold" or not heading else "", size)
        if shape == "spaced" and heading:
            pdf.set_char_spacing(4)  # a title set with expanded spacing: "K Ế H O Ạ C H"
        x, y, page = pdf.get_x(), pdf.get_y(), pdf.page
        pdf.multi_cell(width(), 6.5 if shape != "bold" else 7, line, align=align, new_x="LMARGIN", new_y="NEXT")
        if shape == "bold" and heading and pdf.page == page:  # a printer's fake bold: the glyphs drawn twice
            after = pdf.get_y()
            pdf.set_xy(x + 0.12, y)
            pdf.multi_cell(width(), 7, line, align=align, new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(after)
        pdf.set_char_spacing(0)
        pdf.set_font("Roman", size=13)

    def side_by_side(left, right):
        """Two blocks of text side by side without a table; in "columns" each block in its own size and
        line pitch, so their lines lie at different heights (a text box, or tab stops in two fonts)."""
        y = pdf.get_y()
        two = shape == "columns"
        pdf.set_font("Roman", "", 12 if two else 13)
        pdf.multi_cell(width() * 0.42, 5.2 if two else 6, "\n".join(left), align="C")
        low = pdf.get_y()
        pdf.set_xy(pdf.l_margin + width() * 0.45, y + (1.6 if two else 0))
        pdf.set_font("Roman", "B" if two else "", 13)
        pdf.multi_cell(width() * 0.55, 6.4 if two else 6, "\n".join(right), align="C")
        pdf.set_font("Roman", size=13)
        pdf.set_y(max(low, pdf.get_y()) + 3)

    landscape = False
    i = 0
    if head_end and head_left and head_right:
        side_by_side(head_left, head_right)
        i = head_end
    while i < len(lines):
        line = lines[i]
        if i == sign_start and sign_left and sign_right:
            side_by_side(sign_left, sign_right)
            i = sign_end
            continue
        if shape in ("landscape", "turned") and not landscape and APPENDIX.match(line) and any("\t" in x for x in lines[i:]):
            pdf.add_page(orientation="L")
            landscape = True
        if "\t" in line:
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            rows = _rows_of(lines[i:j])
            pdf.set_font("Roman", size=11)
            repeat = 0 if shape in ("running", "pages") else 1
            with pdf.table(text_align="LEFT", line_height=5.5, repeat_headings=repeat) as table:
                for row in rows:
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            pdf.set_font("Roman", size=13)
            pdf.ln(2)
            i = j
            continue
        if line.strip():
            text(line)
        else:
            pdf.ln(6.5)
        i += 1
    return pdf


def _turn_landscape_pages(path: Path) -> None:
    """Each landscape page of the PDF drawn a quarter turn on a portrait sheet (a printer-to-PDF
    driver's landscape section): the text's matrix turned, no /Rotate."""
    import pypdfium2

    src = pypdfium2.PdfDocument(str(path))
    out = pypdfium2.PdfDocument.new()
    for k in range(len(src)):
        w, h = src[k].get_size()
        if w <= h:
            out.import_pages(src, [k])
            continue
        xobject = src.page_as_xobject(k, out)
        sheet = out.new_page(h, w)
        obj = xobject.as_pageobject()
        obj.transform(pypdfium2.PdfMatrix().rotate(90).translate(0, w))  # clockwise: the text runs down the sheet
        sheet.insert_obj(obj)
        sheet.gen_content()
    out.save(str(path) + ".turned")
    src.close()
    out.close()
    Path(str(path) + ".turned").replace(path)


def _ocr_layer(path: Path) -> None:
    """The PDF as a scan with an OCR text layer: each page rendered at 200 dpi and read by Tesseract
    (Vietnamese) into a PDF of the image and its invisible text, as a scanner's software makes one."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for k in range(len(pdf)):
            image = Path(tmp) / f"{k:03d}.png"
            pdf[k].render(scale=200 / 72, grayscale=True).to_pil().save(image, dpi=(200, 200))
            subprocess.run(["tesseract", str(image), str(image.with_suffix("")), "-l", "vie", "pdf"],
                           check=True, capture_output=True, env={**__import__("os").environ, "OMP_THREAD_LIMIT": "1"})
            pages.append(image.with_suffix(".pdf"))
        pdf.close()
        merged = pypdfium2.PdfDocument.new()
        for page in pages:
            merged.import_pages(pypdfium2.PdfDocument(str(page)))
        merged.save(str(path))
        merged.close()


# shapes printed by _printed_pdf: running headers and footers, two columns of text at different line heights,
# landscape appendix pages (and the same drawn turned), a printer's fake bold with justified text, letter-spaced
# headings, and a scan with an OCR text layer (when Tesseract's Vietnamese model is installed)
PRINTED = ("pages", "running", "columns", "landscape", "turned", "bold", "spaced", "ocr")


def write_printed(lines: list[str], path: Path, shape: str) -> None:
    _printed_pdf(lines, shape).output(str(path))
    if shape == "turned":
        _turn_landscape_pages(path)
    elif shape == "ocr":
        _ocr_layer(path)


DOCX_VARIANTS = ("plain", "tables", "nested", "tabs", "breaks", "numbering", "footnotes")


def main(argv: list[str]) -> None:
    keep = next((a.split("=", 1)[1] for a in argv if a.startswith("--keep=")), None)
    wanted = [a for a in argv if not a.startswith("--")]
    scorer = SHARED / "spec/score.py"
    gold_dev = SHARED / "corpus/field-gold"
    if not gold_dev.is_dir() or not scorer.is_file():
        sys.exit(f"needs the gold answers and the reference scorer in {SHARED} (third-party texts are never committed)")
    sets = {"dev": [(SHARED / "corpus/field" / g.name[: -len(".json")], g) for g in sorted(gold_dev.glob("*.json"))],
            "plans": [(p, p.with_name(p.name + ".json")) for p in sorted(PLANS.glob("*.txt"))]}
    variants = ["txt"] + [f"docx-{v}" for v in DOCX_VARIANTS]
    if shutil.which("soffice"):
        variants += [f"pdf-{v}" for v in DOCX_VARIANTS]
    variants.append("pdf-fpdf")
    variants += [f"pdf-{v}" for v in PRINTED if v != "ocr" or shutil.which("tesseract")]
    if wanted:
        variants = [v for v in variants if v in wanted or v == "txt"]
    work = Path(keep) if keep else Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    try:
        for set_name, docs in sets.items():
            for variant in variants:
                src, gold = work / set_name / variant, work / set_name / f"gold-{variant}"
                shutil.rmtree(src, ignore_errors=True)
                shutil.rmtree(gold, ignore_errors=True)
                src.mkdir(parents=True)
                gold.mkdir(parents=True)
                ext = variant.split("-")[0]
                for source, g in docs:
                    lines = source.read_text(encoding="utf-8").splitlines()
                    name = f"{source.stem}.{ext}"
                    if variant == "txt":
                        shutil.copy(source, src / name)
                    elif ext == "docx":
                        write_variant(lines, src / name, variant.split("-", 1)[1])
                    elif variant == "pdf-fpdf":
                        write_fpdf(lines, src / name)
                    elif variant.split("-", 1)[1] in PRINTED:
                        write_printed(lines, src / name, variant.split("-", 1)[1])
                    else:  # printed by LibreOffice from the DOCX variant of the same name
                        write_variant(lines, src / f"{source.stem}.docx", variant.split("-", 1)[1])
                    answers = json.loads(g.read_text(encoding="utf-8"))
                    answers["doc"] = name
                    (gold / f"{name}.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
                if ext == "pdf" and variant != "pdf-fpdf" and variant.split("-", 1)[1] not in PRINTED:
                    made = sorted(src.glob("*.docx"))
                    # a LibreOffice profile of this run's own: two instances on one profile fail
                    profile = f"-env:UserInstallation=file://{(work / 'soffice-profile').resolve()}"
                    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(src), *map(str, made)],
                                   check=True, capture_output=True)
                    for docx_path in made:
                        docx_path.unlink()
                out = work / set_name / f"out-{variant}"
                shutil.rmtree(out, ignore_errors=True)
                subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(src), "--out", str(out), "--direct"],
                               cwd=ROOT, check=True, capture_output=True)
                summary = subprocess.run([sys.executable, str(scorer), str(gold), str(out)],
                                         check=True, capture_output=True, text=True).stdout.strip().splitlines()
                print(f"{set_name:5s} {variant:15s} {summary[-1]}", flush=True)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])

"""Benchmark (not a test): the same plans read as text, DOCX and PDF, scored against the same
gold answers, so a loss that only one format suffers shows up.

    python benchmarks/formats.py [--styled] [--only=NAME,NAME] [--keep DIR] [TEXTS GOLD]
        (default: the dev set, ../shared/corpus/field + ../shared/corpus/field-gold; --keep DIR keeps
        the files, gold copies and outputs of every format in DIR instead of a temporary folder, to
        compare what one format loses against another; --styled sets the DOCX, and so the PDF, as an
        administrative document is set: justified paragraphs with a first-line indent, page numbers at the
        top, tables' header rows repeated on each page; --only=NAME,NAME scores only the named texts, by
        stem or file name: `--only=so_tiem_chung,xa_nong_thon_moi benchmarks/plans benchmarks/plans` for two
        synthetic plans, whose gold lies beside them)

Each gold plan's text is written as a DOCX (python-docx: runs of tab-separated lines become a
ruled Word table, other lines paragraphs) and, when LibreOffice is installed (`soffice`,
Debian's libreoffice-writer-nogui), printed to PDF from that DOCX, so the PDF has real line
wraps and ruled tables. Every version runs through `kehoach run --direct` and is scored by the
reference scorer (../shared/spec/score.py).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _page_number_header(document) -> None:
    """A page number centred at the top of every page (a PAGE field), as an administrative document numbers its
    pages (Nghị định 30/2020/NĐ-CP, Phụ lục I: Arabic numerals, centred in the top margin)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.sections[0].header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _repeat_header_row(table) -> None:
    """The table's first row repeated at the top of each page the table runs on to (Word's "Repeat as header row")."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table.rows[0]._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def write_docx(lines: list[str], path: Path, styled: bool = False) -> None:
    """`styled`: as the form of an administrative document sets a plan (Nghị định 30/2020/NĐ-CP, Phụ lục I):
    body paragraphs justified with a first-line indent, the page number at the top of each page, and a table's
    header row repeated on each page it runs on to; else plain paragraphs, flush left."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    if styled:
        section = document.sections[0]
        section.left_margin, section.right_margin, section.top_margin, section.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
        _page_number_header(document)
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            paragraph = document.add_paragraph(lines[i])
            if styled and len(lines[i]) > 60:  # a body paragraph, not a heading or a line of the header block
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                paragraph.paragraph_format.first_line_indent = Cm(1)
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j]:
            j += 1
        rows = [line.split("\t") for line in lines[i:j]]
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell.strip()
        if styled:
            _repeat_header_row(table)
        i = j
    document.save(path)


def main(argv: list[str]) -> None:
    keep = None
    styled = "--styled" in argv
    only = {n for a in argv if a.startswith("--only=") for n in a.split("=", 1)[1].split(",") if n}
    argv = [a for a in argv if a != "--styled" and not a.startswith("--only=")]
    if argv[:1] == ["--keep"]:
        keep, argv = Path(argv[1]), argv[2:]
    texts = Path(argv[0]) if argv else SHARED / "corpus/field"
    gold = Path(argv[1]) if len(argv) > 1 else SHARED / "corpus/field-gold"
    scorer = SHARED / "spec/score.py"
    if not gold.is_dir() or not scorer.is_file():
        sys.exit(f"needs the gold answers and the reference scorer in {SHARED} (third-party texts are never committed)")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if keep is not None:
            shutil.rmtree(keep, ignore_errors=True)
            keep.mkdir(parents=True)
            tmp = keep
        for kind in ("txt", "docx", "pdf"):
            (tmp / kind).mkdir()
            (tmp / f"gold-{kind}").mkdir()
        for g in sorted(gold.glob("*.json")):
            source = texts / g.name[: -len(".json")]
            if only and source.stem not in only and source.name not in only:
                continue
            stem = source.stem
            shutil.copy(source, tmp / "txt" / source.name)
            write_docx(source.read_text(encoding="utf-8").splitlines(), tmp / "docx" / f"{stem}.docx", styled)
            for kind in ("txt", "docx", "pdf"):
                answers = json.loads(g.read_text(encoding="utf-8"))
                answers["doc"] = f"{stem}.{kind}"
                (tmp / f"gold-{kind}" / f"{stem}.{kind}.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
        kinds = ["txt", "docx"]
        if shutil.which("soffice"):
            # a profile of its own: another soffice running (another user's, another benchmark's) holds the
            # default profile's lock, and the conversion then fails
            profile = f"-env:UserInstallation={(tmp / 'lo-profile').resolve().as_uri()}"
            subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp / "pdf"),
                            *map(str, sorted((tmp / "docx").glob("*.docx")))], check=True, capture_output=True)
            kinds.append("pdf")
        else:
            print("pdf: skipped (LibreOffice's soffice is not installed: apt-get install libreoffice-writer-nogui)")
        for kind in kinds:
            out = tmp / f"out-{kind}"
            subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(tmp / kind), "--out", str(out), "--direct"],
                           cwd=ROOT, check=True, capture_output=True)
            summary = subprocess.run([sys.executable, str(scorer), str(tmp / f"gold-{kind}"), str(out)],
                                     check=True, capture_output=True, text=True).stdout.strip().splitlines()
            print(f"{kind:5s} {summary[-1]}")
            for line in summary:
                if line.startswith("  targets.year") or line.startswith("  legal_refs.date"):
                    print(f"      {line.strip()}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""What Word shows of a DOCX plan that python-docx's `Paragraph.text` does not give (pipeline.docx_text):
automatic numbering and bullets, runs inside tracked insertions, smart tags, fields and content controls,
page breaks inside a paragraph, superscript numbers, text boxes. Each DOCX is built here."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import read_document

docx = pytest.importorskip("docx", reason="python-docx reads and writes the DOCX files")
from docx.oxml import parse_xml  # noqa: E402

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _lines(tmp_path: Path, build) -> list[str]:
    document = docx.Document()
    build(document)
    path = tmp_path / "plan.docx"
    document.save(path)
    doc = read_document(path)
    assert doc.format == "docx" and not any("cannot parse" in m for m in doc.messages), doc.messages
    return doc.raw_text.split("\n")


def _list(document, levels: list[tuple[str, str]], num_id: int = 90, start: int = 1) -> str:
    """Add a list definition: one (numFmt, lvlText) per level, each counting from `start`; return its numId."""
    numbering = document.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
                   for i, (fmt, text) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum {NS} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return str(num_id)


def _item(document, text: str, num_id: str, level: int = 0) -> None:
    p = document.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _outline(document) -> None:
    """A plan's outline numbered by Word: I., 1., a) restarting under each item above them."""
    num = _list(document, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    for text, level in [("MỤC ĐÍCH, YÊU CẦU", 0), ("TỔ CHỨC THỰC HIỆN", 0), ("Sở Tài chính", 1),
                        ("Chủ trì thẩm định kinh phí;", 2), ("Tổng hợp báo cáo.", 2), ("Sở Y tế", 1),
                        ("Chủ trì triển khai.", 2)]:
        _item(document, text, num, level)


def _decimal_outline(document) -> None:
    """Numbered headings "1.", "1.1." and bullets written as a dash and as a Symbol glyph."""
    num = _list(document, [("decimal", "%1."), ("decimal", "%1.%2."), ("bullet", "-"), ("bullet", "\uf0b7")])
    for text, level in [("Mục tiêu", 0), ("Mục tiêu chung", 1), ("Mục tiêu cụ thể", 1), ("Tỷ lệ che phủ rừng đạt 42%;", 2),
                        ("Tổ chức 02 lớp tập huấn.", 3)]:
        _item(document, text, num, level)


def _built_in_styles(document) -> None:
    """The template's "List Number" and "List Bullet" styles number through the style."""
    document.add_paragraph("Sở Nội vụ chủ trì.", style="List Number")
    document.add_paragraph("Sở Tư pháp phối hợp.", style="List Number")
    document.add_paragraph("Báo cáo trước ngày 15/12/2025.", style="List Bullet")


def _from_zero(document) -> None:
    """A list that counts from 0 (w:start 0), its second level from 0 again under each item."""
    num = _list(document, [("decimal", "%1."), ("decimal", "%1.%2.")], start=0)
    for text, level in [("Giai đoạn chuẩn bị", 0), ("Khảo sát", 1), ("Lập kế hoạch", 1), ("Giai đoạn triển khai", 0)]:
        _item(document, text, num, level)


def _not_numbered(document) -> None:
    """Negatives: numId 0 switches numbering off; an empty numbered paragraph shows no number;
    a paragraph typed with its own number keeps it as typed."""
    num = _list(document, [("decimal", "%1.")])
    _item(document, "Căn cứ Luật Tổ chức chính quyền địa phương;", "0")
    _item(document, "", num)
    document.add_paragraph("3. Sở Xây dựng")


@pytest.mark.parametrize("build, expected", [
    (_outline, ["I. MỤC ĐÍCH, YÊU CẦU", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính", "a) Chủ trì thẩm định kinh phí;",
                "b) Tổng hợp báo cáo.", "2. Sở Y tế", "a) Chủ trì triển khai."]),
    (_decimal_outline, ["1. Mục tiêu", "1.1. Mục tiêu chung", "1.2. Mục tiêu cụ thể", "- Tỷ lệ che phủ rừng đạt 42%;",
                        "• Tổ chức 02 lớp tập huấn."]),
    (_built_in_styles, ["1. Sở Nội vụ chủ trì.", "2. Sở Tư pháp phối hợp.", "• Báo cáo trước ngày 15/12/2025."]),
    (_from_zero, ["0. Giai đoạn chuẩn bị", "0.0. Khảo sát", "0.1. Lập kế hoạch", "1. Giai đoạn triển khai"]),
    (_not_numbered, ["Căn cứ Luật Tổ chức chính quyền địa phương;", "", "3. Sở Xây dựng"]),
])
def test_word_numbering_and_bullets_are_read_as_shown(tmp_path, build, expected):
    assert _lines(tmp_path, build) == expected


def _runs(*xml: str):
    def build(document):
        for body in xml:
            p = document.add_paragraph()
            for child in parse_xml(f"<w:p {NS}>{body}</w:p>"):
                p._p.append(child)
    return build


@pytest.mark.parametrize("build, expected", [
    # a tracked insertion is shown, a deletion is not
    (_runs('<w:r><w:t xml:space="preserve">Giao </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>Sở Nội vụ</w:t></w:r></w:ins>'
           '<w:del w:id="2" w:author="A"><w:r><w:delText>Sở Tư pháp</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> chủ trì.</w:t></w:r>'),
     ["Giao Sở Nội vụ chủ trì."]),
    # a smart tag, a simple field's result and an inline content control
    (_runs('<w:r><w:t xml:space="preserve">Hoàn thành trước ngày </w:t></w:r><w:smartTag w:uri="u" w:element="date"><w:r><w:t>30/6/2025</w:t></w:r></w:smartTag>'
           '<w:sdt><w:sdtPr><w:alias w:val="Cơ quan"/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">; Sở Công Thương báo cáo</w:t></w:r></w:sdtContent></w:sdt>'
           '<w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve"> (trang 3).</w:t></w:r></w:fldSimple>'),
     ["Hoàn thành trước ngày 30/6/2025; Sở Công Thương báo cáo (trang 3)."]),
    # a page break inside a paragraph ends a line: the words either side are not glued
    (_runs('<w:r><w:t>Sở Tài chính</w:t><w:br w:type="page"/><w:t>chủ trì thẩm định.</w:t></w:r>'),
     ["Sở Tài chính", "chủ trì thẩm định."]),
    # a line break typed in a paragraph: a line end (the header's lines, a title), but where the sentence goes on in
    # small letters (a DOCX converted from a PDF breaks every line), a space; a letter item starts its line
    (_runs('<w:r><w:t>Trung tâm Kiểm soát bệnh tật chủ trì phân phối vắc xin;</w:t><w:br/><w:t>giám sát kỹ thuật các đơn vị.</w:t></w:r>',
           '<w:r><w:t xml:space="preserve">Sở Nội vụ tổng hợp, báo cáo UBND tỉnh </w:t><w:cr/><w:t>trước ngày 15/12/2025.</w:t></w:r>',
           '<w:r><w:t>ỦY BAN NHÂN DÂN</w:t><w:br/><w:t>TỈNH LẠNG SƠN</w:t></w:r>',
           '<w:r><w:t>a) Chủ trì hội nghị;</w:t><w:br w:type="textWrapping"/><w:t>b) Báo cáo kết quả.</w:t></w:r>'),
     ["Trung tâm Kiểm soát bệnh tật chủ trì phân phối vắc xin; giám sát kỹ thuật các đơn vị.",
      "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12/2025.", "ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN",
      "a) Chủ trì hội nghị;", "b) Báo cáo kết quả."]),
    # superscript digits are superscripts (a unit's power, a footnote's mark); other runs are as typed
    (_runs('<w:r><w:t xml:space="preserve">Diện tích cây xanh đạt 10 m</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r>'
           '<w:r><w:t>/người</w:t></w:r>',
           '<w:r><w:t>Nghị quyết số 57-NQ/TW ngày 22/12/2024</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r>'
           '<w:r><w:t xml:space="preserve"> của Bộ Chính trị</w:t></w:r>',
           '<w:r><w:t xml:space="preserve">Quý IV năm 2025 </w:t></w:r><w:r><w:rPr><w:vertAlign w:val="subscript"/></w:rPr><w:t>2</w:t></w:r>'),
     ["Diện tích cây xanh đạt 10 m²/người", "Nghị quyết số 57-NQ/TW ngày 22/12/2024¹ của Bộ Chính trị", "Quý IV năm 2025 2"]),
])
def test_runs_word_shows_are_read(tmp_path, build, expected):
    assert _lines(tmp_path, build) == expected


def test_a_block_content_control_and_a_text_box_are_read_once(tmp_path):
    def build(document):
        body = document.element.body
        document.add_paragraph("KẾ HOẠCH")
        body.insert(len(body) - 1, parse_xml(
            f'<w:sdt {NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Sở Xây dựng chủ trì thực hiện.</w:t></w:r></w:p>'
            '</w:sdtContent></w:sdt>'))
        box = '<w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>'
        p = document.add_paragraph("Ủy ban nhân dân tỉnh")
        p._p.append(parse_xml(
            f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>'
            f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>'))
    assert _lines(tmp_path, build) == ["KẾ HOẠCH", "Sở Xây dựng chủ trì thực hiện.", "Ủy ban nhân dân tỉnh", "DỰ THẢO"]


def test_numbered_cells_of_a_table_keep_their_numbers(tmp_path):
    def build(document):
        num = _list(document, [("decimal", "%1")])
        table = document.add_table(rows=3, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "TT", "Nhiệm vụ"
        for r, task in ((1, "Rà soát quy hoạch"), (2, "Sơ kết thực hiện")):
            table.cell(r, 1).text = task
            p = table.cell(r, 0).paragraphs[0]
            p.add_run("")
            p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
    # an empty numbered cell shows its number in Word: the STT column (in the body an empty numbered
    # paragraph numbers nothing: `_not_numbered`)
    assert _lines(tmp_path, build) == ["TT\tNhiệm vụ", "1\tRà soát quy hoạch", "2\tSơ kết thực hiện"]


PLAN = [("TỔ CHỨC THỰC HIỆN", 0), ("Sở Tài chính", 1),
        ("Chủ trì, phối hợp với Sở Nội vụ thẩm định kinh phí thực hiện Kế hoạch;", 2),
        ("Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.", 2), ("Sở Y tế", 1),
        ("Chủ trì triển khai các nội dung của Kế hoạch, báo cáo kết quả trong quý IV/2025.", 2)]


def test_a_plan_numbered_by_word_gives_the_rows_of_its_typed_twin(tmp_path):
    """The bodies under numbered headings and their sections are the same whether the numbers are
    typed (the text version) or made by Word's numbering (the DOCX)."""
    from pipeline.process import process_document

    markers = {0: ["I."], 1: ["1.", "2."], 2: ["a)", "b)", "a)"]}
    typed, used = [], {0: 0, 1: 0, 2: 0}
    for text, level in PLAN:
        typed.append(f"{markers[level][used[level]]} {text}")
        used[level] += 1
    (tmp_path / "plan.txt").write_text("KẾ HOẠCH\n" + "\n".join(typed) + "\n", encoding="utf-8")

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    num = _list(document, [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")])
    for text, level in PLAN:
        _item(document, text, num, level)
    document.save(tmp_path / "plan.docx")

    def rows(name):
        facts = process_document(tmp_path / name).facts
        return ([(r["name"], r["role"], r["section"]) for r in facts["bodies"]],
                [(r["date"], r["date_raw"], r["section"]) for r in facts["deadlines"]])

    bodies, deadlines = rows("plan.txt")
    assert any(section and "1 Sở Tài chính" in section for _, _, section in bodies)
    assert rows("plan.docx") == (bodies, deadlines)


# --- layout tables: the national header and the closing set side by side in a borderless table ----------


def _borderless(table) -> None:
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {NS}>' + "".join(
        f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def _blocks_table(document, rows: list[list[list[str]]], ruled: bool = False):
    """A table whose cells each hold a block of lines (a paragraph a line)."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    if ruled:
        table.style = "Table Grid"
    else:
        _borderless(table)
    for r, row in enumerate(rows):
        for c, block in enumerate(row):
            cell = table.cell(r, c)
            cell.paragraphs[0].text = block[0] if block else ""
            for line in block[1:]:
                cell.add_paragraph(line)
    return table


PROVINCE_HEADER = [[["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]],
                   [["Số: 215/KH-UBND"], ["Lạng Sơn, ngày 12 tháng 5 năm 2025"]]]
PARTY_HEADER = [[["TỈNH ỦY QUẢNG TRỊ", "*", "Số 88-CTr/TU"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Quảng Trị, ngày 03 tháng 6 năm 2025"]]]
CLOSING = [[["Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT, NC."], ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hoàng Văn Nam"]]]
MINISTRY_CLOSING = [[["Nơi nhận:", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, KHTC."], [], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Thị Hoa"]]]


@pytest.mark.parametrize("rows, lines", [
    (PROVINCE_HEADER, ["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                       "Số: 215/KH-UBND", "Lạng Sơn, ngày 12 tháng 5 năm 2025"]),
    (PARTY_HEADER, ["TỈNH ỦY QUẢNG TRỊ", "*", "Số 88-CTr/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", "", "Quảng Trị, ngày 03 tháng 6 năm 2025"]),
    (CLOSING, ["Nơi nhận:", "- Bộ Nội vụ;", "- Lưu: VT, NC.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hoàng Văn Nam"]),
    (MINISTRY_CLOSING, ["Nơi nhận:", "- Các đơn vị thuộc Bộ;", "- Lưu: VT, KHTC.", "", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Thị Hoa"]),
])
def test_a_layout_table_is_read_cell_after_cell(tmp_path, rows, lines):
    """The header's and the closing's blocks set side by side in a table are read as a text copy has
    them: a line per paragraph, one cell after the other (not all of a cell's lines on one)."""
    assert _lines(tmp_path, lambda d: _blocks_table(d, rows)) == lines


def test_the_header_and_signature_of_a_plan_in_layout_tables_are_read(tmp_path):
    from pipeline.process import process_document

    def build(document):
        _blocks_table(document, PROVINCE_HEADER)
        document.add_paragraph("KẾ HOẠCH")
        document.add_paragraph("Phát triển du lịch năm 2025")
        document.add_paragraph("Sở Văn hóa, Thể thao và Du lịch chủ trì, báo cáo UBND tỉnh trước ngày 15/12/2025.")
        _blocks_table(document, CLOSING)

    _lines(tmp_path, build)
    result = process_document(tmp_path / "plan.docx")
    meta = result.document
    assert (meta.doc_number, meta.issue_date, meta.signer) == ("215/KH-UBND", "2025-05-12", "Hoàng Văn Nam")
    dates = [r["date"] for r in result.facts["deadlines"]]
    assert "2025-12-15" in dates and "2025-05-12" not in dates  # the issue date is no deadline
    assert "Bộ Nội vụ" not in [r["name"] for r in result.facts["bodies"]]


@pytest.mark.parametrize("rows", [
    [[["Chỉ tiêu"], ["Năm 2025"]], [["Tỷ lệ che phủ rừng (%)"], ["42"]]],  # two columns of data: no motto, no closing
    [[["TT"], ["Nhiệm vụ"], ["Chủ trì"]], [["1"], ["Rà soát quy hoạch"], ["Sở Xây dựng"]],
     [["2"], ["Tập huấn"], ["Sở Nội vụ"]], [["3"], ["Kiểm tra"], ["Thanh tra tỉnh"]],
     [["4"], ["Báo cáo"], ["KT. Văn phòng"]]],  # five rows: a data table, whatever a cell says
])
def test_a_data_table_keeps_its_rows(tmp_path, rows):
    assert _lines(tmp_path, lambda d: _blocks_table(d, rows, ruled=True)) == ["\t".join(c[0] for c in row) for row in rows]


# --- a table inside a table -----------------------------------------------------------------------


TASKS = [["TT", "Nhiệm vụ", "Chủ trì", "Thời gian"], ["1", "Rà soát quy hoạch", "Sở Xây dựng", "Quý II/2025"],
         ["2", "Tập huấn cán bộ", "Sở Nội vụ", "Tháng 8/2025"]]


def _framed(document) -> None:
    """A ruled table inside a one-cell frame, a caption above it in the frame."""
    frame = document.add_table(rows=1, cols=1)
    frame.cell(0, 0).paragraphs[0].text = "DANH MỤC NHIỆM VỤ"
    inner = frame.cell(0, 0).add_table(rows=len(TASKS), cols=len(TASKS[0]))
    for r, row in enumerate(TASKS):
        for c, cell in enumerate(row):
            inner.cell(r, c).text = cell


def _sub_table_in_a_cell(document) -> None:
    """A task table whose deadline cell holds a small table of its own (two phases)."""
    table = document.add_table(rows=2, cols=3)
    for c, cell in enumerate(["Nhiệm vụ", "Chủ trì", "Thời gian"]):
        table.cell(0, c).text = cell
    table.cell(1, 0).text = "Số hóa hồ sơ"
    table.cell(1, 1).text = "Sở Nội vụ"
    sub = table.cell(1, 2).add_table(rows=2, cols=1)
    sub.cell(0, 0).text = "Giai đoạn 1: Quý II/2025"
    sub.cell(1, 0).text = "Giai đoạn 2: Quý IV/2025"


@pytest.mark.parametrize("build, expected", [
    (_framed, ["DANH MỤC NHIỆM VỤ", *("\t".join(r) for r in TASKS), ""]),
    (_sub_table_in_a_cell, ["Nhiệm vụ\tChủ trì\tThời gian",
                            "Số hóa hồ sơ\tSở Nội vụ\tGiai đoạn 1: Quý II/2025 Giai đoạn 2: Quý IV/2025"]),
])
def test_a_nested_table_is_read(tmp_path, build, expected):
    """A table in a one-column frame is read as the body is (its rows a line each); a table nested in a
    data cell is more of that cell's text."""
    assert _lines(tmp_path, build) == expected

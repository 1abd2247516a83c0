"""Recipients and signature blocks: found wherever they sit, skipped by every extractor."""
from __future__ import annotations

import pytest

from extractors.bodies import extract_bodies
from extractors.deadlines import extract_deadlines
from extractors.targets import extract_targets
from pipeline.closing import closing_blocks, skip_spans
from pipeline.normalise import normalise

CRAWLED = """Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố chịu trách nhiệm thi hành Quyết định này./.

|
Nơi nhận:
- Như Điều 3;
- Thủ tướng Chính phủ (để b/c);
- Bộ Tài chính (để b/c);
- Lưu: VT, (TH/MT).
|
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Lộc Hà
|

KẾ HOẠCH
"""

PDF_COLUMNS = """Định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh./.
Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Thường trực Tỉnh ủy (để b/c);\tKT. CHỦ TỊCH
- Các sở, ban, ngành trong tỉnh;\tPHÓ CHỦ TỊCH
- Văn phòng UBND tỉnh: CVP,
các PCVP và các VP, Ban, TT;
- Lưu: VT, VP3.
LNT_VP3_KH12

Trần Song Tùng

Phụ lục
CÁC NHIỆM VỤ TRỌNG TÂM
"""

# pdfplumber: the two columns read line by line, the posts between the recipients
PDF_LINES = """Định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh./.
Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Thường trực Tỉnh ủy (để b/c); KT. CHỦ TỊCH
- Ban Cán sự Đảng UBND tỉnh;
PHÓ CHỦ TỊCH
- Các sở, ban, ngành trong tỉnh;
- Lưu: VT, VP3.
LNT VP3_KH12
Trần Song Tùng
Phụ lục
"""

DOCX_LINE = """Tổ chức thực hiện nghiêm túc Kế hoạch này./.
Nơi nhận: / - Tỉnh ủy (B/c); / - UBND tỉnh (B/c); / - Lưu: VT, CN. | KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / / Trịnh Văn Thành

Phụ lục số 01:
"""

PARTY = """Các cấp ủy tổ chức quán triệt Chương trình này.

Nơi nhận:
- Ban Bí thư Trung ương Đảng (để b/c);
- Ủy ban nhân dân tỉnh;
- Lưu Văn phòng Tỉnh ủy.

T/M TỈNH ỦY
PHÓ BÍ THƯ THƯỜNG TRỰC

Hoàng Giang

PHỤ LỤC 1
"""


@pytest.mark.parametrize("text, first, last, after", [
    (CRAWLED, "Nơi nhận:", "Nguyễn Lộc Hà", "KẾ HOẠCH"),
    (PDF_COLUMNS, "Nơi nhận:", "Trần Song Tùng", "Phụ lục"),
    (PDF_LINES, "Nơi nhận:", "Trần Song Tùng", "Phụ lục"),
    (DOCX_LINE, "Nơi nhận:", "Trịnh Văn Thành", "Phụ lục số 01:"),
    (PARTY, "Nơi nhận:", "Hoàng Giang", "PHỤ LỤC 1"),
])
def test_recipients_and_signature_make_one_block(text, first, last, after):
    blocks = closing_blocks(text)
    assert len(blocks) == 1
    start, end = blocks[0]
    assert text[start:end].startswith(first)
    assert text[start:end].rstrip().endswith(last)
    assert text[end:].strip("|\n ").startswith(after)  # what follows the signature is read again


def test_a_signature_without_recipients_is_a_block():
    text = "Kế hoạch này thay thế Kế hoạch số 12/KH-UBND.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐàm Ngọc Quang\n"
    (start, end), = closing_blocks(text)
    assert text[start:end] == "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐàm Ngọc Quang"


@pytest.mark.parametrize("text", [
    "Công dân đến nơi nhận hồ sơ của Bộ phận một cửa để nộp giấy tờ.",
    "Tổ chức tuyên truyền tại nơi nhận quà.\n- Sở Y tế chủ trì.",
    "TP. Hồ Chí Minh phấn đấu đạt 95% hồ sơ trực tuyến.",
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.",
])
def test_prose_is_no_closing_block(text):
    assert closing_blocks(text) == ()


DECISION_WITH_PLAN = """QUYẾT ĐỊNH

Về việc ban hành Kế hoạch chuyển đổi số năm 2026

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Sở Tài chính;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn An

KẾ HOẠCH

Chuyển đổi số năm 2026

I. MỤC TIÊU

1. Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt 90%.

II. TỔ CHỨC THỰC HIỆN

1. Sở Khoa học và Công nghệ chủ trì, phối hợp với các đơn vị triển khai Kế hoạch; hoàn thành trước ngày 30/6/2026.
"""


def test_a_task_after_the_recipients_block_is_extracted():
    text = normalise(DECISION_WITH_PLAN).text
    closing = skip_spans(text)
    bodies = extract_bodies(text)
    assert any(b.name == "Sở Khoa học và Công nghệ" and b.role == "lead" for b in bodies)
    assert not any(b.name == "Sở Tài chính" for b in bodies)  # a recipient, not a task
    assert any(d.date == "2026-06-30" for d in extract_deadlines(text))
    assert any(t.value == 90 for t in extract_targets(text))
    for fact in bodies + extract_deadlines(text) + extract_targets(text):
        assert not closing.touches(fact.start, fact.end)


@pytest.mark.parametrize("text, signer", [
    (CRAWLED, "Nguyễn Lộc Hà"),
    (PDF_COLUMNS, "Trần Song Tùng"),
    (PDF_LINES, "Trần Song Tùng"),
    (DOCX_LINE, "Trịnh Văn Thành"),
    (PARTY, "Hoàng Giang"),
    (DECISION_WITH_PLAN, "Nguyễn Văn An"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\n|\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n**Vũ\nChiến Thắng**\n|\n", "Vũ Chiến Thắng"),  # the decision's signer, though the plan follows
])
def test_signer_is_read_from_the_first_signature(text, signer):
    from pipeline.metadata import document_fields

    assert document_fields(normalise(text).text)["signer"] == signer


@pytest.mark.parametrize("text", [
    "| Nơi nhận: |\n- Như Điều 3;\n**KT. CHỦ TỊCH**\n\n", "a\n\n b \n", "", "\n", "*_x_*\n|", "| * Lưu: VT. * |",
])
def test_closing_lines_are_the_line_matches_with_their_words(text):
    from pipeline.closing import LINE, _lines

    expected = [(m.start(), m.end(), m.group().strip().strip("|").strip().strip("*_").strip()) for m in LINE.finditer(text)]
    assert _lines(text) == expected


@pytest.mark.parametrize("line", ["Nơi nhận:", "NƠI NHẬN:", "TM. ỦY BAN NHÂN DÂN", "KT.", "Q. GIÁM ĐỐC", "Nơi", "T/M TỈNH ỦY", "Tháng"])
def test_a_block_starts_where_either_start_pattern_matches(line):
    from pipeline.closing import BLOCK_START, RECIPIENTS, SIGNATURE_START

    assert bool(BLOCK_START.match(line)) == bool(RECIPIENTS.match(line) or SIGNATURE_START.match(line))


# The archive line's wrapped end: the drafter's initials and the copies issued (NĐ 30/2020/NĐ-CP, Phụ lục I).
@pytest.mark.parametrize("copies", ["Huy (23 bản)", "NVA(10b).", "(05 bản)"])
def test_the_copies_issued_after_the_archive_line_close_the_recipients(copies):
    text = ("Điều 3. Thi hành.\n\n|\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, HCC, NC.\n" + copies
            + "\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVõ Tấn Đức\n")
    (start, end), = closing_blocks(text)
    assert copies in text[start:end]
    assert extract_targets(text) == []


def test_a_task_line_after_the_archive_line_is_not_the_copies():
    text = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nPhấn đấu cấp 500 bản đồ số (500 bản).\n"
    (start, end), = closing_blocks(text)
    assert "Phấn đấu" not in text[start:end]


# An item wrapped with a capitalised rest, or a dash alone on its line with its item on the next (DOCX text), stays in
# the recipients list: the list runs on to its archive line, and the bodies in it give no rows.
@pytest.mark.parametrize("text", [
    "Cục Thuế có ý kiến để ông A được biết./.\n|\nNơi nhận:\n- Như trên;\n- Phó Cục trưởng Đặng Ngọc\nMinh (để bc);\n"
    "- Ban Pháp chế, Chính sách;\n- Website Cục;\n- Lưu: VT, CS.\n|\nTL. CỤC TRƯỞNG\n",
    "Thông tư này có hiệu lực kể từ ngày ký./.\n\n|\nNơi nhận:\n-\nVăn phòng Tổng Bí thư;\n- Văn phòng Quốc hội;\n"
    "- Cục Kiểm soát TTHC - Văn phòng Chính phủ;\n- Sở Y tế các tỉnh;\n- Lưu: VT, PC.\n|\nKT. BỘ TRƯỞNG\n",
    "Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n-\nNhư Điều 3;\n- Bộ Tư pháp;\n-\nBan Thi đua - Khen thưởng;\n"
    "- Lưu: VT.\n",
])
def test_wrapped_recipients_stay_in_the_list(text):
    assert [b.name_canonical for b in extract_bodies(text) if b.kind != "collective"] == []
    start, end = closing_blocks(text)[0]
    assert "Lưu: VT" in text[start:end]


# negatives: a task after an unterminated last item is read, and a numbered heading after it opens the document again
@pytest.mark.parametrize("text,expected", [
    ("Nơi nhận:\n- Như trên\n1. Sở Y tế chủ trì tổ chức thực hiện.\n", {"Sở Y tế"}),
    ("Nơi nhận:\n- Bộ Tài chính\nKẾ HOẠCH\nGiao Sở Nội vụ chủ trì thực hiện.\n", {"Sở Nội vụ"}),
    ("Nơi nhận:\n- Như trên\nGiao Sở Nội vụ chủ trì thực hiện.\n", {"Sở Nội vụ"}),
])
def test_what_follows_an_open_last_item_is_read(text, expected):
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == expected


def test_an_item_that_lost_its_dash_stays_in_the_list():
    text = ("Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 3;\n- VPUB: CVP, các PCVP;\n"
            "Phòng KT, Trung tâm Phục vụ hành chính công;\n- Cổng TT điện tử tỉnh;\n- Lưu: VT.\n")
    assert [b.name_canonical for b in extract_bodies(text) if b.kind != "collective"] == []


# A recipients list whose dashes were lost (Word's list bullets dropped when the text was copied): its items, closed by
# ";" and followed by the archive line, are still the list, the first one too; without the archive line ahead, or
# when a line is a numbered task, it is not.
@pytest.mark.parametrize("text,inside,outside", [
    ("Điều 3. Thi hành./.\n\nNơi nhận:\n\nThủ tướng Chính phủ (b/c);\nBộ Tài chính;\nTT Tỉnh ủy, TT HĐND tỉnh;\n"
     "Lưu: VT, KT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n", "Bộ Tài chính;", "Điều 3."),
    ("Nơi nhận:\nBan Thường vụ Huyện ủy;\nBáo Khánh Hòa;\nCác xã, thị trấn;\nLưu: VP.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n",
     "Báo Khánh Hòa;", None),
    ("Nơi nhận:\nSở Y tế chủ trì tổ chức thực hiện;\n1. Sở Tài chính bố trí kinh phí.\n", None,
     "Sở Y tế chủ trì tổ chức thực hiện;"),
    ("Nơi nhận:\n\n1. Sở Y tế chủ trì;\n2. Sở Tài chính phối hợp;\nLưu: VT.\n", None, "1. Sở Y tế chủ trì;"),
])
def test_a_recipients_list_that_lost_its_dashes(text, inside, outside):
    blocks = [text[s:e] for s, e in closing_blocks(text)]
    if inside:
        assert any(inside in b for b in blocks)
    if outside:
        assert not any(outside in b for b in blocks)


# A recipients list that lost its "Nơi nhận:" label, its items run together on one line (a crawled page that kept the
# list's cell and dropped the label), is still the list: with its archive item ("- Lưu: …") it gives no bodies, and the
# signature after it (on its line or the next) closes the block. A one-line list of tasks without an archive item, or
# with "Lưu ý" (a note, not the archive), is read.
@pytest.mark.parametrize("text,inside,outside,expected", [
    ("3. Hội đồng Dân tộc, các Ủy ban của Quốc hội giám sát việc thực hiện Nghị quyết này.\n\n"
     "- Chính phủ; - Ban Tổ chức Trung ương; - Kiểm toán nhà nước; - Các Bộ, cơ quan ngang Bộ, cơ quan thuộc CP; "
     "- Tỉnh ủy, HĐND, UBND tỉnh Đồng Nai; - Lưu: HC, PLTP. |\nTM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCHỦ TỊCH\n",
     "- Kiểm toán nhà nước;", "3. Hội đồng Dân tộc", {"Hội đồng Dân tộc", "Ủy ban của Quốc hội"}),
    ("2. Bộ trưởng Bộ Tài chính chịu trách nhiệm thi hành Nghị định này./.\n\n"
     "- Ban Bí thư Trung ương Đảng; -Thủ tướng, các Phó Thủ tướng Chính phủ; -Các bộ, cơ quan ngang bộ; "
     "-HĐND, UBND các tỉnh, thành phố; -Lưu: VT, KTTH(2b) | TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG "
     "(Đã ký) Hồ Đức Phớc |\n\nPhụ lục\n", "-Các bộ, cơ quan ngang bộ;", "Phụ lục", {"Bộ Tài chính"}),
    # the archive's codes without a colon, or the office that files it
    ("1. Sở Y tế chủ trì thực hiện Kế hoạch này.\n\n- Thường trực Tỉnh ủy; - Các sở, ban, ngành tỉnh; - UBND các huyện, "
     "thị xã; - Lưu VT, TH.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", "- Các sở, ban, ngành tỉnh;", "1. Sở Y tế", {"Sở Y tế"}),
    ("1. Sở Y tế chủ trì thực hiện Kế hoạch này.\n\n- Thường trực Tỉnh ủy; - Các sở, ban, ngành tỉnh; - UBND các huyện, "
     "thị xã; - Lưu Văn phòng UBND tỉnh.\nKT. CHỦ TỊCH\n", "- UBND các huyện, thị xã;", "1. Sở Y tế", {"Sở Y tế"}),
])
def test_a_recipients_list_on_one_line_without_its_label(text, inside, outside, expected):
    blocks = [text[s:e] for s, e in closing_blocks(text)]
    assert any(inside in b and "Lưu" in b for b in blocks)
    assert not any(outside in b for b in blocks)
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == expected


@pytest.mark.parametrize("text,expected", [
    ("- Sở Y tế chủ trì tổ chức khám sàng lọc; - Sở Tài chính bố trí kinh phí; - Sở Nội vụ hướng dẫn thi đua.\n",
     {"Sở Y tế", "Sở Tài chính", "Sở Nội vụ"}),
    ("- Sở Y tế chủ trì tổ chức khám sàng lọc; - Sở Tài chính bố trí kinh phí; - Lưu ý: Sở Nội vụ hướng dẫn thi đua.\n",
     {"Sở Y tế", "Sở Tài chính", "Sở Nội vụ"}),
    ("- Sở Y tế chủ trì tổ chức khám sàng lọc; - Sở Tài chính bố trí kinh phí; - LƯU Ý: Sở Nội vụ hướng dẫn thi đua.\n",
     {"Sở Y tế", "Sở Tài chính", "Sở Nội vụ"}),
    # a board's members, one of the family name Lưu (every syllable of a name capitalised, not a code's every letter)
    ("- Trưởng ban: Nguyễn Văn An, Giám đốc Sở Nội vụ; - Phó Trưởng ban: Trần Thị Bình, Phó Giám đốc Sở Tài chính; "
     "- Lưu Quang Minh, Chánh Văn phòng Sở Y tế, thành viên.\n", set()),
    ("- Sở Y tế chủ trì tổ chức khám sàng lọc; - Sở Tài chính bố trí kinh phí; - Lưu Văn Hùng, chuyên viên Sở Nội vụ, "
     "tổng hợp kết quả.\n", {"Sở Y tế", "Sở Tài chính"}),
])
def test_a_one_line_task_list_is_no_recipients_list(text, expected):
    assert closing_blocks(text) == ()
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == expected

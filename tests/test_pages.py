"""Paginated text: page numbers and running headers out, sentences joined over page breaks,
the page of every character still known."""
from __future__ import annotations

import pytest

from pipeline.normalise import normalise, page_of


def _paginate(pages: list[str], sep: str = "\n\f\n") -> tuple[str, tuple[int, ...]]:
    """Pages joined as the PDF reader joins them, with each page's raw start offset."""
    starts, raw = [], ""
    for page in pages:
        starts.append(len(raw))
        raw += page + sep
    return raw, tuple(starts)


PDFPLUMBER = [
    "KẾ HOẠCH\nThực hiện Chỉ thị số 30/CT-TTg\nI. MỤC ĐÍCH\n- Tăng cường sự phối hợp của các cơ quan, tham gia vào quá trình phát",
    "2\ntriển công nghiệp văn hóa của tỉnh.\nII. NHIỆM VỤ\n- Sở Văn hóa và Thể thao chủ trì tổ chức",
    "3\ncác sự kiện văn hóa trong năm 2025.\n- Sở Tài chính bố trí kinh phí.",
]
# pdftotext -layout: the number after the form feed, indented, then a blank line
PDFTOTEXT = [
    "      KẾ HOẠCH\n      I. MỤC ĐÍCH\n      - Tăng cường sự phối hợp của các cơ quan, tham gia vào quá trình phát\n",
    "                                         2\n\ntriển công nghiệp văn hóa của tỉnh.\n      II. NHIỆM VỤ\n",
    "                                         3\n\n      - Sở Tài chính bố trí kinh phí.\n",
]
RUNNING_HEADER = [
    "CÔNG BÁO/Số 12/Ngày 05-3-2025\nKẾ HOẠCH\nI. MỤC ĐÍCH\n- Các cơ quan tham gia vào quá trình phát",
    "CÔNG BÁO/Số 12/Ngày 05-3-2025\ntriển công nghiệp văn hóa của tỉnh.\nII. NHIỆM VỤ",
    "CÔNG BÁO/Số 12/Ngày 05-3-2025\n- Sở Tài chính bố trí kinh phí.",
]

# a header or footer set left and right: the PDF reader puts a tab between its two blocks ("Công báo …⇥Số 12 ngày …",
# "Kế hoạch … năm 2026⇥Trang 3"); it is no table's header row, and goes
TABBED_FOOTER = [page + "\nCÔNG BÁO TỈNH AN GIANG\tSố 12 ngày 05/3/2026" for page in RUNNING_HEADER]
TABBED_HEADER = [f"CÔNG BÁO - Kế hoạch phát triển kinh tế - xã hội năm 2026\tTrang {i}\n" + page.split("\n", 1)[1]
                 for i, page in enumerate(RUNNING_HEADER, start=1)]

# a number at the top of each page and "Trang n/m" at each one's foot: two series, both go
BOTH_EDGES = [page + f"\nTrang {i}/3" for i, page in enumerate(PDFTOTEXT[:1] + PDFPLUMBER[1:], start=1)]
# the page number under a running header (the number inside it, not its page's outermost line)
HEADER_OVER_NUMBER = [RUNNING_HEADER[0]] + [f"CÔNG BÁO/Số 12/Ngày 05-3-2025\n{i}\n" + page.split("\n", 1)[1]
                                            for i, page in enumerate(RUNNING_HEADER[1:], start=2)]


# a running header from the second page on (the first page holds the letterhead: "different first page"), three pages
FROM_SECOND_PAGE = [RUNNING_HEADER[0].split("\n", 1)[1]] + [
    f"   CÔNG BÁO - Chương trình hành động số 45-CTr/TU              {i}\n" + page.split("\n", 1)[1]
    for i, page in enumerate(RUNNING_HEADER[1:], start=2)]


@pytest.mark.parametrize("pages, sep", [(PDFPLUMBER, "\n\f\n"), (PDFTOTEXT, "\f"), (RUNNING_HEADER, "\n\f\n"),
                                        (TABBED_FOOTER, "\n\f\n"), (TABBED_HEADER, "\n\f\n"),
                                        (HEADER_OVER_NUMBER, "\n\f\n"), (BOTH_EDGES, "\n\f\n"), (FROM_SECOND_PAGE, "\f")])
def test_a_sentence_cut_by_a_page_break_is_joined(pages, sep):
    raw, starts = _paginate(pages, sep)
    mt = normalise(raw)
    assert "tham gia vào quá trình phát triển công nghiệp văn hóa của tỉnh." in mt.text
    assert "\f" not in mt.text
    assert "CÔNG BÁO" not in mt.text
    for number in ("\n2\n", "\n3\n"):
        assert number not in "\n" + mt.text + "\n"
    # the page of every character is still known
    i = mt.text.index("triển công nghiệp")
    assert page_of(starts, mt.raw_span(i, i + 5)[0]) == 2
    i = mt.text.index("Sở Tài chính")
    assert page_of(starts, mt.raw_span(i, i + 5)[0]) == 3
    assert list(mt.to_raw) == sorted(mt.to_raw)


@pytest.mark.parametrize("pages, kept", [
    # a number that is not the page's own: a table cell
    (["Bảng 1\nSTT\tChỉ tiêu", "13\nTỷ lệ che phủ rừng đạt 42%."], "13"),
    # a line at the top of only two pages of five is the document's
    # ... and at the top of pages 2 and 3 of four, the last page without it
    (["KẾ HOẠCH\nI. MỤC ĐÍCH", "Điều 1. Phạm vi\nnội dung", "Điều 1. Phạm vi\nkết thúc", "Điều 3. Hiệu lực"], "Điều 1. Phạm vi"),
    (["Điều 1. Phạm vi", "Điều 1. Phạm vi\nnội dung", "Điều 2. Đối tượng", "Điều 3. Hiệu lực", "Điều 1. Phạm vi\nkết thúc"], "Điều 1. Phạm vi"),
    # a table copied one cell a line: row 3's number at the top of page 3, in a document whose pages carry no number
    (["KẾ HOẠCH\nI. MỤC ĐÍCH", "STT\nNhiệm vụ\nChủ trì\n1\nRà soát\nSở Tư pháp\n2\nKiểm tra\nSở Y tế",
      "3\nTuyên truyền\nSở Văn hóa\n4\nTổng kết\nSở Nội vụ", "Nơi nhận:\n- Lưu: VT."], "\n3\nTuyên truyền"),
    # ... beside "2" on page 2 alone, the first page a document numbers, which goes
    (["KẾ HOẠCH\nI. MỤC ĐÍCH", "2\nII. NHIỆM VỤ\n1\nRà soát", "Tuyên truyền\nSở Y tế\n4\nTổng kết\nSở Tư pháp",
      "5\nSơ kết\nSở Nội vụ"], "MỤC ĐÍCH\nII. NHIỆM VỤ\n1\nRà soát\nTuyên truyền\nSở Y tế\n4\nTổng kết\nSở Tư pháp\n5\nSơ kết"),
    # ... and rows' numbers one line above two pages' feet, each one off its page's number (a series, were they the
    # pages' outermost lines): the row's first cell, under it at the foot, is the page's own text
    (["KẾ HOẠCH\nI. MỤC ĐÍCH", "II. NHIỆM VỤ\nNơi nhận:\n- Lưu: VT.",
      "PHỤ LỤC\nSTT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\n1\nXã tổ chức Đại hội\nxã\n78\n2\nMôn thi đấu",
      "môn\n18\n3\nVận động viên\nngười", "2.500\n4\nVận động viên năng khiếu", "người\n50"],
     "xã\n78\n2\nMôn thi đấu\nmôn\n18\n3\nVận động viên\nngười\n2.500\n4\nVận động viên năng khiếu\nngười\n50"),
    # (s30p) a table's last cell at the foot of a page numbered at its top, the number of that page ("03" on page 3): the
    # document numbers its pages at the top, so a number at the foot, on that page alone, is text
    (["KẾ HOẠCH\nI. MỤC ĐÍCH", "2\nPHỤ LỤC\nSTT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\n1\nHuấn luyện viên\nNgười",
      "3\n250\n2\nLớp tập huấn phòng, chống doping\nLớp\n03"], "\n250\n2\nLớp tập huấn phòng, chống doping\nLớp\n03"),
    # (s30p) rows' numbers one off their pages' at two pages' feet, in a document numbered at the top of each page: a
    # series of its own at the other edge, over fewer than half the pages the document's numbers run over, is text
    (["KẾ HOẠCH\nI. MỤC ĐÍCH", "2\nII. NHIỆM VỤ", "3\nIII. TỔ CHỨC", "4\nIV. KINH PHÍ",
      "5\nPHỤ LỤC\nSTT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\n1\nSố lớp tập huấn\nlớp\n4\n2\nSố mô hình\nmô hình\n6\n4",
      "6\nSố tin bài\ntin, bài\n24\n5", "7\nSố xã\nxã\n12"], "\n6\n4\nSố tin bài"),
    # a table's header row repeated at the top of each page the table runs on to is no running header
    (["KẾ HOẠCH\nSTT\tChỉ tiêu\tMã\n1\tĐất lúa\tLUA", "STT\tChỉ tiêu\tMã\n2\tĐất rừng\tRSX",
      "STT\tChỉ tiêu\tMã\n3\tĐất ở\tONT", "STT\tChỉ tiêu\tMã\n4\tĐất khác\tNKH"], "\nSTT\tChỉ tiêu\tMã\n4\tĐất khác"),
    # ... where the row after it is a group's row over the columns: the header repeats the table the page before ends with
    (["KẾ HOẠCH\nSTT\tChỉ tiêu\tMã\n1\tĐất lúa\tLUA", "STT\tChỉ tiêu\tMã\nII\tĐẤT PHI NÔNG NGHIỆP\n2\tĐất ở\tONT",
      "STT\tChỉ tiêu\tMã\nIII\tĐẤT CHƯA SỬ DỤNG\n3\tĐất bằng\tBCS", "STT\tChỉ tiêu\tMã\nIV\tĐẤT KHÁC\n4\tĐất khác\tNKH"],
     "\nSTT\tChỉ tiêu\tMã\nIV\tĐẤT KHÁC"),
])
def test_the_documents_own_lines_stay(pages, kept):
    raw, _ = _paginate(pages)
    assert kept in normalise(raw).text


def test_text_without_pages_is_untouched():
    raw = "1. Mục đích\n2\nTỷ lệ đạt 51%."
    assert normalise(raw).text == "1. Mục đích\n2\nTỷ lệ đạt 51%."


@pytest.mark.parametrize("body_mark, note_mark", [
    ("Nghị quyết số 163/2024/QH15¹ của Quốc hội", "¹"),
    ("Nghị quyết số 163/2024/QH15 của Quốc hội1,", "1"),
    ("Nghị quyết số 163/2024/QH15 của Quốc hội [1],", "[1]"),
])
def test_a_pages_footnote_stays_out_of_the_sentences(body_mark, note_mark):
    raw = (f"KẾ HOẠCH\nThực hiện {body_mark} các cơ quan tham gia vào quá trình phát\n"
           f"{note_mark} Nghị quyết về phòng, chống ma túy đến năm 2030\n\f\n2\ntriển công nghiệp văn hóa.\n- Sở Tài chính bố trí.")
    lines = normalise(raw).text.split("\n")
    note = next(line for line in lines if "phòng, chống ma túy" in line)
    assert note.startswith(note_mark) and note.endswith("2030")
    assert any(line.startswith("triển công nghiệp") for line in lines)


def test_a_numbered_line_without_its_mark_in_the_page_is_no_footnote():
    raw = "KẾ HOẠCH\nCác cơ quan tham gia vào quá trình\n2 Sở phối hợp thực hiện\n\f\n2\nphát triển công nghiệp."
    assert "2 Sở phối hợp thực hiện phát triển" in normalise(raw).text


@pytest.mark.parametrize("rows", [
    # a table that runs to the page's foot: its numbered rows are no notes, though the page has a "2" glued to
    # what comes before it (a decimal "2,2", a mark "Chính phủ2")
    ["1\tTổng lượt khách du lịch\tTriệu lượt\t1,1\t2,2", "2\tTrong đó: khách quốc tế\tNghìn lượt\t85\t120",
     "3\tTổng thu từ khách du lịch\tTỷ đồng\t5.800\t8.500"],
    ["1\tThành lập Ban Chỉ đạo\tUBND xã\tQuý I/2026", "2\tSơ kết\tPhòng Nội vụ\tTháng 6/2026"],
])
def test_a_tables_rows_at_a_pages_foot_are_no_footnotes(rows):
    raw = ("KẾ HOẠCH\nThực hiện Nghị quyết của Chính phủ2, các chỉ tiêu tại Phụ lục.\nSTT\tChỉ tiêu\tĐVT\tNăm 2025\tNăm 2028\n"
           + "\n".join(rows) + "\n\f\n4\tĐiểm du lịch\tĐiểm\t11\t16\n")
    assert "\n".join(rows) in normalise(raw).text

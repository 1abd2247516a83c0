"""The crawl version of the formats benchmark (benchmarks/formats.py) rebuilds a portal's page from a text: its
paragraphs from the text's wrapped lines (`_join_wraps`), its tables as the crawl shows them (`write_crawl_html`).
A paragraph or a table the page would not have split must not come out split, else the crawl's scores measure the
emulation, not the pipeline. The figures are a benchmark, not a test."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
formats = pytest.importorskip("benchmarks.formats")

# a crawl's text (as the field crawls are): paragraphs apart by blank lines, each opening with a short line (the
# paragraph's opening tags took the first columns of Word's HTML source) and going on in lines of ~80 columns
CRAWL = """Căn cứ Luật Tổ chức chính quyền địa phương ngày 19
tháng 6 năm 2025 và các văn bản hướng dẫn thi hành có liên quan của Chính phủ;

Căn cứ Luật Dữ liệu số
60/2024/QH15 ngày 30 tháng 11 năm 2024;

1. Sở Giáo dục
và Đào tạo

a) Chủ trì, phối hợp với các sở,
ngành, địa phương xây dựng kế hoạch, triển khai thực hiện Chương trình; hướng dẫn,
kiểm tra, giám sát tình hình triển khai các nhiệm vụ, giải pháp của Chương trình.

- Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ
An, VNPT Nghệ An, MobiFone Nghệ An) để xây dựng lộ trình, kế hoạch cụ thể triển
khai trạm phát sóng 5G và ứng dụng IoT tại các KCN.

2. Ban Quản lý khu
Kinh tế

- Hướng dẫn các doanh nghiệp trong khu công nghiệp thực hiện đúng quy định về đầu
tư hạ tầng viễn thông, bảo đảm an toàn thông tin mạng.

- Báo cáo kết quả thực hiện.
""" + "".join(f"""
- Tổ chức thực hiện nhiệm vụ thứ {n} của kế hoạch trên
địa bàn, bảo đảm đúng tiến độ và chất lượng đã đề ra.
""" for n in range(12))  # enough paragraphs for the text's profile to be a crawl's (`pipeline.wraps.profile_of_lines`)

# a task table one cell a line between lone bars, as a crawl gives it (its header cell in bold as the crawl marks it): cells
# over two lines, an empty cell a bare bar
BAR_TABLE = """|
**TT**
|
Nhiệm vụ
|
Cơ quan chủ trì
|
Ghi chú
|
|
1
|
Tỷ lệ dân số từ 15 tuổi trở
lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác đạt
95%
|
Ngân hàng nhà nước khu vực XII
|
|
|
2
|
Tỷ lệ người dân trưởng thành
có chữ ký số hoặc chữ ký điện tử cá nhân đạt 80%
|
Tỉnh đoàn
|
Hằng năm
|
"""


def test_a_crawls_paragraph_opening_with_a_short_line_is_one_paragraph():
    out = formats._join_wraps(CRAWL.split("\n"))
    assert "Căn cứ Luật Dữ liệu số 60/2024/QH15 ngày 30 tháng 11 năm 2024;" in out
    assert "1. Sở Giáo dục và Đào tạo" in out
    assert "2. Ban Quản lý khu Kinh tế" in out
    assert any("(Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An)" in line for line in out)


def test_paragraphs_and_items_stay_apart():
    out = [line for line in formats._join_wraps(CRAWL.split("\n")) if line.strip()]
    # near misses: a heading stays over its items, an item is not joined to the one before it (a blank line between)
    assert "1. Sở Giáo dục và Đào tạo" in out and any(line.startswith("a) Chủ trì") for line in out)
    assert "- Báo cáo kết quả thực hiện." in out
    assert sum(line.startswith("Căn cứ") for line in out) == 2


def test_a_text_of_one_line_a_paragraph_keeps_its_lines():
    # a text with no wraps (no crawl's paragraphs): a short heading line and the next are two paragraphs
    lines = ["KẾ HOẠCH", "Triển khai công tác năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
             "Nâng cao chất lượng phục vụ người dân và doanh nghiệp.", "2. Sở Tài chính", "Chủ trì tham mưu bố trí kinh phí."]
    assert formats._join_wraps(lines) == lines


def test_a_bar_tables_lines_are_its_cells():
    lines = ("Nội dung của kế hoạch được triển khai như sau, theo bảng phân công nhiệm vụ cụ thể dưới\n"
             + BAR_TABLE).split("\n")
    out = formats._join_wraps(lines)
    assert out[1:] == BAR_TABLE.split("\n")  # no cell's line joined to the next, nor a bar to a cell


def _bars_and_cells(lines: list[str]) -> list[str]:
    """A bar table's lines as its bars and its cells' texts (a cell's lines joined, bold marks out)."""
    out: list[str] = []
    for line in (line.strip().replace("**", "") for line in lines):
        if line == "|" or not out or out[-1] == "|":
            out.append(line)
        else:
            out[-1] += " " + line
    return out


def test_a_bar_table_is_crawled_bar_for_bar():
    pytest.importorskip("trafilatura")
    text = formats.crawl_text(formats.write_crawl_html(["Bảng phân công:", ""] + BAR_TABLE.split("\n")))
    body = text[text.index("|"):].strip().split("\n")
    # every bar kept, the empty cell after "Ngân hàng …" too; the header row in bold
    assert _bars_and_cells(body) == _bars_and_cells(BAR_TABLE.strip().split("\n"))
    assert "**Cơ quan chủ trì**" in body and "Tỉnh đoàn" in body

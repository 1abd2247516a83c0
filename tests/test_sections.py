"""The section tree and heading paths."""
from __future__ import annotations

import pytest

from pipeline.sections import build_outline

PLAN = """KẾ HOẠCH
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Nhằm tạo khí thế thi đua.
II. CHỈ TIÊU
1. Chỉ tiêu kinh tế
1.1. Năm 2024
1.1.1. Lĩnh vực kinh tế
- Tổng thu ngân sách đạt 160.000 triệu đồng.
+ Trong đó thu nội địa 100.000 triệu đồng.
1.2. Năm 2025
- Tỷ lệ che phủ rừng đạt 51%.
Điều 2. Tổ chức thực hiện
Phụ lục I
"""


def path_at(phrase: str) -> str | None:
    return build_outline(PLAN).heading_path(PLAN.index(phrase))


def test_heading_path_of_a_line():
    assert path_at("Tổng thu") == "II CHỈ TIÊU > 1 Chỉ tiêu kinh tế > 1.1 Năm 2024 > 1.1.1 Lĩnh vực kinh tế"
    assert path_at("thu nội địa") == "II CHỈ TIÊU > 1 Chỉ tiêu kinh tế > 1.1 Năm 2024 > 1.1.1 Lĩnh vực kinh tế"


def test_sibling_closes_the_previous_branch():
    assert path_at("Tỷ lệ che phủ") == "II CHỈ TIÊU > 1 Chỉ tiêu kinh tế > 1.2 Năm 2025"


def test_letter_items_sit_under_numbers():
    assert path_at("Nhằm tạo") == "I MỤC ĐÍCH, YÊU CẦU > 1 Mục đích > a) Nhằm tạo khí thế thi đua."


def test_articles_and_appendices_are_top_level():
    outline = build_outline(PLAN)
    kinds = {s.marker.strip(): (s.kind, s.level) for s in outline.sections}
    assert kinds["Điều 2."] == ("article", 1)
    assert kinds["Phụ lục I"] == ("appendix", 1)


def test_bullets_are_nodes_but_not_headings():
    outline = build_outline(PLAN)
    offset = PLAN.index("thu nội địa")
    chain = outline.containing(offset, bullets=True)
    assert [s.marker for s in chain][-2:] == ["-", "+"]
    assert all(s.kind != "bullet" for s in outline.containing(offset))


def test_text_before_any_heading_has_no_path():
    assert build_outline(PLAN).heading_path(0) is None


@pytest.mark.parametrize("line", [
    "PHẦN I. MỤC TIÊU", "Phụ lục số 2", "Điều 3.", "IV. TỔ CHỨC", "I", "2.1.3. Năm 2025", "1. Sở Tài chính", "a) Giao",
    "- Như Điều 3;", "+ Sở Y tế", "Căn cứ Luật", "", "x", "2025 là năm",
])
def test_a_line_no_marker_opens_is_ruled_out_by_the_combined_pattern_alone(line):
    from pipeline.sections import ANY_MARKER, MARKERS

    assert bool(ANY_MARKER.match(line)) == any(pattern.match(line) for _, _, pattern in MARKERS)


# A form or table attached to the plan ("Mẫu biểu số 02", "BIỂU SỐ 1", "Biểu mẫu 03" alone on its line) opens an
# appendix, as "Phụ lục" does: its rows are not under the last heading of the body. A sentence that opens with
# "Biểu" ("Biểu dương …", "Biểu số 01 kèm theo Kế hoạch này") opens nothing.
@pytest.mark.parametrize("line,appendix", [
    ("Mẫu biểu số 02", True), ("MẪU BIỂU SỐ 01", True), ("Biểu số 3", True), ("Biểu mẫu 03:", True),
    ("Biểu dương các tập thể có thành tích", False), ("Biểu số 01 kèm theo Kế hoạch này", False),
])
def test_attached_forms_open_an_appendix(line, appendix):
    text = f"I. MỤC TIÊU\n2.2. Chi ngân sách\n- Chi đầu tư phát triển.\n{line}\nTổng thu ngân sách\t1.000\n"
    path = build_outline(text).heading_path(text.index("Tổng thu"))
    assert (path is not None and path.startswith(line.rstrip(":"))) == appendix, path


# A decision's closing (recipients, signature) ends its last article: the plan it issues opens after it, its
# preamble under no heading and its own outline from the top ("I. MỤC TIÊU", not "Điều 3 … > I. MỤC TIÊU"); an
# appendix after a plan's signature is not under the plan's last part, footnotes after it under no heading.
DECISION = """QUYẾT ĐỊNH
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thương mại điện tử năm 2026.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Bình

KẾ HOẠCH
Phát triển thương mại điện tử năm 2026
(Kèm theo Quyết định số 2150/QĐ-UBND ngày 12/5/2025 của UBND tỉnh)
Căn cứ Nghị định số 52/2013/NĐ-CP ngày 16/5/2013 của Chính phủ;
I. MỤC TIÊU
- Tỷ lệ doanh nghiệp tham gia sàn giao dịch đạt 60%.
"""
PLAN_WITH_APPENDIX = """PHẦN I. MỤC TIÊU
1. Chỉ tiêu
PHẦN II. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính bố trí kinh phí.
Nơi nhận:
- Sở Tài chính;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng

[1] Chương trình số 30-CTr/TU ngày 29/12/2017 của Thành ủy.
Phụ lục I
1. Danh mục dự án
"""


@pytest.mark.parametrize("text, phrase, path", [
    (DECISION, "Căn cứ Nghị định", None),
    (DECISION, "(Kèm theo", None),
    (DECISION, "Tỷ lệ doanh nghiệp", "I MỤC TIÊU"),
    (DECISION, "Giám đốc Sở", "Điều 3 Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương chịu t…"),  # before it: unchanged
    (PLAN_WITH_APPENDIX, "[1] Chương trình", None),
    (PLAN_WITH_APPENDIX, "Danh mục dự án", "Phụ lục I > 1 Danh mục dự án"),
    (PLAN_WITH_APPENDIX, "Sở Tài chính bố trí", "PHẦN II TỔ CHỨC THỰC HIỆN > 1 Sở Tài chính bố trí kinh phí."),
])
def test_a_closing_block_ends_the_open_sections(text, phrase, path):
    assert build_outline(text).heading_path(text.index(phrase)) == path


# s27d: "I/ MỤC ĐÍCH" opens a Roman heading as "I." does; a quarter's numeral wrapped to a line's start ("… lần thứ nhất vào
# quý⏎IV/2026.", as a PDF's lines break) is no heading: the items after it stay under their own heading.
@pytest.mark.parametrize("line, heading", [
    ("I/ MỤC ĐÍCH, YÊU CẦU", True), ("II/MỤC TIÊU", True), ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("IV/2026.", False), ("III/ 2027, hoàn thành", False),
])
def test_a_roman_numeral_before_a_slash(line, heading):
    from pipeline.sections import starts_item

    assert starts_item(line) == heading


def test_a_quarter_wrapped_to_a_line_start_is_no_heading():
    text = ("III. NHIỆM VỤ, GIẢI PHÁP\n2. Bảo tồn giá trị văn hóa\n- Tổ chức Lễ hội làng nghề lần thứ nhất vào quý\nIV/2026.\n"
            "3. Hỗ trợ phát triển sản xuất\n- Hỗ trợ 50 cơ sở làng nghề.\n")
    path = build_outline(text).heading_path(text.index("Hỗ trợ 50"))
    assert path is not None and path.startswith("III")

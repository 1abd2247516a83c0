"""Legal references: examples are the tests (surface form -> fields), plus a negative list."""
from __future__ import annotations

import pytest

from extractors.legal_refs import extract_legal_refs

# (text, code, doc_type, date, issuer, relation)
EXAMPLES = [
    ("Căn cứ Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị về xây dựng tỉnh Khánh Hòa;",
     "09-NQ/TW", "Nghị quyết", "2022-01-28", "Bộ Chính trị", "basis"),
    ("Thực hiện Kế hoạch số 319/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh Kiên Giang.",
     "319/KH-UBND", "Kế hoạch", "2024-02-07", "Ủy ban nhân dân tỉnh Kiên Giang", "basis"),
    ("theo Quyết định số 04/2022/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ quy định tiêu chí",
     "04/2022/QĐ-TTg", "Quyết định", "2022-02-18", "Thủ tướng Chính phủ", "mentions"),
    ("Căn cứ Kế hoạch số 312-KH/HU ngày 17/7/2024 của Huyện uỷ Ninh Hải về Tổ chức Đại hội;",
     "312-KH/HU", "Kế hoạch", "2024-07-17", "Huyện uỷ Ninh Hải", "basis"),
    ("Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức",
     "144-QĐ/TW", "Quy định", "2024-05-09", "Bộ Chính trị", "mentions"),
    ("đánh giá theo Quyết định số 510/QĐ-BCA-V05 ngày 20/01/2022 của Bộ trưởng Bộ Công an",
     "510/QĐ-BCA-V05", "Quyết định", "2022-01-20", "Bộ trưởng Bộ Công an", "mentions"),
    ("Nghị quyết số 16/2021/QH15 ngày 27/7/2021 của Quốc hội về kế hoạch phát triển",
     "16/2021/QH15", "Nghị quyết", "2021-07-27", "Quốc hội", "mentions"),
    ("thực hiện Nghị quyết số 65/2018 của HĐND tỉnh", "65/2018", "Nghị quyết", None, "HĐND tỉnh", "mentions"),
    ("thực hiện có hiệu quả Nghị quyết 19/NQ-CP", "19/NQ-CP", "Nghị quyết", None, "Chính phủ", "mentions"),
    ("Hướng dẫn số 24-HD/BTCTW ngày 20/9/2023 của Ban Tổ chức Trung ương", "24-HD/BTCTW", "Hướng dẫn", "2023-09-20",
     "Ban Tổ chức Trung ương", "mentions"),
    ("Căn cứ Nghị quyết số 307/NQ-HĐND ngày ngày 22/12/2020 của Hội đồng nhân dân huyện Ninh Hải;",
     "307/NQ-HĐND", "Nghị quyết", "2020-12-22", "Hội đồng nhân dân huyện Ninh Hải", "basis"),
    ("Các Kế hoạch của UBND huyện: Số 170/KH-UBND ngày 31/12/2021 phát động phong trào",
     "170/KH-UBND", "Kế hoạch", "2021-12-31", "UBND huyện", "mentions"),
    ("Chỉ thị 34-CT/TW của Bộ Chính trị và các chủ trương", "34-CT/TW", "Chỉ thị", None, "Bộ Chính trị", "mentions"),
]

# (text, doc_type, title, issuer)
UNNUMBERED = [
    ("thực hiện theo Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành", "Luật", "Thi đua, khen thưởng", None),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Luật", "Tổ chức chính quyền địa phương", None),
    ("mục tiêu tại Nghị quyết Đại hội đại biểu Đảng bộ huyện Vạn Ninh lần thứ XIX, nhiệm kỳ 2020-2025; và",
     "Nghị quyết", "Đại hội đại biểu Đảng bộ huyện Vạn Ninh lần thứ XIX, nhiệm kỳ 2020-2025",
     "Đại hội đại biểu Đảng bộ huyện Vạn Ninh lần thứ XIX"),
    ("Tiếp tục thực hiện có hiệu quả Đề án 06 của Chính phủ, đẩy mạnh", "Đề án", "06", "Chính phủ"),
    ("tổ chức thực hiện Phong trào thi đua theo Kế hoạch của Bộ Nội vụ.", "Kế hoạch", None, "Bộ Nội vụ"),
    ("Nghị quyết 35/NQ-CP và Kế hoạch của UBND tỉnh về cải thiện môi trường kinh doanh.", "Kế hoạch",
     "cải thiện môi trường kinh doanh", "UBND tỉnh"),
]

NEGATIVE = [
    "Tỷ lệ trường đạt chuẩn 36/40 trường, 11/11 xã đạt chuẩn nông thôn mới.",
    "Số: 74 /KH-UBND",
    "gửi hồ sơ trước ngày 21/11/2024 về Phòng Nội vụ",
    "UBND huyện ban hành Kế hoạch này để triển khai thực hiện.",
    "Các cơ quan xây dựng kế hoạch, chương trình công tác năm 2021.",
    "phòng chống dịch COVID-19 và phát triển kinh tế",
    "Nghị quyết của Hội đồng nhân dân huyện đề ra",
    "Nghị quyết Đại hội Đảng các cấp",
]


@pytest.mark.parametrize("text, code, doc_type, date, issuer, relation", EXAMPLES)
def test_numbered_reference(text, code, doc_type, date, issuer, relation):
    refs = [r for r in extract_legal_refs(text) if r.code]
    assert len(refs) == 1, refs
    ref = refs[0]
    assert (ref.code, ref.doc_type, ref.date, ref.issuer, ref.relation) == (code, doc_type, date, issuer, relation)
    assert text[ref.start:ref.end] == ref.text
    assert ref.rule == "rule_number_symbol"


@pytest.mark.parametrize("text, doc_type, title, issuer", UNNUMBERED)
def test_reference_without_number(text, doc_type, title, issuer):
    refs = [r for r in extract_legal_refs(text) if r.code is None]
    assert len(refs) == 1, refs
    ref = refs[0]
    assert (ref.doc_type, ref.title, ref.issuer) == (doc_type, title, issuer)
    assert text[ref.start:ref.end] == ref.text


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_a_reference(text):
    assert extract_legal_refs(text) == []


def test_date_that_does_not_exist_is_kept_raw():
    [ref] = extract_legal_refs("Kế hoạch số 12/KH-UBND ngày 31/6/2021 của UBND huyện")
    assert ref.date is None and ref.date_raw == "31/6/2021"


def test_subject_is_the_ve_clause():
    [ref] = extract_legal_refs("Nghị quyết số 50/NQ-HĐND ngày 18/12/2020 của HĐND huyện Vạn Ninh về kế hoạch phát triển kinh tế - xã hội huyện giai đoạn 2021-2025; Quyết định")
    assert ref.subject == "kế hoạch phát triển kinh tế - xã hội huyện giai đoạn 2021-2025"


@pytest.mark.parametrize("text, title", [
    ("Căn cứ Luật Tiêu chuẩn và quy chuẩn kỹ thuật và Luật Chất lượng sản phẩm, hàng hóa;", "Tiêu chuẩn và quy chuẩn kỹ thuật"),
    ("Căn cứ Luật Xây dựng ngày 17 tháng 6 năm 2020;", "Xây dựng"),
])
def test_law_title_stops_where_the_name_ends(text, title):
    assert [r.title for r in extract_legal_refs(text)][0] == title


def test_issuer_stops_before_a_capitalised_subject():
    [ref] = extract_legal_refs("Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ Quy định phân định thẩm quyền")
    assert ref.issuer == "Chính phủ"


def test_issuer_stops_before_a_date():
    refs = extract_legal_refs("theo Quy chế hoạt động của Hội đồng nhân dân ngày 02 tháng 4 năm 2005")
    assert refs and refs[0].issuer == "Hội đồng nhân dân"


@pytest.mark.parametrize("text", [
    "Dự án 4: Phát triển mô hình; Dự án 7: Nâng cao năng lực",
    "triển khai theo Kế hoạch do Thành phố thực hiện",
])
def test_programme_parts_are_not_references(text):
    assert extract_legal_refs(text) == []

"""Legal references: examples are the tests (surface form -> fields), plus a negative list."""
from __future__ import annotations

import pytest

from extractors.legal_refs import extract_legal_refs
from extractors.bodies import extract_bodies

# (text, code, doc_type, date, issuer, relation)
EXAMPLES = [
    ("Căn cứ Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị về xây dựng tỉnh Khánh Hòa;",
     "09-NQ/TW", "Nghị quyết", "2022-01-28", "Bộ Chính trị", "basis"),
    ("Thực hiện Kế hoạch số 319/KH-UBND ngày 07 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh Kiên Giang.",
     "319/KH-UBND", "Kế hoạch", "2024-02-07", "Ủy ban nhân dân tỉnh Kiên Giang", "basis"),
    ("theo Quyết định số 04/2022/QĐ-TTg ngày 18/02/2022 của Thủ tướng Chính phủ quy định tiêu chí",
     "04/2022/QĐ-TTg", "Quyết định", "2022-02-18", "Thủ tướng Chính phủ", "mentions"),
    ("Căn cứ Kế hoạch số 312-KH/HU ngày 17/7/2024 của Huyện uỷ Ninh Hải về Tổ chức Đại hội;",
     "312-KH/HU", "Kế hoạch", "2024-07-17", "Huyện ủy Ninh Hải", "basis"),  # spelling unified
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
    # (rev12) a unit named by a letter and a Roman numeral ends the symbol (the Government Office's Vụ I)
    ("theo chỉ đạo tại Văn bản số 6721/VPCP-V.I ngày 19 tháng 7 năm 2025 của Văn phòng Chính phủ.",
     "6721/VPCP-V.I", "Công văn", "2025-07-19", "Văn phòng Chính phủ", "mentions"),
    # negative: a heading's numeral glued after a symbol's sentence end is no part of it
    ("Thực hiện Kế hoạch số 12/KH-UBND.II. MỤC TIÊU", "12/KH-UBND", "Kế hoạch", None, None, "basis"),
]

# (text, doc_type, title, issuer)
UNNUMBERED = [
    ("triển khai theo Kế hoạch về phát triển văn hóa đọc trong cộng đồng của UBND tỉnh.", "Kế hoạch",
     "phát triển văn hóa đọc trong cộng đồng", "UBND tỉnh"),  # a subject after "về" (s29a: not a body, where a report goes)
    ("thực hiện theo Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành", "Luật", "Thi đua, khen thưởng", None),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "Luật", "Tổ chức chính quyền địa phương", None),
    ("mục tiêu tại Nghị quyết Đại hội đại biểu Đảng bộ huyện Vạn Ninh lần thứ XIX, nhiệm kỳ 2020-2025; và",
     "Nghị quyết", "Đại hội đại biểu Đảng bộ huyện Vạn Ninh lần thứ XIX, nhiệm kỳ 2020-2025",
     "Đại hội đại biểu Đảng bộ huyện Vạn Ninh lần thứ XIX"),
    ("Tiếp tục thực hiện có hiệu quả Đề án 06 của Chính phủ, đẩy mạnh", "Đề án", "06", "Chính phủ"),
    ("tổ chức thực hiện Phong trào thi đua theo Kế hoạch của Bộ Nội vụ.", "Kế hoạch", None, "Bộ Nội vụ"),
    ("Nghị quyết 35/NQ-CP và Kế hoạch của UBND tỉnh về cải thiện môi trường kinh doanh.", "Kế hoạch",
     "cải thiện môi trường kinh doanh", "UBND tỉnh"),
    # s23a: a criteria set before a target's clause; the funds of a named national programme, before another fund
    ("- Có thêm 03 xã đạt tiêu chí số 17 về môi trường theo\nBộ tiêu chí xã nông thôn mới nâng cao, nâng tổng số lên 23/23 xã.",
     "Bộ tiêu chí", "xã nông thôn mới nâng cao", None),
    ("Kinh phí từ ngân sách xã, vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và nguồn thu giá dịch vụ.",
     "Chương trình", "mục tiêu quốc gia xây dựng nông thôn mới", None),
    # s26a: "nguồn kinh phí" of a named national programme, as "vốn"
    ("ngân sách xã 62.000.000 đồng; nguồn kinh phí Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030 "
     "(tiểu dự án cải thiện dinh dưỡng) 124.500.000 đồng.",
     "Chương trình", "mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030", None),
    # s29c: a name that runs to its horizon after "gắn với" is one name (the horizon closes it); without one the name ends
    # before "gắn với" (what is done with the document)
    ("gắn với thực hiện Đề án phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao và phát thải thấp gắn với "
     "tăng trưởng xanh vùng đồng bằng sông Cửu Long đến năm 2030; 04 mô hình", "Đề án",
     "phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao và phát thải thấp gắn với tăng trưởng xanh vùng "
     "đồng bằng sông Cửu Long đến năm 2030", None),
    ("Thực hiện Đề án phát triển du lịch cộng đồng gắn với nhiệm vụ giảm nghèo trong năm 2026.", "Đề án",
     "phát triển du lịch cộng đồng", None),
    # w20a: a national programme named in running case (national_programmes.tsv), after "tham gia" too, and where the clause
    # goes on after its name with no stop
    ("- Phát triển kinh tế tập thể; hỗ trợ các hợp tác xã tham gia Chương trình mỗi xã một sản phẩm.", "Chương trình",
     "mỗi xã một sản phẩm", None),
    ("- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong Chương trình tiêm chủng mở rộng đạt trên 95%.",
     "Chương trình", "tiêm chủng mở rộng", None),
]

NEGATIVE = [
    "Tỷ lệ trường đạt chuẩn 36/40 trường, 11/11 xã đạt chuẩn nông thôn mới.",
    "Số: 74 /KH-UBND",
    "gửi hồ sơ trước ngày 21/11/2024 về Phòng Nội vụ",
    "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh trước ngày 20/12/2026.",  # where the report goes (s29a)
    "định kỳ báo cáo kết quả thực hiện Kế hoạch về Sở Tư pháp, UBND tỉnh trước ngày 15/11 hằng năm.",
    "UBND huyện ban hành Kế hoạch này để triển khai thực hiện.",
    "Các cơ quan xây dựng kế hoạch, chương trình công tác năm 2021.",
    "phòng chống dịch COVID-19 và phát triển kinh tế",
    "Nghị quyết của Hội đồng nhân dân huyện đề ra",
    "Nghị quyết Đại hội Đảng các cấp",
    "Tổng kinh phí thực hiện Kế hoạch dự kiến 48,6 tỷ đồng, trong đó ngân sách tỉnh 41,2 tỷ đồng.",  # s23a: the plan itself
    "Lập dự toán kinh phí Chương trình hành động, gửi Sở Tài chính thẩm định.",  # s26a: funds of the plan's own programme
    "Vận động thanh niên tham gia chương trình đào tạo nghề của tỉnh.",  # w20a: "tham gia" an activity, no programme's name
    "Thực hiện chương trình tiêm chủng cho trẻ em tại trạm y tế.",  # w20a: not the national programme's name
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


# rev11: a document cited by its title and issuer, its date after them as after a number: the document's date; a date
# after a comma opens the next clause (its own time).
@pytest.mark.parametrize("text, doc_type, issuer, date", [
    ("Căn cứ Quy chế hoạt động của Hội đồng nhân dân ngày 02 tháng 4 năm 2005;", "Quy chế", "Hội đồng nhân dân", "2005-04-02"),
    ("Căn cứ Quy chế làm việc của Ủy ban nhân dân tỉnh ngày 15/3/2021;", "Quy chế", "Ủy ban nhân dân tỉnh", "2021-03-15"),
    ("Căn cứ Quy chế làm việc của Ủy ban nhân dân tỉnh (ngày 15/3/2021);", "Quy chế", "Ủy ban nhân dân tỉnh", "2021-03-15"),
    ("Theo Kế hoạch của UBND tỉnh, ngày 15/12/2026 các đơn vị gửi báo cáo.", "Kế hoạch", "UBND tỉnh", None),
    ("Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về tổ chức Đại hội, ngày 10/3/2026 Sở Nội vụ tổ chức hội nghị.",
     "Kế hoạch", "Ban Thường vụ Tỉnh ủy", None),
    ("tổ chức thực hiện Phong trào thi đua theo Kế hoạch của Bộ Nội vụ.", "Kế hoạch", "Bộ Nội vụ", None),
])
def test_date_of_a_reference_by_title_and_issuer(text, doc_type, issuer, date):
    (ref,) = [r for r in extract_legal_refs(text) if r.code is None]
    assert (ref.doc_type, ref.issuer, ref.date) == (doc_type, issuer, date)
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
    # s24a: where a law is made known is no part of its name
    ("Tuyên truyền Luật Dân quân tự vệ trên hệ thống truyền thanh xã, thực hiện 24 tin, bài.", "Dân quân tự vệ"),
    ("Phổ biến Luật Đất đai trên sóng phát thanh, truyền hình tỉnh.", "Đất đai"),
    # s29b: how and when a law is made known ends its name (a contest "trực tuyến", a time phrase with no comma before it)
    ("Tổ chức Hội thi tìm hiểu Luật Giáo dục quốc phòng và an ninh trực tuyến trong quý III năm 2026.", "Giáo dục quốc phòng và an ninh"),
    ("Tuyên truyền Luật Phòng, chống rửa tiền trong tháng 6 năm 2026 cho các đối tượng báo cáo.", "Phòng, chống rửa tiền"),
    ("Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;", "Thủy lợi"),
    # s23a: "theo hợp đồng" is part of a law's name (Luật số 69/2020/QH14)
    ("Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng ngày 13 tháng 11 năm 2020;",
     "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng"),
    ("Trường hợp luật khác ban hành sau ngày Luật Dữ liệu có hiệu lực thi hành có quy định khác", "Dữ liệu"),
    ("hướng dẫn một số điều của Luật Khoa học, công nghệ và đổi mới sáng tạo về cơ chế tự chủ", "Khoa học, công nghệ và đổi mới sáng tạo"),
    ("theo quy định của Luật Ngân sách nhà nước, Luật Đầu tư công và pháp luật có liên quan.", "Ngân sách nhà nước"),
    ("sớm sửa đổi Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp. Chủ động",
     "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh"),  # "tại" ends a name ("Luật X tại Điều 5")
    # a clause goes on: "cho", "có", "hoặc", ", là"
    ("đánh giá sự phù hợp theo quy định của Luật Quy hoạch cho các cơ quan đăng ký đầu tư", "Quy hoạch"),
    ("người làm việc theo Luật Hợp tác xã có hưởng tiền lương", "Hợp tác xã"),
    ("đủ tuổi nghỉ hưu theo Bộ luật Lao động hoặc người lao động nghỉ việc khi đủ điều kiện", "Lao động"),
    ("được quy định tại Luật Bảo hiểm xã hội, là cơ sở để tính", "Bảo hiểm xã hội"),
    ("Căn cứ Luật Các tổ chức tín dụng ngày 18 tháng 01 năm 2024;", "Các tổ chức tín dụng"),
    ("bồi thường theo quy định của Luật Đất đai đối với trường hợp thửa đất ở", "Đất đai"),
    ("cơ quan có thẩm quyền theo Luật Di sản văn hóa thực hiện khi có yêu cầu giám định", "Di sản văn hóa"),
    ("trường hợp quy định tại Luật Nhà ở do điều chỉnh quy hoạch tỉnh", "Nhà ở"),
    ("Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;", "Thực hiện dân chủ ở cơ sở"),  # the name's own words
    ("thực hiện theo quy định của Luật Đất đai và\n- Nghị định hướng dẫn", "Đất đai"),  # a list going on
])

def test_law_title_stops_where_the_name_ends(text, title):
    assert [r.title for r in extract_legal_refs(text)][0] == title


def test_the_last_law_of_a_list_ends_before_the_clause_goes_on():
    text = "theo quy định của Luật Ngân sách nhà nước, Luật Đầu tư công và pháp luật có liên quan."
    assert [r.title for r in extract_legal_refs(text)] == ["Ngân sách nhà nước", "Đầu tư công"]


def test_issuer_stops_before_a_capitalised_subject():
    [ref] = extract_legal_refs("Nghị định số 131/2025/NĐ-CP ngày 12/6/2025 của Chính phủ Quy định phân định thẩm quyền")
    assert ref.issuer == "Chính phủ"


def test_issuer_stops_before_what_the_document_does():
    [ref] = extract_legal_refs("Thông tư số 01/2025/TT-BTTTT ngày 18/02/2025 của Bộ trưởng Bộ Thông tin và Truyền thông sửa đổi, bổ sung một số điều")
    assert ref.issuer == "Bộ trưởng Bộ Thông tin và Truyền thông"


def test_issuer_stops_before_a_date():
    refs = extract_legal_refs("theo Quy chế hoạt động của Hội đồng nhân dân ngày 02 tháng 4 năm 2005")
    assert refs and refs[0].issuer == "Hội đồng nhân dân"


@pytest.mark.parametrize("text", [
    "Dự án 4: Phát triển mô hình; Dự án 7: Nâng cao năng lực",
    "triển khai theo Kế hoạch do Thành phố thực hiện",
])
def test_programme_parts_are_not_references(text):
    assert extract_legal_refs(text) == []


# ---- the document itself is not a reference ------------------------------------------------

OWN_NUMBER = [  # (text, the only codes cited)
    ("|\n|\nSố:\n2820/QĐ-UBND\n|\nThành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025\n\nCăn cứ Quyết định số 06/QĐ-TTg ngày 02/01/2025;",
     ["06/QĐ-TTg"]),
    ("Số: 157/KH-UBND\n\nKẾ HOẠCH\n\nPHỤ LỤC\n\n(Kèm theo Kế hoạch số 157/KH-UBND ngày 18 tháng 11 năm 2025 của Ủy ban nhân dân thành phố Cần Thơ)\n",
     []),
    ("PHỤ LỤC\n\n(Ban hành kèm theo Kế hoạch số 552/KH-UBND ngày 19/11/2025 của Ủy ban nhân dân tỉnh)\n\ntheo Nghị quyết số 57-NQ/TW;",
     ["57-NQ/TW"]),
    ("PHỤ LỤC\n\n(*Kèm theo Quyết định số 2820/QĐ-UBND ngày 19 tháng 11 năm 2025 của UBND\nThành phố*)\n", []),
    ("UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG / Số: 1105/KH-SCT | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH\nKiểm tra", []),
    ("PHỤ LỤC DANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số 617/KH-UBND ngày 01/12/2025 của Ủy ban nhân dân tỉnh)", []),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU NGÀY 30/8/2026 CỦA TỈNH ỦY LÀO CAI\nthực hiện Kết luận số 75-KL/TW ngày 28/7/2026",
     ["75-KL/TW"]),
    ("QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nLuật số: 60/2024/QH15 |\n|\n\nLUẬT\nDỮ LIỆU\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
     [None]),
    ("Độc lập - Tự do - Hạnh phúc\n--------------- |\nNghị quyết số: 192/2025/QH15 | Hà Nội, ngày 19 tháng 02 năm 2025 |\n\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;",
     ["57/2014/QH13"]),
    # a list of bases opening lines with the type word cites them
    ("Căn cứ:\nQuyết định số 15/2014/QĐ-UBND ngày 12/5/2014 của UBND tỉnh;\nNghị định số 126/2020/NĐ-CP ngày 19/10/2020;",
     ["15/2014/QĐ-UBND", "126/2020/NĐ-CP"]),
    # a caption inside a sentence that names another document's appendix is a reference
    ("theo Phụ lục kèm theo Quyết định số 1629/QĐ-TTg ngày 16/12/2023", ["1629/QĐ-TTg"]),
]


@pytest.mark.parametrize("text, codes", OWN_NUMBER)
def test_own_number_is_not_a_reference(text, codes):
    assert [r.code for r in extract_legal_refs(text)] == codes


def test_a_plan_named_by_its_own_title_is_itself():
    text = ("KẾ HOẠCH\n\nTHỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
            "Thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ.\n\n"
            "a) Việc thực hiện Kế hoạch thực hiện Chỉ thị số 27/CT-TTg phải chủ động;\n")
    # the upper-case heading cites the directive too; the plan itself is not cited
    assert {(r.code.upper(), r.doc_type) for r in extract_legal_refs(text)} == {("27/CT-TTG", "Chỉ thị")}


# s24b: a plan whose heading sets its title in running case under "KẾ HOẠCH", its title repeated above it (a portal's
# article title): the copy is the plan's own title again, no second mention (the heading's own mention of the programme
# it carries out is the one cited).
@pytest.mark.parametrize("portal_title, refs", [
    ("Kế hoạch thực hiện Chương trình Phát triển du lịch cộng đồng tỉnh Lâm Đồng giai đoạn 2026 - 2030\n",
     [("Chương trình", "Phát triển du lịch cộng đồng (CBT)")]),
    ("", [("Chương trình", "Phát triển du lịch cộng đồng (CBT)")]),
])
def test_a_portals_copy_of_the_own_title_cites_nothing(portal_title, refs):
    text = (portal_title + "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 45/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chương trình Phát triển du lịch "
            "cộng đồng (CBT) tỉnh Lâm Đồng giai đoạn 2026 - 2030\n\nCăn cứ Luật Du lịch số 09/2017/QH14;\n")
    assert [(r.doc_type, r.title) for r in extract_legal_refs(text) if r.code is None] == refs
    assert [r.code for r in extract_legal_refs(text) if r.code] == ["09/2017/QH14"]


# s24b: a running-case title under the type is the plan's own; a plan of the same kind for another period is cited
@pytest.mark.parametrize("cited, kept", [
    ("Kế hoạch phát triển kinh tế - xã hội huyện Vạn Ninh giai đoạn 2021-2025", True),
    ("Kế hoạch tổ chức thực hiện phong trào thi đua phát triển kinh tế - xã hội huyện Vạn Ninh", False),
])
def test_a_plan_of_another_period_is_no_own_title(cited, kept):
    text = ("KẾ HOẠCH\n\nTổ chức thực hiện phong trào thi đua phát triển kinh tế - xã hội huyện Vạn Ninh giai đoạn 2024 - 2025\n\n"
            f"I. MỤC ĐÍCH\nGóp phần thực hiện thắng lợi {cited} và các kế hoạch hằng năm.\n")
    assert [r.doc_type for r in extract_legal_refs(text) if r.code is None] == (["Kế hoạch"] if kept else [])


# A decision approving a plan under a title in running case ("QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch …"): the plan's mentions
# are the document itself; another plan of the same kind, named by number, is cited.
@pytest.mark.parametrize("title", ["Về việc phê duyệt Kế hoạch sử dụng đất năm 2025 của huyện Tân Phước",
                                   "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2025 CỦA HUYỆN TÂN PHƯỚC"])
def test_the_plan_a_decision_approves_is_itself(title):
    text = (f"QUYẾT ĐỊNH\n{title}\n\nCăn cứ Luật Đất đai số 31/2024/QH15;\n"
            "Điều 1. Phê duyệt Kế hoạch sử dụng đất năm 2025 của huyện Tân Phước; vị trí các khu đất theo Báo cáo thuyết minh "
            "tổng hợp Kế hoạch sử dụng đất năm 2025 của huyện Tân Phước.\n"
            "Điều 2. Sở Tài nguyên và Môi trường kiểm tra, giám sát việc thực hiện Kế hoạch sử dụng đất; báo cáo kết quả thực "
            "hiện Kế hoạch sử dụng đất năm 2025 trước ngày 15 tháng 10 năm 2025; thực hiện theo đúng "
            "Kế hoạch sử dụng đất đã được duyệt và Kế hoạch số 45/KH-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh.\n")
    assert [(r.doc_type, r.code) for r in extract_legal_refs(text)] == [("Luật", "31/2024/QH15"), ("Kế hoạch", "45/KH-UBND")]


# w20d: a council's resolution on a plan it adopts, the verb left unsaid ("NGHỊ QUYẾT\nVề Kế hoạch …"): the plan is one with
# the resolution, so its mentions in the task appendix are the document itself; a plan of the same kind for another period
# is cited; a decision "Về …" adopts nothing by its title alone.
@pytest.mark.parametrize("heading, kept", [
    ("NGHỊ QUYẾT\nVề Kế hoạch phát triển kinh tế - xã hội 05 năm giai đoạn 2026 - 2030", False),
    ("NGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 05 NĂM GIAI ĐOẠN 2026 - 2030", False),
    ("NGHỊ QUYẾT\nVề việc giám sát thực hiện Kế hoạch phát triển kinh tế - xã hội 05 năm giai đoạn 2026 - 2030", True),
])
def test_the_plan_a_resolution_adopts_is_itself(heading, kept):
    text = (f"{heading}\n\nCăn cứ Luật Đầu tư công số 58/2024/QH15;\n"
            "8\tTổng kết thực hiện Kế hoạch phát triển kinh tế - xã hội 05 năm giai đoạn 2026 - 2030\tSở Tài chính\tQuý IV/2030\n"
            "Góp phần thực hiện Kế hoạch phát triển kinh tế - xã hội 05 năm giai đoạn 2021 - 2025 của tỉnh.\n")
    refs = extract_legal_refs(text)
    assert [r.code for r in refs if r.code] == ["58/2024/QH15"]
    titles = [r.title for r in refs if r.doc_type == "Kế hoạch"]
    assert any("2021 - 2025" in t for t in titles)  # another period: cited
    assert any(r.doc_type == "Kế hoạch" and "2026 - 2030" in r.title for r in refs) == kept


# ---- one document, one row -------------------------------------------------------------------

NAMED_AND_NUMBERED = [  # (text, code, doc_type, title, date)
    ("Căn cứ Luật Điện lực số 61/2024/QH15 ngày 30/11/2024;", "61/2024/QH15", "Luật", "Điện lực", "2024-11-30"),
    ("Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15;", "72/2025/QH15", "Luật", "Tổ chức chính quyền địa phương", None),
    ("Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025;", "71/2025/QH15", "Luật", "Công nghiệp công nghệ số", "2025-06-14"),
    ("triển khai Kết luận liên ngành Tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024 giữa Bộ Công an",
     "23/KL-LNTPTW", "Kết luận", "liên ngành Tư pháp Trung ương", "2024-11-21"),
    # a law's name runs on past a capital after "và" or a comma, or a line break, to the law's number
    ("Căn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;", "63/2025/QH15", "Luật", "Tổ chức Chính phủ", None),
    ("- Tại Khoản 3 Điều 71 Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15 ngày 27/6/2025 quy định:",
     "93/2025/QH15", "Luật", "Khoa học, Công nghệ và Đổi mới sáng tạo", "2025-06-27"),
    ("Căn cứ Luật Địa chất và Khoáng sản số 54/2024/QH15 ngày 29/11/2024;", "54/2024/QH15", "Luật", "Địa chất và Khoáng sản", "2024-11-29"),
]


@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Đầu tư, Nghị định số 31/2021/NĐ-CP;", [("Luật", None), ("Nghị định", "31/2021/NĐ-CP")]),
    ("Thực hiện theo Luật Đất đai và các văn bản số 12/BTC-NSNN;", [("Luật", None), ("Công văn", "12/BTC-NSNN")]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế xuất khẩu, thuế nhập khẩu, Luật Đầu tư công số 90/2025/QH15;",
     [("Luật", "90/2025/QH15")]),
    # a numbered amending law whose subject lists the laws it amends over semicolons, as its title does (s24d)
    ("Căn cứ Luật số 90/2025/QH15 ngày 25 tháng 6 năm 2025 của Quốc hội sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Đầu tư "
     "theo phương thức đối tác công tư; Luật Hải quan; Luật Đầu tư công;\nCăn cứ Nghị định số 85/2025/NĐ-CP;",
     [("Luật", "90/2025/QH15"), ("Nghị định", "85/2025/NĐ-CP")]),
    # …but another type after a semicolon is another document
    ("Căn cứ Luật số 90/2025/QH15 của Quốc hội sửa đổi, bổ sung một số điều của Luật Đấu thầu; Nghị định số 85/2025/NĐ-CP của "
     "Chính phủ quy định chi tiết một số điều của Luật Đầu tư công;", [("Luật", "90/2025/QH15"), ("Nghị định", "85/2025/NĐ-CP")]),
    # …nor a law with its own date after a semicolon: cited apart, not one of the laws amended (rev7)
    ("Căn cứ Luật số 90/2025/QH15 sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Đầu tư công ngày 29 tháng 11 năm 2024;",
     [("Luật", "90/2025/QH15"), ("Luật", None)]),
])
def test_a_name_does_not_run_on_into_another_document(text, found):
    assert [(r.doc_type, r.code) for r in extract_legal_refs(text)] == found


# w21b: an amending law named again without its number (in a decree's subject) is the one cited with it: one reference; an
# amending law of another law named alone stays its own.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Thể dục, thể thao số 77/2006/QH11; Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao số "
     "26/2018/QH14;\nCăn cứ Nghị định số 36/2019/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật sửa đổi, bổ sung "
     "một số điều của Luật Thể dục, thể thao;", [("Luật", "77/2006/QH11"), ("Luật", "26/2018/QH14"), ("Nghị định", "36/2019/NĐ-CP")]),
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao số 26/2018/QH14;\nThực hiện Luật sửa đổi, bổ sung một "
     "số điều của Luật Đê điều;", [("Luật", "26/2018/QH14"), ("Luật", None)]),
])
def test_an_amending_law_named_again_is_the_numbered_one(text, found):
    assert [(r.doc_type, r.code) for r in extract_legal_refs(text)] == found


# A state letter's symbol names its issuer, not a type (Nghị định 30/2020/NĐ-CP): "công văn số …" and "văn bản số …"
# with such a symbol cite an official letter; a number with a year is a normative document's.
@pytest.mark.parametrize("text, doc_type", [
    ("Cục Thuế nhận được công văn số 324/QTR-KTr2 ngày 22/7/2025 của Thuế tỉnh Quảng Trị.", "Công văn"),
    ("Sở Nội vụ đã có Văn bản số 8091/BNV-TCBC ngày 17/9/2025 hướng dẫn.", "Công văn"),
    ("Ý kiến của Bộ Tài chính tại văn bản số 18345/BTC-NSNN ngày 26 tháng 11 năm 2025.", "Công văn"),
    ("Thực hiện theo văn bản số 12/2024/QH15.", None),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh.", "Quyết định"),
])
def test_an_official_letter_cited_by_its_number(text, doc_type):
    [ref] = extract_legal_refs(text)
    assert ref.doc_type == doc_type


# Numbers listed after one type word share it when their symbols are the same ("các Luật số 43/2024/QH15, số …").
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15, số 47/2024/QH15, "
     "số 58/2024/QH15;", [("Luật", "31/2024/QH15"), ("Luật", "43/2024/QH15"), ("Luật", "47/2024/QH15"), ("Luật", "58/2024/QH15")]),
    ("Ý kiến của Bộ Tài chính tại văn bản số 16495/BTC-PTHT ngày 22/10/2025, số 13021/BTC-PTHT ngày 22/8/2025.",
     [("Công văn", "16495/BTC-PTHT"), ("Công văn", "13021/BTC-PTHT")]),
    ("Căn cứ Nghị định số 01/2021/NĐ-CP, số 12/UBND-VX ngày 02/01/2025;", [("Nghị định", "01/2021/NĐ-CP"), (None, "12/UBND-VX")]),
])
def test_a_list_of_numbers_shares_its_type(text, found):
    assert [(r.doc_type, r.code) for r in extract_legal_refs(text)] == found


@pytest.mark.parametrize("text, code, doc_type, title, date", NAMED_AND_NUMBERED)
def test_named_and_numbered_mention_is_one_row(text, code, doc_type, title, date):
    [ref] = extract_legal_refs(text)
    assert (ref.code, ref.doc_type, ref.title, ref.date) == (code, doc_type, title, date)
    assert text[ref.start:ref.end] == ref.text


@pytest.mark.parametrize("text", [
    "Căn cứ Luật Điện lực số 61/2024/QH15;\n\nthực hiện theo quy định của Luật Điện lực và các văn bản hướng dẫn.",
    "Căn cứ Luật Giao dịch điện tử số 20/2023/QH15;\n\n- Tuân thủ Luật Giao dịch điện tử, Nghị định số 13/2023/NĐ-CP.",
    # s23e: the name followed by "và" and what else the clause is about
    "Căn cứ Luật Thủy sản số 18/2017/QH14;\n\nTuyên truyền về quy định của Luật Thủy sản và chống khai thác IUU.",
    # s30b: the name followed by where, to whom or how the law is made known, over a line's wrap too
    "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15;\n\n2. Phòng Văn hóa - Xã hội chủ trì tuyên truyền Luật Thực hiện dân chủ\n"
    "ở cơ sở trên loa truyền thanh và trang thông tin điện tử.",
    "Căn cứ Luật Phòng, chống ma túy số 73/2021/QH14;\n\nPhổ biến Luật Phòng, chống ma túy cho đoàn viên, thanh niên.",
    # s25c: the name in a table's last cell ends at the line's end, not at the next row's number ("… Luật Đầu tư⏎2\t…")
    "Căn cứ Luật Đầu tư số 61/2020/QH14;\n\nSTT\tTên dự án\tHình thức đầu tư\n1\tKhu công nghiệp A\tLựa chọn nhà đầu tư theo Luật Đầu tư\n"
    "2\tKhu công nghiệp B\tLựa chọn nhà đầu tư theo Luật Đầu tư\na\tCụm công nghiệp C\tTheo Luật Đầu tư\n3\tBệnh viện\tXã hội hóa\n",
])
def test_a_named_mention_of_a_numbered_law_is_that_law(text):
    refs = extract_legal_refs(text)
    assert all(r.code for r in refs) and len({r.code for r in refs if r.doc_type == "Luật"}) == 1


def test_a_law_named_with_and_is_another_law_than_a_shorter_one():
    """s23e: a whole title with "và" is its own law when no cited law's name is followed by "và" there."""
    refs = extract_legal_refs("Căn cứ Luật Bảo vệ môi trường số 72/2020/QH14;\n\nTuyên truyền Luật Bảo vệ và phát triển rừng.")
    assert [(r.code, r.title) for r in refs] == [("72/2020/QH14", "Bảo vệ môi trường"), (None, "Bảo vệ và phát triển rừng")]


def test_a_longer_name_after_a_numbered_law_is_its_own_law():
    """s30b: a name that opens with a numbered law's and goes on with more of a name (not a clause word) is another law."""
    refs = extract_legal_refs("Căn cứ Luật Đầu tư số 61/2020/QH14;\n\nThực hiện theo Luật Đầu tư công và Luật Đầu tư theo phương "
                              "thức đối tác công tư.")
    assert [(r.code, r.title) for r in refs] == [("61/2020/QH14", "Đầu tư"), (None, "Đầu tư công"),
                                                 (None, "Đầu tư theo phương thức đối tác công tư")]


def test_a_named_law_keeps_the_date_another_mention_gives():
    refs = extract_legal_refs("Căn cứ Luật Dữ liệu ngày 30 tháng 11 năm 2024;\n\nCăn cứ Luật Dữ liệu số 60/2024/QH15;")
    assert [(r.code, r.date) for r in refs] == [("60/2024/QH15", "2024-11-30")]


NAMED_LAW_DATES = [
    ("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", "Tổ chức Chính phủ", "2025-02-18"),
    ("Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017 được sửa đổi, bổ sung", "Quy hoạch", "2017-11-24"),
    ("theo quy định của Luật Thi đua, khen thưởng và các văn bản hướng dẫn", "Thi đua, khen thưởng", None),
]


@pytest.mark.parametrize("text, title, date", NAMED_LAW_DATES)
def test_named_law_takes_the_date_that_follows(text, title, date):
    [ref] = extract_legal_refs(text)
    assert (ref.doc_type, ref.title, ref.date) == ("Luật", title, date)


SPLIT_CODES = [
    ("Kế hoạch số 75/KH- UBND ngày 09/7/2018 của UBND tỉnh Sóc Trăng", "75/KH-UBND", "2018-07-09"),
    ("Công văn số 6676/BYT-\nCDS ngày 29 tháng 10 năm 2024 của Bộ Y tế", "6676/BYT-CDS", "2024-10-29"),
    ("Căn cứ Nghị quyết số\n66.2/2025/NQ-CP ngày 28 tháng 8 năm 2025 của Chính phủ", "66.2/2025/NQ-CP", "2025-08-28"),
    ("Căn cứ Nghị quyết số 09-\nNQ/TW ngày 28/01/2022 của Bộ Chính trị;", "09-NQ/TW", "2022-01-28"),
    ("Kế hoạch số 312 -KH/HU ngày 17/7/2024 của Huyện ủy Ninh Hải", "312-KH/HU", "2024-07-17"),
    # a space before the hyphen (a PDF's or a typist's): "71/NQ -CP", "1676/QĐ - TTg", "56/2023/NĐ -CP"
    ("Nghị quyết số 71/NQ -CP ngày 01/4/2025 của Chính phủ", "71/NQ-CP", "2025-04-01"),
    ("Căn cứ Quyết định số 1676/QĐ - TTg ngày 19 tháng 11 năm 2008 của Thủ tướng Chính phủ", "1676/QĐ-TTg", "2008-11-19"),
    ("theo Nghị định số 56/2023/NĐ -CP ngày 24 tháng 7 năm 2023)", "56/2023/NĐ-CP", "2023-07-24"),
    # the hyphen between the type and the issuer left out: "TTBXD", "NĐCP", "TTBYT"
    ("Thông tư số 06/2023/TTBXD ngày 08 tháng 9 năm 2023 của Bộ trưởng Bộ Xây dựng", "06/2023/TT-BXD", "2023-09-08"),
    ("Căn cứ Nghị định số 118/2025/NĐCP ngày 09/6/2025 của Chính phủ", "118/2025/NĐ-CP", "2025-06-09"),
    ("Thông tư số 21/2025/TTBYT ngày 27/6/2025 của Bộ trưởng Bộ Y tế", "21/2025/TT-BYT", "2025-06-27"),
    # the type typed with a plain D (or the look-alike Ð) for Đ
    ("quy định tại khoản 3 Điều 42 Nghị định số 103/2024/ND-CP ngày 30/7/2024", "103/2024/NĐ-CP", "2024-07-30"),
    ("Căn cứ Nghị định số 120/2016/ND-CP ngày 23/8/2016 của Chính phủ", "120/2016/NĐ-CP", "2016-08-23"),
    ("Quyết định số 12/QÐ-UBND ngày 01/02/2024 của UBND tỉnh", "12/QĐ-UBND", "2024-02-01"),
    ("theo Dự án số 5/DA-UBND ngày 01/02/2024", "5/DA-UBND", "2024-02-01"),  # DA is Dự án's own abbreviation
]


@pytest.mark.parametrize("text, code", [
    ("Kế hoạch số 12/KH-UBND - Kế hoạch của huyện", "12/KH-UBND"),  # a word after " - ": not the symbol
    ("Luật số 16/2021/QH15 ngày 27/7/2021", "16/2021/QH15"),  # one part that is an issuer: no hyphen to put back
    ("Văn bản số 1234/TTCP ngày 01/02/2020", "1234/TTCP"),
])
def test_a_symbol_is_not_run_on_or_split_wrongly(text, code):
    assert [r.code for r in extract_legal_refs(text)] == [code]


@pytest.mark.parametrize("text, code, date", SPLIT_CODES)
def test_a_code_split_by_a_space_or_a_wrap_is_one_code(text, code, date):
    [ref] = extract_legal_refs(text)
    assert (ref.code, ref.date) == (code, date)


AMENDING = [  # (text, code, title starts, date, other codes cited)
    ("tại Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức\n"
     "đối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;", None,
     "sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu",
     "2024-11-29", []),
    ("được sửa đổi, bổ sung một số điều tại\nLuật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở\n"
     "số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức\ntín dụng số 32/2024/QH15;", None,
     "sửa đổi, bổ sung một số điều của Luật Đất đai", None, []),
    ("Kế hoạch triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật ban hành kèm theo",
     None, "sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật", None, []),
    ("được sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều của\nLuật xây dựng số 62/2020/QH14 ngày 17 tháng 06 năm 2020;",
     "62/2020/QH14", "sửa đổi, bổ sung một số điều của Luật xây dựng", "2020-06-17", []),
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 đã được sửa đổi, bổ sung theo Luật sửa đổi, bổ sung một số điều "
     "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;", None,
     "sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", "2019-11-22", ["72/2025/QH15"]),
    ("Căn cứ Luật Viên chức số 58/2010/QH12; Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức "
     "số 52/2019/QH14;", "52/2019/QH14", "sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức", None, ["58/2010/QH12"]),
    # the laws it amends counted and named by their field
    ("Căn cứ Luật Quy hoạch đô thị ngày 17 tháng 6 năm 2009; Luật sửa đổi, bổ\nsung một số điều của 37 Luật có liên quan đến "
     "quy hoạch ngày 20 tháng 11 năm 2018;", None, "sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch",
     "2018-11-20", [None]),
    ("Luật sửa đổi, bổ sung một số điều của 15 luật\ntrong lĩnh vực nông nghiệp và môi trường phù hợp với tinh thần chỉ đạo",
     None, "sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp và môi trường", None, []),
    # s24a: fields listed with a comma run to the law's own number, which follows them ("… quân sự, quốc phòng số …")
    ("Căn cứ Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng số 98/2025/QH15 ngày 27 tháng 6 năm 2025;",
     "98/2025/QH15", "sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng", "2025-06-27", []),
    ("Luật sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp, môi trường, thực hiện tốt công tác.",
     None, "sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp", None, []),
]


def test_an_amending_law_by_count_needs_the_laws_field():
    # "của các luật" alone names no law: no amending law read
    assert [r for r in extract_legal_refs("Luật sửa đổi, bổ sung một số điều của các luật, pháp lệnh.") if r.rule == "rule_amending_law"] == []


@pytest.mark.parametrize("text, code, title, date, others", AMENDING)
def test_an_amending_law_is_one_reference(text, code, title, date, others):
    refs = extract_legal_refs(text)
    [amending] = [r for r in refs if r.rule == "rule_amending_law"]
    assert amending.code == code and amending.date == date
    assert " ".join(amending.title.split()).startswith(title)
    assert [r.code for r in refs if r is not amending] == others


# ---- documents still to be drafted, and type words that name nothing -------------------------

NOT_CITED = [
    "trong đó, sớm ban hành Luật Khoa học, công nghệ và đổi mới sáng tạo, Luật Năng lượng nguyên tử (sửa đổi); sớm",
    "khẩn trương xây dựng, triển khai hiệu quả Đề án về cơ chế, chính sách hình thành và phát triển doanh nghiệp dân tộc",
    "Sở Tài chính chủ trì xây dựng Kế hoạch thực hiện Đề án trình UBND tỉnh trước ngày 30/6/2026.",
    "Sở Y tế xây dựng, trình Đề án Phát triển y tế cơ sở đến năm 2030.",  # s28e: the verb "trình" still drafts
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình mục tiêu quốc gia như sau:",
    "giám sát xuyên suốt trong thực hiện Kế hoạch hiệu quả theo từng năm, và cả giai đoạn.",
    "Tổng hợp, đánh giá kết quả thực hiện Kế hoạch hằng năm.",
    "Chủ động triển khai thực hiện Kế hoạch đồng bộ, thống nhất, phù hợp với định hướng phát triển",
    "Tổ chức quán triệt, triển khai Chương trình hành động này đến toàn thể cán bộ, đảng viên.",
    "a) Triển khai Chương trình hỗ trợ doanh nghiệp bán buôn, bán lẻ, tiệm tạp hóa tiếp cận nền tảng số",
    "Đẩy nhanh tiến độ thực hiện các Chương trình mục tiêu quốc gia;",
    "Xây dựng chương trình phát triển doanh nghiệp tiêu biểu giai đoạn 2026 - 2030",
    "hoàn thiện hệ thống pháp Luật Việt Nam về đất đai",
    "- Xây dựng và tập trung thực hiện Kế hoạch phát triển du lịch giai đoạn 2021-2025. Huy động mọi nguồn lực",
    "| 1. | Ban hành Chiến lược dữ liệu, Chiến lược chuyển đổi số giai đoạn 2026 - 2030 |",
    # s22fd: after "trong", a document of any type is cited only by a proper name, never a generic phrase
    "Doanh nghiệp cần nêu rõ nguồn lực trong Chiến lược kinh doanh của mình.",
    "Những tồn tại trong Chiến lược cũ cần được khắc phục.",
    "Các dự án được xác định trong Quy hoạch chi tiết xây dựng khu công nghiệp.",
    "đôn đốc, hướng dẫn việc triển khai Kế hoạch đến các sở, ngành, đơn vị",
    "các tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./.",
    "kiểm tra thường xuyên và đột xuất theo Kế hoạch kiểm tra.",
    "thấp hơn mức giá tối thiểu, tối đa của Khung giá tính thuế tài nguyên",
    "tổ chức thực hiện Chương trình\na) Đối tượng và nội dung hỗ trợ",
    "Tổng nguồn vốn dự kiến huy động thực hiện Kế hoạch giai đoạn 2026 - 2030 khoảng 4.185 tỷ đồng",
    "các xã báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 05/12)",
    "Giao Chánh Thanh tra tỉnh tổ chức triển khai thực hiện Kế hoạch năm 2027 bảo đảm đúng quy định.",
    "PHỤ LỤC\nDANH MỤC CÁC CUỘC THANH TRA NĂM 2027\n(Kèm theo Kế hoạch thanh tra năm 2027 của Thanh tra tỉnh Gia Lai)\n",
    "PHỤ LỤC\n(Ban hành kèm theo Đề án phát triển du lịch cộng đồng tỉnh Lai Châu)\n",
    "Các xã lồng ghép với Chương trình hành động này và các kế hoạch khác.",
    "Lồng ghép nội dung bình đẳng giới với Chương trình hành động của ngành.",  # s25b: a programme by its kind, no name
    # s22a: a plan or scheme by its kind after "trong"; a curriculum named in lower case, or one the law does not name
    "Thông tin được công khai trong Kế hoạch tuyển dụng, công khai trong nội dung Thông báo tuyển dụng.",
    "Hồ sơ gồm các nội dung trong Đề án thành lập đơn vị sự nghiệp công lập.",
    "Thực hiện chương trình giáo dục mầm non theo hướng lấy trẻ làm trung tâm.",
    "Triển khai Chương trình giáo dục kỹ năng sống cho học sinh.",
    # s29e: a programme by its kind among the funds' sources (no proper name), and one named after the funds' list has ended
    "Kinh phí thực hiện từ ngân sách tỉnh, Chương trình hỗ trợ doanh nghiệp nhỏ và vừa của tỉnh.",
    "Kinh phí thực hiện từ ngân sách tỉnh. Năm 2027, Chương trình mục tiêu quốc gia xây dựng nông thôn mới kết thúc.",
    # s26b: a type word closing a table's cell takes no title from the next cell (the body in charge)
    "STT\tNhiệm vụ\tCơ quan chủ trì\n6\tSơ kết giữa kỳ thực hiện Đề án\tCục Lâm nghiệp và Kiểm lâm\tQuý IV/2028\n",
    # s34d: "thực hiện đúng" before a generic planning word cites nothing ("đúng quy hoạch": in line with the planning)
    "Các dự án đầu tư phải thực hiện đúng quy hoạch, kế hoạch sử dụng đất được duyệt.",
]


@pytest.mark.parametrize("text", NOT_CITED)
def test_not_cited(text):
    assert extract_legal_refs(text) == []


def test_an_existing_law_to_be_amended_is_cited():
    refs = extract_legal_refs("tập trung rà soát, sớm sửa đổi Luật Doanh nghiệp, Luật Đấu thầu, Luật Quản lý, sử dụng vốn nhà nước")
    assert [r.title for r in refs][:2] == ["Doanh nghiệp", "Đấu thầu"]


# ---- documents cited by name -----------------------------------------------------------------

BY_NAME = [  # (text, doc_type, title)
    # s28e: "lộ trình" (a roadmap) is no "trình" (to submit): what follows is cited, not a document to be drafted
    ("- Triển khai đồng bộ, có lộ trình, phù hợp Khung tham chiếu ICT phát triển đô thị thông minh và Kiến trúc chính quyền số.",
     "Khung", "tham chiếu ICT phát triển đô thị thông minh"),
    ("QUỐC HỘI\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "Hiến pháp", "nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
    # the Constitution named by its year alone (a plan's period after a type word names no document: "Kế hoạch năm 2027")
    ("Căn cứ Hiến pháp năm 2013;", "Hiến pháp", "năm 2013"),
    ("nhằm thực hiện thắng lợi Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030, đánh dấu thời điểm",
     "Chiến lược", "phát triển kinh tế - xã hội 10 năm 2021 - 2030"),
    ("- Triển khai đồng bộ, hiệu quả các nhiệm vụ của Chiến lược phát triển kinh tế - xã hội, gắn với triển khai",
     "Chiến lược", "phát triển kinh tế - xã hội"),
    ("khu công nghiệp công nghệ số tập trung theo Quy hoạch hạ tầng thông\ntin và truyền thông thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
     "Quy hoạch", "hạ tầng thông tin và truyền thông thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"),
    ("đẩy nhanh tiến độ sửa đổi và triển khai hiệu quả Quy hoạch điện VIII trong bối cảnh mới.", "Quy hoạch", "điện VIII"),
    # s34d: "thực hiện đúng" (as "thực hiện nghiêm", "thực hiện hiệu quả") cites what is carried out
    ("tập trung cho các dự án hạ tầng; thực hiện đúng Quy hoạch tỉnh Tuyên Quang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
     "Quy hoạch", "tỉnh Tuyên Quang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"),
    # s26b: a line's wrap between the type and the name is no cell's end
    ("Thực hiện Đề án\nPhát triển du lịch cộng đồng tỉnh.", "Đề án", "Phát triển du lịch cộng đồng tỉnh"),
    ("triển khai kịp thời các nội dung theo Chương trình OCOP, gắn với thực hiện chính sách", "Chương trình", "OCOP"),
    ("- Tiếp tục thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, nông thôn mới nâng cao;",
     "Chương trình", "mục tiêu quốc gia xây dựng nông thôn mới, nông thôn mới nâng cao"),
    ("Khẩn trương triển khai hiệu quả Đề án Trung tâm tài chính quốc tế tại Thành phố Hồ Chí Minh, Trung tâm tài chính khu vực tại Đà Nẵng;",
     "Đề án", "Trung tâm tài chính quốc tế tại Thành phố Hồ Chí Minh"),
    ("đạt chuẩn nông thôn mới theo yêu cầu của Bộ tiêu chí thôn đạt chuẩn nông thôn mới áp dụng tại các xã đặc biệt khó khăn.",
     "Bộ tiêu chí", "thôn đạt chuẩn nông thôn mới áp dụng tại các xã đặc biệt khó khăn"),
    # what a plan is integrated with exists (s22g)
    ("Huy động nguồn lực; lồng ghép có hiệu quả với Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030 và "
     "các chương trình khác.", "Chương trình", "mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030"),
    ("Phát triển du lịch cộng đồng gắn với Chương trình OCOP.", "Chương trình", "OCOP"),
    # s25b: what is integrated with the programme may stand between "lồng ghép" and "với"
    ("Phối hợp lồng ghép hoạt động bảo vệ trẻ em với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào "
     "dân tộc thiểu số và miền núi.", "Chương trình",
     "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"),
    # s22a: a criterion "trong" the criteria set that holds it; a curriculum the Luật Giáo dục names
    ("góp phần thực hiện tiêu chí số 5 về trường học trong Bộ tiêu chí quốc gia về xã nông thôn mới.",
     "Bộ tiêu chí", "quốc gia về xã nông thôn mới"),
    # s35e: the national criteria set a unit reaches ("đạt", "đạt chuẩn")
    ("- Phấn đấu 100% trạm y tế xã, phường đạt Bộ tiêu chí quốc gia về y tế xã; mỗi trạm y tế có từ 02 đến 03 bác sĩ.",
     "Bộ tiêu chí", "quốc gia về y tế xã"),
    ("Có thêm 12 xã đạt chuẩn Bộ tiêu chí quốc gia về xã nông thôn mới.", "Bộ tiêu chí", "quốc gia về xã nông thôn mới"),
    ("Thực hiện Chương trình giáo dục mầm non; tổ chức bồi dưỡng chuyên môn cho giáo viên.", "Chương trình", "giáo dục mầm non"),
    # s27a: what a programme's money goes to ("vốn Chương trình … cho các …") follows its name; a name of its own keeps its
    # "cho các" (no funds' word before it), a quoted name too
    ("thực hiện Đề án Đầu tư năng lực cho các tổ chức nghiên cứu phát triển công lập.", "Đề án",
     "Đầu tư năng lực cho các tổ chức nghiên cứu phát triển công lập"),
    ("ưu tiên bố trí nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền "
     "núi cho các điểm trường vùng khó khăn.", "Chương trình",
     "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"),
    ('Tiếp tục thực hiện Đề án "Hỗ trợ pháp lý cho các doanh nghiệp nhỏ và vừa" trên địa bàn tỉnh.', "Đề án",
     "Hỗ trợ pháp lý cho các doanh nghiệp nhỏ và vừa"),
    # s29e: a programme named as one of the sources the funds come from, after the first; the next source ends its name
    ("Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho ngành y tế hằng năm, Chương trình mục tiêu quốc gia phát triển "
     "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, nguồn viện trợ và các nguồn hợp pháp khác.", "Chương trình",
     "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"),
    ("Vốn thực hiện từ ngân sách trung ương, ngân sách tỉnh, Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn "
     "2026 - 2030 và vốn xã hội hóa.", "Chương trình", "mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026 - 2030"),
]


@pytest.mark.parametrize("text, doc_type, title", BY_NAME)
def test_document_cited_by_name(text, doc_type, title):
    [ref] = extract_legal_refs(text)
    assert (ref.doc_type, " ".join(ref.title.split())) == (doc_type, title)
    assert text[ref.start:ref.end] == ref.text


# s35e: "đạt" cites only the national set ("đạt Bộ tiêu chí quốc gia …"), not a set of its own kind.
@pytest.mark.parametrize("text", [
    "Các trường học đạt bộ tiêu chí trường học an toàn của ngành.",
    "100% hộ gia đình đạt Bộ tiêu chí ứng xử trong gia đình của xã.",
])
def test_reaching_a_criteria_set_that_is_not_the_national_one(text):
    assert extract_legal_refs(text) == []


def test_a_list_of_documents_cited_by_name():
    text = ("tổ chức triển khai lập điều chỉnh Quy hoạch tỉnh Đồng Tháp thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 phù hợp "
            "Quy hoạch không gian biển quốc gia thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, Quy hoạch tổng thể khai thác, "
            "sử dụng bền vững tài nguyên vùng bờ thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.")
    assert [r.title.split()[0] for r in extract_legal_refs(text)] == ["tỉnh", "không", "tổng"]


def test_a_short_name_the_text_defines_is_the_same_document():
    text = ("Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (Chương trình MTQG); "
            "triển khai Chương trình MTQG trên địa bàn tỉnh.")
    assert len(extract_legal_refs(text)) == 1


@pytest.mark.parametrize("text", [
    "Ban Chỉ đạo của Chính phủ về chuyển đổi số và Đề án 06.\n\nThời gian qua",
    "chuyển đổi số và đề án 06 của tỉnh, bảo đảm vai trò định hướng",
])
def test_scheme_known_by_its_number(text):
    [ref] = extract_legal_refs(text)
    assert (ref.doc_type, ref.title) == ("Đề án", "06")


# s26b: a scheme known by its number is the decision of that number that approves it, when the text cites that decision
@pytest.mark.parametrize("text,expected", [
    ("Căn cứ Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ "
     "liệu về dân cư, định danh và xác thực điện tử;\nỦy ban nhân dân tỉnh ban hành Kế hoạch triển khai Đề án 06 năm 2026.",
     [("Quyết định", "06/QĐ-TTg")]),
    # negatives: a decision of that number approving a document of another type; a decision of another number
    ("Căn cứ Quyết định số 06/QĐ-UBND ngày 06 tháng 01 năm 2026 của UBND tỉnh phê duyệt Kế hoạch chuyển đổi số;\nTriển khai Đề án 06"
     " của Chính phủ.", [("Quyết định", "06/QĐ-UBND"), ("Đề án", None)]),
    ("Căn cứ Quyết định số 08/QĐ-TTg ngày 06 tháng 01 năm 2022 của Thủ tướng Chính phủ phê duyệt Đề án nâng cao kỹ năng số;\n"
     "Triển khai Đề án 06 của Chính phủ.", [("Quyết định", "08/QĐ-TTg"), ("Đề án", None)]),
])
def test_scheme_known_by_the_number_of_the_decision_approving_it(text, expected):
    assert [(r.doc_type, r.code) for r in extract_legal_refs(text)] == expected


@pytest.mark.parametrize("text, code", [
    ("Chương trình phòng, chống ma túy trong thanh, thiếu niên đến năm 2030; Kế hoạch triển khai thực hiện Chỉ thị số 36-CT/TW ngày\n16/8/2019 của Bộ Chính trị và các chỉ thị", "36-CT/TW"),
    ("Nghị quyết số 36-NQ/TW ngày 22/10/2018; Kế hoạch của Ủy ban nhân dân tỉnh Đồng Tháp về thực\nhiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ về Chiến lược phát triển bền vững kinh tế biển;",
     "26/NQ-CP"),
])
def test_a_plan_named_by_the_document_it_carries_out(text, code):
    refs = extract_legal_refs(text)
    titled = [r for r in refs if r.doc_type == "Kế hoạch" and not r.code]
    assert len(titled) == 1 and code in titled[0].title
    assert code in [r.code for r in refs]


def test_a_caption_naming_another_document_than_the_header_is_a_reference():
    text = ("UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG / / Số:\t/KH-SCT | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH\n"
            "Thực hiện Đề án số 08 về phát triển công nghiệp\n(Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai)\n")
    assert [r.code for r in extract_legal_refs(text)] == ["35-NQ/TU"]


@pytest.mark.parametrize("text, codes", [
    ("Căn cứ các Quyết định của\nThủ tướng Chính phủ về phê duyệt quy hoạch: Quyết định số 1629/QĐ-TTg ngày 16 tháng 12 năm 2023",
     ["1629/QĐ-TTg"]),
    ("các vùng theo các Nghị quyết của Bộ Chính trị.", []),
    ("Căn cứ Quyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính; triển khai Kế hoạch tổng thể ban hành kèm "
     "Quyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính.", ["3103/QĐ-BTC", "3103/QĐ-BTC"]),
    ("thực hiện Quy chế ban hành kèm theo Quyết định số 01/2025/QĐ-UBND ngày 01/7/2025 của UBND Thành phố;", ["01/2025/QĐ-UBND"]),
])
def test_kinds_of_documents_and_documents_issued_with_another_are_not_references(text, codes):
    assert [r.code for r in extract_legal_refs(text)] == codes


def test_a_plan_named_by_a_citation_keeps_its_subject():
    text = ("Kế hoạch của Ủy ban nhân dân tỉnh Đồng Tháp về thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ "
            "về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030; Chương trình")
    [plan] = [r for r in extract_legal_refs(text) if r.doc_type == "Kế hoạch"]
    assert plan.title.endswith("kinh tế biển Việt Nam đến năm 2030")


@pytest.mark.parametrize("text, issuer", [
    ("Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025", "Bộ Nội vụ"),
    ("Công văn số 11033/STC-CSTH ngày 29 tháng 10 năm 2025", "Sở Tài chính"),
    ("Tờ trình số 133/TTr-SKHCN ngày 15/11/2025", "Sở Khoa học và Công nghệ"),
    ("Kế hoạch 5312/KH-UBND ngày 12/11/2024 của Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
    ("Nghị quyết số 12/NQ-HĐND ngày 12/11/2024", None),  # which council, the symbol does not say
])
def test_issuer_from_the_symbol_or_the_text(text, issuer):
    [ref] = extract_legal_refs(text)
    assert ref.issuer == issuer


@pytest.mark.parametrize("text, code, date, issuer", [
    ("KẾ HOẠCH\n\nTRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025\n\n"
     "Căn cứ Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ về phê duyệt Đề án;",
     "06/QĐ-TTG", "2025-01-02", "Thủ tướng Chính phủ"),
    ("theo Kết luận số 132-KL/TW; Căn cứ Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị về tiếp tục thực hiện",
     "132-KL/TW", "2025-03-18", "Bộ Chính trị"),
])
def test_mentions_of_one_document_share_what_they_say(text, code, date, issuer):
    refs = extract_legal_refs(text)
    assert {r.code.upper() for r in refs} == {code.upper()}
    assert all((r.date, r.issuer) == (date, issuer) for r in refs)


@pytest.mark.parametrize("text, code, doc_type, issuer", [
    ("có khoảng phân tán vượt quá giới hạn xác định tại Phụ lục I QCVN 06:2022/BXD và Sửa đổi 1:2023",
     "QCVN 06:2022/BXD", "Quy chuẩn kỹ thuật quốc gia", "Bộ Xây dựng"),
    ("thiết bị đạt tiêu chuẩn TCVN 10299:2025.", "TCVN 10299:2025", "Tiêu chuẩn quốc gia", None),
    ("theo QCVN 01 : 2022/BQP về rà phá bom mìn", "QCVN 01:2022/BQP", "Quy chuẩn kỹ thuật quốc gia", "Bộ Quốc phòng"),
])
def test_standard_by_its_code(text, code, doc_type, issuer):
    [ref] = extract_legal_refs(text)
    assert (ref.code, ref.doc_type, ref.issuer) == (code, doc_type, issuer)


@pytest.mark.parametrize("text", ["đạt 9001:2015 theo ISO", "Sửa đổi 1:2023 của quy chuẩn", "tỷ lệ 1:2000"])
def test_not_a_standard(text):
    assert extract_legal_refs(text) == []


@pytest.mark.parametrize("text, title, date", [
    ("đáp ứng trình độ chuẩn theo quy định của Luật Giáo dục năm 2019.", "Giáo dục", "2019"),
    ("thực hiện theo Luật Đất đai năm 2024 và các văn bản hướng dẫn", "Đất đai", "2024"),
    ("theo Luật Quy hoạch đô thị và nông thôn giai đoạn 2021 - 2025", "Quy hoạch đô thị và nông thôn", None),
])
def test_a_law_cited_with_its_year(text, title, date):
    [ref] = extract_legal_refs(text)
    assert (ref.title, ref.date) == (title, date)


@pytest.mark.parametrize("text, codes", [
    ("Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia "
     "phòng, chống ma túy đến năm 2030;\n\n- Tổ chức thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 hiệu quả.",
     ["163/2024/QH15"]),
    ("Căn cứ Quyết định số 1629/QĐ-TTg ngày 16 tháng 12 năm 2023 phê duyệt Quy hoạch tỉnh Bà Rịa - Vũng Tàu;\n\n"
     "- Triển khai thực hiện Quy hoạch tỉnh Bà Rịa - Vũng Tàu.", ["1629/QĐ-TTg"]),
])
def test_a_document_approved_by_a_cited_one_is_known_by_it(text, codes):
    assert [r.code for r in extract_legal_refs(text)] == codes


@pytest.mark.parametrize("text, doc_type, title", [
    ("b) Triển khai Chương trình hỗ trợ chuyển đổi số doanh nghiệp nhỏ và vừa (SMEdx) theo ngành, lĩnh vực",
     "Chương trình", "hỗ trợ chuyển đổi số doanh nghiệp nhỏ và vừa (SMEdx)"),
    ("theo quy định của Luật Đầu tư theo phương thức đối tác công tư và các văn bản", "Luật", "Đầu tư theo phương thức đối tác công tư"),
    ("Việc quán triệt, ban hành các kế hoạch cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh và các Đề án trọng tâm.",
     "Nghị quyết", "Đại hội Đảng bộ tỉnh"),
    ("thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ, nhiệm kỳ 2025 - 2030;",
     "Nghị quyết", "Đại hội đại biểu Đảng bộ thành phố Cần Thơ, nhiệm kỳ 2025 - 2030"),
    ("các nhiệm vụ, giải pháp đã nêu trong Nghị quyết số 48/NQ-CP và Kế hoạch của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 48/NQ-CP.",
     "Kế hoạch", "thực hiện Nghị quyết số 48/NQ-CP"),
])
def test_more_names(text, doc_type, title):
    [ref] = [r for r in extract_legal_refs(text) if r.code is None]
    assert (ref.doc_type, ref.title) == (doc_type, title)


def test_a_list_under_a_drafting_verb_runs_over_semicolons():
    text = ("khẩn trương xây dựng, triển khai hiệu quả Đề án về cơ chế, chính sách hình thành và phát triển doanh nghiệp dân tộc, "
            "giữ vai trò tiên phong, dẫn dắt; Đề án phát triển doanh nghiệp nhỏ và vừa. Hỗ trợ doanh nghiệp")
    assert extract_legal_refs(text) == []


@pytest.mark.parametrize("text, issuer", [
    # what the document does, capitalised, opens its subject
    ("Quyết định số 21/2024/QĐ-UBND ngày 12/3/2024 của UBND thành phố Đà Nẵng Sửa đổi, bổ sung một số điều", "UBND thành phố Đà Nẵng"),
    ("Nghị định số 39/2010/NĐ-CP ngày 07/4/2010 của Chính phủ Về quản lý không gian xây dựng ngầm", "Chính phủ"),
    ("Quyết định số 31/QĐ-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh Bình Phước Thành lập Trung tâm Y tế", "Ủy ban nhân dân tỉnh Bình Phước"),
    # what is said of it, lower case
    ("Quyết định số 112/QĐ-UBND ngày 05/02/2024 của Chủ tịch UBND tỉnh Bắc Giang công bố thủ tục hành chính mới", "Chủ tịch UBND tỉnh Bắc Giang"),
    ("giảm thuế theo Nghị quyết số 204/2025/QH15 ngày 17/6/2025 của Quốc hội khoảng 110 tỷ đồng;", "Quốc hội"),
    ("Quyết định số 15/2020/QĐ-UBND của Ủy ban nhân dân tỉnh hết hiệu lực kể từ ngày Quyết định này", "Ủy ban nhân dân tỉnh"),
    ("Quyết định số 70/QĐ-UBND của Chủ tịch Ủy ban nhân dân thành phố Cần Thơ và thủ tục hành chính", "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"),
    ("Hồ sơ gửi kèm công văn số 20595/HAN-QLDN5 ngày 03/10/2025 của Thuế thành phố Hà Nội không có Bản án của Tòa án",
     "Thuế thành phố Hà Nội"),  # (rev12) a negated verb ends it
    ("theo Công văn số 12/QNI-QLDN2 ngày 02/01/2025 của Thuế tỉnh Quảng Ninh chưa có hồ sơ kèm theo", "Thuế tỉnh Quảng Ninh"),
    # names that hold such words are kept whole
    ("Quyết định số 1/QĐ-BLĐTBXH ngày 02/01/2024 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội về",
     "Bộ trưởng Bộ Lao động - Thương binh và Xã hội"),
    ("Quyết định số 2/QĐ-CHK ngày 02/01/2024 của Cục Hàng không Việt Nam về", "Cục Hàng không Việt Nam"),
    ("Kế hoạch số 5/KH-SGTVT ngày 02/01/2024 của Sở Giao thông vận tải về", "Sở Giao thông vận tải"),
])
def test_issuer_ends_where_the_body_name_ends(text, issuer):
    [ref] = extract_legal_refs(text)
    assert ref.issuer == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Theo đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 9512/TTr- SNN-CCTL ngày 23 tháng 10 năm 2025",
     "Sở Nông nghiệp và Môi trường"),
    ("Theo đề nghị của Chủ tịch Ủy ban nhân dân thành phố Tam Điệp tại Tờ trình số 333/TTr-UBND ngày 29 tháng 10 năm 2024;",
     "Chủ tịch Ủy ban nhân dân thành phố Tam Điệp"),
    ("các loại khoáng sản đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 866/QĐ-Tg ngày 18/7/2023 và",
     "Thủ tướng Chính phủ"),
    ("Theo đề nghị tại Tờ trình số 45/TTr-UBND ngày 02/01/2024", None),  # no body named
    ("được giao khẩn trương rà soát lại việc thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn số 7683/VPCP-QHĐP "
     "ngày 18 tháng 8 năm 2025", "Văn phòng Chính phủ"),  # a lower-case clause is no issuer: the symbol's
    ("Xét đề nghị của Sở Tài chính tại Tờ trình số 12/TTr-STC ngày 02/01/2024 của Sở Tài chính tỉnh Lào Cai",
     "Sở Tài chính tỉnh Lào Cai"),  # the issuer after the citation says more
])
def test_issuer_named_before_the_citation(text, issuer):
    [ref] = extract_legal_refs(text)
    assert ref.issuer == issuer


@pytest.mark.parametrize("text, code, date", [
    ("Căn cứ Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 của Quốc hội;\n[1] Nghị quyết số 163/2024/QH15 "
     "ngày 27/11/2024 của Quốc hội phê duyệt", "163/2024/QH15", "2024-11-27"),
    ("Nghị định số 88/2024/NĐ-CP ngày 15 tháng 7 năm 2025 của Chính phủ; theo Nghị định số 88/2024/NĐ-CP ngày 15/7/2024",
     "88/2024/NĐ-CP", "2024-07-15"),
    # with no mention that fits, the date is the one written
    ("Nghị định số 214/2025/NĐ-CP ngày 04 tháng 8 năm 2028 của Chính phủ", "214/2025/NĐ-CP", "2028-08-04"),
])
def test_a_document_is_dated_in_the_year_its_number_carries(text, code, date):
    refs = extract_legal_refs(text)
    assert {(r.code, r.date) for r in refs} == {(code, date)}


@pytest.mark.parametrize("text, refs", [
    ("Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024; theo Luật Bảo hiểm xã hội số 58/2014/QH13 đối với",
     {(None, "2024-06-29"), ("58/2014/QH13", None)}),
    ("theo Luật Đất đai năm 2013. Điều 5. Luật Đất đai số 31/2024/QH15 quy định", {(None, "2013"), ("31/2024/QH15", None)}),
    # the same year: one law, named and numbered
    ("Căn cứ Luật Điện lực ngày 30 tháng 11 năm 2024; theo Luật Điện lực số 61/2024/QH15 về", {("61/2024/QH15", "2024-11-30")}),
])
def test_a_named_law_of_another_year_is_another_law(text, refs):
    assert {(r.code, r.date) for r in extract_legal_refs(text)} == refs


@pytest.mark.parametrize("text, title", [
    ("để thực hiện Kế hoạch theo quy định của Luật ngân sách và các quy\nđịnh hiện hành.", "ngân sách"),
    ("triển khai nhiệm vụ được giao tại Quyết định này theo quy định của Luật ngân sách nhà nước.", "ngân sách nhà nước"),
    ("quy định chi tiết và biện pháp thi hành Luật giám định tư pháp;", "giám định tư pháp"),
    ("theo quy định của Luật phí và lệ phí và các văn bản quy phạm pháp luật", "phí và lệ phí"),
])
def test_a_law_named_in_lower_case_after_a_citing_word(text, title):
    [ref] = extract_legal_refs(text)
    assert (ref.doc_type, ref.title) == ("Luật", title)


@pytest.mark.parametrize("text", [
    "thực hiện theo Luật này và các văn bản hướng dẫn",
    "ý kiến của Luật sư Nguyễn Văn A",
    "tại Luật hiện hành",
    "theo quy định của Luật và các văn bản hướng dẫn thi hành",
    "sinh viên ngành Luật kinh tế",  # no citing word
])
def test_lower_case_after_luat_is_not_always_a_law(text):
    assert extract_legal_refs(text) == []


@pytest.mark.parametrize("text, doc_type, title", [
    ("Triển khai Chiến lược tài chính toàn diện quốc gia đến năm 2025, định hướng đến năm 2030. Thực hiện Chiến lược tài "
     "chính toàn diện quốc gia theo hướng dẫn.", "Chiến lược", "tài chính toàn diện quốc gia đến năm 2025, định hướng đến năm 2030"),
    ("triển khai Đề án phát triển thanh toán không dùng tiền mặt giai đoạn 2025 - 2030.\n- Thực hiện theo Đề án phát triển "
     "thanh toán không dùng tiền mặt.", "Đề án", "phát triển thanh toán không dùng tiền mặt giai đoạn 2025 - 2030"),
    ("thực hiện thắng lợi Nghị quyết Đại hội lần thứ XIII của Đảng; theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
     "Nghị quyết", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
    # s24f: a congress named in full, then without its ordinal and term, is the one congress
    ("thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030. Kiểm tra việc thực hiện Nghị quyết "
     "Đại hội Đảng bộ xã; việc thực hiện quy chế.", "Nghị quyết", "Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030"),
])
def test_a_name_with_and_without_its_period_is_one_document(text, doc_type, title):
    refs = extract_legal_refs(text)
    assert len(refs) == 2 and {(r.doc_type, r.title) for r in refs} == {(doc_type, title)}


def test_a_congress_ordinal_is_no_qualifier_of_other_documents():
    # negative: an ordinal makes two documents of any other type ("Đề án … lần thứ II" is not "Đề án …")
    refs = extract_legal_refs("thực hiện Đề án phát triển du lịch lần thứ II. Triển khai Đề án phát triển du lịch theo hướng dẫn.")
    assert len({r.title for r in refs}) == 2


def test_a_name_inside_a_longer_name_is_another_document():
    refs = extract_legal_refs("theo quy định của Luật Đầu tư công và Luật Đầu tư; thực hiện Chiến lược phát triển kinh tế số "
                              "và xã hội số đến năm 2025. Thực hiện Chiến lược phát triển kinh tế số đến năm 2030.")
    assert len({r.title for r in refs}) == len(refs) == 4


@pytest.mark.parametrize("text", [
    # a copy whose heading is in running case: its first line is its type and title
    "Nghị quyết về kế hoạch đầu tư phát triển thuộc ngân sách nhà nước tỉnh hải dương năm 2009\n"
    "Hội đồng nhân dân tỉnh hải dương\nCăn cứ Luật Tổ chức Hội đồng nhân dân;\nGiao Uỷ ban nhân dân tỉnh tổ chức thực hiện.",
    "Kế hoạch hỗ trợ hộ nghèo xây dựng, sửa chữa nhà ở hư hỏng\nThực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ\n"
    "- Trực tiếp chỉ đạo xã phường triển khai Kế hoạch hỗ trợ hộ nghèo xây dựng nhà ở, đảm bảo đúng đối tượng, tiêu chuẩn.",
])
def test_a_document_opening_with_its_title_in_running_case_names_itself(text):
    assert [r for r in extract_legal_refs(text) if r.code is None and r.doc_type != "Luật"] == []


@pytest.mark.parametrize("text, title", [
    ("- Trực tiếp chỉ đạo triển khai theo Kế hoạch hỗ trợ hộ nghèo xây dựng nhà ở, đảm bảo đúng đối tượng, tiêu chuẩn.",
     "hỗ trợ hộ nghèo xây dựng nhà ở"),
    ("triển khai thực hiện Chương trình MTQG, báo cáo Quốc hội kết quả", "MTQG"),
    ("thực hiện theo Kế hoạch phòng, chống thiên tai của tỉnh, lồng ghép với các chương trình khác", "phòng, chống thiên tai"),
])
def test_a_title_ends_before_what_is_done(text, title):
    titles = [r.title for r in extract_legal_refs(text)]
    assert titles == ([title] if title else [])


@pytest.mark.parametrize("text", [
    "Kết quả thực hiện thủ tục: theo Quyết định phê duyệt giá đất cụ thể của Chủ tịch Ủy ban nhân dân cấp xã.",
    "Cơ quan thông báo theo Quyết định thu hồi giấy phép hoạt động bảo tàng ngoài công lập",
    "Kết quả: theo Quyết định bổ nhiệm giám định viên pháp y, pháp y tâm thần",
])
def test_a_decision_named_by_the_act_it_performs_is_a_kind_of_decision(text):
    assert extract_legal_refs(text) == []


def test_a_decision_named_by_its_rule_is_cited():
    [ref] = extract_legal_refs("theo Quyết định của Ủy ban nhân dân Thành phố quy định tiêu chí dịch vụ giáo dục.")
    assert (ref.doc_type, ref.issuer) == ("Quyết định", "Ủy ban nhân dân Thành phố")


@pytest.mark.parametrize("text, title, subject", [
    ("cho nông nghiệp, nông thôn theo tinh thần Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương (khoá X) về nông nghiệp, "
     "nông dân, nông thôn. (4) Sau", "Hội nghị lần thứ 7 Ban Chấp hành Trung ương khoá X", "nông nghiệp, nông dân, nông thôn"),
    ("tổng kết 20 năm thực hiện Nghị quyết Trung ương 5 khóa IX về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể;",
     "Trung ương 5 khóa IX", "tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể"),
])
def test_a_plenum_resolution_by_its_plenum_and_term(text, title, subject):
    [ref] = extract_legal_refs(text)
    assert (ref.doc_type, ref.title, ref.subject, ref.issuer) == ("Nghị quyết", title, subject, "Ban Chấp hành Trung ương Đảng")


@pytest.mark.parametrize("text", [
    "gắn với thực hiện các Nghị quyết của Trung ương về cải cách hành chính",
    "thực hiện Nghị quyết Trung ương về phát triển nguồn nhân lực",  # no plenum, no term: which one?
    # s27a: a level of government where an issuer would stand, no title: which one?
    "Kinh phí từ ngân sách nhà nước, nguồn kinh phí thực hiện Đề án của Trung ương và các nguồn tài trợ hợp pháp.",
    "Các đơn vị triển khai theo Kế hoạch của cấp trên.",
])
def test_a_resolution_of_the_centre_without_plenum_and_term_is_none(text):
    assert extract_legal_refs(text) == []


@pytest.mark.parametrize("text", [
    "Thời gian thực hiện: Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm.",
    "lồng ghép nhiệm vụ theo Kế hoạch phát triển kinh tế - xã hội hằng năm của địa phương",
    "triển khai thực hiện theo Kế hoạch kiểm tra hằng quý",
])
def test_a_plan_made_every_year_is_a_kind_of_plan(text):
    assert extract_legal_refs(text) == []


def test_a_plan_of_one_year_is_a_document():
    [ref] = extract_legal_refs("tổ chức các hoạt động theo Kế hoạch tổ chức thi đua năm 2025 của Ủy ban nhân dân thành phố.")
    assert ref.doc_type == "Kế hoạch" and ref.title.startswith("tổ chức thi đua")


@pytest.mark.parametrize("text, named", [
    # the decision approves a plan about the programme: the programme is cited on its own
    ("Căn cứ Quyết định số 650/QĐ-LĐTBXH ngày 21 tháng 7 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội phê duyệt "
     "Kế hoạch truyền thông về Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;\n"
     "- Nâng cao nhận thức về nội dung của Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.", True),
    ("Căn cứ Quyết định số 1968/QĐ-TTg ngày 22/11/2021 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Chiến lược phát triển "
     "thương mại điện tử quốc gia đến năm 2030;\n- Triển khai thực hiện Chiến lược phát triển thương mại điện tử quốc gia đến năm 2030.", True),
    # ... while what it approves itself is known by it, whatever the plans named before
    ("Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ về ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15 phê duyệt "
     "chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030;\n"
     "- Tổ chức thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 hiệu quả.", False),
    # s27a: the approved name's head, the mention running on into whom it is for ("cho trẻ …"); not another programme that
    # opens with the same words
    ("Căn cứ Quyết định số 1340/QĐ-TTg ngày 08/7/2016 của Thủ tướng Chính phủ phê duyệt Chương trình Sữa học đường cải thiện "
     "tình trạng dinh dưỡng góp phần nâng cao tầm vóc trẻ em mẫu giáo và học sinh tiểu học;\n"
     "- Triển khai Chương trình Sữa học đường cho trẻ mầm non, học sinh tiểu học trên địa bàn xã.", False),
    ("Căn cứ Quyết định số 12/QĐ-TTg ngày 08/7/2016 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng "
     "nông thôn mới;\n- Bố trí vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững cho trẻ em vùng khó khăn.", True),
    # s33c: the approved name by its generic head alone, no place, no period and nothing of its own after it ("Quy hoạch tỉnh"
    # for "Quy hoạch tỉnh Tuyên Quang thời kỳ …"; "vốn Chương trình mục tiêu quốc gia 74 tỷ đồng" where one such programme is
    # approved); not a head that goes on with a place of its own ("Quy hoạch tỉnh Hà Giang …")
    ("Căn cứ Quyết định số 325/QĐ-TTg ngày 30/3/2024 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Tuyên Quang thời kỳ "
     "2021 - 2030, tầm nhìn đến năm 2050;\n- Cụ thể hóa mục tiêu của Quy hoạch tỉnh thành nhiệm vụ, giải pháp theo từng giai đoạn;\n"
     "- Rà soát quy hoạch đô thị phù hợp với Quy hoạch tỉnh, hoàn thành trước ngày 30/6/2026.", False),
    ("Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển "
     "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;\n"
     "Tổng kinh phí 186 tỷ đồng, trong đó ngân sách tỉnh 62 tỷ đồng, vốn Chương trình mục tiêu quốc gia 74 tỷ đồng, vốn "
     "doanh nghiệp, hợp tác xã và nhân dân 50 tỷ đồng.", False),
    ("Căn cứ Quyết định số 325/QĐ-TTg ngày 30/3/2024 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Tuyên Quang thời kỳ "
     "2021 - 2030, tầm nhìn đến năm 2050;\n- Kết nối hạ tầng phù hợp với Quy hoạch tỉnh Hà Giang thời kỳ 2021 - 2030.", True),
])
def test_a_document_approved_is_the_one_the_verb_governs(text, named):
    assert any(r.code is None for r in extract_legal_refs(text)) == named


# A document named with its title and then "ban hành kèm theo" a cited document is known by that document
# (one reference: the decision), or is part of the document itself ("… kèm theo Quyết định này": none).
@pytest.mark.parametrize("text, codes, titled", [
    ("Triển khai Đề án phát triển du lịch cộng đồng ban hành kèm theo Quyết định số 789/QĐ-UBND ngày 01/4/2025 của UBND tỉnh.",
     ["789/QĐ-UBND"], []),
    ("thực hiện Quy chế phối hợp ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 01/4/2025 của UBND tỉnh.", ["12/2025/QĐ-UBND"], []),
    ("thực hiện Chiến lược phát triển ngành, được ban hành kèm theo Quyết định số 12/QĐ-TTg ngày 01/4/2025.", ["12/QĐ-TTg"], []),
    ("thực hiện Quy chế làm việc ban hành kèm theo Quyết định này.", [], []),
    # s29d: the rest of its name after "của" between ("Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo …")
    ("Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị;",
     ["23-QĐ/TW"], []),
    # negatives: a titled document cited on its own stays, its title whole; its issuer after "của" is no part of the name
    ("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XXI;", [], ["làm việc"]),
    ("thực hiện Quy chế phối hợp giữa các sở trong công tác quản lý thị trường theo quy định.", [], ["phối hợp giữa các sở trong công tác quản lý thị trường"]),
])
def test_a_document_issued_with_a_cited_one_is_known_by_it(text, codes, titled):
    refs = extract_legal_refs(text)
    assert [r.code for r in refs if r.code] == codes
    assert [r.title for r in refs if not r.code] == titled


# A numbered document whose subject amends others ("Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của Luật
# Chứng khoán, Luật Kế toán …") is one reference: the laws it amends are not cited unless cited on their own.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập;",
     [("56/2024/QH15", None)]),
    ("Căn cứ Luật số 90/2025/QH15 ngày 25 tháng 6 năm 2025 sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư;",
     [("90/2025/QH15", None)]),
    # negatives: a law cited on its own before stays; a numbered decree the subject names is still a reference
    ("Căn cứ Luật Chứng khoán ngày 26 tháng 11 năm 2019; Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của Luật Chứng khoán;",
     [(None, "Chứng khoán"), ("56/2024/QH15", None)]),
    ("Căn cứ Nghị định số 08/2025/NĐ-CP ngày 09/01/2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 100/2019/NĐ-CP;",
     [("08/2025/NĐ-CP", None), ("100/2019/NĐ-CP", None)]),
])
def test_the_documents_an_amending_one_amends_are_not_cited_by_it(text, found):
    assert [(r.code, r.title) for r in extract_legal_refs(text)] == found

# The laws an amending law amends, over semicolons, are named alone (s24d); a law with its own number after a semicolon is
# another citation, not part of the subject (rev7).
@pytest.mark.parametrize("text, subject", [
    ("Căn cứ Luật số 90/2025/QH15 sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Hải quan; Luật Đầu tư công;",
     "sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Hải quan; Luật Đầu tư công"),
    ("Căn cứ Luật số 90/2025/QH15 sửa đổi, bổ sung một số điều của Luật Đấu thầu; Luật Đất đai số 31/2024/QH15;",
     "sửa đổi, bổ sung một số điều của Luật Đấu thầu"),
])
def test_the_subject_of_an_amending_law_lists_only_the_laws_it_amends(text, subject):
    assert extract_legal_refs(text)[0].subject == subject



# An ordinance (Pháp lệnh, Luật Ban hành văn bản quy phạm pháp luật) is cited by its name as a law is; a code typed
# "Bộ Luật" is a Bộ luật.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;",
     [("Pháp lệnh", "Ưu đãi người có công với cách mạng", "2020-12-09")]),
    ("thực hiện theo Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn.", [("Pháp lệnh", "Thực hiện dân chủ ở xã, phường, thị trấn", None)]),
    ("theo quy định của Bộ Luật Hình sự năm 2015.", [("Bộ luật", "Hình sự", "2015")]),
    ("Căn cứ Bộ Luật Lao động ngày 20 tháng 11 năm 2019;", [("Bộ luật", "Lao động", "2019-11-20")]),
    # negatives: no name after the type word
    ("Các quy định của pháp lệnh này được áp dụng.", []),
    ("thực hiện đúng Pháp lệnh này.", []),
])
def test_an_ordinance_by_its_name_and_a_code_typed_with_a_capital(text, found):
    assert [(r.doc_type, r.title, r.date) for r in extract_legal_refs(text)] == found


# "Luật X (sửa đổi)" is a law still to be passed, unless its year, date or number follows: then it is the passed law.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Đất đai (sửa đổi) năm 2024;", [(None, "Đất đai", "2024")]),
    ("Căn cứ Luật Đất đai (sửa đổi) ngày 18 tháng 01 năm 2024;", [(None, "Đất đai", "2024-01-18")]),
    ("thực hiện Luật Đất đai (sửa đổi) số 31/2024/QH15;", [("31/2024/QH15", "Đất đai", None)]),
    # negative: still to be passed
    ("Sở Tư pháp tham gia góp ý dự thảo Luật Đất đai (sửa đổi) theo yêu cầu.", []),
    ("đề nghị sớm ban hành Luật Năng lượng nguyên tử (sửa đổi).", []),
])
def test_a_revised_law_with_its_year_date_or_number_is_passed(text, found):
    assert [(r.code, r.title, r.date) for r in extract_legal_refs(text)] == found


# A bill ("dự án Luật …", "dự án Pháp lệnh sửa đổi, bổ sung …") is a law still to be passed: no reference, nor the
# law it would amend; an amending ordinance is one reference, as an amending law is; ", trình …" ends a name.
@pytest.mark.parametrize("text, found", [
    ("Chính phủ thống nhất với dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường do Bộ Công an trình.", []),
    ("Bộ Nội vụ hoàn thiện hồ sơ dự án Luật Viên chức trình Quốc hội.", []),
    ("góp ý dự án Luật sửa đổi, bổ sung một số điều của 15 luật trong lĩnh vực nông nghiệp và môi trường.", []),
    ("Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng ngày 10 tháng 12 năm 2024;",
     [("Pháp lệnh", "sửa đổi, bổ sung một số điều của Pháp lệnh Ưu đãi người có công với cách mạng", "2024-12-10")]),
    # negatives: passed laws cited, the name ending before ", trình"
    ("Thực hiện Luật Viên chức, trình cấp có thẩm quyền xem xét.", [("Luật", "Viên chức", None)]),
    ("Căn cứ Luật sửa đổi Luật Đất đai ngày 29 tháng 11 năm 2024;", [("Luật", "sửa đổi Luật Đất đai", "2024-11-29")]),
    ("thực hiện theo Đề án vị trí việc làm, cơ cấu ngạch công chức và phẩm chất, trình độ, năng lực của Sở Nội vụ.",
     [("Đề án", "vị trí việc làm, cơ cấu ngạch công chức và phẩm chất, trình độ, năng lực", None)]),  # "trình độ" is a noun
])
def test_bills_and_amending_ordinances(text, found):
    assert [(r.doc_type, r.title, r.date) for r in extract_legal_refs(text)] == found


# A national standard adopting an international one keeps its prefix in its code ("TCVN ISO 9001:2015").
@pytest.mark.parametrize("text, codes", [
    ("Áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.", ["TCVN ISO 9001:2015"]),
    ("bảo đảm an toàn thông tin theo TCVN ISO/IEC 27001:2019.", ["TCVN ISO/IEC 27001:2019"]),
    # negatives: an international standard alone is no Vietnamese standard; a plain TCVN as before
    ("Doanh nghiệp được cấp chứng nhận ISO 9001:2015.", []),
    ("Kết cấu bê tông theo TCVN 5574:2018.", ["TCVN 5574:2018"]),
])
def test_a_standard_adopting_an_international_one(text, codes):
    assert [r.code for r in extract_legal_refs(text)] == codes


# A law's name with capitals after a comma or "và" runs on to the law's date or year, as it runs on to its number:
# "Luật Khoa học, Công nghệ và Đổi mới sáng tạo ngày 27 tháng 6 năm 2025", "Luật Địa chất và Khoáng sản năm 2024".
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Khoa học, Công nghệ và Đổi mới sáng tạo ngày 27 tháng 6 năm 2025;",
     [("Khoa học, Công nghệ và Đổi mới sáng tạo", "2025-06-27")]),
    ("Căn cứ Luật Địa chất và Khoáng sản ngày 29 tháng 11 năm 2024;", [("Địa chất và Khoáng sản", "2024-11-29")]),
    ("thực hiện theo Luật Địa chất và Khoáng sản năm 2024.", [("Địa chất và Khoáng sản", "2024")]),
    # negatives: another law, a body, a decree between the name and the date
    ("Căn cứ Luật Đất đai, Luật Nhà ở ngày 27/11/2023;", [("Đất đai", None), ("Nhà ở", "2023-11-27")]),
    ("theo Luật Tài nguyên nước, Sở Nông nghiệp và Môi trường ngày 12/3/2026 đã ban hành hướng dẫn.", [("Tài nguyên nước", None)]),
    ("theo Luật Đất đai và Nghị định số 102/2024/NĐ-CP ngày 30/7/2024.", [("Đất đai", None), (None, "2024-07-30")]),
    # a law's name ends before what is said of it ("… sát với thực tiễn"), not at a syllable of a name ("kiểm sát")
    ("bảo đảm thống nhất với Luật Phòng, chống ma túy sát với thực tiễn, có tính khả thi.", [("Phòng, chống ma túy", None)]),
    ("theo Luật Tổ chức Viện kiểm sát nhân dân năm 2014.", [("Tổ chức Viện kiểm sát nhân dân", "2014")]),
])
def test_a_law_name_with_capitals_runs_on_to_its_date(text, found):
    assert [(r.title, r.date) for r in extract_legal_refs(text)] == found


# A code in an upper-case heading is written in its canonical case ("QĐ-TTG" → "QĐ-TTg", "CTR/TU" → "CTr/TU").
@pytest.mark.parametrize("text, code", [
    ("THỰC HIỆN QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 06/01/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ", "06/QĐ-TTg"),
    ("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH SỐ 12-CTR/TU CỦA TỈNH ỦY", "12-CTr/TU"),
    ("TRIỂN KHAI CHỈ THỊ SỐ 15/CT-TTG NGÀY 10/5/2025", "15/CT-TTg"),
    # negatives: codes already in their case, and all-capital symbols, stay as written
    ("theo Quyết định số 06/QĐ-TTg ngày 06/01/2022", "06/QĐ-TTg"),
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 12/NQ-HĐND NGÀY 10/7/2025", "12/NQ-HĐND"),
])
def test_a_code_in_an_upper_case_heading_is_in_its_canonical_case(text, code):
    assert [r.code for r in extract_legal_refs("Căn cứ pháp lý:\n" + text)] == [code]


# A form or annex by its number ("theo Mẫu số 02/BC-SNV", "Biểu số 01/KH-NS", "mẫu số 03/TNDN") is part of a
# document, not a document cited; the document whose annex it is stays one.
@pytest.mark.parametrize("text, codes", [
    ("Các đơn vị báo cáo theo Mẫu số 02/BC-SNV kèm theo Kế hoạch này.", []),
    ("Tổng hợp số liệu theo Biểu số 01/KH-NS.", []),
    ("Kê khai thuế TNDN theo mẫu số 03/TNDN.", []),
    ("Văn bản đề nghị theo biểu mẫu số 01/MGTH.", []),
    # negatives: the document an annex belongs to
    ("theo Mẫu số 01b tại Phụ lục Nghị định 99/2022/NĐ-CP của Chính phủ.", ["99/2022/NĐ-CP"]),
    ("quy định tại Phụ lục Thông tư số 07/2025/TT-BKHCN.", ["07/2025/TT-BKHCN"]),
])
def test_a_form_by_its_number_is_not_a_document(text, codes):
    assert [r.code for r in extract_legal_refs(text)] == codes


# An issuer whose name holds a comma (from issuers.tsv: "Bộ Văn hóa, Thể thao và Du lịch", and its provincial Sở) is
# read whole; a comma after any other issuer still ends it.
@pytest.mark.parametrize("text, issuer", [
    ("Thực hiện Kế hoạch số 12/KH-SVHTTDL ngày 10/3/2025 của Sở Văn hóa, Thể thao và Du lịch về tổ chức giải chạy,",
     "Sở Văn hóa, Thể thao và Du lịch"),
    ("Căn cứ Thông tư số 05/2025/TT-BVHTTDL ngày 10/3/2025 của Bộ trưởng Bộ Văn hoá, Thể thao và Du lịch;",
     "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    # negative: a comma after another issuer
    ("Căn cứ Quyết định số 123/QĐ-UBND ngày 10/3/2025 của UBND tỉnh, Sở Nội vụ ban hành Kế hoạch.", "UBND tỉnh"),
])
def test_an_issuer_whose_name_holds_a_comma(text, issuer):
    assert [r.issuer for r in extract_legal_refs(text)] == [issuer]


# A citation's date may follow its number in parentheses ("số 1234/QĐ-UBND (ngày 15/5/2025)").
@pytest.mark.parametrize("text, date", [
    ("Căn cứ Quyết định số 1234/QĐ-UBND (ngày 15/5/2025) của UBND tỉnh;", "2025-05-15"),
    ("theo Kế hoạch số 12/KH-UBND (ngày 10 tháng 3 năm 2026), các sở triển khai.", "2026-03-10"),
    # negative: a deadline in parentheses after a citation is not its date
    ("theo Quyết định số 12/QĐ-UBND (hoàn thành trước ngày 30/6/2026).", None),
])
def test_a_citation_date_in_parentheses(text, date):
    assert [r.date for r in extract_legal_refs(text)] == [date]


# A law's name wrapped to the next line with no punctuation, up to the date or number that ends the citation's line.
@pytest.mark.parametrize("text, title", [
    ("Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025;\n", "Tổ chức Chính phủ"),
    ("Căn cứ Luật Tổ chức\nChính quyền địa phương ngày 16 tháng 6 năm 2025;\n", "Tổ chức Chính quyền địa phương"),
    ("Căn cứ Luật Tổ chức\nQuốc hội số 57/2014/QH13;\n", "Tổ chức Quốc hội"),
    # negatives: the next line is a clause of its own
    ("Căn cứ Luật Đất đai\nSở Tài nguyên và Môi trường chủ trì rà soát, hoàn thành ngày 30/6/2026.\n", "Đất đai"),
    ("Thực hiện Luật Đầu tư công\nỦy ban nhân dân tỉnh giao ngày 15/3/2025 kế hoạch vốn.\n", "Đầu tư công"),
])
def test_a_law_name_wrapped_at_a_line_break_is_one_name(text, title):
    assert [r.title for r in extract_legal_refs(text) if r.doc_type == "Luật"][0] == title


def test_a_wrapped_law_name_gives_no_body():
    assert [b.name_canonical for b in extract_bodies("Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025;\n")] == []

# A scheme, strategy or programme named in a cited document's subject: its own reference (relation `mentions`) when the
# citation is only about it; known by the citation when the citation approves, issues or (a resolution) adopts it.
@pytest.mark.parametrize("text, named", [
    ("Căn cứ Quyết định số 178/QĐ-TTg ngày 28 tháng 01 năm 2016 của Thủ tướng Chính phủ về ban hành Kế hoạch triển khai Thông báo "
     "kết luận số 196-TB/TW ngày 16 tháng 3 năm 2015 của Ban Bí thư về Đề án “Tăng cường sự lãnh đạo của Đảng đối với công tác "
     "bình đẳng giới”;", [("Đề án", "Tăng cường sự lãnh đạo của Đảng đối với công tác bình đẳng giới")]),
    ("Thực hiện Thông báo số 552/TB-VPCP ngày 13 tháng 10 năm 2025 của Văn phòng Chính phủ Kết luận Phiên họp lần thứ tư của Ban "
     "Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06.", [("Đề án", "06")]),
    ("Căn cứ Thông tư số 10/2022/TT-BLĐTBXH ngày 31 tháng 5 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn "
     "giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025;",
     [("Chương trình", "mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025")]),
    # negatives: what the citation approves, issues or adopts is known by it
    ("Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển kinh tế số "
     "và xã hội số đến năm 2025, định hướng đến năm 2030;", []),
    ("Quyết định số 553/QĐ-TTg ngày 06/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Nâng cao nhận thức cộng đồng và Quản lý "
     "rủi ro thiên tai dựa vào cộng đồng, đến năm 2030”;", []),
    ("Kế hoạch của Ủy ban nhân dân tỉnh về thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ về Chiến lược phát triển "
     "bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045.", []),
    # negative: "về" outside a citation's subject is no cue
    ("Rà soát các khó khăn, vướng mắc, bất cập về Quy hoạch khoáng sản nhóm I, II trên địa bàn tỉnh.", []),
    # negative: named again with the period of a plan that carries it out, the approved strategy is still its decision's
    ("Căn cứ Quyết định số 2238/QĐ-TTg ngày 30 tháng 12 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển gia đình "
     "Việt Nam đến năm 2030;\n1.1. Tham mưu ban hành Kế hoạch thực hiện Chiến lược phát triển gia đình Việt Nam giai đoạn 2026 - 2030.", []),
    # ... but another strategy named beside it is cited on its own
    ("Căn cứ Quyết định số 2238/QĐ-TTg ngày 30 tháng 12 năm 2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển gia đình "
     "Việt Nam đến năm 2030;\n- Lồng ghép các nhiệm vụ của Chiến lược phát triển văn hóa đến năm 2030.", [("Chiến lược", "phát triển văn hóa đến năm 2030")]),
])
def test_a_document_a_citation_is_about_is_cited(text, named):
    refs = [r for r in extract_legal_refs(text) if not r.code and r.doc_type in ("Đề án", "Chiến lược", "Chương trình", "Quy hoạch")]
    assert [(r.doc_type, r.title) for r in refs] == named
    assert all(r.relation == "mentions" for r in refs)


@pytest.mark.parametrize("text, codes", [
    ("- Tập trung đầu tư các trạm quan trắc theo Quy hoạch tổng thể quan trắc môi trường quốc gia giai đoạn 2021 - 2030 được "
     "phê duyệt tại Quyết định số 224/QĐ-TTg ngày 07 tháng 3 năm 2024 của Thủ tướng Chính phủ;", ["224/QĐ-TTg"]),
    ("- Rà soát các bất cập về Quy hoạch thăm dò, khai thác và sử dụng khoáng sản làm vật liệu xây dựng đã được Thủ tướng Chính phủ "
     "phê duyệt tại Quyết định số 1626/QĐ-TTg ngày 15/12/2023.", ["1626/QĐ-TTg"]),
])
def test_a_document_approved_in_a_cited_one_is_known_by_it(text, codes):
    assert [r.code for r in extract_legal_refs(text)] == codes


# relation: every citation of a "Căn cứ …; …" / "Thực hiện …; …" list is a basis, over ";", "và", wrapped lines and a
# tab-indented cue; a citation in a task ("- Thực hiện rà soát … tại Quyết định số …"), and who proposed the document
# ("Theo đề nghị của … tại Tờ trình số …"), are mentions.
@pytest.mark.parametrize("text, relations", [
    ("Thực hiện Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử; Chỉ thị số 28/CT-TTg ngày 18/9/2025 "
     "của Thủ tướng Chính phủ về tổ chức cuộc bầu cử;\nHướng dẫn số 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ về khen thưởng.",
     {"46-CT/TW": "basis", "28/CT-TTg": "basis", "7886/HD-BNV": "basis"}),
    ("Căn cứ Nghị quyết số\n57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công\nnghệ; Nghị quyết số "
     "71/NQ-CP ngày 01/4/2025\ncủa Chính phủ và Kế hoạch số 283/KH-UBND ngày 24/9/2025 của Ủy ban nhân dân Tỉnh;",
     {"57-NQ/TW": "basis", "71/NQ-CP": "basis", "283/KH-UBND": "basis"}),
    ("\tCăn cứ Quyết định số 05/2025/QĐ-UBND ngày 01/7/2025 của Ủy ban nhân dân tỉnh về phân cấp;", {"05/2025/QĐ-UBND": "basis"}),
    # negatives: a task; the proposer after the list; a second paragraph of tasks
    ("- Thực hiện rà soát các khó khăn, vướng mắc về quy hoạch đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 866/QĐ-TTg "
     "ngày 18/7/2023.", {"866/QĐ-TTg": "mentions"}),
    ("Căn cứ Luật Xây dựng số 50/2014/QH13;\nTheo đề nghị của Chủ tịch Ủy ban nhân dân thành phố tại Tờ trình số 333/TTr-UBND "
     "ngày 29/10/2024; ý kiến của Sở Xây dựng tại Văn bản số 3581/SXD-PTĐT ngày 01/11/2024.",
     {"50/2014/QH13": "basis", "333/TTr-UBND": "mentions", "3581/SXD-PTĐT": "mentions"}),
    ("Căn cứ Nghị định số 45/2025/NĐ-CP của Chính phủ.\n\nI. MỤC ĐÍCH\n- Thực hiện theo quy định tại Điều 5 Thông tư số "
     "01/2025/TT-BNV của Bộ Nội vụ.", {"45/2025/NĐ-CP": "basis", "01/2025/TT-BNV": "mentions"}),
])
def test_every_citation_of_a_basis_list_is_a_basis(text, relations):
    assert {r.code: r.relation for r in extract_legal_refs(text) if r.code} == relations


# Not references: an item of a list of things that are not citations (a dossier: "Giấy chứng nhận …; Phương án nổ mìn, …"),
# a task after ";" ("…; Hướng dẫn công tác bồi thường …"); a title ends before "và gửi / và báo cáo …" (what is done with it).
@pytest.mark.parametrize("text, found", [
    ("Hồ sơ gồm: Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp của những người có liên quan; Phương án nổ "
     "mìn, hộ chiếu nổ mìn, sổ xuất nhập vật liệu nổ; Báo cáo đánh giá rủi ro.", []),
    ("b) Chủ trì lập, trình Ủy ban nhân dân tỉnh phê duyệt quy hoạch, kế hoạch sử dụng đất theo thẩm quyền; Hướng dẫn công tác "
     "bồi thường giải phóng mặt bằng để xây dựng khu xử lý chất thải theo quy định.", []),
    ("Căn cứ Quyết định số 650/QĐ-LĐTBXH ngày 21/7/2022 phê duyệt Kế hoạch truyền thông về Chương trình mục tiêu quốc gia giảm "
     "nghèo bền vững;\n- Tổng hợp, báo cáo tình hình thực hiện Kế hoạch truyền thông về Chương trình và gửi về Sở Nông nghiệp.",
     [("Quyết định", "650/QĐ-LĐTBXH"), ("Chương trình", None)]),
    # negatives: an item after a citation in a list of citations is cited; a title with "và" in its name keeps it
    ("Thực hiện Nghị quyết số 09-NQ/TU ngày 01/3/2025 của Tỉnh ủy; Kế hoạch phát triển kinh tế - xã hội huyện giai đoạn 2021-2025.",
     [("Nghị quyết", "09-NQ/TU"), ("Kế hoạch", None)]),
    ("Căn cứ Luật Đất đai; Quy định về quản lý và sử dụng đất công của Ủy ban nhân dân tỉnh.",
     [("Luật", None), ("Quy định", None)]),
])
def test_a_list_of_things_is_not_a_list_of_citations(text, found):
    assert [(r.doc_type, r.code) for r in extract_legal_refs(text)] == found


# A date after the last of a list of numbers of one type is each one's; ";" closes an item, and a repeated type word,
# or a year before the one the number carries, keeps the dates apart.
@pytest.mark.parametrize("text, dates", [
    ("Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025;",
     {"007/CĐ-UBND": "2025-11-17", "008/CĐ-UBND": "2025-11-19", "009/CĐ-UBND": "2025-11-19"}),
    ("tiếp theo các Công điện số 217/CĐ-TTg,\n218/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025, Thủ tướng Chính phủ yêu cầu",
     {"217/CĐ-TTg": "2025-11-19", "218/CĐ-TTg": "2025-11-19", "222/CĐ-TTg": "2025-11-19"}),
    # negatives
    ("Nghị quyết số 12/NQ-HĐND và Nghị quyết số 13/NQ-HĐND ngày 10/7/2025 của HĐND tỉnh", {"12/NQ-HĐND": None, "13/NQ-HĐND": "2025-07-10"}),
    ("được sửa đổi bởi Nghị định số 227/2025/NĐ-CP; số 58/2024/NĐ-CP ngày 24/5/2024 về lâm nghiệp;",
     {"227/2025/NĐ-CP": None, "58/2024/NĐ-CP": "2024-05-24"}),
])
def test_a_list_of_numbers_shares_its_date(text, dates):
    assert {r.code: r.date for r in extract_legal_refs(text)} == dates


# A law on how bodies are organised names them: its name runs on over "và" to its date.
@pytest.mark.parametrize("text, title, date", [
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;",
     "Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân", "2003-11-26"),
    ("Căn cứ Luật Tổ chức Tòa án nhân dân và Viện kiểm sát nhân dân ngày 02/4/2002;",
     "Tổ chức Tòa án nhân dân và Viện kiểm sát nhân dân", "2002-04-02"),
    # negative: a body after another law's name is not part of it
    ("thực hiện theo Luật Đất đai và Ủy ban nhân dân tỉnh ngày 05/3/2025 đã ban hành quy định", "Đất đai", None),
])
def test_a_law_on_organising_bodies_names_them(text, title, date):
    [ref] = extract_legal_refs(text)
    assert (ref.title, ref.date) == (title, date)


# An issuer whose name is complete (a central body, a ministry or a department by its sector, a committee or council at its
# level, a Party committee) ends there: what follows in the same run of words is a clause; a minister heading an agency of
# ministerial rank is named by both titles.
@pytest.mark.parametrize("text, issuer", [
    ("Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về nghiệp vụ;",
     "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
    ("Căn cứ Thông tư số 01/2022/TT-UBDT ngày 20/02/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc quy định quy trình giám sát;",
     "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"),
    ("Căn cứ Nghị định số 47/2019/NĐ-CP của Chính phủ quản lý nhà nước về văn hóa cơ sở;", "Chính phủ"),
    ("Thực hiện Nghị quyết số 98/2023/QH15 ngày 24/6/2023 của Quốc hội thí điểm một số cơ chế, chính sách đặc thù,", "Quốc hội"),
    ("Quyết định số 1548/QĐ-UBND ngày 13/5/2025 của Ủy ban nhân dân tỉnh bãi bỏ một phần nội dung.", "Ủy ban nhân dân tỉnh"),
    ("Thực hiện Chỉ thị số 20-CT/TU ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy phù hợp với tình hình thực tế,", "Ban Thường vụ Tỉnh ủy"),
    ("Theo Thông tư số 12/2025/TT-BTC ngày 10/3/2025 của Bộ Tài chính nêu trên, các đơn vị lập dự toán.", "Bộ Tài chính"),
    ("Căn cứ Quyết định số 4347/QĐ-BVHTTDL ngày 14/11/2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch công khai trên Cổng;",
     "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    ("Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị trên địa bàn tỉnh;", "Bộ Chính trị"),
    ("Căn cứ Quyết định số 30/QĐ-STP của Giám đốc Sở Tư pháp thẩm định hồ sơ;", "Giám đốc Sở Tư pháp"),
    # negatives: the whole name is kept (a place's proper name, a term, a level, a joint issuer)
    ("Căn cứ Nghị quyết số 25/2024/NQ-HĐND ngày 10/12/2024 của HĐND huyện Đức Trọng khóa XII, kỳ họp thứ 9;", "HĐND huyện Đức Trọng khóa XII"),
    ("Thực hiện Nghị quyết số 05-NQ/ĐU ngày 10/01/2025 của Đảng ủy xã,", "Đảng ủy xã"),
    ("Căn cứ Quyết định số 1234/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu;", "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
    ("Căn cứ Kế hoạch số 52/KH-LT ngày 14/8/2012 của UBND và UB MTTQ Thành phố về xóa nhà tạm;", "UBND và UB MTTQ Thành phố"),
    ("Căn cứ Quyết định số 2217/QĐ-SCT ngày 14/4/2026 của Giám đốc Sở Công Thương tỉnh Yên Bái về việc kiểm tra;",
     "Giám đốc Sở Công Thương tỉnh Yên Bái"),
    ("Căn cứ Thông tư liên tịch số 06/2016/TTLT-BYT-BTC ngày 10/3/2016 của Bộ Y tế - Bộ Tài chính về giá dịch vụ;", "Bộ Y tế - Bộ Tài chính"),
])
def test_a_complete_issuer_ends_before_the_clause(text, issuer):
    assert extract_legal_refs(text)[0].issuer == issuer


# A subject written with a capital straight after a complete issuer, with no "về", is the subject.
@pytest.mark.parametrize("text, subject", [
    ("Thực hiện Thông báo số 552/TB-VPCP ngày 13/10/2025 của Văn phòng Chính phủ Kết luận Phiên họp lần thứ tư của Ban Chỉ đạo;",
     "Kết luận Phiên họp lần thứ tư của Ban Chỉ đạo"),
    ("Căn cứ Nghị định số 64/2007/NĐ-CP của Chính phủ Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước;",
     "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước"),
    ("Căn cứ Nghị định số 39/2010/NĐ-CP ngày 07/4/2010 của Chính phủ Về quản lý không gian xây dựng ngầm;", "quản lý không gian xây dựng ngầm"),
    # a word typed after the issuer does not hide the subject that follows
    ("Căn cứ Nghị định số 92/2017/NĐ-CP của Chính phủ vể việc sửa đổi, bổ sung một số điều của các Nghị định;",
     "sửa đổi, bổ sung một số điều của các Nghị định"),
    # negatives: a lower-case clause after the issuer, a capital after a line break (a wrapped name)
    ("Thông tư số 49/2025/TT-BTC ngày 09/9/2025 của Bộ trưởng Bộ Công\nThương;", None),
    ("Theo Thông tư số 12/2025/TT-BTC ngày 10/3/2025 của Bộ Tài chính nêu trên, các đơn vị lập dự toán.", None),
])
def test_a_capitalised_subject_after_the_issuer(text, subject):
    assert extract_legal_refs(text)[0].subject == subject


# What a cited document does not yet issue is not known by it: "… trong thời gian chưa ban hành Luật Quy hoạch (sửa đổi)".
def test_a_document_not_yet_issued_is_not_known_by_the_citation():
    text = ("Căn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;\nCăn cứ Nghị quyết số 66.2/2025/NQ-CP ngày 28/8/2025 của Chính phủ "
            "Quy định xử lý khó khăn về điều chỉnh quy hoạch trong thời gian chưa ban hành Luật Quy hoạch (sửa đổi);")
    assert [(r.doc_type, r.title) for r in extract_legal_refs(text) if not r.code] == [("Luật", "Quy hoạch")]


# A Party document's number typed in the state shape ("27/NQ- TW") is the Party code; a state symbol is kept.
@pytest.mark.parametrize("text, code", [
    ("Căn cứ Nghị quyết số 27/NQ- TW ngày 09/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII;", "27-NQ/TW"),
    ("Thực hiện Quy định số 128/QĐ-TW ngày 14/12/2023 của Ban Bí thư,", "128-QĐ/TW"),
    ("Thực hiện Kế hoạch số 15/KH-TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy,", "15-KH/TU"),
    # negatives: state symbols
    ("Thực hiện Kế hoạch số 15/KH-UBND ngày 10/3/2025 của UBND tỉnh,", "15/KH-UBND"),
    ("Căn cứ Thông tư số 01/2025/TT-BTC;", "01/2025/TT-BTC"),
])
def test_a_party_number_in_the_state_shape(text, code):
    assert extract_legal_refs(text)[0].code == code


# A symbol glued to the date's "ngày" by a lost space ends before it.
@pytest.mark.parametrize("text, code, date", [
    ("Căn cứ Nghị định số 115/2021/NĐ-CPngày 16/12/2021 của Chính phủ;", "115/2021/NĐ-CP", "2021-12-16"),
    ("Thực hiện Đề án số 381/ĐA-CPngày 05/3/2024;", "381/ĐA-CP", "2024-03-05"),
    # negative: a symbol part that only starts with those letters
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025;", "12/QĐ-UBND", "2025-01-05"),
])
def test_a_symbol_glued_to_its_date(text, code, date):
    [ref] = extract_legal_refs(text)
    assert (ref.code, ref.date) == (code, date)


# What a basis is about is not itself the basis: a document cited by number in a basis's subject is a mention.
@pytest.mark.parametrize("text, relations", [
    ("Căn cứ Kế hoạch số 328-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy về việc thực hiện Nghị quyết số 57-NQ/TW;",
     {"328-KH/TU": "basis", "57-NQ/TW": "mentions"}),
    ("Thực hiện Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số 18-NQ/TW,",
     {"121-KL/TW": "basis", "18-NQ/TW": "mentions"}),
    # negatives: the document that amended the cited one is cited with it; each item of a list of bases is a basis
    ("Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ Ban hành chương trình hành động được sửa đổi, bổ sung cập nhật "
     "một số điều tại Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;", {"03/NQ-CP": "basis", "71/NQ-CP": "basis"}),
    ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, Nghị quyết số 03/NQ-CP "
     "ngày 09/01/2025 của Chính phủ;", {"57-NQ/TW": "basis", "03/NQ-CP": "basis"}),
])
def test_a_document_a_basis_is_about_is_mentioned(text, relations):
    assert {r.code: r.relation for r in extract_legal_refs(text)} == relations


@pytest.mark.parametrize("text, doc_type", [
    ("Thực hiện CV số 456/UBND-VP ngày 10/4/2025 của UBND huyện,", "Công văn"),
    ("theo CV số 12/SYT-NVY của Sở Y tế", "Công văn"),
    # negative: no letter word, no type
    ("Thực hiện số 456/UBND-VP ngày 10/4/2025 của UBND huyện,", None),
])
def test_a_letter_by_its_abbreviation(text, doc_type):
    assert extract_legal_refs(text)[0].doc_type == doc_type


# A law's name may hold "của" and go on in lower case up to its date, year or number; a school of law is no law.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Phòng, chống tác hại của rượu, bia ngày 14 tháng 6 năm 2019;", [("Phòng, chống tác hại của rượu, bia", "2019-06-14")]),
    ("Căn cứ Luật Xuất cảnh, nhập cảnh của công dân Việt Nam năm 2019;", [("Xuất cảnh, nhập cảnh của công dân Việt Nam", "2019")]),
    # negatives: whose law it is, an issuer, a school
    ("thực hiện Luật Đất đai của tỉnh năm 2024", [("Đất đai", None)]),
    ("theo quy định của Luật Đất đai của Quốc hội ngày 18/01/2024", [("Đất đai", None)]),
    ("Hiệu trưởng Trường Đại học Luật Hà Nội quyết định cử viên chức đi đào tạo.", []),
])
def test_a_law_name_that_holds_cua(text, found):
    assert [(r.title, r.date) for r in extract_legal_refs(text) if r.doc_type == "Luật"] == found


# "V/v" (về việc) ends the issuer and opens the subject, as letters abbreviate it.
@pytest.mark.parametrize("text, issuer, subject", [
    ("Thực hiện Văn bản số 1234/UBND-VX ngày 10/3/2026 của UBND tỉnh V/v triển khai Tháng hành động vì trẻ em;", "UBND tỉnh",
     "triển khai Tháng hành động vì trẻ em"),
    ("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/5/2025 của UBND huyện Lâm Hà v/v phê duyệt kế hoạch;", "UBND huyện Lâm Hà", "phê duyệt kế hoạch"),
    # negative: a symbol's slash is no "V/v"
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh về phê duyệt kế hoạch;", "UBND tỉnh", "phê duyệt kế hoạch"),
])
def test_vv_opens_the_subject(text, issuer, subject):
    [ref] = extract_legal_refs(text)
    assert (ref.issuer, ref.subject) == (issuer, subject)


# The national congress cited by its number alone is known by its formal name.
@pytest.mark.parametrize("text, title", [
    ("Thực hiện Nghị quyết Đại hội XIV của Đảng, Đảng bộ tỉnh xây dựng chương trình hành động.",
     "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
    ("quán triệt Nghị quyết Đại hội Đảng toàn quốc XIII đến cán bộ, đảng viên;", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
    ("Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030;",
     "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030"),
])
def test_the_national_congress_by_its_number(text, title):
    assert [r.title for r in extract_legal_refs(text) if r.doc_type == "Nghị quyết"] == [title]


@pytest.mark.parametrize("text", ["Nghị quyết Đại hội I nhiệm kỳ mới", "tổ chức Đại hội XIV của Hội Nông dân"])
def test_not_the_national_congress(text):
    assert extract_legal_refs(text) == []


# A name ends before ", (tôi) đề nghị …": what is asked, not the name.
@pytest.mark.parametrize("text, title", [
    ("hướng dẫn thi hành Luật Di sản văn hóa, tôi trân trọng đề nghị Sở Văn hóa xem xét", "Di sản văn hóa"),
    ("theo quy định của Luật Đất đai, đề nghị UBND xã kiểm tra", "Đất đai"),
    # negative: a name with a comma
    ("theo quy định của Luật Thi đua, khen thưởng", "Thi đua, khen thưởng"),
])
def test_a_name_ends_before_a_request(text, title):
    assert [r.title for r in extract_legal_refs(text)] == [title]


# The document's own subject ("Số: 9472/VPCP-NN⏎V/v triển khai Kết luận của …") names what it cites.
def test_the_documents_own_subject_names_what_it_cites():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 9472/VPCP-NN\nV/v triển khai Kết luận của Ủy ban Thường vụ Quốc hội về dự án hồ chứa nước miền Trung\n"
            "Hà Nội, ngày 12 tháng 9 năm 2025\n")
    assert [(r.doc_type, r.issuer) for r in extract_legal_refs(text)] == [("Kết luận", "Ủy ban Thường vụ Quốc hội")]


# A law's name is a noun phrase: a verb or a clause about a person or a case after it ends it (an article of a law is followed
# by what it provides); names that hold such a word are kept whole.
@pytest.mark.parametrize("text, title", [
    ("theo khoản 5 Điều 72 Luật Đất đai không đồng thời với thời điểm thông qua danh mục", "Đất đai"),
    ("quy định tại Điều 67 của Luật Bảo hiểm xã hội đóng sau thời hạn đóng bảo hiểm xã hội", "Bảo hiểm xã hội"),
    ("quy định tại khoản 1 Điều 44 Luật Di sản văn hóa dự kiến lập hồ sơ đề nghị công nhận", "Di sản văn hóa"),
    ("theo quy định tại Điều 172 của Luật Đất đai và người sử dụng đất phải nộp tiền thuê đất", "Đất đai"),
    ("theo quy định của Luật Điện lực, phải chịu trách nhiệm tháo dỡ", "Điện lực"),
    ("giảm thu theo quy định của Luật Thuế giá trị gia tăng ước tăng thu khoảng 500 tỷ đồng", "Thuế giá trị gia tăng"),
    ("theo quy định của Luật Bảo hiểm xã hội thuộc trường hợp khác", "Bảo hiểm xã hội"),
    ("tại điểm a khoản 4 Điều 33 của Luật Bảo hiểm xã hội và số tiền bằng 0,03%/ngày", "Bảo hiểm xã hội"),
    # negatives: names that hold "ước", "không", "và" + a noun
    ("Căn cứ Luật Điều ước quốc tế ngày 09 tháng 4 năm 2016;", "Điều ước quốc tế"),
    ("Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;", "Hàng không dân dụng Việt Nam"),
    ("Căn cứ Luật Phòng không nhân dân ngày 20 tháng 6 năm 2024;", "Phòng không nhân dân"),
    ("Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;", "Hỗ trợ doanh nghiệp nhỏ và vừa"),
    ("Căn cứ Luật Quy hoạch đô thị và nông thôn ngày 26 tháng 11 năm 2024;", "Quy hoạch đô thị và nông thôn"),
])
def test_a_law_name_ends_before_a_clause(text, title):
    assert [r.title for r in extract_legal_refs(text)] == [title]


# A law cited whole with its date or number: a clause word on the way to them is in its name (the law's date is read);
# "bị" in a compound ("dự bị") is no passive. A date of the clause ("từ trước ngày …", "… ngày 5/5/2024 để …") does not count.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở ngày 28/11/2023;",
     [("Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "2023-11-28")]),
    ("Căn cứ Luật Quản lý, bảo vệ công trình quốc phòng và khu quân sự ngày 24 tháng 6 năm 2023 của Quốc hội;",
     [("Quản lý, bảo vệ công trình quốc phòng và khu quân sự", "2023-06-24")]),
    ("Căn cứ Luật Lực lượng dự bị động viên ngày 26 tháng 11 năm 2019;", [("Lực lượng dự bị động viên", "2019-11-26")]),
    ("thực hiện theo Luật Lực lượng dự bị động viên và các văn bản hướng dẫn", [("Lực lượng dự bị động viên", None)]),
    # negatives: the clause's own date
    ("người lao động đã đóng theo Luật Bảo hiểm xã hội từ trước ngày 01/7/2025 được giải quyết", [("Bảo hiểm xã hội", None)]),
    ("theo quy định của Luật Đất đai bị thu hồi ngày 05/5/2024 để thực hiện dự án", [("Đất đai", None)]),
])
def test_a_law_cited_with_its_date_keeps_its_whole_name(text, found):
    assert [(r.title, r.date) for r in extract_legal_refs(text)] == found


# A type and title that end in "này" name the document itself.
@pytest.mark.parametrize("text, found", [
    ("Văn phòng Sở chịu trách nhiệm theo dõi, tổng hợp kết quả thực hiện Kế hoạch kiểm tra này.", []),
    ("Các phòng tổ chức thực hiện theo Quy chế làm việc này và báo cáo Giám đốc Sở.", []),
    # negative: another document named with its issuer
    ("tổ chức thực hiện theo Kế hoạch kiểm tra chuyên ngành của UBND tỉnh.", [("Kế hoạch", "UBND tỉnh")]),
])
def test_a_title_ending_in_nay_is_the_document_itself(text, found):
    assert [(r.doc_type, r.issuer) for r in extract_legal_refs(text)] == found


# A document cited without a number by its name, its year and its issuer: the year is part of the name, the issuer is read.
@pytest.mark.parametrize("text, found", [
    ("- Theo Kế hoạch dự trữ hàng hóa phòng, chống thiên tai năm 2025 của Sở Công Thương. Nguồn hỗ trợ",
     [("dự trữ hàng hóa phòng, chống thiên tai năm 2025", "Sở Công Thương")]),
    ("thực hiện theo Kế hoạch cải thiện môi trường kinh doanh năm 2026 của UBND tỉnh;", [("cải thiện môi trường kinh doanh năm 2026", "UBND tỉnh")]),
    # negatives: no issuer after the year (the year is not read into the name); a kind of plan
    ("phải bám sát nội dung Kế hoạch tổ chức thi đua năm 2025. Tổ chức", [("tổ chức thi đua", None)]),
    ("theo Kế hoạch kiểm tra năm 2026.", []),
])
def test_a_named_document_with_its_year_and_issuer(text, found):
    assert [(r.title, r.issuer) for r in extract_legal_refs(text)] == found


# A glued symbol whose type's last letter is typed once for the issuer's first too ("CTTg" for CT-TTg) is that symbol.
@pytest.mark.parametrize("text, code", [
    ("Thực hiện Chỉ thị số 27/CTTg ngày 15/7/2024 của Thủ tướng Chính phủ,", "27/CT-TTg"),
    ("theo Quyết định số 15/QĐTTg ngày 02/3/2025", "15/QĐ-TTg"),  # (plainly glued, as before)
    # negatives: no issuer to be had
    ("Văn bản số 1234/TTCP ngày 01/02/2020", "1234/TTCP"),
    ("Quyết định số 12/QĐUB ngày 02/3/2001", "12/QĐUB"),
])
def test_a_glued_symbol_sharing_a_letter(text, code):
    assert extract_legal_refs(text)[0].code == code


# A congress resolution typed in lower case ("Nghị quyết đại hội …", "nghị quyết đại hội …") is the congress's resolution, named
# as the congress is ("Đại hội …"), not a title that runs on into the sentence.
@pytest.mark.parametrize("text, found", [
    ("thực hiện thắng lợi Nghị quyết đại hội Đảng lần thứ XIII, khẳng định vai trò lãnh đạo của Đảng;",
     [("Đại hội Đảng lần thứ XIII", "Đại hội Đảng lần thứ XIII")]),
    ("Quán triệt nghị quyết đại hội đại biểu Đảng bộ xã lần thứ V, nhiệm kỳ 2025 - 2030 đến đảng viên.",
     [("Đại hội đại biểu Đảng bộ xã lần thứ V, nhiệm kỳ 2025 - 2030", "Đại hội đại biểu Đảng bộ xã lần thứ V")]),
    ("Cụ thể hóa các chỉ tiêu Nghị quyết đại hội XIV của Đảng vào kế hoạch.",
     [("Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng")]),
    # negatives: congresses in general, and one with no number or committee
    ("Tham gia góp ý dự thảo các nghị quyết đại hội Đảng bộ các cấp.", []),
    ("Các chỉ tiêu nghị quyết đại hội đề ra đều đạt và vượt.", []),
])
def test_a_congress_resolution_typed_in_lower_case(text, found):
    assert [(r.title, r.issuer) for r in extract_legal_refs(text) if r.rule == "rule_congress_resolution"] == found
    assert all(r.rule == "rule_congress_resolution" for r in extract_legal_refs(text))


# A law's name typed in title case, each coordinated part capitalised, cited without a date or number, is one name up to the
# part joined by "và" where the citation ends.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Khoa học, Công nghệ và Đổi mới sáng tạo;", [("Luật", "Khoa học, Công nghệ và Đổi mới sáng tạo")]),
    ("Chi theo quy định tại Điều 31 Luật Khoa học, Công nghệ và Đổi mới sáng tạo về tài chính.",
     [("Luật", "Khoa học, Công nghệ và Đổi mới sáng tạo")]),
    ("Tháo gỡ vướng mắc trong thi hành Luật Địa chất và Khoáng sản; đẩy mạnh cải cách thủ tục.", [("Luật", "Địa chất và Khoáng sản")]),
    # negatives: two laws, a law and a decree, a law and a body, a law and a guide
    ("Căn cứ Luật Đất đai và Luật Nhà ở;", [("Luật", "Đất đai"), ("Luật", "Nhà ở")]),
    ("theo quy định của Luật Đất đai và Nghị định số 102/2024/NĐ-CP;", [("Luật", "Đất đai"), ("Nghị định", None)]),
    ("theo Luật Đầu tư và Sở Kế hoạch và Đầu tư hướng dẫn.", [("Luật", "Đầu tư")]),
    ("theo quy định của Luật Thi đua, khen thưởng và Hướng dẫn của Ban Thi đua.", [("Luật", "Thi đua, khen thưởng")]),
])
def test_a_law_name_in_title_case(text, found):
    assert [(r.doc_type, r.title) for r in extract_legal_refs(text) if r.doc_type in ("Luật", "Nghị định")] == found


# A law cited with its year alone after its name ("Luật Đường bộ 2024") is known to the year, as with "năm 2024"; the year is no
# part of its name (and it is one document with the law of that year cited by number).
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật Đường bộ 2024;", [("Đường bộ", "2024")]),
    ("Căn cứ Luật Đầu tư công năm 2024 và Luật Đấu thầu 2023;", [("Đầu tư công", "2024"), ("Đấu thầu", "2023")]),
    ("- Luật Tài nguyên nước 2023.\n- Nghị định số 54/2024/NĐ-CP của Chính phủ.", [("Tài nguyên nước", "2023"), (None, None)]),
    # negative: a span of years is no law's year
    ("Thực hiện Luật Đất đai 2024 - 2025 trên địa bàn.", [(None, None)]),
])
def test_a_law_with_its_bare_year(text, found):
    got = extract_legal_refs(text)
    assert [r.date for r in got] == [d for _, d in found]
    assert [r.title for r, (t, _) in zip(got, found) if t] == [t for t, _ in found if t]


def test_a_law_with_its_bare_year_is_the_numbered_law_of_that_year():
    text = "Căn cứ Luật Đường sắt số 95/2025/QH15; thi hành Luật Đường sắt 2025 trên địa bàn."
    assert [(r.code, r.title) for r in extract_legal_refs(text)] == [("95/2025/QH15", "Đường sắt")]


# "… đề ra" after a list of documents by their issuers says what targets they set, not which documents are cited.
@pytest.mark.parametrize("text, found", [
    ("- Hoàn thành mục tiêu theo Kế hoạch của UBND huyện; Nghị quyết của Huyện ủy và Hội đồng nhân dân cấp huyện đề ra.", []),
    ("Phấn đấu hoàn thành vượt mức các chỉ tiêu Nghị quyết của HĐND tỉnh, Kế hoạch của UBND tỉnh đề ra.", []),
    # negatives: a plan of a body about something; a later clause's "đề ra"
    ("Thực hiện theo Kế hoạch của UBND huyện về cải thiện môi trường kinh doanh.", [("Kế hoạch", "UBND huyện")]),
    ("Thực hiện theo Kế hoạch của UBND huyện; các xã đề ra giải pháp cụ thể.", [("Kế hoạch", "UBND huyện")]),
])
def test_targets_a_list_of_documents_sets_out(text, found):
    assert [(r.doc_type, r.issuer) for r in extract_legal_refs(text)] == found


# The Party committee of a body or a sector at a level is one issuer, not cut at the body's name.
@pytest.mark.parametrize("text, issuer", [
    ("Thực hiện Kế hoạch số 20-KH/ĐU ngày 05/11/2025 của Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh,", "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh"),
    ("Căn cứ Nghị quyết số 05-NQ/ĐU ngày 10/10/2025 của Đảng ủy các cơ quan Đảng tỉnh;", "Đảng ủy các cơ quan Đảng tỉnh"),
    ("Căn cứ Chỉ thị số 03-CT/ĐU ngày 10/10/2025 của Ban Thường vụ Đảng ủy Công an tỉnh về công tác bảo đảm an ninh;",
     "Ban Thường vụ Đảng ủy Công an tỉnh"),
    # negatives: a commune's Party committee, named or followed by what its document does
    ("Căn cứ Kế hoạch số 15-KH/ĐU ngày 10/10/2025 của Đảng ủy xã Tân Phú;", "Đảng ủy xã Tân Phú"),
    ("Thực hiện Nghị quyết số 15-NQ/ĐU ngày 10/10/2025 của Đảng ủy xã phê duyệt kế hoạch;", "Đảng ủy xã"),
])
def test_the_party_committee_of_a_body_as_issuer(text, issuer):
    assert [r.issuer for r in extract_legal_refs(text)] == [issuer]


# A plenum's number written in words may take two ("lần thứ mười một", "lần thứ mười hai").
@pytest.mark.parametrize("text, title", [
    ("Thực hiện Nghị quyết Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII,",
     "Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII"),
    ("Thực hiện Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Trung ương (khóa XIII) về tiếp tục xây dựng Đảng;",
     "Hội nghị lần thứ mười hai Ban Chấp hành Trung ương khóa XIII"),
    ("Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII về cải cách chính sách tiền lương;",
     "Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII"),
])
def test_a_plenum_numbered_in_words(text, title):
    assert [r.title for r in extract_legal_refs(text)] == [title]


def test_a_meeting_with_a_count_is_no_plenum():
    assert extract_legal_refs("Nghị quyết Hội nghị mười một người dự họp đã thông qua.") == []


# What is said of those a resolution or decision itself names ("… quy định tại Nghị quyết chịu trách nhiệm …") is no title.
@pytest.mark.parametrize("text, found", [
    ("Giao các cơ quan chỉ đạo các cơ sở giáo dục quy định tại Nghị quyết chịu trách nhiệm về tính chính xác của số liệu.", []),
    ("Các đối tượng quy định tại Quyết định chịu trách nhiệm thi hành.", []),
    # negatives: a document of a body with its title; "chịu trách nhiệm" said of others before it
    ("Các đơn vị thực hiện theo Quy định về chế độ trách nhiệm người đứng đầu của UBND tỉnh.", [("Quy định", "UBND tỉnh")]),
    ("Các đơn vị tự chịu trách nhiệm theo Quy định của UBND tỉnh về phân cấp quản lý.", [("Quy định", "UBND tỉnh")]),
])
def test_what_is_said_of_the_document_itself_is_no_title(text, found):
    assert [(r.doc_type, r.issuer) for r in extract_legal_refs(text)] == found


# Documents cited by their issuers, joined by "và": each is cited, and an issuer ends before the next document's type.
@pytest.mark.parametrize("text, found", [
    ("Thực hiện theo Kế hoạch của UBND huyện và Hướng dẫn của Sở Y tế.", [("Kế hoạch", "UBND huyện"), ("Hướng dẫn", "Sở Y tế")]),
    ("theo Kết luận của Bộ Chính trị và Hướng dẫn của Ban Tổ chức Trung ương,",
     [("Kết luận", "Bộ Chính trị"), ("Hướng dẫn", "Ban Tổ chức Trung ương")]),
    ("Thực hiện Nghị quyết số 12/NQ-HĐND ngày 10/7/2025 của HĐND tỉnh và Thông báo kết luận của Thường trực Tỉnh ủy,",
     [("Nghị quyết", "HĐND tỉnh")]),
    # negatives: a body's name holding "và"; a kind of decision after "và"
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 10/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy;", [("Quyết định", "Ban Tuyên giáo và Dân vận Tỉnh ủy")]),
    ("Theo Kế hoạch của UBND huyện và Quyết định thành lập tổ công tác.", [("Kế hoạch", "UBND huyện")]),
])
def test_documents_by_their_issuers_in_a_list(text, found):
    assert [(r.doc_type, r.issuer) for r in extract_legal_refs(text)] == found


# A title naming the parties of a coordination ("phối hợp giữa A và B") holds both; "và" + a capital ends other titles.
@pytest.mark.parametrize("text, title", [
    ("được phân phối theo Quy chế phối hợp giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh.",
     "phối hợp giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh"),
    ("Thực hiện Chương trình phối hợp giữa Hội Liên hiệp Phụ nữ tỉnh và Sở Giáo dục và Đào tạo giai đoạn 2026 - 2030;",
     "phối hợp giữa Hội Liên hiệp Phụ nữ tỉnh và Sở Giáo dục và Đào tạo giai đoạn 2026 - 2030"),
    # negative: no "giữa"
    ("Theo Kế hoạch của UBND tỉnh về phát triển du lịch và Sở Văn hóa có trách nhiệm.", "phát triển du lịch"),
    # negatives: a "giữa" before the type word is not in the title
    ("Tăng cường phối hợp giữa các ngành theo Kế hoạch phát triển du lịch cộng đồng và Sở Y tế tổ chức kiểm tra.",
     "phát triển du lịch cộng đồng"),
    ("Bảo đảm liên thông giữa các cấp, thực hiện Đề án chuyển đổi số tỉnh và Sở Khoa học và Công nghệ hướng dẫn.",
     "chuyển đổi số tỉnh"),
    # a type word inside a party's name cites nothing: the "giữa" before it is still the title's
    ("Thực hiện Quy chế phối hợp giữa Sở Kế hoạch và Đầu tư và Cục Thống kê tỉnh, các sở triển khai.",
     "phối hợp giữa Sở Kế hoạch và Đầu tư và Cục Thống kê tỉnh"),
    ("Căn cứ Quy chế phối hợp giữa Phòng Tài chính - Kế hoạch và Chi cục Thuế, các xã thực hiện.",
     "phối hợp giữa Phòng Tài chính - Kế hoạch và Chi cục Thuế"),
    ("Thực hiện Quy chế phối hợp giữa Hội Luật gia tỉnh và Sở Tư pháp về phổ biến pháp luật.",
     "phối hợp giữa Hội Luật gia tỉnh và Sở Tư pháp về phổ biến pháp luật"),
    ("Thực hiện Quy chế phối hợp giữa Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh và Ủy ban MTTQ Việt Nam tỉnh, các sở triển khai.",
     "phối hợp giữa Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh và Ủy ban MTTQ Việt Nam tỉnh"),
])
def test_a_title_naming_the_parties_of_a_coordination(text, title):
    assert [r.title for r in extract_legal_refs(text)] == [title]


# A type qualified by who issues it together ("Quy chế phối hợp số …", "Chương trình phối hợp số …", "Nghị quyết liên tịch số …")
# is that type, and the citation starts at it.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Quy chế phối hợp số 49/QCPH-UBND-UBMT ngày 24/01/2025 về công tác vận động;", ("Quy chế", "Quy chế phối hợp số")),
    ("Thực hiện Chương trình phối hợp số 05/CTPH-UBND-MTTQ ngày 10/3/2025 giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh;",
     ("Chương trình", "Chương trình phối hợp số")),
    ("Căn cứ Nghị quyết liên tịch số 01/2025/NQLT-CP-ĐCTUBTWMTTQVN ngày 10/3/2025;", ("Nghị quyết", "Nghị quyết liên tịch số")),
    # negative: a letter after a task's words
    ("Tăng cường công tác phối hợp số 12/UBND-VX ngày 10/3/2025.", (None, "số 12/UBND-VX")),
])
def test_a_type_issued_jointly(text, found):
    [ref] = extract_legal_refs(text)
    assert (ref.doc_type, ref.text[:len(found[1])]) == found


# A decision whose heading issues or approves a document is one document with it: its mentions of that document are the document
# itself; another document of the same type is still cited.
DECISION_HEAD = ("QUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM MÔI TRƯỜNG KHÔNG KHÍ GIAI ĐOẠN 2026 - 2030\n"
                 "THỦ TƯỚNG CHÍNH PHỦ\n")
ISSUING_HEAD = "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH GIAI ĐOẠN 2026 - 2030\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"


@pytest.mark.parametrize("text, found", [
    (DECISION_HEAD + "Danh mục nhiệm vụ ưu tiên thực hiện Kế hoạch hành động quốc gia về khắc phục ô nhiễm môi trường không khí "
     "giai đoạn 2026 - 2030 tại Phụ lục.", []),
    (ISSUING_HEAD + "Các sở tổ chức thực hiện Kế hoạch phát triển du lịch cộng đồng tỉnh giai đoạn 2026 - 2030; báo cáo kết quả.", []),
    # negatives: another plan; a heading that issues nothing
    (DECISION_HEAD + "Các bộ thực hiện theo Kế hoạch hành động quốc gia về quản lý rác thải nhựa đại dương đến năm 2030.",
     ["hành động quốc gia về quản lý rác thải nhựa đại dương đến năm 2030"]),
    ("QUYẾT ĐỊNH\nVỀ VIỆC KIỆN TOÀN BAN CHỈ ĐẠO PHÁT TRIỂN DU LỊCH TỈNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
     "Ban Chỉ đạo thực hiện theo Kế hoạch phát triển du lịch cộng đồng tỉnh giai đoạn 2026 - 2030.",
     ["phát triển du lịch cộng đồng tỉnh giai đoạn 2026 - 2030"]),
])
def test_the_document_a_decision_issues_is_the_document_itself(text, found):
    assert [r.title for r in extract_legal_refs(text)] == found


# A bare "Luật" that refers back to the law a plan implements is followed by the next line, cell or clause: a law's name never
# opens with a time phrase or a body's name, nor across a table's cell boundary, nor with how the law is carried out.
@pytest.mark.parametrize("text", [
    "5. Kiểm tra việc thi hành Luật\nTừ tháng 8 đến tháng 10 năm 2026, Thanh tra Bộ chủ trì tổ chức các đoàn kiểm tra.",
    "1. Phổ biến Luật\nNăm 2026, Sở Tư pháp chủ trì tổ chức hội nghị.",
    "3. Báo cáo việc thi hành Luật\nHằng năm, Sở Tư pháp tổng hợp báo cáo.",
    "Tổng hợp báo cáo tình hình thi hành Luật\tVụ Pháp chế\tCác đơn vị thuộc Bộ\tTrước ngày 30/11 hằng năm",
    "Biên soạn tài liệu hỏi - đáp về Luật\tSở Tư pháp\tBáo tỉnh\t2026 - 2027",
    "c) Tuyên truyền, phổ biến Luật\nSở Tư pháp chủ trì, phối hợp với các cơ quan liên quan.",
    "Để triển khai thi hành Luật kịp thời, thống nhất và hiệu quả, Bộ ban hành Kế hoạch như sau:",
    "Bộ đã tổ chức Hội nghị giới thiệu những điểm mới của Luật với sự tham gia của các địa phương.",
])
def test_a_bare_law_is_not_named_by_the_next_line_or_clause(text):
    assert [r for r in extract_legal_refs(text) if r.doc_type == "Luật"] == []


@pytest.mark.parametrize("text, title", [
    # negatives: a name wrapped to the next line, a name that opens with a body's head word in lower case, "Các"
    ("theo quy định của Luật\nNgân sách nhà nước và các quy định hiện hành;", "Ngân sách nhà nước"),
    ("Căn cứ Luật\nTổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "Tổ chức chính quyền địa phương"),
    ("theo quy định tại Luật\nThanh tra và các văn bản pháp luật có liên quan", "Thanh tra"),
    ("theo quy định của Luật Phòng, chống ma túy;", "Phòng, chống ma túy"),
    ("Căn cứ Luật Sở hữu trí tuệ ngày 29 tháng 11 năm 2005;", "Sở hữu trí tuệ"),
    ("Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;", "Hàng không dân dụng Việt Nam"),
])
def test_a_law_name_after_a_break_or_a_head_word_is_still_read(text, title):
    assert [r.title for r in extract_legal_refs(text) if r.doc_type == "Luật"] == [title]


# A type word that is also a verb ("Quyết định", "Quy định", "Hướng dẫn") opening an item of a list of powers or tasks, with no
# number, date or issuer, is the item's verb; so is the word with "việc" as its object. A document needs a number, a date, an
# issuer or a title in the shape of one.
@pytest.mark.parametrize("text", [
    "2. Bổ sung số lượng máy móc đã quy định tại Điều 5 Quyết định số 15/2025/QĐ-TTg; Quyết định điều chỉnh mức giá máy móc, "
    "thiết bị phục vụ hoạt động chung cao hơn mức quy định.",
    "Giao số lượng người làm việc theo quy định tại Nghị định số 106/2020/NĐ-CP;\n\nQuyết định về số lượng người\nlàm việc "
    "hưởng lương từ nguồn thu sự nghiệp đối với từng đơn vị sự nghiệp công lập;",
    "Thực hiện Kế hoạch số 12/KH-UBND; Hướng dẫn việc xây dựng kế hoạch chuyển đổi số năm 2026 của các xã;",
    "theo Nghị định số 33/2023/NĐ-CP; Quy định chi tiết tiêu chuẩn chức danh cán bộ, công chức cấp xã;",
    "Chủ tịch Ủy ban nhân dân tỉnh có thẩm quyền tại Quyết định việc thành lập Ban Chỉ đạo của tỉnh;",
])
def test_a_verb_opening_a_power_or_a_task_is_no_document(text):
    assert [r for r in extract_legal_refs(text) if r.code is None] == []


# … but in a list the item before opens with a citing word ("Căn cứ", "Thực hiện"), the list is one of documents cited: the
# type word after ";" opens the next citation.
@pytest.mark.parametrize("text,doc_type", [
    ("Căn cứ Luật Tổ chức chính quyền địa phương;\nHướng dẫn thực hiện công tác thi đua, khen thưởng năm 2026;", "Hướng dẫn"),
    ("Thực hiện Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị; Quy định về tiêu chuẩn chức danh cán bộ lãnh đạo, "
     "quản lý;", "Quy định"),
    ("- Căn cứ Nghị định số 30/2020/NĐ-CP;\nQuy định về chế độ làm việc đối với giáo viên phổ thông;", "Quy định"),
])
def test_a_type_word_after_a_citation_item_is_a_citation(text, doc_type):
    assert doc_type in [r.doc_type for r in extract_legal_refs(text) if r.code is None]


@pytest.mark.parametrize("text, issuer", [
    # negatives: the same type with its issuer, or after a citing word
    ("Căn cứ Nghị định số 33/2023/NĐ-CP; Quyết định của Ủy ban nhân dân tỉnh về ban hành quy chế phối hợp;", "Ủy ban nhân dân tỉnh"),
    ("thực hiện theo Quyết định về giá đất cụ thể của UBND tỉnh Đồng Nai;", "UBND tỉnh Đồng Nai"),
])
def test_a_decision_with_its_issuer_is_still_cited(text, issuer):
    assert [r.issuer for r in extract_legal_refs(text) if r.code is None] == [issuer]


# The type of a citation by number when no type word stands right before its number. A letter's symbol opens with its issuer,
# not a type (NĐ 30/2020/NĐ-CP, Phụ lục III): letters listed by their numbers alone go on the list's type; a list opened by its
# type and issuer gives that type; "công văn" said before the number makes it a letter whatever the symbol opens with
# ("CT-CS": Cục Thuế); a type word ending a law's name ("Luật Quy hoạch") is the law's, not the citation's type.
@pytest.mark.parametrize("text, found", [
    ("Thực hiện các văn bản số: 1287/UBND-KT ngày 05/3/2024, 1402/UBND-VX ngày 12/3/2024 của UBND tỉnh;",
     [("1287/UBND-KT", "Công văn"), ("1402/UBND-VX", "Công văn")]),
    ("theo các công văn số 695/TCHQ-GSQL ngày 05/02/2021, 4032/TCHQ-GSQL ngày 16/8/2021 và 1238/GSQL-GQ2 ngày 29/7/2024.",
     [("695/TCHQ-GSQL", "Công văn"), ("4032/TCHQ-GSQL", "Công văn"), ("1238/GSQL-GQ2", "Công văn")]),
    ("Thực hiện các Công văn của UBND tỉnh: số 512/UBND-NN ngày 04/4/2024, số 633/UBND-NN ngày 22/4/2024;",
     [("512/UBND-NN", "Công văn"), ("633/UBND-NN", "Công văn")]),
    ("Cục Thuế đã có công văn số 5106/CT-CS ngày 12/11/2025 về việc chính sách thuế thu nhập cá nhân.", [("5106/CT-CS", "Công văn")]),
    ("Rà soát quy hoạch các điểm du lịch theo Luật Quy hoạch số 21/2017/QH14;", [("21/2017/QH14", "Luật")]),
    ("Căn cứ Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017;", [("21/2017/QH14", "Luật")]),
    # negatives: a number after a letter that names another type, a number with no type, "số" or list; a directive cited as
    # "văn bản"
    ("Thực hiện Công văn số 123/UBND-KT ngày 10/6/2025, Nghị định số 45/2025/NĐ-CP;", [("123/UBND-KT", "Công văn"), ("45/2025/NĐ-CP", "Nghị định")]),
    ("Chuyển đổi 12/UBND-VX hồ sơ trong tháng.", []),
    ("Thực hiện văn bản số 12/CT-UBND ngày 05/3/2025 của UBND tỉnh;", [("12/CT-UBND", "Chỉ thị")]),
    ("Căn cứ Quy hoạch tỉnh thời kỳ 2021 - 2030 được phê duyệt tại Quyết định số 1059/QĐ-TTg;", [("1059/QĐ-TTg", "Quyết định")]),
])
def test_the_type_of_a_citation_by_number(text, found):
    assert [(r.code, r.doc_type) for r in extract_legal_refs(text) if r.code] == found


# A law's name wrapped to the next line before its date runs on to the date when the next citation of the list follows on that
# line (";", "và Luật …"), as it does where the line ends there.
@pytest.mark.parametrize("text, titles", [
    ("Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025; Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
     ["Tổ chức Chính phủ", "Tổ chức chính quyền địa phương"]),
    ("Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025 và Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
     ["Tổ chức Chính phủ", "Tổ chức chính quyền địa phương"]),
    ("Căn cứ Luật Tổ chức\nQuốc hội ngày 20 tháng 11 năm 2014;\nCăn cứ Nghị định số 30/2020/NĐ-CP;", ["Tổ chức Quốc hội"]),
    # negative: a body opening a clause on the next line is no part of the name
    ("theo Luật Đất đai\nUBND tỉnh ngày 12/3/2024 đã ban hành quy định bồi thường.", ["Đất đai"]),
])
def test_a_law_name_wrapped_before_its_date_in_a_list(text, titles):
    assert [r.title for r in extract_legal_refs(text) if r.doc_type == "Luật"] == titles


# A law's name ends before what goes with it or follows it ("kèm theo …", ", sau khi …", ", pháp luật về …").
@pytest.mark.parametrize("text, title", [
    ("Hồ sơ gồm giấy tờ quy định tại khoản 1 Điều 90 của Luật Bảo hiểm xã hội kèm theo đơn đề nghị của thân nhân.", "Bảo hiểm xã hội"),
    ("Người học theo chế độ cử tuyển theo quy định của Luật Giáo dục, sau khi tốt nghiệp về công tác tại địa phương.", "Giáo dục"),
    ("đề nghị Thuế thành phố căn cứ Luật Quản lý thuế, pháp luật về thanh tra và pháp luật có liên quan để xử lý.", "Quản lý thuế"),
    # negatives: a name holding commas in lower case
    ("Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;", "Phổ biến, giáo dục pháp luật"),
    ("theo quy định của Luật Thi đua, khen thưởng, trước ngày 30/6 hằng năm.", "Thi đua, khen thưởng"),
])
def test_a_law_name_ends_before_what_goes_with_it(text, title):
    assert [r.title for r in extract_legal_refs(text) if r.doc_type == "Luật"] == [title]


# A joint document's symbol names each issuer after its type (TTLT-BTC-BNV): the issuer the symbol gives is all of them.
@pytest.mark.parametrize("text, issuer", [
    ("Kinh phí thực hiện theo Thông tư liên tịch số 19/2015/TTLT-BTC-BNV.", "Bộ Tài chính và Bộ Nội vụ"),
    ("theo Thông tư liên tịch số 07/2016/TTTLT-BYT-BTC-BLĐTBXH;", "Bộ Y tế, Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội"),
    ("theo Thông tư liên tịch 88/2016/TTLT/BTC-BTNMT.", "Bộ Tài chính và Bộ Tài nguyên và Môi trường"),
    # negatives: one issuer; a joint symbol with an issuer no list knows gives none
    ("theo Thông tư số 13/2022/TT-BTC.", "Bộ Tài chính"),
    ("theo Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN.", None),
])
def test_the_issuers_of_a_joint_symbol(text, issuer):
    assert [r.issuer for r in extract_legal_refs(text)] == [issuer]


# A document known by the numbered document that records it ("Kết luận … tại Thông báo số …") is cited through that one.
@pytest.mark.parametrize("text, found", [
    ("Thực hiện Kết luận của Thường trực Huyện ủy tại Thông báo số 1234-TB/HU ngày 05/4/2024,", [("Thông báo", "1234-TB/HU")]),
    ("Về Kết luận của Ủy ban Thường vụ Quốc hội tại Thông báo số 4387/TB-VPQH ngày 14 tháng 11 năm 2025 của Văn phòng Quốc hội,",
     [("Thông báo", "4387/TB-VPQH")]),
    # negative: a conclusion cited on its own, then a notice
    ("Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy về phát triển du lịch và Thông báo số 55-TB/TU ngày 02/4/2024;",
     [("Kết luận", None), ("Thông báo", "55-TB/TU")]),
])
def test_a_document_recorded_in_a_numbered_one(text, found):
    assert [(r.doc_type, r.code) for r in extract_legal_refs(text)] == found


# A law's number right after its name, with no "số" ("Luật Đất đai 31/2024/QH15"): a number of the National Assembly (…/YYYY/QHnn)
# is a document by its shape alone, and the law's name before it is that law.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Luật quản lý, sử dụng tài sản công 15/2017/QH14;", [("Luật", "15/2017/QH14", "quản lý, sử dụng tài sản công")]),
    ("Căn cứ Luật Đất đai 31/2024/QH15 ngày 18/01/2024;", [("Luật", "31/2024/QH15", "Đất đai")]),
    ("quy định tại khoản 6 Điều 16 Luật Thuế xuất khẩu, thuế nhập khẩu 107/2016/QH13, khoản 1 Điều 11 Nghị định số 134/2016/NĐ-CP",
     [("Luật", "107/2016/QH13", "Thuế xuất khẩu, thuế nhập khẩu"), ("Nghị định", "134/2016/NĐ-CP", None)]),
    # negatives: a law with its year; an administrative number with no type word or "số"
    ("Căn cứ Luật Đường bộ 2024;", [("Luật", None, "Đường bộ")]),
    ("Đã giải quyết 12/2024/UBND-VX hồ sơ.", []),
])
def test_a_law_number_after_its_name_without_so(text, found):
    assert [(r.doc_type, r.code, r.title) for r in extract_legal_refs(text)] == found


# The issuers of a joint document listed with commas, which the issuer's reading stops at ("… của Bộ Quốc phòng, Bộ Lao động - …"):
# all the ministries its symbol names.
@pytest.mark.parametrize("text, issuer", [
    ("Thông tư liên tịch số 01/2012/TTLT-BQP-BLĐTBXH-BTC ngày 05/01/2012 của Bộ Quốc phòng, Bộ Lao động - Thương binh và Xã hội hướng dẫn;",
     "Bộ Quốc phòng, Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính"),
    ("Thông tư liên tịch số 07/2013/TTLT-BGDĐT-BNV-BTC ngày 08/3/2013 của Bộ trưởng Bộ Giáo dục và Đào tạo, Bộ trưởng Bộ Nội vụ và "
     "Bộ trưởng Bộ Tài chính hướng dẫn chế độ trả lương;", "Bộ Giáo dục và Đào tạo, Bộ Nội vụ và Bộ Tài chính"),
    # negatives: the text names them all; the symbol names a body no list knows
    ("Căn cứ Thông tư liên tịch số 19/2015/TTLT-BTC-BNV ngày 10/02/2015 của Bộ Tài chính và Bộ Nội vụ;", "Bộ Tài chính và Bộ Nội vụ"),
    ("Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20/02/2025 của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch",
     "Ủy ban Thường vụ Quốc hội"),
])
def test_the_issuers_of_a_joint_document_listed_with_commas(text, issuer):
    assert [r.issuer for r in extract_legal_refs(text)] == [issuer]


# A symbol typed with capitals of another script that look like Latin ones (Cyrillic Es, Er, Te; Greek Tau; a keyboard
# layout or an OCR): the code and symbol are the Latin ones, so the reference joins the same document cited elsewhere;
# its quote keeps the text as written. A symbol in Latin letters is unchanged.
@pytest.mark.parametrize("text, code, issuer", [
    ("Căn cứ Nghị định số 137/2020/N\u0110-\u0421\u0420 ngày 27 tháng 11 năm 2020 của Chính phủ về pháo;",
     "137/2020/NĐ-CP", "Chính phủ"),
    ("theo Thông tư số 02/2024/TT-BKH\u0110\u0422 ngày 06/3/2024 của Bộ Kế hoạch và Đầu tư", "02/2024/TT-BKHĐT",
     "Bộ Kế hoạch và Đầu tư"),
    ("Công văn số 16495/B\u03a4\u0421-PTHT ngày 22/10/2025", "16495/BTC-PTHT", "Bộ Tài chính"),
    # negative: Latin letters throughout
    ("Căn cứ Nghị định số 137/2020/NĐ-CP ngày 27 tháng 11 năm 2020 của Chính phủ;", "137/2020/NĐ-CP", "Chính phủ"),
])
def test_a_symbol_with_capitals_of_another_script(text, code, issuer):
    (ref,) = extract_legal_refs(text)
    assert (ref.code, ref.issuer) == (code, issuer)
    assert ref.text in text
# A resolution, directive, decree … known by its number alone, as plans name the documents they carry out in running text: one
# reference with its type and number as its title, or the document cited in full elsewhere with that type and number.
@pytest.mark.parametrize("text, found", [
    ("Quán triệt các nội dung của Nghị quyết 57 về đột phá phát triển khoa học, công nghệ trong toàn ngành.",
     [("Nghị quyết", None, "57")]),
    ("Đẩy mạnh thực hiện Chỉ thị 18 của Thủ tướng Chính phủ, bảo đảm an ninh tiền tệ.", [("Chỉ thị", None, "18")]),
    ("thực hiện theo Nghị định 30, Kết luận 126 và các văn bản hướng dẫn", [("Nghị định", None, "30"), ("Kết luận", None, "126")]),
    # a list of numbers after a plural type word: each a document
    ("Quán triệt các Nghị quyết 57, 66 và 68 của Bộ Chính trị trong toàn ngành.",
     [("Nghị quyết", None, "57"), ("Nghị quyết", None, "66"), ("Nghị quyết", None, "68")]),
    # the date or the year after the number, read with it
    ("Thực hiện Chỉ thị 15 ngày 20/5/2024 của Thủ tướng Chính phủ.", [("Chỉ thị", None, "15")]),
    ("Quán triệt Nghị quyết 57 ngày 22/12/2024 của Bộ Chính trị đến toàn thể đảng viên.", [("Nghị quyết", None, "57")]),
    ("Kế hoạch thực hiện Nghị quyết 15 năm 2024 của HĐND tỉnh.", [("Nghị quyết", None, "15")]),
    ("Tổ chức học tập Nghị quyết 01 năm 2025 của Đảng ủy xã.", [("Nghị quyết", None, "01")]),
    # after a verb that carries the document out, any word but a count noun
    ("Đẩy mạnh thực hiện Chỉ thị 18 chống thất thu thuế trên nền tảng thương mại điện tử", [("Chỉ thị", None, "18")]),
    ("Tiếp tục triển khai Nghị quyết 57 trong toàn ngành giáo dục", [("Nghị quyết", None, "57")]),
    # … whatever verb comes before it
    ("Theo Nghị định 30 quy định về công tác văn thư, các cơ quan phải số hóa hồ sơ.", [("Nghị định", None, "30")]),
    ("Bám sát Nghị quyết 57 để xây dựng kế hoạch hành động.", [("Nghị quyết", None, "57")]),
    ("Căn cứ Chỉ thị 05 chỉ đạo tăng cường công tác phòng cháy.", [("Chỉ thị", None, "05")]),
    ("Cuối năm tổ chức sơ kết Kết luận 126 trong toàn Đảng bộ xã.", [("Kết luận", None, "126")]),
    ("Xin ý kiến Thông tư 12 sửa đổi quy chế tuyển sinh.", [("Thông tư", None, "12")]),
    # the same document cited in full: one reference
    ("Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy (viết tắt là Chỉ thị 11), tăng cường quản lý.",
     [("Chỉ thị", "11-CT/TU", None)]),
    ("Căn cứ Nghị quyết số 15/2024/NQ-HĐND ngày 1/3/2024 của HĐND tỉnh; triển khai Nghị quyết 15 năm 2024 của Hội đồng nhân dân tỉnh.",
     [("Nghị quyết", "15/2024/NQ-HĐND", None)]),
    # … not one of another issuer or year with the same number: its own reference
    ("Căn cứ Quyết định số 12/2023/QĐ-UBND ngày 1/3/2023 của UBND tỉnh;\nThực hiện Quyết định 12 của Thủ tướng Chính phủ về tăng "
     "cường phòng chống dịch.", [("Quyết định", "12/2023/QĐ-UBND", None), ("Quyết định", None, "12")]),
    ("Căn cứ Chỉ thị số 08/CT-UBND ngày 5/4/2022 của UBND tỉnh; triển khai Chỉ thị 08 của Bộ Y tế.",
     [("Chỉ thị", "08/CT-UBND", None), ("Chỉ thị", None, "08")]),
    ("Căn cứ Nghị quyết số 15/2023/NQ-HĐND ngày 1/3/2023 của HĐND tỉnh; thực hiện Nghị quyết 15 năm 2024 của HĐND tỉnh.",
     [("Nghị quyết", "15/2023/NQ-HĐND", None), ("Nghị quyết", None, "15")]),
    # negatives: a number-symbol spaced apart, a year, a count, a plural, a number on the next line
    ("theo chỉ đạo của Chính phủ tại Nghị quyết 86 /NQ-CP năm 2025 về triển khai", [("Nghị quyết", "86/NQ-CP", None)]),
    ("sau khi thực hiện Nghị quyết 3 năm, kết quả đạt được", []),
    ("hồ sơ gồm các Quyết định 03 cán bộ quản lý và danh sách giáo viên", []),
    # a count after the type word, a table's cells (the number in the next cell), a decree on a count
    ("Trong năm, UBND tỉnh ban hành 15 văn bản, trong đó: Nghị quyết 05 văn bản, Quyết định 10 văn bản.", []),
    ("Năm 2025 Sở đã tham mưu ban hành Chỉ thị 02 văn bản và Quyết định 14 văn bản quy phạm.", []),
    ("Thực hiện Kết luận 3 nội dung trọng tâm sau đây.", []),
    ("Triển khai Quyết định 4 bước theo quy trình ISO.", []),
    ("Quyết định 2 bước: bước 1 lập hồ sơ.", []),
    ("Giao Sở Tư pháp tham mưu Quyết định 01 bộ thủ tục hành chính.", []),
    ("Đã rà soát Kết luận 4 điểm cần chỉnh sửa và Quyết định 6 trường hợp vi phạm.", []),
    ("STT\tLoại văn bản\tSố lượng\n1\tNghị quyết\t05\n2\tQuyết định\t12\n3\tChỉ thị\t3\n", []),
    ("TT\tVăn bản\tSố lượng ban hành\n1\tQuyết định\t 7\n2\tKế hoạch\t9\n", []),
    ("Điều 18. Giám sát thi hành Nghị quyết\n\n1 Hội đồng nhân dân giám sát", []),
])
def test_a_document_known_by_its_number_alone(text, found):
    assert [(r.doc_type, r.code, r.title) for r in extract_legal_refs(text)] == found


# A number alone is the document cited in full whose issuer and year agree with it (its date goes to that one); with two that
# agree, it names neither.
@pytest.mark.parametrize("text, dates", [
    ("Căn cứ Nghị quyết số 05/2024/NQ-HĐND của HĐND tỉnh;\nCăn cứ Nghị quyết số 05-NQ/TU của Tỉnh ủy;\nTriển khai Nghị quyết 05 "
     "ngày 3/3/2021 của Tỉnh ủy.", [("05/2024/NQ-HĐND", None), ("05-NQ/TU", "2021-03-03")]),
    ("Căn cứ Chỉ thị số 07/CT-TTg của Thủ tướng Chính phủ; Căn cứ Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy; thực hiện "
     "Chỉ thị 07 ngày 12/5/2023 của Thủ tướng Chính phủ.", [("07/CT-TTg", "2023-05-12"), ("07-CT/TU", None)]),
    # a standing committee and its body named with its place agree
    ("Căn cứ Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy; triển khai Chỉ thị 11 ngày 04/01/2026 của Tỉnh ủy Lào Cai.",
     [("11-CT/TU", "2026-01-04")]),
    # two that agree (no issuer, no year): neither takes the date, and no third reference
    ("Căn cứ Nghị quyết số 05/NQ-HĐND của HĐND tỉnh; Căn cứ Nghị quyết số 05-NQ/TU của Tỉnh ủy; quán triệt Nghị quyết 05 ngày "
     "3/3/2021.", [("05/NQ-HĐND", None), ("05-NQ/TU", None)]),
])
def test_a_number_alone_is_the_one_document_that_agrees(text, dates):
    assert [(r.code, r.date) for r in extract_legal_refs(text)] == dates


# The type word in title case or capitals before a number whose symbol names no type (a number of the National Assembly) or
# another: the word gives the type, and the mention starts with it.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Nghị Quyết số 190/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội;", [("Nghị quyết", "190/2025/QH15", "Nghị Quyết số")]),
    ("BÃI BỎ NGHỊ QUYẾT SỐ 11/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 CỦA HĐND TỈNH", [("Nghị quyết", "11/2022/NQ-HĐND", "NGHỊ QUYẾT SỐ")]),
    ("Căn cứ Quyết Định số 15/2025/QĐ-UBND ngày 12/3/2025 của UBND tỉnh;", [("Quyết định", "15/2025/QĐ-UBND", "Quyết Định số")]),
    # negatives: the citation's case as before; a lower-case word (running text) names no type
    ("Căn cứ Nghị quyết số 190/2025/QH15 của Quốc hội;", [("Nghị quyết", "190/2025/QH15", "Nghị quyết số")]),
    ("thi hành mệnh lệnh số 12/2025/QH15 của cấp trên", [(None, "12/2025/QH15", "số")]),
    # a word in capitals before a symbol that names another type: the symbol's type (a notice recording a conclusion)
    ("TRIỂN KHAI THÔNG BÁO KẾT LUẬN SỐ 552/TB-VPCP NGÀY 13/10/2025", [("Thông báo", "552/TB-VPCP", "KẾT LUẬN SỐ")]),
])
def test_a_type_word_in_title_case_or_capitals(text, found):
    assert [(r.doc_type, r.code, r.text[:len(f[2])]) for r, f in zip(extract_legal_refs(text), found)] == found
    assert len(extract_legal_refs(text)) == len(found)


# A symbol glued to the issuer's "của" or the subject's "về" by a lost space ends before it, and the issuer is read after it.
@pytest.mark.parametrize("text, code, issuer", [
    ("Căn cứ Quyết định số 35/2025/QĐ-TTgcủa Thủ tướng Chính phủ;", "35/2025/QĐ-TTg", "Thủ tướng Chính phủ"),
    ("Thực hiện Kế hoạch số 12/KH-UBNDcủa UBND tỉnh về chuyển đổi số;", "12/KH-UBND", "UBND tỉnh"),
    # negative: a mixed-case symbol part is kept whole
    ("Căn cứ Chương trình số 05-CTr/TU của Ban Thường vụ Tỉnh ủy;", "05-CTr/TU", "Ban Thường vụ Tỉnh ủy"),
])
def test_a_symbol_glued_to_its_issuer(text, code, issuer):
    [ref] = extract_legal_refs(text)
    assert (ref.code, ref.issuer) == (code, issuer)


# The citing document's own clause after the last basis ("…, Sở Y tế ban hành Kế hoạch … như sau") ends the cited document's subject.
@pytest.mark.parametrize("text, subject", [
    ("Thực hiện Kế hoạch số 266/KH-UBND ngày 31/12/2025 của UBND tỉnh về phát triển y tế cơ sở giai đoạn 2026 - 2030, Sở Y tế ban "
     "hành Kế hoạch triển khai thực hiện năm 2026 như sau:", "phát triển y tế cơ sở giai đoạn 2026 - 2030"),
    ("Căn cứ Đề án số 371/ĐA-CP ngày 09 tháng 5 năm 2025 của Chính phủ về sắp xếp đơn vị hành chính cấp xã năm 2025, Ủy ban Thường vụ "
     "Quốc hội quyết nghị:", "sắp xếp đơn vị hành chính cấp xã năm 2025"),
    ("Thực hiện Công văn số 812/BXD-KHTC ngày 20/11/2025 của Bộ Xây dựng về ứng phó mưa lũ tại Trung Bộ, Bộ Xây dựng yêu cầu các đơn vị "
     "thực hiện:", "ứng phó mưa lũ tại Trung Bộ"),
    # negative: bodies listed in the subject, with what they do together
    ("Căn cứ Quyết định số 12/QĐ-UBND của UBND tỉnh ban hành Quy chế phối hợp giữa Sở Tư pháp, Sở Nội vụ và UBND các xã trong xây "
     "dựng văn bản;", "ban hành Quy chế phối hợp giữa Sở Tư pháp, Sở Nội vụ và UBND các xã trong xây dựng văn bản"),
])
def test_the_citing_documents_clause_ends_a_subject(text, subject):
    assert extract_legal_refs(text)[0].subject == subject


# A named document with its number restated in parentheses is one reference; another type in parentheses is another document.
@pytest.mark.parametrize("text, found", [
    ("Luật Phòng bệnh năm 2025 (Luật số 114/2025/QH15) có hiệu lực từ ngày 01/7/2026.", [("Luật", "114/2025/QH15", "Phòng bệnh")]),
    ("Căn cứ Luật Nhà giáo (Luật số 73/2025/QH15);", [("Luật", "73/2025/QH15", "Nhà giáo")]),
    # s24c: the law's short name in brackets before its number; a clause word ("phải") on the way to the number is in the name
    ("Căn cứ Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) số 64/2006/QH11;",
     [("Luật", "64/2006/QH11", "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người")]),
    # negative: a bracketed short name with no number after it
    ("theo Luật Phòng, chống ma túy (PCMT) và các văn bản hướng dẫn;", [("Luật", None, "Phòng, chống ma túy")]),
    # negative: a decree in parentheses after a law
    ("theo Luật Dược (Nghị định số 54/2017/NĐ-CP quy định chi tiết)", [("Luật", None, "Dược"), ("Nghị định", "54/2017/NĐ-CP", None)]),
])
def test_a_number_restated_in_parentheses(text, found):
    assert [(r.doc_type, r.code, r.title) for r in extract_legal_refs(text)] == found


# A law's name ends before a part of another document cited after it ("và khoản 2 Điều 5 Nghị định …", ", điểm a khoản 1 …").
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Điều 15 Luật Phòng bệnh và khoản 2 Điều 5 Nghị định số 02/2025/NĐ-CP;", [("Luật", None, "Phòng bệnh"), ("Nghị định", "02/2025/NĐ-CP", None)]),
    ("áp dụng theo Luật Dược, điểm a khoản 1 Điều 11 Nghị định số 54/2017/NĐ-CP", [("Luật", None, "Dược"), ("Nghị định", "54/2017/NĐ-CP", None)]),
    # negative: a name that holds "và" and a capital runs on
    ("theo quy định của Luật Khoa học, công nghệ và đổi mới sáng tạo;", [("Luật", None, "Khoa học, công nghệ và đổi mới sáng tạo")]),
])
def test_a_law_name_ends_before_a_part_of_another_document(text, found):
    assert [(r.doc_type, r.code, r.title) for r in extract_legal_refs(text)] == found


# A law's date as the day the National Assembly passed it ("được Quốc hội khóa XV thông qua ngày …").
@pytest.mark.parametrize("text, title, date", [
    ("Căn cứ Luật Phòng bệnh được Quốc hội khóa XV thông qua ngày 10/12/2025;", "Phòng bệnh", "2025-12-10"),
    ("Luật Nhà giáo đã được Quốc hội khóa XV, kỳ họp thứ 9 thông qua ngày 16 tháng 6 năm 2025 có hiệu lực từ ngày 01/01/2026.",
     "Nhà giáo", "2025-06-16"),
    # negative: a date that is not its passing
    ("Luật Phòng bệnh có hiệu lực từ ngày 01/7/2026.", "Phòng bệnh", None),
])
def test_a_law_dated_by_its_passing(text, title, date):
    [ref] = extract_legal_refs(text)
    assert (ref.title, ref.date) == (title, date)


# Cyrillic capitals typed into a symbol (С, Р, Т of a Russian keyboard layout) are their Latin twins: the code and issuer are read.
@pytest.mark.parametrize("text, code, issuer", [
    ("Căn cứ Nghị định số 58/2024/NĐ-\u0421\u0420 ngày 24/5/2024 của Chính phủ;", "58/2024/NĐ-CP", "Chính phủ"),
    ("Thực hiện Văn bản số 16495/B\u0422\u0421-PTHT ngày 01/10/2025 về kế hoạch đầu tư công;", "16495/BTC-PTHT", "Bộ Tài chính"),
    # negative: a Latin symbol is unchanged
    ("Căn cứ Nghị định số 58/2024/NĐ-CP ngày 24/5/2024 của Chính phủ;", "58/2024/NĐ-CP", "Chính phủ"),
])
def test_cyrillic_lookalikes_in_a_symbol(text, code, issuer):
    [ref] = extract_legal_refs(text)
    assert (ref.code, ref.issuer) == (code, issuer)


# A type word followed by a preposition of source, means or place ("từ", "bằng", "vào", "ở") is the plan or resolution
# spoken of, not a document titled by what follows; a title naming its subject is still read (the negatives).
@pytest.mark.parametrize("text, titles", [
    ("Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước theo phân cấp hiện hành.", []),
    ("Tiếp tục thực hiện Nghị quyết bằng nguồn vốn sự nghiệp của tỉnh.", []),
    ("Thực hiện Nghị quyết vào cuộc sống của nhân dân trên địa bàn tỉnh.", []),
    ("Triển khai thực hiện Chỉ thị ở cơ sở, gắn với phong trào thi đua.", []),
    # w21c: nor a verb of funding before it ("bố trí từ", "được bảo đảm từ"); a plan named after a "bố trí" of its own is a title
    ("9. Kinh phí thực hiện Kế hoạch bố trí từ nguồn chi thường xuyên của các cơ quan, đơn vị.", []),
    ("Kinh phí thực hiện Kế hoạch được bảo đảm từ ngân sách tỉnh.", []),
    ("Thực hiện theo Kế hoạch bố trí dân cư các vùng thiên tai của UBND tỉnh.", ["bố trí dân cư các vùng thiên tai"]),
    # rev4: nor a type word followed by a value ("… thực hiện Kế hoạch khoảng 25 tỷ đồng")
    ("Tổng kinh phí dự kiến thực hiện Kế hoạch khoảng 25 tỷ đồng.", []),
    ("Phấn đấu huy động nguồn lực thực hiện Kế hoạch đạt 500 tỷ đồng.", []),
    ("Thực hiện Kế hoạch phát triển du lịch cộng đồng giai đoạn 2021 - 2025.", ["phát triển du lịch cộng đồng giai đoạn 2021 - 2025"]),
    ("Thực hiện Kế hoạch về phòng, chống dịch bệnh của Bộ Y tế.", ["phòng, chống dịch bệnh"]),
])
def test_a_type_word_before_a_preposition_is_no_title(text, titles):
    assert [r.title for r in extract_legal_refs(text)] == titles


# --- s23c: a scheme known by its number only where a space joins "Đề án" and the number (a table's unit cell "đề án" and
# the next cell's value are no citation), and its short name in brackets right after its title is that document.
@pytest.mark.parametrize("text, named", [
    ("- Thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
     "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06) trong giải quyết thủ tục hành chính.",
     [("Đề án", "phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn "
               "2022 - 2025, tầm nhìn đến năm 2030")]),
    ("Triển khai Đề án phát triển du lịch cộng đồng (sau đây gọi tắt là Đề án 15) trên địa bàn tỉnh.",
     [("Đề án", "phát triển du lịch cộng đồng")]),
    # negatives: a table row's unit cell and value; a short name cited on its own
    ("11\tSố đề án khuyến công được hỗ trợ\tđề án\t14\t18\t128,6", []),
    ("Tiếp tục thực hiện có hiệu quả Đề án 06 của Chính phủ.", [("Đề án", "06")]),
    ("Thực hiện Đề án phát triển du lịch cộng đồng và Đề án 06 của Chính phủ.",
     [("Đề án", "phát triển du lịch cộng đồng"), ("Đề án", "06")]),
])
def test_a_schemes_short_name_and_a_table_cell(text, named):
    assert [(r.doc_type, r.title) for r in extract_legal_refs(text + "\n") if r.doc_type == "Đề án"] == named


# s30d: a charter cited by the name of its organisation (QĐ 66-QĐ/TW 2017: Điều lệ Đảng; Luật Công đoàn 2024: Điều lệ Công
# đoàn Việt Nam), its short name later the same document; a body's work programme cited by its body ("Chương trình công tác
# năm 2026 của Đảng ủy …"), not a programme carried out.
@pytest.mark.parametrize("text, found", [
    ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\nCăn cứ Kết luận số 196-KL/TW ngày 05/9/2026 của Ban Bí thư;",
     [("Điều lệ", "Đảng Cộng sản Việt Nam"), ("Kết luận", None)]),
    ("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n1. Thực hiện nhiệm vụ kiểm tra, giám sát theo Điều lệ Đảng; kịp thời phát hiện.",
     [("Điều lệ", "Đảng Cộng sản Việt Nam"), ("Điều lệ", "Đảng Cộng sản Việt Nam")]),
    ("Căn cứ Điều lệ Hội Liên hiệp Phụ nữ Việt Nam (khóa XIII);", [("Điều lệ", "Hội Liên hiệp Phụ nữ Việt Nam")]),
    ("Thực hiện Chương trình công tác năm 2026 của Đảng ủy phường Hàm Rồng.",
     [("Chương trình", "công tác năm 2026 của Đảng ủy phường Hàm Rồng")]),
    # negatives: a charter not named, or still to be issued; a programme of work done; the plan's own programme
    ("Tổ chức Đại hội an toàn, đúng Điều lệ.", []),
    ("Ban Tổ chức ban hành Điều lệ Đại hội trước ngày 28/02/2026.", []),
    ("Thực hiện chương trình công tác xã hội tại cộng đồng.", []),
    ("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.", [("Chương trình", "mục tiêu quốc gia xây dựng nông thôn mới")]),
])
def test_a_charter_and_a_work_programme(text, found):
    assert [(r.doc_type, r.title) for r in extract_legal_refs(text)] == found


# s33f: a note on the issuer's name since the 2025 mergers ("(nay là Bộ Nông nghiệp và Môi trường)", "(nay Cục Thủy sản và
# Kiểm ngư)", "(cũ)") stands between the issuer and the subject; the subject follows it. A parenthesis that is no such note
# is not passed over.
@pytest.mark.parametrize("text, issuer, subject", [
    ("Căn cứ Thông tư số 32/2014/TT-BNNPTNT ngày 10/9/2014 của Bộ Nông nghiệp và PTNT (nay là Bộ Nông nghiệp và Môi trường) "
     "về quy định hoạt động quan trắc, cảnh báo môi trường ngành nông nghiệp;", "Bộ Nông nghiệp và PTNT",
     "quy định hoạt động quan trắc, cảnh báo môi trường ngành nông nghiệp"),
    ("Căn cứ Quyết định số 513/QĐ-TCTS-NTTS ngày 28/12/2021 của Tổng cục Thủy sản (nay Cục Thủy sản và Kiểm ngư) về việc phê "
     "duyệt hướng dẫn quan trắc;", "Tổng cục Thủy sản", "việc phê duyệt hướng dẫn quan trắc"),
    ("Căn cứ Quyết định số 66/2018/QĐ-UBND ngày 28/12/2018 của UBND tỉnh Phú Yên (cũ) về việc ban hành đơn giá quan trắc;",
     "UBND tỉnh Phú Yên", "việc ban hành đơn giá quan trắc"),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2020 của UBND tỉnh (Sở Tài chính trình) về việc giao dự toán;", "UBND tỉnh", None),
])
def test_a_note_on_the_issuers_new_name_comes_before_the_subject(text, issuer, subject):
    ref = extract_legal_refs(text)[0]
    assert (ref.issuer, ref.subject) == (issuer, subject)


# w20b: the funds "từ nguồn" a national programme cite it, as "vốn Chương trình …" does; an amount after the name is no part of
# it ("vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới 444 tỷ đồng"), and a name cut short where the text names the
# same programme in full is that one document, by its full name.
@pytest.mark.parametrize("text, titles", [
    ("Đầu tư máy tính từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và "
     "miền núi.\nTổng kinh phí 1.286 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia 444 tỷ đồng.\n",
     ["mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"]),
    ("Tổng kinh phí 1.286 tỷ đồng, trong đó vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới 444 tỷ đồng.\n",
     ["mục tiêu quốc gia xây dựng nông thôn mới"]),
    ("Nguồn lực từ nguồn ngân sách tỉnh và xã hội hóa.\n", []),
])
def test_a_programme_whose_funds_are_named(text, titles):
    assert sorted({r.title for r in extract_legal_refs(text) if r.doc_type == "Chương trình"}) == titles


# w22a: a law's name that holds "tại" and what it is about, up to its number ("Luật Hòa giải, đối thoại tại Tòa án số
# 58/2020/QH14": one reference, its whole name); a document named by its type and issuer alone ("theo Nghị quyết của Quốc
# hội") is one of those of that type and issuer the text cites in full, no reference of its own. Near misses: "tại Điều 5"
# after a law's name is no part of it; the bare mention stays a reference where nothing of that issuer is cited.
def test_a_law_named_with_tai_and_a_document_named_by_its_issuer_alone():
    refs = extract_legal_refs("theo Luật Hòa giải, đối thoại tại Tòa án số 58/2020/QH14; mỗi Tòa án giải quyết.")
    assert [(r.code, r.title) for r in refs] == [("58/2020/QH14", "Hòa giải, đối thoại tại Tòa án")]
    assert [r.title for r in extract_legal_refs("Thực hiện theo Luật Đất đai tại Điều 5.")] == ["Đất đai"]
    text = ("Căn cứ Nghị quyết số 96/2019/QH14 ngày 27 tháng 11 năm 2019 của Quốc hội về công tác phòng, chống tội phạm;\n"
            "1. Bảo đảm hoàn thành các chỉ tiêu nghiệp vụ theo Nghị quyết của Quốc hội.")
    assert [r.code for r in extract_legal_refs(text)] == ["96/2019/QH14"]
    near = "Căn cứ Nghị quyết số 12/2024/NQ-HĐND của Hội đồng nhân dân tỉnh;\nthực hiện theo Nghị quyết của Quốc hội."
    assert [(r.code, r.issuer) for r in extract_legal_refs(near)] == [("12/2024/NQ-HĐND", "Hội đồng nhân dân tỉnh"), (None, "Quốc hội")]


@pytest.mark.parametrize("text, titles", [
    # w22d: "Kế hoạch đối với …" is the plan itself and the part a body answers for, not a plan named by its title
    ("Sở Xây dựng chủ trì theo dõi, đôn đốc thực hiện Kế hoạch đối với khu vực đô thị.", []),
    ("Thực hiện Kế hoạch phát triển nhà ở tỉnh giai đoạn 2026 - 2030.", ["phát triển nhà ở tỉnh giai đoạn 2026 - 2030"]),
])
def test_a_plan_for_a_part_is_no_title(text, titles):
    assert [r.title for r in extract_legal_refs(text) if r.doc_type == "Kế hoạch"] == titles


@pytest.mark.parametrize("text, titles", [
    # w23d: an organisation named for two fields joined by "và" keeps them in a charter's title ("Liên hiệp các Hội Khoa học
    # và Kỹ thuật", Chỉ thị 42-CT/TW 2010); "và" before another body's name still ends a title (near miss)
    ("Căn cứ Điều lệ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk;", ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk"]),
    ("Thực hiện Kế hoạch phát triển du lịch và Sở Y tế tổ chức khám sức khỏe.", ["phát triển du lịch"]),
    # a question mark ends a title as a full stop does (a portal checklist: "… theo quy định của Luật Khoa học và Công nghệ?
    # (Có đăng/Không đăng)"), now that the pair of fields no longer ends it at "và"
    ("(11). Thông tin về đề tài khoa học theo quy định của Luật Khoa học và Công nghệ? (Có đăng/Không đăng/Không có dữ liệu)",
     ["Khoa học và Công nghệ"]),
])
def test_a_title_keeps_an_organisations_two_fields(text, titles):
    assert [r.title for r in extract_legal_refs(text)] == titles

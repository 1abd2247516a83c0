"""Bodies: the role of a body whose lead is written after a circumstance or a sub-unit, one row for a body asked to
lead; the level of bodies named with "thành phố" or without their province's word; lists that assign nothing."""
from __future__ import annotations

import pytest

from extractors.bodies import extract_bodies


def roles(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for b in extract_bodies(text):
        if b.kind != "collective":
            out.setdefault(b.name_canonical, []).append(b.role)
    return out


# Class: the lead written after a circumstance set off by commas, after a sub-unit's dash, or asked for by "Đề nghị".
@pytest.mark.parametrize("text,expected", [
    ("3. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, địa phương, chủ trì tổng hợp trình cấp có thẩm "
     "quyền bố trí kinh phí.", {"Sở Tài chính": ["lead"]}),
    ("2. Sở Kế hoạch và Đầu tư, căn cứ khả năng cân đối ngân sách, chủ trì tham mưu phân bổ vốn.",
     {"Sở Kế hoạch và Đầu tư": ["lead"]}),
    ("2. Sở Tài chính\n\na) Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp, trình "
     "cấp có thẩm quyền bố trí kinh phí.\n\nb) Hướng dẫn thanh quyết toán.", {"Sở Tài chính": ["lead"]}),
    ("8. Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II: Chủ trì, phối hợp triển khai các nhiệm vụ phát triển "
     "kinh tế số.", {"Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II": ["lead"]}),  # s28b: the branch, named whole
    ("12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n\nChủ trì, phối hợp với các tổ chức thành viên tuyên "
     "truyền.\n\n13. Sở Y tế\n\nHướng dẫn thực hiện.", {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": ["lead"],
                                                         "Sở Y tế": ["assigned"]}),
    ("2.9. Đề nghị Liên đoàn Lao động tỉnh\n\n- Chủ trì vận động đoàn viên tham gia.",
     {"Liên đoàn Lao động tỉnh": ["lead"]}),
    # the same line goes on about the body it asked: still asked
    ("- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy thành quả của các phong trào thi "
     "đua. Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên phát huy vai trò nòng cốt vận động xã hội.",
     {"Ủy ban Mặt trận Tổ quốc tỉnh": ["requested", "requested"]}),
    ("- Đề nghị Liên đoàn Lao động tỉnh tuyên truyền cho công nhân. Liên đoàn Lao động tỉnh chỉ đạo công đoàn cơ sở "
     "tham gia.", {"Liên đoàn Lao động tỉnh": ["requested", "requested"]}),
    ("- Đề nghị Liên đoàn Lao động tỉnh tuyên truyền cho công nhân. Sở Nội vụ hướng dẫn thực hiện.",
     {"Liên đoàn Lao động tỉnh": ["requested"], "Sở Nội vụ": ["assigned"]}),
    # negatives: a circumstance with no "chủ trì" after it; a request without a lead
    ("3. Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, tham mưu bố trí kinh phí.",
     {"Sở Tài chính": ["assigned"]}),
    ("2. Sở Tài chính\n\na) Trên cơ sở đề xuất của các cơ quan, đơn vị, Sở Tài chính tổng hợp nhu cầu kinh phí.",
     {"Sở Tài chính": ["assigned"]}),
    ("7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố\n\nPhối hợp với các ngành tăng cường tuyên truyền.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam thành phố": ["requested"]}),
])
def test_lead_after_a_circumstance_a_sub_unit_or_a_request(text, expected):
    assert roles(text) == expected


# Class: the level of a body named by a city, or one of a province's agencies named without "tỉnh".
@pytest.mark.parametrize("name,home,level", [
    ("Ủy ban nhân dân thành phố Cần Thơ", ("tỉnh", False, False), "tinh"),   # a city under the centre
    ("Ủy ban nhân dân TP. Hồ Chí Minh", (None, False, None), "tinh"),
    ("Ủy ban nhân dân thành phố Tam Điệp", ("tỉnh", False, True), "huyen"),  # a province's city, while districts were
    ("Ủy ban nhân dân thành phố Tam Điệp", ("tỉnh", False, False), None),    # …and after them
    ("Công an thành phố", ("thành phố", True, False), "tinh"),               # the city plan's own city
    ("Bộ Tư lệnh Thành phố", ("thành phố", True, False), "tinh"),
    ("Chủ tịch Ủy ban nhân dân thành phố", ("tỉnh", False, True), "huyen"),
    ("Công an thành phố", (None, False, None), None),                        # whose city is not known
    ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", ("thành phố", True, False), "tinh"),
    ("Ban Quản lý Khu kinh tế Đông Nam", ("tỉnh", False, False), "tinh"),
    ("Ban Quản lý Khu Kinh tế Phú Yên", ("tỉnh", False, False), "tinh"),      # the field capitalised
    ("Ban Quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên", ("tỉnh", False, False), "tinh"),
    ("Báo và Phát thanh, Truyền hình Đồng Nai", ("tỉnh", False, False), "tinh"),
    ("Báo và Phát thanh - Truyền hình Đắk Lắk", ("tỉnh", False, False), "tinh"),
    ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch", ("tỉnh", False, False), "tinh"),
    ("Chi cục Biển đảo và Thủy sản", ("tỉnh", False, False), "tinh"),
    ("Chi cục Hải quan khu vực V", ("tỉnh", False, False), None),            # a central agency's branch
    ("Ban Quản lý các khu công nghiệp", (None, False, None), None),          # a plan no province issues
    ("Viettel Nghệ An", ("tỉnh", False, False), None),
    ("Báo Ninh Bình", ("tỉnh", False, True, "Ninh Bình"), "tinh"),             # the province's newspaper
    ("Báo Nghệ An", ("tỉnh", False, False, "Nghệ An"), "tinh"),
    ("Báo Nhân Dân", ("tỉnh", False, False, "Nghệ An"), None),
    ("Ban Tuyên giáo và Dân vận Thành ủy", ("thành phố", True, False), "tinh"),  # a city under the centre's committee
    ("Văn phòng Thành ủy", ("tỉnh", False, True), "huyen"),                   # a province's city, while districts were
    ("Thành đoàn", ("thành phố", True, False), "tinh"),
    ("Văn phòng Thành ủy", (None, False, None), None),                       # whose city is not known
])
def test_level_of_cities_and_provincial_agencies(name, home, level):
    from extractors.bodies.levels import level_of

    assert level_of(name, home) == level


@pytest.mark.parametrize("text,level", [
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố: 153/KH-UBND\n\nCần Thơ, ngày 17 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
     "Phòng, chống ma túy\n\n1. Công an thành phố\n\nChủ trì, phối hợp với các sở tổ chức thực hiện.", "tinh"),
    ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\nSố: 179/KH-UBND\n\nĐồng Nai, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\n"
     "Phát triển kinh tế số\n\n1. Ban Quản lý các Khu công nghiệp\n\nChủ trì, phối hợp tổ chức thực hiện.", "tinh"),
    ("KẾ HOẠCH\nPhát triển kinh tế số\n\n1. Ban Quản lý các Khu công nghiệp\n\nChủ trì tổ chức thực hiện.", None),
])
def test_a_documents_issuer_gives_the_level(text, level):
    rows = [b for b in extract_bodies(text) if b.kind != "collective"]
    assert rows and {b.level for b in rows} == {level}


def test_province_level_rows_name_their_source():
    from pathlib import Path

    from extractors.vocabulary import load_tsv

    for row in load_tsv(Path(__file__).parent.parent / "extractors" / "bodies" / "province_level.tsv"):
        assert len(row) > 3 and row[0] in ("central_city", "agency") and row[3].strip(), row


def named_roles(text: str) -> dict[str, str]:
    return {b.name_canonical: b.role for b in extract_bodies(text) if b.kind != "collective"}


# Class: lists that name bodies and assign nothing (who may compete, criteria, quotas, requesters, the issuer's own
# voice and letterhead before the first heading).
@pytest.mark.parametrize("text,expected", [
    ("II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA\n\n1. Đối tượng thi đua\n\na) Tập thể: Các cơ quan Đảng trực thuộc Tỉnh ủy; các Sở, "
     "ban, ngành, Mặt trận Tổ quốc Việt Nam tỉnh; UBND các xã, phường.\n\nb) Cá nhân: cán bộ, công chức.\n\n"
     "2. Nội dung thi đua\n\nSở Nội vụ chủ trì hướng dẫn thi đua.", {"Sở Nội vụ": "lead"}),
    ("Điều 2. Đối tượng áp dụng\n\n1. Sở Nông nghiệp và Môi trường tỉnh Nghệ An.\n\n2. Ủy ban nhân dân các xã, phường."
     "\n\nĐiều 3. Tổ chức thực hiện\n\nỦy ban nhân dân các xã, phường tổ chức thực hiện.",
     {"Ủy ban nhân dân các xã, phường": "assigned"}),
    ("III. TIÊU CHÍ THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG\n\n1. Tiêu chí thi đua\n\nb) Đối với Ủy ban Mặt trận Tổ quốc tỉnh, "
     "các tổ chức chính trị - xã hội\n\n- Tổ chức sâu rộng các phong trào thi đua.\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"
     "1. Sở Nội vụ\n\nChủ trì hướng dẫn.", {"Sở Nội vụ": "lead"}),
    ("IV. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG\n\n1. Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp với các cơ quan báo cáo Ủy "
     "ban bầu cử.\n\n2. Bằng khen\n\n- Đối với Ban Tổ chức Tỉnh ủy;\nCông an tỉnh; Sở Tài chính mỗi đơn vị đề nghị "
     "không quá 01 tập thể, 03 cá nhân;", {"Sở Nội vụ": "assigned"}),
    ("Xét đề nghị của 28 đơn vị gồm: Công ty cổ phần Yên Phú tại Văn bản số 31; Chi nhánh Lục Yên - Công ty cổ phần "
     "Việt Đức tại Văn bản số 11.", {}),
    ("- Xét đề nghị của các đơn vị: Công ty cổ phần Kim Thành tại văn bản số 21; Chi nhánh Bảo Thắng - Công ty cổ phần "
     "Khoáng sản Lào Cai tại Văn bản số 7.", {}),
    ("- Tập thể: Các cơ quan Đảng; các Sở, ban, ngành, Mặt trận Tổ quốc Việt Nam tỉnh; Ủy ban nhân dân các xã, phường "
     "thực hiện tốt nhiệm vụ.", {}),
    ("Ủy ban nhân dân tỉnh Nghệ An triển khai Đợt thi đua lập thành tích chào mừng Đại hội, cụ thể như sau:\n\n"
     "I. MỤC ĐÍCH\n\n1. Sở Nội vụ chủ trì hướng dẫn.", {"Sở Nội vụ": "lead"}),
    ("Nghị quyết về kế hoạch đầu tư phát triển năm 2009\nHội đồng nhân dân tỉnh hải dương\nKhóa xiv, kỳ họp thứ 13\n\n"
     "I. MỤC TIÊU\n\n1. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.", {"Ủy ban nhân dân tỉnh": "assigned"}),
    ("2. Xác định khu vực ưu tiên cứu trợ\n\n- Nhóm 2:\nCác xã, phường lân cận, vùng ven sông, suối, cần được hỗ "
     "trợ kịp thời.\n\n- Nhóm 3: Ủy ban nhân dân các xã vùng cao chưa bị ảnh hưởng.", {}),
    # negatives: the same words where they do give tasks
    ("- Đối tượng thực hiện: Ủy ban nhân dân các xã, phường tổ chức cấp phát.",
     {"Ủy ban nhân dân các xã, phường": "assigned"}),
    ("V. TỔ CHỨC THỰC HIỆN\n\na) Đối với Sở Tài chính:\n\n- Bố trí kinh phí thực hiện.", {"Sở Tài chính": "assigned"}),
    ("I. MỤC ĐÍCH\n\n1. Ủy ban nhân dân các xã triển khai Kế hoạch thi đua.", {"Ủy ban nhân dân các xã": "assigned"}),
])
def test_lists_that_assign_nothing(text, expected):
    assert named_roles(text) == expected


def test_a_recipient_whose_reason_wraps_stays_in_the_recipients():
    from pipeline.closing import closing_blocks

    text = ("1. Sở Nội vụ chủ trì.\n\nNơi nhận:\n- Ban Thi đua - Khen thưởng Trung ương\n(b/c);\n- TT. Tỉnh ủy;\n"
            "- Các phòng, Ban, TT thuộc VP. UBND tỉnh;\n- Lưu: VT.\n")
    (start, end), = closing_blocks(text)
    assert text[start:].startswith("Nơi nhận") and end >= text.index("- Lưu")
    assert named_roles(text) == {"Sở Nội vụ": "lead"}


@pytest.mark.parametrize("title,which", [
    ("Đối tượng thi đua", "eligibility"), ("Đối tượng áp dụng", "eligibility"),
    ("Phạm vi điều chỉnh và đối tượng áp dụng", "eligibility"), ("ĐỐI TƯỢNG, NGUYÊN TẮC, HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG", "eligibility"),
    ("Cơ cấu tổ chức", "eligibility"), ("Cơ cấu tổ chức của Sở:", "eligibility"),
    ("Tiêu chí thi đua", "criteria"), ("SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG", "criteria"), ("Tiêu chuẩn khen thưởng", "criteria"),
    # negatives: who acts, how a council works, who evaluates
    ("Đối tượng thực hiện", None), ("Cơ cấu tổ chức, nguyên tắc và phương thức hoạt động của Hội đồng", None),
    ("Tiêu chí đánh giá, xếp loại", None), ("Tổ chức thực hiện", None),
])
def test_sections_that_name_whom_not_what(title, which):
    from extractors.bodies import patterns as P

    found = "eligibility" if P.ELIGIBILITY_TITLE.match(title) else "criteria" if P.CRITERIA_TITLE.match(title) else None
    assert found == which


# Class: an office ("Phòng …") named without its place after the districts went (1 July 2025) is a commune's office
# (commune_offices.tsv, Nghị định 150/2025/NĐ-CP) or a unit of the issuer's department or agency (the issuer's level);
# before that date, or with its own level word, it keeps the district's level or its own.
@pytest.mark.parametrize("name,after,issuer_level,level", [
    ("Phòng Kinh tế", True, "tinh", "xa"),
    ("Phòng Kinh tế, Hạ tầng và Đô thị", True, "trung_uong", "xa"),
    ("Phòng Văn hóa - Xã hội", True, None, "xa"),
    ("Phòng Tổ chức bộ máy và Công chức", True, "tinh", "tinh"),      # a department's unit in a province's plan
    ("Phòng Kiểm soát thủ tục hành chính", True, "trung_uong", "trung_uong"),
    ("Phòng Quản lý Công nghiệp", True, None, None),                  # an issuer whose level is not known
    # negatives: an older plan, a level word in the name
    ("Phòng Kinh tế", False, "huyen", None),
    ("Phòng Văn hóa và Thông tin huyện", True, "tinh", None),
    ("Phòng Văn hóa - Xã hội xã", True, "tinh", None),
])
def test_offices_after_the_districts(name, after, issuer_level, level):
    from extractors.bodies.levels import office_level

    assert office_level(name, after, issuer_level) == level


@pytest.mark.parametrize("header,level", [
    ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nSố: 134/KH-UBND\n\nĐắk Lắk, ngày 25 tháng 11 năm 2025\n\nKẾ HOẠCH\nQuan trắc\n\n", "xa"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN VĨNH THUẬN\n\nSố: 74/KH-UBND\n\nVĩnh Thuận, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nThi đua\n\n",
     "huyen"),
])
def test_a_plans_date_gives_its_offices_level(header, level):
    rows = [b for b in extract_bodies(header + "Giao Phòng Kinh tế chủ trì hướng dẫn nông dân.") if b.kind != "collective"]
    assert [(b.name_canonical, b.level) for b in rows] == [("Phòng Kinh tế", level)]


# s21b: an issuer whose name holds "xã hội" (a Ban Chỉ đạo of "tệ nạn xã hội", "Bảo hiểm xã hội tỉnh") is no commune: its
# offices named without a place take the province's level; a commune's people's committee still gives its own.
@pytest.mark.parametrize("header,level", [
    ("BAN CHỈ ĐẠO PHÒNG, CHỐNG TỘI PHẠM, TỆ NẠN XÃ HỘI TỈNH LÀO CAI\n\nSố: 05/KH-BCĐ\n\nLào Cai, ngày 14 tháng 01 năm 2026"
     "\n\nKẾ HOẠCH\nPhòng, chống tội phạm\n\n", "tinh"),
    ("BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN\n\nSố: 12/KH-BHXH\n\nNghệ An, ngày 10 tháng 9 năm 2025\n\nKẾ HOẠCH\nPhát triển người "
     "tham gia\n\n", "tinh"),
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nSố: 12/KH-UBND\n\nTân Lập, ngày 10 tháng 9 năm 2025\n\nKẾ HOẠCH\nPhát triển\n\n", "xa"),
])
def test_an_issuer_named_for_social_affairs_is_no_commune(header, level):
    rows = [b for b in extract_bodies(header + "Giao Phòng Tham mưu chủ trì tổng hợp kết quả.") if b.kind != "collective"]
    assert [(b.name_canonical, b.level) for b in rows] == [("Phòng Tham mưu", level)]

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
     "kinh tế số.", {"Ngân hàng Nhà nước Việt Nam": ["lead"]}),
    ("12. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n\nChủ trì, phối hợp với các tổ chức thành viên tuyên "
     "truyền.\n\n13. Sở Y tế\n\nHướng dẫn thực hiện.", {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": ["lead"],
                                                         "Sở Y tế": ["assigned"]}),
    ("2.9. Đề nghị Liên đoàn Lao động tỉnh\n\n- Chủ trì vận động đoàn viên tham gia.",
     {"Liên đoàn Lao động tỉnh": ["lead"]}),
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
    ("Báo và Phát thanh, Truyền hình Đồng Nai", ("tỉnh", False, False), "tinh"),
    ("Báo và Phát thanh - Truyền hình Đắk Lắk", ("tỉnh", False, False), "tinh"),
    ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch", ("tỉnh", False, False), "tinh"),
    ("Chi cục Biển đảo và Thủy sản", ("tỉnh", False, False), "tinh"),
    ("Chi cục Hải quan khu vực V", ("tỉnh", False, False), None),            # a central agency's branch
    ("Ban Quản lý các khu công nghiệp", (None, False, None), None),          # a plan no province issues
    ("Viettel Nghệ An", ("tỉnh", False, False), None),
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

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

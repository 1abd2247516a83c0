"""Scoring rules of the contract, by example."""
from __future__ import annotations

import pytest

from pipeline.evaluate import dedupe, match, match_score

CASES = [
    ("targets", {"indicator": "Tỷ lệ che phủ rừng", "value": 51, "unit": "%"},
     {"indicator": "tỷ lệ che phủ rừng toàn huyện", "value": 51.0, "unit": "%"}, True),
    ("targets", {"indicator": "Tỷ lệ che phủ rừng", "value": 51, "unit": "%"},
     {"indicator": "Tỷ lệ che phủ rừng", "value": 52, "unit": "%"}, False),
    ("targets", {"indicator": "Bác sỹ", "value": 10, "unit": "bác sỹ/vạn dân"},
     {"indicator": "Bác sỹ", "value": 10, "unit": "bác sỹ/01 vạn dân"}, True),
    ("targets", {"indicator": "Bác sỹ", "value": 10, "unit": "bác sỹ/vạn dân"},
     {"indicator": "Bác sỹ", "value": 10, "unit": "giường bệnh/vạn dân"}, False),
    ("targets", {"indicator": "Thu ngân sách", "value": 160000, "unit": "triệu đồng"},
     {"indicator": "Giá trị sản xuất công nghiệp", "value": 160000, "unit": "triệu đồng"}, False),
    ("deadlines", {"date": "2024-11-21", "date_end": None}, {"date": "2024-11-21", "date_end": None}, True),
    ("deadlines", {"date": None, "date_raw": "31/6/2021"}, {"date": None, "date_raw": "ngày 31 tháng 6 năm 2021"}, True),
    ("deadlines", {"date": "2024-03", "date_end": "2025-12"}, {"date": "2024-03", "date_end": None}, False),
    ("bodies", {"name_canonical": "Ủy ban nhân dân huyện"}, {"name": "UBND huyện"}, True),
    ("legal_refs", {"code": "09-NQ/TW"}, {"code": "09-NQ/TW "}, True),
    ("legal_refs", {"code": "09-NQ/TW"}, {"code": "09/NQ-TW"}, False),
    ("legal_refs", {"code": None, "doc_type": "Luật", "title": "Thi đua, khen thưởng"},
     {"code": None, "doc_type": "Luật", "title": "Thi đua, khen thưởng năm 2022"}, True),
    ("legal_refs", {"code": None, "doc_type": "Luật", "title": "Thi đua, khen thưởng"},
     {"code": None, "doc_type": "Nghị quyết", "title": "Thi đua, khen thưởng"}, False),
]


@pytest.mark.parametrize("table, gold, pred, matches", CASES)
def test_match_rule(table, gold, pred, matches):
    assert (match_score(table, gold, pred) is not None) == matches


def test_matching_is_one_to_one():
    gold = [{"code": "09-NQ/TW"}]
    pred = [{"code": "09-NQ/TW"}, {"code": "09-NQ/TW"}]
    pairs, missed, extra = match("legal_refs", gold, dedupe("legal_refs", pred))
    assert len(pairs) == 1 and not missed and not extra
    pairs, missed, extra = match("targets", [{"indicator": "a b", "value": 1, "unit": "%"}],
                                 [{"indicator": "a b", "value": 1, "unit": "%"}] * 2)
    assert len(pairs) == 1 and len(extra) == 1


def test_bodies_keep_their_strongest_role():
    rows = [{"name": "Phòng Nội vụ", "role": "coordinate"}, {"name": "Phòng Nội vụ", "role": "lead"}]
    assert [r["role"] for r in dedupe("bodies", rows)] == ["lead"]

"""Scoring rules of the contract, by example."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pipeline.evaluate import SCORER_ATTRIBUTES, dedupe, evaluate, match, match_score
from pipeline.run import run_direct
from tests.conftest import FIELD, GOLD, SEEDS, SHARED

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


# ---- parity with the reference scorer (../shared/spec/score.py) ---------------------------

SCORER = SHARED / "spec" / "score.py"
FIELD_GOLD = SHARED / "corpus" / "field-gold"
TABLES = ("targets", "deadlines", "bodies", "legal_refs")


def _scorer():
    if not SCORER.is_file():
        pytest.skip(f"reference scorer not present at {SCORER} (it lives in ../shared, not in this package)")
    spec = importlib.util.spec_from_file_location("reference_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _assert_same_figures(gold_dir: Path, out: Path):
    reference = _scorer().score(gold_dir, out)
    ours = evaluate(gold_dir, out)
    for table in TABLES:
        ref, own = reference[table], ours["tables"][table]
        assert (own["matched"], own["predicted"], own["gold"]) == (ref["tp"], ref["pred"], ref["gold"]), table
        for figure in ("precision", "recall", "f1"):
            assert own[figure] == ref[figure], (table, figure)
    assert reference["attributes"], "the scorer reports attribute accuracies"
    for name, accuracy in reference["attributes"].items():
        table, attr = name.split(".")
        assert ours["tables"][table]["attributes"][attr]["accuracy"] == accuracy, name
    # eval reports every attribute the scorer does, and no scorer attribute it does not
    for table, attrs in SCORER_ATTRIBUTES.items():
        for attr in attrs:
            n = ours["tables"][table]["attributes"][attr]["n"]
            assert (n > 0) == (f"{table}.{attr}" in reference["attributes"]), (table, attr)


def test_eval_gives_the_reference_scorers_figures_on_the_seeds(tmp_path):
    _scorer()
    run_direct([str(SEEDS)], tmp_path)
    _assert_same_figures(GOLD, tmp_path)


def test_eval_gives_the_reference_scorers_figures_on_the_dev_set(tmp_path):
    _scorer()
    if not FIELD_GOLD.is_dir() or not FIELD.is_dir():
        pytest.skip(f"dev set not present at {FIELD_GOLD} / {FIELD} (read from ../shared, never committed)")
    texts = tmp_path / "dev"
    texts.mkdir()
    for gold in sorted(FIELD_GOLD.glob("*.json")):
        source = FIELD / gold.name[: -len(".json")]
        (texts / source.name).write_bytes(source.read_bytes())
    out = tmp_path / "out"
    run_direct([str(texts)], out)
    _assert_same_figures(FIELD_GOLD, out)


SCORER_RULES = [  # the scorer's matching, by example (the rules eval copies)
    ("bodies", {"name": "MTTQ tỉnh"}, {"name": "Mặt trận Tổ quốc Việt Nam tỉnh"}, True),
    ("bodies", {"name": "Các sở, ngành"}, {"name": "sở, ngành"}, True),
    ("bodies", {"name": "Sở Y tế", "name_canonical": "Sở Y tế tỉnh"}, {"name": "Sở Y tế"}, True),
    ("bodies", {"name": "Sở Y tế"}, {"name": "Sở Tài chính"}, False),
    ("legal_refs", {"code": "75/KH-UBND"}, {"code": "Số: 75/KH- UBND"}, True),
    ("legal_refs", {"code": None, "doc_type": "Luật", "title": "Đất đai"}, {"code": None, "doc_type": "luật", "title": "Đất đai năm 2024"}, True),
    ("legal_refs", {"code": None, "doc_type": "Luật", "title": "Ban hành văn bản quy phạm pháp luật"},
     {"code": None, "doc_type": "Luật", "title": "Ban hành văn bản"}, False),
    ("targets", {"indicator": "Tỷ lệ trường đạt chuẩn", "value": 90, "unit": "%", "numerator": 36, "denominator": 40},
     {"indicator": "trường đạt chuẩn quốc gia", "value": 36, "unit": "trường", "numerator": 36, "denominator": 40}, True),
    ("targets", {"indicator": "Diện tích sàn", "value": 25, "unit": "m2/người"}, {"indicator": "Diện tích sàn", "value": 25, "unit": "m²/người"}, True),
    ("targets", {"indicator": "Tỷ lệ hộ nghèo", "value": 2, "unit": "%"}, {"indicator": "Tỷ lệ lao động", "value": 2, "unit": "%"}, False),
    ("deadlines", {"date": None, "date_raw": "15/11 hằng năm", "recurrence": "hằng năm"},
     {"date": None, "date_raw": "ngày 15 tháng 11 hằng năm", "recurrence": "Hằng năm"}, True),
    ("deadlines", {"date": None, "date_raw": "15/11", "recurrence": "hằng năm"}, {"date": None, "date_raw": "15/11", "recurrence": None}, False),
]


@pytest.mark.parametrize("table, gold, pred, matches", SCORER_RULES)
def test_scorer_rule(table, gold, pred, matches):
    assert (match_score(table, gold, pred) is not None) == matches


def test_a_reference_keeps_the_row_that_has_the_date():
    rows = [{"code": "09-NQ/TW", "date": None}, {"code": "09-NQ/TW ", "date": "2024-01-02"}]
    assert [r["date"] for r in dedupe("legal_refs", rows)] == ["2024-01-02"]


def test_predicted_collectives_are_not_counted():
    rows = [{"name": "các cơ quan, đơn vị", "kind": "collective"}, {"name": "Sở Nội vụ", "kind": "department"}]
    assert [r["name"] for r in dedupe("bodies", rows)] == ["Sở Nội vụ"]

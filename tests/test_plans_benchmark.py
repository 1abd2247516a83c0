"""The whole-plan benchmark (benchmarks/plans/, run by benchmarks/probe_plans.py) is well-formed:
each synthetic plan has its expected answers in the gold format (../shared/spec/gold-format.md),
each target's quote is in the plan, dates are ISO. The figures are a benchmark, not a test."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

PLANS = Path(__file__).resolve().parent.parent / "benchmarks" / "plans"
NAMES = sorted(p.name for p in PLANS.glob("*.txt"))
ISO = re.compile(r"^\d{4}(?:-(?:Q[1-4]|\d{2}(?:-\d{2})?))?$")


def test_there_are_plans_with_answers():
    assert len(NAMES) >= 6
    assert sorted(p.name[:-5] for p in PLANS.glob("*.json")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_answers_are_in_the_gold_format(name):
    text = (PLANS / name).read_text(encoding="utf-8")
    flat = " ".join(text.split())
    gold = json.loads((PLANS / f"{name}.json").read_text(encoding="utf-8"))
    assert gold["doc"] == name
    assert {"title", "issuer", "doc_number"} <= gold["document"].keys()
    for t in gold["targets"]:
        # an index or coefficient has no unit ("Chỉ số Breteau (BI) < 20", "Hệ số Gini"): s25d
        assert t["indicator"] and isinstance(t["value"], (int, float)) and (
            t["unit"] or re.match(r"(?i)(?:chỉ\s+số|hệ\s+số)\s", t["indicator"])), t
        assert t["comparator"] in {"eq", "ge", "gt", "le", "lt", "approx"}
        assert " ".join(t["quote"].split()) in flat, t["quote"]
    for d in gold["deadlines"]:
        # a date null recurs, is relative to an event ("chậm nhất 05 ngày làm việc sau khi kết thúc", "trước Tết Nguyên
        # đán", a period from the plan's own issue "từ ngày ký ban hành đến hết ngày …"), or states no year (a task table's
        # "Tháng 3 - tháng 5": a year the text does not state is never inferred)
        assert d["date"] is not None or d.get("recurrence") \
            or re.search(r"(?i)\bsau\b|kể\s+từ|\btrước\b|\btừ\s+ngày\s+(?:ký|ban\s+hành)", d["date_raw"]) \
            or not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", d["date_raw"]), d
        assert d["date"] is None or not d.get("recurrence"), d
        assert d["date"] is None or ISO.match(d["date"]) and (d["date_end"] is None or ISO.match(d["date_end"]))
        assert d["kind"] in {"submit", "period", "review", "milestone"}
        assert all(n in re.findall(r"\d+", flat) for n in re.findall(r"\d+", d["date_raw"])), d
    for b in gold["bodies"]:
        assert b["role"] in {"lead", "coordinate", "assigned", "requested"}
    for r in gold["legal_refs"]:
        assert r["code"] is None or r["code"].replace(" ", "") in text.replace("\n", "").replace(" ", ""), r
        assert r["code"] or r["title"], r

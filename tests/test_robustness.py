"""Extractors never raise and always quote the text they were given, on cut, reshaped and random input."""
from __future__ import annotations

import random

import pytest

from extractors.bodies import extract_bodies
from extractors.deadlines import extract_deadlines
from extractors.legal_refs import extract_legal_refs
from extractors.targets import extract_targets
from tests.conftest import SEEDS

PIECES = ["", "\n", "%", "1/", "/1", "ngày", "31/6/2021", "Giao", "Sở", "( ", ")", "|", "\t", "trên", "đạt", "1.5",
          "2.000,5", "từ", "đến", "UBND", "“", "”", "Quý IV/", "hằng năm", "Nơi nhận:", "PHỤ LỤC",
          "TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian", "Chỉ tiêu\tĐơn vị\tNăm 2026", "trở lên", "không còn xã"]


def inputs(n: int = 40):
    rng = random.Random(20261129)
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    for i in range(n):
        kind = i % 4
        if kind == 0:
            yield "".join(rng.choice(PIECES) + rng.choice([" ", "", "\n"]) for _ in range(rng.randint(0, 60)))
        elif kind == 1:
            start = rng.randint(0, len(corpus))
            yield corpus[start:start + rng.randint(0, 4000)]
        elif kind == 2:
            yield "".join(chr(rng.randint(32, 0x1EFF)) for _ in range(rng.randint(0, 400)))
        else:
            start = rng.randint(0, len(corpus) - 6000)
            yield corpus[start:start + 6000].replace("\n", rng.choice(["\n\n", " ", "\t", " | "]))


@pytest.mark.parametrize("extract", [extract_targets, extract_deadlines, extract_bodies, extract_legal_refs])
def test_extractors_never_raise_and_quote_their_input(extract):
    for text in inputs():
        for fact in extract(text):
            assert 0 <= fact.start <= fact.end <= len(text)
            assert text[fact.start:fact.end] == fact.text


def test_a_text_over_spacys_limit_gives_the_same_facts(monkeypatch):
    """A text longer than one spaCy Doc may hold (a 50 MB plan) is read by the same extractors
    without tokens: the facts are the ones a Doc would carry."""
    from pipeline.spans import EXTRACTORS, annotate, build_nlp, facts_of

    text = (SEEDS / "000_994d56343633ffcd.txt").read_text(encoding="utf-8")
    through_doc = {kind: list(facts_of(annotate(text), kind)) for kind in EXTRACTORS}
    monkeypatch.setattr(build_nlp(), "max_length", len(text) - 1)
    plain = annotate(text)
    assert not hasattr(plain, "vocab")  # no spaCy Doc was made
    assert {kind: list(facts_of(plain, kind)) for kind in EXTRACTORS} == through_doc
    assert sum(len(v) for v in through_doc.values()) > 50


# Decimal digits of other scripts: Garay (Unicode 16) and Kawi (Unicode 15) are newer than Python's
# own Unicode tables (int() rejects them while `regex` matches them as \d), Arabic-Indic and
# fullwidth ones int() reads. A number is the number its digits stand for, in every script.
DIGIT_ZEROS = [0x10D40, 0x11F50, 0x0660, 0xFF10]
DIGIT_SNIPPETS = [
    "Đến năm 2025, tỷ lệ che phủ rừng đạt 51,5%; tổng thu ngân sách: 2.061.608 triệu đồng.",
    "- Số trường đạt chuẩn quốc gia: 36/40 trường, hoàn thành trước ngày 15/11/2025.",
    "Căn cứ Nghị định số 103/2024/NĐ-CP ngày 30 tháng 7 năm 2024 của Chính phủ; Sở Tài chính báo cáo trong quý IV/2025.",
    "TT\tChỉ tiêu\tĐơn vị\tNăm 2026\n1\tTỷ lệ hộ nghèo\t%\t1,2\n2\tThu nhập bình quân\ttriệu đồng/người\t75",
    "Kế hoạch số 74/KH-UBND ngày 12 tháng 4 năm 2024 của UBND huyện: từ tháng 3 năm 2024 đến hết tháng 12 năm 2025.",
]


def in_digits_of(zero: int, text: str) -> str:
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in text)


def fields_but_text(fact) -> dict:
    return {k: v for k, v in vars(fact).items() if k != "text"}


@pytest.mark.parametrize("zero", DIGIT_ZEROS, ids=hex)
@pytest.mark.parametrize("extract", [extract_targets, extract_deadlines, extract_bodies, extract_legal_refs])
def test_digits_of_any_script_read_as_their_value(extract, zero):
    for snippet in DIGIT_SNIPPETS:
        text = in_digits_of(zero, snippet)
        facts = extract(text)
        for fact in facts:
            assert text[fact.start:fact.end] == fact.text
        assert [fields_but_text(f) for f in facts] == [fields_but_text(f) for f in extract(snippet)]


@pytest.mark.parametrize("zero", DIGIT_ZEROS, ids=hex)
@pytest.mark.parametrize("written, value", [("2.061.608", 2061608), ("7.465,55", 7465.55), ("02", 2), ("1.5", 1.5)])
def test_parse_number_reads_any_script(written, value, zero):
    from extractors.targets.extract import parse_number
    assert parse_number(in_digits_of(zero, written)) == value

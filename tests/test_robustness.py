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

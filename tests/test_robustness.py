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


def test_the_run_reads_without_tokens_the_facts_a_doc_carries(monkeypatch):
    """`process_document` extracts without spaCy's tokens (no row depends on them): its rows are the
    facts of the `Doc`'s span groups, each span covering its fact's characters."""
    from dataclasses import asdict

    from pipeline import spans
    from pipeline.normalise import normalise
    from pipeline.process import process_document

    path = SEEDS / "000_994d56343633ffcd.txt"
    if not path.is_file():
        pytest.skip(f"seed not present at {SEEDS}")
    made = []
    monkeypatch.setattr(spans, "build_nlp", lambda: made.append(1) or pytest.fail("the run built a spaCy pipeline"))
    extraction = process_document(path)
    monkeypatch.undo()
    doc = spans.annotate(normalise(path.read_text(encoding="utf-8")).text)
    assert hasattr(doc, "vocab")  # a spaCy Doc
    for kind in spans.EXTRACTORS:
        facts = list(spans.facts_of(doc, kind))
        assert [{k: v for k, v in row.items() if k in asdict(f)} for row, f in zip(extraction.facts[kind], facts)] == [asdict(f) for f in facts]
        assert len(extraction.facts[kind]) == len(facts)
        for span, fact in zip(doc.spans[kind], facts):
            if fact.text.strip():
                assert span.start_char <= fact.start and fact.end <= span.end_char
    assert sum(len(v) for v in extraction.facts.values()) > 50
    # rows read the facts' fields as they are (no deep copy): they are plain values
    assert all(v is None or isinstance(v, (str, int, float)) for rows in extraction.facts.values() for row in rows for v in row.values())


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


# A date that cannot exist in any calendar is kept as a deadline with date null and its date_raw
# (a typo the reader must see), never dropped: days past the month's end, month 0 or 13+, quarter V+.
IMPOSSIBLE_DATES = [
    ("Hoàn thành trước ngày 45 tháng 13 năm 2024.", "trước ngày 45 tháng 13 năm 2024", "day"),
    ("Tổ chức tổng kết, hoàn thành trước ngày 31/6/2021.", "trước ngày 31/6/2021", "day"),
    ("Báo cáo kết quả về Sở Nội vụ trước ngày 30/02/2025.", "trước ngày 30/02/2025", "day"),
    ("Các đơn vị gửi báo cáo trước ngày 32/12/2025.", "trước ngày 32/12/2025", "day"),
    ("Các đơn vị gửi báo cáo trước ngày 00/12/2025.", "trước ngày 00/12/2025", "day"),
    ("Các đơn vị gửi báo cáo chậm nhất ngày 15.13.2025.", "chậm nhất ngày 15.13.2025", "day"),
    ("Sơ kết việc thực hiện Kế hoạch trong Quý V/2025.", "trong Quý V/2025", "quarter"),
    ("Tổng kết vào quý 5 năm 2025.", "vào quý 5 năm 2025", "quarter"),
    ("Hoàn thành việc rà soát trong tháng 13/2025.", "trong tháng 13/2025", "month"),
    ("Hoàn thành việc rà soát trong tháng 0 năm 2026.", "trong tháng 0 năm 2026", "month"),
]


@pytest.mark.parametrize("text, raw, precision", IMPOSSIBLE_DATES)
def test_a_date_that_cannot_exist_is_kept_with_date_null(text, raw, precision):
    [d] = extract_deadlines(text)
    assert (d.text, d.date, d.date_raw, d.precision) == (raw, None, raw, precision)


@pytest.mark.parametrize("text, date", [
    ("Các đơn vị gửi báo cáo trước ngày 29/02/2024.", "2024-02-29"),  # a leap year
    ("Sơ kết việc thực hiện Kế hoạch trong Quý IV/2025.", "2025-Q4"),
    ("Hoàn thành việc rà soát trong tháng 12/2025.", "2025-12"),
    ("Tổng kết vào quý 3 năm 2025.", "2025-Q3"),
])
def test_a_date_that_exists_keeps_its_value(text, date):
    [d] = extract_deadlines(text)
    assert d.date == date


@pytest.mark.parametrize("text", [
    "Tỷ lệ đạt 12-15/2025 hồ sơ.",  # two separators that differ: not a date
    "Mã hồ sơ 45/13/20245 đã cập nhật.",  # a longer number
])
def test_numbers_shaped_like_an_impossible_date_are_not_dates(text):
    assert extract_deadlines(text) == []


@pytest.mark.parametrize("text, warned", [
    ("KẾ HOẠCH\nCác đơn vị gửi báo cáo trước ngày 45 tháng 13 năm 2024.\n", "ngày 45 tháng 13 năm 2024"),
    ("KẾ HOẠCH\nCăn cứ Kế hoạch số 12/KH-UBND ngày 31/6/2021 của UBND tỉnh;\n", "31/6/2021"),
    ("KẾ HOẠCH\nCác cơ quan, đơn vị tổ chức thực hiện từ ngày 31/9/2025 đến ngày 15/12/2025 trên địa bàn toàn tỉnh.\n",
     "31/9/2025"),  # a period whose first day does not exist
    ("KẾ HOẠCH\nSơ kết việc thực hiện Kế hoạch trong Quý V/2025.\n", "Quý V/2025"),
])
def test_a_document_stating_a_date_that_cannot_exist_is_warned(tmp_path, text, warned):
    from pipeline.process import process_document

    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_document(path).document
    assert doc.status == "warning" and "date that does not exist" in doc.message and warned in doc.message


@pytest.mark.parametrize("name, content", [
    # a page number in a script newer than Python's tables, alone on a page's edge line
    ("plan.txt", "Kế hoạch thực hiện nhiệm vụ năm 2025 của Ủy ban nhân dân tỉnh về phát triển kinh tế xã hội\n\f \U00011f52 \n"
                 "Các sở, ban, ngành tổ chức thực hiện và báo cáo kết quả trước ngày 15/12/2025.\n"),
    # a colspan that str.isdigit() accepts and int() rejects
    ("plan.html", '<html><body><p>Kế hoạch thực hiện nhiệm vụ năm 2025 của Ủy ban nhân dân tỉnh về phát triển kinh tế xã hội</p>'
                  '<table><tr><td colspan="²">Chỉ tiêu</td><td>Năm 2025</td></tr><tr><td>Tỷ lệ hộ nghèo</td><td>1,5%</td></tr>'
                  '</table></body></html>'),
])
def test_a_strange_digit_in_layout_does_not_fail_the_document(tmp_path, name, content):
    from pipeline.process import process_document

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    doc = process_document(path).document
    assert doc.status == "ok", doc.message


@pytest.mark.parametrize("text, raw", [
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 45/13/2024 của UBND tỉnh;", "45/13/2024"),
    ("Căn cứ Kế hoạch số 74/KH-UBND ngày 45 tháng 13 năm 2024 của UBND huyện;", "45 tháng 13 năm 2024"),
    ("Căn cứ Quyết định số 12/QĐ-UBND ngày 31/6/2021 của UBND tỉnh;", "31/6/2021"),
])
def test_a_citation_dated_on_a_day_that_cannot_exist_keeps_its_date_raw(text, raw):
    [ref] = extract_legal_refs(text)
    assert (ref.date, ref.date_raw) == (None, raw)


def test_the_prefilter_of_dates_keeps_every_match():
    """WHEN opens with a lookahead of the characters its alternatives start with (a scan speed-up):
    it must not lose a match the alternatives alone find."""
    import regex

    from extractors.deadlines import patterns as P

    prefilter, alternatives = P.WHEN.split("(?P<when>", 1)
    assert "(?=" in prefilter
    bare = regex.compile("(?P<when>" + alternatives, regex.VERBOSE)
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text += "\n".join(text for text, _, _ in IMPOSSIBLE_DATES) + " Cuối năm 2025, giữa năm 2026, Đầu năm 2027, sáu tháng đầu năm 2025"
    assert [m.span() for m in P.WHEN_RE.finditer(text)] == [m.span() for m in bare.finditer(text)]


def test_the_part_a_heading_sits_in_is_read_as_a_scan_up_to_it_would():
    """`_part_title` finds the parts once per text and looks up the one before a position: the same
    title as scanning the text up to that position (which was quadratic over a long text)."""
    import random

    from extractors.deadlines import extract as E, patterns as P

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    rng = random.Random(7)
    positions = [m.start() for m in P.PHASE_HEADING.finditer(text)] + [m.start() + 2 for m in P.ROMAN_HEADING.finditer(text)]
    for pos in positions + [rng.randrange(len(text)) for _ in range(200)]:
        scanned = [m.group() for m in P.ROMAN_HEADING.finditer(text, 0, pos)]
        assert E._part_title(text, pos) == (scanned[-1] if scanned else "")

"""Review report: pages per document and an index, self-contained and escaped, checked in a
real headless Chromium (clicks, highlights, screenshot) when Debian's chromium is installed."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.evaluate import evaluate
from pipeline.marks import FORMAT
from pipeline.review import Fact, render_text
from pipeline.run import run_direct
from tests.conftest import GOLD, SEEDS

INJECTED = """KẾ HOẠCH
Thực hiện nhiệm vụ năm 2025 <script>alert('xss')</script>
I. MỤC TIÊU
- Tỷ lệ che phủ rừng đạt 51% <img src=x onerror="alert(1)">
- Giao Phòng Nội vụ chủ trì, phối hợp với Sở Tài chính tổ chức thực hiện.
- Các cơ quan gửi báo cáo trước ngày 15/12/2025.
"""
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--window-size=1400,1000"]
REMOTE = re.compile(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", re.I)


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, corpus / p.name)
    (corpus / "injected.txt").write_text(INJECTED, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = run_direct([str(corpus)], out, gold_dir=GOLD)
    return out, Path(result["review"])


def pages(out: Path) -> list[Path]:
    return sorted((out / "review").glob("*.html"))


def test_a_page_per_document_and_an_index(review):
    out, index = review
    assert index == out / "review" / "index.html" and index.exists()
    assert len(pages(out)) == 6 + 1
    html = index.read_text(encoding="utf-8")
    for p in pages(out):
        if p.name != "index.html":
            assert f'href="{p.name}"' in html


def test_pages_are_self_contained_and_escape_the_text(review):
    out, _ = review
    for p in pages(out):
        html = p.read_text(encoding="utf-8")
        assert not REMOTE.search(html), p.name
        assert "alert('xss')</script>" not in html and 'onerror="alert' not in html
    injected = next(p for p in pages(out) if "injected.txt" in p.read_text(encoding="utf-8") and p.name != "index.html")
    html = injected.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    # escaped wherever it shows (the text view writes the quote as &quot;, the templates as &#34;)
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html or "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html


def test_pages_are_valid_html(review):
    html5lib = pytest.importorskip("html5lib")
    out, _ = review
    for p in pages(out):
        html5lib.HTMLParser(strict=True).parse(p.read_text(encoding="utf-8"))


def test_gold_marks_matched_extra_and_missed(review):
    out, _ = review
    page = next(p for p in pages(out) if "000_994d56343633ffcd.txt" in p.read_text(encoding="utf-8") and p.name != "index.html")
    html = page.read_text(encoding="utf-8")
    assert "s-matched" in html and "matched</span>" in html
    # every fact of the page is in the embedded data and has exactly one opening highlight
    facts = json.loads(re.search(r'<script type="application/json" id="facts">(.*?)</script>', html, re.S).group(1))
    assert len(re.findall(r'<mark class="fact [^"]*" data-fact=', html)) - html.count(" cont\"") == len(facts)


def test_index_counts_extras_and_misses_as_eval_does(review):
    out, index = review
    html = index.read_text(encoding="utf-8")
    scores = evaluate(GOLD, out)["per_document"]
    assert scores
    for name, kinds in scores.items():
        extra = sum(k["predicted"] - k["matched"] for k in kinds.values())
        missed = sum(k["gold"] - k["matched"] for k in kinds.values())
        row = re.search(re.escape(name) + r".*?</tr>", html, re.S)
        assert row, name
        assert f"{extra} extra</span>, {missed} missed" in row.group(0), (name, extra, missed)


def test_overlapping_facts_nest_and_stay_one_highlight_each():
    text = "Giao Phòng Nội vụ chủ trì trước ngày 15/12/2025 <b>"
    facts = [Fact("b0", "bodies", 5, 17, {}, "r"), Fact("d0", "deadlines", 26, 48, {}, "r"),
             Fact("x0", "targets", 10, 40, {}, "r")]
    html = render_text(text, facts, {})
    assert html.count("<mark") == html.count("</mark>")
    assert len(re.findall(r'<mark class="fact [^"]*(?<! cont)" data-fact', html)) == 3
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_marks_are_read_as_extra_gold(review, tmp_path):
    out, _ = review
    marks = {"format": FORMAT, "doc": "injected.txt", "doc_id": "x", "marks": [
        {"kind": "targets", "verdict": "right", "start": 0, "end": 1, "quote": "Tỷ lệ che phủ rừng đạt 51%",
         "fields": {"indicator": "Tỷ lệ che phủ rừng", "value": 51, "unit": "%"}},
        {"kind": "bodies", "verdict": "missed", "start": 0, "end": 1, "quote": "Ủy ban nhân dân tỉnh",
         "fields": {"name": "Ủy ban nhân dân tỉnh"}},
        {"kind": "bodies", "verdict": "wrong", "start": 0, "end": 1, "quote": "Sở Tài chính", "fields": {"name_canonical": "Sở Tài chính"}},
    ]}
    path = tmp_path / "injected.marks.json"
    path.write_text(json.dumps(marks, ensure_ascii=False), encoding="utf-8")
    scores = evaluate(None, out, [path])["per_document"]["injected.txt"]
    assert (scores["targets"]["gold"], scores["targets"]["matched"]) == (1, 1)
    assert (scores["bodies"]["gold"], scores["bodies"]["matched"]) == (1, 0)
    csv_path = tmp_path / "injected.marks.csv"
    csv_path.write_text('doc,doc_id,kind,verdict,start,end,quote,fields\n'
                        'injected.txt,x,targets,missed,0,1,q,"{""indicator"": ""Tỷ lệ che phủ rừng"", ""value"": ""51"", ""unit"": ""%""}"\n',
                        encoding="utf-8")
    scores = evaluate(None, out, [csv_path])["per_document"]["injected.txt"]
    assert scores["targets"]["matched"] == 1


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_in_chromium_clicking_a_row_brings_its_highlight_into_view(review, tmp_path):
    out, _ = review
    for page in pages(out):
        if page.name == "index.html":
            continue
        dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                              "--dump-dom", page.as_uri() + "#selftest"], capture_output=True, text=True, timeout=120).stdout
        found = re.search(r'<pre id="selftest">(.*?)</pre>', dom, re.S)
        assert found, f"{page.name}: the page's script did not run"
        report = json.loads(found.group(1).replace("&quot;", '"'))
        assert report["facts"] > 0 and report["highlights"] == report["facts"], (page.name, report)
        assert report["clicks"] and all(c["inView"] and c["flashed"] for c in report["clicks"]), (page.name, report)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
@pytest.mark.parametrize("width", [1000, 1400, 1920])
def test_in_chromium_text_and_tables_stay_readable_at_any_width(review, tmp_path, width):
    out, _ = review
    page = max((p for p in pages(out) if p.name != "index.html"), key=lambda p: p.stat().st_size)  # the fullest page
    flags = [f for f in FLAGS if not f.startswith("--window-size")] + [f"--window-size={width},1000"]
    dom = subprocess.run([CHROMIUM, *flags, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000",
                          "--dump-dom", page.as_uri() + "#selftest"], capture_output=True, text=True, timeout=120).stdout
    found = re.search(r'<pre id="selftest">(.*?)</pre>', dom, re.S)
    assert found, f"{page.name}: the page's script did not run"
    layout = json.loads(found.group(1).replace("&quot;", '"'))["layout"]
    assert layout["textWidth"] >= 420, layout  # a readable column of text, not a 150 px strip
    assert layout["asideWidth"] >= 300, layout
    assert layout["rightmost"] <= layout["width"], layout  # nothing runs off the right edge
    assert layout["pageScrollWidth"] <= layout["width"], layout


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_in_chromium_the_index_screenshot_shows_the_report(review, tmp_path):
    from PIL import Image

    out, index = review
    shot = tmp_path / "index.png"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", index.as_uri()],
                   capture_output=True, timeout=120)
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 1000)
    colours = image.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50  # text, table lines, header, bars: not a blank page
    dark = sum(n for n, (r, g, b) in colours if r + g + b < 200)
    assert dark > 0.01 * 1400 * 1000  # the dark header and the text are drawn
    shutil.copy(shot, out / "review" / "index.png")


def test_a_rerun_with_one_new_file_renders_only_its_page_and_the_index(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(p, corpus / p.name)
    out = tmp_path / "out"
    run_direct([str(corpus)], out)
    before = {p.name: p.stat().st_mtime_ns for p in pages(out)}
    assert len(before) == 4
    (corpus / "injected.txt").write_text(INJECTED, encoding="utf-8")
    result = run_direct([str(corpus)], out)
    assert result["processed"] == 1 and result["unchanged"] == 3
    after = {p.name: p.stat().st_mtime_ns for p in pages(out)}
    rewritten = {n for n in after if before.get(n) != after[n]}
    new_id = next(d for d in after if d not in before)
    assert rewritten == {"index.html", new_id}
    index = (out / "review" / "index.html").read_text(encoding="utf-8")
    assert all(f"{Path(n).stem}.html" in index for n in after if n != "index.html")  # the index still lists every page

    # gold for one document re-renders that page only; a removed file's page goes with --prune
    gold = tmp_path / "gold"
    gold.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0].name
    shutil.copy(GOLD / f"{seed}.json", gold)
    from pipeline.run import write_review
    write_review(out, gold)
    again = {p.name: p.stat().st_mtime_ns for p in pages(out)}
    seed_page = next(n for n in after if f'data-doc-name="{seed}"' in (out / "review" / n).read_text(encoding="utf-8"))
    assert {n for n in again if again[n] != after[n]} == {"index.html", seed_page}
    (corpus / "injected.txt").unlink()
    run_direct([str(corpus)], out, prune_missing=True, gold_dir=gold)
    assert {p.name for p in pages(out)} == set(before)


def test_a_changed_template_renders_every_page_again(tmp_path, monkeypatch):
    from pipeline import review as review_module

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(p, corpus / p.name)
    out = tmp_path / "out"
    run_direct([str(corpus)], out)
    before = {p.name: p.stat().st_mtime_ns for p in pages(out)}
    monkeypatch.setattr(review_module, "_templates_digest", lambda: "another look")
    review_module.write_review(out)
    after = {p.name: p.stat().st_mtime_ns for p in pages(out)}
    assert all(after[n] != before[n] for n in before)


# --- facts read a document at a time --------------------------------------------------------

@pytest.mark.parametrize("doc_ids, row_group", [
    (["a", "a", "b", "b", "b", "c"], 2),          # a document's rows across a row-group boundary
    (["a", "b", "b", "a", "c", "c", "c"], 3),     # rows not contiguous (a dataset written by other means)
    (["a"] * 5, 1),                               # one document over every row group
    ([], 4),                                      # an empty table
])
def test_a_documents_rows_are_read_whole_and_in_order(tmp_path, doc_ids, row_group):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.rows import TableRows, reading_order

    rows = [{"doc_id": d, "start": i, "value": float(i) if i % 2 else None} for i, d in enumerate(doc_ids)]
    table = pa.Table.from_pylist(rows, schema=pa.schema([("doc_id", pa.string()), ("start", pa.int64()), ("value", pa.float64())]))
    pq.write_table(table, tmp_path / "t.parquet", row_group_size=row_group)
    reader = TableRows(tmp_path / "t.parquet")
    for doc_id in ["a", "b", "c", "absent"]:
        assert reader.of(doc_id) == [r for r in rows if r["doc_id"] == doc_id]
    assert reader.float_columns == ["value"]
    first = {d: i for i, d in reversed(list(enumerate(doc_ids)))}  # documents in the order of their first row, none last
    assert reading_order(["absent", "c", "a"], [reader]) == sorted(["absent", "c", "a"], key=lambda d: first.get(d, len(doc_ids)))


def test_pages_are_the_same_whatever_the_row_groups(tmp_path, monkeypatch):
    """Pages read from tables written in row groups of one row equal those of one row group."""
    from pipeline import dataset
    from pipeline.review import write_review

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(p, corpus / p.name)
    run_direct([str(corpus)], tmp_path / "one", gold_dir=GOLD)
    monkeypatch.setattr(dataset, "ROW_GROUP_ROWS", 1)
    run_direct([str(corpus)], tmp_path / "many", gold_dir=GOLD)
    write_review(tmp_path / "many", GOLD, force=True)
    one, many = pages(tmp_path / "one"), pages(tmp_path / "many")
    assert [p.name for p in one] == [p.name for p in many] and len(one) == 3
    for a, b in zip(one, many):
        assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8"), a.name


def test_pages_rendered_by_worker_processes_are_the_pages_rendered_here(tmp_path, monkeypatch):
    """With the run's workers, runs of pages in reading order are rendered in other processes:
    the same pages, the same manifest, every page once."""
    from concurrent.futures import ProcessPoolExecutor

    from pipeline import review as review_module

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, corpus / p.name)
    out = tmp_path / "out"
    run_direct([str(corpus)], out, gold_dir=GOLD)
    here = {p.name: p.read_text(encoding="utf-8") for p in pages(out)}
    manifest = (out / "review" / review_module.MANIFEST).read_text(encoding="utf-8")
    for p in pages(out):
        p.unlink()
    monkeypatch.setattr(review_module, "PAGES_PER_TASK", 1)  # a task per two pages
    with ProcessPoolExecutor(2) as pool:
        review_module.write_review(out, GOLD, force=True, pool=pool)
    assert {p.name: p.read_text(encoding="utf-8") for p in pages(out)} == here and len(here) == 6
    assert (out / "review" / review_module.MANIFEST).read_text(encoding="utf-8") == manifest


def test_the_index_groups_targets_by_the_group_their_rows_carry(review, tmp_path):
    """The index's chart reads each row's stored `indicator_group`; a dataset written before that
    column existed gets the gazetteer's group of its canonical name, the same for the same rows."""
    import pandas as pd

    from pipeline.review import target_groups

    out, _ = review
    table = pd.read_parquet(out / "targets.parquet")
    stored = list(target_groups(out / "targets.parquet"))
    assert [r["indicator_group"] for r in stored] == [None if pd.isna(g) else g for g in table["indicator_group"]]
    assert any(r["indicator_group"] for r in stored) and any(r["indicator_canonical"] is None for r in stored)
    old = tmp_path / "targets.parquet"
    table.drop(columns=["indicator_group"]).to_parquet(old)
    assert list(target_groups(old)) == stored
    renamed = table.assign(indicator_group=table["indicator_group"].where(table["indicator_group"].isna(), "economy"))
    renamed.to_parquet(old)
    assert {r["indicator_group"] for r in target_groups(old) if r["indicator_canonical"]} == {"economy"}
    assert list(target_groups(tmp_path / "missing.parquet")) == []

"""The dataset: contract columns, incremental re-runs, atomic writes, resolved references."""
from __future__ import annotations

import shutil

import duckdb
import pandas as pd
import pytest

from pipeline import dataset
from pipeline.run import run_direct
from tests.conftest import SEEDS


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(f, folder / f.name)
    return folder


def counts(out):
    return {t: len(df) for t, df in dataset.load(out).items()}


def test_every_table_in_every_format_with_contract_columns(corpus, tmp_path):
    out = tmp_path / "out"
    run_direct([str(corpus)], out)
    con = duckdb.connect(str(out / "kehoach.duckdb"), read_only=True)
    for table in dataset.TABLES:
        cols = list(dataset.schema(table))
        assert list(pd.read_parquet(out / f"{table}.parquet").columns) == cols
        assert list(pd.read_csv(out / f"{table}.csv").columns) == cols
        assert [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()] == cols
    assert {"indicator", "value", "value_base", "unit_base", "comparator", "numerator", "scope", "section"} <= set(dataset.schema("targets"))
    assert {"date", "date_end", "precision", "date_raw", "recurrence", "kind", "action", "body"} <= set(dataset.schema("deadlines"))
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_rerun_is_stable_and_incremental(corpus, tmp_path):
    out = tmp_path / "out"
    first = run_direct([str(corpus)], out)
    before = counts(out)
    again = run_direct([str(corpus)], out)
    assert again["processed"] == 0 and counts(out) == before
    shutil.copy(sorted(SEEDS.glob("*.txt"))[3], corpus / "new.txt")
    third = run_direct([str(corpus)], out)
    assert third["processed"] == 1 and first["processed"] == 3
    assert counts(out)["documents"] == 4
    assert counts(out)["legal_refs"] > before["legal_refs"]


def test_changed_file_replaces_its_rows(corpus, tmp_path):
    out = tmp_path / "out"
    run_direct([str(corpus)], out)
    path = sorted(corpus.glob("*.txt"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nCăn cứ Nghị quyết số 99/NQ-HĐND ngày 01/02/2023 của HĐND tỉnh.\n", encoding="utf-8")
    run_direct([str(corpus)], out)
    docs = dataset.load(out)["documents"]
    assert len(docs) == 3 and docs["source_path"].is_unique
    refs = dataset.load(out)["legal_refs"]
    assert (refs["code"] == "99/NQ-HĐND").sum() == 1
    assert set(refs["doc_id"]) <= set(docs["doc_id"])


def test_run_killed_while_writing_leaves_previous_dataset(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_direct([str(corpus)], out)
    before = {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()}
    shutil.copy(sorted(SEEDS.glob("*.txt"))[3], corpus / "new.txt")
    real_to_csv = pd.DataFrame.to_csv

    def die(self, *a, **k):
        if str(a[0]).endswith("bodies.csv"):
            raise KeyboardInterrupt("killed")
        return real_to_csv(self, *a, **k)

    monkeypatch.setattr(pd.DataFrame, "to_csv", die)
    with pytest.raises(KeyboardInterrupt):
        run_direct([str(corpus)], out)
    after = {f.name: f.read_bytes() for f in out.iterdir() if f.is_file()}
    assert after == before
    assert not [p for p in out.iterdir() if p.name.startswith(".staging")]
    assert counts(out)["documents"] == 3


def test_bad_file_does_not_stop_the_batch(corpus, tmp_path):
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    out = tmp_path / "out"
    result = run_direct([str(corpus)], out)
    docs = dataset.load(out)["documents"].set_index("source_path")
    assert result["failed"] == 1 and result["ok"] + result["warning"] == 3
    row = docs.loc[str(corpus / "broken.pdf")]
    assert row["status"] == "failed" and "PDF" in row["message"]


def test_reference_to_a_document_in_the_run_is_resolved(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Số: 12/KH-UBND\n\nKẾ HOẠCH\nPhát động thi đua năm 2024\n\nNội dung kế hoạch phát động phong trào thi đua trong toàn huyện.\n", encoding="utf-8")
    (folder / "b.txt").write_text("KẾ HOẠCH\nTổ chức thực hiện\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 01/3/2024 của UBND huyện về phát động thi đua.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_direct([str(folder)], out)
    tables = dataset.load(out)
    docs = tables["documents"].set_index("source_path")
    ref = tables["legal_refs"].iloc[0]
    assert ref["code"] == "12/KH-UBND"
    assert ref["resolved_doc_id"] == docs.loc[str(folder / "a.txt"), "doc_id"]
    assert ref["doc_id"] == docs.loc[str(folder / "b.txt"), "doc_id"]

"""The dataset: contract columns, incremental re-runs, atomic writes, resolved references."""
from __future__ import annotations

import shutil
import time

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
        if str(getattr(a[0], "name", a[0])).endswith("bodies.csv"):  # a path or an open file (written in chunks)
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


# --- one version in every format, whatever moment a run is killed at ---------------


def snapshot(out) -> dict:
    """What a reader sees at the top of `out`: every table in every format, as sorted rows of ids."""
    views = {}
    con = duckdb.connect(str(out / dataset.DUCKDB_FILE), read_only=True)
    try:
        for table in dataset.TABLES:
            key = ["doc_id", "start"] if table != "documents" else ["doc_id"]
            forms = {
                "parquet": pd.read_parquet(out / f"{table}.parquet"),
                "csv": pd.read_csv(out / f"{table}.csv", dtype=str, keep_default_na=False),
                "duckdb": con.execute(f"SELECT * FROM {table}").df(),
            }
            seen = {fmt: sorted(tuple(str(v) for v in row) for row in df[key].itertuples(index=False)) for fmt, df in forms.items()}
            assert seen["parquet"] == seen["csv"] == seen["duckdb"], f"{table}: formats disagree"
            views[table] = seen["parquet"]
    finally:
        con.close()
    docs = {row[0] for row in views["documents"]}
    for table in dataset.TABLES[1:]:
        assert {row[0] for row in views[table]} <= docs, f"{table}: rows without a document"
    return views


@pytest.fixture(scope="module")
def records():
    from pipeline.run import process_batch

    return process_batch([str(f) for f in sorted(SEEDS.glob("*.txt"))[:3]])


def to_legacy_layout(out):
    """The folder as an older kehoach left it: plain files at the top, no versions."""
    for f in list(out.iterdir()):
        if f.is_symlink() and f.name != "current":
            data = f.read_bytes()
            f.unlink()
            f.write_bytes(data)
    (out / "current").unlink()
    shutil.rmtree(out / "versions")


class Killed(BaseException):
    pass


def kill_at(monkeypatch, step: int) -> list:
    """Raise `Killed` at the `step`-th file write, rename, link or removal (counting from 0)."""
    import os

    seen = []

    def wrap(owner, name):
        real = getattr(owner, name)

        def op(*a, **k):
            seen.append(name)
            if len(seen) - 1 == step:
                raise Killed(name)
            return real(*a, **k)

        monkeypatch.setattr(owner, name, op)

    for name in ("rename", "replace", "symlink", "link", "unlink"):
        wrap(os, name)
    wrap(shutil, "rmtree")
    for name in ("to_parquet", "to_csv"):
        wrap(pd.DataFrame, name)
    return seen


@pytest.mark.parametrize("layout", ["versioned", "legacy"])
def test_a_run_killed_at_any_step_leaves_one_complete_version_in_every_format(tmp_path, monkeypatch, records, layout):
    from pipeline.run import write_dataset

    clean = tmp_path / "clean"
    write_dataset(clean, records)
    expected_after = snapshot(clean)
    step = 0
    while True:
        out = tmp_path / f"out{step}"
        write_dataset(out, records[:2])
        if layout == "legacy":
            to_legacy_layout(out)
        before = snapshot(out)
        with monkeypatch.context() as m:
            seen = kill_at(m, step)
            try:
                write_dataset(out, records)
                finished = True
            except Killed:
                finished = False
        now = snapshot(out)
        assert now in (before, expected_after), f"killed at {seen[-1]} (step {step}): a mix of versions"
        write_dataset(out, records)  # the next run cleans up and finishes the job
        assert snapshot(out) == expected_after
        leftovers = [p.name for p in out.rglob(".*") if p.name not in (".kehoach-output", ".lock")]
        assert not leftovers, f"staging left behind: {leftovers}"
        assert len(list(out.glob("versions/*"))) <= 2
        if finished:
            break
        step += 1 if layout == "versioned" else 3  # the legacy folder's conversion repeats one link per file
    assert step >= 12  # every write and rename of a run was tried


KILL_SCRIPT = """
import os, signal, sys
sys.path.insert(0, {root!r})
import pickle
from pipeline.run import write_dataset
records = pickle.load(open({records!r}, "rb"))
count = 0
real = {{n: getattr(os, n) for n in ("rename", "replace")}}
def dying(name):
    def op(*a, **k):
        global count
        count += 1
        if count == {step}:
            os.kill(os.getpid(), signal.SIGKILL)
        return real[name](*a, **k)
    return op
os.rename, os.replace = dying("rename"), dying("replace")
write_dataset({out!r}, records)
"""


@pytest.mark.parametrize("step", [1, 4, 5, 6, 7, 12, 18])
def test_kill_9_just_before_a_rename_leaves_the_previous_version(tmp_path, records, step):
    """A real SIGKILL (no Python clean-up runs) just before the step-th rename of a run."""
    import pickle
    import subprocess
    import sys

    from pipeline.run import write_dataset
    from tests.conftest import ROOT

    out = tmp_path / "out"
    write_dataset(out, records[:1])
    to_legacy_layout(out)
    write_dataset(out, records[:2])
    before = snapshot(out)
    saved = tmp_path / "records.pkl"
    saved.write_bytes(pickle.dumps(records))
    script = KILL_SCRIPT.format(root=str(ROOT), records=str(saved), step=step, out=str(out))
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, cwd=str(ROOT), timeout=120)
    assert proc.returncode in (-9, 0), proc.stderr.decode()[-2000:]
    now = snapshot(out)
    if proc.returncode == -9:
        assert now == before
    write_dataset(out, records)
    clean = tmp_path / "clean"
    write_dataset(clean, records)
    assert snapshot(out) == snapshot(clean)


# --- one run at a time per output folder ---------------------------------------------

RUN_SCRIPT = """
import sys, time
sys.path.insert(0, {root!r})
from pipeline.run import run_direct
def hold(records, total):
    if not records:  # inside the run, before any work: tell the test, then take our time
        print("started", flush=True)
        time.sleep({hold})
run_direct([{folder!r}], {out!r}, on_batch=hold)
print("done", flush=True)
"""


def test_two_concurrent_runs_into_one_folder_lose_nothing(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    seeds = sorted(SEEDS.glob("*.txt"))
    folders = []
    for name, files in (("a", seeds[:2]), ("b", seeds[2:4])):
        folder = tmp_path / name
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
        folders.append(folder)
    out = tmp_path / "out"

    def start(folder, hold):
        script = RUN_SCRIPT.format(root=str(ROOT), folder=str(folder), out=str(out), hold=hold)
        return subprocess.Popen([sys.executable, "-c", script], cwd=str(ROOT), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    first = start(folders[0], 4)
    assert first.stdout.readline().strip() == "started"
    second = start(folders[1], 0)
    out_b, err_b = second.communicate(timeout=300)
    out_a, err_a = first.communicate(timeout=300)
    assert first.returncode == 0 and second.returncode == 0, err_a[-1500:] + err_b[-1500:]
    assert "waiting for it to finish" in err_b
    views = snapshot(out)  # formats agree, no orphan rows
    docs = dataset.load(out)["documents"]
    assert sorted(docs["source_path"]) == sorted(str(f / s.name) for f in folders for s in (f.iterdir()))
    assert len(views["documents"]) == 4


def test_a_file_moved_between_folders_keeps_its_true_path(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for f in seeds:
        shutil.copy(f, a / f.name)
    out = tmp_path / "out"
    run_direct([str(a), str(b)], out)
    shutil.move(a / seeds[0].name, b / seeds[0].name)
    run_direct([str(a), str(b)], out)
    docs = dataset.load(out)["documents"]
    assert sorted(docs["source_path"]) == sorted([str(b / seeds[0].name), str(a / seeds[1].name)])
    snapshot(out)


def test_parallel_workers_give_the_same_rows_in_the_same_order(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    run_direct([str(folder)], tmp_path / "one", batch_size=1, workers=1)
    summary = run_direct([str(folder)], tmp_path / "two", batch_size=1, workers=2)
    assert summary["processed"] == 5
    one, two = dataset.load(tmp_path / "one"), dataset.load(tmp_path / "two")
    for table in dataset.TABLES:
        assert one[table].equals(two[table]), table
    for table in ("targets", "bodies"):
        assert (tmp_path / "one" / f"{table}.csv").read_bytes() == (tmp_path / "two" / f"{table}.csv").read_bytes()


def test_a_document_that_breaks_the_pipeline_fails_alone(corpus, tmp_path, monkeypatch):
    from pipeline import run

    real = run.process_document
    victim = sorted(corpus.glob("*.txt"))[1]

    def breaks_on_one(path):
        if str(path) == str(victim):
            raise MemoryError("too big")
        return real(path)

    monkeypatch.setattr(run, "process_document", breaks_on_one)
    result = run_direct([str(corpus)], tmp_path / "out")
    docs = dataset.load(tmp_path / "out")["documents"].set_index("source_path")
    assert result["failed"] == 1 and result["ok"] + result["warning"] == 2
    assert docs.loc[str(victim), "status"] == "failed" and "MemoryError" in docs.loc[str(victim), "message"]


def test_a_run_with_nothing_new_writes_nothing(corpus, tmp_path):
    out = tmp_path / "out"
    run_direct([str(corpus)], out)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file() and p.name != ".lock"}
    again = run_direct([str(corpus)], out)
    assert again["processed"] == 0
    after = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file() and p.name != ".lock"}
    assert after == before


def crash_on_marked(paths: list[str]) -> list[dict]:
    """A worker's work that kills its process on a file named *crash* (as an OOM kill would)."""
    import os

    from pipeline.run import process_batch

    if any("crash" in p for p in paths):
        os._exit(1)
    return process_batch(paths)


def test_a_dying_worker_costs_only_its_document(tmp_path):
    from pipeline.run import process_batches

    files = []
    for i, f in enumerate(sorted(SEEDS.glob("*.txt"))[:4]):
        target = tmp_path / (f"{i}-crash.txt" if i == 1 else f"{i}.txt")
        shutil.copy(f, target)
        files.append(str(target))
    records = [r for batch in process_batches(files, 2, workers=2, work=crash_on_marked) for r in batch]
    assert [r["document"]["source_path"] for r in records] == files
    statuses = [r["document"]["status"] for r in records]
    assert statuses[1] == "failed" and "worker process" in records[1]["document"]["message"]
    assert all(s != "failed" for i, s in enumerate(statuses) if i != 1)


def mark_started(paths: list[str]) -> list[dict]:
    """A worker's work that leaves a file per batch it starts, and returns one small record per path."""
    from pathlib import Path

    for p in paths:
        Path(p + ".started").touch()
    return [{"path": p} for p in paths]


def test_workers_run_a_window_of_batches_ahead_not_the_whole_corpus(tmp_path):
    """Batches are submitted a few per worker ahead of the one being consumed: a finished batch waits
    in memory until it is taken, so submitting the whole corpus at once held every batch's records."""
    from pipeline.run import IN_FLIGHT_PER_WORKER, process_batches

    files = [str(tmp_path / f"{i:03d}.txt") for i in range(60)]
    batches = process_batches(files, 1, workers=2, work=mark_started)
    first = next(batches)
    time.sleep(1.0)  # time for the workers to run everything they were given
    started = len(list(tmp_path.glob("*.started")))
    assert first == [{"path": files[0]}]
    assert 2 <= started <= IN_FLIGHT_PER_WORKER * 2 + 1 < len(files), started
    rest = [r["path"] for batch in batches for r in batch]
    assert rest == files[1:]  # and all of them, in order


def test_workers_that_cannot_start_stop_the_run_instead_of_failing_documents(tmp_path):
    """A script without the `if __name__ == "__main__":` guard cannot start workers:
    the run says so and writes nothing, rather than marking every document failed."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = tmp_path / "unguarded.py"
    script.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pipeline.run import run_direct\n"
                      f"run_direct([{str(SEEDS)!r}], {str(tmp_path / 'out')!r}, batch_size=1, workers=2)\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=str(tmp_path), capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0 and "cannot start" in proc.stderr, proc.stderr[-2000:]
    assert not dataset.load(tmp_path / "out")["documents"]["status"].eq("failed").any()


def test_batches_staged_one_by_one_give_the_dataset_of_all_records_at_once(tmp_path):
    from pipeline.run import Staged, process_batch, write_dataset

    records = process_batch([str(p) for p in sorted(SEEDS.glob("*.txt"))[:3]])
    write_dataset(tmp_path / "at-once", records)
    staged = Staged(tmp_path / "staged")
    for r in records:
        staged.add([r])
    assert len(staged) == 3 and all(set(d) == {"document"} for d in staged.documents)  # no texts, no fact dicts kept
    assert len(list((tmp_path / "staged" / "text").glob("*.txt"))) == 3  # texts written as each batch came
    write_dataset(tmp_path / "staged", staged)
    for table in dataset.TABLES:
        assert dataset.load(tmp_path / "staged")[table].equals(dataset.load(tmp_path / "at-once")[table]), table


# --- rows streamed to the dataset: parts merged a chunk at a time ------------------------------

def files_of(out) -> dict[str, bytes]:
    folder = out / "current"
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix == ".csv"}


@pytest.mark.parametrize("row_group", [1, 7, 5_000])
def test_rows_written_in_chunks_give_the_files_of_a_whole_write(tmp_path, monkeypatch, records, row_group):
    """Any row-group size gives the same CSV bytes, Parquet rows and types, and DuckDB rows as the
    tables merged in memory and written at once; and the parts are gone once published."""
    from pipeline.run import write_dataset

    whole = tmp_path / "whole"
    dataset.write(whole, dataset.merge(dataset.load(whole), records))
    monkeypatch.setattr(dataset, "ROW_GROUP_ROWS", row_group)
    out = tmp_path / "streamed"
    write_dataset(out, records[:1])  # an earlier version: its rows are read back a chunk at a time
    write_dataset(out, records[1:])
    assert files_of(out) == files_of(whole)
    for table in dataset.TABLES:
        streamed, at_once = dataset.load(out)[table], dataset.load(whole)[table]
        assert streamed.dtypes.equals(at_once.dtypes) and streamed.equals(at_once), table
    con = duckdb.connect(str(out / dataset.DUCKDB_FILE), read_only=True)
    ref = duckdb.connect(str(whole / dataset.DUCKDB_FILE), read_only=True)
    try:
        for table in dataset.TABLES:
            assert con.execute(f"DESCRIBE {table}").fetchall() == ref.execute(f"DESCRIBE {table}").fetchall()
            assert con.execute(f"SELECT * FROM {table}").fetchall() == ref.execute(f"SELECT * FROM {table}").fetchall()
    finally:
        con.close()
        ref.close()
    assert not (out / ".cache").exists()


def test_a_run_keeps_only_ids_and_statuses_of_its_documents(tmp_path, records):
    """What grows with the number of documents in a run is one small entry per document: rows
    and texts are on disk as each batch comes."""
    from pipeline.run import Staged

    staged = Staged(tmp_path / "out")
    for r in records:
        staged.add([r])
    assert [set(d["document"]) for d in staged.documents] == [{"doc_id", "status"}] * len(records)
    assert not hasattr(staged, "frames")
    parts = sorted(p.name for p in (tmp_path / "out" / dataset.PARTS_DIR).iterdir())
    assert parts == sorted(f"{i:06d}.{t}{dataset.PART_SUFFIX}" for i in range(len(records)) for t in dataset.TABLES)
    Staged(tmp_path / "out")  # a new run starts from no parts (those of a killed run are removed)
    assert not (tmp_path / "out" / dataset.PARTS_DIR).exists()


# --- rows typed where the batch ran: Arrow tables straight from the rows --------------------------

ODD_ROWS = {
    "plain": [{"doc_id": "a", "start": 1, "end": 5, "text": "đạt 51%", "value": 51, "value_max": 52.5, "year": 2025, "rule": "r"},
              {"doc_id": "a", "start": 9, "end": 12, "text": "x", "value": None, "year": None, "rule": "r"}],
    "NaN is missing": [{"doc_id": "a", "start": 1, "end": 2, "text": "x", "value": float("nan"), "rule": "r"}],
    "columns left out": [{"doc_id": "a", "start": 1, "end": 2, "text": "x"}],
    "columns not in the table": [{"doc_id": "a", "start": 1, "end": 2, "text": "x", "note": "dropped"}],
    "an int in a text column": [{"doc_id": "a", "start": 1, "end": 2, "text": 5, "rule": "r"}],
    "a whole float in an integer column": [{"doc_id": "a", "start": 1.0, "end": 2, "text": "x", "year": 2024.0}],
    "no rows": [],
}


@pytest.mark.parametrize("rows", ODD_ROWS.values(), ids=ODD_ROWS.keys())
def test_rows_typed_in_arrow_are_the_rows_typed_by_pandas(rows):
    """The Arrow table built from the rows reads as the frame pandas' typing gives, in every case
    (values of another type than their column's go through pandas' conversion)."""
    built = dataset.arrow_rows("targets", rows)
    assert built.schema.equals(dataset.arrow_schema("targets"), check_metadata=True)
    frame, typed = dataset.as_frame("targets", built), dataset.frame("targets", rows)
    assert frame.dtypes.equals(typed.dtypes) and frame.equals(typed)


@pytest.mark.parametrize("documents", [
    [{"doc_id": "a", "source_path": "a.txt", "sha256": "a" * 64, "format": "txt", "issue_date": "2024-02", "period_start": "2021",
      "period_end": "2025", "n_chars": 10, "n_pages": None, "status": "ok", "pipeline_version": "v"}],
    [{"doc_id": "b", "source_path": "b.pdf", "sha256": "b" * 64, "format": "pdf", "issue_date": "2024-02-30", "n_pages": 3,
      "status": "warning", "message": "m", "pipeline_version": "v"}],
], ids=["dates of every precision", "a date that does not exist"])
def test_derived_dates_in_arrow_are_those_pandas_derives(documents):
    built = dataset.as_frame("documents", dataset.arrow_rows("documents", documents))
    typed = dataset.frame("documents", documents)
    assert built.dtypes.equals(typed.dtypes) and built.equals(typed)


def test_a_batch_encoded_where_it_ran_stages_the_dataset_of_its_records(tmp_path, records):
    """A worker's `Batch` (records without facts, rows encoded) gives the files of the records themselves."""
    from pipeline.run import Staged, as_batch, write_dataset

    batch = as_batch(records)
    assert all(set(r) == {"document", "text"} for r in batch) and set(batch.tables) == set(dataset.TABLES)
    write_dataset(tmp_path / "records", records)
    staged = Staged(tmp_path / "batch")
    staged.add(batch)
    write_dataset(tmp_path / "batch", staged)
    assert files_of(tmp_path / "batch") == files_of(tmp_path / "records")
    for table in dataset.TABLES:
        assert dataset.load(tmp_path / "batch")[table].equals(dataset.load(tmp_path / "records")[table]), table


def test_batches_joined_hold_the_rows_of_each_in_order(records):
    from pipeline.run import as_batch, joined

    whole = as_batch(records)
    one = joined([records[:1], as_batch(records[1:])])
    assert [r["document"]["doc_id"] for r in one] == [r["document"]["doc_id"] for r in whole]
    for table in dataset.TABLES:
        assert dataset.decode(one.tables[table]).equals(dataset.decode(whole.tables[table])), table


# A number alone names no document across provinces and years: "27/NQ-HĐND" is issued by every provincial council each
# year, so a citation resolves only to the document whose issue date is the one it gives, and to none where several could
# be meant (a wrong link in the citation graph is worse than none).
def _docs(*rows):
    return pd.DataFrame(rows, columns=["doc_id", "doc_number", "issue_date"])


@pytest.mark.parametrize("code,date,expected", [
    ("27/NQ-HĐND", "2025-10-09", "bn"),         # the date picks the one of two councils' resolutions
    ("27/NQ-HĐND", "2026-07-10", "dl"),
    ("27/NQ-HĐND", "2024-01-05", None),         # a date neither has: a third resolution of that number, not in the dataset
    ("27/NQ-HĐND", None, None),                 # no date, two dated candidates: ambiguous
    ("12/KH-UBND", "2024-03-01", "kh"),         # a document without its own date is not ruled out by the citation's
    ("15/KH-UBND", "2024-04-12", "month"),      # a document dated to the month answers a citation's day in it
    ("15/KH-UBND", "2024-05-12", None),
    ("1105/KH-DKT", "2026-03-10", "txt"),       # one document in two files (its text and its PDF): the first
    ("99/QĐ-UBND", "2024-01-01", None),         # no document with that number
])
def test_a_citation_resolves_to_the_document_of_its_number_and_date(code, date, expected):
    docs = _docs(("bn", "27/NQ-HĐND", "2025-10-09"), ("dl", "27/NQ-HĐND", "2026-07-10"), ("kh", "12/KH-UBND", None),
                 ("month", "15/KH-UBND", "2024-04"), ("txt", "1105/KH-DKT", "2026-03-10"), ("pdf", "1105/KH-DKT", "2026-03-10"))
    refs = pd.DataFrame({"doc_id": ["citing"], "code": [code], "date": [date], "resolved_doc_id": [None]})
    got = dataset.resolved(refs, dataset.documents_by_number(docs))["resolved_doc_id"].iloc[0]
    assert (None if pd.isna(got) else got) == expected


def test_a_document_never_resolves_to_itself():
    docs = _docs(("a", "12/KH-UBND", "2024-03-01"))
    refs = pd.DataFrame({"doc_id": ["a"], "code": ["12/KH-UBND"], "date": ["2024-03-01"], "resolved_doc_id": [None]})
    assert pd.isna(dataset.resolved(refs, dataset.documents_by_number(docs))["resolved_doc_id"].iloc[0])

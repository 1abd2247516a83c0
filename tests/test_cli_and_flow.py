"""The command line, and the Prefect flow under Prefect's test harness (one smoke test)."""
from __future__ import annotations

import json
import shutil
import threading

import pytest
from typer.testing import CliRunner

from pipeline import dataset
from pipeline.cli import app
from tests.conftest import GOLD, SEEDS

runner = CliRunner()


def test_run_then_eval_from_the_command_line(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(out), "--direct"])
    assert result.exit_code == 0, result.output
    assert (out / "kehoach.duckdb").exists() and len(list((out / "text").glob("*.txt"))) == 5
    result = runner.invoke(app, ["eval", "--gold", str(GOLD), "--out", str(out), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores["tables"]) == {"targets", "deadlines", "bodies", "legal_refs"}
    assert scores["tables"]["legal_refs"]["f1"] >= 0.9
    assert (out / "review" / "index.html").exists() and len(list((out / "review").glob("*.html"))) == 6

    # the review is re-written on demand; reviewer marks are read by eval as extra gold
    (out / "review" / "index.html").unlink()
    result = runner.invoke(app, ["review", str(out), "--gold", str(GOLD)])
    assert result.exit_code == 0 and (out / "review" / "index.html").exists(), result.output
    marks = tmp_path / "m.json"
    marks.write_text(json.dumps({"format": "kehoach-review-marks/1", "doc": "000_994d56343633ffcd.txt", "doc_id": "x", "marks": [
        {"kind": "bodies", "verdict": "missed", "start": 0, "end": 1, "quote": "Huyện đoàn", "fields": {"name": "Huyện đoàn"}}]}),
        encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(GOLD), "--out", str(out), "--marks", str(marks), "--json"])
    assert result.exit_code == 0, result.output
    with_marks = json.loads(result.stdout)["tables"]["bodies"]
    assert with_marks["gold"] == scores["tables"]["bodies"]["gold"] + 1
    result = runner.invoke(app, ["review", str(tmp_path / "nothing")])
    assert result.exit_code == 2 and "no dataset" in result.output


def test_eval_without_a_dataset_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["eval", "--gold", str(GOLD), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "kehoach run" in result.output


def test_run_on_a_missing_path_is_an_error(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), "--direct"])
    assert result.exit_code == 2 and "no such file" in result.output


@pytest.fixture(scope="module")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def test_flow_gives_the_same_dataset_as_direct_calls(prefect_harness, tmp_path):
    import flows
    from pipeline.run import run_direct

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(f, folder / f.name)
    summary = flows.run_corpus([str(folder)], str(tmp_path / "flow"), batch_size=2)
    assert summary["processed"] == 3 and summary["failed"] == 0
    run_direct([str(folder)], tmp_path / "direct")
    for table in dataset.TABLES:
        a = dataset.load(tmp_path / "flow")[table].drop(columns=["source_path"], errors="ignore")
        b = dataset.load(tmp_path / "direct")[table].drop(columns=["source_path"], errors="ignore")
        assert a.equals(b), table
    again = flows.run_corpus([str(folder)], str(tmp_path / "flow"), batch_size=2)
    assert again["processed"] == 0 and again["rows"] == summary["rows"]


def test_a_failing_extractor_costs_the_document_only_its_own_facts(tmp_path, monkeypatch):
    from pipeline import spans
    from pipeline.process import process_document

    def broken(text):
        raise ValueError("boom")

    monkeypatch.setitem(spans.EXTRACTORS, "targets", broken)
    spans.build_nlp.cache_clear()
    try:
        path = tmp_path / "plan.txt"
        path.write_text("Căn cứ Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị;\n- Tỷ lệ che phủ rừng đạt 51%.\n", encoding="utf-8")
        extraction = process_document(path)
    finally:
        spans.build_nlp.cache_clear()
    assert extraction.document.status == "warning"
    assert "targets extractor failed (ValueError: boom)" in extraction.document.message
    assert extraction.facts["targets"] == [] and len(extraction.facts["legal_refs"]) == 1


def _children(pid: int) -> set[int]:
    from pathlib import Path

    kids = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids.update(int(k) for k in (task / "children").read_text().split())
        except OSError:
            pass
    return kids


def _alive(pid: int) -> bool:
    from pathlib import Path

    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def _cmdline(pid: int) -> str:
    from pathlib import Path

    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _listening_ports(pid: int) -> set[int]:
    """The TCP ports process `pid` listens on (its socket inodes matched in /proc/PID/net/tcp)."""
    import os
    from pathlib import Path

    inodes = set()
    try:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:["):-1])
        lines = Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]
    except OSError:
        return set()
    return {int(f[1].rsplit(":", 1)[1], 16) for f in map(str.split, lines) if f[3] == "0A" and f[9] in inodes}


def _answers(port: int) -> bool:
    import socket

    with socket.socket() as s:
        s.settimeout(2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _descendants(pid: int) -> set[int]:
    found = set()
    todo = [pid]
    while todo:
        kids = _children(todo.pop())
        found |= kids
        todo.extend(kids)
    return found


@pytest.mark.skipif(not __import__("pathlib").Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGTERM"])
def test_killing_a_prefect_run_leaves_no_server_behind(tmp_path, signal_name):
    """The temporary server is served in the run's own process (no server process is started): while the run goes, its
    process listens on the server's port and the API answers; once the run is killed (kill -9 or SIGTERM), nothing
    listens on that port and no process the run started is left."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import httpx

    from tests.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(SEEDS), "--out", str(tmp_path / "out")],
                            cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port, family = None, set()
        deadline = time.monotonic() + 150
        while port is None and time.monotonic() < deadline and proc.poll() is None:
            family |= _descendants(proc.pid)
            for candidate in _listening_ports(proc.pid):
                try:
                    if httpx.get(f"http://127.0.0.1:{candidate}/api/health", timeout=2).status_code == 200:
                        port = candidate
                except httpx.HTTPError:
                    pass
            time.sleep(0.2)
        assert port is not None, "the run's process served no Prefect API"
        time.sleep(1.0)
        family |= _descendants(proc.pid)
        assert not [p for p in family if "uvicorn" in _cmdline(p) or "prefect" in _cmdline(p)], "a server process was started"
        os.kill(proc.pid, getattr(signal, signal_name))
        proc.wait(timeout=30)
        # the workers, the forkserver and the resource tracker end on their own once the pipes of the killed process
        # close: within seconds on a quiet machine, later on a loaded one
        deadline = time.monotonic() + 90
        while (_answers(port) or any(_alive(p) for p in family)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _answers(port), f"port {port} still answers after the run was killed by {signal_name}"
        left = [f"{p}: {_cmdline(p)[:80]}" for p in family if _alive(p)]
        assert not left, f"left behind by a run killed by {signal_name}: {left}"
    finally:
        if proc.poll() is None:
            proc.kill()


def test_flow_cache_is_keyed_by_path_and_lives_in_the_output_folder(prefect_harness, tmp_path):
    from pathlib import Path

    import flows

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for f in seeds:
        shutil.copy(f, a / f.name)
    moved = b / seeds[0].name
    shutil.copy(seeds[0], moved)
    assert flows.batch_cache_key(None, {"paths": [str(a / seeds[0].name)]}) != flows.batch_cache_key(None, {"paths": [str(moved)]})
    moved.unlink()
    storage = Path.home() / ".prefect" / "storage"
    before = set(storage.glob("kehoach-batch-*")) if storage.is_dir() else set()
    out = tmp_path / "out"
    flows.run_corpus([str(a), str(b)], str(out), batch_size=1)
    shutil.move(a / seeds[0].name, moved)
    flows.run_corpus([str(a), str(b)], str(out), batch_size=1)
    docs = dataset.load(out)["documents"]
    assert sorted(docs["source_path"]) == sorted([str(moved), str(a / seeds[1].name)])
    assert not flows.batch_cache(out).exists(), "a published run keeps no cached batches"
    after = set(storage.glob("kehoach-batch-*")) if storage.is_dir() else set()
    assert after == before, "batches cached in the global Prefect storage"


# --- inputs are what they claim to be ---------------------------------------------------


def _plans(folder, n=2):
    folder.mkdir(parents=True, exist_ok=True)
    for f in sorted(SEEDS.glob("*.txt"))[:n]:
        shutil.copy(f, folder / f.name)
    return folder


def test_a_run_inside_the_input_folder_never_reads_its_own_output(tmp_path, monkeypatch):
    folder = _plans(tmp_path / "plans")
    monkeypatch.chdir(folder)
    for _ in range(3):
        result = runner.invoke(app, ["run", ".", "--direct"])
        assert result.exit_code == 0, result.output
        assert len(dataset.load(folder / "outputs")["documents"]) == 2
    # an older kehoach's output folder inside the inputs is left out too
    (folder / "outputs" / ".kehoach-output").unlink()
    result = runner.invoke(app, ["run", ".", "--direct", "--out", str(tmp_path / "elsewhere")])
    assert result.exit_code == 0, result.output
    assert len(dataset.load(tmp_path / "elsewhere")["documents"]) == 2


def test_only_plan_formats_are_read_and_others_are_listed_as_skipped(tmp_path):
    folder = _plans(tmp_path / "plans")
    (folder / "facts.json").write_text('{"a": "Kế hoạch số 12/KH-UBND"}', encoding="utf-8")
    (folder / "table.parquet").write_bytes(b"PAR1" + b"\0" * 64)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(folder / "facts.json"), str(folder / "table.parquet"), str(folder), "--out", str(out), "--direct"])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "facts.json" in result.output
    docs = dataset.load(out)["documents"]
    assert len(docs) == 2 and not docs["source_path"].str.endswith((".json", ".parquet")).any()


@pytest.mark.parametrize("direct", [True, False])
def test_no_plan_files_is_an_error(tmp_path, direct):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.json").write_text("{}")
    args = ["run", str(tmp_path / "empty"), "--out", str(tmp_path / "out")] + (["--direct"] if direct else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "no plan files found" in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("out", ["a-file", "a-file/below"])
@pytest.mark.parametrize("direct", [True, False])
def test_out_that_cannot_be_a_folder_is_one_clear_line(tmp_path, out, direct):
    folder = _plans(tmp_path / "plans", 1)
    (tmp_path / "a-file").write_text("not a folder")
    result = runner.invoke(app, ["run", str(folder), "--out", str(tmp_path / out)] + (["--direct"] if direct else []))
    assert result.exit_code == 2
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert "folder" in result.output


def test_errors_that_cannot_pass_are_not_retried():
    import flows

    class State:
        def __init__(self, exc):
            self.exc = exc

        def result(self):
            raise self.exc

    assert flows.retry_on_io(None, None, State(OSError(28, "No space left on device")))
    for exc in (FileNotFoundError("x"), NotADirectoryError("x"), FileExistsError("x"), ValueError("x")):
        assert not flows.retry_on_io(None, None, State(exc)), exc


def test_prune_removes_the_rows_of_files_that_are_gone(tmp_path):
    folder = _plans(tmp_path / "plans", 3)
    out = tmp_path / "out"
    assert runner.invoke(app, ["run", str(folder), "--out", str(out), "--direct"]).exit_code == 0
    gone = sorted(folder.iterdir())[0]
    gone.unlink()
    assert runner.invoke(app, ["run", str(folder), "--out", str(out), "--direct"]).exit_code == 0
    assert len(dataset.load(out)["documents"]) == 3  # without --prune, rows are kept
    result = runner.invoke(app, ["run", str(folder), "--out", str(out), "--direct", "--prune"])
    assert result.exit_code == 0, result.output
    tables = dataset.load(out)
    assert sorted(tables["documents"]["source_path"]) == sorted(str(f) for f in folder.iterdir())
    for table in dataset.TABLES[1:]:
        assert set(tables[table]["doc_id"]) <= set(tables["documents"]["doc_id"])
    assert "pruned: 1" in result.output


@pytest.mark.skipif(not __import__("pathlib").Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_killing_a_parallel_run_leaves_no_worker_behind(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import FIELD, ROOT

    source = FIELD if FIELD.is_dir() else SEEDS
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "run", str(source), "--out", str(tmp_path / "out"),
                             "--direct", "--workers", "2", "--batch-size", "1"],
                            cwd=str(ROOT), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    try:
        family = set()
        deadline = time.monotonic() + 120
        while len(family) < 4 and time.monotonic() < deadline and proc.poll() is None:
            family |= _descendants(proc.pid)  # resource tracker, forkserver, two workers
            time.sleep(0.2)
        assert len(family) >= 4, f"no worker processes seen: {family}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        # the workers, the forkserver and the resource tracker end on their own once the pipes of the killed process
        # close: within seconds on a quiet machine, later on a loaded one
        deadline = time.monotonic() + 90
        while any(_alive(p) for p in family) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [f"{p}: {_cmdline(p)[:80]}" for p in family if _alive(p)]
        assert not left, f"left behind by a killed run: {left}"
    finally:
        if proc.poll() is None:
            proc.kill()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def dask_cluster():
    """A Dask scheduler and `dask worker --nworkers 2` as subprocesses on 127.0.0.1 only,
    importing this checkout's code (as workers on a shared path would)."""
    pytest.importorskip("prefect_dask", reason="the dask extra (prefect-dask) is not installed")
    import os
    import subprocess
    import sys
    import time
    from pathlib import Path

    from distributed import Client

    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    address = f"tcp://127.0.0.1:{_free_port()}"
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                  "--port", address.rsplit(":", 1)[1], "--no-dashboard"], env=env, cwd=root,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "2",
                               "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard"], env=env, cwd=root,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(address, timeout=5) as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
        yield address
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_a_run_on_a_dask_cluster_gives_the_rows_of_a_direct_run(prefect_harness, dask_cluster, tmp_path, monkeypatch):
    import flows
    from pipeline.run import run_direct

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, folder / f.name)
    lock, seen = threading.RLock(), []  # a progress hook like the CLI's: a closure over a lock, which cannot be pickled

    def hook(done, total):
        with lock:
            seen.append(len(done))

    monkeypatch.setattr(flows, "progress_hook", hook)
    summary = flows.run_corpus([str(folder)], str(tmp_path / "dask"), batch_size=2, dask_address=dask_cluster)
    assert summary["processed"] == 5 and summary["failed"] == 0 and sum(seen) == 5
    from distributed import Client

    with Client(dask_cluster, timeout=10) as client:  # the batches ran on the cluster
        prefixes = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert "process_batch" in prefixes, prefixes
    run_direct([str(folder)], tmp_path / "direct")
    for table in dataset.TABLES:
        a = dataset.load(tmp_path / "dask")[table]
        b = dataset.load(tmp_path / "direct")[table]
        assert a.equals(b), table


def test_dask_address_with_direct_is_one_clear_error(tmp_path):
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "o"), "--direct", "--dask-address", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--dask-address" in result.output and not (tmp_path / "o").exists()


@pytest.mark.parametrize("total, batch_size, workers, per_worker, expected", [
    (429, 8, 2, 8, 27),     # the wide corpus on two workers: 16 tasks, not 54
    (2000, 8, 2, 8, 125),
    (40, 8, 2, 8, 8),       # few documents: the batch size asked for
    (3, 1, 2, 8, 1),
    (429, 8, 1, 8, 54),     # one worker: 8 tasks
    (429, 8, 2, None, 8),   # a Dask cluster: as asked (its workers are the parallelism)
])
def test_a_local_prefect_run_makes_about_eight_tasks_per_worker(total, batch_size, workers, per_worker, expected):
    import flows

    assert flows.batch_size_for(total, batch_size, workers, per_worker) == expected


def test_batches_begun_while_the_server_starts_are_the_flows_own(prefect_harness, tmp_path, monkeypatch):
    """With workers, the inputs are found and the first batches handed to the workers before the
    flow runs; the flow's tasks take them (each once) and the dataset is the direct run's."""
    import flows
    from pipeline.run import run_direct

    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:4]:
        shutil.copy(f, folder / f.name)
    taken = []
    real = flows.started_batch

    def recording(paths):
        future = real(paths)
        taken.append(future is not None)
        return future

    monkeypatch.setattr(flows, "started_batch", recording)
    summary = flows.run_corpus([str(folder)], str(tmp_path / "flow"), batch_size=1, workers=2)
    assert summary["processed"] == 4 and summary["failed"] == 0
    assert len(taken) == 4 and all(taken), taken  # every batch was begun early (4 <= the window) and taken once
    assert not flows._started and not flows._found
    run_direct([str(folder)], tmp_path / "direct")
    for table in dataset.TABLES:
        a = dataset.load(tmp_path / "flow")[table].drop(columns=["source_path"], errors="ignore")
        b = dataset.load(tmp_path / "direct")[table].drop(columns=["source_path"], errors="ignore")
        assert a.equals(b), table


def test_a_batch_waits_in_a_file_and_the_task_result_only_names_it(tmp_path):
    """A flow task's result (what Prefect persists, as base64 in JSON) names the file its batch
    was written to where it ran; the flow reads the batch from it, or extracts it again when the
    file is gone."""
    from pathlib import Path

    from pipeline.early import spooled_batch, unspooled
    from pipeline.run import stage_batch

    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    result = spooled_batch(paths, str(tmp_path / "cache"))
    assert set(result) == {"spool", "documents"} and result["documents"] == 2
    assert Path(result["spool"]).parent == tmp_path / "cache"
    direct = stage_batch(paths)

    def same(batch):
        assert [r["document"]["doc_id"] for r in batch] == [r["document"]["doc_id"] for r in direct]
        assert [r["text"] for r in batch] == [r["text"] for r in direct]
        for table in dataset.TABLES:
            assert dataset.decode(batch.tables[table]).equals(dataset.decode(direct.tables[table])), table

    same(unspooled(result, paths))
    spool = Path(result["spool"])
    whole = spool.read_bytes()
    spool.write_bytes(whole[:len(whole) // 2])  # cut short (a crash, a full disk)
    same(unspooled(result, paths))
    spool.write_bytes(b"")
    same(unspooled(result, paths))
    spool.unlink()
    same(unspooled(result, paths))
    assert not list(spool.parent.glob("*.partial"))


@pytest.mark.parametrize("until_flow_runs, expected", [(True, 5), (False, 4)])
def test_the_workers_get_the_flows_batches_until_the_flow_runs(tmp_path, monkeypatch, until_flow_runs, expected):
    """While Prefect's server starts, a finished early batch makes room for the next one, so the
    workers never wait idle for the flow (5 batches here, a window of 4); without that signal,
    only the first window is handed out."""
    import time
    from concurrent.futures import ThreadPoolExecutor

    from pipeline import early
    from pipeline.run import IN_FLIGHT_PER_WORKER

    assert IN_FLIGHT_PER_WORKER == 4
    folder = _plans(tmp_path / "in", n=5)
    monkeypatch.setattr(early, "spooled_batch", lambda paths, folder: {"spool": None, "documents": len(paths)})
    until = threading.Event() if until_flow_runs else None
    try:
        with ThreadPoolExecutor(1) as pool:
            feeder = threading.Thread(target=early.start_early, args=(pool, 1, [str(folder)], str(tmp_path / "out"), 1),
                                      kwargs={"until": until})
            feeder.start()
            deadline = time.monotonic() + 30
            while len(early._started) < expected and time.monotonic() < deadline:
                time.sleep(0.01)
            if until is not None:
                until.set()
            feeder.join(30)
        assert not feeder.is_alive()
        assert len(early._started) == expected
    finally:
        early.forget_early()


def test_no_early_work_while_another_run_writes_to_the_folder(tmp_path, monkeypatch):
    """While another run holds the output folder's lock, the early start finds and submits
    nothing (what is pending is known only once that run has published); once the lock is
    free, it starts as usual."""
    from concurrent.futures import ThreadPoolExecutor

    from pipeline import early
    from pipeline.lock import held_by_another_run, output_lock

    folder = _plans(tmp_path / "in", n=2)
    out = tmp_path / "out"
    monkeypatch.setattr(early, "spooled_batch", lambda paths, folder: {"spool": None, "documents": len(paths)})
    assert not held_by_another_run(out)  # no folder yet
    try:
        with ThreadPoolExecutor(1) as pool:
            with output_lock(out, on_wait=lambda message: None):
                assert held_by_another_run(out)
                early.start_early(pool, 1, [str(folder)], str(out), 1)
                assert not early._started and not early._found
            assert not held_by_another_run(out)
            early.start_early(pool, 1, [str(folder)], str(out), 1)
            assert len(early._started) == 2 and early._found
    finally:
        early.forget_early()


def test_the_services_a_temporary_server_runs_without_are_prefect_settings(monkeypatch):
    """Each service the temporary server is started without is named by a setting the installed Prefect knows (a
    renamed setting would leave the service on, silently); the server's thread builds Prefect's app with them off and
    as a temporary server's (no UI), while the run's own settings stay as they were; the environment can still turn
    one on."""
    import prefect.server.api.server
    from prefect.settings import Settings, get_current_settings

    from pipeline import prefect_server

    known = set(Settings().to_environment_variables(exclude_unset=False))
    assert set(prefect_server.SERVER_SERVICES_OFF) <= known
    seen = {}

    def create_app(ephemeral=False, **kwargs):
        services = get_current_settings().server.services
        seen.update(ephemeral=ephemeral, persister=services.event_persister.enabled, triggers=services.triggers.enabled)
        raise RuntimeError("not this time")

    monkeypatch.setattr(prefect.server.api.server, "create_app", create_app)
    for environment in (None, "true"):
        if environment:
            monkeypatch.setenv("PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED", environment)
        server = prefect_server.TemporaryServer()
        with pytest.raises(RuntimeError, match="stopped as it started"):
            server.wait(60)
        assert seen["ephemeral"] is True and seen["persister"] is False
        # off, unless the environment names it: then as the run's settings have it (Prefect's default: on)
        assert seen["triggers"] is (False if environment is None else get_current_settings().server.services.triggers.enabled)
    assert get_current_settings().server.services.event_persister.enabled is True  # the run's own settings


def test_a_temporary_server_whose_port_is_taken_serves_on_another_port():
    """Asked for a port another socket holds, the server listens on a free one instead (bound before it starts, so
    nothing can take it meanwhile), answers Prefect's health check there, and once stopped leaves no port open."""
    import socket

    import httpx

    from pipeline import prefect_server

    server = None
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        try:
            server = prefect_server.TemporaryServer(port=taken.getsockname()[1])
            server.wait(150)
            assert server.port != taken.getsockname()[1]
            assert httpx.get(f"{server.api_url}/health", timeout=10).status_code == 200
        finally:
            if server is not None:
                server.stop()
    assert not server.thread.is_alive() and not _answers(server.port)

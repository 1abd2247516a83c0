"""Work a local Prefect run begins before Prefect is loaded (`flows` uses it): the run's
worker processes start, the inputs are found and the workers extract the first batches while
the temporary server starts and this process imports Prefect (a few seconds of a run, even more
on a loaded machine); the flow's tasks then take those batches (`started_batch`). Nothing here
imports Prefect, so the CLI begins this work first."""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import threading
import uuid
from concurrent.futures import FIRST_COMPLETED, wait
from pathlib import Path

from pipeline import publish
from pipeline import run as steps
from pipeline.ingest import sha256_of
from pipeline.lock import held_by_another_run
from pipeline.version import PIPELINE_VERSION


def batch_cache_key(context, parameters) -> str:
    """Same files (by path and content) and same pipeline version: same result. A result
    holds its files' paths, so the path is part of the key: a file moved elsewhere is
    processed again under its new path."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for path in parameters["paths"]:
        digest.update(os.path.abspath(path).encode() + b"\0")
        try:
            digest.update(sha256_of(Path(path)).encode())
        except OSError:
            digest.update(b"unreadable")
    return f"kehoach-batch-{digest.hexdigest()}"


CACHE_DIR = ".cache/batches"  # inside the output folder


def batch_cache(out_dir: str | Path) -> Path:
    """Where a run keeps its finished batches until they are in the published dataset: a
    run killed half-way resumes from them; a run that publishes removes them, so the cache
    never holds more than one unfinished run."""
    return Path(out_dir).resolve() / CACHE_DIR


def spooled_batch(paths: list[str], folder: str) -> dict:
    """`pipeline.run.stage_batch`, its `Batch` written to a file in `folder` (the batch cache)
    where it ran: what the flow's task returns, and Prefect persists as its result, is only
    that file's path. (Prefect stores a result as base64 in JSON: with the batch's texts and
    rows in it, about 85 MB for 2,000 documents, encoded and written by the run's process.)"""
    batch = steps.stage_batch(paths)
    path = Path(folder) / f"{uuid.uuid4().hex}.batch"
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(".partial")
    with open(part, "wb") as f:
        pickle.dump(batch, f, protocol=pickle.HIGHEST_PROTOCOL)
        f.flush()
        os.fsync(f.fileno())  # whole on disk before it has its name: a crash leaves a .partial, never a cut .batch
    os.replace(part, path)
    return {"spool": str(path), "documents": len(batch)}


def unspooled(result: dict, paths: list[str]) -> "steps.Batch":
    """The `Batch` a `spooled_batch` result names; the batch extracted again, here, when its
    file is gone or cannot be read whole (a resumed run whose cache was cleaned or damaged),
    with a warning that says so."""
    try:
        with open(result["spool"], "rb") as f:
            return pickle.load(f)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError) as exc:
        logging.getLogger("kehoach").warning("batch of %d documents extracted again: its cached file %s could not "
                                             "be read (%s)", len(paths), result.get("spool"), type(exc).__name__)
        return steps.stage_batch(paths)


# Batches per worker process in a local run: few enough that Prefect's own cost per task
# (~0.1 s of the run's process: states, the cached result) stays small, enough that the
# workers stay evenly busy to the end.
TASKS_PER_WORKER = 8


def batch_size_for(total: int, batch_size: int, workers: int, tasks_per_worker: int | None = TASKS_PER_WORKER) -> int:
    """Documents per task: `batch_size`, or more when that would make more than
    `tasks_per_worker` tasks per worker (None: `batch_size` as it is, e.g. on a Dask cluster)."""
    if not tasks_per_worker:
        return batch_size
    return max(batch_size, -(-total // (tasks_per_worker * max(1, workers))))


class WarmWorkers:
    """Start the run's worker processes (`pipeline.run.worker_pool`: each loads the
    vocabularies and patterns) in a thread, so that they warm up while Prefect's temporary
    server starts (a few seconds in another process) instead of one after the other; with
    `early` (the run's paths, output folder and batch size), also find the inputs and keep the
    workers extracting the flow's batches until the flow runs (`start_early`; `started_batch`:
    the flow's tasks take them). `join()` (when the flow is about to run) stops handing out
    batches, waits for the thread and raises what starting the workers raised."""

    def __init__(self, workers: int, early: tuple[list[str], str, int] | None = None):
        self.error: BaseException | None = None
        self.flow_runs = threading.Event()
        self.thread = threading.Thread(target=self._start, args=(workers, early), name="warm-workers", daemon=True)
        self.thread.start()

    def _start(self, workers: int, early) -> None:
        try:
            pool = steps.worker_pool(workers)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the run's thread by join()
            self.error = exc
            return
        if early:
            try:
                start_early(pool, workers, *early, until=self.flow_runs)
            except Exception:  # noqa: BLE001 - an optimisation: the flow finds the inputs and reports errors itself
                _found.clear()

    def join(self) -> None:
        self.flow_runs.set()
        self.thread.join()
        if self.error is not None:
            raise self.error


# Work begun before the flow runs (`start_early`), taken by the flow's tasks: the inputs found, and
# the futures of the batches begun in the worker pool, by their paths.
_found: dict[tuple, dict] = {}
_started: dict[tuple[str, ...], object] = {}


def start_early(pool, workers: int, paths: list[str], out_dir: str, batch_size: int,
                until: threading.Event | None = None) -> None:
    """Find the inputs (for `find_inputs`) and submit the flow's batches (as `corpus_flow`
    will cut them) to the worker pool (for `process_batch`), leaving out batches the cache
    already holds (a resumed run): the first `IN_FLIGHT_PER_WORKER` per worker at once, then
    one more each time one finishes, until `until` is set (the flow runs; on a loaded machine
    Prefect's server can take many seconds to start, and the workers would wait idle for it).
    Without `until`, only the first ones. Nothing while another run writes to `out_dir`: what
    is pending is known only once it has published (the flow waits for the folder's lock)."""
    if held_by_another_run(out_dir):
        return
    files, skipped = steps.find_plan_files(paths, out_dir)
    todo, unchanged = steps.pending(files, Path(out_dir))
    _found[(tuple(paths), str(out_dir))] = {"files": files, "todo": todo, "unchanged": unchanged, "skipped": skipped,
                                            "version": publish.version_dir(out_dir)}
    cache = batch_cache(out_dir)
    parts = [part for part in steps.batches(todo, batch_size_for(len(todo), batch_size, workers))
             if not (cache.exists() and (cache / batch_cache_key(None, {"paths": part})).exists())]
    window = steps.IN_FLIGHT_PER_WORKER * workers
    running: set = set()
    for n, part in enumerate(parts):
        if n >= window:
            while until is not None and not until.is_set() and len(running) >= window:
                running = wait(running, timeout=0.1, return_when=FIRST_COMPLETED).not_done
            if until is None or until.is_set():
                return
        future = _started[tuple(part)] = pool.submit(spooled_batch, part, str(cache))
        running.add(future)


def started_batch(paths: list[str]):
    """The future of a batch `start_early` submitted (once: a retry submits anew), or None."""
    return _started.pop(tuple(paths), None)


def forget_early() -> None:
    """Drop what the flow did not take (a flow that failed early): never reused by a later run."""
    _found.clear()
    while _started:
        _started.popitem()[1].cancel()



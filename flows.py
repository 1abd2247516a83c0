"""Prefect flows: the run the CLI starts, and an inbox watcher for archivists.

Orchestration stays thin: tasks wrap `pipeline.run` functions and pass paths
and plain records, never a spaCy object. Documents are batched per task (a task
run costs ~75 ms of Prefect time here), retries are for I/O errors only, and a
batch's result is cached under its files' paths and content hashes and the
pipeline version, inside the output folder (`OUT/.cache/batches`) until the
dataset that holds it is published.

Runs offline: with no PREFECT_API_URL, the run starts Prefect's temporary local server in a
thread of its own process (`pipeline.prefect_server`, whose settings keep it quiet, patient on
first start, and off the network)."""
from __future__ import annotations

import shutil
from datetime import timedelta
from contextlib import contextmanager
from pathlib import Path

from pipeline.prefect_server import PREFECT_SETTINGS, TemporaryServer, apply_settings  # noqa: E402,F401

apply_settings()  # before Prefect is imported

from prefect import flow, task, unmapped  # noqa: E402  (settings must come first)
from prefect.cache_policies import NO_CACHE  # noqa: E402

from pipeline import publish  # noqa: E402
from pipeline import run as steps  # noqa: E402
from pipeline.early import (CACHE_DIR, TASKS_PER_WORKER, WarmWorkers, _found, _started, batch_cache,  # noqa: E402,F401
                            batch_cache_key, batch_size_for, forget_early, spooled_batch, start_early, started_batch,
                            unspooled)
from pipeline.lock import output_lock  # noqa: E402

# A `pipeline.run.ProgressHook`; the CLI sets it to drive its progress bar.
progress_hook = None


# I/O errors that no retry can cure: a path that is missing, or a file where a folder should be.
PERMANENT_OS_ERRORS = (FileNotFoundError, FileExistsError, NotADirectoryError, IsADirectoryError, PermissionError)


def retry_on_io(task, task_run, state) -> bool:
    """Retry a task only when it failed on I/O that may pass (a file briefly unreadable, a full disk)."""
    try:
        state.result()
    except PERMANENT_OS_ERRORS:
        return False
    except OSError:
        return True
    except Exception:
        return False
    return False


@task(name="find-inputs", retries=2, retry_delay_seconds=1, retry_condition_fn=retry_on_io)
def find_inputs(paths: list[str], out_dir: str, allow_empty: bool = False) -> dict:
    found = _found.pop((tuple(map(str, paths)), str(out_dir)), None)  # found while the server started
    if found is not None and found.pop("version") != publish.version_dir(out_dir):
        found = None  # another run published meanwhile (runs wait for each other's lock): look again
    if found is None:
        files, skipped = steps.find_plan_files(paths, out_dir)
        found = {"files": files, "todo": [], "unchanged": [], "skipped": skipped}
        if files:
            found["todo"], found["unchanged"] = steps.pending(files, Path(out_dir))
    if not found["files"] and not allow_empty:
        raise steps.NoPlanFiles(steps.no_plan_files_message(paths, found["skipped"]))
    return found


@task(name="process-batch", retries=2, retry_delay_seconds=1, retry_condition_fn=retry_on_io,
      cache_key_fn=batch_cache_key, persist_result=True, cache_expiration=timedelta(days=7))
def process_batch(paths: list[str], spool: str, workers: int = 1) -> dict:
    """The batch's records, its rows typed and encoded where it runs (`pipeline.run.Batch`),
    written to a file in the folder `spool` there; the result is only that file
    (`pipeline.early.spooled_batch`: read back by `unspooled`)."""
    if workers > 1:  # the work runs in a worker process (begun while the server started, or now); this thread waits
        return (started_batch(paths) or steps.worker_pool(workers).submit(spooled_batch, paths, spool)).result()
    return spooled_batch(paths, spool)


@task(name="write-dataset", retries=2, retry_delay_seconds=1, retry_condition_fn=retry_on_io, cache_policy=NO_CACHE)
def write_dataset(out_dir: str, records: "list[dict] | steps.Staged", prune_missing: bool = False) -> dict:
    return steps.write_dataset(out_dir, records, prune_missing)


@task(name="write-review")
def write_review(out_dir: str, gold_dir: str | None = None, workers: int = 1) -> str:
    return steps.write_review(out_dir, gold_dir, workers=workers)


def _report(done: list[dict], total: int) -> None:
    """Tell `progress_hook` (the CLI's progress bar) about finished documents. The flow calls
    this function rather than reading the hook itself: on Dask, Prefect ships the flow's code to
    the workers, and the hook (a closure over the progress bar and its lock) cannot be pickled;
    a plain module function is sent by name."""
    if progress_hook:
        progress_hook(done, total)


@flow(name="kehoach-run", log_prints=False)
def corpus_flow(paths: list[str], out_dir: str = "outputs", batch_size: int = 8, gold_dir: str | None = None,
                prune_missing: bool = False, allow_empty: bool = False, workers: int = 1,
                tasks_per_worker: int | None = TASKS_PER_WORKER) -> dict:
    """Ingest, normalise and extract every plan under `paths`; write the dataset to `out_dir`."""
    with output_lock(out_dir):  # one run at a time per output folder
        found = find_inputs(paths, out_dir, allow_empty)
        total = len(found["todo"])
        _report([], total)
        cached_batch = process_batch.with_options(result_storage=batch_cache(out_dir))
        parts = steps.batches(found["todo"], batch_size_for(total, batch_size, workers, tasks_per_worker))
        spool = str(batch_cache(out_dir))  # each batch's records wait there, the task's result names them
        futures = list(cached_batch.map(parts, workers=unmapped(workers), spool=unmapped(spool))) if parts else []
        staged = steps.Staged(out_dir)
        for i, future in enumerate(futures):
            futures[i] = None  # a batch's records are dropped once staged (texts written, rows kept compact)
            done = unspooled(future.result(), parts[i])
            _report(done, total)
            staged.add(done)
            del done, future
        counts = write_dataset(out_dir, staged, prune_missing)
        shutil.rmtree(batch_cache(out_dir), ignore_errors=True)  # published: the cache has done its job
        review = str(Path(out_dir) / "review" / "index.html") if steps.review_is_current(out_dir, staged.documents, counts, gold_dir) \
            else write_review(out_dir, gold_dir, workers)
        return steps.summary(found["files"], found["todo"], found["unchanged"], staged.documents, counts, review, found["skipped"])


def run_corpus(paths: list[str], out_dir: str = "outputs", batch_size: int = 8, gold_dir: str | None = None,
               prune_missing: bool = False, workers: int = 1, dask_address: str | None = None,
               server: TemporaryServer | None = None, warming: WarmWorkers | None = None) -> dict:
    """What `kehoach run` starts: `corpus_flow`, with Prefect's temporary server (when no
    PREFECT_API_URL is set) started once for the run, in this process.

    With `dask_address` (tcp://HOST:PORT of a running Dask scheduler) the batches run on
    that cluster's workers through prefect-dask's `DaskTaskRunner`: each batch is one task
    on one Dask worker (its processes are the parallelism, so `workers` is not used), the
    workers read the inputs and write the batch cache under the paths given, which must be
    the same on every machine (a shared folder); this process merges and publishes.
    `server`: a `TemporaryServer` started before this module was imported (the CLI does);
    `warming`: the run's `WarmWorkers` begun before it too (with the same paths, output folder,
    batch size and workers)."""
    # While the server starts: the workers warm up and already extract the flow's batches.
    if warming is None and not dask_address and workers > 1:
        warming = WarmWorkers(workers, early=(list(map(str, paths)), str(out_dir), batch_size))
    try:
        with temporary_server(server):
            if dask_address:
                return on_dask(corpus_flow, dask_address)(paths, out_dir, batch_size, gold_dir, prune_missing, workers=1,
                                                          tasks_per_worker=None)
            warming.join() if warming else None
            return capped(corpus_flow, workers)(paths, out_dir, batch_size, gold_dir, prune_missing, workers=workers)
    finally:
        if warming is not None:  # (the flow did not run: stop handing out batches)
            warming.flow_runs.set()
            warming.thread.join()
        forget_early()


def on_dask(flow_fn, address: str):
    """The flow with its tasks sent to the Dask cluster at `address` (prefect-dask, the
    `dask` extra: pip install 'kehoach[dask]')."""
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise RuntimeError("--dask-address needs prefect-dask: pip install 'kehoach[dask]'") from None
    return flow_fn.with_options(task_runner=DaskTaskRunner(address=address))


def capped(flow_fn, workers: int):
    """The flow with a bounded number of batches in flight (Prefect's default thread pool has
    no limit: every batch would run at once as a thread, fighting over the GIL). With one
    worker the batch runs in its task's thread: one at a time. With worker processes a task's
    thread only hands its batch to the pool and waits, so twice as many tasks as workers are
    in flight: while one task's thread does Prefect's bookkeeping (states, the cached result)
    the pool already works on the next batch instead of waiting for it."""
    from prefect.task_runners import ThreadPoolTaskRunner

    return flow_fn.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1 if workers <= 1 else 2 * workers))


def _terminate(signum, frame):  # SIGTERM: leave through normal exit, so the run stops its server
    raise SystemExit(128 + signum)


@contextmanager
def temporary_server(server: TemporaryServer | None = None):
    """Prefect's temporary server for the run (`server`, started earlier, or one started now),
    served in a thread of this process (`pipeline.prefect_server.TemporaryServer`): on SIGTERM or
    Ctrl-C the run leaves through normal exit and stops it; on anything else (kill -9 included)
    it ends with the process. Nothing to do when PREFECT_API_URL names a server."""
    import signal
    import threading

    from prefect.settings import (PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
                                  PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, temporary_settings)

    if PREFECT_API_URL.value():
        if server is not None:
            server.stop()  # (a server named in Prefect's profile: the one started early is not needed)
        yield
        return
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _terminate) if main_thread else None
    try:
        server = server or TemporaryServer()
        server.wait(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
        # No flow-run heartbeats: they tell a lasting server that a run's process crashed, and this
        # server lives and dies with the run's process; their thread also held every flow run's end
        # by up to a second (it sleeps in one-second steps before it sees the run ended).
        with temporary_settings({PREFECT_API_URL: server.api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            try:
                yield
            finally:
                _drain_events()
    finally:
        if server is not None:
            server.stop()
        if main_thread:
            signal.signal(signal.SIGTERM, previous)


def _drain_events(timeout: float = 5.0) -> None:
    """Send the events the run's tasks queued to this run's server, and stop Prefect's events
    worker: there is one per process, bound to the server it first sent to, so a later run in the
    same process (a test session, a script calling `run_corpus` twice) would otherwise send its
    events to this run's stopped server. The next run starts a new worker bound to its own."""
    from prefect.events.worker import EventsWorker

    try:
        EventsWorker.drain_all(timeout=timeout, at_exit=False)
    except Exception:  # noqa: BLE001 - events are Prefect's bookkeeping, never the run's result
        pass


@flow(name="kehoach-inbox", log_prints=False)
def watch_inbox(inbox: str = "inbox", out_dir: str = "outputs") -> dict:
    """One pass over an inbox folder: new or changed plans are added to the dataset."""
    Path(inbox).mkdir(parents=True, exist_ok=True)
    return capped(corpus_flow, 1)([inbox], out_dir, allow_empty=True)


def serve_inbox(inbox: str = "inbox", out_dir: str = "outputs", every_seconds: int = 300) -> None:
    """Serve `watch_inbox` as a deployment that runs every `every_seconds` (blocks)."""
    watch_inbox.serve(name="kehoach-inbox", interval=every_seconds, parameters={"inbox": inbox, "out_dir": out_dir})


if __name__ == "__main__":  # python flows.py INBOX OUT: serve the inbox watcher
    import sys

    serve_inbox(*sys.argv[1:3])

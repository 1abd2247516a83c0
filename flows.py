"""Prefect flows: the run the CLI starts, and an inbox watcher for archivists.

Orchestration stays thin: tasks wrap `pipeline.run` functions and pass paths
and plain records, never a spaCy object. Documents are batched per task (a task
run costs ~75 ms of Prefect time here), retries are for I/O errors only, and a
batch's result is cached under the content hashes of its files and the
pipeline version.

Runs offline: with no PREFECT_API_URL, Prefect starts a temporary local server;
the settings below keep it quiet, patient on first start, and off the network.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

PREFECT_SETTINGS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
}
for _key, _value in PREFECT_SETTINGS.items():
    os.environ.setdefault(_key, _value)

from prefect import flow, task  # noqa: E402  (settings must come first)

from pipeline import run as steps  # noqa: E402
from pipeline.ingest import sha256_of  # noqa: E402
from pipeline.lock import output_lock  # noqa: E402
from pipeline.process import PIPELINE_VERSION  # noqa: E402

# A `pipeline.run.ProgressHook`; the CLI sets it to drive its progress bar.
progress_hook = None


def retry_on_io(task, task_run, state) -> bool:
    """Retry a task only when it failed on I/O (a file briefly unreadable, a full disk)."""
    try:
        state.result()
    except OSError:
        return True
    except Exception:
        return False
    return False


def batch_cache_key(context, parameters) -> str:
    """Same files (by content) and same pipeline version: same result."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for path in parameters["paths"]:
        try:
            digest.update(sha256_of(Path(path)).encode())
        except OSError:
            digest.update(path.encode())
    return f"kehoach-batch-{digest.hexdigest()}"


@task(name="find-inputs", retries=2, retry_delay_seconds=1, retry_condition_fn=retry_on_io)
def find_inputs(paths: list[str], out_dir: str) -> dict:
    files = steps.discover(paths)
    todo, unchanged = steps.pending(files, Path(out_dir))
    return {"files": files, "todo": todo, "unchanged": unchanged}


@task(name="process-batch", retries=2, retry_delay_seconds=1, retry_condition_fn=retry_on_io,
      cache_key_fn=batch_cache_key, persist_result=True)
def process_batch(paths: list[str]) -> list[dict]:
    return steps.process_batch(paths)


@task(name="write-dataset", retries=2, retry_delay_seconds=1, retry_condition_fn=retry_on_io)
def write_dataset(out_dir: str, records: list[dict]) -> dict:
    return steps.write_dataset(out_dir, records)


@task(name="write-review")
def write_review(out_dir: str, gold_dir: str | None = None) -> str:
    return steps.write_review(out_dir, gold_dir)


@flow(name="kehoach-run", log_prints=False)
def run_corpus(paths: list[str], out_dir: str = "outputs", batch_size: int = 8, gold_dir: str | None = None) -> dict:
    """Ingest, normalise and extract every plan under `paths`; write the dataset to `out_dir`."""
    with output_lock(out_dir):  # one run at a time per output folder
        found = find_inputs(paths, out_dir)
        total = len(found["todo"])
        if progress_hook:
            progress_hook([], total)
        futures = process_batch.map(steps.batches(found["todo"], batch_size)) if found["todo"] else []
        records: list[dict] = []
        for future in futures:
            done = future.result()
            records.extend(done)
            if progress_hook:
                progress_hook(done, total)
        counts = write_dataset(out_dir, records)
        review = write_review(out_dir, gold_dir)
        return steps.summary(found["files"], found["todo"], found["unchanged"], records, counts, review)


@flow(name="kehoach-inbox", log_prints=False)
def watch_inbox(inbox: str = "inbox", out_dir: str = "outputs") -> dict:
    """One pass over an inbox folder: new or changed plans are added to the dataset."""
    Path(inbox).mkdir(parents=True, exist_ok=True)
    return run_corpus([inbox], out_dir)


def serve_inbox(inbox: str = "inbox", out_dir: str = "outputs", every_seconds: int = 300) -> None:
    """Serve `watch_inbox` as a deployment that runs every `every_seconds` (blocks)."""
    watch_inbox.serve(name="kehoach-inbox", interval=every_seconds, parameters={"inbox": inbox, "out_dir": out_dir})


if __name__ == "__main__":  # python flows.py INBOX OUT: serve the inbox watcher
    import sys

    serve_inbox(*sys.argv[1:3])

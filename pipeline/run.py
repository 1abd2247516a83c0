"""The steps of a run as plain functions over paths and records: find the inputs,
leave out what the dataset already has, process in batches, write.

`flows.py` wraps these as Prefect tasks; `kehoach run --direct` and the tests
call them as they are.
"""
from __future__ import annotations

import dataclasses
import os
from collections import deque
from pathlib import Path
from typing import Callable, Iterable

from pipeline import dataset, publish
from pipeline.ingest import FORMATS, sha256_of
from pipeline.lock import output_lock
from pipeline.model import DocumentInfo, Extraction
from pipeline.version import PIPELINE_VERSION
# The pool of worker processes (light to import: the CLI starts it before it loads the rest).
from pipeline.workers import _pools, _started_pool, default_workers, shutdown_pools, worker_pool  # noqa: F401

SKIP_NAMES = {"SOURCES.tsv", "README.md"}


class NoPlanFiles(ValueError):
    """Nothing to read under the paths given."""


def is_output_folder(folder: Path) -> bool:
    """A folder kehoach writes (marked, or an older kehoach's dataset folder): never an input."""
    return (folder / publish.MARKER).exists() or (folder / dataset.DUCKDB_FILE).exists()


def _inside(path: Path, folders: list[Path]) -> bool:
    return any(path == f or f in path.parents for f in folders)


def find_plan_files(paths: Iterable[str | Path], out_dir: str | Path | None = None) -> tuple[list[str], list[str]]:
    """(plan files under `paths`, files left out), both sorted. Folders are searched
    recursively; only plan formats (`ingest.FORMATS`) are read; the output folder, any
    other folder kehoach writes, and hidden files and folders are never inputs."""
    exclude = [Path(out_dir).resolve()] if out_dir else []
    found: set[Path] = set()
    skipped: set[Path] = set()
    for p in map(Path, paths):
        if not p.exists():
            raise FileNotFoundError(f"no such file or folder: {p}")
        if p.is_dir():
            if _inside(p.resolve(), exclude) or is_output_folder(p):
                skipped.add(p)
                continue
            for root, dirs, names in os.walk(p):
                root_path = Path(root)
                dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                                 and not _inside((root_path / d).resolve(), exclude) and not is_output_folder(root_path / d))
                for name in names:
                    f = root_path / name
                    if name.startswith(".") or name in SKIP_NAMES:
                        continue
                    (found if f.suffix.lower() in FORMATS else skipped).add(f)
        elif p.suffix.lower() in FORMATS and not _inside(p.resolve(), exclude) and not is_output_folder(p.parent):
            found.add(p)
        else:
            skipped.add(p)
    return [str(f) for f in sorted(found)], [str(f) for f in sorted(skipped)]


def discover(paths: Iterable[str | Path], out_dir: str | Path | None = None) -> list[str]:
    """Every plan file under `paths` (files and folders, recursive), sorted, once each."""
    return find_plan_files(paths, out_dir)[0]


def _same_file(a: str, b: str) -> bool:
    return a == b or os.path.realpath(a) == os.path.realpath(b)


def pending(files: list[str], out_dir: Path) -> tuple[list[str], list[str]]:
    """(files to process, files already in the dataset unchanged: same content, same
    pipeline version, same path). Duplicate contents are processed once; a file moved
    elsewhere is processed again, so its row records where it is now."""
    known = dataset.known_documents(out_dir)
    todo, done = [], []
    seen: set[str] = set()
    for f in files:
        try:
            digest = sha256_of(Path(f))
        except OSError:
            todo.append(f)  # reading will report the error on the document
            continue
        doc_id, version, path = known.get(digest, ("", "", ""))
        if digest in seen or (version == PIPELINE_VERSION and _same_file(path, f)):
            done.append(f)
        else:
            todo.append(f)
        seen.add(digest)
    return todo, done


def to_record(extraction) -> dict:
    """An `Extraction` as a plain record (what tasks pass to each other)."""
    return {"document": dataclasses.asdict(extraction.document), "text": extraction.text, "facts": extraction.facts}


def process_document(path: str | Path) -> Extraction:
    """`pipeline.process.process_document`, imported on first use: a run's own process, whose
    workers extract, never loads the extractors (about 1 s of compiling patterns)."""
    from pipeline.process import process_document as process

    return process(path)


def process_one(path: str) -> dict:
    """One document's record. A document that breaks the pipeline (a library error, too
    big for memory) fails alone, with a message; I/O errors are raised (a flow retries them)."""
    try:
        return to_record(process_document(path))
    except OSError:
        raise
    except Exception as exc:
        digest = sha256_of(Path(path))
        info = DocumentInfo(
            doc_id=digest[:16], source_path=str(path), sha256=digest, format=FORMATS.get(Path(path).suffix.lower(), "txt"),
            status="failed", pipeline_version=PIPELINE_VERSION,
            message=f"could not be processed ({type(exc).__name__}: {str(exc)[:300]}); the other documents were not affected",
        )
        return to_record(Extraction(info))


def process_batch(paths: list[str]) -> list[dict]:
    return [process_one(p) for p in paths]


class Batch(list):
    """A finished batch as a run keeps it: each document's record without its facts (the
    document's row and its text), and the batch's rows of every table already typed and
    encoded (`dataset.encoded_tables`) in `tables`. Made where the batch ran (a worker
    process), so that the run's process, which stages every batch in turn, only writes bytes."""

    def __init__(self, records: Iterable[dict] = (), tables: dict[str, bytes] | None = None):
        super().__init__(records)
        self.tables = tables if tables is not None else {}


def as_batch(records: list[dict]) -> Batch:
    """`records` (with their facts) as a `Batch`; a `Batch` as it is."""
    if isinstance(records, Batch):
        return records
    return Batch(({"document": r["document"], "text": r["text"]} for r in records), dataset.encoded_tables(records))


def stage_batch(paths: list[str]) -> Batch:
    """`process_batch`, ready to stage: what a run's workers do."""
    return as_batch(process_batch(paths))


def joined(batches: list[list[dict]]) -> Batch:
    """Several batches as one (in order)."""
    import pyarrow as pa

    batches = [as_batch(b) for b in batches]
    tables = {table: dataset.encode(pa.concat_tables([dataset.decode(b.tables[table]) for b in batches]))
              for table in dataset.TABLES}
    return Batch((r for b in batches for r in b), tables)


def batches(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


IN_FLIGHT_PER_WORKER = 4  # batches submitted ahead per worker: enough to keep every worker busy


def process_batches(todo: list[str], batch_size: int, workers: int = 1,
                    work: Callable[[list[str]], list[dict]] = None) -> Iterable[list[dict]]:
    """The records of each batch, in the order of `todo` whatever the number of workers.

    With workers, a worker process that dies (a document that exhausts memory, a crash
    in a library) costs only its batch's documents that cannot be read one by one: the
    batch is retried document by document in fresh workers, and the rest goes on.
    Scripts that call this with workers need the usual `if __name__ == "__main__":`
    guard (worker processes import the main module)."""
    work = work or process_batch
    parts = batches(todo, batch_size)
    if workers <= 1 or len(parts) <= 1:
        for part in parts:
            yield work(part)
        return
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    while done < len(parts):
        # A window of batches in flight, each future dropped once its records are taken: a
        # finished future keeps its records, so futures for the whole corpus at once held every
        # batch's texts and facts in this process until the end (memory grew with the corpus).
        pool, pending, submitted = worker_pool(workers), deque(), done
        try:
            while done < len(parts):
                while submitted < len(parts) and len(pending) < IN_FLIGHT_PER_WORKER * workers:
                    pending.append(pool.submit(work, parts[submitted]))
                    submitted += 1
                records = pending.popleft().result()
                done += 1
                yield records
                del records
        except BrokenProcessPool:
            _pools.pop(workers, None)  # the pool is dead; the rest runs in a new one
            alone = [_one_in_fresh_worker(path, work) for path in parts[done]]
            yield joined(alone) if any(isinstance(b, Batch) for b in alone) else [r for b in alone for r in b]
            done += 1


def _one_in_fresh_worker(path: str, work) -> list[dict]:
    """One document in a worker of its own (what `work` gives for it); if that worker dies
    too, a `failed` record."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _started_pool(1)
    try:
        return pool.submit(work, [path]).result()
    except BrokenProcessPool:
        pass
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    digest = sha256_of(Path(path))
    info = DocumentInfo(
        doc_id=digest[:16], source_path=str(path), sha256=digest, format=FORMATS.get(Path(path).suffix.lower(), "txt"),
        status="failed", pipeline_version=PIPELINE_VERSION,
        message="the worker process reading this document died (out of memory?); the other documents were not affected",
    )
    return [to_record(Extraction(info))]


class Staged:
    """What a run keeps of its finished batches: each batch's texts are written to
    `DIR/text/` and its rows to parts in `DIR/.cache/parts/` as it comes, so
    neither texts nor rows of a run pile up in memory: `write_dataset` merges the parts
    into the dataset, a chunk at a time. Only each document's id and status are kept."""

    def __init__(self, out_dir: str | Path):
        import shutil

        self.out_dir = Path(out_dir)
        self.parts = self.out_dir / dataset.PARTS_DIR
        shutil.rmtree(self.parts, ignore_errors=True)  # a killed run's parts (one run at a time per DIR)
        self.n_parts = 0
        self.documents: list[dict] = []  # each document's id and status, for the summary

    def add(self, records: list[dict]) -> None:
        """Stage a batch: its records (with their facts), or a `Batch` (its rows already encoded)."""
        if not records:
            return
        dataset.write_texts(self.out_dir, records)
        self.parts.mkdir(parents=True, exist_ok=True)
        dataset.write_part(self.parts, self.n_parts, records.tables if isinstance(records, Batch) else records)
        self.n_parts += 1
        self.documents.extend({"document": {"doc_id": r["document"]["doc_id"], "status": r["document"]["status"]}}
                              for r in records)

    def clear(self) -> None:
        """Remove the parts (once they are in the published dataset)."""
        import shutil

        shutil.rmtree(self.parts, ignore_errors=True)
        try:
            self.parts.parent.rmdir()  # .cache, when nothing else is in it
        except OSError:
            pass

    def __len__(self) -> int:
        return len(self.documents)


def write_dataset(out_dir: str | Path, records: list[dict] | Staged, prune_missing: bool = False) -> dict[str, int]:
    """Merge `records` (or the batches `Staged` so far) into the dataset in `out_dir` and
    write it; returns row counts (and `pruned`: documents removed because their file is
    gone, with `prune_missing`)."""
    out_dir = Path(out_dir)
    if not isinstance(records, Staged):
        staged = Staged(out_dir)
        staged.add(records)
        records = staged
    if not len(records) and not prune_missing and publish.version_dir(out_dir):
        records.clear()
        return dataset.row_counts(out_dir)  # nothing new: nothing written
    keep = {r["document"]["doc_id"] for r in records.documents} if prune_missing else None
    counts, pruned = dataset.publish_parts(out_dir, records.parts, records.n_parts, keep)
    records.clear()
    return {**counts, "pruned": pruned} if prune_missing else counts


# A progress hook is told `(records, total)`: once with no records when the run knows
# how many documents it will process, then once per finished batch.
ProgressHook = Callable[[list[dict], int], None]


def review_is_current(out_dir: str | Path, records: list[dict], counts: dict, gold_dir) -> bool:
    """Nothing new, nothing pruned, no gold to mark and the pages exist: nothing to re-render."""
    return not records and not counts.get("pruned") and gold_dir is None and (Path(out_dir) / "review" / "index.html").exists()


def write_review(out_dir: str | Path, gold_dir: str | Path | None = None, force: bool = False, workers: int = 1) -> str:
    """Bring the review pages of the dataset in `out_dir` up to date (only the pages whose
    document or gold changed, and the index; `force`: every page); returns the index path.
    With workers, the run's worker processes render the pages (when the run started them)."""
    from pipeline.review import write_review as write

    return str(write(out_dir, gold_dir, force, pool=_pools.get(workers) if workers > 1 else None))


def run_direct(paths: list[str], out_dir: str | Path, batch_size: int = 8,
               on_batch: ProgressHook | None = None, gold_dir: str | Path | None = None,
               prune_missing: bool = False, workers: int = 1) -> dict:
    """The whole run without Prefect: same steps, same results (one run at a time per `out_dir`)."""
    with output_lock(out_dir):
        files, skipped = find_plan_files(paths, out_dir)
        if not files:
            raise NoPlanFiles(no_plan_files_message(paths, skipped))
        todo, unchanged = pending(files, Path(out_dir))
        if on_batch:
            on_batch([], len(todo))
        staged = Staged(out_dir)
        for done in process_batches(todo, batch_size, workers, work=stage_batch):
            if on_batch:
                on_batch(done, len(todo))
            staged.add(done)
        counts = write_dataset(out_dir, staged, prune_missing)
        review = str(Path(out_dir) / "review" / "index.html") if review_is_current(out_dir, staged.documents, counts, gold_dir) \
            else write_review(out_dir, gold_dir, workers=workers)
        return summary(files, todo, unchanged, staged.documents, counts, review, skipped)


def no_plan_files_message(paths, skipped: list[str]) -> str:
    what = ", ".join(map(str, paths))
    extra = f" ({len(skipped)} other files left out)" if skipped else ""
    return f"no plan files found in {what}{extra}: kehoach reads {', '.join(sorted(set(FORMATS)))}"


def summary(files, todo, unchanged, records, counts, review: str | None = None, skipped: list[str] = ()) -> dict:
    statuses = [r["document"]["status"] for r in records]
    counts = dict(counts)
    pruned = counts.pop("pruned", 0)
    return {
        "skipped": list(skipped), "pruned": pruned,
        "files": len(files), "processed": len(todo), "unchanged": len(unchanged),
        "ok": statuses.count("ok"), "warning": statuses.count("warning"), "failed": statuses.count("failed"),
        "rows": counts, "review": review,
    }

"""The steps of a run as plain functions over paths and records: find the inputs,
leave out what the dataset already has, process in batches, write.

`flows.py` wraps these as Prefect tasks; `kehoach run --direct` and the tests
call them as they are.
"""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Callable, Iterable

from pipeline import dataset
from pipeline.ingest import FORMATS, sha256_of
from pipeline.lock import output_lock
from pipeline.process import PIPELINE_VERSION, process_document

SKIP_NAMES = {"SOURCES.tsv", "README.md"}


def discover(paths: Iterable[str | Path]) -> list[str]:
    """Every plan file under `paths` (files and folders, recursive), sorted, once each."""
    found: set[Path] = set()
    for p in map(Path, paths):
        if p.is_dir():
            found.update(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in FORMATS and f.name not in SKIP_NAMES
                         and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.exists():
            found.add(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    return [str(f) for f in sorted(found)]


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


def process_batch(paths: list[str]) -> list[dict]:
    return [to_record(process_document(p)) for p in paths]


def batches(items: list[str], size: int) -> list[list[str]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def write_dataset(out_dir: str | Path, records: list[dict]) -> dict[str, int]:
    """Merge `records` into the dataset in `out_dir` and write it; returns row counts."""
    out_dir = Path(out_dir)
    tables = dataset.merge(dataset.load(out_dir), records)
    dataset.write_texts(out_dir, records)
    return dataset.write(out_dir, tables)


# A progress hook is told `(records, total)`: once with no records when the run knows
# how many documents it will process, then once per finished batch.
ProgressHook = Callable[[list[dict], int], None]


def write_review(out_dir: str | Path, gold_dir: str | Path | None = None) -> str:
    """Re-write the review pages of the dataset in `out_dir`; returns the index path."""
    from pipeline.review import write_review as write

    return str(write(out_dir, gold_dir))


def run_direct(paths: list[str], out_dir: str | Path, batch_size: int = 8,
               on_batch: ProgressHook | None = None, gold_dir: str | Path | None = None) -> dict:
    """The whole run without Prefect: same steps, same results (one run at a time per `out_dir`)."""
    with output_lock(out_dir):
        files = discover(paths)
        todo, unchanged = pending(files, Path(out_dir))
        if on_batch:
            on_batch([], len(todo))
        records: list[dict] = []
        for batch in batches(todo, batch_size):
            done = process_batch(batch)
            records.extend(done)
            if on_batch:
                on_batch(done, len(todo))
        counts = write_dataset(out_dir, records)
        return summary(files, todo, unchanged, records, counts, write_review(out_dir, gold_dir))


def summary(files, todo, unchanged, records, counts, review: str | None = None) -> dict:
    statuses = [r["document"]["status"] for r in records]
    return {
        "files": len(files), "processed": len(todo), "unchanged": len(unchanged),
        "ok": statuses.count("ok"), "warning": statuses.count("warning"), "failed": statuses.count("failed"),
        "rows": counts, "review": review,
    }

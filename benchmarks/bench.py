"""Benchmark (not a test): documents/s and MB/s for ingest + normalise + extract, and
the time Prefect adds over calling the same functions directly.

    python benchmarks/bench.py [PATH ...]     (default: corpus/ and ../shared/corpus/field)
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> None:
    from pipeline.process import process_document
    from pipeline.run import discover, run_direct

    paths = argv or [str(ROOT / "corpus")] + ([str(ROOT.parent / "shared/corpus/field")] if (ROOT.parent / "shared/corpus/field").is_dir() else [])
    files = discover(paths)
    size = sum(Path(f).stat().st_size for f in files)
    process_document(files[0])  # load spaCy and the vocabularies once, as a run does

    started = time.perf_counter()
    for f in files:
        process_document(f)
    extract_s = time.perf_counter() - started
    print(f"files: {len(files)}, {size / 1e6:.2f} MB")
    print(f"ingest + normalise + extract: {extract_s:.2f} s = {len(files) / extract_s:.1f} documents/s, {size / 1e6 / extract_s:.2f} MB/s")

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        run_direct(paths, Path(tmp) / "direct")
        direct_s = time.perf_counter() - started
        started = time.perf_counter()
        run_direct(paths, Path(tmp) / "direct")
        unchanged_s = time.perf_counter() - started

        import flows

        started = time.perf_counter()
        flows.run_corpus(paths, str(Path(tmp) / "flow"))
        flow_s = time.perf_counter() - started
    print(f"whole run, direct (plus dataset write): {direct_s:.2f} s; re-run with nothing new: {unchanged_s:.2f} s")
    print(f"whole run, Prefect flow (temporary server included): {flow_s:.2f} s; Prefect adds {flow_s - direct_s:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1:])

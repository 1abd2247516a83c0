"""Benchmark (not a test): documents/s and MB/s for ingest + normalise + extract, one
worker against N, and the time Prefect adds over calling the same functions directly.

    python benchmarks/bench.py [PATH ...]     (default: corpus/ and ../shared/corpus/field)

MB/s counts the text the pipeline reads (UTF-8 bytes of each document's text), not
file bytes: a PDF's size is mostly fonts and images. Every whole run writes to a fresh
folder, so nothing is reused from an earlier run (the Prefect batch cache lives in the
output folder and is removed once the run publishes).
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
    from pipeline.run import default_workers, discover, run_direct

    paths = argv or [str(ROOT / "corpus")] + ([str(ROOT.parent / "shared/corpus/field")] if (ROOT.parent / "shared/corpus/field").is_dir() else [])
    files = discover(paths)
    size = sum(Path(f).stat().st_size for f in files)
    process_document(files[0])  # load spaCy and the vocabularies once, as a run does

    started = time.perf_counter()
    text_bytes = 0
    for f in files:
        text_bytes += len(process_document(f).text.encode("utf-8"))
    extract_s = time.perf_counter() - started
    print(f"files: {len(files)}, {size / 1e6:.2f} MB on disk, {text_bytes / 1e6:.2f} MB of text")
    print(f"ingest + normalise + extract, one process: {extract_s:.2f} s = {len(files) / extract_s:.1f} documents/s, "
          f"{text_bytes / 1e6 / extract_s:.2f} MB/s of text")

    workers = default_workers()
    with tempfile.TemporaryDirectory() as tmp:
        timings = {}
        for n in sorted({1, workers}):
            started = time.perf_counter()
            run_direct(paths, Path(tmp) / f"direct-{n}", workers=n)
            timings[n] = time.perf_counter() - started
        started = time.perf_counter()
        run_direct(paths, Path(tmp) / f"direct-{workers}", workers=workers)
        unchanged_s = time.perf_counter() - started

        import flows

        started = time.perf_counter()
        flows.run_corpus(paths, str(Path(tmp) / "flow"), workers=workers)
        flow_s = time.perf_counter() - started
    for n, seconds in timings.items():
        print(f"whole run, direct, {n} worker(s) (plus dataset write): {seconds:.2f} s = {len(files) / seconds:.1f} documents/s")
    if len(timings) > 1:
        print(f"{workers} workers take {timings[workers] / timings[1]:.2f} of one worker's time")
    print(f"re-run with nothing new: {unchanged_s:.2f} s")
    direct_s = timings[workers]
    print(f"whole run, Prefect flow, {workers} worker(s) (temporary server included): {flow_s:.2f} s; "
          f"Prefect adds {flow_s - direct_s:.2f} s ({(flow_s - direct_s) / direct_s:+.0%})")


if __name__ == "__main__":
    main(sys.argv[1:])

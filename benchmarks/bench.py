"""Benchmark (not a test): in one run, the floor (one bare regex pass over the same text)
against ingest + normalise + extract per core, documents/s with 1 and N workers, the time
Prefect adds, peak memory at 40 documents and at all of them, and optionally a simulated
larger corpus (the inputs repeated with a small change each).

    python benchmarks/bench.py [PATH ...] [--simulate N]
    (default PATH: corpus/ and ../shared/corpus/field; for the figures of issue 12 use
    ../shared/corpus/wide)

MB/s counts the text the pipeline reads (UTF-8 bytes of each document's text), not
file bytes: a PDF's size is mostly fonts and images. Every whole run writes to a fresh
folder, so nothing is reused from an earlier run (the Prefect batch cache lives in the
output folder and is removed once the run publishes). Peak memory is measured on a
`kehoach run --direct --workers 1` in a child process (its maximum resident set size).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The floor: what one pass of a simple compiled pattern costs over the same text: a date
# (the floor proper), and a figure with its percent sign (a pattern that stops on every digit).
FLOOR_PATTERN = r"(?<!\d)\d{1,2}/\d{1,2}/\d{4}(?!\d)"
PERCENT_PATTERN = r"\d+(?:[.,]\d+)?\s*%"

PEAK_RSS = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mb(files: list[str], out: Path) -> tuple[float, float]:
    """(peak resident memory in MB, seconds) of `kehoach run --direct --workers 1` over `files`."""
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "pipeline.cli", "run", *files, "--out", str(out), "--direct", "--workers", "1"]
    kb = subprocess.run([sys.executable, "-c", PEAK_RSS, *cmd], cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return int(kb.split()[-1]) / 1024, time.perf_counter() - started


def cold_run_s(paths: list[str], out: Path, workers: int) -> float:
    """Seconds of `kehoach run --direct --workers N` in a new process (imports, worker start and
    warm-up included, as a user's run pays them)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline.cli", "run", *(str(Path(p).resolve()) for p in paths), "--out", str(out),
                    "--direct", "--workers", str(workers)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def simulated(files: list[str], n: int, folder: Path) -> list[str]:
    """`n` documents: the inputs over and over, each copy of a text file with one line added
    (so each copy is a new document); non-text files are copied as they are only once."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[str] = []
    copy = 0
    while len(made) < n:
        for f in files:
            if len(made) >= n:
                break
            src = Path(f)
            if src.suffix.lower() in (".txt", ".md"):
                dest = folder / f"{copy:04d}" / src.name
                dest.parent.mkdir(exist_ok=True)
                dest.write_text(src.read_text(encoding="utf-8", errors="replace") + f"\n\nBản sao {copy}.\n", encoding="utf-8")
            elif copy == 0:
                dest = folder / src.name
                shutil.copy(src, dest)
            else:
                continue
            made.append(str(dest))
        copy += 1
    return made


def _one_pass(pattern, texts: list[str]) -> float:
    started = time.perf_counter()
    for t in texts:
        pattern.findall(t)
    return max(time.perf_counter() - started, 1e-9)


def main(argv: list[str]) -> None:
    import regex

    from pipeline.process import process_document
    from pipeline.run import default_workers, discover, run_direct

    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--simulate", type=int, default=0, help="also a run over this many documents (inputs repeated)")
    args = parser.parse_args(argv)
    paths = args.paths or [str(ROOT / "corpus")] + ([str(ROOT.parent / "shared/corpus/field")] if (ROOT.parent / "shared/corpus/field").is_dir() else [])
    files = discover(paths)
    size = sum(Path(f).stat().st_size for f in files)
    workers = default_workers()
    print(f"machine: {os.cpu_count()} cores; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    # Load the vocabularies, patterns and models once, as a run's worker does before its first document (`pipeline.warm`,
    # in the fork server: its sample plan reads a heading-completed indicator, a count noun, a date …; the collector then
    # calmed as in each worker). The corpus's first document alone left about 2 s of one-time loading (the indicator
    # gazetteer's names, underthesea's tagger, patterns compiled at their first use) inside the timed pass below.
    import pipeline.warm  # noqa: F401
    process_document(files[0])

    started, cpu_started = time.perf_counter(), time.process_time()
    texts = []
    for f in files:
        texts.append(process_document(f).text)
    extract_s = time.perf_counter() - started
    extract_cpu = time.process_time() - cpu_started
    text_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    floor_s, percent_s = (_one_pass(regex.compile(p), texts) for p in (FLOOR_PATTERN, PERCENT_PATTERN))
    del texts
    per_core = text_mb / extract_s
    print(f"files: {len(files)}, {size / 1e6:.2f} MB on disk, {text_mb:.2f} MB of text")
    print(f"floor, one bare regex pass over the same text: {text_mb / floor_s:.1f} MB/s (a date); "
          f"{text_mb / percent_s:.1f} MB/s (a figure with %)")
    print(f"ingest + normalise + extract, one process: {extract_s:.2f} s = {len(files) / extract_s:.1f} documents/s, "
          f"{per_core:.2f} MB/s of text per core; the floor is {text_mb / floor_s / per_core:.0f}x faster")
    # the process's own CPU time: what other processes on a shared machine do not add to (the wall time above they do)
    print(f"  its CPU time: {extract_cpu:.2f} s = {text_mb / extract_cpu:.2f} MB/s of text per core of CPU")

    # The whole runs below compare like with like: the 1-worker run's process has loaded the extractors
    # (the per-core pass above), so the N-worker runs get their worker processes started and warmed up
    # first (`pipeline.warm`: the same loading, done in the fork server) and reused; the start is shown apart.
    pool_s = 0.0
    if workers > 1:
        from pipeline.run import worker_pool

        started = time.perf_counter()
        pool = worker_pool(workers)
        while len(pool._processes) < workers:  # every worker process started (they start as work comes)
            [f.result() for f in [pool.submit(os.getpid) for _ in range(2 * workers)]]
        [f.result() for f in [pool.submit(os.getpid) for _ in range(2 * workers)]]
        pool_s = time.perf_counter() - started

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
            print(f"whole run, direct, {n} worker(s) (plus dataset write and review): {seconds:.2f} s = "
                  f"{len(files) / seconds:.1f} documents/s; {text_mb / seconds:.2f} MB/s, "
                  f"{seconds / floor_s:.0f}x the floor pass")
        if len(timings) > 1:
            print(f"{workers} workers take {timings[workers] / timings[1]:.2f} of one worker's time (their processes started "
                  f"before, as the 1-worker process had loaded the extractors before; starting them and their warm-up took "
                  f"{pool_s:.2f} s: with it, {(timings[workers] + pool_s) / timings[1]:.2f})")
        print(f"re-run with nothing new: {unchanged_s:.2f} s")
        direct_s = timings[workers]
        print(f"whole run, Prefect flow, {workers} worker(s) (temporary server included): {flow_s:.2f} s; "
              f"Prefect adds {flow_s - direct_s:.2f} s ({(flow_s - direct_s) / direct_s:+.0%})")

        if workers > 1:  # as a user runs them: each `kehoach run --direct` in a new process, its start included
            cold = {n: cold_run_s(paths, Path(tmp) / f"cold-{n}", n) for n in (1, workers)}
            print(f"cold runs (kehoach run --direct in a new process): 1 worker {cold[1]:.2f} s, {workers} workers "
                  f"{cold[workers]:.2f} s = {cold[workers] / cold[1]:.2f} of one worker's time")

        small = files[:40]
        mem_small, _ = peak_rss_mb(small, Path(tmp) / "mem-small")
        mem_all, _ = peak_rss_mb(files, Path(tmp) / "mem-all")
        print(f"peak memory, direct, 1 worker: {len(small)} documents {mem_small:.0f} MB, {len(files)} documents {mem_all:.0f} MB "
              f"({mem_all / mem_small:.2f}x)")
        if args.simulate:
            many = simulated(files, args.simulate, Path(tmp) / "simulated")
            mem, seconds = peak_rss_mb(many, Path(tmp) / "mem-simulated")
            print(f"simulated run over {len(many)} documents (direct, 1 worker): {seconds:.1f} s = {len(many) / seconds:.1f} documents/s, "
                  f"peak memory {mem:.0f} MB ({mem / mem_small:.2f}x that at {len(small)})")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Benchmark (not a test): how a run scales with the corpus, as issue 12 asks, in one run:

- Prefect's overhead at a few corpus sizes (the Prefect flow against the direct run, same
  workers, fresh output folders, and the rows of both compared);
- peak memory of the direct run (1 worker) at a few corpus sizes;
- a simulated large run (the inputs repeated with one line changed per copy, so every copy
  is a new document) with N workers: time, documents/s, peak memory;
- optionally a run on a local Dask cluster (`dask scheduler` + `dask worker --nworkers 2`)
  through `--dask-address`, its rows compared with the direct run's.

    python benchmarks/scale.py [PATH ...] [--prefect 429,2000] [--memory 40,429,2000]
                               [--simulate 10000] [--dask] [--workers N]
    (default PATH: ../shared/corpus/wide)

Every run is `kehoach run` in a child process, so its memory is measured alone: "peak" is the
largest resident set of the run's processes sampled every 0.1 s, summed over the main
process and its workers ("sum"), and of the largest single process ("largest").
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import simulated  # noqa: E402

TABLES = ("documents", "targets", "deadlines", "bodies", "legal_refs")


def measured(args: list[str]) -> tuple[float, float, float]:
    """(seconds, peak MB summed over the process tree, peak MB of its largest process) of
    `python -m pipeline.cli ARGS`."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    top = psutil.Process(proc.pid)
    peak_sum = peak_one = 0
    while proc.poll() is None:
        try:
            rss = [p.memory_info().rss for p in [top, *top.children(recursive=True)]]
        except psutil.Error:
            rss = []
        if rss:
            peak_sum, peak_one = max(peak_sum, sum(rss)), max(peak_one, max(rss))
        time.sleep(0.1)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"kehoach {' '.join(args[:1])} failed ({proc.returncode}): {proc.stderr.read()[-2000:]}")
    return seconds, peak_sum / 2**20, peak_one / 2**20


def same_rows(a: Path, b: Path) -> str:
    """'same rows' when the five tables' CSV files are byte for byte the same, else which differ."""
    differ = [t for t in TABLES if (a / f"{t}.csv").read_bytes() != (b / f"{t}.csv").read_bytes()]
    return "same rows" if not differ else "ROWS DIFFER in " + ", ".join(differ)


def corpus_of(files: list[str], n: int, folder: Path) -> Path:
    """A folder holding `n` documents: the first `n` inputs, or the inputs repeated with one line
    changed per copy when `n` is larger than the corpus."""
    if folder.exists():
        return folder
    if n <= len(files):
        folder.mkdir(parents=True)
        for f in files[:n]:
            shutil.copy(f, folder / Path(f).name)
    else:
        simulated(files, n, folder)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def on_local_dask(corpus: Path, out: Path, workers: int) -> float:
    """Seconds of `kehoach run CORPUS --dask-address` on a local cluster started here."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen(["dask", "scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen(["dask", "worker", address, "--nworkers", str(workers), "--nthreads", "1"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
        seconds, _, _ = measured(["run", str(corpus), "--out", str(out), "--dask-address", address])
        return seconds
    finally:
        for p in (worker, scheduler):
            p.terminate()
            p.wait(timeout=30)


def main(argv: list[str]) -> None:
    from pipeline.run import default_workers, discover

    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--prefect", default="429,2000", help="corpus sizes for Prefect's overhead ('' for none)")
    parser.add_argument("--memory", default="40,429,2000", help="corpus sizes for peak memory, 1 worker ('' for none)")
    parser.add_argument("--simulate", type=int, default=0, help="a simulated run over this many documents, N workers")
    parser.add_argument("--dask", action="store_true", help="also a run on a local Dask cluster (the dask extra)")
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args(argv)
    paths = args.paths or [str(ROOT.parent / "shared/corpus/wide")]
    files = discover(paths)
    workers = args.workers or default_workers()
    sizes = lambda spec: [int(x) for x in spec.split(",") if x.strip()]  # noqa: E731
    print(f"machine: {os.cpu_count()} cores, {workers} workers; inputs: {len(files)} documents; "
          f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for n in sizes(args.prefect):
            corpus = corpus_of(files, n, tmp / f"corpus-{n}")
            direct_s, direct_mb, _ = measured(["run", str(corpus), "--out", str(tmp / f"direct-{n}"), "--direct", "--workers", str(workers)])
            flow_s, flow_mb, _ = measured(["run", str(corpus), "--out", str(tmp / f"flow-{n}"), "--workers", str(workers)])
            print(f"{n} documents, {workers} workers: direct {direct_s:.1f} s ({n / direct_s:.1f} documents/s, peak {direct_mb:.0f} MB), "
                  f"Prefect {flow_s:.1f} s (peak {flow_mb:.0f} MB): Prefect adds {flow_s - direct_s:+.1f} s "
                  f"({(flow_s - direct_s) / direct_s:+.0%}), {flow_s / direct_s:.2f}x; "
                  f"{same_rows(tmp / f'direct-{n}', tmp / f'flow-{n}')}", flush=True)
            shutil.rmtree(tmp / f"flow-{n}")
        first = None
        for n in sizes(args.memory):
            corpus = corpus_of(files, n, tmp / f"corpus-{n}")
            seconds, mb, _ = measured(["run", str(corpus), "--out", str(tmp / f"mem-{n}"), "--direct", "--workers", "1"])
            first = first or mb
            print(f"peak memory, direct, 1 worker, {n} documents: {mb:.0f} MB ({mb / first:.2f}x that at the first size), "
                  f"{seconds:.1f} s", flush=True)
            shutil.rmtree(tmp / f"mem-{n}")
        if args.dask:
            n = len(files)
            corpus = corpus_of(files, n, tmp / f"corpus-{n}")
            if not (tmp / f"direct-{n}").exists():
                measured(["run", str(corpus), "--out", str(tmp / f"direct-{n}"), "--direct", "--workers", str(workers)])
            seconds = on_local_dask(corpus, tmp / "dask", workers)
            print(f"local Dask cluster ({workers} worker processes), {n} documents: {seconds:.1f} s; "
                  f"{same_rows(tmp / f'direct-{n}', tmp / 'dask')} as the direct run", flush=True)
        if args.simulate:
            corpus = corpus_of(files, args.simulate, tmp / f"corpus-{args.simulate}")
            n = len(discover([str(corpus)]))
            seconds, mb_sum, mb_one = measured(["run", str(corpus), "--out", str(tmp / "simulated"), "--direct", "--workers", str(workers)])
            mb_text = sum(p.stat().st_size for p in (tmp / "simulated" / "text").iterdir()) / 1e6
            print(f"simulated run over {n} documents ({mb_text:.0f} MB of text), direct, {workers} workers: "
                  f"{seconds:.0f} s = {n / seconds:.1f} documents/s; peak memory {mb_sum:.0f} MB over all processes "
                  f"(largest one {mb_one:.0f} MB); 100k documents at this rate: {100_000 / (n / seconds) / 3600:.1f} h "
                  f"on {workers} cores", flush=True)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main(sys.argv[1:])

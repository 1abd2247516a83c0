"""The run's worker processes: one pool per run process, started from a clean process (the fork
server, which has loaded the extractors once) and reused. Light to import (no pandas, Arrow or
extractors), so that a run can start its pool first and load the rest while the workers warm up
(`start_early`); `pipeline.run` uses it."""
from __future__ import annotations

import atexit
import os
import threading


def default_workers() -> int:
    """The machine's cores (those this process may use)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


_pools: dict[int, object] = {}
_pools_lock = threading.Lock()


def worker_pool(workers: int):
    """A pool of `workers` processes, started once per run process and reused. Workers
    start from a clean process (forkserver where the platform has it, never a copy of
    a process that runs threads), import the same code as this process (its sys.path),
    warm up (`pipeline.warm`: in the fork server, once for all of them) and end when this
    process ends."""
    with _pools_lock:  # one pool, whichever thread asks first (the CLI warms it while Prefect loads)
        pool = _pools.get(workers)
        if pool is None:
            if not _pools:
                atexit.register(shutdown_pools)
            pool = _pools[workers] = _started_pool(workers)
        return pool


def _started_pool(workers: int):
    """A new pool whose workers answered once: a pool that cannot even start is an
    error of the run, never a reason to mark documents failed."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start_worker, initargs=(os.getpid(),))
    try:
        pool.submit(os.getpid).result()
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        raise RuntimeError("worker processes cannot start (is the script missing `if __name__ == \"__main__\":`?); "
                           "run with --workers 1") from None
    return pool


def _context():
    """Where workers start: the fork server where the platform has one, else a fresh interpreter."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        # The fork server loads the vocabularies and patterns once (`pipeline.warm`, before it runs
        # any thread) and each worker starts as a copy of it, instead of every worker loading them.
        context.set_forkserver_preload(["pipeline.warm"])
    return context


def start_fork_server() -> None:
    """Start the fork server now, without waiting for it (where workers start from a fork
    server): it loads the extractors (`pipeline.warm`, about 2 s of one core) while this process
    loads the rest of the pipeline and lists the inputs on the other; the pool started later
    (`worker_pool`) forks its workers from it as soon as it is ready. A run that ends before
    (an error in its arguments) leaves nothing behind: the fork server ends with this process."""
    import multiprocessing.forkserver

    if _context().get_start_method() == "forkserver":
        multiprocessing.forkserver.ensure_running()


def _start_worker(run_pid: int) -> None:
    _die_with(run_pid)
    import pipeline.warm  # noqa: F401  (loads the vocabularies and models once per worker)


def _die_with(run_pid: int) -> None:
    """In a worker: end this process as soon as the run's process is gone (killed with
    -9, say), instead of waiting forever for work that will never come."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(run_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # pragma: no cover - pid reused by another user's process
                os._exit(1)

    threading.Thread(target=watch, name="die-with-run", daemon=True).start()


def shutdown_pools() -> None:
    """Stop the worker processes (at exit, before the interpreter tears modules down)."""
    while _pools:
        _, pool = _pools.popitem()
        pool.shutdown(wait=True, cancel_futures=True)


def start_in_background(workers: int) -> threading.Thread:
    """Start the pool of `workers` processes (`worker_pool`) in a thread and return at once: the
    fork server loads the extractors (about 2 s of one core) while this process goes on with
    its own start on the other (pandas and Arrow, listing and hashing the inputs) instead of
    waiting for it. A later `worker_pool(workers)` gives that same pool (once it has started);
    if it could not start, that call tries again and raises."""
    def start() -> None:
        try:
            worker_pool(workers)
        except Exception:  # noqa: BLE001 - raised again by the run's own call
            pass

    thread = threading.Thread(target=start, name="start-workers", daemon=True)
    thread.start()
    return thread

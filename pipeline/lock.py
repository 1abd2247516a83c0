"""One run at a time per output folder.

`output_lock(OUT)` holds an exclusive lock on `OUT/.lock` (an OS file lock, released
by the OS when the process ends, even by `kill -9`, so a dead run never blocks the
next). A second run on the same folder waits for the first to finish, after saying
so; it then sees the first run's documents as already in the dataset and adds its
own, so neither run's work is lost.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

LOCK_FILE = ".lock"


class OutputNotAFolder(ValueError):
    """`--out` names something that is not a folder (and cannot become one)."""


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare_output(out_dir: Path | str) -> Path:
    """Create `out_dir` if needed; a clear error if it is a file or cannot be a folder."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputNotAFolder(f"--out {out_dir} is a file, not a folder: give a folder for the dataset")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputNotAFolder(f"--out {out_dir} cannot be a folder: a part of its path is a file") from None
    return out_dir


@contextmanager
def output_lock(out_dir: Path | str, on_wait: Callable[[str], None] = _say) -> Iterator[None]:
    """Hold the output folder's lock for the whole run; wait (with a message) while another run holds it."""
    import fcntl
    import multiprocessing

    if getattr(multiprocessing.current_process(), "_inheriting", False):
        # a worker process importing a script that starts a run at import time: it would
        # wait for the lock its own parent holds, forever
        raise RuntimeError("a kehoach run cannot start while a worker process starts: "
                           "the calling script needs `if __name__ == \"__main__\":`")

    out_dir = prepare_output(out_dir)
    fd = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
            on_wait(f"another kehoach run (pid {holder}) is writing to {out_dir}: waiting for it to finish")
            fcntl.flock(fd, fcntl.LOCK_EX)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock


def held_by_another_run(out_dir: Path | str) -> bool:
    """Whether another process holds `out_dir`'s lock now (a look, not a wait: the lock is not kept)."""
    import fcntl

    path = Path(out_dir) / LOCK_FILE
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # releases it again if taken
    return False

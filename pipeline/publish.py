"""One consistent version of the dataset, published by one atomic switch.

Layout of an output folder `OUT/`:

    OUT/versions/<id>/        one complete version: every table as Parquet and CSV,
                              and kehoach.duckdb (never changed once published)
    OUT/current               a symlink to versions/<id>: the published version
    OUT/documents.parquet …   fixed symlinks to current/<name>, so readers that open
    OUT/kehoach.duckdb        OUT/<table>.parquet, .csv or the DuckDB file directly
                              always get a file of the published version

A run writes its version into `versions/.staging-<id>/`, renames that folder to
`versions/<id>` and then replaces the `current` symlink with one `os.replace`:
the only moment the published dataset changes. A run killed at any point leaves
`current` on the previous complete version; its leftover staging folder is removed
by the next run, which also removes versions older than the previous one (a reader
that opened a file of it keeps reading it: open files outlive their names).

A reader that opens several files and needs them to agree resolves `OUT/current`
once (`version_dir`) and reads them from there; `dataset.load` does.

An output folder written by an older kehoach (plain files at the top) is turned
into this layout without a moment of mixed versions: its files become the first
version, then the new one is published.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Callable

VERSIONS = "versions"
CURRENT = "current"
STAGING_PREFIX = ".staging-"
MARKER = ".kehoach-output"  # marks a folder kehoach writes to: never read as input
KEEP_VERSIONS = 2  # the published one and the one before (readers may still hold it)


def version_dir(out_dir: Path | str) -> Path | None:
    """The folder of the published version, resolved once; None if nothing was published.

    A folder of an older kehoach (plain files, no `current`) is its own version."""
    out_dir = Path(out_dir)
    current = out_dir / CURRENT
    if current.is_symlink() or current.is_dir():
        target = current.resolve()
        return target if target.is_dir() else None
    if any((out_dir / n).is_file() and not (out_dir / n).is_symlink() for n in ("documents.parquet",)):
        return out_dir
    return None


def new_version_id() -> str:
    """Sortable by time; unique per process."""
    now = time.time()
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(now)) + f"{int(now % 1 * 1e6):06d}Z-{os.getpid()}"


def _fsync_tree(folder: Path) -> None:
    for f in folder.iterdir():
        if f.is_file():
            with open(f, "rb") as fh:
                os.fsync(fh.fileno())
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _switch(link: Path, target: str) -> None:
    """Point the symlink `link` at `target` atomically (a new link renamed over the old)."""
    tmp = link.with_name(f".{link.name}.tmp{os.getpid()}")
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, link)


def _adopt_legacy(out_dir: Path, names: list[str]) -> None:
    """Plain files of an older kehoach at the top become the published version first."""
    legacy = [n for n in names if (out_dir / n).is_file() and not (out_dir / n).is_symlink()]
    if not legacy or (out_dir / CURRENT).is_symlink():
        return
    vid = new_version_id()
    staging = out_dir / VERSIONS / f"{STAGING_PREFIX}{vid}"
    staging.mkdir(parents=True)
    for name in legacy:
        try:
            os.link(out_dir / name, staging / name)
        except OSError:
            shutil.copy2(out_dir / name, staging / name)
    os.rename(staging, out_dir / VERSIONS / vid)
    _switch(out_dir / CURRENT, f"{VERSIONS}/{vid}")


def _link_top_level(out_dir: Path, names: list[str]) -> None:
    """`OUT/<name>` -> `current/<name>` for every published file (made once, never changed)."""
    for name in names:
        top = out_dir / name
        want = f"{CURRENT}/{name}"
        if top.is_symlink() and os.readlink(top) == want:
            continue
        _switch(top, want)


def _clean(out_dir: Path) -> None:
    """Remove leftover staging folders, versions never published (a run killed before its
    switch) and versions older than the one before the published one."""
    versions = out_dir / VERSIONS
    if not versions.is_dir():
        return
    current = out_dir / CURRENT
    published = os.path.basename(os.readlink(current)) if current.is_symlink() else None
    names = sorted(p.name for p in versions.iterdir() if not p.name.startswith("."))
    older = [n for n in names if published and n < published]
    keep = {published, *older[-(KEEP_VERSIONS - 1):]} if published else set()
    for p in versions.iterdir():
        if p.name not in keep:
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() and not p.is_symlink() else p.unlink(missing_ok=True)
    for p in out_dir.glob(".*.tmp*"):  # a symlink switch killed half-way
        if p.is_symlink():
            p.unlink(missing_ok=True)


def mark_output(out_dir: Path) -> None:
    """Create `out_dir` (if needed) and mark it as a kehoach output folder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    marker = out_dir / MARKER
    if not marker.exists():
        marker.write_text("kehoach writes this folder; it is never read as input\n", encoding="utf-8")


def publish(out_dir: Path | str, write_version: Callable[[Path], None]) -> Path:
    """Write a new version with `write_version(folder)` and publish it; returns its folder.

    Callers hold the output folder's lock (`pipeline.lock`), so one run publishes at a time."""
    out_dir = Path(out_dir)
    mark_output(out_dir)
    _clean(out_dir)
    vid = new_version_id()
    staging = out_dir / VERSIONS / f"{STAGING_PREFIX}{vid}"
    staging.mkdir(parents=True)
    try:
        write_version(staging)
        _fsync_tree(staging)
        final = out_dir / VERSIONS / vid
        os.rename(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync_dir(final.parent)
    names = sorted(f.name for f in final.iterdir() if f.is_file())
    _adopt_legacy(out_dir, names)
    _link_top_level(out_dir, names)
    _switch(out_dir / CURRENT, f"{VERSIONS}/{vid}")  # the switch: readers now see this version
    _fsync_dir(out_dir)
    _clean(out_dir)
    return final

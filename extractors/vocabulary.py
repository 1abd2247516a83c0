"""Vocabulary files: tab-separated rows, `#` comments and blank lines skipped."""
from __future__ import annotations

from pathlib import Path


def load_tsv(path: Path, header: bool = False) -> list[list[str]]:
    """The rows of a TSV data file (without its header row when `header`)."""
    rows = [line.split("\t") for line in Path(path).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return rows[1:] if header else rows

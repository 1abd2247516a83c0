"""The pipeline version that every row records: kehoach's version and a digest of the code and
vocabularies that make the facts. A module of its own, so that a run's process (whose workers
extract) knows the version without loading the extractors."""
from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline import __version__


def _code_fingerprint() -> str:
    """A digest of the code and vocabularies that make the facts: a change to any of
    them changes the pipeline version, so cached and incremental results never go stale."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for folder in ("pipeline", "extractors"):
        for f in sorted((root / folder).rglob("*")):
            if f.suffix in (".py", ".tsv") and "__pycache__" not in f.parts:
                digest.update(f.relative_to(root).as_posix().encode())
                digest.update(f.read_bytes())
    return digest.hexdigest()[:12]


PIPELINE_VERSION = f"{__version__}+{_code_fingerprint()}"

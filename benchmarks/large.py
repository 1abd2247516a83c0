"""Benchmark (not a test): one long document, from 1 MB up, to see that time and memory grow
in proportion to its size.

    python benchmarks/large.py [MB ...]     (default: 1 2 4 8 12; texts from ../shared/corpus/field)

Each size is a text made by joining the field plans until it reaches that many MB, processed by
`process_document` in a fresh process (so the peak RSS is that document's). CPU seconds, not wall
seconds, are the figure to compare: on a shared machine the wall time mostly measures the others.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELD = ROOT.parent / "shared" / "corpus" / "field"

CHILD = """
import resource, sys, time
sys.path.insert(0, sys.argv[2])
from pipeline.process import process_document
from pipeline.spans import build_nlp
build_nlp()
cpu = time.process_time()
e = process_document(sys.argv[1])
cpu = time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
rows = sum(len(v) for v in e.facts.values())
print(f"{e.document.n_chars:>10} {cpu:8.1f} {1e6 * cpu / max(1, e.document.n_chars):10.2f} {rss:8.0f}  {e.document.status} {rows} rows")
"""


def build(mb: float, folder: Path) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIELD.glob("*.txt"))]
    parts, size, i = [], 0, 0
    while size < mb * 1_000_000:
        parts.append(texts[i % len(texts)])
        size += len(parts[-1].encode("utf-8")) + 2
        i += 1
    path = folder / f"large_{mb:g}mb.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def main(argv: list[str]) -> None:
    if not FIELD.is_dir():
        sys.exit(f"no field corpus at {FIELD}")
    sizes = [float(a) for a in argv] or [1, 2, 4, 8, 12]
    print(f"{'MB':>5} {'chars':>10} {'cpu s':>8} {'µs/char':>10} {'RSS MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = build(mb, Path(tmp))
            out = subprocess.run([sys.executable, "-c", CHILD, str(path), str(ROOT)], capture_output=True, text=True)
            print(f"{mb:5g} {out.stdout.strip() or out.stderr.strip()[-300:]}", flush=True)
            path.unlink()


if __name__ == "__main__":
    main(sys.argv[1:])

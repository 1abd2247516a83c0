"""Per-stage CPU seconds of the per-document work (not a test): read, normalise, outline, each extractor, the
dataset rows and the documents row, over every file of the given folders in one process, the lowest of three
repeats; then `process_document` over all of them (the per-core figure of `benchmarks/bench.py`).

    python benchmarks/stages.py [PATH ...] [--mine] [--heads=N]
    (default PATH: ../shared/corpus/wide; --mine: without the extractors; --heads: repeats of the whole pass)

CPU time of this process (`time.process_time`): other processes on a shared machine do not add to it (they still
slow it down a little by sharing the caches, so compare two versions measured side by side). The memo of the
portal chrome's line kinds (`pipeline.chrome._KNOWN`) is emptied before each repeat, so no repeat reads the lines of
the one before.
"""
from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> None:
    from pipeline import chrome
    from pipeline.ingest import read_document
    from pipeline.metadata import document_row
    from pipeline.normalise import normalise
    from pipeline.process import fact_rows, process_document
    from pipeline.run import discover
    from pipeline.sections import build_outline
    from pipeline.spans import EXTRACTORS

    mine = "--mine" in argv
    heads = int(next((a.split("=", 1)[1] for a in argv if a.startswith("--heads=")), "3"))
    paths = [a for a in argv if not a.startswith("--")] or [str(ROOT.parent / "shared/corpus/wide")]
    files = discover(paths)
    process_document(files[0])  # the vocabularies loaded once, as a run does
    clock = time.process_time

    def fresh() -> None:
        gc.collect()
        chrome._KNOWN.clear()

    def once() -> tuple[dict[str, float], float]:
        seconds: dict[str, float] = {}
        size = 0

        def add(step: str, started: float) -> None:
            seconds[step] = seconds.get(step, 0.0) + clock() - started

        for f in files:
            t = clock(); raw = read_document(f); add("read", t)
            if raw.status == "failed":
                continue
            t = clock(); mt = normalise(raw.raw_text, raw.page_ends); add("normalise", t)
            size += len(mt.text.encode("utf-8"))
            t = clock(); outline = build_outline(mt.text); add("outline", t)
            for kind, extract in ({} if mine else EXTRACTORS).items():
                t = clock(); facts = extract(mt.text); add(kind, t)
                t = clock(); fact_rows(raw.doc_id, kind, facts, mt, outline, raw.page_starts); add("rows", t)
            t = clock(); document_row(mt.text, raw.raw_text); add("metadata", t)
        return seconds, size / 1e6

    best: dict[str, float] = {}
    for _ in range(3):
        fresh()
        seconds, mb = once()
        for step, s in seconds.items():
            best[step] = min(best.get(step, float("inf")), s)
    for step, s in best.items():
        print(f"{step:11s} {s:7.2f} s  {mb / s:8.2f} MB/s")
    reading = sum(best.get(k, 0.0) for k in ("read", "normalise", "outline", "rows", "metadata"))
    print(f"{'pipeline':11s} {reading:7.2f} s  {mb / reading:8.2f} MB/s   (read + normalise + outline + rows + metadata)")
    if heads:
        whole = float("inf")
        for _ in range(heads):
            fresh()
            t = clock()
            texts = [process_document(f).text for f in files]
            whole = min(whole, clock() - t)
        mb = sum(len(text.encode("utf-8")) for text in texts) / 1e6
        print(f"process_document: {whole:.2f} s, {mb:.2f} MB of text, {mb / whole:.2f} MB/s per core")


if __name__ == "__main__":
    main(sys.argv[1:])

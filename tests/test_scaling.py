"""No extractor is quadratic in the length of a document: each of them on a text of 4N copies of a
real plan costs about 4 times what it costs on N copies, never the 16 times a scan per value,
per line or per mention over the whole text would.

No wall-clock bar: CPU seconds of this process (`time.process_time`, which other processes on a
loaded machine do not inflate), the lower of two runs, and only the ratio of two sizes is compared.
Each run's text ends with a line of its own, so no per-text cache answers a second run; within a
run the extractors share their per-text caches in the pipeline's order, as `spans.annotate` does.
"""
from __future__ import annotations

import time

import pytest

from tests.conftest import FIELD

# Plans of different shapes: a long one with tables of indicators, one with task tables and time cells.
PLANS = ("006_dongnai-kh179-kinhteso-2026-2030.txt", "017_dongthap-kh556-tainguyen-moitruong-bien.txt")
COPIES = 2  # N; the long text is 4N copies (~270 KB against ~1.1 MB, ~90 KB against ~370 KB for these plans)
MAX_RATIO = 6.0  # linear work gives 4; a quadratic part of a tenth of the short run's time already gives 5.2
MEASURABLE = 0.02  # CPU seconds on the short text below which one extractor's ratio is noise


def _cpu(run, text: str, tag: str) -> dict[str, float]:
    """The lower CPU time of two runs of `run` on `text` (each run's text made distinct by `tag`), per step."""
    best: dict[str, float] = {}
    for attempt in range(2):
        for step, seconds in run(f"{text}\n\nGhi chú {tag}-{attempt}.\n").items():
            best[step] = min(best.get(step, float("inf")), seconds)
    return best


def _ratios(run, plan: str) -> dict[str, tuple[float, float]]:
    """Per step: (CPU seconds on N copies, the ratio of 4N copies to N copies)."""
    short = _cpu(run, "\n\n".join([plan] * COPIES), "short")
    long = _cpu(run, "\n\n".join([plan] * (4 * COPIES)), "long")
    return {step: (short[step], long[step] / max(short[step], 1e-3)) for step in short}


def _extractors(text: str) -> dict[str, float]:
    from pipeline.spans import EXTRACTORS

    seconds = {}
    for kind, extract in EXTRACTORS.items():
        start = time.process_time()
        extract(text)
        seconds[kind] = time.process_time() - start
    seconds["all"] = sum(seconds.values())
    return seconds


@pytest.mark.parametrize("name", PLANS)
def test_every_extractor_grows_linearly_with_the_length_of_the_text(name):
    if not (FIELD / name).is_file():
        pytest.skip(f"field plan {name} not present at {FIELD} (third-party texts are read from ../shared, never committed)")
    from pipeline.normalise import normalise

    plan = normalise((FIELD / name).read_text(encoding="utf-8")).text
    _extractors(plan)  # loads the models and vocabularies once, outside the measure
    ratios = _ratios(_extractors, plan)
    slow = {kind: f"{ratio:.1f}x" for kind, (short, ratio) in ratios.items()
            if ratio >= MAX_RATIO and (short >= MEASURABLE or kind == "all")}
    assert not slow, f"4x the text cost {slow} the CPU time: quadratic in the length ({ratios})"


def test_the_measure_tells_a_quadratic_step_from_a_linear_one():
    """The same measure on a step that rescans the text before every line (the shape of the bugs this
    guards against) gives a ratio near 16, and on a single scan a ratio near 4."""
    plan = "\n".join(f"{i}. Hoàn thành trước ngày 15/12/2026, tỷ lệ đạt 95%." for i in range(300))

    def quadratic(text: str) -> None:
        for pos in range(0, len(text), 200):
            text.rfind("Kế hoạch", 0, pos)  # nothing to find: each call reads everything before `pos`
            text[:pos].count("\n")

    def linear(text: str) -> None:
        for _ in range(20):
            text.count("\n")
            text.find("Kế hoạch")

    def timed(step):
        def run(text: str) -> dict[str, float]:
            start = time.process_time()
            step(text)
            return {"step": time.process_time() - start}
        return run

    assert _ratios(timed(quadratic), plan)["step"][1] > MAX_RATIO
    assert _ratios(timed(linear), plan)["step"][1] < MAX_RATIO

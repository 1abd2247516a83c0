"""Sets of character spans with fast membership, for the spans an extractor must skip
(citations, dates, quoted names): merged and sorted once, looked up by bisection."""
from __future__ import annotations

import bisect
from typing import Iterable


class Intervals:
    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside one span."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]

    def touches(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a span."""
        i = bisect.bisect_right(self.starts, max(start, end - 1)) - 1
        return i >= 0 and self.ends[i] > start

    def containing(self, start: int, end: int) -> tuple[int, int] | None:
        """The span [start, end) lies inside, or None."""
        i = bisect.bisect_right(self.starts, start) - 1
        return (self.starts[i], self.ends[i]) if i >= 0 and end <= self.ends[i] else None

    def __iter__(self):
        return iter(zip(self.starts, self.ends))

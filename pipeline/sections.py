"""The section tree of a plan: its headings and list items, and the path to any offset.

Vietnamese plans number their outline in a fixed order of ranks:
PHẦN/Chương > I. / Điều 1. / Phụ lục, Mẫu biểu số N > 1. > 1.1. > 1.1.1. > a) > - / + / •.
A line opening with one of these markers starts a node; the node's parent is
the nearest earlier node of a higher rank.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import regex

from pipeline.model import Section

# Each marker: (kind, rank, pattern). The pattern matches at a line start and
# captures the marker in group "marker"; more specific patterns come first.
MARKERS: tuple[tuple[str, int, regex.Pattern], ...] = (
    ("part", 0, regex.compile(r"(?P<marker>(?:PHẦN|Phần|CHƯƠNG|Chương)\s+(?:[IVXLC]+|\d+)\b[.:]?)")),
    ("appendix", 1, regex.compile(r"(?P<marker>(?:PHỤ LỤC|Phụ lục)(?:\s+(?:[IVXLC]+|\d+|số\s+\d+)\b)?[.:]?"
                                  r"|(?:MẪU BIỂU|Mẫu biểu|BIỂU MẪU|Biểu mẫu|BIỂU|Biểu)\s+(?:SỐ\s+|số\s+)?\d{1,2}[a-zA-Z]?\b[.:]?(?=[^\S\n]*$))")),
    ("article", 1, regex.compile(r"(?P<marker>Điều\s+\d+\s*[.:])")),
    # ("I/ MỤC ĐÍCH" as "I."; not a quarter's tail wrapped to a line's start: "… vào quý⏎IV/2026.", a number after the slash)
    ("roman", 1, regex.compile(r"(?P<marker>(?=[IVXLC])M{0,1}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?:[.)]|/(?![^\S\n]*\d)))(?=\s|\S)")),
    ("decimal", 3, regex.compile(r"(?P<marker>\d{1,2}(?:\.\d{1,2}){1,3}\.?)(?=\s)")),
    ("number", 2, regex.compile(r"(?P<marker>\d{1,2}[.)])(?=\s)")),
    ("letter", 6, regex.compile(r"(?P<marker>[a-zđ][)])(?=\s)")),
    ("bullet", 7, regex.compile(r"(?P<marker>[-–+•●▪◦*])(?=\s)")),
)
LINE = regex.compile(r"(?m)^[^\n]*")
# Any of the markers: a line none of them opens (most lines) is ruled out with one match.
ANY_MARKER = regex.compile("|".join(f"(?:{pattern.pattern})" for _, _, pattern in MARKERS))
# The characters a marker can open with (besides a digit; M, B: "Mẫu biểu", "BIỂU SỐ"): a line that opens otherwise is
# ruled out without a regex.
OPENERS = frozenset("PCĐIVXLMB" + "abcdefghijklmnopqrstuvwxyzđ" + "-–+•●▪◦*")


def _classify(line: str) -> tuple[str, int, str] | None:
    if not ANY_MARKER.match(line):
        return None
    for kind, rank, pattern in MARKERS:
        m = pattern.match(line)
        if not m:
            continue
        marker = m.group("marker")
        if kind == "roman" and len(marker) < 2:
            continue
        if kind == "decimal":
            rank += marker.rstrip(".").count(".") - 1
        if kind == "bullet" and marker in "+":
            rank += 1  # "+" items sit under "-" items
        return kind, rank, marker
    return None


def starts_item(line: str) -> bool:
    """The line opens a heading or a list item ("1. …", "a) …", "- …", "Điều 2.")."""
    return _classify(line) is not None


@dataclass(frozen=True)
class Outline:
    """All sections of one text, in order, with a lookup from offset to heading path."""

    sections: tuple[Section, ...]
    breaks: tuple[int, ...] = ()  # where a closing block ends the outline so far (`build_outline`), ascending

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [s.start for s in self.sections])

    def containing(self, offset: int, *, bullets: bool = False) -> list[Section]:
        """The nodes that contain `offset`, outermost first (list items only if `bullets`)."""
        i = bisect.bisect_right(self._starts, offset) - 1  # type: ignore[attr-defined]
        if i < 0:
            return []
        node = self.sections[i]
        b = bisect.bisect_right(self.breaks, offset) - 1
        if b >= 0 and self.breaks[b] > node.start:
            return []  # after a signature and before the next heading: the opening of the part that follows
        chain = [self.sections[j] for j in node.path] + [node]
        return [s for s in chain if bullets or s.kind != "bullet"]

    def heading_path(self, offset: int) -> str | None:
        """"IV > 1 > 1.1 Năm 2024" — the headings above `offset`."""
        chain = self.containing(offset)
        return " > ".join(s.label for s in chain) or None


@functools.lru_cache(maxsize=2)  # built for the run's heading paths and for the target extractor: once per text
def build_outline(text: str) -> Outline:
    """Find every heading and list item of `text` and link each to its parent. A recipients or signature block
    closes every open section: what follows it is another part (the plan a decision issues after its "Điều 3 …"
    and signature, an appendix after the plan's signature), not the last article's text."""
    from pipeline.closing import closing_blocks  # (closing reads `starts_item` from here)

    breaks = tuple(end for _start, end in closing_blocks(text))
    sections: list[Section] = []
    stack: list[tuple[int, int]] = []  # (rank, index into sections)
    end = -1
    next_break = 0
    for line in text.split("\n"):
        start, end = end + 1, end + 1 + len(line)
        if next_break < len(breaks) and start > breaks[next_break]:
            while next_break < len(breaks) and start > breaks[next_break]:
                next_break += 1
            stack.clear()
        first = line[:1]
        if first not in OPENERS and not first.isdecimal():
            continue  # (a blank line, a line that opens with a space: no marker either)
        found = _classify(line)
        if not found:
            continue
        kind, rank, marker = found
        while stack and stack[-1][0] >= rank:
            stack.pop()
        parent_path = sections[stack[-1][1]].path + (stack[-1][1],) if stack else ()
        title = line[len(marker):].strip().split("\t")[0].strip()
        sections.append(Section(start, end, len(parent_path) + 1, marker, kind, title, parent_path))
        stack.append((rank, len(sections) - 1))
    return Outline(tuple(sections), breaks)

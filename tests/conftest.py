"""Shared fixtures: where the corpus is, and a way to skip what needs ../shared/."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
GOLD = ROOT / "corpus" / "gold"
SHARED = ROOT.parent / "shared"
FIELD = SHARED / "corpus" / "field"


def unicode_font() -> str:
    """A TrueType font with Vietnamese letters for the test PDFs (fpdf2), or skip the test."""
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
                 "/Library/Fonts/Arial Unicode.ttf", "C:/Windows/Fonts/arial.ttf"):
        if Path(path).exists():
            return path
    pytest.skip("no TrueType font with Vietnamese letters on this machine to write a test PDF")


def crawled_table(rows: list[tuple[str, ...]]) -> str:
    """A table as crawled pages give it: each cell on its own line between bars, a row closed by a bar."""
    lines = []
    for row in rows:
        for cell in row:
            lines += ["|", cell] if cell else ["|"]
        lines.append("|")
    return "\n".join(lines)


@pytest.fixture
def field_dir() -> Path:
    if not FIELD.is_dir():
        pytest.skip(f"field corpus not present at {FIELD} (third-party texts are read from ../shared, never committed)")
    return FIELD

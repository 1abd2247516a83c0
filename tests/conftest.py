"""Shared fixtures: where the corpus is, and a way to skip what needs ../shared/."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
GOLD = ROOT / "corpus" / "gold"
SHARED = ROOT.parent / "shared"
FIELD = SHARED / "corpus" / "field"


@pytest.fixture
def field_dir() -> Path:
    if not FIELD.is_dir():
        pytest.skip(f"field corpus not present at {FIELD} (third-party texts are read from ../shared, never committed)")
    return FIELD

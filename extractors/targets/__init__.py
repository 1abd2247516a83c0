"""Numeric targets: indicator, value, unit, comparator, direction, year, scope — in prose and tables."""
from extractors.targets.extract import extract_targets

__all__ = ["extract_targets"]

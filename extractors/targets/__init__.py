"""Numeric targets: indicator, value, unit, comparator, direction, year, scope — in prose and tables."""
from extractors.digits import reads_ascii_digits
from extractors.targets.extract import extract_targets

extract_targets = reads_ascii_digits(extract_targets)  # digits of any script are numbers

__all__ = ["extract_targets"]

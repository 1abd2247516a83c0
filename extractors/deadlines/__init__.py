"""Deadlines: dates that bound an action or the plan's own period."""
from extractors.digits import reads_ascii_digits
from extractors.deadlines.extract import extract_deadlines

extract_deadlines = reads_ascii_digits(extract_deadlines)  # digits of any script are numbers

__all__ = ["extract_deadlines"]

"""Deadlines: dates that bound an action or the plan's own period."""
from extractors.deadlines.extract import extract_deadlines

__all__ = ["extract_deadlines"]

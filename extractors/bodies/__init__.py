"""Responsible bodies: named organisations given a task, their role and the task."""
from extractors.digits import reads_ascii_digits
from extractors.bodies.extract import extract_bodies

extract_bodies = reads_ascii_digits(extract_bodies)  # digits of any script are numbers

__all__ = ["extract_bodies"]

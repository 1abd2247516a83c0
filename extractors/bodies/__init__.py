"""Responsible bodies: named organisations given a task, their role and the task."""
from extractors.bodies.extract import extract_bodies

__all__ = ["extract_bodies"]

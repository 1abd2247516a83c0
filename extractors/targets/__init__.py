"""Numeric targets: indicator, value, unit, comparator, direction, year, scope — in prose and tables.

`extract_targets` is loaded on first use (PEP 562): a process that only reads the targets'
vocabulary (`extractors.targets.gazetteer`: the review index's indicator groups, in the run's
own process) does not load the extractors (about 1 s of compiling patterns)."""

__all__ = ["extract_targets"]


def __getattr__(name: str):
    if name == "extract_targets":
        from extractors.digits import reads_ascii_digits
        from extractors.targets.extract import extract_targets

        globals()["extract_targets"] = extract_targets = reads_ascii_digits(extract_targets)  # digits of any script are numbers
        return extract_targets
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

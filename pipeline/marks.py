"""Reviewer marks exported from the review pages, read back as extra gold.

Format (docs/review-marks.md): JSON `{"format": "kehoach-review-marks/1", "doc": NAME,
"doc_id": ID, "marks": [{"kind", "verdict": "right"|"wrong"|"missed", "start", "end",
"quote", "fields": {...}}]}`, or CSV with the columns doc, doc_id, kind, verdict, start,
end, quote, fields (a JSON object). A "right" mark makes the fact a gold item, a "missed"
mark adds the item the reviewer described; a "wrong" mark adds nothing (the fact stays an extra).
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

from extractors.targets.extract import parse_number
from pipeline.model import FACT_TYPES

FORMAT = "kehoach-review-marks/1"
KINDS = tuple(FACT_TYPES)
NUMERIC = {"value", "value_max", "numerator", "denominator", "year"}


def _number(v):
    """A number the reviewer typed, read as the text writes them ("2.061.608", "7,5")."""
    if isinstance(v, str):
        try:
            return parse_number(v.strip())
        except ValueError:
            return v
    return v


def read_marks(path: str | Path) -> list[dict]:
    """Marks of one exported file (JSON or CSV), each with its document name."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return [{"doc": r["doc"], "kind": r["kind"], "verdict": r["verdict"], "quote": r.get("quote"),
                     "fields": json.loads(r.get("fields") or "{}")} for r in csv.DictReader(fh)]
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a kehoach review marks file (format {data.get('format')!r})")
    return [{**m, "doc": data["doc"]} for m in data.get("marks", [])]


def gold_items(mark: dict) -> dict | None:
    """The gold item a mark stands for (None for a "wrong" mark or an unknown kind)."""
    if mark.get("verdict") not in ("right", "missed") or mark.get("kind") not in KINDS:
        return None
    fields = {k: (_number(v) if k in NUMERIC else v) for k, v in (mark.get("fields") or {}).items()}
    if mark["kind"] == "bodies" and "name" not in fields:
        fields["name"] = fields.get("name_canonical") or mark.get("quote")
    return {**fields, "quote": mark.get("quote"), "source": f"review mark ({mark['verdict']})"}


def merge_marks(golds: list[dict], marks: list[dict]) -> list[dict]:
    """Gold documents with the reviewers' marks added (a document only marked gets a gold entry)."""
    by_doc = {g["doc"]: g for g in golds}
    for mark in marks:
        item = gold_items(mark)
        if item is None:
            continue
        gold = by_doc.setdefault(mark["doc"], {"doc": mark["doc"], **{k: [] for k in KINDS}})
        gold.setdefault(mark["kind"], []).append(item)
    return list(by_doc.values())

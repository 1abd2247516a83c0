"""One file in, one `Extraction` out: read, normalise, outline, describe, extract.

`process_document` is what a flow task calls per document. It never raises for
bad content: the document row carries status `failed` or `warning` and a
message, and whatever could be extracted is kept.
"""
from __future__ import annotations

import functools
from dataclasses import fields, replace
from pathlib import Path

import regex

from extractors.deadlines.patterns import BEFORE_FESTIVAL
from extractors.deadlines.when import dates_that_do_not_exist
from pipeline.ingest import read_document
from pipeline.metadata import document_row
from pipeline.model import DocumentInfo, Extraction, RawDocument
from pipeline.normalise import MappedText, normalise, page_of
from pipeline.sections import Outline, build_outline
from pipeline.spans import EXTRACTORS, annotate, errors_of, facts_of
from pipeline.version import PIPELINE_VERSION  # noqa: F401  (also imported from here)


# A date with no ISO value is one that does not exist ("31/6/2021") only when it states its year;
# a yearless or relative time ("trước ngày 15 tháng 11", "sau 03 tháng kể từ …") has date null by design.
STATES_A_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@functools.cache
def _field_names(fact_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(fact_type))


def fact_rows(doc_id: str, kind: str, facts, mt: MappedText, outline: Outline, page_starts) -> list[dict]:
    """Dataset rows of one kind: each fact flattened, with its page and heading path. (A fact's fields are
    plain values, `pipeline.model`: read as they are, not deep-copied as `dataclasses.asdict` would.)"""
    rows = []
    for fact in facts:
        row = {"doc_id": doc_id, **{name: getattr(fact, name) for name in _field_names(type(fact))}}
        row["page"] = page_of(page_starts, mt.raw_span(fact.start, fact.end)[0]) if page_starts else None
        row["section"] = outline.heading_path(fact.start)
        rows.append(row)
    return rows


def _status(raw: RawDocument, extra: list[str]) -> tuple[str, str | None]:
    messages = list(raw.messages) + extra
    status = raw.status
    if extra and status == "ok":
        status = "warning"
    return status, "; ".join(messages) or None


def process_document(path: str | Path) -> Extraction:
    """Read and extract one document."""
    raw = read_document(path)
    base = DocumentInfo(
        doc_id=raw.doc_id, source_path=raw.source_path, sha256=raw.sha256, format=raw.format,
        n_pages=len(raw.page_starts) or None, pipeline_version=PIPELINE_VERSION,
    )
    if raw.status == "failed":
        return Extraction(replace(base, status="failed", message="; ".join(raw.messages)))
    mt = normalise(raw.raw_text, raw.page_ends)
    outline = build_outline(mt.text)
    doc = annotate(mt.text, tokens=False)  # the rows need the facts, not spaCy's tokens (`annotate(text)` gives the Doc)
    facts: dict[str, list[dict]] = {}
    warnings: list[str] = errors_of(doc)
    for kind in EXTRACTORS:
        rows = fact_rows(raw.doc_id, kind, facts_of(doc, kind), mt, outline, raw.page_starts)
        for row in rows:
            if row.get("date_raw") and (dates_that_do_not_exist(row["date_raw"]) or row.get("date") is None and not row.get("date_end")
                                        and not row.get("recurrence") and STATES_A_YEAR.search(row["date_raw"])
                                        and not BEFORE_FESTIVAL.search(row["date_raw"])):
                # one end of a period ("từ ngày 31/9/2025 đến …"), or a date with no ISO value that states its year
                # (not a relative or yearless time: "sau 03 tháng kể từ …"; not a festival's year: "trước Tết Nguyên đán năm 2026")
                warnings.append(f"date that does not exist: {row['date_raw']} ({kind})")
        facts[kind] = rows
    status, message = _status(raw, warnings)
    info = replace(base, **document_row(mt.text, raw.raw_text), n_chars=len(mt.text), status=status, message=message)
    return Extraction(info, mt.text, facts)

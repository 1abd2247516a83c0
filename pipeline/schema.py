"""The tables' columns, types and descriptions, read from `pipeline/model.py`, and the documents
that carry them with the data: `docs/schema.md` (`kehoach schema`) and each output folder's
Frictionless Data Package descriptor `datapackage.json`.

Types are Frictionless Table Schema types (string, integer, number, boolean, date). Dates stay
ISO text with their precision (`date`, `precision`) and gain typed DATE columns for range queries
(`date_from`/`date_to`: first and last day of the stated day, month, quarter or year).
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import json
import types
import typing
from dataclasses import dataclass
from pathlib import Path

import regex

from pipeline.model import DERIVED, FACT_KEY, FACT_TRAILER, FACT_TYPES, DocumentInfo

TABLES = ("documents", "targets", "deadlines", "bodies", "legal_refs")
TABLE_DOCS = {
    "documents": "One row per input file: what the document says about itself (title, number, date, issuer, "
                 "province, period) and how reading it went (status, message).",
    "targets": "Numeric targets of indicators: one row per stated value.",
    "deadlines": "Dates that bound an action or the plan's own period.",
    "bodies": "Responsible bodies and what they are assigned: one row per (body, assignment).",
    "legal_refs": "References to other documents: one row per mention.",
}
PYTHON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}
SCHEMA_DOC = Path(__file__).resolve().parent.parent / "docs" / "schema.md"


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    type: str  # Frictionless type: string|integer|number|boolean|date
    doc: str
    required: bool = False


def _type(annotation) -> str:
    hint = eval(annotation, {}, {}) if isinstance(annotation, str) else annotation  # postponed "str | None"
    args = [a for a in typing.get_args(hint) if a is not type(None)] if isinstance(hint, types.UnionType) else [hint]
    return PYTHON_TYPES.get(args[0], "string")


def _record_columns(record_type) -> list[ColumnSpec]:
    return [ColumnSpec(f.name, _type(f.type), f.metadata.get("doc", "")) for f in dataclasses.fields(record_type)]


def columns(table: str) -> list[ColumnSpec]:
    """The table's columns in order: the record's fields, the shared ones, the derived typed dates."""
    if table == "documents":
        cols = _record_columns(DocumentInfo)
    else:
        cols = [ColumnSpec(FACT_KEY.name, FACT_KEY.type, FACT_KEY.doc, required=True), *_record_columns(FACT_TYPES[table]),
                *(ColumnSpec(c.name, c.type, c.doc) for c in FACT_TRAILER)]
    for extra in DERIVED.get(table, ()):
        at = next(i for i, c in enumerate(cols) if c.name == extra.after) + 1 if extra.after else len(cols)
        cols.insert(at, ColumnSpec(extra.name, extra.type, extra.doc))
    if table == "documents":
        cols[0] = dataclasses.replace(cols[0], required=True)
    return cols


# --- typed dates ---------------------------------------------------------------------------------

ISO_DATE = regex.compile(r"^(?P<y>\d{4})(?:-(?:Q(?P<q>[1-4])|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?$")


def date_bounds(iso: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of an ISO date of any precision: "2024" → (2024-01-01, 2024-12-31),
    "2024-Q2" → (2024-04-01, 2024-06-30), "2024-02" → (2024-02-01, 2024-02-29), a day → itself."""
    m = ISO_DATE.match(str(iso).strip()) if iso is not None else None
    if not m:
        return None, None
    year = int(m.group("y"))
    try:
        if m.group("q"):
            first_month = 3 * int(m.group("q")) - 2
            last_month = first_month + 2
            return dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
        if m.group("d"):
            day = dt.date(year, int(m.group("m")), int(m.group("d")))
            return day, day
        if m.group("m"):
            month = int(m.group("m"))
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:  # a date that does not exist
        return None, None


def derived_values(table: str, row: dict) -> dict[str, dt.date | None]:
    """The derived typed-date columns of one row."""
    if table == "deadlines":
        first, last = date_bounds(row.get("date"))
        end_last = date_bounds(row.get("date_end"))[1]
        return {"date_from": first, "date_to": end_last or last}
    if table == "documents":
        first, last = date_bounds(row.get("issue_date"))
        return {"issue_date_from": first, "issue_date_to": last,
                "period_from": date_bounds(row.get("period_start"))[0], "period_to": date_bounds(row.get("period_end"))[1]}
    return {}


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value) in ("<NA>", "nan", "NaT")


def with_derived(table: str, df):
    """`df` with the table's derived columns (re)computed from their sources."""
    names = [c.name for c in DERIVED.get(table, ())]
    if not names:
        return df
    df = df.copy()
    sources = [c for c in df.columns if c not in names]
    rows = [{k: (None if _missing(v) else v) for k, v in zip(sources, values)} for values in zip(*(df[c] for c in sources))]
    derived = [derived_values(table, r) for r in rows]
    for name in names:
        df[name] = [d.get(name) for d in derived]
    return df


# --- docs/schema.md -----------------------------------------------------------------------------

def markdown() -> str:
    """docs/schema.md: every table and column with its type and description."""
    out = [
        "# Dataset schema",
        "",
        "Generated from `pipeline/model.py` by `kehoach schema` (do not edit by hand: "
        "`tests/test_schema.py` checks this file equals the generated one).",
        "",
        "Every output folder holds the five tables as `<table>.parquet` and `<table>.csv`, all of them in "
        "`kehoach.duckdb`, and `datapackage.json`, a Frictionless Data Package descriptor with the same "
        "columns, types and keys. Offsets (`start`, `end`) index the normalised text `text/<doc_id>.txt`. "
        "Dates are ISO text with their precision; the `date` columns typed DATE (Parquet date32, DuckDB DATE) "
        "give the first and last day of the stated day, month, quarter or year for range queries.",
        "",
        "Keys: `documents.doc_id` is the primary key; every other table's `doc_id` refers to it.",
        "",
    ]
    for table in TABLES:
        out += [f"## {table}", "", TABLE_DOCS[table], "", "| column | type | description |", "|---|---|---|"]
        for c in columns(table):
            doc = c.doc.replace("|", "\\|")
            out.append(f"| `{c.name}` | {c.type} | {doc} |")
        out.append("")
    return "\n".join(out)


def write_markdown(path: Path = SCHEMA_DOC) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown(), encoding="utf-8")
    return path


# --- datapackage.json ---------------------------------------------------------------------------

def table_schema(table: str) -> dict:
    fields = []
    for c in columns(table):
        f = {"name": c.name, "type": c.type, "description": c.doc}
        if c.type == "date":
            f["format"] = "default"
        if c.required:
            f["constraints"] = {"required": True}
        fields.append(f)
    schema: dict = {"fields": fields, "missingValues": [""]}
    if table == "documents":
        schema["primaryKey"] = ["doc_id"]
    else:
        schema["foreignKeys"] = [{"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}}]
    return schema


def descriptor(formats: tuple[str, ...] = ("csv", "parquet"), version: str = "") -> dict:
    """The Data Package descriptor of an output folder: one resource per table and format."""
    resources = []
    for table in TABLES:
        for fmt in formats:
            name = table if fmt == "csv" else f"{table}_{fmt}"
            resource = {
                "name": name, "path": f"{table}.{fmt}", "profile": "tabular-data-resource", "format": fmt,
                "description": TABLE_DOCS[table], "schema": table_schema(table),
            }
            if fmt == "csv":
                resource |= {"mediatype": "text/csv", "encoding": "utf-8"}
            else:
                resource |= {"mediatype": "application/vnd.apache.parquet"}
                # the Parquet twin refers to the Parquet documents resource
                for fk in resource["schema"].get("foreignKeys", []):
                    fk["reference"]["resource"] = "documents_parquet"
            resources.append(resource)
    return {
        "profile": "tabular-data-package",
        "name": "kehoach-dataset",
        "title": "kehoach: targets, deadlines, responsible bodies and legal references of Vietnamese plans",
        "description": "Extracted by kehoach from Vietnamese government plan documents. Columns: docs/schema.md.",
        "version": version or "0",
        "resources": resources,
    }


def write_datapackage(folder: Path, version: str = "") -> Path:
    """Write `datapackage.json` into `folder` (the staging folder of a dataset write)."""
    path = Path(folder) / "datapackage.json"
    path.write_text(json.dumps(descriptor(version=version), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path

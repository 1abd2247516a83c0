"""The dataset on disk: every table of the contract as Parquet and CSV in DIR, and
all of them in one DuckDB file `DIR/kehoach.duckdb`.

Incremental and atomic:
- a document's rows are replaced, never duplicated: new extractions replace every
  row of the same `doc_id`, and of an older version of the same source file;
- documents not in this run keep their rows;
- every write is a new version folder published by one atomic switch
  (`pipeline.publish`): Parquet, CSV and DuckDB are always the same version, and a
  run killed at any moment leaves the previous dataset whole and readable.
"""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline import publish
from pipeline import schema as schema_module

TABLES = schema_module.TABLES
DUCKDB_FILE = "kehoach.duckdb"
DATAPACKAGE_FILE = "datapackage.json"

# Frictionless type -> pandas dtype; dates are Arrow date32 (Parquet DATE, DuckDB DATE).
_DTYPES = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean",
           "date": pd.ArrowDtype(pa.date32())}


def schema(table: str) -> dict[str, object]:
    """Column -> pandas dtype, in table order (pipeline/schema.py reads it from pipeline/model.py)."""
    return {c.name: _DTYPES[c.type] for c in schema_module.columns(table)}


def empty(table: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in schema(table).items()})


def typed(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """`df` with exactly the table's columns (derived typed dates recomputed) and types."""
    cols = schema(table)
    df = df.copy()
    for c in cols:
        if c not in df:
            df[c] = None
    df = schema_module.with_derived(table, df)
    return df[list(cols)].astype(cols)


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows as a DataFrame with exactly the table's columns and types."""
    if not rows:
        return empty(table)
    return typed(table, pd.DataFrame(rows))


def load(out_dir: Path) -> dict[str, pd.DataFrame]:
    """The dataset as it is in `out_dir` (empty tables where none was written)."""
    tables = {}
    folder = publish.version_dir(out_dir) or Path(out_dir)
    for table in TABLES:
        path = folder / f"{table}.parquet"
        tables[table] = typed(table, pd.read_parquet(path)) if path.exists() else empty(table)
    return tables


def batch_frames(records: list[dict]) -> dict[str, pd.DataFrame]:
    """A batch's rows as one typed frame per table (much smaller than the records, and
    without the texts): what a run keeps of a batch once its texts are written."""
    frames = {"documents": frame("documents", [r["document"] for r in records])}
    for table in TABLES:
        if table != "documents":
            frames[table] = frame(table, [row for r in records for row in r["facts"].get(table, [])])
    return frames


def merge(existing: dict[str, pd.DataFrame], records: list[dict]) -> dict[str, pd.DataFrame]:
    """`existing` with the documents of `records` replaced (by doc_id and by source path)."""
    return merge_frames(existing, [batch_frames(records)] if records else [])


def merge_frames(existing: dict[str, pd.DataFrame], batches: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """`existing` with the documents of `batches` (`batch_frames`, in run order) replaced
    (by doc_id and by source path)."""
    docs = existing["documents"]
    new_docs = [b["documents"] for b in batches]
    new_ids = {d for df in new_docs for d in df["doc_id"]}
    new_paths = {p for df in new_docs for p in df["source_path"]}
    stale = set(docs.loc[docs["source_path"].isin(new_paths), "doc_id"]) | new_ids
    merged = {}
    for table in TABLES:
        old = existing[table]
        old = old[~old["doc_id"].isin(stale)]
        parts = [df for df in [old] + [b[table] for b in batches] if len(df)]
        merged[table] = pd.concat(parts, ignore_index=True).astype(schema(table)) if parts else empty(table)
    merged["documents"] = merged["documents"].sort_values("source_path", kind="stable").reset_index(drop=True)
    return resolve_references(merged)


def _code_key(code) -> str | None:
    if code is None or (isinstance(code, float)) or pd.isna(code):
        return None
    return "".join(str(code).split()).upper()


def resolve_references(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Fill `legal_refs.resolved_doc_id` where the cited document is itself in the dataset."""
    docs = tables["documents"]
    by_number: dict[str, str] = {}
    for doc_id, number in zip(docs["doc_id"], docs["doc_number"]):
        key = _code_key(number)
        if key:
            by_number.setdefault(key, doc_id)
    refs = tables["legal_refs"].copy()
    if len(refs):
        resolved = [by_number.get(_code_key(c)) if _code_key(c) else None for c in refs["code"]]
        refs["resolved_doc_id"] = pd.array([r if r != d else None for r, d in zip(resolved, refs["doc_id"])], dtype="string")
    tables = dict(tables)
    tables["legal_refs"] = refs
    return tables


def write_texts(out_dir: Path, records: list[dict]) -> None:
    """The normalised text of each document, `DIR/text/<doc_id>.txt` (atomic per file)."""
    text_dir = Path(out_dir) / "text"
    text_dir.mkdir(parents=True, exist_ok=True)
    for r in records:
        if r["document"]["status"] == "failed":
            continue
        final = text_dir / f"{r['document']['doc_id']}.txt"
        tmp = final.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(r["text"], encoding="utf-8")
        os.replace(tmp, final)


def write_version(folder: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Every table as Parquet and CSV, and all of them in DuckDB, into `folder`."""
    import duckdb

    for table in TABLES:
        tables[table].to_parquet(folder / f"{table}.parquet", index=False)
        tables[table].to_csv(folder / f"{table}.csv", index=False)
    con = duckdb.connect(str(folder / DUCKDB_FILE))
    try:
        for table in TABLES:
            con.register("frame", tables[table])
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM frame")
            con.unregister("frame")
    finally:
        con.close()
    write_descriptor(folder)


def write(out_dir: Path, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Write every table (Parquet, CSV, DuckDB) as a new version and publish it; returns row counts."""
    publish.publish(out_dir, lambda folder: write_version(folder, tables))
    return {table: len(tables[table]) for table in TABLES}


def write_descriptor(folder: Path) -> str:
    """The Frictionless Data Package descriptor of the five tables, written into `folder` (staging);
    returns its file name."""
    from pipeline import __version__

    schema_module.write_datapackage(Path(folder), version=__version__)
    return DATAPACKAGE_FILE


def known_documents(out_dir: Path) -> dict[str, tuple[str, str, str]]:
    """source sha256 -> (doc_id, pipeline_version, source_path) of documents already in the dataset."""
    folder = publish.version_dir(out_dir)
    path = folder / "documents.parquet" if folder else None
    if path is None or not path.exists():
        return {}
    docs = pd.read_parquet(path, columns=["sha256", "doc_id", "pipeline_version", "source_path"])
    return {s: (d, v, p) for s, d, v, p in zip(docs["sha256"], docs["doc_id"], docs["pipeline_version"], docs["source_path"])}

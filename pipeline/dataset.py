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

import datetime as dt
import functools
import os
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd
import pyarrow as pa

from pipeline import publish
from pipeline import schema as schema_module

# Arrow's default allocator (mimalloc) keeps what it freed for itself: the chunks of a long
# write or of the review would add up to memory growing with the dataset. The system allocator
# gives it back.
pa.set_memory_pool(pa.system_memory_pool())

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


@functools.cache
def arrow_schema(table: str) -> pa.Schema:
    """The table's Arrow schema, pandas metadata included: what `pa.Table.from_pandas` gives for
    its typed frame, so a table built in Arrow writes the same Parquet file as the frame."""
    return pa.Schema.from_pandas(empty(table), preserve_index=False)


# Arrow type -> the pandas dtype of `schema` (what `typed` gives), for Arrow tables read as frames.
_PANDAS_TYPES = {pa.large_string(): pd.StringDtype(), pa.string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype(),
                 pa.float64(): pd.Float64Dtype(), pa.bool_(): pd.BooleanDtype(), pa.date32(): pd.ArrowDtype(pa.date32())}
# Frictionless type -> the Python types whose values Arrow takes as they are (None aside); any
# other value (an int in a text column, a float in an integer one) is converted as pandas does.
_PLAIN_TYPES = {"string": {str}, "integer": {int}, "number": {int, float}, "boolean": {bool}, "date": {dt.date}}
_NONE = type(None)


def arrow_rows(table: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table with exactly the table's columns and types (derived typed dates
    computed): the values of `frame(table, rows)`, built straight from the rows, without pandas.
    A value of another Python type than its column's is left to pandas' conversion (`frame`)."""
    target = arrow_schema(table)
    derived = {c.name for c in schema_module.DERIVED.get(table, ())}
    if derived:
        rows = [{**r, **schema_module.derived_values(table, r)} for r in rows]
    arrays = []
    for column in schema_module.columns(table):
        values = [r.get(column.name) for r in rows]
        kinds = set(map(type, values)) - {_NONE}
        if not kinds <= _PLAIN_TYPES[column.type]:
            return pa.Table.from_pandas(frame(table, rows), schema=target, preserve_index=False)
        if float in kinds:
            values = [None if v != v else v for v in values]  # NaN is missing, as in pandas' Float64
        arrays.append(pa.array(values, type=target.field(column.name).type))
    return pa.Table.from_arrays(arrays, schema=target)


def as_frame(table: str, rows: pa.Table) -> pd.DataFrame:
    """An Arrow table of `table`'s columns (`arrow_rows`, a Parquet file of the dataset) as the
    typed frame `typed` gives."""
    return rows.to_pandas(types_mapper=_PANDAS_TYPES.get)


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
    folder = publish.version_dir(out_dir) or Path(out_dir)
    return {table: load_table(folder, table) for table in TABLES}


def load_table(folder: Path, table: str) -> pd.DataFrame:
    """One table of the version in `folder` (`publish.version_dir`), typed; empty if absent."""
    path = Path(folder) / f"{table}.parquet"
    return typed(table, pd.read_parquet(path)) if path.exists() else empty(table)


def row_counts(out_dir: Path) -> dict[str, int]:
    """Rows per table of the dataset in `out_dir` (from the Parquet footers, nothing loaded)."""
    import pyarrow.parquet as pq

    folder = publish.version_dir(out_dir) or Path(out_dir)
    return {t: pq.ParquetFile(folder / f"{t}.parquet").metadata.num_rows if (folder / f"{t}.parquet").exists() else 0
            for t in TABLES}


def batch_tables(records: list[dict]) -> dict[str, pa.Table]:
    """A batch's rows as one typed Arrow table per table (much smaller than the records, and
    without the texts): what a run keeps of a batch once its texts are written."""
    tables = {"documents": arrow_rows("documents", [r["document"] for r in records])}
    for table in TABLES:
        if table != "documents":
            tables[table] = arrow_rows(table, [row for r in records for row in r["facts"].get(table, [])])
    return tables


def batch_frames(records: list[dict]) -> dict[str, pd.DataFrame]:
    """A batch's rows as one typed frame per table (`batch_tables` as pandas frames)."""
    return {table: as_frame(table, rows) for table, rows in batch_tables(records).items()}


def merge(existing: dict[str, pd.DataFrame], records: list[dict]) -> dict[str, pd.DataFrame]:
    """`existing` with the documents of `records` replaced (by doc_id and by source path)."""
    return merge_frames(existing, [batch_frames(records)] if records else [])


def merge_frames(existing: dict[str, pd.DataFrame], batches: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """`existing` with the documents of `batches` (`batch_frames`, in run order) replaced
    (by doc_id and by source path), all in memory (`publish_parts` does the same streaming)."""
    docs, stale = merged_documents(existing["documents"], [b["documents"] for b in batches])
    merged = {"documents": docs}
    for table in TABLES[1:]:
        old = existing[table]
        parts = [df for df in [old[~old["doc_id"].isin(stale)]] + [b[table] for b in batches] if len(df)]
        merged[table] = pd.concat(parts, ignore_index=True).astype(schema(table)) if parts else empty(table)
    return resolve_references(merged)


def merged_documents(old: pd.DataFrame, new: list[pd.DataFrame]) -> tuple[pd.DataFrame, set[str]]:
    """(the documents table with the `new` documents replacing theirs, by doc_id and by source
    path, sorted by source path; the doc_ids of `old` that were replaced)."""
    new_ids = {d for df in new for d in df["doc_id"]}
    new_paths = {p for df in new for p in df["source_path"]}
    stale = set(old.loc[old["source_path"].isin(new_paths), "doc_id"]) | new_ids
    parts = [df for df in [old[~old["doc_id"].isin(stale)]] + new if len(df)]
    docs = pd.concat(parts, ignore_index=True).astype(schema("documents")) if parts else empty("documents")
    return docs.sort_values("source_path", kind="stable").reset_index(drop=True), stale


def _code_key(code) -> str | None:
    if code is None or (isinstance(code, float)) or pd.isna(code):
        return None
    return "".join(str(code).split()).upper()


def resolve_references(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Fill `legal_refs.resolved_doc_id` where the cited document is itself in the dataset."""
    tables = dict(tables)
    tables["legal_refs"] = resolved(tables["legal_refs"], documents_by_number(tables["documents"]))
    return tables


def documents_by_number(docs: pd.DataFrame) -> dict[str, list[tuple[str, str | None]]]:
    """Normalised document number -> the (doc_id, issue date) of every document with that number, in the
    documents' order. A number alone names no document across provinces and years ("27/NQ-HĐND" is issued by
    every provincial council each year): `_cited` reads the citation's date against them."""
    by_number: dict[str, list[tuple[str, str | None]]] = {}
    dates = docs["issue_date"] if "issue_date" in docs else [None] * len(docs)
    for doc_id, number, date in zip(docs["doc_id"], docs["doc_number"], dates):
        key = _code_key(number)
        if key:
            by_number.setdefault(key, []).append((doc_id, _date_key(date)))
    return by_number


def _date_key(date) -> str | None:
    if date is None or isinstance(date, float) or pd.isna(date):
        return None
    return str(date).strip() or None


def _cited(code, date, citing: str, by_number: dict[str, list[tuple[str, str | None]]]) -> str | None:
    """The doc_id of the document a reference cites, where the dataset holds it: the one document with its number
    whose issue date is the date the citation gives, to the precision both state ("2024-04" answers "2024-04-12"; a
    document without a date of its own is not ruled out by it).
    Documents left with different dates, or a citation without a date that more than one dated document could
    answer, resolve to none: a wrong link is worse than none. The same document in two files (a text and its PDF:
    one number, one date) resolves to the first; a document never resolves to itself."""
    key = _code_key(code)
    if not key:
        return None
    date = _date_key(date)
    found = [(d, day) for d, day in by_number.get(key, ()) if d != citing]
    if date:
        found = [(d, day) for d, day in found if day is None or day.startswith(date) or date.startswith(day)]
    if not found or len({day for _, day in found}) > 1:
        return None
    return found[0][0]


def resolved(refs: pd.DataFrame, by_number: dict[str, list[tuple[str, str | None]]]) -> pd.DataFrame:
    """`refs` (rows of legal_refs) with `resolved_doc_id` filled from `documents_by_number` (`_cited`)."""
    refs = refs.copy()
    if len(refs):
        dates = refs["date"] if "date" in refs else [None] * len(refs)
        refs["resolved_doc_id"] = pd.array([_cited(c, t, d, by_number) for c, t, d in zip(refs["code"], dates, refs["doc_id"])],
                                           dtype="string")
    return refs


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


ROW_GROUP_ROWS = 5_000  # rows gathered (as Arrow tables) into one Parquet row group when a table is written in chunks
# Rows of a row group turned into a frame at a time for the CSV file: a frame holds every value as a Python object
# (several times the Arrow table's size), and the CSV text is the same whatever the slices (each value is written alone).
CSV_ROWS = 1_000
READ_ROWS = 2_000  # rows of a published table read back at a time (as Python objects: kept small)

# DuckDB copies each Parquet file into the database a row group at a time; left to itself it keeps
# the whole database in memory until it closes (memory growing with the dataset): a small limit
# makes it write blocks out as it goes.
DUCKDB_CONFIG = {"threads": 1, "memory_limit": "16MB"}

Chunks = Callable[[str], Iterable[pd.DataFrame | pa.Table]]  # table -> its rows, typed, in order, a chunk at a time


def write_version(folder: Path, tables: dict[str, pd.DataFrame] | Chunks) -> dict[str, int]:
    """Every table as Parquet and CSV, and all of them in DuckDB, into `folder`; returns row
    counts. `tables` is either the tables or a function giving each table's rows chunk by chunk
    (only one chunk is in memory at a time)."""
    import duckdb

    chunks = tables if callable(tables) else (lambda table: [tables[table]])
    counts = {table: _write_table(folder, table, chunks(table)) for table in TABLES}
    con = duckdb.connect(str(folder / DUCKDB_FILE), config=DUCKDB_CONFIG)
    try:
        for table in TABLES:
            path = str(folder / f"{table}.parquet").replace("'", "''")
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_parquet('{path}')")
    finally:
        con.close()
    write_descriptor(folder)
    return counts


def _write_table(folder: Path, table: str, chunks: Iterable[pd.DataFrame | pa.Table]) -> int:
    """One table's chunks (frames, or Arrow tables of `arrow_schema`) appended to its Parquet file
    (row groups of up to `ROW_GROUP_ROWS` rows) and its CSV file; the same files as writing the
    whole table at once. A row group's rows go to the CSV file a slice of `CSV_ROWS` at a time."""
    import pyarrow.parquet as pq

    rows, writer, pending = 0, None, []
    with open(folder / f"{table}.csv", "w", encoding="utf-8", newline="") as csv:
        def flush() -> None:
            nonlocal rows, writer
            group = pa.concat_tables(pending)
            for start in range(0, len(group), CSV_ROWS):  # as Python objects, a few rows at a time
                as_frame(table, group.slice(start, CSV_ROWS)).to_csv(csv, index=False, header=not rows and not start)
            rows += len(group)
            writer = writer or pq.ParquetWriter(folder / f"{table}.parquet", group.schema)
            writer.write_table(group)
            pending.clear()

        for chunk in chunks:
            if not len(chunk):
                continue
            pending.append(pa.Table.from_pandas(chunk, preserve_index=False) if isinstance(chunk, pd.DataFrame) else chunk)
            if sum(len(t) for t in pending) >= ROW_GROUP_ROWS:
                flush()
        if pending:
            flush()
        if not rows:
            empty(table).to_csv(csv, index=False)
    if writer is not None:
        writer.close()
    else:
        empty(table).to_parquet(folder / f"{table}.parquet", index=False)
    return rows


def write(out_dir: Path, tables: dict[str, pd.DataFrame] | Chunks) -> dict[str, int]:
    """Write every table (Parquet, CSV, DuckDB) as a new version and publish it; returns row counts."""
    counts: dict[str, int] = {}
    publish.publish(out_dir, lambda folder: counts.update(write_version(folder, tables)))
    return counts


# --- a run's batches, staged as Parquet parts and merged into the dataset at the end -----------

PARTS_DIR = ".cache/parts"  # inside the output folder, while a run is going
PART_SUFFIX = ".arrow"  # Arrow IPC stream: written where a batch ran, read back without decoding


def encoded_tables(records: list[dict]) -> dict[str, bytes]:
    """A batch's rows (`batch_tables`) as the bytes of one part file per table: built where the
    batch runs (a worker process), so the run's process only writes them (`write_part`)."""
    return {table: encode(rows) for table, rows in batch_tables(records).items()}


def encode(rows: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, rows.schema) as writer:
        writer.write_table(rows)
    return sink.getvalue().to_pybytes()


def decode(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(data).read_all()


def part_path(folder: Path, index: int, table: str) -> Path:
    return Path(folder) / f"{index:06d}.{table}{PART_SUFFIX}"


def write_part(folder: Path, index: int, records: list[dict] | dict[str, bytes]) -> None:
    """A batch's rows as one part file per table in `folder`, numbered `index` (run order):
    from its records, or its tables already encoded (`encoded_tables`)."""
    parts = records if isinstance(records, dict) else encoded_tables(records)
    for table in TABLES:
        part_path(folder, index, table).write_bytes(parts[table])


def read_part(folder: Path, index: int, table: str) -> pa.Table:
    """A part's rows of `table` (`arrow_schema`)."""
    return decode(part_path(folder, index, table).read_bytes())


def _old_rows(folder: Path | None, table: str, drop: set[str]) -> Iterable[pa.Table]:
    """The rows of `table` in the published version `folder`, without the documents `drop`,
    a Parquet batch at a time (`arrow_schema`: a file of another kehoach is typed anew)."""
    path = folder / f"{table}.parquet" if folder else None
    if path is None or not path.exists():
        return
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    source = pq.ParquetFile(path)
    target = arrow_schema(table)
    drop_ids = pa.array(sorted(drop), type=pa.large_string())
    for batch in source.iter_batches(batch_size=READ_ROWS):
        rows = pa.Table.from_batches([batch], schema=source.schema_arrow)
        if not rows.schema.equals(target, check_metadata=True):
            rows = pa.Table.from_pandas(typed(table, rows.to_pandas()), schema=target, preserve_index=False)
        yield rows.filter(pc.invert(pc.is_in(rows["doc_id"], value_set=drop_ids))) if drop else rows


def resolved_rows(refs: pa.Table, by_number: dict[str, list[tuple[str, str | None]]]) -> pa.Table:
    """`resolved` for rows of legal_refs as an Arrow table."""
    if not len(refs):
        return refs
    dates = refs["date"].to_pylist() if "date" in refs.column_names else [None] * len(refs)
    column = pa.array([_cited(c, t, d, by_number) for c, t, d in zip(refs["code"].to_pylist(), dates, refs["doc_id"].to_pylist())],
                      type=pa.large_string())
    return refs.set_column(refs.schema.get_field_index("resolved_doc_id"), refs.schema.field("resolved_doc_id"), column)


def publish_parts(out_dir: Path, folder: Path, n_parts: int, prune_keep: set[str] | None = None) -> tuple[dict[str, int], int]:
    """Merge the `n_parts` parts in `folder` (`write_part`) into the dataset in `out_dir` and
    publish it, streaming: one chunk of rows in memory at a time (only the documents table is
    whole). A document's rows replace those of the same doc_id and source path; with
    `prune_keep`, documents whose file is gone are removed (except those in `prune_keep`).
    Returns (row counts, documents pruned). Same dataset as `merge_frames` and `write`."""
    import pyarrow.compute as pc

    old = publish.version_dir(out_dir)
    old_docs = [as_frame("documents", rows) for rows in _old_rows(old, "documents", set())]
    old_docs = pd.concat(old_docs, ignore_index=True) if old_docs else empty("documents")
    new_docs = [read_part(folder, i, "documents") for i in range(n_parts)]
    new_docs = [as_frame("documents", pa.concat_tables(new_docs))] if new_docs else []
    docs, drop = merged_documents(old_docs, new_docs)
    gone: set[str] = set()
    if prune_keep is not None:
        gone = {d for d, path in zip(docs["doc_id"], docs["source_path"]) if d not in prune_keep and not Path(path).exists()}
        docs = docs[~docs["doc_id"].isin(gone)].reset_index(drop=True)
    drop |= gone
    by_number = documents_by_number(docs)
    gone_ids = pa.array(sorted(gone), type=pa.large_string())

    def chunks(table: str) -> Iterable[pd.DataFrame | pa.Table]:
        if table == "documents":
            yield docs
            return
        for rows in _old_rows(old, table, drop):
            yield resolved_rows(rows, by_number) if table == "legal_refs" else rows
        for i in range(n_parts):
            rows = read_part(folder, i, table)
            rows = rows.filter(pc.invert(pc.is_in(rows["doc_id"], value_set=gone_ids))) if gone else rows
            yield resolved_rows(rows, by_number) if table == "legal_refs" else rows

    return write(out_dir, chunks), len(gone)


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

"""The rows of a published dataset, read a document at a time (for the review pages), with
memory flat in the size of the dataset.

A fact table's rows of one document are contiguous (a run appends each batch's rows, a
document's rows together, and keeps the rows of other documents in their order), so each
table is indexed once by runs of equal `doc_id` (its `doc_id` column only, a Parquet row
group at a time) and a document's rows are sliced out of the row groups that hold them.
Only the last row group read is kept (as Arrow tables); documents read in the order of
their rows read every row group once. Documents whose rows are not contiguous (a dataset
written by other means) are still read whole: each of their runs is a range.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

KEEP_GROUPS = 1  # row groups kept decoded per table (documents are read in the order of their rows)


class TableRows:
    """One Parquet table of the dataset: the rows of a document, as plain Python dicts."""

    def __init__(self, path: Path):
        self.file = pq.ParquetFile(path) if Path(path).exists() else None
        meta = self.file.metadata if self.file else None
        self.n_rows = meta.num_rows if meta else 0
        self.group_starts = []
        start = 0
        for i in range(meta.num_row_groups if meta else 0):
            self.group_starts.append(start)
            start += meta.row_group(i).num_rows
        self.float_columns = [f.name for f in self.file.schema_arrow if pa.types.is_floating(f.type)] if self.file else []
        self.ranges: dict[str, list[tuple[int, int]]] = {}
        for i, start in enumerate(self.group_starts):
            ids = self.file.read_row_group(i, columns=["doc_id"]).column(0).combine_chunks()
            if not len(ids):
                continue
            runs = pc.run_end_encode(ids)
            ends = runs.run_ends.to_pylist()
            for doc_id, begin, end in zip(runs.values.to_pylist(), [0] + ends[:-1], ends):
                spans = self.ranges.setdefault(doc_id, [])
                if spans and spans[-1][1] == start + begin:  # a run that goes on in the next row group
                    spans[-1] = (spans[-1][0], start + end)
                else:
                    spans.append((start + begin, start + end))
        self._groups: OrderedDict[int, pa.Table] = OrderedDict()

    def _group(self, i: int) -> pa.Table:
        table = self._groups.pop(i, None)
        if table is None:
            table = self.file.read_row_group(i, use_threads=False)
            while len(self._groups) >= KEEP_GROUPS:
                self._groups.popitem(last=False)
        self._groups[i] = table
        return table

    def of(self, doc_id: str) -> list[dict]:
        """The document's rows, in table order (missing values None)."""
        rows: list[dict] = []
        for begin, end in self.ranges.get(doc_id, ()):
            i = bisect_right(self.group_starts, begin) - 1
            while begin < end:
                start = self.group_starts[i]
                stop = min(end, self.group_starts[i + 1] if i + 1 < len(self.group_starts) else self.n_rows)
                columns = self._group(i).slice(begin - start, stop - begin).to_pydict()
                names = list(columns)
                rows.extend(dict(zip(names, values)) for values in zip(*columns.values()))
                begin, i = stop, i + 1
        return rows

    def position(self, doc_id: str) -> float | None:
        """Where the document's rows start, as a share of the table (None: no rows)."""
        spans = self.ranges.get(doc_id)
        return spans[0][0] / max(self.n_rows, 1) if spans else None


def columns(path: Path, names: list[str]) -> Iterator[dict]:
    """The values of some columns of a Parquet table, row by row, a row group at a time."""
    if not Path(path).exists():
        return
    source = pq.ParquetFile(path)
    for i in range(source.metadata.num_row_groups):
        yield from source.read_row_group(i, columns=names, use_threads=False).to_pylist()


def reading_order(doc_ids: Iterable[str], tables: list[TableRows]) -> list[str]:
    """`doc_ids` in the order their rows are stored (documents without rows last), so reading
    them one by one reads each row group once."""
    def key(doc_id: str) -> float:
        found = [p for p in (t.position(doc_id) for t in tables) if p is not None]
        return min(found) if found else 2.0

    return sorted(doc_ids, key=key)

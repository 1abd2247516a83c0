"""The schema travels with the data: docs/schema.md is generated from pipeline/model.py, every output
folder carries a Frictionless datapackage.json, and dates gain typed DATE columns."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline import dataset, schema
from pipeline.model import FACT_TYPES, DocumentInfo
from pipeline.run import run_direct
from tests.conftest import SEEDS

FRICTIONLESS_TYPES = {"string", "integer", "number", "boolean", "date"}


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(f, folder / f.name)
    target = tmp_path_factory.mktemp("out")
    run_direct([str(folder)], target)
    return target


def test_committed_schema_doc_is_the_generated_one():
    assert schema.SCHEMA_DOC.read_text(encoding="utf-8") == schema.markdown(), \
        "docs/schema.md is stale: run `kehoach schema` and commit it"


def test_every_column_is_described_in_the_model():
    for record in (DocumentInfo, *FACT_TYPES.values()):
        for f in dataclasses.fields(record):
            assert f.metadata.get("doc"), f"{record.__name__}.{f.name} has no description"
    for table in schema.TABLES:
        for c in schema.columns(table):
            assert c.doc and c.type in FRICTIONLESS_TYPES, (table, c)
            assert f"`{c.name}`" in schema.markdown()


@pytest.mark.parametrize("iso,first,last", [
    ("2024-11-21", dt.date(2024, 11, 21), dt.date(2024, 11, 21)),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ("2025-02", dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
    ("2024-Q1", dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
    ("2024-Q4", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    ("2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    ("2021-06-31", None, None),  # a date that does not exist
    (None, None, None),
    ("cuối năm", None, None),
])
def test_date_bounds(iso, first, last):
    assert schema.date_bounds(iso) == (first, last)


@pytest.mark.parametrize("row,expected", [
    ({"date": "2024-03", "date_end": "2025-12"}, (dt.date(2024, 3, 1), dt.date(2025, 12, 31))),
    ({"date": "2024-Q2", "date_end": None}, (dt.date(2024, 4, 1), dt.date(2024, 6, 30))),
    ({"date": None, "date_end": "2025-12-31"}, (None, dt.date(2025, 12, 31))),
    ({"date": None, "date_end": None}, (None, None)),
])
def test_deadline_ranges(row, expected):
    got = schema.derived_values("deadlines", row)
    assert (got["date_from"], got["date_to"]) == expected


def test_typed_dates_in_duckdb_parquet_and_csv(out):
    con = duckdb.connect(str(out / "kehoach.duckdb"), read_only=True)
    types = {(t, c): d for t, c, d in con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns").fetchall()}
    for table, column in [("deadlines", "date_from"), ("deadlines", "date_to"),
                          ("documents", "issue_date_from"), ("documents", "issue_date_to")]:
        assert types[(table, column)] == "DATE"
        assert str(pq.read_schema(out / f"{table}.parquet").field(column).type) == "date32[day]"
    assert types[("deadlines", "date")] == "VARCHAR" and types[("targets", "year")] == "BIGINT"
    # a range query works on the typed columns and agrees with the ISO text
    rows = con.execute("SELECT date, date_from, date_to FROM deadlines WHERE date IS NOT NULL").fetchall()
    assert rows and all(f <= t and str(f).startswith(d[:4]) for d, f, t in rows)
    header = (out / "deadlines.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "date_from" in header and "date_to" in header


def test_every_output_folder_carries_a_datapackage(out):
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["profile"] == "tabular-data-package" and package["name"]
    names = {r["name"] for r in package["resources"]}
    assert {"documents", "targets", "deadlines", "bodies", "legal_refs"} <= names
    for resource in package["resources"]:
        table = resource["path"].rsplit(".", 1)[0]
        assert (out / resource["path"]).exists()
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == list(dataset.schema(table))
        assert all(f["type"] in FRICTIONLESS_TYPES and f["description"] for f in fields)
        if resource["path"].endswith(".csv"):  # the CSV header is the declared fields
            header = (out / resource["path"]).read_text(encoding="utf-8").splitlines()[0].split(",")
            assert header == [f["name"] for f in fields]
        if table == "documents":
            assert resource["schema"]["primaryKey"] == ["doc_id"]
        else:
            (fk,) = resource["schema"]["foreignKeys"]
            assert fk["fields"] == ["doc_id"] and fk["reference"]["fields"] == ["doc_id"]
            assert fk["reference"]["resource"] in names
    dates = {f["name"] for r in package["resources"] if r["name"] == "deadlines" for f in r["schema"]["fields"] if f["type"] == "date"}
    assert dates == {"date_from", "date_to"}


def test_the_datapackage_validates_with_frictionless(out):
    frictionless = pytest.importorskip("frictionless", reason="frictionless not installed (pip install frictionless)")
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]

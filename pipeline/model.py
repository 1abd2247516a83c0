"""The one data model: a document and each kind of fact, as frozen dataclasses.

The dataset tables (`pipeline.dataset`) are these records flattened, plus the
columns every row carries (`doc_id`, `page`, `section`). Field order here is the
column order of the tables; see `../shared/spec/EXTRACTION.md` for the meaning.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    """A table found by the reader (DOCX table, PDF `extract_tables`)."""

    page: int | None
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class RawDocument:
    """What ingest read from one file: the raw text and where its pages start."""

    source_path: str
    sha256: str
    format: str  # txt|md|pdf|docx|html
    raw_text: str
    page_starts: tuple[int, ...] = ()  # raw offset of each page's first char (PDF)
    tables: tuple[Table, ...] = ()
    status: str = "ok"  # ok|warning|failed
    messages: tuple[str, ...] = ()

    @property
    def doc_id(self) -> str:
        return self.sha256[:16]


@dataclass(frozen=True)
class Section:
    """One heading or list item of the plan's outline."""

    start: int  # offset of the heading line in the normalised text
    end: int  # end of the heading line
    level: int  # depth in the tree, 1 = top
    marker: str  # "I.", "1.1.", "a)", "Điều 3.", "Phụ lục", "-"
    kind: str  # roman|number|decimal|letter|article|appendix|part|bullet
    title: str  # the heading line without its marker (trimmed)
    path: tuple[int, ...] = ()  # indexes of the ancestors, outermost first

    @property
    def label(self) -> str:
        title = self.title if len(self.title) <= 60 else self.title[:57].rstrip() + "…"
        return f"{self.marker.rstrip('.')} {title}".strip() if title else self.marker.rstrip(".")


@dataclass(frozen=True)
class DocumentInfo:
    """The `documents` row: what the document says about itself, and how it went."""

    doc_id: str
    source_path: str
    sha256: str
    format: str
    title: str | None = None
    doc_number: str | None = None
    issue_date: str | None = None
    issuer: str | None = None
    province: str | None = None
    district: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    signer: str | None = None
    n_chars: int = 0
    n_pages: int | None = None
    status: str = "ok"
    message: str | None = None
    pipeline_version: str = ""


@dataclass(frozen=True)
class LegalRef:
    """A reference to another document ("Nghị quyết số 09-NQ/TW ngày 28/01/2022 …")."""

    start: int
    end: int
    text: str
    doc_type: str | None
    number: str | None = None
    year_in_symbol: int | None = None
    symbol: str | None = None
    code: str | None = None
    date: str | None = None
    date_raw: str | None = None
    issuer: str | None = None
    subject: str | None = None
    title: str | None = None
    relation: str = "mentions"  # basis|mentions
    resolved_doc_id: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Target:
    """A numeric target of an indicator ("Tỷ lệ che phủ rừng đạt 51%")."""

    start: int
    end: int
    text: str
    indicator: str | None
    indicator_canonical: str | None = None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    unit_raw: str | None = None
    value_base: float | None = None
    unit_base: str | None = None
    comparator: str = "eq"
    direction: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    year: int | None = None
    period: str | None = None
    scope: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Deadline:
    """A date that bounds an action or the plan's own period."""

    start: int
    end: int
    text: str
    date: str | None
    date_end: str | None = None
    precision: str | None = None  # day|month|quarter|year
    date_raw: str | None = None
    recurrence: str | None = None
    kind: str | None = None  # submit|period|review|milestone
    action: str | None = None
    body: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Body:
    """A responsible body and what it is assigned."""

    start: int
    end: int
    text: str
    name: str
    name_canonical: str | None = None
    kind: str | None = None
    level: str | None = None
    role: str | None = None  # lead|coordinate|assigned|requested
    task: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything one document produced, as plain records for the dataset."""

    document: DocumentInfo
    text: str = ""
    facts: dict[str, list[dict]] = field(default_factory=dict)  # table -> rows


FACT_TYPES: dict[str, type] = {
    "targets": Target,
    "deadlines": Deadline,
    "bodies": Body,
    "legal_refs": LegalRef,
}

"""The one data model: a document and each kind of fact, as frozen dataclasses.

The dataset tables (`pipeline.dataset`) are these records flattened, plus the
columns every row carries (`doc_id`, `page`, `section`). Field order here is the
column order of the tables; see `../shared/spec/EXTRACTION.md` for the meaning.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field


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
    # (raw offset of a page break's form feed, "runs on" | "ends"): how the page before it ends, where
    # the layout tells (PDF): its last line reaches the column's edge mid-sentence, or stops short
    page_ends: tuple[tuple[int, str], ...] = ()

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


def column(doc: str, default=MISSING, **kwargs):
    """A dataclass field that is a table column, with its description (docs/schema.md, datapackage.json)."""
    if default is MISSING:
        return field(metadata={"doc": doc}, **kwargs)
    return field(default=default, metadata={"doc": doc}, **kwargs)


@dataclass(frozen=True)
class DocumentInfo:
    """The `documents` row: what the document says about itself, and how it went."""

    doc_id: str = column("Stable id of the document: the first 16 hex digits of the file's SHA-256.")
    source_path: str = column("Path of the file as given to the run.")
    sha256: str = column("SHA-256 of the file's bytes (hex).")
    format: str = column("File format: txt, md, html, docx or pdf.")
    title: str | None = column("Title of the document (e.g. \"Kế hoạch phát động phong trào thi đua …\").", None)
    doc_number: str | None = column("Number-symbol of the document where stated (\"74/KH-UBND\").", None)
    issue_date: str | None = column("Issue date as ISO text (\"2024-04-12\"; \"2024-04\" or \"2024\" when only that is stated).", None)
    issuer: str | None = column("Issuing body (\"UBND huyện Vĩnh Thuận\").", None)
    province: str | None = column("Province (tỉnh or thành phố trực thuộc trung ương) of the issuer.", None)
    district: str | None = column("District of the issuer, for district-level documents.", None)
    period_start: str | None = column("First year of the plan's own period, as text (\"2024\").", None)
    period_end: str | None = column("Last year of the plan's own period, as text (\"2025\").", None)
    signer: str | None = column("Name of the person who signed the document.", None)
    n_chars: int = column("Length of the normalised text in characters.", 0)
    n_pages: int | None = column("Number of pages (PDF), else null.", None)
    status: str = column("How reading went: ok, warning (facts may be missing: see message) or failed (no facts).", "ok")
    message: str | None = column("Why the status is not ok, and what to do (\"PDF has no text layer … install tesseract-ocr\").", None)
    pipeline_version: str = column("Version of kehoach that produced the rows (a re-run with a newer one re-extracts).", "")


@dataclass(frozen=True)
class LegalRef:
    """A reference to another document ("Nghị quyết số 09-NQ/TW ngày 28/01/2022 …")."""

    start: int = column("Start offset of the mention in the normalised text (characters, 0-based).")
    end: int = column("End offset (exclusive) of the mention in the normalised text.")
    text: str = column("The mention as quoted from the normalised text (text[start:end]).")
    doc_type: str | None = column("Type of the cited document (\"Nghị quyết\", \"Quyết định\", \"Luật\" …).")
    number: str | None = column("Number of the cited document (\"09\", \"587\").", None)
    year_in_symbol: int | None = column("Year written inside the number-symbol (2022 in \"04/2022/QĐ-TTg\").", None)
    symbol: str | None = column("Symbol of the cited document (\"NQ/TW\", \"QĐ-TTg\").", None)
    code: str | None = column("Whole canonical number-symbol (\"09-NQ/TW\", \"04/2022/QĐ-TTg\"); null when cited without a number.", None)
    date: str | None = column("Issue date of the cited document as ISO text (\"2022-01-28\"); null when absent or impossible.", None)
    date_raw: str | None = column("The date as written, when one is stated.", None)
    issuer: str | None = column("Issuer of the cited document (\"Bộ Chính trị\", \"Thủ tướng Chính phủ\").", None)
    subject: str | None = column("The \"về …\" clause of the citation, when present.", None)
    title: str | None = column("Title of a document cited by name (\"Luật Thi đua, khen thưởng\").", None)
    relation: str = column("basis (\"Căn cứ\", \"Thực hiện\" …) or mentions.", "mentions")
    resolved_doc_id: str | None = column("doc_id of the cited document when it is itself in the dataset (same number-symbol, and the same issue date where the citation gives one; none where several documents could be meant).", None)
    rule: str = column("Name of the extraction rule that produced the row.", "")


@dataclass(frozen=True)
class Target:
    """A numeric target of an indicator ("Tỷ lệ che phủ rừng đạt 51%")."""

    start: int = column("Start offset of the target in the normalised text (characters, 0-based).")
    end: int = column("End offset (exclusive) of the target in the normalised text.")
    text: str = column("The target as quoted from the normalised text (text[start:end]).")
    indicator: str | None = column("The indicator as written, cleaned of bullets and markup (\"Tỷ lệ che phủ rừng\").")
    indicator_canonical: str | None = column("Canonical indicator name from the gazetteer (extractors/data/indicators.tsv) when the words and unit fit, else null.", None)
    indicator_id: str | None = column("Stable id of the canonical indicator (\"forest_cover\"); join provinces on it (with `scope` for an indicator broken down by product or sector: \"crop_area_perennial\" for the row \"Cà phê\"). Ids prefixed `activity_` (group `activity`) name only the KIND of output of the plan's own activity (\"activity_training_classes\" for \"Tổ chức 20 lớp tập huấn kỹ năng số\"): the topic stays in `indicator`; leave them out of indicator analyses. Null when none fits.", None)
    indicator_group: str | None = column("Group of the canonical indicator (\"environment\", \"health\", \"economy\" …; the gazetteer's `group`), for filtering and charts without the gazetteer (`activity` for the plan's own activity outputs). Null when `indicator_id` is.", None)
    value: float | None = column("The value stated (first value of a range).", None)
    value_max: float | None = column("Upper value of a range (\"20 - 21%\"), else null.", None)
    unit: str | None = column("Unit, normalised (\"%\", \"%/năm\", \"triệu đồng\", \"xã\", \"bác sỹ/vạn dân\").", None)
    unit_raw: str | None = column("Unit as written.", None)
    value_base: float | None = column("The value in the base unit where a scale applies (10 vạn tấn → 100000).", None)
    unit_base: str | None = column("Base unit of value_base (\"đồng\", \"tấn\").", None)
    comparator: str = column("eq, ge, gt, le, lt or approx (\"ít nhất\" ge, \"trên\" gt, \"khoảng\" approx …).", "eq")
    direction: str | None = column("increase, decrease, maintain or reach (\"tăng\", \"giảm\", \"duy trì\", \"đạt\"), when stated.", None)
    numerator: float | None = column("Numerator of a fraction (\"36/40 trường\" → 36).", None)
    denominator: float | None = column("Denominator of a fraction (\"36/40 trường\" → 40).", None)
    year: int | None = column("Target year (from the sentence, its list or headings, or the plan's period).", None)
    period: str | None = column("Span of years the target applies to (\"2021-2025\"), when stated.", None)
    scope: str | None = column("Sub-area, group or field of work the target is for (\"Huyện Cam Lâm\", \"THCS\", \"lĩnh vực đất đai\"), else null.", None)
    rule: str = column("Name of the extraction rule that produced the row.", "")


@dataclass(frozen=True)
class Deadline:
    """A date that bounds an action or the plan's own period."""

    start: int = column("Start offset of the deadline in the normalised text (characters, 0-based).")
    end: int = column("End offset (exclusive) of the deadline in the normalised text.")
    text: str = column("The deadline as quoted from the normalised text (text[start:end]).")
    date: str | None = column("The date (or a period's first date) as ISO text: \"2024-11-21\", \"2024-11\", \"2024-Q1\" or \"2024\"; null when it recurs, is relative or does not exist.")
    date_end: str | None = column("Last date of a period, as ISO text like date; else null.", None)
    precision: str | None = column("Precision of date and date_end: day, month, quarter or year.", None)  # day|month|quarter|year
    date_raw: str | None = column("The date as written.", None)
    recurrence: str | None = column("yearly, half_yearly, quarterly, monthly or weekly for a recurring date, else null.", None)
    kind: str | None = column("submit, period, review or milestone.", None)  # submit|period|review|milestone
    action: str | None = column("What must happen by then, when stated.", None)
    body: str | None = column("Who must do it, when stated.", None)
    rule: str = column("Name of the extraction rule that produced the row.", "")


@dataclass(frozen=True)
class Body:
    """A responsible body and what it is assigned."""

    start: int = column("Start offset of the body's name in the normalised text (characters, 0-based).")
    end: int = column("End offset (exclusive) of the body's name in the normalised text.")
    text: str = column("The name as quoted from the normalised text (text[start:end]).")
    name: str = column("The body's name as written (\"UBND huyện\").")
    name_canonical: str | None = column("Name with abbreviations expanded and spelling unified (\"Ủy ban nhân dân huyện\").", None)
    kind: str | None = column("ubnd, hdnd, so, phong, ban, hoi_dong, mttq, doan_the, trung_tam, dang, other or collective.", None)
    level: str | None = column("trung_uong, tinh, huyen or xa, when known.", None)
    role: str | None = column("lead (\"chủ trì\"), coordinate (\"phối hợp\"), assigned or requested (\"đề nghị\").", None)  # lead|coordinate|assigned|requested
    task: str | None = column("The assigned task, trimmed.", None)
    rule: str = column("Name of the extraction rule that produced the row.", "")


@dataclass(frozen=True)
class Column:
    """A column the tables carry beyond the record's own fields: shared by every fact table
    (doc_id, page, section) or derived when the table is written (typed dates)."""

    name: str
    type: str  # string|integer|number|date
    doc: str
    after: str | None = None  # the field it follows in the table; None: at the end


FACT_KEY = Column("doc_id", "string", "The document the row belongs to (documents.doc_id).")
FACT_TRAILER = (
    Column("page", "integer", "1-based page of the fact (PDF), else null."),
    Column("section", "string", "Heading path the fact sits under (\"II CHỈ TIÊU > 1 Chỉ tiêu kinh tế > 1.1 Năm 2024\")."),
)
DERIVED: dict[str, tuple[Column, ...]] = {
    "documents": (
        Column("issue_date_from", "date", "First day of the stated issue date (of its day, month, quarter or year).", after="issue_date"),
        Column("issue_date_to", "date", "Last day of the stated issue date (of its day, month, quarter or year).", after="issue_date_from"),
        Column("period_from", "date", "First day of the plan's period (1 January of period_start).", after="period_end"),
        Column("period_to", "date", "Last day of the plan's period (31 December of period_end).", after="period_from"),
    ),
    "deadlines": (
        Column("date_from", "date", "First day of date (of its day, month, quarter or year); null when date is null.", after="precision"),
        Column("date_to", "date", "Last day of date_end, else of date (of its day, month, quarter or year).", after="date_from"),
    ),
}


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

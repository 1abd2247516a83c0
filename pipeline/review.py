"""Review report: static, self-contained HTML pages that show every fact at its place.

`write_review(out_dir, gold_dir)` reads the dataset in `out_dir` (tables + normalised texts)
and writes `out_dir/review/index.html` and one page per document. Pages are rendered with
Jinja2 (autoescaping on: a plan's own "<script>" is shown as text), inline CSS and JS only,
nothing loaded from elsewhere. When gold answers exist for a document, each fact is marked
matched or extra and the missed gold items are listed with their quotes (same matching as
`kehoach eval`). Reviewer marks (right / wrong / missed) are kept in the browser and exported
as JSON or CSV in the format of docs/review-marks.md, which `kehoach eval --marks` reads.
"""
from __future__ import annotations

import hashlib
import html
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import pyarrow.parquet as pq
import regex
from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline import dataset, publish
from extractors.targets.gazetteer import ACTIVITY_GROUP, indicator_groups
from pipeline.evaluate import is_missing, dedupe, match, match_score
from pipeline.model import FACT_TYPES
from pipeline.rows import TableRows, columns, reading_order
from pipeline.sections import build_outline

KINDS = tuple(FACT_TYPES)
KIND_LABELS = {"targets": "target", "deadlines": "deadline", "bodies": "body", "legal_refs": "legal reference"}
PLURALS = {"targets": "targets", "deadlines": "deadlines", "bodies": "bodies", "legal_refs": "legal references"}
# The fields a reviewer needs first, per kind (shown in the table and the tooltip).
SHOWN = {
    "targets": ("indicator", "value", "value_max", "unit", "comparator", "direction", "year", "period", "scope"),
    "deadlines": ("date", "date_end", "precision", "kind", "recurrence", "body", "action"),
    "bodies": ("name_canonical", "kind", "level", "role", "task"),
    "legal_refs": ("code", "doc_type", "date", "issuer", "relation", "title", "subject"),
}
GOLD_KEYS = {"targets": ("indicator", "value", "unit"), "deadlines": ("date", "date_end", "date_raw"),
             "bodies": ("name",), "legal_refs": ("code", "doc_type", "title")}


# The review chart's label of a group that is not a topic: the generic activity outputs (indicators.tsv, group
# `activity`) name the kind of output of the plan's own activities only (classes, inspections, news items …).
GROUP_LABELS = {ACTIVITY_GROUP: "activity (hoạt động của kế hoạch, chỉ loại đầu ra)"}


def _value(v):
    """A dataset cell as plain Python: None for missing, whole floats as ints."""
    if is_missing(v):
        return None
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


@dataclass
class Fact:
    id: str
    kind: str
    start: int
    end: int
    fields: dict
    rule: str
    status: str | None = None  # matched|extra (when gold exists)

    def tooltip(self) -> str:
        lines = [KIND_LABELS[self.kind]] + [f"{k}: {v}" for k, v in self.fields.items() if v is not None]
        if self.status:
            lines.append(f"gold: {self.status}")
        return "\n".join(lines + [f"rule: {self.rule}"])


@dataclass
class Page:
    doc: dict
    text: str
    facts: list[Fact]
    missed: list[dict] = field(default_factory=list)
    has_gold: bool = False
    extra: int = 0  # extra items as `kehoach eval` counts them (one per distinct item, not per row)


def render_text(text: str, facts: list[Fact], anchors: dict[int, str]) -> str:
    """The text as HTML with one <mark> per fact; overlapping facts are nested, and a fact
    that crosses another's end is continued in a second element marked `cont`."""
    bounds = sorted({0, len(text)} | {f.start for f in facts} | {f.end for f in facts} | set(anchors))
    starts = defaultdict(list)
    for f in sorted(facts, key=lambda f: (f.start, -f.end)):
        starts[f.start].append(f)
    out: list[str] = []
    stack: list[Fact] = []

    def open_tag(f: Fact, cont: bool) -> str:
        cls = f"fact k-{f.kind}" + (f" s-{f.status}" if f.status else "") + (" cont" if cont else "")
        return (f'<mark class="{cls}" data-fact="{f.id}" data-kind="{f.kind}" tabindex="{-1 if cont else 0}" '
                f'title="{html.escape(f.tooltip())}">')

    for i, pos in enumerate(bounds):
        closing = [f for f in stack if f.end == pos]
        if closing:
            deepest = min(stack.index(f) for f in closing)
            reopen = [f for f in stack[deepest:] if f.end != pos]
            out.append("</mark>" * (len(stack) - deepest))
            del stack[deepest:]
            for f in reopen:
                out.append(open_tag(f, cont=True))
                stack.append(f)
        if pos in anchors:
            out.append(f'<span class="anchor" id="{anchors[pos]}"></span>')
        for f in starts.get(pos, []):
            if f.end > f.start:
                out.append(open_tag(f, cont=False))
                stack.append(f)
            else:  # an empty span: still one highlight
                out.append(open_tag(f, cont=False) + "</mark>")
        if i + 1 < len(bounds):
            out.append(html.escape(text[pos:bounds[i + 1]]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def _facts(tables: dict[str, TableRows], doc_id: str) -> dict[str, list[dict]]:
    """The document's rows per kind, as `_value` gives them (read values are None when missing;
    only floats need a look: NaN is missing, whole floats are ints)."""
    facts = {}
    for kind in KINDS:
        rows = tables[kind].of(doc_id)
        for column in tables[kind].float_columns:
            for r in rows:
                r[column] = _value(r[column])
        facts[kind] = rows
    return facts


def _gold_by_doc(gold_dir: Path | None) -> dict[str, dict]:
    if not gold_dir or not Path(gold_dir).is_dir():
        return {}
    return {g["doc"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json")))}


def _statuses(kind: str, rows: list[dict], gold: list[dict]) -> tuple[list[str], list[dict], int]:
    """matched/extra per row, the missed gold items and the number of extra items (matching and
    counting as `kehoach eval`: a document cited twice is one item)."""
    pairs, missed, extra = match(kind, dedupe(kind, gold, gold=True), dedupe(kind, rows))
    matched_gold = [g for g, _ in pairs]
    statuses = []
    for row in rows:
        if kind == "bodies" and row.get("kind") == "collective":
            statuses.append("unscored")  # collectives are not named bodies (EXTRACTION.md)
            continue
        hit = any(match_score(kind, g, row) is not None for g in matched_gold)
        statuses.append("matched" if hit else "extra")
    return statuses, missed, len(extra)


def _locate(text: str, quote: str | None) -> int | None:
    if not quote:
        return None
    plain = regex.sub(r"[*_]+", "", quote).strip()
    for probe in (quote, plain, plain[:60]):
        i = text.find(probe) if probe else -1
        if i >= 0:
            return i
    return None


def build_page(doc: dict, text: str, rows: dict[str, list[dict]], gold: dict | None) -> Page:
    facts: list[Fact] = []
    missed: list[dict] = []
    extra = 0
    for kind in KINDS:
        statuses, kind_missed, kind_extra = _statuses(kind, rows[kind], gold.get(kind, [])) if gold else ([None] * len(rows[kind]), [], 0)
        extra += kind_extra
        for i, (row, status) in enumerate(zip(rows[kind], statuses)):
            shown = {k: row.get(k) for k in SHOWN[kind] if row.get(k) is not None}
            facts.append(Fact(f"{kind[0]}{i}", kind, int(row["start"]), int(row["end"]), shown, row.get("rule") or "", status))
        for g in kind_missed:
            missed.append({"kind": kind, "fields": {k: g.get(k) for k in GOLD_KEYS[kind] if g.get(k) is not None},
                           "quote": g.get("quote"), "at": _locate(text, g.get("quote"))})
    return Page(doc, text, facts, missed, has_gold=gold is not None, extra=extra)


def _outline(text: str) -> tuple[list[dict], dict[int, str]]:
    toc, anchors = [], {}
    for i, s in enumerate(build_outline(text).sections):
        if s.kind == "bullet" or s.level > 3:
            continue
        anchors[s.start] = f"h{i}"
        toc.append({"id": f"h{i}", "label": s.label, "level": s.level})
    return toc, anchors


def _env() -> Environment:
    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["html", "j2"]))
    env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False)
    return env


def bar_chart(counts: list[tuple[str, int]], width: int = 520, bar: int = 18) -> dict:
    """An inline SVG bar chart as data for the template (labels are escaped there)."""
    counts = [(label, c) for label, c in counts if c]
    top = max([c for _, c in counts] or [1])
    rows = [{"label": label, "count": c, "y": i * (bar + 6), "w": max(2, round((width - 280) * c / top))}
            for i, (label, c) in enumerate(counts)]
    return {"rows": rows, "height": max(bar, len(rows) * (bar + 6)), "width": width, "bar": bar}


def citation_graph(docs: pd.DataFrame, refs: Iterable[dict], limit: int = 40) -> dict:
    """Plans on the left, the documents they cite on the right; a cited document that is itself
    in the corpus links to its page. Only documents cited by two plans or more, or resolved, are drawn.
    `refs`: rows of legal_refs (code, doc_id, resolved_doc_id)."""
    by_code: dict[str, set[str]] = defaultdict(set)
    resolved: dict[str, str] = {}
    for r in refs:
        code = _value(r.get("code"))
        if not code:
            continue
        by_code[code].add(r["doc_id"])
        if _value(r.get("resolved_doc_id")):
            resolved[code] = r["resolved_doc_id"]
    cited = sorted((c for c, d in by_code.items() if len(d) >= 2 or c in resolved), key=lambda c: (-len(by_code[c]), c))[:limit]
    plans = sorted({d for c in cited for d in by_code[c]})
    titles = dict(zip(docs["doc_id"], docs["title"].fillna(docs["source_path"])))
    row = 22
    left = [{"id": d, "label": str(titles.get(d, d))[:48], "y": 20 + i * row} for i, d in enumerate(plans)]
    right = [{"code": c, "y": 20 + i * row, "href": f"{resolved[c]}.html" if c in resolved else None, "n": len(by_code[c])}
             for i, c in enumerate(cited)]
    ly = {n["id"]: n["y"] for n in left}
    edges = [{"y1": ly[d], "y2": n["y"], "resolved": n["href"] is not None} for n in right for d in sorted(by_code[n["code"]]) if d in ly]
    return {"left": left, "right": right, "edges": edges, "height": 40 + row * max(len(left), len(right), 1)}


MANIFEST = ".pages.json"  # inside review/: what each page was rendered from, and its index row


def _templates_digest() -> str:
    """The templates and this module: a change to how pages look re-renders every page."""
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parent / "templates").iterdir()) + [Path(__file__)]:
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def page_key(doc: dict, gold: dict | None, templates: str) -> str:
    """What a document's page is rendered from: its row (content hash and pipeline version
    included, so its facts and text), its gold answers and the templates."""
    data = json.dumps([doc, gold, templates], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _read_manifest(review: Path) -> dict:
    try:
        return json.loads((review / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _render_page(env: Environment, out_dir: Path, tables: dict[str, TableRows], doc: dict, name: str, gold: dict | None) -> tuple[str, dict]:
    """A document's page as HTML, and its row of the index."""
    text_path = out_dir / "text" / f"{doc['doc_id']}.txt"
    text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
    rows = _facts(tables, doc["doc_id"])
    page = build_page(doc, text, rows, gold)
    toc, anchors = _outline(text)
    for i, m in enumerate(page.missed):
        if m["at"] is not None:
            anchors.setdefault(m["at"], f"missed{i}")
            m["anchor"] = anchors[m["at"]]
    by_kind: dict[str, list[Fact]] = {k: [] for k in KINDS}
    for f in page.facts:
        by_kind[f.kind].append(f)
    table_rows = {k: [(f, text[f.start:f.end], [f.fields.get(c, "") for c in SHOWN[k][:4]]) for f in by_kind[k]] for k in KINDS}
    page_html = env.get_template("document.html.j2").render(
        page=page, name=name, by_kind=by_kind, by_status=Counter(f.status for f in page.facts), table_rows=table_rows, body=render_text(text, page.facts, anchors), toc=toc, kinds=KINDS,
        labels=KIND_LABELS, plurals=PLURALS, shown=SHOWN, facts_json=[{"id": f.id, "kind": f.kind, "start": f.start, "end": f.end,
                                                      "quote": text[f.start:f.end], "fields": f.fields, "rule": f.rule}
                                                     for f in page.facts])
    counts = dict(Counter(f.kind for f in page.facts))
    return page_html, {"counts": counts, "has_gold": page.has_gold, "extra": page.extra, "missed": len(page.missed)}


PAGES_PER_TASK = 20  # fewest pages a worker process renders in one go (fewer: not worth sending)


def target_groups(path: Path) -> Iterator[dict]:
    """Each target's `indicator_canonical` and `indicator_group`, as the dataset stores them: the group
    written with the row when the table has the column (datasets since it was added), else (older
    datasets) the gazetteer's group of the canonical name, so a chart never mixes today's gazetteer
    into rows a later run did not rewrite."""
    if not Path(path).exists():
        return
    if "indicator_group" in pq.ParquetFile(path).schema_arrow.names:
        yield from columns(path, ["indicator_canonical", "indicator_group"])
        return
    groups = indicator_groups()
    for r in columns(path, ["indicator_canonical"]):
        name = r["indicator_canonical"]
        yield {"indicator_canonical": name, "indicator_group": groups.get(name) if name is not None else None}


def render_pages(out_dir: Path, folder: Path, pages: list[tuple[dict, str, str, dict | None]]) -> dict[str, dict]:
    """Render and write the pages of `pages` (document row, file name, page key, gold answers),
    in the order given, from the dataset version in `folder`; returns each page's manifest entry.
    Runs in the run's process or in one of its worker processes."""
    env = _env()
    tables = {k: TableRows(Path(folder) / f"{k}.parquet") for k in KINDS}
    entries = {}
    for doc, name, key, gold in pages:
        page_html, row = _render_page(env, Path(out_dir), tables, doc, name, gold)
        (Path(out_dir) / "review" / f"{doc['doc_id']}.html").write_text(page_html, encoding="utf-8")
        entries[doc["doc_id"]] = {"key": key, **row}
    return entries


def write_review(out_dir: str | Path, gold_dir: str | Path | None = None, force: bool = False, pool=None) -> Path:
    """Write the review pages for the dataset in `out_dir`; returns the index path.

    Incremental: a page is rendered again only when what it shows changed (the document's
    row, hence its content and pipeline version; its gold answers; the templates), or when
    its file is missing; `force` renders every page. Pages of documents no longer in the
    dataset are removed. The index is always rewritten, from the rows kept in
    `review/.pages.json` for the pages that did not change. Memory stays flat in the size
    of the dataset: facts are read a document at a time (`pipeline.rows`). With `pool` (an
    executor of worker processes: the run's), the pages are rendered there, a run of pages in
    reading order per task."""
    out_dir = Path(out_dir)
    folder = publish.version_dir(out_dir) or out_dir
    docs = dataset.load_table(folder, "documents")
    review = out_dir / "review"
    review.mkdir(parents=True, exist_ok=True)
    env = _env()
    gold = _gold_by_doc(Path(gold_dir) if gold_dir else None)
    templates = _templates_digest()
    previous = {} if force else _read_manifest(review)
    entries: dict[str, dict] = {}
    rows = [({k: _value(v) for k, v in doc.items()}) for doc in docs.to_dict("records")]
    todo: dict[str, tuple[dict, str, str]] = {}
    for doc in rows:
        name = Path(doc["source_path"]).name
        key = page_key(doc, gold.get(name), templates)
        entry = previous.get(doc["doc_id"])
        if entry and entry.get("key") == key and (review / f"{doc['doc_id']}.html").exists():
            entries[doc["doc_id"]] = entry
        else:
            todo[doc["doc_id"]] = (doc, name, key)
    paths = {k: folder / f"{k}.parquet" for k in KINDS}
    if todo:
        tables = {k: TableRows(paths[k]) for k in KINDS}
        pages = [(*todo[doc_id], gold.get(todo[doc_id][1])) for doc_id in reading_order(todo, list(tables.values()))]
        del tables
        if pool is None or len(pages) < 2 * PAGES_PER_TASK:
            entries.update(render_pages(out_dir, folder, pages))
        else:  # runs of pages in reading order: each task reads the row groups of its own documents
            step = max(PAGES_PER_TASK, -(-len(pages) // (4 * getattr(pool, "_max_workers", 2))))
            for done in [pool.submit(render_pages, out_dir, folder, pages[i:i + step]) for i in range(0, len(pages), step)]:
                entries.update(done.result())
    manifest = {doc["doc_id"]: entries[doc["doc_id"]] for doc in rows}  # in the documents' order
    index_rows = []
    for doc in rows:
        entry = manifest[doc["doc_id"]]
        index_rows.append({"doc": doc, "name": Path(doc["source_path"]).name, "counts": Counter(entry["counts"]),
                           "has_gold": entry["has_gold"], "extra": entry["extra"], "missed": entry["missed"]})
    for doc_id in set(previous) - set(manifest):  # documents pruned from the dataset
        (review / f"{doc_id}.html").unlink(missing_ok=True)
    by_group: Counter = Counter()
    uncanonical = 0
    for r in target_groups(paths["targets"]):
        if r["indicator_canonical"] is None:
            uncanonical += 1
        else:
            group = r["indicator_group"] or "khác"
            by_group[GROUP_LABELS.get(group, group)] += 1
    by_group["(chưa chuẩn hóa)"] = uncanonical
    provinces = Counter(_value(p) or "(không rõ)" for p in docs["province"]) if len(docs) else Counter()
    years = Counter(str(_value(d) or "")[:4] or "(không rõ)" for d in docs["issue_date"]) if len(docs) else Counter()
    totals = dataset.row_counts(out_dir)
    index = env.get_template("index.html.j2").render(
        rows=index_rows, kinds=KINDS, labels=KIND_LABELS, plurals=PLURALS,
        charts=[("Chỉ tiêu theo nhóm (targets per indicator group)", bar_chart(by_group.most_common(15))),
                ("Văn bản theo tỉnh (documents per province)", bar_chart(provinces.most_common(20))),
                ("Văn bản theo năm ban hành (documents per year)", bar_chart(sorted(years.items())))],
        graph=citation_graph(docs, columns(paths["legal_refs"], ["doc_id", "code", "resolved_doc_id"])),
        totals={k: totals[k] for k in KINDS},
        statuses=Counter(docs["status"]) if len(docs) else Counter())
    path = review / "index.html"
    path.write_text(index, encoding="utf-8")
    tmp = review / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    tmp.replace(review / MANIFEST)
    return path

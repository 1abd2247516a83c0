"""Score a dataset against gold answers, as EXTRACTION.md's "Quality" section says.

Items are matched per document, one to one:
- targets: same value (and value_max), same normalised unit, indicator names
  agreeing (token-set similarity ≥ 0.7 after lower-casing);
- deadlines: same date and date_end; for a date that does not exist or recurs,
  the same numbers in date_raw; one per distinct date or period (gold-format.md);
- bodies: same canonical name, once per document (collectives not counted);
- legal_refs: same code, or for a reference without a number the same doc_type
  and title (token-set similarity ≥ 0.7), once per document.
Precision, recall and F1 per table; attribute accuracy over matched items.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import regex
from rapidfuzz import fuzz

from pipeline import dataset

SIMILAR = 0.7
ATTRIBUTES = {
    "targets": ("year", "comparator"),
    "deadlines": ("precision", "kind"),
    "bodies": ("role",),
    "legal_refs": ("date", "issuer"),
}
DOCUMENT_FIELDS = ("title", "doc_number", "issue_date", "issuer", "province", "district", "period_start", "period_end", "signer")
ABBREVIATIONS = {"ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "mttq": "mặt trận tổ quốc", "uỷ": "ủy", "hoá": "hóa", "tình": "tỉnh"}
ROLE_RANK = {"lead": 4, "coordinate": 3, "assigned": 2, "requested": 1}


def is_missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or (not isinstance(v, (list, dict)) and pd.isna(v))


def similarity(a, b) -> float:
    """Token-set similarity in [0, 1] of two names, after lower-casing."""
    if is_missing(a) or is_missing(b):
        return 1.0 if is_missing(a) and is_missing(b) else 0.0
    return fuzz.token_set_ratio(normal_name(a), normal_name(b)) / 100.0


def normal_name(s: str) -> str:
    words = regex.findall(r"[\p{L}\d]+", str(s).lower())
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def normal_unit(u) -> str:
    if is_missing(u):
        return ""
    u = regex.sub(r"(?<![\d.,])0\d*\s*(?=\p{L})", "", str(u).lower())  # padding: "01 vạn dân" → "vạn dân"
    return regex.sub(r"\s+", " ", u.replace("²", "2")).strip()


def same_number(a, b) -> bool:
    if is_missing(a) or is_missing(b):
        return is_missing(a) and is_missing(b)
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def digits(s) -> tuple[int, ...]:
    return tuple(int(d) for d in regex.findall(r"\d+", "" if is_missing(s) else str(s)))


def _code(c) -> str | None:
    return None if is_missing(c) else "".join(str(c).split()).upper()


def match_score(table: str, gold: dict, pred: dict) -> float | None:
    """How well `pred` matches `gold` (None: not a match)."""
    if table == "targets":
        if not (same_number(gold.get("value"), pred.get("value")) and same_number(gold.get("value_max"), pred.get("value_max"))):
            return None
        if normal_unit(gold.get("unit")) != normal_unit(pred.get("unit")):
            return None
        s = similarity(gold.get("indicator"), pred.get("indicator"))
        return s if s >= SIMILAR else None
    if table == "deadlines":
        if is_missing(gold.get("date")) and not is_missing(gold.get("date_raw")):
            return 1.0 if is_missing(pred.get("date")) and digits(gold.get("date_raw")) == digits(pred.get("date_raw")) else None
        same = str(gold.get("date")) == str(pred.get("date")) and (
            is_missing(gold.get("date_end")) and is_missing(pred.get("date_end")) or str(gold.get("date_end")) == str(pred.get("date_end")))
        return 1.0 if same else None
    if table == "bodies":
        g = normal_name(gold.get("name_canonical") or gold.get("name"))
        p = normal_name(pred.get("name_canonical") or pred.get("name"))
        return 1.0 if g == p else None
    if table == "legal_refs":
        gc, pc = _code(gold.get("code")), _code(pred.get("code"))
        if gc or pc:
            return 1.0 if gc == pc else None
        if normal_name(gold.get("doc_type") or "") != normal_name(pred.get("doc_type") or ""):
            return None
        s = similarity(gold.get("title"), pred.get("title"))
        if is_missing(gold.get("title")) and is_missing(pred.get("title")):
            s = similarity(gold.get("issuer"), pred.get("issuer"))
        return s if s >= SIMILAR else None
    raise ValueError(table)


def dedupe(table: str, items: list[dict]) -> list[dict]:
    """Bodies, deadlines and references count once per document (bodies keep their strongest
    role; generic collectives are not named bodies and are not counted)."""
    if table == "bodies":
        best: dict[str, dict] = {}
        for it in items:
            if it.get("kind") == "collective":
                continue
            key = normal_name(it.get("name_canonical") or it.get("name"))
            if key not in best or ROLE_RANK.get(it.get("role"), 0) > ROLE_RANK.get(best[key].get("role"), 0):
                best[key] = it
        return list(best.values())
    if table in ("legal_refs", "deadlines"):
        out: list[dict] = []
        for it in items:
            if not any(match_score(table, o, it) is not None for o in out):
                out.append(it)
        return out
    return items


def attribute_agrees(table: str, name: str, gold: dict, pred: dict) -> bool:
    g, p = gold.get(name), pred.get(name)
    if name == "issuer":
        return similarity(g, p) >= 0.85
    if name == "year":
        return (is_missing(g) and is_missing(p)) or (not is_missing(g) and not is_missing(p) and int(g) == int(p))
    if name == "comparator":
        g = "eq" if is_missing(g) else g
        p = "eq" if is_missing(p) else p
    if is_missing(g) and is_missing(p):
        return True
    return str(g) == str(p)


def match(table: str, gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one greedy matching, best pairs first: (pairs, missed gold, extra predictions)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = match_score(table, g, p)
            if s is not None:
                candidates.append((-s, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _s, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold[gi], pred[pi]))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    extra = [p for i, p in enumerate(pred) if i not in used_p]
    return pairs, missed, extra


@dataclass
class TableScore:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [agree, total]

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "attributes": {k: {"accuracy": round(a / n, 4) if n else None, "n": n} for k, (a, n) in self.attributes.items()},
        }


def _records(df: pd.DataFrame) -> list[dict]:
    return [{k: (None if is_missing(v) else v) for k, v in row.items()} for row in df.to_dict("records")]


def load_gold(gold_dir: Path) -> list[dict]:
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no gold files (*.json) in {gold_dir}")
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def evaluate(gold_dir: Path | None, out_dir: Path, marks: list[Path] = ()) -> dict:
    """Scores per table, per document, and the misses and extras of each document.
    `marks` are reviewer marks exported from the review pages, read as extra gold."""
    tables = dataset.load(Path(out_dir))
    docs = tables["documents"]
    by_name = {Path(p).name: d for p, d in zip(docs["source_path"], docs["doc_id"])}
    totals = {t: TableScore() for t in ATTRIBUTES}
    doc_fields = {f: [0, 0] for f in DOCUMENT_FIELDS}
    per_doc: dict[str, dict] = {}
    details: dict[str, dict] = {}
    golds = load_gold(gold_dir) if gold_dir else []
    if marks:
        from pipeline.marks import merge_marks, read_marks

        golds = merge_marks(golds, [m for path in marks for m in read_marks(path)])
    if not golds:
        raise FileNotFoundError("no gold answers: give a gold folder or review marks")
    for gold in golds:
        name = gold["doc"]
        doc_id = by_name.get(name)
        per_doc[name] = {}
        details[name] = {}
        if doc_id is not None and gold.get("document"):
            row = _records(docs[docs["doc_id"] == doc_id])[0]
            for f in DOCUMENT_FIELDS:
                if f in gold["document"]:
                    g, p = gold["document"][f], row.get(f)
                    ok = similarity(g, p) >= 0.85 if f in ("title", "issuer", "signer") else str(g) == str(p) if not (is_missing(g) and is_missing(p)) else True
                    doc_fields[f][0] += int(ok)
                    doc_fields[f][1] += 1
        for table in ATTRIBUTES:
            pred = _records(tables[table][tables[table]["doc_id"] == doc_id]) if doc_id is not None else []
            gold_items = dedupe(table, gold.get(table, []))
            pred_items = dedupe(table, pred)
            pairs, missed, extra = match(table, gold_items, pred_items)
            score = TableScore(len(gold_items), len(pred_items), len(pairs))
            for attr in ATTRIBUTES[table]:
                agree = sum(attribute_agrees(table, attr, g, p) for g, p in pairs if attr in g)
                total = sum(1 for g, _ in pairs if attr in g)
                score.attributes[attr] = [agree, total]
                t = totals[table].attributes.setdefault(attr, [0, 0])
                t[0] += agree
                t[1] += total
            totals[table].gold += score.gold
            totals[table].predicted += score.predicted
            totals[table].matched += score.matched
            per_doc[name][table] = score.as_dict()
            details[name][table] = {
                "missed": [{k: g.get(k) for k in ("code", "doc_type", "title", "indicator", "value", "unit", "date", "date_raw", "name", "quote") if g.get(k) is not None} for g in missed],
                "extra": [{k: p.get(k) for k in ("code", "doc_type", "title", "indicator", "value", "unit", "date", "date_raw", "name", "text", "rule") if p.get(k) is not None} for p in extra],
            }
    return {
        "tables": {t: s.as_dict() for t, s in totals.items()},
        "documents": {f: {"accuracy": round(a / n, 4) if n else None, "n": n} for f, (a, n) in doc_fields.items()},
        "per_document": per_doc,
        "details": details,
    }

"""Score a dataset against gold answers, exactly as the reference scorer does.

The matching is a copy of shared/spec/score.py (the project's reference scorer; not part
of this package, so not imported): `kehoach eval` must give the same figures. Items are
matched per document, one to one, gold items in their order, each taking the first best
unused prediction:
- targets: same value and value_max and normalised unit (or the same fraction
  numerator/denominator), indicator token overlap ≥ 0.6 of the shorter name (two shared
  tokens at least when both have two);
- deadlines: one per distinct key: (date, date_end), or for a date that does not exist,
  recurs or is relative, its recurrence and the numbers in date_raw;
- bodies: one per distinct canonical name (collectives not counted); a body is known by its
  written and its canonical name, after abbreviations are spelled out, and matches on either;
- legal_refs: one per cited document: same normalised code, or for a reference without a
  number the same doc_type and a title holding 0.6 of the gold title's words.
Precision, recall and F1 per table; attribute accuracy over matched items (targets: year,
comparator; legal_refs: date, issuer, as the scorer; plus eval's own: deadlines precision and
kind, bodies role), document-field accuracy, and the misses and extras of each document.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import regex
from rapidfuzz import fuzz

from pipeline import dataset

ATTRIBUTES = {
    "targets": ("year", "comparator"),
    "deadlines": ("precision", "kind"),
    "bodies": ("role",),
    "legal_refs": ("date", "issuer"),
}
# the attributes the reference scorer reports (the others are eval's own)
SCORER_ATTRIBUTES = {"targets": ("year", "comparator"), "legal_refs": ("date", "issuer")}
DOCUMENT_FIELDS = ("title", "doc_number", "issue_date", "issuer", "province", "district", "period_start", "period_end", "signer")
ROLE_RANK = {"lead": 4, "coordinate": 3, "assigned": 2, "requested": 1}
TARGET_SIMILAR = 0.6      # score.py match_targets
REF_TITLE_SHARE = 0.6     # score.py legal refs: share of the gold title's words
ISSUER_SIMILAR = 0.8      # score.py legal_refs.issuer


def is_missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA or (not isinstance(v, (list, dict, tuple, set)) and pd.isna(v))


# ---- copied from shared/spec/score.py (keep in step with it) -------------------------------

def nfc(s) -> str:
    """score.py nfc: text in NFC, "" for a missing value."""
    if is_missing(s):
        return ""
    return unicodedata.normalize("NFC", str(s))


def tokens(s) -> set:
    return set(re.findall(r"\w+", nfc(s).lower()))


def sim(a, b) -> float:
    """score.py sim: shared tokens over the shorter name's; two names of two words or more
    must share two."""
    A, B = tokens(a), tokens(b)
    if not A or not B:
        return 0.0
    inter = len(A & B)
    if min(len(A), len(B)) >= 2 and inter < 2:
        return 0.0
    return inter / min(len(A), len(B))


UNIT_ALIASES = [
    (r"\bm2\b", "m²"), (r"\bkm2\b", "km²"), (r"\bm3\b", "m³"), (r"\btỉ\b", "tỷ"), (r"\bngàn\b", "nghìn"),
    (r"\b(đô la mỹ|đô la|usd)\b(\s*\(usd\))?", "usd"), (r"\bsỹ\b", "sĩ"), (r"\bhecta\b", "ha"),
]


def norm_unit(u) -> str:
    """score.py norm_unit: units compare after spelling is unified."""
    u = nfc(u).lower().strip().rstrip(".;,")
    u = re.sub(r"\b0*1\s+(vạn|nghìn|ngàn)", r"\1", u)
    for pat, rep in UNIT_ALIASES:
        u = re.sub(pat, rep, u)
    u = re.sub(r"\s*/\s*", "/", u)
    u = re.sub(r"\s+", " ", u)
    return u


def num(x):
    try:
        f = float(x)
        return None if math.isnan(f) else f
    except (TypeError, ValueError):
        return None


def same_num(a, b) -> bool:
    a, b = num(a), num(b)
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


BODY_ABBREVIATIONS = [
    (r"\bubnd\b", "ủy ban nhân dân"), (r"\bhđnd\b", "hội đồng nhân dân"),
    (r"\bmttqvn\b", "mặt trận tổ quốc việt nam"),
    (r"\bmttq\b", "mặt trận tổ quốc"), (r"\bhđtđkt\b", "hội đồng thi đua khen thưởng"),
    (r"\btt\b", "thường trực"), (r"\bvh\b", "văn hóa"),
]


def norm_body(s) -> str:
    """score.py norm_body."""
    s = nfc(s).lower()
    s = s.replace("uỷ", "ủy").replace("hoá", "hóa").replace("thuỷ", "thủy")
    for pat, rep in BODY_ABBREVIATIONS:
        s = re.sub(pat, rep, s)
    s = re.sub(r"\bviệt nam\b", "", s) if "mặt trận" in s else s
    s = re.sub(r"[^\w]+", " ", s)
    s = re.sub(r"^(các|đề nghị|giao)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def norm_code(c) -> str:
    """score.py norm_code: upper-case, spaces removed, a leading "Số:" dropped."""
    c = nfc(c).upper().replace(" ", "")
    return re.sub(r"^SỐ:?", "", c)


def deadline_key(d) -> tuple:
    """score.py deadline_key."""
    date = nfc(d.get("date"))
    if date:
        return (date, nfc(d.get("date_end")))
    # a date that does not exist, recurs or is relative: its recurrence and the numbers it states
    return ("raw", nfc(d.get("recurrence")).lower(),
            tuple(int(x) for x in re.findall(r"\d+", nfc(d.get("date_raw")))))


def ref_key(r) -> tuple:
    """score.py ref_key."""
    code = nfc(r.get("code"))
    if code:
        return ("code", norm_code(code))
    return ("title", nfc(r.get("doc_type")).lower(), frozenset(tokens(r.get("title") or r.get("subject") or r.get("text"))))


def body_keys(b) -> set:
    """A body's keys: its written and its canonical name, normalised (score.py)."""
    return {norm_body(b.get("name")), norm_body(b.get("name_canonical"))} - {""}


def body_main(b) -> str:
    return norm_body(b.get("name_canonical")) or norm_body(b.get("name"))

# ---- end of the copy ----------------------------------------------------------------------


def similarity(a, b) -> float:
    """Token-set similarity in [0, 1] of two names (document fields only; not the scorer's)."""
    if is_missing(a) or is_missing(b):
        return 1.0 if is_missing(a) and is_missing(b) else 0.0
    return fuzz.token_set_ratio(" ".join(regex.findall(r"[\p{L}\d]+", nfc(a).lower())),
                                " ".join(regex.findall(r"[\p{L}\d]+", nfc(b).lower()))) / 100.0


def match_score(table: str, gold: dict, pred: dict) -> float | None:
    """How well `pred` matches `gold` (None: not a match), as score.py decides."""
    if table == "targets":
        same_value = (same_num(gold.get("value"), pred.get("value"))
                      and same_num(gold.get("value_max"), pred.get("value_max"))
                      and norm_unit(gold.get("unit")) == norm_unit(pred.get("unit")))
        # "36/40 trường, đạt 90%" may be recorded by its count or its share
        same_fraction = (num(gold.get("denominator")) is not None
                         and same_num(gold.get("numerator"), pred.get("numerator"))
                         and same_num(gold.get("denominator"), pred.get("denominator")))
        if not (same_value or same_fraction):
            return None
        s = sim(gold.get("indicator"), pred.get("indicator"))
        return s if s >= TARGET_SIMILAR and s > 0 else None
    if table == "deadlines":
        return 1.0 if deadline_key(gold) == deadline_key(pred) else None
    if table == "bodies":
        g = gold.get("_keys") or body_keys(gold)
        p = pred.get("_keys") or body_keys(pred)
        return 1.0 if g & p else None
    if table == "legal_refs":
        gk, pk = ref_key(gold), ref_key(pred)
        if gk[0] == "code":
            return 1.0 if gk == pk else None
        if pk[0] != "title" or pk[1] != gk[1]:
            return None
        if gk[2] and len(gk[2] & pk[2]) / len(gk[2]) < REF_TITLE_SHARE:
            return None
        return 1.0
    raise ValueError(table)


def dedupe(table: str, items: list[dict], gold: bool = False) -> list[dict]:
    """The items as score.py counts them: bodies once per canonical name (predicted
    collectives are not named bodies), with the keys of all their rows and their strongest
    role; deadlines once per key; references once per key (a prediction keeps its first row,
    or a later one that has the date the first lacks; gold keeps its last); targets as they are."""
    if table == "bodies":
        best: dict[str, dict] = {}
        for it in items:
            if not gold and str(it.get("kind")) == "collective":
                continue
            keys = body_keys(it)
            if not keys and not gold:
                continue
            main = body_main(it)
            if main not in best:
                best[main] = {**it, "_keys": set(keys)}
            else:
                kept = best[main]
                kept["_keys"] |= keys
                if ROLE_RANK.get(it.get("role"), 0) > ROLE_RANK.get(kept.get("role"), 0):
                    best[main] = {**it, "_keys": kept["_keys"]}
        return list(best.values())
    if table == "deadlines":
        seen: dict[tuple, dict] = {}
        for it in items:
            seen.setdefault(deadline_key(it), it)
        return list(seen.values())
    if table == "legal_refs":
        refs: dict[tuple, dict] = {}
        for it in items:
            k = ref_key(it)
            if gold or k not in refs or (not nfc(refs[k].get("date")) and nfc(it.get("date"))):
                refs[k] = it
        return list(refs.values())
    return items


def attribute_agrees(table: str, name: str, gold: dict, pred: dict) -> bool:
    g, p = gold.get(name), pred.get(name)
    if table == "legal_refs" and name == "date":   # score.py
        return nfc(p)[:10] == g
    if table == "legal_refs" and name == "issuer":  # score.py
        return sim(p, g) >= ISSUER_SIMILAR
    if name == "year":                               # score.py
        return num(p) == num(g)
    if name == "comparator":                         # score.py
        return nfc(p or "eq") == nfc(g or "eq")
    if is_missing(g) and is_missing(p):
        return True
    return str(g) == str(p)


def attribute_counts(table: str, name: str, gold: dict) -> bool:
    """Whether a matched pair is counted for an attribute: score.py counts a reference's date
    and issuer and a target's year where gold has them, a target's comparator always."""
    if table == "targets" and name == "comparator":
        return True
    if table in SCORER_ATTRIBUTES:
        return not is_missing(gold.get(name)) and gold.get(name) != ""
    return name in gold


def match(table: str, gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """One-to-one matching as score.py: gold items in order, each taking the unused prediction
    that matches best (the first of equals). Returns (pairs, missed gold, extra predictions)."""
    used_p, used_g, pairs = set(), set(), []
    for gi, g in enumerate(gold):
        best, bj = 0.0, None
        for pi, p in enumerate(pred):
            if pi in used_p:
                continue
            s = match_score(table, g, p)
            if s is not None and s > best:
                best, bj = s, pi
        if bj is not None:
            used_p.add(bj)
            used_g.add(gi)
            pairs.append((g, pred[bj]))
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
            gold_items = dedupe(table, gold.get(table, []), gold=True)
            pred_items = dedupe(table, pred)
            pairs, missed, extra = match(table, gold_items, pred_items)
            score = TableScore(len(gold_items), len(pred_items), len(pairs))
            for attr in ATTRIBUTES[table]:
                counted = [(g, p) for g, p in pairs if attribute_counts(table, attr, g)]
                agree = sum(attribute_agrees(table, attr, g, p) for g, p in counted)
                total = len(counted)
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

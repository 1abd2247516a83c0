"""`extract_legal_refs(text) -> list[LegalRef]`: every reference to another document.

Pure: no I/O beyond the vocabulary loaded once by `patterns`, no global state.
Each rule is a named function; its name is stored on the facts it made.
"""
from __future__ import annotations

import datetime as dt
import functools

import regex

from extractors.legal_refs import patterns as P
from pipeline.closing import skip_spans
from pipeline.model import LegalRef

WINDOW = 400  # how far around a code the clause that cites it is looked for


def iso_date(day: str, month: str, year: str) -> str | None:
    """ISO date, or None for a date that does not exist ("31/6/2021")."""
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = regex.sub(r"\s+", " ", s).strip(" ,;:-–")
    return s or None


def _symbol_issuer(symbol: str | None) -> str | None:
    """The issuer a symbol names unambiguously: "NQ-CP" → Chính phủ, "16/2021/QH15" → Quốc hội khóa XV."""
    if not symbol:
        return None
    last = regex.split(r"[-/]", symbol)[-1]
    m = regex.fullmatch(r"(QH|UBTVQH)(\d{1,2})", last)
    if m:
        return f"{P.ISSUERS[m.group(1)]} khóa {_roman(int(m.group(2)))}"
    return P.ISSUERS.get(last)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _relation(text: str, start: int) -> str:
    line_start = max(text.rfind("\n", 0, start) + 1, start - WINDOW)
    return "basis" if P.BASIS_CUE.search(text[line_start:start]) else "mentions"


def _tail(text: str, end: int) -> tuple[int, dict]:
    """Date, issuer and subject that follow a citation's head; returns (new end, fields)."""
    fields: dict = {}

    def date_at(pos: int) -> int:
        m = P.DATE_AFTER.match(text[pos:pos + 80])
        if not m:
            return pos
        fields["date_raw"] = _clean(m.group("date"))
        fields["date"] = iso_date(m.group("day"), m.group("month"), m.group("year"))
        return pos + m.end()

    end = date_at(end)
    m = P.ISSUER_AFTER.match(text[end:end + 140])
    if m:
        fields["issuer"] = _clean(m.group("issuer"))
        end += m.end()
        if "date" not in fields:  # "… của Bộ Chính trị ngày 28/01/2022"
            end = date_at(end)
    m = P.SUBJECT_AFTER.match(text[end:end + 600])
    if m:
        subject = _clean(m.group("subject"))
        fields["subject"] = subject
        fields["subject_span"] = (end + m.start("subject"), end + m.end("subject"))
    return end, fields


def rule_number_symbol(text: str) -> list[tuple[LegalRef, tuple[int, int] | None]]:
    """A citation by number-symbol, with the type word, date, issuer and subject around it."""
    found = []
    for m in P.CODE_RE.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        head = P.TYPE_BEFORE.search(before)
        word = head.group("doc_type") if head else None
        if m.group("party_type"):
            type_abbrev, symbol = m.group("party_type"), f"{m.group('party_type')}/{m.group('party_issuer')}"
            code = f"{m.group('number')}-{symbol}"
        elif m.group("symbol"):
            symbol = m.group("symbol")
            type_abbrev = regex.split(r"[-/]", symbol)[0]
            code = f"{m.group('number')}/{m.group('year')}/{symbol}" if m.group("year") else f"{m.group('number')}/{symbol}"
        else:  # "65/2018": only a number and a year, so the type word must be there
            if not word:
                continue
            symbol, type_abbrev, code = None, None, f"{m.group('number')}/{m.group('year')}"
        doc_type = word or P.DOC_TYPES.get(type_abbrev or "")
        if doc_type is None and not (head and head.group("so")):
            continue  # "12/UBND-VX" with no type word and no "số": not clearly a document
        if P.OWN_NUMBER_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "Số: 74 /KH-UBND" in the header is the document's own number
        start = m.start() - (len(head.group()) if head and head.group().strip() else 0)
        end, fields = _tail(text, m.end())
        subject_span = fields.pop("subject_span", None)
        issuer = fields.pop("issuer", None)
        if issuer is None:
            line_start = text.rfind("\n", 0, m.start()) + 1
            header = P.LIST_HEADER.search(text[line_start:m.start()])
            issuer = _clean(header.group("issuer")) if header else _symbol_issuer(symbol)
        ref = LegalRef(
            start=start, end=end, text=text[start:end], doc_type=doc_type,
            number=m.group("number"), year_in_symbol=int(m.group("year")) if m.group("year") else None,
            symbol=symbol, code=code, issuer=issuer, relation=_relation(text, start),
            rule="rule_number_symbol", **fields,
        )
        found.append((ref, subject_span))
    return found


def rule_law_by_name(text: str) -> list[LegalRef]:
    """A law cited by its name: "Luật Thi đua, khen thưởng"."""
    out = []
    for m in P.LAW_BY_NAME.finditer(text):
        title = _clean(m.group("title"))
        out.append(LegalRef(m.start(), m.end("title"), m.group(), m.group("doc_type"), title=title,
                            relation=_relation(text, m.start()), rule="rule_law_by_name"))
    return out


def rule_congress_resolution(text: str) -> list[LegalRef]:
    """A Party congress resolution: "Nghị quyết Đại hội … lần thứ XIX, nhiệm kỳ 2020-2025"."""
    out = []
    for m in P.CONGRESS_RESOLUTION.finditer(text):
        out.append(LegalRef(m.start(), m.end(), m.group(), "Nghị quyết", title=_clean(m.group("title")),
                            issuer=_clean(m.group("issuer")), relation=_relation(text, m.start()),
                            rule="rule_congress_resolution"))
    return out


def rule_named_by_number(text: str) -> list[LegalRef]:
    """A scheme known by its number alone: "Đề án 06 của Chính phủ"."""
    out = []
    for m in P.NAMED_BY_NUMBER.finditer(text):
        end, fields = _tail(text, m.end())
        fields.pop("subject_span", None)
        fields.pop("subject", None)
        end = m.end() if "issuer" not in fields else end
        out.append(LegalRef(m.start(), end, text[m.start():end], m.group("doc_type"), number=m.group("number"),
                            title=m.group("number"), relation=_relation(text, m.start()),
                            rule="rule_named_by_number", **fields))
    return out


def rule_titled_unnumbered(text: str, cited_ends: list[int] = ()) -> list[LegalRef]:
    """A document cited by type and title or issuer, after a citing word or in a
    list of citations: "theo Kế hoạch của Bộ Nội vụ", "theo Quy định về tổ chức …
    của UBND huyện", "Nghị quyết 35/NQ-CP và Kế hoạch của UBND tỉnh về …"."""
    out = []
    for m in P.TITLED_UNNUMBERED.finditer(text):
        if m.group("doc_type") in ("Chương trình", "Dự án", "Chương trình hành động", "Báo cáo", "Tờ trình", "Thông báo"):
            continue  # programmes are things done, reports things to send: not documents cited
        if not (m.group("title") or m.group("issuer_first")):
            continue
        cued = P.CITING_CUE.search(text[max(0, m.start() - 40):m.start()])
        listed = any(0 <= m.start() - e <= 6 and P.LIST_CONTINUATION.match(text[e:m.start()]) for e in cited_ends)
        if not (cued or listed):
            continue
        if not m.group("title") and regex.match(r"\s*đề ra\b", text[m.end():]):
            continue  # "Nghị quyết của HĐND huyện đề ra": the targets, not a document
        title = _clean(m.group("title"))
        end = m.end()
        issuer = _clean(m.group("issuer_first"))
        if title:
            title = regex.sub(r"^về\s+(?:việc\s+)?", "", title)
        if issuer is None:
            tail = P.ISSUER_AFTER.match(text[end:end + 140])
            if tail:
                issuer = _clean(tail.group("issuer"))
                end += tail.end()
        out.append(LegalRef(m.start(), end, text[m.start():end], m.group("doc_type"), title=title, issuer=issuer,
                            subject=title if title and m.group("title").startswith("về") else None,
                            relation=_relation(text, m.start()), rule="rule_titled_unnumbered"))
    return out


def _similar(a: str, b: str) -> bool:
    ta, tb = set(regex.findall(r"\w+", a.lower())), set(regex.findall(r"\w+", b.lower()))
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.8


def extract_legal_refs(text: str) -> list[LegalRef]:
    """All references in `text`, in order of position."""
    return list(_references(text))


@functools.lru_cache(maxsize=2)  # the deadlines extractor asks again for the same text
def _references(text: str) -> tuple[LegalRef, ...]:
    numbered = rule_number_symbol(text)
    refs = [r for r, _ in numbered]
    covered = [(r.start, r.end) for r in refs]
    subjects = [span for _, span in numbered if span]
    numbered_subjects = [(r.doc_type, r.subject) for r in refs if r.subject]

    def free(ref: LegalRef) -> bool:
        if any(s < ref.end and ref.start < e for s, e in covered):
            return False
        if any(s <= ref.start and ref.end <= e for s, e in subjects):
            return False  # a document named inside another citation's subject
        if ref.title and any(t == ref.doc_type and _similar(ref.title, subj) for t, subj in numbered_subjects):
            return False  # the same document, cited by number elsewhere
        return True

    cited_ends = [r.end for r in refs]
    for rule in (rule_law_by_name, rule_congress_resolution, rule_named_by_number, rule_titled_unnumbered):
        found = rule(text, cited_ends) if rule is rule_titled_unnumbered else rule(text)
        for ref in found:
            if free(ref):
                refs.append(ref)
                covered.append((ref.start, ref.end))
    closing = skip_spans(text)  # recipients and signatures (pipeline.closing)
    return tuple(sorted((r for r in refs if not closing.touches(r.start, r.end)), key=lambda r: r.start))

"""`extract_legal_refs(text) -> list[LegalRef]`: every reference to another document.

Pure: no I/O beyond the vocabulary loaded once by `patterns`, no global state.
Each rule is a named function; its name is stored on the facts it made.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import replace

import regex

from extractors.legal_refs import patterns as P
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


def _issuer(s: str | None) -> str | None:
    """An issuer with its spelling unified ("Huyện uỷ" → "Huyện ủy", "Uỷ ban" → "Ủy ban")."""
    s = _clean(s)
    if s is None:
        return None
    for old, new in (("uỷ", "ủy"), ("Uỷ", "Ủy"), ("UỶ", "ỦY"), ("hoá", "hóa"), ("thuỷ", "thủy")):
        s = s.replace(old, new)
    return s


def _symbol_issuer(symbol: str | None) -> str | None:
    """The issuer a symbol names unambiguously: "NQ-CP" → Chính phủ, "16/2021/QH15" → Quốc hội khóa XV;
    a letter's symbol opens with its issuer ("8935/BNV-CTTN" → Bộ Nội vụ, "11033/STC-CSTH" → Sở Tài chính)."""
    if not symbol:
        return None
    parts = regex.split(r"[-/]", symbol)
    if parts[0] not in P.DOC_TYPES and len(parts) > 1:  # no type abbreviation: a letter (NĐ 30/2020)
        first = _agency(parts[0])
        if first:
            return first
    last = next((_canonical_abbrev(p) for p in reversed(parts)), parts[-1])
    m = regex.fullmatch(r"(QH|UBTVQH)(\d{1,2})", last)
    if m:
        return f"{P.ISSUERS[m.group(1)]} khóa {_roman(int(m.group(2)))}"
    return P.ISSUERS.get(last) or _agency(last)


def _canonical_abbrev(part: str) -> str:
    """"TTG" in an upper-case heading is "TTg"."""
    return next((k for k in P.ISSUERS if k.upper() == part.upper()), part)


def _agency(part: str, departments: bool = True) -> str | None:
    """A ministry by its abbreviation, or a provincial department (Sở) by the abbreviation of its
    ministry's sector: "SKHCN" → Sở Khoa học và Công nghệ (Sở + BKHCN's sector)."""
    part = _canonical_abbrev(part)
    if part in P.ISSUERS:
        return P.ISSUERS[part]
    if departments and part.startswith("S") and ("B" + part[1:]) in P.ISSUERS and P.ISSUERS["B" + part[1:]].startswith("Bộ "):
        return "Sở " + P.ISSUERS["B" + part[1:]][len("Bộ "):]
    return None


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
        fields["issuer"] = _issuer(m.group("issuer"))
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
            symbol = "".join(m.group("symbol").split())  # "KH- UBND" → "KH-UBND"
            type_abbrev = regex.split(r"[-/]", symbol)[0]
            code = f"{m.group('number')}/{m.group('year')}/{symbol}" if m.group("year") else f"{m.group('number')}/{symbol}"
        else:  # "65/2018": only a number and a year, so the type word must be there
            if not word:
                continue
            symbol, type_abbrev, code = None, None, f"{m.group('number')}/{m.group('year')}"
        doc_type = word or P.DOC_TYPES.get(type_abbrev or "")
        if doc_type is None and not (head and head.group("so")):
            continue  # "12/UBND-VX" with no type word and no "số": not clearly a document
        start = m.start() - (len(head.group()) if head and head.group().strip() else 0)
        end, fields = _tail(text, m.end())
        subject_span = fields.pop("subject_span", None)
        issuer = fields.pop("issuer", None)
        if issuer is None:
            line_start = text.rfind("\n", 0, m.start()) + 1
            header = P.LIST_HEADER.search(text[line_start:m.start()])
            issuer = _issuer(header.group("issuer")) if header else _symbol_issuer(symbol)
        ref = LegalRef(
            start=start, end=end, text=text[start:end], doc_type=doc_type,
            number=m.group("number"), year_in_symbol=int(m.group("year")) if m.group("year") else None,
            symbol=symbol, code=code, issuer=issuer, relation=_relation(text, start),
            rule="rule_number_symbol", **fields,
        )
        found.append((ref, subject_span, m.start()))
    return found


def own_codes(text: str, numbered) -> set[str]:
    """The codes of the document itself: its header number ("Số: 74/KH-UBND"), its own heading
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU") and the document an appendix caption names
    ("(Kèm theo Kế hoạch số 157/KH-UBND …)", the decision that issues an attached plan)."""
    own, captions = set(), []
    for ref, _span, code_start in numbered:
        before = text[max(0, code_start - 80):code_start]
        if P.OWN_NUMBER_BEFORE.search(before) or P.OWN_HEADING_BEFORE.search(before):
            own.add(_code_key(ref.code))
        elif P.OWN_CAPTION_BEFORE.search(before):
            captions.append(ref)
    header = {_code_key(m.group("symbol")) for m in P.HEADER_SYMBOL.finditer(text[:2000])}
    for ref in captions:
        # a caption names this document or its parent, unless the header says this document is
        # another one ("Số: /KH-SCT … (Ban hành kèm theo Nghị quyết số 35-NQ/TU)" names the
        # resolution that issued the scheme this plan carries out)
        if not header or _code_key(ref.code) in own or _code_key(ref.symbol) in header:
            own.add(_code_key(ref.code))
    return own


def _code_key(code: str | None) -> str:
    return "".join((code or "").split()).upper()


def _date_after(text: str, end: int) -> tuple[int, dict]:
    m = P.DATE_AFTER.match(text[end:end + 80])
    if not m:
        return end, {}
    return end + m.end(), {"date_raw": _clean(m.group("date")), "date": iso_date(m.group("day"), m.group("month"), m.group("year"))}


def rule_law_by_name(text: str) -> list[LegalRef]:
    """A law cited by its name, with its date when one follows: "Luật Thi đua, khen thưởng",
    "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025"."""
    out = []
    for m in P.LAW_BY_NAME.finditer(text):
        title = _clean(m.group("title"))
        if title == "Việt Nam":
            continue  # "pháp Luật Việt Nam": the country's law, not one law
        end, fields = _date_after(text, m.end("title"))
        year = P.LAW_YEAR_AFTER.match(text[end:end + 20]) if not fields else None
        if year:  # "Luật Giáo dục năm 2019": known to the year
            fields = {"date": year.group("year"), "date_raw": _clean(year.group())}
            end += year.end()
        out.append(LegalRef(m.start(), end, text[m.start():end], m.group("doc_type"), title=title,
                            relation=_relation(text, m.start()), rule="rule_law_by_name", **fields))
    return out


def rule_standard(text: str) -> list[LegalRef]:
    """A national standard or technical regulation by its code: "TCVN 10299:2025",
    "QCVN 06:2022/BXD" (issuer from the code's last part)."""
    out = []
    for m in P.STANDARD.finditer(text):
        code = regex.sub(r"\s+", " ", m.group())
        code = regex.sub(r"\s*([:/])\s*", r"\1", code)
        out.append(LegalRef(m.start(), m.end(), m.group(), P.STANDARD_TYPES[m.group("kind")], number=m.group("number"),
                            year_in_symbol=int(m.group("year")), symbol=m.group("kind"), code=code,
                            issuer=_symbol_issuer(m.group("issuer")) if m.group("issuer") else None,
                            relation=_relation(text, m.start()), rule="rule_standard"))
    return out


def rule_amending_law(text: str) -> list[LegalRef]:
    """An amending law is one reference: "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch,
    Luật Đầu tư … và Luật Đấu thầu ngày 29 tháng 11 năm 2024". A number after the one law it
    amends is its own ("… của Luật Xây dựng số 62/2020/QH14"); numbers after each of several
    laws are theirs."""
    out = []
    for m in P.AMENDING_LAW.finditer(text):
        codes = [c.group("code") for c in P.LAW_ITEM_CODE.finditer(m.group("laws"))]
        n_laws = len(regex.findall(r"(?:^|,\s*|\s+và\s+)(?:Bộ luật|Luật|Pháp lệnh)\s", m.group("laws")))
        end, fields = _date_after(text, m.end())
        # one number closing the list is the amending law's own ("… của Luật Cán bộ, công chức
        # và Luật Viên chức số 52/2019/QH14"); a number after each law is that law's
        code = codes[0] if len(codes) == 1 and (n_laws == 1 or m.group("laws").rstrip().endswith(codes[0])) else None
        title = _clean(m.group("title"))
        if code:
            title = _clean(title[:title.rfind(" số ")] if " số " in title else title)
            number, year, symbol = code.split("/")
            fields.update(code=code, number=number, year_in_symbol=int(year), symbol=symbol, issuer=_symbol_issuer(symbol))
        out.append(LegalRef(m.start(), end, text[m.start():end], "Luật", title=title,
                            relation=_relation(text, m.start()), rule="rule_amending_law", **fields))
    return out


def _alias(text: str, doc_type: str, title: str) -> bool:
    """Whether the title opens with a short name the text defines: "… (Chương trình MTQG)"."""
    first = title.split()[0]
    return first.isupper() and len(first) >= 3 and f"({doc_type} {first})" in text


def rule_named_document(text: str) -> list[LegalRef]:
    """A strategy, master plan, national programme, scheme or the Constitution cited by its name,
    after a citing word or in a list of citations: "thực hiện thắng lợi Chiến lược phát triển kinh
    tế - xã hội 10 năm 2021 - 2030", "phù hợp Quy hoạch không gian biển quốc gia …", "về Đề án
    “Tăng cường …”", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"."""
    out = []
    for m in P.NAMED_DOCUMENT.finditer(text):
        title = _clean(m.group("quoted") or m.group("title"))
        if regex.match(rf"(?:{P.DOC_TYPE})\b", title):
            continue  # "Khung Chương trình …": the type word belongs to the next name
        if not title or len(_words(title)) < 2 and not regex.search(r"\p{Lu}|\d", title):
            continue  # "Chương trình này", "Đề án đó": no name
        if m.group("doc_type") in P.ACTIVITY_TYPES and not (m.group("quoted") or P.PROPER_NAME.search(title)):
            continue  # "Triển khai Chương trình hỗ trợ doanh nghiệp …": an activity, not a named document
        if _alias(text, m.group("doc_type"), title):
            continue  # "Chương trình MTQG": the short name of a document named in full before
        cue = P.CITING_CUE.search(text[max(0, m.start() - 50):m.start()]) or P.LIST_BEFORE.search(text[max(0, m.start() - 160):m.start()])
        if not cue:
            continue
        end = m.end()
        out.append(LegalRef(m.start(), end, text[m.start():end], m.group("doc_type"), title=title,
                            relation=_relation(text, m.start()), rule="rule_named_document"))
    return out


def rule_congress_resolution(text: str) -> list[LegalRef]:
    """A Party congress resolution: "Nghị quyết Đại hội … lần thứ XIX, nhiệm kỳ 2020-2025"."""
    out = []
    for m in P.CONGRESS_RESOLUTION.finditer(text):
        out.append(LegalRef(m.start(), m.end(), m.group(), "Nghị quyết", title=_clean(m.group("title")),
                            issuer=_issuer(m.group("issuer")), relation=_relation(text, m.start()),
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
        out.append(LegalRef(m.start(), end, text[m.start():end], "Đề án", number=m.group("number"),
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
        issuer = _issuer(m.group("issuer_first"))
        if title:
            title = regex.sub(r"^về\s+(?:việc\s+)?", "", title)
        if issuer is None:
            tail = P.ISSUER_AFTER.match(text[end:end + 140])
            if tail:
                issuer = _issuer(tail.group("issuer"))
                end += tail.end()
        out.append(LegalRef(m.start(), end, text[m.start():end], m.group("doc_type"), title=title, issuer=issuer,
                            subject=title if title and m.group("title").startswith("về") else None,
                            relation=_relation(text, m.start()), rule="rule_titled_unnumbered"))
    return out


def _approved_in(ref: LegalRef, subject: str) -> bool:
    """Whether a subject approves or issues the document named by `ref` ("Nghị quyết số
    163/2024/QH15 … phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma
    túy đến năm 2030" is how that programme is cited)."""
    for m in regex.finditer(rf"{P.APPROVING}[^;]*?\b{regex.escape(ref.doc_type)}\s+(?P<name>[^;]+)", subject, regex.IGNORECASE):
        if _covers(m.group("name"), ref.title):
            return True
    return False


def _covers(name: str, title: str) -> bool:
    words, title_words = set(_words(name)), set(_words(title))
    return bool(title_words) and len(words & title_words) / len(title_words) >= 0.8


def _similar(a: str, b: str) -> bool:
    ta, tb = set(regex.findall(r"\w+", a.lower())), set(regex.findall(r"\w+", b.lower()))
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.8


def extract_legal_refs(text: str) -> list[LegalRef]:
    """All references in `text`, in order of position."""
    return list(_references(text))


def _references(text: str) -> tuple[LegalRef, ...]:
    return tuple(r for r, cited in _mentions(text) if cited)


def reference_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every mention of a document, cited or not (the document's own number, documents
    still to be drafted): their numbers and dates are neither targets nor deadlines."""
    return [(r.start, r.end) for r, _ in _mentions(text)]


def _same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _words(a) == _words(b)


def _words(s: str) -> tuple[str, ...]:
    return tuple(regex.findall(r"\w+", s.lower()))


@functools.lru_cache(maxsize=2)
def _mentions(text: str) -> tuple[tuple[LegalRef, bool], ...]:
    """Every mention of a document, with whether it is a reference (False: the document itself,
    or a document still to be drafted)."""
    numbered = rule_number_symbol(text)
    own = own_codes(text, numbered)
    amending = rule_amending_law(text)
    inside_amending = [(a.start, a.end) for a in amending]
    refs, not_cited = [], []
    for r, _span, code_start in numbered:
        if any(s <= code_start < e for s, e in inside_amending):
            continue  # a law an amending law amends, or the amending law's own number (kept on it)
        (not_cited if _code_key(r.code) in own else refs).append(r)
    refs += amending + rule_standard(text)
    covered = [(r.start, r.end) for r in refs + not_cited]
    subjects = [span for _, span, _ in numbered if span]
    subject_ends = {id(r): span[1] for r, span, _ in numbered if span}
    numbered_subjects = [(r.doc_type, r.subject) for r in refs if r.subject]

    def free(ref: LegalRef) -> bool:
        if any(s < ref.end and ref.start < e for s, e in covered):
            return False
        if any(s <= ref.start and ref.end <= e for s, e in subjects):
            return False  # a document named inside another citation's subject
        if ref.title and any(t == ref.doc_type and _similar(ref.title, subj) for t, subj in numbered_subjects):
            return False  # the same document, cited by number elsewhere
        if ref.title and any(_approved_in(ref, subj) for _, subj in numbered_subjects):
            return False  # what a cited document approves or issues is known by that document
        return True

    cited_ends = [r.end for r in refs]
    unnumbered: list[LegalRef] = []
    for rule in (rule_law_by_name, rule_congress_resolution, rule_named_by_number, rule_named_document, rule_titled_unnumbered):
        found = rule(text, cited_ends) if rule is rule_titled_unnumbered else rule(text)
        for ref in found:
            merged = _number_after(text, ref, refs)
            if merged is not None:  # "Luật Điện lực số 61/2024/QH15": one document, named and numbered
                refs[refs.index(merged)] = replace(
                    merged, start=ref.start, text=text[ref.start:merged.end], doc_type=ref.doc_type if ref.doc_type in P.BY_NAME_TYPES or not merged.doc_type else merged.doc_type,
                    title=ref.title, date=merged.date or ref.date, date_raw=merged.date_raw or ref.date_raw)
                covered.append((ref.start, ref.end))
                continue
            through = _through_citation(text, ref, refs, subject_ends)
            if through is None:  # issued with a cited document: that document is the reference
                not_cited.append(ref)
                covered.append((ref.start, ref.end))
                continue
            if through is not ref:  # "Kế hoạch triển khai thực hiện Chỉ thị số 36-CT/TW …"
                unnumbered.append(through)
                covered.append((ref.start, ref.end))
                continue
            if free(ref):
                unnumbered.append(ref)
                covered.append((ref.start, ref.end))
    drafted = _drafted(text, unnumbered)
    own_title = _own_title(text)
    for ref in unnumbered:
        if ref in drafted or _is_own_title(ref, own_title):
            not_cited.append(ref)
            continue
        # a named mention of a document also cited by number is that document
        same = next((r for r in refs if r.code and r.doc_type == ref.doc_type and _same_name(r.title, ref.title)), None)
        if same is not None:
            if ref.date and not same.date:
                refs[refs.index(same)] = replace(same, date=ref.date, date_raw=ref.date_raw)
            not_cited.append(ref)
            continue
        refs.append(ref)
    refs = _share_fields(refs)
    mentions = [(r, True) for r in refs] + [(r, False) for r in not_cited]
    return tuple(sorted(mentions, key=lambda m: m[0].start))


SHARED_FIELDS = ("doc_type", "date", "date_raw", "issuer", "title")


def _share_fields(refs: list[LegalRef]) -> list[LegalRef]:
    """Mentions of one numbered document say one thing: a field one mention leaves empty is taken
    from another ("QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025" in a heading, "Quyết định
    số 06/QĐ-TTg … của Thủ tướng Chính phủ" in the text)."""
    known: dict[str, dict] = {}
    for r in refs:
        if r.code:
            fields = known.setdefault(_code_key(r.code), {})
            for f in SHARED_FIELDS:
                if getattr(r, f) and f not in fields and not (f == "date_raw" and "date" in fields):
                    fields[f] = getattr(r, f)
    out = []
    for r in refs:
        fields = known.get(_code_key(r.code), {}) if r.code else {}
        missing = {f: v for f, v in fields.items() if not getattr(r, f) and (f != "date_raw" or not r.date)}
        out.append(replace(r, **missing) if missing else r)
    return out


def _number_after(text: str, ref: LegalRef, numbered: list[LegalRef]) -> LegalRef | None:
    """The numbered citation that directly follows a named one ("Luật Điện lực số 61/2024/QH15",
    "Kết luận liên ngành … số 23/KL-LNTPTW")."""
    for r in numbered:
        if (r.code and 0 <= r.start - ref.end <= 8 and regex.fullmatch(r"[\s,]*", text[ref.end:r.start]) and not r.title
                and regex.match(r"[Ss]ố\b|\d", r.text)):  # "…, Nghị định số …" is another document
            return r
    return None


def _drafted(text: str, refs: list[LegalRef]) -> set:
    """Documents still to be drafted ("xây dựng Kế hoạch … trình UBND tỉnh", "sớm ban hành
    Luật A, Luật B (sửa đổi)"): a drafting verb before the mention, or before the list it is in."""
    out = set()
    previous: LegalRef | None = None
    for ref in sorted(refs, key=lambda r: r.start):
        before = text[max(0, ref.start - 60):ref.start]
        clause = regex.split(r"[.;:\n]", before)[-1]
        listed = previous is not None and previous in out and regex.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[previous.end:ref.start])
        if P.DRAFTING_CUE.search(clause) or listed or P.REVISION_AFTER.match(text[ref.end:ref.end + 20]):
            out.add(ref)
        previous = ref
    return out


def _own_title(text: str) -> tuple[str, set[str]] | None:
    """The document's type and the words of its title, from its upper-case heading
    ("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG …")."""
    m = P.OWN_TITLE.search(text[:3000])
    if not m:
        return None
    doc_type = next((n for n in P.DOC_TYPE_NAMES if n.upper() == regex.sub(r"\s+", " ", m.group("type"))), None)
    return (doc_type, set(_words(m.group("title")))) if doc_type else None


def _is_own_title(ref: LegalRef, own: tuple[str, set[str]] | None) -> bool:
    """"Trên đây là Kế hoạch thực hiện Chỉ thị số 27/CT-TTg …" in that very plan names the plan itself."""
    if own is None or ref.doc_type != own[0] or not ref.title:
        return False
    words = set(_words(ref.title))
    return len(words) >= 2 and len(words & own[1]) / len(words) >= 0.8


def _through_citation(text: str, ref: LegalRef, numbered: list[LegalRef], subject_ends: dict) -> LegalRef | None:
    """A document named by the document it carries out: its title runs on through that citation
    and its subject ("Kế hoạch triển khai thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ
    Chính trị"). None for a document issued with the one cited ("… ban hành kèm theo Quyết định
    số 3103/QĐ-BTC")."""
    if not ref.title or ref.rule not in ("rule_titled_unnumbered", "rule_named_document"):
        return ref
    title_start = text.rfind(ref.title.split()[0], ref.start, ref.end)
    for r in numbered:
        code_at = text.find(r.code.split("/")[0], r.start) if r.code else -1
        if r.code and ref.start < r.start < ref.end <= code_at and regex.fullmatch(r"[^;.\n]*", text[ref.end:code_at]):
            if P.ATTACHED_TO.search(text[title_start:r.start]):
                return None
            end = max(r.end, subject_ends.get(id(r), r.end))
            return replace(ref, end=end, text=text[ref.start:end], title=_clean(text[title_start:end]))
    return ref

"""`extract_legal_refs(text) -> list[LegalRef]`: every reference to another document.

Pure: no I/O beyond the vocabulary loaded once by `patterns`, no global state.
Each rule (rules.py) is a named function; its name is stored on the facts it made. Which
mentions are one document, the document itself or a document still to be drafted is decided in
identity.py; the fields of a citation are read in fields.py.
"""
from __future__ import annotations

import functools
from dataclasses import replace

from extractors.legal_refs import patterns as P
from pipeline.closing import skip_spans
from extractors.legal_refs.fields import clean, code_key, iso_date, same_issuer, symbol_issuer, words  # noqa: F401 (iso_date: used by deadlines, metadata)
from extractors.legal_refs.identity import (approved_by_bare_head, approved_by_head, approved_in, core_words, drafted, in_own_caption, in_own_title_line, is_own_title, own_heading, issued_title, known_by_number, law_name_runs_on, number_after, one_title, own_codes, own_title,
                                            same_name, share_fields, similar, through_citation)
from extractors.legal_refs.rules import (rule_amending_law, rule_congress_resolution, rule_law_by_name, rule_named_by_number,
                                         rule_named_document, rule_number_symbol, rule_standard, rule_titled_unnumbered)
from pipeline.model import LegalRef


def extract_legal_refs(text: str) -> list[LegalRef]:
    """All references in `text`, in order of position."""
    return list(_references(text))


def _references(text: str) -> tuple[LegalRef, ...]:
    return tuple(r for r, cited in _mentions(text) if cited)


def reference_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every mention of a document, cited or not (the document's own number, documents
    still to be drafted): their numbers and dates are neither targets nor deadlines."""
    return [(r.start, r.end) for r, _ in _mentions(text)]


def cited_subject_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the subjects of the documents cited by number ("Quyết định số 02110/QĐ-UBND … về công bố tình huống
    khẩn cấp … đối với 40 xã, phường"): what another document is about, not what this one commits to."""
    numbered, own = _numbered(text)
    return [span for r, span, _ in numbered if span and code_key(r.code) not in own]


@functools.lru_cache(maxsize=2)
def _numbered(text: str) -> tuple[tuple[tuple[LegalRef, tuple[int, int] | None, int], ...], frozenset[str]]:
    """The citations by number-symbol and the codes among them that are the document's own, read once per text for
    the references and for the subjects the targets skip."""
    numbered = rule_number_symbol(text)
    return tuple(numbered), frozenset(own_codes(text, numbered))


@functools.lru_cache(maxsize=2)
def _mentions(text: str) -> tuple[tuple[LegalRef, bool], ...]:
    """Every mention of a document, with whether it is a reference (False: the document itself,
    or a document still to be drafted)."""
    numbered, own = _numbered(text)
    amending = rule_amending_law(text)
    inside_amending = [(a.start, a.end) for a in amending]
    refs, not_cited = [], []
    subjects = [span for r, span, _ in numbered if span and code_key(r.code) not in own]  # (the document's own subject, "Số:
    # 11583/VPCP-CN V/v triển khai Kết luận của …", names what it cites)
    subject_ends = {id(r): span[1] for r, span, _ in numbered if span}
    for r, _span, code_start in numbered:
        if any(s <= code_start < e for s, e in inside_amending):
            continue  # a law an amending law amends, or the amending law's own number (kept on it)
        if r.relation == "basis" and any(s <= r.start < e for s, e in subjects) \
                and not P.AMENDED_BY.search(text, max(0, r.start - 120), r.start):
            # what a basis is about is not itself the basis: "Căn cứ Kế hoạch số 328-KH/TU … về việc thực hiện Nghị quyết
            # số 57-NQ/TW" (the plan carries out the resolution, as the gold records it)
            r = replace(r, relation="mentions")
            if _span:
                subject_ends[id(r)] = _span[1]
        (not_cited if code_key(r.code) in own else refs).append(r)
    for a in amending:  # a bill ("dự án Luật sửa đổi, bổ sung …") is still to be passed
        # w21b: an amending law named without its number after (or before) it is cited with one ("Nghị định số 36/2019/NĐ-CP
        # … quy định chi tiết một số điều của Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao" beside "Luật sửa đổi,
        # … số 26/2018/QH14"): one document (EXTRACTION.md: a named and a numbered mention are one reference)
        named_again = not a.code and any(o is not a and o.code and o.doc_type == a.doc_type and same_name(o.title, a.title)
                                         for o in amending)
        (not_cited if named_again or P.BILL_BEFORE.search(text, max(0, a.start - 12), a.start) else refs).append(a)
    refs += rule_standard(text)
    covered = [(r.start, r.end) for r in refs + not_cited]
    subject_types = [(span[0], span[1], r.doc_type) for r, span, _ in numbered if span and code_key(r.code) not in own]
    # each subject with its words: a title shares words with a subject before the costlier tests are tried
    # (every title against every subject: the word sets keep that cheap in a long text)
    # (a subject that amends names other documents: "Luật số 56/2024/QH15 sửa đổi, bổ sung … của Luật Chứng khoán"
    # is not "Luật Chứng khoán" cited on its own)
    numbered_subjects = [(r.doc_type, r.subject, set(words(r.subject))) for r in refs if r.subject and not P.AMENDS.match(r.subject)]

    def free(ref: LegalRef) -> bool:
        if any(s < ref.end and ref.start < e for s, e in covered):
            return False
        inside = [(s, t) for s, e, t in subject_types if s <= ref.start and ref.end <= e]
        if any(approved_in(ref, text[s:ref.end]) or t == "Nghị quyết" and P.RESOLVED_ON.fullmatch(text, s, ref.start) for s, t in inside) \
                or inside and ref.doc_type not in P.SUBJECT_NAMED_TYPES:
            return False  # what the citing document approves or issues is known by it ("Quyết định số 553/QĐ-TTg … phê duyệt
            # Đề án “…”"); a scheme, strategy or programme it is only about is its own reference ("Thông báo kết luận số
            # 196-TB/TW … về Đề án “…”", "Kết luận … về phát triển khoa học, công nghệ … và Đề án 06"); a resolution on a
            # strategy or scheme adopts it ("Nghị quyết số 36-NQ/TW … về Chiến lược phát triển bền vững kinh tế biển …")
        title_words = set(words(ref.title)) if ref.title else set()
        core = core_words(ref.title) if ref.title else set()  # (its period aside: "… giai đoạn 2026 - 2030")
        for t, subj, subj_words in numbered_subjects:
            shared = len(title_words & subj_words)
            if shared and t == ref.doc_type and similar(ref.title, subj):
                return False  # the same document, cited by number elsewhere
            if (title_words and shared >= 0.8 * len(title_words) or core and len(core & subj_words) >= 0.8 * len(core)) \
                    and approved_in(ref, subj) or shared and (approved_by_head(ref, subj) or approved_by_bare_head(ref, subj)):
                return False  # what a cited document approves or issues is known by that document
        return True

    cited_ends = [r.end for r in refs]
    unnumbered: list[LegalRef] = []
    for rule in (rule_law_by_name, rule_congress_resolution, rule_named_by_number, rule_named_document, rule_titled_unnumbered):
        found = (rule(text, cited_ends) if rule is rule_titled_unnumbered else rule(text, subjects) if rule is rule_named_document
                 else rule(text))
        for ref in found:
            merged = number_after(text, ref, refs)
            if merged is not None:  # "Luật Điện lực số 61/2024/QH15": one document, named and numbered
                refs[refs.index(merged)] = replace(
                    merged, start=ref.start, text=text[ref.start:merged.end], doc_type=ref.doc_type if ref.doc_type in P.BY_NAME_TYPES or not merged.doc_type else merged.doc_type,
                    title=clean(text[text.find(ref.title.split()[0], ref.start):merged.start]) if law_name_runs_on(text, ref, merged) else ref.title,
                    date=merged.date or ref.date, date_raw=merged.date_raw or ref.date_raw)
                covered.append((ref.start, ref.end))
                continue
            through = through_citation(text, ref, refs, subject_ends)
            if through is None:  # issued with a cited document: that document is the reference
                not_cited.append(ref)
                covered.append((ref.start, ref.end))
                continue
            if through is not ref:  # "Kế hoạch triển khai thực hiện Chỉ thị số 36-CT/TW …"
                unnumbered.append(through)
                covered.append((ref.start, ref.end))
                continue
            if free(ref):
                if any(s <= ref.start and ref.end <= e for s, e in subjects):
                    ref = replace(ref, relation="mentions")  # what a basis is about is not itself the basis
                unnumbered.append(ref)
                covered.append((ref.start, ref.end))
    to_draft = drafted(text, unnumbered)
    heading, issued = own_title(text), issued_title(text)
    for ref in unnumbered:
        if ref in to_draft or is_own_title(ref, heading) or is_own_title(ref, issued) or in_own_caption(text, ref) \
                or in_own_title_line(text, ref, own_heading(text)):
            not_cited.append(ref)
            continue
        # a named mention of a document also cited by number is that document
        # (unless its date is of another year: "Luật Bảo hiểm xã hội ngày 29/6/2024" is not "Luật Bảo
        # hiểm xã hội số 58/2014/QH13", a law of the same name that the 2024 one replaced)
        same = next((r for r in refs if r.code and r.doc_type == ref.doc_type and same_name(r.title, ref.title)
                     and (not ref.date or not r.year_in_symbol or ref.date[:4] == str(r.year_in_symbol))), None)
        if same is None and ref.title:
            # "quy định của Luật Thủy sản và chống khai thác IUU" after "Luật Thủy sản số 18/2017/QH14": the document cited by
            # number, its name followed by "và" and the other things the clause is about (no second document); or by where,
            # to whom or how it is made known ("tuyên truyền Luật Thực hiện dân chủ ở cơ sở trên loa truyền thanh …", s30b)
            same = next((r for r in refs if r.code and r.doc_type == ref.doc_type and r.title
                         and _named_then_more(words(r.title), words(ref.title))), None)
        if same is None and ref.rule == "rule_named_by_number" and any(
                r is not ref and r.doc_type == ref.doc_type and r.end <= ref.start and P.SHORT_NAME_BEFORE.fullmatch(text, r.end, ref.start)
                for r in unnumbered):
            # "Đề án phát triển ứng dụng dữ liệu về dân cư, … đến năm 2030 (Đề án 06)": the short name the document cited by
            # its title goes by, in brackets right after it, is that document
            not_cited.append(ref)
            continue
        if same is None and ref.rule == "rule_named_by_number":
            # "Chỉ thị 11" after "Chỉ thị số 11-CT/TU … (viết tắt là Chỉ thị 11)": the number names the document cited in full
            # when that is the one document of its type and number whose issuer and year agree with the mention's (not
            # "Quyết định 12 của Thủ tướng Chính phủ" after "Quyết định số 12/2023/QĐ-UBND … của UBND tỉnh"); with two that
            # agree ("Nghị quyết 05" after 05/2024/NQ-HĐND and 05-NQ/TU), which one the mention is, it does not say
            fits = {code_key(r.code): r for r in refs if r.code and r.doc_type == ref.doc_type and _same_number(r.number, ref.number)
                    and same_issuer(r.issuer or symbol_issuer(r.symbol), ref.issuer) and _same_year(r, ref)}
            if len(fits) > 1:
                not_cited.append(ref)
                continue
            same = next(iter(fits.values()), None)
        if same is None and not ref.title and not ref.subject and not ref.number and not ref.date and ref.issuer and any(
                r.code and r.doc_type == ref.doc_type and same_issuer(r.issuer or symbol_issuer(r.symbol), ref.issuer) for r in refs):
            # w22a: a document named by its type and issuer alone ("chỉ tiêu … theo Nghị quyết của Quốc hội" after "Nghị quyết số
            # 96/2019/QH14 … của Quốc hội"): one of those the text cites in full, no document of its own
            not_cited.append(ref)
            continue
        if same is None and ref.rule in ("rule_named_by_number", "rule_named_document") and known_by_number(ref, refs):
            not_cited.append(ref)  # s26b: "Đề án 06" beside "Quyết định số 06/QĐ-TTg … phê duyệt Đề án …": that decision
            continue
        if same is not None:
            if ref.date and not same.date:
                refs[refs.index(same)] = replace(same, date=ref.date, date_raw=ref.date_raw)
            not_cited.append(ref)
            continue
        refs.append(ref)
    refs = one_title(share_fields(refs))
    closing = skip_spans(text)  # recipients and signatures (pipeline.closing) cite nothing
    mentions = [(r, not closing.touches(r.start, r.end)) for r in refs] + [(r, False) for r in not_cited]
    return tuple(sorted(mentions, key=lambda m: m[0].start))


def _same_year(numbered: LegalRef, ref: LegalRef) -> bool:
    """Whether a document cited in full and a mention by its number may be of one year: either states none, or the same
    ("Nghị quyết 15 năm 2024", "Chỉ thị 15 ngày 20/5/2024" against 15/2024/NQ-HĐND or a date of 2024)."""
    year = numbered.year_in_symbol or (numbered.date[:4] if numbered.date else None)
    stated = P.BARE_NUMBER_YEAR.search(ref.text)
    mention = ref.date[:4] if ref.date else stated.group("year") if stated else None
    return not (year and mention) or str(year) == mention


def _named_then_more(name: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """A title that opens with a cited document's whole name and goes on with "và …" or a word that no law's name goes on
    with (P.NAME_THEN_CLAUSE: "trên", "cho", "đến" …)."""
    return (len(name) >= 2 and len(title) > len(name) + 1 and title[:len(name)] == name
            and title[len(name)] in P.NAME_THEN_CLAUSE)


def _same_number(a: str | None, b: str | None) -> bool:
    """Whether two document numbers are one, padding aside ("06" and "6")."""
    return bool(a and b) and a.lstrip("0") == b.lstrip("0")

"""Which mentions name one document, which name the document itself, and which name a document
still to be drafted: a reference is one row per cited document (EXTRACTION.md, "Legal references")."""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import Iterator

import regex

from extractors.legal_refs import patterns as P
from extractors.legal_refs.fields import WORD, clean, code_key, words
from pipeline.model import LegalRef


def own_codes(text: str, numbered) -> set[str]:
    """The codes of the document itself: its header number ("Số: 74/KH-UBND"), its own heading
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU") and the document an appendix caption names
    ("(Kèm theo Kế hoạch số 157/KH-UBND …)", the decision that issues an attached plan)."""
    own, captions = set(), []
    for ref, _span, code_start in numbered:
        before = text[max(0, code_start - 80):code_start]
        if (P.OWN_NUMBER_BEFORE.search(before) or P.OWN_HEADING_BEFORE.search(before)
                or code_start < P.HEADER_LENGTH and (P.OWN_TYPED_NUMBER_BEFORE.search(before) or P.OWN_HEADER_NUMBER_BEFORE.search(before))):
            own.add(code_key(ref.code))
        elif P.OWN_CAPTION_BEFORE.search(before):
            captions.append(ref)
    header = {code_key(m.group("symbol")) for m in P.HEADER_SYMBOL.finditer(text[:P.HEADER_LENGTH])}
    for ref in captions:
        # a caption names this document or its parent, unless the header says this document is
        # another one ("Số: /KH-SCT … (Ban hành kèm theo Nghị quyết số 35-NQ/TU)" names the
        # resolution that issued the scheme this plan carries out)
        if not header or code_key(ref.code) in own or code_key(ref.symbol) in header:
            own.add(code_key(ref.code))
    return own


def own_title(text: str) -> tuple[str, set[str]] | None:
    """The document's type and the words of its title, from its upper-case heading
    ("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG …")."""
    return own_heading(text) or _first_line_title(text)


def own_heading(text: str) -> tuple[str, set[str]] | None:
    """The document's type and the words of its title from its heading only: the type in upper case on a line, then its
    title in upper case or, on the next line, in running case."""
    m = P.OWN_TITLE.search(text[:3000]) or P.OWN_RUNNING_TITLE.search(text[:3000])
    if not m:
        return None
    doc_type = next((n for n in P.DOC_TYPE_NAMES if n.upper() == P.SPACE_RUN.sub(" ", m.group("type"))), None)
    return (doc_type, set(words(m.group("title")))) if doc_type else None


def issued_title(text: str) -> tuple[str, set[str]] | None:
    """The document a decision or resolution issues or approves in its heading ("QUYẾT ĐỊNH\nPHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG QUỐC
    GIA VỀ …"): its type and the words of its title, to know its mentions as the document itself."""
    m = P.OWN_TITLE.search(text[:3000])
    issued = P.ISSUED_IN_TITLE.match(m.group("title")) if m else None
    if not issued and m and P.SPACE_RUN.sub(" ", m.group("type")) == "NGHỊ QUYẾT":
        issued = P.ADOPTED_IN_RESOLUTION_TITLE.match(m.group("title"))  # "NGHỊ QUYẾT\nVỀ KẾ HOẠCH …": the plan it adopts
    if not issued:  # "QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch …": the title in running case
        running = P.RUNNING_TITLE.search(text[:3000])
        issued = P.ISSUED_IN_RUNNING_TITLE.match(running.group("title")) if running else None
        if not issued and running and P.SPACE_RUN.sub(" ", running.group("type")) == "NGHỊ QUYẾT":
            issued = P.ADOPTED_IN_RESOLUTION_TITLE.match(running.group("title"))  # "NGHỊ QUYẾT\nVề Kế hoạch …"
    if not issued:
        return None
    doc_type = next((n for n in P.DOC_TYPE_NAMES if n.upper() == P.SPACE_RUN.sub(" ", issued.group("type")).upper()), None)
    return (doc_type, set(words(issued.group("title")))) if doc_type else None


def _first_line_title(text: str) -> tuple[str, set[str]] | None:
    """A document whose text opens with its type and title in running case (a transcribed or
    word-segmented copy: "Nghị quyết về kế hoạch đầu tư phát triển …", "Kế hoạch hỗ trợ hộ nghèo …")."""
    line = next((ln.strip(" \t|*#") for ln in text[:3000].splitlines() if ln.strip(" \t|*#")), "")
    if P.CODE_RE.search(line) or regex.search(r"[;:]|\.$", line) or len(words(line)) > 60:
        return None  # a numbered heading ("Số: 74/KH-UBND") is the document's number; a sentence is no title
    for name in sorted(P.DOC_TYPE_NAMES, key=len, reverse=True):
        if line.lower().startswith(name.lower() + " ") and len(words(line)) - len(words(name)) >= 3:
            return name, set(words(line[len(name):]))
    return None


def is_own_title(ref: LegalRef, own: tuple[str, set[str]] | None) -> bool:
    """"Trên đây là Kế hoạch thực hiện Chỉ thị số 27/CT-TTg …" in that very plan names the plan itself."""
    if own is None or ref.doc_type != own[0] or not ref.title:
        return False
    named = set(words(ref.title))
    if any(w.isdigit() and w not in own[1] for w in named):
        return False  # a year or number the title does not hold: another document ("… giai đoạn 2021-2025" in a 2024 - 2025 plan)
    return len(named) >= 2 and len(named & own[1]) / len(named) >= 0.8


def in_own_title_line(text: str, ref: LegalRef, own: tuple[str, set[str]] | None) -> bool:
    """A line that is the document's own type and title again ("Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm tỉnh …"
    as a portal's article title over the plan, "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH …"): what it names is the plan's subject as
    the heading states it, not a citation of its own."""
    if own is None or not own[0] or ref.code:
        return False
    line_start = text.rfind("\n", 0, ref.start) + 1
    line_end = text.find("\n", ref.start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    if not line.lower().startswith(own[0].lower() + " "):
        return False
    named = set(words(line[len(own[0]):]))
    return len(named) >= 4 and len(named & own[1]) / len(named) >= 0.8


def in_own_caption(text: str, ref: LegalRef) -> bool:
    """"(Kèm theo Kế hoạch thanh tra năm 2027 của Thanh tra tỉnh)": an appendix's caption names, without a number too, the
    document the appendix belongs to: this one."""
    return not ref.code and bool(P.CAPTION_OPENING_BEFORE.search(text[max(0, ref.start - 40):ref.start]))


def drafted(text: str, refs: list[LegalRef]) -> set:
    """Documents still to be drafted ("xây dựng Kế hoạch … trình UBND tỉnh", "sớm ban hành
    Luật A, Luật B (sửa đổi)"): a drafting verb before the mention, or before the list it is in."""
    out = set()
    previous: LegalRef | None = None
    for ref in sorted(refs, key=lambda r: r.start):
        before = text[max(0, ref.start - 60):ref.start]
        clause = P.CLAUSE_BOUND.split(before)[-1]
        listed = previous is not None and previous in out and P.LISTED_BETWEEN.fullmatch(text[previous.end:ref.start])
        bill = ref.doc_type in P.LAW_TYPES and P.BILL_BEFORE.search(clause)  # "dự án Luật Viên chức": a bill
        if P.DRAFTING_CUE.search(clause) or listed or bill or P.REVISION_AFTER.match(text[ref.end:ref.end + 20]):
            out.add(ref)
        previous = ref
    return out


SHARED_FIELDS = ("doc_type", "date", "date_raw", "issuer", "title")


def share_fields(refs: list[LegalRef]) -> list[LegalRef]:
    """Mentions of one numbered document say one thing: a field one mention leaves empty is taken
    from another ("QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 02 THÁNG 01 NĂM 2025" in a heading, "Quyết định
    số 06/QĐ-TTg … của Thủ tướng Chính phủ" in the text)."""
    known: dict[str, dict] = {}
    raw: dict[str, str] = {}  # the date as written where it fits the symbol's year
    for r in sorted(refs, key=lambda r: not _date_fits(r)):  # a date that fits the symbol's year first
        if r.code:
            if r.date and r.year_in_symbol and _date_fits(r):
                raw.setdefault(code_key(r.code), r.date_raw)
            fields = known.setdefault(code_key(r.code), {})
            for f in SHARED_FIELDS:
                if getattr(r, f) and f not in fields and not (f == "date_raw" and "date" in fields):
                    fields[f] = getattr(r, f)
    out = []
    for r in refs:
        fields = known.get(code_key(r.code), {}) if r.code else {}
        missing = {f: v for f, v in fields.items() if not getattr(r, f) and (f != "date_raw" or not r.date)}
        if r.date and not _date_fits(r) and str(fields.get("date", "")).startswith(str(r.year_in_symbol)):
            # "Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025" (a typed year) and "… 163/2024/QH15
            # ngày 27/11/2024" elsewhere: a document is dated in the year its number carries
            missing.update(date=fields["date"], date_raw=raw.get(code_key(r.code), r.date_raw))
        out.append(replace(r, **missing) if missing else r)
    return out


def _date_fits(ref: LegalRef) -> bool:
    """Whether a citation's date agrees with the year in its number (04/2022/QĐ-TTg is of 2022)."""
    return not (ref.date and ref.year_in_symbol) or ref.date.startswith(str(ref.year_in_symbol))


def number_after(text: str, ref: LegalRef, numbered: list[LegalRef]) -> LegalRef | None:
    """The numbered citation that directly follows a named one ("Luật Điện lực số 61/2024/QH15",
    "Kết luận liên ngành … số 23/KL-LNTPTW", "Luật Phòng bệnh năm 2025 (Luật số 114/2025/QH15)")."""
    for r in numbered:
        if (r.code and 0 <= r.start - ref.end <= 8 and regex.fullmatch(r"[\s,]*", text[ref.end:r.start]) and not r.title
                and regex.match(r"[Ss]ố\b|\d", r.text)):  # "…, Nghị định số …" is another document
            return r
        if law_name_runs_on(text, ref, r):
            return r
        if (r.code and not r.title and r.doc_type in (None, ref.doc_type) and 0 < r.start - ref.end <= 4
                and regex.fullmatch(r"\s*\(\s*", text[ref.end:r.start])):
            return r  # the number restated in parentheses: "Luật Phòng bệnh năm 2025 (Luật số 114/2025/QH15)"
        if (r.code and not r.title and r.doc_type in (None, ref.doc_type) and 0 < r.start - ref.end <= 24
                and regex.fullmatch(r"\s*\(\p{Lu}[\p{Lu}\d/&\-]{1,15}\)[\s,]*", text[ref.end:r.start]) and regex.match(r"[Ss]ố\b", r.text)):
            return r  # the law's short name in brackets before its number: "Luật Phòng, chống … ở người (HIV/AIDS) số 64/2006/QH11"
    return None


def law_name_runs_on(text: str, ref: LegalRef, r: LegalRef) -> bool:
    """A law's name that reading stopped short of, at a capital after "và" or a comma, or at a line break,
    runs on to the law's number ("Luật Địa chất và Khoáng sản số 54/2024/QH15", "Luật Khoa học, Công nghệ và
    Đổi mới sáng tạo số 93/2025/QH15", "Luật Tổ chức\nChính phủ số 63/2025/QH15"): the number carries no type
    word of its own and is a law's (…/QHxx), and only words of a name lie between."""
    return bool(ref.doc_type in P.LAW_TYPES and r.code and not r.doc_type and not r.title and r.symbol
                and P.LAW_SYMBOL.match(r.symbol) and 0 < r.start - ref.end <= 100
                and regex.match(r"[Ss]ố\b", r.text) and P.NAME_RUNS_ON.fullmatch(text, ref.end, r.start))


def through_citation(text: str, ref: LegalRef, numbered: list[LegalRef], subject_ends: dict) -> LegalRef | None:
    """A document named by the document it carries out: its title runs on through that citation
    and its subject ("Kế hoạch triển khai thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ
    Chính trị"). None for a document issued with the one cited ("… ban hành kèm theo Quyết định
    số 3103/QĐ-BTC")."""
    if ref.rule == "rule_titled_unnumbered" and P.RECORDED_IN.match(text, ref.end):
        return None  # "Kết luận của Thường trực Huyện ủy tại Thông báo số 1234-TB/HU": the notice that records it is the document
    if not ref.title or ref.rule not in ("rule_titled_unnumbered", "rule_named_document"):
        return ref
    if P.ATTACHED_AFTER.match(text, ref.end):
        return None  # "Đề án … ban hành kèm theo Quyết định số 789/QĐ-UBND", "… kèm theo Quyết định này"
    title_start = text.rfind(ref.title.split()[0], ref.start, ref.end)
    for r in numbered:
        code_at = text.find(r.code.split("/")[0], r.start) if r.code else -1
        if r.code and ref.start < r.start < ref.end <= code_at and regex.fullmatch(r"[^;.\n]*", text[ref.end:code_at]):
            if P.ATTACHED_TO.search(text[title_start:r.start]):
                return None
            end = max(r.end, subject_ends.get(id(r), r.end))
            return replace(ref, end=end, text=text[ref.start:end], title=clean(text[title_start:end]))
    return ref


@functools.cache
def _approving(doc_type: str) -> regex.Pattern:
    """An approving verb, then a document of `doc_type` and its name (compiled once per type)."""
    return regex.compile(rf"{P.APPROVING}(?P<between>[^;]*?)\b{regex.escape(doc_type)}\s+(?P<name>[^;]+)", regex.IGNORECASE)


def approved_in(ref: LegalRef, subject: str) -> bool:
    """Whether a subject approves or issues the document named by `ref` ("Nghị quyết số
    163/2024/QH15 … phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma
    túy đến năm 2030" is how that programme is cited)."""
    return any(_covers(name, ref.title) for name in _approved_names(ref.doc_type, subject))


def _approved_names(doc_type: str, subject: str) -> Iterator[str]:
    """The names of the documents of `doc_type` a subject approves or issues, each approving verb in turn (the one nearest
    the name decides): not those after another type's word ("ban hành Kế hoạch truyền thông về Chương trình X": the plan is
    what is issued)."""
    for m in _approving(doc_type).finditer(subject, overlapped=True):
        if not P.DOC_TYPE_WORD.search(m.group("between")):
            yield m.group("name")


NAME_GOES_FOR = regex.compile(r"\s+cho\s+")


def approved_by_head(ref: LegalRef, subject: str) -> bool:
    """Whether a subject approves the document `ref` names by the head of its name, the mention's name running on into
    whom it is for: "triển khai Chương trình Sữa học đường cho trẻ mầm non, học sinh tiểu học" beside "Quyết định số
    1340/QĐ-TTg … phê duyệt Chương trình Sữa học đường cải thiện tình trạng dinh dưỡng …" (the approved name opens with the
    words before "cho"; two words at least; not another programme of the same opening words: "mục tiêu quốc gia giảm
    nghèo …" is no head of "mục tiêu quốc gia xây dựng nông thôn mới …"). s27a."""
    if not ref.title:
        return False
    head = NAME_GOES_FOR.split(ref.title, 1)
    head_words = words(head[0])
    if len(head) < 2 or len(head_words) < 2:
        return False  # no "cho" after the name: `approved_in` tests the whole name
    return any(words(name)[:len(head_words)] == head_words for name in _approved_names(ref.doc_type, subject))


# What an approved name may go on with after the head a mention shares with it, when that head alone names it: the place the
# document is for ("Quy hoạch tỉnh⏎Tuyên Quang …", a capital) or its period ("… thời kỳ 2021 - 2030", "giai đoạn …").
PLACE_OR_PERIOD_AFTER = regex.compile(r"\s*(?:\p{Lu}|(?i:thời\s+kỳ|giai\s+đoạn|đến\s+năm|năm)(?![\p{L}\p{M}]))")
# Where a mention's name has stopped right after its head: a comma, a stop, a bracket or a number ("vốn Chương trình mục tiêu
# quốc gia 74 tỷ đồng", "phù hợp với Quy hoạch tỉnh, hoàn thành …").
NAME_STOPS_AFTER = regex.compile(r"\s*(?:[,;.:()]|\d)")


def approved_by_bare_head(ref: LegalRef, subject: str) -> bool:
    """Whether a mention names a document a subject approves by the head both names open with and nothing of its own after
    it (s33c): the approved name goes on only with its place or period (PLACE_OR_PERIOD_AFTER: "Quy hoạch tỉnh …" beside
    "… phê duyệt Quy hoạch tỉnh Tuyên Quang thời kỳ 2021 - 2030 …", the province's plan in the province's text) and the
    mention with no name of its own (a small letter: "Quy hoạch tỉnh thành nhiệm vụ, giải pháp"), or the mention's name
    stops right after the head (NAME_STOPS_AFTER: "vốn Chương trình mục tiêu quốc gia 74 tỷ đồng" beside "… phê duyệt
    Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào …"). Not a head that goes on with another name
    ("Chương trình mục tiêu quốc gia giảm nghèo bền vững" beside "… xây dựng nông thôn mới": `approved_by_head`'s negative),
    nor with another place ("Quy hoạch tỉnh Hà Giang")."""
    if not ref.title:
        return False
    mention = list(WORD.finditer(ref.title))
    for name in _approved_names(ref.doc_type, subject):
        named = list(WORD.finditer(name))
        k = 0
        while k < min(len(mention), len(named)) and mention[k].group().lower() == named[k].group().lower():
            k += 1
        if k == 0 or k == len(named):
            continue  # nothing shared, or the whole name (`approved_in`)
        if k == len(mention) or NAME_STOPS_AFTER.match(ref.title, mention[k - 1].end()):
            return True
        if PLACE_OR_PERIOD_AFTER.match(name, named[k - 1].end()) and mention[k].group()[:1].islower():
            return True
    return False


def known_by_number(ref: LegalRef, refs: list[LegalRef]) -> bool:
    """Whether a scheme, programme or strategy named by a number ("Đề án 06", "Chương trình 135") is the one a cited decision
    of that number approves ("Quyết định số 06/QĐ-TTg … phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư …"): such
    documents go by the number of the decision that approved them; one decision of that number must approve one of its type."""
    number = ref.number or (m.group(1) if (m := regex.match(r"(\d+)(?![\d/.-])", ref.title or "")) else None)
    if not number or ref.code or ref.doc_type not in P.BY_NAME_TYPES:
        return False
    approving = [r for r in refs if r.code and r.subject and r.number and r.number.lstrip("0") == number.lstrip("0")
                 and any(not P.DOC_TYPE_WORD.search(m.group("between")) for m in _approving(ref.doc_type).finditer(r.subject))]
    return len({code_key(r.code) for r in approving}) == 1


def _covers(name: str, title: str) -> bool:
    name_words, title_words = set(words(name)), set(words(title))
    if title_words and len(name_words & title_words) / len(title_words) >= 0.8:
        return True
    core = core_words(title)
    return bool(core) and len(name_words & core) / len(core) >= 0.8 and _within(title_words, name_words)


def core_words(title: str) -> set[str]:
    """A name's words without those that only say when it applies ("Chiến lược phát triển gia đình Việt Nam giai đoạn
    2026 - 2030" in "Kế hoạch thực hiện Chiến lược …" is the strategy approved "đến năm 2030"): all of them when
    nothing else is left."""
    all_words = set(words(title))
    return {w for w in all_words if not _qualifier(w)} or all_words


def _within(title_words: set[str], name_words: set[str]) -> bool:
    """The years a name is mentioned with fall inside the span the approved name states ("giai đoạn 2026 - 2030" inside
    "đến năm 2030"; not a programme's other phase: "giai đoạn 2021 - 2025" against "giai đoạn 2026 - 2030")."""
    years = [int(w) for w in title_words if w.isdigit() and len(w) == 4]
    span = [int(w) for w in name_words if w.isdigit() and len(w) == 4]
    if not years or not span:
        return not years
    return (min(span) if len(span) > 1 else 0) <= min(years) and max(years) <= max(span)


def similar(a: str, b: str) -> bool:
    ta, tb = set(regex.findall(r"\w+", a.lower())), set(regex.findall(r"\w+", b.lower()))
    return bool(ta and tb) and len(ta & tb) / min(len(ta), len(tb)) >= 0.8


def same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and words(a) == words(b)


# Words that only say when or how widely a named document applies: its period ("giai đoạn 2025 -
# 2030", "đến năm 2025, định hướng đến năm 2030", "thời kỳ … tầm nhìn …", "nhiệm kỳ …") or a
# congress's full style ("Đại hội đại biểu toàn quốc lần thứ XIII" = "Đại hội lần thứ XIII").
QUALIFIER_WORDS = frozenset("năm đến giai đoạn định hướng tầm nhìn thời kỳ nhiệm và đại biểu toàn quốc".split())


# The country's name closing an organisation's full name in a charter's: "Điều lệ Đảng" is "Điều lệ Đảng Cộng sản Việt Nam"
# (Hiến pháp 2013, Điều 4 names the Party so), "Điều lệ Công đoàn" is "Điều lệ Công đoàn Việt Nam" (Luật Công đoàn 2024).
CHARTER_NATION_WORDS = frozenset("cộng sản việt nam".split())


def _qualifier(word: str, congress: bool = False) -> bool:
    return word in QUALIFIER_WORDS or word.isdigit() or congress and _congress_ordinal(word)


def _congress_ordinal(word: str) -> bool:
    """A congress's ordinal ("lần thứ I", "lần thứ XX"): the one congress a document names in full, then bare ("Nghị
    quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030" … "Nghị quyết Đại hội Đảng bộ xã")."""
    return word in ("lần", "thứ") or regex.fullmatch(r"[ivxlc]+", word) is not None


def one_title(refs: list[LegalRef]) -> list[LegalRef]:
    """A document named with and without its period is one document: "Chiến lược tài chính toàn
    diện quốc gia" after "Chiến lược tài chính toàn diện quốc gia đến năm 2025, định hướng đến năm
    2030" takes the full name (but "Luật Đầu tư" is not "Luật Đầu tư công")."""
    named = [r for r in refs if not r.code and r.title]
    out = []
    for r in refs:
        if r.code or not r.title:
            out.append(r)
            continue
        mine = set(words(r.title))
        fuller = [o for o in named if o.doc_type == r.doc_type and set(words(o.title)) > mine
                  and all(_qualifier(w, o.title.startswith("Đại hội")) or r.doc_type == "Điều lệ" and w in CHARTER_NATION_WORDS
                          for w in set(words(o.title)) - mine)]
        best = max(fuller, key=lambda o: len(set(words(o.title))), default=None)
        out.append(replace(r, title=best.title) if best is not None else r)
    return out

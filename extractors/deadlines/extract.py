"""Deadlines: the dates that bound an action, and the plan's own period.

Every date form is found (`WHEN`), then kept only where plans use it as a deadline:
a full date outside citations, anniversaries, metadata and effective dates; a month,
quarter or half-year after a cue ("trong quý I/2024") or a time label ("Thời gian hoàn
thành: Quý IV/2025"); a bare year only after a cue and with an action ("sơ kết vào cuối
năm 2024"). Two dates joined by "từ … đến …" make a period, an elliptic first date
borrowing what the second states ("từ ngày 08 đến ngày 10 tháng 12 năm 2025").
A date without a year keeps date null, with the recurrence the text says ("trước ngày
15/12 hằng năm"); so does a time relative to the plan's issue ("trong vòng 30 ngày kể
từ ngày Kế hoạch này được ban hành"), to the end of one of the plan's activities ("chậm
nhất 05 ngày làm việc sau khi kết thúc đợt kiểm tra") or named by the Lunar New Year ("xong
trước Tết Nguyên đán"). A task table's time cells need no cue, however the table was laid out (`time_cells`); phases bound actions ("Giai đoạn 2031 - 2035" in a
part of actions, "(2025 - 2026)" closing an action); horizons of targets do not.
When the text states no period of its own, the plan's own period is the first mention of it.
"""
from __future__ import annotations

import bisect
import functools

import regex

from extractors.bodies.extract import find_collectives, find_mentions, heading_owners, item_of_field, lead_of_field
from extractors.bodies.patterns import CLAUSE_OPENING
from extractors.deadlines import patterns as P
from extractors.deadlines.time_cells import (loose_time_rows, more_cell_times, partial_start, read_time_cell, read_yearless_cell,
                                             wrapped_time_cells)
from extractors.deadlines.when import When, when_matches, when_of
from extractors.intervals import Intervals
from extractors.lines import at_line_starts, lines_above
from extractors.stretches import in_stretches
from pipeline.closing import skip_spans
from extractors.legal_refs import reference_spans
from extractors.tables import tables_of
from extractors.text_index import opened_by
from extractors.task_tables import task_rows, task_sections
from extractors.legal_refs.extract import iso_date
from pipeline.model import Deadline

ACTION_CHARS = 240
# Rules whose periods are phases of the plan (a task's years, a stage), not the plan's own period.
PHASE_RULES = ("rule_year_span", "rule_phase_in_clause", "rule_phase_closing_action", "rule_labelled_relative", "rule_relative_to_end", "rule_before_festival", "rule_task_table", "rule_task_table_phase", "rule_time_cell", "rule_phase_heading", "rule_task_heading", "rule_parenthesised", "rule_yearless")


def cited_spans(text: str) -> list[tuple[int, int]]:
    """Spans of mentions of documents (references, the document's own number, documents to be
    drafted): their dates are not deadlines (cached in legal_refs for the same text)."""
    return reference_spans(text)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind("\n", 0, pos) + 1, 0)
    for m in P.SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    nxt = P.SENTENCE_END.search(text, pos)
    return start, nxt.start() if nxt else len(text)


def _kind(clause: str, before: str, is_range: bool) -> str:
    if is_range or P.PERIOD_LABEL.search(before[-60:]):
        return "period"
    if P.SUBMIT.search(clause):
        return "submit"
    if P.REVIEW.search(clause):
        return "review"
    return "milestone"


def _body(text: str, s_start: int, pos: int) -> str | None:
    """The body whose clause holds the date, when the clause opens with it ("Các cơ quan … gửi …"),
    else the body whose heading the date sits under ("3. Phòng Nội vụ" … "trước ngày 15/12")."""
    mentions = sorted(find_mentions(text[s_start:pos]) + find_collectives(text[s_start:pos]), key=lambda m: m.start)
    for m in mentions:
        if CLAUSE_OPENING.match(text[s_start:s_start + m.start]):
            return m.name
    return _assigned_in_clause(text, s_start, pos, mentions) or next(
        (names for start, end, names in heading_owners(text) if start <= pos < end), None)


def _assigned_in_clause(text: str, s_start: int, pos: int, mentions) -> str | None:
    """The body the sentence assigns before the date, where it does not open the sentence: the one the bodies extractor
    reads as leading, assigned or asked ("…: giao Bộ Nội vụ chủ trì, phối hợp …, báo cáo Chính phủ trước ngày …": Bộ
    Nội vụ, not Chính phủ the recipient), else one that opens the clause after a topic's colon ("5. Về dự án …: Bộ Xây
    dựng khẩn trương rà soát, bàn giao trong năm 2025")."""
    assigned = [b for b in _body_rows(text) if s_start <= b.start < pos and b.role in ("lead", "assigned", "requested")]
    if assigned:  # the first: "Giao Bộ Giáo dục và Đào tạo, Bộ Y tế nghiên cứu …"; "Bộ Y tế chỉ đạo Ban Quản lý dự án …"
        return assigned[0].name
    colon = text.rfind(":", s_start, pos)
    for m in mentions:
        if colon >= 0 and s_start + m.start > colon and CLAUSE_OPENING.match(text[colon + 1:s_start + m.start]):
            return m.name
    return None


@functools.lru_cache(maxsize=2)
def _body_rows(text: str) -> tuple:
    """The bodies extractor's rows of `text` (sorted by offset)."""
    from extractors.bodies.extract import extract_bodies

    return tuple(sorted(extract_bodies(text), key=lambda b: b.start))


def _deadline(text: str, start: int, end: int, date: str | None, date_end: str | None, precision: str,
              rule: str, kind: str | None = None, recurrence: str | None = None, is_range: bool = False) -> Deadline:
    s_start, s_end = _sentence(text, start)
    clause = text[s_start:s_end]
    action = regex.sub(r"^[\s\-+•*]*(?:\d+(?:\.\d+)*\.|[a-zđ]\))?\s*|[\s.;:]+$", "", clause)[:ACTION_CHARS] or None
    body = _body(text, s_start, start)
    line_start = text.rfind("\n", 0, start) + 1
    if P.TIME_FIELD.match(text, line_start) and s_start == line_start:  # "Thời gian thực hiện: Tháng 12/2025." under its item
        item = item_of_field(text, line_start)
        action = item[:ACTION_CHARS] if item else action
        body = body or lead_of_field(text, line_start)
    return Deadline(
        start=start, end=end, text=text[start:end], date=date, date_end=date_end, precision=precision,
        date_raw=text[start:end], recurrence=recurrence,
        kind=kind or _kind(clause, text[s_start:start], is_range),
        action=action, body=body, rule=rule,
    )


def _cue_start(text: str, when: When, cue: regex.Pattern) -> int | None:
    """Where the cue before a date starts, or None when there is none."""
    m = cue.search(text[max(0, when.start - 40):when.start])
    return when.start - (len(text[max(0, when.start - 40):when.start]) - m.start()) if m else None


def rule_ranges(text: str, whens: list[When]) -> tuple[list[Deadline], set[int]]:
    """Periods: "từ A đến (hết) B", "(A - B)", "từ ngày ban hành … đến hết ngày B"."""
    out, used = [], set()
    for i, b in enumerate(whens):
        if i in used:
            continue
        a = whens[i - 1] if i else None
        if a is not None and i - 1 not in used and P.RANGE_JOIN.match(text[a.end:b.start]) and (
                P.RANGE_OPEN.search(text[max(0, a.start - 45):a.start]) or "-" in text[a.end:b.start] or "–" in text[a.end:b.start]):
            if a.date and b.date and a.date[5:] == b.date[5:] and a.date[:4] != b.date[:4] and a.precision == "day":
                used |= {i - 1, i}  # "(03/02/1930 - 03/02/2021)": an anniversary
                continue
            opening = P.RANGE_OPEN.search(text[max(0, a.start - 45):a.start])
            start = a.start - (len(text[max(0, a.start - 45):a.start]) - opening.start()) if opening else a.start
            if P.VALID_FROM.search(text[max(0, start - 40):start]):
                used |= {i - 1, i}  # "có hiệu lực từ ngày 01/7/2025 đến hết ngày 31/12/2026": a document's validity
                continue
            if P.INSPECTED_PERIOD.search(text[max(0, start - 120):start]):
                used |= {i - 1, i}  # "Thời kỳ thanh tra từ ngày 01/01/2024 đến ngày 31/12/2026": what an inspection looks back on
                continue
            if a.precision == b.precision == "year" and P.NAMED_BEFORE.search(text[max(0, start - 60):start]) and not (
                    P.TIME_LABEL.search(text[max(0, start - 80):start]) or P.PERIOD_LABEL.search(text[max(0, start - 60):start])):
                used |= {i - 1, i}  # "Chương trình … giai đoạn 2021 - 2030; giai đoạn I: từ năm 2021 đến năm 2025": named in passing
                continue
            out.append(_deadline(text, start, b.end, a.date, b.date_end or b.date, a.precision, "rule_from_to", is_range=True))
            used |= {i - 1, i}
            continue
        opening = P.RANGE_OPEN.search(text[max(0, b.start - 45):b.start])
        if opening and b.date and P.UNTIL_EVENT.match(text[b.end:b.end + 12]):  # "Từ tháng 10/2025 đến khi …"
            start = b.start - (len(text[max(0, b.start - 45):b.start]) - opening.start())
            if P.INSPECTED_PERIOD.search(text[max(0, start - 120):start]):
                used.add(i)  # "Thời kỳ thanh tra từ ngày 01/01/2027 đến khi kết thúc thanh tra": what is looked back on
                continue
            out.append(_deadline(text, start, b.end, b.date, None, b.precision, "rule_until_event", kind="period"))
            used.add(i)
            continue
        now = P.FROM_NOW.search(text[max(0, b.start - 30):b.start])
        if now:
            start = b.start - (len(text[max(0, b.start - 30):b.start]) - now.start())
            if P.TIME_LABEL.search(text[max(0, start - 80):start]):  # "Thời gian: từ nay đến năm 2030"
                out.append(_deadline(text, start, b.end, None, b.date_end or b.date, b.precision, "rule_from_issue", is_range=True))
                used.add(i)
                continue
        partial = P.FROM_PARTIAL.search(text[max(0, b.start - 40):b.start]) or P.DAY_SPAN_PARTIAL.search(text[max(0, b.start - 40):b.start])
        if partial and b.date and (b.precision == "day") == bool(partial.group("day")) and (
                b.precision in ("day", "month") if not partial.groupdict().get("only_quarter") else b.precision == "quarter"):
            start = b.start - (len(text[max(0, b.start - 40):b.start]) - partial.start())
            first = partial_start(partial, b.date)  # "từ ngày 15/11 đến …", "từ ngày 08 đến ngày 10 tháng 12 năm 2025"
            out.append(_deadline(text, start, b.end, first, b.date, b.precision, "rule_from_to", is_range=True))
            used.add(i)
            continue
        issued = P.FROM_ISSUE.search(text[max(0, b.start - 120):b.start])
        if issued:
            start = b.start - (len(text[max(0, b.start - 120):b.start]) - issued.start())
            out.append(_deadline(text, start, b.end, None, b.date, b.precision, "rule_from_issue", is_range=True))
            used.add(i)
    return out, used


def _ended_before(d: Deadline, doc_year: int | None, issued: str | None) -> bool:
    """A period that ended before the plan was issued ("Từ ngày 15/11 đến ngày 20/11/2025, trên địa bàn
    tỉnh xảy ra đợt mưa rất lớn" in a plan of 21/11/2025) is history, not a deadline."""
    end = d.date_end or d.date
    if not end or d.rule == "rule_until_event":  # its end is an event still to come
        return False
    if doc_year and int(end[:4]) < doc_year:
        return True
    return bool(issued and d.precision in ("day", "month") and end < issued[:len(end)])


def _coordinated_months(text: str, when: When, d: Deadline) -> list[Deadline]:
    """The months coordinated before a dated one ("vào tháng 4 và tháng 8 năm 2026"): each its own deadline
    in the year the last one states."""
    window = text[max(0, when.start - 40):when.start]
    chain = P.MONTHS_BEFORE.search(window)
    if chain is None:
        return []
    base = when.start - len(window)
    return [_deadline(text, base + m.start(), base + m.end(), f"{when.date[:4]}-{int(m.group(1)):02d}", None, "month",
                      "rule_month", kind=d.kind)
            for m in regex.finditer(r"(?i)tháng\s+(\d{1,2})", window, chain.start())]


def _coordinated_quarters(text: str, when: When, d: Deadline) -> list[Deadline]:
    """The quarters coordinated before a dated one ("trong quý I và quý II năm 2026"): each its own deadline
    in the year the last one states, as coordinated months are."""
    window = text[max(0, when.start - 40):when.start]
    chain = P.QUARTERS_BEFORE.search(window)
    if chain is None:
        return []
    base = when.start - len(window)
    return [_deadline(text, base + m.start(), base + m.end(), f"{when.date[:4]}-Q{P.QUARTER_NUMBER[m.group(1).lower()]}",
                      None, "quarter", "rule_quarter", kind=d.kind)
            for m in P.QUARTER_ITEM.finditer(window, chain.start())]


def _lead_in(text: str, when: When, reach: int) -> str:
    """The `reach` characters before a date, and its "ngày" where the date opens with it ("… đến hết ngày 31/12/2025"): what a
    cue before the date ends with, whether the text writes "ngày" before the date or inside it."""
    return text[max(0, when.start - reach):when.start] + ("ngày" if text[when.start:when.end].lower().startswith("ngày") else "")


def rule_single(text: str, when: When, doc_year: int | None, issued: str | None = None, coordinated: bool = False) -> Deadline | None:
    """One date, kept where plans use it as a deadline; `coordinated`: it follows a kept one with "và" or a comma ("trong
    tháng 12 năm 2026 và tháng 01 năm 2027"), whose cue it shares."""
    if when.precision == "year" or when.date_end and when.precision == "month" and not when.months:
        return _year_or_half(text, when, doc_year)
    cue = _cue_start(text, when, P.CUE)
    if cue is None and coordinated:
        cue = when.start
    before = P.MONTHS_BEFORE if when.precision == "month" else P.QUARTERS_BEFORE if when.precision == "quarter" else None
    chain = before.search(text[max(0, when.start - 40):when.start]) if before else None
    if cue is None and chain:  # "vào tháng 4 và tháng 8 năm 2026", "trong quý I và quý II năm 2026": the cue is before the first
        first = When(when.start - (len(text[max(0, when.start - 40):when.start]) - chain.start()), when.end, None, "")
        chain_cue = _cue_start(text, first, P.CUE)
        if chain_cue is None:  # "Thời gian kiểm tra: Quý II và Quý III năm 2027": a time label before the first
            chain_cue = _cue_start(text, first, P.TIME_LABEL)
        if chain_cue is None and _closes_an_action(text, first):  # "… phát quang (tháng 3 và tháng 9 năm 2025)": alone in
            chain_cue = first.start  # parentheses after the action, as one month is
        cue = when.start if chain_cue is not None else None
    if cue is None and _cue_start(text, when, P.TIME_LABEL) is not None:
        cue = when.start  # "Thời gian hoàn thành: Quý IV/2025"
    if cue is None and _labels_its_line(text, when):
        cue = when.start  # "- Quý I/2026: Ban hành kế hoạch chi tiết."
    if cue is None and _closes_an_action(text, when):
        cue = when.start  # "- Tổ chức hội nghị sơ kết (tháng 6/2026)."
    if when.precision != "day" and cue is None:
        return None
    s_start, _ = _sentence(text, when.start)
    if cue is None and (P.ANNIVERSARY.search(text[max(s_start, when.start - 80):when.start])
                        or P.OBSERVANCE_BEFORE.search(text, max(s_start, when.start - 90), when.start)):
        return None
    if cue is None and P.CITED_BEFORE.search(text[max(s_start, when.start - 200):when.start]):
        return None  # the date of a document cited by name
    if P.TAKES_EFFECT.search(text[max(0, when.start - 40):when.start]) or P.VALID_UNTIL.search(text[max(0, when.start - 100):when.start]):
        return None  # "có hiệu lực kể từ ngày …", "… đến hết ngày …": when a document takes or stops having effect
    if P.COUNTED_TO.search(_lead_in(text, when, 30)):
        return None  # "(tính đến hết ngày 31/12/2025)": the reference date of figures
    if when.precision == "day" and P.COMPARED_WITH.search(_lead_in(text, when, 40)):
        return None  # "giảm 30% so với thời điểm 31/12/2026": the moment a change is measured against
    if when.precision == "day" and P.REFERENCE_MOMENT.search(text[max(0, when.start - 80):when.start]):
        return None  # "Thời điểm điều tra: ngày 01/7/2027": the moment a census' figures describe
    if P.INSPECTED_PERIOD.search(text[max(s_start, when.start - 120):when.start]):
        return None  # "Thời kỳ thanh tra từ ngày 01/01/2024 đến ngày 31/12/2026": the period an inspection looks back on
    if cue is None and P.METADATA_LABEL.search(text[max(0, when.start - 40):when.start]):
        return None  # "Ngày ban hành: 21/11/2025": metadata
    opening = text[s_start:when.start] + ("ngày" if text[when.start:when.end].lower().startswith("ngày") else "")
    if when.precision == "day" and regex.match(r"\s*,", text[when.end:when.end + 2]) and P.EVENT_OPENING.match(opening):
        return None  # "Ngày 23/11/2025, Thủ tướng … có Công điện": what happened then
    if doc_year and when.date and int(when.date[:4]) < doc_year:
        return None
    if issued and when.date and when.precision == "day" and when.date <= issued and P.AS_OF.search(_lead_in(text, when, 40)):
        return None  # "Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận …": a status as of the plan's issue
    if issued and when.date and when.precision in ("day", "month") and when.date < issued[:len(when.date)] and not (
            not when.date_end and P.ONGOING_FROM.search(text[max(0, when.start - 60):when.start] + text[when.start:when.end][:8])):
        return None  # before the plan was issued: something that happened, not a deadline (but "Thời gian thực hiện: Từ
        # 01/7/2025.": when the action runs from, still running)
    if when.precision != "day" and cue is not None and cue < when.start and P.BY_TIME_CUE.match(text[cue:when.start]) and (
            P.TARGET_VALUE.search(text, s_start, cue) or P.TARGET_VALUE.search(text, when.end, _sentence(text, when.start)[1])):
        return None  # "Đến tháng 6/2026, tỷ lệ giải ngân đạt 60%": the time of a target, as a year is ("Đến năm 2030: …")
    if P.FORECAST_BEFORE.search(text[max(s_start, when.start - 120):when.start]):
        return None  # "dự kiến Quốc hội thông qua vào tháng 12/2025": a forecast of another body's event
    if when.precision == "day" and _a_cut_off(text, when, s_start):
        return None  # "Hợp đồng … được ký trước ngày 01/7/2025": which cases a provision covers
    start = cue if cue is not None else when.start
    return _deadline(text, start, when.end, when.date, when.date_end, when.precision, f"rule_{when.precision}")


def _closes_an_action(text: str, when: When) -> bool:
    """A month or quarter alone in parentheses after an action ("Tổ chức tập huấn cho cán bộ cấp xã (dự kiến quý III/2026)"),
    as a year there is (`rule_parenthesised`), not after a figure. (A programme or plan is named by its years, not by a month:
    "Tổ chức sơ kết việc thực hiện Kế hoạch (tháng 6/2026)" is the review's time.)"""
    opening = P.PAREN_OPEN.search(text, max(0, when.start - 20), when.start)
    if opening is None or not P.PAREN_CLOSE.match(text, when.end):
        return False
    s_start, _ = _sentence(text, when.start)
    clause_start = s_start + max([0] + [c.end() for c in P.CLAUSE_BREAK.finditer(text[s_start:opening.start()])])
    return not P.TARGET_VALUE.search(text, clause_start, opening.start())


def _labels_its_line(text: str, when: When) -> bool:
    """A month or quarter that opens a line of a timeline and labels what follows ("- Quý I/2026: Ban hành kế hoạch",
    "Tháng 6/2026: tổ chức sơ kết"): the time of that action (not of a figure: "- Quý I/2026: đạt 25% kế hoạch")."""
    line_start = text.rfind("\n", 0, when.start) + 1
    if not P.LINE_LABEL_OPENING.fullmatch(text, line_start, when.start) or not P.LABEL_COLON.match(text, when.end):
        return False
    line_end = text.find("\n", when.end)
    return not P.TARGET_VALUE.search(text, when.end, line_end if line_end >= 0 else len(text))


def _year_or_half(text: str, when: When, doc_year: int | None) -> Deadline | None:
    label = _cue_start(text, when, P.TIME_LABEL)
    if label is not None:  # "Thời gian thực hiện: năm 2025": the label says it is a time
        return _deadline(text, when.start, when.end, when.date, when.date_end, when.precision, "rule_time_label")
    cue = _cue_start(text, when, P.YEAR_CUE)
    if cue is None and not regex.match(r"(?i:cuối|giữa)", text[when.start:when.end]):
        return None
    if cue is None and P.NAME_BEFORE_YEAR.search(text[max(0, when.start - 120):when.start]):
        return None  # part of a plan's name, its own period (rule_own_period)
    s_start, s_end = _sentence(text, when.start)
    if cue is not None and P.UNTIL_YEAR_END.fullmatch(text, cue, when.start) and not P.YEAR_CLOSES_CLAUSE.match(text, when.end):
        return None  # "Đến hết năm 2025, tỷ lệ … đạt 80%", "đến hết năm 2025 toàn tỉnh có …": the targets' year (s33b)
    if cue is None and P.CITED_SUBJECT.search(text[max(s_start, when.start - 200):when.start]):
        return None  # in a cited document's subject ("Nghị quyết số 86/NQ-CP … về … những tháng cuối năm 2025")
    opens = cue is not None and P.YEAR_OPENING.fullmatch(text, s_start, when.start) and P.YEAR_OPENING_AFTER.match(text, when.end)
    closes = cue is not None and P.IN_YEAR.fullmatch(text, cue, when.start) and P.YEAR_CLOSES_CLAUSE.match(text, when.end) \
        and (any(P.DELIVERY_OPENING.match(text, s_start + k) for k in [0] + [m.end() for m in regex.finditer(";", text[s_start:when.start])])
             or P.COMMISSIONED_BEFORE.search(text, s_start, cue) is not None)  # "…, đưa vào vận hành trong năm 2028." (w23a)
    seasonal = cue is not None and P.SEASON_CUE.search(text, cue, when.start) is not None  # "trước mùa mưa bão năm 2027"
    if not P.YEAR_ACTION.search(text[s_start:s_end]) and not opens and not closes and not seasonal:
        return None  # (a sentence "Trong năm 2026, …" asks for what it says in that year; "Số hóa … trong năm 2027." the
        # time of the delivery the clause opens with)
    completes = cue is not None and P.COMPLETION_CUE.match(text, cue) and P.COMPLETION_AFTER_COMMA.search(text, s_start, cue) \
        and P.YEAR_CLOSES_CLAUSE.match(text, when.end)  # "…, hoàn thành đến hết năm 2027.": the delivery's time (s33b)
    if P.BY_YEAR.search(text[max(s_start, when.start - 12):when.start]) or P.TARGET_VALUE.search(text[s_start:s_end]) and not completes:
        return None  # "đến cuối năm 2025, có 80% số xã …": the year of a target, not a deadline
    if doc_year and int(when.date[:4]) < doc_year:
        return None
    start = cue if cue is not None else when.start
    ky_hop = regex.search(r"[Kk]ỳ\s+họp", text[start:when.start])
    return _deadline(text, start + (ky_hop.start() if ky_hop else 0), when.end, when.date, when.date_end,
                     when.precision, "rule_year" if when.precision == "year" else "rule_half_year")


def _recurrence(text: str, m: regex.Match, first: regex.Match | None = None) -> str | None:
    """The recurrence of a yearless date (or of a period `first` … `m`): said right after it, else
    earlier in its sentence."""
    after = P.EVERY_AFTER.match(text[m.end():m.end() + 40])
    if after:
        every = P.RECURRENCE[after.group("unit").lower()]
        if every == "yearly" and m.group("m") and _half_yearly_pair(text, m):
            return "half_yearly"  # "định kỳ 6 tháng (trước ngày 20/6 và 20/12 hằng năm)": two dates a year, each yearly
        return every
    if P.QUARTER_MONTH_AFTER.match(text, m.end()):
        return "quarterly"  # "trước ngày 20 của tháng cuối quý"
    if m.group("dday") and P.NEXT_MONTH_AFTER.match(text, m.end()):
        return "monthly"  # "trước ngày 05 của tháng tiếp theo"
    if P.NEXT_YEAR_AFTER.match(text[m.end():m.end() + 30]):
        return "yearly"  # "trước ngày 31/01 của năm tiếp theo"
    s_start, _ = _sentence(text, (first or m).start())
    report = P.REPORT_CYCLE_AFTER.match(text, m.end())
    if report:
        cycle = _cycle(report)  # "trước ngày 20/12 đối với báo cáo năm": the report the date is for
        if m.group("m") and cycle != "monthly" or m.group("dday") and cycle == "monthly":
            return cycle
    near = text[max(s_start, m.start() - 30):m.start()]
    half = P.HALF_YEAR_BEFORE.search(near) if m.group("m") else None
    year = P.YEAR_LABEL_BEFORE.search(near) if m.group("m") else None
    # (two cues before one bracket with two dates go in turn: "định kỳ 6 tháng, hằng năm (trước ngày 15/6 và 15/12)")
    in_turn = half and year and regex.match(r"[^()\n]{0,12}?\d{1,2}\s*/\s*\d{1,2}[^()\n]*\)", text[m.end():m.end() + 40])
    if half and (not year or year.start() < half.start() or in_turn):
        return "half_yearly"  # "Định kỳ 6 tháng (gửi trước ngày 15/6)": the nearest cue says it
    if year:
        return "yearly"  # "…, năm (trước ngày 20/12)" after "hằng quý (…)", "định kỳ 6 tháng và hằng năm (trước ngày
        # 15/12)": the nearest cue says it
    opened = P.HALF_YEAR_OPENS.search(text, s_start, m.start()) if m.group("m") else None
    if opened and not P.OTHER_CYCLE.search(text, opened.end(), m.start()):
        return "half_yearly"  # "Định kỳ 6 tháng báo cáo kết quả thực hiện về Sở … (trước ngày 10/6 và 10/12)": the cue that opens
        # the clause, however far its report's addressee puts the dates (s29a), when no other cycle is named between
    cycle = _report_cycle(text, s_start, m.start())
    if m.group("m") and cycle not in (None, "monthly") or m.group("dday") and cycle == "monthly":
        return cycle  # "báo cáo quý I trước ngày 10/3", "Báo cáo năm: gửi trước ngày 20/11", "Báo cáo tháng … trước ngày 25"
    before = list(P.EVERY.finditer(text[s_start:m.start()]))
    if not before:
        if m.group("m") and first is not None and first is not m and P.YEAR_BEFORE.search(text, first.end(), m.start()):
            return "yearly"  # "từ ngày 15 tháng 12 năm trước … đến ngày 14 tháng 12": each year's window
        return None
    every = P.RECURRENCE[before[-1].group("unit").lower()]
    if m.group("m") and every in ("monthly", "weekly"):  # a day of a month recurs at most yearly
        return "half_yearly" if P.HALF_YEAR_BEFORE.search(text[max(s_start, m.start() - 30):m.start()]) else "yearly"
    return every


def _half_yearly_pair(text: str, m: regex.Match) -> bool:
    """`m` is one of two or more coordinated days of a month ("20/6 và 20/12") whose list a half-yearly cue opens ("định kỳ
    6 tháng (trước ngày …"): the list gives the dates of each half year, whatever "hằng năm" after it says of each date."""
    s_start, _ = _sentence(text, m.start())
    head = P.DATES_LIST_TAIL.sub("", text[max(s_start, m.start() - 80):m.start()])
    if len(head) == m.start() - max(s_start, m.start() - 80) and not P.DATES_LIST_NEXT.match(text, m.end()):
        return False  # a single date ("Báo cáo 6 tháng … trước ngày 15/6 hằng năm"): the report of each year
    return bool(P.HALF_YEAR_BEFORE.search(head[-30:]))


def _every_month_or_quarter(text: str, m: regex.Match) -> bool:
    """The sentence says, before `m`, that it recurs every month or quarter ("Định kỳ hằng tháng, trước ngày 25 …"), or names
    a monthly report right before it ("Báo cáo tháng gửi trước ngày 25")."""
    s_start, _ = _sentence(text, m.start())
    before = list(P.EVERY.finditer(text[s_start:m.start()]))
    if not before:
        return _report_cycle(text, s_start, m.start()) == "monthly"
    return P.RECURRENCE[before[-1].group("unit").lower()] in ("monthly", "quarterly")


def _report_cycle(text: str, s_start: int, pos: int) -> str | None:
    """The cycle of the report named last before `pos` in its clause ("báo cáo quý I trước ngày 10/3" quarterly, "báo cáo 6
    tháng" half_yearly, "báo cáo năm", "báo cáo 9 tháng" yearly, "Báo cáo tháng" monthly), when nothing but a few words
    without a number stand between (`REPORT_CYCLE_GAP`); else None."""
    respective = P.RESPECTIVELY.search(text, max(s_start, pos - 120), pos)
    reports = list(P.REPORT_CYCLE.finditer(text, max(s_start, respective.start() - 160), respective.start())) if respective else []
    if len(reports) > 1:  # "báo cáo 6 tháng và báo cáo năm … lần lượt trước ngày 15/6 và 15/12": in turn
        turn = sum(1 for _ in P.YEARLESS.finditer(text, respective.end(), pos))
        return _cycle(reports[turn]) if turn < len(reports) else None
    last = None
    for last in P.REPORT_CYCLE.finditer(text, max(s_start, pos - 200), pos):
        pass
    if last is None or not P.REPORT_CYCLE_GAP.fullmatch(text, last.end(), pos):
        return None
    return _cycle(last)


def _cycle(report: regex.Match) -> str:
    """The recurrence a `REPORT_CYCLE` match names."""
    if report.group("half"):
        return "half_yearly"
    if report.group("year"):
        return "yearly"
    return "quarterly" if report.group("quarter") else "monthly"


def rule_yearless(text: str, excluded: Intervals) -> list[Deadline]:
    """Dates without a year after a cue: "trước ngày 15 tháng 12 hằng năm" → date null, yearly;
    "trước ngày 18 hằng tháng" → monthly; "trước ngày 01/6 và 15/11 hằng năm" → two dates;
    "từ ngày 15 tháng 12 … đến ngày 14 tháng 12" → one period. The year is never inferred."""
    found = []  # (start of the cue, match)
    for m in opened_by(P.YEARLESS, text, P.YEARLESS_OPENERS, ignore_case=True, digits=P.YEARLESS_DIGITS,
                        goes_on=P.YEARLESS_WORDS_GOING_ON):
        if excluded.touches(m.start(), m.end()):
            continue
        if m.group("d") and not regex.match(r"(?i)ngày|\d+\s+tháng", m.group()) and P.FRACTION_AFTER.match(text, m.end()):
            continue  # "từ 2/3 thành viên trở lên": a fraction
        if P.DEFINED_PERIOD.search(text, max(_sentence(text, m.start())[0], m.start() - 200), m.start()):
            continue  # "Năm tài chính của Quỹ bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12": a defined period
        before = text[max(0, m.start() - 30):m.start()]
        if P.COUNTED_TO.search(before + ("ngày" if m.group().lower().startswith("ngày") else "")) or P.UNTIL_NOW_AFTER.match(text, m.end()):
            continue  # "(tính đến ngày 31/12 của năm đánh giá)": the figures' date; "(từ ngày 01/7 đến nay)": background
        if P.YEAR_DEFINED.search(text, max(0, m.start() - 120), m.start()):
            continue  # "Năm tài chính … bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12": a definition
        cue = P.YEARLESS_CUE.search(before)
        of_quarter = (P.QUARTER_MONTH_AFTER.match(text, m.end()) or P.NEXT_MONTH_AFTER.match(text, m.end())) and not (
            cue and regex.match(r"(?i)từ|đến|hết", cue.group()))
        opens_a_period = bool(m.group("dday") and cue and regex.match(r"(?i)từ", cue.group()) and P.ELLIPTIC_DAY_RANGE.match(text, m.end()))
        if m.group("dday") and not (cue and (_every_month_or_quarter(text, m) or of_quarter or opens_a_period)):  # ("từ ngày 10
            # đến ngày 15 tháng 12": the first day of a period, its month said after)  # ("… đến ngày 14 của tháng cuối
            # quý": the end of a window of figures, not a deadline)
            continue  # "trước ngày 20" is a deadline only where the sentence said "hằng tháng" / "hằng quý" before it
        if cue:
            found.append((m.start() - len(before) + cue.start(), m))
        elif found and found[-1][1].end() <= m.start() and P.YEARLESS_AND.match(text[found[-1][1].end():m.start()]):
            found.append((m.start(), m))
        elif m.group("me") and found and found[-1][1].group("mr") and found[-1][1].end() <= m.start():
            found.append((m.start(), m))  # "từ tháng 4 - tháng 6": the span's end after a dash
        elif not m.group("qq") and (m.group("dd") or m.group("mm") or P.EVERY_AFTER.match(text[m.end():m.end() + 40])):  # a quarter needs its cue
            if not (P.ANNIVERSARY.search(text[max(0, m.start() - 80):m.start()])
                    or P.OBSERVANCE_BEFORE.search(text, max(0, m.start() - 90), m.start())
                    or P.OBSERVANCE_LOWER_BEFORE.search(text, max(0, m.start() - 90), m.start())):
                found.append((m.start(), m))
    out, i = [], 0
    previous: tuple[regex.Match, str | None] | None = None  # the last date read, with its recurrence
    while i < len(found):
        start, m = found[i]
        end, last = m.end(), m
        if i + 1 < len(found) and regex.match(r"(?i)từ", text[start:m.start()]) and P.YEARLESS_RANGE.match(text[m.end():found[i + 1][1].start()]):
            last = found[i + 1][1]
            end = last.end()
            i += 1
        i += 1
        recurrence = _recurrence(text, last, m)
        if recurrence is None and previous is not None and previous[0].end() <= m.start() and P.YEARLESS_AND.match(text[previous[0].end():m.start()]):
            recurrence = previous[1]  # "6 tháng (trước ngày 15/6 và 15/12)": a date coordinated with one recurs as it does
        if recurrence is None and last.group("m") and P.PERIODIC.search(text, _sentence(text, start)[0], start):
            recurrence = "yearly"  # "báo cáo định kỳ (trước ngày 15 tháng 12)": a day of a month said to recur recurs yearly
        previous = (last, recurrence)
        if (m.group("mr") or m.group("me")) and last is m:
            continue  # a month that opens or closes a span only with the other end ("từ tháng 4 đến tháng 8")
        after = P.EVERY.match(text, end + len(text[end:end + 5]) - len(text[end:end + 5].lstrip())) or P.QUARTER_MONTH_AFTER.match(text, end) or (
            P.NEXT_MONTH_AFTER.match(text, end) if m.group("dday") else None)
        end = after.end() if after else end  # "trước ngày 15/11 hằng năm", "… ngày 20 của tháng cuối quý": the recurrence is part of it
        precision = "month" if m.group("mm") or m.group("mr") or m.group("me") else "quarter" if m.group("qq") else "day"
        shared = P.SHARED_YEAR_AFTER.match(text, end) if recurrence is None and last is m and m.group("d") else None
        if shared:  # "trước ngày 10/6 và 10/12/2025": the year is stated once, after the last of the dates it dates
            out.append(_deadline(text, start, end, f"{shared.group('year')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}", None,
                                 "day", "rule_yearless"))
            continue
        out.append(_deadline(text, start, end, None, None, precision, "rule_yearless", recurrence=recurrence,
                             is_range=last is not m))
    return out


@functools.lru_cache(maxsize=2)
def _part_starts(text: str) -> list[int]:
    return [m.start() for m in at_line_starts(P.ROMAN_HEADING, text)]


def _part_title(text: str, pos: int) -> str:
    """The title of the "I. …" part `pos` sits in (its first two lines: PDFs wrap titles), as far as `pos`.
    The parts are found once per text (each heading of a long text scanning from the start was quadratic)."""
    i = bisect.bisect_left(_part_starts(text), pos)
    if i:
        m = P.ROMAN_HEADING.match(text, _part_starts(text)[i - 1], pos)
        if m:
            return m.group()
    title = ""  # `pos` cuts the last heading's marker: read as the text up to `pos` reads
    for m in P.ROMAN_HEADING.finditer(text, 0, pos):
        title = m.group()
    return title


def _under_roadmap(text: str, pos: int) -> bool:
    """w20c: `pos` sits under a numbered heading of its part that names a roadmap ("3. Lộ trình thực hiện", "2. Tiến độ thực
    hiện"): the nearest numbered heading before it, after the part's own title (P.ROADMAP_HEADING, P.ROADMAP_WORDS)."""
    starts = _part_starts(text)
    i = bisect.bisect_left(starts, pos)
    start = starts[i - 1] if i else 0
    last = None
    for m in P.ROADMAP_HEADING.finditer(text, start, pos):
        last = m
    return last is not None and P.ROADMAP_WORDS.match(last.group("title").strip(" *_:")) is not None


def _years(m: regex.Match) -> tuple[str, str | None]:
    return m.group("y1"), m.group("y2")


def _stands_alone(text: str, m: regex.Match) -> bool:
    """A heading "Giai đoạn 2031 - 2035" alone on its line is a phase when it is numbered (its
    marker on the line or alone on the line before) and followed by prose, not by another year (a
    table's header row "Năm 2026 | Năm 2027") nor continuing a title ("… GIAI ĐOẠN 05 / NĂM 2026 – 2028")."""
    before = [line for line in text[max(0, m.start() - 300):m.start()].split("\n") if line.strip()]
    after = [line for line in text[m.end():m.end() + 600].split("\n") if line.strip()]
    numbered = bool(m.group("marker")) or bool(before and P.BARE_MARKER.match(before[-1]))
    followed = bool(after) and len(after[0].strip()) > 30 and not P.PHASE_HEADING.match(after[0])
    return numbered and followed


def rule_phase_headings(text: str, doc_year: int | None) -> list[Deadline]:
    """Phases that bound the plan's actions: a heading "Giai đoạn 2031 - 2035" / "Năm 2026" (alone
    or before its actions: "Năm 2026: hoàn thành …") in a part of actions ("III. LỘ TRÌNH THỰC
    HIỆN", not "II. MỤC TIÊU"); a heading of tasks that names their time ("1. Các nhiệm vụ cần làm
    ngay trong năm 2026"). A horizon of targets ("Đến năm 2030: …") is not a phase."""
    out = []
    for pattern, rule in ((P.PHASE_HEADING, "rule_phase_heading"), (P.TASK_HEADING, "rule_task_heading")):
        if pattern is P.TASK_HEADING and next(in_stretches(P.ENDS_A_LINE_WITH_A_TIME, text, P.WHEN_ANCHOR, P.ENDS_A_LINE_STOPS), None) is None:
            continue  # (the quick test first: no line ends in a time)
        for m in (at_line_starts(pattern, text) if pattern is P.PHASE_HEADING else pattern.finditer(text)):
            line_end = text.find("\n", m.start("when"))
            heading = text[text.rfind("\n", 0, m.start("when")) + 1:line_end if line_end >= 0 else len(text)]
            if rule == "rule_phase_heading" and m.group("colon") == ":" and P.OPENS_WITH_ACTION.match(text, m.end()):
                heading = text[text.rfind("\n", 0, m.start("when")) + 1:m.end()]  # the phase, not its actions ("Giai đoạn 2
                # (2028 - 2030): tập trung …, hoàn thành các mục tiêu của Kế hoạch": a target named as an action's object)
            part = _part_title(text, m.start())
            if P.TARGET_WORDS.search(heading) or P.TARGET_WORDS.search(part):
                continue
            if rule == "rule_phase_heading" and not P.ACTION_PART.search(part):
                continue
            if rule == "rule_phase_heading" and not m.group("colon") == ":" and not _stands_alone(text, m):
                continue
            y1, y2 = _years(m)
            if doc_year and int(y1) < doc_year:
                continue
            after = text[m.end():m.end() + 200]
            if P.TARGET_VALUE.search(after.split("\n", 1)[0]):
                continue  # "Năm 2026: tỷ lệ … đạt 80%": a target's year
            out.append(_deadline(text, m.start("when"), m.end("when"), y1, y2, "year", rule,
                                 kind="period" if y2 else "milestone"))
    return out


def rule_parenthesised(text: str, doc_year: int | None, excluded: Intervals) -> list[Deadline]:
    """A time in parentheses after an action: "… tiến tới thí điểm (2025 - 2026).", "(xuyên suốt
    2025 - 2035)"; after a report or review whatever it names: "Báo cáo giữa kỳ thực hiện Kế hoạch
    (năm 2030)". Not a programme's period named in passing ("Chương trình … (2021 - 2025)")."""
    out = []
    for m in P.PAREN_TIME.finditer(text):
        if excluded.touches(m.start(), m.end()):
            continue
        y1, y2 = _years(m)
        if doc_year and int(y1) < doc_year:
            continue
        s_start, _ = _sentence(text, m.start())
        clause_start = s_start + max([0] + [c.end() for c in P.CLAUSE_BREAK.finditer(text[s_start:m.start()])])
        clause = text[clause_start:m.start()]
        if P.TARGET_VALUE.search(clause):
            continue
        if regex.search(r"\d[\d.,]*[^\S\n]*$", clause):
            continue  # "23.500 (năm 2030)" in a cell under "Giai đoạn 2026-2030": the year the figure is for (w22d)
        reported = P.REPORT_OPENING.match(clause) is not None
        closes_item = regex.match(r"\s*[.;]?[*_\s]*(?:\n|$)", text[m.end():m.end() + 6]) is not None
        if not reported and (not closes_item or P.NAMED_BEFORE.search(text[max(s_start, m.start() - 60):m.start()])):
            continue
        kind = "period" if y2 else "review" if P.REVIEW.search(clause) and not P.HAND_OVER.search(clause) else None
        out.append(_deadline(text, m.start("when"), m.end("when"), y1, y2, "year", "rule_parenthesised", kind=kind))
    return out


def rule_phase_in_clause(text: str, doc_year: int | None, excluded: Intervals) -> list[Deadline]:
    """A phase that opens a clause and the action it bounds ("…; giai đoạn 2026 - 2028 hoàn thành số hóa hồ sơ …", "3. Phát
    triển hạ tầng số: giai đoạn 2025 - 2026 hoàn thành phủ sóng 4G, 5G đến 100% thôn"): a period, as a phase heading is
    ("Giai đoạn 2026-2027: hoàn thành …"), whatever figure the action names; not in a part of targets ("II. MỤC TIÊU") unless
    under its roadmap ("3. Lộ trình thực hiện", `_under_roadmap`)."""
    out = []
    for m in P.PHASE_IN_CLAUSE.finditer(text):
        y1, y2 = _years(m)
        if excluded.touches(m.start("when"), m.end("when")) or doc_year and int(y2) < doc_year or int(y2) <= int(y1):
            continue
        if P.TARGET_WORDS.search(_part_title(text, m.start())) and not _under_roadmap(text, m.start()):
            continue
        out.append(_deadline(text, m.start("when"), m.end("when"), y1, y2, "year", "rule_phase_in_clause", kind="period",
                             is_range=True))
    return out


def rule_phase_closing_action(text: str, doc_year: int | None, excluded: Intervals) -> list[Deadline]:
    """w21b: a phase that closes the clause of an action ("Xây dựng mới 30 mô hình … trong giai đoạn 2026 - 2028", P.PHASE_CLOSING):
    a period, as a phase that opens the clause is (`rule_phase_in_clause`); the clause opens with its action
    (P.CLAUSE_OPENS_WITH_ACTION) and counts nothing (a count's span is its target's period); not a programme's, a campaign's or
    a cited or named document's period (P.NAMED_BEFORE, P.CAMPAIGN_OR_DUTIES_BEFORE, P.DOCUMENT_CITED, P.NAME_BEFORE_YEAR), not in a part of targets
    unless under its roadmap, nor of purposes ("I. MỤC ĐÍCH, YÊU CẦU")."""
    out = []
    for m in P.PHASE_CLOSING.finditer(text):
        y1, y2 = _years(m)
        if excluded.touches(m.start("when"), m.end("when")) or int(y2) <= int(y1):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        clause_start = line_start + max([0] + [c.end() for c in P.SENTENCE_OR_CLAUSE_END.finditer(text[line_start:m.start()])])
        if doc_year and int(y1) < doc_year:
            continue  # a phase of the plan's actions starts no earlier than the plan: an earlier one is a programme's running period
        if not P.CLAUSE_OPENS_WITH_ACTION.match(text, clause_start) or P.QUOTE_CLOSED.search(text[clause_start:m.start()]) \
                or P.DOCUMENT_CITED.search(text, clause_start, m.start()) or P.NAME_BEFORE_YEAR.search(text[clause_start:m.start()]) \
                or P.NAMED_BEFORE.search(text[max(clause_start, m.start() - 60):m.start()]) \
                or P.CAMPAIGN_OR_DUTIES_BEFORE.search(text[max(clause_start, m.start() - 100):m.start()]):
            continue  # (a quoted name, a campaign's or the duties' period: named in passing)
        if P.COUNT_IN_CLAUSE.search(text, clause_start, m.start()):
            continue  # "xây dựng mới 12 trạm y tế xã đạt chuẩn trong giai đoạn 2026 - 2028": the span of the target it names
            # (its period and year), no deadline (gold of tu_chuong_trinh_hanh_dong_suc_khoe_nq72, xa_dang_uy_…_dai_hoi)
        part = _part_title(text, m.start())
        if P.TARGET_WORDS.search(part) and not _under_roadmap(text, m.start()) or P.PURPOSE_WORDS.search(part):
            continue
        out.append(_deadline(text, m.start("when"), m.end("when"), y1, y2, "year", "rule_phase_closing_action", kind="period",
                             is_range=True))
    return out


def rule_year_span(text: str, doc_year: int | None, excluded: Intervals) -> list[Deadline]:
    """A span of years an action is done in ("Triển khai thí điểm trong năm 2026 - 2027"): a period, where its sentence names
    an action (`ACTION_VERB`, `YEAR_ACTION`) and states no figure."""
    out = []
    for m in P.YEAR_SPAN.finditer(text):
        y1, y2 = _years(m)
        if excluded.touches(m.start(), m.end()) or doc_year and int(y2) < doc_year or int(y2) <= int(y1):
            continue
        s_start, s_end = _sentence(text, m.start())
        if P.TARGET_VALUE.search(text, s_start, s_end) or not (
                P.YEAR_ACTION.search(text, s_start, s_end) or regex.search(P.ACTION_VERB + "|thí\\s+điểm", text[s_start:s_end], regex.I)):
            continue
        out.append(_deadline(text, m.start(), m.end(), y1, y2, "year", "rule_year_span", kind="period", is_range=True))
    return out


def rule_labelled(text: str, doc_year: int | None, excluded: Intervals) -> list[Deadline]:
    """The time a label states without a date a cue would find: years ("Thời gian thực hiện: Giai
    đoạn 2026-2030 …", "Thời gian thực hiện: Năm 2026 và các năm tiếp theo") and a time relative
    to an event ("Thời gian thực hiện: Sau khi Nghị định … được ban hành": date null, its date_raw)."""
    out = []
    for m in in_stretches(P.LABELLED_YEARS, text, P.LABELLED_YEARS_COLON, P.LABELLED_YEARS_STOPS):
        y1, y2 = _years(m)
        if excluded.touches(m.start("when"), m.end("when")) or doc_year and int(y2 or y1) < doc_year:
            continue
        out.append(_deadline(text, m.start("when"), m.end("when"), y1, y2, "year", "rule_labelled_years",
                             kind="period", is_range=bool(y2)))
    for m in P.LABELLED_RELATIVE.finditer(text):
        if not excluded.touches(m.start("when"), m.start("when") + 8):  # the event may cite a document
            out.append(_deadline(text, m.start("when"), m.end("when"), None, None, None, "rule_labelled_relative"))
    return out


def _names_a_review(text: str, scheduled: bool = False) -> bool:
    """The quick test of the review rules (rule_review_schedule, rule_year_review): whether the text names a review at all
    (P.MENTIONS_REVIEW, looked for only where one of its first words is written; `scheduled`: or an evaluation, which a
    schedule makes a review, P.MENTIONS_SCHEDULED_REVIEW)."""
    pattern, openers = (P.MENTIONS_SCHEDULED_REVIEW, P.MENTIONS_SCHEDULED_REVIEW_OPENERS) if scheduled \
        else (P.MENTIONS_REVIEW, P.MENTIONS_REVIEW_OPENERS)
    return next(opened_by(pattern, text, openers, ignore_case=True), None) is not None


def rule_review_schedule(text: str) -> list[Deadline]:
    """A schedule of reviews that opens a sentence ("Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở
    Công Thương tổ chức sơ kết …"), at its line's start or after the sentence before it on the line (s31a, s31b): each
    recurrence it names is a review milestone, date null.
    Only reviews (sơ kết, tổng kết, an evaluation the body holds: P.SCHEDULED_REVIEW): a recurring report is recorded by
    its dated deadline."""
    if not _names_a_review(text, scheduled=True):
        return []  # (the quick test first: no review is named)
    out = []
    opening = list(at_line_starts(P.REVIEW_SCHEDULE, text))
    at = {m.start("items") for m in opening}  # (a numbered item's "1. Định kỳ …" opens its line: read once)
    for m in opening + [m for m in opened_by(P.SENTENCE_REVIEW_SCHEDULE, text, P.SENTENCE_REVIEW_OPENERS, ignore_case=True)
                        if m.start("items") not in at]:
        _, s_end = _sentence(text, m.start("items"))
        # s36a: the schedule's clause ends at ";" ("Định kỳ hằng năm tổ chức sơ kết; …, báo cáo … trước ngày 15 tháng 12 hằng
        # năm": that date is the report's, the next clause's)
        clause_end = text.find(";", m.end(), s_end)
        s_end = s_end if clause_end < 0 else clause_end
        if P.YEARLESS.search(text, m.end(), s_end):
            continue  # "… hàng năm báo cáo … chậm nhất ngày 17 tháng 12": the dated deadline says it
        for item in P.SCHEDULE_ITEM.finditer(text, m.start("items"), m.end("items")):
            recurrence = "half_yearly" if item.group("half") else P.RECURRENCE[item.group("unit").lower()]
            out.append(_deadline(text, item.start(), item.end(), None, None, None, "rule_review_schedule",
                                 kind="review", recurrence=recurrence))
    return out


def rule_periodic(text: str, excluded: Intervals) -> list[Deadline]:
    """A duty the plan says recurs, "định kỳ" and its cycle ("cập nhật danh mục định kỳ 6 tháng", "rà soát hồ sơ định kỳ
    hằng quý"): each cycle a recurring deadline, date null, its date_raw the cycle (w23c). Not where its clause (up to ";")
    names a day: the dated deadline there says when ("định kỳ 6 tháng (trước ngày 15/6 và 15/12)"); nor a report's cycle
    (a recurring report is recorded by its dated deadline, as the dev gold reads "Định kỳ 06 tháng và hàng năm tổng hợp kết
    quả thực hiện báo cáo …"); nor in a task table's
    time cell ("Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính": the cell's dates are the table's, and it states
    none; dev 039's gold)."""
    out = []
    for m in opened_by(P.PERIODIC_CYCLE, text, ("định",), ignore_case=True):
        if excluded.touches(m.start(), m.end()):
            continue
        s_start, _ = _sentence(text, m.start())
        c_start = max(s_start, text.rfind(";", s_start, m.start()) + 1)
        close = P.CLAUSE_END.search(text, m.end(), min(len(text), m.end() + 300))
        c_end = close.start() if close else min(len(text), m.end() + 300)
        if P.DAY_IN_CLAUSE.search(text, c_start, c_end) or P.ROUTINE_MEETING.search(text, c_start, c_end) \
                or P.REPORT_WORD.search(text, c_start, c_end):
            continue
        for item in P.SCHEDULE_ITEM.finditer(text, m.start("items"), m.end("items")):
            recurrence = "half_yearly" if item.group("half") else P.RECURRENCE[item.group("unit").lower()]
            start = m.start() if item.start() == m.start("items") else item.start()  # "định kỳ 6 tháng", then ", hằng năm"
            out.append(_deadline(text, start, item.end(), None, None, None, "rule_periodic", recurrence=recurrence))
    return out


def rule_year_review(text: str, doc_year: int | None, excluded: Intervals) -> list[Deadline]:
    """A year that opens a clause and schedules a review with no cue before it ("Năm 2028 tổ chức sơ kết giữa kỳ, năm 2030
    tổng kết việc thực hiện Kế hoạch"): a review milestone in that year, as "sơ kết vào năm 2028" is (s34a); a quarter
    opening it ("quý IV/2030 tổng kết Kế hoạch", s36a): in that quarter. Not a year before the plan's own (a past review
    the text reports)."""
    if not _names_a_review(text):
        return []
    return [_deadline(text, m.start("when"), m.end("when"), f"{m.group('year')}-Q{P.QUARTER_NUMBER[m.group('quarter').lower()]}"
                      if m.group("quarter") else m.group("year"), None, "quarter" if m.group("quarter") else "year",
                      "rule_year_review", kind="review")
            for m in opened_by(P.YEAR_REVIEW, text, P.YEAR_REVIEW_OPENERS, ignore_case=True)
            if not excluded.touches(m.start(), m.end()) and not (doc_year and int(m.group("year")) < doc_year)]


def rule_relative(text: str, excluded: Intervals) -> list[Deadline]:
    """A deadline relative to the plan's own issue ("trong vòng 30 ngày kể từ ngày Kế hoạch này được
    ban hành"): date null and its date_raw; the date is never computed."""
    return [_deadline(text, m.start(), m.end(), None, None, None, "rule_relative")
            for m in opened_by(P.RELATIVE, text, P.RELATIVE_OPENERS, ignore_case=True)
            if not excluded.touches(m.start(), m.end()) and not _a_generic_act(text, m)] + [
        _deadline(text, m.start(), m.end(), None, None, None, "rule_relative", kind="period")
        for m in in_stretches(P.ISSUE_TO_EVENT, text, P.ISSUE_WORDS, P.ISSUE_TO_EVENT_STOPS)
        if not excluded.touches(m.start(), m.start() + 8)]


def _a_generic_act(text: str, m: regex.Match) -> bool:
    """s30w: "kể từ ngày ban hành quyết định cấp, cấp lại, thu hồi Chứng chỉ": a decision of a kind, in lower case and followed
    by what it decides, each one's own time limit (a decree's procedure), not the document's own issue, which a text names with
    its type in capitals ("kể từ ngày ban hành Quyết định") or as "… này"."""
    if m.group("council"):  # "… kể từ ngày Hội đồng nhân dân xã quyết định dự toán": the council's decision, a verb (w21c)
        return False
    doc = P.GENERIC_ACT.search(m.group())
    return bool(doc) and P.LOWER_WORD_NEXT.match(text, m.end()) is not None


def rule_relative_to_end(text: str, excluded: Intervals) -> list[Deadline]:
    """A deadline relative to the end of one of the plan's activities ("chậm nhất 05 ngày làm việc sau khi kết thúc đợt kiểm
    tra, …"): date null and its date_raw, in a plan only (a law's or decree's time limits of a procedure are rules)."""
    found = list(opened_by(P.RELATIVE_TO_END, text, P.RELATIVE_TO_END_OPENERS, ignore_case=True))
    if not found or _sets_rules(text) or P.RULES_HEADING.search(text):
        return []  # (the quick test first; a decree's or a quy chế's standing time limits are rules)
    return [_deadline(text, m.start("relative"), m.end("relative"), None, None, None, "rule_relative_to_end")
            for m in found if not excluded.touches(m.start(), m.end())]


def rule_before_festival(text: str, excluded: Intervals) -> list[Deadline]:
    """A deadline named by the Lunar New Year ("xong trước Tết Nguyên đán", "trước Tết Nguyên đán năm 2026"): date null and
    its date_raw; the festival's day is never computed."""
    if "Tết" not in text and "TẾT" not in text:
        return []  # (the quick test first)
    return [_deadline(text, m.start(), m.end(), None, None, None, "rule_before_festival")
            for m in P.BEFORE_FESTIVAL.finditer(text) if not excluded.touches(m.start(), m.end())]


def _cell_deadline(text: str, cell, found, task: str, body: str | None, rule: str, alone: bool = True) -> Deadline:
    """A time cell's deadline; its date_raw is the cell, or where the cell coordinates times (`alone` False) the time's own
    words ("Tháng 6 và tháng 12 hằng năm" → "Tháng 6", "tháng 12 hằng năm")."""
    start, end = cell.start + found.start, cell.start + found.end
    is_range = found.date_end is not None and found.precision == "year"
    return Deadline(
        start=start, end=end, text=text[start:end], date=found.date, date_end=found.date_end,
        precision=found.precision, date_raw=cell.text if alone else text[start:end], recurrence=found.recurrence,
        kind=_kind(task, "", is_range), action=task[:ACTION_CHARS] or None, body=body, rule=rule,
    )


def rule_task_table(text: str, rows, cited: Intervals | None = None) -> list[Deadline]:
    """The "Thời gian hoàn thành" cell of a task table: "Tháng 6/2026", "Quý II/2026", "2026-2027",
    "Năm 2026" need no cue there; the task is the action and the "chủ trì" cell the body. Not the date of a document the
    cell cites ("Nghị định số 214/2025/NĐ-CP ngày 04/8/2025", a column of legal bases the model took for the time)."""
    out = []
    for row in rows:
        cell = row.get("time")
        found = read_time_cell(cell.text) if cell is not None else None
        yearless = read_yearless_cell(cell.text) if found is None and cell is not None else []
        if yearless:  # "Tháng 3 - tháng 5", "Quý II", "Tháng 6, tháng 12": date null, the year never inferred
            found = yearless[0]
        if found is None or cited is not None and found.date and cited.covers(cell.start + found.start, cell.start + found.end):
            continue
        task = row["task"].text if "task" in row else ""
        body = row.get("lead") or row.get("assigned")
        times = yearless[1:] if yearless else more_cell_times(cell.text, found)
        for each in sorted([found] + times, key=lambda t: t.start):  # "Quý II/2026 và Quý IV/2026": each its own deadline
            out.append(_cell_deadline(text, cell, each, task, body.text if body is not None else None, "rule_task_table", not times))
    return out


def rule_task_table_phase(text: str) -> list[Deadline]:
    """A section row of a task table that is a phase ("Giai đoạn 2026 - 2027", "Năm 2026"):
    it bounds the tasks listed under it."""
    out = []
    for cell in task_sections(text):
        m = P.SECTION_PHASE.match(cell.text)
        if m is None:
            continue
        start, end = cell.start + m.start("phase"), cell.start + m.end("y2" if m.group("y2") else "y1")
        out.append(_deadline(text, start, end, m.group("y1"), m.group("y2"), "year", "rule_task_table_phase",
                             kind="period" if m.group("y2") else "milestone", is_range=bool(m.group("y2"))))
    return out


def rule_time_cells(text: str, read: Intervals, date_lines: Intervals, cited: Intervals | None = None) -> list[Deadline]:
    """Time cells of tables the table model does not read (one cell per line, a PDF layout):
    below a time header, a cell that holds nothing but a time ("Quý IV/2025", "2029 - 2030").
    Not the date of a document a source column cites ("Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2025",
    "… kèm theo Quyết định số 1308/QĐ-UBND ngày 18/6/2025"): a legal reference's date is no deadline."""
    out = []
    for cell, found, row in loose_time_rows(text, cited):
        task = max(row, key=lambda c: len(c.text), default=None)
        if not read.touches(cell.start, cell.end) and not date_lines.touches(cell.start, cell.end):
            out.append(_cell_deadline(text, cell, found, task.text if task else "", _body_cell(row, task), "rule_time_cell"))
    for head, rest in wrapped_time_cells(text):
        if read.touches(rest.start, rest.end):
            continue
        joined = head.text + " " + rest.text
        found = read_time_cell(joined)
        if found is None or found.end <= len(head.text):
            continue
        start = head.start + min(found.start, len(head.text))
        out.append(Deadline(start=start, end=rest.end, text=text[start:rest.end], date=found.date, date_end=found.date_end,
                            precision=found.precision, date_raw=joined[found.start:found.end], kind=_kind(joined, "", False),
                            rule="rule_wrapped_time_cell"))
    return out


def _body_cell(row, task) -> str | None:
    """The row's body column: the first cell that names nothing but bodies ("Bộ Tài chính", "Bộ Tư pháp, Bộ Y tế", "Các
    bộ, ngành, địa phương") after the row's number ("2", "15.", "B11": the cells before it are the previous row's, as a
    layout split them), else after the task; with a lead and a coordinating column, the lead comes first."""
    numbers = [i for i, cell in enumerate(row) if P.ROW_NUMBER_CELL.fullmatch(cell.text)]
    after = row[numbers[-1] + 1:] if numbers else row[row.index(task) + 1:] if task in row else []
    for cell in after:
        names = find_mentions(cell.text) + find_collectives(cell.text)
        rest = cell.text
        for m in sorted(names, key=lambda m: m.start, reverse=True):
            rest = rest[:m.start] + rest[m.end:]
        if names and len(cell.text) <= 300 and not P.NOT_A_NAME.sub("", rest):
            return regex.sub(r"^[\s\-+•*|]+|[\s;,.|*]+$", "", cell.text)  # "- Bộ Xây dựng;": an item of a list cell
    return None


def _restated(yearless: Deadline, dated: list[Deadline]) -> bool:
    """A yearless date that repeats full dates stated elsewhere ("(từ ngày 15/11 đến ngày 15/12)"
    after "Từ ngày 15/11/2025 đến ngày 15/12/2025") is the same deadline again; a recurring one is not."""
    if yearless.recurrence is not None or yearless.precision != "day":
        return False
    days = {d.date[5:] for d in dated if d.date and d.precision == "day"} | {d.date_end[5:] for d in dated if d.date_end and d.precision == "day"}
    numbers = [int(n) for n in regex.findall(r"\d+", yearless.text)]
    pairs = [f"{month:02d}-{day:02d}" for day, month in zip(numbers[::2], numbers[1::2])]
    return bool(pairs) and len(numbers) % 2 == 0 and all(p in days for p in pairs)


def rule_own_period(text: str, period: tuple[str | None, str | None], cited: Intervals, title: str | None = None) -> Deadline | None:
    """The plan's own period, at its mention in the title, else its first mention outside
    citations and date lines ("năm 2024", "giai đoạn 2021 - 2025")."""
    start_year, end_year = period
    if not start_year:
        return None
    if not (P.PLAN_TITLE.search(title) if title else P.PLAN_HEADING.search(text[:3000])):
        return None  # a decree or a letter that names a year has no period of its own
    if start_year == (end_year or start_year):  # not the year of a longer date ("quý II năm 2026")
        pattern = rf"(?<![\d-])(?<!(?i:quý|quí|tháng|ngày)\s+\S{{1,4}}\s+)năm\s+{start_year}(?![\d]|\s*[-–]\s*\d)"
    else:
        pattern = rf"(?<!\d){start_year}\s*[-–]\s*{end_year}(?!\d)"
        # two years of its own the title joins ("cuối năm 2025 và dịp Tết Nguyên đán … năm 2026": metadata.TWO_YEARS_JOINED)
        joined = rf"(?i:(?:cuối\s+|đầu\s+)?năm\s+{start_year}(?!\d)[^.;:\n\d]{{0,60}}?(?<![\p{{L}}\p{{M}}])và(?![\p{{L}}\p{{M}}])[^.;:\n\d]{{0,60}}?năm\s+{end_year}(?!\d))"
        if title and not regex.search(pattern, title) and regex.search(joined, title):
            pattern = joined
    at = text.find(title[:40]) if title else -1
    compiled = regex.compile(pattern)
    found = list(compiled.finditer(text, at, at + len(title) + 200)) if at >= 0 else []
    if title and not found and not regex.search(pattern, title, regex.IGNORECASE):
        return None  # a title without the period: the year the body names is another document's or a target's
    for m in found + list(compiled.finditer(text)):
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if regex.search(r"ngày.{0,12}tháng", text[line_start:line_end if line_end >= 0 else len(text)]):
            continue  # a date line ("Lào Cai, ngày … tháng … năm 2026")
        s_start, _ = _sentence(text, m.start())
        if m not in found and P.CITED_NUMBER.search(text[max(s_start, m.start() - 200):m.start()]):
            continue  # the period of a document cited ("Quyết định số 1592/QĐ-UB … giai đoạn 2009-2013")
        if not cited.covers(m.start(), m.end()):
            return _deadline(text, m.start(), m.end(), start_year, end_year if end_year != start_year else None,
                             "year", "rule_own_period", kind="period")
    return None


def _an_activitys_period(text: str, d: Deadline) -> bool:
    """A span "từ … đến …" that no time label introduces is when one activity runs ("Tổ chức chiến dịch tiêm bổ sung …,
    thực hiện từ tháng 4 đến tháng 5 năm 2025", "Từ tháng 8 đến tháng 10 năm 2026, Thanh tra Bộ tổ chức các đoàn kiểm tra",
    "Trong mùa mưa bão (từ ngày 15/6 đến ngày 30/11/2025): tổ chức trực ban"), not the plan's own period, which its title
    still states; one a label introduces in its sentence ("Thời gian: Từ ngày 15/11/2025 đến ngày 15/12/2025", "Thời gian
    thực hiện từ tháng 3 …", "3. Thời gian tổ chức phong trào thi đua: Phong trào … được triển khai từ tháng 10 năm 2025 đến
    …") states the plan's (or its campaign's) period itself."""
    if d.rule != "rule_from_to":
        return False
    before = text[max(0, d.start - 200):d.start]
    ends = [m for m in P.SENTENCE_OR_BLOCK_END.finditer(before)]
    before = before[max([0] + [m.end() for m in ends]):]  # (a label wraps over lines)
    if ends and ends[-1].group().startswith(";") and regex.match(r"\s*(?-i:thời)\s", before) \
            and not _under_a_time_heading(text, d.start):
        return True  # a label opening a clause after a task's own (" … tổ chức kiểm tra …; thời gian thực hiện từ tháng 4
        # đến tháng 10 năm 2026", s27b): that task's time, not the plan's (unless a heading says the paragraph is the
        # plan's time: "1. Thời gian thi đua" over "…; thời gian bắt đầu thi đua kể từ tháng 3 năm 2024 …")
    return not (P.LABEL_OF_ITS_SENTENCE.search(before) or P.PERIOD_LABEL.search(before))


def _under_a_time_heading(text: str, at: int) -> bool:
    """Whether the line above the paragraph of `at` is a heading of time ("1. Thời gian thi đua", "IV. THỜI GIAN THỰC HIỆN")."""
    above = next((line for _, _, line in lines_above(text, text.rfind("\n", 0, at) + 1) if line.strip()), "")  # (blank lines between)
    return bool(regex.match(r"[\s*_]*(?:[IVX]{1,4}[.)]|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ][.)])?[\s*_]*(?i:thời\s+gian)", above))


def _one_of_windows(text: str, d: Deadline, found: list[Deadline]) -> bool:
    """A span "từ … đến …" beside another on its line is one of a schedule's windows ("Thời gian tuyên truyền cao điểm: từ ngày
    20/01/2026 đến ngày 05/02/2026 (…); từ ngày 15/4/2026 đến ngày 20/5/2026 (…); …", s29a): the times of activities, while a
    plan states its own period once; its title still states it."""
    if d.rule != "rule_from_to":
        return False
    line_start, line_end = text.rfind("\n", 0, d.start) + 1, text.find("\n", d.end)
    line_end = len(text) if line_end < 0 else line_end
    return any(o is not d and o.rule == "rule_from_to" and line_start <= o.start and o.end <= line_end for o in found)


def _a_rounds_period(text: str, d: Deadline) -> bool:
    """A span labelled as one round of the work ("- Đợt 1: từ ngày 01/3/2026 đến ngày 30/4/2026;" beside "- Đợt 2: …", as
    vaccination and disinfection campaigns run twice a year) is a phase of the plan, not its own period, which its title
    still states; a round named alone is read as before (a plan of one round states its period so)."""
    if d.rule != "rule_from_to":
        return False
    before = text[max(0, d.start - 80):d.start]
    label = P.ROUND_LABEL.search(before)
    return bool(label) and len(P.ROUND_LABEL_ANY.findall(text)) >= 2


def _year_of_citations(text: str, cited: Intervals) -> int | None:
    """A lower bound of a document's year when it states none: the latest date of a document it cites
    (a decree citing "Luật … ngày 16 tháng 6 năm 2025" was issued in 2025 or later, so its "trước ngày
    30 tháng 4 năm 1975" is history). Only full dates: a cited subject's horizon ("đến năm 2030") is no issue date."""
    years = [int(w.date[:4]) for w in (when_of(m) for m in when_matches(text))
             if w.precision == "day" and w.date and cited.covers(w.start, w.end)]
    return max(years) if years else None


def extract_deadlines(text: str, period: tuple[str | None, str | None] | None = None, doc_year: int | None = None) -> list[Deadline]:
    """Deadlines in `text`; `period` is the plan's own period and `doc_year` its year (read from
    the text when not given: dates before the plan's year are history, not deadlines)."""
    title = issued = None
    if period is None or doc_year is None:
        from pipeline.metadata import document_fields

        fields = document_fields(text)
        title = fields.get("title")
        period = period or (fields.get("period_start"), fields.get("period_end"))
        issued = fields.get("issue_date")
        year = issued or fields.get("period_start")
        doc_year = doc_year or (int(year[:4]) if year else None)
    cited = cited_spans(text)
    date_lines = [(m.start(), m.end()) for m in in_stretches(P.DATE_LINE, text, P.DATE_LINE_ANCHOR, P.DATE_LINE_STOPS)]
    festivals = rule_before_festival(text, Intervals(cited + date_lines))  # (its year is the festival's: no WHEN of its own)
    excluded = Intervals(cited + date_lines + [(d.start, d.end) for d in festivals])
    if doc_year is None:
        doc_year = _year_of_citations(text, Intervals(cited))
    quoted = Intervals((m.start(), m.end()) for m in P.QUOTED.finditer(text))
    table_rows = task_rows(text)
    time_cells = Intervals((r["time"].start, r["time"].end) for r in table_rows if "time" in r)
    # the header cells of every table the model read: "2026 | 2027" under "Lộ trình thực hiện" name columns, not times
    header_cells = [(c.start, c.end) for t in tables_of(text) for r in t.rows if r.kind == "header" for c in r.cells if c.text]
    cells = rule_task_table(text, table_rows, Intervals(cited)) + rule_time_cells(text, Intervals(list(time_cells) + header_cells), Intervals(date_lines),
                                                                Intervals(cited))
    in_cells = Intervals([(d.start, d.end) for d in cells] + list(time_cells))  # a cell's time is the table's
    whens = [w for w in (when_of(m) for m in when_matches(text))
             if not excluded.covers(w.start, w.end) and not in_cells.touches(w.start, w.end)]
    ranges, used = rule_ranges(text, whens)
    out = [d for d in ranges if not _ended_before(d, doc_year, issued)]
    kept = None  # the last date rule_single kept
    for i, w in enumerate(whens):
        if i in used or w.precision == "year" and quoted.covers(w.start, w.end):
            continue
        d = rule_single(text, w, doc_year, issued, coordinated=kept is not None and bool(P.YEARLESS_AND.match(text[kept.end:w.start])))
        if d is not None:
            kept = w
            out.append(d)
            if w.precision == "month" and not w.date_end:
                out += _coordinated_months(text, w, d)
            if w.precision == "quarter" and not w.date_end:
                out += _coordinated_quarters(text, w, d)
    # a time cell's yearless date ("Trước ngày 31/10 hằng năm") that the table's row already gives is not a second one
    read_cells = Intervals(span for span in time_cells if any(span[0] <= d.start < span[1] for d in cells))
    out += [d for d in rule_yearless(text, excluded) if not _restated(d, out + ranges + cells) and not read_cells.touches(d.start, d.end)]
    out += cells
    taken = Intervals((d.start, d.end) for d in out)
    out += [d for d in festivals if not taken.touches(d.start, d.end) and not time_cells.touches(d.start, d.end)]
    taken = Intervals((d.start, d.end) for d in out)
    out += [d for d in rule_task_table_phase(text) if not taken.touches(d.start, d.end)]
    taken = Intervals((d.start, d.end) for d in out)
    out += [d for d in rule_labelled(text, doc_year, excluded) if not taken.touches(d.start, d.end)]
    taken = Intervals((d.start, d.end) for d in out)
    out += [d for d in rule_phase_headings(text, doc_year) + rule_parenthesised(text, doc_year, excluded) + rule_relative(text, excluded)
            + rule_relative_to_end(text, excluded)
            + rule_year_span(text, doc_year, excluded)
            + rule_review_schedule(text) + rule_year_review(text, doc_year, excluded)
            if not taken.touches(d.start, d.end)]
    taken = Intervals((d.start, d.end) for d in out)  # (a phase a heading opens is read once)
    out += [d for d in rule_phase_in_clause(text, doc_year, excluded) if not taken.touches(d.start, d.end)]
    taken = Intervals((d.start, d.end) for d in out)
    out += [d for d in rule_phase_closing_action(text, doc_year, excluded) if not taken.touches(d.start, d.end)]
    taken = Intervals((d.start, d.end) for d in out)
    out += [d for d in rule_periodic(text, excluded) if not taken.touches(d.start, d.end) and not time_cells.touches(d.start, d.end)]
    # the text states the plan's period: a span of its own (a phase, or one task's "Thời gian thực
    # hiện: Tháng 12/2025", is no reason to drop it)
    if not any(d.kind == "period" and d.rule not in PHASE_RULES and (d.date_end or d.date is None or d.rule == "rule_until_event")
               and not _an_activitys_period(text, d) and not _a_rounds_period(text, d) and not _one_of_windows(text, d, out) for d in out):
        own = rule_own_period(text, period, excluded, title)
        if own is not None:
            out.append(own)
    closing = skip_spans(text)  # recipients and signatures (pipeline.closing)
    return sorted((d for d in out if not closing.touches(d.start, d.end) and not _in_a_condition(text, d)
                   and not _in_a_topic_label(text, d) and not _in_a_forecast(text, d) and not _a_past_fact(text, d)
                   and not _when_it_applies(text, d) and not _a_rates_period(text, d) and not _the_writers_today(text, d)
                   and not _a_provisions_scope(text, d)),
                  key=lambda d: d.start)


def _when_it_applies(text: str, d: Deadline) -> bool:
    """When a document or provision applies ("Nghị quyết này áp dụng từ ngày …", "Mức lãi suất … được áp dụng từ ngày 01
    tháng 12 năm 2025"): a legal fact. Not a time by which the applying must be done ("… phải được áp dụng trước ngày
    30/6/2026")."""
    applies = P.APPLIES.search(text, max(0, d.start - 100), d.start)
    return bool(applies) and bool(applies.group("from") or not P.BY_WHEN_OPENING.match(text, d.start))


# the rules that read a date in the text's sentences (not a task table's cell, not a time label's)
SENTENCE_RULES = ("rule_day", "rule_month", "rule_quarter", "rule_year", "rule_half_year", "rule_from_to", "rule_yearless")
LEADING_CUE = regex.compile(r"[^\d]*")  # a deadline's own words before its first digit ("kể từ ngày ")


def _a_provisions_scope(text: str, d: Deadline) -> bool:
    """s30w: a date that says whom or what a rule covers, not a time by which something must be done: the start of a group's,
    a provision's or a decision's governing ("… thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc từ ngày …", "… của Luật này
    được thực hiện từ ngày …", "… thi hành Quyết định này kể từ ngày …"); a date in the condition of a sentence that opens with
    one and states its consequence after "thì" ("Trường hợp người … đã tham gia … từ trước ngày 01/7/2025 và … thì được tính
    …"), no due word in the condition; a date in an item of a document that sets rules naming a group of people ("b) Đối tượng
    quy định tại điểm a khoản này khám bệnh, chữa bệnh … trước ngày 01 tháng 01 năm 2025 …")."""
    if d.rule not in SENTENCE_RULES:
        return False
    cue = LEADING_CUE.match(text, d.start, d.end).group()
    if P.GOVERNED_FROM.search(text[max(0, d.start - 140):d.start] + cue):
        return True
    s_start, s_end = _sentence(text, d.start)
    opening = P.CONDITION_OPENING.match(text, s_start, d.start)
    if opening and not P.THEN_WORD.search(text, s_start, d.start):
        then = P.THEN_WORD.search(text, d.end, s_end)
        if then and not P.ACTION_DUE_BEFORE.search(text, opening.end(), then.start()):
            return True
    group = P.GROUP_OPENING.match(text, s_start, d.start)
    return bool(group) and _sets_rules(text) and not P.ACTION_DUE_BEFORE.search(text, group.end(), d.start)


def _a_rates_period(text: str, d: Deadline) -> bool:
    """A date or period that labels an amount of money ("- Từ ngày 01/7/2025 đến ngày 31/12/2026: 30.000 đồng/bộ hồ sơ"):
    when a fee or rate applies, not a deadline. Only a start ("Từ …") or a "từ … đến …" period: "Trước ngày 30/6/2026: 1,5 tỷ
    đồng giải ngân …" is when a sum is due."""
    starts = P.RATE_PERIOD_OPENING.match(text, d.start) or P.RATE_PERIOD_BEFORE.search(text, max(0, d.start - 12), d.start)
    return bool(starts) and bool(P.RATE_AFTER.match(text, d.end))


def _the_writers_today(text: str, d: Deadline) -> bool:
    """A date that glosses the writer's "today" or "yesterday" ("từ sáng nay (ngày 16/11/2025) … đã có mưa to", "Đêm qua (ngày
    15/11/2025), …"): when something was observed, not a deadline."""
    day = P.DEICTIC_DAY_BEFORE.search(text, max(0, d.start - 60), d.start)
    if day is None:
        return False
    return day.group("when").lower() == "qua" and bool(P.PAREN_CLOSE.match(text, d.end)) or bool(P.DEICTIC_PAST_AFTER.match(text, d.end))


def _a_past_fact(text: str, d: Deadline) -> bool:
    """What happened at a time ("Trong quý I/2026, toàn tỉnh đã tiếp nhận 5.200 hồ sơ"; "… trong năm 2025 đã được hoàn
    thành"): background, not a deadline. Dates of the text's own sentences only (not a task table's cell)."""
    if d.rule not in ("rule_day", "rule_month", "rule_quarter", "rule_year", "rule_half_year", "rule_from_to"):
        return False
    if P.PAST_RIGHT_AFTER.match(text, d.end):
        return True
    line_start = text.rfind("\n", 0, d.start) + 1
    estimate = P.ESTIMATE_TO_BEFORE.search(text, max(line_start, d.start - 40), d.start)
    to_date = estimate and (regex.search(r"(?i:đến|tới)", estimate.group()) or regex.match(r"(?i:đến|tới)", text[d.start:d.end]))
    if to_date or (
            P.RESULT_CELL_BEFORE.search(text, max(line_start, d.start - 40), d.start) and P.RESULT_CELL_AFTER.match(text, d.end)
            and not regex.match(r"[^\S\n]*\d", text[line_start:line_start + 4])):  # (a header cell: no ordinal opens its line)
        return True  # w22b: the date an estimate or a result column is counted to (P.ESTIMATE_TO_BEFORE)
    s_start, _ = _sentence(text, d.start)
    return bool(P.SENTENCE_OPENING.fullmatch(text, s_start, d.start) and P.PAST_CLAUSE.match(text, d.end))


def _in_a_forecast(text: str, d: Deadline) -> bool:
    """A time in a sentence that reports a forecast ("Theo dự báo, từ ngày 20 đến ngày 22/11/2026 khu vực có mưa to"): what
    is expected to happen, not a time by which something must be done."""
    s_start, _ = _sentence(text, d.start)
    return bool(P.FORECAST_OPENING.search(text, s_start, d.start))


def _in_a_topic_label(text: str, d: Deadline) -> bool:
    """A time inside the topic label a point opens with ("5. Về điều chuyển số vốn dư, không có khả năng giải ngân trong
    năm 2025: …"): the topic's, not a deadline."""
    line_start = text.rfind("\n", 0, d.start) + 1
    return bool(P.TOPIC_LABEL_OPENING.fullmatch(text, line_start, d.start) and P.TOPIC_LABEL_CLOSE.match(text, d.end))


@functools.lru_cache(maxsize=2)
def _sets_rules(text: str) -> bool:
    """The document sets rules (a law, decree, circular: `non_plan_types.tsv`): its dates from which a provision applies
    are legal facts."""
    from extractors.targets.document_type import document_type
    from extractors.targets.patterns import RULE_TYPES

    return document_type(text) in RULE_TYPES


def _a_cut_off(text: str, when: When, s_start: int) -> bool:
    """A date that says which cases a provision covers ("được ký trước ngày …", "mà trước ngày … đã được …", "còn hiệu
    lực sau ngày …", "đối với thời gian tập sự trước ngày …", "đã tham gia bảo hiểm xã hội trước ngày … được tính …": a state, when
    the sentence goes on to what applies to those in it, or in a document that sets rules), or from when it applies in a document that sets rules
    ("Kể từ ngày 01 tháng 7 năm 2025, người đang …")."""
    day = "ngày" if text[when.start:when.end].lower().startswith("ngày") else ""
    before = text[max(s_start, when.start - 120):when.start] + day
    if P.CUT_OFF_BEFORE.search(before) and not P.COMMITMENT_BEFORE.search(text, max(s_start, when.start - 200), when.start):
        return True
    if P.SCOPE_CUT_OFF_BEFORE.search(before) and (P.STATE_GOES_ON.match(text, when.end) or _sets_rules(text)):
        return True
    if P.STATE_CUT_OFF.search(text[max(s_start, when.start - 200):when.start] + day) and (
            P.STATE_GOES_ON.match(text, when.end) or _sets_rules(text)):
        return True  # the rule's main clause goes on after the date (a law's provisions: who they cover, wherever it ends)
    cue = P.CUE.search(text[max(s_start, when.start - 20):when.start])
    if cue and regex.match(r"(?i)trước|sau|từ", cue.group()) and P.PAST_STATE_AFTER.match(text, when.end):
        return True
    return bool(regex.match(r"\s*,", text[when.end:when.end + 2]) and P.APPLIES_FROM_OPENING.match(text[s_start:when.start] + day)
                and _sets_rules(text))


def _in_a_condition(text: str, d: Deadline) -> bool:
    """A cut-off in the condition of a rule ("… phát sinh trước ngày 01/01/2026 thì …"), not a deadline."""
    if not P.CONDITION_CLOSES_AFTER.match(text, d.end):
        return False
    clause_start = max(text.rfind("\n", 0, d.start), text.rfind(";", 0, d.start), text.rfind(". ", 0, d.start)) + 1
    return not P.ACTION_DUE_BEFORE.search(text, max(clause_start, d.start - 80), d.start)

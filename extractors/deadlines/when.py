"""One point in time as plans write it (`patterns.WHEN`), read into an ISO date and a precision."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from extractors.digits import ascii_digits
from extractors.legal_refs.extract import iso_date
from extractors.stretches import in_stretches

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class When:
    start: int
    end: int
    date: str | None
    precision: str
    date_end: str | None = None  # a half-year is a period of its own
    exists: bool = True
    months: bool = False  # a run of months in one year ("tháng 3-4/2026"): a month's time, first to last


def when_of(m: regex.Match, offset: int = 0) -> When:
    """The date a `WHEN_RE` match states: "21/11/2024" → day, "quý I/2024" → 2024-Q1, "năm 2025" → year."""
    start, end = offset + m.start("when"), offset + m.end("when")
    year = m.group("year")
    if m.group("day"):
        iso = iso_date(m.group("day"), m.group("month"), year)
        return When(start, end, iso, "day", exists=iso is not None)
    if m.group("half"):
        first = m.group("which") == "đầu"
        return When(start, end, f"{year}-{'01' if first else '07'}", "month", f"{year}-{'06' if first else '12'}")
    if m.group("quarter1"):  # "quý III-IV/2026", "quý I, II/2026": from the first quarter to the last
        first, last = ROMAN.get(m.group("quarter1")) or int(m.group("quarter1")), ROMAN.get(m.group("quarter")) or int(m.group("quarter"))
        if first < last:
            return When(start, end, f"{year}-Q{first}", "quarter", f"{year}-Q{last}")
        return When(start, end, f"{year}-Q{last}", "quarter")  # not a run in one year: its stated quarter
    if m.group("quarter"):
        q = m.group("quarter")
        number = ROMAN.get(q) or (int(ascii_digits(q)) if regex.fullmatch(r"\d", q) else 0)  # "V" is no quarter
        exists = 1 <= number <= 4
        return When(start, end, f"{year}-Q{number}" if exists else None, "quarter", exists=exists)
    if m.group("month1"):  # "tháng 3-4/2026", "các tháng 6, 7/2025": from the first month to the last
        first, last = int(ascii_digits(m.group("month1"))), int(ascii_digits(m.group("month")))
        if first < last:
            return When(start, end, f"{year}-{first:02d}", "month", f"{year}-{last:02d}", months=True)
        return When(start, end, f"{year}-{last:02d}", "month")  # not a run in one year: its stated month
    if m.group("month"):
        exists = 1 <= int(ascii_digits(m.group("month"))) <= 12
        return When(start, end, f"{year}-{int(ascii_digits(m.group('month'))):02d}" if exists else None, "month", exists=exists)
    return When(start, end, year, "year")


@functools.lru_cache(maxsize=4)
def when_matches(text: str) -> tuple[regex.Match, ...]:
    """Every `WHEN_RE` match in `text`, scanned once per text: the deadlines and targets extractors
    both read them (a target's number is never inside a date)."""
    from extractors.deadlines.patterns import WHEN_ANCHOR, WHEN_RE, WHEN_STOPS

    return tuple(in_stretches(WHEN_RE, text, WHEN_ANCHOR, WHEN_STOPS))


def dates_that_do_not_exist(text: str) -> list[str]:
    """The dates `text` states that no calendar has ("31/6/2021", "tháng 13/2025", "quý V/2025")."""
    from extractors.deadlines.patterns import WHEN_RE

    return [m.group("when") for m in WHEN_RE.finditer(ascii_digits(text)) if not when_of(m).exists]

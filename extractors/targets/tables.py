"""Targets in tables: one row per value cell of an indicators × years table.

A table is a run of tab-separated lines (markdown pipe tables, DOCX and PDF tables arrive that
way after normalisation). Its header names the columns: the indicator ("Chỉ tiêu", "Nội dung"),
the unit ("Đơn vị tính", "ĐVT") and the years ("2025", "Năm 2026", "Kế hoạch 2026",
"Mục tiêu đến năm 2030"). Each data row gives one target per numeric cell under a year column,
with the indicator from its row, the unit from its unit column and the year from the header.
"""
from __future__ import annotations

import regex

from extractors.cells import cells_of
from pipeline.model import Target

INDICATOR_HEADER = regex.compile(r"(?i:chỉ\s+tiêu|nội\s+dung|tên\s+chỉ\s+tiêu|danh\s+mục|tiêu\s+chí)")
UNIT_HEADER = regex.compile(r"(?i:đơn\s+vị(?:\s+tính)?|đvt)")
YEAR_HEADER = regex.compile(r"(?i:^(?:(?:năm|kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu|dự\s+kiến|ước|phấn\s+đấu)\s+)*(?:đến\s+)?(?:năm\s+)?(?P<year>20\d\d)$)")
NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}"
# A value cell: "51", "≥ 52%", "1.200 tỷ đồng", "7,5 - 8", "95% trở lên".
CELL_NUMBER = regex.compile(
    rf"^\s*(?P<cmp>>=|≥|>|<=|≤|<|trên|dưới|ít\s+nhất|tối\s+thiểu|khoảng)?\s*(?P<num>{NUM})(?:\s*[-–]\s*(?P<max>{NUM}))?"
    rf"\s*(?P<unit>[^\d\t|]*?)\s*(?P<after>trở\s+lên)?\s*$", regex.IGNORECASE)
COMPARATORS = {">=": "ge", "≥": "ge", ">": "gt", "<=": "le", "≤": "le", "<": "lt", "trên": "gt", "dưới": "lt",
               "ít nhất": "ge", "tối thiểu": "ge", "khoảng": "approx"}




def table_targets(text: str, ctx, excluded) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets from the tables of `text` (see module doc), and the spans of the rows read."""
    from extractors.targets.extract import Quantity, _target, parse_number, unit_fields
    from extractors.targets.patterns import UNIT_RE

    out: list[Target] = []
    rows: list[tuple[int, int]] = []
    header = None
    for m in regex.finditer(r"[^\n]+", text):
        line = m.group()
        cells = cells_of(line, m.start())
        if len(cells) < 3:
            if len(cells) < 2:
                header = None  # a line of prose ends the table
            continue
        names = [c.text for c in cells]
        years = {i: int(y.group("year")) for i, n in enumerate(names) if (y := YEAR_HEADER.match(n.strip(" *")))}
        indicator_col = next((i for i, n in enumerate(names) if INDICATOR_HEADER.search(n) and len(n) < 40), None)
        if years and indicator_col is not None:
            unit_col = next((i for i, n in enumerate(names) if UNIT_HEADER.match(n.strip(" *"))), None)
            header = (indicator_col, unit_col, years, len(cells))
            continue
        if header is None:
            continue
        indicator_col, unit_col, years, width = header
        if len(cells) != width or indicator_col >= len(cells):
            continue
        rows.append((m.start(), m.end()))
        label = cells[indicator_col]
        indicator = regex.sub(r"[*_]+", "", label.text).strip(" -+•")
        unit_text = cells[unit_col].text if unit_col is not None and unit_col < len(cells) else ""
        for col, year in years.items():
            if col >= len(cells):
                continue
            s, e = cells[col].start, cells[col].end
            num = CELL_NUMBER.match(cells[col].text)
            if not num or not indicator or excluded.touches(s, s + 1):
                continue
            written = num.group("unit").strip() or unit_text
            u = UNIT_RE.fullmatch(" " + written) if written else None
            if num.group("unit").strip() and u is None:
                continue  # words in the cell that are not a unit: not a value cell
            v = parse_number(num.group("num"))
            if not written and 1900 <= v <= 2100 and v.is_integer():
                continue  # a year, not a value
            v_max = parse_number(num.group("max")) if num.group("max") else None
            fields = unit_fields(u, v) if u else {"unit": written.lower(), "unit_raw": written.lower()} if written else {}
            q = Quantity(s, e, v, value_max=v_max if v_max and v_max > v else None, **fields)
            cmp = "eq" if q.value_max else COMPARATORS.get(regex.sub(r"\s+", " ", num.group("cmp") or "").lower()) or ("ge" if num.group("after") else "eq")
            out.append(_target(ctx, q, indicator, label.start, e, cmp, None, None, "rule_table_cell", year=year))
    return out, rows

"""Targets in tables: one row per value cell of an indicators × years table.

The table comes from the table model (`extractors.tables`, any shape). Its header names the
columns: the indicator ("Chỉ tiêu", "Nội dung"), the unit ("Đơn vị tính", "ĐVT") and the years
("2025", "Năm 2026", "Kế hoạch 2026", "Mục tiêu đến năm 2030", or "Mục tiêu" over "2030" in a
two-row header). Each data row gives one target per numeric cell under a year column, with the
indicator from its row, the unit from its unit column (else the column's or the caption's unit,
"Đơn vị tính: tỷ đồng") and the year from the column (else the section row or the caption).
"""
from __future__ import annotations

import functools

import regex

from extractors.regexes import matched_in_place
from extractors.tables import Cell, Row, Table, count_unit, header_unit, qualified_count_unit, tables_of
from extractors.tables.patterns import (ASSIGNED_TARGET, CAPTION_YEAR, DATED_MEASURE, FESTIVAL, NUMBER_HEADER, PART_OF_YEAR, PHASE_NUMBER,
                                       SCHOOL_LEVEL, TWO_LETTERS, UNIT_IN_HEADER, YEAR_HEADER)
from extractors.targets.patterns import COMPARATOR_BEFORE, DIGIT, NUMBER_ONLY, SHARE_UNIT, SPACES
from pipeline.model import Target

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}"
# A value cell: "51", "≥ 52%", "1.200 tỷ đồng", "7,5 - 8", "95% trở lên"; the count behind a share may follow
# in parentheses ("100% (12/12)", "80% (8/10 xã)"): the share is the value, the count its numerator/denominator.
# A direction before it ("giảm 1 - 1,5", "tăng trên 8", "duy trì 41", "giảm còn 2"): the value is the change, or with
# "còn/xuống/lên/ở mức" the level it is brought to.
CELL_NUMBER = regex.compile(
    r"^\s*(?:(?P<dir>giảm|tăng|duy\s+trì|giữ\s+vững|giữ\s+ổn\s+định)\s+(?P<level>(?:còn|xuống(?:\s+còn)?|lên|ở\s+mức)\s+)?)?"
    # w22d: a yearly average written out ("Bình quân 9,7" under "%/năm", "Bình quân giai đoạn" of the five-year plans) and
    # the bounds of Thông tư 39/2015/TT-BCT's and the sector plans' target cells ("Không quá 250" under SAIDI "phút",
    # "Không vượt quá 4,5", "Không dưới 95"), read as the text reads them (cues.tsv)
    rf"(?:đạt\s+)?(?:bình\s+quân\s+)?(?P<cmp>>=|≥|>|<=|≤|<|trên|dưới|ít\s+nhất|tối\s+thiểu|tối\s+đa|khoảng|không\s+(?:vượt\s+quá|quá|dưới|thấp\s+hơn|ít\s+hơn|cao\s+hơn|lớn\s+hơn|nhiều\s+hơn)"
    rf"|(?:thuộc\s+)?(?:nhóm|top|tốp))?\s*(?P<num>{NUM})(?:\s*[-–]\s*(?P<max>{NUM}))?"
    rf"\s*(?P<unit>[^\d\t|]*?)\s*(?P<after>trở\s+lên)?"
    # w23b: the year or period a change is measured against ("Tăng 10% so với năm trước" under "Hằng năm", "Giảm 5% so với
    # năm 2025"): the change is the value, as "tăng … so với năm 2025" is in the text
    r"(?:\s*(?P<against>so\s+với\s+(?:năm\s+trước|cùng\s+kỳ(?:\s+năm\s+trước)?|năm\s+(?:19|20)\d\d)))?"
    r"(?:\s*\(\s*(?P<of_num>\d{1,4})\s*/\s*(?P<of_den>\d{1,4})(?:\s+\p{L}[\p{L} ]{0,20})?\s*\))?"
    # w22d: the year the value is for, in parentheses after it, in a column that spans a period ("23.500 (năm 2030)"
    # under "Giai đoạn 2026-2030")
    r"(?:\s*\(\s*(?:năm\s+)?(?P<in_year>(?:19|20)\d\d)\s*\))?\s*$", regex.IGNORECASE)
# w23b: a share of the local units ("100% xã", "100% xã, phường" under "-" or "%"): the share is the value, in %; the units it
# counts are the administrative units of Luật Tổ chức chính quyền địa phương 2025 (tỉnh; xã, phường, đặc khu) and the
# villages and street groups under them (thôn, bản, tổ dân phố)
SHARE_OF_UNITS = regex.compile(r"(?i:%\s*(?:số\s+)?(?:xã|phường|đặc\s+khu|thị\s+trấn|thôn|bản|tổ\s+dân\s+phố)"
                               r"(?:\s*(?:,|và)\s*(?:xã|phường|đặc\s+khu|thị\s+trấn|thôn|bản|tổ\s+dân\s+phố))*)")
# A fraction cell: "10/10", "36/40 xã" (how many of all the units reach the indicator); the value is the count.
CELL_FRACTION = regex.compile(r"^\s*(?:đạt\s+)?(?P<num>\d{1,4})\s*/\s*(?P<den>\d{1,4})\s*(?P<unit>[^\d\t|/]*?)\s*$", regex.IGNORECASE)
# A month of a year in a cell ("12/2026", "6/2027", "Tháng 6/2027"): a time, never the count of a whole.
MONTH_OF_YEAR = regex.compile(r"^\s*(?:(?i:tháng)\s*)?(?:0?[1-9]|1[0-2])\s*/\s*(?:19|20)\d\d\s*$")
CELL_DIRECTIONS = {"giảm": "decrease", "tăng": "increase", "duy trì": "maintain", "giữ vững": "maintain", "giữ ổn định": "maintain"}
COMPARATORS = {">=": "ge", "≥": "ge", ">": "gt", "<=": "le", "≤": "le", "<": "lt", "trên": "gt", "dưới": "lt",
               "ít nhất": "ge", "tối thiểu": "ge", "tối đa": "le", "khoảng": "approx",
               # w22a: a bound written out in the cell ("Không quá 3%", "Không vượt quá 1,5%", "Không dưới 90%"): the comparator
               # words of cues.tsv, as a sentence's are read
               **{k: v for k, v in COMPARATOR_BEFORE.items() if k.startswith("không ")},
               # a rank cell ("Nhóm 15", "Top 10" under "Xếp hạng PCI"): the lowest rank accepted (extract.RANK_BEFORE)
               **{f"{lead}{word}": "le" for lead in ("", "thuộc ") for word in ("nhóm", "top", "tốp")}}
# A bound a column's header sets on every value under it ("Diện tích nhiễm tối đa năm 2026 (ha)", "Số lần kiểm tra tối
# thiểu/năm", "Chỉ tiêu không quá"): the values' comparator where the cell writes none (read as cues.tsv reads the words).
COLUMN_BOUND = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?P<cmp>tối\s+đa|tối\s+thiểu|ít\s+nhất|không\s+(?:vượt\s+)?quá|không\s+dưới)"
                             r"(?![\p{L}\p{M}]))")


# A header cell's text on one line, and the unit in parentheses a header ends with ("Diện tích (ha)"): what a column is
# named and measures is read without either.
UNIT_AT_END = regex.compile(r"\s*\([^()]*\)\s*$")


def _one_line(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def _column_bound(name: str | None) -> str | None:
    """The comparator a column's header sets on its values (COLUMN_BOUND), or None."""
    bound = COLUMN_BOUND.search(name or "")
    return COMPARATOR_BEFORE[SPACES.sub(" ", bound.group("cmp")).lower()] if bound else None
# Columns of values that are not the plan's commitments: what was done ("Thực hiện 2025", "Thực hiện giai đoạn 2021 - 2025", "Thực hiện Tết Ất Tỵ 2025", "Thực hiện đến 31/12/2025", "Năm 2025"
# over "Thực hiện", "Năm học 2025-2026 (thực hiện)", "Đánh giá thực hiện"; not "Lộ trình thực hiện" over "2026 | 2027", the plan's steps), estimates ("Ước thực hiện", "ƯTH"), the year in progress
# ("Năm hiện hành 2025"), baselines ("Năm cơ sở", "Giá trị cơ sở", "Cơ sở năm 2020"; not the "cơ sở" of a noun a column
# counts: "Thành lập công đoàn cơ sở (đơn vị)", "Cơ sở giáo dục") and comparisons. "TH" (thực hiện) only in brackets after the year ("Năm học 2025-2026
# (TH)", the abbreviation of school statistics tables): a bare "TH" column is a school level (Tiểu học) beside MN, THCS.
# Thresholds ("Ngưỡng nguy cơ", "Ngưỡng cảnh báo" of the vector indices, Quyết định 3711/QĐ-BYT 2014) say when a value
# is a risk, not what the plan will reach (spec: eligibility thresholds are no targets).
NOT_A_TARGET = regex.compile(
    r"(?i:(?<!(?:kế\s+hoạch|kh|dự\s+kiến|mục\s+tiêu|phấn\s+đấu|lộ\s+trình)\s)thực\s+hiện(?:\s+" + FESTIVAL + r")?(?:\s+giai\s+đoạn)?(?:\s+(?:năm\s+(?:học\s+)?)?20\d\d|\s+đến\s|\s*\)?$)"
    r"|(?<!\p{L})(?:ước|ưth|ưtt|ưtth|uth)(?!\p{L})|\(\s*th\s*\)|đánh\s+giá|năm\s+hiện\s+hành|hiện\s+trạng|ngưỡng|"
    # s31d: what there is now ("Số cơ sở đang ký hợp đồng (cơ sở)", "Số trạm hiện có", "Hiện nay"): a count of the present
    r"(?<![\p{L}\p{M}])(?:đang|hiện\s+có|hiện\s+nay)(?![\p{L}\p{M}])|(?:^|(?:năm|giá\s+trị|số\s+liệu|mức|chỉ\s+số|kỳ)\s+)cơ\s+sở(?!\s+(?!năm)\p{L})|so\s+sánh|tăng\s*/\s*giảm|ghi\s+chú)")
# A column of planned values whose year is the caption's: "Kế hoạch", "Mục tiêu", "Chỉ tiêu".
# w21c: "Phấn đấu thực hiện", "Phấn đấu đạt" (the column of what a revenue plan strives to collect beside the estimates it was
# given: "Dự toán Trung ương giao | Dự toán HĐND tỉnh giao | Phấn đấu thực hiện | So với dự toán (%)")
PLANNED = regex.compile(r"(?i:kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu(?:\s+kế\s+hoạch)?|phấn\s+đấu(?:\s+(?:thực\s+hiện|đạt))?)")
# w21c: the estimate a body assigned, restated by the plan that must collect it ("Dự toán Trung ương giao", "Dự toán HĐND tỉnh
# giao", "Dự toán được giao"): a commitment in the caption's year, as the plans' gold reads a restated "Dự toán năm 2026"
# (qd_thu_ngan_sach_chong_that_thu); not what a task costs ("Dự toán kinh phí"), which no body "giao".
ASSIGNED_ESTIMATE = regex.compile(r"(?i:dự\s+toán\s+(?:được\s+)?(?:[\p{L}\p{M}]+\s+){0,4}?giao)")
# A column of values whose year must come from the caption: "Giá trị"; the quantity of each work or item in a table of
# works or of means ("Khối lượng", "Số lượng", as bills of quantities and "4 tại chỗ" tables head it), where a unit column
# gives each row's unit ("Số lượng" alone names none: a list to buy, "Máy tính | 20", states no target's unit).
VALUES = regex.compile(r"(?i:giá\s+trị)")
# s27a: "Quy mô" ("Quy mô đầu tư") is that column of a list of works to build (the lists of works of the public investment
# plans, Luật Đầu tư công 2024 and its forms: "Địa điểm | Quy mô | Thời gian thực hiện"): "06 phòng học, 01 nhà vệ sinh"; so
# is "Chiều dài (tuyến)" of a list of embankments or roads (s34b: "Tên công trình | Địa điểm | Chiều dài | Kinh phí"): "8,5 km".
QUANTITY = regex.compile(r"(?i:khối\s+lượng|số\s+lượng|quy\s+mô(?:\s+đầu\s+tư)?|chiều\s+dài(?:\s+tuyến)?)")
# A note column ("Ghi chú") whose cell states the row's change as a share ("Tăng 20%", "Giảm ít nhất 10%", "Tăng 8% so với
# năm 2025"): a statement of the target's change, a row of its own (spec: every statement of a target), in the year of the
# plan's column; other notes ("Theo chuẩn nghèo đa chiều", "Người DTTS") state none.
NOTE_COLUMN = regex.compile(r"(?i:ghi\s+chú)")
NOTE_CHANGE = regex.compile(
    rf"^\s*(?P<dir>(?i:tăng|giảm))\s+(?:(?P<cmp>(?i:ít\s+nhất|tối\s+thiểu|trên|dưới|khoảng|tối\s+đa))\s+)?(?P<num>{NUM})\s*%"
    r"(?:\s+(?i:so\s+với)[^\t|]{0,40})?\s*[.;]?\s*$")
# t20: a note cell that states a level of the row's share ("Không quá 30%", "Năm 2027: 85%", "≥ 90%"): a statement of a
# target (spec: every statement of a target is a row, an appendix table's alike), in the row's unit, due by the year it
# names, else by the plan's last column; its bound the comparator. Only a share in a row measured in % (a note's other
# figures, "Theo Quyết định số 12/2025", "Lũy kế", state none).
NOTE_LEVEL = regex.compile(
    rf"^\s*(?:(?i:năm)\s+(?P<year>(?:19|20)\d\d)\s*:\s*)?(?:(?P<cmp>(?i:ít\s+nhất|tối\s+thiểu|trên|dưới|khoảng|tối\s+đa"
    rf"|không\s+quá|không\s+vượt\s+quá|không\s+dưới)|[≥≤<>]=?)\s*)?(?P<num>{NUM})\s*%\s*[.;]?\s*$")
# A row under a group row: its number cell or its label starts with a dash ("- Diện tích").
SUB_ITEM = ("-", "+", "•", "–")
SECTION_ORDINAL = regex.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?\s+")
LABEL_ROLES = ("indicator", "task")
# w23c: a table without an ordinal column numbers its rows in the label itself ("1. Số vụ kiểm tra (vụ)" over "- Hàng giả,
# hàng xâm phạm quyền sở hữu trí tuệ"): the label's own "1. " is the row's ordinal, as the STT column's "1" is (an Arabic
# number with its point or bracket and a space, so no value "1.900" and no roman section).
LABEL_ORDINAL = regex.compile(r"^\d{1,2}[.)]\s+(?=\p{L})")
# A label that opens with the words that open a breakdown: the row is a part of the row above.
BREAKDOWN_LEAD = regex.compile(r"(?i:(?:trong\s+đó|bao\s+gồm|chia\s+ra)\s*[:,]\s*)")
# A row that says only that: "Trong đó:", "*Trong đó:*", "Chia ra:" (the table model's BREAKDOWN_LINE, markup and all).
BREAKDOWN_ROW = regex.compile(r"[*_\s]*(?i:trong\s+đó|bao\s+gồm|chia\s+ra|gồm)\s*:?[*_\s]*")
# A unit at the end of a row's label, in parentheses: it outranks the column's and the caption's (s33d: as long as a
# header's, UNIT_IN_HEADER, for a unit per person and year: "Thu nhập bình quân đầu người (triệu đồng/người/năm)").
LABEL_UNIT = regex.compile(r"\((?P<unit>[^()\d]{1,25})\)$")
# w22a: a count noun in those parentheses that the units list lacks ("Tuyên truyền, phổ biến pháp luật (buổi)", "Vận động giao
# nộp vũ khí (khẩu)", a column "Phiên tòa trực tuyến (phiên)", "Số phiên tòa rút kinh nghiệm (phiên/Thẩm phán/năm)"): one noun,
# by its part of speech as a sentence's count noun is read (extract._count_noun), per-units after "/" nouns or time words;
# not a plan's, a status or a total's word ("(kế hoạch)", "(tổng)"), nor words that qualify ("(theo chuẩn mới)").
NOT_A_COUNT_NOUN = regex.compile(r"(?i:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|tổng(?:\s+số)?|cộng|năm|giai\s+đoạn|lũy\s+kế|luỹ\s+kế|dự\s+kiến)")


def _unit_of_parentheses(words: str) -> bool:
    """Whether the words a label or a header closes with in parentheses are a unit (see above): of the units list, or a
    count noun alone with its per-units."""
    from extractors.targets.patterns import UNIT_RE

    words = " ".join(words.split())
    if not words or UNIT_RE.fullmatch(" " + words):
        return bool(words)
    return _count_noun_unit(words)


@functools.lru_cache(maxsize=512)
def _count_noun_unit(words: str) -> bool:
    from extractors.targets.extract import _pos_tags

    head, *per = [w.strip() for w in words.split("/")]
    if not head or NOT_A_COUNT_NOUN.fullmatch(head) or not all(per):
        return False
    tagged = _pos_tags(head)
    return len(tagged) == 1 and tagged[0][1] in ("N", "Nc") and tagged[0][0] == head and all(
        len(tags := _pos_tags(p)) == 1 and tags[0][1] in ("N", "Nc", "Nu", "M") for p in per)


def _measured_group(section: str | None) -> tuple[str, str] | None:
    """(indicator, unit) of a group row that names an indicator with its unit in parentheses and holds no value
    ("Tỷ lệ dân số được cấp nước sạch (%)", "Tỷ lệ thất thoát, thất thu nước sạch (%)"), as statistical tables split an
    indicator by area or group (thành thị / nông thôn, khu vực đô thị / nông thôn, nam / nữ: the breakdowns of the
    Hệ thống chỉ tiêu thống kê quốc gia, Luật Thống kê 2015 phụ lục); else None. A group row of a place or an item
    ("1 Cà phê", "Huyện Cam Lâm", "I. Chỉ tiêu kinh tế") carries no unit."""
    from extractors.targets.patterns import UNIT_RE

    if not section:
        return None
    in_label = LABEL_UNIT.search(section)
    if not in_label or not UNIT_RE.fullmatch(" " + in_label.group("unit")):
        return None
    name = SECTION_ORDINAL.sub("", section[:in_label.start()]).strip(" -+•–:")
    return (name, in_label.group("unit")) if TWO_LETTERS.search(name) else None


def _group_total(section: str | None, label: str) -> str | None:
    """The indicator a group row names where the first row under it is its total ("Toàn tỉnh", "Chung toàn tỉnh", "Tổng
    số", "Cộng"): statistical tables give an indicator's whole in a row of its own under the row that names it, then its
    breakdown by area ("Trong đó: - Khu vực thành thị / - Khu vực nông thôn", the breakdowns of the Hệ thống chỉ tiêu thống
    kê quốc gia, Luật Thống kê 2015 phụ lục); else None. Not a group row of a place or an item ("I. Huyện Cam Lâm" over its
    communes and their "Cộng"): there the total closes the rows below the group, it does not open them."""
    if not section or not GROUP_TOTAL.fullmatch(" ".join(label.split())):
        return None
    name = SECTION_ORDINAL.sub("", section).strip(" -+•–:")
    return name if TWO_LETTERS.search(name) and not _measured_group(section) else None


def _numbers_only(table: Table, index: int) -> bool:
    """Whether every filled cell of column `index` in the data rows is a number (a column of values)."""
    cells = [c.text for r in table.data_rows if (c := r.cell(index)) is not None]
    return bool(cells) and all(NUMBER_ONLY.fullmatch(t) for t in cells)


def _value_columns(table: Table) -> dict[int, int | None]:
    """The columns of values, each with its year."""
    out: dict[int, int | None] = {}
    for col in table.columns:
        if col.role in ("number", "unit", "indicator", "task", "lead", "coordinate", "time"):
            continue
        if col.year is not None and not NOT_A_TARGET.search(col.name):
            out[col.index] = col.year
        elif col.role is None and (measured := _measure_year(col)):  # "Diện tích năm 2026"
            out[col.index] = measured[1]
    for index, span in _spans_beside_years(table, out).items():  # "Cả giai đoạn" beside "Năm 2026 | … | Năm 2030"
        out[index] = int(span[-4:])
    if out:  # "Hằng năm" beside "Đến năm 2030": each year's values, no one year (w23b)
        out.update({c.index: None for c in table.columns if c.role is None and c.year is None and c.index not in out
                    and EACH_YEAR.fullmatch(_one_line(c.name))})
    # w22a: the parts of the year a row is split into, each its own column ("Nội dung | Quý I | Quý II | Quý III | Quý IV | Cả
    # năm 2027"): values due in the one year of the table's other value columns, else of its caption ("… THEO QUÝ NĂM 2027")
    # where the caption does not report ("Kết quả thực hiện theo quý năm 2026": what was done, no target)
    parts = [c.index for c in table.columns if c.role is None and c.year is None and len(c.parts) == 1
             and _part_of_year(c.name)]
    if parts:
        planned = {y for y in out.values() if y}
        year = (next(iter(planned)) if len(planned) == 1 else None) if planned \
            else table.caption_year if not _reporting_caption(table.caption or "") else None
        if year:
            out.update({i: year for i in parts if i not in out})
    if not out:  # "Chỉ tiêu | ĐVT | Kế hoạch" (under "… NĂM 2026", or the year of the plan or heading)
        out = {c.index: None for c in table.columns if c.role is None and (
            PLANNED.fullmatch(c.name) or ASSIGNED_ESTIMATE.fullmatch(c.name) or ASSIGNED_TARGET.fullmatch(c.name.strip())
            or table.caption_year and (
                VALUES.fullmatch(c.name) or QUANTITY.fullmatch(c.name) and table.column("unit") is not None)
            # s29h: the quantities beside a unit column and a time column, under a caption that names the plan's targets
            # but no year ("CHỈ TIÊU VÀ TIẾN ĐỘ TỔNG KẾT …" ⏎ "Nội dung | Đơn vị tính | Số lượng | … | Thời gian hoàn thành"):
            # outputs the plan schedules, in its own year (not a bill of quantities with no time, s24e)
            or QUANTITY.fullmatch(c.name) and table.column("unit") is not None and table.column("time") is not None
            and _plan_caption(table.caption or "")
            # w22b: the parts of the caption's year ("Chỉ tiêu | Quý I | … | Quý IV | Cả năm" under "CHỈ TIÊU … THEO QUÝ NĂM
            # 2027"), as the revenue and customs offices share out their yearly targets (the quarterly estimates of Luật Ngân
            # sách nhà nước 2015, Điều 4): each quarter's value a target of that year, the quarter its scope
            or _part_of_year(c.name) and table.caption_year and _plan_caption(table.caption or ""))}
    if not out:
        out = {i: None for i in _sole_planned_column(table)}
    if not out:
        out = {i: None for i in _split_quantities(table)}
    if out:  # w22a: the targets another body set beside the plan's ("Chỉ tiêu theo Nghị quyết của Quốc hội"), in its year
        planned = {y for y in out.values() if y}
        for c in table.columns:
            if c.role is None and c.year is None and c.index not in out and ASSIGNED_TARGET.fullmatch(c.name.strip()):
                out[c.index] = next(iter(planned)) if len(planned) == 1 else None
    return out


class _Shared:
    """A value cell's match whose unit is read as "%" ("100% xã": SHARE_OF_UNITS), all else as matched."""

    def __init__(self, match):
        self._match = match

    def group(self, name):
        return "%" if name == "unit" else self._match.group(name)

    def groupdict(self):
        return self._match.groupdict() | {"unit": "%"}


# w23b: a column of the values due every year of the plan's period, beside the columns of its years ("Chỉ tiêu | Đơn vị
# tính | Hằng năm | Đến năm 2030"): targets with no one year
EACH_YEAR = regex.compile(r"(?i:(?:chỉ\s+tiêu\s+)?(?:bình\s+quân\s+)?(?:hằng|hàng|mỗi)\s+năm)")


def _part_of_year(name: str) -> bool:
    """Whether a column is headed by a part of a year alone ("Quý I", "6 tháng", "Cả năm": PART_OF_YEAR)."""
    return bool(name) and PART_OF_YEAR.fullmatch(_one_line(name)) is not None


# The part of a year that is the whole of it ("Cả năm"): the year's own target, no part of it
WHOLE_YEAR = regex.compile(r"(?i:cả\s+năm)")


def _split_quantities(table: Table) -> list[int]:
    """s31d: the columns under a quantity header split by what each measures, each with its unit ("Quy mô" over "Công suất
    (m³/s) | Cống, mương (km)", "Khối lượng" over "Đào đắp (m³) | Bê tông (m³)"), in a list of works or tasks with a time
    column (the lists of works of the public investment plans, Luật Đầu tư công 2024: "Tên công trình | Địa điểm | Quy mô |
    Tổng mức đầu tư | Thời gian thực hiện"): each work's quantity by the time of its row, as a one-column "Quy mô (km)" is;
    not under a caption that reports or lists (CAPTION_REPORTS), nor the funds beside them."""
    if table.column("time") is None or not any(table.column(r) is not None for r in LABEL_ROLES) \
            or not (_plan_caption(table.caption or "") or _schedule(table)):
        return []
    return [c.index for c in table.columns if c.role is None and len(c.parts) >= 2 and QUANTITY.fullmatch(c.parts[0])
            and header_unit(c.parts[-1]) and not FUNDS.search(c.parts[-1]) and _values_only(table, c.index)]


def _sole_planned_column(table: Table) -> list[int]:
    """[the column] of a table of targets whose one column of values is headed by what the plan prepares for, with no year
    and no plan word ("STT | Chỉ tiêu | Đơn vị tính | SEA Games 34", "… | Đại hội lần thứ X"), under a caption that names the
    plan's targets ("CHỈ TIÊU THAM DỰ SEA GAMES 34", CAPTION_PLANNED, not a report): an indicator column, a unit column and
    one other column whose filled cells are all values (CELL_NUMBER: "90 - 110", "≥ 60", "1.200"); else []."""
    if table.column("indicator") is None or table.column("unit") is None or not _plan_caption(table.caption or ""):
        return []
    others = [c for c in table.columns if c.role is None]
    if len(others) != 1 or others[0].year is not None or NOT_A_TARGET.search(others[0].name) or FUNDS.search(others[0].name) \
            or QUANTITY.fullmatch(others[0].name.strip()) or VALUES.fullmatch(others[0].name.strip()) \
            or regex.search(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?i:so\s+với)", others[0].name):
        return []  # ("Khối lượng", "Giá trị": a column that needs the caption's year, `_value_columns`; a year the column
        # reader did not take, a comparison: "Tết 2026 so với Tết 2025 (%)")
    cells = [c.text for r in table.data_rows if (c := r.cell(others[0].index)) is not None and c.text.strip()]
    if len(cells) < 2 or not all(CELL_NUMBER.match(t) and not TWO_LETTERS.search(t) for t in cells):
        return []
    return [others[0].index]


# Columns of a table with no year over any column, whose year is the caption's ("KẾ HOẠCH SỬ DỤNG ĐẤT NĂM 2025", "… CÂY TRỒNG
# NĂM 2027"), as land-use, crop and statistical tables are laid out: what a column measures with its unit ("Diện tích (ha)",
# "Năng suất (tạ/ha)", "Sản lượng (tấn)"), the total ("Tổng diện tích", "Tổng số", "Toàn huyện") and the places or groups
# under a header that splits it ("Diện tích phân theo đơn vị hành chính" over "Xã A | Xã B", "Chia ra" over its parts).
# Not the funds ("Kinh phí (triệu đồng)", "Vốn", "Dự toán"): what a task costs is no target.
# Only a table whose caption names a plan or its targets (CAPTION_PLANNED); not one that reports or lists
# (CAPTION_REPORTS: "DANH SÁCH CÁC XÃ ĐƯỢC CHỌN ĐIỀU TRA MẪU NĂM 2027", "THỐNG KÊ THIỆT HẠI DO BÃO SỐ 3 NĂM 2027"): a count
# in the plan's year is not a target by its year alone. The caption's own lines only, not the document it is attached to
# ("(Kèm theo Kế hoạch số 468/KH-UBND …)") nor its unit's line.
TOTAL_COLUMN = regex.compile(r"(?i:tổng(?:\s+(?:số|cộng|diện\s+tích))?|toàn\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã|phường))")
CAPTION_PLANNED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+kiến|mục\s+tiêu|phương\s+án|phân\s+bổ|phấn\s+đấu"
                             r"|danh\s+mục\s+(?:các\s+)?(?:công\s+trình|dự\s+án))(?![\p{L}\p{M}]))")
CAPTION_REPORTS = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:thống\s+kê|hiện\s+trạng|thiệt\s+hại|kết\s+quả|danh\s+sách|số\s+liệu|tình\s+hình"
                                r"|ước\s+thực\s+hiện)(?![\p{L}\p{M}]))")
CAPTION_ASIDE = regex.compile(r"\([^()\n]*\)?|(?im:^\s*đơn\s+vị(?:\s+tính)?\s*:.*$)")


# A report word heads the caption only before the plan's word ("KẾT QUẢ SẢN XUẤT VÀ KẾ HOẠCH …", "DANH SÁCH …"); after it,
# it is the plan's own ("CHỈ TIÊU KẾ HOẠCH VÀ KẾT QUẢ DỰ KIẾN NĂM 2027"), except a value of another period beside the
# plan's ("… VÀ ƯỚC THỰC HIỆN NĂM 2026"). Never the plan's expected results ("kết quả dự kiến"), nor what the plan is based
# on or meant to repair ("trên cơ sở số liệu thống kê", "theo tình hình thời tiết", "nhằm khắc phục thiệt hại").
CAPTION_OTHER_PERIOD = regex.compile(r"(?i:ước\s+thực\s+hiện)")
CAPTION_NOT_REPORT = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:theo|trên\s+cơ\s+sở|căn\s+cứ|nhằm|để|khắc\s+phục|so\s+với)"
                                   r"(?:\s+(?:các|những|về))?\s*$)")


# A list of projects offered to investors ("DANH MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ NĂM 2026", "… thu hút đầu tư", "… mời gọi đầu tư"):
# the lists of the investment-promotion programmes of Quyết định 03/2021/QĐ-TTg (Quy chế quản lý nhà nước đối với hoạt động
# xúc tiến đầu tư) and of Luật Đầu tư 2020; each project's area and capital describe what is offered, not a quantity the
# plan commits to reach (the plan's own targets of attracting investment are stated elsewhere, "Thu hút … tỷ USD").
# s36d: …and a list of the assets a plan puts up for auction ("DANH MỤC KHU ĐẤT ĐƯA RA ĐẤU GIÁ NĂM 2027", "… đấu giá quyền sử
# dụng đất", "… tổ chức đấu giá", "… bán đấu giá"): the parcels of land (Luật Đất đai 2024, Điều 125: giao đất, cho thuê đất
# thông qua đấu giá quyền sử dụng đất), the mining areas or the assets of Luật Đấu giá tài sản 2016 ("tài sản đưa ra đấu
# giá"); each one's area, starting price or expected proceeds describe what is offered, as a project's area does (the plan's
# own revenue target is stated elsewhere, "thu … đạt tối thiểu 2.150 tỷ đồng").
CAPTION_OFFERED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:(?:kêu\s+gọi|mời\s+gọi|thu\s+hút|ưu\s+tiên\s+thu\s+hút)\s+(?:các\s+nhà\s+|nhà\s+)?đầu\s+tư"
                                r"|(?:đưa\s+ra|tổ\s+chức|bán)\s+đấu\s+giá|đấu\s+giá\s+quyền\s+(?:sử\s+dụng\s+đất|khai\s+thác))"
                                r"(?![\p{L}\p{M}]))")


def _offered_list(caption: str) -> bool:
    """Whether a table's caption lists projects offered to investors or assets put up for auction (CAPTION_OFFERED) and
    names no plan nor targets."""
    own = CAPTION_ASIDE.sub(" ", caption)
    return CAPTION_OFFERED.search(own) is not None and all(
        m.group().lower().startswith("danh") for m in CAPTION_PLANNED.finditer(own))


def _reporting_caption(caption: str) -> bool:
    """Whether a table's caption reports (CAPTION_REPORTS: "Kết quả thực hiện …") and names no plan of its own."""
    return CAPTION_REPORTS.search(CAPTION_ASIDE.sub(" ", caption)) is not None and not _plan_caption(caption)


def _plan_caption(caption: str) -> bool:
    """Whether a table's caption names a plan or its targets and does not report (see CAPTION_PLANNED)."""
    own = CAPTION_ASIDE.sub(" ", caption)
    planned = CAPTION_PLANNED.search(own)
    if not planned:
        return False
    for report in CAPTION_REPORTS.finditer(own):
        if regex.match(r"\s+dự\s+kiến(?![\p{L}\p{M}])", own[report.end():], flags=regex.I) \
                or CAPTION_NOT_REPORT.search(own[max(0, report.start() - 30):report.start()]):
            continue
        if report.start() < planned.start() or CAPTION_OTHER_PERIOD.fullmatch(report.group()):
            return False
    return True
def _schedule(table: Table) -> bool:
    """Whether a table is a schedule of the plan: a time column that gives each row its deadline ("Thời hạn bàn giao",
    "Thời gian hoàn thành") under a caption that neither reports nor lists (CAPTION_REPORTS), as the tables of site
    clearance and resettlement by project are laid out ("DIỆN TÍCH, SỐ HỘ VÀ THỜI HẠN BÀN GIAO MẶT BẰNG CÁC DỰ ÁN … NĂM
    2026": one row a project, its area and households to clear by its date): a quantity bound to a deadline is a
    commitment, as under a caption that names the plan (`_plan_caption`)."""
    return table.column("time") is not None and not CAPTION_REPORTS.search(CAPTION_ASIDE.sub(" ", table.caption or ""))


SPLIT_GROUP = regex.compile(r"(?i:(?:phân|chia)\s+theo|chia\s+ra|trong\s+đó)")
# (w22b: not the budget's revenue, "Chỉ tiêu thu ngân sách (tỷ đồng)", "Thu nộp ngân sách": what a revenue or customs plan
# shares out among its units to collect, its target, as the prose's "thu ngân sách nhà nước đạt …" is)
FUNDS = regex.compile(r"(?i:kinh\s+phí|vốn|dự\s+toán|chi\s+phí|(?<!(?:thu|nộp)\s+)ngân\s+sách|giá\s+trị|mức\s+đầu\s+tư)")
PLACEHOLDER = regex.compile(r"\s*[-–—x]?\s*")  # an empty value cell: "-", "–", "x"
# w21b: a table whose rows are the sources of the plan's money ("Nguồn kinh phí | 2026 | 2027 | … | Tổng", rows "Ngân sách
# tỉnh", "Ngân sách cấp xã", "Nguồn hợp pháp khác", "Tổng cộng"), as plans lay out their funding by source and year (Luật
# Ngân sách nhà nước 2015, Điều 5: thu, chi ngân sách by level; the "nguồn vốn" of Luật Đầu tư công 2019, Điều 4): the
# plan's own funding, no target, as its total in the text is none (EXTRACTION.md: the budget's parts are not targets).
# Only under a caption that names the cost of carrying the plan out ("KINH PHÍ THỰC HIỆN KẾ HOẠCH THEO NGUỒN VÀ THEO NĂM", "DỰ
# KIẾN KINH PHÍ …"): the capital a public investment or budget plan allocates ("KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027 NGUỒN VỐN NGÂN
# SÁCH NHÀ NƯỚC", rows "Vốn ngân sách trung ương") is what that plan commits to (hdnd_du_toan_ngan_sach's gold).
FUNDING_CAPTION = regex.compile(r"(?i:(?<![\p{L}\p{M}])kinh\s+phí(?![\p{L}\p{M}]))")
FUNDS_BY_SOURCE = regex.compile(r"(?i:(?:cơ\s+cấu\s+)?nguồn(?:\s+(?:kinh\s+phí|vốn(?:\s+đầu\s+tư)?|ngân\s+sách|tài\s+chính))?"
                                r"(?:\s*\([^()]*\))?)")
# The area of the place itself ("Tổng diện tích tự nhiên"): the land a plan shares out, not a target of it.
OWN_AREA = regex.compile(r"(?i:diện\s+tích\s+tự\s+nhiên)")


# A column headed "Đơn vị" alone is the unit of measure ("Chỉ tiêu | Đơn vị | 2026") or, in a table of targets shared out
# among the units of administration ("CHỈ TIÊU … GIAO CHO CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ": "STT | Đơn vị | Giải quyết việc
# làm (lao động) | …"), the unit each row is for ("Thành phố Phủ Lý", "Sở Y tế"): its cells tell which. A column of names,
# none a unit of measure, is the row's label, and its name the target's scope.
BARE_UNIT_HEADER = regex.compile(r"(?i:đơn\s+vị)")
# s35c: a column headed by the total's words alone with a unit ("Tổng số (mẫu)"), and the units that measure rather than count
# (area, mass, length, volume, money, shares: "Tổng (ha)" is an area's total, no count)
TOTAL_WORDS = r"tổng(?:\s+(?:số|cộng))?"  # "Tổng", "Tổng số", "Tổng cộng": the words of a total (BARE_TOTAL, TOTAL_ROW)
BARE_TOTAL = regex.compile(rf"(?i:{TOTAL_WORDS})")
MEASURED_UNIT = regex.compile(r"(?i:(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:ha|m|m2|m²|m3|m³|km|km2|km²|tấn|tạ|kg|đồng|usd|%|‰)(?:\s*/.*)?)")
# A total row whose label spans the ordinal's cell too ("Tổng cộng | 16.000 | …", one cell short of the header) in a
# table whose columns name their measures: its values stand one column to the left of their header.
TOTAL_ROW = regex.compile(rf"(?i:{TOTAL_WORDS}|cộng|toàn\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã|phường))")


# The whole of an indicator in the first row under the group row naming it: "Toàn tỉnh", "Chung toàn tỉnh", "Tổng số", "Tổng
# cộng", "Cộng", "Chung" (`_group_total`).
GROUP_TOTAL = regex.compile(rf"(?i:(?:chung\s+)?toàn\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã|xã|phường)|{TOTAL_WORDS}|cộng|chung)\s*:?")
# w21a: a total's label with the count of what it totals in brackets ("Cộng (08 xã, phường)", "Tổng cộng (12 đơn vị)")
TOTAL_ASIDE = regex.compile(r"\s*\([^()\n]*\)\s*$")


def _total_label(cell) -> str | None:
    """The label of a total row without its bracketed count ("Cộng (08 xã, phường)" → "Cộng"), or None when `cell` is
    none or says no total."""
    if cell is None:
        return None
    bare = " ".join(TOTAL_ASIDE.sub("", regex.sub(r"[*_]+", "", cell.text)).split()).strip(" -+•")  # (its words one space
    # apart, as the indicator it stands for is written: "Tổng⏎cộng (12 đơn vị)", a cell's line end)
    return bare if bare != cell.text.strip() and TOTAL_ROW.fullmatch(bare) or TOTAL_ROW.fullmatch(cell.text.strip()) else None


def _names_column(table: Table, index: int | None) -> bool:
    """Whether column `index`, headed "Đơn vị" alone, holds names, none of them a unit of measure (see BARE_UNIT_HEADER)."""
    from extractors.targets.patterns import UNIT_RE

    if index is None or not BARE_UNIT_HEADER.fullmatch(table.columns[index].name.strip()):
        return False
    names = [c.text.strip() for r in table.data_rows if (c := r.cell(index)) is not None and TWO_LETTERS.search(c.text)]
    return len(names) >= 2 and not any(UNIT_RE.fullmatch(" " + t) for t in names)  # (a merged total row's value: no name)


def _values_only(table: Table, index: int) -> bool:
    """Whether every filled cell of column `index` in the data rows is a number or a placeholder ("-"), one a number."""
    cells = [c.text for r in table.data_rows if (c := r.cell(index)) is not None and c.text.strip()]
    numbers = [t for t in cells if not PLACEHOLDER.fullmatch(t)]
    return bool(numbers) and all(NUMBER_ONLY.fullmatch(t) for t in numbers)


# s33b: a share column whose header names what it measures and writes no unit, each value cell writing its own "%" (or ‰)
# with or without a bound ("Tỷ lệ nợ quá hạn" over "< 0,3%", "Tổ TK&VV xếp loại tốt" over "≥ 95%"), as the tables of targets
# shared out among units give a rate beside the columns that carry their unit in the header ("Dư nợ (tỷ đồng)").
SHARE_CELL = regex.compile(r"[\s*_]*(?:[<>≥≤]=?\s*)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*[%‰][\s*_]*")


def _share_cells(table: Table, index: int) -> bool:
    """Whether every filled cell of column `index` in the data rows is a share with its own "%" or "‰" (SHARE_CELL)."""
    cells = [c.text for r in table.data_rows if (c := r.cell(index)) is not None and c.text.strip()]
    return len(cells) >= 2 and all(SHARE_CELL.fullmatch(t) for t in cells)


def _dated_rows(table: Table) -> bool:
    """s33c: whether every row of a table states its own year in its time column ("Thời gian thực hiện": "2026 - 2027",
    "Quý IV/2028"), two rows at least, its total's empty cell aside: a schedule whose rows are dated where its caption
    states no year ("DANH MỤC DỰ ÁN BỐ TRÍ DÂN CƯ TẬP TRUNG"), each row's values due by its own year (table_targets)."""
    time = table.column("time")
    if time is None:
        return False
    cells = [c.text for r in table.data_rows if (c := r.cell(time)) is not None and c.text.strip()]
    return len(cells) >= 2 and all(YEAR_IN_CELL.search(t) for t in cells)


# The column of a list that names its items, projects or works, not indicators nor tasks ("Tên dự án", "Tên công trình"):
# a column that names its own measure ("Số hộ bố trí (hộ)") counts that measure for each item, the item its scope (s33c).
ITEM_NAMES_HEADER = regex.compile(r"(?i:tên\s+(?:các\s+)?(?:dự\s+án|công\s+trình|điểm(?:\s+dân\s+cư)?))")


# w23a: a table of one measure split by what its rows name, the caption naming both ("Sản lượng hàng hóa thông qua cảng theo
# khu vực cảng giai đoạn 2026 - 2030" over "Khu vực cảng | 2026 | … | 2030", "DIỆN TÍCH LÚA PHÂN THEO XÃ, PHƯỜNG" over "Xã,
# phường | …"), as statistical tables are titled "<chỉ tiêu> phân theo <phân tổ>" (Luật Thống kê 2015, Danh mục chỉ tiêu
# thống kê quốc gia: each indicator with its "Phân tổ chủ yếu"): where the words after "theo" begin with the header over the
# rows' names and no column names a measure, each value is the caption's measure and its row the scope.
CAPTION_SPLIT = regex.compile(r"(?i:^(?:(?:bảng|biểu|phụ\s+lục)\s+[\dIVXLC]+[.:]?\s+)?(?P<measure>\p{L}.*?)\s+"
                              r"(?:phân\s+|chia\s+)?theo\s+(?P<by>\p{L}.*)$)")
# (only a split by place or unit, the rows' header naming one: "Khu vực cảng", "Xã, phường", "Địa bàn", "Đơn vị"; a split by
# kind, "Lĩnh vực", "Khoản thu", "Nguồn vốn", names each row's own indicator)
SPLIT_BY_PLACE = regex.compile(r"(?i:(?:khu\s+vực|địa\s+bàn|địa\s+phương|đơn\s+vị(?:\s+hành\s+chính)?|vùng|tiểu\s+vùng|lưu\s+vực"
                               r"|xã|phường|huyện|tỉnh|thôn|tổ\s+dân\s+phố|khu\s+bến|cảng|bến|tuyến|cơ\s+sở|trường)(?![\p{L}\p{M}]))")
CAPTION_PLAN_WORDS = regex.compile(r"(?i:^(?:(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|dự\s+kiến)\s+)+)")


def _caption_split_measure(table: Table, label_col: int) -> str | None:
    """The measure a table's caption names over the split its label column's header names (CAPTION_SPLIT), else None."""
    header = " ".join(_one_line(table.columns[label_col].name).lower().split())
    if not TWO_LETTERS.search(header) or not SPLIT_BY_PLACE.match(header):
        return None
    for line in reversed((table.caption or "").splitlines()):
        m = CAPTION_SPLIT.match(" ".join(CAPTION_ASIDE.sub(" ", line).split()))
        if m is None or not " ".join(m.group("by").lower().split()).startswith(header):
            continue
        measure = CAPTION_PLAN_WORDS.sub("", m.group("measure")).strip(" .:,")
        if not TWO_LETTERS.search(measure):
            return None
        return measure[0] + measure[1:].lower() if measure.isupper() else measure
    return None


# w23a: the columns of the parts a total column sums, each named by the place or group it is for, with no header over them
# that splits the total ("Chỉ tiêu | ĐVT | Khu kinh tế | Các khu công nghiệp | Tổng cộng", the economic-zone authorities'
# targets by zone kind; "… | Vùng I | Vùng II | Toàn tỉnh"): the row's values add up to its total (Luật Thống kê 2015's
# breakdowns: the parts of an indicator sum to it), in two rows at least and most rows whose cells are all plain numbers
# (a rate's row, "100 | 100 | 100", does not add up and takes the table's reading from the others).
def _parts_of_total(table: Table) -> set[int]:
    """The columns of the parts the table's total column adds up (see above), else an empty set."""
    from extractors.targets.extract import parse_number

    total = next((c.index for c in table.columns if c.role is None and len(c.parts) == 1
                  and TOTAL_COLUMN.fullmatch(c.name.strip()) and _values_only(table, c.index)), None)
    if total is None:
        return set()
    parts = [c.index for c in table.columns if c.role is None and c.index < total and c.year is None and len(c.parts) == 1
             and TWO_LETTERS.search(c.name) and not UNIT_IN_HEADER.search(c.name) and not NOT_A_TARGET.search(c.name)
             and not FUNDS.search(c.name) and not PLANNED.fullmatch(c.name.strip()) and not QUANTITY.fullmatch(c.name.strip())
             and not VALUES.fullmatch(c.name.strip()) and not TOTAL_COLUMN.fullmatch(c.name.strip())
             and _values_only(table, c.index)]
    if len(parts) < 2:
        return set()
    plain = regex.compile(rf"\s*(?:{NUM})\s*")
    sums = []
    for row in table.data_rows:
        cells = [row.cell(i) for i in parts + [total]]
        if all(c is not None and plain.fullmatch(c.text) for c in cells):
            *values, whole = [parse_number(c.text.strip()) for c in cells]
            sums.append(abs(sum(values) - whole) <= max(0.01, 0.005 * abs(whole)))
    return set(parts) if sum(sums) >= 2 and 2 * sum(sums) > len(sums) else set()


def _caption_year_columns(table: Table) -> dict[int, tuple[str | None, str | None]]:
    """{column: (what it measures, the place or group it is for)} of a table whose caption gives the year (see above)."""
    if not (table.caption_year or _dated_rows(table)) or any(c.year is not None and not _dated_in_caption_year(table, c)
                                                             for c in table.columns) \
            or not (_plan_caption(table.caption) or _schedule(table)):
        return {}
    out: dict[int, tuple[str | None, str | None]] = {}
    parts_of_total = _parts_of_total(table)
    for col in table.columns:
        if col.role is not None or not col.parts or NOT_A_TARGET.search(col.name) or FUNDS.search(col.name) \
                or not _values_only(table, col.index):
            continue
        if len(col.parts) >= 2 and SPLIT_GROUP.search(col.parts[0]) and not UNIT_IN_HEADER.search(col.parts[-1]):
            out[col.index] = (None, col.parts[-1])
        elif col.index in parts_of_total:  # "Khu kinh tế | Các khu công nghiệp | Tổng cộng": the part its name is for
            out[col.index] = (None, col.name)
        elif len(col.parts) >= 2 and (upper := _split_measure(col.parts)):
            out[col.index] = (upper, None)
        elif len(col.parts) == 1 and col.unit and count_unit(col.name):  # "Số lớp", "Số lượt người": the row's label names it
            out[col.index] = (None, None)
        elif len(col.parts) == 1 and col.unit and qualified_count_unit(col.name):  # "Số lớp tuyển mới": the column names it
            out[col.index] = (col.name, None)
        elif len(col.parts) == 1 and col.unit and BARE_TOTAL.fullmatch(UNIT_AT_END.sub("", col.name).strip()) \
                and count_unit(f"Số {col.unit}") and not MEASURED_UNIT.fullmatch(col.unit):
            # s35c: "Tổng số (mẫu)" (field 036's samples per monitored site): the total of what its unit counts, "Tổng số mẫu",
            # each row its scope (the words "Tổng số" alone name no indicator)
            out[col.index] = (f"Tổng số {col.unit}", None)
        elif len(col.parts) == 1 and col.unit and TWO_LETTERS.search(col.name[:UNIT_IN_HEADER.search(col.name).start()]):
            out[col.index] = (UNIT_AT_END.sub("", col.name), None)
        elif len(col.parts) == 1 and TOTAL_COLUMN.fullmatch(col.name):
            out[col.index] = (None, None)
        elif len(col.parts) == 1 and col.unit is None and _share_cells(table, col.index) and TWO_LETTERS.search(col.name):
            out[col.index] = (col.name, None)  # "Tỷ lệ nợ quá hạn" over "< 0,3%": the header names it, each cell its unit
        elif SCHOOL_LEVEL.fullmatch(_one_line(col.parts[-1])):  # "Mầm non | Tiểu học | THCS": the level
            out[col.index] = (None, col.parts[-1])
    return out


def _dated_in_caption_year(table: Table, column) -> bool:
    """w22b: a column that names its measure at a date of the caption's year ("Dư nợ tín dụng đến 31/12/2027 (tỷ đồng)" under
    "CHỈ TIÊU NĂM 2027 PHÂN THEO ĐỊA BÀN"): one measure of the caption's year among the others the table names without a
    date ("Tốc độ tăng trưởng tín dụng (%)", "Tỷ lệ nợ xấu (%)"), as the tables of targets shared out among places give
    them; each column the measure it names (`_caption_year_columns`)."""
    return column.year is not None and column.year == table.caption_year and _dated_measure(column) is not None


def _split_measure(parts: tuple[str, ...]) -> str | None:
    """s33a: what a column measures where a header cell merged over several columns names the measure with its unit and the
    cell under it names the column's share of it ("Chỉ tiêu giao quân (công dân)" over "Tổng số | Quân đội | Công an", "Số
    căn hỗ trợ (căn)" over "Tổng số | Xây mới | Sửa chữa"), as allocation tables by commune head their quotas: the measure
    and its share ("Số căn hỗ trợ - Xây mới"), the measure alone over its total; None where the upper cell writes no unit of
    the units list or the lower one a unit of its own."""
    upper, lower = _one_line(parts[0]), _one_line(parts[-1])
    unit = UNIT_IN_HEADER.search(upper)
    if unit is None or header_unit(upper) is None or UNIT_IN_HEADER.search(lower) or not TWO_LETTERS.search(lower):
        return None
    name = upper[:unit.start()].strip()
    if not TWO_LETTERS.search(name) or DIGIT.search(name + lower) or PLANNED_WORD.fullmatch(name):
        return None
    return name if TOTAL_COLUMN.fullmatch(lower) else f"{name} - {lower}"


# The lowest header cell of a column under a span of years that names the whole span, beside the span's years ("Kế hoạch
# giai đoạn 2026 - 2030" over "Năm 2026 | … | Năm 2030 | Cả giai đoạn"; "Tổng giai đoạn", "Toàn giai đoạn", "Tổng cộng",
# "Lũy kế"): the span's total of the row's indicator, no measure of its own.
WHOLE_SPAN_WORDS = r"(?:(?:cả|toàn|tổng(?:\s+(?:cộng|số))?|cộng|lũy\s+kế|luỹ\s+kế)(?:\s+(?:cả\s+)?giai\s+đoạn)?|giai\s+đoạn)"
WHOLE_SPAN = regex.compile(rf"(?i:{WHOLE_SPAN_WORDS}(?:\s*\([^()]*\))?)")
# …or one header cell that names the whole span with its years, beside the years' columns or alone ("Cả giai đoạn 2026 - 2030",
# "Tổng giai đoạn 2026-2030", "Giai đoạn 2026 - 2030", one cell a line as a crawled table gives it, s31b): the span's total,
# its period the span; s32d: a numbered phase with its years in brackets ("Giai đoạn 1 (2026 - 2027)", tables.patterns.PHASE_HEADER).
WHOLE_SPAN_WITH_YEARS = regex.compile(rf"(?i:{WHOLE_SPAN_WORDS}\s+(?:{PHASE_NUMBER}\s*\(\s*(?:năm\s+)?(?P<y1>20\d\d)\s*[-–]\s*"
                                      rf"(?P<y2>20\d\d)\s*\)|(?:năm\s+)?(?P<y1>20\d\d)\s*[-–]\s*(?P<y2>20\d\d)(?:\s*\([^()]*\))?))")


def _names_whole_span(cell: str) -> bool:
    """Whether a column's lowest header cell names the whole span of years above it (WHOLE_SPAN: "Cả giai đoạn")."""
    return WHOLE_SPAN.fullmatch(_one_line(cell)) is not None


def _measure(column) -> str | None:
    """What a value column under a year measures, where its header says it below the year
    ("Kế hoạch 2026" over "Lượng (tấn)", "Giá trị xuất khẩu (nghìn USD)"); None where its
    lowest header cell is the year, a part of it (PART_OF_YEAR), the plan itself or the whole span (WHOLE_SPAN)."""
    if len(column.parts) < 2:
        return None
    last = column.parts[-1]
    if YEAR_HEADER.match(last) or PLANNED.fullmatch(last) or NOT_A_TARGET.search(last) or not TWO_LETTERS.search(last) \
            or _names_whole_span(last) or _part_of_year(last):
        return None
    return UNIT_AT_END.sub("", last) or None


PLANNED_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:" + PLANNED.pattern + r")(?![\p{L}\p{M}])")  # not "kh" in "khoán"


def _measure_above(column) -> str | None:
    """s31d: what a value column measures where the header cell over its year names it with its unit ("Diện tích rừng được
    chi trả (ha)" over "Thực hiện năm 2026 | Kế hoạch năm 2027", "Số xe buýt điện (xe)" over "Năm 2027 | Năm 2028"), as
    tables by place, basin or route head two measures over the same years: the header without its unit; None where the
    upper cell is the plan, a status, funds, a total or a span (a year or a number in it), or writes no unit of the list."""
    if len(column.parts) < 2 or not (YEAR_HEADER.match(column.parts[-1]) or PLANNED.fullmatch(column.parts[-1])):
        return None
    upper = _one_line(column.parts[-2])
    unit = UNIT_IN_HEADER.search(upper)
    if unit is None or header_unit(upper) is None:
        return None
    name = upper[:unit.start()].strip()
    if not TWO_LETTERS.search(name) or DIGIT.search(name) or PLANNED_WORD.search(name) or NOT_A_TARGET.search(name) \
            or FUNDS.search(name) or TOTAL_COLUMN.fullmatch(name) or _names_whole_span(name):
        return None
    return name


SPAN_OF_YEARS = regex.compile(r"(?<!\d)(20\d\d)\s*[-–]\s*(20\d\d)(?!\d)")


def _spans_beside_years(table: Table, years: dict[int, int | None]) -> dict[int, str]:
    """s32b: the columns whose one header cell names the whole span without its years ("Cả giai đoạn", a narrow column's
    "Cả giai⏎đoạn", "Tổng cộng") beside two year columns or more: each the total of its row over the years beside it, their
    span from the first year to the last ("2026-2030")."""
    planned = sorted({y for y in years.values() if y})
    if len(planned) < 2:
        return {}
    return {c.index: f"{planned[0]}-{planned[-1]}" for c in table.columns
            if c.index not in years and c.role is None and c.year is None and len(c.parts) == 1 and _names_whole_span(c.parts[0])}


def _whole_span(column) -> str | None:
    """The span of years ("2026-2030") a column totals: its lowest header cell names the whole span (WHOLE_SPAN) under a
    header cell that writes the span, or its one header cell names the span with its years (WHOLE_SPAN_WITH_YEARS); else
    None."""
    if len(column.parts) == 1 and (one := WHOLE_SPAN_WITH_YEARS.fullmatch(_one_line(column.parts[0]))):
        return f"{one.group('y1')}-{one.group('y2')}" if one.group("y1") < one.group("y2") else None
    if len(column.parts) < 2 or not _names_whole_span(column.parts[-1]):
        return None
    span = SPAN_OF_YEARS.search(" ".join(column.parts[:-1]))
    return f"{span.group(1)}-{span.group(2)}" if span and span.group(1) < span.group(2) else None


# What a column measures in a year, the measure before the year ("Diện tích năm 2026", "Sản lượng năm 2027 (tấn)", "Số hộ
# năm 2030"), as statistics and allocation tables by place head their columns: the year is the column's, and in a table whose
# rows are places or items (no indicator nor task column) the measure names the target and the row's label is its scope.
# Not a plan's or a status word before the year ("Kế hoạch năm 2026", "Thực hiện năm 2025": YEAR_HEADER, NOT_A_TARGET), nor
# funds ("Kinh phí năm 2026", "Vốn năm 2027": FUNDS), nor a comparison ("Tăng so với năm 2025").
MEASURE_YEAR = regex.compile(r"(?i:(?P<measure>\p{L}[^\d()\n]{1,60}?)\s+năm\s+(?:20\d\d\s*[-–]\s*)?(?P<year>20\d\d)"
                             r"(?:\s*\(\s*(?P<unit>[^()\d]{1,25})\s*\))?)")


def _measure_year(column) -> tuple[str, int] | None:
    """(what the column measures, its year) for a header naming a measure before its year (see MEASURE_YEAR), else None."""
    name = _one_line(column.parts[-1]) if column.parts else ""
    m = MEASURE_YEAR.fullmatch(name)
    if not m or column.year is not None or YEAR_HEADER.match(name) or NOT_A_TARGET.search(name) or FUNDS.search(name) \
            or PLANNED.search(m.group("measure")) or regex.search(r"(?i:so\s+với)", name):
        return None
    return m.group("measure"), int(m.group("year"))


# s32c: a measure a column names as a count, "Số" and what it counts, with no unit in the header nor the cells ("Số trường
# thực hiện giáo dục STEM năm 2027", "Số hộ được hỗ trợ nhà ở năm 2026"): the statistical indicators are so named and counted
# in the noun after "Số" (Luật Thống kê 2015, Phụ lục: "Số trường, lớp, phòng học", "Số hộ …"), as COUNT_COLUMN reads a
# short "Số lớp"; the longest unit of the units list of its first three words.
COUNTED_MEASURE = regex.compile(r"(?i:số)\s+(?P<words>\p{L}+(?:\s+\p{L}+){0,2})")


def _counts_what_label_counts(words: str, label: str) -> bool:
    """w21b: the words after a cell's number are the noun its row's label counts ("1.130 câu lạc bộ" beside "Số câu lạc bộ gia
    đình phát triển bền vững duy trì hoạt động", "95 vận động viên" beside "Số vận động viên …"): the cell's unit, as the
    statistical indicators named "Số …" are counted in the noun after "Số" (COUNTED_MEASURE), though the units list lacks it."""
    words = " ".join(words.split())
    # (w23b: or the label opens with that noun, "06 đoàn" beside "Đoàn phóng viên đến tìm hiểu, viết bài về tỉnh", as
    # "Ít nhất 06 cuộc" beside "Cuộc kiểm tra hoạt động báo chí")
    return bool(words) and regex.match(rf"(?i:(?:số(?:\s+lượng)?\s+)?{regex.escape(words)}(?![\p{{L}}\p{{M}}]))",
                                       " ".join(label.split())) is not None


def _committed_duration(words: str, label: str, bound: str | None) -> bool:
    """w23b: a cell's duration that is the value of its row's indicator, as the text reads one ("Không quá 10 ngày làm việc"
    beside "Thời gian giải quyết hồ sơ cấp giấy phép …": DURATION_VALUE_BEFORE with the cell's bound, or "đạt")."""
    from extractors.targets.patterns import DURATION_UNIT, DURATION_VALUE_BEFORE

    unit = DURATION_UNIT.match(" " + " ".join(words.split()))
    return unit is not None and unit.end() == len(" ".join(words.split())) + 1 \
        and DURATION_VALUE_BEFORE.search(" ".join(label.split()) + " " + (bound or "đạt") + " ") is not None


def _counted_unit(measure: str | None) -> str | None:
    """The count unit a measure named "Số …" counts in (see COUNTED_MEASURE), else None."""
    from extractors.targets.patterns import UNIT_RE

    m = COUNTED_MEASURE.match(_one_line(measure or ""))
    if m is None:
        return None
    words = m.group("words").split()
    return next((" ".join(words[:n]) for n in range(len(words), 0, -1)
                 if (u := UNIT_RE.fullmatch(" " + " ".join(words[:n]))) and not u.group("scale")), None)


def _dated_measure(column) -> str | None:
    """What a value column measures where its header names it at a date ("Tỷ lệ giải ngân đến 30/6/2026 (%)", DATED_MEASURE):
    the header without its unit; the row's label (a project, a place) is then the target's scope."""
    name = _one_line(column.parts[-1]) if column.parts else ""
    return UNIT_AT_END.sub("", name) if DATED_MEASURE.fullmatch(name) else None


# A table with a year in each row and an indicator over each column (the years down, not across):
# "Năm | Tỷ lệ che phủ rừng (%) | Diện tích trồng rừng mới (ha)" over "2026 | 45 | 1.200", "Năm 2027 | …".
YEAR_ROWS_HEAD = regex.compile(r"(?i:năm|các\s+năm|lộ\s+trình|thời\s+gian|mốc\s+thời\s+gian)")
# s33c: a year with an aside in brackets ("Năm 2025 (thực hiện)", "Năm 2026 (ước thực hiện)", "Năm 2027 (kế hoạch)") is a
# year of the run; a row that says it is done or estimated (NOT_A_TARGET) is a baseline (`_year_row_targets`)
ROW_YEAR = matched_in_place(r"(?i:(?:năm\s+|đến\s+năm\s+|kế\s+hoạch\s+(?:năm\s+)?)?(?P<year>20\d\d)(?:\s*\([^()\n]*\))?"
                            # w21c: or a milestone's date down a "Mốc thời gian" column ("Đến 31/3/2027 | 15%", "Trước 30/6/2027",
                            # "Hết quý II/2027", "Tháng 9/2027"), as the disbursement schedules of public investment give the
                            # cumulative share due by each date (Luật Đầu tư công 2024, Điều 68; the yearly directives on
                            # disbursement): the value is due by that date, in its year
                            r"|(?P<dated>(?:(?:đến|trước|hết|tính\s+đến)(?:\s+(?:hết\s+)?ngày)?\s+)?(?:(?:ngày\s+)?\d{1,2}\s*/\s*|tháng\s+)?"
                            r"\d{1,2}\s*/\s*(?P<year>20\d\d)"
                            r"|(?:(?:đến|trước|hết)(?:\s+hết)?\s+)?qu[ýí]\s+(?:IV|I{1,3})\s*/\s*(?P<year>20\d\d)))")


def _year_rows(table: Table):
    """(the header row, [(row, year, period)], the year column) where a column, the first or the one after the ordinal
    ("TT | Năm | Thạc sĩ | Tiến sĩ | Tổng số"), holds a year in every row below its header (two years at least) and the
    header over the other columns names indicators; rows after the years that total them ("Cộng", "Tổng cộng", "Cả giai
    đoạn", TOTAL_ROW or WHOLE_SPAN) are the span's, due by its last year with the span as their period; else None. The
    header row repeated below (a page the table runs on to) is passed over."""
    rows = [r for r in table.rows if r.cells]
    for k, head in enumerate(rows):
        yc = 1 if (o := head.cell(0)) is not None and NUMBER_HEADER.fullmatch(o.text.strip()) else 0
        first = head.cell(yc)
        if first is None or not YEAR_ROWS_HEAD.fullmatch(first.text.strip()):
            continue
        # the header row again where the table runs on to the next page (a PDF of a table whose header row repeats on each
        # page, as Word's "Repeat as header row" sets it) is no row of the years
        again = tuple(c.text.strip() for c in head.cells)
        below = [(r, ROW_YEAR.fullmatch(r.cells[yc].text.strip()) if len(r.cells) > yc else None) for r in rows[k + 1:]
                 if tuple(c.text.strip() for c in r.cells) != again]
        dated = len(below)
        while dated and below[dated - 1][1] is None and _totals_years(below[dated - 1][0], yc):
            dated -= 1  # the span's total under the years
        if dated < 2 or not all(m for _, m in below[:dated]) or len(head.cells) < yc + 2:
            return None
        names = [c.text for c in head.cells[yc + 1:]]
        if not all(TWO_LETTERS.search(n) and not YEAR_HEADER.match(n) for n in names):
            return None
        if any(m.group("dated") for _, m in below[:dated]) and not all(
                CELL_NUMBER.match(c.text) and not TWO_LETTERS.search(CELL_NUMBER.match(c.text).group("unit") or "x")
                or PLACEHOLDER.fullmatch(c.text) for r, _ in below[:dated] for c in r.cells[yc + 1:] if c.text.strip()):
            return None  # dated rows of a schedule of activities ("Tháng 3/2027 | Tổ chức hội nghị …"): no milestones of values
        years = [(r, int(m.group("year")), None) for r, m in below[:dated]]
        first_year, last_year = min(y for _, y, _ in years), max(y for _, y, _ in years)
        span = f"{first_year}-{last_year}" if first_year < last_year else None
        return head, years + [(r, last_year, span) for r, _ in below[dated:]], yc
    return None


# w21a: a cell of a year-rows table that states the year's milestones in prose ("2026 | Hoàn thành phân loại địa bàn …; có
# thêm 03 xã, phường được công nhận không ma túy; tỷ lệ … đạt 80%"): words, six at least, not a value
PROSE_CELL = regex.compile(r"(?:\p{L}[\p{L}\p{M}]*[^\S\n]+){5,}\p{L}")


def milestone_cells(row: Row, year_col: int) -> list:
    """The cells after the year of a year-rows table's row that are prose, when every filled one is ("Năm | Mốc thực hiện và
    chỉ tiêu chủ yếu", a roadmap written out a year a row): the sentence rules read them, as they read a task table's task
    cell, and the row's year dates them (`milestone_rows`); else []."""
    cells = [c for c in row.cells[year_col + 1:] if c.text.strip()]
    prose = [c for c in cells if not CELL_NUMBER.match(c.text) and PROSE_CELL.search(c.text)]
    return prose if cells and len(prose) == len(cells) else []


def milestone_rows(text: str) -> list[tuple[int, int, tuple[int, ...]]]:
    """(start, end, (year,)) of each prose cell of a year-rows table (`milestone_cells`): the year its targets are for."""
    out = []
    for table in tables_of(text):
        found = _year_rows(table)
        if found is None:
            continue
        _, year_rows, year_col = found
        out += [(c.start, c.end, (year,)) for row, year, period in year_rows if period is None
                for c in milestone_cells(row, year_col)]
    return out


def _totals_years(row: Row, yc: int) -> bool:
    """Whether a row below the years of a year-rows table totals them: its label, in the year column or the ordinal's
    before it (a merged cell), is a total or the whole span ("Cộng", "Tổng cộng", "Cả giai đoạn 2026 - 2030")."""
    label = next((c.text.strip() for c in row.cells[:yc + 1] if c.text.strip()), "")
    return bool(label) and (TOTAL_ROW.fullmatch(label) is not None or WHOLE_SPAN.fullmatch(_one_line(label)) is not None
                            or WHOLE_SPAN_WITH_YEARS.fullmatch(_one_line(label)) is not None)


# w22d: a list of works whose column of the size after the works is named without its unit beside the column of the size
# they have now, which names it ("Nhà máy | Công suất hiện có (m³/ngày đêm) | Công suất nâng cấp | Thời gian hoàn thành",
# the water plants of a plan to upgrade them, Nghị định 117/2007/NĐ-CP: công suất của công trình cấp nước): each work's
# upgraded size is a target in that unit, due by its row's time; the size it has now is a baseline.
SIZE_WORD = r"(?:công\s+suất|quy\s+mô|dung\s+tích|diện\s+tích|chiều\s+dài)"
UPGRADED_SIZE = regex.compile(rf"(?i:^(?P<measure>{SIZE_WORD})\s+(?:sau\s+)?(?:nâng\s+cấp|mở\s+rộng|cải\s+tạo)$)")
CURRENT_SIZE = regex.compile(rf"(?i:^(?P<measure>{SIZE_WORD})\s+(?:hiện\s+có|hiện\s+trạng|hiện\s+tại)\s*\((?P<unit>[^()]+)\)$)")
UPGRADED_CELL = regex.compile(rf"^\s*(?:(?i:nâng\s+lên|tăng\s+lên|mở\s+rộng\s+lên|lên)\s+)?(?P<num>{NUM})\s*$")


def _upgraded_sizes(table: Table) -> tuple[int, int, int, str] | None:
    """(name column, upgraded size's column, time column, unit) of such a list of works, else None."""
    time_col = table.column("time")
    if time_col is None:
        return None
    names = {" ".join(c.name.split()): c for c in table.columns}
    for col in table.columns:
        up = UPGRADED_SIZE.match(" ".join(col.name.split()))
        if up is None:
            continue
        now = next((c for n, c in names.items() if (m := CURRENT_SIZE.match(n)) is not None
                    and " ".join(m.group("measure").lower().split()) == " ".join(up.group("measure").lower().split())), None)
        label = next((c.index for c in table.columns if c.role is None and c.index < min(col.index, now.index if now else col.index)
                      and c.name.strip()), None) if now is not None else None
        if now is not None and label is not None:
            return label, col.index, time_col, CURRENT_SIZE.match(" ".join(now.name.split())).group("unit").strip()
    return None


def _upgraded_size_targets(ctx, table: Table, found: tuple[int, int, int, str], excluded, spans) -> list[Target]:
    from extractors.targets.extract import Quantity, _target, parse_number, unit_fields
    from extractors.targets.patterns import UNIT_RE

    label_col, size_col, time_col, written = found
    u = UNIT_RE.fullmatch(" " + written)
    if u is None:
        return []
    out: list[Target] = []
    for row in table.rows:
        label, cell, time = row.cell(label_col), row.cell(size_col), row.cell(time_col)
        if row.kind != "data" or label is None or cell is None or excluded.touches(cell.start, cell.start + 1):
            continue
        spans.append((row.start, row.end))
        num = UPGRADED_CELL.match(cell.text)
        years = [int(y) for y in YEAR_IN_CELL.findall(time.text)] if time is not None else []
        if num is None or not years:
            continue
        v = parse_number(num.group("num"))
        q = Quantity(cell.start, cell.end, v, **unit_fields(u, v))
        name = regex.sub(r"\s+", " ", label.text).strip()
        place = regex.search(r"\(([^()]+)\)$", name)  # "Nhà máy nước Bình Đức (phường Long Xuyên)": the place its scope
        out.append(_target(ctx, q, name[:place.start()].strip() if place else name, label.start, cell.end, "eq", None,
                           place.group(1) if place else None, "rule_upgraded_size", year=max(years),
                           period=f"{min(years)}-{max(years)}" if min(years) < max(years) else None))
    return out


def table_targets(text: str, ctx, excluded) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets from the indicator tables of `text` (see module doc), and the spans of the rows read."""
    from extractors.targets.extract import Quantity, _target, parse_number, unit_fields, with_whole
    from extractors.targets.patterns import UNIT_RE

    out: list[Target] = []
    rows: list[tuple[int, int]] = []
    period = regex.match(r"20\d\d", ctx.own_period or "")
    starts = int(period.group()) if period else None  # "2026-2028": a column for 2025 is the baseline
    for table in tables_of(text):
        if _offered_list(table.caption):  # a list of projects calling for investment or of assets for auction: no target
            rows += [(r.start, r.end) for r in table.rows if r.kind == "data"]
            continue
        upgraded = _upgraded_sizes(table)
        if upgraded:
            out += _upgraded_size_targets(ctx, table, upgraded, excluded, rows)
            continue
        transposed = _year_rows(table)
        if transposed:
            out += _year_row_targets(ctx, table, *transposed, starts, excluded, rows)
            continue
        label_col = next((c for c in (table.column(r) for r in LABEL_ROLES) if c is not None), None)
        unit_col = table.column("unit")
        places = label_col is None and _names_column(table, unit_col)
        if places:  # "Đơn vị" over "Thành phố Phủ Lý", "Huyện Bình Lục": the rows' places, not a unit of measure
            label_col, unit_col = unit_col, None
        years = _value_columns(table)
        dated_only = bool(years) and all(_dated_in_caption_year(table, table.columns[c]) for c in years)
        by_caption = {} if years and not dated_only else _caption_year_columns(table)
        if dated_only and not (set(years) < set(by_caption)):
            by_caption = {}  # (no other measure beside the dated ones, "Tỷ lệ giải ngân đến 30/6/2026 | … đến 31/12/2026":
            # those columns alone, as before)
        years = {col: years.get(col) for col in by_caption} if by_caption else years  # (a dated column keeps its date's year)
        if label_col is None and years:  # "TT | Sản phẩm | Kế hoạch 2026 …": the first named column of words before the values
            named = [c.index for c in table.columns if c.index < min(years) and c.name and c.role is None]
            label_col = next((i for i in named if not _numbers_only(table, i)), named[0] if named else None)
        if label_col is not None and years and FUNDS_BY_SOURCE.fullmatch(_one_line(table.columns[label_col].name).strip()) \
                and FUNDING_CAPTION.search(CAPTION_ASIDE.sub(" ", table.caption or "")):
            rows += [(r.start, r.end) for r in table.rows if r.kind == "data"]  # the plan's money by source: no target
            continue
        items = label_col is not None and table.columns[label_col].role not in LABEL_ROLES  # rows of places or items
        measures = {col: _measure(table.columns[col]) or _dated_measure(table.columns[col])
                    or (items and ((_measure_year(table.columns[col]) or (None,))[0] or _measure_above(table.columns[col])))
                    or None for col in years}
        if items and years and not by_caption and not any(measures.values()) \
                and (split_by := _caption_split_measure(table, label_col)):
            measures = {col: split_by for col in years}  # "Sản lượng … theo khu vực cảng" over "Khu vực cảng | 2026 | …"
        split = set(_split_quantities(table)) & set(years)  # "Quy mô" over "Công suất (m³/s)": each work names its quantity
        if split:
            measures = {col: None if col in split else measure for col, measure in measures.items()}
        if by_caption:  # rows of items ("Lúa", "Ngô" under "Cây trồng"): what the column measures names the target
            item = not any(table.column(r) is not None for r in LABEL_ROLES)
            named_items = label_col is not None and ITEM_NAMES_HEADER.fullmatch(table.columns[label_col].name.strip()) is not None
            # (a list of works with a bare quantity, "Tên công trình | Quy mô (km)", names each value by its work, s27a)
            measures = {col: measure and BREAKDOWN_LEAD.sub("", measure, count=1)
                        if item or named_items and measure and not QUANTITY.fullmatch(measure.strip()) else None
                        for col, (measure, _) in by_caption.items()}
        if not years and (product := _product_column(table)) is not None:
            out += _product_targets(ctx, table, product, excluded, rows)
            continue
        if label_col is None or not years:
            continue
        width = len(table.columns)
        planned_years = [y for y in years.values() if y]
        note_year = max(planned_years) if planned_years else table.caption_year
        notes = [c.index for c in table.columns if NOTE_COLUMN.fullmatch(c.name.strip()) and c.index not in years]
        measured = bool(by_caption) and any(measures.values())  # each column names its measure: a total row is its total
        markers: list[tuple[str | None, str]] = []  # the sub-item marks met under the current section, each with its last row
        group_closed = None  # the measured group row whose parts have ended (`_measured_group`)
        section_seen, last_plain, parts_open, above_plain, above_numbered = None, None, False, False, False
        section_read = None  # the section of the last data row read (`_group_total`)
        number_col = table.column("number")
        time_col = table.column("time") if not planned_years else None  # (a column of years states its own)
        column_bounds = {col: _column_bound(table.columns[col].name) for col in years}  # once per table, not per cell
        beside = _spans_beside_years(table, {c: y for c, y in years.items() if table.columns[c].year is not None})
        spans = {col: _whole_span(table.columns[col]) or beside.get(col) for col in years}  # "Cả giai đoạn" under "Giai
        # đoạn 2026 - 2030", or beside the years' columns
        for row in table.rows:
            if row.kind == "section" and above_plain and BREAKDOWN_ROW.fullmatch(" ".join(c.text for c in row.cells if c.text)):
                # a row "Trong đó:" alone under a row of its own (not a part): the rows below it without an ordinal of
                # their own ("- Thu nội địa", or only a name) are parts of the row above it, until a numbered row
                markers, parts_open = [(None, last_plain)], True
                continue
            if row.kind != "data":
                above_plain = above_plain and row.kind == "header"
                above_numbered = False
                continue
            total = measured and label_col == 1 and number_col == 0 and len(row.cells) == width - 1 \
                and TOTAL_ROW.fullmatch(row.cells[0].text.strip())
            if total:  # "Tổng cộng" over the ordinal's and the place's cells: its values one column to the left
                row = Row((Cell(row.cells[0].start, row.cells[0].start, ""),) + row.cells, row.kind, row.section)
            elif table.shape == "bars" and len(row.cells) == width - 1 and label_col == 1 and number_col is None \
                    and table.columns[0].role is None and row.cells[0].text.strip() and not CELL_NUMBER.match(row.cells[0].text):
                # w22d: a crawled row one cell short under a first column that groups the rows ("Nhóm | Chỉ tiêu | …", the
                # group merged down): the crawl writes the group's empty cell as the bars between rows, so the row's cells are
                # the columns after it, its label first
                row = Row((Cell(row.cells[0].start, row.cells[0].start, ""),) + row.cells, row.kind, row.section)
            if len(row.cells) > width or len(row.cells) < width and table.shape != "delimited":
                continue  # tab rows lose their empty cells at the end only; a crawled row that is short merged cells
            label = row.cell(label_col)
            if label is None and number_col is not None and number_col < label_col \
                    and _total_label(row.cell(number_col)) is not None:
                label = row.cell(number_col)  # w21a: "Cộng (08 xã, phường) | | ≥ 92 | 875": the total's label typed in the
                # ordinal's cell of the merged pair, the place's left empty: the row totals the places
            if label is None:
                continue
            if table.columns[label_col].role == "task" and DIGIT.search(label.text):
                # a work's name that counts what it builds ("Xây mới 04 cầu dân sinh …" under "Tên công trình"): its
                # output is read as a task's is, from the words; the row's other cells as the table's
                rows += [(row.start, label.start), (label.end, row.end)]
            else:
                rows.append((row.start, row.end))
            if NUMBER_ONLY.fullmatch(label.text):
                continue  # a value where the label should be: nothing in the row names its values
            indicator = regex.sub(r"\s+", " ", regex.sub(r"[*_]+", "", label.text)).strip(" -+•")
            indicator = _total_label(label) or indicator  # "Cộng (08 xã, phường)": a total, its count of rows aside
            if by_caption and OWN_AREA.search(indicator):
                continue
            mark = row.cells[0].text if row.cell(0) is not None and row.cells[0].text in SUB_ITEM else label.text[:1] if label.text[:1] in SUB_ITEM else None
            parts_open = parts_open and (mark is not None or number_col is not None and number_col != label_col and row.cell(number_col) is None)
            mark = mark or ("·" if parts_open else None)
            scope = SECTION_ORDINAL.sub("", row.section).lstrip("-+•– ") if mark and row.section else None  # "1 Cà phê" over "- Diện tích"
            lead = BREAKDOWN_LEAD.match(indicator)  # "Trong đó: - Thuộc thẩm quyền giao của Trung ương"
            if lead and last_plain:
                rest = indicator[lead.end():]
                indicator = rest.strip(" -+•")
                mark = mark or (rest[:1] if rest[:1] in SUB_ITEM else "·")
                markers, section_seen = [(None, last_plain)], row.section
            elif row.section != section_seen or not mark:
                markers, section_seen = [], row.section
            own_number = number_col is not None and number_col != label_col and row.cell(number_col) is not None \
                and row.cell(number_col).text.strip() not in SUB_ITEM  # "-" in the STT column marks a part, not an ordinal
            own_number = own_number or number_col is None and LABEL_ORDINAL.match(label.text) is not None
            if mark and not markers and above_numbered and not own_number and last_plain:
                # "- Rừng sản xuất" without an ordinal right under "2 | Diện tích trồng rừng mới | ha | …": the rows
                # marked as sub-items below a numbered row are its parts (as under a "Trong đó:" row)
                markers = [(None, last_plain)]
            first_in_section, section_read = row.section != section_read, row.section
            if not mark and first_in_section and not any(measures.values()) and (group := _group_total(row.section, indicator)):
                indicator = group  # "Toàn tỉnh | % | 71,2 | 75 | 80" first under the row "1 | Tỷ lệ hộ gia đình …" that holds no
                # value: the group's indicator for the whole province, and the parts of its "Trong đó:" below are the group's
            if not mark:
                last_plain = indicator
            above_plain = not mark
            above_numbered = not mark and own_number
            part = False
            if mark:
                level = next((k for k, (m, _) in enumerate(markers) if m == mark), len(markers))
                markers = markers[:level] + [(mark, indicator)]
                if level:  # "+ Học sinh bán trú" under "- Số học sinh": the parent's indicator, the part as scope
                    indicator, scope, part = markers[level - 1][1], indicator, True
            unit_cell = row.cell(unit_col)
            in_label = LABEL_UNIT.search(indicator)  # "Tỷ lệ dư nợ so với mức vay tối đa (%)" under "Đơn vị: triệu đồng"
            label_unit = in_label.group("unit") if in_label and _unit_of_parentheses(in_label.group("unit")) else ""
            # w22b: a label's own unit the units list lacks ("Thời gian giải phóng hàng nhập khẩu (giờ)", "Số vụ vi phạm phát
            # hiện, bắt giữ (vụ)" in a table with no unit column), read as a header's is (UNIT_IN_HEADER: a short word in the
            # brackets that end it, no status word); only where nothing else gives the values a unit
            loose = UNIT_IN_HEADER.search(indicator) if in_label and not label_unit and unit_col is None else None
            loose_unit = loose.group("unit").strip() if loose and len(loose.group("unit").split()) <= 2 else ""
            measured_group = _measured_group(row.section) if row.section != group_closed else None
            if measured_group and (label_unit or unit_cell is not None and unit_cell.text.strip()):
                group_closed = row.section  # a row with a unit of its own: the group's parts ended above it
            elif measured_group:
                # "Khu vực đô thị | 94,2 | 97 | 100" under the row "Tỷ lệ dân số được cấp nước sạch (%)": the group row names
                # the indicator and its unit, the row below it is its part (an area, a group), the target's scope
                indicator, scope, part = measured_group[0], indicator, True
                label_unit = measured_group[1]
            section_year = CAPTION_YEAR.search(row.section or "")
            time = row.cell(time_col) if time_col is not None else None  # "Khối lượng" beside "Thời gian hoàn thành: Quý IV/2027":
            row_years = [int(y) for y in YEAR_IN_CELL.findall(time.text)] if time is not None else []  # the row's year (s29b)
            for col, year in years.items():
                cell = row.cell(col)
                if cell is None:
                    continue
                s, e = cell.start, cell.end
                fraction = CELL_FRACTION.match(cell.text)
                if fraction and 2 <= int(fraction.group("den")) and int(fraction.group("num")) <= int(fraction.group("den")) \
                        and not MONTH_OF_YEAR.match(cell.text):
                    num = fraction  # "10/10": the count of the whole, as "13/13 xã" in the text
                else:
                    num = CELL_NUMBER.match(cell.text)
                    fraction = None
                found = num.groupdict() if num else {}
                if not num or not indicator or excluded.touches(s, s + 1):
                    continue
                if SHARE_OF_UNITS.fullmatch(num.group("unit").strip()):
                    num = _Shared(num)  # "100% xã, phường": a share of the units, in % (w23b)
                written = (num.group("unit").strip() or (unit_cell.text if unit_cell else "") or label_unit
                           or table.columns[col].unit or table.caption_unit or _counted_unit(measures[col]) or loose_unit or "")
                u = UNIT_RE.fullmatch(" " + written) if written else None
                share = SHARE_UNIT.fullmatch(written) if written and u is None else None
                if share:  # "% GRDP": a share, in %, of the whole the unit names (kept in the indicator)
                    u = UNIT_RE.fullmatch(" %")
                if num.group("unit").strip() and u is None and not _counts_what_label_counts(num.group("unit"), indicator) \
                        and not _committed_duration(num.group("unit"), indicator, found.get("cmp")):
                    continue  # words in the cell that are not a unit: not a value cell
                v = parse_number(num.group("num"))
                if not written and 1900 <= v <= 2100 and v.is_integer():
                    continue  # a year, not a value
                v_max = parse_number(found.get("max")) if found.get("max") else None
                fields = unit_fields(u, v) if u else {"unit": written.lower(), "unit_raw": written.lower()} if written else {}
                if share:
                    fields["unit_raw"] = " ".join(written.split())
                if fraction:
                    if fields.get("unit", "").startswith(("%", "‰")):
                        continue  # "8/10" under "%": which is the share is not written
                    fields.update(numerator=v, denominator=parse_number(fraction.group("den")))
                if found.get("of_num") and int(found["of_num"]) <= int(found["of_den"]):
                    fields.update(numerator=parse_number(found["of_num"]), denominator=parse_number(found["of_den"]))
                q = Quantity(s, e, v, value_max=v_max if v_max and v_max > v else None, **fields)
                written_cmp = COMPARATORS.get(regex.sub(r"\s+", " ", found.get("cmp") or "").lower())
                if q.value_max:  # a range bounds the value itself; only "khoảng" qualifies it
                    cmp = "approx" if written_cmp == "approx" else "eq"
                else:
                    cmp = written_cmp or ("ge" if found.get("after") else None) or column_bounds[col] or "eq"
                direction = CELL_DIRECTIONS.get(regex.sub(r"\s+", " ", found.get("dir") or "").lower())
                change = direction in ("increase", "decrease") and not found.get("level")
                year = year or (max(row_years) if row_years else None) or (int(section_year.group("year")) if section_year else None) \
                    or table.caption_year
                if found.get("in_year"):
                    year = int(found["in_year"])  # "23.500 (năm 2030)": the cell names its own year
                if year and _before_plan(ctx, year, starts):
                    continue  # a year before the plan's own or its period's: a baseline, not a target
                if measures[col]:  # "Xoài" under "Kế hoạch 2026 / Lượng (tấn)": the measure of the item
                    whole = total or TOTAL_ROW.fullmatch(indicator)  # "Tổng cộng": the measure's total, for no one row
                    out.append(_target(ctx, q, measures[col], label.start, e, cmp, direction, None if whole else indicator,
                                       "rule_table_cell", year=year, change=change))
                    continue
                named = with_whole(indicator, share.group("whole")) if share else indicator
                if col in split and TOTAL_ROW.fullmatch(indicator):  # "Tổng cộng": the column's quantity in all the works
                    named = UNIT_AT_END.sub("", table.columns[col].name)
                place = by_caption[col][1] if col in by_caption else None  # "Xã Hưng Thạnh" under "… phân theo đơn vị hành chính"
                quarter = table.columns[col].name.strip()
                if not place and _part_of_year(quarter) and not WHOLE_YEAR.fullmatch(quarter) and table.columns[col].year is None:
                    place = quarter  # "Quý II": the part of the year the value is for (w22b)
                    if part and scope:  # w23c: a part's cell in a quarter's column: both ("Hàng nhập lậu, hàng cấm; Quý II")
                        place = f"{scope}; {quarter}"
                out.append(_target(ctx, q, named, label.start, e, cmp, direction, place or scope, "rule_table_cell", year=year,
                                   change=change, part=part, period=spans[col]))
            for note in notes:
                cell = row.cell(note)
                change_cell = NOTE_CHANGE.match(cell.text) if cell is not None else None
                level_cell = NOTE_LEVEL.match(cell.text) if cell is not None and change_cell is None else None
                if level_cell is not None and indicator and not excluded.touches(cell.start, cell.start + 1) \
                        and ((unit_cell.text if unit_cell else "") or label_unit or table.caption_unit or "").strip() == "%":
                    q = Quantity(cell.start, cell.end, parse_number(level_cell.group("num")), **unit_fields(UNIT_RE.fullmatch(" %"), 0))
                    bound = regex.sub(r"\s+", " ", level_cell.group("cmp") or "").lower()
                    cmp = COMPARATOR_BEFORE.get(bound, "eq")  # (cues.tsv's comparators, as `_column_bound` reads a header's)
                    level_year = int(level_cell.group("year")) if level_cell.group("year") else note_year
                    if level_year and not _before_plan(ctx, level_year, starts) \
                            and not (planned_years and level_year < min(planned_years)):  # (before the table's own years: a baseline)
                        out.append(_target(ctx, q, indicator, label.start, cell.end, cmp, None, scope, "rule_table_note_level",
                                           year=level_year, part=part))
                    continue
                if change_cell is None or not indicator or excluded.touches(cell.start, cell.start + 1):
                    continue
                q = Quantity(cell.start, cell.end, parse_number(change_cell.group("num")), **unit_fields(UNIT_RE.fullmatch(" %"), 0))
                cmp = COMPARATORS.get(regex.sub(r"\s+", " ", change_cell.group("cmp") or "").lower(), "eq")
                direction = CELL_DIRECTIONS[change_cell.group("dir").lower()]
                out.append(_target(ctx, q, indicator, label.start, cell.end, cmp, direction, scope, "rule_table_note",
                                   year=note_year, change=True, part=part))
    return out, rows


# The column of what each task delivers in a task table ("Sản phẩm", "Kết quả dự kiến", "Sản phẩm đầu ra"): a cell that opens
# with a count ("02 nhà máy", "12 trạm quan trắc", "300.000 cây/năm") is an output the plan commits to, named by its task.
PRODUCT_HEADER = regex.compile(r"(?i:sản\s+phẩm(?:\s+(?:đầu\s+ra|dự\s+kiến|chủ\s+yếu))?|kết\s+quả(?:\s+(?:dự\s+kiến|đầu\s+ra|cần\s+đạt|phải\s+đạt)(?:\s+đạt\s+được)?)?)")
# w23d: a bare "Kết quả" is what each task must yield in a plan's table ("TT | Nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn thành |
# Kết quả" over "02 hội được công nhận", "06 số tạp chí"), and what each task yielded in a report's: a column one of whose cells
# says how far a task got ("Đã hoàn thành", "Đang thực hiện", "Chưa triển khai") reports, it is no product column.
BARE_RESULT_HEADER = regex.compile(r"(?i:kết\s+quả)")
PROGRESS_CELL = regex.compile(r"(?i:(?:đã|đang|chưa|không)(?![\p{L}\p{M}])|hoàn\s+thành(?:\s+\d|\s*$))")
PRODUCT_COUNT = regex.compile(r"(?:(?i:ít\s+nhất|tối\s+thiểu|khoảng)\s+|[≥>]=?\s*)?\d")
# w23d: … or a product cell that names what is done, then the count of the places or people it reaches after "tại", "ở" or
# "cho" ("Chuỗi hoạt động tại 05 trường trung học phổ thông", "Tập huấn cho 200 cán bộ"): that count is the output, named by
# its task, as a count that opens the cell is (a share there, "tại 100% xã", is left to the text's rules)
COUNT_AT_PLACES = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:tại|ở|cho)\s+(?P<count>(?:ít\s+nhất\s+|tối\s+thiểu\s+|khoảng\s+)?\d))")
# w23a: in a task table's "Chỉ tiêu" column (TASK_TARGET_HEADER), also a value after the verb or bound that states it ("Đạt 2,2
# triệu lượt khách", "Trên 90%", "Hoàn thành 12,5 km", "Bổ sung 400 chỗ đỗ"), as the sentence rules read "Nội dung: đạt …";
# a crawl sets each cell on a line of its own, where no sentence rule sees the row's label beside it
TARGET_CELL_OPENING = regex.compile(r"(?i:đạt|trên|dưới|hoàn\s+thành|bổ\s+sung|tăng\s+thêm)\s+(?=\d)")
# w21c: a task table's "Chỉ tiêu" column right of its task column ("TT | Nội dung | Bộ phận thực hiện | Thời hạn | Chỉ tiêu"
# over "Ít nhất 600 hộ", "≥ 150 doanh nghiệp", "100% khoản nợ được phân loại"): what each task must reach, a product column
# as "Sản phẩm" is (the table model reads a bare "Chỉ tiêu" as the indicators' names, which sit left of a task, never right)
TASK_TARGET_HEADER = regex.compile(r"(?i:chỉ\s+tiêu(?:\s+(?:cần\s+đạt|phấn\s+đấu|đạt\s+được))?)")
YEAR_IN_CELL = regex.compile(r"(?<!\d)20\d\d(?!\d)")
RATE_NAMED = regex.compile(r"(?i:t[ỷỉ]\s+lệ\s+\p{L})")  # a cell that names a rate ("Tỷ lệ chuyến bay …"): its share is the rate's value
SLASH_JOIN = regex.compile(r"\s*(?:/|,|\s(?i:và)(?!\S))\s*")  # "03 lớp/105 lao động", "06 phòng học, 01 nhà vệ sinh" (s27a)
# A share that fills its product cell with what it counts: "100% hộ kinh doanh … sử dụng hóa đơn điện tử" (the words, at least two,
# to the cell's end; no other figure in them)
SHARE_OF = regex.compile(r"[^\S\n]+(?P<what>\p{Ll}[^\d\n]*?[\p{L}\p{M}][^\S\n]+[^\d\n]*?[\p{L}\p{M}])[^\S\n.;]*$")


def _product_column(table: Table) -> int | None:
    """The products column of a task table (a task column beside it), else None. A task table's "Số lượng" (or "Khối
    lượng") column with no unit column is one too: each cell counts what its task delivers with its own noun ("06 cơ sở",
    "01 mô hình", "03 lớp/105 lao động" under "Nội dung, đề án"), as the project lists of the khuyến công and extension
    plans give it (a unit column makes it a column of values: `_value_columns`)."""
    task = table.column("task")
    if task is None:
        return None
    return next((c.index for c in table.columns if c.role is None and (PRODUCT_HEADER.fullmatch(c.name.strip())
        and not (BARE_RESULT_HEADER.fullmatch(c.name.strip()) and _reports_progress(table, c.index)) or (
        QUANTITY.fullmatch(c.name.strip()) and table.column("unit") is None))
        or c.role == "indicator" and c.index > task and TASK_TARGET_HEADER.fullmatch(c.name.strip())), None)


def _reports_progress(table: Table, index: int) -> bool:
    """Whether a cell of column `index` says how far its task got (PROGRESS_CELL): a report's "Kết quả", not a plan's."""
    return any(PROGRESS_CELL.match(cell.text.strip()) for r in table.data_rows if (cell := r.cell(index)) is not None)


def _product_targets(ctx, table: Table, product: int, excluded, spans: list[tuple[int, int]]) -> list[Target]:
    """Targets of a task table's product cells that open with a count (see PRODUCT_HEADER): the task names them, the last
    year of the row's time cell is theirs."""
    from extractors.intervals import Intervals
    from extractors.targets.extract import Quantity, _count_noun, _target, find_quantities

    out: list[Target] = []
    task_col, time_col = table.column("task"), table.column("time")
    reports = CAPTION_REPORTS.search(CAPTION_ASIDE.sub(" ", table.caption or "")) and not _plan_caption(table.caption or "")
    targets_column = table.columns[product].role == "indicator"  # "Nội dung | Chỉ tiêu": what each row must reach
    for row in table.data_rows:
        cell, task = row.cell(product), row.cell(task_col)
        if cell is None or task is None or excluded.touches(cell.start, cell.start + 1):
            continue
        opens = PRODUCT_COUNT.match(cell.text) or targets_column and TARGET_CELL_OPENING.match(cell.text)
        inner = None if opens else COUNT_AT_PLACES.search(cell.text)
        if not opens and inner is None:
            continue
        found = find_quantities(cell.text, Intervals([]))
        if inner is not None:  # (w23d) the count of the places or people a product reaches, inside its cell; not a share
            found = [q for q in found if q.start >= inner.start("count")][:1]
            if not found or (found[0].unit or "").startswith(("%", "‰")):
                continue
        spans.append((cell.start, cell.end))
        if not found or inner is None and found[0].start > 12:
            continue
        # the count that opens the cell, and each one joined to it by a slash, a comma or "và" ("03 lớp/105 lao động", "06
        # phòng học, 01 nhà vệ sinh" in a works list's "Quy mô": two outputs, as "02 lớp/80 đồng chí" in the text gives two rows)
        counts = [found[0]] + [q for k, q in enumerate(found[1:], 1) if SLASH_JOIN.fullmatch(cell.text[found[k - 1].end:q.start])]
        counts = counts[:next((k for k in range(1, len(counts)) if counts[k] is not found[k]), len(counts))]
        time = row.cell(time_col)
        years = [int(y) for y in YEAR_IN_CELL.findall(time.text)] if time is not None else []
        if reports or years and _before_plan(ctx, max(years), None):
            continue  # a table that reports what was done ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"), a task done before the plan
        opening = cell.text[inner.start("count"):] if inner is not None else cell.text
        cmp = "ge" if regex.match(r"(?i:ít\s+nhất|tối\s+thiểu|≥|>=)", opening) else "gt" if regex.match(r"(?i:>|trên\s)", opening) \
            else "lt" if regex.match(r"(?i:dưới\s)", opening) else "approx" if regex.match(r"(?i:khoảng)", opening) else "eq"
        indicator = regex.sub(r"\s+", " ", task.text).strip(" .;")
        for q in counts:
            if q.unit is None and q.denominator is None and (noun := _count_noun(cell.text, q.start, q.end, cued=True)):
                q = Quantity(q.start, noun[2], q.value, unit=noun[0], unit_raw=noun[1])  # "07 hệ thống xử lý nước thải"
            named = indicator
            if q.unit == "%" and q is counts[0] and inner is None and (share_of := SHARE_OF.match(cell.text, q.end)) is not None:
                # s36b: a share the cell names itself ("100% hộ kinh doanh thuộc diện áp dụng sử dụng hóa đơn điện tử", "100% cơ sở
                # giáo dục phổ thông sử dụng học bạ số"): what it counts is its indicator, as in a sentence, not the task
                named = share_of.group("what")[:1].upper() + share_of.group("what")[1:]
            elif q.unit is None or q.unit.startswith(("%", "‰")) and not RATE_NAMED.match(indicator) \
                    and not (targets_column and TARGET_CELL_OPENING.match(cell.text)):  # ("Hành khách … | Đạt 60%")
                continue  # (w23a: a share beside a task cell that names the rate, "Tỷ lệ chuyến bay cất cánh đúng giờ | Tối
                # thiểu 85%", is that rate's value, as "Tỷ lệ …: tối thiểu 85%" is in a sentence)
            q = Quantity(cell.start + q.start, cell.start + q.end, q.value, value_max=q.value_max, unit=q.unit, unit_raw=q.unit_raw,
                         value_base=q.value_base, unit_base=q.unit_base)
            out.append(_target(ctx, q, named, task.start, cell.end, cmp, None, None, "rule_task_product",
                               year=max(years) if years else table.caption_year))
    return out


def _before_plan(ctx, year: int, starts: int | None) -> bool:
    """A column's (or row's) year lies before the plan's: before its first year, its period's start, or the one year a
    one-year plan is for, adopted the year before ("Dự toán năm 2026 | Ước thực hiện năm 2026 | Dự toán năm 2027" in a
    resolution of December 2026 on the 2027 budget: last year's plan, not a target)."""
    return bool(ctx.first_year and year < ctx.first_year or starts and year < starts or ctx.own_year and year < ctx.own_year)


def _year_row_targets(ctx, table: Table, head, year_rows, year_col, starts, excluded, spans: list[tuple[int, int]]) -> list[Target]:
    """Targets of a table with the years down its rows (see `_year_rows`): one per value cell, its indicator and
    unit from the header cell over its column ("Tỷ lệ che phủ rừng (%)"), else the caption's unit."""
    from extractors.targets.extract import Quantity, _target, parse_number, unit_fields
    from extractors.targets.patterns import UNIT_RE

    out: list[Target] = []
    for row, year, period in year_rows:
        if milestone_cells(row, year_col):
            continue  # the year's milestones said in prose: read as sentences, each dated by its row's year (`milestone_rows`)
        spans.append((row.start, row.end))
        if _before_plan(ctx, year, starts):
            continue  # a year before the plan's own or its period's: a baseline, not a target
        if period is None and len(row.cells) > year_col and NOT_A_TARGET.search(row.cells[year_col].text):
            continue  # "Năm 2026 (ước thực hiện)": what was done or is estimated, not a target (s33c)
        for col, name_cell in enumerate(head.cells):
            cell = row.cell(col)
            if col <= year_col or cell is None or not name_cell.text.strip() or NOT_A_TARGET.search(name_cell.text):
                continue
            num = CELL_NUMBER.match(cell.text)
            if not num or excluded.touches(cell.start, cell.start + 1):
                continue
            name = _one_line(name_cell.text)
            in_name = LABEL_UNIT.search(name) or UNIT_IN_HEADER.search(name)
            own = num.group("unit").strip()
            in_header = in_name.group("unit").strip() if in_name else ""
            header = in_header if in_header and _unit_of_parentheses(in_header) else ""
            written = own or in_header or table.caption_unit or ""
            u = UNIT_RE.fullmatch(" " + written) if written else None
            if written and u is None and (own or not header):
                continue  # words that are not a unit: not a value cell
            # (w22a: a count noun the header writes in parentheses, "Phiên tòa trực tuyến (phiên)", is the unit as written)
            indicator = name[:in_name.start()].strip() if in_name and (u or header) else name
            v = parse_number(num.group("num"))
            fields = unit_fields(u, v) if u else {"unit": written.lower(), "unit_raw": written} if written else {}
            v_max = parse_number(num.group("max")) if num.group("max") else None
            q = Quantity(cell.start, cell.end, v, value_max=v_max if v_max and v_max > v else None, **fields)
            written_cmp = COMPARATORS.get(regex.sub(r"\s+", " ", num.group("cmp") or "").lower())
            cmp = ("approx" if written_cmp == "approx" else "eq") if q.value_max else written_cmp or ("ge" if num.group("after") else None) \
                or _column_bound(name) or "eq"  # w21c: "Tỷ lệ giải ngân tối thiểu" over "15%": at least
            direction = CELL_DIRECTIONS.get(regex.sub(r"\s+", " ", num.group("dir") or "").lower())
            change = direction in ("increase", "decrease") and not num.group("level")
            out.append(_target(ctx, q, indicator, cell.start, cell.end, cmp, direction, None, "rule_table_year_row",
                               year=year, change=change, period=period))
    return out

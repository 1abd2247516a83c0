"""Numeric targets: every value a plan commits to, with its indicator, unit, comparator and year.

The extractor reads quantities first (number, range or fraction, unit, per-unit), drops the
numbers that are not targets (codes, dates, ages, ranks, counts of the plan's own parts, numbers
inside quoted names), merges a share with its fraction ("83,3% (40/48 trường)"), then reads each
value's clause: the indicator before it ("Tỷ lệ che phủ rừng: 51%", "… đạt 51%") or after it
("95% gia đình đạt chuẩn văn hóa"), the comparator right before it ("trên 90%") or after it
("95% trở lên"), the direction verb, the scope ("Huyện Cam Lâm: …", "THCS: …") and the year
(the line, the line that introduces its list, the heading, or the plan's own year).
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, replace
from typing import Callable

import regex

from extractors.deadlines.when import when_matches
from extractors.bodies.patterns import HEAD as BODY_HEAD
from extractors.digits import ascii_digits
from extractors.intervals import Intervals
from extractors.lines import at_line_starts, lines_above
from pipeline.closing import skip_spans
from extractors.legal_refs import cited_subject_spans, reference_spans
from extractors.regexes import matched_in_place
from extractors.targets import patterns as P
from extractors.targets.document_type import plans_nothing
from extractors.targets.gazetteer import Indicator, activity_match, bare_measure, capacity_under_heading, completed_by_heading, counted_in_houses, group_of, houses_under_caption, land_type, match_indicator, made_new_in_clause, measure_under_heading, named_with_clause_verb, names_its_part
from extractors.targets.tables import YEAR_IN_CELL, milestone_rows, table_targets
from extractors.text_index import opened_by
from extractors.tables import tables_of
from extractors.task_tables import task_rows
from extractors.tables.patterns import CAPTION_UNIT as TABLE_UNIT_LINE
from pipeline.model import Target

MAX_LABEL_WORDS = 20
WORDS = regex.compile(r"[\p{L}\p{M}]+")


@dataclass(frozen=True)
class Quantity:
    start: int  # the number
    end: int  # after the unit (and per-unit)
    value: float
    value_max: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    unit: str | None = None
    unit_raw: str | None = None
    value_base: float | None = None
    unit_base: str | None = None
    comparator_after: str | None = None


def parse_number(s: str) -> float:
    """Vietnamese number: "2.061.608" → 2061608, "7.465,55" → 7465.55, "1.5" → 1.5, "02" → 2."""
    s = ascii_digits(s)  # "２０" is 20: float() knows only some scripts' digits
    if "," in s:
        return float(s.replace(".", "").replace(",", "."))
    if P.THOUSANDS.fullmatch(s):
        return float(s.replace(".", ""))
    return float(s)


def unit_fields(m: regex.Match, value: float) -> dict:
    """unit, unit_raw, and value_base/unit_base where a scale applies, of a UNIT_RE match."""
    raw = P.SPACES.sub(" ", m.group("unit_raw")).strip()
    written = P.SPACES.sub(" ", m.group("unit")).lower()
    unit, base, scale = P.UNITS[written]
    if m.group("scale"):
        word = m.group("scale").lower()
        unit, scale = f"{'nghìn' if word == 'ngàn' else 'tỷ' if word == 'tỉ' else word} {unit}", scale * P.SCALES[word]
    per = P.PER_IN_WORDS.sub("/", m.group("per") or "")
    per = P.PER_ONE.sub("", P.SPACES.sub(" ", per)).replace(" /", "/").lower()
    per = P.PER_NUMBER.sub(r"\1 ", per)  # "/100 bé gái" keeps its number
    per = P.SLASH_SPACE.sub("/", per)
    if scale == 1:
        return {"unit": unit + per, "unit_raw": raw, "unit_base": None, "value_base": None}
    return {"unit": unit + per, "unit_raw": raw, "unit_base": base + per, "value_base": value * scale}


def _unwrapped_ranges(text: str) -> str:
    """`text` with each WRAPPED_RANGE's line break read as spaces, as `P.WRAPPED_RANGE.sub` gives it: the pattern
    is tried only at the line breaks before a dash (at the spaces before them), not at every character."""
    parts: list[str] = []
    done = 0
    for dash in P.BREAK_BEFORE_DASH.finditer(text):
        m = P.WRAPPED_RANGE.match(text, P.SPACES_BEFORE.match(text, done, dash.start()).start())
        if m:
            parts += [text[done:m.start()], " " * (m.end() - m.start())]
            done = m.end()
    return "".join(parts) + text[done:] if parts else text


def _excluded_spans(text: str) -> tuple[Intervals, Intervals]:
    """Where numbers are not values: citations, dates, quoted names, heading numbers; then the same
    without heading numbers, for a table, where a value cell may stand alone on its line (both from
    one scan of the text)."""
    spans = reference_spans(text)
    spans += [m.span() for m in when_matches(text)]
    spans += [m.span() for m in P.QUOTED.finditer(text)]
    classes = (P.UNIT_SCALE, P.OWNERSHIP_SHARE, P.MAP_SCALE) + ((P.SIZE_CLASS,) if P.HAS_THRESHOLD_BRACKET.search(text) else ())
    spans += [m.span() for pattern in classes for m in pattern.finditer(text)]
    headings = [m.span() for m in at_line_starts(P.ORDINAL_HEADING, text)]
    return Intervals(spans + headings), Intervals(spans)



def find_quantities(text: str, excluded) -> list[Quantity]:
    """Every number that could be a target value, with its range, fraction and unit."""
    out: list[Quantity] = []
    for m in P.NUMBER_RE.finditer(text):
        start, end = m.span("num")
        if out and start < out[-1].end:
            continue  # the maximum of a range, a per-unit ("/1 vạn dân")
        if P.SLASH_BEFORE.search(text[max(0, start - 2):start]) and not (out and out[-1].end >= start - 2):
            continue  # "02 ngày làm việc/01 đơn vị": a rate's denominator, not a value
        if excluded.touches(start, end) or P.NOT_BEFORE.search(text[max(0, start - 30):start]) or P.UNIT_SPEC.search(text[max(0, start - 20):start]) \
                or (quota := P.QUOTA_BEFORE.search(text[max(0, start - 30):start])) and not (
                    P.SENT_TO_TRAIN.match(quota.group()) and P.TRAINING_AFTER.match(text, end)
                    or P.INTRODUCED.match(quota.group()) and P.TO_PARTY_AFTER.match(text, end)
                    or P.GIVEN.fullmatch(quota.group()) and not P.AWARD_AFTER.match(text, end)):
            continue  # (not those sent to be trained: "cử 12 đồng chí thuộc đối tượng 3 tham gia bồi dưỡng", "Cử 25 người đi đào tạo";
            # nor those introduced to the Party: "giới thiệu ít nhất 500 hội viên ưu tú cho tổ chức đảng xem xét, kết nạp";
            # nor gifts: "tặng 12.000 suất quà")
        value = parse_number(m.group("num"))
        if value in (1, 1000, 10000, 100000) and P.PER_DENOMINATOR.match(text, end) \
                and P.PER_BEFORE.search(text[max(0, start - 8):start]):
            continue  # "số bác sĩ trên 1 vạn dân": part of the indicator's definition
        if value == 100 and P.PER_HUNDRED_PEOPLE.match(text, end) and P.PER_BEFORE.search(text[max(0, start - 8):start]):
            continue  # "Số thuê bao băng rộng cố định trên 100 dân đạt 40 thuê bao": the base of a density, not a value
        q = {"value": value}
        pos = end
        frac = P.FRACTION.match(text, pos)
        if frac:
            q.update(numerator=value, denominator=parse_number(frac.group("den")))
            pos = frac.end()
        else:
            rng = P.RANGE.match(text, pos)
            if rng and parse_number(rng.group("max")) > value and not excluded.touches(rng.start("max"), rng.end("max")) and (
                    P.UNIT_RE.match(text, rng.end()) or _count_noun(text, start, rng.end())):
                q["value_max"] = parse_number(rng.group("max"))  # "20 - 21%", "từ 03 đến 05 hội nghị tập huấn"
                pos = rng.end()
        if (duration := P.DURATION_UNIT.match(text, pos)) and P.DURATION_VALUE_BEFORE.search(text[max(0, start - 200):start]):
            unit_raw = P.SPACES.sub(" ", duration.group("unit"))  # "Tuổi thọ trung bình đạt 75 tuổi"
            out.append(Quantity(start, duration.end(), **q, unit=unit_raw.lower(), unit_raw=unit_raw))
            continue
        if hours := P.PROGRAMME_HOURS.match(text, pos):
            unit_raw = hours.group("unit")  # "số hóa ít nhất 3.000 giờ tư liệu": hours of programmes or footage (w23b)
            out.append(Quantity(start, hours.end("unit"), **q, unit=unit_raw.lower(), unit_raw=unit_raw))
            continue
        if (days := P.DAYS_PER_PERIOD.match(text, pos)) and P.DAYS_PER_PERIOD_BEFORE.search(text[max(0, start - 20):start]):
            unit_raw = days.group("unit")  # "ít nhất 01 ngày trong tháng": the days given to a duty each period
            out.append(Quantity(start, days.end("unit"), **q, unit=unit_raw.lower(), unit_raw=unit_raw))
            continue
        # "xã đạt 19/19 tiêu chí": the criteria a unit meets (read once: a value kept, then its unit)
        criteria = frac and P.CRITERIA_MET_AFTER.match(text, pos)
        if criteria and not _criteria_met(text, start):
            criteria = None
        if not frac and (added := P.CRITERIA_MET_AFTER.match(text, pos)) and P.CRITERIA_ADDED_BEFORE.search(text, max(0, start - 40), start) \
                and not P.CRITERIA_CONDITION.search(text, max(0, start - 40), start):
            criteria = added  # "Xã đạt thêm 02 tiêu chí": the criteria a unit adds (w20a)
        recruited = None if frac else _recruitment_quota(text, start, pos)  # (not `quota`, the cue QUOTA_BEFORE found above)
        if (P.NOT_AFTER.match(text, pos) and not P.MULTIPLE_OF_BASELINE.match(text, pos)
                and not criteria and not recruited
                and not (P.RANK_STEP_AFTER.match(text, pos) and P.RANK_MOVE_BEFORE.search(text, max(0, start - 30), start))
                and not (P.PROGRAMME_AFTER.match(text, pos) and P.BROADCAST_BEFORE.search(text, max(0, start - 40), start))
                and not P.SHOW_AFTER.match(text, pos)
                and not P.COURSE_AFTER.match(text, pos)
                and not (P.ROUND_AFTER.match(text, pos) and (P.ORGANISE_BEFORE.search(text, max(0, start - 40), start)
                                                             or P.ORGANISED_BESIDE.search(text, max(0, start - 120), start))
                         and not P.ROUNDS_LAID_OUT.search(text))
                and not (P.ROUNDS_PER_PERIOD.match(text, pos) and P.FREQUENCY_BEFORE.search(text, max(0, start - 40), start))
                and not (rounds := _rounds_organised(text, start, pos))) \
                or P.RUBRIC_AFTER.match(text, pos):
            continue  # (but broadcast programmes are an output: "phát sóng ít nhất 24 chương trình chuyên đề")
        if P.TIMES_AFTER.match(text, pos) and P.OWN_MEETING_BEFORE.search(text, max(0, start - 40), start):
            continue  # "Hội đồng trường họp định kỳ 02 lần/năm": how often the plan's board meets, its machinery (w22c)
        if P.FREQUENCY_IN_NAME.match(text, pos) or _defines_share(text, start, pos):
            continue  # "… được khám sức khỏe định kỳ ít nhất 01 lần/năm đạt 60%": how often, part of the indicator's name
        if P.RANK_BEFORE.search(text[max(0, start - 20):start]) and (rank := P.RANK_GROUP.match(text, pos)):
            raw = P.SPACES.sub(" ", rank.group("unit"))  # "thuộc nhóm 15 tỉnh, thành phố dẫn đầu": a rank to reach
            out.append(Quantity(start, rank.end(), **q, unit=raw.lower(), unit_raw=raw, comparator_after="le"))
            continue
        # s36d: a number that ends its cell ("2026 - 2027⇥Cơ sở dữ liệu, hệ thống vận hành", a task row's time then its product)
        # takes no unit, nor a count noun, from the next cell: a cell boundary ends the value
        cell_end = bool(P.CELL_END.match(text, pos))
        unit = None if cell_end else P.UNIT_RE.match(text, pos)
        if P.FORMULA_AFTER.match(text, unit.end() if unit else pos):
            continue  # "0,3% x phần tổng chi phí": a factor of a formula
        rate = None if frac and not P.POP_RATE.match(text, end) else _population_rate(text, end)
        if rate:
            q.pop("numerator", None), q.pop("denominator", None)
            q.update(unit=rate[0], unit_raw=rate[1])
            pos = rate[2]
        elif unit:
            q.update(unit_fields(unit, value))
            pos = unit.end()
            if not unit.group("per") and not unit.group("scale") and not q["unit"].startswith(("%", "‰")) \
                    and (qualified := P.QUALIFIED_PER.match(text, pos)):
                per = regex.sub(r"^0?1\s+", "", P.SPACES.sub(" ", qualified.group("per")).lower())
                q.update(unit=f"{q['unit']}/{per}", unit_raw=P.SPACES.sub(" ", text[unit.start("unit_raw"):qualified.end()]).strip())
                pos = qualified.end()  # "1,5 bác sỹ y học cổ truyền/vạn dân": a density, its noun's field in between
            if q["unit"] in P.STAFF_UNITS:  # "cho 45 cán bộ quản lý, giáo viên, nhân viên": the staff counted together (s27a)
                names = [q["unit"]]
                while (item := P.STAFF_LIST_ITEM.match(text, pos)) and (
                        staff := P.UNITS.get(P.SPACES.sub(" ", item.group("unit")).lower(), ("",))[0]) in P.STAFF_UNITS \
                        and staff not in names:
                    names.append(staff)
                    pos = item.end()
                if len(names) > 1:
                    q.update(unit=", ".join(names), unit_raw=P.SPACES.sub(" ", text[end:pos]).strip())
            after = P.THRESHOLD_AFTER.match(text[pos:pos + 20])
            if after:
                q["comparator_after"] = P.COMPARATOR_AFTER[P.SPACES.sub(" ", after.group(1))]
        elif criteria and not cell_end:
            q.update(unit="tiêu chí", unit_raw=P.SPACES.sub(" ", criteria.group()).strip())  # "19/19 tiêu chí"
            pos = criteria.end()
        elif recruited and not cell_end:
            q.update(unit="chỉ tiêu", unit_raw=P.SPACES.sub(" ", recruited.group("unit")))  # "1.420 chỉ tiêu" (tuyển dụng)
            pos = recruited.end()
        elif not frac and not cell_end and (rounds := _rounds_organised(text, start, pos)):
            q.update(unit="đợt", unit_raw=rounds.group().strip())  # "tổ chức thi thử tập trung 02 đợt trong tháng 4/2026"
            pos = rounds.end()
        elif not frac and not cell_end and (noun := _count_noun(text, start, pos)):
            q.update(unit=noun[0], unit_raw=noun[1])
            pos = noun[2]
            if (per := P.PER_HUNDRED_AFTER.match(text, pos)) and (people := P.PER_HUNDRED_PEOPLE.match(text, per.end())):
                # "40 thuê bao trên 100 dân": a density, the base its per-unit
                q.update(unit=f"{noun[0]}/100 dân", unit_raw=P.SPACES.sub(" ", text[start + len(m.group("num")):people.end()]).strip())
                pos = people.end()
            elif per := P.PER_TIME_AFTER.match(text, pos):  # "02 kỳ/tháng": so many each month
                q.update(unit=f"{q['unit']}/{per.group('per').lower()}", unit_raw=P.SPACES.sub(" ", text[end:per.end()]).strip())
                pos = per.end()
            after = P.THRESHOLD_AFTER.match(text[pos:pos + 20])
            if after:  # "kết nạp từ 350 đảng viên mới trở lên"
                q["comparator_after"] = P.COMPARATOR_AFTER[P.SPACES.sub(" ", after.group(1))]
        if not frac and 1900 <= value <= 2100 and value.is_integer() and m.group("num").isdigit() and (
                not unit or P.YEAR_BEFORE.search(text[max(0, start - 15):start]) or P.YEAR_SPAN_AFTER.match(text[end:end + 8])):
            continue  # a year (never written with a group dot: "ít nhất 2.000 chứng thư chữ ký số" is a count; s25f)
        if q.get("unit") and q.get("denominator") is None and not q["unit"].startswith(("%", "‰")) and "/" not in q["unit"] \
                and (q.get("unit_base") or q["unit"]) not in P.MEASURES \
                and (pair := P.PAIRED_NOUN.match(text, pos)) and _kind_named_after(text, pair.start("noun")):
            pos = pair.start("noun")  # "24 chuyên mục, phóng sự mỗi năm về …": one count of two kinds, named by the words
            # after the count's noun as when no comma parts them (the comma is no end of the value's clause; s28a)
        out.append(Quantity(start, pos, **q))
    return out


RECRUITMENT_REACH = 240  # how far before a quota its clause's recruiting verb is read ("Tổng chỉ tiêu tuyển dụng … là 1.420
# chỉ tiêu, trong đó mầm non 520 chỉ tiêu, …, trung học phổ thông 130 chỉ tiêu")


def _recruitment_quota(text: str, start: int, pos: int) -> regex.Match | None:
    """t20: "chỉ tiêu" right after a count whose sentence recruits or enrols before it (P.RECRUITMENT_CLAUSE): places to
    fill, the count's unit; else None (the plan's own indicators counted: P.NOT_AFTER)."""
    unit = P.QUOTA_UNIT_AFTER.match(text, pos)
    if unit is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    sentence = max([line_start, start - RECRUITMENT_REACH] + [m.end() for m in P.CLAUSE_BREAK.finditer(text, max(line_start, start - RECRUITMENT_REACH), start)])
    return unit if P.RECRUITMENT_CLAUSE.search(text, sentence, start) else None


def _kind_named_after(text: str, at: int) -> bool:
    """Whether a second kind of thing counted opens at `at` (after a count's noun and a comma): one common noun (the
    tagger's token, tagged N: "phóng sự", "hội thảo", "cẩm nang") and words after it, no number among the next ones (not
    a measure of its own, "48 điểm, tần suất 12 đợt/năm", nor a part's value, "168,5 cm, nữ đạt 157,5 cm"), and not the
    head of an indicator of its own ("120 trường, tỷ lệ đạt chuẩn quốc gia 70%")."""
    clause = CLAUSE_AFTER.match(text, at)
    if clause is None or P.INDICATOR_HEAD.match(clause.group()):
        return False
    tagged = _pos_tags(clause.group()[:60])
    return len(tagged) >= 2 and tagged[0][1] == "N" and tagged[0][0][:1].islower() and len(tagged[0][0].split()) <= 2 \
        and not any(P.DIGIT.search(w) for w, _ in tagged[1:4])


CLAUSE_AFTER = regex.compile(r"[^;.\n]{1,200}")  # the words up to the clause's end (never searched: matched at a position)


def _population_rate(text: str, end: int) -> tuple[str, str, int] | None:
    """"4/100.000 trẻ sinh ra còn sống", "18 ca sinh/1.000 phụ nữ": (unit, unit_raw, end)."""
    m = P.POP_RATE.match(text, end)
    if not m:
        return None
    count = (m.group("count") or "").split()
    pop = m.group("pop").split()
    if count:  # the base mirrors the counted noun ("trẻ sơ sinh trai/100 trẻ sơ sinh gái")
        pop = pop[:len(count)]
    else:
        pop = P.POP_STOP.sub("", " ".join(pop)).split()
    if not pop:
        return None
    unit = f"{' '.join(count)}/{m.group('base')} {' '.join(pop)}".strip()
    last = regex.search(regex.escape(pop[-1]), text[m.start("pop"):m.end()])
    stop = m.start("pop") + last.end()
    return unit, P.SPACES.sub(" ", text[end:stop]).strip(), stop


@functools.lru_cache(maxsize=4096)
def _pos_tags(words: str) -> tuple[tuple[str, str], ...]:
    """Part-of-speech tags (underthesea) of the words after a number, read after a stand-in number."""
    from underthesea import pos_tag

    return tuple(tuple(t) for t in pos_tag(f"1 {words}")[1:])


def _commits_to_count(clause: str) -> bool:
    """The clause before a count commits to it: a cue right before it, or a commitment verb and its object before "cho"."""
    return bool(P.COMMITMENT.search(clause) or P.COMMITMENT_FOR.search(clause) or P.RAISED_TO.search(clause)
                or P.INSPECTED_AT.search(clause))


def _listed_after_commitment(clause: str) -> bool:
    """The count is an item of a list of counts whose first item a commitment opens: "Mua sắm bổ sung 150 máy thổi gió,
    60 máy cắt thực bì và 12 bồn chứa nước" (each earlier item taken off in turn, the third as the second)."""
    while listed := P.COUNT_BEFORE_IN_LIST.search(clause):
        clause = clause[:listed.start()]
        if _commits_to_count(clause):
            return True
    return False


def _item_after_counts(before: str) -> bool:
    """The count opens an item of its own right after ";", and the item before is a count a commitment opens: the list goes
    on ("Tổ chức 08 chương trình biểu diễn nghệ thuật …; 05 giải thể thao chào mừng.", s29a), as it does after a comma."""
    item = P.ITEM_AFTER_SEMICOLON.search(before)
    if item is None:
        return False
    previous = P.SENTENCE_SPLIT.split(before[:item.start()])[-1]
    count = P.COUNT_IN_ITEM.search(previous)
    return bool(count) and (_commits_to_count(previous[:count.start()]) or _listed_after_commitment(previous[:count.start()]))


def _after_parenthesis(text: str, clause_start: int, end: int) -> int:
    """Where the words before `end` start after a parenthesis closed in the clause: an aside in parentheses (a list of the
    kinds counted) ends the words that name the count, and what follows it opens the size's clause ("03 ấn phẩm … song ngữ
    Việt - Anh, Việt - Trung (sách ảnh, tập gấp, bản đồ du lịch) với tổng số 15.000 bản")."""
    closing = text.rfind(")", clause_start, end)
    return closing + 1 if closing >= 0 else clause_start


def _periodical_issues(text: str, clause: str, pos: int) -> bool:
    """The issues of a periodical the plan publishes or broadcasts, after its title and before how often ("Phát hành Bản tin
    Dân vận 04 số/năm", "Duy trì chuyên mục … trên sóng truyền hình với 52 số mỗi năm"): an output (Luật Báo chí 2016, Điều
    3: số of a periodical, kỳ phát hành), its verb a few words before the count (P.PUBLISHED_BEFORE, P.ISSUES_AFTER)."""
    return bool(P.ISSUES_AFTER.match(text, pos) and P.PUBLISHED_BEFORE.search(clause))


def _rounds_organised(text: str, start: int, pos: int) -> regex.Match | None:
    """"đợt" after the number at `start` (its digits end at `pos`) closing the clause of an activity organised ("tổ chức thi
    thử tập trung 02 đợt trong tháng 4/2026", P.ROUND_CLOSES): the rounds are an output; not a plan's or a campaign's
    division into rounds ("chia làm 02 đợt", "phong trào thi đua … 02 đợt"), nor rounds it lays out after ("… 02 đợt: đợt 1
    ngày …": its own parts, as s25f reads them)."""
    rounds = P.ROUND_CLOSES.match(text, pos)
    if rounds is None:
        return None
    organised = P.ACTIVITY_ORGANISED_BEFORE.search(text, max(0, start - 130), start)
    if P.ROUNDS_LAID_OUT.search(text, rounds.end(), rounds.end() + ROUNDS_REACH):
        return None  # the rounds the plan lays out right after ("… 02 đợt trong năm:⏎- Đợt 1: …"): its own parts
    return rounds if organised and not P.ROUND_STRUCTURE_BEFORE.search(text, organised.start(), start) else None


ROUNDS_REACH = 300  # how far after a count of rounds the plan's own list of them ("Đợt 1: …") is looked for


def _count_noun(text: str, start: int, pos: int, cued: bool = False) -> tuple[str, str, int] | None:
    """A count noun right after a number in a commitment clause, read from its part of speech:
    "ít nhất 02 vùng nuôi …" → vùng, "05 bộ dữ liệu" → bộ dữ liệu, "12 KCN" → KCN."""
    window = P.COUNT_WINDOW.match(text, pos)  # the words after the number, across one hard line wrap
    words_after = window and (window.group(1) or window.group(2))
    if not words_after or not P.LETTER.match(words_after) or P.DONG_COMPOUND.match(words_after):
        return None  # (read before the clause: the cheaper test first; "115 đồng bộ": a word of its own, s36b)
    line_start = text.rfind("\n", 0, start) + 1
    clause = text[max(line_start, start - 160):start]
    clause = P.SENTENCE_SPLIT.split(clause)[-1]
    if not cued and not _commits_to_count(clause) and not _listed_after_commitment(clause) and not (
            (whole := P.COUNT_BEFORE_PART.search(clause)) and _commits_to_count(clause[:whole.start()])) \
            and _activity_heading(text, line_start, start) is None \
            and not _item_after_counts(text[max(line_start, start - 300):start]) \
            and not _periodical_issues(text, clause, pos):  # "- Số lượng: 5.000 cuốn" under its activity
        return None
    tagged = _pos_tags(words_after)
    if not tagged:
        return None
    word, tag = tagged[0]
    if word.lower() in P.FUNCTION_WORDS or P.FRACTION_WORD.match(word):
        return None  # a preposition the tagger misread ("01 trong 02 tiêu chí"), a fraction ("hai phần ba")
    if word.lower() == "tổ chức":
        tag = "N"  # right after a number "tổ chức" is the noun, the organisations counted ("02 tổ chức dịch vụ thu",
        # "05 tổ chức tín dụng"), never the verb the tagger reads ("tổ chức đảng" is a unit of units.tsv)
    split = False
    if tag not in P.COUNT_TAGS and " " not in word and len(tagged) > 1 and tagged[1][1] == "N" and word.islower():
        tag = "Nc"  # a one-syllable classifier the tagger read as a verb: "20 tập dữ liệu"
        # not a classifier: the first syllable of a noun the tagger split in two ("1.000 thuê bao di động")
        split = word.lower() not in P.CLASSIFIERS and " " not in tagged[1][0] and tagged[1][0].islower()
    acronym = bool(P.ACRONYM.match(word))
    if not (tag in P.COUNT_TAGS or acronym) or len(word) < 2:
        return None
    words = [word]
    if split or word.lower() in P.CLASSIFIERS and len(tagged) > 1 and (
            tagged[1][1] == "N" and not tagged[1][0][0].isupper()
            or tagged[1][1] in ("A", "V") and " " not in tagged[1][0] and tagged[1][0].islower()
            and tagged[1][0] not in P.HANDING_VERBS and (len(tagged) < 3 or tagged[2][1] not in ("N", "Np"))):
        words.append(tagged[1][0])  # a classifier and its noun ("bộ dữ liệu", "tập dữ liệu"), a split noun ("thuê bao");
        # a classifier never counts alone: a syllable after it read as an adjective or a verb makes one noun with it
        # ("50.000 tờ gấp": leaflets, not sheets that are urgent), unless a noun follows it, the classifier's own
        # ("1.200.000 chiếc bao cao su": "bao" opens the noun "bao cao su" the tagger split); not a verb that hands the
        # things over ("in và phát hành ít nhất 5.000 cuốn gửi các địa phương": P.HANDING_VERBS)
    raw_end = pos
    for w in words:
        m = regex.compile(r"\s*".join(regex.escape(x) for x in w.split())).search(text, raw_end, raw_end + 80)
        if not m:
            return None
        raw_end = m.end()
    if [w.lower() for w in words] == ["tổ chức"] and (pair := P.AND_PERSONS.match(text, raw_end)):
        words, raw_end = ["tổ chức, cá nhân"], pair.end()  # the pair the inspection and sanction laws name as one
    unit = " ".join(words)
    unit = unit if acronym else unit.lower()
    return unit, P.SPACES.sub(" ", text[pos:raw_end]).strip(), raw_end


def _defines_share(text: str, start: int, pos: int) -> bool:
    """Whether the count at `start` (its number ending at `pos`) is how often each one a share counts gets a service, written
    after the share in its clause (P.FREQUENCY_AFTER, P.SHARE_NAMED_BEFORE): "95% người … được đo huyết áp ít nhất 01 lần/năm"."""
    return bool(P.FREQUENCY_AFTER.match(text, pos) and P.SHARE_NAMED_BEFORE.search(text, max(0, start - 130), start))


def word_quantities(text: str, excluded) -> list[Quantity]:
    """Numbers written as words after a comparator ("ít nhất một cơ sở y tế", "tối thiểu một lần/năm")
    or in a rank ("một trong ba địa phương"), with a unit after them."""
    out = []
    for m in opened_by(P.NUMBER_WORD_RE, text, P.NUMBER_WORD_OPENERS, ignore_case=True):
        start, pos = m.span("word")
        if excluded.touches(start, pos):
            continue
        value = float(P.NUMBER_WORDS[m.group("word").lower()])
        if _defines_share(text, m.start(), pos):
            continue  # "95% người … được đo huyết áp ít nhất một lần mỗi năm": the share's definition
        if value == 1 and P.PER_DENOMINATOR.match(text, pos) and P.PER_BEFORE.search(text[max(0, start - 8):start]):
            continue  # "trên một đơn vị GRDP": part of the indicator's definition
        unit = P.UNIT_RE.match(text, pos)
        if unit and not P.NOT_AFTER.match(text, pos):
            out.append(Quantity(start, unit.end(), value, **unit_fields(unit, value)))
        elif not P.NOT_AFTER.match(text, pos) and (noun := _count_noun(text, m.start(), pos, cued=True)):
            out.append(Quantity(start, noun[2], value, unit=noun[0], unit_raw=noun[1]))
    return out + _added_or_range_words(text, excluded, {q.start for q in out})


def _added_or_range_words(text: str, excluded, taken: set[int]) -> list[Quantity]:
    """Number words after "thêm" ("công nhận thêm hai điểm du lịch") and ranges in words ("từ hai đến ba sản
    phẩm"), with a unit or a count noun after them."""
    out = []
    found = [(m, None) for m in P.NUMBER_WORD_ADDED_RE.finditer(text)]
    found += [(m, m.group("max")) for m in opened_by(P.NUMBER_WORD_RANGE_RE, text, P.NUMBER_WORD_RANGE_OPENERS, ignore_case=True)]
    for m, top in found:
        start, pos = m.span("word")
        end = m.end()
        if start in taken or excluded.touches(start, end) or P.NOT_AFTER.match(text, end) \
                or P.QUOTA_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue  # (a quota: "cử thêm hai cán bộ", "chọn từ hai đến ba học sinh")
        value = float(P.RANGE_NUMBER_WORDS[m.group("word").lower()])
        value_max = float(P.RANGE_NUMBER_WORDS[top.lower()]) if top else None
        if value_max is not None and value_max <= value:
            continue  # "một - hai" read backwards is no range
        unit = P.UNIT_RE.match(text, end)
        if unit:
            out.append(Quantity(start, unit.end(), value, value_max=value_max, **unit_fields(unit, value)))
            taken.add(start)
        elif noun := _count_noun(text, m.start(), end, cued=True):
            out.append(Quantity(start, noun[2], value, value_max=value_max, unit=noun[0], unit_raw=noun[1]))
            taken.add(start)
    return out


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _clean(s: str) -> str:
    s = P.LEADING_ASIDE.sub("", P.MARKUP.sub("", s))
    s = P.BULLET.sub("", s)
    for _ in range(3):
        s = P.LEAD_WORDS.sub("", s.strip(" ,:;-–\t("))
        s = P.TRAIL_WORDS.sub("", s.strip(" ,:;-–\t("))
    s = P.SPACES.sub(" ", _after_unopened(s)).strip(" ,:;-–\t(")
    return s if s.count("(") <= s.count(")") else s.rsplit("(", 1)[0].strip()


def _after_unopened(s: str) -> str:
    """The name after the last closing bracket that no bracket in it opened: the value's window began inside an
    aside ("Phấn đấu (đến năm 2030) tỷ lệ hộ nghèo …", "… (theo giá hiện hành) GRDP bình quân đầu người …").
    A single word before the bracket is the end of the name's own bracket, wrapped from the line above
    ("(R&D)/GRDP" cut at the line end: "R&D)/GRDP"), and stays; a bare bracket or a year does not."""
    depth, cut = 0, 0
    for i, c in enumerate(s):
        if c == "(":
            depth += 1
        elif c == ")":
            if depth:
                depth -= 1
            else:
                cut = i + 1
    head = s[:cut].strip()
    return s if " " not in head and regex.search(r"\p{L}", head) else s[cut:]


def _content_words(s: str) -> int:
    return len(WORDS.findall(s))


def _outside_brackets(pattern: regex.Pattern, s: str) -> list[regex.Match]:
    """The matches of `pattern` in `s` that no open bracket holds ("(cảm biến, camera, AI...)", "(bao gồm: …)")."""
    return [m for m in pattern.finditer(s) if s.count("(", 0, m.start()) <= s.count(")", 0, m.start())]


CLAUSE_JOIN = regex.compile(r",|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}])")
LABEL_COLON = regex.compile(r":(?!\d)")


def _last_clause(own: str) -> str:
    """The last clause of a name: after its last comma or "và" outside brackets."""
    joins = [m for m in _outside_brackets(CLAUSE_JOIN, own) if not _joins_complement(own, m)
             and not (P.ANIMAL_BEFORE.search(own, 0, m.start()) and P.ANIMAL_AFTER.match(own[m.end():]))]  # "trâu, bò"
    return own[joins[-1].end():] if joins else own


def _joins_complement(own: str, join: regex.Match) -> bool:
    """A "và" inside a name's complement ("… trong tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"):
    a complement opens it in the same comma's clause and no measure or verb of its own follows it."""
    if join.group() != "và":
        return False
    comma = own.rfind(",", 0, join.start())
    return P.NAME_COMPLEMENT.search(own, comma + 1, join.start()) is not None \
        and not P.NEW_CLAUSE_AFTER_AND.match(own, join.end())


def _without_subject(own: str, rate: bool = False) -> str:
    """The name without the body or place that pledges it ("UBND huyện phấn đấu hoàn thành …", "Sở Y tế chủ trì,
    phấn đấu tỷ lệ tiêm chủng …"); as it is when what comes before the pledge is not a body or a place (a measure's
    name: "Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu …"). A rate's body that acts stays (see _without_actor)."""
    m = P.PLEDGE_AFTER_SUBJECT.match(own)
    if m is None:
        return own if rate else _without_actor(_without_submission(own))
    subject = m.group("subject").strip()
    body = subject[:1].isupper() and BODY_HEAD.match(subject) is not None
    return own[m.end():] if body or P.SUBJECT_JURISDICTION.match(subject) else own


def _body_at(text: str, at: int = 0, kinds: Callable[[str], bool] = lambda kind: True):
    """The first body the bodies' extractor finds in `text` that opens at `at` and whose kind `kinds` keeps, or None."""
    from extractors.bodies.extract import find_mentions

    return next((m for m in find_mentions(text) if m.start == at and kinds(m.kind)), None)


def _without_submission(own: str) -> str:
    """The name without "trình <body>" before the decision it asks for ("trình Ủy ban nhân dân tỉnh quyết định thành lập 05
    cụm công nghiệp" → "quyết định thành lập"): what the body to decide does is what the value counts; as it is when no
    body follows "trình" or nothing in lower case follows the body."""
    submitted = P.SUBMITTED_TO.match(own)
    if submitted is None:
        return own
    body = _body_at(own, submitted.end())
    rest = own[body.end:].lstrip(" ,") if body is not None else ""
    return rest if rest[:1].islower() and not _weak(rest) or P.DECISION_VERB.match(rest) else own


def _without_actor(own: str) -> str:
    """The name without the body that opens it as who acts ("UBND Thành phố xây dựng Kế hoạch hỗ trợ hộ nghèo xây dựng,
    sửa chữa 2.305 nhà" → "hỗ trợ hộ nghèo xây dựng, sửa chữa"; "Sở Y tế tổ chức tập huấn …"), and without the document
    it drafts for the content the value counts; as it is when the body is what is counted ("Trạm Y tế xã đạt chuẩn").
    Only for a count: a rate of what a body does is measured on that body's work ("Ủy ban nhân dân cấp xã giải quyết
    hồ sơ đúng hạn đạt 98%": the share of its own files), so the caller keeps the body in a rate's name."""
    if not own[:1].isupper() or BODY_HEAD.match(own) is None:
        return own
    first = _body_at(own)
    # a body of any kind that a role word follows acts ("Công an tỉnh chủ trì, phối hợp với …", "Trung tâm … phối hợp …")
    after = own[first.end:].lstrip(" ,") if first is not None else ""
    actor = first if first is not None and (first.kind in P.ACTOR_KINDS or first.kind in P.ROLE_ACTOR_KINDS and (
        P.LEADING_ROLES.match(after) or first.kind == "trung_tam" and after[:1].islower() and _opens_with_verb(after))) else None
    end = actor.end if actor is not None else 0
    # s34a: the bodies that act with it, listed after it ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh mỗi năm hỗ trợ ít
    # nhất 05 tổ hợp tác …"): all of them act, none is what is counted
    while actor is not None and (joint := P.JOINT_ACTOR.match(own, end)) is not None \
            and (other := _body_at(own, joint.end())) is not None and other.kind in P.ACTOR_KINDS:
        end = other.end
    rest = own[end:].lstrip(" ,") if actor is not None else ""
    if not rest[:1].islower() or P.STATE_PREDICATE.match(rest) or _weak(rest):
        return own
    rest = _without_roles(rest)
    drafted = P.DRAFTED_FRAME.match(rest)
    return rest[drafted.end():] if drafted and not _weak(rest[drafted.end():]) else rest


def _without_roles(rest: str) -> str:
    """What follows the body that acts without its role words and the partners they name ("chủ trì tham mưu thành lập
    mới" → "thành lập mới"; "chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Phú Thọ xây dựng" → "xây dựng"): they
    name no indicator. As it is when nothing but them is left."""
    roles = P.LEADING_ROLES.match(rest)
    if roles is None:
        return rest
    out = rest[roles.end():]
    if roles.group("partners"):
        from extractors.bodies.extract import find_mentions

        pos = 0
        for b in sorted(find_mentions(out), key=lambda m: m.start):
            if b.start < pos or out[pos:b.start].strip(" ,;").lower() not in ("", "và"):
                break
            pos = b.end
        out = out[pos:].lstrip(" ,;")
    return out if out[:1].islower() and not _weak(out) else rest


def _after_kinds_list(own: str, local: str) -> str:
    """The last clause without the rest of a list of government levels that the last comma cut ("Ủy ban nhân dân các
    xã, phường tổ chức đào tạo nghề cho" → "tổ chức đào tạo nghề cho")."""
    rest = P.KINDS_LIST_REST.match(local)
    if rest is None or not P.KINDS_LIST_OPEN.search(own[:len(own) - len(local)]):
        return local
    return local[rest.end():]


def _label(left: str) -> str:
    """The indicator in the text before a value: after the last label colon outside brackets, or the label itself."""
    colons = _outside_brackets(LABEL_COLON, left)
    parts = [left[a:b] for a, b in zip([0] + [m.end() for m in colons], [m.start() for m in colons] + [len(left)])]
    if len(parts) > 1 and not _clean(parts[-1]):
        label = _clean(parts[-2])
        if P.BASELINE_ONLY.fullmatch(label):
            return ""  # "… so với năm 2024: giảm từ 5 - 10% số vụ": the baseline of what follows
        return "" if regex.match(r"(?i:về)\s", parts[-2].strip(" -+•*\t")) else label  # a topic, not an indicator
    return _clean(parts[-1])


TARGET_WORD = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:với\s+)?" + P.TARGET_NOUN + r"\s+(?=\S))")
MAX_INDICATOR_WORDS = 15
# A word of a name: what holds a letter or a digit, not the spaced hyphen of a compound ("hỏi - đáp", "kinh tế - xã hội",
# "nông - lâm - thủy sản"), which joins its parts and is no word of its own (w21d)
NAME_WORD = regex.compile(r"[\p{L}\p{M}\d]")


def _word_count(name: str) -> int:
    """The words of a name, its spaced hyphens and other marks standing alone not counted."""
    return sum(1 for w in name.split() if NAME_WORD.search(w))


def _tidy(own: str, local: str, left: str) -> str:
    """A long sentence before a value names its indicator in its last clause, after
    "mục tiêu / chỉ tiêu" when it says so ("…, thực hiện … với mục tiêu tăng trưởng 8%"), or after the
    verb that brings a measure to the value ("Đưa tỷ lệ doanh nghiệp ứng dụng … lên 80%")."""
    governed = [m for m in P.GOVERNED_MEASURE.finditer(own)
                if not m.group("change") or P.TO_LEVEL.search(left, max(0, left.find(own[m.end():])))]
    if governed and (P.BARE_MEASURE.fullmatch(own[governed[-1].end():].strip()) or not _weak(own[governed[-1].end():])):
        own = own[governed[-1].end():]
    elif _word_count(own) > MAX_INDICATOR_WORDS and not _weak(local):
        # the last clause that opens like an indicator name ("…, số vụ phạm tội … được phát hiện,
        # bắt giữ tại …"), else the last clause
        heads = [m.start(1) for m in regex.finditer(r"(?:^|[,;]\s*)(?=(\p{L}))", own) if P.INDICATOR_HEAD.match(own, m.start(1))]
        own = own[heads[-1]:] if heads and not _weak(own[heads[-1]:]) else local
    named = list(TARGET_WORD.finditer(own))
    if named and not _weak(own[named[-1].end():]):
        own = own[named[-1].end():]
    return own


# Count classifiers a whole is counted in with its noun ("40.000 lượt người") and a part with its own group after it ("trong
# đó ít nhất 8.000 lượt trẻ em", s31c): the same count, the part named by the group.
PART_CLASSIFIERS = frozenset({"lượt"})


def _classifier_of(whole_unit: str | None, part_unit: str | None) -> bool:
    """The part's unit is the classifier the whole's unit opens with ("lượt" of "lượt người")."""
    return part_unit in PART_CLASSIFIERS and (whole_unit or "").split(" ", 1)[0] == part_unit and whole_unit != part_unit


def _names_counted_before(right: str, indicator: str) -> bool:
    """Whether the words after a restated count's unit only name again what the count before it counts ("Giải quyết việc làm
    cho 190.000 lượt lao động, bình quân 38.000 lượt lao động mỗi năm": "lao động" after "lượt", as its indicator has it), a
    yearly cue after them aside (w20b)."""
    words = P.PER_YEAR_TAIL.sub("", right).strip(" ,;.").lower().split()
    return bool(words) and len(words) <= 3 and f" {' '.join(words)} " in f" {indicator.lower()} "


def _members_named(link, q: Quantity, done: list[Target], text: str, row_start: int) -> bool:
    """Whether a count right after a bare "trong đó" says what some of the whole's members are, with "là" after it ("Đào tạo
    ít nhất 1.500 nhân lực …, trong đó 120 người là chuyên gia về trí tuệ nhân tạo": 120 of the 1.500 are experts; as "…, trong
    đó ít nhất 20% là cán bộ nữ" says it of a share): a part of the whole's count, in its own unit ("người" of "nhân lực")."""
    return link.group().strip().lower() == "là" and not (q.unit or "%").startswith(P.RATE_UNITS) and "/" not in q.unit \
        and bool(done) and bool(done[-1].indicator) and bool(done[-1].unit) and not done[-1].unit.startswith(P.RATE_UNITS) \
        and "/" not in done[-1].unit and _line_bounds(text, done[-1].start)[0] == row_start


def _weak(s: str) -> bool:
    """Too little to name an indicator: fewer than two words besides verbs and cues."""
    return _content_words(P.VERBS.sub(" ", s)) < 2


MAX_ACTION_WORDS = 6
# The words of a part named after a measure's label and its colon ("Tỷ lệ hộ nghèo: khu vực thành thị đạt 2%", "…: trang trại
# quy mô vừa đạt ít nhất 70%"); under a label that names no measure ("Giáo dục: trường đạt chuẩn quốc gia đạt 85%") only three.
MAX_PART_OF_MEASURE_WORDS = 5
# A count's qualifier ("cấp tỉnh", "trên địa bàn") and the "và" that joins the next count to it.
QUALIFIED_JOIN = regex.compile(r"(?:[^\S\n]+[^\d,;.:()\n]{1,30}?)?[^\S\n]+và[^\S\n]+")
DONE_FOR = regex.compile(r"(?i:(?<![\p{L}\p{M}])cho(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|hơn|khoảng|gần|từ|không\s+dưới))*)\s*$")


MAX_DONE_FOR_WORDS = 12


# The units of the land a service is done for ("tưới ổn định cho 42.000 ha lúa hai vụ", "cấp nước tưới cho 1.200 ha"): the
# area the action is for, named by the action, as a count of people after "cho" is (_done_for).
LAND_SERVED = frozenset({"ha", "m²", "km²"})


def _done_for(left: str, local: str) -> bool:
    """A verb phrase ending in "cho" that a count of people or units is the beneficiary of ("Giải quyết việc làm mới
    cho", "Đào tạo nghề cho"; a longer one when it opens with its verb: "Tiêm phòng vắc xin Dịch tả lợn châu Phi cho"):
    not a named indicator (P.INDICATOR_HEAD), a label or a number."""
    words = len(local.split())
    return bool(DONE_FOR.search(left)) and bool(local) and (
        words <= MAX_ACTION_WORDS or words <= MAX_DONE_FOR_WORDS and _opens_with_verb(local)) \
        and not P.INDICATOR_HEAD.match(local) and not P.DIGIT.search(local) and ":" not in local


def _with_verbs_before(own: str, local: str) -> str:
    """s36i: the action a count is for with the verbs a comma lists before it, which share its object ("Đào tạo, nâng cao kỹ
    năng cho 6.000 lao động kỹ thuật": "Đào tạo, nâng cao kỹ năng", as the gold names it), each one a verb of `_one_verb`;
    else the action alone."""
    stem = DONE_FOR.sub("", own).rstrip(" ,")
    if not local or not stem.endswith(local) or stem == local:
        return local
    listed = stem[:-len(local)].rstrip()
    parts = [p.strip() for p in listed.rstrip(",").split(",")]
    return stem if listed.endswith(",") and all(parts) and all(map(_one_verb, parts)) else local


def _opens_with_verb(phrase: str) -> bool:
    """The phrase's first word is a verb (read from its part of speech, lower case: the tagger reads a capital as a name)."""
    tags = _pos_tags_of(phrase.lower())
    return bool(tags) and tags[0][1] == "V"


ACTION_TAGS = {"V", "R", "A", "C", "CH"}
TIME_LEAD = regex.compile(r"(?i:^(?:mỗi|hằng|hàng)\s+(?:năm|quý|tháng)\s*,?\s*)")


EACH_LEAD = regex.compile(r"(?i:^mỗi)\s+(?!(?i:năm|quý|tháng|tuần|ngày|kỳ|đợt|lần)(?![\p{L}\p{M}]))")


def _each_doer(indicator: str) -> tuple[str, str] | None:
    """A name that opens with the units each doing the action, then only its verbs ("mỗi xã, phường thành lập mới", "Mỗi
    trường xây dựng"): (the units as the scope, the verbs as the name); not a time ("mỗi năm …", TIME_LEAD)."""
    lead = EACH_LEAD.match(indicator)
    if lead is None:
        return None
    words = indicator[lead.end():].split()
    for k in range(1, min(len(words), 5)):
        verbs = " ".join(words[k:])
        if _only_verbs(verbs) and not _only_verbs(" ".join(words[:k])):
            unit = " ".join(words[:k]).rstrip(",")
            return f"{indicator[:lead.end()]}{unit}".strip(), verbs[:1].upper() + verbs[1:]
    return None


def _verbs_list(local: str) -> bool:
    """s34b: verbs joined by commas that share the value after them ("Trồng mới, phục hồi 1.500 ha rừng", "Nâng cấp, cải tạo
    25 km đường giao thông", "Xây dựng, nâng cấp 15 trạm y tế"): two or more, each one a verb the name keeps alone (a verb of
    P.VERBS, a works verb) or a commitment cue (cues.tsv), no more words than an action has; else the last one alone is read,
    as before ("Sản xuất, cung ứng 5 triệu con giống": "cung ứng" is neither, the count is named by its noun)."""
    parts = [p.strip() for p in local.split(",")]
    return len(parts) >= 2 and all(parts) and len(local.split()) <= MAX_ACTION_WORDS and not P.DIGIT.search(local) \
        and all(map(_one_verb, parts))


def _one_verb(part: str) -> bool:
    """One verb of such a list: a verb the name keeps alone (P.VERBS), a works verb or a commitment cue."""
    return bool(WORDS.search(part) and (_weak(part) or P.WORKS_VERBS.fullmatch(part) or P.COMMITMENT_VERBS.fullmatch(part)))


def _from_last_verb(indicator: str) -> str | None:
    """The name of a value shared by verbs joined by commas (`_verbs_list`: "Xây mới, sửa chữa nhà nhân đạo") from its last
    verb on ("sửa chữa nhà nhân đạo"), as the gazetteer's wordings name one verb; None when the name opens with no such list."""
    parts = indicator.split(",")
    leading = 0
    while leading < len(parts) - 1 and _one_verb(parts[leading].strip()):
        leading += 1
    return ",".join(parts[leading:]).strip() if leading else None


def _only_verbs(indicator: str) -> bool:
    """An indicator of verbs only ("Hình thành mới", "Thành lập mới", "Hỗ trợ xây dựng"), read from its part of
    speech (lower case: the tagger reads a capital as a name): it names no noun."""
    words = TIME_LEAD.sub("", indicator).lower()
    tags = _pos_tags_of(words) if words else ()
    return bool(tags) and all(tag in ACTION_TAGS for _, tag in tags)


@functools.lru_cache(maxsize=4096)
def _pos_tags_of(words: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag

    return tuple(tuple(t) for t in pos_tag(words))


def _value_first(left: str, own: str, right: str) -> bool:
    """The value quantifies the noun phrase after it: nothing links it to a name before it
    ("Hình thành ít nhất 02 vùng nuôi …", "Tại địa bàn đô thị: 100% trẻ em …")."""
    if _weak(right) or right.split()[0].lower() in P.QUALIFIER_OPENERS:
        return False  # "1.200 tỷ đồng từ các nguồn": what follows qualifies the value, it does not name it
    if _whole_only(right) and _content_words(P.VERBS.sub(" ", own)) >= 3:
        return False  # "Bao phủ BHYT trên 95% dân số": the words after a share name only the whole it is of
    stem = P.LINK_MODIFIERS.sub("", left.rstrip(" \t"))
    if stem.endswith(":"):
        label = _clean(stem[:-1].split(":")[-1])
        return not label or bool(P.FRAME_LABEL.match(label)) or not P.INDICATOR_HEAD.match(label)
    if _weak(P.TIME_PHRASE.sub(" ", own)):
        return True  # only a time phrase and a verb before it ("bảo đảm đến hết năm 2030 đạt 50% địa bàn …")
    if _actor_and_verbs(_clean(left)):
        return True  # only the body that acts and its verbs ("Huyện đoàn chủ trì duy trì 15 đội thanh niên tình nguyện")
    if P.LINK_END.search(stem.rstrip()):
        return False
    return not P.INDICATOR_HEAD.match(own)


def _actor_and_verbs(own: str) -> bool:
    """The words before a value are a body that acts and its verbs, its role words among them ("Huyện đoàn chủ trì duy
    trì", "Tỉnh đoàn duy trì"): the body names no indicator, what the value counts follows it. Not a body's state
    ("Trạm Y tế xã đạt chuẩn": the body is what is counted)."""
    if not own[:1].isupper() or BODY_HEAD.match(own) is None:
        return False
    actor = _body_at(own, kinds=lambda kind: kind in P.ACTOR_KINDS)
    rest = own[actor.end:].strip(" ,") if actor is not None else ""
    return actor is not None and (not rest or rest[:1].islower() and not P.STATE_PREDICATE.match(rest) and _weak(P.ROLE_WORDS.sub(" ", rest)))


def _whole_only(right: str) -> bool:
    """The words after a share are only the whole it is of ("dân số", "GRDP của tỉnh", "lực lượng lao động")."""
    whole = P.SHARE_WHOLE.match(right)
    return whole is not None and not WORDS.search(right, whole.end())


def _elided_head(text: str, indicator: str, q: Quantity, done: list[Target], line_start: int) -> str | None:
    """The name of a group's value that leaves out the head of the measure named by the value before it in the same
    sentence ("Tỷ lệ hoàn thành cấp tiểu học đạt 99%, cấp THCS của người dân tộc thiểu số đạt 90%" → "Tỷ lệ hoàn thành
    cấp THCS của người dân tộc thiểu số"): the name opens with a word of that measure's name after its head ("Tỷ lệ
    …", "Số …"); a name with a head of its own, a verb that governs one ("nâng số xã … lên"), or a word that is the
    head's own ("Tổng thu …, thu nội địa …"), is not."""
    if not done or not done[-1].indicator or _line_bounds(text, done[-1].start)[0] != line_start or done[-1].end > q.start \
            or SENTENCE_END.search(text, done[-1].end, q.start) or P.INDICATOR_HEAD.match(indicator) or (q.unit or "%") != (done[-1].unit or "%") \
            or P.ELIDED_HEAD.search(" ".join(indicator.split()[:3])):  # "…, nâng số xã … lên 03 xã": a measure of its own
        return None
    before = done[-1].indicator
    head = P.ELIDED_HEAD.match(before)
    first = WORDS.match(indicator)
    if head is None or first is None:
        return None
    at = regex.search(rf"(?i:(?<![\p{{L}}\p{{M}}]){regex.escape(first.group())}(?![\p{{L}}\p{{M}}]))", before, pos=head.end())
    return None if at is None or indicator.lower().startswith(before[at.start():].lower()) else f"{before[:at.start()]}{indicator}"


def _before_parts(text: str, done: list[Target], line_start: int) -> list[Target] | None:
    """The values found up to the whole whose breakdown the last value is a part of, in the same sentence ("Tỷ lệ chất
    thải rắn sinh hoạt khu vực nông thôn được thu gom, xử lý đạt 92%, trong đó tỷ lệ chôn lấp trực tiếp dưới 30%; khu vực
    thị trấn đạt 100%": the area after the part names a part of the whole, not of the part); None where the last value
    is no such part."""
    if len(done) < 2 or not done[-2].indicator or _line_bounds(text, done[-2].start)[0] != line_start \
            or done[-2].end > done[-1].start or SENTENCE_END.search(text, done[-2].end, done[-1].start):
        return None
    return done[:-1] if P.PART_LIST_OPEN.search(text, done[-2].end, done[-1].end) else None  # ("trong đó" opens the part's span)


def _shared_subject(text: str, indicator: str, q: Quantity, done: list[Target], line_start: int) -> str | None:
    """The name of a list's next measure that repeats the head of the one before it but leaves out the subject they
    share ("Tỷ lệ trẻ em dân tộc thiểu số hoàn thành giáo dục tiểu học đạt 90%; tỷ lệ hoàn thành cấp trung học cơ sở
    đạt 85%" → "tỷ lệ trẻ em dân tộc thiểu số hoàn thành cấp trung học cơ sở"; "Tỷ lệ dân số tham gia bảo hiểm y tế đạt
    95%, tỷ lệ tham gia bảo hiểm xã hội đạt 45%"): the verb after its head stands in the name before it after words of
    its own, which are the subject. Same line and sentence, same kind of unit; a name that goes on with the words
    right after the head ("tỷ lệ hộ cận nghèo"), or with a noun ("tỷ lệ dân số đô thị"), has its own subject."""
    if not done or not done[-1].indicator or _line_bounds(text, done[-1].start)[0] != line_start or done[-1].end > q.start \
            or SENTENCE_END.search(text, done[-1].end, q.start) or (q.unit or "%").split("/")[0] != (done[-1].unit or "%").split("/")[0]:
        return None
    before = done[-1].indicator
    head, own_head = P.ELIDED_HEAD.match(before), P.ELIDED_HEAD.match(indicator)
    if head is None or own_head is None or head.group().lower() != own_head.group().lower():
        return None
    rest = indicator[own_head.end():].strip()
    first = WORDS.match(rest)
    if first is None or first.group().lower() in P.QUALIFIER_OPENERS or P.OWN_SUBJECT.search(rest):
        return None
    at = regex.search(rf"(?i:(?<![\p{{L}}\p{{M}}]){regex.escape(first.group())}(?![\p{{L}}\p{{M}}]))", before, pos=head.end())
    subject = before[head.end():at.start()].strip() if at is not None else ""
    if not WORDS.search(subject) or rest.lower().startswith(before[at.start():].lower()):
        return None
    tags = _pos_tags_of(rest.lower())
    if not tags or tags[0][1] not in PREDICATE_TAGS:
        return None  # "Tỷ lệ tăng dân số tự nhiên 1%; tỷ lệ dân số đô thị 40%": a noun opens a subject of its own
    return f"{indicator[:own_head.end()]} {subject} {rest}"


PREDICATE_TAGS = {"V", "R"}  # a verb or an adverb ("được") opens a predicate


def _wrapped_name(text: str, line_start: int, at: int) -> tuple[str, int] | None:
    """A name wrapped inside its cell, its value's line opening with an aside in brackets ("Kinh phí chi cho nghiên cứu
    phát triển⏎(R&D)/GRDP tối thiểu 2%"): the line right above (words only, no clause or sentence ended) and this one."""
    if line_start == 0 or not P.WRAPPED_ASIDE.match(text, line_start):
        return None
    above = text.rfind("\n", 0, line_start - 1) + 1
    if not P.NAME_CONTINUED.fullmatch(text, above, line_start - 1) or _content_words(text[above:line_start]) > MAX_LABEL_WORDS:
        return None
    name = _clean(f"{text[above:line_start - 1]} {text[line_start:at]}")
    return (name, above) if name else None


def _share_verb_phrase(own: str, local: str) -> tuple[str, bool]:
    """t20: the verb phrase before a share when the last clause `local` (cut at the name's last "và" or comma) is only part
    of it: (the phrase, True) when the caller must read the whole phrase as one action (as long as `_done_for` reads one),
    else (local, False).
    - The last clause says only how or when the action is done (P.MANNER_ONLY: "Thi đua hoàn thành vượt mức và về trước hạn
      100% các nhiệm vụ …" cut to "trước hạn"): the whole phrase when it opens with its verb, else none of it ("").
    - Verbs listed with commas before it share its object (`_listed_verb`: "Thăm hỏi, tặng quà nhân dịp Tết Nguyên đán cho
      100% người có uy tín", "Phát hiện, lập hồ sơ quản lý ít nhất 95% số người …"): the list and the action, as s36i reads
      a count's (`_with_verbs_before`)."""
    whole = _clean(own)
    if not local or whole == local or not whole.endswith(local):
        return local, False
    if P.MANNER_ONLY.fullmatch(local):
        return (whole if _opens_with_verb(whole) else ""), True
    listed = whole[:-len(local)].rstrip()
    parts = [p.strip() for p in listed[:-1].split(",")] if listed.endswith(",") else []
    if parts and all(parts) and all(_listed_verb(p, first=i == 0) for i, p in enumerate(parts)) \
            and (_opens_with_verb(local) or _listed_verb(local, first=False)):
        return whole, True
    return local, False


MAX_LISTED_VERB_WORDS = 2  # one verb of a list: a compound of two syllables at most ("thăm hỏi", "phát hiện")


def _listed_verb(part: str, first: bool) -> bool:
    """t20: one item of a verb list before an action (see `_share_verb_phrase`): a verb of `_one_verb`, or a word of two
    syllables at most that is no measure's head, body, place, time or number, nor nouns only (the tagger reads "thăm hỏi",
    "rà soát" as no verb, but not as nouns either: the list's own shape says it); only the list's first item may open with a
    capital."""
    if _one_verb(part):
        return True
    return len(part.split()) <= MAX_LISTED_VERB_WORDS and (first or part[:1].islower()) and not P.DIGIT.search(part) \
        and not P.INDICATOR_HEAD.match(part) and not (part[:1].isupper() and BODY_HEAD.match(part)) \
        and not P.SCOPE.fullmatch(part) and not P.PLACE_SCOPE.fullmatch(part) and not P.TIME_PHRASE.search(part) \
        and not TIME_LEAD.match(part) and not EACH_LEAD.match(part) \
        and not all(tag in NOUN_TAGS for _, tag in _pos_tags_of(part.lower()))  # "ban, ngành tỉnh": nouns, no verb list


NOUN_TAGS = {"N", "Np", "Nc", "Nu", "Ny", "Nb"}


# t20: the base a share is taken of, after it ("trên 85% tổng số nợ có khả năng thu", "ít nhất 30% số tổ …"): the verb and
# object before the share ("thu hồi nợ thuế xuất nhập khẩu") are what it measures, read as long as `_done_for` reads an action.
BASE_AFTER = regex.compile(r"(?i:(?:tổng\s+)?số(?:\s+lượng)?)\s+\p{L}")


def _share_action(local: str, joined: bool, *, left: str, right: str, q: Quantity) -> str:
    """The verb phrase before a share that the words after it only name the whole of ("Rà soát cắt giảm ít nhất 30%
    thủ tục hành chính không phù hợp", "số hóa 100% dịch vụ công"): a share of what is done, so the name keeps it
    ("Rà soát cắt giảm thủ tục hành chính không phù hợp"); not a measure's name, a body, a goal's frame, nor an action
    before a whole that says its own ("… 100% TTHC được thực hiện trực tuyến"). What is done for the share ("… cho 100% …") may be as long
    as `_done_for` reads for a count when it opens with its verb (s35e: "bổ sung trang thiết bị thiết yếu cho 100% trạm y tế"),
    or before a base the share is of (BASE_AFTER, t20: "thu hồi nợ thuế … trên 85% tổng số nợ …"); `joined`: `_share_verb_phrase`
    read the phrase whole, as long as that too, verb or not."""
    if not (q.unit or "").startswith("%") or "/" in q.unit or not WORDS.search(local) or len(local.split()) > MAX_ACTION_WORDS and not (
            len(local.split()) <= MAX_DONE_FOR_WORDS and (joined or (DONE_FOR.search(left) or BASE_AFTER.match(right))
                                                           and _opens_with_verb(local))) \
            or P.INDICATOR_HEAD.match(local) or P.DIGIT.search(local) or P.SHARE_ACTION_FRAME.search(local) \
            or (local[:1].isupper() and BODY_HEAD.match(local)) or P.OWN_PREDICATE.search(right) and not _acts_on_whole(local, left) \
            or P.HAS_SHARE.search(left):
        return ""
    return f"{local} cho" if DONE_FOR.search(left) else local  # "duy trì điều trị cho 100% người nghiện …"


def _acts_on_whole(local: str, left: str) -> bool:
    """s36i: the verb right before a share acts on the whole after it, whose predicate is then a relative clause of it
    ("thu hồi tối thiểu 70% số nợ thuế có khả năng thu", "Xử lý dứt điểm 100% điểm đen … đã được xác định", "Thăm, tặng quà
    cho 100% gia đình chính sách, người có công …"): the verb phrase ends where the value (its bound, a "cho") begins; not a
    label before a colon ("Đánh giá: 100% cán bộ … được đánh giá"), the end of the clause before a comma ("… được phát hiện ở
    giai đoạn sớm, 50% người bệnh …"), a body's role ("… chủ trì bảo đảm 100% văn bản được ký số"), nor a causative verb,
    after which the whole does what follows it (P.CAUSATIVE_VERBS: "chỉ đạo 100% cơ sở giáo dục không để …")."""
    stem = DONE_FOR.sub("", P.LINK_MODIFIERS.sub("", left.rstrip())).rstrip()
    return stem.lower().endswith(local.lower()) and not P.CAUSATIVE_VERBS.search(local) and not P.ROLE_WORDS.search(local)


MAX_ACTION_NAME_WORDS = 25
# Units that count occurrences of an action ("08 cuộc", "02 lần", "03 đợt", "04 buổi") and the topic after them ("… về kỷ
# luật hành chính"): the occurrences are of the action written before the count (s29h).
EVENT_UNITS = frozenset({"cuộc", "lần", "đợt", "buổi", "phiên"})
ABOUT_AFTER = matched_in_place(r"[^\S\n]+về[^\S\n]+\p{L}")


def _done_at_places(left: str, own: str, right: str, q: Quantity) -> bool:
    """A share of the places an action is done at ("tổ chức tuyên truyền … cho người học tại 100% nhà trường",
    "lắp đặt camera giám sát ở 100% thôn"): what follows the value names the places, the action before it what they
    do; not a measure named before it ("Tỷ lệ che phủ rừng duy trì ở 42% diện tích tự nhiên")."""
    if not (q.unit or "").startswith("%") or "/" in q.unit or _weak(right) or right.split()[0].lower() in P.QUALIFIER_OPENERS:
        return False
    return P.ACTION_PLACE.search(P.LINK_MODIFIERS.sub("", left.rstrip())) is not None and not _weak(own) \
        and not P.INDICATOR_HEAD.match(own) and not P.SHARE_NAME.match(own) and not P.AT_LEVEL.search(left.rstrip())


def _line_label(text: str, line_start: int, before: int) -> str | None:
    """"Label: …" at the start of the line (not a topic "Về …:" and not itself a value)."""
    colon = text.find(":", line_start, before)
    if colon < 0:
        return None
    raw = P.BULLET.sub("", text[line_start:colon]).strip()
    label = _clean(raw)
    if not label or regex.match(r"(?i:về)\s", raw) or _content_words(label) > MAX_LABEL_WORDS \
            or P.DIGIT.search(P.AGE_IN_NAME.sub(" ", label)):
        return None  # (an age names a group in a label, no value: "Chiều cao trung bình của người 18 tuổi theo giới tính:")
    return label


MAX_BLOCK_LINES = 8  # the fields of an activity's block between its heading and its quantity
MAX_HEADING_WORDS = 40  # longer, a paragraph, not a heading


def _activity_heading(text: str, line_start: int, before: int) -> str | None:
    """The activity a "Số lượng:" / "Quy mô:" line at `line_start` counts: the heading of its block, above the block's
    other fields ("3. In ấn tài liệu tuyên truyền" ⏎ "- Hình thức: …" ⏎ "- Số lượng: 5.000 cuốn")."""
    label = P.QUANTITY_LABEL.match(text, line_start)
    if label is None or label.end() > before:
        return None
    seen = 0
    for start, end, line in lines_above(text, line_start, 4 * MAX_BLOCK_LINES):
        if not line.strip():
            continue
        seen += 1
        if seen > MAX_BLOCK_LINES:
            return None
        if P.BLOCK_FIELD.match(line):
            continue  # another field of the block
        heading = P.BLOCK_HEADING.match(line)
        if heading is None and line.lstrip()[:1].islower():
            continue  # a wrapped line of a field
        if heading is None:
            return None
        name = _clean(line[heading.end():])
        if not name or name.isupper() or ":" in name or _content_words(name) > MAX_HEADING_WORDS:
            return None  # a section of the plan ("II. NỘI DUNG"), a field, a paragraph: not an activity
        if len(name.split()) <= MAX_INDICATOR_WORDS:
            return name
        # a long heading lists what the activity covers: its name is what comes before the list
        # ("Hội nghị phổ biến, tuyên truyền, vận động người dân, hướng dẫn …")
        cut = " ".join(name.split()[:MAX_INDICATOR_WORDS])
        return cut.rsplit(",", 1)[0] if "," in cut else cut
    return None


def _right_start(text: str, q: Quantity) -> int:
    """After the value, and after the bracket it closes itself ("giảm 1/2 (50%) quy mô hộ nghèo")."""
    own = text[q.start:q.end]
    closing = P.OWN_BRACKET_CLOSE.match(text, q.end) if own.count("(") > own.count(")") else None
    return closing.end() if closing else q.end


def _right_end(text: str, q: Quantity, stop: int) -> int:
    """Where the words after a value end: a semicolon, a line's end, a full stop, a bracket opened after it,
    or the closing bracket of the aside the value stands in ("(phấn đấu đạt 500.000 thuê bao)"). An aside
    the words run on past is part of them ("70% số người hưởng trợ cấp (bao gồm người được ủy quyền nhận
    thay) nhận tiền trợ cấp bằng phương thức không dùng tiền mặt")."""
    pos = _right_start(text, q)
    baseline = P.BASELINE_AFTER_NAME.search(text, pos, stop)
    if baseline is not None and not (WORDS.search(text, pos, baseline.start()) and P.CHANGE_IN_NAME.search(text, pos, baseline.start())):
        # "Giảm 20% lượng phân bón … so với năm 2025": the baseline of the value's change names nothing it counts; a
        # name with a change of its own keeps the baseline of that change ("10% chi thường xuyên tăng thêm … so với …");
        # s32a: nor does a baseline right after the value ("… giấy và nhựa giảm ít nhất 8% so với năm 2025")
        stop = baseline.start()
    while (m := P.VALUE_CLAUSE_END.search(text, pos, stop)) is not None:
        aside = P.ASIDE_RUNS_ON.match(text, m.start(), stop) if m.group() == "(" else None
        if aside is None:
            return m.start()
        pos = aside.end()
    return stop


def _right_context(text: str, q: Quantity, stop: int) -> str:
    """The words after a value; a verb right after it governs the value's object and stays ("Huy động 2.500 tỷ đồng
    thực hiện Chương trình": what the money is raised for, not "Huy động Chương trình")."""
    raw = text[_right_start(text, q):_right_end(text, q, stop)]
    if (often := P.FREQUENCY_LEAD.match(raw)) is not None:
        raw = raw[often.end():]
    words = _clean(raw)
    if (verb := P.VERB_AFTER_VALUE.match(raw)) and words and not words.lower().startswith(verb.group("verb").lower()):
        words = f"{P.SPACES.sub(' ', verb.group('verb'))} {words}"
    if (xref := CROSS_REFERENCE_TAIL.search(words)) is not None and xref.start() > 0:
        words = words[:xref.start()]  # s29h: "03 lớp tập huấn nêu tại Mục II": where the plan states it, not its name
    if (listed := LIST_OPENED_AFTER.search(words)) is not None:
        words = words[:listed.start()]  # r22: "tại 15 vị trí như sau: …", "tại 03 vùng nuôi chính của tỉnh, bao gồm: …"
    return words


# What opens the list of the things a count counts, after their noun ("lấy mẫu tại 15 vị trí như sau:", "tại 03 vùng nuôi
# chính của tỉnh, bao gồm: Vùng nuôi tôm …"): the items named one by one, no part of the count's name.
LIST_OPENED_AFTER = regex.compile(
    r"(?i:[^\S\n]*(?:(?<![\p{L}\p{M}])như[^\S\n]+sau(?:[^\S\n]+đây)?(?![\p{L}\p{M}])[^\S\n]*(?::.*)?$"
    r"|,[^\S\n]*(?:bao[^\S\n]+gồm|gồm(?:[^\S\n]+có)?|cụ[^\S\n]+thể|trong[^\S\n]+đó)[^\S\n]*:.*$))")


# A pointer to where the plan itself states a thing, closing the words after a value ("… nêu tại Mục II", "… quy định tại
# khoản 2 Mục III", "… đề ra tại Phụ lục kèm theo"): the place of the statement in the plan, no part of the indicator.
CROSS_REFERENCE_TAIL = regex.compile(
    r"(?i:[^\S\n]+(?:đã[^\S\n]+)?(?:nêu|quy[^\S\n]+định|đề[^\S\n]+ra|xác[^\S\n]+định|ghi)[^\S\n]+(?:tại|ở|trong)[^\S\n]+"
    r"(?:mục|phần|phụ[^\S\n]+lục|khoản|điểm|tiết)(?:[^\S\n]+[\p{L}\d.]{1,12}){0,4}[^\S\n]*)$")


def _comparator(left: str, q: Quantity) -> str | None:
    m = COMPARATOR_RE.search(left)
    before = P.COMPARATOR_BEFORE[P.SPACES.sub(" ", m.group(1).lower())] if m else None
    if q.value_max is not None:
        # a range bounds the value itself; only "about" qualifies it ("đạt khoảng 40 - 42%")
        return "approx" if before == "approx" else "eq"
    return before or q.comparator_after


PART_COMPARATOR_TAIL = regex.compile(rf"\s+(?i:{P._alternation(P.COMPARATOR_BEFORE)})\s*$")
PART_COMPARATOR = regex.compile(rf"^(?i:{P._alternation(P.COMPARATOR_BEFORE)})(?![\p{{L}}\p{{M}}])\s*")
COMPARATOR_RE = regex.compile(rf"(?i:(?<![\p{{L}}\p{{M}}])({P._alternation(P.COMPARATOR_BEFORE)}))(?:\s+(?:là|từ|mức|bằng))?\s*:?\s*$")
DIRECTION_RE = regex.compile(rf"(?i:(?<![\p{{L}}\p{{M}}])({P._alternation(P.DIRECTIONS)})(?![\p{{L}}\p{{M}}]))")
NOT_A_DIRECTION = regex.compile(r"(?i:(?:đạt\s+)?chuẩn\s+nâng\s+cao|đạt\s+(?:chuẩn|tiêu\s+chí|danh\s+hiệu|tiêu\s+chuẩn|trình\s+độ)|(?:nông\s+thôn\s+mới|NTM)(?:\s+nâng\s+cao)?|tăng\s+trưởng|tăng\s+cường|còn\s+lại|nâng\s+cấp|tăng\s+huyết\s+áp|nâng\s+cao(?=\s+(?:kỹ\s+năng|năng\s+lực|trình\s+độ|nhận\s+thức|kiến\s+thức)(?![\p{L}\p{M}]))"
                             r"|còn(?![\p{L}\p{M}])(?!(?:\s+(?:dưới|trên|khoảng|gần|xấp\s+xỉ|ở\s+mức|mức|là|không\s+quá|tối\s+đa|tối\s+thiểu|ít\s+nhất))*\s*(?:\d|$)))")  # "còn" not right before the value: "still" ("dự án còn khối lượng lớn"), no direction; "nâng cấp 25 km kênh": upgrading, no direction; "xã đạt chuẩn nông thôn mới nâng cao": a grade; "tăng huyết áp" (hypertension, ICD-10 I10): a disease, no direction (s26d); "nâng cao kỹ năng cho 6.000 lao động": a quality improved for those counted, no rise of the count (s36i); "tăng cường kiểm tra …, phấn đấu thu hồi … trên 85%": "tăng cường" strengthens an activity, no rise of a value (t20)


def _to_level(zone: str) -> bool:
    """A link word brings the measure to the value ("giảm còn", "tăng lên", "đạt"): the value is the level reached.
    Only after the last verb of change is a link word read: words of the name ("Tỷ lệ xã đạt chuẩn nông thôn mới tăng
    10%", "… được công nhận đạt …") are not one."""
    zone = NOT_A_DIRECTION.sub(" ", zone)
    verbs = [m for m in DIRECTION_RE.finditer(zone)
             if P.DIRECTIONS[P.SPACES.sub(" ", m.group(1).lower())] in ("increase", "decrease")]
    return bool(P.TO_LEVEL.search(zone, verbs[-1].start() if verbs else 0))


def _direction(zone: str) -> str | None:
    zone = NOT_A_DIRECTION.sub(" ", zone)
    found = [P.DIRECTIONS[P.SPACES.sub(" ", m.group(1).lower())] for m in DIRECTION_RE.finditer(zone)]
    if "maintain" in found:
        return "maintain"
    return found[-1] if found else None


def _year_in(text: str, start: int, end: int, before: int, cited, first_year: int | None = None) -> int | None:
    funding = [f.span() for f in P.FUNDING_YEAR.finditer(text, start, end)]
    years = [m for m in P.YEAR_IN_LINE.finditer(text, start, end) if not cited.touches(m.start(), m.end())
             and not P.BASELINE.search(text[max(0, m.start() - 30):m.start()])
             and not P.BASELINE_BEFORE_YEAR.search(text, max(0, m.start("year") - 60), m.start("year"))
             and not P.CARRIED_OVER.match(text, m.end())
             and not any(a <= m.start("year") < b for a, b in funding)]
    asides = [a.span() for a in P.FIGURE_ASIDE.finditer(text, start, end) if not a.start() <= before < a.end()]
    years = [m for m in years if not any(a <= m.start() < b for a, b in asides)]  # "(năm 2026 đã tu bổ 07 mốc)": its own figure's
    if years and "từ" in text[start:end].lower():  # (s30b: the years of spans no target is due by)
        spans = _span_years(text, start, end, before, first_year)
        years = [m for m in years if m.start("year") not in spans]
    # a quarter's or a month's year ("hoàn thành … trong quý II năm 2027; tham gia 03 hội chợ …") dates that clause's action only
    years = [m for m in years if not (m.start() < before and ";" in text[m.end():before] and _dates_its_action(text, start, m))]
    # a year of the value's own clause (after the last ";" before it) wins over a clause before it ("… phân tích kết quả PCI
    # năm 2025 trong tháng 5/2026; tổ chức 02 hội nghị đối thoại … trong năm 2026": the 2026 of its own clause)
    semi = text.rfind(";", start, before)
    if semi >= 0:
        clause_end = text.find(";", before, end)
        clause_end = end if clause_end < 0 else clause_end
        if any(semi < m.start() < clause_end for m in years):
            years = [m for m in years if m.start() > semi]
        elif any(not cited.touches(p.start(), p.end()) for p in P.PERIOD_IN_LINE.finditer(text, semi, clause_end)):
            return None  # …and so does a span of years there ("… trong năm 2027; xây dựng mới 12 trạm y tế xã đạt chuẩn trong
            # giai đoạn 2026 - 2028": the value's own period, read by the caller, not the year of the clause before; s34d)
    prior = [m for m in years if m.start() < before]
    if not prior and (close := text.find(";", before, end)) >= 0 and not P.STEP_AFTER_SEMICOLON.match(text, close):
        # a year after a ";" that closes the value's own clause dates that later clause's action, not the value ("Cấp mới ít
        # nhất 180 mã số vùng trồng; số hóa … 100% vùng trồng đã cấp mã số trong năm 2027", "… 25 vườn cây đầu dòng; chậm nhất
        # đến tháng 9/2026 hoàn thành bình tuyển đợt 1": s30c), as a quarter's before the value dates its own clause (above);
        # not the next step of the value's own series ("đạt 85%; 90% trước ngày 31/12/2027 …": the series' year)
        years = [m for m in years if m.start() < close or (due := P.DUE_ONLY_CLAUSE.match(text, close)) and due.end() == m.start()
                 and P.DUE_CLAUSE_END.match(text, m.end())]  # (but "…; hoàn thành trước ngày 31/12/2028.": the task's own time)
    if not prior:  # a later year that opens a value of its own is that value's
        years = [m for m in years if not P.YEAR_OPENS_VALUE.match(text, m.end())]
        if years and P.PARTS_AFTER_VALUE.search(text, before, years[0].start()):  # "…, trong đó năm 2026 …": its part's
            years = []  # (every year left stands after the value, so after that "trong đó" too)
    if not years:
        return None
    return int((prior[-1] if prior else years[0]).group("year"))


def _yearly_in_what_count_becomes(unit: str | None, indicator: str | None) -> bool:
    """A yearly average counted in what the count before it becomes, which that count's indicator names ("hỗ trợ ít nhất
    1.250 hộ kinh doanh chuyển đổi lên doanh nghiệp, bình quân 250 doanh nghiệp/năm": a household converted is an enterprise
    founded). s31b."""
    if not unit or not indicator or not unit.endswith("/năm") or unit.startswith(("%", "‰")):
        return False
    counted = unit[:-len("/năm")]
    return " " in indicator and regex.search(rf"(?i)\s{regex.escape(counted)}(?![\p{{L}}\p{{M}}])", indicator) is not None


def _named_in_clause_before(text: str, sentence_start: int, clause_start: int, noun: str) -> str | None:
    """What a bare count ("mỗi năm 02 lớp", its own clause naming nothing) counts, named in the clause before it in its
    sentence by the same noun after a verb: "Trong quý III hằng năm, mở lớp bồi dưỡng kỹ năng vận động Nhân dân cho tổ
    trưởng tổ dân phố, trưởng ban công tác Mặt trận; mỗi năm 02 lớp …" → "lớp bồi dưỡng … Mặt trận" (the noun to the clause's
    end). None when that clause gives the noun a number of its own (that count is its own target). s30b."""
    before = text[sentence_start:clause_start]
    semi = before.rfind(";")
    if semi < 0:
        return None  # (a comma parts the words of one clause too often: only a clause closed by ";")
    head = before[:semi]
    nouns = list(regex.finditer(rf"(?i)(?<=(?<![\p{{L}}\p{{M}}])[\p{{L}}\p{{M}}]+[^\S\n]+){regex.escape(noun)}(?![\p{{L}}\p{{M}}])", head))
    if not nouns or P.DIGIT.search(head, nouns[-1].start() - 12 if nouns[-1].start() >= 12 else 0, nouns[-1].start()):
        return None
    name = P.SPACES.sub(" ", head[nouns[-1].start():]).strip(" ,")
    return name if _content_words(name) >= 3 else None


def _in_a_span(section, year: regex.Match, first_year: int | None) -> bool:
    """Whether a year of a heading's label (or of a numbered item's, a section too) is not a target's as a span of years
    in its whole title holds it (`_span_years`; the label cuts a long title short). s30b."""
    if "từ" not in section.title.lower():
        return False
    at = year.start(1) - len(section.marker.rstrip(".")) - 1  # (the label: the marker, a space, the title)
    return at in _span_years(section.title, 0, len(section.title), 0, first_year)


def _span_years(text: str, start: int, end: int, before: int, first_year: int | None) -> set[int]:
    """Where the years of spans ("từ năm X đến năm Y") that no target is due by stand: every span's first year (its last
    is the year a target is due by: "Trồng mới 500 ha rừng từ năm 2026 đến năm 2030"), and the last year of a span before
    the plan's own years written after the value, which says which records or cases are counted ("Số hóa 12.500 trường hợp
    dữ liệu hộ tịch … lưu trữ từ năm 1976 đến năm 2015", "Chỉnh lý 300 mét giá tài liệu tồn đọng từ năm 2000 đến năm
    2015"); a span before the value dates a result ("Từ năm 2021 đến năm 2025, đã xây dựng 500 nhà"): history. s30b."""
    out = set()
    for span in P.YEAR_SPAN.finditer(text, start, end):
        out.add(span.start("y1"))
        if first_year and span.start() >= before and int(span.group("y2")) < first_year:
            out.add(span.start("y2"))
    # w22a: an open span inside a clause says which records are counted ("Số hóa 100% hồ sơ … từ năm 2026 trở đi"); one that
    # opens its clause says from when the value holds ("Từ năm 2027 trở đi, tỷ lệ … đạt 100%"): that one is the value's year
    out.update(onward.start("y1") for onward in P.YEAR_ONWARD.finditer(text, start, end)
               if not P.CLAUSE_OPENING.fullmatch(text, max(start, text.rfind(";", start, onward.start()) + 1,
                                                           text.rfind(":", start, onward.start()) + 1), onward.start()))
    return out


def _dates_its_action(text: str, start: int, year: regex.Match) -> bool:
    """The year of a quarter or a month written after an action in its clause ("Hoàn thành cổng thông tin trong quý II
    năm 2027; …"), or the year alone after "trong/trước năm" in a clause with no value (P.DATED_ACTION_IN_YEAR): it dates
    that action only. Not when the quarter or month opens its clause or line, or is followed by
    ":" or ",": a label that dates the items after it too ("Đến tháng 12 năm 2026: cấp 5.000 giấy chứng nhận …; số hóa
    100% hồ sơ địa chính", "Trong quý IV năm 2026: tổ chức 10 lớp tập huấn; hỗ trợ 500 hộ")."""
    window = max(start, year.start() - 14)
    dated = P.DATED_ACTION_YEAR.search(text, window, year.start("year"))
    in_year = P.DATED_ACTION_IN_YEAR.search(text, window, year.start("year")) if dated is None else None
    if dated is None and in_year is None:
        return False
    if P.DATED_LABEL_AFTER.match(text, year.end()):
        return False
    dated = dated or in_year
    clause_start = max([start] + [text.rfind(c, start, dated.start()) + 1 for c in ";.:\n"])
    if in_year is not None and P.DIGIT.search(text, clause_start, dated.start()):
        return False  # (the year of a clause with a value of its own: "… đạt 80% trong năm 2026; … đạt 90%")
    return P.DATED_LABEL_OPENS.fullmatch(text, clause_start, dated.start()) is None


def _intro_line(text: str, line_start: int) -> tuple[int, int] | None:
    """The line that introduces the list a bullet line belongs to ("… đến năm 2025, cụ thể:")."""
    own = P.BULLET_MARK.match(text[line_start:line_start + 10])
    rank = P.BULLET_RANK.get(own.group(1), 0) if own else 9
    for prev_start, end, line in lines_above(text, line_start, 30):
        bullet = P.BULLET_MARK.match(line)
        if line.strip() and (not bullet or P.BULLET_RANK.get(bullet.group(1), 0) < rank):
            return prev_start, end  # a plain line, or a bullet of an outer level ("- Giai đoạn 2026-2028:" over "+ …")
    return None



@dataclass
class Context:
    text: str
    outline: object
    cited: Intervals
    own_year: int | None
    own_period: str | None
    first_year: int | None = None
    rules_document: bool = False  # the document sets rules (procedures, spending norms, fees), it plans nothing
    own_area: tuple[str, ...] = ()  # the names of the province and district the plan is for (lower case)
    subjects: Intervals = Intervals([])  # the subjects of documents cited by number: what those are about
    own_title: str = ""  # the document's title ("Kế hoạch … giải ngân kế hoạch vốn đầu tư công năm 2026")
    task_times: tuple[tuple[int, int, tuple[int, ...]], ...] = ()  # each task table row's task cell and its time cell's years

    def task_time(self, at: int) -> tuple[int, int, tuple[int, ...]] | None:
        """(start, end, years) of the task cell `at` is in, where its row's time cell states a year; else None (the
        cells are in order and apart: the last that starts at or before `at`)."""
        i = bisect.bisect_right(self.task_times, at, key=lambda t: t[0]) - 1
        return self.task_times[i] if i >= 0 and at < self.task_times[i][1] else None

    def year(self, line_start: int, line_end: int, at: int) -> tuple[int | None, str | None]:
        """The target year (or period) from the sentence, the line introducing its list, its task table row's
        time cell (`_row_time`), the headings above it, the title in capitals above, or the plan's own year — the
        nearest that states one."""
        text = self.text
        s_start = max([line_start] + [m.end() for m in SENTENCE_END.finditer(text, line_start, at)])
        nxt = SENTENCE_END.search(text, at, line_end)
        places = [(s_start, nxt.start() if nxt else line_end, at)]
        if P.BULLET_MARK.match(text[line_start:line_end]):
            intro = _intro_line(text, line_start)
            if intro:
                places.append((intro[0], intro[1], intro[1]))
        elif (intro := _list_intro(text, line_start)) is not None:  # "Các chỉ tiêu chủ yếu năm 2026:" over "1. …", "a) …"
            places.append((intro[0], intro[1], intro[1]))
        for start, end, before in places:
            found = self._year_or_period(start, end, before)
            if found != (None, None):
                return found
        if (row_time := self._row_time(at)) != (None, None):
            return row_time
        for section in reversed(self.outline.containing(at)):
            plan_half = _plan_half(section.label)
            m = next((y for y in P.LABEL_YEAR.finditer(section.label)
                      if not P.CARRIED_OVER.match(section.label, y.end())  # not a carried-over amount's year, nor a baseline's
                      and not P.BASELINE_BEFORE_YEAR.search(section.label, max(0, y.start() - 60), y.start())
                      and not _in_figure_aside(section, y.start())
                      and not _in_a_span(section, y, self.first_year)
                      and y.start() >= plan_half), None)
                      # (a numbered item is a section: "2. Số vụ … giảm ít nhất 10% so với năm 2025.")
            if m:
                return int(m.group(1)), None
            period = next((p for p in P.PERIOD_IN_LINE.finditer(section.label)
                           if not _baseline_span(section.label, p.start())
                           and p.start() >= plan_half), None)  # "II. KẾT QUẢ GIAI ĐOẠN 2021 - 2025 VÀ MỤC TIÊU" (s33c)
            if period:
                return None, f"{period.group('y1')}-{period.group('y2')}"
        caption = self._caption(at)
        if caption != (None, None):
            return caption
        return self.own_year, None if self.own_year else self.own_period

    def _row_time(self, at: int) -> tuple[int | None, str | None]:
        """s35e: a target named in a task table's task cell ("Xây mới, cải tạo, nâng cấp 32 trạm y tế" | … | "Năm 2026 - 2027")
        is due by its row's time cell, before the table's caption ("NHIỆM VỤ CỤ THỂ GIAI ĐOẠN 2026 - 2030") or a heading: its
        one year, or the span of its years as a period, as `_product_targets` dates a product cell; not a year before
        the plan's. The cells and their years are `task_times`, the task rows read once, which `_target` reads too
        (s35d)."""
        task = self.task_time(at)
        years = sorted(set(task[2])) if task is not None else []
        if not years or self.first_year and years[-1] < self.first_year:
            return None, None
        return (None, f"{years[0]}-{years[-1]}") if len(years) > 1 else (years[0], None)

    def title(self, at: int) -> str | None:
        """The nearest title in capitals above `at` (a table's caption, an appendix title)."""
        titles = list(P.CAPS_TITLE.finditer(self.text, max(0, at - 5000), at))
        return titles[-1].group() if titles else None

    def headings(self, at: int) -> list[str]:
        """The texts before `at` that may carry the noun a target's name leaves out, nearest first: its own sentence up to
        it, the line introducing its list, the headings it stands under, its table's caption, the document's own title."""
        line_start = _line_bounds(self.text, at)[0]
        intro = _intro_line(self.text, line_start) if P.BULLET_MARK.match(self.text[line_start:line_start + 10]) \
            else _list_intro(self.text, line_start)  # "Các chỉ tiêu về sản phẩm OCOP:" over "- Số sản phẩm 4 sao …"
        # the clause before it in its own sentence ("Thành lập mới 02 câu lạc bộ liên thế hệ, nâng tổng số câu lạc bộ lên 06")
        before = self.text[max([line_start] + [m.end() for m in SENTENCE_END.finditer(self.text, line_start, at)]):at]
        out = [before] if before.strip() else []
        out += [self.text[intro[0]:intro[1]]] if intro else []
        out += [s.title for s in reversed(self.outline.containing(at)) if s.title]
        caption = self.table_caption(at)
        return out + ([caption] if caption else []) + ([self.own_title] if self.own_title else [])

    def table_caption(self, at: int) -> str | None:
        """The own caption of the table `at` is in, whatever its case ("Biểu 02. Kế hoạch thu hồi đất năm 2026", as a
        Word-typed appendix sets it), without its unit's line or bracketed asides; None outside a table or when the
        caption is only those (then the title in capitals above is the table's)."""
        table = next((t for t in tables_of(self.text) if t.start <= at < t.end), None)
        if table is None:
            return None
        own = regex.sub(r"\([^()\n]*\)?", " ", table.caption)
        own = "\n".join(ln for ln in own.splitlines() if not TABLE_UNIT_LINE.match(ln.strip()))
        return own.strip() if regex.search(r"\p{L}{2}", own) else None

    def _caption(self, at: int) -> tuple[int | None, str | None]:
        """The year or period of the nearest title in capitals above (a table's caption, an appendix title)."""
        titles = list(P.CAPS_TITLE.finditer(self.text, max(0, at - 5000), at))
        if not titles:
            return None, None
        label = titles[-1].group()
        label = label[_plan_half(label):]  # "II. KẾT QUẢ NĂM 2025 VÀ CHỈ TIÊU": the report's year dates no target
        period = P.PERIOD_IN_LINE.search(label)
        if period:
            return None, f"{period.group('y1')}-{period.group('y2')}"
        m = P.LABEL_YEAR.search(label)
        return (int(m.group(1)), None) if m else (None, None)

    def _year_or_period(self, start: int, end: int, before: int) -> tuple[int | None, str | None]:
        year = _year_in(self.text, start, end, before, self.cited, self.first_year)
        if year is not None:
            return year, None
        periods = [m for m in P.PERIOD_IN_LINE.finditer(self.text, start, end) if not self.cited.touches(m.start(), m.end())
                   and not _baseline_span(self.text, m.start())
                   and not (m.start() >= before and P.YEAR_OPENS_VALUE.match(self.text, m.end()))
                   and not (m.start() >= before and P.PARTS_AFTER_VALUE.search(self.text, before, m.start()))]
        # (a later phase that opens a value of its own is that value's: "… đạt 8%/năm; giai đoạn 2026 - 2028 đạt 7,5%"; so is
        # one in the breakdown after the value: "…, trong đó giai đoạn 2026 - 2027 ưu tiên di dời 1.200 hộ", s34b)
        # w21b: of the phases before the value, the nearest ("giai đoạn 2026 - 2027 hoàn thành rà soát …; giai đoạn 2028 - 2030
        # xây dựng … 10 nhà tập luyện": the count is the second phase's, as a road map lays its phases out one after another)
        earlier = [m for m in periods if m.end() <= before]
        period = earlier[-1] if earlier else periods[0] if periods else None
        return (None, f"{period.group('y1')}-{period.group('y2')}") if period else (None, None)


def _in_figure_aside(section, at: int) -> bool:
    """Whether the place `at` of a heading's label is inside an aside with a figure of its own in the heading's whole title
    ("6. Hoàn thành tu bổ 12 mốc quốc giới bị xuống cấp (năm 2026 đã tu bổ 07 mốc); …": the aside's year is its own
    figure's, not the item's). The label is the marker, a space and the title, cut short. s31a."""
    at -= len(section.marker.rstrip(".")) + 1
    return any(a.start() <= at < a.end() for a in P.FIGURE_ASIDE.finditer(section.title))


def _plan_half(label: str) -> int:
    """Where the plan's half of a heading that joins a report to it begins ("II. KẾT QUẢ NĂM 2025 VÀ CHỈ TIÊU": at "VÀ
    CHỈ TIÊU"; "I. TÌNH HÌNH THỰC HIỆN NĂM 2025, NHIỆM VỤ NĂM 2026"), 0 for any other heading: the report's year dates
    the results, not the targets below (s32d). As _reporting_part reads such a heading (_plan_joint)."""
    joint = _plan_joint(label) if P.BASELINE_HEADING.match(label) else None
    return joint.start() if joint else 0


def _plan_joint(heading: str) -> regex.Match | None:
    """In a heading that reports (P.BASELINE_HEADING), its first joint (a comma, a semicolon, "và": P.HEADING_JOINT) where
    a plan part follows it ("TÌNH HÌNH THỰC HIỆN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026": "VÀ"); None where nothing of the plan
    follows (a later joint has less after it than the first)."""
    joint = P.HEADING_JOINT.search(heading)
    return joint if joint and P.COMMITTED_HEADING.search(heading, joint.end()) else None


def _baseline_span(text: str, at: int) -> bool:
    """Whether the span of years at `at` is what a value is compared with, not its period: "so với giai đoạn 2021 - 2025",
    or a mean over it, "so với bình quân giai đoạn 2021 - 2025", "so với trung bình giai đoạn …" (s31a)."""
    return bool(P.BASELINE.search(text[max(0, at - 20):at]) or P.BASELINE_BEFORE_YEAR.search(text, max(0, at - 60), at))


SENTENCE_END = regex.compile(r"(?<=[.!?;])(?<!" + P.PLACE_ABBREVIATION + r"\.)\s+(?=\p{Lu})")


SUB_GROUP_RULES = ("rule_part_of_previous", "rule_breakdown", "rule_part_goes_on")


def _target(ctx: Context, q: Quantity, indicator: str, start: int, end: int, comparator, direction, scope, rule,
            year: int | None = None, change: bool = False, part: bool = False, period: str | None = None) -> Target:
    """The row of one value; its year is read from around it unless given (a table column's, with the column's span of
    years in `period` where it totals one); `part`: a part of a whole named in `scope` (a table's sub-row), as the
    sub-group rules' rows are."""
    if year is None:
        line_start, line_end = _line_bounds(ctx.text, q.start)
        year, period = ctx.year(line_start, line_end, q.start)
        if (due := _own_due_year(ctx.text, q)) is not None and (
                year is None or due > year
                or _year_in(ctx.text, line_start, q.start, q.start, ctx.cited) is None
                and _year_in(ctx.text, q.end, line_end, q.end, ctx.cited) == year):  # the year read from a later step's date
            year, period = due, None  # a step due after the year its clause names (an earlier date dates something else:
            # "Năm 2026, sắp xếp 100% số cán bộ dôi dư do sắp xếp đơn vị hành chính trước ngày 01/7/2025")
        if (task := ctx.task_time(q.start)) is not None and not _before_plan_year(ctx, max(task[2])) \
                and _year_in(ctx.text, task[0], task[1], q.start, ctx.cited) is None \
                and P.PERIOD_IN_LINE.search(ctx.text, task[0], task[1]) is None:
            # s35d: a value inside a task table's task cell ("Bồi dưỡng kỹ năng số cho 4.200 giáo viên | … | Quý IV/2026") is
            # due by its row's time cell ("Quý IV/2026" -> 2026, "2026 - 2028" -> 2028 and the span), as the row's product
            # and quantity cells are (tables._product_targets), where the cell names no year of its own
            years = task[2]
            year, period = max(years), f"{min(years)}-{max(years)}" if min(years) < max(years) else None
    if rule == "rule_value_then_indicator" and q.unit and "/" not in q.unit and not q.unit.startswith(("%", "‰")) \
            and (per := P.PERIOD_AFTER_QUALIFIER.search(indicator or "")) is not None:
        per_unit = "/" + per.group("per").lower()  # "02 cuộc giám sát chuyên đề/năm": "cuộc/năm", named "Số cuộc giám sát chuyên đề"
        indicator = P.SPACES.sub(" ", indicator[:per.start()] + indicator[per.end():]).strip()
        q = replace(q, unit=q.unit + per_unit, unit_base=q.unit_base + per_unit if q.unit_base else None)
    if year is None and period:
        year = int(period[-4:])  # a span of years: the target is due by its last year
    if indicator and year:  # the target's own year belongs in `year`, not in its name
        named = regex.sub(rf"\s*(?:(?:đến|trong|vào|tới)\s+)?(?:hết\s+|cuối\s+)?(?:(?:(?:quý|quí)\s+[IV]{{1,3}}|tháng\s+\d{{1,2}})(?:\s*/\s*|\s+))?"
                          rf"năm\s+{year}(?!\d)\s*|\s*(?:đến|tới)\s+(?:hết\s+)?ngày\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*{year}(?!\d)\s*", " ",
                          indicator).strip(" ,")  # (with the quarter, month or day it is due by: "… đến hết quý I năm 2026")
        indicator = named if _content_words(named) >= 2 else indicator
    if scope and P.NUMBER_ONLY.fullmatch(scope):
        scope = None  # a value read from the wrong cell or clause: a number names no scope
    if land_type(indicator):  # the table's own caption says whether its rows are the land in use or land that changes
        title = ctx.table_caption(start) or ctx.title(start)
    else:
        title = ctx.title(start) if bare_measure(indicator) else None
    whole = _share_whole(ctx.text, q)
    whole_words = whole.group("whole") if whole else None
    canonical = match_indicator(indicator, q.unit, scope, title, whole=whole_words, change=change)
    if canonical is None and indicator:  # "Tỷ lệ giải ngân" in the plan on "giải ngân vốn đầu tư công": the heading's noun
        canonical = completed_by_heading(indicator, q.unit, ctx.headings(start), scope, title, whole_words, change)
    if canonical is None and indicator:  # (s28g1) "- Trạm bơm điện: 03 trạm" under "1. Xây mới:": new capacity by its heading's verb
        canonical = capacity_under_heading(indicator, q.unit, ctx.headings(start), scope, change)
    if canonical is None and indicator and not scope:  # (s31g) "Năng suất bình quân" under "I. TÁI CANH CÀ PHÊ": the crop's yield
        canonical = measure_under_heading(indicator, q.unit, ctx.headings(start))
    line_before = ctx.text[_line_bounds(ctx.text, q.start)[0]:q.start]  # the value's line before it, where its clause's verb is
    if canonical is None and rule in ("rule_value_then_indicator", "rule_unit_names_indicator") \
            and (indicator or "").startswith("Số "):
        # (s27g2) a count named "Số …" from the words after its value: the verb before it says what the plan does (the
        # activity kind it is), when no indicator, of the name or of the headings, fits (the topical ones were tried above)
        canonical = activity_match(indicator, q.unit, scope, change, before=line_before)
    if canonical is None and rule in ("rule_value_then_indicator", "rule_unit_names_indicator") and indicator \
            and not indicator.startswith("Số "):  # (s35g) "Nạo vét, cải tạo 115 km cống, rãnh, mương …": the clause's verb
        canonical = named_with_clause_verb(indicator, q.unit, line_before, scope, title, whole_words, change)
    if canonical is None and indicator and counted_in_houses(q.unit) and (caption := ctx.table_caption(start)) is not None:
        canonical = houses_under_caption(indicator, q.unit, caption)  # (s34g) "Số căn hỗ trợ" under "… HỖ TRỢ XÓA NHÀ TẠM …"
    if canonical is None and indicator and (last_verb := _from_last_verb(indicator)):
        canonical = match_indicator(last_verb, q.unit, scope, title, whole=whole_words, change=change)  # "Thay thế, sửa chữa
        # 18 cầu yếu" is matched as "sửa chữa … cầu yếu": each verb of the list names the value, the wordings one of them
    if canonical is not None and rule in ("rule_value_then_indicator", "rule_unit_names_indicator"):
        # (s35g) "công nhận mới ít nhất 08 làng nghề và 05 làng nghề truyền thống": the clause's verb makes the counted new
        canonical = made_new_in_clause(indicator, q.unit, canonical, line_before, scope, title, whole_words, change)
    if canonical is not None and not scope and getattr(canonical, "part", None):
        scope = canonical.part  # (s27g1) the indicator broken down by the population or place its name says after it
    if canonical is not None and scope and (rule in SUB_GROUP_RULES or part) \
            and canonical == match_indicator(indicator, q.unit, None, title, whole=whole_words, change=change) \
            and not names_its_part(indicator, q.unit, scope, canonical):
        # a part of a whole: never the whole's indicator, unless the part is a breakdown the indicator's own wordings name
        canonical = _part_named_alone(scope, q.unit, canonical)
    return Target(
        start=start, end=end, text=ctx.text[start:end], indicator=indicator or None,
        indicator_canonical=canonical.name if canonical else None, indicator_id=canonical.id if canonical else None,
        value=q.value, value_max=q.value_max, unit=q.unit, unit_raw=q.unit_raw, value_base=q.value_base,
        unit_base=q.unit_base, comparator=comparator or "eq", direction=direction, numerator=q.numerator,
        denominator=q.denominator, year=year, period=period, scope=scope, rule=rule,
    )


def _own_due_year(text: str, q: Quantity) -> int | None:
    """The year of the date a value is due by, written in its own step before any other value or the clause's end
    ("… tối thiểu 65% đến ngày 30/9/2027 và giải ngân 100% kế hoạch vốn trước ngày 31/01/2028"): the year the target
    must be reached (contract: `year`), whatever year the clause or its heading names."""
    stop = _line_bounds(text, q.end)[1]
    if (brk := P.STEP_END.search(text, q.end, stop)) is not None:
        stop = brk.start()
    due = P.DUE_DATE_ONLY.search(text, q.end, stop)
    if due is None or P.DIGIT.search(text, q.end, due.start()):
        return None
    return int(regex.findall(r"20\d\d", due.group())[-1])


def _part_named_alone(scope: str, unit: str | None, whole: Indicator) -> Indicator | None:
    """A part of a whole ("…, trong đó có bằng cấp, chứng chỉ đạt 30%") never takes the whole's indicator; an amount or
    a count whose part is an indicator of its own, of the same system ("Tổng thu ngân sách … trong đó thu nội địa 14.300
    tỷ đồng", "Tổng vốn đầu tư toàn xã hội …, trong đó vốn ngân sách nhà nước …"), takes the part's. A share's part is
    a sub-group with its own base ("Tốc độ tăng GRDP 8%, trong đó dịch vụ 9%": not the services' share): none."""
    if (unit or "").startswith(("%", "‰")):
        return None
    found = match_indicator(scope, unit)
    if found is not None and SECTOR_REVENUE.match(whole.name) and TAX_LINE.match(found.name):
        return None  # a sector's revenue by tax ("Thu từ khu vực DNNN …: Thuế giá trị gia tăng"): not the tax's total
    return found if found is not None and found.id != whole.id and found.group == whole.group else None


# The budget's revenue form (TT 343/2016/TT-BTC, NĐ 31/2017/NĐ-CP) breaks each sector's revenue ("Thu từ khu vực doanh
# nghiệp nhà nước …", "… có vốn đầu tư nước ngoài", "… ngoài quốc doanh") down by tax; a tax line ("Thuế giá trị gia
# tăng") is the tax collected from all sectors, so the sector's part of it is neither the tax's total nor the sector's.
SECTOR_REVENUE = regex.compile(r"(?i)^thu từ khu vực ")
TAX_LINE = regex.compile(r"(?i)^thuế ")


def _expression_term(text: str, q: Quantity) -> bool:
    """A number that is a term of a sum or a product ("500kV: 0,54+3,9 km", "2x250 MVA", "4x5,5 km"): a project's
    specification written as arithmetic, not a quantity of its own."""
    return bool(P.EXPRESSION_BEFORE.search(text, max(0, q.start - 12), q.start) or P.EXPRESSION_AFTER.match(text, q.start))


def _drop_baselines(text: str, qs: list[Quantity]) -> list[Quantity]:
    """"giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ": the first value is where
    the indicator stands now; the second is the target, read from where the first stood."""
    out: list[Quantity] = []
    skip = False
    for i, q in enumerate(qs):
        if skip:
            skip = False
            continue
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if nxt is not None and q.unit and nxt.unit == q.unit and P.FROM_BEFORE.search(text[max(0, q.start - 10):q.start]) \
                and (to := P.FROM_TO.fullmatch(text[q.end:nxt.start])):
            bound = to.group("bound") and P.COMPARATOR_BEFORE[P.SPACES.sub(" ", to.group("bound").lower())]
            out.append(replace(nxt, start=q.start - len("từ "), comparator_after=bound or nxt.comparator_after))
            skip = True
            continue
        out.append(q)
    return out


def _merge_shares(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A share with its fraction is one value: "83,3% (40/48 trường)", "36/40 đạt tỷ lệ: 90%"."""
    out: list[Quantity] = []
    skip = set()
    for i, q in enumerate(qs):
        if i in skip:
            continue
        nxt = qs[i + 1] if i + 1 < len(qs) else None
        join = nxt is not None and P.SHARE_JOIN.fullmatch(text[q.end:nxt.start])
        if join and q.unit == "%" and nxt.denominator and nxt.value_max is None:
            q = replace(q, numerator=nxt.numerator, denominator=nxt.denominator,
                        end=nxt.end + (1 if text[nxt.end:nxt.end + 1] == ")" else 0))
            skip.add(i + 1)
        elif join and q.denominator is None and q.unit not in (None, "%") and nxt.unit == "%" and nxt.denominator is None \
                and not q.unit.startswith("%"):
            q = replace(q, end=nxt.end + (1 if text[nxt.end:nxt.end + 1] == ")" else 0))  # "05 xã (chiếm 20%)"
            skip.add(i + 1)
        elif join and q.denominator and nxt.unit == "%":
            q = replace(q, end=nxt.end)
            if q.unit is None:
                noun = P.COUNT_NOUN.search(text[_line_bounds(text, q.start)[0]:q.start])
                if noun:
                    q = replace(q, unit=P.UNITS[noun.group("unit").lower()][0], unit_raw=None)
                else:
                    q = replace(nxt, numerator=q.numerator, denominator=q.denominator, start=q.start)
            skip.add(i + 1)
        out.append(q)
    return out


def _breakdown(text: str, parent: Quantity, candidates: Callable[[], list[Quantity]]) -> list[tuple[Quantity, str, int]]:
    """"1.532 đồng chí (Dân quân cơ động: 351, Tự vệ: 188)", "58 trạm, trong đó VNPT: 25 trạm, Viettel:
    33 trạm": values of the parent's parts (among `candidates()`, listed only when a breakdown follows),
    each with its label and where the label starts. Labels without a colon count where the breakdown
    lists two parts or more, each a name right before its value ("21.000 tỷ đồng, trong đó thu nội
    địa 14.300 tỷ đồng, thu từ hoạt động xuất nhập khẩu 6.700 tỷ đồng", "3,5 km, trong đó đường trục
    thôn 2,1 km, đường ngõ xóm 1,4 km"), and so does one part that repeats the parent's unit (`_one_part`)."""
    m = P.BREAKDOWN.match(text, parent.end)
    if not m:
        return []
    lo, hi = m.start("parts"), m.end("parts")
    parts, named = [], []
    longer = None
    previous = lo
    written: list[int] = []  # where the parts whose own unit is the parent's start
    for b in candidates():
        if lo <= b.start < hi and (b.unit is None or b.unit == parent.unit or parent.unit.startswith(b.unit + " ")):
            head = _head_of_unit(text, b, parent.unit or "")  # (s36a: "620 phòng học, trong đó các xã miền núi 210 phòng")
            if b.unit == parent.unit or head:
                written.append(b.start)
            if head:  # the head word is the part's unit, no word of its name; its unit as written, as a part's own unit is
                # kept ("… 600.000 căn hộ …, trong đó năm 2026 … 100.000 căn")
                b = replace(b, end=b.end + head)
                raw = text[b.end - head:b.end].strip()
                same = " ".join(raw.lower().split()) == parent.unit.lower()  # (the whole unit again: _head_of_unit)
                part = replace(b, unit=parent.unit if same else parent.unit.split(" ", 1)[0], unit_raw=raw,
                               unit_base=parent.unit_base if same else None,
                               value_base=b.value * (parent.value_base / parent.value) if same and parent.value_base and parent.value else None)
            else:
                part = replace(b, unit=parent.unit, unit_raw=None, unit_base=parent.unit_base,
                               value_base=b.value * (parent.value_base / parent.value) if parent.value_base and parent.value else None)
            label = regex.search(r"([^,;:()]{2,60}):\s*$", text[lo:b.start])
            if label:
                raw = label.group(1)
                parts.append((part, raw.strip(), lo + label.start(1) + len(raw) - len(raw.lstrip())))
            else:
                name = P.PART_NAME.search(text[previous:b.start])
                ok = name and len(name.group("name").split()) <= P.PART_NAME_WORDS
                named.append((part, name.group("name"), previous + name.start("name")) if ok else None)
                # s31d: a lone part may name itself at more length, without the comparator between its name and its value
                # ("trong đó thu từ các cơ sở sản xuất thủy điện khoảng 392 tỷ đồng": "khoảng" names nothing)
                label = PART_COMPARATOR_TAIL.sub("", name.group("name")) if name and not ok else ""
                if label and len(label.split()) <= P.PART_NAME_WORDS + 4:
                    longer = (part, label, previous + name.start("name"))
            previous = b.end
    if not parts and not named:
        return _kinds_of_count(text, parent, [b for b in candidates() if lo <= b.start < hi and b.unit], lo, hi) \
            or _kinds_listed(text, parent, candidates, lo)
    if not parts and len(named) >= 2 and all(named):
        return named
    if not parts and len(named) >= 2 and not named[0] and (after := _names_after(text, [b for b in candidates() if b.start in written], hi)):
        return after
    if not parts and len(named) == 1 and not named[0] and longer:
        named = [longer]  # s31d: one part, its name up to twelve words ("thu từ các cơ sở sản xuất thủy điện")
    if not parts and len(named) == 1 and named[0] and _one_part(parent, named[0], written):
        part, name, start = named[0]
        name = P.PART_TAIL_LINK.sub("", name)  # "trong đó Đà Nẵng có 20 trạm"
        rest = P.PART_REST.match(text, part.end, hi)  # "trong đó đưa 7.000 lao động đi làm việc ở nước ngoài"
        if rest:  # the name goes on after the value: its words before and after ("có 5 km được bê tông hóa": the words after)
            head = P.PART_HEAD_LINK.sub("", name)
            named = PART_COMPARATOR.sub("", head)  # "có ít nhất 12 huy chương vàng": a comparator names nothing
            name = f"{named} {part.unit_raw or part.unit} {rest.group('rest')}".strip() if head else rest.group("rest")
        return [(part, name, start)]
    return parts


# Between two kinds of a count listed after "trong đó": the first's name, if any, then a comma, ";" or "và".
KIND_GAP = regex.compile(r"[^\S\n]*(?:\p{L}[^\d,;:()\n]{0,60}?)?[^\S\n]*(?:[,;]|(?<![\p{L}\p{M}])và(?![\p{L}\p{M}]))[^\S\n]*")


def _kinds_of_count(text: str, parent: Quantity, listed: list[Quantity], lo: int, hi: int) -> list[tuple[Quantity, str, int]]:
    """A count broken down into kinds each counted by a noun of its own ("Thu hút 150 người …, trong đó: 25 tiến sĩ, 75
    thạc sĩ, 50 bác sĩ chuyên khoa"; "35 đơn vị hành chính, trong đó 28 xã, 7 phường"): two kinds or more, listed from the
    breakdown's start one after another, counts (no amount, share or range) that add up to the whole (what else a list
    after "trong đó" counts, "600 người, trong đó: 10 lớp, 300 học viên", adds up to something else). Each
    keeps the whole's indicator, its own unit, and names itself by its noun and the words after it (spec: a breakdown)."""
    def count(q: Quantity) -> bool:
        return q.unit not in P.MEASURES and not q.unit.startswith(("%", "‰")) and "/" not in q.unit and q.value_max is None
    if len(listed) < 2 or not parent.unit or not count(parent) or not all(count(b) and b.denominator is None for b in listed) \
            or abs(sum(b.value for b in listed) - parent.value) > 1e-9 * parent.value or text[lo:listed[0].start].strip(" \t:"):
        return []
    out = []
    for i, b in enumerate(listed):
        end = listed[i + 1].start if i + 1 < len(listed) else hi
        if i + 1 < len(listed) and not KIND_GAP.fullmatch(text, b.end, end):
            return []
        name = text[b.end:end].strip(" \t,;")
        name = regex.sub(r"(?:[,;]|(?<![\p{L}\p{M}])và)$", "", name).strip() if i + 1 < len(listed) else name
        if len(name.split()) > P.PART_NAME_WORDS + 4:
            return []
        out.append((b, f"{b.unit_raw or b.unit} {name}".strip(), b.start))
    return out


LIST_OPENED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:trong\s+đó|bao\s+gồm|gồm))[^\S\n]*:[^\S\n]*$")
LIST_END = regex.compile(r"\.(?!\d)|\n")
ITEM_GAP = regex.compile(r"[^\S\n]*;[^\S\n]*")
LINE_SPACES = regex.compile(r"[^\S\n]*")


def _kinds_listed(text: str, parent: Quantity, candidates: Callable[[], list[Quantity]], lo: int) -> list[tuple[Quantity, str, int]]:
    """A count broken down, after "trong đó:" or "gồm:", into items each named before its own count in a noun of its own and
    separated by semicolons, so that a name may hold commas ("tối thiểu 11 cơ quan, đơn vị, trong đó: khối sở, ban, ngành 03
    cơ quan; Ủy ban nhân dân các xã, phường 06 đơn vị; doanh nghiệp nhà nước 01 doanh nghiệp", s29i): two items or more, to
    the sentence's end, counts that add up to the whole. Each keeps the whole's indicator and names itself in scope."""
    def count(q: Quantity) -> bool:
        return bool(q.unit) and q.unit not in P.MEASURES and not q.unit.startswith(("%", "‰")) and "/" not in q.unit \
            and q.value_max is None and q.denominator is None
    if not LIST_OPENED.search(text, max(0, lo - 20), lo) or not count(parent):
        return []
    end = LIST_END.search(text, lo)
    hi = end.start() if end else len(text)
    listed = [b for b in candidates() if lo <= b.start < hi]
    if len(listed) < 2 or not all(count(b) for b in listed) or abs(sum(b.value for b in listed) - parent.value) > 1e-9 * parent.value:
        return []
    out, previous = [], lo
    for i, b in enumerate(listed):
        gap = (ITEM_GAP if i else LINE_SPACES).match(text, previous, b.start)
        if gap is None:
            return []
        name = text[gap.end():b.start].strip()
        if not name or P.DIGIT.search(name) or len(name.split()) > MAX_LIST_PART_WORDS:
            return []
        out.append((b, name, gap.end()))
        previous = b.end
    return out if not text[previous:hi].strip(" \t;,") else []


def _names_after(text: str, written: list[Quantity], hi: int) -> list[tuple[Quantity, str, int]]:
    """Parts that each repeat the parent's unit and name themselves after it, two or more ("90 dự án, trong đó 40 dự án
    FDI và 50 dự án đầu tư trong nước"): each name runs from its unit to the comma or "và" before the next part."""
    if len(written) < 2:
        return []
    out = []
    for i, b in enumerate(written):
        end = written[i + 1].start if i + 1 < len(written) else hi
        name = P.PART_NAME_AFTER.match(text, b.end, end)
        if not name or len(name.group("name").split()) > P.PART_NAME_WORDS:
            return []
        noun = "" if b.unit in P.MEASURES else f"{b.unit_raw or b.unit} "  # a count noun with it, as "điểm ao nuôi"
        out.append((b, f"{noun}{name.group('name')}", b.start))
    return out


def _head_of_unit(text: str, b: Quantity, unit: str) -> int:
    """Whether a part's count, no unit read, is written with the head of the whole's compound unit ("620 phòng học, trong đó
    các xã miền núi 210 phòng": "phòng" alone is no unit): the length of that word with its space, else 0."""
    head = unit.split(" ", 1)[0]
    if " " not in unit or b.unit is not None:
        return 0  # (a classifier read as the unit, "1.200 lượt học sinh", is a part of its own: _classifier_of)
    spaced = r"[^\S\n]+".join(regex.escape(w) for w in unit.split())
    whole = regex.match(rf"[^\S\n]+(?i:{spaced})(?![\p{{L}}\p{{M}}])", text[b.end:b.end + 40])
    if whole:  # w21b: the whole unit written again ("260 vận động viên, trong đó … đội tuyển tỉnh 95 vận động viên"), not its
        return len(whole.group())  # first syllable ("vận"): a count noun of several syllables is one word
    word = regex.match(rf"[^\S\n]+(?i:{regex.escape(head)})(?![\p{{L}}\p{{M}}])", text[b.end:b.end + 24])
    return len(word.group()) if word else 0


def _one_part(parent: Quantity, named: tuple[Quantity, str, int], written: list[int]) -> bool:
    """A breakdown of one part, named without a colon ("48.500 triệu đồng, trong đó thu từ khu vực ngoài quốc doanh 20.000
    triệu đồng"): an amount or a count (a share's part has a base of its own), its unit written again, less than the
    whole."""
    part = named[0]
    return (not (parent.unit or "").startswith(("%", "‰")) and part.start in written and part.value < parent.value
            and part.value_max is None and part.denominator is None)


def _rules_document(text: str) -> bool:
    """A document whose title says it sets rules, not plans ("Quyết định công bố danh mục thủ tục hành
    chính …", "Nghị quyết quy định nội dung chi, mức chi …", "… mức tiền phạt …", "… bổ sung có mục tiêu từ
    ngân sách trung ương …", "Quyết định ban hành Quy định …"), or whose type does (a law, decree, circular, letter, announcement)."""
    from pipeline.metadata import document_fields

    title = document_fields(text).get("title") or ""
    rules = P.RULES_TITLE.search(title) or P.RULES_ISSUED_TITLE.match(title)
    return bool(rules) and not P.PLAN_TITLE.search(title) and not P.DIRECTIVE_TITLE.search(title) or plans_nothing(text)


def _own_year(text: str) -> tuple[int | None, str | None, int | None]:
    """The plan's own year (a one-year plan), its period, and the first year it covers."""
    from pipeline.metadata import document_fields

    fields = document_fields(text)
    start, end = fields.get("period_start"), fields.get("period_end")
    issued = fields.get("issue_date")
    first = min(int(y[:4]) for y in (start, issued) if y) if (start or issued) else None
    if start and (not end or end == start):
        return int(start[:4]), None, first
    if not start and not end:
        timed = _timeline_year(text)
        if timed:
            return timed, None, first
    return None, (f"{start}-{end}" if start and end else None), first


def _own_title(text: str) -> str:
    """The document's title, as the documents row reads it ("" when none)."""
    from pipeline.metadata import document_fields

    return document_fields(text).get("title") or ""


def _own_area(text: str) -> tuple[str, ...]:
    """The names of the province and district the plan is for ("Bắc Ninh"), as its issuer states them."""
    from pipeline.metadata import document_fields

    fields = document_fields(text)
    return tuple(n.lower() for n in (fields.get("province"), fields.get("district")) if n)


def _timeline_year(text: str) -> int | None:
    """A plan whose title names no period: the one year its "Thời gian thực hiện / thi đua" part
    states ("từ ngày 20 tháng 11 năm 2025 đến ngày 10 tháng 12 năm 2025" → 2025)."""
    m = P.TIMELINE.search(text)
    if not m:
        return None
    years = {int(y) for y in P.TIMELINE_YEAR.findall(text, m.start(), m.start() + 600)}
    return years.pop() if len(years) == 1 else None


TASK_WORDS = regex.compile(r"\p{L}{2,}[^\S\n]+\p{L}{2,}")  # a task is said in words ("Bồi dưỡng …"), two at least


def _task_times(text: str) -> tuple[tuple[int, int, tuple[int, ...]], ...]:
    """(start, end, years) of each task table row's task cell whose time cell states a year ("Quý IV/2026", "2026 - 2028",
    "Trước ngày 31/5/2027"), the years in order; rows whose time states none ("Thường xuyên", "Hằng năm") are left out; and
    each prose cell of a roadmap a year a row, with its row's year (`tables.milestone_rows`)."""
    out = []
    for row in task_rows(text):
        task, time = row.get("task"), row.get("time")
        if task is not None and time is not None and TASK_WORDS.search(task.text) \
                and (years := tuple(int(y) for y in YEAR_IN_CELL.findall(time.text))):
            out.append((task.start, task.end, years))  # (not a cell of values the table model took for the tasks: "≤ 5%")
    out += milestone_rows(text)  # w21a: a roadmap's prose cell a year a row ("2027 | … thành lập mới 30 Tổ tự quản …")
    return tuple(sorted(out))  # in order of the text, for `Context.task_time`


def _before_plan_year(ctx: Context, year: int) -> bool:
    """A row's year lies before the plan's own (its first year, or the one year it is for): a task done before it."""
    return bool(ctx.first_year and year < ctx.first_year or ctx.own_year and year < ctx.own_year)


def _prose_pledges_nothing(ctx: Context) -> bool:
    """A document that sets rules (`_rules_document`) with no pledge anywhere in its text and no heading that names an
    objective: `_not_a_target` turns down every figure of its prose (and its "không còn" zeros), so none is looked for
    (the figures of its tables are read as ever). Most of a corpus of laws, decrees and decisions: its prose figures were
    found and read one by one only to be turned down."""
    return ctx.rules_document and P.PLEDGE_ANYWHERE.search(ctx.text) is None and not any(
        P.TARGET_HEADING.search(s.label) for s in ctx.outline.sections if s.kind != "bullet")


def extract_targets(text: str) -> list[Target]:
    """All numeric targets in `text`, in order."""
    from pipeline.sections import build_outline

    original = text
    text = _unwrapped_ranges(text)  # same length: offsets hold

    excluded, in_tables = _excluded_spans(text)
    own_year, own_period, first_year = _own_year(text)
    ctx = Context(text, build_outline(text), Intervals(reference_spans(text)), own_year, own_period, first_year,
                  _rules_document(text), _own_area(text), Intervals(cited_subject_spans(text)), _own_title(text),
                  _task_times(text))
    table_rows, row_spans = table_targets(text, ctx, in_tables)
    excluded = Intervals(list(excluded) + row_spans)  # a table row is read as a table, not as prose
    silent = _prose_pledges_nothing(ctx)
    found = [] if silent else sorted(find_quantities(text, excluded) + word_quantities(text, excluded), key=lambda q: q.start)
    found = [q for q in found if not _expression_term(text, q)]
    bare = [q for q in found if q.unit is None and q.denominator is None]
    qs = _merge_shares(text, _drop_baselines(text, [q for q in found if q.unit is not None or q.denominator is not None]))
    targets: list[Target] = []
    parts_done: list[tuple[int, int]] = []
    criteria: set[Quantity] = set()
    for i, q in enumerate(qs):
        if q in criteria:
            continue  # what each unit of the share before it must have (_per_unit_criterion)
        if any(lo <= q.start < hi for lo, hi in parts_done):
            continue  # a part of a breakdown ("58 trạm (Trong đó: VNPT: 25 trạm, …)"), read with its parent
        if q.unit is None:
            noun = P.COUNT_NOUN.search(text[_line_bounds(text, q.start)[0]:q.start])
            if not noun:
                continue
            q = replace(q, unit=P.UNITS[noun.group("unit").lower()][0])
        def parts(q: Quantity = q) -> list[Quantity]:  # built only where a breakdown is written (per value: quadratic)
            # (all values with a unit: _breakdown keeps the parent's unit, or kinds of the counted, _kinds_of_count)
            return [p for p in qs if p.denominator is None and p.unit and q.unit] + bare

        nxt = qs[i + 1] if i + 1 < len(qs) else None
        if nxt is not None and _per_unit_criterion(text, q, nxt):
            criteria.add(nxt)  # "100% xã có ít nhất 01 mô hình …": what each unit must have, part of the share's name
            nxt = qs[i + 2] if i + 2 < len(qs) else None
        rows = _targets_of(ctx, q, qs[i - 1] if i else None, nxt, parts, targets)
        parts_done += [(r.start, r.end) for r in rows if r.rule == "rule_breakdown"]
        targets += rows
    for m in () if silent else P.ZERO.finditer(text):
        if not excluded.touches(m.start(), m.end()):
            q = Quantity(m.start("unit"), m.end(), 0.0, unit=P.UNITS[m.group("unit").lower()][0], unit_raw=m.group("unit"))
            line_start, line_end = _line_bounds(text, m.start())
            sentence_start = max([line_start] + [s.end() for s in SENTENCE_END.finditer(text, line_start, m.start())])
            if P.CONDITION.match(text, sentence_start) or _not_a_target(ctx, q, line_end, sentence_start, sentence_start):
                continue  # "Trường hợp không còn bản chính …": a condition a rule names, not a state to reach
            right = _right_context(text, q, _line_bounds(text, q.start)[1])
            indicator = f"Số {q.unit} {right}".strip()
            targets.append(_target(ctx, q, indicator, m.start(), _span_end(text, q.end, right), "eq", "decrease", None, "rule_none_left"))
    targets = _shared_predicates(text, targets)
    targets = _shares_of_the_count_before(text, targets)
    targets = _values_by_place(text, targets)
    targets = _qualifier_said_last(text, targets)
    targets += table_rows
    closing = skip_spans(text)  # recipients and signatures (pipeline.closing)
    return sorted((replace(t, text=original[t.start:t.end], indicator_group=group_of(t.indicator_id))
                   for t in targets if not closing.touches(t.start, t.end)), key=lambda t: t.start)


# Two shares joined by "và" or a comma, the predicate written once after the second ("95% chất thải rắn sinh hoạt đô
# thị và 85% … ở khu vực nông thôn được thu gom, xử lý", "80% số trạm y tế cấp xã và 100% cơ sở cai nghiện … đủ điều
# kiện …"): what the second says of its subject is said of the first too.
JOINED_SHARES = regex.compile(r"\s*(?:,|và)\s*(?:(?:trên|dưới|hơn|khoảng|ít nhất|tối thiểu)\s+)?", regex.IGNORECASE)
PREDICATE_START = regex.compile(r"(?<=\S\s+)\b(?:được|đủ|đạt|bảo đảm|đảm bảo|có|không|tham gia|sử dụng)\b")


def _shared_predicates(text: str, targets: list[Target]) -> list[Target]:
    """A share whose predicate is written once after the next share (see JOINED_SHARES) is named with that predicate, and
    its canonical indicator read with it: "Phấn đấu 100% hồ sơ công việc tại cấp tỉnh và 90% hồ sơ công việc tại cấp xã được
    xử lý trên môi trường mạng" names the first "hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng" (s35a: as
    the gold of such shares reads, field 035's "95% chất thải rắn sinh hoạt đô thị và 85% … được thu gom, xử lý"
    too). The name takes the predicate only when the first says nothing of its own subject (no predicate word of its
    own); the canonical indicator is read with it either way, where the first has none yet."""
    out = list(targets)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not a.indicator or not b.indicator or a.unit != b.unit \
                or not (a.unit or "").startswith("%") or not JOINED_SHARES.fullmatch(text, _name_end(text, a, b.start), b.start):
            continue
        starts = list(PREDICATE_START.finditer(b.indicator))
        if not starts:
            continue
        subject = a.indicator
        if not PREDICATE_START.search(f" {subject}"):
            # the passive "được" the shares' predicate most often opens with, after any verb of the second's own subject
            # ("100% sản phẩm OCOP … và 100% sản phẩm có chỉ dẫn địa lý được gắn tem …": "có chỉ dẫn địa lý" is its own)
            shared = next((p for p in starts if p.group().lower() == "được"), starts[0])
            a = out[i] = replace(a, indicator=f"{subject} {b.indicator[shared.start():]}")
        if a.indicator_id is not None:
            continue
        # the predicate may start at any of its verbs: "cây có chứa chất ma túy được phát hiện" says "có" of the second's
        # own subject before the predicate the two share ("được phát hiện"); the first reading that names an indicator
        for predicate in starts:
            found = match_indicator(f"{subject} {b.indicator[predicate.start():]}", a.unit, a.scope)
            if found is not None:
                out[i] = replace(a, indicator_canonical=found.name, indicator_id=found.id)
                break
    return out


# One indicator's values for two places, each value followed by its place ("đạt trên 90% ở các phường và 70% ở các xã",
# "95% đối với khu vực đô thị, 80% đối với khu vực nông thôn"): the second value has no name of its own (a number right
# after "và" or the comma); the place after each value is its scope.
PLACE_WORD = r"(?:ở|tại|đối\s+với)"
VALUES_BY_PLACE = regex.compile(
    rf"[^\S\n]*(?P<p1>{PLACE_WORD}[^\S\n]+[^\d,;.:()\n]{{1,50}}?)[^\S\n]*(?:,|và)[^\S\n]*"
    rf"(?:(?:trên|dưới|hơn|khoảng|ít\s+nhất|tối\s+thiểu|đạt)[^\S\n]+)?(?P<v>\d[\d.,]*)[^\S\n]*%?[^\S\n]*"
    rf"(?P<p2>{PLACE_WORD}[^\S\n]+[^\d,;.:()\n]{{1,50}}?)(?=[^\S\n]*(?:[,;.)]|$))", regex.IGNORECASE | regex.MULTILINE)
PLACE_OPENING = regex.compile(rf"^{PLACE_WORD}\s+", regex.IGNORECASE)
# … or share by share of the whole each is of, "số" before each ("Tỷ lệ cơ quan được kiểm tra đạt ít nhất 50% số sở, ban,
# ngành tỉnh và 20% số xã, phường"): the second share names only its whole, the commas of a whole's name inside (s29h).
VALUES_BY_BASE = matched_in_place(
    r"[^\S\n]*số[^\S\n]+(?P<p1>[^\d;.:()\n]{1,50}?)[^\S\n]*(?:,|và)[^\S\n]*"
    r"(?:(?:trên|dưới|hơn|khoảng|ít\s+nhất|tối\s+thiểu|đạt)[^\S\n]+)?(?P<v>\d[\d.,]*)[^\S\n]*%[^\S\n]*"
    r"số[^\S\n]+(?P<p2>[^\d;.:()\n]{1,60}?)(?=[^\S\n]*(?:[;.)]|$))", regex.IGNORECASE | regex.MULTILINE)


def _values_by_place(text: str, targets: list[Target]) -> list[Target]:
    """The second of one indicator's values stated place by place (VALUES_BY_PLACE) takes the first's indicator; each
    names its place in `scope`."""
    out = list(targets)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not a.indicator or a.unit != b.unit or a.end > b.start + len(b.text or ""):
            continue
        m = VALUES_BY_PLACE.match(text, a.end)
        if m is None and a.unit == "%":
            m = VALUES_BY_BASE.match(text, a.end)
        if m is None or not (b.start <= m.start("v") < b.end):
            continue
        out[i] = replace(a, scope=a.scope or PLACE_OPENING.sub("", m.group("p1")))
        out[i + 1] = replace(b, indicator=a.indicator, indicator_canonical=a.indicator_canonical, indicator_id=a.indicator_id,
                             scope=PLACE_OPENING.sub("", m.group("p2")))
    return out


# A frequency said after the verb it is of ("Các thông số: Độ mặn, pH, … quan trắc với tần suất 2 lần/tháng", "… được lấy mẫu
# với tần suất 02 lần/năm"): the verb names the indicator, "Tần suất quan trắc", with what it is done to before it, after the
# line's label.
FREQUENCY_OF = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:được[^\S\n]+)?(?P<verb>[\p{L}\p{M}]+[^\S\n]+[\p{L}\p{M}]+)[^\S\n]+với[^\S\n]+tần[^\S\n]+suất"
                             r"(?:[^\S\n]+(?:là|khoảng|tối[^\S\n]+thiểu|ít[^\S\n]+nhất))?[^\S\n]*:?[^\S\n]*$)")


# … or written bare after the action it is of, a comma between ("Quan trắc chất lượng nước mặt … tại 48 điểm, tần suất 12
# đợt/năm"): the action, up to where it is done ("tại", "ở") or the comma.
FREQUENCY_AFTER_ACTION = regex.compile(r"^[\s\-+•*]*(?:[a-zđ0-9]{1,2}[.)][^\S\n]*)?(?P<action>[^\d,;:()\n]{3,120}?)"
                                       r"(?:[^\S\n]+(?:tại|ở)(?![\p{L}\p{M}])[^,;:\n]*)?,[^\S\n]*(?i:tần[^\S\n]+suất)[^\S\n]*:?[^\S\n]*$",
                                       regex.MULTILINE)


# A name that ends in a bare "tần suất" (the frequency's action is written before it, FREQUENCY_AFTER_ACTION).
FREQUENCY_LAST = regex.compile(r"(?i:(?:^|,)\s*tần\s+suất)$")


def _inside_name(words: str) -> str:
    """Words that open a sentence, as they read inside a name after other words: the first letter in lower case, unless
    the first word is an abbreviation or a proper name in capitals ("Quan trắc nước" -> "quan trắc nước"; "UBND …" stays)."""
    return words[:1].lower() + words[1:] if words[1:2].islower() else words


# The months a frequency holds in, before "tần suất" ("Tháng 3, 4 và tháng 9 - tháng 11 tần suất quan trắc 02 đợt/tháng; tháng 5
# đến tháng 8 tần suất quan trắc 04 đợt/tháng"): its scope, no part of its name.
MONTHS_OF_FREQUENCY = regex.compile(r"(?i:(?P<months>tháng\s*\d{1,2}(?:\s*(?:,|-|–|và|đến)\s*(?:tháng\s*)?\d{1,2})*)\s+(?=tần\s+suất))")


# The next place's count joined by "và" ("Hà Nội có 200 công trình xanh và Thành phố Hồ Chí Minh có 500 công trình xanh"): the
# place, a name, opens the next count's clause, as "và" right before a value does (P.JOINED_VALUE).
PLACE_JOINED_VALUE = regex.compile(r"[^\S\n]+(?i:và)[^\S\n]+\p{Lu}[^\d,;.:()\n]{0,60}?[^\S\n]+(?i:có)"
                                   r"(?:[^\S\n]+(?i:ít\s+nhất|tối\s+thiểu|trên|khoảng))?[^\S\n]*$")


# Places' counts of one thing listed place by place, what is counted qualified once, after the last count ("Hà Nội có tối
# thiểu 200 công trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình xây dựng xanh"; "huyện A có 30 hợp tác xã, huyện
# B có 20 hợp tác xã nông nghiệp ứng dụng công nghệ cao"): between two counts only a comma or "và" and the next place and
# its verb, in one clause (the next count's span opens at its place).
PLACE_COUNTS_JOIN = r"[^\S\n]*(?:,|và)[^\S\n]*(?:(?i:và)[^\S\n]+)?{place}[^\d,;.:()\n]{{0,40}}?\d"


def _qualifier_said_last(text: str, targets: list[Target]) -> list[Target]:
    """An earlier count of a place-by-place list named only by its noun ("Số công trình") takes the next count's name where
    that one qualifies the same noun ("Số công trình xây dựng xanh", PLACE_COUNTS_JOIN); last to first, so a list of three
    names each."""
    out = list(targets)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        bare = f"số {a.unit}".lower() if a.unit else None
        if bare is None or a.unit != b.unit or not a.scope or not b.scope or (a.indicator or "").lower() != bare \
                or not (b.indicator or "").lower().startswith(bare + " ") or a.end > b.start:
            continue
        if regex.match(PLACE_COUNTS_JOIN.format(place=regex.escape(b.scope)), text[a.end:b.end]) is None:
            continue
        out[i] = replace(a, indicator=b.indicator, indicator_canonical=b.indicator_canonical, indicator_id=b.indicator_id)
    return out


def _name_end(text: str, a: Target, limit: int) -> int:
    """Where the first share's name ends in the text: its quote may stop at a comma inside the name ("100% các điểm
    tổ chức, chứa chấp …[,] đối tượng bán lẻ chất ma túy và 100% …"), the name goes on to its last words."""
    last = a.indicator.split()[-3:]
    ending = regex.compile(r"\s+".join(regex.escape(w) for w in last))
    found = None
    for found in ending.finditer(text, a.end, limit):
        pass
    return found.end() if found is not None else a.end


def _shares_of_the_count_before(text: str, targets: list[Target]) -> list[Target]:
    """A share that does not name what it is of, right after a count on the same line ("nâng tổng số lên 12 KCN; tỷ lệ
    lấp đầy bình quân đạt trên 80%"): its canonical indicator is read with the counted noun; its text stays as written."""
    out = list(targets)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if b.indicator_id is not None or not b.indicator or not (b.unit or "").startswith("%") or not a.unit \
                or a.unit.startswith(("%", "‰")) or a.unit_base == "đồng" or a.denominator is not None \
                or "\n" in text[a.end:b.start] or len(b.indicator.split()) > 6:
            continue
        found = match_indicator(f"{b.indicator} {a.unit_raw or a.unit}", b.unit, b.scope)
        if found is not None:
            out[i] = replace(b, indicator_canonical=found.name, indicator_id=found.id)
    return out


def _criteria_met(text: str, start: int) -> bool:
    """A fraction of criteria at `start` is what its clause's unit reaches (P.CRITERIA_MET_BEFORE): "xã đạt 19/19 tiêu chí"."""
    line_start = text.rfind("\n", 0, start) + 1
    clause = text[max([line_start, start - 80] + [text.rfind(c, line_start, start) + 1 for c in ",;:."]):start]
    return bool(P.CRITERIA_MET_BEFORE.search(clause)) and not P.NOT_A_YEAR_DIGIT.search(clause) \
        and not P.CRITERIA_CONDITION.search(clause)


def _last_share_of_units(text: str, start: int, end: int) -> int | None:
    """Where the units of the last share before a size open ("100% bãi chôn lấp … có công suất từ 500 tấn/ngày trở lên"):
    the size names which of them are counted, and a pledge before the share is the share's, not the size's (None when no
    share of units stands between `start` and `end`)."""
    last = None
    for m in P.SHARE_BEFORE_UNITS.finditer(text, start, end):
        last = m.end() - 1
    return last


def _per_unit_criterion(text: str, q: Quantity, nxt: Quantity) -> bool:
    """A share of units, then what each of them must have ("100% xã có ít nhất 01 mô hình …", "100% các khu công nghiệp,
    cụm công nghiệp có tối thiểu 1 trạm 5G"): the count is the criterion the share is of, not a target of its own."""
    return (q.unit or "").startswith("%") and nxt.unit is not None and not nxt.unit.startswith(("%", "‰")) \
        and bool(P.PER_UNIT_CRITERION.fullmatch(text, q.end, nxt.start)
                 or nxt.unit == "điểm" and P.SCORE_CRITERION.fullmatch(text, q.end, nxt.start))


# s26f: a clause of its own after ";" that opens with a verb of what the plan commits to (cues.tsv, `commitment`), after a
# "đã" that reports no figure ("thu gom riêng chất thải đã phân loại tại các phường; lắp đặt 500 thùng rác …": the "đã" names
# the waste, sorted; what follows is a task). Not after a reported figure ("Năm 2025 đã tổ chức 20 lớp; tổ chức 10 hội nghị").
COMMITMENT_CLAUSE = regex.compile(
    rf"(?i:;[^\S\n]*(?:{P._alternation([w for w, k, v in P.CUES if k == 'commitment'])})(?![\p{{L}}\p{{M}}]))")


# w22a: a result that is the present state, not an action done ("hiện có 178 biên chế", "hiện còn 15 xã"): no verb of it goes
# on into the next clause, so a commitment's clause after ";" is the plan's own even after the state's figures ("Toàn Ngành
# tỉnh hiện có 178 biên chế, trong đó 121 Kiểm sát viên; bảo đảm 100% công chức được đánh giá …"), where "Năm 2025 đã tổ
# chức 20 lớp; tổ chức 10 hội nghị" still lists what was done (s26f).
STATE_RESULT = regex.compile(r"(?i:hiện\s+(?:có|còn)|vẫn\s+còn)")


def _commitment_after_result(before: str, result: regex.Match) -> bool:
    """A commitment's clause after a result that states no figure, or after a present state (COMMITMENT_CLAUSE)."""
    clause = COMMITMENT_CLAUSE.search(before, result.end())
    return clause is not None and (not P.DIGIT.search(before, result.start(), clause.start())
                                   or STATE_RESULT.fullmatch(result.group()) is not None)


SCHEME_PARTS_MAX = 10  # a scheme is named by a few parts ("2 cấp", "4 tại chỗ", "5 bước"); "cơ chế hỗ trợ 120 nhà" is a count


def _defines_rate(text: str, q: Quantity, clause_start: int) -> bool:
    """`q` is a count inside the name of the rate its clause opens with, the rate's value further on ("Tỷ lệ phụ nữ có thai
    được khám thai ít nhất 4 lần trong 3 thai kỳ đạt trên 85%": P.RATE_VALUE_LATER), the first number of the clause."""
    return not (q.unit or "%").startswith(("%", "‰")) and q.denominator is None and P.RATE_OPENS_CLAUSE.match(text, clause_start) is not None \
        and not P.DIGIT.search(text, clause_start, q.start) and P.RATE_VALUE_LATER.match(text, q.end) is not None


def _not_a_target(ctx: Context, q: Quantity, line_end: int, clause_start: int, sentence_start: int) -> bool:
    """A value the text reports, scores, sets as a rule or uses to define a group: not a commitment."""
    text = ctx.text
    if P.GROUNDS.search(text[max(clause_start, q.start - 60):q.start]):
        return True  # "Xét đề nghị của 28 đơn vị": who proposed, not what is committed
    if (condition := P.CONDITION.match(text, sentence_start)) and not P.CONDITION_END.search(text, condition.end(), q.start):
        return True  # in the condition a sentence opens with ("Trường hợp … dự án có tỷ lệ giải ngân dưới 50% …, Ủy ban …
        # điều chuyển vốn"): when the rule applies, not what is committed (the commitment follows the comma, the colon
        # of a case's label, "thì" or a commitment's verb: "- Trường hợp nộp hồ sơ trực tuyến: giảm 50%", "Nếu có điều
        # kiện thì phấn đấu đạt 95%")
    if P.BESIDES_BEFORE.match(text[clause_start:q.start]) or P.CONVERSION_BEFORE.search(text[max(sentence_start, q.start - 60):q.start]):
        return True  # what an addition is besides ("Ngoài 958 nhà … theo Kế hoạch 77"), a conversion rate ("quy đổi 2m2")
    if q.value <= SCHEME_PARTS_MAX and q.value_max is None and float(q.value).is_integer() \
            and P.SCHEME_NAME_BEFORE.search(text[max(clause_start, q.start - 80):q.start]) and P.SCHEME_PARTS_AFTER.match(text, q.start):
        return True  # a scheme's name ("mô hình bảo vệ 04 lớp", "mô hình liên kết 4 nhà"), not a count
    if P.WHOLE_SET_OPENING.fullmatch(text, sentence_start, q.start) and not (q.unit or "%").startswith(("%", "‰")):
        end = m.start() if (m := SENTENCE_END.search(text, q.end, line_end)) else line_end
        if not P.WHOLE_SET_PREDICATE.search(text, q.end, end):
            return True  # "Toàn bộ 34 tỉnh, thành phố trên toàn quốc.": how many there are, not a level to reach
    if _defines_rate(text, q, clause_start):
        return True  # a count that defines what a rate counts ("Tỷ lệ … khám thai ít nhất 4 lần trong 3 thai kỳ đạt trên 85%")
    if (forecast := P.FORECAST_OPENS.search(text, sentence_start, q.start)) and not P.PLEDGE_AFTER_FORECAST.search(text, forecast.end(), q.start):
        return True  # a forecast ("…, dự báo tốc độ tăng trưởng GRDP … khoảng 10%/năm"), not a commitment
    if (cited := P.CITED_GOAL.search(text, sentence_start, q.start)) and not P.OWN_PLEDGE.search(text, cited.end(), q.start):
        return True  # the goal a cited document sets ("Nghị quyết số 57-NQ/TW … đặt mục tiêu … 30% GDP")
    if _in_cited_subject(ctx, q):
        return True  # in what a cited document is about ("Quyết định số … về công bố … đối với 40 xã, phường")
    if q.unit and not q.unit.startswith(("%", "‰")) and q.denominator is None \
            and P.RATE_NAME_RUNNING.search(text, sentence_start, q.start) and P.RATE_VALUE_AFTER.match(text, q.end, line_end):
        return True  # what a rate is about ("Tỷ lệ hồ sơ của 25 thủ tục … đạt 80%"), not a count to reach
    before = P.ATTRIBUTIVE_DONE.sub(" ", P.FIGURE_ASIDE.sub(" ", text[sentence_start:q.start]))
    reported = list(P.RESULT.finditer(before))
    if reported and not P.COMMITTED.search(before, reported[-1].end()) and not _commitment_after_result(before, reported[-1]):
        return True  # a result the text reports ("ước đạt 368.000 tấn"), not a commitment ("…, mục tiêu … đạt 100%")
    restoring = P.RESTORE.search(text[clause_start:q.start])
    if not restoring and (P.DAMAGE_BEFORE.search(text[max(clause_start, q.start - 80):q.start]) or (
            not (q.unit or "%").startswith(("%", "‰")) and q.denominator is None
            and (struck := P.STRUCK_AFTER.match(text, q.end, line_end))
            and not (P.MEMBER_OF.search(struck.group()) and _commits_to_count(text[clause_start:q.start])))):
        return True  # what a disaster did ("làm 500 nhà bị sập", "thiệt hại ước 200 tỷ đồng"), not what the plan commits to
        # (people counted as members of a group struck, whom the clause commits to serve, are its output: "đào tạo nghề cho
        # 2.000 lao động thuộc hộ bị thu hồi đất", "cho vay 300 lao động thuộc hộ bị thu hồi đất"; not "hỗ trợ hơn 20.000 hộ bị
        # ảnh hưởng", the count of those struck)
    sentence_end = SENTENCE_END.search(text, q.end, line_end)
    if _rating_criterion(text, sentence_start, sentence_end.start() if sentence_end else line_end):
        return True  # the criteria of a grade in an evaluation ("xếp loại … khi có ít nhất 50% …")
    if P.RUBRIC_SENTENCE.search(text[sentence_start:sentence_end.start() if sentence_end else line_end]) \
            or any(P.RUBRIC_HEADING.search(sec.label) or P.ELIGIBILITY_HEADING.search(sec.label) for sec in ctx.outline.containing(q.start)):
        return True  # a scoring rubric ("đạt 100% cộng 05 điểm") or an award's criteria, not a target
    if q.unit and "/" not in q.unit and not q.unit.startswith(("%", "‰")) and q.denominator is None and P.PER_ITEM.match(text, q.end):
        return True  # a norm per item ("01 mẫu/vị trí"), not a target
    if P.ENTITLEMENT_BEFORE.search(text[max(0, q.start - 30):q.start]) or P.ENTITLEMENT_SENTENCE.search(text[sentence_start:min(line_end, q.end + 40)]):
        return True  # an entitlement a rule grants, not a target
    if q.unit in P.LENGTH_UNITS and P.DIMENSION_BEFORE.search(text[max(0, q.start - 60):q.start]):
        return True  # a dimension a specification sets
    if P.FOOTNOTE_LINE.match(text, _line_bounds(text, q.start)[0]):
        return True  # a note below the text
    against = P.AGAINST_PLAN.search(text, q.start, min(len(text), q.end + 40))
    if against and P.PLEDGED_AGAINST_PLAN.search(text, sentence_start, q.start):
        against = None  # a pledged figure and its margin over the estimate (P.PLEDGED_AGAINST_PLAN), not a result
    headings = [sec.label for sec in ctx.outline.containing(q.start) if sec.kind != "bullet"]
    report = _reporting_part(headings)
    plan_start = ctx.own_year or (int(ctx.own_period[:4]) if ctx.own_period else None)
    reporting = report is not None and not _pledged_in_report(text[sentence_start:q.start], report, plan_start)
    if (against and against.start() <= q.end) or reporting:
        return True  # a result measured against the plan, or a figure in the part that reports where things stand
    if P.EVALUATED.match(text[sentence_start:q.start]) or P.QUOTA_AFTER.match(text, q.end):
        return True  # a criterion a scored unit meets, an award quota
    if (size := P.GROUP_SIZE_BEFORE.search(text, max(clause_start, q.start - 40), q.start)) and (size.group("cap") or q.value_max):
        return True  # how many each class or session holds ("mỗi lớp không quá 40 học viên"), not an output
    if (q.unit_base or q.unit) in P.MEASURES and (each := P.EACH_SIZE_BEFORE.search(text, max(clause_start, q.start - 60), q.start)) \
            and regex.search(rf"(?<![\d.,])\d[\d.,]*\s+{regex.escape(each.group('noun'))}(?![\p{{L}}\p{{M}}])", text[sentence_start:each.start()],
                             regex.IGNORECASE):
        return True  # the size of each thing counted before it ("30 mô hình …, mỗi mô hình quy mô tối thiểu 5 ha"), a norm
    if P.PROJECT_SIZE_BEFORE.search(text, max(sentence_start, q.start - 40), q.start) \
            and P.OFFERED_PROJECT.search(text, sentence_start, q.start):
        return True  # the size of a project offered to investors ("Kêu gọi đầu tư … (quy mô 60 ha)"), not a target
    if q.unit in ("tấn", "DWT", "TEU") and P.VESSEL_CLASS_BEFORE.search(text, max(sentence_start, q.start - 40), q.start):
        return True  # the vessels a waterway or port is made for ("đáp ứng tàu 3.000 tấn"), a design size
    money = (q.unit_base or q.unit or "").split("/")[0] == "đồng"  # "85 triệu đồng", "1.500.000.000 đồng", "… đồng/năm"
    if money and not P.MOBILISED.search(text, clause_start, q.start) and (
            P.OWN_FUNDING_AFTER.match(text, q.end) or P.OWN_FUNDING_BEFORE.search(text, clause_start, q.start)
            or P.BUDGET_SETS_ASIDE.search(text, clause_start, q.start) or P.FUNDS_ALLOTTED.search(text, clause_start, q.start)
            or P.TASK_COST_BEFORE.search(text, sentence_start, q.start)):
        return True  # the plan's own funding ("bố trí 85 triệu đồng thực hiện Kế hoạch"), what a budget sets aside, not an indicator
    if money and not P.MOBILISED.search(text, clause_start, q.start) \
            and _own_funding_part(text, sentence_start, q, headings):
        return True  # the plan's funding and its parts ("Tổng kinh phí thực hiện Kế hoạch …, trong đó ngân sách tỉnh …")
    if q.unit == "%" and P.COST_SHARED.search(text, max(sentence_start, q.start - 60), q.start) \
            and not P.MOBILISED.search(text, clause_start, q.start) and any(P.FUNDING_HEADING.match(h) for h in headings):
        return True  # under the heading of the plan's funding, who bears what share of a cost ("ngân sách nhà nước hỗ trợ
        # 70% giá sữa, cha mẹ trẻ đóng góp 30%"): how the funding is split, no indicator (s27a)
    if ((threshold := P.THRESHOLD.search(text[sentence_start:q.start]))
            and not P.COMMITTED.search(text[sentence_start:sentence_start + threshold.start()])) or (
            (has := P.THRESHOLD_HAS.search(text[clause_start:q.start])) and has.group("head").lower() not in P.NOT_A_HEAD
            and (q.comparator_after or P.THRESHOLD_TAIL.match(text[q.end:line_end])) and not P.COMMITTED.search(text[sentence_start:q.start])):
        return True  # a group defined by a threshold ("xã có tỷ lệ hộ nghèo trên 30%"; a commitment's word inside the threshold
        # commits to nothing: "Dự án có tỷ lệ giải ngân dưới 30% … sẽ bị xem xét điều chuyển vốn")
    if P.COUNTED_UNITS_SIZED.search(text, max(sentence_start, q.start - 60), q.start) \
            and not (q.unit or "%").startswith(("%", "‰")) and (q.comparator_after or P.THRESHOLD_TAIL.match(text[q.end:line_end])):
        return True  # the size of the units a count before it counts ("600 doanh nghiệp từ 25 lao động trở lên")
    if P.PREVENTED_CLASS.search(text, sentence_start, q.start):
        return True  # what the plan prevents, defined by a threshold ("Không để xảy ra vụ … từ 30 người mắc trở lên")
    bounded = q.comparator_after or P.THRESHOLD_TAIL.match(text[q.end:line_end])  # "… từ 500 tấn/ngày trở lên"
    share = _last_share_of_units(text, sentence_start, q.start) if bounded else None  # (read only where a bound closes it)
    if bounded and (size := P.MEASURE_THRESHOLD_HAS.search(text[min(clause_start, share or clause_start):q.start])) \
            and size.group("head").lower() not in P.NOT_A_HEAD \
            and not P.COMMITTED.search(text[share or sentence_start:q.start]):
        return True  # a group defined by a size it has ("Vùng nuôi có thể tích 1.000 m3 trở lên")
    if bounded and (q.unit_base or q.unit or "") in P.SIZE_UNITS \
            and P.SIZE_NAMED_CLASS.search(text, max(sentence_start, q.start - 80), q.start):
        return True  # a class named by its size after its noun ("100% tàu cá từ 15 m trở lên")
    sentence = text[sentence_start:sentence_end.start() if sentence_end else line_end]
    if (q.unit_base or q.unit or "").split("/")[0].endswith(("đồng", "USD")) and (
            P.MONEY_NORM.search(sentence) and not P.MOBILISED_WORTH.search(text, clause_start, q.start)
            or P.EACH_SUPPORTED.search(text, sentence_start, q.start)
            or P.MONEY_PER_OCCASION.match(q.unit + text[q.end:q.end + 20])
            and not P.SPENDING_PER_VISIT.search(text, sentence_start, q.start)):
        return True  # a fine, fee or allowance a rule sets ("Phạt tiền từ 1.500.000 đồng")
    if "đồng/" in (q.unit or "") and P.SUPPORT_VERB.search(sentence, 0, q.start - sentence_start) \
            and not P.SPENDING_PER_VISIT.search(text, sentence_start, q.start) and not P.LEVEL_REACHED.search(text, clause_start, q.start):
        return True  # what a policy pays per household or person ("hỗ trợ đấu nối … với mức 2 triệu đồng/hộ")
    if not (q.unit or "").startswith("%") and (verb := P.ALLOCATION_VERB.search(text, clause_start, q.start)) \
            and (P.PER_BENEFICIARY_AFTER.match(text, q.end) or P.PER_BENEFICIARY_BEFORE.search(text, clause_start, q.start)
                 or P.PER_BENEFICIARY_UNIT.match("/" + (q.unit or "").partition("/")[2]) or P.PER_BENEFICIARY_UNIT.match(text, q.end)) \
            and (P.NORM_WORD.match(verb.group()) or not P.LEVEL_REACHED.search(text, clause_start, q.start)):
        return True  # what a policy gives each beneficiary in any unit ("Hỗ trợ 2 lít dầu cho mỗi tàu", "10 kg gạo/người/tháng")
    if (q.unit or "").startswith("%") and P.SUPPORT_SHARE_BEFORE.search(text, clause_start, q.start) and P.COST_AFTER.match(text, q.end):
        return True  # the share of a cost a policy pays ("Hỗ trợ 50% kinh phí mua thùng …", "hỗ trợ thêm 20% mức đóng …")
    if q.unit == "điểm" and (P.SCORE_AFTER.match(text, q.end) or P.SCORE_SENTENCE.search(sentence)) \
            and not P.RAISED_TO.search(text, clause_start, q.start) and not P.PLACES_LABEL.match(text[sentence_start:q.start]) \
            and not P.PLACES_REDUCED.search(text[clause_start:q.end]) \
            and not _index_score(text, q, clause_start, sentence_start):
        return True  # a score, not a count of places ("nâng tổng số lên 45 điểm": the places a count is raised to)
    if P.ALREADY_DONE_AFTER.match(text, q.end) and not P.PLEDGE.search(text[sentence_start:q.start]) \
            and not _commits_to_count(text[clause_start:q.start]) and not P.RESTORE.search(text[clause_start:q.start]) \
            and not P.KEEP_VERB.search(text[clause_start:q.start]) and not _for_a_target_year(ctx, q, line_end, headings):
        return True  # "Bao gồm diện tích 113 ha đã cấp phép": what has been done, a current figure
    if (occurred := P.OCCURRED.search(text, sentence_start, q.start)) and not P.PLEDGE.search(text, sentence_start, q.start) \
            and not P.PREVENTED.search(text, sentence_start, occurred.start()) \
            and P.OCCURRED_COUNT.match(text, occurred.end(), q.start + 1) and not P.OCCURRED_LIST_ENDS.search(text, occurred.end(), q.start):
        return True  # "Năm 2025, xảy ra 17 trường hợp …, 01 trẻ em tử vong do đuối nước": events reported, not a level to reach
    if ctx.rules_document and not P.PLEDGE.search(text[sentence_start:q.start]) \
            and not any(P.TARGET_HEADING.search(s.label) for s in ctx.outline.containing(q.start) if s.kind != "bullet"):
        return True  # a figure of a procedure, a norm or a fee in a document that sets rules
    if not _committed(ctx, sentence_start, q.start):
        return True  # a provision of an article in a law or decree ("Điều 7. … phạt tiền từ …")
    return False


def _index_score(text: str, q: Quantity, clause_start: int, sentence_start: int) -> bool:
    """The score an index must reach ("Chỉ số PAPI đạt trên 44 điểm."): a target, not a rubric's points."""
    return bool(P.INDEX_SCORE_REACHED.search(text, clause_start, q.start) and P.INDEX_SCORE_AFTER.match(text, q.end)
                and P.INDEX_NAMED.search(text, sentence_start, q.start) and not P.SCORE_SENTENCE.search(text, sentence_start, q.start))


def _for_a_target_year(ctx: Context, q: Quantity, line_end: int, headings: list[str]) -> bool:
    """A value is stated for a year to reach: its heading names targets ("I. MỤC TIÊU"), or its sentence, its line's
    label, the line opening its list or a heading above it names a year (or period) from the plan's first year on
    ("1. Năm 2026⏎- 12 trường đã đạt chuẩn quốc gia.", "Năm 2027: 12 trường đã đạt chuẩn …"): what will have been
    done by then, not a current figure. The plan's own year, which every value falls back on, states nothing here."""
    if any(P.TARGET_HEADING.search(label) for label in headings):
        return True
    year, period = replace(ctx, own_year=None, own_period=None).year(_line_bounds(ctx.text, q.start)[0], line_end, q.start)
    last = year if year is not None else int(period[-4:]) if period else None
    first = ctx.first_year or ctx.own_year
    return last is not None and (first is None or last >= first)


def _rating_criterion(text: str, sentence_start: int, sentence_end: int) -> bool:
    """The sentence, or the line that introduces its list, sets the criteria of a grade (P.RATING_CRITERION)."""
    if P.RATING_CRITERION.search(text, sentence_start, sentence_end):
        return True
    intro = _list_intro(text, _line_bounds(text, sentence_start)[0])
    return intro is not None and bool(P.RATING_CRITERION.search(text, intro[0], intro[1]))


def _body_list_heading(text: str, line_start: int, label: str) -> tuple[str, str] | None:
    """(heading, body) for an item that lists what a body holds under a heading naming it ("1. Lực lượng thường trực sẵn
    sàng ứng phó" over "- Bộ Chỉ huy Quân sự tỉnh: 120 cán bộ, chiến sĩ; 02 xuồng cao tốc"): a body is no indicator, the
    heading is, and the body is the part (scope) the value is for, as a breakdown's part is (s28e). None where the label is
    no body alone (a sub-unit in brackets may follow it) or no heading without figures opens the list."""
    if not label[:1].isupper() or BODY_HEAD.match(label) is None or P.BULLET_MARK.match(text[line_start:line_start + 10]) is None:
        return None
    body = _body_at(label, kinds=lambda kind: kind != "collective")
    if body is None or not P.BODY_LABEL_REST.fullmatch(label, body.end):
        return None
    kind = _item_kind(text[line_start:_line_bounds(text, line_start)[1]])
    for start, end, line in lines_above(text, line_start, 30):
        if not line.strip() or _item_kind(line) == kind:
            continue
        heading = P.HEADING_MARK.match(line)
        if heading is None and not line.rstrip().endswith(":"):
            return None
        name = _clean(line[heading.end() if heading else 0:].rstrip().rstrip(":"))
        if not name or _weak(name) or P.DIGIT.search(name) or name.isupper() or BODY_HEAD.match(name):
            return None
        return name, body.name
    return None


def _intro_label(text: str, line_start: int) -> str | None:
    """The name on the line that introduces a list of years ("Tỷ lệ hồ sơ được số hóa:"): a name of two words or more
    without figures."""
    intro = _intro_line(text, line_start) if P.BULLET_MARK.match(text[line_start:line_start + 10]) else _list_intro(text, line_start)
    if intro is None or not text[intro[0]:intro[1]].rstrip().endswith(":"):
        return None
    label = _clean(P.BULLET.sub("", text[intro[0]:intro[1]].rstrip()[:-1]))
    return label if label and not _weak(label) and not P.DIGIT.search(label) and ":" not in label \
        and not P.FRAME_ONLY_LABEL.fullmatch(label) else None


def _item_kind(line: str) -> str | None:
    """How a list item is marked: a bullet ("-", "+"), a letter ("a)"), a number ("1.", "1)"); None for other lines."""
    m = P.LIST_ITEM.match(line)
    if m is None:
        return None
    mark = m.group().strip()
    return "bullet" if mark in "-+•*" else "letter" if mark[0].isalpha() else "number" + mark[-1]


def _list_intro(text: str, line_start: int) -> tuple[int, int] | None:
    """The line ending with a colon that introduces the list an item line belongs to, up over the list's other items
    of the same kind and their bullets ("Đạt được các tiêu chí sau đây thì xếp loại …:" over "a) …", "b) …"); None when
    the line is no item or another line comes first (a heading of another kind: "2. Giai đoạn 2026-2030" over "a) …")."""
    kind = _item_kind(text[line_start:_line_bounds(text, line_start)[1]])
    if kind is None:
        return None
    for start, end, line in lines_above(text, line_start, 30):
        if line.strip() and _item_kind(line) not in (kind, "bullet"):
            return (start, end) if line.rstrip().endswith(":") else None
    return None


def _in_cited_subject(ctx: Context, q: Quantity) -> bool:
    """Inside the subject of a document cited by number, before any clause of this plan's own that the subject's
    reading ran on into ("… về Chương trình cắt giảm … năm 2025 và 2026, đảm bảo cắt giảm tối thiểu 30% …")."""
    span = ctx.subjects.containing(q.start, q.end)
    if span is None:
        return False
    between = ctx.text[span[0]:q.start]
    return not (P.PLEDGE.search(between) or P.OWN_CLAUSE.search(between))


def _reporting_part(headings: list[str]) -> str | None:
    """The heading of the part a line sits in when that part reports where things stand: the innermost heading
    that says what its part does ("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ … NĂM 2025", "2. Kết quả thực hiện kế hoạch"),
    not what is to be reached ("II. MỤC TIÊU", "2. Nhiệm vụ, giải pháp"). The plan words inside a reporting heading
    ("tình hình thực hiện nhiệm vụ", "kết quả thực hiện kế hoạch") are what is reported on, unless the heading
    joins a plan part to the report ("TÌNH HÌNH THỰC HIỆN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026"). None elsewhere."""
    for h in reversed(headings):
        if P.BASELINE_HEADING.match(h):
            return None if _plan_joint(h) else h
        if P.COMMITTED_HEADING.search(h):
            return None
    return None


def _pledged_in_report(before: str, report: str, plan_start: int | None = None) -> bool:
    """A pledge in a part that reports ("phấn đấu đến cuối năm 2025 giải ngân đạt 100%"); "đến hết năm 2025" alone is
    one only for a year after those the report's heading covers: under "Kết quả giai đoạn 2021 - 2025" it dates a
    result ("Đến hết năm 2025, toàn tỉnh có 91,2% …"); under a heading with no year ("1. Thực trạng"), for a year from
    the plan's own first year (`plan_start`) on: a year before it dates where things stand (s30c)."""
    reported = [int(y) for y in regex.findall(r"(?<!\d)20\d\d(?!\d)", report)]
    # s33a: the plan's word in a result measured against it ("Năm 2026, toàn tỉnh đã giao 1.215 công dân, đạt 100% chỉ tiêu; …")
    # reports that result, it pledges nothing for the figures after it
    against = [m.span() for m in P.AGAINST_PLAN.finditer(before)]
    for m in P.PLEDGE.finditer(before):
        if any(a <= m.start() < b for a, b in against):
            continue
        year = regex.search(r"20\d\d", m.group())
        if year is None or reported and int(year.group()) > max(reported) \
                or not reported and (plan_start is None or int(year.group()) >= plan_start):
            return True
    return False


def _values_apart(text: str, start: int, end: int, topics: bool = False) -> bool:
    """A mark between two values that parts their clauses (P.VALUES_APART), not a comma inside a fixed name (P.NAME_COMMA);
    with `topics`, nor a comma between the topics of the output counted first, which no verb of a commitment follows ("06
    lớp tập huấn cập nhật chẩn đoán, điều trị lao … cho 300 cán bộ y tế": one output and those it is for; not "02 lớp tập
    huấn, hỗ trợ cho 80 hộ", two commitments)."""
    return any(not (m.group() == "," and (P.NAME_COMMA.match(text, m.start())
                                          or topics and not P.COMMITMENT_VERBS.match(text[m.end():end].lstrip())))
               for m in P.VALUES_APART.finditer(text, start, end))


def _counts_previous(target: Target, prev: Quantity) -> bool:
    """The target found last is the value just before (not an earlier one) and counts an output ("02 lớp", "850 điều
    tra viên"): a rate or a measure ("đạt 98% cho 45.000 hộ") is not what the count after "cho" is for."""
    unit = target.unit or "%"
    return target.value == prev.value and target.start <= prev.start < target.end \
        and not unit.startswith(("%", "‰")) and "/" not in unit and (target.unit_base or unit) not in P.MEASURES


# t20: the rules that name a count written after its value ("08 lò sấy", "Số lò sấy") and the next count one verb governs.
SIBLING_COUNT_RULES = ("rule_value_then_indicator", "rule_unit_names_indicator", "rule_same_verb")


def _next_count_of_change(text: str, q: Quantity, prev: Quantity | None, done: list[Target], row_start: int, rule: str,
                          count_unit: bool) -> bool:
    """t20: a count joined by "và" to the count right before it, in the same clause with no verb of its own between them
    (QUALIFIED_JOIN: the first count's noun and its qualifier, then "và"), after a word of change said once before the
    first ("Tăng thêm 15 máy gặt đập liên hợp và 08 lò sấy so với năm 2025", "có thêm 08 xã và 35 thôn …"): the change is
    said of both, as a verb before a list is (spec: direction from "tăng"/"giảm"; the value is the increment stated)."""
    return bool(rule in SIBLING_COUNT_RULES and count_unit and prev is not None and done
                and done[-1].direction in ("increase", "decrease") and done[-1].start >= row_start
                and done[-1].end <= q.start and _counts_previous(done[-1], prev)
                and QUALIFIED_JOIN.fullmatch(text, prev.end, q.start))


def _composition_part(text: str, q: Quantity, prev: Quantity | None, line_start: int, line_label: str | None) -> tuple[int, str, str] | None:
    """(start, name, label) of the part a share is for in a list after a label that names a whole ("Cơ cấu kinh tế:
    Ngư, nông, lâm nghiệp chiếm khoảng 27,31%; Công nghiệp, xây dựng chiếm khoảng 27,91%; Dịch vụ …"): the part's
    name runs from the colon, or from the share before it in the list, to its own share; the label is the whole's, on the
    share's line or on the line above (`_composition_above`). None elsewhere."""
    if not (q.unit or "").startswith("%"):
        return None
    if line_label and P.COMPOSITION_LABEL.match(line_label):
        label, colon = line_label, text.find(":", line_start, q.start)
    elif (above := _composition_above(text, line_start)) is not None:
        label, colon = above, line_start + len(P.BULLET.match(text[line_start:line_start + 40]).group()) - 1
    else:
        return None
    begin = prev.end if prev is not None and prev.end > colon else colon + 1
    begin = P.PART_SEPARATOR.match(text, begin, q.start).end()  # "; ", ", ", " và " before the part's name
    name = _label(text[begin:q.start])
    if not name or P.DIGIT.search(name) or not WORDS.search(name) or P.INDICATOR_HEAD.match(name):
        return None  # no part named, or an indicator of its own ("Tỷ lệ …")
    return begin, name, label


def _composition_above(text: str, line_start: int) -> str | None:
    """The whole a line's shares are parts of, named by the line that introduces it and ends with a colon (w20d: "- Cơ cấu
    kinh tế đến năm 2030:" over "+ Nông, lâm nghiệp và thủy sản chiếm 26,5%;" lines, or over the rest of its sentence
    wrapped onto the next line, "nông, lâm nghiệp và thủy sản chiếm 26,5%; công nghiệp - xây dựng chiếm 27%;", as a crawl
    wraps it): its label, as the same line's label would be."""
    intro = _intro_line(text, line_start)
    if intro is None:
        return None
    line = text[intro[0]:intro[1]].rstrip()
    if not line.endswith(":"):
        return None
    label = _clean(line[:-1])
    return label if P.COMPOSITION_LABEL.match(label) else None


# A capitalised name in parentheses right after a value is its scope: "90% (Vạn Thạnh)".
PARENTHESISED_SCOPE = matched_in_place(r"\s*\((\p{Lu}[\p{L}\p{M}\s]{1,40})\)")



def _due_date_only(text: str, at: int, indicator: str | None) -> bool:
    """The only words after a value are the date it is due by ("…, tối thiểu 65% đến ngày 30/9/2027", "70% chậm nhất ngày
    31/12/2027."): as the indicator read after it, or, where that reading stops before a due date, as the text itself."""
    if indicator and WORDS.search(indicator):  # the date, then at most "và" opening the next step ("… trên 95% đến ngày
        # 31/12/2027 và giải ngân 100% …": the words after "và" are the next step's, not this value's name)
        due = P.DUE_DATE_ONLY.match(indicator)
        return bool(due) and (due.end() == len(indicator) or bool(P.NEXT_STEP_AFTER_DATE.match(indicator, due.end())))
    due = P.DUE_DATE_ONLY.match(text, P.BLANKS.match(text, at).end())
    # what may follow the date: the clause's end, the next step ("… 30/9/2027 và 100% trước …") or a scope ("… đối với
    # khu vực đô thị")
    return bool(due) and (due.end() == len(text) or text[due.end() - 1] in ",;.\n" or bool(P.AFTER_DUE_DATE.match(text, due.end())))


def _comma_outside_asides(text: str, start: int, end: int) -> int | None:
    """s32c: the first comma or semicolon of text[start:end] outside brackets, or None: the commas of an aside list its
    items ("ít nhất 350 khẩu súng các loại (súng quân dụng, súng săn, súng tự chế), tăng trên 10% so với năm 2026"), the
    clause of the next value opens after the aside's own comma."""
    depth = 0
    for k in range(start, end):
        ch = text[k]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ",;" and not depth:
            return k
    return None


def _targets_of(ctx: Context, q: Quantity, prev: Quantity | None, nxt: Quantity | None, parts: Callable[[], list[Quantity]],
                done: list[Target]) -> list[Target]:
    text = ctx.text
    row_start, line_end = _line_bounds(text, q.start)
    line_start, label_scope = _after_place_label(text, row_start, q.start)
    breaks = [m.end() for m in P.CLAUSE_BREAK.finditer(text, line_start, q.start)]
    clause_start = max([line_start] + breaks)
    series = joined_verbs = False
    if prev is not None and prev.end > clause_start and _defines_rate(text, prev, clause_start) \
            and (rate := P.RATE_VALUE_LATER.match(text, prev.end)) is not None and rate.end() >= q.end:
        prev = None  # the count before is in this rate's name ("… khám thai ít nhất 4 lần trong 3 thai kỳ đạt trên 85%")
    if prev is not None and prev.end > clause_start:
        comma = P.COMMA.search(text, prev.end, q.start)
        outside = _comma_outside_asides(text, prev.end, q.start) if comma else None
        clause_start = outside + 1 if outside is not None else comma.end() if comma else prev.end
        if (joined := P.JOINED_COMMITMENT.search(text, prev.end, q.start)) is not None:
            clause_start = joined.start("verb")  # "… và sửa chữa, gia cố 03 cầu yếu": the second commitment's own verbs
            joined_verbs = True
        series = not WORDS.search(text[clause_start:q.start])
    if done and done[-1].end > clause_start and done[-1].end <= q.start and _line_bounds(text, done[-1].start)[0] == row_start:
        clause_start = done[-1].end  # words the previous value already took as its indicator
        clause_start += len(text[clause_start:q.start]) - len(text[clause_start:q.start].lstrip(" \t,;"))  # and the comma after them
        if (joined_measure := P.JOINED_MEASURE_OPENER.match(text, clause_start, q.start)) is not None:
            clause_start = joined_measure.end()  # "… với tiêu chuẩn cấp nước 120 lít/…": the measure's name after "với" (w22d)
        if (closing := P.TIME_CLOSES_PREVIOUS.match(text, clause_start, q.start)) is not None:
            clause_start = closing.end()  # "… xử lý trong năm 2026, trong đó …": and the time that closes their clause
    if done and done[-1].end <= clause_start and _line_bounds(text, done[-1].start)[0] == row_start \
            and (timed := P.TIME_BEFORE_BRACKET.match(text, clause_start, q.start)) is not None:
        clause_start = timed.end()  # "… theo Bộ tiêu chí giai đoạn 2026 - 2030 (93/93 xã)": the period closes the clause before
    opened = text.rfind("(", clause_start, q.start)
    if opened >= 0 and ")" not in text[opened:q.start] and WORDS.search(text[opened:q.start]):
        clause_start = opened + 1  # "(Kế hoạch … bảo đảm không quá 3.000 dự án": the aside is its own clause
    if (condition := P.CONDITION.match(text, clause_start)) and (then := P.THEN.search(text, condition.end(), q.start)):
        clause_start = then.end()  # "Nếu có điều kiện thì phấn đấu đạt 95% …": the condition names nothing the value counts
    left = text[clause_start:q.start]
    sentence_start = max([line_start] + [m.end() for m in SENTENCE_END.finditer(text, line_start, q.start)])
    if P.SENTENCE_GOES_ON.match(text, sentence_start):  # "… hiện có 87 trạm. Trong đó, có 28 trạm …"
        sentence_start = max([line_start] + [m.end() for m in SENTENCE_END.finditer(text, line_start, max(line_start, sentence_start - 1))])
    if _not_a_target(ctx, q, line_end, clause_start, sentence_start):
        return []
    if q.unit in P.PLACE_UNITS and P.SHARE_AT_PLACES.search(text, max(line_start, q.start - 120), q.start):
        return []  # "100% số hộ dân tại 12 xã biên giới có điện lưới quốc gia": the places the share is counted in (its scope),
        # not a count of places to reach (w22d)
    stop = nxt.start if nxt is not None and nxt.start < line_end else line_end
    if stop < line_end:  # the next value's clause starts after the last comma before it, or at the "và" joining it
        joined = P.JOINED_VALUE.search(text, q.end, stop) or PLACE_JOINED_VALUE.search(text, q.end, stop)
        commas = [m.start() for m in P.COMMA.finditer(text[q.end:stop]) if not P.NAME_COMMA.match(text, q.end + m.start())]
        opening = next((c for c in commas if P.NEXT_MEASURE_COMMA.match(text, q.end + c)), None)
        stop = joined.start() if joined else q.end + opening if opening is not None else q.end + commas[-1] if commas else stop
        if nxt is not None and (size := P.SIZE_BEFORE_VALUE.search(text, q.end, nxt.start)) is not None:
            stop = min(stop, size.start())  # "05 mô hình … với quy mô 50 ha": the size is the next value's, not this one's name
    right = _right_context(text, q, stop)
    own = _without_subject(_label(left), rate=(q.unit or "").startswith(("%", "‰")))
    local = _clean(_last_clause(own)) if not _outside_brackets(LABEL_COLON, left) else own
    local = _after_kinds_list(own, local)
    if own and q.unit and not q.unit.startswith(("%", "‰")) and not _outside_brackets(LABEL_COLON, left) \
            and (tail := _last_clause(left)) != left and WORDS.search(tail) and not _content_words(P.VERBS.sub(" ", tail)) \
            and not _only_verbs(_clean(_last_clause(left[:-len(tail)].rstrip(" ,")))):
        # "Nhân rộng mô hình điểm, duy trì 150 câu lạc bộ …": a count's own clause is only its verb (not verbs that share
        # the value: "Cải tạo, nâng cấp 25 km kênh mương")
        local = _clean(tail)
    if own and not WORDS.search(P.TIME_PHRASE.sub(" ", own)):
        own = local = ""  # "Mỗi năm đạt ít nhất 45 huy chương …": when, not what the value counts
    line_label = _line_label(text, line_start, q.start)
    scope = label_scope
    if line_label and P.SCOPE.fullmatch(line_label) and not scope:
        scope, line_label = line_label, None
    framed = P.PLACE_FRAME.match(own)
    if framed and P.PLACE_SCOPE.fullmatch(framed.group("scope")) and not scope:
        scope, own = framed.group("scope"), framed.group("rest")  # "Tại thành phố Hà Nội, nồng độ bụi PM2.5 …"
    group = None  # "Tỷ lệ huy động học sinh đến trường: Trẻ 05 tuổi 99%, từ 06-14 tuổi 98,5%"
    count_holder = not (q.unit or "%").startswith(("%", "‰")) and P.HOLDS_BEFORE.search(left) is not None
    holder = bool(own and count_holder and (P.UNIT_HOLDER.fullmatch(own) or P.WHOLE_HOLDER.fullmatch(own)))
    place_subject = bool(own and (P.SCOPE.fullmatch(own) or P.PLACE_SCOPE.fullmatch(own)
                                  or P.LEVEL_SUBJECT.match(own) and P.LEVEL_VERB_BEFORE.search(left))) or holder
    if place_subject:  # "Cả nước có 1.200 công trình …", "Hà Nội có tối thiểu 200 công trình": the place is the scope
        scope, group, own, local = own, own, "", ""
        if holder and P.WHOLE_HOLDER.fullmatch(scope):
            scope = group = None  # "toàn ngành có ít nhất 03 đề tài …": the whole, no part of it
        elif P.PLACE_KIND_BEFORE.sub("", scope).lower() in ctx.own_area:
            scope = group = None  # "tỉnh Bắc Ninh có ít nhất 20 tập dữ liệu" in Bắc Ninh's plan: its whole area, no part of it
    elif line_label and own and own != line_label and not P.INDICATOR_HEAD.match(own) and (
            len(own.split()) <= 3 or len(own.split()) <= MAX_PART_OF_MEASURE_WORDS and P.INDICATOR_HEAD.match(line_label)):
        group = own  # (s36e: a longer part under a measure's label: "Tỷ lệ trang trại … áp dụng …: trang trại quy mô lớn đạt 90%")
    parenthesised = PARENTHESISED_SCOPE.match(text, q.end)  # at q.end, without copying the rest of the text
    if parenthesised and not P.DIGIT.search(parenthesised.group(1)) and not P.AMOUNT_IN_WORDS.fullmatch(parenthesised.group(1).strip()):
        scope = scope or parenthesised.group(1).strip()
    # (a rate's change in percentage points, "tăng 2,6 điểm phần trăm so với năm 2025", is a rate as a share is: P.RATE_UNITS)
    nameable = not (q.unit or "%").startswith(P.RATE_UNITS) and q.value_base is None  # "bác sỹ/vạn dân", "xã"
    count_unit = not (q.unit or "%").startswith(P.RATE_UNITS) and "/" not in q.unit and (q.unit_base or q.unit) not in P.MEASURES
    start, end = clause_start + (len(left) - len(left.lstrip())), q.end
    part_of = head_part = P.PART_OF_PREVIOUS.match(left)
    # a "trong đó" with nothing after it: the value itself names the part ("…, trong đó 5.000 lao động trực tiếp")
    bare_part = head_part if head_part and not _clean(left[head_part.end():]) else None
    # (not what a share of the whole has: "… 10.000 lao động …, trong đó ít nhất 60% có việc làm sau đào tạo")
    opened = P.PART_OF_PREVIOUS.match(left.lstrip(" \t,;"))
    link = P.PART_HEAD_LINK.match(text[q.end:q.end + 8].lstrip())
    has_part = bool(opened and right and link and not _clean(left.lstrip(" \t,;")[opened.end():]) and (
        (q.unit or "").startswith("%") or _members_named(link, q, done, text, row_start)))
    part_of = part_of or (opened if has_part else None)
    if part_of and not part_of.group().lower().lstrip().startswith("riêng") and not has_part and (
            not (part := _clean(left[part_of.end():])) or not _weak(right) or P.PLACE_SCOPE.fullmatch(P.TRAIL_WORDS.sub("", part))):
        part_of = None  # "Trong đó, ít nhất 40% doanh nghiệp …": the value names its own group after it; a place is a scope
    same_count = part_of is None and bare_part and not _weak(right) and count_unit and done and done[-1].indicator \
        and (done[-1].unit == q.unit or _classifier_of(done[-1].unit, q.unit)) and _line_bounds(text, done[-1].start)[0] == row_start
    if same_count:  # "Tạo việc làm cho 12.000 lao động, trong đó 5.000 lao động trực tiếp": a part of the whole's count
        part_of = bare_part
    share_of_count = part_of is None and bare_part and (q.unit or "").startswith("%") and right \
        and len(right.split()) <= MAX_PART_WORDS and done and done[-1].indicator and done[-1].unit \
        and not done[-1].unit.startswith(("%", "‰")) and _line_bounds(text, done[-1].start)[0] == row_start \
        and regex.match(rf"(?i:{regex.escape(done[-1].unit)})(?![\p{{L}}\p{{M}}])", right)
    if share_of_count:  # "30 chợ thực hiện thanh toán …, trong đó 100% chợ hạng 1": the share of a kind of the units counted
        part_of = bare_part
    # w22b: a share right after "trong đó" that follows a share of the same line ("Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân
    # số; trong đó 100% học sinh, sinh viên tham gia bảo hiểm y tế"): the rate among a group of the whole, the whole's
    # indicator and the group its scope (spec: a breakdown's parts keep the parent's indicator), as the plans' gold reads
    # "trong đó ít nhất 40% đạt mức độ 2", "trong đó 60% trạm y tế có …" after their share
    share_of_share = part_of is None and bare_part and (q.unit or "").startswith("%") and right and done \
        and done[-1].indicator and (done[-1].unit or "").startswith("%") and done[-1].end <= q.start \
        and _line_bounds(text, done[-1].start)[0] == row_start
    if share_of_share:
        part_of = bare_part
    # a rate's unit names its base ("109 bé trai/100 bé gái sinh ra sống"): its indicator is before it
    value_first = _value_first(left, own, right) and "/" not in (q.unit or "") and not P.RANK_BEFORE.search(left) \
        and not P.COMMA.match(text, _right_start(text, q)) \
        and not (q.unit in P.PLACE_UNITS and P.ACTION_PLACE.search(P.LINK_MODIFIERS.sub("", left.rstrip(" \t"))))
    # ("… cắt giảm tối thiểu 30%, trình …": nothing it counts follows; "Xây dựng mô hình … tại ít nhất 05 thôn, tổ dân phố
    # có …": the places an action is done at, the action names the count)
    if value_first and ":" in left:
        label = _clean(left.rsplit(":", 1)[0].split(":")[-1])
        framed = P.SCOPE_LABEL.match(label)
        if framed and not P.DIGIT.search(label) and not scope:
            scope = framed.group("scope")
    part = _composition_part(text, q, prev, line_start, line_label)
    year, series_period = None, None
    if part is not None:  # "Cơ cấu kinh tế: Nông nghiệp 25%; Công nghiệp - xây dựng 35%; …": the whole's indicator, the part as scope
        indicator, scope, start = part[2], part[1], part[0]
        rule = "rule_composition_part"
    elif done and done[-1].rule == "rule_body_label" and done[-1].end <= q.start and _line_bounds(text, done[-1].start)[0] == row_start \
            and P.BODY_LABEL_GOES_ON.fullmatch(text, done[-1].end, q.start):
        indicator, scope = done[-1].indicator, done[-1].scope  # "…: 120 cán bộ, chiến sĩ; 02 xuồng cao tốc": the same body's
        rule = "rule_body_label"  # next force or means under the same heading
    elif done and done[-1].indicator and done[-1].unit == q.unit and q.unit in P.DURATION_UNITS and done[-1].end <= q.start \
            and _line_bounds(text, done[-1].start)[0] == row_start and (bound := P.PLACE_BOUND_PART.fullmatch(left)) is not None:
        indicator, scope = done[-1].indicator, _clean(bound.group("place"))  # "… trên đất liền không quá 02 giờ, trên biển
        rule = "rule_part_bound"  # không quá 06 giờ": the same time, for the next place, under its own bound (s28e)
    elif not scope and P.BODY_LABEL_ONLY.fullmatch(left) and (listed := _body_list_heading(text, line_start, _clean(left.rsplit(":", 1)[0]))):
        indicator, scope = listed  # "1. Lực lượng …⏎- Bộ Chỉ huy Quân sự tỉnh: 120 cán bộ, chiến sĩ": the heading's, for the body
        rule = "rule_body_label"
    elif part_of and done and done[-1].indicator:
        indicator, scope = done[-1].indicator, _clean(left[part_of.end():]) or None  # "riêng năm 2026 đạt 8,5%": no part named
        if has_part:
            scope, end = f"{link.group().strip().lower()} {right}", _span_end(text, q.end, right)
        if same_count:
            scope, end = f"{q.unit_raw} {right}", _span_end(text, q.end, right)
        if share_of_count or share_of_share:
            scope, end = right, _span_end(text, q.end, right)
        rule = "rule_part_of_previous"
    elif done and done[-1].indicator and (base_end := _share_of_count_before(text, left, q, done[-1], row_start)) is not None:
        indicator, scope, end = done[-1].indicator, scope or done[-1].scope, base_end  # "… 30 xã …, chiếm 32% số xã"
        rule = "rule_share_of_count"
    elif (P.EQUIVALENT_VALUE.fullmatch(left) or done and q.unit != done[-1].unit and (
            P.BRACKET_OPEN.fullmatch(left) or text[clause_start - 1:clause_start] == "(" and P.BRACKET_RESTATED.fullmatch(left)
            or _restates_measured_share(text, clause_start, left, q, done[-1]))) \
            and _weak(right) and done and done[-1].indicator and done[-1].end <= q.start \
            and _line_bounds(text, done[-1].start)[0] == row_start and not SENTENCE_END.search(text, done[-1].end, q.start):
        indicator, scope = done[-1].indicator, scope or done[-1].scope  # "giảm 9% …, tương đương khoảng 1,2 triệu tCO2tđ"
        rule = "rule_equivalent_value"
    elif q.unit == "%" and P.SHARE_OF_BASE.fullmatch(left) and done and done[-1].indicator and done[-1].end <= q.start \
            and done[-1].unit and not done[-1].unit.startswith(("%", "‰")) \
            and _line_bounds(text, done[-1].start)[0] == row_start and not SENTENCE_END.search(text, done[-1].end, q.start):
        indicator, scope = done[-1].indicator, scope or done[-1].scope  # "… 620 nghìn tỷ đồng, bằng khoảng 35% GRDP"
        rule = "rule_share_of_base"
    elif P.RESTATED_COUNT.fullmatch(left) and done and done[-1].indicator and done[-1].end <= q.start \
            and (_weak(right) or q.unit == done[-1].unit and _names_counted_before(right, done[-1].indicator)) \
            and done[-1].unit and not done[-1].unit.startswith(("%", "‰")) and "/" not in done[-1].unit \
            and (q.unit in (done[-1].unit, done[-1].unit + "/năm", f"{done[-1].unit_base or done[-1].unit}/năm")
                 or _yearly_in_what_count_becomes(q.unit, done[-1].indicator)) \
            and _line_bounds(text, done[-1].start)[0] == row_start and not SENTENCE_END.search(text, done[-1].end, q.start):
        indicator, scope = done[-1].indicator, scope or done[-1].scope  # "…, nâng tổng số lên 12 cơ sở", "…, bình quân 300.000 cây/năm"
        rule = "rule_restated_count"  # (s30c: the yearly rate in the base unit of a scaled total: "12 nghìn ha …, bình quân
        # 2.400 ha/năm")
    elif series and _weak(right) and done and done[-1].indicator and (
            not count_unit or done[-1].unit == q.unit or text[prev.end:q.start].strip() == "/"):
        indicator, scope = done[-1].indicator, scope or done[-1].scope  # "02 lớp/80 đồng chí"
        rule = "rule_series"
        after = P.YEAR_AFTER_VALUE.match(text, q.end)
        year = int(after.group("year")) if after and done[-1].year is not None else None  # "…, 70% năm 2027"
    elif done and done[-1].indicator and done[-1].end <= q.start and _line_bounds(text, done[-1].start)[0] == row_start \
            and P.SIZE_OF_PREVIOUS.fullmatch(text, _after_parenthesis(text, clause_start, q.start), q.start):
        indicator, scope = done[-1].indicator, scope or done[-1].scope  # "05 mô hình … với quy mô 50 ha": the size of those
        rule = "rule_size_of_previous"
    elif (_weak(right) or P.SERIES_RIGHT.fullmatch(right) or P.PREDICATE_GOES_ON.match(right)) \
            and (series_year := _year_series(text, left, q, done, row_start)) is not None:
        indicator, scope, (year, series_period) = done[-1].indicator, scope or done[-1].scope, series_year  # "…, năm 2027 đạt 43%"
        rule = "rule_year_series"
    elif group and not own and _weak(right) and (above := _list_item_above(text, row_start, q, done)) is not None:
        indicator, scope = above.indicator, scope or group  # "…: THCS đạt 95%; Mầm non đạt 95%;⏎THPT trên 16%."
        rule = "rule_list_goes_on"
    elif group and line_label and _weak(right):
        indicator, scope = line_label, scope or group
        start = line_start + len(text[line_start:q.start]) - len(text[line_start:q.start].lstrip(" -+•*\t"))
        rule = "rule_line_label"
    elif group and not own and not count_unit and _weak(right) \
            and (whole := _area_part_whole(text, q, done, row_start, clause_start)) is not None:  # (a place's count: rule_place_part)
        indicator, scope = whole.indicator, scope or group  # "… đạt 95%; khu vực nông thôn đạt 80%": a part of the whole before
        rule = "rule_area_part"
    elif _done_at_places(left, own, right, q):  # "… tại 100% nhà trường": the places that do the action
        action = P.ASIDE.sub("", own if len(own.split()) <= MAX_ACTION_NAME_WORDS else local)
        indicator = f"{right} {_inside_name(action)}"
        end = _span_end(text, q.end, right)
        rule = "rule_places_doing_action"
    elif not _weak(own) and not (_weak(local) and not _weak(right) and not _right_only_whole(text, q, right)) and not value_first \
            and not (not (q.unit or "%").startswith(("%", "‰")) and P.GOAL_TAIL.search(own) and not _weak(right)):  # "… bảo đảm mục tiêu đạt 1.200 công trình xanh"
        indicator = _tidy(own, local, left)
        if not _weak(pledged := P.TRAILING_PLEDGE.sub("", indicator)):
            indicator = pledged
        rule = "rule_label_value" if ":" in left or "\t" in left else "rule_indicator_then_value"
        if rule == "rule_indicator_then_value" and count_unit and q.unit_raw and not scope \
                and (each := _each_doer(indicator)) is not None:
            scope, indicator = each  # "mỗi xã, phường thành lập mới ít nhất 02 câu lạc bộ": what each unit does, for each
        if rule == "rule_indicator_then_value" and count_unit and q.unit_raw and (
                _only_verbs(indicator) or P.COMMITMENT_VERBS.fullmatch(indicator)):
            # "Hình thành mới 05 Khu công nghiệp": what is formed is counted ("Thu hút 2,5 triệu lượt khách": without its scale)
            indicator = f"{indicator} {q.unit_base if q.value_base is not None else q.unit_raw}"
            if P.DESTINATION_AFTER.match(right or ""):
                indicator = f"{indicator} {right}"  # s29k: "Thu hút 1,2 triệu lượt khách đến các điểm du lịch cộng đồng": where they come
            elif P.BARE_MEASURE.fullmatch(pledged) and right and not _weak(right) and right[:1].islower():
                # w20a: "nâng tổng số lên 19/19 tiêu chí xã nông thôn mới nâng cao", "… lên 81/124 xã, phường có cơ sở dữ liệu
                # đất đai …": a bare total names what it counts by the words after its unit too, as written
                end = _span_end(text, q.end, right)
                indicator = f"{indicator} {P.SPACES.sub(' ', text[q.end:end]).strip(' ,;.')}"
        elif rule == "rule_indicator_then_value" and count_unit and q.unit_raw and not right and _done_for(left, local) \
                and P.FREQUENCY_LEAD.match(text, _right_start(text, q)):
            indicator = f"{indicator} cho {q.unit_raw}"  # "Giải quyết việc làm mới cho 25.000 lao động mỗi năm": those it is for
        elif count_unit and q.unit_raw and P.BARE_MEASURE.fullmatch(indicator):
            indicator = f"{indicator} {q.unit_raw}"  # "nâng tổng số lên 12 KCN": the total of what the unit counts
        elif (elided := _elided_head(text, indicator, q, done, row_start)) is not None or (
                (wholes := _before_parts(text, done, row_start)) and (elided := _elided_head(text, indicator, q, wholes, row_start))):
            indicator, rule = elided, "rule_elided_head"  # "…, cấp THCS của người dân tộc thiểu số đạt 90%"
        elif (shared := _shared_subject(text, indicator, q, done, row_start)) is not None:
            indicator, rule = shared, "rule_shared_subject"  # "…; tỷ lệ hoàn thành cấp trung học cơ sở đạt 85%"
        elif clause_start == line_start == row_start and (wrapped := _wrapped_name(text, line_start, q.start)) is not None:
            indicator, start = wrapped  # "Kinh phí chi cho nghiên cứu phát triển⏎(R&D)/GRDP tối thiểu 2%"
    elif not _weak(right):
        noun = (q.unit_base or q.unit) if count_unit and not regex.match(rf"(?i:{regex.escape(q.unit_base or q.unit)})\b", right) else ""
        # a count of those an action is for names the action ("Đào tạo nghề cho 2.000 lao động"); else only
        # verbs, not a stray bracket or comma
        verbs = _clean(own) if _verbs_list(_clean(own)) \
            else local if WORDS.search(local) and (_weak(local) or P.WORKS_VERBS.fullmatch(local)) \
            else _share_action(*_share_verb_phrase(own, local), left=left, right=right, q=q)  # (works verbs of two words each: "Cứng hóa 05 tuyến kênh", "Bê tông hóa 12 km …";
        # s34b: the verbs that share the value, all of them: "Trồng mới, phục hồi 1.500 ha rừng", "Nâng cấp, cải tạo 25 km đường")
        if not verbs and joined_verbs and count_unit and P.COMMITMENT_VERBS.fullmatch(own):
            verbs = own  # "… và sửa chữa, gia cố 03 cầu yếu": what is repaired is named after the value, by these verbs
        if not verbs and count_unit and (q.unit_base or q.unit) in EVENT_UNITS and ABOUT_AFTER.match(text, q.end) \
                and WORDS.search(local) and len(local.split()) <= MAX_ACTION_WORDS and not P.DIGIT.search(local) \
                and not (local[:1].isupper() and BODY_HEAD.match(local)):
            verbs = local  # s29h: "Kiểm tra đột xuất ít nhất 08 cuộc về …": the events counted are the action before them
        if (count_unit or (q.unit_base or q.unit) in LAND_SERVED) and not verbs and _done_for(left, local):
            verbs = f"{_with_verbs_before(own, local)} cho"  # (s35d: the land an action serves, in its area: "Cấp nước tưới cho
            # 1.200 ha cây ăn quả"; s36i: with the verbs listed before it, "Đào tạo, nâng cao kỹ năng cho 6.000 lao động")
        prefix = verbs or ("Số" if noun else "")
        if noun in P.INDIVIDUAL_CLASSIFIERS and P.NOUN_AFTER_CLASSIFIER.match(right):
            noun = ""  # "5.000 chiếc áo phao": "Số áo phao", the classifier is the unit (s32l)
        indicator = P.SPACES.sub(" ", f"{prefix} {noun} {right}").strip()
        found = text.rfind(verbs, clause_start, q.start) if verbs else -1
        start = found if found >= 0 else q.start
        end = _span_end(text, q.end, right)
        rule = "rule_value_then_indicator"
    elif not own and not right and not WORDS.search(text[line_start:q.start]) and (above := _line_above(text, row_start)):
        indicator, start = _label(above[2]), above[0]
        left = above[2]
        rule = "rule_stacked_cell"
    elif line_label and not (not own and nameable):
        indicator, scope = line_label, scope or (own or None)
        start = line_start + len(text[line_start:q.start]) - len(text[line_start:q.start].lstrip(" -+•*\t"))
        rule = "rule_line_label"
    elif not own and _weak(right) and P.YEAR_ITEM.fullmatch(text[line_start:q.start]) and (intro := _intro_label(text, line_start)):
        indicator = intro  # "Tỷ lệ hồ sơ được số hóa:" over "- Năm 2026: 50%", "- Năm 2027: 70%"
        start = line_start + len(text[line_start:q.start]) - len(text[line_start:q.start].lstrip(" -+•*\t"))
        rule = "rule_year_item"
    elif nameable:  # "xây dựng 25 khu dân cư mẫu", "có 5 Bác sỹ/1 vạn dân": the unit names the indicator
        # a measure ("ngô 2.200 ha", "trồng mới 500 ha rừng") names nothing: the words around it do
        named_by = "" if own and (q.unit_base or q.unit) in P.MEASURES else (q.unit_base or q.unit)
        if named_by and "/" in named_by and (qualified := P.QUALIFIED_PER.match(q.unit_raw or "", len(named_by.split("/")[0]))):
            named_by = q.unit_raw[:qualified.start("per")].rstrip(" /") + "/" + named_by.split("/", 1)[1]  # "bác sỹ y học cổ truyền/vạn dân"
        indicator = P.SPACES.sub(" ", f"{own or 'Số'} {named_by} {right}").strip()
        end = _span_end(text, q.end, right)
        rule = "rule_unit_names_indicator"
        if not own and _weak(right) and count_unit and q.unit_raw \
                and (named := _named_in_clause_before(text, sentence_start, clause_start, q.unit_raw)) is not None:
            indicator, rule = named, "rule_count_of_clause_before"  # "mở lớp bồi dưỡng … cho tổ trưởng tổ dân phố; mỗi năm
            # 02 lớp": the count of what the clause before names by the same noun (s30b)
        if place_subject and indicator == f"Số {q.unit_base or q.unit}" and (parent := _place_parent(text, q, done)) is not None:
            indicator, rule = parent.indicator, "rule_place_part"  # "… 1.200 công trình xanh. Trong đó, Hà Nội có 200 công trình"
        elif own and done and done[-1].rule == "rule_indicator_then_value" and done[-1].start >= line_start \
                and done[-1].unit != q.unit and P.LIST_GOES_ON_AFTER_COUNT.fullmatch(text, done[-1].end, q.start) \
                and not (prev is not None and prev.unit_raw and done[-1].indicator.lower().endswith(" " + prev.unit_raw.lower())):
            indicator, rule = done[-1].indicator, "rule_list_shares_action"  # "Kiểm tra … tại 25 cơ quan, tổ chức cấp tỉnh
            # và 30 xã, phường": the second count of one action, the words before it a qualifier of the first's noun (when
            # the first is named by its verb and its noun, "kiểm tra 25 cơ quan … và 40 xã", rule_same_verb below names the
            # second by the verb and its own noun)
        elif not right and P.DELIVERED_ONLY.fullmatch(own) and done and done[-1].unit == q.unit and done[-1].start >= line_start:
            indicator, rule = done[-1].indicator, "rule_phase_part"  # "… trên diện tích 1.500 ha; giai đoạn 2026 - 2027
            # hoàn thành 600 ha": the share of the same measure a phase delivers
    elif own and count_unit and q.value_base is not None and _only_verbs(own):
        indicator = f"{own} {q.unit_base}"  # "Phấn đấu đón khoảng 1,5 triệu lượt khách": the scaled unit counts what is done
        rule = "rule_unit_names_indicator"
    else:
        indicator = own or right
        rule = "rule_bare_value"
    if rule in ("rule_value_then_indicator", "rule_unit_names_indicator") and count_unit and prev is not None and done \
            and done[-1].indicator and done[-1].start >= row_start and prev.end <= q.start and _counts_previous(done[-1], prev) \
            and DONE_FOR.search(text, prev.end, q.start) and not _values_apart(text, prev.end, q.start, topics=True):
        # "Tổ chức 02 lớp bồi dưỡng … cho khoảng 80 hộ dân": those the output before it is for (a comma inside a fixed
        # name does not part them: "04 hội nghị tuyên truyền Luật Phòng, chống bạo lực gia đình cho khoảng 400 lượt người")
        noun = q.unit_base if q.value_base is not None else q.unit_raw
        indicator = P.SPACES.sub(" ", f"{done[-1].indicator} cho {noun} {right if not _weak(right) or right.islower() else ''}").strip()
        rule = "rule_done_for_previous"
    elif rule in ("rule_value_then_indicator", "rule_unit_names_indicator") and count_unit and prev is not None and done \
            and done[-1].indicator and done[-1].start >= row_start and P.LIST_JOIN.fullmatch(text, prev.end, q.start) \
            and _counts_previous(done[-1], prev) \
            and DONE_FOR.search(text, max(row_start, prev.start - 40), prev.start):
        # "tập huấn nghiệp vụ cho 850 điều tra viên và 120 tổ trưởng": the next of those the same action is for
        noun = q.unit_base if q.value_base is not None else q.unit_raw
        indicator = P.SPACES.sub(" ", f"{done[-1].indicator} cho {noun} {right if not _weak(right) or right.islower() else ''}").strip()
        rule = "rule_done_for_previous"
    elif rule in ("rule_value_then_indicator", "rule_unit_names_indicator") and count_unit and prev is not None and done \
            and done[-1].start >= row_start and done[-1].rule == "rule_indicator_then_value" and prev.unit_raw \
            and done[-1].indicator.lower().endswith(" " + prev.unit_raw.lower()) and QUALIFIED_JOIN.fullmatch(text, prev.end, q.start) \
            and _only_verbs(verb := done[-1].indicator[:-len(prev.unit_raw)].strip()):
        # "kiểm tra ít nhất 25 cơ quan, đơn vị cấp tỉnh và 40 xã, phường": the next of the things the same verb counts (not
        # the first's qualifier, "cấp tỉnh", naming the second)
        indicator = P.SPACES.sub(" ", f"{verb} {q.unit_raw} {right if not _weak(right) else ''}").strip()
        rule = "rule_same_verb"
    whole = _share_whole(text, q)
    if whole is not None and rule in ("rule_indicator_then_value", "rule_label_value", "rule_year_item") and indicator and not _names_whole(indicator, whole) \
            and not P.RATE_NAME.search(indicator):
        # "Kinh tế số chiếm 45% GRDP tỉnh": the share keeps the whole it is of ("Kinh tế số chiếm GRDP tỉnh"); a rate
        # names its own base ("Tỷ lệ phủ sóng 5G đạt 100% dân số")
        indicator, end = _share_of(indicator, left, whole.group("whole")), max(end, whole.end())
    elif whole is not None and rule in ("rule_bare_value", "rule_value_then_indicator") and _only_whole(indicator, whole) \
            and (part := _framing_label(text, line_start, q.start)) and not _overlaps(part, whole.group("whole")):
        # "- Về kinh tế số: đến năm 2030 đạt 30% GRDP", "- Kinh tế số:\n+ Đến năm 2030 đạt 30% GRDP": the part is the label's
        indicator, rule = _share_of(part, left, whole.group("whole")), "rule_share_of_label"
    if done and (aspect := _aspect_goes_on(text, q, done, row_start)) is not None:
        indicator, scope, rule = done[-1].indicator, aspect, "rule_aspect_goes_on"  # "… 95% về số lượng … và 90% về giá trị …"
    elif rule in ("rule_indicator_then_value", "rule_label_value") and not scope \
            and (whole_of := _list_part_parent(text, q, indicator, done, row_start)) is not None:
        indicator, scope, rule = whole_of.indicator, indicator, "rule_part_goes_on"  # "…; thủy sản tăng 6 - 6,5%/năm)"
    elif rule == "rule_indicator_then_value" and not scope \
            and (whole_of := _list_item_parent(text, q, indicator, done, row_start)) is not None:
        # (not an item named by a label before a colon, "a) Chi đầu tư phát triển: 9.845 tỷ đồng" under "Tổng chi …, gồm:":
        # a line of a budget, its own indicator)
        indicator, scope, rule = whole_of.indicator, indicator, "rule_listed_part"  # "…, trong đó:⏎+ lĩnh vực y tế giảm tối thiểu 7%"
    elif rule == "rule_value_then_indicator" and not scope and count_unit and right \
            and (whole_of := _list_part_parent(text, q, f"{q.unit_raw} {' '.join(right.split()[:MAX_PART_WORDS - 1])}", done, row_start)) is not None:
        # "15 cuộc thanh tra, trong đó: 11 cuộc thanh tra trách nhiệm …; 04 cuộc thanh tra chuyên đề": a later part of a
        # count named after its value, as the first part was (the same count noun opens both)
        indicator, scope, rule = whole_of.indicator, f"{q.unit_raw} {right}", "rule_part_goes_on"
    comparator = _comparator(left, q)
    if comparator is None and series and done and done[-1].comparator in ("ge", "gt", "le", "lt"):
        comparator = done[-1].comparator  # "có ít nhất 80% …, 40% …, 10% …"
    direction = _direction(text[line_start if rule == "rule_line_label" else clause_start:q.start])
    if direction is None and (series or rule == "rule_year_series") and done:
        direction = done[-1].direction
    shared_change = direction is None and _next_count_of_change(text, q, prev, done, row_start, rule, count_unit)
    if shared_change:
        direction = done[-1].direction  # t20: "Tăng thêm 15 máy gặt đập liên hợp và 08 lò sấy": the rise is said of both
        # (the indicator is still read from the count's own words: "… và 35 thôn ra khỏi diện đặc biệt khó khăn" keeps its
        # count of villages leaving, a flow already)
    if (q.unit or "").startswith(("%", P.PERCENTAGE_POINTS)) and done and _line_bounds(text, done[-1].start)[0] == row_start and done[-1].indicator \
            and (not indicator or P.RATE_OF_PREVIOUS.fullmatch(indicator) or P.AGAINST_BASELINE.match(indicator)
                 or P.BASELINE_NAME_ONLY.fullmatch(indicator.strip())) \
            and P.RATE_OF_PREVIOUS.fullmatch(left.strip()):
        # "… đạt 33 triệu USD, tốc độ tăng bình quân 03 - 04%/năm", "… đạt 12.500 tỷ đồng, tăng 8% so với dự toán năm
        # 2025": the rate of the value before it (what follows it is its baseline, not its name); w20b: or its change in
        # percentage points ("… đạt 32%, tăng 2,6 điểm phần trăm so với năm 2025")
        words = P.RATE_LINK_TAIL.sub("", P.SPACES.sub(" ", left).strip(" ,;:"))
        base = done[-1].indicator
        if done[-1].rule == "rule_rate_of_previous" and (said := P.RATE_OF_PREVIOUS.match(base)):
            base = base[said.end():] or base  # w22b: "…, vượt 4% dự toán, tăng 9,6% so với …": both rates of the one value
        indicator, rule = f"{words} {base}".strip(), "rule_rate_of_previous"
    elif q.unit and not q.unit.startswith(("%", "‰")) and done and done[-1].indicator and done[-1].unit == q.unit \
            and row_start <= done[-1].start and done[-1].end <= q.start and P.CHANGE_OF_PREVIOUS.fullmatch(text, done[-1].end, q.start) \
            and (not right.strip(" ,;.") or P.AGAINST_BASELINE.match(right.strip(" ,;"))):
        # "Số người tham gia … đạt 27.500 người, tăng 3.200 người so với năm 2024": the change of the value before it, in its
        # unit (what follows it is its baseline, not its name)
        indicator, rule = f"{P.SPACES.sub(' ', left).strip(' ,;:')} {done[-1].indicator}".strip(), "rule_change_of_previous"
    elif q.unit and done and done[-1].indicator and row_start <= done[-1].start and done[-1].end <= q.start \
            and (gap := P.RANK_OF_PREVIOUS.fullmatch(text, done[-1].end, q.start)) and (q.unit == "bậc" if gap.group("steps") else q.unit != "bậc" and P.LEADING_GROUP.match(text, q.end)):
        # "Chỉ số SIPAS … đạt từ 86% trở lên, tăng ít nhất 05 bậc so với năm 2025", "… đạt từ 87 điểm trở lên, nằm trong
        # nhóm 15 tỉnh, thành phố dẫn đầu": the rank of the indicator the value before it measures
        indicator, rule = done[-1].indicator, "rule_rank_of_previous"
    elif q.unit == "lần" and done and _line_bounds(text, done[-1].start)[0] == row_start and done[-1].indicator \
            and P.MULTIPLE_LINK.fullmatch(left):
        # "Doanh thu du lịch đạt 12.000 tỷ đồng, gấp 2,5 lần năm 2025": the multiple of the value before it
        indicator, rule = done[-1].indicator, "rule_multiple_of_previous"
    if (not indicator or not WORDS.search(indicator)) and rule == "rule_bare_value" and done and done[-1].indicator \
            and done[-1].start >= row_start and P.YEAR_OF_SERIES.search(left) \
            and P.SERIES_GAP.fullmatch(P.YEAR_OF_SERIES.sub(" ", left)):
        # "Doanh thu … tăng bình quân 15%/năm, đến năm 2030 đạt 25.000 tỷ đồng": the level the same indicator reaches
        indicator, rule = done[-1].indicator, "rule_level_after_rate"
    elif (not indicator or not WORDS.search(indicator)) and rule == "rule_bare_value" and done and done[-1].indicator \
            and done[-1].start >= row_start and done[-1].end <= q.start and done[-1].direction in ("increase", "decrease") \
            and ((done[-1].unit or "").startswith("%") or done[-1].unit == "lần") and q.unit and (
                not q.unit.startswith(("%", "‰")) and P.LEVEL_AFTER_CHANGE.fullmatch(text, done[-1].end, q.start)
                or q.unit == done[-1].unit and (P.RATE_LEVEL_AFTER_FALL if done[-1].direction == "decrease"
                                                else P.RATE_LEVEL_AFTER_RISE).fullmatch(text, done[-1].end, q.start)):
        # "Doanh thu … tăng 20% so với năm 2025, đạt khoảng 1.850 tỷ đồng": the level the changed measure reaches; "Tỷ lệ
        # hộ nghèo giảm 1 - 1,2%, còn dưới 2,8%": the level the changed rate reaches (s33d); "Thu nhập … tăng ít nhất 1,6 lần so
        # với năm 2025, đạt trên 110 triệu đồng/người/năm": the level after a change said as a multiple (w20a)
        indicator, rule = done[-1].indicator, "rule_level_after_change"
    elif (rule in ("rule_bare_value", "rule_value_then_indicator") and _due_date_only(text, q.end, indicator)
          or rule == "rule_indicator_then_value" and P.DUE_DATE_THEN_GAP.fullmatch(left) and _due_date_only(text, q.end, None)) \
            and done and done[-1].indicator \
            and done[-1].start >= row_start and done[-1].unit == q.unit \
            and (P.SERIES_GAP.fullmatch(left) or P.DUE_DATE_THEN_GAP.fullmatch(left)):
        # "… đạt tối thiểu 40% đến ngày 30/6/2027, tối thiểu 65% đến ngày 30/9/2027": the schedule's next step
        indicator, rule = done[-1].indicator, "rule_level_by_date"
        start = q.start if P.DUE_DATE_THEN_GAP.fullmatch(left) else start  # the step before's date is not this step's words
        at = _right_start(text, q)
        if not scope and (due := P.DUE_DATE_ONLY.match(text, P.BLANKS.match(text, at, at + 8).end())) \
                and (within := P.DUE_DATE_SCOPE.match(text, due.end())):
            scope = _clean(within.group("scope")) or None  # "90% trước ngày 31/12/2027 đối với khu vực đô thị"
    if (activity := _activity_heading(text, row_start, q.start)) is not None:
        if P.PER_UNIT_SIZE.match(text, q.end):
            return []  # "Số lượng: 02 hội nghị/năm × 50 đại biểu/hội nghị": how large each is, not an output
        indicator, rule = activity, "rule_activity_quantity"  # "3. In ấn tài liệu …" ⏎ "- Số lượng: 5.000 cuốn"
    elif (label := P.QUANTITY_LABEL.match(text, row_start)) is not None and not WORDS.search(text, label.end(), q.start):
        return []  # s25u/s28e: "III. KINH PHÍ⏎- Số lượng: 5 xe": a quantity label under no activity names nothing, known unit or not
    if rule != "rule_activity_quantity" and "/" in (q.unit or "") \
            and (often := FREQUENCY_OF.search(text, max(row_start, q.start - 300), q.start)) is not None:
        # "Các thông số: Độ mặn, pH, … quan trắc với tần suất 2 lần/tháng": how often the verb is done to what it names
        colon = text.rfind(":", row_start, often.start())
        what = _clean(text[colon + 1 if colon >= 0 else row_start:often.start()])
        indicator = P.SPACES.sub(" ", f"Tần suất {often.group('verb')} {_inside_name(what)}").strip()  # "Tần suất lấy mẫu nước thải"
    elif "/" in (q.unit or "") and FREQUENCY_LAST.search(indicator or "") \
            and (done_at := FREQUENCY_AFTER_ACTION.search(text, row_start, q.start)) is not None:
        # "Quan trắc chất lượng nước mặt lưu vực sông Cầu tại 48 điểm, tần suất 12 đợt/năm": the frequency of the action
        # its clause names before it (without where it is done)
        indicator = P.SPACES.sub(" ", f"Tần suất {_inside_name(_clean(done_at.group('action')))}").strip()
    if "/" in (q.unit or "") and indicator and (months := MONTHS_OF_FREQUENCY.match(indicator)) is not None:
        # "Tháng 3, 4 và tháng 9 - tháng 11 tần suất quan trắc 02 đợt/tháng": the months are when that frequency holds, its scope
        scope, indicator = scope or months.group("months"), indicator[months.end():]
        indicator = indicator[:1].upper() + indicator[1:]
    if not indicator or not WORDS.search(indicator):
        return []  # a value with nothing that names what it measures (a stray cell, a figure in passing)
    if len(regex.findall(r"(?<![\p{L}])[a-z]{2,}(?![\p{L}])", indicator)) >= 3 and not P.VIETNAMESE_LETTER.search(indicator):
        return []  # a translation beside the Vietnamese text ("… of collected charges to the state budget")
    if direction is None and rule == "rule_stacked_cell":
        direction = _direction(indicator)  # "Giảm tiêu hao năng lượng …" in the cell above
    own_year = rule == "rule_year_series"  # "…; năm 2026 tăng 6%": one year's change, whatever the clause before says
    # (nor a level reached: "giảm bình quân 1 - 1,5%/năm; phấn đấu đến cuối năm 2030 còn dưới 2%" is a rate, then a level)
    own_clause = own_year or _to_level(text[clause_start:q.end])
    saving = direction is None and P.SAVING_BEFORE_VALUE.search(text, max(clause_start, q.start - 60), q.start) is not None
    since_a_year = P.SINCE_A_YEAR_AFTER.match(text, q.end) is not None  # "…; … giảm 20% so với năm 2025": its own clause's rate
    before = text[clause_start:q.start] if own_clause or since_a_year or sentence_start >= clause_start \
        else P.UNIT_PER_YEAR.sub(" ", text[sentence_start:clause_start]) + text[clause_start:q.start]
    if q.unit == "%" and (direction in ("increase", "decrease") or saving) and P.YEARLY.search(
            f"{before} {text[q.end:_right_end(text, q, stop)]} {indicator}"):
        q = replace(q, unit="%/năm")  # "Hàng năm, số vụ … tăng trên 03%", "giảm 1,5% mỗi năm"
    # "Tỷ lệ hộ nghèo giảm 1,5%": the value is the change, unless a link word brings the measure to it ("giảm còn 1,5%")
    change = direction in ("increase", "decrease") and not shared_change and not _to_level(text[clause_start:q.end])
    if year is None and q.unit != "lần" and not P.YEAR_OF_SERIES.search(text, clause_start, q.start) \
            and (after := P.YEAR_AFTER_VALUE.match(text, q.end)) is not None and not P.YEAR_OPENS_VALUE.match(text, after.end()) \
            and not P.FIGURE_ASIDE.match(text, P.BLANKS.match(text, q.end).end()):
        # (not a multiple's: "gấp 2 lần năm 2025" names its baseline)
        year = int(after.group("year"))  # "…; tỷ lệ đô thị hóa đạt 45% (năm 2030)": the year right after the value is its own
    row = _target(ctx, q, indicator, start, end, comparator, direction, scope, rule, year=year, change=change,
                  part=rule == "rule_year_series" and _series_of_part(done, scope))
    if series_period:
        row = replace(row, period=series_period)  # "…; giai đoạn 2026 - 2028 đạt 7,5%": the phase's, due by its last year
    if row.year is not None and ctx.first_year and row.year < ctx.first_year:
        return []  # a year before the plan's own: history, not a target
    rows = [row]
    if direction in ("increase", "decrease") and (counts := _criteria_listed(text, q, clause_start, sentence_start, stop)):
        # "giảm từ 5% đến 10% trên cả 3 tiêu chí số vụ, số người chết, số người bị thương": a row per count
        rows = [replace(_target(ctx, q, name, start, end, comparator, direction, scope, "rule_criteria_each", year=year,
                                change=change), period=row.period) for name in counts]
    for part, label, label_start in _breakdown(text, q, parts):
        # a part's own comparator ("trong đó có ít nhất 12 huy chương vàng")
        part_comparator = _comparator(text[label_start:part.start], part) or "eq"
        label = PART_COMPARATOR_TAIL.sub("", label) or label  # "cây ăn quả khoảng 420 ha": the comparator names no part
        label = regex.sub(r"^(?:và|cùng)\s+", "", label) or label  # w23c: "… 4.350 tỷ đồng và vốn ngân sách địa phương …"
        rows.append(_target(ctx, part, indicator, label_start, part.end, part_comparator, direction, label, "rule_breakdown"))
    return rows


def _criteria_listed(text: str, q: Quantity, clause_start: int, sentence_start: int, stop: int) -> list[str] | None:
    """The counts one value is stated for (P.CRITERIA_LIST), right after the value or right before it in its clause, each
    named with what it counts when the sentence says it ("Số vụ tai nạn giao thông", "Số người chết do tai nạn giao
    thông"); None where no such list is written."""
    listed = P.CRITERIA_LIST.match(text, P.BLANKS.match(text, q.end).end())
    if listed is not None and listed.end() > stop:
        listed = None
    if listed is None:
        for at in P.CRITERIA_START.finditer(text, clause_start, q.start):
            found = P.CRITERIA_LIST.match(text, at.start())
            if found is not None and found.end() <= q.start and P.CRITERIA_TO_VALUE.fullmatch(text, found.end(), q.start):
                listed = found
                break
    if listed is None:
        return None
    items = [i for i in P.CRITERIA_SPLIT.split(listed.group("items")) if i]
    if (n := listed.group("n")) is not None and (int(n) if n.isdigit() else P.NUMBER_WORDS_SMALL[n.lower()]) != len(items):
        return None  # "trên cả 3 tiêu chí" before two counts: not the list it names
    subject = None
    if (after := P.CRITERIA_SUBJECT_AFTER.match(text, listed.end())) is not None:
        subject = after.group("subject")
    else:
        for before in P.CRITERIA_SUBJECT_BEFORE.finditer(text, sentence_start, q.start):
            if before.end("subject") <= min(listed.start(), q.start):
                subject = before.group("subject")
    subject = P.SPACES.sub(" ", subject).strip() if subject else None
    names = []
    for item in items:
        item = P.SPACES.sub(" ", item).strip()
        if subject and not set(item.lower().split()[1:]) & set(P.SPACES.split(subject.lower().replace(",", " "))):
            # (a count that names what it counts keeps its name: "số vụ cháy" beside "… do cháy, nổ")
            item = f"{item} {subject}" if item.lower().split()[-1] == "vụ" else f"{item} do {subject}"
        names.append(item[:1].upper() + item[1:])
    return names


MAX_PART_WORDS = 6
# A list opened by a colon ("trong đó: việc làm trong tỉnh 11.200 lao động; đi làm việc tại các tỉnh, thành phố khác 3.000
# lao động; …") says that its items are the whole's parts: a longer name, or one that shares words with the whole's, is
# still a part (not after a bare "trong đó", where a clause of its own may follow the first part).
MAX_LIST_PART_WORDS = 12


def _list_part_parent(text: str, q: Quantity, indicator: str, done: list[Target], row_start: int) -> Target | None:
    """The whole that a later part of a breakdown belongs to ("Giá trị sản xuất nông, lâm, thủy sản tăng 4 - 5%/năm
    (trong đó giá trị sản xuất nông nghiệp tăng 3 - 3,5%/năm; thủy sản tăng 6 - 6,5%/năm)", "Tổng vốn đầu tư … đạt
    12.000 tỷ đồng, trong đó vốn ngân sách 3.000 tỷ đồng; vốn doanh nghiệp 7.000 tỷ đồng"): a short name after a first
    part, in the sentence whose "trong đó" opened the parts, in the whole's unit. The part keeps the whole's indicator and
    names itself in scope (spec: a breakdown). A part that names a measure of its own ("Tỷ lệ …", "giá trị …") keeps it,
    unless the part before it, opening with the same head, was read as the whole's part ("trong đó thu nội địa 1.200 tỷ
    đồng; thu xuất nhập khẩu 300 tỷ đồng")."""
    if not indicator or len(indicator.split()) > MAX_LIST_PART_WORDS:
        return None
    row = []
    for t in reversed(done):  # the row's values are the last ones found: stop at the first before the row (linear)
        if t.end < row_start:
            break
        if t.indicator and t.end <= q.start and row_start <= t.start and _line_bounds(text, t.start)[0] == row_start:
            row.insert(0, t)
    opener = None
    for opener in P.PART_LIST_OPEN.finditer(text, row_start, q.start):
        pass
    if opener is None or SENTENCE_END.search(text, opener.end(), q.start):
        return None
    listed = P.LIST_COLON.match(text, opener.end()) is not None  # "trong đó:", "gồm:": a list of the whole's parts
    wholes = [t for t in row if t.end <= opener.start()]
    parts = [t for t in row if t.start >= opener.start()]
    if not wholes or not parts:
        return None
    # a longer name that opens with the two words the part before it opens with is the next item of the same list ("trong
    # đó dự án Đường Vành đai 4 … 620 ha; dự án Cảng hàng không quốc tế Long Thành (giai đoạn 2) 1.150 ha", s27b)
    words = indicator.lower().split()
    parallel = len(words) >= 2 and (parts[-1].scope or "").lower().split()[:2] == words[:2]
    if len(words) > MAX_PART_WORDS and not listed and not parallel:
        return None
    whole = wholes[-1]
    if SENTENCE_END.search(text, whole.end, opener.start()) or _count_kind(whole.unit) != _count_kind(q.unit):
        return None
    head = P.INDICATOR_HEAD.match(indicator)
    if head and (parts[-1].indicator != whole.indicator or not (parts[-1].scope or "").lower().startswith(head.group().lower())):
        return None  # "…, trong đó có bằng cấp đạt 35%; tỷ lệ thất nghiệp dưới 3%": a measure of its own
    if not listed and not _part_kin(indicator, parts[-1].scope, whole.indicator):
        return None  # "Kim ngạch xuất khẩu …, trong đó hàng nông sản 200 triệu USD; nhập khẩu 300 triệu USD": a parallel indicator
    return whole


MAX_ITEMS_ABOVE = 12


def _mark_kind(mark: str) -> str:
    """What items of one list share (P.ITEM_MARK_LINE): the same bullet, or any letter and its bracket ("a)", "b)")."""
    return mark if mark in "-+•–" else "a)"


def _list_item_parent(text: str, q: Quantity, indicator: str, done: list[Target], row_start: int) -> Target | None:
    """The whole that an item of a list under it is a part of (see P.LIST_LINE_OPENER): the last value on the line that
    opens the list, before its "trong đó:", in the item's unit kind; the item names itself (a short name, a field, a
    source: "ngân sách cấp xã 15 tỷ đồng") and keeps the whole's indicator (spec: a breakdown)."""
    item = P.ITEM_MARK_LINE.match(text, row_start)
    if item is None or not indicator or len(indicator.split()) > MAX_LIST_PART_WORDS:
        return None
    mark = _mark_kind(item.group("mark"))
    line_start = row_start
    for _ in range(MAX_ITEMS_ABOVE):
        if line_start == 0:
            return None
        above = text.rfind("\n", 0, line_start - 1) + 1
        if not text[above:line_start - 1].strip():  # x22b: a blank line, as a crawl sets one between each paragraph
            line_start = above  # ("… giảm ít nhất 10%, trong đó:⏎⏎+ lĩnh vực y tế giảm tối thiểu 7%;"): no line of its own
            continue
        opener = P.LIST_LINE_OPENER.search(text, above, line_start - 1)
        if opener is not None:
            whole = None
            for t in reversed(done):  # (the last values found: stop at the first before the opener's line)
                if t.start < above:
                    break
                if t.end <= opener.start():
                    whole = t
                    break
            if whole is None or not whole.indicator or _count_kind(whole.unit) != _count_kind(q.unit) or whole.scope:
                return None
            head = P.INDICATOR_HEAD.match(indicator)
            if head and head.group().lower() not in whole.indicator.lower():
                return None  # "+ Tỷ lệ nợ quá hạn dưới 0,3%" under "Tổng dư nợ tăng 8%, trong đó:": a measure of its own
            return whole
        other = P.ITEM_MARK_LINE.match(text, above, line_start - 1)
        if other is None or _mark_kind(other.group("mark")) != mark:
            return None
        line_start = above
    return None


def _own_funding_part(text: str, sentence_start: int, q: Quantity, headings: list[str]) -> bool:
    """Whether an amount is the plan's funding named at its sentence's head, or one of that funding's parts (see
    P.OWN_FUNDING_HEAD): the amount right after the head (a year or period between them aside: P.FUNDING_YEARS), or one
    after "trong đó" / "gồm" or in brackets that follow it."""
    head = None
    for head in P.OWN_FUNDING_HEAD.finditer(text, sentence_start, q.start):
        pass
    if head is None and any(P.FUNDING_HEADING.match(h) for h in headings):
        return True  # under the heading of the plan's funding ("V. KINH PHÍ THỰC HIỆN", "III. DỰ TOÁN KINH PHÍ") an amount
        # is that funding: its total ("tổng kinh phí dự kiến 14,2 tỷ đồng", "Kinh phí thực hiện từ ngân sách huyện năm 2025
        # là 86 tỷ đồng"), a source's or an item's part, in its sentence or on a line of its own ("- Ngân sách tỉnh: 300
        # triệu đồng;", "- Thu và phân tích mẫu: 1.364.329.243 đồng/năm."); an amount to raise is kept by the caller
    if head is None:
        return False
    between = P.FUNDING_YEARS.sub(" ", text[head.end():q.start])  # "… Kế hoạch giai đoạn 2026 - 2030 là 186 tỷ đồng"
    between = P.DOCUMENT_CODE.sub(" ", between)  # "… theo Nghị quyết số 18/2025/NQ-HĐND, dự kiến 185 tỷ đồng"
    return not P.DIGIT.search(between) or P.PART_LIST_OPEN.search(between) is not None \
        or P.FUNDING_PARTS_BRACKET.search(between) is not None


# Units that count people: a whole of "lao động" has parts in "người" ("Giải quyết việc làm cho 16.000 lao động, trong đó:
# …; đưa đi làm việc ở nước ngoài theo hợp đồng 1.800 người"): the labour statistics count a worker as a person (Luật Thống
# kê 2015, Phụ lục: "Lực lượng lao động", đơn vị tính người).
PERSON_COUNTS = frozenset({"người", "lao động"})


def _count_kind(unit: str | None) -> str:
    """A unit's kind for a part's test: its first part ("%/năm" → "%"), with the units that count people as one."""
    first = (unit or "").split("/")[0]
    return "người" if first in PERSON_COUNTS else first


def _part_kin(name: str, prev_scope: str | None, whole: str) -> bool:
    """A later name in a breakdown's list is a part of the same whole when it opens with the word the part before it
    opens with ("vốn ngân sách …; vốn doanh nghiệp …", "thu nội địa …; thu xuất nhập khẩu …"), when the whole's name
    holds it ("Giá trị sản xuất nông, lâm, thủy sản …; thủy sản …") or when it shares no word with the whole's name
    ("Doanh thu du lịch …, bao gồm lưu trú …, ăn uống …"). A name that varies the whole's name ("Kim ngạch xuất khẩu …,
    trong đó …; nhập khẩu …", "Doanh thu du lịch …; thu ngân sách …") is a parallel indicator of its own."""
    words = name.lower().split()
    if prev_scope and words and prev_scope.lower().split()[:1] == words[:1]:
        return True
    whole = P.SPACES.sub(" ", whole.lower())
    if regex.search(r"(?<![\p{L}\p{M}])" + regex.escape(" ".join(words)) + r"(?![\p{L}\p{M}])", whole) is not None:
        return True
    return not set(words) & set(regex.findall(r"[\p{L}\p{M}]+", whole))


def _after_place_label(text: str, line_start: int, at: int) -> tuple[int, str | None]:
    """Where the clause of a value's line opens, and the scope its line's label names: a label that names the place its
    targets are for ("- Tại địa bàn có khu công nghiệp: Phấn đấu tăng thêm ít nhất 20% số nhóm trẻ …") is their scope,
    and the clause after its colon reads as if it opened the line (its words are no indicator). Elsewhere the line's
    start and no scope."""
    found = P.PLACE_LABEL.match(text, line_start + P.BULLET.match(text[line_start:at]).end(), at)
    if found is None or _content_words(found.group("scope")) > FRAMING_WORDS:
        return line_start, None
    return found.end(), _clean(found.group("scope"))


def _area_part_whole(text: str, q: Quantity, done: list[Target], line_start: int, clause_start: int) -> Target | None:
    """The whole that a clause naming only an area or a place and its value belongs to, when it follows that whole's
    value in the same sentence after "," or ";" ("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%; khu
    vực nông thôn đạt 80%", "Tỷ lệ hộ sử dụng nước sạch đạt 98%, nông thôn đạt 95%"), in the same unit: a breakdown
    whose part names itself in scope (spec). None elsewhere."""
    if not done or not done[-1].indicator or done[-1].end > q.start or _line_bounds(text, done[-1].start)[0] != line_start:
        return None
    whole = done[-1]
    if (whole.unit or "%").split("/")[0] != (q.unit or "%").split("/")[0]:
        return None
    between = text[whole.end:clause_start]
    return whole if P.AREA_PART_GAP.fullmatch(between) else None


def _list_item_above(text: str, line_start: int, q: Quantity, done: list[Target]) -> Target | None:
    """The last value of the line right above when that line's list goes on (it ends with ";" or ","), in the same
    unit: a line that names only a group and its value ("THPT trên 16%.") is the next item of that list, broken onto
    its own line ("- Giáo viên đạt chuẩn: THCS đạt 95%; Mầm non đạt 95%;⏎THPT trên 16%."). None elsewhere."""
    if line_start == 0 or not done or not done[-1].indicator or (done[-1].unit or "%") != (q.unit or "%"):
        return None
    above = _line_bounds(text, line_start - 1)
    if not above[0] <= done[-1].start < above[1] or not text[above[0]:above[1]].rstrip().endswith((";", ",")):
        return None
    return done[-1]


def _series_of_part(done: list[Target], scope: str | None) -> bool:
    """s36i: a year's value that goes on the series of a part of a whole, for the same part ("… đạt ít nhất 80%, trong đó các
    xã vùng đồng bào dân tộc thiểu số … đạt tối thiểu 70%; phấn đấu năm 2026 đạt 71%, năm 2027 đạt 74%"): a part as the
    part's own row is (SUB_GROUP_RULES), so both read the part rule of `_target` alike."""
    at = len(done) - 1
    while at >= 0 and done[at].rule == "rule_year_series":
        at -= 1
    return bool(scope) and at >= 0 and done[at].rule in SUB_GROUP_RULES and done[at].scope == scope


def _year_series(text: str, left: str, q: Quantity, done: list[Target], line_start: int) -> tuple[int, str | None] | None:
    """The year of a value that goes on the previous value's series of years on the same line ("Tỷ lệ che phủ rừng
    năm 2026 đạt 42%, năm 2027 đạt 43%", "… 60% năm 2026, 70% năm 2027 và 80% năm 2028"), in the same unit: the year
    named before it in its clause, or right after it; and the period when a phase names it ("Tăng trưởng GRDP đạt
    8%/năm; giai đoạn 2026 - 2028 đạt 7,5%": 2028, "2026-2028")."""
    # a yearly rate of a period, then one year's own ("… bình quân đạt trên 6,5%/năm; năm 2026 tăng 6%")
    yearly_rate = bool(done) and q.unit is not None and done[-1].unit == f"{q.unit}/năm"
    if not done or not done[-1].indicator or (done[-1].year is None and not yearly_rate) or (done[-1].unit != q.unit and not yearly_rate) \
            or _line_bounds(text, done[-1].start)[0] != line_start or done[-1].end > q.start:
        return None
    years = list(P.YEAR_OF_SERIES.finditer(left))
    gap = P.YEAR_OF_SERIES.sub(" ", left)
    bound = P.BOUND_CLOSE.match(text, q.end)  # "… và từ 40% trở lên vào năm 2030": the bound's "từ" is no gap word
    if bound:
        gap = P.RANGE_BOUND_OPEN.sub("", gap)
    # s32a: or the year's own commitment verb repeated ("Năm 2026 hỗ trợ 5.000 máy …; năm 2027 hỗ trợ thêm 3.500 máy và
    # năm 2028 hỗ trợ thêm 3.000 máy"): the same output, that year's count
    if not (P.SERIES_GAP.fullmatch(gap) or years and P.COMMITMENT_VERBS.fullmatch(P.SERIES_AND.sub("", gap).strip(" \t,;:"))):
        return None
    after = P.YEAR_AFTER_VALUE.match(text, bound.end() if bound else q.end)
    if after:
        return int(after.group("year")), None
    if not years:
        return None
    phase = years[-1]
    if phase.group("year") is None:  # "… và cả năm đạt trên 70%": the whole year of the part-year steps before (P.WHOLE_YEAR)
        return (done[-1].year, None) if done[-1].year is not None else None
    return int(phase.group("year")), f"{phase.group('first')}-{phase.group('year')}" if phase.group("first") else None


def _share_of_count_before(text: str, left: str, q: Quantity, before: Target, row_start: int) -> int | None:
    """Where the base of `q` ends when `q` restates the count before it as its share of all the units it counts ("Có tối
    thiểu 30 xã đạt chuẩn nông thôn mới kiểu mẫu, chiếm 32% số xã"): a "%" right after "chiếm" in the count's sentence, its
    base the count's own noun; else None."""
    if not (q.unit or "").startswith("%") or not before.unit or before.unit.startswith(("%", "‰")) or "/" in before.unit \
            or before.end > q.start or _line_bounds(text, before.start)[0] != row_start or SENTENCE_END.search(text, before.end, q.start) \
            or P.SHARE_OF_COUNT_LEFT.fullmatch(left) is None:
        return None
    base = P.COUNT_BASE_AFTER.match(text, q.end)
    nouns = {before.unit.lower(), (before.unit_raw or "").lower()}
    return base.end("noun") if base and P.SPACES.sub(" ", base.group("noun")).lower() in nouns else None


def _restates_measured_share(text: str, clause_start: int, left: str, q: Quantity, before: Target) -> bool:
    """Whether `q`, after a comma, restates as an amount the share before it of a measured whole ("Thu gom, xử lý 100% khối
    lượng chất thải rắn sinh hoạt phát sinh, khoảng 48 tấn/ngày"): the same target in the whole's own unit (s36a)."""
    return (before.unit or "").startswith("%") and q.unit is not None and not q.unit.startswith(("%", "‰")) \
        and text[:clause_start].rstrip().endswith(",") and P.BRACKET_RESTATED.fullmatch(left) is not None \
        and P.MEASURED_WHOLE.search(before.indicator or "") is not None


def _place_parent(text: str, q: Quantity, done: list[Target]) -> Target | None:
    """The count a place's count is part of: the value before it in its paragraph, in the same unit, whose
    indicator names more of what is counted ("cả nước có 1.200 công trình xây dựng xanh. Trong đó, Hà Nội có tối
    thiểu 200 công trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình")."""
    if not done:
        return None
    parent = done[-1]
    between = text[parent.end:q.start]
    if parent.unit != q.unit or len(between) > 400 or "\n\n" in between or not parent.indicator \
            or not parent.indicator.startswith(f"Số {q.unit} ") or parent.start > q.start:
        return None
    return parent


def _share_whole(text: str, q: Quantity) -> regex.Match | None:
    """The whole a share ("%", not a rate a year) is of, named right after it: "45% GRDP tỉnh", "3% tổng chi ngân sách"."""
    if not (q.unit or "").startswith("%") or "/" in q.unit:
        return None
    return P.SHARE_WHOLE.match(text, _right_start(text, q))


def _names_whole(indicator: str, whole: regex.Match) -> bool:
    """The indicator already names the whole ("Tỷ lệ chi R&D so với GRDP đạt 2% GRDP")."""
    head = whole.group("whole").split()
    head = head[:2] if head[0].lower() == "tổng" else head[:1]
    spaced = r"\s+".join(map(regex.escape, head))
    return bool(regex.search(rf"(?i:(?<![\p{{L}}\p{{M}}]){spaced}(?![\p{{L}}\p{{M}}]))", indicator))


def _aspect_goes_on(text: str, q: Quantity, done: list[Target], row_start: int) -> str | None:
    """The respect a value is stated in ("về tổng giá trị gói thầu") when the value before it on the line was stated in
    another respect of the same measure and unit ("… đạt tối thiểu 95% về số lượng gói thầu và không thấp hơn 90% về tổng
    giá trị gói thầu", see P.ASPECT_BETWEEN); else None."""
    before = done[-1]
    if not before.indicator or before.start < row_start or before.end > q.start \
            or (q.unit or "").split("/")[0] != (before.unit or "").split("/")[0] \
            or not (P.ASPECT_BETWEEN.fullmatch(text, before.end, q.start) or P.AREA_ASPECT_BETWEEN.fullmatch(text, before.end, q.start)):
        return None
    after = P.ASPECT_AFTER.match(text, q.end) or (
        P.AREA_ASPECT_AFTER.match(text, q.end) if P.AREA_ASPECT_BETWEEN.fullmatch(text, before.end, q.start) else None)
    return after.group("aspect") if after else None


def _right_only_whole(text: str, q: Quantity, right: str) -> bool:
    """What follows a share is only the whole it is of ("… do hạn, mặn không quá 1% tổng diện tích gieo trồng"): it names
    no indicator of its own, so a short last clause before the value ("mặn") is the end of the name before it, cut at a
    comma inside it, not a verb whose object follows (s30a)."""
    return (whole := _share_whole(text, q)) is not None and _only_whole(right, whole)


def _only_whole(indicator: str | None, whole: regex.Match) -> bool:
    """The name is only the whole a share is of, with its verbs ("GRDP", "đạt GRDP của tỉnh")."""
    named = set(WORDS.findall(P.VERBS.sub(" ", indicator or "").lower()))
    return named <= set(WORDS.findall(whole.group("whole").lower()))


FRAMING_WORDS = 8


def _overlaps(a: str, b: str) -> bool:
    """The two names share a word ("ngân sách" and "tổng chi ngân sách"): one is no part of the other's whole."""
    return bool(set(WORDS.findall(a.lower())) & set(WORDS.findall(b.lower())))


def _framing_label(text: str, line_start: int, at: int) -> str | None:
    """The part a share of a whole is for when the clause names only the whole: the label of its line, a topic
    too ("- Về kinh tế số: … đạt 30% GRDP"), or the line that introduces its list ("- Kinh tế số:" over "+ … đạt
    30% GRDP"); a short name without figures."""
    colon = text.rfind(":", line_start, at)
    if colon >= 0:
        raw = text[line_start:colon]
    else:
        intro = _intro_line(text, line_start) if P.BULLET_MARK.match(text[line_start:line_start + 10]) else None
        if intro is None or not text[intro[0]:intro[1]].rstrip().endswith(":"):
            return None
        raw = text[intro[0]:intro[1]].rstrip()[:-1]
    label = _clean(P.TOPIC.sub("", P.BULLET.sub("", raw)))
    if not label or P.DIGIT.search(label) or _content_words(label) > FRAMING_WORDS or ":" in label:
        return None
    return label


def with_whole(indicator: str, whole: str) -> str:
    """A share's name with the whole its unit names (a table's "% GRDP"): "Tỷ trọng kinh tế số trong GRDP",
    "Vốn đầu tư toàn xã hội so với GRDP"; as it was when it names the whole or is a rate with its own base."""
    head = P.SHARE_WHOLE.match(" " + whole)
    if head is None or _names_whole(indicator, head) or P.RATE_NAME.search(indicator):
        return indicator
    return _share_of(indicator, "", whole)


def _share_of(indicator: str, left: str, whole: str) -> str:
    """The name of a share with its whole, as the clause links them: the verb as written ("Kinh tế số chiếm GRDP",
    "Kinh tế tư nhân đóng góp vào GRDP"), "trong" after a name that says it is a share ("Tỷ trọng kinh tế số
    trong GRDP"), else "so với" ("Vốn đầu tư toàn xã hội so với GRDP")."""
    verb = P.SHARE_VERB.search(P.LINK_MODIFIERS.sub("", left.rstrip())) if left else None
    name = P.SHARE_VERB.sub("", indicator).strip(" ,:")
    if verb:
        link = "chiếm" if verb.group("verb").lower().startswith("chiếm") else "đóng góp vào"
    else:
        link = "trong" if P.SHARE_NAME.match(name) else "so với"
    return f"{name} {link} {whole}"


def _article(text: str, at: int) -> str | None:
    """The heading line of the article ("Điều N. …") a position lies in, if any: up to the next
    article, the recipients or the title of the plan the decision issues."""
    starts = [m for m in P.ARTICLE_LINE.finditer(text, max(0, at - 20000), at)]
    if not starts:
        return None
    last = starts[-1]
    if P.AFTER_ARTICLES.search(text, last.end(), at):
        return None
    newline = text.rfind("\n", last.start(), last.end())  # the match may open on the blank lines above the article
    begin = newline + 1 if newline >= 0 else last.start()
    end = text.find("\n", begin)
    return text[begin:end if end >= 0 else len(text)]


def _budget_of_year(ctx: Context, article: str) -> bool:
    """An article on the estimate of a year's budget (see P.BUDGET_OF_YEAR_HEADING): not on its final accounts or what
    was done, not on a year before the document's own or issue year (ctx.first_year)."""
    m = P.BUDGET_OF_YEAR_HEADING.search(article)
    return bool(m) and not P.BUDGET_REPORTED.search(article) \
        and (ctx.first_year is None or int(m.group("year")) >= ctx.first_year)


def _committed(ctx: Context, sentence_start: int, at: int) -> bool:
    """Inside an article ("Điều N.") of a law, decree or resolution a value is a target only when its
    sentence or the article's heading commits to it (mục tiêu, chỉ tiêu, phấn đấu, đến năm …)."""
    article = _article(ctx.text, at)
    if article is None:
        return True
    if P.COMMITTED.search(ctx.text[sentence_start:at]) or P.COMMITTED_HEADING.search(article) or _budget_of_year(ctx, article):
        return True
    return any(P.COMMITTED_HEADING.search(s.label) for s in ctx.outline.containing(at) if s.kind != "bullet")


def _line_above(text: str, line_start: int) -> tuple[int, int, str] | None:
    """A table laid out one cell per line: the text line right above a value alone on its line."""
    for start, end, line in lines_above(text, line_start, 3):  # up over at most two blank lines
        if line.strip():
            if P.NUMBER_RE.search(line) and not WORDS.search(P.NUMBER_RE.sub("", line).replace("%", "")) or len(WORDS.findall(line)) < 2:
                return None
            return start, end, line
    return None


def _span_end(text: str, pos: int, right: str) -> int:
    """Where the right-hand indicator `right` (cleaned text after `pos`) ends in `text`."""
    if not right:
        return pos
    i = text.find(right[-min(len(right), 12):], pos)
    return i + min(len(right), 12) if i >= 0 else pos

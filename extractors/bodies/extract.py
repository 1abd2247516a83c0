"""Responsible bodies: who is given a task, in what role, and the task itself.

Names are bounded by rules (a head from `heads.tsv`, a tail of name words that
stops at a task verb, a preposition or the next head, an optional jurisdiction);
roles come from the grammar of assignment around a list of names (see patterns).
A name that is only mentioned ("báo cáo UBND huyện", "của Sở Nội vụ") gives no row, nor one inside a
citation, a distribution list or a letterhead (`skipped`). Complete names (`names.tsv`) end by themselves
and are read loosely; `naming` gives each body one canonical name per document.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass, replace

import regex

from extractors import CACHE_NAMES
from extractors.bodies import patterns as P
from extractors.bodies.levels import CENTRAL_CITIES, COMMUNE_OFFICES, OWN_LEVEL, with_levels
from extractors.bodies.naming import canonical_name, known_name, one_name_per_body, spelling
from extractors.bodies.skipped import (addressees, capital_lines, citations, distribution_lists, eligibility_sections, form_lines,
                                       indicator_labels)
from extractors.intervals import Intervals
from extractors.lines import line_starts
from extractors.regexes import matched_in_place
from extractors.task_tables import row_spans, task_rows
from extractors.text_index import lower_text
from pipeline.closing import skip_spans
from pipeline.model import Body

WORD = regex.compile(r"[\p{L}\p{M}]+|\d+")
TOKEN = regex.compile(r"\n|[\p{L}\p{M}]+|\d+|[^\s\p{L}\p{M}\d]")
LETTER = regex.compile(r"[\p{L}\p{M}]")
SPACES = regex.compile(r"\s+")
# "quản lý", "kiểm soát" (words of names too: "Ban Quản lý", "Trung tâm Kiểm soát bệnh tật") in lower case at the end of
# a name are the verb of its task ("Vụ Tổ chức cán bộ quản lý hồ sơ …", "Cục Bảo vệ thực vật kiểm soát chặt chẽ …").
TRAILING_VERB = regex.compile(r"(?<=\S)[ \t]+(?:quản[ \t]+lý|kiểm[ \t]+soát)$")
# …when its object follows, or the verb it pairs with after a comma ("Văn phòng Hội quản lý, sử dụng nguồn vận động …", s31c)
OBJECT_AFTER = regex.compile(r"[ \t]+\p{Ll}|[ \t]*,[ \t]*\p{Ll}")
# s26b: "thông tin" at a name's end before "tuyên truyền" is the verb pair of a task ("Trung tâm Khuyến nông quốc gia thông tin,
# tuyên truyền về Đề án"), not the field of a name ("Trung tâm Công nghệ thông tin", "Cục An toàn thông tin": the words
# "thông tin" ends)
TRAILING_INFORM = regex.compile(r"(?<=\S)(?<!(?:công[ \t]+nghệ|an[ \t]+toàn|an[ \t]+ninh))[ \t]+thông[ \t]+tin$", regex.IGNORECASE)
PROMOTION_AFTER = matched_in_place(r",?[ \t]+tuyên[ \t]+truyền(?![\p{L}\p{M}])")
# s30a: …and a lower-case "thông tin" right after a proper name of two capitalised syllables or more ("Báo và Phát thanh,
# Truyền hình Vĩnh Long thông tin kịp thời …", "Báo Lào Cai thông tin …"): the name closed on its place or own name, as a
# business's does (_after_proper_name), so the words are the verb of its task whatever follows them.
INFORM_AFTER_PROPER = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*[ \t]+\p{Lu}[\p{Ll}\p{M}]*[ \t]+thông[ \t]+tin$")
# The legal form a state corporation equitised writes after its name ("Tổng công ty Cảng hàng không Việt Nam - CTCP", "Tập
# đoàn Bưu chính Viễn thông Việt Nam - CTCP"; Luật Doanh nghiệp 2020, Điều 37: the type of business in its name): it ends the name.
LEGAL_FORM_SUFFIXES = frozenset({"CTCP", "JSC"})
MAX_LOWER_RUN = 4  # lower-case words in a row inside a name ("Phát triển nông thôn")
MAX_TAIL_WORDS = 16
TASK_CHARS = 300


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    canonical: str
    kind: str
    level: str | None
    written: str | None = None  # the text at [start, end) when the name is composed ("UBND các xã: A, B" → "… xã B")


@functools.lru_cache(maxsize=CACHE_NAMES)  # the same names again and again
def _level(head: str, name: str) -> str | None:
    tail = name[len(head):] if name.startswith(head) else name
    for pattern, level in P.LEVEL_OF_JURISDICTION:
        if pattern.search(tail):
            return level
    if "Trung ương" in name or "Việt Nam" in name and P.HEADS[head][0] != "mttq":
        return "trung_uong"
    if P.OF_A_MINISTRY.search(tail):
        return "trung_uong"  # "Văn phòng Bộ", "Thanh tra Bộ Y tế": a ministry's own unit
    return P.HEADS[head][1]


def _is_head_at(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos].isupper() and _head_at(text, pos) is not None


def _opens_name_at(text: str, pos: int) -> bool:
    """A head at `pos` that opens another body's name: a head that needs a capitalised word after it has one or its
    level ("Báo Nhân Dân", "Công an xã"), not the "Báo chí" of "Phòng Quản lý Báo chí - Xuất bản"."""
    if not (pos < len(text) and text[pos].isupper()):
        return False
    m = _head_at(text, pos)
    if m is None:
        return False
    head = P.HEAD_FORMS.get(m.group()) or P.HEAD_BY_LOWER_FORM.get(m.group().lower())
    if head not in P.NEEDS_CAPITAL_TAIL:
        return True
    if head in P.PLACE_ONLY_HEADS:  # "Viễn thông Phú Thọ", not "… Bưu chính Viễn thông Việt Nam"
        return bool(P.PLACE_AFTER.match(text, m.end())) and not P.COUNTRY_NAME.match(text, m.end())
    after = text[m.end():m.end() + 2]
    return (after[:1] == " " and after[1:2].isupper()) or (head in P.LEVEL_TAIL and bool(P.JURISDICTION.match(text, m.end())))


def _bare_head_ends_name(text: str, tokens: list, i: int) -> bool:
    """The capitalised word at `i` is a one-word head ("Ban", "Sở") right after a capitalised word of a school's or a
    business's proper name and closes the name, punctuation, the line's end or a task verb after it ("Trường Mầm non Hoa
    Ban⏎", "Công ty Thủy điện Nậm Ban,", "… Hoa Ban tổ chức …"): a head alone names no body, so it is the proper name's
    last syllable."""
    t = tokens[i]
    head = _head_at(text, t.start())
    if head is None or i == 0 or head.group().split("\n")[0].rstrip() != t.group():
        return False  # (a head read over the line's end, "Ban⏎Tổ chức …", is the bare head and the next line's verb)
    if not (P.NAME_CLOSES.match(text, t.end()) or P.ASSIGNMENT_WORD.match(text, t.end() + 1) and text[t.end():t.end() + 1] == " "):
        return False
    before = tokens[i - 1].group()
    return before[:1].isupper() and WORD.fullmatch(before) is not None and not _is_abbreviation(before)


def _head_at(text: str, pos: int) -> regex.Match | None:
    """`P.HEAD.match(text, pos)`, trying only the forms that open with the word at `pos`."""
    word = P.WORD_RUN.match(text, pos)
    pattern = P.HEAD_OPENED_BY.get(word.group().translate(P.AS_HEAD_READS_THEM).lower()) if word else None
    return pattern.match(text, pos) if pattern else None


LIST_OF_DOMAINS = regex.compile(r",\s*\p{Lu}[\p{L}\p{M}\s,]{0,40}?\s+và\s+\p{Lu}")
CLOSING = regex.compile(r"\s*(?:[,;.:()\n]|$|\s+và\s|\s+(?:của\s+)?(?:" + P.JURISDICTION_WORD + r")(?![\p{L}\p{M}]))")


def _closed_run(text: str, pos: int) -> bool:
    """A short run of other lower-case words closed by punctuation, "và" or a level word."""
    return bool(CLOSING.match(text, pos))


def _is_abbreviation(word: str) -> bool:
    """A word in capitals ("XD", "GTVT"): a whole name part, never the first syllable of a two-syllable word."""
    return len(word) > 1 and word.isupper()


def _after_proper_name(tokens: list, i: int, words: int) -> bool:
    """The lower-case word at `i` follows a proper name of two capitalised syllables or more inside a business's or
    school's name ("Công ty Điện lực Phú Thọ phát triển …", "Công ty Cổ phần Cấp nước Hà Tĩnh đầu tư …"): a proper name
    capitalises every syllable, a common word of the name its first only ("Khai thác", "Xổ số"), so the word is not
    the second syllable of a capitalised word but the task after the name."""
    if words < 2 or i < 2:
        return False
    a, b, t = tokens[i - 2], tokens[i - 1], tokens[i]
    if b.group().lower() in P.NAME_BOUND.get(t.group(), ()):
        return False  # "Bệnh viện Phổi Trung ương": the lower-case syllable of a word of names ("Trung ương")
    if a.group() == "miền" and b.group()[:1].isupper() and a.end() + 1 == b.start() and b.end() + 1 == t.start():
        return True  # a region closes the name as a proper name does ("Tổng công ty Điện lực miền Bắc bàn giao …"; s33d)
    return all(x.group()[:1].isupper() and not _is_abbreviation(x.group()) and WORD.fullmatch(x.group()) is not None
               for x in (a, b)) and a.end() + 1 == b.start() and b.end() + 1 == t.start()


def _after_site_name(tokens: list, i: int, words: int, opening: int) -> bool:
    """The lower-case word at `i` follows the proper name of the site a board manages (P.SITE_NAMED: "Ban Quản lý Quần thể
    danh thắng Tràng An đầu tư …", "Ban Quản lý Vịnh Hạ Long tổ chức …"): two capitalised syllables after a lower-case word
    of the tail, or `opening` and more where they open it (three after "Ban Quản lý": "Vịnh Hạ Long", "Côn Sơn - Kiếp Bạc";
    places joined by a dash count). Not two right after "Ban Quản lý": the first syllables of capitalised common words
    ("Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên": "nghiệp" is Nông's)."""
    if not _after_proper_name(tokens, i, words):
        return False
    k, run = i - 1, 0
    while k >= 0:
        w = tokens[k].group()
        if w in ("-", "–") and k >= 1 and tokens[k - 1].group()[:1].isupper():
            k -= 1
            continue
        if not (w[:1].isupper() and WORD.fullmatch(w)):
            break
        run, k = run + 1, k - 1
    return run >= opening or k >= 0 and WORD.fullmatch(tokens[k].group()) is not None \
        and tokens[k].group()[:1].islower()


MAX_PROPER_TAIL = 10  # words of a cooperative's trade and name ("Dịch vụ tổng hợp nông nghiệp Tân Phú Đông")


def _proper_tail_end(text: str, end: int) -> int:
    """Where a cooperative's name ends: at its last capitalised word ("Hợp tác xã nông nghiệp Phong Hòa hoàn thiện …"
    ends at "Hòa"), before a task verb, a level word, another body's head or more than two lower-case words after a
    capitalised one ("Hợp tác xã Rau an toàn Mỹ Đức" runs on)."""
    last = pos = end
    lower_after = 0
    for _ in range(MAX_PROPER_TAIL):
        m = P.PROPER_NAME_WORD.match(text, pos)
        if not m:
            break
        at, word = m.start("word"), m.group("word")
        if P.JURISDICTION_WORD_RE.match(text, at):
            return pos if last == end else last  # "Hợp tác xã nông nghiệp xã Tân Lập": its commune's name follows
        if P.ASSIGNMENT_WORD.match(text, at) or P.STOP.match(text, at):
            break
        if "\n" in text[pos:at] and P.STOP.match(text[at:at + 40].lower()):
            break  # "8. Hợp tác xã nông nghiệp Phong Hòa⏎Bảo đảm …": the name heads its block, the task opens the next line
        if word[0].isupper() or word.isdigit():
            if last > end and _opens_name_at(text, at):
                break  # "Hợp tác xã Tân Lập, Hội Nông dân …": the next body
            last, lower_after = m.end(), 0
        elif last > end and word not in P.NAME_WORDS:
            lower_after += 1
            if lower_after > 2:
                break
        pos = m.end()
    return last


def _words_of_names(words: list[str]) -> bool:
    """Every word of a run is a word of names ("và" joining two), or a syllable of a two-syllable word of names beside the
    other ("phương tiện", "người lái": P.NAME_LEADS, P.NAME_BOUND)."""
    for k, w in enumerate(words):
        if not (w in P.NAME_WORDS or w == "và" or k and words[k - 1] in P.NAME_BOUND.get(w, ())
                or k + 1 < len(words) and f"{w} {words[k + 1]}" in P.NAME_LEADS):
            return False
    return True


def _field_series_end(text: str, comma: int) -> int | None:
    """Where a comma series of three or more capitalised fields ends, before the level that closes the name (the first
    comma at `comma`): "Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm tỉnh" (P.FIELD_SERIES). None when a field opens
    another body's name or names people ("Trung tâm Y tế, Trạm Y tế, Công an xã" lists three bodies)."""
    m = P.FIELD_SERIES.match(text, comma)
    if not m:
        return None
    for start in m.starts(1):
        if _opens_name_at(text, start) or P.PEOPLE_AT.match(text, start - 1) or P.STOP.match(text, start) \
                or P.JURISDICTION_WORD_RE.match(text, start):
            return None
    return m.end()


def _second_field_end(text: str, comma: int) -> int | None:
    """Where the second field of a ministry's unit named for two ("Vụ Kế hoạch, Tài chính") ends, the comma at `comma`:
    a capitalised word that opens no other name nor names people, and up to two lower-case words of names, closed by
    punctuation, a line's or a cell's end, or a word of the task, which is no word of names (None when the comma lists
    another item)."""
    m = P.SECOND_FIELD.match(text, comma)
    if not m:
        return _lower_second_field_end(text, comma)
    if _opens_name_at(text, m.start("field")) or P.PEOPLE_AT.match(text, m.start("field") - 1) \
            or P.STOP.match(text, m.start("field")) or P.JURISDICTION_WORD_RE.match(text, m.start("field")):
        return None
    end = m.end()
    for _ in range(2):
        w = P.LOWER_WORD_AFTER.match(text, end)
        if not w or w.group("word") not in P.NAME_WORDS or P.STOP.match(text, w.start("word")):
            break
        end = w.end()
    if P.NAME_CLOSES.match(text, end):
        return end
    w = P.LOWER_WORD_AFTER.match(text, end)
    return end if w and (w.group("word") not in P.NAME_WORDS or P.STOP.match(text, w.start("word"))) else None


def _lower_second_field_end(text: str, comma: int) -> int | None:
    """…or a second field in lower case ("Cục Quản lý khám, chữa bệnh"): one or two words of names, then the task's word
    or punctuation at once."""
    m = P.LOWER_SECOND_FIELD.match(text, comma)
    if not m or P.JURISDICTION_WORD_RE.match(text, m.start("field")):
        return None
    words = m.group("field").split()
    if any(w not in P.NAME_WORDS for w in words) or any(P.STOP.match(text, w.start()) for w in WORD.finditer(text, m.start("field"), m.end())):
        return None
    if P.NAME_CLOSES.match(text, m.end()):
        return m.end()
    after = P.LOWER_WORD_AFTER.match(text, m.end())
    return m.end() if after and (P.STOP.match(text, after.start("word")) or P.ASSIGNMENT_WORD.match(text, after.start("word"))) else None


def _lower_field_end(text: str, tokens: list, i: int) -> int | None:
    """Where a field in lower case joined by "và" or a comma to a field in lower case ends (the comma or "và" at `tokens[i]`):
    the official names of units go on in lower case after their first word, fields joined so ("Trường Cán bộ quản lý nông
    nghiệp và môi trường", "Trung tâm Chuyển đổi số và Thống kê nông nghiệp, môi trường": Nghị định 35/2025/NĐ-CP, Điều 3).
    The field before must be in lower case already (two lower-case words, the last a word of names: not "Sở Y tế, …"); the
    field after is one to three words of names, then punctuation, a line's or cell's end, a word of the task or a level
    ("… nông nghiệp và môi trường tổ chức …" stops before "tổ chức"). None when the comma or "và" lists another item."""
    if i < 2 or not all(WORD.fullmatch(tokens[j].group()) and tokens[j].group().islower() for j in (i - 1, i - 2)) \
            or tokens[i - 1].group() not in P.NAME_WORDS:
        return None
    end = tokens[i].end()
    prev = tokens[i - 1].group()
    if P.CO_ACTOR.match(text, P.BLANKS.match(text, end).end()):
        return None  # "Trung tâm Y tế dự phòng và người dân thực hiện": who acts with it
    for _ in range(3):
        term = P.LOWER_FIELD_TERM.match(text, end)  # "… nghề nghiệp và giáo dục thường xuyên": "thường xuyên" is no adverb here
        w = term or P.LOWER_WORD_AFTER.match(text, end)
        if not term and (not w or P.STOP.match(text, w.start("word")) or P.ASSIGNMENT_WORD.match(text, w.start("word"))
                         or P.JURISDICTION_WORD_RE.match(text, w.start("word"))
                         or not (w.group("word") in P.NAME_WORDS or prev in P.NAME_BOUND.get(w.group("word"), ()))):
            return None
        end, prev = w.end(), w.group("word").split()[-1]
        nxt = P.LOWER_WORD_AFTER.match(text, end)
        if P.NAME_CLOSES.match(text, end) or text.startswith("\t", end) or nxt and (
                P.STOP.match(text, nxt.start("word")) or P.JURISDICTION_WORD_RE.match(text, nxt.start("word"))):
            return end
    return None


def _wrapped_in_cell(text: str, pos: int) -> bool:
    """The line break at `pos` wraps a proper name inside a table cell written between rule lines ("|")."""
    return bool(P.WRAPPED_PROPER_NAME.match(text, pos) and P.CELL_AFTER_WRAP.match(text[pos:pos + P.CELL_CHARS])
                and P.CELL_BEFORE_WRAP.search(text[max(0, pos - P.CELL_CHARS):pos]))


def _wrapped_in_prose(text: str, pos: int) -> bool:
    """The line break at `pos` wraps a proper name inside a long line of prose (a text wrapped at a fixed width); a
    next line that opens with a task verb ("… Đài Phát thanh và Truyền hình Hà Giang⏎Chỉ đạo các cơ quan …")
    is a new sentence, not the rest of the name."""
    wrap = P.WRAPPED_PROSE_NAME.match(text, pos)
    if not wrap or not P.PROSE_LINE_BEFORE.search(text, max(0, pos - 400), pos):
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    item = P.ITEM_OPENING.match(text, line_start)
    if item and not any(P.STOP.match(text[w.start():w.start() + 30].lower()) for w in WORD.finditer(text, item.end(), pos)):
        return False  # an item's line that only names bodies ("6. Công ty … Bắc Nghệ An, Công ty … Nam Nghệ An⏎Quản lý, vận hành
        # …"): a heading over its block, ended where its writer ended it, not a sentence wrapped at a fixed width (s29b)
    opening = text[pos:pos + 60].lstrip()
    return not P.STOP.match(opening[:1].lower() + opening[1:])


def _cell_end(text: str, start: int, end: int) -> int:
    """A name alone in a crawled table's cell runs to the cell's end ("|⏎Cục Bản quyền tác giả⏎|"): what is left there
    is the rest of the name, not a task."""
    rest = P.CELL_REST.match(text, end)
    if not rest or not P.CELL_OPENS.search(text, max(0, start - 40), start):
        return end
    words = rest.group("rest")
    if any(P.STOP.match(words, w.start()) or P.JURISDICTION_WORD_RE.match(words, w.start()) for w in WORD.finditer(words)):
        return end
    return rest.end("rest")


def _parent_end(text: str, head: str, tokens: list, i: int) -> int | None:
    """Where the parent's name ends when the head at `tokens[i]` opens the body a unit (`head`) belongs to, written
    after the unit's own name with a space only ("Ban Kinh tế - Xã hội Hội Nông dân tỉnh", "Vụ Pháp chế Bộ Tư pháp");
    None when it opens another body."""
    t = tokens[i]
    if head.split()[0] not in P.UNIT_HEAD_WORDS or not WORD.fullmatch(tokens[i - 1].group()) or text[tokens[i - 1].end():t.start()] != " ":
        return None
    inner = _head_at(text, t.start())
    written = inner and SPACES.sub(" ", inner.group())  # a head wrapped over two lines ("Hội⏎Nông dân")
    parent = inner and (P.HEAD_FORMS.get(written) or P.HEAD_BY_LOWER_FORM.get(written.lower()))
    if not parent or not P.PARENT_OF_NAMED_UNIT.match(parent) or P.HEADS[parent][0] in ("hdnd", "ubnd"):
        return None
    return _tail_end(text, parent, inner.end())


def _work_to_level(text: str, end: int):
    """A board's work in lower case to its one level, before its task ("… nghĩa vụ quân sự xã chỉ đạo …"), or None."""
    work = P.WORK_TO_LEVEL.match(text, end)
    if work and not P.ASSIGNMENT_WORD.search(work.group()) and len(P.JURISDICTION_WORD_RE.findall(work.group())) == 1 \
            and not P.BOARD_TASK_IN_WORK.match(work.group()):
        return work
    return None


TAIL_CHUNK = 8  # tokens read at a time after a head: a name ends after a few words, seldom after 220 characters


def _tokens(text: str, start: int, end: int):
    """(the tokens of text[start:end] read so far, `has(i)`: whether there is an `i`-th token, reading on as needed):
    what `list(TOKEN.finditer(text, start, end))` holds, read only as far as the tail of a name is looked at."""
    tokens: list = []
    source = TOKEN.finditer(text, start, end)

    def has(i: int) -> bool:
        nonlocal source
        while len(tokens) <= i and source is not None:
            chunk = list(itertools.islice(source, TAIL_CHUNK))
            tokens.extend(chunk)
            if len(chunk) < TAIL_CHUNK:
                source = None
        return i < len(tokens)

    has(TAIL_CHUNK - 1)
    return tokens, has


def _past(tokens: list, has, i: int, last: int) -> int:
    """The index of the first token at or after `last`, from `i` on (the tokens a name's rule took whole are skipped)."""
    while has(i) and tokens[i].start() < last:
        i += 1
    return i


def _party_committee_of(text: str, end: int) -> int | None:
    """Where the body's name ends that a "Đảng ủy" (ending at `end`) is the Party committee of ("Đảng ủy Ủy ban Mặt trận Tổ
    quốc Việt Nam tỉnh", "Đảng ủy Công an tỉnh": Điều lệ Đảng, the Party organisation of a body is named with the body's
    name); None where no body's head follows ("Đảng ủy xã", "Đảng ủy Quân sự tỉnh"). (HEAD reads no head right after
    "ủy", so the name is looked for on the text from it.)"""
    space = regex.match(r"[ \t]+", text[end:end + 4])
    if space is None:
        return None
    start = end + space.end()
    if not text[start:start + 1].isupper():
        return None
    piece = text[start:start + 260]
    inner = _head_at(piece, 0)
    inner_head = inner and (P.HEAD_FORMS.get(inner.group()) or P.HEAD_BY_LOWER_FORM.get(inner.group().lower()))
    if not inner_head or inner_head == "Đảng ủy" or not _opens_name_at(piece, 0):
        return None
    return _tail_end(text, inner_head, start + inner.end())


def _tail_end(text: str, head: str, end: int) -> int:
    """Where a name that opens with `head` (ending at `end`) ends."""
    if head == "Đảng ủy" and (party := _party_committee_of(text, end)) is not None:
        return party  # "Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam (tỉnh)": the Party committee of the body named after it
    standing = P.STANDING_OF.match(text, end) if head in P.STANDING_OFFICE_HEADS else None
    inner = _head_at(text, standing.end()) if standing and text[standing.end()].isupper() else None
    board = inner and (P.HEAD_FORMS.get(inner.group()) or P.HEAD_BY_LOWER_FORM.get(inner.group().lower()))
    if board and P.HEADS[board][0] in P.BOARD_KINDS:
        if board in P.CLOSED_HEADS:
            return inner.end()
        head, end = board, inner.end()  # "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia": the board's standing office, named with it
    if head in P.RESIDENTIAL_NAMED_HEADS and (areas := P.RESIDENTIAL_AREAS.match(text, end)) is not None:
        return areas.end()  # "Ban công tác Mặt trận các tổ dân phố": named after the residential areas it works in
    if head in P.CLOSED_HEADS:
        if head in P.PLACE_NAMED_HEADS and (place := P.PLACE_AFTER.match(text, end)) is not None and not _is_head_at(
                text, place.start() + len(place.group()) - len(place.group().lstrip())):
            return place.end()  # "Điện lực Hải Lăng", "Tỉnh đoàn Đồng Nai": a unit named by its place (not "Tỉnh đoàn Sở …")
        own = P.OWN_DEPARTMENT.match(text, end) if head in P.COUNCIL_HEADS else None
        return own.end() if own else end  # "Hội đồng Thi đua - Khen thưởng Sở": the department's own council
    if head in P.PROPER_NAMED:
        return _proper_tail_end(text, end)
    if head in P.WORK_NAMED_HEADS:
        work = _work_to_level(text, end)
        if work:
            return work.end()  # "Ban Quản lý xây dựng nông thôn mới xã (chủ trì …)"
        long_work = P.LONG_WORK_TO_LEVEL.match(text, end) if head == "Ban Chỉ đạo" else None
        if long_work and not P.ASSIGNMENT_WORD.search(long_work.group()) and not P.BOARD_TASK_IN_WORK.match(long_work.group()) \
                and len(P.JURISDICTION_WORD_RE.findall(long_work.group())) == 1:
            return long_work.end()  # "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào … tỉnh (…)"
    cell_end = text.find("\t", end, end + 220)  # a table's cell ends the name: it never runs into the next cell
    tokens, has = _tokens(text, end, cell_end if cell_end >= 0 else min(len(text), end + 220))
    words = lower_run = 0
    last = end
    in_programme = in_plural = coded = False
    i = 0
    while has(i):
        t = tokens[i]
        s = t.group()
        nxt = tokens[i + 1] if has(i + 1) else None
        topics = P.TOPIC_LIST.match(text, t.start()) if s == "," and words and head in P.TOPIC_HEADS else None
        if topics:  # "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (của tỉnh)"
            return topics.end()
        if s in {",", "và", "&", "-", "–"}:
            if words == 0 and s != "&" and not (s in "-–" and " " in head):
                break  # "Đài Truyền thanh - Truyền hình" runs on; "Phòng - …" does not
            if nxt is None or not WORD.fullmatch(nxt.group()) or _opens_name_at(text, nxt.start()):
                break
            domains = P.LOWER_DOMAINS.match(text, t.start()) if s == "," and words else None
            if s == "," and words and not domains:
                domains = P.LOWER_DOMAINS_BEFORE_TASK.match(text, t.start())
                if domains and not (P.STOP.match(text, domains.start("next"))
                                    or P.JURISDICTION_WORD_RE.match(text, domains.start("next"))):
                    domains = None
            if domains and _words_of_names(WORD.findall(domains.group())):
                last = domains.end()  # "Trung tâm Xúc tiến đầu tư, thương mại và du lịch": the fields it serves
                words += len(WORD.findall(domains.group()))
                i = _past(tokens, has, i, last)
                continue
            series = _field_series_end(text, t.start()) if s == "," and words and head not in P.SERIES_NOT_NAMED else None
            if series:
                last = series  # "Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm (tỉnh)": a unit named for a series of fields
                words += len(WORD.findall(text, t.start(), series))
                i = _past(tokens, has, i, last)
                continue
            pair = P.COMMA_PAIR.match(text, tokens[i - 1].end()) if s == "," and words else None
            if pair:
                last = pair.end()  # "… và cứu nạn, cứu hộ", "Ban Chỉ đạo phòng, chống dịch": one pair of words
                words += len(WORD.findall(pair.group()))
                i = _past(tokens, has, i, last)
                continue
            size = P.BUSINESS_SIZE.match(text, t.start() - 1) if s == "và" and words else None
            if size:
                last = size.end()  # "… Doanh nghiệp vừa và nhỏ": the size of the businesses it serves
                words += 2
                i = _past(tokens, has, i, last)
                continue
            field = P.AND_LOWER_FIELD.match(text, t.start() - 1) if s == "và" and words else None
            if field and all(w in P.NAME_WORDS for w in field.group(1).split()):
                last = field.end()  # "Hội đồng Giáo dục quốc phòng và an ninh (tỉnh)"
                words += len(field.group(1).split())
                i = _past(tokens, has, i, last)
                continue
            second = _second_field_end(text, t.start()) if s == "," and words and head in P.TITLED_UNIT_HEADS else None
            if second:
                last = second  # "Vụ Kế hoạch, Tài chính": a unit named for two fields
                words += len(WORD.findall(text, t.start(), second))
                i = _past(tokens, has, i, last)
                continue
            more = _lower_field_end(text, tokens, i) if s in {",", "và"} and words >= 2 else None
            if more:
                last = more  # "Trường Cán bộ quản lý nông nghiệp và môi trường", "… Thống kê nông nghiệp, môi trường"
                words += len(WORD.findall(text, t.end(), more))
                i = _past(tokens, has, i, last)
                continue
            zones = P.ZONES_AFTER.match(text, t.end()) if s == "và" and words and P.ZONE_IN_NAME.search(text, end, t.start()) else None
            if zones:  # "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi": one board for both
                last, lower_run = zones.end(), 0
                words += len(WORD.findall(zones.group()))
                i = _past(tokens, has, i, last)
                continue
            plural_item = in_plural and nxt.group() in P.PLURAL_IN_NAME  # "… các khu công nghiệp, khu kinh tế"
            if s == "và" and words and head == "Ban Quản lý" and P.ZONES_AFTER.match(text, t.end()):
                i += 1  # s28e: one board for an economic zone and the province's industrial zones (Nghị định 35/2022/NĐ-CP):
                continue  # "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"
            if s in {",", "và"} and not nxt.group()[0].isupper() and not plural_item:
                break  # …but "Ban Quản lý các khu công nghệ cao và khu công nghiệp" runs on
            if s == "," and not plural_item and (not LIST_OF_DOMAINS.match(text, t.start()) or P.PEOPLE_AT.match(text, t.end())):
                break  # "Văn phòng UBND tỉnh, Giám đốc …": only "Văn hóa, Thể thao và Du lịch" runs on
            if s == "và" and P.PEOPLE_AT.match(text, t.end()):
                break  # "Cục Quản lý Dược và Thủ trưởng các đơn vị …": the people of the next item
            if plural_item:
                lower_run = 0  # a second item of the plural: "… và khu công nghiệp", "…, khu kinh tế"
            i += 1
            continue
        if s == "\n" and (words or " " in head) and nxt is not None and nxt.group()[:1].isupper() and WORD.fullmatch(nxt.group()) \
                and not _opens_name_at(text, nxt.start()) and (_wrapped_in_cell(text, t.start())
                                                               or _wrapped_in_prose(text, t.start())):
            i += 1  # "Tập đoàn Điện lực⏎Việt Nam" wrapped in a table's cell: the name goes on
            continue
        if not WORD.fullmatch(s):
            break
        if s in LEGAL_FORM_SUFFIXES and words and tokens[i - 1].group() in ("-", "–"):
            words, last = words + 1, t.end()  # "Tổng công ty Cảng hàng không Việt Nam - CTCP đầu tư …": the legal form
            break  # written after the name closes it (Luật Doanh nghiệp 2020, Điều 37), the task's verb after it
        inner = _head_at(text, t.start()) if words == 0 and s[0].isupper() else None
        inner_head = inner and (P.HEAD_FORMS.get(inner.group()) or P.HEAD_BY_LOWER_FORM.get(inner.group().lower()))
        if inner_head in P.TOPIC_HEADS and " " in inner_head:  # "Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"
            head, words, last = inner_head, len(inner_head.split()), inner.end()
            i = _past(tokens, has, i, last)
            continue
        if inner_head and " " in inner_head and _opens_name_at(text, t.start()):
            words, last = len(WORD.findall(inner.group())), inner.end()  # "Thanh tra Ngân hàng Nhà nước": the body it
            i = _past(tokens, has, i, last)  # serves, whole ("hàng" is no "hằng năm")
            continue
        if len(s) == 1 and s.islower() and nxt is not None and nxt.group() == ")":
            break  # "6. Báo và Phát thanh, Truyền hình Quảng Ninh a) Tổ chức …": the next item's letter
        if s == "số" and (words or head in P.FREE_NAMED) and nxt is not None and nxt.group().isdigit():
            words += 1  # a numbered unit: "Trung tâm Xúc tiến đầu tư và Hỗ trợ Doanh nghiệp số 1", "Trường THCS số 2"
            last = nxt.end()
            i += 2
            continue
        product_field = P.PRODUCT_FIELD.match(text, t.start()) if s == "nông" and words else None
        if product_field and lower_run < MAX_LOWER_RUN:
            words, lower_run, last = words + 1, lower_run + 1, product_field.end()  # "Chi cục Quản lý chất lượng nông lâm
            i = _past(tokens, has, i, last)  # thủy sản": the products a unit's name covers, one word of names
            continue
        police_field = P.POLICE_FIELD.match(text, t.start()) if s == "về" and words else None
        if police_field and P.POLICE_FORCE.search(text, end, t.start()):
            words += len(WORD.findall(police_field.group()))  # "Phòng Cảnh sát điều tra tội phạm về ma túy"
            last = police_field.end()
            lower_run = 0
            i = _past(tokens, has, i, last)
            continue
        if s.isdigit() and words and tokens[i - 1].end() == t.start() and _is_abbreviation(tokens[i - 1].group()):
            words += 1  # a unit known by its code, letters and number in one word: "Phòng PC06", "Phòng PA03" (Công an)
            last = t.end()
            lower_run = 0
            coded = True  # (the code is the whole name: no word in lower case goes on it, "Phòng PA05 điều tra …")
            i += 1
            continue
        if s.isdigit() and len(s) <= 3 and (words == 0 and head in P.NUMBERED_HEADS or P.NUMBERED_UNIT_BEFORE.search(
                text, max(0, t.start() - 30), t.start())):
            words += 1  # "Ban Chỉ đạo 389 quốc gia", "Bộ Tư lệnh Quân khu 4": a unit known by its number
            last = t.end()
            lower_run = 0
            i += 1
            continue
        if s == "tại" and head in P.BRANCH_HEADS and P.PLACE_AFTER.match(text, t.end()):
            i += 1  # "Phân hiệu Đại học Thái Nguyên tại Lào Cai": a branch is named by its place
            continue
        if P.JURISDICTION.match(text, t.start()):
            break
        if words and head in P.FREE_NAMED and _bare_head_ends_name(text, tokens, i):
            words, last = words + 1, t.end()  # "Trường Mầm non Hoa Ban": the last syllable of the school's proper name
            i += 1
            continue
        if words and _opens_name_at(text, t.start()):
            parent = _parent_end(text, head, tokens, i)
            if parent is None:
                break
            return parent  # "Ban Kinh tế - Xã hội Hội Nông dân (tỉnh)": the unit named with its parent
        term = (P.TERM_REST.match(text, t.start()) if head in ("Trung tâm", "Ban") else P.OFFICE_LEVEL_REST.match(text, t.start())
                if head == "Phòng" else None) if words and s[0].islower() else None
        if term:
            words += len(WORD.findall(term.group()))  # "… - Giáo dục thường xuyên", "Trung tâm học tập cộng đồng", "Phòng
            # Giáo dục phổ thông", "Ban Tuyên truyền - Xã hội học tập" (w23d)
            last = term.end()
            lower_run = 0
            i = _past(tokens, has, i, last)
            continue
        if s == "các" and nxt is not None and (nxt.group() in P.NAME_OPENERS or nxt.group() in P.PLURAL_IN_NAME):
            in_plural = True  # "Ban Chỉ đạo các Chương trình mục tiêu quốc gia"
        elif s[0].isupper() or s.isdigit() and in_programme:
            lower_run = 0
            in_programme = in_programme or s in P.NAME_OPENERS
        elif s.isdigit() and words and tokens[i - 1].group() == "đoạn":
            pass
        elif (head in P.FREE_NAMED and _after_proper_name(tokens, i, words)
              or head in P.SITE_NAMED and _after_site_name(tokens, i, words, P.SITE_NAMED[head])) \
                and f"{tokens[i - 1].group()} {s}" not in P.NAME_COMPOUNDS:  # (a word of names: "Viện Lúa Đồng bằng …")
            break  # "Công ty Điện lực Phú Thọ phát triển …": the name ends with the place or own name it closes on
        elif words and tokens[i - 1].group()[:1].isupper() and not _is_abbreviation(tokens[i - 1].group()) \
                and tokens[i - 1].end() + 1 == t.start() and not P.STOP.match(text, t.start()) \
                and not (i >= 2 and (text[tokens[i - 2].start():tokens[i - 1].end()] == "Việt Nam"
                                     or tokens[i - 2].group() == "miền")):
            pass  # the second syllable of a capitalised word: "Chính phủ", "Xây dựng", "Tỉnh ủy" (not of "Sở XD thẩm định",
            # nor after the country's name, which closes a national body's: "Cục Du lịch Quốc gia Việt Nam đón các đoàn …",
            # nor after a region's, which closes the name of a body serving it: "Ban Quản lý dự án Điện lực miền Trung khởi
            # công …", the three regions of the power corporations, Tổng công ty Điện lực miền Bắc, miền Trung, miền Nam; s33d)
        elif coded:
            break  # "Phối hợp với Phòng PA05 điều tra, khám phá …": the task after the unit's code
        else:
            compound = words and (f"{tokens[i - 1].group()} {s}" in P.NAME_COMPOUNDS  # "công trình", "Thư ký"
                                  or nxt is not None and f"{s} {nxt.group()}" in P.NAME_COMPOUNDS)  # "trong nước"
            if not in_programme and not compound and P.STOP.match(text, t.start()) or s.isdigit() or P.ASSIGNMENT_WORD.match(text, t.start()):
                break
            if words and s == "khu" and nxt is not None and nxt.group() == "vực":
                lower_run = -1  # "… khu vực miền Trung", "… khu vực II": the region a unit serves closes its name as a level does
            if not (words and tokens[i - 1].group().lower() in P.NAME_BOUND.get(s, ())):
                lower_run += 1  # (a word's second syllable is no word of its own: "văn bản quy phạm pháp luật" is four words)
            if lower_run > (10 if in_programme else 8 if head in P.FREE_NAMED or head in P.TOPIC_HEADS else MAX_LOWER_RUN):
                break
            if not in_programme and head not in P.FREE_NAMED and s not in P.NAME_WORDS and not _closed_run(text, t.end()) \
                    and not (words and tokens[i - 1].group().lower() in P.NAME_BOUND.get(s, ())) \
                    and not (nxt is not None and f"{s} {nxt.group()}" in P.NAME_LEADS):
                break
        words += 1
        last = t.end()
        if words >= MAX_TAIL_WORDS:
            break
        i += 1
    trailing = TRAILING_VERB.search(text, end, last)
    if trailing and OBJECT_AFTER.match(text, last):
        return trailing.start()
    informs = TRAILING_INFORM.search(text, end, last)
    return informs.start() if informs and (PROMOTION_AFTER.match(text, last) or INFORM_AFTER_PROPER.search(text, end, last)) \
        else last


def _head_search(text: str):
    """`search(pos)`, what `P.HEAD.search(text, pos)` finds, trying HEAD only where a head may open: at each first word
    of a head's form in the lower-case text (`pos` must never decrease from one call to the next)."""
    lower = lower_text(text)
    if lower is None:
        return lambda pos: P.HEAD.search(text, pos)
    openers = P.HEAD_OPENER_GOING_ON.finditer(lower)  # (a plain look-up first: where no form of an opener is written
    opener = next(openers, None)                     # on from it, no HEAD is tried)
    opened_by = P.HEAD_OPENED_BY

    def search(pos: int):
        nonlocal opener
        while opener is not None:
            start = opener.start()
            if start >= pos:
                m = opened_by[opener.group()].match(text, start)
                if m:
                    return m
            opener = next(openers, None)
        return None

    return search


@functools.lru_cache(maxsize=4)  # asked again for each bare head of the same board in a text (a scan of the whole text)
def _names_a_board(text: str, head: str) -> bool:
    """Whether the text names a board of this head in full, by its work or its level ("Ban Chỉ đạo phổ cập giáo dục, xóa
    mù chữ xã", "Ban Chỉ đạo tỉnh"): the head alone then refers back to it."""
    for m in regex.finditer(regex.escape(head), text, flags=regex.IGNORECASE):  # "Ban chỉ đạo tỉnh" as "Ban Chỉ đạo tỉnh"
        if P.JURISDICTION.match(text, m.end()) or P.WORK_TO_LEVEL.match(text, m.end()):
            return True
    return False


# The rest of "Hội đồng" after the head "Thường trực Hội" (w23d's association officers): a council's, not an association's.
COUNCIL_REST = matched_in_place(r"[^\S\n]+(?i:đồng)(?![\p{L}\p{M}])")


def find_mentions(text: str, document: str | None = None) -> list[Mention]:
    """Every body named in `text`, bounded, with its canonical name, kind and level; `document`: the whole text `text` is
    a part of (a table's cell), where a board named in full makes its bare head a reference back."""
    mentions: list[Mention] = []
    pos = 0
    doubled: int | None = None
    doubled_at = -1
    search_head = _head_search(text)
    while True:
        m = search_head(pos)
        if not m:
            break
        written = m.group() if "\n" not in m.group() else SPACES.sub(" ", m.group())  # a head wrapped over two lines
        if doubled is not None and m.start() != doubled_at:
            doubled = None
        head = P.HEAD_FORMS.get(written) or P.HEAD_BY_LOWER_FORM.get(written.lower())
        if head is None or written.isupper() and len(written) >= 2 and not head.isupper() and not P.LONG_ABBREVIATION.search(
                written) and not (
                written in P.HEAD_FORMS and P.JURISDICTION.match(text, m.end())):  # "CA tỉnh": a short abbreviation and its level
            pos = m.end()  # a heading or signature block in capitals ("TM. ỦY BAN NHÂN DÂN", "BÁO CÁO")
            continue
        if head == "Thường trực Hội" and COUNCIL_REST.match(text, m.end()):
            pos = m.start() + 1  # "Thường trực Hội đồng Thi đua - Khen thưởng": a council's standing members, not an
            continue             # association's (the scan goes on at the council's own head)
        if head in P.VERB_ENDED_NAMES and P.VERB_LIST_GOES_ON.match(text, m.end()):
            pos = m.end()  # "Văn phòng tổng hợp, báo cáo kết quả": the head alone and its verbs (w22a)
            continue
        if written.isupper() and P.CAPITAL_WORD_AFTER.match(text, m.end()):
            pos = m.end()  # a letterhead: "UBND TỈNH LÀO CAI"
            continue
        if text.startswith(" " + written + " ", m.end()):
            doubled, doubled_at = m.start(), m.end() + 1  # a head typed twice ("Sở Sở Công thương"): read from the second
            pos = m.end()
            continue
        before = P.WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()) if written[0].islower() else None
        if before and f"{before.group().split()[0].lower()} {written.split()[0]}" in P.HEAD_COMPOUNDS:
            pos = m.end()  # "cơ sở y tế", "dịch vụ IoT": the second syllable of a word, not a body's head
            continue
        if P.HEAD_WORD.match(text, m.start()):
            pos = m.end()  # "Văn phòng phẩm": a common word, not a body
            continue
        committees = _council_committees(text, m.start()) if head == "Ban" else None
        if committees:
            mentions.append(committees)
            pos = committees.end
            continue
        items = _distributed(text, m.start(), m.end(), head)
        if items:
            mentions += items
            pos = items[-1].end
            continue
        companies = _companies(text, m.start(), m.end(), head) if head in P.COMPANY_HEADS else None
        if companies:
            mentions += companies[0]
            pos = companies[1]
            continue
        after = text[m.end():m.end() + 2]
        if head in P.NEEDS_CAPITAL_TAIL and (head in P.LEVEL_ONLY or not (after[:1] == " " and after[1:2].isupper())) and not (
                head in P.COMPANY_HEADS and P.COMPANY_FORM_TAIL.match(text, m.end())) and not (
                head in P.ZONE_NAMED_HEADS and written[0].isupper() and P.ZONES_AFTER.match(text, m.end())) and not (
                head in P.LEVEL_TAIL and written[0].isupper() and (P.JURISDICTION.match(text, m.end()) or P.SECTOR.match(text, m.end()))) \
                and not (head in P.WORK_NAMED_HEADS and written[0].isupper() and (
                    (work := _work_to_level(text, m.end())) and not P.OF_IN_WORK.search(work.group())
                    and len(words := work.group().split()) >= 3 and words[-2].lower() != "cấp"
                    or (work := P.WORK_TO_LEVEL.match(text, m.end())) and not P.LEVEL_ONLY_WORK.fullmatch(work.group())
                    and _tail_end(text, head, m.end()) == work.end())):
            pos = m.end()  # (a council named by its work in lower case to its level opens a name: "Hội đồng nghĩa vụ quân sự xã",
            continue       # "Hội đồng đánh giá, phân hạng … tỉnh")
        if head not in P.NEEDS_CAPITAL_TAIL and not written[0].isupper() and (len(head.split()) < 3 or head in P.FREE_NAMED):
            pos = m.end()
            continue
        association = P.ASSOCIATION_TAIL.match(text, m.end()) if head == "Hội" else None
        if head == "Hội" and not (association and (not association.group("word") or association.group("word") in P.NAME_WORDS)):
            pos = m.end()
            continue
        if head == "Chính phủ" and P.CONCEPT.match(text, m.start()):
            pos = m.end()  # "Chính phủ số": a concept
            continue
        if P.DEPUTY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            pos = m.end()  # "đại biểu Quốc hội": people, not the body
            continue
        if not written[0].isupper() and _is_head_at(text, m.end() + 1):
            pos = m.end()  # "Trưởng ban Ban Tổ chức": a lower-case head word before a name is a person's title
            continue
        if P.MEMBER_TITLE.match(text, m.end()):
            pos = m.end()  # "Tỉnh ủy viên": a person's title, not the body
            continue
        end = tail_end = _tail_end(text, head, m.end())
        if head in P.MEMBER_SCHOOL_HEADS and (parent := P.PARENT_UNIVERSITY.match(text, end)):
            end = tail_end = parent.end()  # "Trường Đại học Nông Lâm - Đại học Huế": a member school, named with its university
        if head in P.TITLED_UNIT_HEADS and P.CENTRAL_TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            run = P.TITLED_NAME_RUN.match(text, end)  # "Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán, Cục trưởng …"
            if run and run.end() > end and not P.TASK_IN_RUN.search(run.group()) and not any(
                    _is_head_at(text, end + w.start()) for w in WORD.finditer(run.group())):
                end = tail_end = run.end()
        sector = P.SECTOR.match(text, end)
        if sector:  # "Hội đồng Thi đua - Khen thưởng ngành Y tế thành phố", "Công đoàn ngành Giáo dục"
            end = tail_end = sector.end()
        jurisdiction = None
        j = P.JURISDICTION.match(text, end)
        place = P.PLACE_ON_LINE.match(text, end) if not j and P.ENDS_WITH_LEVEL.search(text, m.start(), end) else None
        if j:
            end = j.end()
        elif place and not _is_head_at(text, place.start() + 1):  # "Thuế tỉnh Quảng Trị" (not "Công an tỉnh Sở Y tế")
            end = place.end()
        else:  # "Ủy ban MTTQ Việt Nam và các đoàn thể huyện", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh": both
            shared = P.SHARED_JURISDICTION.match(text[end:end + 80])
            if shared:
                jurisdiction = shared.group(1)
        end = _cell_end(text, m.start(), end)
        name = text[m.start():end].strip()
        if head in P.PROPER_NAMED and not (written[0].isupper() and P.PROPER_WORD.search(name, len(m.group()))):
            pos = m.end()  # "Hợp tác xã phải …", "các hợp tác xã": the common noun, no cooperative named
            continue
        refers_back = head in P.GENERIC_HEADS or (
            head in P.STEERING_HEADS and written.lower() == head.lower() and P.BARE_BOARD_AFTER.match(text, m.end())
            and not P.GENERIC_AFTER.match(text, end) and _names_a_board(document or text, head))  # not "Ban chỉ huy các cấp", "BCĐ"
        if end == m.end() and refers_back:
            pos = m.end()  # "Trung tâm có trách nhiệm …", "Thành viên Ban Chỉ đạo": a head alone refers back to a body named before
            continue
        if head in P.BUILT_SITES and (P.WORK_PHASE_AFTER.match(text, end) or P.COUNTRY_NAMED.search(name)):
            pos = end  # w23a: "Cảng hàng không quốc tế Long Thành (giai đoạn 2)": a work built in phases, the project, no body
            continue
        kind = "dang" if name.startswith("Bộ Chính trị") else P.HEADS[head][0]
        known = known_name(text[m.start():tail_end])
        spelt = known + text[tail_end:m.start() + len(name)] if known else (
            head + name[len(m.group()):] if written[0].isupper() and written not in P.HEAD_FORMS else name)  # "Ngân hàng nhà nước" 
        if P.GENERIC_AFTER.match(text, end):  # "Hội đồng Thi đua - Khen thưởng các cơ quan, đơn vị": each agency's own
            kind = "collective"
        start, doubled = (m.start() if doubled is None else doubled), None
        shown = SPACES.sub(" ", name) if "\n" in name else name  # "Bộ Công⏎Thương" is named "Bộ Công Thương"
        mentions.append(Mention(start, m.start() + len(name), shown, canonical_name(spelt, jurisdiction), kind,
                                _level(head, shown + (" " + jurisdiction if jurisdiction else "")),
                                text[start:m.start() + len(name)] if start != m.start() or shown != name else None))
        pos = max(end, m.end())
    return _shared_levels(text, _area_of_a_plural(text, _listed_places(text, _named_special_zone(text, _places_of_a_plural(
        text, _with_party_committees(text, mentions))))))


# The places of one rank (Luật Tổ chức chính quyền địa phương 2015, Điều 2: district level huyện/quận/thị xã/thành phố
# thuộc tỉnh; commune level xã/phường/thị trấn) named after a council's or committee's first place.
PLACE_RANKS = (("huyện", "quận", "thị xã", "thành phố"), ("xã", "phường", "thị trấn"))
NAMED_PLACE_AT_END = regex.compile(r"(?<![\p{L}\p{M}])(?P<level>thành\s+phố|thị\s+xã|thị\s+trấn|huyện|quận|xã|phường)"
                                   r"[^\S\n]+\p{Lu}[\p{L}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}]*){0,3}$")
NEXT_PLACE = regex.compile(r"[^\S\n]*(?:,[^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)"
                           r"(?P<level>thành\s+phố|thị\s+xã|thị\s+trấn|huyện|quận|xã|phường)[^\S\n]+"
                           r"(?P<place>\p{Lu}[\p{Ll}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}]*){0,3})(?![\p{L}\p{M}])")


# A committee or council of a plural level followed by the places' own names ("UBND các phường Xuân Hương - Đà Lạt, Lâm
# Viên - Đà Lạt", "Ủy ban nhân dân các xã Tân Lập và Tân Phú"): one body each, as "các Sở: Y tế, Tài chính" (a place's
# name is capitalised, and since the 2025 mergers may join two names with a dash).
_PLACE_OWN = r"\p{Lu}[\p{Ll}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}]*){0,3}(?:[^\S\n]+[-–][^\S\n]+\p{Lu}[\p{Ll}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{Ll}\p{M}]*){0,2})?"
PLURAL_LEVEL_AT_END = regex.compile(r"(?<![\p{L}\p{M}])các[^\S\n]+(?P<level>thị\s+trấn|thị\s+xã|huyện|quận|xã|phường)$")
PLACES_AFTER_PLURAL = regex.compile(rf"[^\S\n]+(?P<first>{_PLACE_OWN})(?P<more>(?:[^\S\n]*(?:,[^\S\n]*(?:và[^\S\n]+)?|[^\S\n]+và[^\S\n]+)"
                                    rf"{_PLACE_OWN})*)(?![\p{{L}}\p{{M}}])")
PLACE_OWN_RE = regex.compile(_PLACE_OWN)


# A special zone named after the plural of the communes (Luật Tổ chức chính quyền địa phương 2025, Điều 2: the commune
# level is xã, phường and đặc khu; a province has one or a few đặc khu, named: "đặc khu Lý Sơn", "đặc khu Phú Quốc"):
# "UBND các xã, phường, đặc khu Lý Sơn", "UBND các xã, phường và đặc khu Lý Sơn" → the communes' committee and the named
# zone's, one body each (as "các Sở: Y tế, Tài chính"); "UBND các xã, phường, đặc khu" without a name stays one (s28e).
ZONE_IN_PLURAL_AT_END = regex.compile(r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+và[^\S\n]+)đặc[^\S\n]+khu$")
NAMED_ZONE_AFTER = matched_in_place(rf"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+và[^\S\n]+)(?P<zone>đặc[^\S\n]+khu)[^\S\n]+(?P<place>{_PLACE_OWN})(?![\p{{L}}\p{{M}}])")
ZONE_PLACE_AFTER = matched_in_place(rf"[^\S\n]+(?P<place>{_PLACE_OWN})(?![\p{{L}}\p{{M}}])")
PLURAL_OPENS = regex.compile(r"[^\S\n]+các[^\S\n]+(?:xã|phường)(?![\p{L}\p{M}])")


def _named_special_zone(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        plural = PLURAL_OPENS.search(m.name) if m.kind in ("ubnd", "hdnd") and m.written is None else None
        if plural is None:
            out.append(m)
            continue
        zone_end = ZONE_IN_PLURAL_AT_END.search(m.name)
        if zone_end:  # "… các xã, phường, đặc khu" + " Lý Sơn"
            place = ZONE_PLACE_AFTER.match(text, m.end)
            zone_at = m.start + (zone_end.start() if text[m.start:m.end] == m.name else -1)
        else:  # "… các xã, phường" + " và đặc khu Lý Sơn"
            after = NAMED_ZONE_AFTER.match(text, m.end)
            place, zone_at = after, m.end
        if place is None or zone_at < m.start or _opens_name_at(text, place.start("place")) \
                or P.STOP.match(text[place.start("place"):place.start("place") + 40].lower()):
            out.append(m)
            continue
        plural_name = m.name[:zone_end.start()] if zone_end else m.name
        out.append(Mention(m.start, m.start + len(plural_name), plural_name, canonical_name(plural_name), m.kind, m.level))
        zone_start = text.find("đặc", zone_at)
        name = f"{m.name[:plural.start()]} đặc khu {SPACES.sub(' ', place.group('place'))}"
        out.append(Mention(zone_start, place.end(), name, canonical_name(name), m.kind, m.level, text[zone_start:place.end()]))
    return out


def _places_of_a_plural(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        plural = PLURAL_LEVEL_AT_END.search(m.name) if m.kind in ("ubnd", "hdnd") else None
        places = plural and PLACES_AFTER_PLURAL.match(text, m.end)
        if not places or _opens_name_at(text, places.start("first")) \
                or P.STOP.match(text[places.start("first"):places.start("first") + 40].lower()):
            out.append(m)  # "UBND các xã Chủ động …": a task's word in capitals, no place
            continue
        prefix, level = m.name[:plural.start()].rstrip(), SPACES.sub(" ", plural.group("level"))
        first = len(out)
        for p in PLACE_OWN_RE.finditer(text, places.start("first"), places.end()):
            if _opens_name_at(text, p.start()) or P.STOP.match(text[p.start():p.start() + 40].lower()):
                break
            name = f"{prefix} {level} {SPACES.sub(' ', p.group())}"
            span_start = m.start if len(out) == first else p.start()
            out.append(Mention(span_start, p.end(), name, canonical_name(name), m.kind, m.level, text[span_start:p.end()]))
    return out


# The kind of area a plural level is of, which says which of its places are meant ("Ủy ban nhân dân các xã biên giới",
# "Công an các xã biên giới", "UBND các huyện miền núi", "UBND các xã, phường ven biển"): still the level named by its kind
# (EXTRACTION.md: "Ủy ban nhân dân các xã, phường" is one named body; most of our gold names it so), but its words are the
# mention's, so that the role after them and the list going on are read ("Ủy ban nhân dân các xã khu vực III chủ trì",
# "Ban Chỉ huy Quân sự các xã biên giới, Công an các xã biên giới duy trì …"):
# the area categories of the law and of the ethnic-minority programmes: xã, phường biên giới (Luật Biên phòng Việt Nam
# 2020, Nghị định 34/2014/NĐ-CP), xã đặc biệt khó khăn vùng bãi ngang ven biển và hải đảo (Quyết định 353/QĐ-TTg 2022),
# xã khu vực I, II, III, vùng đồng bào dân tộc thiểu số và miền núi, xã đặc biệt khó khăn (Quyết định 861/QĐ-TTg 2021),
# xã miền núi, vùng cao (Quyết định 33/UB-QĐ 1993 of Ủy ban Dân tộc và Miền núi), xã an toàn khu (ATK); and a place by the
# water it lies on ("ven sông", "ven biển"). Not a place's own words beyond them ("có vùng nuôi", "thuộc khu vực nội thành":
# `PLACES_MEANT`, which of the places, the list going on), nor a task's ("các xã triển khai").
_AREA = (r"(?:biên\s+giới(?:\s+đất\s+liền)?|ven\s+(?:biển|sông|biên)|bãi\s+ngang(?:\s+ven\s+biển)?(?:\s+và\s+hải\s+đảo)?"
         r"|hải\s+đảo|đảo|đặc\s+biệt\s+khó\s+khăn|khu\s+vực\s+(?:III|II|I)|vùng\s+(?:đồng\s+bào\s+)?(?:dân\s+tộc\s+thiểu\s+số|DTTS)"
         r"(?:\s+và\s+miền\s+núi)?|miền\s+núi|vùng\s+cao|vùng\s+sâu|vùng\s+xa|an\s+toàn\s+khu|ATK)(?![\p{L}\p{M}])")
AREA_AFTER_PLURAL = regex.compile(rf"[^\S\n]*\n?[^\S\n]*(?P<area>{_AREA}(?:[^\S\n]*(?:,|và)[^\S\n]*\n?[^\S\n]*{_AREA})*)")
PLURAL_LEVELS_AT_END = regex.compile(r"(?<![\p{L}\p{M}])các\s+(?:\d+\s+)?(?:thị\s+trấn|thị\s+xã|huyện|quận|xã|phường|đặc\s+khu)"
                                     r"(?:\s*,\s*(?:thị\s+trấn|thị\s+xã|huyện|quận|xã|phường|đặc\s+khu))*$")


def _area_of_a_plural(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body of a plural level carried over the kind of area the level is of (`AREA_AFTER_PLURAL`): "Công an các xã" +
    " biên giới" spans "Công an các xã biên giới", named "Công an các xã"."""
    out: list[Mention] = []
    for m in mentions:
        area = AREA_AFTER_PLURAL.match(text, m.end) if PLURAL_LEVELS_AT_END.search(m.name) else None
        if area is None:
            out.append(m)
            continue
        out.append(Mention(m.start, area.end(), m.name, m.canonical, m.kind, m.level, text[m.start:area.end()]))
    return out


def _rank(level: str) -> int | None:
    level = SPACES.sub(" ", level)
    return next((i for i, rank in enumerate(PLACE_RANKS) if level in rank), None)


def _central_city(place: regex.Match) -> bool:
    """A city under the centre (province_level.tsv) is of a province's rank: after a district-level city it is the
    address ("Ủy ban nhân dân thành phố Thủ Đức, thành phố Hồ Chí Minh"), not a second body."""
    return SPACES.sub(" ", place.group("level")) == "thành phố" and any(place.group("place").startswith(c) for c in CENTRAL_CITIES)


def _listed_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """A committee or council named with its place, then more places of the same rank: "Ủy ban nhân dân thành phố Vinh,
    thị xã Cửa Lò, thị xã Hoàng Mai" → one body each; not a place of another rank, which is an address ("Ủy ban nhân
    dân xã Tân Lập, huyện Đồng Phú")."""
    out: list[Mention] = []
    taken = {m.start for m in mentions}
    for m in mentions:
        out.append(m)
        if m.kind not in ("ubnd", "hdnd") or not (own := NAMED_PLACE_AT_END.search(m.name)) or _rank(own.group("level")) is None:
            continue
        prefix = m.name[:own.start()].rstrip()
        pos = m.end
        while (nxt := NEXT_PLACE.match(text, pos)) and _rank(nxt.group("level")) == _rank(own.group("level")) \
                and nxt.start("level") not in taken and not _central_city(nxt):
            name = f"{prefix} {SPACES.sub(' ', nxt.group('level'))} {nxt.group('place')}"
            out.append(Mention(nxt.start("level"), nxt.end(), name, canonical_name(name), m.kind, m.level,
                               text[nxt.start("level"):nxt.end()]))
            pos = nxt.end()
    return out


def _with_party_committees(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each list of the Party committees of the district level named by their kinds ("Các huyện ủy, thị
    ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy") as one body, in place of the names inside it ("Tỉnh ủy"); likewise those
    of the commune level ("các đảng ủy xã, phường, đặc khu")."""
    found = [(m, "huyen") for m in P.PARTY_COMMITTEES_BY_KIND.finditer(text) if P.DISTRICT_PARTY_KIND.search(m.group())]
    taken = Intervals([(m.start(), m.end()) for m, _ in found])
    found += [(m, "xa") for m in P.COMMUNE_PARTY_COMMITTEES.finditer(text)
              if not taken.touches(m.start(), m.end())]  # "các đảng ủy xã, phường, đặc khu"
    if not found:
        return mentions
    spans = Intervals([(m.start(), m.end()) for m, _ in found])
    kept = [m for m in mentions if not spans.touches(m.start, m.end)]
    for m, level in found:
        name = SPACES.sub(" ", m.group())
        kept.append(Mention(m.start(), m.end(), name, canonical_name(name), "dang", level,
                            m.group() if name != m.group() else None))
    return sorted(kept, key=lambda m: m.start)


def _council_committees(text: str, start: int) -> Mention | None:
    """The committees of a people's council as a group: "các Ban của HĐND tỉnh", "các Ban Hội đồng nhân dân Thành
    phố" → one body "Ban của Hội đồng nhân dân tỉnh" (kind hdnd); only after "các", not a person's "Trưởng Ban HĐND"."""
    m = P.COUNCIL_COMMITTEES.match(text, start)
    plural = P.PLURAL_BEFORE.search(text, max(0, start - 6), start) if m else None
    if not plural:
        return None
    start = plural.start()  # the group is "các Ban …"
    j = P.JURISDICTION.match(text, m.end())
    end = j.end() if j else m.end()
    name = SPACES.sub(" ", text[start:end])
    jurisdiction = SPACES.sub(" ", j.group("jurisdiction")) if j else None
    canonical = canonical_name(P.COUNCIL_COMMITTEES_NAME, jurisdiction)
    return Mention(start, end, name, canonical, "hdnd", _level("Ban", canonical), text[start:end] if name != text[start:end] else None)


def _without_parents_of_units(text: str, named: list[Mention]) -> list[Mention]:
    """`named` without the body a unit is named with: "Phòng Nghiệp vụ Y - Dược, Sở Y tế chủ trì …" is the unit of the Sở
    (a department's or the police's office, not a commune's own office nor one with its level: "Phòng Kinh tế, Sở Công
    Thương phối hợp …" are two bodies; nor a district's or commune's office of names.tsv: "Phòng Giáo dục và Đào tạo, Sở Y
    tế phối hợp …", "Phòng Tài chính - Kế hoạch, Sở Tài chính …" are two bodies too)."""
    out: list[Mention] = []
    merged: set[int] = set()  # the starts of units that took their parents in
    for m in named:
        unit = out[-1] if out else None
        if (unit is not None and unit.kind == "phong" and unit.canonical not in COMMUNE_OFFICES
                and P.HEADS.get(unit.canonical, ("", None))[1] not in P.PEOPLES_COMMITTEE_OFFICE_LEVELS
                and not OWN_LEVEL.search(unit.canonical) and P.PARENT_OF_UNIT.match(m.canonical)
                and P.UNIT_AND_PARENT.fullmatch(text, unit.end, m.start) and P.PARENT_ENDS_LIST.match(text, m.end)):
            out[-1] = Mention(unit.start, m.end, unit.name, unit.canonical, unit.kind, unit.level, text[unit.start:m.end])
            merged.add(unit.start)
            continue  # the unit's mention runs over its parent, whose task follows
        if unit is not None and _central_unit_and_parent(text, out, unit, m, merged):
            out[-1] = Mention(unit.start, m.end, unit.name, unit.canonical, unit.kind, unit.level, text[unit.start:m.end])
            merged.add(unit.start)
            continue  # "Cục Hải quan, Bộ Tài chính chỉ đạo …": the ministry's unit, named with its ministry
        out.append(m)
    return out


def _central_unit_and_parent(text: str, out: list[Mention], unit: Mention, parent: Mention, merged: set[int]) -> bool:
    """Whether `parent` names the body `unit` belongs to ("Vụ Pháp chế, Bộ Tư pháp rà soát …", "Cục Phòng bệnh, Bộ Y tế"
    in a cell): a unit's head and field, a comma, a ministry's, department's or committee's name, then the mention's end;
    not a unit with its own level ("Thanh tra tỉnh, Sở Nội vụ") nor a parent with one (a list: "Chi cục Hải quan khu vực
    VIII, Công an tỉnh": a province's body is no national unit's parent), a national body of names.tsv ("Văn phòng Chính phủ, Bộ Tư
    pháp"), nor the second item of a list ("Sở Tư pháp, Trung tâm Phục vụ hành chính công, Sở Nội vụ")."""
    if unit.kind == "phong" or not P.CENTRAL_UNIT_HEAD.match(unit.canonical) or OWN_LEVEL.search(unit.canonical) \
            or P.HEADS.get(unit.canonical, ("", None))[1] == "trung_uong" and not unit.canonical.startswith(("Cục ", "Vụ ")) or not P.CENTRAL_PARENT.match(parent.canonical) or OWN_LEVEL.search(parent.canonical) \
            or P.CENTRAL_UNIT_HEAD.match(parent.canonical) or not regex.fullmatch(r"[ \t]*,[ \t]*", text[unit.end:parent.start]) \
            or not P.CENTRAL_PARENT_ENDS.match(text, parent.end):
        return False
    if not _parent_of(unit.canonical, parent.canonical):
        return False
    before = out[-2] if len(out) > 1 else None
    return before is None or before.start in merged or not regex.fullmatch(r"[ \t]*,[ \t]*", text[before.end:unit.start])


def _parent_of(unit: str, parent: str) -> bool:
    """Whether `parent` can be the body `unit` belongs to: not when the unit names its parent already ("Văn phòng Sở Y tế,
    Sở Tài chính"); a ministry's Cục, Vụ or Viện only with a ministry or a general department ("Cục Thống kê, Sở Tài chính"
    is a list); a Chi cục, Trung tâm, Văn phòng or Thanh tra with a ministry or general department, or with the department
    or committee that P.DEPARTMENT_UNITS gives it ("Chi cục Thủy lợi, Sở Nông nghiệp và Môi trường", not "…, Sở Tài
    chính")."""
    if P.PARENT_IN_UNIT.search(unit):
        return False
    if regex.match(r"(?:Bộ|Tổng\s+cục)(?![\p{L}\p{M}])", parent):
        return True
    if regex.match(r"(?:Cục|Vụ|Viện)(?![\p{L}\p{M}])", unit):
        return False
    return any(regex.match(head, unit) and parent.startswith(owner) for head, owner in P.DEPARTMENT_UNITS)


def _shares_level(m: Mention) -> bool:
    """A bare head that takes the level of the list's last body: a people's committee or council, the Front, or a mass
    organisation named without its level ("Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên xã")."""
    return m.canonical in P.SHARES_LEVEL or m.kind == "doan_the" and m.level is None and not P.LEVEL_AT_END.search(m.name)


def _shared_levels(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bare heads listed before a body of the same place share its level: "Thường trực HĐND, UBND xã", "HĐND, UBND
    tỉnh", "UBND, UBMTTQ các xã", "Hội Nông dân, Hội Cựu chiến binh tỉnh" → each is the commune's (or province's) own."""
    out = list(mentions)
    i = len(out) - 1
    while i > 0:
        last = out[i]
        j = i
        while j > 0 and _shares_level(out[j - 1]) and P.LIST_JOINT.fullmatch(text, out[j - 1].end, out[j].start):
            j -= 1
        if j < i and last.level and (last.kind in P.SHARES_LEVEL_KINDS or last.kind == "doan_the"):
            level = P.LEVEL_AT_END.search(last.name)
            if level:
                for k in range(j, i):
                    m = out[k]
                    out[k] = Mention(m.start, m.end, m.name, canonical_name(m.canonical, level.group("level")), m.kind,
                                     last.level, m.written)
        i = j - 1 if j < i else i - 1
    return out


def _distributed(text: str, start: int, head_end: int, head: str) -> list[Mention]:
    """One mention per named unit of a distributive list: "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền"
    → "Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền"; "các Sở: Y tế, Tài chính" → "Sở Y tế", …"""
    d = P.DISTRIBUTIVE.match(text, head_end)
    # "các" before the head, read only where the list has no level of its own
    plural = None if d and d.group("level") else P.PLURAL_BEFORE.search(text[max(0, start - 6):start])
    next_line = None
    if not d and plural:
        d = next_line = P.DISTRIBUTIVE_NEXT_LINE.match(text, head_end)  # "Bộ trưởng các Bộ:⏎Xây dựng, Ngoại giao, …"
    if not d:
        return []
    if not d.group("level") and not plural:
        return []
    if not d.group("level"):
        start -= len(plural.group())  # the list is "các Sở: …"
    level = d.group("level")
    prefix = head + (" " + SPACES.sub(" ", level) if level else "")
    out: list[Mention] = []
    pos = d.end()
    while True:
        item = P.UNIT_NAME.match(text, pos)
        if not item:
            break
        unit = _known_unit(text, item.start(), head) or (item.group().strip() if level else None)
        if unit is None:
            break  # "các Sở: Tư pháp, Nội vụ; Giám đốc …": a department's field is read only when known
        unit_end = item.start() + len(unit)
        name = f"{prefix} {unit}"
        span_start = start if not out and not next_line else item.start()  # a list on the next line is read there
        kind, default_level = P.HEADS[head]
        out.append(Mention(span_start, unit_end, name, canonical_name(known_name(name) or name), kind,
                           _level(head, name) if level else default_level, text[span_start:unit_end]))
        more = P.UNIT_SEPARATOR.match(text, unit_end)
        if not more:
            break
        pos = more.end()
    return out


def _company_item_end(text: str, pos: int, mid_list: bool = False) -> int | None:
    """Where a company's own name written at `pos` in a list ends ("Điện lực Việt Nam", "Quản lý bay Việt Nam"): before
    punctuation, a task's word, "và" or another body's head, at its last capitalised word or level (None past a few words
    or without such a word after the first: no name)."""
    last = first_end = None
    last_word_at = pos
    for n in range(P.COMPANY_ITEM_WORDS + 1):
        w = P.COMPANY_ITEM_WORD.match(text, pos) or (P.COMPANY_ITEM_WORD_WRAPPED.match(text, pos) if n and mid_list else None)
        if not w:
            break
        at, word = w.start("word"), w.group("word")
        if n == 0 and not word[0].isupper():
            return None
        brand = any(c.isupper() for c in word[1:])  # "Viễn thông MobiFone": a company's own name, not the next body
        if n and (_opens_name_at(text, at) and not brand or P.STOP.match(text, at) or P.ASSIGNMENT_WORD.match(text, at)
                  or word == "và"):
            break
        if n and (word[0].isupper() or word.isdigit() or P.JURISDICTION_WORD_RE.match(text, at) or (
                n >= 2 and text[last_word_at].isupper())):  # "Quân đội": the second syllable of a capitalised word
            last = w.end()
        last_word_at = at
        pos = w.end()
        first_end = first_end or pos
    else:
        return None  # no list of names: a sentence runs on
    # a name ends with its proper name or level ("Chủ đầu tư các dự án" is none), or is one word ("EVN")
    return last or (first_end if pos == first_end else None)


def _companies(text: str, start: int, head_end: int, head: str) -> tuple[list[Mention], int] | None:
    """The companies of a list after "các Tập đoàn(, Tổng công ty):" and where the list ends (None when `head` opens
    no such list)."""
    d = P.COMPANY_PLURAL_TAIL.match(text, head_end)
    plural = P.PLURAL_BEFORE.search(text[max(0, start - 6):start])
    if not d or not text[start].isupper() or not plural:
        return None
    start -= len(plural.group())  # the list is "các Tập đoàn: …", read from its opening
    heads = [head] + [P.HEAD_FORMS.get(SPACES.sub(" ", h)) or P.ABBREVIATIONS.get(h, h)
                      for h in regex.findall(r"Tập\s+đoàn|Tổng\s+công\s+ty|TCT|Công\s+ty", d.group("more"))]
    out: list[Mention] = []
    pos = end = d.end()
    while True:
        item_end = _company_item_end(text, pos, mid_list=pos > d.end())
        if item_end is None:
            break
        if P.CUT_AT_DASH_LINE.match(text, item_end):
            break  # "Công nghiệp⏎- Viễn thông Quân đội": which of the two lines is the name is not known
        unit = SPACES.sub(" ", text[pos:item_end])
        known = [h for h in heads if known_name(f"{h} {unit}")]
        owner = heads[0] if len(set(heads)) == 1 else (known[0] if known else None)
        span_start = pos if out else start
        if unit.isupper() and " " not in unit:  # "các Tập đoàn: EVN, VNPT": a company known by its short name
            out.append(Mention(span_start, item_end, unit, canonical_name(known_name(unit) or unit), "other", None,
                               text[span_start:item_end]))
        elif owner:
            name = f"{owner} {unit}"
            out.append(Mention(span_start, item_end, name, canonical_name(known_name(name) or name), P.HEADS[owner][0],
                               _level(owner, name), text[span_start:item_end]))
        end = item_end
        short = P.SHORT_NAME_AFTER.match(text, end)
        if short:
            end = short.end()  # "(EVN)": the item's short name
            if not owner and not (unit.isupper() and " " not in unit):
                # which head is the item's is not written, but its short name names it: the short name alone, as in
                # "các Tập đoàn: EVN, VNPT" ("các Tập đoàn, Tổng công ty: Điện lực Việt Nam (EVN), …" → "EVN")
                abbr = P.SHORT_NAME_INSIDE.search(text, short.start(), short.end()).group()
                out.append(Mention(span_start, end, abbr, canonical_name(known_name(abbr) or abbr), "other", None,
                                   text[span_start:end]))
        more = P.COMPANY_SEPARATOR.match(text, end)
        trade = _head_at(text, more.end()) if more else None
        if not more or _opens_name_at(text, more.end()) and not (trade and trade.group() in P.TRADE_HEADS) \
                or P.PEOPLE_AT.match(text, more.end() - 1):
            break
        pos = more.end()
    return (out, end) if end > d.end() else None


# head -> (length, lower case) of the rest of each known name that opens with it ("Sở" -> "giáo dục và đào tạo", …)
KNOWN_UNITS: dict[str, list[tuple[int, str]]] = {}
for _name in sorted(P.KNOWN_NAMES):
    for _head in P.HEADS:
        if _name.startswith(_head + " "):
            _unit = _name[len(_head) + 1:]
            KNOWN_UNITS.setdefault(_head, []).append((len(_unit), _unit.lower()))


def _known_unit(text: str, pos: int, head: str) -> str | None:
    """The longest known name "head X" whose X is written at `pos` ("Giáo dục và Đào tạo" in "các Sở: …")."""
    found = [length for length, unit in KNOWN_UNITS.get(head, ())
             if text[pos:pos + length].lower() == unit and not LETTER.match(text, pos + length)]
    return text[pos:pos + max(found)] if found else None


def aliases(text: str, named: list[Mention]) -> list[Mention]:
    """Later uses of a short name a document gives a body: "Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi
    tắt là Trung tâm)" → each later "Trung tâm" is that body."""
    taken = Intervals([(m.start, m.end) for m in named])
    out: list[Mention] = []
    for m in named:
        d = P.ALIAS_DEFINITION.match(text, m.end)
        if not d:
            continue
        short = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(d.group('alias'))}(?![\p{{L}}\p{{M}}])")
        for use in short.finditer(text, d.end()):
            if not taken.touches(use.start(), use.end()):
                out.append(Mention(use.start(), use.end(), m.name, m.canonical, m.kind, m.level, use.group()))
    return out


# A unit's code in parentheses right after its name: "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
# (PA05)", "Phòng Cảnh sát hình sự (PC02)" (the police's units and their codes, Nghị định 02/2025/NĐ-CP).
UNIT_CODE = matched_in_place(r"[ \t]*\([ \t]*(?P<code>\p{Lu}{1,3}\d{2})[ \t]*\)")


def _by_their_codes(text: str, named: list[Mention], full: dict[str, Mention]) -> list[Mention]:
    """A unit the document names in full with its code after it ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công
    nghệ cao (PA05)") is that unit wherever the document calls it by its head and code ("phối hợp với Phòng PA05"); `full`:
    the names by code of the whole document `named` is a part of (a task table's cell, `_codes_of` of the document)."""
    if not full:
        return named
    return [replace(m, name=full[m.canonical].name, canonical=full[m.canonical].canonical, kind=full[m.canonical].kind,
                    level=full[m.canonical].level, written=m.written or text[m.start:m.end])
            if m.canonical in full and m is not full[m.canonical] else m for m in named]


def _codes_of(text: str, named: list[Mention]) -> dict[str, Mention]:
    """{"Phòng PC02": the unit named in full with "(PC02)" after it} of the mentions `named` of `text`; and s32c: {"Phòng
    GDPT": the unit named in full with its short name, its head and an abbreviation, in parentheses after it ("Phòng Giáo
    dục phổ thông (Phòng GDPT)", "Phòng Kế hoạch - Tài chính (Phòng KHTC)")}, as a document then calls it."""
    full: dict[str, Mention] = {}
    for i, m in enumerate(named):
        code = UNIT_CODE.match(text, m.end)
        if code and " " in m.canonical:
            full.setdefault(f"{m.canonical.split()[0]} {code.group('code')}", m)
        elif i + 1 < len(named) and _short_name_of(text, m, named[i + 1]):
            full.setdefault(named[i + 1].canonical, m)
    return full


# The short name a document gives a unit in parentheses right after its full name: the same head and an abbreviation
# ("Phòng GDPT", "Phòng KHTC", "Trung tâm CNTT"), closed by the bracket.
SHORT_NAME = regex.compile(r"(?P<head>\S+(?: \S+)?) (?P<abbreviation>[\p{Lu}][\p{Lu}&\-]{1,9})")


def _short_name_of(text: str, full: Mention, short: Mention) -> bool:
    """Whether `short` is the short name `full` is given in parentheses right after it (see SHORT_NAME)."""
    m = SHORT_NAME.fullmatch(short.canonical)
    return m is not None and " " in full.canonical and full.canonical.startswith(m.group("head") + " ") \
        and full.canonical != short.canonical and P.OPEN_PARENTHESIS.fullmatch(text, full.end, short.start) is not None \
        and P.CLOSE_PARENTHESIS.match(text, short.end) is not None


def find_collectives(text: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(), m.group(), "collective", None) for m in _collectives(text)]


def _collectives(text: str):
    """What `P.COLLECTIVE.finditer(text)` finds, trying COLLECTIVE only where a word it opens with is written."""
    lower = lower_text(text)
    if lower is None:
        yield from P.COLLECTIVE.finditer(text)
        return
    pos = 0
    for opener in P.COLLECTIVE_OPENER.finditer(lower):
        if opener.start() >= pos:
            m = P.COLLECTIVE.match(text, opener.start())
            if m:
                yield m
                pos = m.end()


def _with_owners(text: str, collectives: list[Mention], named: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A plural of units and the named body they belong to are one collective ("Trưởng các phòng thuộc Sở Y tế"): the
    owner is given nothing, and the list goes on after it."""
    starts = {m.start: m for m in named}
    owners: set[int] = set()
    merged = []
    for c in collectives:
        gap = P.OWNED_BY.match(text, c.end)
        owner = starts.get(gap.end()) if gap else None
        if owner is not None and owner.kind != "collective":
            owners.add(owner.start)
            phrase = text[c.start:owner.end]
            c = Mention(c.start, owner.end, phrase, phrase, "collective", None)
        merged.append(c)
    return merged, [m for m in named if m.start not in owners]


PARENTHESIS = regex.compile(r"^\s*\([^()]{0,200}\)")
SENTENCE_END = regex.compile(r"\n|(?<=[.!?…])\s+(?=[\p{Lu}\d\"“(-])")


def _sentences(text: str, start: int, end: int, wrapped: tuple[tuple[int, int], ...] = ()):
    """(start, end) of the sentences of text[start:end]: split at line ends and at ". X" (not inside a name `wrapped`
    over a line's end)."""
    pos = start
    for m in SENTENCE_END.finditer(text, start, end):
        if any(a < m.start() < b for a, b in wrapped):
            continue
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if end > pos:
        yield pos, end


def _lists(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped into lists joined by commas, semicolons, "và" or a parenthesis."""
    groups: list[list[Mention]] = []
    members_open = False  # inside the parentheses that list a plural's members ("Các đảng ủy trực thuộc Tỉnh ủy (…, …)")
    for m in mentions:
        gap = text[groups[-1][-1].end:m.start] if groups else ""
        if groups and " các " in f" {groups[-1][-1].canonical} " and (meant := P.PLACES_MEANT.match(gap)):
            gap = gap[meant.end():]  # "Ủy ban nhân dân các xã, phường có vùng nuôi, Hội Nông dân tỉnh …": the places meant
        if groups and P.OPEN_PARENTHESIS.fullmatch(gap) and _member_of_plural(groups[-1][-1], m):
            groups[-1].append(m)
            members_open = True
        elif groups and members_open and (closed := P.CLOSE_PARENTHESIS.match(gap)) and P.SEPARATOR.match(gap[closed.end():]):
            groups[-1].append(m)  # "… (Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh) và các đảng ủy xã, phường": the list goes on
            members_open = False
        elif groups and P.SEPARATOR.match(gap) and not _object_before_clause(text, groups, gap):
            groups[-1].append(m)
        else:
            groups.append([m])
            members_open = False
    return groups


def _object_before_clause(text: str, groups: list[list[Mention]], gap: str) -> bool:
    """Whether a semicolon after the last group closes a clause whose object that group is, so the name after it opens
    the next clause ("Sở Nội vụ rà soát quy hoạch … các sở, ngành; Sở Tài chính tham mưu …", "… các cơ quan thành viên Ban
    Chỉ đạo … tỉnh; Ủy ban nhân dân cấp xã tuyên truyền …"): the body before the group in its clause is followed by its
    verb, and no word there hands the group a role ("phối hợp với Sở Y tế; Sở Tài chính …", "Đề nghị các sở, ngành; …",
    "Thủ trưởng các sở, ban, ngành; Chủ tịch …" go on as one list)."""
    group = groups[-1]
    if ";" not in gap or len(groups) < 2:
        return False
    subject = groups[-2][-1]
    between = text[subject.end:group[0].start]
    return not regex.search(r"[;:\n]", between) and P.TASK_VERB_AFTER.match(between) is not None and not (
        P.BEFORE_COORDINATE.search(between) or P.BEFORE_ASSIGN.search(between) or P.BEFORE_REQUEST.search(between)
        or P.BEFORE_DEMAND.search(between))


TASK_TRIM = regex.compile(r"^[\s,;:]+|[\s,;:./]+$")


def _task(text: str, start: int, end: int) -> str | None:
    task = TASK_TRIM.sub("", text[start:end])
    return task[:TASK_CHARS] or None


LINES_UP = 12  # non-empty lines read up from a label line to its item (a few points and the item's other fields)


def _lines_above(text: str, line_start: int):
    """The lines with text above the line at `line_start`, nearest first, up to LINES_UP of them: each (start, line)."""
    pos, seen = line_start, 0
    while pos > 0 and seen < LINES_UP:
        start = text.rfind("\n", 0, pos - 1) + 1
        line, pos = text[start:pos - 1], start
        if P.NO_TEXT.match(line):
            continue
        seen += 1
        yield start, line


def _other_field(line: str) -> bool:
    """Whether a line is a field line of an item (P.FIELD_LINE: "Thời gian thực hiện: …"), not a heading's label."""
    return P.FIELD_LINE.match(line) is not None and not P.HEADING.match(line)


def _item_text(line: str) -> str | None:
    """A line's text without the label or bullet it opens with."""
    opening = P.OUTLINE_OPENING.match(line)
    return _task(line, opening.end() if opening else 0, len(line))


def item_of_field(text: str, line_start: int) -> str | None:
    """The task item a field line at `line_start` closes: the task of the bodies a label line names ("Đơn vị chủ trì: Sở Tư
    pháp."), and the deadlines extractor's action for a time field line ("Thời gian thực hiện: Tháng 12/2025."). Read up
    past the item's other field lines ("Đơn vị phối hợp: …", "Thời gian thực hiện: …"): its "Nội dung: …" field, or its
    points up to their heading ("4. Nâng cao phẩm chất …⏎- Tăng cường …⏎- Nâng cao …⏎Đơn vị thực hiện: …": the heading), or
    the first of its points when the item before ends above them (its own field lines), or the line above."""
    if _procedure_fields(text, line_start):
        return None  # "- Cơ quan thực hiện: Sở Y tế.⏎- Cơ quan có thẩm quyền quyết định: …": who handles a file
    top = None  # the topmost point of the run of points right above
    for _, line in _lines_above(text, line_start):
        if P.PROCEDURE_FIELD.search(line):
            return None
        if content := P.CONTENT_FIELD.match(line):  # "- Nội dung: Triển khai …", or "- Nội dung:" over its points
            return _task(content.group("value"), 0, len(content.group("value"))) or (top and _item_text(top))
        if P.RESPONSIBILITY_LABEL.match(line) or _other_field(line):
            if top is not None:
                break  # the fields of the item before: the points below them are this item
            continue
        if P.LIST_ITEM.match(line):
            top = line
            continue
        if P.WRAPPED_ON.match(line):
            continue  # "- Đề nghị người đứng đầu cấp ủy;⏎thủ trưởng cơ quan, …": the rest of the point above
        if top is not None and not P.HEADING.match(line):
            break  # a paragraph over the points: the points are the item
        return _item_text(line)  # the heading over the points, or the item's own line
    return _item_text(top) if top is not None else None


def lead_of_field(text: str, line_start: int) -> str | None:
    """The body that leads or carries out the task item a field line of it closes: the first body named on the item's
    "… chủ trì …:" or "… thực hiện:" label line among the field lines right above (not its "… phối hợp:" line)."""
    for start, line in _lines_above(text, line_start):
        label = P.RESPONSIBILITY_LABEL.match(line)
        if not label and not _other_field(line):
            return None  # the item's own text: no label line of the item names its lead
        if label and "phối" not in label.group():
            starts, bodies = _bodies_by_start(text)
            found = bodies[bisect.bisect_left(starts, start):bisect.bisect_left(starts, start + len(line))]
            return min(((i, b.name) for i, b in found if b.role in ("lead", "assigned", "requested")), default=(0, None))[1]
    return None


@functools.lru_cache(maxsize=2)
def _bodies_by_start(text: str) -> tuple[list[int], list[tuple[int, Body]]]:
    """The bodies of `text` (`_analyse`) sorted by where they start, each with its place in `_analyse`'s order: those on a
    line by bisection, the first of them in that order by its place (`lead_of_field`, not a loop over all bodies per line)."""
    ordered = sorted(enumerate(_analyse(text)[0]), key=lambda ib: ib[1].start)
    return [b.start for _, b in ordered], ordered


def _points_follow(text: str, line_start: int, names_end: int, line_end: int) -> bool:
    """Whether a line that names bodies with no task leads the points below it: it ends with a colon after the names
    ("1. Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan:"), or with the names themselves on a block's
    line ("b) Phối hợp với các sở, ngành, UBND các xã, phường", "Điều 15. Đề nghị Ủy ban MTTQ Việt Nam tỉnh"); not a
    sentence's end ("… bàn giao cho Chính phủ.") nor a name that runs on to the next line ("… phối hợp với Công ty Tân
    Cảng⏎- Petro Cam Ranh khi …", a line that opens with no label)."""
    rest = text[names_end:line_end].strip(" \t")
    return rest == ":" or (rest == "" and P.BLOCK_OPENING.match(text, line_start) is not None)


def _procedure_fields(text: str, line_start: int) -> bool:
    """Whether the label line at `line_start` or the few lines with text below it are fields of an administrative
    procedure (P.PROCEDURE_FIELD)."""
    end, seen = line_start, 0
    while seen < 4 and end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line, end = text[end:nxt], nxt
        if P.NO_TEXT.match(line.lstrip("\n")):
            continue
        seen += 1
        if P.PROCEDURE_FIELD.search(line):
            return True
    return False


def _task_below(text: str, line_end: int) -> str | None:
    """The task of bodies a line names with no task after them, its points below ("b) Phối hợp với các sở, ngành, UBND
    các xã, phường⏎- Hỗ trợ các nhà đầu tư …", "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với …:⏎a) …"): the first."""
    line_start = text.rfind("\n", 0, line_end) + 1
    opening = P.OUTLINE_OPENING.match(text, line_start)
    if P.FIELD_LINE.match(text, opening.end() if opening else line_start):
        return None  # "3. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp.": a point of its own, the next is another
    nxt = P.NEXT_LINE.match(text, line_end)
    if not nxt or not (point := P.OUTLINE_OPENING.match(nxt.group("line"))) or P.FIELD_LINE.match(nxt.group("line"), point.end()):
        return None
    return _item_text(nxt.group("line"))


def _leads(after: str) -> bool:
    """The words after a list make it lead: "chủ trì …", or "…, trên cơ sở đề xuất của …, chủ trì tổng hợp"."""
    return bool(P.LEAD_AFTER.match(after) or P.LEAD_AFTER_CIRCUMSTANCE.match(after))


def _opens_with_lead(block: str) -> bool:
    """A body's block opens with its lead: "Chủ trì, …", or "a) Trên cơ sở đề xuất …, chủ trì tổng hợp …"."""
    return bool(P.OPENS_WITH_LEAD.search(block) or P.OPENS_WITH_LEAD_AFTER_CIRCUMSTANCE.match(block))


def _role_in_sentence(text: str, sentence_start: int, prev_end: int, group: list[Mention], after: str, preamble: bool,
                      heading_ends: set[int] | frozenset[int] = frozenset()) -> str | None:
    before = text[prev_end:group[0].start]
    members = P.MEMBERS_OF.search(before)
    if members:  # "phối hợp với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An)": the members take the plural's role
        before = before[:members.start()]
    if P.POSSESSED.search(text, max(0, group[0].start - 28), group[0].start):
        return None  # "các văn bản chỉ đạo của⏎Chính phủ": an owner, even when a wrap puts it at a line's start
    clause_start = max(sentence_start, text.rfind(";", sentence_start, group[0].start) + 1)
    opening = text[clause_start:group[0].start]
    if members and clause_start <= group[0].start - len(members.group()):
        opening = opening[:len(opening) - len(members.group())]
    if (":" in opening or "Xét" in opening or "Theo" in opening) and P.NO_TASK_OPENING.search(opening):  # (what its matches hold)
        return None  # "Địa điểm: Sở Công Thương …", "Xét đề nghị của …": named, given nothing
    if P.OBJECT_OF_VERB.search(before):
        return None  # "Sở Tài chính quyết định đối với: Văn phòng …": whom the decision is about
    if ":" in before and P.COUNTED_ITEMS_BEFORE.search(before):
        return None  # "Thành lập mới 02 khu bảo tồn thiên nhiên: Khu bảo tồn thiên nhiên Nam Nung …": the items counted
    if P.ADVISING.search(opening):
        return None  # "tham mưu UBND tỉnh phối hợp Bộ Y tế …": what the advice is about, not a task given here
    labelled = ":" in before  # (every match of the labels holds their colon: without one, they are not searched for)
    if labelled and P.LEAD_LABEL.search(before):
        return "lead"
    if labelled and P.COORDINATE_LABEL.search(before) or P.BEFORE_COORDINATE.search(before):
        return "coordinate"
    if labelled and P.ASSIGN_LABEL.search(before):
        return "lead" if _leads(after) else "assigned"
    if P.GIVEN_ELSEWHERE.search(text, sentence_start, group[0].start) and P.IN_A_CITED_DOCUMENT.match(after):
        return None  # "các nhiệm vụ được Chính phủ giao cho Bộ Xây dựng tại Nghị quyết số 45/NQ-CP": given there, not here
    if P.BEFORE_ASSIGN.search(before) or P.ASSIGN_OBJECT_BEFORE.search(before) \
            or P.ALLOTMENT_GIAO.search(before) and P.TASK_AFTER_ALLOTTED.match(after):
        return "lead" if _leads(after) or P.GIVEN_LEAD.search(after[:80]) else "assigned"
    request = P.BEFORE_REQUEST.search(before)
    if request and P.PROPOSAL_PAPER.search(before):
        return None  # "gửi văn bản đề nghị Bộ trưởng Bộ Văn hóa …": a proposal sent up a procedure
    if request:  # "Đề nghị X chủ trì …" leads, "Đề nghị X phối hợp …" coordinates
        if P.AWARD_AFTER.match(after):
            return None  # "đề nghị Thủ tướng Chính phủ, Chủ tịch UBND tỉnh xem xét tặng Bằng khen"
        return "lead" if _leads(after) else "coordinate" if P.COORDINATES_AFTER.match(after) else "requested"
    if P.BEFORE_DEMAND.search(before):
        return "assigned"
    if P.BEFORE_DIRECT.search(before) and P.TASK_VERB_AFTER.match(after):
        return "assigned"  # "… chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau"
    if prev_end > sentence_start and P.PARTY_LEADS.fullmatch(before) and P.TASK_VERB_AFTER.match(after):
        return "assigned"  # "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng …"
    if P.PROPOSING_OPENING.match(opening):  # "- Đề xuất Bộ Tài chính hỗ trợ hướng dẫn …"; a proposal to a
        return None if group[0].kind in ("ubnd", "hdnd") else "requested"  # people's committee asks it to decide
    if P.DIRECTING_OPENING.match(opening):
        return "assigned"  # "- Chỉ đạo Ủy ban nhân dân tỉnh cụ thể hóa …" (a Party programme directs its bodies)
    next_after_lead = prev_end > sentence_start and P.AFTER_LEAD_NEXT_BODY.fullmatch(before) is not None
    # w21b: "Sở Y tế chủ trì, Sở Tài chính phối hợp …", "… chủ trì, Trung tâm Kiểm soát bệnh tật tỉnh thực hiện …": the body
    # after the lead's "chủ trì," opens a clause of its own, its role from its own verb
    if not next_after_lead and not P.CLAUSE_OPENING.match(opening) \
            and not (prev_end <= clause_start and _topic_opening(text, clause_start, group[0].start)):
        return None  # (a topic's opening, only before the sentence's first body: "8. Đối với nguồn vốn … ủy thác cho Ngân hàng
        # Chính sách xã hội, Hội đồng nhân dân cấp tỉnh quyết định …" names a body inside the topic)
    if clause_start == sentence_start and text[sentence_start - 1:sentence_start] == "\n" and not P.ITEM_OPENING.match(
            text, sentence_start) and sentence_start - 1 not in heading_ends \
            and P.WRAPPED_LINE_BEFORE.search(text, max(0, sentence_start - 400), sentence_start):
        return None  # "… các nhà mạng viễn thông lớn như⏎Viettel, VNPT …": a wrapped line, not a clause of its own
        # (not under a heading of bodies, however long: "5. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể⏎Đoàn Thanh
        # niên … xã chủ trì …" opens the block's own clause, s28a)
    after = P.QUALIFIER.sub("", after, count=1)
    if P.SEAT.match(after):
        return None  # "Giám đốc Sở Y tế làm Phó Trưởng ban": a seat on a committee, not a task
    after = P.SUB_UNIT_BEFORE_COLON.sub("", after, count=1)  # "… Việt Nam - Chi nhánh Khu vực II: Chủ trì, …"
    inline = P.INLINE_TASKS.match(after)
    if inline:  # "1. Sở Nội vụ: Chủ trì, …" — the tasks follow the colon
        tasks = after[inline.end():]
        if P.QUOTA.match(tasks):
            return None  # an award quota, not a task
        return "lead" if P.LEAD_AFTER.match(tasks) or P.MONITORS_PLAN.search(tasks) else "assigned"
    if _leads(after) or P.MONITORS_THIS.match(after):
        return "lead"  # "Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Nghị quyết này" (the focal body)
    if P.CLOSING_LIST_AFTER.match(after):
        return "assigned"  # "Chánh Văn phòng Bộ; Cục trưởng Cục …; Giám đốc … chịu trách nhiệm thi hành Quyết định này"
    if P.NOT_A_TASK.match(after) or preamble and P.ISSUING.match(after):
        return None
    if P.ADDRESS.match(after):
        return None  # "Trung tâm Phục vụ hành chính công tỉnh, địa chỉ: …": where it is, not a task
    if P.LETTER_FORMULA.match(after):
        return None  # "Cục Thuế nhận được Công văn số …", "Bộ Nội vụ trân trọng đề nghị …": the letter's writer
    if preamble and group[0].kind in ("ubnd", "hdnd", "dang") and not opening.strip() and P.LETTERHEAD_REST.fullmatch(after):
        return None  # "Hội đồng nhân dân tỉnh hải dương" alone on a line before the first heading: the issuer's letterhead
    if (group[0].kind in ("ubnd", "hdnd", "dang") or group[0].canonical in P.ISSUERS or group[0].canonical in P.MINISTRIES) and (
            P.LAUNCHING.match(after) or P.ISSUER_ACT.match(after)):
        return None  # "UBND tỉnh phát động Đợt thi đua …", "Quốc hội tán thành …": the issuer's own act
    return "assigned"


def _topic_opening(text: str, clause_start: int, body_start: int) -> bool:
    """The clause from `clause_start` to its first body is an item's topic (P.TOPIC_OPENING), right after the item's marker at
    its line's start ("5. Về phòng cháy, …, Công an thành phố …"; the marker before the sentence or inside it)."""
    line_start = text.rfind("\n", 0, clause_start) + 1
    marker = P.ITEM_MARKER.match(text, line_start)
    if not marker or marker.end() < clause_start and text[marker.end():clause_start].strip():
        return False  # no item, or a clause after another one on the item's line ("…; Về …")
    return P.TOPIC_OPENING.fullmatch(text, max(marker.end(), clause_start), body_start) is not None


def _heading_block(text: str, line_start: int, line_end: int) -> tuple[int, int]:
    """The lines under a numbered heading, up to the next heading of the same shape."""
    shape = regex.match(r"\s*(" + P.OUTLINE_LABEL + "|" + P.BULLET_MARK + ")", text[line_start:line_end])
    numbered = shape.group(1) if shape else ""
    if numbered and numbered in "-–•+*▪●◦":  # "- Sở Tài chính:" runs to the next item of the same bullet or a number
        nxt = regex.compile(rf"^\s*(?:{regex.escape(numbered)}|\d+(?:\.\d+)*\.|[a-zđ]\)|[IVXL]+\.)\s", regex.MULTILINE).search(text, line_end)
    else:
        pattern = (r"\d+\." if regex.fullmatch(r"\d+\.", numbered) else r"\d+(?:\.\d+)+\." if "." in numbered[:-1]
                   else r"\d{1,2}\)" if regex.fullmatch(r"\d+\)", numbered) else r"\(\d{1,2}\)" if regex.fullmatch(r"\(\d+\)", numbered)
                   else r"\([a-zđ]\)" if numbered.startswith("(") else r"[a-zđ]\)" if numbered.endswith(")") else r"[IVXL]+\.")
        nxt = regex.compile(rf"^\s*(?:{pattern}|[IVXL]+\.)\s", regex.MULTILINE).search(text, line_end)
    end = nxt.start() if nxt else len(text)
    closing = P.CLOSING_LINE.search(text, line_end, end)  # "Trên đây là Kế hoạch …", "Nơi nhận:": the document's end, no item's
    return line_end, closing.start() if closing else end


MAX_TITLE_CHARS = 150  # a line without closing punctuation up to this long reads as a title, not a task


UNNUMBERED_TABLE_LINES = 3  # lines each side of an unnumbered heading that must hold no table cells


def _unnumbered_heading(text: str, line_start: int, line_end: int) -> bool:
    """A line that may be a body's heading whose outline label was lost ("Sở Tài chính" alone, after the end of a sentence
    or a section's title, the tasks on the next line opening with a verb of duty); not an item of a list (";", ","),
    nor a wrapped part of a sentence, nor a name with no task after it (a signature, a letterhead, a table's cell)."""
    if not P.UNNUMBERED_LINE_END.search(text, line_start, line_end):
        return False
    back = line_start  # the text before the line, without the blanks at its end (read back from the line, not copied)
    while back and text[back - 1].isspace():
        back -= 1
    prev_line = text[text.rfind("\n", 0, back) + 1:back]
    if back and not (
            prev_line.rstrip("*_ \t").endswith((".", ";", ":", "…")) or not P.SMALL_LETTER.search(prev_line)
            or P.TITLE_LINE.fullmatch(prev_line) and not text[line_start:line_end].rstrip().endswith(".")):
        return False  # "… phối hợp với⏎Sở Tài chính⏎…": a sentence wrapped at the name; a table read cell by cell
    nxt = P.TO_NEXT_LINE.match(text, line_end)
    if not (nxt and P.TASK_OPENING.match(text, nxt.end())):
        return False
    # not among a table's rows (tab-separated cells within the lines around: a table read from a PDF, its cells out
    # of order, "HĐND tỉnh" alone between two cells' lines)
    starts = line_starts(text)
    i = bisect.bisect_right(starts, line_start) - 1
    after = i + UNNUMBERED_TABLE_LINES + 1
    return "\t" not in text[starts[max(0, i - UNNUMBERED_TABLE_LINES)]:starts[after] - 1 if after < len(starts) else len(text)]


def _unnumbered_block(text: str, line_end: int) -> tuple[int, int]:
    """The lines under an unnumbered heading: up to the next line that reads as a title (no closing punctuation but a
    colon, and not a task: the next body's name "Sở Y tế:", a section's title), a numbered heading ("2.", "III.") or a
    sentence that gives another body its task ("Giao Công an tỉnh theo dõi, đôn đốc …", "Đề nghị …")."""
    for line in P.NEXT_LINES.finditer(text, pos=line_end):
        body = line.group(1).strip(" \t*_")
        if not body:
            continue
        if (P.NUMBERED_TITLE.match(body) or P.NEW_ASSIGNMENT.match(body)
                or (len(body) <= MAX_TITLE_CHARS and not body.endswith((".", ";", ",", "…", "!", "?", ")", '"', "”"))
                    and not P.TASK_OPENING.match(body) and not P.ITEM_MARK.match(body))):
            return line_end, line.start() + 1
    return line_end, len(text)


def _lines_of(text: str, mentions: list[Mention]):
    """((start, end) of a line, the mentions that lie within it) for each line where a mention starts, in order
    (`mentions` sorted by start): each line that has a mention, without going through the others."""
    i = 0
    while i < len(mentions):
        at = mentions[i].start
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end <= at:  # a mention at a line end starts on no line
            i += 1
            continue
        j = i
        while j < len(mentions) and mentions[j].start < end:
            if mentions[j].end > end and mentions[j].start >= at:  # a name wrapped over the line's end ("Bộ Công⏎Thương"):
                nxt = text.find("\n", mentions[j].end)             # the line runs on to the end of its next one
                end = len(text) if nxt < 0 else nxt
            j += 1
        within = [m for m in mentions[i:j] if m.end <= end]
        if within:
            yield (text.rfind("\n", 0, at) + 1, end), within
        i = j


def _split_at_opening(text: str, line_start: int, group: list[Mention]) -> list[list[Mention]]:
    """A list that an adverbial opening cuts in two: "Căn cứ hướng dẫn của Bộ Y tế, Sở Y tế xây dựng …" — the owner
    in the opening, then the body the clause is about."""
    if len(group) != 2 or not P.TASK_VERB_AFTER.match(text[group[1].end:group[1].end + 40]):
        return [group]  # "của Bộ Khoa học và Công nghệ, Bộ Công an, Bộ Nội vụ, ý kiến …": a list of owners
    clause_start = max(line_start, text.rfind(";", line_start, group[1].start) + 1)
    opening = text[clause_start:group[1].start]
    if P.ADVERBIAL_OPENING.match(opening) and P.CLAUSE_OPENING.match(opening):
        return [group[:1], group[1:]]
    return [group]


def _marked_role(text: str, end: int) -> str | None:
    mark = P.ROLE_MARK.match(text, end)
    return None if not mark else "lead" if mark.group("role").lower().startswith("chủ") else "coordinate"


def _names_without_tasks(text: str, start: int, end: int, criteria: Intervals) -> bool:
    """A sentence that names bodies to give them nothing: an award category or a group ("a) Tập thể: Các cơ quan …;
    UBND các xã", "- Nhóm 2:⏎Các xã, phường lân cận …"), the requesters a decision considers ("Xét đề nghị của …"), and in a section of criteria or quotas the bodies
    the criteria are for ("a) Đối với các sở, ban, ngành") or an award quota ("… không quá 01 tập thể, 03 cá nhân")."""
    sentence = text[start:end]
    if P.CATEGORY_LINE.match(sentence) or P.REQUESTERS_SENTENCE.match(sentence):
        return True
    if text[start - 1:start] == "\n":  # "- Nhóm 2:" alone on the line before
        prev_end = start - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        if P.CATEGORY_LABEL_ALONE.match(text[text.rfind("\n", 0, prev_end) + 1:prev_end]):
            return True
    return criteria.covers(start, start + 1) and bool(P.FOR_LABEL.match(sentence) or P.AWARD_QUOTA.search(sentence))


def _rows(group: list[Mention], role: str, task: str | None, rule: str) -> list[Body]:
    return [Body(start=m.start, end=m.end, text=m.written or m.name, name=m.name, name_canonical=m.canonical, kind=m.kind,
                 level=m.level, role=role, task=task, rule=rule) for m in group]


def extract_bodies(text: str) -> list[Body]:
    """One row per (body, assignment): named bodies and collectives given a task, with role and task."""
    return list(_analyse(text)[0])


def heading_owners(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, names) of each block under a heading that names its bodies ("3. Phòng Nội vụ"):
    the bodies that own what the block asks for (deadlines read them)."""
    return _analyse(text)[1]


@functools.lru_cache(maxsize=2)  # the deadlines extractor asks again for the same text
def _analyse(text: str) -> tuple[tuple[Body, ...], tuple[tuple[int, int, str], ...]]:
    owners: list[tuple[int, int, str]] = []
    # the recipients lists and signatures name bodies without tasks, wherever they sit; what follows them counts
    eligible, criteria = eligibility_sections(text)  # "1. Đối tượng thi đua", "2. Tiêu chí thi đua": who, not what
    skip = Intervals(list(skip_spans(text)) + row_spans(text) + distribution_lists(text) + capital_lines(text) + list(eligible)
                    + addressees(text) + form_lines(text) + indicator_labels(text))
    cited = citations(text)  # "Nghị quyết số 57-NQ/TW của Bộ Chính trị", "Căn cứ Luật … ;": names, not assignments
    found = find_mentions(text)
    codes = _codes_of(text, found)  # (before the short names in parentheses go: "Phòng Giáo dục phổ thông (Phòng GDPT)")
    named = [m for m in found if not skip.touches(m.start, m.end) and not cited.covers(m.start, m.start + 1)]
    named = _without_sub_units(text, named)
    named = _without_parents_of_units(text, named)
    named = _by_their_codes(text, named, codes)
    short = [a for a in aliases(text, named) if not skip.touches(a.start, a.end) and not cited.covers(a.start, a.start + 1)]
    named = sorted(named + short, key=lambda m: m.start)
    if short:  # a short name in parentheses after a body is named as that one's was ("Sở Y tế (cơ quan thường trực Ban Chỉ đạo)")
        short_starts = {a.start for a in short}
        named = [m for i, m in enumerate(named)
                 if not (i and m.start in short_starts and (P.OPEN_PARENTHESIS.fullmatch(text, named[i - 1].end, m.start)
                                                            or P.ROLE_PARENTHESIS.fullmatch(text, named[i - 1].end, m.start)))]
    all_collectives = [c for c in find_collectives(text) if not skip.touches(c.start, c.end)]
    # a name inside a generic phrase that opens before it is part of the phrase ("Thủ trưởng cơ quan thuộc Chính phủ")
    holders = Intervals([(c.start + 1, c.end) for c in all_collectives])
    named = [m for m in named if not holders.covers(m.start, m.end)]
    named_spans = Intervals([(m.start, m.end) for m in named])
    collectives = [c for c in all_collectives if not named_spans.touches(c.start, c.end)]
    collectives, named = _with_owners(text, collectives, named)
    mentions = sorted(named + collectives, key=lambda m: m.start)
    mentioned = frozenset(m.canonical for m in named if m.canonical)  # every body the text names (one_name_per_body)
    first_heading = P.HEADING.search(text)
    preamble_end = first_heading.start() if first_heading else 0
    rows: list[Body] = []
    heading_ends: set[int] = set()  # where the lines that head a block of bodies end
    for (line_start, line_end), line_mentions in _lines_of(text, mentions):
        groups = [part for g in _lists(text, line_mentions) for part in _split_at_opening(text, line_start, g)]
        heading = number = marked = None
        unnumbered = False
        if len(groups) == 1:  # a heading names one list of bodies
            heading = P.BODY_HEADING.fullmatch(text, line_start, line_end)
            if not heading:  # "1.⏎Sở Nông nghiệp và Môi trường": the number on a line of its own
                number = P.BARE_NUMBER_LINE.search(text, max(0, line_start - 40), line_start)
                heading = P.BARE_BODY_LINE.fullmatch(text, line_start, line_end) if number else None
                if not heading and _unnumbered_heading(text, line_start, line_end):  # "Sở Tài chính⏎Chủ trì, …"
                    heading = P.BARE_BODY_LINE.fullmatch(text, line_start, line_end)
                    if heading and heading.group("verb") and heading.group("verb").startswith("Đối"):
                        heading = None  # "Đối với Ủy ban MTTQ …:" over the criteria of an award, whose title lost its number
                    unnumbered = bool(heading)
        rest = text[groups[0][-1].end:heading.end("list")] if heading else ""
        if heading:
            marked = P.TRAILING_PARENTHESIS.fullmatch(rest)  # "1. Sở Tài chính (cơ quan chủ trì)"
        if (heading and text[heading.start("list"):groups[0][0].start].strip() in ("", "Các", "các")
                and (groups[0][-1].end >= heading.end("list") - 1 or marked
                     or P.GENERIC_LAST_ITEM.fullmatch(text, groups[0][-1].end, line_end))):
            if criteria.covers(line_start, line_start + 1) and P.FOR_LABEL.match(text[line_start:line_end]):
                continue  # "a) Đối với các sở, ban, ngành" under "Tiêu chí thi đua": whom the criteria are for
            start, end = (_unnumbered_block(text, line_end) if unnumbered
                          else _heading_block(text, number.start() if number else line_start, line_end))
            block = text[start:end]  # (s29e: "6. Các Trung tâm Y tế khu vực": the plural of a body named by its kind heads its block)
            if P.QUOTA.match(block.lstrip()):
                continue  # "- Ban Chỉ đạo bầu cử của tỉnh:⏎Không quá 05 cá nhân;": an award quota
            if P.ADDRESS.match(block):
                continue  # "- Trung tâm Phục vụ hành chính công Thành phố:⏎+ Tòa nhà …, đường Lê Lợi": its addresses
            if P.COST_NORM_OPENING.match(block) and P.COST_RATE.search(block.lstrip()[:P.COST_NORM_CHARS]):
                continue  # "1. Ban Tổ chức (không quá 06 người)⏎a) Mức 400.000 đồng/người/buổi": a line of a spending norm
            owners.append((start, end, ", ".join(m.name for m in groups[0])))
            heading_ends.add(line_end)
            task = _task(text, start, min(end, start + TASK_CHARS))
            if heading.group("verb") and heading.group("verb").lower().startswith("đề"):
                if _opens_with_lead(block):  # "Đề nghị Liên đoàn Lao động tỉnh⏎Chủ trì, …": asked to lead, one row
                    rows += _rows(groups[0], "lead", task, "heading_lead")
                else:
                    rows += _rows(groups[0], "requested", task, "heading_requested")
            elif marked and P.LEAD_MARK.match(rest):
                rows += _rows(groups[0], "lead", task, "heading_lead")
            elif _opens_with_lead(block) or P.MONITORS_PLAN.search(block):
                rows += _rows(groups[0], "lead", task, "heading_lead")
            elif P.FIRST_ITEM_COORDINATES.match(block):  # "2. Sở Nội vụ⏎a) Phối hợp với Sở Giáo dục …"
                rows += _rows(groups[0], "coordinate", task, "heading_coordinate")
            else:
                rows += _rows(groups[0], "assigned", task, "heading_assigned")
            continue
        asked: set[str] = set()  # the bodies a request on this line asks
        labelled: bool | None = None  # whether the line is a label line ("Đơn vị chủ trì: …"), read when a role is found
        wrapped = tuple((m.start, m.end) for m in line_mentions  # a name over a line's end, or with a dot ("TP. Huế")
                        if "\n" in text[m.start:m.end] or "." in text[m.start:m.end])
        for s_start, s_end in _sentences(text, line_start, line_end, wrapped):
            if not any(s_start <= g[0].start < s_end for g in groups):
                continue  # no list of names opens in this sentence: nothing to read in it
            if _names_without_tasks(text, s_start, s_end, criteria):
                continue
            prev_end = s_start
            prev_role = None
            prev_group: list[Mention] | None = None
            for group in (g for g in groups if s_start <= g[0].start < s_end):
                nxt = next((g[0].start for g in groups if g[0].start > group[-1].end and g[0].start < s_end), s_end)
                after = PARENTHESIS.sub("", text[group[-1].end:s_end], count=1)  # "(sau đây gọi tắt là …)"
                role = _role_in_sentence(text, s_start, prev_end, group, after, group[0].start < preamble_end,
                                         heading_ends)
                listed = next((g for g in groups if g[0].start == nxt), None)
                if (not role and group[-1].kind == "collective" and listed and nxt < s_end
                        and P.MEMBERS_AFTER_COLON.fullmatch(text, group[-1].end, nxt)):
                    role = _role_in_sentence(text, s_start, prev_end, group, text[listed[-1].end:s_end],
                                             group[0].start < preamble_end, heading_ends)  # "… lãnh đạo … các tổ chức
                    # chính trị - xã hội tỉnh: Hội …, Tỉnh đoàn xây dựng …": the task follows the plural's members
                if (prev_role and prev_group and prev_group[-1].kind == "collective"
                        and P.MEMBERS_AFTER_COLON.fullmatch(text, prev_group[-1].end, group[0].start)):
                    role = prev_role  # "Đề nghị các tổ chức hội: Hội Nông dân, Hội Cựu chiến binh …": the members

                members = P.MEMBERS_OF.search(text, prev_end, group[0].start)
                if (not role and prev_role and members and prev_end > s_start
                        and P.LIST_JOINT.fullmatch(text, prev_end, members.start())):
                    role = prev_role  # "phối hợp với Sở Nội vụ và các cơ sở đào tạo (Trường …, Phân hiệu …)"
                named = [m.canonical for m in group if m.kind != "collective"]
                if role == "requested":
                    asked.update(named)
                elif role == "assigned" and named and all(c in asked for c in named):
                    role = "requested"  # "- Đề nghị Ủy ban MTTQ tỉnh … . Ủy ban MTTQ tỉnh và các tổ chức thành viên …"
                prev_role = role
                prev_group = group
                if role:
                    task = _task(text, group[-1].end, s_end)
                    if labelled is None:
                        labelled = bool(P.RESPONSIBILITY_LABEL.match(text, line_start))
                    if labelled and (task is None or P.FIELD_LINE.match(task)):
                        task = item_of_field(text, line_start)  # "Đơn vị phối hợp: Sở Nội vụ, Sở Tư pháp.": the item above
                    elif task is None and _points_follow(text, line_start, group[-1].end, line_end):
                        task = _task_below(text, line_end)  # "b) Phối hợp với các sở, ngành⏎- Hỗ trợ …": the points below
                    for m in group:
                        own = _marked_role(text, m.end) or role  # "Sở Tài chính (chủ trì), Sở Nội vụ (phối hợp)"
                        rows += _rows([m], own, task, f"clause_{own}")
                prev_end = group[-1].end if nxt else prev_end
    return tuple(with_levels(text, one_name_per_body(rows + table_bodies(text, codes), mentioned))), tuple(owners)


def _without_sub_units(text: str, named: list[Mention]) -> list[Mention]:
    """The mentions without those in parentheses right after a body, which are its sub-units or short names ("Công an tỉnh
    (Phòng PA03)", "Tập đoàn Điện lực Việt Nam (EVN)": the body before), unless the body is a plural that lists its members
    in them (`_member_of_plural`, `_owner_of_plural`); in a clause and in a task table's cell alike (w21a: "Công an tỉnh
    (Phòng Cảnh sát đường thủy)" in a "Đơn vị phối hợp" cell)."""
    return [m for i, m in enumerate(named)
            if not (i and (P.OPEN_PARENTHESIS.fullmatch(text, named[i - 1].end, m.start)
                           or P.ROLE_PARENTHESIS.fullmatch(text, named[i - 1].end, m.start))
                    and not _member_of_plural(named[i - 1], m) and not _owner_of_plural(text, named[i - 1]))]


def _member_of_plural(plural: Mention, m: Mention) -> bool:
    """Whether `m`, in parentheses after `plural`, is one of the bodies a plural named by its kind lists ("Các đảng ủy
    trực thuộc Tỉnh ủy (Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh)": each its own body, of the plural's kind), not a
    sub-unit of one body ("Công an tỉnh (Phòng PA03)", "UBND các xã (Phòng Văn hóa - Xã hội)": the name opens with its
    head, not with "các"); a generic plural's members may be of any kind ("các sở, ngành (Sở Y tế, …)")."""
    return P.PLURAL_OPENING.match(plural.name) is not None and plural.kind in ("collective", m.kind)


def _owner_of_plural(text: str, owner: Mention) -> bool:
    """Whether `owner` is named as whom a plural belongs to ("Các đảng ủy trực thuộc Tỉnh ủy (Đảng ủy Quân sự tỉnh, …)",
    "các phòng thuộc Sở Y tế (Phòng Nghiệp vụ Y, …)"): names in parentheses after it are the plural's members, not the
    owner's sub-units."""
    return P.PLURAL_OWNED_BY.search(text, max(0, owner.start - 80), owner.start) is not None


def _bare_heads_joined(cell: str) -> str:
    """A task table's cell with each line break after a bare head read as a space ("Vụ Công chức - Viên chức; Vụ⏎Kế hoạch -
    Tài chính": the crawl wraps a cell's text anywhere, and a head is never a cell line's last word), same length (s34d)."""
    if "\n" not in cell:
        return cell
    return P.BARE_HEAD_WRAP.sub(" ", cell)


CAPITALISED_LAST_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*[ \t]*\Z")
# k20: the part of a cell's line after its last separator (a list's comma or semicolon, or the line's start), ending in a
# word: "Ban Quản lý Quần thể danh thắng" of "… danh thắng⏎Tràng An"
LAST_ITEM_OF_LINE = regex.compile(r"(?:^|(?<=[\n,;]))[ \t]*(?P<item>[^\n,;]*[\p{L}\p{M}])[ \t]*\Z")


def _proper_names_joined(cell: str) -> str:
    """s36d: a task table's cell with each line break inside a proper name read as a space ("Sở Tài chính, Thuế tỉnh Quảng⏎Ngãi",
    "Ban Quản lý Khu kinh tế Vân⏎Phong; Trung tâm …": a crawl wraps a cell's text at a fixed width, and the cell's text no
    longer holds the rule lines `_wrapped_in_cell` looks for): the line ends on a capitalised word, the next goes on with
    capitalised words up to punctuation or its end (WRAPPED_PROPER_NAME) and opens no body's name; same length. k20: or the
    line ends on a word in lower case inside a name the line's last item opens ("Ban Quản lý Quần thể danh thắng⏎Tràng An": the
    rest of the board's name, where "Các sở, ngành liên quan⏎Tràng An" opens none and stays two lines)."""
    if "\n" not in cell:
        return cell
    out = list(cell)
    for m in P.WRAPPED_PROPER_NAME.finditer(cell):
        word = m.start() + len(m.group()) - len(m.group().lstrip("\n \t"))
        if _opens_name_at(cell, word):
            continue
        item = LAST_ITEM_OF_LINE.search(cell, 0, m.start())
        if CAPITALISED_LAST_WORD.search(cell, 0, m.start()) or item and _opens_name_at(cell, item.start("item")):
            out[m.start()] = " "
    return "".join(out)


# w21c: what follows a name in a table's body cell up to the cell's end or the next name: words in lower case and numbers,
# after a space or a comma ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1", "Phòng Công nghệ, chuyển đổi số và Thống kê thuế" of
# a Thuế tỉnh; "Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp tỉnh"). A cell holds names and nothing else (no
# task words follow a name there, as in a clause), so a name's lower-case rest is still its name; a new name opens with a
# capital, "các" / "cơ quan" / "đơn vị" (a collective), or after "và" / "với" / "chủ trì" / "phối hợp" / a bracket; a
# qualifier ("có liên quan", "trên địa bàn", "cùng cấp") is none of the name, after the rest's first word as at it (the
# name ends before one that ends the piece: "Phòng Quản lý, hỗ trợ doanh nghiệp có liên quan"). A People's Committee or
# Council named by its level ("UBND các xã ven biển") keeps the name the level gives it.
CELL_NAME_REST = regex.compile(
    r"(?:(?:(?:[ \t]*,[ \t]*|[ \t]+)(?!(?:các|và|với|cùng|hoặc|chủ|phối|cơ|đơn|địa|liên|những|tổ|theo|thuộc|trực|có|trên|tại|của|ở)(?![\p{L}\p{M}]))"
    r"(?:\p{Ll}[\p{L}\p{M}]*|\d{1,3}(?![\d/.]))"
    r"|[ \t]+và[ \t]+(?!(?:các|cơ|đơn|địa|những|tổ|ban|ngành|đoàn)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*)"
    r"(?:[ \t]+(?:(?!(?:và|với|chủ|phối|thuộc|trực|có|trên|tại|cùng|hoặc)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*|\d{1,3}(?![\d/.])|và[ \t]+\p{Lu}[\p{L}\p{M}]*(?=[ \t]+\p{Ll})"
    # w22a: "và" and a word in lower case go on with the name ("Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự",
    # "Phòng Thực hành quyền công tố và kiểm sát điều tra …", "Phòng Kiểm tra nghiệp vụ và thi hành án": the units of a
    # procuracy and a court, Luật Tổ chức Viện kiểm sát nhân dân 2014, Điều 41); a collective after it opens one of its own
    r"|và[ \t]+(?!(?:các|cơ|đơn|địa|những|tổ|ban|ngành|đoàn)(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*))*)+"
    r"(?=[ \t]*(?:[;\n]|$)|[ \t]+(?:có[ \t]+liên[ \t]+quan|trên[ \t]+địa[ \t]+bàn|cùng[ \t]+cấp)[ \t]*(?:[;\n]|$))")


def _to_cell_piece_end(cell: str, named: list[Mention]) -> list[Mention]:
    """The names of a body cell carried to the end of their piece of the cell (CELL_NAME_REST), where only lower-case words
    (and a number) follow them to the cell's end or a ";": the last name of a piece, only (no other name after it)."""
    out = []
    for k, m in enumerate(named):
        rest = CELL_NAME_REST.match(cell, m.end)
        if rest is None or any(o.start >= m.end for o in named[k + 1:]) or m.kind in ("collective", "ubnd", "hdnd") \
                or m.written is not None:  # (a level named by its kind, "UBND các xã ven biển", is that level: the rest says which)
            out.append(m)
            continue
        whole = cell[m.start:rest.end()].strip()
        out.append(Mention(m.start, m.start + len(whole), whole, canonical_name(whole), m.kind, m.level))
    return out


def table_bodies(text: str, codes: dict[str, Mention] | None = None) -> list[Body]:
    """Bodies of a task table: its "chủ trì" column leads, its "phối hợp" column coordinates; `codes`: the units the text
    names in full with their code or short name, by that name (`_codes_of`), as the cells call them ("Phòng PC02")."""
    rows: list[Body] = []
    for row in task_rows(text):
        task = " ".join(row["task"].text.split())[:TASK_CHARS] if "task" in row else None
        for column in ("lead", "coordinate", "assigned"):
            cell = row.get(column)
            if cell is None:
                continue
            cell_text = _proper_names_joined(_bare_heads_joined(cell.text))
            named = _without_sub_units(cell_text, find_mentions(cell_text, text))  # "Công an tỉnh (Phòng Cảnh sát đường thủy)"
            named = _without_parents_of_units(cell_text, named)  # "Cục Phòng bệnh, Bộ Y tế"
            named = _by_their_codes(cell_text, named, codes or {})  # "Phòng PC02": the unit named so in the text
            named = _to_cell_piece_end(cell_text, named)  # "Phòng Quản lý, hỗ trợ doanh nghiệp số 1": the cell's whole name
            collectives = [c for c in find_collectives(cell_text) if not any(m.start < c.end and c.start < m.end for m in named)]
            # (s36a: "Các phòng, đơn vị thuộc Ủy ban nhân dân phường" in a cell is one collective, as in a clause: its owner
            # is given nothing)
            collectives, named = _with_owners(cell_text, collectives, named)
            found = named + collectives
            for m in sorted(found, key=lambda m: m.start):
                if m.kind != "collective" and P.POSSESSED.search(cell_text, max(0, m.start - 28), m.start):
                    continue  # w21d: "Các ban, cơ quan đảng của Tỉnh ủy" in a cell: the owner of those given the task, as in a
                    # clause (`_role_in_sentence`), never an assignee
                shifted = Mention(cell.start + m.start, cell.start + m.end, m.name, m.canonical, m.kind, m.level, m.written)
                own = column
                if column == "assigned":  # "Chủ trì: Sở Xây dựng; Phối hợp: Sở Tài chính", "Sở Y tế (chủ trì)" in one cell
                    before = cell.text[:m.start]
                    # beside a "phối hợp" column, the doers' column ("Đơn vị thực hiện | Đơn vị phối hợp") is the lead's
                    doers = "lead" if "coordinate" in row else column
                    own = (_marked_role(cell.text, m.end) or ("lead" if P.LEAD_LABEL.search(before) else
                                                              "coordinate" if P.COORDINATE_LABEL.search(before) else doers))
                rows += _rows([shifted], own, task, f"table_{own}")
    return rows


__all__ = ["Mention", "canonical_name", "extract_bodies", "find_collectives", "find_mentions", "heading_owners",
           "known_name", "spelling"]

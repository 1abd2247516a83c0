"""Named pieces of the grammar of responsible bodies.

A body's name reads HEAD TAIL [JURISDICTION]: "Phòng" "Văn hóa và Thông tin" "huyện",
"UBND" "" "các xã, thị trấn", "Sở" "Nông nghiệp và Phát triển nông thôn" "".
Heads and abbreviations are data (`heads.tsv`, `abbreviations.tsv`); the roles a
body is given come from the grammar of assignment around its name:
    Giao X chủ trì, phối hợp với Y, Z …     X lead, Y and Z coordinate
    X làm đầu mối / X là cơ quan thường trực  lead
    Đề nghị X …                               requested
    X có trách nhiệm … / X tổ chức …          assigned
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import regex

from extractors.regexes import matched_in_place as _matched_in_place
from extractors.stretches import stop_pattern
from extractors.text_index import AS_PATTERNS_READ_THEM
from extractors.vocabulary import load_tsv

HERE = Path(__file__).parent


def _load(name: str) -> list[list[str]]:
    return load_tsv(HERE / name)


ABBREVIATIONS: dict[str, str] = {abbrev: expansion for abbrev, expansion, *_ in _load("abbreviations.tsv")}
# Whether a name in capitals holds an abbreviation longer than two letters ("UBND", "MTTQ"), in one look-up.
LONG_ABBREVIATION = re.compile("|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True) if len(a) > 2) or "(?!)")
HEADS: dict[str, tuple[str, str | None]] = {}  # head (canonical spelling) -> (kind, default level)
for _head, _kind, *_rest in _load("heads.tsv") + _load("names.tsv"):
    HEADS.setdefault(_head, (_kind, (_rest[0] if _rest and _rest[0] else None)))
# Complete names (names.tsv): a name found here ends by itself, save a jurisdiction, place or region.
KNOWN_NAMES: frozenset[str] = frozenset(row[0] for row in _load("names.tsv"))


# The council and the committee of one level named together, as the office of both is ("Văn phòng HĐND và UBND xã"),
# and the other ways their names are joined there: a dash or "&" ("Văn phòng HĐND - UBND cấp xã"), the same office,
# whose name (Nghị định 150/2025/NĐ-CP; before it Nghị định 37/2014/NĐ-CP) reads "và".
JOINT_COUNCILS_AND = regex.compile(r"(?<=Hội đồng nhân dân|HĐND) và (?=Ủy ban nhân dân|Uỷ ban nhân dân|UBND)")
JOINT_COUNCIL_JOINERS = (" - ", "-", " – ", "–", " & ", "&")
JOINT_COUNCILS_JOINED = regex.compile(
    r"(?<=Văn phòng[^\S\n]+(?:HĐND|Hội[^\S\n]+đồng[^\S\n]+nhân[^\S\n]+dân))\s*[-–—&]\s*(?=UBND|[ỦU][yỷ][^\S\n]+ban[^\S\n]+nhân[^\S\n]+dân)")


def _written_forms(head: str) -> set[str]:
    """The ways a head is written: "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Chủ tịch UBND"."""
    forms = {head}
    for abbrev, expansion in ABBREVIATIONS.items():
        for form in list(forms):
            if expansion in form and len(expansion.split()) > 1:
                forms.add(form.replace(expansion, abbrev))
    forms |= {f.replace("Ủy", "Uỷ").replace("ủy", "uỷ") for f in forms}  # old tone placement
    forms |= {f.replace("hóa", "hoá").replace("Hòa", "Hoà") for f in forms}
    forms |= {f.replace("Thi đua - Khen thưởng", "Thi đua-Khen thưởng") for f in forms}
    # s32y: the office of both a council and its committee, its two heads joined by a dash or "&" as often as by "và"
    # ("Văn phòng HĐND - UBND cấp xã", "Văn phòng HĐND&UBND huyện"; Nghị định 150/2025/NĐ-CP, before it 37/2014/NĐ-CP)
    forms |= {JOINT_COUNCILS_AND.sub(joiner, f) for f in forms for joiner in JOINT_COUNCIL_JOINERS if JOINT_COUNCILS_AND.search(f)}
    return forms


HEAD_FORMS: dict[str, str] = {}  # written form -> head
for _head in HEADS:
    for _form in _written_forms(_head):
        HEAD_FORMS.setdefault(_form, _head)

# Heads that are also common words ("Ban hành", "Bộ phận", "Phòng, chống", "Báo cáo"):
# they open a name only when the next word is capitalised ("Ban Tuyên giáo").
NEEDS_CAPITAL_TAIL = {"Ban", "Bộ", "Phòng", "Sở", "Báo", "Tạp chí", "Hội đồng", "Cục", "Thanh tra", "Công an", "Hội", "Vụ", "Viện", "Đội",
                      "Công ty", "Tập đoàn", "Tổng công ty", "Đại học", "Ngân hàng", "Bệnh viện", "Học viện",
                      "Phân hiệu", "Bưu điện", "Thuế", "Khoa", "Tổ", "Thống kê", "Thi hành án dân sự", "Điện lực", "Viễn thông", "Đảng ủy", "Công đoàn", "Tổng cục", "Hiệp hội", "Ban Chấp hành",
                      "Chi nhánh", "Văn phòng đại diện", "Trạm Y tế", "Quỹ", "Công đoàn cơ sở", "Chi đoàn",
                      "Vườn quốc gia", "Khu bảo tồn thiên nhiên", "Đài Khí tượng Thủy văn",
                      "Cảng vụ Hàng hải", "Cảng vụ Đường thủy nội địa"}  # s28e: a port authority by its port or province
# …but a company's legal form may be written in lower case before its capitalised name (Luật Doanh nghiệp 2020, Điều 38
# and 111: "Công ty cổ phần Nước sạch Bắc Giang", "Công ty trách nhiệm hữu hạn một thành viên Xổ số kiến thiết …").
COMPANY_FORM_TAIL = regex.compile(
    r"[ \t]+(?:cổ[ \t]+phần|trách[ \t]+nhiệm[ \t]+hữu[ \t]+hạn(?:[ \t]+(?:một|hai)[ \t]+thành[ \t]+viên(?:[ \t]+trở[ \t]+lên)?)?)[ \t]+\p{Lu}")
# …or when a level or a region follows them ("Thanh tra tỉnh", "Công an xã", "Thuế cơ sở 3", "Đảng ủy xã").
LEVEL_TAIL = {"Thanh tra", "Công an", "Thuế", "Thống kê", "Thi hành án dân sự", "Bưu điện", "Điện lực", "Đảng ủy", "Công đoàn", "Báo", "Hội", "Hiệp hội", "Trạm Y tế",
              "Đài Khí tượng Thủy văn"}
# Heads that are a whole name by themselves ("Huyện ủy", "Chính phủ") or take only a jurisdiction. ("Thanh tra" takes
# the body whose inspectorate it is: "Thanh tra Bộ", "Thanh tra Bộ Y tế", Luật Thanh tra 2022 Điều 13.)
CLOSED_HEADS = {"Ủy ban nhân dân", "Hội đồng nhân dân", "Chủ tịch Ủy ban nhân dân", "Thường trực Hội đồng nhân dân",
                "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Chính phủ", "Thủ tướng Chính phủ", "Quốc hội", "Tỉnh đoàn",
                "Huyện đoàn", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc Việt Nam",
                "Mặt trận Tổ quốc", "Hội đồng Thi đua - Khen thưởng", "Công an", "Thuế", "Thống kê", "Thành đoàn",
                "Bảo hiểm xã hội", "Kho bạc Nhà nước", "Kiểm toán nhà nước", "Bưu điện", "Điện lực", "Viễn thông",
                "Bưu điện văn hóa"} | KNOWN_NAMES
# A council every department and ministry has of its own (Luật Thi đua, khen thưởng 2022: Hội đồng Thi đua - Khen thưởng
# at each agency), named in the department's or ministry's own plan by a bare "Sở"/"Bộ" after it ("Hội đồng Thi đua -
# Khen thưởng Sở", as "Văn phòng Sở", "Thanh tra Bộ"); a name after the word is another body's ("… Sở Y tế").
COUNCIL_HEADS = {"Hội đồng Thi đua - Khen thưởng"}
OWN_DEPARTMENT = regex.compile(r"[^\S\t]+(?:Sở|Bộ)(?![\p{L}\p{M}])(?![ \t]+\p{Lu})")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_tree(words, going_on: dict[str, str] | None = None) -> str:
    """An alternation of plain words as a tree of their letters ("(?:b(?:an|ộ)|sở)"), which the `re` module scans
    for faster than a flat alternation; at each position it matches the longest of the words written there. With
    `going_on` (word -> a pattern), a word given a pattern matches only where that pattern matches right after it (a
    lookahead: the match is still the word alone)."""
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = (going_on or {}).get(word)

    def branch(node: dict) -> str:
        alternatives = [re.escape(letter) + branch(rest) for letter, rest in sorted(node.items()) if letter]
        end = node.get("")
        if not alternatives:
            return f"(?={end})" if end else ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" not in node:
            return body
        return f"(?:{body}|(?={end}))" if end else f"(?:{body})?"

    return branch(tree)


# A space inside a head of several words, or the hard wrap of a line there ("Ngân hàng Nhà nước Việt⏎Nam", "Bộ Công⏎Thương").
SPACE_OR_WRAP = r"(?:\ |[ \t]*\n[ \t]*)"


def _head_pattern(forms) -> regex.Pattern:
    words = _alternation(forms).replace(r"\ ", SPACE_OR_WRAP)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?<!(?i:ủy|uỷ)\s)(?i:(?:{words}))(?![\p{{L}}\p{{M}}])")


def _head_tree_pattern(forms) -> regex.Pattern:
    """`_head_pattern(forms)` with the forms as a tree of their lower-case letters (a choice at each letter, not each form
    tried in turn): the same matches, the longest form written there, since at most one branch goes on at each letter
    (no two branches are one letter in two cases) and a branch that goes on is tried before the form that ends there."""
    tree: dict = {}
    for form in forms:
        node = tree
        for letter in form.lower():
            node = node.setdefault(letter, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alternatives = [(SPACE_OR_WRAP if letter == " " else regex.escape(letter)) + branch(rest)
                        for letter, rest in sorted(node.items()) if letter]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?<!(?i:ủy|uỷ)\s)(?i:{branch(tree)})(?![\p{{L}}\p{{M}}])")


# HEAD is slow to search for: a head opens only at a word (a run of letters) that is, in lower case, the first word
# of one of its written forms, so the scanner finds those words in the lower-case text (a tree of plain words, which
# the standard `re` module scans for fast) and tries there the HEAD of the forms that open with that word. A few
# letters' lower case is not what HEAD's case-insensitive matching takes them for ("ſ" is an "s", "İ" an "i"): they
# are read as that letter first.
WORD_RUN = regex.compile(r"[\p{L}\p{M}]+")
AS_HEAD_READS_THEM = AS_PATTERNS_READ_THEM  # (extractors.text_index: the same letters every extractor reads so)
HEAD_OPENED_BY: dict[str, regex.Pattern] = {
    opener: _head_tree_pattern([form for form in HEAD_FORMS if WORD_RUN.match(form).group().lower() == opener])
    for opener in sorted({WORD_RUN.match(form).group().lower() for form in HEAD_FORMS})}
HEAD_OPENER = re.compile(_word_tree(HEAD_OPENED_BY))
# What the lower-case text must hold after an opener for one of the forms it opens to be written there (None where a form
# is the opener alone): a plain look-up tried first, so that HEAD_OPENED_BY (lookbehinds, a case-insensitive choice of
# forms) is tried only where a form may be written ("công tác", "tỉnh đã", "chính sách" hold no "Công an", "Tỉnh ủy",
# "Chính phủ"). Every match of HEAD_OPENED_BY is a form whose rest this reads, in lower case, so it keeps every match.
HEAD_GOES_ON: dict[str, re.Pattern | None] = {}
for _opener in HEAD_OPENED_BY:
    _rests = {form.lower()[len(_opener):] for form in HEAD_FORMS if WORD_RUN.match(form).group().lower() == _opener}
    HEAD_GOES_ON[_opener] = None if "" in _rests else re.compile(
        "|".join(re.escape(rest).replace(r"\ ", SPACE_OR_WRAP) for rest in sorted(_rests, key=len, reverse=True)))
# The openers where the rest of one of their forms follows, in one scan (HEAD_OPENER and HEAD_GOES_ON together: the
# scanner then stops only where a head may be written, about a quarter of the openers). A failed rest lets the scan
# go on inside the opener's word, where no head opens (HEAD_OPENED_BY wants no letter before it).
HEAD_OPENER_GOING_ON = re.compile(_word_tree(HEAD_OPENED_BY, {
    opener: goes_on.pattern for opener, goes_on in HEAD_GOES_ON.items() if goes_on is not None}))


@functools.cache
def all_heads() -> regex.Pattern:
    """`_head_pattern(HEAD_FORMS)`: one choice of every written form (about 0.5 s to compile: only where HEAD is searched
    for in a text whose lower case is not one letter for one, and in the tests)."""
    return _head_pattern(HEAD_FORMS)


# w22c: heads that are also the first syllable of a common word ("Khoa học", "Tổ chức", "Tổ quốc"): a head only before a
# capitalised name ("Khoa Dược", "Tổ Văn phòng"), wherever HEAD is asked (the scanner asks NEEDS_CAPITAL_TAIL).
WORD_OPENING_HEADS = frozenset({"Khoa", "Tổ", "khoa", "tổ"})
LOWER_WORD_AFTER = regex.compile(r"[^\S\n]+\p{Ll}")


class _Head:
    """HEAD: what `all_heads()` matches, read through HEAD_OPENED_BY (the forms that open with each first word, a tree of
    their letters, compiled anyway for the scanners): a head at `pos` opens with the whole word written there, so the
    forms of that word alone are tried: the same match (`tests/test_bodies.py`: each tree matches what the choice of its
    forms matches, and the first word is looked up in lower case as HEAD reads its letters), without compiling the
    choice of all the forms in each process."""

    def match(self, text: str, pos: int = 0) -> regex.Match | None:
        word = WORD_RUN.match(text, pos)
        pattern = HEAD_OPENED_BY.get(word.group().translate(AS_HEAD_READS_THEM).lower()) if word else None
        m = pattern.match(text, pos) if pattern is not None else None
        if m is not None and m.group() in WORD_OPENING_HEADS and LOWER_WORD_AFTER.match(text, m.end()):
            return None  # "Tổ chức tập huấn …", "Khoa học công nghệ …": a word, no unit (w22c)
        return m

    def search(self, text: str, pos: int = 0) -> regex.Match | None:
        return all_heads().search(text, pos)


# A head as written, at a word start; a lower-case first letter is accepted ("phòng Nội vụ")
# and checked against NEEDS_CAPITAL_TAIL by the scanner.
HEAD = _Head()

# A written head in any case -> its head, for forms written in another case ("UỶ BAN NHÂN DÂN", "sở").
HEAD_BY_LOWER_FORM: dict[str, str] = {}
for _form, _head in HEAD_FORMS.items():
    HEAD_BY_LOWER_FORM.setdefault(_form.lower(), _head)

# A ministry named inside a unit's name: "Văn phòng Bộ", "Thanh tra Bộ Y tế", "Cổng Thông tin điện tử Bộ Nội vụ" (not the
# provincial military commands "Bộ Chỉ huy …", "Bộ Tư lệnh …", nor "bộ đội").
OF_A_MINISTRY = regex.compile(r"(?<![\p{L}\p{M}])Bộ(?![\p{L}\p{M}])(?!\s+(?:Chỉ\s+huy|Tư\s+lệnh|[Đđ]ội|[Tt]iêu\s+chí|phận))")
# Administrative levels, as they end a name ("huyện", "tỉnh Khánh Hòa", "các xã, thị trấn").
# ("TP." with its dot only before the city's name: "UBND TP. Hà Nội", "Công an TP. Hồ Chí Minh")
# "Tỉnh ủy", "Tỉnh Đoàn" (the provincial Party committee and Youth Union, named by the level: Điều lệ Đảng, Điều lệ Đoàn)
# are bodies of their own, not the level of the name before them ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh Đoàn").
JURISDICTION_WORD = r"(?:[Tt]hành\s+phố|TP(?![.\p{L}])|TP\.(?=[^\S\n]+\p{Lu})|thị\s+xã|thị\s+trấn|huyện|[Tt]ỉnh(?!\s+(?:[Uu]ỷ|[Uu]y|[Ủủ]y|[Đđ]oàn)(?![\p{L}\p{M}]))|xã(?!\s+hội)|phường|quận|đặc\s+khu|cấp\s+(?:tỉnh|huyện|xã))"
# A level word on its own ("xã", not the "xã" of "xã hội").
JURISDICTION_WORD_RE = regex.compile(r"(?<![\p{L}\p{M}])" + JURISDICTION_WORD + r"(?![\p{L}\p{M}])")
# A place after a level word: two or three capitalised syllables ("huyện Vạn Ninh"), or one before
# punctuation ("thành phố Huế,"); one capitalised word before lower case is a sentence ("huyện Mở chuyên trang").
# The space before a place's syllable is never a tab: a tab ends a table's cell ("Công an Thành phố⏎Sở Tài
# chính" read as "Công an Thành phố Sở Tài").
# A place of three syllables goes on over a line's end only up to its second: "tỉnh Lâm⏎Đồng" is wrapped, while "… chi
# nhánh tỉnh Tuyên Quang⏎Bảo đảm nguồn vốn …" is a heading's name and its first task on the next line.
# The province-level units whose name has three syllables (Quyết định 124/2004/QĐ-TTg, danh mục đơn vị hành chính; Thừa
# Thiên Huế until Nghị quyết 175/2024/QH15) go on over a line's end whole: "tỉnh Thừa Thiên⏎Huế", "Thành phố Hồ Chí⏎Minh".
THREE_SYLLABLE_PROVINCES = r"(?:Hồ[^\S\t]+Chí[^\S\t]+Minh|Thừa[^\S\t]+Thiên[^\S\t]+Huế)(?![\p{L}\p{M}])"
# A province-level unit whose name has one syllable (province_level.tsv, the cities under the centre: Huế, Nghị quyết
# 175/2024/QH15) is a place before lower case too: "Thuế thành phố Huế đối chiếu …", "Sở Tài chính thành phố Huế chủ trì".
ONE_SYLLABLE_PROVINCES = "(?:" + "|".join(sorted(regex.escape(row[1]) for row in _load("province_level.tsv") if row[0] == "central_city"
                                                  and " " not in row[1] and not row[1].isupper())) + r")(?![\p{L}\p{M}])"
# w23d: never over a line's end onto a line that opens another body by its head ("2. Các Ban chuyên môn của Hội Khuyến học
# tỉnh⏎Ban Tổ chức - Kiểm tra chủ trì …": the heading's body ends with its level, the next line's body is another), no
# place's name opening with those words
NEXT_LINE_BODY = r"(?![^\S\t\n]*\n[^\S\t]*(?:Ban|Sở|Phòng|Ủy\s+ban|Văn\s+phòng|Trung\s+tâm|Chi\s+cục|Cục|Công\s+an|Thanh\s+tra)[^\S\t\n]+\p{Lu})"
PLACE_NAME = NEXT_LINE_BODY + r"(?:[^\S\t]+" + THREE_SYLLABLE_PROVINCES + r"|[^\S\t]+" + ONE_SYLLABLE_PROVINCES + r"|(?:[^\S\t]+\p{Lu}[\p{L}\p{M}]*){2}(?:[^\S\t\n]+\p{Lu}[\p{L}\p{M}]*)?|[^\S\t]+\p{Lu}[\p{L}\p{M}]*(?=\s*[,.;:)\n]|$))"
# Regional offices of central agencies since 2025 (Kiểm toán nhà nước khu vực IV, Chi cục Hải quan khu vực V, the
# health centres of the two-level government named by their area: Trung tâm Y tế khu vực Tân Phú,
# Ngân hàng Nhà nước chi nhánh khu vực 14, Thuế cơ sở 3, Tòa án nhân dân khu vực 2), and branches.
# s36d: a numbered area with its seat after a dash, as the defence zones that took the district military commands' duties
# from 1/7/2025 are named ("Ban Chỉ huy Phòng thủ khu vực 2 - Tân Hiệp", under the Bộ Chỉ huy Quân sự tỉnh), and the courts of
# the areas ("Tòa án nhân dân khu vực 1 - Hà Nội"): the seat is the name's, capitalised syllables after the number.
# The area's name is a place's (PLACE_NAME: "khu vực Tân Phú"), not a capitalised task on the next line ("Trung tâm Y tế
# các khu vực⏎Chỉ đạo các trạm y tế …").
# …and the branch of a bank or a state agency named by its province ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Lâm
# Đồng", "Ngân hàng Nhà nước Chi nhánh tỉnh Quảng Trị"; Nghị định 78/2002/NĐ-CP Điều 11: chi nhánh cấp tỉnh), or by a
# place of its own, as commercial banks name their branches ("… Việt Nam chi nhánh Bắc Thanh Hóa", "… chi nhánh Nam Hà Nội").
REGION = r"(?:[Cc]hi\s+nhánh\s+(?:tại\s+)?(?:tỉnh|thành\s+phố)(?:" + PLACE_NAME + r")?(?![\p{L}\p{M}])|(?:[Cc]hi\s+nhánh\s+)?(?:[Kk]hu\s+vực\s+(?:[IVXL]+|\d+)(?![\p{L}\p{M}\d])(?:[^\S\n]*[-–]" + PLACE_NAME + r"(?![\p{L}\p{M}]))?|[Kk]hu\s+vực" + PLACE_NAME + r"(?![\p{L}\p{M}])|[Cc]ơ\s+sở\s+\d+(?!\d))(?:\s+(?:tỉnh|thành\s+phố)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3})?|[Cc]hi\s+nhánh(?:\s+tại)?" + PLACE_NAME + r"(?![\p{L}\p{M}]))"
# The provinces' level named in full: "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương".
UNDER_CENTRE = r"(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)"
JURISDICTION = regex.compile(
    rf"""(?:\s*\([\p{{Lu}}Đ&]{{2,10}}\))?                                  # "Ủy ban nhân dân (UBND) huyện"
    \s*(?:của\s+|[-–][^\S\n]*(?=[Cc]hi\s+nhánh(?![\p{{L}}\p{{M}}])))?   # "Ngân hàng … Việt Nam - Chi nhánh Thanh Hóa": a
    # branch named after its enterprise (Luật Doanh nghiệp 2020, Điều 40: "tên doanh nghiệp" + "Chi nhánh")
    (?P<jurisdiction>
        {REGION}                                                        # khu vực XII, chi nhánh khu vực 14, cơ sở 3
      | các\s+{JURISDICTION_WORD}(?:\s*[,/]\s*{JURISDICTION_WORD})*{UNDER_CENTRE}?   # các xã, thị trấn; các tỉnh/thành phố
      | {JURISDICTION_WORD}(?:\s*[,/]\s*{JURISDICTION_WORD})+(?![\p{{L}}\p{{M}}]){UNDER_CENTRE}?   # xã, phường; xã/phường
      | {JURISDICTION_WORD}(?:{PLACE_NAME})?                           # huyện / tỉnh Khánh Hòa
    )(?![\p{{L}}\p{{M}}])""",
    regex.VERBOSE,
)
LEVEL_OF_JURISDICTION = [
    (regex.compile(r"(?i:cấp\s+tỉnh|tỉnh)"), "tinh"),
    (regex.compile(r"(?i:cấp\s+huyện|huyện|quận|thị\s+xã)"), "huyen"),
    (regex.compile(r"(?i:cấp\s+xã|(?<![\p{L}])xã(?!\s+hội)|phường|thị\s+trấn|đặc\s+khu)"), "xa"),
]

# Words that end a name: verbs of the task and prepositions ("Phòng Nội vụ chủ trì", "Sở Y tế về").
STOP = regex.compile(r"""(?:
    chủ\s+trì|chủ\s+động|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tổ\s+chức|hướng\s+dẫn|theo\s+dõi
  | đôn\s+đốc|kiểm\s+tra|triển\s+khai|thực\s+hiện|tham\s+mưu|mở|tăng|chỉ\s+đạo|tuyên\s+truyền|báo\s+cáo|tổng\s+hợp
  | làm|là|lựa\s+chọn|quan\s+tâm|tích\s+cực|căn\s+cứ|rà\s+soát|đẩy\s+mạnh|nghiên\s+cứu|đề\s+xuất|đề\s+nghị|phân\s+bổ
  | bố\s+trí|cân\s+đối|ban\s+hành|cung\s+cấp|vận\s+động|giám\s+sát|được|sẽ|cần|phải|đảm\s+bảo|bảo\s+đảm|nắm
  | thường\s+xuyên|định\s+kỳ|trình|gửi|cử|các|về|trong|tại|với|cho|để|đối|nhằm|trên|đến|từ|thuộc|gắn
  | hỗ\s+trợ(?<!(?i:công\s+nghiệp)\s+hỗ\s+trợ)   # s36a: not "công nghiệp hỗ trợ", supporting industry (Nghị định 111/2015/NĐ-CP),
    # a noun in a name ("Hiệp hội Doanh nghiệp công nghiệp hỗ trợ Việt Nam")
  | hoặc|khi|nếu|sau|trước|đã|đang|thì|mà|này|đó|như|gồm|kịp\s+thời|tiếp\s+tục|tiến\s+hành|nâng\s+cao|duy\s+trì
  | nâng\s+cấp   # s28e: upgrading, a task ("VNPT Phú Thọ nâng cấp …"); "cấp" is otherwise read as a level's word
  | phát\s+(?:trực\s+(?:tuyến|tiếp)|lại)   # w23b: airing live or again, a broadcaster's task ("phối hợp với Ban Nội dung số phát
    # trực tuyến các bản tin"); lower case, so no "Phát" of a name
  | phát\s+động|phát\s+huy|phát\s+sóng|phát\s+hành|ký|xem\s+xét|chấp\s+hành|giải\s+quyết|kết\s+hợp|hoàn\s+thành|xác\s+định|lập|đánh\s+giá
  | biểu\s+dương|khen\s+thưởng|liên\s+hệ|vào|qua|hằng|hàng|thành\s+lập|xây\s+dựng|phổ\s+biến|cập\s+nhật|ứng\s+dụng(?!(?<=(?i:nông\s+nghiệp)\s+ứng\s+dụng)\s+(?i:công\s+nghệ\s+cao))|chuẩn\s+bị|nắm\s+bắt|sơ\s+kết|công\s+bố|ra\s+soát
  | yêu\s+cầu   # a directive to those it governs ("Ban Quản lý Khu kinh tế Đông Nam yêu cầu các doanh nghiệp …")
  | thẩm\s+định(?<!(?:Hội\s+đồng|Tổ)\s+thẩm\s+định)   # s27c: appraising, a task ("Phòng Nghiệp vụ Y - Dược thẩm định dự toán";
    # not of a council or team named by it, Luật Quy hoạch 2017 Điều 32: "Hội đồng thẩm định quy hoạch")
  | đưa\s+(?:tin|ra|vào)   # s29i: a newsroom's report ("Báo và Phát thanh, Truyền hình Quảng Trị đưa tin về …")
  | định\s+hướng   # s34d: guiding the press, a task ("… phối hợp với Báo và Phát thanh, Truyền hình Hà Tĩnh định hướng công tác
    # tuyên truyền": "Tĩnh" is no syllable a lower-case "định" goes on)
  | tuần\s+tra   # a patrol's verb ("Đồn Biên phòng Thông Thụ tuần tra, kiểm soát …")
  | biên\s+(?:soạn|tập|dịch)   # "biên" is a syllable of names ("Biên phòng"): its verbs end one ("… phối hợp với X biên soạn tài liệu")
  | khẩn\s+trương|đăng\s+tải|thông\s+báo|sửa\s+đổi|quyết\s+định|kính\s+(?:gửi|đề\s+nghị|trình)|chuyển(?!\s+(?:đổi|giao))|có(?=\s+\p{Lu})   # "Cục … có Công văn số …"
  | tham\s+gia   # s31b: taking part, a task ("Đề nghị …, Học viện Công nghệ Bưu chính Viễn thông⏎Tham gia xây dựng chương trình …")
  | (?<!(?i:quản\s+lý),?\s+)vận\s+hành   # s31b: operating, a task ("phối hợp với Phòng Đăng ký kinh doanh vận hành đường dây
    # nóng"); not a unit named for it ("Ban Quản lý vận hành …", "Trung tâm Quản lý, vận hành …")
)(?![\p{L}\p{M}])""", regex.VERBOSE)
# w22a: complete names (names.tsv) that are a bare head and a verb of the task ("Văn phòng tổng hợp", a provincial procuracy's
# office): that name, unless a comma and a lower-case word follow, a list of verbs going on ("Văn phòng tổng hợp, báo cáo kết
# quả": the office named before does both, the head alone).
_BARE_HEADS = frozenset(row[0] for row in _load("heads.tsv"))
VERB_ENDED_NAMES = frozenset(n for n in KNOWN_NAMES if len(n.split()) >= 3 and " ".join(n.split()[:-2]) in _BARE_HEADS
                             and STOP.fullmatch(" ".join(n.split()[-2:])))
# (nor before what the verb takes: "Văn phòng tổng hợp kết quả, báo cáo …", "… tổng hợp ý kiến, số liệu, danh sách")
VERB_LIST_GOES_ON = regex.compile(r"[^\S\n]*,[^\S\n]*\p{Ll}|[^\S\n]+(?:kết\s+quả|báo\s+cáo|tình\s+hình|ý\s+kiến|số\s+liệu|đề\s+xuất"
                                  r"|danh\s+sách|nhu\s+cầu|dự\s+toán|kinh\s+phí|và\s+báo\s+cáo)(?![\p{L}\p{M}])")
# The fields a body serves, listed in lower case to the end of its name: ", thương mại và du lịch", ", chữa cháy và cứu
# nạn, cứu hộ" (each word must be a word of names; a level or punctuation closes the run).
LOWER_DOMAINS = regex.compile(r",[ \t]+(?:\p{Ll}+[ \t]+){0,3}?\p{Ll}+[ \t]+và[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+)?(?=[ \t]*(?:[,;.:()\n]|$))")
# …or by the task's first word or a level ("Trường Cán bộ quản lý văn hóa, thể thao và du lịch tổ chức …", "Trung tâm
# Văn hóa, thể thao và truyền thông xã tổ chức …": STOP or JURISDICTION_WORD at "next")
LOWER_DOMAINS_BEFORE_TASK = regex.compile(r",[ \t]+(?:\p{Ll}+[ \t]+){0,3}?\p{Ll}+[ \t]+và[ \t]+\p{Ll}+(?:[ \t]+\p{Ll}+)?(?=[ \t]+(?P<next>\p{Ll}))")
# A field joined by "và" in lower case, then the level: "Hội đồng Giáo dục quốc phòng và an ninh tỉnh" (each word must be
# a word of names; without a level after it, "và" ends the name).
# (or the university it belongs to after a dash: "Trung tâm Giáo dục quốc phòng và an ninh - Đại học Đà Nẵng", PARENT_UNIVERSITY)
AND_LOWER_FIELD = _matched_in_place(rf"[ \t]+và((?:[ \t]+\p{{Ll}}[\p{{L}}\p{{M}}]*){{1,3}})(?=[ \t]+(?:(?:của[ \t]+)?(?:{JURISDICTION_WORD})"
                                    rf"(?![\p{{L}}\p{{M}}])|[-–][ \t]+Đại[ \t]+học[ \t]+\p{{Lu}}))")
# The size of the businesses a body serves, at the end of its name ("Hiệp hội Doanh nghiệp vừa và nhỏ, …", "Quỹ Phát
# triển doanh nghiệp nhỏ và vừa"; Luật Hỗ trợ doanh nghiệp nhỏ và vừa 2017): its "và" does not end the name.
BUSINESS_SIZE = _matched_in_place(r"(?<=(?<![\p{L}\p{M}])(?:nhỏ|vừa))[ \t]+và[ \t]+(?:nhỏ|vừa)(?![\p{L}\p{M}])")
# Words of an assignment that end a name even inside a programme's name ("Ban Quản lý Dự án 85 khẩn trương chủ trì").
ASSIGNMENT_WORD = regex.compile(r"(?:chủ\s+trì|phối\s+hợp|khẩn\s+trương|tiếp\s+tục|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+động)(?![\p{L}\p{M}])")
NAME_WORDS = frozenset(w for row in _load("name_words.tsv") if row[0] not in ("compound", "bound", "lead") for cell in row for w in cell.split())
# Syllables that are words of names only before the syllable they make a word with ("tổng hợp", "ngoài nước"): alone
# they open a verb or a preposition that ends a name ("… Việt Nam tổng kết …", "ngoài ra").
NAME_LEADS = frozenset(row[1] for row in _load("name_words.tsv") if row[0] == "lead")
# Syllables that are words of names only after the syllable they make a word with ("phi chính phủ", "giao lưu văn hóa"):
# alone they are verbs that end a name ("Trung tâm Viễn thông phủ sóng …", "Trung tâm Y tế lưu trữ hồ sơ").
NAME_BOUND: dict[str, frozenset[str]] = {}
for _row in _load("name_words.tsv"):
    if _row[0] == "bound":
        _first, _second = _row[1].split()
        NAME_BOUND[_second] = NAME_BOUND.get(_second, frozenset()) | {_first}
# Two-syllable words of names whose second syllable is also a task verb ("bầu cử": "cử" as in "cử cán bộ").
NAME_COMPOUNDS = frozenset(row[1] for row in _load("name_words.tsv") if row[0] == "compound")
# Words whose second syllable is written like a head ("cơ sở", "dịch vụ"): no body opens inside them.
HEAD_COMPOUNDS = frozenset(row[0] for row in _load("head_compounds.tsv"))
# Words that open with a head ("văn phòng phẩm"): read at a head's start, in any case.
HEAD_WORD = regex.compile(rf"(?i:{_alternation(row[0] for row in _load('head_words.tsv'))})(?![\p{{L}}\p{{M}}])")
WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])[\p{Ll}][\p{L}\p{M}]*[ \t]+$")
NAME_OPENERS = frozenset({"Chương", "Đề", "Dự"})  # a programme named inside a body's name runs on
# What "các" may bring into a name: "Ban Quản lý các khu công nghiệp", "Liên hiệp các Hội …", "Ban Chỉ đạo các Chương trình".
# The bodies named for the industrial, export-processing, economic and high-technology zones of a province together: the
# upper-level union of their workers ("Công đoàn các Khu công nghiệp tỉnh", Luật Công đoàn 2024 and Điều lệ Công đoàn Việt
# Nam: công đoàn các khu công nghiệp, khu chế xuất, khu kinh tế, khu công nghệ cao) as the zones' board ("Ban Quản lý các
# khu công nghiệp tỉnh", Nghị định 35/2022/NĐ-CP): a plural of zones after the head is its name, not a collective.
ZONE_NAMED_HEADS = frozenset({"Công đoàn"})
ZONES_AFTER = _matched_in_place(r"[ \t]+các[ \t]+[Kk]hu[ \t]+(?:[Cc]ông[ \t]+nghiệp|[Cc]hế[ \t]+xuất|[Kk]inh[ \t]+tế|[Cc]ông[ \t]+nghệ[ \t]+cao)(?![\p{L}\p{M}])")
# s28b: a zone's board that also runs the province's other zones names them after "và" (Nghị định 35/2022/NĐ-CP, Điều 68:
# the board of an economic zone manages the industrial zones too: "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp").
ZONE_IN_NAME = regex.compile(r"(?<![\p{L}\p{M}])[Kk]hu[ \t]+(?:[Cc]ông[ \t]+nghiệp|[Cc]hế[ \t]+xuất|[Kk]inh[ \t]+tế|[Cc]ông[ \t]+nghệ[ \t]+cao)(?![\p{L}\p{M}])")
PLURAL_IN_NAME = frozenset({"khu", "Khu", "Hội", "hội", "cảng"})  # s26f: "Ban Quản lý các cảng cá" (Luật Thủy sản 2017)


# A police unit's field after "về" is part of its name: "Phòng Cảnh sát điều tra tội phạm về ma túy", "Cục Cảnh sát quản
# lý hành chính về trật tự xã hội" (Luật Tổ chức cơ quan điều tra hình sự 2015, Điều 18-19: the investigation units of the
# Ministry and of a province's police; Nghị định 02/2025/NĐ-CP, cơ cấu tổ chức Bộ Công an); only after "Cảnh sát".
POLICE_FORCE = regex.compile(r"(?<![\p{L}\p{M}])Cảnh\s+sát(?![\p{L}\p{M}])")
POLICE_FIELD = regex.compile(r"về\s+(?:ma\s+túy|ma\s+tuý|trật\s+tự\s+quản\s+lý\s+kinh\s+tế\s+và\s+chức\s+vụ|trật\s+tự\s+xã\s+hội"
                             r"|tham\s+nhũng,\s+kinh\s+tế,\s+buôn\s+lậu|tham\s+nhũng|kinh\s+tế|buôn\s+lậu|môi\s+trường)(?![\p{L}\p{M}])")

# Pairs of words that laws write with a comma and names keep whole: "cứu nạn, cứu hộ" (Luật Phòng cháy, chữa cháy và cứu
# nạn, cứu hộ 2024: "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"), "phòng, chống" (Luật Phòng, chống ma túy
# 2021: "Ban Chỉ đạo phòng, chống dịch"), "phòng cháy, chữa cháy", "phổ biến, giáo dục pháp luật" (Luật Phổ biến, giáo dục
# pháp luật 2012: "Hội đồng phối hợp phổ biến, giáo dục pháp luật", "Phòng Phổ biến, giáo dục pháp luật" of a Sở Tư pháp).
# "tìm kiếm, cứu nạn" (Nghị định 30/2017/NĐ-CP; "Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam", s28e).
# …and the kinds of state personnel as the civil-service laws list them, "cán bộ, công chức, viên chức" (Luật Cán bộ, công
# chức 2025; Luật Viên chức 2010): "Phòng Công chức, viên chức" of a Sở Nội vụ, "Phòng Cán bộ, công chức".
COMMA_PAIR = _matched_in_place(r"(?<=(?<![\p{L}\p{M}])(?:[Cc]ứu\s+nạn|[Pp]hòng(?:\s+cháy)?|[Pp]hổ\s+biến|[Cc]án\s+bộ|[Cc]ông\s+chức|[Tt]ìm\s+kiếm))[ \t]*,[ \t]*"
                               r"(?:cứu\s+hộ|(?<=[Tt]ìm\s+kiếm[ \t]*,[ \t]*)cứu\s+nạn|chống|chữa\s+cháy|giáo\s+dục(?:\s+pháp\s+luật)?|(?<=[Cc]án\s+bộ[ \t]*,[ \t]*)công\s+chức|(?<=[Cc]ông\s+chức[ \t]*,[ \t]*)viên\s+chức)(?![\p{L}\p{M}])")

# --- generic collectives ("các cơ quan, đơn vị, địa phương") -----------------------------
# ("các Đoàn thể": plans often capitalise the mass organisations, as they do "Nhân dân"; never a name)
# (schools by their level, "các trường THPT", "các trường mầm non": the levels of Luật Giáo dục 2019, Điều 6, 27-29; s26a;
# never "các trường hợp", the cases a rule lists)
# (the sports federations and associations as a plural, "các Liên đoàn, Hiệp hội thể thao quốc gia": Luật Thể dục, thể
# thao 2006, Điều 68; a plural written with capitals, never a name where no capitalised name follows; s26h)
# (the Party committees as a plural, "các đảng ủy trực thuộc Tỉnh ủy": named by whom they answer to, not by a level, as
# "các cấp ủy" is; the commune level's are named, "các đảng ủy xã, phường", PARTY_COMMITTEES_BY_KIND; s29d)
# (the unions as a plural, "các công đoàn cơ sở", "các công đoàn cấp trên trực tiếp cơ sở": the levels of the union's
# organisation, Luật Công đoàn 2024 and Điều lệ Công đoàn Việt Nam; s27e)
# s33w: …and no word that opens with such a noun: "các bộ phận", "các hội nghị", "các ngành, nghề" (collective_words.tsv).
_NOT_A_PLURAL = "|".join(r"[\s,]+".join(regex.escape(syllable) for syllable in row[0].split())
                         for row in sorted(_load("collective_words.tsv"), key=lambda row: len(row[0]), reverse=True))
COLLECTIVE_NOUN = rf"(?!(?i:{_NOT_A_PLURAL})(?![\p{{L}}\p{{M}}]))" + r"(?:(?:[Ll]iên\s+đoàn|[Hh]iệp\s+hội)(?:\s+thể\s+thao(?:\s+quốc\s+gia)?)?(?!\s+\p{Lu})|cơ\s+quan\s+ngang\s+bộ|cơ\s+quan\s+thuộc\s+Chính\s+phủ|cơ\s+quan|đơn\s+vị|địa\s+phương|sở|ban|bộ|ngành|phòng|cấp\s+ủy(?:\s+[Đđ]ảng)?|cấp|[Đđ]ảng\s+(?:ủy|uỷ)|tổ\s+chức(?:\s+chính\s+trị\s*-\s*xã\s+hội|\s+hội|\s+đoàn\s+thể)?|doanh\s+nghiệp|chủ\s+rừng|cá\s+nhân|trường\s+học|trường(?:\s+(?:THPT|THCS|mầm\s+non|tiểu\s+học|trung\s+học\s+(?:phổ\s+thông|cơ\s+sở)|phổ\s+thông|đại\s+học|cao\s+đẳng|trung\s+cấp)|(?!\s+\p{Lu})(?!\s+hợp(?![\p{L}\p{M}])))|[Đđ]oàn\s+thể|công\s+đoàn(?:\s+cấp\s+trên(?:\s+trực\s+tiếp\s+cơ\s+sở)?|\s+cơ\s+sở|\s+ngành)?(?!\s+\p{Lu})|hội|cụm|khối(?:\s+thi\s+đua)?|lực\s+lượng(?!\s+\p{Lu})|xã|huyện|thành\s+viên)"
# A plural written with a capital when other plural nouns follow it: "các Sở, ban, ngành", "các Bộ, ngành", "Giám đốc
# các Sở, Thủ trưởng các ban, ngành" (alone, "các Ban Chỉ đạo", "các Hội đặc thù" are left to the names).
# (s33w: the next one's capital too, no name after it: "các Ban, Ngành", not "các sở, Ban Chỉ đạo tỉnh", a board by its name)
_NEXT_CAPITAL = r"(?:Ban|Ngành|Sở)(?!\s*\p{Lu})"
LISTED_CAPITAL = rf"(?:Sở|Ban|Bộ|Ngành|Phòng)(?=\s*,\s*(?:các\s+)?(?:ban|bộ|ngành|sở|cơ\s+quan|đơn\s+vị|địa\s+phương|đoàn\s+thể|phòng|{_NEXT_CAPITAL})(?![\p{{L}}\p{{M}}]))"
# s33w: the next plural noun of such a list with its capital too ("Thủ trưởng các Ban, Ngành cấp tỉnh"), no name after it
# ("các sở, Ban Chỉ đạo tỉnh": a board by its name).
LISTED_CAPITAL_NEXT = r"(?<=(?:Sở|Ban|Bộ|Ngành|Phòng)\s*,\s*)" + _NEXT_CAPITAL + r"(?![\p{L}\p{M}])"
# The people who answer for every body of a plural, one title or several ("Giám đốc, Thủ trưởng các sở, ban, ngành").
TITLE = r"(?:Thủ\s+trưởng|Lãnh\s+đạo|Người\s+đứng\s+đầu|Trưởng|Giám\s+đốc|Vụ\s+trưởng|Tổng\s+cục\s+trưởng|Cục\s+trưởng|Viện\s+trưởng)"
# s33w: …and one such capital alone after its heads' title, before the next item of a closing list ("Giám đốc các Sở, Thủ
# trưởng các Ban, Ngành cấp tỉnh; …", "Giám đốc các Sở; …"): every department; not a list by name ("Giám đốc các Sở: Tư pháp, …").
TITLED_CAPITAL = rf"(?<=(?<![\p{{L}}\p{{M}}]){TITLE}\s+các\s+)(?:Sở|Ban|Ngành|Phòng)(?=\s*(?:[,;]|và(?![\p{{L}}\p{{M}}])))"
# A ministry's units as a plural after their heads' title ("Vụ trưởng các Vụ, Cục trưởng các Cục trực thuộc Bộ"; the
# units of a ministry, Nghị định 123/2016 Điều 9); not "các Cục Thuế", a name.
_CENTRAL_UNIT_WORD = r"(?:Vụ|Cục|Tổng\s+cục|Viện)(?!\s*\p{Lu}|\s+trưởng)(?![\p{L}\p{M}])"
CENTRAL_UNIT = rf"(?<=trưởng\s+các\s+){_CENTRAL_UNIT_WORD}"
CENTRAL_UNIT_NEXT = rf"(?<=(?:Vụ|Cục|Viện)\s*(?:,|và)\s*(?:các\s+)?){_CENTRAL_UNIT_WORD}"  # "Thủ trưởng các Vụ, Cục thuộc Bộ Y tế"
# What a plural of units is qualified by before its owner: "các phòng chức năng", "các phòng chuyên môn", "các đơn vị
# sự nghiệp", "các phòng nghiệp vụ" (Nghị định 120/2020, 24/2014 on units of a department), and the owner named without
# a name, as the decision of that body writes it: "thuộc Sở", "trực thuộc Bộ", "chức năng Sở", "thuộc UBND huyện",
# (a bare "Sở"/"Bộ" only where no name follows it; "các phòng thuộc Sở Y tế", "các cơ quan thuộc Ủy ban nhân dân
# thành phố": the named owner is joined to the plural by OWNED_BY).
UNIT_KIND = r"(?:chức\s+năng|chuyên\s+môn|nghiệp\s+vụ|sự\s+nghiệp(?:\s+công\s+lập)?)"
UNIT_OWNER = r"(?:(?<=(?:chức\s+năng|chuyên\s+môn|nghiệp\s+vụ|sự\s+nghiệp)\s+)|(?:trực\s+)?thuộc\s+)(?:Sở|Bộ|Ban|Cục|Tổng\s+cục)(?!\s*\p{Lu})(?![\p{L}\p{M}])|(?:trực\s+)?thuộc\s+(?:tỉnh|huyện)(?![\p{L}\p{M}])|thuộc\s+UBND\s+(?:tỉnh|huyện|xã)(?![\p{L}\p{M}])"
# s33w: the Government's closing formula as decrees and the Prime Minister's decisions write it ("Các Bộ trưởng, Thủ trưởng cơ
# quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương … chịu trách
# nhiệm thi hành Nghị định này"; "Bộ trưởng các bộ, …", "…, cơ quan thuộc Chính phủ, …"): one collective whatever the case of
# "Bộ", so the committees' chairmen after it are the list's next body.
COLLECTIVE = regex.compile(
    rf"""(?<![\p{{L}}\p{{M}}])
    (?:(?i:chính\s+quyền)(?:\s+địa\s+phương)?\s+(?:các\s+cấp|cấp\s+(?:tỉnh|xã|cơ\s+sở))(?![\p{{L}}\p{{M}}])|   # chính quyền địa phương các cấp
    (?:các\s+)?đại\s+biểu\s+(?:Quốc\s+hội|Hội\s+đồng\s+nhân\s+dân(?:\s+các\s+cấp)?)(?![\p{{L}}\p{{M}}])|   # deputies: people
    (?:(?i:các)\s+)?Bộ\s+trưởng(?!\s+(?:các\s+)?Bộ(?:\s+|\s*:\s*)\p{{Lu}})(?:\s+các\s+bộ(?=\s*,))?(?:\s*,\s*Thủ\s+trưởng\s+cơ\s+quan\s+ngang\s+[Bb]ộ)?(?:\s*,\s*(?:Thủ\s+trưởng\s+)?cơ\s+quan\s+thuộc\s+Chính\s+phủ)?(?![\p{{L}}\p{{M}}])|  # the Government's closing
    (?:(?:{TITLE}\s*(?:,|và)\s*)*{TITLE}\s+)?(?i:các)\s+(?:{COLLECTIVE_NOUN}|{LISTED_CAPITAL}|{TITLED_CAPITAL}|{CENTRAL_UNIT})(?:\s+{UNIT_KIND})?
    (?:\s*(?:,|và)\s*(?:các\s+)?(?:{COLLECTIVE_NOUN}|{CENTRAL_UNIT_NEXT}|{LISTED_CAPITAL_NEXT})(?:\s+{UNIT_KIND})?)*
    (?:\s+(?:có\s+liên\s+quan|liên\s+quan|{UNIT_OWNER}|trực\s+thuộc|trên\s+địa\s+bàn(?:\s+(?:tỉnh|huyện|xã))?|(?:cấp\s+)?(?:tỉnh|huyện|xã)|(?:của\s+)?[Tt]hành\s+phố)){{0,2}}
    (?![\p{{L}}\p{{M}}]))""",
    regex.VERBOSE,
)
# The words COLLECTIVE opens with, in lower case (chính quyền, các, đại biểu, Bộ trưởng, a TITLE): the scanner tries
# COLLECTIVE only where one is written (kept in step with COLLECTIVE's alternatives).
# Between a plural of units and the named body they belong to: "Trưởng các phòng thuộc Sở Y tế", "các đơn vị trực thuộc
# Bộ Nội vụ" (the units are the collective; their owner is given nothing by it).
OWNED_BY = regex.compile(r"(?<=thuộc)[ \t]+|[ \t]+(?:trực[ \t]+)?thuộc[ \t]+")
COLLECTIVE_OPENERS = ("chính", "các", "đại", "bộ", "thủ", "lãnh", "người", "trưởng", "giám", "vụ", "tổng", "cục", "viện")
COLLECTIVE_OPENER = re.compile(_word_tree(COLLECTIVE_OPENERS))

# --- the grammar of assignment ----------------------------------------------------------
# Text before a list of bodies that gives them their role.
# The people who answer for a body, named before it ("Giám đốc Sở Y tế", "Chánh Văn phòng UBND tỉnh").
# …and those of the ministries and their units ("Bộ trưởng Bộ Nội vụ", "Vụ trưởng Vụ Pháp chế", "Cục trưởng Cục …",
# "Tổng Giám đốc Bảo hiểm xã hội Việt Nam", "Viện trưởng", "Hiệu trưởng", "Chủ nhiệm Ủy ban …"), and the heads of the
# central bodies with titles of their own: "Thống đốc Ngân hàng Nhà nước" (Luật Ngân hàng Nhà nước 2010, Điều 8), "Tổng
# Kiểm toán nhà nước" (Luật Kiểm toán nhà nước 2015), "Tổng Thanh tra Chính phủ" (Luật Thanh tra 2022), "Chánh án"
# (Luật Tổ chức Tòa án nhân dân 2024).
CENTRAL_PEOPLE = r"(?:Thống\s+đốc|Tổng\s+Kiểm\s+toán|Tổng\s+Thanh\s+tra|Chánh\s+án|Bộ\s+trưởng|Thứ\s+trưởng|Vụ\s+trưởng|Tổng\s+[Cc]ục\s+trưởng|Cục\s+trưởng|Tổng\s+Giám\s+đốc|Viện\s+trưởng|Hiệu\s+trưởng|Chủ\s+nhiệm)"
# (the head of a board named "Ban …" is "Trưởng ban Ban Quản lý các khu công nghiệp tỉnh" as often as "Trưởng Ban Quản lý …"
# in a decision's closing article: Nghị định 35/2022/NĐ-CP, Điều 68, "Trưởng ban Ban quản lý khu công nghiệp, khu kinh tế")
# (the head of a press agency, "Tổng Biên tập Báo và Phát thanh, Truyền hình …": Luật Báo chí 2016, Điều 24, s29a)
PEOPLE = rf"(?:{CENTRAL_PEOPLE}|Tổng\s+[Bb]iên\s+tập|Giám\s+đốc|[Tt]hủ\s+trưởng|Chánh|Trưởng(?:\s+ban(?=\s+Ban(?![\p{{L}}\p{{M}}])|\s*$))?|[Ll]ãnh\s+đạo|[Nn]gười\s+đứng\s+đầu|Chỉ\s+huy\s+trưởng)"
BEFORE_COORDINATE = regex.compile(rf"(?:(?i:phối\s+hợp)(?:\s+chặt\s+chẽ)?(?:\s+(?:với|cùng))?|(?i:chủ\s+trì),\s*cùng(?:\s+với)?)(?:\s+{PEOPLE})?\s*$")  # "… phối hợp với Bộ trưởng Bộ Công an"
# "giao Sở Nội vụ …", and its synonym "phân công Sở Khoa học và Công nghệ làm cơ quan đầu mối …" (not the act named as
# a noun: "trình … quyết định phân công các cơ quan …", "phương án huy động, điều phối và phân công các lực lượng").
# Not the budget a body is allotted ("Kinh phí … được bố trí trong dự toán chi ngân sách nhà nước năm 2026, năm 2027 giao cho
# Sở Giáo dục và Đào tạo": dự toán … giao, Luật Ngân sách nhà nước 2015 Điều 49), which is no task; a comma before "giao"
# opens a clause of its own ("Lập dự toán kinh phí, giao Sở Tài chính thẩm định"). s22fd: only budget words stand between
# "dự toán" and "giao" in an allotment (chi, thu, ngân sách nhà nước, thường xuyên, hằng năm, năm 2026, năm 2027, …); any
# other word opens an assignment ("Lập dự toán kinh phí năm 2027 trình cấp có thẩm quyền và giao Sở Y tế thực hiện").
# What is allotted, before "giao": an estimate, or the funds a budget gives ("bố trí từ nguồn ngân sách nhà nước giao cho Sở
# Nông nghiệp và Môi trường năm 2026", s28d): the budget's holder, not a body given a task.
_ALLOTTING = r"(?:dự\s+toán|nguồn|ngân\s+sách)"
_BUDGET_WORDS = (r"(?:\s+(?:chi|thu|kinh\s+phí|ngân\s+sách|nhà\s+nước|thường\s+xuyên|sự\s+nghiệp|h[àằ]ng\s+năm|"
                 r"(?:cấp\s+)?(?:tỉnh|huyện|xã|thành\s+phố|trung\s+ương)|địa\s+phương|(?:năm\s+)?(?:19|20)\d\d,?|được|đã))*")
BEFORE_ASSIGN = regex.compile(rf"(?i:(?<!{_ALLOTTING}{_BUDGET_WORDS}\s+)giao|(?<!(?:quyết\s+định|việc|sự|theo|và)\s+)phân\s+công)(?:\s+cho)?(?:\s+{PEOPLE})?\s*$")
# s26b: tasks or targets given to a body named after them ("Giao chỉ tiêu trồng rừng, trồng cây phân tán cho Ủy ban nhân dân
# các xã, phường, đặc khu", "giao nhiệm vụ cho Sở Y tế chủ trì …")
ASSIGN_OBJECT_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])giao\s+(?:các\s+)?(?:nhiệm\s+vụ|chỉ\s+tiêu)(?:\s+[^;:.\n]{1,80}?)?\s+cho)\s*$")
# s25a: a task another authority gave the body in a cited document ("các nhiệm vụ được Chính phủ giao cho Bộ Xây dựng tại
# Nghị quyết số 45/NQ-CP", "nhiệm vụ được Thủ tướng Chính phủ giao cho Bộ tại Quyết định số …"): a past act of that
# document, told as the reason for the plan, not a task this document gives (the plan's own "tại Kế hoạch này" is one).
# s26b: the relative clause is as often written without "được" ("các nhiệm vụ Thủ tướng Chính phủ giao cho Bộ … tại
# Quyết định số …"): the tasks it names open it.
GIVEN_ELSEWHERE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:được|nhiệm\s+vụ)(?:\s+[\p{L}\p{M}]+){1,6}\s+giao(?:\s+cho)?)\s*$")
IN_A_CITED_DOCUMENT = regex.compile(r"\s*(?i:tại|theo)\s+(?i:nghị\s+quyết|quyết\s+định|chỉ\s+thị|kết\s+luận|nghị\s+định|thông\s+báo"
                                    r"|công\s+văn|văn\s+bản|chương\s+trình|kế\s+hoạch|luật)\s+(?:(?i:số)\s+)?\d")
# s22fd: …but a body given a task verb right after it is assigned even after "dự toán … giao" ("giải ngân dự toán năm 2027
# giao Sở Xây dựng chủ trì đôn đốc"): an allotment ends at the body or at "theo phân cấp", "hằng năm"; not after "giao cho",
# the allotment's own words ("được bố trí trong dự toán giao cho Sở Y tế thực hiện nhiệm vụ": the funds it spends).
ALLOTMENT_GIAO = regex.compile(rf"(?i:{_ALLOTTING}{_BUDGET_WORDS}\s+giao)\s*$")
TASK_AFTER_ALLOTTED = regex.compile(
    r"[^\S\n]*(?:chủ\s+trì|phối\s+hợp|thẩm\s+định|rà\s+soát|theo\s+dõi|tham\s+mưu|chỉ\s+đạo|hướng\s+dẫn|tổ\s+chức|kiểm\s+tra|đôn\s+đốc|triển\s+khai|thực\s+hiện|"
    r"xây\s+dựng|tổng\s+hợp)(?![\p{L}\p{M}])")
# Labels of a task's fields ("Đơn vị chủ trì: Sở Nội vụ.", "Cơ quan phối hợp: Sở Tư pháp; …").
# …or bare, opening a line, a cell or an item after ";" ("| Chủ trì: Sở Xây dựng; Phối hợp: Sở Tài chính |").
_BARE_LABEL = r"|(?:^|[\n|\t;])[ \t]*(?:[-+•*][ \t]*)?(?i:{})[ \t]*:\s*[*_]*\s*$"
LEAD_LABEL = regex.compile(r"(?i:(?:cơ\s+quan|đơn\s+vị|sở,\s+ngành|ngành)\s+(?:chủ\s+trì|thường\s+trực|đầu\s+mối)[^:\n]{0,30}):\s*[*_]*\s*$"
                           + _BARE_LABEL.format(r"chủ\s+trì|đầu\s+mối"))
COORDINATE_LABEL = regex.compile(r"(?i:(?:cơ\s+quan|đơn\s+vị|sở,\s+ngành|ngành)\s+phối\s+hợp[^:\n]{0,30}):\s*[*_]*\s*$" + _BARE_LABEL.format(r"phối\s+hợp"))
# A body's role marked in parentheses after its name: "Sở Tài chính (chủ trì), Sở Nội vụ (phối hợp)".
ROLE_MARK = _matched_in_place(r"[ \t]*\([ \t]*(?i:(?:là[ \t]+)?(?:cơ[ \t]+quan|đơn[ \t]+vị)[ \t]+)?(?P<role>(?i:chủ[ \t]+trì|phối[ \t]+hợp))[ \t]*\)")
# Labels that name who does a step of the plan ("Cơ quan thực hiện: Sở Nội vụ", "Cơ quan thẩm định: Sở Xây dựng",
# "Cơ quan phê duyệt: Ủy ban nhân dân tỉnh"); "Cơ quan thực hiện thủ tục hành chính:" of a procedure list is not one.
ASSIGN_LABEL = regex.compile(r"(?i:(?:cơ\s+quan|đơn\s+vị)\s+(?:trực\s+tiếp\s+)?(?:thực\s+hiện|thẩm\s+định|phê\s+duyệt|tổ\s+chức\s+lập|tổ\s+chức\s+thực\s+hiện)(?:\s+quy\s+hoạch)?):\s*[*_]*\s*$")
# Clauses that name bodies without giving them anything: the place of an event ("2. Địa điểm: Sở Công Thương
# Lào Cai, địa chỉ: …") and a decision's preamble ("Xét đề nghị của 28 đơn vị gồm: Công ty …", "Theo đề nghị của …").
NO_TASK_OPENING = regex.compile(r"""(?:(?i:địa\s+điểm|địa\s+chỉ)[^:\n]{0,40}:\s*[*_]*\s*$
    |^\s*(?:[-+•*▪●◦]\s*|\d+(?:\.\d+)*\.?\s+|\(?\d{1,2}\)\s*|\(?[a-zđ]\)\s*)?(?:Xét|Theo)\s+(?:đề\s+nghị|tờ\s+trình|văn\s+bản|báo\s+cáo|ý\s+kiến)(?![\p{L}\p{M}]))""", regex.VERBOSE)
# A body's address after its name or under it, in a procedure's "where to file" cell: "Trung tâm Phục vụ hành chính công
# tỉnh, địa chỉ: Tầng 1 …", "…, số 02A đường Nguyễn Chí Thanh", "…:⏎+ Tòa nhà Trung tâm hành chính, đường Lê Lợi",
# "+ Trụ sở chính: Số 2, đường …" — where the body is, not what it must do. s21fb: a building named by "Tòa nhà …" or
# "Trụ sở …" is an address only with a street, a number or a floor on its line ("…, đường Lê Lợi", "Số 2, …") and no
# building work or date: a body's task item may be a building project ("- Tòa nhà hành chính tập trung: hoàn thành trước
# quý IV/2026", "+ Trụ sở: cải tạo, sửa chữa trong năm 2026"), which keeps the body's row.
_ADDRESS_PART = (r"(?<![\p{L}\p{M}])(?:đường|(?<!thành\s)phố|ngõ|ngách|[Đđ]ại\s+lộ|[Pp]hường|[Qq]uận|[Tt]ầng\s+\d|[Ss]ố\s+\d)"
                 r"(?![\p{L}\p{M}])")
_BUILDING_WORK = (r"(?<![\p{L}\p{M}])(?:hoàn\s+thành|khởi\s+công|xây\s+dựng|xây\s+mới|cải\s+tạo|nâng\s+cấp|sửa\s+chữa|mở\s+rộng|đầu\s+tư"
                  r"|thi\s+công|bàn\s+giao|đưa\s+vào|tiến\s+độ|trước|quý|năm\s+\d{4}|\d{1,2}/\d{4})(?![\p{L}\p{M}])")
ADDRESS = regex.compile(r"^[\s,:;]*(?:[-–+•]\s*)?(?:(?i:địa\s+chỉ)(?![\p{L}\p{M}])"
                        rf"|(?:Trụ\s+sở|[Tt](?:òa|oà)\s+nhà)(?![\p{{L}}\p{{M}}])(?=[^\n]*?{_ADDRESS_PART})(?![^\n]*?{_BUILDING_WORK})"
                        r"|[Ss]ố\s+\d+[A-Za-z]?(?:/\d+)?\s*,?\s+(?:đường|phố|ngõ|ngách|[Đđ]ại\s+lộ)(?![\p{L}\p{M}])"
                        r"|Tầng\s+\d)")
# "1. Sở Nội vụ: Chủ trì, phối hợp …": a body's heading with its tasks on the same line.
INLINE_TASKS = regex.compile(r"^\s*:\s*[*_]*\s*(?=\p{L})")
# "Khuyến khích Hội Nông dân tỉnh …": bodies outside the government's command are asked, as by "đề nghị".
BEFORE_REQUEST = regex.compile(rf"(?i:đề\s+nghị|khuyến\s+khích)(?:\s*:)?(?:\s+{PEOPLE})?\s*$")
# "đề nghị" as the name of a paper or a passive ("gửi văn bản đề nghị Bộ trưởng …", "hồ sơ đề nghị …", "được đề nghị …"),
# or the purpose of a filing ("nộp 01 bộ hồ sơ … để đề nghị Bộ trưởng … xem xét, ghi danh", "tổng hợp để đề nghị UBND tỉnh
# khen thưởng"): a proposal sent up a procedure, not the plan asking the body after it.
PROPOSAL_PAPER = regex.compile(r"(?i:(?:văn\s+bản|hồ\s+sơ|tờ\s+trình|công\s+văn|được|để)\s+(?:kính\s+)?đề\s+nghị)(?:\s+{PEOPLE})?\s*$".replace("{PEOPLE}", PEOPLE))
BEFORE_DEMAND = regex.compile(rf"(?i:yêu\s+cầu)(?:\s+{PEOPLE})?\s*$")
# A clause opening: bullet or numbering, then optionally "Hằng năm," / "Căn cứ …," / "Định kỳ …,".
# w21b: between a lead and the next body of its sentence, only the lead's word and a comma ("Sở Y tế chủ trì, Sở Tài chính phối
# hợp …"): the next body opens a clause of its own (Nghị định 30/2020/NĐ-CP's tasks name the lead, then the others by their verb)
AFTER_LEAD_NEXT_BODY = regex.compile(r"\s*(?:chủ\s+trì|làm\s+đầu\s+mối)\s*,\s*")
CLAUSE_OPENING = regex.compile(
    r"""^\s*(?:[-+•*▪●◦]\s*|\d+(?:\.\d+)*\.?\s+|\(?\d{1,2}\)\s*|\(?[a-zđ]\)\s*)?
    (?:[^:;\n]{1,60}:\s*)?                                       # a label: "Bằng khen của Chủ tịch UBND tỉnh: "
    (?:(?:(?:[Hh]ằng|[Hh]àng)\s+(?:năm|quý|tháng)|[Đđ]ịnh\s+kỳ[^,]{0,40}|(?:[Gg]iữa|[Cc]uối|[Đđ]ầu)\s+(?:năm|kỳ|nhiệm\s+kỳ)
        |Căn\s+cứ[^,]{0,80}|Trên\s+cơ\s+sở[^,]{0,80}|Đồng\s+thời
        |(?:[Tt]rong\s+)?[Tt]rường\s+hợp[^,]{0,80}|[Nn]ếu[^,]{0,60}|(?:(?:[Nn]gay\s+)?[Ss]au\s+|[Tt]rước\s+)?[Kk]hi[^,]{0,80}
        |[Tt]rong\s+(?:quá\s+trình|thời\s+gian)[^,]{0,60}|[Đđ]ể[^,]{0,80}
        |(?:[Tt]rong|[Tt]ừ|[Đđ]ến(?:\s+hết)?|[Cc]hậm\s+nhất(?:\s+đến)?)\s+(?:năm|quý|tháng|ngày|giai\s+đoạn)\s[^,;:\n]{0,60}
        # s33a: a plan's time limit ("Chậm nhất 15 ngày trước ngày giao quân, ") or a day it is due by ("Trước ngày 15/12/2026,
        # ") before the body that must act (not a procedure's "Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, …")
        |[Cc]hậm\s+nhất(?:\s+là)?\s+\d{1,3}\s+(?:ngày|tuần|tháng)\s[^,;:\n]{0,80}
        |[Tt]rước\s+ngày\s+\d[^,;:\n]{0,30}
        |(?:[Qq]uý|[Gg]iai\s+đoạn)\s[^,;:\n]{0,40}   # "Từ tháng 8 đến tháng 10 năm 2026, ", "Quý I/2026, " (not "Ngày 21/8/2025, …": a report of what was)
        |[Tt]heo\s+(?:hướng\s+dẫn|chỉ\s+đạo|ý\s+kiến|quy\s+định)[^,]{0,80}),\s*){0,3}   # "Định kỳ 6 tháng, hàng năm, ", "Sau khi …, "
    (?:Bí\s+thư\s+(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện)\s+ủy\s*(?:và|,)\s+)?           # "Bí thư tỉnh ủy và Chủ tịch UBND các tỉnh: …"
    (?:(?:[Cc]ác\s+)?(?:Thống\s+đốc|Tổng\s+Kiểm\s+toán|Tổng\s+Thanh\s+tra|Chánh\s+án|thành\s+viên|[Tt]hủ\s+trưởng|[Ll]ãnh\s+đạo|[Nn]gười\s+đứng\s+đầu|Chánh|Giám\s+đốc|Trưởng(?:\s+ban(?=\s+Ban(?![\p{L}\p{M}])|\s*$))?|Chỉ\s+huy\s+trưởng|Bộ\s+trưởng|Thứ\s+trưởng|Vụ\s+trưởng|Tổng\s+[Cc]ục\s+trưởng|Cục\s+trưởng|Tổng\s+Giám\s+đốc|Viện\s+trưởng|Hiệu\s+trưởng|Chủ\s+nhiệm)\s+)?  # people of the body
    $""",
    regex.VERBOSE,
)
# s32b: an item that opens with its topic before its body ("3. Về kinh phí, Văn phòng … xã tham mưu …", "5. Về phòng cháy,
# chữa cháy và an ninh, trật tự tại các dự án, Công an thành phố thẩm định …", "8. Đối với công tác bồi thường, giải phóng mặt
# bằng, Ủy ban nhân dân các phường … chủ trì …"): the body after the topic's last comma opens the item's clause, as after
# CLAUSE_OPENING's adverbials (the topic may hold commas of its own). Only at an item's marker: a letter's "Về vấn đề này, Cục
# Thuế có ý kiến như sau" is not an item of tasks.
TOPIC_OPENING = regex.compile(r"(?:Về|Đối\s+với)\s[^:;\n]{1,120}?,\s*")
ITEM_MARKER = regex.compile(r"[^\S\n]*(?:[-+•*▪●◦]|\d+(?:\.\d+)*\.?|\(?\d{1,2}\)|\(?[a-zđ]\))[^\S\n]+")
# An opening that names an owner before the clause's body: "Căn cứ hướng dẫn của Bộ Y tế, ", "Sau khi có ý kiến của …, ".
ADVERBIAL_OPENING = regex.compile(r"^\s*(?:[-+•*▪●◦]\s*|\d+(?:\.\d+)*\.?\s+|\(?\d{1,2}\)\s*|\(?[a-zđ]\)\s*)?(?:Căn\s+cứ|Trên\s+cơ\s+sở|[Tt]heo|(?:[Ss]au|[Tt]rước)\s+khi|[Kk]hi|[Đđ]ể|[Nn]ếu)\s[^,]*?của\s[^,]+,\s*$")
# What follows a list that makes it a lead: "chủ trì", "làm đầu mối", "là cơ quan thường trực".
LEAD_AFTER = regex.compile(
    r"^[\s,]*(?:\([^)]{0,120}\)\s*)?(?:(?:(?:có|chịu)\s+trách\s+nhiệm|là\s+cơ\s+quan)\s+)?(?i:chủ\s+trì|làm\s+đầu\s+mối|đầu\s+mối|là\s+cơ\s+quan\s+(?:chủ\s+trì|đầu\s+mối|thường\s+trực))")
# "… (tích cực) phối hợp chặt chẽ với …" right after a list: the bodies coordinate.
COORDINATES_AFTER = regex.compile(r"^[\s,]*(?:[^,.;:]{0,40}?\s)?(?i:(?:tích\s+cực|chủ\s+động|tiếp\s+tục)\s+)?(?i:phối\s+hợp)")
# Monitoring the plan is the focal body's work ("theo dõi, đôn đốc … thực hiện Kế hoạch").
MONITORS_PLAN = regex.compile(
    r"(?i:chủ\s+trì|làm\s+đầu\s+mối|theo\s+dõi|đôn\s+đốc)[^.;]{0,120}?(?i:thực\s+hiện|triển\s+khai)\s+(?:các\s+nội\s+dung\s+(?:của\s+)?)?(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án)(?:\s+này)?")
# What follows a body that is not a task: a possessive, a preposition, a label.
# A seat on a committee after a member's body ("Giám đốc Sở Y tế làm Phó Trưởng ban", "Giám đốc Sở Tài chính - Ủy viên;"):
# the composition of a steering committee or a working group, not a task; a decision setting one up also writes the seat
# after "là" ("Trưởng Công an xã là Ủy viên Ban Chỉ đạo;"), or a member's seat alone after a comma at the end of its line
# ("Bà …, Phó Trưởng phòng Văn hóa - Xã hội, Ủy viên;"; not ", Trưởng ban Ban Quản lý …", the next item of a closing list).
COMMITTEE_SEAT = (r"(?:(?:làm|là|[-–:])\s*(?:Phó\s+)?(?:Trưởng\s+(?:ban|đoàn|tiểu\s+ban)|Tổ\s+(?:trưởng|phó)|[Tt]hành\s+viên|[ỦủUu][ỷy]\s+viên|Thư\s+ký"
                  r"|Chủ\s+tịch(?:\s+Thường\s+trực)?\s+Hội\s+đồng)(?![\p{L}\p{M}])"
                  r"|,\s*(?:[Tt]hành\s+viên|[ỦủUu][ỷy]\s+viên|Thư\s+ký)(?:\s+thường\s+trực)?\s*(?:[;.]|\n|$))")
SEAT = regex.compile(r"^\s*" + COMMITTEE_SEAT)
# A list that is the object of a verb's "đối với": "Sở Tài chính quyết định đối với: Văn phòng Đoàn đại biểu Quốc hội …;
# các cơ quan … thuộc Ủy ban Mặt trận Tổ quốc tỉnh" (not a label "a) Đối với Sở Nội vụ:", which opens its clause).
# The products a unit's name covers, written as one word of names ("Chi cục Quản lý chất lượng nông lâm thủy sản", "Cục
# Quản lý chất lượng nông lâm sản và thủy sản": Thông tư 15/2015/TT-BNNPTNT, the provincial Chi cục; Nghị định 15/2017/NĐ-CP,
# the national Cục; "nông, lâm, thủy sản", "nông lâm ngư nghiệp").
PRODUCT_FIELD = regex.compile(
    r"nông[ \t]*,?[ \t]+lâm(?:[ \t]*,?[ \t]+(?:thủy|thuỷ)[ \t]+sản|[ \t]+sản(?:[ \t]+và[ \t]+(?:thủy|thuỷ)[ \t]+sản)?|[ \t]+ngư[ \t]+nghiệp|[ \t]+nghiệp)"
    r"(?![\p{L}\p{M}])")
OBJECT_OF_VERB = regex.compile(r"\p{Ll}[ \t]+đối[ \t]+với[ \t]*:?[ \t]*$")
# The items a count names, listed after its colon ("Thành lập mới 02 khu bảo tồn thiên nhiên: Khu bảo tồn thiên nhiên Nam
# Nung …", "kiện toàn 03 Ban Chỉ đạo: …"): the things made or dealt with, not bodies given a task (not a count of the bodies
# that act: "03 cơ quan chủ trì: …", "02 đơn vị phối hợp: …").
COUNTED_ITEMS_BEFORE = regex.compile(
    r"(?<![\d.,])\d[\d.,]*[ \t]+(?!(?:[^\d:;.\n]*?(?<![\p{L}\p{M}])(?i:cơ[ \t]+quan|đơn[ \t]+vị|sở|ngành|thành[ \t]+viên|chủ[ \t]+trì|phối[ \t]+hợp|giao)(?![\p{L}\p{M}])))"
    r"[^\d:;.\n]{1,60}:[ \t]*$")
# (…nor what a unit's charter says it is: "Chi cục Kiểm lâm là tổ chức hành chính thuộc Sở …", "… có tư cách pháp nhân";
# Nghị định 45/2025/NĐ-CP, Nghị định 120/2020/NĐ-CP; but "là cơ quan chuyên môn được UBND tỉnh giao chủ trì …" is a task;
# nor what the text reports a body did or is doing: "Bộ Công an đã ban hành …", "Bộ Tài chính đang xây dựng Luật …")
NOT_A_TASK = regex.compile(r"^\s*(?:[:(.;]|là\s+(?:tổ\s+chức\s+hành\s+chính|cơ\s+quan\s+chuyên\s+môn|đơn\s+vị\s+sự\s+nghiệp)(?![^.;\n]{0,40}?(?:được|giao|chủ\s+trì|đầu\s+mối))|có\s+tư\s+cách\s+pháp\s+nhân|(?:\p{Lu}[\p{L}\p{M}]*\s+){2,4}đã\s|đã\s|đang\s|của\b|về\b|theo\b(?!\s+dõi)|tại\b|thuộc\b|trực\s+thuộc(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|bộ|ủy|uỷ|thành|phố|tỉnh|huyện|xã|phường|quận))+\s*(?:[.;|(]|$)|trên\b|và\b|với\b|để\b|nhằm\b|đối\s+với\b|ban\s+hành\b|xây\s+dựng\s+Kế\s+hoạch\b|$)")
# (s29d: "… các Đảng ủy xã, phường trực thuộc Đảng bộ thành phố Hà Nội" and nothing after: whom they answer to, no task)
LAUNCHING = regex.compile(r"^\s*(?i:phát\s+động|ban\s+hành\s+(?:Kế\s+hoạch|Chỉ\s+thị|Chương\s+trình(?:\s+hành\s+động)?|Nghị\s+quyết)\s+(?:này|số))")
# What an issuing body does in its own voice: it decides, gives and asks ("Quốc hội cơ bản tán thành …",
# "Ủy ban nhân dân tỉnh giao Giám đốc các sở …", "UBND tỉnh yêu cầu các sở, ban, ngành …"); s33d: a council assents to
# its committee's report as it does to its proposals ("Hội đồng nhân dân xã cơ bản thống nhất với đánh giá của Ủy ban
# nhân dân xã …", "… nhất trí với …", "… đồng ý với …"; Luật Tổ chức chính quyền địa phương 2025: the council's resolution).
ISSUER_ACT = regex.compile(r"^\s*(?:[\p{Lu}][\p{L}\p{M}]*\s+){0,3}?(?:cơ\s+bản\s+)?(?:tán\s+thành|(?:thống\s+nhất|nhất\s+trí|đồng\s+ý)\s+với|quyết\s+nghị|kêu\s+gọi|quyết\s+định|giao(?![\p{L}\p{M}])|yêu\s+cầu|đề\s+nghị|có\s+ý\s+kiến\s+(?:chỉ\s+đạo|kết\s+luận))(?![\p{L}\p{M}])")
# ("Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:": the issuer's own voice in a notice of its directions)
# A ministry (names.tsv, Nghị quyết 176/2025/QH15) speaks in its own voice in its plans: "Bộ Tài chính yêu cầu các đơn vị …".
MINISTRIES = frozenset(n for n in KNOWN_NAMES if n.startswith("Bộ ") and HEADS[n] == ("other", "trung_uong"))
# A body that follows up the whole plan is its focal body: "… theo dõi, đôn đốc việc thực hiện Nghị quyết này".
MONITORS_THIS = regex.compile(
    r"^[\s,]*(?:có\s+trách\s+nhiệm\s+)?(?:theo\s+dõi|đôn\s+đốc)[^.;\n]{0,120}?(?:thực\s+hiện|triển\s+khai|thi\s+hành)\s+(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị)\s+này")
# The writer's own voice in a letter's set formulas, whoever writes it: "Cục Thuế nhận được Công văn số …", "Cục Thuế
# trả lời để … biết", "Cục Hải quan thông báo kết quả … như sau:", "Văn phòng Chính phủ (xin) (trân trọng) thông báo để
# …", "Bộ Nội vụ trân trọng đề nghị / trân trọng cảm ơn …", "Công ty … kính đề nghị …" (the writer, not a body given a task;
# "Sở Tư pháp thông báo cho chính quyền cấp xã …" and "UBND thành phố thông báo bằng văn bản" stay tasks); the answer's close
# ("Thuế tỉnh Tây Ninh trả lời cho Công ty được biết và thực hiện …") and the writer's view of a proposal ("Cục Thuế cơ bản
# thống nhất với quan điểm xử lý của Thuế tỉnh Hà Tĩnh", "Bộ Tài chính đồng ý với đề xuất của …").
LETTER_FORMULA = regex.compile(r"""^\s*(?:xin\s+)?(?:
    (?:trân\s+trọng\s+)?nhận\s+được
  | trân\s+trọng(?![\p{L}\p{M}])
  | kính\s+(?:đề\s+nghị|trình|báo\s+cáo|mời)
  | (?:xin\s+)?cảm\s+ơn
  | (?:trả\s+lời|có\s+ý\s+kiến|thông\s+báo)\s*(?:để|như\s+sau|[./]|$)
  | (?:trả\s+lời|thông\s+báo)[^.;\n]{0,80}?\s+như\s+sau\s*:
  | trả\s+lời\s+(?:cho\s+)?[^.;\n]{1,80}?\s+(?:được\s+)?biết
  | (?:cơ\s+bản\s+)?(?:thống\s+nhất|đồng\s+ý|nhất\s+trí)\s+với\s+(?:quan\s+điểm|ý\s+kiến|đề\s+xuất|đề\s+nghị|kiến\s+nghị|phương\s+án|hướng\s+xử\s+lý)
)(?![\p{L}\p{M}])""", regex.VERBOSE)
ISSUERS = frozenset({"Quốc hội", "Chính phủ", "Thủ tướng Chính phủ", "Ủy ban Thường vụ Quốc hội"})
# "tham mưu (cho) X …" before a name in the same clause: the names after it are what the advice is about.
ADVISING = regex.compile(r"(?i:tham\s+mưu)(?:\s+(?i:cho|với))?\s+(?:\p{Lu}|(?i:cấp\s+có\s+thẩm\s+quyền))")
# A clause that opens by proposing to, or directing, the bodies after it.
BULLET = r"^\s*(?:[-+•*▪●◦]\s*|\d+(?:\.\d+)*\.?\s+|\(?\d{1,2}\)\s*|\(?[a-zđ]\)\s*)?"
PROPOSING_OPENING = regex.compile(BULLET + r"(?:Đề\s+xuất|Kiến\s+nghị)(?:\s+với)?\s*$")
DIRECTING_OPENING = regex.compile(BULLET + r"(?:Lãnh\s+đạo,\s*)?(?:[Cc]hỉ\s+đạo)\s*$")
# A body directed by another to act, inside the clause: "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và
# Thủy sản thực hiện …", "phối hợp với Ban Tuyên giáo … chỉ đạo Báo và Phát thanh, Truyền hình Đắk Lắk tuyên truyền".
# …when what follows the body is its act, not a preposition ("chỉ đạo Sở Y tế về …").
# (s29a: …or a collective directed with it, "chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh và các bệnh viện bố trí lực lượng": the
# list of those directed goes on to their act)
TASK_VERB_AFTER = regex.compile(r"^[ \t]*(?:và[ \t]+(?:các|những)[ \t]+\p{Ll}|(?!(?:về|của|trong|tại|với|cho|để|đối|nhằm|trên|đến|từ|thuộc|và|theo|là)(?![\p{L}\p{M}]))\p{Ll})")
BEFORE_DIRECT = regex.compile(r"(?<![\p{L}\p{M}])(?:[Đđ]ịnh\s+hướng,\s*)?[Cc]hỉ\s+đạo(?:,\s*hướng\s+dẫn)?\s*$")
# A Party committee "lãnh đạo" the state body or the Front it is the Party organisation of, right after its own name: "Đảng
# ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng …" (Điều lệ Đảng: the Party leads the state and the Front
# through its organisations in them); not "Lãnh đạo UBND tỉnh chủ trì …" opening a clause (the committee's leaders act).
PARTY_LEADS = regex.compile(r"[ \t]*lãnh[ \t]+đạo(?:,[ \t]*chỉ[ \t]+đạo)?[ \t]*")
MEMBER_TITLE = _matched_in_place(r"\s+viên(?![\p{L}\p{M}])")
# …or carries out in its own voice ("Ủy ban nhân dân tỉnh Nghệ An triển khai Đợt thi đua …" before the first heading).
ISSUING = regex.compile(r"^\s*(?:\p{Lu}[\p{L}\p{M}]*\s+){0,3}?(?:ban\s+hành|xây\s+dựng|phát\s+động|triển\s+khai)\s+(?:Kế\s+hoạch|Chương\s+trình|Chỉ\s+thị|(?:các\s+)?phong\s+trào|(?:các\s+)?đợt\s+thi\s+đua|cuộc\s+vận\s+động)", regex.IGNORECASE)
# A letterhead line in the preamble whose case was lost: "Hội đồng nhân dân tỉnh hải dương" and nothing else.
LETTERHEAD_REST = regex.compile(r"[ \t]*(?:[\p{L}\p{M}]+[ \t]*){0,4}")
# (s33w: a title said once before a colon for the bodies after it, "…; Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung
# tâm Công báo - Tin học tỉnh; Chủ tịch UBND cấp xã … chịu trách nhiệm thi hành": the list goes on)
SEPARATOR = regex.compile(rf"^(?:\s*(?:[,;]|và|cùng|\([^)]{{0,120}}\))\s*)+(?:{PEOPLE}(?:\s*:)?\s+|các\s+)?$")
# rev9: which of a plural level's places are meant, between it and the next body of the list ("Ủy ban nhân dân các xã,
# phường có vùng nuôi, Hội Nông dân tỉnh phối hợp …", "UBND các xã ven biển, Đồn Biên phòng …", "UBND các phường thuộc
# khu vực nội thành, …"): a few lower-case words after "có / thuộc / ven / ở", the list goes on after the comma.
# (not a duty: "UBND các xã có trách nhiệm, …")
PLACES_MEANT = regex.compile(r"^[ \t]+(?:có(?![ \t]+(?:trách|nhiệm|kế)[ \t])|thuộc|ven|ở)(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}(?=[ \t]*[,;])")
RECIPIENTS = regex.compile(r"^[\s|]*(?:Nơi|Noi)\s+nhận\s*:?", regex.MULTILINE)  # also in a signature table's cell
# An outline label as Word's list styles write it when pasted as text: "1.", "1.1.", "1)", "(1)", "a)", "(a)", "II.";
# and a bullet: "-", "+", "•", "▪", "●", "◦", "*".
OUTLINE_LABEL = r"(?:\d+(?:\.\d+)*\.|\d{1,2}\)|\(\d{1,2}\)|[a-zđ]\)|\([a-zđ]\)|[IVXL]+\.)"
BULLET_MARK = r"[-–•+*▪●◦]"
# The opening of a field line: a table's bar or indent, a bullet or none ("- Kinh phí: …", "| Đơn vị chủ trì: …"; also the
# deadlines' TIME_FIELD).
FIELD_OPENING = rf"[ \t|]*(?:{BULLET_MARK}[ \t]*)?"
# s33f: a task item's bodies given on label lines under it, the item's own text above them ("- Tổ chức tập huấn …⏎Đơn vị
# chủ trì: Sở Tư pháp.⏎Đơn vị phối hợp: Sở Nội vụ, Sở Tư pháp.⏎Thời gian thực hiện: Thường xuyên.", "Đơn vị chủ trì: Phòng
# Quản lý Công nghiệp; Đơn vị phối hợp: …", "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với …"): the item is their
# task. Not a numbered point of a decision ("3. Cơ quan tổ chức lập: …", "5. Cơ quan thẩm định: Sở Xây dựng."): its label
# names the work itself, the point above is another one.
RESPONSIBILITY_LABEL = _matched_in_place(
    FIELD_OPENING + r"(?:Đơn[ \t]+vị|Cơ[ \t]+quan)[ \t]+(?:chủ[ \t]+trì|phối[ \t]+hợp|thực[ \t]+hiện)[^:\n]{0,30}:")
# The other field lines of such an item, a short capitalised label and its colon ("Thời gian thực hiện: Thường xuyên.",
# "Lãnh đạo phụ trách: …", "- Kinh phí: …"), passed over on the way up to the item; a bullet's own sentence has a comma
# or more words before any colon ("- Phối hợp với các sở, ban ngành …, xử lý điểm nghẽn: …").
FIELD_LINE = _matched_in_place(FIELD_OPENING + r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,5}[ \t]*:")
# The field that states the item's work ("- Nội dung: Triển khai Tháng hành động …"; "- Nội dung:" with its points below).
CONTENT_FIELD = _matched_in_place(
    FIELD_OPENING + r"(?:Nội[ \t]+dung|Nhiệm[ \t]+vụ|Công[ \t]+việc)(?:[ \t]+[\p{L}\p{M}]+){0,2}[ \t]*:[ \t]*(?P<value>[^\n]*)")
# The fields of an administrative procedure as published (Nghị định 63/2010/NĐ-CP, Điều 8; Thông tư 02/2017/TT-VPCP: cơ quan
# thực hiện, cơ quan có thẩm quyền quyết định, cơ quan được ủy quyền, cơ quan phối hợp, thời hạn giải quyết, nơi tiếp nhận
# và trả kết quả, thành phần hồ sơ, lệ phí): "Cơ quan thực hiện: Sở Y tế" there names who handles a file, not a plan's item.
PROCEDURE_FIELD = regex.compile(  # (searched in a field's label, up to its colon)
    r"(?i:thẩm[ \t]+quyền|được[ \t]+ủy[ \t]+quyền|trả[ \t]+kết[ \t]+quả|thời[ \t]+hạn[ \t]+giải[ \t]+quyết"
    r"|thành[ \t]+phần,?[ \t]+số[ \t]+lượng[ \t]+hồ[ \t]+sơ|cách[ \t]+thức[ \t]+thực[ \t]+hiện|phí,[ \t]+lệ[ \t]+phí)[^:\n]{0,40}:")
# A point of a list, by its bullet.
LIST_ITEM = _matched_in_place(r"[ \t|]*" + BULLET_MARK)
WRAPPED_ON = _matched_in_place(r"[ \t|]*\p{Ll}")  # a line that goes on with the sentence of the line above it
NEXT_LINE = _matched_in_place(r"(?:[ \t]*\n){1,3}(?P<line>[^\n]+)")  # the next line with text, after a blank one or two
# A line with no word or number: a table's bar, a rule ("|", "---").
NO_TEXT = _matched_in_place(r"[^\p{L}\p{N}\n]*$")
# The label a block's line opens with, an article's too ("Điều 15. Đề nghị Ủy ban MTTQ …").
BLOCK_OPENING = _matched_in_place(rf"[ \t|]*(?:Điều[ \t]+\d+[.:]|{OUTLINE_LABEL}[ \t]|{BULLET_MARK})")
# The label or bullet a line opens with (what the task's text leaves out).
OUTLINE_OPENING = _matched_in_place(rf"[ \t|]*(?:{OUTLINE_LABEL}[ \t]+|{BULLET_MARK}[ \t]*)")
# The closing lines of a document, after its last numbered block (Nghị định 30/2020/NĐ-CP, Phụ lục I: the text ends, then the
# recipients and the signature): "Trên đây là Kế hoạch …", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …",
# "Nơi nhận:". The last body's block ends before them (its task, and the deadlines its heading owns).
CLOSING_LINE = regex.compile(r"^[ \t|]*(?:Trên\s+đây\s+là\s|Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai|thực\s+hiện)"
                             r"[^\n]{0,40}?nếu\s+có\s+(?:khó\s+khăn|vướng\s+mắc|phát\s+sinh)|(?:Nơi|Noi)\s+nhận\s*:)", regex.MULTILINE)
# What may follow the recipients and the signature: an appendix, often with the task table.
# …or the plan a decision issues, attached after its signature ("KẾ HOẠCH" on a line of its own).
APPENDIX = regex.compile(r"^\s*(?:PHỤ\s+LỤC|Phụ\s+lục|BIỂU|Biểu\s+(?:số|\d)|DANH\s+MỤC|(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN)\s*$|[^\n]*\b(?:Nhiệm\s+vụ|Nội\s+dung)\b[^\n]*(?:\t|\s\|\s)[^\n]*chủ\s+trì)", regex.MULTILINE)
HEADING = regex.compile(r"^\s*" + OUTLINE_LABEL + r"\s*", regex.MULTILINE)
# "Giao X …" makes X the lead when X is to chair or to follow up ("Giao Phòng Nội vụ theo dõi, đôn đốc").
GIVEN_LEAD = regex.compile(r"(?i:chủ\s+trì|đầu\s+mối|theo\s+dõi|đôn\s+đốc|thường\s+trực)")
# A heading that is a list of bodies: "3. Phòng Nội vụ", "5. Đề nghị Ủy ban MTTQ Việt Nam huyện, …:".
BODY_HEADING = regex.compile(
    r"""\s*(?:""" + OUTLINE_LABEL + r"""|(?P<bullet>""" + BULLET_MARK + r""")(?=[^\n]*:\s*$))   # "- Sở Tài chính:" needs its colon
    \s*(?:(?P<verb>Đề\s+nghị|Giao|Đối\s+với)\s*:?\s+)?(?P<list>[^\n]{3,300}?)\s*[:.]?\s*""", regex.VERBOSE)
# A heading whose list closes with a generic item in lower case before its colon: "9. Báo …, Sở Văn hóa, Thể thao và
# Du lịch, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở:" (the named bodies head the block).
# (without its colon when the generic item closes itself: "…, Công ty TNHH MTV Lâm nghiệp Đơn Dương và các chủ rừng khác",
# "… và các đơn vị có liên quan" on a heading's line, the tasks below it)
GENERIC_LAST_ITEM = _matched_in_place(r"\s*,?\s+và\s+(?:các\s+)?\p{Ll}[\p{Ll}\p{M} ]{0,60}?(?:\s*:|(?<![\p{L}\p{M}])(?:khác|(?:có\s+)?liên\s+quan))[ \t*_]*$")
# The same heading when a wrap left its number alone on the line before ("1.⏎Sở Nông nghiệp và Môi trường").
BARE_NUMBER_LINE = regex.compile(r"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)*\.|\d{1,2}\)|\(\d{1,2}\)|[IVXL]+\.)[ \t]*\n(?:[ \t]*\n)?[ \t]*$")
BARE_BODY_LINE = regex.compile(r"\s*(?:(?P<verb>Đề\s+nghị|Giao|Đối\s+với)\s*:?\s+)?(?P<list>[^\n]{3,300}?)\s*[:.]?\s*")
# A block under a body's heading whose item opens with "Chủ trì" makes the body lead.
OPENS_WITH_LEAD = regex.compile(r"(?:^|\n)\s*(?:[-+•▪●◦]\s*|[a-zđ]\)\s*|\(?\d{1,2}\)\s*|\([a-zđ]\)\s*)?(?:Là\s+cơ\s+quan\s+(?:thường\s+trực|đầu\s+mối)|Chủ\s+trì|Làm\s+đầu\s+mối)")
# A circumstance set off by commas before "chủ trì" ("Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ
# trì tổng hợp …", "a) Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, chủ trì tổng hợp …"): the body still leads.
CIRCUMSTANCE = r"(?i:trên\s+cơ\s+sở|căn\s+cứ|hằng\s+năm|hàng\s+năm|định\s+kỳ)(?![\p{L}\p{M}])[^.;:\n]{0,200}?,\s*"
LEAD_AFTER_CIRCUMSTANCE = regex.compile(r"^\s*,\s*" + CIRCUMSTANCE + r"(?i:chủ\s+trì|làm\s+đầu\s+mối)(?![\p{L}\p{M}])")
OPENS_WITH_LEAD_AFTER_CIRCUMSTANCE = regex.compile(
    r"^\s*(?:[-+•]\s*|[a-zđ]\)\s*)?" + CIRCUMSTANCE + r"(?i:chủ\s+trì|làm\s+đầu\s+mối)(?![\p{L}\p{M}])")
# Sections that say who may compete, be awarded or be bound, or how a body is organised, never what it must do:
# "1. Đối tượng thi đua", "Điều 2. Đối tượng áp dụng", "Điều 3. Cơ cấu tổ chức" (titles as the outline reads them;
# "Cơ cấu tổ chức, nguyên tắc và phương thức hoạt động" of a council says how it works: not this).
ELIGIBILITY_TITLE = regex.compile(r"""^[*_\s]*(?i:
    đối\s+tượng(?:\s*,?\s*(?:và\s+)?phạm\s+vi)?\s+(?:thi\s+đua|khen\s+thưởng|áp\s+dụng|xét\s+tặng|xét\s+khen\s+thưởng)
  | đối\s+tượng\s*,\s*(?:nguyên\s+tắc|tiêu\s+chuẩn)[^\n]{0,60}?(?:khen\s+thưởng|xét\s+tặng)
  | phạm\s+vi(?:\s+điều\s+chỉnh)?\s*,?\s*(?:và\s+)?đối\s+tượng\s+áp\s+dụng
  | cơ\s+cấu\s+tổ\s+chức(?:\s+(?:của|thuộc)\s[^,;\n]{0,60})?[\s:.*_]*$)(?![\p{L}\p{M}])""", regex.VERBOSE)
# Sections of criteria and quotas: their "a) Đối với các sở, ban, ngành, UBND các xã" lines name whom the criteria
# are for ("tiêu chí đánh giá" is left out: its text says who evaluates; other lines there may give tasks).
CRITERIA_TITLE = regex.compile(r"""^[*_\s]*(?i:tiêu\s+chí\s+thi\s+đua|tiêu\s+chuẩn\s+(?:thi\s+đua|khen\s+thưởng|xét\s+tặng)
  | (?:cơ\s+cấu\s*,?\s*)?số\s+lượng\s+(?:đề\s+nghị\s+)?khen\s+thưởng)(?![\p{L}\p{M}])""", regex.VERBOSE)
# Lines that list who may compete or be awarded, or what a group of areas or people is: "a) Tập thể: Các cơ quan …;
# UBND các xã, phường", "- Nhóm 2:⏎Các xã, phường lân cận, vùng ven sông …" (anywhere), and, in a section of criteria
# or quotas, an award quota "… mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân".
CATEGORY_LINE = regex.compile(BULLET + r"[*_]*(?:Tập\s+thể|Cá\s+nhân|Nhóm\s+\d+)[*_]*\s*:")
CATEGORY_LABEL_ALONE = regex.compile(CATEGORY_LINE.pattern + r"[\s*_]*$")
AWARD_QUOTA = regex.compile(r"(?i:không\s+quá|tối\s+đa)\s+\d+\s+(?:tập\s+thể|cá\s+nhân|trường\s+hợp)(?![\p{L}\p{M}])")
# In those sections, the line that names whom the criteria are for: "a) Đối với các sở, ban, ngành, UBND các xã".
FOR_LABEL = regex.compile(BULLET + r"[*_]*Đối\s+với(?![\p{L}\p{M}])")
# A decision's preamble lists who asked for it: "Xét đề nghị của 28 đơn vị gồm: Công ty …; Chi nhánh …".
REQUESTERS_SENTENCE = regex.compile(BULLET + r"(?:Xét)\s+(?i:đề\s+nghị|tờ\s+trình|báo\s+cáo|văn\s+bản)(?![\p{L}\p{M}])")  # "Xét Tờ trình số …"
# A sub-unit joined by a dash before the colon of a heading with its tasks: "8. Ngân hàng Nhà nước Việt Nam - Chi
# nhánh Khu vực II: Chủ trì, phối hợp …" (the tasks still follow the colon).
SUB_UNIT_BEFORE_COLON = regex.compile(r"^\s*[-–]\s*\p{Lu}[^\n:;.()]{0,60}?(?=\s*[*_]*\s*:)")
# …and a body named by its level relative to another's ("Hội Nông dân cùng cấp", "Ủy ban nhân dân cùng cấp": each
# subject's own, a plural of bodies, no named level).
GENERIC_AFTER = _matched_in_place(r"\s+(?:(?:của\s+)?các\s+(?:cơ\s+quan|đơn\s+vị|cấp|ngành|địa\s+phương|sở|phòng|bộ)|cùng\s+cấp)(?![\p{L}\p{M}])")
# A legal-basis line: "Căn cứ Luật Tổ chức chính quyền địa phương …;" (the names in it are citations); the
# reference must open at `cited` ("- Căn cứ khả năng cân đối ngân sách, phối hợp với Sở …" is a task).
BASIS_LINE = regex.compile(r"^[ \t]*(?:[-+•*][ \t]*)?Căn\s+cứ\s+(?P<cited>)[^\n]*[;,][ \t]*$", regex.MULTILINE)
# A name right after "của" is an owner or an issuer, never an assignee (also a list after "hoạt động của:"); after
# "thành lập", not yet a body.
POSSESSED = regex.compile(r"""(?<![\p{L}\p{M}])(?:của(?:\s+(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng))?(?:\s*:)?|thành\s+lập
    |(?i:ủy|uỷ)\s+viên(?:\s+Ban\s+(?:Thường\s+vụ|Chấp\s+hành))?)\s*$""", regex.VERBOSE)  # …not yet set up; a member's title
# A level shared with a generic list after a name: "Ủy ban MTTQ Việt Nam và các đoàn thể huyện tích cực …",
# "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh;", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh".
SHARED_JURISDICTION = regex.compile(
    rf"(?:\s+và\s+(?:các\s+)?|\s*,\s*các\s+)[\p{{Ll}}\s-]{{1,50}}?\s({JURISDICTION_WORD})(?=\s*[,;.:)\n]|\s*$|\s+{STOP.pattern})",
    regex.VERBOSE)
# A level of government named by its kind, with no place: "các xã, phường", "cấp xã", "xã, phường, đặc khu".
_LEVEL_NOUN = r"(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|thành\s+phố|tỉnh)"
# A standing board named by its head alone, as a document calls a board it has named in full ("Bộ Chỉ huy" for the "Bộ Chỉ
# huy Bộ đội Biên phòng tỉnh" that issues the plan, "Ban Chỉ đạo" for the steering board a regulation is of): inter-sector
# steering boards (Quyết định 34/2007/QĐ-TTg), military commands (Luật Quốc phòng 2018, Luật Biên phòng Việt Nam 2020, Luật
# Dân quân tự vệ 2019), management boards (Nghị định 35/2022/NĐ-CP), the people's council committees (Luật Tổ chức chính
# quyền địa phương 2025) and a Party or union inspection committee (Điều lệ Đảng); not "Ban Tổ chức" (a Party board, or an
# event's organising committee: two bodies the same words name). (s32l)
BOARD_HEAD_ALONE = regex.compile(r"Ban Chỉ đạo|Ban Chỉ huy|Bộ Chỉ huy|Ban Quản lý|Ban Pháp chế|Ban Kinh tế - Ngân sách|Ban Văn hóa - Xã hội"
                                 r"|Ban Dân tộc|Ban Đô thị|Ủy ban Kiểm tra")
GENERIC_LEVEL = regex.compile(rf"\s(?:các\s+)?(?:\d+\s+)?(?:cấp\s+{_LEVEL_NOUN}|{_LEVEL_NOUN}(?:\s*,\s*{_LEVEL_NOUN})*)$")
# A distributive list after a head: "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền", "UBND 04 xã: …",
# "các Sở: Y tế, Tài chính" (the head is then written after "các"), "các Sở Y tế, Tài chính và …" is not one.
DISTRIBUTIVE = _matched_in_place(rf"(?:\s+(?:các|\d+)\s+(?P<level>{_LEVEL_NOUN}))?\s*:[ \t]*(?=\p{{Lu}})")
# …whose named heads go on the next line ("Bộ trưởng các Bộ:⏎Xây dựng, Ngoại giao, …"): only after "các" and a head
# whose units are known names (a level's list, "UBND các xã:⏎…", is a heading over its block).
DISTRIBUTIVE_NEXT_LINE = _matched_in_place(r"(?P<level>(?!))?\s*:[ \t]*\n[ \t]*(?=\p{Lu})")
# A name that opens with its plural: "Các đảng ủy trực thuộc Tỉnh ủy", "các huyện ủy, thành ủy" (a level named by its kind).
PLURAL_OPENING = regex.compile(r"(?i:các)\s")
# A plural of units named by whom they belong to, before its owner: "Các đảng ủy trực thuộc ", "các phòng thuộc ".
PLURAL_OWNED_BY = regex.compile(r"(?<![\p{L}\p{M}])(?i:các)[ \t]+\p{Ll}[\p{Ll}\p{M} \t,-]{0,60}?[ \t](?:trực[ \t]+)?thuộc[ \t]+$")
# "các" before the head of such a list: "các Sở: Y tế, Tài chính".
PLURAL_BEFORE = regex.compile(r"(?i:các)\s+$")
# The committees of a people's council named as a group ("các Ban của HĐND tỉnh", "các Ban Hội đồng nhân dân Thành
# phố"; Luật Tổ chức chính quyền địa phương 2025: the council's committees, like "các Ủy ban của Quốc hội"): one body
# of the council's level, named "Ban của Hội đồng nhân dân" and its jurisdiction.
COUNCIL_COMMITTEES = regex.compile(r"[Bb]an(?:[ \t]+của)?[ \t]+(?:Hội[ \t]+đồng[ \t]+nhân[ \t]+dân|HĐND)(?![\p{L}\p{M}])")
COUNCIL_COMMITTEES_NAME = "Ban của Hội đồng nhân dân"
# The Party committees of a level named by their kinds (Điều lệ Đảng: the district-level committees are huyện ủy, quận
# ủy, thị ủy, thành ủy, and the committees directly under the province's, đảng ủy trực thuộc): "Các huyện ủy, thị ủy,
# thành ủy, đảng ủy trực thuộc Tỉnh ủy", "các Huyện ủy, Thành ủy" → one named body of kind dang, level huyen (as "UBND các
# huyện, thành phố" is one); the list holds a district's kind (huyện, quận, thị).
_PARTY_KIND = r"(?:[Hh]uyện|[Qq]uận|[Tt]hị|[Tt]hành|[Đđ]ảng)[ \t]+(?:ủy|uỷ)(?![\p{L}\p{M}])"
PARTY_COMMITTEES_BY_KIND = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])[Cc]ác[ \t]+{_PARTY_KIND}(?:[ \t]*,[ \t]*{_PARTY_KIND}|[ \t]+và[ \t]+{_PARTY_KIND})*"
    rf"(?:[ \t]+(?:trực[ \t]+)?thuộc[ \t]+(?:Tỉnh|Thành)[ \t]+(?:ủy|uỷ)(?![\p{{L}}\p{{M}}]))?")
DISTRICT_PARTY_KIND = regex.compile(r"(?i:huyện|quận|thị)[ \t]+(?:ủy|uỷ)(?![\p{L}\p{M}])")
# …and the Party committees of the commune level named by their kinds (Điều lệ Đảng; the two-level government of 1/7/2025
# left the đảng ủy xã, phường, đặc khu directly under the Tỉnh ủy): "các đảng ủy xã, phường, đặc khu", "Các Đảng ủy xã,
# phường" → one named body of kind dang, level xa (as "UBND các xã, phường" is one); "các đảng ủy" without a level, and
# "các đảng ủy trực thuộc Tỉnh ủy" (named by whom they answer to, not by a level: a plural, as tu_kinh_te_tu_nhan_nq68's
# gold reads it) stay plurals.
_COMMUNE_KIND = r"(?:xã|phường|thị[ \t]+trấn|đặc[ \t]+khu)(?![\p{L}\p{M}])"
COMMUNE_PARTY_COMMITTEES = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])[Cc]ác[ \t]+[Đđ]ảng[ \t]+(?:ủy|uỷ)[ \t]+(?:{_COMMUNE_KIND}(?:[ \t]*,[ \t]*{_COMMUNE_KIND}"
    rf"|[ \t]+và[ \t]+{_COMMUNE_KIND})*)")
# One unit's name in such a list: capitalised words ("Gò Công Đông") or a department's field ("Tài chính").
# (A department's field, "Giáo dục và Đào tạo", must be a known name: see extract._known_unit.)
UNIT_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}(?![\p{L}\p{M}])")
# …and stops before the people who answer for the next item ("các huyện: Hoa Lư, Yên Mô và Thủ trưởng các cơ quan …").
UNIT_SEPARATOR = regex.compile(rf"[ \t]*(?:,|và)[ \t]*(?=\p{{Lu}})(?!(?:{PEOPLE}|Chủ\s+tịch)(?![\p{{L}}\p{{M}}]))")
# A generic plural whose members are named after a colon or in parentheses: "các tổ chức chính trị - xã hội: Hội
# Nông dân tỉnh, …", "các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone …)".
MEMBERS_AFTER_COLON = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,6}[ \t]*[:(][ \t]*")  # "các doanh nghiệp viễn thông ("
# A generic plural whose members are named in parentheses: "các nhà mạng (", "các cơ sở đào tạo trên địa bàn (".
MEMBERS_OF = regex.compile(r"(?<![\p{L}\p{M}])(?i:các|những)\s+\p{Ll}[\p{Ll}\p{M}\s]{1,60}?\s*\(\s*$")
# A complete name that ends with its level ("Thuế tỉnh", "Công an tỉnh", names.tsv) takes the place written after it:
# "Thuế tỉnh Quảng Trị", "Công an tỉnh Khánh Hòa" (as "Ủy ban nhân dân tỉnh Khánh Hòa" does).
ENDS_WITH_LEVEL = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{JURISDICTION_WORD})$")
PLACE_ON_LINE = regex.compile(PLACE_NAME.replace(r"[^\S\t]+", r" +"))  # a name read on its line ("Thuế tỉnh⏎Gia Lai": the name only)
# Heads of branches named by their place with "tại" ("Phân hiệu Đại học Thái Nguyên tại Lào Cai").
BRANCH_HEADS = frozenset({"Phân hiệu", "Chi nhánh", "Văn phòng đại diện", "Trạm Y tế", "Đại diện Cảng vụ"})
PLACE_AFTER = regex.compile(PLACE_NAME)
# Closed heads whose local units are named by their place with no level word (heads.tsv: "Điện lực" with a capitalised
# name after it, as EVN's power companies name their district units, "Điện lực Hải Lăng"; the post's, "Bưu điện Cam Lộ";
# the youth union's provincial and city committees, "Tỉnh đoàn Đồng Nai", "Thành đoàn Hải Phòng", Điều lệ Đoàn TNCS Hồ Chí
# Minh: the committee of a province is the Tỉnh đoàn, named with its province).
PLACE_NAMED_HEADS = frozenset({"Điện lực", "Bưu điện", "Tỉnh đoàn", "Thành đoàn", "Viễn thông"})
# Heads that open a body only with a province's name after them: VNPT's provincial units ("Viễn thông Phú Thọ",
# heads.tsv), never the field inside a company's name ("Tập đoàn Bưu chính Viễn thông Việt Nam", "Tổng công ty Viễn thông
# MobiFone", "Tập đoàn Công nghiệp - Viễn thông Quân đội"): the country is no province (s26d).
PLACE_ONLY_HEADS = frozenset({"Viễn thông"})
COUNTRY_NAME = _matched_in_place(r"\s*Việt\s+Nam(?![\p{L}\p{M}])")
LIST_JOINT = regex.compile(r"\s*(?:,|;|và|cùng)\s*")
# A unit named with the body it belongs to after a comma or a dash, then its task: "Phòng Nghiệp vụ Y - Dược, Sở Y tế chủ
# trì …", "Phòng Cảnh sát kinh tế, Công an tỉnh …" (the parent is where the unit is, as "Công an tỉnh (Phòng PA03)" names
# the unit where the body is): the parent is no second body. UNIT_AND_PARENT: what lies between them; PARENT_ENDS_LIST:
# the list ends with the parent (its task follows, not another item).
UNIT_AND_PARENT = regex.compile(r"[ \t]*(?:,|[-–])[ \t]*")
PARENT_ENDS_LIST = regex.compile(r"[ \t]+(?!và(?![\p{L}\p{M}]))\p{Ll}")
# The levels of the offices of a people's committee in names.tsv (Nghị định 45/2025/NĐ-CP, 150/2025/NĐ-CP): such an
# office belongs to its district or commune, never to the department named after it.
PEOPLES_COMMITTEE_OFFICE_LEVELS = frozenset({"huyen", "xa"})
PARENT_OF_UNIT = regex.compile(r"(?:Sở|Công\s+an|Bộ(?!\s+(?:Chỉ\s+huy|Tư\s+lệnh)))(?![\p{L}\p{M}])")
# A ministry's or department's unit named with its parent after a comma: "Cục Hải quan, Bộ Tài chính", "Vụ Pháp chế, Bộ Tư
# pháp", "Chi cục Thủy lợi, Sở Nông nghiệp và Môi trường" (the units of a ministry, Nghị định 123/2016/NĐ-CP Điều 9 and the
# 2025 decrees on each ministry's organisation, 25/2025 … 42/2025/NĐ-CP; of a department, Nghị định 45/2025/NĐ-CP): the
# unit's head, then a capitalised field. Its parent (CENTRAL_PARENT) is a ministry, a general department, a department or
# a people's committee; the mention ends with the parent (CENTRAL_PARENT_ENDS: its task, the sentence's, line's or cell's
# end, or "và" and the next such unit).
# Who a task's subject is joined with in lower case after "và" or a comma, not a field of its name ("Trung tâm Y tế dự
# phòng và người dân", "…, doanh nghiệp"): people, households, communities, organisations and units named by their kind
# (the subjects of Luật Đất đai 2024 Điều 4: tổ chức, cá nhân, hộ gia đình, cộng đồng dân cư; the members of the Front,
# Luật Mặt trận Tổ quốc Việt Nam 2015 Điều 1: công đoàn, nông dân, cựu chiến binh, thanh niên, phụ nữ; the collectives).
# The spaces and tabs from a place on (its line's next word starts after them).
BLANKS = regex.compile(r"[ \t]*")
CO_ACTOR = regex.compile(r"(?:người|doanh\s+nghiệp|nhân\s+dân|cán\s+bộ|thanh\s+niên|phụ\s+nữ|nông\s+dân|cựu\s+chiến\s+binh|nhà|luật\s+gia"
                         r"|học\s+sinh|sinh\s+viên|cha\s+mẹ|hội|hộ|đoàn|hợp\s+tác\s+xã|công\s+dân|cộng\s+đồng|chính\s+quyền|lực\s+lượng"
                         r"|cơ\s+sở|tổ\s+chức|cá\s+nhân|đơn\s+vị|địa\s+phương|trường|bệnh\s+viện|trạm|chủ|thành\s+viên|đội|tổ|ban|sở"
                         r"|ngành|phòng|cấp|công\s+an|quân\s+đội|trẻ|con)(?![\p{L}\p{M}])")
CENTRAL_UNIT_HEAD = regex.compile(r"(?:Cục|Vụ|Viện|Văn\s+phòng|Thanh\s+tra|Trung\s+tâm|Chi\s+cục)\s+\p{Lu}")
CENTRAL_PARENT = regex.compile(r"(?:Sở|Công\s+an|Tổng\s+cục|Ủy\s+ban\s+nhân\s+dân|Bộ(?!\s+(?:Chỉ\s+huy|Tư\s+lệnh)))(?![\p{L}\p{M}])")
# A parent's head inside a unit's own name, after its head ("Văn phòng Sở Y tế", "Thanh tra Sở Xây dựng", "Văn phòng Bộ
# Tư pháp"): the unit names its parent, so a body after it is another one.
PARENT_IN_UNIT = regex.compile(r"(?<=\S\s+)(?:Sở|Bộ|Tổng\s+cục|Ủy\s+ban\s+nhân\s+dân|Công\s+an)(?![\p{L}\p{M}])")
# The units a province's department (or its people's committee) has, by the start of their names, and that owner: the
# Chi cục, Trung tâm and Văn phòng named in the ministries' circulars on the departments' functions under Nghị định
# 45/2025/NĐ-CP (Sở Nông nghiệp và Môi trường: thủy lợi, kiểm lâm, trồng trọt và bảo vệ thực vật, chăn nuôi và thú y,
# thủy sản, quản lý chất lượng nông lâm thủy sản, phát triển nông thôn, bảo vệ môi trường, quản lý đất đai, biển và hải
# đảo, khuyến nông, đăng ký đất đai, điều phối nông thôn mới, quan trắc; Sở Y tế: dân số, an toàn thực phẩm, kiểm soát
# bệnh tật, giám định y khoa, pháp y, kiểm nghiệm; Sở Tư pháp: trợ giúp pháp lý, dịch vụ đấu giá tài sản; Sở Nội vụ:
# dịch vụ việc làm, văn thư - lưu trữ; Sở Công Thương: khuyến công; Sở Khoa học và Công nghệ: tiêu chuẩn đo lường chất
# lượng) and the public administration centre of the province's committee (Nghị định 118/2025/NĐ-CP).
_DEPARTMENT_UNITS = {
    "Sở Nông nghiệp và Môi trường": (
        r"Chi\s+cục\s+(?:Thủy\s+lợi|Kiểm\s+lâm|Trồng\s+trọt|Bảo\s+vệ\s+thực\s+vật|Chăn\s+nuôi|Thú\s+y|Thủy\s+sản"
        r"|Quản\s+lý\s+chất\s+lượng|Phát\s+triển\s+nông\s+thôn|Bảo\s+vệ\s+môi\s+trường|Quản\s+lý\s+đất\s+đai|Biển)"
        r"|Trung\s+tâm\s+(?:Khuyến\s+nông|Quan\s+trắc)|Văn\s+phòng\s+(?:[Đđ]ăng\s+ký\s+đất\s+đai|[Đđ]iều\s+phối)"),
    "Sở Y tế": r"Chi\s+cục\s+(?:Dân\s+số|An\s+toàn\s+vệ\s+sinh\s+thực\s+phẩm)|Trung\s+tâm\s+(?:Kiểm\s+soát\s+bệnh\s+tật"
               r"|Giám\s+định\s+y\s+khoa|Pháp\s+y|Kiểm\s+nghiệm)",
    "Sở Tư pháp": r"Trung\s+tâm\s+(?:Trợ\s+giúp\s+pháp\s+lý|Dịch\s+vụ\s+đấu\s+giá)",
    "Sở Nội vụ": r"Trung\s+tâm\s+Dịch\s+vụ\s+việc\s+làm|Chi\s+cục\s+Văn\s+thư",
    "Sở Công Thương": r"Trung\s+tâm\s+Khuyến\s+công",
    "Sở Khoa học và Công nghệ": r"Chi\s+cục\s+Tiêu\s+chuẩn",
    "Ủy ban nhân dân": r"Trung\s+tâm\s+Phục\s+vụ\s+hành\s+chính\s+công",
}
DEPARTMENT_UNITS = tuple((rf"(?:{head})(?![\p{{L}}\p{{M}}])", owner) for owner, head in _DEPARTMENT_UNITS.items())
# Terms of education written in lower case inside a unit's name whose words are also task words: "giáo dục thường
# xuyên", one of the two forms of education (Luật Giáo dục 2019, Điều 6), "bồi dưỡng thường xuyên".
LOWER_FIELD_TERM = _matched_in_place(r"[ \t]+(?P<word>(?:giáo\s+dục|bồi\s+dưỡng)\s+thường\s+xuyên)(?![\p{L}\p{M}])")
# s30w: the lower-case rest of such a term after its first words, in a unit's name whatever their case: "Trung tâm Giáo dục nghề
# nghiệp - Giáo dục thường xuyên (huyện)", "Trung tâm Giáo dục thường xuyên tỉnh", "Trung tâm học tập cộng đồng (xã)": the three
# kinds of continuing-education establishments (Luật Giáo dục 2019, Điều 44: trung tâm giáo dục thường xuyên, trung tâm giáo dục
# nghề nghiệp - giáo dục thường xuyên, trung tâm học tập cộng đồng), whose words "thường xuyên", "tập" end a name elsewhere.
TERM_REST = _matched_in_place(r"(?i:(?<=(?<![\p{L}\p{M}])(?:giáo\s+dục|bồi\s+dưỡng)\s+)thường\s+xuyên"
                              r"|(?<=(?<![\p{L}\p{M}])học\s+)tập\s+cộng\s+đồng"
                              # w23d: "xã hội học tập", the learning society (Quyết định 1373/QĐ-TTg 2021, Đề án "Xây dựng xã hội
                              # học tập giai đoạn 2021 - 2030") a Hội Khuyến học names a board after: "Ban Tuyên truyền - Xã hội
                              # học tập" (not "Xã hội học", the science, ended by the task word "tập")
                              r"|(?<=(?<![\p{L}\p{M}])(?i:xã)\s+hội\s+học\s+)tập)(?![\p{L}\p{M}])")
# s32c: the level of education a Sở Giáo dục và Đào tạo's office is named after, in lower case right after "Phòng Giáo dục"
# ("Phòng Giáo dục phổ thông", "Phòng Giáo dục mầm non"; Luật Giáo dục 2019, Điều 6: giáo dục mầm non, giáo dục phổ thông,
# giáo dục nghề nghiệp, giáo dục đại học), whose words "phổ thông", "mầm non" end a name elsewhere.
# (s33d: also the second level of an office that joins two, "Phòng Giáo dục mầm non và Giáo dục thường xuyên", "Phòng Giáo dục
# trung học - Giáo dục thường xuyên")
OFFICE_LEVEL_REST = _matched_in_place(r"(?<=(?<![\p{L}\p{M}])(?:Phòng|(?i:và)|[-–])\s+Giáo\s+dục\s+)(?i:mầm\s+non|phổ\s+thông|tiểu\s+học"
                                      r"|trung\s+học(?:\s+(?:cơ\s+sở|phổ\s+thông))?|nghề\s+nghiệp|đại\s+học|thường\s+xuyên)(?![\p{L}\p{M}])")
CENTRAL_PARENT_ENDS = regex.compile(r"[ \t]+(?!và(?![\p{L}\p{M}]))\p{Ll}|[ \t]*(?:[;.\t\n)]|$)"
                                    r"|[ \t]+và[ \t]+(?:Cục|Vụ|Viện|Văn\s+phòng|Thanh\s+tra|Trung\s+tâm|Chi\s+cục|Phòng)\s+\p{Lu}")
# A distribution list: consecutive short dash lines, two of which say why ("(để b/c)", "(để ph/h)", "(để biết)").
DASH_LINE_RUN = regex.compile(r"(?:^[ \t]*[-+•][ \t]*[^\n]{1,120}(?:\n|$))(?:^[ \t]*[-+•][ \t]*[^\n]{1,120}(?:\n|$))+", regex.MULTILINE)
RECEIVES_FOR = regex.compile(r"\((?:để\s+)?(?:b/c|báo\s+cáo|biết|ph/h|phối\s+hợp|t/h|thực\s+hiện|chỉ\s+đạo|đăng\s+tải|theo\s+dõi|c/đ|tổng\s+hợp)\)", regex.IGNORECASE)
# A letter's addressees: "Kính gửi: Thuế tỉnh Quảng Trị.", "Kính gửi:⏎- Bộ Văn hóa, …,⏎- Báo Nhân dân.", "Đồng kính gửi:
# - Thủ tướng Chính phủ (để báo cáo)." (the letter's recipients, up to the first sentence of its body: see
# skipped.addressees).
# A telegram's addressees follow its sender in capitals and "điện:" ("THỦ TƯỚNG CHÍNH PHỦ điện:⏎- Chủ tịch UBND các tỉnh: …;⏎- Các Bộ: …").
ADDRESSEE_OPENING = regex.compile(r"^[ \t|*_]*(?:(?:Đồng[ \t]+kính|Kính)[ \t]+gửi(?:[ \t]*\[\d+\])?[ \t*_]*:?|[^\n:\p{Ll}]{3,80}?[ \t]+điện[ \t]*:[ \t*_]*$)", regex.MULTILINE)
# what an ADDRESSEE_OPENING holds ("gửi" or "điện"), and its one line: a text is scanned for one only on the lines
# with those words (`extractors.stretches`; about 2.5x faster than a scan of the whole text)
ADDRESSEE_WORD = regex.compile(r"gửi|điện")
ADDRESSEE_STOPS = stop_pattern(r"\n")
# The lines that go on with the addressees: a list item, an address in parentheses, a wrapped line in lower case.
ADDRESSEE_GOES_ON = regex.compile(r"[-+•]|\(|\p{Ll}|[.…]")
# The next item of a list after empty lines or table rules.
LIST_ITEM_AHEAD = regex.compile(r"(?:[ \t|]*\n)*[ \t]*[-+•]")
# A numbered heading after an empty "Kính gửi:" of a form opens the form's body, not an addressee.
NUMBERED_LINE = regex.compile(r"(?:\d+(?:\.\d+)*\.|[IVXL]+\.|[a-zđ]\))\s")
CAPITAL_LINE = regex.compile(r"^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*$", regex.MULTILINE)
# A line of a form to fill in (the model application, report or decision an annex gives: "Mẫu số 02"), whose names of
# bodies are the form's text, not the document's assignments: a blank standing as a word (a run of dots or ellipses
# as long as four dots or more, after a space, a bracket or the line start: "ông (bà) ………", "a) ....(2)....", not the
# "…, điện toán đám mây...." of a list that goes on), a placeholder to replace ("<Cơ quan, đơn vị>", "(Tên cơ quan,
# tổ chức)"), or the applicant speaking ("tôi/chúng tôi trân trọng đề nghị", "Kính đề nghị Sở Y tế cho phép tôi").
# Not a blank: the ellipsis that ends a list at a sentence's end (LIST_ELLIPSIS: after a word or a comma, no longer
# than an ellipsis and a full stop: "tuyên truyền, vận động ….", "giám sát, kiểm tra .... Công an tỉnh …"); a form's
# blank there is longer ("ông (bà) ………") or comes after a label's colon ("Địa chỉ liên hệ: ……….").
LIST_ELLIPSIS = r"(?<=[\p{L}\p{M},][ \t])(?:…\.{0,2}|\.{3,5})(?:[)”\"]+[.;,:!?]?|[;,:!?])?(?:[ \t]*$|[ \t]+\p{Lu})"
# Not a placeholder: a name's alias or other form (NAME_ALIAS: "(tên gọi tắt là Tổ công tác 06)", "(tên viết tắt:
# NDXP)", "(tên tiếng Anh: …)", a parenthesis with "là" or a colon): it states the name, it leaves nothing to fill in.
NAME_ALIAS = (r"(?:(?:gọi|viết\s+tắt|tiếng|giao\s+dịch|cũ|khác|đầy\s+đủ|quốc\s+tế|khoa\s+học|thường\s+gọi|thương\s+mại|"
              r"chính\s+thức|rút\s+gọn)(?![\p{L}\p{M}])|[^()\n]*(?::|(?<![\p{L}\p{M}])là(?![\p{L}\p{M}])))")
FORM_BLANK = rf"(?:(?<=^|[\s(|)])(?!{LIST_ELLIPSIS})(?=[.…]*…[.…]*…|[.…]*…[.…]*\.|\.{{4}})[.…]{{2,}})"
FORM_PLACEHOLDER = (rf"(?:<\p{{Lu}}[^<>\n]{{1,40}}>|\((?:tên|Tên)\s(?!{NAME_ALIAS})[^()\n]{{2,40}}\)"
                    r"|(?<![\p{L}])(?:chúng\s+)?tôi\s*/|/\s*(?:chúng\s+)?tôi(?![\p{L}])"
                    r"|(?<![\p{L}])(?:[Cc]húng\s+)?[Tt]ôi\s+(?:xin\s+|trân\s+trọng\s+|kính\s+)?đề\s+nghị|cho\s+phép\s+tôi(?![\p{L}]))")
FORM_MARK = regex.compile(rf"{FORM_BLANK}|{FORM_PLACEHOLDER}", regex.MULTILINE)
# What every FORM_MARK holds, as written (FORM_MARK reads case as written): a blank's "…" or "...." (FORM_BLANK's
# lookahead), a placeholder's "<" or "(tên"/"(Tên", the applicant's "tôi"/"Tôi". A text with none of them has no form
# line, found by a look-up of each (most texts: no scan of FORM_MARK, which is tried at every character).
FORM_MARK_NEEDS = ("…", "..", "<", "(tên", "(Tên", "tôi", "Tôi")
# Where a FORM_MARK opens, as written (`extractors.text_index.opened_by`: tried only there, several times as fast as a
# scan): a blank's first dots ("..", ".…", "…"), a placeholder's "<" or "(tên"/"(Tên", the applicant's "chúng tôi/",
# "/tôi", "Tôi đề nghị", "cho phép tôi".
FORM_MARK_OPENERS = ("..", ".…", "…", "<", "(tên", "(Tên", "chúng", "Chúng", "tôi", "Tôi", "/", "cho")
# A letterhead after an abbreviated head ("UBND TỈNH"), not an abbreviated place ("UBND TP", "UBND TX").
CAPITAL_WORD_AFTER = regex.compile(r"[ \t]+(?!(?:TP|TX|TT|TW|VN)(?![\p{L}]))\p{Lu}{2,}(?![\p{Ll}])")
# A qualifier between a list of bodies and its task: "theo chức năng, nhiệm vụ được giao", "trong phạm vi
# chức năng, nhiệm vụ, quyền hạn của mình", "theo lĩnh vực được phân công" (a board's members), "theo thẩm quyền".
QUALIFIER = regex.compile(r"^\s*,?\s*(?:(?:theo|trong\s+phạm\s+vi)\s+chức\s+năng,\s*nhiệm\s+vụ(?:,\s*quyền\s+hạn)?(?:\s+(?:được\s+giao|của\s+mình))?"
                       r"|theo\s+(?:lĩnh\s+vực|địa\s+bàn)(?:,\s*(?:lĩnh\s+vực|địa\s+bàn))?\s+được\s+phân\s+công(?:\s+phụ\s+trách)?|theo\s+thẩm\s+quyền)\s*,?")
# People named by the body they sit in: "đại biểu Quốc hội", "đại biểu Hội đồng nhân dân".
DEPUTY_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])đại\s+biểu\s+$")
PEOPLE_AT = regex.compile(rf"\s*{PEOPLE}(?![\p{{L}}\p{{M}}])")
# "Hội" opens an association's name only when a name of two syllables or more follows ("Hội Nông dân",
# "Hội Liên hiệp Phụ nữ", "Hội LHPN tỉnh"), not a place ("Hội An theo …", "Hội An,").
ASSOCIATION_TAIL = regex.compile(r"[ \t]+\p{Lu}[\p{L}\p{M}]*[ \t]+(?:\p{Lu}|(?P<word>\p{Ll}[\p{L}\p{M}]*))")
# What follows "Đề nghị X" in an award's procedure: a proposal to give an award, not a task.
AWARD_AFTER = regex.compile(r"^[\s,]*(?:xem\s+xét\s+)?(?:tặng|truy\s+tặng|xét\s+tặng|khen\s+thưởng|công\s+nhận)(?![\p{L}\p{M}])")
# An award quota after a body's colon: "- Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;".
# (also after the verb of the award: "3. Ủy ban nhân dân xã, phường:⏎Xét tối đa 15 tập thể và 30 cá nhân.")
QUOTA = regex.compile(r"^\s*(?:(?:[Xx]ét|[Đđ]ề\s+nghị)(?:\s+khen\s+thưởng)?\s+)?(?:[Kk]hông\s+quá|[Tt]ối\s+đa|\d+\s+(?:cá\s+nhân|tập\s+thể))")
# A board named as a line of a spending norm, not given a task: its block sets rates per person ("1. Ban Tổ chức (không
# quá 06 người)⏎a) Mức 400.000 đồng/người/buổi …", "1. Ban Chỉ đạo thi | - Trưởng ban | 692 | người/ngày"; the norms
# of HĐND resolutions on spending levels).
COST_RATE = regex.compile(r"(?<![\p{L}\p{M}])(?:đồng|người)[ \t]*/[ \t]*(?:người|ngày|buổi|tháng|lượt|cuộc)(?![\p{L}\p{M}])")
COST_NORM_CHARS = 160  # the block's opening where its rates stand
# …whose first item is a rate or a seat of the board, not a task ("a) Mức 400.000 đồng …", "- Trưởng ban | 692").
COST_NORM_OPENING = regex.compile(r"^[|\s]*(?:[a-zđ]\)|[-–+])?[ \t]*(?:Mức(?:[ \t]+chi)?[ \t]+[\d.]|(?:Phó[ \t]+)?Trưởng[ \t]+ban|Chủ[ \t]+tịch|Thành[ \t]+viên|Ủy[ \t]+viên)")
# Heads that take only a level or a region after them, never a capitalised word ("Thuế NK" is a tax).
LEVEL_ONLY = frozenset({"Thuế", "Thống kê"})
OPEN_PARENTHESIS = _matched_in_place(r"[ \t]*\([ \t]*")
CLOSE_PARENTHESIS = _matched_in_place(r"[ \t]*\)")
# …or the body's standing role for a board, named in parentheses after it: "Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo
# tỉnh)", "Sở Xây dựng (cơ quan thường trực Ban An toàn giao thông tỉnh)": the board is named, not given anything.
ROLE_PARENTHESIS = _matched_in_place(r"[ \t]*\([ \t]*(?i:(?:là[ \t]+)?(?:cơ[ \t]+quan|đơn[ \t]+vị)[ \t]+(?:thường[ \t]+trực|chủ[ \t]+trì|đầu[ \t]+mối)"
                                 r"(?:[ \t]+(?:của|giúp[ \t]+việc(?:[ \t]+cho)?))?)[ \t]+")
# Heads of businesses, schools and institutes, whose names take any words ("Công ty TNHH MTV Xổ số kiến thiết",
# "Viện Lúa đồng bằng sông Cửu Long"): the name ends at a task verb, a preposition, a level or punctuation.
FREE_NAMED = frozenset({"Công ty", "Tổng công ty", "Tập đoàn", "Viện", "Học viện", "Đại học", "Bệnh viện", "Trường Đại học",
                        "Trường Cao đẳng", "Trường Trung cấp", "Trường Trung học phổ thông", "Trường Trung học cơ sở",
                        "Trường Tiểu học", "Trường Mầm non", "Trường Phổ thông", "Trường THPT", "Trường THCS", "Trường Chính trị", "Trường Cán bộ",
                        "Hợp tác xã", "Liên hiệp hợp tác xã"})
# w20d: boards named after the site they manage close their name on the site's proper name, as a business does on its own
# name (_after_proper_name): "Ban Quản lý Quần thể danh thắng Tràng An đầu tư hạ tầng …", "Ban Quản lý Vịnh Hạ Long tổ
# chức …", "Ban quản lý chợ Hàm Rồng thu …" (Nghị định 35/2022/NĐ-CP: the board of an economic zone named after the zone;
# Luật Di sản văn hóa 2024: the board of a relic or scenic site; Nghị định 60/2024/NĐ-CP: the board of a market), so the
# lower-case word after it is the task's verb. A zone's board naming the province's industrial zones too ("… Dung Quất và
# các khu công nghiệp Quảng Ngãi") runs on at "và", read before this.
# (value: the capitalised syllables a proper name needs right after the head, where no lower-case word of the tail comes
# before it; "Ban Quản lý Khu Nông nghiệp …" opens with capitalised common words, "Ban quản lý chợ Hàm Rồng" with the name)
# (w23a: an airport too, named by its place: "Cảng hàng không Thọ Xuân tổ chức …", "Cảng hàng không quốc tế Nội Bài …"; and a
# maritime port authority by its province or port, "Cảng vụ Hàng hải Quảng Ngãi kiểm soát tàu thuyền …")
# A phase in brackets after a site's name ("Cảng hàng không quốc tế Long Thành (giai đoạn 2)" in a list of projects): the work
# is built in phases (Luật Đầu tư công 2024: dự án phân kỳ đầu tư), a project and not the body that runs the site.
BUILT_SITES = frozenset({"Cảng hàng không"})  # heads that name a site built as a work as well as its operator
# (named by the country, "Cảng Hàng không Việt Nam (ACV)", the head is the national corporation's name, Tổng công ty Cảng hàng
# không Việt Nam - CTCP, read as a business after its plural: no airport)
COUNTRY_NAMED = regex.compile(r"[ \t]+Việt[ \t]+Nam$")
WORK_PHASE_AFTER = _matched_in_place(r"[ \t]*\([ \t]*(?i:giai[ \t]+đoạn)[ \t]+(?:\d|[IVX]+\b)")
SITE_NAMED = {"Ban Quản lý": 3, "Ban Quản lý chợ": 2, "Cảng hàng không": 2, "Cảng vụ Hàng hải": 2}
# Heads of cooperatives: a common noun too ("thành lập mới 02 hợp tác xã", "Hợp tác xã phải công khai …"), they open a
# body only written with a capital and followed by a proper name in their tail ("Hợp tác xã nông nghiệp Phong Hòa",
# "HTX Dịch vụ nông nghiệp Tân Lập"; Luật Hợp tác xã 2023: a cooperative's name is its type and its own name); so are
# slaughterhouses ("Cơ sở giết mổ Tân Phát", but "cơ sở giết mổ tập trung", "Cơ sở giết mổ phải …": Luật Thú y 2015).
PROPER_NAMED = frozenset({"Hợp tác xã", "Liên hiệp hợp tác xã", "Cơ sở giết mổ"})
PROPER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}")
# The next word of a cooperative's name, over a hard wrap only before a capitalised word ("Hợp tác xã Dịch vụ nông
# nghiệp⏎Thượng Lập"), or inside a word of the name, between its capitalised first syllable and the next, the name going on
# in capitals after it (a proper name capitalises only a word's first syllable: "… Liên hiệp Hợp tác xã Thương⏎mại Thành
# phố Hồ Chí Minh (…)").
PROPER_NAME_WORD = regex.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*(?=\p{Lu})|(?<=(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*)[ \t]*\n[ \t]*"
                                 r"(?=\p{Ll}[\p{L}\p{M}]*[ \t]+\p{Lu}))(?P<word>[\p{L}\p{M}]+|\d+)(?![\p{L}\p{M}\d])")
# A ministry's unit named after its chief's title in a closing list ("Cục trưởng Cục Quản lý, giám sát kế toán, kiểm
# toán, Cục trưởng …", "Cục trưởng Cục Quản lý Y, Dược cổ truyền; Giám đốc …"): its name, which may hold commas and
# lower-case words, runs to the next item's title, the next generic plural, a semicolon or the closing verb.
TITLED_UNIT_HEADS = frozenset({"Cục", "Vụ", "Tổng cục"})
# A ministry's unit named for two fields joined by a comma ("Vụ Kế hoạch, Tài chính", "Vụ Khoa học, Công nghệ", "Cục
# Quản lý Y, Dược cổ truyền", "Cục Quản lý khám, chữa bệnh"; the units of the ministries' organisation decrees, Nghị định 01/2023/NĐ-CP Bộ Văn hóa, Thể
# thao và Du lịch, Nghị định 42/2025/NĐ-CP Bộ Y tế, written "Vụ Kế hoạch - Tài chính" by others): the second field, one
# capitalised word and up to two lower-case ones, no head of its own, closes the name before punctuation, a cell's end
# or a verb (a list of units repeats its head: "Vụ Kế hoạch, Vụ Pháp chế"; a department's "Sở Tài chính, Nội vụ" is
# not read so).
SECOND_FIELD = regex.compile(r",[ \t]*(?P<field>\p{Lu}\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}])")
# s31c: a unit named for three or more fields in a comma series, none joined by "và", before its level ("Trung tâm Kiểm nghiệm
# Thuốc, Mỹ phẩm, Thực phẩm tỉnh", the Sở Y tế's drug-testing centre, a State testing body of Luật Dược 2016; "Trung tâm Văn hóa, Thông tin,
# Thể thao xã"): each field one capitalised word and up to two lower-case ones; a field that opens a body's name or names
# people lists another item (checked where used); a department's "Sở Tài chính, Nội vụ, Xây dựng" is not read so.
_SERIES_FIELD = r",[ \t]*(\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,2})"
FIELD_SERIES = regex.compile(_SERIES_FIELD + r"(?:[ \t]*" + _SERIES_FIELD + r")+(?=[ \t]+" + JURISDICTION_WORD + r"(?![\p{L}\p{M}]))")
SERIES_NOT_NAMED = frozenset({"Sở", "Bộ"})
LOWER_SECOND_FIELD = regex.compile(r",[ \t]*(?P<field>\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*)?)(?![\p{L}\p{M}])")
LOWER_WORD_AFTER = regex.compile(r"[ \t]+(?P<word>\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{M}])")
NAME_CLOSES = regex.compile(r"[ \t]*(?:[,;.:()|\n]|$)")
CENTRAL_TITLE_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}]){CENTRAL_PEOPLE}\s+$")
TITLED_NAME_RUN = regex.compile(
    rf"[^\n();:.]{{0,80}}?(?=\s*[,;]\s*(?:{PEOPLE}|Chủ\s+tịch|[Cc]ác\s)|\s+và\s+(?:{PEOPLE}|[Cc]ác\s)|\s*;|\s+(?:chịu|có)\s+trách\s+nhiệm)")
TASK_IN_RUN = regex.compile(r"(?<![\p{L}\p{M}])(?:chủ\s+trì|phối\s+hợp|chỉ\s+đạo|hướng\s+dẫn|tổ\s+chức|thực\s+hiện|triển\s+khai|kiểm\s+tra|ban\s+hành|báo\s+cáo|trách\s+nhiệm|rà\s+soát|theo\s+dõi)(?![\p{L}\p{M}])")
# The rest of a decision's closing sentence after a body at its start: the other items of the list (their people, a
# generic plural, "thuộc Bộ …"), then the closing verb ("… chịu trách nhiệm thi hành Quyết định này").
CLOSING_LIST_AFTER = regex.compile(r"^[^.\n]{0,400}?(?:chịu|có)\s+trách\s+nhiệm\s+thi\s+hành")
# Heads written bare in a list that ends with a body of a place ("Thường trực HĐND, UBND xã"): they share its level.
SHARES_LEVEL = frozenset({"Ủy ban nhân dân", "Hội đồng nhân dân", "Thường trực Hội đồng nhân dân", "Chủ tịch Ủy ban nhân dân",
                          "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc Việt Nam",
                          "Mặt trận Tổ quốc"})
SHARES_LEVEL_KINDS = frozenset({"ubnd", "hdnd", "mttq"})
# (with the place's name after the level: "Hội đồng nhân dân, Ủy ban nhân dân tỉnh Gia Lai" → "… tỉnh Gia Lai")
LEVEL_AT_END = regex.compile(rf"\s(?P<level>(?:các\s+)?{JURISDICTION_WORD}(?:\s*,\s*{JURISDICTION_WORD})*(?:[^\S\t\n]+\p{{Lu}}[\p{{L}}\p{{M}}]*){{0,3}})$")
# Bodies known by a number: steering committees named after the decision that set them up ("Ban Chỉ đạo 389 quốc gia",
# "Ban Chỉ đạo 35 tỉnh", Quyết định 389/QĐ-TTg 2014, Quyết định 35-QĐ/TW) and the armed forces' numbered units
# (Luật Quốc phòng 2018: quân khu, quân đoàn; Luật Cảnh sát biển Việt Nam 2018: vùng cảnh sát biển).
NUMBERED_HEADS = frozenset({"Ban Chỉ đạo", "Cảnh sát biển Vùng"})  # (w23a: "Cảnh sát biển Vùng 1")
# … and the inspectorates' operational divisions numbered by field (a provincial inspectorate's "Phòng Nghiệp vụ 1", "Phòng
# Nghiệp vụ 2": Luật Thanh tra 2022 Điều 28 and the Thanh tra Chính phủ's guidance on its organisation); s36b: the emergency
# centres named by the emergency number they answer ("Trung tâm Cấp cứu 115 tỉnh", "Trạm Cấp cứu 115": 115 the number of the
# medical emergency service, Thông tư 22/2014/TT-BTTTT, Quy hoạch kho số viễn thông, số dịch vụ khẩn cấp 113, 114, 115).
NUMBERED_UNIT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:Quân\s+khu|Quân\s+đoàn|Binh\s+đoàn|Sư\s+đoàn|Lữ\s+đoàn|Hải\s+đoàn|Vùng(?:\s+Cảnh\s+sát\s+biển|\s+Hải\s+quân)?"
                                     r"|Phòng\s+Nghiệp\s+vụ|(?:Trung\s+tâm|Trạm)\s+Cấp\s+cứu)\s+$")
# Concepts named after a body: "Chính phủ số", "Chính phủ điện tử", "Chính quyền số".
CONCEPT = regex.compile(r"Chính\s+phủ\s+(?:số|điện\s+tử)(?![\p{L}\p{M}])")
# A line that a hard wrap broke off: the one before it is long prose ending in a lower-case word.
WRAPPED_LINE_BEFORE = regex.compile(r"(?<=^|\n)[^\n\t|]{60,}[\p{Ll},][ \t]*\n$")
# … unless the line opens an item of its own: a bullet or an item's number ("- Sở Khoa học …" under a heading "4. Thúc đẩy
# đổi mới sáng tạo, chuyển đổi số trong doanh nghiệp" that ends in a small letter).
ITEM_OPENING = regex.compile(r"[ \t]*(?:[-–+•*][ \t]|(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][ \t])")
# Companies listed after their plural heads and a colon: "các Tập đoàn: Điện lực Việt Nam, Dầu khí Việt Nam", "các Tập
# đoàn, Tổng công ty: Điện lực Việt Nam (EVN), Cảng Hàng không Việt Nam (ACV)" (Luật Doanh nghiệp 2020: a company's name
# is its type and its own name): each item is the head and its own name; with two heads, an item takes the one whose
# name with it is known, else none (which of them it is is not written).
COMPANY_HEADS = frozenset({"Tập đoàn", "Tổng công ty", "Công ty"})
COMPANY_PLURAL_TAIL = _matched_in_place(
    r"(?P<more>(?:[ \t]*,[ \t]*(?:Tập[ \t]+đoàn|Tổng[ \t]+công[ \t]+ty|TCT|Công[ \t]+ty)(?![\p{L}\p{M}]))*)[ \t]*:[ \t]*(?=\p{Lu})")
# a word of a company's own name, after a space or a dash ("Công nghiệp - Năng lượng Quốc gia Việt Nam", "Công nghiệp-Năng
# lượng …")
COMPANY_ITEM_WORD = regex.compile(r"(?:[ \t]*[-–][ \t]*|[ \t]+)?(?P<word>[\p{L}\p{M}]+|\d+)(?![\p{L}\p{M}\d])")
COMPANY_ITEM_WORDS = 10
# …and after a comma, over a wrap before its dash ("…, Công nghiệp⏎- Viễn thông Quân đội"): inside a list of names a line
# that opens with a dash goes on with the item (the first item's name is not read so: a dash line may open the next item).
COMPANY_ITEM_WORD_WRAPPED = _matched_in_place(r"[ \t]*\n[ \t]*[-–][ \t]*(?P<word>\p{Lu}[\p{L}\p{M}]*)(?![\p{L}\p{M}\d])")
CUT_AT_DASH_LINE = _matched_in_place(r"[ \t]*\n[ \t]*[-–]")
SHORT_NAME_AFTER = _matched_in_place(r"[ \t]*\([ \t]*[\p{Lu}\d&-]{2,12}[ \t]*\)")
SHORT_NAME_INSIDE = regex.compile(r"[\p{Lu}\d&-]{2,12}")
COMPANY_SEPARATOR = regex.compile(r"[ \t]*(?:,|và)[ \t]*(?=\p{Lu})")
# Heads that are also the trade a company is named for ("Tổng công ty Điện lực miền Bắc", "Tổng công ty Bưu điện Việt
# Nam"): in such a list they open the next item, not another body.
TRADE_HEADS = frozenset({"Điện lực", "Bưu điện", "Cảng hàng không", "Cảng Hàng không"})  # (w23a: "Tổng công ty Cảng hàng không Việt Nam")
# A heading's body marked in parentheses as the one in charge: "1. Sở Tài chính (cơ quan chủ trì)".
TRAILING_PARENTHESIS = _matched_in_place(r"\s*\([^()\n]{1,80}\)\s*[:.]?\s*")
LEAD_MARK = _matched_in_place(r"\s*\(\s*(?i:là\s+)?(?i:cơ\s+quan|đơn\s+vị)?\s*(?i:chủ\s+trì|thường\s+trực|đầu\s+mối)")
# A heading's block whose first item is to coordinate ("a) Phối hợp với Sở Giáo dục và Đào tạo …").
FIRST_ITEM_COORDINATES = _matched_in_place(r"\s*(?:[-+•*▪●◦]\s*|[a-zđ]\)\s*|\(?\d{1,2}\)\s*|\([a-zđ]\)\s*|\d+(?:\.\d+)+\.?\s*)?(?:Tham\s+gia\s+)?[Pp]hối\s+hợp")
# A line wrapped inside a table cell of lines between rule lines ("|⏎… Tập đoàn Điện lực⏎Việt Nam (EVN) chỉ đạo⏎|"): the
# cell's lines before the wrap, back to its opening rule line, and after it, to its closing one (no empty line between).
CELL_BEFORE_WRAP = regex.compile(r"(?:^|\n)[ \t]*\|[ \t|]*\n(?:[ \t]*[^\s|][^\n|]*\n){0,5}[ \t]*[^\s|][^\n|]*\Z")
CELL_AFTER_WRAP = regex.compile(r"\n(?:[ \t]*[^\s|][^\n|]*\n){1,5}[ \t]*\|[ \t|]*(?:\n|\Z)")
CELL_CHARS = 400
# A head that needs a capitalised name after it (NEEDS_CAPITAL_TAIL), written with a capital, at the end of a line of a task
# table's cell, the name on the next line: "Vụ Công chức - Viên chức; Vụ⏎Kế hoạch - Tài chính" (the crawl breaks a cell's
# text anywhere; a head is never a cell line's last word). The line break only (s34d).
BARE_HEAD_WRAP = regex.compile(
    r"(?<=(?<![\p{L}\p{M}])(?:" + "|".join(sorted((regex.escape(w) for w, h in HEAD_FORMS.items()
                                                    if h in NEEDS_CAPITAL_TAIL and w[:1].isupper()), key=len, reverse=True))
    + r"))[ \t]*\n(?=[ \t]*\p{Lu})")
# …when the wrapped line goes on with a proper name, capitalised words up to punctuation or the line's end ("Việt Nam
# (EVN)", "Miền Trung"), not with a line of its own ("Thời gian thực hiện: …").
WRAPPED_PROPER_NAME = regex.compile(r"\n[ \t]*\p{Lu}[\p{L}\p{M}]*(?:[ \t]+(?:[-–][ \t]+)?\p{Lu}[\p{L}\p{M}]*){0,3}(?=[ \t]*(?:[\n,;()]|$))")
# …or a line of prose wrapped at a fixed width: the line holding the name is long (60+ characters, no cell rule or tab)
# and ends with no punctuation, and the next line goes on with at most four capitalised words and then the sentence in
# lower case ("… đề nghị Tập đoàn Điện lực⏎Việt Nam chỉ đạo …", "… giao Tổng công ty Đường sắt⏎Việt Nam chủ trì …"); the
# capitalised words may be joined by a dash, the fields of a unit ("… phối hợp với Phòng Nghiệp vụ⏎Y - Dược biên soạn …").
PROSE_LINE_BEFORE = regex.compile(r"(?:^|\n)[^\n\t|]{60,}[\p{L}\p{M}][ \t]*\Z")
WRAPPED_PROSE_NAME = regex.compile(r"\n[ \t]*\p{Lu}[\p{L}\p{M}]*(?:[ \t]+(?:[-–][ \t]+)?\p{Lu}[\p{L}\p{M}]*){0,3}[ \t]+\p{Ll}")
# A table cell of a crawled table (lines between "|" rule lines) that holds one name: the lower-case words left after the
# name up to the cell's end are the rest of the name ("|⏎Cục Bản quyền tác giả⏎|", "|⏎Vụ Chính quyền địa phương⏎|"),
# never a task (at most four words; no task verb, preposition or level among them: STOP, JURISDICTION_WORD).
CELL_OPENS = regex.compile(r"(?:^|\n)[ \t]*\|[ \t]*\n[ \t]*\Z")
CELL_REST = _matched_in_place(r"[ \t]+(?P<rest>\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3})[ \t]*\n[ \t]*\|")
# A member school named with the regional or national university it belongs to after a dash ("Trường Đại học Kinh tế và
# Quản trị kinh doanh - Đại học Thái Nguyên", "Trường Đại học Nông Lâm - Đại học Huế", "Trường Đại học Khoa học Tự nhiên -
# Đại học Quốc gia Hà Nội"; Luật Giáo dục đại học 2012, sửa đổi 2018, Điều 7: đại học and its trường đại học thành viên):
# one body, the school, its name the whole; so is a university's centre (the "trung tâm giáo dục quốc phòng và an ninh" of
# Luật Giáo dục quốc phòng và an ninh 2013, which teach the students of a university: "Trung tâm Giáo dục quốc phòng và an
# ninh - Đại học Đà Nẵng"; s29b).
MEMBER_SCHOOL_HEADS = frozenset({"Trường Đại học", "Trường Cao đẳng", "Viện", "Trung tâm"})
PARENT_UNIVERSITY = _matched_in_place(r"[ \t]+[-–][ \t]+Đại[ \t]+học(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){1,6}")
# Heads that are a kind of body, not a name: alone ("Trung tâm có trách nhiệm …") they refer back to one named before.
GENERIC_HEADS = frozenset({"Trung tâm", "Văn phòng", "Chi cục", "Ban", "Phòng", "Sở", "Cục", "Vụ", "Viện", "Hội",
                           "Hội đồng", "Công ty", "Tập đoàn", "Tổng công ty", "Ngân hàng", "Bệnh viện", "Học viện", "Đại học",
                           "Phân hiệu", "Chi nhánh", "Văn phòng đại diện", "Hiệp hội", "Tổng cục", "Báo", "Tạp chí", "Bộ", "Đảng ủy",
                           "Cảng hàng không", "Đại diện Cảng vụ"}) | FREE_NAMED  # (w23a: "Cảng hàng không hiện khai thác …")
# Steering committees and councils named by a list of topics, "… , … và …", up to their level or punctuation
# ("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh", Nghị quyết 57-NQ/TW).
TOPIC_HEADS = frozenset({"Ban Chỉ đạo", "Hội đồng"})
# Boards named after the work they steer or manage, which often opens with a verb, up to their level ("Ban Chỉ đạo xây
# dựng nông thôn mới huyện", "Ban Quản lý xây dựng nông thôn mới xã", "Ban Chỉ đạo phòng, chống dịch bệnh tỉnh",
# "Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh"; Quyết định 34/2007/QĐ-TTg on inter-sector steering
# boards): the name runs to the level word when that closes it before the board's own task or punctuation; not to a
# plural of places ("Ban Chỉ đạo phát triển du lịch các tỉnh, thành phố": the boards of many).
# The standing office of a board or council, named with the board's whole name ("Văn phòng Thường trực Ban Chỉ đạo 389
# quốc gia", "Cơ quan thường trực Hội đồng …"; Quyết định 389/QĐ-TTg 2014): the board's name is the rest of its name.
STANDING_OF = _matched_in_place(r"[ \t]+[Tt]hường[ \t]+trực[ \t]+")
STANDING_OFFICE_HEADS = frozenset({"Văn phòng", "Cơ quan"})
BOARD_KINDS = frozenset({"ban", "hoi_dong"})
# (also the command boards of Luật Phòng, chống thiên tai 2013 Điều 43 and Luật Phòng thủ dân sự 2023: "Ban Chỉ huy phòng,
# chống thiên tai và tìm kiếm cứu nạn tỉnh", "Ban Chỉ huy phòng thủ dân sự xã"; s21b: the board's own task may open with
# the verbs a board is given, "Ban Chỉ đạo phòng, chống tội phạm tỉnh chỉ đạo …", BOARD_TASK_VERB)
# (and councils named by their work: "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh", Quyết định 148/QĐ-TTg 2023 Điều 7;
# "Hội đồng thẩm định bảng giá đất tỉnh", Luật Đất đai 2024 Điều 161)
# s24a: and a council named by its work in lower case before its level, as the laws that set it up write it ("Hội đồng
# nghĩa vụ quân sự xã", Luật Nghĩa vụ quân sự 2015 Điều 36-38; "Hội đồng giáo dục quốc phòng và an ninh tỉnh", Luật Giáo
# dục quốc phòng và an ninh 2013 Điều 38).
# rev9: and an association named by its trade in lower case before its level ("Hiệp hội doanh nghiệp tỉnh", "Hiệp hội du lịch
# tỉnh"; Nghị định 126/2024/NĐ-CP on associations: a hội, hiệp hội is named by its field and the area it works in).
WORK_NAMED_HEADS = frozenset({"Ban Chỉ đạo", "Ban Quản lý", "Ban Vận động", "Tổ công tác", "Ban Chỉ huy", "Hội đồng", "Hiệp hội"})
# s31c: the Front's working committee of a residential area is named after its areas, one or a plural of them ("Ban công tác
# Mặt trận ở khu dân cư", "Ban công tác Mặt trận các tổ dân phố", "… các thôn, xóm", "… thôn Đông Hạ"; Luật Mặt trận Tổ quốc
# Việt Nam 2015: thôn, tổ dân phố are the residential areas of a commune or ward).
RESIDENTIAL_NAMED_HEADS = frozenset({"Ban công tác Mặt trận"})
_RESIDENTIAL_AREA = r"(?:khu[^\S\n]+dân[^\S\n]+cư|tổ[^\S\n]+dân[^\S\n]+phố|khu[^\S\n]+phố|thôn|xóm|ấp|bản|buôn|làng|khối|tổ)(?![\p{L}\p{M}])"
RESIDENTIAL_AREAS = regex.compile(r"[^\S\n]+(?:ở[^\S\n]+)?(?:các[^\S\n]+)?" + _RESIDENTIAL_AREA
                                  + r"(?:[^\S\n]*,[^\S\n]*" + _RESIDENTIAL_AREA + r")*"
                                  + r"(?:[^\S\n]+\p{Lu}[\p{L}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}]*){0,2}|[^\S\n]+\d+)?")
# (a work with "của" before its level is a sentence: "Hội đồng xét duyệt hồ sơ của xã"; a level alone is no work: "Hội đồng
# cấp tỉnh, bộ, ngành … do Chủ tịch … thành lập", a rule on councils)
OF_IN_WORK = regex.compile(r"(?<![\p{L}\p{M}])của(?![\p{L}\p{M}])")
# …of which a steering or command board is always named by its work or level: alone ("Thành viên Ban Chỉ đạo", "Ban Chỉ
# đạo có trách nhiệm …") it refers back to the board named before, as a generic head does (not "Ban Quản lý", which an
# economic zone's or a project's board is called on its own).
STEERING_HEADS = frozenset({"Ban Chỉ đạo", "Ban Chỉ huy"})
# (done by the board itself: "Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã tự kiểm tra …", the self-inspection Nghị định
# 20/2014/NĐ-CP Điều 22 asks of a commune before it is recognised)
BOARD_TASK_VERB = r"(?:tự\s+)?(?:chỉ\s+đạo|hướng\s+dẫn|tổ\s+chức|kiểm\s+tra|đôn\s+đốc|triển\s+khai|thực\s+hiện|ban\s+hành|tổng\s+hợp|báo\s+cáo|tiếp\s+nhận|phân\s+bổ)(?![\p{L}\p{M}])"
# …but a board's verb after the work's first word is the board's own task, not its name ("Ban Chỉ đạo xây dựng nông thôn
# mới chỉ đạo UBND xã kiểm tra": the name ends before "chỉ đạo").
# s22fd: a steering head refers back only when it is truly alone: before punctuation, a line end, a copula or duty ("có
# trách nhiệm", "là"), a connective, or its own task verb ("Ban Chỉ đạo theo dõi …"), not before the work of a board the
# reader could not finish: a "/" list of levels ("BCĐ giảm nghèo xã / phường"), a document it carries out ("Ban Chỉ đạo
# thực hiện Đề án 06 xã").
_DOCUMENT_WORKED = r"[^\S\n]+(?:Đề\s+án|Chương\s+trình|Kế\s+hoạch|Nghị\s+quyết|Chỉ\s+thị|Dự\s+án|Cuộc\s+vận\s+động|Phong\s+trào|Nghị\s+định|Quyết\s+định)(?![\p{L}\p{M}])"
BARE_BOARD_AFTER = regex.compile(
    r"[^\S\n]*(?:[.,;:)\]|\n]|$)|[^\S\n]+(?:"
    r"có|chịu|là|phải|cần|được|sẽ|và|với|cùng|để|trong|theo|về|chủ\s+trì|phối\s+hợp|giúp|tham\s+mưu|phân\s+công|giao|"
    r"chủ\s+động|khẩn\s+trương|tiếp\s+tục|thường\s+xuyên|"
    rf"{BOARD_TASK_VERB}(?!{_DOCUMENT_WORKED}))(?![\p{{L}}\p{{M}}])")
BOARD_TASK_IN_WORK = regex.compile(rf"^[^\S\n]+\S+[^\S\n].*?(?<![\p{{L}}\p{{M}}]){BOARD_TASK_VERB}")
# (a level alone is no work: "Hội đồng cấp tỉnh" is any province's council)
LEVEL_ONLY_WORK = regex.compile(rf"[^\S\n]+(?:cấp[^\S\n]+)?(?:{JURISDICTION_WORD})")
# (a campaign's name in quotes counts as one word of the work: Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh, Ban Chỉ
# đạo Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tỉnh: boards named for a movement, Quyết định 34/2007/QĐ-TTg)
_QUOTED_NAME = r'(?:"[^"\n]{1,80}"|“[^”\n]{1,80}”)'
WORK_TO_LEVEL = regex.compile(
    rf"[^\S\n]+(?:(?:\p{{L}}[\p{{L}}\p{{M}}]*|{_QUOTED_NAME}),?[^\S\n]+){{1,9}}?(?<!(?i:các|những|mọi)[^\S\n]+)(?:{JURISDICTION_WORD})"
    rf"(?=[^\S\n]*(?:[,;.:(\n]|$|(?:{ASSIGNMENT_WORD.pattern})|là\s+cơ\s+quan|theo\s+dõi|tham\s+mưu|{BOARD_TASK_VERB}))")
# A board's long official name, 10 to 24 words to its level, read only before a parenthesis (an alias "(sau đây gọi là
# …)", its standing office "(qua Phòng Tham mưu …)"), its own act, or a comma that goes on with the next body of a list
# (a capitalised name, "các …") or a role, and only when no word that opens another phrase (a preposition, a plural or
# distributive, a copula) is in it: "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo
# vệ an ninh Tổ quốc tỉnh (sau đây gọi là Ban Chỉ đạo tỉnh) …" (the steering board of crime prevention every province
# has, named by Quyết định 34/2007/QĐ-TTg's rule of inter-sector boards). s21fb: a comma before lower-case words ends a
# clause of the board's task, never its name ("Ban Chỉ đạo phân công thành viên phụ trách, giám sát … thôn, tổ dân phố,
# xã, kịp thời xử lý": the board and its task).
_NOT_IN_LONG_WORK = (r"(?:cho|của|với|để|tại|trên|đến|từ|theo|các|những|mọi|từng|mỗi|sau|khi|nếu|là|được|thì|mà|trong|về|ở"
                     r"|vào|bằng|nhằm|đã|đang|sẽ)")
LONG_WORK_TO_LEVEL = regex.compile(
    rf"[^\S\n]+(?:(?!{_NOT_IN_LONG_WORK}(?![\p{{L}}\p{{M}}]))\p{{L}}[\p{{L}}\p{{M}}]*,?[^\S\n]+){{10,24}}?(?:{JURISDICTION_WORD})"
    rf"(?=[^\S\n]*(?:\(|,[^\S\n]*(?:\p{{Lu}}|các[^\S\n]|(?:{ASSIGNMENT_WORD.pattern}))|ban\s+hành|(?:{ASSIGNMENT_WORD.pattern})"
    rf"|theo\s+dõi|tham\s+mưu|{BOARD_TASK_VERB}))")
TOPIC_LIST = regex.compile(
    rf"(?:,\s*\p{{Ll}}[\p{{Ll}}\p{{M}}]*(?:\s+\p{{Ll}}[\p{{Ll}}\p{{M}}]*){{0,4}}){{1,6}}\s+và\s+\p{{L}}[\p{{L}}\p{{M}}]*(?:\s+(?:\p{{Ll}}[\p{{Ll}}\p{{M}}]*|\d+)){{0,4}}?"
    rf"(?=\s*(?:của\s+)?(?:{JURISDICTION_WORD})(?![\p{{L}}\p{{M}}])|\s*[,;.:)\n]|\s*$)")
# A short name given to a body: "(sau đây gọi tắt là Trung tâm)", "(gọi tắt là Hội đồng thi đua)".
ALIAS_DEFINITION = _matched_in_place(
    r"[ \t]*[*_]*\(\s*(?:sau\s+đây\s+)?(?:được\s+)?gọi\s+(?:tắt\s+)?là[ \t:]*[\"“]?(?P<alias>\p{Lu}[^()\"”\n]{1,50}?)[\"”]?\s*\)")
# A sector after a body's name: "ngành Y tế", "ngành Giáo dục và Đào tạo".
SECTOR = _matched_in_place(r"[ \t]+ngành[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*)?+(?:[ \t]+và[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*)?+)?+(?=[ \t]*(?:[,;.:()\n]|$)|[ \t]+\p{Ll})")
# A unit named with the body it belongs to, no comma between: "Ban Kinh tế - Xã hội Hội Nông dân tỉnh", "Ban Phong trào
# Tỉnh đoàn", "Vụ Pháp chế Bộ Tư pháp", "Phòng Cảnh sát kinh tế Công an tỉnh", "Chi cục Thủy lợi Sở Nông nghiệp và Môi
# trường" (the boards of a mass organisation's committee: điều lệ Hội Nông dân, Công đoàn, Đoàn; the units of a
# ministry: Nghị định 123/2016/NĐ-CP Điều 9; of a department: Nghị định 45/2025/NĐ-CP; of the police: Luật Công an nhân
# dân 2018; of a Party committee: Điều lệ Đảng, "Ban Xây dựng Đảng Đảng ủy xã", "Văn phòng Đảng ủy xã"): one body, the
# unit, named with its parent (as "Văn phòng Sở …", "Thanh tra Bộ Y tế" are).
# (the unit's head by its first word: "Ban", "Ban Tổ chức", "Phòng", "Văn phòng", "Vụ", "Cục", "Chi cục", "Trung tâm",
# "Thanh tra")
UNIT_HEAD_WORDS = frozenset({"Ban", "Phòng", "Văn", "Vụ", "Cục", "Chi", "Trung", "Thanh"})
PARENT_OF_NAMED_UNIT = regex.compile(
    r"(?:Sở|Bộ|Công\s+an|Hội|Liên\s+đoàn\s+Lao\s+động|Tỉnh\s+đoàn|Thành\s+đoàn|Huyện\s+đoàn|Đoàn\s+Thanh\s+niên"
    r"|Ủy\s+ban\s+Mặt\s+trận|Mặt\s+trận|Liên\s+minh\s+Hợp\s+tác\s+xã|Tổng\s+cục|Cục|Trung\s+ương\s+(?:Hội|Đoàn)"
    r"|Đảng\s+ủy)(?![\p{L}\p{M}])"
    r"(?!\s+(?:Chỉ\s+huy|Tư\s+lệnh|đồng))")
# A body's heading whose outline label was lost (Word's automatic numbering copied as text, or a DOCX read without its
# list numbers): the body's name alone on its line ("Sở Tài chính", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh"), the tasks on
# the next line opening with a verb of duty or a circumstance ("Chủ trì, …", "Phối hợp với …", "Căn cứ chức năng, nhiệm
# vụ, …"); an item of a list ends with ";" or "," and is no heading.
UNNUMBERED_LINE_END = regex.compile(r"[^\n;,]\s*$")
TASK_OPENING = regex.compile(r"""[ \t]*(?:[-+•▪●◦*][ \t]*)?(?:
    Chủ\s+trì|Phối\s+hợp|Tham\s+mưu|Là\s+cơ\s+quan|Làm\s+đầu\s+mối|Chỉ\s+đạo|Lãnh\s+đạo|Chủ\s+động|Tích\s+cực|Tiếp\s+tục
  | Triển\s+khai|Tổ\s+chức|Xây\s+dựng|Hướng\s+dẫn|Thực\s+hiện|Đôn\s+đốc|Theo\s+dõi|Kiểm\s+tra|Thanh\s+tra|Giám\s+sát
  | Nghiên\s+cứu|Rà\s+soát|Bố\s+trí|Cân\s+đối|Đẩy\s+mạnh|Tăng\s+cường|Tuyên\s+truyền|Phổ\s+biến|Quán\s+triệt|Đề\s+xuất
  | Tham\s+gia|Vận\s+động|Hỗ\s+trợ|Cung\s+cấp|Quản\s+lý|Bảo\s+đảm|Đảm\s+bảo|Lồng\s+ghép|Huy\s+động|Thẩm\s+định|Ban\s+hành
  | Báo\s+cáo|Tổng\s+hợp|Cập\s+nhật|Ưu\s+tiên|Nâng\s+cao|Hoàn\s+thiện|Thúc\s+đẩy|Phát\s+huy|Khẩn\s+trương|Có\s+trách\s+nhiệm
  | Chịu\s+trách\s+nhiệm|Định\s+hướng|Duy\s+trì|Củng\s+cố|Phân\s+công|Phân\s+bổ|Tập\s+trung|Hoàn\s+thành|Kiện\s+toàn|Phát\s+động
  | Giải\s+quyết|Xử\s+lý|Trình|Căn\s+cứ|Theo\s+chức\s+năng|Trên\s+cơ\s+sở|Hằng\s+năm|Hàng\s+năm|Định\s+kỳ)(?![\p{L}\p{M}])""",
    regex.VERBOSE)
# A section's title on the line before such a heading: a capitalised line of a few words with no closing punctuation
# ("Tổ chức thực hiện", "Trách nhiệm của các sở, ngành"), not the first line of a wrapped sentence.
TITLE_LINE = regex.compile(r"[ \t*_]*\p{Lu}[^\n.;:!?]{0,80}?(?<!\s(?:với|cho|của|và|về|tại|đến|gửi|là|các|cùng|giao|nghị))[ \t*_]*")
# From a line's end over up to two empty lines to the next line; each next line; the labels that end an unnumbered
# heading's block ("2.", "III.") and the item marks that go on with it ("-", "+", "a)").
TO_NEXT_LINE = _matched_in_place(r"[ \t]*\n(?:[ \t]*\n){0,2}")
NEXT_LINES = regex.compile(r"\n([^\n]*)")
NUMBERED_TITLE = regex.compile(r"(?:\d+(?:\.\d+)*\.|[IVXL]+\.)\s")
ITEM_MARK = regex.compile(BULLET_MARK + r"|[a-zđ]\)")
NEW_ASSIGNMENT = regex.compile(r"(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s+(?:\p{Lu}|các\s)")
# A small letter (a line without one is a title or a name in capitals), compiled once.
SMALL_LETTER = regex.compile(r"\p{Ll}")

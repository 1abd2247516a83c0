"""Patterns compiled for how they are used (extractors/regexes.py)."""
from __future__ import annotations

import importlib
import time

import pytest
import regex

from extractors.regexes import matched_in_place, words_every_match_holds


@pytest.mark.parametrize("pattern,flags,texts", [
    (r"[ \t]+ngành[ \t]+\p{Lu}\p{L}*", 0, [" ngành Y tế", "  ngành y tế", "ngành Y tế", " các ngành Y tế"]),
    (r"^[\s*_]*\[\^?\d{1,3}\]", regex.MULTILINE, ["[3] Bao gồm", "\n  [^4] Số liệu", "Điều [3]", ""]),
    (r"""[^\S\n]*/   # a bar
         [^\S\n]*(?P<den>\d+)  # the denominator""", regex.VERBOSE, ["/40 trường", " / 7", "/ năm", "40/40"]),
])
def test_a_pattern_matched_in_place_matches_what_the_plain_pattern_matches(pattern, flags, texts):
    plain, in_place = regex.compile(pattern, flags), matched_in_place(pattern, flags)
    for text in texts:
        for pos in range(len(text) + 1):
            a, b = plain.match(text, pos), in_place.match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, pos)


@pytest.mark.parametrize("module,name,matches,misses", [
    ("extractors.targets.patterns", "FRACTION", ["/40 trường", " / 1.000"], ["/2025/QĐ-UBND", "/ năm"]),
    ("extractors.targets.patterns", "STEP_AFTER_SEMICOLON", ["; 90% trước", ";trên 5 ha", "; và 8 di tích"], ["; số hóa 100%", "90%"]),
    ("extractors.targets.patterns", "POP_RATE", ["/100.000 trẻ sinh ra còn sống", " ca sinh/1.000 phụ nữ"], ["/100 người", "/2025"]),
    ("extractors.targets.patterns", "FOOTNOTE_LINE", ["[3] Bao gồm chi tạo nguồn", " [^4] Số liệu"], ["Điều [3]", "3] Bao gồm"]),
    ("extractors.targets.patterns", "PER_ITEM", ["/vị trí", " / 01 đơn vị"], ["/năm", "/quý", " x 02 lớp"]),
    ("extractors.targets.patterns", "CRITERIA_LIST", ["số vụ, số người chết", "trên cả 3 tiêu chí: số vụ, số người chết"],
     ["số vụ", "trên cả 3 tiêu chí"]),
    ("extractors.targets.patterns", "CRITERIA_SUBJECT_AFTER", [" do tai nạn giao thông so với", ") do cháy, nổ."], [" tai nạn", " do"]),
    ("extractors.bodies.patterns", "SECTOR", [" ngành Y tế,", " ngành Giáo dục và Đào tạo thành phố"], [" ngành y tế", "ngành Y tế"]),
    ("extractors.bodies.patterns", "MEMBER_TITLE", [" viên", "  viên,"], [" viênchức", "viên"]),
    ("extractors.bodies.patterns", "GENERIC_AFTER", [" các cơ quan", " của các đơn vị"], [" cácđơn vị", " các bạn"]),
    ("extractors.bodies.patterns", "DISTRIBUTIVE", [" các xã: Gia", ": Y tế", " 04 xã: Hòa"], [" các xã Gia", ": y tế"]),
    ("extractors.bodies.patterns", "ALIAS_DEFINITION", [" (sau đây gọi tắt là Trung tâm)", " (gọi tắt là “Hội đồng”)"], [" (gọi là trung tâm)"]),
    ("extractors.bodies.patterns", "FIRST_ITEM_COORDINATES", ["a) Phối hợp với", "\n- Tham gia phối hợp"], ["Chủ trì, phối hợp"]),
    ("extractors.bodies.patterns", "RESPONSIBILITY_LABEL", ["Đơn vị chủ trì thực hiện: Sở Tư pháp", "- Cơ quan phối hợp: Các sở"],
     ["3. Cơ quan tổ chức lập: UBND", "Đơn vị tính: người"]),
    ("extractors.bodies.patterns", "FIELD_LINE", ["Thời gian thực hiện: Thường xuyên", "- Kinh phí:"],
     ["- Phối hợp với các sở, ban ngành rà soát: Khẩn trương", "4. Nâng cao: x"]),
    ("extractors.bodies.patterns", "CONTENT_FIELD", ["- Nội dung: Triển khai", "Nhiệm vụ:"], ["Nội dung thi đua", "- Cơ quan: x"]),
    ("extractors.bodies.patterns", "NEXT_LINE", ["\n\n- Hỗ trợ", "\nb) x"], ["\n\n\n\n\n- Hỗ trợ", " x"]),
    ("extractors.deadlines.patterns", "TIME_FIELD", ["Thời gian thực hiện: Tháng 12", "- Tiến độ:"], ["Thời gian tới", "3. Thời gian: x"]),
    ("extractors.legal_refs.patterns", "SETS_OUT", [" đề ra", "\nđề ra;"], [" đề ran", " đề xuất"]),
])
def test_patterns_matched_at_a_position_do_not_look_through_the_rest_of_the_text(module, name, matches, misses):
    """Each match reads only what it needs: on 2 MB of text that never writes the pattern's words, 2000 matches take
    well under a second (looking through the rest of the text each time took seconds)."""
    pattern = getattr(importlib.import_module(module), name)
    assert all(pattern.match(t) for t in matches) and not any(pattern.match(t) for t in misses)
    long = "x y\n" * 500_000
    start = time.process_time()
    for pos in range(2000):
        pattern.match(long, pos)
    assert time.process_time() - start < 0.5


@pytest.mark.parametrize("text", [
    "Hà Nội, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH",                       # a document's own date line
    "Số: 12/KH-UBND\tLào Cai, ngày 30/8/2026; Đà Nẵng, ngày 1-2-2026",  # after its number cell; two in one stretch
    "ghi rõ “Số 104-CTr/TU, Lào Cai ngày 30 tháng 8 năm 2026”: xong",    # quoted
    "trước ngày 15 tháng 12 năm 2025: báo cáo; Từ Ngày 3/4/2025",         # a cue, not a place: no date line
    "Kế hoạch (Hà Nội,\n  ngày 5/6/2024) và Sở Y tế: ngày 7/8/2025",      # white space across lines, a stop in between
    "không có ngày nào; ngày 12 là hạn",                                 # anchors without a match
])
def test_a_pattern_tried_in_the_stretches_of_its_anchor_finds_what_a_scan_finds(text):
    from extractors.deadlines import patterns as P
    from extractors.stretches import in_stretches

    scan = [(m.span(), m.group()) for m in P.DATE_LINE.finditer(text)]
    assert [(m.span(), m.group()) for m in in_stretches(P.DATE_LINE, text, P.DATE_LINE_ANCHOR, P.DATE_LINE_STOPS)] == scan


@pytest.mark.parametrize("text", [
    "Trong giai đoạn 2026\n- 2030 phấn đấu đạt",              # a span of years wrapped before its dash
    "tốc độ tăng bình quân 05  \n  – 06%/năm; từ 2031\n– 2035",  # a range of percents; spaces around the break; two
    "từ 2025\n\n- 2030",                                       # a blank line between: not one range
    "- Nội dung 1\n- Nội dung 2\n-3",                          # bullets: no figure before the break
])
def test_wrapped_ranges_are_read_at_the_breaks_before_a_dash_as_the_pattern_reads_them(text):
    from extractors.targets import patterns as P
    from extractors.targets.extract import _unwrapped_ranges

    assert _unwrapped_ranges(text) == P.WRAPPED_RANGE.sub(lambda m: " " * len(m.group()), text)


@pytest.mark.parametrize("text", [
    "trong quý I, II/2026; các tháng 6, 7/2025 (tháng 12\nnăm 2025)",  # runs of quarters and months; a wrap inside one
    "xong trước 21/11/2024. Năm 2025: 6 tháng đầu năm 2026",           # a stop after a year, a period before one
    "ngày 45/13/2024;2025 và quý V/2025",                              # dates that do not exist; a year after a stop
])
def test_times_are_read_in_the_stretches_around_their_years_as_a_scan_reads_them(text):
    from extractors.deadlines import patterns as P
    from extractors.deadlines.when import when_matches

    when_matches.cache_clear()
    assert [(m.span(), m.groupdict()) for m in when_matches(text)] == [(m.span(), m.groupdict()) for m in P.WHEN_RE.finditer(text)]


@pytest.mark.parametrize("text", [
    "Kính gửi: Thuế tỉnh Quảng Trị.\nĐồng kính gửi:\n- Bộ Văn hóa",              # a letter's, two on two lines
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch UBND các tỉnh;",                     # a telegram's
    "| Kính gửi [1]: Sở Y tế |\nviệc gửi báo cáo; giá điện: 2.000 đồng",         # in a table cell; the words elsewhere
])
def test_addressee_openings_are_read_on_the_lines_with_their_words_as_a_scan_reads_them(text):
    from extractors.bodies import patterns as P
    from extractors.stretches import in_stretches

    scan = [(m.span(), m.group()) for m in P.ADDRESSEE_OPENING.finditer(text)]
    assert scan and [(m.span(), m.group()) for m in in_stretches(P.ADDRESSEE_OPENING, text, P.ADDRESSEE_WORD, P.ADDRESSEE_STOPS)] == scan


@pytest.mark.parametrize("text", [
    "Thời gian: từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội Đảng bộ tỉnh.",  # one period
    "kể từ khi ký ban hành Quyết định này tới khi hoàn thành; Từ ngày BAN HÀNH đến khi xong việc nhé",  # two; capitals
    "từ ngày ban hành. Đến khi tổ chức xong",                                                 # a stop between: none
])
def test_periods_to_an_event_are_read_around_ban_hanh_as_a_scan_reads_them(text):
    from extractors.deadlines import patterns as P
    from extractors.stretches import in_stretches

    scan = [(m.span(), m.group()) for m in P.ISSUE_TO_EVENT.finditer(text)]
    assert [(m.span(), m.group()) for m in in_stretches(P.ISSUE_TO_EVENT, text, P.ISSUE_WORDS, P.ISSUE_TO_EVENT_STOPS)] == scan


@pytest.mark.parametrize("text", [
    "Thời gian thực hiện: Giai đoạn 2026-2030 và những năm tiếp theo; 3. THỜI HẠN: Từ năm 2026 - 2030.",  # two; capitals
    "Tiến độ thực hiện:\n**2025 – 2026**, đợt 2 hoàn thành: năm 2027 và các năm sau",  # across a line; bare years; a round
    "Thời gian thực hiện (dự kiến): năm 2026, giới hạn: năm 2027; thời gian: 2025/2026; Thời hạn: năm 2028!",  # none: a
    # bracket before the colon, a limit, a date; one before a stop
])
def test_labelled_years_are_read_in_the_stretches_around_a_colon_as_a_scan_reads_them(text):
    from extractors.deadlines import patterns as P
    from extractors.stretches import in_stretches

    scan = [(m.span(), m.groupdict()) for m in P.LABELLED_YEARS.finditer(text)]
    assert scan and [(m.span(), m.groupdict()) for m in in_stretches(P.LABELLED_YEARS, text, P.LABEL_COLON, P.LABELLED_YEARS_STOPS)] == scan


@pytest.mark.parametrize("text", [
    "1. Các nhiệm vụ cần làm ngay trong năm 2026\n2. Nhiệm vụ theo lộ trình ĐẾN NĂM 2030:**\n- Xong",  # two; capitals, a colon
    "a) Giai đoạn 2026 - 2030 *\n\nb) đến hết 2025;\nc) trong năm 2026, tỉnh phấn đấu",  # white space after it; a stop
    "Kết quả đến năm 2030 (dự kiến)\nTrong năm 2027 và 2028\ngiai đoạn 2021-2025",  # a bracket after; not its end; the last
])
def test_lines_ending_in_a_time_are_read_in_the_stretches_around_their_years_as_a_scan_reads_them(text):
    from extractors.deadlines import patterns as P
    from extractors.stretches import in_stretches

    scan = [(m.span(), m.groupdict()) for m in P.ENDS_A_LINE_WITH_A_TIME.finditer(text)]
    assert scan and [(m.span(), m.groupdict()) for m in in_stretches(P.ENDS_A_LINE_WITH_A_TIME, text, P.WHEN_ANCHOR, P.ENDS_A_LINE_STOPS)] == scan


@pytest.mark.parametrize("text", [
    "TT\tNhiệm vụ\tThời gian hoàn thành\n1\tA\tQuý I/2026",
    "Tiến độ:\nTHỜI HẠN thực hiện; lộ\ntrình đến 2030", "không có gì",
])
def test_the_three_time_words_alone_find_the_lines_the_time_word_pattern_finds(text):
    from extractors.deadlines import patterns as P

    one = {m.span() for m in P.TIME_WORD.finditer(text)}
    assert {m.span() for word in P.EACH_TIME_WORD for m in word.finditer(text)} == one


def _looks_ahead(pattern: regex.Pattern) -> bool:
    """Whether the regex module, matching `pattern` at a position, first looks for a literal the pattern requires through
    the rest of the text: the compiler found a required string at no fixed offset (a run of any length comes before it).
    Read from the compiler itself (`regex._main._get_required_string`), not from a timing."""
    try:
        import regex._main as compiler
        plain = compiler._get_required_string
    except (ImportError, AttributeError):  # a private function of the regex module: another version may not have it
        pytest.skip("this regex version has no regex._main._get_required_string to read the compiler's required string from")

    found = []

    def spy(parsed, flags):
        found.append(plain(parsed, flags))
        return found[-1]

    compiler._get_required_string = spy
    try:
        regex.compile(pattern.pattern, pattern.flags, cache_pattern=False)
    finally:
        compiler._get_required_string = plain
    if not (found and isinstance(found[-1], tuple) and len(found[-1]) == 3):
        pytest.skip("this regex version's compiler reports its required string in another shape")
    offset, chars, _ = found[-1]
    return offset == -1 and bool(chars)


def _matched_at_a_position() -> list[tuple[str, int, str, regex.Pattern]]:
    """(file, line, name, pattern) of every call `NAME.match(text, pos)` / `P.NAME.match(text, pos)` (also `fullmatch`)
    in extractors/ and pipeline/ on a module-level pattern, with a position and no end: the calls that may read past it."""
    import ast
    import types
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    calls = []
    for path in sorted([*(root / "extractors").rglob("*.py"), *(root / "pipeline").rglob("*.py")]):
        module_name = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        module = importlib.import_module(module_name)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("match", "fullmatch")
                    and len(node.args) == 2 and not node.keywords):
                continue
            target = node.func.value
            if isinstance(target, ast.Name):
                pattern = vars(module).get(target.id)
            elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                    and isinstance(owner := vars(module).get(target.value.id), types.ModuleType):
                pattern = getattr(owner, target.attr, None)
            else:
                continue
            if isinstance(pattern, regex.Pattern):
                calls.append((str(path.relative_to(root)), node.lineno, ast.unparse(target), pattern))
    return calls


def test_the_look_ahead_check_tells_a_plain_pattern_from_one_matched_in_place():
    for pattern in (r"[^\S\n]*/[^\S\n]*(?P<den>\d+)", r"\s*(?i:đợt)[^\S\n]+\p{Ll}", r"[ \t]+ngành[ \t]+\p{Lu}"):
        assert _looks_ahead(regex.compile(pattern)) and not _looks_ahead(matched_in_place(pattern))
    assert not _looks_ahead(regex.compile(r"/[^\S\n]*\d+"))  # the literal at a fixed offset: checked there only


def test_no_pattern_matched_at_a_position_of_a_text_looks_through_the_rest_of_it():
    """Every `.match(text, pos)` on a module-level pattern in the extractors and the pipeline uses a pattern that reads only
    what it needs from `pos`: none has a required literal after a run of any length (compile it with `matched_in_place`,
    or give the match an end). Each such match cost the distance to that literal's next use in the text."""
    calls = _matched_at_a_position()
    assert len(calls) >= 200  # the call sites this reads (after a number, a date, a name: what follows)
    assert [f"{path}:{line} {name}" for path, line, name, pattern in calls if _looks_ahead(pattern)] == []


@pytest.mark.parametrize("text", [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nCăn cứ Nghị quyết số 57-NQ/TW; Nghị quyết số 71/NQ-CP",
    "1. Căn cứ Nghị định số 12/2024/NĐ-CP;\nKế hoạch số 283/KH-UBND ngày 5/6/2025 của UBND tỉnh;\ncông văn số 12/SYT",  # goes on
    "Triển khai thực hiện Quyết định số 12/QĐ-UBND. Sở Y tế chủ trì theo Kế hoạch số 3/KH-SYT.",  # a stop after the cue
    "Để\n  Thực hiện Nghị quyết số 5-NQ/TU;\n- Triển khai Chỉ thị số 7/CT-TTg v.v. của\nTheo đề nghị của Sở Tài chính",
    "**CĂN CỨ** Luật Đầu tư công.\n\n+ \n 2.  Căn cứ Quyết định số 9/QĐ-UBND *\n",  # marks and white space before the cue
    "Thực hiện tốt nhiệm vụ năm 2025. Căn cứ vào tình hình thực tế;\nThực hiện Kế hoạch số 1/KH-BCĐ ngày 2/1/2026.",
])
def test_a_basis_list_is_searched_for_only_where_one_can_open_and_found_as_a_search_finds_it(text):
    """`_basis_list` tries BASIS_LIST only after the list's last stop and from the last line break that can open it: at
    every end and start of each example, it tells what a search of the whole text tells."""
    from extractors.legal_refs import patterns as P
    from extractors.legal_refs.fields import _basis_list

    found = 0
    for end in range(len(text) + 1):
        for start in range(0, end + 1, 7):
            before = text[start:end]
            expected = P.BASIS_LIST.search(before) is not None
            assert _basis_list(before) == expected, (start, end)
            found += expected
    assert found


@pytest.mark.parametrize("pattern,expected", [
    (r"tăng trưởng", {"tăng trưởng"}),
    (r"(?<![\p{L}\p{M}])(?:hộ gia đình|hộ dân(?! tộc))(?![\p{L}\p{M}])", {"hộ "}),  # (the parser shares "hộ " out)
    (r"(?:chiếm )?(?:tỷ trọng )?(?:trên|trong) (grdp|gdp)", {"tr"}),  # ("trên|trong" is "tr" and a choice; of two as long, one)
    (r"(?:từ )?(?<!\d)(\d{1,2}) (?:đến|tới) (\d{1,2})(?!\d)", {"đến", "tới"}),
    (r"(?:xã|phường)(?: (?:xã|phường|thị trấn))+|cấp xã", {"xã", "phường", "cấp xã"}),
    (r"(?:\d+ )+tuổi", {"tuổi"}),
    (r"(?:từ )?\d+", None),  # no word every match is written with
    (r"(?i:tăng) trưởng", {" trưởng"}),  # a piece read in another case gives no words
    (r"(?i)tăng", None),
    (r"a{e<=1}", None),  # syntax of the regex module only
    (r"\b(\S+)(?: \1\b)+", {" "}),  # (a back reference holds no words of its own; the space is written)
])
def test_the_words_every_match_of_a_pattern_holds(pattern, expected):
    assert words_every_match_holds(pattern) == (None if expected is None else frozenset(expected))


def test_a_name_holding_none_of_a_synonyms_words_is_left_as_it_is():
    """`_words_said` tries a synonym only on a name that holds one of its words: every name of the gazetteer and every
    piece of it, holding none, is left as it is by that synonym."""
    from extractors.targets.gazetteer import DATA, SYNONYM_RES, SYNONYM_WORDS, TOKEN, spelling
    from extractors.vocabulary import load_tsv

    names = {row[1] for row in load_tsv(DATA / "indicators.tsv", header=True)} | {row[0] for row in load_tsv(DATA / "indicator_aliases.tsv", header=True)}
    said = {" ".join(TOKEN.findall(spelling(name))) for name in names}
    said |= {" ".join(s.split()[i:]) for s in said for i in range(1, 4)}
    tried = 0
    for (pattern, repl), needs in zip(SYNONYM_RES, SYNONYM_WORDS):
        assert needs is None or all(needs)
        for s in said:
            if needs is not None and not any(w in s for w in needs):
                assert pattern.sub(repl, s) == s, (pattern.pattern, s)
                tried += 1
    assert tried > 1_000_000

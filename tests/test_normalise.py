"""Normalisation: each step by example, and the offset map back to the raw text."""
from __future__ import annotations

import unicodedata

import pytest

from pipeline.normalise import normalise, page_of

# (raw, normalised)
EXAMPLES = [
    ("**KẾ HOẠCH**", "KẾ HOẠCH"),
    ("### Nơi nhận:", "Nơi nhận:"),
    ("đạt *che phủ* rừng", "đạt che phủ rừng"),
    ("[bookmark: _Hlk183078344]Căn cứ", "Căn cứ"),
    ("diện tích 20 m<sup>2</sup>/người", "diện tích 20 m²/người"),
    ("đạt $\\frac{1}{2}$ (50%)", "đạt 1/2 (50%)"),
    ("phát_triển kinh_tế", "phát triển kinh tế"),
    ("các cơ quan,\n\nđơn vị trên địa bàn", "các cơ quan, đơn vị trên địa bàn"),
    ("thực hiện nhiệm vụ  \nphát triển", "thực hiện nhiệm vụ phát triển"),
    ("1. Mục đích\na) Nhằm tạo khí thế", "1. Mục đích\na) Nhằm tạo khí thế"),
    ("Tỷ lệ đạt 51%.\nTổ chức sơ kết", "Tỷ lệ đạt 51%.\nTổ chức sơ kết"),
    ("tỷ lệ trẻ em dưới\n15 tuổi đạt khoảng 22%", "tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%"),
    ("các nhiệm vụ sau\n1. Tuyên truyền", "các nhiệm vụ sau\n1. Tuyên truyền"),
    ("đạt tối thiểu\n\n26,1%\n\n13", "đạt tối thiểu\n\n26,1%\n\n13"),
    ("| STT | Chỉ tiêu | Đơn vị |\n|---|---|---|\n| 1 | Tỷ lệ che phủ rừng | % |", "STT\tChỉ tiêu\tĐơn vị\n1\tTỷ lệ che phủ rừng\t%"),
    # a pipe row wrapped by a fixed width or a printed page: one row again; a line that does not close the row stays
    ("| 7 | Kiểm tra | Công an tỉnh | Quý\nIII/2027 | Biên bản |\n| 8 | Nghiệm thu | Thống kê tỉnh | Tháng 8 | Dữ liệu |",
     "7\tKiểm tra\tCông an tỉnh\tQuý III/2027\tBiên bản\n8\tNghiệm thu\tThống kê tỉnh\tTháng 8\tDữ liệu"),
    ("| I | Kinh tế | | | | |\n| 1 | Tốc độ tăng giá trị sản xuất | %/năm | 3,5 | 3,5 -\n4 | Sở Nông nghiệp và Môi trường |",
     "I\tKinh tế\n1\tTốc độ tăng giá trị sản xuất\t%/năm\t3,5\t3,5 - 4\tSở Nông nghiệp và Môi trường"),
    ("| 2 | Sở Tài | Sở Nội vụ,\nSở Y tế và\nSở Xây dựng | Năm 2026 |\n| 3 | Kiểm tra | Thanh tra | Năm 2027 |",
     "2\tSở Tài\tSở Nội vụ, Sở Y tế và Sở Xây dựng\tNăm 2026\n3\tKiểm tra\tThanh tra\tNăm 2027"),
    ("| a | b |\nGhi chú: số liệu ước | x", "a\tb\nGhi chú: số liệu ước | x"),
    # rows without outer bars: a line that opens with a bar is no wrapped row of the next one
    ("TT | Nhiệm vụ | Chủ trì\n | (1) | (2)\n1 | Rà soát | Sở Xây dựng |\n| 2 | Kiểm tra | Thanh tra |",
     "TT | Nhiệm vụ | Chủ trì\n| (1) | (2)\n1 | Rà soát | Sở Xây dựng |\n2\tKiểm tra\tThanh tra"),
    # s33a: rows of a bar-less " | " table (DOCX-to-text converters) whose first and last cells are empty: stripped, they
    # open and close with a bar, but the bars part cells (the row so read has the table's width; as a markdown row it has not)
    ("STT | Xã | Số căn (căn) | | | Thời gian\n | | Tổng số | Xây mới | Sửa chữa | \n1 | Xã A | 3 | 2 | 1 | Quý II/2026\n"
     " | Tổng cộng | 3 | 2 | 1 | ",
     "STT | Xã | Số căn (căn) | | | Thời gian\n\t\tTổng số\tXây mới\tSửa chữa\n1 | Xã A | 3 | 2 | 1 | Quý II/2026\n"
     "\tTổng cộng\t3\t2\t1"),
    ("| STT | Chỉ tiêu | Năm 2026 |\n| 1 | Tỷ lệ | 95 |\n| | Tổng | 95 |", "STT\tChỉ tiêu\tNăm 2026\n1\tTỷ lệ\t95\n\tTổng\t95"),
    ("1\tTỷ lệ che phủ\t%\n\ndiện tích", "1\tTỷ lệ che phủ\t%\n\ndiện tích"),
    ("Số:   74   /KH-UBND", "Số:\t74\t/KH-UBND"),
    ("trong tỉnh *(GRDP) *theo giá; tiêu chí (*)", "trong tỉnh (GRDP) theo giá; tiêu chí (*)"),
    ("Uy\u0309 ban", "Uỷ ban"),
    ("a\u00a0b\u200bc\r\nD", "a bc\nD"),
]


@pytest.mark.parametrize("raw, expected", EXAMPLES)
def test_step(raw, expected):
    assert normalise(raw).text == expected


def test_word_segmented_text_gets_its_punctuation_back():
    raw = " ".join(["phát_triển kinh_tế , xã_hội ."] * 25)
    assert "phát triển kinh tế, xã hội." in normalise(raw).text


def test_ordinary_text_keeps_its_spacing_around_punctuation():
    assert normalise("tỷ lệ ( dự kiến ) đạt 5 %").text == "tỷ lệ ( dự kiến ) đạt 5 %"


@pytest.mark.parametrize("raw, _", EXAMPLES)
def test_every_character_maps_back_to_raw(raw, _):
    mt = normalise(raw)
    assert len(mt.to_raw) == len(mt.text) + 1
    assert all(0 <= o <= len(raw) for o in mt.to_raw)
    assert list(mt.to_raw) == sorted(mt.to_raw)  # order is kept


def test_span_maps_to_its_raw_words():
    raw = "**Tỷ lệ** che phủ rừng đạt *51%*;"
    mt = normalise(raw)
    start = mt.text.index("51%")
    s, e = mt.raw_span(start, start + 3)
    assert raw[s:e] == "51%"
    start = mt.text.index("Tỷ lệ")
    s, e = mt.raw_span(start, start + len("Tỷ lệ che phủ"))
    assert raw[s:e] == "Tỷ lệ** che phủ"


def test_output_is_nfc_and_loses_no_words(field_dir):
    for path in sorted(field_dir.glob("*.txt"))[:12]:
        raw = path.read_text(encoding="utf-8", errors="replace")
        text = normalise(raw).text
        assert unicodedata.is_normalized("NFC", text)
        raw_words = set(w.strip("*_|#") for w in unicodedata.normalize("NFC", raw).replace("_", " ").split())
        text_words = set(text.split())
        lost = {w for w in raw_words - text_words if any(c.isalnum() for c in w) and not any(ch in w for ch in "*|[]<>$\\")}
        assert len(lost) <= len(raw_words) * 0.01, sorted(lost)[:20]


def test_every_kept_character_is_its_raw_character(field_dir):
    """The offset map is exact: an ASCII letter or digit of the normalised text is the raw
    character it maps to (joins, removals and markup never shift the map)."""
    for path in sorted(field_dir.glob("*.txt"))[:20]:
        raw = path.read_text(encoding="utf-8", errors="replace")
        mt = normalise(raw)
        assert len(mt.to_raw) == len(mt.text) + 1
        bad = [i for i, ch in enumerate(mt.text) if ch.isascii() and ch.isalnum() and raw[mt.to_raw[i]] != ch]
        assert not bad, (path.name, [(mt.text[i - 10:i + 10], raw[mt.to_raw[i] - 10:mt.to_raw[i] + 10]) for i in bad[:3]])
        assert list(mt.to_raw) == sorted(mt.to_raw)


def test_offsets_stay_exact_on_crawled_pages_and_pdfs(field_dir):
    """Crawled portal pages (chrome removed) and PDFs (page furniture removed, pages joined):
    every kept ASCII letter or digit is its raw character, and every character's page is known."""
    from pipeline.ingest import read_document

    wide = field_dir.parent / "wide"
    pages = sorted(wide.glob("*.md"))[:15] if wide.is_dir() else []
    raws = [(p.read_text(encoding="utf-8", errors="replace"), ()) for p in pages]
    for pdf in sorted((field_dir / "pdf").glob("ninhbinh_1*.pdf")):
        doc = read_document(pdf)
        raws.append((doc.raw_text, doc.page_starts))
    for raw, page_starts in raws:
        mt = normalise(raw)
        assert "\f" not in mt.text
        bad = [i for i, ch in enumerate(mt.text) if ch.isascii() and ch.isalnum() and raw[mt.to_raw[i]] != ch]
        assert not bad
        assert list(mt.to_raw) == sorted(mt.to_raw)
        if page_starts:
            assert [page_of(page_starts, mt.to_raw[i]) for i in (0, len(mt.text) - 1)] == [1, len(page_starts)]


def test_normalising_takes_memory_in_proportion_to_the_text_and_little_of_it():
    """A 50 MB plan has 37 million characters: the offset map is packed (8 bytes a character, not a
    list of int objects of about 36), so normalising peaks well under 50 bytes a character."""
    import tracemalloc

    from tests.conftest import SEEDS

    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text = (text * (400_000 // len(text) + 1))[:400_000]
    tracemalloc.start()
    try:
        mt = normalise(text)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(mt.to_raw) == len(mt.text) + 1
    assert peak / len(text) < 50 and kept / len(text) < 20


# --- fast paths: the same answers as the definitions they replace --------------------------------

BAR_CELL_LINES = [
    ["|", "Sở Tài chính", "Sở Xây dựng", "|"],
    ["Sở Tài chính", "", "|", "Sở Xây dựng"],
    ["|", "a", "", "b", "c", "|"],
    ["a", "b", "c"],
    ["|"] + ["x"] * 40 + ["|"],
    ["", "|", "", "x", "y", "", "|", ""],
]


@pytest.mark.parametrize("lines", BAR_CELL_LINES)
def test_bar_cells_found_for_all_lines_are_those_found_line_end_by_line_end(lines):
    from pipeline.normalise import _bar_cell_lines, _in_bar_cell

    text = "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    above, below = _bar_cell_lines([line.strip() for line in lines])
    for b in range(len(lines) - 1):
        for a in (b + 1, b + 2)[: len(lines) - 1 - b]:
            assert (above[b] or below[a]) == _in_bar_cell(text, starts[b], starts[a])


@pytest.mark.parametrize("text, pattern, needs", [
    ("a **b** c", r"\*\*", ("**",)), ("a b c", r"\*\*", ("**",)), ("x < y <br> z", r"<br\s*/?>", ("<",)),
    ("a  b   c", r"(?<=\S) {2}(?=\S)", ("  ",)), ("a\t \nb", r"(?m)[ \t]+$", (" \n", "\t\n")),
])
def test_a_step_skipped_for_want_of_a_needed_string_gives_what_the_scan_gives(text, pattern, needs):
    import regex

    from pipeline.normalise import MappedText, rewrite

    mt = MappedText.identity(text)
    fast, full = rewrite(mt, regex.compile(pattern), ["_"], needs=needs), rewrite(mt, regex.compile(pattern), ["_"])
    assert (fast.text, list(fast.to_raw)) == (full.text, list(full.to_raw))


@pytest.mark.parametrize("text, spans", [("ab\ncd\n\nef", [(2, 3), (5, 7)]), ("a\nb", [(1, 2)]), ("ab", [])])
def test_replacing_spans_maps_like_rewrite(text, spans):
    import regex

    from pipeline.normalise import MappedText, replace_spans, rewrite

    mt = MappedText.identity(text)
    by_spans = replace_spans(mt, spans, " ")
    by_rewrite = rewrite(mt, regex.compile(r"\n+"), lambda m: [" "] if m.span() in spans else [m.span()])
    assert (by_spans.text, list(by_spans.to_raw)) == (by_rewrite.text, list(by_rewrite.to_raw))


@pytest.mark.parametrize("text, spans, news", [("ab\ncd\n\nef", [(2, 3), (5, 7)], [" ", ""]), ("a-\nb c\nd", [(2, 3), (6, 7)], ["", " "])])
def test_each_span_can_get_its_own_text(text, spans, news):
    import regex

    from pipeline.normalise import MappedText, replace_spans, rewrite

    mt = MappedText.identity(text)
    by_spans = replace_spans(mt, spans, news)
    chosen = dict(zip(spans, news))
    by_rewrite = rewrite(mt, regex.compile(r"\n+"), lambda m: [chosen[m.span()]] if m.span() in chosen else [m.span()])
    assert (by_spans.text, list(by_spans.to_raw)) == (by_rewrite.text, list(by_rewrite.to_raw))


@pytest.mark.parametrize("size", [0, 1, 4095, 4096, 100_000])
def test_the_identity_map_counts_every_offset(size):
    from pipeline.normalise import MappedText

    mt = MappedText.identity("x" * size)
    assert mt.to_raw.typecode == "q" and list(mt.to_raw) == list(range(size + 1))


@pytest.mark.parametrize("text", [
    "a\nb", "a \t\n  b", "a\n\nb", "a\n \n\tb", "a\n\n\nb", "a\u00a0\nb", "a\n\u00a0b", "a\x1c\n\x1cb", "\nb", "a\n", "a \n",
    "x.\n- y\n\n| z |\n\t\nw", "",
])
def test_line_ends_found_from_the_newline_are_the_line_breaks(text):
    from pipeline.normalise import LINE_BREAK, LINE_END

    from_newline = []
    for m in LINE_END.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        from_newline.append((line_start + len(text[line_start:m.start()].rstrip(" \t")), m.end()))
    assert from_newline == [m.span() for m in LINE_BREAK.finditer(text)]


@pytest.mark.parametrize("raw, expected", [
    # slashes an OCR layer or a PDF font gives for "/" in a document's code and date
    ("Số: 318\u2044KH-ĐKT", "Số: 318/KH-ĐKT"),
    ("Quyết định số 2217\u2215QĐ-SCT ngày 14\u22154\u22152026", "Quyết định số 2217/QĐ-SCT ngày 14/4/2026"),
    ("Kế hoạch số 12\uff0fKH-UBND", "Kế hoạch số 12/KH-UBND"),
    # hyphens Word and PDFs give for "-": the hyphen, the non-breaking hyphen, the figure dash
    ("Nghị quyết số 57\u2011NQ/TW", "Nghị quyết số 57-NQ/TW"),
    ("Thông báo số 45/TB\u2010UBND", "Thông báo số 45/TB-UBND"),
    ("Quyết định số 06/QĐ\u2012TTg", "Quyết định số 06/QĐ-TTg"),
    # an en dash or minus glued between a code's parts
    ("Kế hoạch số 283/KH\u2013UBND", "Kế hoạch số 283/KH-UBND"),
    ("Chỉ thị số 20\u2212CT/TU", "Chỉ thị số 20-CT/TU"),
    # negatives: a dash between words, a range of years or of quarters, a fraction in prose stay
    ("phát triển kinh tế \u2013 xã hội", "phát triển kinh tế \u2013 xã hội"),
    ("giai đoạn 2026\u20132030", "giai đoạn 2026\u20132030"),
    ("trong Quý I\u2013II năm 2026", "trong Quý I\u2013II năm 2026"),
])
def test_slashes_and_hyphens_of_codes_are_the_ascii_ones(raw, expected):
    mt = normalise(raw)
    assert mt.text == expected
    assert len(mt.to_raw) == len(raw) + 1  # one character for one: offsets stay


@pytest.mark.parametrize("raw, expected", [
    # full-width ASCII forms (a CJK input method, OCR, a PDF font) are their ASCII characters
    ("Tỷ lệ hộ nghèo giảm còn 1,5％；", "Tỷ lệ hộ nghèo giảm còn 1,5%;"),
    ("Số： 45／KH－UBND", "Số: 45/KH-UBND"),
    ("tổng sản phẩm trên địa bàn （GRDP） tăng ８％", "tổng sản phẩm trên địa bàn (GRDP) tăng 8%"),
    # negatives: other compatibility characters keep their form
    ("diện tích 25 m² sàn, đạt ½ kế hoạch", "diện tích 25 m² sàn, đạt ½ kế hoạch"),
    ("Ban Chỉ đạo 「Chuyển đổi số」", "Ban Chỉ đạo 「Chuyển đổi số」"),
])
def test_full_width_forms_are_their_ascii_characters(raw, expected):
    mt = normalise(raw)
    assert mt.text == expected
    assert len(mt.to_raw) == len(raw) + 1  # one character for one: offsets stay


# --- list labels pasted from Word: the tab after a label, Symbol / Wingdings bullets (private use glyphs) ---

@pytest.mark.parametrize("raw, expected", [
    ("\uf0b7\tChỉ tiêu 1: Tỷ lệ dân số được tiếp cận kiến thức đạt 60%.", "• Chỉ tiêu 1: Tỷ lệ dân số được tiếp cận kiến thức đạt 60%."),
    ("\uf0a7\tPhối hợp với Sở Y tế.\n\uf076 Tổ chức tập huấn.", "• Phối hợp với Sở Y tế.\n• Tổ chức tập huấn."),
    ("1.\tSở Tài chính\n-\tBố trí kinh phí thực hiện.", "1. Sở Tài chính\n- Bố trí kinh phí thực hiện."),
    ("a)\tTăng cường tuyên truyền.\n(2)\tKiểm tra, giám sát.", "a) Tăng cường tuyên truyền.\n(2) Kiểm tra, giám sát."),
])
def test_list_labels_from_word(raw, expected):
    mt = normalise(raw)
    assert mt.text == expected
    for i, ch in enumerate(mt.text):  # every character maps back into the raw text, in order
        assert 0 <= mt.to_raw[i] < len(raw)


@pytest.mark.parametrize("raw", [
    "TT\tChỉ tiêu\tĐơn vị tính\n1\tTỷ lệ che phủ rừng\t%",  # a table's rows: a bare number and more tabs
    "1.\tTổng thu ngân sách\t1.600 tỷ đồng",  # a label, then two cells: a table row
    "- Giá trị sản xuất nông - lâm - thủy sản:\t2.061.608 triệu đồng.",  # the tab is not the label's
])
def test_list_labels_leave_table_rows(raw):
    assert "\t" in normalise(raw).text


# --- text cut at a fixed number of characters inside words (a portal's field, a fixed-width export) ---

def _cut(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


CUT_PARAGRAPHS = [
    "Phấn đấu đến năm 2030, tỉ lệ đạt chuẩn quốc gia về y tế xã đạt 95%; tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95% dân số; "
    "số giường bệnh trên một vạn dân đạt 35 giường; tỷ lệ trạm y tế xã có bác sỹ làm việc đạt 100%.",
    "Sở Y tế chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các xã, phường tổ chức triển khai thực hiện Kế hoạch; "
    "định kỳ hằng năm tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.",
    "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn "
    "hiện hành; hướng dẫn các cơ quan, đơn vị thanh toán, quyết toán kinh phí đúng quy định.",
]


@pytest.mark.parametrize("width", [60, 80])
def test_fixed_width_cuts_are_joined(width):
    raw = "\n\n".join(_cut(p, width) for p in CUT_PARAGRAPHS * 2)
    text = normalise(raw).text
    assert text.split("\n\n") == CUT_PARAGRAPHS * 2


def test_word_wraps_of_one_width_are_not_cuts():
    # lines wrapped at word ends (a paragraph a block): their ends are whole syllables, joined with a space as before
    import textwrap
    from pipeline.wraps import fixed_width_cuts

    raw = "\n\n".join("\n".join(textwrap.wrap(p, 40)) for p in CUT_PARAGRAPHS)
    assert fixed_width_cuts(raw) == []
    assert normalise(raw).text.split() == " ".join(CUT_PARAGRAPHS).split()  # no word glued to the next


@pytest.mark.parametrize("raw, expected", [
    ("Tỷ lệ hộ nghèo giảm 1,5%[^1] mỗi năm.\n\n[^1]: Theo chuẩn nghèo giai đoạn 2022-2025.", "Tỷ lệ hộ nghèo giảm 1,5%¹ mỗi năm."),
    ("1\\. Mục đích và \\$ giá", "1. Mục đích và $ giá"),
])
def test_markdown_footnote_marks_and_escapes(raw, expected):
    assert normalise(raw).text.startswith(expected)


@pytest.mark.parametrize("line, expected", [
    ("-\t" + "Tăng cường kiểm tra " * 6000 + "\tSở Y tế", None),  # a table row that opens with a label: its tabs stay
    ("1.\t" + "Sở Tài chính chủ trì " * 6000, "1. Sở Tài chính"),  # a label's tab on a long line: a space
], ids=["table-row", "label"])
def test_list_label_tab_is_linear_on_a_long_line(line, expected):
    import time

    started = time.perf_counter()
    text = normalise(line).text
    assert time.perf_counter() - started < 5  # (was minutes: the lookahead tried every split of the line)
    if expected is None:
        assert "\t" in text
    else:
        assert text.startswith(expected)


@pytest.mark.parametrize("raw, expected", [
    ("x<br>y " * 120000, "x y x y"),  # a one-line HTML dump: every break a line end (short lines: joined again)
    ("| a<br>b | c |" * 60000, "a b\tc"),  # one long pipe row: its breaks are spaces
], ids=["html-line", "pipe-row"])
def test_line_break_tags_are_linear_on_a_long_line(raw, expected):
    import time

    started = time.perf_counter()
    text = normalise(raw).text
    assert time.perf_counter() - started < 8  # (was a search of the line at each <br>: quadratic)
    assert text.startswith(expected)
# pandoc's escape of a "#" opening a paragraph: the paragraph's heading marks ("## 3. Phòng Nội vụ" in a DOCX written
# from markdown) go as the unescaped ones do; a "#" inside a line, a number sign ("Tổ #2") and "\#" not before a space stay
@pytest.mark.parametrize("raw, expected", [
    ("\\## 3. Phòng Nội vụ\n\nPhối hợp với các ngành liên quan hướng dẫn.", "3. Phòng Nội vụ\n\nPhối hợp"),
    ("\\# IV. TỔ CHỨC THỰC HIỆN\n\n1\\. Sở Y tế", "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế"),
    ("\\#\\#\\# a\\) Sở Tài chính", "a) Sở Tài chính"),
    ("Giao Tổ \\#2 thực hiện.", "Giao Tổ #2 thực hiện."),
    ("\\#2 tổ công tác", "#2 tổ công tác"),
])
def test_pandoc_escaped_heading_marks(raw, expected):
    assert normalise(raw).text.startswith(expected)


# A space-aligned table with the years down its rows ("Năm" over the years, an indicator over each other column, its unit
# wrapped to the line below): one tab-separated line per row, the unit joined to its name; years across and a line
# under the header that is no unit stay as they were.
@pytest.mark.parametrize("raw, expected", [
    ("    Năm    Tỷ lệ che phủ rừng (%)   Diện tích trồng rừng mới\n"
     "                                    (ha)\n"
     "    2026   45                       1.200\n"
     "    2027   46                       1.300\n",
     ["Năm\tTỷ lệ che phủ rừng (%)\tDiện tích trồng rừng mới (ha)", "2026\t45\t1.200", "2027\t46\t1.300"]),
    ("    Lộ trình    Tỷ lệ hộ nghèo     Thu ngân sách\n"
     "                (%)                (tỷ đồng)\n"
     "    2027        3,5                2.900\n"
     "    2029        2,5                3.500\n",
     ["Lộ trình\tTỷ lệ hộ nghèo (%)\tThu ngân sách (tỷ đồng)", "2027\t3,5\t2.900", "2029\t2,5\t3.500"]),
    ("    Năm    2026    2027\n    Tỷ lệ   45    46\n", ["Năm\t2026\t2027", "Tỷ lệ\t45\t46"]),  # years across: as it was
    ("    Năm    Tỷ lệ che phủ rừng   Diện tích trồng rừng\n    (ghi chú 2025)\n    2026   45    1.200\n",
     ["Năm\tTỷ lệ che phủ rừng\tDiện tích trồng rừng", "2026\t45\t1.200"]),  # a note with a number: no unit line
])
def test_aligned_table_with_years_down_its_rows(raw, expected):
    lines = [line for line in normalise("KẾ HOẠCH\n\n" + raw).text.split("\n") if "\t" in line]
    assert lines == expected


# Texts for the line-start patterns: rows with and without outer bars, rules that run on to the next line, a heading's
# "#" inside a line, a bar or a hash on a line that is no row, runs of spaces and tabs at a line's end and the text's end,
# other line separators (only "\n" ends a line for the patterns), and a text that starts or ends with a row.
LINE_TEXTS = [
    "| STT | Chỉ tiêu | 2026 |\n|---|:---:|---:|\n| 1 | Tỷ lệ | 95% |  \n",
    "Đoạn văn | không phải bảng\n  | a | b |\t\n|--|--|\n--- gạch\n| 2 | x\ny |\n|",
    "## 1. Mục tiêu\nSố # 5 ## không\n  \\## 3. Phòng\n#không\n### \n",
    "dòng có dấu cách   \ndòng có tab\t\t\n\t \n  \ncuối \t ",
    "a \r\nb\t\x0c\nc \u2028 d \x85\n| e |\u2029| f |\n",
    "|x|", "", "\n\n|", "-- \n--\n", "# ",
]


@pytest.mark.parametrize("text", LINE_TEXTS)
def test_line_start_patterns_find_what_a_scan_finds(text):
    """A `(?m)^` pattern tried only at the lines that hold its needle (`LineStartPattern`), and the trailing spaces
    found from the lines that end in one, give the matches of a scan of the whole text."""
    from pipeline import normalise as N

    def found(matches):
        return [(m.span(), m.group()) for m in matches]

    for lines, pattern in ((N.IN_PIPE_ROWS, N.IN_PIPE_ROW), (N.MD_HEADINGS, N.MD_HEADING), (N.PIPE_ROWS, N.PIPE_ROW),
                           (N.PIPE_RULE_LINES, N.PIPE_RULE_LINE)):
        assert found(lines.finditer(text)) == found(pattern.finditer(text)), pattern.pattern
    assert found(N.TRAILING_SPACES.finditer(text)) == found(N.TRAILING_SPACE.finditer(text))


def test_odd_characters_are_what_the_pattern_matches():
    """`whitespace_characters` asks whether a text holds one of ODD_CHARACTERS: they are every character ODD_CHARACTER
    matches, in all of Unicode."""
    from pipeline.normalise import ODD_CHARACTER, ODD_CHARACTERS

    everything = "".join(map(chr, range(0x110000)))
    assert sorted(set(ODD_CHARACTER.findall(everything))) == sorted(ODD_CHARACTERS)

"""Page furniture of paginated text (PDF read by pdfplumber or pdftotext: pages split by a form feed).

Every page repeats a running header or footer and carries its number; a sentence
that runs over the page break is cut by them ("tham gia vào quá trình phát⏎⏎4⏎triển
công nghiệp văn hóa"). `furniture_spans` finds, at each page break, the page-number
lines and the lines repeated at the top or bottom of most pages; `break_spans` the
blank lines and form feed of the break itself. The `page_breaks` normalisation step
drops the first and turns the second into one line end, so the wrap step can join the
sentence again. The page of every character is still known: only whole lines go,
and every kept character keeps its raw offset (`page_of` reads the raw offset).
"""
from __future__ import annotations

import collections

import regex

from extractors.digits import ascii_digits

FORM_FEED = "\f"
# A page number alone on its line: "4", "- 4 -", "Trang 4", "4/9".
PAGE_NUMBER = regex.compile(r"^[ \t]*(?:[-–][ \t]*)?(?:Trang[ \t]+)?(?P<n>\d{1,3})(?:[ \t]*/[ \t]*\d{1,3})?(?:[ \t]*[-–])?[ \t]*$")
# The form feed and the blank lines around it.
BREAK = regex.compile(r"[ \t]*\n?(?:[ \t]*\n)*[ \t]*\f[ \t]*\n?(?:[ \t]*\n)*")
DIGITS = regex.compile(r"\d+")
SPACES = regex.compile(r"\s+")
EDGE_LINES = 2  # lines at a page's top and bottom that may be furniture
MIN_PAGES = 3  # pages that must repeat a line for it to be a running header or footer


def _pages(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for i, ch in enumerate(text):
        if ch == FORM_FEED:
            bounds.append((start, i))
            start = i + 1
    bounds.append((start, len(text)))
    return bounds


def _edge_lines(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The first and last non-blank lines of a page, as (start, end with the line end) spans."""
    lines = [(m.start(), m.end()) for m in regex.finditer(r"[^\n]*\n?", text[start:end]) if text[start + m.start():start + m.end()].strip()]
    lines = [(start + s, start + e) for s, e in lines]
    return lines[:EDGE_LINES], lines[-EDGE_LINES:]


def _shape(line: str) -> str:
    return SPACES.sub(" ", DIGITS.sub("#", line)).strip()


def _cells(line: str) -> int:
    line = line.strip()
    return len(line.split("\t")) if "\t" in line else 0


def _table_header(text: str, pages: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether the tabbed edge line text[s:e] is a table's header row: the line after it on its page is a row with as
    many cells, or it repeats the first row of the table the page before ends with. A tab alone says nothing: the
    PDF reader puts one between any two blocks side by side, as in a header or footer set left and right ("Kế hoạch
    … năm 2026⇥Trang 3", "Công báo tỉnh …⇥Số 12 ngày …", "UBND XÃ …⇥KẾ HOẠCH SỐ …"), which is furniture."""
    cells = _cells(text[s:e])
    if not cells:
        return False
    index = _page_index(pages, s)
    after = [line for line in text[e:pages[index][1]].split("\n") if line.strip()]
    if after and _cells(after[0]) == cells:
        return True
    if index > 0:
        before = [line for line in text[pages[index - 1][0]:pages[index - 1][1]].split("\n") if line.strip()]
        rows = []
        while before and _cells(before[-1]) == cells:
            rows.append(before.pop())
        # a header and a row at least: the same line alone at the page before's foot is that page's footer
        return len(rows) >= 2 and _shape(rows[-1]) == _shape(text[s:e])
    return False


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Whole lines (with their line ends) that are page numbers or running headers and footers."""
    pages = _pages(text)
    if len(pages) < 2:
        return []
    edges = [_edge_lines(text, s, e) for s, e in pages]
    spans: list[tuple[int, int]] = []
    # page numbers: at a page's top or bottom, counting with the pages (its own number, or one off), as a series: two
    # pages or more number the same way (a document numbers every page, or every page but the first). A number that
    # counts with its page on one page only is text: a table's row number at a page's top ("7" over the cells of row 7
    # of a table copied one cell a line) or a last line "2" that happens to match. And a page number is its page's
    # outermost line at the edge it sits on (its first line, or its last), or lies inside a running line (the same
    # line at that edge of another page: a header over the number, a footer under it); a number with a line of the
    # page's own text beyond it is a table's row number, its cells one a line ("4⏎Vận động viên năng khiếu …" at a
    # page's foot), even where another page's row number counts with its page as well
    outer_top = collections.Counter(_shape(text[s:e]) for top, _ in edges for s, e in top[:1])
    outer_bottom = collections.Counter(_shape(text[s:e]) for _, bottom in edges for s, e in bottom[-1:])
    # A series counts at one edge: a document prints its pages' numbers at the top, or at the foot, so a number at the
    # other edge that counts with its page on that page alone is text, even where the edge the series sits at numbers
    # the page as well ("06", a table's last cell at the foot of page 6, whose "6" heads it). A page of one or two lines
    # (its lines at both edges) counts at either.
    found = collections.defaultdict(list)
    for index, (top, bottom) in enumerate(edges, start=1):
        for s, e in top + bottom:
            if top and (s, e) not in (top[0], bottom[-1]):
                beyond, seen = (top[0], outer_top) if (s, e) in top else (bottom[-1], outer_bottom)
                if seen[_shape(text[beyond[0]:beyond[1]])] < 2:
                    continue
            m = PAGE_NUMBER.match(text[s:e].rstrip("\n"))
            if m and abs(int(ascii_digits(m.group("n"))) - index) <= 1:
                edge = None if (s, e) in top and (s, e) in bottom else "top" if (s, e) in top else "bottom"
                found[int(ascii_digits(m.group("n"))) - index].append((index, s, e, edge))
    filled = sum(1 for s, e in pages if text[s:e].strip())
    series = []
    for offset, where in found.items():
        for edge in ("top", "bottom"):
            here = [(index, s, e) for index, s, e, at in where if at in (edge, None)]
            on = len({index for index, _, _ in here})
            # (or "2" on page 2 alone: an administrative document numbers its pages from the second, Nghị định
            # 30/2020/NĐ-CP, Phụ lục I; a reader, OCR above all, may miss the numbers of the pages after it)
            if on >= 2 or filled <= 2 or offset == 0 and [i for i, _, _ in here] == [2]:
                series.append((edge, on, here))
    # and at the other edge than the document's own series (the one over most pages), a series over fewer than half its
    # pages is text too: rows' numbers one off their pages' at two pages' feet ("5", "6" under the last cells of a table
    # one cell a line, in a document numbered at the top); a footer "Trang n/m" on every page beside the number at the
    # top of every page but the first is a series of its own
    main_edge, most = max(((edge, n) for edge, n, _ in series), key=lambda t: t[1], default=(None, 0))
    for edge, n, here in series:
        if edge == main_edge or 2 * n >= most:
            spans += [(s, e) for _, s, e in here]
    # running headers and footers: the same line (numbers aside) at the top, or bottom, of many pages
    numbered = set(spans)
    written = [i for i, (s, e) in enumerate(pages) if text[s:e].strip()]  # (pdftotext ends the last page with a form feed too)
    for side in (0, 1):
        seen = collections.defaultdict(list)
        for page_edges in edges:
            for s, e in page_edges[side]:
                if (s, e) not in numbered and not _table_header(text, pages, s, e):  # a table's header row, repeated
                    # on each page the table runs on to, is no running header: the table model reads it
                    # (`extractors.tables`), and where a new table starts at a page's top it is that table's own header
                    seen[_shape(text[s:e])].append((s, e))
        need = max(MIN_PAGES, len(pages) // 2 + 1)
        for shape, where in seen.items():
            on = {_page_index(pages, s) for s, _ in where}
            # (or on every page but the first, two at least: a header set apart on the first page, where the letterhead
            # is, as a word processor's "different first page" gives it, in a document of three pages or more)
            if (len(on) >= need or len(written) >= 3 and on == set(written[1:])) and len(shape) >= 3:
                spans += where
    return sorted(set(spans))


# A footnote at a page's foot: its mark, then its text ("1 Nghị quyết số 163/2024/QH15 …", "(2) Theo …").
FOOTNOTE = regex.compile(r"^[ \t]*(?:(?P<n>\d{1,2})|\((?P<p>\d{1,2})\)|\[(?P<b>\d{1,2})\]|(?P<s>[¹²³⁴⁵⁶⁷⁸⁹⁰]+))[ \t]+\p{Lu}")
SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")  # the other way (readers, normalise)
MAX_FOOTNOTE_LINES = 8


def footnote_starts(text: str) -> list[int]:
    """Offsets where a page's footnotes begin: trailing lines of a page that open with a mark
    ("1 …", "(1) …", "[1] …", "¹ …") that the page's text carries after a word ("Chính phủ1,",
    "2024¹", "[1]"), below the page's last table row ("2⇥Trong đó: khách quốc tế⇥…" is a row of a table
    that runs to the page's foot, not a note). A page's footnotes are kept on lines of their own, out of its sentences."""
    starts = []
    for start, end in _pages(text)[:-1]:
        lines = [(start + m.start(), start + m.end()) for m in regex.finditer(r"[^\n]*\n?", text[start:end]) if m.end() > m.start()]
        lines = [(s, e) for s, e in lines if text[s:e].strip()]
        first = None
        for s, e in reversed(lines[-MAX_FOOTNOTE_LINES:]):
            if "\t" in text[s:e].strip():
                break  # a table's row (or blocks side by side): the notes lie below it, and its number is no mark
            m = FOOTNOTE.match(text[s:e])
            if m:
                mark = next(g for g in m.groups() if g).translate(SUPERSCRIPT)
                body = text[start:s]
                sup = mark.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
                glued = regex.search(rf"(?<=[\p{{L}}.,;:)”]){mark}(?=[\s.,;:)]|$)|\[{mark}\]|(?<=\S){sup}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])", body)
                if glued:
                    first = s
        if first is not None:
            starts.append(first)
    return starts


def _page_index(pages: list[tuple[int, int]], offset: int) -> int:
    for i, (s, e) in enumerate(pages):
        if s <= offset <= e:
            return i
    return -1

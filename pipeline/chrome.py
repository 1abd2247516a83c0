"""Page chrome: what a legal portal puts around the document it shows.

A crawled page carries the portal's frame: a copyright notice, a metadata panel
("Số hiệu:", "Loại văn bản:", "Ngày ban hành:", "Tình trạng:" with their values),
and after the document a trailer (the page title again, "Văn bản liên quan",
comparison help, attached files, login notices). None of it is the document, and
it feeds the extractors false facts (the page title cites the document itself).
`chrome_spans` finds it; the `page_chrome` step of normalisation drops it.

Conservative by construction: a field label counts only inside a panel of three
or more labels; a trailer opener only after the document's signature and with
more chrome after it; a notice only as a whole line. A sentence that mentions
"số hiệu" or "văn bản liên quan" is the document's and stays.
"""
from __future__ import annotations

import functools
import itertools
from pathlib import Path

import regex

from extractors.intervals import Intervals
from extractors.vocabulary import load_tsv
from pipeline.closing import closing_blocks

DATA = Path(__file__).resolve().parent / "data"
LINE = regex.compile(r"(?m)^[^\n]*(?:\n|$)")
MARKS = regex.compile(r"^[\s*_#|]+|[\s*_#|]+$")
SPACES = regex.compile(r"\s+")
# The document's own first lines: its issuer, number, national motto, type, preamble or first article.
DOCUMENT_START = regex.compile(
    r"^(?:Số\s*:|Luật\s+số|CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập|Căn\s+cứ|QUYẾT\s+ĐỊNH|KẾ\s+HOẠCH|NGHỊ\s+QUYẾT|NGHỊ\s+ĐỊNH|"
    r"THÔNG\s+TƯ|LUẬT|CHỈ\s+THỊ|CÔNG\s+VĂN|Điều\s+\d|Chương\s|ỦY\s+BAN|UỶ\s+BAN|UBND|BỘ\s|HỘI\s+ĐỒNG|QUỐC\s+HỘI|CHÍNH\s+PHỦ|Kính\s+gửi)"
)
# The page title the portal repeats before its trailer: "Quyết định 2904/QĐ-UBND năm 2025 công bố …".
PAGE_TITLE = regex.compile(
    r"^(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư(?: liên tịch)?|Chỉ thị|Công văn|Kế hoạch|Thông báo|"
    r"Văn bản hợp nhất|Hướng dẫn|Chương trình|Đề án|Quy chế|Quy định|Lệnh|Công điện)\s+\S*\d[^\n]{0,600}$"
)
# A news portal's lead under its panel (thuvienphapluat.vn "tin văn bản mới"): a headline, then "Ngày
# 26/11/2025, Chính phủ ban hành Nghị quyết 08/2025/NQ-CP về …" (or "… vừa có Công điện 231/CĐ-TTg"), then
# a summary of the document and "Xem thêm chi tiết tại …"; the document's own header follows.
LEAD_DOC_TYPE = (r"(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư(?: liên tịch)?|Chỉ thị|Công văn|Kế hoạch|"
                 r"Thông báo|Hướng dẫn|Chương trình|Đề án|Quy chế|Quy định|Lệnh|Công điện)")
NEWS_LEAD = regex.compile(
    r"^Ngày\s+\d{1,2}/\d{1,2}/(?:19|20)\d\d,\s+[^\n]{2,120}?\s(?:đã\s+|vừa\s+)?(?:ban\s+hành|có|ký)\s+"
    + LEAD_DOC_TYPE + r"\s+(?:số\s+)?\d+[/-]"
)
# The document's national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cut at any word by the page's
# table cells, or "Độc lập - Tự do - Hạnh phúc"), and the lines of its issuer's header above it.
MOTTO = regex.compile(r"^(?:CỘNG(?:\s+H[OÒ]À?)?(?:\s|$)|Độc\s+lập\s*[-–])")
HEADER_LINE = regex.compile(r"^(?:[|X]?|[-_=.\s]+|[^\p{Ll}]*\p{Lu}[^\p{Ll}]*)$")
# The portal's English translation of the document, shown after it (thuvienphapluat.vn: the page title, the issuer
# and the national motto in English, "SOCIALIST REPUBLIC OF VIETNAM" / "Independence – Freedom – Happiness", then the
# translated body). A translation is not the document: its citations repeat the document's in English ("Decree No.
# 120/2016/ND-CP").
ENGLISH_MOTTO = regex.compile(r"^(?:THE\s+)?SOCIALIST(?:\s+REPUBLIC\s+OF\s+VIET\s?NAM)?$")
ENGLISH_MOTTO_REST = regex.compile(r"^(?:REPUBLIC\s+OF\s+VIET\s?NAM|Independence\b)")
# "MINISTRY OF FINANCE OF VIETNAM", "THE MINISTRY OF", and the rule under it ("-------")
ENGLISH_HEADER_LINE = regex.compile(r"^(?:[A-Z][A-Z ,.&'-]*|[-_=]+)$")
ENGLISH_TITLE = regex.compile(r"^(?:Law|Decree|Circular|Joint Circular|Decision|Resolution|Directive|Official Dispatch|Plan)\s+No\.\s*\d")
# A letter only Vietnamese writes (a tone mark or ă â đ ê ô ơ ư): the lines under a translation's motto have almost none.
VIETNAMESE_LETTER = regex.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", regex.IGNORECASE)
# "-------" under a motto, a table's empty cell
RULE_LINE = regex.compile(r"^(?:[-_=.\s|]*)$")
MOTTO_REST_LINES = 3  # the motto's second line ("REPUBLIC OF VIET NAM" or "Independence …") follows within these lines
TRANSLATION_LINES = 10  # the non-empty lines under an English motto that tell a translation from a bilingual form
LEAD_HEAD_LINES = 2  # the lead is one of the first lines under the panel (the headline may come first)
LEAD_LINES = 200  # the document's motto comes within these lines of the lead
PANEL_LABELS = 3  # labels close together that make a metadata panel
PANEL_GAP = 6  # lines between two labels of one panel
HEAD_LINES = 150  # a panel before the document sits in its first lines
TITLE_NOTICE_LINES = 3  # an article's title in capitals has its date bar or view counter within these lines under it
VALUE_CHARS = 80
LONG_LINE = 40  # lines long enough to tell a repeated body from repeated boilerplate
ANCHOR_LINES = 3  # the body's first long lines, found again, start its second copy
REPEATED_LINES = 8  # long lines a second copy must repeat


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[regex.Pattern, str], ...]:
    return tuple((regex.compile(pattern), kind) for pattern, kind, *_ in load_tsv(DATA / "page_chrome.tsv"))


@functools.lru_cache(maxsize=1)
def _any_pattern() -> regex.Pattern | None:
    """All the chrome patterns as one, each its own group `k<index>`: a full match's group
    is the first pattern that matches the whole line, as `_kind` finds it. None where a
    pattern has groups of its own (their numbers would shift)."""
    patterns = _patterns()
    if any(pattern.groups for pattern, _ in patterns):
        return None
    return regex.compile("|".join(f"(?P<k{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(patterns)))


def _opening_with(first: str) -> regex.Pattern | None:
    """`_any_pattern()` with only the patterns a line that opens with `first` can match (their groups keep their names,
    `k<index>`, and order): the same full match, without trying the patterns that open otherwise (most, on most
    lines). A pattern that cannot match a line opening with `first` has no partial match of it. None where none can."""
    patterns = _patterns()
    kept = [f"(?P<k{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(patterns)
            if pattern.fullmatch(first, partial=True) is not None]
    return regex.compile("|".join(kept)) if kept else None


# `_opening_with` of the first characters met (a few hundred in a corpus; emptied past OPENINGS of them)
_OPENING: dict[str, regex.Pattern | None] = {}
OPENINGS = 4096


def _kind(clean: str) -> str | None:
    for pattern, kind in _patterns():
        if pattern.fullmatch(clean):
            return kind
    return None


# `_kind` of the lines met lately: a line's kind depends on its text alone, and the same lines are read again: by
# `pipeline.portal` in the raw text after the `page_chrome` step read them in the normalised text, and a portal's
# labels, bars and notices on every page it serves. Emptied when it holds KNOWN_LINES lines: memory stays bounded
# (some 200 bytes a line with its entry, under 2 MB; 65,536 lines grew with the corpus to 20 MB, far more than the lines
# a document or a portal repeats).
_KNOWN: dict[str, str | None] = {}
KNOWN_LINES = 1 << 13
_UNKNOWN = object()


def _kinds(cleans: list[str]) -> list[str | None]:
    """`_kind` of every non-blank line (None for a blank one): one match a distinct line (a page repeats its
    bars, rules, labels and boilerplate lines: each is matched once, and a line met lately is not matched again)."""
    combined = _any_pattern()
    seen = _KNOWN
    if len(seen) > KNOWN_LINES:
        seen.clear()
    kinds = [kind for _, kind in _patterns()]
    openings = _OPENING
    out: list[str | None] = []
    for clean in cleans:
        kind = seen.get(clean, _UNKNOWN) if clean else None  # (read once: another thread may empty the memo meanwhile)
        if kind is _UNKNOWN:
            if combined is None:
                kind = _kind(clean)
            else:
                first = clean[0]
                opening = openings.get(first, _UNKNOWN)
                if opening is _UNKNOWN:
                    if len(openings) > OPENINGS:
                        openings.clear()
                    opening = openings[first] = _opening_with(first)
                m = opening.fullmatch(clean) if opening is not None else None
                kind = kinds[int(m.lastgroup[1:])] if m else None
            seen[clean] = kind
        out.append(kind)
    return out


# The characters `\s` matches (Unicode White_Space) and the markdown marks: what MARKS strips.
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
EDGE_MARKS = WHITE_SPACE + "*_#|"


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end with its line end, the line without markdown marks and padding): the
    non-empty matches of LINE, with `SPACES.sub(" ", MARKS.sub("", line))` for each."""
    parts = text.split("\n")
    cleans = [part.strip(EDGE_MARKS) for part in parts]
    for i, clean in enumerate(cleans):
        # a printable line (every White_Space character but " " is not) without two spaces in a row
        # has no run of white space to squeeze
        if "  " in clean or not clean.isprintable():
            cleans[i] = SPACES.sub(" ", clean)
    ends = list(itertools.accumulate(len(part) + 1 for part in parts))
    ends[-1] -= 1  # the last line has no line end
    lines = list(zip([0] + ends[:-1], ends, cleans))
    return lines if parts[-1] else lines[:-1]  # not the empty match after a final line end


def _panel(lines, kinds, first: int) -> tuple[int, int] | None:
    """(first, last line index) of the first metadata panel at or after line `first`."""
    labels = [i for i in range(first, len(lines)) if kinds[i] == "field"]
    for a, i0 in enumerate(labels):
        run = [i0]
        for b in range(a + 1, len(labels)):
            if labels[b] - run[-1] > PANEL_GAP:
                break
            run.append(labels[b])
        if len(run) >= PANEL_LABELS:
            last = run[-1]
            j = last + 1
            while j < len(lines) and lines[j][2] in ("", "X"):
                j += 1
            if j < len(lines) and kinds[j] is None and len(lines[j][2]) <= VALUE_CHARS and not DOCUMENT_START.match(lines[j][2]):
                last = j  # the last label's value
            while last + 1 < len(lines) and lines[last + 1][2] == "" and lines[last + 1][1] - lines[last + 1][0] > 1:
                last += 1  # the panel's bars
            return i0, last
    return None


@functools.lru_cache(maxsize=4)
def chrome_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the portal's lines in `text`: whole lines, with their line ends."""
    lines = _lines(text)
    if not lines:
        return ()
    kinds = _kinds([clean for _, _, clean in lines])
    spans: list[tuple[int, int]] = []

    # The panel and what comes before it, when nothing before it is the document's.
    panel = _panel(lines, kinds, 0)
    if panel and panel[0] < HEAD_LINES:
        first, last = panel
        before = [clean for _, _, clean in lines[:first] if clean]
        head = 0 if not any(DOCUMENT_START.match(c) for c in before) else first
        last = _news_lead(lines, last + 1) or last
        spans.append((lines[head][0], lines[last][1]))

    # A portal's head without a panel (menu, breadcrumb, the article's title, date and view counter, share bar): the lines
    # before the document's own first line, when a notice among them (a view counter, a dateline with its clock time)
    # says they are a page's frame (s29e: a provincial portal's dateline "Thứ Sáu, 16/01/2026 | English | Liên hệ").
    if not spans:
        head = _portal_head(lines, kinds)
        if head is not None:
            spans.append((0, lines[head][1]))

    # The trailer: from an opener after the signature to the end, when more chrome follows it.
    openers = [i for i, kind in enumerate(kinds) if kind == "opener"]
    if openers:
        closing = closing_blocks(text)
        after = closing[0][0] if closing else len(text) // 3
        varied = _varied_chrome(lines, kinds)
    for i in openers:
        if lines[i][0] < after or not varied[i]:
            continue
        j = i - 1
        while j >= 0 and lines[j][2] in ("", "|"):
            j -= 1
        first = j if j >= 0 and PAGE_TITLE.match(lines[j][2]) else i
        spans.append((lines[first][0], len(text)))
        break

    # The portal's English translation after the document's signature, to the end.
    translation = _translation(text, lines)
    if translation is not None:
        spans.append((translation, len(text)))

    # A second copy of the document's body (a page crawled twice).
    spans += _repeated_body(lines, spans[0][1] if spans and spans[0][0] == 0 else 0)

    # Notices, wherever they sit.
    spans += [(lines[i][0], lines[i][1]) for i in range(len(lines)) if kinds[i] == "notice"]
    return tuple(Intervals(spans))  # merged and sorted


def _portal_head(lines, kinds) -> int | None:
    """The last line of a portal's head above the document: the line before the document's first line (DOCUMENT_START, in
    the first HEAD_LINES lines), when one of the lines above it is a notice; None otherwise (a document that opens with its
    own lines, or lines above it that no notice marks as a page's). A line that opens like the document but has a notice
    among the few lines under it is the article's title over its date bar and view counter, the portal's ("KẾ HOẠCH PHÒNG,
    CHỐNG … GIAI ĐOẠN 2026 - 2030" over "Ngày đăng: 09/02/2026 | … | Lượt xem: 536", s30b): the document starts after it."""
    for i in range(min(len(lines), HEAD_LINES)):
        if DOCUMENT_START.match(lines[i][2]):
            if i > 0 and "notice" in kinds[:i]:
                return i - 1
            if not _over_a_notice(lines, kinds, i):
                return None
    return None


def _over_a_notice(lines, kinds, i: int) -> bool:
    """Whether a notice is among the TITLE_NOTICE_LINES non-empty lines under line `i`."""
    under = [k for k in range(i + 1, min(len(lines), i + 1 + 2 * TITLE_NOTICE_LINES)) if lines[k][2] not in ("", "|")]
    return any(kinds[k] == "notice" for k in under[:TITLE_NOTICE_LINES])


def _translation(text: str, lines) -> int | None:
    """Where the portal's English translation starts: its English national motto (ENGLISH_MOTTO, its second line
    within MOTTO_REST_LINES lines) after the document's first signature or recipients block, with the English
    issuer lines above it and the page title above them (the portal's, PAGE_TITLE, or the English one,
    ENGLISH_TITLE). None when there is none."""
    if "SOCIALIST" not in text:
        return None  # no English motto (most pages): the closing blocks are not read
    closing = closing_blocks(text)
    if not closing:
        return None
    after = closing[0][0]
    for k, (start, _end, clean) in enumerate(lines):
        if start < after or not ENGLISH_MOTTO.match(clean):
            continue
        rest = [c for _, _, c in lines[k + 1:k + 1 + MOTTO_REST_LINES] if c and c != "|"]
        if not (rest and ENGLISH_MOTTO_REST.match(rest[0])) and not clean.endswith(("NAM", "NAM.")):
            continue
        if _bilingual(lines, k, after):
            continue
        first = k
        while first - 1 >= 0 and lines[first - 1][0] >= after and (
                lines[first - 1][2] in ("", "|") or ENGLISH_HEADER_LINE.match(lines[first - 1][2])):
            first -= 1
        if first - 1 >= 0 and lines[first - 1][0] >= after and (
                PAGE_TITLE.match(lines[first - 1][2]) or ENGLISH_TITLE.match(lines[first - 1][2])):
            first -= 1
        return lines[first][0]
    return None


def _bilingual(lines, k: int, after: int) -> bool:
    """The English motto at line `k` is half of a bilingual document's own motto (a plan's bilingual form or annex,
    a memorandum in two languages), not a translation's: the Vietnamese motto (MOTTO) is the line above it (rules
    and empty cells skipped) or one of the MOTTO_REST_LINES lines under it, or most of the TRANSLATION_LINES
    non-empty lines under it have a VIETNAMESE_LETTER."""
    j = k - 1
    while j >= 0 and lines[j][0] >= after and RULE_LINE.match(lines[j][2]):
        j -= 1
    if j >= 0 and lines[j][0] >= after and MOTTO.match(lines[j][2]):
        return True
    under = [c for _, _, c in lines[k + 1:] if not RULE_LINE.match(c)][:TRANSLATION_LINES]
    if any(MOTTO.match(c) for c in under[:MOTTO_REST_LINES]):
        return True
    return 2 * sum(1 for c in under if VIETNAMESE_LETTER.search(c)) >= len(under) > 0


def _news_lead(lines, first: int) -> int | None:
    """The last line of a news portal's lead and summary that starts in the first non-blank lines
    from line `first` (NEWS_LEAD), ending before the document's own header: its national motto
    (MOTTO) with the issuer's header lines above it. None when no lead starts there or no motto follows."""
    heads = [i for i in range(first, min(len(lines), first + 4 * LEAD_HEAD_LINES)) if lines[i][2] not in ("", "|", "X")]
    lead = next((i for i in heads[:LEAD_HEAD_LINES] if NEWS_LEAD.match(lines[i][2])), None)
    if lead is None:
        return None
    motto = next((k for k in range(lead + 1, min(len(lines), lead + LEAD_LINES)) if MOTTO.match(lines[k][2])), None)
    if motto is None:
        return None
    k = motto
    while k - 1 > lead and HEADER_LINE.match(lines[k - 1][2]):
        k -= 1
    return k - 1


def _varied_chrome(lines, kinds) -> list[bool]:
    """For each line: the chrome lines from it to the end are of two texts or more."""
    varied = [False] * len(lines)
    first, two = None, False
    for j in range(len(lines) - 1, -1, -1):
        if kinds[j] and not two:
            if first is None:
                first = lines[j][2]
            elif lines[j][2] != first:
                two = True
        varied[j] = two
    return varied


def _repeated_body(lines, after: int) -> list[tuple[int, int]]:
    """The second copy of the body, when the document's first long lines come again in order
    and a long run of lines follows them as in the first copy."""
    long = [(s, e, c) for s, e, c in lines if s >= after and len(c) >= LONG_LINE]
    if len(long) < 2 * REPEATED_LINES:
        return []
    head = [c for _, _, c in long[:ANCHOR_LINES]]
    for k in range(ANCHOR_LINES, len(long) - ANCHOR_LINES + 1):
        if long[k][2] != head[0] or [c for _, _, c in long[k:k + ANCHOR_LINES]] != head:
            continue
        n = 0
        while k + n < len(long) and n < k and long[k + n][2] == long[n][2]:
            n += 1
        if n >= REPEATED_LINES:
            return [(long[k][0], long[k + n - 1][1])]
    return []

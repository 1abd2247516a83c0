"""The closing blocks of a document: recipients ("Nơi nhận:" and its list) and signatures.

They name bodies, posts and people but commit to nothing, and they are not always
at the end: a decision that issues a plan ("Quyết định … ban hành kèm theo") signs
and lists its recipients, and the plan follows. Every extractor skips these spans
(`skip_spans`) instead of cutting the document at the first "Nơi nhận".

Layouts read (NĐ 30/2020/NĐ-CP, Phụ lục I: recipients bottom left, signature
bottom right): one block after the other (crawled text), the two columns side
by side on the same lines (pdftotext -layout), or both on one line (DOCX tables).
"""
from __future__ import annotations

import functools
import itertools

import regex

from extractors.intervals import Intervals
from pipeline.sections import starts_item

RECIPIENTS = regex.compile(r"^(?:Nơi|Noi|NƠI)\s+(?:nhận|NHẬN)\b")
# A recipients item: "- Như Điều 3;", "+ Sở Tài chính;", "• …".
RECIPIENT_ITEM = regex.compile(r"^[-–+•]\s*\S")
# A dash alone on its line, its item on the next (DOCX text: "-⏎Như Điều 3;").
BARE_DASH = regex.compile(r"^[-–+•]$")
# The rest of an item that a wrap carried to the next line, closed as items are ("Minh (để b/c);", "Như Điều 3;").
WRAPPED_REST = regex.compile(r"^[^\n]{1,80}[;.,)]$")
# The last item: the issuer's own archive ("- Lưu: VT, KT.", "- Lưu Văn phòng Tỉnh ủy.").
ARCHIVE = regex.compile(r"^[-–+•]?\s*(?:Lưu|LƯU)\b")
# Who signs for whom: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M TỈNH ỦY", "TL. BỘ TRƯỞNG", "Q. GIÁM ĐỐC".
SIGNATURE_START = regex.compile(r"^(?:(?:TM|KT|TL|TUQ|T/M|K/T|T/L)(?:\.?\s+\p{Lu}|\.$)|Q\.\s*\p{Lu})")
# A post alone on its line.
POST = regex.compile(
    r"^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|TRƯỞNG\s+BAN|TRƯỞNG\s+ĐOÀN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|"
    r"THỦ\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|CHỦ\s+NHIỆM|TỔNG\s+GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|TRƯỞNG\s+PHÒNG|"
    r"VIỆN\s+TRƯỞNG|CHÁNH\s+ÁN)\b"
)
# A person's name, or its family name alone when the name is wrapped ("Vũ⏎Chiến Thắng").
PERSON_NAME = regex.compile(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$|^\p{Lu}\p{Ll}+$")
SIGNED = regex.compile(r"^\(?\s*(?:Đã\s+ký|đã\s+ký|Ký|ký)\b[^\n]{0,40}\)?$")
# A filing code or page number left under the signature ("LNT_VP3_KH12", "4").
CODE = regex.compile(r"^(?=\S*[_\d])[\p{L}\d_./-]+(?:\s[\p{L}\d_./-]+){0,2}$")
# A heading that opens what follows the signature: the attached plan or an appendix.
DOCUMENT_HEADING = regex.compile(
    r"^(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHỤ\s+LỤC|Phụ\s+lục|DANH\s+MỤC|BIỂU|BẢNG|QUY\s+CHẾ|QUY\s+ĐỊNH|HƯỚNG\s+DẪN)\b"
)
# The archive line's wrapped end (NĐ 30/2020/NĐ-CP, Phụ lục I: the drafter's initials and the number of copies
# issued): "Huy (23 bản)", "NVA(10b).", "(05 bản)".
COPIES = regex.compile(r"^(?:[\p{L}.&/-]+(?:\s[\p{L}.&/-]+){0,2}\s*)?\(\s*\d{1,4}\s*(?:bản|b)\s*\)\s*[.;]?$")
# A recipients list whose "Nơi nhận:" label was lost, its items run together on one line (a crawled page that kept the
# list's table cell and dropped its label): "- Chính phủ; - Ban Tổ chức Trung ương; - Kiểm toán nhà nước; - Lưu: HC,
# PLTP." Items closed by ";", each opened by a dash, the issuer's archive item among them.
FLAT_ITEM_BREAK = regex.compile(r";\s*[-–+•]\s*")
# Its archive item, the list's last: "Lưu" with a colon ("Lưu: HC, PLTP."), the archive's codes in capitals ("Lưu VT,
# TH."), or the office that files it ("Lưu Văn phòng", "Lưu văn thư", "Lưu hồ sơ"); not a person of the family name Lưu
# ("- Lưu Quang Minh, …": every syllable of a name is capitalised, a code's every letter) nor a note ("LƯU Ý", "Lưu ý").
FLAT_ARCHIVE = regex.compile(r"^(?:Lưu|LƯU)(?:\s*:|\s+(?:\p{Lu}{2,}[\p{Lu}\d]*|(?:tại\s+)?(?:[Vv]ăn\s+(?:phòng|thư)|hồ\s+sơ))"
                             r"(?![\p{L}\p{M}]))")
FLAT_MIN_ITEMS = 3  # the archive item and two before it
LINE = regex.compile(r"(?m)^[^\n]*$")
BLOCK_START = regex.compile(f"(?:{RECIPIENTS.pattern})|(?:{SIGNATURE_START.pattern})")  # either: one match a line
FLAT_OPENERS = frozenset("-–+•")  # the first character of a RECIPIENT_ITEM
BLOCK_OPENERS = frozenset("NTKQ")  # the first letter of every BLOCK_START: other lines are ruled out without a match
EDGE_MARKS = "|*_"  # a line's ends that need more than `strip()`
CAPITAL = regex.compile(r"\p{Lu}")
SMALL = regex.compile(r"\p{Ll}")
MAX_RECIPIENT_LINES = 60
MAX_ARCHIVE_AHEAD = 25  # lines within which a wrapped item's list must reach its archive line
MAX_SIGNATURE_LINES = 12


def _caps_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 6 and CAPITAL.search(line) is not None and SMALL.search(line) is None


def _signature_line(line: str) -> bool:
    """A line of a signature block (the blank and bar lines between them count as well)."""
    if "\t" in line:  # side by side: a filing code, then the signer
        return all(_signature_line(part.strip()) for part in line.split("\t") if part.strip())
    if DOCUMENT_HEADING.match(line) or (starts_item(line) and not line.startswith("-")):
        return False
    return bool(SIGNATURE_START.match(line) or POST.match(line) or SIGNED.match(line) or CODE.match(line)
                or PERSON_NAME.match(line) or _caps_line(line))


def _lines(text: str) -> list[tuple[int, int, str]]:
    """The matches of LINE (every line, the empty last one too), with the line's words."""
    parts = text.split("\n")
    words = [part.strip() for part in parts]
    for i, line in enumerate(words):
        # a line keeps its words: padding, a table's cell bars ("| Nơi nhận:" in a signature table) and bold marks go
        if line and (line[0] in EDGE_MARKS or line[-1] in EDGE_MARKS):
            words[i] = line.strip("|").strip().strip("*_").strip()
    ends = list(itertools.accumulate(len(part) + 1 for part in parts))
    return list(zip([0] + ends[:-1], [end - 1 for end in ends], words))


def _signature_end(lines: list[tuple[int, int, str]], i: int, end: int) -> tuple[int, int]:
    """Extend a block over the signature lines from line `i`: (index after, end offset)."""
    seen = 0
    while i < len(lines) and seen < MAX_SIGNATURE_LINES:
        line = lines[i][2]
        if line in ("", "|"):
            i += 1
            continue
        if not _signature_line(line):
            break
        end = lines[i][1]
        seen += 1
        i += 1
    return i, end


def _archive_ahead(lines: list[tuple[int, int, str]], j: int) -> bool:
    """The recipients list's archive line ("Lưu: VT") comes within the lines after line j."""
    return any(ARCHIVE.match(lines[k][2]) for k in range(j + 1, min(len(lines), j + MAX_ARCHIVE_AHEAD)))


def _dashless_item(lines: list[tuple[int, int, str]], j: int) -> bool:
    """Line j is a recipients item whose list lost its dashes (Word's list bullets dropped when the text was copied:
    "Nơi nhận:⏎Thủ tướng Chính phủ (b/c);⏎Bộ Tài chính;⏎Lưu: VT, KT."): closed by ";" like an item, not a heading or a
    numbered line, and the list's archive line is ahead."""
    item = lines[j][2]
    return (item[-1:] == ";" and WRAPPED_REST.match(item) is not None and not DOCUMENT_HEADING.match(item)
            and not starts_item(item) and _archive_ahead(lines, j))


def _flat_recipients(line: str) -> bool:
    """The line is a recipients list on one line without its label: dash-opened items closed by ";", at least
    FLAT_MIN_ITEMS of them, the last the archive item (FLAT_ARCHIVE: "- Lưu: VT")."""
    if not RECIPIENT_ITEM.match(line) or line.count(";") < FLAT_MIN_ITEMS - 1:
        return False
    items = FLAT_ITEM_BREAK.split(line)
    return len(items) >= FLAT_MIN_ITEMS and FLAT_ARCHIVE.match(items[-1]) is not None


@functools.lru_cache(maxsize=4)
def closing_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every recipients block and signature block of `text`."""
    lines = _lines(text)
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        if line[:1] in FLAT_OPENERS and _flat_recipients(line):
            i, end = _signature_end(lines, i + 1, end)
            blocks.append((start, end))
            continue
        if line[:1] not in BLOCK_OPENERS or not BLOCK_START.match(line):
            i += 1
            continue
        if RECIPIENTS.match(line):
            j, last = i + 1, i
            while j < len(lines) and j - i <= MAX_RECIPIENT_LINES:
                item = lines[j][2]
                if not item or item == "|":
                    if j + 1 < len(lines) and (RECIPIENT_ITEM.match(lines[j + 1][2])
                                               or j == i + 1 and _dashless_item(lines, j + 1)):
                        j += 1
                        continue
                    break
                if ARCHIVE.match(item):
                    last = j
                    k = j + 1
                    while k < len(lines) and lines[k][2] in ("", "|"):
                        k += 1
                    if k < len(lines) and k - j <= 2 and COPIES.match(lines[k][2]):
                        last = k  # the copies issued, wrapped to the next line
                    break
                # a wrapped item: its lower-case rest, or the reason it receives the text alone ("(b/c);")
                continuation = not RECIPIENT_ITEM.match(item) and (item[0].islower() or item[0] == "(")
                # …or the rest of an item the line before left open: "- Phó Cục trưởng Nguyễn Văn⏎Minh (để b/c);",
                # "-⏎Như Điều 3;", or an item that lost its dash ("Phòng KT, TTPVHCC;") (not a heading or a numbered line,
                # and only while the archive line is ahead; the first item too when it closes with ";")
                previous = lines[j - 1][2]
                if (not continuation and not RECIPIENT_ITEM.match(item)
                        and (WRAPPED_REST.match(item) and (j - 1 > i and previous[-1:] not in ";.:" or item[-1] == ";")
                             or BARE_DASH.match(item))
                        and not DOCUMENT_HEADING.match(item) and not starts_item(item) and _archive_ahead(lines, j)):
                    continuation = True
                # the signature's lines, read into the list when the two columns come line by line
                if not (RECIPIENT_ITEM.match(item) or continuation or _signature_line(item)):
                    break
                last = j
                j += 1
            i, end = _signature_end(lines, last + 1, lines[last][1])
            blocks.append((start, end))
            continue
        if SIGNATURE_START.match(line):
            i, end = _signature_end(lines, i + 1, end)
            blocks.append((start, end))
            continue
        i += 1
    return tuple(blocks)


@functools.lru_cache(maxsize=4)
def skip_spans(text: str) -> Intervals:
    """The spans no extractor reads facts from: the recipients and signature blocks."""
    return Intervals(closing_blocks(text))

"""Reading the fields of a citation: its date, issuer (from the text or the symbol), relation,
subject, and the keys two mentions of one document share."""
from __future__ import annotations

import datetime as dt
import functools

import regex

from extractors.digits import ascii_digits
from extractors.legal_refs import patterns as P


WINDOW = 400  # how far around a code the clause that cites it is looked for
LIST_WINDOW = 3000  # how far back the opening of a list of citations is looked for
# Compiled once: a citation's fields are read per mention.
SPACES = regex.compile(r"\s+")
SYMBOL_PARTS = regex.compile(r"[-/]")
SYMBOL_SPLIT = regex.compile(r"([-/])")
# A symbol's readings below depend on the symbol alone (and the fixed lists of types and issuers): each is kept for the
# symbols met lately, as a document cites the same few symbols ("KH-UBND", "NĐ-CP", "QĐ-TTg") over and over.
SYMBOLS = 1 << 12
ASSEMBLY = regex.compile(r"(QH|UBTVQH)(\d{1,2})")
WORD = regex.compile(r"\w+")


def iso_date(day: str, month: str, year: str) -> str | None:
    """ISO date, or None for a date that does not exist ("31/6/2021")."""
    try:
        return dt.date(int(ascii_digits(year)), int(ascii_digits(month)), int(ascii_digits(day))).isoformat()
    except ValueError:
        return None


def clean(s: str | None) -> str | None:
    if s is None:
        return None
    s = SPACES.sub(" ", s).strip(" ,;:-–")
    return s or None


def normal_issuer(s: str | None) -> str | None:
    """An issuer with its spelling unified ("Huyện uỷ" → "Huyện ủy", "Uỷ ban" → "Ủy ban")."""
    s = clean(s)
    if s is None:
        return None
    for old, new in (("uỷ", "ủy"), ("Uỷ", "Ủy"), ("UỶ", "ỦY"), ("hoá", "hóa"), ("thuỷ", "thủy")):
        s = s.replace(old, new)
    return s


ISSUER_ABBREVIATIONS = tuple((regex.compile(rf"(?<![\p{{L}}]){abbrev}(?![\p{{L}}])"), name)  # issuer_abbrev.tsv
                             for abbrev, name in (("UBND", "Ủy ban nhân dân"), ("HĐND", "Hội đồng nhân dân"), ("TTg", "Thủ tướng")))


STANDING_PREFIX = regex.compile(r"^(?:ban thường vụ|thường trực|ban chấp hành|ban cán sự đảng|đảng đoàn) ")


def issuer_key(s: str | None) -> str:
    """An issuer reduced to its lower-case words, the usual abbreviations expanded ("UBND tỉnh" → "ủy ban nhân dân tỉnh")."""
    s = normal_issuer(s) or ""
    for abbrev, name in ISSUER_ABBREVIATIONS:
        s = abbrev.sub(name, s)
    return " ".join(WORD.findall(s.lower()))


def same_issuer(a: str | None, b: str | None) -> bool:
    """Whether two issuers may be one, as citations name it long or short: either is unknown, or one's words run inside the
    other's ("Tỉnh ủy" and "Ban Thường vụ Tỉnh ủy", "UBND tỉnh" and "Ủy ban nhân dân tỉnh Lâm Đồng"), or one's opens the other's
    but for a standing committee ("Ban Thường vụ Tỉnh ủy" and "Tỉnh ủy Lào Cai"); not "HĐND tỉnh" and
    "Tỉnh ủy", nor "UBND tỉnh" and "Thủ tướng Chính phủ")."""
    a, b = issuer_key(a), issuer_key(b)
    if not a or not b:
        return True
    short, long = sorted((a, b), key=len)
    if f" {short} " in f" {long} ":
        return True
    # the body and its standing committee, with or without its place: "Ban Thường vụ Tỉnh ủy" and "Tỉnh ủy Lào Cai"
    a, b = (STANDING_PREFIX.sub("", k).split() for k in (a, b))
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def closed_issuer(issuer: str) -> str:
    """An issuer read up to where the clause moved on, without the clause that follows a complete name: "Chính phủ quản lý nhà
    nước về …" → "Chính phủ", "Ủy ban nhân dân tỉnh bãi bỏ một phần …" → "Ủy ban nhân dân tỉnh" (but "Ủy ban nhân dân tỉnh
    Lâm Đồng": a capital after a committee runs on its place's name)."""
    m = P.CLOSED_ISSUER.match(issuer)
    if m is None or not (m.group("rest").lstrip()[0].islower() or not P.CLOSED_PLACE.match(m.group("name"))):
        return issuer
    return m.group("name")


@functools.lru_cache(maxsize=SYMBOLS)
def symbol_issuer(symbol: str | None) -> str | None:
    """The issuer a symbol names unambiguously: "NQ-CP" → Chính phủ, "16/2021/QH15" → Quốc hội khóa XV;
    a letter's symbol opens with its issuer ("8935/BNV-CTTN" → Bộ Nội vụ, "11033/STC-CSTH" → Sở Tài chính)."""
    if not symbol:
        return None
    parts = SYMBOL_PARTS.split(symbol)
    if P.JOINT_TYPE.fullmatch(parts[0]) and len(parts) > 2:
        # a joint document names each issuer after its type: "TTLT-BTC-BNV" → Bộ Tài chính và Bộ Nội vụ (all of them, or none)
        joint = [_agency(p) for p in parts[1:]]
        if all(joint):
            return joint[0] if len(joint) == 1 else ", ".join(joint[:-1]) + " và " + joint[-1]
        return None
    if parts[0] not in P.DOC_TYPES and len(parts) > 1:  # no type abbreviation: a letter (NĐ 30/2020)
        first = _agency(parts[0])
        if first:
            return first
    last = next((_canonical_abbrev(p) for p in reversed(parts)), parts[-1])
    m = ASSEMBLY.fullmatch(last)
    if m:
        return f"{P.ISSUERS[m.group(1)]} khóa {_roman(int(m.group(2)))}"
    return P.ISSUERS.get(last) or _agency(last)


LOCAL_ISSUERS = ("UBND", "HĐND")  # local issuers: which one, the symbol does not say, but it is an issuer


def _ascii_d(abbrev: str) -> str:
    return abbrev.replace("Đ", "D").replace("đ", "d")


# Type abbreviations typed with a plain D (or the look-alike Ð, U+00D0) for Đ: "ND-CP", "QD-UBND"
# (unless the plain form is another type: "DA" is Dự án, "ĐA" Đề án).
ASCII_TYPES = {_ascii_d(a): a for a in P.DOC_TYPES if "Đ" in a or "đ" in a}
ASCII_TYPES = {k: v for k, v in ASCII_TYPES.items() if k not in P.DOC_TYPES}


@functools.lru_cache(maxsize=SYMBOLS)
def unglued(symbol: str) -> str:
    """A symbol typed without the hyphen between the type and the issuer is that symbol with it:
    "TTBXD" → "TT-BXD", "NĐCP" → "NĐ-CP" (a known type abbreviation, then a known issuer); a type
    typed with D for Đ is that type ("103/2024/ND-CP" → "NĐ-CP")."""
    symbol = symbol.replace("Ð", "Đ")
    parts = SYMBOL_SPLIT.split(symbol, maxsplit=1)
    if len(parts) == 3 and parts[0] in ASCII_TYPES:
        return ASCII_TYPES[parts[0]] + parts[1] + parts[2]
    if SYMBOL_PARTS.search(symbol) or symbol in P.DOC_TYPES or _canonical_abbrev(symbol) in P.ISSUERS:
        return symbol
    for abbrev in sorted(P.DOC_TYPES, key=len, reverse=True):
        rest = symbol[len(abbrev):]
        if symbol.startswith(abbrev) and len(rest) >= 2 and (_agency(rest) or rest in LOCAL_ISSUERS):
            return f"{abbrev}-{_canonical_abbrev(rest)}"
    for abbrev in sorted(P.DOC_TYPES, key=len, reverse=True):
        # the type's last letter typed once for the issuer's first too: "CTTg" for CT-TTg (Chỉ thị of the Thủ tướng)
        rest = abbrev[-1] + symbol[len(abbrev):]
        if symbol.startswith(abbrev) and len(rest) >= 3 and _canonical_abbrev(rest) in P.ISSUERS:
            return f"{abbrev}-{_canonical_abbrev(rest)}"
    return symbol


# Abbreviations written in mixed case ("TTg", "CTr", "QĐi"), by their upper-case spelling.
MIXED_CASE: dict[str, str] = {}
for _abbrev in list(P.ISSUERS) + list(P.DOC_TYPES):  # (the first spelling listed: "CTr" before "Ctr")
    if _abbrev != _abbrev.upper():
        MIXED_CASE.setdefault(_abbrev.upper(), _abbrev)


@functools.lru_cache(maxsize=SYMBOLS)
def canonical_symbol(symbol: str) -> str:
    """A symbol from an upper-case heading in its canonical case: "QĐ-TTG" → "QĐ-TTg", "CTR/TU" → "CTr/TU"; a capital of
    another script drawn as a Latin one is the Latin one ("NĐ-СР" with Cyrillic letters → "NĐ-CP")."""
    symbol = symbol.translate(P.LATIN_LOOKALIKES)
    return "".join(MIXED_CASE.get(part, part) if part.isupper() else part for part in SYMBOL_SPLIT.split(symbol))


@functools.lru_cache(maxsize=SYMBOLS)
def _canonical_abbrev(part: str) -> str:
    """"TTG" in an upper-case heading is "TTg"."""
    return next((k for k in P.ISSUERS if k.upper() == part.upper()), part)


@functools.lru_cache(maxsize=SYMBOLS)
def _agency(part: str, departments: bool = True) -> str | None:
    """A ministry by its abbreviation, or a provincial department (Sở) by the abbreviation of its
    ministry's sector: "SKHCN" → Sở Khoa học và Công nghệ (Sở + BKHCN's sector)."""
    part = _canonical_abbrev(part)
    if part in P.ISSUERS:
        return P.ISSUERS[part]
    if departments and part.startswith("S") and ("B" + part[1:]) in P.ISSUERS and P.ISSUERS["B" + part[1:]].startswith("Bộ "):
        return "Sở " + P.ISSUERS["B" + part[1:]][len("Bộ "):]
    return None


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def relation(text: str, start: int) -> str:
    line_start = max(text.rfind("\n", 0, start) + 1, start - WINDOW)
    para_start = text.rfind("\n\n", max(0, start - LIST_WINDOW), start)
    para_start = max(0, start - LIST_WINDOW) if para_start < 0 else para_start
    before = text[para_start:start]
    if not any(word in before for word in P.BASIS_WORDS):  # (the line's start is in the paragraph: neither pattern can match)
        return "mentions"
    if P.BASIS_CUE.search(text[line_start:start]):
        return "basis"
    return "basis" if _basis_list(before) and not P.PROPOSAL_ITEM.search(before) else "mentions"


def _basis_list(before: str) -> bool:
    """Whether `P.BASIS_LIST.search(before)` finds a list, searched only from where one can open: its cue word ends after
    the list's last stop (P.LIST_STOP), as the list runs from it to the end of `before`, and only marks, digits and white
    space come between the line break it opens at and its cue word (P.NOT_BEFORE_CUE). Most paragraphs that mention a
    cue word earlier need no search, and a list is searched for from its last lines only."""
    stop = P.LIST_STOP.search(before)
    late = stop.end() - P.BASIS_WORD_TAIL if stop else 0
    cues = [at for word in P.BASIS_WORDS if (at := before.find(word, max(0, late - len(word)))) >= 0]
    if not cues:
        return False
    opens = P.NOT_BEFORE_CUE.search(before, 0, min(cues))
    return P.BASIS_LIST.search(before, opens.start() if opens else 0) is not None


def tail(text: str, end: int) -> tuple[int, dict]:
    """Date, issuer and subject that follow a citation's head; returns (new end, fields)."""
    fields: dict = {}

    def date_at(pos: int) -> int:
        m = P.DATE_AFTER.match(text[pos:pos + 80])
        if not m:
            return pos
        fields["date_raw"] = clean(m.group("date"))
        fields["date"] = iso_date(m.group("day"), m.group("month"), m.group("year"))
        return pos + m.end()

    end = date_at(end)
    read_to = end  # where the issuer as read ends (a clause cut off after a complete name may lead to the subject)
    m = P.ISSUER_AFTER.match(text[end:end + 140])
    if m:
        issuer = closed_issuer(m.group("issuer"))
        fields["issuer"] = normal_issuer(issuer)
        read_to = end + m.end()
        end += m.start("issuer") + len(issuer)
        if "date" not in fields and read_to == end:  # "… của Bộ Chính trị ngày 28/01/2022"
            end = read_to = date_at(end)
    at = end
    if note := P.RENAMED_NOTE.match(text[at:at + 140]):
        at += note.end()  # "… của Bộ Nông nghiệp và PTNT (nay là Bộ Nông nghiệp và Môi trường) về …"
    m = P.SUBJECT_AFTER.match(text[at:at + 600]) or ("issuer" in fields and P.CAPITAL_SUBJECT.match(text[at:at + 600]))
    if not m and read_to > end:  # "… của Chính phủ vể việc sửa đổi, bổ sung …" (a typed word after the issuer)
        at = read_to
        m = P.SUBJECT_AFTER.match(text[at:at + 600])
    if m:
        subject = clean(m.group("subject"))
        fields["subject"] = subject
        fields["subject_span"] = (at + m.start("subject"), at + m.end("subject"))
    return end, fields


def date_after(text: str, end: int) -> tuple[int, dict]:
    m = P.DATE_AFTER.match(text[end:end + 80])
    if not m:
        return end, {}
    return end + m.end(), {"date_raw": clean(m.group("date")), "date": iso_date(m.group("day"), m.group("month"), m.group("year"))}


def code_key(code: str | None) -> str:
    return "".join((code or "").split()).upper()


def words(s: str) -> tuple[str, ...]:
    return tuple(WORD.findall(s.lower()))

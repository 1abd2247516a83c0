"""A legal portal's attribute panel, read as a second witness of the documents row.

A crawled page of a portal (thuvienphapluat.vn, vbpl.vn, luatvietnam.vn) puts a panel of the
document's attributes above it:

    Số hiệu:        471/QĐ-UBND          Loại văn bản:   Quyết định
    Nơi ban hành:   Tỉnh Bắc Ninh        Người ký:       Phạm Văn Thịnh
    Ngày ban hành:  28/11/2025           Tình trạng:     Đã biết

Normalisation drops the panel with the rest of the page's frame (`pipeline.chrome`), so it is
read from the raw text. It fills only a field the document's own text leaves empty, and only
when the panel and the text agree wherever both state a field (a panel that names another
number, date or signer is another document's, and is not used at all). Labels outside the panel
(the related-documents list, "Tình trạng hiệu lực", effect dates) are never read.
"""
from __future__ import annotations

import regex

from extractors.bodies.naming import known_name, spelling
from pipeline import chrome

# The panel's labels read here (pipeline/data/page_chrome.tsv lists them with their portals) and the field each states.
LABELS = {"Số hiệu:": "doc_number", "Loại văn bản:": "doc_type", "Nơi ban hành:": "issued_by", "Cơ quan ban hành:": "issued_by",
          "Người ký:": "signer", "Ngày ban hành:": "issue_date"}
NOT_STATED = {"", "X", "Đã biết", "Đang cập nhật", "Không xác định", "Không có"}
DATE = regex.compile(r"^(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d\d)$")
NUMBER = regex.compile(r"^\d{1,6}(?:/(?:19|20)\d\d)?[/-][\p{Lu}Đ][\p{L}\d&./-]*$")
NAME = regex.compile(r"^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$")
# "Tỉnh Bắc Ninh", "Thành phố Hà Nội": the place, not the body; the number's symbol says which body of it issued.
PLACE = regex.compile(r"^(?P<level>Tỉnh|Thành phố)\s+(?P<name>\p{Lu}[\p{L} -]+)$")
LOCAL_SYMBOL = {"UBND": "UBND", "HĐND": "HĐND", "CTUBND": "Chủ tịch UBND"}


# The lines read first: a panel starts in the first HEAD_LINES lines, so it is read from the text's
# first lines unless it runs on to their end (then from the whole text).
FIRST_LINES = 400


def panel_fields(raw_text: str) -> dict[str, str]:
    """The panel's stated values by field ({"doc_number": "471/QĐ-UBND", "issue_date": "2025-11-28", …})."""
    cut = -1
    for _ in range(FIRST_LINES):
        cut = raw_text.find("\n", cut + 1)
        if cut < 0:
            break
    if cut >= 0 and cut + 1 < len(raw_text):
        found = _panel_fields(raw_text[:cut + 1], whole=False)
        if found is not None:
            return found
    return _panel_fields(raw_text, whole=True)


def _panel_fields(raw_text: str, whole: bool) -> dict[str, str] | None:
    """`panel_fields` of `raw_text`; when it is not the `whole` text but its first lines, None where
    what the whole text's lines say could differ: the panel runs on to the last of them.

    Every line is read alone (`chrome._lines`, `chrome._kinds`), so the first lines read the same in
    both; a panel that starts in the first HEAD_LINES is found in them (its first three labels lie
    within 2 * PANEL_GAP lines of its start); the reading of a panel found stops at its last label
    PANEL_GAP lines on at most, and at the first line after it that is not blank, "X" or "|"."""
    lines = chrome._lines(raw_text)
    if not lines:
        return {}
    kinds = chrome._kinds([clean for _, _, clean in lines])
    panel = chrome._panel(lines, kinds, 0)
    if not panel or panel[0] >= chrome.HEAD_LINES:
        return {}
    first, last = panel
    if not whole and (last + chrome.PANEL_GAP + 1 >= len(lines)
                      or all(lines[k][2] in ("", "X", "|") for k in range(last + 1, len(lines)))):
        return None
    out: dict[str, str] = {}
    for i in range(first, last + 1):
        field = LABELS.get(lines[i][2]) if kinds[i] == "field" else None
        if not field:
            continue
        j = i + 1
        while j < len(lines) and lines[j][2] in ("", "|"):
            j += 1
        value = lines[j][2] if j < len(lines) and kinds[j] is None else ""
        if value in NOT_STATED or field in out:
            continue
        if field == "issue_date":
            m = DATE.match(value)
            if not m or not 1 <= int(m.group("month")) <= 12 or not 1 <= int(m.group("day")) <= 31:
                continue
            value = f"{m.group('year')}-{int(m.group('month')):02d}-{int(m.group('day')):02d}"
        elif field == "doc_number" and not NUMBER.match(value):
            continue
        elif field == "signer" and not NAME.match(value):
            continue
        out[field] = value
    return out


def _issuer(panel: dict[str, str]) -> tuple[str | None, str | None, str | None]:
    """(issuer, level, place) the panel states: a body the lists know ("Cục Thuế", "Bộ Công thương"), or a
    province or city with the body its number's symbol names ("Tỉnh Bắc Ninh" + "…/QĐ-UBND")."""
    value = panel.get("issued_by")
    if not value:
        return None, None, None
    name = known_name(value)
    if name:
        return name, None, None
    m = PLACE.match(value)
    number = panel.get("doc_number", "")
    body = LOCAL_SYMBOL.get(number.rsplit("-", 1)[-1]) if "-" in number else None
    if m and body:
        level = m.group("level").lower()
        return f"{body} {level} {spelling(m.group('name').strip())}", level, m.group("name").strip()
    return None, None, None


def _same(field: str, a: str, b: str) -> bool:
    if field == "doc_number":
        return regex.sub(r"\s+", "", a).upper() == regex.sub(r"\s+", "", b).upper()
    if field == "issue_date":
        return a == b or b.startswith(a)  # "2025-11" stated in the text, "2025-11-28" in the panel
    return a == b


def fill_from_panel(fields: dict, raw_text: str, resolve_place=None) -> dict:
    """`fields` with the empty ones the panel states filled in, when the panel agrees with the text."""
    panel = panel_fields(raw_text)
    if not panel:
        return fields
    anchors = [f for f in ("doc_number", "issue_date", "signer") if fields.get(f) and panel.get(f)]
    if any(not _same(f, fields[f], panel[f]) for f in anchors):
        return fields  # another document's panel
    out = dict(fields)
    for f in ("doc_number", "signer"):
        if not out.get(f) and panel.get(f):
            out[f] = panel[f]
    if panel.get("issue_date") and (not out.get("issue_date") or len(out["issue_date"]) < 10 and panel["issue_date"].startswith(out["issue_date"])):
        out["issue_date"] = panel["issue_date"]
    if not out.get("issuer"):
        issuer, level, place = _issuer(panel)
        if issuer:
            out["issuer"] = issuer
            if level and place and not out.get("province") and resolve_place:
                province, _ = resolve_place(level, spelling(place))
                out["province"] = province or out.get("province")
    return out

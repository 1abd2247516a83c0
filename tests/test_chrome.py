"""Page chrome: a portal's panel, trailer and notices go; the document's own text stays."""
from __future__ import annotations

import pytest

from pipeline.chrome import chrome_spans
from pipeline.normalise import normalise

BODY = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ

Số: 2685/QĐ-UBND

QUYẾT ĐỊNH

Điều 1. Giao Sở Công Thương hoàn thành trước ngày 18/11/2025.

Nơi nhận:
- Như Điều 1;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Đức Tiến
"""

TVPL_HEAD = """|
Bản dịch này thuộc quyền sở hữu của **
THƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép, đăng tải lại mà không có sự đồng ý của **
THƯ VIỆN PHÁP LUẬT** là vi phạm pháp luật về Sở hữu trí tuệ.
X
Đang tải văn bản...
**Số hiệu:**
|
2685/QĐ-UBND
|
**Loại văn bản:**
|
Quyết định
|
**Người ký:**
|
Lê Đức Tiến
|
**Tình trạng:**
|
Đã biết
|
"""

PANEL_HEAD = """Cơ quan ban hành:
Ủy ban nhân dân tỉnh Quảng Trị
Lĩnh vực:
Thương mại
Tình trạng hiệu lực: Còn hiệu lực
"""

TVPL_TAIL = """Quyết định 2685/QĐ-UBND năm 2025 công bố Danh mục thủ tục hành chính
Văn bản này chưa cập nhật nội dung Tiếng Anh
## Văn bản liên quan
Ban hành:
25/11/2025
Hiệu lực: Đã biết
Tình trạng: Đã biết
Thưa Quý khách,
Quý khách Đăng nhập vào thì sẽ
"""

TABS_TAIL = """Tiếng Anh
|
Lược đồ
|
Liên quan hiệu lực
|
Tải về
"""


@pytest.mark.parametrize("head, tail", [
    (TVPL_HEAD, TVPL_TAIL),
    (PANEL_HEAD, TABS_TAIL),
    (TVPL_HEAD, ""),
    ("", TVPL_TAIL),
])
def test_the_portal_frame_goes_and_the_document_stays(head, tail):
    raw = head + BODY + tail
    text = normalise(raw).text
    assert "Điều 1. Giao Sở Công Thương hoàn thành trước ngày 18/11/2025." in text
    assert text.lstrip().startswith("ỦY BAN NHÂN DÂN")
    assert text.rstrip().endswith("Lê Đức Tiến")
    for chrome in ("Số hiệu", "Loại văn bản", "THƯ VIỆN PHÁP LUẬT", "Đang tải", "Văn bản liên quan", "Lược đồ",
                   "Tải về", "Quý khách", "Cơ quan ban hành", "Tình trạng", "năm 2025 công bố"):
        assert chrome not in text


# a provincial or ministry portal's article frame (hand-written in the way such pages are laid out)
PORTAL_HEAD = """Trang chủ > Chỉ đạo điều hành > Văn bản
Cập nhật: 02/12/2025 08:15 | Lượt xem: 2.417
"""
PORTAL_TAILS = [
    """Chia sẻ
In bài viết
Tin, bài liên quan
Kế hoạch số 88/KH-UBND ngày 04/3/2025 về cải cách hành chính năm 2025 (04/03/2025)
Quyết định số 940/QĐ-UBND phê duyệt đề án vị trí việc làm (21/06/2025)
Tổng lượt truy cập: 4.120.338
""",
    """**Lượt xem: 356**
In trang
Gửi email
CÁC TIN KHÁC
- Sở Nội vụ triển khai Nghị quyết số 19/NQ-HĐND ngày 10/7/2025
""",
]


# s23d: an article's dateline (weekday, date, clock time) above the document is the portal's
PORTAL_DATELINE_HEAD = """Trang chủ > Văn bản chỉ đạo điều hành > Kế hoạch
Thứ sáu, 20/12/2024 - 15:42
Lượt xem: 2.317
"""


# s29e: a portal's head without a panel (menu, breadcrumb, the article's title, a date bar without a clock time), a view
# counter among its lines; the footer's owner, licence and copyright lines after the related news
PORTAL_MENU_HEAD = """Cổng Thông tin điện tử tỉnh Quảng Trị
Thứ Sáu, 16/01/2026 | English | Liên hệ | Sơ đồ site
TRANG CHỦ
CHỈ ĐẠO - ĐIỀU HÀNH
Trang chủ / Chỉ đạo - Điều hành / Văn bản chỉ đạo
Quyết định công bố danh mục thủ tục hành chính giai đoạn 2026 - 2030
16/01/2026 08:45 | Lượt xem: 1.276
Chia sẻ: Facebook | Zalo
"""
# s30b: the article's title in capitals, which opens like a document ("KẾ HOẠCH …"), over its date bar and view counter,
# and a list of earlier news with their figures above it: the portal's
PORTAL_CAPITAL_TITLE_HEAD = """TRANG THÔNG TIN ĐIỆN TỬ XÃ NAM ĐÀ
Trang chủ
Văn bản chỉ đạo điều hành
Bạn đang ở: Trang chủ / Văn bản chỉ đạo điều hành / Y tế
Các tin đã đưa:
• Trạm Y tế xã tổ chức khám sức khỏe cho 320 người cao tuổi (10/12/2025)
KẾ HOẠCH PHÒNG, CHỐNG BỆNH DẠI TRÊN ĐỊA BÀN XÃ GIAI ĐOẠN 2026 - 2030
Ngày đăng: 09/02/2026 | Tác giả: Văn phòng HĐND và UBND xã | Lượt xem: 536
Chia sẻ bài viết: [Facebook] [Zalo]
"""
# s31b: the view counter in a bar with the print and font-size links after it, and the editor's lede naming the plan under it
PORTAL_BAR_LEDE_HEAD = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
Trang chủ » Chỉ đạo điều hành » Kế hoạch - Chương trình
Triển khai truy xuất nguồn gốc sản phẩm, hàng hóa và tem điện tử giai đoạn 2026 - 2028
Cập nhật: 14/04/2026 09:35 | Lượt xem: 1.326 | In bài | Cỡ chữ A- A+
(Cổng TTĐT) - Ngày 10/4/2026, UBND tỉnh ban hành Kế hoạch số 128/KH-UBND. Toàn văn Kế hoạch như sau:
"""
PORTAL_TAILS.append("""Tin liên quan
Chợ đêm thu hút 5.000 lượt khách mỗi tối cuối tuần (08/11/2025)
Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Trị
Giấy phép số 68/GP-TTĐT ngày 20/5/2025 của Cục Phát thanh, truyền hình và thông tin điện tử.
© Bản quyền thuộc Cổng Thông tin điện tử tỉnh Quảng Trị. Ghi rõ nguồn khi phát hành lại thông tin.
""")


@pytest.mark.parametrize("head", ["", PORTAL_HEAD, PORTAL_DATELINE_HEAD, PORTAL_MENU_HEAD, PORTAL_CAPITAL_TITLE_HEAD,
                                  PORTAL_BAR_LEDE_HEAD])
@pytest.mark.parametrize("tail", PORTAL_TAILS)
def test_a_portals_article_frame_goes(head, tail):
    text = normalise(head + BODY + tail).text
    assert "Điều 1. Giao Sở Công Thương hoàn thành trước ngày 18/11/2025." in text
    assert text.rstrip().endswith("Lê Đức Tiến")
    for chrome in ("Lượt xem", "Chia sẻ", "In trang", "In bài viết", "liên quan", "88/KH-UBND", "940/QĐ-UBND",
                   "19/NQ-HĐND", "truy cập", "20/12/2024", "16/01/2026", "2026 - 2030", "5.000 lượt khách", "68/GP-TTĐT",
                   "Bản quyền", "320 người", "BỆNH DẠI", "Cỡ chữ", "Cổng TTĐT", "10/4/2026"):
        assert chrome not in text
    assert text.lstrip().startswith("ỦY BAN NHÂN DÂN") or not head


def test_removed_chrome_keeps_the_offset_map():
    raw = TVPL_HEAD + BODY + TVPL_TAIL
    mt = normalise(raw)
    start = mt.text.index("18/11/2025")
    s, e = mt.raw_span(start, start + len("18/11/2025"))
    assert raw[s:e] == "18/11/2025"


@pytest.mark.parametrize("text", [
    # prose that mentions a panel's words
    "Ghi rõ số hiệu văn bản, ngày ban hành và tình trạng hiệu lực của các văn bản liên quan.\n" + BODY,
    "- Rà soát các văn bản liên quan đến lĩnh vực khoáng sản;\n- Cập nhật số hiệu, loại văn bản vào cơ sở dữ liệu.\n" + BODY,
    # one label is the document's own
    "Số hiệu:\nKH-01\n" + BODY,
    # a heading "Văn bản liên quan" inside the document, before its signature
    "II. CĂN CỨ\nVăn bản liên quan\nTình trạng: Đã biết\n" + BODY,
    # an opener alone after the signature, with no other chrome
    BODY + "Tải về\n",
    BODY + "Chia sẻ\n",
    # a document's own lines that start like a portal's share bar or related list
    "2. Chia sẻ thông tin giữa các sở, ngành;\nTin liên quan đến dịch bệnh được cập nhật hằng ngày.\n" + BODY,
    # a day of a schedule in the document (no clock time): the document's
    "Lịch làm việc của Đoàn kiểm tra:\nThứ hai, 15/01/2026\nThứ ba, 16/01/2026: làm việc tại huyện\n" + BODY,
    # lines above the document's header that no notice marks as a page's: the document's (s29e)
    "Kế hoạch tổ chức hội nghị giai đoạn 2026 - 2030\nThứ Sáu, 16/01/2026 | Hội trường tỉnh\n" + BODY,
    # the document's own heading in capitals with no notice under it (s30b)
    "KẾ HOẠCH PHÒNG, CHỐNG BỆNH DẠI NĂM 2026\nCăn cứ Luật Thú y;\n" + BODY,
    # a licence the document lists (a ministry's, not a web portal's or a newspaper's), a "(c)" item
    BODY.replace("Điều 1.", "Giấy phép số 15/GP-BTNMT ngày 03/02/2025 của Bộ Tài nguyên và Môi trường\n(c) Điều 1."),
])
def test_the_documents_own_text_is_not_chrome(text):
    assert chrome_spans(text) == ()


def _sentences(n: int, topic: str) -> str:
    return "\n".join(f"{i}. Sở Tài chính chủ trì rà soát nội dung số {i} về {topic} trên địa bàn tỉnh." for i in range(1, n + 1))


@pytest.mark.parametrize("body", [_sentences(10, "chuyển đổi số"), "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n" + _sentences(9, "đầu tư công")])
def test_a_body_crawled_twice_is_read_once(body):
    raw = body + "\nTM. ỦY BAN NHÂN DÂN\n" + body + "\n"
    text = normalise(raw).text
    assert text.count("rà soát nội dung số 5 ") == 1


def test_repeated_boilerplate_inside_a_document_stays():
    block = _sentences(4, "thủ tục hành chính")
    raw = "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n" + _sentences(10, "đầu tư công") + "\nPhụ lục\n" + block + "\n" + block
    assert normalise(raw).text.count("rà soát nội dung số 2 về thủ tục") == 2


# --- fast paths: the same answers as the definitions they replace --------------------------------

LINE_SHAPES = [
    "**Số hiệu:**", "| Loại văn bản: |", "  ## Văn bản liên quan  ", "Tình  trạng:\tĐã biết", "Ngày\u00a0ban hành:",
    "a\x1cb", "\x1c Số hiệu: \x1f", "* _ # |", "", " ", "Quý khách Đăng nhập vào thì sẽ\u2028", "Đã ký\u3000 ",
]


@pytest.mark.parametrize("text", [
    "\n".join(LINE_SHAPES), "\n".join(LINE_SHAPES) + "\n", "\n\n" + "\r\n".join(LINE_SHAPES), "x", "", "\n",
])
def test_chrome_lines_are_the_lines_cleaned_one_by_one(text):
    """`_lines` cleans every line at once with str methods; each line is what MARKS and SPACES
    make of it (a line end kept out, `\\x1c` kept in: it is no regex white space)."""
    from pipeline.chrome import LINE, MARKS, SPACES, _lines

    expected = [(m.start(), m.end(), SPACES.sub(" ", MARKS.sub("", m.group()))) for m in LINE.finditer(text) if m.end() > m.start()]
    assert _lines(text) == expected


def test_white_space_is_what_the_regex_calls_white_space():
    import regex

    from pipeline.chrome import WHITE_SPACE

    everything = "".join(map(chr, range(0x110000)))
    assert "".join(regex.findall(r"\s", everything)) == WHITE_SPACE
    assert all(c == " " or not c.isprintable() for c in WHITE_SPACE)  # what `_lines` relies on


@pytest.mark.parametrize("line", [
    "Số hiệu:", "Tình trạng: Hết hiệu lực một phần", "Tình trạng:", "Văn bản liên quan", "Văn bản liên quan cùng nội dung",
    "Tải về", "Đang tải văn bản...", "Vui lòng Đăng nhập để xem", "Văn bản liên quan đến quy hoạch", "Số hiệu: 12", "",
])
def test_chrome_kinds_are_the_first_matching_pattern(line):
    from pipeline.chrome import _kind, _kinds

    assert _kinds([line]) == [_kind(line) if line else None]


def test_chrome_kinds_of_repeated_lines_are_each_lines_own():
    """`_kinds` matches a line that comes again once: every line, repeated or not, in any order, gets its own kind,
    and a list's kinds never answer for the next list's."""
    from pipeline.chrome import _kind, _kinds

    lines = ["Số hiệu:", "Tải về", "", "Văn bản liên quan đến quy hoạch", "Tải về", "Số hiệu:", "Vui lòng Đăng nhập để xem", ""]
    for batch in (lines, lines[::-1], lines * 3, ["Tải về"] * 4, ["Văn bản liên quan đến quy hoạch"] * 2):
        assert _kinds(batch) == [_kind(line) if line else None for line in batch]
    assert _kinds(["Tải về", "Tải về"]) == ["opener", "opener"] and _kinds(["Tải về xong"]) == [None]


# A news portal's lead between its panel and the document: a headline, "Ngày …, X ban hành <type> <number>",
# a summary that repeats the document's deadlines, "Xem thêm chi tiết tại …"; then the document's header.
NEWS_LEADS = [
    "## Hỗ trợ Nhân dân sửa nhà trước ngày 30/11/2025\n"
    "**Ngày 23/11/2025, Thủ tướng Chính phủ có Công điện 227/CĐ-TTg về tập trung khắc phục hậu quả mưa lũ.**\n"
    "- Hỗ trợ Nhân dân sửa chữa nhà cửa, hoàn thành trước ngày 30/11/2025.\n"
    "Xem thêm chi tiết tại Công điện 227/CĐ-TTg ngày 23/11/2025.\n|\n",
    "## Danh mục vật liệu bán dẫn được khuyến khích từ 1/1/2026\n"
    "**Ngày 15/11/2025, Bộ trưởng Bộ Khoa học và Công nghệ ban hành Thông tư 32/2025/TT-BKHCN về Danh mục.**\n"
    "Căn cứ tại Mục A Danh mục ban hành kèm theo Thông tư 32/2025/TT-BKHCN quy định như sau:\n"
    "Thông tư 32/2025/TT-BKHCN có hiệu lực thi hành từ ngày 1/1/2026.\n",
    "**Ngày 21/11/2025, Bộ Nội vụ đã ban hành Công văn 10988/BNV-CQĐP tuyên truyền chủ trương.**\n"
    "Xem chi tiết tại Công văn 10988/BNV-CQĐP ban hành ngày 21/11/2025.\n",
]
HEADER = "|\n**ỦY\nBAN NHÂN DÂN**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize("lead", NEWS_LEADS)
def test_a_news_lead_under_the_panel_is_the_portals(lead):
    text = normalise(TVPL_HEAD + lead + HEADER + BODY).text
    assert text.lstrip("|\n").startswith("ỦY BAN NHÂN DÂN")
    for chrome in ("Xem", "khuyến khích", "ngày 30/11/2025", "Ngày 2", "Ngày 1"):
        assert chrome not in text
    assert "Điều 1. Giao Sở Công Thương hoàn thành trước ngày 18/11/2025." in text


@pytest.mark.parametrize("text", [
    # the document's own narrative under the panel (no document named by type and number)
    TVPL_HEAD + HEADER + "Ngày 23/9/2025, Thứ trưởng Nguyễn Tri Thức chủ trì cuộc họp.\n" + BODY,
    # a lead-like line with no document's header after it: kept (the panel alone goes)
    TVPL_HEAD + NEWS_LEADS[2] + BODY.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n", ""),
    # a lead that is not among the first lines under the panel
    TVPL_HEAD + "## Tin mới\nMột đoạn giới thiệu.\nĐoạn thứ hai.\n" + NEWS_LEADS[2] + HEADER + BODY,
])
def test_the_documents_own_dated_lines_are_not_a_lead(text):
    assert "Ngày 2" in normalise(text).text


# The portal's English translation after the document's signature (its page title, the issuer and the national motto
# in English, then the translated body) is the portal's: it gives no facts, and its citations ("Decree No.
# 120/2016/ND-CP") are not the document's. The document's own text before it stays.
TRANSLATIONS = [
    "|\n** **\nCircular No. 110/2025/TT-BTC dated November 19, 2025 on fees for licensing karaoke services\n|\n"
    "**MINISTRY OF FINANCE OF VIETNAM**\n-------\n|\n**SOCIALIST REPUBLIC OF VIETNAM**\n"
    "Independence – Freedom – Happiness\n----------------\n|\nNo. 110/2025/TT-BTC\n|\n"
    "Pursuant to the Government’s Decree No. 120/2016/ND-CP dated August 23, 2016;\n",
    "|\nThông tư 61/2025/TT-BCT quy định về hạn ngạch thuế quan nhập khẩu do Bộ trưởng Bộ Công Thương ban hành\n|\n"
    "THE MINISTRY OF\nINDUSTRY AND TRADE OF VIETNAM\n|\nTHE SOCIALIST\nREPUBLIC OF VIET NAM\n"
    "Independence-Freedom-Happiness\n|\nNo. 61/2025/TT-BCT\n|\nPursuant to the Government's Decree No. 40/2025/ND-CP;\n",
]


@pytest.mark.parametrize("translation", TRANSLATIONS)
def test_the_portals_english_translation_after_the_signature_goes(translation):
    from extractors.legal_refs import extract_legal_refs
    text = normalise(BODY + translation).text
    assert "Điều 1. Giao Sở Công Thương hoàn thành trước ngày 18/11/2025." in text and "Lê Đức Tiến" in text
    assert "Pursuant" not in text and "SOCIALIST" not in text
    assert not [r for r in extract_legal_refs(text) if "ND-CP" in (r.code or "")]


@pytest.mark.parametrize("text", [
    # an English document: its motto opens it, before any signature
    "MINISTRY OF FINANCE\n|\nSOCIALIST REPUBLIC OF VIETNAM\nIndependence – Freedom – Happiness\n"
    "Pursuant to the Government’s Decree No. 120/2016/ND-CP;\n" + BODY,
    # the motto named in the document's own sentence after its signature (an attached agreement's title)
    BODY + "Hiệp định giữa Chính phủ nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM và THE SOCIALIST REPUBLIC OF VIETNAM\n",
    # a plan's bilingual form after the issuing decision's signature: the Vietnamese motto above the English one
    BODY + "KẾ HOẠCH\nThu hút đầu tư nước ngoài năm 2025\nPhụ lục I\nMẪU ĐƠN ĐĂNG KÝ (song ngữ)\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSOCIALIST REPUBLIC OF VIETNAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Independence - Freedom - Happiness\nĐƠN ĐỀ NGHỊ / APPLICATION FORM\nKính gửi: Sở Tài chính\nPhụ lục II\n"
    "| 1 | Tổ chức hội nghị xúc tiến đầu tư | Sở Tài chính | Tháng 9/2025 |\n",
    # a memorandum annexed in two languages, the English motto first, the Vietnamese one under it
    BODY + "Phụ lục\nBIÊN BẢN GHI NHỚ HỢP TÁC\n|\nTHE SOCIALIST REPUBLIC OF VIETNAM\n-------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nIndependence - Freedom - Happiness\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hai bên thống nhất phối hợp tổ chức 02 hội chợ Tháng 9/2025.\n",
    # a form for foreigners with the English motto alone: the form's own lines under it are Vietnamese
    BODY + "Mẫu số 02 (dùng cho người nước ngoài)\nSOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom - Happiness\n"
    "---------------\nTỜ KHAI ĐĂNG KÝ TẠM TRÚ / DECLARATION\nKính gửi: Công an xã\nNgày đến / Date of arrival: Tháng 9/2025\n"
    "Họ và tên / Full name: ……\nQuốc tịch / Nationality: ……\nNơi ở hiện nay tại Việt Nam: ……\n",
])
def test_english_without_the_portals_translation_shape_stays(text):
    kept = normalise(text).text
    assert "SOCIALIST" in kept
    assert "Tháng 9/2025" in kept or "Tháng 9/2025" not in text  # the lines under a bilingual motto stay


def test_chrome_kinds_remembered_across_texts_are_each_lines_own(monkeypatch):
    """The kinds `_kinds` remembers from earlier texts (`chrome._KNOWN`) answer as a fresh match would, whatever came
    before, and the memory stays bounded: it is emptied once it holds more than KNOWN_LINES lines."""
    from pipeline import chrome

    lines = ["Số hiệu:", "Tải về", "", "Văn bản liên quan đến quy hoạch", "Vui lòng Đăng nhập để xem", "Tình trạng:", "Lượt xem: 12"]
    expected = [chrome._kind(line) if line else None for line in lines]
    monkeypatch.setattr(chrome, "KNOWN_LINES", 4)
    chrome._KNOWN.clear()
    for batch in (lines, lines[::-1], lines * 2, [f"dòng {i}" for i in range(10)] + lines):
        assert chrome._kinds(batch) == [chrome._kind(line) if line else None for line in batch]
        assert chrome._kinds(lines) == expected
        assert len(chrome._KNOWN) <= 4 + len(lines)
    chrome._KNOWN[""] = "field"  # a blank line is never read from the memory
    assert chrome._kinds([""]) == [None]
    chrome._KNOWN.clear()

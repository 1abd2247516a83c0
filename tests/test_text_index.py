"""The per-text index shared by the extractors (`extractors.text_index`): a pattern tried only where its opening words
are written finds what a scan of the whole text finds, and nothing computed for one text is read for another."""
from __future__ import annotations

import pytest

from extractors.bodies import patterns as B
from extractors.deadlines import patterns as D
from extractors.legal_refs import patterns as L
from extractors.targets import patterns as T
from extractors.text_index import digit_run_starts, digits_opening, holds, lower_text, opened_by, word_starts, word_starts_by_one_scan

# (pattern, its opening words, read case-insensitively, opens at a number too[, the words found by one scan])
WINDOWED = {
    "yearless": (D.YEARLESS, D.YEARLESS_OPENERS, True, D.YEARLESS_DIGITS),
    "yearless_every_number": (D.YEARLESS, D.YEARLESS_OPENERS, True, True),
    "relative": (D.RELATIVE, D.RELATIVE_OPENERS, True, False),
    "relative_to_end": (D.RELATIVE_TO_END, D.RELATIVE_TO_END_OPENERS, True, False),
    "number_word": (T.NUMBER_WORD_RE, T.NUMBER_WORD_OPENERS, True, False),
    "number_word_range": (T.NUMBER_WORD_RANGE_RE, T.NUMBER_WORD_RANGE_OPENERS, True, False),
    "named_by_bare_number": (L.NAMED_BY_BARE_NUMBER, L.NAMED_BY_BARE_NUMBER_OPENERS, False, False),
    "form_mark": (B.FORM_MARK, B.FORM_MARK_OPENERS, False, False),
    "titled_unnumbered": (L.TITLED_UNNUMBERED, L.TITLED_UNNUMBERED_OPENERS, False, False, True),
    "named_document": (L.NAMED_DOCUMENT, L.NAMED_DOCUMENT_OPENERS, False, False),
    "law_by_name": (L.LAW_BY_NAME, L.LAW_BY_NAME_OPENERS, False, False),
    "standard": (L.STANDARD, L.STANDARD_OPENERS, False, False),
    "amending_law": (L.AMENDING_LAW, L.AMENDING_LAW_OPENERS, False, False),
}

EXAMPLES = [
    ("yearless", "Các sở báo cáo kết quả trước ngày 15 tháng 12 hằng năm và trước ngày 20/6 về Sở Tài chính."),
    ("yearless", "Định kỳ báo cáo trước Ngày 18 hằng tháng; họp giao ban vào Thứ Sáu hằng tuần, quý IV hằng năm tổng kết."),
    ("yearless", "TRƯỚC NGÀY 05/01 HẰNG NĂM, từ 2/3 thành viên trở lên; số 12345/6 không phải ngày."),
    ("yearless", "Tổ chức từ tháng 3 đến tháng 11 hằng năm; tháng 6 và tháng 12 hằng năm sơ kết, ngày 20 tháng cuối quý."),
    ("relative", "Trong vòng 30 ngày kể từ ngày Kế hoạch này được ban hành, các đơn vị xây dựng kế hoạch chi tiết."),
    ("relative", "Chậm nhất sau 03 tháng kể từ ngày ký ban hành Quyết định này; sau 15 ngày, kể từ ngày nhận được Kế hoạch này."),
    ("relative", "TRONG THỜI HẠN 10 NGÀY KỂ TỪ NGÀY KẾ HOẠCH NÀY CÓ HIỆU LỰC; trong năm 2026 không có hạn tương đối."),
    ("relative_to_end", "Chậm nhất 05 ngày làm việc sau khi kết thúc đợt kiểm tra, đoàn gửi báo cáo về Sở Nội vụ."),
    ("relative_to_end", "Trong vòng 10 ngày sau khi kết thúc, các đơn vị tổng hợp; trong thời hạn 15 ngày kể từ ngày hoàn thành hội nghị."),
    ("relative_to_end", "Chậm nhất 05 ngày làm việc trước ngày kiểm tra; TRƯỚC NGÀY KIỂM TRA ít nhất 03 ngày làm việc; trong thời hạn 10 ngày sau Hội nghị."),
    ("number_word", "Mỗi xã có ít nhất một cơ sở y tế; tổ chức tối thiểu hai lần/năm, không quá ba ngày; Một trong ba địa phương."),
    ("number_word", "Dựa trên một đơn vị GRDP; Hơn hai nghìn hộ; trên ba tỉnh."),
    ("number_word_range", "Mỗi huyện chọn từ hai đến ba sản phẩm; Từ năm đến bảy mô hình; một - hai lớp tập huấn mỗi năm."),
    ("named_by_bare_number", "Thực hiện Nghị quyết 57 về đột phá phát triển khoa học; các Nghị quyết 57, 66 và 68 của Bộ Chính trị."),
    ("named_by_bare_number", "Chỉ thị 11 của Ban Thường vụ; những Kết luận 3 nội dung trọng tâm; Quyết định 05 văn bản."),
    ("form_mark", "Tên đơn vị: ………………\nĐịa chỉ: ....................\n<Cơ quan, đơn vị> đề nghị Sở Y tế\n(Tên cơ quan, tổ chức)"),
    ("form_mark", "Chúng tôi trân trọng đề nghị Sở Tài chính; tôi/chúng tôi cam kết; đề nghị cho phép tôi tham gia.\n"
                  "Tuyên truyền, vận động …. Công an tỉnh phối hợp; ngày 12/2025/NĐ-CP."),
    ("titled_unnumbered", "Theo Kế hoạch của UBND tỉnh về triển khai Kế hoạch liên ngành phòng, chống dịch; các Quyết định của Thủ tướng."),
    ("titled_unnumbered", "Căn cứ Quy chế phối hợp giữa các sở, ngành;\nThông tư liên tịch hướng dẫn; Chương trình hành động của Tỉnh ủy."),
    ("named_document", "Thực hiện Chiến lược phát triển kinh tế - xã hội 10 năm; các Đề án “Tăng cường năng lực”; Quy hoạch điện VIII."),
    ("named_document", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Chương trình OCOP và Khung Chương trình đào tạo."),
    ("law_by_name", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Bộ luật Lao động; Pháp lệnh Thư viện."),
    ("law_by_name", "Thực hiện Bộ Luật Dân sự và các Luật Đất đai; pháp Luật Việt Nam; Trường Đại học Luật Hà Nội."),
    ("standard", "Theo TCVN 10299:2025 và QCVN 06:2022/BXD; tiêu chuẩn TCVN ISO 9001:2015; XTCVN 1:2020 không phải."),
    ("amending_law", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu; Pháp lệnh sửa đổi 02 pháp lệnh."),
    # letters whose lower case is read otherwise by a case-insensitive pattern: "ſ" an "s", "İ" an "i" (lowered as it
    # is, two characters)
    ("relative", "ſau 30 ngày kể từ ngày Kế hoạch này được ban hành; trong vòng 10 ngày kể từ ngày ký ban hành Quyết định này."),
    ("number_word", "İt nhất một lớp; ít nhất hai đoàn kiểm tra mỗi năm."),
    ("yearless", "Nộp trước ngày 15/6 hằng năm (İ); thứ Hai hằng tuần."),
    # the numbers a yearless date opens with, found by YEARLESS_DIGITS: a day before "/" or "tháng", an hour before its weekday
    ("yearless", "Trước 16 giờ thứ Sáu hằng tuần, trước 8h30 thứ Hai hằng tuần; 15 /6 và 30 THÁNG 9, 5\n/12 hằng năm."),
    ("yearless", "Gửi 123/6, 2025/12, 1.5/6 và 07-15/12 hằng năm; 20 tháng 11 hằng năm; 3 giờ chiều; 31/12 hằng năm."),
    ("yearless_every_number", "Trước 16 giờ thứ Sáu hằng tuần; gửi trước 15 tháng 12 và 20/6 hằng năm, 123/6 không phải."),
    # the words a yearless date opens with, in any case and over a line's end, and the same words where none opens (the
    # regulation's "quy định", "tháng" and "ngày" before no number)
    ("yearless", "Theo quy định, QUÍ 2 hằng năm và Quy IV hằng năm; NGÀY\n15 THÁNG\t12 hằng năm; CHỦ NHẬT hằng tuần, "
                 "Thứ  Bảy hằng tuần; hằng ngày, hằng tháng; ngày thứ hai hằng tháng; từ Tháng 3 - tháng 5 hằng năm."),
]


# what must follow an opening word for the pattern to open there (`opened_by`'s `goes_on`)
GOES_ON = {"yearless": D.YEARLESS_WORDS_GOING_ON, "yearless_every_number": D.YEARLESS_WORDS_GOING_ON}


@pytest.mark.parametrize("kind,text", EXAMPLES)
def test_a_windowed_pattern_finds_what_a_scan_finds(kind, text):
    pattern, words, ignore_case, digits, *one_scan = WINDOWED[kind]
    scanned = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    windowed = [(m.span(), m.groupdict())
                for m in opened_by(pattern, text, words, ignore_case, digits, *one_scan, goes_on=GOES_ON.get(kind))]
    assert windowed == scanned
    assert scanned or kind == "number_word_range" and "năm đến" not in text  # the examples hold matches


def test_examples_hold_matches_of_every_pattern():
    for kind, (pattern, *_rest) in WINDOWED.items():
        assert any(pattern.search(text) for k, text in EXAMPLES if k == kind), kind


@pytest.mark.parametrize("kind,text", [(k, t) for k, t in EXAMPLES if k.startswith("yearless")])
def test_yearless_numbers_found_by_one_scan_are_every_number_it_opens_with(kind, text):
    """YEARLESS tried at the numbers YEARLESS_DIGITS finds and at every number of the text: the same matches."""
    every = [(m.span(), m.groupdict()) for m in opened_by(D.YEARLESS, text, D.YEARLESS_OPENERS, True, True)]
    assert [(m.span(), m.groupdict()) for m in opened_by(D.YEARLESS, text, D.YEARLESS_OPENERS, True, D.YEARLESS_DIGITS)] == every
    assert all(any(m.start() == s for s in digits_opening(text, D.YEARLESS_DIGITS))
               for m in D.YEARLESS.finditer(text) if text[m.start()].isdigit())  # every number a match opens with


@pytest.mark.parametrize("kind,text", [(k, t) for k, t in EXAMPLES if k.startswith("yearless")])
def test_yearless_words_it_opens_with_are_followed_as_it_reads_them(kind, text):
    """Every YEARLESS match that opens with a word opens where YEARLESS_WORDS_GOING_ON matches in the lower-case text:
    tried only there, it finds the same matches as where every opening word is written."""
    lower = lower_text(text)
    assert all(D.YEARLESS_WORDS_GOING_ON.match(lower, m.start()) for m in D.YEARLESS.finditer(text) if not text[m.start()].isdigit())
    every = [(m.span(), m.groupdict()) for m in opened_by(D.YEARLESS, text, D.YEARLESS_OPENERS, True, True)]
    assert [(m.span(), m.groupdict())
            for m in opened_by(D.YEARLESS, text, D.YEARLESS_OPENERS, True, True, goes_on=D.YEARLESS_WORDS_GOING_ON)] == every


def test_an_opening_left_out_loses_its_matches():
    """The opening words must be complete: without the number opening, a yearless "15/12" is not found."""
    text = "Báo cáo trước ngày 15 tháng 12 hằng năm; gửi 20/6 hằng năm."
    scanned = [m.span() for m in D.YEARLESS.finditer(text)]
    windowed = [m.span() for m in opened_by(D.YEARLESS, text, D.YEARLESS_OPENERS, True)]
    assert len(windowed) < len(scanned)


def test_nothing_leaks_between_texts():
    a, b = "Trước Ngày 15/12 Hằng Năm", "ſau Khi Kết Thúc Đợt"
    assert lower_text(a) == "trước ngày 15/12 hằng năm"
    assert lower_text(b) == "sau khi kết thúc đợt"
    assert lower_text(a) == a.lower()  # asked again after another text: its own
    assert lower_text("İt nhất") == "it nhất"  # read as an "i" (lowered as it is, two characters: offsets would shift)
    assert word_starts(lower_text(a), ("ngày", "năm")) == (6, 22)
    assert word_starts(lower_text(b), ("ngày", "năm")) == ()
    assert digit_run_starts("ngày 15/12/2025") == (5, 8, 11)
    assert digit_run_starts("không có số") == ()
    assert holds("Trước Tết Nguyên đán", ("tết",), ignore_case=True)
    assert not holds("Trước Tết Nguyên đán", ("tết",))
    # the same words over texts in turn: each text's own places
    texts = [f"{'x' * n}trong vòng 30 ngày" for n in range(12)]
    for n, text in enumerate(texts):
        assert word_starts(lower_text(text), ("trong",)) == (n,)


@pytest.mark.parametrize("text,words", [
    ("Theo Kế hoạch liên tịch và Kế hoạch; Thông tư liên tịch, Thông báo", L.TITLED_UNNUMBERED_OPENERS),
    ("ababa baba", ("ab", "ba")),  # a word opening inside another's place: found by a pass for each word instead
    ("aaaa", ("aa",)),
    ("trong sau chậm trong", ("trong", "sau", "chậm")),
])
def test_one_scan_finds_every_place_a_word_is_written(text, words):
    assert word_starts_by_one_scan(text, words) == word_starts(text, words)

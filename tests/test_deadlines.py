"""Deadlines: examples are the tests (surface form -> date, date_end, precision, kind, recurrence), plus negatives."""
from __future__ import annotations

import pytest

from extractors.deadlines import extract_deadlines


def deadlines(text: str, year: int = 2021):
    return extract_deadlines(text, period=(None, None), doc_year=year)


# (text, [(date, date_end, precision, kind, recurrence)])
EXAMPLES = [
    ("Các cơ quan gửi hồ sơ về Phòng Nội vụ trước ngày 21 tháng 11 năm 2024 đối với sơ kết.",
     [("2024-11-21", None, "day", "submit", None)]),
    ("c) Báo cáo tổng kết phong trào thi đua gửi về Phòng Nội vụ chậm nhất ngày 30/12/2025.",
     [("2025-12-30", None, "day", "submit", None)]),
    ("thời gian bắt đầu thi đua kể từ tháng 3 năm 2024 đến hết tháng 12 năm 2025.",
     [("2024-03", "2025-12", "month", "period", None)]),
    ("2. Thời gian thi đua: Từ ngày ban hành Kế hoạch đến hết ngày 31/12/2025.",
     [(None, "2025-12-31", "day", "period", None)]),
    ("- Tổ chức sơ kết vào cuối năm 2024.", [("2024", None, "year", "review", None)]),
    ("tham mưu UBND huyện tổ chức phát động phong trào thi đua trong quý I/2024.",
     [("2024-Q1", None, "quarter", "milestone", None)]),
    ("- Đợt thi đua thứ nhất (từ ngày 01/01/2021 đến 30/6/2021): thi đua lập thành tích.",
     [("2021-01-01", "2021-06-30", "day", "period", None)]),
    ("Tổ chức tổng kết đợt thi đua, hoàn thành trước ngày 31/6/2021.", [(None, None, "day", "review", None)]),
    ("Xây dựng Kế hoạch đầu tư công trung hạn 2021-2025, trình HĐND huyện tại Kỳ họp giữa năm 2021.",
     [("2021", None, "year", "submit", None)]),
    ("Sở Công Thương tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.",
     [(None, None, "day", "submit", "yearly")]),
    ("Hằng năm, trước ngày 20/11 các đơn vị gửi báo cáo.", [(None, None, "day", "submit", "yearly")]),
    ("Hoàn thành xây dựng phần mềm trong 6 tháng đầu năm 2022.", [("2022-01", "2022-06", "month", "milestone", None)]),
    ("Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh trong tháng 11/2025.", [("2025-11", None, "month", "submit", None)]),
    ("thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026; số lượng mẫu 240.", [("2026-03", "2026-10", "month", "period", None)]),
    ("Thời gian: Từ ngày 15/11 đến ngày 20/11/2025.", [("2025-11-15", "2025-11-20", "day", "period", None)]),
    ("tiến hành sơ kết, đánh giá, rút kinh nghiệm vào năm 2023.", [("2023", None, "year", "review", None)]),
]

# Must give no deadline.
NEGATIVE = [
    "Căn cứ Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị về xây dựng tỉnh.",
    "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;",
    "Vĩnh Thuận, ngày 12 tháng 4 năm 2024",
    "kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2021).",
    "- Đến năm 2025, tỷ lệ lao động qua đào tạo đạt 75%.",
    "gắn với sơ kết việc thực hiện nhiệm vụ 06 tháng đầu năm 2021,",
    "Xây dựng Kế hoạch đầu tư công trung hạn 2021-2025 phù hợp.",
    "bù vào phần mất mát do thiên tai gây ra trong năm 2020.",
    "phong trào “Xây dựng nông thôn mới giai đoạn 2021-2025”",
    "3.2.1. Trong năm 2024: Toàn huyện có thêm 01 xã đạt chuẩn nông thôn mới.",
    "Phấn đấu đến cuối năm 2025, có ít nhất 80% số xã đạt chuẩn nông thôn mới, hoàn thành các chỉ tiêu.",
    "Tỷ lệ nữ tiến sĩ đạt 30% vào năm 2025, hoàn thành mục tiêu.",
]


@pytest.mark.parametrize("text,expected", EXAMPLES)
def test_examples(text, expected):
    got = [(d.date, d.date_end, d.precision, d.kind, d.recurrence) for d in deadlines(text)]
    assert got == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert deadlines(text) == []


def test_rows_quote_the_text_and_name_the_body():
    text = "a) Các cơ quan, đơn vị, địa phương gửi hồ sơ về Phòng Nội vụ trước ngày 21 tháng 11 năm 2024."
    (d,) = deadlines(text)
    assert text[d.start:d.end] == d.text == d.date_raw == "trước ngày 21 tháng 11 năm 2024"
    assert d.body == "Các cơ quan, đơn vị, địa phương"
    assert d.action.startswith("Các cơ quan") and d.rule == "rule_day"


def test_own_period_when_the_text_states_none():
    text = "KẾ HOẠCH\nPhát động phong trào thi đua năm 2024\nI. MỤC ĐÍCH\nThi đua hoàn thành chỉ tiêu."
    (d,) = extract_deadlines(text, period=("2024", "2024"), doc_year=2024)
    assert (d.date, d.kind, d.rule, d.text) == ("2024", "period", "rule_own_period", "năm 2024")


def test_past_dates_are_history_not_deadlines():
    assert deadlines("Hoàn thành trước ngày 30/9/2010.", year=2021) == []


def test_task_table_time_cells_need_no_cue():
    text = ("TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
            "1\tRà soát quy hoạch khoáng sản\tSở Nông nghiệp và Môi trường\tSở Tài chính\tTháng 6/2026\n"
            "2\tXây dựng cơ sở dữ liệu\tSở Khoa học và Công nghệ\tCác sở\t2026-2027\n"
            "3\tBáo cáo kết quả thực hiện\tSở Công Thương\tUBND các xã\tXong trong Quý II/2026\n"
            "4\tTuyên truyền\tSở Văn hóa\tCác sở\tThường xuyên\n")
    got = [(d.date, d.date_end, d.precision, d.kind, d.body, d.action, d.rule) for d in deadlines(text, 2026)]
    assert got == [
        ("2026-06", None, "month", "milestone", "Sở Nông nghiệp và Môi trường", "Rà soát quy hoạch khoáng sản", "rule_task_table"),
        ("2026", "2027", "year", "period", "Sở Khoa học và Công nghệ", "Xây dựng cơ sở dữ liệu", "rule_task_table"),
        ("2026-Q2", None, "quarter", "submit", "Sở Công Thương", "Báo cáo kết quả thực hiện", "rule_task_table"),
    ]


def test_dates_before_the_plan_was_issued_are_history():
    text = ("UBND TỈNH X\nSố: 12/KH-UBND\tX, ngày 20 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Ngày 15/3/2025, Sở Nội vụ đã tổ chức hội nghị. Các sở gửi báo cáo trước ngày 15/6/2025.\n")
    assert [d.date for d in extract_deadlines(text)] == ["2025-06-15"]


def test_a_deadline_under_a_body_heading_belongs_to_that_body():
    text = ("IV. TỔ CHỨC THỰC HIỆN\n3. Phòng Nội vụ\nTổng hợp, báo cáo kết quả về UBND huyện trước ngày 15/12/2025.\n"
            "4. Sở Tài chính\nBố trí kinh phí trong quý I/2026.\n")
    assert [(d.date, d.body) for d in deadlines(text, 2025)] == [("2025-12-15", "Phòng Nội vụ"), ("2026-Q1", "Sở Tài chính")]

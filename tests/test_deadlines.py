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
    # s29a: the part of the day a ceremony is held in, after its cue, under the anniversary it celebrates
    ("e) Kỷ niệm 80 năm Ngày Toàn quốc kháng chiến: tổ chức Lễ mít tinh cấp tỉnh vào sáng ngày 18/12/2026 tại Quảng trường tỉnh.",
     [("2026-12-18", None, "day", "milestone", None)]),
    ("Kỷ niệm 81 năm Quốc khánh: tổ chức bắn pháo hoa vào buổi tối ngày 02/9/2026.", [("2026-09-02", None, "day", "milestone", None)]),
]

# Must give no deadline.
NEGATIVE = [
    "Căn cứ Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị về xây dựng tỉnh.",
    "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;",
    "Vĩnh Thuận, ngày 12 tháng 4 năm 2024",
    "kỷ niệm 91 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2021).",
    "Tối ngày 19/12/1946, Chủ tịch Hồ Chí Minh ra Lời kêu gọi toàn quốc kháng chiến.",  # s29a: a time of day, no cue
    # s28d: a named observance day's own date ("Ngày Quốc tế Đa dạng sinh học 22/5 hằng năm")
    "Tổ chức truyền thông hưởng ứng Ngày Quốc tế Đa dạng sinh học 22/5 hằng năm.",
    "Hưởng ứng Ngày Pháp luật Việt Nam (ngày 9/11) hằng năm.",
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


# A run of months of one year in running text: one deadline from the first month to the last.
MONTH_RUNS = [
    ("Sở Y tế tổ chức tập huấn cho cán bộ y tế cơ sở trong tháng 3-4/2026.", "trong tháng 3-4/2026", "2026-03", "2026-04", "milestone"),
    ("Tổ chức hội nghị sơ kết 01 năm thực hiện Kế hoạch trong tháng 3 - 4 năm 2026.", "trong tháng 3 - 4 năm 2026", "2026-03", "2026-04", "review"),
    ("Các đơn vị gửi báo cáo về Sở Nội vụ trong các tháng 6, 7/2025.", "trong các tháng 6, 7/2025", "2025-06", "2025-07", "submit"),
    ("Kiểm tra việc thực hiện tại các xã vào tháng 9 – tháng 11/2025.", "vào tháng 9 – tháng 11/2025", "2025-09", "2025-11", "review"),
    ("Hoàn thành lắp đặt thiết bị trong tháng 6 và 7 năm 2025.", "trong tháng 6 và 7 năm 2025", "2025-06", "2025-07", "milestone"),
]


@pytest.mark.parametrize("text, raw, first, last, kind", MONTH_RUNS)
def test_month_runs(text, raw, first, last, kind):
    (d,) = deadlines(text, 2025)
    assert (d.text, d.date, d.date_end, d.precision, d.kind) == (raw, first, last, "month", kind)


@pytest.mark.parametrize("text", [
    "Trong tháng 3-4/2024, toàn tỉnh đã tổ chức 12 lớp tập huấn.",  # before the plan's year: what happened
    "Chỉ tiêu Coliform; tần suất: Tháng 3, 4 và tháng 9 - tháng 11 hằng năm.",  # no year: a schedule, not a date
    "Tuyên truyền tháng 3-4/2026 về phòng chống dịch bệnh.",  # no cue: a month named in passing
])
def test_month_runs_negative(text):
    assert [(d.date, d.date_end) for d in deadlines(text, 2025) if d.date_end] == []


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


def test_own_period_over_two_years_its_title_joins():
    """s26c: a title that joins two years of its own ("cuối năm 2025 và dịp Tết … năm 2026") states the plan's period once."""
    text = "KẾ HOẠCH\nBình ổn thị trường cuối năm 2025 và dịp Tết Nguyên đán Bính Ngọ năm 2026\nI. MỤC ĐÍCH\nBảo đảm cung cầu."
    (d,) = extract_deadlines(text)
    assert (d.date, d.date_end, d.kind, d.rule) == ("2025", "2026", "period", "rule_own_period")
    assert d.text == "cuối năm 2025 và dịp Tết Nguyên đán Bính Ngọ năm 2026"
    # negative: a title with no year of its own (a cited resolution's date) leaves the period to the restatement's span
    text = ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 09/NQ-CP ngày 06 tháng 01 năm 2026 của Chính phủ về phát triển nông "
            "nghiệp\nỦy ban nhân dân tỉnh ban hành Chương trình hành động thực hiện Nghị quyết số 09/NQ-CP giai đoạn 2026 - 2030 "
            "như sau:\nI. MỤC TIÊU\nPhát triển nông nghiệp.")
    assert [(d.date, d.date_end, d.rule) for d in extract_deadlines(text) if d.kind == "period"] == [("2026", "2030", "rule_own_period")]


@pytest.mark.parametrize("label, own", [
    # s29a: spans listed after one label are a schedule's windows, the activities' times: the title still gives the plan's period
    ("c) Thời gian tuyên truyền cao điểm: từ ngày 20/01/2026 đến ngày 05/02/2026 (dịp Tết); từ ngày 15/8/2026 đến ngày "
     "05/9/2026 (dịp Quốc khánh).", True),
    # negative: one span a label introduces states the plan's period itself
    ("3. Thời gian thực hiện: từ ngày 20/01/2026 đến ngày 31/12/2026.", False),
])
def test_own_period_beside_a_schedules_windows(label, own):
    text = f"KẾ HOẠCH\nTổ chức các hoạt động kỷ niệm các ngày lễ lớn năm 2026\nI. NỘI DUNG\n{label}\nII. TỔ CHỨC THỰC HIỆN\n"
    found = [d.rule for d in extract_deadlines(text, period=("2026", "2026"), doc_year=2026) if d.kind == "period"]
    assert ("rule_own_period" in found) == own


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


# --- wordings of plans the seeds do not use (issue 10) ----------------------------------------
def keys(text: str, year: int = 2025):
    """(date, date_end, recurrence, numbers of the quote): what the scorer compares."""
    import regex
    return [(d.date, d.date_end, d.recurrence, tuple(int(n) for n in regex.findall(r"\d+", d.text)) if d.date is None else None)
            for d in deadlines(text, year)]


CLASS_EXAMPLES = [
    # elliptic ranges: the first date borrows what the second states
    ("- Đợt 02 dự kiến: Thực hiện vét trong 03 ngày làm việc (từ ngày 08 đến ngày 10 tháng 12 năm 2025).",
     [("2025-12-08", "2025-12-10", None, None)]),
    ("Thời gian tổ chức: từ ngày 3 đến ngày 7/11/2025 tại các xã.", [("2025-11-03", "2025-11-07", None, None)]),
    ("Thời gian thực hiện: Từ tháng 3 đến tháng 10/2026.", [("2026-03", "2026-10", None, None)]),
    # w23b: "hằng năm" right before the date's cue is the nearer cue, not the "định kỳ 6 tháng" before it; each cue its date
    ("Các phòng báo cáo kết quả thực hiện định kỳ 6 tháng, hằng năm trước ngày 15/12; Giám đốc sơ kết vào quý IV/2028.",
     [(None, None, "yearly", (15, 12)), ("2028-Q4", None, None, None)]),
    ("Các đơn vị báo cáo định kỳ 6 tháng trước ngày 15/6, hằng năm trước ngày 15/12.",
     [(None, None, "half_yearly", (15, 6)), (None, None, "yearly", (15, 12))]),
    # yearless dates: recurrence said after the date, or earlier in the sentence; never a year inferred
    ("Các phòng, đơn vị báo cáo tình hình thực hiện về Phòng Kế hoạch - Tổng hợp trước ngày 18 hằng tháng.",
     [(None, None, "monthly", (18,))]),
    ("Các đơn vị gửi số liệu về Văn phòng chậm nhất vào ngày 25 hàng tháng.", [(None, None, "monthly", (25,))]),
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm (hoặc đột xuất khi có yêu cầu) báo cáo kết quả thực hiện về Sở.",
     [(None, None, "yearly", (1, 6)), (None, None, "yearly", (15, 11))]),
    ("Các sở định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày\n17 tháng 12.",
     [(None, None, "yearly", (17, 12))]),
    ("xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ.",
     [(None, None, "yearly", (20, 11))]),
    ("Thời gian báo cáo định kỳ hàng năm tính từ ngày 15 tháng\n12 năm trước kỳ báo cáo đến ngày 14 tháng 12 của kỳ báo cáo.",
     [(None, None, "yearly", (15, 12, 14, 12))]),
    ("UBND các xã tổng hợp, báo cáo UBND tỉnh trước ngày 31/01 của năm tiếp theo.", [(None, None, "yearly", (31, 1))]),
    ("Tổ chức kiểm tra trong tháng 12 hằng năm.", [(None, None, "yearly", (12,))]),
    ("Thời gian thực hiện: Từ tháng 3 đến tháng 11 hằng năm.", [(None, None, "yearly", (3, 11))]),
    ("Định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), năm (trước ngày 20/11 hàng năm) báo cáo Sở.",
     [(None, None, "monthly", (16,)), (None, None, "half_yearly", (16, 6)), (None, None, "yearly", (20, 11))]),
    # labels that say a time follows
    ("3. Thời gian thực hiện: năm 2025.", [("2025", None, None, None)]),
    ("b) Thời gian hoàn thành: Quý IV/2025.", [("2025-Q4", None, None, None)]),
    # times in parentheses after an action, or after a report whatever it names
    ("1. Hoàn thiện hạ tầng công nghệ thông tin, tùy điều kiện có thể tiến tới thí điểm (2025 - 2026).\n",
     [("2025", "2026", None, None)]),
    ("5. Đào tạo nhân lực, huy động doanh nghiệp tham gia (xuyên suốt 2025 -\n2035).\n", [("2025", "2035", None, None)]),
    ("Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết thực hiện Kế hoạch (năm 2035), gửi Ủy ban nhân dân Tỉnh.",
     [("2030", None, None, None), ("2035", None, None, None)]),
    # phases that bound actions: numbered stage headings in a part of actions, headings of tasks with their time
    ("III. LỘ\nTRÌNH THỰC HIỆN\n\n1.\nGiai đoạn 2025 - 2030\n\n- Rà soát, bổ sung, hoàn thiện các chính sách hỗ trợ đổi mới công nghệ.\n",
     [("2025", "2030", None, None)]),
    ("III. NHIỆM VỤ, GIẢI PHÁP\n2. Năm 2026: hoàn thành việc số hóa hồ sơ địa chính trên toàn tỉnh.\n",
     [("2026", None, None, None)]),
    ("III. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM\n\n1. Các nhiệm vụ cần làm ngay trong năm 2026\n\nCác nhiệm vụ được xác định tại Phụ lục 2.\n",
     [("2026", None, None, None)]),
    ("IV. NHIỆM VỤ\n2. Nhiệm vụ thực hiện theo lộ trình đến năm 2030\nCác nhiệm vụ được xác định tại Phụ lục.\n",
     [("2030", None, None, None)]),
    # a schedule of reviews opening a sentence: each recurrence a review milestone
    ("Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương tổ chức sơ kết, đánh giá kết quả thực hiện.",
     [(None, None, "half_yearly", (6,)), (None, None, "yearly", ())]),
    ("- Hằng năm, Ủy ban nhân dân huyện tổ chức sơ kết, rút kinh nghiệm việc thực hiện Kế hoạch.",
     [(None, None, "yearly", ())]),
    # s31b: the schedule opening a sentence inside a line, after the report's sentence (a report without a day is none)
    ("Các đơn vị định kỳ hằng quý báo cáo kết quả về Sở Tài chính (qua Phòng Đăng ký kinh doanh). Định kỳ 6 tháng, hằng năm "
     "tổ chức sơ kết.", [(None, None, "half_yearly", (6,)), (None, None, "yearly", ())]),
    ("Các cơ quan định kỳ hằng quý báo cáo về Sở Khoa học và Công nghệ. Định kỳ hằng năm tổ chức sơ kết, rút kinh nghiệm; "
     "tổng kết vào tháng 12/2030.", [(None, None, "yearly", ()), ("2030-12", None, None, None)]),
    # w23c: a duty other than a report said to recur with "định kỳ" and no day of its own is a recurring deadline
    # (rule_periodic: EXTRACTION.md lists "định kỳ 6 tháng" among recurring deadlines); its clause's day, where it names one,
    # is the deadline instead; a report's cycle stays its dated deadline's; "định kỳ" alone names no cycle
    ("Công bố danh mục trước ngày 28/02/2027; cập nhật danh mục định kỳ 6 tháng.",
     [("2027-02-28", None, None, None), (None, None, "half_yearly", (6,))]),
    ("Đội Kiểm tra rà soát hồ sơ định kỳ 6 tháng một lần.", [(None, None, "half_yearly", (6,))]),
    ("Bộ phận Một cửa rà soát, công khai danh mục thủ tục định kỳ hằng quý.", [(None, None, "quarterly", ())]),
    ("Hội Cựu chiến binh xã tổ chức sinh hoạt chuyên đề \"Truyền thống Bộ đội Cụ Hồ\" định kỳ hằng quý.", [(None, None, "quarterly", ())]),
    # w23c: a window of each month, "từ ngày 02 đến ngày 20 hằng tháng": one monthly period (both days its numbers)
    ("Bảo hiểm xã hội tỉnh tổ chức chi trả lương hưu từ ngày 02 đến ngày 20 hằng tháng; chi trả tại nhà cho người hưởng.",
     [(None, None, "monthly", (2, 20))]),
    # s31a: the schedule opening a sentence after another on its line ("Chế độ báo cáo: … . Định kỳ 6 tháng, hằng năm …"),
    # its body named without a comma; a numbered item's own is read once
    ("11. Chế độ báo cáo: các cơ quan gửi báo cáo năm trước ngày 15/11/2027. Định kỳ 6 tháng, hằng năm Ban Chỉ huy Phòng thủ dân "
     "sự tỉnh tổ chức sơ kết, tổng kết rút kinh nghiệm.",
     [("2027-11-15", None, None, None), (None, None, "half_yearly", (6,)), (None, None, "yearly", ())]),
    ("6. Định kỳ 6 tháng, hằng năm Thường trực Hội đồng nhân dân tỉnh tổ chức sơ kết.",
     [(None, None, "half_yearly", (6,)), (None, None, "yearly", ())]),
    # s33b: the schedule opening a clause after a semicolon, in lower case (a report's dated deadline before it its own)
    ("- Tổng hợp tình hình, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng; định kỳ hằng năm tổ chức sơ kết đánh giá kết quả.",
     [(None, None, "monthly", (25,)), (None, None, "yearly", ())]),
    # s34a: a year opening a clause before the review it schedules, with no cue
    ("Sở Tài chính tổng hợp báo cáo. Năm 2028 tổ chức sơ kết giữa kỳ, năm 2030 tổng kết việc thực hiện Kế hoạch.",
     [("2028", None, None, None), ("2030", None, None, None)]),
    ("- Năm 2027, sơ kết 02 năm thực hiện Kế hoạch; năm 2030 tổng kết.", [("2027", None, None, None), ("2030", None, None, None)]),
    # s35e: …and after the body that holds it ("Năm 2028, Sở Y tế tổ chức sơ kết")
    ("5. Năm 2028, Sở Y tế tổ chức sơ kết; năm 2030 tổng kết việc thực hiện Kế hoạch.",
     [("2028", None, None, None), ("2030", None, None, None)]),
    ("Năm 2027, Ủy ban nhân dân tỉnh tổ chức sơ kết 02 năm thực hiện Chương trình.", [("2027", None, None, None)]),
    # s36a: held "chủ trì" by the body under whose heading it stands, and a quarter opening the clause as a year does
    ("1. Cục Công nghiệp\nTổng hợp kết quả, báo cáo Bộ trưởng. Năm 2028 chủ trì sơ kết giữa kỳ, quý IV/2030 tổng kết Kế hoạch.",
     [("2028", None, None, None), ("2030-Q4", None, None, None)]),
    ("- Quý IV năm 2027, tổ chức sơ kết 02 năm thực hiện Đề án.", [("2027-Q4", None, None, None)]),
    # s36a: a schedule of reviews in its own clause, a dated report after the ";" (the date the report's only)
    ("Định kỳ hằng năm tổ chức sơ kết; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 hằng năm.",
     [(None, None, "yearly", ()), (None, None, "yearly", (15, 12))]),
    # s34e: a meeting held to review the progress is a review ("họp đánh giá", "họp kiểm điểm"); a routine one is none
    ("1. Ban Chỉ đạo xã chủ trì chỉ đạo, kiểm tra; định kỳ hằng quý họp đánh giá tiến độ thực hiện các tiêu chí; tổ chức "
     "tổng kết trong tháng 12/2026.", [(None, None, "quarterly", ()), ("2026-12", None, None, None)]),
    ("Định kỳ hằng quý, Ban Chỉ đạo họp kiểm điểm tiến độ thực hiện Kế hoạch.", [(None, None, "quarterly", ())]),
    # s36e: an evaluation the body holds ("tổ chức đánh giá") is a review as a sơ kết is; a report's "đánh giá" is none
    ("Định kỳ hằng năm, các đơn vị thuộc Bộ tổ chức đánh giá kết quả thực hiện; năm 2028 Bộ tổ chức sơ kết giữa kỳ.",
     [(None, None, "yearly", ()), ("2028", None, None, None)]),
    ("1. Sở Tài chính là cơ quan thường trực; hằng năm tổ chức đánh giá tình hình thực hiện Quy hoạch tỉnh.",
     [(None, None, "yearly", ())]),
    ("Định kỳ hằng quý báo cáo kết quả, đánh giá tình hình thực hiện về Sở Nội vụ.", []),


    # s36b: in a schedule, the review of the results the body holds ("tổ chức đánh giá", "đánh giá kết quả") is a review
    ("8. Hằng năm, Ban Thường vụ Tỉnh ủy tổ chức đánh giá kết quả thực hiện; sơ kết 3 năm vào quý IV/2028.",
     [(None, None, "yearly", ()), ("2028-Q4", None, None, None)]),
    ("6. Văn phòng Tỉnh ủy theo dõi, đôn đốc. Hằng năm, Ban Thường vụ Tỉnh ủy nghe báo cáo, đánh giá kết quả thực hiện.",
     [(None, None, "yearly", ())]),
    ("1. Sở Tài chính là cơ quan thường trực; hằng năm tổ chức đánh giá tình hình thực hiện Quy hoạch tỉnh.",
     [(None, None, "yearly", ())]),
    # relative to the plan's own issue: date null, the numbers it states
    ("Các sở gửi báo cáo trong vòng 30 ngày kể từ ngày Kế hoạch này được ban hành.", [(None, None, None, (30,))]),
    ("Hoàn thành việc rà soát sau 03 tháng kể từ ngày ký ban hành Quyết định.", [(None, None, None, (3,))]),
    # w21c: relative to the day the council decides the budget (the estimate is published and assigned within a time limit)
    ("b) Công khai dự toán ngân sách xã trong thời hạn 30 ngày kể từ ngày Hội đồng nhân dân xã quyết định;",
     [(None, None, None, (30,))]),
    ("Giao dự toán trong thời hạn 10 ngày kể từ ngày được Hội đồng nhân dân cùng cấp quyết định dự toán.",
     [(None, None, None, (10,))]),
]

CLASS_NEGATIVE = [
    # w21c: a file's processing time counted from its receipt, and a council's decision said in passing: no deadline
    "Xác định nghĩa vụ tài chính trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.",
    "Dự toán ngân sách do Hội đồng nhân dân xã quyết định được công khai theo quy định.",
    # s35e: a year before the plan's whose body reviewed what was done; a year that dates a figure, not a review
    "Năm 2025, Sở Y tế đã tổ chức sơ kết 05 năm thực hiện Đề án.",
    "Năm 2028, Sở Y tế hoàn thành 100% hồ sơ; tổ chức sơ kết khi có yêu cầu.",
    # s34e: a routine meeting is no review ("họp giao ban")
    "Định kỳ hằng tháng, Ban Chỉ đạo họp giao ban.",
    # horizons of targets, periods named in passing
    "II. MỤC TIÊU\n2. Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030\n- Tỷ lệ che phủ rừng đạt 65%.\n",
    "IV. CHỈ TIÊU, TIÊU CHÍ THI ĐUA\n1.1. Năm 2024\n- Toàn huyện có thêm 01 xã đạt chuẩn nông thôn mới.\n",
    "Phát triển kinh tế số giai đoạn 2026 - 2030, tầm nhìn đến năm 2045.",
    "III. NHIỆM VỤ, GIẢI PHÁP\n1. Đến năm 2030: hoàn thành việc số hóa hồ sơ, 100% thủ tục được giải quyết trực tuyến.\n",
    "III. LỘ TRÌNH THỰC HIỆN\n2. Tầm nhìn đến năm 2050\nTrở thành trung tâm đổi mới sáng tạo của vùng.\n",
    "III. NHIỆM VỤ\n3. Định hướng đến năm 2045\nPhát triển bền vững kinh tế biển.\n",
    "Hoàn thành các nhiệm vụ của Chương trình mục tiêu quốc gia giảm nghèo bền vững (2025 - 2030).\n",
    "- Tỷ lệ hộ nghèo giảm còn dưới 1% (năm 2026).\n",
    # a table's header row of years is not a phase
    "III. NHIỆM VỤ\n|\nĐơn vị tính\n|\nNăm 2026\n|\nNăm 2027\n|\nNăm 2028\n|\n",
    # metadata, events, effective dates, a plan's name, a quoted date line
    "Người ký:\n|\nPhạm Minh Chính\n|\nNgày ban hành:\n|\n23/11/2025\n|\n",
    "Văn bản liên quan\nBan hành:\n24/11/2025\nHiệu lực: Đã biết\nCập nhật:\n16/12/2025\n",
    "Ngày 23/11/2025, Thủ tướng Chính phủ có Công điện 227/CĐ-TTg về tập trung khắc phục hậu quả mưa lũ.",
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 30 tháng 11 năm 2025.",
    "Ủy ban nhân dân Thành phố ban hành Kế hoạch triển khai các nhiệm vụ trọng tâm cuối năm 2025 lĩnh vực Bình đẳng giới như sau:",
    "ảnh trang 1 ghi rõ 'Số 104-CTr/TU, Lào Cai ngày 30 tháng 8 năm 2026'; trang 11 ký.",
    # yearless numbers that are not dates of a deadline
    "Hưởng ứng Ngày Nhà giáo Việt Nam 20/11 bằng nhiều hoạt động thiết thực.",
    "Phấn đấu 1/3 số xã đạt chuẩn.",
    # a recurring report is known by its dated deadline; a bare recurring report is not recorded
    "- Định kỳ hằng năm, báo cáo Ủy ban nhân dân Tỉnh kết quả thực hiện và đề xuất giải pháp.",
    # (w23c: nor by rule_periodic, a report's cycle: the dev gold's 025 "Định kỳ 06 tháng và hàng năm tổng hợp kết quả thực
    # hiện báo cáo Ủy ban nhân dân tỉnh", none)
    "Định kỳ 06 tháng và hàng năm tổng hợp kết quả thực hiện báo cáo Ủy ban nhân dân tỉnh./.",
    "3. Phòng Nghiệp vụ gửi báo cáo sơ kết; báo cáo Ban Chỉ đạo 389 tỉnh định kỳ hằng quý.",
    "e) Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình trên địa bàn.",
    # s36b: an appraisal of staff is no review of the plan's results; nor an evaluation outside a schedule
    "Hằng năm, đánh giá, xếp loại chất lượng cán bộ, công chức theo quy định.",
    "Sở Tài chính tổ chức đánh giá kết quả thực hiện Kế hoạch.",
    "Thực hiện chế độ báo cáo định kỳ theo quy định.",  # w23c: "định kỳ" with no cycle
    # w23c: a routine's rhythm, no duty's time: a bulletin
    "Phát hành bản tin định kỳ hằng tháng cho người có uy tín.",
    "e) Định kỳ hàng quý báo cáo đánh giá kết quả hoạt động của hệ thống Thư điện tử công vụ.",  # a report
    "Các sở gửi báo cáo về Sở Tài chính. Định kỳ hằng quý, Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    # w23c: the date a change is measured against ("so với thời điểm 31/12/2026"): a baseline, no deadline
    "Số dư tạm ứng quá hạn chưa thu hồi giảm ít nhất 30% so với thời điểm 31/12/2026.",
    "Dư nợ tín dụng tăng 12% so với ngày 31/12/2026.",
    # (a day said without "ngày" after "đến" opens no window: "từ ngày 10 đến 15 hằng tháng" is read as before, none)
    "Tổ chức tiếp công dân từ ngày 10 đến 15 hằng tháng.",
    "Toàn tỉnh có 1.250 doanh nghiệp. hằng năm tổ chức sơ kết.",  # s31b: a sentence opens with a capital
    # s34a: a year that names a past review or whose review word is not the clause's next ("Kết quả năm 2025 tổng kết …")
    "Kết quả năm 2026 tổng kết cho thấy nhiều chuyển biến.",
    "Năm 2020 tổng kết 10 năm thực hiện Nghị quyết.",
    # a time limit of an administrative procedure, not of the plan
    "Thời hạn giải quyết trong thời hạn 15 ngày kể từ ngày nhận được hồ sơ hợp lệ.",
]


@pytest.mark.parametrize("text,expected", CLASS_EXAMPLES)
def test_class_examples(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text", CLASS_NEGATIVE)
def test_class_negative(text):
    assert keys(text) == []


# --- time cells, read as a whole ------------------------------------------------------------
from extractors.deadlines.time_cells import read_time_cell  # noqa: E402

# (cell, (date, date_end, precision, recurrence, whole))
TIME_CELLS = [
    ("Quý IV/2025", ("2025-Q4", None, "quarter", None, True)),
    ("Quí IV-2025", ("2025-Q4", None, "quarter", None, True)),
    ("Quý III Năm 2026", ("2026-Q3", None, "quarter", None, True)),
    ("Năm 2026", ("2026", None, "year", None, True)),
    ("2026", ("2026", None, "year", None, True)),
    ("Năm hiện hành 2025", ("2025", None, "year", None, True)),
    ("2029 - 2030", ("2029", "2030", "year", None, True)),
    ("Năm 2025-2030", ("2025", "2030", "year", None, True)),
    ("Trước ngày 15/10/2026", ("2026-10-15", None, "day", None, True)),
    ("Trước 31/12/2026", ("2026-12-31", None, "day", None, True)),
    ("Xong trong tháng 5/2026", ("2026-05", None, "month", None, True)),
    ("Quý IV/2025- Quý II/2026", ("2025-Q4", "2026-Q2", "quarter", None, True)),
    ("12/2025", ("2025-12", None, "month", None, True)),
    ("Trước 6/2026", ("2026-06", None, "month", None, True)),
    ("Tháng 3-4/2026", ("2026-03", "2026-04", "month", None, True)),
    ("Tháng 12 hằng năm", (None, None, "month", "yearly", True)),  # a recurring time keeps the precision it is said with
    ("Trước ngày 15/12 hàng năm", (None, None, "day", "yearly", True)),
    ("Quý IV hằng năm", (None, None, "quarter", "yearly", True)),
    ("Ngay sau khi có Nghị quyết của HĐND tỉnh", (None, None, None, None, True)),
    ("Hoàn thành xong, trình trong tháng 6/2025", ("2025-06", None, "month", None, False)),
]
NO_TIME_CELLS = ["1/2 số xã", "Thường xuyên", "Hằng năm", "Thường xuyên, hằng năm", "Khi có phát sinh.", "05 ngày làm việc", "Theo tiến độ"]


@pytest.mark.parametrize("cell,expected", TIME_CELLS)
def test_time_cells(cell, expected):
    found = read_time_cell(cell)
    assert (found.date, found.date_end, found.precision, found.recurrence, found.whole) == expected


@pytest.mark.parametrize("cell", NO_TIME_CELLS)
def test_cells_without_a_time(cell):
    assert read_time_cell(cell) is None


def test_a_time_cell_is_read_the_same_in_every_text():
    """`read_time_cell` and `read_time_lead` keep what they read of each cell text (tables repeat their cells): what is
    kept is what a fresh reading gives, whatever text read the cell first, and the table's deadlines of one text do not
    depend on the texts read before it."""
    from extractors.deadlines.time_cells import read_time_lead

    cells = [c for c, _ in TIME_CELLS] + NO_TIME_CELLS + ["Giai đoạn 2026 - 2027. Thực hiện rà soát (nếu có)"]
    fresh = [(read_time_cell.__wrapped__(c), read_time_lead.__wrapped__(c)) for c in cells]
    for order in (cells, cells[::-1]):
        read_time_cell.cache_clear()
        read_time_lead.cache_clear()
        kept = {c: (read_time_cell(c), read_time_lead(c)) for c in order}
        assert [kept[c] for c in cells] == fresh
    text = ("|\nTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nThời gian hoàn thành\n|\n|\n1\n|\nRà soát quy hoạch\n|\nSở Xây dựng\n|\n"
            "Quý IV/2026\n|\n|\n2\n|\nBáo cáo kết quả\n|\nSở Nội vụ\n|\nQuý IV/2026\n|\n")
    first = [(d.start, d.date) for d in deadlines(text, 2025)]
    again = [(d.start, d.date) for d in deadlines("Kế hoạch.\n" + text, 2025)]  # the same cells, read from the cache
    assert first and again == [(start + len("Kế hoạch.\n"), date) for start, date in first]


def test_a_table_with_one_cell_per_line():
    """A crawled table, one cell per line between "|" lines: the table model reads it, and its time
    column gives the deadlines ("Thường xuyên" none)."""
    text = ("|\nTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\nThời gian dự kiến hoàn thành\n|\nKết quả dự kiến\n|\n|\n"
            "1\n|\nPhối hợp rà soát, sửa đổi Luật Quy hoạch\n|\nSở Tài chính\n|\nQuý IV/2025\n|\nBáo cáo\n|\n|\n"
            "2\n|\nXây dựng cơ sở dữ liệu\n|\nSở Xây dựng\n|\nNăm 2025 - 2026\n|\nNghị định\n|\n|\n"
            "3\n|\nTuyên truyền\n|\nSở Văn hóa\n|\nThường xuyên\n|\n|\n")
    assert [(d.date, d.date_end, d.rule) for d in deadlines(text, 2025)] == [
        ("2025-Q4", None, "rule_task_table"), ("2025", "2026", "rule_task_table")]


def test_a_transcribed_table_with_blank_lines_between_cells():
    text = ("TT\n\nNhiệm vụ cụ thể\n\nCơ quan chủ trì\n\nThời hạn thực hiện\n(*)\n\n1\n\nTổ chức nghiên cứu, quán triệt\n\n"
            "Các cơ quan\n\nTrước ngày 15/10/2026\n\n2\n\nRà soát quy hoạch\n\nSở Nông nghiệp\n\n2029 - 2030\n")
    assert [(d.date, d.date_end) for d in deadlines(text, 2026)] == [("2026-10-15", None), ("2029", "2030")]


def test_a_label_value_below_a_time_header_is_not_a_cell():
    text = "Thời gian thực hiện\n|\nVăn bản liên quan\nBan hành:\n24/11/2025\nCập nhật:\n16/12/2025\n"
    assert deadlines(text, 2025) == []


def test_years_without_a_time_header_are_not_cells():
    text = "|\nChỉ tiêu\n|\nNăm 2026\n|\nNăm 2027\n|\n2028\n|\n"
    assert deadlines(text, 2025) == []


@pytest.mark.parametrize("text,expected", [
    ("TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\n"
     "Dự thảo Nghị quyết của HĐND tỉnh quy định\tHoàn thành xong,\n"
     "3\tmột số chính sách trồng, chăm sóc cây xanh\ttrình trong tháng\n"
     "triển nông thôn\t- UBND các huyện, thành phố.\n"
     "cây xanh trên địa bàn tỉnh\t6/2025\n", ("2025-06", "tháng 6/2025")),
    ("STT\tNội dung\tĐơn vị chủ trì\tThời hạn hoàn thành\n"
     "2\tXây dựng cơ sở dữ liệu đất đai\tSở Nông nghiệp và Môi trường\tHoàn thành trong Quý\n"
     "\tcủa tỉnh\tIV/2026\n", ("2026-Q4", "Quý IV/2026")),
])
def test_a_time_cell_wrapped_by_a_pdf_layout(text, expected):
    got = [(d.date, d.date_raw) for d in deadlines(text, 2025) if d.rule == "rule_wrapped_time_cell"]
    assert got == [expected]


def test_a_wrapped_cell_needs_its_time_header():
    text = "Nội dung\tĐơn vị\nLập kế hoạch trong tháng\n\tcủa tỉnh\t6/2025\n"
    assert [d for d in deadlines(text, 2025) if d.rule == "rule_wrapped_time_cell"] == []


@pytest.mark.parametrize("text,expected", [
    # a header row and cells a PDF's text layer ran together: whole-line cells, and the last column at a line's end
    ("TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện\n"
     "1 Rà soát quy hoạch cây xanh đô thị Sở Xây dựng\nNăm 2025\n- UBND các huyện, thành phố.\n",
     [("2025", None)]),
    ("TT Nội dung công việc Đơn vị chủ trì Thời hạn hoàn thành\n"
     "Xây dựng Quy hoạch bảo tồn đa dạng sinh học\nĐồng chí Phan Văn A - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh 2028 - 2030\n2029 - 2030\n",
     [("2028", "2030"), ("2029", "2030")]),
    ("STT Nhiệm vụ Cơ quan chủ trì Tiến độ\nSửa đổi quy chế phối hợp Sở Tư pháp Quý II/2026\n", [("2026-Q2", None)]),
    # a cell that is one span of days, one cell per line: its end is no run-on column
    ("STT\nMôn thi đấu\nThời gian\nĐịa điểm\n1\nCờ vua\nTừ ngày 08/6 đến ngày 10/6/2026\nNhà thi đấu tỉnh\n",
     [("2026-06-08", "2026-06-10")]),
    ("STT\nNhiệm vụ\nThời gian hoàn thành\n1\nKiểm tra liên ngành\n01/6 - 31/7/2027\nSở Y tế\n",
     [("2027-06-01", "2027-07-31")]),
])
def test_a_table_whose_cells_a_pdf_ran_together(text, expected):
    assert [(d.date, d.date_end) for d in deadlines(text, 2025)] == expected


@pytest.mark.parametrize("text", [
    # the end of a line in such a table that names a period, not the column's time
    "TT Nhiệm vụ Cơ quan chủ trì Thời gian thực hiện\nXây dựng Kế hoạch bảo vệ môi trường giai đoạn 2031 - 2040\n",
    "TT Nhiệm vụ Cơ quan chủ trì Thời gian thực hiện\nThực hiện Chương trình đến năm 2030 - 2035\n",
    # a line's end with no header row above
    "Đồng chí Phan Văn A - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh 2028 - 2030\n",
])
def test_line_ends_that_are_not_time_cells(text):
    assert deadlines(text, 2025) == []


@pytest.mark.parametrize("text,date", [
    ("Trước ngày 15/12/2025 các đơn vị gửi báo cáo về Sở Nội vụ.", "2025-12-15"),
    ("Từ ngày 01/12/2025, các xã triển khai thu thập số liệu.", "2025-12-01"),
])
def test_a_cue_opening_a_line_is_not_a_place_of_a_date_line(text, date):
    assert [d.date for d in deadlines(text, 2025)] == [date]


# --- held-out classes (field plans without gold) ----------------------------------------------
HELD_OUT_EXAMPLES = [
    # years a time label states (a phase of the plan), not only dates
    ("Đơn vị phối hợp thực hiện: Sở Tư pháp.\n\nThời gian thực hiện: *Giai đoạn 2026-2030 và những năm tiếp theo.*",
     [("2026", "2030", None, None)]),
    ("- Thời gian thực hiện: Năm 2026 và các năm tiếp theo.", [("2026", None, None, None)]),
    ("3. Thời gian thực hiện: **Từ năm 2026 - 2030.**", [("2026", "2030", None, None)]),
    # a time a label states relative to an event: date null, its date_raw
    ("- Thời gian thực hiện: Sau khi Nghị định quy định chi tiết thi hành Luật được ban hành.",
     [(None, None, None, ())]),
    ("Thời hạn hoàn thành: Ngay sau khi có Nghị quyết của HĐND tỉnh.", [(None, None, None, ())]),
]
HELD_OUT_NEGATIVE = [
    "Triển khai Kế hoạch phát triển thương mại điện tử giai đoạn 2026 - 2030 trên địa bàn tỉnh.",
    "- Thời gian thực hiện: Thường xuyên, theo yêu cầu nhiệm vụ.",
    "Thời gian thực hiện: Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.",
    "Ngân sách năm 2026 và các năm tiếp theo được bố trí sau khi có quyết định.",
]


@pytest.mark.parametrize("text,expected", HELD_OUT_EXAMPLES)
def test_held_out_classes(text, expected):
    assert keys(text, 2025) == expected


@pytest.mark.parametrize("text", HELD_OUT_NEGATIVE)
def test_held_out_negative(text):
    assert deadlines(text, 2025) == []


@pytest.mark.parametrize("text,period,expected", [
    # a plan: its period, however a task's own time is labelled
    ("KẾ HOẠCH\nNâng cao năng lực xây dựng chính sách giai đoạn 2026 - 2030\n1. Ra mắt AI pháp luật.\n"
     "Thời gian thực hiện: Tháng 12/2025.\n", ("2026", "2030"), [("2026", "2030"), ("2025-12", None)]),
    ("KẾ HOẠCH\nQuan trắc môi trường nuôi trồng thủy sản\nXử lý dứt điểm các vi phạm xong trong quý II năm 2026.\n",
     ("2026", "2026"), [("2026-Q2", None)]),  # "năm 2026" of "quý II năm 2026" is not the plan's period
    ("KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2026 - 2027\nCác cơ sở giáo dục xây dựng kế hoạch giáo dục nhà trường.\n",
     ("2026", "2027"), [("2026", "2027")]),  # s22a: a school year is the plan's period
    ("KẾ HOẠCH\nTổ chức Hội nghị tổng kết năm học 2025 - 2026 và triển khai nhiệm vụ năm học 2026 - 2027\nCác trường chuẩn bị báo cáo.\n",
     ("2026", "2027"), [("2026", "2027")]),  # s22fd: the school year opened, not the one reviewed
    ("KẾ HOẠCH\nHỗ trợ hộ nghèo\nThực hiện Quyết định số 1592/QĐ-UB ngày 7/4/2009 về chuẩn nghèo giai đoạn 2009-2013.\n",
     ("2009", "2013"), []),  # the period of a cited document
    # not a plan: a resolution or a letter that names a year has no period of its own
    ("NGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã của tỉnh năm 2025\n", ("2025", "2025"), []),
])
def test_own_period_of_plans_only(text, period, expected):
    assert [(d.date, d.date_end) for d in extract_deadlines(text, period=period, doc_year=2009)] == expected


HELD_OUT_SPANS = [
    # from the plan's issue ("từ nay") to a date, after a time label: date null, the end stated
    ("II. THỜI GIAN VÀ PHẠM VI\n\n1. Thời gian: từ nay đến năm 2030.", [(None, "2030", None, (2030,))]),
    ("3. Thời gian thực hiện:\n\nTừ nay đến hết năm 2025.", [(None, "2025", None, (2025,))]),
    # a period whose end is an event: its start, or (from the plan's issue) relative
    ("2. Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng.",
     [("2025-10", None, None, None)]),
    ("Đợt thi đua được triển khai thực hiện từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội đại biểu toàn quốc.",
     [(None, None, None, ())]),
    # relative to the plan's receipt
    ("xây dựng kế hoạch cụ thể, gửi kế hoạch về Ủy ban nhân dân thành phố trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch này.",
     [(None, None, None, (10,))]),
    ("Các đơn vị báo cáo trong vòng 15 ngày kể từ ngày nhận được Quyết định này.", [(None, None, None, (15,))]),
    # months coordinated before a dated one share its year
    ("quan trắc với tần suất 02 lần/năm; thời gian quan trắc vào tháng 4 và tháng 8 năm 2026; số lượng mẫu 30.",
     [("2026-04", None, None, None), ("2026-08", None, None, None)]),
    ("Tổ chức kiểm tra vào tháng 5, tháng 9 và tháng 11 năm 2026.",
     [("2026-05", None, None, None), ("2026-09", None, None, None), ("2026-11", None, None, None)]),
    # two days of one month, the first bare ("ngày 02 - 03/6/2026"): the first borrows the second's month and year
    ("- Thi tuyển lớp 10 trong hai ngày 02 - 03/6/2026; thi môn chuyên ngày 04/6/2026.",
     [("2026-06-02", "2026-06-03", None, None), ("2026-06-04", None, None, None)]),
    ("Tổ chức chiến dịch 02 đợt: đợt 1 ngày 01 - 02/6/2026, đợt 2 ngày 01 - 02/12/2026.",
     [("2026-06-01", "2026-06-02", None, None), ("2026-12-01", "2026-12-02", None, None)]),
    ("- Thi các ngày 11 – 12/6/2026; làm thủ tục dự thi ngày 10/6/2026.",
     [("2026-06-11", "2026-06-12", None, None), ("2026-06-10", None, None, None)]),
]
HELD_OUT_SPANS_NEGATIVE = [
    "Mỗi lớp tập huấn kéo dài 02 - 03 ngày, tổ chức tại Trung tâm Chính trị.",
    "Từ nay đến năm 2030 chỉ còn 5 năm, các đơn vị cần nỗ lực.",
    "Xây dựng kịch bản thúc đẩy tăng trưởng từ nay đến hết năm 2025 bảo đảm khả thi.",
    "thì thời gian từ khi nghỉ việc hưởng chế độ thai sản đến khi trở lại làm việc được tính là thời gian đóng.",
    "trong thời hạn 15 ngày làm việc, kể từ ngày nhận được quyết định, bản án có hiệu lực pháp luật.",
    "Số liệu tháng 4 và tháng 8 năm 2026 được tổng hợp đầy đủ.",
]


@pytest.mark.parametrize("text,expected", HELD_OUT_SPANS)
def test_held_out_spans(text, expected):
    assert keys(text, 2025) == expected


@pytest.mark.parametrize("text", HELD_OUT_SPANS_NEGATIVE)
def test_held_out_spans_negative(text):
    assert deadlines(text, 2025) == []


HEADER = "UBND TỈNH X\nSố: 129/KH-UBND\tX, ngày 21 tháng 11 năm 2025\nKẾ HOẠCH\nHỗ trợ nhu yếu phẩm\n"


@pytest.mark.parametrize("body,expected", [
    # a period that ended before the plan was issued, a status as of its issue: history
    ("- Từ ngày 15/11 đến ngày 20/11/2025, trên địa bàn tỉnh xảy ra đợt mưa rất lớn.\n", []),
    ("- Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận nhiều trường hợp chết, mất tích.\n", []),
    ("Căn cứ Báo cáo nhanh tình hình thiệt hại mưa lũ trên địa bàn tỉnh đến sáng ngày 21/11/2025;\n", []),
    ("- Tính đến ngày 20/11/2025, toàn tỉnh đã giải ngân 80% kế hoạch vốn.\n", []),
    # deadlines after the issue stay
    ("- Từ ngày 15/11 đến ngày 15/12/2025, tổ chức cấp phát nhu yếu phẩm.\n", ["2025-11-15"]),
    ("- Đến ngày 30/11/2025, hoàn thành việc sửa chữa nhà ở cho các hộ dân.\n", ["2025-11-30"]),
])
def test_history_before_the_plan_was_issued(body, expected):
    assert [d.date for d in extract_deadlines(HEADER + body)] == expected


@pytest.mark.parametrize("text,expected", [
    # a programme's phase named in passing is not a deadline; under a time label it is
    ("Căn cứ Quyết định số 1719/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào "
     "dân tộc thiểu số và miền núi giai đoạn 2021 - 2030; giai đoạn I: từ năm 2021 đến năm 2025; Quyết định số 920/QĐ-TTg.", []),
    ("thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2030, "
     "giai đoạn I: Từ năm 2021 đến năm 2025, đã được sửa đổi, bổ sung.", []),
    ("3. Thời gian thực hiện Chương trình: Từ năm 2025 đến hết năm 2030.", [("2025", "2030", None, None)]),
    # a procedure's processing time is not a plan's event-relative deadline
    ("Thời hạn giải quyết: Ngay sau khi nhận đủ hồ sơ hợp lệ.", []),
])
def test_periods_named_in_passing(text, expected):
    assert keys(text, 2021) == expected


@pytest.mark.parametrize("text,expected", [
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nNgười lao động có thời gian công tác tại chiến "
     "trường trước ngày 30 tháng 4 năm 1975 được tính.\nCác đơn vị báo cáo trước ngày 15/12/2025.\n", ["2025-12-15"]),
    ("Căn cứ Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ;\nĐối tượng đã tham gia từ ngày 15 tháng 12 năm 1993 "
     "đến ngày 31 tháng 12 năm 1994 được bảo lưu.\nTổ chức kiểm tra vào ngày 29/4/2026.\n", ["2026-04-29"]),
])
def test_a_document_without_its_year_is_not_older_than_what_it_cites(text, expected):
    assert [d.date for d in extract_deadlines(text)] == expected


@pytest.mark.parametrize("text", [
    # when a document stops having effect, and its span of effect, are legal facts
    "Thông tư này có hiệu lực thi hành kể từ ngày ký đến hết ngày 24 tháng 02 năm 2030.",
    "Nghị quyết này có hiệu lực từ ngày 01/7/2025 đến hết ngày 31/12/2026.",
    # the reference date of figures
    "số liệu các chỉ tiêu thống kê được phổ biến là số liệu năm 2025 (tính đến hết ngày 31/12/2025).",
    "có thời gian tập sự từ 06 tháng trở lên tính đến ngày 30 tháng 6 năm 2025 thì được xét.",
])
def test_legal_facts_and_reference_dates(text):
    assert deadlines(text, 2025) == []


def test_a_period_of_action_after_effect_words_stays():
    assert keys("Thời gian thực hiện: từ ngày 01/12/2025 đến hết ngày 31/12/2026.", 2025) == [("2025-12-01", "2026-12-31", None, None)]


@pytest.mark.parametrize("text,expected", [
    # a period whose ends carry a time of day and a weekday
    ("Cục Thuế có kế hoạch nâng cấp hệ thống từ 18h00 tối Thứ Bảy ngày 22/11/2025 đến 03h00 sáng Chủ Nhật ngày 23/11/2025.",
     [("2025-11-22", "2025-11-23", None, None)]),
    ("Tổ chức thi từ 7h30 ngày 15/12/2025 đến 17 giờ 00 ngày 16/12/2025 tại Hội trường.", [("2025-12-15", "2025-12-16", None, None)]),
])
def test_periods_with_times_of_day(text, expected):
    assert keys(text, 2025) == expected


from extractors.deadlines.time_cells import read_time_lead  # noqa: E402


@pytest.mark.parametrize("cell,expected", [
    # a time cell that opens with its time, then remarks on it
    ("Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật các hướng dẫn kỹ thuật (nếu có)", ("2026", "2027")),
    ("Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục", ("2026", "2027")),
    ("Triển khai từ năm 2026 và thực hiện thường xuyên, liên tục", ("2026", None)),
    ("Thực hiện trong năm 2026 và có rà soát, bổ sung, hoàn thiện trong các năm tiếp theo (nếu cần)", ("2026", None)),
])
def test_a_time_cell_with_remarks(cell, expected):
    found = read_time_lead(cell)
    assert found.whole and (found.date, found.date_end) == expected


@pytest.mark.parametrize("cell", [
    "Xây dựng kế hoạch giai đoạn 2026 - 2030. Trình UBND tỉnh phê duyệt",
    "Triển khai Kế hoạch phát triển thương mại điện tử tỉnh giai đoạn 2026 - 2030",
])
def test_a_task_cell_naming_a_period_is_not_a_time_cell(cell):
    found = read_time_lead(cell)
    assert found is None or not found.whole


def test_a_time_cell_with_remarks_in_a_one_cell_per_line_table():
    text = ("|\nSTT\n|\nCơ quan chủ trì\n|\nNội dung nhiệm vụ\n|\nThời hạn hoàn thành\n|\n|\n1\n|\nBộ Nông nghiệp và Môi trường\n|\n"
            "Xây dựng bộ công cụ kiểm kê khí thải\n|\nGiai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật (nếu có)\n|\n")
    assert [(d.date, d.date_end) for d in deadlines(text, 2025)] == [("2026", "2027")]


def test_a_wrapped_task_cell_is_not_a_time_cell_with_remarks():
    found = read_time_lead("2025; ban hành quy định và số hoá dữ liệu bằng cấp, chứng chỉ")
    assert found is None or not found.whole


# A pattern that opens at every line start is slow to scan for; a quick search for a piece every match
# holds rules out the texts without one. The quick test never says no where the pattern matches.
@pytest.mark.parametrize("quick,pattern,text,found", [
    ("MENTIONS_REVIEW", "REVIEW_SCHEDULE", "Định kỳ 6 tháng, hằng năm, Sở Công Thương tổ chức sơ kết việc thực hiện.", True),
    ("MENTIONS_REVIEW", "REVIEW_SCHEDULE", "- Hàng năm, giữa nhiệm kỳ, UBND các huyện TỔNG KẾT\nđánh giá.", True),
    ("MENTIONS_REVIEW", "REVIEW_SCHEDULE", "Định kỳ 6 tháng, hằng năm, Sở Công Thương báo cáo kết quả.", False),
    ("MENTIONS_REVIEW", "SENTENCE_REVIEW_SCHEDULE", "Báo cáo năm. Định kỳ 6 tháng, hằng năm Sở Y tế tổ chức sơ kết.", True),
    ("MENTIONS_REVIEW", "SENTENCE_REVIEW_SCHEDULE", "Báo cáo năm. Định kỳ hằng quý các đơn vị báo cáo kết quả.", False),
    ("ENDS_A_LINE_WITH_A_TIME", "TASK_HEADING", "1. Các nhiệm vụ cần làm ngay trong năm 2026\nRà soát …", True),
    ("ENDS_A_LINE_WITH_A_TIME", "TASK_HEADING", "2. Nhiệm vụ thực hiện theo lộ trình đến năm 2030:\n", True),
    ("ENDS_A_LINE_WITH_A_TIME", "TASK_HEADING", "1. Các nhiệm vụ cần làm ngay trong năm 2026 và các năm tiếp theo\n", False),
])
def test_a_quick_test_rules_out_only_texts_a_line_start_pattern_cannot_match(quick, pattern, text, found):
    from extractors.deadlines import patterns as P

    matches = list(getattr(P, pattern).finditer(text))
    assert bool(matches) == found
    assert bool(getattr(P, quick).search(text)) or not matches
    assert found or not getattr(P, quick).search(text)  # the negatives are ruled out by the quick test alone


# A date in the condition of a rule ("… trước ngày 01/01/2026 thì …") says which cases the rule covers: no deadline.
# A date by which something is due stays one, whatever condition follows it.
@pytest.mark.parametrize("text, dates", [
    ("Trường hợp hồ sơ đề nghị cấp Giấy phép phát sinh trước ngày 01/01/2026 thì việc thu, nộp phí thực hiện theo "
     "Thông tư số 01/2021/TT-BTC.", []),
    ("2. Người đang hưởng trợ cấp mất sức lao động hằng tháng trước ngày 01 tháng 7 năm 2025 mà chết từ ngày 01 tháng 7 "
     "năm 2025 trở đi thì: a) Tổ chức lo mai táng được nhận trợ cấp mai táng.", []),
    ("Người đã được bổ nhiệm vào chức vụ lãnh đạo, quản lý trước ngày 30 tháng 6 năm 2025 thì không phải tham gia "
     "chương trình bồi dưỡng.", []),
    ("Trước ngày 15/12/2025, nếu chưa hoàn thành thì báo cáo UBND tỉnh.", ["2025-12-15"]),
    ("Các đơn vị báo cáo kết quả trước ngày 30/11/2025 thì Sở Nội vụ tổng hợp.", ["2025-11-30"]),
])
def test_a_cut_off_in_the_condition_of_a_rule(text, dates):
    assert [d.date for d in deadlines(text)] == dates


# Years a time label states bare, ending its clause ("Thời gian thực hiện: 2025 - 2030."), and numbered phases of
# actions with their years in parentheses, marked by a number, letter or bullet ("- Giai đoạn 1 (2025 - 2026): …").
@pytest.mark.parametrize("text,expected", [
    ("4. Thời gian thực hiện: 2025 - 2030.", [("2025", "2030", None, None)]),
    ("- Thời gian hoàn thành: 2026; kinh phí do ngân sách tỉnh bảo đảm.", [("2026", None, None, None)]),
    ("Tiến độ: 2026 và các năm tiếp theo.", [("2026", None, None, None)]),
    ("III. LỘ TRÌNH THỰC HIỆN\n\n- Giai đoạn 1 (2025 - 2026): Tập trung hoàn thiện thể chế, chính sách.\n",
     [("2025", "2026", None, None)]),
    ("III. NHIỆM VỤ, GIẢI PHÁP\n\nb) Giai đoạn II (năm 2027): Nhân rộng mô hình ra toàn tỉnh.\n",
     [("2027", None, None, None)]),
    ("III. NHIỆM VỤ\n\n+ Giai đoạn 2026 - 2027: Hoàn thành chuyển đổi số toàn diện các cơ quan nhà nước.\n",
     [("2026", "2027", None, None)]),
    # negatives: a number after a time label that is not a year; a phase of targets; a phase named in running text
    ("Thời gian: 2026 tỷ đồng", []),
    ("II. MỤC TIÊU\n\n- Giai đoạn 1 (2025 - 2026): tỷ lệ hồ sơ trực tuyến đạt 80%.\n", []),
    ("III. NHIỆM VỤ\n\nGiai đoạn 1 (2025 - 2026) đã đạt nhiều kết quả, cần phát huy trong thời gian tới.\n", []),
    # a phase's actions that name the targets as their object (s22g); a phase whose text is its targets
    ("V. TIẾN ĐỘ THỰC HIỆN\n2. Giai đoạn 2 (2028 - 2030): tập trung nguồn lực cho các xã khó khăn, hoàn thành các mục tiêu của "
     "Kế hoạch.\n", [("2028", "2030", None, None)]),
    ("III. LỘ TRÌNH THỰC HIỆN\nGiai đoạn 2027 - 2028: các chỉ tiêu cơ bản đạt mức trung bình của vùng.\n", []),
    # s26f: spreading the models is the phase's action, whatever targets it names after
    ("V. TIẾN ĐỘ THỰC HIỆN\n2. Giai đoạn 2 (2028 - 2030): nhân rộng mô hình trên toàn tỉnh; hoàn thành các mục tiêu của Kế hoạch.\n",
     [("2028", "2030", None, None)]),
    ("III. LỘ TRÌNH THỰC HIỆN\nGiai đoạn 2028 - 2030: mục tiêu nhân rộng mô hình đạt 100% số xã.\n", []),
    # s26f: the part's first item is no line of its title ("hoàn thiện tiêu chí" there names no targets' part)
    ("V. TIẾN ĐỘ THỰC HIỆN\n1. Giai đoạn 1 (2026 - 2027): hoàn thiện tiêu chí, hướng dẫn.\n2. Giai đoạn 2 (2028 - 2030): nhân "
     "rộng mô hình trên toàn tỉnh.\n", [("2026", "2027", None, None), ("2028", "2030", None, None)]),
    ("II. MỤC TIÊU, CHỈ TIÊU\n1. Giai đoạn 1 (2026 - 2027): hoàn thiện tiêu chí.\n", []),
])
def test_bare_labelled_years_and_numbered_phases(text, expected):
    assert keys(text) == expected


# Quarters coordinated before a dated one: each its own deadline in the year the last states (as months are).
@pytest.mark.parametrize("text,expected", [
    ("Tổ chức tập huấn cho cán bộ cơ sở trong Quý I và Quý II năm 2026.",
     [("2026-Q1", None, None, None), ("2026-Q2", None, None, None)]),
    ("Sở Nội vụ tổ chức kiểm tra trong quý III, quý IV/2025.", [("2025-Q3", None, None, None), ("2025-Q4", None, None, None)]),
    ("Hoàn thành lắp đặt vào quý 2 và quý 3/2026.", [("2026-Q2", None, None, None), ("2026-Q3", None, None, None)]),
    # negative: quarters of figures, with no cue
    ("Kim ngạch xuất khẩu quý I và quý II năm 2026 tăng 12%.", []),
])
def test_coordinated_quarters(text, expected):
    assert keys(text) == expected


# A day without its month after a cue is a deadline where the sentence said before it that it recurs every month
# or quarter ("Định kỳ hằng tháng, trước ngày 25 …"): date null, that recurrence, the day in date_raw.
@pytest.mark.parametrize("text,expected", [
    ("Định kỳ hằng tháng, trước ngày 25 các xã báo cáo kết quả về Ủy ban nhân dân huyện.", [(None, None, "monthly", (25,))]),
    ("Các đơn vị báo cáo định kỳ hàng tháng về Sở Y tế trước ngày 20.", [(None, None, "monthly", (20,))]),
    ("Hằng quý, trước ngày 15 của tháng cuối quý, gửi báo cáo về Sở Tài chính.", [(None, None, "quarterly", (15,))]),
    # negatives: no recurrence said, or a yearly one (a day needs its month then); a decimal
    ("Các đơn vị gửi báo cáo trước ngày 20.", []),
    ("Hằng năm, trước ngày 20 các đơn vị báo cáo kết quả.", []),
    ("Hằng tháng, báo cáo trước ngày 20,5 giờ.", []),
])
def test_day_of_a_recurring_month(text, expected):
    assert keys(text) == expected


# A recurring time in a task table's time cell is one deadline, the cell's (not a second one from the yearless
# dates of running text).
@pytest.mark.parametrize("cell,expected", [
    ("Trước ngày 15/12 hằng năm", [(None, None, "yearly", (15, 12))]),
    ("Tháng 12 hằng năm", [(None, None, "yearly", (12,))]),
    ("Trước ngày 20 tháng 6 hàng năm", [(None, None, "yearly", (20, 6))]),
    ("Quý IV/2026", [("2026-Q4", None, None, None)]),  # negative of the class: a dated cell, one row as before
])
def test_a_recurring_time_cell_is_one_deadline(cell, expected):
    text = f"TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tBáo cáo kết quả\tSở Nội vụ\t{cell}\n"
    assert keys(text) == expected


# Quarters of one year sharing the word "quý" ("quý III-IV/2026", "Quý I, II/2026", "Quý II - Quý III/2026"): one
# deadline from the first quarter to the last, as a run of months is; quarters each with their word are each a deadline.
@pytest.mark.parametrize("text,expected", [
    ("Hoàn thành trong quý III-IV/2026.", [("2026-Q3", "2026-Q4", None, None)]),
    ("Sở Y tế tổ chức tập huấn trong Quý I, II năm 2026.", [("2026-Q1", "2026-Q2", None, None)]),
    ("Thời gian thực hiện: Quý II - Quý III/2026.", [("2026-Q2", "2026-Q3", None, None)]),
    ("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tQuý III - IV/2026\n", [("2026-Q3", "2026-Q4", None, None)]),
    # negatives: quarters each with their word; quarters of figures without a cue; a quarter and a year
    ("Sở Nội vụ tổ chức kiểm tra trong quý III, quý IV/2025.", [("2025-Q3", None, None, None), ("2025-Q4", None, None, None)]),
    ("Kim ngạch xuất khẩu quý III-IV/2026 tăng 12%.", []),
    ("Hoàn thành trong Quí IV-2026.", [("2026-Q4", None, None, None)]),
])
def test_a_run_of_quarters(text, expected):
    assert keys(text) == expected


# A day of a month after a half-yearly cue ("Định kỳ 06 tháng (gửi trước ngày 15/6)") recurs half-yearly, and so does
# a date coordinated with it ("(trước ngày 15/6 và 15/12)"); a recurrence said after a date still wins.
@pytest.mark.parametrize("text,expected", [
    ("Định kỳ 6 tháng (gửi trước ngày 15/6) và hằng năm (gửi trước ngày 15/11), các đơn vị gửi báo cáo kết quả.",
     [(None, None, "half_yearly", (15, 6)), (None, None, "yearly", (15, 11))]),
    ("Báo cáo Ủy ban nhân dân tỉnh định kỳ 06 tháng (trước ngày 30/6 của năm).", [(None, None, "half_yearly", (30, 6))]),
    ("Định kỳ 6 tháng (trước ngày 15/6 và 15/12), các đơn vị báo cáo kết quả về Sở Nội vụ.",
     [(None, None, "half_yearly", (15, 6)), (None, None, "half_yearly", (15, 12))]),
    # negatives: no half-yearly cue; a recurrence said after the dates
    ("Các đơn vị báo cáo trước ngày 15/6 và 15/12 hằng năm.", [(None, None, "yearly", (15, 6)), (None, None, "yearly", (15, 12))]),
    ("Các đơn vị báo cáo trước ngày 15/6 và 15/12.", [(None, None, None, (15, 6)), (None, None, None, (15, 12))]),
    # s23a: a year stated once after the last of two dates dates both
    ("Báo cáo kết quả về Phòng Tài nguyên và Môi trường trước ngày 10/6 và 10/12/2025.",
     [("2025-06-10", None, None, None), ("2025-12-10", None, None, None)]),
    ("Công khai kết quả trước ngày 30/6 và ngày 31/12/2025.", [("2025-06-30", None, None, None), ("2025-12-31", None, None, None)]),
    # rev4: … and every date of a longer list (not one a recurrence governs)
    ("Báo cáo kết quả trước ngày 30/6, 30/9 và 31/12/2026.",
     [("2026-06-30", None, None, None), ("2026-09-30", None, None, None), ("2026-12-31", None, None, None)]),
    ("Báo cáo trước ngày 10/6, 10/9 hằng năm và 31/12/2026.",
     [(None, None, "yearly", (10, 6)), (None, None, "yearly", (10, 9)), ("2026-12-31", None, None, None)]),
    # s26b: the full stop closing the sentence is no separator of a year: the next item's number follows on its own line
    ("c) Tổng hợp, báo cáo định kỳ 6 tháng trước ngày 20/6 và hằng năm trước ngày 15/12.\n2. Sở Giáo dục và Đào tạo chủ trì.",
     [(None, None, "half_yearly", (20, 6)), (None, None, "yearly", (15, 12))]),
    ("Báo cáo kết quả trước ngày 15/12.2026 về Sở Y tế.", [("2026-12-15", None, None, None)]),
    # s26h: one date in the bracket after two cues is the nearest cue's; two dates in it go in turn
    ("Sở Công Thương báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng và hằng năm (trước ngày 15/12).",
     [(None, None, "yearly", (15, 12))]),
    ("Vụ Pháp chế báo cáo Bộ trưởng định kỳ 6 tháng, hằng năm (trước ngày 15/6 và 15/12).",
     [(None, None, "half_yearly", (15, 6)), (None, None, "yearly", (15, 12))]),
    # s28d: two dates a half-yearly cue opens recur half-yearly, though "hằng năm" after them says each is yearly; one date
    # after a half-year report named with "hằng năm" is the report of each year
    ("Sở tổng hợp, báo cáo định kỳ 6 tháng (trước ngày 20/6 và 20/12 hằng năm).",
     [(None, None, "half_yearly", (20, 6)), (None, None, "half_yearly", (20, 12))]),
    ("Các xã báo cáo định kỳ 6 tháng, trước ngày 15/6 và 15/11 hằng năm.",
     [(None, None, "half_yearly", (15, 6)), (None, None, "half_yearly", (15, 11))]),
    ("Báo cáo 6 tháng đầu năm gửi Sở Tài chính trước ngày 15/6 hằng năm.", [(None, None, "yearly", (15, 6))]),
    # s29a: the half-yearly cue opens the clause, the report's addressee between it and its dates; not when another cycle is
    # named between
    ("- Định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Văn hóa, Thể thao và Du lịch (trước ngày 10/6 và 10/12) để tổng hợp.",
     [(None, None, "half_yearly", (10, 6)), (None, None, "half_yearly", (10, 12))]),
    ("Định kỳ 6 tháng tổ chức giao ban, báo cáo năm gửi Sở Nội vụ trước ngày 15/12.", [(None, None, "yearly", (15, 12))]),
    # s28d: an action due by a named observance day, or a festival day named as the action, keeps its date
    ("Hoàn thành việc thả động vật về tự nhiên trước Ngày Quốc tế Đa dạng sinh học 22/5 hằng năm.", [(None, None, "yearly", (22, 5))]),
    ("Tổ chức Ngày hội đọc sách trước ngày 22/5 hằng năm.", [(None, None, "yearly", (22, 5))]),
    # s26b: the bounds of a fiscal year a rule defines are no deadline; a deadline about that year's accounts is one
    ("1. Năm tài chính của Quỹ bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng\n12.\n\n2. Chế độ tài chính.", []),
    ("Quyết toán năm ngân sách gửi Sở Tài chính trước ngày 31 tháng 3 hằng năm.", [(None, None, "yearly", (31, 3))]),
])
def test_a_date_after_a_half_yearly_cue(text, expected):
    assert keys(text) == expected


# A day of the last (first) month of each quarter ("trước ngày 20 của tháng cuối quý", "ngày 10 tháng đầu quý sau")
# recurs quarterly, whether or not the sentence said "hằng quý" before it.
@pytest.mark.parametrize("text,expected", [
    ("Các đơn vị báo cáo định kỳ trước ngày 20 của tháng cuối quý.", [(None, None, "quarterly", (20,))]),
    ("Báo cáo quý gửi Sở Tài chính trước ngày 15 tháng cuối quý.", [(None, None, "quarterly", (15,))]),
    ("Gửi báo cáo kết quả về Sở Nội vụ trước ngày 10 tháng đầu quý sau.", [(None, None, "quarterly", (10,))]),
    # negatives: a day with no month or quarter said; the last month of a year is no quarter
    ("Các đơn vị gửi báo cáo trước ngày 20.", []),
    ("Hoàn thành trước ngày 15 tháng cuối năm.", []),
    ("Thời gian chốt số liệu: từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý.", []),  # a window of figures
])
def test_a_day_of_a_month_of_each_quarter(text, expected):
    assert keys(text) == expected


# A time label's value may say the time is expected ("Thời gian tổ chức: Dự kiến tháng 8/2026"): the time stated.
@pytest.mark.parametrize("text,expected", [
    ("Thời gian tổ chức: Dự kiến tháng 8/2026.", [("2026-08", None, None, None)]),
    ("Thời gian thực hiện: dự kiến Quý III/2026.", [("2026-Q3", None, None, None)]),
    ("Thời gian: dự kiến trong quý IV/2026.", [("2026-Q4", None, None, None)]),
    # negative: an expected figure is no time label
    ("Sản lượng dự kiến tháng 8/2026 đạt 1.200 tấn.", []),
])
def test_an_expected_time_after_a_time_label(text, expected):
    assert keys(text) == expected


# A quarter of each year after a cue ("vào quý IV hằng năm"): date null, yearly, as a month of each year is.
@pytest.mark.parametrize("text,expected", [
    ("Tổ chức sơ kết vào quý IV hằng năm.", [(None, None, "yearly", ())]),
    ("Các đơn vị hoàn thành việc đăng ký trong quý I hàng năm.", [(None, None, "yearly", ())]),
    # s30b: a part of the quarter between the cue and the quarter ("trong đầu quý IV hằng năm"), as with a year
    ("Tiêm bổ sung cho chó, mèo mới phát sinh trong đầu quý IV hằng năm.", [(None, None, "yearly", ())]),
    ("Tổng kết phong trào vào cuối quý IV hằng năm.", [(None, None, "yearly", ())]),
    # negatives: a quarter of figures with no cue; a quarter with a year is dated
    ("Sản lượng cuối quý IV hằng năm thường tăng cao.", []),
    ("Kim ngạch xuất khẩu quý IV hằng năm thường tăng cao.", []),
    ("Tổ chức sơ kết vào quý IV/2026.", [("2026-Q4", None, None, None)]),
])
def test_a_quarter_of_each_year(text, expected):
    assert keys(text) == expected


# A month or quarter opening a line of a timeline and labelling what follows is that action's time ("- Quý I/2026:
# Ban hành kế hoạch chi tiết"), as a time label's value is; not when the line states a figure.
@pytest.mark.parametrize("text,expected", [
    ("- Quý I/2026: Ban hành kế hoạch chi tiết.\n- Quý II/2026: Tổ chức tập huấn.", [("2026-Q1", None, None, None), ("2026-Q2", None, None, None)]),
    ("Tháng 6/2026: Tổ chức sơ kết 6 tháng.", [("2026-06", None, None, None)]),
    ("b) Quý III/2026: hoàn thành thí điểm tại 03 xã.", [("2026-Q3", None, None, None)]),
    # the label set in bold or spaced from its colon, as DOCX and markdown texts write it
    ("- **Quý I/2026**: Ban hành kế hoạch chi tiết.", [("2026-Q1", None, None, None)]),
    ("- Tháng 6/2026 : Tổ chức sơ kết 6 tháng.", [("2026-06", None, None, None)]),
    # negatives: a figure for the quarter; a quarter inside a sentence without a cue
    ("- Quý I/2026: đạt 25% kế hoạch năm.", []),
    ("Kết quả quý I/2026: giải ngân chậm.", []),
])
def test_a_month_or_quarter_labelling_a_line_of_a_timeline(text, expected):
    assert keys(text) == expected


# A schedule of reports gives each date the recurrence of the label right before it ("hằng quý (…), 6 tháng (…), năm
# (trước ngày 20/12)"): the nearest label, not the first recurrence the sentence named.
@pytest.mark.parametrize("text,expected", [
    ("Định kỳ hằng quý (trước ngày 20 tháng cuối quý), 6 tháng (trước ngày 20/6), năm (trước ngày 20/12) báo cáo về Sở Tài chính.",
     [(None, None, "quarterly", (20,)), (None, None, "half_yearly", (20, 6)), (None, None, "yearly", (20, 12))]),
    ("Thành viên Ban Chỉ đạo định kỳ hằng tháng (trước ngày 20), 06 tháng (trước ngày 20/6) và 01 năm (trước ngày 15/11) báo cáo.",
     [(None, None, "monthly", (20,)), (None, None, "half_yearly", (20, 6)), (None, None, "yearly", (15, 11))]),
    # negative: no label right before the date, the sentence's recurrence stays
    ("Định kỳ hằng quý, các đơn vị báo cáo trước ngày 20 của tháng cuối quý.", [(None, None, "quarterly", (20,))]),
])
def test_each_label_of_a_schedule_of_reports_gives_its_recurrence(text, expected):
    assert keys(text) == expected


# A part's heading ("II. NHIỆM VỤ") right after a short part ("I. MỤC TIÊU" and one line) is a part of its own: the
# title of the part before wraps over at most two lines, never over the next heading.
@pytest.mark.parametrize("text,expected", [
    ("I. MỤC TIÊU\nĐến năm 2030, tỷ lệ dân số có chữ ký số đạt 80%.\nII. NHIỆM VỤ\n- Năm 2027: hoàn thành hạ tầng dùng chung.\n",
     [("2027", None, None, None)]),
    ("I. MỤC TIÊU\nNâng cao hiệu quả.\nII. LỘ TRÌNH THỰC HIỆN\n1. Năm 2026: rà soát, sắp xếp các đơn vị.\n2. Năm 2027: hoàn thành sắp xếp.\n",
     [("2026", None, None, None), ("2027", None, None, None)]),
    # negative: a year heading under the targets part stays a target's year
    ("I. NHIỆM VỤ\nTriển khai đồng bộ.\nII. MỤC TIÊU\n- Năm 2027: tỷ lệ hộ nghèo còn 2%.\n", []),
])
def test_a_part_heading_after_a_short_part_is_its_own_part(text, expected):
    assert keys(text, 2026) == expected


# A day of the month after each month ("trước ngày 05 của tháng tiếp theo", "ngày 10 tháng sau") recurs monthly.
@pytest.mark.parametrize("text,expected", [
    ("Báo cáo tháng gửi Sở Nội vụ trước ngày 05 của tháng tiếp theo.", [(None, None, "monthly", (5,))]),
    ("Các xã báo cáo kết quả về UBND huyện trước ngày 10 tháng sau.", [(None, None, "monthly", (10,))]),
    # negatives: a window of figures; no day said
    ("Số liệu tính từ ngày 20 tháng trước đến ngày 19 của tháng sau.", []),
    ("Hoàn thành trong tháng tiếp theo.", []),
    ("Gửi báo cáo quý trước ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo.", []),  # after a period's end
])
def test_a_day_of_the_next_month(text, expected):
    assert keys(text) == expected


# --- a yearly date in a task table's time cell: one row, the table's -------------------------

@pytest.mark.parametrize("cell, numbers", [
    ("Trước ngày 31/10 hằng năm", ["31", "10"]),
    ("Trước ngày 15 tháng 12 hằng năm", ["15", "12"]),
    ("Chậm nhất ngày 20/6 hằng năm", ["20", "6"]),
])
def test_a_yearly_time_cell_gives_one_deadline(cell, numbers):
    import re
    text = ("TT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n"
            f"1\tBáo cáo kết quả thực hiện\tSở Nội vụ\tCác sở, ban, ngành\t{cell}\n"
            "2\tTổng hợp, đánh giá\tSở Tư pháp\tSở Tài chính\tQuý IV/2026\n")
    got = [d for d in deadlines(text, 2026) if d.recurrence == "yearly"]
    assert [(d.rule, re.findall(r"\d+", d.date_raw)) for d in got] == [("rule_task_table", numbers)]


def test_a_yearly_date_in_prose_is_still_a_deadline():
    got = deadlines("Các sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 31/10 hằng năm.", 2026)
    assert [(d.date, d.recurrence) for d in got] == [(None, "yearly")]


# --- year columns under a time-worded header ("Lộ trình thực hiện") are columns, not times -------

@pytest.mark.parametrize("group", ["Lộ trình thực hiện", "Lộ trình", "Tiến độ thực hiện"])
def test_years_of_a_header_under_a_time_word_are_not_deadlines(group):
    text = ("KẾ HOẠCH\nGiảm nghèo bền vững giai đoạn 2026 - 2030\n\n"
            f"TT\tChỉ tiêu\tĐVT\t{group}\n\t\t\t2026\t2027\t2028\n"
            "1\tTỷ lệ hộ nghèo đa chiều\t%\t4\t3,5\t3\n2\tSố xã thoát khỏi đặc biệt khó khăn\txã\t2\t3\t4\n")
    assert [d.date for d in deadlines(text, 2026) if d.rule == "rule_time_cell"] == []


def _loose_task_table(source: str, time: str) -> str:
    """A task table transcribed one cell per line ("|" lines between), with a column of the documents that gave the tasks."""
    cells = ["STT", "Nhiệm vụ", "Văn bản giao", "Cơ quan chủ trì", "Thời hạn hoàn thành",
             "1.", "Rà soát các quy định pháp luật để tháo gỡ vướng mắc.", source, "Bộ Tư pháp", time, "",
             "2.", "Xây dựng cơ sở dữ liệu dùng chung của ngành.", source, "Bộ Công an", "31/10/2025"]
    return "\n|\n".join(cells) + "\n"


# The date of a document a task table's source column cites is no deadline (the contract: dates inside legal references
# are not deadlines); the time column's dates are.
@pytest.mark.parametrize("source", [
    "Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2025",
    "Số thứ tự 04 Mục I Phụ lục I kèm theo Quyết định số 1308/QĐ-UBND ngày 18/6/2025",
    "Nghị quyết số 71/NQ-CP",  # negative: a source without a date changes nothing
])
def test_the_date_of_a_cited_source_in_a_task_table_is_no_deadline(source):
    found = extract_deadlines(_loose_task_table(source, "18/10/2025"), period=(None, None), doc_year=2025)
    assert [d.date for d in found] == ["2025-10-18", "2025-10-31"]


# A time in the subject of a document cited by number, without a cue of its own, is the cited document's title.
@pytest.mark.parametrize("text,expected", [
    ("Thực hiện theo chỉ đạo của Chính phủ tại Nghị quyết số 86/NQ-CP ngày 04 tháng 11 năm 2025 về triển khai nhiệm vụ trọng tâm "
     "những tháng cuối năm 2025; báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025.", ["2025-11-30"]),
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 05/3/2026 về tổ chức các hoạt động cao điểm cuối năm 2026, UBND xã báo cáo kết quả trước "
     "ngày 15/12/2026.", ["2026-12-15"]),
    # negative: the plan's own action with its time after the citation
    ("Thực hiện Nghị quyết số 86/NQ-CP về nhiệm vụ trọng tâm, các bộ hoàn thành, báo cáo kết quả trong năm 2026.", ["2026"]),
])
def test_a_time_in_a_cited_documents_subject_is_no_deadline(text, expected):
    assert [d.date for d in deadlines(text, 2025)] == expected


# A bare "2/3" followed by what it is a part of, or by "trở lên", is a fraction, never a day and month; a day and month
# after a cue, without such a noun, stays a yearless deadline.
@pytest.mark.parametrize("text,expected", [
    ("Hội đồng chỉ họp khi có đủ từ 2/3 thành viên trở lên tham gia.", []),
    ("+ Có từ 2/3 số xã trở lên là xã vùng đồng bào dân tộc thiểu số.", []),
    ("Nghị quyết được thông qua khi có trên 1/2 tổng số đại biểu tán thành.", []),
    # negatives: dates
    ("Các đơn vị gửi báo cáo về Sở Nội vụ trước 15/12 hằng năm.", [(None, "yearly")]),
    ("Hằng năm, các xã gửi số liệu về UBND huyện từ ngày 2/3.", [(None, "yearly")]),
])
def test_a_fraction_is_no_date(text, expected):
    assert [(d.date, d.recurrence) for d in deadlines(text, 2025)] == expected


# An event another body is expected to hold ("dự kiến Quốc hội thông qua vào tháng 12/2025"), or the condition of one
# ("khi Luật … được thông qua vào tháng 12/2025"), is a forecast, not a deadline; the addressee's submission is one.
@pytest.mark.parametrize("text,expected", [
    ("Hiện nay, Bộ Tài chính đang trình Quốc hội dự thảo Luật thuế TNCN (sửa đổi), dự kiến Quốc hội thông qua vào tháng 12/2025.", []),
    ("Cục Thuế sẽ bổ sung chỉ tiêu này khi Luật Quản lý thuế (sửa đổi) được thông qua vào tháng 12/2025.", []),
    ("Dự thảo Luật dự kiến sẽ được Quốc hội thông qua tại kỳ họp thứ 10 vào tháng 10/2025.", []),
    # negatives: the addressee's own submission and action
    ("Sở Tư pháp hoàn thiện dự thảo, dự kiến trình HĐND tỉnh thông qua vào tháng 12/2025.", ["2025-12"]),
    ("UBND các xã tổ chức lấy ý kiến, hoàn thành vào tháng 12/2025.", ["2025-12"]),
])
def test_a_forecast_of_another_bodys_event_is_no_deadline(text, expected):
    assert [d.date for d in deadlines(text, 2025)] == expected


# A cut-off that says which cases a provision covers is no deadline: a participle qualifying a thing ("được ký trước
# ngày …"), a past state ("mà trước ngày … đã được …"), a state that still holds ("còn hiệu lực sau ngày …"), the scope of a
# rule ("đối với thời gian tập sự trước ngày …"). An obligation due by the date stays one.
@pytest.mark.parametrize("text,expected", [
    ("a) Đối tượng tham gia bảo hiểm y tế được pháp luật quy định trước ngày 01 tháng 01 năm 2025;", []),
    ("c) Hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế được ký trước ngày 01 tháng 7 năm 2025 mà còn hiệu lực sau ngày 01 tháng 7 "
     "năm 2025 được thực hiện theo quy định của Chính phủ;", []),
    ("đ) 100% mức hưởng khi khám bệnh tại cơ sở cấp cơ bản mà trước ngày 01 tháng 01 năm 2025 đã được cơ quan có thẩm quyền xác "
     "định là tuyến huyện;", []),
    ("Việc nhận xét, đánh giá đối với thời gian tập sự trước ngày 01 tháng 7 năm 2025 được thực hiện theo quy định tại Nghị định "
     "số 138/2020/NĐ-CP.", []),
    # negatives: obligations due by the date
    ("Hồ sơ đề nghị phải được gửi về Sở Nội vụ trước ngày 15/12/2025.", ["2025-12-15"]),
    ("Đối với các dự án chậm tiến độ, chủ đầu tư hoàn thành việc rà soát trước ngày 30/12/2025.", ["2025-12-30"]),
    ("Gửi hồ sơ khen thưởng trước ngày 21 tháng 11 năm 2025 đối với sơ kết và trước ngày 20 tháng 11 năm 2026 đối với tổng kết.",
     ["2025-11-21", "2026-11-20"]),
    ("2. Chậm nhất đến ngày 01 tháng 7 năm 2027, các Bộ, ngành, địa phương phải hoàn thành việc bố trí công chức.", ["2027-07-01"]),
    # s23c: an action to complete for the things still in effect is due by the date; the state alone is no deadline
    ("- Hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực trước ngày 30/6/2025; thực hiện đăng ký.",
     ["2025-06-30"]),
    ("Các giấy phép còn hiệu lực trước ngày 01/7/2025 được tiếp tục sử dụng đến khi hết hạn.", []),
    # s23e: a plan's task whose clause ends at the date after "đối với …" is due by it; the scope of a rule goes on after it
    ("Thẩm định hồ sơ giao đất, cho thuê đất đối với các dự án nhà ở trước ngày 31/5/2025.", ["2025-05-31"]),
    ("Việc xếp lương đối với cán bộ được tuyển dụng trước ngày 01/7/2025 vẫn giữ nguyên hệ số cũ.", []),
    # s34d: a commitment opening the clause ("Phấn đấu", "bảo đảm") makes the participle the target's and the date its due day
    ("a) Phấn đấu 100% văn bản quy định chi tiết thi hành Luật được ban hành trước ngày 31 tháng 12 năm 2025, có hiệu lực "
     "cùng thời điểm có hiệu lực của Luật.", ["2025-12-31"]),
    ("- Bảo đảm 100% hồ sơ đề nghị được phê duyệt trước ngày 30/6/2026.", ["2026-06-30"]),
    ("Bảo đảm quyền lợi của người lao động; hợp đồng được ký trước ngày 01/7/2025 được tiếp tục thực hiện.", []),
])
def test_a_cut_off_of_a_provision_is_no_deadline(text, expected):
    assert [d.date for d in deadlines(text, 2025)] == expected


# "Kể từ ngày …, …" opening a sentence of a document that sets rules (a law, a decree) is when a provision applies; in a
# plan it may be when its addressees start.
_DECREE = "CHÍNH PHỦ\nSố: 170/2025/NĐ-CP\nNGHỊ ĐỊNH\nQuy định về tuyển dụng, sử dụng và quản lý công chức\n"
_PLAN = "ỦY BAN NHÂN DÂN TỈNH\nSố: 12/KH-UBND\nKẾ HOẠCH\nTriển khai tiếp nhận hồ sơ trực tuyến\n"


@pytest.mark.parametrize("head,sentence,expected", [
    (_DECREE, "4. Kể từ ngày 01 tháng 7 năm 2025, người đang thực hiện chế độ tập sự được bổ nhiệm vào ngạch.", []),
    (_DECREE, "Từ ngày 01/01/2026, cán bộ, công chức cấp xã được xếp lương theo ngạch công chức.", []),
    (_PLAN, "4. Kể từ ngày 01 tháng 7 năm 2025, các cơ quan thực hiện tiếp nhận hồ sơ trực tuyến toàn trình.", ["2025-07-01"]),
])
def test_the_date_a_provision_applies_from_is_no_deadline_in_a_document_that_sets_rules(head, sentence, expected):
    assert [d.date for d in deadlines(head + sentence + "\n", 2025)] == expected


# A deadline's body is the one its clause assigns, wherever the sentence opens: after "giao" ("…: giao Bộ Nội vụ chủ trì
# …, báo cáo Chính phủ trước ngày …" → Bộ Nội vụ, not Chính phủ the recipient), or opening the clause after a topic's
# colon; a recipient alone is no body.
@pytest.mark.parametrize("text,expected", [
    ("8. Về hoạt động của chính quyền địa phương 02 cấp: giao Bộ Nội vụ chủ trì, phối hợp với các cơ quan liên quan nghiên "
     "cứu, tổng hợp, báo cáo Chính phủ trước ngày 30 tháng 11 năm 2025.", "Bộ Nội vụ"),
    ("3. Về mở rộng dự án giai đoạn 2: giao Tập đoàn Điện lực Việt Nam làm việc cụ thể với các nhà đầu tư, báo cáo Thủ tướng "
     "Chính phủ trong tháng 12 năm 2025.", "Tập đoàn Điện lực Việt Nam"),
    ("2. Về dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng tại Khu kinh tế của tỉnh: Bộ Xây dựng khẩn "
     "trương rà soát, hoàn thành trong tháng 12 năm 2025.",
     "Bộ Xây dựng"),
    # negative: only a recipient
    ("Tổng hợp số liệu, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025.", None),
])
def test_the_body_a_clause_assigns_is_its_deadlines_body(text, expected):
    assert [d.body for d in deadlines(text, 2025)] == [expected]


def _loose_table(columns: list[str], rows: list[list[str]]) -> str:
    return "\n|\n".join(["STT", "Nhiệm vụ"] + columns + [c for i, r in enumerate(rows) for c in [f"{i + 1}."] + r + [""]]) + "\n"


# A task table transcribed one cell per line: the row's body column gives its deadline's body (the lead's column first).
@pytest.mark.parametrize("columns,rows,expected", [
    (["Cơ quan chủ trì", "Thời hạn"], [["Rà soát các quy định pháp luật để tháo gỡ vướng mắc.", "Bộ Tư pháp", "31/10/2025"],
                                        ["Xây dựng cơ sở dữ liệu dùng chung của ngành.", "Bộ Công an, Bộ Y tế", "30/11/2025"]],
     ["Bộ Tư pháp", "Bộ Công an, Bộ Y tế"]),
    (["Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
     [["Hoàn thiện cơ sở dữ liệu đất đai của tỉnh.", "Sở Nông nghiệp và Môi trường", "Sở Tài chính, các xã", "Quý IV/2025"]],
     ["Sở Nông nghiệp và Môi trường"]),
    (["Cơ quan chủ trì", "Thời hạn"], [["Xây dựng quy chuẩn khí thải đối với phương tiện giao thông.", "- Bộ Xây dựng;", "Quý IV/2026"]],
     ["Bộ Xây dựng"]),
    # negative: the body cell of the row before, whose time cell held no date ("Thường xuyên"), is not this row's
    (["Cơ quan chủ trì", "Thời hạn"], [["Rà soát các quy định pháp luật để tháo gỡ vướng mắc.", "Bộ Tư pháp", "Thường xuyên"],
                                        ["Xây dựng cơ sở dữ liệu dùng chung của ngành.", "Theo kế hoạch", "30/11/2025"]],
     [None]),
    # negative: no body column
    (["Ghi chú", "Thời hạn"], [["Rà soát các quy định pháp luật để tháo gỡ vướng mắc.", "Thực hiện theo hướng dẫn", "31/10/2025"]],
     [None]),
])
def test_a_loose_task_tables_body_column_gives_its_deadlines_body(columns, rows, expected):
    found = extract_deadlines(_loose_table(columns, rows), period=(None, None), doc_year=2025)
    assert [d.body for d in found] == expected


# A time inside the topic label a point of a conclusion opens with ("5. Về …, không có khả năng giải ngân trong năm 2025
# (…): Ủy ban nhân dân tỉnh … rà soát") names the topic; the time of the action after the colon is a deadline.
@pytest.mark.parametrize("text,expected", [
    ("5. Về điều chuyển số vốn dư, không có khả năng giải ngân trong năm 2025 (khoảng 1.500 tỷ đồng) cho tỉnh Thanh Hóa: Ủy ban "
     "nhân dân tỉnh Thanh Hóa rà soát, báo cáo Thủ tướng Chính phủ trong tháng 12 năm 2025.", ["2025-12"]),
    ("2. Về các dự án hoàn thành trong năm 2025: Bộ Xây dựng tổng hợp, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2025.",
     ["2025-12-15"]),
    # negative: no topic label, the year is the action's
    ("5. Ủy ban nhân dân tỉnh hoàn thành việc giải ngân trong năm 2025 và báo cáo kết quả.", ["2025"]),
])
def test_a_time_in_a_topic_label_is_no_deadline(text, expected):
    assert [d.date for d in deadlines(text, 2025)] == expected

# The time of an action given by its start only ("Thời gian thực hiện: Từ 01/7/2025.") runs on when the plan is issued:
# a deadline (period) though its date is before the issue date; a date before the issue date said otherwise is history.
_ISSUED = "Bắc Ninh, ngày 20 tháng 11 năm 2025\n\nKẾ HOẠCH\n\nNâng cao năng lực xây dựng pháp luật\n\n"


@pytest.mark.parametrize("line, found", [
    ("Thời gian thực hiện: Từ 01/7/2025.", [("2025-07-01", None, "period")]),
    ("- Thời gian triển khai: từ ngày 15/3/2025.", [("2025-03-15", None, "period")]),
    ("Thời gian thực hiện: Từ tháng 7/2025.", [("2025-07", None, "period")]),
    # negatives: what happened before the plan was issued
    ("Ngày 01/7/2025, Ủy ban nhân dân tỉnh đã tổ chức hội nghị triển khai.", []),
    ("Từ ngày 01/7/2025 đến ngày 30/9/2025, toàn tỉnh đã tổ chức 12 lớp tập huấn.", []),
])
def test_an_ongoing_start_before_the_issue_date_is_a_period(line, found):
    got = [(d.date, d.date_end, d.kind) for d in extract_deadlines(_ISSUED + line)
           if d.date and d.date.startswith("2025") and d.date < "2025-11"]
    assert got == found


# A part of a month or quarter between the cue and its time ("vào cuối quý III/2026", "vào đầu tháng 3 năm 2026", "vào tuần
# cuối tháng 12/2026"): the month's or quarter's deadline, the cue and the part in its quote.
@pytest.mark.parametrize("text,expected", [
    ("Hoàn thành việc lắp đặt thiết bị vào cuối quý III/2026.", [("2026-Q3", "vào cuối quý III/2026")]),
    ("Tổ chức hội nghị sơ kết vào đầu quý II năm 2026.", [("2026-Q2", "vào đầu quý II năm 2026")]),
    ("Hoàn thành giải phóng mặt bằng trước cuối tháng 10/2026.", [("2026-10", "trước cuối tháng 10/2026")]),
    ("Tổ chức Lễ phát động vào giữa tháng 4/2026.", [("2026-04", "vào giữa tháng 4/2026")]),
    ("Tổ chức hội nghị tổng kết vào tuần cuối tháng 12/2026.", [("2026-12", "vào tuần cuối tháng 12/2026")]),
    # negatives: a part without a cue names a time in passing, a target's status is no deadline
    ("Kết quả giải ngân cuối quý III/2026 của tỉnh được công bố.", []),
    ("Đến cuối tháng 6/2026 tỷ lệ giải ngân đạt 60% kế hoạch vốn.", []),
])
def test_a_part_of_a_month_or_quarter_after_a_cue(text, expected):
    assert [(d.date, d.text) for d in deadlines(text, 2026)] == expected


# A month or quarter by which a figure is reached ("Đến tháng 6/2026, tỷ lệ … đạt 60%") is the target's time, as a year is.
@pytest.mark.parametrize("text,expected", [
    ("Đến tháng 6/2026 tỷ lệ giải ngân đạt 60% kế hoạch vốn.", []),
    ("Đến hết quý II/2026, có 30/45 xã hoàn thành số hóa hồ sơ.", []),
    # negatives: an action due by then, no figure
    ("Đến hết quý II/2026, hoàn thành việc số hóa hồ sơ địa chính.", ["2026-Q2"]),
    ("Các xã duy trì hoạt động của tổ công nghệ số đến tháng 12/2026.", ["2026-12"]),
    # s26e: a day and month after "ngày" is a date, no fraction of a target
    ("Báo cáo trước ngày 15/12 hằng năm; tổng kết vào năm 2030.", [None, "2030"]),
    ("Đến năm 2030, có 36/40 xã đạt chuẩn nông thôn mới.", []),
    # s28d: nor a day and month after another in a list ("trước ngày 20/6 và 20/12 hằng năm")
    ("Báo cáo định kỳ 6 tháng (trước ngày 20/6 và 20/12 hằng năm); tổng kết vào năm 2030.", [None, None, "2030"]),
    ("Đến năm 2030, có 20/25 xã và 3/5 phường đạt chuẩn.", []),
])
def test_a_month_by_which_a_figure_is_reached_is_the_targets(text, expected):
    assert [d.date for d in deadlines(text, 2026)] == expected


# Labels of time other than "Thời gian …": "Hạn hoàn thành:", "Hạn nộp:", "Thời điểm hoàn thành:" (not "Giới hạn", "Hạn mức").
@pytest.mark.parametrize("text,expected", [
    ("Hạn hoàn thành: Tháng 10/2026.", ["2026-10"]),
    ("- Hạn nộp báo cáo: Quý IV/2026.", ["2026-Q4"]),
    ("Thời điểm hoàn thành: Quý IV năm 2026.", ["2026-Q4"]),
    ("Hạn hoàn thành: Năm 2027.", ["2027"]),
    # negatives: limits and quotas are no labels of time
    ("Giới hạn: tháng 6/2026.", []),
    ("Hạn mức vay: quý II/2026.", []),
])
def test_other_labels_of_time(text, expected):
    assert [d.date for d in deadlines(text, 2026)] == expected


# The date figures are counted to ("số liệu thống kê đến tháng 6/2026") and a forecast ("Theo dự báo, từ ngày 20 đến ngày
# 22/11/2026 khu vực có mưa to") are no deadlines.
@pytest.mark.parametrize("text,expected", [
    ("Theo số liệu thống kê đến tháng 6/2026, toàn tỉnh có 120 hợp tác xã.", []),
    ("Số liệu đến hết quý II/2026 cho thấy 40 xã chưa hoàn thành.", []),
    ("Theo dự báo, từ ngày 20 đến ngày 22/11/2026 khu vực có mưa to đến rất to.", []),
    ("Theo nhận định của cơ quan khí tượng, đến ngày 18/11/2026 lũ trên các sông tiếp tục lên.", []),
    # negatives: a time by which something must be done
    ("Các xã gửi số liệu thống kê về Sở trước ngày 15/6/2026.", ["2026-06-15"]),
    ("Căn cứ dự báo, các xã hoàn thành sơ tán dân trước ngày 20/11/2026.", ["2026-11-20"]),
])
def test_figures_dates_and_forecasts(text, expected):
    assert [d.date for d in deadlines(text, 2026)] == expected


# Months of a yearly schedule ("vào tháng 6 và tháng 12 hằng năm", "tháng 3, tháng 6 và tháng 9 hằng năm"): one row per
# month, date null, yearly; a weekday of a weekly one ("vào thứ Sáu hằng tuần"): weekly.
@pytest.mark.parametrize("text,expected", [
    ("UBND các huyện báo cáo kết quả về UBND tỉnh vào tháng 6 và tháng 12 hằng năm.",
     [(None, "month", "yearly"), (None, "month", "yearly")]),
    ("Thời gian thực hiện: Tháng 6 và tháng 12 hằng năm.", [(None, "month", "yearly"), (None, "month", "yearly")]),
    ("Tổ chức kiểm tra vào tháng 3, tháng 6 và tháng 9 hằng năm.", [(None, "month", "yearly")] * 3),
    ("Các xã báo cáo nhanh tình hình về UBND huyện vào thứ Sáu hằng tuần.", [(None, "day", "weekly")]),
    ("Họp giao ban vào thứ Hai mỗi tuần.", [(None, "day", "weekly")]),
    # negatives: months of a stated year are dated; a weekday without a recurrence is no deadline
    ("Báo cáo vào tháng 6 và tháng 12 năm 2026.", [("2026-06", "month", None), ("2026-12", "month", None)]),
    ("Hội nghị khai mạc vào thứ Sáu.", []),
])
def test_months_and_weekdays_of_a_schedule(text, expected):
    assert [(d.date, d.precision, d.recurrence) for d in deadlines(text, 2026)] == expected


# A time cell that coordinates times ("Quý II/2026 và Quý IV/2026", "Tháng 6 và tháng 12 hằng năm"): every distinct date of a
# task table's time column is a deadline, each quoting its own words.
_TASKS = "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n1\tTổ chức kiểm tra\tSở Xây dựng\tCác xã\t{}\n"


@pytest.mark.parametrize("cell,expected", [
    ("Quý II/2026 và Quý IV/2026", [("2026-Q2", None, "Quý II/2026"), ("2026-Q4", None, "Quý IV/2026")]),
    ("Tháng 3/2026; tháng 9/2026", [("2026-03", None, "Tháng 3/2026"), ("2026-09", None, "tháng 9/2026")]),
    ("Tháng 6 và tháng 12 hằng năm", [(None, "yearly", "Tháng 6"), (None, "yearly", "tháng 12 hằng năm")]),
    # negatives: one period, one time with remarks
    ("Quý IV/2026 - Quý II/2027", [("2026-Q4", None, "Quý IV/2026 - Quý II/2027")]),
    ("Quý II/2026 và duy trì hằng năm", [("2026-Q2", None, "Quý II/2026 và duy trì hằng năm")]),
])
def test_a_time_cell_that_coordinates_times(cell, expected):
    found = extract_deadlines(_TASKS.format(cell), period=(None, None), doc_year=2026)
    assert [(d.date, d.recurrence, d.date_raw) for d in found] == expected


# A month or quarter alone in parentheses after an action ("(tháng 6/2026)", "(dự kiến quý III/2026)", "(Quý II - Quý
# III/2026)"), as a year there is: the action's time.
@pytest.mark.parametrize("text,expected", [
    ("- Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch (tháng 6/2026).", [("2026-06", None)]),
    ("- Tổ chức tập huấn cho cán bộ cấp xã (dự kiến quý III/2026).", [("2026-Q3", None)]),
    ("Bước 2: Triển khai thực hiện (Quý II - Quý III/2026).", [("2026-Q2", "2026-Q3")]),
    # s24b: months or quarters coordinated in the parentheses, each in the year the last states
    ("- Tổ chức ra quân phát quang hành lang an toàn đường bộ 02 đợt trong năm (tháng 3 và tháng 9 năm 2026).",
     [("2026-03", None), ("2026-09", None)]),
    ("- Tổ chức sơ kết (quý II và quý IV năm 2026).", [("2026-Q2", None), ("2026-Q4", None)]),
    ("Tỷ lệ giải ngân đạt 60% (tháng 6 và tháng 9 năm 2026).", []),
    # negatives: a figure's time, a month inside other words in parentheses
    ("Tỷ lệ giải ngân đạt 60% (tháng 6/2026).", []),
    ("Tổ chức hội nghị (theo số liệu tháng 6/2026).", []),
])
def test_a_month_or_quarter_in_parentheses_after_an_action(text, expected):
    assert [(d.date, d.date_end) for d in deadlines(text, 2026)] == expected


# A month or quarter coordinated after a kept one ("trong tháng 12 năm 2026 và tháng 01 năm 2027") shares its cue.
@pytest.mark.parametrize("text,expected", [
    ("Hoàn thành việc bàn giao trong tháng 12 năm 2026 và tháng 01 năm 2027.", ["2026-12", "2027-01"]),
    ("Trong quý II/2026 và quý III/2026, tổ chức kiểm tra các cơ sở.", ["2026-Q2", "2026-Q3"]),
    ("Hoàn thành trong tháng 12 năm 2026, quý I/2027.", ["2026-12", "2027-Q1"]),
    # negatives: after a semicolon, or after a time that is no deadline, a month needs a cue of its own
    # (s36a: "…; quý III/2026 tổ chức sơ kết" is a review that quarter, as "năm 2028 tổ chức sơ kết" is: rule_year_review)
    ("Báo cáo trước ngày 15/6/2026; quý III/2026 triển khai thí điểm.", ["2026-06-15"]),
    ("Báo cáo trước ngày 15/6/2026; quý III/2026 tổ chức sơ kết.", ["2026-06-15", "2026-Q3"]),
    ("Kết quả quý II/2026 và quý III/2026 cho thấy tiến độ chậm.", []),
])
def test_a_time_coordinated_after_a_deadline_shares_its_cue(text, expected):
    assert [d.date for d in deadlines(text, 2026)] == expected


# What happened at a time, not what must be done by it ("Trong quý I/2026, toàn tỉnh đã tiếp nhận …", "… trong năm 2026 đã
# được hoàn thành"): background, even in the plan's own year.
@pytest.mark.parametrize("text,expected", [
    ("Trong quý I/2026, toàn tỉnh đã tiếp nhận 5.200 hồ sơ trực tuyến.", []),
    ("Trong tháng 11 năm 2026, do mưa, lũ lớn tại khu vực Trung Bộ đã xảy ra tình trạng ngập lụt sâu.", []),
    ("Chương trình xóa nhà tạm, nhà dột nát trong năm 2026 đã được hoàn thành.", []),
    # negatives: "đã" qualifies what the action is done to, or the clause still asks for something
    ("Trong tháng 6/2026, tổ chức kiểm tra các cơ sở đã được cấp phép.", ["2026-06"]),
    ("Trong quý II/2026, các dự án đã được giao vốn phải giải ngân hết.", ["2026-Q2"]),
    ("Hoàn thành trước ngày 30/6/2026 các nội dung đã được phê duyệt.", ["2026-06-30"]),
])
def test_what_happened_at_a_time_is_background(text, expected):
    assert [d.date for d in deadlines(text, 2026)] == expected


# Dates without a year: a period whose first day borrows the second's month ("từ ngày 10 đến ngày 15 tháng 12 hằng năm"), a
# day of a month said to recur ("báo cáo định kỳ (trước ngày 15 tháng 12)", a window "từ ngày 10 tháng 12 năm trước đến ngày 10
# tháng 12"): yearly; the figures' date ("tính đến ngày 31/12") and a period up to now ("từ ngày 01/7 đến nay") are none.
@pytest.mark.parametrize("text,expected", [
    ("Các cơ quan tự chấm điểm và gửi báo cáo về Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12 hằng năm.",
     [("từ ngày 10 đến ngày 15 tháng 12 hằng năm", "yearly", "period")]),
    ("UBND các xã tổ chức bình xét từ ngày 01 đến ngày 20/11.", [("từ ngày 01 đến ngày 20/11", None, "period")]),
    ("7. Thực hiện báo cáo định kỳ (trước ngày 15 tháng 12), đột xuất tình hình quản lý và sử dụng hệ thống.",
     [("trước ngày 15 tháng 12", "yearly", "submit")]),
    ("Thời gian chốt số liệu tính từ ngày 10 tháng 12 năm trước đến ngày 10 tháng 12 của kỳ báo cáo.",
     [("từ ngày 10 tháng 12 năm trước đến ngày 10 tháng 12", "yearly", "period")]),
    # negatives
    ("Tiêu chí về giải ngân vốn đầu tư công (tính đến ngày 31/12 của năm đánh giá, tỷ lệ giải ngân đạt 95%).", []),
    ("Kết quả vận hành mô hình chính quyền địa phương 02 cấp (từ ngày 01/7 đến nay) và ý kiến của các đồng chí.", []),
    ("Tổ chức từ ngày 08 đến ngày 10 tháng 12 năm 2026.", [("từ ngày 08 đến ngày 10 tháng 12 năm 2026", None, "period")]),
    # s23c: a span of months without a year ("từ tháng 4 đến tháng 8", "Từ tháng 4 - tháng 6"): a period, date null
    ("- Trong mùa khô hanh từ tháng 4 đến tháng 8, các xã duy trì lực lượng trực phòng cháy.",
     [("từ tháng 4 đến tháng 8", None, "period")]),
    ("Từ tháng 4 - tháng 6, tổ chức tập huấn cho cán bộ xã.", [("Từ tháng 4 - tháng 6", None, "period")]),
    # negatives: a span of months with its year; months that bound no span from "từ" (what is owed for them)
    ("Tổ chức tập huấn từ tháng 4 đến tháng 6 năm 2026.", [("từ tháng 4 đến tháng 6 năm 2026", None, "period")]),
    ("Tiền lương tháng 4 đến tháng 8 chưa được chi trả.", []),
    # s26b: the hour of a weekly deadline is part of it; a weekday without a recurrence is none, with its hour too
    ("a) Các cơ quan báo cáo tiến độ về Công an tỉnh trước 16 giờ thứ Sáu hằng tuần.",
     [("trước 16 giờ thứ Sáu hằng tuần", "weekly", "submit")]),
    ("Các xã gửi số liệu trước 15h00 thứ Năm hằng tuần.", [("trước 15h00 thứ Năm hằng tuần", "weekly", "submit")]),
    ("Hội nghị khai mạc lúc 8 giờ thứ Sáu.", []),
])
def test_yearless_periods_and_recurrences(text, expected):
    assert [(d.date_raw, d.recurrence, d.kind) for d in deadlines(text, 2026)] == expected


# A task table's time cell that holds a cited document's date (a column of legal bases the model read as the time) is no deadline.
@pytest.mark.parametrize("cell,expected", [
    ("Nghị định số 214/2025/NĐ-CP ngày 04/8/2026 của Chính phủ", []),
    ("Theo Kế hoạch số 12/KH-UBND ngày 10/01/2026", []),
    # negatives: the cell's own time
    ("Trước ngày 30/9/2026", ["2026-09-30"]),
    ("Quý III/2026", ["2026-Q3"]),
])
def test_a_time_cell_citing_a_document_is_no_deadline(cell, expected):
    found = extract_deadlines(_TASKS.format(cell), period=(None, None), doc_year=2026)
    assert [d.date for d in found] == expected


# A year that opens a sentence with "Trong" ("Trong năm 2026, tổ chức 02 lớp tập huấn …") is the time of what it asks.
@pytest.mark.parametrize("text,expected", [
    ("Trong năm 2026, tổ chức 02 lớp tập huấn cho cán bộ cấp xã.", ["2026"]),
    ("- Ngay trong năm 2026, các xã rà soát, cập nhật danh sách hộ nghèo.", ["2026"]),
    # negatives: a count the year has, a horizon, a year in the middle of a sentence without an action of the list
    ("Trong năm 2026, toàn tỉnh có 120 hợp tác xã hoạt động.", []),
    ("Vào năm 2030, tỉnh trở thành trung tâm du lịch xanh.", []),
    ("Tiếp tục phát triển các sản phẩm du lịch trong năm 2026.", []),
    # s27d: "trong năm …" closing a clause that opens with a verb of delivery (the targets' commitment cues)
    ("- Số hóa tư liệu về lịch sử, kỹ thuật truyền thống của 10 làng nghề tiêu biểu trong năm 2027.", ["2027"]),
    ("c) Thành lập Trung tâm hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh trong năm 2026; ưu tiên doanh nghiệp trẻ.", ["2026"]),
    # s32a: "mở" before a count (the classes a plan opens), in a ";"-clause too; not "mở rộng", "mở chuyên mục"
    ("- Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; mở 120 lớp \"Bình dân học vụ số\" tại các thôn, bản trong năm 2026.",
     ["2026"]),
    ("- Mở rộng diện tích trồng lúa chất lượng cao trong năm 2026.", []),
    ("- Mở chuyên mục về chuyển đổi số trên sóng truyền hình trong năm 2026.", []),
    # negatives: a year inside the clause, a rate, a body before the verb
    ("- Xây dựng 10 mô hình trong năm 2027 và nhân rộng ra toàn tỉnh.", []),
    ("- Tỷ lệ hộ nghèo giảm 1,5% trong năm 2027.", []),
    ("c) Phát huy vai trò của Mặt trận Tổ quốc, góp phần thực hiện thắng lợi nhiệm vụ của huyện trong năm 2027.", []),
    ("- Bảo đảm an ninh, trật tự trên địa bàn trong năm 2027.", []),
])
def test_a_year_opening_a_sentence_of_actions(text, expected):
    assert [d.date for d in deadlines(text, 2026)] == expected


# Found while checking the classes above on new wordings: a phase label ("Đợt 1: tháng 3 - 4/2026") is a label of time; a date is
# no fraction ("Đến tháng 6/2026 hoàn thành …" states no figure); a past fact may name an action ("… đã tổ chức 15 lớp"); a
# time cell's period whose first time borrows the second's month and year ("Từ ngày 01/4 đến ngày 30/4/2026").
@pytest.mark.parametrize("text,expected", [
    ("Đợt 1: tháng 3 - 4/2026; đợt 2: tháng 9 - 10/2026.", [("2026-03", "2026-04"), ("2026-09", "2026-10")]),
    ("Đến tháng 6/2026 hoàn thành việc lắp đặt camera tại các tuyến đường chính.", [("2026-06", None)]),
    ("Trong 6 tháng đầu năm 2026, toàn huyện đã tổ chức 15 lớp tập huấn.", []),
    (_TASKS.format("Từ ngày 01/4 đến ngày 30/4/2026"), [("2026-04-01", "2026-04-30")]),
    (_TASKS.format("Từ tháng 3 đến tháng 5/2026"), [("2026-03", "2026-05")]),
    # negatives: a numbered item is no phase label; a cell's single date stays one
    ("Mục 1: tháng 3/2026 có 20 hồ sơ.", []),
    (_TASKS.format("Ngày 30/4/2026"), [("2026-04-30", None)]),
])
def test_phase_labels_dates_that_are_no_fractions_and_cell_periods(text, expected):
    assert [(d.date, d.date_end) for d in deadlines(text, 2026)] == expected


# A step of an administrative procedure in a time column ("Ngay sau khi nhận đủ hồ sơ hợp lệ", "Sau khi nhận được kết quả giải
# quyết, …") is how long a step takes, not a deadline; a time after an event of the plan's ("Ngay sau khi có Nghị quyết của
# HĐND tỉnh") is one (date null).
@pytest.mark.parametrize("cell,expected", [
    ("Ngay sau khi nhận đủ hồ sơ hợp lệ", False),
    ("Sau khi nhận được kết quả giải quyết, cán bộ một cửa thông báo cho tổ chức", False),
    ("Sau khi tiếp nhận hồ sơ", False),
    ("Ngay sau khi có Nghị quyết của HĐND tỉnh", True),
    ("Sau khi Đề án được phê duyệt", True),
])
def test_a_procedure_step_is_no_relative_time(cell, expected):
    assert (read_time_cell(cell) is not None) == expected


# When a document or provision applies ("… này áp dụng trong năm 2026", "được áp dụng từ ngày …") is a legal fact, as its effect.
@pytest.mark.parametrize("text,expected", [
    ("1. Nghị quyết này áp dụng trong năm 2026 và có hiệu lực kể từ ngày ký ban hành.", []),
    ("Mức lãi suất cho vay tại Điều 1 Quyết định này được áp dụng từ ngày 01 tháng 12 năm 2026 đối với các khoản vay.", []),
    ("Nghị quyết có hiệu lực thi hành kể từ ngày ký ban hành và áp dụng từ ngày 01 tháng 01 năm 2027.", []),
    # negative: a time by which something must be ready to apply
    ("Xây dựng bảng giá đất để công bố và áp dụng từ ngày 01 tháng 01 năm 2027.", ["2027-01-01"]),
])
def test_when_a_provision_applies_is_a_legal_fact(text, expected):
    assert [d.date for d in deadlines(text, 2026)] == expected


# s30w: the date from which a group, a provision or a decision's execution is governed is a legal fact ("… thuộc đối tượng
# tham gia bảo hiểm xã hội bắt buộc từ ngày …", "… không áp dụng phương pháp khoán thuế từ ngày …", "… của Luật này được
# thực hiện từ ngày …", "… thi hành Quyết định này kể từ ngày …"); a plan's own period, or what is due by a date, stays.
@pytest.mark.parametrize("text,expected", [
    ("b) Chủ hộ kinh doanh của hộ kinh doanh có đăng ký kinh doanh không thuộc đối tượng quy định tại điểm a khoản này thuộc "
     "đối tượng tham gia bảo hiểm xã hội bắt buộc từ ngày 01 tháng 7 năm 2029.", []),
    ("Theo đó, hộ kinh doanh, cá nhân kinh doanh không áp dụng phương pháp khoán thuế từ ngày 01/01/2026.", []),
    ("2. Quy định về đánh giá công chức tại Mục 3 Chương IV của Luật này được thực hiện từ ngày 01 tháng 01 năm 2026.", []),
    ("Điều 4. Giám đốc Sở Công Thương và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này kể từ ngày "
     "01 tháng 5 năm 2026./.", []),
    # negatives: a plan's own period; a group given something to do by a date; an application to be ready by a date
    ("Kế hoạch này được thực hiện từ ngày 01 tháng 01 năm 2026 đến hết ngày 31 tháng 12 năm 2026.", [("2026-01-01", "2026-12-31")]),
    ("Các hộ thuộc đối tượng được hỗ trợ hoàn thành việc sửa chữa nhà ở trước ngày 30/6/2026.", [("2026-06-30", None)]),
    ("Các cơ quan áp dụng phần mềm quản lý văn bản mới từ ngày 01/7/2026.", [("2026-07-01", None)]),
])
def test_the_date_a_group_or_provision_is_governed_from_is_no_deadline(text, expected):
    assert [(d.date, d.date_end) for d in deadlines(text, 2026)] == expected


# s30w: a date in the condition of a sentence that opens with one ("Trường hợp …", "Nếu …") and states its consequence after
# "thì", however long the condition, says which cases the rule covers; a condition that says what is due, or a date after the
# "thì", stays a deadline.
@pytest.mark.parametrize("text,expected", [
    ("Trường hợp người vừa có thời gian đóng bảo hiểm xã hội tự nguyện vừa có thời gian đóng bảo hiểm xã hội bắt buộc mà đã "
     "tham gia bảo hiểm xã hội theo đối tượng quy định tại điểm a, b, c, d, đ, g và i khoản 1 Điều 2 của Luật Bảo hiểm xã hội "
     "từ trước ngày 01 tháng 7 năm 2025 và có thời gian đóng bảo hiểm xã hội bắt buộc theo các đối tượng này từ đủ 20 năm trở "
     "lên khi tính mức lương hưu hằng tháng thấp hơn mức tham chiếu thì được tính bằng mức tham chiếu.", []),
    ("Nếu dự án được khởi công từ ngày 01/01/2026 và có tổng mức đầu tư dưới 15 tỷ đồng thì áp dụng cơ chế đặc thù.", []),
    # negatives
    ("Trường hợp các cơ quan đang sử dụng chữ ký số công cộng thì được tiếp tục sử dụng nhưng phải chuyển sang sử dụng chữ ký số "
     "chuyên dùng công vụ trước ngày 31 tháng 12 năm 2026.", [("2026-12-31", None)]),
    ("Trường hợp chưa hoàn thành trước ngày 30/6/2026 do nguyên nhân khách quan thì các đơn vị báo cáo UBND tỉnh.",
     [("2026-06-30", None)]),
])
def test_a_date_in_a_long_condition_is_no_deadline(text, expected):
    assert [(d.date, d.date_end) for d in deadlines(text, 2025)] == expected


# s30w: an item of a law or decree naming a group of people by the provision that defines it says which cases the provision
# covers ("b) Đối tượng quy định tại điểm a khoản này khám bệnh, chữa bệnh … trước ngày …"); in a plan, or with a due word,
# its dates stay deadlines.
_LAW = "QUỐC HỘI\nLuật số: 51/2024/QH15\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\n"


@pytest.mark.parametrize("head,sentence,expected", [
    (_LAW, "b) Đối tượng quy định tại điểm a khoản này khám bệnh, chữa bệnh tại cơ sở khám bệnh, chữa bệnh trước ngày 01 tháng "
           "01 năm 2025 và kết thúc đợt điều trị từ ngày 01 tháng 01 năm 2025.", []),
    (_LAW, "c) Đối tượng quy định tại khoản 3 Điều này phải hoàn thành việc đăng ký trước ngày 01 tháng 7 năm 2025.",
     ["2025-07-01"]),
    (_PLAN, "b) Đối tượng được tập huấn hoàn thành khóa học trước ngày 30 tháng 6 năm 2025.", ["2025-06-30"]),
    (_PLAN, "2. Đối tượng: cán bộ, công chức cấp xã; thời gian tập huấn từ ngày 01/7/2025 đến ngày 05/7/2025.",
     ["2025-07-01"]),
])
def test_a_date_in_an_item_naming_a_group_of_a_law_is_no_deadline(head, sentence, expected):
    assert [d.date for d in deadlines(head + sentence + "\n", 2025)] == expected


# A period from the document's issue that names the document first ("Kể từ ngày Quyết định được ban hành đến hết ngày …",
# "từ ngày Kế hoạch này được ban hành đến hết ngày …"): date null, its end.
@pytest.mark.parametrize("text,expected", [
    ("Điều 2. Thời gian ủy quyền: Kể từ ngày Quyết định được ban hành đến hết ngày 28/02/2027, trừ trường hợp khác.",
     [(None, "2027-02-28", "period")]),
    ("Thời gian thực hiện: từ ngày Kế hoạch này được ban hành đến hết ngày 31/12/2026.", [(None, "2026-12-31", "period")]),
    # negatives: a document's validity, a provision's applicability
    ("Quyết định này có hiệu lực từ ngày ký đến hết ngày 31/12/2027.", []),
    ("Mức hỗ trợ được áp dụng kể từ ngày Nghị quyết này có hiệu lực đến hết ngày 31/12/2030.", []),
])
def test_a_period_from_the_documents_issue_naming_it_first(text, expected):
    assert [(d.date, d.date_end, d.kind) for d in deadlines(text, 2026)] == expected


# A span of years an action is done in, in running text ("Triển khai thí điểm trong năm 2026 - 2027"): a period.
@pytest.mark.parametrize("text,expected", [
    ("Triển khai thí điểm trong năm 2026 - 2027.", [("2026", "2027")]),
    ("Trong các năm 2026 - 2027, các xã rà soát, cập nhật bản đồ số.", [("2026", "2027")]),
    # s25a: the count of its years before the span
    ("Học viện tổ chức 10 lớp bồi dưỡng nghiệp vụ cho khoảng 800 cán bộ trong hai năm 2026 - 2027.", [("2026", "2027")]),
    ("Triển khai thí điểm trong 02 năm 2026 - 2027.", [("2026", "2027")]),
    # negatives: a figure's span, no action, a programme's period named in passing
    ("Tỷ lệ hộ nghèo giảm 1,5% trong hai năm 2026 - 2027.", []),
    ("Tỷ lệ hộ nghèo giảm 1,5% trong năm 2026 - 2027.", []),
    ("Kinh phí được bố trí trong năm 2026-2027 theo phân cấp.", []),
    ("Thực hiện Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030.", []),
])
def test_a_span_of_years_in_running_text(text, expected):
    assert [(d.date, d.date_end) for d in deadlines(text, 2026)] == expected


# A period whose first time borrows the year (or the month) its end states, across New Year or a month's end: the first
# time is the one before the end, not after it. (text, (date, date_end))
PARTIAL_ACROSS_NEW_YEAR = [
    ("Từ tháng 11 đến tháng 02/2027, các xã tổ chức ra quân làm thủy lợi nội đồng.", ("2026-11", "2027-02")),
    ("Thời gian thực hiện: từ ngày 20/12 đến ngày 10/01/2027.", ("2026-12-20", "2027-01-10")),
    ("Đợt 1 tổ chức từ ngày 25 đến ngày 05 tháng 01 năm 2027 tại các huyện.", ("2026-12-25", "2027-01-05")),
    ("Đợt 2: từ ngày 28 đến ngày 03 tháng 3 năm 2026.", ("2026-02-28", "2026-03-03")),
    ("Thời gian kiểm tra từ Quý IV đến Quý I/2027 tại các xã.", ("2026-Q4", "2027-Q1")),  # quarters (s29i)
    # negatives: a period within one year (month) keeps the end's year (month)
    ("Thời gian tổ chức: từ ngày 3 đến ngày 7/11/2026 tại các xã.", ("2026-11-03", "2026-11-07")),
    ("Từ tháng 3 đến tháng 10/2026, các địa phương tổ chức kiểm tra.", ("2026-03", "2026-10")),
    ("Đợt 02: từ ngày 10 đến ngày 15 tháng 12 năm 2026.", ("2026-12-10", "2026-12-15")),
    ("Sở Công Thương kiểm tra hợp đồng theo mẫu; thời gian kiểm tra từ quý II đến quý III/2026.", ("2026-Q2", "2026-Q3")),
]


@pytest.mark.parametrize("text,expected", PARTIAL_ACROSS_NEW_YEAR)
def test_a_partial_period_across_new_year(text, expected):
    assert [(d.date, d.date_end) for d in deadlines(text, 2026)] == [expected]


PARTIAL_CELLS_ACROSS_NEW_YEAR = [
    ("Từ tháng 11 đến tháng 02/2027", ("2026-11", "2027-02")),
    ("Từ ngày 20/12 đến ngày 10/01/2027", ("2026-12-20", "2027-01-10")),
    ("Tháng 11-02/2027", ("2026-11", "2027-02")),
    ("Từ ngày 01/4 đến ngày 30/4/2026", ("2026-04-01", "2026-04-30")),  # negatives: within one year
    ("Tháng 3-4/2026", ("2026-03", "2026-04")),
]


@pytest.mark.parametrize("cell,expected", PARTIAL_CELLS_ACROSS_NEW_YEAR)
def test_a_partial_period_cell_across_new_year(cell, expected):
    found = read_time_cell(cell)
    assert (found.date, found.date_end) == expected


# "được áp dụng" right before a time that opens with its own by-when cue: when the applying must be done, a deadline; the
# time a document or provision applies from (or in) is a legal fact, no deadline. (text, dates)
APPLYING_BY_A_TIME = [
    ("Các cơ sở phải được áp dụng trước ngày 30/6/2026 quy trình quản lý chất lượng mới.", ["2026-06-30"]),
    ("Hệ thống phần mềm dùng chung phải được áp dụng chậm nhất ngày 31/12/2026 tại 100% các xã.", ["2026-12-31"]),
    ("Các cơ sở phải được áp dụng hoàn thành trước ngày 30/6/2026.", ["2026-06-30"]),
    # negatives: when it applies
    ("Quy định này được áp dụng từ ngày 01/7/2026.", []),
    ("Mức hỗ trợ được áp dụng kể từ ngày 01 tháng 12 năm 2026.", []),
    ("Nghị quyết này áp dụng trong năm 2026.", []),
    ("Mức thu phí được áp dụng ngày 01/7/2026.", []),
]


@pytest.mark.parametrize("text,dates", APPLYING_BY_A_TIME)
def test_applying_by_a_time(text, dates):
    assert [d.date for d in deadlines(text, 2026)] == dates


# "đã" inside a relative clause that describes the sentence's plural subject, followed by the sentence's own predicate: the
# time opening the sentence is still a deadline. A past event ("… đã tổ chức …", "… đã xảy ra …") is none. (text, dates)
PAST_IN_A_RELATIVE_CLAUSE = [
    ("Trong quý III/2026, các xã đã đạt chuẩn nông thôn mới tổ chức rà soát, đánh giá lại các tiêu chí.", ["2026-Q3"]),
    ("Trong tháng 6/2026, những hộ đã thoát nghèo được tiếp tục hỗ trợ vay vốn ưu đãi.", ["2026-06"]),
    ("Trong năm 2026, các doanh nghiệp đã được cấp giấy chứng nhận thực hiện rà soát quy trình sản xuất.", ["2026"]),
    # negatives: a past event
    ("Trong tháng 6/2026, toàn tỉnh đã tổ chức 20 lớp tập huấn cho cán bộ.", []),
    ("Trong tháng 6/2026, các xã đã tổ chức kiểm tra 20 cơ sở kinh doanh.", []),
    ("Trong tháng 6/2026, các xã đã có 20 hộ được hỗ trợ.", []),
    ("Trong tháng 11/2026, do mưa lũ tại khu vực Trung Bộ đã xảy ra ngập lụt trên diện rộng.", []),
]


@pytest.mark.parametrize("text,dates", PAST_IN_A_RELATIVE_CLAUSE)
def test_past_in_a_relative_clause(text, dates):
    assert [d.date for d in deadlines(text, 2026)] == dates


# A span "từ … đến …" that no time label introduces is one activity's time: the plan's own period, which its title states, is
# still a deadline beside it; a labelled span states the plan's (or its campaign's) period itself. (text, period, dates)
ACTIVITY_PERIODS_BESIDE_THE_OWN = [
    ("KẾ HOẠCH\nTriển khai công tác tiêm chủng mở rộng năm 2026\n2. Tổ chức chiến dịch tiêm bổ sung vắc xin cho trẻ tại các "
     "xã nguy cơ cao, thực hiện từ tháng 4 đến tháng 5 năm 2026.\n", ("2026", "2026"), [("2026", None), ("2026-04", "2026-05")]),
    ("KẾ HOẠCH\nKiểm tra công tác thư viện cơ sở năm 2026\nTừ tháng 8 đến tháng 10 năm 2026, Thanh tra Sở chủ trì tổ chức "
     "các đoàn kiểm tra tại một số địa phương.\n", ("2026", "2026"), [("2026", None), ("2026-08", "2026-10")]),
    ("KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n2. Trong mùa mưa bão (từ ngày 15/6 đến ngày 30/11/2026): tổ chức trực ban "
     "24/24 giờ.\n", ("2026", "2026"), [("2026", None), ("2026-06-15", "2026-11-30")]),
    # s25a: two rounds of a campaign ("Đợt 1: …", "Đợt 2: …") are its phases, not the plan's period
    ("KẾ HOẠCH\nPhòng, chống dịch bệnh động vật năm 2026\na) Tổ chức tiêm phòng tập trung 02 đợt trong năm:\n"
     "- Đợt 1: từ ngày 01/3/2026 đến ngày 30/4/2026;\n- Đợt 2: từ ngày 01/9/2026 đến ngày 31/10/2026.\n", ("2026", "2026"),
     [("2026", None), ("2026-03-01", "2026-04-30"), ("2026-09-01", "2026-10-31")]),
    # s27b: a label in lower case opening a clause after a task's own, behind a semicolon: that task's time
    ("KẾ HOẠCH\nCông tác tín ngưỡng, tôn giáo năm 2026\n5. Công tác thanh tra, kiểm tra\nThanh tra tỉnh phối hợp với Sở Dân tộc "
     "và Tôn giáo tổ chức kiểm tra việc chấp hành pháp luật; thời gian thực hiện từ tháng 4 đến tháng 10 năm 2026.\n",
     ("2026", "2026"), [("2026", None), ("2026-04", "2026-10")]),
    # negatives: a label introduces the span, which states the plan's period itself
    ("KẾ HOẠCH\nThi đua giai đoạn 2026 - 2027\n1. Thời gian thi đua\n\nPhong trào thi đua được tổ chức thực hiện trong năm 2026 "
     "và năm 2027; thời gian bắt đầu thi đua kể từ tháng 3 năm 2026 đến hết tháng 12 năm 2027.\n", ("2026", "2027"),
     [("2026-03", "2027-12")]),
    ("KẾ HOẠCH\nThi đua cao điểm năm 2026\n2. Thời gian thực hiện: từ tháng 3 đến hết tháng 12 năm 2026; Thời gian sơ kết: "
     "tháng 7/2026.\n", ("2026", "2026"), [("2026-03", "2026-12"), ("2026-07", None)]),
    ("KẾ HOẠCH\nTiêm phòng bổ sung năm 2026\n- Đợt 1: từ ngày 01/3/2026 đến ngày 30/4/2026.\n", ("2026", "2026"),
     [("2026-03-01", "2026-04-30")]),  # (one round alone)
    ("KẾ HOẠCH\nTổ chức Tháng hành động vì bình đẳng giới năm 2026\nb) Thời gian: Từ ngày 15/11/2026 đến ngày 15/12/2026.\n",
     ("2026", "2026"), [("2026-11-15", "2026-12-15")]),
    ("KẾ HOẠCH\nThi đua cao điểm năm 2026\n2. Thời gian thực hiện từ tháng 3 đến hết tháng 12 năm 2026.\n",
     ("2026", "2026"), [("2026-03", "2026-12")]),
    ("KẾ HOẠCH\nThi đua cao điểm năm 2026\n2. Thời gian thi đua: bắt đầu\ntừ tháng 3 đến hết tháng 12 năm 2026.\n",
     ("2026", "2026"), [("2026-03", "2026-12")]),
    ("KẾ HOẠCH\nThi đua cao điểm năm 2026\n**3. Thời\ngian tổ chức phong trào thi đua**: Phong trào thi đua cao điểm được triển\n"
     "khai thực hiện từ tháng 02 năm 2026 đến hết tháng 9 năm 2026.\n", ("2026", "2026"), [("2026-02", "2026-09")]),
]


@pytest.mark.parametrize("text,period,dates", ACTIVITY_PERIODS_BESIDE_THE_OWN)
def test_an_activitys_period_beside_the_plans_own(text, period, dates):
    assert sorted((d.date, d.date_end) for d in extract_deadlines(text, period=period, doc_year=2026)) == sorted(dates)


# A phase that opens a clause and the action it bounds is a period (as a phase heading is), whatever figure the action names;
# a programme's period named in passing, what was done, a horizon of targets and a part of targets are not. (text, spans)
PHASES_IN_A_CLAUSE = [
    ("II. NỘI DUNG\n4. Cục Bảo tồn chủ trì xây dựng cơ sở dữ liệu về bảo tàng; giai đoạn 2026 - 2028 hoàn thành số hóa hồ sơ "
     "hiện vật của các bảo tàng công lập.", [("2026", "2028")]),
    ("II. NHIỆM VỤ\n3. Phát triển hạ tầng số: giai đoạn 2026 - 2027 hoàn thành phủ sóng di động 5G đến 100% khu dân cư.",
     [("2026", "2027")]),
    ("Trong giai đoạn 2027 - 2029, triển khai thí điểm mô hình trạm y tế thông minh tại các xã miền núi.", [("2027", "2029")]),
    ("- Giai đoạn 2026 - 2030 tập trung nâng cấp hệ thống đê bao, kè chống sạt lở ven sông.", [("2026", "2030")]),
    # s35e: equipping is an action as building is, the second phase after the first's full stop on the same line
    ("III. NHIỆM VỤ, GIẢI PHÁP\n1. Đầu tư cơ sở vật chất\nGiai đoạn 2026 - 2027: hoàn thành rà soát các điểm trạm. Giai đoạn "
     "2028 - 2030: bổ sung trang thiết bị thiết yếu cho 100% trạm y tế.", [("2026", "2027"), ("2028", "2030")]),
    ("III. NHIỆM VỤ\n2. Trang thiết bị: giai đoạn 2027 - 2028 trang bị máy siêu âm cho các trạm y tế.", [("2027", "2028")]),
    # negatives
    ("Tiếp tục thực hiện Chương trình mục tiêu quốc gia giai đoạn 2026 - 2030 triển khai trên địa bàn các xã.", []),
    ("Kết quả thực hiện: giai đoạn 2021 - 2025 đã hoàn thành kiên cố hóa 120 km kênh mương.", []),
    ("Giai đoạn 2026 - 2030, tỷ lệ hộ dân được sử dụng nước sạch đạt 95%.", []),
    ("II. MỤC TIÊU\n2. Mục tiêu cụ thể: giai đoạn 2026 - 2028 hoàn thành số hóa 100% hồ sơ hiện vật.", []),
    ("Bố trí kinh phí giai đoạn 2026 - 2030 từ nguồn ngân sách tỉnh.", []),
]


@pytest.mark.parametrize("text,spans", PHASES_IN_A_CLAUSE)
def test_a_phase_in_a_clause(text, spans):
    assert [(d.date, d.date_end) for d in deadlines(text, 2026)] == spans


# w21b: a phase that closes the clause of an action that counts nothing ("đánh giá, nhân rộng trong giai đoạn 2029 - 2030") is a
# period as one that opens it is; not the span of a counted output (the target's period), a campaign's, the duties', a cited
# document's or a quoted name's period, a phase begun before the plan, nor one in the part of purposes. (text, spans)
PHASES_CLOSING_A_CLAUSE = [
    ("IV. NHIỆM VỤ\n4. Xây dựng mô hình\n- Khảo sát, lựa chọn địa bàn xây dựng mô hình; đánh giá, nhân rộng trong giai đoạn 2029 - "
     "2030.", [("2029", "2030")]),
    ("IV. NHIỆM VỤ\n- Triển khai thí điểm bệnh án điện tử tại các trạm y tế giai đoạn 2027 - 2028.", [("2027", "2028")]),
    # negatives
    ("IV. NHIỆM VỤ\n- Xây dựng mới 30 mô hình tại các xã vùng đồng bào dân tộc thiểu số trong giai đoạn 2026 - 2028.", []),
    ("IV. NHIỆM VỤ\n- Tổ chức triển khai Phong trào thi đua, gắn với nhiệm vụ chính trị của cơ quan, đơn vị trong giai đoạn "
     "2026 - 2028.", []),
    ("IV. NHIỆM VỤ\n- Tiếp tục triển khai Kế hoạch số 259/KH-UBND ngày 27/5/2026 về nhân rộng điển hình tiên tiến, giai đoạn "
     "2026 - 2028.", []),
    ("IV. NHIỆM VỤ\n- Tổ chức thực hiện phong trào “Chung sức xây dựng nông thôn mới” giai đoạn 2026 - 2028.", []),
    ("IV. NHIỆM VỤ\n- Triển khai thí điểm bệnh án điện tử tại các trạm y tế giai đoạn 2025 - 2027.", []),
    ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030.", []),
    ("I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nb) Cập nhật dàn mẫu cho các cuộc điều tra chọn mẫu giai đoạn 2027 - 2031.", []),
]


@pytest.mark.parametrize("text,spans", PHASES_CLOSING_A_CLAUSE)
def test_a_phase_closing_a_clause(text, spans):
    assert [(d.date, d.date_end) for d in deadlines(text, 2026) if d.rule == "rule_phase_closing_action"] == spans


# A day of a month tied to the year before (or after) the one it serves recurs yearly; the year is never inferred.
@pytest.mark.parametrize("text,recurrence", [
    ("Kế hoạch kiểm tra được ban hành trước ngày 31 tháng 12 của năm trước năm kiểm tra.", "yearly"),
    ("Đơn vị lập dự toán gửi cơ quan tài chính trước ngày 20/7 năm trước năm kế hoạch.", "yearly"),
    ("Các xã gửi số liệu về UBND huyện trước ngày 15/01 của năm sau.", "yearly"),
    # negative: a day without its year and no recurrence said ("năm" before it; "báo cáo năm" would name a yearly report)
    ("Các đơn vị gửi số liệu cả năm trước ngày 15/12 để tổng hợp.", None),
])
def test_a_day_of_the_year_before_recurs_yearly(text, recurrence):
    assert [(d.date, d.recurrence) for d in deadlines(text, 2026)] == [(None, recurrence)]


# A date that opens a sentence with the hour of a status ("Hồi 16h ngày …, vị trí tâm bão …") says what held then, as a date
# opening a sentence ("Ngày 23/11/2025, Thủ tướng … có Công điện") does; an hour after a cue is still a deadline.
@pytest.mark.parametrize("text,dates", [
    ("Hồi 16h ngày 26/11/2026, vị trí tâm bão ở vào khoảng 12,5 độ Vĩ Bắc, 116,1 độ Kinh Đông.", []),
    ("Lúc 7 giờ sáng ngày 20/10/2026, mực nước trên sông Cả tại trạm Nam Đàn ở mức 6,8m.", []),
    ("- Hồi 04 giờ 30 phút ngày 03/9/2026, tâm áp thấp nhiệt đới ở trên vùng biển phía Đông.", []),
    # negatives: an hour by which something must be done
    ("Các đơn vị gửi đăng ký trước 17h00 ngày 15/12/2026.", ["2026-12-15"]),
    ("Báo cáo kết quả về Ban Chỉ đạo trước 16 giờ 00 ngày 30/11/2026.", ["2026-11-30"]),
])
def test_a_status_at_an_hour(text, dates):
    assert [d.date for d in deadlines(text, 2026)] == dates


# A time cell that coordinates times gives each its own deadline (every distinct date of a task table's time column is one):
# months before a dated month take its year, years after a year, a time after another's note in parentheses. (cell, dates)
H6 = "TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tSản phẩm\n"
COORDINATED_CELLS = [
    ("Tháng 6, tháng 12/2026", ["2026-06", "2026-12"]),
    ("Tháng 3 và tháng 9/2027", ["2027-03", "2027-09"]),
    ("Năm 2026, 2027", ["2026", "2027"]),
    ("2026 và 2028", ["2026", "2028"]),
    # years before the one read, each with its "năm" (a capitalised "Năm" opening the cell)
    ("Năm 2026, năm 2027", ["2026", "2027"]),
    ("Năm 2026 và năm 2027", ["2026", "2027"]),
    ("Năm 2025; năm 2026, năm 2027", ["2025", "2026", "2027"]),
    ("Quý II/2026 (trình); Quý IV/2026 (ban hành)", ["2026-Q2", "2026-Q4"]),
    ("Tháng 5/2026 (dự thảo), tháng 8/2026 (ban hành)", ["2026-05", "2026-08"]),
    # negatives: one time, a period, a period's two ends
    ("Tháng 12/2026 (trình Bộ trưởng)", ["2026-12"]),
    ("Tháng 3-4/2026", ["2026-03"]),
    ("2026 - 2027", ["2026"]),
    ("Năm 2025 - 2026, năm 2027", ["2025", "2027"]),
]


@pytest.mark.parametrize("cell,dates", COORDINATED_CELLS)
def test_a_cell_coordinating_times(cell, dates):
    text = H6 + "1\tXây dựng dự thảo Thông tư\tVụ Pháp chế\tCác Cục\t" + cell + "\tThông tư\n"
    assert [d.date for d in deadlines(text, 2026)] == dates


# A time cell that opens with a day or month without its year, joined to a dated one (its "Từ" left out, as a narrow column
# has it): a period whose first time borrows what the second states (s20d). (cell, (date, date_end, precision))
CELL_PERIODS_WITHOUT_FROM = [
    ("01/6 - 31/7/2027", ("2027-06-01", "2027-07-31", "day")),
    ("15/5 đến 15/6/2027", ("2027-05-15", "2027-06-15", "day")),
    ("Ngày 01/3 - ngày 30/4/2027", ("2027-03-01", "2027-04-30", "day")),
    ("20/12 - 10/01/2028", ("2027-12-20", "2028-01-10", "day")),  # across New Year
    ("Tháng 5 đến tháng 7/2027", ("2027-05", "2027-07", "month")),
    # negatives: a single date, a note before the date
    ("31/7/2027", ("2027-07-31", None, "day")),
    ("Sau 01/6, trước 31/7/2027", ("2027-07-31", None, "day")),
]


@pytest.mark.parametrize("cell,expected", CELL_PERIODS_WITHOUT_FROM)
def test_a_cell_period_without_its_from(cell, expected):
    found = read_time_cell(cell)
    assert (found.date, found.date_end, found.precision) == expected


# A markdown pipe-table row with a cell of two paragraphs ("<br>", as DOCX-to-markdown converters write it) stays one row: its
# time cell is read with its task (s20d); a "<br>" in prose is a line end as before.
PIPE_HEAD = "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |\n|---|---|---|---|---|---|\n"
PIPE_ROWS_WITH_BREAKS = [
    ("| 5 | Thu thập thông tin | Thống kê tỉnh | Thuế tỉnh;<br>Sở Tài chính | 01/6 - 31/7/2027 | Phiếu |\n",
     [("2027-06-01", "2027-07-31", "Thu thập thông tin")]),
    ("| 3 | Kiểm tra tại các cơ sở<br>sản xuất, kinh doanh | Sở Công Thương | Công an tỉnh | Tháng 5 - tháng 7/2027 | Biên bản |\n",
     [("2027-05", "2027-07", "Kiểm tra tại các cơ sở sản xuất, kinh doanh")]),
    ("| 12 | Tổng kết | Ban Chỉ đạo tỉnh | Sở Nội vụ | Quý II/2028<br/>(sau khi công bố kết quả) | Báo cáo |\n",
     [("2028-Q2", None, "Tổng kết")]),
]


@pytest.mark.parametrize("rows,expected", PIPE_ROWS_WITH_BREAKS)
def test_a_pipe_table_row_with_a_line_break_in_a_cell(rows, expected):
    from pipeline.normalise import normalise

    text = normalise(PIPE_HEAD + rows).text
    assert [(d.date, d.date_end, d.action) for d in deadlines(text, 2027)] == expected


def test_a_line_break_in_prose_is_a_line_end():
    from pipeline.normalise import normalise

    assert normalise("Thời gian kiểm tra:<br>Từ ngày 01/8/2027.").text == "Thời gian kiểm tra:\nTừ ngày 01/8/2027."


# The reference moment of a census, a survey or an inventory (the moment its figures describe) is no deadline (s20d); a time
# label that says when something is done or checked is one. (text, dates)
REFERENCE_MOMENTS = [
    ("2. Thời điểm điều tra: ngày 01/7/2027. Số liệu là số liệu chính thức năm 2026.", []),
    ("Thời điểm điều tra là 0 giờ ngày 01 tháng 4 năm 2029.", []),
    ("Thời điểm tổng điều tra: 0 giờ 00 phút ngày 01/4/2029.", []),
    ("Thời điểm kiểm kê: ngày 31/12/2026.", []),
    ("Thời điểm chốt số liệu báo cáo là ngày 30 tháng 6 năm 2027.", []),
    # negatives: a time label of an action
    ("Thời điểm hoàn thành: ngày 30/6/2027.", ["2027-06-30"]),
    ("Thời điểm kiểm tra: ngày 15/8/2027.", ["2027-08-15"]),
    ("Thời gian thu thập thông tin: từ ngày 01/6/2027 đến ngày 31/7/2027.", ["2027-06-01"]),
    # the period an inspection or an audit looks back on (s22g)
    ("- Thời kỳ thanh tra của các cuộc thanh tra là từ ngày 01/01/2026 đến ngày 31/12/2027.", []),
    ("Thời kỳ kiểm tra: năm 2027 - 2028.", []),
    ("Thời kỳ thanh tra từ ngày 01/01/2027 đến khi kết thúc thanh tra.", []),
    # negatives: when the inspection is done
    ("Thời gian thanh tra: từ ngày 01/3/2027 đến ngày 30/4/2027.", ["2027-03-01"]),
    ("Hoàn thành thanh tra trong quý II/2027.", ["2027-Q2"]),
    ("Niên độ kiểm toán: năm 2026.", []),
    # negatives: a plan's own work phase named by its work (rev1)
    ("IV. TIẾN ĐỘ THỰC HIỆN\n1. Giai đoạn triển khai: từ ngày 01/3/2027 đến ngày 30/9/2027.\n2. Giai đoạn kiểm tra, đánh giá: từ ngày"
     " 01/10/2027 đến ngày 30/11/2027.", ["2027-03-01", "2027-10-01"]),
    ("- Giai đoạn giám sát: từ tháng 4/2027 đến tháng 6/2027, Đoàn giám sát làm việc tại các xã.", ["2027-04"]),
    # a calendar period the text defines (rev12): the fiscal year, the school year
    ("1. Năm tài chính của Quỹ bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12 dương lịch hằng năm.", []),
    ("6. Năm học quy định tại Thông tư này được tính từ ngày 01 tháng 7 năm trước đến hết ngày 30 tháng 6.", []),
    ("Năm ngân sách bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12 năm dương lịch.", []),
    # negatives: a report's own deadline, after its period is named
    ("Kỳ báo cáo năm: gửi Sở Nội vụ trước ngày 20 tháng 12 hằng năm.", [None]),
    ("Căn cứ thời gian kết thúc năm học, gửi hồ sơ đề nghị khen thưởng đến Sở Nội vụ trước ngày 10/7 hằng năm.", [None]),
]


@pytest.mark.parametrize("text,dates", REFERENCE_MOMENTS)
def test_the_reference_moment_of_a_census(text, dates):
    assert [d.date for d in deadlines(text, 2027)] == dates


# A deadline relative to the end of one of a plan's activities: date null, no recurrence, its date_raw up to the activity
# (s20d). Not a procedure's time limit counted from a file's receipt, not a law's, not an end without a time. (text, raws)
RELATIVE_TO_AN_END = [
    ("Kết thúc mỗi giai đoạn, chậm nhất 05 ngày làm việc sau khi kết thúc, Ban Chỉ đạo cấp xã gửi báo cáo về Thống kê tỉnh.",
     ["chậm nhất 05 ngày làm việc sau khi kết thúc"]),
    ("Trong vòng 10 ngày sau khi kết thúc đợt kiểm tra, Trưởng đoàn báo cáo kết quả bằng văn bản về Sở Công Thương.",
     ["Trong vòng 10 ngày sau khi kết thúc đợt kiểm tra"]),
    ("Chậm nhất 15 ngày kể từ ngày kết thúc cuộc kiểm tra, Trưởng đoàn ký ban hành kết luận kiểm tra.",
     ["Chậm nhất 15 ngày kể từ ngày kết thúc cuộc kiểm tra"]),
    ("Các đơn vị gửi báo cáo tổng kết chậm nhất 07 ngày sau khi hoàn thành hội thi.", ["chậm nhất 07 ngày sau khi hoàn thành hội thi"]),
    # s29h: the activity right after "sau", a time limit before the activity (either order), the end of a response
    ("Trong thời hạn 10 ngày làm việc sau Hội nghị, Sở Xây dựng tổng hợp kết quả báo cáo Ban Thường vụ Tỉnh ủy.",
     ["Trong thời hạn 10 ngày làm việc sau Hội nghị"]),
    ("Thông báo lịch làm việc gửi đơn vị được kiểm tra chậm nhất 05 ngày làm việc trước ngày kiểm tra.",
     ["chậm nhất 05 ngày làm việc trước ngày kiểm tra"]),
    ("Đơn vị được kiểm tra gửi báo cáo tự kiểm tra về Sở Nội vụ trước ngày kiểm tra ít nhất 03 ngày làm việc.",
     ["trước ngày kiểm tra ít nhất 03 ngày làm việc"]),
    ("Các xã báo cáo thiệt hại về Ban Chỉ huy tỉnh chậm nhất 07 ngày kể từ khi kết thúc ứng phó.",
     ["chậm nhất 07 ngày kể từ khi kết thúc ứng phó"]),
    # … or to the day one of the plan's steps gives its result, or a text is signed (s29i)
    ("Kết luận xác minh được ban hành chậm nhất 10 ngày kể từ ngày nhận được báo cáo kết quả xác minh và được công khai.",
     ["chậm nhất 10 ngày kể từ ngày nhận được báo cáo kết quả xác minh"]),
    ("Trong thời hạn 05 ngày làm việc kể từ ngày có kết quả bốc thăm, Thanh tra tỉnh gửi thông báo đến các cơ quan.",
     ["Trong thời hạn 05 ngày làm việc kể từ ngày có kết quả bốc thăm"]),
    ("Các xã gửi văn bản đến Sở Tư pháp chậm nhất 03 ngày làm việc kể từ ngày ký ban hành để kiểm tra.",
     ["chậm nhất 03 ngày làm việc kể từ ngày ký ban hành"]),
    ("Thủ trưởng báo cáo kết quả về Thanh tra tỉnh trong thời hạn 30 ngày kể từ ngày nhận được kết luận thanh tra.",
     ["trong thời hạn 30 ngày kể từ ngày nhận được kết luận thanh tra"]),
    ("Thí sinh nộp đơn phúc khảo trong thời hạn 05 ngày kể từ ngày công bố điểm thi; công bố điểm chuẩn.",
     ["trong thời hạn 05 ngày kể từ ngày công bố điểm thi"]),
    # s33a: the election's and the call-up's day a plan's schedule counts from (before it, or after it with "sau ngày"), the
    # call-up's health examination; a time cell ends at its bar
    ("Người ứng cử nộp hồ sơ chậm nhất 70 ngày trước ngày bầu cử; danh sách chính thức được công bố chậm nhất 20 ngày trước"
     " ngày bầu cử.", ["chậm nhất 70 ngày trước ngày bầu cử", "chậm nhất 20 ngày trước ngày bầu cử"]),
    ("Ủy ban bầu cử tỉnh công bố kết quả bầu cử chậm nhất 10 ngày sau ngày bầu cử.", ["chậm nhất 10 ngày sau ngày bầu cử"]),
    ("- Chậm nhất 15 ngày trước ngày giao quân, Chủ tịch Ủy ban nhân dân các xã, phường ký và giao lệnh gọi nhập ngũ.",
     ["Chậm nhất 15 ngày trước ngày giao quân"]),
    ("Hội đồng khám sức khỏe trả kết quả trong thời hạn 05 ngày làm việc kể từ ngày kết thúc khám.",
     ["trong thời hạn 05 ngày làm việc kể từ ngày kết thúc khám"]),
    ("Thành lập Ủy ban bầu cử tỉnh | Chậm nhất 105 ngày trước ngày bầu cử | Sở Nội vụ", ["Chậm nhất 105 ngày trước ngày bầu cử"]),
    # s36e: a round of a recruitment exam named by its number (Nghị định 115/2020/NĐ-CP: Vòng 1, Vòng 2)
    ("Hội đồng báo cáo kết quả thi về Sở Nội vụ trong thời hạn 10 ngày kể từ ngày kết thúc Vòng 2.",
     ["trong thời hạn 10 ngày kể từ ngày kết thúc Vòng 2"]),
    ("Thông báo danh sách thí sinh chậm nhất 05 ngày làm việc kể từ ngày kết thúc vòng thi 1.",
     ["chậm nhất 05 ngày làm việc kể từ ngày kết thúc vòng thi 1"]),
    # s33b: "nhận" without "được"
    ("Các cơ sở bị kiểm tra khắc phục tồn tại trong thời hạn 30 ngày kể từ ngày nhận kết luận kiểm tra.",
     ["trong thời hạn 30 ngày kể từ ngày nhận kết luận kiểm tra"]),
    # negatives
    ("Bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử.", []),
    ("Trong thời hạn 07 ngày làm việc kể từ ngày nhận đơn, cơ quan có thẩm quyền phải thụ lý.", []),
    ("Cơ quan tiến hành kiểm tra thông báo cho đối tượng trước ít nhất 05 ngày làm việc.", []),
    ("Sau kiểm tra, đơn vị khắc phục những tồn tại được chỉ ra.", []),
    ("Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Nội vụ trình Chủ tịch UBND tỉnh quyết định.", []),
    ("Sau khi kết thúc Tổng điều tra, các điều tra viên được thanh toán thù lao theo quy định.", []),
    ("CHÍNH PHỦ\nSố: 12/2027/NĐ-CP\nNGHỊ ĐỊNH\nQuy định về hoạt động kiểm tra chuyên ngành\nĐiều 5. Kết luận kiểm tra\nChậm nhất là 03 ngày làm việc kể từ ngày kết thúc kiểm tra, người được giao kiểm tra phải báo cáo"
     " người ban hành quyết định kiểm tra.\nĐiều 6. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày ký.", []),
    ("QUYẾT ĐỊNH\nBan hành Quy chế hoạt động của Ban Chỉ đạo\nQUY CHẾ\nHoạt động của Ban Chỉ đạo\nThông báo kết luận của Trưởng Ban được"
     " ban hành chậm nhất 05 ngày làm việc kể từ ngày kết thúc phiên họp.", []),
    ("Trong thời hạn 10 ngày kể từ ngày kết thúc nhận hồ sơ, cơ quan quản lý kiểm tra tính hợp lệ của hồ sơ.", []),
    ("Trong thời hạn 30 ngày, kể từ ngày hoàn thành việc xử lý tài sản, doanh nghiệp nộp tiền vào tài khoản tạm giữ.", []),
    ("Trong thời hạn 07 ngày làm việc kể từ ngày nhận được đơn, cơ quan có thẩm quyền phải thụ lý.", []),
    ("Trong thời hạn 05 ngày làm việc kể từ ngày nhận được kết quả giải quyết, bộ phận một cửa trả kết quả cho tổ chức.", []),
    ("Quyết định này có hiệu lực kể từ ngày ký ban hành.", []),
    ("Trong thời hạn 10 ngày kể từ ngày có kết quả thẩm định kinh phí, cơ quan quản lý ban hành quyết định giao nhiệm vụ.", []),
    ("CHÍNH PHỦ\nSố: 12/2027/NĐ-CP\nNGHỊ ĐỊNH\nQuy định về thanh tra\nĐiều 9. Thực hiện kết luận\nTrong thời hạn 30 ngày kể từ ngày"
     " nhận được kết luận thanh tra, đối tượng thanh tra phải báo cáo.\nĐiều 10. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày ký.", []),
]


@pytest.mark.parametrize("text,raws", RELATIVE_TO_AN_END)
def test_a_deadline_relative_to_the_end_of_an_activity(text, raws):
    rows = deadlines(text, 2027)
    assert [d.date_raw for d in rows] == raws and all(d.date is None and d.recurrence is None for d in rows)


# A deadline named by the Lunar New Year: date null (the lunar day is never computed), its date_raw, in prose and in a time
# cell (s20d). Not the window of a season's work. (text, raws)
BEFORE_THE_NEW_YEAR = [
    ("Sở Tài chính hướng dẫn thanh quyết toán kinh phí, xong trước Tết Nguyên đán.", ["xong trước Tết Nguyên đán"]),
    ("Bảo đảm người dân bị ảnh hưởng do mưa lũ có nhà ở an toàn trước Tết nguyên đán năm 2026.", ["trước Tết nguyên đán năm 2026"]),
    ("Các xã hoàn thành chi trả trợ cấp cho các hộ trước Tết Nguyên đán Đinh Mùi 2027.", ["trước Tết Nguyên đán Đinh Mùi 2027"]),
    (H6 + "1\tThanh quyết toán kinh phí\tSở Tài chính\tCác sở\tXong trước Tết Nguyên đán\tBáo cáo\n", ["Xong trước Tết Nguyên đán"]),
    # negatives: a season's window, the festival named in passing
    ("Tăng cường kiểm tra, kiểm soát thị trường dịp trước, trong và sau Tết Nguyên đán Đinh Mùi 2027.", []),
    ("Bảo đảm cung ứng hàng hóa trong dịp trước Tết Nguyên đán.", []),
    ("Tổ chức thăm, tặng quà các gia đình chính sách nhân dịp Tết Nguyên đán.", []),
]


@pytest.mark.parametrize("text,raws", BEFORE_THE_NEW_YEAR)
def test_a_deadline_named_by_the_lunar_new_year(text, raws):
    rows = deadlines(text, 2026)
    assert [d.date_raw for d in rows] == raws and all(d.date is None and d.recurrence is None for d in rows)


# Months or quarters coordinated after a time label share the label as their cue, as after "trong"/"vào" (s20d). (text, dates)
LABELLED_CHAINS = [
    ("Thời gian kiểm tra: Quý II và Quý III năm 2027.", ["2027-Q2", "2027-Q3"]),
    ("Thời gian tổ chức: tháng 4 và tháng 8 năm 2027.", ["2027-04", "2027-08"]),
    ("Thời hạn hoàn thành: Quý I, Quý II/2027.", ["2027-Q1", "2027-Q2"]),
    # negative: a chain with no cue and no label (a figure's months)
    ("Sản lượng tháng 4 và tháng 8 năm 2027 tăng so với cùng kỳ.", []),
]


@pytest.mark.parametrize("text,dates", LABELLED_CHAINS)
def test_a_chain_after_a_time_label(text, dates):
    assert sorted(d.date for d in deadlines(text, 2027)) == dates


@pytest.mark.parametrize("text,raws", [
    # a quy chế's heading found within its line, however many lines of marks the text has (was quadratic on them;
    # lines of "*" are left out: PHASE_HEADING, older, is quadratic on them too)
    ("QUY CHẾ\nHoạt động của Ban Chỉ đạo\n" + "|\n" * 12000 + "Thông báo kết luận được ban hành chậm nhất 05 ngày làm việc"
     " kể từ ngày kết thúc phiên họp.", []),
    ("Kế hoạch kiểm tra năm 2027\n" + "|\n" * 12000 + "Trong vòng 10 ngày sau khi kết thúc đợt kiểm tra, Trưởng đoàn báo cáo"
     " kết quả.", ["Trong vòng 10 ngày sau khi kết thúc đợt kiểm tra"]),
], ids=["quy-che", "plan"])
def test_rules_heading_is_linear_on_lines_of_marks(text, raws):
    import time

    from extractors.deadlines import patterns as P

    started = time.perf_counter()
    P.RULES_HEADING.search(text)
    assert time.perf_counter() - started < 2
    assert [d.date_raw for d in deadlines(text, 2027) if d.rule == "rule_relative_to_end"] == raws


# A phase or task heading after lines of marks only ("*", "_", "#": a converter's rules and bold marks) is found on its
# own line: the heading patterns' leading marks stay within one line (they ran on over the lines above at each line's
# start, which was quadratic on long runs of such lines).
@pytest.mark.parametrize("marks,expected", [
    ("*\n" * 50, {("Giai đoạn 2026 - 2028", "rule_phase_heading"), ("trong năm 2026", "rule_task_heading")}),
    ("_\n#\n" * 30, {("Giai đoạn 2026 - 2028", "rule_phase_heading"), ("trong năm 2026", "rule_task_heading")}),
    ("", {("Giai đoạn 2026 - 2028", "rule_phase_heading"), ("trong năm 2026", "rule_task_heading")}),
])
def test_headings_after_lines_of_marks(marks, expected):
    text = ("KẾ HOẠCH\nIII. LỘ TRÌNH THỰC HIỆN\n" + marks + "1. Giai đoạn 2026 - 2028:\nHoàn thành việc rà soát.\n"
            "2. Các nhiệm vụ cần làm ngay trong năm 2026\nRà soát các văn bản quy phạm pháp luật của tỉnh.\n")
    found = {(d.date_raw, d.rule) for d in extract_deadlines(text)}
    assert expected <= found


# A yearless date in a schedule of reports recurs as the report named right before it (REPORT_CYCLE): "báo cáo quý I trước
# ngày 10/3" quarterly, "báo cáo 6 tháng" half-yearly, "báo cáo năm" / "báo cáo 9 tháng" yearly, "Báo cáo tháng gửi trước ngày
# 25" monthly; not the report of a stated period ("báo cáo quý I/2027 … trước ngày …": a number between).
@pytest.mark.parametrize("text,expected", [
    ("Các sở gửi báo cáo về Sở Nội vụ: báo cáo quý I trước ngày 10/3; báo cáo 6 tháng trước ngày 10/6; báo cáo quý III trước"
     " ngày 10/9; báo cáo năm trước ngày 15/11.",
     [(None, None, "quarterly", (10, 3)), (None, None, "half_yearly", (10, 6)), (None, None, "quarterly", (10, 9)),
      (None, None, "yearly", (15, 11))]),
    ("- Báo cáo 6 tháng: gửi trước ngày 20/6.\n- Báo cáo năm: gửi trước ngày 20/11.",
     [(None, None, "half_yearly", (20, 6)), (None, None, "yearly", (20, 11))]),
    ("Báo cáo 9 tháng gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ) trước ngày 15/9.", [(None, None, "yearly", (15, 9))]),
    ("Báo cáo quý IV và báo cáo năm được tích hợp, gửi trước ngày 30/11.", [(None, None, "yearly", (30, 11))]),
    ("Báo cáo tháng gửi Văn phòng trước ngày 25.", [(None, None, "monthly", (25,))]),
    ("Báo cáo năm (số liệu tính từ ngày 15/12 năm trước đến ngày 14/12 năm báo cáo) gửi trước ngày 20/12.",
     [(None, None, "yearly", (15, 12, 14, 12)), (None, None, "yearly", (20, 12))]),  # an aside in parentheses between
    ("Báo cáo sơ kết 6 tháng và báo cáo năm gửi Sở Nội vụ lần lượt trước ngày 15/6 và 15/12.",
     [(None, None, "half_yearly", (15, 6)), (None, None, "yearly", (15, 12))]),  # reports given their dates in turn
    # negatives: the report of a stated period; a report named in another clause; no report named
    ("Báo cáo quý I/2027 gửi trước ngày 10/3.", [(None, None, None, (10, 3))]),
    ("Hoàn thiện báo cáo năm; gửi Sở Nội vụ trước ngày 15/11.", [(None, None, None, (15, 11))]),
    ("Các đơn vị gửi kết quả trước ngày 25.", []),
    ("Gửi báo cáo trước ngày 05 của tháng tiếp theo đối với báo cáo tháng và trước ngày 10 của tháng tiếp theo sau tháng cuối"
     " cùng của kỳ báo cáo đối với báo cáo quý.", [(None, None, "monthly", (5,))]),  # the report after a date is that date's
    # s21fb: the report a date is for, named after it ("… đối với báo cáo năm"), is its cycle, not the report of the date
    # before; a connective that opens another action ("đồng thời", "sau đó") ends the report's clause
    ("Thời hạn gửi báo cáo: trước ngày 20/6 đối với báo cáo 6 tháng, trước ngày 20/12 đối với báo cáo năm.",
     [(None, None, "half_yearly", (20, 6)), (None, None, "yearly", (20, 12))]),
    ("Các xã gửi báo cáo về Phòng Văn hóa - Xã hội trước ngày 10/3 đối với báo cáo quý I, trước ngày 10/12 đối với báo cáo"
     " năm.", [(None, None, "quarterly", (10, 3)), (None, None, "yearly", (10, 12))]),
    ("UBND cấp xã gửi báo cáo năm về UBND tỉnh, đồng thời tổ chức tuyên truyền đến ngày 30/4.", [(None, None, None, (30, 4))]),
    ("Các phòng gửi báo cáo quý cho Văn phòng, sau đó tổ chức kiểm tra chéo trước ngày 25/10.", [(None, None, None, (25, 10))]),
    ("Báo cáo năm gửi trước ngày 15/12, đồng thời gửi bản điện tử qua hệ thống.", [(None, None, "yearly", (15, 12))]),
    ("Gửi trước ngày 15/12 đối với báo cáo năm 2026.", [(None, None, None, (15, 12))]),  # the report of a stated year
    # s21rev2: a year after the report's numeral or "đầu/cuối năm" states its period too (was quarterly, half_yearly)
    ("Các đơn vị gửi báo cáo trước ngày 15/4 đối với báo cáo quý I năm 2026 và trước ngày 15/7 đối với báo cáo 6 tháng đầu"
     " năm 2026.", [(None, None, None, (15, 4)), (None, None, None, (15, 7))]),
    ("Các phòng gửi Văn phòng trước ngày 20/10 đối với báo cáo quý III năm 2027, trước ngày 20/12 đối với báo cáo tổng kết"
     " năm 2027.", [(None, None, None, (20, 10)), (None, None, None, (20, 12))]),
])
def test_a_schedule_of_reports_names_their_cycle(text, expected):
    assert keys(text, 2027) == expected


# A task table's time cell that states a month or a quarter and no year ("Tháng 3 - tháng 5", "Quý II", "Trong tháng 11") is
# a deadline of the table with date null, the cell its date_raw (every distinct date of a time column is one; a year is never
# inferred, not even the plan's). Not a frequency ("Hằng quý", "6 tháng, năm"), a duration ("03 tháng"), a cell naming no time.
YEARLESS_HEADER = "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n"


@pytest.mark.parametrize("cell,expected", [
    ("Tháng 3 - tháng 5", [(None, None, "month", "Tháng 3 - tháng 5")]),
    ("Tháng 3 - 5", [(None, None, "month", "Tháng 3 - 5")]),
    ("Quý II", [(None, None, "quarter", "Quý II")]),
    ("Trong tháng 11", [(None, None, "month", "Trong tháng 11")]),
    ("Quý III - Quý IV", [(None, None, "quarter", "Quý III - Quý IV")]),
    ("Tháng 6, tháng 12", [(None, None, "month", "Tháng 6"), (None, None, "month", "tháng 12")]),  # a list: each item
    ("Quý I và Quý III", [(None, None, "quarter", "Quý I"), (None, None, "quarter", "Quý III")]),
    ("Tháng 6/2027", [("2027-06", None, "month", "Tháng 6/2027")]),  # a year stated: the date
    # negatives
    ("Hằng quý", []),
    ("6 tháng, năm", []),
    ("03 tháng", []),
    ("Theo kế hoạch của Bộ Nội vụ", []),
    ("Tháng 13", []),
    ("Tháng 6, tháng 12 hằng năm", [(None, None, "month", "Tháng 6"), (None, None, "month", "tháng 12 hằng năm")]),  # yearly, as before
    ("Quý II, tổ chức hội nghị", []),  # the cell says more than its time
    # s21fb: wordings written apart from the rule's own probes
    ("Từ tháng 4 đến tháng 6", [(None, None, "month", "Từ tháng 4 đến tháng 6")]),
    ("Trong Quý III", [(None, None, "quarter", "Trong Quý III")]),
    ("Tháng 5 - tháng 6 và tháng 10", [(None, None, "month", "Tháng 5 - tháng 6"), (None, None, "month", "tháng 10")]),
    ("Quý IV năm trước", []),  # a year said relatively
    ("Trong 3 tháng", []),  # a duration
    ("Tháng 6 (sau khi có kết quả)", []),  # the cell says more than its time
])
def test_a_time_cell_without_a_year(cell, expected):
    text = YEARLESS_HEADER + f"1\tKhảo sát sự hài lòng của người dân\tSở Nội vụ\tBưu điện tỉnh\t{cell}\tBáo cáo\n"
    assert [(d.date, d.date_end, d.precision, d.date_raw) for d in deadlines(text, 2027)] == expected


# A cut-off that says who a rule covers by the state they are or were in then ("đã tham gia … trước ngày …", "đang hưởng
# … trước ngày …", "có thời gian … trước ngày …") is no deadline; an action or obligation due by the date stays one, even
# of a body that "đã được giao" something.
@pytest.mark.parametrize("text,expected", [
    ("Người lao động đã tham gia bảo hiểm xã hội bắt buộc trước ngày 01 tháng 7 năm 2025 được tính thời gian đóng theo "
     "quy định cũ.", []),
    ("b) Người đang hưởng trợ cấp ốm đau dài ngày trước ngày 01/7/2025 được tiếp tục hưởng theo mức cũ.", []),
    ("Hộ gia đình có thời gian cư trú trên địa bàn xã trước ngày 01/01/2026 được xem xét hỗ trợ.", []),
    ("- Các hộ đang sinh sống tại khu vực có nguy cơ sạt lở từ trước ngày 15/11/2025 được ưu tiên bố trí tái định cư.", []),
    ("c) Người lao động đã tham gia bảo hiểm theo đối tượng quy định tại điểm a, b và e khoản 1 Điều 2 của Luật từ trước ngày "
     "01/7/2025 được bảo lưu thời gian đóng.", []),
    ("Người nghỉ việc mà còn thời gian công tác trước ngày 01 tháng 7 năm 2025 được tính hưởng theo quy định cũ.", []),
    # negatives: actions due by the date
    ("UBND các xã hoàn thành rà soát hộ nghèo trước ngày 30/12/2025.", ["2025-12-30"]),
    ("Các đơn vị đã được giao chỉ tiêu phải hoàn thành trước ngày 15/12/2025.", ["2025-12-15"]),
    ("Các sở, ngành báo cáo kết quả thực hiện trước ngày 20/11/2025.", ["2025-11-20"]),
    ("Các đơn vị đã được phân bổ kinh phí, gửi báo cáo quyết toán trước ngày 31/01/2026.", ["2026-01-31"]),
    ("Các đơn vị đang triển khai thí điểm tổ chức tổng kết trước ngày 30/11/2025.", ["2025-11-30"]),
    ("Các cơ quan đang sử dụng chữ ký số công cộng chuyển sang chữ ký số chuyên dùng trước ngày 31/12/2025.", ["2025-12-31"]),
    # s21rev2: a cut-off only when the sentence goes on after the date to what applies to those in the state ("mà", "thì",
    # "được …"); a date that ends the clause is when the action before it is due, whatever its verb
    ("Người lao động đã tham gia bảo hiểm xã hội trước ngày 01/7/2025 mà chưa hưởng lương hưu.", []),
    ("Các hộ đang thuê nhà ở xã hội trước ngày 01/01/2026 thì tiếp tục được thuê theo hợp đồng cũ.", []),
    ("Các dự án đã được phê duyệt chủ trương đầu tư khởi công trước ngày 30/9/2026.", ["2026-09-30"]),
    ("Các công trình đã xuống cấp tháo dỡ trước ngày 30/6/2026.", ["2026-06-30"]),
    ("Các cơ sở đang hoạt động trong cụm công nghiệp đấu nối nước thải về trạm xử lý tập trung trước ngày 30/6/2027.",
     ["2027-06-30"]),
    ("Các dự án đã được giao vốn giải ngân hết kế hoạch vốn trước ngày 31/01/2027.", ["2027-01-31"]),
])
def test_a_cut_off_by_a_state_is_no_deadline(text, expected):
    assert [d.date for d in deadlines(text, 2025)] == expected


# A date or period that labels an amount of money (a fee, a price, a rate of support) is when that amount applies, not a
# deadline; a period that labels an action stays one.
@pytest.mark.parametrize("text,expected", [
    ("- Từ ngày 01/7/2025 đến ngày 31/12/2026: 30.000 đồng/bộ hồ sơ.\n- Từ ngày 01/01/2027 trở đi: 60.000 đồng/bộ hồ sơ.", []),
    ("b) Từ ngày 01 tháng 01 năm 2026: mức hỗ trợ 1.500.000 đồng/người/tháng.", []),
    ("Từ ngày 01/3/2026 đến ngày 31/12/2026: mức thu là 2 triệu đồng/hồ sơ.", []),
    # negatives: the span of an action; a deadline of a sum to be paid
    ("- Từ ngày 01/7/2026 đến ngày 31/12/2026: tổ chức kiểm tra các cơ sở kinh doanh.", ["2026-07-01"]),
    ("Các đơn vị nộp kinh phí 5.000.000 đồng về Sở Tài chính trước ngày 30/11/2026.", ["2026-11-30"]),
    # s21rev2: a rate's time is a start ("Từ …") or a "từ … đến …" period; a date after "trước / chậm nhất", a bare quarter
    # labelling a sum is when the sum is due or spent
    ("Từ tháng 7/2026: chi 2 triệu đồng cho mỗi mô hình.", []),
    ("Trước ngày 30/6/2026: 1,5 tỷ đồng giải ngân cho dự án.", ["2026-06-30"]),
    ("Quý I/2026: 200 triệu đồng để tổ chức tập huấn.", ["2026-Q1"]),
    ("- Chậm nhất ngày 15/9/2026: 800 triệu đồng thanh toán cho nhà thầu thi công.", ["2026-09-15"]),
])
def test_the_period_of_a_rate_is_no_deadline(text, expected):
    assert [d.date for d in deadlines(text, 2025)] == expected


# A date that glosses the writer's "today" or "yesterday" ("từ sáng nay (ngày …) … đã có mưa", "Đêm qua (ngày …), …") is
# when something was observed; a time the text asks something by stays a deadline, even given as "hôm nay".
@pytest.mark.parametrize("text,expected", [
    ("Theo báo cáo nhanh của Bộ Nông nghiệp và Môi trường, từ sáng nay (ngày 16/11/2025) tại khu vực Trung Bộ đã có mưa to "
     "đến rất to.", []),
    ("Đêm qua (ngày 15/11/2025), lũ trên các sông ở Quảng Ngãi lên nhanh, nhiều khu dân cư bị ngập sâu.", []),
    ("Chiều nay (ngày 20/11/2025), mực nước sông Ba tại Củng Sơn đã vượt mức báo động 3.", []),
    # negatives: a time something must be done by
    ("Các địa phương báo cáo Thủ tướng Chính phủ trước 17 giờ hôm nay (ngày 20/11/2025).", ["2025-11-20"]),
    ("Từ nay đến ngày 31/12/2025, các địa phương hoàn thành việc sửa chữa nhà ở.", ["2025-12-31"]),
    ("UBND các xã hoàn thành rà soát trước ngày 30/11/2025.", ["2025-11-30"]),
])
def test_a_date_of_the_writers_today_is_no_deadline(text, expected):
    assert [d.date for d in deadlines(text, 2025)] == expected


# s30w: a time limit counted from the issue of a decision of a kind, named in lower case with what it decides ("kể từ ngày ban
# hành quyết định cấp, cấp lại, thu hồi Chứng chỉ": each decision's, a decree's procedure) is not relative to the document's
# own issue; the document itself, "Quyết định" in capitals or "… này", is.
@pytest.mark.parametrize("text,raws", [
    ("2. Cơ quan chuyên môn về văn hóa cấp tỉnh đăng tải thông tin Chứng chỉ được cấp trên trang thông tin điện tử trong thời "
     "hạn 02 ngày làm việc, kể từ ngày ban hành quyết định cấp, cấp lại, thu hồi Chứng chỉ.", []),
    ("Hoàn thiện hồ sơ trình Chủ tịch UBND tỉnh phê duyệt chậm nhất 03 ngày kể từ ngày ban hành Quyết định.",
     ["chậm nhất 03 ngày kể từ ngày ban hành Quyết định"]),
    ("Các đơn vị xây dựng kế hoạch trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành.",
     ["trong vòng 30 ngày kể từ ngày kế hoạch này được ban hành"]),
    ("Các đơn vị triển khai trong thời hạn 10 ngày kể từ ngày ban hành quyết định này.",
     ["trong thời hạn 10 ngày kể từ ngày ban hành quyết định này"]),
])
def test_a_time_limit_from_a_decision_of_a_kind_is_not_relative_to_the_documents_issue(text, raws):
    assert [d.date_raw for d in deadlines(text, 2025) if d.rule == "rule_relative"] == raws


# s31d: a season between the cue and its year ("trước mùa mưa bão năm 2027", "trong mùa khô năm 2026") bounds the action
# before it by that year, whatever its verb; a season without a year gives none (no year is inferred), nor a target's year.
@pytest.mark.parametrize("text,expected", [
    ("- Xây dựng bản đồ nguy cơ ngập úng đô thị; công bố trước mùa mưa bão năm 2027.", [("2027", "trước mùa mưa bão năm 2027")]),
    ("Nạo vét các kênh tiêu trước mùa mưa lũ năm 2026.", [("2026", "trước mùa mưa lũ năm 2026")]),
    ("Hoàn thành sửa chữa cống ngăn mặn trong mùa khô năm 2026.", [("2026", "trong mùa khô năm 2026")]),
    ("Tìm kiếm, quy tập hài cốt liệt sĩ quân tình nguyện Việt Nam hy sinh tại Lào trong mùa khô năm 2026.", []),
    ("Kiểm tra, sửa chữa 100% cửa xả, van ngăn triều trước mùa mưa bão.", []),
    ("Đến năm 2027, 100% hồ chứa được kiểm định an toàn trước mùa mưa bão năm 2027.", []),
])
def test_a_season_of_a_stated_year(text, expected):
    assert [(d.date, d.date_raw) for d in deadlines(text, 2026)] == expected


# s32b: the crop seasons of a farming plan ("trước vụ Hè Thu năm 2026") bound the action as the weather's seasons do; held
# in a season ("trong vụ Hè Thu năm 2026") or without a year, none
@pytest.mark.parametrize("text,expected", [
    ("2. Xây dựng 02 mô hình trình diễn cơ giới hóa, hoàn thành trước vụ Hè Thu năm 2026.", [("2026", "trước vụ Hè Thu năm 2026")]),
    ("- Nạo vét kênh mương nội đồng trước vụ Đông Xuân năm 2027.", [("2027", "trước vụ Đông Xuân năm 2027")]),
    ("- Gieo sạ tập trung trong vụ Hè Thu năm 2026.", []),
    ("- Nạo vét kênh mương nội đồng trước vụ Đông Xuân.", []),
])
def test_a_crop_season_of_a_stated_year(text, expected):
    assert [(d.date, d.date_raw) for d in deadlines(text, 2026)] == expected


# s33f: a task item's time on a field line beside its label lines ("Đơn vị chủ trì: Sở Tư pháp.⏎Đơn vị phối hợp: …⏎Thời gian
# thực hiện: Tháng 12/2025."): the action is the item above, the body the one its "chủ trì" / "thực hiện" line names.
@pytest.mark.parametrize("text, action, body", [
    ("7. Đẩy mạnh chuyển đổi số trong công tác xây dựng pháp luật\n\n- Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức.\n\n"
     "Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ.\n\nĐơn vị phối hợp: Sở Tư pháp.\n\n"
     "Thời gian thực hiện: Tháng 12/2025.\n", "Đẩy mạnh chuyển đổi số trong công tác xây dựng pháp luật", "Sở Khoa học và Công nghệ"),
    ("1. Tuyên truyền, phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.\n\n- Cơ quan thực hiện: Sở Khoa học và Công nghệ; Sở Tư "
     "pháp.\n\n- Cơ quan phối hợp: Các sở, ngành.\n\n- Thời gian thực hiện: Quý IV năm 2025 và các năm tiếp theo.\n",
     "Tuyên truyền, phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật", "Sở Khoa học và Công nghệ"),
    # negative: a time line with no item's label lines above keeps its own clause and no body
    ("3. Thời gian tổ chức phong trào thi đua: từ tháng 10 năm 2025 đến hết tháng 3 năm 2026.\n", None, None),
])
def test_a_task_items_time_line_takes_the_item_and_its_lead(text, action, body):
    d = extract_deadlines(text)[0]
    assert (d.body, d.action if action else None) == (body, action)


# s33b: "đến hết năm 2027" closing the clause of the action it bounds is that action's deadline, as "trong năm 2027" is; a
# year that closes ", hoàn thành …" after a delivery is its time whatever figure the delivery names. Negatives: "Đến hết năm
# …" opening a clause (the targets' year), a target's "100% xã hoàn thành trong năm 2027", a year going on to other words.
@pytest.mark.parametrize("text,expected", [
    ("3.1. Các cơ sở xây dựng kế hoạch giảm nhẹ phát thải cấp cơ sở, gửi Sở Nông nghiệp và Môi trường đến hết năm 2027.",
     [("2027", "đến hết năm 2027")]),
    ("- Số hóa hồ sơ vay vốn tại 100% Điểm giao dịch xã, hoàn thành đến hết năm 2027.", [("2027", "hoàn thành đến hết năm 2027")]),
    ("- Số hóa hồ sơ vay vốn tại 100% Điểm giao dịch xã, hoàn thành trong năm 2027.", [("2027", "hoàn thành trong năm 2027")]),
    ("Đến hết năm 2028, hoàn thành kiên cố hóa trường lớp học.", []),
    ("- Phấn đấu đến hết năm 2026 có ít nhất 80% người dân được phổ cập kỹ năng số.", []),
    ("- 100% xã hoàn thành trong năm 2027.", []),
    ("- Thực hiện chính sách đến hết năm 2027 theo quy định.", []),
])
def test_until_the_end_of_a_year_closing_an_action(text, expected):
    assert [(d.date, d.date_raw) for d in deadlines(text, 2026)] == expected


# s33b: a quarter without a year after a cue, closing its clause ("hoàn thành trong quý III."): a deadline with date null
# (a year the text does not state is never inferred), precision quarter. Negatives: a quarter opening a report's sentence,
# one without a cue, one coordinated with a dated quarter (that one's year).
@pytest.mark.parametrize("text,expected", [
    ("1.1. Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn, hoàn thành trong quý III.", [(None, "quarter", "trong quý III")]),
    ("- cấp tỉnh: trình Hội đồng nhân dân tỉnh trong quý III;", [(None, "quarter", "trong quý III")]),
    ("Trong quý III, Sở đã tổ chức 3 hội nghị.", []),
    ("Số liệu quý III.", []),
    ("Tổ chức hội nghị trong quý III và quý IV năm 2026.", [("2026-Q3", "quarter", "quý III"), ("2026-Q4", "quarter", "quý IV năm 2026")]),
])
def test_a_quarter_without_a_year_after_a_cue(text, expected):
    assert [(d.date, d.precision, d.date_raw) for d in deadlines(text, 2026)] == expected


# w20c: a roadmap inside the part of targets ("III. MỤC TIÊU … 3. Lộ trình thực hiện") sets phases of the plan's actions, as a
# part of actions does ("- Giai đoạn 2026 - 2027: hoàn thành xử lý 08 bãi chôn lấp …; tỷ lệ … năm 2027 đạt 78%"); outside a
# roadmap, a phase under the part of targets stays a horizon of targets
@pytest.mark.parametrize("text,expected", [
    ("III. MỤC TIÊU\n1. Mục tiêu chung\nKiểm soát ô nhiễm.\n3. Lộ trình thực hiện\n- Giai đoạn 2026 - 2027: hoàn thành xử lý 08 bãi "
     "chôn lấp không hợp vệ sinh; tỷ lệ thu gom năm 2027 đạt 78%.\n- Giai đoạn 2028 - 2030: hoàn thành các chỉ tiêu còn lại.\n",
     [("2026", "2027", None, None), ("2028", "2030", None, None)]),
    ("III. MỤC TIÊU\n2. Tiến độ thực hiện\n- Giai đoạn 2026 - 2027: triển khai thí điểm tại 10 xã.\n", [("2026", "2027", None, None)]),
    ("III. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Giai đoạn 2026 - 2027: hoàn thành xử lý 08 bãi chôn lấp không hợp vệ sinh.\n", []),
    ("III. MỤC TIÊU\n3. Lộ trình thực hiện\n- Năm 2027: tỷ lệ thu gom đạt 78%.\n4. Mục tiêu cụ thể\n- Giai đoạn 2028 - 2030: "
     "hoàn thành xử lý 06 bãi chôn lấp.\n", []),
])
def test_a_roadmap_in_the_part_of_targets_sets_phases_of_actions(text, expected):
    assert keys(text) == expected


# w21a: an observance day named in lower case after a capital "Ngày" inside a sentence: its own date bounds no action; a
# date with a cue stays a deadline, and "Ngày" opening a sentence says no name.
@pytest.mark.parametrize("text, expected", [
    ("b) Hưởng ứng Tháng hành động phòng, chống ma túy (tháng 6) và Ngày toàn dân phòng, chống ma túy 26/6 hằng năm.", []),
    ("Tổ chức các hoạt động hưởng ứng Ngày toàn dân phòng cháy, chữa cháy 04/10 hằng năm.", []),
    ("Báo cáo kết quả hưởng ứng trước ngày 26/6 hằng năm.", [("trước ngày 26/6 hằng năm", "yearly")]),
    ("Ngày hoàn thành báo cáo: 30/6 hằng năm.", [("30/6 hằng năm", "yearly")]),
    # an event the plan holds on a dated day is its deadline, whatever it is called
    ("a) Tổ chức Ngày chạy Olympic vì sức khỏe toàn dân cấp tỉnh ngày 22/3/2026 tại phường Tân Ninh.", [("ngày 22/3/2026", None)]),
])
def test_a_lower_case_observance_days_date_is_no_deadline(text, expected):
    assert [(d.date_raw, d.recurrence) for d in extract_deadlines(text)] == expected


# w22d: a year in parentheses right after a figure is the figure's year (a table cell "23.500 (năm 2030)"), no deadline; after
# a report it is the report's.
@pytest.mark.parametrize("text, expected", [
    ("STT\tChỉ tiêu\tĐVT\tNăm 2027\tGiai đoạn 2026-2030\n1\tĐiện thương phẩm\ttriệu kWh\t17.620\t23.500 (năm 2030)\n"
     "2\tTốc độ tăng\t%\t9\t10\n", []),
    ("- Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2028).", ["năm 2028"]),
])
def test_a_figures_year_in_parentheses_is_no_deadline(text, expected):
    assert [d.date_raw for d in extract_deadlines(text)] == expected


# w22b: the date an estimate or a result column is counted to is when the figures stand, no deadline; a "quy ước" due by a
# date, a task cell "Thực hiện đến …" and the plan's own "thực hiện đến hết ngày …" stay deadlines (near misses).
@pytest.mark.parametrize("text, dates", [
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2026\nƯớc đến ngày 31/12/2026, tổng số thu đạt 9.870 tỷ đồng.", []),
    ("STT\tChỉ tiêu\tĐơn vị\tThực hiện đến 31/12/2026\tKế hoạch năm 2027\n1\tTổng nguồn vốn\ttỷ đồng\t418.500\t471.000", []),
    ("Hướng dẫn các tổ dân phố bổ sung quy ước trước ngày 30/6/2027.", ["2027-06-30"]),
    ("1\tRà soát hồ sơ\tSở Y tế\tThực hiện đến 30/6/2027", ["2027-06-30"]),
    ("Các đơn vị tổ chức thực hiện đến hết ngày 31/12/2027.", ["2027-12-31"]),
])
def test_the_date_an_estimate_or_a_result_is_counted_to_is_no_deadline(text, dates):
    assert [d.date for d in extract_deadlines(text)] == dates


# w23d: a step counted back from the opening of the event the plan holds, the time limit first ("Trước 30 ngày tổ chức", in
# prose and in a timetable's cell): relative, date null, its date_raw; a number of days that only says how long something
# lasts before nothing the plan holds stays none (near miss).
@pytest.mark.parametrize("text, expected", [
    ("Báo và Phát thanh, Truyền hình tỉnh xây dựng chuyên trang, chuyên mục trước 30 ngày tổ chức; truyền hình trực tiếp.",
     [(None, "trước 30 ngày tổ chức")]),
    ("Thời gian\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\n"
     "Trước 15 ngày khai mạc\tKhởi động chiến dịch truyền thông\tSở Văn hóa, Thể thao và Du lịch\tCông an tỉnh\n",
     [(None, "Trước 15 ngày khai mạc")]),
    ("Trưng bày sản phẩm trước 30 ngày đầu mùa vụ.", []),
])
def test_a_step_counted_back_from_the_events_opening(text, expected):
    assert [(d.date, d.date_raw) for d in extract_deadlines(text)] == expected


# w23d: a report due a number of days after a workshop the plan holds ends, as after a conference or an inspection round;
# the workshop's own date is no relative deadline (near miss).
@pytest.mark.parametrize("text, expected", [
    ("Báo cáo phản biện gửi cơ quan đặt hàng chậm nhất 15 ngày sau khi kết thúc hội thảo phản biện.",
     [(None, "chậm nhất 15 ngày sau khi kết thúc hội thảo phản biện")]),
    ("Tổ chức hội thảo phản biện trong 02 ngày.", []),
])
def test_a_report_after_a_workshop_ends(text, expected):
    assert [(d.date, d.date_raw) for d in extract_deadlines(text)] == expected


@pytest.mark.parametrize("text, dates", [
    # w23a: a clause opened by the share it commits to: its participle before the date is the target's, the date when due
    ("Kiểm tra chất thải từ tàu thuyền; 100% doanh nghiệp cảng biển có kế hoạch ứng phó sự cố tràn dầu được phê duyệt "
     "trước ngày 31/12/2027.", ["2027-12-31"]),
    # near miss: a case a rule covers, no share opening its clause
    ("Các dự án được phê duyệt trước ngày 31/12/2027 thì tiếp tục thực hiện theo quyết định đã phê duyệt.", []),
    # w23a: "…, đưa vào vận hành trong năm 2028." the time the work is due in service
    ("Văn phòng Cảng vụ chủ trì triển khai hệ thống VTS khu vực vịnh Hạ Long, đưa vào vận hành trong năm 2028.", ["2028"]),
    # near miss: the year of a target, not of the commissioning
    ("Tỷ lệ hộ dân sử dụng nước sạch đạt 95% trong năm 2028.", []),
])
def test_a_shares_due_date_and_a_works_year_in_service(text, dates):
    assert [d.date for d in extract_deadlines(text, period=(None, None), doc_year=2027)] == dates

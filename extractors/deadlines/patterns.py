"""Named pieces of the grammar of deadlines.

A deadline reads [CUE] WHEN, inside a clause that says what must happen:
    trước ngày 21 tháng 11 năm 2024      CUE=trước   WHEN=day
    chậm nhất ngày 30/12/2025            CUE=chậm nhất
    trong quý I/2024                     WHEN=quarter
    từ tháng 3 năm 2024 đến hết tháng 12 năm 2025   a period
    sơ kết vào cuối năm 2024             WHEN=year, only with a cue and an action
    trước ngày 15 tháng 12 hằng năm      recurrence yearly, date null
"""
from __future__ import annotations

import regex

from extractors.bodies.patterns import FIELD_OPENING
from extractors.regexes import matched_in_place
from extractors.stretches import stop_pattern

DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])"
MONTH = r"(?P<month>0?[1-9]|1[0-2])"
YEAR = r"(?P<year>(?:19|20)\d\d)"
NO_DIGIT_BEFORE = r"(?<![\d/.,-])"
NO_DIGIT_AFTER = r"(?![\d/]|[.,]\d)"

# One point in time; alternatives from the most to the least precise.
WHEN = rf"""
    (?=\d|n(?:gày|ăm)|sáu|[Qq]u[ýíy]|[Tt]háng|[Cc]ác\s+tháng|[Cc]uối|[Đđ]ầu|[Gg]iữa)  # the words an alternative may start with: the scan
                                                                # skips other positions (3x faster than their first letters)
    (?P<when>
        {NO_DIGIT_BEFORE}(?<![Tt]háng\s)(?:ngày\s+)?{DAY}\s*[/.-]\s*{MONTH}\s*[/.-]\s*{YEAR}{NO_DIGIT_AFTER}  # 21/11/2024, not "tháng 3-4/2026"
      | (?:ngày\s+){DAY}\s+tháng\s+{MONTH}\s*(?:năm\s+|[/,]\s*(?:năm\s+)?){YEAR}                   # ngày 21 tháng 11 năm 2024
      | (?P<half>(?:0?6|sáu)\s+tháng\s+(?P<which>đầu|cuối)\s+năm\s+{YEAR})                        # 6 tháng đầu năm 2021
      | [Qq]u[ýíy]\s+(?P<quarter1>IV|I{{1,3}}|[1-4])(?:\s*(?:[-–]|,|và)\s*(?:IV|I{{1,3}}|[1-4])(?=\s*(?:[-–,]|và)))*  # quarters of one
            (?:\s*[-–]\s*(?:[Qq]u[ýíy]\s+)?|\s*(?:,|và)\s*)(?P<quarter>IV|I{{1,3}}|[1-4])\s*(?:/\s*|[Nn]ăm\s+){YEAR}{NO_DIGIT_AFTER}  # year: quý III-IV/2026,
                                                                                            # quý I, II/2026, Quý II - Quý III/2026
      | [Qq]u[ýíy]\s+(?P<quarter>IV|I{{1,3}}|[1-4])\s*(?:[/-]\s*|[Nn]ăm\s+){YEAR}                     # quý I/2024, quý II năm 2026, Quí IV-2025
      | (?:[Cc]ác\s+)?[Tt]háng\s+(?P<month1>0?[1-9]|1[0-2])(?:\s*(?:[-–]|,|và)\s*(?:0?[1-9]|1[0-2])(?=\s*(?:[-–,]|và)))*  # months of one
            (?:\s*[-–]\s*(?:tháng\s+)?|\s*(?:,|và)\s*){MONTH}\s*(?:/\s*|năm\s+){YEAR}{NO_DIGIT_AFTER}      # year: tháng 3-4/2026, các tháng 6, 7/2025
      | [Tt]háng\s+{MONTH}\s*(?:/\s*|năm\s+){YEAR}{NO_DIGIT_AFTER}                                  # tháng 12/2025, tháng 3 năm 2024
      | (?P<part>(?:[Cc]uối|[Đđ]ầu|[Gg]iữa)\s+)?năm\s+{YEAR}{NO_DIGIT_AFTER}(?!\s*[-–]\s*\d)         # (cuối) năm 2025
      # the same shapes with a day, month or quarter that cannot exist (a typo kept with date null, never dropped):
      | {NO_DIGIT_BEFORE}(?<![Tt]háng\s)(?:ngày\s+)?(?P<day>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<month>\d{{1,2}})\s*(?P=sep)\s*{YEAR}{NO_DIGIT_AFTER}  # 45/13/2024
      | (?:ngày\s+)(?P<day>\d{{1,2}})\s+tháng\s+(?P<month>\d{{1,2}})\s*(?:năm\s+|[/,]\s*(?:năm\s+)?){YEAR}{NO_DIGIT_AFTER}  # ngày 45 tháng 13 năm 2024
      | [Qq]u[ýíy]\s+(?P<quarter>I?[VX]|VI{{1,3}}|\d)\s*(?:[/-]\s*|[Nn]ăm\s+){YEAR}{NO_DIGIT_AFTER}     # quý V/2025, quý 5 năm 2025
      | [Tt]háng\s+(?P<month>\d{{1,2}})\s*(?:/\s*|năm\s+){YEAR}{NO_DIGIT_AFTER}                         # tháng 13/2025
    )
"""
WHEN_RE = regex.compile(WHEN, regex.VERBOSE)
# what every WHEN holds (its year) and the characters none holds: a text is scanned for WHENs only between two of
# those around each year (`extractors.stretches`; about twice as fast as a scan of the whole text)
WHEN_ANCHOR = regex.compile(r"(?:19|20)\d\d")
WHEN_STOPS = stop_pattern(r";:!?()\[\]“”\"'’‘|*=+%…<>#{}")

# A day and month coordinated with a full date, which states the year once for both ("trước ngày 10/6 và 10/12/2025",
# "ngày 30/6 và ngày 31/12/2025"): the day has that year. Not a date a recurrence or a range governs (read before it).
# (a longer list too, whose middle dates have no year: "trước ngày 30/6, 30/9 và 31/12/2026")
_SHARED_DAY = r"[^\S\n]*(?:và|,)[^\S\n]*(?:(?:trước[^\S\n]+)?ngày[^\S\n]*)?(?:0?[1-9]|[12]\d|3[01])[^\S\n]*/[^\S\n]*(?:0?[1-9]|1[0-2])"
SHARED_YEAR_AFTER = matched_in_place(
    r"(?:" + _SHARED_DAY + r"(?![^\S\n]*/|\d)){0,4}" + _SHARED_DAY + r"[^\S\n]*/[^\S\n]*(?P<year>(?:19|20)\d\d)(?!\d)")
# A date without a year (a year the text does not state is never inferred):
#   ngày 15 tháng 12 · 15/12 · ngày 18 (hằng tháng) · tháng 12 (hằng năm) · từ tháng 3 (đến tháng 11 hằng năm) · quý IV (hằng năm)
YEARLESS = regex.compile(
    rf"""(?=\d|ngày|tháng|qu[ýíy]|thứ|chủ)  # the words an alternative opens with: the scan skips other positions (5x faster)
    (?P<yearless>
        (?:ngày\s+)?{NO_DIGIT_BEFORE}(?P<d>0?[1-9]|[12]\d|3[01])\s*(?:/\s*|\s+tháng\s+)(?P<m>0?[1-9]|1[0-2])
            {NO_DIGIT_AFTER}(?!\s*(?:[/-]|năm)\s*\d|\s*\.[^\S\n]*\d)  # (s26b: not a full stop closing the line before
                                                                # the next item's number: "… trước ngày 15/12.⏎2. Sở …")
      | ngày\s+(?P<dd>0?[1-9]|[12]\d|3[01])(?=\s+h[ằà]ng\s+tháng)
      | ngày\s+(?P<dday>0?[1-9]|[12]\d|3[01])(?![\d/]|[.,]\d|\s*(?:tháng(?!\s+(?:cuối|đầu|giữa|thứ|sau|tiếp\s+theo|kế\s+tiếp)\b)|năm|h[ằà]ng)\b)  # a day of a month
                                                                # or quarter said earlier or after ("ngày 20 tháng cuối quý")
      | tháng\s+(?P<mm>0?[1-9]|1[0-2])(?=(?:\s*(?:,|và|hoặc)\s*tháng\s+\d{{1,2}})*\s+(?:đến\s+(?:hết\s+)?tháng\s+\d{{1,2}}\s+)?h[ằà]ng\s+năm)
                                                                # "tháng 6 và tháng 12 hằng năm": each month of a yearly schedule
      | tháng\s+(?P<mr>0?[1-9]|1[0-2])(?![\d/]|\.\d)(?=\s*(?:đến(?:\s+hết)?|[-–])\s*tháng\s+(?:0?[1-9]|1[0-2])(?![\d/]|\.\d)(?!\s*năm\s+\d))
      | (?<=tháng\s+\d{{1,2}}\s*(?:đến(?:\s+hết)?|[-–])\s*)tháng\s+(?P<me>0?[1-9]|1[0-2])(?![\d/]|\.\d)(?!\s*năm\s+\d)
                                                                # "từ tháng 4 đến tháng 8": a span of months the text gives no year
      | (?:(?P<hour>[01]?\d|2[0-3])\s*(?:giờ|h)(?:\s*[0-5]\d(?:\s*phút)?)?\s+(?:ngày\s+)?)?  # s26b: its hour ("trước 16 giờ thứ Sáu …")
        (?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?=\s+(?:h[ằà]ng|mỗi)\s+tuần)  # "vào thứ Sáu hằng tuần"
      | qu[ýíy]\s+(?P<qq>IV|I{{1,3}}|[1-4])(?=\s+h[ằà]ng\s+năm)  # "vào quý IV hằng năm"
      | qu[ýíy]\s+(?P<qq>IV|I{{1,3}})(?=[^\S\n]*(?:[.;)]|\n|\Z))  # s33b: "hoàn thành trong quý III." closing its clause, no year
    )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Where a YEARLESS opens (`extractors.text_index.opened_by`: tried only there, about twice as fast as a scan): at the
# first digit of a number (NO_DIGIT_BEFORE) or at one of the words of its opening lookahead, in lower case.
YEARLESS_OPENERS = ("ngày", "tháng", "quý", "quí", "quy", "thứ", "chủ")
# The numbers a YEARLESS opens with: a day before its month ("15/12", "15 tháng 12": NO_DIGIT_BEFORE, a day of one or two
# digits, then "/" or "tháng") or an hour before its weekday ("16 giờ thứ Sáu", "16h"); the first digit of a run (no digit
# before), then what must follow it. Found in one scan (`extractors.text_index.opened_by`'s `digits`), YEARLESS is tried
# at some 15k of the wide corpus's 89k numbers rather than at every one (years, counts, sums, list numbers).
YEARLESS_DIGITS = regex.compile(r"(?i)(?<!\d)\d{1,2}\s*(?:/|tháng|giờ|h)")
# What follows an opening word where a YEARLESS opens with it, in lower case: a day's or month's number after "ngày" or
# "tháng", a quarter's numeral after "quý" ("quý IV", "quý 4"), a weekday's name after "thứ", "nhật" after "chủ"; YEARLESS
# is tried only at those of the words' places (`opened_by`'s `goes_on`: some 10k of the wide corpus's 55k, most of the
# others "quy định", "quyết định", "tháng" and "ngày" in words).
YEARLESS_WORDS_GOING_ON = matched_in_place(r"(?:ngày|tháng)\s+\d|qu[ýíy]\s+[i1-4]|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật")
# What makes a yearless date a deadline: a cue right before it ("trước ngày 20/11", "chậm nhất
# ngày 17 tháng 12"), or a date coordinated with one ("trước ngày 01/6 và 15/11 hằng năm").
# (s30b: a part of a quarter or month between the cue and its time, "trong đầu quý IV hằng năm", "vào cuối quý II hằng năm",
# as a dated one reads it, PART_OF: "trong đầu quý IV/2026")
YEARLESS_CUE = regex.compile(r"(?i:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất|vào|trong|từ|đến(?:\s+hết)?|hết)(?:\s+(?:cuối|đầu|giữa))?\s*$")
# A fraction, not a day and month: a bare "2/3" (no "ngày", no "tháng") followed by what it is a part of ("từ 2/3 thành
# viên trở lên", "2/3 số xã", "1/2 tổng số đại biểu") or by a bound of a quantity ("… trở lên"); a date is never "trở lên".
FRACTION_AFTER = regex.compile(
    r"(?i)\s*(?:số|tổng\s+số|thành\s+viên|đại\s+biểu|cử\s+tri|phiếu|diện\s+tích|dân\s+số|khối\s+lượng|thời\s+gian|"
    r"kinh\s+phí|giá\s+trị|biên\s+chế)(?![\p{L}\p{M}])|[^.;:\n\d]{0,60}?(?<![\p{L}\p{M}])trở\s+(?:lên|xuống)(?![\p{L}\p{M}])")
# "(từ ngày 01/7 đến nay)": a period that has run up to now, background.
UNTIL_NOW_AFTER = regex.compile(r"(?i)\s*(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+hiện\s+tại)(?![\p{L}\p{M}])")
YEARLESS_AND = regex.compile(r"(?i)^\s*(?:,|và|hoặc)\s*$")
# Its recurrence: said right after ("15/11 hằng năm", "ngày 18 hằng tháng") or earlier in the
# sentence ("định kỳ hàng năm báo cáo … chậm nhất ngày 17 tháng 12").
EVERY = regex.compile(r"(?i)\bh[ằà]ng\s+(?P<unit>năm|quý|tháng|tuần)\b")
EVERY_AFTER = regex.compile(
    r"(?i)^(?:[\s*_]*(?:,|và|hoặc)\s*(?:(?:ngày\s+)?\d{1,2}\s*(?:/\s*|\s+tháng\s+)\d{1,2}|tháng\s+\d{1,2}))*[\s*_]*(?:của\s+)?(?:h[ằà]ng|mỗi)\s+(?P<unit>năm|quý|tháng|tuần)\b")
# Two yearless dates of one period: "từ ngày 15 tháng 12 năm trước kỳ báo cáo đến ngày 14 tháng 12".
# The first day of such a period said without its month ("từ ngày 10 đến ngày 15 tháng 12 hằng năm"): it borrows the second's.
ELLIPTIC_DAY_RANGE = regex.compile(r"(?i)\s*(?:đến\s+(?:hết\s+)?|tới\s+|[-–]\s*)(?:ngày\s+)?\d{1,2}\s*(?:/\s*|\s+tháng\s+)\d{1,2}(?![\d/])(?!\s*(?:[/.-]|năm)\s*\d)"
                                r"|\s*(?:đến\s+(?:hết\s+)?|tới\s+|[-–]\s*)ngày\s+\d{1,2}(?![\d/])(?=\s+(?:của\s+)?h[ằà]ng\s+tháng\b)")
# w23c: (or a window of each month, its recurrence after its second day: "chi trả lương hưu từ ngày 02 đến ngày 20 hằng
# tháng": one monthly period, as "trước ngày 18 hằng tháng" is one monthly date)
YEARLESS_RANGE = regex.compile(r"(?i)^[^.;\n\d]{0,40}?\bđến\s+(?:hết\s+)?(?:ngày\s+)?$|^\s*[-–]\s*$")
# "trước ngày 20 của tháng cuối quý", "ngày 15 tháng đầu mỗi quý": a day of a month of each quarter.
QUARTER_MONTH_AFTER = matched_in_place(r"(?i)\s*(?:của\s+)?tháng\s+(?:cuối|đầu|giữa|thứ\s+(?:nhất|hai|ba))\s+(?:của\s+)?(?:mỗi\s+|h[ằà]ng\s+|các\s+)?quý\b")
# "trước ngày 05 của tháng tiếp theo", "ngày 10 của tháng sau": a day of the month after each month's period: monthly.
# (not "… tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo": the month after a quarter's or a half-year's end)
NEXT_MONTH_AFTER = matched_in_place(r"(?i)\s*(?:của\s+)?tháng\s+(?:sau|tiếp\s+theo|kế\s+tiếp)\b(?!\s+sau\s+(?:tháng\s+cuối|kỳ|quý|năm))")
# "báo cáo định kỳ (trước ngày 15 tháng 12)": a day of a month said to recur without its unit recurs yearly; so does a period of
# figures "từ ngày 15 tháng 12 năm trước (kỳ báo cáo) đến ngày 14 tháng 12 (của kỳ báo cáo)".
PERIODIC = regex.compile(r"(?i)(?<![\p{L}\p{M}])định\s+kỳ(?![\p{L}\p{M}])")
YEAR_BEFORE = regex.compile(r"(?i)(?<![\p{L}\p{M}])năm\s+trước(?![\p{L}\p{M}])")
RECURRENCE = {"năm": "yearly", "quý": "quarterly", "tháng": "monthly", "tuần": "weekly"}
# "6 tháng (trước ngày 16/6)", "Định kỳ 06 tháng (gửi trước ngày 15/6)": a day of a month said after a half-yearly cue.
HALF_YEAR_BEFORE = regex.compile(r"(?i)(?:0?6|sáu)\s+tháng[^.;\n\d]{0,20}$")
# "Định kỳ 6 tháng báo cáo … về Sở Văn hóa, Thể thao và Du lịch (trước ngày 10/6 và 10/12)": a half-yearly cue earlier in the
# clause dates the days of a month after it, unless another cycle is named between them ("Định kỳ 6 tháng và năm, …").
HALF_YEAR_OPENS = regex.compile(r"(?i)(?<![\p{L}\p{M}])định\s+kỳ\s+(?:0?6|sáu)\s+tháng(?![\p{L}\p{M}\d])")
OTHER_CYCLE = regex.compile(r"(?i)(?<![\p{L}\p{M}\d])(?:năm|quý|tuần|h[ằà]ng\s+tháng|\d+\s+tháng)(?![\p{L}\p{M}])")
# The days of a month listed before a date ("trước ngày 20/6 và " before "20/12"), and the next one after it (" và 20/12").
DATES_LIST_TAIL = regex.compile(r"(?i)(?:(?:ngày\s+)?\d{1,2}\s*(?:/\s*|\s+tháng\s+)\d{1,2}\s*(?:,|và)\s*)+$")
DATES_LIST_NEXT = regex.compile(r"(?i)\s*(?:,|và)\s*(?:ngày\s+)?\d{1,2}\s*(?:/\s*|\s+tháng\s+)\d{1,2}(?![\d/])")
# "…, năm (trước ngày 20/12)", "và 01 năm (trước ngày 15/11)": a day of a month after a yearly label of a schedule of reports.
# (w23b: or "hằng năm" right before the date's cue, no bracket: "báo cáo … định kỳ 6 tháng, hằng năm trước ngày 15/12", the
# yearly report's date, the nearer cue)
YEAR_LABEL_BEFORE = regex.compile(r"(?i)(?:(?<![\p{L}\d])(?:h[ằà]ng|0?1|một)\s+|(?:^|[,;]|\bvà)\s*)năm\s*\([^.;\n\d()]{0,20}$"
                                  r"|(?<![\p{L}\d])h[ằà]ng\s+năm[^\S\n]+(?:(?:trước|chậm\s+nhất(?:\s+là)?|vào)[^\S\n]+)?(?:ngày[^\S\n]+)?$")
# The report a yearless date bounds, named before it in a schedule of reports: "báo cáo quý I trước ngày 10/3; báo cáo 6 tháng
# trước ngày 10/6; … báo cáo năm trước ngày 15/11", "- Báo cáo năm: gửi trước ngày 20/11", "Báo cáo 9 tháng gửi … trước ngày
# 15/9", "báo cáo tổng kết năm chậm nhất ngày 25/11", "Báo cáo tháng gửi trước ngày 25": the date recurs as the report does
# (quý → quarterly; 6 tháng → half_yearly; 9 tháng, năm → yearly; tháng → monthly). Not the report of a stated period ("Báo cáo
# năm 2026", "báo cáo quý I/2027", "báo cáo tháng 6/2027": a number follows, `REPORT_CYCLE_GAP` refuses it), nor a report a
# date before names ("… trước ngày 01 của tháng tiếp theo đối với báo cáo tháng và trước ngày 03 …": "đối với" closes that one).
_REPORT_NAME = (
    r"báo\s+cáo\s+(?:định\s+kỳ\s+)?(?:(?:sơ|tổng)\s+kết\s+)?"
    r"(?:(?P<half>(?:0?6|sáu)\s+tháng)(?:\s+(?:đầu|cuối)\s+năm)?|(?P<year>năm|(?:0?9|chín)\s+tháng)|(?P<quarter>quý)(?:\s+(?:IV|I{1,3}|[1-4]))?"
    r"|(?P<month>tháng))(?![\p{L}\p{M}])")
REPORT_CYCLE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?<!đối\s+với\s+(?:các\s+)?)" + _REPORT_NAME)
# What may stand between the report's name and its date: a few words, a colon, an aside in parentheses ("(qua Sở Nội vụ)",
# "(số liệu tính từ ngày 15/12 năm trước …)"); no other number, no other clause ("báo cáo quý I/2027 gửi trước ngày …" is the
# report of a stated quarter).
# s21fb: nor a connective that opens another action ("gửi báo cáo năm về UBND tỉnh, đồng thời tổ chức tuyên truyền đến ngày
# 30/4": the date is the other action's).
_OTHER_ACTION = r"(?!.*(?<![\p{L}\p{M}])(?:đồng\s+thời|sau\s+đó|tiếp\s+đó|ngoài\s+ra|bên\s+cạnh\s+đó)(?![\p{L}\p{M}]))"
REPORT_CYCLE_GAP = matched_in_place(rf"(?i){_OTHER_ACTION}(?:[^.;\n\d]{{0,60}}|(?:[^.;\n\d()]|\([^()\n]{{0,120}}\)){{0,60}})")
# The report a date is for, named right after it: "trước ngày 20/6 đối với báo cáo 6 tháng, trước ngày 20/12 đối với báo cáo
# năm" (each date its own report's cycle; the report before a date is the previous date's).
# Not the report of a stated period ("đối với báo cáo quý I năm 2026", "… báo cáo 6 tháng đầu năm 2026", "báo cáo năm 2026":
# a year follows the name, however the name is cut short: its numeral, "đầu/cuối", "năm" are skipped before the number).
_STATED_PERIOD_AFTER = r"(?![ \t]*(?:(?:IV|I{1,3}|[1-4])(?![\p{L}\p{M}\d])[ \t]*)?(?:(?:đầu|cuối)[ \t]+)?(?:năm[ \t]+)?[\d/])"
REPORT_CYCLE_AFTER = matched_in_place(r"(?i)[ \t]*,?[ \t]*(?:đối\s+với|với)\s+(?:các\s+)?" + _REPORT_NAME + _STATED_PERIOD_AFTER)
# Reports named together and their dates given in turn: "Báo cáo sơ kết 6 tháng và báo cáo năm gửi … lần lượt trước ngày 15/6
# và 15/12": the first date is the first report's, the second the second's.
RESPECTIVELY = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:lần\s+lượt|tương\s+ứng)(?![\p{L}\p{M}])")

# An expected event of another body, or the condition of one ("dự kiến Quốc hội thông qua vào tháng 12/2025", "khi Luật
# Quản lý thuế được thông qua vào tháng 12/2025"): a forecast, not a time by which the document's addressees must act
# (not "dự kiến trình HĐND tỉnh thông qua …": the submission is the addressee's).
FORECAST_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:dự\s+kiến|khi|sẽ)(?![\p{L}\p{M}])(?:(?!\btrình\b)[^.;:,\n]){0,80}?(?<![\p{L}\p{M}])(?:được\s+|sẽ\s+)?thông\s+qua(?:\s+[^.;:,\n]{0,40}?)?\s+(?:vào|trong|tại)\s*$")

# A forecast of weather or of the situation ("Theo dự báo, từ ngày 20 đến ngày 22/11/2026 khu vực có mưa to", "theo nhận
# định của cơ quan khí tượng, đến ngày 18/11/2026 …"): its times are what is expected to happen, not deadlines.
FORECAST_OPENING = regex.compile(r"(?i)(?<![\p{L}\p{M}])theo\s+(?:dự\s+báo|nhận\s+định|tin\s+(?:dự\s+báo|cảnh\s+báo))(?![\p{L}\p{M}])")

# What may open a list item before its words: blanks, bullets and marks, then a number ("2.", "1.3.", "2)") or a letter ("a)").
ITEM_MARK = r"[\s\-+•*_]*(?:\d+(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*)?"
# What happened at a time, not what must be done by it: a time that opens its sentence and whose clause says "đã" ("Trong
# quý I/2026, toàn tỉnh đã tiếp nhận 5.200 hồ sơ", "Trong tháng 11 năm 2025, do mưa lũ … đã xảy ra ngập lụt"), or a time
# "đã" follows ("Chương trình … trong năm 2025 đã được hoàn thành"). Not where the clause still asks for something ("Trong
# quý II/2026, các dự án đã được giao vốn phải giải ngân …").
SENTENCE_OPENING = regex.compile(r"(?i)" + ITEM_MARK + r"(?:(?:trong|vào|từ|đến(?:\s+hết)?|tính\s+đến)\s+)?")
_ACTION_VERB_WORDS = r"(?:tổ\s+chức|thực\s+hiện|triển\s+khai|kiểm\s+tra|rà\s+soát|hoàn\s+thành|báo\s+cáo|xây\s+dựng|ban\s+hành|gửi|trình|nộp|cập\s+nhật|hỗ\s+trợ|đánh\s+giá|tiếp\s+tục|phải|cần|sẽ|yêu\s+cầu|chậm\s+nhất)"
ACTION_VERB = r"\b" + _ACTION_VERB_WORDS + r"\b"
# (its subject, a few words, between the comma and "đã": "toàn tỉnh đã", "do mưa, lũ lớn tại khu vực Trung Bộ đã"; not an
# action whose object "đã" qualifies: "Trong tháng 6/2026, tổ chức kiểm tra các cơ sở đã được cấp phép")
DUE_WORD = r"\b(?:chậm\s+nhất|hoàn\s+thành|hoàn\s+thiện|báo\s+cáo|gửi|trình|nộp|xong|thời\s+hạn|hạn|phải|cần|sẽ)\b"
MODAL = r"\b(?:phải|cần|sẽ|yêu\s+cầu|chậm\s+nhất)\b"
# (not a subject that "đã" only describes, a plural whose relative clause, a few words with no number, is followed by the
# sentence's own predicate: "Trong quý III/2026, các xã đã đạt chuẩn nông thôn mới tổ chức rà soát …", "Trong tháng 6/2026,
# những hộ đã thoát nghèo được tiếp tục hỗ trợ …"; "Trong tháng 6/2025, các xã đã tổ chức 20 lớp …" stays a past fact)
WORD = r"[\p{L}\p{M}]+"
PREDICATE = (r"\b(?:được|tiếp\s+tục|tổ\s+chức|thực\s+hiện|triển\s+khai|rà\s+soát|chủ\s+động|có\s+trách\s+nhiệm|khẩn\s+trương|"
             r"phải|cần|sẽ)(?![\p{L}\p{M}])")
RELATIVE_SUBJECT = (rf"\s*(?:các|những|mọi|tất\s+cả(?:\s+các)?)(?:\s+{WORD}){{1,4}}?\s+đã(?:\s+được)?(?:\s+(?!{ACTION_VERB}|{PREDICATE}){WORD}){{1,6}}?"
                    rf"\s+{PREDICATE}")
# (each word whole, `++`: a word cut in two pieces, which only the empty separator allows, reaches no "đã" that fewer whole
# words do not, and trying every cut of ten words took milliseconds a date)
PAST_CLAUSE = matched_in_place(rf"(?i)\s*,(?!{RELATIVE_SUBJECT})(?:\s*,?\s*(?!{ACTION_VERB})[\p{{L}}\p{{M}}\d]++){{1,10}}?\s+đã(?![\p{{L}}\p{{M}}])"
                            rf"(?:(?!{MODAL})(?:[^.;:\n]|\.(?=\d)))*(?:[.;:\n]|$)")
PAST_RIGHT_AFTER = matched_in_place(r"(?i)\s+đã(?![\p{L}\p{M}])")
# w22b: the date an estimate or a result is counted to ("Ước đến ngày 31/12/2026, tổng số thu … đạt …"; a table's result column
# "Thực hiện đến 31/12/2026" beside "Kế hoạch năm 2027"): when the figures stand, not a deadline. "ước" in prose; "thực
# hiện đến" only as a whole table cell (in prose, "thực hiện đến hết năm 2027" bounds the plan's own work); the estimate's
# "ước" never in a word of its own ("quy ước", "công ước", "điều ước": "bổ sung quy ước trước ngày 30/6/2027" is due), and
# with "đến"/"tới" before the date.
ESTIMATE_TO_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?<!(?:quy|công|điều|hiệp|cam|giao|mơ|khế)\s+)ước(?:\s+(?:thực\s+hiện|tính))?(?:\s+(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?)?\s*$)")
RESULT_CELL_BEFORE = regex.compile(r"(?i:\t[^\S\n]*(?:ước\s+)?thực\s+hiện(?:\s+(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?)?\s*$)")
RESULT_CELL_AFTER = matched_in_place(r"[^\S\n]*(?:\([^()\n]*\))?[^\S\n]*(?:\t|\n|$)")

# A topic label that opens a point of a conclusion ("5. Về điều chuyển số vốn dư, không có khả năng giải ngân trong năm
# 2025: Ủy ban nhân dân tỉnh … rà soát …"): a time inside it names the topic, not when something must be done. The label
# runs from "Về" to the colon that closes it on the same line.
TOPIC_LABEL_OPENING = matched_in_place(ITEM_MARK + r"[*_]*Về\s[^:;\n]*")
TOPIC_LABEL_CLOSE = regex.compile(r"(?:[^:;.\n]|\.(?=\d)){0,250}:")

# A part of the month or quarter after a cue: "vào cuối quý III/2026", "trong đầu tháng 3/2026", "vào tuần cuối tháng 12/2026".
PART_OF = r"(?:cuối|đầu|giữa|tuần(?:\s+lễ)?\s+(?:đầu|cuối|thứ\s+(?:nhất|hai|ba|tư))(?:\s+của)?)"
# The part of a day an event is held in, between the cue and the day ("vào sáng ngày 18/12/2026", "vào tối ngày 02/9/2026"): the
# time of a ceremony a plan schedules (s29a).
TIME_OF_DAY = r"(?:buổi\s+)?(?:sáng|chiều|tối|trưa|đêm)"
# Words right before a date that make it a deadline ("trước ngày", "chậm nhất", "vào cuối năm", "vào cuối quý III/2026").
CUE = regex.compile(
    r"(?:trước|chậm\s+nhất(?:\s+là)?|muộn\s+nhất|trong|vào|từ|kể\s+từ|đến(?:\s+hết)?|hết|hoàn\s+thành|xong|tại\s+[Kk]ỳ\s+họp(?:\s+thường\s+lệ)?(?:\s+(?:giữa|cuối))?)"
    rf"(?:\s+{PART_OF})?(?:\s+{TIME_OF_DAY})?\s*$",
    regex.IGNORECASE,
)
# A label that states the time of what follows: "Thời gian thực hiện: năm 2025", "Thời gian hoàn
# thành: Quý IV/2025", "Thời hạn: trước ngày 30/6/2026", "Tiến độ: tháng 12/2025".
# ("Thời gian tổ chức: Dự kiến tháng 8/2026": an expected time is the time stated.)
# The words of a label of time: "Thời gian thực hiện", "Thời hạn", "Thời điểm hoàn thành", "Tiến độ", "Đợt 1", "Hạn hoàn thành",
# "Hạn nộp", "Hạn chót" (not "giới hạn", "quyền hạn", "kỳ hạn", "hạn mức", "hạn ngạch", "hạn chế", "hạn hán").
LABEL_WORDS = (r"(?:thời\s+gian|thời\s+hạn|thời\s+điểm|tiến\s+độ|đợt\s+(?:\d{1,2}|[IVX]{1,3}|một|hai|ba|bốn)"
               r"|(?<![\p{L}\p{M}])(?<!(?:giới|quyền|kỳ|niên|hữu|vô|thời)\s)hạn(?!\s+(?:chế|mức|ngạch|hán)|[\p{L}\p{M}]))")
TIME_LABEL = regex.compile(r"(?i:" + LABEL_WORDS + r"(?:\s+\p{L}+){0,4}\s*:[\s*_]*(?:dự\s+kiến\s+)?(?:(?:trong|từ|trước|vào|đến|hết)\s+)?)$")
# A line of a timeline: a list marker (or nothing) before its time, a colon after ("- Quý I/2026: …", "b) Tháng 6/2026: …").
LINE_LABEL_OPENING = regex.compile(r"[\s*_|]*(?:[-+•–]\s*|[a-zđ]\)\s*|\d{1,2}[.)]\s*)?[*_]*")
LABEL_COLON = matched_in_place(r"[*_\s]*:")
# Where the words before a time stop being its sentence's: a sentence's end or a blank line (not a wrapped line's end).
SENTENCE_OR_BLOCK_END = regex.compile(r"[.;!?](?=\s)|\n[^\S\n]*\n")
# A time label anywhere in a sentence, before the time it introduces ("3. Thời gian tổ chức phong trào thi đua: Phong trào …
# được triển khai thực hiện từ tháng 10 …").
# The label of one round of a campaign, right before its span ("- Đợt 1: từ ngày …", "Đợt II (từ …"), and any round's label
# opening a line (how many rounds the plan has).
ROUND_LABEL = regex.compile(r"(?i:(?:^|\n)[\s\-+•*]*đợt\s+(?:\d{1,2}|[IVX]{1,3}|một|hai|ba|bốn)[\s*_]*[:(][\s*_]*(?:thực\s+hiện\s+)?)$")
ROUND_LABEL_ANY = regex.compile(r"(?im:^[\s\-+•*]*đợt\s+(?:\d{1,2}|[IVX]{1,3}|một|hai|ba|bốn)[\s*_]*[:(])")
LABEL_OF_ITS_SENTENCE = regex.compile(r"(?i:" + LABEL_WORDS + r"(?:\s+\p{L}+){0,6}[*_\s]*:)")
# A season of the year between the cue and its year ("trước mùa mưa bão năm 2027", "trong mùa khô năm 2027 - 2028", "trước
# mùa mưa lũ năm 2026"): the seasons the disaster-prevention and forest-fire plans time their works by (Luật Phòng, chống
# thiên tai 2013, Điều 15, 19: chuẩn bị trước mùa mưa bão; Luật Lâm nghiệp 2017 and Nghị định 156/2018/NĐ-CP: phòng cháy
# rừng mùa khô); the stated year is the deadline's (a season without a year gives none: no year is inferred). (s31d)
# s32b: …and the crop seasons the farming plans time their works by ("trước vụ Hè Thu năm 2026", "trước vụ Đông Xuân năm 2026
# - 2027": the seasons of the Bộ Nông nghiệp và Môi trường's yearly crop calendars, Luật Trồng trọt 2018, Điều 8 and 73: cơ cấu
# mùa vụ, khung lịch thời vụ).
SEASON = (r"(?:\s+mùa\s+(?:mưa(?:\s+(?:bão|lũ))?(?:,?\s+(?:bão|lũ))?|bão(?:,?\s+lũ)?|lũ|khô|hanh\s+khô|cạn|nắng\s+nóng)"
          r"|\s+vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|xuân|mùa|chiêm|đông))")
# "trước" a season of a stated year: the preparation the season needs is done by then, whatever its verb (not "trong mùa
# khô năm 2026", the season an action is held in, a deadline only with an action word as a year is)
SEASON_CUE = regex.compile(r"(?i)trước" + SEASON + r"\s*$")
# A year alone is a deadline only after these ("vào cuối năm 2024", "trước năm 2026", "tại Kỳ họp giữa năm 2021").
# (s33b: "đến hết" only where the year closes its clause, after the action it bounds: "gửi Sở … đến hết năm 2027.", "…, hoàn thành
# đến hết năm 2027." — `UNTIL_YEAR_END`; opening a clause, "Đến hết năm 2025, tỷ lệ … đạt 80%", it is the targets' year)
YEAR_CUE = regex.compile(
    r"(?:trước|chậm\s+nhất(?:\s+là)?|vào|trong|(?:hoàn\s+thành\s+)?đến\s+hết|hoàn\s+thành(?:\s+trong)?"
    r"|tại\s+[Kk]ỳ\s+họp(?:\s+thường\s+lệ)?(?:\s+(?:giữa|cuối))?)"
    + SEASON + r"?\s*$",
    regex.IGNORECASE,
)

# Periods: "từ A đến (hết) B", "A - B", "giai đoạn 2021 - 2025".
# A time of day and a weekday a date may carry: "18h00 tối Thứ Bảy ngày 22/11/2025", "03h00 sáng Chủ Nhật ngày …".
CLOCK = r"(?:\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?:\s*phút)?[’']?\s*)?(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật)\s*,?\s*)?"
RANGE_JOIN = regex.compile(rf"^\s*(?:đến\s+hết|đến|tới|[-–])\s*{CLOCK}(?:ngày\s+)?$")
# "Từ ngày 15/11 đến ngày 20/11/2025": the first date borrows the second's year; "từ ngày 08 đến
# ngày 10 tháng 12 năm 2025": its month and year; "từ tháng 3 đến tháng 10/2026", "từ quý II đến quý III/2026" (s29i): its year.
FROM_PARTIAL = regex.compile(
    rf"(?P<from>[Tt]ừ|[Kk]ể\s+từ)\s+(?:(?:ngày\s+)?{DAY}\s*(?:/\s*|\s+tháng\s+){MONTH}|ngày\s+{DAY}|tháng\s+(?P<only_month>0?[1-9]|1[0-2])"
    rf"|(?i:qu[ýí])\s+(?P<only_quarter>IV|I{{1,3}}|[1-4])(?!\w))\s*(?:đến\s+hết|đến|[-–])\s*(?:ngày\s+)?$")
# Two days of one month joined by a dash, the first bare: "ngày 02 - 03/6/2026", "các ngày 11 - 12/6/2026", "đợt 1 ngày 01 -
# 02/6/2026" (an exam's or a campaign's days, as calendars print them): the first day borrows the second's month and year.
# Its "ngày" is written; a bare "02 - 03/6/2026" is left alone. (The empty groups stand for FROM_PARTIAL's.)
DAY_SPAN_PARTIAL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<from>[Nn]gày)\s+{DAY}\s*[-–]\s*(?P<month>)(?P<only_month>)$")
# A time cell that opens with a day (or a month) without its year, joined to a dated one: "01/6 - 31/7/2027", "15/5 đến
# 15/6/2027", "Tháng 5 đến tháng 7/2027" (its "Từ" left out, as a narrow column has it): the first borrows what the second states.
CELL_PARTIAL = regex.compile(
    rf"(?i)^[\s*_]*(?P<from>(?:từ|kể\s+từ)\s+)?(?:(?:ngày\s+)?{DAY}\s*/\s*{MONTH}|tháng\s+(?P<only_month>0?[1-9]|1[0-2]))"
    r"\s*(?:đến\s+hết|đến|[-–])\s*(?:ngày\s+)?$")
# "Thời gian: từ nay đến (hết) năm 2030" after a time label: a period from the plan's issue (date null).
FROM_NOW = regex.compile(r"(?P<from>[Tt]ừ)\s+nay\s+(?P<join>đến\s+hết|đến|tới)\s+$")
# A period whose end is an event: "Từ tháng 10/2025 đến khi tổ chức thành công Đại hội …" (its start only).
UNTIL_EVENT = regex.compile(r"(?i)^\s*(?:đến|tới)\s+khi\b")
# A period from the plan's issue to an event: "từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại
# hội …": relative, date null, its date_raw.
ISSUE_TO_EVENT = regex.compile(
    r"(?i)(?:từ|kể\s+từ)\s+(?:ngày|khi)\s+(?:ký\s+)?ban\s+hành(?:\s+(?:Kế\s+hoạch|Chương\s+trình|Quyết\s+định)(?:\s+này)?)?\s+(?:đến|tới)\s+khi\b[^.;\n]{3,160}")
# what an ISSUE_TO_EVENT holds, and the characters it never holds: it is scanned for only between two of those around
# each "ban hành" (`extractors.stretches`; 4x faster than a scan of the whole text)
ISSUE_WORDS = regex.compile(r"(?i)ban\s+hành")
ISSUE_TO_EVENT_STOPS = stop_pattern(r".;")
RANGE_OPEN = regex.compile(rf"(?:[Tt]ừ|[Kk]ể\s+từ)\s*{CLOCK}(?:ngày\s+)?$")
# (the document named first: "Kể từ ngày Quyết định được ban hành đến hết ngày 28/02/2027", "từ ngày Kế hoạch này có hiệu lực
# đến …")
ISSUE_DOC = r"(?:Kế\s+hoạch|Chương\s+trình|Quyết\s+định|Đề\s+án|Nghị\s+quyết)"
FROM_ISSUE = regex.compile(
    r"(?P<from>[Tt]ừ|[Kk]ể\s+từ)\s+(?:ngày|khi)\s+(?:(?:ký\s+)?ban\s+hành(?:\s+" + ISSUE_DOC + r"(?:\s+này)?)?"
    r"|" + ISSUE_DOC + r"(?:\s+này)?\s+(?:được\s+)?(?:(?:ký\s+)?ban\s+hành|có\s+hiệu\s+lực(?:\s+thi\s+hành)?))"
    r"\s+(?P<join>đến\s+hết|đến)\s+(?:ngày\s+)?$")

# A section row of a task table that is a phase: the rows under it are bounded by it
# ("Giai đoạn 2026 - 2027", "Năm 2026", "II. Từ năm 2028 đến năm 2030").
SECTION_PHASE = regex.compile(
    r"(?i:^(?:[IVX]{1,4}|[A-Z]|\d{1,2})?[.)]?\s*(?:nhiệm\s+vụ\s+)?(?:thực\s+hiện\s+)?(?P<phase>(?:trong\s+|từ\s+)?(?:năm|giai\s+đoạn)\s+"
    r"(?P<y1>20\d\d)(?:\s*(?:[-–]|đến(?:\s+năm)?)\s*(?P<y2>20\d\d))?)\s*:?$)")

# --- the clause around a date -------------------------------------------------------------
TRINH = r"(?<!(?:chương|công|quy|lộ|tờ|hành|giáo|tiến)\s)\btrình\b(?!\s+(?:độ|tự|bày|diễn|chiếu))"
SUBMIT = regex.compile(r"(?i:\bgửi\b|\bnộp\b|" + TRINH + r"|báo\s+cáo\s+(?:kết\s+quả|về|gửi|tổng\s+kết|sơ\s+kết|định\s+kỳ|tình\s+hình|tiến\s+độ|Ủy|UBND|Sở|Bộ|Tỉnh\s+ủy)|đăng\s+ký)")
REVIEW = regex.compile(r"(?i:sơ\s+kết|tổng\s+kết|đánh\s+giá|kiểm\s+tra|giám\s+sát|giữa\s+kỳ)")
# Handing something over, in a clause: what makes a report a submission rather than a review.
HAND_OVER = regex.compile(r"(?i:\bgửi\b|\bnộp\b|" + TRINH + r")")
PERIOD_LABEL = regex.compile(r"(?i:thời\s+gian\s+(?:thi\s+đua|thực\s+hiện|triển\s+khai|tổ\s+chức|phát\s+động|áp\s+dụng)|thời\s+gian\s+bắt\s+đầu)")
# An action a year-only date must govern ("sơ kết vào năm 2023", "trình HĐND tại Kỳ họp giữa năm 2021").
YEAR_ACTION = regex.compile(r"(?i:sơ\s+kết|tổng\s+kết|báo\s+cáo|\bgửi\b|" + TRINH + r"|\bnộp\b|ban\s+hành|hoàn\s+thành|đánh\s+giá|kiểm\s+tra)")

# A year that closes a clause opening with a verb of delivery, after "trong" ("- Số hóa tư liệu … của 10 làng nghề tiêu biểu trong
# năm 2027.", "Thành lập Trung tâm hỗ trợ khởi nghiệp … trong năm 2026;"): the time of that action, as a year opening the
# sentence is (YEAR_OPENING). The verbs: the commitment words of the targets' cues (extractors/targets/cues.tsv, kind
# commitment: the outputs a plan commits to deliver), at the sentence's or a ";"-clause's start after its bullet or ordinal.
def _delivery_verbs() -> list[str]:
    from pathlib import Path

    from extractors.vocabulary import load_tsv

    rows = load_tsv(Path(__file__).resolve().parent.parent / "targets" / "cues.tsv")
    return sorted({r[0] for r in rows if len(r) > 1 and r[1] == "commitment"} - NOT_ONE_DELIVERY, key=len, reverse=True)


# Commitment cues that name no one delivery: the words of goals and ongoing duties ("Phát huy vai trò … trong năm 2024",
# "Phát triển các sản phẩm …", "Bảo đảm an ninh …", "Phấn đấu …", "Mục tiêu …"), whose year is the goal's.
NOT_ONE_DELIVERY = {"phát", "phát triển", "bảo đảm", "đảm bảo", "mục tiêu", "chỉ tiêu", "tổng số", "phấn đấu"}


# (s32a: and "mở" before a count, the classes a plan opens: "mở 120 lớp \"Bình dân học vụ số\" … trong năm 2026", "Mở 04 lớp
# bồi dưỡng … trong năm 2026"; not a cue of its own, "mở rộng", "mở cửa" and "mở chuyên mục" deliver no count)
DELIVERY_OPENING = regex.compile(r"(?i)" + ITEM_MARK + r"(?:"
                                 + "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in _delivery_verbs())
                                 + r"|mở(?=[^\S\n]+\d))(?![\p{L}\p{M}])")
IN_YEAR = regex.compile(r"(?i:trong)\s*")
UNTIL_YEAR_END = regex.compile(r"(?i:(?:hoàn\s+thành\s+)?đến\s+hết)\s*")
# A year that closes a clause of completion after a comma ("Số hóa hồ sơ … tại 100% Điểm giao dịch xã, hoàn thành đến hết năm
# 2027.", "…, hoàn thành trong năm 2027."): the time of the delivery the clause before names, whatever figure it names.
COMPLETION_AFTER_COMMA = regex.compile(r",[^\S\n]*$")
COMPLETION_CUE = matched_in_place(r"(?i:hoàn\s+thành)(?![\p{L}\p{M}])")
# w23a: a clause after a comma that puts a work into use, closed by its year ("Văn phòng Cảng vụ chủ trì triển khai hệ thống
# VTS …, đưa vào vận hành trong năm 2028."): the time the work is due in service (Luật Xây dựng 2014, Điều 124: nghiệm thu,
# bàn giao đưa công trình vào khai thác, sử dụng), as "…, hoàn thành trong năm 2027." is the delivery's
COMMISSIONED_BEFORE = regex.compile(r"(?i:,[^\S\n]*(?:hoàn\s+thành(?:[^\S\n]*,|[^\S\n]+và)?[^\S\n]*)?đưa\s+vào\s+"
                                    r"(?:vận\s+hành|sử\s+dụng|khai\s+thác|hoạt\s+động)(?:[^\S\n]*,[^\S\n]*sử\s+dụng)?[^\S\n]*$)")
YEAR_CLOSES_CLAUSE = matched_in_place(r"[^\S\n]*(?:[.;]|$)", regex.MULTILINE)
# A year that opens a sentence of actions with "Trong" ("Trong năm 2026, tổ chức 02 lớp tập huấn …", "- Trong năm 2026,
# các xã rà soát …"): the time of what the sentence asks, whatever its verb (not "Vào năm 2030": a horizon).
YEAR_OPENING = matched_in_place(r"(?i)" + ITEM_MARK + r"(?:ngay\s+)?trong\s+")
YEAR_OPENING_AFTER = matched_in_place(r"\s*,(?![^.;:\n]*?(?<![\p{L}\p{M}])có\s+\d)")  # (not a count the year has: "Trong năm 2026,
# toàn tỉnh có 120 hợp tác xã")
# A year that targets are stated for: "đến (cuối) năm 2025", a sentence with a value in it.
BY_YEAR = regex.compile(r"(?i:đến|tới)\s*$")
# "Đến (hết, cuối) tháng 6/2026, tỷ lệ giải ngân đạt 60%": a month or quarter by which a figure is reached, the target's time.
BY_TIME_CUE = regex.compile(rf"(?i)^(?:đến|tới)(?:\s+hết)?(?:\s+{PART_OF})?\s*$")
# (a yearless day and month after "ngày" is a date, no fraction: "trước ngày 15/12 hằng năm; … tổng kết vào năm 2030")
# (a day of a month after another in a list is no fraction: "trước ngày 20/6 và 20/12 hằng năm")
TARGET_VALUE = regex.compile(r"\d\s*%|(?<!\d)(?<!(?i:ngày)[^\S\n]{0,3})\d+/\d+\s+(?!(?i:h[ằà]ng|mỗi|và)(?![\p{L}\p{M}]))\p{L}")

# Not deadlines: anniversaries and commemorations, a document's date line.
ANNIVERSARY = regex.compile(r"(?i:kỷ\s+niệm|ngày\s+thành\s+lập|ngày\s+sinh|chiến\s+thắng|giải\s+phóng|ngày\s+truyền\s+thống|năm\s+ngày|lần\s+thứ)")
# A named observance day right before its date ("hưởng ứng Ngày Quốc tế Đa dạng sinh học 22/5 hằng năm", "Ngày Môi trường
# thế giới (05/6)", "Ngày Pháp luật Việt Nam (ngày 9/11)"): the day's own date, as an anniversary's, bounds no action
# (unless a cue puts the action by that day: "hoàn thành trước Ngày Quốc tế … 22/5/2026").
# (its two pieces: no cue right before "Ngày", and the day's name after its first letter up to the date, with no cue in it)
_NO_CUE_BEFORE_DAY = r"(?<![\p{L}\p{M}])(?<!(?i:trước|vào|đến|hạn|nhất|hết)\s+)"
_DAY_NAME_REST = r"(?:(?!\s(?:trước|từ|đến|vào|chậm|hạn|hoàn|kể|trong)\b)[^\n.;:!?()\d]){0,70}[\s(]*(?:ngày\s+)?$"
OBSERVANCE_BEFORE = regex.compile(_NO_CUE_BEFORE_DAY + r"Ngày\s+\p{Lu}" + _DAY_NAME_REST)
# w21a: …and, for a date without a year only, a day whose name goes on in lower case after a capital "Ngày" inside a sentence
# ("hưởng ứng … Ngày toàn dân phòng, chống ma túy 26/6 hằng năm", "Ngày toàn dân phòng cháy, chữa cháy 04/10 hằng năm", "Ngày
# thương binh, liệt sĩ 27/7 hằng năm"; the first set by the Luật Phòng, chống ma túy, the second by the Luật Phòng cháy và chữa
# cháy 2001, written so in them): the capital says a name where no sentence opens, and the day's own date recurs each year.
# Not a dated day (an event the plan holds on a date is its deadline: "Tổ chức Ngày chạy Olympic vì sức khỏe toàn dân cấp tỉnh
# ngày 22/3/2026").
OBSERVANCE_LOWER_BEFORE = regex.compile(_NO_CUE_BEFORE_DAY + r"(?<=[\p{L}\p{M},][ \t]+)Ngày[ \t]+\p{Ll}" + _DAY_NAME_REST)
# "Ninh Bình, ngày 01 tháng 11 năm 2024" (the document's own date), alone, after its "Số:" cell or quoted
# ("… ghi rõ 'Số 104-CTr/TU, Lào Cai ngày 30 tháng 8 năm 2026'").
DATE_LINE = regex.compile(r"(?:(?:^|\t)\s*\p{Lu}[\p{L}\p{M} .]{1,40},|(?:^|[\t'‘\"“(]|,\s)\s*(?!(?i:trước|từ|đến|vào|trong|chậm|hạn|hết|kể)\b)\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){1,4},?)\s*ngày\s*\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm|[/.-]\s*\d{1,2}\s*[/.-])\s*\d{4}", regex.MULTILINE)
# what a DATE_LINE cannot do without, a literal the regex engine finds fast, and the characters it never holds: it is
# tried only between two of those around each "ngày 01" (`extractors.stretches`; 4x faster than a scan of the text)
DATE_LINE_ANCHOR = regex.compile(r"ngày\s*\d")
DATE_LINE_STOPS = stop_pattern(r";:!?)\]}”’|*=+%…\[{<>#–")
# A document cited by name or by an unusual number ("Luật Xây dựng ngày 18 tháng 6 năm 2014",
# "Văn bản số YBB-SA032/26-LR ngày 21/4/2026"): its date follows "ngày" with no cue.
CITED_BEFORE = regex.compile(
    r"(?:Luật|Bộ\s+luật|Hiến\s+pháp|Pháp\s+lệnh|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Công\s+văn|Văn\s+bản|Kết\s+luận|Hướng\s+dẫn|Thông\s+báo|Tờ\s+trình|Quy\s+định|Chương\s+trình|Đề\s+án|\bsố\s+\S+|\d+/(?:\d{4}/)?[\p{Lu}Đ]+[-/])[^.;\n]{0,160}$")
# A document cited by its number earlier in the sentence ("Quyết định số 1592/QĐ-UB ngày 7/4/2009 … về chuẩn
# nghèo … giai đoạn 2009-2013"): a period after it is the cited document's.
CITED_NUMBER = regex.compile(r"(?:\bsố\s+\d+\S*|\d+/(?:\d{4}/)?[\p{Lu}Đ]+[-/])[^.;\n]{0,160}$")
# The subject of a document cited by number ("Nghị quyết số 86/NQ-CP ngày 04/11/2025 về triển khai nhiệm vụ trọng tâm
# những tháng cuối năm 2025"): a time there, without a cue of its own, belongs to the cited document's title.
CITED_SUBJECT = regex.compile(r"(?:\bsố\s+\d+\S*|\d+/(?:\d{4}/)?[\p{Lu}Đ]+[-/])[^.;\n]{0,80}?\svề\s[^.;:\n]{0,120}$")
# What a cell of bodies may hold besides their names: separators, "và", "các … liên quan" ("Bộ Tư pháp, Bộ Y tế và các cơ
# quan liên quan"), a role in parentheses ("(chủ trì)").
NOT_A_NAME = regex.compile(r"(?i)\b(?:và|các|cơ\s+quan|đơn\s+vị|liên\s+quan|chủ\s+trì|phối\s+hợp|có\s+liên\s+quan)\b|[\s,;:.()*_\-–/|+]+")
# A cell that holds nothing but a row's number: "2", "15.", "II", "B11" (a step of a procedure).
ROW_NUMBER_CELL = regex.compile(r"[\s*|]*(?:[A-Z]?\d{1,3}|[IVX]{1,5})[.)]?[\s*|]*")
QUOTED = regex.compile(r"[“\"][^”\"\n]{0,300}[”\"]")
SENTENCE_END = regex.compile(r"\n|(?<=[.!?;])\s+(?=[\p{Lu}\d\"“(-])")

# --- task-table time cells (read as a whole) ----------------------------------------------
# The time column's header, a cell of its own: "Thời gian hoàn thành", "Thời hạn thực hiện (*)", "Tiến độ".
TIME_HEADER = regex.compile(r"(?i)[\s*|]*(?:thời\s+gian|thời\s+hạn|tiến\s+độ|thời\s+điểm|mốc\s+thời\s+gian|lộ\s+trình)(?:\s+[\p{L}/]+){0,5}[\s*()|]*")
# The words a time header cannot do without (`TIME_HEADER` above, `HEADER_LINE` below): a line without one opens no table.
TIME_WORD_PARTS = (r"thời\s+(?:gian|hạn|điểm)", r"tiến\s+độ", r"lộ\s+trình")
TIME_WORD = regex.compile("(?i)" + "|".join(TIME_WORD_PARTS))
# each on its own, a literal-first pattern the engine finds fast: their matches never overlap, so the three scans find
# the matches of one scan for TIME_WORD (in half the time)
EACH_TIME_WORD = tuple(regex.compile(f"(?i){part}") for part in TIME_WORD_PARTS)
# A cell that ends the table a time header opened: the signature block, an annex, a targets table.
TABLE_END = regex.compile(r"(?i)[\s*|]*(?:nơi\s+nhận|phụ\s+lục|đơn\s+vị\s+tính|đvt|tm\.|kt\.)\b")
# Years in a time cell: "2026-2027", "Năm 2026 - 2027"; a year alone: "2026", "Năm hiện hành 2025".
CELL_YEARS = regex.compile(r"(?<![\d/.])(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>(?:19|20)\d\d)(?![\d/])")
CELL_YEAR = regex.compile(r"(?<![\d/.,])(?P<y1>(?:19|20)\d\d)(?![\d/]|[.,]\d)")
# A month written as in a table: "12/2025", "Tháng 3-4/2026" (a period of months).
CELL_MONTH = regex.compile(r"(?i)(?<![\d/.])(?:tháng\s+(?P<m1>0?[1-9]|1[0-2])\s*[-–]\s*)?(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<y>(?:19|20)\d\d)(?![\d/])")
# A time cell that states a month or a quarter and no year ("Tháng 3 - tháng 5", "Tháng 3 - 5", "Quý II", "Trong tháng 11",
# "Quý III - Quý IV"; a list "Tháng 6, tháng 12", "Quý I và Quý III": each item), in a yearly plan's task table: a deadline
# whose year the text does not state (date null, never inferred).
YEARLESS_MONTH = r"(?:0?[1-9]|1[0-2])"
YEARLESS_QUARTER = r"(?:IV|I{1,3})"
YEARLESS_TO = r"\s*(?:[-–]|đến(?:\s+hết)?)\s*"
YEARLESS_ITEM = (rf"(?P<month>tháng\s+{YEARLESS_MONTH}(?:{YEARLESS_TO}(?:tháng\s+)?{YEARLESS_MONTH})?(?![\d/]))"
                 rf"|(?P<quarter>qu[ýí]\s+{YEARLESS_QUARTER}(?:{YEARLESS_TO}(?:qu[ýí]\s+)?{YEARLESS_QUARTER})?(?![\p{{L}}\d/]))")
CELL_YEARLESS_ITEM = regex.compile(rf"(?i){YEARLESS_ITEM}")
CELL_YEARLESS = regex.compile(
    rf"(?i)^[\s*_]*(?:(?:trong|vào|từ|trước|hoàn\s+thành(?:\s+trong)?|xong\s+trong|dự\s+kiến)\s+)?"
    rf"(?:{YEARLESS_ITEM})(?:\s*(?:,|;|và|hoặc)\s*(?:{YEARLESS_ITEM}))*[\s*_.;]*$")
# Two dates of one cell that make a period: "Quý IV/2025 - Quý II/2026", "Từ tháng 3 đến tháng 10/2026".
CELL_JOIN = regex.compile(r"(?i)^\s*(?:[-–]|đến(?:\s+hết)?|tới)\s*$")
# A time relative to an event: "Ngay sau khi có Nghị quyết của HĐND tỉnh", "Sau 03 tháng kể từ …".
# A step of an administrative procedure (a "Thời gian" column of a table of procedures): "Ngay sau khi nhận đủ hồ sơ hợp lệ",
# "Sau khi nhận được kết quả giải quyết, …": how long a step takes once a file arrives, not a deadline of the plan.
PROCEDURE_STEP = r"\s+(?:tiếp\s+)?nhận\s+(?:đủ\s+|được\s+)?(?:hồ\s+sơ|đơn|kết\s+quả)"
RELATIVE_CELL = regex.compile(rf"(?i)^[\s*]*(?:ngay\s+)?(?:sau\s+khi\b(?!{PROCEDURE_STEP})|sau\s+(?:\d+|một|hai|ba)\s+(?:ngày|tháng|năm)\b)")
# A yearly time without a year: "Tháng 12 hằng năm", "Trước ngày 15/12 hàng năm", "Quý IV hằng năm".
CELL_RECURRING = regex.compile(
    r"(?i)(?:tháng\s+(?:0?[1-9]|1[0-2])|ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}|\s+tháng\s+\d{1,2})?|\d{1,2}\s*/\s*\d{1,2}|quý\s+(?:IV|I{1,3}|[1-4]))\s+h[ằàa]ng\s+(?P<unit>năm|quý|tháng)")
# What joins two times of one cell that are each a deadline ("Quý II/2026 và Quý IV/2026", "Tháng 6, tháng 12 hằng năm").
CELL_AND = regex.compile(r"(?i)^[\s*_]*(?:,|;|và|hoặc)[\s*_]*$")
# … or with a note on the first in parentheses ("Quý II/2026 (trình); Quý IV/2026 (ban hành)").
CELL_NOTE_AND = regex.compile(r"(?i)^[\s*_]*\([^()\n]{1,40}\)[\s*_]*(?:,|;|và|hoặc)[\s*_]*$")
# The months coordinated before a cell's dated month ("Tháng 6, tháng 12/2026", "Tháng 3 và tháng 9/2026"): each in its year.
CELL_MONTHS_BEFORE = regex.compile(r"(?i)(?P<items>(?:tháng\s+(?:0?[1-9]|1[0-2])\s*(?:,|;|và|hoặc)\s*)+)(?:tháng\s*)?$")
# The years coordinated before a cell's year ("Năm 2026, năm 2027", "Năm 2026 và năm 2027": a capitalised "Năm" opening the cell is
# no WHEN, so the one read is the last): each its own deadline. Not a period's first year ("2026 - 2027" is read as one).
CELL_YEARS_BEFORE = regex.compile(r"(?i)(?<![\d/.,-]\s*)(?P<items>(?:(?:năm\s+)?(?:19|20)\d\d\s*(?:,|;|và|hoặc)\s*)+)(?:năm\s*)?$")
# The months a recurring cell names before its last one ("Tháng 6 và tháng 12 hằng năm").
CELL_MONTH_ITEM = regex.compile(r"(?i)tháng\s+(?P<m>0?[1-9]|1[0-2])(?!\d)")

# Words a time cell may hold besides its date: nothing else may be left for a cell found without
# the table model ("Xong trong Quý II/2026", "Trước 31/12/2026", "Năm hiện hành 2025").
CELL_FILLER = regex.compile(
    r"(?i)\b(?:trước|trong|xong|hoàn\s+thành|dự\s+kiến|từ|đến|hết|năm|hiện\s+hành|ngày|cả|xuyên\s+suốt|và|giai\s+đoạn|chậm\s+nhất|tháng|quý|quí|vào|cuối|đầu|giữa)\b|[\s,;:.()*_\-–/]+")

# A time cell that opens with its time and then remarks on it: "Giai đoạn 2026 - 2027. Thực hiện rà soát, cập
# nhật (nếu có)", "Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên, liên tục", "Triển khai từ năm
# 2026 và thực hiện thường xuyên". The lead ends at a sentence's end or a coordinated clause.
CELL_LEAD_END = regex.compile(r"\.\s+(?=\p{Lu})|\s+và\s+(?!(?:tháng|quý|quí|năm|ngày)\b)|\s+\(|\.?\n")
CELL_LEAD_FILLER = regex.compile(r"(?i)\b(?:thực\s+hiện|triển\s+khai)\b")

# --- phases that bound the plan's actions --------------------------------------------------
YEARS = r"(?P<y1>(?:19|20)\d\d)(?:\s*[-–]\s*(?P<y2>(?:19|20)\d\d))?(?![\d/])"
# A numbered phase whose years follow in parentheses: "Giai đoạn 1 (2025 - 2026):", "Giai đoạn II (năm 2027):".
NUMBERED_PHASE = r"giai\s+đoạn\s+(?:\d{1,2}|[IVX]+)"
# A heading that is a phase: "Giai đoạn 2031 - 2035", "Năm 2026", "Năm 2026: hoàn thành …" (the marker
# "1." may sit on the line before, where a PDF wrapped it), or a numbered phase with its years in parentheses.
PHASE_HEADING = regex.compile(
    rf"(?im)^[ \t*#_]*(?P<marker>(?:[IVX]+[.)]?|\d+(?:\.\d+)+\.?|\d+[.)])\s+|[a-zđ]\)\s+|[-+•–]\s*)?[*_]*(?:(?P<when>(?:giai\s+đoạn|năm|từ\s+năm)\s+{YEARS})"
    rf"|{NUMBERED_PHASE}\s*\(\s*(?P<when>(?:năm\s+)?{YEARS})\s*\))[*_\s]*(?P<colon>:|$)")
# A list marker alone on its line (a PDF or DOCX wrap put the heading's words on the next line).
BARE_MARKER = regex.compile(r"^[\s*#_]*(?:[IVX]+|\d+(?:\.\d+)*)[.)][*_\s]*$")
# A heading of actions that names their time: "1. Các nhiệm vụ cần làm ngay trong năm 2026",
# "2. Nhiệm vụ thực hiện theo lộ trình đến năm 2030".
TASK_TIME_AT_LINE_END = rf"(?P<when>(?:trong|đến|đến\s+hết|giai\s+đoạn)\s+(?:năm\s+)?{YEARS})[*_\s]*:?[*_\s]*$"
TASK_HEADING = regex.compile(
    rf"(?im)^[ \t*#_]*(?:(?:[IVX]+|\d+(?:\.\d+)*)[.)]?\s+)?(?=[^\n]{{0,60}}\b(?:nhiệm\s+vụ|công\s+việc|hoạt\s+động)\b)[^\n.;:]{{0,80}}?{TASK_TIME_AT_LINE_END}")
# A text with no line ending in such a time has no such heading: one quick search rules it out
# (a scan for a pattern that opens at every line start is slow; most decrees and laws have none).
ENDS_A_LINE_WITH_A_TIME = regex.compile(rf"(?im){TASK_TIME_AT_LINE_END}")
# (and it is searched for only between two characters none of its matches holds around each year: `extractors.stretches`)
ENDS_A_LINE_STOPS = stop_pattern(r";,.!?()\[\]“”\"'’‘|=+%…<>#{}")
# The part of the plan a heading sits in (its "I. …" heading): phases of actions, not of targets.
# (its title may wrap over two more lines, never over the next part's heading: "I. MỤC TIÊU\n<one line>\nII. NHIỆM VỤ")
# (s26f: nor over the part's first item: "V. TIẾN ĐỘ THỰC HIỆN\n1. Giai đoạn 1 (…): hoàn thiện tiêu chí …" is no title of targets)
ROMAN_HEADING = regex.compile(r"(?m)^[\s*#_]*(?:[IVX]+\.|PHỤ\s+LỤC|Phụ\s+lục)\s*[^\n]*(?:\n(?![\s*#_]*(?:[IVX]+\.|PHỤ\s+LỤC|Phụ\s+lục"
                           r"|\d+(?:\.\d+)*[.)][^\S\n]|[a-zđ]\)[^\S\n]|[-+•–][^\S\n]))[^\n]*){0,2}")
ACTION_PART = regex.compile(r"(?i:nhiệm\s+vụ|giải\s+pháp|lộ\s+trình|tổ\s+chức\s+thực\s+hiện|tiến\s+độ|nội\s+dung|hoạt\s+động|phân\s+công|kế\s+hoạch\s+thực\s+hiện)")
TARGET_WORDS = regex.compile(r"(?i:mục\s+tiêu|chỉ\s+tiêu|tiêu\s+chí|tầm\s+nhìn|định\s+hướng|quan\s+điểm|tình\s+hình|kết\s+quả\s+(?:đạt|thực\s+hiện))")
# w20c: a roadmap inside the part of targets ("III. MỤC TIÊU … 3. Lộ trình thực hiện", "2. Tiến độ thực hiện", "Phân kỳ thực
# hiện"): its phases ("- Giai đoạn 2026 - 2027: hoàn thành xử lý 08 bãi chôn lấp …") bound the plan's actions as a part of
# actions' do, whatever values they name (EXTRACTION.md: "Giai đoạn 2026-2027: hoàn thành …" is a deadline; the gold of
# so_khcn_tieu_chuan_do_luong_chat_luong, tinh_bo_tri_on_dinh_dan_cu records such phases under "MỤC TIÊU").
ROADMAP_HEADING = regex.compile(r"(?im)^[^\S\n]*[*_#]*[^\S\n]*\d{1,2}(?:\.\d{1,2})*[.)][^\S\n]*[*_]*[^\S\n]*(?P<title>[^\n]{1,80})$")
ROADMAP_WORDS = regex.compile(r"(?i:^(?:lộ\s+trình|tiến\s+độ|phân\s+kỳ)(?![\p{L}\p{M}]))")

# Years a time label states: "Thời gian thực hiện: Giai đoạn 2026-2030 và những năm tiếp theo", "Thời gian
# thực hiện: Năm 2026 và các năm tiếp theo", "3. Thời gian thực hiện: Từ năm 2026 - 2030".
LABELLED_YEARS = regex.compile(
    rf"(?i:{LABEL_WORDS}(?:\s+\p{{L}}+){{0,4}}\s*:[\s*_]*(?P<when>(?:giai\s+đoạn|từ\s+năm|năm)\s+{YEARS}"
    rf"|{YEARS}(?=[*_\s]*(?:[.;,)\n]|$|và\s))))")  # bare years the label's clause ends with: "Thời gian thực hiện: 2025 - 2030."
# what every LABELLED_YEARS match holds (the label's colon) and the characters none holds: a text is scanned for one
# only between two of those around each colon (`extractors.stretches`; a scan of the whole text for a label opened by
# a choice of words tried at every character was about 6x slower)
LABELLED_YEARS_COLON = regex.compile(":")
LABELLED_YEARS_STOPS = stop_pattern(r";,.!?()\[\]“”\"'’‘|=+%…<>#{}")
# The time a label states relative to an event: "Thời gian thực hiện: Sau khi Nghị định … được ban hành",
# "Thời hạn: Ngay sau khi có Nghị quyết của HĐND tỉnh". Date null, its date_raw (up to the clause's end).
LABELLED_RELATIVE = regex.compile(
    r"(?i:(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+\p{L}+){0,4}\s*:[\s*_]*(?P<when>(?:ngay\s+)?sau\s+khi\b"
    r"(?!" + PROCEDURE_STEP + r")[^.;\n]{3,200}))")  # not a procedure's "sau khi nhận đủ hồ sơ"
# A date in the condition of a rule ("… phát sinh trước ngày 01/01/2026 thì việc thu, nộp …", "người đang hưởng
# trợ cấp trước ngày 01 tháng 7 năm 2025 mà chết từ ngày 01 tháng 7 năm 2025 trở đi thì: …"): a cut-off that says
# which cases the rule covers, not a time by which something must be done. The "thì" closes the condition right
# after the date (no comma, no new condition between), and no action is due by the date ("chậm nhất", "báo cáo").
# A cut-off that says which cases a provision covers, not a time by which something must be done (laws, decrees):
# - a participle qualifying a thing: "Đối tượng … được pháp luật quy định trước ngày 01/01/2025", "Hợp đồng … được ký
#   trước ngày 01/7/2025", "hồ sơ đã được phê duyệt trước ngày …" (not "phải được gửi trước ngày …": an obligation);
# - a state that still holds after it: "… mà còn hiệu lực sau ngày 01/7/2025";
#   (not where an action is to be completed for the things in that state: "Hoàn thành số hóa kết quả giải quyết thủ tục
#   hành chính còn hiệu lực trước ngày 30/6/2025");
# - the scope of a rule: "Việc nhận xét, đánh giá đối với thời gian tập sự trước ngày 01/7/2025 được thực hiện …".
CUT_OFF_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?<!(?:phải|cần|buộc)\s+)(?:đã\s+)?được(?:\s+[\p{L}\p{M}]+){0,3}?\s+(?:ký(?:\s+kết)?|giao\s+kết|quy\s+định|"
    r"cấp|phê\s+duyệt|ban\s+hành|bổ\s+nhiệm|tuyển\s+dụng|công\s+nhận|thành\s+lập|xác\s+định|cho\s+phép|chấp\s+thuận)"
    r"|(?<!(?:hoàn\s+thành|hoàn\s+tất)[^,.;:\n]{1,80})(?:còn|có)\s+hiệu\s+lực(?:\s+thi\s+hành)?)"
    r"\s+(?:trước|sau|từ)\s*(?:ngày\s*)?$")
# A commitment opening the clause ("Phấn đấu 100% văn bản quy định chi tiết … được ban hành trước ngày 31 tháng 12 năm 2026",
# "bảo đảm các dự án được phê duyệt trước ngày …"): what the plan strives to have done by the date, not which cases a
# provision covers; the participle before the date is the target's, and the date when it is due (s34d).
# (w23a: or a clause opened by the share it commits to, "…; 100% doanh nghiệp cảng biển có kế hoạch ứng phó sự cố tràn dầu
# được phê duyệt trước ngày 31/12/2026.": a target's share, as "Phấn đấu 100% …" is, not a case a rule covers)
COMMITMENT_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:phấn\s+đấu|bảo\s+đảm|đảm\s+bảo)(?![\p{L}\p{M}])[^.;:]*$"
                                  r"|(?<=(?:^|[;:\n])[^\S\n]{0,3})(?:[-+•][^\S\n]*)?\d{1,3}(?:,\d+)?[^\S\n]*%[^\S\n]+\p{L}[^.;:\n]*$)")
# The scope of a rule ("Việc nhận xét, đánh giá đối với thời gian tập sự trước ngày 01/7/2025 được thực hiện …"): a cut-off
# where the sentence goes on after the date or the document sets rules; in a plan, "thẩm định hồ sơ … đối với các dự án nhà
# ở trước ngày 31/5/2025." ends its clause at the date: the time the task is due by.
SCOPE_CUT_OFF_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])đối\s+với(?:(?!\b(?:chậm\s+nhất|hoàn\s+thành|báo\s+cáo|gửi|trình|nộp|phải|và|hoặc)\b)[^,.;:\n\d]){1,60}?)"
    r"\s+(?:trước|sau|từ)\s*(?:ngày\s*)?$")
# A cut-off followed by what held by then ("… mà trước ngày 01/01/2025 đã được cơ quan có thẩm quyền xác định là …"):
# a past state, not a deadline.
PAST_STATE_AFTER = matched_in_place(r"(?i)\s+đã(?![\p{L}\p{M}])")
# A cut-off that says who or which cases a rule covers by a state they are in or were in then: "Người lao động đã tham
# gia bảo hiểm xã hội trước ngày 01/7/2025 mà …", "người đang hưởng chế độ ốm đau trước ngày …", "Người lao động có thời
# gian đóng bảo hiểm xã hội trước ngày …", "các hộ đang sinh sống trên địa bàn từ trước ngày …". The state ("đã", "đang",
# "có/còn thời gian") and the date are in one stretch of words (no comma but in a list of points cited: "điểm a, b và i
# khoản 1 Điều 2"; no action or obligation between, but what was done to them: "Hộ nghèo đã được hỗ trợ nhà ở trước ngày
# …"): "Các đơn vị đã được giao nhiệm vụ phải hoàn thành trước ngày …", "… đã được phân công, báo cáo trước ngày …" stay
# deadlines.
# (the verb of a change ordered of those in the state: "Các cơ quan đang sử dụng chữ ký số công cộng chuyển sang … trước ngày …")
CHANGE_VERB = (r"\b(?:chuyển|nâng\s+cấp|thay\s+thế|khắc\s+phục|di\s+dời|bàn\s+giao|kết\s+nối|hoàn\s+tất|điều\s+chỉnh|bổ\s+sung|"
               r"sửa\s+chữa|đưa\s+vào|dừng|chấm\s+dứt|đăng\s+ký|tích\s+hợp|số\s+hóa)\b")
STATE_CUT_OFF = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}])(?:đã(?:\s+được)?|đang|(?:có|còn)\s+thời\s+gian)\s+(?!{DUE_WORD}){WORD}"
    rf"(?:\s+(?!{ACTION_VERB}|{DUE_WORD}|{CHANGE_VERB})[\p{{L}}\p{{M}}\d]+"
    r"|\s*,\s*[\p{L}\p{M}\d]{1,2}(?![\p{L}\p{M}\d])){0,24}?"
    r"\s+(?:từ\s+)?(?:trước|sau|từ)\s*(?:ngày\s*)?$)")
# s21rev2: the state says who a rule covers only when the sentence goes on after the date to what applies to them ("… trước
# ngày 01/7/2025 được tính …", "… mà chưa hưởng lương hưu", "… thì …", "…, nay …", "… và từ ngày 01/7/2025 vẫn …"), the rule's
# main clause; a date that ends its clause is when the action before it is due, whatever its verb ("Các dự án đã được phê
# duyệt chủ trương đầu tư khởi công trước ngày 30/9/2026.", "Các công trình đã xuống cấp tháo dỡ trước ngày 30/6/2026.").
STATE_GOES_ON = regex.compile(
    r"(?i)[^\S\n]*(?:trở\s+đi[^\S\n]*)?(?:\([^()\n]{0,160}\)[^\S\n]*)?,?[^\S\n]*(?:mà|thì|nhưng|song|được|vẫn|tiếp\s+tục|không|chưa|"
    r"nay|đều|có\s+quyền|và[^\S\n]+(?:kể[^\S\n]+)?(?:từ|sau|trước|đến))(?![\p{L}\p{M}])")
# The date from which a provision applies, opening a sentence of a document that sets rules ("4. Kể từ ngày 01 tháng 7
# năm 2025, người đang thực hiện chế độ tập sự …"). (In a plan "Kể từ ngày …, các cơ quan thực hiện …" may be a start.)
APPLIES_FROM_OPENING = regex.compile(r"(?i)^[\s\-+•*]*(?:\d+[.)]\s*|[a-zđ]\)\s*)?(?:kể\s+)?từ\s+(?:ngày\s*)?$")
CONDITION_CLOSES_AFTER = matched_in_place(
    r"(?:[^\S\n]+trở\s+đi)?(?:[^\S\n]+(?!(?:nếu|khi|trường\s+hợp)(?![\p{L}\p{M}]))[\p{L}\p{M}\d/]+){0,16}?[^\S\n]+thì(?![\p{L}\p{M}])")
ACTION_DUE_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:chậm\s+nhất|hoàn\s+thành|báo\s+cáo|gửi|trình|nộp|xong|thời\s+hạn|hạn|phải)(?![\p{L}\p{M}]))")
# A plan's words: the plan's own period is a deadline of plans only (not of a decree that names a year).
PLAN_TITLE = regex.compile(r"(?i:kế\s+hoạch|chương\s+trình|đề\s+án|phong\s+trào|thi\s+đua|lộ\s+trình)")
PLAN_HEADING = regex.compile(r"(?m)^[\s*#_|]*(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN)\b")

# A time in parentheses after an action: "… tiến tới thí điểm (2025 - 2026).", "(xuyên suốt 2025 - 2035)",
# "Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030)".
PAREN_TIME = regex.compile(rf"\((?P<when>\s*(?:(?:năm|giai\s+đoạn|xuyên\s+suốt|từ|trong|dự\s+kiến)\s+)?{YEARS}\s*)\)")
# A month or quarter alone in parentheses after an action: "Tổ chức hội nghị sơ kết (tháng 6/2026).", "Tổ chức tập huấn
# (dự kiến quý III/2026)", "Triển khai thực hiện (Quý II - Quý III/2026)".
PAREN_OPEN = regex.compile(r"(?i)\([\s*_]*(?:dự\s+kiến[\s:]*)?$")
PAREN_CLOSE = matched_in_place(r"[\s*_]*\)")
# A span of years an action is done in, in running text: "Triển khai thí điểm trong năm 2026 - 2027", "trong các năm 2026 -
# 2027", "trong hai năm 2026 - 2027" (the count of its years before it: s25a) (not "giai đoạn 2026 - 2030": a programme's period
# named in passing, unless a label or a phase says it).
YEAR_SPAN = regex.compile(r"(?i)(?<![\p{L}\p{M}])trong\s+(?:các\s+|(?:hai|ba|bốn|năm|0?[2-5])\s+)?(?P<when>năm\s+(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>(?:19|20)\d\d))(?![\d/])")
# A phase that opens a clause and the action it bounds ("…; giai đoạn 2026 - 2028 hoàn thành số hóa hồ sơ …", "3. Phát triển
# hạ tầng số: giai đoạn 2025 - 2026 hoàn thành phủ sóng …", "Trong giai đoạn 2026 - 2027, triển khai thí điểm …"): a phase of
# the plan's actions. Not a programme's period (its name before it: "Chương trình … giai đoạn 2021 - 2025 triển khai …"), not
# what was done ("giai đoạn 2021 - 2025 đã hoàn thành …"), not a horizon of targets ("giai đoạn 2026 - 2030, tỷ lệ … đạt …").
PHASE_ACTION = (r"(?:hoàn\s+thành|hoàn\s+thiện|triển\s+khai|thực\s+hiện|tổ\s+chức|xây\s+dựng|ban\s+hành|đầu\s+tư|thí\s+điểm|"
                r"rà\s+soát|số\s+hóa|số\s+hoá|nâng\s+cấp|tập\s+trung|tiếp\s+tục|đưa\s+vào|lắp\s+đặt|cải\s+tạo|phủ\s+sóng|"
                r"sắp\s+xếp|di\s+dời|chuyển\s+đổi|đào\s+tạo|tuyên\s+truyền|nhân\s+rộng|mở\s+rộng|bổ\s+sung|trang\s+bị|mua\s+sắm)(?![\p{L}\p{M}])")
# (s26f: "nhân rộng", "mở rộng": spreading a model is an action as piloting it is; s35e: "bổ sung", "trang bị", "mua sắm":
# equipping is one as building is, "Giai đoạn 2028 - 2030: bổ sung trang thiết bị thiết yếu cho 100% trạm y tế")
# A phase heading's text that opens with its action ("Giai đoạn 2 (2028 - 2030): tập trung nguồn lực …"): what follows is
# what is done, whatever targets it names; not "Giai đoạn 2027 - 2028: các chỉ tiêu cơ bản đạt …" (a horizon of targets).
OPENS_WITH_ACTION = regex.compile(rf"(?i)[^\S\n]*[*_]*[^\S\n]*{PHASE_ACTION}")
PHASE_IN_CLAUSE = regex.compile(
    rf"(?im)(?:^|(?<=[:;,.])|(?<=\svà))[^\S\n]*[\-+•*_]*[^\S\n]*(?:trong\s+)?(?P<when>giai\s+đoạn\s+(?P<y1>(?:19|20)\d\d)\s*[-–]\s*"
    rf"(?P<y2>(?:19|20)\d\d))(?![\d/])[*_]*\s*[,:]?\s*(?:(?:cơ\s+bản|phải|sẽ|cần)\s+)?{PHASE_ACTION}")
# w21b: a phase that closes the clause of an action ("- Xây dựng mới 30 mô hình … trong giai đoạn 2026 - 2028; đánh giá, nhân
# rộng trong giai đoạn 2029 - 2030.", "Cải tạo, lát đá 14,6 km vỉa hè … giai đoạn 2026 - 2028.", "Đầu tư, cải tạo 25 phòng học
# STEM … giai đoạn 2027 - 2029 từ nguồn ngân sách …"): the phase bounds the action as one that opens it does (PHASE_IN_CLAUSE),
# whatever it delivers; the clause opens with the action (PHASE_ACTION, ACTION_VERB). Not a programme's period named before it
# (NAMED_BEFORE), nor in a part of targets (`rule_phase_closing_action`).
PHASE_CLOSING = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:trong\s+)?(?P<when>giai\s+đoạn\s+(?P<y1>(?:19|20)\d\d)\s*[-–]\s*"
                              r"(?P<y2>(?:19|20)\d\d))(?![\d/])(?=[^\S\n]*(?:[.;]|\n|$|(?:từ|bằng)\s+(?:các\s+)?nguồn))")
CLAUSE_OPENS_WITH_ACTION = regex.compile(rf"(?i)[\s\-+•*_]*(?:\d+[.)]\s*|[a-zđ]\)\s*)?(?:{PHASE_ACTION}|{_ACTION_VERB_WORDS}(?![\p{{L}}\p{{M}}])"
                                         r"|đánh\s+giá|đầu\s+tư|cải\s+tạo)")
QUOTE_CLOSED = regex.compile(r"[”\"»][^\S\n]*(?:trong[^\S\n]+)?$")  # right after a quoted name: its own ("phong trào "…" giai đoạn …")
# a campaign or the duties of a period named before the phase ("phong trào thi đua …", "nhiệm vụ phát triển kinh tế - xã hội …")
CAMPAIGN_OR_DUTIES_BEFORE = regex.compile(r"(?i:phong\s+trào|nhiệm\s+vụ|mục\s+tiêu)[^;()\n]{0,80}$")
# a document cited in the clause ("Tiếp tục triển khai … Kế hoạch số 2590/KH-UBND … về Xây dựng … giai đoạn 2021-2025"): the
# phase is its subject's
DOCUMENT_CITED = regex.compile(r"(?i:(?:kế\s+hoạch|chương\s+trình|đề\s+án|quyết\s+định|nghị\s+quyết|chỉ\s+thị|kết\s+luận|hướng\s+dẫn)"
                               r"\s+số\s+\d)")
# a count in the clause, any number but a year ("30 mô hình", "14,6 km", "25 phòng học")
COUNT_IN_CLAUSE = regex.compile(r"(?<![\d/.,])(?!(?:19|20)\d\d(?![\d.,/]))\d+(?:[.,]\d+)*(?![\d/])")
# where a clause ends inside a line: a full stop, ";" or ":" before a space (not the dot of "14.6" nor a date's "/")
SENTENCE_OR_CLAUSE_END = regex.compile(r"[.;:]\s")
PURPOSE_WORDS = regex.compile(r"(?i:mục\s+đích|yêu\s+cầu)")  # a part of purposes: its spans are what the plan serves
# A programme or plan named just before: its period, named in passing ("Chương trình … (2021 - 2025)").
NAMED_BEFORE = regex.compile(r"(?i:chương\s+trình|kế\s+hoạch|đề\s+án|quy\s+hoạch|chiến\s+lược|dự\s+án|nghị\s+quyết|nhiệm\s+kỳ|khóa|khoá|giai\s+đoạn)[^,;()\n]{0,40}$")
# A clause that opens with a report or review: its time is a deadline whatever it follows.
REPORT_OPENING = regex.compile(r"(?i:^[\s\-+•*]*(?:\d+[.)]\s*)?(?:tổ\s+chức\s+)?(?:báo\s+cáo|sơ\s+kết|tổng\s+kết|đánh\s+giá|kiểm\s+tra))")
# Where a clause of a sentence starts: after a comma, a semicolon, a colon, "và".
CLAUSE_BREAK = regex.compile(r"[,;:]|\svà\s")
# A plan, programme or campaign named before a year with no cue of its own: the year is part of the
# name ("ban hành Kế hoạch triển khai các nhiệm vụ trọng tâm cuối năm 2025").
NAME_BEFORE_YEAR = regex.compile(r"(?i:kế\s+hoạch|chương\s+trình|đề\s+án|tháng\s+hành\s+động|phong\s+trào)[^,;:.()\n]{0,80}$")
# A date that is the value of a document's metadata label (a portal's "Ngày ban hành: | 21/11/2025",
# "Cập nhật: 28/11/2025", "Ngày hiệu lực:"): when the document was issued or posted, not a deadline.
METADATA_LABEL = regex.compile(
    r"(?i:(?:ngày\s+)?(?:ban\s+hành|hiệu\s+lực|có\s+hiệu\s+lực|hết\s+hiệu\s+lực|cập\s+nhật|công\s+báo|đăng(?:\s+tải)?|ký|đăng\s+công\s+báo))\s*:[\s|*_]*$")
# A date that opens a sentence and is followed by a comma tells what happened then ("Ngày 23/11/2025,
# Thủ tướng Chính phủ có Công điện …"), not when something must be done.
# So does an hour of that day a report opens with ("Hồi 16h ngày 26/11/2025, vị trí tâm bão …", "Lúc 7 giờ sáng ngày
# 20/10/2025, mực nước …"): a status at that hour.
EVENT_OPENING = regex.compile(
    r"(?i)^[\s\-+•*(]*(?:vào\s+)?(?:(?:hồi|lúc)\s+\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?:\s*phút)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?"
    r"(?:\s*,)?\s+)?ngày\s*$")
# "Đến 12h00 ngày 21/11/2025, toàn tỉnh ghi nhận …", "tình hình thiệt hại … đến sáng ngày 21/11/2025": a
# status as of a date not after the plan's issue, not a deadline.
# The time of an action given by its start only, with a time label: "Thời gian thực hiện: Từ 01/7/2025." (a period still
# running when the plan is issued, not something that happened).
ONGOING_FROM = regex.compile(r"(?i:(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+\p{L}+){0,3}\s*:[\s*_]*từ\s+(?:(?:ngày|tháng)\s+)?(?:\d|$))")
AS_OF = regex.compile(r"(?i:(?:tính\s+)?đến(?:\s+hết)?(?:\s+\d{1,2}\s*(?:h|giờ)\s*\d{0,2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối))?\s*(?:ngày\s*)?)$")
# A reference date of figures: "(tính đến hết ngày 31/12/2025)", "tính đến ngày 30 tháng 6 năm 2025": never a deadline.
# (also "số liệu (thống kê) đến tháng 6/2026", "thống kê đến hết quý II/2026": the figures' date)
COUNTED_TO = regex.compile(r"(?i:(?:\btính|\bthống\s+kê|\bsố\s+liệu)\s+đến(?:\s+hết)?\s*(?:ngày\s*)?)$")
# w23c: the date a change is measured against ("giảm ít nhất 30% so với thời điểm 31/12/2026", "tăng 12% so với ngày
# 31/12/2026"): the baseline's moment, as "tính đến ngày …" is the figures', never a deadline.
COMPARED_WITH = regex.compile(r"(?i:(?<![\p{L}\p{M}])so\s+với(?:\s+(?:thời\s+điểm|số\s+liệu|số\s+dư|mức))?(?:\s+(?:đến|tại|cuối))?\s*(?:ngày\s*)?)$")
# s26b: the bounds of a fiscal or accounting year a rule defines ("Năm tài chính của Quỹ bắt đầu từ ngày 01 tháng 01 và kết
# thúc vào ngày 31 tháng 12": Luật Ngân sách nhà nước 2015 Điều 14, "năm ngân sách"; Luật Kế toán 2015 Điều 12, "kỳ kế toán
# năm"): a definition, not a deadline.
YEAR_DEFINED = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:năm\s+(?:tài\s+chính|ngân\s+sách)|kỳ\s+kế\s+toán(?:\s+năm)?)(?![\p{L}\p{M}])[^.;:\n]{0,60}?"
                          r"(?<![\p{L}\p{M}])(?:bắt\s+đầu|kết\s+thúc|tính\s+từ)(?![\p{L}\p{M}])[^.;:\n]{0,60})$")
# A date or period that labels an amount of money (a fee, a price, a rate of support) applies that amount then ("- Từ ngày
# 01/7/2025 đến ngày 31/12/2026: 30.000 đồng/bộ hồ sơ", "Từ ngày 01/01/2027 trở đi: mức thu 60.000 đồng/lượt"): a rate's
# period of application, not a time by which something must be done ("Từ ngày 01/7/2026 đến ngày 31/12/2026: tổ chức kiểm
# tra …" stays one).
RATE_AFTER = matched_in_place(
    r"(?i)[^\S\n]*(?:trở\s+đi)?[^\S\n]*:[^\S\n]*(?:(?:mức\s+)?(?:thu|phí|lệ\s+phí|giá|hỗ\s+trợ|chi)(?:\s+là)?\s*:?\s*)?"
    r"\d[\d.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:đồng|VNĐ|VND|đ)(?![\p{L}\p{M}])")
# s21rev2: the time a rate applies from is a start ("Từ ngày 01/01/2027 trở đi: …", "Từ tháng 7/2026: chi …") or a period
# ("Từ ngày … đến ngày …: …"); a date after "trước", "chậm nhất", "đến", a bare quarter or year labelling a sum is when the sum
# is due or spent ("Trước ngày 30/6/2026: 1,5 tỷ đồng giải ngân cho dự án", "Quý I/2026: 200 triệu đồng để tổ chức tập huấn").
RATE_PERIOD_OPENING = matched_in_place(r"(?i)(?:kể\s+)?từ(?![\p{L}\p{M}])")
RATE_PERIOD_BEFORE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:kể\s+)?từ\s*$")
# A date that glosses the writer's "today" or "yesterday" ("từ sáng nay (ngày 16/11/2025) tại khu vực … đã có mưa to",
# "Đêm qua (ngày 15/11/2025), lũ trên sông … đã lên nhanh"): when something was observed, not a time by which something must
# be done. "… qua" is past; "… nay" only with a past ("đã") in its clause and no obligation; a cue before the day word ("báo
# cáo trước 17 giờ hôm nay (ngày 20/11/2025)") keeps it a deadline.
DEICTIC_DAY_BEFORE = regex.compile(
    r"(?i)(?<!(?:trước|trong|đến|hết|chậm\s+nhất|vào)[^\S\n]+(?:\d{1,2}[^\S\n]*(?:h|giờ)[^\S\n]*\d{0,2}[^\S\n]+)?(?:ngày[^\S\n]+)?)"
    r"(?<![\p{L}\p{M}])(?:hôm|sáng|trưa|chiều|tối|đêm|ngày)\s+(?P<when>nay|qua)\s*\(\s*(?:ngày\s*)?$")
DEICTIC_PAST_AFTER = matched_in_place(rf"\s*\)(?:(?!{MODAL}|{DUE_WORD})[^.;:\n]){{0,100}}?(?<![\p{{L}}\p{{M}}])đã(?![\p{{L}}\p{{M}}])")
# The reference moment of a census or survey, the moment its figures describe ("Thời điểm điều tra: ngày 01/7/2027", "Thời
# điểm điều tra là 0 giờ ngày 01 tháng 4 năm 2029", "Thời điểm chốt số liệu báo cáo là ngày 30/6/2027"): like "tính đến ngày
# …", never a deadline (not "Thời điểm hoàn thành: …", a time label).
REFERENCE_MOMENT = regex.compile(
    r"(?i:thời\s+điểm\s+(?:tổng\s+)?(?:điều\s+tra|thống\s+kê|kiểm\s+kê|(?:chốt|lấy|tính|thu\s+thập)\s+số\s+liệu)(?:\s+[\p{L}\p{M}]+){0,3}?"
    r"\s*(?::|là)?\s*(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*)?(?:ngày\s*)?)$")
# The period an inspection, a check or an audit looks back on ("Thời kỳ thanh tra: từ ngày 01/01/2024 đến ngày 31/12/2026",
# "thời kỳ kiểm tra là năm 2025 - 2026", "niên độ kiểm toán 2026"; Luật Thanh tra: "thời kỳ thanh tra"): what is examined,
# like the moment a census' figures describe, never a deadline (not "Thời gian thanh tra: Quý II/2027", when it is done).
# Only the legal terms: "thời kỳ" of an inspection or a supervision, "niên độ" of an audit. A plan names its own work phases
# "Giai đoạn kiểm tra, đánh giá: từ … đến …", "Giai đoạn giám sát: từ tháng 4/2027 …": when the work is done, deadlines.
INSPECTED_PERIOD = regex.compile(
    r"(?i:(?:thời\s+kỳ\s+(?:được\s+)?(?:thanh\s+tra|kiểm\s+tra|kiểm\s+toán|giám\s+sát|xác\s+minh)|niên\s+độ\s+(?:được\s+)?kiểm\s+toán)"
    r"(?![\p{L}\p{M}])[^.;:\n\d]{0,60}?(?::|là)?\s*(?:(?:từ|trong)\s+)?(?:ngày\s*|năm\s*)?)$")
# A calendar period the text defines, not a time to act by: the fiscal year (Luật Ngân sách nhà nước 2015 Điều 14: "Năm
# ngân sách bắt đầu từ ngày 01 tháng 01 và kết thúc vào ngày 31 tháng 12"; "Năm tài chính của Quỹ bắt đầu từ …"), the
# accounting period (Luật Kế toán 2015 Điều 12: kỳ kế toán), the school year ("Năm học … được tính từ ngày 01 tháng 7 năm
# trước đến hết ngày 30 tháng 6"); the subject, a few words, then the verb that defines it. (Not a report's window of
# figures, "Thời gian chốt số liệu từ ngày 15 tháng 12 năm trước …": the plans' gold keeps it, a yearly period.)
DEFINED_PERIOD = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:năm\s+(?:tài\s+chính|ngân\s+sách|học|kế\s+toán)|kỳ\s+kế\s+toán)(?![\p{L}\p{M}])[^.;:\n\d]{0,60}?:?\s*"
    r"(?:được\s+tính|tính|bắt\s+đầu|là)(?![\p{L}\p{M}]))")
# When a document stops having effect ("có hiệu lực thi hành kể từ ngày ký đến hết ngày 24 tháng 02 năm 2030",
# "hiệu lực từ ngày 01/7/2025 đến hết ngày 31/12/2026"): a legal fact, like its start.
VALID_UNTIL = regex.compile(r"(?i:hiệu\s+lực(?:\s+thi\s+hành)?[^.;\n]{0,60}?\sđến(?:\s+hết)?\s*(?:ngày\s*)?)$")
VALID_FROM = regex.compile(r"(?i:hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s*)$")
# Months coordinated before a dated one share its year: "vào tháng 4 và tháng 8 năm 2026".
MONTHS_BEFORE = regex.compile(r"(?i)(?P<items>(?:tháng\s+(?:0?[1-9]|1[0-2])\s*(?:,|và|hoặc)\s*)+)$")
# Quarters coordinated before a dated one: "trong quý I và quý II năm 2026", "Quý III, Quý IV/2025".
QUARTERS_BEFORE = regex.compile(r"(?i)(?P<items>(?:qu[ýíy]\s+(?:IV|I{1,3}|[1-4])\s*(?:,|và|hoặc)\s*)+)$")
QUARTER_ITEM = regex.compile(r"(?i)qu[ýíy]\s+(IV|I{1,3}|[1-4])")
QUARTER_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# When a document takes effect ("Quyết định này có hiệu lực (thi hành) kể từ ngày 04 tháng 12 năm
# 2025", "hiệu lực từ ngày 01/07/2023"): a legal fact, not a deadline.
TAKES_EFFECT = regex.compile(r"(?i:hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+kể)?\s+từ\s*(?:ngày\s*)?)$")
# When a document or provision applies ("Nghị quyết này áp dụng trong năm 2026", "Mức lãi suất … được áp dụng từ ngày 01 tháng
# 12 năm 2025", "có hiệu lực … và áp dụng từ ngày 01 tháng 01 năm 2026"): a legal fact, as its effect is. (Not "để công bố và
# áp dụng từ ngày …": a time by which something must be ready.) Without its "từ"/"trong", not a time that opens with its own
# by-when cue ("Các cơ sở phải được áp dụng trước ngày 30/6/2026 …": when the applying must be done, a deadline).
APPLIES = regex.compile(r"(?i:(?:\bnày|\bđược|hiệu\s+lực[^.;\n]{0,60}?\svà)\s+áp\s+dụng(?:\s+(?P<from>(?:kể\s+)?(?:từ|trong)))?\s*)$")
BY_WHEN_OPENING = regex.compile(r"(?i)(?:trước|chậm\s+nhất|muộn\s+nhất|hạn\s+chót|không\s+quá)(?![\p{L}\p{M}])")
# s30w: the date from which a group, a provision or a document's execution is governed, a legal fact like APPLIES: who
# belongs to a group a law covers ("Chủ hộ kinh doanh … thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc từ ngày 01 tháng 7
# năm 2029"), what stops applying ("hộ kinh doanh … không áp dụng phương pháp khoán thuế từ ngày 01/01/2026"), a law's own
# provision in force later than the law ("Quy định về đánh giá công chức tại Mục 3 Chương IV của Luật này được thực hiện từ
# ngày 01 tháng 01 năm 2026"), the execution of a decision ("… chịu trách nhiệm thi hành Quyết định này kể từ ngày 01 tháng 5
# năm 2026"). Only a start ("từ"): "… thuộc đối tượng … phải đăng ký trước ngày …" is when the registering is due.
# (a law's or decree's provision only: "Kế hoạch này được thực hiện từ ngày …" is a plan's own period)
GOVERNED_FROM = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:thuộc\s+(?:diện|đối\s+tượng)(?:[^\S\n]+(?!phải|cần|chậm\s+nhất)[\p{L}\p{M}]+){0,12}?"
    r"|không\s+(?:còn\s+)?áp\s+dụng(?:[^\S\n]+[\p{L}\p{M}]+){0,8}?"
    r"|(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+định|Thông\s+tư)\s+này\s+(?:được\s+)?(?:thực\s+hiện|áp\s+dụng)"
    r"|thi\s+hành\s+(?:Quyết\s+định|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Chỉ\s+thị|Luật)\s+này)"
    r"[^\S\n]+(?:kể[^\S\n]+)?từ[^\S\n]*(?:ngày[^\S\n]*)?)$")
# s30w: a sentence that opens with a condition ("Trường hợp …", "Nếu …") and states its consequence after "thì": a date before
# the "thì" says which cases the rule covers ("Trường hợp người … mà đã tham gia bảo hiểm xã hội … từ trước ngày 01 tháng 7
# năm 2025 và có thời gian đóng … từ đủ 20 năm trở lên … thì được tính bằng mức tham chiếu"), however long the condition.
# Not a condition that says what is due by the date ("Trường hợp chưa hoàn thành trước ngày …", "Trường hợp phải gửi … trước
# ngày …": ACTION_DUE_BEFORE), and not a date after the "thì" ("… thì phải chuyển sang … trước ngày 31/12/2025").
CONDITION_OPENING = regex.compile(r"(?i)" + ITEM_MARK + r"(?:trường\s+hợp|nếu)(?![\p{L}\p{M}])")
THEN_WORD = regex.compile(r"(?i)(?<![\p{L}\p{M}])thì(?![\p{L}\p{M}])")
# s30w: an item of a law or decree that names a group of people by the provision defining it ("b) Đối tượng quy định tại điểm a
# khoản này khám bệnh, chữa bệnh … trước ngày 01 tháng 01 năm 2025 và kết thúc đợt điều trị từ ngày 01 tháng 01 năm 2025."):
# which cases a provision covers, its dates are cut-offs (not the label of a plan's section, "Đối tượng: …").
GROUP_OPENING = regex.compile(r"(?i)" + ITEM_MARK + r"(?:các\s+)?đối\s+tượng(?![\p{L}\p{M}])(?![^\S\n]*:)")
# A yearly date said by the year after or before the one it serves: "trước ngày 31/01 của năm tiếp theo" (each year's
# report), "trước ngày 31 tháng 12 của năm trước năm kiểm tra", "trước ngày 20 tháng 7 năm trước năm kế hoạch".
NEXT_YEAR_AFTER = regex.compile(r"(?i)^\s*(?:của\s+)?năm\s+(?:sau|tiếp\s+theo|kế\s+tiếp|trước)(?![\p{L}\p{M}])")
# A deadline relative to the plan's (or a decision's) own issue: "trong vòng 30 ngày kể từ ngày Kế
# hoạch này được ban hành", "sau 03 tháng kể từ ngày ký ban hành Quyết định". Date null, its date_raw.
DOC = r"(?:Kế\s+hoạch|Quyết\s+định|Chương\s+trình|Đề\s+án|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Chỉ\s+thị)"
RELATIVE = regex.compile(
    rf"""(?P<relative>(?:trong\s+(?:vòng\s+|thời\s+hạn\s+|thời\s+gian\s+)?|sau\s+|chậm\s+nhất\s+(?:là\s+)?(?:sau\s+)?)
        (?:\d{{1,3}}|một|hai|ba|sáu)\s+(?:ngày(?:\s+làm\s+việc)?|tháng|năm|tuần|quý)\s*,?\s*(?:kể\s+từ|từ|sau\s+khi)\s+(?:ngày\s+)?
        (?:(?:ký\s+)?(?:ban\s+hành|ký|phê\s+duyệt)\s+{DOC}(?:\s+này)?|{DOC}(?:\s+này)?\s+(?:được\s+)?(?:ký\s+)?(?:ban\s+hành|ký|phê\s+duyệt|có\s+hiệu\s+lực)
           |(?:tiếp\s+)?nhận(?:\s+được)?\s+{DOC}\s+này
           # w21c: or the day the council decides the budget (Luật Ngân sách nhà nước: the estimate is published and assigned
           # within a time limit counted from the day the Hội đồng nhân dân decides it; "Công khai dự toán ngân sách xã trong
           # thời hạn 30 ngày kể từ ngày Hội đồng nhân dân xã quyết định"): once, for this year's budget
           |(?P<council>(?:được\s+)?(?-i:Hội\s+đồng\s+nhân\s+dân|HĐND)(?:\s+(?:cấp\s+)?(?:tỉnh|huyện|xã|phường|đặc\s+khu|thị\s+trấn|cùng\s+cấp))?
            \s+(?:quyết\s+định|thông\s+qua|phê\s+chuẩn)(?![\p{{L}}\p{{M}}]))))""",
    regex.VERBOSE | regex.IGNORECASE,
)
# s30w: a RELATIVE's document named in lower case without "này" at its end ("… kể từ ngày ban hành quyết định"), and the
# lower-case word after it that says what the decision decides ("… quyết định cấp, cấp lại, thu hồi Chứng chỉ"): a decision of
# a kind, not the document itself.
GENERIC_ACT = regex.compile(r"(?<![\p{L}\p{M}])(?:kế\s+hoạch|quyết\s+định|chương\s+trình|đề\s+án|nghị\s+quyết|nghị\s+định|thông\s+tư|chỉ\s+thị)$")
LOWER_WORD_NEXT = matched_in_place(r"[^\S\n]+(?!này(?![\p{L}\p{M}]))\p{Ll}")
RELATIVE_OPENERS = ("trong", "sau", "chậm")  # the words a RELATIVE opens with, in lower case (`opened_by`)
# A deadline relative to the end of one of the plan's own activities, in a plan ("chậm nhất 05 ngày làm việc sau khi kết thúc,
# …", "Trong vòng 10 ngày sau khi kết thúc đợt kiểm tra", "Chậm nhất 15 ngày kể từ ngày kết thúc cuộc kiểm tra"): date null,
# its date_raw up to the activity's name. (Not a step of a procedure, "kể từ ngày nhận đủ hồ sơ", "kể từ ngày kết thúc (thời
# gian) nhận hồ sơ": the time limit of each file, not of the plan's activities.)
# (the activity: one the plan organises, or none named: "sau khi kết thúc,"; not an applicant's "hoàn thành việc xử lý tài sản")
# (w23d: a workshop, a round table or a forum the plan holds as it holds a conference: "báo cáo phản biện gửi cơ quan đặt hàng
# chậm nhất 15 ngày sau khi kết thúc hội thảo phản biện")
ACTIVITY = (r"(?:đợt|cuộc|giai\s+đoạn|hội\s+nghị|hội\s+thảo|tọa\s+đàm|diễn\s+đàn|hội\s+thi|hội\s+diễn|hội\s+thao|chiến\s+dịch|kiểm\s+tra|thanh\s+tra|giám\s+sát|"
            r"(?:tổng\s+)?điều\s+tra|khảo\s+sát|tập\s+huấn|lớp|phong\s+trào|thu\s+thập|hoạt\s+động|chương\s+trình|tháng\s+hành\s+động|"
            r"kỳ\s+thi|năm\s+học|mùa\s+vụ|ứng\s+phó|"
            # s36e: a round of a recruitment exam (Nghị định 115/2020/NĐ-CP, Điều 9-10: thi tuyển viên chức "được thực hiện theo 2
            # vòng", Vòng 1 and Vòng 2), named by its number: "… kể từ ngày kết thúc Vòng 2"
            r"vòng(?:\s+thi)?(?=\s+\d)|"
            # s33a: the day a plan's schedule counts from: the election (Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân
            # dân 2015 sets every step "chậm nhất … ngày trước ngày bầu cử"), the call-up (Luật Nghĩa vụ quân sự 2015, Điều 33:
            # the order is handed "trước 15 ngày" before "ngày giao, nhận quân"), the call-up's health examination
            r"bầu\s+cử|giao(?:\s*,)?\s+nhận\s+quân|giao\s+quân|khám\s+(?:sức\s+khỏe|tuyển)|khám(?=\s*[,.;:)]))(?![\p{L}\p{M}])")
# … or to the day one of the plan's own steps gives its result (s29i): a conclusion, a report, a notice, a request sent to the
# body (s33b: "nhận" with or without "được": "kể từ ngày nhận kết luận kiểm tra"),
# the result of a draw or a grading, the published marks ("trong thời hạn 30 ngày kể từ ngày nhận được kết luận thanh tra",
# "chậm nhất 10 ngày kể từ ngày nhận được báo cáo kết quả xác minh", "trong thời hạn 05 ngày làm việc kể từ ngày có kết quả bốc
# thăm", "trong thời hạn 05 ngày kể từ ngày công bố điểm thi"), or the day a text the body issues is signed ("gửi văn bản …
# chậm nhất 03 ngày làm việc kể từ ngày ký ban hành"). (Not a file's receipt, "kể từ ngày nhận đủ hồ sơ", "nhận được đơn", nor
# the result of a procedure the body waits for, "kể từ ngày nhận được kết quả giải quyết", "kể từ ngày có kết quả thẩm định":
# a procedure's steps; a result is the plan's step when it is a draw's, a grading's or one of ACTIVITY's.)
RESULT_EVENT = (r"(?:(?:tiếp\s+)?nhận(?:\s+được)?\s+(?:văn\s+bản\s+)?(?:kết\s+luận|báo\s+cáo|thông\s+báo|yêu\s+cầu)|có\s+kết\s+(?:luận|quả\s+(?:bốc\s+thăm|xếp\s+loại|" + ACTIVITY + r"))"
                r"|công\s+bố\s+(?:kết\s+quả|điểm\s+thi)|ký\s+ban\s+hành(?=\s*[,.;:)]|\s+(?:để|văn\s+bản)))(?![\p{L}\p{M}])")
# (the event's name ends where the clause turns: "… báo cáo kết quả xác minh và được công khai", "… thông báo thì báo cáo …")
CLAUSE_TURN = r"(?:và|thì|để|mà|phải|được|hoặc|nhưng)(?![\p{L}\p{M}])"
RELATIVE_TO_END = regex.compile(
    rf"""(?i)(?<![\p{{L}}\p{{M}}])(?P<relative>(?:chậm\s+nhất(?:\s+là)?(?:\s+(?:trong|sau))?|trong\s+(?:vòng|thời\s+hạn|thời\s+gian))\s+
        (?:\d{{1,3}}|một|hai|ba|năm|bảy|mười|mười\s+lăm)\s+(?:ngày(?:\s+làm\s+việc)?|tuần|tháng)\s*,?\s*
        (?:(?:(?:sau\s+khi|kể\s+từ\s+(?:ngày|khi))\s+(?:kết\s+thúc|hoàn\s+thành)(?![\p{{L}}\p{{M}}])(?=\s*[,.;:)]|\s+(?:mỗi\s+|từng\s+|các\s+)?{ACTIVITY})
              |(?:sau(?:\s+ngày)?|trước\s+(?:ngày|khi)(?:\s+(?:tổ\s+chức|tiến\s+hành))?)(?=\s+(?:mỗi\s+|từng\s+|các\s+)?{ACTIVITY}))
            # (the activity's words, up to six, within its own cell of a table: no tab or bar; s33a; and the number of a round,
            # "Vòng 2", s36e)
            (?:[^\S\n\t]+(?:[^\s,.;:()\d|][^\s,.;:()|]*|(?<=(?i:vòng|thi)[^\S\n\t]+)\d{{1,2}}(?![\d/.,]\d))){{0,6}}
          |kể\s+từ\s+ngày\s+{RESULT_EVENT}(?:[^\S\n\t]+(?!{CLAUSE_TURN})[^\s,.;:()\d|][^\s,.;:()|]*){{0,4}})
      # s29h: before the activity, its time limit last ("trước ngày kiểm tra ít nhất 03 ngày làm việc")
      |trước\s+(?:ngày|khi)(?:\s+(?:tổ\s+chức|tiến\s+hành))?\s+{ACTIVITY}\s+(?:ít\s+nhất|chậm\s+nhất|tối\s+thiểu)\s+
        (?:\d{{1,3}}|một|hai|ba|năm|bảy|mười)\s+(?:ngày(?:\s+làm\s+việc)?|tuần)
      # w23d: counted back from the opening of the event the plan holds, the time limit first ("Trước 30 ngày tổ chức", "trước
      # 15 ngày khai mạc", "trước ít nhất 07 ngày diễn ra Lễ hội"): the schedule of a festival's or an event's plan, whose steps
      # (registering the festival, Nghị định 110/2018/NĐ-CP on quản lý và tổ chức lễ hội; its publicity) count from that day
      |trước\s+(?:ít\s+nhất\s+)?(?:\d{{1,3}}|một|hai|ba|năm|bảy|mười|mười\s+lăm)\s+(?:ngày(?:\s+làm\s+việc)?|tuần|tháng)\s+
        (?:tổ\s+chức|khai\s+mạc|diễn\s+ra)(?![\p{{L}}\p{{M}}]))""",
    regex.VERBOSE)
RELATIVE_TO_END_OPENERS = ("chậm", "trong", "trước")  # the words a RELATIVE_TO_END opens with, in lower case (`opened_by`)
# The heading of a text of standing rules a decision issues ("QUY CHẾ", "QUY ĐỊNH", "ĐIỀU LỆ", "QUY TRÌNH" in capitals, alone on
# its line): its time limits counted from an event recur with each event ("… chậm nhất 05 ngày làm việc kể từ ngày kết thúc
# phiên họp"), they are rules, not deadlines of a plan.
RULES_HEADING = regex.compile(r"(?m)^[ \t*#_|]*(?:QUY\s+CHẾ|QUY\s+ĐỊNH|ĐIỀU\s+LỆ|QUY\s+TRÌNH)(?:[^\S\n]+[\p{Lu}\d,\-–]+)*[ \t*_|]*$")
# (its marks within its line: "^[\s*#_|]*" ran on over the lines below at each line's start, quadratic on a run of "*" lines)
# A deadline named by the Lunar New Year ("xong trước Tết Nguyên đán", "bảo đảm người dân có nhà ở an toàn trước Tết Nguyên đán
# năm 2026", "trước Tết Nguyên đán Đinh Mùi 2027"): date null (its day is the lunar calendar's, never computed), its date_raw.
# Not the window of a season's work ("dịp trước, trong và sau Tết Nguyên đán", "trong dịp trước Tết").
CAN = r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)"
CHI = r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)"
BEFORE_FESTIVAL = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{M}}])(?<!dịp\s+)(?:(?:xong|hoàn\s+thành)\s+)?trước\s+Tết\s+Nguyên\s+đán(?![\p{{L}}\p{{M}}])"
    rf"(?:\s+(?-i:{CAN}\s+{CHI}))?(?:\s+(?:năm\s+)?(?:19|20)\d\d(?!\d))?")
# A time cell a PDF layout wrapped: its line ends the cell mid-date ("trình trong tháng" | … | "6/2025").
WRAPPED_END = regex.compile(r"(?i)\b(?:tháng|quý|quí|ngày|năm)\s*$")
WRAPPED_REST = regex.compile(r"^(?:\d{1,2}\s*/\s*(?:\d{1,2}\s*/\s*)?(?:19|20)\d\d|(?:IV|I{1,3})\s*[/-]\s*(?:19|20)\d\d|(?:19|20)\d\d)\b")
# A schedule of reviews opening a sentence: "Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương
# tổ chức sơ kết …", "Hằng năm, tổ chức sơ kết …": each recurrence is a review milestone (date null).
EVERY_ITEM = r"(?:(?:0?6|sáu)\s+tháng(?:\s+một\s+lần)?|h[ằà]ng\s+(?:năm|quý|tháng)|giữa\s+nhiệm\s+kỳ|cuối\s+năm)"
# (s34e: or a meeting held to review the progress, "định kỳ hằng quý họp đánh giá tiến độ thực hiện các tiêu chí", "họp
# kiểm điểm": a review of its own, as a sơ kết is; not a routine meeting, "họp giao ban")
# (s36e: or an evaluation the body holds, "Định kỳ hằng năm, các đơn vị thuộc Bộ tổ chức đánh giá kết quả thực hiện", "hằng năm
# tổ chức đánh giá tình hình thực hiện Quy hoạch tỉnh": a review of the plan as a sơ kết is; not "đánh giá" alone, which
# also names what a report or an inspection does)
REVIEW_WORDS = r"\b(?:sơ\s+kết|tổng\s+kết|họp\s+(?:đánh\s+giá|kiểm\s+điểm)|tổ\s+chức\s+đánh\s+giá)\b"
# s36b: in a schedule, the review of the results the plan's body holds, "tổ chức" said or not ("… nghe báo cáo, đánh giá kết
# quả thực hiện"; with it, "Hằng năm, Ban Thường vụ Tỉnh ủy tổ chức đánh giá kết quả thực hiện", "hằng năm tổ chức đánh giá tình
# hình thực hiện Quy hoạch tỉnh", REVIEW_WORDS reads since s36e), as the plans' gold reads it
# (tu_chuong_trinh_hanh_dong_suc_khoe_nq72, tu_to_chuc_dang_doanh_nghiep_tu_nhan, qd_thuc_hien_quy_hoach_tinh) and the dev gold's "Định kỳ 6 tháng, hàng năm, …, Sở Công Thương tổ chức sơ kết, đánh giá kết quả
# thực hiện"; not an inspection ("tổ chức kiểm tra, đánh giá tình hình thực hiện", dev 012: none), nor outside a schedule
# (a report of the results is a report: "Định kỳ hàng quý báo cáo đánh giá kết quả hoạt động của hệ thống …", wide 4a85fe16)
SCHEDULED_REVIEW = rf"(?:{REVIEW_WORDS}|\b(?<!báo\s+cáo\s+)đánh\s+giá\s+kết\s+quả\b)"
# The schedule itself: its recurrences ("Định kỳ 6 tháng, hằng năm", "Hàng năm, giữa nhiệm kỳ") before a review in its clause.
SCHEDULE = rf"(?:định\s+kỳ\s+)?(?P<items>{EVERY_ITEM}(?:\s*(?:,|và)\s*{EVERY_ITEM})*)\s*,?(?=[^.;\n]*?{SCHEDULED_REVIEW})"
REVIEW_SCHEDULE = regex.compile(
    rf"(?im)^[\s\-+•*]*(?:\d+[.)]\s*|[a-zđ]\)\s*)?{SCHEDULE}")
# The same schedule opening a sentence inside a line, after the sentence before it (s31b: "… báo cáo tiến độ về Sở Khoa học
# và Công nghệ. Định kỳ hằng năm tổ chức sơ kết, …", "… (qua Phòng Đăng ký kinh doanh). Định kỳ 6 tháng, hằng năm tổ chức
# sơ kết"; s31a: "Chế độ báo cáo: … trước ngày 15/11/2027. Định kỳ 6 tháng, hằng năm Ban Chỉ huy … tổ chức sơ kết, tổng
# kết"): a capital opens it after a full stop and a space (a date's "… 15/11/2027. Định kỳ …" too; a number's "1.250" has
# no space) or a colon.
# (s33b: or a clause after a semicolon, in lower case: "… báo cáo Ủy ban nhân dân tỉnh trước ngày 25 hằng tháng; định kỳ hằng
# năm tổ chức sơ kết đánh giá kết quả")
SENTENCE_REVIEW_SCHEDULE = regex.compile(
    rf"(?i)(?:(?<=(?:\S\.|:)[^\S\n]{{1,3}})(?-i:(?=Định|Hằng|Hàng))|(?<=;[^\S\n]{{1,3}})(?-i:(?=định|hằng|hàng))){SCHEDULE}")
SENTENCE_REVIEW_OPENERS = ("định", "hằng", "hàng")
# A text that never says "sơ kết" / "tổng kết" / "họp đánh giá" / "họp kiểm điểm" / "tổ chức đánh giá" (REVIEW_WORDS) has no
# schedule of reviews and no year of a review (rule_year_review): one quick search rules it out (tried only where
# one of its first words is written: `extractors.text_index.opened_by`).
MENTIONS_REVIEW = regex.compile(rf"(?i){REVIEW_WORDS}")
MENTIONS_REVIEW_OPENERS = ("sơ", "tổng", "họp", "tổ")
# (s36b: and a schedule's review of results, SCHEDULED_REVIEW: the quick test of the schedule rule)
MENTIONS_SCHEDULED_REVIEW = regex.compile(rf"(?i){REVIEW_WORDS}|\bđánh\s+giá\b")
MENTIONS_SCHEDULED_REVIEW_OPENERS = ("sơ", "tổng", "họp", "tổ", "đánh")
# w23c: a duty said to recur, "định kỳ" and its cycle with no day of its own ("báo cáo Ban Chỉ đạo định kỳ hằng quý",
# "cập nhật danh mục định kỳ 6 tháng", "định kỳ 6 tháng một lần"): a recurring deadline, date null (EXTRACTION.md: recurring
# deadlines, "định kỳ 6 tháng" among them), as the plans' gold reads it; "định kỳ" alone ("báo cáo định kỳ") names no cycle.
PERIODIC_CYCLE = regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])định\s+kỳ\s+(?P<items>{EVERY_ITEM}(?:\s*(?:,|và)\s*{EVERY_ITEM})*)(?![\p{{L}}\p{{M}}\d])")
# … unless its clause names a day, which the dated deadline then carries ("định kỳ 6 tháng (trước ngày 15/6 và 15/12)",
# "định kỳ hằng tháng, trước ngày 25")
DAY_IN_CLAUSE = regex.compile(r"(?i)(?<![\p{L}\p{M}])ngày\s+\d|(?<!\d)\d{1,2}\s*/\s*\d{1,2}(?!\d)")
# (nor a report so scheduled, "báo cáo … định kỳ hằng quý", "Định kỳ 06 tháng và hàng năm tổng hợp kết quả thực hiện báo cáo
# Ủy ban nhân dân tỉnh": a recurring report is recorded by its dated deadline, as the dev gold reads it, 025 and 039)
REPORT_WORD = regex.compile(r"(?i)(?<![\p{L}\p{M}])báo\s+cáo(?![\p{L}\p{M}])")
# (nor a routine meeting so held, "Định kỳ hằng tháng, Ban Chỉ đạo họp giao ban", as s34e reads it, or a bulletin so
# published, "phát hành bản tin định kỳ hằng tháng": the rhythm of a routine, no duty's time. The plans' golds disagree on
# an event the plan organises so, "tổ chức giao ban liên ngành … định kỳ 6 tháng", "tổ chức sinh hoạt chuyên đề … định kỳ
# hằng quý" (so_tu_phap_tro_giup_phap_ly_hoa_giai, thads_tinh_nam, xa_dang_uy_hoi_cuu_chien_binh record it;
# qd_thong_tin_doi_ngoai_bien_dao, tinh_benh_khong_lay_nhiem do not): read as a deadline, as the contract's recurring ones)
ROUTINE_MEETING = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:họp\s+giao\s+ban|bản\s+tin)(?![\p{L}\p{M}])")
# (the clause a cycle governs runs to its full stop or semicolon, over a line's wrap: "… chậm nhất ngày⏎17 tháng 12.")
CLAUSE_END = regex.compile(r"[;]|\.(?!\d)")
SCHEDULE_ITEM = regex.compile(r"(?i)(?P<half>(?:0?6|sáu)\s+tháng)|h[ằà]ng\s+(?P<unit>năm|quý|tháng)")
# s34a: a year that opens a clause and the review it schedules, with no cue before it ("Năm 2028 tổ chức sơ kết giữa kỳ, năm
# 2030 tổng kết việc thực hiện Kế hoạch", "…; năm 2027, sơ kết …"): the review's time, as "sơ kết vào năm 2028" is. It opens
# its line (after an item's mark), a sentence (after a full stop or a colon) or a clause (after ";" or ","), and the review
# word follows it, after "tổ chức" / "tiến hành" at most, or after the body that holds it (s35e: "Năm 2028, Sở Y tế tổ chức sơ
# kết; năm 2030 tổng kết …"), a name that opens with a capital, within its clause, not what it did ("đã tổ chức sơ kết").
# s36a: the body under whose heading it stands may hold it "chủ trì" ("1. Cục Công nghiệp⏎… Năm 2028 chủ trì sơ kết giữa kỳ");
# and a quarter opens such a clause as a year does ("…, quý IV/2030 tổng kết Kế hoạch", "quý IV năm 2030"): a review that
# quarter.
YEAR_REVIEW = regex.compile(
    r"(?:(?<=^[^\S\n]*(?:[-+•*][^\S\n]*|\d+[.)][^\S\n]*|[a-zđ]\)[^\S\n]*)?)|(?<=(?:\S\.|[:;,])[^\S\n]{1,3}))"
    r"(?P<when>(?i:năm[^\S\n]+|qu[ýí][^\S\n]+(?P<quarter>IV|I{1,3})[^\S\n]*(?:/|[^\S\n]năm[^\S\n])[^\S\n]*)(?P<year>(?:19|20)\d\d))"
    r"(?!\d)[^\S\n]*,?[^\S\n]*"
    rf"(?=(?:\p{{Lu}}(?:(?!(?<![\p{{L}}\p{{M}}])đã[^\S\n])[^\n,;.:()]){{1,80}}?[^\S\n]+)?(?i:chủ\s+trì[^\S\n]*,?[^\S\n]*)?"
    rf"(?i:(?:tổ\s+chức|tiến\s+hành)\s+)?(?i:{REVIEW_WORDS}))", regex.MULTILINE)
YEAR_REVIEW_OPENERS = ("năm", "quý", "quí")
# A task table's header row that a PDF's text layer ran together on one line:
# "TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện".
HEADER_LINE = regex.compile(
    r"(?i)^(?=.{0,160}\b(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)\b)(?=.{0,160}\bchủ\s+trì\b).{0,160}\b(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+\p{L}+){0,4}[\s*()]*$")
# The last column's time at the end of a line whose cells a PDF ran together ("… Phó Chủ tịch UBND
# tỉnh 2028 - 2030"), not a period a name ends with ("… giai đoạn 2031 - 2040").
TRAILING_TIME = regex.compile(
    r"(?i)(?<!(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|khóa|đến|năm|tầm\s+nhìn|kỳ)\s)(?<=\s)(?P<time>(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|qu[ýí]\s+(?:IV|I{1,3})\s*[/-]\s*(?:19|20)\d\d|(?:trước\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d)[\s*]*$")

# s33f: a task item's time given on a field line under it, beside its label lines ("- Tổ chức tập huấn …⏎Đơn vị chủ trì: Sở Tư
# pháp.⏎Thời gian thực hiện: Tháng 12/2025."): the action is the item, the body its "chủ trì" / "thực hiện" line's.
TIME_FIELD = matched_in_place(
    FIELD_OPENING + r"(?:Thời[ \t]+gian|Thời[ \t]+hạn|Tiến[ \t]+độ)(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*:")

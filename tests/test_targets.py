"""Numeric targets: examples are the tests (surface form -> row fields), plus a negative list."""
from __future__ import annotations

import pytest
import regex

from extractors.targets import extract_targets
from extractors.targets.document_type import document_type
from extractors.targets.extract import parse_number
from extractors.targets.gazetteer import canonical_indicator

FIELDS = ("value", "value_max", "unit", "comparator", "direction", "year", "numerator", "denominator", "scope")


def rows(text: str) -> list[dict]:
    return [{f: getattr(t, f) for f in FIELDS} | {"indicator": t.indicator} for t in extract_targets(text)]


def one(text: str) -> dict:
    (row,) = rows(text)
    return row


# (text, expected fields, a phrase the indicator must contain)
EXAMPLES = [
    # w23b: a broadcaster's airtime is its output (Luật Báo chí 2016; Nghị định 06/2016/NĐ-CP): per year, per issue of a
    # programme, hours of programmes or footage digitised; a channel's name with digits before the value
    ("- Tổng thời lượng phát sóng truyền hình trên các kênh THTN1, THTN2 đạt 17.520 giờ/năm.",
     {"value": 17520, "unit": "giờ/năm"}, "Tổng thời lượng phát sóng truyền hình"),
    ("- Nâng thời lượng chuyên mục \"Pháp luật và đời sống\" lên 30 phút/số.", {"value": 30, "unit": "phút/số"},
     "thời lượng chuyên mục"),
    ("- Số hóa ít nhất 3.000 giờ tư liệu phát thanh, truyền hình.", {"value": 3000, "unit": "giờ", "comparator": "ge"},
     "giờ tư liệu"),
    # w22c: a student's assessed conduct or learning is an indicator, not a report ("kết quả rèn luyện", Thông tư
    # 22/2021/TT-BGDĐT); a hospital's average length of stay is a duration the plan commits to; "người học" a count noun
    ("- Kết quả rèn luyện xếp loại Tốt đạt trên 90%.", {"value": 90, "unit": "%", "comparator": "gt"}, "rèn luyện xếp loại Tốt"),
    ("- Ngày điều trị trung bình không quá 6,5 ngày.", {"value": 6.5, "unit": "ngày", "comparator": "le"}, "Ngày điều trị trung bình"),
    ("- Đến năm 2030 quy mô đào tạo đạt 13.500 người học.", {"value": 13500, "unit": "người học", "year": 2030}, "quy mô đào tạo"),
    # w22c: science topics counted by "đề tài" (Luật Khoa học và Công nghệ 2013, Điều 3), with no bound before them; the
    # patients a hospital's "lượt" counts are no unit of their own ("lượt người" and "bệnh")
    ("- Có 04 đề tài tham gia Cuộc thi khoa học kỹ thuật cấp tỉnh.", {"value": 4, "unit": "đề tài"}, "Cuộc thi khoa học kỹ thuật"),
    ("- Điều trị nội trú 51.000 lượt người bệnh.", {"value": 51000, "unit": "lượt"}, "Điều trị nội trú"),
    # w22c: training programmes are an output counted (Luật Giáo dục đại học, Điều 36), not a part of the plan
    ("- Đến năm 2030 có 42 chương trình đào tạo được kiểm định.", {"value": 42, "unit": "chương trình", "year": 2030}, "được kiểm định"),
    # s35b: count nouns of a health plan and of an intellectual-property plan ("bệnh viện"; "chỉ dẫn địa lý", one noun)
    ("đ) 38/38 bệnh viện trực thuộc Bộ kết nối Sổ sức khỏe điện tử trên ứng dụng VNeID trong năm 2026.",
     {"value": 38, "unit": "bệnh viện", "numerator": 38, "denominator": 38}, "kết nối Sổ sức khỏe điện tử"),
    ("a) Có thêm 02 chỉ dẫn địa lý được bảo hộ cho sầu riêng và hồ tiêu.", {"value": 2, "unit": "chỉ dẫn địa lý"}, "được bảo hộ"),
    # s32a: a baseline right after the value names nothing it counts, whatever the list before the verb ends with ("…
    # giấy và nhựa giảm …": the last item alone is no name)
    ("a) Tiêu hao năng lượng trên một đơn vị sản phẩm của các ngành thép, xi măng, giấy và nhựa giảm ít nhất 8% so với năm 2025.",
     {"value": 8, "unit": "%", "comparator": "ge", "direction": "decrease"}, "Tiêu hao năng lượng trên một đơn vị sản phẩm"),
    # s30c: land parcels counted in "thửa" (Luật Đất đai 2024: thửa đất), with a scale and per household; the area of land
    # consolidation after "dồn điền đổi thửa" (no parcel's number "thửa 45")
    ("- Cập nhật, chỉnh lý khoảng 1,2 triệu thửa đất vào cơ sở dữ liệu.", {"value": 1.2, "unit": "triệu thửa", "comparator": "approx"},
     "chỉnh lý"),
    ("- Số thửa bình quân giảm xuống còn dưới 2 thửa/hộ.", {"value": 2, "unit": "thửa/hộ", "comparator": "lt"}, "số thửa"),
    ("- Thực hiện dồn điền đổi thửa 1.250,5 ha.", {"value": 1250.5, "unit": "ha"}, "dồn điền đổi thửa"),
    # s32a: a pilot's count ("Thí điểm 04 mô hình …": "thí điểm" is the verb, not a clause's point "điểm 3")
    ("- Thí điểm 04 mô hình cộng sinh công nghiệp tại các khu công nghiệp trọng điểm.", {"value": 4, "unit": "mô hình"},
     "mô hình cộng sinh công nghiệp"),
    # s29k: where a counted visitor goes, after the unit, names what is counted; a time after "đến" does not
    ("- Thu hút khoảng 1,2 triệu lượt khách đến các điểm du lịch cộng đồng.", {"value": 1.2, "comparator": "approx"},
     "lượt khách đến các điểm du lịch cộng đồng"),
    # s27c: a density whose noun its field follows before the population base; "bài", the classifier of a text, takes its
    # noun; collected and conserved items are an output; a science and technology task is one (not the plan's own "nhiệm vụ")
    ("- Đạt 1,5 bác sỹ y học cổ truyền/vạn dân.", {"value": 1.5, "unit": "bác sỹ/vạn dân"}, "bác sỹ y học cổ truyền"),
    ("Phấn đấu đạt 2,5 bác sĩ gia đình/01 vạn dân.", {"value": 2.5, "unit": "bác sĩ/vạn dân"}, "gia đình"),
    ("- Sưu tầm, kế thừa và bảo tồn 15 bài thuốc dân gian của đồng bào dân tộc thiểu số.", {"value": 15, "unit": "bài thuốc"},
     "bài thuốc dân gian"),
    # s32a: the pair "thôn, bản" of a mountain province's communes as one unit
    ("- Xóa 46 thôn, bản chưa có sóng di động trước ngày 31/12/2027.", {"value": 46, "unit": "thôn, bản", "year": 2027},
     "sóng di động"),
    # s33d: the other pairs of Thông tư 04/2012/TT-BNV's village names, "thôn, làng" and "thôn, buôn"
    ("- Có thêm 02 thôn, làng đạt chuẩn nông thôn mới kiểu mẫu.", {"value": 2, "unit": "thôn, làng"}, "nông thôn mới kiểu mẫu"),
    ("- Xây dựng 12 thôn, buôn văn hóa kiểu mẫu.", {"value": 12, "unit": "thôn, buôn"}, "văn hóa kiểu mẫu"),
    ("Đăng tải ít nhất 20 bài viết về phòng, chống bệnh lao.", {"value": 20, "unit": "bài viết", "comparator": "ge"}, "bài viết"),
    ("- Bảo tồn 03 loài cây thuốc quý, hiếm.", {"value": 3, "unit": "loài"}, "cây thuốc"),
    ("Triển khai ít nhất 03 nhiệm vụ khoa học và công nghệ cấp tỉnh về dược liệu.", {"value": 3, "unit": "nhiệm vụ", "comparator": "ge"},
     "khoa học và công nghệ"),
    # s25f: archive work counted in shelf metres and pages (Luật Lưu trữ 2024), digital certificates and criminal cases;
    # (EXAMPLES) a count written with a group dot is never a year ("2.000"); rounds of an activity organised are an output
    ("- Chỉnh lý hoàn chỉnh 1.500 mét giá tài liệu tồn đọng.", {"value": 1500, "unit": "mét giá"}, "tài liệu tồn đọng"),
    ("- Thu thập, tiếp nhận 650 mét giá tài liệu vào Lưu trữ lịch sử tỉnh.", {"value": 650, "unit": "mét giá"}, "Lưu trữ lịch sử"),
    ("Số hóa 2.000.000 trang tài liệu lưu trữ.", {"value": 2000000, "unit": "trang"}, "tài liệu lưu trữ"),
    ("- Cấp mới, gia hạn ít nhất 2.000 chứng thư chữ ký số.", {"value": 2000, "unit": "chứng thư", "comparator": "ge"}, "chữ ký số"),
    ("6. Tổ chức 04 đợt cao điểm đấu tranh chống buôn lậu.", {"value": 4, "unit": "đợt"}, "cao điểm"),
    # s26a: the rounds named after the activity organised, closing its clause
    ("- Các trường THPT tổ chức thi thử tập trung 02 đợt trong tháng 4/2026 và tháng 5/2026.", {"value": 2, "unit": "đợt"},
     "thi thử tập trung"),
    ("- Tổ chức hiến máu tình nguyện 03 đợt trong năm.", {"value": 3, "unit": "đợt"}, "hiến máu tình nguyện"),
    ("Đoàn trường tổ chức ít nhất 02 đợt hiến máu trong năm học.", {"value": 2, "unit": "đợt", "comparator": "ge"}, "hiến máu"),
    # s29h: occurrences followed by their topic ("… cuộc về …") are of the action before them, not "Số cuộc <topic>"
    ("3. Kiểm tra đột xuất ít nhất 08 cuộc về kỷ luật, kỷ cương hành chính tại Bộ phận Một cửa.",
     {"value": 8, "unit": "cuộc", "comparator": "ge"}, "Kiểm tra đột xuất cuộc kỷ luật"),
    ("- Kiểm tra ít nhất 10 cuộc về an toàn thực phẩm.", {"value": 10, "unit": "cuộc", "comparator": "ge"}, "Kiểm tra cuộc an toàn"),
    ("- Tổ chức 04 cuộc kiểm tra về an toàn thực phẩm.", {"value": 4, "unit": "cuộc"}, "Tổ chức cuộc kiểm tra về an toàn"),
    # s24a: a count of places an action is done at is named by the action; a cap on what may happen stays a target
    ("Xây dựng mô hình \"Tổ hòa giải điểm\" tại ít nhất 05 thôn, tổ dân phố có đông đồng bào dân tộc thiểu số.",
     {"value": 5, "unit": "thôn, tổ dân phố", "comparator": "ge"}, "Tổ hòa giải điểm"),
    ("Triển khai thí điểm mô hình tại 03 xã vùng cao.", {"value": 3, "unit": "xã"}, "thí điểm mô hình"),
    # s25b: each unit of a level named by its kinds holds the count ("mỗi xã, phường" as "các xã, phường")
    ("- Nhân rộng mô hình bể bơi di động; mỗi xã, phường có ít nhất 01 điểm dạy bơi an toàn cho trẻ em.",
     {"value": 1, "unit": "điểm", "comparator": "ge", "scope": "mỗi xã, phường"}, "dạy bơi"),
    ("Không để tỷ lệ hộ tái nghèo vượt quá 1%.", {"value": 1, "unit": "%"}, "tái nghèo"),
    # s24b: works a plan commits to build or repair (xây mới, gia cố, nâng cấp, cứng hóa …), the verbs run together
    ("- Xây mới 04 cầu dân sinh trên đường trục thôn.", {"value": 4, "unit": "cầu"}, "Xây mới cầu dân sinh"),
    ("- Sửa chữa, gia cố 03 cầu yếu.", {"value": 3, "unit": "cầu"}, "Sửa chữa, gia cố cầu"),
    # s34b: verbs joined by commas share the value after them, whatever they are (not only the works verbs): all of them name it;
    # negative: nouns joined by a comma before a count are no verbs
    ("- Trồng mới, phục hồi khoảng 1.500 ha rừng phòng hộ ven biển.", {"value": 1500, "unit": "ha", "comparator": "approx"},
     "Trồng mới, phục hồi rừng phòng hộ ven biển"),
    ("Nâng cấp, cải tạo 25 km đường giao thông nông thôn.", {"value": 25, "unit": "km"}, "Nâng cấp, cải tạo đường giao thông nông thôn"),
    ("- Xây dựng, nâng cấp 15 trạm y tế xã.", {"value": 15, "unit": "trạm"}, "Xây dựng, nâng cấp trạm y tế xã"),
    ("Học sinh, sinh viên 5.000 người tham gia.", {"value": 5000, "unit": "người"}, "Số người tham gia"),
    ("- Nâng cấp 02 nhà văn hóa thôn.", {"value": 2, "unit": "nhà"}, "Nâng cấp nhà văn hóa"),
    # rev7: the works verbs of two words of their own ("cứng hóa", "bê tông hóa", "gia cố") name what they build, as "nâng cấp"
    ("- Cứng hóa 05 tuyến kênh mương nội đồng.", {"value": 5, "unit": "tuyến"}, "Cứng hóa tuyến kênh mương"),
    ("Bê tông hóa 12 km đường trục xã.", {"value": 12, "unit": "km"}, "Bê tông hóa đường trục xã"),
    ("Gia cố 3 km đê bao chống lũ.", {"value": 3, "unit": "km"}, "Gia cố đê bao"),
    # rev7: an amount repeated in words in brackets is the same amount, no scope; a name in brackets stays its scope
    ("Tổng mức đầu tư: 125.000 triệu đồng (Một trăm hai mươi lăm tỷ đồng).", {"value": 125000, "unit": "triệu đồng", "scope": None},
     "Tổng mức đầu tư"),
    ("Hỗ trợ 50 triệu đồng (Bằng chữ: Năm mươi triệu đồng chẵn) cho mỗi mô hình.", {"value": 50, "scope": None}, "Hỗ trợ"),
    ("Thu ngân sách đạt 500 tỷ đồng (Ngân sách tỉnh).", {"value": 500, "scope": "Ngân sách tỉnh"}, "Thu ngân sách"),
    # s24b: a count of places of sale raised to a total is no score, whatever the word "điểm"
    ("- Nâng tổng số điểm giới thiệu sản phẩm lên 45 điểm.", {"value": 45, "unit": "điểm"}, "tổng số điểm"),
    # s26e: the score an index (or a component index, or a mean score) must reach is a target, not a rubric's points
    ("2. Chỉ số PAPI đạt trên 44 điểm, so với năm 2025.", {"value": 44, "unit": "điểm", "comparator": "gt"}, "Chỉ số PAPI"),
    ("- Các chỉ số thành phần: Chi phí không chính thức đạt 7,0 điểm.", {"value": 7.0, "unit": "điểm"}, "Chi phí không chính thức"),
    ("5. Chỉ số thành phần Chính quyền số đạt 0,75 điểm.", {"value": 0.75, "unit": "điểm"}, "Chính quyền số"),
    # s24b: a share of units that each must have at least one thing, after a list of verbs: the count is its criterion
    ("- 100% sản phẩm OCOP được giới thiệu, quảng bá và bán trên ít nhất một sàn thương mại điện tử.", {"value": 100, "unit": "%"},
     "sàn thương mại điện tử"),
    # s23e: units of authoritative lists: a water-supply norm per person and day-and-night (QCVN 01:2021/BXD), apartments
    ("Tiêu chuẩn cấp nước bình quân 120 lít/người/ngày đêm.", {"value": 120, "unit": "lít/người/ngày đêm"}, "cấp nước"),
    ("Hoàn thành đưa vào sử dụng 450 căn hộ nhà ở xã hội.", {"value": 450, "unit": "căn hộ"}, "căn hộ"),
    # s23n negatives of the per-beneficiary norm: a commitment per place, a share or a count of the supported, a level reached
    ("Mỗi xã xây dựng ít nhất 01 mô hình sản xuất hiệu quả.", {"value": 1, "unit": "mô hình"}, "mô hình"),
    ("Hỗ trợ 100% hộ nghèo có nhu cầu vay vốn.", {"value": 100, "unit": "%"}, "hộ nghèo"),
    ("Năm 2026 hỗ trợ 500 hộ thoát nghèo.", {"value": 500, "unit": "hộ"}, "thoát nghèo"),
    ("Hỗ trợ phát triển sản xuất, nâng thu nhập đạt 45 triệu đồng/người/năm.", {"value": 45, "unit": "triệu đồng/người/năm"}, "thu nhập"),
    ("Tiêu chuẩn cấp nước bình quân đạt 120 lít/người/ngày đêm.", {"value": 120, "unit": "lít/người/ngày đêm"}, "cấp nước"),
    ("Cấp phát thẻ bảo hiểm y tế cho 5.000 hộ dân.", {"value": 5000, "unit": "hộ"}, "thẻ bảo hiểm y tế"),
    # s23d: a count's per-unit of time ("02 kỳ/tháng", "01 lần/tuần"); a density's base in words ("trên một vạn dân");
    # "bổ sung" after a commitment verb adds, as "thêm"
    ("Đài Phát thanh phát sóng chuyên mục ít nhất 02 kỳ/tháng.", {"value": 2, "unit": "kỳ/tháng", "comparator": "ge"}, "phát sóng"),
    ("Phát tin, bài về phòng cháy trên hệ thống truyền thanh cơ sở ít nhất 01 lần/tuần.", {"value": 1, "unit": "lần/tuần"},
     "truyền thanh cơ sở"),
    ("Các chi hội sinh hoạt chuyên đề ít nhất 01 buổi/quý.", {"value": 1, "unit": "buổi/quý", "comparator": "ge"}, "sinh hoạt"),
    ("- Số nhân lực nghiên cứu và phát triển đạt 12 người trên một vạn dân.", {"value": 12, "unit": "người/vạn dân"},
     "Số nhân lực nghiên cứu và phát triển"),
    ("Lắp đặt bổ sung 150 trụ nước chữa cháy tại các đô thị.", {"value": 150, "unit": "trụ"}, "trụ nước chữa cháy"),
    # negatives: a count without a per-unit keeps its noun; "trên" a place is no density
    ("Tổ chức 04 buổi sinh hoạt chuyên đề cho hội viên.", {"value": 4, "unit": "buổi"}, "sinh hoạt"),
    ("Giải quyết việc làm cho 1.200 người trên địa bàn tỉnh.", {"value": 1200, "unit": "người"}, "việc làm"),
    # s23a: a commitment to fund is still a target outside the plan's own funding; support that raises a level is a target
    ("Hỗ trợ phát triển sản xuất, nâng thu nhập bình quân đạt 45 triệu đồng/người/năm.", {"value": 45}, "thu nhập"),
    ("Hỗ trợ 100% hộ nghèo tiếp cận nước sạch.", {"value": 100, "unit": "%"}, "hộ nghèo tiếp cận nước sạch"),
    # s23a: a frequency inside the indicator's name is no value ("ít nhất 01 lần/năm"); one that is the value is
    ("- Tỷ lệ người dân được khám sức khỏe định kỳ ít nhất 01 lần/năm đạt 60%.", {"value": 60, "unit": "%"},
     "khám sức khỏe định kỳ ít nhất 01 lần/năm"),
    ("Tỷ lệ cơ sở được kiểm tra 02 lần/năm trở lên chiếm 80%.", {"value": 80, "unit": "%"}, "kiểm tra 02 lần/năm"),
    ("Tổ chức kiểm tra ít nhất 02 lần/năm tại các cơ sở.", {"value": 2, "unit": "lần/năm", "comparator": "ge"}, "kiểm tra"),
    # s23a: "dứt điểm" is an adverb, no point of a clause; health staff per population (NQ 20-NQ/TW, TT 37/2019/TT-BYT)
    ("- Xử lý dứt điểm 12 điểm tập kết rác tự phát.", {"value": 12, "unit": "điểm"}, "điểm tập kết rác tự phát"),
    ("Đạt 3,2 dược sĩ đại học/vạn dân.", {"value": 3.2, "unit": "dược sĩ đại học/vạn dân"}, "dược sĩ đại học"),
    ("- Giá trị sản xuất nông - lâm - thủy sản:\t2.061.608 triệu đồng.",
     {"value": 2061608, "unit": "triệu đồng", "comparator": "eq"}, "Giá trị sản xuất nông - lâm - thủy sản"),
    ("- Tổng thu ngân sách: 43,4 tỷ đồng.", {"value": 43.4, "unit": "tỷ đồng"}, "Tổng thu ngân sách"),
    # s22fc: an amount a plan commits to raise, whatever it is for, is a target (not the plan's own funding)
    ("- Phấn đấu thu hút đầu tư xã hội đạt 1.200 tỷ đồng để thực hiện Đề án.", {"value": 1200, "unit": "tỷ đồng"},
     "thu hút đầu tư xã hội"),
    ("- Huy động 2.500 tỷ đồng thực hiện Chương trình.", {"value": 2500, "unit": "tỷ đồng"}, "Huy động thực hiện Chương trình"),
    ("- Phấn đấu giải ngân kế hoạch vốn được giao là 1.000 tỷ đồng.", {"value": 1000, "unit": "tỷ đồng"},
     "giải ngân kế hoạch vốn được giao"),  # s24d: the allotted capital a plan commits to disburse
    # s22l: a verb right after the value governs its object and stays in the name
    ("Huy động 300 tỷ đồng thực hiện xây dựng nông thôn mới.", {"value": 300, "unit": "tỷ đồng"},
     "Huy động thực hiện xây dựng nông thôn mới"),
    # s29b: funds a plan raises are a target, those a budget allots are not (FUNDS_ALLOTTED, NEGATIVE)
    ("Huy động kinh phí xã hội hóa cho công tác giáo dục quốc phòng là 3,2 tỷ đồng.", {"value": 3.2, "unit": "tỷ đồng"},
     "Huy động kinh phí xã hội hóa"),
    # s22l: a budget's revenue share under the State Budget Law ("được hưởng theo phân cấp") is no allowance, and
    # "cấp" ending a compound ("phân cấp", "trung cấp") is no level
    ("a) Thu ngân sách địa phương được hưởng theo phân cấp: 19.870 tỷ đồng;", {"value": 19870, "unit": "tỷ đồng"},
     "Thu ngân sách địa phương được hưởng theo phân cấp"),
    ("- Đào tạo trình độ trung cấp 1.200 người.", {"value": 1200, "unit": "người"}, "trung cấp"),
    ("- Tỷ lệ giảm hộ nghèo:\t0,05%", {"value": 0.05, "unit": "%", "direction": "decrease"}, "Tỷ lệ giảm hộ nghèo"),
    ("Đến năm 2025, tỷ lệ lao động qua đào tạo đạt 75%.",
     {"value": 75, "unit": "%", "year": 2025, "direction": "reach"}, "tỷ lệ lao động qua đào tạo"),
    ("Giá trị sản xuất công nghiệp, xây dựng tăng bình quân 20 - 21%/năm đến năm 2025",
     {"value": 20, "value_max": 21, "unit": "%/năm", "direction": "increase", "year": 2025}, "Giá trị sản xuất công nghiệp"),
    ("Thu ngân sách tăng từ 7,5 đến 8% năm 2026.", {"value": 7.5, "value_max": 8, "unit": "%", "comparator": "eq"}, "Thu ngân sách"),
    ("tỷ lệ giải quyết tố giác, tin báo về tội phạm đạt trên 90%.", {"value": 90, "comparator": "gt"}, "tỷ lệ giải quyết"),
    ("Tốc độ tăng dân số tự nhiên dưới 1,05%", {"value": 1.05, "comparator": "lt"}, "Tốc độ tăng dân số tự nhiên"),
    ("sắp xếp quân nhân dự bị vào các đơn vị dự bị động viên đạt 95% trở lên",
     {"value": 95, "comparator": "ge"}, "sắp xếp quân nhân dự bị"),
    ("Phấn đấu công nhận có ít nhất từ 03 sản phẩm OCOP đạt 3 sao trở lên.",
     {"value": 3, "unit": "sản phẩm", "comparator": "ge"}, "sản phẩm OCOP"),
    ("Kim ngạch xuất khẩu không quá 5 tỷ USD", {"value": 5, "unit": "tỷ USD", "comparator": "le"}, "Kim ngạch xuất khẩu"),
    ("Thu nhập bình quân đầu người khoảng 60 triệu đồng/người/năm",
     {"value": 60, "unit": "triệu đồng/người/năm", "comparator": "approx"}, "Thu nhập bình quân đầu người"),
    ("Giảm tỷ lệ trẻ em dưới 05 tuổi suy dinh dưỡng theo cân nặng còn 4,7%",
     {"value": 4.7, "comparator": "eq", "direction": "decrease"}, "trẻ em dưới 05 tuổi suy dinh dưỡng"),
    ("100% đảng viên trong chi bộ quân sự hoàn thành nhiệm vụ trở lên.",
     {"value": 100, "comparator": "eq"}, "đảng viên trong chi bộ quân sự"),
    # the freight and passengers moved over a distance (LTK: tấn.km, người.km): one unit, never the tonnes carried
    ("Khối lượng hàng hóa luân chuyển đạt 1.950 triệu tấn.km.", {"value": 1950, "unit": "triệu tấn.km"}, "hàng hóa luân chuyển"),
    ("Khối lượng hành khách luân chuyển đạt 2.400 triệu HK.km.", {"value": 2400, "unit": "triệu người.km"}, "hành khách luân chuyển"),
    ("sản lượng lương thực duy trì ổn định trên 10 vạn tấn",
     {"value": 10, "unit": "vạn tấn", "comparator": "gt", "direction": "maintain"}, "sản lượng lương thực"),
    ("- Số bác sỹ trên địa bàn huyện: 4,7 Bác sỹ/01 vạn dân", {"value": 4.7, "unit": "bác sỹ/vạn dân"}, "Số bác sỹ"),
    # s23c: a rank among peers ("thuộc nhóm 15 tỉnh, thành phố dẫn đầu"): the lowest rank accepted, named by what is ranked
    ("- Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước.",
     {"value": 15, "unit": "tỉnh, thành phố", "comparator": "le"}, "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"),
    ("Phấn đấu đến năm 2030, Chỉ số cải cách hành chính (PAR Index) nằm trong top 10 địa phương dẫn đầu.",
     {"value": 10, "unit": "địa phương", "comparator": "le", "year": 2030}, "Chỉ số cải cách hành chính"),
    # s24d: a department ranked among the province's departments, a density per inhabitant written "người dân"
    ("- Chỉ số cải cách hành chính (PAR Index) của Sở thuộc nhóm 5 sở, ban, ngành dẫn đầu của tỉnh.",
     {"value": 5, "unit": "sở, ban, ngành", "comparator": "le"}, "Chỉ số cải cách hành chính (PAR Index) của Sở"),
    # s26e: the units the PAR INDEX counts as inspected (QĐ 876/QĐ-BNV 2022), a list of three kinds
    ("Sở Nội vụ kiểm tra công tác cải cách hành chính tại 20 cơ quan, đơn vị, địa phương trong năm 2026.",
     {"value": 20, "unit": "cơ quan, đơn vị, địa phương"}, "kiểm tra công tác cải cách hành chính"),
    ("- Số sách trong hệ thống thư viện công cộng bình quân đạt 0,35 bản/người dân.",
     {"value": 0.35, "unit": "bản/người dân"}, "Số sách trong hệ thống thư viện công cộng"),
    # s24d: a time cut down for a procedure named in full
    ("- Rút ngắn thời gian thẩm định hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở còn không quá 15 ngày.",
     {"value": 15, "unit": "ngày", "comparator": "le"}, "thời gian thẩm định hồ sơ thiết kế xây dựng"),
    # s23c: a frequency after the value ("mỗi tháng", "hằng quý") names nothing it counts; a span of years or ", ưu tiên …"
    # after the value's words ends them
    ("- Phát sóng bản tin bằng tiếng dân tộc ít nhất 02 lần mỗi tháng.", {"value": 2, "unit": "lần", "comparator": "ge"},
     "Phát sóng bản tin bằng tiếng dân tộc"),
    ("- Hỗ trợ xây dựng 12 mô hình sinh kế giai đoạn 2026 - 2028, ưu tiên các xã đặc biệt khó khăn.",
     {"value": 12, "unit": "mô hình", "year": 2028}, "mô hình sinh kế"),
    # s23c: the communities a forest is allotted to (Luật Lâm nghiệp 2017: cộng đồng dân cư) are counted
    ("- Giao khoán bảo vệ rừng cho 126 cộng đồng dân cư thôn, bản.", {"value": 126, "unit": "cộng đồng"}, "Giao khoán bảo vệ rừng"),
    # s23c: per thousand people keeps its number (not "/dân", per person)
    ("- Toàn tỉnh đạt 7 doanh nghiệp/1.000 dân.", {"value": 7, "unit": "doanh nghiệp/1.000 dân"}, "doanh nghiệp"),
    ("Số doanh nghiệp đang hoạt động:\t5,5 doanh nghiệp/ 1.000 dân", {"value": 5.5, "unit": "doanh nghiệp/1.000 dân"},
     "Số doanh nghiệp đang hoạt động"),
    ("- Tỷ lệ trường học trên địa bàn đạt chuẩn quốc gia:\t83,3% (40/48 trường)",
     {"value": 83.3, "unit": "%", "numerator": 40, "denominator": 48}, "Tỷ lệ trường học"),
    ("- Số trường đạt chuẩn quốc gia: 36/40 đạt tỷ lệ: 90%",
     {"value": 36, "unit": "trường", "numerator": 36, "denominator": 40}, "Số trường đạt chuẩn quốc gia"),
    ("- Đến năm 2025, giảm 1/2 (50%) quy mô hộ nghèo so với đầu giai đoạn.",
     {"value": 50, "unit": "%", "numerator": 1, "denominator": 2, "direction": "decrease", "year": 2025}, "quy mô hộ nghèo"),
    ("nâng số xã đạt chuẩn nông thôn mới lên 11/11 xã (tỷ lệ 100%) trong năm 2024",
     {"value": 11, "unit": "xã", "numerator": 11, "denominator": 11, "direction": "increase", "year": 2024}, "xã đạt chuẩn nông thôn mới"),
    ("- Huyện Cam Lâm: Có 12/12 xã đạt chuẩn nông thôn mới.",
     {"value": 12, "unit": "xã", "scope": "Huyện Cam Lâm"}, "Số xã đạt chuẩn nông thôn mới"),
    ("- Xây dựng mới 02 mô hình tự quản về an ninh trật tự.", {"value": 2, "unit": "mô hình", "direction": "increase"},
     "mô hình tự quản về an ninh trật tự"),
    ("- Hằng năm có trên 90% thôn, tổ dân phố được công nhận đạt chuẩn văn hóa.",
     {"value": 90, "comparator": "gt"}, "thôn, tổ dân phố"),
    ("Năm 2026 đón 1,2 triệu lượt khách du lịch.",
     {"value": 1.2, "unit": "triệu lượt khách", "year": 2026}, "lượt khách"),
    ("Năm 2027, sản lượng trứng gia cầm đạt 210 triệu quả.",
     {"value": 210, "unit": "triệu quả", "year": 2027}, "sản lượng trứng gia cầm"),
    ("- Tỷ lệ khu công nghiệp có hệ thống xử lý nước thải: ≥ 90%", {"value": 90, "comparator": "ge"}, "khu công nghiệp"),
    ("Năm 2026, thu ngân sách tăng 10% so với năm 2025.", {"value": 10, "unit": "%", "year": 2026, "direction": "increase"},
     "thu ngân sách"),
    # s26d: "tăng huyết áp" names a disease, no direction (nor a yearly rate with the share's "mỗi năm"); a change after it is one
    ("a) Tăng huyết áp: 95% người từ 40 tuổi trở lên được đo huyết áp ít nhất một lần mỗi năm.",
     {"value": 95, "unit": "%", "direction": None}, "đo huyết áp"),
    ("- Tỷ lệ người bệnh tăng huyết áp được quản lý điều trị tăng 10% mỗi năm.",
     {"value": 10, "unit": "%/năm", "direction": "increase"}, "tăng huyết áp được quản lý"),
    ("- Số xã đạt chuẩn nông thôn mới nâng cao: 05 xã (chiếm 20%)", {"value": 5, "unit": "xã"}, "nông thôn mới nâng cao"),
    ("- Giữ vững xã đạt chuẩn nông thôn mới:\t10 xã", {"value": 10, "unit": "xã", "direction": "maintain"},
     "Giữ vững xã đạt chuẩn nông thôn mới"),
    ("- Giá trị sản xuất thu được trên 1 ha đất canh tác: 1.5 triệu đồng/ha",
     {"value": 1.5, "unit": "triệu đồng/ha"}, "Giá trị sản xuất"),
    # s25u: a "Số lượng:" / "Quy mô:" line of an activity's block counts the activity its heading names (a size per unit,
    # "50 đại biểu/hội nghị", is an attribute of each, not an output; a per-time pace "02 hội nghị/năm" is the output)
    ("3. In ấn tài liệu tuyên truyền\n- Hình thức: cấp phát cho các xã.\n- Số lượng: 5.000 cuốn.",
     {"value": 5000, "unit": "cuốn"}, "In ấn tài liệu tuyên truyền"),
    ("- Tổ chức hội nghị tập huấn cho cán bộ cấp xã\n+ Số lượng: 02 hội nghị/năm\n+ Quy mô: 50 đại biểu/hội nghị\n"
     "+ Thời gian: Quý II\n+ Đơn vị thực hiện: Sở Nông nghiệp và Môi trường",
     {"value": 2, "unit": "hội nghị/năm"}, "Tổ chức hội nghị tập huấn"),
    ("b) Xây dựng mô hình trình diễn nuôi tôm\n- Địa điểm: các xã ven biển.\n- Quy mô: 30 ha.",
     {"value": 30, "unit": "ha"}, "mô hình trình diễn nuôi tôm"),
    ("1. Nạo vét kênh mương nội đồng\n- Địa điểm: các xã vùng trũng.\n- Khối lượng: 12 km.",
     {"value": 12, "unit": "km"}, "Nạo vét kênh mương nội đồng"),
    ("**4. Tổ chức lớp bồi dưỡng kỹ năng**\n\n- Đối tượng: cán bộ, công chức cấp xã.\n\n- Số lượng: 02 lớp/năm, 60 học viên/lớp.",
     {"value": 2, "unit": "lớp/năm"}, "Tổ chức lớp bồi dưỡng kỹ năng"),
    ("3. Hội nghị phổ biến, tuyên truyền, vận động người dân, hướng dẫn biện pháp xử lý về môi trường và các quy định của "
     "pháp luật khác có liên quan\n\n- Nội dung: Phổ biến, tuyên truyền, hướng dẫn người dân các biện pháp xử lý;\n"
     "phổ biến các quy định pháp luật liên quan.\n\n- Số lượng: 02 hội nghị/năm × 50 đại biểu/hội nghị.\n\n"
     "- Thời gian: 01 ngày/hội nghị.", {"value": 2, "unit": "hội nghị/năm"}, "Hội nghị phổ biến, tuyên truyền"),
    # s26a: a count in the name of the rate its clause opens with defines what the rate counts (visits, doses): one row,
    # the rate's, its name whole
    ("- Tỷ lệ phụ nữ có thai được khám thai ít nhất 4 lần trong 3 thai kỳ đạt trên 85%.",
     {"value": 85, "unit": "%", "comparator": "gt"}, "khám thai ít nhất 4 lần trong 3 thai kỳ"),
    ("- Tỷ lệ trẻ em được uống vitamin A liều cao 2 lần trong năm đạt 98%.", {"value": 98, "unit": "%"},
     "vitamin A liều cao 2 lần trong năm"),
    # s29c: a value brought down from its baseline under a bound ("xuống còn không quá", "xuống dưới"): the level, its bound
    # the comparator; a count of places so brought down is no score
    ("Giảm số điểm giết mổ nhỏ lẻ từ 14 điểm xuống còn không quá 06 điểm.", {"value": 6, "unit": "điểm", "comparator": "le"},
     "số điểm giết mổ nhỏ lẻ"),
    ("Số vụ tai nạn giao thông giảm từ 40 vụ xuống dưới 30 vụ.", {"value": 30, "unit": "vụ", "comparator": "lt"},
     "Số vụ tai nạn giao thông"),
    ("Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn dưới 3% vào năm 2026.", {"value": 3, "comparator": "lt"}, "tỷ lệ hộ nghèo"),
]

# Every row of a line that states several values.
MANY = [
    # w23b: rounds of an activity after "và", the second output of the verb that organises the first
    ("- Mỗi năm tổ chức ít nhất 03 cuộc trưng bày chuyên đề và 04 đợt trưng bày lưu động tại các xã vùng cao.",
     [(3.0, "cuộc", None), (4.0, "đợt", None)]),
    # w23b: airtime, then the share of it produced in house ("trong đó … chiếm"): the part keeps the airtime's name
    ("- Tổng thời lượng phát sóng phát thanh đạt 6.570 giờ/năm, trong đó chương trình tự sản xuất chiếm tối thiểu 65%.",
     [(6570.0, "giờ/năm", None), (65.0, "%", "chương trình tự sản xuất")]),
    # s33d: a rate's own level after its change, both in % ("giảm 1 - 1,2%, còn dưới 2,8%", "tăng 0,5%, lên 42%"); the rate of
    # another group after the comma keeps its own name (negative)
    ("- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1 - 1,2%, còn dưới 2,8%.", [(1.0, "%", None), (2.8, "%", None)]),
    ("Tỷ lệ hộ nghèo giảm 1,5%, xuống còn 3%.", [(1.5, "%", None), (3.0, "%", None)]),
    ("Tỷ lệ che phủ rừng tăng 0,5%, lên 42%.", [(0.5, "%", None), (42.0, "%", None)]),
    # s33d: a bracket that reports an estimate beside the target is no breakdown; the parts after "trong đó" follow it
    ("- Chỉ tiêu 1: Tổng thu ngân sách nhà nước trên địa bàn đạt 42 tỷ đồng (năm 2026 ước đạt 38,6 tỷ đồng), trong đó thu cân "
     "đối ngân sách xã 9,5 tỷ đồng.", [(42.0, "tỷ đồng", None), (9.5, "tỷ đồng", "thu cân đối ngân sách xã")]),
    # s30c: the size each counted item has is a norm, no target (the size of them all still is one: rule_size_of_previous)
    ("- Xây dựng 30 mô hình tái canh cà phê, mỗi mô hình quy mô tối thiểu 5 ha.", [(30.0, "mô hình", None)]),
    ("- Xây dựng 24 mô hình trình diễn, mỗi mô hình 50 ha, áp dụng đồng bộ.", [(24.0, "mô hình", None)]),
    ("- Xây dựng 05 mô hình, với quy mô 50 ha.", [(5.0, "mô hình", None), (50.0, "ha", None)]),
    # s30c: the relics a plan commits to restore ("tu bổ, phục hồi", "chống xuống cấp": Luật Di sản văn hóa 2024)
    ("- Tu bổ, phục hồi ít nhất 60 di tích; chống xuống cấp, tu bổ cấp thiết cho 150 di tích cấp tỉnh.",
     [(60.0, "di tích", None), (150.0, "di tích", None)]),
    ("Năm 2026 hoàn thành tu bổ 9 di tích chuyển tiếp.", [(9.0, "di tích", None)]),
    # s28e: children counted as those an output is for ("cho 1.500 trẻ em", Luật Trẻ em 2016); a share of them is a rate
    ("Năm 2026, mở 20 lớp dạy bơi an toàn cho 1.500 trẻ em.", [(20.0, "lớp", None), (1500.0, "trẻ em", None)]),
    ("Năm 2026, 100% trẻ em dưới 5 tuổi được tiêm chủng đầy đủ.", [(100.0, "%", None)]),
    # s27e: the "ước" of an agreement or a covenant (thỏa ước, hương ước, quy ước) is no estimate that reports a result
    ("- 100% thôn, tổ dân phố xây dựng hương ước, quy ước; 95% hương ước, quy ước được công nhận.",
     [(100.0, "%", None), (95.0, "%", None)]),
    ("- Phấn đấu 75% công đoàn cơ sở ký kết được thỏa ước lao động tập thể; ít nhất 45% số thỏa ước được xếp loại B trở lên.",
     [(75.0, "%", None), (45.0, "%", None)]),
    # s27b: those struck (by a disaster, by land recovery) whom the clause commits to serve are its output; what was struck
    # alone stays out. Results a clause acts on ("cập nhật kết quả …") report nothing. Martyrs' remains gathered ("quy tập"),
    # workers lent to ("cho vay"), works built ("thi công") are outputs.
    ("5. Tổ chức đào tạo nghề, chuyển đổi nghề cho 2.000 lao động thuộc hộ bị thu hồi đất nông nghiệp.", [(2000, "lao động", None)]),
    ("- Ngân hàng Chính sách xã hội giải ngân cho vay 300 lao động thuộc hộ bị thu hồi đất.", [(300, "lao động", None)]),
    ("- Năm 2025, toàn tỉnh có 1.200 hộ bị thu hồi đất.", []),
    ("- Cơn bão số 3 làm 1.200 hộ bị ảnh hưởng.", []),
    ("- Cập nhật kết quả kiểm đếm vào cơ sở dữ liệu đất đai; 100% hồ sơ kiểm đếm được số hóa.", [(100, "%", None)]),
    ("- Kết quả kiểm đếm đạt 100% hồ sơ.", []),
    ("6. Tìm kiếm, quy tập 120 hài cốt liệt sĩ trong nước và tại Lào.", [(120, "hài cốt", None)]),
    ("- Đẩy nhanh thi công 04 khu tái định cư Long Phước, Phước Tân.", [(4, "khu", None)]),
    # s27a: a level of a framework before the value ("đạt bậc 2/6 trở lên đạt 60%"): the value after it is the target
    ("- Tỷ lệ học sinh lớp 9 đạt bậc 2/6 trở lên đạt 60%; tỷ lệ học sinh lớp 12 đạt bậc 3/6 trở lên đạt 40%.",
     [(60, "%", None), (40, "%", None)]),
    # s27a: the results an action is grounded on ("trên cơ sở kết quả khảo sát") report nothing; a share of a cost outside
    # the funding's part is kept
    ("- Trên cơ sở kết quả khảo sát, tổ chức 12 lớp bồi dưỡng nâng chuẩn cho giáo viên.", [(12, "lớp", None)]),
    ("III. CHỈ TIÊU\n- Hỗ trợ 70% hộ nghèo tiếp cận dịch vụ y tế.", [(70, "%", None)]),
    # s26f: one indicator's values place by place, each value followed by its place: the second takes the first's name
    ("- Tỷ lệ chất thải rắn sinh hoạt được phân loại tại nguồn đạt trên 90% ở các phường và 70% ở các xã.",
     [(90, "%", "các phường"), (70, "%", "các xã")]),
    ("Tỷ lệ hộ dùng nước sạch đạt 95% đối với khu vực đô thị, 80% đối với khu vực nông thôn.",
     [(95, "%", "khu vực đô thị"), (80, "%", "khu vực nông thôn")]),
    ("Tỷ lệ hộ nghèo giảm 2% ở các xã vùng cao và tỷ lệ hộ cận nghèo giảm 1% ở các xã khác.", [(2, "%", None), (1, "%", None)]),
    # s29h: … or share by share of the whole each is of ("số" before each whole, commas inside its name)
    ("2. Tỷ lệ cơ quan được kiểm tra đạt ít nhất 50% số sở, ban, ngành tỉnh và 20% số xã, phường.",
     [(50, "%", "sở, ban, ngành tỉnh"), (20, "%", "xã, phường")]),
    ("Tỷ lệ trường đạt chuẩn đạt 60%, số trường tiểu học đạt 70% số trường.", [(60, "%", None), (70, "%", None)]),
    # s26f: a task's clause after a "đã" that names what is handled (no figure reported); not after a reported figure
    ("- Thu gom riêng chất thải đã phân loại tại các phường trung tâm; lắp đặt 500 thùng rác tại bãi biển.", [(500, "thùng", None)]),
    ("Năm 2025 đã tổ chức 20 lớp tập huấn; tổ chức 10 hội nghị.", []),
    # s26f: parents trained, counted in "phụ huynh" (Luật Giáo dục 2019: cha mẹ, người giám hộ của người học)
    ("Tổ chức 02 buổi tập huấn kỹ năng sơ cứu cho 80 phụ huynh, người chăm sóc trẻ.", [(2, "buổi", None), (80, "phụ huynh", None)]),
    # s26b: a count inside the noun phrase a rate is about is no target; a count in a clause of its own, or after the rate's
    # value, is one
    ("a) Tỷ lệ hồ sơ của 25 thủ tục hành chính thiết yếu được tiếp nhận, giải quyết trực tuyến toàn trình đạt 80%.",
     [(80, "%", None)]),
    ("Tỷ lệ người dân tại 45 xã được sử dụng nước sạch đạt 95%.", [(95, "%", None)]),
    ("Nâng cao tỷ lệ tiêm chủng, tổ chức 20 đợt tiêm cho 90% trẻ em.", [(20, "đợt", None), (90, "%", None)]),
    ("Tỷ lệ hộ nghèo giảm 1,5%, tương đương 2.000 hộ.", [(1.5, "%", None), (2000, "hộ", None)]),
    # s26e: health and school staff are counted in "nhân viên" (Hệ thống chỉ tiêu thống kê ngành y tế, ngành Giáo dục)
    ("Tổ chức 04 lớp tập huấn về kiểm soát nhiễm khuẩn cho 320 nhân viên y tế.", [(4, "lớp", None), (320, "nhân viên", None)]),
    # s25u: each quantity of an activity's "Số lượng:" line is the activity's
    ("2. Tập huấn nghiệp vụ\n- Số lượng: 03 lớp, 150 học viên.", [(3, "lớp", None), (150, "học viên", None)]),
    # s26d: health workers trained (counted in "nhân viên", as "cán bộ y tế" in "cán bộ"), those the classes are for; equipment replaced after a comma
    ("b) Sở Y tế tổ chức 20 lớp tập huấn cho 600 nhân viên y tế xã về quản lý tăng huyết áp.",
     [(20, "lớp", None), (600, "nhân viên", None)]),
    ("- Lắp đặt mới 40 camera, thay thế 320 bộ đèn cao áp đã xuống cấp.", [(40, "camera", None), (320, "bộ đèn", None)]),
    # s29j: routes a province opens (tuyến xe buýt, Nghị định 158/2024/NĐ-CP) and border crossings (lối mở, Nghị định
    # 14/2018/NĐ-CP) are count nouns; routes in a current figure stay none
    ("- Sở Xây dựng mở mới 04 tuyến xe buýt điện kết nối Cảng hàng không quốc tế Cam Ranh với các khu du lịch.", [(4, "tuyến", None)]),
    ("- Đề nghị cấp có thẩm quyền công bố mở 02 lối mở phục vụ xuất nhập khẩu hàng nông sản.", [(2, "lối mở", None)]),
    ("II. THỰC TRẠNG\nHiện có 14 tuyến xe buýt với 168 xe hoạt động.", []),
    # s29e: servers and workstations (TCVN 11930:2017) are compound count nouns, not "máy"
    ("- Bổ sung năng lực giám sát cho 150 máy chủ và 5.000 máy trạm, hoàn thành trong năm 2027.",
     [(150, "máy chủ", None), (5000, "máy trạm", None)]),
    ("- Trang bị 20 máy phát điện dự phòng.", [(20, "máy phát điện", None)]),
    # s29e: village midwives (Thông tư 07/2013/TT-BYT: cô đỡ thôn, bản), a compound count noun, not "cô"
    ("- Đào tạo mới 60 cô đỡ thôn bản cho các thôn, làng vùng đồng bào dân tộc thiểu số.", [(60, "cô đỡ thôn bản", None)]),
    ("- Tập huấn cho 30 cô đỡ về chăm sóc sơ sinh.", [(30, "cô đỡ", None)]),
    ("Nghị định này thay thế Nghị định số 15/2018/NĐ-CP.", []),
    ("c) Hội Cựu chiến binh phường nhận đỡ đầu 04 tuyến phố văn minh mới.", [(4, "tuyến", None)]),
    ("In, phát 2.000 tờ gấp về phòng, chống tác hại của thuốc lá.", [(2000, "tờ gấp", None)]),
    ("Năm 2025, phường đã in 2.000 tờ gấp.", []),  # a result, no commitment
    # s25f: a breakdown after a parent whose noun lists kinds with commas (no number among them)
    ("Xử lý ít nhất 2.400 vụ vi phạm về buôn lậu, gian lận thương mại và hàng giả, trong đó: Quản lý thị trường 1.100 vụ, "
     "Công an tỉnh 520 vụ.", [(2400, "vụ", None), (1100, "vụ", "Quản lý thị trường"), (520, "vụ", "Công an tỉnh")]),
    # (a number between: not the first's; w21d: the 300's, "là" names what some of them are, a part as "trong đó ít nhất 20% là
    # cán bộ nữ" is in btc_quy_hoach_luan_chuyen_can_bo's gold)
    ("Tổ chức 04 hội nghị, tập huấn cho 300 người, trong đó 120 người là nữ.", [(4, "hội nghị", None), (300, "người", None),
                                                                              (120, "người", "là nữ")]),
    # s24b: a second commitment joined by "và" with its own verbs and value; each named by its own verbs
    ("- Xây dựng mới 05 cầu dân sinh và sửa chữa, gia cố 03 cầu yếu trên các tuyến đường liên xã.",
     [(5, "cầu", None), (3, "cầu", None)]),
    # s24b: the level after a change of the same measure ("tăng 20% so với năm 2025, đạt …")
    ("- Doanh thu thương mại điện tử bán lẻ tăng 20% so với năm 2025, đạt khoảng 1.850 tỷ đồng.", [(20, "%", None), (1850, "tỷ đồng", None)]),
    ("- Doanh thu bán lẻ tăng 20%, đạt 1.850 tỷ đồng.", [(20, "%", None), (1850, "tỷ đồng", None)]),
    # s24b: a part of a count after "trong đó", cued as the whole is; a share of a kind of the units counted
    ("- Tổ chức 04 hội nghị kết nối cung cầu, trong đó 01 hội nghị kết nối với các tỉnh phía Nam.",
     [(4, "hội nghị", None), (1, "hội nghị", "hội nghị kết nối với các tỉnh phía Nam")]),
    ("- 30 chợ thực hiện thanh toán không dùng tiền mặt, trong đó 100% chợ hạng 1.", [(30, "chợ", None), (100, "%", "chợ hạng 1")]),
    ("Toàn tỉnh hiện có 87 trạm, trong đó 25 trạm của VNPT.", []),  # a current figure: no cue, its part neither
    ("Trong đó, ít nhất 40% doanh nghiệp có website.", [(40, "%", None)]),  # no count before: the share names its own group
    # s24b: a list of the works a plan builds in a year ("DANH MỤC CÔNG TRÌNH … NĂM 2025"): each work's size in its unit
    # column, the count its name states; not what each costs ("Tổng mức đầu tư"), nor a place ("19 xã")
    ("DANH MỤC CÔNG TRÌNH GIAO THÔNG NÔNG THÔN NĂM 2025\nSTT\tTên công trình\tĐịa điểm\tQuy mô (km)\tTổng mức đầu tư (tỷ đồng)"
     "\tThời gian hoàn thành\n1\tCứng hóa đường trục xã Đồng Tâm\txã Đồng Tâm\t4,2\t14,8\t30/6/2025\n2\tXây mới 04 cầu dân sinh"
     "\txã Tam Tiến\t\t6,4\t31/12/2025\n3\tCứng hóa đường ngõ xóm\t19 xã\t8,5\t14,3\t31/12/2025\n",
     [(4.2, "km", None), (4, "cầu", None), (8.5, "km", None)]),
    # s24b: a note cell that states the row's change as a share is a row of its own; other notes state none
    ("CHỈ TIÊU NĂM 2026\nSTT\tChỉ tiêu\tĐơn vị tính\tƯớc thực hiện năm 2025\tKế hoạch năm 2026\tGhi chú\n1\tDoanh thu bán lẻ\ttỷ đồng"
     "\t1.540\t1.850\tTăng 20%\n2\tTỷ lệ hộ nghèo\t%\t4,8\t4\tTheo chuẩn nghèo đa chiều\n",
     [(1850, "tỷ đồng", None), (20, "%", None), (4, "%", None)]),
    ("DANH SÁCH CÔNG TRÌNH ĐÃ HOÀN THÀNH NĂM 2024\nSTT\tTên công trình\tĐịa điểm\tQuy mô (km)\n1\tĐường trục xã Đồng Tâm"
     "\txã Đồng Tâm\t4,2\n", []),  # a list of what was done: no plan's caption
    # s27b: a schedule (a time column gives each row its deadline) under a caption with the year and no plan word: each value
    # under a header naming its measure and unit is a target, the row's project its scope; a caption that reports, none
    ("DIỆN TÍCH VÀ THỜI HẠN BÀN GIAO MẶT BẰNG CÁC DỰ ÁN TRỌNG ĐIỂM NĂM 2026\nSTT\tDự án\tDiện tích bàn giao (ha)\tSố hộ tái "
     "định cư (hộ)\tThời hạn bàn giao\n1\tĐường Vành đai 4\t620\t560\t30/9/2026\n2\tCảng Phước An\t185\t150\tQuý III/2026\n",
     [(620, "ha", "Đường Vành đai 4"), (560, "hộ", "Đường Vành đai 4"), (185, "ha", "Cảng Phước An"), (150, "hộ", "Cảng Phước An")]),
    ("KẾT QUẢ BÀN GIAO MẶT BẰNG CÁC DỰ ÁN NĂM 2025\nSTT\tDự án\tDiện tích bàn giao (ha)\tSố hộ tái định cư (hộ)\tThời gian "
     "hoàn thành\n1\tĐường Vành đai 4\t620\t560\t30/9/2025\n2\tCảng Phước An\t185\t150\t31/12/2025\n", []),
    # s23e: youth counted as people (Luật Thanh niên 2020), the part named by what it is for
    ("Giải quyết việc làm mới cho 23.000 thanh niên, trong đó đưa 8.500 thanh niên đi làm việc ở nước ngoài theo hợp đồng.",
     [(23000, "thanh niên", None), (8500, "thanh niên", "đưa thanh niên đi làm việc ở nước ngoài theo hợp đồng")]),
    # s23d: "nâng <what> lên N <count noun>" commits to a level (a count noun read after it, as after a cue)
    ("Thành lập mới 02 câu lạc bộ liên thế hệ, nâng tổng số câu lạc bộ trên địa bàn xã lên 06 câu lạc bộ.",
     [(2, "câu lạc bộ", None), (6, "câu lạc bộ", None)]),
    ("Hiện nay tổng số câu lạc bộ trên địa bàn xã là 06 câu lạc bộ.", []),  # a current figure: no cue, no count noun
    # s23d: "trong đó X chiếm Y%" is a share of the whole before, even when X opens like a measure ("chi", "thu"); a
    # measure's head with a value of its own ("trong đó tỷ lệ … đạt 30%") names its own indicator
    ("Tổng chi cho khoa học đạt 2% GRDP, trong đó chi từ xã hội chiếm trên 60%.", [(2, "%", None), (60, "%", "chi từ xã hội")]),
    ("Tỷ lệ lao động qua đào tạo đạt 75%, trong đó tỷ lệ có bằng cấp đạt 30%.", [(75, "%", None), (30, "%", None)]),
    ("Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống; "
     "tỷ lệ trẻ em dưới\n15 tuổi đạt khoảng 22%.",
     [(2.1, "con/phụ nữ", None), (109, "bé trai/100 bé gái", None), (22, "%", None)]),
    ("- Bồi dưỡng kiến thức Quốc phòng - An Ninh cấp huyện tổ chức 02 lớp/80 đồng chí.",
     [(2, "lớp", None), (80, "đồng chí", None)]),
    ("- Huấn luyện Dân quân tự vệ: 1.532 đồng chí (Dân quân cơ động: 351, Tự vệ: 188)",
     [(1532, "đồng chí", None), (351, "đồng chí", "Dân quân cơ động"), (188, "đồng chí", "Tự vệ")]),
    ("- Tỷ lệ huy động học sinh đến trường: Trẻ 05 tuổi 99%, từ 06-14 tuổi 98,5%.",
     [(99, "%", "Trẻ 05 tuổi"), (98.5, "%", "từ 06-14 tuổi")]),
    ("phấn đấu đến cuối năm 2025, có ít nhất 80% số xã đạt chuẩn nông thôn mới, 40% số xã đạt chuẩn nông thôn mới nâng cao",
     [(80, "%", None), (40, "%", None)]),
    # s23a: funds a plan commits to raise keep their parts (not the plan's own funding)
    ("Tổng nguồn vốn dự kiến huy động thực hiện Kế hoạch khoảng 4.185 tỷ đồng, trong đó: vốn ngân sách trung ương 3.420 tỷ "
     "đồng; vốn ngân sách địa phương 345 tỷ đồng.",
     [(4185, "tỷ đồng", None), (3420, "tỷ đồng", "vốn ngân sách trung ương"), (345, "tỷ đồng", "vốn ngân sách địa phương")]),
    # rev4: a commitment to raise money names the plan after it and keeps its value ("thực hiện Kế hoạch đạt …" is no title)
    ("Phấn đấu huy động tổng nguồn lực thực hiện Kế hoạch đạt 500 tỷ đồng, trong đó vốn xã hội hóa 200 tỷ đồng.",
     [(500, "tỷ đồng", None), (200, "tỷ đồng", "vốn xã hội hóa")]),
    # s23e: under a funding heading, an amount the plan commits to raise stays a target
    ("V. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện từ ngân sách huyện năm 2025 là 86 tỷ đồng; thu hút 40 tỷ đồng vốn doanh nghiệp.",
     [(40, "tỷ đồng", None)]),
    # rev9: a label that names the kind of place counts places, whatever follows the value ("điểm" is no score there)
    ("- Số điểm quan trắc: 05 điểm.", [(5, "điểm", None)]),
    ("- Số điểm quan trắc: 08 điểm, trong đó: 06 điểm vùng nước cấp và 02 điểm ao nuôi.",
     [(8, "điểm", None), (6, "điểm", "điểm vùng nước cấp"), (2, "điểm", "điểm ao nuôi")]),
    ("2. Tổng số điểm giới thiệu sản phẩm OCOP: 12 điểm;", [(12, "điểm", None)]),
    # rev9: under a budget estimate's heading an amount to raise stays; money under another heading stays
    ("IV. DỰ TOÁN KINH PHÍ\n1. Tổng dự toán: 500 triệu đồng.\n2. Phấn đấu huy động nguồn xã hội hóa đạt 200.000.000 đồng.",
     [(200000000, "đồng", None)]),
    ("IV. DỰ TOÁN\n- Thu ngân sách nhà nước trên địa bàn: 160.000 triệu đồng.", [(160000, "triệu đồng", None)]),
    ("II. CHỈ TIÊU\n- Thu ngân sách trên địa bàn: 160.000 triệu đồng.\n- Giá trị sản xuất bình quân đạt 93 triệu đồng/ha/năm.",
     [(160000, "triệu đồng", None), (93, "triệu đồng/ha/năm", None)]),
    # s25a: a level's budget outside the funding heading is read as before; raising money under it stays a target
    ("V. KINH PHÍ\nNgân sách xã bố trí 185 triệu đồng; phấn đấu huy động xã hội hóa đạt 500 triệu đồng.", [(500, "triệu đồng", None)]),
    ("Phấn đấu huy động tổng kinh phí dự kiến 20 tỷ đồng từ xã hội hóa.", [(20, "tỷ đồng", None)]),  # s30a: money to raise stays
]

# Must give no target.
NEGATIVE = [
    # w23b: the rounds a campaign is divided into, after "và" too
    "Phong trào thi đua được tổ chức 02 đợt và 03 đợt thi đua chuyên đề.",
    "Kế hoạch chia làm 02 đợt và 01 đợt bổ sung.",
    # w23b: hours that are no airtime nor programmes: how long an action takes, the hours of a course
    "Xử lý sự cố phát sóng trong 24 giờ.",
    "Thời lượng đào tạo tối thiểu 40 giờ.",
    # w22c: a school's situation before its targets ("I. ĐẶC ĐIỂM TÌNH HÌNH"), how often the plan's own board meets, the
    # programmes of the plan itself, and a duration of treatment that no indicator names
    "I. ĐẶC ĐIỂM TÌNH HÌNH\n1. Quy mô trường lớp\nNăm học 2026 - 2027, nhà trường có 36 lớp với 1.512 học sinh.",
    "Hội đồng trường họp định kỳ 02 lần/năm để giám sát việc thực hiện Kế hoạch.",
    "Kế hoạch gồm 03 chương trình trọng điểm.",
    "Kinh phí hỗ trợ 50 triệu đồng/đề tài.",
    "Người bệnh được điều trị kéo dài 5 ngày.",
    # s36b: "đồng" that opens a word of its own (đồng bộ, đồng bào) after a number that names something is no money
    "Xây dựng hệ thống cấp cứu ngoại viện 115 đồng bộ, hiện đại, phủ kín địa bàn tỉnh.",
    "Trung tâm tiếp nhận cuộc gọi 115 đồng thời điều phối xe cứu thương.",
    # s33b: units merged last year (a result, not a commitment)
    "Năm 2025, toàn tỉnh đã sáp nhập 12 trung tâm y tế.",
    # s30c: a parcel's number on its map sheet
    "Đo đạc, chỉnh lý thửa 45, tờ bản đồ số 12 tại xã Nghi Phong.",
    # s29a: results, award quotas and a programme carried out stay none after ";" and before "chương trình"
    "Năm 2025 đã tổ chức 12 chương trình nghệ thuật; 05 giải thể thao.",
    "Ban Tổ chức trao 01 giải Nhất; 02 giải Nhì; 03 giải Ba cho cá nhân.",
    "Thực hiện 03 chương trình mục tiêu quốc gia trên địa bàn.",
    # s27c: the plan's own tasks; what was collected before the plan
    "Thực hiện tốt 05 nhiệm vụ trọng tâm sau đây.",
    "Đã sưu tầm 120 hiện vật trong năm 2025.",
    "Năm 2025, số hương ước, quy ước được công nhận ước đạt 350 bản.",  # s27e: an estimate after the covenants' noun
    # s25u: a quantity label with no activity heading above it (a list to buy, a section of the plan) names nothing;
    # a size per unit is no output
    "II. NỘI DUNG\n- Số lượng: 20 máy tính.",
    "- Số lượng: 5.000 cuốn.",
    "3. Hội nghị sơ kết\n- Quy mô: 100 đại biểu/hội nghị.",
    "III. KINH PHÍ\n- Số lượng: 5 xe.",
    "III. KINH PHÍ\n- Số lượng: 5 tàu.",  # s28e: a known unit too
    "Năm 2024, toàn tỉnh đã in 5.000 cuốn tài liệu.\n- Số lượng: 5.000 cuốn.",
    # s25f: rounds of an emulation campaign or of the plan itself are its structure; a year without a group dot stays a year
    "Tổ chức 04 đợt thi đua cao điểm.",
    "Tổ chức phong trào thi đua trong 02 đợt.",  # s26a: a campaign's division into rounds, not rounds of an activity
    "Tổ chức thực hiện Kế hoạch chia làm 03 đợt.",
    "a) Tổ chức tiêm phòng tập trung 02 đợt trong năm:\n- Đợt 1: từ ngày 15/3 đến ngày 15/4/2026.",  # rounds laid out after
    "Phong trào được tổ chức thành 03 đợt: đợt 1 từ tháng 3.",
    "Tổ chức 02 đợt tiêm phòng tập trung trong năm.\nĐợt 1: từ ngày 15/3 đến ngày 15/4/2026.",  # rounds the plan lays out
    "Đến năm 2030 hoàn thành chỉnh lý tài liệu tồn đọng.",
    # s24a: what the plan prevents, defined by a threshold (the event's size, a score), is no level to reach
    "Không để xảy ra vụ ngộ độc thực phẩm từ 30 người mắc trở lên tại bếp ăn tập thể.",
    "Không để xã, phường nào có tiêu chí dưới 50% số điểm.",
    "Xã đạt 90 điểm.",  # s24b: a score stays a score (only a count raised "nâng … lên" is one of places)
    # s28a: what there was or is, counted in the units s28a adds (bể) or in "trẻ em" (read by the tagger only where a clause
    # commits to the count: as a unit of its own it made "01 trẻ em tử vong" of a past year a target), is no target
    "Hiện nay trên địa bàn có 12 bể bơi, trong đó 03 bể bơi đạt chuẩn.",
    "Năm 2025, xảy ra 17 trường hợp trẻ em bị tai nạn thương tích, 01 trẻ em tử vong do đuối nước.",
    "Chỉ số cải cách hành chính của đơn vị đạt 85 điểm được xếp loại Tốt.",  # s26e: an index's score that rates is no target
    "Đơn vị có chỉ số hài lòng đạt từ 90% trở lên được cộng 10 điểm.",
    "Tổ chức các hoạt động Tháng Thanh niên năm 2024 trong tháng 3/2024.",  # s23e: a month's name, no count of youth
    "Năm 2024, chỉ số PCI của tỉnh xếp thứ 13 trong cả nước.",
    "Tỉnh là một trong 5 tỉnh dẫn đầu về thu hút FDI.",
    "Căn cứ Nghị quyết số 09-NQ/TW ngày 28/01/2022 của Bộ Chính trị;",
    "Triển khai tổ chức tốt các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.",
    "Trong năm 2021, toàn huyện triển khai 02 đợt thi đua chính.",
    "- Tỷ lệ hồ sơ trực tuyến mức độ 3,4: Thực hiện theo chỉ tiêu giao của UBND tỉnh năm 2024.",
    "phổ cập giáo dục mầm non trẻ 05 tuổi",
    "mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân",
    # s22a: the money set aside for carrying out the plan itself, an input, not an indicator
    "Ngân sách xã bố trí 85 triệu đồng thực hiện Kế hoạch; huy động thêm nguồn xã hội hóa.",
    "Dự kiến 1,2 tỷ đồng để triển khai thực hiện Đề án này.",
    "Ngân sách xã bố trí 85 triệu đồng thực hiện kế hoạch.",  # s22fc: whatever the case of the plan's word
    "Tổng kinh phí thực hiện Kế hoạch: 3.450 triệu đồng.",  # s22fc: the same funding as a label before its amount
    # s23a: the plan's funding and its parts after "trong đó" / "gồm:"; "tổng kinh phí" under a funding heading
    "Tổng kinh phí thực hiện Kế hoạch dự kiến 48,6 tỷ đồng, trong đó ngân sách tỉnh 41,2 tỷ đồng, nguồn xã hội hóa 7,4 tỷ đồng.",
    "Tổng kinh phí thực hiện Kế hoạch 35,8 tỷ đồng, gồm: ngân sách trung ương hỗ trợ 12,4 tỷ đồng; ngân sách tỉnh 18,6 tỷ đồng.",
    "V. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện từ nguồn sự nghiệp môi trường; tổng kinh phí dự kiến 14,2 tỷ đồng.",
    # s25b: under the funding heading, a sentence opened by the budget that pays (a document's number before the amount)
    "V. KINH PHÍ\nNgân sách tỉnh hỗ trợ đóng bảo hiểm y tế theo Nghị quyết số 18/2025/NQ-HĐND, dự kiến 185 tỷ đồng giai đoạn 2026 - 2030.",
    # s23e: under a funding heading a sentence opening with "Kinh phí" names the plan's funding, its year no figure
    "V. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện từ ngân sách huyện năm 2025 là 86 tỷ đồng, trong đó: vốn đầu tư hạ tầng kỹ "
    "thuật 72 tỷ đồng, vốn sự nghiệp kiến thiết thị chính 14 tỷ đồng.",
    # s25a: a sentence that only counts the whole of a set (a note saying which places a task covers)
    "[2]\nToàn bộ 34 tỉnh, thành phố trên toàn quốc.",
    "Tất cả 12 xã trên địa bàn huyện.",
    # s25a: …or one opening with a level's budget that sets the money aside ("Ngân sách xã bố trí …")
    "V. KINH PHÍ\n1. Vắc xin do ngân sách tỉnh cấp.\n2. Ngân sách xã bố trí 185 triệu đồng cho công tác tiêu độc, khử trùng.",
    "V. KINH PHÍ THỰC HIỆN\nNgân sách tỉnh bảo đảm 2,5 tỷ đồng cho việc mua vắc xin, hóa chất.",
    # s26c: what a budget sets aside for a programme's loans or grants, wherever it stands (no funding heading)
    "b) Ngân sách tỉnh bố trí 300 tỷ đồng cho các doanh nghiệp tham gia chương trình vay không lãi suất để dự trữ hàng hóa.",
    "Ngân sách xã dành 50 triệu đồng hỗ trợ các câu lạc bộ gia đình phát triển bền vững.",
    # s29b: funds allotted by name for a body's work ("bố trí kinh phí … là"), outside the funding heading
    "7. Sở Tài chính\nThẩm định, tham mưu bố trí kinh phí bảo đảm cho công tác giáo dục quốc phòng và an ninh năm 2026 là 3,2 tỷ "
    "đồng từ ngân sách tỉnh.",
    "Phân bổ kinh phí hỗ trợ cho các xã khoảng 500 triệu đồng.",
    # s23a: what a policy pays: an amount per household or person after "hỗ trợ", a share of a cost
    "Khuyến khích doanh nghiệp đầu tư; hỗ trợ đấu nối cho hộ nghèo, hộ cận nghèo với mức 2 triệu đồng/hộ.",
    "Hỗ trợ 50% kinh phí mua thùng phân loại rác cho hộ nghèo, tối đa 300.000 đồng/hộ.",
    "Ngân sách tỉnh hỗ trợ thêm 20% mức đóng bảo hiểm y tế cho người thuộc hộ cận nghèo.",
    # s23n: what a policy gives each beneficiary in any unit: "cho mỗi X", "Mỗi X được", a per-unit that is no period
    "Hỗ trợ 2 lít dầu cho mỗi tàu khi có bão.",
    "Mỗi hộ được hỗ trợ 10 kg gạo/tháng.",
    "Cấp 01 bộ sách giáo khoa cho mỗi học sinh.",
    "Định mức cấp nước 80 lít/người/ngày theo quy chuẩn.",
    "Trợ cấp 15 kg gạo/người/tháng cho học sinh bán trú.",
    "Cấp phát 02 bộ quần áo cho mỗi học viên.",
    # s30d: the amount each item or beneficiary named before it gets, "đồng/…" left unsaid
    "Vận động sửa chữa nhà cho hội viên, mỗi nhà hỗ trợ 40 triệu đồng.",
    "Rà soát hộ nghèo, mỗi hộ được hỗ trợ thêm 2 triệu đồng.",
    "Vận động xây nhà nhân đạo; mỗi nhà xây mới hỗ trợ tối thiểu 60 triệu đồng.",  # s31c: its floor
    "Rà soát hộ nghèo, mỗi hộ được hỗ trợ ít nhất 2 triệu đồng.",
    "Hỗ trợ 15 kg gạo/người/tháng cho học sinh ở bán trú.",
    "Kinh phí thực hiện Kế hoạch năm 2025 là 650 triệu đồng, bố trí trong dự toán ngân sách huyện.",  # with the plan's year
    # rev4: "dự kiến" before "thực hiện", a year or span between the head and the amount, parts in brackets
    "Tổng kinh phí dự kiến thực hiện Kế hoạch khoảng 25 tỷ đồng, trong đó ngân sách tỉnh 20 tỷ đồng, nguồn xã hội hóa 5 tỷ đồng.",
    "Kinh phí dự kiến để thực hiện Kế hoạch là 3.500 triệu đồng.",
    # s33d: the same funding named by its capital ("nhu cầu vốn", "vốn đầu tư", "nguồn vốn"), with its parts
    "Tổng nhu cầu vốn thực hiện Kế hoạch dự kiến khoảng 1.450 tỷ đồng, trong đó vốn ngân sách trung ương 870 tỷ đồng, vốn "
    "ngân sách tỉnh 180 tỷ đồng, vốn của Tổng công ty Điện lực miền Trung 400 tỷ đồng.",
    "Tổng vốn đầu tư thực hiện Đề án khoảng 2.300 tỷ đồng.",
    "Nguồn vốn thực hiện Chương trình dự kiến 96 tỷ đồng, gồm: ngân sách tỉnh 60 tỷ đồng; vốn lồng ghép 36 tỷ đồng.",
    # s24d: the capital a plan of public investment is allotted, and its parts: given, not committed
    "Tổng kế hoạch vốn đầu tư công năm 2026 được giao là 9.120,5 tỷ đồng, gồm: vốn ngân sách trung ương 4.356 tỷ đồng; vốn "
    "ngân sách địa phương 4.764,5 tỷ đồng.",
    "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 120 tỷ đồng, trong đó: ngân sách trung ương 80 tỷ đồng; ngân sách tỉnh 40 tỷ đồng.",
    "Dự kiến tổng kinh phí thực hiện Kế hoạch: 12 tỷ đồng (ngân sách tỉnh 10 tỷ đồng, xã hội hóa 2 tỷ đồng).",
    "V. KINH PHÍ THỰC HIỆN\nKinh phí từ nguồn sự nghiệp và vốn tự có của người dân; tổng kinh phí năm 2025 khoảng 86,5 tỷ đồng.",
    # rev9: under the funding heading ("KINH PHÍ THỰC HIỆN", "DỰ TOÁN KINH PHÍ") its parts on lines of their own, and an
    # amount in plain đồng or per year (no scale word) is money as "triệu đồng" is
    "V. KINH PHÍ THỰC HIỆN\nTổng kinh phí thực hiện Kế hoạch: 500 triệu đồng, trong đó:\n- Ngân sách tỉnh: 300 triệu đồng;\n"
    "- Ngân sách huyện: 200 triệu đồng.",
    "III. DỰ TOÁN KINH PHÍ THỰC HIỆN:\n1. Dự toán kinh phí quan trắc môi trường vùng nuôi 01 năm: 1.500.000.000 đồng. Trong "
    "đó:\n- Thu và phân tích mẫu: 1.364.329.243 đồng/năm.\n- Thuê dịch vụ tin nhắn: 50.000.000 đồng/năm.",
    "IV. DỰ TOÁN KINH PHÍ\nTổng dự toán: 500 triệu đồng, gồm:\n- Chi tổ chức hội nghị: 200 triệu đồng;\n- Chi in ấn tài liệu: 300 triệu đồng.",
    "V. KINH PHÍ THỰC HIỆN\n1. Tổng kinh phí thực hiện: 500 triệu đồng.\n2. Nguồn kinh phí: ngân sách tỉnh 300 triệu đồng; ngân sách huyện 200 triệu đồng.",
    "Tổng kinh phí thực hiện Kế hoạch: 450.000.000 đồng.",
    # s30a: "tổng kinh phí dự kiến" alone, an estimate of what the work costs, outside a funding heading, and its parts
    "7. Sở Tài chính chủ trì tham mưu bố trí kinh phí. Tổng kinh phí dự kiến 86,5 tỷ đồng, trong đó ngân sách tỉnh 45 tỷ đồng, "
    "ngân sách trung ương hỗ trợ 41,5 tỷ đồng.",
    "c) Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 185 tỷ đồng.",
    # rev9: a score's label names no kind of place, or its scoring
    "- Tổng số điểm: 90 điểm.",
    "- Số điểm đạt được: 85 điểm.",
    "- Số điểm thi đua của đơn vị: 95 điểm.",
    "- Số điểm tối đa: 100 điểm;",
    "Số điểm thi đua giảm xuống còn 80 điểm.",  # s29c: a score brought down names no kind of place
    "Áp dụng theo điểm 2 khoản 1 Điều 5 của Quy định.",
    "Đường giao thông được nâng cấp đạt tiêu chuẩn loại 3.",  # s28d: a type's number stays none ("các loại" is no type)
    "phong trào “Thi đua 100 ngày đêm vì 500 hộ nghèo”",
    "Sản lượng chế biến tôm và thủy sản ước đạt 368.000 tấn, đạt 100% kế hoạch.",
    "Đến nay, toàn tỉnh có 629/731 trường công lập đạt chuẩn quốc gia.",
    "Từ 88 - 90% cộng 02 điểm; từ 90-95% cộng 03 điểm.",
    "đường truyền tốc độ 01 Gb/s",
    "Thời gian kiểm tra: Dự kiến khoảng 02 ngày làm việc/01 đơn vị.",
    "KẾ HOẠCH NĂM 2026\n\nCăn cứ Luật Tổ chức chính quyền địa phương;",
    "Tỷ lệ = b/a * 100%",
    "b) Đối với xã, phường: Mỗi xã, phường chọn 02 trường tiêu biểu để đề nghị khen thưởng.",
    "Năm 2026, tỉnh cử thêm 02 cán bộ tham gia đoàn công tác.",
    "Cử 05 cán bộ của các xã đi học tập kinh nghiệm tại tỉnh bạn.",  # s29d: a study tour, a delegation
    "Năm 2025 đã đón tiếp và làm việc với 8 đoàn khách.",  # s29d: "đón" a cue only right before its count
    "Phát hành bản tin số 3 năm 2026.",  # s29d: an issue's number, no count of issues
    "Mỗi trường chọn từ 2 đến 3 học sinh tham gia dự thi cấp tỉnh.",
    # s22l: an allowance a person is entitled to stays out (only a budget's share is a target); a level stays a level
    "Người lao động được hưởng 500.000 đồng/tháng.",
    "Cán bộ được hưởng trợ cấp 2 triệu đồng.",
    "Áp dụng cho đường cấp 3.",
    # s27a: a level of a framework ("bậc 4/6" of the 6-level language framework) is no fraction nor value
    "Giáo viên tiếng Anh được đánh giá theo bậc 4/6 của Khung năng lực ngoại ngữ 6 bậc.",
    # s27a: under the plan's funding, who bears what share of a cost
    "V. KINH PHÍ THỰC HIỆN\nNgân sách nhà nước hỗ trợ 70% giá sữa, cha mẹ trẻ đóng góp 30% theo Nghị quyết của Hội đồng nhân dân tỉnh.",
    "Kết quả khảo sát, 12 lớp đã được tổ chức.",  # s27a: a result (not "trên cơ sở kết quả")
    # events a sentence reports after "xảy ra" are no level to reach, whatever their unit
    "Năm 2025, toàn tỉnh xảy ra 12 vụ tai nạn giao thông, làm chết 15 người.",
    "Trong năm qua xảy ra trên địa bàn 1.250 vụ cháy, 03 người tử vong.",
    # s30c: relics restored before the plan
    "Giai đoạn 2021 - 2025 đã tu bổ, tôn tạo 58 di tích.",
]


@pytest.mark.parametrize("text,expected,indicator", EXAMPLES)
def test_examples(text, expected, indicator):
    row = one(text)
    for name, value in expected.items():
        assert row[name] == value, (name, row)
    assert indicator.lower() in row["indicator"].lower(), row["indicator"]


@pytest.mark.parametrize("text,expected", MANY)
def test_lines_with_several_values(text, expected):
    assert [(r["value"], r["unit"], r["scope"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1 - 1,2%, còn dưới 2,8%.",
     [("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", 1.0, "eq"), ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", 2.8, "lt")]),
    ("Tỷ lệ hộ nghèo giảm 1,5%, tỷ lệ hộ cận nghèo còn 3%.", [("Tỷ lệ hộ nghèo", 1.5, "eq"), ("tỷ lệ hộ cận nghèo", 3.0, "eq")]),
    # s36e: the level a rise reaches with its bound ("đạt tối thiểu", "đạt ít nhất") as without it ("đạt trên")
    ("- Tỷ lệ học sinh tiểu học biết bơi an toàn tăng thêm 20% so với năm 2025, đạt tối thiểu 65%.",
     [("Tỷ lệ học sinh tiểu học biết bơi an toàn", 20.0, "eq"), ("Tỷ lệ học sinh tiểu học biết bơi an toàn", 65.0, "ge")]),
    ("- Tỷ lệ học sinh biết bơi tăng 20% so với năm 2025, đạt ít nhất 65%.",
     [("Tỷ lệ học sinh biết bơi", 20.0, "eq"), ("Tỷ lệ học sinh biết bơi", 65.0, "ge")]),
    # s36e: a year's value in a series, then "và" and a verb that keeps or carries on: the subject's next predicate, no name
    ("Năm 2027, mức giảm phát thải khí mê-tan so với năm 2020 đạt 15%; năm 2028 đạt 20% và duy trì tốc độ giảm để đến năm 2030"
     " đạt mục tiêu đề ra.", [("mức giảm phát thải khí mê-tan so với năm 2020", 15.0, "eq"),
                              ("mức giảm phát thải khí mê-tan so với năm 2020", 20.0, "eq")]),
])
def test_a_rates_level_after_its_change_keeps_its_name(text, expected):  # s33d
    assert [(r["indicator"], r["value"], r["comparator"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # w20a: the level after a change said as a multiple of the baseline ("tăng ít nhất 1,6 lần …, đạt trên 110 triệu đồng")
    ("- Thu nhập bình quân đầu người khu vực nông thôn đến năm 2030 tăng ít nhất 1,6 lần so với năm 2025, đạt trên 110 triệu "
     "đồng/người/năm.", [("Thu nhập bình quân đầu người khu vực nông thôn", 1.6, "ge"),
                         ("Thu nhập bình quân đầu người khu vực nông thôn", 110.0, "gt")]),
    # w20a: a count in brackets that restates the share before it, after the period that closes the share's clause
    ("- 100% số xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030 (93/93 xã).",
     [("số xã đạt chuẩn nông thôn mới theo Bộ tiêu chí", 100.0, "eq"), ("số xã đạt chuẩn nông thôn mới theo Bộ tiêu chí", 93.0, "eq")]),
    # w20a: a share after "chiếm" whose base is the count's own noun restates the count as a share of all such units …
    ("- Có tối thiểu 30 xã đạt chuẩn nông thôn mới kiểu mẫu, chiếm 32% số xã.",
     [("Số xã đạt chuẩn nông thôn mới kiểu mẫu", 30.0, "ge"), ("Số xã đạt chuẩn nông thôn mới kiểu mẫu", 32.0, "eq")]),
    # … and a share of another whole names its own ("chiếm 45% GRDP tỉnh")
    ("- Kinh tế số chiếm 45% GRDP tỉnh.", [("Kinh tế số chiếm GRDP tỉnh", 45.0, "eq")]),
    # … up to the agent that qualifies it ("do cơ quan thuế quản lý": the whole is named, "do" opens who manages it),
    # where the cap on its words cut it inside the agent's name ("… nhà nước do cơ")
    ("a) Tổng số tiền nợ thuế đến ngày 31/12/2027 dưới 5% tổng thu ngân sách nhà nước do cơ quan thuế quản lý.",
     [("Tổng số tiền nợ thuế so với tổng thu ngân sách nhà nước", 5.0, "lt")]),
])
def test_a_restated_value_keeps_the_name_before(text, expected):  # w20a
    assert [(r["indicator"], r["value"], r["comparator"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # w20a: the criteria a unit adds ("đạt thêm 02 tiêu chí") are a level to reach, as the fraction it reaches ("19/19 tiêu chí"),
    # whose bare total is named by the words after its unit
    ("- Xã đạt thêm 02 tiêu chí, nâng tổng số lên 19/19 tiêu chí xã nông thôn mới nâng cao.",
     [(2.0, "tiêu chí", "Xã tiêu chí"), (19.0, "tiêu chí", "tổng số tiêu chí xã nông thôn mới nâng cao")]),
    ("nâng tổng số lên 45 khu công nghiệp đi vào hoạt động.", [(45.0, "khu công nghiệp", "tổng số khu công nghiệp đi vào hoạt động")]),
    ("Xây dựng cơ sở dữ liệu đất đai cho 40 xã, phường, nâng tổng số lên 81/124 xã, phường có cơ sở dữ liệu đất đai được đưa vào vận "
     "hành.", [(40.0, "xã, phường", "Xây dựng cơ sở dữ liệu đất đai"),
               (81.0, "xã, phường", "tổng số xã, phường có cơ sở dữ liệu đất đai được đưa vào vận hành")]),
    # … but a count of a set's own criteria, or a condition's, stays out
    ("Bộ tiêu chí gồm 05 tiêu chí.", []),
    ("Xã được công nhận khi đạt thêm 02 tiêu chí.", []),
])
def test_criteria_a_unit_adds(text, expected):  # w20a
    assert [(r["value"], r["unit"], r["indicator"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # s36e: the parts after a measure's label and its colon keep its name, each in its scope, up to five words long ("khu vực
    # thành thị", "trung học cơ sở"); under a label that names no measure a longer run is the name itself
    ("- Tỷ lệ hộ nghèo giảm: khu vực thành thị đạt 2%, khu vực nông thôn đạt 5%.",
     [("Tỷ lệ hộ nghèo", 2.0, "khu vực thành thị"), ("Tỷ lệ hộ nghèo", 5.0, "khu vực nông thôn")]),
    ("- Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo: mầm non 90%, tiểu học 95%, trung học cơ sở 97%.",
     [("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", 90.0, "mầm non"), ("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", 95.0, "tiểu học"),
      ("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", 97.0, "trung học cơ sở")]),
    ("- Giáo dục: trường đạt chuẩn quốc gia đạt 85%.", [("trường đạt chuẩn quốc gia", 85.0, None)]),
])
def test_the_parts_after_a_measures_label_keep_its_name(text, expected):
    assert [(r["indicator"], r["value"], r["scope"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # s35d: the next value's clause opens at the comma before a measure or its raise ("…, nâng tỷ lệ …", "…, tỷ lệ …"), not
    # at the last comma before it: the measure's own name may hold a list ("do xã, hợp tác xã", "thôn, tổ dân phố")
    ("a) Kiên cố hóa thêm khoảng 1.250 km kênh mương nội đồng, nâng tỷ lệ kênh mương do xã, hợp tác xã quản lý được kiên cố"
     " hóa lên trên 80% vào năm 2030.",
     [("Kiên cố hóa kênh mương nội đồng", 1250.0), ("tỷ lệ kênh mương do xã, hợp tác xã quản lý được kiên cố hóa", 80.0)]),
    ("- Xây dựng 12 nhà văn hóa, tỷ lệ thôn, tổ dân phố có nhà văn hóa đạt 95%.",
     [("Xây dựng nhà văn hóa", 12.0), ("tỷ lệ thôn, tổ dân phố có nhà văn hóa", 95.0)]),
    # (a list of the first value's own kinds still ends at the last comma)
    ("- Xây dựng 12 nhà văn hóa, sân thể thao, tỷ lệ thôn có nhà văn hóa đạt 95%.",
     [("Xây dựng nhà văn hóa, sân thể thao", 12.0), ("tỷ lệ thôn có nhà văn hóa", 95.0)]),
])
def test_the_next_measures_clause_opens_at_its_comma_not_inside_its_name(text, expected):
    assert [(r["indicator"], r["value"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # s35d: "số" that ends a word is no number's label: "thiểu số" (minority), "số" = digital after a pillar of the national
    # digital transformation programme ("hạ tầng số", "kho học liệu số")
    ("3. Về hỗ trợ phụ nữ phát triển kinh tế: giúp đỡ 1.500 hộ phụ nữ nghèo, cận nghèo phát triển kinh tế, trong đó hộ phụ nữ"
     " dân tộc thiểu số 600 hộ.", [(1500.0, "hộ"), (600.0, "hộ")]),
    ("- Xây dựng hạ tầng số 100% các xã được phủ sóng 5G.", [(100.0, "%")]),
    # (a label stays one: "Trường THPT số 2 …", "tờ bản đồ số 12", "Tổ dân phố số 5")
    ("- Trường THPT số 2 Mường Khương xây mới 04 phòng học.", [(4.0, "phòng học")]),
    ("- Đo đạc tờ bản đồ số 12 và Tổ dân phố số 5.", []),
])
def test_a_word_ending_in_so_is_no_numbers_label(text, expected):
    assert [(r["value"], r["unit"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # s35d: the "đã" of what a share counts, in a clause a ";" closes ("… 90% phương tiện … vi phạm đã phát hiện trong vòng
    # một tháng; …": the media found), reports nothing for the value after it; a result reported before a share still does
    ("- Tháo dỡ, xử lý dứt điểm ít nhất 90% phương tiện quảng cáo vi phạm đã phát hiện trong vòng một tháng; số vụ quảng cáo"
     " rao vặt trái phép giảm ít nhất 50% so với năm 2025.", [90.0, 50.0]),
    ("- Năm 2025 đã xử lý 90% phương tiện vi phạm; số vụ quảng cáo rao vặt trái phép giảm 50% so với năm 2024.", []),
    ("- Đến nay, 95% hộ dân đã sử dụng nước sạch; 12 xã đạt chuẩn.", []),
])
def test_the_done_of_what_a_share_counts_reports_nothing_after_it(text, expected):
    assert [r["value"] for r in rows(text)] == expected


@pytest.mark.parametrize("text,indicator", [
    # s35d: the land an action is done for, in its area after "cho", is named by the action, as a count of people after "cho"
    ("- Cấp nước tưới cho 1.200 ha cây ăn quả.", "Cấp nước tưới cho cây ăn quả"),
    ("- Duy trì năng lực tưới ổn định cho 42.000 ha lúa hai vụ.", "năng lực tưới cho lúa hai vụ"),
])
def test_the_land_an_action_is_done_for_is_named_by_the_action(text, indicator):
    assert indicator.lower() in one(text)["indicator"].lower()


@pytest.mark.parametrize("text,years,named", [
    # s32a: a later year's count after the same commitment verb ("năm 2027 hỗ trợ thêm 3.500 máy"), joined by "và" with its
    # own year ("… và năm 2028 hỗ trợ thêm 3.000 máy"): the same output, that year's count
    ("- Năm 2026 hỗ trợ 5.000 máy điện thoại thông minh cho hộ nghèo, hộ cận nghèo; năm 2027 hỗ trợ thêm 3.500 máy và năm 2028 hỗ"
     " trợ thêm 3.000 máy.", [(5000, 2026), (3500, 2027), (3000, 2028)], "điện thoại thông minh"),
    ("- Năm 2026 đào tạo nghề cho 2.000 lao động; năm 2027 đào tạo 2.500 lao động và năm 2028 đào tạo 3.000 lao động.",
     [(2000, 2026), (2500, 2027), (3000, 2028)], "đào tạo nghề"),
])
def test_a_later_years_count_after_the_same_verb_goes_on_the_series(text, years, named):
    got = rows(text)
    assert [(r["value"], r["year"]) for r in got] == years
    assert len({r["indicator"] for r in got}) == 1 and named in got[0]["indicator"]


# w20d: the plan's funding and its parts, a source named "huy động hợp pháp khác" among them, under its own heading: no
# target; money the plan commits to raise stays one.
@pytest.mark.parametrize("text,kept", [
    ("4. Kinh phí\nTổng kinh phí dự kiến 4.850 tỷ đồng, trong đó ngân sách trung ương 1.200 tỷ đồng, ngân sách tỉnh 850 tỷ đồng, "
     "vốn lồng ghép và huy động hợp pháp khác 2.800 tỷ đồng.", []),
    ("- Phấn đấu huy động 2.500 tỷ đồng thực hiện Chương trình.", [2500.0]),
])
def test_a_source_of_the_plans_funding_is_no_money_to_raise(text, kept):
    assert [r["value"] for r in rows(text)] == kept


# w20d: the shares of a composition whose label ends the line above with a colon, on bullet lines under it or on the rest of
# its sentence wrapped onto the next line (as a crawl wraps it), keep the label's indicator and name their part in scope, as
# on the label's own line; an indicator of its own under such a label stays its own.
@pytest.mark.parametrize("text,expected", [
    ("- Cơ cấu kinh tế đến năm 2030:\nnông, lâm nghiệp và thủy sản chiếm 26,5%; công nghiệp - xây dựng chiếm 27%.",
     [("Cơ cấu kinh tế", "nông, lâm nghiệp và thủy sản"), ("Cơ cấu kinh tế", "công nghiệp - xây dựng")]),
    ("- Cơ cấu kinh tế đến năm 2030:\n+ Nông, lâm nghiệp và thủy sản chiếm 26,5%;\n+ Công nghiệp - xây dựng chiếm 27%.",
     [("Cơ cấu kinh tế", "Nông, lâm nghiệp và thủy sản"), ("Cơ cấu kinh tế", "Công nghiệp - xây dựng")]),
    ("- Cơ cấu lao động đến năm 2030:\n+ Tỷ lệ lao động nông nghiệp giảm còn 30%.", [("Tỷ lệ lao động nông nghiệp", None)]),
])
def test_a_compositions_label_on_the_line_above_names_its_parts(text, expected):
    assert [(r["indicator"], r["scope"]) for r in rows(text)] == expected


# w20d: an amount restated as a share of a base after "bằng" keeps the amount's indicator (the base, GRDP or a ceiling, is
# what the share is measured against); a share that names its own measure is not such a restatement.
@pytest.mark.parametrize("text,expected", [
    ("- Tổng vốn đầu tư phát triển toàn xã hội cả giai đoạn đạt khoảng 620 nghìn tỷ đồng, bằng khoảng 35% GRDP.",
     [(620.0, "Tổng vốn đầu tư phát triển toàn xã hội"), (35.0, "Tổng vốn đầu tư phát triển toàn xã hội")]),
    ("3. Dư nợ vay của ngân sách địa phương đến cuối năm 2030 dự kiến 4.575 tỷ đồng, bằng 27,5% mức dư nợ vay tối đa.",
     [(4575.0, "Dư nợ vay của ngân sách địa phương"), (27.5, "Dư nợ vay của ngân sách địa phương")]),
    ("- Thu ngân sách nhà nước đạt 25.000 tỷ đồng; tỷ lệ thu nội địa đạt 90%.",
     [(25000.0, "Thu ngân sách nhà nước"), (90.0, "tỷ lệ thu nội địa")]),
])
def test_an_amount_restated_as_a_share_of_a_base_keeps_its_indicator(text, expected):
    got = rows(text)
    assert [r["value"] for r in got] == [v for v, _ in expected]
    for r, (_, name) in zip(got, expected):
        assert r["indicator"].lower().startswith(name.lower()), r["indicator"]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert rows(text) == []


# Figures that name a scale or a class, not a level to reach; each with the target its sentence does set, if any.
@pytest.mark.parametrize("text,kept", [
    # a column header's unit whose 10³ / 10⁶ lost its superscript
    ("|\nTT\n|\nTên mỏ\n|\nQuặng (103tấn)\n|\nCông suất (106 tấn/năm)\n|\n|\n1\n|\nMỏ Núi Pháo\n|\n94.830\n|\n50\n|\n", []),
    ("Khối lượng nạo vét (103 m3)", []),
    ("Dự toán chi (109 đồng)", []),
    # a size class defined by a threshold in brackets
    ("Xây dựng hệ thống giám sát bụi tại 100% công trình lớn (>10.000 m2).", [(100.0, "%")]),
    # s26a: negatives of the rate's own count: a count after the rate's value, a count in a clause of its own
    ("- Tỷ lệ hộ nghèo giảm 2%, giảm 500 hộ nghèo.", [(2.0, "%"), (500.0, "hộ")]),
    ("- Tỷ lệ lao động qua đào tạo đạt 70%; đào tạo nghề cho 2.000 lao động.", [(70.0, "%"), (2000.0, "lao động")]),
    ("Hỗ trợ các doanh nghiệp nhỏ (dưới 50 lao động) chuyển đổi số.", []),
    # s23e: a class named by its size right after its noun, counted by a share or "các" ("có chiều dài" left unsaid)
    ("Triển khai nhật ký khai thác điện tử (eCDT) cho 100% tàu cá từ 15 m trở lên cập cảng chỉ định.", [(100.0, "%")]),
    ("Các dự án từ 5 ha trở lên phải lập quy hoạch chi tiết; trồng mới 200 ha rừng.", [(200.0, "ha")]),
    ("Các trang trại chăn nuôi từ 300 tấn trở lên phải có hệ thống xử lý chất thải.", []),
    # an enterprise defined by its owner's share of the capital
    ("tiếp nhận nhà ở của doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ; tiếp nhận nhà ở tái định cư.", []),
    ("Áp dụng đối với công ty do nhà đầu tư nước ngoài sở hữu trên 50% vốn điều lệ.", []),
    # negatives: the same figures as commitments
    ("Phấn đấu sản lượng khai thác đạt 103 tấn quặng năm 2026.", [(103.0, "tấn")]),
    ("Phấn đấu đến năm 2027, Nhà nước nắm giữ 65% vốn điều lệ sau cổ phần hóa.", [(65.0, "%")]),
    ("Phấn đấu đến năm 2030 có 1.200 công trình xây dựng xanh.", [(1200.0, "công trình")]),
    ("Mở rộng diện tích nuôi trồng từ 1.500 ha trở lên.", [(1500.0, "ha")]),  # s23e: an indicator's level, not a class
    # rev5: a value cue between "các" and "từ" makes the figure the level reached, not a class
    ("Đến năm 2026, sản lượng khai thác các loại đạt từ 45.000 tấn trở lên.", [(45000.0, "tấn")]),
    ("Phấn đấu tổng công suất các dự án điện mặt trời tăng từ 500 MW trở lên.", [(500.0, "MW")]),
    ("Tỷ lệ nữ cán bộ lãnh đạo, quản lý đạt từ 25% trở lên.", [(25.0, "%")]),
    # s27e: right after a count of units, the size that says which units are counted; negatives: a part of the count
    # ("trong đó từ 120 học viên trở lên") and a count of its own after a comma
    ("- Khảo sát 600 doanh nghiệp từ 25 lao động trở lên chưa có tổ chức công đoàn.", [(600.0, "doanh nghiệp")]),
    ("Hỗ trợ 100 doanh nghiệp có từ 10 lao động trở lên chuyển đổi số.", [(100.0, "doanh nghiệp")]),
    ("Tuyển sinh 300 học viên, trong đó từ 120 học viên trở lên là nữ.", [(300.0, "học viên"), (120.0, "học viên")]),
    ("Phát triển 500 đoàn viên, thành lập từ 20 công đoàn cơ sở trở lên.", [(500.0, "đoàn viên"), (20.0, "công đoàn cơ sở")]),
    # s30d: the size named by "quy mô" after the counted units' noun, with or without "có"; a class of that size alone
    ("Thu hút ít nhất 02 bệnh viện tư nhân quy mô từ 200 giường trở lên đầu tư vào tỉnh.", [(2.0, "bệnh viện")]),
    ("Các cơ sở giết mổ quy mô từ 100 con/ngày trở lên phải lắp đặt camera giám sát.", []),
    # negative: a count the plan commits to after "mỗi năm hỗ trợ" (no money each gets)
    ("Mỗi năm hỗ trợ ít nhất 10 chủ thể ứng dụng tiến bộ kỹ thuật.", [(10.0, "chủ thể")]),
    # s34b: a map's or a plan drawing's scale (Luật Đo đạc và bản đồ 2018; Thông tư 08/2024/TT-BTNMT), one or a list of them,
    # is neither a fraction nor a count; the counts beside it stay
    ("- Lập 78 bản đồ hiện trạng sử dụng đất cấp xã tỷ lệ 1/10.000 và 01 bản đồ cấp tỉnh tỷ lệ 1/100.000.",
     [(78.0, "bản đồ"), (1.0, "bản đồ")]),
    ("Đo đạc, lập bản đồ địa chính tỷ lệ 1/1.000 và 1/2.000 với diện tích 12.500 ha.", [(12500.0, "ha")]),
    ("Hoàn thành 12 đồ án quy hoạch chi tiết tỷ lệ 1/500.", [(12.0, "đồ án")]),
    # negative: a count of the whole written as a fraction
    ("Phấn đấu 36/40 xã đạt chuẩn nông thôn mới.", [(36.0, "xã")]),
    # s36e: the size of the units a pledged share counts ("phấn đấu 100% … có công suất từ 500 tấn/ngày trở lên được …"):
    # the pledge is the share's; without a share the size pledged is a level ("Phấn đấu diện tích … đạt 5.000 ha trở lên")
    ("e) Phấn đấu 100% bãi chôn lấp hợp vệ sinh có công suất từ 500 tấn/ngày trở lên được lắp đặt hệ thống thu gom khí.",
     [(100.0, "%")]),
    ("- Phấn đấu 100% cơ sở khám bệnh, chữa bệnh có quy mô từ 50 giường bệnh trở lên được kết nối liên thông.", [(100.0, "%")]),
    ("- Phấn đấu diện tích có công suất tưới đạt 5.000 ha trở lên.", [(5000.0, "ha")]),
    # w20d: a grade's range written "từ … đến …" names a class as "3 - 5 sao" does (no part "3 buồng"); a range of a count stays
    ("- Tổng số buồng lưu trú đạt 18.500 buồng, trong đó ít nhất 4.000 buồng đạt tiêu chuẩn từ 3 đến 5 sao.",
     [(18500.0, "buồng"), (4000.0, "buồng")]),
    ("- Hỗ trợ 200 thanh niên từ 16 đến 30 tuổi khởi nghiệp.", [(200.0, "thanh niên")]),
    ("- Tổ chức từ 3 đến 5 lớp tập huấn cho chủ thể OCOP.", [(3.0, "lớp")]),
])
def test_a_scale_or_a_class_is_not_a_target(text, kept):
    assert [(r["value"], r["unit"]) for r in rows(text)] == kept


@pytest.mark.parametrize("written,value", [
    ("2.061.608", 2061608), ("7.465,55", 7465.55), ("0,05", 0.05), ("02", 2), ("1.532", 1532), ("1.5", 1.5),
    ("462,493", 462.493), ("1.000.000,5", 1000000.5),
])
def test_vietnamese_numbers(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize("text,value_base,unit_base", [
    ("Thu ngân sách: 2.061.608 triệu đồng", 2.061608e12, "đồng"),
    ("Sản lượng lương thực: 10 vạn tấn", 100000, "tấn"),
    ("Tổng vốn đầu tư: 1,5 nghìn tỷ đồng", 1.5e12, "đồng"),
    ("Giá trị sản xuất bình quân: 93 triệu đồng/ha/năm", 93e6, "đồng/ha/năm"),
    ("Tỷ lệ che phủ rừng: 51%", None, None),
])
def test_base_units(text, value_base, unit_base):
    (t,) = extract_targets(text)
    assert (t.value_base, t.unit_base) == (value_base, unit_base)


def test_year_comes_from_heading_or_list_intro():
    text = ("1.1. Năm 2024\n- Tỷ lệ che phủ rừng: 51%\n"
            "b) Phấn đấu đến cuối năm 2025, cụ thể:\n- Huyện Diên Khánh: Có 16/16 xã đạt chuẩn nông thôn mới. Năm 2023 đạt chuẩn huyện.\n")
    assert [(t.value, t.year) for t in extract_targets(text)] == [(51, 2024), (16, 2025)]


# s29b: a task table's quantity column ("Khối lượng", no year over it) beside a time column: each row's value is due in the
# year its time cell states (its last: "2026 - 2027" -> 2027), else the caption's ("Hằng năm"); a column of years keeps its own
TASK_TABLE = ("DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2026 - 2030\nSTT\tNhiệm vụ\tĐơn vị tính\tKhối lượng\tCơ quan chủ trì\tThời gian hoàn thành\n"
              "1\tCắm mốc chỉ giới hồ chứa\thồ\t320\tỦy ban nhân dân các xã, phường\t2028\n"
              "2\tLắp đặt thiết bị quan trắc\thồ\t60\tSở Nông nghiệp và Môi trường\tQuý IV/2027\n"
              "3\tPhê duyệt quy trình vận hành\thồ\t214\tSở Nông nghiệp và Môi trường\t2026 - 2027\n"
              "4\tDiễn tập ứng phó sự cố vỡ đập\tcuộc\t02\tBộ Chỉ huy Quân sự tỉnh\tHằng năm\n")


@pytest.mark.parametrize("text, years", [
    (TASK_TABLE, [(320, 2028), (60, 2027), (214, 2027), (2, 2030)]),
    ("CHỈ TIÊU GIAI ĐOẠN 2026 - 2030\nSTT\tChỉ tiêu\tĐơn vị tính\tNăm 2026\tNăm 2027\tThời gian hoàn thành\n"
     "1\tSố hồ chứa được cắm mốc\thồ\t100\t120\t2027\n", [(100, 2026), (120, 2027)]),  # the columns' years stand
])
def test_a_task_tables_row_is_due_in_its_time_cells_year(text, years):
    assert [(t.value, t.year) for t in extract_targets(text)] == years


def _cells(*texts: str) -> str:
    return "|\n" + "\n|\n".join(texts) + "\n|\n"  # a table row as the portal crawl gives it: one cell a line


@pytest.mark.parametrize("text, expected", [
    # s35d: a value inside a task cell is due by its row's time cell too ("Quý IV/2026" -> 2026; a span gives its last year
    # and the span), where the cell names no year of its own; a time with no year ("Thường xuyên") leaves the caption's
    ("LỘ TRÌNH THỰC HIỆN NĂM HỌC 2026 - 2027\nSTT\tNội dung công việc\tChủ trì\tThời gian hoàn thành\n"
     "1\tBồi dưỡng kỹ năng số cho 4.200 giáo viên, cán bộ quản lý\tPhòng Tổ chức cán bộ\tQuý IV/2026\n"
     "2\tThành lập mới 04 khu công nghiệp\tSở Công Thương\t2026 - 2028\n"
     "3\tSố hóa hồ sơ cho 30 trường\tPhòng Giáo dục phổ thông\tThường xuyên\n",
     [(4200, 2026, None), (4, 2028, "2026-2028"), (30, 2027, None)]),
    ("LỘ TRÌNH THỰC HIỆN NĂM HỌC 2026 - 2027\n\n" + _cells("STT", "Nội dung công việc", "Chủ trì", "Thời gian hoàn thành")
     + _cells("1", "Bồi dưỡng kỹ năng số cho 4.200 giáo viên, cán bộ quản lý", "Phòng Tổ chức cán bộ", "Quý IV/2026")
     + _cells("2", "Ký số học bạ học kỳ I cho 100% học sinh tiểu học", "Phòng Giáo dục phổ thông", "Tháng 01/2027"),
     [(4200, 2026, None), (100, 2027, None)]),
    # s36e: a number and its unit lie in one cell: a span of years in the time cell is no count of the product cell's noun
    ("STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\tSản phẩm\n"
     "2\tXây dựng mô hình trình diễn, ít nhất 50 mô hình mỗi năm\tTrung tâm Khuyến nông Quốc gia\t2026 - 2028\t"
     "Mô hình trình diễn, báo cáo đánh giá\n", [(50, 2028, "2026-2028")]),
])
def test_a_value_in_a_task_cell_is_due_in_its_time_cells_year(text, expected):
    assert [(t.value, t.year, t.period) for t in extract_targets(text)] == expected


@pytest.mark.parametrize("text, years", [
    # s30c: a year after a ";" that closes the value's clause dates the later clause's action (the value's own from its
    # heading: here none)
    ("- Cấp mới ít nhất 180 mã số vùng trồng; số hóa 100% vùng trồng đã cấp mã số trong năm 2027.", [(180, None, None), (100, 2027, None)]),
    ("- Bình tuyển 25 vườn cây đầu dòng; chậm nhất đến tháng 9/2026 hoàn thành bình tuyển đợt 1.", [(25, None, None)]),
    # (a clause that only says when the value's task is done dates it)
    ("- Đầu tư hệ thống xử lý nước thải tập trung cho 15 làng nghề; hoàn thành trước ngày 31/12/2028.", [(15, 2028, None)]),
    ("- Bảo đảm mỗi xã có tối đa 04 phòng chuyên môn; hoàn thành trong quý IV/2025.", [(4, 2025, None)]),
    # (a year before the value still runs on into it: "Năm 2026, tổ chức …; biên soạn …")
    ("- Tổ chức 02 lớp tập huấn trong năm 2026; biên soạn 01 bộ tài liệu.", [(2, 2026, None), (1, 2026, None)]),
    # s30c: a span's years each given the same value, after a series of years
    ("Năm 2026 tái canh khoảng 7.200 ha; năm 2027 khoảng 8.100 ha; các năm 2028 - 2030 mỗi năm khoảng 8.900 ha.",
     [(7200, 2026, None), (8100, 2027, None), (8900, 2030, "2028-2030")]),
    # s33c: a day's date after the action of the clause before the ";" dates that action only, as a quarter's or a month's
    ("- Rà soát vùng trồng, hoàn thành trước ngày 30/4/2026; xây dựng 03 vườn ươm giống dược liệu đạt chuẩn.", [(3, None, None)]),
    # w20d: the year alone after "trong năm" closing a clause that states no value dates that clause's completion, not the
    # output after the ";" (which takes its year elsewhere); a clause with a value of its own keeps its year for what follows
    ("- Phấn đấu đưa vào khai thác tuyến cao tốc Khánh Hòa - Buôn Ma Thuột trong năm 2026; đầu tư nâng cấp 350 km đường tỉnh.",
     [(350, None, None)]),
    ("- Tỷ lệ hồ sơ giải quyết trực tuyến đạt 80% trong năm 2026; tỷ lệ hồ sơ số hóa đạt 90%.", [(80, 2026, None), (90, 2026, None)]),
    # (a day's date that labels the clauses after it dates them all)
    ("- Trước ngày 30/6/2026: tổ chức 05 lớp tập huấn; số hóa 100% hồ sơ địa chính.", [(5, 2026, None), (100, 2026, None)]),
])
def test_the_year_of_a_value_from_its_own_clause(text, years):
    assert [(t.value, t.year, t.period) for t in extract_targets(text)] == years


def test_a_year_before_the_plan_under_a_heading_of_where_things_stand_dates_a_current_figure():
    """s30c: under "1. Thực trạng" (no year in the heading), "Đến hết năm 2025, toàn tỉnh có …" in a 2026 - 2030 plan says where
    things stand; a year of the plan's own is still a pledge."""
    text = ("KẾ HOẠCH\nTái canh cà phê giai đoạn 2026 - 2030\n\nII. THỰC TRẠNG VÀ MỤC TIÊU\n1. Thực trạng\n"
            "Đến hết năm 2025, toàn tỉnh có 318.600 ha cà phê. Đến hết năm 2026, tái canh 7.200 ha.\n"
            "2. Mục tiêu đến năm 2030\n- Tái canh 42.000 ha cà phê.\n")
    assert [(t.value, t.year) for t in extract_targets(text)] == [(7200, 2026), (42000, 2030)]


def test_a_yearly_rate_restates_a_scaled_total_in_its_base_unit():
    """s30c: "đạt ít nhất 12 nghìn ha …, bình quân 2.400 ha/năm": the yearly rate of the same indicator (ha/năm is the base unit
    of 'nghìn ha' a year)."""
    text = "- Phấn đấu thực hiện dồn điền đổi thửa đạt ít nhất 12 nghìn ha đất sản xuất nông nghiệp, bình quân 2.400 ha/năm."
    (total, rate) = extract_targets(text)
    assert (rate.value, rate.unit, rate.indicator) == (2400, "ha/năm", total.indicator)


def test_a_yearly_rate_counted_in_what_the_count_becomes():
    """s31b: "1.250 hộ kinh doanh chuyển đổi lên doanh nghiệp, bình quân 250 doanh nghiệp/năm": the yearly rate of the same
    indicator, counted in what its indicator says the households become; not a yearly sum of something else."""
    text = "- Hỗ trợ ít nhất 1.250 hộ kinh doanh chuyển đổi lên doanh nghiệp, bình quân 250 doanh nghiệp/năm."
    (total, rate) = extract_targets(text)
    assert (rate.value, rate.unit, rate.indicator, rate.rule) == (250, "doanh nghiệp/năm", total.indicator, "rule_restated_count")
    other = extract_targets("- Hỗ trợ 1.250 hộ kinh doanh đăng ký thuế, bình quân 250 doanh nghiệp/năm.")
    assert all(t.rule != "rule_restated_count" for t in other)


def test_period_when_a_span_of_years_applies():
    (t,) = extract_targets("Lãnh đạo công tác quốc phòng giai đoạn 2024-2025. Trong đó:\n+ Huấn luyện đạt 90% trở lên.")
    assert (t.year, t.period, t.comparator) == (2025, "2024-2025", "ge")


def test_rows_quote_the_text_and_name_their_rule():
    text = "- Tỷ lệ che phủ rừng đạt 51%. Thu ngân sách: 160.000 triệu đồng."
    for t in extract_targets(text):
        assert text[t.start:t.end] == t.text and t.rule.startswith("rule_")
        assert t.text.endswith(("51%", "triệu đồng"))


def test_table_of_indicators_by_year():
    text = ("TT\tChỉ tiêu\tĐơn vị tính\tNăm 2026\tNăm 2030\n"
            "1\tTỷ lệ che phủ rừng\t%\t51\t≥ 52\n"
            "2\tThu ngân sách\ttỷ đồng\t1.200\t2.000,5\n")
    got = [(t.indicator, t.value, t.unit, t.year, t.comparator, t.rule) for t in extract_targets(text)]
    assert got == [
        ("Tỷ lệ che phủ rừng", 51, "%", 2026, "eq", "rule_table_cell"),
        ("Tỷ lệ che phủ rừng", 52, "%", 2030, "ge", "rule_table_cell"),
        ("Thu ngân sách", 1200, "tỷ đồng", 2026, "eq", "rule_table_cell"),
        ("Thu ngân sách", 2000.5, "tỷ đồng", 2030, "eq", "rule_table_cell"),
    ]


def test_table_cells_with_their_own_units_and_ranges():
    text = ("STT | Chỉ tiêu | Kế hoạch 2026 | Mục tiêu đến năm 2030\n"
            "1 | Tổng thu ngân sách | 1.200 tỷ đồng | khoảng 2.000 tỷ đồng\n"
            "2 | Tốc độ tăng trưởng GRDP | 7,5 - 8% | 8%\n"
            "3 | Ghi chú | theo kế hoạch | 2030\n")
    got = [(t.indicator, t.value, t.value_max, t.unit, t.year, t.comparator) for t in extract_targets(text)]
    assert got == [
        ("Tổng thu ngân sách", 1200, None, "tỷ đồng", 2026, "eq"),
        ("Tổng thu ngân sách", 2000, None, "tỷ đồng", 2030, "approx"),
        ("Tốc độ tăng trưởng GRDP", 7.5, 8, "%", 2026, "eq"),
        ("Tốc độ tăng trưởng GRDP", 8, None, "%", 2030, "eq"),
    ]


def test_stacked_table_cells():
    text = "12\n\nTỷ trọng năng lượng tái tạo trong tổng cung năng lượng sơ cấp đạt tối thiểu\n\n26,1%\n\n13\n"
    (t,) = extract_targets(text)
    assert (t.value, t.comparator, t.rule) == (26.1, "ge", "rule_stacked_cell")
    assert t.indicator.startswith("Tỷ trọng năng lượng tái tạo")


@pytest.mark.parametrize("indicator,unit,canonical", [
    ("Tỷ lệ dân số tham gia BHYT", "%", "Tỷ lệ dân số tham gia bảo hiểm y tế"),
    ("tỷ lệ độ che phủ rừng", "%", "Tỷ lệ che phủ rừng"),
    ("Số xã đạt chuẩn nông thôn mới", "xã", "Số xã đạt chuẩn nông thôn mới"),
    ("Thu ngân sách trên địa bàn", "triệu đồng", "Tổng thu ngân sách nhà nước trên địa bàn"),
    ("Số xã đạt chuẩn quốc gia về y tế", "%", "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế xã"),
    ("Số xã đạt chuẩn quốc gia về y tế", "xã", "Số xã đạt Bộ tiêu chí quốc gia về y tế xã"),  # a count: the count
    ("Số mô hình đạt chuẩn quốc gia về y tế", "mô hình", None),
    ("Tỷ lệ che phủ rừng", "tỷ đồng", None),  # the unit does not fit
    ("Tỷ lệ hộ ngheo", "%", None),  # accents matter: no forced match
    ("Số mô hình tự quản về an ninh trật tự", "mô hình", None),
])
def test_canonical_indicator(indicator, unit, canonical):
    assert canonical_indicator(indicator, unit) == canonical


# A measure (ha, tấn, km) after the value names nothing: the words before and after it do ("ngô 2.200 ha", not "ngô ha");
# a count noun still does ("25 khu dân cư mẫu").
@pytest.mark.parametrize("text, expected", [
    ("Diện tích lúa 42.000 ha, năng suất 55 tạ/ha; ngô 2.200 ha, năng suất 46 tạ/ha.",
     [("Diện tích lúa", 42000), ("năng suất", 55), ("ngô", 2200), ("năng suất", 46)]),
    ("Trồng mới 500 ha rừng tập trung.", [("Trồng mới rừng tập trung", 500)]),
    ("Xây dựng 25 khu dân cư mẫu.", [("Xây dựng khu dân cư mẫu", 25)]),
])
def test_a_measure_unit_names_no_indicator(text, expected):
    assert [(t.indicator, t.value) for t in extract_targets(text)] == expected


def test_a_list_of_counts_names_each_item():
    text = "- Về nông thôn mới: xây dựng 25 khu dân cư mẫu, 150 vườn mẫu và có thêm ít nhất 04 sản phẩm OCOP đạt 3 sao."
    got = [(t.value, t.unit, t.comparator) for t in extract_targets(text)]
    assert got == [(25, "khu dân cư", "eq"), (150, "vườn", "eq"), (4, "sản phẩm", "ge")]
    indicators = [t.indicator for t in extract_targets(text)]
    assert "khu dân cư mẫu" in indicators[0] and "vườn mẫu" in indicators[1] and "OCOP" in indicators[2]


# --- value-first clauses: the noun phrase after the value names it, not the verb, time phrase or
# scope label before it (issue 10) --------------------------------------------------------------
VALUE_FIRST = [
    ("Hình thành ít nhất 02 vùng nuôi thủy sản thông minh đạt tiêu chuẩn quốc tế.",
     {"value": 2, "unit": "vùng", "comparator": "ge"}, "nuôi thủy sản thông minh", "Hình thành"),
    ("- Tại địa bàn đô thị: 100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng an toàn.",
     {"value": 100, "unit": "%", "scope": "địa bàn đô thị"}, "trẻ em trong cơ sở giáo dục mầm non", "Tại địa bàn"),
    ("- Chỉ tiêu 4: Từ năm 2025 trở đi, 100% số nạn nhân bị mua bán trở về được hỗ trợ tái hòa nhập.",
     {"value": 100, "year": 2025}, "số nạn nhân bị mua bán", "trở đi"),
    ("đ) Đến hết năm 2045: 100% doanh nghiệp nhỏ và vừa trên địa bàn ứng dụng công nghệ số.",
     {"value": 100, "year": 2045}, "doanh nghiệp nhỏ và vừa", "Đến hết"),
    ("- Bố trí tối thiểu 2% tổng chi ngân sách địa phương cho sự nghiệp bảo vệ môi trường.",
     {"value": 2, "unit": "%", "comparator": "ge"}, "tổng chi ngân sách địa phương", "Bố trí"),
    # s22a: the time the output is due ends its words: a deadline, not what is counted
    ("Bàn giao đưa vào sử dụng 18 nhà vệ sinh đạt chuẩn cho các điểm trường lẻ trước ngày 31/12/2026.",
     {"value": 18, "unit": "nhà vệ sinh"}, "đạt chuẩn cho các điểm trường lẻ", "trước ngày"),
    ("Xây dựng 18 phòng học mới cho các điểm trường lẻ, hoàn thành trong quý IV/2026.",
     {"value": 18, "unit": "phòng học"}, "cho các điểm trường lẻ", "quý IV"),
    ("Cải tạo 12 phòng học bộ môn cho các trường trung học cơ sở chậm nhất ngày 30/6/2027.",
     {"value": 12, "unit": "phòng học"}, "các trường trung học cơ sở", "chậm nhất"),
    # s22fc: a date that words go on after, or right after a past event, qualifies what is counted (a cohort, a class of files)
    ("- Phấn đấu 95% trẻ em sinh trước ngày 01/01/2026 được tiêm đủ các loại vắc xin.",
     {"value": 95, "unit": "%"}, "trẻ em sinh trước ngày 01/01/2026 được tiêm", "Phấn đấu"),
    ("- Đến năm 2027, cấp giấy chứng nhận cho 100% thửa đất đã đo đạc trong tháng 6/2026.",
     {"value": 100, "year": 2027}, "thửa đất đã đo đạc trong tháng 6/2026", "Đến năm"),
    ("- Năm 2026, sắp xếp 100% số cán bộ dôi dư do sắp xếp đơn vị hành chính trước ngày 01/7/2025.",
     {"value": 100, "year": 2026}, "đơn vị hành chính trước ngày 01/7/2025", "Năm 2026"),
]


@pytest.mark.parametrize("text,expected,indicator,not_in", VALUE_FIRST)
def test_value_first_clause_names_the_phrase_after_the_value(text, expected, indicator, not_in):
    row = one(text)
    for name, value in expected.items():
        assert row[name] == value, (name, row)
    assert indicator.lower() in row["indicator"].lower() and not_in.lower() not in row["indicator"].lower(), row["indicator"]


# s32l: a classifier of one thing each ("chiếc", "con", "cuốn") is the count's unit, not a word of its name: "Số áo phao", as
# the gold names such counts; a collective one ("bộ", "đôi") is what is counted and stays; no noun after it, nothing to drop
@pytest.mark.parametrize("text,unit,indicator,not_in", [
    ("7. Bảo đảm dự trữ tối thiểu 5.000 chiếc áo phao tại các kho của tỉnh.", "chiếc", "Số áo phao", "chiếc"),
    ("- Trao tặng 500 con bò giống cho hộ nghèo vùng đồng bào dân tộc thiểu số.", "con", "bò giống cho hộ nghèo", "con bò"),
    ("- Phân phát 1.200.000 chiếc bao cao su cho nhóm có hành vi nguy cơ cao.", "chiếc", "bao cao su", "chiếc"),
])
def test_a_classifier_is_the_unit_not_the_name(text, unit, indicator, not_in):
    row = one(text)
    assert row["unit"] == unit and indicator.lower() in row["indicator"].lower() and not_in not in row["indicator"], row


@pytest.mark.parametrize("text,unit,indicator", [
    ("- Xây dựng 02 bộ tiêu chí đánh giá mức độ chuyển đổi số cho doanh nghiệp.", "bộ tiêu chí", "bộ tiêu chí đánh giá"),
    ("- Đăng tải ít nhất 20 bài viết về phòng, chống bệnh lao.", "bài viết", "bài viết"),
])
def test_a_collective_classifier_keeps_its_noun(text, unit, indicator):
    row = one(text)
    assert row["unit"] == unit and indicator in row["indicator"], row


def test_a_scaled_count_in_a_classifier_is_named_by_its_noun():
    row = one("- Sản xuất, cung ứng 5 triệu con giống thủy sản các loại.")
    assert (row["unit"], row["indicator"]) == ("triệu con", "Số giống thủy sản các loại"), row


# s32l: "…, hoàn thành <time>" after the words of what is counted is when it is due, whatever the time's form (a year, "đầu
# quý", a span "từ … đến …"): no part of the indicator; a clause that goes on with its own object stays
@pytest.mark.parametrize("text,value,indicator,not_in", [
    ("4. Tổ chức 14 hội nghị tuyên truyền pháp luật về biên giới quốc gia tại 14 xã biên giới, hoàn thành từ tháng 3 đến "
     "tháng 5/2027.", 14, "Số xã biên giới", "hoàn thành"),
    ("- Di dời hoặc chuyển đổi công nghệ 20 cơ sở sản xuất gây ô nhiễm ra khỏi khu dân cư, hoàn thành trong năm 2028.", 20,
     "ra khỏi khu dân cư", "hoàn thành"),
    ("c) Số hóa 12.500 trường hợp dữ liệu hộ tịch trong sổ hộ tịch giấy, hoàn thành trong đầu quý IV/2026.", 12500,
     "dữ liệu hộ tịch", "hoàn thành"),
])
def test_a_due_clause_after_a_comma_ends_the_name(text, value, indicator, not_in):
    row = [r for r in rows(text) if r["value"] == value][-1]
    assert indicator in row["indicator"] and not_in not in row["indicator"], row


def test_a_clause_that_names_its_own_work_after_hoan_thanh_stays():
    row = one("- Đối với 13 cụm công nghiệp chưa có hệ thống xử lý nước thải tập trung, hoàn thành xây dựng và đưa vào vận hành.")
    assert "hoàn thành xây dựng" in row["indicator"], row


# s32l: a count whose noun a qualifier follows before the period it is counted in is so many a period ("cuộc/năm", as
# "02 cuộc/năm" gives it), named by the noun and its qualifier; a year after the slash is no period
@pytest.mark.parametrize("text,value,unit,indicator", [
    ("Thường trực Hội đồng nhân dân tỉnh tổ chức tối thiểu 02 cuộc giám sát chuyên đề/năm.", 2, "cuộc/năm", "giám sát chuyên đề"),
    ("2. Mỗi đồn biên phòng tổ chức tối thiểu 04 cuộc tuần tra song phương/năm.", 4, "cuộc/năm", "tuần tra song phương"),
    ("- Tổ chức 02 lớp tập huấn nghiệp vụ/năm cho cán bộ xã.", 2, "lớp/năm", "tập huấn nghiệp vụ cho cán bộ xã"),
])
def test_a_qualified_count_per_period(text, value, unit, indicator):
    row = [r for r in rows(text) if r["value"] == value][-1]
    assert row["unit"] == unit and indicator in row["indicator"] and "/" not in row["indicator"], row


@pytest.mark.parametrize("text,unit", [
    ("- Tổ chức 02 hội nghị tập huấn/năm 2027.", "hội nghị"),
    ("- Tổ chức tối thiểu 01 cuộc giám sát chuyên đề về phòng, chống ma túy.", "cuộc"),
])
def test_a_year_after_the_slash_or_no_slash_is_no_period(text, unit):
    assert [r["unit"] for r in rows(text)] == [unit]


# A predicate before the value links it to the indicator named before it.
@pytest.mark.parametrize("text,indicator", [
    ("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40% doanh nghiệp toàn tỉnh.", "Tỷ lệ doanh nghiệp"),
    ("Kinh tế số chiếm 45% GRDP của tỉnh.", "Kinh tế số"),
    ("Hàng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới, tuyến đường hàng không, "
     "chuyển phát nhanh tăng trên 03%.", "số vụ phạm tội về ma túy"),
])
def test_a_linking_predicate_keeps_the_indicator_before_the_value(text, indicator):
    assert indicator.lower() in one(text)["indicator"].lower()


# The words a clause trails off with are whole words: the "ở" of "cơ sở" and the "lên" of "trở lên" stay.
@pytest.mark.parametrize("text,ends_with", [
    ("Tỷ lệ hoàn thành cấp trung học cơ sở đạt 95%.", "trung học cơ sở"),
    ("Tỷ lệ tin, bài bình đẳng giới trên hệ thống thông tin cơ sở đạt 100%.", "thông tin cơ sở"),
    ("Tỷ lệ người từ 65 tuổi trở lên được quản lý sức khỏe đạt 90%.", "quản lý sức khỏe"),
    ("Tỷ lệ doanh nghiệp có trình độ công nghệ trung bình tiên tiến trở lên đạt 50%.", "tiên tiến trở lên"),
    ("Tỷ lệ che phủ rừng ổn định ở mức 51%.", "Tỷ lệ che phủ rừng"),
])
def test_trailing_words_are_whole_words(text, ends_with):
    assert one(text)["indicator"].lower().endswith(ends_with.lower()), one(text)["indicator"]


# --- units read from grammar: a count noun right after a number in a commitment clause -----------
COUNT_NOUNS = [
    # s27e: compound nouns a law or the dictionary names, not a count of their first word (công đoàn cơ sở, Luật Công đoàn
    # 2024; vườn ươm; nhà đầu tư, Luật Đầu tư 2020; điểm quan trắc, Luật Bảo vệ môi trường 2020); the first word alone kept
    ("thành lập mới ít nhất 55 công đoàn cơ sở trong năm 2026.", 55, "công đoàn cơ sở"),
    ("b) Thành lập mới 02 vườn ươm doanh nghiệp khởi nghiệp đổi mới sáng tạo.", 2, "vườn ươm"),
    ("đ) Kết nối ít nhất 30 nhà đầu tư, quỹ đầu tư mạo hiểm với các dự án khởi nghiệp của tỉnh.", 30, "nhà đầu tư"),
    ("Duy trì quan trắc tự động tại 12 điểm quan trắc nước mặt.", 12, "điểm quan trắc"),
    ("Hỗ trợ xây mới 50 nhà ở cho hộ nghèo.", 50, "nhà"),
    ("Cải tạo 20 vườn tạp thành vườn cây ăn quả.", 20, "vườn"),
    # s34a: the kinds of collective economic organisations Luật Hợp tác xã 2023 names (tổ hợp tác, liên hiệp hợp tác xã), the
    # abbreviation too; "tổ" alone stays a count of groups (below)
    ("Toàn tỉnh có ít nhất 1.450 hợp tác xã và 15 liên hiệp hợp tác xã.", 15, "liên hiệp hợp tác xã"),
    ("Thành lập mới ít nhất 05 liên hiệp HTX trong giai đoạn 2026 - 2030.", 5, "liên hiệp hợp tác xã"),
    ("Thành lập mới 15 hợp tác xã và 50 tổ hợp tác do phụ nữ làm chủ.", 50, "tổ hợp tác"),
    # s24a: a noun "phần" opens ("phần mềm") is no fraction; "kiện toàn" commits to the units it consolidates; persons by
    # the role a law gives them (hòa giải viên, the tagger splits "hòa | giải viên"); "thôn, tổ dân phố" one unit as
    # "xã, phường"; citizens called up (Luật Nghĩa vụ quân sự 2015)
    ("Phối hợp với Sở Khoa học và Công nghệ xây dựng ít nhất 01 phần mềm hỏi đáp pháp luật trực tuyến.", 1, "phần mềm"),
    ("Ban Chỉ huy quân sự xã kiện toàn 01 trung đội dân quân cơ động và 08 tổ dân quân tại chỗ.", 8, "tổ"),
    ("Bồi dưỡng kỹ năng hòa giải cho khoảng 3.000 hòa giải viên.", 3000, "hòa giải viên"),
    ("Xây dựng mô hình điểm tại ít nhất 05 thôn, tổ dân phố có đông đồng bào dân tộc thiểu số.", 5, "thôn, tổ dân phố"),
    # s25a: the provinces named by their two kinds (Luật Tổ chức chính quyền địa phương, Điều 2), one unit as "xã, phường"
    ("Kiểm tra tình hình triển khai dự án nhà ở xã hội tại ít nhất 15 tỉnh, thành phố mỗi năm.", 15, "tỉnh, thành phố"),
    ("Kết nối hệ thống với 34/34 tỉnh, thành phố trực thuộc trung ương trong năm 2026.", 34, "tỉnh, thành phố"),
    ("Kiểm tra tại ít nhất 05 tỉnh có nhiều khu công nghiệp.", 5, "tỉnh"),  # negative: one kind alone stays itself
    ("Tuyển chọn và gọi 42 công dân nhập ngũ, trong đó: nhập ngũ vào Quân đội 37 công dân; Công an 05 công dân.", 37, "công dân"),
    # s24a: those sent to be trained are the training's output, not a delegation's quota
    ("Cử 12 đồng chí thuộc đối tượng 3 tham gia bồi dưỡng kiến thức quốc phòng và an ninh.", 12, "đồng chí"),
    # s29b: the trainees named by their long kind before the training ("giáo viên" of a subject with "và" in its name)
    ("Cử 30 giáo viên giáo dục quốc phòng và an ninh tham gia tập huấn chuyên môn do Bộ Giáo dục và Đào tạo tổ chức.", 30, "giáo viên"),
    # s24a: programmes a broadcaster airs are its output, not the plan's own programmes
    ("Mỗi năm phát sóng ít nhất 24 chương trình chuyên đề về dân số trên sóng phát thanh, truyền hình.", 24, "chương trình"),
    ("Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao phục vụ kinh tế số;", 5, "bộ dữ liệu"),
    ("Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu mở được công bố.", 20, "tập dữ liệu"),
    ("Đến năm 2030 có tối thiểu 05 kịch bản ứng dụng dữ liệu cấp tỉnh.", 5, "kịch bản"),
    ("- Hình thành mới 05 Khu công nghiệp, nâng tổng số lên 12 KCN.", 12, "KCN"),
    ("Đóng cửa 43 bãi chôn lấp chất thải rắn sinh hoạt đảm bảo vệ sinh môi trường.", 43, "bãi"),
    # s28d: "thiết lập" (establish) and "cấp mới" (issue anew: codes, certificates) commit to what they make or issue
    ("- Thành lập mới 02 khu bảo tồn thiên nhiên; thiết lập 03 hành lang đa dạng sinh học kết nối các khu bảo tồn.", 3, "hành lang"),
    ("- Cấp mới 45 mã số vùng trồng và 12 mã số cơ sở đóng gói phục vụ xuất khẩu.", 45, "mã số"),
    ("- Cấp mới 45 mã số vùng trồng và 12 mã số cơ sở đóng gói phục vụ xuất khẩu.", 12, "mã số"),
    ("Phát sóng 11 chuyên mục về bình đẳng giới trên đài truyền thanh.", 11, "chuyên mục"),
    ("- Tổ chức 02 lớp tập huấn cho cán bộ cơ sở.", 2, "lớp"),
    # s22a: the education sector's counts (Hệ thống chỉ tiêu thống kê quốc gia, nhóm Giáo dục)
    ("Tuyển dụng 420 giáo viên trong năm học để bù đắp số giáo viên còn thiếu.", 420, "giáo viên"),
    ("Bồi dưỡng cho 12 giáo viên tham gia dạy lớp xóa mù chữ về phương pháp dạy người lớn tuổi.", 12, "giáo viên"),
    ("Đào tạo 60 cán bộ quản lý về năng lực quản trị nhà trường.", 60, "cán bộ quản lý"),
    # a noun the tagger splits into a verb and a noun: both syllables are the unit
    ("Dự kiến khoảng 1.000 thuê bao di động nhận tin nhắn kết quả quan trắc.", 1000, "thuê bao"),
    ("Triển khai dự án trong năm 2026 (phấn đấu đạt 500.000 thuê bao).", 500000, "thuê bao"),
    # s24c: the patients a health service counts (Luật Khám bệnh, chữa bệnh 2023, Điều 2), not "người" alone
    ("Duy trì điều trị Methadone cho 1.450 người bệnh.", 1450, "người bệnh"),
    ("Khám sàng lọc cho 2.000 người dân.", 2000, "người"),
    # s24c: the kinds of state personnel as the civil-service laws list them are one unit
    ("Bồi dưỡng tiếng Anh cho 150 công chức, viên chức.", 150, "công chức, viên chức"),
    ("Đầu tư 02 nhà máy xử lý chất thải rắn.", 2, "nhà máy"),  # a compound noun, not a count of "nhà"
    # people sent to be trained are a training plan's output, not a selection quota ("cử thêm 02 cán bộ tham gia đoàn" stays one)
    ("Cử 25 người đi đào tạo trình độ thạc sĩ.", 25, "người"),
    ("Năm 2026, cử 120 cán bộ đi học trung cấp lý luận chính trị.", 120, "cán bộ"),
    ("- Cử 120 cán bộ trong quy hoạch đi học cao cấp lý luận chính trị.", 120, "cán bộ"),  # s29d: the planning they are in
    # s31b: teachers sent to practise at enterprises (Luật Giáo dục nghề nghiệp 2014: nhà giáo thực tập tại doanh nghiệp)
    ("- Mỗi năm cử 20 giảng viên đi thực tập, bồi dưỡng ngắn hạn tại doanh nghiệp và cơ sở đào tạo nước ngoài.", 20, "giảng viên"),
    ("Cử 30 giáo viên tham gia thực tập tại doanh nghiệp trong năm 2026.", 30, "giáo viên"),
    # s31b: traceability stamps counted one by one, after a scale too (Thông tư 02/2024/TT-BKHCN; Thông tư 23/2021/TT-BTC)
    ("- Số tem điện tử được kích hoạt đạt 6,5 triệu tem/năm.", 6.5, "triệu tem/năm"),
    ("Phát hành 1,2 triệu tem truy xuất nguồn gốc cho sản phẩm OCOP.", 1.2, "triệu tem"),
    # s29d: the delegations a plan receives ("đón", Nghị định 72/2015/NĐ-CP); a periodical's issues after its title
    ("- Đón 12 đoàn phóng viên nước ngoài đến tìm hiểu, viết bài về tỉnh.", 12, "đoàn"),
    ("- Biên soạn, phát hành Bản tin Dân vận 04 số/năm.", 4, "số/năm"),
    ('- Duy trì chuyên mục "Biển đảo quê hương" trên sóng truyền hình với 52 số mỗi năm.', 52, "số"),
    # s29d: the size of what was counted after a list of its kinds in parentheses
    ("- Xuất bản 03 ấn phẩm song ngữ (sách ảnh, tập gấp) với tổng số 15.000 bản.", 15000, "bản"),
    ("Bồi dưỡng tiếng dân tộc cho 120 cán bộ, công chức cấp xã.", 120, "cán bộ, công chức"),
    ("Tuyển dụng 50 công chức cấp xã, 30 viên chức y tế.", 50, "công chức"),
    # s24f: a Party programme counts the organisations it inspects as the Party's Điều lệ names them ("tổ chức" alone is a verb)
    ("Ban Thường vụ Đảng ủy xã kiểm tra 04 tổ chức đảng và 06 đảng viên.", 4, "tổ chức đảng"),
    ("Ủy ban Kiểm tra kiểm tra tài chính đảng 04 chi bộ trong năm 2026.", 4, "chi bộ"),
    ("Giám sát chuyên đề 03 đảng bộ cơ sở về công tác cán bộ.", 3, "đảng bộ"),
    # s24f: "sản xuất" commits to the media a plan makes (as "biên soạn", "xuất bản"); "video clip" one count noun
    ("Sản xuất 12 video clip quảng bá du lịch.", 12, "video clip"),
    ("Sản xuất 06 phim tài liệu về di sản văn hóa.", 6, "phim tài liệu"),
    # s25b: a classifier never counts alone: a syllable the tagger reads as an adjective makes one noun with it
    ("Phát hành 50.000 tờ gấp về bảo hiểm xã hội.", 50000, "tờ gấp"),
    # s25b: every item of a list of counts that a commitment opens, the third as the second
    ("Mua sắm bổ sung 150 máy thổi gió, 60 máy cắt thực bì và 12 bồn chứa nước di động.", 12, "bồn"),
    ("Mua sắm bổ sung 150 máy thổi gió, 60 máy cắt thực bì và 12 bồn chứa nước di động.", 60, "máy"),
    # s25b: right after a number "tổ chức" is the noun (organisations), not the verb
    ("Thu hút ít nhất 05 tổ chức tín dụng mở chi nhánh trên địa bàn.", 5, "tổ chức"),
    # s25t: collectives of provincial departments and of press outputs are units, as "xã, phường" and "tin, bài"
    ("Thanh tra trách nhiệm thủ trưởng tại 05 sở, ngành theo kế hoạch.", 5, "sở, ngành"),
    ("Xây dựng ít nhất 24 chuyên mục, tin, bài tuyên truyền pháp luật.", 24, "chuyên mục, tin, bài"),
    # s25e: inspections commit to the subjects inspected; "tổ chức, cá nhân" one unit (Luật Thanh tra 2022, Điều 2)
    ("Thanh tra, kiểm tra 45 tổ chức, cá nhân hoạt động khoáng sản, tài nguyên nước.", 45, "tổ chức, cá nhân"),
    ("Kiểm tra ít nhất 30 cửa hàng kinh doanh xăng dầu trong năm 2026.", 30, "cửa hàng"),
    # s25e: members introduced to the Party for admission are a mass organisation's output, not an award's nominees
    ("Giới thiệu ít nhất 500 hội viên ưu tú cho tổ chức đảng xem xét, bồi dưỡng, kết nạp.", 500, "hội viên"),
    ("Giới thiệu 1.200 đoàn viên ưu tú cho Đảng xem xét kết nạp.", 1200, "đoàn viên"),
    # s25h: gifts and entries are no award or cap: support delivered, entries the plan commits to draw
    ("Tặng quà cho 500 hộ nghèo nhân dịp Tết Nguyên đán.", 500, "hộ"),
    ("Phấn đấu thu hút ít nhất 300 vận động viên đăng ký tham gia.", 300, "vận động viên"),
    # s25h: what games organise to be competed ("tổ chức thi đấu"), and the entries drawn after it
    ("Đại hội cấp tỉnh tổ chức thi đấu 18 môn thể thao, thu hút khoảng 2.500 vận động viên.", 18, "môn"),
    ("Đại hội cấp tỉnh tổ chức thi đấu 18 môn thể thao, thu hút khoảng 2.500 vận động viên.", 2500, "vận động viên"),
    # s25h: "tuyển chọn" recruits (as "tuyển dụng"): an output, not a quota chosen among candidates
    ("Phát hiện, tuyển chọn ít nhất 50 vận động viên năng khiếu bổ sung cho các đội tuyển.", 50, "vận động viên"),
    ("Tuyển chọn 500 lao động đi làm việc ở nước ngoài theo hợp đồng.", 500, "lao động"),
    # s26c: "phát" hands out (leaflets, materials) as "phát hành", "cấp phát"; a post named with a dash sent to be trained;
    # "duy trì hoạt động của" keeps what it counts running; the pairs Đề án 498 counts (tảo hôn); a first item of a list
    # whose noun says where it goes
    ("Phát 1.500 tờ rơi về kỹ năng ứng xử trong gia đình.", 1500, "tờ rơi"),
    ("Cử 03 cán bộ văn hóa - xã hội tham gia lớp bồi dưỡng nghiệp vụ công tác gia đình.", 3, "cán bộ"),
    ("Duy trì hoạt động của 14 câu lạc bộ gia đình phát triển bền vững.", 14, "câu lạc bộ"),
    ("Giảm số cặp tảo hôn xuống dưới 02 cặp.", 2, "cặp"),
    # s26c: "chiếc" counts devices and vessels (Danh mục sản phẩm công nghiệp), whatever noun the tagger splits after it
    ("Phân phát 1.200.000 chiếc bao cao su cho nhóm có hành vi nguy cơ cao.", 1200000, "chiếc"),
    ("Giảm số tàu cá khai thác vùng khơi xuống còn 2.500 chiếc.", 2500, "chiếc"),
    ("Tổ chức 16 chuyến hàng Việt về nông thôn, khu công nghiệp và 06 phiên chợ Tết phục vụ công nhân.", 6, "phiên"),
    # s26b: "trường hợp" (cases: records, complaints, patients) is one count noun, not "trường" (a school) and its rest
    ("a) Số hóa, cập nhật 450.000 trường hợp dữ liệu hộ tịch vào Cơ sở dữ liệu hộ tịch điện tử.", 450000, "trường hợp"),
    ("Rà soát, điều chỉnh 320.000 trường hợp thông tin sai lệch giữa các cơ sở dữ liệu.", 320000, "trường hợp"),
    ("Có thêm 12 trường đạt chuẩn quốc gia.", 12, "trường"),
    # s27a: "bản tin" (Luật Báo chí) is one noun, not a count of bản (villages); "bếp ăn" one noun, not "bếp"; "bổ sung"
    # after a commitment verb before "cho" is the verb's
    ("- Phát 06 bản tin về bữa ăn học đường trên hệ thống truyền thanh của xã.", 6, "bản tin"),
    ("Xây dựng 85 nhà vệ sinh và 40 bếp ăn bán trú cho các trường có học sinh bán trú.", 40, "bếp ăn"),
    ("- Sửa chữa 02 bếp ăn và mua sắm bổ sung dụng cụ nhà bếp cho 03 bếp ăn.", 3, "bếp ăn"),
    ("Tuyên truyền trực tiếp tại ít nhất 12 bản vùng cao.", 12, "bản"),
    # s34b: "bản đồ" (Luật Đo đạc và bản đồ 2018) is one noun, not a count of bản
    ("Lập 78 bản đồ hiện trạng sử dụng đất cấp xã.", 78, "bản đồ"),
    # s27a: staff listed after one number are one unit (as "cán bộ, công chức"); a next count or a clause ends the list
    ("- Tập huấn cho 45 cán bộ quản lý, giáo viên, nhân viên về quy trình cho trẻ uống sữa.", 45, "cán bộ quản lý, giáo viên, nhân viên"),
    ("- Tập huấn nghiệp vụ coi thi cho khoảng 1.200 cán bộ, giáo viên, hoàn thành trước ngày 30/5/2026.", 1200, "cán bộ, giáo viên"),
    ("Bồi dưỡng cho 300 giáo viên, 200 học sinh.", 300, "giáo viên"),
    # s28d: "cơ sở dữ liệu" (Luật Dữ liệu 2024) is one noun, not a count of cơ sở; "cơ sở" alone stays
    ("- Xây dựng 01 cơ sở dữ liệu đa dạng sinh học của tỉnh.", 1, "cơ sở dữ liệu"),
    ("Kiểm tra ít nhất 30 cơ sở sản xuất, kinh doanh giống cây trồng.", 30, "cơ sở"),
    # s28d: an inspection's object before "tại": the places inspected are its output
    ("Chi cục chủ trì kê khai hoạt động chăn nuôi; kiểm tra điều kiện chăn nuôi tại 150 trang trại trong năm 2026.", 150, "trang trại"),
    ("Thanh tra việc chấp hành pháp luật về lao động tại 40 doanh nghiệp.", 40, "doanh nghiệp"),
    # r22: environmental monitoring and its sampling before "tại": the places monitored are the programme's output
    ("Điểm quan trắc: Thực hiện quan trắc tại 07 cửa sông cấp nước cho các vùng nuôi tôm nước lợ tập trung.", 7, "cửa sông"),
    ("- Quan trắc chất lượng nước tại 21 vùng nuôi tôm thẻ chân trắng.", 21, "vùng"),
    # s28d: "cơ quan, tổ chức" (Luật Thanh tra 2022) one unit, as "cơ quan, đơn vị"
    ("- Kiểm tra công tác văn thư, lưu trữ tại 25 cơ quan, tổ chức cấp tỉnh và 30 xã, phường.", 25, "cơ quan, tổ chức"),
    # s28a: signs put up ("cắm", QCVN 41:2019/BGTVT); a tank or pool
    # ("bể", the tagger reads it a verb) whatever kind follows; a school's health room (TTLT 13/2016) as "phòng học"
    ("- Rà soát các điểm có nguy cơ đuối nước cao; cắm mới 25 biển cảnh báo nguy hiểm tại các điểm này.", 25, "biển"),
    ("- Lắp đặt 01 bể bơi lắp ghép tại Trường Tiểu học Vĩnh Linh để dạy bơi cho học sinh.", 1, "bể"),
    ("- Bổ sung tủ thuốc, trang thiết bị cho 150 phòng y tế trường học.", 150, "phòng y tế"),
    # s29a: banners put up ("treo", Luật Quảng cáo 2012: băng-rôn); performances put on (Nghị định 144/2020/NĐ-CP: chương
    # trình biểu diễn nghệ thuật); a count alone opening its item after ";" goes on the list a commitment opened before it
    ("2. Dựng mới ít nhất 120 cụm pa nô, áp phích tuyên truyền; treo 3.500 băng rôn, khẩu hiệu tại các tuyến phố.", 3500, "băng rôn"),
    ("5. Tổ chức 08 chương trình biểu diễn nghệ thuật phục vụ Nhân dân vào các dịp lễ lớn; 05 giải thể thao chào mừng.", 8,
     "chương trình"),
    ("5. Tổ chức 08 chương trình biểu diễn nghệ thuật phục vụ Nhân dân vào các dịp lễ lớn; 05 giải thể thao chào mừng.", 5, "giải"),
    ("Tổ chức 08 lớp tập huấn cho cán bộ cơ sở; 05 hội nghị chuyên đề.", 5, "hội nghị"),
    # s29k: a gift the plan hands out after "tặng" is an output (not an award quota); "suất", "suất quà", "sổ tiết kiệm"
    ("- Tặng 12.000 suất quà Tết Nguyên đán cho hộ nghèo, hộ có hoàn cảnh khó khăn.", 12000, "suất"),
    ("- Tổ chức chương trình Tết Sum vầy, tặng 6.000 suất quà cho đoàn viên có hoàn cảnh khó khăn.", 6000, "suất"),
    ("- Vận động các doanh nghiệp tặng 300 sổ tiết kiệm tình nghĩa cho thân nhân liệt sĩ.", 300, "sổ"),
    ("- Trao tặng 500 con bò giống cho hộ nghèo vùng đồng bào dân tộc thiểu số.", 500, "con"),
    # s33b: units a plan merges ("sáp nhập", "hợp nhất": Nghị định 120/2020/NĐ-CP, Điều 4, tổ chức lại đơn vị sự nghiệp)
    ("a) Lĩnh vực y tế: sáp nhập 06 trung tâm chuyên khoa vào các bệnh viện tuyến tỉnh;", 6, "trung tâm"),
    ("- Hợp nhất 03 ban quản lý rừng phòng hộ ven biển trong năm 2026.", 3, "ban"),
    ("- Trao 500 suất học bổng cho học sinh nghèo vượt khó.", 500, "suất"),
]


@pytest.mark.parametrize("text,value,unit", COUNT_NOUNS)
def test_count_noun_after_a_number_is_the_unit(text, value, unit):
    assert (value, unit) in [(r["value"], r["unit"]) for r in rows(text)]


# s28a: a second kind after a count's noun and a comma is no end of the value's clause: the count is named by the words after
# it, not by the body and verb before the number; not a measure of its own after the comma, nor a part's value
@pytest.mark.parametrize("text, value, unit, named", [
    ("- Báo và Phát thanh, Truyền hình Hưng Yên xây dựng ít nhất 24 chuyên mục, phóng sự mỗi năm về tác hại của thuốc lá.",
     24, "chuyên mục", "tác hại của thuốc lá"),
    ("- Sở Công Thương tổ chức 05 hội nghị, hội thảo về chuyển đổi số cho doanh nghiệp.", 5, "hội nghị", "chuyển đổi số"),
    # negatives: the head of an indicator of its own after the comma keeps its value
    ("Toàn huyện có 120 trường, tỷ lệ đạt chuẩn quốc gia 70%.", 70, "%", "đạt chuẩn quốc gia"),
    ("- Chiều cao trung bình của người 18 tuổi: nam đạt 168,5 cm, nữ đạt 157,5 cm.", 168.5, "cm", "Chiều cao trung bình"),
    ("- Chiều cao trung bình của người 18 tuổi: nam đạt 168,5 cm, nữ đạt 157,5 cm.", 157.5, "cm", "Chiều cao trung bình"),
])
def test_a_second_kind_after_the_count_noun(text, value, unit, named):
    found = [r for r in rows(text) if (r["value"], r["unit"]) == (value, unit)]
    assert found and named.lower() in found[0]["indicator"].lower(), found


@pytest.mark.parametrize("text", [
    "Tăng trưởng kinh tế đạt 2 con số.",  # "con số": a figure of speech, not 2 con
    "Hội đồng có 05 thành viên do Chủ tịch quyết định.",  # no commitment cue before the number
    "Mô hình gắn kết 03 bên: doanh nghiệp, nhà trường và địa phương.",
    "Chính quyền địa phương 2 cấp đi vào hoạt động ổn định.",
    "Xây dựng kế hoạch tài chính 03 năm 2026 - 2028 phù hợp với định hướng.",
    "Hội đồng chỉ họp khi có ít nhất hai phần ba số thành viên tham dự.",  # s24a: "phần ba" stays a fraction
    "Năm 2025, xã đã kiện toàn 1.812 tổ hòa giải.",  # what was done: a result, no commitment
    "Mỗi trường cử 02 học sinh tham gia dự thi cấp tỉnh.",  # a quota of contestants, not those sent to be trained
    # s26c: "phát" opening a longer verb (phát hiện: found, not handed out); a post named with a dash sent on a delegation
    "Phát hiện 05 ổ dịch mới trên địa bàn.",
    "Cử 02 cán bộ văn hóa - xã hội tham gia đoàn công tác của tỉnh.",
    "Cử 02 cán bộ làm công tác văn hóa và thông tin cơ sở tham gia đoàn kiểm tra của tỉnh.",  # s29b: a long kind on a delegation
    "Thực hiện 03 chương trình mục tiêu quốc gia trên địa bàn tỉnh.",  # the programmes a plan carries out: no count
    "Đảng bộ xã hiện có 24 chi bộ trực thuộc với 612 đảng viên.",  # s24f: the Party's current organisations, no commitment
    "Năm 2025, Ủy ban Kiểm tra đã kiểm tra 05 tổ chức đảng.",  # what was done: a result
    "Doanh nghiệp sản xuất 40 loại thuốc thú y.",  # s24f: "sản xuất" of a business's range, no count of outputs
    "Năm 2025, xã đã kiện toàn 12 tổ, 10 đội và 05 nhóm.",  # s25b: a list of results, no commitment opens it
    "Năm 2025 có 120 tổ chức, cá nhân vi phạm.",  # s25b: the organisations found, no commitment
    "Mỗi xã giới thiệu 02 tập thể tiêu biểu để khen thưởng.",  # s25e: nominees for an award stay a quota
    "Năm 2025 đã kiểm tra 30 tổ chức, cá nhân.",  # s25e: inspections done, a result
    "Năm 2025 đã cấp mới 38 mã số vùng trồng.",  # s28d: codes issued, a result
    "Năm 2025 đã kiểm tra điều kiện chăn nuôi tại 120 trang trại.",  # s28d: inspections done, a result
    "Hồ sơ chăn nuôi được lưu giữ tại 02 trang trại mẫu.",  # no inspection before "tại"
    "Năm 2025 đã quan trắc chất lượng nước tại 18 vùng nuôi tôm.",  # r22: monitoring done, a result
    "Kết quả quan trắc được lưu trữ tại 02 trung tâm dữ liệu.",  # r22: no monitoring verb governs "tại": where results are kept
    "Năm 2025, tỉnh đã thiết lập 02 hành lang đa dạng sinh học.",
    # s25h: an award given to so many, a cap on entries (an Điều lệ's rule)
    "Ban Tổ chức tặng Cờ cho 03 đoàn dẫn đầu toàn đoàn.",
    # s29k: "tặng" before the forms of award or the collectives and persons they go to stays a quota; "xét tặng" always
    "Chủ tịch UBND tỉnh tặng 02 tập thể, 05 cá nhân Bằng khen.",
    "Hằng năm tặng 10 Giấy khen cho các tập thể tiêu biểu.",
    "Xét tặng 05 suất học bổng cho học sinh giỏi.",
    # s29k: the current state of what is counted is a current figure
    "- Rà soát hiện trạng 37 điểm du lịch cộng đồng đã được công nhận, đề xuất danh mục ưu tiên đầu tư.",
    "- Mức quà của tỉnh là 500.000 đồng/suất.",
    "Mỗi đoàn đăng ký không quá 150 vận động viên.",
    "Mỗi đơn vị đăng ký dự thi tối đa 02 đội.",
    "Mỗi xã chọn ít nhất 02 trường tham gia hội thi.",  # choosing among candidates stays a quota
    "Đội tuyển tỉnh đã thi đấu 12 trận tại giải hạng Nhì.",  # competing, no commitment before it
])
def test_count_noun_needs_a_commitment(text):
    assert rows(text) == []


# --- rates per a population base, number words, yearly rates ----------------------------------------
@pytest.mark.parametrize("text,value,unit", [
    ("Tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 4/100.000 trẻ sinh ra còn sống vào năm 2025.", 4,
     "/100.000 trẻ sinh ra còn sống"),
    ("Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ vào năm 2025.", 18,
     "ca sinh/1.000 phụ nữ"),
    ("Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái sinh ra sống.", 107,
     "trẻ sơ sinh trai/100 trẻ sơ sinh gái"),
    ("tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống", 109, "bé trai/100 bé gái"),
])
def test_rates_per_population_base(text, value, unit):
    assert [(r["value"], r["unit"]) for r in rows(text)] == [(value, unit)]


@pytest.mark.parametrize("text,value,unit,comparator", [
    ("Chỉ tiêu 4: Có ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khỏe vào năm 2025.", 1, "cơ sở y tế", "ge"),
    ("Tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố tối thiểu một lần/năm.", 1, "lần/năm", "ge"),
    ("Khẳng định vị thế là một trong ba địa phương phát triển kinh tế nhất khu vực.", 3, "địa phương", "eq"),
])
def test_numbers_written_as_words(text, value, unit, comparator):
    assert [(r["value"], r["unit"], r["comparator"]) for r in rows(text)] == [(value, unit, comparator)]


@pytest.mark.parametrize("text", ["Triển khai một số giải pháp trọng tâm.", "Thành lập một tổ công tác liên ngành."])
def test_number_words_without_a_comparator_are_not_values(text):
    assert rows(text) == []


@pytest.mark.parametrize("text,unit", [
    ("Hàng năm, số vụ phạm tội về ma túy có tổ chức được phát hiện tăng trên 03%.", "%/năm"),
    ("Tỷ lệ hộ nghèo giảm 1,5% mỗi năm.", "%/năm"),
    ("Bố trí tối thiểu 2% tổng chi ngân sách địa phương hằng năm cho bảo vệ môi trường.", "%"),  # a share, not a rate
    # s28b: a saving is a cut ("tiết kiệm"); without a yearly word, or as a kind of lamp, a share
    ("Tiết kiệm điện tối thiểu 3% tổng điện năng thương phẩm mỗi năm.", "%/năm"),
    ("Các cơ quan tiết kiệm ít nhất 5% điện năng tiêu thụ hằng năm.", "%/năm"),
    ("Tiết kiệm tối thiểu 2,5% tổng điện năng thương phẩm của toàn tỉnh.", "%"),
    ("Hằng năm, tỷ lệ đèn tiết kiệm năng lượng trong hệ thống chiếu sáng công cộng đạt 85%.", "%"),
])
def test_yearly_rates(text, unit):
    assert one(text)["unit"] == unit


# A level reached after a yearly rate of the same sentence is no rate: the "/năm" is the clause before's (s22g).
@pytest.mark.parametrize("text,units", [
    ("- Tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm; phấn đấu đến cuối năm 2030 tỷ lệ hộ nghèo toàn tỉnh còn dưới 2%.",
     ["%/năm", "%"]),
    ("Tỷ lệ hộ nghèo giảm bình quân 1%/năm, đến năm 2030 giảm xuống còn 3%.", ["%/năm", "%"]),
    # negatives: the yearly word in the level's own clause; a change after a rate
    ("Hằng năm, tỷ lệ hộ nghèo giảm 1,5%.", ["%/năm"]),
    ("Thu ngân sách tăng bình quân 10%/năm; chi thường xuyên hằng năm giảm 2%.", ["%/năm", "%/năm"]),
])
def test_a_level_after_a_yearly_rate(text, units):
    assert [r["unit"] for r in rows(text)] == units


# s35e: a yearly word between the change and its value ("giảm bình quân mỗi năm 1,2%", "tăng bình quân hàng năm 12%") is the
# rate's, as "/năm" after it is: the indicator ends before the verb, and a level reached later in the sentence, which takes
# the indicator, is no yearly rate ("…; đến năm 2030 còn dưới 2%").
@pytest.mark.parametrize("text,expected", [
    ("- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân mỗi năm từ 1,2% trở lên; đến năm 2030 còn dưới 2%.",
     [("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", 1.2, "%/năm"), ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", 2, "%")]),
    ("- Tỷ lệ hộ nghèo giảm bình quân hằng năm 1 - 1,5%, đến năm 2030 còn dưới 3%.",
     [("Tỷ lệ hộ nghèo", 1, "%/năm"), ("Tỷ lệ hộ nghèo", 3, "%")]),
    ("Thu ngân sách nhà nước trên địa bàn tăng bình quân hàng năm 12%.", [("Thu ngân sách nhà nước trên địa bàn", 12, "%/năm")]),
    # negatives: a yearly word that is part of the name, not after a change verb, stays
    ("Tốc độ tăng trưởng kinh tế bình quân hằng năm đạt 8%.", [("Tốc độ tăng trưởng kinh tế bình quân hằng năm", 8, "%")]),
    ("Tỷ lệ giải ngân vốn đầu tư công hằng năm đạt trên 95%.", [("Tỷ lệ giải ngân vốn đầu tư công hằng năm", 95, "%")]),
])
def test_a_yearly_word_after_the_change_verb(text, expected):
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows(text)] == expected


# s34e: a per-year unit of an earlier value in the sentence is that value's: a change after it is no yearly rate; a rate
# before ("%/năm") still makes the change after it one, and a yearly word in the change's own clause does.
@pytest.mark.parametrize("text,units", [
    ("d) Sản lượng gỗ rừng trồng khai thác đạt 1,6 triệu m³/năm; giảm ít nhất 30% số vụ vi phạm pháp luật về lâm nghiệp "
     "so với giai đoạn 2021 - 2025.", ["triệu m³/năm", "%"]),
    ("Trồng mới bình quân 12.000 ha/năm; diện tích rừng bị cháy giảm 20% so với năm 2025.", ["ha/năm", "%"]),
    ("Trồng mới bình quân 12.000 ha/năm; số vụ vi phạm hằng năm giảm 5%.", ["ha/năm", "%/năm"]),
    ("Thu ngân sách tăng bình quân 10%/năm; chi thường xuyên giảm 2%.", ["%/năm", "%/năm"]),
    # s36b: …but a change measured against a year's level is the change since then ("… so với năm 2025"), its own clause
    # silent; a yearly word in its own clause still makes it one
    ("e) Số ca được cấp cứu ngoại viện tăng bình quân 8%/năm; tỷ lệ tử vong trước khi đến bệnh viện giảm 20% so với năm 2025.",
     ["%/năm", "%"]),
    ("Thu ngân sách tăng bình quân 10%/năm; số dự án khởi công mới giảm ít nhất 20% so với giai đoạn 2021 - 2025.", ["%/năm", "%"]),
    ("Thu ngân sách tăng bình quân 10%/năm; số vụ vi phạm hằng năm giảm 5% so với năm 2025.", ["%/năm", "%/năm"]),
])
def test_a_change_after_another_values_yearly_unit(text, units):
    assert [r["unit"] for r in rows(text)] == units


# s34e: one change for each count of an accident statistic (Luật Thống kê 2015, Phụ lục: "Số vụ tai nạn giao thông; số người
# chết, bị thương do tai nạn giao thông"): a row per count, named with what it counts when the sentence says it; the
# opener's number must be the list's length; a share of several wholes and a list with a count apart are read as before.
@pytest.mark.parametrize("text,expected", [
    ("a) Kéo giảm tai nạn giao thông, phấn đấu giảm từ 5% đến 10% trên cả 3 tiêu chí số vụ, số người chết, số người bị "
     "thương so với năm 2025.",
     ["Số vụ tai nạn giao thông", "Số người chết do tai nạn giao thông", "Số người bị thương do tai nạn giao thông"]),
    ("Kéo giảm tai nạn giao thông từ 5% đến 10% trên cả 3 tiêu chí: số vụ, số người chết, số người bị thương so với năm 2025.",
     ["Số vụ tai nạn giao thông", "Số người chết do tai nạn giao thông", "Số người bị thương do tai nạn giao thông"]),
    ("Kéo giảm từ 5% đến 10% số vụ, số người chết, số người bị thương do tai nạn giao thông so với năm 2025.",
     ["Số vụ tai nạn giao thông", "Số người chết do tai nạn giao thông", "Số người bị thương do tai nạn giao thông"]),
    ("Năm 2026, kéo giảm tai nạn giao thông trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương) từ 5 - 10% so "
     "với năm 2025.",
     ["Số vụ tai nạn giao thông", "Số người chết do tai nạn giao thông", "Số người bị thương do tai nạn giao thông"]),
    ("Giảm 10% số vụ cháy, số người chết và bị thương do cháy, nổ so với năm 2025.",
     ["Số vụ cháy", "Số người chết và bị thương do cháy, nổ"]),
    # "về" after the opener; a comparator between the list in brackets and its value
    ("Kéo giảm tai nạn giao thông từ 5 - 10% trên cả 03 tiêu chí về số vụ, số người chết và số người bị thương so với năm 2025.",
     ["Số vụ tai nạn giao thông", "Số người chết do tai nạn giao thông", "Số người bị thương do tai nạn giao thông"]),
    ("Kéo giảm tai nạn giao thông trên cả 3 tiêu chí (số vụ, số người chết, số người bị thương) ít nhất 5% so với năm 2025.",
     ["Số vụ tai nạn giao thông", "Số người chết do tai nạn giao thông", "Số người bị thương do tai nạn giao thông"]),
])
def test_one_change_for_each_count_of_a_list(text, expected):
    got = rows(text)
    assert [r["indicator"] for r in got] == expected
    assert len({(r["value"], r["value_max"], r["unit"], r["direction"]) for r in got}) == 1 and got[0]["direction"] == "decrease"


@pytest.mark.parametrize("text", [
    "Phấn đấu 100% số hộ, số nhân khẩu được cấp nước sạch.",  # a share, no change
    "Kéo giảm tai nạn giao thông trên cả 2 tiêu chí số vụ, số người chết, số người bị thương từ 5 - 10%.",  # 2 is not 3
])
def test_a_list_of_counts_that_is_not_one_change_each(text):
    assert len(rows(text)) == 1


# s34e: a fraction of a standard's criteria that the clause's unit reaches is a target ("xã đạt 19/19 tiêu chí"); not a
# current figure, not what each of several units must meet, not a condition of recognition, not a bare count of criteria.
@pytest.mark.parametrize("text", [
    "- Phấn đấu đến hết năm 2026 xã đạt 19/19 tiêu chí xã nông thôn mới nâng cao và được công nhận đạt chuẩn.",
    "Phấn đấu đến năm 2026 xã Tân Phong đạt đủ 19/19 tiêu chí xã nông thôn mới nâng cao.",
])
def test_a_fraction_of_criteria_reached(text):
    (row,) = rows(text)
    assert (row["numerator"], row["denominator"], row["unit"], row["year"]) == (19, 19, "tiêu chí", 2026)
    assert "tiêu chí xã nông thôn mới nâng cao" in row["indicator"]


@pytest.mark.parametrize("text", [
    "Đến cuối năm 2025 xã đã đạt 15/19 tiêu chí xã nông thôn mới nâng cao.",
    "Xã được công nhận khi đạt 19/19 tiêu chí.",
    "Bộ tiêu chí gồm 05 tiêu chí.",
])
def test_fractions_of_criteria_that_are_no_target(text):
    assert rows(text) == []


def test_the_criteria_each_unit_must_meet_are_no_value_of_their_own():
    assert [(r["value"], r["unit"]) for r in rows("Phấn đấu có thêm 3 xã đạt 19/19 tiêu chí nông thôn mới.")] == [(3, "xã")]


def test_breakdown_with_units_keeps_the_parent_indicator():
    text = "+ Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT: 25 trạm, Viettel: 33 trạm);"
    got = [(r["value"], r["unit"], r["scope"], r["indicator"]) for r in rows(text)]
    assert got == [(58, "trạm", None, "Lắp đặt mới trạm 3G/4G"), (25, "trạm", "VNPT", "Lắp đặt mới trạm 3G/4G"),
                   (33, "trạm", "Viettel", "Lắp đặt mới trạm 3G/4G")]


# --- not targets: rubrics, thresholds, provisions of laws and decrees ------------------------------
@pytest.mark.parametrize("text", [
    "Đơn vị đạt tỷ lệ 100% cộng 05 điểm, không đạt tỷ lệ 100% không cộng điểm.",
    "Nếu đạt 100% cộng 05 điểm.",
    "Đơn vị đạt tỷ lệ 100% người hưởng trợ cấp mở mới tài khoản được cộng trực tiếp 05 điểm",
    "5.3. Đơn vị đạt tỷ lệ 100% số người hưởng trợ cấp hàng tháng được rà soát, cập nhật dữ liệu.",
    "Tặng Bằng khen cho tập thể, cá nhân xuất sắc (tỷ lệ không quá 10% tập thể, 5% cá nhân tham gia phong trào).",
    "Hỗ trợ các xã có tỷ lệ hộ nghèo trên 30% được ưu tiên bố trí vốn.",
    # s24d: a commitment's word inside the threshold ("giải ngân") commits to nothing
    "Sở Tài chính rà soát trước ngày 15/7/2026. Dự án có tỷ lệ giải ngân dưới 30% tại thời điểm rà soát sẽ bị xem xét điều chuyển vốn.",
    "Đối với một số ngành đặc thù có tỷ lệ nữ cán bộ, công chức, viên chức thấp dưới 30% có thể điều chỉnh mục tiêu.",
    "Thôn đặc biệt khó khăn là thôn có 15% người dân tộc thiểu số trở lên sinh sống.",
    "Xóa trắng nhóm có từ 30 hộ trở lên chưa có điện lưới quốc gia.",
    "Hội đồng chỉ họp khi có ít nhất hai phần ba số thành viên tham dự.",
    "Điều 7. Vi phạm quy định về giao thông\n1. Phạt tiền từ 1.000.000 đồng đến 2.000.000 đồng đối với hành vi sau đây.",
    "Điều 5. Mức hỗ trợ\nMức hỗ trợ tối đa 500.000 đồng/người đối với người tham gia.",
    "III. CÁCH TÍNH ĐIỂM\n1. Tỷ lệ người hưởng trợ cấp nhận qua tài khoản đạt 80%.",
    "**Điều 12. Vi phạm quy định về phòng cháy**\n1. Phạt tiền từ 6.000.000 đồng đến 9.000.000 đồng đối với hành vi sau.",
    # fines, fees and allowance norms outside articles too
    "b) Phạt tiền từ 1.500.000 đồng đến 3.000.000 đồng đối với hành vi không niêm yết nội quy.",
    "- Mức chi bồi dưỡng từ 250.000 đồng/ngày/người.",
    "Thân nhân được hỗ trợ thêm 500.000 đồng/người.",
    "Tối đa 2.000.000 đồng/người/lần",
    "- Thăm hỏi người có uy tín ốm đau, mức quà 800.000 đồng/người.",  # s35b: a gift's worth (Quyết định 12/2018/QĐ-TTg)
    "- Chúc Tết gia đình chính sách, mức tặng quà 500.000 đồng/suất.",
    # scores
    "- Dân số đến 500.000 người được tính 10 điểm; cứ tăng thêm 100.000 người được thêm 2 điểm.",
    "Đạt chuẩn: 20 điểm.",
    # formulas, multiples of a norm, choices among criteria
    "Tỷ lệ (%) = Số hồ sơ đúng hạn / Tổng số hồ sơ x 100%",
    "Mức phụ cấp bằng 1,5 lần mức lương cơ sở.",
    "Đơn vị: 10 m2",
    "Phấn đấu hỗ trợ 0,3 mức lương cơ sở/người/tháng.",
    "Thiết bị đạt tối thiểu 80 V, phân nhóm A.",
    "Phấn đấu đáp ứng 01 trong 02 tiêu chí sau đây.",
    # a value that nothing names, a translation, a cumulative result
    "100%",
    "Remit 90% of collected charges to the state budget in accordance with the law.",
    "Lũy kế 10 tháng tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 14,38%.",
    "Lớp bồi dưỡng kéo dài 05 ngày trong tháng 9.",  # s25t: how long, in a month named: no comparator, a duration
    "Tổ chức lớp tập huấn trong 03 ngày trong tháng.",
])
def test_not_targets(text):
    assert rows(text) == []


def test_an_article_that_commits_keeps_its_targets():
    text = "Điều 1. Mục tiêu, chỉ tiêu\n1. Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên.\n"
    assert [(r["value"], r["comparator"]) for r in rows(text)] == [(8, "ge")]


def test_plan_period_gives_the_year_of_its_last_year_and_timeline_year():
    text = "Lãnh đạo công tác quốc phòng giai đoạn 2026 - 2030. Trong đó:\n+ Huấn luyện đạt 90% trở lên."
    assert one(text)["year"] == 2030
    text = ("2. Thời gian thi đua\n- Đợt 01: từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025.\n"
            "3. Nội dung\n(1) Ít nhất 85% người hưởng trợ cấp mở tài khoản ngân hàng.")
    assert one(text)["year"] == 2025


# s30b: a bare count in a clause of its own ("mỗi năm 02 lớp") counts what the clause before it names by the same noun
@pytest.mark.parametrize("text,expected", [
    ("4. Trong quý III hằng năm, mở lớp bồi dưỡng kỹ năng vận động Nhân dân cho tổ trưởng tổ dân phố, trưởng ban công tác "
     "Mặt trận; mỗi năm 02 lớp với khoảng 90 học viên.",
     [(2, "lớp bồi dưỡng kỹ năng vận động Nhân dân cho tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận"), (90, "Số học viên")]),
    # negatives: the noun before has its own count (that count names it); no clause before; only a comma between
    ("- Tổ chức 03 lớp tập huấn cho cán bộ; mỗi năm 02 lớp.", [(3, "Tổ chức lớp tập huấn cho cán bộ"), (2, "Số lớp")]),
    ("- Mỗi năm 02 lớp.", [(2, "Số lớp")]),
])
def test_a_bare_count_after_the_clause_that_names_it(text, expected):
    assert [(r["value"], r["indicator"]) for r in rows(text)] == expected


# s30b: a span of years before the plan's own, after the value, says which records are counted (the heading's year is the
# target's); a span's first year is never the year a target is due by (its last is); a span before the value dates a result
SPAN_PLAN = ("ỦY BAN NHÂN DÂN\nXÃ PHÚ THÀNH\nSố: 09/KH-UBND\nPhú Thành, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\n"
             "Nâng cao hiệu quả đăng ký hộ tịch giai đoạn 2026 - 2027\n\nII. MỤC TIÊU\n2. Mục tiêu năm 2026\n{}\n")


@pytest.mark.parametrize("line,expected", [
    ("c) Số hóa 12.500 trường hợp dữ liệu hộ tịch còn lại trong sổ hộ tịch giấy lưu trữ từ năm 1976 đến năm 2015, hoàn "
     "thành trong đầu quý IV/2026.", [(12500, 2026)]),
    ("d) Chỉnh lý 300 mét giá tài liệu tồn đọng từ năm 2000 đến năm 2015.", [(300, 2026)]),
    ("- Trồng mới 500 ha rừng phòng hộ từ năm 2026 đến năm 2030.", [(500, 2030)]),
    # negatives: a span before the value dates a result; a past year alone stays the row's (history)
    ("- Từ năm 2021 đến năm 2025, xã đã số hóa 8.300 trường hợp.", []),
    ("- Năm 2025, xã số hóa 8.300 trường hợp.", []),
])
def test_a_span_of_years_in_a_targets_clause(line, expected):
    assert [(r["value"], r["year"]) for r in rows(SPAN_PLAN.format(line))] == expected


def test_a_decision_that_issues_a_plan_keeps_the_plans_targets():
    text = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai.\nĐiều 2. Quyết định có hiệu lực.\n"
            "Nơi nhận:\n- Như Điều 2;\n\nKẾ HOẠCH\nTriển khai chuyển đổi số\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.\n")
    assert [r["value"] for r in rows(text)] == [80]


# Values that earlier readings lost: a large value after "trên" is not a per-unit's base, a dash bullet
# with a count is not a heading number, an attributive "đã" is not a reported result.
@pytest.mark.parametrize("text,value,unit,indicator", [
    ("- Diện tích làm mới thêm tại các khu, cụm công nghiệp: trên 2.000 ha.", 2000, "ha", "Diện tích làm mới"),
    ("Diện tích trồng rừng mới đạt trên 1.500 ha.", 1500, "ha", "Diện tích trồng rừng mới"),
    ("- 01 Khu công nghiệp đạt tiêu chuẩn khu công nghiệp sinh thái.", 1, "khu công nghiệp", "sinh thái"),
    ("- 05 xã đạt chuẩn nông thôn mới nâng cao.", 5, "xã", "nông thôn mới nâng cao"),
    ("- Hoàn thành đưa vào vận hành các dự án năng lượng đã quy hoạch với tổng công suất bổ sung khoảng 2.989,5 MW.",
     2989.5, "MW", "tổng công suất"),
    ("Phấn đấu 100% các hộ đã đăng ký được cấp nước sạch.", 100, "%", "hộ"),
    # "dứt điểm" (for good) is a verb's adverb, not a clause's point
    ("4. Xử lý dứt điểm 100% điểm đen, điểm tiềm ẩn tai nạn giao thông.", 100, "%", "điểm đen"),
    # s28c: nor is "loại" of the verbs "phân loại", "sàng loại" a class (a class stays one: "Hàng hóa loại 1 …")
    ("3. Tiếp nhận, phân loại 100% tố giác, tin báo về tội phạm.", 100, "%", "tố giác, tin báo về tội phạm"),
    ("Hàng hóa loại 1 chiếm 60%.", 60, "%", "Hàng hóa loại 1"),
    # s25t: the days given to a recurring duty each period are a frequency committed to, not a duration
    ("Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ ít nhất 01 ngày trong tháng.", 1, "ngày", "tiếp công dân định kỳ"),
    ("Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ tối thiểu 01 ngày mỗi tuần.", 1, "ngày", "tiếp công dân định kỳ"),
])
def test_values_not_to_lose(text, value, unit, indicator):
    row = one(text)
    assert (row["value"], row["unit"]) == (value, unit) and indicator.lower() in row["indicator"].lower(), row


@pytest.mark.parametrize("text", ["Năm 2024, toàn tỉnh đã hỗ trợ 500 hộ nghèo.", "Cấp trên 1 ha đất canh tác",
                                  "Toàn tỉnh có 15 xã đã đạt chuẩn nông thôn mới, 20 xã đạt 15 tiêu chí."])
def test_results_and_per_unit_bases_stay_out(text):
    assert rows(text) == []


# Only a time phrase and a verb before the value: the phrase after it is the indicator; the target's
# own year goes to `year`, not into the indicator's name.
@pytest.mark.parametrize("text,indicator,year", [
    ("bảo đảm đến hết năm 2030 đạt 50% địa bàn cấp xã không ma túy", "địa bàn cấp xã không ma túy", 2030),
    ("Phấn đấu trong năm 2026 đạt 90% hồ sơ được giải quyết trực tuyến", "hồ sơ được giải quyết trực tuyến", 2026),
    ("phấn đấu tỷ lệ giải ngân năm 2025 cả nước đạt 95% kế hoạch.", "tỷ lệ giải ngân cả nước", 2025),
    ("Tỷ lệ che phủ rừng đến năm 2030 đạt 51%.", "Tỷ lệ che phủ rừng", 2030),
    # s29f: a year after "sau" says when the change starts, not when it is due: the heading's year, or none
    ("3. Tầm nhìn đến năm 2045\nSau năm 2030, nồng độ bụi mịn PM2.5 giảm trung bình 5 μg/m3 mỗi kỳ kế hoạch.",
     "nồng độ bụi mịn PM2.5", 2045),
    ("- Sau năm 2030, tỷ lệ che phủ rừng đạt 45%.", "tỷ lệ che phủ rừng", None),
    ("- Năm 2030, tỷ lệ che phủ rừng đạt 45%.", "tỷ lệ che phủ rừng", 2030),
])
def test_time_phrases_are_not_indicators(text, indicator, year):
    row = one(text)
    assert (row["indicator"], row["year"]) == (indicator, year)


@pytest.mark.parametrize("text", [
    "Hiện nay, tổng số trạm đã đi vào hoạt động là 87 trạm. Trong đó, có 28 trạm 5G trên nền hạ tầng 3G/4G.",
    "Chi phí quản lý được tính bằng 0,3% x phần tổng chi phí xây dựng.",
    "Mức thu phí thẩm định: 1.500.000 đồng/văn bản.",
])
def test_baselines_formulas_and_fees_stay_out(text):
    assert rows(text) == []


# s31c: the worth of what a campaign raises is its target ("Vận động tiền và hàng trị giá ít nhất 25 tỷ đồng"); each gift's
# worth ("mỗi suất trị giá …") stays a norm
@pytest.mark.parametrize("text,expected", [
    ("1. Vận động tiền và hàng trị giá ít nhất 25 tỷ đồng.", [(25, "tỷ đồng", "ge", "Vận động tiền và hàng")]),
    ("- Phấn đấu quyên góp tiền, hàng hóa trị giá trên 30 tỷ đồng.", [(30, "tỷ đồng", "gt", "quyên góp tiền, hàng hóa")]),
    ("- Vận động 500 suất quà, mỗi suất trị giá 500.000 đồng.", [(500, "suất", "eq", "Vận động suất quà")]),
    ("- Tặng quà trị giá 500.000 đồng cho người cao tuổi.", []),
])
def test_the_worth_a_campaign_raises(text, expected):
    assert [(r["value"], r["unit"], r["comparator"], r["indicator"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text,value", [
    ("Thúc đẩy chuyển đổi số tại các KCN đã đi vào hoạt động, mục tiêu tỷ lệ phủ sóng mạng 5G tại các KCN đến năm 2030 đạt 100%.", 100),
    ("Kết quả thực hiện năm qua còn hạn chế, phấn đấu năm 2026 tỷ lệ hộ nghèo giảm còn 1,5%.", 1.5),
])
def test_a_commitment_after_a_reported_result(text, value):
    assert [r["value"] for r in rows(text)] == [value]


@pytest.mark.parametrize("text,year,period", [
    ("2. Mục tiêu cụ thể\n- Giai đoạn 2026 - 2028:\n+ Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n", 2028, "2026-2028"),
    ("b) Chỉ tiêu\n- Năm 2026:\n+ Tỷ lệ che phủ rừng đạt 51%.\n- Năm 2027:\n+ Tỷ lệ che phủ rừng đạt 52%.\n", 2026, None),
])
def test_nested_phase_bullet_gives_the_year(text, year, period):
    assert (rows(text)[0]["year"], extract_targets(text)[0].period) == (year, period)


@pytest.mark.parametrize("text,value", [
    ("Hằng năm có 90% thôn trở lên đạt chuẩn văn hóa.", 90),
    ("Phấn đấu đến năm 2030 có 80% số xã trở lên đạt chuẩn nông thôn mới nâng cao.", 80),
])
def test_an_existential_co_is_not_a_threshold(text, value):
    assert [r["value"] for r in rows(text)] == [value]


@pytest.mark.parametrize("text,indicator", [
    ("- Huy động vốn đầu tư: 1.200 tỷ đồng từ các nguồn vốn hợp pháp.", "Huy động vốn đầu tư"),
    ("Đến năm 2030, tỉnh có tỷ lệ đô thị hóa trên 40%.", "tỷ lệ đô thị hóa"),
])
def test_qualifiers_after_a_value_and_committed_shares(text, indicator):
    assert indicator.lower() in one(text)["indicator"].lower()


@pytest.mark.parametrize("text,value,indicator", [
    ("+ Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên.", 98, "tỷ lệ cử tri đi bầu cử"),
    ("- Công trình khởi công mới (15,86%).", 15.86, "Công trình khởi công mới"),
    ("Dự toán kinh phí quan trắc môi trường các vùng nuôi trồng thủy sản: 1.500 triệu đồng.", 1500, "Dự toán kinh phí"),
])
def test_reached_shares_shares_in_brackets_and_budgets(text, value, indicator):
    row = one(text)
    assert row["value"] == value and indicator.lower() in row["indicator"].lower(), row


@pytest.mark.parametrize("text,values", [
    ("I. THỰC TRẠNG\n1. Toàn tỉnh có 87 trạm BTS, tỷ lệ phủ sóng đạt 95%.\nII. MỤC TIÊU\n1. Tỷ lệ phủ sóng 5G đạt 100%.\n", [100]),
    ("1. Kết quả thực hiện năm 2025\nThu ngân sách đạt 1.200 tỷ đồng.\n2. Kế hoạch năm 2026\nThu ngân sách đạt 1.300 tỷ đồng.\n", [1300]),
    ("I. TÌNH HÌNH THỰC HIỆN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026\n- Tỷ lệ hộ nghèo năm 2026 giảm còn 2%.\n", [2]),
    ("Thu hút 8,1 triệu lượt khách, đạt 101,3% kế hoạch; phấn đấu năm 2026 đón 9 triệu lượt khách du lịch.", [9]),
    # the year's results under "Kết quả công tác …" (s22g); the next part's targets stay
    ("II. KẾT QUẢ CÔNG TÁC THANH TRA NĂM 2026\nTỷ lệ thu hồi tiền sai phạm qua thanh tra đạt 71,5%.\nIII. NỘI DUNG KẾ HOẠCH "
     "NĂM 2027\n- Phấn đấu tỷ lệ thu hồi tiền sai phạm qua thanh tra đạt trên 80%.\n", [80]),
])
def test_baselines_and_results_stay_out(text, values):
    assert [r["value"] for r in rows(text)] == values


@pytest.mark.parametrize("text,expected", [
    ("- Tổng số trạm BTS lắp mới: 58 trạm, trong đó VNPT: 25 trạm, Viettel: 33 trạm.",
     [(58, None), (25, "VNPT"), (33, "Viettel")]),
    ("- Xây dựng 120 căn nhà đại đoàn kết, trong đó: Huyện A: 70 căn, Huyện B: 50 căn.",
     [(120, None), (70, "Huyện A"), (50, "Huyện B")]),
    # parts named without a colon, right before their values; thousands grouped by dots
    ("(4) Tổng thu ngân sách nhà nước trên địa bàn đạt 21.000 tỷ đồng, trong đó thu nội địa 14.300 tỷ đồng, "
     "thu từ hoạt động xuất nhập khẩu 6.700 tỷ đồng.",
     [(21000, None), (14300, "thu nội địa"), (6700, "thu từ hoạt động xuất nhập khẩu")]),
    ("4. Cứng hóa thêm 3,5 km đường giao thông nông thôn, trong đó đường trục thôn 2,1 km, đường ngõ xóm 1,4 km.",
     [(3.5, None), (2.1, "đường trục thôn"), (1.4, "đường ngõ xóm")]),
    ("- Hỗ trợ xây dựng 1.300 nhà ở cho hộ nghèo, trong đó huyện Đông Sơn 700 nhà, huyện Tây Sơn 600 nhà;",
     [(1300, None), (700, "huyện Đông Sơn"), (600, "huyện Tây Sơn")]),
    # a share of the whole named by what it has or is (s22g)
    ("- Hỗ trợ đào tạo nghề cho ít nhất 10.000 lao động thuộc hộ nghèo, hộ cận nghèo, trong đó ít nhất 60% có việc làm sau "
     "đào tạo.", [(10000, None), (60, "có việc làm sau đào tạo")]),
    ("Số hộ nghèo giảm 2.000 hộ, trong đó 50% là hộ đồng bào dân tộc thiểu số.", [(2000, None), (50, "là hộ đồng bào dân tộc thiểu số")]),
    # …or by the level it reaches (s24d)
    ("- 100% trường phổ thông có thư viện đạt tiêu chuẩn, trong đó ít nhất 40% đạt mức độ 2.", [(100, None), (40, "đạt mức độ 2")]),
    ("Tỷ lệ lao động qua đào tạo đạt 70%, trong đó 30% đạt trình độ cao đẳng trở lên.",
     [(70, None), (30, "đạt trình độ cao đẳng trở lên")]),
    # a list after "gồm:" / "bao gồm:" runs over its semicolons to the sentence's end
    ("Tổng diện tích đất cần thu hồi năm 2025 là 81,80 ha, gồm: đất nông nghiệp 76,55 ha; đất phi nông nghiệp 5,25 ha.",
     [(81.8, None), (76.55, "đất nông nghiệp"), (5.25, "đất phi nông nghiệp")]),
    ("Tổng thu ngân sách đạt 1.200 tỷ đồng, bao gồm: thu nội địa 900 tỷ đồng; thu xuất nhập khẩu 300 tỷ đồng.",
     [(1200, None), (900, "thu nội địa"), (300, "thu xuất nhập khẩu")]),
    # s25t: parts that repeat the whole's unit and name themselves after it, joined by "và" or a comma
    ("- Cấp mới Giấy chứng nhận đăng ký đầu tư cho ít nhất 90 dự án, trong đó 40 dự án FDI và 50 dự án đầu tư trong nước.",
     [(90, None), (40, "dự án FDI"), (50, "dự án đầu tư trong nước")]),
    ("Xây dựng 25 km đường giao thông, trong đó 10 km đường trục xã, 15 km đường thôn.",
     [(25, None), (10, "đường trục xã"), (15, "đường thôn")]),
    # s27b: a later part named at length, opening with the two words the part before it opens with ("dự án …; dự án …")
    ("1. Bàn giao mặt bằng cho các dự án trọng điểm đạt tổng diện tích khoảng 2.360 ha, trong đó dự án Đường Vành đai 4 Thành "
     "phố Hồ Chí Minh 620 ha; dự án Cảng hàng không quốc tế Long Thành (giai đoạn 2) 1.150 ha.",
     [(2360, None), (620, "dự án Đường Vành đai 4 Thành phố Hồ Chí Minh"), (1150, "dự án Cảng hàng không quốc tế Long Thành (giai đoạn 2)")]),
    # s28c: kinds of the whole, each counted by a noun of its own, that add up to it (the noun and its words are the scope)
    ("- Thu hút ít nhất 150 người có trình độ cao về công tác tại tỉnh, trong đó: 25 tiến sĩ, 75 thạc sĩ, 50 bác sĩ chuyên "
     "khoa cấp I, cấp II và bác sĩ nội trú.",
     [(150, None), (25, "tiến sĩ"), (75, "thạc sĩ"), (50, "bác sĩ chuyên khoa cấp I, cấp II và bác sĩ nội trú")]),
    ("Tuyển dụng 40 người, trong đó 10 tiến sĩ và 30 thạc sĩ.", [(40, None), (10, "tiến sĩ"), (30, "thạc sĩ")]),
    ("Sắp xếp còn 35 đơn vị hành chính cấp xã, trong đó 28 xã, 7 phường.", [(35, None), (28, "xã"), (7, "phường")]),
    # s28d: a part's comparator names no part; a part named with "các loại" (of all kinds) is read, no type number
    ("- Chuyển đổi 1.850 ha đất trồng lúa sang trồng cây hằng năm, trong đó cây ăn quả khoảng 420 ha, rau màu các loại 980 ha.",
     [(1850, None), (420, "cây ăn quả"), (980, "rau màu các loại")]),
    # s29i: a list after "trong đó:" whose items, one a semicolon, name themselves (commas and all) before their own count
    # nouns, adding up to the whole
    ("- Xác minh tối thiểu 11 cơ quan, đơn vị, trong đó: khối sở, ban, ngành 03 cơ quan; Ủy ban nhân dân các xã, phường 06 đơn"
     " vị; đơn vị sự nghiệp công lập 01 đơn vị; doanh nghiệp nhà nước 01 doanh nghiệp.",
     [(11, None), (3, "khối sở, ban, ngành"), (6, "Ủy ban nhân dân các xã, phường"), (1, "đơn vị sự nghiệp công lập"),
      (1, "doanh nghiệp nhà nước")]),
])
def test_breakdown_after_trong_do(text, expected):
    got = rows(text)
    assert [(r["value"], r["scope"]) for r in got] == expected
    assert len({r["indicator"] for r in got}) == 1


# Items of a list in nouns of their own that do not add up to the whole, or follow no colon, are no breakdown read by
# the sum (s29i): the later item keeps a name of its own. (text, value of the later item)
@pytest.mark.parametrize("text,value", [
    ("- Thanh tra 10 cơ quan, đơn vị, trong đó: khối sở, ban, ngành 04 cơ quan; các xã, phường 05 đơn vị.", 5),
    ("- Thanh tra 09 cơ quan, đơn vị, trong đó khối sở, ban, ngành 04 cơ quan; các xã, phường 05 đơn vị.", 5),
])
def test_listed_kinds_that_do_not_add_up(text, value):
    later = next(r for r in rows(text) if r["value"] == value)
    assert later["scope"] is None


def test_stacked_cell_yearly_rate():
    text = "9\n\nGiảm tiêu hao năng lượng tính trên GRDP/năm\n\n1,0-1,5%\n\n10\n"
    (t,) = extract_targets(text)
    assert (t.value, t.value_max, t.unit, t.direction) == (1.0, 1.5, "%/năm", "decrease")


@pytest.mark.parametrize("text,year", [
    ("Bổ sung khoảng 84,3 nghìn tỷ đồng vốn đầu tư công từ nguồn tăng thu, tiết kiệm chi ngân sách nhà nước năm 2024 "
     "để thực hiện các dự án ngay trong năm 2025.", 2025),
    ("Trong năm 2026, hỗ trợ xây dựng 300 căn nhà từ nguồn kết dư ngân sách năm 2025.", 2026),
    # s24e: a baseline after "so với thực hiện / kết quả / dự toán", a carried-over amount's year ("năm 2025 chuyển sang")
    ("KẾ HOẠCH\nThu ngân sách nhà nước năm 2026\n2. Thu ngoài quốc doanh tăng trên 12% so với thực hiện năm 2025.", 2026),
    ("KẾ HOẠCH\nThu ngân sách nhà nước năm 2026\n3. Thu hồi nợ thuế năm 2025 chuyển sang đạt ít nhất 2.100 tỷ đồng.", 2026),
    ("KẾ HOẠCH\nThu ngân sách nhà nước năm 2026\n3. Thu hồi nợ thuế đạt ít nhất 2.100 tỷ đồng trong năm 2027.", 2027),  # the year it is due
    # s26c: a baseline named in words before its year, in a numbered item (a section of the outline) or in prose
    ("KẾ HOẠCH\nCông tác gia đình năm 2026\n2. Số vụ bạo lực gia đình giảm ít nhất 10% so với năm 2025.", 2026),
    ("KẾ HOẠCH\nBình ổn thị trường năm 2026\n- Doanh thu bán lẻ tăng 12% so với dịp Tết Ất Tỵ năm 2025.", 2026),
    ("KẾ HOẠCH\nThu ngân sách nhà nước năm 2026\n2. Thu nội địa tăng 10% so với cùng kỳ năm 2025.", 2026),
    ("KẾ HOẠCH\nGiai đoạn 2026 - 2030\n2. Tỷ lệ che phủ rừng tăng 2% so với năm 2025 đến năm 2030.", 2030),  # the target's own year after it
    # s31a: a span the baseline is a mean of (or the span itself) is the baseline's, its last year too, in a numbered item or prose
    ("KẾ HOẠCH\nPhòng thủ dân sự năm 2027\n6. Giảm ít nhất 20% thiệt hại về người do thiên tai so với bình quân giai đoạn 2021 - 2025.", 2027),
    ("KẾ HOẠCH\nPhòng chống dịch năm 2026\n- Tỷ lệ mắc sốt xuất huyết giảm 15% so với trung bình giai đoạn 2021 - 2025.", 2026),
    ("KẾ HOẠCH\nTiếp công dân năm 2026\n3. Giảm 20% số vụ khiếu nại đông người so với giai đoạn 2021 - 2025.", 2026),
])
def test_a_funding_sources_year_is_not_the_target_year(text, year):
    assert one(text)["year"] == year


# s22l: a schedule step's year is the year of its own due date when that falls after the clause's year (contract:
# `year` is when the target must be reached); an earlier date in the step dates something else.
@pytest.mark.parametrize("text,years", [
    ("Phấn đấu tỷ lệ giải ngân kế hoạch vốn đầu tư công năm 2027 đạt tối thiểu 40% đến ngày 30/6/2027, tối thiểu 65% "
     "đến ngày 30/9/2027 và giải ngân 100% kế hoạch vốn trước ngày 31/01/2028.", [2027, 2027, 2028]),
    ("Năm 2026: hoàn thành 100% hồ sơ trước ngày 31/3/2027.", [2027]),
    ("Năm 2026: hoàn thành 100% hồ sơ trước ngày 31/3/2026.", [2026]),
    ("- Năm 2026, sắp xếp 100% số cán bộ dôi dư do sắp xếp đơn vị hành chính trước ngày 01/7/2025.", [2026]),
    ("Năm 2026, tỷ lệ giải ngân đạt 95%, hoàn thành quyết toán trước ngày 31/01/2027.", [2026]),
])
def test_a_steps_own_due_date_gives_its_year(text, years):
    assert [r["year"] for r in rows(text)] == years


@pytest.mark.parametrize("text,year", [
    ("PHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2026-2030\n\nTỷ lệ che phủ rừng\n\n60%\n", 2030),
    ("BIỂU CHỈ TIÊU KẾ HOẠCH NĂM 2027\n- Tỷ lệ hộ nghèo: 2%\n", 2027),
    # s28a: a cited document's code a hard wrap leaves alone on its line is no caption: its year is the document's
    ("KẾ HOẠCH Y TẾ TRƯỜNG HỌC NĂM 2026\n3. Nước uống\n- Xét nghiệm mẫu nước theo quy chuẩn QCVN\n01-1:2024/BYT.\n"
     "4. Đào tạo\n- Tập huấn chuyên môn cho 1.200 nhân viên y tế trường học.\n", 2026),
    ("CHỈ TIÊU KẾ HOẠCH NĂM 2027\n1. Thực hiện theo Thông tư số\n15/2025/TT-BYT.\n2. Tổ chức 08 lớp tập huấn.\n", 2027),
])
def test_year_from_a_caption_in_capitals(text, year):
    assert [r["year"] for r in rows(text)] == [year]


def test_a_commitment_inside_a_report_section_is_kept():
    text = ("I. TÌNH HÌNH THỰC HIỆN NĂM 2025\n1. Thu ngân sách ước đạt 1.200 tỷ đồng.\n"
            "d) Chi các chương trình: phấn đấu đến cuối năm 2025 giải ngân đạt 100% kế hoạch vốn.\n")
    assert [r["value"] for r in rows(text)] == [100]


# A part that reports where things stand, named with plan words ("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
# "Kết quả thực hiện kế hoạch"): its figures are results; the innermost heading decides.
@pytest.mark.parametrize("text,values", [
    ("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH NĂM 2025\n"
     "2.1. Thu ngân sách nhà nước\n- Chi đầu tư từ nguồn thu tiền sử dụng đất 560 tỷ đồng.\n", []),
    ("1. Kết quả thực hiện kế hoạch năm 2024\n- Số xã đạt chuẩn nông thôn mới: 12 xã.\n", []),
    ("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025\n- Thu ngân sách 1.200 tỷ đồng.\n"
     "II. MỤC TIÊU, NHIỆM VỤ NĂM 2026\n- Tỷ lệ hộ nghèo giảm còn 1,5%.\n", [1.5]),
    ("I. TÌNH HÌNH THỰC HIỆN NĂM 2025\n1. Năm 2025, Hội đồng nhân dân tỉnh quyết nghị thông qua tổng thu ngân sách 10.367,7 tỷ đồng.\n", []),
    # "Kết quả" and what was done ("KẾT QUẢ SẢN XUẤT …", "Kết quả công tác …") report; the results a plan expects do not
    ("I. KẾT QUẢ SẢN XUẤT NÔNG NGHIỆP NĂM 2026\nSản lượng lương thực có hạt đạt 842,5 nghìn tấn.\n"
     "II. MỤC TIÊU NĂM 2027\n- Sản lượng lương thực có hạt đạt 860 nghìn tấn.\n", [860]),
    ("1. Kết quả công tác năm 2025\n- Cấp 1.200 giấy chứng nhận quyền sử dụng đất.\n", []),
    ("II. KẾT QUẢ CẦN ĐẠT\n- Tỷ lệ hộ nghèo giảm còn 1,5%.\n", [1.5]),
    ("3. Kết quả dự kiến\n- Đào tạo nghề cho 200 lao động.\n", [200]),
    ("3. Kết quả, sản phẩm\n- Đào tạo nghề cho 200 lao động.\n", [200]),
    # "Kết quả" and any word but the work done or a year names what is expected; so does a heading that says so anywhere
    ("III. KẾT QUẢ VÀ SẢN PHẨM DỰ KIẾN\n- Đào tạo nghề cho 200 lao động.\n", [200]),
    ("3. Kết quả cụ thể cần đạt\n- Đào tạo nghề cho 200 lao động.\n", [200]),
    ("2. Kết quả chủ yếu\n- Năm 2027, đào tạo nghề cho 200 lao động.\n", [200]),
    ("b) Kết quả mục tiêu năm 2027\n- Tỷ lệ hộ nghèo giảm còn 1,5%.\n", [1.5]),
    ("2. Kết quả thực hiện dự kiến năm 2027\n- Đào tạo nghề cho 200 lao động.\n", [200]),
    ("1. Kết quả năm 2025\n- Cấp 1.200 giấy chứng nhận quyền sử dụng đất.\n", []),
    ("1. Kết quả triển khai năm 2025\n- Cấp 1.200 giấy chứng nhận quyền sử dụng đất.\n", []),
    ("1. Kết quả đạt được\n- Cấp 1.200 giấy chứng nhận quyền sử dụng đất.\n", []),
    # a span of years is a period reported on, as a year is
    ("II. MỤC TIÊU\n1. Kết quả giai đoạn 2021 - 2025\nĐến hết năm 2025, toàn tỉnh có 91,2% hộ gia đình đạt danh hiệu "
     "\"Gia đình văn hóa\".\n2. Chỉ tiêu đến năm 2030\n- Tỷ lệ hộ gia đình văn hóa đạt 90%.\n", [90]),
    ("1. Kết quả năm 2025\n- Tỷ lệ hộ nghèo đến hết năm 2025 giảm còn 2,1%.\n", []),
    ("1. Kết quả năm 2025\n- Tỷ lệ hộ nghèo đến hết năm 2026 giảm còn 1,5%.\n", [1.5]),
    ("1. Kết quả thời kỳ 2021-2025\n- Cấp 1.200 giấy chứng nhận quyền sử dụng đất.\n", []),
    ("2. Kết quả cần đạt giai đoạn 2026 - 2030\n- Đào tạo nghề cho 200 lao động.\n", [200]),
    # s32c: a school year reported on, as a year is ("KẾT QUẢ NĂM HỌC 2025 - 2026" of an education plan)
    ("II. KẾT QUẢ NĂM HỌC 2025 - 2026\nToàn tỉnh có 186/412 trường tổ chức dạy học theo chủ đề STEM (đạt 45,1%).\n"
     "III. MỤC TIÊU\n- Đến năm 2027, 100% trường THCS tổ chức dạy học STEM.\n", [100]),
    ("2. Kết quả cần đạt năm học 2026 - 2027\n- Tổ chức 08 lớp tập huấn giáo viên.\n", [8]),
    # s33a: the plan's word in a result measured against it (", đạt 100% chỉ tiêu") pledges nothing for the figures after it;
    # a pledge after it still does
    ("1. Kết quả năm 2026\nNăm 2026, toàn tỉnh đã giao 1.215 công dân, đạt 100% chỉ tiêu; đảng viên chiếm 4,1%; trình độ cao"
     " đẳng, đại học chiếm 11,2%.\n2. Chỉ tiêu năm 2027\n- Số công dân là đảng viên chiếm từ 4% trở lên.\n", [4]),
    ("1. Kết quả năm 2025\nNăm 2025 giải ngân 1.200 tỷ đồng, đạt 96% kế hoạch; phấn đấu đến hết năm 2026 giải ngân đạt 100%.\n",
     [100]),
])
def test_a_reporting_part_named_with_plan_words(text, values):
    assert [r["value"] for r in rows(text)] == values


# "mục tiêu / chỉ tiêu" inside a name or a report is no commitment and no indicator cue.
@pytest.mark.parametrize("text,values,indicator", [
    ("Kết quả năm 2009, toàn Thành phố đã hỗ trợ 4.090 nhà, bao gồm 3.921 nhà thuộc chỉ tiêu Kế hoạch 77/KH-LT "
     "và 169 nhà ngoài chỉ tiêu được hỗ trợ.", [], None),
    ("- Vốn các chương trình mục tiêu quốc gia: 38.100 triệu đồng", [38100], "Vốn các chương trình"),
    ("- Vốn hỗ trợ đầu tư theo mục tiêu (dự án, công trình quan trọng): 75.000 triệu đồng", [75000], "Vốn hỗ trợ đầu tư"),
    ("Thực hiện các giải pháp với mục tiêu tốc độ tăng trưởng kinh tế đạt 8%.", [8], "tốc độ tăng trưởng kinh tế"),
])
def test_target_words_inside_a_name(text, values, indicator):
    got = rows(text)
    assert [r["value"] for r in got] == values
    if indicator:
        assert got[0]["indicator"].startswith(indicator)


# The criteria of an award (eligibility thresholds) and the notes below the text are not targets.
@pytest.mark.parametrize("text,values", [
    ("3. Tiêu chuẩn khen thưởng\n3.2. Bằng khen của Chủ tịch UBND tỉnh\na) Đối với tập thể:\n"
     "+ Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên;\n", []),
    ("2. Điều kiện xét tặng danh hiệu\n- Có 100% hộ gia đình đạt chuẩn văn hóa.\n", []),
    ("2. Nội dung thi đua\n- Phấn đấu 100% hộ gia đình đạt chuẩn văn hóa.\n", [100]),
    ("- Tổng vốn đầu tư đạt 270.000 tỷ đồng.\n\n[3] Bao gồm chi tạo nguồn cải cách tiền lương 145,141 tỷ đồng\n", [270000]),
    ("[^4] Trong năm được bổ sung kế hoạch vốn với số tiền 9,756 tỷ đồng.\n", []),
])
def test_award_criteria_and_footnotes(text, values):
    assert [r["value"] for r in rows(text)] == values


@pytest.mark.parametrize("text,values", [
    ("Phát triển đột phá dựa trên ba trụ cột kinh tế và một nền tảng số.", []),
    ("Xây dựng chính sách căn cứ trên hai nhóm giải pháp chủ yếu.", []),
    ("Mỗi xã có ít nhất một cơ sở y tế đạt chuẩn.", [1]),
])
def test_on_is_not_more_than(text, values):
    assert [r["value"] for r in rows(text)] == values


# A growth rate named only by its kind, after another value of its clause, is that value's rate.
@pytest.mark.parametrize("text,indicator", [
    ("+ Tổng giá trị sản phẩm Chè tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 33 triệu USD, tốc độ tăng bình quân 03 - 04%/năm.",
     "tốc độ tăng bình quân Tổng giá trị sản phẩm Chè tham gia xuất khẩu"),
    ("- Kim ngạch xuất khẩu năm 2026 đạt 2 tỷ USD, tốc độ tăng trưởng bình quân 10%/năm.",
     "tốc độ tăng trưởng bình quân Kim ngạch xuất khẩu"),
    ("Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD, tăng bình quân hàng năm trong giai đoạn này đạt 10 - 13%/năm.",
     "tăng bình quân hàng năm giá trị hàng hóa tham gia xuất khẩu"),
    # s26c: measured against an occasion ("so với dịp Tết Ất Tỵ năm 2025"), as the supply plans for Tết compare
    ("1. Tổng giá trị hàng hóa thiết yếu dự trữ khoảng 5.200 tỷ đồng, tăng 8% so với dịp Tết Ất Tỵ năm 2025.",
     "tăng Tổng giá trị hàng hóa thiết yếu dự trữ"),
    ("- Doanh thu bán lẻ dịp Tết đạt 9.000 tỷ đồng, tăng 10% so với Tết Nguyên đán 2025.", "tăng Doanh thu bán lẻ dịp Tết"),
])
def test_a_rate_of_the_value_before(text, indicator):
    assert rows(text)[-1]["indicator"] == indicator


@pytest.mark.parametrize("text", ["- Tốc độ tăng trưởng kinh tế đạt 8%.", "- Số doanh nghiệp đạt 500 doanh nghiệp, tỷ lệ doanh nghiệp số đạt 30%."])
def test_a_rate_with_its_own_name_keeps_it(text):
    assert "rule_rate_of_previous" not in [t.rule for t in extract_targets(text)]


# A range or a span of years broken by a hard line wrap before its dash.
@pytest.mark.parametrize("text,expected", [
    ("+ Giá trị sản phẩm Nhãn tham gia xuất khẩu dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05\n- 06%/năm.",
     [(30.2, None, "triệu USD"), (5, 6, "%/năm")]),
    ("4. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ, công chức có trình độ thạc sĩ.", [(10, None, "%")]),
    ("Tỷ lệ hộ nghèo giảm bình quân 1\n- 1,5%/năm.", [(1, 1.5, "%/năm")]),
])
def test_a_range_broken_by_a_line_wrap(text, expected):
    got = extract_targets(text)
    assert [(t.value, t.value_max, t.unit) for t in got] == expected
    assert all(text[t.start:t.end] == t.text for t in got)


def test_a_wrapped_span_gives_its_last_year():
    assert one("4. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ, công chức có trình độ thạc sĩ.")["year"] == 2030


@pytest.mark.parametrize("text,values", [
    ("Đến hết năm 2025\n- 100% xã đạt chuẩn nông thôn mới;\n- 95% hộ dân dùng nước sạch.", [100, 95]),
    ("Số trường đạt chuẩn: 12 trường\n- 15 trường học có thư viện đạt chuẩn.", [12, 15]),
])
def test_a_bullet_after_a_number_is_not_a_wrapped_range(text, values):
    assert [r["value"] for r in rows(text)] == values


# A count per item of something else is a norm of how work is done; a count per period is a target.
@pytest.mark.parametrize("text,values", [
    ("- Thu mẫu nước tầng mặt (01 mẫu/vị trí) và tầng đáy.", []),
    ("Tổ chức 02 lớp tập huấn (50 người/lớp x 02 lớp).", [2]),
    ("Thời gian kiểm tra: dự kiến 02 ngày làm việc/01 đơn vị.", []),
    ("Phát sóng ít nhất 01 tin, bài/quý trên đài truyền thanh.", [1]),
    ("Tổ chức diễn tập ít nhất 01 lần/năm.", [1]),
])
def test_a_count_per_item_is_a_norm(text, values):
    assert [r["value"] for r in rows(text)] == values


# A document whose title says it sets rules (procedures, spending norms, fees) plans nothing: its
# figures are targets only where a heading or the sentence names an objective.
PROCEDURES = ("QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính được chuẩn hóa trong lĩnh vực tài nguyên nước\n\n"
              "PHỤ LỤC\n- Trường hợp nộp hồ sơ qua dịch vụ công trực tuyến: giảm 50 %\n")
NORMS = ("NGHỊ QUYẾT\nQuy định một số nội dung chi và mức chi đặc thù thuộc thẩm quyền của Hội đồng nhân dân thành phố\n\n"
         "PHỤ LỤC\n- Vòng hoa tối đa 1.500.000 đồng\n")


@pytest.mark.parametrize("text,values", [
    (PROCEDURES, []),
    (NORMS, []),
    (PROCEDURES.replace("Về việc công bố danh mục thủ tục hành chính được chuẩn hóa", "Ban hành Kế hoạch cải cách thủ tục hành chính"), [50]),
    (NORMS.replace("Quy định một số nội dung chi và mức chi đặc thù", "Về kế hoạch tổ chức lễ kỷ niệm"), [1500000]),
    ("QUYẾT ĐỊNH\nThông qua phương án đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Sở Nội vụ\n\n"
     "I. MỤC TIÊU\n- Cắt giảm ít nhất 20% chi phí tuân thủ thủ tục hành chính.\n", [20]),
    # A directive orders work: its figures are commitments whatever its subject.
    ("CHỈ THỊ\nVề việc tăng cường cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân\n\n"
     "1. Các sở, ngành cắt giảm tối thiểu 30% thời gian thực hiện thủ tục hành chính.\n", [30]),
    ("CÔNG ĐIỆN\nTập trung hoàn thành thực thi các phương án cắt giảm, đơn giản hóa thủ tục hành chính\n\n"
     "Các bộ phấn đấu 100% thủ tục hành chính liên quan đến doanh nghiệp được thực hiện trực tuyến.\n", [100]),
    # … but a dispatch urges: a figure it reports is no commitment (non_plan_types.tsv).
    ("CÔNG ĐIỆN\nTập trung hoàn thành thực thi các phương án cắt giảm, đơn giản hóa thủ tục hành chính\n\n"
     "Đến nay còn 3.507/6.708 thủ tục (chiếm 52,3%) chưa được cắt giảm.\n", []),
])
def test_documents_that_set_rules(text, values):
    assert [r["value"] for r in rows(text)] == values


# Such a document's prose figures are not looked for at all when nothing in it can make one a target: no pledge anywhere in
# its text and no heading that names an objective (`_prose_pledges_nothing`); the same rows as reading each and turning it down.
@pytest.mark.parametrize("text,silent", [
    (PROCEDURES, True),
    (NORMS, True),
    (PROCEDURES.replace("Về việc công bố danh mục thủ tục hành chính được chuẩn hóa", "Ban hành Kế hoạch cải cách thủ tục hành chính"), False),
    (PROCEDURES + "I. MỤC TIÊU\n- Cắt giảm ít nhất 20% chi phí.\n", False),  # a heading that names an objective
    (PROCEDURES + "Các cơ quan phấn đấu giảm 30% thời gian.\n", False),  # a pledge
    (PROCEDURES + "Hoàn thành đến hết năm 2026.\n", False),  # a year the work is due by
    (PROCEDURES + "Chương trình mục tiêu quốc gia\n", False),  # (not a pledge, but its words: tried, as before)
])
def test_a_rules_documents_prose_is_not_read_where_nothing_pledges(text, silent):
    from extractors.intervals import Intervals
    from extractors.targets.extract import Context, _prose_pledges_nothing, _rules_document, _unwrapped_ranges
    from pipeline.sections import build_outline

    read = _unwrapped_ranges(text)
    ctx = Context(read, build_outline(read), Intervals([]), None, None, rules_document=_rules_document(read))
    assert _prose_pledges_nothing(ctx) is silent


# …and where it is silent, the rows are those of reading each figure and turning it down (r21: the claim the gate rests on,
# asked of the same texts with the gate off)
@pytest.mark.parametrize("text", [PROCEDURES, NORMS])
def test_a_silent_rules_document_gives_the_rows_of_reading_it(text, monkeypatch):
    import extractors.targets.extract as targets

    gated = targets.extract_targets(text)
    monkeypatch.setattr(targets, "_prose_pledges_nothing", lambda ctx: False)
    assert targets.extract_targets(text) == gated


# What kind of document a text is, from its own head: the type heading in capitals, "Luật số:", the subject line
# of an official letter ("V/v …"), whichever comes first; else the abbreviation in its own number's symbol.
@pytest.mark.parametrize("head,kind", [
    ("BỘ XÂY DỰNG\n|\nSố: 39/2025/TT-BXD\n|\nHà Nội, ngày 25 tháng 11 năm 2025\n\nTHÔNG TƯ\n\nCăn cứ Luật Đường bộ", "Thông tư"),
    ("Độc lập - Tự do - Hạnh phúc\nLuật số: 80/2025/QH15 | Hà Nội, ngày 24 tháng 6 năm 2025 |\n\nLUẬTCÁN BỘ, CÔNG CHỨC\n", "Luật"),
    ("Luật số: 74/2025/QH15 |\n\nLUẬT VIỆC LÀM\n\nCăn cứ Hiến pháp", "Luật"),
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\n|\nSố: 5387/CT-CS v/v trả lời phản ánh kiến nghị\n|\nKính gửi: Độc giả", "Công văn"),
    ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\n|\nSố: 5155/SGDĐT-GDTXNNĐH\nVề hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng", "Công văn"),
    ("THỦ TƯỚNG CHÍNH PHỦ\n|\nSố: 220/CĐ-TTg\n|\nHà Nội, ngày 20 tháng 11 năm 2025\n\nCÔNG ĐIỆN\nVề việc đẩy mạnh cắt giảm", "Công điện"),
    ("VĂN PHÒNG CHÍNH PHỦ\n|\nSố: 634/TB-VPCP\n|\n\nKết luận của Thủ tướng Chính phủ tại cuộc họp", "Thông báo"),
    ("BỘ QUỐC PHÒNG\n|\nSố: 94/VBHN-BQP\n|\n\nQuy định chi tiết một số điều", "Văn bản hợp nhất"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n|\nSố: 157/KH-UBND\n|\n\nKẾ HOẠCH\nPhát động phong trào thi đua", "Kế hoạch"),
    ("THỦ TƯỚNG CHÍNH PHỦ\n|\nSố: 2530/QĐ-TTg\n|\n\nQUYẾT ĐỊNH\nV/v phê duyệt Kế hoạch hành động quốc gia", "Quyết định"),
    ("TỈNH ỦY LÀO CAI\n|\nSố: 104-CTr/TU\n|\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết", "Chương trình hành động"),
    ("UBND HUYỆN VĨNH THUẬN\n|\nSố: 45/KH-UBND\n\nThực hiện Công văn số 12/UBND-VX v/v triển khai phong trào thi đua", "Kế hoạch"),
    ("Một bài viết không phải văn bản hành chính.", None),
])
def test_document_type_from_its_head(head, kind):
    assert document_type(head) == kind


# Laws, decrees, circulars, letters, announcements and dispatches set rules, answer, announce or urge: their
# figures (norms, rates, ownership shares, tax rates, what a meeting concluded) are targets only where the
# sentence pledges them or a heading names an objective. So are decisions that allocate the budget.
CIRCULAR = ("Số: 39/2025/TT-BXD\n\nTHÔNG TƯ\n\nĐiều 1. Sửa đổi một số định mức bảo dưỡng thường xuyên đường bộ.\n\nNơi nhận:\n"
            "- Như Điều 3;\n\nPHỤ LỤC I\nĐỊNH MỨC BẢO DƯỠNG THƯỜNG XUYÊN QUỐC LỘ\n"
            "- Chuẩn bị dụng cụ, vật liệu, vận chuyển trong phạm vi 100 m; đảm bảo an toàn giao thông.\n")
LAW = ("Luật số: 51/2024/QH15\n\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO HIỂM Y TẾ\n\n"
       "1. Quỹ bảo hiểm y tế được phân bổ và sử dụng như sau:\na) 92% số tiền đóng bảo hiểm y tế dành cho khám bệnh, chữa bệnh;\n")
LETTER = ("Số: 5333/CT-CS\nV/v chính sách thuế\n\nKính gửi: Công ty cổ phần A.\n"
          "Hàng hóa, dịch vụ thuộc đối tượng áp dụng mức thuế suất 5%.\n")
ANNOUNCEMENT = ("Số: 624/TB-VPCP\n\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ\n\n"
                "2. Bộ Giáo dục và Đào tạo tổ chức triển khai ngay trong tháng 12 năm 2025, số hoá 100% dữ liệu văn bằng, chứng chỉ.\n")
ALLOCATION = ("QUYẾT ĐỊNH\nVề việc bổ sung có mục tiêu từ ngân sách trung ương cho ngân sách các địa phương\n\n"
              "Điều 1. Bổ sung có mục tiêu từ ngân sách trung ương cho 27 địa phương số tiền 2.615 tỷ đồng, như sau:\n"
              "- Tuyên Quang: 152.100 triệu đồng;\n")
BUDGET = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 58/NQ-HĐND\nQuảng Ngãi, ngày 09 tháng 12 năm 2026\n\nNGHỊ QUYẾT\n"
          "Về dự toán ngân sách nhà nước năm 2027\n\nQUYẾT NGHỊ:\n\n"
          "Điều 1. Dự toán thu, chi ngân sách địa phương năm 2027\n1. Tổng thu ngân sách nhà nước trên địa bàn: 25.600 tỷ đồng.\n")
BUDGET_TABLE = BUDGET.split("QUYẾT NGHỊ")[0] + (
    "PHỤ LỤC\nDỰ TOÁN THU NGÂN SÁCH NĂM 2027\nĐơn vị: triệu đồng\n"
    "STT\tNội dung\tDự toán năm 2026\tƯớc thực hiện năm 2026\tDự toán năm 2027\n"
    "1\tThu nội địa\t19.900.000\t20.620.000\t21.350.000\n2\tThu từ hoạt động xuất nhập khẩu\t4.000.000\t4.230.000\t4.250.000\n")
SHARES = ("NGHỊ QUYẾT\nQuy định nguyên tắc phân bổ vốn ngân sách trung ương thực hiện Chương trình mục tiêu quốc gia\n\n"
          "PHỤ LỤC\nTỶ LỆ VỐN ĐỐI ỨNG\n- Các xã khu vực I: ngân sách cấp xã đối ứng 30% tổng vốn được giao.\n")


@pytest.mark.parametrize("text,values", [
    (CIRCULAR, []),
    (LAW, []),
    (LETTER, []),
    (ANNOUNCEMENT, []),
    (ALLOCATION, []),
    (SHARES, []),
    ("NGHỊ QUYẾT\nQuy định việc xử lý các cơ sở không bảo đảm yêu cầu về phòng cháy và chữa cháy\n\nPHỤ LỤC\n"
     "- Đối với nhà công nghiệp, nhà phụ trợ cao không quá 02 tầng: bổ sung hệ thống chữa cháy tự động.\n", []),
    ("QUYẾT ĐỊNH\nBan hành Quy định về tiêu chuẩn xếp loại chất lượng cán bộ, công chức\n\nPHỤ LỤC\n"
     "- Công chức có ít nhất 80% nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng.\n", []),
    # a pledge in an announcement is kept, and so are the targets of plans and of resolutions on plans
    (ANNOUNCEMENT.replace("số hoá 100%", "phấn đấu số hoá 100%"), [100]),
    ("Số: 2530/QĐ-TTg\n\nQUYẾT ĐỊNH\nPhê duyệt Kế hoạch hành động quốc gia về khắc phục ô nhiễm không khí\n\n"
     "- Tỷ lệ số ngày trong năm có chỉ số VN AQI ở mức tốt và trung bình đạt tối thiểu 80%.\n", [80]),
    ("NGHỊ QUYẾT\nVề bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025\n\n"
     "1. Tốc độ tăng tổng sản phẩm trong nước (GDP) đạt 8% trở lên.\n", [8]),
    # an article on the budget of a named year (a blank line above it) commits to its figures; one on how estimates are
    # drawn up does not; a one-year plan adopted the year before: last year's plan column is no target
    (BUDGET, [25600]),
    (BUDGET.replace("Dự toán thu, chi ngân sách địa phương năm 2027", "Lập, chấp hành dự toán ngân sách"), []),
    # nor one on the final accounts or on what was done with an estimate, nor on a year before the document's
    (BUDGET.replace("Dự toán thu, chi ngân sách địa phương năm 2027", "Phê chuẩn quyết toán thu, chi ngân sách địa phương năm 2025")
     + "2. Tổng chi ngân sách địa phương: 27.300 tỷ đồng.\n", []),
    (BUDGET.replace("Dự toán thu, chi ngân sách địa phương năm 2027", "Thông qua kết quả thực hiện dự toán ngân sách nhà nước năm 2026"), []),
    (BUDGET.replace("Dự toán thu, chi ngân sách địa phương năm 2027", "Dự toán thu, chi ngân sách địa phương năm 2025"), []),
    (BUDGET.replace("Dự toán thu, chi ngân sách địa phương năm 2027", "Phân bổ ngân sách cấp tỉnh năm 2027"), [25600]),
    (BUDGET_TABLE, [21350000, 4250000]),
])
def test_documents_that_plan_nothing(text, values):
    assert [r["value"] for r in rows(text)] == values


def test_a_targeted_transfer_is_not_an_objective():
    """"bổ sung có mục tiêu" names a kind of transfer; "mục tiêu" in it commits to nothing."""
    from extractors.targets import patterns as P
    assert not P.PLEDGE.search("Bổ sung có mục tiêu từ ngân sách trung ương cho 27 địa phương số tiền")
    assert not P.TARGET_HEADING.search("Điều 1. Hỗ trợ có mục tiêu cho ngân sách cấp xã")
    assert P.PLEDGE.search("Mục tiêu đến năm 2030 có 1.200 công trình xây dựng xanh")


# The words after a value end at the closing bracket of the aside the value stands in; a bracket the value opens
# itself ("1/2 (50%)") is closed before them.
@pytest.mark.parametrize("text,value,indicator", [
    ("- Tiếp tục vận hành, khai thác các dự án điện gió đã đầu tư (02 dự án nhà máy điện gió Tân Phú Đông 1 và "
     "nhà máy điện gió Tân Phú Đông 2).", 2, "Số dự án nhà máy điện gió Tân Phú Đông 1 và nhà máy điện gió Tân Phú Đông 2"),
    ("- Nâng tổng công suất năng lượng toàn tỉnh lên 4.758,5 MW (gồm 166 dự án thủy điện; 03 dự án điện gió; "
     "02 dự án điện rác).", 2, "Số dự án điện rác"),
    ("3. Đẩy mạnh giải ngân vốn đầu tư công (phấn đấu giải ngân đạt 100% kế hoạch vốn đầu tư công năm 2025).",
     100, "giải ngân kế hoạch vốn đầu tư công"),
    ("- Đến năm 2025, giảm 1/2 (50%) quy mô hộ nghèo so với đầu giai đoạn (theo chuẩn nghèo 2021-2025).",
     50, "quy mô hộ nghèo so với đầu giai đoạn"),
])
def test_an_aside_closes_the_words_after_its_value(text, value, indicator):
    (row,) = [r for r in rows(text) if r["value"] == value]
    assert row["indicator"] == indicator


# An aside the words after a value run on past belongs to them: the indicator goes on after it.
@pytest.mark.parametrize("text, indicator", [
    ("(4) Phấn đấu có ít nhất 70% số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền trợ cấp "
     "bằng phương thức không dùng tiền mặt;",
     "số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền trợ cấp bằng phương thức không dùng tiền mặt"),
    ("- Phấn đấu trên 50% diện tích sản xuất nông nghiệp chủ lực (lúa, xoài, cây ăn trái, hoa kiểng) ứng dụng công nghệ "
     "thông minh.", "diện tích sản xuất nông nghiệp chủ lực (lúa, xoài, cây ăn trái, hoa kiểng) ứng dụng công nghệ thông minh"),
    ("Đến năm 2030, 100% phương tiện giao thông công cộng (xe buýt) sử dụng năng lượng sạch.",
     "phương tiện giao thông công cộng (xe buýt) sử dụng năng lượng sạch"),
    # an aside that ends the clause is not part of the indicator
    ("- Phấn đấu 100% hộ gia đình được tiếp cận nước sạch (theo QCVN 01-1:2018/BYT).", "hộ gia đình được tiếp cận nước sạch"),
    # s29h: nor a pointer to where the plan states the thing ("nêu tại Mục II"); a place that is not the plan's stays
    ("- Công an tỉnh phối hợp với Sở Nội vụ tổ chức 03 lớp tập huấn nêu tại Mục II trong quý II/2026.", "Số lớp tập huấn"),
    ("- Tổ chức 05 hội nghị tại các xã vùng cao.", "Tổ chức hội nghị tại các xã vùng cao"),
    # r22: nor what opens the list of the things counted ("như sau:", ", bao gồm: …"): the items, named one by one
    ("- Địa điểm quan trắc: Quan trắc được thực hiện tại 03 vùng nuôi chính của tỉnh, bao gồm: Vùng nuôi tôm nước lợ quanh "
     "đầm Cù Mông; vùng nuôi tôm nước lợ quanh đầm Ô Loan.", "Số vùng nuôi chính của tỉnh"),
    ("Xây dựng 05 mô hình như sau: mô hình trồng lúa hữu cơ, mô hình nuôi tôm tuần hoàn.", "Xây dựng mô hình"),
    # a list opener without its colon is no list: the words go on ("…, cụ thể hóa …" is a verb)
    ("Tổ chức 03 hội nghị chuyên đề, cụ thể hóa nghị quyết của tỉnh.", "Tổ chức hội nghị chuyên đề, cụ thể hóa nghị quyết của tỉnh"),
])
def test_an_aside_inside_the_indicator_after_a_value(text, indicator):
    assert one(text)["indicator"] == indicator


# "không còn X" is a target of none left when the plan commits to it, not in a case a rule provides for.
@pytest.mark.parametrize("text,values", [
    ("Trường hợp không còn bản gốc, bản chính thì cơ quan quản lý cấp bản sao từ sổ gốc.", []),
    ("Trường hợp vì thiên tai, tai nạn mà cơ quan, tổ chức, đơn vị không còn người lãnh đạo, quản lý thì cấp trên "
     "trực tiếp cử người phụ trách.", []),
    ("2. Nếu không còn bản chính Quyết định cử đi học tập thì được thay bằng bản sao.", []),
    ("b) Tiếp tục thực hiện Chương trình; đến năm 2025 không còn xã dưới 15 tiêu chí.", [0]),
    ("- Phấn đấu đến năm 2030 không còn hộ nghèo.", [0]),
])
def test_none_left_in_a_case_a_rule_provides_for(text, values):
    assert [r["value"] for r in rows(text)] == values


# A dimension a specification sets is a norm; a length of works to build is a target.
@pytest.mark.parametrize("text,values", [
    ("Vét rãnh hở hình chữ nhật bằng thủ công, chiều sâu 0,1m.", []),
    ("Hệ thống chữa cháy: các đầu phun được đặt cách nhau không quá 2 m.", []),
    ("Thu mẫu tầng mặt và tầng giữa (cách mặt từ 2 - 3m).", []),
    ("Nạo vét 2.000 m kênh mương nội đồng.", [2000]),
    ("Xây dựng mới 500 m kè chống sạt lở.", [500]),
])
def test_dimensions_of_a_specification(text, values):
    assert [r["value"] for r in rows(text)] == values


# The months elapsed of a reported year mark a result ("10 tháng tăng 15,55%"); a time a plan allows does not.
@pytest.mark.parametrize("text,values", [
    ("Sản xuất công nghiệp tăng trưởng cao, 10 tháng tăng 15,55%.", []),
    ("Kinh tế duy trì đà tăng trưởng, GRDP 9 tháng năm 2025 tăng 6,9%.", []),
    ("Tổng mức bán lẻ 6 tháng đầu năm đạt 48% kế hoạch.", []),
    ("Phấn đấu trong 06 tháng hoàn thành 100% hồ sơ tồn đọng.", [100]),
    ("Sau 3 tháng triển khai, phấn đấu 100% xã có điểm truy cập Internet.", [100]),
    # s24c: a length of time bounded in an indicator's name is no elapsed months (nor the "2 tháng" inside "12 tháng")
    ("Tỷ lệ người bệnh duy trì điều trị liên tục trên 12 tháng đạt từ 80% trở lên.", [80]),
    ("Tỷ lệ lao động có việc làm sau 12 tháng đạt 70%.", [70]),
])
def test_months_elapsed_of_a_report(text, values):
    assert [r["value"] for r in rows(text)] == values


@pytest.mark.parametrize("text,indicator", [
    ("- Thu mẫu tầng mặt (cách mặt 0,5 - 1m) và 01 mẫu trầm tích tầng đáy tương ứng.", "Số mẫu trầm tích tầng đáy tương ứng"),
    ("- Bố trí điểm quan trắc (cách bờ 20 m), 04 điểm tại khu vực nguồn nước cấp.", "Số điểm tại khu vực nguồn nước cấp"),
])
def test_a_stray_bracket_is_no_verb_of_the_indicator(text, indicator):
    assert rows(text)[-1]["indicator"] == indicator


# The year of the date a value is due by is its year; without one, the plan's period gives it.
@pytest.mark.parametrize("text,year", [
    ("KẾ HOẠCH\nHỗ trợ hộ nghèo giai đoạn 2009-2013\n\nThành phố phấn đấu hoàn thành hỗ trợ hộ nghèo xây dựng, sửa chữa "
     "2.305 nhà ở hư hỏng trước ngày 30/9/2010.", 2010),
    ("KẾ HOẠCH\nChuyển đổi số giai đoạn 2026-2030\n\n- Phấn đấu 100% hồ sơ công việc được xử lý trên môi trường mạng, "
     "chậm nhất ngày 31/12/2026.", 2026),
    ("KẾ HOẠCH\nChuyển đổi số giai đoạn 2026-2030\n\n- Phấn đấu 100% hồ sơ công việc được xử lý trên môi trường mạng.", 2030),
    # s26d: a quarter or a month with its year after a slash
    ("KẾ HOẠCH\nPhòng, chống bệnh không lây nhiễm giai đoạn 2026 - 2030\n\nc) Triển khai phần mềm quản lý bệnh; 100% người bệnh "
     "được quản lý có hồ sơ sức khỏe điện tử trong quý IV/2026.", 2026),
    ("KẾ HOẠCH\nChuyển đổi số giai đoạn 2026-2030\n\n- 100% hồ sơ được số hóa trong tháng 10/2027.", 2027),
    ("KẾ HOẠCH\nChuyển đổi số giai đoạn 2026-2030\n\n- Tăng 10% số hồ sơ trực tuyến so với tháng 6/2025.", 2030),
])
def test_year_of_the_due_date(text, year):
    assert one(text)["year"] == year


@pytest.mark.parametrize("text,values", [
    ("- Thuế tiêu thụ đặc biệt hàng nhập khẩu: trung ương hưởng 100%, địa phương hưởng 100%.", []),
    ("Cán bộ bị tạm giữ mà chưa bị xem xét xử lý kỷ luật thì được hưởng 50% của mức lương hiện hưởng.", []),
    ("Người bệnh có mức hưởng 80% chi phí khám bệnh, chữa bệnh nội trú.", []),
    ("Phấn đấu 100% đối tượng bảo trợ xã hội được hưởng trợ cấp kịp thời.", [100]),
])
def test_entitlements_a_rule_grants(text, values):
    assert [r["value"] for r in rows(text)] == values


def test_an_entitlement_named_after_the_value():
    assert rows("Người tham gia bảo hiểm y tế được thanh toán từ 50% đến 100% mức hưởng khi khám bệnh ngoại trú.") == []


# A label that names a whole, then its parts with their shares (';', ',' or 'và' between them): every part
# keeps the whole's indicator and names itself in `scope`, its row quoting the part, the first and last alike.
COMPOSITIONS = [
    ("- Cơ cấu kinh tế: Nông nghiệp 25%; Công nghiệp - xây dựng 35%; Dịch vụ 40%.", "Cơ cấu kinh tế",
     [("Nông nghiệp 25%", "Nông nghiệp", 25.0), ("Công nghiệp - xây dựng 35%", "Công nghiệp - xây dựng", 35.0),
      ("Dịch vụ 40%", "Dịch vụ", 40.0)]),
    ("- Cơ cấu kinh tế: Ngư, nông, lâm nghiệp chiếm khoảng 27,31%; Công nghiệp, xây dựng chiếm khoảng 27,91%; Dịch vụ "
     "chiếm khoảng 40,94%; Thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng 3,83%.", "Cơ cấu kinh tế",
     [("Ngư, nông, lâm nghiệp chiếm khoảng 27,31%", "Ngư, nông, lâm nghiệp", 27.31),
      ("Công nghiệp, xây dựng chiếm khoảng 27,91%", "Công nghiệp, xây dựng", 27.91),
      ("Dịch vụ chiếm khoảng 40,94%", "Dịch vụ", 40.94),
      ("Thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng 3,83%", "Thuế sản phẩm trừ trợ cấp sản phẩm", 3.83)]),
    ("Cơ cấu lao động đến năm 2030: nông, lâm nghiệp và thủy sản 30%, công nghiệp - xây dựng 32% và dịch vụ 38%.", "Cơ cấu lao động",
     [("nông, lâm nghiệp và thủy sản 30%", "nông, lâm nghiệp và thủy sản", 30.0),
      ("công nghiệp - xây dựng 32%", "công nghiệp - xây dựng", 32.0), ("dịch vụ 38%", "dịch vụ", 38.0)]),
]


@pytest.mark.parametrize("text, whole, parts", COMPOSITIONS)
def test_parts_of_a_whole_share_its_indicator(text, whole, parts):
    got = [(t.text, t.indicator, t.scope, t.value, t.rule) for t in extract_targets(text)]
    assert got == [(quote, whole, scope, value, "rule_composition_part") for quote, scope, value in parts]


@pytest.mark.parametrize("text, indicators", [
    # a heading over indicators of their own: each is its own indicator, no scope
    ("- Chỉ tiêu xã hội: Tỷ lệ hộ nghèo giảm 1%; Tỷ lệ che phủ rừng đạt 51%.", ["Tỷ lệ hộ nghèo", "Tỷ lệ che phủ rừng"]),
    # a breakdown by age under an indicator that is not a whole of parts: as before
    ("- Tỷ lệ huy động học sinh đến trường: Trẻ 05 tuổi 99%, từ 06-14 tuổi 98,5%",
     ["Tỷ lệ huy động học sinh đến trường", "Tỷ lệ huy động học sinh đến trường"]),
    # an age inside the label names its group, it is no value: the label still names the groups' values
    ("- Chiều cao trung bình của người 18 tuổi theo giới tính: nam đạt 168,5 cm, nữ đạt 157,5 cm.",
     ["Chiều cao trung bình của người 18 tuổi theo giới tính"] * 2),
    ("- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng: nam 12%, nữ 10%.", ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng"] * 2),
    # s28c: counts of other things after "trong đó" that do not add up to the whole are no kinds of it
    ("Đào tạo 600 người, trong đó: 10 lớp, 300 học viên.", ["Đào tạo người", "Số lớp", "Số học viên"]),
    # s28e: a comma before the next count of a list ends the words of the count before it (not a decimal comma)
    ("Năm 2026, xã chuẩn bị phương tiện dự trữ: 02 xuồng máy, 150 áo phao, 300 phao tròn.", ["xã chuẩn bị phương tiện dự trữ"]),
    ("Năm 2026, xây dựng 25 km đường giao thông, 10 cầu dân sinh.", ["xây dựng đường giao thông", "Số cầu dân sinh"]),
])
def test_lists_that_are_not_parts_of_a_whole(text, indicators):
    found = extract_targets(text)
    assert [t.indicator for t in found] == indicators and all(t.rule != "rule_composition_part" for t in found)


# Relief and recovery plans: what a disaster did (the things it struck, "bị", "chịu ảnh hưởng", "chết", a group
# defined by what was done before, "đã được …"; the damage it caused, "thiệt hại …", "làm hư hỏng …") is no target.
@pytest.mark.parametrize("text", [
    "Bão số 3 làm 500 nhà bị sập, 1.200 ha lúa bị ngập úng.",
    "Mưa lũ làm hư hỏng 300 nhà, cuốn trôi 12 cầu dân sinh.",
    "Tổng thiệt hại khoảng 1.250 tỷ đồng.",
    "Cơn bão đã gây thiệt hại về tài sản trên 1.250 tỷ đồng.",
    "Tập trung hỗ trợ hơn 20.000 hộ bị ảnh hưởng trực tiếp, đặc biệt tại các khu vực thấp trũng.",
    "Có 2.500 hộ chịu ảnh hưởng do sạt lở đất; 35 người chết và mất tích.",
    "Cấp phát hàng cứu trợ, ưu tiên 40 xã, phường đã được công bố tình huống khẩn cấp.",
])
def test_what_a_disaster_did_is_not_a_target(text):
    assert extract_targets(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("Khôi phục 500 ha rừng bị thiệt hại trước ngày 31/12/2026.", 500.0, "ha"),  # restoring what was struck
    ("Sửa chữa 300 nhà bị hư hỏng, tốc mái trước ngày 30/12/2025.", 300.0, "nhà"),
    ("Hỗ trợ 100% hộ có nhà bị sập được xây dựng lại nhà ở.", 100.0, "%"),  # a share of the group struck
    ("Hỗ trợ 1.200 hộ nghèo xây dựng nhà ở.", 1200.0, "hộ"),
    ("Phấn đấu giảm thiệt hại về người 20%.", 20.0, "%"),  # reducing damage: a commitment
    ("Duy trì 50 xã đã đạt chuẩn nông thôn mới.", 50.0, "xã"),
    ("Xây dựng 20 nhà kho chứa thiết bị phòng cháy.", 20.0, "nhà"),  # "thiết bị" is no passive "bị"
    ("Xây dựng 20 nhà sơ tán dân khi bị ngập lụt.", 20.0, "nhà"),  # a risk, not what happened
    ("Phấn đấu đến năm 2030 có 500 phòng học được trang bị thiết bị dạy học hiện đại.", 500.0, "phòng học"),
])
def test_commitments_in_relief_plans_are_targets(text, value, unit):
    assert [(t.value, t.unit) for t in extract_targets(text)] == [(value, unit)]


# Concentrations of air and water quality standards (QCVN 05:2023/BTNMT in µg/m³, QCVN 08:2023/BTNMT in mg/L):
# the unit as the symbol is written (µ or Greek μ, ³ or 3, l or L) is one normalised unit.
@pytest.mark.parametrize("text,value,unit,comparator,indicator", [
    ("Phấn đấu nồng độ bụi PM2.5 trung bình năm dưới 25 µg/m³.", 25, "µg/m³", "lt", "nồng độ bụi PM2.5 trung bình năm"),
    ("Đến năm 2030, nồng độ bụi PM2.5 trung bình năm đạt dưới 40 μg/m3 tại các điểm đo.", 40, "µg/m³", "lt", "nồng độ bụi PM2.5"),
    ("Đến năm 2030, hàm lượng BOD5 trong nước sông không quá 15 mg/L.", 15, "mg/L", "le", "hàm lượng BOD5 trong nước sông"),
    ("Phấn đấu nồng độ bụi lơ lửng trung bình năm không vượt quá 0,14 mg/m3.", 0.14, "mg/m³", "le", "nồng độ bụi lơ lửng"),
])
def test_concentration_units(text, value, unit, comparator, indicator):
    row = one(text)
    assert (row["value"], row["unit"], row["comparator"]) == (value, unit, comparator) and indicator in row["indicator"], row


# A mass alone (a dose in a product's composition) is no concentration and no unit of a target.
@pytest.mark.parametrize("text", ["Mỗi viên chứa Vitamin D 5 µg, Biotin 50 µg.", "Hàm lượng Selen 55 µg trong mỗi gói."])
def test_a_mass_alone_is_not_a_concentration(text):
    assert rows(text) == []


# A share written with the whole it is of after its "%" ("chiếm 45% GRDP tỉnh", "đạt 30% GRDP", "35% tổng chi
# ngân sách"): the indicator keeps the whole, joined as the clause joins it (the verb "chiếm" / "đóng góp" as
# written; "trong" after a name that says it is a share or a size; else "so với"), and the gazetteer reads the share.
@pytest.mark.parametrize("text,indicator,indicator_id", [
    ("- Kinh tế số chiếm 45% GRDP tỉnh", "Kinh tế số chiếm GRDP tỉnh", "grdp_share_digital_economy"),
    ("Phấn đấu đến năm 2030, kinh tế số chiếm khoảng 55-58% GRDP của tỉnh.", "kinh tế số chiếm GRDP của tỉnh", "grdp_share_digital_economy"),
    ("(1) Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP", "Tỷ trọng kinh tế số trong GRDP", "grdp_share_digital_economy"),
    ("Quy mô kinh tế số đạt 40% GRDP.", "Quy mô kinh tế số trong GRDP", "grdp_share_digital_economy"),
    ("Khu vực dịch vụ chiếm 45% của GRDP.", "Khu vực dịch vụ chiếm GRDP", "grdp_share_services"),
    ("Kinh tế số chiếm tỷ trọng khoảng 20% GRDP của tỉnh.", "Kinh tế số chiếm GRDP của tỉnh", "grdp_share_digital_economy"),
    ("Kinh tế tư nhân đóng góp khoảng 55-58% GRDP của tỉnh.", "Kinh tế tư nhân đóng góp vào GRDP của tỉnh", "private_sector_grdp_share"),
    ("Vốn đầu tư toàn xã hội đạt 35% GRDP.", "Vốn đầu tư toàn xã hội so với GRDP", "investment_to_grdp"),
    ("Chi đầu tư phát triển chiếm 35% tổng chi ngân sách địa phương.", "Chi đầu tư phát triển chiếm tổng chi ngân sách địa phương", None),
    # s30a: a name cut by a comma inside it ("do hạn, mặn") before a bound and the whole: the whole names no indicator of its own
    ("b) Diện tích lúa bị thiệt hại do hạn, mặn không quá 1% tổng diện tích gieo trồng.",
     "Diện tích lúa bị thiệt hại do hạn, mặn so với tổng diện tích gieo trồng", None),
    # the whole is named before the value already, or the name is a rate that names its own base: as written
    ("Tỷ lệ chi cho nghiên cứu và phát triển so với GRDP đạt 2% GRDP.", "Tỷ lệ chi cho nghiên cứu và phát triển so với GRDP", "rnd_expenditure"),
    ("- Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số", "Tỷ lệ phủ sóng 5G trên địa bàn", "coverage_5g_population"),
])
def test_a_share_keeps_the_whole_it_is_of(text, indicator, indicator_id):
    (t,) = extract_targets(text)
    assert (t.indicator, t.indicator_id) == (indicator, indicator_id)


# A name that is only the whole a share is of ("đạt 30% GRDP", "2% tổng chi ngân sách") never gets the whole's own
# indicator (the GRDP's growth, the total spending); the whole's own values keep it ("GRDP tăng 8%").
@pytest.mark.parametrize("text,indicator_id", [
    ("Phấn đấu đến năm 2030 đạt 30% GRDP.", None),
    ("- Đạt 40% GRDP.", None),
    ("- Về ngân sách: Bố trí tối thiểu 2% tổng chi ngân sách địa phương", None),
    ("- GRDP tăng 8%.", "grdp_growth"),
    ("Tổng sản phẩm trong tỉnh (GRDP) tăng khoảng 10%", "grdp_growth"),
])
def test_a_name_that_is_only_the_whole_is_not_its_indicator(text, indicator_id):
    (t,) = extract_targets(text)
    assert t.indicator_id == indicator_id, t


# A place written as the subject of a count ("Cả nước có …", "Hà Nội có tối thiểu …", "mỗi xã có ít nhất …") or as
# the frame of a clause ("Tại thành phố Hà Nội, …") is the target's scope; the indicator is what is counted.
@pytest.mark.parametrize("text,indicator,scope", [
    ("Cả nước có tối thiểu 200 công trình xanh.", "Số công trình xanh", "Cả nước"),
    ("Hà Nội, TP. Hồ Chí Minh mỗi địa phương có ít nhất 50 công trình xanh.", "Số công trình xanh", "Hà Nội, TP. Hồ Chí Minh mỗi địa phương"),
    ("Đà Nẵng, Cần Thơ có tối thiểu 100 công trình xanh.", "Số công trình xanh", "Đà Nẵng, Cần Thơ"),
    ("Mỗi xã có ít nhất 01 mô hình dân vận khéo.", "Số mô hình dân vận khéo", "Mỗi xã"),
    # s25h: the units that each do the action before its verbs: the scope; the verbs and what they count, the name
    ("Mỗi xã, phường thành lập mới ít nhất 02 câu lạc bộ.", "Thành lập mới câu lạc bộ", "Mỗi xã, phường"),
    ("Mỗi đơn vị sự nghiệp xây dựng 01 kế hoạch.", "Xây dựng kế hoạch", "Mỗi đơn vị sự nghiệp"),
    ("Mỗi năm thành lập mới 05 hợp tác xã.", "Mỗi năm thành lập mới hợp tác xã", None),  # a time, no unit that does it
    # s24d: units of an agency that each hold a count, and the whole that holds one (no scope)
    ("- Mỗi phòng, chi cục, đơn vị sự nghiệp trực thuộc có ít nhất 01 sáng kiến được công nhận.", "Số sáng kiến được công nhận",
     "Mỗi phòng, chi cục, đơn vị sự nghiệp trực thuộc"),
    ("- Toàn ngành có ít nhất 03 đề tài khoa học được nghiệm thu.", "Số đề tài khoa học được nghiệm thu", None),
    ("- Mỗi đơn vị có 100% cán bộ được tập huấn.", "cán bộ được tập huấn", None),  # a share: the holder is no scope
    ("- Tại thành phố Hà Nội, nồng độ bụi PM2.5 trung bình năm đạt dưới 40 μg/m3.", "nồng độ bụi PM2.5 trung bình năm", "thành phố Hà Nội"),
    # not a place: a name in capitals that opens with a plural or a kind of body stays what it was
    ("Các Sở Ban Ngành có 100% hồ sơ trực tuyến.", "hồ sơ trực tuyến", None),
    ("Nông Thôn Mới có 20 xã.", "Nông Thôn Mới", None),
])
def test_a_place_is_the_scope_not_the_indicator(text, indicator, scope):
    row = one(text)
    assert (row["indicator"], row["scope"]) == (indicator, scope)


# s29f: a frequency said after the verb it is of ("… quan trắc với tần suất 2 lần/tháng") is named by that verb, with what it
# is done to (after the line's label): "Tần suất quan trắc …", as a plan's own "tần suất quan trắc" would name it; a
# frequency written right after its action keeps the action's words.
@pytest.mark.parametrize("text,indicator", [
    ("+ Các thông số: Độ mặn, pH, oxy hòa tan (DO) quan trắc với tần suất 2 lần/tháng.",
     "Tần suất quan trắc độ mặn, pH, oxy hòa tan (DO)"),
    ("+ Các thông số: Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb, As) quan trắc với tần suất 02 lần/năm",
     "Tần suất quan trắc thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb, As)"),
    ("- Nước thải công nghiệp được lấy mẫu với tần suất 04 lần/năm.", "Tần suất lấy mẫu nước thải công nghiệp"),
    ("- COD, BOD5 quan trắc với tần suất 4 lần/năm.", "Tần suất quan trắc COD, BOD5"),
    # a bare "tần suất" after the action's clause, a comma between: the action, without where it is done; rounds per
    # period ("đợt/năm") after "tần suất" are a frequency as "lần/năm" is
    ("- Quan trắc chất lượng nước mặt lưu vực sông Cầu tại 48 điểm, tần suất 12 đợt/năm.",
     "Tần suất quan trắc chất lượng nước mặt lưu vực sông Cầu"),
    ("- Lấy mẫu nước thải các khu công nghiệp, tần suất 4 lần/năm.", "Tần suất lấy mẫu nước thải các khu công nghiệp"),
    # not after "với tần suất": the action's own words
    ("- Quan trắc nước thải công nghiệp 04 lần/năm.", "Quan trắc nước thải công nghiệp"),
    ("- Tổ chức kiểm tra ít nhất 02 lần/năm tại các cơ sở.", "Tổ chức kiểm tra"),
])
def test_a_frequency_is_named_by_the_verb_it_is_of(text, indicator):
    assert one(text)["indicator"] == indicator


# s29f: rounds per period after "tần suất" (a monitoring programme's frequency, TCVN 5981 / ISO 5667), and the same frequency
# over another period in brackets after it, are values; rounds of a campaign or of the plan itself stay out, per period or not.
@pytest.mark.parametrize("text,expected", [
    ("- Mẫu nước cấp: Nhiệt độ, oxy hòa tan, độ mặn; tần suất quan trắc: 2 đợt/tháng (18 đợt/năm).",
     [(2, "đợt/tháng"), (18, "đợt/năm")]),
    ("- Kim loại nặng (Cd, Hg, Pb, As); tần suất quan trắc: 03 đợt/năm.", [(3, "đợt/năm")]),
    ("- Tổ chức kiểm tra 02 đợt/năm.", [(2, "đợt/năm")]),
    ("Phong trào thi đua được tổ chức 02 đợt/năm.", []),
    ("Kế hoạch chia làm 02 đợt/năm: đợt 1 từ tháng 3, đợt 2 từ tháng 9.", []),
    ("Phong trào thi đua gồm 02 đợt (01 đợt/năm).", []),
])
def test_rounds_per_period_as_a_frequency(text, expected):
    assert [(r["value"], r["unit"]) for r in rows(text)] == expected


# (the months a frequency holds in, written before "tần suất", are its scope, not its name; a frequency without them has none)
@pytest.mark.parametrize("text,expected", [
    ("Tháng 3, 4 và tháng 9 - tháng 11 tần suất quan trắc 02 đợt/tháng; tháng 5 - tháng 8 tần suất quan trắc 04 đợt/tháng.",
     [("Tần suất quan trắc", "Tháng 3, 4 và tháng 9 - tháng 11"), ("Tần suất quan trắc", "tháng 5 - tháng 8")]),
    ("- Kim loại nặng (Cd, Hg, Pb, As); tần suất quan trắc: 03 đợt/năm.", [("tần suất quan trắc", None)]),
])
def test_the_months_of_a_frequency_are_its_scope(text, expected):
    assert [(r["indicator"], r["scope"]) for r in rows(text)] == expected


# A count broken down by place ("cả nước có 1.200 … Trong đó, Hà Nội có tối thiểu 200 công trình, …"): each place's
# count keeps the indicator of the count it is part of.
@pytest.mark.parametrize("text,expected", [
    ("h) Phấn đấu đến năm 2030, cả nước có 1.200 công trình xây dựng xanh. Trong đó, Hà Nội có tối thiểu 200 công trình, "
     "Thành phố Hồ Chí Minh có tối thiểu 500 công trình.",
     [("Số công trình xây dựng xanh", "cả nước"), ("Số công trình xây dựng xanh", "Hà Nội"),
      ("Số công trình xây dựng xanh", "Thành phố Hồ Chí Minh")]),
    ("Đến năm 2030, toàn quốc có 500 trạm quan trắc tự động; trong đó Đà Nẵng có 20 trạm.",
     [("Số trạm quan trắc tự động", "toàn quốc"), ("Số trạm quan trắc tự động", "Đà Nẵng")]),
    # no count before in the paragraph: the place's own count names only what it counts
    ("Trong đó, Hà Nội có tối thiểu 200 công trình.", [("Số công trình", "Hà Nội")]),
    # s29f: what the places count qualified once, after the last count: each earlier count is of the same thing (a list of
    # two or three, joined by a comma or "và"; the place after "và" opens the next count's clause, no part of a name)
    ("- Đến năm 2030, Hà Nội có tối thiểu 200 công trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình xây dựng xanh.",
     [("Số công trình xây dựng xanh", "Hà Nội"), ("Số công trình xây dựng xanh", "Thành phố Hồ Chí Minh")]),
    ("- Hà Nội có 200 công trình, Đà Nẵng có 100 công trình và Thành phố Hồ Chí Minh có 500 công trình xây dựng xanh.",
     [("Số công trình xây dựng xanh", "Hà Nội"), ("Số công trình xây dựng xanh", "Đà Nẵng"),
      ("Số công trình xây dựng xanh", "Thành phố Hồ Chí Minh")]),
    ("- Đến năm 2030, huyện Bảo Thắng có ít nhất 30 hợp tác xã, huyện Bát Xát có ít nhất 20 hợp tác xã nông nghiệp ứng "
     "dụng công nghệ cao.", [("Số hợp tác xã nông nghiệp ứng dụng công nghệ cao", "huyện Bảo Thắng"),
                            ("Số hợp tác xã nông nghiệp ứng dụng công nghệ cao", "huyện Bát Xát")]),
    ("- Hà Nội có tối thiểu 200 công trình xanh và Thành phố Hồ Chí Minh có tối thiểu 500 công trình xanh.",
     [("Số công trình xanh", "Hà Nội"), ("Số công trình xanh", "Thành phố Hồ Chí Minh")]),
    # not one list: a full stop or a semicolon between the places' counts, each names only its own
    ("- Hà Nội có 200 công trình. Thành phố Hồ Chí Minh có 500 công trình xây dựng xanh.",
     [("Số công trình", "Hà Nội"), ("Số công trình xây dựng xanh", "Thành phố Hồ Chí Minh")]),
    ("- Hà Nội có 200 công trình; Thành phố Hồ Chí Minh có 500 công trình xây dựng xanh.",
     [("Số công trình", "Hà Nội"), ("Số công trình xây dựng xanh", "Thành phố Hồ Chí Minh")]),
])
def test_a_count_broken_down_by_place(text, expected):
    assert [(r["indicator"], r["scope"]) for r in rows(text)] == expected


# The plan's own province as the subject ("tỉnh Bắc Ninh có …" in Bắc Ninh's plan) is its whole area: no scope;
# another place in it is one.
def test_the_plans_own_area_is_no_scope():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 144/KH-UBND\n\nKẾ HOẠCH\nPhát triển kinh tế số\n\n"
            "Đến năm 2030, tỉnh Bắc Ninh có ít nhất 20 tập dữ liệu mở được công bố; tỉnh Lạng Sơn có tối thiểu 10 tập dữ liệu mở được công bố.\n")
    assert [(r["value"], r["scope"]) for r in rows(text)] == [(20, None), (10, "tỉnh Lạng Sơn")]


# The words a clause opens or trails with before its value are no part of the indicator: "Sau năm 2030,", "Từ năm
# 2026 trở đi,", a change "giảm/tăng trung bình", a comparator "không vượt quá", "không thấp hơn", "xấp xỉ".
@pytest.mark.parametrize("text,indicator", [
    ("Sau năm 2030, nồng độ bụi mịn PM2.5 giảm trung bình 5 μg/m3 mỗi kỳ kế hoạch.", "nồng độ bụi mịn PM2.5"),
    ("Từ năm 2026 trở đi, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.", "tỷ lệ hồ sơ trực tuyến toàn trình"),
    ("Phấn đấu nồng độ bụi tổng số trung bình năm không vượt quá 0,1 mg/m3.", "nồng độ bụi tổng số trung bình năm"),
    ("Tỷ lệ giáo viên đạt chuẩn không thấp hơn 95%.", "Tỷ lệ giáo viên đạt chuẩn"),
    ("Thu nhập bình quân đầu người tăng trung bình 8%/năm.", "Thu nhập bình quân đầu người"),
    # the words inside a name stay: "trung bình năm" of a concentration, "trở lên" of an age
    ("Phấn đấu nồng độ bụi PM2.5 trung bình năm dưới 25 µg/m³.", "nồng độ bụi PM2.5 trung bình năm"),
    ("Tỷ lệ người từ 65 tuổi trở lên được khám sức khỏe định kỳ đạt 90%.", "Tỷ lệ người từ 65 tuổi trở lên được khám sức khỏe định kỳ"),
])
def test_opening_and_trailing_words_are_not_the_indicator(text, indicator):
    assert one(text)["indicator"] == indicator


# The same share in a table: a unit column "% GRDP" is a share in % of the whole it names, kept in the indicator
# (a name that says it is a share takes "trong", another "so với"; a rate or a name with the whole stays).
def test_a_table_unit_that_names_the_whole():
    text = ("TT\tChỉ tiêu\tĐơn vị tính\tNăm 2030\n"
            "1\tTỷ trọng kinh tế số\t% GRDP\t30\n"
            "2\tVốn đầu tư toàn xã hội\t% GRDP\t35\n"
            "3\tTỷ lệ chi cho nghiên cứu và phát triển so với GRDP\t% GRDP\t2\n"
            "4\tTốc độ tăng trưởng GRDP\t%\t10\n")
    got = [(t.indicator, t.unit, t.unit_raw, t.indicator_id) for t in extract_targets(text)]
    assert got == [("Tỷ trọng kinh tế số trong GRDP", "%", "% GRDP", "grdp_share_digital_economy"),
                   ("Vốn đầu tư toàn xã hội so với GRDP", "%", "% GRDP", "investment_to_grdp"),
                   ("Tỷ lệ chi cho nghiên cứu và phát triển so với GRDP", "%", "% GRDP", "rnd_expenditure"),
                   ("Tốc độ tăng trưởng GRDP", "%", "%", "grdp_growth")]


# (s27g2, issue 13) A count the extractor names "Số …" from the words after its value ("Lắp đặt 200 camera …" reads
# "Số camera …") takes the activity kind the verb of its own clause says (what the plan does: fit, support, form); a
# stock ("Toàn tỉnh có …"), a verb of no kind ("Vận động", "Phấn đấu có") or a change ("Tăng thêm") takes none.
@pytest.mark.parametrize("text,indicator_id", [
    ("Hỗ trợ 150 hộ nghèo phát triển sinh kế.", "activity_households_supported"),
    ("Lắp đặt 200 camera giám sát an ninh tại các khu dân cư.", "activity_equipment_installed"),
    ("Năm 2026, thành lập mới 30 tổ bảo vệ an ninh, trật tự ở cơ sở.", "activity_teams_formed"),
    ("Hỗ trợ ít nhất 80 doanh nghiệp nhỏ và vừa chuyển đổi số.", "activity_businesses_supported"),
    ("Cho vay vốn ưu đãi đối với 300 người lao động.", "activity_people_supported"),
    ("Vận động 150 hộ tham gia mô hình.", None),
    ("Phấn đấu có 80 doanh nghiệp nhỏ và vừa chuyển đổi số.", None),
    ("Tăng thêm 20 camera giám sát so với năm 2025.", None),
    # a verb of making new reads as a rise (its direction), yet what rises is the plan's output; a rise of a count is none
    ("Xây dựng mới 12 công trình thủy lợi nhỏ.", "activity_works_built"),
    ("Lắp đặt mới 300 bộ đèn LED.", "activity_equipment_installed"),
    ("Số lớp tập huấn tăng 5 lớp so với năm 2025.", None),
])
def test_a_count_named_from_the_words_after_it_takes_the_kind_its_verb_says(text, indicator_id):
    (t,) = extract_targets(text)
    assert t.indicator_id == indicator_id, t


# Verbs joined by commas share the value and all name it (s34b); the gazetteer's wordings name one verb, so the name is
# matched from its last verb on when it fits nothing whole.
@pytest.mark.parametrize("text,indicator,indicator_id", [
    ("Thay thế, sửa chữa 18 cầu yếu, cầu hẹp.", "Thay thế, sửa chữa cầu yếu, cầu hẹp", "activity_works_built"),
    ("Thanh tra, kiểm tra 120 doanh nghiệp có nguy cơ cao về tai nạn lao động.",
     "Thanh tra, kiểm tra doanh nghiệp nguy cơ cao về tai nạn lao động", "activity_inspected_units"),
    # negatives: the last verb makes no output the gazetteer counts, so neither does the list
    ("Tuyên truyền, vận động 150 hộ tham gia mô hình.", "Số hộ tham gia mô hình", None),
])
def test_verbs_joined_by_commas_are_matched_from_their_last_verb(text, indicator, indicator_id):
    (t,) = extract_targets(text)
    assert (t.indicator, t.indicator_id) == (indicator, indicator_id), t


# "bằng", "tương đương" link a share to the name before it, like "đạt" and "chiếm".
@pytest.mark.parametrize("text,indicator,indicator_id", [
    ("Vốn đầu tư toàn xã hội bình quân tương đương 35% GRDP.", "Vốn đầu tư toàn xã hội so với GRDP", "investment_to_grdp"),
    ("Bội chi ngân sách nhà nước bằng khoảng 3,5% GDP.", "Bội chi ngân sách nhà nước so với GDP", "budget_deficit"),
])
def test_equal_links_a_share_to_its_name(text, indicator, indicator_id):
    (t,) = extract_targets(text)
    assert (t.indicator, t.indicator_id) == (indicator, indicator_id)


# A share whose clause names only the whole ("đạt 30% GRDP") is for the part its line's label or its list's
# introducing line names ("- Về kinh tế số: …", "- Kinh tế số:" over "+ … đạt 30% GRDP"); no label, or a label that
# names the whole again ("Về ngân sách: … 2% tổng chi ngân sách"), leaves the whole alone (and with no canonical id).
@pytest.mark.parametrize("text,indicators", [
    ("- Về kinh tế số: đến năm 2030 đạt 30% GRDP.", [("kinh tế số so với GRDP", "grdp_share_digital_economy")]),
    ("- Kinh tế số:\n+ Đến năm 2025 đạt 20% GRDP;\n+ Đến năm 2030 đạt 30% GRDP.",
     [("Kinh tế số so với GRDP", "grdp_share_digital_economy")] * 2),
    ("- Về ngân sách: Bố trí tối thiểu 2% tổng chi ngân sách địa phương", [("tổng chi ngân sách địa phương", None)]),
    ("- Mục tiêu cụ thể:\n+ Đạt 30% GRDP.", [("GRDP", None)]),
])
def test_a_share_of_a_whole_named_by_its_label(text, indicators):
    assert [(t.indicator, t.indicator_id) for t in extract_targets(text)] == indicators


# Works a plan commits to deliver are targets: "nâng cấp" (upgrade) is no level before the number ("bão
# cấp 12" is), and a word that opens an indicator is stripped only whole ("Làm mới" keeps its "Là").
@pytest.mark.parametrize("text, found", [
    ("Nâng cấp 50 km đường giao thông nông thôn.", [(50.0, "km")]),
    ("Đầu tư nâng cấp 12 km kênh mương nội đồng.", [(12.0, "km")]),
    ("Làm mới 30 km đường trục xã.", [(30.0, "km")]),
    ("Cói: trồng mới 20 ha.", [(20.0, "ha")]),
    ("Bão mạnh cấp 12, giật cấp 14.", []),
])
def test_works_to_deliver(text, found):
    got = rows(text)
    assert [(r["value"], r["unit"]) for r in got] == found
    for r in got:  # the indicator opens on a whole word of the text
        first = r["indicator"].split()[0]
        assert regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(first)}(?![\p{{L}}\p{{M}}])", text, regex.I), r["indicator"]


# Keeping a level steady is "maintain" whichever verb says it ("giữ ổn định", "ổn định ở mức", "duy trì", "giữ vững");
# "phát triển ổn định" (steady growth) names no level kept.
@pytest.mark.parametrize("text,direction", [
    ("Giữ ổn định tỷ lệ sinh thay thế ở mức 2,1 con/phụ nữ.", "maintain"),
    ("Tỷ lệ che phủ rừng ổn định ở mức 42%.", "maintain"),
    ("Quy mô dân số giữ ổn định khoảng 1,5 triệu người.", "maintain"),
    ("Duy trì tỷ lệ che phủ rừng ở mức 42%.", "maintain"),
    ("Kinh tế phát triển ổn định, tốc độ tăng trưởng GRDP đạt 8%.", "reach"),
])
def test_maintain_wordings(text, direction):
    assert rows(text)[-1]["direction"] == direction


# A count of those an action is for ("… cho N lao động") is named by the action, not "Số lao động" alone;
# a phrase that names its indicator ("Số lao động được đào tạo nghề cho … : N") and a percentage keep theirs.
@pytest.mark.parametrize("text,indicator", [
    # (s23c: how often, "mỗi năm", is no part of the name)
    ("Giải quyết việc làm mới cho ít nhất 25.000 lao động mỗi năm.", "Giải quyết việc làm mới cho lao động"),
    ("Đào tạo nghề cho 2.000 lao động nông thôn.", "Đào tạo nghề cho lao động nông thôn"),
    ("Tổ chức tập huấn cho 500 cán bộ cơ sở.", "Tổ chức tập huấn cho cán bộ cơ sở"),
    ("Trợ giúp pháp lý cho 100% người thuộc diện được trợ giúp.", "người thuộc diện được trợ giúp"),
    ("Xây dựng 05 trường học đạt chuẩn quốc gia.", "Xây dựng trường học đạt chuẩn quốc gia"),
    # s25t: a longer action that opens with its verb names the count too; a phrase opening with a noun does not
    # (s32l: "con", the classifier, is the count's unit, not a word of its name, as the gold of xa_phong_chong_dich_benh_dong_vat
    # names this count: "Tiêm phòng vắc xin Dịch tả lợn châu Phi cho lợn")
    ("Tiêm phòng vắc xin Dịch tả lợn châu Phi cho ít nhất 3.000 con lợn ở các trang trại.",
     "Tiêm phòng vắc xin Dịch tả lợn châu Phi cho lợn ở các trang trại"),
    ("Tổ chức tập huấn kỹ thuật chăn nuôi an toàn sinh học cho khoảng 500 hộ chăn nuôi.",
     "Tổ chức tập huấn kỹ thuật chăn nuôi an toàn sinh học cho hộ chăn nuôi"),
    ("Các lớp bồi dưỡng kiến thức quốc phòng và an ninh dành cho 200 cán bộ.",
     "Các lớp bồi dưỡng kiến thức quốc phòng và an ninh dành"),
])
def test_count_named_by_the_action_it_is_for(text, indicator):
    assert one(text)["indicator"] == indicator


# A duration or an age that is the value of the indicator committed to (life expectancy, a time cut down to a
# figure) is a target with its time unit; how long an action takes, and ages of a group, are not.
@pytest.mark.parametrize("text,expected", [
    ("Tuổi thọ trung bình của người dân đạt 75 tuổi.", (75, "tuổi", "Tuổi thọ trung bình của người dân")),
    ("- Tuổi thọ trung bình: 74,5 tuổi", (74.5, "tuổi", "Tuổi thọ")),
    ("Thời gian giải quyết thủ tục hành chính giảm còn 05 ngày làm việc.",
     (5, "ngày làm việc", "Thời gian giải quyết thủ tục hành chính")),
    ("Rút ngắn thời gian thông quan hàng hóa xuống còn 3 ngày.", (3, "ngày", "thời gian thông quan hàng hóa")),
    ("Giải quyết hồ sơ trong thời gian 03 ngày làm việc.", None),
    ("Thời gian đào tạo tối thiểu 03 tháng.", None),
    ("Người cao tuổi từ 60 tuổi trở lên được cấp thẻ.", None),
    ("- Thời gian sống khỏe mạnh đạt tối thiểu 68 năm.", (68, "năm", "Thời gian sống khỏe mạnh")),
    ("- Số năm sống khoẻ mạnh đạt 67 năm.", (67, "năm", "Số năm sống khoẻ mạnh")),
    # s34d: "số năm sống khỏe" ("mạnh" left out) is the same indicator; "thời gian sống" without "khỏe mạnh" is none
    ("- Số năm sống khỏe đạt tối thiểu 68 năm.", (68, "năm", "Số năm sống khỏe")),
    ("- Thời gian sống khỏe tại cộng đồng tối thiểu 05 năm.", None),
    ("- Thời gian làm việc tối thiểu 05 năm.", None),
])
def test_a_duration_that_is_the_indicators_value(text, expected):
    got = rows(text)
    if expected is None:
        assert got == []
    else:
        (row,) = got
        assert (row["value"], row["unit"]) == expected[:2] and expected[2] in row["indicator"]


# "giảm xuống (còn)" before a value is the verb, not part of the indicator's name; "xuống" inside a name stays.
@pytest.mark.parametrize("text,indicator", [
    ("Tỷ lệ hộ nghèo giảm xuống còn 2,5% vào năm 2025.", "Tỷ lệ hộ nghèo"),
    ("Tỷ lệ chất thải rắn chôn lấp trực tiếp giảm xuống dưới 30%.", "Tỷ lệ chất thải rắn chôn lấp trực tiếp"),
    ("Giảm tỷ lệ sinh con thứ ba trở lên xuống 10%.", "tỷ lệ sinh con thứ ba trở lên"),
    ("Tỷ lệ công trình xuống cấp được sửa chữa đạt 90%.", "Tỷ lệ công trình xuống cấp được sửa chữa"),
])
def test_giam_xuong_is_the_verb(text, indicator):
    assert one(text)["indicator"] == indicator


# An indicator of verbs only before a count ("Hình thành mới 05 Khu công nghiệp") names what is counted with
# the count's noun; a name with a noun ("Dân số", "Đàn bò", "nâng tổng số") keeps its words.
@pytest.mark.parametrize("text,indicator", [
    ("- Hình thành mới 05 Khu công nghiệp", "Hình thành mới Khu công nghiệp"),
    ("Thành lập mới ít nhất 05 hợp tác xã.", "Thành lập mới hợp tác xã"),
    ("- Phấn đấu hoàn thành chỉ tiêu hỗ trợ xây dựng, sửa chữa 2.305 nhà", "hỗ trợ xây dựng, sửa chữa nhà"),
    ("Đàn bò đạt 50.000 con.", "Đàn bò"),
    ("Tỷ lệ che phủ rừng đạt 42%.", "Tỷ lệ che phủ rừng"),
])
def test_verbs_only_name_the_counted_noun(text, indicator):
    assert one(text)["indicator"] == indicator


# "Chỉ tiêu năm 2025", "Chỉ tiêu đến năm 2030" head a column of values for that year (like "Kế hoạch năm 2025"),
# not the indicator column; a bare "Chỉ tiêu" is still the indicator column.
@pytest.mark.parametrize("header,year", [
    ("Chỉ tiêu năm 2025", 2025),
    ("Chỉ tiêu đến năm 2030", 2030),
    ("Kế hoạch năm 2025", 2025),
])
def test_chi_tieu_over_a_year_is_a_value_column(header, year):
    text = f"TT\tNội dung\tĐơn vị\t{header}\n1\tTrồng rừng tập trung\tha\t1.200\n2\tTỷ lệ che phủ rừng\t%\t>52\n"
    got = [(t.indicator, t.value, t.unit, t.year, t.comparator) for t in extract_targets(text)]
    assert got == [("Trồng rừng tập trung", 1200, "ha", year, "eq"), ("Tỷ lệ che phủ rừng", 52, "%", year, "gt")]


def test_bare_chi_tieu_is_the_indicator_column():
    text = "TT\tChỉ tiêu\tĐơn vị\tNăm 2025\n1\tTỷ lệ che phủ rừng\t%\t52\n"
    assert [(t.indicator, t.year) for t in extract_targets(text)] == [("Tỷ lệ che phủ rừng", 2025)]


# A verb that brings a measure to its value ("Đưa/Nâng/Duy trì tỷ lệ …", "tăng/giảm … lên/xuống/còn/đạt") is the
# target's direction, not its name: the indicator starts at the measure, however long the name ("… trong sản xuất,
# quản lý, kinh doanh"). "Giảm tỷ lệ hộ nghèo 1,5%/năm" states the change itself and keeps its verb.
@pytest.mark.parametrize("text,indicator,direction", [
    ("- Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh lên tối thiểu 80%.",
     "tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh", None),
    ("Phấn đấu đến năm 2030, nâng tỷ lệ che phủ rừng lên 55%.", "tỷ lệ che phủ rừng", "increase"),
    ("Tập trung chỉ đạo để nâng tỷ lệ hồ sơ giải quyết trực tuyến đạt 80%.", "tỷ lệ hồ sơ giải quyết trực tuyến", "reach"),
    ("Kéo giảm tỷ suất chết trẻ em dưới 1 tuổi xuống 10‰.", "tỷ suất chết trẻ em dưới 1 tuổi", "decrease"),
    ("Duy trì tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 15%.", "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "maintain"),
    ("Đưa tổng công suất năng lượng toàn tỉnh lên 4.758,5 MW.", "tổng công suất năng lượng toàn tỉnh", None),
    ("Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.", "Giảm tỷ lệ hộ nghèo", "decrease"),
    ("Tăng tỷ lệ dân số tham gia bảo hiểm y tế thêm 2%.", "Tăng tỷ lệ dân số tham gia bảo hiểm y tế", "increase"),
])
def test_verb_bringing_a_measure_to_its_value_is_not_its_name(text, indicator, direction):
    row = one(text)
    assert (row["indicator"], row["direction"]) == (indicator, direction)


# A total named by its head only ("nâng tổng số lên 12 KCN") counts what the value's unit names.
@pytest.mark.parametrize("text,indicator", [
    ("Hình thành mới 05 khu công nghiệp, nâng tổng số lên 12 KCN.", "tổng số KCN"),
    ("- Nâng tổng số trạm 5G: 188 trạm", "tổng số trạm 5G"),
    ("Nâng tổng số xã đạt chuẩn nông thôn mới lên 85 xã.", "tổng số xã đạt chuẩn nông thôn mới"),
])
def test_bare_total_takes_the_counted_noun(text, indicator):
    assert extract_targets(text)[-1].indicator == indicator


# "cắt giảm", "tinh giảm" are verbs of their own: the object after the value is what is cut ("Cắt giảm 30% thời gian
# …"), not a link "… giảm 30%"; "số hóa" (digitise) is no "Số …" (number of) heading an indicator; a value followed
# by a comma counts nothing after it.
@pytest.mark.parametrize("text,indicator,direction", [
    ("Rà soát cắt giảm ít nhất 30% thủ tục hành chính không phù hợp.", "Rà soát cắt giảm thủ tục hành chính không phù hợp", "decrease"),
    ("Cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính.", "Cắt giảm thời gian giải quyết thủ tục hành chính", "decrease"),
    ("Tinh giảm ít nhất 10% biên chế hưởng lương từ ngân sách nhà nước.", "Tinh giảm biên chế hưởng lương từ ngân sách nhà nước", "decrease"),
    ("Thực hiện số hóa 100% hồ sơ lưu trữ.", "số hóa hồ sơ lưu trữ", None),
    ("Chi phí tuân thủ giảm 20% so với năm 2025.", "Chi phí tuân thủ", "decrease"),
])
def test_cut_and_digitise_are_verbs(text, indicator, direction):
    row = one(text)
    assert (row["indicator"], row["direction"]) == (indicator, direction)


# "Trong giai đoạn 2026 - 2030," opens the clause with its time, not the indicator's name.
@pytest.mark.parametrize("text,indicator", [
    ("Trong giai đoạn 2026 - 2030, bảo đảm xây dựng trạm BTS 5G đạt 100%.", "xây dựng trạm BTS 5G"),
    ("Trong thời kỳ 2026-2030, tỷ lệ lao động qua đào tạo đạt 75%.", "tỷ lệ lao động qua đào tạo"),
])
def test_leading_period_is_not_the_name(text, indicator):
    assert one(text)["indicator"] == indicator


# One indicator's values for several years in one sentence: each value after the first goes on the series with its
# own year (named before it in its clause, or right after it); a value whose clause names what it counts is its own.
@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ che phủ rừng năm 2026 đạt 42%, năm 2027 đạt 43%, năm 2028 đạt 44%.",
     [("Tỷ lệ che phủ rừng", 42, 2026), ("Tỷ lệ che phủ rừng", 43, 2027), ("Tỷ lệ che phủ rừng", 44, 2028)]),
    ("Năm 2026: tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%; năm 2027 đạt 70%.",
     [("tỷ lệ hồ sơ trực tuyến toàn trình", 60, 2026), ("tỷ lệ hồ sơ trực tuyến toàn trình", 70, 2027)]),
    ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60% năm 2026, 70% năm 2027 và 80% năm 2028.",
     [("Tỷ lệ hồ sơ trực tuyến toàn trình", 60, 2026), ("Tỷ lệ hồ sơ trực tuyến toàn trình", 70, 2027),
      ("Tỷ lệ hồ sơ trực tuyến toàn trình", 80, 2028)]),
    ("Xây dựng 20% xã, phường “không ma túy” trong năm 2025; đến năm 2030 đạt 100% “xã, phường không ma túy”.",
     [("Xây dựng xã, phường “không ma túy”", 20, 2025), ("“xã, phường không ma túy”", 100, 2030)]),
    # s24d: a schedule's steps, each due by a date before its value (a quarter, a day), a cumulative ("lũy kế") value due
    # by a date a commitment; the share's whole ("… kế hoạch vốn") and the next step's date after a value name nothing
    ("Tỷ lệ giải ngân lũy kế đến hết quý I năm 2026 đạt tối thiểu 15%; đến hết quý II năm 2026 đạt tối thiểu 45%; đến ngày "
     "31/12/2026 đạt tối thiểu 95% và đến hết ngày 31/01/2027 đạt 100% kế hoạch vốn.",
     [("Tỷ lệ giải ngân lũy kế", 15, 2026), ("Tỷ lệ giải ngân lũy kế", 45, 2026), ("Tỷ lệ giải ngân lũy kế", 95, 2026),
      ("Tỷ lệ giải ngân lũy kế", 100, 2027)]),
    ("Tỷ lệ hồ sơ được số hóa lũy kế đến nay đạt 45%.", []),  # a result: no date it is due by
])
def test_series_of_years(text, expected):
    assert [(t.indicator, t.value, t.year) for t in extract_targets(text)] == expected


# A later year's clause may carry any comparator of the cue list ("đạt không thấp hơn", "không vượt quá"): the value
# still goes on the series, with its own comparator; a clause that names its own indicator is its own.
@pytest.mark.parametrize("text,expected", [
    ("Phấn đấu thu nhập bình quân đầu người năm 2026 đạt 75 triệu đồng, đến năm 2030 đạt không thấp hơn 110 triệu đồng.",
     [("thu nhập bình quân đầu người", 75, 2026, "eq"), ("thu nhập bình quân đầu người", 110, 2030, "ge")]),
    ("Tỷ lệ nợ xấu năm 2026 không quá 3%, đến năm 2030 không vượt quá 2%.",
     [("Tỷ lệ nợ xấu", 3, 2026, "le"), ("Tỷ lệ nợ xấu", 2, 2030, "le")]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2026 đạt tối thiểu 60%, đến năm 2028 đạt không dưới 80%.",
     [("Tỷ lệ hồ sơ trực tuyến", 60, 2026, "ge"), ("Tỷ lệ hồ sơ trực tuyến", 80, 2028, "ge")]),
    ("Tỷ lệ nợ xấu năm 2026 không quá 3%, tỷ lệ an toàn vốn không thấp hơn 9%.",
     [("Tỷ lệ nợ xấu", 3, 2026, "le"), ("tỷ lệ an toàn vốn", 9, 2026, "ge")]),
])
def test_series_of_years_with_comparators(text, expected):
    assert [(t.indicator, t.value, t.year, t.comparator) for t in extract_targets(text)] == expected


# s36a: a later year's value framed "từ … trở lên" goes on the series too: its "từ" is the bound's, not a word of a name, and
# its year stands after the bound's closing words ("… đạt ít nhất 35% vào năm 2027 và từ 40% trở lên vào năm 2030").
@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ huy động trẻ nhà trẻ đạt ít nhất 35% vào năm 2027 và từ 40% trở lên vào năm 2030.",
     [("Tỷ lệ huy động trẻ nhà trẻ", 35, 2027, "ge"), ("Tỷ lệ huy động trẻ nhà trẻ", 40, 2030, "ge")]),
    ("Tỷ lệ che phủ rừng đạt 42% năm 2026, từ 43% trở lên năm 2027 và từ 45% trở lên năm 2030.",
     [("Tỷ lệ che phủ rừng", 42, 2026, "eq"), ("Tỷ lệ che phủ rừng", 43, 2027, "ge"), ("Tỷ lệ che phủ rừng", 45, 2030, "ge")]),
    ("Tỷ lệ hộ nghèo năm 2026 giảm còn 3%, đến năm 2030 còn từ 1% trở xuống.",
     [("Tỷ lệ hộ nghèo", 3, 2026, "eq"), ("Tỷ lệ hộ nghèo", 1, 2030, "le")]),
])
def test_series_of_years_with_a_bound_from_trở_lên(text, expected):
    assert [(t.indicator, t.value, t.year, t.comparator) for t in extract_targets(text)] == expected


# Each year in brackets after its value ("đạt 95% (năm 2026) và trên 98% (năm 2030)") goes with that value.
@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95% (năm 2026) và trên 98% (năm 2030).",
     [("Tỷ lệ dân số tham gia bảo hiểm y tế", 95, 2026, "eq"), ("Tỷ lệ dân số tham gia bảo hiểm y tế", 98, 2030, "gt")]),
    ("Tỷ lệ che phủ rừng đạt 42% (đến năm 2027), 43% (đến năm 2030).",
     [("Tỷ lệ che phủ rừng", 42, 2027, "eq"), ("Tỷ lệ che phủ rừng", 43, 2030, "eq")]),
    ("Tỷ lệ che phủ rừng đạt 42% (năm 2026); tỷ lệ đô thị hóa đạt 45% (năm 2030).",
     [("Tỷ lệ che phủ rừng", 42, 2026, "eq"), ("tỷ lệ đô thị hóa", 45, 2030, "eq")]),
])
def test_series_of_years_in_brackets(text, expected):
    assert [(t.indicator, t.value, t.year, t.comparator) for t in extract_targets(text)] == expected


# A year in brackets after a value that opens a value of its own ("đạt 45% (năm 2025 đạt 43%)", "giảm còn 2% (năm 2025 là
# 4,5%)") states the baseline, not the year of the value before it: that value stays the plan's (its year from the heading).
@pytest.mark.parametrize("text,expected", [
    ("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\nI. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm còn 2% (năm 2025 là 4,5%).", [(2, 2026)]),
    ("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\nI. MỤC TIÊU\n- Tỷ lệ che phủ rừng đạt 45% (năm 2025 đạt 43%).", [(45, 2026)]),
    # (a year alone in the brackets is the value's own)
    ("KẾ HOẠCH\nThực hiện nhiệm vụ năm 2026\nI. MỤC TIÊU\n- Tỷ lệ che phủ rừng đạt 45% (năm 2028).", [(45, 2028)]),
])
def test_a_bracketed_year_with_its_own_value_is_a_baseline(text, expected):
    assert [(t.value, t.year) for t in extract_targets(text)] == expected


# A change stated after a level ("…, tăng 8% so với dự toán năm 2025", "…, tăng bình quân 2%/năm") is the change of
# the same indicator: what follows it is its baseline, not its name.
@pytest.mark.parametrize("text,indicator,canonical_id", [
    ("Thu ngân sách nhà nước trên địa bàn năm 2026 đạt 12.500 tỷ đồng, tăng 8% so với dự toán năm 2025.",
     "tăng Thu ngân sách nhà nước trên địa bàn", "budget_revenue_growth"),
    ("Kim ngạch xuất khẩu đạt 2,5 tỷ USD, tăng 10% so với năm 2025.", "tăng Kim ngạch xuất khẩu", "export_growth"),
    ("Tổng vốn đầu tư toàn xã hội đạt 50.000 tỷ đồng, tăng 12% so với cùng kỳ.", "tăng Tổng vốn đầu tư toàn xã hội", "investment_growth"),
    ("Sản lượng lương thực đạt 1,2 triệu tấn, tăng bình quân 2%/năm.", "tăng bình quân Sản lượng lương thực", None),
    # s32c: an aside in brackets listing kinds after the level; its commas open no clause
    ("Vận động, thu hồi ít nhất 350 khẩu súng các loại (súng quân dụng, súng săn, súng tự chế), tăng trên 10% so với năm 2026.",
     "tăng Số khẩu súng các loại", None),
])
def test_change_after_a_level_is_of_the_same_indicator(text, indicator, canonical_id):
    level, change = extract_targets(text)
    assert (change.indicator, change.indicator_id, change.direction) == (indicator, canonical_id, "increase")
    assert level.indicator_id != change.indicator_id or level.indicator_id is None


# s23a: a change in the level's own unit right after it ("…, tăng 3.200 người so với năm 2024") is the change of the same
# indicator; a change that names what it counts after it keeps that name.
@pytest.mark.parametrize("text,indicator", [
    ("Số người tham gia bảo hiểm xã hội tự nguyện đạt 27.500 người, tăng 3.200 người so với năm 2024.",
     "tăng Số người tham gia bảo hiểm xã hội tự nguyện"),
    ("Số doanh nghiệp đạt 500 doanh nghiệp, tăng 40 doanh nghiệp so với năm 2025.", "tăng Số doanh nghiệp"),
    ("Trồng mới 500 ha rừng, tăng 30 ha rừng ngập mặn.", "rừng ngập mặn"),
])
def test_change_in_the_level_unit_is_of_the_same_indicator(text, indicator):
    assert rows(text)[-1]["indicator"] == indicator


# s23a: an area named after a breakdown's part is a part of the whole, not of that part.
@pytest.mark.parametrize("text,indicator", [
    ("- Tỷ lệ chất thải rắn sinh hoạt khu vực nông thôn được thu gom, xử lý đạt 92%, trong đó tỷ lệ chôn lấp trực tiếp "
     "dưới 30%; khu vực thị trấn đạt 100%.", "Tỷ lệ chất thải rắn sinh hoạt khu vực thị trấn"),
    ("- Tỷ lệ chất thải rắn sinh hoạt khu vực nông thôn được thu gom, xử lý đạt 92%; khu vực thị trấn đạt 100%.",
     "Tỷ lệ chất thải rắn sinh hoạt khu vực thị trấn"),
])
def test_area_after_a_part_is_of_the_whole(text, indicator):
    assert rows(text)[-1]["indicator"] == indicator


# The baseline after the name of what a change counts ("Giảm 20% lượng phân bón … so với năm 2025") is not part of the
# name, and the year or period it names is not the target's year; a change of the value before keeps its indicator.
@pytest.mark.parametrize("text,indicator,year", [
    ("Giảm 20% lượng phân bón hóa học sử dụng so với năm 2025.", "lượng phân bón hóa học sử dụng", None),
    ("Giảm ít nhất 15% số vụ cháy rừng so với giai đoạn 2021 - 2025.", "số vụ cháy rừng", None),
    ("Đến năm 2030, tăng 10% số doanh nghiệp hoạt động so với năm 2025.", "số doanh nghiệp hoạt động", 2030),
    ("Lượng khí thải nhà kính giảm 15% so với năm 2020.", "Lượng khí thải nhà kính", None),
    ("Tiết kiệm 10% chi thường xuyên tăng thêm dự toán năm 2025 so với dự toán năm 2024.",
     "Tiết kiệm chi thường xuyên tăng thêm dự toán so với dự toán năm 2024", 2025),
])
def test_baseline_after_the_name_is_not_in_it(text, indicator, year):
    row = one(text)
    assert (row["indicator"], row["year"]) == (indicator, year)


def test_change_with_its_own_name_keeps_it():
    rows = extract_targets("Tổng thu ngân sách đạt 1.500 tỷ đồng; tỷ lệ giải ngân vốn đầu tư công đạt 95% so với kế hoạch.")
    assert [r.indicator for r in rows] == ["Tổng thu ngân sách", "tỷ lệ giải ngân vốn đầu tư công"]


# A multiple against a past year or period is a growth the plan commits to; a multiple of a norm is not a target.
@pytest.mark.parametrize("text,expected", [
    ("Thu nhập bình quân đầu người khu vực nông thôn tăng gấp 2 lần so với năm 2020.",
     [("Thu nhập bình quân đầu người khu vực nông thôn", 2.0, "lần", "increase")]),
    ("Quy mô kinh tế tăng gấp 1,5 lần so với năm 2025.", [("Quy mô kinh tế", 1.5, "lần", "increase")]),
    ("Phụ cấp bằng 2 lần so với mức lương tối thiểu.", []),
    ("Mức hỗ trợ bằng 1,5 lần mức lương cơ sở.", []),
])
def test_multiple_of_a_past_year(text, expected):
    assert [(t.indicator, t.value, t.unit, t.direction) for t in extract_targets(text)] == expected


# Compound words that end in a linking word or open like a measure keep their sense: "nhà ở" (housing) keeps its
# "ở"; "nâng cấp" (upgrade) is no direction; "Thu hút", "thu gom" are verbs, not "Thu" (revenue) naming the value.
@pytest.mark.parametrize("text,indicator,direction", [
    ("Hỗ trợ 500 hộ nghèo cải thiện nhà ở.", "Số hộ nghèo cải thiện nhà ở", None),
    ("Cải tạo, nâng cấp 25 km kênh mương nội đồng.", "Cải tạo, nâng cấp kênh mương nội đồng", None),  # s34b: both verbs
    ("Thu hút 300 triệu USD vốn FDI.", "vốn FDI", None),
    ("Thu gom 100% chất thải rắn sinh hoạt đô thị.", "Thu gom chất thải rắn sinh hoạt đô thị", None),
    ("Thu ngân sách đạt 1.500 tỷ đồng.", "Thu ngân sách", "reach"),
])
def test_compound_words_keep_their_sense(text, indicator, direction):
    row = one(text)
    assert (row["indicator"], row["direction"]) == (indicator, direction)


# Not commitments: a count in what a cited document is about (its subject), and who proposed or reported; a clause of
# the plan's own after a citation still commits. A pledge written after a name is not part of the name.
@pytest.mark.parametrize("text,expected", [
    ("Căn cứ Quyết định số 02110/QĐ-UBND ngày 18/11/2025 của UBND tỉnh về công bố tình huống khẩn cấp về thiên tai "
     "đối với 40 xã, phường trên địa bàn tỉnh;", []),
    ("Xét đề nghị của 28 đơn vị gồm: Công ty A, Công ty B.", []),
    ("Theo báo cáo của 15 xã, phường trên địa bàn.", []),
    # a condition the sentence opens with, up to its comma: when the rule applies; what follows the comma still commits
    ("4. Trường hợp đến ngày 30/9/2027 dự án có tỷ lệ giải ngân dưới 50% kế hoạch vốn được giao, Ủy ban nhân dân tỉnh "
     "điều chuyển vốn cho dự án khác.", []),
    ("Nếu tỷ lệ hồ sơ trễ hạn trên 5%, Sở Nội vụ kiểm tra, xử lý.", []),
    ("Khi có yêu cầu, tổ chức 02 lớp tập huấn cho cán bộ cơ sở.", [("tổ chức lớp tập huấn cho cán bộ cơ sở", 2.0)]),
    # a condition ends at "thì" too, and a commitment's verb after it commits; "Trường hợp cần thiết" binds no value
    ("Trường hợp dự án có tỷ lệ giải ngân dưới 50% thì Ủy ban nhân dân tỉnh điều chuyển vốn cho dự án khác.", []),
    ("Nếu tỷ lệ hồ sơ trễ hạn trên 5% thì Sở Nội vụ kiểm tra, xử lý.", []),
    ("Trường hợp đơn vị đạt dưới 80% kế hoạch thì bị trừ điểm thi đua.", []),
    ("- Trường hợp cần thiết tổ chức thêm 02 cuộc kiểm tra đột xuất.", [("Số cuộc kiểm tra đột xuất", 2.0)]),
    ("Nếu có điều kiện thì phấn đấu đạt 95% số xã đạt chuẩn nông thôn mới.", [("số xã đạt chuẩn nông thôn mới", 95.0)]),
    ("Trong trường hợp vượt thu thì dành 50% số tăng thu để tạo nguồn cải cách tiền lương.",
     [("dành số tăng thu để tạo nguồn cải cách tiền lương", 50.0)]),
    ("Khi triển khai thực hiện cần bảo đảm 100% hồ sơ được giải quyết đúng hạn.", [("hồ sơ được giải quyết đúng hạn", 100.0)]),
    ("Thực hiện Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ về Chương trình cắt giảm, đơn giản hóa TTHC năm 2025 "
     "và 2026, đảm bảo cắt giảm tối thiểu 30% thời gian thực hiện TTHC.", [("cắt giảm thời gian thực hiện TTHC", 30.0)]),
    ("+ Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn.", [("Tổng sản phẩm Xoài tham gia xuất khẩu", 18000.0)]),
    ("(2) Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử phấn đấu đạt trên 70%.", [("Tỷ lệ doanh nghiệp ứng dụng thương mại điện tử", 70.0)]),
])
def test_grounds_and_cited_subjects_commit_nothing(text, expected):
    assert [(t.indicator, t.value) for t in extract_targets(text)] == expected


# A share of units and what each of them must have is one target: the count is the criterion named in the share's
# indicator ("100% xã … có ít nhất 04 tin, bài …"); a count in a clause of its own is still a target.
@pytest.mark.parametrize("text,expected", [
    ("- 100% các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G.",
     [("các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G", 100.0)]),
    ("Từ năm 2025 trở đi 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới.",
     [("xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới", 100.0)]),
    ("100% trường học có ít nhất 01 nhân viên y tế.", [("trường học có ít nhất 01 nhân viên y tế", 100.0)]),
    ("Tỷ lệ hộ nghèo đạt 5%, có 20 xã đạt chuẩn nông thôn mới.", [("Tỷ lệ hộ nghèo", 5.0), ("Số xã đạt chuẩn nông thôn mới", 20.0)]),
    # what each unit receives, at least so many items or times
    ("- 90% trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất.",
     [("trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất", 90.0)]),
    ("- 95% người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm.",
     [("người cao tuổi được khám sức khỏe định kỳ ít nhất 01 lần/năm", 95.0)]),
    ("- 100% người dân được hỗ trợ, trong đó ít nhất 200 hộ được vay vốn.", [("người dân được hỗ trợ", 100.0), ("Số hộ được vay vốn", 200.0)]),
    ("- Đạt 90% hộ gia đình được tuyên truyền; tổ chức ít nhất 20 buổi.", [("hộ gia đình được tuyên truyền", 90.0), ("tổ chức buổi", 20.0)]),
    # s26d: the frequency after an age in the share's name, in digits or in words; a frequency after the clause's end is one
    ("a) Tăng huyết áp: 95% người từ 40 tuổi trở lên được đo huyết áp ít nhất một lần mỗi năm.",
     [("người từ 40 tuổi trở lên được đo huyết áp ít nhất một lần mỗi năm", 95.0)]),
    ("- 95% người từ 40 tuổi trở lên được đo huyết áp ít nhất 01 lần/năm.",
     [("người từ 40 tuổi trở lên được đo huyết áp ít nhất 01 lần/năm", 95.0)]),
    ("- Đạt 100%. Tổ chức kiểm tra ít nhất 02 lần/năm.", [("Tổ chức kiểm tra", 2.0)]),
    # s29e: the services the share counts listed with commas after "được"; not a task of its own after a comma
    ("- 100% hệ thống thông tin được kiểm tra, đánh giá, rà soát lỗ hổng bảo mật ít nhất 01 lần/năm.",
     [("hệ thống thông tin được kiểm tra, đánh giá, rà soát lỗ hổng bảo mật ít nhất 01 lần/năm", 100.0)]),
    ("- 100% xã được công nhận, tổ chức kiểm tra 02 lần/năm.", [("xã được công nhận", 100.0), ("tổ chức kiểm tra", 2.0)]),
    # s26e: the score each unit must reach (Bộ tiêu chí chất lượng bệnh viện Việt Nam scores each hospital)
    ("- 100% bệnh viện đạt từ 3,0 điểm trở lên.", [("bệnh viện đạt từ 3,0 điểm trở lên", 100.0)]),
])
def test_share_of_units_with_a_per_unit_criterion(text, expected):
    assert [(t.indicator, t.value) for t in extract_targets(text)] == expected


# A value joined to the previous one by "và" starts its clause at the "và", so the previous value's name keeps its
# commas ("… đối tượng mua, bán … và 100% diện tích …", "80% số trạm y tế xã, phường … và 100% cơ sở …").
@pytest.mark.parametrize("text,first", [
    ("Phấn đấu 100% các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng mua, bán trái phép chất ma túy "
     "và 100% diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá.",
     "các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng mua, bán trái phép chất ma túy"),
    # (s35a: named with the predicate the two shares share, written once after the second)
    ("Trên 80% số trạm y tế xã, phường trên thành phố và 100% cơ sở cai nghiện ma túy công lập đủ điều kiện.",
     "số trạm y tế xã, phường trên thành phố đủ điều kiện"),
])
def test_value_joined_by_va_keeps_the_previous_name_whole(text, first):
    rows = extract_targets(text)
    assert len(rows) == 2 and rows[0].indicator == first


# A part of an amount or a count that is an indicator of its own system takes the part's indicator ("trong đó thu nội
# địa …" under the budget revenue; "xã nông thôn mới nâng cao" under the NTM communes); a part of a share, or a part
# that names no indicator of the whole's system ("nông sản" of the exports), gets none, never the whole's.
@pytest.mark.parametrize("text,ids", [
    ("Tổng thu ngân sách nhà nước trên địa bàn đạt 21.000 tỷ đồng, trong đó thu nội địa 14.300 tỷ đồng, thu từ hoạt động "
     "xuất nhập khẩu 6.700 tỷ đồng.", ["budget_revenue", "budget_revenue_domestic", "budget_revenue_trade"]),
    ("Tổng chi ngân sách địa phương 25.000 tỷ đồng, trong đó chi đầu tư phát triển 8.000 tỷ đồng, chi thường xuyên 15.000 tỷ đồng.",
     ["budget_expenditure", "budget_expenditure_investment", "budget_expenditure_recurrent"]),
    ("Số xã đạt chuẩn nông thôn mới 100 xã, trong đó xã nông thôn mới nâng cao 30 xã.", ["ntm_communes", "ntm_communes_advanced"]),
    ("Kim ngạch xuất khẩu đạt 5 tỷ USD, trong đó nông sản đạt 2 tỷ USD.", ["export_value", None]),
    # a sector's revenue by tax (TT 343/2016/TT-BTC): the sector's part of the tax, not the tax's total; the total revenue's is
    ("Thu từ khu vực doanh nghiệp nhà nước do địa phương quản lý đạt 270.000 triệu đồng, trong đó thuế giá trị gia tăng "
     "74.000 triệu đồng.", ["budget_revenue_local_soe", None]),
    ("Tổng thu ngân sách nhà nước trên địa bàn đạt 21.000 tỷ đồng, trong đó thuế giá trị gia tăng 5.000 tỷ đồng.",
     ["budget_revenue", "tax_vat"]),
    ("Tốc độ tăng trưởng GRDP đạt 8%, trong đó nông nghiệp tăng 3%.", ["grdp_growth", None]),
])
def test_a_part_that_is_an_indicator_of_its_own(text, ids):
    assert [t.indicator_id for t in extract_targets(text)] == ids


# Two shares joined by "và", the predicate written once after the second: the first is read with it for its canonical
# indicator, from any verb of the second's words ("cây có chứa …" says "có" before the shared "được phát hiện"), and
# its name may go on past a comma its quote stops at. Another subject ("đối tượng mua, bán") is another indicator.
@pytest.mark.parametrize("text,first_id", [
    ("Phấn đấu 100% các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng bán lẻ chất ma túy và 100% "
     "diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá.", "drug_dens_dismantled"),
    ("Trên 80% số trạm y tế cấp xã và 100% cơ sở cai nghiện ma túy công lập đủ điều kiện xác định tình trạng nghiện ma túy.",
     "drug_health_stations_assessment"),
    ("Đến năm 2030, 95% chất thải rắn sinh hoạt đô thị và 85% chất thải rắn sinh hoạt ở khu vực nông thôn được thu gom, xử lý.",
     "urban_solid_waste_treated"),
    ("Phấn đấu 100% các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng mua, bán trái phép chất ma túy "
     "và 100% diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá.", None),
])
def test_shares_joined_by_va_share_the_predicate_for_their_canonical(text, first_id):
    rows = extract_targets(text)
    assert len(rows) == 2 and rows[0].indicator_id == first_id


# A part named after "trong đó" keeps the parent's indicator and names itself in `scope` (as after "riêng"); a part is
# a sub-group, so it never takes the whole's canonical indicator, unless the name with the part is one of that
# indicator's own wordings of the breakdown (a school level: "Số trường THCS đạt chuẩn quốc gia"; the id kept, the level in
# `scope`). "trong đó tỷ lệ …" names its own indicator, and a value that names its group after it ("Trong đó, ít nhất
# 40% doanh nghiệp …") is its own target.
@pytest.mark.parametrize("text,indicator,scope,canonical", [
    # the part is an indicator of its own (NQ 16/2021/QH15 words it so): its id, never the whole's
    ("Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 30%.", "Tỷ lệ lao động qua đào tạo", "bằng cấp, chứng chỉ",
     "trained_labour_certified"),
    ("Tỷ lệ điều tra, khám phá các vụ án hình sự đạt trên 75%, trong đó án rất nghiêm trọng, đặc biệt nghiêm trọng đạt trên 95%.",
     "Tỷ lệ điều tra, khám phá các vụ án hình sự", "án rất nghiêm trọng, đặc biệt nghiêm trọng", None),
    ("Tỷ lệ hộ nghèo giảm 1,5%, trong đó tỷ lệ hộ nghèo dân tộc thiểu số giảm 3%.", "tỷ lệ hộ nghèo dân tộc thiểu số", None,
     "poverty_rate_reduction_ethnic_minority"),
    ("Tổng số doanh nghiệp đạt 5.000 doanh nghiệp. Trong đó, ít nhất 40% doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu.",
     "doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu", None, None),
    # a level the indicator's wordings name (seeds: "… trong đó: THCS: 12/14 trường"): the count or share by level
    ("Số trường đạt chuẩn quốc gia: 36/40 trường, trong đó: THCS: 12/14 trường.", "Số trường đạt chuẩn quốc gia", "THCS",
     "schools_national_standard"),
    ("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo đạt 95%, trong đó mầm non đạt 90%.", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo",
     "mầm non", "teachers_qualified"),
    # (s27g1) a part that restates what the whole counts and adds its level: the whole broken down, its id kept
    ("Số giường bệnh đạt 1.200 giường, trong đó giường bệnh cấp tỉnh 800 giường.", "Số giường bệnh", "giường bệnh cấp tỉnh",
     "hospital_beds"),
    # a part no wording of the whole names: none
    ("Tỷ lệ hộ nghèo đạt 2%, trong đó hộ dân tộc thiểu số đạt 5%.", "Tỷ lệ hộ nghèo", "hộ dân tộc thiểu số", None),
    ("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi dưới 15%, trong đó trẻ em dân tộc thiểu số dưới 20%.",
     "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi", "trẻ em dân tộc thiểu số", None),
    ("Số lao động được tạo việc làm đạt 20.000 lao động, trong đó lao động nữ 8.000 lao động.", "Số lao động được tạo việc làm",
     "lao động nữ", None),
])
def test_part_after_trong_do(text, indicator, scope, canonical):
    row = extract_targets(text)[-1]
    assert (row.indicator, row.scope, row.indicator_id) == (indicator, scope, canonical)


# "giảm 1,5%" states the change, "giảm còn 1,5%" the level reached: the canonical indicator says which.
@pytest.mark.parametrize("text,canonical", [
    ("Tỷ lệ hộ nghèo giảm 1,5%.", "poverty_rate_reduction"),
    ("Tỷ lệ hộ nghèo giảm còn 1,5%.", "poverty_rate"),
    ("Giảm tỷ lệ hộ nghèo xuống dưới 2%.", "poverty_rate"),
    ("Kim ngạch xuất khẩu tăng 10%.", "export_growth"),
    ("Tỷ lệ che phủ rừng tăng lên 45%.", "forest_cover"),
])
def test_change_or_level(text, canonical):
    (row,) = extract_targets(text)
    assert row.indicator_id == canonical


# --- an output in a task table's cell: its words end with the cell ------------------------------

@pytest.mark.parametrize("row, indicator, value", [
    ("1\tTổ chức 02 hội nghị tuyên truyền\tSở Tư pháp\tQuý II/2026\t120\tNgân sách tỉnh", "Tổ chức hội nghị tuyên truyền", 2.0),
    ("1\tMở 03 lớp bồi dưỡng nghiệp vụ\tSở Nội vụ\tSở Tài chính\tNăm 2026", "lớp bồi dưỡng nghiệp vụ", 3.0),
])
def test_words_after_a_value_end_with_its_cell(row, indicator, value):
    from pipeline.normalise import normalise

    text = normalise("KẾ HOẠCH\nTuyên truyền năm 2026\n\nTT\tNội dung\tCơ quan chủ trì\tPhối hợp\tThời gian\n" + row + "\n").text
    found = [(t.indicator, t.value) for t in extract_targets(text)]
    assert len(found) == 1 and found[0][1] == value and indicator in found[0][0] and "Sở" not in found[0][0], found


def test_a_label_then_its_value_in_the_next_cell_keeps_its_label():
    found = [(t.indicator, t.value, t.unit) for t in extract_targets("- Giá trị sản xuất nông - lâm - thủy sản:\t2.061.608 triệu đồng.\n")]
    assert found == [("Giá trị sản xuất nông - lâm - thủy sản", 2061608.0, "triệu đồng")]


# Delivery verbs before a count of things ("Lắp đặt 500 bóng đèn", "Cấp phát 5.000 tờ rơi") commit to an output, as
# "xây dựng", "tổ chức" do; a count reported as done ("đã hỗ trợ 300 hộ") still is not one.
@pytest.mark.parametrize("text,expected", [
    ("Lắp đặt 500 bóng đèn chiếu sáng đường quê.", [(500.0, "bóng đèn")]),
    ("Cấp phát 5.000 tờ rơi tuyên truyền.", [(5000.0, "tờ rơi")]),
    ("Năm 2024 đã hỗ trợ 300 hộ.", []),
    # s32c: printing ("in") after a comma or at a line's start; the detonators of an explosives collection in "kíp"
    # (Luật 42/2024/QH15, Điều 2)
    ("Xây dựng tài liệu tuyên truyền, in 20.000 tờ rơi.", [(20000.0, "tờ rơi")]),
    ("In 5.000 tờ rơi, 200 áp phích tuyên truyền.", [(5000.0, "tờ rơi"), (200.0, "áp phích")]),
    ("Thu hồi 100 kg thuốc nổ, 1.200 kíp nổ và 800 m dây cháy chậm.", [(100.0, "kg"), (1200.0, "kíp"), (800.0, "m")]),
    ("Năm 2026 đã thu hồi 1.045 kíp nổ.", []),
])
def test_delivery_verbs_commit_to_outputs(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# s32c: the words after a count in a table's cell end at the cell: the next cell's body is no part of its unit.
@pytest.mark.parametrize("text,unit", [
    ("1\tXây dựng tài liệu tuyên truyền, phát hành 20.000 tờ rơi\tPhòng PC06\tSở Công Thương\tQuý III/2027\n", "tờ rơi"),
    ("1 | Tổ chức 12 lớp tập huấn | Phòng Tư pháp | Quý II/2027\n", "lớp"),
])
def test_a_count_noun_ends_at_its_cell(text, unit):
    assert [t.unit for t in extract_targets(text)] == [unit]


# A name that is only a commitment verb ("Trang bị", "Mua sắm mới") takes the count's noun, as verbs-only names do.
@pytest.mark.parametrize("text,indicator", [
    ("Trang bị 20 máy tính cho các xã.", "Trang bị máy tính"),
    ("Thành lập mới ít nhất 05 hợp tác xã.", "Thành lập mới hợp tác xã"),
    ("Tỷ lệ che phủ rừng đạt 42%.", "Tỷ lệ che phủ rừng"),
])
def test_a_commitment_verb_alone_takes_the_counted_noun(text, indicator):
    assert one(text)["indicator"] == indicator


# --- s18t: classes found reading plans without gold ------------------------------------------------------------
@pytest.mark.parametrize("text,indicator,absent", [
    ("UBND huyện phấn đấu hoàn thành hỗ trợ xây dựng 120 nhà ở cho hộ nghèo.", "hỗ trợ xây dựng", "UBND"),
    ("Thành phố phấn đấu hoàn thành hỗ trợ hộ nghèo xây dựng, sửa chữa 2.305 nhà.", "hỗ trợ hộ nghèo", "Thành phố"),
    ("Sở Y tế chủ trì, phấn đấu tỷ lệ tiêm chủng đạt 98%.", "tỷ lệ tiêm chủng", "Sở Y tế"),
    ("Công an tỉnh phấn đấu kéo giảm 5% số vụ phạm pháp hình sự.", "số vụ phạm pháp", "Công an"),
    # a measure's name before the pledge stays (not a body or a place)
    ("Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn.", "Tổng sản phẩm Xoài", "phấn đấu"),
])
def test_the_body_or_place_that_pledges_is_not_the_indicator(text, indicator, absent):
    row = one(text)
    assert indicator in row["indicator"] and absent not in row["indicator"]


@pytest.mark.parametrize("text,direction", [
    ("- Số xã đạt chuẩn nông thôn mới nâng cao: 01 xã", None),
    ("Có thêm 02 xã đạt chuẩn NTM nâng cao.", "increase"),  # "thêm" still says the count grows
    ("số xã đạt chuẩn nâng cao 03 xã", None),
    ("Nâng cao tỷ lệ xã đạt chuẩn nông thôn mới lên 80%.", "increase"),
])
def test_nang_cao_as_a_grade_is_no_direction(text, direction):
    assert one(text)["direction"] == direction


@pytest.mark.parametrize("text,comparator", [
    ("Tỷ lệ đô thị hóa đạt khoảng 40 - 42%.", "approx"),
    ("Tốc độ tăng chỉ số giá tiêu dùng bình quân khoảng 4,5 - 5%.", "approx"),
    ("Tỷ lệ đô thị hóa đạt từ 60 - 65%.", "eq"),
    ("Phấn đấu hằng năm kết nạp từ 350 đảng viên mới trở lên.", "ge"),
    ("Kết nạp 120 đảng viên trở lên.", "ge"),
    ("Kết nạp 120 đảng viên mới.", "eq"),
])
def test_comparator_of_ranges_and_counts(text, comparator):
    assert one(text)["comparator"] == comparator


@pytest.mark.parametrize("text,n", [
    ("Xếp loại hoàn thành xuất sắc nhiệm vụ khi có ít nhất 50% chỉ tiêu hoàn thành vượt mức.", 0),
    ("Đạt được tất cả các tiêu chí sau đây thì xếp loại hoàn thành tốt nhiệm vụ:\na) Có tổng số điểm trên 80 điểm.\n"
     "b) Có ít nhất 80% chỉ tiêu hoàn thành đúng tiến độ.\n", 0),
    ("Mục tiêu cụ thể:\na) Tỷ lệ hộ nghèo giảm còn 2%.\nb) Có ít nhất 50% xã đạt chuẩn nông thôn mới.\n", 2),
    ("Hằng năm có trên 90% tổ chức cơ sở đảng được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên.", 1),
])
def test_criteria_of_a_grade_are_not_targets(text, n):
    assert len(rows(text)) == n


@pytest.mark.parametrize("text,indicator,absent", [
    ("Xây dựng hệ thống giám sát bụi (cảm biến, camera, AI...) tại 100% công trình lớn.", "công trình lớn", ")"),
    ("Lắp đặt 03 trạm (xe) quan trắc chất lượng môi trường không khí tự động.", "trạm quan trắc", ")"),
    ("- Đối với các tỉnh lân cận (bao gồm: Thái Nguyên, Phú Thọ, Bắc Ninh), nồng độ bụi PM2.5 trung bình năm vào năm 2030 "
     "giảm tối thiểu 10%.", "nồng độ bụi PM2.5", "Thái Nguyên"),
    ("Đôn đốc các doanh nghiệp viễn thông phủ sóng 5G trên toàn tỉnh, phải đạt 90% trong năm 2026.", "phủ sóng 5G", "phải"),
    ("Tiếp tục duy trì 100% xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.", "phổ cập", "Tiếp tục"),
])
def test_brackets_modals_and_carrying_on_do_not_cut_the_name(text, indicator, absent):
    row = one(text)
    assert indicator in row["indicator"] and absent not in row["indicator"]


@pytest.mark.parametrize("text,values", [
    ("Tiêu hao năng lượng trên một đơn vị GRDP giảm 1,5% so với năm trước.", [1.5]),
    ("Tiêu hao năng lượng trên 1 đơn vị GDP giảm 1%/năm.", [1]),
    ("Tổ chức ít nhất một lớp tập huấn cho đơn vị.", [1]),
    ("Số xã đạt chuẩn nông thôn mới nâng cao: năm 2026 có 5 xã, năm 2027 có 8 xã.", [5, 8]),
])
def test_per_unit_definitions_and_year_series_with_co(text, values):
    assert [r["value"] for r in rows(text)] == values


@pytest.mark.parametrize("text,values", [
    # the goal a cited document sets
    ("Nghị quyết số 57-NQ/TW của Bộ Chính trị đặt mục tiêu đến năm 2030 quy mô kinh tế số đạt tối thiểu 30% GDP.", []),
    ("Theo Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2025 kinh tế số chiếm 20% GDP.", []),
    # … wherever the sentence stands: after a line, or after another sentence
    ("Mở đầu.\nTheo Quyết định số 411/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2025 kinh tế số chiếm 20% GRDP.", []),
    ("Kinh tế số phát triển nhanh. Tại Nghị quyết số 52-NQ/TW, đến năm 2025 kinh tế số đạt 20% GDP.", []),
    ("Chiến lược quốc gia đặt mục tiêu đến năm 2030 tỷ lệ đô thị hóa cả nước đạt trên 50%.", []),
    # … unless the plan pledges it after the citation, or the plan itself sets it
    ("Nghị quyết số 57-NQ/TW đặt mục tiêu kinh tế số đạt 30% GDP; tỉnh phấn đấu đến năm 2030 kinh tế số đạt 35% GRDP.", [35]),
    ("Thực hiện mục tiêu của Nghị quyết Đại hội Đảng bộ tỉnh, phấn đấu đến năm 2030 tỷ lệ đô thị hóa đạt 45%.", [45]),
    ("Kế hoạch này đặt mục tiêu đến năm 2030 tỷ lệ đô thị hóa đạt 45%.", [45]),
    ("Theo Kế hoạch, đến năm 2026 tỷ lệ đô thị hóa đạt 45%.", [45]),
    ("Mở đầu.\nTheo Kế hoạch, đến năm 2026 tỷ lệ đô thị hóa đạt 45%.", [45]),
    ("Mở đầu.\nTỉnh phấn đấu đến năm 2026 tỷ lệ đô thị hóa đạt 45% theo Quyết định số 411/QĐ-TTg, năm 2025.", [45]),
    ("Trong bối cảnh đất nước đặt mục tiêu tăng trưởng trên 8% năm 2025 và hai con số trong giai đoạn tiếp theo.", []),
])
def test_the_goal_of_a_cited_document_is_not_the_plans(text, values):
    assert [r["value"] for r in rows(text)] == values


@pytest.mark.parametrize("text,values", [
    ("Hỗ trợ 40 triệu đồng/hộ đối với hộ nghèo xây mới nhà ở.", []),
    ("Hỗ trợ khoảng 25 triệu đồng/hộ sửa chữa nhà ở.", []),
    ("Hỗ trợ xây dựng 120 nhà cho hộ nghèo.", [120]),
    ("Thu nhập bình quân đầu người đạt 65 triệu đồng/người/năm.", [65]),
    ("Được tính quy đổi diện tích cây xanh trên mái theo tỷ lệ quy đổi 2m2 tương đương 1m2 đất cây xanh.", []),
    ("Ngoài 640 nhà phải hoàn thành theo Kế hoạch số 45/KH-UBND, năm 2027 hỗ trợ thêm 300 nhà.", [300]),
    ("Năm 2027 ngoài 640 căn phải xong theo Kế hoạch 31/KH-UBND; Huyện phấn đấu sửa chữa 1.250 nhà.", [1250]),
])
def test_support_norms_conversions_and_what_an_addition_is_besides(text, values):
    assert [r["value"] for r in rows(text)] == values


@pytest.mark.parametrize("text,expected", [
    # an item that names only its year takes the name of the line that introduces the list
    ("Tỷ lệ hồ sơ được số hóa:\n- Năm 2026: 50%.\n- Năm 2027: 70%.\n",
     [("Tỷ lệ hồ sơ được số hóa", 50, 2026), ("Tỷ lệ hồ sơ được số hóa", 70, 2027)]),
    ("Tỷ lệ xã đạt chuẩn nông thôn mới:\n+ Đến năm 2028 đạt 80%;\n+ Đến năm 2030 đạt 100%.\n",
     [("Tỷ lệ xã đạt chuẩn nông thôn mới", 80, 2028), ("Tỷ lệ xã đạt chuẩn nông thôn mới", 100, 2030)]),
    ("Lộ trình thực hiện:\n- Năm 2026: 50%.\n- Năm 2027: 70%.\n", []),  # a frame, no measure named
    # numbered or lettered items take their year from the line that introduces them
    ("Các chỉ tiêu chủ yếu năm 2026:\n1. Tốc độ tăng trưởng kinh tế (GRDP) 8,5 - 9%.\n2. GRDP bình quân đầu người: 120 triệu đồng.\n",
     [("Tốc độ tăng trưởng kinh tế (GRDP)", 8.5, 2026), ("GRDP bình quân đầu người", 120, 2026)]),
    ("Mục tiêu đến năm 2030:\na) Tỷ lệ đô thị hóa đạt 45%.\nb) Tỷ lệ hộ nghèo dưới 1%.\n",
     [("Tỷ lệ đô thị hóa", 45, 2030), ("Tỷ lệ hộ nghèo", 1, 2030)]),
])
def test_lists_of_years_and_numbered_items_under_an_intro_line(text, expected):
    assert [(t.indicator, t.value, t.year) for t in extract_targets(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Tổ chức từ 03 đến 05 hội nghị tập huấn cho cán bộ cơ sở.", (3, 5, "hội nghị")),
    ("Xây dựng 2 - 3 mô hình điểm về phân loại rác.", (2, 3, "mô hình")),
    ("Đào tạo nghề cho 3.000 - 3.500 lao động.", (3000, 3500, "lao động")),
])
def test_a_range_of_counted_things(text, expected):
    row = one(text)
    assert (row["value"], row["value_max"], row["unit"]) == expected


@pytest.mark.parametrize("text,indicator", [
    ("Tỷ lệ tăng dân số tự nhiên giữ ổn định ở mức 1%.", "Tỷ lệ tăng dân số tự nhiên"),
    ("Số vụ phạm tội về ma túy được phát hiện, bắt giữ tăng trên 3%.", "Số vụ phạm tội về ma túy được phát hiện, bắt giữ"),
    ("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt ≥ 95%.", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"),
    ("Tỷ lệ hộ nghèo: ≤ 2%.", "Tỷ lệ hộ nghèo"),
])
def test_a_name_ends_before_giu_and_comparison_signs(text, indicator):
    row = one(text)
    assert row["indicator"] == indicator and row["scope"] is None


@pytest.mark.parametrize("text,indicator", [
    ("Xây dựng các chính sách để bảo đảm tỷ lệ hoạt động trực tuyến chiếm tối thiểu 50%.", "tỷ lệ hoạt động trực tuyến"),
    ("Bảo đảm tỷ lệ giải ngân vốn đầu tư công đạt 100%.", "tỷ lệ giải ngân vốn đầu tư công"),
    ("Đảm bảo 100% trẻ em trong độ tuổi được tiêm chủng đầy đủ.", "trẻ em trong độ tuổi được tiêm chủng đầy đủ"),
])
def test_bao_dam_brings_a_measure_to_its_value(text, indicator):
    assert one(text)["indicator"] == indicator


@pytest.mark.parametrize("text,expected", [
    # a year inside a period's column ("Trong đó năm 2026"), a plan of several years ("Kế hoạch 5 năm 2026-2030")
    ("TT\tChỉ tiêu\tĐVT\tGiai đoạn 2026-2030\tTrong đó năm 2026\n1\tTrồng rừng mới\tha\t5.000\t1.000\n", [(5000, 2030), (1000, 2026)]),
    ("TT\tChỉ tiêu\tĐVT\tKế hoạch 5 năm 2026-2030\tTrong đó: Năm 2026\n1\tTrồng rừng mới\tha\t5.000\t1.000\n", [(5000, 2030), (1000, 2026)]),
    ("TT\tChỉ tiêu\tĐVT\tƯớc TH 2025\tTrong đó năm 2026\n1\tTrồng rừng mới\tha\t900\t1.000\n", [(1000, 2026)]),
])
def test_table_year_columns_inside_a_period(text, expected):
    assert [(t.value, t.year) for t in extract_targets(text)] == expected


@pytest.mark.parametrize("text,comparator", [
    ("TT\tChỉ tiêu\tĐVT\tKH 2026\n1\tTỷ lệ đô thị hóa\t%\tkhoảng 40 - 42\n", "approx"),
    ("TT\tChỉ tiêu\tĐVT\tKH 2026\n1\tTốc độ tăng trưởng\t%\t8 - 8,5\n", "eq"),
    ("TT\tChỉ tiêu\tĐVT\tKH 2026\n1\tTỷ lệ che phủ rừng\t%\tkhoảng 45\n", "approx"),
    # s29c: a bound the column's header sets ("tối đa", "tối thiểu") is each value's comparator where the cell writes none
    ("STT\tĐối tượng\tDiện tích nhiễm tối đa năm 2026 (ha)\n1\tRầy nâu\t5.000\n", "le"),
    ("TT\tChỉ tiêu\tĐVT\tKH 2026 (tối thiểu)\n1\tSố lần kiểm tra cơ sở giết mổ\tlần\t4\n", "ge"),
    ("TT\tChỉ tiêu\tĐVT\tKH 2026 (tối thiểu)\n1\tSố lần kiểm tra cơ sở giết mổ\tlần\tkhoảng 4\n", "approx"),
    ("STT\tChỉ tiêu\tĐVT\tMức tối đa được hưởng\tKH 2026\n1\tSố hộ được hỗ trợ\thộ\t50\t40\n", "eq"),
])
def test_table_cell_comparator_of_a_range(text, comparator):
    assert one(text)["comparator"] == comparator


@pytest.mark.parametrize("text,expected", [
    ("Hằng năm, có từ 85% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.",
     [("tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", 85, "ge", None)]),
    ("Tỷ lệ dân số được quản lý sức khỏe đạt 95% trở lên vào năm 2027 và 100% vào năm 2030.",
     [("Tỷ lệ dân số được quản lý sức khỏe", 95, "ge", 2027), ("Tỷ lệ dân số được quản lý sức khỏe", 100, "eq", 2030)]),
    ("Tỷ lệ che phủ rừng đạt 45% vào năm 2030.", [("Tỷ lệ che phủ rừng", 45, "eq", 2030)]),
])
def test_tro_len_after_a_value_and_vao_nam_before_the_next(text, expected):
    assert [(t.indicator, t.value, t.comparator, t.year) for t in extract_targets(text)] == expected


# A number with a noun of parts after a scheme's head names the scheme ("mô hình bảo vệ 04 lớp", "mô hình liên kết 4
# nhà", "phương châm 4 tại chỗ"): no target. A place or a count the scheme is set up for is one, and so is a large count
# after "cơ chế hỗ trợ".
@pytest.mark.parametrize("text,values", [
    ("Triển khai dịch vụ an toàn thông tin giúp doanh nghiệp thực hiện mô hình bảo vệ 04 lớp.", []),
    ("Tổ chức sản xuất theo mô hình liên kết 4 nhà.", []),
    ("Quán triệt phương châm 4 tại chỗ trong phòng, chống thiên tai.", []),
    ("Nhân rộng mô hình 3 cấp ở 10 xã.", [10]),
    ("Xây dựng mô hình điểm tại 05 xã.", [5]),
    ("Thực hiện cơ chế hỗ trợ 120 nhà cho hộ nghèo.", [120]),
])
def test_number_in_a_schemes_name_is_no_target(text, values):
    assert [t.value for t in extract_targets(text)] == values


# A value cell with a direction before it ("giảm 1 - 1,5", "tăng trên 8", "duy trì 41", "giảm còn 2") is a value of the
# row with that direction, in any table shape; words that are no direction still make the cell no value.
@pytest.mark.parametrize("text,expected", [
    ("STT\tChỉ tiêu\tĐơn vị tính\tNăm 2026\tNăm 2030\n1\tTỷ lệ hộ nghèo\t%\tgiảm 1 - 1,5\tgiảm 1 - 1,5\n",
     [(1, 1.5, "eq", "decrease", 2026), (1, 1.5, "eq", "decrease", 2030)]),
    ("TT\tChỉ tiêu\tĐVT\tKH 2026\n1\tTỷ lệ che phủ rừng\t%\tduy trì 41\n", [(41, None, "eq", "maintain", 2026)]),
    ("TT\tChỉ tiêu\tĐVT\tKH 2026\n1\tKim ngạch xuất khẩu\t%\ttăng trên 8\n", [(8, None, "gt", "increase", 2026)]),
    ("TT\tChỉ tiêu\tĐVT\tKH 2026\n1\tTỷ lệ hộ nghèo\t%\tgiảm còn dưới 2\n", [(2, None, "lt", "decrease", 2026)]),
    ("TT\tChỉ tiêu\tĐVT\tKH 2026\n1\tTỷ lệ hộ nghèo\t%\tphấn đấu 2\n", []),
])
def test_table_cell_with_a_direction(text, expected):
    found = [(t.value, t.value_max, t.comparator, t.direction, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"]
    assert found == expected


# s33d: a row's unit in brackets at the end of its label as long as a header's ("(triệu đồng/người/năm)", a unit per person and
# year) in a two-column table "Chỉ tiêu | Kế hoạch 2027"; words in brackets that are no unit leave the row without one.
@pytest.mark.parametrize("text,expected", [
    ("Chỉ tiêu\tKế hoạch 2027\nThu nhập bình quân đầu người (triệu đồng/người/năm)\t63\n", [(63, "triệu đồng/người/năm", 2027)]),
    ("Chỉ tiêu\tKế hoạch 2027\nThu nhập bình quân đầu người (triệu đồng/người)\t63\n", [(63, "triệu đồng/người", 2027)]),
    ("Chỉ tiêu\tKế hoạch 2027\nThôn, làng đạt chuẩn nông thôn mới kiểu mẫu (thôn, làng)\t02\n", [(2, "thôn, làng", 2027)]),
    ("Chỉ tiêu\tKế hoạch 2027\nTỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều)\t2,8\n", [(2.8, None, 2027)]),
])
def test_a_rows_unit_in_brackets_at_the_end_of_its_label(text, expected):
    assert [(t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_cell"] == expected


# A level of government named by a list of its kinds before an action ("Ủy ban nhân dân các xã, phường tổ chức …",
# "phối hợp với các huyện, thị xã, thành phố …"): the kinds after the list's comma are the body's, not the start of what
# the value counts; a measure over such a list keeps it ("Tỷ lệ các xã, phường đạt chuẩn …").
@pytest.mark.parametrize("text,indicator", [
    ("Ủy ban nhân dân các xã, phường tổ chức đào tạo nghề cho khoảng 8.000 lao động nông thôn mỗi năm.",
     "tổ chức đào tạo nghề cho lao động nông thôn mỗi năm"),
    ("Sở Nội vụ chủ trì, phối hợp với các xã, phường tổ chức 10 lớp tập huấn.", "tổ chức lớp tập huấn"),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức 05 lớp bồi dưỡng cho cán bộ cơ sở.", "tổ chức lớp bồi dưỡng cho cán bộ cơ sở"),
    ("Tỷ lệ các xã, phường đạt chuẩn tiếp cận pháp luật đạt 90%.", "Tỷ lệ các xã, phường đạt chuẩn tiếp cận pháp luật"),
    # s25a: kinds of farm animals in a list (Luật Chăn nuôi 2018, Luật Thú y 2015): their comma or "và" is no clause break
    ("Tỷ lệ tiêm phòng vắc xin Lở mồm long móng cho trâu, bò đạt trên 80% tổng đàn trong diện tiêm.",
     "Tỷ lệ tiêm phòng vắc xin Lở mồm long móng cho trâu, bò"),
    ("Tiêm phòng bệnh Dại cho chó, mèo đạt ít nhất 90% tổng đàn.", "Tiêm phòng bệnh Dại cho chó, mèo"),
    ("Tỷ lệ tiêm phòng cúm cho gà, vịt và ngan đạt 70%.", "Tỷ lệ tiêm phòng cúm cho gà, vịt và ngan"),
    # negative: a comma before a clause of its own still ends the name
    ("Kiểm soát giết mổ lợn, nâng tỷ lệ cơ sở giết mổ tập trung lên 50%.", "tỷ lệ cơ sở giết mổ tập trung"),
])
def test_kinds_list_of_a_body_is_not_in_the_indicator(text, indicator):
    assert one(text)["indicator"] == indicator


# A value's window that begins inside an aside ("Phấn đấu (đến năm 2030) tỷ lệ …", "… (theo giá hiện hành) GRDP …")
# keeps no part of the aside: the name starts after the bracket that closes it; a bracket the name opens stays.
@pytest.mark.parametrize("text,indicator", [
    ("I. MỤC TIÊU\n- Phấn đấu (đến năm 2030) tỷ lệ hộ nghèo giảm còn 2%.", "tỷ lệ hộ nghèo"),
    ("I. MỤC TIÊU\n- Phấn đấu đến năm 2030 (theo giá hiện hành) GRDP bình quân đầu người đạt 120 triệu đồng.",
     "GRDP bình quân đầu người"),
    # negatives: brackets opened and closed inside the name
    ("I. MỤC TIÊU\n- Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP đạt tối thiểu 2%.",
     "Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP"),
    ("I. MỤC TIÊU\n- Tỷ lệ bao phủ bảo hiểm y tế (BHYT) đạt 95%.", "Tỷ lệ bao phủ bảo hiểm y tế (BHYT)"),
])
def test_a_name_starts_after_an_aside_it_did_not_open(text, indicator):
    assert [t.indicator for t in extract_targets(text)] == [indicator]


# A forecast ("dự báo" opening a clause) is no commitment; "dự báo" inside a name, or a pledge after the forecast, is.
@pytest.mark.parametrize("text,values", [
    ("Dự báo đến năm 2030, dân số toàn tỉnh khoảng 1,5 triệu người.", []),
    ("Kinh tế trong tỉnh phát triển ổn định, dự báo tốc độ tăng trưởng GRDP của tỉnh giai đoạn 2026 - 2030 khoảng từ 10 - 10,5%/năm.", []),
    ("Theo dự báo, nhu cầu điện giai đoạn 2026 - 2030 tăng bình quân 12%/năm.", []),
    ("Tỷ lệ bản tin dự báo thời tiết chính xác đạt 85%.", [85]),
    ("Dự báo, cảnh báo thiên tai kịp thời, phấn đấu đến năm 2030 tỷ lệ dự báo chính xác đạt 90%.", [90]),
    # a forecast opening a line or a sentence anywhere in the text, not only the text's first
    ("I. BỐI CẢNH\n- Dự báo đến năm 2030, dân số toàn tỉnh khoảng 1,5 triệu người.", []),
    ("I. BỐI CẢNH\nKinh tế phục hồi. Dự báo nhu cầu điện giai đoạn 2026 - 2030 tăng bình quân 12%/năm.", []),
    ("I. MỤC TIÊU\n- Dự báo, cảnh báo thiên tai kịp thời, phấn đấu đến năm 2030 tỷ lệ dự báo chính xác đạt 90%.", [90]),
])
def test_a_forecast_is_no_target(text, values):
    assert [t.value for t in extract_targets(text)] == values


# A year after a value that opens a value of its own ("…, riêng năm 2026 đạt 8,5%", "…; năm 2026 tăng 6%") is that
# value's, not the one before it; a yearly rate of a period may be followed by one year's own value, in the plain unit.
# A year right after its value stays its own ("đạt 65% vào năm 2026 và 75% vào năm 2030").
@pytest.mark.parametrize("text,expected", [
    ("Tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 10%/năm, riêng năm 2026 đạt 8,5%.",
     [(10, "%/năm", 2030, None), (8.5, "%", 2026, None)]),
    ("Tốc độ tăng năng suất lao động bình quân đạt trên 6,5%/năm; năm 2026 tăng 6%.",
     [(6.5, "%/năm", None, None), (6, "%", 2026, None)]),
    ("Tỷ lệ hộ nghèo giảm bình quân 1%/năm, trong đó năm 2026 giảm 1,5%.",
     [(1, "%/năm", None, None), (1.5, "%", 2026, None)]),
    ("Tỷ lệ dân số nông thôn sử dụng nước sạch đạt 65% vào năm 2026 và 75% vào năm 2030.",
     [(65, "%", 2026, None), (75, "%", 2030, None)]),
    # s28d: a later phase or year that delivers a part ("…; giai đoạn 2026 - 2027 hoàn thành 600 ha") is that part's, and the
    # part keeps the measure before it in its line; a new line names its own
    ("Trồng bổ sung cây bản địa trên diện tích 1.500 ha; giai đoạn 2026 - 2027 hoàn thành 600 ha.",
     [(1500, "ha", None, None), (600, "ha", 2027, None)]),
    ("Trồng mới 1.500 ha rừng; năm 2026 hoàn thành 600 ha.", [(1500, "ha", None, None), (600, "ha", 2026, None)]),
    # s34b: a year or a phase inside the breakdown after a value ("…, trong đó giai đoạn 2026 - 2027 ưu tiên di dời 1.200 hộ",
    # "…, trong đó năm 2026 di dời 1.200 hộ", its verb other than the series' "đạt/hoàn thành") dates the part, not the whole;
    # negatives: the whole's own year before "trong đó", a phase after the value with no breakdown
    ("Di dời, bố trí ổn định khoảng 2.300 hộ dân ra khỏi vùng sạt lở, trong đó giai đoạn 2026 - 2027 ưu tiên di dời 1.200 hộ.",
     [(2300, "hộ", None, None), (1200, "hộ", 2027, "ưu tiên di dời")]),
    ("Di dời khoảng 2.300 hộ dân, trong đó năm 2026 di dời 1.200 hộ.", [(2300, "hộ", None, None), (1200, "hộ", 2026, "di dời")]),
    ("Xây dựng 2.300 căn nhà vào năm 2027, trong đó 1.200 căn cho công nhân.", [(2300, "căn nhà", 2027, None), (1200, "căn", 2027, None)]),
    ("Trồng mới 1.000 ha rừng giai đoạn 2026 - 2028.", [(1000, "ha", 2028, None)]),
])
def test_a_later_year_opening_its_own_value(text, expected):
    assert [(t.value, t.unit, t.year, t.scope) for t in extract_targets(text)] == expected


@pytest.mark.parametrize("text,indicators", [
    ("Trồng bổ sung cây bản địa trên diện tích 1.500 ha; giai đoạn 2026 - 2027 hoàn thành 600 ha.",
     ["trồng bổ sung cây bản địa trên diện tích"] * 2),
    ("Trồng mới 1.500 ha rừng; năm 2026 hoàn thành 600 ha.", ["Trồng mới rừng"] * 2),
    # negatives: a line of its own, or a measure of another unit, names itself
    ("Trồng mới 1.500 ha rừng.\nNăm 2026 hoàn thành 600 ha.", ["Trồng mới rừng", "hoàn thành"]),
    ("Trồng mới 1.500 ha rừng; năm 2026 hoàn thành 12 mô hình.", ["Trồng mới rừng", "hoàn thành mô hình"]),
    # s28d: the second count of one action's list, after a qualifier of the first's noun and "và", is that action's; a count
    # after a clause of its own names itself
    ("- Kiểm tra công tác văn thư, lưu trữ tại 25 cơ quan, tổ chức cấp tỉnh và 30 xã, phường.",
     ["Kiểm tra công tác văn thư, lưu trữ"] * 2),
    ("Kiểm tra 25 cơ quan cấp tỉnh; tỷ lệ xã, phường đạt chuẩn và 30 xã, phường.", ["Kiểm tra cơ quan", "tỷ lệ xã, phường đạt chuẩn"]),
])
def test_a_phase_delivering_a_part_keeps_the_measure(text, indicators):
    assert [t.indicator.lower() for t in extract_targets(text)] == [i.lower() for i in indicators]


# A span of years after "N năm" ("bình quân 5 năm 2026 - 2030", "trong 02 năm 2026 - 2027") is a period like
# "giai đoạn …": the target's year is its last year; a lone "năm 2026" stays a year.
@pytest.mark.parametrize("text,year,period", [
    ("Tăng trưởng kinh tế bình quân 5 năm 2026 - 2030 đạt 10%/năm trở lên.", 2030, "2026-2030"),
    ("Trong 02 năm 2026 - 2027, đào tạo nghề cho 500 lao động.", 2027, "2026-2027"),
    ("Tỷ lệ che phủ rừng năm 2026 đạt 42%.", 2026, None),
])
def test_span_of_years_after_n_nam(text, year, period):
    (row,) = extract_targets(text)
    assert (row.year, row.period) == (year, period)
# A "và" inside a name's complement ("trong tổng …", "của …") coordinates the complement's nouns: the name is not cut
# there; a "và" that opens a measure or a verb of its own still starts a new clause.
@pytest.mark.parametrize("text,kept,absent", [
    ("Tỷ trọng thương mại điện tử trong tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 10%.",
     "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", None),
    ("Tỷ trọng giá trị sản phẩm công nghiệp công nghệ cao trong tổng giá trị sản xuất công nghiệp và xây dựng của tỉnh đạt 30%.",
     "Tỷ trọng giá trị sản phẩm công nghiệp công nghệ cao trong tổng giá trị sản xuất công nghiệp và xây dựng", None),
    ("Doanh thu thương mại điện tử chiếm 10% tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng.",
     "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", None),
    ("Tăng cường công tác tuyên truyền trong nhân dân và phấn đấu tỷ lệ hộ gia đình sử dụng nước sạch đạt 95%.",
     "tỷ lệ hộ gia đình sử dụng nước sạch", "tuyên truyền"),
    ("Nâng cao chất lượng khám chữa bệnh của các cơ sở y tế và tỷ lệ hài lòng của người bệnh đạt trên 90%.",
     "tỷ lệ hài lòng của người bệnh", "Nâng cao"),
    ("Kinh tế số chiếm 30% GRDP và doanh thu dịch vụ số tăng 20%.", "Kinh tế số chiếm GRDP", "doanh thu"),
])
def test_and_inside_a_complement_does_not_cut_the_name(text, kept, absent):
    indicator = rows(text)[0]["indicator"]
    assert kept in indicator and (absent is None or absent not in indicator), indicator


# A density per hundred inhabitants ("trên 100 dân", "/100 dân") is the indicator's base or the value's per-unit,
# never a value; a count of people ("cho trên 100 người dân", "100 hộ dân") is one.
@pytest.mark.parametrize("text,value,unit", [
    ("Số thuê bao băng rộng cố định trên 100 dân đạt 40 thuê bao.", 40, "thuê bao"),
    ("Đến năm 2030, số thuê bao di động băng rộng trên 100 dân đạt 80 thuê bao.", 80, "thuê bao"),
    ("Số thuê bao Internet băng rộng cố định đạt 40 thuê bao trên 100 dân.", 40, "thuê bao/100 dân"),
    ("Tổ chức tập huấn cho trên 100 người dân.", 100, "người"),
    ("Hỗ trợ sinh kế cho trên 100 hộ dân.", 100, "hộ"),
])
def test_a_base_per_hundred_inhabitants_is_no_value(text, value, unit):
    row = one(text)
    assert (row["value"], row["unit"]) == (value, unit), row


# The words after a share that name only the whole it is of ("… trên 95% dân số", "… 45% lực lượng lao động") name no
# indicator: the name before the value does ("Bao phủ BHYT"); a group that does something after it is the name.
@pytest.mark.parametrize("text,kept", [
    ("- Bao phủ BHYT toàn dân trên 95% dân số.", "Bao phủ BHYT toàn dân"),
    ("Tham gia bảo hiểm xã hội tự nguyện khoảng 45% lực lượng lao động.", "Tham gia bảo hiểm xã hội tự nguyện"),
    ("100% dân số được quản lý sức khỏe.", "dân số được quản lý sức khỏe"),
])
def test_a_share_of_the_whole_alone_is_named_before_it(text, kept):
    assert kept in one(text)["indicator"]


# A share of the places an action is done at ("tổ chức tuyên truyền … tại 100% nhà trường", "lắp đặt camera ở 100%
# thôn"): the places and the action, not the places alone; a measure named before "ở" keeps its name.
@pytest.mark.parametrize("text,indicator", [
    ("Phấn đấu tổ chức tuyên truyền, phổ biến giáo dục pháp luật về phòng, chống ma túy cho người học tại 100% nhà trường.",
     "nhà trường tổ chức tuyên truyền, phổ biến giáo dục pháp luật về phòng, chống ma túy cho người học"),
    ("Lắp đặt camera giám sát an ninh ở 100% thôn, tổ dân phố.", "thôn, tổ dân phố lắp đặt camera giám sát an ninh"),
    ("Triển khai mô hình sân chơi an toàn cho trẻ em tại 80% xã, phường.", "xã, phường triển khai mô hình sân chơi an toàn cho trẻ em"),
    ("Tỷ lệ che phủ rừng duy trì ổn định ở 42% diện tích tự nhiên.", "Tỷ lệ che phủ rừng"),
    # s34a: "ở mức" states a level, no place: the action before it keeps its name (the whole after the share with it)
    ("Tổ chức họp, hội nghị theo hình thức trực tuyến ở mức trên 60% tổng số cuộc họp của cấp tỉnh.",
     "Tổ chức họp, hội nghị theo hình thức trực tuyến so với tổng số cuộc họp"),
])
def test_a_share_of_places_doing_an_action(text, indicator):
    assert one(text)["indicator"] == indicator


# A list of a measure's groups names its head once ("Tỷ lệ hoàn thành cấp tiểu học đạt 99%, cấp THCS của người dân
# tộc thiểu số đạt 90%"): each group's value takes the head back, its group kept; a name with its own head, or a part
# of a total ("Tổng thu ngân sách …, thu nội địa …"), keeps its own.
@pytest.mark.parametrize("text,indicators", [
    ("Tỷ lệ hoàn thành cấp tiểu học đạt 99%, cấp THCS của người dân tộc thiểu số đạt 90%.",
     ["Tỷ lệ hoàn thành cấp tiểu học", "Tỷ lệ hoàn thành cấp THCS của người dân tộc thiểu số"]),
    ("Đến năm 2030, tỷ lệ hộ nghèo giảm còn 2%, hộ cận nghèo còn 3%.", ["tỷ lệ hộ nghèo", "tỷ lệ hộ cận nghèo"]),
    ("Tỷ lệ huy động trẻ 5 tuổi đến trường đạt 99%, trẻ 6 tuổi vào lớp 1 đạt 100%.",
     ["Tỷ lệ huy động trẻ 5 tuổi đến trường", "Tỷ lệ huy động trẻ 6 tuổi vào lớp 1"]),
    ("Tổng thu ngân sách đạt 500 tỷ đồng, thu nội địa đạt 400 tỷ đồng.", ["Tổng thu ngân sách", "thu nội địa"]),
    ("Tỷ lệ che phủ rừng đạt 42%, tỷ lệ đô thị hóa đạt 40%.", ["Tỷ lệ che phủ rừng", "tỷ lệ đô thị hóa"]),
    ("Số xã nông thôn mới nâng cao đạt 3 xã, nâng số xã đạt chuẩn nông thôn mới nâng cao lên 02/11 xã.",
     ["Số xã nông thôn mới nâng cao", "nâng số xã đạt chuẩn nông thôn mới nâng cao"]),
])
def test_a_group_takes_back_the_head_its_list_names_once(text, indicators):
    assert [r["indicator"] for r in rows(text)] == indicators


# A name wrapped inside its table cell, the value's line opening with an aside in brackets ("Kinh phí chi cho nghiên
# cứu phát triển⏎(R&D)/GRDP tối thiểu 2%"): the line above is the name's start; an enumeration "(1)", "(a)" or a line
# above that ends a sentence is not.
@pytest.mark.parametrize("text,indicator", [
    ("Chỉ tiêu\n|\nKinh phí chi cho nghiên cứu phát triển\n(R&D)/GRDP tối thiểu 2%.\n|\nSở Tài chính\n",
     "Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP"),
    ("Chỉ tiêu\n|\nTỷ lệ chi cho khoa học công nghệ\n(KH&CN) trong tổng chi ngân sách đạt 2%\n|\n",
     "Tỷ lệ chi cho khoa học công nghệ (KH&CN) trong tổng chi ngân sách"),
    ("Mục tiêu cụ thể\n(1) Tỷ lệ che phủ rừng đạt 42%.", "Tỷ lệ che phủ rừng"),
    ("Các chỉ tiêu chủ yếu đến năm 2030:\n(a) Tỷ lệ che phủ rừng đạt 42%.", "Tỷ lệ che phủ rừng"),
    # nor an aside that opens a sentence of its own (a capitalised word after it)
    ("b) Mục tiêu cụ thể\n(Theo Nghị quyết Đại hội) Tỷ lệ hộ nghèo giảm còn 2%.", "Tỷ lệ hộ nghèo"),
    ("Chỉ tiêu\n|\nPhát triển nông nghiệp\n(ưu tiên vùng cao) Giá trị sản xuất tăng 3%.\n|\n", "Giá trị sản xuất"),
])
def test_a_name_wrapped_in_its_cell_before_a_bracket(text, indicator):
    assert one(text)["indicator"] == indicator


# A label at the start of a line naming the place its targets are for ("- Tại địa bàn có khu công nghiệp: Phấn đấu
# tăng thêm ít nhất 20% …"): the place is the scope and the clause after the colon reads as if it opened the line, the
# label is no indicator; "Đối với"/"Trên" only before a kind of area; a bracket inside the label is no label.
@pytest.mark.parametrize("text,expected", [
    ("- Tại địa bàn có khu công nghiệp: Phấn đấu tăng thêm ít nhất 20% số nhóm trẻ trong cơ sở giáo dục mầm non và "
     "tăng thêm ít nhất 10% số trường mầm non công lập có nhóm trẻ.",
     [("số nhóm trẻ trong cơ sở giáo dục mầm non", 20.0, "địa bàn có khu công nghiệp"),
      ("số trường mầm non công lập có nhóm trẻ", 10.0, "địa bàn có khu công nghiệp")]),
    ("b) Ở khu vực miền núi: Phấn đấu tăng thêm ít nhất 15% số hộ được dùng nước sạch.",
     [("số hộ được dùng nước sạch", 15.0, "khu vực miền núi")]),
    ("- Đối với các xã vùng cao: Phấn đấu giảm ít nhất 3% số hộ nghèo.", [("số hộ nghèo", 3.0, "các xã vùng cao")]),
    ("- Trên địa bàn huyện: Phấn đấu tăng thêm ít nhất 5% số trường đạt chuẩn quốc gia.",
     [("số trường đạt chuẩn quốc gia", 5.0, "địa bàn huyện")]),
    ("- Tỷ lệ trường đạt chuẩn quốc gia: 80%.", [("Tỷ lệ trường đạt chuẩn quốc gia", 80.0, None)]),
    ("- Đối với các tỉnh lân cận (bao gồm: Thái Nguyên, Bắc Ninh), nồng độ bụi PM2.5 giảm tối thiểu 10%.",
     [("nồng độ bụi PM2.5", 10.0, None)]),
    # s28e: a body's name as the label of a list under a heading ("1. Lực lượng …", "Phương tiện sẵn sàng:"): what the
    # body holds is the heading's, the body is the part; its next values on the line keep both
    ("1. Lực lượng thường trực sẵn sàng ứng phó\n- Bộ Chỉ huy Quân sự tỉnh: 120 cán bộ, chiến sĩ; 02 xuồng cao tốc.\n"
     "- Công an tỉnh (Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ): 06 xe chữa cháy, 01 xe xử lý hóa chất.",
     [("Lực lượng thường trực sẵn sàng ứng phó", 120.0, "Bộ Chỉ huy Quân sự tỉnh"),
      ("Lực lượng thường trực sẵn sàng ứng phó", 2.0, "Bộ Chỉ huy Quân sự tỉnh"),
      ("Lực lượng thường trực sẵn sàng ứng phó", 6.0, "Công an tỉnh"), ("Lực lượng thường trực sẵn sàng ứng phó", 1.0, "Công an tỉnh")]),
    ("Phương tiện sẵn sàng cứu nạn:\n- Bộ Chỉ huy Bộ đội Biên phòng tỉnh: 03 tàu tuần tra.",
     [("Phương tiện sẵn sàng cứu nạn", 3.0, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]),
    # negatives: no heading over the list, or a body label outside a list, keeps its own reading
    ("- Sở Y tế: 95%.", [("Sở Y tế", 95.0, None)]),
    ("Năm 2026:\n- Sở Y tế: 95%.", [("Sở Y tế", 95.0, None)]),
])
def test_a_place_label_before_the_colon_is_the_scope(text, expected):
    assert [(r["indicator"], r["value"], r["scope"]) for r in rows(text)] == expected


# A line that names only a group and its value, after a line whose list goes on (ends with ";" or ","), is that list's
# next item broken onto its own line: it takes the indicator of the value above; after a sentence's end it does not.
@pytest.mark.parametrize("text,expected", [
    ("- Giáo viên đạt trình độ trên chuẩn: THCS đạt tỷ lệ: 95%; Tiểu học đạt tỷ lệ: 100%;\nTHPT trên 16%.",
     [("Giáo viên đạt trình độ trên chuẩn", 95.0, "THCS"), ("Giáo viên đạt trình độ trên chuẩn", 100.0, "Tiểu học"),
      ("Giáo viên đạt trình độ trên chuẩn", 16.0, "THPT")]),
    ("- Tỷ lệ trường đạt chuẩn quốc gia: Tiểu học 80%, THCS 70%,\nTHPT 60%.",
     [("Tỷ lệ trường đạt chuẩn quốc gia", 80.0, "Tiểu học"), ("Tỷ lệ trường đạt chuẩn quốc gia", 70.0, "THCS"),
      ("Tỷ lệ trường đạt chuẩn quốc gia", 60.0, "THPT")]),
    ("- Tỷ lệ che phủ rừng: huyện Mường Khương đạt 60%;\nhuyện Bảo Lâm đạt 55%.",
     [("Tỷ lệ che phủ rừng", 60.0, "huyện Mường Khương"), ("Tỷ lệ che phủ rừng", 55.0, "huyện Bảo Lâm")]),
    ("- Tỷ lệ trường đạt chuẩn quốc gia: Tiểu học 80%, THCS 70%.\nTHPT 60%.",
     [("Tỷ lệ trường đạt chuẩn quốc gia", 80.0, "Tiểu học"), ("Tỷ lệ trường đạt chuẩn quốc gia", 70.0, "THCS")]),
])
def test_a_group_alone_on_the_next_line_goes_on_the_list(text, expected):
    assert [(r["indicator"], r["value"], r["scope"]) for r in rows(text)] == expected


# A tab table row's STT/TT cell ("1", "1.1", "2.3.1", "II") is never part of the indicator; a number inside the
# indicator's own cell stays.
@pytest.mark.parametrize("text,indicator", [
    ("TT\tNhiệm vụ\tCơ quan chủ trì\n1.1\tTỷ lệ hộ nghèo giảm còn 2%.\tSở Nội vụ\n", "Tỷ lệ hộ nghèo"),
    ("STT\tNội dung\tĐơn vị thực hiện\n2.3.1\tTỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%.\tSở Công Thương\n",
     "Tỷ lệ doanh nghiệp ứng dụng công nghệ số"),
    ("STT\tNội dung\tĐơn vị thực hiện\nII.\tTỷ lệ che phủ rừng đạt 42%.\tSở Nông nghiệp và Môi trường\n", "Tỷ lệ che phủ rừng"),
    ("TT\tNhiệm vụ\tCơ quan chủ trì\n1\tKinh tế số chiếm 45% GRDP tỉnh.\tSở Tài chính\n", "Kinh tế số chiếm GRDP tỉnh"),
    ("TT\tNhiệm vụ\tCơ quan chủ trì\n3\tTỷ lệ thuê bao 5G đạt 50%.\tSở Khoa học và Công nghệ\n", "Tỷ lệ thuê bao 5G"),
])
def test_a_rows_number_cell_is_not_in_the_indicator(text, indicator):
    assert one(text)["indicator"] == indicator


# A breakdown of ONE part named without a colon ("…, trong đó thu từ khu vực ngoài quốc doanh 20.000 triệu đồng"): an
# amount or a count whose part repeats its unit and is less than the whole keeps the whole's indicator, the part in
# `scope` (with its words after the value: "trong đó đưa 7.000 lao động đi làm việc ở nước ngoài"). A share's part has
# a base of its own, and a "part" larger than the whole is no part.
@pytest.mark.parametrize("text,expected", [
    ("- Thu ngân sách nhà nước trên địa bàn đạt tối thiểu 48.500 triệu đồng, trong đó\nthu từ khu vực ngoài quốc doanh "
     "20.000 triệu đồng.",
     [("Thu ngân sách nhà nước trên địa bàn", 48500, None), ("Thu ngân sách nhà nước trên địa bàn", 20000, "thu từ khu vực ngoài quốc doanh")]),
    ("(7) Tạo việc làm mới cho 26.000 lao động, trong đó đưa 7.000 lao động đi làm việc ở nước ngoài.",
     [("Tạo việc làm mới", 26000, None), ("Tạo việc làm mới", 7000, "đưa lao động đi làm việc ở nước ngoài")]),
    ("Xây dựng 20 km đường giao thông nông thôn, trong đó có 5 km được bê tông hóa, hoàn thành trong năm 2026.",
     [("Xây dựng đường giao thông nông thôn", 20, None), ("Xây dựng đường giao thông nông thôn", 5, "được bê tông hóa")]),
    ("Giải quyết việc làm cho 1.000 lao động, trong đó lao động nữ 400 lao động.",
     [("Giải quyết việc làm", 1000, None), ("Giải quyết việc làm", 400, "lao động nữ")]),
    # s31d: a comparator between the part's name and its value qualifies the value, it names nothing
    ("- Tổng thu tiền dịch vụ môi trường rừng đạt ít nhất 420 tỷ đồng, trong đó thu từ các cơ sở sản xuất thủy điện khoảng "
     "392 tỷ đồng.",
     [("Tổng thu tiền dịch vụ môi trường rừng", 420, None),
      ("Tổng thu tiền dịch vụ môi trường rừng", 392, "thu từ các cơ sở sản xuất thủy điện")]),
    # not a part: larger than the whole
    ("Tổng vốn đầu tư đạt 1.000 tỷ đồng, trong đó thu hút 1.200 tỷ đồng vốn ngoài ngân sách.",
     [("Tổng vốn đầu tư", 1000, None), ("vốn ngoài ngân sách", 1200, None)]),
    # s36a: the part's unit written as the head of the whole's compound unit ("phòng" of "phòng học")
    ("- Xây mới, cải tạo khoảng 620 phòng học, trong đó các xã miền núi 210 phòng.",
     [("Xây mới, cải tạo phòng học", 620, None), ("Xây mới, cải tạo phòng học", 210, "các xã miền núi")]),
])
def test_breakdown_of_one_part_named_without_a_colon(text, expected):
    assert [(r["indicator"], r["value"], r["scope"]) for r in rows(text)] == expected


# A number joined to another by an operator is a term of a specification written as arithmetic (a project list's scale:
# "500kV: 0,54+3,9 km", "2x250 MVA", "4x5,5 km", a sum going on at a line's start "3,9⏎+40 km"), not a target; a bullet
# "+" opening a line before a value is no operator.
@pytest.mark.parametrize("text,values", [
    ("1\tĐD 500/220 kV Nho Quan - Phủ Lý\t500kV: 0,54+3,9\n+40 km 220kV: 5x0,32+5 x3,9+ 2x40+2x 2,7+2x2, 5 km\tNinh Bình\t2025\n", []),
    ("Cải tạo tuyến đường dây 2x1,8 km và trạm biến áp 2x250 MVA.", []),
    ("Xây dựng mới trạm biến áp 110 kV công suất 2 x 63 MVA.", []),
    ("- Tỷ lệ che phủ rừng đạt 42% vào năm 2025\n+ 100% xã có trạm y tế đạt chuẩn.", [42, 100]),
    ("Cứng hóa 12 km đường giao thông nông thôn.", [12]),
])
def test_a_term_of_a_sum_or_product_is_no_target(text, values):
    assert [r["value"] for r in rows(text)] == values


# Words before an amount or a count that end in the goal itself ("… bảo đảm mục tiêu đạt 1.200 công trình xây dựng
# xanh", "hoàn thành mục tiêu đạt 500 km đường cao tốc"): what the value measures is named after it. "X với mục tiêu
# đạt …" keeps X, and a share keeps the words before it.
@pytest.mark.parametrize("text,indicator", [
    ("- Nghiên cứu các giải pháp công nghệ vật liệu để xây dựng các công trình xanh, phát thải thấp đảm bảo mục tiêu đạt "
     "1.200 công trình xây dựng xanh trên cả nước vào năm 2030.", "Số công trình xây dựng xanh trên cả nước"),
    ("Triển khai đồng bộ các giải pháp bảo đảm hoàn thành mục tiêu đạt 500 km đường cao tốc.", "đường cao tốc"),
    ("Năm 2025, tập trung thúc đẩy tăng trưởng với mục tiêu đạt 8% trở lên gắn với giữ vững ổn định kinh tế vĩ mô.",
     "tập trung thúc đẩy tăng trưởng với mục tiêu"),
    ("Thúc đẩy phát triển doanh nghiệp với mục tiêu đạt 500 doanh nghiệp thành lập mới.", "Thúc đẩy phát triển doanh nghiệp với mục tiêu"),
])
def test_a_goal_word_before_the_value_names_nothing(text, indicator):
    assert one(text)["indicator"] == indicator


# The words after a value end before a clause of its own: a directive with its addressee ("…, yêu cầu Bộ Y tế …",
# "…, giao Sở …"), a breakdown's remark ("…, trong đó lưu ý …"), "…, đồng thời …", a footnote mark ("…[2]") and the
# occasion of an event ("… cùng dịp với Lễ …", "nhân dịp …"); a comma inside a name ("thu gom, xử lý") does not end them.
@pytest.mark.parametrize("text,indicator", [
    ("Phấn đấu tổ chức khánh thành 02 công trình cùng dịp với Lễ khánh thành các dự án quy mô lớn[2], yêu cầu Bộ Y tế "
     "khẩn trương hoàn thành các công việc còn lại.", "tổ chức khánh thành công trình"),
    ("Tổ chức 05 hội nghị tuyên truyền nhân dịp kỷ niệm Ngày Pháp luật.", "Tổ chức hội nghị tuyên truyền"),
    ("Hoàn thành các nhiệm vụ còn lại tại 02 công trình dự án, trong đó lưu ý một số nội dung trọng tâm như sau:",
     "Số công trình dự án"),
    ("Xây dựng 12 nhà văn hóa thôn, giao Ủy ban nhân dân các xã tổ chức thực hiện.", "Xây dựng nhà văn hóa thôn"),
    ("Đảm bảo 100% chất thải rắn y tế được thu gom, xử lý theo quy định.", "chất thải rắn y tế được thu gom, xử lý theo quy định"),
])
def test_the_name_after_a_value_ends_before_a_clause_of_its_own(text, indicator):
    assert one(text)["indicator"] == indicator


# "còn" is a direction (down to) only right before the value or its comparator ("giảm còn 1,5%", "còn dưới 2%"); elsewhere
# it means "still" ("một số dự án còn khối lượng lớn, … hoàn thành mục tiêu 3.000 km"): no direction. "Hiện còn 15 xã
# chưa đạt chuẩn" is a current figure, not a target.
@pytest.mark.parametrize("text,expected", [
    ("Một số dự án còn khối lượng lớn, bảo đảm thông xe năm 2025 góp phần hoàn thành mục tiêu 3.000 km đường bộ cao tốc.",
     [(3000, None)]),
    ("Các địa phương còn nhiều khó khăn cần tập trung xây dựng 20 km đường giao thông nông thôn.", [(20, None)]),
    ("Tỷ lệ hộ nghèo năm 2030 còn dưới 2%.", [(2, "decrease")]),
    ("Tỷ lệ hộ nghèo giảm còn 1,5% vào năm 2030.", [(1.5, "decrease")]),
    ("Hiện còn 15 xã chưa đạt chuẩn, phấn đấu đến năm 2027 có thêm 5 xã đạt chuẩn nông thôn mới.", [(5, "increase")]),
    ("Trên địa bàn vẫn còn 120 hộ nghèo.", []),
])
def test_con_is_a_direction_only_before_the_value(text, expected):
    assert [(r["value"], r["direction"]) for r in rows(text)] == expected


@pytest.mark.parametrize("cell, expected", [
    ("12/2026", []),  # a month of a year in a value cell: a time, not 12 of 2026
    ("6/2027", []),
    ("10/12", [(10.0, 12.0)]),  # the count of a whole stays
    ("36/40 xã", [(36.0, 40.0)]),
])
def test_month_of_a_year_in_a_table_cell_is_no_fraction(cell, expected):
    text = ("KẾ HOẠCH\n\nSTT\tChỉ tiêu\tĐơn vị tính\tNăm 2026\n"
            f"1\tSố xã đạt chuẩn nông thôn mới\txã\t{cell}\n")
    assert [(t.numerator, t.denominator) for t in extract_targets(text)] == expected


# s21t: number words after "thêm" (what the plan adds) and ranges in words ("từ năm đến bảy": "năm" is five only there)
@pytest.mark.parametrize("text,expected", [
    ("Công nhận thêm hai điểm du lịch cấp tỉnh.", [(2, None, "điểm")]),
    ("Phấn đấu có thêm ba hợp tác xã đạt chuẩn.", [(3, None, "hợp tác xã")]),
    ("Xây dựng từ hai đến ba chuỗi liên kết sản xuất.", [(2, 3, "chuỗi")]),
    ("Phát triển từ năm đến bảy sản phẩm du lịch đêm.", [(5, 7, "sản phẩm")]),
    ("Rà soát thêm một lần nữa trước khi trình.", []),
    ("Bổ sung thêm hai nội dung vào kế hoạch.", []),
    ("Từ hai đến ba năm tổ chức hội nghị một lần.", []),
    # a quota in words, as in digits (s21rev2)
    ("Chọn từ hai đến ba học sinh tham gia dự thi cấp tỉnh.", []),
    ("Mỗi đơn vị cử từ hai đến ba đồng chí tham gia lớp tập huấn.", []),
    ("Năm 2026, tỉnh cử thêm hai cán bộ tham gia đoàn công tác.", []),
    ("Mỗi huyện lựa chọn thêm hai hợp tác xã tham gia thí điểm.", []),
])
def test_number_words_added_or_in_a_range(text, expected):
    assert [(r["value"], r["value_max"], r["unit"]) for r in rows(text)] == expected


# s21t: "không ít hơn" is at least, "không cao/lớn/nhiều hơn" at most; the words are the comparator, not the name
@pytest.mark.parametrize("text,comparator,indicator", [
    ("Không ít hơn 70% lao động du lịch được đào tạo chuyên môn.", "ge", "lao động du lịch được đào tạo chuyên môn"),
    ("Tỷ lệ lao động được đào tạo không ít hơn 65%.", "ge", "Tỷ lệ lao động được đào tạo"),
    ("Tỷ lệ hộ nghèo đa chiều không cao hơn 2%.", "le", "Tỷ lệ hộ nghèo đa chiều"),
    ("Tỷ lệ nợ xấu không nhiều hơn 3%.", "le", "Tỷ lệ nợ xấu"),
    ("Tỷ lệ nợ xấu cao hơn 3%.", "gt", "Tỷ lệ nợ xấu"),
])
def test_negated_comparisons(text, comparator, indicator):
    assert [(r["comparator"], r["indicator"]) for r in rows(text)] == [(comparator, indicator)]


# s21t: a multiple after a value ("…, gấp 2,5 lần năm 2025") is that value's indicator's; its year names the baseline
@pytest.mark.parametrize("text,expected", [
    ("Doanh thu du lịch đạt 12.000 tỷ đồng, gấp 2,5 lần năm 2025.",
     [(12000, "tỷ đồng", None, "Doanh thu du lịch"), (2.5, "lần", None, "Doanh thu du lịch")]),
    ("Đến năm 2030, thu nhập bình quân đầu người đạt 120 triệu đồng, tăng gấp 2 lần so với năm 2020.",
     [(120, "triệu đồng", 2030, "thu nhập bình quân đầu người"), (2, "lần", 2030, "thu nhập bình quân đầu người")]),
    ("Kim ngạch xuất khẩu năm 2030 gấp 2 lần năm 2025.", [(2, "lần", 2030, "Kim ngạch xuất khẩu")]),
    ("Mức hỗ trợ bằng 1,5 lần mức lương cơ sở.", []),
])
def test_multiple_of_the_value_before(text, expected):
    assert [(r["value"], r["unit"], r["year"], r["indicator"]) for r in rows(text)] == expected


# s28c: a rank after an index's value ("…, tăng ít nhất 05 bậc", "…, nằm trong nhóm 15 tỉnh, thành phố dẫn đầu") is that
# index's rank; a group that leads nothing, or steps without "bậc", are no rank
@pytest.mark.parametrize("text,expected", [
    ("1. Chỉ số SIPAS năm 2026 của tỉnh đạt từ 86% trở lên, tăng ít nhất 05 bậc so với năm 2025.",
     [(86, "%", "ge", "Chỉ số SIPAS của tỉnh"), (5, "bậc", "ge", "Chỉ số SIPAS của tỉnh")]),
    ("2. Chỉ số PAR INDEX năm 2026 của tỉnh đạt từ 87 điểm trở lên, nằm trong nhóm 15 tỉnh, thành phố dẫn đầu.",
     [(87, "điểm", "ge", "Chỉ số PAR INDEX của tỉnh"), (15, "tỉnh, thành phố", "le", "Chỉ số PAR INDEX của tỉnh")]),
    ("Chỉ số DTI đạt 0,6 điểm, thuộc nhóm 10 tỉnh, thành phố dẫn đầu.",
     [(0.6, "điểm", "eq", "Chỉ số DTI"), (10, "tỉnh, thành phố", "le", "Chỉ số DTI")]),
    ("Đào tạo 100 người, trong nhóm 20 người đầu tiên.",
     [(100, "người", "eq", "Đào tạo người"), (20, "người", "eq", "trong nhóm")]),
])
def test_rank_of_the_index_before(text, expected):
    assert [(r["value"], r["unit"], r["comparator"], r["indicator"]) for r in rows(text)] == expected


# s21t: what visitors spend or bring in per day or per visit is a target, not an allowance norm
@pytest.mark.parametrize("text,expected", [
    ("Chi tiêu bình quân của khách quốc tế đạt 120 USD/ngày.", [(120, "USD/ngày")]),
    ("Mức chi tiêu bình quân của khách nội địa đạt 1,8 triệu đồng/lượt khách.", [(1.8, "triệu đồng/lượt khách")]),
    ("Doanh thu bình quân từ mỗi lượt khách đạt 2,5 triệu đồng/lượt khách.", [(2.5, "triệu đồng/lượt khách")]),
    ("Mức chi 250.000 đồng/ngày/người.", []),
    ("Hỗ trợ tiền ăn 100.000 đồng/ngày cho học viên.", []),
    # s29e: per night, the unit of a stay (a visitor's spending on night services, a room's rate)
    ("Mức chi tiêu bình quân của khách quốc tế cho các dịch vụ về đêm đạt trên 45 USD/người/đêm.", [(45, "USD/người/đêm")]),
    ("Mức hỗ trợ tiền ngủ 200.000 đồng/người/đêm cho cán bộ đi công tác.", []),
])
def test_spending_per_visit(text, expected):
    assert [(r["value"], r["unit"]) for r in rows(text)] == expected


# s21t: a scaled count after verbs only ("đón khoảng 1,5 triệu lượt khách") is named by its verbs and what it counts
@pytest.mark.parametrize("text,indicator", [
    ("Phấn đấu đón khoảng 1,5 triệu lượt khách, trong đó khách quốc tế đạt 120 nghìn lượt.", "đón lượt khách"),
    ("Thu hút 2,5 triệu lượt khách.", "Thu hút lượt khách"),
    ("Hình thành mới 05 Khu công nghiệp.", "Hình thành mới Khu công nghiệp"),
])
def test_scaled_count_after_verbs(text, indicator):
    assert rows(text)[0]["indicator"] == indicator


def test_scaled_money_after_verbs_is_not_named_by_its_unit():
    assert all("đồng" not in r["indicator"] for r in rows("Phấn đấu huy động 1,5 nghìn tỷ đồng."))


# s21t: "…, trong đó N <same count noun> <part>" is a part of the whole before it, named by what follows its unit
@pytest.mark.parametrize("text,expected", [
    ("Tạo việc làm cho 12.000 lao động, trong đó 5.000 lao động trực tiếp.",
     [("Tạo việc làm", None), ("Tạo việc làm", "lao động trực tiếp")]),
    ("Đào tạo nghề cho 3.000 người, trong đó 1.200 người dân tộc thiểu số.",
     [("Đào tạo nghề", None), ("Đào tạo nghề", "người dân tộc thiểu số")]),
    ("Hỗ trợ 500 hộ, trong đó 200 xã đạt chuẩn.", [("Hỗ trợ hộ", None), ("Số xã đạt chuẩn", None)]),
    # s31c: a part counted in the classifier the whole's unit opens with, its group after it ("lượt người" … "lượt trẻ em")
    ("Khám bệnh cho 5.000 lượt người, trong đó ít nhất 1.200 lượt học sinh tiểu học.",
     [("Khám bệnh", None), ("Khám bệnh", "lượt học sinh tiểu học")]),
    # s24c: the whole's name ends in a comma of its own ("tự động, liên tục, trong đó …")
    ("Đầu tư 12 trạm quan trắc tự động, liên tục, trong đó 06 trạm quan trắc không khí.",
     [("Số trạm quan trắc tự động, liên tục", None), ("Số trạm quan trắc tự động, liên tục", "trạm quan trắc không khí")]),
    # s34a: the time that closes the whole's clause before the comma is no part's word
    ("Tạo việc làm cho 12.000 lao động trong năm 2026, trong đó 5.000 lao động trực tiếp.",
     [("Tạo việc làm", None), ("Tạo việc làm", "lao động trực tiếp")]),
    ("Phấn đấu 100% cơ sở nhà, đất dôi dư được phê duyệt phương án xử lý trong năm 2026, trong đó đưa vào sử dụng, bán, chuyển "
     "nhượng ít nhất 120 cơ sở.", [("cơ sở nhà, đất dôi dư được phê duyệt phương án xử lý", None),
                                  ("cơ sở nhà, đất dôi dư được phê duyệt phương án xử lý", "đưa vào sử dụng, bán, chuyển nhượng")]),
])
def test_part_with_the_same_count_noun(text, expected):
    assert [(r["indicator"], r["scope"]) for r in rows(text)] == expected


# s21t: restoring and recognising are outputs ("Phục dựng 04 lễ hội", "Công nhận 05 làng nghề"), and a commitment verb
# with its object before "cho N <noun>" delivers to those counted ("Đầu tư hạ tầng cho 08 làng du lịch")
@pytest.mark.parametrize("text,value,unit", [
    ("Phục dựng 04 lễ hội truyền thống phục vụ khách du lịch.", 4, "lễ hội"),
    ("Tôn tạo 03 di tích lịch sử cấp tỉnh.", 3, "di tích"),
    ("Công nhận 05 làng nghề truyền thống.", 5, "làng nghề"),
    ("Đầu tư hạ tầng cho 08 làng du lịch cộng đồng tiêu biểu.", 8, "làng"),
    # s27d: an object of up to eight words before "cho"; works and facilities put into service (Luật Xây dựng 2014, Điều 124)
    ("Đầu tư xây dựng hệ thống xử lý nước thải tập trung cho 15 làng nghề.", 15, "làng nghề"),
    ("Đưa vào hoạt động 01 trung tâm logistics hạng II tại khu vực cửa khẩu.", 1, "trung tâm"),
    ("Hoàn thành, đưa vào sử dụng 02 trạm y tế xã.", 2, "trạm"),
])
def test_restoring_recognising_and_delivering_to(text, value, unit):
    assert [(r["value"], r["unit"]) for r in rows(text)] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Hiện nay toàn tỉnh có 12 điểm du lịch cộng đồng được công nhận.",
    "Kiểm tra hồ sơ cho 08 làng du lịch.",
    "Kiểm tra hồ sơ thủ tục đất đai của người dân cho 08 làng du lịch.",  # (s27d: a long object changes nothing)
    "Năm 2025 đã đưa vào sử dụng 12 công trình giao thông nông thôn.",  # (s27d: works put into service, a result)
])
def test_counts_without_a_delivering_verb_are_not_targets(text):
    assert rows(text) == []


# s21t: "Tổ chức 02 lớp … cho khoảng 80 hộ dân": the count after "cho" is those the output before it is for
@pytest.mark.parametrize("text,indicator", [
    ("Tổ chức 02 lớp bồi dưỡng kỹ năng làm du lịch cộng đồng mỗi năm cho khoảng 80 hộ dân.",
     "Tổ chức lớp bồi dưỡng kỹ năng làm du lịch cộng đồng mỗi năm cho hộ dân"),
    ("Mở 05 lớp đào tạo nghề cho 150 lao động nông thôn.", "Mở lớp đào tạo nghề cho lao động nông thôn"),
    ("Tổ chức 02 lớp tập huấn; hỗ trợ 80 học viên.", "hỗ trợ học viên"),  # a clause of its own
    # a rate or a measure before "cho" is no output the count is for (s21rev2)
    ("Tỷ lệ hộ sử dụng nước sạch đạt 98% cho 45.000 hộ dân nông thôn.", "Số hộ nông thôn"),
    ("Tỷ lệ thu gom rác thải sinh hoạt đạt 95% cho 3.000 hộ gia đình.", "Số hộ gia đình"),
    # s26c: a comma inside a fixed name ("Luật Phòng, chống …") does not part the count from its output
    ("Tổ chức 04 hội nghị tuyên truyền Luật Phòng, chống bạo lực gia đình cho khoảng 400 lượt người tại các cụm thôn.",
     "Tổ chức hội nghị tuyên truyền Luật Phòng, chống bạo lực gia đình cho lượt người tại các cụm thôn"),
    ("Tổ chức 04 hội nghị tuyên truyền, hỗ trợ 400 lượt người.", "hỗ trợ lượt người"),  # a comma between clauses still parts them
    # s27c: a comma between the topics of the output counted first (no verb of a commitment after it) does not part them;
    # one that a commitment's verb follows does
    ("Tổ chức 06 lớp tập huấn cập nhật chẩn đoán, điều trị lao và lao tiềm ẩn cho 300 cán bộ y tế.",
     "Tổ chức lớp tập huấn cập nhật chẩn đoán cho cán bộ y tế"),
    ("Tổ chức 02 lớp tập huấn, đào tạo nghề cho 80 lao động.", "đào tạo nghề"),
    # s35b: "tập huấn, bồi dưỡng", "đào tạo, bồi dưỡng": one kind of course, the comma inside its name
    ("b) Tổ chức 05 lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho khoảng 600 lượt người có uy tín.",
     "Tổ chức lớp tập huấn, bồi dưỡng kiến thức cho lượt người uy tín"),
    ("- Tổ chức 36 lớp đào tạo, bồi dưỡng cho 1.080 lượt khuyến nông viên.", "Tổ chức lớp đào tạo, bồi dưỡng cho lượt khuyến nông viên"),
    ("- Mở 03 lớp bồi dưỡng, tập huấn nghiệp vụ cho 150 công chức.", "Mở lớp bồi dưỡng, tập huấn nghiệp vụ cho công chức"),
    ("Tổ chức 02 lớp tập huấn, hỗ trợ cho 80 hộ.", "hỗ trợ hộ"),  # another verb after the comma: a commitment of its own
])
def test_count_for_the_output_before(text, indicator):
    assert rows(text)[-1]["indicator"] == indicator


# s21t: a quarter's or a month's year dates its own clause's action, not a value after a semicolon
@pytest.mark.parametrize("text,expected", [
    ("Hoàn thành cổng thông tin trong quý II năm 2027; tham gia ít nhất 03 hội chợ du lịch quốc tế.", [(3, None)]),
    ("Hoàn thành trong tháng 6 năm 2027; tổ chức 03 lớp tập huấn.", [(3, None)]),
    ("Trong quý II năm 2027 hoàn thành 100% hồ sơ.", [(100, 2027)]),
    ("Hoàn thành cổng thông tin trong quý II/2027; tham gia ít nhất 03 hội chợ du lịch quốc tế.", [(3, None)]),  # s26d
    ("Đến năm 2030, tỷ lệ hộ nghèo dưới 2%; tỷ lệ che phủ rừng đạt 50%.", [(2, 2030), (50, 2030)]),
    # s21rev2: a quarter or month that opens its line, or is followed by ":" or ",", labels every item after it
    ("Đến tháng 12 năm 2026: cấp 5.000 giấy chứng nhận quyền sử dụng đất; số hóa 100% hồ sơ địa chính.", [(100, 2026)]),
    ("Trong quý IV năm 2026: tổ chức 10 lớp tập huấn; hỗ trợ 500 hộ.", [(10, 2026), (500, 2026)]),
    ("a) Trong quý III năm 2027, đào tạo 200 học viên; hỗ trợ 50 hộ kinh doanh.", [(200, 2027), (50, 2027)]),
    # s26e: a year of the value's own clause wins over an earlier clause's (here the year of what a meeting analyses)
    ("Tổ chức hội nghị phân tích kết quả PCI năm 2025 trong tháng 5/2026; tổ chức 02 hội nghị đối thoại với doanh nghiệp trong năm 2026.", [(2, 2026)]),
    ("Năm 2027 tỷ lệ che phủ rừng đạt 50%; tỷ lệ che phủ rừng đạt 60% vào năm 2030.", [(50, 2027), (60, 2030)]),
    # s34d: so does a span of years of its own clause (its last year), over a year of the clause before
    ("2. Củng cố y tế cơ sở: hoàn thành việc sắp xếp mạng lưới trạm y tế xã, phường trong năm 2027; xây dựng mới 12 trạm y tế "
     "xã đạt chuẩn trong giai đoạn 2026 - 2028.", [(12, 2028)]),
])
def test_dated_action_year_stays_in_its_clause(text, expected):
    assert [(r["value"], r["year"]) for r in rows(text)] == expected


# s21t: the next count in a list of those an action is for ("cho 850 điều tra viên và 120 tổ trưởng") is cued by the
# words before the first, and named by the same action
@pytest.mark.parametrize("text,expected", [
    ("Tổ chức tập huấn nghiệp vụ cho 850 điều tra viên và 120 tổ trưởng.",
     [(850, "Tổ chức tập huấn nghiệp vụ"), (120, "Tổ chức tập huấn nghiệp vụ cho tổ trưởng")]),
    ("Xây dựng 05 nhà văn hóa và 03 sân thể thao.", [(5, "Xây dựng nhà văn hóa"), (3, "Số sân thể thao")]),
    ("Hiện có 12 điểm du lịch và 3 khu du lịch.", []),
    # the first count's noun may run to several words before "và"
    ("Mỗi xã có ít nhất 01 câu lạc bộ văn nghệ quần chúng và 01 câu lạc bộ thể dục thể thao.",
     [(1, "Số câu lạc bộ văn nghệ quần chúng"), (1, "Số câu lạc bộ thể dục thể thao")]),
    ("Hiện có 12 câu lạc bộ văn nghệ quần chúng và 3 câu lạc bộ thể dục thể thao.", []),
    # s28c: the next of the things one verb counts, after the first's qualifier ("cấp tỉnh"), is named by the verb
    ("- Năm 2026 kiểm tra ít nhất 25 cơ quan, đơn vị cấp tỉnh và 40 xã, phường.",
     [(25, "kiểm tra cơ quan, đơn vị"), (40, "kiểm tra xã, phường")]),
    ("Kiểm tra 25 cơ quan cấp tỉnh và 40 xã.", [(25, "Kiểm tra cơ quan"), (40, "Kiểm tra xã")]),
])
def test_next_count_in_a_list(text, expected):
    assert [(r["value"], r["indicator"]) for r in rows(text)] == expected


# s21t: "đã" right after a value's unit says it has been done: a current figure, unless the sentence pledges it
@pytest.mark.parametrize("text,expected", [
    ("Bao gồm diện tích 113 ha đã cấp phép khai thác.", []),
    ("Trong năm, toàn huyện có 45 xã đã đạt chuẩn nông thôn mới.", []),
    ("Phấn đấu đến năm 2030 có 120 xã đã đạt chuẩn nông thôn mới.", [120]),
    ("Xây dựng 20 km đường giao thông nông thôn.", [20]),
    ("Sửa chữa 15 trường học đã xuống cấp.", [15]),
    ("Duy trì 50 xã đã đạt chuẩn nông thôn mới.", [50]),
    # s21rev2: a heading, a label or a target heading gives the year the figure is for: what will have been done by then
    ("I. MỤC TIÊU\n1. Năm 2026\n- 12 trường đã đạt chuẩn quốc gia.", [12]),
    ("Năm 2027: 12 trường đã đạt chuẩn quốc gia.", [12]),
    ("2. Giai đoạn 2026 - 2030\n- 30 xã đã hoàn thành chuyển đổi số.", [30]),
    ("II. MỤC TIÊU CỤ THỂ\n- Toàn tỉnh có 85 trạm y tế đã đạt chuẩn quốc gia.", [85]),
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n- 45 xã đã đạt chuẩn nông thôn mới.", []),  # a result: a year already past
    ("Kế hoạch thực hiện năm 2026\n1. Năm 2025\n- 45 xã đã đạt chuẩn nông thôn mới.", []),
])
def test_value_already_done(text, expected):
    assert [r["value"] for r in rows(text)] == expected


# s21t: power and energy units of energy-transition plans (SI multiples of W and Wh; Wp, the peak power of solar systems)
@pytest.mark.parametrize("text,value,unit,value_base", [
    ("Tổng công suất nguồn điện đạt 2,5 GW vào năm 2030.", 2.5, "GW", 2500),
    ("Sản lượng điện tái tạo đạt 1.200 GWh.", 1200, "GWh", 1.2e9),
    ("Công suất điện mặt trời mái nhà tăng thêm tối thiểu 200 MWp so với năm 2025.", 200, "MWp", None),
    ("Lắp đặt hệ thống điện mặt trời 50 kWp tại trụ sở các cơ quan.", 50, "kWp", 0.05),
    # s32b: the farm power per hectare of a mechanisation plan (Quyết định 858/QĐ-TTg 2022)
    ("Mức trang bị động lực bình quân đạt 4,5 HP/ha canh tác.", 4.5, "HP/ha", None),
])
def test_power_and_energy_units(text, value, unit, value_base):
    (t,) = extract_targets(text)
    assert (t.value, t.unit, t.value_base) == (value, unit, pytest.approx(value_base) if value_base else None)


# s21t: a phase goes on a series like a year ("…; giai đoạn 2029 - 2030: đạt 2,2 triệu lượt"), and a later phase that
# opens a value of its own is not the year of the value before it; a phase in a series keeps its period (s21rev2 e)
@pytest.mark.parametrize("text,expected", [
    ("- Giai đoạn 2026 - 2028: tổng lượt khách đạt 1,5 triệu lượt; giai đoạn 2029 - 2030: đạt 2,2 triệu lượt.",
     [(1.5, 2028, "2026-2028"), (2.2, 2030, "2029-2030")]),
    ("- Tỷ lệ đô thị hóa giai đoạn 2026 - 2028 đạt 35%, giai đoạn 2029 - 2030 đạt 40%.",
     [(35, 2028, "2026-2028"), (40, 2030, "2029-2030")]),
    ("- Tốc độ tăng trưởng GRDP bình quân đạt 8%/năm; giai đoạn 2026 - 2028 đạt 7,5%.",
     [(8, 2030, "2026-2030"), (7.5, 2028, "2026-2028")]),
    ("- Tổng thu từ khách du lịch tăng bình quân 12 - 15%/năm giai đoạn 2026 - 2028.", [(12, 2028, "2026-2028")]),
    ("Tăng trưởng GRDP đạt 8%/năm; giai đoạn 2026 - 2028 đạt 7,5%.", [(8, 2030, "2026-2030"), (7.5, 2028, "2026-2028")]),
    ("- Tỷ lệ hộ nghèo năm 2026 giảm còn 3%; thời kỳ 2027 - 2030 giảm còn dưới 1,5%.",
     [(3, 2026, None), (1.5, 2030, "2027-2030")]),
])
def test_phase_series(text, expected):
    doc = "ĐỀ ÁN\nPhát triển du lịch giai đoạn 2026 - 2030, tầm nhìn đến năm 2045\nII. MỤC TIÊU\n2. Mục tiêu cụ thể\n"
    assert [(t.value, t.year, t.period) for t in extract_targets(doc + text + "\n")] == expected


# s21t: the average length of stay (a tourism statistics indicator) is a duration the plan commits to; a stay limit is not
@pytest.mark.parametrize("text,expected", [
    ("Thời gian lưu trú bình quân của khách đạt 2,5 ngày.", [(2.5, "ngày")]),
    ("Số ngày lưu trú bình quân của khách quốc tế tăng lên 3,2 ngày.", [(3.2, "ngày")]),
    ("Thời gian lưu trú tối đa 30 ngày đối với người nước ngoài.", []),
])
def test_length_of_stay(text, expected):
    assert [(r["value"], r["unit"]) for r in rows(text)] == expected


# s25c: the steps a province climbs in a ranking are a target; a grade is not
@pytest.mark.parametrize("text,expected", [
    ("- Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) tăng ít nhất 3 bậc so với năm 2025.", [(3, "bậc", "ge")]),
    ("- Xếp hạng PCI tăng 3 hạng so với năm 2025.", [(3, "hạng", "eq")]),
    ("- Công nhân đạt bậc 3.", []),
    ("- Bệnh viện đạt 3 bậc chất lượng.", []),
    ("- Nâng bậc thợ cho 200 lao động lên bậc 3/7.", [(200, "lao động", "eq")]),
])
def test_steps_climbed_in_a_ranking(text, expected):
    assert [(r["value"], r["unit"], r["comparator"]) for r in rows(text)] == expected


# s25c: the time a procedure takes held under a bound (one-stop processing times, NĐ 61/2018/NĐ-CP; the business-environment
# indicators of NQ 02/NQ-CP) is a target; how long an action may take is not
@pytest.mark.parametrize("text,expected", [
    ("- Thời gian cấp Giấy chứng nhận đăng ký doanh nghiệp không quá 02 ngày làm việc.", [(2, "ngày làm việc", "le")]),
    ("- Thời gian thông quan hàng hóa tối đa 24 giờ.", [(24, "giờ", "le")]),
    # w21c: the treasury's time to control and pay a claim for public investment capital (NĐ 99/2021/NĐ-CP); not how long it
    # pays in ("thanh toán trong thời hạn")
    ("- Thời gian kiểm soát, thanh toán vốn đầu tư công tại Kho bạc Nhà nước không quá 02 ngày làm việc.", [(2, "ngày làm việc", "le")]),
    ("- Kho bạc Nhà nước kiểm soát, thanh toán trong thời hạn không quá 04 ngày làm việc.", []),
    # (r21: and its control of spending, "kiểm soát chi", the pattern's other branch)
    ("- Thời gian kiểm soát chi thường xuyên tại Kho bạc Nhà nước không quá 02 ngày làm việc.", [(2, "ngày làm việc", "le")]),
    ("- Thời gian giải quyết thủ tục hành chính còn không quá 03 ngày làm việc.", [(3, "ngày làm việc", "le")]),
    ("- Thời gian tiếp cận điện năng dưới 20 ngày.", [(20, "ngày", "lt")]),
    # s26e: a patient's waiting time (QĐ 1313/QĐ-BYT 2013), the results a service hands out are no reported result
    ("- Thời gian chờ nhận kết quả xét nghiệm không quá 90 phút.", [(90, "phút", "le")]),
    ("- Thời gian chờ khám bệnh không quá 2 giờ.", [(2, "giờ", "le")]),
    ("- Tỷ lệ hồ sơ được trả kết quả đúng hạn đạt 98%.", [(98, "%", "eq")]),
    ("- Kết quả năm 2025 đạt 98%.", []),
    ("- Người bệnh chờ khám trong thời gian 30 phút.", []),
    ("- Giải quyết hồ sơ trong thời hạn không quá 05 ngày làm việc.", []),
    ("- Thời gian thực hiện không quá 03 tháng.", []),
    ("- Thời gian đào tạo tối thiểu 03 tháng.", []),
    ("- Thời gian xử lý sự cố trong 24 giờ.", []),
    # s28e: the time response forces take to reach the scene, under a bound (fire and rescue, incident response)
    ("- Thời gian lực lượng Cảnh sát PCCC và CNCH có mặt tại hiện trường ở khu vực đô thị không quá 10 phút.", [(10, "phút", "le")]),
    ("- Lực lượng cơ động của tỉnh có mặt trên đất liền không quá 02 giờ, trên biển không quá 06 giờ.",
     [(2, "giờ", "le"), (6, "giờ", "le")]),
    ("- Lực lượng xung kích có mặt để trực 24 giờ.", []),
    ("- Lực lượng ứng phó xử lý sạt lở trong 24 giờ sau khi mưa lũ kết thúc.", []),
    # s29e: the times to fix a flaw or respond to a network incident (QĐ 05/2017/QĐ-TTg, TT 20/2017/TT-BTTTT), and the event
    # a time counts from after it ("kể từ khi …"), which names nothing
    ("- Thời gian khắc phục lỗ hổng bảo mật mức nghiêm trọng không quá 07 ngày kể từ khi được cảnh báo.", [(7, "ngày", "le")]),
    ("- Thời gian phản hồi sự cố an toàn thông tin mạng tối đa 02 giờ.", [(2, "giờ", "le")]),
    # s32b: the time to select an investor or a contractor held under a bound (Luật Đấu thầu 2023); how long a course takes stays out
    ("- Thời gian lựa chọn chủ đầu tư mỗi dự án không quá 06 tháng kể từ khi kế hoạch được phê duyệt.", [(6, "tháng", "le")]),
    ("- Thời gian lựa chọn nhà thầu các gói thầu xây lắp không quá 90 ngày.", [(90, "ngày", "le")]),
    ("- Thời gian đào tạo tối thiểu 03 tháng.", []),
    ("- Khắc phục lỗ hổng bảo mật trong thời gian không quá 07 ngày kể từ khi phát hiện.", []),
    ("- Thời gian khắc phục hậu quả thiên tai kéo dài 03 tháng.", []),
    # s31d: the headway of a bus service under a bound (Nghị định 158/2024/NĐ-CP, xe buýt: thời gian giãn cách chuyến)
    ("- Thời gian giãn cách chuyến trên các tuyến nội thị vào giờ cao điểm không quá 15 phút.", [(15, "phút", "le")]),
    ("- Thời gian giãn cách giữa các chuyến tối đa 20 phút.", [(20, "phút", "le")]),
    ("- Xe buýt chạy với thời gian giãn cách 15 phút.", []),
    # s33d: the grid's average outage time per customer under a bound (Thông tư 39/2015/TT-BCT: SAIDI), per year
    ("- Thời gian mất điện bình quân của một khách hàng khu vực nông thôn (SAIDI) không quá 600 phút/năm.", [(600, "phút/năm", "le")]),
    ("- Thông báo trước thời gian mất điện ít nhất 05 ngày.", []),
])
def test_processing_time_under_a_bound(text, expected):
    assert [(r["value"], r["unit"], r["comparator"]) for r in rows(text)] == expected


# s29e: what follows a duration's value from "kể từ" is the event it counts from, not the indicator's name
@pytest.mark.parametrize("text,indicator", [
    ("- Thời gian giải quyết hồ sơ không quá 05 ngày làm việc kể từ khi nhận đủ hồ sơ.", "Thời gian giải quyết hồ sơ"),
    ("- Thời gian khắc phục lỗ hổng bảo mật mức nghiêm trọng không quá 07 ngày kể từ khi được cảnh báo.",
     "Thời gian khắc phục lỗ hổng bảo mật mức nghiêm trọng"),
])
def test_the_event_a_time_counts_from_names_nothing(text, indicator):
    assert [r["indicator"] for r in rows(text)] == [indicator]


# s21t: the level an indicator reaches after its rate ("… tăng bình quân 15%/năm, đến năm 2030 đạt 25.000 tỷ đồng")
@pytest.mark.parametrize("text,expected", [
    ("Doanh thu logistics tăng bình quân 15%/năm, năm 2030 đạt 25.000 tỷ đồng.",
     [(15, None, "Doanh thu logistics"), (25000, 2030, "Doanh thu logistics")]),
    ("Kim ngạch xuất khẩu tăng bình quân 10%/năm; đến năm 2030 đạt 2 tỷ USD.",
     [(10, None, "Kim ngạch xuất khẩu"), (2, 2030, "Kim ngạch xuất khẩu")]),
    ("Tỷ lệ che phủ rừng đạt 42%, đến năm 2030 đạt 45%.", [(42, None, "Tỷ lệ che phủ rừng"), (45, 2030, "Tỷ lệ che phủ rừng")]),
    # s31c: the pledge opening the later year's clause ("…; phấn đấu đến năm 2030 đạt ít nhất 80%")
    ("- Tỷ lệ hỏa táng trên địa bàn phường đạt trên 60%; phấn đấu đến năm 2030 đạt ít nhất 80%.",
     [(60, None, "Tỷ lệ hỏa táng trên địa bàn phường"), (80, 2030, "Tỷ lệ hỏa táng trên địa bàn phường")]),
    ("Tỷ lệ che phủ rừng năm 2026 đạt 42%, phấn đấu năm 2027 đạt 43%.", [(42, 2026, "Tỷ lệ che phủ rừng"), (43, 2027, "Tỷ lệ che phủ rừng")]),
    # s34b: the route of the target before, opened by a label that says so ("Lộ trình:", "Lộ trình thực hiện:", "Cụ thể:",
    # "Phân kỳ:"), after a full stop or a semicolon: each year's step of that target, not a target named "Lộ trình"
    ("Tỷ lệ lấp đầy các khu công nghiệp đến năm 2030 đạt từ 75% trở lên. Lộ trình: năm 2026 đạt 62%, năm 2028 đạt 70%.",
     [(75, 2030, "Tỷ lệ lấp đầy các khu công nghiệp"), (62, 2026, "Tỷ lệ lấp đầy các khu công nghiệp"),
      (70, 2028, "Tỷ lệ lấp đầy các khu công nghiệp")]),
    ("Tỷ lệ che phủ rừng đạt 45%; cụ thể: năm 2026 đạt 42%, năm 2027 đạt 43%.",
     [(45, None, "Tỷ lệ che phủ rừng"), (42, 2026, "Tỷ lệ che phủ rừng"), (43, 2027, "Tỷ lệ che phủ rừng")]),
    # negative: a route of another unit is no step of it
    ("Tỷ lệ che phủ rừng đạt 45%. Lộ trình: năm 2026 trồng mới 300 ha rừng.", [(45, None, "Tỷ lệ che phủ rừng"), (300, 2026, "trồng mới rừng")]),
    ("Tỷ lệ che phủ rừng đạt 42%, phấn đấu trồng mới 300 ha rừng.", [(42, None, "Tỷ lệ che phủ rừng"), (300, None, "trồng mới rừng")]),
    ("Diện tích sản xuất theo tiêu chuẩn VietGAP đạt khoảng 5.000 ha, tăng 1,5 lần so với năm 2025.",
     [(5000, None, "Diện tích sản xuất theo tiêu chuẩn VietGAP"), (1.5, None, "Diện tích sản xuất theo tiêu chuẩn VietGAP")]),
    ("Có thêm một đến hai sản phẩm OCOP.", [(1, None, "Số sản phẩm OCOP")]),
    # s22f: a schedule's next step, due by a date after it ("…, tối thiểu 65% đến ngày 30/9/2027"): the same indicator
    ("Tỷ lệ giải ngân kế hoạch vốn đạt tối thiểu 40% đến ngày 30/6/2027, tối thiểu 65% đến ngày 30/9/2027.",
     [(40, 2027, "Tỷ lệ giải ngân kế hoạch vốn"), (65, 2027, "Tỷ lệ giải ngân kế hoạch vốn")]),  # s22l: the year of its date
    ("Tỷ lệ hồ sơ được số hóa đạt 40% trước ngày 30 tháng 6 năm 2027; 70% chậm nhất ngày 31/12/2027.",
     [(40, 2027, "Tỷ lệ hồ sơ được số hóa"), (70, 2027, "Tỷ lệ hồ sơ được số hóa")]),
    # s22fc: the steps joined by "và", and a step scoped by "đối với …"
    ("- Tỷ lệ giải ngân vốn đầu tư công đạt tối thiểu 40% đến ngày 30/6/2027; 70% chậm nhất ngày 30/9/2027 và 100% trước ngày "
     "31/01/2028.", [(40, 2027, "Tỷ lệ giải ngân vốn đầu tư công"), (70, 2027, "Tỷ lệ giải ngân vốn đầu tư công"),
                     (100, 2028, "Tỷ lệ giải ngân vốn đầu tư công")]),  # s22l: due in 2028, the year it must be reached
    ("- Tỷ lệ hộ dân sử dụng nước sạch đạt 85%; 90% trước ngày 31/12/2027 đối với khu vực đô thị.",
     [(85, 2027, "Tỷ lệ hộ dân sử dụng nước sạch"), (90, 2027, "Tỷ lệ hộ dân sử dụng nước sạch")]),
    # s22l: a step whose date is followed by "và" and the next step's verb ("… trên 95% đến ngày 31/12/2027 và giải ngân …")
    ("Tỷ lệ giải ngân đạt tối thiểu 65% đến ngày 30/9/2027, trên 95% đến ngày 31/12/2027 và giải ngân 100% kế hoạch vốn "
     "trước ngày 31/01/2028.", [(65, 2027, "Tỷ lệ giải ngân"), (95, 2027, "Tỷ lệ giải ngân"), (100, 2028, "kế hoạch vốn")]),
])
def test_level_after_rate(text, expected):
    assert [(r["value"], r["year"], r["indicator"]) for r in rows(text)] == expected


# s21t: compound count nouns from law (hộ kinh doanh, tiến bộ kỹ thuật), and "cấp … cho N <noun>" (granting to those)
@pytest.mark.parametrize("text,expected", [
    ("Hỗ trợ ít nhất 30 hộ kinh doanh đưa sản phẩm lên sàn thương mại điện tử.", [(30, "hộ kinh doanh")]),
    ("Chuyển giao ít nhất 30 tiến bộ kỹ thuật mới vào sản xuất.", [(30, "tiến bộ kỹ thuật")]),
    ("Xây dựng ít nhất 20 vùng nguyên liệu đạt chuẩn, cấp mã số vùng trồng cho 150 vùng.", [(20, "vùng"), (150, "vùng")]),
    ("Rà soát hồ sơ cho 150 vùng trồng.", []),
])
def test_compound_count_nouns_and_granting(text, expected):
    assert [(r["value"], r["unit"]) for r in rows(text)] == expected


@pytest.mark.parametrize("text", [
    "+ 01 vị trí tại khu vực cấp chung cho 03 vùng nuôi tôm Quảng Chính, Quảng Trung.",  # supplying water, not granting
    "Khu vực cấp chung cho 02 vùng nuôi ven biển.",
])
def test_supplying_is_not_granting(text):
    assert rows(text) == []


# A share whose whole is named after the value keeps the verb phrase before it: the share is of what is done ("Rà soát cắt
# giảm ít nhất 30% thủ tục hành chính không phù hợp" measures the procedures cut, not the procedures); not a goal's frame
# or an order to others, not an allocation named by its purpose, nor a whole that says its own predicate.
@pytest.mark.parametrize("text,indicator", [
    ("Rà soát cắt giảm ít nhất 30% thủ tục hành chính không phù hợp; số hóa 100% dịch vụ công.",
     "Rà soát cắt giảm thủ tục hành chính không phù hợp"),
    ("- Hằng năm, kiểm tra ít nhất 20% cơ sở sản xuất kinh doanh thực phẩm trên địa bàn.",
     "kiểm tra cơ sở sản xuất kinh doanh thực phẩm trên địa bàn"),
    ("- Bảo đảm cơ sở vật chất và duy trì điều trị cho 100% người nghiện các chất dạng thuốc phiện.",
     "duy trì điều trị cho người nghiện các chất dạng thuốc phiện"),
    ("- Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp bảo vệ môi trường.", "ngân sách tỉnh cho sự nghiệp bảo vệ môi trường"),
    ("- Phấn đấu 100% thủ tục hành chính được thực hiện trực tuyến toàn trình.",
     "thủ tục hành chính được thực hiện trực tuyến toàn trình"),
    ("- Yêu cầu 100% các dự án khai thác khoáng sản thực hiện ký quỹ cải tạo môi trường.",
     "các dự án khai thác khoáng sản thực hiện ký quỹ cải tạo môi trường"),
    # s35e: what is done for the share, longer than six words when it opens with its verb (as `_done_for` reads a count's)
    ("Giai đoạn 2028 - 2030: bổ sung trang thiết bị thiết yếu cho 100% trạm y tế theo danh mục của Bộ Y tế.",
     "bổ sung trang thiết bị thiết yếu cho trạm y tế theo danh mục của Bộ Y tế"),
    ("- Tổ chức tập huấn kỹ năng sử dụng phần mềm quản lý cho 100% cán bộ.",
     "Tổ chức tập huấn kỹ năng sử dụng phần mềm quản lý cho cán bộ"),
    # (not a body that does it: "Các cơ sở giáo dục … tổ chức dạy bơi" opens with no verb)
    ("- Các cơ sở giáo dục trên địa bàn xã tổ chức dạy bơi an toàn cho 100% học sinh.", "học sinh"),
])
def test_a_share_keeps_the_action_before_it(text, indicator):
    assert rows(text)[0]["indicator"] == indicator


# s36i: the verb right before a share acts on the whole after it, whose own predicate is then a relative clause of it ("có
# khả năng thu", "được giao", "đã được xác định"): the name keeps the verb, as the plans' gold does; not after a causative
# or directive verb (the whole does what follows), a label before a colon, a clause ended by a comma, or a body's role.
@pytest.mark.parametrize("text,indicator", [
    ("- Xử lý nợ đọng thuế, thu hồi tối thiểu 70% số nợ thuế có khả năng thu.", "thu hồi số nợ thuế có khả năng thu"),
    ("- Tuyển đủ ít nhất 95% số chỉ tiêu được giao.", "Tuyển đủ số chỉ tiêu được giao"),
    ("- Giải quyết 100% hồ sơ đề nghị xác nhận, công nhận người có công đúng thời hạn.",
     "Giải quyết hồ sơ đề nghị xác nhận, công nhận người có công đúng thời hạn"),
    ("- Xử lý dứt điểm 100% điểm đen, điểm tiềm ẩn tai nạn giao thông đã được xác định.",
     "Xử lý dứt điểm điểm đen, điểm tiềm ẩn tai nạn giao thông đã được xác định"),
    ("c) Thăm hỏi, tặng quà nhân dịp Tết Nguyên đán cho 100% người có uy tín.",
     "Thăm hỏi, tặng quà nhân dịp Tết Nguyên đán cho người có uy tín"),  # (t20: with the verb listed before it)
    ("- Chỉ đạo 100% cơ sở giáo dục không để học sinh sử dụng thuốc lá điện tử.",
     "cơ sở giáo dục không để học sinh sử dụng thuốc lá điện tử"),
    ("- Hướng dẫn 100% doanh nghiệp có website thương mại điện tử thực hiện thông báo theo quy định.",
     "doanh nghiệp có website thương mại điện tử thực hiện thông báo theo quy định"),
    ("4. Đánh giá: 100% cán bộ trong quy hoạch được đánh giá, xếp loại chất lượng hằng năm.",
     "cán bộ trong quy hoạch được đánh giá, xếp loại chất lượng hằng năm"),
    ("Sở Khoa học và Công nghệ chủ trì bảo đảm 100% văn bản được ký số và gửi, nhận trên môi trường điện tử.",
     "văn bản được ký số và gửi, nhận trên môi trường điện tử"),
])
def test_a_share_keeps_the_verb_that_acts_on_its_whole(text, indicator):
    assert rows(text)[0]["indicator"] == indicator


# t20: a share's name cut at a "và" or a comma keeps the whole verb phrase or none of it: after the join, words that say only
# how or when the action is done ("vượt mức và về trước hạn", "đúng hạn và trước hạn") are no action of their own (P.MANNER_ONLY);
# not a second verb after the join ("Tuyên truyền và vận động …": the last verb, as before) nor a phrase that opens with no verb.
@pytest.mark.parametrize("text,indicator", [
    ("2. Thi đua hoàn thành vượt mức và về trước hạn 100% các nhiệm vụ, chỉ tiêu, kế hoạch được các cấp giao",
     "Thi đua hoàn thành vượt mức và về trước hạn các nhiệm vụ, chỉ tiêu, kế hoạch được các cấp giao"),
    ("- Giải quyết đúng hạn và trước hạn 100% hồ sơ thủ tục hành chính.", "Giải quyết đúng hạn và trước hạn hồ sơ thủ tục hành chính"),
    ("- Hoàn thành trước hạn 100% các nhiệm vụ được giao.", "Hoàn thành trước hạn các nhiệm vụ được giao"),
    # near misses: a verb of its own after the join; no verb before it (the manner words name nothing: none of the phrase)
    ("- Tuyên truyền và vận động 100% hộ gia đình ký cam kết.", "vận động hộ gia đình ký cam kết"),
    ("- Các xã đúng hạn và trước hạn 100% hồ sơ thủ tục hành chính.", "hồ sơ thủ tục hành chính"),
])
def test_a_share_keeps_its_whole_verb_phrase_or_none(text, indicator):
    assert rows(text)[0]["indicator"] == indicator


# t20: verbs listed with commas before a share's action share its object, as a count's do (s36i): the name keeps the list
# ("Thăm hỏi, động viên 100% …", "Phát hiện, lập hồ sơ quản lý ít nhất 95% số …", whose verbs the tagger does not all read
# as verbs: the list's shape says it, items of two syllables at most); a verb and its object before a share of a base
# ("trên 85% tổng số nợ …") are read as long as an action for someone is; "tăng cường" strengthens an activity, no rise.
# Not a time, a place or a longer noun phrase before the comma.
@pytest.mark.parametrize("text,indicator,direction", [
    ("- Thăm hỏi, động viên 100% người lao động bị tai nạn lao động nặng.",
     "Thăm hỏi, động viên người lao động bị tai nạn lao động nặng", None),
    ("- Phát hiện, lập hồ sơ quản lý ít nhất 95% số người mắc bệnh tâm thần phân liệt, động kinh trên địa bàn.",
     "Phát hiện, lập hồ sơ quản lý số người mắc bệnh tâm thần phân liệt, động kinh trên địa bàn", None),
    ("- Tuyên truyền, phổ biến cho 100% người dân về pháp luật.", "Tuyên truyền, phổ biến cho người dân về pháp luật", None),
    ("c) Hải quan tỉnh chủ trì chống buôn lậu; tăng cường kiểm tra sau thông quan, phấn đấu thu hồi nợ thuế xuất nhập khẩu trên "
     "85% tổng số nợ có khả năng thu.", "thu hồi nợ thuế xuất nhập khẩu tổng số nợ có khả năng thu", None),
    # near misses
    ("- Hằng năm, kiểm tra ít nhất 20% cơ sở sản xuất kinh doanh thực phẩm trên địa bàn.",
     "kiểm tra cơ sở sản xuất kinh doanh thực phẩm trên địa bàn", None),
    ("- Hoàn thành phê duyệt phương án bồi thường, hỗ trợ, tái định cư cho 100% số hộ bị ảnh hưởng.",
     "tái định cư cho số hộ bị ảnh hưởng", None),
    ("- Trẻ em, học sinh được tiêm chủng 100%.", "Trẻ em, học sinh được tiêm chủng", None),
    ("- Giải tỏa, xử lý dứt điểm 100% trường hợp lấn chiếm đất di tích đã được phát hiện.",
     "Giải tỏa, xử lý dứt điểm trường hợp lấn chiếm đất di tích đã được phát hiện", None),
    ("- Tỷ lệ hộ nghèo giảm 1,5%.", "Tỷ lệ hộ nghèo", "decrease"),
])
def test_verbs_listed_before_a_share(text, indicator, direction):
    row = rows(text)[0]
    assert (row["indicator"], row["direction"]) == (indicator, direction)


def test_nouns_listed_before_a_share_are_no_verbs():
    """The places a share is of, listed with commas ("50% số sở, ban, ngành tỉnh và 20% số xã, phường …"): nouns, the quote
    starts where the value's own words do."""
    text = "2. Tỷ lệ cơ quan được kiểm tra đạt ít nhất 50% số sở, ban, ngành tỉnh và 20% số xã, phường trên địa bàn tỉnh."
    second = extract_targets(text)[1]
    assert second.value == 20 and not second.text.startswith("ban")


# s36i: verbs listed with commas before the action a count is for share its object: the name keeps them all ("Đào tạo, nâng
# cao kỹ năng cho …", as the gold names it), and "nâng cao kỹ năng / năng lực" improves a quality of those counted, no rise.
@pytest.mark.parametrize("text,indicator,direction", [
    ("- Đào tạo, nâng cao kỹ năng cho 6.000 lao động kỹ thuật.", "Đào tạo, nâng cao kỹ năng cho lao động kỹ thuật", None),
    ("- Đào tạo nghề cho 2.000 lao động nông thôn.", "Đào tạo nghề cho lao động nông thôn", None),
])
def test_verbs_listed_before_the_action_a_count_is_for(text, indicator, direction):
    row = one(text)
    assert (row["indicator"], row["direction"]) == (indicator, direction)


# s36i: a part's values for the years after it ("… trong đó các xã vùng đồng bào dân tộc thiểu số … đạt tối thiểu 70%; phấn
# đấu năm 2026 đạt 71%, năm 2027 đạt 74%") are read as the part is: the part rule gives the part's row no whole's id, nor its
# yearly rows for the same part; a series of the whole keeps its id.
def test_a_parts_yearly_values_read_as_the_part():
    text = ("3. Chỉ tiêu cụ thể đến năm 2030\n- Tỷ lệ trường mầm non, phổ thông đạt chuẩn quốc gia đạt ít nhất 80%, trong đó các xã "
            "vùng đồng bào dân tộc thiểu số và miền núi đạt tối thiểu 70%; phấn đấu năm 2026 đạt 71%, năm 2027 đạt 74%.\n")
    found = [(t.value, t.scope is not None, t.indicator_id) for t in extract_targets(text)]
    assert found == [(80, False, "schools_national_standard_share"), (70, True, None), (71, True, None), (74, True, None)]
    series = [t.indicator_id for t in extract_targets("Tỷ lệ che phủ rừng năm 2026 đạt 42%, năm 2027 đạt 43%.")]
    assert len(series) == 2 and series[0] is not None and series[1] == series[0]


@pytest.mark.parametrize("text,indicator", [
    ("Các Sở Ban Ngành có 100% hồ sơ trực tuyến.", "hồ sơ trực tuyến"),
    ("Các trường học có ít nhất 50% phòng học thông minh.", "phòng học thông minh"),
])
def test_who_has_the_share_is_not_its_action(text, indicator):
    assert rows(text)[0]["indicator"] == indicator


# The parts after a breakdown's first, separated by ";" or ",", keep the whole's indicator and name themselves in scope
# (spec: a breakdown); a part with a measure of its own ("tỷ lệ thất nghiệp") keeps its name, as does a value after the
# sentence ends.
@pytest.mark.parametrize("text,expected", [
    ("- Giá trị sản xuất nông, lâm, thủy sản tăng 4 - 5 %/năm (trong đó giá trị sản xuất nông nghiệp tăng 3 - 3,5%/năm; "
     "thủy sản tăng 6 - 6,5%/năm).", ("Giá trị sản xuất nông, lâm, thủy sản", "thủy sản")),
    ("- Tổng vốn đầu tư toàn xã hội đạt 12.000 tỷ đồng, trong đó vốn ngân sách nhà nước 3.000 tỷ đồng; vốn doanh nghiệp "
     "7.000 tỷ đồng.", ("Tổng vốn đầu tư toàn xã hội", "vốn doanh nghiệp")),
    ("- Tổng thu ngân sách đạt 1.500 tỷ đồng, trong đó thu nội địa 1.200 tỷ đồng; thu xuất nhập khẩu 300 tỷ đồng.",
     ("Tổng thu ngân sách", "thu xuất nhập khẩu")),
    ("- Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp chứng chỉ đạt 35%; tỷ lệ thất nghiệp dưới 3%.",
     ("tỷ lệ thất nghiệp", None)),
    ("- Tổng vốn đầu tư đạt 12.000 tỷ đồng, trong đó vốn ngân sách 3.000 tỷ đồng. Doanh thu du lịch 500 tỷ đồng.",
     ("Doanh thu du lịch", None)),
    # a parallel indicator after the parts: neither the whole's word nor the part before's head (s21rev2)
    ("Kim ngạch xuất khẩu đạt 500 triệu USD, trong đó hàng nông sản 200 triệu USD; nhập khẩu 300 triệu USD.",
     ("nhập khẩu", None)),
    ("- Giá trị xuất khẩu đạt 800 triệu USD, trong đó thủy sản 300 triệu USD; nhập khẩu 500 triệu USD.",
     ("nhập khẩu", None)),
    # ... while a part that shares no word with the whole's name stays a part
    ("Kim ngạch xuất khẩu đạt 500 triệu USD, trong đó hàng nông sản 200 triệu USD; thủy sản 100 triệu USD.",
     ("Kim ngạch xuất khẩu", "thủy sản")),
    # a count's parts named after their values by the same count noun (s22g)
    ("Tiến hành 15 cuộc thanh tra hành chính, trong đó: 11 cuộc thanh tra trách nhiệm thực hiện pháp luật; 04 cuộc thanh "
     "tra chuyên đề.", ("Số cuộc thanh tra hành chính", "cuộc thanh tra chuyên đề")),
    # ... not a count of another noun after them
    ("Đào tạo 500 học viên, trong đó 300 học viên nữ; 20 lớp tập huấn cho cán bộ.", ("Số lớp tập huấn cho cán bộ", None)),
    # s23a: a list opened by a colon ("trong đó:") holds parts only, however long their names or shared their words; a part
    # counted in people may be written in "người" under a whole in "lao động"
    ("Giải quyết việc làm mới cho 16.000 lao động trở lên, trong đó: việc làm trong tỉnh 11.200 lao động; đi làm việc tại "
     "các tỉnh, thành phố khác 3.000 lao động.", ("Giải quyết việc làm mới", "đi làm việc tại các tỉnh, thành phố khác")),
    ("Giải quyết việc làm mới cho 16.000 lao động, trong đó: việc làm trong tỉnh 11.200 lao động; đưa đi làm việc ở nước "
     "ngoài theo hợp đồng 1.800 người.", ("Giải quyết việc làm mới", "đưa đi làm việc ở nước ngoài theo hợp đồng")),
    ("Tuyển sinh, đào tạo nghề cho 21.000 người, trong đó: trình độ cao đẳng 2.100 người; trình độ sơ cấp và đào tạo "
     "thường xuyên dưới 3 tháng 15.500 người.", ("Tuyển sinh, đào tạo nghề", "trình độ sơ cấp và đào tạo thường xuyên dưới 3 tháng")),
    # ... but without the colon a longer clause of its own is no part
    ("Giải quyết việc làm mới cho 16.000 lao động, trong đó việc làm trong tỉnh 11.200 lao động; đi làm việc tại các "
     "tỉnh, thành phố khác 3.000 lao động.", ("đi làm việc tại các tỉnh, thành phố khác", None)),
    # s28e: a time under a bound for one place, then for the next place under its own bound; not a count after a place
    ("Lực lượng cơ động có mặt trên đất liền không quá 02 giờ, trên biển không quá 06 giờ kể từ khi nhận được thông báo.",
     ("Lực lượng cơ động có mặt trên đất liền", "trên biển")),
    ("Xây dựng 25 km đường giao thông, tại vùng cao không quá 10 km.", ("tại vùng cao", None)),
])
def test_later_parts_of_a_breakdown_keep_the_whole(text, expected):
    last = rows(text)[-1]
    assert (last["indicator"], last["scope"]) == expected


# A list's next measure that repeats the head ("tỷ lệ") but leaves out the subject it shares with the one before it takes
# that subject: the verb after its head stands in the name before after the subject's words; a next measure with a
# subject of its own (its head's words, or a noun after the head) keeps its name.
@pytest.mark.parametrize("text,indicator", [
    ("Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt trên 90% vào năm 2025; tỷ lệ "
     "hoàn thành cấp trung học cơ sở đạt 85% vào năm 2025.",
     "tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành cấp trung học cơ sở"),
    ("- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%, tỷ lệ tham gia bảo hiểm xã hội đạt 45%.",
     "tỷ lệ dân số tham gia bảo hiểm xã hội"),
    ("- Tỷ lệ tăng dân số tự nhiên 1%; tỷ lệ dân số đô thị 40%.", "tỷ lệ dân số đô thị"),
    ("- Tỷ lệ hộ nghèo giảm còn 2%; tỷ lệ hộ cận nghèo còn 3%.", "tỷ lệ hộ cận nghèo"),
    ("- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%. Tỷ lệ tham gia bảo hiểm xã hội đạt 45%.", "Tỷ lệ tham gia bảo hiểm xã hội"),
    # a next measure that names whose it is has its own subject (s21rev2)
    ("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%; tỷ lệ tham gia bảo hiểm thất nghiệp của lực lượng lao động 35%.",
     "tỷ lệ tham gia bảo hiểm thất nghiệp của lực lượng lao động"),
    ("- Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98%, tỷ lệ được khám sức khỏe định kỳ trong độ tuổi mầm non đạt 90%.",
     "tỷ lệ được khám sức khỏe định kỳ trong độ tuổi mầm non"),
])
def test_a_lists_next_measure_takes_the_shared_subject(text, indicator):
    assert rows(text)[-1]["indicator"] == indicator


# A body that opens a name before its verb is who acts, not what is counted; the document it drafts ("xây dựng Kế hoạch
# …") frames the content the value counts. A station or school that opens a name is what is counted, and a body before
# a state ("… đạt …") stays.
@pytest.mark.parametrize("text,indicator", [
    ("- UBND Thành phố xây dựng Kế hoạch hỗ trợ hộ nghèo xây dựng, sửa chữa 2.305 nhà.", "hỗ trợ hộ nghèo xây dựng, sửa chữa"),
    ("- Sở Y tế tổ chức tập huấn cho 500 cán bộ y tế cơ sở.", "tổ chức tập huấn cho cán bộ y tế cơ sở"),
    ("- Trạm Y tế xã đạt chuẩn quốc gia 100%.", "Trạm Y tế xã đạt chuẩn quốc gia"),
    ("- Sở Y tế chủ trì, phấn đấu tỷ lệ tiêm chủng đạt 95%.", "tỷ lệ tiêm chủng"),
    # a rate of what a body does is measured on that body's work: the body stays (s21rev2)
    ("Ủy ban nhân dân cấp xã giải quyết hồ sơ thủ tục hành chính đúng hạn đạt 98%.",
     "Ủy ban nhân dân cấp xã giải quyết hồ sơ thủ tục hành chính đúng hạn"),
    ("- Sở Nông nghiệp và Môi trường giải quyết hồ sơ đất đai đúng hạn đạt 95%.",
     "Sở Nông nghiệp và Môi trường giải quyết hồ sơ đất đai đúng hạn"),
    # s25c: its role words and the partners they name are not in the name either
    ("c) Sở Công Thương chủ trì tham mưu thành lập mới 03 cụm công nghiệp trong năm 2026.", "thành lập mới cụm công nghiệp"),
    ("- Sở Y tế chủ trì, phối hợp với Sở Tài chính, Bảo hiểm xã hội tỉnh tổ chức tập huấn cho 500 cán bộ y tế cơ sở.",
     "tổ chức tập huấn cho cán bộ y tế cơ sở"),
    # s34a: the bodies listed after it act with it
    ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh hỗ trợ ít nhất 05 doanh nghiệp.", "hỗ trợ doanh nghiệp"),
    ("Hội Nông dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh mỗi năm hỗ trợ ít nhất 05 doanh nghiệp.", "mỗi năm hỗ trợ doanh nghiệp"),
])
def test_the_body_that_acts_is_not_in_the_name(text, indicator):
    assert rows(text)[0]["indicator"] == indicator


# A share with the count behind it in parentheses ("100% (12/12)", "80% (8/10 xã)"): the share is the value, the count
# its numerator/denominator; words in the parentheses that are no count still make the cell no value cell.
@pytest.mark.parametrize("cell, expected", [
    ("100% (12/12)", (100, "%", 12, 12)),
    ("80% (8/10 xã)", (80, "%", 8, 10)),
    ("≥ 90 (45/50 trường)", (90, "%", 45, 50)),
    ("95 (theo kế hoạch 2025)", None),
])
def test_table_share_cell_with_its_count(cell, expected):
    text = ("TT\tChỉ tiêu\tĐVT\tKế hoạch 2026\n"
            f"1\tTỷ lệ xã đạt tiêu chí quốc gia về y tế\t%\t{cell}\n")
    got = [(t.value, t.unit, t.numerator, t.denominator) for t in extract_targets(text) if t.rule == "rule_table_cell"]
    assert got == ([expected] if expected else [])


# A table with the years down its rows and an indicator over each column: each cell a target of its column's indicator,
# for its row's year, the unit from the header cell; a table whose first column is no run of years is not read so.
@pytest.mark.parametrize("text, expected", [
    ("Năm\tTỷ lệ che phủ rừng (%)\tDiện tích trồng rừng mới (ha)\n2026\t45\t1.200\n2027\t46\t1.300\n",
     [("Tỷ lệ che phủ rừng", 45, "%", 2026), ("Diện tích trồng rừng mới", 1200, "ha", 2026),
      ("Tỷ lệ che phủ rừng", 46, "%", 2027), ("Diện tích trồng rừng mới", 1300, "ha", 2027)]),
    ("Lộ trình | Tỷ lệ hộ nghèo đa chiều | Số xã đạt chuẩn nông thôn mới (xã)\n"
     "Năm 2027 | 3,5% | 10\nNăm 2029 | 2,5% | 14\n",
     [("Tỷ lệ hộ nghèo đa chiều", 3.5, "%", 2027), ("Số xã đạt chuẩn nông thôn mới", 10, "xã", 2027),
      ("Tỷ lệ hộ nghèo đa chiều", 2.5, "%", 2029), ("Số xã đạt chuẩn nông thôn mới", 14, "xã", 2029)]),
    ("Năm\tSố trạm y tế (trạm)\tGhi chú\n2026\t12\t\n", []),  # one year only: no run of years
    ("Năm\t2026\t2027\nTỷ lệ che phủ rừng (%)\t45\t46\nDiện tích trồng rừng (ha)\t1.200\t1.300\n", None),  # years across
    # s32c: the years in the column after the ordinal, and the span's total row under them (its period the span)
    ("Đơn vị tính: người\nTT\tNăm\tThạc sĩ\tTiến sĩ\n1\tNăm 2026\t10\t6\n2\tNăm 2027\t13\t8\n\tCộng\t23\t14\n",
     [("Thạc sĩ", 10, "người", 2026), ("Tiến sĩ", 6, "người", 2026), ("Thạc sĩ", 13, "người", 2027),
      ("Tiến sĩ", 8, "người", 2027), ("Thạc sĩ", 23, "người", 2027), ("Tiến sĩ", 14, "người", 2027)]),
    ("STT\tNăm\tSố xã đạt chuẩn nông thôn mới (xã)\n1\t2026\t4\n2\t2027\t6\n\tCả giai đoạn 2026 - 2027\t10\n",
     [("Số xã đạt chuẩn nông thôn mới", 4, "xã", 2026), ("Số xã đạt chuẩn nông thôn mới", 6, "xã", 2027),
      ("Số xã đạt chuẩn nông thôn mới", 10, "xã", 2027)]),
    # a row under the years that is neither a year nor a total: not a table of years down its rows
    ("TT\tNăm\tThạc sĩ\n1\tNăm 2026\t10\n2\tNăm 2027\t13\n3\tGhi chú thêm\t5\n", None),
    # s33c: a year with an aside in brackets ("Năm 2025 (thực hiện)", "Năm 2026 (ước thực hiện)") is a row of the run; a row
    # that says it is done or estimated is a baseline, not a target, whatever the plan's own years
    ("TT\tNăm\tDiện tích trồng mới (ha)\tSản lượng (tấn)\n1\tNăm 2025 (thực hiện)\t650\t21.500\n2\tNăm 2026\t700\t24.000\n"
     "3\tNăm 2027 (kế hoạch)\t800\t27.500\n\tCộng 2026 - 2027\t1.500\t-\n",
     [("Diện tích trồng mới", 700, "ha", 2026), ("Sản lượng", 24000, "tấn", 2026), ("Diện tích trồng mới", 800, "ha", 2027),
      ("Sản lượng", 27500, "tấn", 2027), ("Diện tích trồng mới", 1500, "ha", 2027)]),
    ("Năm\tSố hộ được hỗ trợ (hộ)\nNăm 2026 (ước thực hiện)\t500\nNăm 2027\t800\nNăm 2028\t850\n",
     [("Số hộ được hỗ trợ", 800, "hộ", 2027), ("Số hộ được hỗ trợ", 850, "hộ", 2028)]),
    # the header row again under some years (a PDF page the table runs on to, its header row repeated): no row of the run
    ("Đơn vị tính: người\nTT\tNăm\tThạc sĩ\tTiến sĩ\n1\tNăm 2026\t10\t6\nTT\tNăm\tThạc sĩ\tTiến sĩ\n2\tNăm 2027\t13\t8\n",
     [("Thạc sĩ", 10, "người", 2026), ("Tiến sĩ", 6, "người", 2026), ("Thạc sĩ", 13, "người", 2027),
      ("Tiến sĩ", 8, "người", 2027)]),
])
def test_table_with_years_down_its_rows(text, expected):
    got = [(t.indicator, t.value, t.unit, t.year) for t in extract_targets(text) if t.rule == "rule_table_year_row"]
    assert got == (expected or [])


def test_total_row_under_years_down_its_rows_has_the_span_as_its_period():
    text = "TT\tNăm\tThạc sĩ\n1\tNăm 2026\t10\n2\tNăm 2028\t13\n\tTổng cộng\t23\n"
    got = [(t.value, t.year, t.period) for t in extract_targets(text) if t.rule == "rule_table_year_row"]
    assert got == [(10, 2026, None), (13, 2028, None), (23, 2028, "2026-2028")]


# Volumes and capacities of water and wastewater works (m³, m³/ngày đêm, written "m3", "ngày.đêm", "ngđ") and
# greenhouse gas amounts in tonnes of CO2 equivalent (tCO2tđ, "tấn CO2 tương đương", with a scale word): one
# normalised unit each, never the metre before "³" nor "tấn" with "CO2" left as the indicator.
@pytest.mark.parametrize("text,value,unit", [
    ("Công suất các nhà máy xử lý nước thải đô thị đạt 60.000 m³/ngày đêm.", 60000, "m³/ngày đêm"),
    ("Nâng công suất nhà máy nước sạch lên 30.000 m3/ngày.đêm vào năm 2028.", 30000, "m³/ngày đêm"),
    ("Dung tích hồ chứa nước sau nâng cấp đạt 5 triệu m3.", 5, "triệu m³"),
    ("Lượng phát thải khí nhà kính giảm 1,5 triệu tCO2tđ so với kịch bản phát triển thông thường.", 1.5, "triệu tCO2tđ"),
    ("Phấn đấu giảm phát thải khí nhà kính 2 triệu tấn CO2 tương đương.", 2, "triệu tCO2tđ"),
])
def test_volume_and_co2_equivalent_units(text, value, unit):
    (t,) = extract_targets(text)
    assert (t.value, t.unit) == (value, unit) and "CO2" not in t.indicator


# A length in metres stays a length (negative of the units above).
def test_metres_stay_metres():
    (t,) = extract_targets("Xây dựng mới 500 m kè chống sạt lở bờ sông.")
    assert t.unit == "m"


# A group defined by a size it has, its measure after "có" and its bound after the value ("có thể tích 1.000 m3 trở lên",
# "có lưu lượng nước thải từ 500 m3/ngày đêm trở lên"): who is meant, no target; a pledge of such a size stays one.
@pytest.mark.parametrize("text,n", [
    ("Vùng nuôi có thể tích 1.000 m3 trở lên đối với nuôi lồng, bè.", 0),
    ("Các cơ sở có lưu lượng nước thải từ 500 m3/ngày đêm trở lên phải lắp đặt hệ thống quan trắc tự động.", 0),
    ("Trang trại có quy mô từ 500 con trở lên phải có hệ thống xử lý chất thải.", 0),
    ("Phấn đấu đến năm 2030 có diện tích lúa chất lượng cao 20.000 ha trở lên.", 1),
    ("Nâng công suất nhà máy nước lên 30.000 m3/ngày đêm trở lên.", 1),
    # s27d: the size of a project offered to investors, the class of vessels a waterway is made for; the plan's own stay
    ("Kêu gọi đầu tư xây dựng Trung tâm logistics Mộc Bài (quy mô 60 ha) và cảng cạn Tây Ninh.", 0),
    ("Mời gọi đầu tư dự án khu du lịch sinh thái (tổng vốn đầu tư khoảng 1.200 tỷ đồng).", 0),
    ("Mời gọi đầu tư phát triển khu vực điện gió với công suất 100 MW.", 1),  # a size in the clause's own words stays
    ("Nâng cấp luồng tàu trên sông Vàm Cỏ Đông đáp ứng tàu 3.000 tấn.", 0),
    ("Bến cảng tiếp nhận tàu có trọng tải đến 50.000 tấn.", 0),
    ("Kêu gọi đầu tư 05 dự án nông nghiệp công nghệ cao.", 1),
    ("Sản lượng hàng hóa thông qua cảng đạt 3 triệu tấn.", 1),
])
def test_a_size_a_group_has_is_no_target(text, n):
    assert len(extract_targets(text)) == n


# A clause naming only an area or a place and its value right after a whole's value ("…; khu vực nông thôn đạt 80%",
# "…, nông thôn đạt 95%", "…; huyện Mường Tè đạt 60%") is a part of that whole: its indicator, the area as scope; not
# after a full stop (negative: the sentence is its own).
@pytest.mark.parametrize("text,parts", [
    ("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%; khu vực nông thôn đạt 80%.",
     [(95.0, None), (80.0, "khu vực nông thôn")]),
    ("Tỷ lệ hộ sử dụng nước sạch đạt 98%, nông thôn đạt 95%.", [(98.0, None), (95.0, "nông thôn")]),
    ("Tỷ lệ che phủ rừng đạt 45%; huyện Mường Tè đạt 60%.", [(45.0, None), (60.0, "huyện Mường Tè")]),
    ("Tỷ lệ hộ sử dụng nước sạch đạt 98%. Khu vực nông thôn đạt 95%.", [(98.0, None)]),
    # s34a: a level of government as the subject of the part's verb; (s35g) the whole's own level, said with the bodies where
    # the work is done ("tại cơ quan cấp tỉnh"), is its part too (the gold of round 17's plan: scope "cơ quan cấp tỉnh")
    ("Tỷ lệ hồ sơ công việc tại cơ quan cấp tỉnh được xử lý trên môi trường mạng đạt trên 90%, cấp xã đạt trên 80%.",
     [(90.0, "cấp tỉnh"), (80.0, "cấp xã")]),
    ("Tỷ lệ văn bản được ký số đạt 95%; cấp huyện đạt 90%, cấp xã đạt 85%.", [(95.0, None), (90.0, "cấp huyện"), (85.0, "cấp xã")]),
])
def test_an_area_after_a_whole_is_its_part(text, parts):
    got = extract_targets(text)
    assert [(t.value, t.scope) for t in got] == parts and len({t.indicator for t in got}) == 1


# A value that restates the one before it in another unit after "tương đương (khoảng)" / "tức là" is its own row with
# the indicator of the value before (one row per stated value); a value after "tương ứng với" that names what it
# counts keeps its own indicator (negative).
@pytest.mark.parametrize("text,second", [
    ("Giảm 9% tổng lượng phát thải khí nhà kính so với BAU, tương đương khoảng 1,2 triệu tCO2tđ.", (1.2, "triệu tCO2tđ", "approx", True)),
    ("Tiết kiệm 5% tổng điện năng tiêu thụ, tương đương 200 triệu kWh.", (200.0, "triệu kWh", "eq", True)),
    ("Tỷ lệ hộ nghèo giảm 1,5%/năm, tương ứng với khoảng 3.000 hộ thoát nghèo mỗi năm.", (3000.0, "hộ", "approx", False)),
    # s24e: the same restated in brackets, in another unit, with nothing before it there
    ("Bảo đảm tưới chủ động cho trên 95% diện tích lúa hai vụ (khoảng 1.850 ha).", (1850.0, "ha", "approx", True)),
    ("Tổ chức 03 lớp tập huấn nghiệp vụ (120 học viên).", (120.0, "học viên", "eq", True)),
    ("Tổ chức 03 lớp tập huấn nghiệp vụ (mỗi lớp 40 học viên).", (40.0, "học viên", "eq", False)),  # words before it: its own
    # s33b: the change's verb said again before the restated value
    ("- Giảm ít nhất 10% biên chế công chức so với năm 2022, tương ứng giảm tối thiểu 312 biên chế.", (312.0, "biên chế", "ge", True)),
    ("Tổng lượng phát thải giảm ít nhất 9% so với BAU, tương đương giảm tối thiểu 1,2 triệu tấn CO2tđ.",
     (1.2, "triệu tCO2tđ", "ge", True)),
    # s36a: after a comma, an amount restating a share of a measured whole ("100% khối lượng …, khoảng 48 tấn/ngày"); not
    # after a share of units counted, nor after an amount (another measure: its own)
    ("- Thu gom, vận chuyển, xử lý 100% khối lượng chất thải rắn sinh hoạt phát sinh, khoảng 48 tấn/ngày.",
     (48.0, "tấn/ngày", "approx", True)),
    ("Bảo đảm tưới chủ động cho 95% diện tích lúa hai vụ, khoảng 1.850 ha.", (1850.0, "ha", "approx", True)),
    ("Tỷ lệ hộ nghèo giảm còn 2%, khoảng 1.200 hộ.", (1200.0, "hộ", "approx", False)),
    ("Diện tích lúa đạt 20.000 ha, khoảng 120.000 tấn.", (120000.0, "tấn", "approx", False)),
])
def test_an_equivalent_value_keeps_the_indicator_before(text, second):
    first, other = extract_targets(text)
    assert (other.value, other.unit, other.comparator, other.indicator == first.indicator) == second


# s34a (negative): a level that qualifies the count before it, with no verb of its own, is no part's place: the second count
# shares the first's action ("tại 25 cơ quan, tổ chức cấp tỉnh và 30 xã, phường")
def test_a_level_without_its_verb_is_no_area_part():
    first, second = extract_targets("- Kiểm tra công tác văn thư, lưu trữ tại 25 cơ quan, tổ chức cấp tỉnh và 30 xã, phường.")
    assert (second.value, second.scope, second.indicator) == (30.0, None, first.indicator)


# (negative of the area part: a place's count after "có" is the place's part as rule_place_part reads it, its own words kept)
def test_a_place_count_is_not_an_area_part():
    rows_ = extract_targets("Đến năm 2030, Hà Nội có tối thiểu 1.000 công trình xây dựng xanh, Thành phố Hồ Chí Minh có tối thiểu "
                            "500 công trình xây dựng xanh.")
    assert [(t.scope, t.indicator) for t in rows_] == [("Hà Nội", "Số công trình xây dựng xanh"),
                                                       ("Thành phố Hồ Chí Minh", "Số công trình xây dựng xanh")]
    assert "rule_area_part" not in {t.rule for t in rows_}


# --- s23c: the size of the things just counted, after "với quy mô" / "có tổng diện tích" / "với tổng mức đầu tư", is their
# indicator in another unit; the count's own name stops before it.
@pytest.mark.parametrize("text,expected", [
    ("- Xây dựng 05 mô hình trồng dược liệu dưới tán rừng với quy mô 50 ha.",
     [("xây dựng mô hình trồng dược liệu dưới tán rừng", 5.0, "mô hình"), ("xây dựng mô hình trồng dược liệu dưới tán rừng", 50.0, "ha")]),
    ("Thành lập mới 03 cụm công nghiệp có tổng diện tích 150 ha.",
     [("thành lập mới cụm công nghiệp", 3.0, "cụm công nghiệp"), ("thành lập mới cụm công nghiệp", 150.0, "ha")]),
    # rev4: the count's period between the count and its size
    ("Phát triển 08 cụm công nghiệp mới giai đoạn 2025 - 2030 với tổng diện tích 400 ha.",
     [("phát triển cụm công nghiệp mới", 8.0, "cụm công nghiệp"), ("phát triển cụm công nghiệp mới", 400.0, "ha")]),
    # negative: a size named before its own value keeps its own name
    ("Diện tích cánh đồng lớn với quy mô tập trung đạt 200 ha.", [("diện tích cánh đồng lớn với quy mô tập trung", 200.0, "ha")]),
    # s24e: a field's name with a comma of its own (Luật Phòng, chống thiên tai 2013) goes on to the size after it
    ("Thành lập 14 đội xung kích phòng, chống thiên tai với tổng số 420 người.",
     [("số đội xung kích phòng, chống thiên tai", 14.0, "đội"), ("số đội xung kích phòng, chống thiên tai", 420.0, "người")]),
    # s24c: a plant's capacity
    ("Xây dựng 02 lò đốt chất thải với tổng công suất 300 tấn/ngày.",
     [("xây dựng lò đốt chất thải", 2.0, "lò"), ("xây dựng lò đốt chất thải", 300.0, "tấn/ngày")]),
    ("Nâng cấp 10 trường học có tổng số 200 phòng học.",
     [("nâng cấp trường học", 10.0, "trường"), ("nâng cấp trường học", 200.0, "phòng học")]),
    # rev7: the length of the works counted (a list of works' "km of each work" said in prose)
    ("Nâng cấp 02 tuyến đường với tổng chiều dài 6,5 km.",
     [("nâng cấp tuyến đường", 2.0, "tuyến"), ("nâng cấp tuyến đường", 6.5, "km")]),
    ("Cứng hóa 05 tuyến kênh mương nội đồng có tổng chiều dài 3,2 km.",
     [("cứng hóa tuyến kênh mương nội đồng", 5.0, "tuyến"), ("cứng hóa tuyến kênh mương nội đồng", 3.2, "km")]),
    # s25c: the capital the enterprises counted register or the projects counted invest
    ("- Có 2.600 doanh nghiệp thành lập mới với tổng vốn đăng ký khoảng 32.000 tỷ đồng.",
     [("số doanh nghiệp thành lập mới", 2600.0, "doanh nghiệp"), ("số doanh nghiệp thành lập mới", 32000.0, "tỷ đồng")]),
    ("- Thu hút 30 dự án với tổng vốn đầu tư 5.000 tỷ đồng.",
     [("thu hút dự án", 30.0, "dự án"), ("thu hút dự án", 5000.0, "tỷ đồng")]),
])
def test_size_of_what_was_just_counted(text, expected):
    assert [(r["indicator"].lower(), r["value"], r["unit"]) for r in rows(text)] == expected


# s24c: a count restated as the total it raises to or its yearly average, in its own count unit, is named by the count
@pytest.mark.parametrize("text,expected", [
    ("Mở thêm 02 cơ sở điều trị Methadone, nâng tổng số lên 12 cơ sở.",
     [("Mở cơ sở điều trị Methadone", 2.0, "cơ sở"), ("Mở cơ sở điều trị Methadone", 12.0, "cơ sở")]),
    ("Trồng mới 1.500.000 cây xanh phân tán, bình quân 300.000 cây/năm.",
     [("Trồng mới cây xanh phân tán", 1500000.0, "cây"), ("Trồng mới cây xanh phân tán", 300000.0, "cây/năm")]),
    # negative: another unit restates nothing; a rate's average keeps its own rule
    ("Mở thêm 02 cơ sở điều trị Methadone, nâng tổng số lên 1.500 người bệnh.",
     [("Mở cơ sở điều trị Methadone", 2.0, "cơ sở"), ("tổng số người bệnh", 1500.0, "người bệnh")]),
])
def test_a_count_restated_as_its_total_or_yearly_average(text, expected):
    assert [(r["indicator"], r["value"], r["unit"]) for r in rows(text)] == expected
# What the value counts is named after it when the words before it name nothing: a body that acts with its verbs and
# role words ("Huyện đoàn chủ trì duy trì 15 đội …"), or a label that is only the baseline of the changes after it
# ("… so với năm 2024: giảm từ 5 - 10% số vụ"); a body's state still names what is counted ("Trạm Y tế xã đạt chuẩn").
@pytest.mark.parametrize("text,indicators", [
    ("Vận động đoàn viên; Huyện đoàn chủ trì duy trì 15 đội thanh niên tình nguyện tham gia giữ gìn trật tự.",
     ["Số đội thanh niên tình nguyện tham gia giữ gìn trật tự"]),
    ("- Tỉnh đoàn duy trì 40 đội hình thanh niên tình nguyện.", ["Số đội hình thanh niên tình nguyện"]),
    ("- Sở Y tế duy trì 100% trạm y tế có bác sĩ.", ["trạm y tế có bác sĩ"]),
    ("- Trạm Y tế xã đạt chuẩn 100%.", ["Trạm Y tế xã đạt chuẩn"]),
    ("Kéo giảm tai nạn giao thông từ 5 - 10% so với năm 2024: giảm từ 5 - 10% số vụ, giảm từ 5 - 10% số người chết.",
     ["Kéo giảm tai nạn giao thông", "số vụ", "số người chết"]),
    ("- So với năm 2025: tăng 10% số doanh nghiệp thành lập mới.", ["số doanh nghiệp thành lập mới"]),
    ("- Tổng thu ngân sách so với dự toán: 1.200 tỷ đồng.", ["Tổng thu ngân sách so với dự toán"]),
    # a time phrase alone says when, not what
    ("d) Mỗi năm đạt ít nhất 45 huy chương tại các giải thể thao quốc gia.", ["Số huy chương tại các giải thể thao quốc gia"]),
    ("- Hằng năm tổ chức ít nhất 12 giải thể thao cấp tỉnh.", ["tổ chức giải thể thao cấp tỉnh"]),
    # the value's own clause is only its verb: the clause before it names another task
    ("- Nhân rộng mô hình điểm, duy trì 150 câu lạc bộ phòng, chống bạo lực gia đình tại các xã.",
     ["Số câu lạc bộ phòng, chống bạo lực gia đình tại các xã"]),
    ("- Tiếp tục thực hiện phong trào thi đua, phấn đấu có ít nhất 80% số xã đạt chuẩn nông thôn mới.", ["số xã đạt chuẩn nông thôn mới"]),
    ("- Tỷ lệ hộ nghèo, cận nghèo giảm còn 5%.", ["Tỷ lệ hộ nghèo, cận nghèo"]),
])
def test_a_value_names_what_follows_when_nothing_before_names_it(text, indicators):
    assert [r["indicator"] for r in rows(text)] == indicators


# What a keeping verb keeps was made before ("duy trì 220 câu lạc bộ … đã thành lập"): its "đã" reports nothing of the
# count after it; a count that is the subject of "đã" is a result.
@pytest.mark.parametrize("text,values", [
    ("Duy trì 220 câu lạc bộ liên thế hệ tự giúp nhau đã thành lập, thành lập mới ít nhất 60 câu lạc bộ.", [220, 60]),
    ("Củng cố 12 hợp tác xã đã thành lập, thành lập mới ít nhất 05 hợp tác xã.", [12, 5]),
    ("Toàn tỉnh có 15 xã đã đạt chuẩn nông thôn mới, 20 xã đạt 15 tiêu chí.", []),
    # s25a: decisions "đã có hiệu lực pháp luật" are in force (a state of the document), however long their name
    ("Tỷ lệ thực hiện các quyết định giải quyết khiếu nại, quyết định xử lý tố cáo đã có hiệu lực pháp luật đạt từ 95% trở lên.",
     [95]),
    ("Năm 2026, đã có 12 quyết định có hiệu lực được thi hành.", []),  # negative: what was done
    # s25e: the "đã" of what a rate counts ("tỷ lệ diện tích đã cấp …"); a rate that "đã giảm" / "đã đạt" is a result
    ("Nâng tỷ lệ diện tích đã cấp Giấy chứng nhận lần đầu lên 97% diện tích cần cấp.", [97]),
    ("Năm 2025, tỷ lệ hộ nghèo đã giảm còn 3%.", []),
    ("Tỷ lệ che phủ rừng đã đạt 42%.", []),
    # s26b: a long noun phrase before the attributive "đã"; the clause after a semicolon is its own target
    ("d) Tỷ lệ diện tích rừng trồng mới sử dụng giống đã được công nhận đạt trên 80%; tỷ lệ cây sống sau trồng đạt từ 85% trở lên.",
     [80, 85]),
    ("Năm 2025, tỷ lệ diện tích rừng trồng mới của toàn tỉnh đã đạt 78%.", []),
    ("Năm 2025, tỷ lệ giải ngân vốn đầu tư công của tỉnh đã thực hiện được 85%.", []),
    ("Tỷ lệ giải ngân vốn đầu tư công đã hoàn thành 85% kế hoạch.", []),
    # s29e: a rate's name of thirteen words before its "đã"
    ("- Tỷ lệ phụ nữ sinh con tại cơ sở y tế hoặc có cán bộ y tế đã qua đào tạo đỡ đạt trên 98%.", [98]),
    ("Năm 2025, tỷ lệ phụ nữ sinh con tại cơ sở y tế hoặc có cán bộ y tế đỡ trên địa bàn tỉnh đã đạt 93,2%.", []),
    # s26e: the "đã" of what a share counts, with its predicate after it; a share that "đã đạt" stays a result for what follows
    ("- 100% mã số vùng trồng đã cấp được giám sát định kỳ; tỷ lệ mẫu nông sản vi phạm dưới 2%.", [100, 2]),
    ("Đến nay, 100% xã đã đạt chuẩn, tỷ lệ hộ nghèo còn 2%.", []),
    # s25a: the whole of a set with a predicate is a target (the set must reach it)
    ("Toàn bộ 34 xã hoàn thành cắm mốc địa giới hành chính.", [34]),
    ("Phấn đấu đến năm 2030, toàn bộ 34 xã đạt chuẩn nông thôn mới.", [34]),
])
def test_a_kept_count_made_before_is_no_result(text, values):
    assert [r["value"] for r in rows(text)] == values


# A part of a breakdown has its own comparator ("trong đó có ít nhất 12 huy chương vàng"), which names nothing.
@pytest.mark.parametrize("text,parts", [
    ("Mỗi năm đạt ít nhất 45 huy chương tại các giải thể thao quốc gia, trong đó có ít nhất 12 huy chương vàng.",
     [(45, "ge", None), (12, "ge", "huy chương vàng")]),
    ("Tạo việc làm cho 12.000 lao động, trong đó có 5.000 lao động nữ.", [(12000, "eq", None), (5000, "eq", "nữ")]),
])
def test_a_parts_own_comparator(text, parts):
    assert [(r["value"], r["comparator"], r["scope"]) for r in rows(text)] == parts


# --- s26h: the size each class or session may reach, a cap or a range after "mỗi lớp/phòng thi/đoàn …", is how an activity
# is organised, no target; the classes and learners in all are (a bare "mỗi lớp 40 học viên" stays a count: see above), and
# so is a count for each place ("mỗi xã có ít nhất 01 mô hình").
@pytest.mark.parametrize("text,values", [
    ("Mở 60 lớp đào tạo tiếng Nhật với khoảng 2.400 học viên; mỗi lớp không quá 40 học viên.", [60.0, 2400.0]),
    ("Mở 10 lớp dạy nghề, mỗi lớp từ 30 đến 40 học viên.", [10.0]),
    ("Mở 10 lớp bồi dưỡng, mỗi lớp tối đa 50 học viên.", [10.0]),
    ("Mỗi xã có ít nhất 01 mô hình dân vận khéo.", [1.0]),
    ("Tổ chức 03 lớp tập huấn nghiệp vụ (mỗi lớp 40 học viên).", [3.0, 40.0]),
])
def test_a_group_size_is_no_target(text, values):
    assert [t.value for t in extract_targets(text)] == values


# --- s26h: a body of a kind whose name may be counted (kind other, trung_tam) acts when a role word follows it: its name and
# the role words and partners are no part of the indicator ("Công an tỉnh chủ trì, phối hợp với Sở Nội vụ thanh tra …").
@pytest.mark.parametrize("text,indicator,not_in", [
    ("Công an tỉnh chủ trì, phối hợp với Sở Nội vụ thanh tra, kiểm tra ít nhất 15 doanh nghiệp, chi nhánh doanh nghiệp dịch "
     "vụ hoạt động trên địa bàn.", "thanh tra, kiểm tra", "Công an"),
    ("Trung tâm Dịch vụ việc làm tỉnh chủ trì, phối hợp với Sở Nội vụ tổ chức 120 buổi tư vấn tại các xã, phường.",
     "buổi tư vấn", "Trung tâm"),
    ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp hỗ trợ 10 doanh nghiệp áp dụng sản xuất sạch hơn.",
     "doanh nghiệp", "Trung tâm"),  # a centre and the verb after it
    ("Trung tâm văn hóa xã được xây mới 05 công trình.", "Trung tâm văn hóa xã", None),  # negative: its state ("được")
    # … and "trình <body>" before the decision it asks for: the decision names the count
    ("Sở Công Thương thẩm định hồ sơ; trình Ủy ban nhân dân tỉnh quyết định thành lập 05 cụm công nghiệp trong quý II/2026.",
     "quyết định thành lập", "Ủy ban"),
    # negative: a centre whose work a rate measures keeps its name (no role word follows it)
    ("Trung tâm học tập cộng đồng hoạt động hiệu quả đạt 80%.", "Trung tâm học tập cộng đồng", None),
])
def test_a_body_with_role_words_is_no_part_of_the_indicator(text, indicator, not_in):
    row = extract_targets(text)[0]
    assert indicator.lower() in row.indicator.lower(), row.indicator
    assert not_in is None or not_in.lower() not in row.indicator.lower(), row.indicator


# --- s26h: a table of targets whose one column of values is headed by what the plan prepares for, with no year and no
# plan word ("SEA Games 34"), under a caption naming the plan's targets, gives its values (tab rows or one cell a line);
# not under a caption that reports, nor a column beside another column of values.
_CAPTION_EVENT = "CHỈ TIÊU THAM DỰ SEA GAMES 34\n"


@pytest.mark.parametrize("text,values", [
    (_CAPTION_EVENT + "STT\tChỉ tiêu\tĐơn vị tính\tSEA Games 34\n1\tHuy chương vàng\tHuy chương\t90 - 110\n"
     "2\tTỷ lệ huy chương vàng ở các môn thể thao Olympic\t%\t≥ 60\n3\tVận động viên tập trung tập huấn\tNgười\t1.200\n",
     [(90.0, 110.0, "huy chương"), (60.0, None, "%"), (1200.0, None, "người")]),
    (_CAPTION_EVENT + "STT\nChỉ tiêu\nĐơn vị tính\nSEA Games 34\n1\nHuy chương vàng\nHuy chương\n90 - 110\n2\n"
     "Đợt tập huấn nước ngoài\nĐợt\n25\n3\nLớp tập huấn phòng, chống doping\nLớp\n06\n",
     [(90.0, 110.0, "huy chương"), (25.0, None, "đợt"), (6.0, None, "lớp")]),
    # negatives: a caption that reports; two columns of values, neither the plan's
    ("KẾT QUẢ THAM DỰ SEA GAMES 33\nSTT\tChỉ tiêu\tĐơn vị tính\tSEA Games 33\n1\tHuy chương vàng\tHuy chương\t87\n"
     "2\tHuy chương bạc\tHuy chương\t81\n", []),
    (_CAPTION_EVENT + "STT\tChỉ tiêu\tĐơn vị tính\tSEA Games 32\tSEA Games 33\n1\tHuy chương vàng\tHuy chương\t136\t87\n"
     "2\tHuy chương bạc\tHuy chương\t105\t81\n", []),
])
def test_a_sole_column_of_values_under_a_plan_caption(text, values):
    assert [(t.value, t.value_max, t.unit) for t in extract_targets(text)] == values


# --- s29k: "TT | Nội dung | Đơn vị tính | Chỉ tiêu" (the Front's and the unions' tables of a campaign): a bare "Chỉ tiêu"
# after the unit column, with the rows' label in a column before it, heads the planned values; "Chỉ tiêu" left of its unit
# names the indicators (negatives: its cells are no values).
_CAPTION_CAMPAIGN = "Bảng 1. Chỉ tiêu vận động và hỗ trợ năm 2026 - 2027\n"


@pytest.mark.parametrize("text,values", [
    (_CAPTION_CAMPAIGN + "TT\tNội dung\tĐơn vị tính\tChỉ tiêu\n1\tVận động Quỹ “Vì người nghèo” các cấp\ttỷ đồng\t45\n"
     "2\tXây dựng mới nhà Đại đoàn kết\tnhà\t600\n3\tQuà Tết cho hộ nghèo\tsuất\t12.000\n",
     [(45.0, "tỷ đồng", "Vận động Quỹ “Vì người nghèo” các cấp"), (600.0, "nhà", "Xây dựng mới nhà Đại đoàn kết"),
      (12000.0, "suất", "Quà Tết cho hộ nghèo")]),
    ("TT\nNội dung\nĐVT\nChỉ tiêu\n1\nXây dựng mới nhà Đại đoàn kết\nnhà\n600\n2\nSửa chữa nhà ở\nnhà\n250\n",
     [(600.0, "nhà", "Xây dựng mới nhà Đại đoàn kết"), (250.0, "nhà", "Sửa chữa nhà ở")]),
    # negatives: "Chỉ tiêu" left of the unit names the indicators; no values beside them
    ("TT\tChỉ tiêu\tĐơn vị tính\tGhi chú\n1\tNhà Đại đoàn kết\tnhà\tTheo Quy chế\n2\tQuà Tết\tsuất\tTheo Quy chế\n", []),
])
def test_a_bare_chi_tieu_column_after_the_unit_holds_the_values(text, values):
    assert [(t.value, t.unit, t.indicator) for t in extract_targets(text)] == values


# --- s29k: where a counted visitor goes ("đến các điểm …") names what is counted; a time after "đến" does not.
@pytest.mark.parametrize("text,indicator", [
    ("- Thu hút 1,2 triệu lượt khách đến các điểm du lịch cộng đồng.", "Thu hút lượt khách đến các điểm du lịch cộng đồng"),
    ("- Thu hút 2,5 triệu lượt khách đến cuối năm 2030.", "Thu hút lượt khách"),
    ("- Thu hút 2,5 triệu lượt khách.", "Thu hút lượt khách"),
])
def test_a_destination_after_the_count_names_it(text, indicator):
    assert [t.indicator for t in extract_targets(text)] == [indicator]


# --- s26h: a "-" in the STT column under a numbered row marks a part of that row (not an ordinal): the part keeps the
# row's indicator and names itself in scope; a numbered row stays a row of its own.
def test_a_dash_in_the_ordinal_column_marks_a_part():
    text = ("CHỈ TIÊU NĂM 2026\nSTT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2025\tKế hoạch năm 2026\n"
            "1\tSố lao động đi làm việc ở nước ngoài theo hợp đồng\tNgười\t11.235\t12.000\n"
            "-\tThị trường Nhật Bản\tNgười\t5.102\t5.500\n-\tThị trường Hàn Quốc\tNgười\t2.876\t3.000\n"
            "2\tBuổi tư vấn, tuyển chọn lao động\tBuổi\t104\t120\n")
    got = [(t.indicator, t.value, t.scope) for t in extract_targets(text)]
    whole = "Số lao động đi làm việc ở nước ngoài theo hợp đồng"
    assert got == [(whole, 12000.0, None), (whole, 5500.0, "Thị trường Nhật Bản"), (whole, 3000.0, "Thị trường Hàn Quốc"),
                   ("Buổi tư vấn, tuyển chọn lao động", 120.0, None)]


# (s27g1) An indicator broken down by the population or place named after it: the indicator's id, the part in `scope`.
@pytest.mark.parametrize("text,indicator_id,scope", [
    ("- Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 5%.", "poverty_rate", "vùng đồng bào dân tộc thiểu số"),
    ("- Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi thuộc hộ nghèo, hộ cận nghèo dưới 20%.", "stunting_under5",
     "hộ nghèo, hộ cận nghèo"),
    ("- Tỷ lệ hộ nghèo của tỉnh giảm còn 2%.", "poverty_rate", None),
    ("- Tỷ lệ hộ nghèo được hỗ trợ nhà ở đạt 100%.", None, None),
])
def test_a_part_named_after_the_indicator_is_its_scope(text, indicator_id, scope):
    (t,) = extract_targets(text)
    assert (t.indicator_id, t.scope) == (indicator_id, scope)


# (s28g1, issue 13) New capacity of a kind the statistical system counts ("Năng lực mới tăng"), as plans commit to it: the verb
# of adding before the value, an extension by what it adds ("thêm"), a plant finished with its capacity per day, an item
# under a heading of verbs ("1. Xây mới:"); never the level a hospital is raised to ("lên"), a repair, the rooms repaired
# beside toilets built, money
@pytest.mark.parametrize("text,indicator_ids", [
    ("Xây mới 240 phòng học kiên cố.", ["new_capacity_classrooms"]),
    ("Đầu tư xây dựng 03 trạm bơm điện phục vụ tưới tiêu.", ["new_capacity_pumping_stations"]),
    ("Mở rộng Trung tâm Y tế huyện thêm 50 giường bệnh.", ["new_capacity_hospital_beds"]),
    ("Hoàn thành Nhà máy xử lý nước thải tập trung công suất 20.000 m³/ngày đêm.", ["new_capacity_wastewater"]),
    ("1. Xây mới:\n- Trạm bơm điện: 03 trạm.\n2. Sửa chữa, nâng cấp:\n- Trạm bơm điện: 05 trạm.",
     ["new_capacity_pumping_stations", None]),
    ("Nâng quy mô Bệnh viện Y dược cổ truyền tỉnh lên 250 giường bệnh.", [None]),
    ("Sửa chữa, nâng cấp 05 trạm bơm điện.", ["activity_works_built"]),
    ("Cải tạo 60 phòng học, xây mới 40 nhà vệ sinh.", [None, None]),
    ("Đầu tư 50 tỷ đồng xây dựng trạm y tế xã.", [None]),
    # the verb said once for a list ("… và 45 trạm biến áp"), a rise of the capacity itself, a plant finished with its capacity
    ("Xây dựng mới 150 km đường dây trung, hạ thế và 45 trạm biến áp.", ["new_capacity_power_lines", "new_capacity_substations"]),
    ("Sửa chữa 20 phòng học và 10 trạm bơm.", [None, "activity_works_built"]),
    ("Công suất cấp nước sạch tăng thêm 10.000 m³/ngày đêm.", ["new_capacity_water_supply"]),
    ("Hoàn thành 03 dự án cấp nước sạch với tổng công suất 15.000 m³/ngày đêm.", [None, "new_capacity_water_supply"]),
    ("Nâng công suất Nhà máy nước Bình An từ 10.000 lên 20.000 m³/ngày đêm.", [None]),
    ("Công suất điện mặt trời mái nhà đạt 300 MWp.", ["rooftop_solar_capacity"]),  # the stock reached: its own id (s38g20), no capacity added
    ("Mua sắm 200 giường bệnh cho Trung tâm Y tế huyện.", [None]),
    ("Đến năm 2030, toàn tỉnh có 5.000 giường bệnh.", ["hospital_beds"]),
])
def test_new_capacity_as_plans_commit_to_it(text, indicator_ids):
    assert [t.indicator_id for t in extract_targets(text)] == indicator_ids


# A count after "xảy ra" reports events (NEGATIVE above), unless the sentence cuts or prevents them or "xảy ra" is a
# relative clause far from the count
@pytest.mark.parametrize("text,values", [
    ("Giảm số vụ tai nạn giao thông xảy ra trên địa bàn 5% so với năm 2025.", [5]),
    ("Phấn đấu đến năm 2027 số vụ cháy xảy ra giảm 10%.", [10]),
    ("Tuyên truyền cho các xã có nguy cơ xảy ra sạt lở đất, lũ quét và ít nhất 50% người dân ở các khu vực khác được phổ "
     "biến kiến thức.", [50]),
    ("Năm 2025, xảy ra 17 trường hợp trẻ em bị tai nạn thương tích, 01 trẻ em tử vong do đuối nước.", []),
])
def test_events_that_happened_are_no_target(text, values):
    assert [r["value"] for r in rows(text)] == values


# s30a: one measure stated in two respects ("… đạt tối thiểu 95% về số lượng gói thầu và không thấp hơn 90% về tổng giá trị
# gói thầu", "… 100% về số lượng gói thầu, 95% về giá trị gói thầu"): the second value keeps the first's name, its respect is
# its scope; a value named after it in a respect of its own, with no value before it, is read as before.
@pytest.mark.parametrize("text,expected", [
    ("1. Tỷ lệ gói thầu áp dụng lựa chọn nhà thầu qua mạng đạt tối thiểu 95% về số lượng gói thầu và không thấp hơn 90% về "
     "tổng giá trị gói thầu.",
     [(95, "ge", "Tỷ lệ gói thầu áp dụng lựa chọn nhà thầu qua mạng", None),
      (90, "ge", "Tỷ lệ gói thầu áp dụng lựa chọn nhà thầu qua mạng", "tổng giá trị gói thầu")]),
    ("Tỷ lệ lựa chọn nhà thầu qua mạng đạt 100% về số lượng gói thầu, 95% về giá trị gói thầu.",
     [(100, "eq", "Tỷ lệ lựa chọn nhà thầu qua mạng", None), (95, "eq", "Tỷ lệ lựa chọn nhà thầu qua mạng", "giá trị gói thầu")]),
    ("Tỷ lệ hộ nghèo giảm 1,5%; tỷ lệ hộ cận nghèo giảm 1%.",
     [(1.5, "eq", "Tỷ lệ hộ nghèo", None), (1, "eq", "tỷ lệ hộ cận nghèo", None)]),
])
def test_a_measure_stated_in_two_respects_keeps_its_name(text, expected):
    assert [(r["value"], r["comparator"], r["indicator"], r["scope"]) for r in rows(text)] == expected


# s31a: an aside with a figure of its own ("(năm 2026 đã tu bổ 07 mốc)") reports last year's result: its year and its "đã"
# are its own figure's, not the values before and after it; repairing what wore down is an output ("tu bổ … bị xuống cấp")
@pytest.mark.parametrize("text,expected", [
    ("KẾ HOẠCH\nQuản lý biên giới năm 2027\nIII. CHỈ TIÊU NĂM 2027\n6. Hoàn thành tu bổ 12 mốc quốc giới bị xuống cấp (năm 2026 "
     "đã tu bổ 07 mốc); phát quang 46 km đường tuần tra biên giới.\n", [(12, "mốc", 2027), (46, "km", 2027)]),
    ("KẾ HOẠCH\nGiao thông năm 2026\n- Duy tu, bảo dưỡng 50 km đường giao thông nông thôn bị hư hỏng.\n", [(50, "km", 2026)]),
    ("KẾ HOẠCH\nPhát triển đô thị năm 2026\n- Tỷ lệ đô thị hóa đạt 45% (năm 2030).\n", [(45, "%", 2030)]),
])
def test_an_aside_with_its_own_figure_and_upkeep_of_what_wore_down(text, expected):
    assert [(r["value"], r["unit"], r["year"]) for r in rows(text)] == expected


# s31d: compound count nouns of the units list (a pumping station, a bus shelter, a forest owner, a bus trip, a passenger
# carried; m³/s of a pump's capacity) are the unit, not their head word ("trạm", "nhà", "chủ")
@pytest.mark.parametrize("text,expected", [
    ("- Đầu tư 06 trạm bơm tiêu với tổng công suất 42 m³/s.", [(6, "trạm"), (42, "m³/s")]),
    ("- Xây dựng mới 120 nhà chờ xe buýt.", [(120, "nhà chờ")]),
    ("- Kiểm tra ít nhất 25 chủ rừng là tổ chức.", [(25, "chủ rừng")]),
    ("- Sản lượng vận chuyển đạt trên 10 triệu lượt hành khách.", [(10, "triệu lượt hành khách")]),
])
def test_compound_count_nouns_are_units(text, expected):
    assert [(r["value"], r["unit"]) for r in rows(text)] == expected


# s32d: a heading that joins last year's results to the targets ("II. KẾT QUẢ NĂM 2025 VÀ CHỈ TIÊU", "I. TÌNH HÌNH THỰC
# HIỆN NĂM 2025, NHIỆM VỤ NĂM 2026"): the report's year dates the results, not the targets under a sub-heading without a
# year, which keep the plan's own; a heading that only reports keeps its year (its figures are history: none)
@pytest.mark.parametrize("text,expected", [
    ("KẾ HOẠCH\nSắp xếp lại nhà, đất năm 2026 - 2027\nII. KẾT QUẢ NĂM 2025 VÀ CHỈ TIÊU\n3. Chỉ tiêu cụ thể\nc) Hằng năm\n"
     "- Duy trì 100% cơ sở nhà, đất được cập nhật vào cơ sở dữ liệu.\n", [(100, 2027)]),
    ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. TÌNH HÌNH THỰC HIỆN NĂM 2025, NHIỆM VỤ NĂM 2026\n2. Chỉ tiêu\n"
     "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n", [(98, 2026)]),
    ("KẾ HOẠCH\nCải cách hành chính năm 2026\nI. KẾT QUẢ NĂM 2025\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 96%.\n", []),
    # s33c: the report's span of years as well ("KẾT QUẢ GIAI ĐOẠN 2021 - 2025 VÀ MỤC TIÊU"): the targets keep the plan's period
    ("KẾ HOẠCH\nBố trí dân cư giai đoạn 2026 - 2030\nII. KẾT QUẢ GIAI ĐOẠN 2021 - 2025 VÀ MỤC TIÊU\n2. Mục tiêu cụ thể\n"
     "c) 100% hộ được bố trí được giao đất ở, đất sản xuất.\n", [(100, 2030)]),
    ("KẾ HOẠCH\nBố trí dân cư giai đoạn 2026 - 2030\nII. KẾT QUẢ GIAI ĐOẠN 2021 - 2025\n"
     "- Đã bố trí ổn định 2.456 hộ, đạt 98% kế hoạch.\n", []),
])
def test_a_report_joined_to_the_targets_in_one_heading_dates_no_target(text, expected):
    assert [(r["value"], r["year"]) for r in rows(text)] == expected


# s32d: the "đã" of what a raised measure counts ("Nâng diện tích đã được làm sạch lên 70% …") is attributive, as in "tỷ lệ …
# đã cấp": a target, and so is a value after it in the same sentence; a raise the text reports ("Năm 2025 đã nâng …") is none
@pytest.mark.parametrize("text,values", [
    ("KẾ HOẠCH\nBom mìn năm 2026\n2. Định hướng đến năm 2030\nNâng diện tích đã được làm sạch lên 70% diện tích nghi ô nhiễm bom "
     "mìn; 100% xã, phường có bản đồ vùng ô nhiễm bom mìn được cập nhật.\n", [(70, 2030), (100, 2030)]),
    ("KẾ HOẠCH\nĐất đai năm 2026\nIII. MỤC TIÊU\n- Nâng tỷ lệ hộ đã được cấp giấy chứng nhận lên 98%.\n", [(98, 2026)]),
    ("KẾ HOẠCH\nRừng năm 2026\nIII. MỤC TIÊU\n- Năm 2025 đã nâng tỷ lệ che phủ rừng lên 42%.\n", []),
])
def test_what_a_raised_measure_counts_may_be_done_already(text, values):
    assert [(r["value"], r["year"]) for r in rows(text)] == values


# s32d: "mức" of a norm or a limit ("định mức", "hạn mức") is a word of the indicator, not the "ở mức" a clause trails off with
@pytest.mark.parametrize("text,indicator", [
    ("- Diện tích nhà làm việc sử dụng sai tiêu chuẩn, định mức giảm ít nhất 15% so với năm 2025.",
     "Diện tích nhà làm việc sử dụng sai tiêu chuẩn, định mức"),
    ("- Tỷ lệ hộ nghèo giảm xuống mức 2%.", "Tỷ lệ hộ nghèo"),
])
def test_a_norm_keeps_its_mức(text, indicator):
    assert one(text)["indicator"] == indicator


# --- s33b: a share column of a table of targets by unit whose header writes no unit, each cell its own "%" with or without a
# bound ("Tỷ lệ nợ quá hạn" over "< 0,3%"), beside columns with their unit in the header: the header names the indicator, the
# row's unit its scope, the cell's bound its comparator. Negatives: a column of words; shares under a caption that reports.
_CAPTION_SHARED = "CHỈ TIÊU TÍN DỤNG NĂM 2026 GIAO CHO CÁC TỔ CHỨC NHẬN ỦY THÁC\n"


_HEAD_SHARED = "STT\tTổ chức nhận ủy thác\tDư nợ ủy thác (tỷ đồng)\tTăng trưởng dư nợ (%)\t"


@pytest.mark.parametrize("text,values", [
    (_CAPTION_SHARED + _HEAD_SHARED + "Tỷ lệ nợ quá hạn\tTổ xếp loại tốt\n"
     "1\tHội Nông dân tỉnh\t2.350,5\t≥ 8\t< 0,3%\t≥ 95%\n2\tTỉnh đoàn\t1.250,5\t≥ 7,5\t< 0,25%\t≥ 90%\n",
     [("Tỷ lệ nợ quá hạn", 0.3, "%", "lt", "Hội Nông dân tỉnh"), ("Tổ xếp loại tốt", 95.0, "%", "ge", "Hội Nông dân tỉnh"),
      ("Tỷ lệ nợ quá hạn", 0.25, "%", "lt", "Tỉnh đoàn"), ("Tổ xếp loại tốt", 90.0, "%", "ge", "Tỉnh đoàn")]),
    # negatives: a column of words; a column of bare numbers with no unit anywhere
    (_CAPTION_SHARED + _HEAD_SHARED + "Xếp loại\tSố tổ\n"
     "1\tHội Nông dân tỉnh\t2.350,5\t≥ 8\tTốt\t120\n2\tTỉnh đoàn\t1.250,5\t≥ 7,5\tKhá\t85\n", []),
])
def test_a_share_column_whose_cells_write_the_unit(text, values):
    shares = [t for t in extract_targets(text) if t.indicator not in ("Dư nợ ủy thác", "Tăng trưởng dư nợ")]
    assert [(t.indicator, t.value, t.unit, t.comparator, t.scope) for t in shares] == values


# --- s33b: the items of a list that a line ending in "trong đó:" opens, one a line with the same mark ("+", "-", "a)"), are
# the parts of the last value on that line in its unit: each keeps the whole's indicator and names itself in scope.
# Negatives: an item naming a measure of its own ("Tỷ lệ …"), an item in another unit, a line that opens no list, an item
# named by a label before a colon (a line of a budget).
@pytest.mark.parametrize("text,values", [
    ("- Số người làm việc hưởng lương từ ngân sách nhà nước giảm ít nhất 10% so với năm 2022, trong đó:\n"
     "+ lĩnh vực y tế giảm tối thiểu 7%;\n+ các lĩnh vực còn lại giảm từ 12 - 15%.\n",
     [("Số người làm việc hưởng lương từ ngân sách nhà nước", 10.0, None), ("Số người làm việc hưởng lương từ ngân sách nhà nước", 7.0,
       "lĩnh vực y tế"), ("Số người làm việc hưởng lương từ ngân sách nhà nước", 12.0, "các lĩnh vực còn lại")]),
    ("1.2. Nguồn vốn ngân sách địa phương ủy thác tăng thêm ít nhất 45 tỷ đồng, trong đó:\na) ngân sách tỉnh 30 tỷ đồng;\n"
     "b) ngân sách cấp xã 15 tỷ đồng.\n",
     [("Nguồn vốn ngân sách địa phương ủy thác", 45.0, None), ("Nguồn vốn ngân sách địa phương ủy thác", 30.0, "ngân sách tỉnh"),
      ("Nguồn vốn ngân sách địa phương ủy thác", 15.0, "ngân sách cấp xã")]),
    # x22b: a crawl's blank line between the line and its items, and between the items, parts nothing …
    ("- Số người làm việc hưởng lương từ ngân sách nhà nước giảm ít nhất 10% so với năm 2022, trong đó:\n\n"
     "+ lĩnh vực y tế giảm tối thiểu 7%;\n\n+ các lĩnh vực còn lại giảm từ 12 - 15%.\n",
     [("Số người làm việc hưởng lương từ ngân sách nhà nước", 10.0, None), ("Số người làm việc hưởng lương từ ngân sách nhà nước", 7.0,
       "lĩnh vực y tế"), ("Số người làm việc hưởng lương từ ngân sách nhà nước", 12.0, "các lĩnh vực còn lại")]),
    # … but a heading of the items' own between them still does
    ("- Số người làm việc hưởng lương từ ngân sách nhà nước giảm ít nhất 10% so với năm 2022, trong đó:\n\n"
     "Các lĩnh vực chuyên ngành:\n\n+ lĩnh vực y tế giảm tối thiểu 7%;\n\n+ các lĩnh vực còn lại giảm từ 12 - 15%.\n",
     [("Số người làm việc hưởng lương từ ngân sách nhà nước", 10.0, None), ("lĩnh vực y tế", 7.0, None),
      ("các lĩnh vực còn lại", 12.0, None)]),
    ("- Tổng dư nợ tăng 8%, trong đó:\n+ Tỷ lệ nợ quá hạn dưới 0,3%.\n", [("Tổng dư nợ", 8.0, None), ("Tỷ lệ nợ quá hạn", 0.3, None)]),
    ("- Tổng dư nợ tăng 8%, trong đó:\n\n+ Tỷ lệ nợ quá hạn dưới 0,3%.\n", [("Tổng dư nợ", 8.0, None), ("Tỷ lệ nợ quá hạn", 0.3, None)]),
    ("- Tổng số lao động được đào tạo 5.000 người, trong đó:\n- Tỷ lệ lao động qua đào tạo đạt 70%.\n",
     [("Tổng số lao động được đào tạo", 5000.0, None), ("Tỷ lệ lao động qua đào tạo", 70.0, None)]),
    ("- Tổng dư nợ tăng 8%.\n+ Tỷ lệ nợ quá hạn dưới 0,3%.\n", [("Tổng dư nợ", 8.0, None), ("Tỷ lệ nợ quá hạn", 0.3, None)]),
    # … nor the lines of a budget, each named by its label before a colon
    ("3. Tổng chi ngân sách địa phương: 31.266,5 tỷ đồng, gồm:\na) Chi đầu tư phát triển: 9.845 tỷ đồng;\n"
     "b) Dự phòng ngân sách: 620 tỷ đồng.\n",
     [("Tổng chi ngân sách địa phương", 31266.5, None), ("Chi đầu tư phát triển", 9845.0, None), ("Dự phòng ngân sách", 620.0, None)]),
])
def test_the_items_under_a_line_ending_in_trong_do(text, values):
    assert [(t.indicator, t.value, t.scope) for t in extract_targets(text)] == values


# s33c: a list of projects scheduled row by row ("DANH MỤC DỰ ÁN …": Tên dự án | Địa bàn | Số hộ bố trí (hộ) | Thời gian
# thực hiện | Đơn vị chủ trì), no year in its caption: each project's count is due by the last year of its time cell, named
# by the column's measure with the project as its scope; the total row is the measure's, for no one project. Not a list
# that reports (a caption of what was done), nor one whose time cells state no year.
@pytest.mark.parametrize("caption, times, expected", [
    ("DANH MỤC DỰ ÁN BỐ TRÍ DÂN CƯ TẬP TRUNG", ("2026 - 2027", "2028 - 2029"),
     [(180, 2027, "Bố trí dân cư vùng sạt lở bản Nậm Cấu"), (75, 2029, "Điểm dân cư biên giới Mù Cả"), (255, None, None)]),
    ("DANH SÁCH DỰ ÁN ĐÃ HOÀN THÀNH", ("2022 - 2023", "2024 - 2025"), []),
    ("DANH MỤC DỰ ÁN BỐ TRÍ DÂN CƯ TẬP TRUNG", ("Quý III", "Hằng năm"), []),
])
def test_a_scheduled_list_of_projects_counts_by_its_rows_years(caption, times, expected):
    text = ("KẾ HOẠCH\nBố trí dân cư giai đoạn 2026 - 2030\n\nPHỤ LỤC\n" + caption + "\n"
            "(Kèm theo Kế hoạch số 38/KH-UBND ngày 28/01/2026 của Ủy ban nhân dân tỉnh)\n"
            "TT\tTên dự án\tĐịa bàn\tSố hộ bố trí (hộ)\tThời gian thực hiện\tĐơn vị chủ trì\n"
            f"1\tBố trí dân cư vùng sạt lở bản Nậm Cấu\tXã Pa Tần\t180\t{times[0]}\tỦy ban nhân dân xã Pa Tần\n"
            f"2\tĐiểm dân cư biên giới Mù Cả\tXã Mù Cả\t75\t{times[1]}\tBộ Chỉ huy Bộ đội Biên phòng tỉnh\n"
            "\tTổng cộng\t\t255\t\t\n")
    got = [t for t in extract_targets(text) if t.rule == "rule_table_cell"]
    assert all(t.indicator.startswith("Số hộ bố trí") and t.unit == "hộ" for t in got)
    assert [(t.value, t.year if t.scope else None, t.scope) for t in got] == expected


# s35a: the year of a standard's or a symbol's code in a numbered item's label ("c) Tỷ lệ hộ có nhà tiêu hợp vệ sinh theo QCVN
# 01:2021/BYT đạt trên 90%") is when that document was issued, not when the item's values are due: they keep the heading's
# year (a year of the 2000s read from the code dated them in the past, and the values were dropped as results). Negative: a
# label's own year ("c) Năm 2027: …") still dates its values.
@pytest.mark.parametrize("item, expected", [
    ("c) Tỷ lệ hộ có nhà tiêu hợp vệ sinh theo QCVN 01:2021/BYT đạt trên 90%; 100% trường học có nước sạch.",
     [(90.0, "gt", 2030), (100.0, "eq", 2030)]),
    ("c) Tỷ lệ hộ sử dụng nước sạch đáp ứng TCVN 5502:2003 đạt 65%.", [(65.0, "eq", 2030)]),
    ("c) Tỷ lệ cơ sở xử lý nước thải đạt chuẩn theo Nghị định số 08/2022/NĐ-CP đạt 65%.", [(65.0, "eq", 2030)]),
    ("c) Năm 2027: tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 85%.", [(85.0, "eq", 2027)]),
])
def test_a_codes_year_in_an_items_label_dates_no_target(item, expected):
    text = "KẾ HOẠCH\nCấp nước sạch giai đoạn 2026 - 2030\n\n2. Mục tiêu đến năm 2030\n" + item + "\n"
    assert [(t.value, t.comparator, t.year) for t in extract_targets(text)] == expected


# s35g: a value written first with its object after it takes the verb of its clause for its canonical indicator (the name
# stays the object: "kè bờ biển"), as a count named "Số …" does; a stock the line states takes none
@pytest.mark.parametrize("line, expected", [
    ("- Nạo vét, cải tạo 115 km cống, rãnh, mương thoát nước đô thị.",
     [("cống, rãnh, mương thoát nước đô thị", 115, "activity_works_length")]),
    ("- Đầu tư xây dựng mới ít nhất 48 km kè bờ biển và 35 km kè bờ sông.",
     [("kè bờ biển", 48, "activity_works_length"), ("kè bờ sông", 35, "activity_works_length")]),
    ("- Đưa vào vận hành thêm 450 MW điện gió.", [("điện gió", 450, "new_capacity_power_generation")]),
    ("- Toàn tỉnh hiện có 120 km đê biển.", []),
])
def test_a_value_first_name_takes_its_clause_verb(line, expected):
    got = extract_targets("KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n" + line + "\n")
    assert [(t.indicator, t.value, t.indicator_id) for t in got] == expected


# s35g (precision): a count after another of the same clause keeps that clause's verb of making new: no stock's id
def test_a_count_made_new_in_a_series_is_no_stock():
    got = extract_targets("KẾ HOẠCH\nBảo tồn làng nghề năm 2026\n"
                          "- Công nhận mới ít nhất 08 làng nghề và 05 làng nghề truyền thống.\n"
                          "- Duy trì 70 làng nghề truyền thống.\n"
                          "- Thành lập mới 40 câu lạc bộ liên thế hệ tự giúp nhau.\n")
    assert [(t.value, t.indicator_id) for t in got] == [(8, None), (5, None), (70, "traditional_craft_villages"),
                                                        (40, "intergenerational_clubs_new")]


# s35a: "kết quả giải quyết thủ tục hành chính" is the paper a procedure hands back (Nghị định 61/2018/NĐ-CP, Điều 3), a noun in
# what a plan digitises, not a report of results: the count committed after it in the same sentence stays a target. Negative:
# a clause that reports results ("Kết quả năm 2025: …") still gives none.
@pytest.mark.parametrize("item, expected", [
    ("c) Số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực; tăng thêm 30 cơ sở dữ liệu chuyên ngành được kết nối.",
     [(100.0, "%"), (30.0, "cơ sở dữ liệu")]),
    ("c) Công khai 100% kết quả giải quyết hồ sơ; tăng thêm 12 thủ tục được cung cấp trực tuyến toàn trình.",
     [(100.0, "%"), (12.0, "thủ tục")]),
    ("c) Kết quả năm 2025: số hóa 80% hồ sơ; tăng thêm 30 cơ sở dữ liệu.", []),
])
def test_the_papers_a_procedure_returns_report_no_result(item, expected):
    text = "KẾ HOẠCH\nChuyển đổi số giai đoạn 2026 - 2030\n\n2. Mục tiêu đến năm 2030\n" + item + "\n"
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# s35a: two shares joined by "và", the predicate written once after the second: the first is named with it too, as the gold of
# such shares reads ("95% chất thải rắn … đô thị và 85% … nông thôn được thu gom, xử lý"); the "được" the shared predicate opens
# with, after a verb of the second's own subject. Negatives: a first share with a predicate of its own keeps its name.
@pytest.mark.parametrize("item, names", [
    ("b) Phấn đấu 100% hồ sơ công việc tại cấp tỉnh và 90% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.",
     ["hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng", "hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng"]),
    ("b) 100% sản phẩm OCOP từ 3 sao trở lên và 100% sản phẩm có chỉ dẫn địa lý được gắn tem truy xuất nguồn gốc.",
     ["sản phẩm OCOP từ 3 sao trở lên được gắn tem truy xuất nguồn gốc", "sản phẩm có chỉ dẫn địa lý được gắn tem truy xuất nguồn gốc"]),
    ("b) 95% hộ có nhà tiêu hợp vệ sinh và 90% hộ có nước sạch.", ["hộ có nhà tiêu hợp vệ sinh", "hộ có nước sạch"]),
])
def test_two_shares_name_the_predicate_they_share(item, names):
    text = "KẾ HOẠCH\nChuyển đổi số giai đoạn 2026 - 2030\n\n2. Mục tiêu đến năm 2030\n" + item + "\n"
    assert [t.indicator for t in extract_targets(text)] == names


# s35a: "nhà tiêu" (QCVN 01:2021/BYT) is one count noun, as "nhà vệ sinh" is: "350 nhà tiêu hợp vệ sinh" counts latrines, not
# houses; a house stays "nhà".
@pytest.mark.parametrize("item, unit", [
    ("3. Hỗ trợ xây dựng 350 nhà tiêu hợp vệ sinh cho hộ nghèo, hộ cận nghèo.", "nhà tiêu"),
    ("3. Xây dựng 120 nhà ở cho hộ nghèo.", "nhà"),
])
def test_a_latrine_is_one_count_noun(item, unit):
    assert [t.unit for t in extract_targets("III. NHIỆM VỤ\n" + item + "\n")] == [unit]


# s36a: "điểm trường" (the school sites of the Điều lệ trường mầm non / tiểu học) is one count noun: "25 điểm trường" counts
# school sites, not points; a point stays "điểm".
@pytest.mark.parametrize("item, unit", [
    ("3. Xây dựng 25 điểm trường chính đạt chuẩn tại các xã miền núi.", "điểm trường"),
    ("3. Bố trí 24 điểm tập kết chất thải đã phân loại.", "điểm"),
])
def test_a_school_site_is_one_count_noun(item, unit):
    text = "KẾ HOẠCH\nPhát triển giáo dục mầm non giai đoạn 2026 - 2030\n\nIII. NHIỆM VỤ\n" + item + "\n"
    assert [t.unit for t in extract_targets(text)] == [unit]


# s36a: how an output is given ("miễn phí") may stand between the commitment's verb and its count: the count is still one
# (a verb that commits to nothing stays none).
@pytest.mark.parametrize("item, values", [
    ("- Cấp phát miễn phí 11.800 bộ thùng chứa chất thải thực phẩm cho hộ gia đình.", [(11800.0, "bộ thùng")]),
    ("- Khám sức khỏe miễn phí cho 500 người cao tuổi.", [(500.0, "người")]),
    ("- Người dân được sử dụng miễn phí 10 phần mềm kế toán.", []),
])
def test_free_of_charge_between_the_verb_and_its_count(item, values):
    assert [(t.value, t.unit) for t in extract_targets("III. NHIỆM VỤ\n" + item + "\n")] == values


# s35e: a target named in a task table's task cell is due by its row's time cell, not by the table's caption: its last year,
# a span its period (as a product cell's, rule_task_product); a time cell without a year leaves the caption's.
TASK_TABLE = (
    "III. NHIỆM VỤ\n1. Đầu tư cơ sở vật chất.\n\n**PHỤ LỤC**\n\nNHIỆM VỤ CỤ THỂ GIAI ĐOẠN 2026 - 2030\n\n"
    "|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Chủ trì**\n|\n**Phối hợp**\n|\n**Thời gian hoàn\nthành**\n|\n|\n"
    "1\n|\nXây mới, cải tạo, nâng cấp 32 trạm y\ntế\n|\nỦy ban nhân dân các xã, phường\n|\nSở Y tế; Sở Tài chính\n|\nNăm 2026 - 2027\n|\n|\n"
    "2\n|\nĐào tạo y học gia đình cho 250 bác sĩ tuyến xã\n|\nSở Y tế\n|\nTrường Cao đẳng Y tế\n|\nQuý IV/2028\n|\n|\n"
    "3\n|\nKiểm tra 60 trạm y tế theo Bộ tiêu chí\n|\nSở Y tế\n|\nTrung tâm Y tế các khu vực\n|\nHằng năm\n|\n|\n")


def test_a_task_cells_target_is_due_by_its_rows_time():
    got = [(r.value, r.year, r.period) for r in extract_targets(TASK_TABLE)]
    assert got == [(32, 2027, "2026-2027"), (250, 2028, None), (60, 2030, "2026-2030")]


# s36d: a number that ends its cell takes no unit from the next cell: a task row's time cell "2026 - 2027" before its product
# "Cơ sở dữ liệu, hệ thống vận hành" (tab rows, as the office types a table) is no count of 2027 databases; a value and its
# unit in one cell still are one.
@pytest.mark.parametrize("row, values", [
    ("4\tXây dựng cơ sở dữ liệu hội nhập quốc tế\tSở Công Thương\tSở Khoa học và Công nghệ\t2026 - 2027\tCơ sở dữ liệu, hệ thống vận hành", []),
    ("5\tTập huấn FTA cho doanh nghiệp\tSở Công Thương\tHiệp hội Doanh nghiệp tỉnh\t2026 - 2030\tLớp tập huấn", []),
    ("6\tXây dựng 02 cơ sở dữ liệu chuyên ngành\tSở Công Thương\tSở Tài chính\tNăm 2027\tCơ sở dữ liệu", [(2.0, "cơ sở dữ liệu")]),
])
def test_a_number_ending_its_cell_takes_no_unit_from_the_next(row, values):
    text = ("PHỤ LỤC\nNHIỆM VỤ TRỌNG TÂM\nSTT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm\n"
            "1\tQuán triệt Nghị quyết\tSở Nội vụ\tSở Tư pháp\tQuý II/2026\tHội nghị quán triệt\n" + row + "\n")
    assert [(t.value, t.unit) for t in extract_targets(text)] == values


# s36d: what a plan strengthens, sets up or puts up for auction are outputs it commits to ("củng cố 04 chốt chiến đấu", "bố trí
# 01 tổ quân y cơ động", "Đưa ra đấu giá 26 khu đất"; cues.tsv), a second commitment after "và" its own value; the parcels of
# an auction are counted in "khu đất" (units.tsv, Luật Đất đai 2024); the plan's funds stay no count
@pytest.mark.parametrize("item, values", [
    ("- Xây dựng 01 khu vực căn cứ chiến đấu và củng cố 04 chốt chiến đấu dân quân tại các ấp trọng điểm.",
     [(1.0, "khu vực"), (4.0, "chốt")]),
    ("- Trạm Y tế xã bố trí 01 tổ quân y cơ động trong suốt thời gian thực hành diễn tập.", [(1.0, "tổ")]),
    ("b) Đưa ra đấu giá 26 khu đất với tổng diện tích khoảng 78,6 ha.", [(26.0, "khu đất"), (78.6, "ha")]),
    ("- Sở Tài chính bố trí 500 triệu đồng để thực hiện Kế hoạch.", []),
])
def test_outputs_strengthened_set_up_or_auctioned(item, values):
    assert [(t.value, t.unit) for t in extract_targets("III. NHIỆM VỤ\n" + item + "\n")] == values


# w20c: the whole year after its parts ("quý I/2027 đạt 62%, …, quý III/2027 đạt 68% và cả năm đạt trên 70%") goes on the
# series, the year of the step before; a measure named "cả năm" on its own keeps its name (no series before it)
@pytest.mark.parametrize("text,expected", [
    ("II. CHỈ TIÊU NĂM 2027\nTỷ lệ hồ sơ trực tuyến toàn trình quý I/2027 đạt 62%, quý II/2027 đạt 65%, quý III/2027 đạt 68% và cả"
     " năm đạt trên 70%.",
     [(62, 2027, "eq"), (65, 2027, "eq"), (68, 2027, "eq"), (70, 2027, "gt")]),
    ("Tỷ lệ giải ngân vốn đầu tư công đến hết quý I/2027 đạt 15%, đến hết quý II/2027 đạt 40%, cả năm đạt trên 95%.",
     [(15, 2027, "eq"), (40, 2027, "eq"), (95, 2027, "gt")]),
])
def test_the_whole_year_after_its_parts_goes_on_the_series(text, expected):
    got = rows(text)
    assert [(r["value"], r["year"], r["comparator"]) for r in got] == expected
    assert len({r["indicator"].split(" quý")[0].split(" đến")[0] for r in got}) == 1
    assert not any(r["indicator"].lower().startswith("cả năm") for r in got)


def test_a_measure_of_the_whole_year_alone_keeps_its_name():
    assert one("Sản lượng lương thực cả năm đạt 1,2 triệu tấn.")["indicator"] == "Sản lượng lương thực cả năm"


# w20c: a system's security level is no count of systems
def test_a_systems_security_level_is_no_count():
    assert rows("- Bảo đảm an toàn hệ thống thông tin cấp độ 3 trở lên.") == []


# w20c: landfills and flower gardens are counted by their nouns ("bãi", Nghị định 08/2022/NĐ-CP's "bãi chôn lấp"; "vườn hoa",
# QCVN 01:2021/BXD's public green space), not dropped nor counted as plain "vườn"
@pytest.mark.parametrize("text,value,unit", [
    ("- Xử lý dứt điểm 14 bãi chôn lấp chất thải rắn sinh hoạt không hợp vệ sinh.", 14, "bãi"),
    ("- Giai đoạn 2026 - 2027: hoàn thành xử lý 08 bãi chôn lấp không hợp vệ sinh.", 8, "bãi"),
    ("- Xây dựng mới 05 vườn hoa tại khu dân cư.", 5, "vườn hoa"),
    ("- Bình tuyển 25 vườn cây đầu dòng cà phê.", 25, "vườn"),
    # and the systems a plan connects ("hệ thống", Nghị định 85/2016/NĐ-CP), not only those it builds
    ("- Kết nối 15 hệ thống thông tin của các sở, ngành.", 15, "hệ thống"),
    ("- Hoàn thành 07 hệ thống xử lý nước thải tập trung các khu công nghiệp.", 7, "hệ thống"),
])
def test_landfills_and_flower_gardens_are_counted_by_their_nouns(text, value, unit):
    assert (one(text)["value"], one(text)["unit"]) == (value, unit)


# w20c: a task's estimated funds ("…; kinh phí dự kiến 9,6 tỷ đồng") are an input of the plan, as its total is; money the plan
# raises stays a target
@pytest.mark.parametrize("text,values", [
    ("- Đầu tư 1.200 bộ đèn LED chiếu sáng ngõ, ngách; kinh phí dự kiến 9,6 tỷ đồng.", [1200]),
    ("Kinh phí dự kiến 128 tỷ đồng, trong đó ngân sách phường 46 tỷ đồng.", []),
    ("- Huy động kinh phí dự kiến 200 tỷ đồng từ xã hội hóa.", [200]),
])
def test_a_tasks_estimated_funds_are_no_target(text, values):
    assert [r["value"] for r in rows(text)] == values


# t20: a note cell ("Ghi chú") that states a level of the row's share is a statement of a target (spec: every statement of
# a target is a row, an appendix table's alike): in %, due by the year it names, else by the plan's last column, its bound
# the comparator; a note's other words, a figure in a row not measured in %, a year before the plan's, state none. The
# note's change ("Tăng 20%") stays as it was (rule_table_note).
NOTE_TABLE = ("PHỤ LỤC\nCÁC CHỈ TIÊU CHỦ YẾU\nSTT\tChỉ tiêu\tĐơn vị tính\tƯớc thực hiện năm 2025\tNăm 2026\tNăm 2028\tNăm 2030\tGhi chú\n"
              "1\tTỷ lệ học sinh đạt tiêu chuẩn đánh giá thể lực\t%\t82,4\t84\t87\t≥ 90\t{note}\n")


@pytest.mark.parametrize("note,expected", [
    ("Năm 2027: 85%", (85.0, "%", "eq", 2027)),
    ("Không quá 95%", (95.0, "%", "le", 2030)),
    ("Tối thiểu 88%", (88.0, "%", "ge", 2030)),
    ("≥ 92%", (92.0, "%", "ge", 2030)),
])
def test_a_note_cell_states_a_level(note, expected):
    found = [(t.value, t.unit, t.comparator, t.year) for t in extract_targets(NOTE_TABLE.format(note=note))
             if t.rule == "rule_table_note_level"]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    NOTE_TABLE.format(note="Lũy kế"),
    NOTE_TABLE.format(note="Theo Quyết định số 12/2025/QĐ-UBND"),
    NOTE_TABLE.format(note="Năm 2024: 80%"),  # a year before the plan's: a baseline
    NOTE_TABLE.replace("\t%\t", "\ttrường\t").format(note="85%"),  # a figure in a row not measured in %
])
def test_a_note_cell_that_states_no_level(text):
    assert [t for t in extract_targets(text) if t.rule == "rule_table_note_level"] == []


# t20: a count of an increment ("Tăng thêm 15 trường …", "có thêm 06 xã …") is the increment stated, direction increase
# (spec: direction from "tăng", the value as stated); a count joined by "và" to it, with no verb of its own, shares the rise
# ("… và 08 lò sấy"); not a count after a verb of its own ("… và sửa chữa 10 trường") nor after a comma's new clause.
@pytest.mark.parametrize("text,directions", [
    ("d) Tăng thêm 15 máy gặt đập liên hợp và 08 lò sấy so với năm 2025.", ["increase", "increase"]),
    ("- Phấn đấu có thêm 08 xã và 35 thôn ra khỏi diện đặc biệt khó khăn.", ["increase", "increase"]),
    ("- Giảm ít nhất 10 cơ sở chăn nuôi và 05 cơ sở giết mổ nhỏ lẻ.", ["decrease", "decrease"]),
    ("- Tăng thêm 01 trường đạt chuẩn quốc gia.", ["increase"]),
    # near misses
    ("- Xây mới 05 trường học và sửa chữa 10 trường học.", [None, None]),
    ("- Tăng thêm 15 máy gặt đập liên hợp; duy trì 08 lò sấy.", ["increase", "maintain"]),
])
def test_a_rise_said_once_before_joined_counts(text, directions):
    assert [t.direction for t in extract_targets(text)] == directions



# t20: a quota counted in "chỉ tiêu" where its clause recruits or enrols is a target (places to fill); the plan's own
# indicators counted ("21/24 chỉ tiêu chủ yếu đạt", "Kế hoạch gồm 12 chỉ tiêu") are none, nor a quota in a clause that
# recruits nothing.
@pytest.mark.parametrize("text,expected", [
    ("Tổng chỉ tiêu tuyển dụng viên chức giáo dục năm 2027 là 1.420 chỉ tiêu, trong đó mầm non 520 chỉ tiêu, tiểu học 480 "
     "chỉ tiêu.", [(1420.0, "chỉ tiêu", None), (520.0, "chỉ tiêu", "mầm non"), (480.0, "chỉ tiêu", "tiểu học")]),
    ("- Tuyển dụng 120 chỉ tiêu giáo viên mầm non.", [(120.0, "chỉ tiêu", None)]),
    # near misses
    ("Năm 2026 có 21/24 chỉ tiêu chủ yếu đạt và vượt kế hoạch.", []),
    ("Kế hoạch gồm 12 chỉ tiêu chủ yếu về kinh tế, xã hội.", []),
    ("Đạt 87,5% chỉ tiêu được giao; 164 chỉ tiêu giáo viên không có người dự tuyển.", [(87.5, "%", None)]),
])
def test_a_recruitment_quota_in_chi_tieu(text, expected):
    assert [(t.value, t.unit, t.scope) for t in extract_targets(text)] == expected



# w20b: a rate's change in percentage points ("điểm phần trăm", units.tsv: Nghị quyết 16/2021/QH15) is a rate: after the level
# it changes, it is that rate's change (rule_rate_of_previous), never a count of "điểm"; a score in "điểm" stays a count.
@pytest.mark.parametrize("item, values", [
    ("- Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội đạt 32%, tăng 2,6 điểm phần trăm so với năm 2025.",
     [(32.0, "%", "Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội"),
      (2.6, "điểm phần trăm", "tăng Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội")]),
    ("- Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm mỗi năm.", [(1.5, "điểm phần trăm", "Tỷ lệ hộ nghèo")]),
    ("- Chỉ số cải cách hành chính đạt 90 điểm trở lên.", [(90.0, "điểm", "Chỉ số cải cách hành chính")]),
])
def test_a_change_in_percentage_points_is_the_rates(item, values):
    assert [(t.value, t.unit, t.indicator) for t in extract_targets("I. MỤC TIÊU\n" + item + "\n")] == values


# w20b: a count restated after "bình quân" with its "lượt" and the same noun the count before has ("… 190.000 lượt lao động,
# bình quân 38.000 lượt lao động mỗi năm") is that count's yearly figure, its indicator; another noun after "lượt" names its own.
@pytest.mark.parametrize("item, names", [
    ("- Giải quyết việc làm cho 190.000 lượt lao động, bình quân 38.000 lượt lao động mỗi năm.",
     ["Giải quyết việc làm cho lượt lao động", "Giải quyết việc làm cho lượt lao động"]),
    ("- Tập huấn cho 500 lượt cán bộ, bình quân 100 lượt học viên mỗi năm.",
     ["Tập huấn cho lượt cán bộ", "Số lượt học viên mỗi năm"]),
])
def test_a_restated_count_of_the_same_noun_after_its_unit(item, names):
    assert [t.indicator for t in extract_targets("I. MỤC TIÊU\n" + item + "\n")] == names


# w20b: "Tổng kinh phí thực hiện dự kiến …" (the plan's cost, "thực hiện" with no object) and its parts are the plan's funding,
# no targets; a revenue "thực hiện" reaches stays one.
@pytest.mark.parametrize("item, values", [
    ("Tổng kinh phí thực hiện dự kiến 1.286 tỷ đồng, trong đó ngân sách tỉnh 842 tỷ đồng, vốn Chương trình mục tiêu quốc gia "
     "444 tỷ đồng.", []),
    ("- Doanh thu thực hiện đạt 1.200 tỷ đồng.", [(1200.0, "tỷ đồng")]),
])
def test_the_plans_cost_with_thuc_hien_and_no_object(item, values):
    assert [(t.value, t.unit) for t in extract_targets("III. NHIỆM VỤ\n5. Bảo đảm kinh phí\n" + item + "\n")] == values


# w21c: a part that reports the budget's collection of the year before ("II. KẾT QUẢ THU NGÂN SÁCH NĂM 2026") states results,
# not targets; the plan's own part after it does
def test_the_reported_budget_collection_is_no_target():
    text = ("KẾ HOẠCH\nThực hiện nhiệm vụ thu ngân sách nhà nước năm 2027\nII. KẾT QUẢ THU NGÂN SÁCH NĂM 2026\n"
            "Tổng nợ thuế đến ngày 30/11/2026 là 1.412 tỷ đồng; toàn tỉnh có 7.840 hộ kinh doanh sử dụng hóa đơn điện tử.\n"
            "III. CHỈ TIÊU NĂM 2027\nThu hồi nợ thuế đạt tối thiểu 560 tỷ đồng.\n")
    assert [(t.value, t.unit) for t in extract_targets(text)] == [(560.0, "tỷ đồng")]


# w21c: the parts after the parent's change ("đạt 28.150 tỷ đồng, tăng 13,3% so với …; trong đó … 19.600 tỷ đồng") are the
# value's parts, in its unit; a part in % after a rate stays the rate's
def test_a_breakdown_after_the_parents_change():
    text = ("Phấn đấu thu nội địa năm 2027 đạt 28.150 tỷ đồng, tăng 13,3% so với ước thực hiện năm 2026; trong đó thu ngoài "
            "tiền sử dụng đất đạt 19.600 tỷ đồng.")
    assert [(t.indicator, t.value, t.unit) for t in extract_targets(text)] == [
        ("thu nội địa", 28150.0, "tỷ đồng"), ("tăng thu nội địa", 13.3, "%"), ("thu nội địa", 19600.0, "tỷ đồng")]
# w21b: a table of the plan's money by source and year ("Nguồn kinh phí | 2026 | … | Tổng" under a caption naming its
# "kinh phí") is the plan's funding, no target; the capital a public investment plan allocates by source ("KẾ HOẠCH ĐẦU TƯ
# CÔNG … NGUỒN VỐN", "Nguồn vốn | Kế hoạch năm 2027") stays its targets.
FUNDING_BY_SOURCE = ("Phụ lục II\nKINH PHÍ THỰC HIỆN KẾ HOẠCH THEO NGUỒN VÀ THEO NĂM\nĐơn vị tính: triệu đồng\n"
                     "Nguồn kinh phí\t2026\t2027\t2028\tTổng\nNgân sách tỉnh\t3.200\t3.400\t3.500\t10.100\n"
                     "Ngân sách cấp xã\t2.800\t3.000\t3.100\t8.900\nTổng cộng\t6.000\t6.400\t6.600\t19.000\n")
CAPITAL_BY_SOURCE = ("PHỤ LỤC SỐ 03\nKẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2027 NGUỒN VỐN NGÂN SÁCH NHÀ NƯỚC\nĐơn vị: triệu đồng\n"
                     "STT\tNguồn vốn\tKế hoạch năm 2026\tKế hoạch năm 2027\n1\tVốn ngân sách địa phương\t5.480.000\t6.120.000\n"
                     "2\tVốn ngân sách trung ương\t3.300.000\t3.725.000\n")


@pytest.mark.parametrize("text, values", [
    (FUNDING_BY_SOURCE, []),
    (CAPITAL_BY_SOURCE, [(5480000.0, 2026), (6120000.0, 2027), (3300000.0, 2026), (3725000.0, 2027)]),
])
def test_the_plans_funding_by_source_is_no_target(text, values):
    assert [(t.value, t.year) for t in extract_targets("V. KINH PHÍ\n" + text)] == values


# w21b: a cell whose words after the number are the noun its row's label counts ("1.130 câu lạc bộ" beside "Số câu lạc bộ …")
# is a value in that noun, though the units list lacks it; other words in a cell still make it no value cell.
@pytest.mark.parametrize("row, values", [
    ("b)\tSố câu lạc bộ gia đình phát triển bền vững duy trì hoạt động\t1.130 câu lạc bộ\t1.150 câu lạc bộ",
     [(1130.0, "câu lạc bộ", 2027), (1150.0, "câu lạc bộ", 2030)]),
    ("b)\tTỷ lệ hộ gia đình đạt chuẩn văn hóa\tcâu lạc bộ 12\tđang xây dựng", []),
    ("b)\tSố nhóm phòng, chống bạo lực gia đình\t1.130 câu lạc bộ\t1.150 câu lạc bộ", []),
])
def test_a_cell_counted_in_the_noun_its_label_counts(row, values):
    text = "Phụ lục I\nCHỈ TIÊU GIAI ĐOẠN 2026 - 2030\nSTT\tChỉ tiêu\tĐến năm 2027\tĐến năm 2030\n" + row + "\n"
    assert [(t.value, t.unit, t.year) for t in extract_targets(text)] == values


# w21b: a part of a count that writes the whole's unit of several syllables again ("… 260 vận động viên, trong đó vận động
# viên đội tuyển tỉnh 95 vận động viên") is counted in that unit, not in its first syllable; the head alone ("620 phòng học,
# trong đó … 210 phòng") stays the head.
@pytest.mark.parametrize("item, units", [
    ("- Đào tạo 260 vận động viên, trong đó vận động viên đội tuyển tỉnh 95 vận động viên.", ["vận động viên", "vận động viên"]),
    ("- Xây dựng 620 phòng học, trong đó các xã miền núi 210 phòng.", ["phòng học", "phòng"]),
])
def test_a_part_that_writes_the_whole_unit_again(item, units):
    assert [t.unit for t in extract_targets("III. NHIỆM VỤ\n" + item + "\n")] == units


# w21b: "địa chỉ tin cậy" (Luật Phòng, chống bạo lực gia đình 2022: the community shelter) is counted whole, not as "địa chỉ".
@pytest.mark.parametrize("item, units", [
    ("- Duy trì 480 địa chỉ tin cậy tại cộng đồng.", ["địa chỉ tin cậy"]),
    ("- Mỗi xã, phường có ít nhất 01 địa chỉ tin cậy tại cộng đồng.", ["địa chỉ tin cậy"]),
])
def test_a_community_shelter_is_counted_whole(item, units):
    assert [t.unit for t in extract_targets("II. MỤC TIÊU\n" + item + "\n")] == units


# w21b: of two phases before a count in one sentence, the count is the nearer's ("giai đoạn 2026 - 2027 hoàn thành …; giai đoạn
# 2028 - 2030 xây dựng … 10 nhà"), as a road map lays its phases out one after another; a phase alone before it stays its own.
@pytest.mark.parametrize("item, years", [
    ("- Lộ trình đầu tư: giai đoạn 2026 - 2027 hoàn thành rà soát, bố trí quỹ đất; giai đoạn 2028 - 2030 xây dựng 10 nhà tập "
     "luyện thể thao đa năng cấp xã.", [(2030, "2028-2030")]),
    ("- Giai đoạn 2026 - 2027 xây dựng 10 nhà tập luyện thể thao đa năng cấp xã.", [(2027, "2026-2027")]),
])
def test_a_count_takes_the_nearer_phase_before_it(item, years):
    assert [(t.year, t.period) for t in extract_targets("IV. NHIỆM VỤ VÀ GIẢI PHÁP\n" + item + "\n")] == years
# w21d: a classifier then a verb that hands the things over and whom they go to ("5.000 cuốn gửi các địa phương"): the verb is
# what is done with them, no syllable of their noun ("tờ gấp" is one); the count is named by the clause before it
@pytest.mark.parametrize("text,unit,indicator,not_in", [
    ("b) Biên soạn tài liệu hỏi - đáp về Luật, in và phát hành ít nhất 5.000 cuốn gửi các địa phương; đăng tải toàn văn trên "
     "Cổng Thông tin điện tử của Bộ.", "cuốn", "tài liệu hỏi - đáp về Luật", "gửi"),
])
def test_a_classifier_then_where_the_things_are_sent(text, unit, indicator, not_in):
    row = one(text)
    assert row["unit"] == unit and indicator in row["indicator"] and not_in not in row["indicator"], row


def test_a_classifier_then_a_verb_of_its_noun_keeps_it():
    row = one("- In 50.000 tờ gấp tuyên truyền về phòng, chống ma túy.")
    assert row["unit"] == "tờ gấp", row


# w21d: a part of the whole's count after "trong đó": named by "là" after a count in its own unit ("…, trong đó 120 người là
# chuyên gia …": 120 of the 1.500), or before it after a period that closes the whole's clause ("… trong giai đoạn 2026 - 2027,
# trong đó công chức cấp xã là 250 người"): the whole's indicator, the part as scope
@pytest.mark.parametrize("text,scope", [
    ("- Đào tạo, thu hút ít nhất 1.500 nhân lực công nghệ số chất lượng cao, trong đó 120 người là chuyên gia về trí tuệ nhân "
     "tạo, bán dẫn.", "chuyên gia về trí tuệ nhân tạo, bán dẫn"),
    ("b) Tổ chức bồi dưỡng nghiệp vụ cho ít nhất 600 công chức làm công tác quản lý địa chất, khoáng sản ở trung ương và địa "
     "phương trong giai đoạn 2026 - 2027, trong đó công chức cấp xã là 250 người.", "công chức cấp xã"),
])
def test_a_part_of_a_count_keeps_the_wholes_indicator(text, scope):
    whole, part = rows(text)
    assert part["indicator"] == whole["indicator"] and scope in (part["scope"] or ""), (whole, part)


def test_a_part_that_does_something_of_its_own_names_itself():
    whole, part = rows("- Đào tạo, thu hút ít nhất 1.500 nhân lực công nghệ số chất lượng cao, trong đó 120 người được đào tạo "
                       "ở nước ngoài.")
    assert part["indicator"] != whole["indicator"] and part["scope"] is None, (whole, part)


# w21d: the spaced hyphen of a compound ("hỏi - đáp", "kinh tế - xã hội") is no word of a name: a clause before a count named by
# its verbs alone is not cut as a long sentence for it ("Biên soạn tài liệu hỏi - đáp về …, phát hành 1.500 cuốn đến …"); a name
# that long in words still is
@pytest.mark.parametrize("text,kept", [
    ("- Biên soạn tài liệu hỏi - đáp về bảo vệ bí mật nhà nước, phát hành 1.500 cuốn đến các cơ quan, đơn vị, địa phương.",
     "tài liệu hỏi - đáp về bảo vệ bí mật nhà nước"),
])
def test_a_compounds_hyphen_is_no_word_of_the_name(text, kept):
    row = one(text)
    assert kept in row["indicator"], row


@pytest.mark.parametrize("name,words", [
    ("kinh tế - xã hội", 4), ("nông - lâm - thủy sản", 4), ("Tỷ lệ đạt 100% - 5", 5), ("hỏi-đáp về Luật", 3),
])
def test_the_words_of_a_name_leave_out_a_hyphen_standing_alone(name, words):
    from extractors.targets.extract import _word_count

    assert _word_count(name) == words
# w21a: a roadmap table a year a row whose cells are prose ("Năm | Mốc thực hiện và chỉ tiêu chủ yếu"): the cells are read
# as sentences, each target dated by its row's year; a row of values stays the table's (rule_table_year_row).
@pytest.mark.parametrize("text, expected", [
    ("Năm\tMốc thực hiện và chỉ tiêu chủ yếu\n"
     "2026\tHoàn thành phân loại địa bàn; có thêm 03 xã, phường được công nhận không ma túy; tỷ lệ người nghiện được điều "
     "trị, cai nghiện đạt 80%.\n"
     "2028\tCó ít nhất 14 xã, phường không ma túy; tỷ lệ người nghiện được điều trị, cai nghiện đạt 85%; sơ kết giữa kỳ.\n",
     [(3, "xã, phường", 2026), (80, "%", 2026), (14, "xã, phường", 2028), (85, "%", 2028)]),
    # near miss: the cells are values, the table's own reading (each cell under its column's indicator)
    ("Năm\tTỷ lệ người nghiện được điều trị, cai nghiện (%)\n2026\t80\n2028\t85\n",
     [(80, "%", 2026), (85, "%", 2028)]),
])
def test_a_roadmaps_prose_rows_are_dated_by_their_year(text, expected):
    assert [(t.value, t.unit, t.year) for t in extract_targets(text)] == expected


# w21a: an allocation table's total row with its label typed in the ordinal's cell of a merged pair and the place's cell
# left empty ("Cộng (08 xã, phường) | | ≥ 92 | 875"): its values are the totals, for no one place; the count of the places
# in brackets is none.
def test_a_total_row_labelled_in_the_ordinals_cell():
    text = ("PHÂN BỔ CHỈ TIÊU ĐẾN NĂM 2030 CHO CÁC XÃ, PHƯỜNG\n"
            "STT\tXã, phường\tTỷ lệ người nghiện được điều trị, cai nghiện (%)\tVụ phạm tội về ma túy phát hiện (vụ)\n"
            "1\tPhường Tân Phong\t95\t110\n2\tXã Phong Thổ\t90\t160\nCộng (02 xã, phường)\t\t≥ 92\t270\n")
    got = [(t.value, t.unit, t.comparator, t.scope) for t in extract_targets(text)]
    assert got == [(95, "%", "eq", "Phường Tân Phong"), (110, "vụ", "eq", "Phường Tân Phong"), (90, "%", "eq", "Xã Phong Thổ"),
                   (160, "vụ", "eq", "Xã Phong Thổ"), (92, "%", "ge", None), (270, "vụ", "eq", None)]


# A total's label without its bracketed count, its words one space apart as an indicator is written (r21: a cell's line end
# or a double space was kept in the label, which replaces the tidied indicator); a label that says no total gives none.
@pytest.mark.parametrize("cell, label", [
    ("Cộng (08 xã, phường)", "Cộng"), ("**Tổng cộng**", "Tổng cộng"), ("Tổng\ncộng (12 đơn vị)", "Tổng cộng"),
    ("Tổng  cộng", "Tổng cộng"), ("Toàn tỉnh", "Toàn tỉnh"), ("Xã Phong Thổ (02 thôn)", None),
])
def test_a_total_label(cell, label):
    from extractors.tables import Cell
    from extractors.targets.tables import _total_label

    assert _total_label(Cell(0, len(cell), cell)) == label


# w21a: the plan's own meetings are no outputs (spec: counts of the plan's own structure); a job fair's "phiên" and a
# training conference stay outputs.
@pytest.mark.parametrize("text, expected", [
    ("Ban An toàn giao thông tỉnh tổ chức 04 phiên họp thường kỳ trong năm.", []),
    ("Phòng Tham mưu tổ chức 02 hội nghị giao ban chuyên đề mỗi năm.", []),
    ("Tổ chức 24 phiên giao dịch việc làm.", [(24, "phiên")]),
    ("Tổ chức 02 hội nghị tập huấn cho cán bộ.", [(2, "hội nghị")]),
    # meetings held for others are outputs: a press conference, meetings with the residents
    ("Ban Chỉ đạo tổ chức 04 cuộc họp trong năm 2027.", []),
    ("Năm 2027, Sở Văn hóa tổ chức ít nhất 02 cuộc họp báo giới thiệu Festival.", [(2, "cuộc")]),
    ("Năm 2027, tổ chức 05 cuộc họp dân về giải phóng mặt bằng tại các xã có dự án.", [(5, "cuộc")]),
])
def test_the_plans_own_meetings_are_no_target(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# w21a: "lối đi" (lối đi tự mở qua đường sắt, Luật Đường sắt 2017) is a count noun whole, as "lối mở" is
def test_loi_di_is_a_unit_whole():
    got = [(t.value, t.unit) for t in extract_targets("Xóa bỏ tối thiểu 20 lối đi tự mở qua đường sắt.")]
    assert got == [(20, "lối đi")]


# w21a: the time the emergency services take to reach the scene ("tiếp cận hiện trường"), held under a bound, is the value of
# the indicator the plan commits to, as "có mặt tại hiện trường" is; how long an action takes stays out.
@pytest.mark.parametrize("text, expected", [
    ("a) Bảo đảm thời gian tiếp cận hiện trường tai nạn của lực lượng cấp cứu không quá 30 phút ở khu vực đô thị.",
     [(30, "phút", "le")]),
    ("a) Thời gian tiếp cận hiện trường bình quân không quá 12 phút tại khu vực đô thị.", [(12, "phút", "le")]),
    ("Lực lượng chức năng tiếp cận hiện trường, xử lý trong 24 giờ.", []),
])
def test_the_time_to_reach_the_scene_is_a_target(text, expected):
    assert [(t.value, t.unit, t.comparator) for t in extract_targets(text)] == expected


# w21a: a task's funds named with their sources before the estimate are an input (the plan's own funding), money to raise
# stays a target; how many households each named team joins is a norm of the group.
@pytest.mark.parametrize("text, expected", [
    ("Kinh phí lắp đặt từ nguồn xã hội hóa và ngân sách phường, dự kiến 350 triệu đồng.", []),
    ("Huy động kinh phí xã hội hóa từ doanh nghiệp, dự kiến 2 tỷ đồng.", [(2, "tỷ đồng")]),
    ("Mỗi Tổ liên gia gồm từ 05 đến 10 hộ liền kề; tổ trưởng do các hộ thành viên bầu.", []),
    ("Thành lập mới 45 Tổ liên gia an toàn phòng cháy, chữa cháy.", [(45, "tổ")]),
])
def test_a_tasks_funds_and_a_teams_size_are_no_target(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# w21a: a share of units whose clause says each holds at least one thing, the verb active or "xây dựng và duy trì": one
# target, the share (the count is its criterion, as "100% xã, phường có ít nhất 01 …"); a count each unit holds after
# "Mỗi …" stays a target.
@pytest.mark.parametrize("text, expected", [
    ("100% hộ gia đình trang bị ít nhất 01 bình chữa cháy xách tay.", [(100, "%")]),
    ("đ) 100% xã, phường xây dựng và duy trì ít nhất 01 mô hình phòng, chống ma túy ở cơ sở.", [(100, "%")]),
    ("Mỗi xã xây dựng ít nhất 01 mô hình.", [(1, "mô hình")]),
])
def test_a_share_whose_units_each_hold_one_is_one_target(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# w21a: a word that labels a number ("điểm", "số", "đợt" …, NOT_BEFORE) does not reach over a full stop that ends its line:
# the next line's number is its own.
@pytest.mark.parametrize("text, expected", [
    ("Xây dựng mới 12 Điểm chữa cháy công cộng.\n100% hộ gia đình trang bị ít nhất 01 bình chữa cháy xách tay.",
     [(12, "điểm"), (100, "%")]),
    ("Hỗ trợ theo điểm 3 khoản 2 Điều 5 của Nghị định.", []),  # near miss: a legal point's number, on its line
])
def test_a_label_word_does_not_reach_the_next_line(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# w22a: the titles of judicial officers counted as persons ("cử 15 Kiểm sát viên tham gia lớp bồi dưỡng", units.tsv: Luật Tổ
# chức Viện kiểm sát nhân dân 2014, Luật Tổ chức Tòa án nhân dân 2024); "bổ sung" commits to an output; a present state
# ("hiện có …") is no action the next clause's verb goes on with ("…; bảo đảm 100% …"). Near misses: the state's own counts,
# a list of what was done ("đã tổ chức 20 lớp; tổ chức 10 hội nghị", s26f), a task's cost ("Kinh phí lắp đặt camera dự
# kiến …"), while money raised stays a target.
@pytest.mark.parametrize("text, expected", [
    ("Cử 15 Kiểm sát viên tham gia lớp bồi dưỡng kỹ năng tranh tụng.", [(15, "kiểm sát viên")]),
    ("Trong năm 2027 bổ sung 20 bộ thiết bị phục vụ phiên tòa trực tuyến.", [(20, "bộ thiết bị")]),
    ("- Toàn Ngành hiện có 178 biên chế, trong đó 121 Kiểm sát viên; bảo đảm 100% công chức được đánh giá, xếp loại đúng quy định.",
     [(100, "%")]),
    ("- Toàn Ngành hiện có 178 biên chế, trong đó 121 Kiểm sát viên.", []),
    ("Năm 2025 đã tổ chức 20 lớp; tổ chức 10 hội nghị.", []),
    ("b) Kinh phí lắp đặt camera dự kiến 360 triệu đồng từ nguồn xã hội hóa và ngân sách xã.", []),
    ("- Huy động kinh phí xã hội hóa dự kiến 500 triệu đồng.", [(500, "triệu đồng")]),
])
def test_judicial_officers_added_outputs_and_a_tasks_cost(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# w22a: an open span of years inside a clause ("… hồ sơ vụ án đã giải quyết xong từ năm 2026 trở đi") says which records are
# counted, not when the target is due: the year comes from the heading, for the next clause too; one that opens its clause
# ("Từ năm 2027 trở đi, tỷ lệ … đạt 100%") is the year from which the value holds
def test_an_open_span_of_years_inside_a_clause_is_no_target_year():
    text = ("KẾ HOẠCH giai đoạn 2026 - 2030\n2. Mục tiêu cụ thể đến năm 2030\n"
            "- Số hóa 100% hồ sơ vụ án đã giải quyết xong từ năm 2026 trở đi; tăng bình quân 15%/năm số vụ việc được tống đạt "
            "văn bản tố tụng qua phương tiện điện tử.\n- Từ năm 2027 trở đi, tỷ lệ hồ sơ được số hóa đạt 100%.\n")
    assert [(t.value, t.year) for t in extract_targets(text)] == [(100, 2030), (15, 2030), (100, 2027)]


# w22d: the distribution grid's reliability index named by its acronym, per customer, and its next bound in the clause
# (Thông tư 39/2015/TT-BCT: SAIDI, phút); a last year's figure stays no target.
@pytest.mark.parametrize("text, expected", [
    ("- Chỉ số SAIDI không quá 250 phút/khách hàng vào năm 2027 và không quá 150 phút/khách hàng vào năm 2030.",
     [(250, "phút/khách hàng", "le", 2027), (150, "phút/khách hàng", "le", 2030)]),
    ("Năm 2025, chỉ số SAIDI là 312 phút.", []),
])
def test_saidi_per_customer(text, expected):
    assert [(t.value, t.unit, t.comparator, t.year) for t in extract_targets(text)] == expected


# w22d: a saving with its yearly word between the verb and the value is a yearly rate; a kind of lamp is no saving.
@pytest.mark.parametrize("text, expected", [
    ("- Tiết kiệm điện hằng năm tối thiểu 2,5% tổng điện năng tiêu thụ.", [(2.5, "%/năm", "ge")]),
    ("- Tỷ lệ sử dụng đèn tiết kiệm năng lượng hằng năm đạt 85%.", [(85, "%", "eq")]),
])
def test_a_yearly_saving_before_its_value(text, expected):
    assert [(t.value, t.unit, t.comparator) for t in extract_targets(text)] == expected


# w22d: "với tiêu chuẩn …" after a share opens the next value's name; a quality after "với" with no value stays the share's.
@pytest.mark.parametrize("text, expected", [
    ("- 100% dân số đô thị được cấp nước sạch qua hệ thống cấp nước tập trung với tiêu chuẩn cấp nước 120 lít/người/ngày đêm"
     " trở lên.",
     [("dân số đô thị được cấp nước sạch qua hệ thống cấp nước tập trung", 100), ("tiêu chuẩn cấp nước", 120)]),
    ("- 95% hộ gia đình được cấp nước với chất lượng bảo đảm.", [("hộ gia đình được cấp nước với chất lượng bảo đảm", 95)]),
    ("- Mỗi câu lạc bộ gia đình phát triển bền vững sinh hoạt ít nhất 01 lần mỗi quý với nội dung phù hợp từng nhóm đối tượng.",
     [("Mỗi câu lạc bộ gia đình phát triển bền vững sinh hoạt", 1)]),
])
def test_a_standard_joined_by_voi_names_the_next_value(text, expected):
    assert [(t.indicator, t.value) for t in extract_targets(text)] == expected


# w22d: the places a share's group lives in ("tại 12 xã") are no count to reach; a count of places an action is done at is.
@pytest.mark.parametrize("text, expected", [
    ("- Phấn đấu đến năm 2028, 100% số hộ dân tại 12 xã biên giới có điện lưới quốc gia.", [(100, "%")]),
    ("- Triển khai mô hình tại 12 xã biên giới.", [(12, "xã")]),
])
def test_the_places_of_a_shares_group_are_no_target(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# w22d: an indicator table's group row that names the indicator with its unit, over its parts by area (its empty cells'
# tabs lost or kept): the parts keep its name and unit, each its area as scope; a row with a unit of its own after them
# is its own indicator, and a group row of an item without a unit keeps the rows' own names.
@pytest.mark.parametrize("group_row", ["Tỷ lệ dân số được cấp nước sạch (%)", "Tỷ lệ dân số được cấp nước sạch (%)\t\t\t"])
def test_a_measured_group_rows_parts(group_row):
    text = ("Bảng 1. Chỉ tiêu cấp nước sạch\nChỉ tiêu\tHiện trạng 2025\tNăm 2027\tNăm 2030\n" + group_row + "\n"
            "Khu vực đô thị\t94,2\t97\t100\nKhu vực nông thôn\t61,5\t68\t80\nSố hộ đấu nối mới (hộ)\t-\t45.000\t120.000\n")
    assert [(t.indicator, t.value, t.unit, t.year, t.scope) for t in extract_targets(text)] == [
        ("Tỷ lệ dân số được cấp nước sạch", 97, "%", 2027, "Khu vực đô thị"),
        ("Tỷ lệ dân số được cấp nước sạch", 100, "%", 2030, "Khu vực đô thị"),
        ("Tỷ lệ dân số được cấp nước sạch", 68, "%", 2027, "Khu vực nông thôn"),
        ("Tỷ lệ dân số được cấp nước sạch", 80, "%", 2030, "Khu vực nông thôn"),
        ("Số hộ đấu nối mới (hộ)", 45000, "hộ", 2027, None),
        ("Số hộ đấu nối mới (hộ)", 120000, "hộ", 2030, None)]


def test_a_group_row_without_a_unit_names_no_indicator():
    text = ("Chỉ tiêu\tĐVT\tNăm 2027\tNăm 2030\nI. Chỉ tiêu về cấp nước\nSố công trình cấp nước xây mới\tcông trình\t5\t12\n")
    assert [(t.indicator, t.value, t.scope) for t in extract_targets(text)] == [
        ("Số công trình cấp nước xây mới", 5, None), ("Số công trình cấp nước xây mới", 12, None)]


# w22d: target cells written in words: a bound ("Không quá 250"), a yearly average ("Bình quân 9,7"), a figure with its year
# in parentheses under a period's column ("23.500 (năm 2030)").
def test_target_cells_in_words():
    text = ("STT\tChỉ tiêu\tĐVT\tNăm 2027\tGiai đoạn 2026-2030\n1\tĐiện thương phẩm\ttriệu kWh\t17.620\t23.500 (năm 2030)\n"
            "2\tTốc độ tăng điện thương phẩm\t%/năm\t≥ 9,5\tBình quân 9,7\n3\tChỉ số SAIDI\tphút\tKhông quá 250\tKhông quá 150\n")
    assert [(t.value, t.unit, t.comparator, t.year) for t in extract_targets(text)] == [
        (17620, "triệu kWh", "eq", 2027), (23500, "triệu kWh", "eq", 2030), (9.5, "%/năm", "ge", 2027),
        (9.7, "%/năm", "eq", 2030), (250, "phút", "le", 2027), (150, "phút", "le", 2030)]


# w22d: a crawled table (cells between lone bars) whose first column groups the rows: a row one cell short has lost the
# group's empty cell, its label is the indicator's; a near miss, a short row of a table whose first column is the label, stays out.
def test_a_crawled_row_under_a_group_column():
    text = ("Bảng. Các chỉ tiêu chủ yếu giai\nđoạn 2026 - 2030\n\n|\n**Nhóm**\n|\n**Chỉ tiêu**\n|\n**Hiện trạng năm 2025**\n|\n"
            "**Mục tiêu năm 2030**\n|\n**Cơ quan theo dõi**\n|\n|\nQuy hoạch\n|\nTỷ lệ đô thị hóa (%)\n|\n31,8\n|\n> 40\n|\n"
            "Sở Xây dựng\n|\n|\nTỷ lệ phủ kín quy hoạch phân\nkhu (%)\n|\n64\n|\n100\n|\nSở Xây dựng\n|\n")
    assert [(t.value, t.unit, t.comparator) for t in extract_targets(text)] == [(40, "%", "gt"), (100, "%", "eq")]
    near_miss = ("Bảng. Chỉ tiêu năm 2027\n\n|\nChỉ tiêu\n|\nĐVT\n|\nNăm 2027\n|\nNăm 2030\n|\n|\nTỷ lệ hộ dân có điện\n|\n%\n|\n"
                 "99\n|\n100\n|\n|\nSố trạm biến áp\n|\n12\n|\n20\n|\n")
    assert [(t.value, t.unit) for t in extract_targets(near_miss)] == [(99, "%"), (100, "%")]


# w22d: a list of works with the size after the works in a column named without its unit, beside the size they have now
# (its unit): each work's upgraded size is a target, due by its row's time, the place in brackets its scope; the size now is
# none. Near miss: with no column of the size now, the column names no unit and no target is read by this rule.
def test_a_works_upgraded_size_takes_the_unit_of_its_size_now():
    text = ("PHỤ LỤC\nDANH MỤC NHÀ MÁY NƯỚC ĐẦU TƯ NÂNG CẤP\nTT\tNhà máy\tCông suất hiện có (m³/ngày đêm)\tCông suất nâng cấp\t"
            "Thời gian hoàn thành\n1\tNhà máy nước Bình Đức (phường Long Xuyên)\t80.000\tNâng lên 120.000\tQuý IV/2028\n"
            "2\tNhà máy nước Châu Đốc\t40.000\tNâng lên 55.000\t2026 - 2028\n")
    assert [(t.indicator, t.value, t.unit, t.year, t.scope) for t in extract_targets(text)] == [
        ("Nhà máy nước Bình Đức", 120000, "m³/ngày đêm", 2028, "phường Long Xuyên"),
        ("Nhà máy nước Châu Đốc", 55000, "m³/ngày đêm", 2028, None)]
    near_miss = ("TT\tNhà máy\tCông suất nâng cấp\tThời gian hoàn thành\n1\tNhà máy nước Bình Đức\tNâng lên 120.000\tQuý IV/2028\n"
                 "2\tNhà máy nước Châu Đốc\tNâng lên 55.000\t2026 - 2028\n")
    assert [t.rule for t in extract_targets(near_miss) if t.rule == "rule_upgraded_size"] == []


# w22b: a pledged revenue figure measured against the estimate it exceeds is a target with its margins, each named by the
# figure's indicator; a figure reported against the estimate stays a result (near miss).
@pytest.mark.parametrize("text, expected", [
    ("Chi cục phấn đấu thu ngân sách nhà nước năm 2027 đạt tối thiểu 15.600 tỷ đồng, vượt 4% dự toán được giao, tăng 9,6% so "
     "với số thu năm 2026.",
     [(15600, "tỷ đồng", "thu ngân sách nhà nước"), (4, "%", "thu ngân sách nhà nước"), (9.6, "%", "thu ngân sách nhà nước")]),
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2026\nSố thu ngân sách nhà nước ước đạt 14.230 tỷ đồng, bằng 103,4% dự toán được giao.", []),
])
def test_a_pledged_figure_against_the_estimate_is_a_target(text, expected):
    got = extract_targets(text)
    assert [(t.value, t.unit) for t in got] == [(v, u) for v, u, _ in expected]
    assert all(i.lower() in t.indicator.lower() for t, (_, _, i) in zip(got, expected))


# w22b: the customs' release time and the time to answer a citizen's question, held under a bound, are targets; how long an
# action takes stays out (near misses).
@pytest.mark.parametrize("text, expected", [
    ("Thời gian giải phóng hàng nhập khẩu bình quân cả năm không quá 40 giờ; thời gian giải phóng hàng xuất khẩu không quá "
     "1,5 giờ.", [(40, "giờ", "le"), (1.5, "giờ", "le")]),
    ("b) Thời gian trả lời câu hỏi của người dân qua cổng thông tin điện tử không quá 03 ngày làm việc.",
     [(3, "ngày làm việc", "le")]),
    ("Trả lời kiến nghị của cử tri trong thời hạn 15 ngày.", []),
    ("Giải phóng hàng trong 02 giờ.", []),
])
def test_release_and_answer_times_are_targets(text, expected):
    assert [(t.value, t.unit, t.comparator) for t in extract_targets(text)] == expected


# w22b: a table of the caption's year split into quarters ("Chỉ tiêu | Quý I | … | Cả năm"), each row's unit in its label's
# brackets: every cell a target of that year, the quarter its scope; the same table under a caption that reports (near
# miss) gives none.
def test_table_of_quarters_of_the_captions_year():
    table = ("Chỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\n"
             "Thu ngân sách nhà nước (tỷ đồng)\t3.550\t3.850\t4.000\t4.200\t15.600\n"
             "Thời gian giải phóng hàng nhập khẩu (giờ)\t≤ 44\t≤ 42\t≤ 40\t≤ 38\t≤ 40\n")
    got = [(t.value, t.unit, t.comparator, t.year, t.scope) for t in
           extract_targets("Bảng 1. Chỉ tiêu chủ yếu theo quý năm 2027\n" + table)]
    assert got == [(3550, "tỷ đồng", "eq", 2027, "Quý I"), (3850, "tỷ đồng", "eq", 2027, "Quý II"),
                   (4000, "tỷ đồng", "eq", 2027, "Quý III"), (4200, "tỷ đồng", "eq", 2027, "Quý IV"),
                   (15600, "tỷ đồng", "eq", 2027, None),
                   (44, "giờ", "le", 2027, "Quý I"), (42, "giờ", "le", 2027, "Quý II"), (40, "giờ", "le", 2027, "Quý III"),
                   (38, "giờ", "le", 2027, "Quý IV"), (40, "giờ", "le", 2027, None)]
    assert extract_targets("Bảng 1. Kết quả thực hiện theo quý năm 2026\n" + table) == []


# w22b: a table of targets shared out among places whose first measure is named at a date of the caption's year ("Dư nợ
# tín dụng đến 31/12/2027 (tỷ đồng)") and the others without one: every measure is read, each place its scope; a revenue
# column ("Chỉ tiêu thu ngân sách (tỷ đồng)") is a target, not funds, while a funds column stays out (near miss).
def test_allocation_table_with_a_dated_measure_and_a_revenue_column():
    text = ("Bảng 2. Chỉ tiêu năm 2027 phân theo địa bàn tỉnh\n"
            "STT\tĐịa bàn\tDư nợ tín dụng đến 31/12/2027 (tỷ đồng)\tTốc độ tăng trưởng tín dụng (%)\tTỷ lệ nợ xấu (%)\n"
            "1\tTỉnh Nghệ An\t352.000\t14,5\t< 2\n"
            "2\tTỉnh Hà Tĩnh\t226.000\t13,2\t< 2\n")
    got = [(t.indicator, t.value, t.comparator, t.scope) for t in extract_targets(text)]
    assert got == [("Dư nợ tín dụng đến 31/12/2027", 352000, "eq", "Tỉnh Nghệ An"),
                   ("Tốc độ tăng trưởng tín dụng", 14.5, "eq", "Tỉnh Nghệ An"), ("Tỷ lệ nợ xấu", 2, "lt", "Tỉnh Nghệ An"),
                   ("Dư nợ tín dụng đến 31/12/2027", 226000, "eq", "Tỉnh Hà Tĩnh"),
                   ("Tốc độ tăng trưởng tín dụng", 13.2, "eq", "Tỉnh Hà Tĩnh"), ("Tỷ lệ nợ xấu", 2, "lt", "Tỉnh Hà Tĩnh")]
    units = ("Bảng 2. Chỉ tiêu giao cho các đơn vị năm 2027\n"
             "TT\tĐơn vị\tChỉ tiêu thu ngân sách (tỷ đồng)\tSố vụ vi phạm phát hiện, bắt giữ (vụ)\n"
             "1\tHải quan cửa khẩu cảng Đà Nẵng\t8.900\t140\n"
             "2\tHải quan cửa khẩu cảng Dung Quất\t5.300\t60\n")
    assert [(t.indicator, t.value) for t in extract_targets(units)] == [
        ("Chỉ tiêu thu ngân sách", 8900), ("Số vụ vi phạm phát hiện, bắt giữ", 140),
        ("Chỉ tiêu thu ngân sách", 5300), ("Số vụ vi phạm phát hiện, bắt giữ", 60)]
    funds = units.replace("Chỉ tiêu thu ngân sách (tỷ đồng)", "Kinh phí ngân sách (tỷ đồng)")
    assert [(t.indicator, t.value) for t in extract_targets(funds)] == [("Số vụ vi phạm phát hiện, bắt giữ", 140),
                                                                        ("Số vụ vi phạm phát hiện, bắt giữ", 60)]


# w22b: a share right after "trong đó" that follows a share is the rate among a group of the whole: the whole's indicator,
# the group its scope; a share after a count keeps its reading (the count's part, near miss: "có việc làm …").
@pytest.mark.parametrize("text, expected", [
    ("a) Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số; trong đó 100% học sinh, sinh viên tham gia bảo hiểm y tế.",
     [("Tỷ lệ bao phủ bảo hiểm y tế", 95, None), ("Tỷ lệ bao phủ bảo hiểm y tế", 100, "học sinh, sinh viên tham gia bảo hiểm y tế")]),
    ("- Tỷ lệ trường đạt chuẩn 80%, trong đó ít nhất 40% đạt mức độ 2.",
     [("Tỷ lệ trường đạt chuẩn", 80, None), ("Tỷ lệ trường đạt chuẩn", 40, "đạt mức độ 2")]),
    ("Đào tạo 10.000 lao động, trong đó ít nhất 60% có việc làm sau đào tạo.",
     [("Đào tạo lao động", 10000, None), ("Đào tạo lao động", 60, "có việc làm sau đào tạo")]),
])
def test_a_share_among_a_group_after_a_share_keeps_the_wholes_indicator(text, expected):
    assert [(t.indicator, t.value, t.scope) for t in extract_targets(text)] == expected


# w22b: a share stated for the urban area and then the rural one keeps its indicator, the area its scope; a share after an
# area that names something else counted keeps its own reading (near miss).
@pytest.mark.parametrize("text, expected", [
    ("g) Tỷ lệ chi trả an sinh xã hội qua tài khoản đạt tối thiểu 85% số người hưởng tại khu vực thành thị và 65% tại khu vực "
     "nông thôn.", [("Tỷ lệ chi trả an sinh xã hội qua tài khoản", 85, None),
                    ("Tỷ lệ chi trả an sinh xã hội qua tài khoản", 65, "khu vực nông thôn")]),
])
def test_a_share_for_the_rural_area_after_the_urban_keeps_its_indicator(text, expected):
    assert [(t.indicator, t.value, t.scope) for t in extract_targets(text)] == expected


def test_a_share_after_an_area_that_counts_something_else_is_not_the_areas():
    got = extract_targets("Tỷ lệ hộ nghèo giảm 1% tại khu vực miền núi và 5% số hộ cận nghèo.")
    assert [t.value for t in got] == [1, 5] and got[1].scope is None and got[1].rule != "rule_aspect_goes_on"


# w22b: a lending programme's customers are counted in "khách hàng" (units.tsv), not "khách" (a visitor, near miss).
@pytest.mark.parametrize("text, unit", [
    ("b) Giải ngân gói tín dụng nhà ở xã hội cho ít nhất 1.200 khách hàng trên địa bàn hai tỉnh.", "khách hàng"),
    ("Phục vụ 500 khách.", "khách"),
])
def test_customers_are_counted_in_khach_hang(text, unit):
    assert [t.unit for t in extract_targets(text)] == [unit]


# w23d: a task table's bare "Kết quả" column (right of its task, beside its time) holds what each task delivers, as "Sản phẩm"
# does: a count there is a target named by its task; a table that reports what was done (its caption) gives none.
def test_a_task_tables_ket_qua_column_counts_its_tasks_outputs():
    text = ("6. Nhiệm vụ cụ thể\nTT\tNhiệm vụ\tĐơn vị thực hiện\tThời gian hoàn thành\tKết quả\n"
            "1\tHướng dẫn thành lập Hội Tin học tỉnh\tBan Tổ chức - Hành chính\tQuý II/2027\t02 hội được công nhận\n"
            "2\tXuất bản Tạp chí Khoa học và Kỹ thuật\tBan Tuyên truyền - Tạp chí\tHằng quý\t06 số tạp chí\n"
            "3\tCập nhật cơ sở dữ liệu hội viên\tVăn phòng\tThường xuyên\tCơ sở dữ liệu được cập nhật\n")
    got = [(t.indicator, t.value, t.unit, t.year) for t in extract_targets(text)]
    assert got == [("Hướng dẫn thành lập Hội Tin học tỉnh", 2, "hội", 2027),
                   ("Xuất bản Tạp chí Khoa học và Kỹ thuật", 6, "số", None)]


def test_a_reports_ket_qua_column_is_no_target():
    text = ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026\nTT\tNhiệm vụ\tĐơn vị thực hiện\tThời gian hoàn thành\tKết quả\n"
            "1\tHướng dẫn thành lập Hội Tin học tỉnh\tBan Tổ chức - Hành chính\tQuý II/2026\t02 hội được công nhận\n"
            "2\tXuất bản Tạp chí Khoa học và Kỹ thuật\tBan Tuyên truyền - Tạp chí\tHằng quý\t06 số tạp chí\n")
    assert extract_targets(text) == []


# w23d: the tasks of a science and technology union's advisory work (Quyết định 14/2014/QĐ-TTg: tư vấn, phản biện và giám định
# xã hội) and the technical solutions of a creativity contest (Luật Sở hữu trí tuệ 2005: giải pháp hữu ích) are outputs it
# counts; the plan's own "nhiệm vụ" and "giải pháp" stay its structure (near misses).
@pytest.mark.parametrize("text, expected", [
    ("- Thực hiện ít nhất 08 nhiệm vụ tư vấn, phản biện và giám định xã hội đối với các đề án của tỉnh.", [(8, "nhiệm vụ")]),
    ("- Phấn đấu Hội thi Sáng tạo kỹ thuật tỉnh có trên 160 giải pháp dự thi.", [(160, "giải pháp")]),
    ("- Có ít nhất 02 giải pháp được đề cử tham gia Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam.", [(2, "giải pháp")]),
    ("- Hỗ trợ đăng ký bảo hộ quyền sở hữu công nghiệp cho ít nhất 10 giải pháp đạt giải Hội thi.", [(10, "giải pháp")]),
    ("Kế hoạch gồm 05 nhiệm vụ, 04 nhóm giải pháp chủ yếu.", []),
    ("Tập trung thực hiện 05 giải pháp chủ yếu sau đây.", []),
])
def test_advisory_tasks_and_contest_solutions_are_counted(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# w23d: a union of associations counts its member associations, "hội thành viên" (units.tsv), not the classifier "hội".
def test_member_associations_are_counted_whole():
    assert [t.unit for t in extract_targets("- Phấn đấu phát triển thêm ít nhất 02 hội thành viên.")] == ["hội thành viên"]


# w23d: the board that runs an event's plan and its sub-committees are its own machinery (spec: counts of the plan's own
# structure), not outputs; the inspection teams a plan sends out stay outputs (near miss).
@pytest.mark.parametrize("text, expected", [
    ("Ban Tổ chức thành lập 05 tiểu ban: Tiểu ban Nội dung - Kịch bản; Tiểu ban Tuyên truyền; Tiểu ban Hậu cần.", []),
    ("- Thành lập 03 đoàn kiểm tra liên ngành việc chấp hành quy định về an toàn thực phẩm.", [3]),
])
def test_an_events_sub_committees_are_no_output(text, expected):
    assert [t.value for t in extract_targets(text)] == expected


# w23d: "Kết quả" and the event it reports, then its year, heads last year's figures in an event's plan ("1. Kết quả Tuần lễ năm
# 2026"): no targets under it; the next heading's targets stay ("2. Chỉ tiêu năm 2027").
def test_last_years_event_results_are_no_targets():
    text = ("III. KẾT QUẢ NĂM 2026 VÀ CHỈ TIÊU NĂM 2027\n1. Kết quả Tuần lễ năm 2026\n"
            "Tuần lễ Văn hóa - Du lịch năm 2026 thu hút 296.500 lượt khách, trong đó 38.200 lượt khách quốc tế.\n"
            "2. Chỉ tiêu năm 2027\n- Đón ít nhất 350.000 lượt khách trong thời gian diễn ra Tuần lễ.\n")
    assert [t.value for t in extract_targets(text)] == [350000]


# w23d: the first row under a group row that holds no value, labelled as a total ("Toàn tỉnh", "Tổng số", "Cộng"), is the
# group's indicator for the whole, and the parts of its "Trong đó:" below are the group's (thành thị / nông thôn); a first
# row that names its own measure keeps its name (near miss).
def test_a_groups_total_row_carries_the_groups_indicator():
    text = ("PHỤ LỤC\nCHỈ TIÊU XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2026 - 2030\n"
            "TT\tChỉ tiêu\tĐơn vị tính\tKết quả năm 2025\tĐến năm 2027\tĐến năm 2030\n"
            "1\tTỷ lệ hộ gia đình được công nhận \"Gia đình học tập\"\t\t\t\t\n\tToàn tỉnh\t%\t71,2\t75\t80\n\tTrong đó:\t\t\t\t\n"
            "\t- Khu vực thành thị\t%\t76,5\t80\t85\n2\tTỷ lệ dòng họ đạt danh hiệu \"Dòng họ học tập\"\t%\t58,4\t62\t70\n")
    got = [(t.indicator, t.value, t.scope) for t in extract_targets(text) if t.year == 2030]
    assert got == [('Tỷ lệ hộ gia đình được công nhận "Gia đình học tập"', 80, None),
                   ('Tỷ lệ hộ gia đình được công nhận "Gia đình học tập"', 85, "Khu vực thành thị"),
                   ('Tỷ lệ dòng họ đạt danh hiệu "Dòng họ học tập"', 70, None)]


def test_a_groups_first_row_that_names_its_measure_keeps_it():
    text = ("PHỤ LỤC\nCHỈ TIÊU GIAI ĐOẠN 2026 - 2030\nTT\tChỉ tiêu\tĐơn vị tính\tKết quả năm 2025\tĐến năm 2027\tĐến năm 2030\n"
            "1\tGia đình học tập\t\t\t\t\n\tTỷ lệ hộ gia đình được công nhận\t%\t71,2\t75\t80\n\tSố hộ được công nhận\thộ\t7.100\t7.500\t8.000\n")
    assert [(t.indicator, t.value) for t in extract_targets(text) if t.year == 2030] == [
        ("Tỷ lệ hộ gia đình được công nhận", 80), ("Số hộ được công nhận", 8000)]


# w23d: the areas left after the one a whole's value names ("các địa bàn khác", "các khu vực còn lại") are a part's place:
# the whole's indicator, the rest its scope; a remainder that holds its own count names it after the value (near miss).
@pytest.mark.parametrize("text, expected", [
    ("- Công suất sử dụng phòng bình quân của các cơ sở lưu trú tại phường Sa Pa đạt trên 85%, các địa bàn khác đạt từ 70% trở lên.",
     [("Công suất sử dụng phòng bình quân của các cơ sở lưu trú tại phường Sa Pa", 85, None),
      ("Công suất sử dụng phòng bình quân của các cơ sở lưu trú tại phường Sa Pa", 70, "các địa bàn khác")]),
    ("- Tỷ lệ hộ dùng nước sạch ở khu vực thành thị đạt 98%, các khu vực còn lại đạt 85%.",
     [("Tỷ lệ hộ dùng nước sạch ở khu vực thành thị", 98, None), ("Tỷ lệ hộ dùng nước sạch ở khu vực thành thị", 85, "các khu vực còn lại")]),
    ("- Các xã còn lại có 15 mô hình.", [("Số mô hình", 15, "Các xã còn lại")]),
])
def test_the_rest_of_the_area_is_a_parts_place(text, expected):
    assert [(t.indicator, t.value, t.scope) for t in extract_targets(text)] == expected


# w23d: the new products a plan launches ("giới thiệu 10 sản phẩm du lịch mới") are an output, not nominees; an award's
# nominees after "giới thiệu" stay a quota (near miss).
@pytest.mark.parametrize("text, expected", [
    ("- Ký kết ít nhất 15 biên bản ghi nhớ hợp tác; giới thiệu 10 sản phẩm du lịch mới.", [15, 10]),
    ("- Giới thiệu 02 tập thể, 05 cá nhân tiêu biểu.", []),
])
def test_products_a_plan_launches_are_an_output(text, expected):
    assert [t.value for t in extract_targets(text)] == expected


# w23d: a product cell that names what is done, then the count of the places or people it reaches ("Chuỗi hoạt động tại 05
# trường …", "Tập huấn cho 200 cán bộ"): that count is the task's output; a share there ("tại 100% xã") is not read so (near miss).
@pytest.mark.parametrize("row, expected", [
    ("1\tHưởng ứng Ngày Khoa học và Công nghệ Việt Nam\tBan Tuyên truyền\tTháng 5/2027\tChuỗi hoạt động tại 05 trường trung học phổ thông\n",
     [("Hưởng ứng Ngày Khoa học và Công nghệ Việt Nam", 5, "trường")]),
    ("1\tTập huấn nghiệp vụ\tSở Nội vụ\tQuý II/2027\tTập huấn cho 200 cán bộ\n", [("Tập huấn nghiệp vụ", 200, "cán bộ")]),
    ("1\tTriển khai mô hình\tSở Y tế\tNăm 2027\tMô hình được nhân rộng tại 100% xã\n", []),
])
def test_a_product_cells_count_of_places_reached(row, expected):
    text = "6. Nhiệm vụ cụ thể\nTT\tNhiệm vụ\tĐơn vị thực hiện\tThời gian hoàn thành\tKết quả\n" + row
    assert [(t.indicator, t.value, t.unit) for t in extract_targets(text) if t.rule == "rule_task_product"] == expected


# w23a: a table of one measure split by the places its rows name, the caption naming both ("… theo khu vực cảng") and the
# unit on a row of its own under the header ("(triệu tấn)"): each value the caption's measure, its row the scope, the unit
# row's unit; near miss: a caption that names no split by the rows' header gives no measure of its own.
def test_a_captions_measure_split_by_the_rows_with_a_unit_row():
    text = ("Bảng 1. Sản lượng hàng hóa thông qua cảng theo khu vực cảng giai đoạn 2026 - 2030\n"
            "Khu vực cảng\t2026\t2027\t2028\n(triệu tấn)\nKhu bến Cái Lân\t22,0\t23,5\t25,0\nTổng cộng\t52,5\t55,0\t57,5\n")
    got = [(t.indicator, t.value, t.unit, t.year, t.scope) for t in extract_targets(text)]
    assert got == [("Sản lượng hàng hóa thông qua cảng", v, "triệu tấn", y, "Khu bến Cái Lân") for v, y in ((22, 2026), (23.5, 2027), (25, 2028))] \
        + [("Sản lượng hàng hóa thông qua cảng", v, "triệu tấn", y, None) for v, y in ((52.5, 2026), (55, 2027), (57.5, 2028))]
    near = text.replace("theo khu vực cảng ", "")
    assert {t.indicator for t in extract_targets(near)} == {"Khu bến Cái Lân", "Tổng cộng"}


# w23a: columns of the parts a total column sums, each named by the group it is for ("Khu kinh tế | Các khu công nghiệp |
# Tổng cộng"): each part's value with its column in scope, the total's with none; near miss: columns that do not add up to
# the total (two estimates beside a plan figure) are no parts.
def test_columns_that_add_up_to_the_total_column_are_its_parts():
    text = ("Bảng 1. Chỉ tiêu thu hút đầu tư năm 2027\nTT\tChỉ tiêu\tĐVT\tKhu kinh tế\tCác khu công nghiệp\tTổng cộng\n"
            "1\tDự án cấp mới\tdự án\t15\t10\t25\n2\tVốn đầu tư thực hiện\ttỷ đồng\t11.000\t4.500\t15.500\n"
            "3\tTỷ lệ lấp đầy\t%\t-\t≥ 65\t≥ 65\n")
    got = [(t.indicator, t.value, t.comparator, t.scope) for t in extract_targets(text)]
    assert got == [("Dự án cấp mới", 15, "eq", "Khu kinh tế"), ("Dự án cấp mới", 10, "eq", "Các khu công nghiệp"),
                   ("Dự án cấp mới", 25, "eq", None), ("Vốn đầu tư thực hiện", 11000, "eq", "Khu kinh tế"),
                   ("Vốn đầu tư thực hiện", 4500, "eq", "Các khu công nghiệp"), ("Vốn đầu tư thực hiện", 15500, "eq", None),
                   ("Tỷ lệ lấp đầy", 65, "ge", "Các khu công nghiệp"), ("Tỷ lệ lấp đầy", 65, "ge", None)]
    near = text.replace("\t15\t10\t25", "\t14\t10\t25").replace("\t11.000\t4.500", "\t12.000\t4.500")
    assert [(t.value, t.scope) for t in extract_targets(near)] == [(25, None), (15500, None), (65, None)]


# w23a: a task table's share beside a cell that names its rate ("Tỷ lệ chuyến bay cất cánh đúng giờ | Tối thiểu 85%") is that
# rate's value; a route's frequency under "Tần suất (chuyến/tuần)" beside "Thời điểm khai thác" (a time column); a share beside
# a task that names no rate stays out (near miss).
def test_a_rate_named_by_its_task_and_a_routes_frequency():
    text = ("Bảng 1. Chỉ tiêu năm 2027\nNội dung\tChỉ tiêu\tCơ quan thực hiện\tThời hạn\n"
            "Tỷ lệ chuyến bay cất cánh đúng giờ\tTối thiểu 85%\tCảng hàng không Thọ Xuân\tHằng tháng\n"
            "Kiểm tra an ninh hàng không\tTối thiểu 85%\tCảng vụ Hàng không miền Bắc\tQuý II/2027\n\n"
            "Bảng 2. Đường bay dự kiến mở mới năm 2027\nĐường bay\tTần suất (chuyến/tuần)\tLoại tàu bay\tThời điểm khai thác\n"
            "Thọ Xuân - Phú Quốc\t7\tA321\tTháng 3/2027\nThọ Xuân - Côn Đảo\t4\tATR 72\tQuý II/2027\n")
    got = [(t.indicator, t.value, t.unit, t.comparator, t.scope) for t in extract_targets(text)]
    assert got == [("Tỷ lệ chuyến bay cất cánh đúng giờ", 85, "%", "ge", None),
                   ("Tần suất", 7, "chuyến/tuần", "eq", "Thọ Xuân - Phú Quốc"), ("Tần suất", 4, "chuyến/tuần", "eq", "Thọ Xuân - Côn Đảo")]


@pytest.mark.parametrize("text, expected", [
    ("Sản lượng hàng hóa thông qua cảng đến năm 2030 đạt khoảng 90 triệu tấn, trong đó hàng container đạt 1,2 triệu TEU.",
     [(90, "triệu tấn"), (1.2, "triệu TEU")]),
    ("Công ty Cổ phần Cảng Quảng Ninh hoàn thành đầu tư 02 cần trục chân đế trước ngày 30/6/2027.", [(2, "cần trục")]),
])
def test_port_units(text, expected):
    assert [(t.value, t.unit) for t in extract_targets(text)] == expected


# w23a: a task table's "Chỉ tiêu" column whose cells state their value after a verb or bound ("Đạt 2,2 triệu lượt khách",
# "Trên 90%", "Hoàn thành 12,5 km"): each row's label names it, in a tab row and in a crawl's one cell a line alike; near
# miss: a crawled "Sản phẩm" column's "Đạt 60%" beside a task that names no rate stays out.
def test_a_targets_column_of_a_task_table_states_values_after_their_verb():
    from pipeline.normalise import normalise

    rows = [("Sản lượng hàng hóa, bưu kiện", "Đạt 4.500 tấn"), ("Tỷ lệ hành khách hài lòng với chất lượng dịch vụ", "Trên 90%"),
            ("Nâng cấp đường nối Cảng hàng không", "Hoàn thành 12,5 km")]
    head = ["Nội dung", "Chỉ tiêu", "Cơ quan thực hiện", "Thời hạn"]
    body = [[label, cell, "Sở Xây dựng", "Quý IV/2027"] for label, cell in rows]
    tab = "Bảng 1. Chỉ tiêu năm 2027\n" + "\n".join("\t".join(r) for r in [head] + body) + "\n"
    bars = "Bảng 1. Chỉ tiêu năm 2027\n\n|\n" + "".join("".join(f"{c}\n|\n" for c in r) + "|\n" for r in [head] + body)
    expected = [("Sản lượng hàng hóa, bưu kiện", 4500, "tấn", "eq"), ("Tỷ lệ hành khách hài lòng với chất lượng dịch vụ", 90, "%", "gt"),
                ("Nâng cấp đường nối Cảng hàng không", 12.5, "km", "eq")]
    for text in (tab, bars):
        assert [(t.indicator, t.value, t.unit, t.comparator) for t in extract_targets(normalise(text).text)] == expected
    near = bars.replace("\nChỉ tiêu\n", "\nSản phẩm\n").replace("Trên 90%", "Đạt 60%")  # (a crawl: no sentence rule sees it)
    assert 60 not in [t.value for t in extract_targets(normalise(near).text)]


# w23c: "trị giá" opening a clause names the measure ("trị giá hàng hóa tịch thu đạt khoảng 5.200 triệu đồng"), and no norm
# of the sentence ("Thu nộp … đạt tối thiểu 16.000 triệu đồng" beside it keeps its value); after what is worth it, a norm
def test_worth_opening_a_clause_is_the_measure():
    text = ("3. Chỉ tiêu năm 2027\nb) Thu nộp ngân sách nhà nước từ xử lý vi phạm hành chính đạt tối thiểu 16.000 triệu đồng; "
            "trị giá hàng hóa tịch thu đạt khoảng 5.200 triệu đồng.")
    assert [(t.value, t.unit, t.comparator) for t in extract_targets(text)] == [(16000, "triệu đồng", "ge"),
                                                                              (5200, "triệu đồng", "approx")]
    assert not [t for t in extract_targets("- Tặng 500 suất quà, mỗi suất trị giá 500.000 đồng.") if t.unit == "đồng"]


# w23c: "bình quân trên một điểm": the base of an average ("per one"), no count of one
def test_per_one_after_an_average_is_no_count():
    text = "Số dân được phục vụ bình quân trên một điểm phục vụ không quá 6.500 người."
    assert [(t.value, t.unit, t.comparator) for t in extract_targets(text)] == [(6500, "người", "le")]
    assert [(t.value, t.unit) for t in extract_targets("Mỗi xã có trên một điểm phục vụ bưu chính.")] == [(1, "điểm")]


# w23c: a table without an ordinal column numbers its rows in the label ("1. Số vụ kiểm tra (vụ)"): the "- " rows under it
# are its parts (its indicator and unit, the part and the quarter in scope), as under an STT column's "1"
def test_label_numbered_rows_own_their_dash_parts():
    text = ("Bảng 1. Chỉ tiêu kiểm tra, xử lý vi phạm theo quý năm 2027\n"
            "Lĩnh vực\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\n"
            "1. Số vụ kiểm tra (vụ)\t430\t460\t470\t540\t1.900\n"
            "- Hàng nhập lậu, hàng cấm\t120\t125\t130\t150\t525\n"
            "2. Số vụ xử lý vi phạm (vụ)\t350\t370\t380\t420\t1.520\n")
    got = [(t.indicator, t.value, t.unit, t.scope) for t in extract_targets(text)]
    assert ("1. Số vụ kiểm tra (vụ)", 120, "vụ", "Hàng nhập lậu, hàng cấm; Quý I") in got
    assert ("1. Số vụ kiểm tra (vụ)", 525, "vụ", "Hàng nhập lậu, hàng cấm") in got
    assert ("2. Số vụ xử lý vi phạm (vụ)", 350, "vụ", "Quý I") in got
    # negative: without the label's ordinal above, a "- " row names its own values
    plain = text.replace("1. Số vụ kiểm tra (vụ)", "Số vụ kiểm tra (vụ)").replace("2. Số vụ", "Số vụ")
    assert ("Hàng nhập lậu, hàng cấm", 120) in [(t.indicator, t.value) for t in extract_targets(plain)]


# w23c: "gồm" with no colon right after the value's comma opens its parts as "trong đó" does ("… là 12.000 tỷ đồng, gồm vốn
# ngân sách trung ương 4.350 tỷ đồng và vốn ngân sách địa phương 7.650 tỷ đồng"): each part keeps the whole's indicator
def test_parts_after_gom_without_a_colon():
    text = ("Tổng kế hoạch vốn đầu tư công năm 2027 là 12.000 tỷ đồng, gồm vốn ngân sách trung ương 4.350 tỷ đồng và vốn "
            "ngân sách địa phương 7.650 tỷ đồng.")
    assert [(t.indicator, t.value, t.scope) for t in extract_targets(text)] == [
        ("Tổng kế hoạch vốn đầu tư công", 12000, None),
        ("Tổng kế hoạch vốn đầu tư công", 4350, "vốn ngân sách trung ương"),
        ("Tổng kế hoạch vốn đầu tư công", 7650, "vốn ngân sách địa phương")]
    # negative: "gồm" before words with no value gives no part
    assert [t.value for t in extract_targets("Doanh thu đạt 500 tỷ đồng, gồm các khoản thu từ dịch vụ.")] == [500]

"""Responsible bodies: examples are the tests (surface form -> name_canonical, kind, level, role), plus negatives."""
from __future__ import annotations

import pytest

from extractors.bodies import extract_bodies
from extractors.bodies.extract import canonical_name, spelling

# (text, expected {name_canonical: role} of the named bodies)
EXAMPLES = [
    # w23b: a broadcaster's own units, the name ending before the verb of airing ("phát trực tuyến", "phát trực tiếp")
    ("1. Ban Thời sự chủ trì sản xuất các chương trình thời sự; phối hợp với Ban Nội dung số phát trực tuyến các bản tin.",
     {"Ban Thời sự": "lead", "Ban Nội dung số": "coordinate"}),
    # w22c: the units of a public hospital and of a school, named after their field ("Khoa Khám bệnh", "Tổ Toán - Tin"; Quy chế
    # bệnh viện, Quyết định 1895/1997/BYT-QĐ; Điều lệ trường trung học, Thông tư 32/2020/TT-BGDĐT), and the hospital's units whose
    # names run on in lower case ("Phòng Kế hoạch tổng hợp", "Khoa Kiểm soát nhiễm khuẩn"), whole
    ("- Phòng Kế hoạch tổng hợp chủ trì, phối hợp với Khoa Khám bệnh sắp xếp lại quy trình khám bệnh.",
     {"Phòng Kế hoạch tổng hợp": "lead", "Khoa Khám bệnh": "coordinate"}),
    ("- Khoa Kiểm soát nhiễm khuẩn giám sát nhiễm khuẩn bệnh viện; Phòng Tài chính kế toán thực hiện tự chủ tài chính.",
     {"Khoa Kiểm soát nhiễm khuẩn": "assigned", "Phòng Tài chính kế toán": "assigned"}),
    # w22c: a university's units whose names hold a comma or run on into a task's words, whole
    ("- Phòng Công tác học sinh, sinh viên phối hợp với Trung tâm Thông tin - Thư viện tổ chức tuần sinh hoạt công dân.",
     {"Phòng Công tác học sinh, sinh viên": "assigned", "Trung tâm Thông tin - Thư viện": "coordinate"}),
    ("- Trung tâm Thông tin - Thư viện phát triển thư viện số.", {"Trung tâm Thông tin - Thư viện": "assigned"}),
    ("- Tổ Toán - Tin chủ trì, phối hợp với Ban đại diện cha mẹ học sinh thành lập 09 đội tuyển học sinh giỏi.",
     {"Tổ Toán - Tin": "lead", "Ban Đại diện cha mẹ học sinh": "coordinate"}),
    # w21b: the body after the lead's "chủ trì," opens a clause of its own ("Sở Y tế chủ trì, Trung tâm … thực hiện …")
    ("- Sở Y tế chủ trì, Trung tâm Kiểm soát bệnh tật tỉnh thực hiện các can thiệp dinh dưỡng cho trẻ em.",
     {"Sở Y tế": "lead", "Trung tâm Kiểm soát bệnh tật tỉnh": "assigned"}),
    ("- Sở Y tế chủ trì, Sở Tài chính, Sở Nội vụ phối hợp thẩm định hồ sơ.",
     {"Sở Y tế": "lead", "Sở Tài chính": "assigned", "Sở Nội vụ": "assigned"}),
    # s36e: a ministry's unit named by the climate it manages (Nghị định 35/2025/NĐ-CP: Cục Biến đổi khí hậu); "khí" or "hậu"
    # alone ends a name
    ("1. Cục Biến đổi khí hậu\nLà đầu mối chủ trì, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch.", {"Cục Biến đổi khí hậu": "lead"}),
    ("Phối hợp với Cục Biến đổi khí hậu xây dựng danh mục dự án.", {"Cục Biến đổi khí hậu": "coordinate"}),
    ("Giao Sở Y tế khắc phục hậu quả.", {"Sở Y tế": "assigned"}),
    # s33a: the military service council of a level is named by its level (Luật Nghĩa vụ quân sự 2015, Điều 36 - 38); a
    # plan's time limit or a due day opening the clause before the body that acts
    ("- Hội đồng nghĩa vụ quân sự các xã, phường xét duyệt, niêm yết công khai danh sách công dân đủ điều kiện nhập ngũ.",
     {"Hội đồng nghĩa vụ quân sự các xã, phường": "assigned"}),
    ("- Chậm nhất 15 ngày trước ngày giao quân, Chủ tịch Ủy ban nhân dân các xã, phường ký và giao lệnh gọi nhập ngũ.",
     {"Chủ tịch Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Trước ngày 15/12/2026, Sở Y tế báo cáo kết quả về Ủy ban nhân dân tỉnh.", {"Sở Y tế": "assigned"}),
    # s32y: the office of a commune's (district's) council and committee, its two heads joined by a dash or "&" as by "và"
    # (Nghị định 150/2025/NĐ-CP): one body, named "và"; a comma between them is still a list of two
    ("Văn phòng HĐND - UBND cấp xã chủ trì tham mưu cho UBND xã giải quyết kiến nghị.",
     {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cấp xã": "lead"}),
    ("4. Văn phòng HĐND-UBND huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch bố trí kinh phí.",
     {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện": "lead", "Phòng Tài chính - Kế hoạch": "coordinate"}),
    ("Văn phòng HĐND&UBND xã đăng tải kết quả trên Cổng thông tin điện tử của xã.",
     {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã": "assigned"}),
    ("Văn phòng Hội đồng nhân dân – Ủy ban nhân dân phường bố trí kinh phí thực hiện.",
     {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường": "assigned"}),
    ("Văn phòng HĐND tỉnh, UBND các huyện chủ trì thực hiện.",
     {"Văn phòng Hội đồng nhân dân tỉnh": "lead", "Ủy ban nhân dân các huyện": "lead"}),
    # s32a: a journal as an assignee (Luật Báo chí 2016, Điều 3: báo in gồm báo, tạp chí), as a newspaper is; "xuất nhập
    # khẩu" inside a trade body's name ("xuất khẩu" alone still ends one)
    ("5. Báo Công Thương, Tạp chí Công Thương mở chuyên mục tuyên truyền về kinh tế tuần hoàn.",
     {"Báo Công Thương": "assigned", "Tạp chí Công Thương": "assigned"}),
    ("Cục Xuất nhập khẩu theo dõi kim ngạch xuất khẩu sản phẩm tái chế.", {"Cục Xuất nhập khẩu": "assigned"}),
    ("Phòng Quản lý xuất nhập khẩu chủ trì, phối hợp với Sở Tài chính.", {"Phòng Quản lý xuất nhập khẩu": "lead",
                                                                           "Sở Tài chính": "coordinate"}),
    # s31c: "quản lý" at a name's end before the verb it pairs with after a comma is the task's verb
    ("3. Văn phòng Hội quản lý, sử dụng nguồn vận động đúng quy định.", {"Văn phòng Hội": "assigned"}),
    ("Công ty TNHH MTV Khai thác công trình thủy lợi quản lý, vận hành hệ thống kênh.",
     {"Công ty TNHH MTV Khai thác công trình thủy lợi": "assigned"}),
    # s31c: a unit named for a comma series of fields before its level (the Sở Y tế's drug-testing centre); a series of
    # bodies stays a list
    ("2. Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm tỉnh chủ trì lấy mẫu, kiểm nghiệm.",
     {"Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm tỉnh": "lead"}),
    ("Trung tâm Y tế, Phòng Văn hóa - Xã hội, Công an xã phối hợp tuyên truyền.",
     {"Trung tâm Y tế": "assigned", "Phòng Văn hóa - Xã hội": "assigned", "Công an xã": "assigned"}),
    # s31c: the Front's working committee of a residential area, named after its areas (Luật Mặt trận Tổ quốc Việt Nam 2015)
    ("6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chỉ đạo Ban công tác Mặt trận các tổ dân phố đưa nội dung vào bình xét.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam phường": "requested", "Ban công tác Mặt trận các tổ dân phố": "assigned"}),
    ("Ban Công tác Mặt trận các khu dân cư chủ trì vận động nhân dân.", {"Ban công tác Mặt trận các khu dân cư": "lead"}),
    ("Ban công tác Mặt trận thôn Đông Hạ vận động nhân dân.", {"Ban công tác Mặt trận thôn Đông Hạ": "assigned"}),
    # s30c: management boards named after a relic site or a scenic complex (Luật Di sản văn hóa 2024), lower-case words and all
    ("Ban Quản lý Quần thể danh thắng Tràng An chủ trì lập hồ sơ 3D, phối hợp với Bảo tàng tỉnh bảo quản hiện vật.",
     {"Ban Quản lý Quần thể danh thắng Tràng An": "lead", "Bảo tàng tỉnh": "coordinate"}),
    ("Ban Quản lý Khu di tích lịch sử Kim Liên chủ trì tổ chức lễ hội.", {"Ban Quản lý Khu di tích lịch sử Kim Liên": "lead"}),
    # w20d: …whose name closes on the site's proper name, the lower-case words after it the task ("đầu tư" is no word of the
    # name there); a board named by its work keeps its lower-case words ("dự án đầu tư xây dựng"), and one board for a zone
    # and the province's industrial zones runs on at "và"
    ("3. Sở Xây dựng chủ trì, phối hợp với Ban Quản lý Quần thể danh thắng Tràng An đầu tư hạ tầng giao thông kết nối các khu, "
     "điểm du lịch.", {"Sở Xây dựng": "lead", "Ban Quản lý Quần thể danh thắng Tràng An": "coordinate"}),
    ("Giao Ban Quản lý Vịnh Hạ Long tổ chức thu gom rác thải trên vịnh.", {"Ban Quản lý Vịnh Hạ Long": "assigned"}),
    ("Giao Ban Quản lý Khu di tích Côn Sơn - Kiếp Bạc xây dựng kế hoạch bảo tồn.", {"Ban Quản lý Khu di tích Côn Sơn - Kiếp Bạc": "assigned"}),
    ("Ban quản lý chợ Hàm Rồng thu gom rác thải hằng ngày.", {"Ban Quản lý chợ Hàm Rồng": "assigned"}),
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh đầu tư hạ tầng giao thông.", {"Ban Quản lý dự án đầu tư xây dựng tỉnh": "assigned"}),
    ("Giao Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi chủ trì thu hút đầu tư.",
     {"Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi": "lead"}),
    # s29j: border gates in the names of the bodies at them ("Khu kinh tế cửa khẩu …", "Đồn Biên phòng cửa khẩu quốc tế …"),
    # the customs unit of a gate and a region's airport authority as heads; "cửa khẩu" after a body is still its place
    ("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn chủ trì, phối hợp với Sở Xây dựng đầu tư bãi kiểm hóa.",
     {"Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn": "lead", "Sở Xây dựng": "coordinate"}),
    ("Hải quan cửa khẩu quốc tế Hữu Nghị, Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị bố trí lực lượng làm việc ngoài giờ.",
     {"Hải quan cửa khẩu quốc tế Hữu Nghị": "assigned", "Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị": "assigned"}),
    ("Sở Xây dựng chủ trì, phối hợp với Cảng vụ Hàng không miền Nam bố trí điểm dừng xe buýt.",
     {"Sở Xây dựng": "lead", "Cảng vụ Hàng không miền Nam": "coordinate"}),
    ("Bộ đội Biên phòng tỉnh kiểm soát xuất khẩu, nhập khẩu tại cửa khẩu.", {"Bộ đội Biên phòng tỉnh": "assigned"}),
    # s27c: "Trung ương" closes a national body's name though its second syllable is in lower case (a proper name's
    # capitals end it elsewhere: "Công ty Điện lực Phú Thọ phát triển …"); "thẩm định" is a task after a one-syllable field
    # ("Y - Dược"), not the syllable of a word with it
    ("- Phối hợp với Bệnh viện Phổi Trung ương trong chỉ đạo tuyến, hội chẩn ca bệnh khó.",
     {"Bệnh viện Phổi Trung ương": "coordinate"}),
    ("Bệnh viện Nhi Trung ương chủ trì, phối hợp với Sở Y tế tập huấn.", {"Bệnh viện Nhi Trung ương": "lead", "Sở Y tế": "coordinate"}),
    ("Chủ trì, phối hợp với Phòng Nghiệp vụ Y - Dược thẩm định dự toán, bố trí kinh phí.", {"Phòng Nghiệp vụ Y - Dược": "coordinate"}),
    ("Giao Cục Quản lý Dược thẩm định hồ sơ đăng ký thuốc.", {"Cục Quản lý Dược": "assigned"}),
    ("Công ty Điện lực Phú Thọ phát triển lưới điện trung áp.", {"Công ty Điện lực Phú Thọ": "assigned"}),
    # s34d: "định hướng" (guiding the press) is a task that ends a name, as "đưa tin" does; capitalised it names one
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Hà Tĩnh định hướng công tác "
     "tuyên truyền.", {"Ban Tuyên giáo và Dân vận Tỉnh ủy": "lead", "Báo và Phát thanh, Truyền hình Hà Tĩnh": "coordinate"}),
    ("Giao Trung tâm Định hướng nghề nghiệp tỉnh thực hiện.", {"Trung tâm Định hướng nghề nghiệp tỉnh": "assigned"}),
    # s27e: the head of a board named "Ban …" titled "Trưởng ban" in a closing article (the board is the body); the upper-level
    # union of the industrial zones named with its plural of zones; a list closing with "các công đoàn … khác" (a collective)
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Trưởng ban Ban Quản lý các khu công nghiệp tỉnh; Chủ tịch Ủy ban nhân dân "
     "các xã, phường chịu trách nhiệm thi hành Quyết định này./.",
     {"Văn phòng Ủy ban nhân dân tỉnh": "assigned", "Ban Quản lý các khu công nghiệp tỉnh": "assigned",
      "Chủ tịch Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Trưởng ban Ban Dân tộc tỉnh chủ trì.", {"Ban Dân tộc tỉnh": "lead"}),
    ("2. Công đoàn các Khu công nghiệp tỉnh, Công đoàn ngành Y tế và các công đoàn cấp trên trực tiếp cơ sở khác xây dựng kế "
     "hoạch thực hiện.", {"Công đoàn các Khu công nghiệp tỉnh": "assigned", "Công đoàn ngành Y tế": "assigned"}),
    # s27b: the units for people with merit and the martyrs' cemeteries named in full ("người có công", "Nghĩa trang liệt
    # sĩ"); "có" opens a verb elsewhere ("có trách nhiệm"), "trang" ("trang bị")
    ("Trung tâm Điều dưỡng người có công tỉnh tổ chức điều dưỡng tập trung; Sở Y tế phối hợp.",
     {"Trung tâm Điều dưỡng người có công tỉnh": "assigned", "Sở Y tế": "assigned"}),
    ("Ban Quản lý Nghĩa trang liệt sĩ quốc gia Trường Sơn và Ban Quản lý Nghĩa trang liệt sĩ quốc gia Đường 9 bảo đảm phục vụ.",
     {"Ban Quản lý Nghĩa trang liệt sĩ quốc gia Trường Sơn": "assigned", "Ban Quản lý Nghĩa trang liệt sĩ quốc gia Đường 9": "assigned"}),
    ("Sở Nội vụ phối hợp với Cục Người có công (Bộ Nội vụ) lấy mẫu.", {"Sở Nội vụ": "assigned", "Cục Người có công": "coordinate"}),
    ("Trung tâm Y tế có trách nhiệm bố trí bác sĩ.", {"Trung tâm Y tế": "assigned"}),
    ("Sở Y tế trang bị thiết bị cho Trung tâm Y tế.", {"Sở Y tế": "assigned"}),
    # s26d: VNPT's provincial unit named by its province (a company's field inside its name opens no body), a commune's
    # or ward's team named after "Đội" with a capital and its field "trật tự đô thị"; "đội ngũ" is none
    ("b) Sở Khoa học và Công nghệ chủ trì, phối hợp với Viễn thông Phú Thọ, Bưu điện tỉnh Phú Thọ bảo đảm hạ tầng mạng.",
     {"Sở Khoa học và Công nghệ": "lead", "Viễn thông Phú Thọ": "coordinate", "Bưu điện tỉnh Phú Thọ": "coordinate"}),
    ("Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì.", {"Tập đoàn Bưu chính Viễn thông Việt Nam": "lead"}),
    ("Tập đoàn Công nghiệp - Viễn thông Quân đội phối hợp.", {"Tập đoàn Công nghiệp - Viễn thông Quân đội": "assigned"}),
    ("a) Công an phường chủ trì, phối hợp với Đội Quản lý trật tự đô thị phường tổ chức ra quân.",
     {"Công an phường": "lead", "Đội Quản lý trật tự đô thị phường": "coordinate"}),
    ("Phòng Nội vụ chủ trì xây dựng đội ngũ cán bộ.", {"Phòng Nội vụ": "lead"}),
    ("Đội tuyển bóng đá tỉnh tham gia thi đấu.", {}),
    # s24f: a committee of a plural level followed by the places' own names is one body each (as "các Sở: Y tế, Tài
    # chính"), names joined by a dash since the 2025 mergers; a plural level alone or a capitalised task word is none of them
    ("Giao UBND các phường Xuân Hương - Đà Lạt, Lâm Viên - Đà Lạt bảo đảm an ninh, trật tự.",
     {"Ủy ban nhân dân phường Xuân Hương - Đà Lạt": "assigned", "Ủy ban nhân dân phường Lâm Viên - Đà Lạt": "assigned"}),
    ("Sở Tài chính phối hợp với Ủy ban nhân dân các xã Tân Lập và Tân Phú hướng dẫn.",
     {"Sở Tài chính": "assigned", "Ủy ban nhân dân xã Tân Lập": "coordinate", "Ủy ban nhân dân xã Tân Phú": "coordinate"}),
    ("Ủy ban nhân dân các xã, phường chủ trì thực hiện.", {"Ủy ban nhân dân các xã, phường": "lead"}),
    # s25b: forest owners named by the forestry law (vườn quốc gia, khu bảo tồn thiên nhiên) and the hydro-meteorological
    # stations (Luật Khí tượng thủy văn 2015) need their names; a heading's list may close with "và các … khác" without a colon
    ("8. Vườn quốc gia Bidoup - Núi Bà, Ban Quản lý rừng phòng hộ Đa Nhim và các chủ rừng khác\n"
     "Chịu trách nhiệm về phòng cháy, chữa cháy rừng trên diện tích được giao.",
     {"Vườn quốc gia Bidoup - Núi Bà": "assigned", "Ban Quản lý rừng phòng hộ Đa Nhim": "assigned"}),
    ("6. Đài Khí tượng Thủy văn khu vực Tây Nguyên\nCung cấp bản tin dự báo thời tiết hằng ngày.",
     {"Đài Khí tượng Thủy văn khu vực Tây Nguyên": "assigned"}),
    ("Khu bảo tồn thiên nhiên Pù Mát chủ trì tuần tra rừng.", {"Khu bảo tồn thiên nhiên Pù Mát": "lead"}),
    ("Vườn quốc gia phối hợp tuần tra rừng.", {}),
    ("Đài Khí tượng Thủy văn cung cấp bản tin.", {}),
    # s25b: a list opened by the forest owners (chủ rừng, Luật Lâm nghiệp 2017 Điều 8), a collective, then named bodies
    ("- Thời gian cao điểm: các chủ rừng, Hạt Kiểm lâm liên xã và Ủy ban nhân dân các xã, phường tổ chức trực 24/24 giờ.",
     {"Hạt Kiểm lâm liên xã": "assigned", "Ủy ban nhân dân các xã, phường": "assigned"}),
    ("UBND các xã Chủ động bố trí kinh phí.", {"Ủy ban nhân dân các xã": "assigned"}),
    # s24a: "phổ biến, giáo dục pháp luật" one field with its comma (Luật Phổ biến, giáo dục pháp luật 2012), as "phòng,
    # chống"; a council named by its work in lower case before its level (Luật Nghĩa vụ quân sự 2015 Điều 36-38)
    ("1. Phòng Phổ biến, giáo dục pháp luật và Hành chính tư pháp chủ trì, theo dõi việc thực hiện Kế hoạch.",
     {"Phòng Phổ biến, giáo dục pháp luật và Hành chính tư pháp": "lead"}),
    ("a) Hội đồng nghĩa vụ quân sự xã chỉ đạo rà soát nguồn công dân; Ban Chỉ huy quân sự xã chủ trì.",
     {"Hội đồng nghĩa vụ quân sự xã": "assigned", "Ban Chỉ huy Quân sự xã": "lead"}),
    # s23e: an association named by its trade ("Hội Nghề cá tỉnh", Điều lệ Hội Nghề cá Việt Nam), not the trade's word alone
    ("8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Nghề cá tỉnh\nVận động ngư dân chấp hành quy định về khai thác.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "requested", "Hội Nghề cá tỉnh": "requested"}),
    ("Đề nghị Hội Nông dân tỉnh hướng dẫn hội viên nuôi cá lồng.", {"Hội Nông dân tỉnh": "requested"}),
    # s26b: associations of and for people with disabilities (Luật Người khuyết tật 2010 Điều 2; Quyết định 68/2010/QĐ-TTg);
    # "người khuyết tật" as the object of a task is no name
    ("9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Người khuyết tật tỉnh, Hội Bảo trợ người khuyết tật và trẻ mồ côi"
     " tỉnh vận động nguồn lực.", {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "requested", "Hội Người khuyết tật tỉnh": "requested",
                                  "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh": "requested"}),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Hội Người khuyết tật tỉnh tổ chức giải thể thao.",
     {"Sở Văn hóa, Thể thao và Du lịch": "lead", "Hội Người khuyết tật tỉnh": "coordinate"}),
    ("Sở Y tế hỗ trợ người khuyết tật tiếp cận dịch vụ y tế.", {"Sở Y tế": "assigned"}),
    # s26b: "thông tin, tuyên truyền" after a name is the task's verb pair, not the name's field (which "công nghệ", "an toàn" open)
    ("Văn phòng Bộ phối hợp với Báo Nông nghiệp và Môi trường, Trung tâm Khuyến nông quốc gia thông tin, tuyên truyền về Đề án.",
     {"Văn phòng Bộ": "assigned", "Báo Nông nghiệp và Môi trường": "coordinate", "Trung tâm Khuyến nông quốc gia": "coordinate"}),
    ("Trung tâm Công nghệ thông tin tuyên truyền trên Cổng thông tin điện tử.", {"Trung tâm Công nghệ thông tin": "assigned"}),
    ("Cục An toàn thông tin, tuyên truyền hướng dẫn bảo đảm an toàn hệ thống.", {"Cục An toàn thông tin": "assigned"}),
    # s30a: a lower-case "thông tin" after a name closed on its place is the task's verb, whatever follows it (not a field
    # in capitals: "Trung tâm Văn hóa Thông tin tỉnh")
    ("9. Báo và Phát thanh, Truyền hình Vĩnh Long thông tin kịp thời diễn biến mặn.", {"Báo và Phát thanh, Truyền hình Vĩnh Long": "assigned"}),
    ("Báo Lào Cai thông tin đầy đủ về Kế hoạch.", {"Báo Lào Cai": "assigned"}),
    ("Trung tâm Văn hóa Thông tin tỉnh tổ chức hội thi.", {"Trung tâm Văn hóa Thông tin tỉnh": "assigned"}),
    # rev9: an association named by its trade in lower case before its level (Nghị định 126/2024/NĐ-CP), last in a list too
    ("8. Đề nghị Hội Nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh\nPhối hợp tổ chức các hoạt động xúc tiến thương mại.",
     {"Hội Nông dân tỉnh": "requested", "Hiệp hội doanh nghiệp tỉnh": "requested"}),
    ("- Hiệp hội du lịch tỉnh chủ trì tổ chức hội chợ.", {"Hiệp hội du lịch tỉnh": "lead"}),
    # rev9: the places of a plural level meant ("có vùng nuôi", "ven biển", "thuộc huyện") do not end its list
    ("3. Đề nghị Ủy ban nhân dân các xã, phường có vùng nuôi, Hội Nông dân tỉnh phối hợp thông tin kết quả quan trắc.",
     {"Ủy ban nhân dân các xã, phường": "coordinate", "Hội Nông dân tỉnh": "coordinate"}),
    ("Giao UBND các xã ven biển, Đồn Biên phòng phối hợp tuần tra.",
     {"Ủy ban nhân dân các xã": "assigned", "Đồn Biên phòng": "assigned"}),
    ("UBND các xã thuộc huyện, các đơn vị liên quan triển khai thực hiện.", {"Ủy ban nhân dân các xã": "assigned"}),
    # me23: the kind of area a plural level is of (xã biên giới, khu vực III, vùng đồng bào dân tộc thiểu số, ven biển:
    # Luật Biên phòng Việt Nam 2020, Quyết định 861/QĐ-TTg, 353/QĐ-TTg) is still the level named by its kind, but its words do
    # not hide the role after them or end the list; a task's words after the level are no area
    ("8. Ủy ban nhân dân các xã khu vực III chủ trì thực hiện.", {"Ủy ban nhân dân các xã": "lead"}),
    ("Phối hợp với Ban Chỉ huy Quân sự các xã biên giới, Công an các xã biên giới duy trì hoạt động của tổ tự quản.",
     {"Ban Chỉ huy Quân sự các xã": "coordinate", "Công an các xã": "coordinate"}),
    ("Sở Dân tộc và Tôn giáo chủ trì, phối hợp với UBND các xã, phường vùng đồng bào dân tộc thiểu số và miền núi\nrà soát.",
     {"Sở Dân tộc và Tôn giáo": "lead", "Ủy ban nhân dân các xã, phường": "coordinate"}),
    ("Ủy ban nhân dân các xã đảm bảo kinh phí; Công an các xã chủ trì thực hiện.",
     {"Ủy ban nhân dân các xã": "assigned", "Công an các xã": "lead"}),
    # s23d: committees of one rank listed after the first's place are one body each; a place of another rank is an
    # address; units named by intellectual property and standards-metrology-quality; "yêu cầu" is a directive's verb
    ("Ủy ban nhân dân thành phố Vinh, thị xã Cửa Lò, thị xã Hoàng Mai chỉ đạo khắc phục các tồn tại.",
     {"Ủy ban nhân dân thành phố Vinh": "assigned", "Ủy ban nhân dân thị xã Cửa Lò": "assigned",
      "Ủy ban nhân dân thị xã Hoàng Mai": "assigned"}),
    ("Giao Ủy ban nhân dân xã Tân Lập, huyện Đồng Phú tổ chức thực hiện.", {"Ủy ban nhân dân xã Tân Lập": "assigned"}),
    # rev5: a city under the centre after a district-level city is its address, not a second committee
    ("Giao Ủy ban nhân dân thành phố Thủ Đức, thành phố Hồ Chí Minh tổ chức hội nghị.",
     {"Ủy ban nhân dân thành phố Thủ Đức": "assigned"}),
    ("Ủy ban nhân dân huyện Kỳ Anh và thị xã Kỳ Anh rà soát các hộ nghèo.",
     {"Ủy ban nhân dân huyện Kỳ Anh": "assigned", "Ủy ban nhân dân thị xã Kỳ Anh": "assigned"}),
    ("Phòng Sở hữu trí tuệ và Tiêu chuẩn đo lường chất lượng chủ trì; Phòng Kinh tế đo lường hiệu quả.",
     {"Phòng Sở hữu trí tuệ và Tiêu chuẩn đo lường chất lượng": "lead", "Phòng Kinh tế": "assigned"}),
    ("Ban Quản lý Khu kinh tế Đông Nam yêu cầu các doanh nghiệp xây dựng phương án chữa cháy.",
     {"Ban Quản lý Khu kinh tế Đông Nam": "assigned"}),
    # s26f: a bay's and the fishing ports' management boards (Luật Thủy sản 2017: ban quản lý cảng cá); a bay named after a body's task is none
    ("- Ban Quản lý vịnh Nha Trang chủ trì tổ chức thu gom rác thải nhựa trên biển.", {"Ban Quản lý vịnh Nha Trang": "lead"}),
    ("Sở Nông nghiệp và Môi trường chỉ đạo Ban Quản lý các cảng cá tỉnh bố trí điểm thu gom ngư cụ.",
     {"Sở Nông nghiệp và Môi trường": "assigned", "Ban Quản lý các cảng cá tỉnh": "assigned"}),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì quảng bá vịnh Nha Trang, cảng cá Hòn Rớ.", {"Sở Văn hóa, Thể thao và Du lịch": "lead"}),
    # s27d: a research institute named for its region (Nghị quyết 81/2023/QH15: vùng Đồng bằng sông Cửu Long), then a university;
    # "bằng" alone is a preposition that ends a name
    ("6. Đề nghị Viện Lúa Đồng bằng sông Cửu Long, Trường Đại học An Giang hỗ trợ chuyển giao giống, kỹ thuật canh tác.",
     {"Viện Lúa Đồng bằng sông Cửu Long": "requested", "Trường Đại học An Giang": "requested"}),
    ("Đề nghị Trường Đại học Cần Thơ bằng nguồn vốn của trường hỗ trợ nông dân.", {"Trường Đại học Cần Thơ": "requested"}),
    ("Giao Phòng Nội vụ chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn, Phòng Văn hoá và Thông tin "
     "tổ chức thực hiện.",
     {"Phòng Nội vụ": "lead", "Sở Nông nghiệp và Phát triển nông thôn": "coordinate",
      "Phòng Văn hóa và Thông tin": "coordinate"}),
    ("4. Giao Phòng Nội vụ (Cơ quan thường trực Hội đồng Thi đua - Khen thưởng huyện) theo dõi, đôn đốc, kiểm tra "
     "các cơ quan, đơn vị.", {"Phòng Nội vụ": "lead"}),
    ("Giao Sở Tài chính bố trí kinh phí thực hiện.", {"Sở Tài chính": "assigned"}),
    # s24b: a council named by its work runs to its level word (Quyết định 148/QĐ-TTg); alone, or named by a level only, none
    ("- Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh tổ chức đánh giá, trình công nhận kết quả.",
     {"Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh": "assigned"}),
    ("Hội đồng thống nhất phương thức làm việc.", {}),
    ("Hội đồng cấp tỉnh do Chủ tịch Ủy ban nhân dân tỉnh thành lập.", {}),
    ("Hội đồng tư vấn có trách nhiệm xem xét báo cáo.", {}),
    # s24b: a member school named with its university after a dash is one body, the school
    ("Phối hợp với Trường Đại học Nông Lâm - Đại học Huế tổ chức tập huấn.", {"Trường Đại học Nông Lâm - Đại học Huế": "coordinate"}),
    # s29b: a university's centre named with its university, its field joined by "và" in lower case
    ("Phối hợp với Trung tâm Giáo dục quốc phòng và an ninh - Đại học Đà Nẵng tổ chức cho sinh viên học tập.",
     {"Trung tâm Giáo dục quốc phòng và an ninh - Đại học Đà Nẵng": "coordinate"}),
    ("Phối hợp với Trung tâm Y tế xã, Phòng Văn hóa - Xã hội tổ chức.", {"Trung tâm Y tế xã": "coordinate", "Phòng Văn hóa - Xã hội": "coordinate"}),
    ("Phối hợp với Trường Đại học Y Dược Huế, Đại học Huế tổ chức tập huấn.",
     {"Trường Đại học Y Dược Huế": "coordinate", "Đại học Huế": "coordinate"}),
    # s24b: a list of works' "Chủ đầu tư" column names who carries each work out; "QLDA" is "Quản lý dự án"
    ("STT\tTên công trình\tQuy mô (km)\tChủ đầu tư\tThời gian hoàn thành\n1\tCứng hóa đường trục xã\t4,2\tBan QLDA đầu tư "
     "xây dựng huyện\t30/6/2025\n2\tĐường nội đồng\t3,0\tUBND xã Hồng Kỳ\t30/9/2025\n",
     {"Ban Quản lý dự án đầu tư xây dựng huyện": "assigned", "Ủy ban nhân dân xã Hồng Kỳ": "assigned"}),
    # s27a: the school a work is done at, named in a cell before the task, is no body (a task table's whole row is the table's)
    ("STT\tTên trường\tXã, phường\tNội dung đầu tư\tQuy mô\tChủ đầu tư\tThời gian hoàn thành\n1\tTrường Mầm non Y Tý\tXã Y Tý\t"
     "Xây mới phòng học, nhà vệ sinh\t06 phòng học\tUBND xã Y Tý\tQuý III/2026\n2\tTrường Tiểu học Pha Long\tXã Pha Long\t"
     "Xây mới phòng học\t08 phòng học\tUBND xã Pha Long\tTháng 8/2026\n",
     {"Ủy ban nhân dân xã Y Tý": "assigned", "Ủy ban nhân dân xã Pha Long": "assigned"}),
    # a board named after the work it steers, which opens with a verb, runs to its level word
    ("1. Ban Quản lý xây dựng nông thôn mới xã chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.",
     {"Ban Quản lý xây dựng nông thôn mới xã": "lead"}),
    ("- Ban Chỉ đạo phòng, chống dịch bệnh tỉnh là cơ quan thường trực, tổng hợp kết quả.",
     {"Ban Chỉ đạo phòng, chống dịch bệnh tỉnh": "lead"}),
    ("- Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia huyện chủ trì, phối hợp với Phòng Kinh tế.",
     {"Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia huyện": "lead", "Phòng Kinh tế": "coordinate"}),
    ("- Ban Chỉ đạo tỉnh chỉ đạo các huyện xây dựng kế hoạch.", {"Ban Chỉ đạo tỉnh": "assigned"}),  # no work in the name
    ("Ban Chỉ đạo phát triển du lịch các tỉnh, thành phố định kỳ báo cáo Ban Chỉ đạo Nhà nước về du lịch.",
     {"Ban Chỉ đạo phát triển du lịch các tỉnh, thành phố": "assigned"}),  # a plural of places is no level of the board
    # "phân công", the synonym of "giao", gives a task to the body after it
    ("2. Ban cán sự đảng UBND tỉnh chủ trì cụ thể hóa Chương trình; phân công Sở Khoa học và Công nghệ làm cơ "
     "quan đầu mối, phối hợp với Sở Tài chính bố trí nguồn lực.",
     {"Ban cán sự đảng Ủy ban nhân dân tỉnh": "lead", "Sở Khoa học và Công nghệ": "lead", "Sở Tài chính": "coordinate"}),
    ("Phân công Sở Nội vụ bố trí biên chế cho các đơn vị sự nghiệp.", {"Sở Nội vụ": "assigned"}),
    ("Sở Khoa học và Công nghệ làm đầu mối tổng hợp kết quả.", {"Sở Khoa học và Công nghệ": "lead"}),
    ("3. Phòng Văn hóa-Thông tin chủ trì phối hợp với Trung tâm văn hóa – truyền thông mở chuyên trang.",
     {"Phòng Văn hóa - Thông tin": "lead", "Trung tâm văn hóa - truyền thông": "coordinate"}),
    ("2. Đề nghị Ủy ban Mặt trận Tổ quốc, các đoàn thể chính trị tích cực phối hợp vận động.",
     {"Ủy ban Mặt trận Tổ quốc": "coordinate"}),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện tổ chức tuyên truyền.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện": "requested"}),
    ("Chủ trì, phối hợp với Phòng Nội vụ, cổng thông tin điện tử huyện đẩy mạnh tuyên truyền.",
     {"Phòng Nội vụ": "coordinate", "Cổng thông tin điện tử huyện": "coordinate"}),
    ("Yêu cầu Thủ trưởng các cơ quan, Chủ tịch UBND các xã, thị trấn triển khai thực hiện nghiêm túc.",
     {"Chủ tịch Ủy ban nhân dân các xã, thị trấn": "assigned"}),
    ("5. Các thành viên Hội đồng Thi đua - Khen thưởng huyện tăng cường công tác kiểm tra.",
     {"Hội đồng Thi đua - Khen thưởng huyện": "assigned"}),
    ("a) Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể huyện; UBND các xã, thị trấn quan tâm thực hiện.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện": "assigned", "Ủy ban nhân dân các xã, thị trấn": "assigned"}),
    ("6. Sở Nội vụ hàng năm tổng hợp nhu cầu kinh phí kiểm tra, đề nghị Văn phòng điều phối Chương trình Mục tiêu "
     "quốc gia xây dựng nông thôn mới của tỉnh cân đối.",
     {"Sở Nội vụ": "assigned",
      "Văn phòng điều phối Chương trình Mục tiêu quốc gia xây dựng nông thôn mới tỉnh": "requested"}),
    ("Phối hợp với Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 của tỉnh kiểm tra.",
     {"Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 tỉnh": "coordinate"}),
    ("a) Bằng khen của Chủ tịch UBND tỉnh: UBND huyện lựa chọn tập thể, cá nhân tiêu biểu.",
     {"Ủy ban nhân dân huyện": "assigned"}),
    ("trường hợp vượt thẩm quyền, Hội đồng Thi đua - Khen thưởng huyện tổng hợp, báo cáo Ủy ban nhân dân huyện.",
     {"Hội đồng Thi đua - Khen thưởng huyện": "assigned"}),
    ("4. Trung tâm Văn hoá-Thể thao và Truyền thanh, Cổng Thông tin điện tử huyện Mở chuyên trang, chuyên mục.",
     {"Trung tâm Văn hóa - Thể thao và Truyền thanh": "assigned", "Cổng Thông tin điện tử huyện": "assigned"}),
    ("Sở Y tế thành lập đoàn kiểm tra.", {"Sở Y tế": "assigned"}),
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức.", {"Sở Văn hóa, Thể thao và Du lịch": "lead"}),
    ("1. Sở Nội vụ: Chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện Kế hoạch này.",
     {"Sở Nội vụ": "lead", "Sở Tài chính": "coordinate"}),
    ("- Sở Y tế: Tổ chức tuyên truyền về dân số.", {"Sở Y tế": "assigned"}),
    ("Đơn vị chủ trì: Sở Nội vụ.\n\nĐơn vị phối hợp: Sở Tư pháp; các cơ quan, đơn vị liên quan.",
     {"Sở Nội vụ": "lead", "Sở Tư pháp": "coordinate"}),
    ("Ủy ban nhân dân (UBND) các xã, phường triển khai thực hiện.", {"Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Sở LĐTB&XH phối hợp với Sở KH&ĐT hướng dẫn.",
     {"Sở Lao động - Thương binh và Xã hội": "assigned", "Sở Kế hoạch và Đầu tư": "coordinate"}),
]

# Classes of wording added for plans of every level (2025 structure); each with two forms and, below, a negative.
EXAMPLES += [
    # regional offices of central agencies keep their region
    ("12. Ngân hàng nhà nước khu vực XII\n\nChủ động triển khai thực hiện Kế hoạch.",
     {"Ngân hàng Nhà nước khu vực XII": "assigned"}),
    ("Chi cục Hải quan khu vực V chủ trì kiểm tra; Kiểm toán nhà nước khu vực IV phối hợp.",
     {"Chi cục Hải quan khu vực V": "lead", "Kiểm toán nhà nước khu vực IV": "assigned"}),
    # known names are read whole, loosely spelt or with one letter mistyped
    ("- Sở Nông nghiệp và Môi trường, Sở Sây dựng và các đơn vị có liên quan tổ chức kiểm tra.",
     {"Sở Nông nghiệp và Môi trường": "assigned", "Sở Xây dựng": "assigned"}),
    ("Giao Sở Văn hoá Thể thao du lịch chủ trì tuyên truyền.", {"Sở Văn hóa, Thể thao và Du lịch": "lead"}),
    # issuers acting in their own voice are not assigned; what they give is
    ("Ủy ban nhân dân tỉnh giao Giám đốc các sở và Chủ tịch Ủy ban nhân dân các xã, phường triển khai thực hiện.",
     {"Chủ tịch Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Quốc hội cơ bản tán thành các nhiệm vụ, giải pháp. Chính phủ tổ chức thực hiện Nghị quyết này.",
     {"Chính phủ": "assigned"}),
    # s33d: a council assents to its committee's report in its own voice ("thống nhất với", "nhất trí với")
    ("Hội đồng nhân dân xã cơ bản thống nhất với đánh giá của Ủy ban nhân dân xã về tình hình năm 2026. Giao Ủy ban nhân dân "
     "xã tổ chức thực hiện Nghị quyết.", {"Ủy ban nhân dân xã": "assigned"}),
    ("Hội đồng nhân dân tỉnh nhất trí với các nhiệm vụ, giải pháp nêu tại Tờ trình. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện.",
     {"Ủy ban nhân dân tỉnh": "assigned"}),
    # negative: "thống nhất quản lý" is a task (unified management), not an assent
    ("Ủy ban nhân dân xã thống nhất quản lý các công trình cấp nước sinh hoạt tập trung.", {"Ủy ban nhân dân xã": "assigned"}),
    # what an advice is about is not a task given by the plan
    ("Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế triển khai Dự án 6.", {}),
    ("- Sở Tư pháp tham mưu cho UBND tỉnh làm việc với Bộ Tư pháp; phối hợp với Sở Nội vụ kiểm tra.",
     {"Sở Tư pháp": "assigned", "Sở Nội vụ": "coordinate"}),
    # proposing to and directing bodies
    ("- Đề xuất Bộ Tài chính hỗ trợ hướng dẫn định mức chi.", {"Bộ Tài chính": "requested"}),
    ("- Lãnh đạo, chỉ đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức triển khai phong trào thi đua.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "assigned"}),
    ("- Chỉ đạo Uỷ ban nhân dân tỉnh cụ thể hóa Chương trình hành động này.", {"Ủy ban nhân dân tỉnh": "assigned"}),
    # the closing of a decision: people of a body named before it
    ("Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Ủy ban nhân dân Thành phố": "assigned"}),
    # a level shared with a generic list after the name
    ("4. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh\n- Lãnh đạo các tổ chức tuyên truyền.",
     {"Đảng ủy Mặt trận Tổ quốc tỉnh": "assigned"}),
    ("- Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể huyện tích cực tuyên truyền.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện": "assigned"}),
    # distributive lists: one body per unit
    ("12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền\n\nChủ trì tổ chức thực hiện.",
     {"Ủy ban nhân dân xã Gia Thuận": "lead", "Ủy ban nhân dân xã Tân Điền": "lead"}),
    ("Giao các Sở: Y tế, Giáo dục và Đào tạo, Tài chính triển khai thực hiện.",
     {"Sở Y tế": "assigned", "Sở Giáo dục và Đào tạo": "assigned", "Sở Tài chính": "assigned"}),
    ("- Phối hợp với Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền thực hiện.",
     {"Ủy ban nhân dân xã Gia Thuận": "coordinate", "Ủy ban nhân dân xã Tân Điền": "coordinate"}),
    # members of a generic plural named in parentheses; businesses and schools are bodies (kind other)
    ("- Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An) triển khai.",
     {"Viettel Nghệ An": "coordinate", "VNPT Nghệ An": "coordinate", "MobiFone Nghệ An": "coordinate"}),
    ("Sở Công Thương phối hợp với các cơ sở đào tạo (Trường Cao đẳng nghề, Phân hiệu Đại học Thái Nguyên tại Lào Cai).",
     {"Sở Công Thương": "assigned", "Trường Cao đẳng nghề": "coordinate",
      "Phân hiệu Đại học Thái Nguyên tại Lào Cai": "coordinate"}),
    # national bodies in a resolution's closing lists, with generic plurals and a qualifier before the task
    ("Chính phủ, chính quyền địa phương các cấp, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Kiểm toán "
     "nhà nước theo chức năng, nhiệm vụ được giao khẩn trương xây dựng kế hoạch.",
     {"Chính phủ": "assigned", "Tòa án nhân dân tối cao": "assigned", "Viện kiểm sát nhân dân tối cao": "assigned",
      "Kiểm toán nhà nước": "assigned"}),
    ("Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, các Đoàn đại biểu Quốc hội và đại biểu "
     "Quốc hội, trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.",
     {"Ủy ban Thường vụ Quốc hội": "assigned", "Hội đồng Dân tộc": "assigned", "Ủy ban của Quốc hội": "assigned",
      "Đoàn đại biểu Quốc hội": "assigned"}),
    # people of bodies before a distributive list; places listed after a level
    ("Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Khoa học và Công nghệ; Chủ tịch UBND các xã, phường "
     "chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Ủy ban nhân dân tỉnh": "assigned", "Sở Tài chính": "assigned", "Sở Khoa học và Công nghệ": "assigned",
      "Chủ tịch Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Ủy ban nhân dân các tỉnh: Đắk Lắk, Gia Lai và Lâm Đồng khẩn trương gửi báo cáo.",
     {"Ủy ban nhân dân tỉnh Đắk Lắk": "assigned", "Ủy ban nhân dân tỉnh Gia Lai": "assigned",
      "Ủy ban nhân dân tỉnh Lâm Đồng": "assigned"}),
    ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh tuyên truyền, vận động.",
     {"Hội Nông dân tỉnh": "assigned", "Hội Liên hiệp Phụ nữ tỉnh": "assigned"}),
    # a decision's recipients in a signature table do not hide the plan attached after them
    ("Giao Sở Nội vụ chủ trì.\n| Nơi nhận:\n- Sở Tài chính chủ trì;\n| TM. ỦY BAN NHÂN DÂN\n\nKẾ HOẠCH\n"
     "1. Ban Quản lý các khu công nghệ cao và khu công nghiệp\n- Chủ trì rà soát hạ tầng.",
     {"Sở Nội vụ": "lead", "Ban Quản lý các khu công nghệ cao và khu công nghiệp": "lead"}),
    # dash-bullet headings naming a body, with the tasks on the lines below
    ("- Sở Tài chính:\n+ Bố trí kinh phí thực hiện.\n- Sở Nội vụ:\n+ Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.",
     {"Sở Tài chính": "assigned", "Sở Nội vụ": "lead"}),
    ("- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:\n+ Tuyên truyền, vận động Nhân dân.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "requested"}),
    # businesses, schools and institutes take any words in their names; an alias in parentheses is the body before
    ("- Tập đoàn Điện lực Việt Nam (EVN), Tổng công ty Điện lực miền Bắc chủ động đầu tư lưới điện.",
     {"Tập đoàn Điện lực Việt Nam": "assigned", "Tổng công ty Điện lực miền Bắc": "assigned"}),
    ("Trường Đại học Cần Thơ, Viện Lúa đồng bằng sông Cửu Long phối hợp nghiên cứu giống lúa.",
     {"Trường Đại học Cần Thơ": "assigned", "Viện Lúa đồng bằng sông Cửu Long": "assigned"}),
    ("- Phối hợp với Công an tỉnh (Phòng PA03), Sở Y tế xử lý.", {"Công an tỉnh": "coordinate", "Sở Y tế": "coordinate"}),
    # the Government's closing formula: people of the ministries are generic, the provinces' chairmen are named
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các "
     "tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị quyết này.",
     {"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố": "assigned"}),
    # a heading's body marked as in charge, or whose block opens by coordinating
    ("1. Sở Tài chính (cơ quan chủ trì)\n- Tổng hợp, tham mưu bố trí kinh phí.", {"Sở Tài chính": "lead"}),
    ("2. Sở Nội vụ\na) Phối hợp với Sở Giáo dục và Đào tạo kiểm tra việc thực hiện.\nb) Hướng dẫn tuyển dụng.",
     {"Sở Nội vụ": "coordinate", "Sở Giáo dục và Đào tạo": "coordinate"}),
    ("3. Sở Y tế\n- Phối hợp kiểm tra.\n- Chủ trì tổng hợp kết quả thực hiện Kế hoạch này.", {"Sở Y tế": "lead"}),
    # s29e: a heading that names the plural of a body named by its kind ("Các Trung tâm Y tế khu vực"); a generic plural
    # stays a collective
    ("6. Các Trung tâm Y tế khu vực\nChỉ đạo trạm y tế xã, phường triển khai dịch vụ khám thai.", {"Trung tâm Y tế khu vực": "assigned"}),
    ("6. Các sở, ban, ngành\nChỉ đạo triển khai dịch vụ khám thai.", {}),
    # steering committees named by a list of topics
    ("- Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh chỉ đạo thực hiện.",
     {"Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh": "assigned"}),
    ("Giao Ban Chỉ đạo tỉnh, Sở Nội vụ tổ chức kiểm tra.", {"Ban Chỉ đạo tỉnh": "assigned", "Sở Nội vụ": "assigned"}),
    # a short name the document gives a body stands for it later; a sector after a name belongs to it
    ("Thành lập Trung tâm Phục vụ hành chính công tỉnh (sau đây gọi tắt là Trung tâm).\n"
     "- Trung tâm có trách nhiệm tiếp nhận hồ sơ.", {"Trung tâm Phục vụ hành chính công tỉnh": "assigned"}),
    ("Căn cứ kết quả của Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố (gọi tắt là Hội đồng thi đua).\n"
     "- Hội đồng thi đua họp xét, đánh giá.", {"Hội đồng Thi đua - Khen thưởng ngành Y tế thành phố": "assigned"}),
    ("- Công đoàn ngành Giáo dục tỉnh tuyên truyền.", {"Công đoàn ngành Giáo dục tỉnh": "assigned"}),
    # a department's own council and mass organisations named by a bare "Sở" (s24d), the specialised project boards named
    # after their works (Nghị định 175/2024/NĐ-CP), the libraries of Luật Thư viện 2019
    ("1. Hội đồng Thi đua - Khen thưởng Sở\nChỉ đạo, hướng dẫn tổ chức phong trào thi đua.",
     {"Hội đồng Thi đua - Khen thưởng Sở": "assigned"}),
    ("5. Công đoàn cơ sở Sở, Chi đoàn Sở\nPhối hợp với Văn phòng Sở vận động đoàn viên.",
     {"Công đoàn cơ sở Sở": "coordinate", "Chi đoàn Sở": "coordinate", "Văn phòng Sở": "coordinate"}),
    ("- Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh đôn đốc nhà thầu.",
     {"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh": "assigned"}),
    ("b) Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh phối hợp với Thư viện Quốc gia Việt Nam bổ sung sách.",
     {"Sở Văn hóa, Thể thao và Du lịch": "assigned", "Thư viện tỉnh": "assigned", "Thư viện Quốc gia Việt Nam": "coordinate"}),
    # time adverbials before the body that opens a clause
    ("Định kỳ 6 tháng, hàng năm, giữa nhiệm kỳ, Sở Công Thương tổ chức sơ kết, đánh giá.", {"Sở Công Thương": "assigned"}),
    ("Hằng quý, cuối năm, Phòng Nội vụ tổng hợp kết quả.", {"Phòng Nội vụ": "assigned"}),
    # members in parentheses of a plural that continues a list
    ("- Phối hợp với Sở Nội vụ và các cơ sở đào tạo trên địa bàn (Trường Cao đẳng nghề) trong đào tạo.",
     {"Sở Nội vụ": "coordinate", "Trường Cao đẳng nghề": "coordinate"}),
    # a heading whose number a wrap left alone on the line before, and "Đề nghị:" headings
    ("1.\nSở Nông nghiệp và Môi trường\n\n- Chủ trì, theo dõi việc thực hiện Kế hoạch này.",
     {"Sở Nông nghiệp và Môi trường": "lead"}),
    ("6. Đề nghị: Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh\n\na) Tuyên truyền, vận động hội viên.",
     {"Hiệp hội Doanh nghiệp tỉnh": "requested", "Hội Nông dân tỉnh": "requested"}),    # a table with a unit column and a column of bodies is a task table: its bodies are read from their column
    ("TT\tChỉ tiêu\tĐơn vị tính\tThời gian hoàn thành\tĐơn vị chủ trì\n"
     "1\tTrung tâm cứu hộ động vật hoang dã được nâng cấp\ttrung tâm\tQuý IV/2027\tCục Bảo tồn thiên nhiên và Đa dạng sinh học\n",
     {"Cục Bảo tồn thiên nhiên và Đa dạng sinh học": "lead"}),
    # a body's sentence after an indicator table is read
    ("TT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2027\n1\tTrạm y tế xã đạt chuẩn quốc gia\ttrạm\t50\n\n"
     "Sở Y tế chủ trì theo dõi, đánh giá kết quả thực hiện các chỉ tiêu.",
     {"Sở Y tế": "lead"}),
]


HEADED = """V. TỔ CHỨC THỰC HIỆN
2. Phòng Nội vụ
a) Chủ trì, phối hợp với các cơ quan có liên quan hướng dẫn, kiểm tra, đôn đốc thực hiện Kế hoạch này.
3. Đề nghị Ban Tuyên giáo Huyện ủy
a) Chỉ đạo các cơ quan có chức năng tuyên truyền phong trào thi đua.
4. Sở Tài chính
Bố trí kinh phí.
"""

EXAMPLES += [
    # s29a: the head of a press agency named before it in a closing article (Luật Báo chí 2016: "Tổng Biên tập"); the bar
    # association (Luật Luật sư 2006, Điều 60); the justice department's division that follows up the law's enforcement (a verb
    # after a name still ends it: "Sở Tư pháp thi hành …")
    ("Điều 3. Giám đốc Công an tỉnh; Tổng Biên tập Báo và Phát thanh, Truyền hình Hưng Yên; Chủ tịch Ủy ban nhân dân các xã, "
     "phường chịu trách nhiệm thi hành Quyết định này./.",
     {"Công an tỉnh": "assigned", "Báo và Phát thanh, Truyền hình Hưng Yên": "assigned",
      "Chủ tịch Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh ký hợp đồng với luật sư; đề nghị Đoàn Luật sư tỉnh vận động luật sư tham gia.",
     {"Trung tâm Trợ giúp pháp lý nhà nước tỉnh": "assigned", "Đoàn Luật sư tỉnh": "requested"}),
    ("a) Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật chủ trì, phối hợp với Hội Luật gia tỉnh hướng dẫn.",
     {"Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật": "lead", "Hội Luật gia tỉnh": "coordinate"}),
    ("Sở Tư pháp thi hành nghiêm các quy định về trợ giúp pháp lý.", {"Sở Tư pháp": "assigned"}),
    # s29a: a body directed with a collective before their act; the provincial museum (Luật Di sản văn hóa 2024) in a list
    ("5. Sở Y tế: Chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh và các bệnh viện bố trí lực lượng, phương tiện cấp cứu.",
     {"Sở Y tế": "assigned", "Trung tâm Kiểm soát bệnh tật tỉnh": "assigned"}),
    ("- Chỉ đạo Trung tâm Văn hóa - Nghệ thuật tỉnh, Bảo tàng tỉnh, Thư viện tỉnh tổ chức các chương trình nghệ thuật, triển lãm.",
     {"Trung tâm Văn hóa - Nghệ thuật tỉnh": "assigned", "Bảo tàng tỉnh": "assigned", "Thư viện tỉnh": "assigned"}),
    # negative: a body after "và" that is no collective directed with it, before a preposition
    ("Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh và Sở Tài chính về kinh phí.", {"Sở Y tế": "assigned"}),
    # s23a: a company's legal form in lower case before its name (Luật Doanh nghiệp 2020)
    ("9. Đề nghị Công ty cổ phần Nước sạch Bắc Giang mở rộng mạng lưới cấp nước\nđến các xã Liên Chung, Việt Lập.",
     {"Công ty cổ phần Nước sạch Bắc Giang": "requested"}),
    ("Giao Công ty trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Bắc Giang chủ trì.",
     {"Công ty trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Bắc Giang": "lead"}),
    # s23a: "khu vực" takes a place's name, not a capitalised task on the next line; a broadcaster's verb ends its name
    ("4. Trung tâm Y tế các khu vực\nChỉ đạo các trạm y tế lập, cập nhật hồ sơ sức khỏe điện tử.",
     {"Trung tâm Y tế các khu vực": "assigned"}),
    ("Giao Trung tâm Y tế khu vực\nTân Phú chủ trì.", {"Trung tâm Y tế khu vực Tân Phú": "lead"}),
    ("Phối hợp với Báo và Phát thanh, Truyền hình Ninh Bình phát sóng 12 chuyên mục về bảo hiểm y tế.",
     {"Báo và Phát thanh, Truyền hình Ninh Bình": "coordinate"}),
    # s26a: schools by their level are a collective ("các trường THPT"): the named school after it in the list is its own row
    ("2. Trường THPT chuyên Lê Quý Đôn, các trường THPT và Trường Phổ thông Dân tộc nội trú tỉnh\nTổ chức tuyển sinh đúng chỉ tiêu.",
     {"Trường THPT chuyên Lê Quý Đôn": "assigned", "Trường Phổ thông Dân tộc nội trú tỉnh": "assigned"}),
    ("- Các trường mầm non và Trạm Y tế xã tổ chức cân, đo cho trẻ.", {"Trạm Y tế xã": "assigned"}),
    # s26a: the drug-rehabilitation centre (Luật Phòng, chống ma túy 2021) is a named body with its level
    ("- Cơ sở cai nghiện ma túy tỉnh bảo đảm tiếp nhận khoảng 1.200 học viên cai nghiện bắt buộc.",
     {"Cơ sở cai nghiện ma túy tỉnh": "assigned"}),
]

# Must give no named body with a role.
NEGATIVE = [
    # w22c: "Khoa học" (science) and "Tổ chức" (to organise) open no unit of a hospital or a school; nor a lower-case "tổ"
    "- Tổ chức 06 lớp đào tạo liên tục; Khoa học công nghệ được chú trọng, tổ dân phố tham gia giám sát.",
    # s33a: a dated report of what was done opens no clause of a task
    "Ngày 21/8/2025, Sở Y tế đã tổ chức hội nghị sơ kết.",
    "Các tạp chí chuyên ngành đăng tải bài viết về kinh tế tuần hoàn.",  # s32a: journals as a plural, none named
    "Công đoàn các cấp tham gia giám sát việc thực hiện chính sách.",  # s27e: the unions as a plural, no union named
    "Các công đoàn cơ sở tổ chức hội nghị người lao động.",
    "Giám đốc Sở Y tế làm Trưởng ban; Giám đốc Sở Tài chính làm Phó Trưởng ban.",  # seats on a board, no task
    "Hội đồng xét duyệt hồ sơ của xã.",  # s24a: a work with "của" before the level is a sentence, no council's name
    "- Rà soát các cơ sở cai nghiện ma túy tự nguyện đủ điều kiện hoạt động.",  # s26a: the kind in small letters, no body
    "- Các trường THPT tổ chức ôn tập cho học sinh lớp 12.",  # s26a: schools by their level, a collective
    "- Khuyến khích các hiệp hội ngành hàng tham gia xúc tiến thương mại tại các tỉnh.",  # rev9: a kind, no association's name
    "- Hiệp hội cũng tham gia tuyên truyền tại xã.",
    "Hội đồng cấp tỉnh do Chủ tịch Ủy ban nhân dân cấp tỉnh thành lập theo đề nghị của Sở.",  # a level alone names no council
    "Khuyến khích các công ty cổ phần đầu tư vào lĩnh vực nước sạch.",  # s23a: a kind of company, no name
    "Thực hiện phân công nhiệm vụ của Ủy ban nhân dân tỉnh tại Quyết định số 12/QĐ-UBND.",  # the noun: no task here
    "Tham mưu Ủy ban nhân dân tỉnh quyết định phân công Sở Nội vụ theo dõi việc thực hiện.",  # advice on an assignment
    "Báo cáo kết quả thực hiện về UBND huyện theo quy định.",
    "Căn cứ Quyết định số 587/QĐ-TTg ngày 18/5/2022 của Thủ tướng Chính phủ về việc ban hành Kế hoạch.",
    "Ban hành kế hoạch phòng, chống dịch bệnh.",
    "Bộ tiêu chí quốc gia về xã nông thôn mới.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
    "a) Tập thể: Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể huyện; UBND các xã, thị trấn.",
    "Hồ sơ gửi về Phòng Nội vụ trước ngày 21 tháng 11 năm 2024.",
    "Nơi nhận:\n- Sở Nội vụ chủ trì;\n- UBND các xã;",
    "d) Hội đồng Thi đua - Khen thưởng các cơ quan, đơn vị, địa phương xác định rõ các nội dung.",
    "- Xây dựng tổ chức công đoàn cơ sở vững mạnh; phát triển thư viện công cộng cấp tỉnh.",
    "- Củng cố các chi đoàn thanh niên ở thôn, làng.",
    "Năm 2024, UBND và UBMTTQ Thành phố đã hỗ trợ kịp thời 59.835 triệu đồng.",
    "Đồng chí Nguyễn Văn A, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.",
    "II. NỘI DUNG\nUBND tỉnh phát động Đợt thi đua lập thành tích chào mừng Đại hội.",
]

NEGATIVE += [
    # names inside citations and legal-basis lines
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Chương trình hành động của\nChính phủ.",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Nghị định số 45/2025/NĐ-CP của Chính phủ;",
    "- Căn cứ các văn bản chỉ đạo của\nChính phủ, Bộ, ngành và tỉnh.",
    # issuers' own acts
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành nghiêm túc thực hiện.",
    "Quốc hội kêu gọi đồng bào, chiến sỹ cả nước thực hiện thắng lợi các mục tiêu.",
    "- Đề xuất UBND Thành phố điều chỉnh, bổ sung nhiệm vụ.",
    # distribution lists and letterheads
    "Nơi gửi:\n- Bộ Y tế (để b/c);\n- TT. Thành ủy, TT.HĐND TP;\n- Sở Nội vụ chủ trì;\n- Văn phòng Thành ủy (để ph/h);",
    "- Bộ Tài chính (để báo cáo);\n- Thường trực HĐND TP (để biết);",
    "UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    # "Hội" before a place is not an association
    "Du khách đến Hội An, Đà Nẵng tăng mạnh.",
    "Lễ hội tại Hội An theo truyền thống.",
    # a list of departments' fields reads only known names, and stops at ";"
    "Giao các Sở: Nước, Đất; Giám đốc kiểm tra.",
    # award proposals and quotas, bodies still to be set up
    "Hồ sơ trình, đề nghị Thủ tướng Chính phủ, Chủ tịch UBND tỉnh xem xét tặng Bằng khen cho các tập thể.",
    "- Ban Chỉ đạo tỉnh: Không quá 05 cá nhân;",
    "- Ban Chỉ đạo bầu cử của tỉnh:\nKhông quá 05 cá nhân;\n- Ủy ban bầu cử của tỉnh: Không quá 05 cá nhân;",
    "- Hội đồng Thi đua - Khen thưởng huyện: Tối đa 03 cá nhân.",
    "Kiện toàn bộ máy (thành lập\nBan Chỉ đạo hoặc Tổ Công tác liên sở).",
    "- Thuế NK, thuế sản phẩm trừ trợ cấp sản phẩm",
    # a dash line naming a body without a colon is a list item, not a heading
    "Danh sách gửi:\n- Sở Tài chính\n- Sở Nội vụ",
    # concepts named after a body; an issuer split by a wrap; a line that a wrap broke off
    "Góp phần thực hiện mục tiêu phát triển Chính phủ số, kinh tế số và xã hội số.",
    "Thực hiện Quyết định số 655/QĐ-TTg của Thủ tướng\nChính phủ phê duyệt Đề án đầu tư.",
    "- Hỗ trợ doanh nghiệp viễn thông làm việc với các nhà mạng viễn thông lớn trên địa bàn như\nViettel, VNPT, MobiFone và các doanh nghiệp khác.",
    # a head alone refers back to a body named before
    "Trung tâm có trách nhiệm tiếp nhận hồ sơ.",
    "Văn phòng tổng hợp, báo cáo kết quả.",
    # the issuer's own act in the preamble, after a place; a member's title split by a wrap
    "Thực hiện Kết luận số 75-KL/TW, Tỉnh ủy Lào Cai ban hành Chương trình hành động như sau:\n\nI. MỤC ĐÍCH\n",
    "Đồng chí Ngô Văn A\n- Ủy viên Ban Thường vụ\nTỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh",
    # schools are named by their type; a place is not a school, nor a generic plural
    "Tượng Lĩnh và vùng nuôi tôm\nTrường Giang - xã Trường Văn\n",
    "c) Phối hợp các sở, ngành, trường đại học, cao đẳng xây dựng chương trình đào tạo.",
    # a person's title is not a body
    "Theo đề nghị Trưởng ban Ban Tổ chức cán bộ.",    # an indicator table's label (a row with its unit and figures, no column of bodies) names the thing counted
    ("TT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2026\tKế hoạch năm 2027\tGhi chú\n"
     "1\tTrung tâm cứu hộ động vật hoang dã được nâng cấp\ttrung tâm\t-\t3\t\n"
     "2\tTrạm y tế xã đạt chuẩn quốc gia\ttrạm\t45\t50\t\n"),
    ("STT | Chỉ tiêu | ĐVT | Năm 2026\n1 | Ban quản lý rừng phòng hộ được kiện toàn | ban | 4\n"),
]


def named(text: str) -> dict[str, str]:
    best: dict[str, str] = {}
    rank = {"lead": 4, "coordinate": 3, "assigned": 2, "requested": 1}
    for b in extract_bodies(text):
        if b.kind != "collective" and rank[b.role] > rank.get(best.get(b.name_canonical), 0):
            best[b.name_canonical] = b.role
    return best


@pytest.mark.parametrize("text,expected", EXAMPLES)
def test_examples(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text):
    assert named(text) == {}


def test_heading_gives_its_block_to_the_body():
    rows = extract_bodies(HEADED)
    roles = {(b.name_canonical, b.role) for b in rows}
    assert ("Phòng Nội vụ", "lead") in roles
    assert ("Ban Tuyên giáo Huyện ủy", "requested") in roles
    assert ("Sở Tài chính", "assigned") in roles
    task = next(b.task for b in rows if b.name == "Sở Tài chính")
    assert task.startswith("Bố trí kinh phí")


def test_rows_carry_offsets_kind_level_and_rule():
    text = "Giao Phòng Nội vụ chủ trì, phối hợp với Sở Y tế tỉnh tổ chức kiểm tra."
    rows = extract_bodies(text)
    assert [(text[b.start:b.end], b.kind, b.level) for b in rows] == [("Phòng Nội vụ", "phong", "huyen"), ("Sở Y tế tỉnh", "so", "tinh")]
    assert all(b.rule and b.task for b in rows)


def test_collectives_are_marked():
    rows = extract_bodies("Các cơ quan, đơn vị, địa phương gửi hồ sơ về Phòng Nội vụ.")
    assert [(b.name, b.kind, b.role) for b in rows] == [("Các cơ quan, đơn vị, địa phương", "collective", "assigned")]


@pytest.mark.parametrize("written,canonical", [
    ("UBND TP", "Ủy ban nhân dân Thành phố"),
    ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("UBND huyện", "Ủy ban nhân dân huyện"),
    ("Uỷ ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("Phòng Văn hoá-Thông tin", "Phòng Văn hóa - Thông tin"),
    ("Hội đồng TĐKT huyện", "Hội đồng Thi đua - Khen thưởng huyện"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Ban Chỉ đạo của tỉnh", "Ban Chỉ đạo tỉnh"),
    ("Văn phòng HĐND - UBND cấp xã", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân cấp xã"),  # s32y
    ("Văn phòng HĐND-UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
    ("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"),
])
def test_canonical_names(written, canonical):
    assert canonical_name(written) == canonical


def test_spelling_moves_old_tone_marks_but_not_qu():
    assert spelling("hoá khoẻ Thuỷ quý hoàng") == "hóa khỏe Thủy quý hoàng"


# s29c: the last numbered block ends before the document's closing lines ("Trên đây là Kế hoạch …", "Trong quá trình thực
# hiện, nếu có khó khăn …", "Nơi nhận:"); a line of the block that only opens with "Trong quá trình thực hiện" stays in it.
@pytest.mark.parametrize("closing,task", [
    ("Trên đây là Kế hoạch quản lý giết mổ năm 2026; yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.",
     "Bảo đảm điều kiện vệ sinh thú y; nâng công suất tiếp nhận"),
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở để xem xét, giải quyết./.",
     "Bảo đảm điều kiện vệ sinh thú y; nâng công suất tiếp nhận"),
    ("Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.",
     "Bảo đảm điều kiện vệ sinh thú y; nâng công suất tiếp nhận"),
    ("Trong quá trình thực hiện, Phòng Kinh tế định kỳ tổng hợp kết quả.",
     "Bảo đảm điều kiện vệ sinh thú y; nâng công suất tiếp nhận.\nTrong quá trình thực hiện, Phòng Kinh tế định kỳ tổng hợp kết quả"),
])
def test_last_block_ends_before_the_closing_lines(closing, task):
    text = ("VI. TỔ CHỨC THỰC HIỆN\n1. Phòng Kinh tế\nChủ trì tham mưu triển khai Kế hoạch.\n2. Công ty Cổ phần Tân Phát\n"
            "Bảo đảm điều kiện vệ sinh thú y; nâng công suất tiếp nhận.\n" + closing + "\n")
    assert next(b.task for b in extract_bodies(text) if b.name == "Công ty Cổ phần Tân Phát") == task


def test_a_plural_owned_by_a_body_in_a_table_cell_is_one_collective():
    """s36a: "Các phòng, đơn vị thuộc Ủy ban nhân dân phường" in a "phối hợp" cell is one collective, as in a clause: the owner
    is given nothing; a body listed beside it, or alone, is still one."""
    text = ("STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
            "1\tSơ kết 6 tháng\tPhòng Kinh tế, Hạ tầng và Đô thị phường\tCác phòng, đơn vị thuộc Ủy ban nhân dân phường\tTháng 7/2026\n"
            "2\tTập huấn\tSở Tư pháp\tCác cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Sở Nội vụ\tQuý II/2026\n"
            "3\tKiểm tra\tSở Tư pháp\tỦy ban nhân dân tỉnh\tQuý III/2026\n")
    rows = [(b.name_canonical, b.role) for b in extract_bodies(text) if b.kind != "collective"]
    assert rows == [("Phòng Kinh tế, Hạ tầng và Đô thị phường", "lead"), ("Sở Tư pháp", "lead"), ("Sở Nội vụ", "coordinate"),
                    ("Sở Tư pháp", "lead"), ("Ủy ban nhân dân tỉnh", "coordinate")]


def test_task_table_columns_give_lead_and_coordinate():
    text = ("TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
            "1\tRà soát quy hoạch khoáng sản\tSở Nông nghiệp và Môi trường\tSở Tài chính; các sở, ngành\tTháng 6/2026\n"
            "2 | Kiểm tra việc thực hiện | Thanh tra tỉnh | Công an tỉnh | Quý II/2026\n")
    rows = [(b.name_canonical, b.role, b.task, b.rule) for b in extract_bodies(text) if b.kind != "collective"]
    assert rows == [
        ("Sở Nông nghiệp và Môi trường", "lead", "Rà soát quy hoạch khoáng sản", "table_lead"),
        ("Sở Tài chính", "coordinate", "Rà soát quy hoạch khoáng sản", "table_coordinate"),
        ("Thanh tra tỉnh", "lead", "Kiểm tra việc thực hiện", "table_lead"),
        ("Công an tỉnh", "coordinate", "Kiểm tra việc thực hiện", "table_coordinate"),
    ]
    for b in extract_bodies(text):
        assert text[b.start:b.end] == b.name


def test_a_table_of_what_each_body_is_given_with_no_task_column_gives_its_bodies():
    """A table allotting to each body its part, with no task or time column ("STT | Chủ đầu tư | Kế hoạch vốn …", "TT | Đối
    tượng | … | Cơ quan chủ trì" where no column names a task): each row's body is given its row, read alike as tab rows
    and as a crawl's one cell a line (where prose rules find no clause in a line that is a bare name)."""
    tabs = ("Bảng 2. Kế hoạch vốn đầu tư công năm 2027 giao cho các chủ đầu tư\n"
            "STT\tChủ đầu tư\tKế hoạch vốn năm 2027 được giao\tGhi chú\n"
            "1\tSở Y tế\t385\t\n2\tỦy ban nhân dân phường Biên Hòa\t1.105\t\n")
    crawl = ("Bảng 2. Kế hoạch vốn đầu tư công năm 2027 giao cho các chủ đầu tư\n\n|\nSTT\n|\nChủ đầu tư\n|\n"
             "Kế hoạch vốn năm 2027 được giao\n|\nGhi chú\n|\n|\n1\n|\nSở Y tế\n|\n385\n|\n|\n|\n2\n|\n"
             "Ủy ban nhân dân phường Biên Hòa\n|\n1.105\n|\n|\n|\n")
    expected = {"Sở Y tế": "assigned", "Ủy ban nhân dân phường Biên Hòa": "assigned"}
    assert named(tabs) == expected and named(crawl) == expected
    # a body named in a row's other cells is no body given the row (the column names no role)
    assert "Sở Tài chính" not in named(tabs.replace("385\t", "385\tSở Tài chính thẩm định"))


def test_a_per_agency_table_gives_its_agencies_alike_as_tab_rows_and_as_a_crawl():
    """A plan's per-agency annex ("STT | Cơ quan, đơn vị | Hồ sơ trực tuyến toàn trình (%) | …"): each agency is given its
    row's quotas, as tab rows (where a prose rule read each row as a clause) and as a crawl's one cell a line (where it
    read none); a column of places ("Xã, phường") names no agency, nor does a unit column ("Đơn vị tính")."""
    tabs = ("Phụ lục. Chỉ tiêu giao các cơ quan, đơn vị năm 2027\n"
            "STT\tCơ quan, đơn vị\tHồ sơ trực tuyến toàn trình (%)\tHồ sơ giải quyết đúng hạn (%)\n"
            "1\tSở Tư pháp\t75\t99\n2\tSở Dân tộc và Tôn giáo\t40\t98\n")
    crawl = ("Phụ lục. Chỉ tiêu giao các cơ quan, đơn vị năm 2027\n\n|\nSTT\n|\nCơ quan, đơn vị\n|\n"
             "Hồ sơ trực tuyến toàn trình (%)\n|\nHồ sơ giải quyết đúng hạn (%)\n|\n|\n1\n|\nSở Tư pháp\n|\n75\n|\n"
             "99\n|\n|\n2\n|\nSở Dân tộc và Tôn giáo\n|\n40\n|\n98\n|\n")
    expected = {"Sở Tư pháp": "assigned", "Sở Dân tộc và Tôn giáo": "assigned"}
    assert named(tabs) == expected and named(crawl) == expected
    places = crawl.replace("Cơ quan, đơn vị", "Xã, phường").replace("Sở Tư pháp", "Phường Tân Phong").replace(
        "Sở Dân tộc và Tôn giáo", "Xã Sìn Hồ")
    assert named(places) == {}
    # me23: "Đơn vị phụ trách", the unit in charge of its row (a border-guard command's posts, each given its stretch of
    # border), as tab rows and as a crawl whose name cell wraps; a person's "Lãnh đạo phụ trách" column names no agency
    in_charge = ("|\nTT\n|\nĐơn vị phụ trách\n|\nXã biên giới\n|\nMốc quốc giới quản lý (mốc)\n|\nTổ tự quản năm 2027 (tổ)\n|\n|\n"
                 "1\n|\nĐồn Biên phòng cửa khẩu quốc tế\nHữu Nghị\n|\nĐồng Đăng\n|\n18\n|\n22\n|\n|\n2\n|\nĐồn Biên phòng Tân Thanh\n|\n"
                 "Tân Thanh\n|\n21\n|\n35\n|\n")
    assert named(in_charge) == {"Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị": "assigned", "Đồn Biên phòng Tân Thanh": "assigned"}
    assert named(in_charge.replace("Đơn vị phụ trách", "Lãnh đạo phụ trách")) == {}
    # a list of administrative procedures with their codes gives its "Cơ quan thực hiện" nothing: it receives each
    # procedure's file
    procedures = ("|\nSTT\n|\nMã số TTHC\n|\nTên thủ tục hành chính\n|\nLĩnh vực\n|\nCơ quan thực hiện\n|\n|\n"
                  "1\n|\n1.000603\n|\nCấp Giấy chứng nhận xuất xứ hàng hóa\n|\nXuất nhập khẩu\n|\nSở Công Thương\n|\n|\n"
                  "2\n|\n1.000604\n|\nCấp lại Giấy chứng nhận xuất xứ hàng hóa\n|\nXuất nhập khẩu\n|\nSở Công Thương\n|\n")
    assert named(procedures) == {}
    # nor with a time column beside it: the procedure's time limit ("Thời hạn giải quyết"), not the agency's deadline (a
    # list with a doers and a time column is a task table otherwise: w23b, w23c)
    timed = ("|\nStt\n|\nMã TTHC\n|\nTên thủ tục hành chính\n|\nThời hạn giải quyết\n|\nCơ quan thực hiện\n|\n|\n1\n|\n"
             "1.014438\n|\nCông nhận trung tâm đổi mới sáng tạo\n|\n15 ngày\n|\nỦy ban nhân dân tỉnh\n|\n|\n2\n|\n1.014439\n|\n"
             "Công nhận cá nhân khởi nghiệp sáng tạo\n|\n10 ngày\n|\nỦy ban nhân dân tỉnh\n|\n")
    assert named(timed) == {}


def test_a_drafting_list_one_cell_a_line_gives_its_bodies():
    """s34d: a law implementation plan's list of documents to draft ("Tên văn bản | Cơ quan chủ trì | Cơ quan phối hợp |
    Thời hạn trình") as the portal crawl gives it, one cell a line, a cell wrapped after a bare head ("Vụ⏎Kế hoạch - Tài
    chính"): a task table; the wrap after the head is inside the name."""
    text = ("PHỤ LỤC\n\n|\nSTT\n|\nTên văn bản\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời hạn trình\n|\n|\n"
            "1\n|\nNghị định quy định về đào tạo, bồi dưỡng cán bộ, công chức\n|\nHọc viện Hành chính và Quản trị công\n|\n"
            "Vụ Công chức - Viên chức; Vụ\nKế hoạch - Tài chính\n|\nQuý IV/2026\n|\n|\n")
    assert named(text) == {"Học viện Hành chính và Quản trị công": "lead", "Vụ Công chức - Viên chức": "coordinate",
                           "Vụ Kế hoạch - Tài chính": "coordinate"}
    # a procedures list names the rule each procedure follows, not a task: its "Cơ quan thực hiện" is no assignee
    procedures = ("|\nSTT\n|\nTên thủ tục hành chính\n|\nTên văn bản quy phạm pháp luật quy định thủ tục hành chính\n|\n"
                  "Cơ quan thực hiện\n|\n|\n1\n|\nĐăng ký hộ kinh doanh\n|\nNghị định số 168/2025/NĐ-CP\n|\n"
                  "Ủy ban nhân dân cấp xã\n|\n|\n")
    assert named(procedures) == {}


def test_recipients_are_skipped_but_an_appendix_after_them_is_read():
    text = ("Giao Sở Nội vụ chủ trì thực hiện.\nNơi nhận:\n- Sở Tài chính chủ trì;\n- UBND các xã;\nCHỦ TỊCH\n\n"
            "PHỤ LỤC\nTT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
            "1 | Rà soát quy hoạch | Sở Xây dựng | Sở Tư pháp | Năm 2026\n")
    assert named(text) == {"Sở Nội vụ": "lead", "Sở Xây dựng": "lead", "Sở Tư pháp": "coordinate"}


@pytest.mark.parametrize("written,canonical,kind,level", [
    ("Văn phòng HĐND và UBND huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "other", "huyen"),
    ("Đài Truyền thanh - Truyền hình huyện", "Đài Truyền thanh - Truyền hình huyện", "other", "huyen"),
    ("Ủy ban Kiểm tra Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "dang", "huyen"),
    ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "dang", "tinh"),
    ("Phòng Lao động - Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội", "phong", "huyen"),
    ("Chủ tịch UBND các xã, thị trấn", "Chủ tịch Ủy ban nhân dân các xã, thị trấn", "ubnd", "xa"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Phát triển nông thôn", "so", "tinh"),
    ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 của tỉnh",
     "Ban Chỉ đạo các Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025 tỉnh", "ban", "tinh"),
])
def test_names_are_bounded_and_canonical(written, canonical, kind, level):
    from extractors.bodies.extract import find_mentions

    (m,) = find_mentions(written + " tổ chức thực hiện.")
    assert (m.name, m.canonical, m.kind, m.level) == (written, canonical, kind, level)


def test_one_canonical_name_per_body_in_a_document():
    text = ("1. UBND các xã, phường tổ chức tuyên truyền.\n2. UBND cấp xã rà soát đối tượng.\n"
            "3. Ủy ban Mặt trận Tổ quốc Việt Nam huyện tuyên truyền.\n4. Ủy ban Mặt trận Tổ quốc Việt Nam vận động.\n")
    assert set(named(text)) == {"Ủy ban nhân dân các xã, phường", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"}
    # two different jurisdictions: the bare name is left alone
    text2 = "Sở Y tế tỉnh Hà Tĩnh tổ chức.\nSở Y tế tỉnh Nghệ An tổ chức.\nSở Y tế tổ chức."
    assert set(named(text2)) == {"Sở Y tế tỉnh Hà Tĩnh", "Sở Y tế tỉnh Nghệ An", "Sở Y tế"}


@pytest.mark.parametrize("text,names", [
    # the front of a level and its committee are one body, named as the committee
    ("1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể vận động hội viên.\n"
     "2. Các sở, ban, ngành, Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể nghiêm túc triển khai thực hiện.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}),
    ("1. Mặt trận Tổ quốc Việt Nam huyện tuyên truyền.\n2. Ủy ban MTTQ huyện vận động Nhân dân.",
     {"Ủy ban Mặt trận Tổ quốc huyện"}),
    # a bare front where the document names one level's: that level's
    ("1. Các sở, ban, ngành, Mặt trận Tổ quốc, các hội, đoàn thể xác định nhiệm vụ trọng tâm.\n"
     "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động hội viên.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"}),
    # negatives: two levels stay two, a bare front beside two levels is left alone, the Party committee of the front is
    # its own body, and a front named one way only keeps its name
    ("1. Ủy ban MTTQ Việt Nam tỉnh tuyên truyền.\n2. Mặt trận Tổ quốc Việt Nam huyện vận động.\n3. Mặt trận Tổ quốc giám sát.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Mặt trận Tổ quốc Việt Nam huyện", "Mặt trận Tổ quốc"}),
    ("1. Đảng ủy Mặt trận Tổ quốc tỉnh lãnh đạo.\n2. Mặt trận Tổ quốc Việt Nam tỉnh tuyên truyền.",
     {"Đảng ủy Mặt trận Tổ quốc tỉnh", "Mặt trận Tổ quốc Việt Nam tỉnh"}),
    ("1. Mặt trận Tổ quốc Việt Nam huyện tuyên truyền.\n2. Ủy ban nhân dân huyện chỉ đạo.",
     {"Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban nhân dân huyện"}),
])
def test_one_name_for_the_front_of_a_level(text, names):
    assert set(named(text)) == names


@pytest.mark.parametrize("written,expected", [
    ("Sở Sây dựng", "Sở Xây dựng"),
    ("Sở Văn hoá Thể thao du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Bộ Nông nghiệp và môi trường", "Bộ Nông nghiệp và Môi trường"),
    ("Sở Xây", None),           # too short to be read as a mistyped name
    ("Sở Giáo dục", None),       # a part of a name is not the name
    ("Phòng Văn hóa - Thông tin", None),  # a dash is not "và"
])
def test_known_names_are_read_loosely(written, expected):
    from extractors.bodies.extract import known_name

    assert known_name(written) == expected


def test_vocabulary_rows_name_their_source():
    from pathlib import Path

    from extractors.vocabulary import load_tsv

    here = Path(__file__).parent.parent / "extractors" / "bodies"
    for path, column in (("heads.tsv", 3), ("names.tsv", 3), ("abbreviations.tsv", 2), ("head_compounds.tsv", 1)):
        for row in load_tsv(here / path):
            assert len(row) > column and row[column].strip(), (path, row)


# Classes of wording found on held-out plans (each: examples from different documents, then a negative).
@pytest.mark.parametrize("text,expected", [
    # plural collectives written with a capital or as a compound noun keep the list of names together
    ("2. Đề nghị các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Phối hợp "
     "chặt chẽ với chính quyền các cấp.", {"Mặt trận Tổ quốc Việt Nam tỉnh": "requested"}),
    ("Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các Sở, ngành, cơ quan thuộc tỉnh; Chủ tịch Ủy ban "
     "nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.",
     {"Văn phòng Ủy ban nhân dân tỉnh": "assigned", "Sở Công Thương": "assigned",
      "Chủ tịch Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Đơn vị chủ trì thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã.", {"Ủy ban nhân dân cấp xã": "lead"}),
    ("4. Các Sở, ban, ngành của Thành phố, UBND phường, xã triển khai thực hiện.",
     {"Ủy ban nhân dân phường, xã": "assigned"}),
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Thủ trưởng các sở, ban, ngành Thành phố, Ủy ban nhân dân các "
     "phường, xã, đặc khu chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Ủy ban nhân dân Thành phố": "assigned", "Ủy ban nhân dân các phường, xã, đặc khu": "assigned"}),
    ("Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức.",  # a plural inside a name stays in it
     {"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh": "requested"}),
    # a closing list that ends with individuals ("tổ chức, cá nhân có liên quan") still gives its bodies the duty
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các "
     "phường, xã, đặc khu, các tổ chức, hội, đoàn thể và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     {"Văn phòng Ủy ban nhân dân Thành phố": "assigned", "Sở Nông nghiệp và Môi trường": "assigned",
      "Ủy ban nhân dân các phường, xã, đặc khu": "assigned"}),
    ("Giám đốc Sở Công Thương; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân liên quan chịu trách "
     "nhiệm thi hành quyết định này./.",
     {"Sở Công Thương": "assigned", "Chủ tịch Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Định kỳ báo cáo kết quả về Sở Tài chính và các cá nhân có liên quan.", {}),
    # several titles before a plural, and a distributive list that stops before the next item's people
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc, Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân "
     "các huyện: Hoa Lư, Yên Mô và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     {"Văn phòng Ủy ban nhân dân tỉnh": "assigned", "Chủ tịch Ủy ban nhân dân huyện Hoa Lư": "assigned",
      "Chủ tịch Ủy ban nhân dân huyện Yên Mô": "assigned"}),
    ("Giao Ủy ban nhân dân các xã: Gia Thuận, Tân Điền và Vàm Láng tổ chức thực hiện.",
     {"Ủy ban nhân dân xã Gia Thuận": "assigned", "Ủy ban nhân dân xã Tân Điền": "assigned",
      "Ủy ban nhân dân xã Vàm Láng": "assigned"}),
    # labels naming who does a step of the plan; not a procedure's fields
    ("5. Cơ quan thẩm định: Sở Xây dựng.\n6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.",
     {"Sở Xây dựng": "assigned", "Ủy ban nhân dân tỉnh": "assigned"}),
    ("- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành, đoàn thể.", {"Sở Nội vụ": "lead"}),
    ("- Cơ quan thực hiện thủ tục hành chính: Sở Tư pháp.\n- Cơ quan tiếp nhận hồ sơ: Sở Tư pháp.", {}),
    # the members of a generic plural named after its colon take its role; "UB MTTQ" is the Front's committee
    ("5. Đề nghị UB MTTQ, các tổ chức hội: Hội Nông dân, Hội Cựu chiến binh, Hội Chữ thập đỏ phối hợp vận động.",
     {"Ủy ban Mặt trận Tổ quốc": "requested", "Hội Nông dân": "requested", "Hội Cựu chiến binh": "requested",
      "Hội Chữ thập đỏ": "requested"}),
    ("Đề nghị các tổ chức chính trị - xã hội: Hội Nông dân tỉnh, Tỉnh đoàn phối hợp tuyên truyền.",
     {"Hội Nông dân tỉnh": "requested", "Tỉnh đoàn": "requested"}),
    ("Thành phần gồm đại diện các đơn vị: Sở Y tế, Sở Tài chính.", {}),
    ("13. Đề nghị các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác): Đảm bảo thông tin liên lạc.",
     {"VNPT": "requested", "Viettel": "requested", "MobiFone": "requested"}),
    ("Phối hợp với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An) triển khai.",
     {"Viettel Nghệ An": "coordinate", "VNPT Nghệ An": "coordinate"}),
    ("Báo cáo kết quả về các cơ quan (Sở Y tế, Sở Tài chính).", {}),
    # a head typed twice is read once
    ("Đơn vị phối hợp: Sở Tài Chính; Sở Sở Công thương.", {"Sở Tài chính": "coordinate", "Sở Công Thương": "coordinate"}),
    ("Giao Phòng Phòng Văn hóa - Thông tin tổ chức.", {"Phòng Văn hóa - Thông tin": "assigned"}),
    ("Ban Ban hành văn bản; Giao Sở Y tế tổ chức.", {"Sở Y tế": "assigned"}),
    # the place of an event and a decision's preamble name bodies without giving them a task
    ("2. Địa điểm: Sở Công Thương Lào Cai, địa chỉ: Số 165 Lý Thường Kiệt, phường Yên Bái.", {}),
    ("- Địa điểm tổ chức: Trung tâm Hội nghị tỉnh.", {}),
    ("Xét đề nghị của 28 đơn vị gồm: Chi nhánh Lục Yên - Công ty cổ phần Luyện kim tại Văn bản số 11/GĐN-CNLY.", {}),
    ("Xét tờ trình của Sở Nội vụ, Sở Tài chính về việc ban hành Kế hoạch.", {}),
    ("2. Sở Tài chính: Bố trí kinh phí tổ chức hội nghị tại địa điểm phù hợp.", {"Sở Tài chính": "assigned"}),
    # a body directed by another to act inside the clause is given the task
    ("1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:",
     {"Sở Nông nghiệp và Môi trường": "assigned", "Chi cục Biển đảo và Thủy sản": "assigned"}),
    ("3. Sở Văn hóa, Thể thao và Du lịch: Phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo Báo và Phát thanh, "
     "Truyền hình Đắk Lắk thường xuyên tuyên truyền về các phong trào thi đua.",
     {"Sở Văn hóa, Thể thao và Du lịch": "assigned", "Ban Tuyên giáo và Dân vận Tỉnh ủy": "coordinate",
      "Báo và Phát thanh, Truyền hình Đắk Lắk": "assigned"}),
    ("- Định hướng, chỉ đạo Báo và Phát thanh, Truyền hình Cần Thơ tăng cường tuyên truyền.",
     {"Báo và Phát thanh, Truyền hình Cần Thơ": "assigned"}),
    ("Thực hiện theo chỉ đạo Bộ Y tế về phòng chống dịch.", {}),
    # "khuyến khích" asks a body outside the government's command, as "đề nghị" does
    ("16. Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh xây dựng kế hoạch.",
     {"Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh": "requested"}),
    ("17. Khuyến khích Liên đoàn Lao động tỉnh, Hội Nông dân tỉnh xây dựng kế hoạch hành động.",
     {"Liên đoàn Lao động tỉnh": "requested", "Hội Nông dân tỉnh": "requested"}),
    ("Khuyến khích doanh nghiệp sử dụng dịch vụ của Tập đoàn Bưu chính Viễn thông Việt Nam.", {}),
    # the merged press body written with a dash
    ("9. Báo và Phát thanh - Truyền hình Đắk Lắk, Sở Văn hóa, Thể thao và Du lịch:\n\n- Tuyên truyền.",
     {"Báo và Phát thanh - Truyền hình Đắk Lắk": "assigned", "Sở Văn hóa, Thể thao và Du lịch": "assigned"}),
    ("Giao Báo và Phát thanh - Truyền hình Vĩnh Long tuyên truyền.",
     {"Báo và Phát thanh - Truyền hình Vĩnh Long": "assigned"}),
    ("- Cơ quan thực hiện: Sở Tư pháp; Báo và Phát thanh Truyền hình Lai Châu và các sở, ngành có liên quan.",
     {"Sở Tư pháp": "assigned", "Báo và Phát thanh Truyền hình Lai Châu": "assigned"}),
    ("Phát thanh, truyền hình là kênh tuyên truyền chủ yếu.", {}),
    # a heading whose list closes with a generic lower-case item still heads its block
    ("9. Sở Văn hóa, Thể thao và Du lịch, Cổng Thông tin điện tử tỉnh và hệ thống truyền thanh cơ sở:\n\n- Tuyên truyền.",
     {"Sở Văn hóa, Thể thao và Du lịch": "assigned", "Cổng Thông tin điện tử tỉnh": "assigned"}),
    ("3. Sở Y tế và các cơ sở y tế trực thuộc:\n\n- Chủ trì tổ chức khám sàng lọc.", {"Sở Y tế": "lead"}),
    ("1. Sở Tài chính và tham mưu bố trí kinh phí.", {}),
    # a head word that is the second syllable of a word is no body
    ("Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư chủ trì triển khai.", {}),
    ("Phối hợp với các cơ sở Y tế tư nhân tổ chức khám.", {}),
    ("Giao sở Tài chính bố trí kinh phí.", {"Sở Tài chính": "assigned"}),
    # s25c: a bullet line under a heading that ends in a small letter opens a clause of its own (not a wrap of the heading);
    # a line that does go on from long prose is still no clause
    ("4. Thúc đẩy đổi mới sáng tạo, chuyển đổi số trong doanh nghiệp\n- Sở Khoa học và Công nghệ chủ trì hỗ trợ doanh nghiệp.",
     {"Sở Khoa học và Công nghệ": "lead"}),
    ("Điều 4. Quy trình rà soát đối tượng hỗ trợ đất ở, nhà ở, đất sản xuất, nước sinh hoạt\na) Ủy ban nhân dân cấp xã có "
     "trách nhiệm thông báo rộng rãi.", {"Ủy ban nhân dân cấp xã": "assigned"}),
    # s25c: a Party committee leads the body it is the Party organisation of, named after "lãnh đạo"; the body's whole name
    # is in the committee's; a clause that opens with "Lãnh đạo" names the body's leaders, who act
    ("2. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện.",
     {"Đảng ủy Ủy ban nhân dân tỉnh": "assigned", "Ủy ban nhân dân tỉnh": "assigned"}),
    ("4. Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tăng cường giám sát.",
     {"Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "assigned", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "assigned"}),
    ("- Lãnh đạo UBND tỉnh chủ trì hội nghị đối thoại với doanh nghiệp.", {"Ủy ban nhân dân tỉnh": "lead"}),
    ("- Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh về công tác cán bộ.", {"Đảng ủy Ủy ban nhân dân tỉnh": "assigned"}),
    # s25c: the youth union's provincial committee named with its province; foreign investment in a unit's name
    ("b) Tỉnh đoàn Đồng Nai chủ trì tổ chức hưởng ứng Chiến dịch Giờ Trái đất.", {"Tỉnh đoàn Đồng Nai": "lead"}),
    ("b) Tỉnh đoàn phối hợp với Sở Y tế tổ chức khám.", {"Tỉnh đoàn": "assigned", "Sở Y tế": "coordinate"}),
    ("a) Sở Tài chính chủ trì, phối hợp với Cục Đầu tư nước ngoài thuộc Bộ Tài chính tổ chức hội nghị.",
     {"Sở Tài chính": "lead", "Cục Đầu tư nước ngoài": "coordinate"}),
    # s28d: the items a count names after its colon are what is made, not bodies (a count of the bodies that act is not)
    ("- Thành lập mới 02 khu bảo tồn thiên nhiên: Khu bảo tồn thiên nhiên Nam Nung mở rộng và Khu bảo tồn loài - sinh cảnh "
     "Núi Ông.", {}),
    ("Giao 03 cơ quan chủ trì: Sở Y tế, Sở Tài chính và Sở Nội vụ tổ chức thực hiện.",
     {"Sở Y tế": "lead", "Sở Tài chính": "lead", "Sở Nội vụ": "lead"}),
    ("Khu bảo tồn thiên nhiên Pù Mát chủ trì tuần tra, bảo vệ rừng.", {"Khu bảo tồn thiên nhiên Pù Mát": "lead"}),
    # s28e: a named special zone after the plural of the communes is its own committee (Luật Tổ chức chính quyền địa
    # phương 2025: xã, phường, đặc khu); the level's list without a name stays one body
    ("3. Ủy ban nhân dân các xã, phường, đặc khu Lý Sơn xây dựng phương án ứng phó.",
     {"Ủy ban nhân dân các xã, phường": "assigned", "Ủy ban nhân dân đặc khu Lý Sơn": "assigned"}),
    ("Ủy ban nhân dân các xã, phường và đặc khu Phú Quốc tổ chức thu gom chất thải.",
     {"Ủy ban nhân dân các xã, phường": "assigned", "Ủy ban nhân dân đặc khu Phú Quốc": "assigned"}),
    ("Ủy ban nhân dân các xã, phường, đặc khu tổ chức thực hiện.", {"Ủy ban nhân dân các xã, phường, đặc khu": "assigned"}),
    ("UBND các xã, phường, đặc khu Tổ chức thực hiện.", {"Ủy ban nhân dân các xã, phường, đặc khu": "assigned"}),
    # s28e: a port authority needs its port's name; the generic "cảng vụ hàng hải" of a letter is none
    ("Đề nghị Cảng vụ Hàng hải Quảng Ngãi phối hợp kiểm soát tàu thuyền.", {"Cảng vụ Hàng hải Quảng Ngãi": "coordinate"}),
    # s28a: the line under a long heading of bodies that ends in a small letter opens the block's own clause, not a wrap of
    # the heading (a line that goes on from long prose stays none: s25c's negative above)
    ("5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể\nĐoàn Thanh niên Cộng sản Hồ Chí Minh xã chủ trì tổ "
     "chức hoạt động hè; Hội Liên hiệp Phụ nữ xã vận động hội viên.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam xã": "requested", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã": "lead",
      "Hội Liên hiệp Phụ nữ xã": "assigned"}),
    # s28a: a commune's public service centre named in full ("tổng hợp" is its name's here); alone it ends a name
    ("2. Trung tâm Dịch vụ tổng hợp xã Vĩnh Linh chủ trì tổ chức lớp dạy bơi.", {"Trung tâm Dịch vụ tổng hợp xã Vĩnh Linh": "lead"}),
    ("1. Sở Y tế tổng hợp, báo cáo kết quả.", {"Sở Y tế": "assigned"}),
    # s29d: a Party committee leads its body and the unions listed after a colon, whose task follows the list; a semicolon
    # after a plural a verb has as its object opens the next body's clause
    ("4. Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị"
     " - xã hội tỉnh: Hội Nông dân tỉnh, Tỉnh đoàn xây dựng chương trình phối hợp.",
     {"Đảng ủy Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "assigned", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "assigned",
      "Hội Nông dân tỉnh": "assigned", "Tỉnh đoàn": "assigned"}),
    ("4. Sở Nội vụ rà soát quy hoạch chức danh lãnh đạo các sở, ngành; Sở Tài chính tham mưu bố trí kinh phí.",
     {"Sở Nội vụ": "assigned", "Sở Tài chính": "assigned"}),
    # negatives: a plural a request or a partnership gives its role goes on as one list over the semicolon
    ("- Sở Y tế phối hợp với các sở, ngành; Sở Tài chính bố trí kinh phí.", {"Sở Y tế": "assigned", "Sở Tài chính": "coordinate"}),
    ("c. Chủ trì phối hợp với các tổ chức đoàn thể, các cơ quan thành viên Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời"
     " sống văn hóa” tỉnh; Uỷ ban nhân dân cấp xã tuyên truyền, vận động Nhân dân.", {"Ủy ban nhân dân cấp xã": "assigned"}),
    ("Chánh Văn phòng UBND tỉnh; Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Ủy ban nhân dân tỉnh": "assigned", "Chủ tịch Ủy ban nhân dân các xã": "assigned"}),
    # s29i: two-syllable words of names (legal normative documents, consumers' rights) count as one word of a name's run
    ("a) Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh tự kiểm tra.",
     {"Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật": "lead", "Văn phòng Ủy ban nhân dân tỉnh": "coordinate"}),
    ("3. Đề nghị Hội Bảo vệ quyền lợi người tiêu dùng tỉnh phối hợp tiếp nhận, hỗ trợ người tiêu dùng giải quyết tranh chấp.",
     {"Hội Bảo vệ quyền lợi người tiêu dùng tỉnh": "coordinate"}),
    # a newsroom that reports, a national unit after "Đề nghị" (s29i)
    ("7. Báo và Phát thanh, Truyền hình Quảng Trị đưa tin về kết quả công tác kiểm soát tài sản, thu nhập.",
     {"Báo và Phát thanh, Truyền hình Quảng Trị": "assigned"}),
    ("4. Đề nghị Ủy ban Cạnh tranh Quốc gia hỗ trợ tài liệu tuyên truyền, tập huấn cho cán bộ của tỉnh.",
     {"Ủy ban Cạnh tranh Quốc gia": "requested"}),
    # negatives: the syllables alone open the task
    ("Sở Công Thương quy định mức thu phí.", {"Sở Công Thương": "assigned"}),
    ("Sở Y tế tiêu hủy thuốc không bảo đảm chất lượng.", {"Sở Y tế": "assigned"}),
    ("Sở Tư pháp bản hóa kết quả rà soát.", {"Sở Tư pháp": "assigned"}),
])
def test_held_out_classes(text, expected):
    assert named(text) == expected


# Where a name ends: a numbered unit keeps its number; assignment words, "có" before a capital, "kính gửi",
# "khẩn trương", "chuyển", "đăng tải" end it (even after a programme's name); names that hold such words stay whole.
@pytest.mark.parametrize("text,names", [
    ("Bắc Ninh có 02 đơn vị: Trung tâm Xúc tiến đầu tư và Hỗ trợ Doanh nghiệp số 1 và Trung tâm Xúc tiến đầu tư và Hỗ "
     "trợ Doanh nghiệp số 2 trực thuộc Sở Tài chính.",
     ["Trung tâm Xúc tiến đầu tư và Hỗ trợ Doanh nghiệp số 1", "Trung tâm Xúc tiến đầu tư và Hỗ trợ Doanh nghiệp số 2",
      "Sở Tài chính"]),
    ("Trường THCS số 2 tổ chức ngoại khóa.", ["Trường THCS số 2"]),
    ("Cục Quản lý KCB có Công văn số 1506/KCB đôn đốc.", ["Cục Quản lý KCB"]),
    ("5. Ban Quản lý Dự án 85 khẩn trương tiếp tục chủ trì, phối hợp.", ["Ban Quản lý Dự án 85"]),
    ("Lãnh đạo Phòng Xây dựng chính quyền và Cải cách hành chính chuyển chuyên viên thụ lý hồ sơ.",
     ["Phòng Xây dựng chính quyền và Cải cách hành chính"]),
    ("Công ty TNHH Tân Cảng - Petro Cam Ranh kính đề nghị cấp phép.", ["Công ty TNHH Tân Cảng - Petro Cam Ranh"]),
    ("Giao Báo và Phát thanh, Truyền hình Vĩnh Long đăng tải tin bài.", ["Báo và Phát thanh, Truyền hình Vĩnh Long"]),
    ("Cục Người có công tổ chức.", ["Cục Người có công"]),
    # the fields a body serves, listed in lower case to the end of its name
    ("7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch\n\n- Tổ chức hội chợ.",
     ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch"]),
    ("Giao Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh kiểm tra.",  # s21b: "cứu nạn, cứu hộ" is
     ["Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"]),  # one pair; the unit with its parent
    ("Sở Y tế xây dựng các chuyên trang, chuyên mục về dân số và phát triển.", ["Sở Y tế"]),
    # s24c: the kinds of state personnel listed with a comma, as the civil-service laws write them, are one name
    ("Phòng Công chức, viên chức chủ trì tham mưu triển khai Kế hoạch.", ["Phòng Công chức, viên chức"]),
    ("Phòng Công chức, các đơn vị trực thuộc Sở thực hiện.", ["Phòng Công chức"]),
    ("Giao Sở Tài chính, tổ chức và hướng dẫn.", ["Sở Tài chính"]),
    ("Trường hợp hồ sơ không đủ điều kiện, Ban Quản lý thông báo cho đơn vị.", ["Ban Quản lý"]),
    ("Bộ Công Thương có văn bản yêu cầu Tập đoàn Điện lực Việt Nam sửa đổi, bổ sung hồ sơ.",
     ["Bộ Công Thương", "Tập đoàn Điện lực Việt Nam"]),
    ("6. Báo và Phát thanh, Truyền hình Quảng Ninh a) Tổ chức tuyên truyền.", ["Báo và Phát thanh, Truyền hình Quảng Ninh"]),
    ("Bệnh viện Đa khoa tỉnh a) Tổ chức khám.", ["Bệnh viện Đa khoa tỉnh"]),
    # two-syllable words of names whose second syllable is also a verb ("đăng ký", "việc làm", "lịch sử")
    ("Văn phòng Đăng ký đất đai tỉnh thực hiện.", ["Văn phòng Đăng ký đất đai tỉnh"]),
    ("Chi nhánh Văn phòng Đăng ký đất đai thực hiện.", ["Chi nhánh Văn phòng Đăng ký đất đai"]),
    ("Trung tâm Dịch vụ việc làm tỉnh tổ chức.", ["Trung tâm Dịch vụ việc làm tỉnh"]),
    ("Trung tâm Lưu trữ lịch sử tỉnh lưu trữ.", ["Trung tâm Lưu trữ lịch sử tỉnh"]),
    ("Sở Nội vụ ký quyết định khen thưởng.", ["Sở Nội vụ"]),
    ("Ban Chỉ đạo chuyển đổi số tỉnh tổ chức.", ["Ban Chỉ đạo chuyển đổi số tỉnh"]),
    ("Trung tâm Chuyển giao công nghệ tổ chức.", ["Trung tâm Chuyển giao công nghệ"]),
    # s22j: official names go on in lower case, fields joined by "và" or a comma, up to the task (Nghị định 35/2025/NĐ-CP)
    ("Cục Lâm nghiệp phối hợp với Trường Cán bộ quản lý nông nghiệp và môi trường biên soạn tài liệu.",
     ["Cục Lâm nghiệp", "Trường Cán bộ quản lý nông nghiệp và môi trường"]),
    ("Trường Cán bộ quản lý nông nghiệp và môi trường tổ chức tập huấn.", ["Trường Cán bộ quản lý nông nghiệp và môi trường"]),
    ("b) Trung tâm Chuyển đổi số và Thống kê nông nghiệp, môi trường chủ trì vận hành cơ sở dữ liệu.",
     ["Trung tâm Chuyển đổi số và Thống kê nông nghiệp, môi trường"]),
    # "giáo dục thường xuyên" (Luật Giáo dục 2019, Điều 6) is a field of the name, not the adverb "thường xuyên"
    ("Giao Trung tâm Giáo dục nghề nghiệp và giáo dục thường xuyên thực hiện.",
     ["Trung tâm Giáo dục nghề nghiệp và giáo dục thường xuyên"]),
    ("Trung tâm Giáo dục nghề nghiệp và giáo dục thường xuyên, doanh nghiệp phối hợp.",
     ["Trung tâm Giáo dục nghề nghiệp và giáo dục thường xuyên"]),
    ("Tổng công ty Cảng hàng không Việt Nam lắp đặt bảng thông tin.", ["Tổng công ty Cảng hàng không Việt Nam"]),
    ("Cục Hàng không Việt Nam hướng dẫn.", ["Cục Hàng không Việt Nam"]),
    # negatives: a field in capitals before the comma or "và" ends there; the words after are no words of names
    ("Sở Y tế, sở ngành phối hợp.", ["Sở Y tế"]),
    ("Trung tâm Y tế dự phòng và các đơn vị tổ chức.", ["Trung tâm Y tế dự phòng"]),
    ("Trung tâm Kiểm soát bệnh tật và người dân thực hiện.", ["Trung tâm Kiểm soát bệnh tật"]),
    ("Trường Cán bộ quản lý nông nghiệp và môi trường thường xuyên tổ chức tập huấn.",
     ["Trường Cán bộ quản lý nông nghiệp và môi trường"]),
    ("Trung tâm Y tế dự phòng, doanh nghiệp phối hợp thực hiện.", ["Trung tâm Y tế dự phòng"]),
    ("Sở Xây dựng hàng năm tổng hợp.", ["Sở Xây dựng"]),
    # s26h: "tổng" is a word of names only in "tổng hợp"; "ngoài nước" (the ministry's units for workers abroad) is one
    ("Cục Thể dục thể thao Việt Nam tổng kết việc tham dự SEA Games 34.", ["Cục Thể dục thể thao Việt Nam"]),
    ("Phối hợp với Trung tâm Lao động ngoài nước tổ chức kỳ thi tiếng Hàn.", ["Trung tâm Lao động ngoài nước"]),
    ("Cục Quản lý lao động ngoài nước hướng dẫn doanh nghiệp.", ["Cục Quản lý lao động ngoài nước"]),
    ("Đề nghị Ủy ban Olympic Việt Nam vận động tài trợ.", ["Ủy ban Olympic Việt Nam"]),
    ("Sở Nội vụ ngoài ra còn hướng dẫn.", ["Sở Nội vụ"]),
    # s28d: the products a quality unit's name covers are one word of names, however written
    ("Chi cục Quản lý chất lượng nông lâm thủy sản chủ trì kiểm tra.", ["Chi cục Quản lý chất lượng nông lâm thủy sản"]),
    ("Cục Quản lý chất lượng nông lâm sản và thủy sản hướng dẫn.", ["Cục Quản lý chất lượng nông lâm sản và thủy sản"]),
    ("Chi cục Quản lý chất lượng nông, lâm, thủy sản phối hợp.", ["Chi cục Quản lý chất lượng nông, lâm, thủy sản"]),
    # negatives: a task after the name, and products named in a task, stay out of it
    ("Chi cục Quản lý chất lượng nông lâm thủy sản kiểm tra các cơ sở.", ["Chi cục Quản lý chất lượng nông lâm thủy sản"]),
    ("Sở Công Thương kiểm tra chất lượng nông lâm thủy sản tại chợ.", ["Sở Công Thương"]),
    # s28e: an economic zone's board that also runs the province's industrial zones; response centres named for incidents,
    # oil spills and search and rescue, and for their region; a port authority by its port; "nâng cấp" is a task
    ("Sở Công Thương phối hợp với Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi kiểm tra.",
     ["Sở Công Thương", "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"]),
    ("Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa chủ trì.",
     ["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa"]),
    ("Phối hợp với Trung tâm Ứng phó sự cố tràn dầu khu vực miền Trung tổ chức diễn tập.",
     ["Trung tâm Ứng phó sự cố tràn dầu khu vực miền Trung"]),
    ("Đề nghị Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II phối hợp.",
     ["Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II"]),
    ("Cảng vụ Hàng hải Quảng Ngãi kiểm soát tàu thuyền ra vào cảng.", ["Cảng vụ Hàng hải Quảng Ngãi"]),
    ("Sở Khoa học và Công nghệ phối hợp với VNPT Phú Thọ nâng cấp hạ tầng truyền dẫn.", ["Sở Khoa học và Công nghệ", "VNPT Phú Thọ"]),
    # negatives: "và các" before anything but the zones ends the board's name; the verbs stay verbs
    ("Ban Quản lý Khu kinh tế tỉnh và các doanh nghiệp phối hợp.", ["Ban Quản lý Khu kinh tế tỉnh"]),
    ("Sở Y tế tìm kiếm, cứu nạn người bị nạn.", ["Sở Y tế"]),
    ("Sở Xây dựng nâng cấp đường giao thông.", ["Sở Xây dựng"]),
    ("Sở Y tế hàng năm báo cáo.", ["Sở Y tế"]),
    # s31b: taking part and operating are tasks: a name on a heading line ends before the task line under it, and before the verb
    ("6. Đề nghị Đại học Quốc gia Hà Nội, Học viện Công nghệ Bưu chính Viễn thông\nTham gia xây dựng chương trình đào tạo.",
     ["Đại học Quốc gia Hà Nội", "Học viện Công nghệ Bưu chính Viễn thông"]),
    ("Trung tâm Hỗ trợ doanh nghiệp chủ trì, phối hợp với Phòng Đăng ký kinh doanh vận hành đường dây nóng.",
     ["Trung tâm Hỗ trợ doanh nghiệp", "Phòng Đăng ký kinh doanh"]),
    ("Ban Quản lý vận hành đập tỉnh chủ trì.", ["Ban Quản lý vận hành đập tỉnh"]),  # a unit named for it
])
def test_where_names_end(text, names):
    from extractors.bodies.extract import find_mentions

    assert [m.name for m in find_mentions(text)] == names


# s32b: an item that opens with its topic ("5. Về …, Công an thành phố …", "8. Đối với …, Ủy ban nhân dân các phường …"): the
# body after the topic's last comma opens the item's clause; not a letter's paragraph, a clause after ";" or a body named
# inside the topic (the body after it is read as before: none).
@pytest.mark.parametrize("text,expected", [
    ("5. Về phòng cháy, chữa cháy và an ninh, trật tự tại các dự án, Công an thành phố thẩm định thiết kế.",
     {"Công an thành phố": "assigned"}),
    ("3. Về kinh phí, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã tham mưu bố trí kinh phí.",
     {"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã": "assigned"}),
    ("b) Đối với các dự án sử dụng vốn đầu tư công, Sở Tài chính chủ trì thẩm định.", {"Sở Tài chính": "lead"}),
    ("Về vấn đề này, Cục Thuế có ý kiến như sau:", {}),
    ("- Tổ chức tập huấn; Về kinh phí, Sở Tài chính bố trí.", {}),
    ("8. Đối với nguồn vốn ủy thác cho Ngân hàng Chính sách xã hội, Hội đồng nhân dân cấp tỉnh quyết định đối tượng.", {}),
])
def test_a_topic_opens_the_item(text, expected):
    assert named(text) == expected


# s32b: the transport units of a provincial Sở Xây dựng and a city's board for civil works are named whole (a two-syllable
# word of names counts once, its syllables words of names only beside each other)
@pytest.mark.parametrize("text,names", [
    ("1. Phòng Quản lý kết cấu hạ tầng giao thông chủ trì tổ chức thực hiện.", ["Phòng Quản lý kết cấu hạ tầng giao thông"]),
    ("2. Phòng Quản lý vận tải, phương tiện và người lái chủ trì tổ chức kiểm tra.",
     ["Phòng Quản lý vận tải, phương tiện và người lái"]),
    ("4. Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng thành phố làm chủ đầu tư.",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng thành phố"]),
    # negatives: the syllables alone stay the task's
    ("Sở Giao thông vận tải kết nối dữ liệu với Công an tỉnh.", ["Sở Giao thông vận tải", "Công an tỉnh"]),
    ("Sở Tài chính phương án bố trí kinh phí.", ["Sở Tài chính"]),
])
def test_transport_units_and_boards_named_whole(text, names):
    from extractors.bodies.extract import find_mentions

    assert [m.name for m in find_mentions(text)] == names


@pytest.mark.parametrize("text", [
    "Đơn vị phối hợp: Sở Tài Chính; Sở Sở Công thương.",
    "3. Giao Phòng Phòng Văn hóa - Thông tin chủ trì tổ chức.",
])
def test_a_doubled_head_quotes_what_is_written(text):
    rows = extract_bodies(text)
    assert rows and all(text[b.start:b.end] == b.text for b in rows)


# --- scanning: HEAD and COLLECTIVE are tried only where their first word is written; same matches, found faster ----
SCANNED = [
    "Giao UBND tỉnh, Uỷ ban nhân dân huyện và sở Y tế phối hợp với Phòng Văn hoá-Thông tin.",  # abbreviation, old tone
    "Đơn vị phối hợp: Sở Sở Công thương; 2Sở Nội vụ; _Phòng Tư pháp; ²Ban Dân tộc; (Công an tỉnh)",  # after a digit, …
    "UỶ BAN NHÂN DÂN\nTỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nTM. ỦY BAN NHÂN DÂN",  # capitals
    "ſở Y tế, UBND-Sở, Kho bạc Nhà nước, cơ sở y tế, Sởhữu, Sở\u0301 Y tế, Ủy viên, uỷ Ban",  # letters read loosely
    "İUBND tỉnh, Sở Tài chính",  # a letter whose lower case is two
    "Công tác, Công \t\nan tỉnh, CÔNG  AN, Công\tan, chính sách, Chính phủ, tỉnh đã, Tỉnh ủy, Ban hành, Ban Chỉ\nđạo, Kho bạc",  # openers and their rests
    "Yêu cầu Giám đốc các Sở, ngành; Lãnh đạo các đơn vị; Người đứng đầu các cơ quan; Trưởng các phòng; chính quyền cấp xã",
    "Thủ trưởng, Giám đốc các sở, ban, ngành; Chính quyền địa phương các cấp; các đại biểu Quốc hội; Bộ trưởng, "
    "Thủ trưởng cơ quan ngang bộ; Trưởngvà các cơ quan; CÁC ĐƠN VỊ; người đứng đầu các cơ quan, đơn vị liên quan",
    "",
]


def _same_heads(text):
    from extractors.bodies import patterns as P
    from extractors.bodies.extract import _head_search

    search, pos = _head_search(text), 0
    while pos <= len(text):  # every head, overlapping ones too
        fast, slow = search(pos), P.HEAD.search(text, pos)
        assert (fast and (fast.span(), fast.group())) == (slow and (slow.span(), slow.group())), (text[pos:pos + 40], pos)
        if slow is None:
            break
        pos = slow.start() + 1


def _same_collectives(text):
    from extractors.bodies import patterns as P
    from extractors.bodies.extract import _collectives

    assert [m.span() for m in _collectives(text)] == [m.span() for m in P.COLLECTIVE.finditer(text)]


@pytest.mark.parametrize("text", SCANNED)
def test_scanners_find_what_their_patterns_find(text):
    from extractors.bodies import patterns as P
    from extractors.bodies.extract import _head_search

    _same_heads(text)
    _same_collectives(text)
    search = _head_search(text)  # from every position
    fast = [(m.span() if m else None) for m in map(search, range(len(text) + 1))]
    assert fast == [(m.span() if m else None) for m in (P.HEAD.search(text, pos) for pos in range(len(text) + 1))]


def test_scanners_find_what_their_patterns_find_in_real_plans(field_dir):
    from tests.conftest import SEEDS

    for path in sorted(SEEDS.glob("*.txt")) + sorted(field_dir.glob("*.txt"))[:15]:
        text = path.read_text(encoding="utf-8")
        _same_heads(text)
        _same_collectives(text)


@pytest.mark.parametrize("text, at", [
    ("Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Kế hoạch này.", 2),
    ("Ban Chỉ đạo\tphòng, chống thiên tai\t2026", 3),  # a table's cell ends the window
    ("Trung tâm", 9),  # nothing after the head
    ("Phòng PC06 Công an tỉnh (chủ trì)" + " và các đơn vị" * 40, 6),  # more than one chunk, cut at 220 characters
])
def test_the_tail_is_tokenised_lazily_as_a_whole_list_would_be(text, at):
    """`_tokens` reads the tokens after a head a few at a time; asked for every index, it holds what the whole list
    holds, and `has` says where that list ends."""
    from extractors.bodies.extract import TOKEN, _tokens

    end = min(len(text), at + 220)
    cell_end = text.find("\t", at, end)
    end = cell_end if cell_end >= 0 else end
    whole = [m.span() for m in TOKEN.finditer(text, at, end)]
    tokens, has = _tokens(text, at, end)
    assert [has(i) for i in range(len(whole) + 3)] == [True] * len(whole) + [False] * 3
    assert [m.span() for m in tokens] == whole


@pytest.mark.parametrize("written", ["UBND", "SỞ", "CA", "TM. ỦY BAN NHÂN DÂN", "MTTQ", "HĐND", "UBMTTQ", "BCH", "", "ỦY BAN"])
def test_a_long_abbreviation_is_found_in_one_look_up(written):
    from extractors.bodies import patterns as P

    assert bool(P.LONG_ABBREVIATION.search(written)) == any(a in written for a in P.ABBREVIATIONS if len(a) > 2)


@pytest.mark.parametrize("text", SCANNED + [
    "Bộ Y tế, Bộ Y, Bộ Văn hóa, Thể thao và Du lịch, BỘ CÔNG AN, Bộ Công⏎Thương, bộ phận, Bộ Chỉ huy Quân sự tỉnh".replace("⏎", "\n"),
    "Ủy ban nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Ủy ban MTTQ, UBMTTQ, Ủy viên, Uỷ ban nhân dân",
    "Sở DT-TG, Sở DTTG, Sở Dân tộc và Tôn giáo, Sở Du lịch, sở hữu, Sở Sở Tài chính, Ủy ban Sở",
])
def test_a_tree_of_forms_matches_what_the_list_of_forms_matches(text):
    """Each opener's head pattern is a tree of its forms' letters (`_head_tree_pattern`): at every position of a text it
    matches what the plain choice of those forms, the longest first (`_head_pattern`), matches."""
    from extractors.bodies import patterns as P

    for opener, tree in P.HEAD_OPENED_BY.items():
        plain = P._head_pattern([f for f in P.HEAD_FORMS if P.WORD_RUN.match(f).group().lower() == opener])
        for pos in range(len(text)):
            fast, slow = tree.match(text, pos), plain.match(text, pos)
            assert (fast and (fast.span(), fast.group())) == (slow and (slow.span(), slow.group())), (opener, text[pos:pos + 30])


def test_lower_case_reads_letters_as_the_patterns_do():
    """The scanners look for first words in the lower-case text: every letter that HEAD or COLLECTIVE matches
    case-insensitively with a letter of those words has that letter as its lower case (after AS_HEAD_READS_THEM),
    and nothing that is not a letter or a mark lower-cases to one of them (so a first word found is a whole word)."""
    import regex

    from extractors.bodies import patterns as P

    words = list(P.HEAD_OPENED_BY) + list(P.COLLECTIVE_OPENERS)
    letters = {c for w in words for c in w}
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    alike = set(regex.findall(f"(?i:[{regex.escape(''.join(letters))}])", everything))
    assert len(alike) > 2 * len(letters)  # upper and lower case at least
    for c in alike:
        for letter in letters:
            if regex.fullmatch(f"(?i:{regex.escape(letter)})", c):
                assert regex.match(r"\p{L}", c) and c.translate(P.AS_HEAD_READS_THEM).lower() == letter, (letter, c)
    not_letters = regex.sub(r"[\p{L}\p{M}]+", "", everything)
    assert not letters & set(not_letters.translate(P.AS_HEAD_READS_THEM).lower())


def test_the_rest_of_a_head_is_read_in_lower_case_as_head_reads_it():
    """HEAD_GOES_ON looks for the rest of each form after its opener in the lower-case text: every character that HEAD
    matches case-insensitively with a letter or sign of those rests has it as its lower case (after AS_HEAD_READS_THEM),
    so the look-up never refuses a place where HEAD matches."""
    import regex

    from extractors.bodies import patterns as P

    rests = [form.lower()[len(P.WORD_RUN.match(form).group()):] for form in P.HEAD_FORMS]
    signs = {c for rest in rests for c in rest} - {" "}
    assert {"a", "đ", "ủ", "-"} <= signs
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for sign in signs:
        alike = regex.findall(f"(?i:{regex.escape(sign)})", everything)
        assert sign in alike
        assert all(c.translate(P.AS_HEAD_READS_THEM).lower() == sign for c in alike), (sign, alike)
    assert sum(goes_on is not None for goes_on in P.HEAD_GOES_ON.values()) >= 20  # most openers are a form only with more




# A name part in capitals is a whole abbreviation: the lower-case words after it are the task, not its second
# syllable ("Sở XD thẩm định" is "Sở XD", as "Sở Xây dựng thẩm định" is "Sở Xây dựng").
@pytest.mark.parametrize("text,names", [
    ("Giao Sở TNMT chủ trì, phối hợp với Sở XD thẩm định hồ sơ.", ["Sở TNMT", "Sở XD"]),
    ("Sở GTVT phối hợp với Sở NNMT kiểm tra hiện trường.", ["Sở GTVT", "Sở NNMT"]),
    ("Phòng KT-HT thẩm định thiết kế.", ["Phòng KT-HT"]),
    # negative: a capitalised two-syllable word still runs on; a name that goes on after its abbreviation too
    ("Sở Xây dựng thẩm định hồ sơ.", ["Sở Xây dựng"]),
    ("Trường THPT chuyên Lê Quý Đôn tổ chức.", ["Trường THPT chuyên Lê Quý Đôn"]),
])
def test_an_abbreviation_ends_its_word(text, names):
    from extractors.bodies.extract import find_mentions

    assert [m.name for m in find_mentions(text)] == names


# Department domains abbreviated with a hyphen or run together, the 2025 merged departments, and the military
# commands, whose head is "Bộ Chỉ huy" at the province and "Ban Chỉ huy" at the district and commune.
@pytest.mark.parametrize("text,expected", [
    ("Sở GD-ĐT chủ trì, phối hợp với Sở KH-ĐT tổ chức.",
     {"Sở Giáo dục và Đào tạo": "lead", "Sở Kế hoạch và Đầu tư": "coordinate"}),
    ("Sở TN-MT phối hợp với Sở NN-PTNT rà soát.",
     {"Sở Tài nguyên và Môi trường": "assigned", "Sở Nông nghiệp và Phát triển nông thôn": "coordinate"}),
    ("Giao Sở GTVT chủ trì, phối hợp với Sở XD thẩm định.",
     {"Sở Giao thông vận tải": "lead", "Sở Xây dựng": "coordinate"}),
    ("Sở NNMT chủ trì, phối hợp với Sở DT-TG triển khai.",
     {"Sở Nông nghiệp và Môi trường": "lead", "Sở Dân tộc và Tôn giáo": "coordinate"}),
    ("BCH Quân sự tỉnh chủ trì, phối hợp với BCH Bộ đội Biên phòng tỉnh tổ chức diễn tập.",
     {"Bộ Chỉ huy Quân sự tỉnh": "lead", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": "coordinate"}),
    ("Bộ CHQS tỉnh chủ trì, phối hợp với BCH BĐBP tỉnh tuần tra.",
     {"Bộ Chỉ huy Quân sự tỉnh": "lead", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": "coordinate"}),
    ("BCHQS huyện phối hợp với Ban CHQS xã huấn luyện dân quân.",
     {"Ban Chỉ huy Quân sự huyện": "assigned", "Ban Chỉ huy Quân sự xã": "coordinate"}),
    # negative: "Ban Chỉ huy" of a steering body stays "Ban Chỉ huy"; "BCHQS tỉnh" stays "Bộ Chỉ huy"
    ("BCH Phòng thủ dân sự tỉnh chỉ đạo ứng phó.", {"Ban Chỉ huy Phòng thủ dân sự tỉnh": "assigned"}),
    ("BCHQS tỉnh chủ trì huấn luyện.", {"Bộ Chỉ huy Quân sự tỉnh": "lead"}),
])
def test_abbreviated_departments_and_commands(text, expected):
    assert named(text) == expected


# The provinces' level named in full ("… các tỉnh, thành phố trực thuộc Trung ương") is one name: the words are not
# the task, and the canonical name is the short one, so the long and the short form are one body in a document.
@pytest.mark.parametrize("text,expected", [
    ("Giao UBND các tỉnh, thành phố trực thuộc Trung ương tổ chức thực hiện.",
     {"Ủy ban nhân dân các tỉnh, thành phố": "assigned"}),
    ("Bộ Nội vụ chủ trì, phối hợp với Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương rà soát.",
     {"Bộ Nội vụ": "lead", "Ủy ban nhân dân tỉnh, thành phố": "coordinate"}),
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này.",
     {"Chủ tịch Ủy ban nhân dân các tỉnh, thành phố": "assigned"}),
    # negative: a single province stays itself
    ("UBND tỉnh chỉ đạo các sở triển khai.", {"Ủy ban nhân dân tỉnh": "assigned"}),
])
def test_provinces_under_the_centre(text, expected):
    assert named(text) == expected


def test_under_the_centre_is_in_the_name_not_the_task():
    text = "Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này."
    (row,) = [b for b in extract_bodies(text) if b.kind != "collective"]
    assert row.text.endswith("trực thuộc Trung ương") and row.task.startswith("chịu trách nhiệm")


# "Ban Quản lý dự án đầu tư xây dựng" (Luật Xây dựng, Điều 63) is a complete name a level may follow.
@pytest.mark.parametrize("text,names", [
    ("Ban Quản lý dự án đầu tư xây dựng tỉnh chủ trì triển khai.", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
    ("Giao Ban quản lý dự án đầu tư xây dựng huyện thực hiện.", ["Ban quản lý dự án đầu tư xây dựng huyện"]),
    # negative: "xây dựng" after another name is its task
    ("Sở Y tế xây dựng kế hoạch.", ["Sở Y tế"]),
])
def test_project_management_boards(text, names):
    from extractors.bodies.extract import find_mentions

    assert [m.name for m in find_mentions(text)] == names


# Ministries' closing formulas and the Government's plural (found by benchmarks/probe_bodies.py): the people of a
# ministry or its units ("Bộ trưởng", "Vụ trưởng", "Cục trưởng", "Tổng Giám đốc") answer for the body after them;
# "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ" is one generic plural, and what follows it in the list is named.
@pytest.mark.parametrize("text,expected", [
    ("Bộ trưởng Bộ Nội vụ, Bộ trưởng Bộ Tài chính, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương "
     "chịu trách nhiệm thi hành Quyết định này.",
     {"Bộ Nội vụ": "assigned", "Bộ Tài chính": "assigned", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố": "assigned"}),
    ("Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Quản lý Dược và Thủ trưởng các đơn vị có liên quan "
     "chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Bộ": "assigned", "Vụ Pháp chế": "assigned", "Cục Quản lý Dược": "assigned"}),
    ("Tổng Giám đốc Bảo hiểm xã hội Việt Nam chịu trách nhiệm thi hành Quyết định này.",
     {"Bảo hiểm xã hội Việt Nam": "assigned"}),
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương "
     "tổ chức thực hiện.", {"Ủy ban nhân dân các tỉnh, thành phố": "assigned"}),
    # negatives: the Government's closing names no body; the plural alone is a collective
    ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chịu trách nhiệm thi hành.", {}),
    ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ được giao triển khai thực hiện.", {}),
])
def test_ministries_closing_formulas(text, expected):
    assert named(text) == expected


# A seat on a committee after a member's body is its composition, not a task (probe_bodies.py).
@pytest.mark.parametrize("text,expected", [
    ("Đồng chí Phó Chủ tịch UBND tỉnh làm Trưởng ban; Giám đốc Sở Y tế làm Phó Trưởng ban.", {}),
    ("- Giám đốc Sở Y tế - Phó Trưởng ban;\n- Phó Giám đốc Sở Tài chính - Ủy viên;", {}),
    ("- Giám đốc Sở Nội vụ - Phó Chủ tịch Thường trực Hội đồng;\n- Trưởng Công an xã: Thành viên.", {}),
    # the seat after "là" or a comma, as a decision setting up a board writes its members
    ("d) Trưởng Công an xã là Ủy viên Ban Chỉ đạo;", {}),
    ("- Bà Lê Thị C, Phó Trưởng phòng Văn hóa - Xã hội, Ủy viên;\n- Chỉ huy trưởng Ban Chỉ huy Quân sự xã, Thành viên.", {}),
    # negatives: a body that heads a task, or is the standing body, keeps its role
    ("Sở Y tế làm đầu mối tổng hợp.", {"Sở Y tế": "lead"}),
    ("Sở Nội vụ - Thường trực Hội đồng thi đua tổng hợp kết quả.", {"Sở Nội vụ": "assigned"}),
    ("Sở Nội vụ là cơ quan thường trực, có trách nhiệm theo dõi.", {"Sở Nội vụ": "lead"}),
    # (s27e: the board its "Trưởng ban" heads is an item of the closing list too, assigned as the contract says)
    ("Chủ tịch Ủy ban nhân dân tỉnh, Trưởng ban Ban Quản lý Khu kinh tế và các cơ quan chịu trách nhiệm thi hành Quyết "
     "định này.", {"Chủ tịch Ủy ban nhân dân tỉnh": "assigned", "Ban Quản lý Khu kinh tế": "assigned"}),
])
def test_committee_seats_are_not_tasks(text, expected):
    assert named(text) == expected


# Names found missing by probe_bodies.py, each from an authoritative list (heads.tsv, abbreviations.tsv):
# the Party committees of 2025 whose plural is part of the name, the commune health station, "CA" for Công an.
@pytest.mark.parametrize("text,expected", [
    ("Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy UBND tỉnh lãnh đạo thực hiện.",
     {"Đảng ủy các cơ quan Đảng tỉnh": "assigned", "Đảng ủy Ủy ban nhân dân tỉnh": "assigned"}),
    ("Đề nghị Đảng ủy các cơ quan Đảng Trung ương chỉ đạo.", {"Đảng ủy các cơ quan Đảng Trung ương": "requested"}),
    ("Trạm Y tế xã tổ chức tiêm chủng.", {"Trạm Y tế xã": "assigned"}),
    ("Giao Trạm Y tế các xã, phường chủ trì khám sàng lọc.", {"Trạm Y tế các xã, phường": "lead"}),
    ("BCH Quân sự tỉnh phối hợp với CA tỉnh bảo đảm an ninh.",
     {"Bộ Chỉ huy Quân sự tỉnh": "assigned", "Công an tỉnh": "coordinate"}),
    ("CA xã chủ trì, phối hợp với BCHQS xã.", {"Công an xã": "lead", "Ban Chỉ huy Quân sự xã": "coordinate"}),
    ("Đề nghị Viettel tỉnh, Mobifone tỉnh hỗ trợ phủ sóng.", {"Viettel tỉnh": "requested", "MobiFone tỉnh": "requested"}),
    # negatives: a party committee of a generic plural, a facility in lower case or counted, a capital line
    ("Đảng ủy các cơ quan, đơn vị triển khai.", {}),
    ("trạm y tế xã được đầu tư xây dựng.", {}),
    ("100% Trạm Y tế xã đạt chuẩn quốc gia.", {}),
    ("CA TỈNH QUẢNG NAM", {}),
    ("Theo chuẩn CA Nghệ An đã báo cáo.", {}),
    # a provincial inspectorate's divisions named by their work (s22g); "tham", "đơn" alone end a name
    ("- Phòng Tiếp công dân và Xử lý đơn thư chủ trì tham mưu công tác tiếp công dân.",
     {"Phòng Tiếp công dân và Xử lý đơn thư": "lead"}),
    ("Phòng Phòng, chống tham nhũng chủ trì xác minh tài sản, thu nhập.", {"Phòng Phòng, chống tham nhũng": "lead"}),
    ("Sở Nội vụ chủ trì, phối hợp với Thanh tra tỉnh tham gia kiểm tra.", {"Sở Nội vụ": "lead", "Thanh tra tỉnh": "coordinate"}),
])
def test_names_from_the_2025_lists(text, expected):
    assert named(text) == expected


# Bodies known by a number: steering committees named after the decision that set them up, numbered military units.
@pytest.mark.parametrize("text,expected", [
    ("Ban Chỉ đạo 35 tỉnh chỉ đạo công tác đấu tranh.", {"Ban Chỉ đạo 35 tỉnh": "assigned"}),
    ("Đề nghị Ban Chỉ đạo 389 quốc gia có ý kiến chỉ đạo.", {"Ban Chỉ đạo 389 quốc gia": "requested"}),
    ("Bộ Tư lệnh Quân khu 4, Bộ Tư lệnh Vùng Cảnh sát biển 2 phối hợp tuần tra.",
     {"Bộ Tư lệnh Quân khu 4": "assigned", "Bộ Tư lệnh Vùng Cảnh sát biển 2": "assigned"}),
    # negatives: each body's own committee is generic; a year or a count after a name is not its number
    ("Trên cơ sở đó, Ban Chỉ đạo 389 các bộ, ngành, địa phương xây dựng kế hoạch.", {}),
    ("Ban Chỉ đạo tỉnh họp 2 lần trong năm.", {"Ban Chỉ đạo tỉnh": "assigned"}),
    ("Sở Y tế 2025 tổ chức.", {"Sở Y tế": "assigned"}),
    # an inspectorate's operational divisions (s22g); not a count after another office's name
    ("- Phòng Nghiệp vụ 1 chủ trì theo dõi việc thực hiện kết luận thanh tra.", {"Phòng Nghiệp vụ 1": "lead"}),
    ("Phòng Nội vụ 2 lần kiểm tra.", {"Phòng Nội vụ": "assigned"}),
    # s36b: an emergency centre named by the emergency number it answers; not a count after another centre's name
    ("1. Trung tâm Cấp cứu 115 tỉnh chủ trì triển khai Kế hoạch.", {"Trung tâm Cấp cứu 115 tỉnh": "lead"}),
    ("Trung tâm Kiểm soát bệnh tật 2 lần kiểm tra.", {"Trung tâm Kiểm soát bệnh tật": "assigned"}),
])
def test_bodies_known_by_a_number(text, expected):
    assert named(text) == expected


# A ministry's unit after its chief's title in a closing list keeps the commas and lower-case words of its name, up to
# the next item's title; a closing list joined by ";" gives each body the duty (probe_bodies.py, ministries' decisions).
@pytest.mark.parametrize("text,expected", [
    ("Điều 3. Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán, Cục trưởng Cục Công nghệ thông "
     "tin và Chuyển đổi số, Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Bộ": "assigned", "Cục Quản lý, giám sát kế toán, kiểm toán": "assigned",
      "Cục Công nghệ thông tin và Chuyển đổi số": "assigned"}),
    ("Điều 3. Chánh Văn phòng Bộ; Cục trưởng Cục Quản lý Y, Dược cổ truyền; Giám đốc cơ quan chuyên môn về y tế "
     "thuộc Ủy ban nhân dân cấp tỉnh; Thủ trưởng các đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Bộ": "assigned", "Cục Quản lý Y, Dược cổ truyền": "assigned"}),
    ("Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Cục trưởng Cục Quản lý nhà và thị trường bất động sản, Thủ trưởng "
     "các cơ quan, đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Bộ": "assigned", "Vụ Pháp chế": "assigned", "Cục Quản lý nhà và thị trường bất động sản": "assigned"}),
    ("Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức - Biên chế, Thủ trưởng các đơn vị thuộc, trực thuộc Bộ Nội vụ và "
     "Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Bộ": "assigned", "Vụ Tổ chức - Biên chế": "assigned"}),
    ("2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Xây dựng; Giám đốc các Sở; Thủ trưởng các ban, ngành cấp "
     "tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
     "Quyết định này.", {"Văn phòng Ủy ban nhân dân tỉnh": "assigned", "Sở Xây dựng": "assigned",
                         "Chủ tịch Ủy ban nhân dân các xã, phường": "assigned"}),
    ("Vụ Tổ chức cán bộ phối hợp với Vụ Kế hoạch - Tài chính thực hiện.",
     {"Vụ Tổ chức cán bộ": "assigned", "Vụ Kế hoạch - Tài chính": "coordinate"}),
    # negatives: a task verb or another body ends the run
    ("Cục trưởng Cục Thuế chỉ đạo Chi cục Thuế kiểm tra, Vụ trưởng Vụ Pháp chế chịu trách nhiệm.",
     {"Cục Thuế": "assigned", "Chi cục Thuế": "assigned"}),
    ("3. Hiệu trưởng Trường Đại học Luật Hà Nội quyết định cử đi đào tạo.", {"Trường Đại học Luật Hà Nội": "assigned"}),
])
def test_ministry_units_in_closing_lists(text, expected):
    assert named(text) == expected


# Roles and bounds around ministers and councils (probe_bodies.py): "phối hợp với Bộ trưởng Bộ …" coordinates; a
# proposal paper sent up a procedure ("văn bản đề nghị Bộ trưởng …") asks nothing of the plan's bodies; a field joined
# by "và" in lower case stays in a name when a level closes it; "quản lý" at a name's end is the task's verb.
@pytest.mark.parametrize("text,expected", [
    ("Bộ trưởng Bộ Nội vụ chủ trì, phối hợp với Bộ trưởng Bộ Công an hướng dẫn.", {"Bộ Nội vụ": "lead", "Bộ Công an": "coordinate"}),
    ("Sở Y tế chủ trì, phối hợp với Giám đốc Công an tỉnh kiểm tra.", {"Sở Y tế": "lead", "Công an tỉnh": "coordinate"}),
    ("Chủ tịch UBND cấp tỉnh gửi văn bản đề nghị Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch xem xét.",
     {"Chủ tịch Ủy ban nhân dân cấp tỉnh": "assigned"}),
    ("Hội đồng cấp Bộ theo quyết định thành lập mới được đề nghị Bộ trưởng Bộ Y tế.", {}),
    ("Tổ chức nộp trực tiếp 01 bộ hồ sơ khoa học để đề nghị Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch xem xét, ghi danh.", {}),
    ("Sở Nội vụ tổng hợp hồ sơ để đề nghị Ủy ban nhân dân tỉnh xem xét.", {"Sở Nội vụ": "assigned"}),
    ("Hội đồng Giáo dục quốc phòng và an ninh tỉnh chỉ đạo.", {"Hội đồng Giáo dục quốc phòng và an ninh tỉnh": "assigned"}),
    ("1. Vụ trưởng Vụ Tổ chức cán bộ quản lý hồ sơ giấy.", {"Vụ Tổ chức cán bộ": "assigned"}),
    # negatives: "Đề nghị" that opens the clause still asks; "và các …" is a list, not a field
    ("Đề nghị Bộ Tài chính xem xét, bố trí vốn.", {"Bộ Tài chính": "requested"}),
    ("Ủy ban MTTQ Việt Nam và các đoàn thể huyện tích cực tuyên truyền.", {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện": "assigned"}),
    ("Ban Quản lý dự án tỉnh quản lý hồ sơ.", {"Ban Quản lý dự án tỉnh": "assigned"}),
])
def test_ministers_proposals_and_fields(text, expected):
    assert named(text) == expected


# A ministry speaks in its own voice in its plans, as a people's committee does; the body that follows up the whole
# plan or resolution is its focal body (lead), in a clause as under a heading (probe_bodies.py).
@pytest.mark.parametrize("text,expected", [
    ("Bộ Tài chính yêu cầu các đơn vị thuộc Bộ triển khai.", {}),
    ("Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh, thành phố chỉ đạo Sở Y tế thực hiện.",
     {"Ủy ban nhân dân các tỉnh, thành phố": "requested", "Sở Y tế": "assigned"}),
    ("Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Nghị quyết này.", {"Văn phòng Chính phủ": "lead"}),
    ("Sở Nội vụ có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này.", {"Sở Nội vụ": "lead"}),
    # negatives: a ministry given a task; a military command is not a ministry; monitoring something else
    ("Bộ Y tế hướng dẫn các địa phương.", {"Bộ Y tế": "assigned"}),
    ("Bộ Chỉ huy Quân sự tỉnh yêu cầu các đơn vị.", {"Bộ Chỉ huy Quân sự tỉnh": "assigned"}),
    ("Sở Y tế theo dõi diễn biến dịch bệnh.", {"Sở Y tế": "assigned"}),
])
def test_ministries_own_voice_and_focal_bodies(text, expected):
    assert named(text) == expected


# Roles marked in parentheses after a name, and bare "Chủ trì:" / "Phối hợp:" labels in a clause or a task table's
# single "Cơ quan thực hiện" column (probe_bodies.py).
@pytest.mark.parametrize("text,expected", [
    ("- Sở Tài chính (chủ trì), Sở Nội vụ (phối hợp): rà soát biên chế.", {"Sở Tài chính": "lead", "Sở Nội vụ": "coordinate"}),
    ("Giao Sở Y tế (cơ quan chủ trì), Sở Công Thương triển khai.", {"Sở Y tế": "lead", "Sở Công Thương": "assigned"}),
    ("TT | Nhiệm vụ | Cơ quan thực hiện | Thời gian\n"
     "1 | Rà soát quy hoạch | Chủ trì: Sở Xây dựng; Phối hợp: Sở Tài chính | Quý I/2026\n"
     "2 | Kiểm tra | Sở Y tế (chủ trì), Sở Công Thương | Quý II/2026\n",
     {"Sở Xây dựng": "lead", "Sở Tài chính": "coordinate", "Sở Y tế": "lead", "Sở Công Thương": "assigned"}),
    ("- Chủ trì: Sở Nội vụ.\n- Phối hợp: Sở Tư pháp, UBND các xã.",
     {"Sở Nội vụ": "lead", "Sở Tư pháp": "coordinate", "Ủy ban nhân dân các xã": "coordinate"}),
    ("Sở Công Thương chủ trì, cùng Sở Tài chính đề xuất giải pháp.", {"Sở Công Thương": "lead", "Sở Tài chính": "coordinate"}),
    ("Sở Công Thương cùng Sở Tài chính đề xuất giải pháp.", {"Sở Công Thương": "assigned", "Sở Tài chính": "assigned"}),
    # negatives: "chủ trì, phối hợp … sau:" is not a label of the bodies listed; a parenthesis that names a unit
    ("Sở Y tế chủ trì, phối hợp các đơn vị sau: Sở Công Thương, Sở Tài chính thực hiện.",
     {"Sở Y tế": "lead", "Sở Công Thương": "coordinate", "Sở Tài chính": "coordinate"}),
    ("Sở Nội vụ (Ban Tôn giáo) hướng dẫn.", {"Sở Nội vụ": "assigned"}),
])
def test_marked_roles_and_bare_labels(text, expected):
    assert named(text) == expected


# Bare heads listed before a body of a place share its level; 2025 names by area ("Trung tâm Y tế khu vực Tân Phú")
# and forest boards (Luật Lâm nghiệp 2017: ban quản lý rừng phòng hộ, rừng đặc dụng) (probe_bodies.py).
@pytest.mark.parametrize("text,expected", [
    ("Thường trực HĐND, UBND xã chỉ đạo thực hiện.",
     {"Thường trực Hội đồng nhân dân xã": "assigned", "Ủy ban nhân dân xã": "assigned"}),
    ("UBND, UBMTTQ các xã tổ chức tuyên truyền.",
     {"Ủy ban nhân dân các xã": "assigned", "Ủy ban Mặt trận Tổ quốc các xã": "assigned"}),
    ("HĐND, UBND tỉnh lãnh đạo, chỉ đạo.", {"Hội đồng nhân dân tỉnh": "assigned", "Ủy ban nhân dân tỉnh": "assigned"}),
    ("Trung tâm Y tế khu vực Tân Phú tổ chức tiêm chủng.", {"Trung tâm Y tế khu vực Tân Phú": "assigned"}),
    ("Ban Quản lý rừng phòng hộ tỉnh tuần tra, bảo vệ rừng.", {"Ban Quản lý rừng phòng hộ tỉnh": "assigned"}),
    # negatives: a body of another kind does not lend its level; a lower-case area is not a name
    ("UBND và Sở Y tế tỉnh thực hiện.", {"Ủy ban nhân dân": "assigned", "Sở Y tế tỉnh": "assigned"}),
    ("Sở Y tế khu vực miền núi triển khai.", {"Sở Y tế": "assigned"}),
])
def test_shared_levels_and_area_names(text, expected):
    assert named(text) == expected


# Adverbial clauses before the body that opens a clause ("Sau khi …,", "Trong quá trình thực hiện,", "Để …,") and labels
# of the focal body ("Cơ quan thường trực:", "Đầu mối:") (probe_bodies.py).
@pytest.mark.parametrize("text,expected", [
    ("Trong quá trình thực hiện, nếu có vướng mắc, Sở Tư pháp tổng hợp báo cáo.", {"Sở Tư pháp": "assigned"}),
    ("Để triển khai hiệu quả Kế hoạch, Sở Nội vụ chủ trì hướng dẫn.", {"Sở Nội vụ": "lead"}),
    ("Sau khi Kế hoạch được phê duyệt, Sở Y tế tổ chức triển khai.", {"Sở Y tế": "assigned"}),
    ("Cơ quan thường trực: Sở Nội vụ.", {"Sở Nội vụ": "lead"}),
    ("- Đầu mối: Văn phòng UBND tỉnh.", {"Văn phòng Ủy ban nhân dân tỉnh": "lead"}),
    # negatives: the body inside the adverbial clause is not given the task
    ("Để báo cáo UBND tỉnh, các đơn vị gửi kết quả.", {}),
    ("Sau khi UBND tỉnh phê duyệt, các đơn vị triển khai.", {}),
])
def test_adverbial_openings_and_focal_labels(text, expected):
    assert named(text) == expected


# An opening that names an owner ("Căn cứ hướng dẫn của Bộ Y tế, ") does not take the clause's body into its list.
@pytest.mark.parametrize("text,expected", [
    ("Căn cứ hướng dẫn của Bộ Y tế, Sở Y tế xây dựng kế hoạch chi tiết.", {"Sở Y tế": "assigned"}),
    ("Theo hướng dẫn của Bộ Nội vụ, Sở Nội vụ tổ chức thực hiện.", {"Sở Nội vụ": "assigned"}),
    ("Sau khi có ý kiến của Bộ Tài chính, Sở Tài chính hướng dẫn các đơn vị.", {"Sở Tài chính": "assigned"}),
    # negatives: a list of owners stays one; a decision's preamble gives nothing
    ("Các văn bản chỉ đạo của Chính phủ, Bộ Y tế về phòng, chống dịch.", {}),
    ("Theo đề nghị của Sở Nội vụ, UBND tỉnh quyết định.", {}),
])
def test_openings_that_name_an_owner(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("text", [
    "Sau khi nghe báo cáo của Bộ Khoa học và Công nghệ, Bộ Công an, Bộ Nội vụ, ý kiến phát biểu của các đại biểu.",
    "Căn cứ hướng dẫn của Bộ Khoa học và Công nghệ, Bộ Tài chính, các bộ, ngành, địa phương khẩn trương rà soát.",
    "Sau khi nghe báo cáo của Bộ Tài chính, Bộ Nội vụ về tình hình thực hiện.",
])
def test_lists_of_owners_in_an_opening_stay_owners(text):
    assert named(text) == {}


# The writer's own voice in a letter's set formulas names the writer, not a body given a task (who writes varies:
# a department of a ministry, the Government Office, a ministry, a company in a form); a duty to inform stays a task.
@pytest.mark.parametrize("text,expected", [
    ("Cục Thuế nhận được Công văn số 3374/CCTKV02-NVDTPC ngày 30/6/2025 của Chi cục Thuế khu vực II.", {}),
    ("Cục Thuế trả lời để Thuế thành phố Hồ Chí Minh biết.", {}),
    ("Cục Hải quan thông báo kết quả xác định trước mã số như sau:", {}),
    ("Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và các cơ quan liên quan biết, thực hiện./.", {}),
    ("Văn phòng Chính phủ trân trọng thông báo đến các bộ, cơ quan liên quan./.", {}),
    ("Bộ Nội vụ trân trọng cảm ơn và rất mong Quý cơ quan phối hợp.", {}),
    ("Bộ Nội vụ trân trọng đề nghị Ban Tuyên giáo và Dân vận Trung ương chỉ đạo các cơ quan báo chí.",
     {"Ban Tuyên giáo và Dân vận Trung ương": "requested"}),
    ("Công ty TNHH Tân Cảng kính đề nghị Cảng vụ hàng hải xem xét cấp phép.", {}),
    ("Thuế tỉnh Tây Ninh trả lời cho Công ty được biết và thực hiện theo đúng quy định.", {}),
    ("Căn cứ các quy định nêu trên, Cục Thuế cơ bản thống nhất với quan điểm xử lý của Thuế tỉnh Hà Tĩnh.", {}),
    ("Bộ Tài chính đồng ý với đề xuất của Ủy ban nhân dân tỉnh Gia Lai.", {}),
    # what the text reports a body is doing is no task given here
    ("Bộ Tài chính đang xây dựng Luật Quản lý thuế (sửa đổi) và các Nghị định hướng dẫn.", {}),
    # negatives: a duty to inform or to give an opinion is a task
    ("Sở Nội vụ trả lời kiến nghị của cử tri trước ngày 30/6.", {"Sở Nội vụ": "assigned"}),
    ("Ủy ban nhân dân các xã thông báo cho Nhân dân biết để thực hiện.", {"Ủy ban nhân dân các xã": "assigned"}),
    ("Sở Y tế thống nhất với Sở Tài chính về dự toán kinh phí.", {"Sở Y tế": "assigned"}),
    ("Thủ tướng Chính phủ đồng ý với đề xuất của Bộ Tài chính; giao Bộ Tài chính chủ trì.", {"Bộ Tài chính": "lead"}),
    ("Sở Tư pháp thông báo cho chính quyền cấp xã nội dung trong văn bản.", {"Sở Tư pháp": "assigned"}),
    ("Trường hợp không phê duyệt, Ủy ban nhân dân thành phố thông báo bằng văn bản và nêu rõ lý do.",
     {"Ủy ban nhân dân thành phố": "assigned"}),
    ("Sở Xây dựng có ý kiến hướng dẫn chuyên môn về xây dựng khi được đề nghị.", {"Sở Xây dựng": "assigned"}),
])
def test_letter_formulas_name_the_writer(text, expected):
    assert named(text) == expected


# A letter's addressees ("Kính gửi:" / "Đồng kính gửi:", to the first sentence of its body) are who it is sent to, not
# bodies given a task; a request in the body to the same bodies is read there.
@pytest.mark.parametrize("text,expected", [
    ("Kính gửi: Thuế tỉnh Quảng Trị.\nVề vấn đề này, đề nghị đơn vị căn cứ quy định để thực hiện.", {}),
    ("Kính gửi:\n|\n- Ban Tuyên giáo và Dân vận Trung ương,\n- Bộ Văn hóa, Thể thao và Du lịch,\n- Báo Nhân dân.\n|\n"
     "Thời gian gần đây, trên các trang mạng xã hội xuất hiện nhiều thông tin sai lệch.", {}),
    ("Đồng kính gửi:\n|\n- Thủ tướng Chính phủ (để báo cáo).\n|\nSau khi Thủ tướng Chính phủ ban hành Chỉ thị số 13/CT-TTg.", {}),
    ("Kính gửi: Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc\nChính phủ\nXét báo cáo của Bộ Tài chính.", {}),
    ("Kính gửi: Ủy ban nhân dân xã ……………………..\n\nTôi tên là: ………………", {}),
    # negatives: the body of the letter still assigns
    ("Kính gửi:\n|\n- Sở Y tế;\n- Sở Tài chính.\n|\nĐề nghị Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát kinh phí.",
     {"Sở Y tế": "lead", "Sở Tài chính": "coordinate"}),
    ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố\ntrực thuộc Trung ương\nBộ Tài chính đề nghị Cục Thuế chỉ đạo cơ quan "
     "thuế các tỉnh thực hiện.", {"Cục Thuế": "requested"}),
])
def test_addressees_are_not_assigned(text, expected):
    assert named(text) == expected


# A list written as people + "các" + kind + colon + names gives one body per name, also when the people are the Party
# secretary and the chairman, or the names go on the next line; "Bộ trưởng" before "các Bộ:" is their title, not a
# collective of its own.
@pytest.mark.parametrize("text,expected", [
    ("3. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng quân đội hỗ trợ người dân.",
     {"Bộ Quốc phòng": "assigned", "Bộ Công an": "assigned"}),
    ("1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa tiếp tục phân công nhiệm vụ.",
     {"Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk": "assigned", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa": "assigned"}),
    ("Điều 5. Bộ trưởng các Bộ:\nXây dựng, Ngoại giao, Tư pháp và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành "
     "Nghị quyết này.", {"Bộ Xây dựng": "assigned", "Bộ Ngoại giao": "assigned", "Bộ Tư pháp": "assigned"}),
    # negatives: a level's list on the next line is a heading over its block; a kind without names gives nothing
    ("4. Ủy ban nhân dân các xã:\nChủ động rà soát các hộ dân.", {"Ủy ban nhân dân các xã": "assigned"}),
    ("3. Các Sở:\nNội dung triển khai theo kế hoạch.", {}),
])
def test_lists_of_a_kind_after_a_title(text, expected):
    assert named(text) == expected


# The heads of central bodies with titles of their own name the body they head ("Thống đốc Ngân hàng Nhà nước",
# "Tổng Kiểm toán nhà nước", "Chánh án Tòa án nhân dân tối cao"), as "Bộ trưởng Bộ …" does.
@pytest.mark.parametrize("text,expected", [
    ("11. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng thương mại giãn nợ cho khách hàng.",
     {"Ngân hàng Nhà nước Việt Nam": "assigned"}),
    ("Điều 2. Thống đốc Ngân hàng Nhà nước Việt Nam tiếp thu, giải trình đầy đủ các ý kiến.",
     {"Ngân hàng Nhà nước Việt Nam": "assigned"}),
    ("Bộ trưởng Bộ Tài chính chỉ đạo Cục Thuế thực hiện.", {"Bộ Tài chính": "assigned", "Cục Thuế": "assigned"}),
    # negative: the title after "của" is an owner
    ("Theo chỉ đạo của Thống đốc Ngân hàng Nhà nước Việt Nam về lãi suất.", {}),
])
def test_heads_of_central_bodies_by_their_title(text, expected):
    assert named(text) == expected


# A telegram's addressees follow its sender in capitals and "điện:"; a line that ends "… điện:" in lower case is prose.
@pytest.mark.parametrize("text,expected", [
    ("THỦ TƯỚNG CHÍNH PHỦ điện:\n- Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk;\n- Bộ trưởng các Bộ: Tài chính, Y tế.\n"
     "Vừa qua tại khu vực Nam Trung Bộ đã xảy ra đợt mưa lũ lịch sử.", {}),
    ("BỘ XÂY DỰNG điện:\n\n- Tổng Công ty Đường sắt Việt Nam;\n\n- Ban Quản lý Dự án 85.\n\nTriển khai chỉ đạo của Thủ tướng.", {}),
    # negative: not a telegram
    ("Đối với hồ sơ nộp qua bưu điện:\nSở Công Thương trả kết quả trong 24 giờ.", {"Sở Công Thương": "assigned"}),
])
def test_telegram_addressees(text, expected):
    assert named(text) == expected


# A complete name that ends with its level ("Thuế tỉnh", "Công an tỉnh", names.tsv) keeps the place written after it,
# as "Ủy ban nhân dân tỉnh Khánh Hòa" does; a head after it is the next body.
@pytest.mark.parametrize("text,expected", [
    ("Đề nghị Thuế tỉnh Quảng Trị căn cứ hồ sơ thực tế để xử lý.", {"Thuế tỉnh Quảng Trị": "requested"}),
    ("Giao Công an tỉnh Khánh Hòa chủ trì bảo đảm an ninh, trật tự.", {"Công an tỉnh Khánh Hòa": "lead"}),
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh Nghệ An; Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Ủy ban nhân dân tỉnh Nghệ An": "assigned"}),
    # negatives: a body after it, a capitalised task word
    ("Sở Y tế, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh thực hiện.",
     {"Sở Y tế": "assigned", "Công an tỉnh": "assigned", "Bộ Chỉ huy Quân sự tỉnh": "assigned"}),
    ("Công an tỉnh Phối hợp thực hiện.", {"Công an tỉnh": "assigned"}),
])
def test_a_name_ending_with_its_level_keeps_its_place(text, expected):
    assert named(text) == expected


# An office or a unit named after the steering committee or council it serves runs on with that body's name, also when
# "chỉ đạo" is written in lower case ("Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia", Luật Phòng thủ dân sự 2023).
@pytest.mark.parametrize("text,expected", [
    ("7. Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi sát diễn biến tình hình.",
     {"Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia": "assigned"}),
    ("Giao Văn phòng Hội đồng Thi đua - Khen thưởng tỉnh tổng hợp hồ sơ.", {"Văn phòng Hội đồng Thi đua - Khen thưởng tỉnh": "assigned"}),
    # negatives: the office of a people's committee and of a department as before
    ("Văn phòng UBND huyện tổng hợp kết quả.", {"Văn phòng Ủy ban nhân dân huyện": "assigned"}),
    ("Văn phòng Sở Y tế tổng hợp kết quả.", {"Văn phòng Sở Y tế": "assigned"}),
])
def test_offices_of_committees(text, expected):
    assert named(text) == expected


# The fields named in lower case inside the names of units and service bodies run on to the name's end: "Cục Quản lý
# chất lượng", "Trung tâm Đổi mới sáng tạo", "Ban Quản lý đường sắt đô thị", "Ban Đại diện cha mẹ học sinh", "Công ty …
# Khai thác công trình thủy lợi" ("trình" of "công trình" is not the verb "trình"); a verb still ends the name.
@pytest.mark.parametrize("text,expected", [
    ("3. Cục Quản lý chất lượng:\nHướng dẫn các cơ sở thực hiện quy chuẩn.", {"Cục Quản lý chất lượng": "assigned"}),
    ("Trung tâm Đổi mới sáng tạo tỉnh có trách nhiệm hỗ trợ doanh nghiệp khởi nghiệp.",
     {"Trung tâm Đổi mới sáng tạo tỉnh": "assigned"}),
    ("Ban Quản lý đường sắt đô thị thành phố chủ trì lập quy hoạch các khu vực TOD.",
     {"Ban Quản lý đường sắt đô thị thành phố": "lead"}),
    ("Phối hợp với Ban Đại diện cha mẹ học sinh giáo dục học sinh.", {"Ban Đại diện cha mẹ học sinh": "coordinate"}),
    ("Giao Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh chủ trì vận hành kênh mương.",
     {"Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh": "lead"}),
    ("Trung tâm Lưu trữ lịch sử tỉnh chủ trì số hóa tài liệu.", {"Trung tâm Lưu trữ lịch sử tỉnh": "lead"}),
    # negatives: the verb "trình" after a name, a task in lower case after one
    ("Sở Tài chính trình UBND tỉnh phê duyệt dự toán.", {"Sở Tài chính": "assigned"}),
    ("Trung tâm Khuyến nông tỉnh khai thác hiệu quả các mô hình.", {"Trung tâm Khuyến nông tỉnh": "assigned"}),
])
def test_lower_case_fields_inside_names(text, expected):
    assert named(text) == expected


# A head that needs a capitalised word after it ("Báo", "Hội", "Ban") opens another body only when it has one (or its
# level): "Báo chí" inside "Phòng Quản lý Báo chí - Xuất bản" is a field of the name, "Báo Nhân Dân" is a newspaper.
@pytest.mark.parametrize("text,expected", [
    ("Phòng Quản lý Báo chí - Xuất bản thẩm định hồ sơ cấp giấy phép.", {"Phòng Quản lý Báo chí - Xuất bản": "assigned"}),
    ("Giao Phòng Thông tin - Báo chí chủ trì theo dõi dư luận.", {"Phòng Thông tin - Báo chí": "lead"}),
    # negatives: a newspaper named after a department is the next body
    ("Sở Văn hóa, Thể thao và Du lịch, Báo Quảng Ngãi tuyên truyền.",
     {"Sở Văn hóa, Thể thao và Du lịch": "assigned", "Báo Quảng Ngãi": "assigned"}),
    ("Trung tâm Văn hóa tỉnh và Báo Nhân Dân phối hợp tuyên truyền.",
     {"Trung tâm Văn hóa tỉnh": "assigned", "Báo Nhân Dân": "assigned"}),
])
def test_a_head_without_its_capital_does_not_cut_a_name(text, expected):
    assert named(text) == expected


# An inspectorate is named after the body it inspects for: "Thanh tra Bộ", "Thanh tra Bộ Y tế" (Luật Thanh tra 2022);
# a unit named after a ministry ("Văn phòng Bộ", "Thanh tra Bộ Y tế") is a central body.
@pytest.mark.parametrize("text,expected", [
    ("Thanh tra Bộ chủ trì kiểm tra việc thực hiện các kết luận thanh tra.", {"Thanh tra Bộ": ("lead", "trung_uong")}),
    ("Thanh tra Bộ Y tế chủ trì, phối hợp với Cục An toàn thực phẩm kiểm tra.",
     {"Thanh tra Bộ Y tế": ("lead", "trung_uong"), "Cục An toàn thực phẩm": ("coordinate", "trung_uong")}),
    ("Văn phòng Bộ tổng hợp, báo cáo Bộ trưởng.", {"Văn phòng Bộ": ("assigned", "trung_uong")}),
    # the body it serves is read whole, a word of its head that is also a task word included ("hàng" of "Ngân hàng")
    ("Thanh tra Ngân hàng Nhà nước thực hiện theo Luật Thanh tra.", {"Thanh tra Ngân hàng Nhà nước": ("assigned", None)}),
    ("Văn phòng Ngân hàng Nhà nước tổng hợp.", {"Văn phòng Ngân hàng Nhà nước": ("assigned", None)}),
    # negatives: the provincial inspectorate, a provincial military command's office, a task word
    ("Thanh tra tỉnh Khánh Hòa chủ trì kiểm tra.", {"Thanh tra tỉnh Khánh Hòa": ("lead", "tinh")}),
    ("Văn phòng Bộ Chỉ huy Quân sự tỉnh tổng hợp.", {"Văn phòng Bộ Chỉ huy Quân sự tỉnh": ("assigned", "tinh")}),
    ("Thanh tra, kiểm tra việc thực hiện chính sách.", {}),
])
def test_inspectorates_and_units_of_a_ministry(text, expected):
    got = {b.name_canonical: (b.role, b.level) for b in extract_bodies(text) if b.kind != "collective"}
    assert got == expected


# Common words that open with a head ("văn phòng phẩm") are not bodies (head_words.tsv).
@pytest.mark.parametrize("text,expected", [
    ("| 8 |\n| Văn phòng phẩm, thông tin liên lạc, in ấn |\n| 5.000.000 |", {}),
    ("Mua văn phòng phẩm, in ấn tài liệu.", {}),
    # crop seasons, not a ministry's Vụ
    ("1. Vụ Đông Xuân 2026 - 2027\nDiện tích lúa 50.200 ha.", {}),
    ("2. Vụ Hè Thu 2027\nGieo sạ xong trước ngày 10/6/2027.", {}),
    ("3. Vụ Mùa 2027\nGieo cấy xong trong tháng 7/2027.", {}),
    ("Vụ Thu Đông 2027 gieo trồng 1.200 ha.", {}),
    # negatives: offices
    ("Văn phòng UBND tỉnh tổng hợp kết quả.", {"Văn phòng Ủy ban nhân dân tỉnh": "assigned"}),
    ("Văn phòng Sở Tài chính mua sắm văn phòng phẩm.", {"Văn phòng Sở Tài chính": "assigned"}),
    ("Vụ Đông Nam Á chủ trì tổ chức hội nghị.", {"Vụ Đông Nam Á": "lead"}),
])
def test_common_words_that_open_with_a_head(text, expected):
    assert named(text) == expected


# A task table whose doers' column ("Đơn vị thực hiện", "Cơ quan thực hiện") stands beside a "phối hợp" column names the
# lead there, as a "chủ trì" column does; alone, that column assigns (and a label or mark in a cell still rules).
@pytest.mark.parametrize("text,expected", [
    ("TT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian\n1 | Rà soát quy hoạch | Sở Xây dựng | Sở Tài chính | 2026\n",
     {"Sở Xây dựng": "lead", "Sở Tài chính": "coordinate"}),
    ("STT\tNội dung\tCơ quan thực hiện\tCơ quan phối hợp\tThời gian hoàn thành\n"
     "1\tTuyên truyền\tSở Văn hóa, Thể thao và Du lịch\tBáo và Phát thanh, Truyền hình tỉnh\tQuý I/2026\n",
     {"Sở Văn hóa, Thể thao và Du lịch": "lead", "Báo và Phát thanh, Truyền hình tỉnh": "coordinate"}),
    # negatives: the doers' column alone, a cell that marks its roles
    ("TT | Nội dung | Đơn vị thực hiện | Thời gian\n1 | Tổ chức hội nghị | Phòng Văn hóa - Xã hội | Quý II/2026\n",
     {"Phòng Văn hóa - Xã hội": "assigned"}),
    ("TT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian\n1 | Kiểm tra | Sở Y tế (phối hợp) | Sở Công Thương | 2026\n",
     {"Sở Y tế": "coordinate", "Sở Công Thương": "coordinate"}),
])
def test_a_doers_column_beside_a_coordinating_one_leads(text, expected):
    assert named(text) == expected


# A name that a hard wrap breaks over two lines is one body, named with a space ("Bộ Công⏎Thương", "Ngân hàng Nhà nước
# Việt⏎Nam", "Ủy ban nhân dân⏎Thành phố"), its row quoting the text as written; its sentence runs on over the wrap.
@pytest.mark.parametrize("text,expected", [
    ("Giao Bộ Công\nThương chủ trì, phối hợp với Sở Công\nThương tổ chức.", {"Bộ Công Thương": "lead", "Sở Công Thương": "coordinate"}),
    ("2. Thống đốc Ngân hàng Nhà nước\nViệt Nam, các Bộ trưởng chịu trách nhiệm thi hành Nghị quyết này.",
     {"Ngân hàng Nhà nước Việt Nam": "assigned"}),
    ("13. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt\nNam tiếp tục vận động ủng hộ đồng bào bị thiệt hại.",
     {"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam": "requested"}),
    ("Điều 4. Chánh Văn phòng Ủy ban nhân dân\nThành phố, Giám đốc Sở Khoa học và Công nghệ chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Ủy ban nhân dân Thành phố": "assigned", "Sở Khoa học và Công nghệ": "assigned"}),
    # negatives: a wrap between two names, a preamble and the issuer's own voice over a wrap
    ("Sở Y tế\nSở Tài chính phối hợp thực hiện.", {"Sở Tài chính": "assigned"}),
    ("Xét Tờ trình số 423/TTr-UBND ngày 21/11/2025 của Ủy ban nhân dân thành phố về việc đề nghị Hội đồng nhân dân\n"
     "Thành phố ban hành Nghị quyết;", {}),
    ("Chủ tịch Ủy ban nhân dân\nThành phố có ý kiến chỉ đạo như sau:", {}),
])
def test_names_wrapped_over_two_lines(text, expected):
    assert named(text) == expected


def test_a_wrapped_name_is_named_with_a_space_and_quoted_as_written():
    (row,) = [b for b in extract_bodies("Giao Bộ Công\nThương chủ trì thực hiện.") if b.kind != "collective"]
    assert (row.name, row.name_canonical, row.text) == ("Bộ Công Thương", "Bộ Công Thương", "Bộ Công\nThương")


# "X chịu trách nhiệm chủ trì …" leads as "X có trách nhiệm chủ trì …" does; "X chịu trách nhiệm …" alone is assigned.
@pytest.mark.parametrize("text,expected", [
    ("Điều 3. Sở Công Thương chịu trách nhiệm chủ trì, phối hợp với các cơ quan liên quan xây dựng dự thảo.",
     {"Sở Công Thương": "lead"}),
    ("Công an tỉnh chịu trách nhiệm chủ trì bảo đảm an ninh, trật tự.", {"Công an tỉnh": "lead"}),
    ("Sở Tài chính chịu trách nhiệm tổng hợp, cân đối nguồn vốn.", {"Sở Tài chính": "assigned"}),
])
def test_responsible_for_leading_leads(text, expected):
    assert named(text) == expected


# A preamble that considers a submission ("Xét Tờ trình số …", capitalised or not) names the bodies of that submission,
# not bodies given a task; an issuer that "có ý kiến chỉ đạo / kết luận như sau" speaks in its own voice.
@pytest.mark.parametrize("text,expected", [
    ("Xét Tờ trình số 12/TTr-SNV ngày 5/3/2026 của Sở Nội vụ đề nghị Ủy ban nhân dân tỉnh ban hành Kế hoạch;", {}),
    ("Xét tờ trình của Sở Tài chính đề nghị Hội đồng nhân dân tỉnh thông qua Nghị quyết;", {}),
    ("Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:", {}),
    ("Thường trực Tỉnh ủy có ý kiến kết luận như sau:", {}),
    # negatives: a department's direction to others, a request in the body
    ("Sở Y tế có ý kiến chỉ đạo các bệnh viện bảo đảm thuốc.", {"Sở Y tế": "assigned"}),
    ("Đề nghị Sở Tài chính xem xét, bố trí kinh phí.", {"Sở Tài chính": "requested"}),
])
def test_considered_submissions_and_notices_of_directions(text, expected):
    assert named(text) == expected


# A name that opens with a preposition belongs to a unit's name when it is the home market ("Vụ Thị trường trong
# nước", "Cục Quản lý và Phát triển thị trường trong nước", Nghị định 40/2025/NĐ-CP); "trong" alone still ends a name.
@pytest.mark.parametrize("text,expected", [
    ("Cục Hải quan chủ trì, phối hợp với Cục Quản lý và Phát triển thị trường trong nước kiểm soát hàng hóa nhập lậu.",
     {"Cục Hải quan": "lead", "Cục Quản lý và Phát triển thị trường trong nước": "coordinate"}),
    ("Vụ Thị trường trong nước chủ trì tổng hợp.", {"Vụ Thị trường trong nước": "lead"}),
    # negatives: "trong" of time or place after a name
    ("Sở Công Thương trong năm 2026 tổ chức các hội chợ.", {"Sở Công Thương": "assigned"}),
    ("Phòng Kinh tế trong phạm vi chức năng hướng dẫn nông dân.", {"Phòng Kinh tế": "assigned"}),
])
def test_the_home_market_in_a_units_name(text, expected):
    assert named(text) == expected


# s31a: logistics in the names of the armed forces' units ("Phòng Hậu cần - Kỹ thuật", "Ban Hậu cần": Luật Quốc phòng 2018);
# "cần" alone is a modal verb that ends a name.
@pytest.mark.parametrize("text,expected", [
    ("4. Phòng Hậu cần - Kỹ thuật bảo đảm vật chất, phương tiện phục vụ tuần tra.", {"Phòng Hậu cần - Kỹ thuật": "assigned"}),
    ("Giao Ban Hậu cần chủ trì bảo đảm lương thực, nước uống.", {"Ban Hậu cần": "lead"}),
    # negative: the modal verb after a name
    ("Sở Y tế cần tập trung chỉ đạo các bệnh viện.", {"Sở Y tế": "assigned"}),
])
def test_logistics_in_a_military_units_name(text, expected):
    assert named(text) == expected


# Mass organisations listed bare before one that names its level share it, as "Thường trực HĐND, UBND xã" do:
# "Hội Nông dân, Hội Cựu chiến binh, Đoàn Thanh niên xã" are the commune's own.
@pytest.mark.parametrize("text,expected", [
    ("Đề nghị Hội Nông dân, Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ xã tuyên truyền đến hội viên.",
     {"Hội Nông dân xã": "xa", "Hội Cựu chiến binh xã": "xa", "Hội Liên hiệp Phụ nữ xã": "xa"}),
    ("Ủy ban MTTQ, Hội Nông dân, Đoàn Thanh niên xã phối hợp tổ chức.",
     {"Ủy ban Mặt trận Tổ quốc xã": "xa", "Hội Nông dân xã": "xa", "Đoàn Thanh niên xã": "xa"}),
    ("Hội Nông dân, Hội Cựu chiến binh tỉnh vận động hội viên.", {"Hội Nông dân tỉnh": "tinh", "Hội Cựu chiến binh tỉnh": "tinh"}),
    # negatives: a national association keeps its own level, a department breaks the list
    ("Hội Nông dân Việt Nam, Hội Nông dân tỉnh phối hợp.", {"Hội Nông dân Việt Nam": "trung_uong", "Hội Nông dân tỉnh": "tinh"}),
    ("Hội Nông dân, Sở Y tế tỉnh phối hợp.", {"Hội Nông dân": None, "Sở Y tế tỉnh": "tinh"}),
])
def test_mass_organisations_share_the_level_of_their_list(text, expected):
    assert {b.name_canonical: b.level for b in extract_bodies(text) if b.kind != "collective"} == expected


# A cooperative given a task is a business (kind other): "Hợp tác xã" / "HTX" written with a capital, its trade and a
# proper name; the name ends at its last capitalised word or before its commune (Luật Hợp tác xã 2023).
@pytest.mark.parametrize("text,expected", [
    ("Hội Nông dân xã phối hợp với Hợp tác xã nông nghiệp Phong Hòa hoàn thiện hồ sơ sản phẩm.",
     {"Hội Nông dân xã": "assigned", "Hợp tác xã nông nghiệp Phong Hòa": "coordinate"}),
    ("Giao Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Dịch vụ nông nghiệp\nThượng Lập xây dựng chuỗi liên kết.",
     {"Phòng Kinh tế": "lead", "Hợp tác xã Dịch vụ nông nghiệp Thượng Lập": "coordinate"}),
    ("HTX Chè Tân Cương phối hợp bao tiêu sản phẩm cho các hộ.", {"Hợp tác xã Chè Tân Cương": "assigned"}),
    # s26c: a hard wrap inside a word of the name, between its capitalised syllable and the next (the name going on in capitals)
    ("Giao Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Dịch vụ Thương\nmại Tân Phú Đông xây dựng chuỗi liên kết.",
     {"Phòng Kinh tế": "lead", "Hợp tác xã Dịch vụ Thương mại Tân Phú Đông": "coordinate"}),
    # negative: the lower-case words after a wrap that only go on with the task are none of the name
    ("Giao Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Chè Tân\nhướng dẫn các hộ xây dựng chuỗi liên kết.",
     {"Phòng Kinh tế": "lead", "Hợp tác xã Chè Tân": "coordinate"}),
    ("Hợp tác xã nông nghiệp xã Tân Lập chủ trì tổ chức sản xuất.", {"Hợp tác xã nông nghiệp xã Tân Lập": "lead"}),
    ("Liên minh HTX tỉnh phối hợp với Hợp tác xã Rau an toàn Mỹ Đức tổ chức hội chợ.",
     {"Liên minh Hợp tác xã tỉnh": "assigned", "Hợp tác xã Rau an toàn Mỹ Đức": "coordinate"}),
    # negatives: the common noun, in lower case or with no name after it
    ("Thành lập mới ít nhất 02 hợp tác xã nông nghiệp.", {}),
    ("Các hợp tác xã, doanh nghiệp trên địa bàn chủ động xây dựng phương án.", {}),
    ("Hợp tác xã phải công khai báo cáo tài chính hằng năm.", {}),
    ("Giao Hợp tác xã thực hiện theo Quyết định số 12/QĐ-UBND.", {}),
    # s29c: a name heading its block ends at its line's end, the task opening the next line; a slaughterhouse is named as a
    # cooperative (Luật Thú y 2015: cơ sở giết mổ), its common noun no body
    ("8. Hợp tác xã nông nghiệp Phong Hòa\nBảo đảm điều kiện vệ sinh; nâng công suất tiếp nhận.",
     {"Hợp tác xã nông nghiệp Phong Hòa": "assigned"}),
    ("8. Cơ sở giết mổ Tân Phát\nBảo đảm điều kiện vệ sinh thú y theo quy chuẩn; nâng công suất tiếp nhận.",
     {"Cơ sở giết mổ Tân Phát": "assigned"}),
    ("Yêu cầu cơ sở giết mổ tập trung vận hành hệ thống xử lý nước thải.", {}),
    ("- Cơ sở giết mổ tập trung phải bảo đảm điều kiện vệ sinh thú y.", {}),
])
def test_cooperatives_named_by_their_trade_and_name(text, expected):
    assert named(text) == expected


# The committees of a people's council named as a group ("các Ban của HĐND tỉnh", "các Ban Hội đồng nhân dân Thành phố")
# are one body "Ban của Hội đồng nhân dân …" of kind hdnd (like "các Ủy ban của Quốc hội").
@pytest.mark.parametrize("text,expected", [
    ("Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân "
     "dân tỉnh giám sát việc thực hiện Nghị quyết.",
     {"Thường trực Hội đồng nhân dân tỉnh": "assigned", "Ban của Hội đồng nhân dân tỉnh": "assigned"}),
    ("Giao Thường trực HĐND, các Ban HĐND xã giám sát việc thực hiện.",
     {"Thường trực Hội đồng nhân dân xã": "assigned", "Ban của Hội đồng nhân dân xã": "assigned"}),
    ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp với các Ban của HĐND tỉnh giám sát.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "coordinate", "Ban của Hội đồng nhân dân tỉnh": "coordinate"}),
    # negatives: a committee named by its field stays itself; a person's title names no body
    ("Ban Pháp chế HĐND tỉnh thẩm tra dự thảo Nghị quyết.", {"Ban Pháp chế Hội đồng nhân dân tỉnh": "assigned"}),
    ("Đồng chí Trưởng Ban HĐND xã phát biểu chỉ đạo hội nghị.", {}),
])
def test_council_committees_as_a_group(text, expected):
    assert named(text) == expected


# A commune's post office named by its kind, "Bưu điện văn hóa xã" (lower-case "văn hóa", then its level or place).
@pytest.mark.parametrize("text,expected", [
    ("Bưu điện văn hóa xã phối hợp hướng dẫn người dân nộp hồ sơ trực tuyến.", {"Bưu điện văn hóa xã": "assigned"}),
    ("Giao Công an xã chủ trì, phối hợp với Bưu điện văn hóa xã và các thôn hướng dẫn.",
     {"Công an xã": "lead", "Bưu điện văn hóa xã": "coordinate"}),
    ("Bưu điện Văn hóa xã Tân Lập tiếp nhận hồ sơ của người dân.", {"Bưu điện văn hóa xã Tân Lập": "assigned"}),
    # negative: the building in lower case, named as a thing to build
    ("Xây dựng bưu điện văn hóa xã đạt chuẩn.", {}),
])
def test_commune_post_offices(text, expected):
    assert named(text) == expected


# The Party committees of the district level named by their kinds are one named body (kind dang, level huyen), as "UBND
# các huyện, thành phố" is: "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "các Huyện ủy, Thành ủy".
@pytest.mark.parametrize("text,expected", [
    ("1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy căn cứ Chương trình xây dựng kế hoạch thực hiện.",
     {"Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy": "assigned"}),
    ("Đề nghị các Huyện ủy, Thành ủy chỉ đạo tổ chức quán triệt.", {"Các Huyện ủy, Thành ủy": "requested"}),
    ("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các quận uỷ, huyện uỷ tổ chức hội nghị.",
     {"Ban Tuyên giáo Tỉnh ủy": "lead", "Các quận ủy, huyện ủy": "coordinate"}),
    # s29d: those of the commune level after 2025, named by their kinds ("các đảng ủy xã, phường, đặc khu"); the bodies a
    # plural lists in parentheses, each its own ("Các đảng ủy trực thuộc Tỉnh ủy (…, …)": the plural a collective)
    ("- Các đảng ủy xã, phường, đặc khu công nhận mô hình cấp xã trước ngày 31/10 hằng năm.",
     {"Các đảng ủy xã, phường, đặc khu": "assigned"}),
    ("6. Các đảng ủy trực thuộc Tỉnh ủy (Đảng ủy Quân sự tỉnh, Đảng ủy Công an tỉnh) và các đảng ủy xã, phường xây dựng kế hoạch.",
     {"Đảng ủy Quân sự tỉnh": "assigned", "Đảng ủy Công an tỉnh": "assigned", "Các đảng ủy xã, phường": "assigned"}),
    ("- Các phòng thuộc Sở Y tế (Phòng Nghiệp vụ Y, Phòng Kế hoạch - Tài chính) xây dựng kế hoạch.",
     {"Phòng Nghiệp vụ Y": "assigned", "Phòng Kế hoạch - Tài chính": "assigned"}),
    # negatives: committees of no district's kind; a district named without its committee; a sub-unit in parentheses
    ("Các đảng ủy trực thuộc Tỉnh ủy lãnh đạo thực hiện.", {}),
    ("- Các đảng ủy chỉ đạo tổ chức quán triệt.", {}),
    ("- UBND các xã, phường (Phòng Văn hóa - Xã hội) xây dựng kế hoạch.", {"Ủy ban nhân dân các xã, phường": "assigned"}),
    # negative: named with whom they answer to and nothing after (a heading of spending norms): no task; with a task, one
    ("Chế độ chi tiêu bảo đảm hoạt động của Đảng ủy các trường Đại học; các Đảng ủy xã, phường trực thuộc Đảng bộ thành phố Hà Nội",
     {}),
    ("- Các đảng ủy xã, phường trực thuộc Tỉnh ủy xây dựng kế hoạch.", {"Các đảng ủy xã, phường": "assigned"}),
    ("Các huyện, thị xã, thành phố xây dựng kế hoạch.", {}),
])
def test_party_committees_named_by_their_kinds(text, expected):
    assert named(text) == expected


# A department's or the police's unit named with the body it belongs to ("Phòng X, Sở Y", "Phòng X - Công an tỉnh") is
# one body, the unit; a commune's own office or one with its level beside a department are two.
@pytest.mark.parametrize("text,expected", [
    ("2. Phòng Nghiệp vụ Y - Dược, Sở Y tế chủ trì kiểm tra các điểm tiêm chủng dịch vụ.", {"Phòng Nghiệp vụ Y - Dược": "lead"}),
    ("Phòng Cảnh sát kinh tế - Công an tỉnh chủ trì kiểm tra hoạt động kinh doanh xăng dầu.", {"Phòng Cảnh sát kinh tế": "lead"}),
    # negatives: two bodies
    ("Phòng Kinh tế, Sở Công Thương phối hợp hướng dẫn doanh nghiệp.", {"Phòng Kinh tế": "assigned", "Sở Công Thương": "assigned"}),
    ("Phòng Nội vụ huyện, Sở Nội vụ phối hợp rà soát.", {"Phòng Nội vụ huyện": "assigned", "Sở Nội vụ": "assigned"}),
    ("Phòng Quản lý Công nghiệp, Sở Tài chính và Sở Xây dựng phối hợp thẩm định.",
     {"Phòng Quản lý Công nghiệp": "assigned", "Sở Tài chính": "assigned", "Sở Xây dựng": "assigned"}),
    # a district's or commune's office (names.tsv, Nghị định 45/2025/NĐ-CP) is no unit of the department after it
    ("Phòng Giáo dục và Đào tạo, Sở Y tế phối hợp tổ chức kiểm tra.", {"Phòng Giáo dục và Đào tạo": "assigned", "Sở Y tế": "assigned"}),
    ("Phòng Tài chính - Kế hoạch, Sở Tài chính chủ trì tham mưu bố trí kinh phí.",
     {"Phòng Tài chính - Kế hoạch": "lead", "Sở Tài chính": "lead"}),
    # s22j: a ministry's or department's unit with its parent, then its task, the sentence's end or "và" and the next unit
    ("a) Đề nghị Cục Hải quan, Bộ Tài chính chỉ đạo các đơn vị tăng cường kiểm tra.", {"Cục Hải quan": "requested"}),
    ("Vụ Pháp chế chủ trì, phối hợp với Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính, Bộ Tư pháp rà soát quy định.",
     {"Vụ Pháp chế": "lead", "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính": "coordinate"}),
    ("Cục Thú y phối hợp với Cục Phòng bệnh, Bộ Y tế.", {"Cục Thú y": "assigned", "Cục Phòng bệnh": "coordinate"}),
    # s25a: the units of Bộ Xây dựng (Nghị định 33/2025/NĐ-CP) whose names hold a task's words ("xây dựng", "hoạt động",
    # "nhà và thị trường", a comma)
    ("Cơ quan phối hợp: Vụ Pháp chế, Cục Kinh tế - Quản lý đầu tư xây dựng, Bộ Tài chính, Bộ Nông nghiệp và Môi trường.",
     {"Vụ Pháp chế": "coordinate", "Cục Kinh tế - Quản lý đầu tư xây dựng": "coordinate", "Bộ Tài chính": "coordinate",
      "Bộ Nông nghiệp và Môi trường": "coordinate"}),
    ("Cục Quản lý nhà và thị trường bất động sản chủ trì, phối hợp với Cục Quản lý hoạt động xây dựng, Học viện Chiến lược, "
     "bồi dưỡng cán bộ xây dựng tổ chức tập huấn.",
     {"Cục Quản lý nhà và thị trường bất động sản": "lead", "Cục Quản lý hoạt động xây dựng": "coordinate",
      "Học viện Chiến lược, bồi dưỡng cán bộ xây dựng": "coordinate"}),
    # negative: a unit not in the decree's list still ends where its task begins
    ("Cục Phát triển đô thị xây dựng hướng dẫn thiết kế.", {"Cục Phát triển đô thị": "assigned"}),
    # s30a: the units of Bộ Tài chính named in lower case after "Quản lý" (Nghị định 29/2025/NĐ-CP), one with commas, and the
    # national drug procurement centre (Luật Đấu thầu 2023, Điều 83)
    ("7. Đề nghị Cục Quản lý đấu thầu, Bộ Tài chính hỗ trợ kỹ thuật, hướng dẫn sử dụng Hệ thống mạng đấu thầu quốc gia.",
     {"Cục Quản lý đấu thầu": "requested"}),
    ("b) Cục Quản lý, giám sát chính sách thuế, phí và lệ phí chủ trì tổng kết việc thi hành Nghị định.",
     {"Cục Quản lý, giám sát chính sách thuế, phí và lệ phí": "lead"}),
    ("Cục Quản lý Dược chủ trì, phối hợp với Trung tâm Mua sắm tập trung thuốc Quốc gia xây dựng danh mục thuốc.",
     {"Cục Quản lý Dược": "lead", "Trung tâm Mua sắm tập trung thuốc Quốc gia": "coordinate"}),
    # negative: the same work after another body is its task
    ("Sở Tài chính đấu thầu mua sắm tập trung thuốc cho các cơ sở y tế.", {"Sở Tài chính": "assigned"}),
    # s25a: the agricultural stations of an area or a former district (TTLT 14/2015/TTLT-BNNPTNT-BNV)
    ("Phòng Kinh tế phối hợp với Trạm Chăn nuôi và Thú y khu vực Tân Kỳ tiếp nhận vắc xin.",
     {"Phòng Kinh tế": "assigned", "Trạm Chăn nuôi và Thú y khu vực Tân Kỳ": "coordinate"}),
    ("Trạm Khuyến nông huyện Yên Thành chủ trì tổ chức tập huấn.", {"Trạm Khuyến nông huyện Yên Thành": "lead"}),
    ("Các trạm chăn nuôi thú y phối hợp kiểm tra.", {}),  # negative: a plural without a name
    ("Cục Lâm nghiệp và Kiểm lâm phối hợp với Cục Quản lý thị trường, Bộ Công Thương và Cục Hải quan, Bộ Tài chính kiểm tra.",
     {"Cục Lâm nghiệp và Kiểm lâm": "assigned", "Cục Quản lý thị trường": "coordinate", "Cục Hải quan": "coordinate"}),
    ("Chi cục Thủy lợi, Sở Nông nghiệp và Môi trường chủ trì kiểm tra an toàn hồ chứa.", {"Chi cục Thủy lợi": "lead"}),
    ("Trung tâm Kiểm soát bệnh tật, Sở Y tế chủ trì giám sát dịch bệnh.", {"Trung tâm Kiểm soát bệnh tật": "lead"}),
    ("STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n1\tKiểm tra an toàn hồ chứa"
     "\tChi cục Thủy lợi, Sở Nông nghiệp và Môi trường\tỦy ban nhân dân các xã\tQuý II/2026\n",
     {"Chi cục Thủy lợi": "lead", "Ủy ban nhân dân các xã": "coordinate"}),
    # negatives: lists of bodies, a unit with its own level, a national body of names.tsv, the second item of a list
    ("Đề nghị Bộ Công an, Bộ Tài chính chỉ đạo kiểm tra.", {"Bộ Công an": "requested", "Bộ Tài chính": "requested"}),
    ("Cục Thú y, Cục Chăn nuôi phối hợp kiểm tra.", {"Cục Thú y": "assigned", "Cục Chăn nuôi": "assigned"}),
    ("Thanh tra tỉnh, Sở Nội vụ phối hợp kiểm tra.", {"Thanh tra tỉnh": "assigned", "Sở Nội vụ": "assigned"}),
    # a parent with its own level is a list's next body (a province's body is no national unit's parent)
    ("Chi cục Hải quan khu vực VIII, Công an tỉnh phối hợp kiểm soát ma túy qua biên giới.",
     {"Chi cục Hải quan khu vực VIII": "assigned", "Công an tỉnh": "assigned"}),
    ("Văn phòng Chính phủ, Bộ Tư pháp theo dõi, đôn đốc.", {"Văn phòng Chính phủ": "assigned", "Bộ Tư pháp": "assigned"}),
    # rev3: a unit that names its parent already, a ministry's Cục beside a province's department, a department's unit
    # beside a department of another field: a list of two bodies
    ("Văn phòng Sở Y tế, Sở Tài chính phối hợp thẩm định.", {"Văn phòng Sở Y tế": "assigned", "Sở Tài chính": "assigned"}),
    ("Thanh tra Sở Xây dựng, Sở Tài chính kiểm tra.", {"Thanh tra Sở Xây dựng": "assigned", "Sở Tài chính": "assigned"}),
    ("Cục Thống kê, Sở Tài chính cung cấp số liệu.", {"Cục Thống kê": "assigned", "Sở Tài chính": "assigned"}),
    ("Chi cục Thủy lợi, Sở Tài chính thẩm định.", {"Chi cục Thủy lợi": "assigned", "Sở Tài chính": "assigned"}),
    ("Giao Trung tâm Phục vụ hành chính công, Sở Tư pháp hướng dẫn thủ tục.",
     {"Trung tâm Phục vụ hành chính công": "assigned", "Sở Tư pháp": "assigned"}),
    ("Trung tâm Công nghệ thông tin, Sở Khoa học và Công nghệ bảo đảm hạ tầng.",
     {"Trung tâm Công nghệ thông tin": "assigned", "Sở Khoa học và Công nghệ": "assigned"}),
    ("STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n1\tKiểm tra an toàn hồ chứa"
     "\tChi cục Thủy lợi, Sở Tài chính\tỦy ban nhân dân các xã\tQuý II/2026\n",
     {"Chi cục Thủy lợi": "lead", "Sở Tài chính": "lead", "Ủy ban nhân dân các xã": "coordinate"}),
    ("Sở Tư pháp phối hợp với Sở Y tế, Trung tâm Phục vụ hành chính công, Sở Nội vụ triển khai.",
     {"Sở Tư pháp": "assigned", "Sở Y tế": "coordinate", "Trung tâm Phục vụ hành chính công": "coordinate", "Sở Nội vụ": "coordinate"}),
])
def test_a_unit_named_with_its_department(text, expected):
    assert named(text) == expected


# "quản lý", "kiểm soát" in lower case at the end of a name are its task's verb (with the object after them).
@pytest.mark.parametrize("text,expected", [
    ("Bộ Nông nghiệp và Môi trường chỉ đạo Cục Thú y và Cục Bảo vệ thực vật kiểm soát chặt chẽ tiến độ.",
     {"Bộ Nông nghiệp và Môi trường": "assigned", "Cục Thú y": "assigned", "Cục Bảo vệ thực vật": "assigned"}),
    ("Trung tâm Y tế dự phòng kiểm soát dịch bệnh tại cơ sở.", {"Trung tâm Y tế dự phòng": "assigned"}),
    # negative: a name that holds the word capitalised keeps it
    ("Trung tâm Kiểm soát bệnh tật tỉnh chủ trì giám sát dịch bệnh.", {"Trung tâm Kiểm soát bệnh tật tỉnh": "lead"}),
])
def test_a_verb_of_names_ends_a_name(text, expected):
    assert named(text) == expected


# The size of the businesses a body serves ("vừa và nhỏ", "nhỏ và vừa") is part of its name, before punctuation too.
@pytest.mark.parametrize("text,expected", [
    ("Đề nghị Hiệp hội Doanh nghiệp vừa và nhỏ, Liên minh Hợp tác xã tỉnh vận động hội viên tham gia.",
     {"Hiệp hội Doanh nghiệp vừa và nhỏ": "requested", "Liên minh Hợp tác xã tỉnh": "requested"}),
    ("Đề nghị Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh phổ biến chính sách.", {"Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh": "requested"}),
    # negative: "và" before another body ends the name
    ("Hội Doanh nhân trẻ và Hiệp hội Doanh nghiệp tỉnh phối hợp.",
     {"Hội Doanh nhân trẻ": "assigned", "Hiệp hội Doanh nghiệp tỉnh": "assigned"}),
    # s26e: the national chamber of commerce (Luật Hỗ trợ DNNVV 2017; NQ 02/NQ-CP), its "và" inside its name
    ("Sở Tài chính chủ trì, phối hợp với Liên đoàn Thương mại và Công nghiệp Việt Nam tổ chức hội nghị.",
     {"Sở Tài chính": "lead", "Liên đoàn Thương mại và Công nghiệp Việt Nam": "coordinate"}),
])
def test_business_sizes_in_names(text, expected):
    assert named(text) == expected


# A board named as a line of a spending norm (its block opens with a rate or a seat and sets rates per person) is not
# given a task; a body whose task mentions a rate still is.
@pytest.mark.parametrize("text,expected", [
    ("1. Ban Tổ chức (không quá 06 người)\n\na) Mức 400.000 đồng/người/buổi áp dụng đối với Trưởng ban.\n\n"
     "b) Mức 350.000 đồng/người/buổi áp dụng đối với Thành viên.\n2. Ban Giám khảo (không quá 07 người)\n"
     "a) Mức 1.500.000 đồng/người/buổi.", {}),
    ("I\n|\nTốt nghiệp\n|\n1. Ban Chỉ đạo thi\n|\n|\n|\n- Trưởng ban\n|\n692\n|\nngười/ngày\n|\n2. Hội đồng thi\n|\n"
     "- Chủ tịch\n|\n600\n|\nngười/ngày", {}),
    # negatives: tasks
    ("3. Sở Tài chính\na) Bố trí kinh phí theo định mức 200.000 đồng/người/ngày cho đại biểu.\nb) Hướng dẫn quyết toán.",
     {"Sở Tài chính": "assigned"}),
    ("2. Ban Tổ chức hội thi\nXây dựng thể lệ, tổ chức chấm thi; bảo đảm chế độ cho thí sinh.", {"Ban Tổ chức hội thi": "assigned"}),
])
def test_boards_in_spending_norms_are_not_given_tasks(text, expected):
    assert named(text) == expected
# A tab ends a table's cell: a name that ends with its level ("Công an Thành phố", "Thuế tỉnh") does not take
# the capitalised words of the next cell as its place; a place written with spaces still belongs to it.
@pytest.mark.parametrize("text,names", [
    ("2\tTập huấn an toàn thông tin mạng\tCông an Thành phố\tSở Tài chính, Sở Nội vụ\tNăm 2026\n",
     {"Công an Thành phố"}),
    ("5\tRà soát nợ thuế của doanh nghiệp\tThuế tỉnh\tBan Quản lý Khu kinh tế\tQuý II/2026\n", {"Thuế tỉnh"}),
    ("Giao Công an tỉnh Khánh Hòa chủ trì, phối hợp với Ủy ban nhân dân huyện Vạn Ninh triển khai.\n",
     {"Công an tỉnh Khánh Hòa", "Ủy ban nhân dân huyện Vạn Ninh"}),
])
def test_a_name_does_not_run_into_the_next_cell(text, names):
    from extractors.bodies.extract import find_mentions

    found = {m.name for m in find_mentions(text)}
    assert names <= found
    assert not any("\t" in name for name in found)


# A ministry's unit named for two fields joined by a comma (the organisation decrees' "Vụ Kế hoạch, Tài chính", "Cục
# Quản lý Y, Dược cổ truyền") is one name; a list repeats its head, and a department's "Sở X, Y" is not read so.
@pytest.mark.parametrize("text,expected", [
    ("Giao Vụ Kế hoạch, Tài chính chủ trì, phối hợp với Vụ Pháp chế bố trí kinh phí.",
     {"Vụ Kế hoạch, Tài chính": "lead", "Vụ Pháp chế": "coordinate"}),
    ("TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian\n"
     "1 | Thẩm định hồ sơ | Cục Quản lý Y, Dược cổ truyền | Vụ Pháp chế | Năm 2026\n",
     {"Cục Quản lý Y, Dược cổ truyền": "lead", "Vụ Pháp chế": "coordinate"}),
    ("Giao Cục Quản lý khám, chữa bệnh, Cục Quản lý Dược hướng dẫn các bệnh viện.",
     {"Cục Quản lý khám, chữa bệnh": "assigned", "Cục Quản lý Dược": "assigned"}),
    # negatives: a list of units, a unit and the people of the next item, a unit and a place, a unit and its task, a
    # lower-case run that goes on past two words
    ("Giao Vụ Kế hoạch, Vụ Pháp chế chủ trì rà soát.", {"Vụ Kế hoạch": "lead", "Vụ Pháp chế": "lead"}),
    ("Vụ Pháp chế, kiểm tra việc thực hiện.", {"Vụ Pháp chế": "assigned"}),
    ("Giao Cục Thú y, bảo vệ thực vật kiểm tra.", {"Cục Thú y": "assigned"}),
    ("Vụ Pháp chế, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.",
     {"Vụ Pháp chế": "assigned", "Sở Y tế": "assigned"}),
    ("Giao Sở Tài chính, Nội vụ chủ trì hướng dẫn.", {"Sở Tài chính": "lead"}),
])
def test_units_named_for_two_fields(text, expected):
    assert named(text) == expected


# Names cut short: a unit's field in lower-case words of names ("phi chính phủ", "giao lưu văn hóa"), a board's standing
# office named with the board, a school that trains a sector's officials.
@pytest.mark.parametrize("text,expected", [
    ("Vụ Tổ chức phi chính phủ chủ trì, phối hợp với Vụ Pháp chế thẩm định hồ sơ.",
     {"Vụ Tổ chức phi chính phủ": "lead", "Vụ Pháp chế": "coordinate"}),
    ("Trung tâm giao lưu văn hóa tỉnh tổ chức các hoạt động giới thiệu di sản.", {"Trung tâm giao lưu văn hóa tỉnh": "assigned"}),
    ("5. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra, đôn đốc các lực lượng chức năng.",
     {"Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia": "assigned"}),
    ("Giao Văn phòng Thường trực Hội đồng Thi đua - Khen thưởng tỉnh tổng hợp kết quả.",
     {"Văn phòng Thường trực Hội đồng Thi đua - Khen thưởng tỉnh": "assigned"}),
    ("Trường Cán bộ quản lý giáo dục chủ trì tổ chức các lớp bồi dưỡng.", {"Trường Cán bộ quản lý giáo dục": "lead"}),
    ("Giao Trường Cán bộ Thanh tra tổ chức bồi dưỡng nghiệp vụ.", {"Trường Cán bộ Thanh tra": "assigned"}),
    ("Cục Bảo tồn thiên nhiên và Đa dạng sinh học chủ trì, phối hợp với Vụ Pháp chế cập nhật Danh mục loài.",
     {"Cục Bảo tồn thiên nhiên và Đa dạng sinh học": "lead", "Vụ Pháp chế": "coordinate"}),
    # negatives: an office and a board listed apart, officials in lower case, a lower-case school
    ("Văn phòng Sở, Ban Chỉ đạo tỉnh theo dõi việc thực hiện.", {"Văn phòng Sở": "assigned", "Ban Chỉ đạo tỉnh": "assigned"}),
    ("Bồi dưỡng cho Trưởng, Phó trưởng phòng, cán bộ quản lý.", {}),
    ("Trường cán bộ quản lý phải được đầu tư cơ sở vật chất.", {}),
    ("Cục Lâm nghiệp và Kiểm lâm đa dạng hóa các hình thức tuyên truyền.", {"Cục Lâm nghiệp và Kiểm lâm": "assigned"}),
    # negatives: "phủ" and "lưu" away from "chính", "giao" are verbs after a name, not words of it
    ("Trung tâm Viễn thông phủ sóng toàn bộ các xã vùng sâu.", {"Trung tâm Viễn thông": "assigned"}),
    ("Trung tâm Y tế lưu trữ hồ sơ sức khỏe điện tử của người dân.", {"Trung tâm Y tế": "assigned"}),
    ("Hội Liên hiệp phụ nữ lưu động tuyên truyền tại các thôn.", {"Hội Liên hiệp Phụ nữ": "assigned"}),
    # s29d: the Ban Tổ chức's units ("chính trị", "nội bộ", "tổ chức đảng" are words of their names); a board named for a
    # movement in quotes; negatives: "nội" and "trị" alone open a task's words
    ("1. Phòng Cán bộ chủ trì, phối hợp với Phòng Bảo vệ chính trị nội bộ thẩm định hồ sơ.",
     {"Phòng Cán bộ": "lead", "Phòng Bảo vệ chính trị nội bộ": "coordinate"}),
    ("2. Phòng Tổ chức đảng - Đảng viên phối hợp hướng dẫn quy hoạch.", {"Phòng Tổ chức đảng - Đảng viên": "assigned"}),
    ('- Hằng năm, Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh tổ chức lựa chọn mô hình.',
     {'Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh': "assigned"}),
    ("- Phòng Kinh tế nội dung hóa các quy trình.", {"Phòng Kinh tế": "assigned"}),
    ("- Sở Nội vụ tổ chức đảng bộ cơ sở tổng kết.", {"Sở Nội vụ": "assigned"}),
    # s29k: the Front's fund board named after its fund in quotes, before a fund board's own verbs (tiếp nhận, phân bổ)
    ("- Ban vận động Quỹ “Vì người nghèo” tỉnh tiếp nhận, phân bổ nguồn Quỹ theo Quy chế.",
     {"Ban Vận động Quỹ “Vì người nghèo” tỉnh": "assigned"}),
    ("- Ban Quản lý Quỹ “Bảo trợ trẻ em” tỉnh tiếp nhận hồ sơ đề nghị hỗ trợ.", {"Ban Quản lý Quỹ “Bảo trợ trẻ em” tỉnh": "assigned"}),
    ("- Ban Vận động Quỹ tỉnh chủ trì rà soát danh sách hộ được hỗ trợ.", {"Ban Vận động Quỹ tỉnh": "lead"}),
])
def test_names_cut_short(text, expected):
    assert named(text) == expected


# A name wrapped inside a table cell written between rule lines ("|") goes on with the proper name on the next line; a
# line of its own after the name, or a wrap outside a cell, does not.
@pytest.mark.parametrize("text,names", [
    ("|\n47\n|\nNhiệm vụ giao Tổng Giám đốc Tập đoàn Điện lực\nViệt Nam (EVN) chỉ đạo\n|\n|\n48\n|",
     ["Tập đoàn Điện lực Việt Nam", "EVN"]),
    ("|\n1\n|\nXây dựng phương án cấp điện\n|\nTổng công ty Điện lực\nMiền Trung\n|\nQuý II/2026\n|",
     ["Tổng công ty Điện lực Miền Trung"]),
    # negatives
    ("|\n1\n|\nSở Y tế\nThời gian thực hiện: Quý II\n|", ["Sở Y tế"]),
    ("|\n1\n|\nPhòng Kinh tế\nUBND các xã\n|", ["Phòng Kinh tế", "UBND các xã"]),
    ("|\n1\n|\nCông ty Điện lực tỉnh\nHướng dẫn khách hàng sử dụng điện tiết kiệm\n|", ["Công ty Điện lực tỉnh"]),
])
def test_names_wrapped_in_table_cells(text, names):
    from extractors.bodies.extract import find_mentions
    assert [m.name for m in find_mentions(text)] == names


# Companies listed after their plural head and a colon are each the head and their own name; with two heads an item
# takes one only when that name is known; a short name stays as written; a role noun is no company.
@pytest.mark.parametrize("text,expected", [
    ("Giao các Tập đoàn: Điện lực Việt Nam, Dầu khí Việt Nam bảo đảm cung ứng năng lượng.",
     {"Tập đoàn Điện lực Việt Nam": "assigned", "Tập đoàn Dầu khí Việt Nam": "assigned"}),
    ("Giao các Tổng công ty: Điện lực miền Bắc, Bưu điện Việt Nam và Sở Công Thương phối hợp thực hiện.",
     {"Tổng công ty Điện lực miền Bắc": "assigned", "Tổng công ty Bưu điện Việt Nam": "assigned", "Sở Công Thương": "assigned"}),
    ("Các Tập đoàn: Công nghiệp-Năng lượng Quốc gia Việt Nam (PVN), Công nghiệp - Viễn thông Quân đội hỗ trợ tỉnh.",
     {"Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam": "assigned",
      "Tập đoàn Công nghiệp - Viễn thông Quân đội": "assigned"}),
    ("Các Tập đoàn: Điện lực Việt Nam, Công nghiệp\n- Viễn thông Quân đội theo chức năng, nhiệm vụ phối hợp với tỉnh.",
     {"Tập đoàn Điện lực Việt Nam": "assigned", "Tập đoàn Công nghiệp - Viễn thông Quân đội": "assigned"}),
    ("Các Tập đoàn: EVN, VNPT, Viettel bảo đảm hạ tầng.", {"EVN": "assigned", "VNPT": "assigned", "Viettel": "assigned"}),
    # two heads and names not known (which head is each's is not written): the short name in brackets names the item
    ("Các Tập đoàn, Tổng công ty: Điện lực Việt Nam (EVN), Cảng Hàng không Việt Nam (ACV) khẩn trương thực hiện.",
     {"EVN": "assigned", "ACV": "assigned"}),
    ("Đề nghị các Tập đoàn, Tổng công ty: Bưu chính Viễn thông Việt Nam (VNPT), Viễn thông Hà Nội phối hợp thực hiện.",
     {"VNPT": "coordinate", "Viễn thông Hà Nội": "coordinate"}),  # s26d: VNPT's unit of Hà Nội, named by its place
    # negatives: two heads, names not known and no short name, a role noun, a lower-case plural
    ("Các Tập đoàn, Tổng công ty: Điện lực Việt Nam, Cảng Hàng không Việt Nam khẩn trương thực hiện.", {}),
    ("Lãnh đạo các Tập đoàn: Chủ đầu tư các dự án tham dự.", {}),
    ("Các Tập đoàn: Điện lực\n- Viễn thông tỉnh theo chức năng, nhiệm vụ phối hợp với tỉnh.", {}),
    ("Các công ty: Nhà nước cần đổi mới quản trị doanh nghiệp.", {}),
])
def test_companies_listed_after_their_plural(text, expected):
    assert named(text) == expected


# --- s19b3: a closing list goes on after a plural of units qualified by its kind or its owner (COLLECTIVE: UNIT_KIND,
# UNIT_OWNER, CENTRAL_UNIT; OWNED_BY joins a named owner): the bodies after it keep their task.
@pytest.mark.parametrize("text,collective,named", [
    ("Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chức năng Sở, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, Giám đốc "
     "Bệnh viện Đa khoa tỉnh chịu trách nhiệm thi hành Quyết định này.",
     "Trưởng các phòng chức năng Sở", ["Văn phòng Sở", "Trung tâm Kiểm soát bệnh tật tỉnh", "Bệnh viện Đa khoa tỉnh"]),
    ("Điều 3. Chánh Văn phòng UBND huyện, Trưởng các phòng chuyên môn thuộc UBND huyện, Giám đốc Trung tâm Y tế huyện "
     "chịu trách nhiệm thi hành Quyết định này.",
     "Trưởng các phòng chuyên môn thuộc UBND huyện", ["Văn phòng Ủy ban nhân dân huyện", "Trung tâm Y tế huyện"]),
    ("Điều 4. Chánh Văn phòng Sở, Thủ trưởng các đơn vị sự nghiệp trực thuộc Sở, Giám đốc Trung tâm Y tế huyện chịu "
     "trách nhiệm thi hành Quyết định này.",
     "Thủ trưởng các đơn vị sự nghiệp trực thuộc Sở", ["Văn phòng Sở", "Trung tâm Y tế huyện"]),
    ("Điều 3. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở Y tế, Giám đốc Trung tâm Y tế huyện chịu trách nhiệm thi "
     "hành Quyết định này.",
     "Trưởng các phòng thuộc Sở Y tế", ["Văn phòng Sở", "Trung tâm Y tế huyện"]),
    ("3. Giám đốc các sở, ban, ngành, Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân thành phố; Chủ tịch Ủy ban "
     "nhân dân xã, phường chịu trách nhiệm thi hành Quyết định này.",
     "Thủ trưởng các cơ quan, đơn vị thuộc Ủy ban nhân dân thành phố", ["Chủ tịch Ủy ban nhân dân xã, phường"]),
    ("Điều 3. Chánh Văn phòng Bộ, Vụ trưởng các Vụ, Cục trưởng các Cục trực thuộc Bộ, Giám đốc Sở Y tế các tỉnh chịu "
     "trách nhiệm thi hành Quyết định này.",
     "Cục trưởng các Cục trực thuộc Bộ", ["Văn phòng Bộ", "Sở Y tế các tỉnh"]),
    ("Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các Vụ, Cục thuộc Bộ Y tế; Giám đốc Sở Y tế các tỉnh "
     "chịu trách nhiệm thi hành Quyết định này.",
     "Thủ trưởng các Vụ, Cục thuộc Bộ Y tế", ["Văn phòng Bộ", "Vụ Tổ chức cán bộ", "Sở Y tế các tỉnh"]),
])
def test_closing_list_goes_on_after_a_qualified_plural(text, collective, named):
    rows = extract_bodies(text)
    assert collective in [b.name for b in rows if b.kind == "collective"]
    got = {b.name_canonical: b.task for b in rows if b.kind != "collective"}
    assert set(named) <= set(got)
    assert all(got[n].startswith("chịu trách nhiệm thi hành") for n in named)


@pytest.mark.parametrize("text,absent", [
    ("Tăng cường công tác tuyên truyền của các vụ án điển hình.", "các vụ"),  # a plural of cases, not of units
    ("Các thành viên Ban chỉ đạo huyện có trách nhiệm theo dõi địa bàn được phân công.", "Các thành viên Ban"),
])
def test_unit_plurals_need_their_title_or_kind(text, absent):
    assert absent not in [b.name for b in extract_bodies(text)]


@pytest.mark.parametrize("text,absent", [
    ("2. Sở Tài chính quyết định đối với: Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng nhân dân tỉnh; các cơ quan, tổ "
     "chức, đơn vị thuộc Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các cơ quan, tổ chức, đơn vị khác còn lại.",
     "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"),
    ("Ủy ban nhân dân tỉnh quyết định đối với Sở Y tế và các đơn vị sự nghiệp công lập trực thuộc Sở.", "Sở Y tế"),
])
def test_the_object_of_a_verb_after_doi_voi_is_given_nothing(text, absent):
    assert absent not in [b.name_canonical for b in extract_bodies(text)]


@pytest.mark.parametrize("text,absent", [
    ("Tiêu chuẩn, định mức sử dụng máy móc, thiết bị chuyên dùng phục vụ hoạt động của:\nVăn phòng Đoàn Đại biểu Quốc "
     "hội và Hội đồng nhân dân tỉnh; các cơ quan, tổ chức, đơn vị thuộc Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các cơ "
     "quan, tổ chức, đơn vị khác còn lại.", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"),
    ("Kinh phí bảo đảm hoạt động của: Sở Nội vụ, các phòng chuyên môn thuộc Sở và các đơn vị sự nghiệp trực thuộc.",
     "Sở Nội vụ"),
])
def test_a_list_after_cua_colon_is_owners(text, absent):
    assert absent not in [b.name_canonical for b in extract_bodies(text)]


# --- s19b3: a name wrapped at a line's end in prose wrapped at a fixed width goes on (PROSE_LINE_BEFORE,
# WRAPPED_PROSE_NAME): "Tập đoàn Điện lực⏎Việt Nam chỉ đạo …".
@pytest.mark.parametrize("text,name", [
    ("1. Giao Sở Công Thương chủ trì tổ chức triển khai kế hoạch này; đề nghị Tập đoàn Điện lực\n"
     "Việt Nam chỉ đạo Công ty Điện lực tỉnh bảo đảm cung cấp điện.", "Tập đoàn Điện lực Việt Nam"),
    ("- Tăng cường công tác bảo đảm an toàn giao thông tại các điểm giao cắt; giao Tổng công ty Đường sắt\n"
     "Việt Nam chủ trì rà soát, lắp đặt gác chắn tại các lối đi tự mở.", "Tổng công ty Đường sắt Việt Nam"),
    # s29b: an item's line with its task's words before the name wraps as any line of prose
    ("6. Sở Công Thương phối hợp với các cơ quan, đơn vị có liên quan và đề nghị Tổng công ty Điện lực\n"
     "Miền Trung chỉ đạo Công ty Điện lực tỉnh bảo đảm cung cấp điện.", "Tổng công ty Điện lực Miền Trung"),
])
def test_a_name_wrapped_in_prose_goes_on(text, name):
    assert name in [b.name_canonical for b in extract_bodies(text)]


@pytest.mark.parametrize("text,name", [
    ("1. Tập đoàn Điện lực\nViệt Nam là quốc gia có hệ thống điện lớn.", "Tập đoàn Điện lực"),  # a short line: no wrap
    ("- Đề nghị các doanh nghiệp phối hợp thực hiện kế hoạch này theo chỉ đạo của Sở Công Thương.\n"
     "Sở Tài chính bố trí kinh phí.", "Sở Công Thương"),  # the line ends with its sentence
    # the next line opens with a task verb: a new sentence, not the rest of the name
    ("4. Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh và Truyền hình Hà Giang\n"
     "Chỉ đạo các cơ quan truyền thông, báo chí tăng thời lượng tuyên truyền.", "Đài Phát thanh và Truyền hình Hà Giang"),
    ("- Để bảo đảm an toàn thực phẩm tại các khu công nghiệp trên địa bàn, giao Công ty Điện lực Hà Giang\n"
     "Tổ chức kiểm tra định kỳ hệ thống điện.", "Công ty Điện lực Hà Giang"),
    # s29b: an item's line that only names bodies is a heading over its block: it ends where it was ended
    ("6. Công ty TNHH MTV Thủy lợi Bắc Nghệ An, Công ty TNHH MTV Thủy lợi Nam Nghệ An\n"
     "Quản lý, vận hành an toàn các hồ chứa được giao.", "Công ty TNHH MTV Thủy lợi Nam Nghệ An"),
])
def test_a_line_that_is_no_wrap_keeps_its_name(text, name):
    names = [b.name_canonical for b in extract_bodies(text)]
    assert not any(n.startswith(name) and n != name for n in names)


# --- s19b3: a crawled table's cell that holds one name: the words left to the cell's end are the name's, not its task
# (CELL_OPENS, CELL_REST, _cell_end).
@pytest.mark.parametrize("text,name", [
    ("|\n1.\n|\nThủ tục cấp giấy chứng nhận đăng ký quyền liên quan\n|\nBản quyền tác giả\n|\nCục Bản quyền tác giả\n|\n|",
     "Cục Bản quyền tác giả"),
    ("|\n2\n|\nSố đại biểu Hội đồng nhân dân\n|\nChính thức\n|\nTháng 6/2025\n|\nVụ Chính quyền địa phương\n|\n|",
     "Vụ Chính quyền địa phương"),
])
def test_a_name_alone_in_a_cell_runs_to_its_end(text, name):
    from extractors.bodies.extract import find_mentions
    assert name in [m.canonical for m in find_mentions(text)]
    assert not [b for b in extract_bodies(text) if b.task and len(b.task.split()) <= 4]  # no fragment of a cell as a task


@pytest.mark.parametrize("text,name,task", [
    ("|\n3\n|\nKiểm tra an toàn thực phẩm\n|\nSở Y tế thực hiện\n|\n|", "Sở Y tế", "thực hiện"),  # a verb: the task
    ("|\n4\n|\nRà soát hồ sơ\n|\nPhòng Kinh tế chủ trì\n|\n|", "Phòng Kinh tế", "chủ trì"),
])
def test_a_verb_left_in_the_cell_stays_the_task(text, name, task):
    assert (name, task) in [(b.name_canonical, b.task) for b in extract_bodies(text)]


# --- s20b: a unit named with the body it belongs to, no comma between (UNIT_HEAD_WORDS, PARENT_OF_NAMED_UNIT,
# _parent_end): one body, named with its parent, given the role that follows; a comma or "với" keeps two bodies.
@pytest.mark.parametrize("text,expected", [
    ("Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh chủ trì hướng dẫn cơ sở Hội kiện toàn tổ chức.",
     {"Ban Tổ chức - Kiểm tra Hội Nông dân tỉnh": "lead"}),
    ("Hai bên giao Văn phòng Sở Nông nghiệp và Môi trường và Ban Kinh tế - Xã hội Hội\nNông dân tỉnh làm đầu mối theo dõi.",
     {"Văn phòng Sở Nông nghiệp và Môi trường": "lead", "Ban Kinh tế - Xã hội Hội Nông dân tỉnh": "lead"}),
    ("Vụ Pháp chế Bộ Tư pháp chủ trì thẩm định dự thảo Nghị định.", {"Vụ Pháp chế Bộ Tư pháp": "lead"}),
    ("Phòng Cảnh sát kinh tế Công an tỉnh chủ trì, phối hợp với Sở Công Thương kiểm tra thị trường.",
     {"Phòng Cảnh sát kinh tế Công an tỉnh": "lead", "Sở Công Thương": "coordinate"}),
    ("Ban Phong trào Tỉnh đoàn chủ trì phát động chiến dịch thanh niên tình nguyện hè.", {"Ban Phong trào Tỉnh đoàn": "lead"}),
    # s24f: the boards of a Party committee (Điều lệ Đảng; the commune committee's boards after 2025)
    ("Ủy ban Kiểm tra Đảng ủy xã chủ trì, phối hợp với Văn phòng Đảng ủy xã, Ban Xây dựng Đảng Đảng ủy xã tham mưu.",
     {"Ủy ban Kiểm tra Đảng ủy xã": "lead", "Văn phòng Đảng ủy xã": "coordinate", "Ban Xây dựng Đảng Đảng ủy xã": "coordinate"}),
    ("Ban Tuyên giáo và Dân vận Đảng ủy phường chủ trì tuyên truyền.", {"Ban Tuyên giáo và Dân vận Đảng ủy phường": "lead"}),
    # negatives: the parent after "với" or a comma is another body
    ("Ban Xây dựng Đảng phối hợp với Đảng ủy Ủy ban nhân dân xã rà soát.",
     {"Ban Xây dựng Đảng": "assigned", "Đảng ủy Ủy ban nhân dân xã": "coordinate"}),
    ("Phòng Văn hóa - Xã hội phối hợp với Hội Nông dân xã tuyên truyền đến hội viên.",
     {"Phòng Văn hóa - Xã hội": "assigned", "Hội Nông dân xã": "coordinate"}),
    ("Phòng Kinh tế, Hội Nông dân xã tuyên truyền đến hội viên.", {"Phòng Kinh tế": "assigned", "Hội Nông dân xã": "assigned"}),
])
def test_a_unit_named_with_its_parent(text, expected):
    assert named(text) == expected


# --- s20b: central bodies of the mass organisations and the Party named in full (names.tsv): "Trung ương Hội …", the
# short "Trung ương Đoàn", "Ban Chính sách, chiến lược Trung ương" (a name with a comma, over a wrap).
@pytest.mark.parametrize("text,expected", [
    ("Kiến nghị Trung ương Hội Nông dân Việt Nam quan tâm hỗ trợ nguồn lực cho tỉnh.", {"Trung ương Hội Nông dân Việt Nam": "requested"}),
    ("Đề nghị Trung ương Đoàn quan tâm hỗ trợ kinh phí tổ chức chiến dịch.", {"Trung ương Đoàn": "requested"}),
    ("Chủ trì, phối hợp với Ban Chính sách, chiến lược\nTrung ương, Bộ Khoa học và Công nghệ nghiên cứu cơ chế.",
     {"Ban Chính sách, chiến lược Trung ương": "coordinate", "Bộ Khoa học và Công nghệ": "coordinate"}),
    # negative: the provincial union is not the central one
    ("Đề nghị Hội Nông dân tỉnh vận động hội viên tham gia.", {"Hội Nông dân tỉnh": "requested"}),
])
def test_central_bodies_of_mass_organisations(text, expected):
    assert named(text) == expected


# --- s20b: a branch named by its province after a bank's or an agency's name (REGION): "chi nhánh tỉnh Lâm Đồng".
@pytest.mark.parametrize("text,expected", [
    ("Quỹ Hỗ trợ nông dân phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh Lâm Đồng ưu tiên cho vay.",
     {"Quỹ Hỗ trợ nông dân": "assigned", "Ngân hàng Chính sách xã hội chi nhánh tỉnh Lâm Đồng": "coordinate"}),
    ("Ngân hàng Nhà nước Chi nhánh tỉnh Quảng Trị chỉ đạo các tổ chức tín dụng giảm lãi suất.",
     {"Ngân hàng Nhà nước Chi nhánh tỉnh Quảng Trị": "assigned"}),
    # negative: the branch of a region keeps its region
    ("Ngân hàng Nhà nước chi nhánh Khu vực 9 chỉ đạo các tổ chức tín dụng giảm lãi suất.",
     {"Ngân hàng Nhà nước chi nhánh Khu vực 9": "assigned"}),
    # s24e: a commercial bank's branch named by a place of its own, in a list that goes on after it; a market's board
    ("Phòng Kinh tế chủ trì, phối hợp với Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh Bắc Thanh Hóa, "
     "Bưu điện tỉnh Thanh Hóa hướng dẫn hộ kinh doanh.",
     {"Phòng Kinh tế": "lead", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam chi nhánh Bắc Thanh Hóa": "coordinate",
      "Bưu điện tỉnh Thanh Hóa": "coordinate"}),
    ("Ban quản lý chợ Hàm Rồng phối hợp triển khai mô hình chợ 4.0.", {"Ban Quản lý chợ Hàm Rồng": "assigned"}),
    # s24e: a power company's (or the post's) local unit named by its place with no level word
    ("Điện lực Hải Lăng kiểm tra hệ thống lưới điện trước mùa mưa bão.", {"Điện lực Hải Lăng": "assigned"}),
    ("Điện lực tỉnh kiểm tra hệ thống lưới điện.", {"Điện lực tỉnh": "assigned"}),  # a level word: as before
    # negative: a lower-case word after "chi nhánh" is no place
    ("Ngân hàng Nông nghiệp và Phát triển Nông thôn chi nhánh huyện phối hợp thực hiện.",
     {"Ngân hàng Nông nghiệp và Phát triển Nông thôn": "assigned"}),
    # a heading's name, its task on the next line (s22g): the place ends with the line
    ("10. Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh Tuyên Quang\nBảo đảm nguồn vốn cho vay đối với hộ nghèo.",
     {"Ngân hàng Chính sách xã hội chi nhánh tỉnh Tuyên Quang": "requested"}),
    ("11. Đề nghị Công an tỉnh Tuyên Quang\nHướng dẫn các xã triển khai.", {"Công an tỉnh Tuyên Quang": "requested"}),
    # a province whose name has three syllables goes on over the line's end whole (rev1; the first as normalise leaves it)
    ("2. Ủy ban nhân dân tỉnh Thừa Thiên\nHuế Phối hợp triển khai các nhiệm vụ.", {"Ủy ban nhân dân tỉnh Thừa Thiên Huế": "assigned"}),
    ("3. Đề nghị Ủy ban nhân dân Thành phố Hồ Chí\nMinh phối hợp thực hiện.", {"Ủy ban nhân dân Thành phố Hồ Chí Minh": "coordinate"}),
    ("Công an TP. Hồ Chí\nMinh chủ trì, phối hợp với Sở Y tế.", {"Công an Thành phố Hồ Chí Minh": "lead", "Sở Y tế": "coordinate"}),
    # a province-level city whose name has one syllable is a place before lower case too (rev12)
    ("Đề nghị Thuế thành phố Huế đối chiếu với quy định của pháp luật.", {"Thuế thành phố Huế": "requested"}),
    ("Giao Sở Tài chính thành phố Huế chủ trì, phối hợp với Sở Xây dựng.",
     {"Sở Tài chính thành phố Huế": "lead", "Sở Xây dựng": "coordinate"}),
    # negative: another one-syllable capital before lower case is still a sentence's word
    ("Giao UBND huyện Mở chuyên trang tuyên truyền.", {"Ủy ban nhân dân huyện": "assigned"}),
])
def test_a_branch_named_by_its_province(text, expected):
    assert named(text) == expected


# --- s20b: a body named by its level relative to another's ("… cùng cấp": each subject's own) is a plural, no named
# body (GENERIC_AFTER).
@pytest.mark.parametrize("text,expected", [
    ("Hội Nông dân các xã phối hợp với Ủy ban nhân dân cùng cấp tuyên truyền.", {"Hội Nông dân các xã": "assigned"}),
    ("Công an các xã, phường phối hợp với Ban Chỉ huy Quân sự cùng cấp tuần tra.", {"Công an các xã, phường": "assigned"}),
    # negative: a named level stays a named body
    ("Hội Nông dân các xã phối hợp với Ủy ban nhân dân xã tuyên truyền.",
     {"Hội Nông dân các xã": "assigned", "Ủy ban nhân dân xã": "coordinate"}),
])
def test_a_body_of_the_same_level_is_no_named_body(text, expected):
    assert named(text) == expected


# --- s20b: "TP." with its dot before a city's name is the city's level word (JURISDICTION_WORD, CITY_WITH_DOT), and
# the dot ends no sentence inside the name.
@pytest.mark.parametrize("text,expected", [
    ("Giao Ủy ban nhân dân TP. Hà Nội chủ trì, phối hợp với Bộ Xây dựng thực hiện.",
     {"Ủy ban nhân dân Thành phố Hà Nội": "lead", "Bộ Xây dựng": "coordinate"}),
    ("Công an TP. Hồ Chí Minh phối hợp với Sở Y tế kiểm tra.", {"Công an Thành phố Hồ Chí Minh": "assigned", "Sở Y tế": "coordinate"}),
    # negative: "TP." ending a sentence is no city
    ("Giao Sở Xây dựng rà soát quy hoạch các đô thị loại II, TP. Sở Tài chính bố trí kinh phí.",
     {"Sở Xây dựng": "assigned", "Sở Tài chính": "assigned"}),
])
def test_a_city_written_tp_dot(text, expected):
    assert named(text) == expected


# --- s20b: bare heads before a body named with its level and its place share both ("Hội đồng nhân dân, Ủy ban nhân
# dân tỉnh Gia Lai"; LEVEL_AT_END takes the place after the level).
@pytest.mark.parametrize("text,expected", [
    ("Hội đồng nhân dân, Ủy ban nhân dân tỉnh Gia Lai tổ chức thi hành Nghị quyết này.",
     {"Hội đồng nhân dân tỉnh Gia Lai": "assigned", "Ủy ban nhân dân tỉnh Gia Lai": "assigned"}),
    ("Hội Nông dân, Hội Cựu chiến binh huyện Vạn Ninh vận động hội viên tham gia.",
     {"Hội Nông dân huyện Vạn Ninh": "assigned", "Hội Cựu chiến binh huyện Vạn Ninh": "assigned"}),
    # negative: a body with its own level keeps it
    ("Ủy ban nhân dân tỉnh, Hội Nông dân huyện Vạn Ninh vận động hội viên tham gia.",
     {"Ủy ban nhân dân tỉnh": "assigned", "Hội Nông dân huyện Vạn Ninh": "assigned"}),
])
def test_bare_heads_share_the_place_of_the_last(text, expected):
    assert named(text) == expected


# --- s20b: a board's name that lists the zones it manages ("Ban Quản lý các khu công nghiệp, khu kinh tế") or names the
# high-technology farm zone ("Khu Nông nghiệp ứng dụng Công nghệ cao", Luật Công nghệ cao 2008) runs on.
@pytest.mark.parametrize("text,expected", [
    ("Ban Quản lý các khu công nghiệp, khu kinh tế chủ trì rà soát quỹ đất.", {"Ban Quản lý các khu công nghiệp, khu kinh tế": "lead"}),
    ("Sở Tài chính, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên có trách nhiệm hướng dẫn nhà đầu tư.",
     {"Sở Tài chính": "assigned", "Ban Quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên": "assigned"}),
    # negatives: another body after the comma; "ứng dụng" as the task's verb
    ("Ban Quản lý các khu công nghiệp, Sở Tài chính phối hợp thực hiện.",
     {"Ban Quản lý các khu công nghiệp": "assigned", "Sở Tài chính": "assigned"}),
    ("Trung tâm Khuyến nông ứng dụng công nghệ cao vào sản xuất lúa.", {"Trung tâm Khuyến nông": "assigned"}),
    # s28b: an economic zone's board that runs the province's industrial zones too names them after "và"
    ("Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi vận động các doanh nghiệp lắp đặt.",
     {"Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi": "assigned"}),
    ("Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp chủ trì, phối hợp với Sở Xây dựng rà soát quỹ đất.",
     {"Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp": "lead", "Sở Xây dựng": "coordinate"}),
    # negative: a body named for no zone keeps its name before "và các khu công nghiệp"
    ("Công an tỉnh phối hợp với Sở Tài chính và các khu công nghiệp kiểm tra an toàn.",
     {"Công an tỉnh": "assigned", "Sở Tài chính": "coordinate"}),
])
def test_a_board_named_for_its_zones(text, expected):
    assert named(text) == expected


# s36a: "công nghiệp hỗ trợ" (supporting industry, Nghị định 111/2015/NĐ-CP) is a noun inside a name; "hỗ trợ" after a body
# is still its task's verb.
@pytest.mark.parametrize("text,expected", [
    ("Đề nghị Hiệp hội Doanh nghiệp công nghiệp hỗ trợ Việt Nam cung cấp thông tin về doanh nghiệp hội viên.",
     {"Hiệp hội Doanh nghiệp công nghiệp hỗ trợ Việt Nam": "requested"}),
    ("Sở Công Thương hỗ trợ doanh nghiệp công nghiệp hỗ trợ tham gia chuỗi cung ứng.", {"Sở Công Thương": "assigned"}),
])
def test_supporting_industry_inside_a_name(text, expected):
    assert named(text) == expected


# --- s20b: a state fund named after "Quỹ" with a capital is a body when given a task (heads.tsv); a fund only given
# money is not.
@pytest.mark.parametrize("text,expected", [
    ("Quỹ Hỗ trợ nông dân tỉnh phối hợp với Sở Tài chính quản lý nguồn vốn.", {"Quỹ Hỗ trợ nông dân tỉnh": "assigned", "Sở Tài chính": "coordinate"}),
    ("Giao Quỹ Bảo vệ và Phát triển rừng tỉnh chủ trì chi trả dịch vụ môi trường rừng.", {"Quỹ Bảo vệ và Phát triển rừng tỉnh": "lead"}),
    ("Vận động cán bộ, đảng viên ủng hộ Quỹ Vì người nghèo của tỉnh.", {}),
    ("Sở Tài chính bố trí từ quỹ dự phòng để khắc phục hậu quả.", {"Sở Tài chính": "assigned"}),
])
def test_state_funds_given_a_task(text, expected):
    assert named(text) == expected


# --- s20b: an award quota after the award's verb ("Xét tối đa 15 tập thể …") gives the body no task (QUOTA); a
# block that asks the body to choose and propose still does.
@pytest.mark.parametrize("text,expected", [
    ("Điều 7. Chỉ tiêu khen thưởng\n3. Ủy ban nhân dân xã, phường:\nXét tối đa 15 tập thể và 30 cá nhân.\n"
     "4. Sở Nội vụ:\nĐề nghị khen thưởng không quá 05 tập thể.", {}),
    ("3. Ủy ban nhân dân các xã, phường:\nXét chọn và đề nghị khen thưởng các tập thể tiêu biểu.",
     {"Ủy ban nhân dân các xã, phường": "assigned"}),
])
def test_award_quotas_after_the_verb(text, expected):
    assert named(text) == expected


# --- s20b: what a unit's charter says it is ("… là tổ chức hành chính thuộc Sở …", "… có tư cách pháp nhân") is no
# task (NOT_A_TASK); "là cơ quan thường trực" still leads.
@pytest.mark.parametrize("text,expected", [
    ("Điều 1. Vị trí và chức năng\n1. Chi cục Kiểm lâm là tổ chức hành chính thuộc Sở Nông nghiệp và Môi trường.\n"
     "2. Chi cục Kiểm lâm (sau đây viết tắt là Chi cục) có tư cách pháp nhân, có con dấu và tài khoản riêng.", {}),
    ("1. Sở Xây dựng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.", {}),
    ("Sở Công Thương là cơ quan thường trực, có trách nhiệm theo dõi, tổng hợp.", {"Sở Công Thương": "lead"}),
])
def test_a_charter_definition_is_no_task(text, expected):
    assert named(text) == expected


def test_a_definition_that_gives_a_task_keeps_it():
    assert named("2. Sở Khoa học và Công nghệ là cơ quan chuyên môn được UBND tỉnh giao chủ trì tham mưu triển khai "
                 "Kế hoạch.").keys() == {"Sở Khoa học và Công nghệ"}


# --- s20b: a clause that opens with when it happens ("Từ tháng 8 đến tháng 10 năm 2026, ", "Trong năm 2026, ", "Quý
# I/2026, ") still has the body after it as its subject (CLAUSE_OPENING).
@pytest.mark.parametrize("text,expected", [
    ("Từ tháng 8 đến tháng 10 năm 2026, Thanh tra Bộ chủ trì, phối hợp với Cục Di sản văn hóa tổ chức các đoàn kiểm tra.",
     {"Thanh tra Bộ": "lead", "Cục Di sản văn hóa": "coordinate"}),
    ("Trong năm 2026, Sở Y tế chủ trì kiểm tra an toàn thực phẩm.", {"Sở Y tế": "lead"}),
    # negative: a past date opening a report of what was done names no subject given a task
    ("Năm 2024, đoàn công tác của Bộ Y tế đã làm việc tại tỉnh.", {}),
    ("Ngày 21/8/2025, Cục Thuế có công văn số 3316/CT-CS về việc triển khai Nghị định.", {}),  # a letter's narration
    ("Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Thanh Hóa, Thủ tướng Chính phủ Phạm Minh Chính đã đến thăm Trạm Y tế.", {}),
])
def test_a_clause_opening_with_its_time(text, expected):
    assert named(text) == expected


# --- s20b: the fields a body serves, listed in lower case, run to the task's first word or a level, not only to
# punctuation (LOWER_DOMAINS_BEFORE_TASK); a list of other things stays out of the name.
@pytest.mark.parametrize("text,expected", [
    ("b) Cục Di sản văn hóa chủ trì, phối hợp với Trường Cán bộ quản lý văn hóa, thể thao và du lịch tổ chức ít nhất 03 lớp.",
     {"Cục Di sản văn hóa": "lead", "Trường Cán bộ quản lý văn hóa, thể thao và du lịch": "coordinate"}),
    ("Giao Trung tâm Văn hóa, thể thao và truyền thông xã tổ chức giải chạy.",
     {"Trung tâm Văn hóa, thể thao và truyền thông xã": "assigned"}),
    # negative: a plural after the comma is another item
    ("Phòng Văn hóa, thông tin và các đơn vị liên quan tổ chức tuyên truyền.", {"Phòng Văn hóa": "assigned"}),
])
def test_lower_case_fields_before_the_task(text, expected):
    assert named(text) == expected
# Headings of bodies numbered as Word's list styles paste them ("1)", "(1)", "(a)", "▪"), and task items under them
# numbered so: the block under the heading is the body's, as under "1." / "a)" / "-".
@pytest.mark.parametrize("text,expected", [
    ("V. TỔ CHỨC THỰC HIỆN\n\n1) Sở Giáo dục và Đào tạo\n\n(1) Chủ trì, phối hợp với các sở, ngành xây dựng kế hoạch.\n\n"
     "(2) Tổ chức tập huấn cho giáo viên mầm non.\n\n2) Sở Tài chính\n\n(1) Bố trí kinh phí thực hiện Chương trình.\n",
     {"Sở Giáo dục và Đào tạo": "lead", "Sở Tài chính": "assigned"}),
    ("IV. TỔ CHỨC THỰC HIỆN\n(1) Phòng Văn hóa và Thông tin\n(a) Phối hợp với Phòng Nội vụ tuyên truyền Kế hoạch.\n"
     "(2) Ủy ban nhân dân các xã, thị trấn\n(a) Triển khai thực hiện Kế hoạch tại địa phương.\n",
     {"Phòng Văn hóa và Thông tin": "coordinate", "Phòng Nội vụ": "coordinate", "Ủy ban nhân dân các xã, thị trấn": "assigned"}),
    ("VII. TỔ CHỨC THỰC HIỆN\n1) Giao Phòng Nội vụ làm đầu mối hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n",
     {"Phòng Nội vụ": "lead"}),
    ("3. Trách nhiệm thực hiện\n▪ Sở Y tế:\nChủ trì hướng dẫn các cơ sở y tế triển khai tiêm chủng.\n▪ Sở Tài chính:\nBố trí kinh phí.\n",
     {"Sở Y tế": "lead", "Sở Tài chính": "assigned"}),
])
def test_headings_numbered_by_word_list_styles(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("text", [
    # a numbered item that names no body in its heading: no heading row
    "1) Mục đích\n(1) Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.\n",
])
def test_word_list_style_items_without_bodies(text):
    assert named(text) == {}


# --- s20n: a body's heading whose outline label was lost (Word's automatic numbering copied as text): the name alone on
# its line, the tasks on the next line opening with a verb of duty (P.TASK_OPENING), is the heading over its block.
@pytest.mark.parametrize("text,expected", [
    ("TỔ CHỨC THỰC HIỆN\n\nSở Giáo dục và Đào tạo\n\nChủ trì, phối hợp với các sở, ngành xây dựng kế hoạch.\n\n"
     "Tổ chức tập huấn cho giáo viên mầm non.\n\nSở Nội vụ\n\nPhối hợp thẩm định hồ sơ khen thưởng.\n\n"
     "Sở Tài chính\n\nBố trí kinh phí thực hiện Chương trình.\n",
     {"Sở Giáo dục và Đào tạo": "lead", "Sở Nội vụ": "coordinate", "Sở Tài chính": "assigned"}),
    ("Tổ chức thực hiện\nCông an tỉnh:\nChủ trì tham mưu Ủy ban nhân dân tỉnh triển khai Chương trình.\n"
     "Ủy ban nhân dân các xã, phường\nTriển khai thực hiện Kế hoạch này trên địa bàn.\n"
     "Đề nghị Ủy ban MTTQ Việt Nam tỉnh\nPhối hợp tuyên truyền, vận động Nhân dân tham gia.\n",
     {"Công an tỉnh": "lead", "Ủy ban nhân dân các xã, phường": "assigned",
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "requested"}),
    ("Trách nhiệm của các cơ quan.\nSở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình tỉnh\n\n"
     "Căn cứ chức năng, nhiệm vụ, chỉ đạo các cơ quan báo chí tăng thời lượng tuyên truyền.\n",
     {"Sở Văn hóa, Thể thao và Du lịch": "assigned", "Báo và Phát thanh, Truyền hình tỉnh": "assigned"}),
])
def test_unnumbered_body_headings(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("text", [
    # members of a committee listed one a line: no task follows any of them
    "Thành phần Tổ công tác gồm:\nSở Tài chính\nSở Nội vụ\nSở Y tế\n",
    # items of a list ending with ";": whom the plan is for, not headings
    "Đối tượng tham gia:\nỦy ban nhân dân xã, phường trên địa bàn tỉnh;\nTổ chức tập huấn cho cán bộ xã.\n",
    # a sentence wrapped at the name: the name continues the sentence before
    "Giao Phòng Kinh tế phối hợp với\nSở Tài chính\nTổ chức kiểm tra định kỳ.\n",
    # a name alone before a line that opens with no verb of duty (a letterhead, a number)
    "Sở Tài chính\n\nSố: 123/KH-STC\n",
])
def test_unnumbered_body_names_that_are_not_headings(text):
    assert "Sở Tài chính" not in named(text) and "Ủy ban nhân dân xã, phường" not in named(text)


# An unnumbered body heading is not read among a table's rows: a PDF table whose cells come out of order leaves a
# body's name alone on a line between cells ("Ninh Bình.⏎HĐND tỉnh⏎Nghiên cứu …"), with tab-separated rows around it;
# the same lines in prose are a heading.
@pytest.mark.parametrize("text,expected", [
    ("Phụ lục\n4\tTrình ban hành Đề án\tSở Nông nghiệp và Môi trường\nNinh Bình.\nHĐND tỉnh\n"
     "Nghiên cứu bổ sung chức năng, nhiệm vụ cho Quỹ.\n5\tQuý I/2025\ttỉnh Ninh Bình\n", {}),
    ("Bảng phân công\n1\tRà soát\tQuý II/2026\nHoàn thành.\nSở Tư pháp\nTham mưu thẩm định văn bản.\n2\tTập huấn\tQuý III/2026\n", {}),
    ("III. TỔ CHỨC THỰC HIỆN\n\nThực hiện đúng tiến độ.\nSở Tư pháp\nTham mưu thẩm định văn bản quy phạm pháp luật.\n",
     {"Sở Tư pháp": "assigned"}),
])
def test_no_unnumbered_heading_among_table_rows(text, expected):
    assert named(text) == expected


# A line of a form to fill in (the model application, report or decision an annex gives) names bodies in the form's
# wording, not the document's assignments: a blank standing as a word ("ông (bà) ………", "…….(03)…….."), a placeholder
# ("<Cơ quan, đơn vị>", "(Tên cơ quan, tổ chức)") or the applicant's own voice ("tôi/chúng tôi trân trọng đề nghị").
# A list that goes on ("…, điện toán đám mây....") and a campaign's name in the first person are the document's.
@pytest.mark.parametrize("text,expected", [
    ("Mẫu số 03\n\nHội đồng ……… kính đề nghị Bộ trưởng Bộ Y tế xem xét, quyết định.\n", {}),
    ("Mẫu số 02\n\n<Cơ quan, đơn vị> trân trọng đề nghị Trung tâm Chuyển đổi số cấp mới hộp thư điện tử công vụ.\n", {}),
    ("3. Căn cứ quy định của pháp luật về di sản văn hóa, tôi/chúng tôi trân trọng đề nghị Bộ trưởng Bộ Văn hóa, "
     "Thể thao và Du lịch cấp giấy phép.\n", {}),
    ("(Tên cơ quan, tổ chức) đề nghị UBND thành phố Hà Nội xét, tặng thưởng danh hiệu cho ... cá nhân.\n", {}),
    ("Hội đồng xét tặng cấp cơ sở (tên đơn vị) đề nghị Bộ trưởng Bộ Y tế tặng giải thưởng.\n", {}),
    # a blank at the line's end: longer than an ellipsis and a stop, or after a label's colon
    ("Mẫu số 04\n\nSở Nội vụ đề nghị Ủy ban nhân dân tỉnh khen thưởng cho ông (bà) ………\n", {}),
    ("Mẫu số 07\n\nGiao Phòng Văn hóa - Xã hội chủ trì, phối hợp với: ….\n", {}),
    # negatives: the document's own lines
    # a name's alias in parentheses states the name, it leaves nothing to fill in
    ("Sở Công an chủ trì thành lập Tổ công tác triển khai Đề án 06 (tên gọi tắt là Tổ công tác 06), phối hợp với Sở "
     "Tư pháp hoàn thành trong quý II.\n", {"Sở Công an": "lead", "Sở Tư pháp": "coordinate"}),
    ("Giao Sở Khoa học và Công nghệ chủ trì xây dựng Nền tảng số dùng chung (tên viết tắt: NDXP tỉnh), Sở Tài chính "
     "bố trí kinh phí.\n", {"Sở Khoa học và Công nghệ": "lead"}),
    ("3. Sở Tư pháp chủ trì thành lập Trung tâm Trọng tài thương mại (tên tiếng Anh: Commercial Arbitration Centre), "
     "phối hợp với Sở Nội vụ thẩm định.\n", {"Sở Tư pháp": "lead", "Sở Nội vụ": "coordinate"}),
    ("2. Sở Khoa học và Công nghệ chủ trì ứng dụng trí tuệ nhân tạo, chuỗi khối, điện toán đám mây....\n",
     {"Sở Khoa học và Công nghệ": "lead"}),
    ("3. Sở Văn hóa, Thể thao và Du lịch tổ chức cuộc thi “Tôi yêu Tổ quốc tôi” trong tháng 5.\n",
     {"Sở Văn hóa, Thể thao và Du lịch": "assigned"}),
    # a list that ends the sentence with an ellipsis and a full stop
    ("2. Sở Y tế chủ trì, phối hợp với Sở Giáo dục và Đào tạo tổ chức khám sức khỏe cho học sinh, tiêm chủng, phòng "
     "chống dịch bệnh, tuyên truyền, vận động ….\n", {"Sở Y tế": "lead", "Sở Giáo dục và Đào tạo": "coordinate"}),
    ("b) Sở Nông nghiệp và Môi trường chủ trì kiểm tra, giám sát, xử lý vi phạm .... Công an tỉnh phối hợp.\n",
     {"Sở Nông nghiệp và Môi trường": "lead", "Công an tỉnh": "assigned"}),
    ("- Sở Xây dựng hướng dẫn các xã nạo vét, khơi thông cống rãnh, thu gom rác thải, ….\n", {"Sở Xây dựng": "assigned"}),
])
def test_a_line_of_a_form_to_fill_in_assigns_nothing(text, expected):
    assert named(text) == expected


    assert named(text) == expected


# s21b: the provincial civil judgment enforcement agency since 2025 (Thông tư 24/2025/TT-BTP khoản 6: "Cục Thi hành án dân
# sự tỉnh, thành phố trực thuộc Trung ương" thành "Thi hành án dân sự tỉnh, thành phố"), a body when its level follows;
# the activity "thi hành án dân sự" and the ministry's "Cục Quản lý Thi hành án dân sự" are no such body.
@pytest.mark.parametrize("text,expected", [
    ("Đề nghị Thi hành án dân sự tỉnh tổ chức thi hành dứt điểm các khoản thu hồi tài sản.",
     {"Thi hành án dân sự tỉnh": "requested"}),
    ("Sở Tư pháp chủ trì, phối hợp với Thi hành án dân sự thành phố Hà Nội rà soát các vụ việc tồn đọng.",
     {"Sở Tư pháp": "lead", "Thi hành án dân sự thành phố Hà Nội": "coordinate"}),
    ("Cục Quản lý Thi hành án dân sự hướng dẫn nghiệp vụ cho các địa phương.",
     {"Cục Quản lý Thi hành án dân sự": "assigned"}),
    ("b) Cục trưởng Cục Quản lý Thi hành án dân sự.", {}),
    ("Nâng cao hiệu quả công tác thi hành án dân sự tỉnh trong năm 2026.", {}),
])
def test_civil_judgment_enforcement_2025(text, expected):
    assert named(text) == expected


# s21b: a police unit known by its code, letters and number written as one word ("Phòng PC06", "Phòng PA03"): the code is
# the whole name, never cut before its number; in parentheses after the police it stays the police's sub-unit.
@pytest.mark.parametrize("text,expected", [
    ("Giao Phòng PC06 Công an tỉnh hướng dẫn cấp căn cước cho công dân.", {"Phòng PC06 Công an tỉnh": "assigned"}),
    ("Phòng PA03 chủ trì, phối hợp với Phòng PX01 rà soát địa bàn.", {"Phòng PA03": "lead", "Phòng PX01": "coordinate"}),
    ("Công an tỉnh (Phòng PA05) chủ trì bảo đảm an ninh mạng.", {"Công an tỉnh": "lead"}),
    ("Sở GTVT tỉnh chủ trì kiểm tra 25 tuyến đường.", {"Sở Giao thông vận tải tỉnh": "lead"}),
    # s28c: the code ends the name ("… Phòng PA05 điều tra, khám phá …": the task); a unit named in full with its code in
    # parentheses is that unit where the document later calls it by its code; the A05 department and its provincial office
    ("Chủ trì, phối hợp với Phòng PA05 điều tra, khám phá các vụ lừa đảo.", {"Phòng PA05": "coordinate"}),
    ("Phòng Cảnh sát hình sự (PC02) chủ trì truy bắt; Phòng PC02 phối hợp với Phòng PA05 rà soát.",
     {"Phòng Cảnh sát hình sự": "lead", "Phòng PA05": "coordinate"}),
    ("- Phối hợp với Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao truy vết dòng tiền.",
     {"Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao": "coordinate"}),
    ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) chủ trì; Phòng Cảnh sát hình sự phối hợp với "
     "Phòng PA05 điều tra.", {"Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao": "lead",
                               "Phòng Cảnh sát hình sự": "assigned"}),
])
def test_police_units_by_code(text, expected):
    assert named(text) == expected


# s32c: a task table's cells call a unit by its code after the text named it in full with the code ("Phòng Cảnh sát hình sự
# (PC02)" in the text, "Phòng PC02" in the "Cơ quan chủ trì" column): the same unit; a code the text never spells out stays.
def test_police_units_by_code_in_a_task_table():
    text = ("2. Phòng Cảnh sát hình sự (PC02) chủ trì đấu tranh với tội phạm về vũ khí.\n\n"
            "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
            "1\tĐấu tranh với đường dây mua bán vũ khí qua mạng xã hội\tPhòng PC02\tPhòng PA05\tQuý II/2027\n")
    assert named(text) == {"Phòng Cảnh sát hình sự": "lead", "Phòng PA05": "coordinate"}


# s21b: the police's units named by their work, with the field after "về" (Luật Tổ chức cơ quan điều tra hình sự 2015,
# Điều 18-19; Nghị định 02/2025/NĐ-CP): the whole name, not cut at "điều" or "về"; "về" after another body is its task.
@pytest.mark.parametrize("text,expected", [
    ("Công an tỉnh chỉ đạo Phòng Cảnh sát điều tra tội phạm về ma túy mở đợt cao điểm.",
     {"Công an tỉnh": "assigned", "Phòng Cảnh sát điều tra tội phạm về ma túy": "assigned"}),
    ("Phối hợp với Cục Cảnh sát quản lý hành chính về trật tự xã hội cập nhật dữ liệu dân cư.",
     {"Cục Cảnh sát quản lý hành chính về trật tự xã hội": "coordinate"}),
    ("Phòng Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ phối hợp xác minh.",
     {"Phòng Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ": "assigned"}),
    ("Sở Y tế chủ trì về ma túy học đường.", {"Sở Y tế": "lead"}),
    ("Phòng Cảnh sát kinh tế chủ trì về kinh tế tư nhân.", {"Phòng Cảnh sát kinh tế": "lead"}),
])
def test_police_units_named_by_field(text, expected):
    assert named(text) == expected


# s21b: boards named after the work they steer or command run to their level also when their own task opens with a
# board's verb ("… tỉnh chỉ đạo …", "… tỉnh hướng dẫn …"), and the command boards of disaster prevention and civil
# defence (Luật Phòng, chống thiên tai 2013 Điều 43; Luật Phòng thủ dân sự 2023) are named so too; a board's verb inside
# the run is its task ("Ban Chỉ đạo tỉnh chỉ đạo Ủy ban nhân dân huyện …").
@pytest.mark.parametrize("text,expected", [
    ("Ban Chỉ đạo phòng, chống tội phạm tỉnh chỉ đạo các sở, ngành triển khai.",
     {"Ban Chỉ đạo phòng, chống tội phạm tỉnh": "assigned"}),
    ("Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh hướng dẫn các cơ quan tự kiểm tra.",
     {"Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh": "assigned"}),
    ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì tổ chức diễn tập.",
     {"Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh": "lead"}),
    ("Chủ tịch UBND cấp xã chỉ đạo Ban chỉ huy phòng cháy, chữa cháy rừng cấp xã phối hợp với Công an xã kiểm tra.",
     {"Chủ tịch Ủy ban nhân dân cấp xã": "assigned", "Ban Chỉ huy phòng cháy, chữa cháy rừng cấp xã": "assigned",
      "Công an xã": "coordinate"}),
    ("Ban Chỉ đạo tỉnh chỉ đạo Ủy ban nhân dân huyện tổ chức thực hiện.",
     {"Ban Chỉ đạo tỉnh": "assigned", "Ủy ban nhân dân huyện": "assigned"}),
    ("Ban Chỉ huy Quân sự xã phối hợp với Công an xã tuần tra.",
     {"Ban Chỉ huy Quân sự xã": "assigned", "Công an xã": "coordinate"}),
])
def test_boards_named_by_work_before_their_verb(text, expected):
    assert named(text) == expected


# s21b: a qualifier between a body and its task besides "theo chức năng, nhiệm vụ": "theo lĩnh vực (, địa bàn) được phân
# công (phụ trách)" (a board's members), "theo thẩm quyền"; the body keeps its task (was: no row). "theo thẩm quyền" at the
# end of a task or before another body's name gives it nothing.
@pytest.mark.parametrize("text,expected", [
    ("Các thành viên Ban Chỉ đạo tỉnh theo lĩnh vực được phân công theo dõi, đôn đốc các địa bàn phụ trách.",
     {"Ban Chỉ đạo tỉnh": "assigned"}),
    ("Các thành viên Ban Chỉ đạo huyện theo địa bàn được phân công phụ trách kiểm tra, đôn đốc việc thực hiện.",
     {"Ban Chỉ đạo huyện": "assigned"}),
    ("Thanh tra tỉnh theo thẩm quyền xử lý nghiêm các hành vi vi phạm.", {"Thanh tra tỉnh": "assigned"}),
    ("Các vi phạm được xử lý theo thẩm quyền của Sở Xây dựng.", {}),
])
def test_qualifier_before_the_task(text, expected):
    assert named(text) == expected


# s21b: a steering board's long official name (10 to 24 words to its level) is read whole before an alias, its own act or
# its task; a long run with a preposition, a plural or a copula in it is the board's task, not its name.
_BCD_138 = "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh"
@pytest.mark.parametrize("text,expected", [
    (_BCD_138 + " chỉ đạo các sở, ngành triển khai đợt cao điểm.", {_BCD_138: "assigned"}),
    ("Giao " + _BCD_138 + " theo dõi, đôn đốc việc thực hiện.", {_BCD_138: "lead"}),
    (_BCD_138 + " (sau đây gọi là Ban Chỉ đạo tỉnh) ban hành Kế hoạch thực hiện năm 2026 như sau:", {}),
    ("Ban Chỉ đạo tăng cường tuyên truyền sâu rộng trong Nhân dân về xây dựng nông thôn mới gắn với phát triển du lịch nông"
     " thôn huyện, bảo đảm hiệu quả.", {"Ban Chỉ đạo": "assigned"}),
    # s21fb: the long name before a comma only when the list of bodies goes on after it; a comma before lower-case words
    # closes a clause of the board's task ("…, xã, kịp thời xử lý"), and "ở", "từng" open a phrase, never a name's words
    (_BCD_138 + ", Công an tỉnh và Sở Tư pháp phối hợp tổ chức sơ kết.",
     {_BCD_138: "assigned", "Công an tỉnh": "assigned", "Sở Tư pháp": "assigned"}),
    ("Ban Chỉ đạo phân công thành viên phụ trách, giám sát chặt chẽ tình hình an ninh trật tự ở từng thôn, tổ dân phố, xã,"
     " kịp thời xử lý.", {"Ban Chỉ đạo": "assigned"}),
    ("Ban Chỉ đạo phân công thành viên phụ trách địa bàn, giám sát chặt chẽ việc cập nhật dữ liệu dân cư thôn, tổ dân phố"
     " và xã, kịp thời xử lý vướng mắc.", {"Ban Chỉ đạo": "assigned"}),
    # s22a: a board named by a work with a comma in it, before its own self-inspection; alone after it, the same board
    ("Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã tự kiểm tra, hoàn thiện hồ sơ trước ngày 15/10/2026.",
     {"Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã": "assigned"}),
    ("Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã tự kiểm tra hồ sơ.\nCác thành viên Ban Chỉ đạo theo dõi địa bàn được phân công.",
     {"Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã": "assigned"}),
    # s22a: the budget estimate a body is allotted is no task; a comma before "giao" opens one
    ("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách nhà nước năm 2026, năm 2027 giao cho Sở Giáo dục và"
     " Đào tạo và các cơ sở giáo dục theo phân cấp.", {}),
    ("Lập dự toán kinh phí, giao Sở Tài chính thẩm định trước ngày 15/10/2026.", {"Sở Tài chính": "assigned"}),
    # s22fd: only budget words between "dự toán" and "giao" make an allotment; a task verb after the body makes a task
    ("- Lập dự toán kinh phí năm 2027 trình cấp có thẩm quyền và giao Sở Y tế thực hiện.", {"Sở Y tế": "assigned"}),
    ("Ủy ban nhân dân tỉnh phê duyệt dự toán kinh phí thực hiện Kế hoạch và giao Sở Tài chính hướng dẫn thanh quyết toán.",
     {"Ủy ban nhân dân tỉnh": "assigned", "Sở Tài chính": "assigned"}),
    ("Để bảo đảm tiến độ giải ngân dự toán năm 2027 giao Sở Xây dựng chủ trì đôn đốc các chủ đầu tư.", {"Sở Xây dựng": "lead"}),
    ("Kinh phí được bố trí trong dự toán giao cho Sở Y tế hàng năm.", {}),
    ("Kinh phí thực hiện được bố trí trong dự toán giao cho Sở Y tế thực hiện nhiệm vụ.", {}),
    ("Kinh phí được bố trí trong dự toán ngân sách nhà nước năm 2027 giao Công an Thành phố.", {}),
    # s28d: funds from a budget ("nguồn ngân sách nhà nước giao cho …") are allotted as an estimate is; a task verb still makes a task
    ("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước giao cho Sở Nông nghiệp và Môi trường năm 2026.", {}),
    ("Từ nguồn ngân sách tỉnh giao Sở Y tế chủ trì tổ chức thực hiện.", {"Sở Y tế": "lead"}),
    ("Ngân sách tỉnh bảo đảm; giao Sở Tài chính bố trí kinh phí.", {"Sở Tài chính": "assigned"}),
    # s25a: a task given in a cited document (a past act told as the plan's reason) is no task; one given here is
    ("a) Cụ thể hóa các nhiệm vụ được Chính phủ giao cho Bộ Xây dựng tại Nghị quyết số 45/NQ-CP; xác định rõ trách nhiệm.", {}),
    ("Triển khai nhiệm vụ được Thủ tướng Chính phủ giao cho Bộ Y tế tại Quyết định số 1234/QĐ-TTg.", {}),
    ("Thực hiện các nhiệm vụ được Ủy ban nhân dân tỉnh giao cho Sở Y tế tại Kế hoạch này.", {"Sở Y tế": "assigned"}),
    # s26b: the same relative clause without "được"
    ("a) Cụ thể hóa các nhiệm vụ Thủ tướng Chính phủ giao cho Bộ Nông nghiệp và Môi trường tại Quyết định số 386/QĐ-TTg.", {}),
    ("Thực hiện các nhiệm vụ Ủy ban nhân dân tỉnh giao cho Sở Y tế tại Kế hoạch này.", {"Sở Y tế": "assigned"}),
    ("Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì triển khai các nhiệm vụ tại Quyết định số 386/QĐ-TTg.", {"Sở Y tế": "lead"}),
    # s26b: tasks or targets given to a body named after them ("giao chỉ tiêu … cho", "giao nhiệm vụ cho")
    ("b) Giao chỉ tiêu trồng rừng, trồng cây phân tán cho Ủy ban nhân dân các xã, phường, đặc khu; bố trí ngân sách.",
     {"Ủy ban nhân dân các xã, phường, đặc khu": "assigned"}),
    ("Ủy ban nhân dân tỉnh giao nhiệm vụ cho Sở Y tế chủ trì triển khai Quyết định số 386/QĐ-TTg.", {"Sở Y tế": "lead"}),
    ("Kinh phí thực hiện nhiệm vụ được bố trí cho Sở Y tế theo phân cấp.", {}),
    # s22fd: a board the reader could not finish (a "/" list of levels, the document it carries out) or an abbreviation
    # is no bare head, even when another board is named in full; a bare head refers back whatever its case
    ("1. Ban Chỉ đạo giảm nghèo tỉnh chỉ đạo chung.\n2. Ủy ban nhân dân xã:\n- Giao BCĐ giảm nghèo xã / phường / thị trấn"
     " phối hợp với trưởng thôn tổ chức bình xét hộ nghèo.",
     {"Ban Chỉ đạo giảm nghèo tỉnh": "assigned", "Ủy ban nhân dân xã": "assigned", "Ban Chỉ đạo": "assigned"}),
    ("Sở Y tế là cơ quan thường trực Ban Chỉ đạo tỉnh.\nBan Chỉ đạo thực hiện Đề án 06 xã chủ động rà soát.",
     {"Sở Y tế": "lead", "Ban Chỉ đạo": "assigned"}),
    ("Sở Y tế là cơ quan thường trực Ban chỉ đạo tỉnh.\nBan chỉ đạo có trách nhiệm kiểm tra, đôn đốc.", {"Sở Y tế": "lead"}),
    ("Sở Y tế là cơ quan thường trực Ban Chỉ đạo tỉnh.\nBan Chỉ đạo có trách nhiệm kiểm tra, đôn đốc.", {"Sở Y tế": "lead"}),
])
def test_long_board_names(text, expected):
    assert named(text) == expected


# s22a: a bare steering head refers back to the board named in full, but "… các cấp" is still the boards of every level
@pytest.mark.parametrize("text, collective", [
    ("Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh chủ trì.\nBan chỉ huy các cấp thông báo thường xuyên.",
     "Ban chỉ huy"),
    ("Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ xã tự kiểm tra hồ sơ.\nBan Chỉ đạo các cấp kiện toàn bộ phận giúp việc.",
     "Ban Chỉ đạo"),
])
def test_steering_heads_of_every_level_stay_a_collective(text, collective):
    assert collective in [b.name for b in extract_bodies(text) if b.kind == "collective"]


# s21b: pairs of words that laws write with a comma stay whole in a name (COMMA_PAIR: "cứu nạn, cứu hộ", "phòng, chống",
# "phòng cháy, chữa cháy"); a comma before another body still ends the name.
@pytest.mark.parametrize("text,expected", [
    ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ chủ trì kiểm tra an toàn các cơ sở karaoke.",
     {"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": "lead"}),
    ("Ban Chỉ đạo phòng, chống dịch chỉ đạo các xã tổ chức tiêm phòng.", {"Ban Chỉ đạo phòng, chống dịch": "assigned"}),
    ("Sở Y tế, Phòng Cảnh sát giao thông phối hợp kiểm tra.", {"Sở Y tế": "assigned", "Phòng Cảnh sát giao thông": "assigned"}),
    ("Công an tỉnh chủ trì công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ.", {"Công an tỉnh": "lead"}),
])
def test_comma_pairs_in_names(text, expected):
    assert named(text) == expected


# s21b: a slash between the level words of a list is its comma ("UBND các tỉnh/thành phố", "UBND xã/phường", national
# plans' task tables): the whole list is the level, its canonical name written with commas; a fraction is no list.
@pytest.mark.parametrize("text,expected", [
    ("Bộ Tài chính; UBND các tỉnh/thành phố phối hợp thực hiện.",
     {"Bộ Tài chính": "assigned", "Ủy ban nhân dân các tỉnh, thành phố": "assigned"}),
    ("Ủy ban nhân dân xã/phường chủ trì rà soát danh sách hộ nghèo.", {"Ủy ban nhân dân xã, phường": "lead"}),
    ("Giao UBND các xã/ phường/ đặc khu tổ chức thực hiện.", {"Ủy ban nhân dân các xã, phường, đặc khu": "assigned"}),
    ("Sở Y tế chủ trì tiêm chủng cho 1/2 số xã.", {"Sở Y tế": "lead"}),
])
def test_level_lists_with_a_slash(text, expected):
    assert named(text) == expected


# s21b: a body's address after its name or under it (a procedure's "where to file" cell) is where it is, not a task:
# "…, địa chỉ: Tầng 1 …", "…, số 02A đường …", "…:⏎+ Tòa nhà …", "…:⏎+ Trụ sở chính: Số 2, đường …"; a task that counts
# streets is still a task.
@pytest.mark.parametrize("text,expected", [
    ("+ Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh , địa chỉ: Tầng 1 Khu liên cơ quan, phường Bắc Giang.", {}),
    ("- Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh, số 02A đường Nguyễn Chí Thanh, phường Thành Sen;", {}),
    ("- Trung tâm Phục vụ hành chính công Thành phố:\n+ Tòa nhà Trung tâm hành chính, đường Lê Lợi, Phường Bình Dương.\n", {}),
    ("- Trung tâm Phục vụ hành chính công tỉnh Hưng Yên:\n+ Trụ sở chính: Số 2, đường Chùa Chuông, phường Phố Hiến;\n", {}),
    ("Sở Xây dựng chủ trì rà soát số 15 tuyến đường trên địa bàn.", {"Sở Xây dựng": "lead"}),
    ("3. Sở Xây dựng:\nTổ chức kiểm tra số 15 đường tỉnh.", {"Sở Xây dựng": "assigned"}),
    # s21fb: a building the body must build is its task, not its address: "Tòa nhà …"/"Trụ sở …" with no street, number
    # or floor, or with building work or a date on its line
    ("2. Sở Xây dựng:\n- Tòa nhà hành chính tập trung: hoàn thành trước quý IV/2026.\n", {"Sở Xây dựng": "assigned"}),
    ("c) Văn phòng Ủy ban nhân dân tỉnh:\n+ Tòa nhà làm việc liên cơ quan: khởi công năm 2025, đưa vào sử dụng năm 2027.\n",
     {"Văn phòng Ủy ban nhân dân tỉnh": "assigned"}),
    ("5. Công an tỉnh:\n- Trụ sở: cải tạo, sửa chữa, hoàn thành trong năm 2026.\n", {"Công an tỉnh": "assigned"}),
    ("4. Ban Quản lý dự án tỉnh:\n- Tòa nhà số 3, đường Hùng Vương: nâng cấp, bàn giao trong quý II/2026.\n",
     {"Ban Quản lý dự án tỉnh": "assigned"}),
])
def test_addresses_are_no_tasks(text, expected):
    assert named(text) == expected


# s21b: a body's standing role for a board in parentheses after its name, "(Cơ quan Thường trực Ban Chỉ đạo tỉnh)", "(cơ
# quan thường trực Ban An toàn giao thông tỉnh)", names the board without giving it anything, and marks the body as the
# lead of the heading over its tasks (was: no row, the board read as a second body on the heading line).
@pytest.mark.parametrize("text,expected", [
    ("1. Công an tỉnh (Cơ quan Thường trực Ban Chỉ đạo tỉnh)\na) Chủ trì tham mưu triển khai Kế hoạch.\n"
     "b) Chỉ đạo lực lượng nghiệp vụ mở đợt cao điểm.", {"Công an tỉnh": "lead"}),
    ("4. Sở Xây dựng (cơ quan thường trực Ban An toàn giao thông tỉnh)\nRà soát, xử lý các điểm đen tai nạn giao thông.",
     {"Sở Xây dựng": "lead"}),
    ("Sở Xây dựng (cơ quan thường trực Ban An toàn giao thông tỉnh) chủ trì tổ chức Tháng an toàn giao thông.",
     {"Sở Xây dựng": "lead"}),
    ("Sở Y tế phối hợp với Công an tỉnh (Phòng PC04) và Ban An toàn giao thông tỉnh tuyên truyền.",
     {"Sở Y tế": "assigned", "Công an tỉnh": "coordinate", "Ban An toàn giao thông tỉnh": "coordinate"}),
    # s25d: the board named by the short name the plan gave it ("(sau đây gọi tắt là Ban Chỉ đạo)"): the same
    ("Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh (sau đây gọi tắt là Ban Chỉ đạo) xây dựng Kế hoạch như sau:\n"
     "1. Sở Y tế (cơ quan thường trực Ban Chỉ đạo)\nChủ trì, phối hợp với Hội Chữ thập đỏ tỉnh triển khai Kế hoạch.",
     {"Sở Y tế": "lead", "Hội Chữ thập đỏ tỉnh": "coordinate"}),
    ("Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh (sau đây gọi tắt là Ban Chỉ đạo) xây dựng Kế hoạch như sau:\n"
     "1. Sở Y tế tham mưu Ban Chỉ đạo tổ chức ngày hội.\n2. Ban Chỉ đạo chỉ đạo các ngành triển khai Kế hoạch.",
     {"Sở Y tế": "assigned", "Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh": "assigned"}),
])
def test_standing_role_in_parentheses(text, expected):
    assert named(text) == expected


# s21v: a unit named for a region ("khu vực") after the 2025 reorganisations: "vực" is a word of names after "khu" only
# (was: "Trung tâm Y tế các khu", "Kho bạc Nhà nước khu"); a region after a task verb is the task's.
@pytest.mark.parametrize("text,expected", [
    ("3. Trung tâm Kiểm soát bệnh tật tỉnh chủ trì; phối hợp với Trung tâm Y tế các khu vực giám sát dịch bệnh.",
     {"Trung tâm Kiểm soát bệnh tật tỉnh": "lead", "Trung tâm Y tế các khu vực": "coordinate"}),
    ("Sở Tài chính phối hợp với Kho bạc Nhà nước khu vực XI kiểm soát chi.",
     {"Sở Tài chính": "assigned", "Kho bạc Nhà nước khu vực XI": "coordinate"}),
    ("Giao Trung tâm Y tế khu vực Bắc Quang chủ trì tổ chức tiêm chủng.", {"Trung tâm Y tế khu vực Bắc Quang": "lead"}),
    ("Công an tỉnh chủ trì kiểm tra khu vực biên giới.", {"Công an tỉnh": "lead"}),
])
def test_units_named_for_a_region(text, expected):
    assert named(text) == expected


# s21v: a name wrapped over a line break in prose goes on after it when the next line goes on with capitalised words and
# then the sentence in lower case: words joined by a dash ("Phòng Nghiệp vụ⏎Y - Dược"), and a head that ends at the wrap
# before its place ("Báo và Phát thanh, Truyền hình⏎Quảng Ngãi"); a next line that opens with a task verb is a new clause.
@pytest.mark.parametrize("text,expected", [
    ("1. Văn phòng Sở chủ trì tham mưu tổ chức hội nghị phổ biến Luật; phối hợp với Phòng Nghiệp vụ\nY - Dược xây dựng tài liệu.",
     {"Văn phòng Sở": "lead", "Phòng Nghiệp vụ Y - Dược": "coordinate"}),
    ("4. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình\nQuảng Ngãi tuyên truyền sâu rộng.",
     {"Sở Văn hóa, Thể thao và Du lịch": "lead", "Báo và Phát thanh, Truyền hình Quảng Ngãi": "coordinate"}),
    ("Giao Sở Tài chính chủ trì tham mưu tổ chức hội nghị phổ biến, phối hợp với Phòng Kế hoạch - Tài chính\nHướng dẫn các đơn vị lập dự toán.",
     {"Sở Tài chính": "lead", "Phòng Kế hoạch - Tài chính": "coordinate"}),
    ("4. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động, phối hợp với Báo và Phát thanh, Truyền hình\nTuyên truyền sâu rộng.",
     {"Sở Văn hóa, Thể thao và Du lịch": "lead", "Báo và Phát thanh, Truyền hình": "coordinate"}),
])
def test_names_wrapped_in_prose_go_on(text, expected):
    assert named(text) == expected


# s21v: "biên" is a syllable of names ("Bộ đội biên phòng"); "biên soạn", "biên tập", "biên dịch" are verbs of the task
# that end a name (was: "Trung tâm Kiểm soát bệnh tật biên").
@pytest.mark.parametrize("text,expected", [
    ("Sở Y tế chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật biên soạn tài liệu truyền thông.",
     {"Sở Y tế": "lead", "Trung tâm Kiểm soát bệnh tật": "coordinate"}),
    ("Văn phòng Sở chủ trì; phối hợp với Phòng Nghiệp vụ Y - Dược biên soạn tài liệu.",
     {"Văn phòng Sở": "lead", "Phòng Nghiệp vụ Y - Dược": "coordinate"}),
    ("Sở Văn hóa, Thể thao và Du lịch phối hợp với Trung tâm Truyền thông và Văn hóa biên tập, phát hành ấn phẩm.",
     {"Sở Văn hóa, Thể thao và Du lịch": "assigned", "Trung tâm Truyền thông và Văn hóa": "coordinate"}),
    ("Sở Y tế phối hợp với Bộ Chỉ huy Bộ đội biên phòng tỉnh tổ chức khám bệnh.",
     {"Sở Y tế": "assigned", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh": "coordinate"}),
])
def test_verbs_of_compiling_end_a_name(text, expected):
    assert named(text) == expected


# s21v: the district office "Phòng Kinh tế và Hạ tầng" (Nghị định 37/2014/NĐ-CP) is a complete name of its own, not the
# commune's "Phòng Kinh tế" followed by "và Hạ tầng" (was cut to "Phòng Kinh tế").
@pytest.mark.parametrize("text,expected", [
    ("Giao Phòng Kinh tế và Hạ tầng chủ trì nâng cấp đường vào điểm du lịch.", {"Phòng Kinh tế và Hạ tầng": "lead"}),
    ("Phòng Kinh tế và Hạ tầng huyện phối hợp với Phòng Tài chính - Kế hoạch rà soát.",
     {"Phòng Kinh tế và Hạ tầng huyện": "assigned", "Phòng Tài chính - Kế hoạch": "coordinate"}),
    ("Phòng Kinh tế và Hợp tác xã Tân Phú thực hiện.", {"Phòng Kinh tế": "assigned", "Hợp tác xã Tân Phú": "assigned"}),
])
def test_district_office_of_economy_and_infrastructure(text, expected):
    assert named(text) == expected


# s21v: the provincial statistics office after the 2025 reorganisation is named by its level alone, like "Thuế tỉnh":
# "Thống kê tỉnh", "Thống kê thành phố …"; the verb "thống kê" and the former "Cục Thống kê tỉnh" are read as before.
@pytest.mark.parametrize("text,expected", [
    ("1. Thống kê tỉnh (Cơ quan thường trực của Ban Chỉ đạo tỉnh) chủ trì tổ chức thực hiện Kế hoạch.", {"Thống kê tỉnh": "lead"}),
    ("2. Sở Tài chính chủ trì, phối hợp với Thống kê tỉnh thẩm định dự toán.",
     {"Sở Tài chính": "lead", "Thống kê tỉnh": "coordinate"}),
    ("Thống kê thành phố Hải Phòng phối hợp với Sở Tài chính thực hiện.",
     {"Thống kê thành phố Hải Phòng": "assigned", "Sở Tài chính": "coordinate"}),
    ("Cục Thống kê tỉnh chủ trì, phối hợp với Chi cục Thống kê huyện thực hiện.",
     {"Cục Thống kê tỉnh": "lead", "Chi cục Thống kê huyện": "coordinate"}),
    ("Thống kê, tổng hợp số liệu báo cáo Sở Tài chính.", {}),
])
def test_statistics_office_named_by_its_level(text, expected):
    assert named(text) == expected


# A business's name ends after the proper name it closes on (every syllable capitalised: a place or its own name) when
# its task follows in lower case; a common word of the name capitalises its first syllable only and runs on (negative).
@pytest.mark.parametrize("text, name", [
    ("Sở Công Thương chủ trì, phối hợp với Công ty Điện lực Phú Thọ phát triển điện mặt trời mái nhà.", "Công ty Điện lực Phú Thọ"),
    ("Đề nghị Công ty Cổ phần Cấp nước Hà Tĩnh đầu tư mở rộng mạng lưới cấp nước.", "Công ty Cổ phần Cấp nước Hà Tĩnh"),
    ("Giao Công ty TNHH MTV Khai thác công trình thủy lợi Nam Hà Tĩnh nạo vét kênh mương.", "Công ty TNHH MTV Khai thác công trình thủy lợi Nam Hà Tĩnh"),
    # negative: no proper name before the task, the name runs over its common words
    ("Giao Công ty TNHH MTV Khai thác công trình thủy lợi chủ trì nạo vét kênh mương.", "Công ty TNHH MTV Khai thác công trình thủy lợi"),
    # s24f: the country's name closes a national body's name before its task in lower case (any head)
    ("Trung tâm chủ trì, phối hợp với Cục Du lịch Quốc gia Việt Nam đón các đoàn famtrip quốc tế.", "Cục Du lịch Quốc gia Việt Nam"),
    ("Ngân hàng Nhà nước Việt Nam chi nhánh Khu vực 10 chủ trì thực hiện.", "Ngân hàng Nhà nước Việt Nam chi nhánh Khu vực 10"),
    # s26a: a one-word head closing a school's or business's proper name is its last syllable (a head alone names no body)
    ("5. Trường Mầm non Bắc Hà, Trường Mầm non Hoa Ban\nTổ chức bữa ăn bán trú bảo đảm dinh dưỡng.", "Trường Mầm non Hoa Ban"),
    ("Sở Công Thương phối hợp với Công ty Thủy điện Nậm Ban, Sở Xây dựng kiểm tra an toàn đập.", "Công ty Thủy điện Nậm Ban"),
    ("Giao Công ty Thủy điện Nậm Ban chủ trì kiểm tra an toàn đập.", "Công ty Thủy điện Nậm Ban"),
    # negative: a head opening its own name after a comma is the next body
    ("Trường THPT Mường Tè, Ban Quản lý dự án huyện phối hợp tổ chức.", "Ban Quản lý dự án huyện"),
    # s28b: "Công trình" capitalised inside a business's name ("trình" alone is a verb: "… trình UBND tỉnh")
    ("phối hợp với Công ty Cổ phần Môi trường và Công trình đô thị Hưng Yên kiểm tra, cắt tỉa cây xanh.",
     "Công ty Cổ phần Môi trường và Công trình đô thị Hưng Yên"),
    ("Đề nghị Công ty Điện lực Quảng Ngãi trình UBND tỉnh phương án đấu nối.", "Công ty Điện lực Quảng Ngãi"),
    # s28b: a branch named after its enterprise with a dash (Luật Doanh nghiệp 2020, Điều 40), each of a list
    ("Đề nghị Ngân hàng TMCP Công thương Việt Nam - Chi nhánh Thanh Hóa, Ngân hàng Nông nghiệp và Phát triển nông thôn Việt "
     "Nam - Chi nhánh Thanh Hóa hỗ trợ mở tài khoản.", "Ngân hàng TMCP Công thương Việt Nam - Chi nhánh Thanh Hóa"),
    ("Đề nghị Ngân hàng TMCP Công thương Việt Nam - Chi nhánh Thanh Hóa, Ngân hàng Nông nghiệp và Phát triển nông thôn Việt "
     "Nam - Chi nhánh Thanh Hóa hỗ trợ mở tài khoản.", "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh Thanh Hóa"),
    # negative: a dash before "Chi nhánh" without its place brings no branch
    ("Ngân hàng Nhà nước Việt Nam - Chi nhánh chủ trì thực hiện.", "Ngân hàng Nhà nước Việt Nam"),
    # s33d: a region closes the name as a proper name does (the power corporations of miền Bắc, miền Trung, miền Nam), for a
    # business's head and a board's alike
    ("Giao Tổng công ty Điện lực miền Bắc bàn giao lưới điện cho địa phương.", "Tổng công ty Điện lực miền Bắc"),
    ("Giao Tổng công ty Điện lực miền Trung đẩy nhanh tiến độ các dự án.", "Tổng công ty Điện lực miền Trung"),
    ("Đề nghị Tổng công ty Điện lực miền Trung chỉ đạo Ban Quản lý dự án Điện lực miền Trung khởi công tuyến cáp ngầm.",
     "Ban Quản lý dự án Điện lực miền Trung"),
    ("Sở Công Thương phối hợp với Ban Quản lý dự án Điện lực miền Nam lắp đặt trạm biến áp.", "Ban Quản lý dự án Điện lực miền Nam"),
    # negative: the region inside the name runs on to its level or its next capitalised word
    ("Giao Ban Chỉ đạo Tây Nguyên chủ trì thực hiện.", "Ban Chỉ đạo Tây Nguyên"),
])
def test_a_business_name_ends_after_its_proper_name(text, name):
    assert name in [b.name for b in extract_bodies(text)]


# --- s23c: the forest rangers' and border guards' local units (Nghị định 01/2019/NĐ-CP: Hạt Kiểm lâm; Luật Biên phòng
# Việt Nam 2020: đồn biên phòng) and the social-policy bank's district office (Điều lệ NHCSXH: phòng giao dịch cấp huyện)
# are named bodies; "tuần tra" is a task's verb that ends a name.
@pytest.mark.parametrize("text,expected", [
    ("- Hạt Kiểm lâm huyện chủ trì, phối hợp với Công an huyện, Đồn Biên phòng Thông Thụ tuần tra, kiểm soát lâm sản.",
     {"Hạt Kiểm lâm huyện": "lead", "Công an huyện": "coordinate", "Đồn Biên phòng Thông Thụ": "coordinate"}),
    ("Phòng Tài chính - Kế hoạch phối hợp với Hạt Kiểm lâm huyện, Phòng Tài nguyên và Môi trường hướng dẫn các xã.",
     {"Phòng Tài chính - Kế hoạch": "assigned", "Hạt Kiểm lâm huyện": "coordinate",
      "Phòng Tài nguyên và Môi trường": "coordinate"}),
    ("- Đề nghị Phòng Giao dịch Ngân hàng Chính sách xã hội huyện ưu tiên cho vay vốn phát triển rừng sản xuất.",
     {"Phòng giao dịch Ngân hàng Chính sách xã hội huyện": "requested"}),
    ("Hạt Kiểm lâm rừng phòng hộ Quế Phong tổ chức tuần tra.", {"Hạt Kiểm lâm rừng phòng hộ Quế Phong": "assigned"}),
    # negatives: the unit's kind in lower case, as a thing to build; "tuần tra" in a name written with a capital
    ("Xây dựng đồn biên phòng và trụ sở hạt kiểm lâm mới.", {}),
    ("Công an tỉnh chỉ đạo Phòng Tuần tra kiểm soát giao thông tăng cường kiểm tra.",
     {"Công an tỉnh": "assigned", "Phòng Tuần tra kiểm soát giao thông": "assigned"}),
])
def test_forest_ranger_border_post_and_bank_office(text, expected):
    assert named(text) == expected


# s25d: "Tỉnh Đoàn", "Tỉnh ủy" after a name that ends in its level are bodies of their own, capitalised or not (was:
# "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh" read as one name with a list of levels); a list of levels still is one.
@pytest.mark.parametrize("text,expected", [
    ("Hội Chữ thập đỏ tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh Đoàn tổ chức các ngày hội hiến máu.",
     {"Hội Chữ thập đỏ tỉnh": "assigned", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "coordinate", "Tỉnh đoàn": "coordinate"}),
    ("Sở Nội vụ phối hợp với Ủy ban nhân dân tỉnh, Tỉnh Ủy tổ chức hội nghị.",
     {"Sở Nội vụ": "assigned", "Ủy ban nhân dân tỉnh": "coordinate", "Tỉnh ủy": "coordinate"}),
    ("Đề nghị Ủy ban nhân dân các xã, phường triển khai thực hiện.", {"Ủy ban nhân dân các xã, phường": "requested"}),
    # the divisions of Thi hành án dân sự tỉnh, whose names run over "thi hành án" and a comma (names.tsv)
    ("Phòng Nghiệp vụ và Tổ chức thi hành án chủ trì, phối hợp với Phòng Kiểm tra, giải quyết khiếu nại, tố cáo rà soát hồ sơ.",
     {"Phòng Nghiệp vụ và Tổ chức thi hành án": "lead", "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo": "coordinate"}),
    ("Phòng Kiểm tra, giải quyết đơn thư phối hợp với Sở Tư pháp rà soát hồ sơ.",  # not the listed name: as before
     {"Phòng Kiểm tra": "assigned", "Sở Tư pháp": "coordinate"}),
])
def test_a_level_named_body_after_a_level(text, expected):
    assert named(text) == expected


# --- rev11: the mass organisations as a plural written with a capital ("và các Đoàn thể", as plans capitalise "Nhân
# dân") are a collective, so a heading that names them with a body is a heading of bodies: its block is their task.
@pytest.mark.parametrize("text,name,task", [
    ("4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể\n\n- Đẩy mạnh công tác tuyên truyền.\n\n"
     "5. Các Sở, ngành\n\n- Xây dựng kế hoạch.", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "- Đẩy mạnh công tác tuyên truyền"),
    ("4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể\n\n- Đẩy mạnh công tác tuyên truyền.\n\n"
     "5. Các Sở, ngành\n\n- Xây dựng kế hoạch.", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "- Đẩy mạnh công tác tuyên truyền"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh tuyên truyền, vận động Nhân dân.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "tuyên truyền, vận động Nhân dân"),
])
def test_capitalised_mass_organisations_are_a_collective(text, name, task):
    rows = extract_bodies(text)
    assert (name, task) in [(b.name_canonical, b.task) for b in rows]
    assert any(b.kind == "collective" and "đoàn thể" in b.name.lower() for b in rows)


@pytest.mark.parametrize("text,expected", [
    # negatives: a named union or association beside the plural keeps its name ("Đoàn Thanh niên …", "Hội …")
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh và các Đoàn thể tổ chức ra quân.",
     {"Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh": "assigned"}),
    ("Hội Liên hiệp Phụ nữ tỉnh, các Đoàn thể tổ chức tuyên truyền.", {"Hội Liên hiệp Phụ nữ tỉnh": "assigned"}),
])
def test_capitalised_mass_organisations_leave_named_unions(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("text,collectives", [
    # "các trường hợp" are the cases a rule lists, not schools (the collective of schools by their level is s26a's)
    ("d) Các trường hợp khác theo quy định của pháp luật.", []),
    ("Các trường hợp bị thu hồi khác theo quy định của pháp luật.", []),
    ("Đối với các trường hợp còn lại, Sở Tài chính hướng dẫn.", []),
    ("- Các trường THPT tổ chức ôn tập cho học sinh lớp 12.", ["Các trường THPT"]),
    ("- Các trường mầm non tổ chức cân, đo cho trẻ.", ["Các trường mầm non"]),
])
def test_the_cases_a_rule_lists_are_no_collective_of_schools(text, collectives):
    assert [b.name for b in extract_bodies(text) if b.kind == "collective" and b.name.lower().startswith("các trường")] == collectives
# --- s26h: the sports federations and associations as a plural ("các Liên đoàn, Hiệp hội thể thao quốc gia", Luật Thể dục,
# thể thao 2006, Điều 68) are a collective, and a list of partners goes on after them; a federation with its name is a body.
@pytest.mark.parametrize("text,collective,named", [
    ("Cục Thể dục thể thao Việt Nam chủ trì, phối hợp với các Liên đoàn, Hiệp hội thể thao quốc gia và Sở Văn hóa, Thể thao "
     "và Du lịch các tỉnh, thành phố lựa chọn vận động viên.", "các Liên đoàn, Hiệp hội thể thao quốc gia",
     {"Cục Thể dục thể thao Việt Nam": "lead", "Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố": "coordinate"}),
    ("Sở Văn hóa, Thể thao và Du lịch phối hợp với các hiệp hội thể thao và Sở Y tế tổ chức giải.", "các hiệp hội thể thao",
     {"Sở Văn hóa, Thể thao và Du lịch": "assigned", "Sở Y tế": "coordinate"}),
    # negative: a federation named with a capital after its head is a body of its own
    ("Liên đoàn Lao động tỉnh phối hợp với Sở Nội vụ tổ chức hội nghị.", None,
     {"Liên đoàn Lao động tỉnh": "assigned", "Sở Nội vụ": "coordinate"}),
])
def test_sports_federations_as_a_plural(text, collective, named):
    rows = extract_bodies(text)
    assert [b.name for b in rows if b.kind == "collective"] == ([collective] if collective else [])
    assert {b.name_canonical: b.role for b in rows if b.kind != "collective"} == named


# --- s28b: "kỹ thuật" inside the names of construction units (Luật Xây dựng 2014, Điều 3: hạ tầng kỹ thuật) and the Front's
# committee of a residential area named in full (Luật Mặt trận Tổ quốc Việt Nam 2015); "kỹ thuật" after a task verb stays out.
@pytest.mark.parametrize("text,expected", [
    ("Phòng Hạ tầng kỹ thuật chủ trì hướng dẫn các phường lập kế hoạch.", {"Phòng Hạ tầng kỹ thuật": "lead"}),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Ban công tác Mặt trận ở khu dân cư tham gia giám sát.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": "requested", "Ban công tác Mặt trận ở khu dân cư": "assigned"}),
    # negatives
    ("Trung tâm Khuyến nông hướng dẫn kỹ thuật trồng lúa cho nông dân.", {"Trung tâm Khuyến nông": "assigned"}),
    ("Sở Xây dựng phối hợp với các Ban công tác Mặt trận vận động nhân dân.", {"Sở Xây dựng": "assigned"}),
])
def test_technical_infrastructure_and_front_committees(text, expected):
    assert named(text) == expected


# s30w: a ministry has no local jurisdiction: "Bộ Quốc phòng các tỉnh Ninh Bình, …" (a list with ", Ủy ban nhân dân" left out)
# is the ministry, and the document's other "Bộ Quốc phòng" keep their name; a body with local units keeps the one
# jurisdiction the document gives it elsewhere ("Bộ Chỉ huy Quân sự" → "… tỉnh").
@pytest.mark.parametrize("text,expected", [
    ("1. Bộ Xây dựng, Bộ Quốc phòng các tỉnh Ninh Bình, Hưng Yên đôn đốc chủ đầu tư, nhà thầu huy động nhân lực.\n"
     "2. Bộ Quốc phòng khẩn trương hoàn thiện hồ sơ, nghiên cứu triển khai sân bay.\n",
     {("Bộ Xây dựng", "trung_uong"), ("Bộ Quốc phòng", "trung_uong")}),
    ("1. Bộ Chỉ huy Quân sự chủ trì tổ chức diễn tập.\n2. Bộ Chỉ huy Quân sự tỉnh phối hợp với Công an tỉnh bảo đảm an ninh.\n",
     {("Bộ Chỉ huy Quân sự tỉnh", "tinh"), ("Công an tỉnh", "tinh")}),
])
def test_a_ministry_takes_no_local_jurisdiction(text, expected):
    assert {(b.name_canonical, b.level) for b in extract_bodies(text) if b.kind != "collective"} == expected


# s30w: the continuing-education establishments of Luật Giáo dục 2019, Điều 44, are named whole, whatever the case of their
# words: "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên (huyện)", "Trung tâm học tập cộng đồng (các xã)" ("thường
# xuyên", "tập" end a name elsewhere), and their abbreviations expand ("Trung tâm GDNN-GDTX huyện").
@pytest.mark.parametrize("text,expected", [
    ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức các lớp đào tạo nghề cho lao động nông thôn.",
     {"Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"}),
    ("Giao Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên chủ trì mở lớp.",
     {"Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"}),
    ("Trung tâm Giáo dục thường xuyên tỉnh phối hợp tổ chức.", {"Trung tâm Giáo dục thường xuyên tỉnh"}),
    ("Trung tâm học tập cộng đồng xã Tân Lập tổ chức tuyên truyền.", {"Trung tâm học tập cộng đồng xã Tân Lập"}),
    ("Phối hợp với Trung tâm GDNN-GDTX huyện tổ chức tuyển sinh.",
     {"Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"}),
    # negatives: "thường xuyên" after another name is the task's adverb; "tập" alone ends a name
    ("Trung tâm Y tế huyện thường xuyên kiểm tra.", {"Trung tâm Y tế huyện"}),
    ("Sở Giáo dục và Đào tạo thường xuyên kiểm tra, đôn đốc.", {"Sở Giáo dục và Đào tạo"}),
    ("Trung tâm Văn hóa huyện tập trung tuyên truyền.", {"Trung tâm Văn hóa huyện"}),
])
def test_continuing_education_centres_are_named_whole(text, expected):
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == expected


# s32c: a short name given in parentheses right after a unit's full name, its head and an abbreviation ("Phòng Giáo dục phổ
# thông (Phòng GDPT)"), is that unit where the document then calls it so, in the text and in a task table's cells; a
# sub-unit in parentheses after a body of another head stays its own ("Công an tỉnh (Phòng PA03)").
@pytest.mark.parametrize("text,expected", [
    ("1. Phòng Giáo dục phổ thông (Phòng GDPT) là đầu mối, chủ trì triển khai Kế hoạch.\n"
     "2. Phòng Kế hoạch - Tài chính (Phòng KHTC) chủ trì, phối hợp với Phòng GDPT bố trí kinh phí.\n\n"
     "TT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n1\tTập huấn giáo viên\tPhòng GDPT\tPhòng KHTC\tQuý II/2027\n",
     {"Phòng Giáo dục phổ thông": "lead", "Phòng Kế hoạch - Tài chính": "lead"}),
    ("Công an tỉnh (Phòng PA03) chủ trì; Phòng PA03 phối hợp với Sở Y tế rà soát.",
     {"Công an tỉnh": "lead", "Phòng PA03": "assigned", "Sở Y tế": "coordinate"}),
])
def test_short_names_given_in_parentheses(text, expected):
    assert named(text) == expected


# s32c: a Sở Giáo dục và Đào tạo's offices named after a level of education in lower case ("Phòng Giáo dục phổ thông",
# "Phòng Giáo dục mầm non": Luật Giáo dục 2019, Điều 6) are named whole.
@pytest.mark.parametrize("text,expected", [
    ("Phòng Giáo dục phổ thông chủ trì hướng dẫn chuyên môn.", {"Phòng Giáo dục phổ thông"}),
    ("Phòng Giáo dục mầm non phối hợp với Phòng Kế hoạch - Tài chính rà soát.", {"Phòng Giáo dục mầm non", "Phòng Kế hoạch - Tài chính"}),
    ("Phòng Giáo dục và Đào tạo chủ trì.", {"Phòng Giáo dục và Đào tạo"}),
    # s33d: an office joining two levels, by "và" or a dash
    ("Chủ trì, phối hợp với Phòng Giáo dục mầm non và Giáo dục thường xuyên tham mưu Giám đốc Sở triển khai Kế hoạch.",
     {"Phòng Giáo dục mầm non và Giáo dục thường xuyên"}),
    ("Giao Phòng Giáo dục trung học - Giáo dục thường xuyên chủ trì.", {"Phòng Giáo dục trung học - Giáo dục thường xuyên"}),
])
def test_education_offices_named_by_level(text, expected):
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == expected


# s32l: a standing board named by its head alone ("Bộ Chỉ huy", "Ban Chỉ đạo", "Ủy ban Kiểm tra") is the one board of that
# head the document names in full, tasked there or not (the issuer's own sentence); two full names: which one is not said,
# the short name stays; a head that names two different bodies ("Ban Tổ chức") is never completed.
@pytest.mark.parametrize("text,expected", [
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh xây dựng Kế hoạch như sau:\n1. Phòng Tham mưu chủ trì triển khai Kế hoạch.\n"
     "2. Bộ Chỉ huy tổ chức sơ kết 6 tháng vào tháng 7/2027.\n",
     {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Phòng Tham mưu"}),
    ("1. Ủy ban Kiểm tra Liên đoàn Lao động tỉnh chủ trì kiểm tra tài chính công đoàn.\n"
     "2. Ủy ban Kiểm tra phối hợp với Ban Tổ chức hướng dẫn công đoàn cơ sở.\n",
     {"Ủy ban Kiểm tra Liên đoàn Lao động tỉnh", "Ban Tổ chức"}),
    ("1. Ban Quản lý Khu kinh tế tỉnh chủ trì xúc tiến đầu tư.\n2. Ban Quản lý chủ trì tổng hợp, báo cáo.\n",
     {"Ban Quản lý Khu kinh tế tỉnh"}),
    # negatives: two boards of the head named in full; none named in full; a head that names two kinds of body
    ("1. Ban Quản lý Khu kinh tế tỉnh chủ trì xúc tiến đầu tư.\n2. Ban Quản lý dự án đầu tư xây dựng tỉnh phối hợp thi "
     "công.\n3. Ban Quản lý chủ trì tổng hợp, báo cáo.\n",
     {"Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh", "Ban Quản lý"}),
    ("Bộ Chỉ huy chủ trì tổ chức sơ kết.\n", {"Bộ Chỉ huy"}),
    ("1. Ban Tổ chức Tỉnh ủy chủ trì hướng dẫn.\n2. Ban Tổ chức Đại hội chuẩn bị khai mạc.\n",
     {"Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Đại hội"}),
])
def test_a_board_named_by_its_head_alone_is_the_one_named_in_full(text, expected):
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == expected


# s32d: the land development centres (Luật Đất đai 2024, Điều 115) and the mine action centres (Nghị định 18/2019/NĐ-CP) are
# named whole ("quỹ", "bom mìn" are words of their names); "quỹ" after another name is the task's object
@pytest.mark.parametrize("text,expected", [
    ("Đề nghị Trung tâm Phát triển quỹ đất tỉnh tiếp nhận, quản lý các cơ sở nhà, đất được giao.",
     {"Trung tâm Phát triển quỹ đất tỉnh"}),
    ("Giao Trung tâm Hành động bom mìn tỉnh quản lý cơ sở dữ liệu, giám sát kết quả rà phá.", {"Trung tâm Hành động bom mìn tỉnh"}),
    ("Đề nghị Trung tâm Hành động bom mìn quốc gia Việt Nam (VNMAC) hỗ trợ kết nối nhà tài trợ.",
     {"Trung tâm Hành động bom mìn quốc gia Việt Nam"}),
    ("Sở Tài chính cân đối quỹ đất cho dự án.", {"Sở Tài chính"}),
])
def test_land_development_and_mine_action_centres_are_named_whole(text, expected):
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == expected


@pytest.mark.parametrize("text, runs", [
    ("Nơi nhận:\n- Bộ Y tế (để b/c);\n- Văn phòng Thành ủy (để ph/h);\n- Lưu: VT.", 1),
    ("Nơi nhận:\n- Bộ Y tế (để b/c);\n- Sở Nội vụ;\n- Lưu: VT.", 0),  # one reason: no distribution list
    # two reasons in the text, one in each run (a blank line between): neither run is a list
    ("- Bộ Y tế (để b/c);\n- Sở Nội vụ;\n\nNội dung.\n\n- Sở Tài chính (để biết);\n- Sở Xây dựng;", 0),
    ("Báo cáo (để biết) và (để báo cáo) gửi Sở Y tế trước ngày 15/12/2026.", 0),  # reasons on no dash line
])
def test_distribution_lists_need_two_reasons_in_one_run(text, runs):
    from extractors.bodies.skipped import distribution_lists

    assert len(distribution_lists(text)) == runs


# s33w: the one-stop centre (Nghị định 118/2025/NĐ-CP; before it Nghị định 61/2018/NĐ-CP) is named whole whatever the case of
# its words: "Giám đốc Trung tâm phục vụ hành chính công tỉnh" in a closing list is a body, its spelling unified, and the
# list's task stays the list's; "phục vụ" after another name is the task's verb.
@pytest.mark.parametrize("text,expected", [
    ("Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Giám đốc Trung tâm phục vụ hành chính công tỉnh và các tổ "
     "chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     {("Văn phòng Ủy ban nhân dân tỉnh", "chịu trách nhiệm thi hành Quyết định này"),
      ("Sở Công Thương", "chịu trách nhiệm thi hành Quyết định này"),
      ("Trung tâm Phục vụ hành chính công tỉnh", "chịu trách nhiệm thi hành Quyết định này")}),
    ("Giao Trung tâm phục vụ Hành chính công tỉnh chủ trì rà soát quy trình.",
     {("Trung tâm Phục vụ hành chính công tỉnh", "chủ trì rà soát quy trình")}),
    ("Trung tâm Phục vụ hành chính công cấp xã niêm yết công khai thủ tục.",
     {("Trung tâm Phục vụ hành chính công cấp xã", "niêm yết công khai thủ tục")}),
    # negative: "phục vụ" after another centre's name is what it does
    ("Trung tâm Y tế huyện phục vụ nhân dân khám bệnh.", {("Trung tâm Y tế huyện", "phục vụ nhân dân khám bệnh")}),
])
def test_the_one_stop_centre_is_named_whole(text, expected):
    assert {(b.name_canonical, b.task) for b in extract_bodies(text) if b.kind != "collective"} == expected


# s33w: a word that opens with a plural's noun is no plural of bodies (collective_words.tsv): "các bộ phận", "các hội nghị",
# "các ngành, nghề", "các trường dữ liệu"; "các bộ, ngành", "các phòng chuyên môn", "các trường học" are.
@pytest.mark.parametrize("text,collectives", [
    ("Các bộ phận tạo thành thủ tục hành chính còn lại thực hiện theo quy định.", []),
    ("Chủ tịch UBND xã chỉ đạo các bộ phận liên quan phối hợp giải quyết, trả lời cử tri.", []),
    ("- Các ngành, nghề cấm đầu tư kinh doanh quy định tại Điều 6 Luật Đầu tư;", []),
    ("Ban Chỉ đạo tổ chức các hội nghị triển khai hoạt động.", []),
    ("Bộ Công an chủ trì xây dựng các trường dữ liệu do doanh nghiệp cung cấp.", []),
    # negatives: plurals of bodies
    ("Sở Nội vụ phối hợp với các bộ, ngành, địa phương tổ chức hội nghị.", ["các bộ, ngành, địa phương"]),
    ("Các phòng chuyên môn thuộc Sở tham mưu thực hiện.", ["Các phòng chuyên môn thuộc Sở"]),
    ("Các trường học tổ chức ngoại khóa.", ["Các trường học"]),
])
def test_a_word_that_opens_with_a_plurals_noun_is_no_plural(text, collectives):
    assert [b.name for b in extract_bodies(text) if b.kind == "collective"] == collectives


# s33f: a task item's bodies on label lines under it ("Đơn vị chủ trì: …", "Cơ quan phối hợp: …") are given the item: its
# heading over its points, the point itself after the fields of the item before, its "Nội dung:" field, or the line above;
# a line that names bodies and no task ("b) Phối hợp với các sở, ngành, UBND các xã, phường") gives them its first point
# below. Not a decision's numbered points "3. Cơ quan tổ chức lập: …⏎4. Cơ quan phối hợp: …": each names its own work.
@pytest.mark.parametrize("text,name,task", [
    ("4. Nâng cao phẩm chất cho đội ngũ công chức\n\n- Tăng cường giáo dục chính trị.\n\n- Nâng cao nhận thức;\n"
     "ý thức trách nhiệm của đội ngũ.\n\nĐơn vị thực hiện: Các Sở, ngành, UBND cấp xã.\n\nĐơn vị phối hợp: Sở Tư pháp.\n\n"
     "Thời gian thực hiện: Thường xuyên.\n", "Sở Tư pháp", "Nâng cao phẩm chất cho đội ngũ công chức"),
    ("Thời gian thực hiện: Thường xuyên.\n\n- Tổ chức tập huấn kỹ năng xây dựng pháp luật.\n\nĐơn vị chủ trì tham mưu thực hiện: "
     "Sở Tư pháp.\n\nĐơn vị phối hợp thực hiện: Sở Nội vụ.\n", "Sở Nội vụ", "Tổ chức tập huấn kỹ năng xây dựng pháp luật"),
    ("1. Tái cơ cấu ngành công nghiệp theo chiều sâu\n- Tham mưu chính sách thu hút dự án.\n- Đôn đốc doanh nghiệp.\n"
     "Lãnh đạo phụ trách: Phó giám đốc Hoàng Văn Thuân.\nĐơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng "
     "Quản lý Năng lượng, Văn phòng Sở.\n", "Phòng Quản lý Công nghiệp", "Tái cơ cấu ngành công nghiệp theo chiều sâu"),
    ("a) Hoạt động 1\n\n- Nội dung: Triển khai Tháng hành động vì bình đẳng giới.\n\n- Cơ quan thực hiện: Sở Nội vụ chủ trì, "
     "phối hợp với Sở Y tế.\n", "Sở Y tế", "Triển khai Tháng hành động vì bình đẳng giới"),
    ("a) Hoạt động 1\n\n- Nội dung:\n\n+ Tổng kết mô hình một cửa hỗ trợ phụ nữ.\n\n+ Tập huấn cho đội ngũ y bác sỹ.\n\n"
     "- Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với Sở Nội vụ.\n", "Sở Nội vụ", "Tổng kết mô hình một cửa hỗ trợ phụ nữ"),
    ("1. Tuyên truyền, phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật.\n\n- Cơ quan thực hiện: Sở Khoa học và Công nghệ; "
     "Sở Tư pháp.\n\n- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường.\n", "Ủy ban nhân dân các xã, phường",
     "Tuyên truyền, phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật"),
    ("1. Sở Công Thương\n\na) Chủ trì thực hiện các nhiệm vụ sau\n\nb) Phối hợp với các sở, ngành, UBND các xã, phường\n\n"
     "- Hỗ trợ các nhà đầu tư phát triển hạ tầng thương mại.\n", "UBND các xã, phường",
     "Hỗ trợ các nhà đầu tư phát triển hạ tầng thương mại"),
])
def test_bodies_on_label_lines_take_the_item_above_as_their_task(text, name, task):
    assert next(b.task for b in extract_bodies(text) if b.name == name) == task


def test_a_decisions_numbered_points_keep_their_own_work():
    text = ("3. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp.\n4. Cơ quan phối hợp: Ủy ban nhân dân các huyện: "
            "Hoa Lư, Nho Quan và Yên Mô.\n5. Cơ quan thẩm định: Sở Xây dựng.\n6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.\n"
            "7. Dự toán kinh phí: theo quy định.\n")
    assert {(b.name, b.task) for b in extract_bodies(text) if b.name in ("Sở Xây dựng", "Ủy ban nhân dân tỉnh")} == {
        ("Sở Xây dựng", None), ("Ủy ban nhân dân tỉnh", None)}


# s33w: a title said once before a colon for the bodies after it ("…; Giám đốc: Trung tâm …, Trung tâm …; Chủ tịch …") does
# not cut a closing list: every body of it gets the list's task, not the rest of the list.
@pytest.mark.parametrize("text,expected", [
    ("Điều 4. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế; Giám đốc: Trung tâm Phục vụ hành chính công tỉnh, Trung tâm Công "
     "báo - Tin học tỉnh; Chủ tịch UBND cấp xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     {"Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế", "Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm Công báo - Tin học tỉnh",
      "Chủ tịch Ủy ban nhân dân cấp xã"}),
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân thành phố; Giám đốc: Sở Nông nghiệp và Môi trường, Sở Nội vụ; Chủ tịch Ủy ban "
     "nhân dân xã, phường chịu trách nhiệm thi hành Quyết định này.",
     {"Văn phòng Ủy ban nhân dân thành phố", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ", "Chủ tịch Ủy ban nhân dân xã, phường"}),
])
def test_a_title_before_a_colon_goes_on_with_the_list(text, expected):
    rows = [b for b in extract_bodies(text) if b.kind != "collective"]
    assert {b.name_canonical for b in rows} == expected
    assert {b.task for b in rows} == {"chịu trách nhiệm thi hành Quyết định này"}


# s33w: the Government's closing formula as decrees and the Prime Minister's decisions write it ("Các Bộ trưởng, Thủ trưởng cơ
# quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương …"), "Bộ"
# in either case, is one collective, and the committees' chairmen after it a body of the list.
@pytest.mark.parametrize("text,collective", [
    ("Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân tỉnh, "
     "thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.",
     "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Thủ trưởng cơ quan thuộc Chính phủ"),
    ("Điều 9. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố "
     "trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này./.",
     "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ"),
    ("3. Bộ trưởng các bộ, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
     "thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này.",
     "Bộ trưởng các bộ, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ"),
])
def test_the_governments_closing_formula(text, collective):
    rows = extract_bodies(text)
    assert [b.name for b in rows if b.kind == "collective"] == [collective]
    assert {(b.name_canonical, b.level, b.task) for b in rows if b.kind != "collective"} == {
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố" if "các tỉnh" in text else "Chủ tịch Ủy ban nhân dân tỉnh, thành phố",
         "tinh", "chịu trách nhiệm thi hành " + ("Nghị định này" if "Nghị định" in text else "Quyết định này"))}


def test_a_ministers_list_by_name_stays_named():
    assert {b.name_canonical for b in extract_bodies("Bộ trưởng các Bộ: Tài chính, Y tế chịu trách nhiệm thi hành.")} == {
        "Bộ Tài chính", "Bộ Y tế"}


# s33w: a plural's capital alone after its heads' title in a closing list ("Giám đốc các Sở, Thủ trưởng các Ban, Ngành cấp
# tỉnh; …", "Giám đốc các Sở; …") is a collective, its next noun with a capital too ("các Ban, Ngành"); the list goes on to
# its last body; a name by its head after the plural ("các sở, Ban Chỉ đạo tỉnh") and a list of departments by name stay.
@pytest.mark.parametrize("text,collectives,named", [
    ("Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc Sở Nội vụ; Giám đốc các Sở, Thủ trưởng các Ban, ngành; Chủ tịch UBND cấp xã "
     "và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.",
     ["Giám đốc các Sở", "Thủ trưởng các Ban, ngành", "các tổ chức, cá nhân có liên quan"],
     {"Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Chủ tịch Ủy ban nhân dân cấp xã"}),
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở, Thủ trưởng các Ban, Ngành cấp tỉnh liên quan; Chủ tịch Ủy ban nhân "
     "dân các xã, phường chịu trách nhiệm thi hành Quyết định này./.",
     ["Giám đốc các Sở", "Thủ trưởng các Ban, Ngành cấp tỉnh liên quan"],
     {"Văn phòng Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân các xã, phường"}),
    # negatives: a board by its name after the plural; departments listed by name
    ("Sở Y tế phối hợp với các sở, Ban Chỉ đạo tỉnh triển khai.", ["các sở"], {"Sở Y tế", "Ban Chỉ đạo tỉnh"}),
    ("Giám đốc các Sở: Tư pháp, Tài chính chịu trách nhiệm thi hành Quyết định này.", [], {"Sở Tư pháp", "Sở Tài chính"}),
])
def test_a_plurals_capital_after_its_heads_title(text, collectives, named):
    rows = extract_bodies(text)
    assert [b.name for b in rows if b.kind == "collective"] == collectives
    assert {b.name_canonical for b in rows if b.kind != "collective"} == named
    if "thi hành" in text:
        assert {b.task for b in rows} == {"chịu trách nhiệm thi hành Quyết định này"}


# s36d: a numbered area with its seat after a dash is one name, as the defence zones that took the district military commands'
# duties from 1/7/2025 and the areas' courts are named; a task after the dash is no seat
@pytest.mark.parametrize("text, named", [
    ("8. Đề nghị Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy Phòng thủ khu vực 2 - Tân Hiệp\nHướng dẫn, thẩm định hệ thống văn kiện.",
     {"Bộ Chỉ huy Quân sự tỉnh": "requested", "Ban Chỉ huy Phòng thủ khu vực 2 - Tân Hiệp": "requested"}),
    ("Tòa án nhân dân khu vực 1 - Hà Nội chủ trì tuyên truyền pháp luật.", {"Tòa án nhân dân khu vực 1 - Hà Nội": "lead"}),
    ("Kho bạc Nhà nước khu vực XIII chủ trì đối chiếu số thu.", {"Kho bạc Nhà nước khu vực XIII": "lead"}),
])
def test_a_numbered_area_with_its_seat(text, named):
    assert {b.name_canonical: b.role for b in extract_bodies(text)} == named


# s36d: a proper name wrapped inside a crawled task table's cell ("Thuế tỉnh Quảng⏎Ngãi", "Khu kinh tế Vân⏎Phong;") is one name;
# a cell of one body a line keeps its bodies apart
def test_a_name_wrapped_inside_a_crawled_cell():
    text = ("PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n\n|\nSTT\n|\nNội dung nhiệm vụ\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian hoàn thành\n|\n|\n"
            "1\n|\nXác định giá khởi điểm\n|\nSở Nông nghiệp và Môi trường\n|\nSở Tài chính, Thuế tỉnh Quảng\nNgãi\n|\nHằng quý\n|\n|\n"
            "2\n|\nXúc tiến đầu tư\n|\nSở Tài chính\n|\nBan Quản lý Khu kinh tế Vân\nPhong; Sở Khoa học và Công nghệ;\nBảo hiểm xã hội tỉnh\n|\n"
            "Quý II/2026\n|\n|\n")
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == {
        "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Thuế tỉnh Quảng Ngãi", "Ban Quản lý Khu kinh tế Vân Phong",
        "Sở Khoa học và Công nghệ", "Bảo hiểm xã hội tỉnh"}


# k20: a name wrapped inside a crawled task table's cell after a word in lower case ("Ban Quản lý Quần thể danh thắng⏎Tràng
# An") is one name when the line's last item opens a body's name; a line whose item opens none ("các xã liên quan⏎Tràng
# An": no head) is not joined to the next, nor a line followed by a name of its own ("…danh thắng⏎Sở Du lịch")
def test_a_name_wrapped_after_a_lower_case_word_in_a_crawled_cell():
    head = "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n\n|\nSTT\n|\nNội dung nhiệm vụ\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian hoàn thành\n|\n|\n"
    text = head + ("1\n|\nĐầu tư tuyến đường thủy nội địa\n|\nSở Xây dựng\n|\nBan Quản lý Quần thể danh thắng\nTràng An\n|\n"
                   "2026 - 2028\n|\n|\n")
    names = {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"}
    assert names == {"Sở Xây dựng", "Ban Quản lý Quần thể danh thắng Tràng An"}
    near = head + ("1\n|\nĐầu tư tuyến đường thủy nội địa\n|\nSở Xây dựng\n|\nBan Quản lý Quần thể danh thắng\nSở Du lịch\n|\n"
                   "2026 - 2028\n|\n|\n")
    assert "Sở Du lịch" in {b.name_canonical for b in extract_bodies(near)}
    assert "Ban Quản lý Quần thể danh thắng Sở Du lịch" not in {b.name_canonical for b in extract_bodies(near)}


# w21c: a name in a task table's body cell runs to the end of its piece of the cell over lower-case words and a number, a
# comma among them ("Phòng Quản lý, hỗ trợ doanh nghiệp số 1", the divisions of a Thuế tỉnh); a name after "và", a capital or
# "các" is a name of its own
def test_a_cells_name_runs_over_its_lower_case_rest():
    text = ("Bảng 2. Phân công thực hiện\nTT\tNội dung\tBộ phận thực hiện\tThời hạn\n"
            "1\tRà soát nợ thuế\tPhòng Quản lý, hỗ trợ doanh nghiệp số 1\tQuý I/2027\n"
            "2\tĐối chiếu dữ liệu hóa đơn\tPhòng Công nghệ, chuyển đổi số và Thống kê thuế\tHằng tháng\n"
            "3\tKiểm tra hộ kinh doanh\tSở Tài chính, các sở, ngành liên quan\tQuý II/2027\n"
            "4\tTuyên truyền\tSở Văn hóa, Thể thao và Du lịch và Sở Tài chính\tQuý III/2027\n")
    assert {b.name_canonical for b in extract_bodies(text) if b.kind != "collective"} == {
        "Phòng Quản lý, hỗ trợ doanh nghiệp số 1", "Phòng Công nghệ, chuyển đổi số và Thống kê thuế", "Sở Tài chính",
        "Sở Văn hóa, Thể thao và Du lịch"}


# r21: a qualifier after a name's lower-case rest ("có liên quan", "trên địa bàn", "cùng cấp") is none of the name, as right
# after the name: the name ends before it
@pytest.mark.parametrize("cell", ["Phòng Quản lý, hỗ trợ doanh nghiệp có liên quan", "Phòng Quản lý, hỗ trợ doanh nghiệp trên địa bàn",
                                  "Phòng Quản lý, hỗ trợ doanh nghiệp cùng cấp"])
def test_a_qualifier_after_a_cells_lower_case_rest_is_no_part_of_the_name(cell):
    text = ("Bảng 2. Phân công thực hiện\nTT\tNội dung\tBộ phận thực hiện\tThời hạn\n"
            f"1\tRà soát nợ thuế\t{cell}\tQuý I/2027\n")
    assert [b.name for b in extract_bodies(text)] == ["Phòng Quản lý, hỗ trợ doanh nghiệp"]


def test_the_owner_after_cua_in_a_table_cell_is_given_nothing():
    """w21d: "Các ban, cơ quan đảng của Tỉnh ủy" in a "phối hợp" cell: the bodies given the task are the collective, "Tỉnh ủy"
    after "của" only owns them, as in a clause; a body named alone in the cell is still one."""
    text = ("STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n"
            "1\tSơ kết giữa kỳ\tVăn phòng Tỉnh ủy\tCác ban, cơ quan đảng của Tỉnh ủy\tQuý III/2028\n"
            "2\tTổng kết\tVăn phòng Tỉnh ủy\tBan Tổ chức Tỉnh ủy\tTháng 11/2030\n")
    rows = [(b.name_canonical, b.role) for b in extract_bodies(text) if b.kind != "collective"]
    assert rows == [("Văn phòng Tỉnh ủy", "lead"), ("Văn phòng Tỉnh ủy", "lead"), ("Ban Tổ chức Tỉnh ủy", "coordinate")]
def test_a_sub_unit_in_parentheses_in_a_table_cell_is_the_body_before():
    """w21a: "Công an tỉnh (Phòng Cảnh sát đường thủy)" in a "phối hợp" cell is Công an tỉnh, as in a clause (spec: a sub-unit
    in parentheses belongs to the body before it); a unit alone in a cell, or listed beside one, is still its own."""
    text = ("TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
            "1\tKiểm tra bến khách ngang sông\tSở Xây dựng\tCông an tỉnh (Phòng Cảnh sát đường thủy); Bộ Chỉ huy Bộ đội Biên "
            "phòng tỉnh\tTháng 6 - 8/2027\n"
            "2\tTuần tra trên sông\tPhòng Cảnh sát đường thủy\tSở Xây dựng\tQuý III/2027\n")
    rows = [(b.name_canonical, b.role) for b in extract_bodies(text) if b.kind != "collective"]
    assert rows == [("Sở Xây dựng", "lead"), ("Công an tỉnh", "coordinate"), ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "coordinate"),
                    ("Phòng Cảnh sát đường thủy", "lead"), ("Sở Xây dựng", "coordinate")]


@pytest.mark.parametrize("text, names", [
    # w21a: the police's unit for the movement "Toàn dân bảo vệ an ninh Tổ quốc" by its whole name (names.tsv)
    ("2. Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc (PV05) chủ trì hướng dẫn xây dựng phong trào.",
     ["Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"]),
    ("Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Công an tỉnh phối hợp kiểm tra.",
     ["Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Công an tỉnh"]),
    # near miss: a Sở Xây dựng followed by a task that names the movement keeps its own name
    ("Sở Xây dựng phối hợp tuyên truyền phong trào bảo vệ an ninh Tổ quốc.", ["Sở Xây dựng"]),
])
def test_the_movements_police_unit_by_its_whole_name(text, names):
    assert [b.name_canonical for b in extract_bodies(text) if b.kind != "collective"] == names


def test_a_task_tables_column_named_by_the_kind_of_unit_gives_its_bodies():
    """w22c: a hospital's table of its units' tasks names its bodies' column by their kind ("Khoa, phòng"), not by a role: the
    unit leads its row beside a column of those who take part; a table without one gives it its row."""
    text = ("TT\tKhoa, phòng\tNhiệm vụ trọng tâm\tĐơn vị phối hợp\tThời hạn hoàn thành\n"
            "1\tPhòng Kế hoạch tổng hợp\tGiao chỉ tiêu chuyên môn cho từng khoa\tPhòng Điều dưỡng\tTrước ngày 15/01/2027\n"
            "2\tKhoa Dược\tBảo đảm cung ứng đủ thuốc\tPhòng Tài chính kế toán\tThường xuyên\n")
    rows = [(b.name_canonical, b.role) for b in extract_bodies(text) if b.kind != "collective"]
    assert rows == [("Phòng Kế hoạch tổng hợp", "lead"), ("Phòng Điều dưỡng", "coordinate"), ("Khoa Dược", "lead"),
                    ("Phòng Tài chính kế toán", "coordinate")]
    alone = "TT\tKhoa, phòng\tNhiệm vụ trọng tâm\tThời hạn hoàn thành\n1\tKhoa Dược\tBảo đảm cung ứng đủ thuốc\tQuý I/2027\n"
    assert [(b.name_canonical, b.role) for b in extract_bodies(alone)] == [("Khoa Dược", "assigned")]


# w22a: in a task table's body cell, "và" and a word in lower case go on with the name (the units of a procuracy and a court:
# "Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự", "Phòng Kiểm tra nghiệp vụ và thi hành án"); a collective after
# "và" is one of its own. A court's specialised court named with its court is one body ("Tòa Hình sự Tòa án nhân dân tỉnh",
# heads.tsv: Luật Tổ chức Tòa án nhân dân 2024), as "Phòng Cảnh sát hình sự Công an tỉnh" is; a procuracy's office
# "Văn phòng tổng hợp" is named whole (names.tsv).
def test_the_units_of_a_procuracy_and_a_court():
    text = ("STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
            "1\tKiểm sát trại tạm giam\tPhòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự\tSở Y tế và các đơn vị liên quan\tQuý I/2027\n"
            "2\tKiểm tra việc công bố bản án\tPhòng Kiểm tra nghiệp vụ và thi hành án\tTòa Hình sự Tòa án nhân dân tỉnh\tQuý II/2027\n")
    rows = {(b.name_canonical, b.role) for b in extract_bodies(text) if b.kind != "collective"}
    assert rows == {("Phòng Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự", "lead"), ("Sở Y tế", "coordinate"),
                    ("Phòng Kiểm tra nghiệp vụ và thi hành án", "lead"), ("Tòa Hình sự Tòa án nhân dân tỉnh", "coordinate")}
    prose = "1. Văn phòng tổng hợp chủ trì, phối hợp với Phòng Thống kê tội phạm và công nghệ thông tin theo dõi, đôn đốc."
    assert {(b.name, b.role) for b in extract_bodies(prose)} == {
        ("Văn phòng tổng hợp", "lead"), ("Phòng Thống kê tội phạm và công nghệ thông tin", "coordinate")}
    # near miss: the head alone and its verb, what it compiles after it ("Văn phòng tổng hợp kết quả"), as "Văn phòng tổng hợp,
    # báo cáo kết quả." (test_negative)
    assert [b.name for b in extract_bodies("Văn phòng tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.") if b.name.startswith("Văn")] == []


@pytest.mark.parametrize("text, names", [
    # w22d: the Sở Xây dựng's units that match Bộ Xây dựng's Cục (Nghị định 33/2025/NĐ-CP) by their whole names
    ("- Phòng Quản lý hoạt động xây dựng chủ trì về cấp phép và kiểm tra trật tự xây dựng.", ["Phòng Quản lý hoạt động xây dựng"]),
    ("- Phòng Quản lý nhà và thị trường bất động sản chủ trì tham mưu Chương trình phát triển nhà ở.",
     ["Phòng Quản lý nhà và thị trường bất động sản"]),
    # near miss: "xây dựng" after another body is its task, not its name
    ("- Sở Tài chính xây dựng dự toán kinh phí thực hiện.", ["Sở Tài chính"]),
])
def test_the_construction_departments_units_by_their_whole_names(text, names):
    assert [b.name_canonical for b in extract_bodies(text) if b.kind != "collective"] == names


@pytest.mark.parametrize("text, names", [
    # w22b: a regional customs branch's teams by their whole names ("hải quan", "rủi ro": name_words.tsv)
    ("Đội Kiểm soát hải quan chủ trì, phối hợp với Công an tỉnh tuần tra, kiểm soát.", ["Đội Kiểm soát hải quan", "Công an tỉnh"]),
    ("Đội Quản lý rủi ro chủ trì áp dụng quản lý rủi ro trong phân luồng tờ khai.", ["Đội Quản lý rủi ro"]),
    # near misses: the customs as a common noun names no body; a task "quản lý rủi ro" after a name stays out of it
    ("Cơ quan hải quan phối hợp với Sở Công Thương kiểm tra.", ["Sở Công Thương"]),
    ("Sở Tài chính quản lý rủi ro tài chính của các dự án.", ["Sở Tài chính"]),
])
def test_the_customs_teams_by_their_whole_names(text, names):
    assert [b.name_canonical for b in extract_bodies(text) if b.kind != "collective"] == names


@pytest.mark.parametrize("text, names", [
    # w23d: the standing officers of an association, named with it ("Thường trực Hội Khuyến học tỉnh", heads.tsv), as a
    # council's "Thường trực Hội đồng nhân dân"; "Thường trực Hội" alone names no body (near miss)
    ("1. Thường trực Hội Khuyến học tỉnh\nChủ trì tổ chức thực hiện Chương trình; hướng dẫn, kiểm tra các cấp hội.",
     ["Thường trực Hội Khuyến học tỉnh"]),
    ("Kế hoạch được Thường trực Hội phê duyệt trong tháng 02/2026.", []),
    # near miss: a council's standing members ("Thường trực Hội đồng Thi đua - Khen thưởng") are no association's
    ("2. Thường trực Hội đồng Thi đua - Khen thưởng thường xuyên xem xét, kiểm tra tiến độ.", []),
    # w23d: a board named after the learning society ("Xã hội học tập", Quyết định 1373/QĐ-TTg) keeps its last word "tập"
    ("Ban Tuyên truyền - Xã hội học tập chủ trì công tác tuyên truyền.", ["Ban Tuyên truyền - Xã hội học tập"]),
    # w23d: a heading's body that ends with its level is over at the line's end: the next line's "Ban …" is another body,
    # not the rest of a place's name ("tỉnh⏎Ban Tổ chức")
    ("2. Các Ban chuyên môn của Hội Khuyến học tỉnh\nBan Tổ chức - Kiểm tra chủ trì hướng dẫn kiện toàn tổ chức; Ban Quỹ chủ "
     "trì vận động quỹ.", ["Ban Tổ chức - Kiểm tra", "Ban Quỹ"]),
    # near miss: a province's name wrapped onto the next line stays the province's
    ("Đề nghị Ủy ban nhân dân tỉnh\nQuảng Ninh chỉ đạo các sở phối hợp.", ["Ủy ban nhân dân tỉnh Quảng Ninh"]),
])
def test_an_associations_standing_officers_and_boards(text, names):
    assert [b.name_canonical for b in extract_bodies(text) if b.kind != "collective"] == names


@pytest.mark.parametrize("text, names", [
    # w23d: a research institute named for "Nông Lâm nghiệp" keeps the field's last syllable and the region after it
    ("- Phối hợp với Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên tổ chức Diễn đàn.",
     ["Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên"]),
    # near miss: a company named for the same field keeps its own name as before
    ("Công ty Lâm nghiệp Sông Hiếu chủ trì trồng rừng.", ["Công ty Lâm nghiệp Sông Hiếu"]),
])
def test_a_research_institute_named_for_agriculture_and_forestry(text, names):
    assert [b.name_canonical for b in extract_bodies(text) if b.kind != "collective"] == names


@pytest.mark.parametrize("text, names", [
    # w23a: the units of the economic-zone boards, port and airport authorities by their whole names
    ("Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp khu kinh tế chủ trì tổ chức 03 hội nghị.",
     ["Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp khu kinh tế"]),
    ("Phòng Pháp chế - Thủ tục tàu thuyền chủ trì thực hiện thủ tục cho tàu thuyền vào, rời cảng.",
     ["Phòng Pháp chế - Thủ tục tàu thuyền"]),
    ("Đại diện Cảng vụ tại Cẩm Phả, Đại diện Cảng vụ tại Hải Hà chủ trì kiểm soát hoạt động chuyển tải.",
     ["Đại diện Cảng vụ tại Cẩm Phả", "Đại diện Cảng vụ tại Hải Hà"]),
    ("Phối hợp với Bộ đội Biên phòng tỉnh Quảng Ninh, Cảnh sát biển Vùng 1, Công an tỉnh Quảng Ninh trong kiểm soát an ninh.",
     ["Bộ đội Biên phòng tỉnh Quảng Ninh", "Cảnh sát biển Vùng 1", "Công an tỉnh Quảng Ninh"]),
    ("Sở Y tế phối hợp với Cảng hàng không Thọ Xuân kiện toàn đội cấp cứu.", ["Sở Y tế", "Cảng hàng không Thọ Xuân"]),
    ("Đề nghị Tổng công ty Cảng hàng không Việt Nam - CTCP đầu tư mở rộng sân đỗ tàu bay.",
     ["Tổng công ty Cảng hàng không Việt Nam - CTCP"]),
    # near misses: the airport as a place given no task, "đại diện" as a common noun
    ("Sở Xây dựng chủ trì mở tuyến xe buýt kết nối Cảng hàng không Thọ Xuân với trung tâm tỉnh.", ["Sở Xây dựng"]),
    ("Sở Tài chính cử đại diện tham gia Tổ công tác.", ["Sở Tài chính"]),
    ("Cảng hàng không hiện khai thác 9 đường bay nội địa.", []),
    # a project built in phases named after its airport, in a list of projects: the work, not a body (its investor, in the
    # "Chủ đầu tư" column beside a time column, is given each row: w23b's list with a doers and a time column)
    ("STT\tDự án\tDiện tích bàn giao năm 2026 (ha)\tThời hạn bàn giao\tChủ đầu tư\n1\tĐường Vành đai 4\t620\t30/9/2026\t"
     "Sở Xây dựng\n2\tCảng hàng không quốc tế Long Thành (giai đoạn 2)\t1.150\t31/12/2026\tSở Xây dựng\n",
     ["Sở Xây dựng", "Sở Xây dựng"]),
])
def test_zone_port_and_airport_units_by_their_whole_names(text, names):
    assert [b.name_canonical for b in extract_bodies(text) if b.kind != "collective"] == names

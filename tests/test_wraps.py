"""Hard line wraps: which line ends are joined, which stay (pipeline/wraps.py via normalise)."""
from __future__ import annotations

import pytest

from pipeline.normalise import normalise
from pipeline.sections import build_outline
from pipeline.wraps import WrapProfile, joins, profile_of

PLAIN = WrapProfile()
PARAGRAPHS = WrapProfile(paragraphs=True, width=78)

# (line before, line after, profile): a wrap that is joined
JOINED = [
    # s33c: a clause's semicolon, then the next clause in small letters with no list mark: the sentence goes on
    ("c) Cơ cấu kinh tế đến năm 2030: nông, lâm nghiệp và thủy sản chiếm 16 - 17%;",
     "công nghiệp - xây dựng chiếm 38 - 39%; dịch vụ chiếm 40 - 41%.", WrapProfile(width=80)),
    ("- Giai đoạn 2026 - 2027: hoàn thành điều chỉnh quy hoạch chung của 05 đô thị;",
     "giai đoạn 2028 - 2030: hoàn thành quy hoạch phân khu.", PLAIN),
    # s27a: the merged provincial newspaper and broadcaster awaits its province's name (Kết luận 128-KL/TW), in a bullet too
    ("- Duy trì chuyên mục học tiếng Anh trên Báo và Phát thanh, Truyền hình", "Đồng Tháp, phát sóng 52 số mỗi năm.", WrapProfile(width=72)),
    ("6. Báo và Phát thanh, Truyền hình", "Lào Cai", PLAIN),
    # s35c: a crawl's paragraph whose list runs its items on after "; " (in capitals): a line end after one of its semicolons is
    # the wrap (the Điều 3 of a decision; field 002, 011, 037)
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Xây dựng, Tài chính;",
     "Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh; Chủ tịch Ủy ban nhân dân các phường chịu trách nhiệm", PARAGRAPHS),
    ("- Đối với Ban Tổ chức Tỉnh ủy;", "Công an tỉnh; Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch mỗi đơn vị đề nghị", PARAGRAPHS),
    ("mới; Chung tay vì người nghèo - không để ai bị bỏ lại phía sau; Đẩy mạnh phát triển kết cấu hạ tầng;",
     "Thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời; Chung tay xóa nhà tạm,", PARAGRAPHS),
    # s34a: a crawl's line end before a value's sign ("trên 60⏎% tổng số …")
    ("tổ chức họp, hội nghị theo hình thức trực tuyến ở mức trên 60", "% tổng số cuộc họp của cấp tỉnh.", PARAGRAPHS),
    ("Tỷ lệ tiết kiệm đạt 12", "%.", PLAIN),
    # a connective cannot end a line of text
    ("Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng", "Chính phủ phê duyệt Chiến lược", PLAIN),
    ("Theo đề nghị của Sở Khoa học và", "Công nghệ tại Tờ trình số 133/TTr-SKHCN", PLAIN),
    ("có uy tín đến", "Ninh Bình thực hiện các hoạt động sáng tạo", PLAIN),
    # a body's head needs its name
    ("3. Sở", "Nông nghiệp và Môi trường", PLAIN),
    # s26a: a head after a school's proper name and a comma opens the next body's name (negative of the rule in KEPT)
    ("Trường THPT Phong Thổ, Ban", "Quản lý dự án đầu tư xây dựng tỉnh", PLAIN),
    ("Chủ tịch UBND tỉnh, Trưởng Ban", "Chỉ đạo các chương trình mục tiêu quốc gia", PLAIN),
    ("17. Chi cục", "Hải quan khu vực V", PLAIN),
    ("2.4. Bộ", "Chỉ huy Quân sự tỉnh", PLAIN),
    ("6. Sở", "Tài chính:", PLAIN),  # the name of a heading that ends in its colon, not a label
    ("4. Xây dựng văn bản hướng dẫn Luật", "Di sản văn hóa năm 2024", PLAIN),  # a law's name after its type word
    ("- Phòng", "Kinh tế:", PLAIN),
    # a title needs its body
    ("a) Chủ trì tham mưu Chủ tịch", "UBND tỉnh về phát triển hạ tầng định danh", PLAIN),
    # a bare list marker takes the next line as its text
    ("2.", "Sở Văn hóa, Thể thao và Du lịch", PLAIN),
    ("2.13.", "Ủy ban nhân dân xã, phường", PLAIN),
    # a quantity after a label ("VNPT:⏎25 trạm") or a number mid-sentence
    ("+ Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT:", "25 trạm, Viettel: 33 trạm);", PLAIN),
    ("- Ban bầu cử đại biểu Quốc hội:", "01 cá nhân/01 ban;", PLAIN),
    ("tỷ lệ trẻ em dưới", "15 tuổi đạt khoảng 22%", PLAIN),
    # a number that ends the sentence it continues
    ("Tỷ số giới tính khi sinh: 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái sinh ra sống vào năm", "2025.", PLAIN),
    ("phấn đấu tỷ lệ giải ngân năm 2025 cả nước đạt", "95%;", PLAIN),
    # a range cut after its dash (a justified line breaks at the spaced dash)
    ("Bàn giao 500 ha đất sạch cho nhà đầu tư giai đoạn 2025 -", "2027; ưu tiên thu hút dự án công nghệ cao.", PLAIN),
    ("- Tỷ lệ hộ sử dụng nước sạch đạt từ 85 –", "90% vào năm 2030.", PLAIN),
    # s30f: … and a range cut before its dash: the next line opens with the dash and the second bound, not a bullet
    ("xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD, tốc độ tăng bình quân 05", "- 06%/năm. Thị trường định hướng xuất khẩu",
     PARAGRAPHS),
    ("**4. **Trong giai đoạn 2026", "- 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ, công chức", PARAGRAPHS),
    ("các Chương trình nhằm hỗ trợ các doanh nghiệp thực hiện Chương trình Make in Viet Nam cho giai đoạn 2026",
     "- 2030, tập trung vào các doanh nghiệp sản xuất", WrapProfile(width=80)),
    ("cố định tối thiểu là 35m2, công suất 5", "-10 tấn/ngày đêm;", PARAGRAPHS),
    # s30f: a year alone on the next line, after the "năm" that calls for it or a range's dash
    ("6. Chỉ tiêu chủ yếu đến năm", "2030", PARAGRAPHS),
    ("Hà Nội, ngày 21 tháng 11 năm", "2025", PLAIN),
    ("đã được Nhà nước công nhận quyền sử dụng đất trước ngày 01 tháng 7 năm", "2014", PLAIN),
    ("KẾ HOẠCH XUẤT KHẨU SẢN PHẨM HÀNG HÓA TỈNH SƠN LA GIAI ĐOẠN 2026 -", "2030", PARAGRAPHS),
    ("chính sách học phí, hỗ trợ học phí trên địa bàn thành phố Huế từ năm học 2025 -", "2026.", PLAIN),
    # a line of abbreviations is no heading in capitals
    ("Đến hết năm 2045: 100%", "DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", PARAGRAPHS),
    ("Đảm bảo xây dựng trạm", "BTS 5G đạt 100%", PARAGRAPHS),
    # the national motto's first line, wrapped (the motto's line under it stays its own)
    ("CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", PARAGRAPHS),
    # a comma, a dash between words, an open bracket
    ("Sở Nông nghiệp và Môi trường,", "Sở Xây dựng và các đơn vị có liên quan", PLAIN),
    ("quy hoạch tỉnh Bà Rịa -", "Vũng Tàu; Quyết định số 790/QĐ-TTg", PLAIN),
    ("Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ", "An, VNPT Nghệ An, MobiFone Nghệ An)", PLAIN),
    # a wrapped heading in capitals
    ("III. PHÁT", "TRIỂN NỀN MÓNG KINH TẾ SỐ VÀ XÃ HỘI SỐ", PARAGRAPHS),
    ("I. MỤC", "ĐÍCH, YÊU CẦU", PARAGRAPHS),
    # inside a blank-line paragraph, a line end is a wrap
    ("5. Chuyển đổi", "AI", PARAGRAPHS),
    ("các giá trị trực tiếp", "Cổng dữ liệu mở quốc gia các tập dữ liệu", PARAGRAPHS),
    # a word alone on its line was cut from the next
    ("ỦY", "BAN NHÂN DÂN", PLAIN),
    ("Quảng", "Trị, ngày 17 tháng 11 năm 2025", PLAIN),
    ("Chương", "III", PLAIN),
    # a line that opens with a bracket continues a line that did not end (not a heading in capitals)
    ("- Tổng giá trị sản xuất trên địa bàn của một số ngành chủ yếu", "(theo giá so sánh 2010): 7.465,55 tỷ đồng.", PLAIN),
    ("- Phối hợp với Sở Nội vụ và các cơ sở đào tạo trên địa bàn", "(Trường Cao đẳng nghề, Phân hiệu Đại học) trong đào tạo", PLAIN),
    ("Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử", "(bao gồm cả dân số tạm trú) đạt 90%;", WrapProfile(width=70)),
    # the rest of a bracket opened above, after a clause end inside it
    ("nâng tổng công suất lên 4.758,5 MW (gồm 166 dự án thủy điện; 10 dự án điện mặt trời;", "02 dự án điện rác).", PLAIN),
    ("- Các xã đạt chuẩn (gồm:", "Xã Tân Lập, xã Phú Mỹ);", PLAIN),
    ("tổ chức Hội thi “Tuổi trẻ sáng tạo,", "Khởi nghiệp thành công” cấp tỉnh", PLAIN),
    # a line cut at the wrap width
    ("Cục Thuế nhận được công văn số 324/QTR-KTr2 ngày 22/7/2025 của Thuế tỉnh Quảng", "Trị về việc hướng dẫn", WrapProfile(width=78)),
    # s30p: a range of years cut at its dash, before it or after it (a justified line, a centred heading): no bullet
    ("- Phát triển năng lượng tái tạo phù hợp với Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021",
     "- 2030, tầm nhìn đến năm 2050; bảo đảm an toàn hệ thống điện.", PLAIN),
    ("triển khai trong giai đoạn 2026", "– 2030.", PLAIN),
    ("CÁC CHỈ TIÊU PHÁT TRIỂN NĂNG LƯỢNG TÁI TẠO GIAI ĐOẠN 2026 -", "2030", PLAIN),
    ("b) Thực hiện Nghị quyết trong giai đoạn 2021 -", "2025.", PLAIN),
    # s31l: the country's name cut by a line end, in a portal's text with no paragraph or width to tell (Hiến pháp 2013, Điều 1)
    ("(i) Tập đoàn Công nghiệp-Năng lượng quốc gia Việt", "Nam báo cáo Thủ tướng Chính phủ xem xét", PLAIN),
    ("Căn cứ Thông tư số 31/2022/TT-BTC về việc ban hành Danh mục hàng hóa xuất khẩu, nhập khẩu Việt", "Nam;", PLAIN),
    ("- Đài Truyền hình Việt Nam, Đài Tiếng nói Việt", "Nam, Thông tấn xã Việt Nam", PLAIN),
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT", "NAM", PLAIN),
]

# (line before, line after, profile): a real line break that stays
KEPT = [
    # s35c: a list whose items each hold a line of their own (no "; " inside the lines: field 005, 013), a basis after a list
    # of bases, and the same list outside a crawl's paragraphs
    ("Phát triển nhân lực công nghệ số phù hợp với xu thế phát triển của công nghệ;",
     "Phát triển nhân lực có kỹ năng số có khả năng sử dụng các nền tảng số", PARAGRAPHS),
    ("Nghị quyết số 21-NQ/TW;", "Kế hoạch số 75/KH-UBND ngày 09/7/2018 của UBND tỉnh Sóc Trăng", PARAGRAPHS),
    ("Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng;",
     "Căn cứ Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023", PARAGRAPHS),
    ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở: Xây dựng, Tài chính;",
     "Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh", PLAIN),
    # s34a: a unit's "%" alone under a label, not a value's (a crawled table's unit cell)
    ("Tỷ lệ hộ nghèo", "%", PLAIN),
    # a new list item
    ("Phát triển kinh tế số, xã hội số đến năm 2030 với các mục tiêu", "- Kinh tế số chiếm 45% GRDP tỉnh.", PARAGRAPHS),
    ("các nhiệm vụ sau", "1. Tuyên truyền", PARAGRAPHS),
    ("Mục đích, yêu cầu của Kế hoạch như sau", "II/ MỤC ĐÍCH, YÊU CẦU", PARAGRAPHS),  # (s27d: "I/" still opens a heading)
    ("1. Mục đích", "a) Nhằm tạo khí thế", PARAGRAPHS),
    ("a) Thời gian thi đua", "b) Đối tượng", PLAIN),
    # s30f: a bullet opening with a number after an item that ends in one: no range unless the line was cut by the width
    ("- Số xã đạt chuẩn nông thôn mới: 15", "- 20 trường học đạt chuẩn quốc gia", PLAIN),
    ("- Số xã đạt chuẩn nông thôn mới: 15", "- 20 trường học đạt chuẩn quốc gia", WrapProfile(width=80)),
    ("Căn cứ Quyết định số 1234/QĐ-UBND", "- 20 trường học đạt chuẩn", PARAGRAPHS),  # (a symbol, not a bound)
    # s30f: a bare number that is no year, or a "năm" that counts years or recurs, calls for none
    ("Kinh phí thực hiện năm", "125", PLAIN),
    ("Báo cáo kết quả thực hiện hằng năm", "2025", PLAIN),
    ("Số liệu các năm", "2024", PLAIN),
    # a heading that ends in a head word used alone ("the Law"), then a sentence opening with its time
    ("5. Kiểm tra việc thi hành Luật", "Từ tháng 8 đến tháng 10 năm 2026, Thanh tra Bộ chủ trì kiểm tra.", PLAIN),
    ("3. Phổ biến Luật", "Trong quý III/2026, các cơ quan báo chí mở chuyên mục về Luật.", PLAIN),
    ("b) Kiện toàn tổ chức bộ máy của Sở", "Hằng năm, rà soát vị trí việc làm.", PLAIN),
    # a capitalised sentence after a sentence, a clause or a label
    ("Tỷ lệ đạt 51%.", "Tổ chức sơ kết", PARAGRAPHS),
    ("Trọng tâm:", "Hoàn thiện chính sách", PARAGRAPHS),
    ("cho công chức, viên chức;", "Phát triển nhân lực có kỹ năng số", PARAGRAPHS),
    # a heading in capitals, then text; a title, then the signer's name
    ("KẾ HOẠCH", "Phát triển kinh tế số và xã hội số", PARAGRAPHS),
    ("PHÓ CHỦ TỊCH", "Nguyễn Lộc Hà", PARAGRAPHS),
    ("Phó Chủ tịch", "Nguyễn Văn An", PLAIN),
    # signature and recipients
    ("Chánh Văn phòng và các đơn vị có liên quan", "TM. ỦY BAN NHÂN DÂN", PARAGRAPHS),
    ("Bộ Tài chính", "Nơi nhận:", PLAIN),
    # the national motto, then the place and date (the header's blocks read one after the other)
    ("Độc lập - Tự do - Hạnh phúc", "Cần Thơ, ngày 18 tháng 11 năm 2025", PARAGRAPHS),
    ("Độc lập – Tự do – Hạnh phúc", "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2025", WrapProfile(width=20)),
    # a table row
    ("1\tTỷ lệ che phủ\t%", "Diện tích rừng", PARAGRAPHS),
    ("|", "Sở Khoa học và Công nghệ", PARAGRAPHS),
    # a heading naming a complete body, then its task (outside blank-line paragraphs)
    ("3. Sở Công Thương", "Chủ trì, phối hợp với các sở", PLAIN),
    ("3. Công an tỉnh", "Chủ trì triển khai", PLAIN),
    ("Thủ trưởng các Sở", "Chịu trách nhiệm thi hành", PLAIN),
    # the issuer's own unit named by its head word alone ("Văn phòng Sở", "Thanh tra Bộ"), then its task
    ("6. Văn phòng Sở", "Theo dõi, tổng hợp việc thực hiện các nhiệm vụ của Chương trình.", PLAIN),
    ("4. Thanh tra Bộ", "Chủ trì kiểm tra việc thi hành Luật.", PLAIN),
    # …and its own council and mass organisations (s24d)
    ("1. Hội đồng Thi đua - Khen thưởng Sở", "Chỉ đạo, hướng dẫn tổ chức phong trào thi đua trong toàn ngành;", PLAIN),
    ("5. Công đoàn cơ sở Sở, Chi đoàn Sở", "Phối hợp với Văn phòng Sở vận động đoàn viên, hội viên hưởng ứng", PLAIN),
    # a heading, then an aside that opens a sentence of its own (a capitalised word after its closing bracket)
    ("b) Mục tiêu cụ thể", "(Theo Nghị quyết Đại hội) Tỷ lệ hộ nghèo giảm còn 2%.", PLAIN),
    ("2. Các chỉ tiêu chủ yếu", "(Đơn vị tính: %) Tỷ lệ che phủ rừng đạt 42%.", PLAIN),
    ("Phát triển sản xuất nông nghiệp hàng hóa", "(Theo Chương trình số 12-CTr/TU) Giá trị sản xuất tăng 3%.", WrapProfile(width=70)),
    # a word in capitals alone (a column head), then text
    ("STT", "Chỉ tiêu", PLAIN),
    # a short label on its own line
    ("kiến của các đại biểu Hội đồng nhân dân tỉnh,", "Quyết nghị:", PLAIN),
    # a list marker alone is not a quantity, nor a number alone a sentence's end
    ("Tổng số chỉ tiêu", "13.", PLAIN),
    ("Tổng số chỉ tiêu", "13", PARAGRAPHS),
    ("Giai đoạn 2026 -", "2. Tổ chức thực hiện", PLAIN),  # a range's dash, then a list item: kept
    ("Giai đoạn 2026 - 2030.", "2027: hoàn thành rà soát", PLAIN),
    ("các nội dung sau:", "2. Tổ chức thực hiện", PLAIN),
    # a bracket that opens a line after a title in capitals, a sentence's end, or a caption of its own
    ("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ", "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)", PLAIN),
    ("Thực hiện chuyển đổi số trong doanh nghiệp nhỏ và vừa năm 2026", "(Kèm theo Kế hoạch số 45/KH-UBND ngày 03/3/2026)", PLAIN),
    ("Tỷ lệ hộ nghèo giảm còn 1,5%.", "(Số liệu do Cục Thống kê cung cấp)", PLAIN),
    ("2. Phòng Văn hóa - Xã hội", "(Ký, đóng dấu và ghi rõ họ tên)", PLAIN),
    ("- Tổ chức tuyên truyền trên các phương tiện thông tin", "(1) Xây dựng chuyên mục", PLAIN),
    # a bracket closed on the next line by an item of its own stays an item
    ("Các nhiệm vụ (theo phụ lục", "a) Rà soát quy hoạch)", PLAIN),
    # a long heading line is not cut by the width
    ("2. Ủy ban nhân dân các huyện, thành phố và các đơn vị có liên quan", "Tập trung chỉ đạo thực hiện", WrapProfile(width=70)),
    # s26a: a head word closing a school's or a business's proper name ("Hoa Ban") awaits no name: the heading ends there
    ("5. Trường Mầm non Bắc Hà, Trường Mầm non Hoa Ban", "Tổ chức bữa ăn bán trú bảo đảm dinh dưỡng;", WrapProfile(width=72)),
    ("7. Công ty Thủy điện Nậm Ban", "Bảo đảm an toàn hồ đập trong mùa mưa lũ.", PLAIN),
    # s27a: the merged newspaper and broadcaster named with its province is a whole name, its task follows
    ("6. Báo và Phát thanh, Truyền hình Lào Cai", "Xây dựng chuyên mục tuyên truyền.", PLAIN),
    # s30p: a bullet that opens with a year after a line ending in one: a timeline's item (its colon), an earlier year, a
    # count or a date, not a range's rest
    ("- Năm 2026 hoàn thành thí điểm tại 5 xã trong năm 2026", "- 2027: mở rộng ra toàn tỉnh.", PLAIN),
    ("- Hoàn thành trong năm 2027", "- 2025 là năm bản lề của kế hoạch.", PLAIN),
    ("- Tỷ lệ hộ nghèo giảm còn dưới 2% vào năm 2030", "- 2030 hộ được hỗ trợ nhà ở.", PLAIN),
    ("- Số hộ được hỗ trợ đạt 1.2030", "- 2031 lượt người được tập huấn.", PLAIN),
    ("- Báo cáo trước ngày 15/12/2025", "- 2026/12 là mã hồ sơ.", PLAIN),
    # s31l: not the country's name: a sentence's end, another name after "Việt", a place's name that opens with "Nam", two cases
    ("- Tổ chức lớp bồi dưỡng tiếng Việt.", "Nam giới chiếm 40% học viên.", PLAIN),
    ("- Chỉ đạo Ban Quản lý dự án, Bệnh viện Hữu nghị Việt", "Đức, Bệnh viện Bạch Mai thúc đẩy", PLAIN),
    ("- Lớp học tiếng Việt", "Nam Định tổ chức 02 lớp", PLAIN),
    ("ĐÀI TIẾNG NÓI VIỆT", "Nam Bộ", PLAIN),
]


@pytest.mark.parametrize("before, after, profile", JOINED)
def test_wrap_is_joined(before, after, profile):
    assert joins(before, after, False, profile)


@pytest.mark.parametrize("before, after, profile", KEPT)
def test_real_break_is_kept(before, after, profile):
    assert not joins(before, after, False, profile)


def test_only_a_lower_case_continuation_crosses_a_blank_line():
    assert joins("các cơ quan,", "đơn vị trên địa bàn", True, PLAIN)
    assert not joins("của Thủ tướng", "Chính phủ", True, PLAIN)
    # s33c: a semicolon's next clause goes on only on the next line, never over a blank one, nor as a lettered item
    assert not joins("- Nâng cao chất lượng nguồn nhân lực;", "đẩy mạnh chuyển đổi số.", True, PLAIN)
    assert not joins("a) Rà soát quy hoạch;", "b) xây dựng kế hoạch.", False, PLAIN)


def _paragraphs(*blocks: str) -> str:
    """A crawled text: paragraphs split by blank lines, each wrapped (with a filler paragraph
    that makes the layout recognisable)."""
    filler = "\n\n".join(f"- Nội dung thứ {i} được triển khai trên địa\nbàn tỉnh theo đúng kế hoạch đã đề ra." for i in range(12))
    return "\n\n".join(blocks) + "\n\n" + filler


def test_profile_tells_crawled_paragraphs_from_one_line_paragraphs():
    assert profile_of(_paragraphs("1. Mục đích")).paragraphs
    one_line = "\n".join(f"- Nội dung thứ {i} được triển khai trên địa bàn tỉnh." for i in range(30))
    assert not profile_of(one_line).paragraphs


@pytest.mark.parametrize("raw, heading", [
    ("**3. Sở\nNông nghiệp và Môi trường**\n\nChủ trì triển khai các nhiệm vụ.", "Sở Nông nghiệp và Môi trường"),
    ("**2.\nSở Văn hóa, Thể thao và Du lịch**\n\n- Chủ trì, phối hợp với các sở.", "Sở Văn hóa, Thể thao và Du lịch"),
    ("**III. PHÁT\nTRIỂN NỀN MÓNG KINH TẾ SỐ**\n\n1. Thể chế", "PHÁT TRIỂN NỀN MÓNG KINH TẾ SỐ"),
])
def test_outline_is_built_after_joining(raw, heading):
    text = normalise(_paragraphs(raw)).text
    titles = [s.title for s in build_outline(text).sections]
    assert heading in titles


@pytest.mark.parametrize("raw, joined", [
    # a bracket opened lines above, closed after a clause end inside it: the list inside runs on
    ("- Nâng tổng công suất lên 4.758,5 MW (gồm 166 dự án thủy\nđiện; 02 dự án điện sinh khối; 10 dự án điện mặt trời;\n02 dự án điện rác).\n- Tỷ lệ hộ dùng điện đạt 99%.",
     "(gồm 166 dự án thủy điện; 02 dự án điện sinh khối; 10 dự án điện mặt trời; 02 dự án điện rác)."),
    ("Tổ chức Hội thi “Tuổi trẻ sáng tạo vì cộng đồng, chung tay xây\ndựng nông thôn mới;\nKhởi nghiệp thành công” cấp tỉnh.",
     "“Tuổi trẻ sáng tạo vì cộng đồng, chung tay xây dựng nông thôn mới; Khởi nghiệp thành công”"),
])
def test_a_bracket_opened_lines_above_runs_on(raw, joined):
    assert joined in normalise(raw).text


def test_a_bracket_closed_above_does_not_join_the_next_sentence():
    raw = "- Tăng cường quản lý (theo phân cấp) trên địa\nbàn tỉnh;\nPhát triển nhân lực (chất lượng cao)."
    assert "tỉnh;\nPhát triển" in normalise(raw).text


def test_joined_text_maps_back_to_raw():
    raw = _paragraphs("**3. Sở\nNông nghiệp và Môi trường**")
    mt = normalise(raw)
    start = mt.text.index("Sở Nông")
    s, e = mt.raw_span(start, start + len("Sở Nông nghiệp"))
    assert raw[s:e] == "Sở\nNông nghiệp"


@pytest.mark.parametrize("cell, entries", [
    ("|\nCác sở, ngành, UBND xã, phường, đặc khu\nSở Tài chính\n|", ["Các sở, ngành, UBND xã, phường, đặc khu", "Sở Tài chính"]),
    ("|\nSở Y tế\nCông an tỉnh\n|", ["Sở Y tế", "Công an tỉnh"]),
])
def test_entries_of_a_crawled_table_cell_keep_their_lines(cell, entries):
    lines = normalise(_paragraphs(cell)).text.split("\n")
    assert all(entry in lines for entry in entries)


def test_a_wrapped_line_inside_a_crawled_table_cell_is_joined():
    text = normalise(_paragraphs("|\nTỷ lệ doanh nghiệp có hoạt động\nđổi mới sáng tạo đạt tối thiểu 40%\n|")).text
    assert "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%" in text


# --- fast paths: a line's end read at its end gives what the patterns' search gives --------------

LINE_ENDS = [
    "năm 2025.", "Trọng tâm:", "…;", "./.", "(theo Quyết định)", "“hoàn thành”.", "**Mục tiêu:**", "xong.)\n", "xong.\n\n",
    "của Thủ tướng", "Bà Rịa -", "kinh tế –", "Sở Y tế,", "đạt 95%", "x", "", ".", "a.b", "a\t|b", "| ô |", "a | b", "a |b",
]


@pytest.mark.parametrize("line", LINE_ENDS)
def test_line_end_tests_agree_with_the_patterns(line):
    from pipeline.wraps import (LOWER_CONTINUES, OPEN_END, SENTENCE_END, TABLE_ROW, _continues, _ended, _open_end,
                                _table_row)

    assert _ended(line) == bool(SENTENCE_END.search(line))
    assert _continues(line) == bool(LOWER_CONTINUES.search(line))
    assert _open_end(line) == bool(OPEN_END.search(line))
    assert _table_row(line) == bool(TABLE_ROW.search(line))


@pytest.mark.parametrize("line", ["3. Sở", "các Sở", "Ủy ban nhân dân", "của Thủ tướng", "CỦA", "Sởx", "x", "", "Chủ tịch"])
def test_a_line_ending_in_none_of_the_words_is_ruled_out_as_before(line):
    from pipeline.wraps import _ends_with_any, _words

    for words in _words().values():
        for fold in (True, False):
            tail = line.lower() if fold else line
            forms = [(w, w.lower() if fold else w) for w in words]
            expected = next((w for w, form in forms if tail.endswith(form)
                             and (len(tail) == len(form) or not tail[-len(form) - 1].isalnum())), None)
            assert _ends_with_any(line, words, fold=fold) == expected


# a count out of a whole ("12/14 trường") after a label's colon goes on with it, as "VNPT:⏎25 trạm" does (pandoc's
# 72-column wrap falls anywhere); a date, a document's code or a "1/" marker after a colon keeps its line
@pytest.mark.parametrize("before, after, joined", [
    ("- Số trường đạt chuẩn quốc gia: 36/40 đạt tỷ lệ: 90%, trong đó: THCS:", "12/14 trường, đạt tỷ lệ: 85,7%;", True),
    ("- Kết quả kiểm tra năm 2024: Tổng số xã được kiểm tra:", "18/20 xã đạt yêu cầu, chiếm 90%.", True),
    ("Số hộ được hỗ trợ nhà ở trong năm: Huyện A:", "120/150 hộ; huyện B: 80/90 hộ.", True),
    ("- Thời gian hoàn thành:", "15/12/2025.", False),
    ("Căn cứ các văn bản sau:", "12/2024/NĐ-CP ngày 05/02/2024 của Chính phủ;", False),
    ("Nội dung thực hiện gồm:", "1/ Rà soát các văn bản quy phạm pháp luật.", False),
])
def test_a_count_of_a_whole_after_a_label_goes_on(before, after, joined):
    assert joins(before, after, False, PARAGRAPHS) is joined
    assert joins(before, after, False, PLAIN) is joined


@pytest.mark.parametrize("before", ["Kế hoạch số 283/KH-", "giai đoạn 2026‐", "kinh tế -", "57-\n", "Bà Rịa-\n", "-", "a-", "x--",
                                    "đến năm 2030", "", "Số 12/KH-UBND -\n", "A‐\n\n"])
@pytest.mark.parametrize("after", ["UBND", "2030", "xã hội", "- Tăng", ""])
def test_glued_hyphen_reads_the_lines_end_as_the_pattern_does(before, after):
    """`glued_hyphen` looks at the line's last characters only: the same answer as GLUED_HYPHEN_END's search of the line."""
    from pipeline.wraps import GLUED_HYPHEN_END, glued_hyphen

    assert glued_hyphen(before, after) == (after[:1].isalnum() and GLUED_HYPHEN_END.search(before) is not None)


def _wrapped_at_72(*blocks: str) -> str:
    """A document hard-wrapped at 72 characters (enough wrapped lines for `profile_of` to find the width), then `blocks`."""
    import textwrap
    sentence = " và ".join(f"nội dung thứ {i} được các cơ quan, đơn vị triển khai trên địa bàn tỉnh theo đúng quy định" for i in range(30))
    return "\n".join(textwrap.wrap("Triển khai " + sentence + ".", 72) + list(blocks))


@pytest.mark.parametrize("block, kept, joined", [
    # a heading wrapped at the width whose last word sits alone: the word ends the heading, the task starts a line
    ("5. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Đồng\nTháp\nTăng cường thông tin, tuyên truyền.",
     "Đồng Tháp\nTăng cường", None),
    ("4. Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng\ntỉnh\nVận động cán bộ, chiến sĩ tham gia.",
     "Biên phòng tỉnh\nVận động", None),
    # a word alone on its line that opens a run is still cut from the next
    ("Kế hoạch được gửi tới các cơ quan.\nQuảng\nTrị, ngày 17 tháng 3 năm 2026", None, "Quảng Trị, ngày 17"),
    # an item's heading as long as the width, then its text starting with a capital: kept apart
    ("2. Phối hợp với các cơ quan liên quan trong công tác thi hành án dân sự\nThực hiện nghiêm quy chế phối hợp.",
     "dân sự\nThực hiện", None),
    # s26e: …but an item whose line holds a lower-case clause after a semicolon is a sentence, cut by the width
    ("5. Chỉ số DTI thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả nước; chỉ số thành phần\nChính quyền số đạt 0,75 điểm.",
     None, "chỉ số thành phần Chính quyền số"),
    ("3. Sở Tài chính; Sở Nội vụ; Sở Khoa học và Công nghệ; Công an tỉnh; Thanh tra tỉnh\nPhối hợp thực hiện các nhiệm vụ.",
     "Thanh tra tỉnh\nPhối hợp", None),
])
def test_a_wrapped_run_ends_at_its_short_last_line(block, kept, joined):
    text = normalise(_wrapped_at_72(block)).text
    if kept:
        assert kept in text
    if joined:
        assert joined in text


def _laid_out_at_72(*blocks: str) -> str:
    """A text as `pdftotext -layout` gives a PDF of justified paragraphs: each paragraph's first line indented by 8 spaces,
    its other lines at the margin's 2, wrapped at 72 characters; then `blocks` (laid out as written)."""
    import textwrap
    paragraphs = [f"{i}. Các cơ quan, đơn vị triển khai nội dung thứ {i} trên địa bàn tỉnh theo đúng quy định, báo cáo kết "
                  f"quả thực hiện về cơ quan thường trực để tổng hợp, theo dõi và đôn đốc thực hiện." for i in range(1, 13)]
    lines = [line for p in paragraphs for line in textwrap.wrap(p, 72, initial_indent=" " * 8, subsequent_indent="  ")]
    return "\n".join(lines + list(blocks))


# s32b: an item's first line as long as the width, then a line that starts left of it at the margin: the layout indents a
# paragraph's first line only, so the next line at the margin goes on with the item (a capitalised word after the line end
# is a name's or a word's own, "cấp⏎Giấy chứng nhận", "Kinh doanh nhà⏎Hải Phòng"); at the item's own indent it is a
# paragraph of its own (an item's heading, then its text)
@pytest.mark.parametrize("block, kept, joined", [
    ("        13. Sở Nông nghiệp và Môi trường phối hợp thu hồi đất, giao đất, cấp\n  Giấy chứng nhận cho các căn hộ tái định cư.",
     None, "cấp Giấy chứng nhận"),
    ("        14. Công ty trách nhiệm hữu hạn một thành viên Quản lý và Kinh doanh nhà\n  Hải Phòng quản lý quỹ nhà tạm cư.",
     None, "Kinh doanh nhà Hải Phòng quản lý"),
    ("        13. Phối hợp với các cơ quan liên quan trong công tác thi hành án dân sự\n        Thực hiện nghiêm quy chế phối hợp.",
     "dân sự\nThực hiện", None),
])
def test_a_layout_item_goes_on_at_the_margin(block, kept, joined):
    text = normalise(_laid_out_at_72(block)).text
    if kept:
        assert kept in text
    if joined:
        assert joined in text


def _wide_paragraphs(*blocks: str) -> str:
    """A crawled text whose paragraphs run over lines filled to ~78 columns (Word's HTML source wrapped at 79): the
    layout's width is known, not only its blank-line paragraphs."""
    filler = "\n\n".join(f"- Nội dung thứ {i} được triển khai trên địa bàn tỉnh theo đúng kế hoạch, bảo\n"
                         "đảm chất lượng, hiệu quả, đúng tiến độ và phù hợp với điều kiện thực tế." for i in range(24))
    return "\n\n".join(blocks) + "\n\n" + filler


# c20: a dash between two capitalised names, where a crawl's source wrap fell before it, inside a paragraph
@pytest.mark.parametrize("block, joined", [
    ("Triệt để tiết kiệm chi; phấn đấu tiết kiệm thêm khoảng 10% chi thường xuyên tăng\n"
     "thu ngân sách nhà nước năm 2024 để đầu tư cho tuyến đường sắt Lào Cai - Hà Nội\n"
     "- Hải Phòng; tận dụng dư địa về nợ công để huy động nguồn lực cho phát triển.",
     "tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng; tận dụng"),
    ("Bộ Chỉ huy Quân sự tỉnh chủ trì, phối hợp với Cảng vụ hàng hải Nha Trang, Cảng\n"
     "quốc tế Cam Ranh quản lý việc ra vào cảng của tàu thuyền và Công ty Tân Cảng\n"
     "- Petro Cam Ranh giải quyết thủ tục cho người nước ngoài theo quy định.",
     "Công ty Tân Cảng - Petro Cam Ranh giải quyết"),
])
def test_a_dash_between_names_cut_by_the_width_goes_on(block, joined):
    assert joined in normalise(_wide_paragraphs(block)).text


@pytest.mark.parametrize("block, kept", [
    # near misses: a line short of the width (the paragraph's own line end), a colon before the items, the paragraph's
    # first line (no wrapped run above it: a heading's line), a sentence's end
    ("Ủy ban nhân dân tỉnh giao các cơ quan, đơn vị thực hiện một số nội dung\n"
     "sau đây, bảo đảm đúng tiến độ đề ra\n- Sở Tài chính bố trí kinh phí thực hiện.",
     "đúng tiến độ đề ra\n- Sở Tài chính"),
    ("Ủy ban nhân dân tỉnh giao các cơ quan, đơn vị thực hiện một số nội dung sau\n"
     "đây, bảo đảm đúng tiến độ và chất lượng, hiệu quả, phù hợp với thực tế:\n- Sở Tài chính bố trí kinh phí thực hiện.",
     "với thực tế:\n- Sở Tài chính"),
    ("3. Ủy ban nhân dân các xã, phường và đặc khu trên địa bàn tỉnh Khánh Hòa\n- Chủ trì triển khai kế hoạch.",
     "tỉnh Khánh Hòa\n- Chủ trì"),
    ("Ủy ban nhân dân tỉnh giao các cơ quan, đơn vị thực hiện một số nội dung sau\n"
     "đây, bảo đảm đúng tiến độ và chất lượng, hiệu quả, phù hợp với thực tế nhé.\n- Sở Tài chính bố trí kinh phí.",
     "thực tế nhé.\n- Sở Tài chính"),
])
def test_an_item_after_a_line_of_its_own_stays_an_item(block, kept):
    assert kept in normalise(_wide_paragraphs(block)).text

"""Probe of target wordings (hand-written typical sentences and table rows, not from any document): each with the
rows the contract (spec EXTRACTION.md) says it gives, as a subset of fields ("ind": a phrase the indicator holds).
usage: cd WORKTREE && PYTHONPATH=. python benchmarks/probe_targets.py [-v]   -- prints the pass rate (and the failures with -v).
Known misses left (probe-t): 2/3 số huyện, verbs the tagger misreads (Phát sóng, Lắp đặt, In, Cấp + number),
past-year report lines without a report cue ("Năm 2024, toàn tỉnh có 87 trạm")."""
import re
import sys

from pipeline.normalise import normalise
from extractors.targets import extract_targets

P = "%"
CASES = [
# --- đạt / reach
("Đến năm 2030, tỷ lệ che phủ rừng đạt 42%.", [dict(value=42, unit=P, year=2030, comparator="eq", ind="che phủ rừng")]),
("Tỷ lệ hộ gia đình sử dụng nước sạch đạt 98% vào năm 2025.", [dict(value=98, unit=P, year=2025, ind="nước sạch")]),
("Phấn đấu đến năm 2025, tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.", [dict(value=95, unit=P, year=2025, ind="bảo hiểm y tế")]),
("Năm 2025, tổng thu ngân sách nhà nước trên địa bàn đạt 1.500 tỷ đồng.", [dict(value=1500, unit="tỷ đồng", year=2025, ind="thu ngân sách")]),
("Kim ngạch xuất khẩu đạt 2,5 tỷ USD vào năm 2030.", [dict(value=2.5, unit="tỷ USD", year=2030, ind="Kim ngạch xuất khẩu")]),
("Thu hút vốn đầu tư trực tiếp nước ngoài đạt 500 triệu USD.", [dict(value=500, unit="triệu USD", ind="vốn đầu tư")]),
("Thu nhập bình quân đầu người đạt 120 triệu đồng/người/năm vào năm 2030.", [dict(value=120, unit="triệu đồng/người/năm", year=2030, ind="Thu nhập bình quân")]),
("GRDP bình quân đầu người đạt 5.000 USD.", [dict(value=5000, unit="USD", ind="GRDP bình quân đầu người")]),
("Tỷ lệ đô thị hóa đạt khoảng 45% vào năm 2030.", [dict(value=45, unit=P, comparator="approx", year=2030, ind="đô thị hóa")]),
("Số bác sĩ trên 1 vạn dân đạt 15 bác sĩ.", [dict(value=15, ind="bác sĩ")]),
("Tỷ lệ lao động qua đào tạo đạt 80%, trong đó có bằng cấp, chứng chỉ đạt 35%.", [dict(value=80, unit=P, ind="lao động qua đào tạo"), dict(value=35, unit=P)]),
("Tỷ lệ trường mầm non đạt chuẩn quốc gia đạt 70%.", [dict(value=70, unit=P, ind="trường mầm non")]),
("Đến năm 2030 tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị đạt 100%.", [dict(value=100, unit=P, year=2030, ind="chất thải rắn")]),
("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 100%.", [dict(value=100, unit=P, ind="hồ sơ")]),
("Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%/năm giai đoạn 2026-2030.", [dict(value=8, unit="%/năm", year=2030, ind="tăng trưởng")]),
("Tổng vốn đầu tư toàn xã hội giai đoạn 2026 - 2030 đạt 150.000 tỷ đồng.", [dict(value=150000, unit="tỷ đồng", year=2030, ind="vốn đầu tư")]),
("Sản lượng lương thực đạt 1,2 triệu tấn.", [dict(value=1.2, unit="triệu tấn", ind="Sản lượng lương thực")]),
("Diện tích trồng rừng mới đạt 5.000 ha.", [dict(value=5000, unit="ha", ind="trồng rừng")]),
("Tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%.", [dict(value=90, unit=P, ind="hồ sơ sức khỏe")]),
("Tuổi thọ trung bình của người dân đạt 75 tuổi.", [dict(value=75, unit="tuổi", ind="Tuổi thọ")]),
("Tỷ lệ giao rừng cho cộng đồng đạt 60%.", [dict(value=60, unit=P)]),
("Năng suất lao động xã hội đạt 200 triệu đồng/lao động.", [dict(value=200, unit="triệu đồng/lao động", ind="Năng suất lao động")]),
("Mật độ điện thoại đạt 120 máy/100 dân.", [dict(value=120, ind="điện thoại")]),
# --- trên / hơn / vượt
("Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt trên 95%.", [dict(value=95, unit=P, comparator="gt", ind="tốt nghiệp")]),
("Trên 95% hộ gia đình được sử dụng điện lưới quốc gia.", [dict(value=95, unit=P, comparator="gt", ind="hộ gia đình")]),
("Hơn 80% doanh nghiệp nhỏ và vừa ứng dụng nền tảng số.", [dict(value=80, unit=P, comparator="gt", ind="doanh nghiệp")]),
("Có trên 50% số xã đạt chuẩn nông thôn mới nâng cao.", [dict(value=50, unit=P, comparator="gt", ind="nông thôn mới nâng cao")]),
("Thu ngân sách vượt 10% so với dự toán giao.", [dict(value=10, unit=P, comparator="gt", ind="Thu ngân sách")]),
("Tỷ lệ tiêm chủng mở rộng cho trẻ em dưới 1 tuổi đạt trên 98%.", [dict(value=98, unit=P, comparator="gt", ind="tiêm chủng")]),
("Kinh tế số chiếm trên 20% GRDP.", [dict(value=20, unit=P, comparator="gt", ind="Kinh tế số")]),
# --- ít nhất / tối thiểu / không dưới / trở lên
("Mỗi xã có ít nhất 01 sản phẩm OCOP đạt 3 sao trở lên.", [dict(value=1, unit="sản phẩm", comparator="ge", ind="OCOP")]),
("Tỷ lệ xã đạt chuẩn tiếp cận pháp luật tối thiểu 90%.", [dict(value=90, unit=P, comparator="ge", ind="tiếp cận pháp luật")]),
("Tỷ lệ hài lòng của người dân không dưới 85%.", [dict(value=85, unit=P, comparator="ge", ind="hài lòng")]),
("Tỷ lệ chi ngân sách cho khoa học công nghệ không thấp hơn 2% tổng chi ngân sách.", [dict(value=2, unit=P, comparator="ge", ind="khoa học")]),
("Tổ chức ít nhất 02 lớp tập huấn cho cán bộ cấp xã.", [dict(value=2, unit="lớp", comparator="ge", ind="tập huấn")]),
("Tối thiểu 70% cơ sở giáo dục triển khai chuyển đổi số.", [dict(value=70, unit=P, comparator="ge", ind="cơ sở giáo dục")]),
("Tỷ lệ lao động có việc làm sau đào tạo từ 80% trở lên.", [dict(value=80, unit=P, comparator="ge", ind="việc làm")]),
("Tỷ lệ dân số được quản lý sức khỏe đạt 90% trở lên.", [dict(value=90, unit=P, comparator="ge", ind="quản lý sức khỏe")]),
("Giải quyết việc làm mới cho ít nhất 25.000 lao động mỗi năm.", [dict(value=25000, unit="lao động", comparator="ge", ind="việc làm")]),
("Tỷ lệ kết nạp đảng viên mới hằng năm không dưới 3% tổng số đảng viên.", [dict(value=3, comparator="ge", ind="đảng viên")]),
("Mỗi năm tuyên truyền tối thiểu 12 tin, bài trên cổng thông tin điện tử.", [dict(value=12, comparator="ge", ind="tin, bài")]),
("Tỷ lệ che phủ rừng duy trì ổn định ở mức tối thiểu 42%.", [dict(value=42, unit=P, comparator="ge", direction="maintain", ind="che phủ rừng")]),
# --- không quá / dưới / tối đa
("Tỷ lệ thất nghiệp ở khu vực thành thị dưới 3%.", [dict(value=3, unit=P, comparator="lt", ind="thất nghiệp")]),
("Tỷ lệ hộ nghèo dưới 1% vào năm 2030.", [dict(value=1, unit=P, comparator="lt", year=2030, ind="hộ nghèo")]),
("Tỷ lệ nợ xấu không quá 3%.", [dict(value=3, unit=P, comparator="le", ind="nợ xấu")]),
("Tỷ lệ nợ xấu tối đa 2% tổng dư nợ.", [dict(value=2, unit=P, comparator="le", ind="nợ xấu")]),
("Kiềm chế tỷ lệ tăng dân số tự nhiên ở mức dưới 1%.", [dict(value=1, unit=P, comparator="lt", ind="tăng dân số")]),
("Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm xuống dưới 15%.", [dict(value=15, unit=P, comparator="lt", direction="decrease", ind="suy dinh dưỡng")]),
("Tai nạn giao thông giảm từ 5-10% trên cả 3 tiêu chí.", [dict(value=5, value_max=10, unit=P, direction="decrease", ind="Tai nạn giao thông")]),
("Tỷ lệ thất thoát nước sạch không vượt quá 15%.", [dict(value=15, unit=P, comparator="le", ind="thất thoát")]),
# --- giảm / giảm xuống còn / còn
("Tỷ lệ hộ nghèo giảm xuống còn 2,5% vào năm 2025.", [dict(value=2.5, unit=P, direction="decrease", year=2025, ind="hộ nghèo")]),
("Giảm tỷ lệ hộ nghèo xuống còn dưới 2%.", [dict(value=2, unit=P, comparator="lt", direction="decrease", ind="hộ nghèo")]),
("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.", [dict(value=1.5, unit="%/năm", direction="decrease", ind="hộ nghèo")]),
("Tỷ lệ hộ nghèo giảm bình quân mỗi năm 1%.", [dict(value=1, unit="%/năm", direction="decrease", ind="hộ nghèo")]),
("Mỗi năm giảm 1,5% tỷ lệ hộ nghèo.", [dict(value=1.5, unit="%/năm", direction="decrease", ind="hộ nghèo")]),
("Giảm 10% số vụ tai nạn giao thông so với năm 2024.", [dict(value=10, unit=P, direction="decrease", ind="tai nạn giao thông")]),
("Số người chết do tai nạn giao thông giảm 5% mỗi năm.", [dict(value=5, unit="%/năm", direction="decrease", ind="tai nạn giao thông")]),
("Tỷ lệ sinh con thứ 3 trở lên giảm còn 10%.", [dict(value=10, unit=P, direction="decrease", ind="sinh con thứ 3")]),
("Thời gian giải quyết thủ tục hành chính giảm còn 05 ngày làm việc.", [dict(value=5, direction="decrease", ind="thủ tục hành chính")]),
("Giảm tỷ lệ người nghiện ma túy trong cộng đồng còn dưới 0,5%.", [dict(value=0.5, unit=P, comparator="lt", direction="decrease", ind="nghiện ma túy")]),
("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân giảm xuống 8%.", [dict(value=8, unit=P, direction="decrease", ind="suy dinh dưỡng")]),
("Chi phí logistics giảm xuống còn 16% GDP.", [dict(value=16, unit=P, direction="decrease", ind="logistics")]),
# --- tăng / tăng thêm
("Tăng thêm 5.000 ha diện tích rừng trồng tập trung.", [dict(value=5000, unit="ha", direction="increase", ind="rừng trồng")]),
("Số doanh nghiệp thành lập mới tăng thêm 1.000 doanh nghiệp.", [dict(value=1000, unit="doanh nghiệp", direction="increase", ind="doanh nghiệp")]),
("Tổng mức bán lẻ hàng hóa tăng bình quân 12%/năm.", [dict(value=12, unit="%/năm", direction="increase", ind="bán lẻ")]),
("Giá trị sản xuất công nghiệp tăng 15% so với năm 2024.", [dict(value=15, unit=P, direction="increase", ind="sản xuất công nghiệp")]),
("Thu ngân sách tăng bình quân hằng năm từ 10% trở lên.", [dict(value=10, unit="%/năm", comparator="ge", direction="increase", ind="Thu ngân sách")]),
("Kim ngạch xuất khẩu tăng bình quân 10 - 12% mỗi năm.", [dict(value=10, value_max=12, unit="%/năm", direction="increase", ind="xuất khẩu")]),
("Nâng tỷ lệ đô thị hóa lên 50% vào năm 2030.", [dict(value=50, unit=P, direction="increase", year=2030, ind="đô thị hóa")]),
("Tăng số giường bệnh lên 35 giường/vạn dân.", [dict(value=35, unit="giường/vạn dân", direction="increase", ind="giường bệnh")]),
("Tổng sản phẩm trên địa bàn (GRDP) tăng 8,5% trở lên.", [dict(value=8.5, unit=P, comparator="ge", direction="increase", ind="GRDP")]),
("Tăng thêm ít nhất 3 xã đạt chuẩn nông thôn mới kiểu mẫu.", [dict(value=3, unit="xã", comparator="ge", direction="increase", ind="nông thôn mới kiểu mẫu")]),
("Số thuê bao băng rộng cố định tăng thêm 20.000 thuê bao.", [dict(value=20000, unit="thuê bao", direction="increase", ind="thuê bao")]),
# --- duy trì / giữ vững
("Duy trì tỷ lệ che phủ rừng ở mức 42%.", [dict(value=42, unit=P, direction="maintain", ind="che phủ rừng")]),
("Duy trì 100% xã đạt chuẩn quốc gia về y tế.", [dict(value=100, unit=P, direction="maintain", ind="chuẩn quốc gia về y tế")]),
("Giữ vững 15/15 xã đạt chuẩn nông thôn mới.", [dict(value=15, unit="xã", numerator=15, denominator=15, direction="maintain", ind="nông thôn mới")]),
("Duy trì tốc độ tăng trưởng kinh tế bình quân 7%/năm.", [dict(value=7, unit="%/năm", direction="maintain", ind="tăng trưởng")]),
("Giữ ổn định tỷ lệ sinh thay thế ở mức 2,1 con/phụ nữ.", [dict(value=2.1, unit="con/phụ nữ", direction="maintain", ind="sinh")]),
("Duy trì 100% trường học có nhà vệ sinh đạt chuẩn.", [dict(value=100, unit=P, direction="maintain", ind="trường học")]),
# --- 100% xã, percentages of groups
("100% xã, phường, thị trấn có trạm y tế đạt chuẩn.", [dict(value=100, unit=P, ind="xã, phường")]),
("100% cơ quan nhà nước cấp tỉnh sử dụng văn bản điện tử.", [dict(value=100, unit=P, ind="cơ quan nhà nước")]),
("100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.", [dict(value=100, unit=P, ind="hồ sơ")]),
("Phấn đấu 100% học sinh được học bơi.", [dict(value=100, unit=P, ind="học sinh")]),
("90% người dân từ 15 tuổi trở lên có danh tính số.", [dict(value=90, unit=P, ind="danh tính số")]),
("85% số hộ gia đình được công nhận gia đình văn hóa.", [dict(value=85, unit=P, ind="gia đình văn hóa")]),
("Có 80% số thôn, bản có nhà văn hóa đạt chuẩn.", [dict(value=80, unit=P, ind="nhà văn hóa")]),
("Đến năm 2030, 100% các xã có đường ô tô đến trung tâm được cứng hóa.", [dict(value=100, unit=P, year=2030, ind="xã")]),
("Đảm bảo 100% trẻ em trong độ tuổi được tiêm chủng đầy đủ.", [dict(value=100, unit=P, ind="trẻ em")]),
("Phấn đấu 70% hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.", [dict(value=70, unit=P, ind="hộ kinh doanh")]),
("Trên 60% dân số trưởng thành có tài khoản thanh toán điện tử.", [dict(value=60, unit=P, comparator="gt", ind="tài khoản")]),
("95% cán bộ, công chức cấp xã đạt chuẩn theo quy định.", [dict(value=95, unit=P, ind="cán bộ, công chức")]),
# --- fractions
("Có 3/5 huyện đạt chuẩn nông thôn mới.", [dict(value=3, unit="huyện", numerator=3, denominator=5, ind="nông thôn mới")]),
("Phấn đấu 10/12 xã đạt chuẩn nông thôn mới nâng cao.", [dict(value=10, unit="xã", numerator=10, denominator=12, ind="nông thôn mới nâng cao")]),
("Có 25/30 trường học đạt chuẩn quốc gia.", [dict(value=25, unit="trường", numerator=25, denominator=30, ind="chuẩn quốc gia")]),
("Số xã đạt chuẩn nông thôn mới: 18/20 xã.", [dict(value=18, unit="xã", numerator=18, denominator=20, ind="nông thôn mới")]),
("Có 7/9 huyện, thị xã, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới.", [dict(value=7, numerator=7, denominator=9, ind="nông thôn mới")]),
("Phấn đấu có thêm 4/10 xã đạt chuẩn nông thôn mới kiểu mẫu.", [dict(value=4, unit="xã", numerator=4, denominator=10, ind="kiểu mẫu")]),
("Có 2/3 số thôn đạt chuẩn thôn văn hóa.", [dict(numerator=2, denominator=3, ind="văn hóa")]),
# --- ranges
("Tốc độ tăng trưởng GRDP từ 7,5 - 8%.", [dict(value=7.5, value_max=8, unit=P, ind="tăng trưởng")]),
("Tỷ lệ lao động nông nghiệp giảm còn từ 30-35% vào năm 2030.", [dict(value=30, value_max=35, unit=P, year=2030, direction="decrease", ind="lao động nông nghiệp")]),
("Tỷ lệ đô thị hóa đạt từ 60-65%.", [dict(value=60, value_max=65, unit=P, ind="đô thị hóa")]),
("Tỷ lệ đô thị hóa đạt 60 - 65%.", [dict(value=60, value_max=65, unit=P, ind="đô thị hóa")]),
("Tỷ lệ đô thị hóa đạt từ 60% đến 65%.", [dict(value=60, value_max=65, unit=P, ind="đô thị hóa")]),
("Thu ngân sách đạt từ 1.200 đến 1.300 tỷ đồng.", [dict(value=1200, value_max=1300, unit="tỷ đồng", ind="Thu ngân sách")]),
("Tổng vốn đầu tư khoảng 45.000 - 50.000 tỷ đồng.", [dict(value=45000, value_max=50000, unit="tỷ đồng", ind="vốn đầu tư")]),
("GRDP tăng bình quân 8 – 8,5%/năm.", [dict(value=8, value_max=8.5, unit="%/năm", direction="increase", ind="GRDP")]),
("Tỷ trọng công nghiệp - xây dựng chiếm 40 - 42% trong cơ cấu kinh tế.", [dict(value=40, value_max=42, unit=P, ind="công nghiệp")]),
("Tỷ lệ dân số tham gia bảo hiểm xã hội đạt 45-50% lực lượng lao động.", [dict(value=45, value_max=50, unit=P, ind="bảo hiểm xã hội")]),
("Tỷ lệ hộ nghèo giảm từ 1 đến 1,5%/năm.", [dict(value=1, value_max=1.5, unit="%/năm", direction="decrease", ind="hộ nghèo")]),
("Đào tạo nghề cho 3.000 - 3.500 lao động.", [dict(value=3000, value_max=3500, unit="lao động", ind="Đào tạo nghề")]),
# --- counts of works / outputs
("Xây dựng mới 50 km đường giao thông nông thôn.", [dict(value=50, unit="km", ind="đường giao thông")]),
("Nâng cấp, cải tạo 120 km kênh mương nội đồng.", [dict(value=120, unit="km", ind="kênh mương")]),
("Làm mới 30 km đường bê tông.", [dict(value=30, unit="km", ind="đường bê tông")]),
("Cứng hóa 100 km đường trục xã.", [dict(value=100, unit="km", ind="đường trục xã")]),
("Xây dựng 05 trường học đạt chuẩn quốc gia.", [dict(value=5, unit="trường", ind="chuẩn quốc gia")]),
("Hoàn thành 200 căn nhà đại đoàn kết cho hộ nghèo.", [dict(value=200, unit="căn nhà", ind="đại đoàn kết")]),
("Hỗ trợ xây dựng 1.500 căn nhà ở cho hộ nghèo.", [dict(value=1500, ind="nhà ở")]),
("Tổ chức 10 lớp bồi dưỡng kiến thức quốc phòng và an ninh.", [dict(value=10, unit="lớp", ind="bồi dưỡng")]),
("Mở 04 lớp tập huấn nghiệp vụ cho cán bộ hội.", [dict(value=4, unit="lớp", ind="tập huấn")]),
("Phát sóng 24 chuyên mục trên đài truyền thanh huyện.", [dict(value=24, unit="chuyên mục", ind="Phát sóng")]),
("Trồng mới 1.000 ha rừng sản xuất.", [dict(value=1000, unit="ha", ind="rừng sản xuất")]),
("Xây dựng 3 cầu dân sinh.", [dict(value=3, unit="cầu", ind="cầu dân sinh")]),
("Đầu tư 15 trạm bơm điện.", [dict(value=15, unit="trạm bơm", ind="trạm bơm")]),
("Cải tạo, sửa chữa 20 phòng học.", [dict(value=20, unit="phòng học")]),
("Lắp đặt 500 bóng đèn chiếu sáng đường quê.", [dict(value=500, ind="chiếu sáng")]),
("Xây dựng 02 mô hình điểm về dân vận khéo.", [dict(value=2, unit="mô hình", ind="dân vận khéo")]),
("Cấp 5.000 giấy chứng nhận quyền sử dụng đất.", [dict(value=5000, ind="giấy chứng nhận")]),
("Nâng cấp 50 km đường huyện.", [dict(value=50, unit="km", ind="đường huyện")]),
("Đào tạo nghề cho 2.000 lao động nông thôn mỗi năm.", [dict(value=2000, unit="lao động", ind="Đào tạo nghề")]),
("Hằng năm giải quyết việc làm cho 3.500 lao động.", [dict(value=3500, unit="lao động", ind="việc làm")]),
("Mỗi năm phát triển mới 300 hội viên.", [dict(value=300, unit="hội viên", ind="hội viên")]),
("Mỗi quý đăng tải ít nhất 01 tin, bài về công tác cải cách hành chính.", [dict(value=1, comparator="ge", ind="tin, bài")]),
("Kết nạp 50 đảng viên mới trong năm 2025.", [dict(value=50, unit="đảng viên", year=2025, ind="Kết nạp")]),
("Xuất khẩu lao động 500 người mỗi năm.", [dict(value=500, unit="người", ind="Xuất khẩu lao động")]),
("Thành lập mới 20 hợp tác xã nông nghiệp.", [dict(value=20, unit="hợp tác xã", ind="hợp tác xã")]),
("Phát triển mới 800 doanh nghiệp.", [dict(value=800, unit="doanh nghiệp", ind="doanh nghiệp")]),
("Có thêm 10 sản phẩm được công nhận OCOP 3 sao trở lên.", [dict(value=10, unit="sản phẩm", ind="OCOP")]),
("Chuyển đổi 500 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả.", [dict(value=500, unit="ha", ind="đất trồng lúa")]),
# --- money
("Tổng kinh phí thực hiện: 25,5 tỷ đồng.", [dict(value=25.5, unit="tỷ đồng", ind="kinh phí")]),
("Huy động vốn đầu tư 2.000 tỷ đồng cho hạ tầng.", [dict(value=2000, unit="tỷ đồng", ind="vốn đầu tư")]),
("Kim ngạch xuất khẩu hàng hóa đạt 1,5 tỷ đô la Mỹ.", [dict(value=1.5, unit="tỷ USD", ind="xuất khẩu")]),
("Thu hút 300 triệu USD vốn FDI.", [dict(value=300, unit="triệu USD", ind="FDI")]),
("Thu nhập bình quân của người dân nông thôn đạt 70 triệu đồng/người/năm.", [dict(value=70, unit="triệu đồng/người/năm", ind="Thu nhập")]),
("Giá trị sản phẩm trên 1 ha đất trồng trọt đạt 150 triệu đồng.", [dict(value=150, unit="triệu đồng", ind="Giá trị sản phẩm")]),
("Thu ngân sách nhà nước trên địa bàn 850 tỷ đồng.", [dict(value=850, unit="tỷ đồng", ind="Thu ngân sách")]),
("Doanh thu du lịch đạt 3.500 tỉ đồng.", [dict(value=3500, unit="tỷ đồng", ind="Doanh thu du lịch")]),
("Tổng mức đầu tư dự kiến 1.234,5 triệu đồng.", [dict(value=1234.5, unit="triệu đồng", ind="Tổng mức đầu tư")]),
("Kim ngạch xuất khẩu đạt 12 tỷ USD, nhập khẩu 8 tỷ USD.", [dict(value=12, unit="tỷ USD", ind="xuất khẩu"), dict(value=8, unit="tỷ USD", ind="nhập khẩu")]),
# --- year forms
("Đến năm 2025: tỷ lệ hộ nghèo dưới 3%.", [dict(value=3, unit=P, comparator="lt", year=2025, ind="hộ nghèo")]),
("Đến hết năm 2026, 100% xã có trung tâm học tập cộng đồng.", [dict(value=100, unit=P, year=2026, ind="học tập cộng đồng")]),
("Trong năm 2025, tuyển sinh đào tạo nghề 4.000 người.", [dict(value=4000, unit="người", year=2025, ind="tuyển sinh")]),
("Đến cuối năm 2027, tỷ lệ đô thị hóa đạt 40%.", [dict(value=40, unit=P, year=2027, ind="đô thị hóa")]),
("Giai đoạn 2026 - 2030, tốc độ tăng trưởng bình quân đạt 10%/năm.", [dict(value=10, unit="%/năm", year=2030, ind="tăng trưởng")]),
("Tầm nhìn đến năm 2045, tỷ lệ đô thị hóa đạt 70%.", [dict(value=70, unit=P, year=2045, ind="đô thị hóa")]),
# --- table rows (tab separated, year per column)
("TT\tChỉ tiêu\tĐơn vị\tNăm 2025\tNăm 2030\n1\tTỷ lệ hộ nghèo\t%\t3\t1\n",
 [dict(value=3, unit=P, year=2025, ind="hộ nghèo"), dict(value=1, unit=P, year=2030, ind="hộ nghèo")]),
("STT\tChỉ tiêu\tĐVT\t2026\t2027\t2028\n1\tSố xã đạt chuẩn NTM\txã\t10\t12\t15\n",
 [dict(value=10, unit="xã", year=2026), dict(value=12, unit="xã", year=2027), dict(value=15, unit="xã", year=2028)]),
("STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\n1\tTổng thu ngân sách\tTỷ đồng\t1.250\n2\tTỷ lệ che phủ rừng\t%\t45,5\n",
 [dict(value=1250, unit="tỷ đồng", year=2025, ind="thu ngân sách"), dict(value=45.5, unit=P, year=2025, ind="che phủ rừng")]),
("TT\tChỉ tiêu\tĐVT\tNăm 2024\tNăm 2025\n1\tTỷ lệ trường đạt chuẩn\t%\t≥ 60\t≥ 65\n",
 [dict(value=60, comparator="ge", year=2024), dict(value=65, comparator="ge", year=2025)]),
("TT\tChỉ tiêu\tĐơn vị tính\t2025\t2030\n1\tThu nhập bình quân đầu người\ttriệu đồng\t65\t100\n",
 [dict(value=65, unit="triệu đồng", year=2025), dict(value=100, unit="triệu đồng", year=2030)]),
("STT | Chỉ tiêu | Đơn vị | Năm 2026 | Năm 2027\n1 | Tỷ lệ bao phủ bảo hiểm y tế | % | 94 | 95\n",
 [dict(value=94, unit=P, year=2026, ind="bảo hiểm y tế"), dict(value=95, unit=P, year=2027, ind="bảo hiểm y tế")]),
("TT\tChỉ tiêu\tĐơn vị\tMục tiêu đến 2030\n1\tTỷ lệ đô thị hóa\t%\t50-55\n",
 [dict(value=50, value_max=55, unit=P, year=2030, ind="đô thị hóa")]),
# --- negatives (no targets)
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh.", []),
("Kế hoạch gồm 05 nội dung chính như sau.", []),
("Đối tượng: trẻ em từ 6 đến 15 tuổi.", []),
("Kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.", []),
("Năm 2024, toàn tỉnh có 87 trạm y tế xã.", []),
("Hiện nay tỷ lệ hộ nghèo là 4,5%.", []),
("Ưu tiên hỗ trợ các xã có tỷ lệ hộ nghèo trên 30%.", []),
("Thời gian thực hiện: từ ngày 01/01/2025 đến ngày 31/12/2025.", []),
("Khen thưởng 10 tập thể và 20 cá nhân có thành tích xuất sắc.", []),
("Đợt 1: từ tháng 3 đến tháng 6 năm 2025.", []),
("Phụ lục 2 kèm theo Kế hoạch này.", []),
("Theo Điều 5 Nghị định số 15/2020/NĐ-CP.", []),
("Năm 2023 tổng thu ngân sách đạt 1.100 tỷ đồng, tăng 12% so với cùng kỳ.", []),
("Người lao động từ đủ 18 tuổi trở lên.", []),
("Báo cáo gửi về Sở Nội vụ trước ngày 15/12 hằng năm.", []),
]
CASES += [
("Có 2/3 số huyện đạt chuẩn nông thôn mới.", [dict(numerator=2, denominator=3, ind="nông thôn mới")]),
("Phấn đấu có 5/7 xã đạt chuẩn quốc gia về y tế.", [dict(value=5, unit="xã", numerator=5, denominator=7, ind="y tế")]),
("- Số trường đạt chuẩn quốc gia: 20/25 trường.", [dict(value=20, unit="trường", numerator=20, denominator=25, ind="chuẩn quốc gia")]),
("Tỷ lệ xã đạt chuẩn nông thôn mới: 100% (12/12 xã).", [dict(value=100, unit=P, numerator=12, denominator=12, ind="nông thôn mới")]),
("Có 9/9 xã, thị trấn đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi.", [dict(value=9, numerator=9, denominator=9, ind="phổ cập")]),
("Tỷ lệ hộ nghèo giảm 1,5 - 2%/năm.", [dict(value=1.5, value_max=2, unit="%/năm", direction="decrease", ind="hộ nghèo")]),
("Tỷ lệ hộ nghèo bình quân giảm 1%/năm trở lên.", [dict(value=1, unit="%/năm", comparator="ge", direction="decrease", ind="hộ nghèo")]),
("Tốc độ tăng năng suất lao động bình quân trên 6,5%/năm.", [dict(value=6.5, unit="%/năm", comparator="gt", ind="năng suất lao động")]),
("Hằng năm, tỷ lệ hộ nghèo giảm 2%.", [dict(value=2, unit="%/năm", direction="decrease", ind="hộ nghèo")]),
("Thu ngân sách hằng năm tăng 12%.", [dict(value=12, unit="%/năm", direction="increase", ind="Thu ngân sách")]),
("Tỷ lệ lao động qua đào tạo tăng bình quân 2% mỗi năm.", [dict(value=2, unit="%/năm", direction="increase", ind="lao động qua đào tạo")]),
("Kim ngạch xuất khẩu tăng bình quân năm 15%.", [dict(value=15, unit="%/năm", direction="increase", ind="xuất khẩu")]),
("Tổng vốn đầu tư phát triển toàn xã hội 5 năm đạt khoảng 250 nghìn tỷ đồng.", [dict(value=250, unit="nghìn tỷ đồng", comparator="approx", ind="vốn đầu tư")]),
("Tổng kinh phí: 1.250.000.000 đồng.", [dict(value=1250000000, unit="đồng", ind="kinh phí")]),
("Tổng kinh phí dự kiến khoảng 3,2 tỷ đồng.", [dict(value=3.2, unit="tỷ đồng", comparator="approx", ind="kinh phí")]),
("Kim ngạch xuất khẩu đạt 800 triệu đô la Mỹ.", [dict(value=800, unit="triệu USD", ind="xuất khẩu")]),
("Thu hút vốn FDI đạt 1 tỷ USD trở lên.", [dict(value=1, unit="tỷ USD", comparator="ge", ind="FDI")]),
("GRDP bình quân đầu người đạt 150 triệu đồng.", [dict(value=150, unit="triệu đồng", ind="GRDP bình quân đầu người")]),
("Thu ngân sách đạt 2.500 tỷ đồng trở lên.", [dict(value=2500, unit="tỷ đồng", comparator="ge", ind="Thu ngân sách")]),
("Thu nội địa đạt trên 3.000 tỷ đồng.", [dict(value=3000, unit="tỷ đồng", comparator="gt", ind="Thu nội địa")]),
("Tổng giá trị sản xuất ngành nông nghiệp đạt 12.000 tỷ đồng.", [dict(value=12000, unit="tỷ đồng", ind="giá trị sản xuất")]),
("Phấn đấu đến năm 2030 có ít nhất 10 doanh nghiệp công nghệ số.", [dict(value=10, unit="doanh nghiệp", comparator="ge", year=2030, ind="doanh nghiệp công nghệ số")]),
("Đến năm 2025 có 50% số xã đạt chuẩn nông thôn mới nâng cao.", [dict(value=50, unit=P, year=2025, ind="nông thôn mới nâng cao")]),
("Năm 2026: tỷ lệ tiêm chủng đầy đủ đạt 95%.", [dict(value=95, unit=P, year=2026, ind="tiêm chủng")]),
("Đến năm 2030, tổng công suất điện mặt trời mái nhà đạt 500 MW.", [dict(value=500, unit="MW", year=2030, ind="điện mặt trời")]),
("Tỷ lệ người dân tham gia bảo hiểm y tế đạt tối thiểu 95% dân số.", [dict(value=95, unit=P, comparator="ge", ind="bảo hiểm y tế")]),
("Tỷ lệ học sinh đi học đúng độ tuổi ở tiểu học đạt 99,5%.", [dict(value=99.5, unit=P, ind="đúng độ tuổi")]),
("Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%.", [dict(value=100, unit=P, ind="trẻ 5 tuổi")]),
("Diện tích lúa chất lượng cao đạt 10.000 ha trở lên.", [dict(value=10000, unit="ha", comparator="ge", ind="lúa chất lượng cao")]),
("Sản lượng thủy sản đạt 25 nghìn tấn.", [dict(value=25, unit="nghìn tấn", ind="thủy sản")]),
("Đàn bò đạt 50.000 con.", [dict(value=50000, unit="con", ind="Đàn bò")]),
("Số giường bệnh/vạn dân đạt 32 giường.", [dict(value=32, ind="giường bệnh")]),
("Tỷ lệ bác sĩ/vạn dân đạt 12 bác sĩ.", [dict(value=12, ind="bác sĩ")]),
("Đón 2 triệu lượt khách du lịch, doanh thu đạt 4.000 tỷ đồng.", [dict(value=2, unit="triệu lượt khách", ind="khách du lịch"), dict(value=4000, unit="tỷ đồng", ind="doanh thu")]),
("Tỷ lệ che phủ rừng đạt 45%, tỷ lệ đô thị hóa đạt 40%.", [dict(value=45, ind="che phủ rừng"), dict(value=40, ind="đô thị hóa")]),
("Tỷ lệ hộ nghèo dưới 2%, hộ cận nghèo dưới 5%.", [dict(value=2, comparator="lt", ind="hộ nghèo"), dict(value=5, comparator="lt", ind="cận nghèo")]),
("Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung đạt 100%.", [dict(value=100, unit=P, ind="nước sạch")]),
("Bảo đảm 100% người dân được tiếp cận dịch vụ y tế cơ sở.", [dict(value=100, unit=P, ind="dịch vụ y tế")]),
("Phấn đấu đạt và vượt 100% chỉ tiêu thu ngân sách được giao.", [dict(value=100, unit=P, ind="thu ngân sách")]),
("Tỷ lệ cơ quan, đơn vị ứng dụng chữ ký số đạt 100%.", [dict(value=100, unit=P, ind="chữ ký số")]),
("Tỷ lệ dịch vụ công trực tuyến toàn trình đạt trên 80%.", [dict(value=80, unit=P, comparator="gt", ind="dịch vụ công")]),
("Tỷ lệ giải ngân vốn đầu tư công đạt trên 95% kế hoạch.", [dict(value=95, unit=P, comparator="gt", ind="giải ngân")]),
("Xây dựng 1.000 nhà ở xã hội.", [dict(value=1000, ind="nhà ở xã hội")]),
("Hoàn thành 03 cụm công nghiệp.", [dict(value=3, unit="cụm công nghiệp", ind="cụm công nghiệp")]),
("Thành lập mới ít nhất 05 hợp tác xã.", [dict(value=5, unit="hợp tác xã", comparator="ge", ind="hợp tác xã")]),
("Trồng 1 triệu cây xanh phân tán.", [dict(value=1, unit="triệu cây", ind="cây xanh")]),
("Xây dựng 10 km đê biển.", [dict(value=10, unit="km", ind="đê biển")]),
("Tổ chức 12 hội nghị tuyên truyền pháp luật.", [dict(value=12, unit="hội nghị", ind="tuyên truyền")]),
("In và phát hành 5.000 tờ rơi tuyên truyền.", [dict(value=5000, unit="tờ rơi", ind="tuyên truyền")]),
("Xây dựng 2 phóng sự, 10 tin bài về cải cách hành chính.", [dict(value=2, unit="phóng sự"), dict(value=10)]),
]
CASES += [
("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin duy trì trên 95%.", [dict(value=95, comparator="gt", direction="maintain", ind="tiêm chủng")]),
("Tỷ lệ thu gom rác thải ở nông thôn tăng lên 80%.", [dict(value=80, unit=P, direction="increase", ind="rác thải")]),
("Tỷ lệ xã có thiết chế văn hóa đạt chuẩn tăng thêm 15%.", [dict(value=15, unit=P, direction="increase", ind="thiết chế văn hóa")]),
("Phấn đấu tỷ lệ tham gia bảo hiểm xã hội tự nguyện tăng ít nhất 2% so với năm trước.", [dict(value=2, unit=P, comparator="ge", direction="increase", ind="bảo hiểm xã hội")]),
("Tỷ lệ dân số được quản lý bằng hồ sơ sức khỏe điện tử: trên 90%.", [dict(value=90, unit=P, comparator="gt", ind="hồ sơ sức khỏe")]),
("- Tỷ lệ che phủ rừng: 42%.", [dict(value=42, unit=P, ind="che phủ rừng")]),
("- Thu ngân sách trên địa bàn: 1.500 tỷ đồng trở lên.", [dict(value=1500, unit="tỷ đồng", comparator="ge", ind="Thu ngân sách")]),
("- Tốc độ tăng trưởng kinh tế: 7,5%/năm.", [dict(value=7.5, unit="%/năm", ind="tăng trưởng")]),
("- Tỷ lệ hộ nghèo (theo chuẩn nghèo đa chiều): dưới 1,5%.", [dict(value=1.5, unit=P, comparator="lt", ind="hộ nghèo")]),
("- Số xã đạt chuẩn nông thôn mới kiểu mẫu: 03 xã.", [dict(value=3, unit="xã", ind="kiểu mẫu")]),
("a) Tỷ lệ huy động trẻ em đi nhà trẻ đạt 35%.", [dict(value=35, unit=P, ind="nhà trẻ")]),
("+ Giá trị sản xuất nông nghiệp tăng bình quân 3,5%/năm.", [dict(value=3.5, unit="%/năm", direction="increase", ind="sản xuất nông nghiệp")]),
("1. Tổng sản phẩm trên địa bàn tăng 8%.", [dict(value=8, unit=P, direction="increase", ind="Tổng sản phẩm")]),
("Chỉ tiêu 3: Tỷ lệ lao động qua đào tạo đạt 70%.", [dict(value=70, unit=P, ind="lao động qua đào tạo")]),
("Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội giảm xuống còn 25%.", [dict(value=25, unit=P, direction="decrease", ind="lao động nông nghiệp")]),
("Kéo giảm tỷ lệ tai nạn lao động xuống dưới 5%.", [dict(value=5, unit=P, comparator="lt", direction="decrease", ind="tai nạn lao động")]),
("Đến năm 2030, tỷ lệ đô thị hóa đạt trên 50%; tỷ lệ che phủ rừng duy trì ở mức 45%.", [dict(value=50, comparator="gt", year=2030, ind="đô thị hóa"), dict(value=45, direction="maintain", year=2030, ind="che phủ rừng")]),
("Đến năm 2025 có 100% thôn, tổ dân phố có nhà văn hóa.", [dict(value=100, unit=P, year=2025, ind="nhà văn hóa")]),
("100% các xã, phường, thị trấn hoàn thành chuyển đổi số.", [dict(value=100, unit=P, ind="chuyển đổi số")]),
("100% số hộ dân được sử dụng điện an toàn.", [dict(value=100, unit=P, ind="điện")]),
("Phấn đấu có 30% hợp tác xã ứng dụng công nghệ cao.", [dict(value=30, unit=P, ind="hợp tác xã")]),
("Khoảng 70% người dân có điện thoại thông minh.", [dict(value=70, unit=P, comparator="approx", ind="điện thoại thông minh")]),
("Ít nhất 50% sản phẩm OCOP được bán trên sàn thương mại điện tử.", [dict(value=50, unit=P, comparator="ge", ind="OCOP")]),
("Bình quân mỗi năm tăng thêm 2 xã đạt chuẩn nông thôn mới.", [dict(value=2, unit="xã", direction="increase", ind="nông thôn mới")]),
("TT\tChỉ tiêu\tĐVT\tNăm 2026\tNăm 2027\tNăm 2028\tNăm 2029\tNăm 2030\n1\tTỷ lệ hộ nghèo\t%\t4\t3,5\t3\t2,5\t2\n",
 [dict(value=4, year=2026), dict(value=3.5, year=2027), dict(value=3, year=2028), dict(value=2.5, year=2029), dict(value=2, year=2030)]),
("STT\tChỉ tiêu\tĐơn vị tính\tKH 2025\n1\tSố doanh nghiệp thành lập mới\tDoanh nghiệp\t300\n2\tKim ngạch xuất khẩu\tTriệu USD\t250\n",
 [dict(value=300, year=2025, ind="doanh nghiệp"), dict(value=250, unit="triệu USD", year=2025, ind="xuất khẩu")]),
("TT\tChỉ tiêu\tĐVT\tGiai đoạn 2026-2030\n1\tTăng trưởng GRDP bình quân\t%/năm\t8-9\n",
 [dict(value=8, value_max=9, unit="%/năm", year=2030, ind="GRDP")]),
# --- a verb bringing a measure to its value; a value per year in one sentence (lead, stop 17)
("- Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh lên tối thiểu 80%.", [dict(value=80, comparator="ge", ind="tỷ lệ doanh nghiệp ứng dụng", ind_not="Đưa")]),
("Tập trung chỉ đạo để nâng tỷ lệ hồ sơ giải quyết trực tuyến đạt 80%.", [dict(value=80, ind="tỷ lệ hồ sơ", ind_not="chỉ đạo")]),
("Hình thành mới 05 khu công nghiệp, nâng tổng số lên 12 KCN.", [dict(value=5, ind="khu công nghiệp"), dict(value=12, unit="KCN", ind="tổng số KCN")]),
("Rà soát cắt giảm ít nhất 30% thủ tục hành chính không phù hợp.", [dict(value=30, comparator="ge", direction="decrease", ind="thủ tục hành chính")]),
("Tỷ lệ che phủ rừng năm 2026 đạt 42%, năm 2027 đạt 43%, năm 2028 đạt 44%.", [dict(value=42, year=2026, ind="che phủ rừng"), dict(value=43, year=2027, ind="che phủ rừng"), dict(value=44, year=2028, ind="che phủ rừng")]),
("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60% năm 2026, 70% năm 2027 và 80% năm 2028.", [dict(value=60, year=2026, ind="trực tuyến"), dict(value=70, year=2027, ind="trực tuyến"), dict(value=80, year=2028, ind="trực tuyến")]),
("Năm 2026: tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%; năm 2027 đạt 70%.", [dict(value=60, year=2026, ind="trực tuyến"), dict(value=70, year=2027, ind="trực tuyến")]),
("TT\tNội dung\tĐơn vị\tChỉ tiêu năm 2025\n1\tTrồng rừng tập trung\tha\t1.200\n2\tTỷ lệ che phủ rừng\t%\t>52\n",
 [dict(value=1200, unit="ha", year=2025, ind="Trồng rừng"), dict(value=52, comparator="gt", year=2025, ind="che phủ")]),
]

CASES += [
# --- s18t: commune and district plans
("Phấn đấu năm 2026 xã có thêm 02 thôn đạt chuẩn nông thôn mới kiểu mẫu.", [dict(value=2, unit="thôn", year=2026, ind="kiểu mẫu")]),
("Thu ngân sách nhà nước trên địa bàn xã năm 2026 đạt 3,5 tỷ đồng.", [dict(value=3.5, unit="tỷ đồng", year=2026, ind="Thu ngân sách")]),
("Tỷ lệ hộ nghèo toàn xã giảm còn dưới 3% vào cuối năm 2026.", [dict(value=3, unit=P, comparator="lt", direction="decrease", year=2026, ind="hộ nghèo")]),
("Tổng sản lượng lương thực có hạt của huyện đạt trên 45.000 tấn.", [dict(value=45000, unit="tấn", comparator="gt", ind="lương thực")]),
("Giải quyết việc làm mới cho 350 lao động trong năm 2026.", [dict(value=350, unit="lao động", year=2026, ind="việc làm")]),
("Huyện phấn đấu có 100% thôn, bản có đường giao thông được cứng hóa.", [dict(value=100, unit=P, ind="thôn, bản")]),
("Tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn xã đạt 95,5%.", [dict(value=95.5, unit=P, ind="bảo hiểm y tế")]),
("Xây dựng 3 km đường bê tông nội đồng.", [dict(value=3, unit="km", ind="đường bê tông")]),
("Thu nhập bình quân đầu người của xã đạt 65 triệu đồng/người/năm.", [dict(value=65, unit="triệu đồng/người/năm", ind="Thu nhập bình quân")]),
("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi của huyện giảm xuống còn 18%.", [dict(value=18, unit=P, direction="decrease", ind="suy dinh dưỡng")]),
# --- HĐND resolutions: "chỉ tiêu chủ yếu" lists
("1. Tốc độ tăng trưởng kinh tế (GRDP) đạt 8,5% trở lên.", [dict(value=8.5, unit=P, comparator="ge", ind="tăng trưởng")]),
("2. GRDP bình quân đầu người đạt 110 triệu đồng.", [dict(value=110, unit="triệu đồng", ind="GRDP bình quân đầu người")]),
("3. Tổng vốn đầu tư phát triển toàn xã hội đạt khoảng 95.000 tỷ đồng.", [dict(value=95000, unit="tỷ đồng", comparator="approx", ind="vốn đầu tư")]),
("4. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1 - 1,5%.", [dict(value=1, value_max=1.5, unit=P, direction="decrease", ind="hộ nghèo")]),
("5. Tỷ lệ lao động qua đào tạo đạt 72%, trong đó có bằng cấp, chứng chỉ đạt 32%.", [dict(value=72, unit=P, ind="lao động qua đào tạo"), dict(value=32, unit=P)]),
("6. Số bác sĩ/vạn dân đạt 12 bác sĩ; số giường bệnh/vạn dân đạt 34 giường.", [dict(value=12, ind="bác sĩ"), dict(value=34, ind="giường bệnh")]),
("Chỉ tiêu về môi trường: tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 98%.", [dict(value=98, unit=P, ind="chất thải rắn")]),
("c) Các chỉ tiêu về xã hội:\n- Tỷ lệ trường học đạt chuẩn quốc gia: 85%.\n- Tỷ lệ xã đạt tiêu chí quốc gia về y tế: 100%.\n",
 [dict(value=85, unit=P, ind="trường học"), dict(value=100, unit=P, ind="y tế")]),
# --- Party committees' programmes
("Phấn đấu đến năm 2030, tỉnh có 70% số xã đạt chuẩn nông thôn mới nâng cao, 30% số xã đạt chuẩn nông thôn mới kiểu mẫu.", [dict(value=70, unit=P, year=2030, ind="nâng cao"), dict(value=30, unit=P, year=2030, ind="kiểu mẫu")]),
("Phấn đấu đến năm 2030, tốc độ tăng trưởng kinh tế bình quân đạt 10%/năm trở lên.", [dict(value=10, unit="%/năm", comparator="ge", year=2030, ind="tăng trưởng")]),
("Phấn đấu đến năm 2030, kinh tế số chiếm khoảng 30% GRDP của tỉnh.", [dict(value=30, unit=P, comparator="approx", year=2030, ind="kinh tế số")]),
("Hằng năm có trên 90% tổ chức cơ sở đảng được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên.", [dict(value=90, unit=P, comparator="gt", ind="tổ chức cơ sở đảng")]),
("Phấn đấu hằng năm kết nạp từ 350 đảng viên mới trở lên.", [dict(value=350, comparator="ge", ind="đảng viên")]),
("Đến năm 2030, 100% chi bộ thôn, tổ dân phố có bí thư chi bộ đồng thời là trưởng thôn.", [dict(value=100, unit=P, year=2030, ind="chi bộ")]),
# --- ministries' plans
("Đến hết năm 2026, 100% thủ tục hành chính thuộc thẩm quyền giải quyết của Bộ được cung cấp dịch vụ công trực tuyến toàn trình.", [dict(value=100, unit=P, year=2026, ind="thủ tục hành chính")]),
("Cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính so với quy định hiện hành.", [dict(value=30, unit=P, comparator="ge", direction="decrease", ind="thời gian giải quyết")]),
("Tỷ lệ văn bản quy phạm pháp luật do Bộ ban hành bảo đảm đúng tiến độ đạt 100%.", [dict(value=100, unit=P, ind="văn bản quy phạm")]),
("Năm 2026, số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.", [dict(value=100, unit=P, year=2026, ind="hồ sơ")]),
("Đào tạo, bồi dưỡng cho ít nhất 500 lượt công chức, viên chức của Bộ về chuyển đổi số.", [dict(value=500, comparator="ge", ind="công chức")]),
# --- two or three targets in one sentence
("Tỷ lệ trường mầm non đạt chuẩn quốc gia đạt 65%, tiểu học đạt 80%, trung học cơ sở đạt 75%.", [dict(value=65, unit=P), dict(value=80, unit=P), dict(value=75, unit=P)]),
("Tỷ lệ bao phủ bảo hiểm y tế đạt 95%, bảo hiểm xã hội đạt 45% và bảo hiểm thất nghiệp đạt 35% lực lượng lao động.", [dict(value=95, ind="bảo hiểm y tế"), dict(value=45, ind="bảo hiểm xã hội"), dict(value=35, ind="thất nghiệp")]),
("Sản lượng lúa đạt 120.000 tấn, ngô đạt 35.000 tấn.", [dict(value=120000, unit="tấn", ind="lúa"), dict(value=35000, unit="tấn", ind="ngô")]),
("Tỷ lệ hộ nghèo giảm còn 2%, hộ cận nghèo giảm còn 4%.", [dict(value=2, unit=P, direction="decrease", ind="hộ nghèo"), dict(value=4, unit=P, direction="decrease", ind="cận nghèo")]),
("Tổng thu ngân sách trên địa bàn đạt 8.200 tỷ đồng, trong đó thu nội địa đạt 7.500 tỷ đồng.", [dict(value=8200, unit="tỷ đồng", ind="thu ngân sách"), dict(value=7500, unit="tỷ đồng", ind="thu nội địa")]),
# --- ranges
("Tốc độ tăng trưởng kinh tế đạt từ 6,5 - 7%.", [dict(value=6.5, value_max=7, unit=P, ind="tăng trưởng")]),
("Tỷ lệ hộ nghèo giảm bình quân 1%-1,5%/năm.", [dict(value=1, value_max=1.5, unit="%/năm", direction="decrease", ind="hộ nghèo")]),
("Tỷ lệ hộ nghèo giảm hằng năm 1% - 1,5%.", [dict(value=1, value_max=1.5, unit="%/năm", direction="decrease", ind="hộ nghèo")]),
("GRDP tăng từ 7% đến 7,5%.", [dict(value=7, value_max=7.5, unit=P, direction="increase", ind="GRDP")]),
("Tổng vốn đầu tư toàn xã hội đạt từ 20 đến 22 nghìn tỷ đồng.", [dict(value=20, value_max=22, unit="nghìn tỷ đồng", ind="vốn đầu tư")]),
("Tỷ lệ đô thị hóa đạt khoảng 40 - 42%.", [dict(value=40, value_max=42, unit=P, comparator="approx", ind="đô thị hóa")]),
("Thu ngân sách tăng 10 - 12% so với năm 2025.", [dict(value=10, value_max=12, unit=P, direction="increase", ind="Thu ngân sách")]),
("Tốc độ tăng trưởng GRDP đạt 7,5% - 8%.", [dict(value=7.5, value_max=8, unit=P, ind="tăng trưởng")]),
("TT\tChỉ tiêu\tĐVT\tKế hoạch năm 2026\n1\tMức giảm tỷ lệ hộ nghèo\t%\t1-1,5\n",
 [dict(value=1, value_max=1.5, unit=P, year=2026, ind="hộ nghèo")]),
# --- không thấp hơn
("Tỷ lệ giải ngân vốn đầu tư công không thấp hơn 95% kế hoạch vốn được giao.", [dict(value=95, unit=P, comparator="ge", ind="giải ngân")]),
("Tốc độ tăng thu ngân sách không thấp hơn 10%/năm.", [dict(value=10, unit="%/năm", comparator="ge", ind="thu ngân sách")]),
("Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước không thấp hơn 90%.", [dict(value=90, unit=P, comparator="ge", ind="hài lòng")]),
# --- giảm … so với
("Giảm 5% số người chết vì tai nạn giao thông so với năm 2025.", [dict(value=5, unit=P, direction="decrease", ind="tai nạn giao thông")]),
("Số vụ cháy giảm ít nhất 10% so với giai đoạn 2021 - 2025.", [dict(value=10, unit=P, comparator="ge", direction="decrease", ind="vụ cháy")]),
("Tiêu hao năng lượng trên một đơn vị GRDP giảm 1,5% so với năm trước.", [dict(value=1.5, unit=P, direction="decrease", ind="năng lượng")]),
# --- duy trì
("Duy trì tỷ lệ trẻ em trong độ tuổi được tiêm chủng đầy đủ đạt trên 95%.", [dict(value=95, unit=P, comparator="gt", direction="maintain", ind="tiêm chủng")]),
("Tiếp tục duy trì 100% xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.", [dict(value=100, unit=P, direction="maintain", ind="phổ cập")]),
("Duy trì tỷ lệ tăng dân số tự nhiên dưới 1%.", [dict(value=1, unit=P, comparator="lt", direction="maintain", ind="dân số")]),
# --- per-year lists
("Tỷ lệ hồ sơ được số hóa: năm 2026 đạt 50%, năm 2027 đạt 70%, năm 2028 đạt 90%.", [dict(value=50, year=2026, ind="số hóa"), dict(value=70, year=2027, ind="số hóa"), dict(value=90, year=2028, ind="số hóa")]),
("Số xã đạt chuẩn nông thôn mới nâng cao: năm 2026 có 5 xã, năm 2027 có 8 xã.", [dict(value=5, unit="xã", year=2026, ind="nông thôn mới"), dict(value=8, unit="xã", year=2027, ind="nông thôn mới")]),
("Chỉ tiêu cụ thể năm 2026:\n- Tỷ lệ che phủ rừng đạt 45%.\n- Trồng mới 1.200 ha rừng tập trung.\n", [dict(value=45, unit=P, year=2026, ind="che phủ rừng"), dict(value=1200, unit="ha", year=2026, ind="rừng")]),
("Mục tiêu đến năm 2030:\n- Tỷ lệ đô thị hóa đạt 45%.\n- Tỷ lệ hộ nghèo dưới 1%.\n", [dict(value=45, unit=P, year=2030, ind="đô thị hóa"), dict(value=1, unit=P, comparator="lt", year=2030, ind="hộ nghèo")]),
# --- negatives: background figures, achievements in a report section, cited targets of another document, support norms
("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n1. Tổng thu ngân sách ước đạt 1.250 tỷ đồng, bằng 108% dự toán.\nII. MỤC TIÊU NĂM 2026\n1. Tổng thu ngân sách đạt 1.350 tỷ đồng.\n",
 [dict(value=1350, unit="tỷ đồng", year=2026, ind="thu ngân sách")]),
("Năm 2025, tổng thu ngân sách trên địa bàn ước đạt 1.250 tỷ đồng, vượt 8% dự toán.", []),
("Trong 6 tháng đầu năm 2025, đã tổ chức 15 lớp tập huấn cho 1.200 lượt người.", []),
("Tính đến ngày 30/6/2025, toàn tỉnh có 125/150 xã đạt chuẩn nông thôn mới.", []),
("Năm 2024, toàn huyện đã giải quyết việc làm cho 2.100 lao động, đạt 105% kế hoạch.", []),
("Mức hỗ trợ: 40 triệu đồng/hộ xây mới; 20 triệu đồng/hộ sửa chữa nhà ở.", []),
("Đối tượng được hỗ trợ là hộ có thu nhập bình quân dưới 1,5 triệu đồng/người/tháng.", []),
("Dân số toàn tỉnh khoảng 1,2 triệu người, với 54 dân tộc cùng sinh sống.", []),
("Hiện nay trên địa bàn có 12 khu công nghiệp với tổng diện tích 3.500 ha.", []),
("Điểm thi đua tối đa là 100 điểm.", []),
("Đối với cá nhân có thành tích xuất sắc, mức thưởng bằng 1,5 lần mức lương cơ sở.", []),
("Xếp loại hoàn thành xuất sắc nhiệm vụ khi có ít nhất 50% chỉ tiêu hoàn thành vượt mức.", []),
]

def check(text, exp):
    t = normalise(text).text
    got = extract_targets(t)
    rows = [dict(value=g.value, value_max=g.value_max, unit=g.unit, comparator=g.comparator, direction=g.direction,
                 year=g.year, numerator=g.numerator, denominator=g.denominator, scope=g.scope, ind=g.indicator) for g in got]
    probs = []
    if len(rows) != len(exp):
        probs.append(f"n rows {len(rows)} != {len(exp)}")

    for r in rows:
        if re.search(r"(?i)(?:\b(?:đạt|tăng|giảm|còn|xuống|trên|dưới|khoảng|là|mức|thêm|từ|với)|(?<!trở )lên|,)$", (r["ind"] or "").strip()) or re.match(r"^[a-zđ]\s", r["ind"] or ""):
            probs.append(f"ragged indicator {r['ind']!r}")
    for i, e in enumerate(exp):
        if i >= len(rows): break
        r = rows[i]
        for k, v in e.items():
            if k == "ind":
                if v.lower() not in (r["ind"] or "").lower(): probs.append(f"ind {r['ind']!r} lacks {v!r}")
            elif k == "ind_not":
                if v.lower() in (r["ind"] or "").lower(): probs.append(f"ind {r['ind']!r} has {v!r}")
            elif r[k] != v and not (isinstance(v, (int, float)) and r[k] is not None and isinstance(r[k], (int, float)) and abs(r[k]-v) < 1e-9):
                probs.append(f"{k}={r[k]!r} want {v!r}")
    return probs, rows

def main() -> None:
    ok = 0; fails = []
    for i, (text, exp) in enumerate(CASES):
        probs, rows = check(text, exp)
        if probs: fails.append((i, text, probs, rows))
        else: ok += 1
    print(f"pass {ok}/{len(CASES)}")
    if "-v" in sys.argv:
        for i, text, probs, rows in fails:
            print(f"\n[{i}] {text}\n   " + "; ".join(probs))
            for r in rows: print("   got:", {k: v for k, v in r.items() if v is not None})


if __name__ == "__main__":
    main()

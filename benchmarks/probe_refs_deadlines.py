"""Probe of legal-reference and deadline wordings (hand-written typical sentences and table rows, not from any
document): each with the rows the contract (spec EXTRACTION.md) says it gives, as a subset of fields
(legal refs: code, doc_type, date, issuer, relation, "title": a phrase the title holds; deadlines: date, date_end,
precision, recurrence, "raw": a phrase date_raw holds). The text passes normalise() first, as in the pipeline.
usage: cd WORKTREE && PYTHONPATH=. python benchmarks/probe_refs_deadlines.py [-v]   -- prints the pass rates
(and the failures with -v). main at ca90378: legal_refs 180/197, deadlines 122/143; branch probe-r: 197/197, 138/143.
fix-r2 added batches 7-10 of legal refs (probe-r code: 199/211; fix-r2: 211/211).
s18d added deadline batches 8 (68 wordings: other task-table shapes, commune and Party plans, parts of a quarter or month,
times in parentheses, schedules of reports, negatives) and 9 (20 written after batch 8's fixes): main 197/220 → s18d 239/240.
Known misses left (probe-r): a deadline relative to an event other than the
plan's issue ("Chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra": the contract calls durations of actions neither),
"trong năm 2026 - 2027" in running text."""
import sys

from pipeline.normalise import normalise
from extractors.legal_refs import extract_legal_refs
from extractors.deadlines import extract_deadlines

NQ, QD, ND, TT, KH, CT = "Nghị quyết", "Quyết định", "Nghị định", "Thông tư", "Kế hoạch", "Chỉ thị"
BCT, CP, TTG = "Bộ Chính trị", "Chính phủ", "Thủ tướng Chính phủ"

REFS = [
# --- numbered, with "số", date, issuer (state and Party shapes)
("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;",
 [dict(code="57-NQ/TW", doc_type=NQ, date="2024-12-22", issuer=BCT, relation="basis")]),
("Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ quy định tổ chức các cơ quan chuyên môn;",
 [dict(code="45/2025/NĐ-CP", doc_type=ND, date="2025-02-28", issuer=CP, relation="basis")]),
("Căn cứ Nghị định số 45/2025/NĐ-CP;", [dict(code="45/2025/NĐ-CP", doc_type=ND, issuer=CP)]),
("Thực hiện Quyết định 1234/QĐ-UBND ngày 15/5/2025 của UBND tỉnh về việc phê duyệt danh mục dự án.",
 [dict(code="1234/QĐ-UBND", doc_type=QD, date="2025-05-15", issuer="UBND tỉnh", relation="basis")]),
("Triển khai theo QĐ số 567/QĐ-UBND ngày 10/3/2025 của Chủ tịch UBND tỉnh.",
 [dict(code="567/QĐ-UBND", doc_type=QD, date="2025-03-10", issuer="Chủ tịch UBND tỉnh")]),
("Thực hiện NQ số 12/NQ-HĐND ngày 05/7/2025 của HĐND tỉnh về chính sách hỗ trợ.",
 [dict(code="12/NQ-HĐND", doc_type=NQ, date="2025-07-05", issuer="HĐND tỉnh")]),
("Thực hiện theo TT số 01/2025/TT-BNV ngày 17/01/2025 của Bộ Nội vụ.",
 [dict(code="01/2025/TT-BNV", doc_type=TT, date="2025-01-17", issuer="Bộ Nội vụ")]),
("Căn cứ Thông tư liên tịch số 12/2015/TTLT-BKHĐT-BTC ngày 20/11/2015 của Bộ Kế hoạch và Đầu tư và Bộ Tài chính;",
 [dict(code="12/2015/TTLT-BKHĐT-BTC", doc_type="Thông tư liên tịch", date="2015-11-20")]),
("Thực hiện Kết luận số 123-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về bổ sung kế hoạch;",
 [dict(code="123-KL/TW", doc_type="Kết luận", date="2025-01-24", issuer="Ban Chấp hành Trung ương Đảng")]),
("Thực hiện Chỉ thị số 05-CT/TU ngày 10/4/2025 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng cháy;",
 [dict(code="05-CT/TU", doc_type=CT, date="2025-04-10", issuer="Ban Thường vụ Tỉnh ủy")]),
("Căn cứ Hướng dẫn số 12-HD/BTGTW ngày 05/3/2025 của Ban Tuyên giáo Trung ương;",
 [dict(code="12-HD/BTGTW", doc_type="Hướng dẫn", date="2025-03-05", issuer="Ban Tuyên giáo Trung ương")]),
("Thực hiện Công văn số 123/UBND-KT ngày 10/6/2025 của UBND tỉnh về việc triển khai thực hiện Nghị quyết.",
 [dict(code="123/UBND-KT", doc_type="Công văn", date="2025-06-10", issuer="UBND tỉnh")]),
("Theo Văn bản số 4567/BTC-NSNN ngày 12/8/2025 của Bộ Tài chính về dự toán ngân sách.",
 [dict(code="4567/BTC-NSNN", date="2025-08-12", issuer="Bộ Tài chính")]),
("Thực hiện Kế hoạch số 100/KH-UBND ngày 20/3/2025 của UBND tỉnh về chuyển đổi số;",
 [dict(code="100/KH-UBND", doc_type=KH, date="2025-03-20", issuer="UBND tỉnh", relation="basis")]),
("Thực hiện Chương trình hành động số 45-CTr/TU ngày 10/02/2025 của Ban Thường vụ Tỉnh ủy;",
 [dict(code="45-CTr/TU", doc_type="Chương trình hành động", date="2025-02-10", issuer="Ban Thường vụ Tỉnh ủy")]),
("Thực hiện Chương trình số 05-CTr/HU ngày 12/5/2025 của Huyện ủy;",
 [dict(code="05-CTr/HU", doc_type="Chương trình", date="2025-05-12", issuer="Huyện ủy")]),
("Căn cứ Quyết định số 1500/QĐ-TTg ngày 05 tháng 9 năm 2025 của Thủ tướng Chính phủ;",
 [dict(code="1500/QĐ-TTg", doc_type=QD, date="2025-09-05", issuer=TTG)]),
("Căn cứ Quyết định số 25/2004/QĐ-TTg ngày 27/02/2004 của Thủ tướng Chính phủ;",
 [dict(code="25/2004/QĐ-TTg", doc_type=QD, date="2004-02-27", issuer=TTG)]),
("Căn cứ Nghị quyết số 190/2025/QH15 ngày 19 tháng 02 năm 2025 của Quốc hội quy định về xử lý một số vấn đề;",
 [dict(code="190/2025/QH15", doc_type=NQ, date="2025-02-19", issuer="Quốc hội")]),
("Căn cứ Quyết định số 38/2025/QĐ-UBND ngày 20/6/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp;",
 [dict(code="38/2025/QĐ-UBND", doc_type=QD, date="2025-06-20", issuer="Ủy ban nhân dân tỉnh")]),
("Thực hiện Nghị quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị về phát triển kinh tế tư nhân,",
 [dict(code="68-NQ/TW", doc_type=NQ, date="2025-05-04", issuer=BCT)]),
("Quy định số 66-QĐ/TW ngày 06/02/2025 của Bộ Chính trị về thể loại, thẩm quyền ban hành văn bản của Đảng.",
 [dict(code="66-QĐ/TW", doc_type="Quy định", date="2025-02-06", issuer=BCT)]),
("Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách.",
 [dict(code="16/CT-TTg", doc_type=CT, date="2020-03-31", issuer=TTG)]),
("Căn cứ Nghị quyết số 35/2025/NQ-HĐND ngày 10/12/2025 của Hội đồng nhân dân tỉnh;",
 [dict(code="35/2025/NQ-HĐND", doc_type=NQ, date="2025-12-10", issuer="Hội đồng nhân dân tỉnh")]),
("Thực hiện Kế hoạch số 25-KH/TU ngày 15/3/2025 của Tỉnh ủy về sắp xếp tổ chức bộ máy,",
 [dict(code="25-KH/TU", doc_type=KH, date="2025-03-15", issuer="Tỉnh ủy")]),
("Căn cứ Thông báo số 45/TB-VPCP ngày 20/02/2025 của Văn phòng Chính phủ;",
 [dict(code="45/TB-VPCP", doc_type="Thông báo", date="2025-02-20", issuer="Văn phòng Chính phủ")]),
("Xét đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 02/10/2025.",
 [dict(code="45/TTr-SNV", doc_type="Tờ trình", date="2025-10-02", issuer="Sở Nội vụ")]),
("Căn cứ Báo cáo số 210/BC-UBND ngày 30/9/2025 của UBND huyện về kết quả thực hiện;",
 [dict(code="210/BC-UBND", doc_type="Báo cáo", date="2025-09-30")]),
("Thực hiện Đề án số 01-ĐA/TU ngày 15/8/2025 của Ban Thường vụ Tỉnh ủy,",
 [dict(code="01-ĐA/TU", doc_type="Đề án", date="2025-08-15")]),
("Căn cứ Quy chế số 02-QC/TU ngày 10/01/2025 của Tỉnh ủy;", [dict(code="02-QC/TU", doc_type="Quy chế", date="2025-01-10")]),
("Thực hiện Thông tri số 03-TT/TU ngày 12/6/2025 của Ban Thường vụ Tỉnh ủy;", [dict(code="03-TT/TU", date="2025-06-12")]),
("Căn cứ Kế hoạch liên tịch số 05/KHLT-SNV-LĐLĐ ngày 10/3/2025;", [dict(code="05/KHLT-SNV-LĐLĐ", doc_type="Kế hoạch liên tịch", date="2025-03-10")]),
("Thực hiện Công điện số 12/CĐ-TTg ngày 20/9/2025 của Thủ tướng Chính phủ về ứng phó bão,",
 [dict(code="12/CĐ-TTg", doc_type="Công điện", date="2025-09-20", issuer=TTG)]),
("Căn cứ Văn bản hợp nhất số 15/VBHN-VPQH ngày 10/12/2024 của Văn phòng Quốc hội;", [dict(code="15/VBHN-VPQH", date="2024-12-10")]),
# --- without "số", with abbreviated types, upper case
("Thực hiện Nghị quyết 01/NQ-CP của Chính phủ về nhiệm vụ, giải pháp chủ yếu.", [dict(code="01/NQ-CP", doc_type=NQ, issuer=CP)]),
("Theo Nghị định 168/2024/NĐ-CP, mức xử phạt được nâng lên.", [dict(code="168/2024/NĐ-CP", doc_type=ND, issuer=CP)]),
("Thực hiện Chỉ thị 05/CT-UBND của UBND tỉnh,", [dict(code="05/CT-UBND", doc_type=CT, issuer="UBND tỉnh")]),
("Thực hiện Công văn 2345/UBND-VX của UBND tỉnh,", [dict(code="2345/UBND-VX", doc_type="Công văn", issuer="UBND tỉnh")]),
("Thực hiện văn bản số 789/SNV-CCVC ngày 03/4/2025 của Sở Nội vụ,", [dict(code="789/SNV-CCVC", date="2025-04-03", issuer="Sở Nội vụ")]),
("Căn cứ NĐ số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;", [dict(code="30/2020/NĐ-CP", doc_type=ND, date="2020-03-05")]),
("THỰC HIỆN QUYẾT ĐỊNH SỐ 06/QĐ-TTG NGÀY 06/01/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ", [dict(code="06/QĐ-TTg", doc_type=QD, date="2022-01-06")]),
("Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị;", [dict(code="57-NQ/TW", date="2024-12-22", issuer=BCT)]),
("Căn cứ Nghị quyết số 57 - NQ/TW ngày 22/12/2024 của Bộ Chính trị;", [dict(code="57-NQ/TW", date="2024-12-22")]),
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 05-9-2025 của UBND tỉnh;", [dict(code="1234/QĐ-UBND", date="2025-09-05")]),
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 05.9.2025 của UBND tỉnh;", [dict(code="1234/QĐ-UBND", date="2025-09-05")]),
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 31/6/2025 của UBND tỉnh;", [dict(code="1234/QĐ-UBND", date=None)]),
# --- codes spaced, wrapped, Đ variants
("Căn cứ Nghị định số 15 /2025/ NĐ-CP ngày 03/02/2025 của Chính phủ;", [dict(code="15/2025/NĐ-CP", date="2025-02-03")]),
("Căn cứ Nghị định số 15/2025/NĐ-\nCP ngày 03/02/2025 của Chính phủ;", [dict(code="15/2025/NĐ-CP", date="2025-02-03")]),
("Căn cứ Nghị định số 15/2025/\nNĐ-CP ngày 03/02/2025 của Chính phủ;", [dict(code="15/2025/NĐ-CP", date="2025-02-03")]),
("Căn cứ Kế hoạch số 75/KH- UBND ngày 03/02/2025 của UBND tỉnh;", [dict(code="75/KH-UBND", date="2025-02-03")]),
("Căn cứ Nghị định số 45/2025/NÐ-CP ngày 28/02/2025 của Chính phủ;", [dict(code="45/2025/NĐ-CP", doc_type=ND)]),
("Căn cứ Quyết định số 12/QÐ-UBND ngày 05/01/2025 của UBND tỉnh;", [dict(code="12/QĐ-UBND", doc_type=QD)]),
("Căn cứ Nghị định số 30/2020/ND-CP ngày 05/3/2020 của Chính phủ;", [dict(code="30/2020/NĐ-CP", doc_type=ND)]),
("Căn cứ Quyết định số 12/QD-UBND ngày 05/01/2025 của UBND tỉnh;", [dict(code="12/QĐ-UBND", doc_type=QD)]),
("Căn cứ Quyết định số 25/2004/QĐ-TTg ngày 27 tháng 02 năm 2004;", [dict(code="25/2004/QĐ-TTg", date="2004-02-27", issuer=TTG)]),
("Căn cứ Quyết định số 15/2014/QĐ-UBND ngày 20/5/2014 của UBND tỉnh;", [dict(code="15/2014/QĐ-UBND", date="2014-05-20")]),
# --- lists
("Căn cứ các Nghị quyết số 01/NQ-CP, 02/NQ-CP ngày 08/01/2025 của Chính phủ;",
 [dict(code="01/NQ-CP", doc_type=NQ, issuer=CP), dict(code="02/NQ-CP", doc_type=NQ, issuer=CP)]),
("Căn cứ các Quyết định của Thủ tướng Chính phủ: số 100/QĐ-TTg ngày 19/01/2019, số 200/QĐ-TTg ngày 20/02/2020;",
 [dict(code="100/QĐ-TTg", doc_type=QD, date="2019-01-19", issuer=TTG), dict(code="200/QĐ-TTg", doc_type=QD, date="2020-02-20", issuer=TTG)]),
("Thực hiện Thông tư số 02/2025/TT-BNV và Thông tư số 03/2025/TT-BNV của Bộ Nội vụ,",
 [dict(code="02/2025/TT-BNV", doc_type=TT), dict(code="03/2025/TT-BNV", doc_type=TT, issuer="Bộ Nội vụ")]),
("Căn cứ các Nghị định: số 10/2025/NĐ-CP, số 11/2025/NĐ-CP của Chính phủ;",
 [dict(code="10/2025/NĐ-CP", doc_type=ND), dict(code="11/2025/NĐ-CP", doc_type=ND)]),
("Căn cứ các Luật số 43/2024/QH15, số 47/2024/QH15;", [dict(code="43/2024/QH15", doc_type="Luật"), dict(code="47/2024/QH15", doc_type="Luật")]),
("Căn cứ Nghị quyết số 09-NQ/TW và Nghị quyết số 10-NQ/TW của Bộ Chính trị;", [dict(code="09-NQ/TW"), dict(code="10-NQ/TW", issuer=BCT)]),
("Căn cứ Quyết định số 100/QĐ-UBND ngày 10/01/2025 và Quyết định số 101/QĐ-UBND ngày 11/01/2025 của UBND tỉnh;",
 [dict(code="100/QĐ-UBND", date="2025-01-10"), dict(code="101/QĐ-UBND", date="2025-01-11")]),
# --- laws by name, with dates, years, numbers, amending laws
("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
 [dict(doc_type="Luật", title="Tổ chức chính quyền địa phương", date="2025-02-19", relation="basis")]),
("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;",
 [dict(doc_type="Luật", title="Ban hành văn bản quy phạm pháp luật", date="2025-02-19")]),
("thực hiện theo quy định của Luật Đất đai năm 2024.", [dict(doc_type="Luật", title="Đất đai", date="2024")]),
("bảo đảm quyền lợi người lao động theo quy định của Bộ luật Lao động.", [dict(doc_type="Bộ luật", title="Lao động")]),
("Căn cứ Bộ luật Dân sự ngày 24 tháng 11 năm 2015;", [dict(doc_type="Bộ luật", title="Dân sự", date="2015-11-24")]),
("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13;", [dict(code="83/2015/QH13", doc_type="Luật", title="Ngân sách nhà nước")]),
("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;", [dict(code="31/2024/QH15", doc_type="Luật", date="2024-01-18")]),
("Căn cứ Luật số 47/2024/QH15 ngày 30 tháng 11 năm 2024;", [dict(code="47/2024/QH15", doc_type="Luật", date="2024-11-30")]),
("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
 [dict(doc_type="Luật", title="sửa đổi, bổ sung", date="2019-11-22")]),
("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu ngày 29 tháng 11 năm 2024;",
 [dict(doc_type="Luật", title="sửa đổi, bổ sung", date="2024-11-29")]),
("Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;", [dict(doc_type="Luật", title="Đầu tư công", date="2024-11-29")]),
("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", [dict(doc_type="Hiến pháp", title="Cộng hòa xã hội chủ nghĩa")]),
("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;",
 [dict(doc_type="Pháp lệnh", title="Ưu đãi người có công", date="2020-12-09")]),
("thực hiện đúng Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành.", [dict(doc_type="Luật", title="Thi đua, khen thưởng")]),
("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015; Luật Đầu tư công ngày 29 tháng 11 năm 2024;",
 [dict(doc_type="Luật", title="Ngân sách nhà nước", date="2015-06-25"), dict(doc_type="Luật", title="Đầu tư công", date="2024-11-29")]),
("Căn cứ Luật Phòng, chống tham nhũng ngày 20 tháng 11 năm 2018;", [dict(doc_type="Luật", title="Phòng, chống tham nhũng", date="2018-11-20")]),
("Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật Viên chức ngày 15 tháng 11 năm 2010;",
 [dict(doc_type="Luật", title="Cán bộ, công chức", date="2008-11-13"), dict(doc_type="Luật", title="Viên chức", date="2010-11-15")]),
("theo quy định của Luật Bảo vệ môi trường năm 2020 và Nghị định số 08/2022/NĐ-CP.",
 [dict(doc_type="Luật", title="Bảo vệ môi trường", date="2020"), dict(code="08/2022/NĐ-CP")]),
# --- documents issued with, approved by, named inside a citation
("Triển khai Đề án phát triển du lịch cộng đồng ban hành kèm theo Quyết định số 789/QĐ-UBND ngày 01/4/2025 của UBND tỉnh.",
 [dict(code="789/QĐ-UBND", date="2025-04-01")]),
("Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư;",
 [dict(code="06/QĐ-TTg", date="2022-01-06", issuer=TTG)]),
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/5/2025 của UBND tỉnh về việc ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025;",
 [dict(code="1234/QĐ-UBND", date="2025-05-15"),  # the plan it issues is about the programme: cited (dev gold 009)
  dict(doc_type="Chương trình", title="nông thôn mới", relation="mentions")]),
("Thủ tướng Chính phủ đã phê duyệt tại Quyết định số 100/QĐ-TTg ngày 19/01/2019.", [dict(code="100/QĐ-TTg", issuer=TTG)]),
("thực hiện Chiến lược phát triển kinh tế - xã hội 10 năm 2021 - 2030;", [dict(doc_type="Chiến lược", title="phát triển kinh tế - xã hội")]),
("phù hợp với Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.", [dict(doc_type="Quy hoạch", title="tỉnh thời kỳ")]),
("thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026 - 2030.", [dict(doc_type="Chương trình", title="nông thôn mới")]),
("theo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030.", [dict(doc_type="Bộ tiêu chí", title="xã nông thôn mới")]),
("Tiếp tục thực hiện có hiệu quả Đề án 06 của Chính phủ.", [dict(doc_type="Đề án", title="06")]),
("Các chỉ tiêu mà Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030 đã xác định", [dict(doc_type=NQ, title="Đại hội")]),
("Thực hiện Nghị quyết Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khóa XIII,", [dict(doc_type=NQ, title="Hội nghị lần thứ 10")]),
("theo tiêu chuẩn TCVN 5574:2018 và quy chuẩn QCVN 01:2021/BXD.", [dict(code="TCVN 5574:2018"), dict(code="QCVN 01:2021/BXD", issuer="Bộ Xây dựng")]),
# --- the document itself, documents still to be drafted, no document
("UBND TỈNH AN GIANG\nSố: 150/KH-UBND\n\nKẾ HOẠCH\nTriển khai phong trào thi đua năm 2026\n\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n",
 [dict(code="57-NQ/TW")]),
("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/KH-UBND\tĐồng Nai, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 05-CT/TU\n\nUBND tỉnh ban hành Kế hoạch này.",
 [dict(code="05-CT/TU")]),
("PHỤ LỤC\n(Kèm theo Kế hoạch số 150/KH-UBND ngày 10/10/2025 của UBND tỉnh)\n", []),
("Trên đây là Kế hoạch triển khai phong trào thi đua năm 2026, đề nghị các đơn vị thực hiện.", []),
("Sở Nội vụ xây dựng Kế hoạch triển khai phong trào thi đua, trình UBND tỉnh ban hành trong tháng 3/2026.", []),
("Sở Tư pháp chủ trì nghiên cứu, đề xuất sửa đổi Luật Đất đai cho phù hợp.", []),
("Tổ chức thực hiện Kế hoạch này đảm bảo hiệu quả, tiết kiệm.", []),
("Tỷ lệ xã đạt chuẩn 15/20 xã, có 3/5 huyện đạt chuẩn nông thôn mới.", []),
("Hằng năm, các đơn vị xây dựng kế hoạch, chương trình công tác.", []),
("Sở Tài chính tham mưu UBND tỉnh ban hành Quyết định phân bổ vốn.", []),
("Cán bộ, công chức chấp hành nghiêm pháp luật và quy định của cơ quan.", []),
("Tổ chức Hội nghị quán triệt Nghị quyết Đại hội Đảng các cấp.", []),
("Hotline 1900/2025 hỗ trợ người dân 24/7.", []),

# --- more shapes (second batch)
("Căn cứ Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024;", [dict(code="57-NQ/TW", date="2024-12-22", issuer=BCT)]),
("Căn cứ Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu;", [dict(code="127-KL/TW", date="2025-02-28")]),
("Thực hiện Thông báo kết luận số 15-TB/TU ngày 03/3/2025 của Ban Thường vụ Tỉnh ủy,", [dict(code="15-TB/TU", doc_type="Thông báo", date="2025-03-03")]),
("Thực hiện Nghị quyết số 05-NQ/ĐU ngày 10/01/2025 của Đảng ủy xã,", [dict(code="05-NQ/ĐU", doc_type=NQ, date="2025-01-10", issuer="Đảng ủy xã")]),
("Thực hiện Kế hoạch số 12-KH/ĐU ngày 10/01/2025 của Đảng ủy xã,", [dict(code="12-KH/ĐU", doc_type=KH, date="2025-01-10")]),
("Căn cứ Quy định số 01-QĐi/TU ngày 10/01/2025 của Tỉnh ủy;", [dict(code="01-QĐi/TU", doc_type="Quy định", date="2025-01-10")]),
("Căn cứ Hướng dẫn số 05-HD/BTCTU ngày 10/01/2025 của Ban Tổ chức Tỉnh ủy;", [dict(code="05-HD/BTCTU", doc_type="Hướng dẫn", issuer="Ban Tổ chức Tỉnh ủy")]),
("Thực hiện Công văn số 123-CV/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy,", [dict(code="123-CV/TU", doc_type="Công văn", date="2025-01-10")]),
("Căn cứ Quyết định số 35/QĐ-BCĐ ngày 10/01/2025 của Ban Chỉ đạo tỉnh;", [dict(code="35/QĐ-BCĐ", doc_type=QD, issuer="Ban Chỉ đạo tỉnh")]),
("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/7/2025 của HĐND tỉnh khóa X, kỳ họp thứ 5;", [dict(code="12/NQ-HĐND", date="2025-07-10")]),
("Căn cứ Quyết định số 1234/QĐ-UBND của UBND tỉnh ngày 15/5/2025;", [dict(code="1234/QĐ-UBND", date="2025-05-15", issuer="UBND tỉnh")]),
("Căn cứ Quyết định số 456/QĐ-UB ngày 12/4/2001 của UBND tỉnh;", [dict(code="456/QĐ-UB", doc_type=QD, date="2001-04-12")]),
("Căn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019;", [dict(code="43/2019/QH14", doc_type="Luật", title="Giáo dục", date="2019-06-14")]),
("Căn cứ Luật Thi đua, khen thưởng năm 2022;", [dict(doc_type="Luật", title="Thi đua, khen thưởng", date="2022")]),
("theo quy định của Bộ Luật Hình sự năm 2015.", [dict(doc_type="Bộ luật", title="Hình sự", date="2015")]),
("Căn cứ Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán;", [dict(code="56/2024/QH15", doc_type="Luật")]),
("Căn cứ Luật Đất đai 2024 và các văn bản hướng dẫn;", [dict(doc_type="Luật", title="Đất đai")]),
("Căn cứ Luật Đất đai (sửa đổi) năm 2024;", [dict(doc_type="Luật", title="Đất đai")]),
("Căn cứ Luật Bảo hiểm xã hội năm 2024; Luật Việc làm năm 2025;", [dict(doc_type="Luật", title="Bảo hiểm xã hội", date="2024"), dict(doc_type="Luật", title="Việc làm", date="2025")]),
("Căn cứ Nghị quyết liên tịch số 01/2025/NQLT-CP-ĐCTUBTWMTTQVN ngày 10/01/2025;", [dict(code="01/2025/NQLT-CP-ĐCTUBTWMTTQVN", doc_type=NQ)]),
("Căn cứ Nghị định số 08/2025/NĐ-CP ngày 09/01/2025 của Chính phủ quy định chi tiết một số điều của Luật Đường bộ;", [dict(code="08/2025/NĐ-CP", date="2025-01-09", issuer=CP)]),
("Căn cứ Quyết định số 2222/QĐ-UBND ngày 12/12/2024 của Chủ tịch Ủy ban nhân dân tỉnh về việc giao chỉ tiêu;",
 [dict(code="2222/QĐ-UBND", date="2024-12-12", issuer="Chủ tịch Ủy ban nhân dân tỉnh")]),
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/5/2025 của UBND tỉnh Lâm Đồng về việc phê duyệt quy hoạch;", [dict(code="1234/QĐ-UBND", issuer="UBND tỉnh Lâm Đồng")]),
("Thực hiện Nghị quyết số 18/NQ-CP ngày 28/01/2025 của Chính phủ,", [dict(code="18/NQ-CP", date="2025-01-28", issuer=CP)]),
("Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", [dict(code="18-NQ/TW", date="2017-10-25")]),
("Số: 150 /KH-UBND\n\nKẾ HOẠCH\nTriển khai phong trào thi đua\n\nCác đơn vị báo cáo kết quả thực hiện Kế hoạch số 150/KH-UBND về Sở Nội vụ.", []),
("Số:150/KH-UBND\n\nKẾ HOẠCH\nTriển khai phong trào thi đua\n\nCăn cứ Quyết định số 100/QĐ-UBND ngày 10/01/2026 của UBND tỉnh;", [dict(code="100/QĐ-UBND")]),
("TỈNH ỦY AN GIANG\nSố 45-KH/TU\n\nKẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n", [dict(code="57-NQ/TW")]),
("Số: 2820/QĐ-UBND\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch triển khai\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai.\n\nKẾ HOẠCH\n(Ban hành kèm theo Quyết định số 2820/QĐ-UBND ngày 10/10/2025 của UBND tỉnh)\n", []),
("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ;",
 [dict(code="57-NQ/TW", issuer=BCT), dict(code="03/NQ-CP", date="2025-01-09", issuer=CP)]),
("thực hiện Chương trình tổng thể phòng, chống tham nhũng giai đoạn 2023 - 2030.", [dict(doc_type="Chương trình", title="phòng, chống tham nhũng")]),
("theo Chiến lược quốc gia về phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030.", [dict(doc_type="Chiến lược", title="kinh tế số")]),
("theo Quy chuẩn kỹ thuật quốc gia QCVN 02:2022/BXD.", [dict(code="QCVN 02:2022/BXD")]),
('thực hiện Đề án “Tuyên truyền, phổ biến pháp luật cho người dân giai đoạn 2026 - 2030”.', [dict(doc_type="Đề án", title="Tuyên truyền")]),
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/5/2025 và Quyết định số 1235/QĐ-UBND ngày 16/5/2025 của UBND tỉnh;",
 [dict(code="1234/QĐ-UBND", date="2025-05-15"), dict(code="1235/QĐ-UBND", date="2025-05-16")]),
("Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;", [dict(code="57-NQ/TW", date="2024-12-22")]),
("Căn cứ Quyết định số 1234/QĐ-UBND ban hành ngày 15/5/2025 của UBND tỉnh;", [dict(code="1234/QĐ-UBND", date="2025-05-15")]),
("Căn cứ Quyết định số 1234/QĐ-UBND (ngày 15/5/2025) của UBND tỉnh;", [dict(code="1234/QĐ-UBND", date="2025-05-15")]),
("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị \"về đột phá phát triển khoa học\";", [dict(code="57-NQ/TW")]),
("Căn cứ Nghị quyết số: 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;", [dict(code="57-NQ/TW", date="2024-12-22")]),
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/5/2025 của UBND tỉnh V/v phê duyệt kế hoạch;", [dict(code="1234/QĐ-UBND", date="2025-05-15")]),
("Căn cứ Nghị quyết số 12/2025/NQ-HĐND ngày 10/7/2025 của HĐND tỉnh Quy định mức hỗ trợ;", [dict(code="12/2025/NQ-HĐND", issuer="HĐND tỉnh")]),
("Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/5/2025 của UBND tỉnh, UBND huyện ban hành Kế hoạch thực hiện như sau:",
 [dict(code="1234/QĐ-UBND", issuer="UBND tỉnh", relation="basis")]),
("- Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;", [dict(code="57-NQ/TW", relation="basis")]),
("Kế hoạch số 100/KH-UBND ngày 20/3/2025 của UBND tỉnh đã đề ra nhiệm vụ.", [dict(code="100/KH-UBND", relation="mentions")]),
# --- third batch: short names, wrapped law names, standards with ISO, more Party shapes
("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học (sau đây gọi tắt là Nghị quyết số 57-NQ/TW);",
 [dict(code="57-NQ/TW", date="2024-12-22"), dict(code="57-NQ/TW", date="2024-12-22")]),
("Căn cứ Kế hoạch số 01-KH/BCĐTW ngày 14/02/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ;",
 [dict(code="01-KH/BCĐTW", doc_type=KH, date="2025-02-14", issuer="Ban Chỉ đạo Trung ương")]),
("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/10/2025 của Ban Chấp hành Đảng bộ tỉnh khóa XVI về chuyển đổi số,",
 [dict(code="05-NQ/TU", date="2025-10-10", issuer="Ban Chấp hành Đảng bộ tỉnh khóa XVI")]),
("Thực hiện Văn bản số 456/SKHĐT-TH ngày 10/3/2025 của Sở Kế hoạch và Đầu tư,", [dict(code="456/SKHĐT-TH", issuer="Sở Kế hoạch và Đầu tư")]),
("Thực hiện Chỉ thị số 01/CT-BCA-V01 ngày 10/01/2025 của Bộ Công an,", [dict(code="01/CT-BCA-V01", doc_type=CT)]),
("Thực hiện Hướng dẫn số 12/HD-SNV ngày 10/3/2025 của Sở Nội vụ,", [dict(code="12/HD-SNV", doc_type="Hướng dẫn", issuer="Sở Nội vụ")]),
("theo nghị quyết số 12/NQ-HĐND ngày 10/7/2025 của HĐND tỉnh.", [dict(code="12/NQ-HĐND", doc_type=NQ)]),
("Căn cứ các Nghị định của Chính phủ: số 45/2025/NĐ-CP ngày 28/02/2025, số 150/2025/NĐ-CP ngày 12/6/2025;",
 [dict(code="45/2025/NĐ-CP", doc_type=ND, issuer=CP, date="2025-02-28"), dict(code="150/2025/NĐ-CP", doc_type=ND, issuer=CP, date="2025-06-12")]),
("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", [dict(code="72/2025/QH15", doc_type="Luật", title="Tổ chức chính quyền địa phương")]),
("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;", [dict(doc_type="Luật", title="Tổ chức chính quyền địa phương", date="2025-06-16")]),
("Căn cứ Luật Ngân sách nhà nước; Luật Đầu tư công;", [dict(doc_type="Luật", title="Ngân sách nhà nước"), dict(doc_type="Luật", title="Đầu tư công")]),
("theo quy định của Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.", [dict(doc_type="Luật", title="Phòng cháy, chữa cháy và cứu nạn, cứu hộ")]),
("Căn cứ Luật Khoa học, Công nghệ và Đổi mới sáng tạo ngày 27 tháng 6 năm 2025;",
 [dict(doc_type="Luật", title="Khoa học, Công nghệ và Đổi mới sáng tạo", date="2025-06-27")]),
("Căn cứ Luật Địa chất và Khoáng sản ngày 29 tháng 11 năm 2024;", [dict(doc_type="Luật", title="Địa chất và Khoáng sản", date="2024-11-29")]),
("Căn cứ Hiến pháp năm 2013;", [dict(doc_type="Hiến pháp")]),
("quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng,", [dict(doc_type=NQ, title="Đại hội")]),
("Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng,", [dict(doc_type=NQ)]),
("Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII,",
 [dict(code="21-KL/TW", date="2021-10-25", issuer="Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII")]),
("Áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.", [dict(code="TCVN ISO 9001:2015")]),
("đáp ứng QCVN 01-1:2018/BYT về chất lượng nước sạch.", [dict(code="QCVN 01-1:2018/BYT", issuer="Bộ Y tế")]),
("Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008;",
 [dict(code="19/2014/QĐ-TTg"), dict(code="TCVN ISO 9001:2008")]),
("Căn cứ Luật Tổ chức Chính phủ, Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
 [dict(doc_type="Luật", title="Tổ chức Chính phủ"), dict(doc_type="Luật", title="Tổ chức chính quyền địa phương", date="2025-02-19")]),
("Thực hiện Quyết định số 1234/QĐ-UBND ngày 15/5/2025 của Chủ tịch UBND tỉnh,", [dict(code="1234/QĐ-UBND", issuer="Chủ tịch UBND tỉnh")]),
("Căn cứ Quyết định số 2345/QĐ-BNNMT ngày 01/7/2025 của Bộ trưởng Bộ Nông nghiệp và Môi trường;", [dict(code="2345/QĐ-BNNMT", issuer="Bộ trưởng Bộ Nông nghiệp và Môi trường")]),
("Thực hiện Nghị quyết số 1656/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính,",
 [dict(code="1656/NQ-UBTVQH15", doc_type=NQ, issuer="Ủy ban Thường vụ Quốc hội")]),
("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;",
 [dict(code="202/2025/QH15", issuer="Quốc hội", date="2025-06-12")]),
# --- fourth batch: articles of a document, captions, letters, unnumbered plans of a body
("Thực hiện theo quy định tại Điều 5 Nghị định số 45/2025/NĐ-CP của Chính phủ.", [dict(code="45/2025/NĐ-CP", issuer=CP)]),
("theo mẫu tại Phụ lục I ban hành kèm theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.", [dict(code="30/2020/NĐ-CP", date="2020-03-05")]),
("quy định tại khoản 2 Điều 3 Thông tư số 01/2025/TT-BNV ngày 17/01/2025 của Bộ trưởng Bộ Nội vụ.", [dict(code="01/2025/TT-BNV", issuer="Bộ trưởng Bộ Nội vụ")]),
("tổ chức thực hiện theo Kế hoạch của UBND tỉnh về chuyển đổi số năm 2026.", [dict(doc_type=KH, issuer="UBND tỉnh")]),
("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
 [dict(code="05-CT/TW", date="2016-05-15", issuer=BCT)]),
("Thực hiện Thông báo số 123/TB-UBND ngày 10/3/2025 của UBND tỉnh,", [dict(code="123/TB-UBND", doc_type="Thông báo")]),
("Căn cứ Quyết định số 81/2006/QĐ-TTg ngày 14/4/2006 của Thủ tướng Chính phủ;", [dict(code="81/2006/QĐ-TTg", date="2006-04-14", issuer=TTG)]),
("Căn cứ Thông tư liên tịch số 02/2010/TTLT-BNV-BTC;", [dict(code="02/2010/TTLT-BNV-BTC", doc_type="Thông tư liên tịch")]),
("Căn cứ Quyết định số 1234/QĐ-CT ngày 10/3/2025 của Chủ tịch UBND tỉnh;", [dict(code="1234/QĐ-CT", issuer="Chủ tịch UBND tỉnh")]),
("triển khai Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư", [dict(code="126-KL/TW", date="2025-02-14")]),
("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
 [dict(code="72/2025/QH15", doc_type="Luật", title="Tổ chức chính quyền địa phương", date="2025-06-16")]),
("thực hiện Nghị quyết số 57-NQ/TW và Nghị quyết số 03/NQ-CP,", [dict(code="57-NQ/TW"), dict(code="03/NQ-CP")]),
# --- fifth batch: forms, bills
("Các đơn vị báo cáo theo Mẫu số 02/BC-SNV kèm theo Kế hoạch này.", []),
("Tổng hợp số liệu theo Biểu số 01/KH-NS.", []),
("Bộ Nội vụ hoàn thiện hồ sơ dự án Luật Viên chức trình Quốc hội.", []),
("Chính phủ thống nhất với dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường.", []),
("Căn cứ Pháp lệnh Chi phí tố tụng số 02/2012/UBTVQH13;", [dict(code="02/2012/UBTVQH13", doc_type="Pháp lệnh", title="Chi phí tố tụng")]),
# --- sixth batch: issuers with a comma, names ending before what is said of them
("Thực hiện Kế hoạch số 12/KH-SVHTTDL ngày 10/3/2025 của Sở Văn hóa, Thể thao và Du lịch về tổ chức giải chạy,",
 [dict(code="12/KH-SVHTTDL", issuer="Sở Văn hóa, Thể thao và Du lịch")]),
("Căn cứ Thông tư số 05/2025/TT-BVHTTDL ngày 10/3/2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch;",
 [dict(code="05/2025/TT-BVHTTDL", issuer="Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")]),
("bảo đảm thống nhất với Luật Phòng, chống ma túy sát với thực tiễn, có tính khả thi.", [dict(doc_type="Luật", title="Phòng, chống ma túy")]),
# --- seventh batch (fix-r2): a scheme a citation is about is cited; one it approves, issues or adopts is known by it
("Thực hiện Kết luận số 45-KL/TW ngày 10/3/2025 của Ban Bí thư về Đề án “Đổi mới công tác dân vận trong tình hình mới”;",
 [dict(code="45-KL/TW"), dict(doc_type="Đề án", title="Đổi mới công tác dân vận", relation="mentions")]),
("Căn cứ Thông tư số 15/2024/TT-BYT ngày 01/7/2024 của Bộ trưởng Bộ Y tế hướng dẫn thực hiện Chương trình mục tiêu quốc gia "
 "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;",
 [dict(code="15/2024/TT-BYT", relation="basis"), dict(doc_type="Chương trình", title="vùng đồng bào dân tộc", relation="mentions")]),
("Căn cứ Quyết định số 90/QĐ-TTg ngày 18/01/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo "
 "bền vững giai đoạn 2021 - 2025;", [dict(code="90/QĐ-TTg")]),
("Căn cứ Nghị quyết số 12/NQ-HĐND ngày 10/7/2025 của Hội đồng nhân dân tỉnh về Đề án phát triển du lịch tỉnh giai đoạn 2025 - 2030;",
 [dict(code="12/NQ-HĐND")]),
("- Triển khai các nhiệm vụ theo Quy hoạch tỉnh thời kỳ 2021 - 2030 đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số "
 "1629/QĐ-TTg ngày 16/12/2023;", [dict(code="1629/QĐ-TTg")]),
# --- eighth batch (fix-r2): every citation of a basis list is a basis; a task's citation is a mention
("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Nghị định số 150/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định\n"
 "tổ chức các cơ quan chuyên môn; Quyết định số 25/2025/QĐ-UBND ngày 01/8/2025 của UBND tỉnh;",
 [dict(doc_type="Luật", relation="basis"), dict(code="150/2025/NĐ-CP", relation="basis"), dict(code="25/2025/QĐ-UBND", relation="basis")]),
("Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 03/NQ-CP ngày 09/01/2025 của\n"
 "Chính phủ; Kế hoạch số 01-KH/BCĐ ngày 28/6/2025 của Ban Chỉ đạo tỉnh.",
 [dict(code="57-NQ/TW", relation="basis"), dict(code="03/NQ-CP", relation="basis"), dict(code="01-KH/BCĐ", relation="basis")]),
("- Thực hiện công khai giá dịch vụ theo quy định tại Điều 12 Nghị định số 85/2024/NĐ-CP của Chính phủ.",
 [dict(code="85/2024/NĐ-CP", relation="mentions")]),
("Căn cứ Nghị định số 45/2025/NĐ-CP của Chính phủ;\nXét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 120/TTr-SNV ngày 05/9/2025.",
 [dict(code="45/2025/NĐ-CP", relation="basis"), dict(code="120/TTr-SNV", relation="mentions")]),
# --- ninth batch (fix-r2): lists of things that are not citations; a title ends before what is done with it
("Hồ sơ đề nghị gồm: Đơn đề nghị cấp phép; Phương án phòng cháy, chữa cháy, cứu nạn cứu hộ của cơ sở; bản sao giấy tờ liên quan.", []),
("- Chủ trì thẩm định hồ sơ theo thẩm quyền; Hướng dẫn việc lập hồ sơ đề nghị công nhận cho các xã.", []),
("Căn cứ Quyết định số 120/QĐ-UBND ngày 05/3/2025 phê duyệt Kế hoạch tuyên truyền về Đề án Chuyển đổi số của tỉnh;\n"
 "- Báo cáo kết quả thực hiện Kế hoạch tuyên truyền về Đề án và gửi về Sở Khoa học và Công nghệ.",
 [dict(code="120/QĐ-UBND"), dict(doc_type="Đề án", title="Chuyển đổi số")]),
# --- tenth batch (fix-r2): a list's shared date; a law on organising bodies
("Thực hiện các Quyết định số 101/QĐ-UBND, số 102/QĐ-UBND và số 103/QĐ-UBND ngày 05/02/2026 của UBND tỉnh;",
 [dict(code="101/QĐ-UBND", date="2026-02-05"), dict(code="102/QĐ-UBND", date="2026-02-05"), dict(code="103/QĐ-UBND", date="2026-02-05")]),
("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;",
 [dict(doc_type="Luật", title="Hội đồng nhân dân và Ủy ban nhân dân", date="2003-11-26")]),
]

H8 = "TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"  # (eighth batch: task tables of other shapes)
H8B = "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành\n"
H8C = "STT\tNội dung công việc\tCơ quan thực hiện\tTiến độ thực hiện\n"

DEADLINES = [
# --- full dates, cues
("Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 15/12/2026.", [dict(date="2026-12-15", precision="day")]),
("Các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 15 tháng 12 năm 2026.", [dict(date="2026-12-15", precision="day")]),
("Hoàn thành trước 30/9/2026.", [dict(date="2026-09-30", precision="day")]),
("Báo cáo UBND tỉnh chậm nhất ngày 20/12/2026.", [dict(date="2026-12-20", precision="day")]),
("Báo cáo UBND tỉnh chậm nhất là ngày 05 tháng 9 năm 2026.", [dict(date="2026-09-05", precision="day")]),
("Thời hạn hoàn thành: trước ngày 30/6/2026.", [dict(date="2026-06-30", precision="day")]),
("Hoàn thành trước ngày 31/12/2026.", [dict(date="2026-12-31", precision="day")]),
("Gửi về Sở Tài chính trước ngày 05-10-2026 để tổng hợp.", [dict(date="2026-10-05", precision="day")]),
("Hạn cuối nộp hồ sơ là ngày 15/11/2026.", [dict(date="2026-11-15", precision="day")]),
("Tổ chức Hội nghị tổng kết vào ngày 20/12/2026.", [dict(date="2026-12-20", precision="day")]),
("Muộn nhất ngày 10/01/2027, các xã báo cáo kết quả.", [dict(date="2027-01-10", precision="day")]),
# --- months, quarters, half years, years with a cue
("Tổ chức hội nghị sơ kết trong quý III/2026.", [dict(date="2026-Q3", precision="quarter")]),
("Hoàn thành trong quý I và quý II năm 2026.", [dict(date="2026-Q1"), dict(date="2026-Q2")]),
("Triển khai thí điểm trong Quý IV năm 2026.", [dict(date="2026-Q4", precision="quarter")]),
("Sở Y tế tổ chức tập huấn trong tháng 10/2026.", [dict(date="2026-10", precision="month")]),
("Ban hành quy chế trong tháng 6 năm 2026.", [dict(date="2026-06", precision="month")]),
("Hoàn thành việc rà soát trong năm 2026.", [dict(date="2026", precision="year")]),
("Tổ chức sơ kết vào cuối năm 2026.", [dict(date="2026", precision="year")]),
("Tổ chức tổng kết vào năm 2030.", [dict(date="2030", precision="year")]),
("Hoàn thành trước tháng 9/2026.", [dict(date="2026-09", precision="month")]),
("Hoàn thành trong 6 tháng đầu năm 2026.", [dict(date="2026-01", date_end="2026-06", precision="month")]),
("Báo cáo sơ kết 6 tháng cuối năm 2026 gửi về Sở trước ngày 15/12/2026.", [dict(date="2026-12-15")]),
("Hoàn thành chậm nhất trong quý II/2026.", [dict(date="2026-Q2")]),
("Hoàn thành trong Quí 3/2026.", [dict(date="2026-Q3")]),
("Đưa vào vận hành từ tháng 01/2027.", [dict(date="2027-01", precision="month")]),
# --- periods
("Thời gian thực hiện: Từ tháng 3/2026 đến tháng 12/2026.", [dict(date="2026-03", date_end="2026-12", precision="month")]),
("Thời gian thực hiện: từ ngày 01/3/2026 đến ngày 30/11/2026.", [dict(date="2026-03-01", date_end="2026-11-30", precision="day")]),
("Thời gian thực hiện: Giai đoạn 2026 - 2030.", [dict(date="2026", date_end="2030", precision="year")]),
("Thời gian thực hiện: năm 2026.", [dict(date="2026", precision="year")]),
("Thời gian thực hiện: Từ năm 2026 đến năm 2030.", [dict(date="2026", date_end="2030", precision="year")]),
("Thời gian tổ chức: từ ngày 15 đến ngày 20 tháng 10 năm 2026.", [dict(date="2026-10-15", date_end="2026-10-20", precision="day")]),
("Đợt 1: từ ngày 01/4/2026 đến hết ngày 30/6/2026.", [dict(date="2026-04-01", date_end="2026-06-30", precision="day")]),
("Thời gian thực hiện: Thường xuyên.", []),
# a bare recurrence with no day or month is no deadline: the dev gold records none of its "Hằng năm" time cells and
# fields (field-gold 016, 025, 039) nor "Định kỳ hằng năm, báo cáo …" (010); only a schedule of reviews (031)
("Thời gian thực hiện: Hằng năm.", []),
# --- recurring and relative
("Các sở, ngành báo cáo kết quả thực hiện về Sở Kế hoạch và Đầu tư trước ngày 15/12 hằng năm.",
 [dict(date=None, recurrence="yearly", precision="day")]),
("Định kỳ 6 tháng (trước ngày 15/6 và 15/12), các đơn vị báo cáo kết quả về Sở Nội vụ.",
 [dict(date=None, recurrence="half_yearly", raw="15/6"), dict(date=None, recurrence="half_yearly", raw="15/12")]),
("Định kỳ hằng quý, các đơn vị báo cáo trước ngày 20 của tháng cuối quý.", [dict(date=None, recurrence="quarterly")]),
("Các đơn vị báo cáo định kỳ trước ngày 20 của tháng cuối quý.", [dict(date=None, recurrence="quarterly")]),
("Định kỳ hằng tháng, trước ngày 25, các xã báo cáo kết quả về UBND huyện.", [dict(date=None, recurrence="monthly")]),
("Các đơn vị báo cáo trước ngày 18 hằng tháng.", [dict(date=None, recurrence="monthly")]),
("Báo cáo năm gửi trước ngày 31/01 của năm tiếp theo.", [dict(date=None, recurrence="yearly")]),
("Hằng năm, trước ngày 30/11, các đơn vị đăng ký thi đua.", [dict(date=None, recurrence="yearly")]),
("Báo cáo kết quả trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm.", [dict(date=None, recurrence="yearly"), dict(date=None, recurrence="yearly")]),
("Trong thời hạn 15 ngày kể từ ngày Kế hoạch này được ban hành, các đơn vị xây dựng kế hoạch.", [dict(date=None, raw="15 ngày")]),
("Trong vòng 30 ngày kể từ ngày ký ban hành Quyết định này, các sở rà soát.", [dict(date=None, raw="30 ngày")]),
("Chậm nhất 10 ngày sau khi kết thúc đợt kiểm tra, đoàn kiểm tra báo cáo kết quả.", [dict(date=None, raw="10 ngày")]),
("Thời gian thực hiện: Sau khi Đề án được phê duyệt.", [dict(date=None, raw="Sau khi")]),
# --- task-table time cells
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát quy hoạch\tSở Xây dựng\tQuý IV/2026\n",
 [dict(date="2026-Q4", precision="quarter")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tXây dựng cơ sở dữ liệu\tSở Khoa học và Công nghệ\t2026-2027\n",
 [dict(date="2026", date_end="2027", precision="year")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tXây dựng cơ sở dữ liệu\tSở Khoa học và Công nghệ\tNăm 2026\n",
 [dict(date="2026", precision="year")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tBan hành quy chế\tSở Nội vụ\tTháng 6/2026\n",
 [dict(date="2026-06", precision="month")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tBan hành quy chế\tSở Nội vụ\tTháng 6 năm 2026\n",
 [dict(date="2026-06", precision="month")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tTổ chức tập huấn\tSở Nội vụ\tHằng năm\n",
 []),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tTuyên truyền\tSở Văn hóa, Thể thao và Du lịch\tThường xuyên\n", []),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tBan hành quy chế\tSở Nội vụ\tTrước 30/9/2026\n",
 [dict(date="2026-09-30", precision="day")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tBan hành quy chế\tSở Nội vụ\tQuý III-IV/2026\n",
 [dict(date="2026-Q3", date_end="2026-Q4", precision="quarter")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tQuý II/2026\n2\tBan hành\tSở Nội vụ\tQuý IV/2026\n",
 [dict(date="2026-Q2"), dict(date="2026-Q4")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tBáo cáo\tSở Nội vụ\tTháng 12 hằng năm\n",
 [dict(date=None, recurrence="yearly")]),
# --- not deadlines
("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.", []),
("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;", []),
("An Giang, ngày 10 tháng 3 năm 2026", []),
("Đến năm 2030, tỷ lệ che phủ rừng đạt 45%.", []),
("Tầm nhìn đến năm 2050, tỉnh trở thành trung tâm kinh tế biển.", []),
("thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026-2030.", []),
("Kỷ niệm 80 năm Ngày thành lập nước (02/9/1945 - 02/9/2025).", []),
("Quyết định này có hiệu lực kể từ ngày 01/01/2026.", []),
("Tính đến ngày 31/12/2025, toàn tỉnh có 120 hợp tác xã.", []),
("Năm 2025, tổng sản phẩm trên địa bàn tăng 8,2%.", []),
("Phấn đấu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới.", []),
("Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 của tỉnh.", []),

# --- more shapes (second batch)
("Trước ngày 15/12/2026, các đơn vị gửi báo cáo.", [dict(date="2026-12-15")]),
("Các xã hoàn thành trước 15/12/2026.", [dict(date="2026-12-15")]),
("Duy trì hoạt động đến hết ngày 31/12/2026.", [dict(date="2026-12-31")]),
("Xong trước ngày 30/6/2026.", [dict(date="2026-06-30")]),
("Trong năm 2026, hoàn thành việc sắp xếp các đơn vị sự nghiệp.", [dict(date="2026", precision="year")]),
("Hoàn thành việc sắp xếp trước năm 2027.", [dict(date="2027", precision="year")]),
("Trước ngày 15 tháng 12 hàng năm, Sở Nội vụ tổng hợp báo cáo.", [dict(date=None, recurrence="yearly")]),
("Định kỳ hằng năm, trước ngày 15/12, các đơn vị báo cáo kết quả.", [dict(date=None, recurrence="yearly")]),
("Thời gian: Từ ngày 01/01/2026 – 31/12/2026.", [dict(date="2026-01-01", date_end="2026-12-31", precision="day")]),
("Thời gian: từ 01/3 đến 30/4/2026.", [dict(date="2026-03-01", date_end="2026-04-30", precision="day")]),
("Thời gian triển khai: Tháng 01 - 12/2026.", [dict(date="2026-01", date_end="2026-12", precision="month")]),
("Thời gian hoàn thành: Tháng 12/2026.", [dict(date="2026-12", precision="month")]),
("Tiến độ: Quý IV/2026.", [dict(date="2026-Q4", precision="quarter")]),
("Thời gian thực hiện: 2026 - 2030.", [dict(date="2026", date_end="2030", precision="year")]),
("Thời gian thực hiện: Năm 2026 - 2027.", [dict(date="2026", date_end="2027", precision="year")]),
("- Quý I/2026: Ban hành kế hoạch chi tiết.", [dict(date="2026-Q1", precision="quarter")]),
("- Tháng 6/2026: Tổ chức sơ kết 6 tháng.", [dict(date="2026-06", precision="month")]),
("Sở Tư pháp chủ trì, hoàn thành trong Quý I năm 2026.", [dict(date="2026-Q1")]),
("Tổ chức sơ kết giữa kỳ vào tháng 6/2028 và tổng kết vào tháng 12/2030.", [dict(date="2028-06"), dict(date="2030-12")]),
("Sơ kết vào quý IV/2027, tổng kết vào quý IV/2030.", [dict(date="2027-Q4"), dict(date="2030-Q4")]),
("Hoàn thành trước ngày 30/6/2026 và báo cáo kết quả trước ngày 15/7/2026.", [dict(date="2026-06-30"), dict(date="2026-07-15")]),
("Thời gian thực hiện: Quý II - Quý III/2026.", [dict(date="2026-Q2", date_end="2026-Q3", precision="quarter")]),
("Hoàn thành trong quý II - III/2026.", [dict(date="2026-Q2", date_end="2026-Q3", precision="quarter")]),
("Hoàn thành trong tháng 3 - tháng 5/2026.", [dict(date="2026-03", date_end="2026-05", precision="month")]),
("Thời gian thực hiện: từ tháng 3 đến tháng 10/2026.", [dict(date="2026-03", date_end="2026-10", precision="month")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tQuý I, II/2026\n", [dict(date="2026-Q1", date_end="2026-Q2")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tTháng 6-12/2026\n", [dict(date="2026-06", date_end="2026-12")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tNăm 2026 và các năm tiếp theo\n", [dict(date="2026")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tHằng quý\n", []),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\t09/2026\n", [dict(date="2026-09")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tTrong năm 2026\n", [dict(date="2026")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tTrước ngày 15/12 hằng năm\n", [dict(date=None, recurrence="yearly")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tQuý IV/2026 - Quý II/2027\n", [dict(date="2026-Q4", date_end="2027-Q2")]),
("TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n1\tRà soát\tSở Nội vụ\tTheo tiến độ\n", []),
("TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n1\tTổ chức hội nghị\tSở Nội vụ\tCác sở\tTháng 3/2026\n", [dict(date="2026-03")]),
("Hoàn thành trước ngày 31/6/2026.", [dict(date=None, precision="day", raw="31/6/2026")]),
("Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/5/2026 của UBND tỉnh, các sở hoàn thành trước ngày 30/6/2026.", [dict(date="2026-06-30")]),
("Tổ chức Đại hội đại biểu nhiệm kỳ 2026 - 2031.", []),
("Từ năm 2021 đến năm 2025, toàn tỉnh đã xây dựng 120 km đường.", []),
("Năm 2026, tỷ lệ hộ nghèo giảm 1%.", []),
("Thời gian thực hiện: Từ năm 2026 đến năm 2030 và các năm tiếp theo.", [dict(date="2026", date_end="2030")]),

# --- third batch
("Thời gian tổ chức: Dự kiến tháng 8/2026.", [dict(date="2026-08", precision="month")]),
("Thời gian: dự kiến trong quý III/2026.", [dict(date="2026-Q3", precision="quarter")]),
("Tổ chức Lễ phát động vào ngày 05/3/2026.", [dict(date="2026-03-05", precision="day")]),
("Các đơn vị gửi đăng ký trước 17h00 ngày 15/12/2026.", [dict(date="2026-12-15", precision="day")]),
("Hạn chót: 30/6/2026.", [dict(date="2026-06-30", precision="day")]),
("Tổ chức sơ kết trong tháng 12 hằng năm.", [dict(date=None, recurrence="yearly")]),
("Tổ chức sơ kết vào quý IV hằng năm.", [dict(date=None, recurrence="yearly")]),
("Hoàn thành chậm nhất trong Quý I/2027.", [dict(date="2027-Q1")]),
("Tổ chức tổng kết vào đầu năm 2031.", [dict(date="2031", precision="year")]),
("III. LỘ TRÌNH THỰC HIỆN\n1. Năm 2026: hoàn thành rà soát, sắp xếp các đơn vị.\n2. Năm 2027: triển khai đồng bộ các giải pháp.\n",
 [dict(date="2026", precision="year"), dict(date="2027", precision="year")]),
("III. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Giai đoạn 1 (2026 - 2027): tập trung hoàn thiện thể chế, chính sách.\n",
 [dict(date="2026", date_end="2027", precision="year")]),
("Thời gian thực hiện: tháng 9, 10/2026.", [dict(date="2026-09", date_end="2026-10", precision="month")]),
("Các đơn vị gửi báo cáo trước ngày 15 tháng 12 năm 2026 (qua hệ thống văn bản điện tử).", [dict(date="2026-12-15")]),
("Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 25/12/2026; đồng thời gửi Bộ Nội vụ trước ngày 31/12/2026.",
 [dict(date="2026-12-25"), dict(date="2026-12-31")]),
("Hoàn thành trước ngày 30 tháng 6 năm 2026.", [dict(date="2026-06-30")]),
("Trong tháng 01/2027, tổ chức tổng kết.", [dict(date="2027-01")]),
("Thời gian thực hiện: Từ tháng 01/2026 đến hết năm 2030.", [dict(date="2026-01", date_end="2030")]),


# --- fourth batch
("Triển khai thí điểm trong năm 2026 - 2027.", [dict(date="2026", date_end="2027", precision="year")]),
("Tổ chức sơ kết giữa kỳ vào năm 2028.", [dict(date="2028", precision="year")]),
("Tổ chức vào dịp Quốc khánh 2/9 hằng năm.", [dict(date=None, recurrence="yearly")]),
("Thời gian thực hiện: Từ năm 2026.", [dict(date="2026", precision="year")]),
("Thời gian hoàn thành: Trước ngày 30/11/2026.", [dict(date="2026-11-30")]),
("Hoàn thành trong quý III năm 2026.", [dict(date="2026-Q3")]),
("Sở Y tế chủ trì, thời gian hoàn thành trong tháng 10/2026.", [dict(date="2026-10")]),
("Hằng tháng, trước ngày 25, các xã báo cáo.", [dict(date=None, recurrence="monthly")]),
("TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n1\tRà soát\tSở Nội vụ\tCác sở, ngành\tNăm 2026 - 2027\n",
 [dict(date="2026", date_end="2027")]),
("TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian thực hiện\n1\tRà soát\tSở Nội vụ\tTừ tháng 3/2026 đến tháng 6/2026\n", [dict(date="2026-03", date_end="2026-06")]),
("TT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian thực hiện\n1\tRà soát\tSở Nội vụ\tQuý I/2026\n2\tBan hành\tSở Nội vụ\tQuý I/2026\n",
 [dict(date="2026-Q1"), dict(date="2026-Q1")]),


# --- fifth batch: schedules of reports
("Định kỳ hằng quý (trước ngày 20 tháng cuối quý), 6 tháng (trước ngày 20/6), năm (trước ngày 20/12) báo cáo về Sở Tài chính.",
 [dict(date=None, recurrence="quarterly"), dict(date=None, recurrence="half_yearly"), dict(date=None, recurrence="yearly")]),
("Định kỳ 6 tháng (gửi trước ngày 15/6) và hằng năm (gửi trước ngày 15/11), gửi báo cáo kết quả thực hiện.",
 [dict(date=None, recurrence="half_yearly"), dict(date=None, recurrence="yearly")]),


# --- sixth batch
("Báo cáo tháng gửi Sở Nội vụ trước ngày 05 của tháng tiếp theo.", [dict(date=None, recurrence="monthly")]),
("I. MỤC TIÊU\nĐến năm 2030, tỷ lệ dân số có chữ ký số đạt 80%.\nII. NHIỆM VỤ\n- Năm 2027: hoàn thành hạ tầng dùng chung.\n",
 [dict(date="2027", precision="year")]),
# --- seventh batch (fix-wd): cited documents' dates, fractions, forecasts, cut-offs of provisions
("Thực hiện Nghị quyết số 86/NQ-CP ngày 04 tháng 11 năm 2026 về nhiệm vụ trọng tâm những tháng cuối năm 2026; báo cáo Thủ tướng "
 "Chính phủ trước ngày 30 tháng 11 năm 2026.", [dict(date="2026-11-30", precision="day")]),
("STT\n|\nNhiệm vụ\n|\nVăn bản giao\n|\nCơ quan chủ trì\n|\nThời hạn\n|\n1.\n|\nRà soát các quy định pháp luật.\n|\n"
 "Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2026\n|\nBộ Tư pháp\n|\n18/10/2026\n", [dict(date="2026-10-18", precision="day")]),
("Hội đồng chỉ họp khi có đủ từ 2/3 thành viên trở lên tham gia.", []),
("+ Có từ 2/3 số xã trở lên là xã vùng đồng bào dân tộc thiểu số.", []),
("Hằng năm, các xã gửi số liệu về UBND huyện trước 15/12.", [dict(date=None, recurrence="yearly")]),
("Bộ Tài chính đang trình Quốc hội dự thảo Luật, dự kiến Quốc hội thông qua vào tháng 12/2026.", []),
("Sở Tư pháp hoàn thiện dự thảo, dự kiến trình HĐND tỉnh thông qua vào tháng 12/2026.", [dict(date="2026-12", precision="month")]),
("c) Hợp đồng khám bệnh, chữa bệnh được ký trước ngày 01 tháng 7 năm 2026 mà còn hiệu lực sau ngày 01 tháng 7 năm 2026 được "
 "thực hiện theo quy định của Chính phủ;", []),
("Hồ sơ đề nghị phải được gửi về Sở Nội vụ trước ngày 15/12/2026.", [dict(date="2026-12-15", precision="day")]),

# --- eighth batch (s18d): task tables of other shapes (headers, coordinated and recurring cells), district and commune
# plans, parts of a quarter or month, times in parentheses, reports, and what is not a deadline
(H8 + "1\tRà soát, cập nhật danh mục thủ tục hành chính\tSở Tư pháp\tCác sở, ngành\tQuý III/2026\n", [dict(date="2026-Q3", precision="quarter")]),
(H8B + "1\tXây dựng quy chế phối hợp\tVăn phòng UBND tỉnh\tSở Nội vụ\t30/6/2026\n", [dict(date="2026-06-30", precision="day")]),
(H8C + "1\tTổ chức hội nghị triển khai\tUBND huyện\tTháng 9/2026\n", [dict(date="2026-09", precision="month")]),
(H8 + "1\tKiện toàn Ban Chỉ đạo\tSở Nội vụ\tCác sở\tTrong năm 2026\n", [dict(date="2026", precision="year")]),
(H8 + "1\tTuyên truyền, phổ biến\tSở Văn hóa, Thể thao và Du lịch\tCác xã\tThường xuyên\n", []),
(H8 + "1\tBáo cáo kết quả thực hiện\tSở Nội vụ\tCác sở\tTháng 6 và tháng 12 hằng năm\n",
 [dict(date=None, recurrence="yearly", precision="month"), dict(date=None, recurrence="yearly", precision="month")]),
(H8 + "1\tTổ chức kiểm tra\tSở Xây dựng\tCác xã\tQuý II/2026 và Quý IV/2026\n", [dict(date="2026-Q2"), dict(date="2026-Q4")]),
(H8 + "1\tXây dựng đề án\tSở Y tế\tSở Tài chính\t2026\n", [dict(date="2026", precision="year")]),
(H8 + "1\tTriển khai thực hiện đề án\tSở Y tế\tCác sở\tSau khi Đề án được phê duyệt\n", [dict(date=None, raw="Sau khi")]),
(H8 + "1\tBan hành kế hoạch chi tiết\tSở Công Thương\tCác sở\tTháng 3/2026\n2\tTổ chức tập huấn\tSở Công Thương\tCác xã\tTháng 5/2026\n"
 "3\tSơ kết\tSở Công Thương\tCác sở\tTháng 12/2026\n", [dict(date="2026-03"), dict(date="2026-05"), dict(date="2026-12")]),
(H8 + "1\tĐiều tra, khảo sát\tCục Thống kê tỉnh\tCác sở\tQuý I - Quý II/2026\n", [dict(date="2026-Q1", date_end="2026-Q2", precision="quarter")]),
(H8 + "1\tHoàn thiện cơ sở dữ liệu\tSở Khoa học và Công nghệ\tCác sở\tChậm nhất 31/12/2026\n", [dict(date="2026-12-31", precision="day")]),
(H8 + "1\tRà soát quy hoạch\tSở Xây dựng\tCác xã\tNăm 2026-2027\n", [dict(date="2026", date_end="2027", precision="year")]),
(H8 + "1\tBáo cáo sơ kết\tSở Nội vụ\tCác sở\tTrước ngày 15/6 hằng năm\n", [dict(date=None, recurrence="yearly", precision="day")]),
(H8 + "1\tTổ chức thực hiện\tUBND các xã\tCác thôn\tTheo kế hoạch của UBND tỉnh\n", []),
(H8 + "1\tTập huấn nghiệp vụ\tSở Tư pháp\tCác xã\tHằng năm\n", []),
# --- district and commune plans
("UBND các xã, thị trấn báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 10/12/2026.", [dict(date="2026-12-10", precision="day")]),
("Các thôn, tổ dân phố hoàn thành bình xét hộ nghèo trước ngày 30/10/2026.", [dict(date="2026-10-30", precision="day")]),
("Ban Chỉ đạo xã tổ chức sơ kết 6 tháng vào tháng 7/2026 và tổng kết năm vào tháng 12/2026.", [dict(date="2026-07"), dict(date="2026-12")]),
("Công chức Văn hóa - Xã hội tổng hợp, tham mưu UBND xã báo cáo UBND huyện chậm nhất ngày 25/11/2026.", [dict(date="2026-11-25")]),
("Các chi bộ tổ chức sinh hoạt chuyên đề trong quý II/2026.", [dict(date="2026-Q2", precision="quarter")]),
("Ban Thường vụ Huyện ủy sơ kết 01 năm thực hiện Nghị quyết vào tháng 12/2026.", [dict(date="2026-12", precision="month")]),
("Thường trực HĐND tỉnh báo cáo kết quả giám sát tại kỳ họp cuối năm 2026.", [dict(date="2026", precision="year")]),
("Sở Tài chính trình HĐND tỉnh tại kỳ họp thường lệ giữa năm 2026.", [dict(date="2026", precision="year")]),
# --- "trong năm …", quarters, months with a part ("cuối quý", "đầu tháng")
("Phấn đấu trong năm 2026 hoàn thành việc cấp giấy chứng nhận cho các hộ.", [dict(date="2026", precision="year")]),
("Trong năm 2026, tổ chức 02 lớp tập huấn cho cán bộ cấp xã.", [dict(date="2026", precision="year")]),
("Hoàn thành việc lắp đặt thiết bị vào cuối quý III/2026.", [dict(date="2026-Q3", precision="quarter")]),
("Đưa công trình vào sử dụng trong quý 3/2026.", [dict(date="2026-Q3", precision="quarter")]),
("Tổ chức hội nghị sơ kết vào đầu quý II năm 2026.", [dict(date="2026-Q2", precision="quarter")]),
("Hoàn thành việc giải phóng mặt bằng vào cuối tháng 10/2026.", [dict(date="2026-10", precision="month")]),
("Khởi công xây dựng vào đầu tháng 3 năm 2026.", [dict(date="2026-03", precision="month")]),
("Tổ chức Lễ phát động vào giữa tháng 4/2026.", [dict(date="2026-04", precision="month")]),
("Hoàn thành trong 6 tháng cuối năm 2026.", [dict(date="2026-07", date_end="2026-12", precision="month")]),
("Các đơn vị triển khai thực hiện xong trong tháng 8/2026.", [dict(date="2026-08", precision="month")]),
("Hoàn thành xong trước 15/12/2026.", [dict(date="2026-12-15", precision="day")]),
("Tổ chức đánh giá trong tháng 11 và tháng 12/2026.", [dict(date="2026-11"), dict(date="2026-12")]),
("Hoàn thành việc bàn giao trong tháng 12 năm 2026 và tháng 01 năm 2027.", [dict(date="2026-12"), dict(date="2027-01")]),
# --- timelines and times in parentheses
("- Từ ngày 01/3 đến ngày 15/3/2026: Tổ chức tuyên truyền, phổ biến kế hoạch.", [dict(date="2026-03-01", date_end="2026-03-15", precision="day")]),
("- Trước ngày 30/4/2026: Hoàn thành kiểm tra, đánh giá.", [dict(date="2026-04-30", precision="day")]),
("- Tổ chức hội nghị sơ kết việc thực hiện Kế hoạch (tháng 6/2026).", [dict(date="2026-06", precision="month")]),
("- Tổ chức tập huấn cho cán bộ cấp xã (dự kiến quý III/2026).", [dict(date="2026-Q3", precision="quarter")]),
("Bước 2: Triển khai thực hiện (Quý II - Quý III/2026).", [dict(date="2026-Q2", date_end="2026-Q3", precision="quarter")]),
("Hạn hoàn thành: Tháng 10/2026.", [dict(date="2026-10", precision="month")]),
("Thời gian dự kiến: Quý III/2026.", [dict(date="2026-Q3", precision="quarter")]),
("Thời gian thực hiện: Tháng 6 và tháng 12 hằng năm.", [dict(date=None, recurrence="yearly"), dict(date=None, recurrence="yearly")]),
# --- reporting duties
("Báo cáo 6 tháng gửi trước ngày 15/6, báo cáo năm gửi trước ngày 15/12 hằng năm.",
 [dict(date=None, recurrence="half_yearly"), dict(date=None, recurrence="yearly")]),
("Báo cáo quý gửi về Sở Tài chính trước ngày 20 tháng cuối quý.", [dict(date=None, recurrence="quarterly")]),
("Các đơn vị báo cáo định kỳ 06 tháng (trước ngày 10/6) và năm (trước ngày 10/12) về Sở Nội vụ.",
 [dict(date=None, recurrence="half_yearly"), dict(date=None, recurrence="yearly")]),
("Định kỳ hằng quý, chậm nhất ngày 25 của tháng cuối quý, UBND các xã báo cáo tiến độ.", [dict(date=None, recurrence="quarterly")]),
("Định kỳ hằng tháng, trước ngày 20, các xã báo cáo tiến độ giải ngân về Sở Tài chính.", [dict(date=None, recurrence="monthly")]),
("UBND các huyện báo cáo kết quả thực hiện về UBND tỉnh vào tháng 6 và tháng 12 hằng năm.",
 [dict(date=None, recurrence="yearly", precision="month"), dict(date=None, recurrence="yearly", precision="month")]),
("Các đơn vị gửi báo cáo năm trước ngày 15/12 để tổng hợp.", [dict(date=None, precision="day", raw="15/12")]),
("Sở Y tế tổng hợp, báo cáo Bộ Y tế trước ngày 05 tháng 01 năm 2027.", [dict(date="2027-01-05", precision="day")]),
# --- not deadlines: cited documents, effective dates, background
("Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh về cải cách hành chính năm 2026,", []),
("Văn bản này thay thế Công văn số 123/UBND-VX ngày 05/02/2026 của UBND tỉnh.", []),
("Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.", []),
("Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.", []),
("Nhân dịp kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).", []),
("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025 - 2030 đã xác định mục tiêu phát triển.", []),
("Trong quý I/2026, toàn tỉnh đã tiếp nhận 5.200 hồ sơ trực tuyến.", []),
("Trong năm 2026, toàn tỉnh đã giải ngân được 85% kế hoạch vốn.", []),
("Theo số liệu thống kê đến tháng 6/2026, toàn tỉnh có 120 hợp tác xã.", []),
("Chương trình được thực hiện theo Quyết định số 90/QĐ-TTg ngày 18/01/2026 của Thủ tướng Chính phủ phê duyệt Chương trình giai đoạn 2026 - 2030.", []),
("Kế hoạch này có hiệu lực kể từ ngày ký.", []),
("Tết Nguyên đán Bính Ngọ năm 2026 diễn ra từ ngày 14/02/2026 đến ngày 22/02/2026.", [dict(date="2026-02-14", date_end="2026-02-22")]),
("Các xã báo cáo nhanh tình hình về UBND huyện vào thứ Sáu hằng tuần.", [dict(date=None, recurrence="weekly")]),
("Tổ chức hội nghị tổng kết vào tuần cuối tháng 12/2026.", [dict(date="2026-12", precision="month")]),
("Theo dự báo, từ ngày 20 đến ngày 22/11/2026 khu vực có mưa to đến rất to.", []),
# --- ninth batch (s18d, written after the eighth's fixes, to check they generalise): Party and HĐND wordings, times of day,
# phases ('Đợt 1: …'), starts only, recurring quarters, elliptic periods in cells
("Ban Thường vụ Đảng ủy xã tổ chức quán triệt Nghị quyết, xong trước ngày 15/01/2027.", [dict(date="2027-01-15", precision="day")]),
("Giao UBND tỉnh báo cáo HĐND tỉnh kết quả thực hiện tại kỳ họp thường lệ cuối năm 2026.", [dict(date="2026", precision="year")]),
("Các đơn vị hoàn thành chậm nhất đến hết ngày 30/6/2026.", [dict(date="2026-06-30", precision="day")]),
("Báo cáo kết quả về Ban Chỉ đạo huyện (qua Phòng Văn hóa - Thông tin) trước 16 giờ 00 ngày 30/11/2026.", [dict(date="2026-11-30")]),
("Tổ chức sơ kết vào quý I hằng năm.", [dict(date=None, recurrence="yearly", precision="quarter")]),
("Hằng quý (trước ngày 15 của tháng cuối quý), các xã báo cáo tiến độ.", [dict(date=None, recurrence="quarterly")]),
("Đợt 1: tháng 3 - 4/2026; đợt 2: tháng 9 - 10/2026.", [dict(date="2026-03", date_end="2026-04"), dict(date="2026-09", date_end="2026-10")]),
("Áp dụng hình thức thanh toán không dùng tiền mặt từ tháng 01/2027 trở đi.", [dict(date="2027-01", precision="month")]),
("Thời gian: Dự kiến ngày 20/3/2026 (thứ Sáu).", [dict(date="2026-03-20", precision="day")]),
("Hoàn thành trong quý IV năm 2026 và quý I năm 2027.", [dict(date="2026-Q4"), dict(date="2027-Q1")]),
("Các hộ gia đình đăng ký trước ngày 10 tháng 01 hằng năm.", [dict(date=None, recurrence="yearly")]),
("Tổ chức tổng kết 05 năm thực hiện Kế hoạch vào cuối quý IV/2030.", [dict(date="2030-Q4", precision="quarter")]),
("Đến tháng 6/2026 hoàn thành việc lắp đặt camera tại các tuyến đường chính.", [dict(date="2026-06", precision="month")]),
("Người từ đủ 60 tuổi trở lên, sinh năm 1966 được hỗ trợ.", []),
("Quyết định số 123/QĐ-UBND ngày 15/3/2026 của UBND huyện về kiện toàn Ban Chỉ đạo.", []),
("Phấn đấu đến năm 2030 có 100% thôn có nhà văn hóa đạt chuẩn.", []),
("Trong 6 tháng đầu năm 2026, toàn huyện đã tổ chức 15 lớp tập huấn.", []),
(H8 + "1\tTổ chức Hội nghị sơ kết\tSở Nội vụ\tCác sở\tQuý II hằng năm\n", [dict(date=None, recurrence="yearly", precision="quarter")]),
(H8 + "1\tRà soát, sửa đổi quy chế\tSở Tư pháp\tCác sở\tTháng 3/2026, tháng 9/2026\n", [dict(date="2026-03"), dict(date="2026-09")]),
(H8C + "1\tKiểm tra tại các xã\tUBND huyện\tTừ ngày 01/4 đến ngày 30/4/2026\n", [dict(date="2026-04-01", date_end="2026-04-30", precision="day")]),

]


def refs_of(text):
    t = normalise(text).text
    return [dict(code=r.code, doc_type=r.doc_type, date=r.date, issuer=r.issuer, relation=r.relation, title=r.title, text=r.text)
            for r in extract_legal_refs(t)]


def deadlines_of(text):
    t = normalise(text).text
    return [dict(date=d.date, date_end=d.date_end, precision=d.precision, recurrence=d.recurrence, raw=d.date_raw, text=d.text)
            for d in extract_deadlines(t, period=(None, None), doc_year=2026)]


def compare(rows, exp):
    probs = []
    if len(rows) != len(exp):
        probs.append(f"n rows {len(rows)} != {len(exp)}")
    for i, e in enumerate(exp):
        if i >= len(rows):
            break
        r = rows[i]
        for k, v in e.items():
            if k in ("title", "raw"):
                if v.lower() not in (r[k] or "").lower():
                    probs.append(f"{k} {r[k]!r} lacks {v!r}")
            elif r[k] != v:
                probs.append(f"{k}={r[k]!r} want {v!r}")
    return probs


def run(cases, read, label, verbose):
    ok, fails = 0, []
    for i, (text, exp) in enumerate(cases):
        rows = read(text)
        probs = compare(rows, exp)
        if probs:
            fails.append((i, text, probs, rows))
        else:
            ok += 1
    print(f"{label}: pass {ok}/{len(cases)}")
    if verbose:
        for i, text, probs, rows in fails:
            print(f"\n  [{label} {i}] {text!r}\n     " + "; ".join(probs))
            for r in rows:
                print("     got:", {k: v for k, v in r.items() if v is not None})
    return ok


def main() -> None:
    verbose = "-v" in sys.argv
    a = run(REFS, refs_of, "legal_refs", verbose)
    b = run(DEADLINES, deadlines_of, "deadlines", verbose)
    print(f"total: pass {a + b}/{len(REFS) + len(DEADLINES)}")


if __name__ == "__main__":
    main()

"""Probe of plan tables in every shape (hand-written typical tables, not from any document).

Each table below is a small plan (a title, the lines above the table, the table) with the rows the
contract (spec EXTRACTION.md) says it gives: the targets (value, unit, year, a phrase of the
indicator), the deadlines and the named bodies with their roles. Each is written in every format
a table reaches the pipeline in:

    docx    a Word table (python-docx), merged cells merged, a table over a page break repeated
            with its header after a page break
    pdf     that DOCX printed by LibreOffice (skipped where `soffice` is absent)
    sideways that PDF's pages each placed turned a quarter (text running up) on a sheet as wide as the
            page is high, no /Rotate: a landscape page printed sideways on portrait paper (pypdfium2)
    html    an HTML <table> with colspan / rowspan
    tab     text, cells between tabs (a merged cell once: a group row is its ordinal and its title)
    pipe    text, cells between " | "
    bars    text as crawls deliver an HTML table: one cell a line, each opened by a lone "|"
    aligned text as `pdftotext -layout` gives it: columns aligned by spaces, long cells wrapped

Every version runs through `python -m pipeline.cli run DIR --direct`; a table passes in a format
when every expected row is there (a wrong value, unit or year is a miss) and no other target,
deadline or named body comes from it (a wrong row is worse than a missing one).

Pass rates (30 tables; main at ca90378 → branch probe-tab): docx 25 → 30, pdf 24 → 30, html 24 → 30,
tab 25 → 30, pipe 25 → 29, bars 26 → 29, aligned 18 → 30. Known misses left: a crawl (bars) row under a
label merged down has fewer cells and is skipped; in " | " text an output's indicator takes the
row's number and the neighbouring cells (tabs end it, " | " does not). sideways (pages turned back by
pipeline.pdf_turn, branch s18g): 1 → 30.
Branch s21h added 8 tables (muc_tieu_nam_don_vi_ten … tach_dong_dau_trang), each in the 8 formats: 47/64 before its
fixes (nam_theo_dong 0/8, dau_so_sanh 0/8, tach_dong_dau_trang 7/8), 64/64 after; all 302/304 (the 2 known misses).

    cd WORKTREE && python benchmarks/probe_tables.py [-v] [--keep=DIR] [FORMAT ...]
        [--case=NAME,...]
        (-v: each failure; --keep: write the files and outputs to DIR and leave them there; --case: only
        these tables)
"""
from __future__ import annotations

import csv
import html as html_lib
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
P = "%"
L, U = "<", "^"  # a cell merged with the one on its left / above

# Each case: name, title lines, lines above the table, rows (cells; L and U mark merges), the number
# of header rows, optional "split" (a row index where the table goes on over a page break, its
# header repeated), and the expected rows:
#   targets: dict(value, unit, year, ind, [value_max, comparator]); not_values: values that are no target;
#   deadlines: (date, date_end) or ("yearly", "31/10"); bodies: (canonical name, role).
# optional / optional_deadlines: values and dates that may come or not (the contract leaves them open).
CASES = [
dict(name="chi_tieu_nam", title=["KẾ HOẠCH", "Phát triển kinh tế - xã hội giai đoạn 2025 - 2030"],
     above=["I. CÁC CHỈ TIÊU CHỦ YẾU"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2030"],
           ["I", "Chỉ tiêu kinh tế", L, L, L],
           ["1", "Tốc độ tăng trưởng GRDP bình quân", "%/năm", "7,5", "8"],
           ["2", "GRDP bình quân đầu người", "triệu đồng", "95", "150"],
           ["II", "Chỉ tiêu xã hội", L, L, L],
           ["3", "Tỷ lệ hộ nghèo", "%", "2,5", "1"],
           ["4", "Tỷ lệ lao động qua đào tạo", "%", "70", "80"]],
     targets=[dict(value=7.5, unit="%/năm", year=2025, ind="GRDP"), dict(value=8, unit="%/năm", year=2030, ind="GRDP"),
              dict(value=95, unit="triệu đồng", year=2025, ind="bình quân đầu người"),
              dict(value=150, unit="triệu đồng", year=2030, ind="bình quân đầu người"),
              dict(value=2.5, unit=P, year=2025, ind="hộ nghèo"), dict(value=1, unit=P, year=2030, ind="hộ nghèo"),
              dict(value=70, unit=P, year=2025, ind="lao động qua đào tạo"),
              dict(value=80, unit=P, year=2030, ind="lao động qua đào tạo")]),
dict(name="ke_hoach_uoc", title=["KẾ HOẠCH", "Phát triển kinh tế - xã hội năm 2026"],
     above=["Các chỉ tiêu chủ yếu năm 2026 như sau:"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Ước thực hiện 2025", "Kế hoạch 2026"],
           ["1", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "1.450", "1.600"],
           ["2", "Tỷ lệ che phủ rừng", "%", "42,5", "43"],
           ["3", "Số xã đạt chuẩn nông thôn mới", "xã", "12", "15"]],
     targets=[dict(value=1600, unit="tỷ đồng", year=2026, ind="thu ngân sách"),
              dict(value=43, unit=P, year=2026, ind="che phủ rừng"),
              dict(value=15, unit="xã", year=2026, ind="nông thôn mới")],
     not_values=[1450, 42.5, 12]),
dict(name="nhiem_vu_san_pham", title=["KẾ HOẠCH", "Triển khai công tác quản lý đất đai năm 2026"],
     above=["Phụ lục", "DANH MỤC NHIỆM VỤ"],
     rows=[["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"],
           ["1", "Rà soát, điều chỉnh quy hoạch sử dụng đất cấp huyện", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Quý II/2026", "Báo cáo rà soát"],
           ["2", "Xây dựng cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Tháng 12/2026", "Cơ sở dữ liệu đất đai"],
           ["3", "Tập huấn nghiệp vụ quản lý đất đai cho cán bộ cấp xã", "Sở Nội vụ", "Sở Tư pháp", "30/6/2026", "Hội nghị tập huấn"]],
     deadlines=[("2026-Q2", None), ("2026-12", None), ("2026-06-30", None)],
     bodies=[("Sở Nông nghiệp và Môi trường", "lead"), ("Sở Nội vụ", "lead"), ("Sở Xây dựng", "coordinate"),
             ("Sở Tài chính", "coordinate"), ("Sở Tư pháp", "coordinate")]),
dict(name="chu_tri_gop_dong", title=["KẾ HOẠCH", "Tổ chức các hoạt động văn hóa, thể thao năm 2026"],
     above=["III. NHIỆM VỤ CỤ THỂ"],
     rows=[["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
           ["1", "Tuyên truyền các ngày lễ lớn của đất nước", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2026"],
           ["2", "Tổ chức hội thi văn nghệ quần chúng", U, "Quý III/2026"],
           ["3", "Kiểm tra an toàn thực phẩm tại các lễ hội", "Sở Y tế", "Tháng 11/2026"]],
     deadlines=[("2026", None), ("2026-Q3", None), ("2026-11", None)],
     bodies=[("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Sở Y tế", "lead")]),
dict(name="dong_nhom_nhiem_vu", title=["KẾ HOẠCH", "Thực hiện Chương trình hành động năm 2026"],
     above=["Phụ lục", "NHIỆM VỤ TRỌNG TÂM"],
     rows=[["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
           ["I", "Hoàn thiện thể chế, chính sách", L, L, L],
           ["1", "Xây dựng chính sách hỗ trợ doanh nghiệp nhỏ và vừa", "Sở Tài chính", "Sở Tư pháp", "Tháng 7/2026"],
           ["II", "Phát triển kết cấu hạ tầng", L, L, L],
           ["2", "Nâng cấp các tuyến đường tỉnh xuống cấp", "Sở Xây dựng", "Sở Tài chính", "Năm 2027"]],
     deadlines=[("2026-07", None), ("2027", None)],
     bodies=[("Sở Tài chính", "lead"), ("Sở Xây dựng", "lead"), ("Sở Tư pháp", "coordinate")]),
dict(name="muc_tieu_hai_dong", title=["KẾ HOẠCH", "Phát triển y tế cơ sở giai đoạn 2026 - 2028"],
     above=["II. MỤC TIÊU CỤ THỂ"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu", L, L],
           [U, U, U, "2026", "2027", "2028"],
           ["1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "93", "94", "95"],
           ["2", "Số trạm y tế xã đạt chuẩn quốc gia", "trạm", "100", "110", "120"]],
     header=2,
     targets=[dict(value=93, unit=P, year=2026, ind="bảo hiểm y tế"), dict(value=94, unit=P, year=2027, ind="bảo hiểm y tế"),
              dict(value=95, unit=P, year=2028, ind="bảo hiểm y tế"), dict(value=100, unit="trạm", year=2026, ind="trạm y tế"),
              dict(value=110, unit="trạm", year=2027, ind="trạm y tế"), dict(value=120, unit="trạm", year=2028, ind="trạm y tế")]),
dict(name="sang_trang", title=["KẾ HOẠCH", "Phát triển nông nghiệp năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU PHÁT TRIỂN NÔNG NGHIỆP"],
     rows=[["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026"],
           ["1", "Sản lượng lương thực có hạt", "tấn", "320.000"],
           ["2", "Diện tích trồng rừng tập trung", "ha", "1.500"],
           ["3", "Tổng đàn bò", "con", "45.000"],
           ["4", "Sản lượng thủy sản", "tấn", "18.500"],
           ["5", "Số sản phẩm OCOP đạt 3 sao trở lên", "sản phẩm", "25"]],
     split=4,
     targets=[dict(value=320000, unit="tấn", year=2026, ind="lương thực"), dict(value=1500, unit="ha", year=2026, ind="trồng rừng"),
              dict(value=45000, unit="con", year=2026, ind="đàn bò"), dict(value=18500, unit="tấn", year=2026, ind="thủy sản"),
              dict(value=25, unit="sản phẩm", year=2026, ind="OCOP")]),
dict(name="kinh_phi", title=["KẾ HOẠCH", "Tuyên truyền, phổ biến pháp luật giai đoạn 2026 - 2027"],
     above=["V. KINH PHÍ THỰC HIỆN", "Đơn vị: triệu đồng"],
     rows=[["TT", "Nội dung", "Tổng kinh phí", "Năm 2026", "Năm 2027"],
           ["1", "Biên soạn tài liệu tuyên truyền", "300", "150", "150"],
           ["2", "Tập huấn báo cáo viên pháp luật", "500", "200", "300"]],
     targets=[dict(value=150, unit="triệu đồng", year=2026, ind="tài liệu"), dict(value=150, unit="triệu đồng", year=2027, ind="tài liệu"),
              dict(value=200, unit="triệu đồng", year=2026, ind="báo cáo viên"),
              dict(value=300, unit="triệu đồng", year=2027, ind="báo cáo viên")],
     optional=[300, 500]),
dict(name="ty_le_trong_ten", title=["KẾ HOẠCH", "Phát triển giáo dục năm 2026 - 2027"],
     above=["2. Chỉ tiêu cụ thể"],
     rows=[["TT", "Chỉ tiêu", "Năm 2026", "Năm 2027"],
           ["1", "Tỷ lệ trường học đạt chuẩn quốc gia (%)", "65", "70"],
           ["2", "Tỷ lệ hộ dân sử dụng nước sạch (%)", "92", "95"]],
     targets=[dict(value=65, unit=P, year=2026, ind="chuẩn quốc gia"), dict(value=70, unit=P, year=2027, ind="chuẩn quốc gia"),
              dict(value=92, unit=P, year=2026, ind="nước sạch"), dict(value=95, unit=P, year=2027, ind="nước sạch")]),
dict(name="phan_tram_cot", title=["KẾ HOẠCH", "Chuyển đổi số năm 2026 - 2027"],
     above=["Các chỉ tiêu chuyển đổi số:"],
     rows=[["TT", "Nội dung", "Năm 2026 (%)", "Năm 2027 (%)"],
           ["1", "Hồ sơ thủ tục hành chính được xử lý trực tuyến", "80", "90"],
           ["2", "Cơ quan nhà nước sử dụng chữ ký số", "95", "100"]],
     targets=[dict(value=80, unit=P, year=2026, ind="trực tuyến"), dict(value=90, unit=P, year=2027, ind="trực tuyến"),
              dict(value=95, unit=P, year=2026, ind="chữ ký số"), dict(value=100, unit=P, year=2027, ind="chữ ký số")]),
dict(name="nhom_chu_cai", title=["KẾ HOẠCH", "Phát triển kinh tế - xã hội năm 2026"],
     above=["Phụ lục", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"],
     rows=[["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026"],
           ["A", "CHỈ TIÊU KINH TẾ", L, L],
           ["1", "Tốc độ tăng trưởng tổng sản phẩm (GRDP)", "%", "8"],
           ["2", "Thu ngân sách nhà nước", "tỷ đồng", "2.100"],
           ["B", "CHỈ TIÊU XÃ HỘI", L, L],
           ["3", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "< 3"],
           ["4", "Giải quyết việc làm mới", "người", "18.000"]],
     targets=[dict(value=8, unit=P, year=2026, ind="GRDP"), dict(value=2100, unit="tỷ đồng", year=2026, ind="ngân sách"),
              dict(value=3, unit=P, year=2026, ind="thất nghiệp", comparator="lt"),
              dict(value=18000, unit="người", year=2026, ind="việc làm")]),
dict(name="gia_tri_trong_o", title=["KẾ HOẠCH", "Thực hiện chuyển đổi số đến năm 2030"],
     above=["II. CHỈ TIÊU"],
     rows=[["TT", "Chỉ tiêu", "Mục tiêu đến năm 2030"],
           ["1", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", "≥ 95%"],
           ["2", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "trên 80%"],
           ["3", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "100%"]],
     targets=[dict(value=95, unit=P, year=2030, ind="hồ sơ sức khỏe", comparator="ge"),
              dict(value=80, unit=P, year=2030, ind="dịch vụ công", comparator="gt"),
              dict(value=100, unit=P, year=2030, ind="chất thải rắn")]),
dict(name="thoi_gian_nhieu_dang", title=["KẾ HOẠCH", "Cải cách hành chính giai đoạn 2026 - 2027"],
     above=["Phụ lục", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH"],
     rows=[["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"],
           ["1", "Rà soát, đơn giản hóa thủ tục hành chính", "Văn phòng Ủy ban nhân dân tỉnh", "2026 - 2027"],
           ["2", "Báo cáo kết quả cải cách hành chính", "Sở Nội vụ", "Hằng năm"],
           ["3", "Ban hành danh mục thủ tục hành chính", "Sở Tư pháp", "Trước ngày 15/3/2026"]],
     deadlines=[("2026", "2027"), ("2026-03-15", None)],  # "Hằng năm" alone states no date (time_cells)
     bodies=[("Văn phòng Ủy ban nhân dân tỉnh", "lead"), ("Sở Nội vụ", "lead"), ("Sở Tư pháp", "lead")]),
dict(name="co_quan_hai_dong", title=["KẾ HOẠCH", "Phòng, chống buôn lậu, gian lận thương mại năm 2026"],
     above=["Phụ lục", "PHÂN CÔNG NHIỆM VỤ"],
     rows=[["TT", "Nhiệm vụ", "Cơ quan thực hiện", L, "Thời gian"],
           [U, U, "Chủ trì", "Phối hợp", U],
           ["1", "Kiểm tra các cơ sở kinh doanh xăng dầu", "Sở Công Thương", "Sở Tài chính", "Quý IV/2026"],
           ["2", "Đấu tranh với các đường dây buôn lậu qua biên giới", "Công an tỉnh", "Sở Tư pháp, Sở Nội vụ", "Tháng 9/2026"]],
     header=2,
     deadlines=[("2026-Q4", None), ("2026-09", None)],
     bodies=[("Sở Công Thương", "lead"), ("Công an tỉnh", "lead"), ("Sở Tài chính", "coordinate"),
             ("Sở Tư pháp", "coordinate"), ("Sở Nội vụ", "coordinate")]),
dict(name="chu_thich_nam", title=["KẾ HOẠCH", "Thu ngân sách nhà nước"],
     above=["CHỈ TIÊU THU NGÂN SÁCH NĂM 2026", "Đơn vị tính: tỷ đồng"],
     rows=[["TT", "Nội dung", "Kế hoạch"],
           ["1", "Thu nội địa", "1.850"],
           ["2", "Thu từ hoạt động xuất nhập khẩu", "250"]],
     targets=[dict(value=1850, unit="tỷ đồng", year=2026, ind="Thu nội địa"),
              dict(value=250, unit="tỷ đồng", year=2026, ind="xuất nhập khẩu")]),
dict(name="nam_truoc_hai_dong", title=["KẾ HOẠCH", "Phát triển kinh tế - xã hội năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU KẾ HOẠCH NĂM 2026"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Năm 2025", L, "Kế hoạch năm 2026"],
           [U, U, U, "Kế hoạch", "Ước thực hiện", U],
           ["1", "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", "9.000", "9.200", "10.000"],
           ["2", "Tỷ lệ đô thị hóa", "%", "38", "38,5", "40"]],
     header=2,
     targets=[dict(value=10000, unit="tỷ đồng", year=2026, ind="vốn đầu tư"), dict(value=40, unit=P, year=2026, ind="đô thị hóa")],
     not_values=[9000, 9200, 38, 38.5]),
dict(name="don_vi_trong_ten_ghi_chu", title=["KẾ HOẠCH", "Sản xuất nông, lâm nghiệp năm 2026"],
     above=["1. Chỉ tiêu sản xuất"],
     rows=[["TT", "Chỉ tiêu", "Năm 2026", "Ghi chú"],
           ["1", "Sản lượng lương thực (nghìn tấn)", "320", "Tăng 2% so với năm 2025"],
           ["2", "Diện tích trồng rừng mới (ha)", "1.500", ""]],
     targets=[dict(value=320, unit="nghìn tấn", year=2026, ind="lương thực"), dict(value=1500, unit="ha", year=2026, ind="trồng rừng")],
     not_values=[2]),
dict(name="hang_nam_tap_the", title=["KẾ HOẠCH", "Thực hiện công tác dân vận năm 2026"],
     above=["IV. TỔ CHỨC THỰC HIỆN"],
     rows=[["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
           ["1", "Báo cáo kết quả thực hiện công tác dân vận", "Ủy ban nhân dân các huyện", "Các sở, ban, ngành", "Trước ngày 31/10 hằng năm"],
           ["2", "Tổng hợp kết quả thực hiện", "Sở Nội vụ", "", "Trước ngày 15/11 hằng năm"]],
     deadlines=[("yearly", "31/10"), ("yearly", "15/11")],
     bodies=[("Ủy ban nhân dân các huyện", "lead"), ("Sở Nội vụ", "lead")]),
dict(name="lo_trinh_nam_cot", title=["KẾ HOẠCH", "Giảm nghèo bền vững giai đoạn 2026 - 2030"],
     above=["Lộ trình giảm nghèo:"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Lộ trình thực hiện", L, L, L, L],
           [U, U, U, "2026", "2027", "2028", "2029", "2030"],
           ["1", "Tỷ lệ hộ nghèo đa chiều", "%", "4", "3,5", "3", "2,5", "2"]],
     header=2,
     targets=[dict(value=4, unit=P, year=2026, ind="hộ nghèo"), dict(value=3.5, unit=P, year=2027, ind="hộ nghèo"),
              dict(value=3, unit=P, year=2028, ind="hộ nghèo"), dict(value=2.5, unit=P, year=2029, ind="hộ nghèo"),
              dict(value=2, unit=P, year=2030, ind="hộ nghèo")]),
dict(name="chi_tieu_phoi_hop", title=["KẾ HOẠCH", "Nâng cao chất lượng nguồn nhân lực năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", "Cơ quan chủ trì"],
           ["1", "Tỷ lệ lao động qua đào tạo", "%", "72", "Sở Nội vụ"],
           ["2", "Số học sinh được tư vấn hướng nghiệp", "học sinh", "5.000", "Sở Giáo dục và Đào tạo"]],
     targets=[dict(value=72, unit=P, year=2026, ind="lao động qua đào tạo"),
              dict(value=5000, unit="học sinh", year=2026, ind="hướng nghiệp")],
     bodies=[("Sở Nội vụ", "lead"), ("Sở Giáo dục và Đào tạo", "lead")]),
dict(name="nhom_con_gop_dong", title=["KẾ HOẠCH", "Phát triển cây trồng chủ lực năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU CÂY TRỒNG CHỦ LỰC NĂM 2026"],
     rows=[["TT", "Cây trồng", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026"],
           ["1", "Cà phê", "Diện tích", "ha", "12.000"],
           [U, U, "Sản lượng", "tấn", "30.000"],
           ["2", "Hồ tiêu", "Diện tích", "ha", "2.500"],
           [U, U, "Sản lượng", "tấn", "6.000"]],
     targets=[dict(value=12000, unit="ha", year=2026, ind="Diện tích"), dict(value=30000, unit="tấn", year=2026, ind="Sản lượng"),
              dict(value=2500, unit="ha", year=2026, ind="Diện tích"), dict(value=6000, unit="tấn", year=2026, ind="Sản lượng")]),
dict(name="trong_do", title=["KẾ HOẠCH", "Phát triển nhà ở năm 2026"],
     above=["2. Chỉ tiêu phát triển nhà ở"],
     rows=[["TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2026"],
           ["1", "Số căn nhà ở xã hội hoàn thành", "căn", "1.200"],
           ["", "Trong đó: nhà ở cho công nhân", "căn", "800"],
           ["2", "Diện tích nhà ở bình quân đầu người", "m2", "30"]],
     targets=[dict(value=1200, unit="căn", year=2026, ind="nhà ở xã hội"), dict(value=800, unit="căn", year=2026, ind="nhà ở xã hội"),
              dict(value=30, unit="m²", year=2026, ind="Diện tích nhà ở")]),
dict(name="so_cot", title=["KẾ HOẠCH", "Phát triển thương mại năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU THƯƠNG MẠI"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2025", "Kế hoạch năm 2026"],
           ["(1)", "(2)", "(3)", "(4)", "(5)"],
           ["1", "Tổng mức bán lẻ hàng hóa", "tỷ đồng", "45.000", "50.000"],
           ["2", "Kim ngạch xuất khẩu", "triệu USD", "1.100", "1.250"]],
     targets=[dict(value=50000, unit="tỷ đồng", year=2026, ind="bán lẻ"), dict(value=1250, unit="triệu USD", year=2026, ind="xuất khẩu")],
     not_values=[45000, 1100]),
dict(name="thang_quy_ghep", title=["KẾ HOẠCH", "Tổ chức kỳ thi năm 2026"],
     above=["III. NHIỆM VỤ VÀ PHÂN CÔNG"],
     rows=[["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
           ["1", "Xây dựng phương án tổ chức kỳ thi", "Sở Giáo dục và Đào tạo", "Công an tỉnh", "Tháng 3-4/2026"],
           ["2", "Bảo đảm an ninh, trật tự tại các điểm thi", "Công an tỉnh", "Sở Y tế", "Tháng 6/2026"],
           ["3", "Tổng kết, rút kinh nghiệm", "Sở Giáo dục và Đào tạo", "", "Trước ngày 31/7/2026"]],
     deadlines=[("2026-03", "2026-04"), ("2026-06", None), ("2026-07-31", None)],
     bodies=[("Sở Giáo dục và Đào tạo", "lead"), ("Công an tỉnh", "lead"), ("Sở Y tế", "coordinate")]),
dict(name="ty_le_cot_don_vi", title=["KẾ HOẠCH", "Phổ cập giáo dục năm 2026"],
     above=["Chỉ tiêu năm 2026:"],
     rows=[["TT", "Chỉ tiêu", "Số lượng", "Tỷ lệ (%)"],
           ["1", "Trẻ 5 tuổi ra lớp", "12.500", "99,5"],
           ["2", "Học sinh hoàn thành chương trình tiểu học", "15.000", "99"]],
     optional=[12500, 15000, 99.5, 99]),

dict(name="sang_trang_khong_lap", title=["KẾ HOẠCH", "Phát triển lâm nghiệp năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU LÂM NGHIỆP"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026"],
           ["1", "Trồng rừng tập trung", "ha", "2.000"],
           ["2", "Tỷ lệ che phủ rừng", "%", "54"],
           ["3", "Khoán bảo vệ rừng", "ha", "150.000"]],
     split=3, repeat=False,
     targets=[dict(value=2000, unit="ha", year=2026, ind="Trồng rừng"), dict(value=54, unit=P, year=2026, ind="che phủ"),
              dict(value=150000, unit="ha", year=2026, ind="bảo vệ rừng")]),
dict(name="giai_doan_nhiem_vu", title=["KẾ HOẠCH", "Thực hiện Đề án chuyển đổi số giai đoạn 2026 - 2028"],
     above=["Phụ lục", "NHIỆM VỤ CỤ THỂ"],
     rows=[["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
           ["", "Giai đoạn 2026 - 2027", L, L, L],
           ["1", "Xây dựng kho dữ liệu dùng chung của tỉnh", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Quý IV/2026"],
           ["2", "Số hóa hồ sơ lưu trữ", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Năm 2027"],
           ["", "Giai đoạn 2028", L, L, L],
           ["3", "Đánh giá kết quả thực hiện Đề án", "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Tháng 12/2028"]],
     deadlines=[("2026", "2027"), ("2026-Q4", None), ("2027", None), ("2028", None), ("2028-12", None)],
     optional_deadlines=[("2028", None), ("2026", "2028")],
     bodies=[("Sở Khoa học và Công nghệ", "lead"), ("Sở Nội vụ", "lead"), ("Sở Tài chính", "coordinate")]),
dict(name="don_vi_thuc_hien", title=["KẾ HOẠCH", "Tuyên truyền phòng, chống ma túy năm 2026"],
     above=["III. NHIỆM VỤ"],
     rows=[["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
           ["1", "Tuyên truyền trên báo, đài", "Báo và Phát thanh, Truyền hình tỉnh", "Cả năm 2026"],
           ["2", "Tổ chức mít tinh hưởng ứng Tháng hành động", "Công an tỉnh", "Tháng 6/2026"]],
     deadlines=[("2026", None), ("2026-06", None)],
     bodies=[("Báo và Phát thanh, Truyền hình tỉnh", "assigned"), ("Công an tỉnh", "assigned")]),
dict(name="giai_doan_cot", title=["KẾ HOẠCH", "Phát triển du lịch giai đoạn 2026 - 2030"],
     above=["2. Mục tiêu cụ thể"],
     rows=[["TT", "Chỉ tiêu", "Đơn vị tính", "Giai đoạn 2026 - 2030"],
           ["1", "Tổng lượt khách du lịch", "triệu lượt", "12"],
           ["2", "Tốc độ tăng doanh thu du lịch bình quân", "%/năm", "15"]],
     targets=[dict(value=12, unit="triệu lượt", year=2030, ind="lượt khách"), dict(value=15, unit="%/năm", year=2030, ind="doanh thu du lịch")]),
dict(name="nhiem_vu_kinh_phi", title=["KẾ HOẠCH", "Phổ biến, giáo dục pháp luật năm 2026"],
     above=["IV. NHIỆM VỤ VÀ KINH PHÍ"],
     rows=[["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Kinh phí (triệu đồng)"],
           ["1", "Tổ chức 02 hội nghị tuyên truyền pháp luật", "Sở Tư pháp", "Quý II/2026", "120"],
           ["2", "Xây dựng chuyên mục pháp luật trên sóng truyền hình", "Báo và Phát thanh, Truyền hình tỉnh", "Tháng 8/2026", "50"]],
     targets=[dict(value=2, unit="hội nghị", year=2026, ind="hội nghị tuyên truyền pháp luật")],
     optional=[120, 50],
     deadlines=[("2026-Q2", None), ("2026-08", None)],
     bodies=[("Sở Tư pháp", "lead"), ("Báo và Phát thanh, Truyền hình tỉnh", "lead")]),
dict(name="muc_tieu_nam_don_vi_ten", title=["KẾ HOẠCH", "Giảm nghèo và an sinh xã hội giai đoạn 2026 - 2030"],
     above=["2. Các chỉ tiêu cụ thể"],
     rows=[["STT", "Chỉ tiêu", "Mục tiêu", L, L],
           [U, U, "Năm 2026", "Năm 2028", "Năm 2030"],
           ["1", "Tỷ lệ hộ nghèo (%)", "3,5", "2,5", "1,5"],
           ["2", "Thu ngân sách trên địa bàn (tỷ đồng)", "2.400", "2.900", "3.500"]],
     header=2,
     targets=[dict(value=3.5, unit=P, year=2026, ind="hộ nghèo"), dict(value=2.5, unit=P, year=2028, ind="hộ nghèo"),
              dict(value=1.5, unit=P, year=2030, ind="hộ nghèo"), dict(value=2400, unit="tỷ đồng", year=2026, ind="ngân sách"),
              dict(value=2900, unit="tỷ đồng", year=2028, ind="ngân sách"),
              dict(value=3500, unit="tỷ đồng", year=2030, ind="ngân sách")]),
dict(name="nam_theo_dong", title=["KẾ HOẠCH", "Phát triển lâm nghiệp bền vững giai đoạn 2026 - 2028"],
     above=["Lộ trình thực hiện các chỉ tiêu:"],
     rows=[["Năm", "Tỷ lệ che phủ rừng (%)", "Diện tích trồng rừng mới (ha)"],
           ["2026", "45", "1.200"],
           ["2027", "46", "1.300"],
           ["2028", "47", "1.400"]],
     targets=[dict(value=45, unit=P, year=2026, ind="che phủ rừng"), dict(value=46, unit=P, year=2027, ind="che phủ rừng"),
              dict(value=47, unit=P, year=2028, ind="che phủ rừng"), dict(value=1200, unit="ha", year=2026, ind="trồng rừng"),
              dict(value=1300, unit="ha", year=2027, ind="trồng rừng"), dict(value=1400, unit="ha", year=2028, ind="trồng rừng")]),
dict(name="ghi_chu_co_so", title=["KẾ HOẠCH", "Xây dựng nông thôn mới năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU NÔNG THÔN MỚI NĂM 2026"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026", "Ghi chú"],
           ["1", "Số xã đạt chuẩn nông thôn mới nâng cao", "xã", "8", "Lũy kế đến cuối năm 2025 có 5 xã"],
           ["2", "Thu nhập bình quân đầu người khu vực nông thôn", "triệu đồng", "62", "Năm 2025 đạt 58 triệu đồng"]],
     targets=[dict(value=8, unit="xã", year=2026, ind="nông thôn mới"),
              dict(value=62, unit="triệu đồng", year=2026, ind="Thu nhập")],
     not_values=[5, 58]),
dict(name="luy_ke_trong_do", title=["KẾ HOẠCH", "Phát triển hạ tầng số đến năm 2030"],
     above=["II. CHỈ TIÊU"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2030", "Trong đó: Năm 2026"],
           ["1", "Số trạm phát sóng 5G", "trạm", "1.500", "400"],
           ["2", "Tỷ lệ hộ gia đình có kết nối cáp quang", "%", "95", "85"]],
     targets=[dict(value=1500, unit="trạm", year=2030, ind="5G"), dict(value=400, unit="trạm", year=2026, ind="5G"),
              dict(value=95, unit=P, year=2030, ind="cáp quang"), dict(value=85, unit=P, year=2026, ind="cáp quang")]),
dict(name="dau_so_sanh", title=["KẾ HOẠCH", "Nâng cao chất lượng y tế, giáo dục năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU NĂM 2026"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026"],
           ["1", "Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", "≤ 9"],
           ["2", "Tỷ lệ trẻ em được tiêm chủng đầy đủ", "%", "> 95"],
           ["3", "Tỷ lệ học sinh tốt nghiệp trung học phổ thông", "%", "Trên 90"],
           ["4", "Tỷ lệ xã đạt tiêu chí quốc gia về y tế", "%", "100% (12/12)"]],
     targets=[dict(value=9, unit="‰", year=2026, ind="tử vong", comparator="le"),
              dict(value=95, unit=P, year=2026, ind="tiêm chủng", comparator="gt"),
              dict(value=90, unit=P, year=2026, ind="tốt nghiệp", comparator="gt"),
              dict(value=100, unit=P, year=2026, ind="tiêu chí quốc gia về y tế")],
     optional=[12]),
dict(name="hien_trang_muc_tieu", title=["KẾ HOẠCH", "Phát triển đô thị đến năm 2030"],
     above=["2. Mục tiêu cụ thể"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Hiện trạng năm 2025", "Mục tiêu năm 2030"],
           ["1", "Tỷ lệ đô thị hóa", "%", "35", "45"],
           ["2", "Diện tích cây xanh bình quân đầu người", "m2", "6", "8"]],
     targets=[dict(value=45, unit=P, year=2030, ind="đô thị hóa"), dict(value=8, unit="m²", year=2030, ind="cây xanh")],
     not_values=[35, 6]),
dict(name="so_muc_nhieu_cap", title=["KẾ HOẠCH", "Phát triển văn hóa, xã hội năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU VĂN HÓA - XÃ HỘI NĂM 2026"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026"],
           ["I", "LĨNH VỰC VĂN HÓA", L, L],
           ["1", "Gia đình văn hóa", L, L],
           ["1.1", "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", "%", "90"],
           ["1.2", "Tỷ lệ thôn, tổ dân phố văn hóa", "%", "85"],
           ["II", "LĨNH VỰC XÃ HỘI", L, L],
           ["a)", "Số lao động được giải quyết việc làm", "người", "9.500"],
           ["b)", "Tỷ lệ lao động có bảo hiểm xã hội", "%", "40"]],
     targets=[dict(value=90, unit=P, year=2026, ind="gia đình văn hóa"), dict(value=85, unit=P, year=2026, ind="tổ dân phố"),
              dict(value=9500, unit="người", year=2026, ind="việc làm"), dict(value=40, unit=P, year=2026, ind="bảo hiểm xã hội")]),
dict(name="tach_dong_dau_trang", title=["KẾ HOẠCH", "Phát triển công nghiệp năm 2026"],
     above=["Phụ lục", "CHỈ TIÊU CÔNG NGHIỆP NĂM 2026"],
     rows=[["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026"],
           ["1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "52.000"],
           ["2", "Số cụm công nghiệp được đầu tư hạ tầng", "cụm", "4"],
           ["3", "Tỷ lệ lấp đầy các khu công nghiệp", "%", "70"],
           ["4", "Số doanh nghiệp công nghiệp thành lập mới", "doanh nghiệp", "150"]],
     split=3, page_head=["Kế hoạch số 45/KH-UBND ngày 10/01/2026 của UBND tỉnh"],
     targets=[dict(value=52000, unit="tỷ đồng", year=2026, ind="công nghiệp"), dict(value=4, unit="cụm", year=2026, ind="cụm công nghiệp"),
              dict(value=70, unit=P, year=2026, ind="lấp đầy"), dict(value=150, unit="doanh nghiệp", year=2026, ind="doanh nghiệp")]),
]
FORMATS = ("docx", "pdf", "sideways", "html", "tab", "pipe", "bars", "aligned")


# --- the grid: each cell's text and span --------------------------------------------------------

def spans(rows: list[list[str]]) -> list[list[tuple[str, int, int] | None]]:
    """Each origin cell as (text, rows it spans, columns it spans); None where a merge covers it."""
    out = [[None] * len(r) for r in rows]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            if cell in (L, U):
                continue
            w = 1
            while j + w < len(row) and row[j + w] == L:
                w += 1
            h = 1
            while i + h < len(rows) and rows[i + h][j] == U:
                h += 1
            out[i][j] = (cell, h, w)
    return out


def parts(case: dict) -> list[list[list[str]]]:
    """The table's pieces: one, or two where it goes on over a page break (the header repeated)."""
    rows, split, head = case["rows"], case.get("split"), case.get("header", 1)
    if not split:
        return [rows]
    return [rows[:split], (rows[:head] if case.get("repeat", True) else []) + rows[split:]]


# --- writers ----------------------------------------------------------------------------------

def write_docx(case: dict, path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    for line in case["title"] + case["above"]:
        document.add_paragraph(line)
    for k, rows in enumerate(parts(case)):
        if k:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            for line in case.get("page_head", []):
                document.add_paragraph(line)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for i, row in enumerate(spans(rows)):
            for j, origin in enumerate(row):
                if origin is None:
                    continue
                text, h, w = origin
                cell = table.cell(i, j)
                if h > 1 or w > 1:
                    cell = cell.merge(table.cell(i + h - 1, j + w - 1))
                cell.text = text
    document.add_paragraph("Nơi nhận:")
    document.save(path)


def write_html(case: dict, path: Path) -> None:
    out = ["<html><body>"] + [f"<p>{html_lib.escape(x)}</p>" for x in case["title"] + case["above"]]
    for rows in parts(case):
        out.append('<table border="1">')
        for row in spans(rows):
            cells = []
            for origin in row:
                if origin is None:
                    continue
                text, h, w = origin
                attrs = (f' rowspan="{h}"' if h > 1 else "") + (f' colspan="{w}"' if w > 1 else "")
                cells.append(f"<td{attrs}>{html_lib.escape(text)}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</table><p>2</p>" + "".join(f"<p>{html_lib.escape(x)}</p>" for x in case.get("page_head", [])))
    out.append("<p>Nơi nhận:</p></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def _text_rows(rows: list[list[str]]) -> list[list[str]]:
    """A merged cell once: across columns one cell, down rows an empty cell under it."""
    return [[c if c != U else "" for c in row if c != L] for row in rows]


def write_delimited(case: dict, path: Path, sep: str) -> None:
    lines = case["title"] + case["above"] + [""]
    for k, rows in enumerate(parts(case)):
        if k:
            lines += ["", "2", ""] + case.get("page_head", [])  # a page break: the next page's number
        lines += [sep.join(r).rstrip() for r in _text_rows(rows)]
    lines += ["", "Nơi nhận:"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_bars(case: dict, path: Path) -> None:
    lines = case["title"] + case["above"]
    for k, rows in enumerate(parts(case)):
        if k:
            lines += case.get("page_head", [])
        for row in spans(rows):
            for origin in row:
                if origin is not None:
                    lines += ["|"] + ([origin[0]] if origin[0] else [])
            lines.append("|")
    lines += ["", "Nơi nhận:"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_aligned(case: dict, path: Path) -> None:
    """pdftotext -layout: each column as wide as its longest wrapped line, 3 spaces between; a
    cell's text wrapped at 28 characters, its first line on its row's first line."""
    lines = ["    " + x for x in case["title"] + case["above"]] + [""]
    for k, rows in enumerate(parts(case)):
        if k:
            lines += ["", "                                  2", ""] + ["    " + x for x in case.get("page_head", [])]
        grid = spans(rows)
        width = len(rows[0])
        wrapped = [[textwrap.wrap(o[0], 28) if o and o[2] == 1 else [] for o in row] for row in grid]
        col_w = [max([len(x) for r in wrapped for x in r[j]] + [2]) for j in range(width)]
        for i, row in enumerate(grid):
            height = max([len(c) for c in wrapped[i]] + [1])
            block = [[" " * col_w[j] for j in range(width)] for _ in range(height)]
            for j, origin in enumerate(row):
                if origin and origin[2] > 1:  # across columns: one run from its first column
                    span_w = sum(col_w[j:j + origin[2]]) + 3 * (origin[2] - 1)
                    block[0][j] = origin[0].ljust(span_w)
                    for jj in range(j + 1, j + origin[2]):
                        block[0][jj] = ""
                    continue
                for n, text in enumerate(wrapped[i][j]):
                    block[n][j] = text.ljust(col_w[j])
            for b in block:
                lines.append(("    " + "   ".join(x for x in b if x != "")).rstrip())
    lines += ["", "    Nơi nhận:"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


WRITERS = {"docx": (write_docx, "docx"), "html": (write_html, "html"),
           "tab": (lambda c, p: write_delimited(c, p, "\t"), "txt"),
           "pipe": (lambda c, p: write_delimited(c, p, " | "), "txt"),
           "bars": (write_bars, "txt"), "aligned": (write_aligned, "txt")}


# --- checking ----------------------------------------------------------------------------------

def _read(out: Path, table: str) -> list[dict]:
    path = out / f"{table}.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _num(x: str) -> float | None:
    return float(x) if x not in ("", None) else None


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.lower().replace("uỷ", "ủy").split()) == " ".join(b.lower().replace("uỷ", "ủy").split())


def check(case: dict, targets: list[dict], deadlines: list[dict], bodies: list[dict]) -> list[str]:
    probs: list[str] = []
    title = "\n".join(case["title"] + case["above"])
    left = [t for t in targets if t["text"].strip() not in title]
    for e in case.get("targets", []):
        hit = next((t for t in left if abs(_num(t["value"]) - e["value"]) < 1e-9 and t["unit"] == e["unit"]
                    and _num(t["year"]) == e["year"] and e["ind"].lower() in t["indicator"].lower()
                    and t["comparator"] == e.get("comparator", "eq")), None)
        if hit is None:
            near = [f"{t['indicator'][:30]}={t['value']} {t['unit']} y{t['year']} {t['comparator']}" for t in left
                    if abs(_num(t["value"]) - e["value"]) < 1e-9]
            probs.append(f"target missed {e['value']} {e['unit']} {e['year']} [{e['ind']}]" + (f" (got {near})" if near else ""))
        else:
            left.remove(hit)
    for t in targets:
        if any(n in t["indicator"] for n, _ in case.get("bodies", [])):
            probs.append(f"target indicator runs into the next cells {t['indicator'][:60]!r}")
    for t in left:
        v = _num(t["value"])
        if v in case.get("optional", []):
            continue
        probs.append(f"target extra {t['indicator'][:40]!r}={t['value']} {t['unit']} y{t['year']}")
    left = list(deadlines)
    for e in case.get("deadlines", []):
        if e[0] == "yearly":
            hit = next((d for d in left if d["recurrence"] == "yearly" and re.findall(r"\d+", e[1]) == re.findall(r"\d+", d["date_raw"])[:len(re.findall(r"\d+", e[1]))]), None)
        else:
            hit = next((d for d in left if d["date"] == e[0] and (d["date_end"] or None) == e[1]), None)
        if hit is None:
            probs.append(f"deadline missed {e}")
        else:
            left.remove(hit)
    for d in left:
        if d["text"].strip() and d["text"].strip() in title:
            continue
        if (d["date"], d["date_end"] or None) in case.get("optional_deadlines", []):
            continue
        probs.append(f"deadline extra {d['date'] or d['recurrence']}..{d['date_end']} {d['date_raw']!r}")
    named = [b for b in bodies if b["kind"] != "collective"]
    for name, role in case.get("bodies", []):
        rows = [b for b in named if _same_name(b["name_canonical"], name)]
        if not rows:
            probs.append(f"body missed {name}")
        elif role not in {b["role"] for b in rows}:
            probs.append(f"body {name} role {sorted({b['role'] for b in rows})} want {role}")
    expected = [n for n, _ in case.get("bodies", [])]
    for b in named:
        if not any(_same_name(b["name_canonical"], n) for n in expected):
            probs.append(f"body extra {b['name_canonical']} ({b['role']})")
    return sorted(set(probs), key=probs.index)


def write_sideways(src: Path, dst: Path) -> None:
    """`src` with each page placed turned 90° counter-clockwise on a sheet as wide as the page is high
    (the text runs up the sheet), with no /Rotate flag: how a printer-to-PDF sets a landscape page on
    portrait paper, which pdfplumber reads word by word reversed unless the page is turned back."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    out = pdfium.PdfDocument.new()
    for i in range(len(pdf)):
        width, height = pdf.get_page_size(i)
        placed = pdf.page_as_xobject(i, out).as_pageobject()
        placed.transform(pdfium.PdfMatrix().rotate(90, ccw=True).translate(height, 0))
        sheet = out.new_page(height, width)
        sheet.insert_obj(placed)
        sheet.gen_content()
    out.save(str(dst))


def run(formats: list[str], verbose: bool, keep: str | None = None, only: list[str] | None = None) -> dict[str, tuple[int, int]]:
    global CASES
    if only:
        CASES = [c for c in CASES if c["name"] in only]
    scores: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(keep or tmp)
        if keep:
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
        for fmt in formats:
            if fmt in ("pdf", "sideways"):
                continue
            (tmp / fmt).mkdir()
            write, ext = WRITERS[fmt]
            for case in CASES:
                write(case, tmp / fmt / f"{case['name']}.{ext}")
        if "pdf" in formats or "sideways" in formats:
            if not shutil.which("soffice"):
                print("pdf, sideways: skipped (LibreOffice's soffice is not installed)")
                formats = [f for f in formats if f not in ("pdf", "sideways")]
            else:
                (tmp / "pdf").mkdir()
                source = tmp / "docx-src"
                source.mkdir()
                for case in CASES:
                    write_docx(case, source / f"{case['name']}.docx")
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp / "pdf"),
                                *map(str, sorted(source.glob("*.docx")))], check=True, capture_output=True)
                if "sideways" in formats:
                    (tmp / "sideways").mkdir()
                    for path in sorted((tmp / "pdf").glob("*.pdf")):
                        write_sideways(path, tmp / "sideways" / path.name)
        for fmt in formats:
            out = tmp / f"out-{fmt}"
            subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(tmp / fmt), "--out", str(out), "--direct",
                            "--workers", "1"], cwd=ROOT, check=True, capture_output=True)
            docs = {d["doc_id"]: Path(d["source_path"]).stem for d in _read(out, "documents")}
            facts = {name: {k: [r for r in _read(out, name) if docs.get(r["doc_id"]) == k] for k in docs.values()}
                     for name in ("targets", "deadlines", "bodies")}
            passed = 0
            for case in CASES:
                n = case["name"]
                probs = check(case, facts["targets"].get(n, []), facts["deadlines"].get(n, []), facts["bodies"].get(n, []))
                if not probs:
                    passed += 1
                elif verbose:
                    print(f"  [{fmt}] {n}: " + "; ".join(probs))
            scores[fmt] = (passed, len(CASES))
            print(f"{fmt:8s} pass {passed}/{len(CASES)}", flush=True)
    return scores


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    keep = next((a.split("=", 1)[1] for a in argv if a.startswith("--keep=")), None)
    formats = [a for a in argv if not a.startswith("-")] or list(FORMATS)
    only = next((a.split("=", 1)[1].split(",") for a in argv if a.startswith("--case=")), None)
    scores = run(formats, verbose, keep, only)
    total = sum(p for p, _ in scores.values()), sum(n for _, n in scores.values())
    print(f"all      pass {total[0]}/{total[1]}")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Probe of whole plans: short synthetic plans (hand-written, not from any document) in
benchmarks/plans/, each with its expected answers in the gold format (plans/NAME.txt.json,
../shared/spec/gold-format.md) written by the contract's conventions (spec EXTRACTION.md).

The sentence probes test one sentence at a time; these test what only a whole document shows:
headings that carry a year or a scope, last year's results before this year's targets, a decision
with its plan attached after the signature, appendix tables (chỉ tiêu | ĐVT | năm …; nhiệm vụ |
chủ trì | phối hợp | thời gian) as tab rows or one cell per line, lines hard-wrapped at 75
characters, the closing "Nơi nhận" list.

    xa_nong_thon_moi           commune UBND plan, hard-wrapped at 75 characters
    tp_chuyen_doi_so           town (district-level) plan, task appendix as a tab table
    so_tiem_chung              provincial department plan, last year's figures that are no targets
    tu_chuong_trinh_hanh_dong  Party committee action programme, appendix one cell per line
    hdnd_kinh_te_xa_hoi        HĐND resolution on the yearly plan, "chỉ tiêu chủ yếu" list
    qd_ban_hanh_ke_hoach       UBND decision issuing a plan (Điều 1 … ban hành kèm theo …)
    xa_hai_cap_kinh_te_tap_the commune plan after 1/7/2025 (two-tier government): commune offices, cooperatives,
                               a company, a bank's sub-unit in parentheses, a chủ trì / phối hợp tab table
    bo_thi_hanh_luat           ministry plan implementing a law, 6-column task table (time before "Sản phẩm"),
                               time cells of every shape, recurring reports, dates that are no deadlines
    tu_ke_hoach_can_cu         Party committee plan with many bases (Party documents, laws and an amending law, a
                               consolidated text, a joint circular, titled strategy/programme/master plan, a task
                               table citing documents, the plan's own number in the appendix caption); s19r, on main
                               at 495abbe: targets 1.000 deadlines 0.889 bodies 0.957 legal_refs 1.000 (misses:
                               "định kỳ 6 tháng", "Giai đoạn 2026 - 2028 hoàn thành …", "lãnh đạo UBND tỉnh xây dựng …")
    ubnd_chuong_trinh_nghi_quyet_cp  provincial UBND action programme implementing a Government resolution
                               for 2026-2030: several targets a sentence, per-year values, 2021-2025 results,
                               appendix "Các chỉ tiêu chủ yếu" as a markdown pipe table with group rows
    huyen_nghi_quyet_huyen_uy  district UBND plan of 2024 carrying out a Huyện ủy resolution: header and number on tab
                               lines, a title wrapped over three lines, bases mixing Party documents, a law and its amending
                               law, a decree "đã được sửa đổi, bổ sung bởi" another, a joint circular, a letter, a Tờ trình;
                               "Điều 5 Nghị định …", "Luật Du lịch năm 2017" (= its number), a decision in the body and in
                               "Nơi nhận"; s20r on main at f22ce89: 1.000 / 1.000 / 0.923 / 1.000 (miss: "Phòng Kinh tế và
                               Hạ tầng" read as "Phòng Kinh tế"; attributes: "Luật Quy hoạch số 21/2017/QH14" typed
                               "Quy hoạch", the joint circular's second mention issued by "Bộ Nội vụ" alone)
    lien_tich_so_hoi_nong_dan  joint plan (Kế hoạch liên tịch) of a provincial department and the provincial farmers'
                               union after the 2025 reorganisation: two issuers in a tab letterhead, two signature
                               blocks, "Trách nhiệm của mỗi bên", "Hai bên", a unit named with its parent over a wrap,
                               a bank's provincial branch, national bodies after "Kiến nghị", "Hội Nông dân cùng cấp";
                               s20b, on main at f22ce89: 0.750 / 0.941 / 0.733 / 1.000 (misses: unit "tổ hội nghề
                               nghiệp", "Định kỳ 6 tháng", five bodies); s20b after its fixes: bodies 1.000
    bcd_tong_dieu_tra          provincial Ban Chỉ đạo plan for a census (s20d): "Tiến độ thực hiện" in phases
                               ("Giai đoạn 1 (từ ngày 01/3 đến 30/4/2027)", "tháng 6-7/2027"), reports "trước ngày 20 hằng
                               tháng", "định kỳ 6 tháng (trước ngày 15/6 và 15/12)", "chậm nhất 05 ngày làm việc sau khi kết
                               thúc", "xong trước Tết Nguyên đán", the census' reference date ("Thời điểm điều tra: ngày …"),
                               appendix task table as a markdown pipe table with group rows and "<br>" in cells; main at
                               f22ce89: targets 0.750 deadlines 0.905 bodies 0.957 legal_refs 1.000; s20d: deadlines 1.000
                               (left: targets "tập huấn … cho 850 điều tra viên và 120 tổ trưởng", the body "Thống kê tỉnh");
                               all eleven plans: main 0.960 / 0.957 / 0.974 / 1.000, s20d 0.960 / 0.978 / 0.974 / 1.000
    phuong_ke_hoach_nam        ward (phường) yearly plan for 2027: 2026 results first ("tăng 9,2% so với cùng kỳ, đạt 97% kế
                               hoạch", "vượt 2% so với kế hoạch"), prose targets ("tăng … so với cùng kỳ", "giữ vững 100% (7/7)",
                               "không để phát sinh", "tối thiểu"), appendix Chỉ tiêu | ĐVT | Thực hiện năm 2026 | Kế hoạch năm
                               2027 | So sánh (%) as tab rows with group rows A/B/C and a bare "Trong đó:" row over "-" parts
    ubnd_cai_cach_hanh_chinh   provincial UBND yearly plan on administrative reform for 2027 (s21d): a "Chế độ báo cáo" section
                               (a schedule "báo cáo quý I trước ngày 10/3; báo cáo 6 tháng …; báo cáo năm trước ngày 15/11" whose
                               dates recur as the report they bound, "định kỳ hằng quý, trước ngày 20 của tháng cuối quý", a window
                               of figures and "đột xuất khi có yêu cầu" that are none), times after the body in prose, a date in
                               words, "Kể từ ngày …", "trong thời hạn 15 ngày kể từ ngày Kế hoạch được ban hành", and a 6-column
                               task appendix whose time cells hold "Tháng 3 - tháng 5" (no year: date null), "Sau khi có hướng dẫn
                               của Bộ Nội vụ", "2027-2028", and frequencies ("Thường xuyên", "Hằng quý", "6 tháng, năm") that are
                               none; main at 48de9cb: 1.000 / 0.837 / 1.000 / 1.000 (misses: the recurrence of "báo cáo quý I",
                               "báo cáo quý III", "báo cáo năm", the yearless cell); 15 plans: 0.973 / 0.957 / 0.983 / 1.000;
                               s21d after its fixes: that plan 1.000 / 1.000 / 1.000 / 1.000 (as DOCX and PDF too, formats.py),
                               15 plans 0.973 / 0.982 / 0.983 / 1.000 (deadlines left: recurring reports without a day)
    bcd_phong_chong_toi_pham   provincial Ban Chỉ đạo plan on crime, drugs and traffic safety after the 2025 reorganisation
                               (s21b): police, military, border guard, customs, procuracy, court, civil judgment enforcement;
                               police departments by their codes and in parentheses ("Công an tỉnh (Phòng PC08)", "(Cơ quan
                               Thường trực Ban Chỉ đạo tỉnh)"), "Đề nghị" and "Kiến nghị" to bodies the plan cannot order, the
                               Ban Chỉ đạo's members and its Thường trực receiving reports, a chủ trì / phối hợp tab table
    so_thi_hanh_luat_2025      Sở Y tế plan of 2026 under the Sở's own header (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC) carrying out 2025
                               law-making: a law with its number, a Quốc hội and a UBTVQH resolution, a Government resolution
                               issuing a programme, a Party Quy định, a Công điện of the Prime Minister, "Hướng dẫn …-HD/BTGDVTW",
                               "Thông báo kết luận số …-TB/TU" and "Văn bản số …/BYT-KHTC" sharing one basis line, the province's
                               plan, references by name or bare number ("Luật Ngân sách nhà nước năm 2025", "Nghị quyết 57",
                               "Đề án 06"), a decision still to be drafted, the plan's own number in the appendix caption;
                               s21r, main at 48de9cb: 1.000 / 1.000 / 0.800 / 0.963 (misses: "Nghị quyết 57"; bodies
                               "Phòng Nghiệp vụ\nY - Dược" over a wrap, "Trung tâm Y tế các khu vực" cut to "… các khu")
    tinh_de_an_du_lich         provincial UBND decision approving a tourism Đề án "giai đoạn 2026 - 2030, tầm nhìn đến năm 2045"
                               (s21t): objectives in phases "2.1. Giai đoạn 2026 - 2028", "2.2. Giai đoạn 2029 - 2030", "2.3. Tầm
                               nhìn đến năm 2045"; ranges, counts in words, "triệu lượt khách", "nghìn lượt", "USD/ngày", "gấp 2 lần
                               năm 2025", "chiếm … % tổng"; appendix Chỉ tiêu | ĐVT | Năm 2025 (ước thực hiện) | Năm 2028 | Năm 2030;
                               main 48de9cb: targets 0.870 deadlines 1.000 bodies 1.000 legal_refs 1.000; s21t after its fixes:
                               targets 1.000 (all 15 plans: main 0.959 / 0.980 / 0.982 / 1.000, s21t 0.995 / 0.980 / 0.982 / 1.000)
    tinh_bien_doi_khi_hau      provincial UBND action plan on climate change, greenhouse gas and air quality for 2026 - 2030 (s21e):
                               current figures before targets ("44,8%", "07 trạm", "14/19 khu công nghiệp", "13,5 triệu tCO2tđ"),
                               "giảm 9% … so với kịch bản phát triển thông thường (BAU), tương đương khoảng 1,2 triệu tCO2tđ", units
                               "tấn/ngày", "m³/ngày đêm", "MW", "nâng tổng số … lên 12 trạm", a part "khu vực nông thôn đạt 80%", the
                               2025 departments (Sở Nông nghiệp và Môi trường), an amending decree beside the one it amends, QCVN
                               05:2023/BTNMT, a Tờ trình after "Xét đề nghị", a 6-column task table (… | Thời gian thực hiện | Kinh
                               phí) as tab rows with group rows I/II/III whose Kinh phí cells name funding sources
                               main 0cb3a13: 0.875 / 1.000 / 0.966 / 0.941 (misses: the unit m³/ngày đêm read as "m", "tương đương
                               khoảng 1,2 triệu tCO2tđ", "khu vực nông thôn đạt 80%"; extras "Công ty Điện lực Phú Thọ phát triển …",
                               "Kế hoạch từ ngân sách nhà nước"); s21e after its fixes: 1.000 / 1.000 / 1.000 / 1.000 (left: the
                               year of a task-table output from its time cell); all 18 plans: main 0.987 / 0.983 / 0.992 / 0.996,
                               s21e 0.996 / 0.983 / 0.995 / 1.000
    tinh_giam_ngheo_da_chieu   provincial UBND plan on multidimensional poverty reduction 2026 - 2030 (s22g): 2021-2025 results
                               ("bình quân giảm 3,13%/năm, vượt mục tiêu đề ra"), "giảm bình quân 1 - 1,5%/năm; phấn đấu đến cuối năm
                               2030 … còn dưới 2%", rates per population ("dưới 46/100.000 trẻ đẻ sống", "150/100.000 dân"), an age
                               that is no target, support norms ("60 triệu đồng/hộ"), "trong đó ít nhất 60% có việc làm sau đào
                               tạo", the funds of the national target programme with their parts after "trong đó:", phases
                               "Giai đoạn 1 (2026 - 2027): …", the 2025 departments, Mặt trận and the mass organisations, the
                               social-policy bank's provincial branch as a heading over its tasks, Bảo hiểm xã hội tỉnh, report
                               cycles ("định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 05/12)", "trước ngày 25 hằng tháng"),
                               appendix I per year (Năm 2026 … Năm 2030, a cell "Dưới 2"), appendix II a task table
                               ("Tháng 11 hằng năm", "Hằng năm"); main 2e80af5: 0.899 / 0.968 / 0.973 / 0.778, s22g 1.000 / 1.000 /
                               1.000 / 1.000
    thanh_tra_tinh_ke_hoach_nam  UBND decision approving the provincial inspectorate's inspection plan for 2027 (s22g), a
                               precision test: an inspection table (STT | Nội dung thanh tra | Đối tượng thanh tra | Thời gian
                               thanh tra | Đơn vị chủ trì | Ghi chú) whose inspected units (sở, xã, hospital, companies) are no
                               responsible bodies, its divisions "Phòng Nghiệp vụ 1/2/3", "Phòng Tiếp công dân và Xử lý đơn thư",
                               "Phòng Phòng, chống tham nhũng" as chủ trì, times "Quý I/2027", "Tháng 3/2027", a yearless "Quý II",
                               "30 ngày làm việc" (a duration), "Thời kỳ thanh tra: từ ngày 01/01/2024 đến ngày 31/12/2026" (no
                               deadline), the year's results under "KẾT QUẢ CÔNG TÁC THANH TRA NĂM 2026", "15 cuộc thanh tra …,
                               trong đó: 11 cuộc …; 04 cuộc …", the caption "(Kèm theo Kế hoạch thanh tra năm 2027 của …)";
                               main 2e80af5: 0.455 / 0.941 / 0.714 / 0.957, s22g 0.818 / 0.960 / 1.000 / 1.000 (left: counts
                               named after an action of more than six words or a ", " in it, "Kiểm tra việc thực hiện kết luận
                               thanh tra tại ít nhất 05 cơ quan, đơn vị có …", "Xác minh tài sản, thu nhập đối với ít nhất 20 người
                               …"; relative deadlines "trong thời hạn 30 ngày kể từ ngày nhận được kết luận thanh tra", which the
                               deadlines leave out with a procedure's time limits counted from a receipt)
    all 21 plans: main 2e80af5 0.958 / 0.979 / 0.976 / 0.981, s22g 0.990 / 0.984 / 0.996 / 1.000 (the 19 older plans unchanged)
    tinh_san_xuat_nong_nghiep  provincial UBND plan for agricultural production in 2027 (s22b): 2026 results under "KẾT QUẢ SẢN XUẤT
                               …" , crop seasons as sections ("Vụ Đông Xuân 2026 - 2027", "Vụ Hè Thu 2027"), per-crop "diện tích …
                               ha, năng suất … tạ/ha, sản lượng … tấn", livestock in nghìn/triệu con, eggs in triệu quả, sowing
                               windows (one without a year), an appendix Cây trồng | Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn)
                               whose year is the caption's, a Sở's Chi cục, a one-member irrigation company, cooperatives
    huyen_ke_hoach_su_dung_dat UBND tỉnh decision approving a district's land-use plan for 2025 (s22b), its title in running case; a
                               breakdown after "gồm:" over semicolons; four appendices STT | Chỉ tiêu sử dụng đất | Mã | Tổng diện tích
                               | "Diện tích phân theo đơn vị hành chính" over five communes (tab rows whose second header row lost its
                               span), land codes (LUA, ONT, "LUA/PNN"), three levels, "-" cells, "Tổng diện tích tự nhiên" (no target)
                               s22b, main at 2e80af5, these two plans: 0.311 / 0.981 / 0.927 / 0.968 (misses: both appendix shapes
                               unread, 2026 results read as targets, "Vụ Đông Xuân 2026" etc. as bodies, the plan the decision approves
                               cited as a Kế hoạch, "gồm:" parts, "ngô ha", "triệu quả"); s22b after its fixes: 0.995 / 0.981 / 1.000 /
                               1.000 (left: "đạt trên 80% tổng đàn trong diện tiêm" names its indicator from the whole after the value;
                               "định kỳ 6 tháng" without a day, see below); all 21 plans: main 0.689 / 0.985 / 0.989 / 0.996, s22b
                               0.995 / 0.985 / 0.995 / 1.000 (the 19 older plans unchanged, 0.996 / 0.986 / 0.995 / 1.000). As DOCX
                               (formats.py): 0.995 / 0.981 / 1.000 / 1.000; as PDF 0.577 -> 0.811 targets after joining numbers wrapped in
                               narrow cells and reading a caption over the unit line's gap (left: a row split over a page break in a
                               9-column table on a portrait page, formats.py's DOCX left-aligns a spanned header's sub-row); all 21 plans
                               as PDF: main 0.663 / 0.980 / 0.982 / 0.992, s22b 0.887 / 0.980 / 0.989 / 0.996; the dev set as txt, DOCX
                               and PDF unchanged
    bo_dong_vat_hoang_da       ministry plan under the ministry's own header (Bộ Nông nghiệp và Môi trường, 2027, wildlife; s22f):
                               national units (Cục, Vụ, Thanh tra Bộ, Văn phòng Bộ, a Viện, a Trung tâm, a Trường, the ministry's
                               newspaper), units of other ministries named with their ministry after a comma ("Cục Hải quan, Bộ Tài
                               chính", "Cục Phòng bệnh, Bộ Y tế": one body, the unit), "Đề nghị các Bộ: Công an, Tài chính, …",
                               "các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
                               ương", "Sở Nông nghiệp và Môi trường các tỉnh, thành phố", a state corporation; 2026 results before the
                               2027 targets, outputs in tasks ("ít nhất 200 cơ sở", "tại 08 tỉnh", "còn không quá 05 ngày làm việc");
                               a decree and the one amending it, the ministry's own circular (and one still to be drafted); a task
                               appendix TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm with group
                               rows, an indicator appendix with a "Ghi chú" column; main 2e80af5: 0.826 / 1.000 / 0.780 / 1.000; s22f:
                               0.826 / 1.000 / 0.814 / 1.000 (left: the unit "tỉnh", "cá thể" and "trung tâm" in prose, "05 ngày làm
                               việc", a product cell "120 bộ thiết bị", the Ghi chú "Giảm ít nhất 10%"; names cut at a lower-case field
                               after "và" or a comma ("Trường Cán bộ quản lý nông nghiệp và môi trường", "Trung tâm Chuyển đổi số và
                               Thống kê nông nghiệp, môi trường"), at "xử lý" ("Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành
                               chính") and at "không" ("Tổng công ty Cảng hàng không Việt Nam"); the parent "Bộ Tư pháp" read as a
                               second body in a table cell; the issuer after "phối hợp với"; an indicator table's label read as a body);
                               s22j: 0.826 / 1.000 / 0.966 / 1.000 (lower-case fields after "và" or a comma read to the task, "hàng
                               không" a word of names, the ministry's unit with its parent after a comma one body in prose and cells;
                               left: the issuer after "phối hợp với", the indicator label "Trung tâm cứu hộ động vật …")
    hdnd_du_toan_ngan_sach     provincial HĐND resolution on the 2027 budget estimate and public investment plan (s22f): Điều 1-5 with
                               a blank line above each article, budget lines "Label: 25.600 tỷ đồng" in lettered lists after "trong
                               đó:" / "gồm:" with inline breakdowns in parentheses, a deficit and borrowing, "tiết kiệm 10% …", a
                               disbursement schedule (40% / 65% / trên 95% by dates, 100% "trước ngày 31/01/2028"), a condition
                               ("Trường hợp … dưới 50% …,"), the 2025 tax, customs and treasury offices, the effective date (no
                               deadline); appendices in triệu đồng: Ước thực hiện 2026 | Dự toán 2027 | So sánh, Dự toán 2026 | Ước
                               thực hiện 2026 | Dự toán 2027, Kế hoạch 2026 | Kế hoạch 2027; main 2e80af5: 0.654 / 1.000 / 1.000 /
                               1.000 (the articles' figures lost: their heading was read empty, and a budget heading committed to
                               nothing; the 2026 plan columns read as targets; the schedule's and the condition's values misnamed);
                               s22f: 0.976 / 1.000 / 1.000 / 1.000 (left: "Thu ngân sách địa phương được hưởng theo phân cấp: 19.870
                               tỷ đồng" lost in its list, "… và vốn ngân sách trung ương 3.725 tỷ đồng", "trên 95% đến ngày 31/12/2027
                               và giải ngân 100% …"); all 21 plans: main 0.904 / 0.988 / 0.968 / 1.000, s22f 0.979 / 0.988 / 0.973 /
                               1.000 (the 19 earlier plans unchanged: 0.996 / 0.986 / 0.995 / 1.000); s22l: the 100% step's gold
                               year is 2028, its own date's (contract: the year the target must be reached); main a112267 0.982 ->
                               s22l 0.994 / 1.000 / 1.000 / 1.000 (the 19 870 line kept, the 95% step named, the 100% step due in
                               2028; left: "… vốn ngân sách trung ương 3.725 tỷ đồng", "dành tối thiểu 3% …" read with 2026)
    so_gddt_nam_hoc            Sở Giáo dục và Đào tạo plan for the school year 2026 - 2027 (s22a), Sở letterhead under the UBND tỉnh,
                               KT. GIÁM ĐỐC: the school year as the plan's period (EXTRACTION.md is silent: read as the span of years it
                               names, period 2026 .. 2027, targets' year 2027, the last), the school calendar ("tựu trường ngày 25/8/2026",
                               "kết thúc học kỳ I trước ngày 17/01/2027", "hoàn thành chương trình trước ngày 25/5/2027"), targets by level
                               (mầm non, tiểu học, THCS, THPT) beside ages and grades that are none ("trẻ 3-5 tuổi", "lớp 1", "từ 15 đến 60
                               tuổi", "mức độ 3"), parts by level ("trong đó tiểu học 72%, …"), the Sở's phòng chuyên môn, the commune/ward
                               UBND after 1/7/2025, Công đoàn ngành, "các cơ sở giáo dục" (collective), Bộ GDĐT circulars and its khung kế
                               hoạch thời gian năm học, "Chương trình giáo dục mầm non" by name, a budget "dự toán … giao cho Sở", appendix
                               STT | Chỉ tiêu | ĐVT | Năm học 2025-2026 (thực hiện) | Năm học 2026-2027 (kế hoạch) as tab rows with group rows
    xa_pho_cap_giao_duc        commune UBND plan on phổ cập giáo dục, xóa mù chữ for 2026 (s22a), prose hard-wrapped at 80 characters,
                               2025 results first, levels of the standard and age bands that are no targets, "đạt 93,5%, tăng 1,1% so với
                               năm 2025", "02 lần mỗi tháng", the commune's budget for the plan ("bố trí 85 triệu đồng thực hiện Kế hoạch",
                               no target), named schools, a Ban Chỉ đạo named by a work with a comma ("phổ cập giáo dục, xóa mù chữ xã tự
                               kiểm tra"), "Thành viên Ban Chỉ đạo", "trong Bộ tiêu chí quốc gia …", and a task appendix one cell a line
                               (STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện)
                               s22a on main 2e80af5, gold as first written: both plans 0.797 / 0.987 / 0.966 / 0.914 (misses: the whole
                               school-year appendix, the school year as the period, "giáo viên" counts, a part's indicator, the named
                               curriculum and criteria set; extras: "Kế hoạch | 85 triệu đồng", "Sở Giáo dục và Đào tạo" from a budget
                               estimate, a bare "Ban Chỉ đạo"); gold corrected (a curriculum named inside an indicator is no citation; the
                               part's indicator with its own age band; the count of broadcasts named with what they are about): main
                               so_gddt_nam_hoc 0.784 / 0.981 / 0.963 / 0.960, xa_pho_cap_giao_duc 0.944 / 1.000 / 0.968 / 0.889; s22a after
                               its fixes 0.983 / 1.000 / 1.000 / 1.000 and 1.000 x4 (left: "cử 60 cán bộ quản lý …", a rank "thuộc nhóm 35
                               tỉnh, thành phố dẫn đầu"); the 19 other plans unchanged (0.996 / 0.986 / 0.995 / 1.000); all 21 plans: main
                               0.957 / 0.986 / 0.991 / 0.992, s22a 0.994 / 0.988 / 0.996 / 1.000
    The three plans below (s23a) are a held-out measure: written blind to the indicator gazetteer and measured on main
    (25a84ba) before any fix; "start" is that measure (F1 targets / deadlines / bodies / legal_refs; canonical share = the
    share of the plan's extracted targets with an indicator_id, /work/tools/share.py).
    so_y_te_co_so_bhyt         Sở Y tế plan of 2026 on primary health care and health insurance (s23a): Sở letterhead, KT. GIÁM ĐỐC;
                               2025 results first ("12,8 bác sĩ/vạn dân", "118/129 trạm"), rates per population ("13,5 bác sĩ/vạn dân",
                               "3,2 dược sĩ đại học/vạn dân", "33 giường bệnh/vạn dân, trong đó giường bệnh ngoài công lập đạt 2,6 …"),
                               "khám sức khỏe định kỳ ít nhất 01 lần/năm đạt 60%" (a frequency inside the indicator), "tăng thêm 25.000
                               người", a support norm ("hỗ trợ thêm 20% mức đóng"), a rotation's length ("mỗi đợt tối thiểu 03 tháng"),
                               the plan's own funding with parts, an amended law and its amending law, "Bộ tiêu chí … ban hành kèm theo
                               Quyết định số 1300/QĐ-BYT", "Đề nghị các Sở: Tài chính, Nội vụ, Giáo dục và Đào tạo", "Trung tâm Y tế các
                               khu vực", report cycles, appendix STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026 as
                               tab rows with "trên 10.000 dân" labels; start: targets 0.914 / deadlines 1.000 / bodies 0.867 / refs 0.947;
                               canonical share 25.0%; s23a after its fixes: 1.000 / 1.000 / 1.000 / 1.000, share 29.4% (of 34 targets)
    tinh_viec_lam_dao_tao_nghe UBND tỉnh decision of January 2025 issuing the plan on jobs, vocational training and contract labour
                               abroad (s23a), the plan after "KẾ HOẠCH" and the signature; before the 2025 reorganisation (Sở Lao động -
                               Thương binh và Xã hội, "Giám đốc các sở: …", "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố");
                               breakdowns after "trong đó:" over semicolons with their own units, "trình độ sơ cấp … dưới 3 tháng" (a kind
                               of training), "tăng 3.200 người so với năm 2024", "dưới 2,8%", "giảm còn 16,5%", "lượt người", a support
                               ceiling, the plan's funding after "gồm:", laws by name and date, "Bộ luật Lao động số …", a law whose title
                               holds "theo hợp đồng"; appendix of targets per district (STT | Đơn vị | four measures with their unit in the
                               header, a "Trong đó: …" column, a merged "Tổng cộng" row) one cell per line between "|" lines, the field
                               corpus' shape; start: targets 0.507 / deadlines 1.000 / bodies 1.000 / refs 0.941; canonical share 28.0%;
                               s23a after its fixes: 1.000 / 1.000 / 1.000 / 1.000, share 42.0% (of 50 targets)
    huyen_nuoc_sach_chat_thai_ran  district UBND plan of January 2025 on rural clean water and household solid waste (s23a), prose
                               hard-wrapped at 75 characters mid-sentence: current figures under "THỰC TRẠNG" ("95 tấn/ngày"), "trong đó tỷ
                               lệ chôn lấp trực tiếp dưới 30%; khu vực thị trấn đạt 100%", "12 điểm tập kết rác tự phát" (unit điểm),
                               "150 bể chứa", "tiêu chí số 17", "nâng tổng số lên 23/23 xã", "không để phát sinh …", support norms
                               ("2 triệu đồng/hộ", "50% kinh phí …, tối đa 300.000 đồng/hộ"), "trước ngày 10/6 và 10/12/2025", a water
                               company after "Đề nghị", "Bộ tiêu chí xã nông thôn mới nâng cao", QCVN 01-1:2018/BYT, a national target
                               programme's funds; appendix I Chỉ tiêu | ĐVT | Ước thực hiện năm 2024 | Kế hoạch năm 2025 and appendix II a
                               task table (Chủ trì | Phối hợp | Thời gian hoàn thành: "Tháng 6 và tháng 12/2025", "2025 - 2026") as tab
                               rows; start: targets 0.818 / deadlines 0.941 / bodies 0.963 / refs 0.889; canonical share 30.4%;
                               s23a after its fixes: 0.976 / 1.000 / 1.000 / 1.000, share 35.0% (of 20 targets; left: "150 bể chứa …",
                               the tagger reads "bể" as a verb and "lắp đặt bổ sung" is no commitment cue)
    the three plans together, start (main 25a84ba): targets 0.730 / deadlines 0.977 / bodies 0.947 / legal_refs 0.926; canonical
                               share 27.4% of 84 extracted targets (28.0% median per plan); s23a after its fixes 0.995 / 1.000 / 1.000 /
                               1.000, share 36.5% of 104 (no gazetteer change: the share moved with the rows found and dropped); the 27
                               older plans unchanged, row for row (0.987 / 0.987 / 0.997 / 1.000); all 30: 0.988 / 0.989 / 0.997 / 1.000.
                               The end figures are partly true by construction (the fixes were made on these plans); the start row is
                               the held-out measure.
    tinh_cong_thuong_xuat_khau provincial UBND plan for industry, trade and export in 2026 (s23c, held-out: written blind to the
                               indicator gazetteer): 2025 results first, "tăng 11 - 12% so với năm 2025", "đạt 166.000 tỷ đồng, tăng
                               11,8%" (level and change), "trong đó xuất khẩu của khu vực doanh nghiệp trong nước đạt 4,1 tỷ USD", "không
                               quá 9,5 tỷ USD", "triệu kWh", outputs in tasks ("ít nhất 05 hội chợ, triển lãm quốc tế", "18 đề án …,
                               trong đó 10 đề án …"), the 2025 departments, Chi cục Quản lý thị trường, Chi cục Hải quan khu vực, the State
                               Bank's regional branch, Thuế/Thống kê tỉnh, a power company, a programme cited by name, TCVN ISO 9001:2015,
                               report cycles (quarterly, "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 05/12)", "trước ngày 10 hằng
                               tháng"), appendix STT | Chỉ tiêu | Đơn vị tính | Năm 2025 (ước TH) | Kế hoạch 2026 | So sánh (%) with a range
                               cell and a "Trong đó:" row; start (main 25a84ba): targets 0.929 / deadlines 1.000 / bodies 1.000 / refs 0.929;
                               canonical share 24.4%; s23c after its fixes: 0.929 / 1.000 / 1.000 / 0.963, share 24.4% (a table's unit
                               cell "đề án" before its value no longer cited as "Đề án 14"; left: "12 phiên chợ" read with the unit "phiên",
                               "05 hội chợ, triển lãm" with "hội chợ" (how far a count noun reaches: the contract is silent), "18 đề án …,
                               trong đó 10 đề án …" (NOT_AFTER keeps "N đề án" out as the plan's own structure), the programme cited by
                               its name alone)
    hdnd_phat_trien_doanh_nghiep  provincial HĐND resolution (Điều 1 .. Điều 4, 10/12/2024, before the 2025 reorganisation) on
                               enterprise development and the investment climate 2025 - 2030 (s23c, held-out): targets in the article
                               text under "a) Đến năm 2027", "b) Đến năm 2030" (doanh nghiệp/1.000 dân, PCI/PAPI ranks "thuộc nhóm 15
                               tỉnh, thành phố dẫn đầu", SIPAS "trên 85%", FDI "giai đoạn 2025 - 2027 đạt 4 tỷ USD", "toàn trình", "%/năm",
                               "còn 02 ngày làm việc"), outputs "mỗi năm" (year null), funds with parts, "Đề án … (Đề án 06)", "UBND các
                               huyện, thị xã, thành phố", HĐND's Thường trực and Ban; appendix … | Ước thực hiện năm 2024 | Mục tiêu đến năm
                               2027 | Mục tiêu đến năm 2030 with rank cells "Nhóm 15" and "> 85"; start (main 25a84ba): targets 0.887 /
                               deadlines 0.909 / bodies 1.000 / refs 0.960; canonical share 52.0% (gold corrected after the start: "đạt 7
                               doanh nghiệp/1.000 dân" named as the density, not the count; the start figures are against the corrected
                               gold); s23c after its fixes: 1.000 / 0.957 / 1.000 / 1.000, share 50.0% (56 targets: the ranks found have no
                               canonical indicator; left: the resolution's own period "giai đoạn 2025 - 2030", rule_own_period wanting a
                               plan word in the title)
    huyen_lam_nghiep_dtts      district UBND plan for 2025 on forestry and poverty reduction in ethnic-minority areas (s23c, held-out),
                               hard-wrapped at 70 characters: tỷ lệ che phủ rừng, trồng rừng mới with parts, khoán bảo vệ rừng "95.000 ha
                               rừng cho 126 cộng đồng … và 2.800 hộ gia đình", "giảm ít nhất 10% so với năm 2024", "không quá 2 ha",
                               incomes in "triệu đồng/năm" for đồng bào DTTS, "05 mô hình … với quy mô 50 ha", "24/24 giờ" (none), a
                               yearless dry season "từ tháng 4 đến tháng 8", planting seasons, "trước ngày 15/12 hằng năm", Hạt Kiểm lâm,
                               a border post, forest boards, the social-policy bank's transaction office, a closing "Chủ tịch Ủy ban nhân
                               dân các xã, thị trấn"; appendix … | Thực hiện năm 2024 | Kế hoạch năm 2025 | Ghi chú with "- " part rows
                               under a numbered row and dropped trailing cells; start (main 25a84ba): targets 0.853 / deadlines 0.960 /
                               bodies 0.833 / refs 1.000; canonical share 27.0% (gold corrected after the start: the closing "Chủ tịch Ủy
                               ban nhân dân các xã, thị trấn" is a body, as in the seeds', the dev set's and four plans' gold; bodies 0.865
                               against it); s23c after its fixes: 1.000 / 1.000 / 1.000 / 1.000, share 26.3%
    the three s23c plans together at the start: 0.891 / 0.961 / 0.953 / 0.957 (0.891 / 0.961 / 0.961 / 0.957 against the corrected
    gold), canonical share 35.9% (128 targets; the 27 older plans 54.9%); s23c after its fixes: 0.978 / 0.987 / 1.000 / 0.985, share
    35.6% (135 targets). Fixed, by class: "- " rows without an ordinal under a numbered table row are its parts; "/1.000 dân" kept
    (not "/dân"); ranks "thuộc nhóm N tỉnh, thành phố dẫn đầu" and rank cells "Nhóm N" (le); a frequency right after a value,
    a span of years and ", ưu tiên …" end its name; "với quy mô / có tổng diện tích N" is the size of what was just counted;
    "cộng đồng dân cư" a count unit; Hạt Kiểm lâm, Đồn Biên phòng, Phòng giao dịch NHCSXH heads and "tuần tra" a task verb;
    "Hoàn thành … còn hiệu lực trước ngày …" a deadline; a yearless span of months "từ tháng 4 đến tháng 8"; "(Đề án 06)" after
    its title one reference, "đề án<TAB>14" none. The 27 older plans 0.987 / 0.987 / 0.997 / 1.000 -> 0.988 / 0.987 / 0.997 /
    1.000 (so_gddt_nam_hoc's rank found), all 30 plans: main 0.974 / 0.984 / 0.991 / 0.993, s23c 0.987 / 0.987 / 0.997 / 0.998.
    huyen_an_toan_giao_thong   district UBND yearly plan on traffic order and safety for 2025 (s23b, held out: written blind to the
                               indicator gazetteer) inside a district portal's chrome (menu, breadcrumb, "Lượt xem", metadata fields,
                               "Văn bản liên quan", "Tin liên quan", footer and counters): 2024 results, "giảm từ 5 - 10% trên cả 03 tiêu
                               chí …: giảm từ 5 - 10% số vụ, … số người chết và … số người bị thương", helmet rates with an age, a duration
                               that is no target ("ùn tắc … kéo dài trên 02 giờ"), a table Thực hiện năm 2024 | Kế hoạch năm 2025 ("Dưới 43",
                               "Trên 6.000"), outputs in tasks, the year's budget (no target), a Tết peak period, "định kỳ 6 tháng" without a
                               day, district offices, Huyện đoàn, "Công an xã, thị trấn", a road-management unit;
                               start (main 25a84ba): targets 0.800 / deadlines 0.952 / bodies 0.960 / refs 1.000; canonical share 17.6%;
                               s23b after its fixes: 0.971 / 0.952 / 0.960 / 1.000, share 17.6% (left: "04 đợt kiểm tra" (đợt is read as
                               the plan's own structure), "định kỳ 6 tháng" without a day, the body "Hạt Quản lý đường bộ …")
    so_vhttdl_chuong_trinh_hanh_dong  decision of a Sở VHTTDL director (Điều 1-3) issuing its Chương trình hành động on family, grassroots
                               culture and sport 2026 - 2030 (s23b, held out): numbered sections (2.1., a)), 2021-2025 results, "hằng năm đạt
                               từ 90%" (a level, %) beside "giảm bình quân 5%/năm", "ít nhất 01 câu lạc bộ … và 01 câu lạc bộ …", medals with
                               a part "trong đó … huy chương vàng", an award quota and "02 năm một lần" (none), an indicator table with a "Đơn
                               vị chủ trì" column, a task appendix with a "Sản phẩm" column ("04 lớp tập huấn", "Từ 5 đến 7 huy chương vàng"),
                               "vào tháng 6 hằng năm", "Năm 2027, năm 2029" in one cell, a law and its amending law cited by name and date, a
                               Bộ tiêu chí by name; start (main 25a84ba): targets 0.857 / deadlines 1.000 / bodies 0.952 / refs 0.947;
                               canonical share 37.5%; s23b after its fixes: 0.918 / 1.000 / 1.000 / 1.000, share 30.0% (the three 2025
                               results it drops were canonical; left: the product cells "04 lớp tập huấn" named by the cell, not the task,
                               and "Từ 5 đến 7 huy chương vàng")
    tinh_cong_tac_dan_so       provincial UBND plan on population work 2026 - 2030 (s23b, held out): 2025 figures, "mức sinh thay thế,
                               tổng tỷ suất sinh đạt 2,1 con/phụ nữ", "1,85 triệu người", "dưới 109 bé trai/100 bé gái sinh ra sống", life
                               expectancy in "tuổi" with "trong đó thời gian sống khỏe mạnh đạt tối thiểu 68 năm", heights by sex in cm,
                               counts that define an indicator ("ít nhất 4 loại bệnh …", "ít nhất 01 lần/năm": none), outputs in tasks, funds
                               with their sources, "Các Sở: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Dân tộc và Tôn giáo", a
                               Pháp lệnh, an appendix one column per year (Năm 2026 … Năm 2030) with ĐVT and group rows A/B/C;
                               start (main 25a84ba): targets 0.913 / deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 54.4%;
                               s23b after its fixes: 0.971 / 1.000 / 1.000 / 1.000, share 55.9% (left: "24 chương trình chuyên đề" (chương
                               trình read as a programme's part), "02 trung tâm" (no count unit), the unit "… sinh ra sống" cut to "bé
                               trai/100 bé gái")
    the three s23b plans together at the start: 0.881 / 0.986 / 0.974 / 0.979; canonical share 44.4% of 117 targets
                               (median per plan 37.5%); after s23b's fixes 0.957 / 0.986 / 0.987 / 1.000, share 43.5% of 115 targets;
                               all 30 plans: start 0.974 / 0.987 / 0.994 / 0.998, s23b 0.984 / 0.987 / 0.996 / 1.000 (the 27 older plans
                               unchanged)
    tinh_thuy_san_kinh_te_bien provincial UBND decision issuing a 2026 - 2030 plan on fisheries and the marine economy (s23e, held out,
                               written blind to the indicator gazetteer): the plan after the signature under 'KẾ HOẠCH', 2025 figures,
                               'Chỉ tiêu đến năm 2030' with a 'trong đó' breakdown of the catch, 'm3', 'triệu USD', '5 triệu con giống', the
                               eligibility 'tàu cá từ 15 m trở lên', a markdown table one column per year (Năm 2026 … Năm 2030), outputs in
                               tasks, a quoted '"3 không"', '24/24 giờ', the budget and its sources (no targets), reports 'định kỳ 6 tháng
                               (trước ngày 15/6) và hằng năm (trước ngày 15/12)', 'Điều 3' with office holders, 'xã, phường, đặc khu ven
                               biển', 'Đồn Biên phòng đóng trên địa bàn'; start (main d4f29fd): targets 0.932 / deadlines 1.000 / bodies
                               0.880 / refs 0.947; canonical share 43.2%; s23e after its fixes: 0.943 / 1.000 / 0.923 / 1.000, share
                               44.2% (left: units 'tàu' for '300 tàu cá' and the indicator of '5 triệu con giống' (gold's reading
                               differs), '06 tổ chức' (a count noun read as the verb), 'Chủ tịch UBND các xã, phường, đặc khu' and the bare
                               'Đồn Biên phòng' read as bodies)
    thanh_tra_xac_minh_tai_san provincial Thanh tra decision issuing its 2026 plan for verifying office holders' assets and
                               incomes (s29i, held out, written blind to the indicator gazetteer; Nghị định 130/2020/NĐ-CP): the
                               plan after the signature under 'KẾ HOẠCH', random selection by lottery ('ít nhất 10% số cơ quan …,
                               tương ứng tối thiểu 11 cơ quan, đơn vị, trong đó: khối sở, ban, ngành 03 cơ quan; …'), a tab table
                               Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Kế hoạch năm 2026 with '≥10', baselines ('hiện có 102 đơn vị với
                               3.860 người'), a threshold ('từ 300 triệu đồng trở lên'), deadlines relative to events ('trong thời
                               hạn 05 ngày làm việc kể từ …'), 'Đợt 1: từ tháng 3 đến tháng 6 năm 2026', data-holding bodies after
                               'Đề nghị' (Văn phòng Đăng ký đất đai tỉnh, Ngân hàng Nhà nước Chi nhánh Khu vực 10, Thuế tỉnh …);
                               start (main 278b8b0): targets 0.789 / deadlines 0.889 / bodies 0.960 / refs 1.000; canonical share 33.3%;
                               s29i after its fixes: 0.974 / 0.966 / 1.000 / 1.000, share 26.3% (the breakdown's four parts, now read,
                               are named by no canonical indicator; left: '04 tin, bài' after a clause ending in 'đưa tin …' (the
                               clause's own words name nothing), 'định kỳ 6 tháng' without a day (the dev gold leaves it out))
    so_tu_phap_kiem_tra_van_ban provincial Sở Tư pháp plan on checking, reviewing and systematising legal normative documents
                               in 2026 (s29i, held out), hard-wrapped at 72 characters mid-sentence: many bases (a law and its
                               amending law in one line, Luật Tổ chức chính quyền địa phương, a decree, a Thông tư, a provincial
                               decision, a Kế hoạch), 'Điều 4 Nghị định số …' in the body, 'tự kiểm tra 100% …', 'không dưới 95%',
                               a tab table Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026, 'Các Sở: Tài chính, Nông nghiệp và Môi trường, …',
                               'Danh mục … năm 2025 trước ngày 31/01/2026', 'hệ thống hóa kỳ 2024 - 2028' (no deadline), 'trước
                               ngày 20/11 hằng năm'; start (main 278b8b0): targets 0.938 / deadlines 0.857 / bodies 0.929 / refs
                               1.000; canonical share 37.5%; s29i after its fixes: 0.938 / 0.909 / 1.000 / 1.000, share 37.5% (left: the
                               indicator of '15 xã, phường' (gold's reading takes the heading's words), 'định kỳ 6 tháng', a time limit in
                               a condition 'trường hợp … không xử lý trong thời hạn 30 ngày kể từ …')
    tinh_bao_ve_nguoi_tieu_dung provincial UBND plan on consumer protection and the Vietnamese Consumer Rights Day (15/3) in 2026
                               (s29i, held out): '124/124 xã, phường, đặc khu', 'trên 85%', a hotline number '1800.6838' and the
                               day's name '15/3' (neither target nor deadline), 'giao dịch có giá trị dưới 100 triệu đồng' (a
                               threshold), companies given a task, 'từ quý II đến quý III/2026', 'hằng quý', 'trong dịp Tết Nguyên
                               đán', an appendix Chỉ tiêu | ĐVT | Kết quả năm 2025 | Kế hoạch năm 2026 one cell per line with '>85';
                               start (main 278b8b0): targets 0.882 / deadlines 0.632 / bodies 0.909 / refs 1.000; canonical share
                               58.8% (gold corrected after the start: 'trong dịp Tết Nguyên đán' is no deadline, as the project's tests
                               have it); s29i after its fixes: 0.882 / 0.778 / 1.000 / 1.000, share 58.8% (left: the units 'tin, bài, phóng
                               sự' and 'tờ rơi, tài liệu' (gold's reading; no list names them), 'năm 2026' of the title beside the labelled
                               span of the Day's month, 'hằng quý' / 'định kỳ 6 tháng' without a day, a file's time limit 'kể từ ngày nhận
                               được hồ sơ hợp lệ' (a procedure's step by design))
    the three s29i plans together at the start: 0.865 / 0.806 / 0.930 / 1.000; canonical share 43.1% of 51 targets (median
                               per plan 37.5%); after s29i's fixes 0.933 / 0.899 / 1.000 / 1.000, share 40.4% of 52 targets (median
                               37.5%); the 146 other plans: start 0.969 / 0.972 / 0.987 / 0.994, after 0.969 / 0.973 / 0.987 / 0.994 (deadlines +4 found:
                               'kể từ ngày nhận được kết luận thanh tra', '… báo cáo kết quả thanh tra', '… có kết quả xếp loại', '…
                               công bố điểm thi'; bodies +1: 'Báo và Phát thanh, Truyền hình Lâm Đồng'; no new extra)
    huyen_phat_trien_do_thi_nha_o  district UBND yearly plan on urban development and housing for 2025 (s23e, held out): tỷ lệ đô thị
                               hóa, 'm2 sàn', 'm2 sàn/người', 'lít/người/ngày đêm', 'đô thị loại V', 'tỷ lệ 1/2000', a tab table Thực hiện
                               2024 | Kế hoạch 2025 with a bare 'Trong đó:' row over '-' parts and the prose 'khoảng 720.000 m2 sàn, trong
                               đó …', outputs in tasks ('thêm 18 km tuyến ống', '650 bộ đèn', '02 tuyến đường', '01 công viên … khoảng 2,5
                               ha'), relative deadlines 'trong thời hạn 15/30 ngày kể từ …', a named town's UBND, a water company and a
                               power branch after 'Đề nghị'; start (main d4f29fd): targets 0.864 / deadlines 0.903 / bodies 0.880 / refs
                               1.000; canonical share 19.5% (0.864 / 0.933 / 0.880 / 1.000 with the gold as corrected after the start: '30
                               ngày kể từ ngày nhận đủ hồ sơ' is how long each file takes, no deadline; the 1.200 apartments' indicator);
                               s23e after its fixes: 0.962 / 0.968 / 0.880 / 1.000, share 20.5% (left: 'thêm 18 km tuyến ống' read with the
                               pipe as indicator, '02 tuyến đường' after its object, 'trong thời hạn 15 ngày kể từ ngày phê duyệt',
                               'Điện lực Đức Hòa' cut to 'Điện lực', 'Đội Quản lý trật tự đô thị huyện')
    tinh_thanh_nien_binh_dang_gioi  provincial UBND yearly plan on youth work and gender equality for 2024 (s23e, held out), prose
                               hard-wrapped at 68 characters: jobs for youth with 'trong đó đưa … đi làm việc ở nước ngoài', 'kết nạp …
                               đoàn viên mới', women leaders' shares, gender-based violence, the sex ratio at birth, ages, an anniversary
                               with its dates, 'ít nhất 01 buổi' / 'ít nhất một dịch vụ' that define a 100% share, a tab table Thực hiện
                               2023 | Chỉ tiêu 2024, 'định kỳ 6 tháng và hằng năm' without a day, 'UBND các huyện, thị xã, thành phố', and
                               a 6-column task appendix (… | Thời gian hoàn thành | Sản phẩm) with counted products; start (main d4f29fd):
                               targets 0.775 / deadlines 0.917 / bodies 1.000 / refs 1.000; canonical share 8.7% (0.816 with the gold's
                               unit for '30.000 lượt học sinh' made 'lượt', as bo_dong_vat_hoang_da's '360 lượt cán bộ'); s23e after its
                               fixes: 0.863 / 0.917 / 1.000 / 1.000, share 8.0% (left: the product cells '01 hội nghị đối thoại', '01 bộ
                               tài liệu' (s23b's class), 'ít nhất 01 buổi' read as a target, the unit '… sinh ra sống' cut, 'địa chỉ
                               tin cậy', 'định kỳ 6 tháng và hằng năm' without a day (left since s19d: dev cost))
    the three s23e plans together at the start: 0.872 / 0.937 / 0.923 / 0.980; canonical share 26.9% of 108 targets (median
                               per plan 19.5%); with the corrected gold 0.881 / 0.949 / 0.923 / 0.980; after s23e's fixes 0.931 / 0.962 /
                               0.937 / 1.000, share 27.1% of 107 targets (median 20.5%); all 39 plans at the start (corrected gold) 0.975 / 0.985 / 0.991 /
                               0.997, after 0.980 / 0.986 / 0.992 / 0.998 (the 36 older plans unchanged: 0.984 / 0.988 / 0.997 / 0.998)
    so_khcn_nghi_quyet_57      Sở KH&CN plan after NQ 57-NQ/TW for 2026 with an orientation to 2030 (s23d, held out: written blind
                               to the indicator gazetteer): "% GRDP", "trong đó chi từ xã hội chiếm trên 60%" (a part), "ít nhất 3% tổng
                               chi ngân sách", doanh nghiệp KH&CN "có thêm 05 … nâng tổng số … lên 32", sáng chế "tăng 15% so với năm
                               2025" and "tăng bình quân 16 - 18%/năm", TFP, "12 người trên một vạn dân", số hóa, outputs in tasks
                               closed by "X chủ trì; Y, Z phối hợp." lines, a contest "lần thứ 12 (2026 - 2027)" (none), "định kỳ hằng
                               quý trước ngày 20 của tháng cuối quý", "trước ngày 15/12 hằng năm", a university and "Thống kê tỉnh" as
                               partners; appendix one cell per line (STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Đến năm 2030);
                               start (main d4f29fd): targets 0.919 / deadlines 1.000 / bodies 0.941 / refs 1.000; canonical share 8.3%;
                               s23d after its fixes: 0.973 / 1.000 / 1.000 / 1.000, share 11.1% (left: "30 giao dịch" (tagged a
                               verb), a table row's equal values in two year columns read once)
    tinh_pccc_cnch_cong_thong_tin  provincial UBND plan on fire prevention and rescue (PCCC và CNCH) for 2025 inside the province
                               portal's chrome (menus, login, breadcrumb, "Thứ sáu, 20/12/2024", "Lượt xem", metadata fields, "Văn bản
                               liên quan", "Tin cùng chuyên mục", footer with a licence number and counters) (s23d, held out): the bases
                               as one "Thực hiện …;" paragraph (a decree whose subject names a law and its amending law), "giảm ít nhất
                               5% số vụ cháy … so với năm 2024", "trong đó … ít nhất 02 lần/năm", "không quá 10 phút" (a duration that is
                               a target), rates "02 kỳ/tháng", "01 lần/tuần", a table Thực hiện năm 2024 | Kế hoạch năm 2025 ("Dưới
                               200"), "Công an tỉnh (Phòng Cảnh sát PCCC và CNCH)", "UBND thành phố Vinh, thị xã Cửa Lò, thị xã Hoàng
                               Mai", "UBND các huyện, thị xã, thành phố", a water company, "định kỳ 6 tháng (trước ngày 15/6) và năm
                               (trước ngày 15/12)", "Ngày toàn dân PCCC (04/10)" (none), a task appendix (tab rows, "Hằng năm": none);
                               start (main d4f29fd): targets 0.816 / deadlines 0.966 / bodies 0.889 / refs 0.923; canonical share 0.0%;
                               s23d after its fixes: 0.880 / 1.000 / 1.000 / 0.923, share 0.0% (left: "… PCCC và CNCH cho 25.000 lượt
                               người" cut at its "và", "không quá 10 phút" (a time the plan commits to, read as a duration), the
                               year of "so với năm 2024" in the clause before, the law named in a decree's subject)
    xa_nghi_quyet_bao_tro_xa_hoi  commune HĐND resolution (two-tier government) issuing the commune's 2026 plan on social protection,
                               the elderly, children and people with meritorious service, hard-wrapped at 72 characters (s23d, held
                               out): current figures and the statutory "500.000 đồng/tháng" (none), ages "tròn 70, 75, … 100 tuổi",
                               "khoảng 640 đối tượng", "Xây mới 03 … và sửa chữa 05 nhà tình nghĩa", "Thành lập mới 02 … nâng tổng số …
                               lên 06", "tặng 200 suất quà", "trước ngày 27/7/2026 nhân kỷ niệm 79 năm … (27/7/1947 - 27/7/2026)", "trước
                               ngày 10 hằng tháng", "từ ngày 01/9 đến ngày 30/11/2026", a Pháp lệnh, a Tờ trình after "Xét", the
                               Thường trực and "các Ban của Hội đồng nhân dân xã", a tab table (ĐVT | Năm 2026, padded "03");
                               start (main d4f29fd): targets 0.895 / deadlines 1.000 / bodies 0.960 / refs 1.000 (bodies 1.000 against
                               the corrected gold: "các Ban của Hội đồng nhân dân xã" is one body, as the older gold reads it);
                               canonical share 5.6%; s23d after its fixes: 0.923 / 1.000 / 1.000 / 1.000, share 5.3% (left: "tặng 200
                               suất quà" read as an award quota, "sửa chữa 05 nhà tình nghĩa" named without its verb)
    the three s23d plans together at the start: 0.882 / 0.986 / 0.926 / 0.980 (bodies 0.938 against the corrected gold);
                               canonical share 5.2% of 77 targets (median per plan 5.6%; gold settled before the start figures: one
                               indicator kept as written, "Hằng năm" alone in a time cell no deadline and "15/6", "15/12" as the older
                               gold reads them, an action programme typed "Chương trình hành động" as the older gold does);
                               s23d after its fixes 0.932 / 1.000 / 1.000 / 0.980, share 6.3% of 79 targets (the indicator gazetteer is
                               not s23d's: none of the new plans' genres, fire prevention, science and technology, social protection,
                               is in it). Fixed, by class: a count's per-unit of time ("02 kỳ/tháng", "01 lần/tuần", "/quý"); a
                               density's base in words ("12 người trên một vạn dân"); "bổ sung" after a commitment verb ("lắp đặt bổ
                               sung 150 trụ"); "nâng <what> lên N <count noun>"; "trong đó chi … chiếm trên 60%" a part of the whole
                               even after a measure's head; names of units by intellectual property and
                               standards-metrology-quality ("Phòng Sở hữu trí tuệ và Tiêu chuẩn đo lường chất lượng"); "yêu cầu" ends
                               a body's name; "UBND thành phố Vinh, thị xã Cửa Lò, thị xã Hoàng Mai" one body per place of one rank;
                               a portal's dateline "Thứ sáu, 20/12/2024 - 15:42" is chrome. The 30 older plans unchanged (0.984 /
                               0.988 / 0.997 / 0.998), all 33: 0.981 / 0.989 / 0.997 / 0.997; seeds, dev, field, wide: no row changed.
    The three plans below (s24a) are a held-out measure in genres no older plan covers, written blind to the indicator
    gazetteer and measured on main (384e628) before any fix ("start": F1 targets / deadlines / bodies / legal_refs; canonical
    share = the share of the plan's extracted targets with an indicator_id, /work/tools/share.py).
    so_tu_phap_pbgdpl          Sở Tư pháp yearly plan for 2026 on legal dissemination and education (PBGDPL), grassroots mediation
                               and communes/wards meeting the 'tiếp cận pháp luật' standard, prose hard-wrapped at 70 characters mid-sentence:
                               2025 results ("3.265/3.910 vụ việc, đạt tỷ lệ 83,5%"), outputs in tờ gấp, cuốn sổ tay, chuyên mục, hòa giải viên
                               ("khoảng 3.000 …, trong đó ít nhất 500 … là người dân tộc thiểu số"), "tại ít nhất 05 thôn, tổ dân phố", a scoring
                               threshold ("không để xã, phường nào có tiêu chí dưới 50% số điểm": none), "trong quý I và quý III năm 2026", an
                               anniversary "(ngày 09/11)", the Sở's Phòng named with the Sở in parentheses and a comma in its name, bodies after
                               "phối hợp với", a Kết luận citing a Chỉ thị in its subject, a tab appendix Thực hiện năm 2025 | Kế hoạch năm 2026
                               ("Trên 96"); start: targets 0.727 / deadlines 0.968 / bodies 0.917 / refs 1.000; canonical share 9.1% (of 22);
                               s24a after its fixes: 0.909 / 0.968 / 1.000 / 1.000, share 9.1% (of 22; left: "25.000 tờ gấp và 4.000
                               cuốn sổ tay …" (the tagger reads "gấp" as an adjective; the second count named by its noun, not
                               the verbs before the first), the bare "định kỳ 6 tháng" (left since s19d: dev cost))
    xa_quoc_phong_quan_su      commune chairman's decision (two-level government, January 2026) issuing the commune's plan for local
                               defence and military work, the plan after the signature under 'KẾ HOẠCH': military recruitment and the police
                               service call ("42 công dân …, trong đó: … 37 công dân; … 05 công dân"), "Giao quân đạt 100% chỉ tiêu", the militia
                               ("1,4% so với dân số", "01 trung đội …và 08 tổ …"), categories that are no values ("đối tượng 3/4", "đủ 17 tuổi",
                               "11 luật"), statutory training days and a support norm (none), relative deadlines ("trước thời gian giao quân ít
                               nhất 15 ngày", "sau khi có hướng dẫn của …"), the commune's offices, its military service council, a regional
                               health centre, an amending law, a joint circular, a tab indicator table in the body and a task appendix;
                               start: targets 0.800 / deadlines 0.944 / bodies 0.960 / refs 0.900; canonical share 5.9% (of 17);
                               s24a after its fixes: 0.957 / 0.944 / 1.000 / 1.000, share 4.3% (of 23; left: "…, thực hiện 24 tin, bài
                               trong năm" named by the words after it, not the action before the comma; the relative deadlines "trước thời gian
                               giao quân ít nhất 15 ngày" and "sau khi có hướng dẫn của …" in prose, which the wide corpus' procedures also write)
    tinh_an_toan_thuc_pham     provincial UBND plan on food safety for 2026: a poisoning rate "dưới 6 người/100.000 dân", an event
                               threshold ("vụ ngộ độc … từ 30 người mắc trở lên": none), "ít nhất 01 lần/năm" inside an indicator, "Xây dựng mới
                               06 chợ …, nâng tổng số … lên 28 chợ", TCVN 11856:2017, the Tháng hành động and inspection windows across the year,
                               "Sở Y tế (Cơ quan Thường trực …)", "Công an tỉnh (Phòng Cảnh sát kinh tế)", "các Sở: …", two Chi cục, "Trạm Y tế
                               xã, phường", "Kiến nghị Cục An toàn thực phẩm, Bộ Y tế", a sanctions decree and its amending decree, and the
                               indicator appendix one cell per line between '|' lines with a "Cơ quan chủ trì" column and cells "≥ 90", "< 6";
                               start: targets 0.955 / deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 0.0% (of 22);
                               s24a after its fixes: 1.000 / 1.000 / 1.000 / 1.000, share 0.0% (of 22)
    the three s24a plans together at the start: 0.828 / 0.966 / 0.965 / 0.968; canonical share 4.9% of 61 extracted targets
                               (median per plan 5.9%; no gazetteer entry covers these genres; gold settled before the start figures: the unit of
                               "4.000 cuốn sổ tay" is "cuốn sổ tay", as "căn nhà" in tinh_giam_ngheo_da_chieu's prose); after s24a's fixes
                               0.955 / 0.966 / 1.000 / 1.000, share 4.5% of 67 (no gazetteer change); the 42 older plans 0.977 / 0.987 / 0.993 /
                               0.997 -> 0.978 / 0.987 / 0.993 / 0.997 (two left misses found: so_gddt_nam_hoc's "cử 60 cán bộ quản lý tham gia bồi
                               dưỡng …", tinh_cong_tac_dan_so's "phát sóng ít nhất 24 chương trình chuyên đề"), all 45: 0.970 / 0.986 / 0.991 / 0.994
                               -> 0.977 / 0.986 / 0.993 / 0.997; seeds, dev, field, wide: no row changed. Fixed, by class: count nouns (a noun "phần"
                               opens, "phần mềm", is no fraction; "kiện toàn" commits to the units it consolidates; persons by the role a law gives
                               them, hòa giải viên, báo cáo viên, tuyên truyền viên, điều tra viên, công dân; "thôn, tổ dân phố" one unit); a count
                               of places after "tại/ở" named by the action; what a plan prevents, defined by a threshold, is no target; those sent
                               to be trained and programmes a broadcaster airs are outputs; "phổ biến, giáo dục pháp luật" one field of a name; a
                               council named by its work in lower case before its level; an amending law of laws named by their fields runs to its
                               own number; a law's name ends before where it is made known ("trên hệ thống truyền thanh …"). As DOCX
                               and PDF (formats.py --only=…) the three plans score as in text: start 0.828 / 0.966 / 0.965 / 0.968, after s24a's
                               fixes 0.955 / 0.966 / 1.000 / 1.000
    The three plans below (s24c) are a held-out measure, written blind to the indicator gazetteer; "start" is measured on
    branch s24c from main 384e628 before any fix (F1 targets / deadlines / bodies / legal_refs; canonical share = the
    share of the plan's extracted targets with an indicator_id).
    so_y_te_phong_chong_hiv    Sở Y tế plan on HIV/AIDS for 2026 as pdftotext -layout gives it (s24c): a two-column letterhead
                               on shared lines, indented paragraphs hard-wrapped by the layout, form feeds with the page number
                               and a running header at each page's top, a table Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế
                               hoạch năm 2026 in space-aligned columns whose labels and unit ("lượt / người") wrap onto a second
                               line; 95-95-95 shares, "dưới 270 người", "giảm 10% so với năm 2025", "trong đó nhóm … 18.000 lượt
                               người", methadone "người bệnh", PrEP, "nâng tổng số lên 12 cơ sở", a law and its amending law by
                               number, national and Sở units (CDC, Phòng Nghiệp vụ Y - Dược, Viện Pasteur), "Đề nghị các sở, ban,
                               ngành, đoàn thể" with "- Body: task" lines; start: targets 0.867 / deadlines 1.000 / bodies 0.903 /
                               refs 0.933; canonical share 14.3% (of 28 targets)
    qd_bao_ve_moi_truong       UBND tỉnh decision issuing the provincial environment protection plan 2026 - 2030 (s24c): the plan
                               after Điều 1-3 and the signature, "Đến năm 2027" / "Đến năm 2030" lists, solid waste urban/rural as a
                               part ("khu vực nông thôn đạt 90%"), industrial-park wastewater, automatic monitoring stations with a
                               breakdown ("trong đó 06 trạm … và 06 trạm …", "nâng tổng số … lên 53 trạm"), "02 nhà máy … với tổng
                               công suất 1.500 tấn/ngày", "m2/người", "cây/năm", an indicator table Hiện trạng năm 2025 | Năm 2027 |
                               Năm 2030 ("Dưới 15", "Trên 95", "nghìn cây"), a 6-column task appendix (… | Thời gian hoàn thành | Sản
                               phẩm) with counted products; start: targets 0.818 / deadlines 0.929 / bodies 1.000 / refs 1.000;
                               canonical share 44.2% (of 43 targets)
    so_noi_vu_dao_tao_boi_duong  Sở Nội vụ plan on training and fostering cadres, civil servants and public employees for 2026
                               (s24c), plain prose hard-wrapped at 88 characters: targets in running sentences ("45 lớp bồi dưỡng
                               cho khoảng 4.200 lượt người", "770 người, trong đó cao cấp … 120 người và trung cấp … 650 người"),
                               numbers that are no targets ("đối tượng 3", "bậc 3 theo Khung năng lực ngoại ngữ 6 bậc", "06 tháng"),
                               "lượt cán bộ, công chức, viên chức", a table one cell per line (STT | Nội dung bồi dưỡng | Số lớp | Số
                               lượt người | Thời gian thực hiện, a "Tổng cộng" row, "Quý II - quý III/2026"), "định kỳ 6 tháng và
                               hằng năm" without a day, the Sở's Phòng Công chức, viên chức, Trường Chính trị tỉnh, "Ủy ban nhân dân
                               các xã, phường, đặc khu", Ban Tổ chức Tỉnh ủy; start: targets 0.500 / deadlines 0.889 / bodies 0.857 /
                               refs 1.000; canonical share 0.0% (of 18 targets)
    the three s24c plans together at the start: targets 0.750 / deadlines 0.937 / bodies 0.925 / legal_refs 0.980; canonical
                               share 25.8% of 89 targets (median per plan 14.3%)
    s24c after its fixes (branch s24c, blind plans, no gazetteer change): so_y_te_phong_chong_hiv 0.968 / 1.000 / 0.903 / 1.000,
                               share 20.0% (of 30); qd_bao_ve_moi_truong 0.989 / 0.929 / 1.000 / 1.000, share 47.7% (of 44);
                               so_noi_vu_dao_tao_boi_duong 0.879 / 0.929 / 0.952 / 1.000, share 0.0% (of 32); the three together
                               0.949 / 0.950 / 0.950 / 1.000, share 25.5% of 106 targets (gold corrected after the start: the
                               landfills' unit "bãi", as the tests' count nouns read "Đóng cửa 43 bãi chôn lấp"; the start figures
                               are against it, unchanged). Fixed, by class: pdftotext tables whose header's second line mixes a
                               wrapped name's end with the columns' years ("tính   năm 2025   năm 2026"); columns named "Số" and a
                               count unit ("Số lớp", "Số lượt người") with the caption's year, a total row ending a table of one
                               cell a line; a task table's product cells that open with a count ("02 nhà máy", "04 lớp tập huấn",
                               "120 bộ thiết bị": also so_vhttdl, bo_dong_vat, tinh_thanh_nien's left misses) named by their task;
                               a part after a whole whose name ends in a comma ("tự động, liên tục, trong đó 06 trạm …"); a count
                               restated as its total or yearly average ("nâng tổng số lên 12 cơ sở", "bình quân 300.000 cây/năm");
                               sizes "với tổng công suất", "với/có tổng số"; "trên 12 tháng đạt 80%" (no elapsed months); "Cử 25
                               người đi đào tạo" (no quota); units "người bệnh", "nhà máy", the civil-service kinds ("công chức,
                               viên chức"); the body "Phòng Công chức, viên chức"; a law's bracketed short name before its number
                               ("… ở người (HIV/AIDS) số 64/2006/QH11"). Left: a table's "Tổng cộng" row of one cell a line;
                               "Về <topic>, …" kept in a name; "bồi dưỡng … cho ít nhất 2.000 lượt …" and "ít nhất 20% số lớp …"
                               named after the value; "chiếc bao cao su" (a classifier read with one syllable); "03 nhóm đối tượng"
                               (nhóm is the plan's structure to NOT_AFTER); "Đóng cửa, cải tạo phục hồi môi trường 05 bãi" (two
                               verbs before the count); "Bệnh viện Đa khoa Trung tâm An Giang", "… khu vực tỉnh An Giang" cut at
                               "Trung tâm"/"khu vực"; the issuer after "phối hợp với"; "từ ngày 01/01/2026" (before the issue date,
                               dropped by design), "trong năm 2026" after a citation, "định kỳ 6 tháng và hằng năm" without a day
                               (left since s19d). The 42 older plans: 0.977 / 0.987 / 0.993 / 0.997 -> 0.979 / 0.987 / 0.993 /
                               0.997 (four product cells found, two names better); all 45: 0.976 / 0.984 / 0.990 / 0.997.
    The three plans below (s24b) are a held-out measure on genres no earlier plan covers, written blind to the indicator
                               gazetteer and measured on main (384e628) before any fix ("start": F1 targets / deadlines / bodies / legal_refs
                               of the plan alone; canonical share = the share of its extracted targets with an indicator_id, share.py).
    tinh_ocop_cong_thong_tin   provincial UBND plan on the OCOP programme (Mỗi xã một sản phẩm) 2026 - 2030 inside the province portal's
                               chrome (dateline "Thứ ba, 27/01/2026", menus, breadcrumb, metadata fields, "Văn bản liên quan", "Tin liên
                               quan" with figures, footer and counters): 2021-2025 results, "ít nhất 600 sản phẩm … từ 3 sao trở lên, trong
                               đó … 60 sản phẩm đạt 4 sao và 08 sản phẩm đạt 5 sao", "chủ thể OCOP", "tối thiểu 40%", "tăng 10%/năm", "phát
                               triển thêm 17 điểm …, nâng tổng số lên 45 điểm", "ít nhất 01 sản phẩm" / "ít nhất một sàn" inside a 100%
                               share, outputs in tasks (phóng sự, lớp, lượt, chuyến, hội chợ, "05 tổ hợp tác, hợp tác xã"), the plan's
                               budget (none), a Hội đồng đánh giá, phân hạng, banks and mass organisations after "Đề nghị", "UBND các xã,
                               phường", yearly deadlines "trước ngày 30 tháng 9 hằng năm", "định kỳ 6 tháng (trước ngày 15/6) và hằng năm
                               (trước ngày 15/12)", a Bộ tiêu chí and the Programme issued by the decisions cited (one reference each), an
                               appendix one column per year (Năm 2026 … Năm 2030) as tab rows;
                               start: targets 0.964 / deadlines 0.947 / bodies 0.966 / refs 0.933; canonical share 10.7%;
                               s24b after its fixes: 0.982 / 0.947 / 1.000 / 1.000, share 10.7% (left: "05 tổ hợp tác, …" read
                               with the unit "tổ" (the tagger splits the compound), the dateline "Thứ ba, 27/01/2026" without a
                               clock time (tests/test_chrome.py keeps a weekday date alone as a document's own schedule line))
    so_cong_thuong_thuong_mai_dien_tu  Sở Công Thương plan of 2026 on e-commerce and trade promotion, Sở letterhead, KT. GIÁM ĐỐC,
                               prose hard-wrapped at 80 characters: 2025 results first, "tăng 20% so với năm 2025, đạt khoảng 1.850 tỷ
                               đồng", "100% siêu thị, trung tâm thương mại và 90% cửa hàng tiện lợi", "ít nhất 200 doanh nghiệp, hợp tác
                               xã, hộ kinh doanh …, trong đó có 80 hợp tác xã", "ít nhất 12 hội chợ … và 03 hoạt động …", chợ and siêu
                               thị ("nâng tổng số … lên 21 siêu thị", "30 chợ …, trong đó 100% chợ hạng 1"), outputs in tasks, the Sở's
                               phòng and trung tâm, Chi cục Quản lý thị trường, a university, a national Cục named with its ministry after
                               a comma, "Công an tỉnh (Phòng …)", "Đề nghị các Sở: …", a bank's regional branch, the post office and a
                               telecoms company, the issuing Sở (no body of its own plan), an amending decree beside the one it amends, a
                               schedule "định kỳ hằng quý, trước ngày 15 của tháng cuối quý", "từ ngày 15/10 đến ngày 20/10/2026", and a
                               tab table Ước thực hiện năm 2025 | Kế hoạch năm 2026 | Ghi chú ("Tăng 20%");
                               start: targets 0.914 / deadlines 1.000 / bodies 0.903 / refs 1.000; canonical share 6.1%;
                               s24b after its fixes: 0.986 / 1.000 / 0.968 / 1.000, share 5.6% (left: "03 hoạt động xúc tiến …"
                               ("hoạt động" tagged a verb), the issuing Sở after "Phối hợp với" (s22j's class))
    huyen_giao_thong_nong_thon district UBND plan of February 2025 on rural roads, bridges and road maintenance (before the 2025
                               reorganisation: "UBND các xã, thị trấn", Phòng Kinh tế và Hạ tầng, Sở Giao thông vận tải): 2024 results,
                               "Cứng hóa 42,5 km …, trong đó: đường trục xã 12,3 km; …" over semicolons, "19/19 xã", "m2", "lắp đặt bổ
                               sung 320 biển báo … và 2,8 km hộ lan tôn sóng", "02 đợt trong năm (tháng 3 và tháng 9 năm 2025)", a design
                               norm ("chiều rộng tối thiểu 3,5 m": none), a petition's time limit (none), the plan's budget with its parts
                               (none), TCVN 10380:2014, a law named in a decree's subject; appendix I Thực hiện năm 2024 | Kế hoạch năm
                               2025 and appendix II a per-project table STT | Tên công trình | Địa điểm | Quy mô (km) | Tổng mức đầu tư (tỷ
                               đồng) | Chủ đầu tư | Thời gian hoàn thành as markdown pipe rows with group rows A/B/C carrying totals (each
                               project's km a target, its investment the plan's budget: none; its commune UBND as chủ đầu tư a body; every
                               distinct completion time a deadline);
                               start: targets 0.725 / deadlines 0.941 / bodies 0.897 / refs 0.947; canonical share 0.0%;
                               s24b after its fixes: 0.950 / 1.000 / 1.000 / 0.947, share 0.0% (left: "02 đợt trong năm" of an
                               action (đợt is read as the plan's own part, the contract's list), "320 biển báo hiệu" read with the
                               unit "biển báo hiệu", the law named in a decree's subject after "Điều 77" (s23d's class))
    the three s24b plans together at the start: 0.884 / 0.957 / 0.921 / 0.958; canonical share 6.8% of 117 targets (median per
                               plan 6.1%); after s24b's fixes 0.974 / 0.986 / 0.989 / 0.979, share 6.1% of 131 targets (median
                               5.6%; the gazetteer is not s24b's: OCOP, e-commerce and rural roads are none of its genres); the
                               42 older plans 0.977 / 0.987 / 0.993 / 0.997 -> 0.979 / 0.987 / 0.993 / 0.997 (five more matched,
                               bo_dong_vat_hoang_da's Ghi chú "Giảm ít nhất 10%" among them, one extra named better); seeds, dev,
                               field and wide: no row changed. Fixed, by class: a note cell "Tăng 20%" / "Giảm ít nhất 10%" a row
                               of its own; a list of
                               works ("DANH MỤC CÔNG TRÌNH … NĂM 2025": size column, counts in a work's name, cost column none,
                               "Chủ đầu tư" the doers' column); works verbs as commitments (xây mới, nâng cấp, gia cố, cứng hóa
                               …); "… và sửa chữa, gia cố 03 cầu" a commitment of its own; the level after a change ("tăng 20%
                               …, đạt 1.850 tỷ đồng"); a count's part after "trong đó" and a share of a kind of the units counted;
                               "nâng tổng số lên 45 điểm" no score; a share's criterion after a list of verbs; months coordinated
                               in parentheses; a council named by its work; a member school "- Đại học X"; QLDA; a running-case
                               title as the plan's own (its portal copy cites nothing). As DOCX and PDF (formats.py --only=the
                               three): 0.974 / 0.986 / 0.989 / 0.979 each, as the text
    The three plans below (s24d) are a held-out measure: written blind to the indicator gazetteer, measured on branch s24d
    (from main 384e628) before any fix; "start" is that measure (F1 targets / deadlines / bodies / refs, each plan alone).
    so_nnmt_thi_dua_2026       Sở Nông nghiệp và Môi trường plan of January 2026 for its emulation campaign "… thi đua hoàn thành
                               thắng lợi nhiệm vụ năm 2026" (s24d), hard-wrapped at 75 characters: contest contents with professional
                               targets in prose ("đạt từ 4,2% trở lên", "trên 01 ha đất trồng trọt đạt bình quân 155 triệu đồng", "nâng
                               tổng số … lên 520 sản phẩm", "thuộc nhóm 5 sở, ban, ngành dẫn đầu", "Mỗi phòng, chi cục … có ít nhất 01
                               sáng kiến"), two peak rounds "đợt 1 từ ngày … đến ngày …" (02 đợt: none), award quotas "không quá 05 tập
                               thể và 10 cá nhân" and the award fund (none), "từ ngày ký ban hành đến hết ngày 31/12/2026", the Sở's own
                               units (Văn phòng Sở, Phòng Kế hoạch - Tài chính, Hội đồng Thi đua - Khen thưởng Sở, chi cục, Công đoàn
                               cơ sở Sở, Chi đoàn Sở), a decree and its amending decree each cited, "Luật Lâm nghiệp" by name; appendix
                               STT | Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Kế hoạch năm 2026 | Đơn vị chủ trì theo dõi as tab rows;
                               start: targets 0.912 / deadlines 1.000 / bodies 0.815 / refs 1.000; canonical share 54.5% (33 targets);
                               s24d after its fixes: 0.986 / 1.000 / 0.966 / 1.000, share 52.9% (34 targets; left: "Tổ chức ít nhất 02
                               hoạt động văn hóa" ("hoạt động" read as the verb), "Phòng Kế hoạch - Tài chính quản lý, chi trả" (the
                               lower-case verb "quản lý" read into the name))
    hdnd_xa_hoi_hoc_tap_van_hoa_doc  provincial HĐND resolution (Điều 1-4, April 2026, two-tier government) on the learning society
                               and reading culture 2026 - 2030 (s24d): targets in the articles under "2. Mục tiêu cụ thể đến năm 2030"
                               and "3. Mục tiêu đến năm 2027", an age range in an indicator ("từ 15 đến 60"), parallel titles with their
                               own values ("\"Gia đình học tập\" đạt 75%, \"Dòng họ học tập\" đạt 60%, …"), "0,35 bản/người dân", "trong
                               đó … chiếm không dưới 10%", "ít nhất 02 lần/năm", "02 năm một lần" (none), a commemorative day "(21/4)"
                               (none), the plan's funding with parts (none), "Giao Ủy ban nhân dân tỉnh … chỉ đạo: a) Sở …", "chỉ đạo
                               Thư viện tỉnh phối hợp với Thư viện Quốc gia Việt Nam", HĐND's Thường trực and Ban, a Kết luận continuing
                               a Chỉ thị, decisions approving Đề án "…"; appendix a markdown pipe table with group rows A/B (Ước thực hiện
                               năm 2025 | Đến năm 2027 | Đến năm 2030); start: targets 0.945 / deadlines 0.933 / bodies 0.933 / refs
                               1.000; canonical share 6.7% (45 targets); s24d after its fixes: 0.989 / 0.933 / 1.000 / 1.000, share
                               6.7% (left: the resolution's own period in its title (rule_own_period wants a plan word, as s23c left
                               it), "phát sóng ít nhất 24 chuyên mục mỗi năm" in the article "Tổ chức thực hiện" (an article's value
                               needs a commitment's word))
    tinh_giai_ngan_dau_tu_cong provincial UBND plan of February 2026 to speed up public-investment disbursement in 2026 (s24d): 2025
                               results and the capital allocated for 2026 with its parts and project counts (none: given, not committed),
                               cumulative disbursement milestones "đến hết quý I năm 2026 đạt tối thiểu 15%; … quý II … 45%; …", "còn
                               không quá 15 ngày" (a duration that is a target), "khoảng 4,5 triệu m3", a threshold "dự án có tỷ lệ giải
                               ngân dưới 30% … sẽ bị xem xét điều chuyển vốn" (none), "trong thời hạn 01 ngày làm việc" (none), an
                               amending law whose title lists eight laws (one reference), a Công điện, "Kiến nghị Bộ Tài chính …",
                               Kho bạc Nhà nước Khu vực XI, reports "trước ngày 15/20/25 hằng tháng", "định kỳ hằng tháng"; a table of key
                               projects one cell per line (STT | Tên dự án | Chủ đầu tư | Kế hoạch vốn năm 2026 được giao | Tỷ lệ giải
                               ngân đến 30/6/2026 (%) | Tỷ lệ giải ngân đến 31/12/2026 (%) | Thời gian hoàn thành) with a "Tổng cộng"
                               row; start: targets 0.356 / deadlines 0.930 / bodies 0.727 / refs 0.750; canonical share 26.7% (15 targets);
                               s24d after its fixes: 0.968 / 0.930 / 1.000 / 1.000, share 3.1% (32 targets: the capital allotted, which
                               the gazetteer knew, is no longer a target, the 16 project cells have no canonical indicator; left: "Số dự
                               án được bố trí vốn là 412 dự án, trong đó 118 …" (a count allotted), the quarter milestones "đến hết quý
                               I năm 2026" read as the targets' time, not as deadlines, "định kỳ hằng tháng" without a day (s19d))
    the three s24d plans together at the start: 0.804 / 0.951 / 0.822 / 0.906; canonical share 26.9% of 93 extracted targets
                               (median per plan 26.7%). Gold settled before the start figures: "từ ngày ký ban hành đến hết ngày …" with
                               date null and its date_end, as the field gold reads "Từ ngày ban hành Kế hoạch đến hết ngày …"; the year in
                               a quoted campaign title no deadline where the plan states its own time ("Thời gian: …"); after the start,
                               the year of "đạt trên 95% … trước ngày 31/01/2027" made 2027 (the contract's year), an attribute only.
                               s24d after its fixes: 0.982 / 0.951 / 0.990 / 1.000, share 19.8% of 111 targets. Fixed, by class: a list
                               of projects (Tên dự án | Chủ đầu tư | … | Tỷ lệ giải ngân đến 30/6/2026 (%)) read as a table in any
                               shape ("Chủ đầu tư" a lead column, a column measured at a date gives targets scoped by the row); a
                               schedule's steps due by a quarter or day before their value on one series, a cumulative ("lũy kế")
                               value due by a date committed, the due date out of the name; a numbered amending law's subject over
                               the laws it amends listed with semicolons; a threshold holding a commitment's word; the capital a
                               public-investment plan is allotted (its funding); a procedure named in full before "còn không quá N
                               ngày"; units of an agency holding a count ("Mỗi phòng, chi cục … có ít nhất 01 …"); a share of the
                               whole that reaches a level after "trong đó" ("… ít nhất 40% đạt mức độ 2") a part; ranks among
                               departments or communes; "/người dân"; bodies: the specialised project boards, Thư viện tỉnh / Thư
                               viện Quốc gia Việt Nam, Công đoàn cơ sở, Chi đoàn, "Hội đồng Thi đua - Khen thưởng Sở" (and such a
                               heading not joined to its task by the unwrapper). The 42 older plans identical row for row; all 45:
                               0.977 / 0.984 / 0.993 / 0.997; seeds, dev, field, wide: no row changed.
    The three plans below (s24f) are a second held-out measure, written blind to the indicator gazetteer in genres no older
    plan covers, measured on branch s24f (from main d7c67a3) before any fix ("start": F1 targets / deadlines / bodies / refs,
    each plan alone; share = targets with a canonical indicator).
    tinh_mtqg_dan_toc_mien_nui provincial UBND plan of January 2026 carrying out the national target programme for ethnic-
                               minority and mountainous areas (QĐ 1719/QĐ-TTg) in 2026 (s24f): the programme's projects (đất ở,
                               nhà ở, nước sinh hoạt phân tán, chuyển đổi nghề, hạ tầng thôn bản, Dự án 3/5/6/7/8), 2025 results
                               (none), several targets a line, subsidy norms "44 triệu đồng/hộ" (none), the plan's funding with
                               parts (none) and money to raise (one), "sơ kết 6 tháng trong tháng 7/2026", "định kỳ 6 tháng
                               (trước ngày 15/6)", "hằng quý, trước ngày 20 của tháng cuối quý", Sở Dân tộc và Tôn giáo, "Kiến
                               nghị Bộ …"; appendix a tab table with years as columns (Thực hiện năm 2024 | Ước thực hiện năm
                               2025 | Kế hoạch năm 2026: only the last gives targets); a decree cited with its amending decree;
                               start: targets 0.972 / deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 27.8% (36 targets)
    xa_dang_uy_kiem_tra_giam_sat  commune Party committee's inspection and supervision programme for 2026 (Chương trình kiểm
                               tra, giám sát của Ban Thường vụ Đảng ủy xã, s24f), hard-wrapped at 80 characters: Party letterhead
                               (ĐẢNG BỘ TỈNH / ĐẢNG ỦY XÃ, "*", 09-CTr/ĐU), counts of inspections as targets ("kiểm tra 04 tổ chức
                               đảng và 06 đảng viên", "kiểm tra tài chính đảng 04 chi bộ", "mỗi chi bộ kiểm tra ít nhất 02 đảng
                               viên"), "quý II và quý III năm 2026", a markdown pipe table (Nội dung | Đối tượng | Chỉ tiêu | Thời
                               gian | Cơ quan tham mưu), Party bodies (Ủy ban Kiểm tra Đảng ủy xã, Văn phòng Đảng ủy xã, Ban Xây
                               dựng Đảng Đảng ủy xã, Đảng ủy Ủy ban nhân dân xã, Ủy ban Kiểm tra Tỉnh ủy); Điều lệ Đảng, a Quy chế
                               and a congress's Nghị quyết cited without a number (none: not among the contract's types without a
                               number); start: targets 0.593 / deadlines 0.923 / bodies 0.857 / refs 0.727; canonical share 0.0%
                               (9 targets)
    tinh_xuc_tien_du_lich_cong_thong_tin  provincial UBND tourism promotion and festival plan for 2026 in a provincial portal's
                               chrome (menus, breadcrumb, metadata fields, "Văn bản liên quan", "Tin liên quan", footer; s24f):
                               visitors, receipts, stay, room occupancy, famtrips, fairs, video clips, publications "bằng 05 ngôn
                               ngữ", "ít nhất 02 đường bay mới", sponsorship to raise, "ít nhất 01 phóng sự mỗi tuần"; festival
                               dates "từ ngày 18/12/2026 đến ngày 22/12/2026"; a tab table of targets (Chỉ tiêu | ĐVT | Kế hoạch
                               năm 2026) and a tab table of events (Thời gian | Đơn vị chủ trì | Đơn vị phối hợp, "25/6 -
                               01/7/2026", "UBND các phường X, Y" with hyphenated ward names); a decision approving a Chiến lược
                               or issuing a Chương trình is one reference; start: targets 0.889 / deadlines 0.966 / bodies 0.828 /
                               refs 1.000; canonical share 33.3% (21 targets)
    the three s24f plans together at the start: 0.875 / 0.961 / 0.904 / 0.927; canonical share 25.8% of 66 extracted targets
                               (median per plan 27.8%). Gold corrected after the start, to the gold's precedent (field gold 001,
                               000, 031; huyen_nghi_quyet_huyen_uy, tu_ke_hoach_can_cu) rather than the contract's short list of
                               types cited without a number: xa_dang_uy_kiem_tra_giam_sat's congress resolution ("Nghị quyết Đại
                               hội Đảng bộ xã lần thứ I, …"), its "Quy chế làm việc của Ban Chấp hành …" (title "làm việc", the
                               author its issuer, as the field gold's "Quy định về … của UBND huyện") and "Điều lệ Đảng" are
                               references; that plan's refs at the start then 0.857, the three 0.955.
                               s24f after its fixes: tinh_mtqg_dan_toc_mien_nui 0.972 / 1.000 / 1.000 / 1.000 (share 27.8%, 36
                               targets); xa_dang_uy_kiem_tra_giam_sat 1.000 / 0.923 / 1.000 / 0.923 (0.0%, 18); tinh_xuc_tien_du_
                               lich_cong_thong_tin 0.936 / 0.966 / 0.968 / 1.000 (30.4%, 23); the three 0.968 / 0.961 / 0.987 / 0.977,
                               share 22.1% of 77 targets (median 27.8%). Fixed, by class: the Party's organisations as count units
                               (tổ chức đảng, tổ chức cơ sở đảng, chi bộ, đảng bộ: Điều lệ Đảng); "sản xuất" commits to the media
                               a plan makes, "video clip" one count noun; a Party committee's boards named with it ("Ban Xây dựng
                               Đảng Đảng ủy xã"); the country's name closes a national body's name before a lower-case task ("Cục
                               Du lịch Quốc gia Việt Nam đón …"); "UBND các phường X - Y, Z - Y" one committee per named place; a
                               congress named in full, then bare, one reference. Left: the title's own year where a lettered
                               activity's "c) Thời gian: từ tháng 4 đến tháng 10 năm 2026" reads as the plan's period; "định kỳ 6
                               tháng" without a day (s19d: dev gold leaves them out); "Điều lệ Đảng" (no by-name type: "Điều lệ
                               công ty" in laws); "Cảng hàng không Liên Khương" (a head for airports broke "Cảng Hàng không Việt
                               Nam (ACV)" in a list of companies); the indicator of "08 xã và 35 thôn ra khỏi …" and of "các hãng
                               hàng không mở thêm ít nhất 02 đường bay mới"; "bằng 05 ngôn ngữ". The 54 older plans 0.979 / 0.981 /
                               0.991 / 0.996 before and after (misses and extras identical); seeds, dev, field, wide: no row
                               changed. As DOCX and PDF (formats.py --only=the three): 0.968 / 0.961 / 0.987 / 0.977 each, as the text.
    phuong_binh_dan_hoc_vu_so  ward (phường) UBND plan for the "Bình dân học vụ số" digital-literacy movement in 2026 (s24e,
                               written blind to the indicator gazetteer), hard-wrapped at 72 characters mid-sentence: prose targets
                               (ages and "mức độ 2" no targets, "trong đó … đạt 75%" a part, per-unit outputs "mỗi tổ dân phố 01 tổ",
                               "mỗi chi hội có ít nhất 01 hội viên"), a Chỉ tiêu | ĐVT | Năm 2025 (ước) | Năm 2026 (kế hoạch) tab table,
                               "còn không quá 03 ngày làm việc", "trong năm học 2025 - 2026", "trước ngày 15/6 và ngày 15/12/2026" (one
                               year for two dates), a bank branch, post office and telecoms in a wrapped "phối hợp với" list, "Đề án 06"
                               after the decision that approves it; start: targets 0.936 / deadlines 0.880 / bodies 0.733 / refs 0.857;
                               canonical share 8.7% (23 targets)
    qd_thu_ngan_sach_chong_that_thu  UBND tỉnh decision (Điều 1-3, Nơi nhận, signature) issuing its plan on state budget revenue
                               and revenue loss in 2026 after a second letterhead and "KẾ HOẠCH" (s24e, blind to the gazetteer): totals
                               with parts after "trong đó:", "không vượt quá 5% tổng thu", a revenue table with a "Trong đó:" row,
                               the tax, customs, treasury and central-bank units of the 2025 reorganisation ("Thuế tỉnh …", "Hải quan
                               khu vực VIII", "Kho bạc Nhà nước khu vực IV", "… Chi nhánh Khu vực 4"), an amending law listing eight
                               laws, "theo từng quý" / "Hằng quý", "định kỳ 6 tháng", a Nhiệm vụ | Chủ trì | Phối hợp | Thời gian tab
                               appendix; start: 0.852 / 0.941 / 0.973 / 1.000; canonical share 28.0% (25 targets)
    xa_thuy_loi_phong_chong_thien_tai  commune (xã) UBND plan on irrigation and disaster prevention for 2026 (s24e, blind to the
                               gazetteer): two tables one cell per line (works: Nội dung | ĐVT | Khối lượng | Thời gian hoàn thành;
                               the "4 tại chỗ" forces and equipment: … | ĐVT | Số lượng), "trên 95% … (khoảng 1.850 ha)", a list of
                               reserve supplies after a colon, "ít nhất 03 lần/ngày", durations of actions and seasons ("trước mùa
                               mưa bão") that are neither targets nor deadlines; start: 0.641 / 1.000 / 0.923 / 0.941; canonical share
                               0.0% (19 targets)
    the three s24e plans together at the start: 0.805 / 0.945 / 0.882 / 0.939 (tp 62 of 87 gold targets, 67 extracted).
                               Gold settled after the start (errors of the gold, not of the tool): "1.200 hộ kinh doanh" has
                               the unit "hộ kinh doanh" (units.tsv, as the older gold); "định kỳ 6 tháng … trước ngày 15/6 và
                               ngày 15/12/2026" gives 15/6 half-yearly (the contract's recurring rule), 15/12/2026 dated; the
                               start on that gold: phuong_binh_dan_hoc_vu_so 0.936 / 0.960 / 0.733 / 0.857, qd_thu_ngan_sach_
                               chong_that_thu 0.889 / 0.941 / 0.973 / 1.000. s24e after its fixes: phuong_binh_dan_hoc_vu_so
                               0.936 / 0.960 / 0.970 / 0.857 (share 8.7%), qd_thu_ngan_sach_chong_that_thu 0.966 / 0.941 / 0.973 /
                               1.000 (share 31.0%), xa_thuy_loi_phong_chong_thien_tai 0.793 / 1.000 / 1.000 / 0.941 (share 0.0%, 24
                               targets). Fixed, by class: a quantity column ("Khối lượng", "Số lượng" with a unit column) of a
                               works table in the caption's year, and a numbered paragraph right after a one-cell-a-line table
                               ending it (its last row kept); a value restated in brackets in another unit ("(khoảng 1.850 ha)");
                               a field's name with a comma of its own ("phòng, chống thiên tai", "phòng cháy, chữa cháy") going
                               on to the size after it; a baseline after "so với thực hiện / kết quả / dự toán năm …" and a
                               carried-over amount's year ("nợ thuế năm 2025 chuyển sang") no longer the target's year (which
                               dropped the line as history); a bank's branch named by its own place ("… chi nhánh Bắc Thanh
                               Hóa"), "Ban quản lý chợ …", "Điện lực Hải Lăng" (also "Điện lực Đức Hòa" of huyen_phat_trien_do_
                               thi_nha_o). Left: the list of rescue supplies after a colon ("02 xuồng máy, 150 áo phao, …": no
                               authoritative list of their units at hand), the "4 tại chỗ" table whose item column has no
                               header word ("Lực lượng, phương tiện"), per-unit outputs ("mỗi tổ dân phố 01 tổ", "mỗi lao động
                               … 02 ngày công"), "85% tổng số nợ có khả năng thu" named by the whole, "trong năm học 2025 -
                               2026" bounding one action, recurring reports without a day ("theo từng quý", "định kỳ 6 tháng"),
                               "Hải quan khu vực VIII" (the plan's own short form: the 2025 name is "Chi cục Hải quan khu vực"),
                               "Đề án 06" after the decision that approves it, the Đảng ủy's "Chương trình công tác" cited
                               without a number. The 54 older plans 0.979 / 0.981 / 0.992 / 0.996 (bodies +1: Điện lực Đức
                               Hòa); all 57: 0.975 / 0.980 / 0.991 / 0.993; seeds, dev, field, wide: no row changed;
                               benchmarks/formats.py on the three: txt, DOCX and PDF alike 0.896 / 0.967 / 0.979 / 0.939.
    qd_bao_ve_cham_soc_tre_em  UBND tỉnh decision (Điều 1-3, Nơi nhận, signature) issuing its 2026 child protection and care
                               plan after a second letterhead and "KẾ HOẠCH" (s25b, written blind to the indicator gazetteer):
                               rates per 100.000 trẻ em, drowning and abuse, swimming lessons, "Tháng hành động vì trẻ em … từ
                               ngày 01/6 đến ngày 30/6/2026", "ít nhất 02 tin, bài mỗi tháng", a Thực hiện năm 2025 | Kế hoạch
                               năm 2026 tab table, last year's figures that are no targets, the plan's own funding, "định kỳ 6
                               tháng (trước ngày 15/6)", "hằng quý, trước ngày 20 của tháng cuối quý", Tòa án and Viện Kiểm sát,
                               a fund given a task; start: targets 0.984 / deadlines 1.000 / bodies 1.000 / refs 0.933; canonical
                               share 30.0% (30 targets)
    tinh_phat_trien_bhxh_bhyt  UBND tỉnh plan 2026-2030 to widen social, unemployment and health insurance (s25b, blind to the
                               gazetteer): targets by year in prose ("Mục tiêu đến năm 2026 / 2030", a part after "trong
                               đó"), a years-as-columns appendix one cell per line, a per-commune tab table (2026; header cells
                               "Số người tham gia BHXH bắt buộc (người)"), a support rate and the plan's funding that are no
                               targets, recurring reports with and without a day, the 2025 units (Bảo hiểm xã hội tỉnh / cơ sở,
                               Thuế tỉnh), a law with its amending law, "Bộ luật Hình sự"; start: targets 0.959 / deadlines
                               0.909 / bodies 0.966 / refs 1.000; canonical share 83.6% (61 targets)
    tinh_phong_chay_chua_chay_rung  UBND tỉnh forest-fire plan for the 2025-2026 dry season (s25b, blind to the gazetteer),
                               hard-wrapped at 72 characters mid-sentence: forecast fire-danger levels and months that are
                               neither targets nor deadlines, "trên 96 chòi canh" (on, not more than), an equipment list, "tổ
                               đội quần chúng … với khoảng 12.600 thành viên", a works tab table (Khối lượng | Đơn vị thực hiện
                               | Thời gian hoàn thành: "Tháng 11 - 12/2025", "Tháng 12/2025 - tháng 01/2026"), forest owners
                               (national parks, a protection-forest board, a forestry company), "Hạt Kiểm lâm liên xã",
                               "thứ Sáu hằng tuần"; start: targets 0.852 / deadlines 1.000 / bodies 0.741 / refs 1.000;
                               canonical share 3.8% (26 targets)
    the three s25b plans together at the start (main 8bb4523): 0.941 / 0.974 / 0.909 / 0.980; canonical share 52.1% of 117
                               extracted targets (median per plan 30.0%).
                               Gold corrected after the start (an error of the gold): tinh_phong_chay_chua_chay_rung's "Ủy ban
                               nhân dân cấp xã" is "Ủy ban nhân dân các xã, phường" named again (one level named by its kind two
                               ways is one body, pipeline one_name_per_body); that plan's bodies at the start then 0.769, the three
                               0.919. s25b after its fixes: qd_bao_ve_cham_soc_tre_em 0.984 / 1.000 / 1.000 / 1.000 (share 30.0%,
                               30 targets); tinh_phat_trien_bhxh_bhyt 0.992 / 0.909 / 0.966 / 1.000 (83.6%, 61);
                               tinh_phong_chay_chua_chay_rung 0.873 / 1.000 / 1.000 / 1.000 (3.7%, 27); the three 0.962 / 0.974 /
                               0.989 / 1.000, share 51.7% of 118 targets (median 30.0%). Fixed, by class: forest owners and
                               hydro-meteorological stations as body heads (Vườn quốc gia, Khu bảo tồn thiên nhiên: Luật Lâm nghiệp
                               2017; Đài Khí tượng Thủy văn: Luật Khí tượng thủy văn 2015), "các chủ rừng" a collective (so a list it
                               opens reads its named bodies), a heading's list closed by "và các … khác / (có) liên quan" without a
                               colon; a classifier never a unit alone ("50.000 tờ gấp": the syllable the tagger reads as an
                               adjective joins it); every item of a list of counts a commitment opens ("150 máy …, 60 máy … và 12
                               bồn …"); "tổ chức" right after a number a noun ("02 tổ chức dịch vụ thu"); "mỗi xã, phường có ít
                               nhất …" the per-unit scope; under a funding heading a sentence opened by the paying budget ("Ngân
                               sách tỉnh hỗ trợ … theo Nghị quyết số 18/2025/NQ-HĐND, dự kiến 185 tỷ đồng") the plan's funding;
                               "lồng ghép <what> với Chương trình …" a citation. Left: "845 tổ đội", "96 chòi canh" (the tagger
                               splits the compound; no authoritative list of such compounds at hand), "12 bồn … cho các tổ đội
                               quần chúng" (its name keeps the list's shared tail), "trao 500 suất học bổng" ("trao" also hands
                               out award quotas), "thực hiện 12 phóng sự" ("thực hiện" alone commits to nothing: "Thực hiện 03
                               chương trình …"), "phát 18.000 tờ rơi" ("phát" as a cue reads "Phân phát 1.200.000 chiếc bao cao
                               su" of so_y_te_phong_chong_hiv as the unit "chiếc bao": tried, dropped), the bare "định kỳ 6 tháng"
                               / "hằng năm" (s19d: dev gold leaves them out), "hướng dẫn Bảo hiểm xã hội cơ sở phối hợp …" (the
                               grassroots unit without a number, the object of "hướng dẫn"). The 60 older plans 0.975 / 0.979 /
                               0.991 / 0.993 before and after (targets +2: so_tu_phap_pbgdpl's "25.000 tờ gấp", tinh_thuy_san_kinh_
                               te_bien's "06 tổ chức cộng đồng"); seeds, dev, field: no row changed; wide: bodies 4525 -> 4540 rows
                               (+17 −2, named and collective, in three forest-fire documents: "chỉ đạo Sở Nông nghiệp và Môi
                               trường, Chi cục Kiểm lâm, Ban chỉ huy phòng cháy, chữa cháy rừng thành phố, … các chủ rừng thực
                               hiện …", each a real assignment), no target. As DOCX and PDF (formats.py --only=the three): 0.962 /
                               0.974 / 0.989 / 1.000 each, as the text.
    so_quan_trac_vung_nuoi     provincial department (Sở Nông nghiệp và Môi trường) plan for 2027 on monitoring the water of
                               aquaculture areas (rev9, written from scratch after reviewing real monitoring plans): "Số điểm quan
                               trắc: 10 điểm, trong đó: 06 điểm … và 04 điểm …" and "Số điểm quan trắc: 05 điểm." (places, not a
                               score), a budget estimate under "III. DỰ TOÁN KINH PHÍ THỰC HIỆN" with its parts on lines of their own
                               in plain đồng (the plan's own funding: no targets), "Ủy ban nhân dân các xã, phường có vùng nuôi, Hiệp
                               hội nuôi trồng thủy sản tỉnh" (a plural level's places meant, then an association named in lower
                               case); start (main b64b1d4): targets 0.400 / deadlines 0.857 / bodies 0.857 / refs 1.000; rev9 after
                               its fixes: 1.000 / 0.857 / 1.000 / 1.000 (left: the title's own year "năm 2027" as the plan's period).
    tu_kinh_te_tu_nhan_nq68    provincial Ban Thường vụ Tỉnh ủy action programme (s25c, written blind to the indicator gazetteer)
                               implementing Politburo resolution 68-NQ/TW of 2025 on the private sector, hard-wrapped at 72 characters
                               mid-sentence: "Thực hiện …" bases in one paragraph, targets "đến năm 2030" and "Định hướng đến năm 2045",
                               ranges ("khoảng 55 - 58% GRDP", "84 - 85% tổng số lao động"), a PCI rank, task outputs ("ít nhất 02
                               kỳ/tháng", "không quá 01 lần/năm đối với một doanh nghiệp", "tối thiểu 20 ha … hoặc 5%"), Party organs
                               (Ban Tuyên giáo và Dân vận, Ban Nội chính, Ủy ban Kiểm tra, Văn phòng Tỉnh ủy, "Đảng ủy Ủy ban nhân
                               dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh …") beside state bodies, a central-bank region, "Thuế tỉnh",
                               "định kỳ 6 tháng", "trước ngày 15/12 hằng năm", an appendix Chỉ tiêu | ĐVT | Thực hiện năm 2024 | Đến
                               năm 2030 | Định hướng đến năm 2045 as tab rows; start: targets 0.904 / deadlines 0.900 / bodies 0.864 /
                               refs 1.000; canonical share 34.3% (35 targets)
    tinh_nang_luong_tiet_kiem  provincial UBND yearly plan on energy saving and efficiency for 2026 (s25c, blind to the gazetteer):
                               2025 results first, key energy-using facilities, energy audits, rooftop solar (MWp), public lighting,
                               "tương đương khoảng 510 triệu kWh" (a target restated in another unit), settings and thresholds that
                               are no targets ("không thấp hơn 26°C", "từ 2.500 m2 trở lên", "03 năm một lần"), "không quá 05 ngày
                               làm việc", an amending law beside the law, QCVN and TCVN ISO codes, "trong quý II và quý III/2026",
                               "định kỳ 6 tháng, trước ngày 15/6 và ngày 15/12/2026", and an appendix one cell per line (5 columns,
                               group rows A/B with blank cells, "≥ 2,5", "> 85", "< 3,8"); start: 0.745 / 1.000 / 0.909 / 1.000;
                               canonical share 0.0% (21 targets)
    qd_xuc_tien_dau_tu         UBND tỉnh chairman's decision issuing its investment-promotion and business-environment plan for 2026
                               (s25c, blind to the gazetteer): tab letterheads, the plan after the signature under its own letterhead
                               and "KẾ HOẠCH", 2025 results and ranks ("xếp thứ 14/63") that are baselines, FDI in "tỷ USD" and
                               "triệu USD", PCI / PAPI / DDCI ("tăng ít nhất 3 bậc", "từ 70 điểm trở lên"), "trong đó 40 dự án FDI
                               và 50 dự án đầu tư trong nước", processing times ("không quá 02 / 15 / 10 ngày làm việc"), a Chỉ tiêu
                               | ĐVT | Ước thực hiện năm 2025 | Kế hoạch năm 2026 tab table, a tab table of projects calling for
                               investment (areas and capital that are no targets), Điều 3's "Giám đốc các sở: Tài chính, …", "Cục
                               Đầu tư nước ngoài thuộc Bộ Tài chính", "Chi cục Hải quan khu vực III", "trước ngày 05 hằng tháng";
                               start: 0.753 / 1.000 / 0.955 / 0.800; canonical share 17.5% (40 targets)
    the three s25c plans together at the start: 0.806 / 0.972 / 0.909 / 0.926 (tp 81 of 105 gold targets, 96 extracted).
                               Gold settled after the start (errors of the gold, not of the tool): "giải quyết hồ sơ trong thời
                               hạn không quá 05 ngày làm việc" and "thẩm định … trong thời hạn không quá 15 / 10 ngày làm việc (kể
                               từ ngày nhận đủ hồ sơ hợp lệ)" are how long an action may take, as the project's "trong thời gian 03
                               ngày" (no target; the time limit of each file, no deadline: the deadlines' RELATIVE_TO_END note);
                               "Thời gian cấp Giấy chứng nhận … không quá 02 ngày làm việc" stays a target. The start on that gold:
                               tu_kinh_te_tu_nhan_nq68 0.904 / 0.900 / 0.864 / 1.000, tinh_nang_luong_tiet_kiem 0.760 / 1.000 / 0.909
                               / 1.000, qd_xuc_tien_dau_tu 0.773 / 1.000 / 0.955 / 0.800; the three 0.818 / 0.972 / 0.909 / 0.926.
                               s25c after its fixes: tu_kinh_te_tu_nhan_nq68 0.947 / 0.900 / 1.000 / 1.000 (share 39.5%, 38
                               targets), tinh_nang_luong_tiet_kiem 0.893 / 1.000 / 1.000 / 1.000 (0.0%, 27), qd_xuc_tien_dau_tu 0.914 /
                               1.000 / 1.000 / 1.000 (25.7%, 35); the three 0.921 / 0.972 / 1.000 / 1.000. Fixed, by class: a table
                               of one cell a line whose section rows keep their empty cells as empty lines (the table was lost and
                               its unit cells joined to the names above); a list of projects offered to investors ("DANH MỤC DỰ ÁN
                               KÊU GỌI ĐẦU TƯ …", QĐ 03/2021/QĐ-TTg) states no target, by the table's rules or the text's; a
                               procedure's processing time under a bound ("Thời gian cấp … không quá 02 ngày làm việc"); a horizon
                               column "Định hướng đến năm 2045"; a law named in a table's last cell ends at the line (not "Luật Đầu
                               tư⏎2"); a bullet line under a heading that ends in a small letter is a clause of its own; a Party
                               committee "lãnh đạo" the body it is the Party organisation of; "Đảng ủy" + a body's full name;
                               "Tỉnh đoàn Đồng Nai"; "Cục Đầu tư nước ngoài"; a body's role words and partners out of an indicator
                               ("chủ trì tham mưu thành lập mới …"); "với tổng vốn đăng ký / đầu tư" the size of what was counted;
                               steps climbed in a ranking ("PAPI tăng ít nhất 3 bậc"). Left: "trong đó 40 dự án FDI và 50 dự án đầu
                               tư trong nước" (the parts name themselves: their indicator is not the whole's), "thay thế 6.500 bộ
                               đèn" (adding "thay thế" to the commitment verbs gives the POS unit "bộ đèn chiếu"), "tại 200 trang
                               trại" (the places an action is done at), the unit "tuyến" of "20 tuyến đường", the indicators of "ít
                               nhất 01 hội chợ" and "không quá 01 lần/năm" (read by their verbs), "thành lập … trong năm 2026" (a
                               bare "trong năm" bounds no action for the tool: it is mostly a target's year), "định kỳ 6 tháng"
                               without a day (s19d). The 60 older plans 0.975 / 0.979 / 0.991 / 0.993 -> 0.975 / 0.979 / 0.992 /
                               0.993 (+1 target: "Thời gian giải quyết hồ sơ cấp mã số cơ sở nuôi … 5 ngày làm việc" of
                               bo_dong_vat_hoang_da; +1 body: "lãnh đạo UBND tỉnh xây dựng …" of tu_ke_hoach_can_cu); seeds and dev
                               figures unchanged; field +4, seeds +2, wide +3 body rows (bullets under a heading now read: collectives
                               and "UBND cấp xã, phường", "Ủy ban nhân dân cấp tỉnh/xã" given tasks in procedures).
                               benchmarks/formats.py --only=the three: txt, DOCX and PDF alike 0.921 / 0.972 / 1.000 / 1.000.
    bo_xay_dung_nha_o_xa_hoi   ministry decision (Bộ Xây dựng, Điều 1-3, Nơi nhận) issuing its plan on a Government resolution on social
                               housing 2026 - 2030 after a bare 'KẾ HOẠCH' heading (s25a, blind to the gazetteer): national targets
                               ("khoảng 600.000 căn hộ …, trong đó năm 2026 … tối thiểu 100.000 căn, năm 2027 …", "01 triệu căn hộ" as an
                               objective and inside the Đề án's name, "34/34 tỉnh, thành phố", "còn không quá 30 ngày", "m² sàn"), Cục / Vụ /
                               Thanh tra Bộ / Văn phòng Bộ / Viện / Học viện as chủ trì or phối hợp lines, other ministries and national banks,
                               the provinces' UBND, appendix I (Năm 2026 | Năm 2027 | Giai đoạn 2026 - 2030) and a 6-column task appendix as tab
                               rows; start: targets 0.900 / deadlines 0.966 / bodies 0.762 / refs 0.933; canonical share 35.5% (31 targets);
                               on the gold settled after the start (the Đề án named again is its decision 444/QĐ-TTg, one reference, as
                               the older gold reads it): refs 1.000
    tinh_phong_chong_tham_nhung_tiep_cong_dan  provincial UBND plan for 2027 on anti-corruption, citizen reception, complaints and
                               denunciations and asset declaration (s25a, blind to the gazetteer), prose hard-wrapped at 72 characters
                               mid-sentence: rates with "trên" / "từ … trở lên", "ít nhất 10% số người kê khai", reception days "ít nhất 01
                               ngày trong tháng / tuần", "tại 05 sở, ngành và 03 xã, phường", an amending law beside the laws it amends,
                               "Điều 10 Luật …", the chairmen given a duty, Công an tỉnh with its division in parentheses, "Báo và Phát thanh,
                               Truyền hình Quảng Trị", a report schedule with dated 6-month and yearly reports, appendix Thực hiện năm 2026 |
                               Kế hoạch năm 2027 as tab rows; start: targets 0.667 / deadlines 1.000 / bodies 1.000 / refs 1.000; canonical
                               share 12.5% (16 targets); on the gold settled after the start ("theo Kế hoạch thanh tra năm 2027 được
                               Chủ tịch … phê duyệt" is a document cited by type and title, as the seed gold counts "Kế hoạch của Bộ Nội
                               vụ"): refs 0.952
    xa_phong_chong_dich_benh_dong_vat  commune UBND plan on animal disease prevention for 2026 (two-level government; s25a, blind to
                               the gazetteer): 2025 herd sizes and outbreaks that are no targets, vaccination rates by disease ("Lở mồm
                               long móng, Tụ huyết trùng cho trâu, bò đạt trên 80% tổng đàn trong diện tiêm"), "khoảng 1.200 lít hóa chất
                               và 15 tấn vôi bột", "01 lần/tuần", "24 giờ" / "48 giờ" (durations), two vaccination rounds and two
                               disinfection months as periods ("từ ngày 15/3 đến ngày 15/4/2026"), the commune's own funding, the mass
                               organisations listed in parentheses after a collective, the regional veterinary station, a vaccine
                               appendix (Loại vắc xin | Đối tượng tiêm | Đơn vị tính | Số lượng) one cell per line; start: targets 0.524 /
                               deadlines 0.952 / bodies 0.960 / refs 0.923; canonical share 0.0% (18 targets)
    the three s25a plans together at the start (main 8bb4523): 0.725 / 0.972 / 0.889 / 0.958 (tp 50 of 73 gold targets, 65
                               extracted); canonical share 20.0% (65 targets). s25a after its fixes: bo_xay_dung_nha_o_xa_hoi 0.951 /
                               1.000 / 1.000 / 1.000 (share 34.4%, 32 targets), tinh_phong_chong_tham_nhung_tiep_cong_dan 0.703 / 1.000 /
                               1.000 / 0.952 (share 11.8%, 17), xa_phong_chong_dich_benh_dong_vat 0.851 / 1.000 / 1.000 / 0.923 (share
                               0.0%, 23); together 0.855 / 1.000 / 1.000 / 0.958, share 18.1% (72 targets; the targets found anew have no
                               canonical indicator: the gazetteer is not this stop's). Fixed, by class: a table of one cell a line whose
                               item columns are named by their kind ("Loại vắc xin | Đối tượng tiêm | Đơn vị tính | Số lượng"; also the
                               "4 tại chỗ" table s24e left in xa_thuy_loi_phong_chong_thien_tai, +4); kinds of farm animals in a list
                               ("cho trâu, bò", "chó, mèo") no clause break (+1 in an older plan); "tỉnh, thành phố" one unit; "đã có hiệu
                               lực pháp luật" a state of decisions, no result; a level's budget that sets money aside under the funding
                               heading; the units of Bộ Xây dựng (Nghị định 33/2025/NĐ-CP) and the agricultural stations (TTLT
                               14/2015) as names; a task given in a cited document ("được Chính phủ giao cho Bộ … tại Nghị quyết số …");
                               two campaign rounds ("Đợt 1: …", "Đợt 2: …") as phases beside the title's period; "trong hai năm 2026 -
                               2027"; a sentence that only counts a whole set ("Toàn bộ 34 tỉnh, thành phố …", a wide decree's note).
                               Left: an action's indicator when the count names its beneficiary or material after it ("Tiêm phòng … cho
                               ít nhất 3.000 con lợn ở …", "với khoảng 1.200 lít hóa chất", "ít nhất 02 lần trong năm"), reception days
                               ("ít nhất 01 ngày trong tháng", read as a duration), the units "sở, ngành", "chuyên mục, tin, bài", "tờ
                               rơi" after "in", a long name cut at "và" ("… tố cáo và phòng, chống tham nhũng cho khoảng 1.500 …"),
                               "Tỷ lệ quỹ đất 20% …" (a share that defines the land fund), a credit package's size ("gói tín dụng
                               145.000 tỷ đồng"), "01 triệu căn hộ" inside the unquoted Đề án's name, "theo Kế hoạch thanh tra năm 2027
                               được … phê duyệt" (issuer after "được … phê duyệt"). The 60 older plans: 0.975 / 0.979 / 0.991 / 0.993 ->
                               0.976 / 0.979 / 0.991 / 0.993; all 63: 0.972 / 0.980 / 0.991 / 0.991. benchmarks/formats.py on the three:
                               txt and DOCX 0.855 / 1.000 / 1.000 / 0.958, PDF 0.855 / 1.000 / 0.980 / 0.958
    thads_tinh_nam             provincial civil judgment enforcement office (Thi hành án dân sự tỉnh, a Bộ Tài chính branch since 2025; s25d,
                               blind to the gazetteer): the yearly plan issued by a Quyết định and attached after 'KẾ HOẠCH' with its own Nơi
                               nhận; rates done by case and by money ('thi hành xong đạt từ 85% trở lên về việc và … 50% trở lên về tiền'),
                               'Giảm ít nhất 5% số việc và 4% số tiền … chuyển kỳ sau', last year's figures that are no targets, a target table
                               as tab rows (TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026, '≥ 85'), the office's own Phòng and 'các Phòng Thi
                               hành án dân sự khu vực', the court, procuracy and police requested ('Đề nghị …'), 'định kỳ 6 tháng', 'hằng quý',
                               'hằng tháng trước ngày 05 của tháng sau'; start: targets 0.939 / deadlines 0.909 / bodies 0.696 / refs 0.923;
                               canonical share 29.2% (24 targets)
    bcd_hien_mau_tinh_nguyen   provincial steering committee's voluntary blood donation plan for 2026 (s25d, blind to the gazetteer), hard-
                               wrapped at 72 characters mid-sentence: 'tiếp nhận 42.000 đơn vị máu (quy đổi 350 ml), tăng 5% so với năm 2025',
                               repeat-donor and screening rates, 'trên 99%' / 'dưới 2%', sector quotas as tab rows (Khối/đơn vị | Chỉ tiêu (đơn
                               vị máu) | Thời gian) with 'Cả năm' / 'Quý I và quý IV' / 'Tháng 7/2026', peak campaigns with their own periods
                               and minimum units, 'Tháng Những giọt máu hồng (tháng 6 hằng năm)', bodies as numbered headings ('4. Bộ Chỉ huy
                               Quân sự tỉnh, Công an tỉnh, …'), 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã
                               hội'; start: targets 0.588 / deadlines 0.900 / bodies 0.857 / refs 1.000; canonical share 7.7% (13 targets)
    tram_y_te_sxh_tcm          ward health station's plan on dengue and hand-foot-mouth disease for 2026 (two-level government; s25d, blind to
                               the gazetteer): 2025 cases and a BI peak that are no targets, vector indices with no unit ('Chỉ số BI … dưới
                               20', 'HI dưới 10%'), durations '24 giờ' / '48 giờ' and spraying radius (no targets), frequencies as targets ('2
                               lần/tháng', '02 lần/tuần'), four larval-campaign rounds with their dates, a vector-index table (Chỉ số | Ngưỡng
                               nguy cơ | Chỉ tiêu năm 2026) and a task appendix (TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian)
                               both one cell per line, risk thresholds that are no targets; start: targets 0.778 / deadlines 0.917 / bodies
                               1.000 / refs 1.000; canonical share 12.5% (16 targets)
    the three s25d plans together at the start (main e65e6e3): 0.790 / 0.909 / 0.836 / 0.973 (tp 47 of 66 gold targets, 53
                               extracted); canonical share 18.9% (53 targets)
                               s25d after its fixes: thads_tinh_nam 0.939 / 0.909 / 0.870 / 1.000 (share 29.2%, 24 targets; refs 0.923 -> 1.000
                               only by the gold settled after the start: 'Quy chế phối hợp liên ngành …' cited by type and title is a reference),
                               bcd_hien_mau_tinh_nguyen 0.647 / 0.952 / 1.000 / 1.000 (share 7.7%, 13; deadlines 0.900 -> 0.952 only by the gold
                               settled after the start: 'Quý I', 'quý IV' in the time column are deadlines with no date), tram_y_te_sxh_tcm 0.789
                               / 0.917 / 1.000 / 1.000 (share 11.1%, 18); together 0.810 / 0.925 / 0.955 / 1.000, share 18.2% (55 targets; the
                               gazetteer is not this stop's). Fixed, by class: a word alone at the end of a wrapped run ('… Bộ đội Biên
                               phòng⏎tỉnh⏎Vận động …', '… Truyền hình Đồng⏎Tháp⏎Tăng cường …') ends its heading instead of joining the next line,
                               and a capitalised word alone after an item heading as long as the width is its last word (pipeline.wraps; also a
                               cell-line task table's last row, 'Sở Tài⏎chính', now read); the divisions of Thi hành án dân sự tỉnh as names
                               ('Phòng Nghiệp vụ và Tổ chức thi hành án', 'Phòng Kiểm tra, giải quyết khiếu nại, tố cáo'); 'Tỉnh Đoàn', 'Tỉnh Ủy'
                               after a name ending in 'tỉnh,' are bodies, not a list of levels; a board's short name ('sau đây gọi tắt là Ban Chỉ
                               đạo') in a standing-role parenthesis ('Sở Y tế (cơ quan thường trực Ban Chỉ đạo)') no longer hides the body; an
                               index table named by 'Chỉ số' and its threshold column ('Ngưỡng nguy cơ': no target); the units 'đơn vị máu'
                               (Thông tư 26/2013/TT-BYT) and 'con/nhà' (QĐ 3711/QĐ-BYT). Left: a quota table by sector with no year in its
                               caption and 'Chỉ tiêu (đơn vị máu)' read as the indicator column (5 rows; the table model needs a scope column),
                               'tăng 5% so với năm 2025' after a count, 'ít nhất 01 ngày hội', '02 đợt hiến máu' (đợt read as the plan's own
                               part), a campaign's name before 'tổ chức …, tiếp nhận 4.000 đơn vị máu' (indicator taken from the clause), 'các
                               Phòng Thi hành án dân sự khu vực' (a plural before the head), a bare 'Văn phòng', 'chỉ đạo các Tòa án nhân dân khu
                               vực …', 'Chỉ số BI … dưới 20' in prose (read with the next clause's noun as unit), the first row of a one-cell-a-
                               line table with no TT column, 'phát 5.000 tờ rơi', 'cho 80 cộng tác viên y tế', recurring deadlines without a day
                               ('định kỳ 6 tháng', 'định kỳ hằng quý', 'hằng tuần', 'Hằng tháng'; by design, see s19d). The 70 older plans: 0.970
                               / 0.979 / 0.992 / 0.992 before and after. benchmarks/formats.py on the three: txt, DOCX and PDF alike 0.810 /
                               0.925 / 0.955 / 1.000.
    tinh_cap_giay_chung_nhan_dat_dai  provincial chairman's decision (Tuyên Quang) issuing the 2026 plan on first-time land-use
                               certificates, cadastral surveying and the land database, the plan after a bare 'KẾ HOẠCH' heading (s25e,
                               blind to the gazetteer): "ít nhất 12.000 thửa", "81/124 xã, phường", "420.000 hồ sơ …, trong đó …", a
                               processing time "còn không quá 15 ngày làm việc" beside a step's "trong thời hạn 03 ngày làm việc kể từ …"
                               (none), 2025 results that are no targets, "Thuế tỉnh …", "Chủ tịch UBND các xã, phường" in Điều 3, a
                               per-commune appendix (Xã, phường | thửa | ha | hồ sơ | Thời gian hoàn thành) as tab rows with '-' cells,
                               "Các xã, phường còn lại" and a total row; start: targets 0.943 / deadlines 0.963 / bodies 0.944 / refs
                               1.000; canonical share 2.3% (43 targets)
    hoi_phu_nu_chuong_trinh_cong_tac  yearly work programme 2026 of a provincial Women's Union (Ban Thường vụ Hội LHPN tỉnh Phú
                               Thọ; s25e, blind to the gazetteer), prose hard-wrapped at 72 characters mid-sentence: the Union's boards
                               and its commune/ward level as bodies, partners after "Phối hợp với …", "Gia đình 5 không 3 sạch" (numbers in
                               a quoted name), anniversaries "116 năm … (08/3/1910 - 08/3/2026)", "ý tưởng, dự án", "tổ hợp tác", "chi hội
                               trưởng", "Điều lệ Hội …" cited by name, an action month as a period, appendix (Chỉ tiêu | Đơn vị tính |
                               Kế hoạch năm 2026 | Đơn vị chủ trì) as tab rows; start: targets 0.853 / deadlines 0.917 / bodies 1.000 /
                               refs 0.857; canonical share 19.4% (36 targets)
    qd_khoang_san_tai_nguyen_nuoc  provincial UBND decision (Lâm Đồng: xã, phường, đặc khu) issuing a 2026 plan on mineral and water
                               resources (licences, illegal mining, auctions of mining rights, monitoring; s25e, blind to the
                               gazetteer), two appendices one cell per line: the main targets (one cell '≥ 30') and the list of sites to
                               be auctioned (areas that are no targets, a time column of quarters and months); "từ 0,1 m³/giây trở lên"
                               (a threshold), "khoảng 450 tỷ đồng" to collect, "trước ngày 15/01 năm sau", national Cục requested;
                               start: targets 0.889 / deadlines 0.963 / bodies 0.875 / refs 1.000; canonical share 14.3% (21 targets)
    the three s25e plans together at the start (main e65e6e3): 0.899 / 0.949 / 0.939 / 0.973 (tp 93 of 107 gold targets, 100
                               extracted); canonical share 11.0% (100 targets)
                               s25e after its fixes: tinh_cap_giay_chung_nhan_dat_dai 0.955 / 0.963 / 0.944 / 1.000 (share 2.3%, 44
                               targets), hoi_phu_nu_chuong_trinh_cong_tac 0.880 / 0.917 / 1.000 / 0.857 (share 21.6%, 37; its gold
                               settled after the start: "lựa chọn ít nhất 05 dự án tham gia Cuộc thi cấp Trung ương" is a quota of
                               contestants, no target), qd_khoang_san_tai_nguyen_nuoc 0.913 / 0.963 / 0.875 / 1.000 (share 13.6%, 22);
                               together 0.919 / 0.949 / 0.939 / 0.973, share 11.7% (103 targets). Fixed, by class: inspections commit
                               to what they inspect ("Thanh tra, kiểm tra 45 tổ chức, cá nhân …"; not those after "cho"), "tổ chức, cá
                               nhân" one unit after a count, members introduced to the Party ("giới thiệu ít nhất 500 hội viên ưu tú
                               cho tổ chức đảng xem xét, kết nạp") no award quota, the "đã" of what a rate counts ("nâng tỷ lệ diện
                               tích đã cấp Giấy chứng nhận … lên 97%"). Left: recurring reports without a day ("báo cáo … định kỳ 6
                               tháng", 3 plans; by design, the dev gold leaves them out), "định kỳ hằng quý" of an inspection; count
                               nouns the tagger cuts ("tổ hợp tác" → tổ, "chi hội trưởng" → chi hội, "ý tưởng, dự án" → ý tưởng), the
                               unit "hộ gia đình" (units.tsv keeps it; the gold reads "hộ"), counts after "tại"/"cho" far from their
                               verb ("Tổ chức đấu giá … tại 08 khu vực mỏ", "cắm mốc … cho 25 hồ chứa"), "nâng tổng số lên 81/124
                               xã, phường có …" (indicator "tổng số"), an indicator holding the body ("Báo … mở chuyên mục …, phát ít
                               nhất 01 tin, bài"), a part across a wrap ("trong đó hộ phụ nữ dân tộc thiểu số 600 hộ"); bodies
                               "Trung tâm Dịch vụ đấu giá tài sản tỉnh", "Trung tâm Quan trắc tài nguyên và môi trường", "Chi nhánh
                               Văn phòng Đăng ký đất đai khu vực" (cut), "Báo và Phát thanh, Truyền hình Lâm Đồng" before "đưa tin";
                               "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam" cited by name. The 70 older plans 0.970 / 0.979 / 0.992 /
                               0.992 before and after; seeds, dev, field, wide: no row changed. benchmarks/formats.py on the three:
                               txt, DOCX and PDF 0.919 / 0.949 / 0.939 / 0.973
    bcd_389_chong_buon_lau     provincial steering committee 389 plan of 2026 against smuggling, trade fraud and counterfeit
                               goods (Quảng Trị; s25f, blind to the gazetteer), prose hard-wrapped at 72 characters mid-sentence:
                               a breakdown by force ("trong đó: lực lượng Quản lý thị trường 1.100 vụ, Công an tỉnh 520 vụ, …"),
                               "trên 45 tỷ đồng" collected, "ít nhất 40 vụ án", "05 đường dây, ổ nhóm", activity counts (đợt cao
                               điểm, lớp, lượt, tổ công tác, "02 lần mỗi quý", "02 tin, bài mỗi tháng"), 2025 results that are no
                               targets, campaign spans, "Định kỳ 6 tháng" and "định kỳ hằng tháng trước ngày 20", a Sở with its
                               role in parentheses, appendix (TT | Chỉ tiêu | ĐVT | 2025 | Kế hoạch năm 2026 | Đơn vị chủ trì) as
                               tab rows; start: targets 0.778 / deadlines 0.966 / bodies 0.947 / refs 1.000; canonical share 16.7%
                               (24 targets)
    so_noi_vu_van_thu_luu_tru  Sở Nội vụ plan of 2026 on records, archives and digitising them (Đồng Nai; s25f, blind to the
                               gazetteer): "mét giá", "trang", "chứng thư", "lượt độc giả", "80% đối với … và 60% đối với …", a
                               "trong đó" part, "Định hướng đến năm 2030" (targets' year), "trước ngày 15 của tháng cuối mỗi quý",
                               "định kỳ 6 tháng", "trước ngày 15/12 hằng năm", a telecom company as a body, the task appendix one
                               cell per line (time cells "Tháng 4/2026", "Quý II, quý III/2026", "Hằng quý", "Trước 30/11/2026");
                               start: targets 0.600 / deadlines 0.929 / bodies 0.842 / refs 1.000; canonical share 9.1% (11 targets)
    the two s25f plans together at the start (main 372a9b3): 0.714 / 0.947 / 0.912 / 1.000 (tp 30 of 49 gold targets, 35
                               extracted); canonical share 14.3% (35 targets)
                               s25f after its fixes (gold settled after the start: "40 vụ án", "03 vụ án" counted in "vụ" as
                               bcd_phong_chong_toi_pham's "10 vụ án điểm"; "3.000 lượt độc giả" in "lượt" as "500 lượt cán bộ, công
                               chức"; with it the start reads 0.852 / 0.966 / 0.947 / 1.000 and 0.600 / 0.929 / 0.842 / 1.000):
                               bcd_389_chong_buon_lau 0.967 / 0.966 / 0.947 / 1.000 (share 13.3%, 30 targets), so_noi_vu_van_thu_luu_tru
                               0.833 / 0.929 / 0.842 / 1.000 (share 5.9%, 17); together 0.917 / 0.947 / 0.912 / 1.000. Fixed, by
                               class: archive units (units.tsv "mét giá"; "số hóa", "chỉnh lý" commitment cues of cues.tsv, Luật Lưu trữ
                               2024), a count with a group dot read as a year ("ít nhất 2.000 chứng thư …" dropped as 2000), rounds of
                               an activity organised ("Tổ chức 04 đợt cao điểm …", not "đợt thi đua" nor rounds the plan lays out as
                               "đợt 1: …"), a breakdown after a parent noun listing kinds with commas ("2.400 vụ vi phạm về buôn lậu,
                               gian lận thương mại và hàng giả, trong đó: …"). Left: "định kỳ 6 tháng" and a time cell "Hằng quý"
                               (recurring without a day: by design, the dev gold leaves them out), "80% đối với … và 60% đối với …"
                               (a part named after "đối với"), a part across a list "trong đó tài liệu … 1.400.000 trang" (the unit
                               "trang" alone is no units.tsv unit: "trang trại", "trang thông tin điện tử"), pair units "đường dây,
                               ổ nhóm", "cơ quan, tổ chức", an indicator cut at a comma ("Phục vụ khai thác, sử dụng tài liệu"),
                               bodies with a number or commas in the name ("Văn phòng Ban Chỉ đạo 389 tỉnh", "Phòng Công chức, viên
                               chức và Văn thư, lưu trữ"), "Viễn thông Đồng Nai" (a company). The 76 older plans 0.966 / 0.976 /
                               0.989 / 0.991 before and after (targets tp 2302 -> 2304: the "đợt" rows of bcd_hien_mau_tinh_nguyen
                               and huyen_an_toan_giao_thong); seeds, dev, field, wide: no target, deadline or body row changed.
    qd_chuong_trinh_nguoi_cao_tuoi  provincial UBND decision (Nghệ An: xã, phường) issuing an action programme on the elderly
                               2026 - 2030 (s25h, blind to the gazetteer): health checks and records, BHYT, social allowances,
                               intergenerational self-help clubs, longevity celebrations; hard-wrapped at 72 characters
                               mid-sentence, appendix (Chỉ tiêu | ĐVT | Năm 2026 | Năm 2028 | Năm 2030 | Cơ quan chủ trì) as tab
                               rows; ages that are no targets, "02 năm một lần", an anniversary "(01/10)", "trước ngày 10 hằng
                               tháng", "định kỳ 6 tháng (trước ngày 15/6)", a law and its amending law; start: targets 0.968 /
                               deadlines 1.000 / bodies 0.923 / refs 1.000; canonical share 38.7% (31 targets)
    kh_dai_hoi_the_duc_the_thao  provincial UBND plan (Quảng Trị: xã, phường, đặc khu) organising the provincial sports games
                               "Đại hội Thể dục thể thao tỉnh … lần thứ X năm 2026" (s25h, blind to the gazetteer): targets
                               appendix and competition schedule (Môn thi đấu | Thời gian | Địa điểm | Đơn vị chủ trì) one cell per
                               line, day spans "Từ ngày 08/6 đến ngày 10/6/2026" in time cells, award quotas (medals per event,
                               "Cờ cho 03 đoàn"), a registration cap, a medal goal at the national games, a power company;
                               start: targets 0.812 / deadlines 0.649 / bodies 0.963 / refs 1.000; canonical share 25.0% (16
                               targets)
    the two s25h plans together at the start (main 372a9b3): 0.915 / 0.800 / 0.943 / 1.000; share 34.0% (47 targets)
                               s25h after its fixes: qd_chuong_trinh_nguoi_cao_tuoi 1.000 / 1.000 / 0.963 / 1.000 (share 41.9%, 31
                               targets; its gold settled after the start: "Chủ tịch UBND các xã, phường" of Điều 3 is a row, as nine
                               older plans' gold reads it, so bodies 0.963 at the start too), kh_dai_hoi_the_duc_the_thao 0.938 / 0.970 /
                               0.963 / 1.000 (share 18.8%, 16); together 0.979 / 0.984 / 0.963 / 1.000, share 34.0% (47). Fixed, by
                               class: a time cell that is one span of days ("Từ ngày 08/6 đến ngày 10/6/2026") was cut as a run-on
                               last column and its yearless start read again; "tổ chức thi đấu 18 môn" commits; awards given to so
                               many ("tặng Cờ cho 03 đoàn") and caps on entries ("đăng ký không quá 150 vận động viên") are no
                               targets; "tuyển chọn" recruits (an output, not a quota); the units each doing an action before its
                               verbs are the scope ("mỗi xã, phường thành lập mới ít nhất 02 câu lạc bộ"). Left: the plan's year
                               "năm 2026" beside a labelled sub-event span ("Thời gian: … từ tháng 6 đến tháng 8 năm 2026", read as
                               the plan's own period); "Số môn thể thao" (the subject "Đại hội cấp tỉnh" left out of the name); the
                               year of a count dated by a later quarter in its clause ("… 04 lớp … cho 400 cán bộ …, hoàn thành trong
                               quý III/2026"); "Hội Người cao tuổi các xã, phường" (object of "chỉ đạo") and "Ban Tổ chức" taken as
                               bodies. The 76 older plans 0.966 / 0.976 / 0.989 / 0.991 before and after (same tp/pred); seeds, dev,
                               field, wide: no row changed. benchmarks/formats.py on the two: txt and DOCX 0.979 / 0.984 / 0.963 /
                               1.000, PDF 0.933 / 0.984 / 0.963 / 1.000 (the PDF joins a one-cell-per-line row's name and unit:
                               four rows of appendix I lost)
    xa_gia_dinh_bao_luc_gia_dinh  commune UBND plan (Tuyên Quang, two-level government) on family affairs and the prevention of
                               domestic violence for 2026 (s26c, blind to the gazetteer): clubs, "địa chỉ tin cậy", tổ hòa giải,
                               activity counts (hội nghị, tờ rơi, lớp, chuyên mục mỗi tháng, lần mỗi quý), the commune's offices,
                               police and health station, "Đề nghị" to the Mặt trận and unions, anniversaries "(28/6)", "20/3" and
                               "trong thời hạn 12 giờ" that are no deadlines, appendix (Chỉ tiêu | ĐVT | Thực hiện 2025 | Kế hoạch
                               2026) one cell per line; start: targets 0.877 / deadlines 1.000 / bodies 1.000 / refs 1.000;
                               canonical share 42.3% (26 targets)
    tinh_binh_on_thi_truong_tet  provincial UBND plan (Đồng Nai) on market stabilisation and essential goods for the end of 2025
                               and Tết Bính Ngọ 2026 (s26c, blind to the gazetteer), hard-wrapped at 72 characters mid-sentence:
                               reserve value and growth, share and price-gap ranges, "720 điểm, trong đó 180 điểm tại …", a cap
                               "tăng không quá 40%", funding and a loan term that are no targets, programme and inspection spans,
                               weekly/monthly/half-yearly/yearly reports, the Chi cục Quản lý thị trường, Thuế tỉnh, a police
                               department directed by its parent, two companies (one with a sub-unit in parentheses), appendix
                               (Mặt hàng | ĐVT | Tết 2025 | Tết 2026 | So sánh) as tab rows with an unnumbered total; start: targets
                               0.632 / deadlines 0.833 / bodies 0.933 / refs 1.000; canonical share 7.1% (14 targets)
    qd_khuyen_cong             provincial UBND decision (Phú Thọ) issuing the 2026 industrial-promotion (khuyến công) plan after a
                               bare "KẾ HOẠCH" heading (s26c, blind to the gazetteer): machinery support, demonstration models,
                               vocational classes, rural industrial products contest, fairs, cleaner production, industrial
                               clusters; support norms, class sizes and funding that are no targets; appendix of đề án (Nội dung |
                               Đơn vị thực hiện | Số lượng | Kinh phí | Thời gian) as tab rows with Roman group rows carrying
                               subtotals, quarter and month spans in the time column, "Hằng tháng"; start: targets 0.508 /
                               deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 17.9% (28 targets)
    the three s26c plans together at the start (main 58d5de7): 0.675 / 0.949 / 0.974 / 1.000; share 25.0% (68 targets)
                               s26c after its fixes: xa_gia_dinh_bao_luc_gia_dinh 1.000 / 1.000 / 1.000 / 1.000 (share 48.4%, 31
                               targets), tinh_binh_on_thi_truong_tet 1.000 / 0.917 / 0.933 / 1.000 (share 8.3%, 24),
                               qd_khuyen_cong 0.952 / 1.000 / 1.000 / 1.000 (share 31.2%, 32); together 0.983 / 0.974 / 0.974 /
                               1.000, share 31.0% (87). Fixed, by class: a column for a Lunar New Year ("Kế hoạch Tết Bính Ngọ
                               2026"; "Thực hiện Tết Ất Tỵ 2025" a result); a task table's "Số lượng" column without a unit column
                               counts each task's output ("03 lớp/105 lao động" two rows; a yearless time cell keeps the caption's
                               year); a year after "so với …" in its clause is the baseline's, in a numbered item (an outline
                               section) too; an occasion ("so với dịp Tết …") as the baseline of the rate of the value before; what
                               a budget sets aside ("Ngân sách tỉnh bố trí 300 tỷ đồng cho …") is funding; a comma inside a fixed
                               name ("Luật Phòng, chống …") does not part a count after "cho" from its output; "phát" hands out; a
                               post named with a dash sent to be trained; "duy trì hoạt động của N"; units "cặp" and "chiếc"; a
                               first list item of up to 11 words; a title joining two years of its own ("cuối năm 2025 và dịp Tết …
                               năm 2026") spans both (period and deadline); a cooperative's name wrapped inside a word. Left: the
                               recurring reports without a day ("định kỳ 6 tháng", "hằng tuần (trước 15 giờ thứ Năm)", by design
                               since s19d); "Liên hiệp Hợp tác xã Thương mại Thành phố Hồ Chí Minh" (the city in the name read as
                               its commune); "1.000 cuốn bản tin" (the tagger splits "bản tin": unit "cuốn bản"); "mỗi lớp từ 30 đến
                               40 học viên" (a class size, read as a per-unit target). The 80 older plans 0.966 / 0.975 / 0.986 /
                               0.992 before and after (targets tp 2394 -> 2397, pred 2456 -> 2459: "phát 18.000 tờ rơi", "phát
                               5.000 tờ rơi", "1.200.000 chiếc bao cao su" now found; two years corrected); seeds, dev, field,
                               wide: no row changed. benchmarks/formats.py on the three: txt, DOCX and PDF alike 0.983 / 0.974 /
                               0.974 / 1.000
    qd_phong_chong_ma_tuy      provincial UBND decision (Sơn La: xã, phường) issuing its 2026 plan on drug prevention and control,
                               the plan after a 'KẾ HOẠCH' heading (s26a, blind to the gazetteer): Công an tỉnh as the standing body,
                               a drug-rehabilitation centre, the border guard, "Cục … (Bộ Công an)", court and procuracy after
                               "Đề nghị", drug-free communes ("có thêm ít nhất 12 xã, phường", "35/75 xã, phường"), activity counts
                               (raids, inspections, talks), pair units ("đường dây, tổ chức", "phóng sự, tin bài"), two raid
                               periods, an observance date "(26/6)" that is no deadline, "trước ngày 15 hằng tháng", appendix
                               (Chỉ tiêu | ĐVT | Chỉ tiêu năm 2026 | Cơ quan chủ trì) as tab rows with "> 95", "≥ 60";
                               start: targets 0.939 / deadlines 1.000 / bodies 0.941 / refs 1.000; canonical share 30.3% (33 targets)
    xa_dinh_duong_ba_me_tre_em commune UBND plan (Lào Cai, after 1/7/2025) on nutrition and maternal and child health for 2026
                               (s26a, blind to the gazetteer), hard-wrapped at 72 characters mid-sentence: stunting and
                               underweight, weighing and measuring, vitamin A, iron/folic acid, antenatal visits, births at
                               facilities, breastfeeding; counts and frequencies inside an indicator's definition ("ít nhất 4 lần
                               trong 3 thai kỳ", "2 lần/năm", "trong vòng 42 ngày", ages) that are no targets, 2025 figures,
                               campaign days "ngày 01 - 02/6/2026", a bare "định kỳ 6 tháng", commune offices and two kindergartens,
                               a national programme named without a number; appendix (Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Kế
                               hoạch năm 2026) as tab rows; start: targets 0.935 / deadlines 0.783 / bodies 0.909 / refs 0.923;
                               canonical share 50.0% (30 targets)
    so_gddt_tuyen_sinh_thi_thpt  provincial Sở GDĐT plan (Lai Châu) for the grade-10 intake of 2026 - 2027 and the 2026 high-school
                               graduation exam (s26a, blind to the gazetteer): intake targets with a breakdown by school, class
                               sizes and per-room caps, an expected number of candidates and exam durations that are no targets,
                               exam calendar ("ngày 02 - 03/6/2026", "từ ngày 21/4/2026 đến 17 giờ 00 ngày 28/4/2026", "vào 08
                               giờ 00 ngày 02/7/2026", "trong thời hạn 05 ngày kể từ …", "trước 11 giờ 30 và 17 giờ 00 mỗi ngày
                               thi"), the department's own offices, a police unit in parentheses, a power company, "Điều lệ trường
                               trung học"; appendix of quotas by school (STT | Trường | Số lớp tuyển mới | Chỉ tiêu tuyển sinh)
                               one cell per line with a total row whose STT cell is empty; start: targets 0.373 / deadlines 0.840 /
                               bodies 0.880 / refs 0.909; canonical share 18.8% (16 targets)
    the three s26a plans together at the start (main 58d5de7): 0.759 / 0.876 / 0.914 / 0.952 (targets tp 71, 79 extracted, 108
                               gold); canonical share 35.4% (79 targets)
                               Gold settled after the start, each to agree with the older plans' reading: xa_dinh_duong's "chiến dịch
                               … 02 đợt: đợt 1 ngày …" rounds the plan lays out are its own parts (as xa_phong_chong_dich_benh_dong_vat's
                               "02 đợt"), so_gddt's issuing department given tasks of its own ("Sở Giáo dục và Đào tạo tổ chức 03 lớp
                               tập huấn …") is a body (as s25a's UBND xã); with it the start reads qd 0.939 / 1.000 / 0.941 / 1.000,
                               so_gddt 0.373 / 0.840 / 0.923 / 0.909, xa 0.951 / 0.783 / 0.909 / 0.923, together 0.763 / 0.876 / 0.927 /
                               0.952 (tp 71, 79 extracted, 107 gold).
                               s26a after its fixes: qd_phong_chong_ma_tuy 0.939 / 1.000 / 0.971 / 1.000 (share 30.3%, 33 targets),
                               so_gddt_tuyen_sinh_thi_thpt 0.841 / 0.920 / 0.963 / 0.909 (share 6.7%, 45: the 28 quota cells by school
                               have no canonical indicator), xa_dinh_duong_ba_me_tre_em 0.967 / 0.957 / 1.000 / 1.000 (share 51.7%, 29);
                               together 0.906 / 0.952 / 0.976 / 0.977 (tp 97 of 107, 107 extracted), share 26.2% (107). Fixed, by
                               class: a table of quotas shared out among schools or places (a names column, then quantities each in its
                               unit: "Chỉ tiêu tuyển sinh (học sinh)" is a column of values, not the indicator column; "Số lớp tuyển
                               mới" counts classes; read as tab rows and one cell a line, with a total row whose ordinal cell is an
                               empty line); two days of one month "ngày 02 - 03/6/2026" (the first borrows the second's month and
                               year); a head word closing a school's or business's proper name ("Trường Mầm non Hoa Ban") in bodies
                               and in the line wraps (the heading was joined to its task line); schools by their level are a
                               collective ("các trường THPT", which hid the named school after it); "Cơ sở cai nghiện ma túy" (Luật
                               Phòng, chống ma túy 2021) as a head; the unit "điểm thi" (Quy chế thi tốt nghiệp THPT); a count inside a
                               rate's name ("Tỷ lệ … khám thai ít nhất 4 lần trong 3 thai kỳ đạt trên 85%") is no target and the
                               rate's name runs over it; rounds named after the activity organised ("tổ chức thi thử tập trung 02
                               đợt trong tháng 4/2026"; not a campaign's division, nor rounds laid out after); "nguồn kinh phí
                               Chương trình mục tiêu quốc gia …" cites the programme. Left: pair units ("đường dây, tổ chức",
                               "phóng sự, tin bài", "cán bộ, giáo viên": no authoritative list of them), "cô đỡ thôn bản" and
                               "cộng tác viên dinh dưỡng" (units of one plan), the second value of one quota "3.955 học sinh với 96
                               lớp" named "Số lớp", a class-size norm "không quá 45 học sinh theo Điều lệ" and an expected number
                               of candidates "Dự kiến … khoảng 3.800 thí sinh" read as targets, the body as the subject of a count's
                               name ("Hội đồng thi … bố trí 22 điểm thi"), "Hội đồng thi của Sở …", "Hội đồng xét công nhận cấp
                               tỉnh", "Điều lệ trường trung học" (a title in small letters), "định kỳ 6 tháng" (recurring without a
                               day), "trong thời hạn 05 ngày kể từ ngày công bố điểm thi" and "trước 11 giờ 30 … mỗi ngày thi" (a
                               procedure's limits: borderline), the plan's period "năm 2026" read as the school year "2026 - 2027";
                               and a scorer artefact: its greedy match gives the table's "Chỉ tiêu tuyển sinh" 210/175/3955 to the
                               text's "Tổng chỉ tiêu …" rows (same value, indicator a subset), leaving the text rows unmatched.
                               The 80 older plans 0.966 / 0.975 / 0.986 / 0.992 before and after (targets tp 2394 -> 2395, pred 2456
                               -> 2457: huyen_giao_thong_nong_thon's "kiểm tra 02 đợt trong năm" found).
    bo_nnmt_trong_cay_xanh     ministry decision (Bộ Nông nghiệp và Môi trường, s26b, held-out, blind to the gazetteer) issuing
                               after 'KẾ HOẠCH' a plan implementing a Prime Minister's decision on tree planting and afforestation
                               2026 - 2030: national targets (ha of plantation forest with a breakdown, millions of scattered trees
                               urban/rural, forest cover, seedlings), a tab table Năm 2026 | Năm 2027 | Giai đoạn 2026 - 2030, a task
                               appendix (chủ trì | phối hợp | thời gian | sản phẩm), Cục/Vụ/Thanh tra Bộ/Văn phòng Bộ, ministries and
                               national bodies after 'Đề nghị', 'UBND các xã, phường, đặc khu', a campaign name with a number;
                               start: targets 0.939 / deadlines 0.963 / bodies 0.900 / refs 0.957; canonical share 34.4% (32 targets)
    tinh_tro_giup_nguoi_khuyet_tat  provincial UBND plan (Quảng Trị) of 2026 on support for people with disabilities
                               (allowances, rehabilitation, inclusive education, jobs, accessible buildings and buses; s26b, held-out,
                               blind to the gazetteer), prose hard-wrapped at 72 characters mid-sentence, tab table with last year's
                               column, the plan's own funding, commemoration days, 'trước ngày 10 hằng tháng', 'định kỳ 6 tháng trước
                               ngày 20/6 và hằng năm trước ngày 15/12'; start: targets 0.968 / deadlines 0.947 / bodies 0.923 / refs
                               1.000; canonical share 16.7% (30 targets)
    tinh_de_an_06_du_lieu_dan_cu  provincial UBND plan (Phú Thọ) of 2026 implementing Đề án 06 (population data, identity
                               cards, electronic identification, essential public services, data cleaning; s26b, held-out, blind to
                               the gazetteer), indicator table one cell per line with a 'Kết quả đến 31/12/2025' column, police,
                               telecom companies, two campaign rounds as day spans, weekly/monthly/half-yearly/yearly reports; start:
                               targets 0.889 / deadlines 0.929 / bodies 1.000 / refs 0.952; canonical share 34.8% (23 targets)
    the three s26b plans together at the start (main 58d5de7): 0.936 / 0.946 / 0.940 / 0.969; share 28.2% (85 targets)
                               s26b after its fixes: bo_nnmt_trong_cay_xanh 0.971 / 0.963 / 1.000 / 1.000 (share 32.4%, 34),
                               tinh_tro_giup_nguoi_khuyet_tat 0.968 / 1.000 / 1.000 / 1.000 (16.7%, 30), tinh_de_an_06_du_lieu_dan_cu
                               1.000 / 1.000 / 1.000 / 1.000 (36.4%, 22); together 0.977 / 0.987 / 1.000 / 1.000, share 27.9% (86;
                               the gazetteer is other helpers'). tinh_de_an_06's gold was settled on reading the older gold, before the
                               plans' commit: "Tổ chức 02 đợt cao điểm …" is a target, as bcd_389_chong_buon_lau's "Tổ chức 04 đợt cao
                               điểm" (its targets 0.864 on the first draft, 0.889 at the start). Fixed, by class: the attributive "đã" of a long rate name ("tỷ lệ diện tích rừng trồng mới
                               sử dụng giống đã được công nhận đạt trên 80%" dropped both clauses); "trường hợp" read as "trường"; a
                               count inside what a rate is about ("Tỷ lệ hồ sơ của 25 thủ tục … đạt 80%"); "các nhiệm vụ Thủ tướng
                               Chính phủ giao cho Bộ … tại Quyết định …" (given there, without "được"); "Hội Người khuyết tật tỉnh",
                               "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"; "… quốc gia thông tin, tuyên truyền" (the task's
                               verbs in the name); "Giao chỉ tiêu … cho UBND các xã, phường, đặc khu"; "trước ngày 15/12.⏎2. Sở …"
                               (the next item's number read as a year); the hour of "trước 16 giờ thứ Sáu hằng tuần"; "Đề án⏎Cục …"
                               over a table cell; "Đề án 06" beside the decision 06/QĐ-TTg approving it (also phuong_binh_dan_hoc_vu_so's
                               extra). Left: the unit of "01 vườn ươm" (read "vườn", the plan's own ĐVT in its table), "1.200 em" and
                               "600 dụng cụ" (no count-noun source for "em", "dụng cụ"; "cấp" alone is also a level), "tổ chức 03 hội
                               nghị … trong năm 2026" (a mid-sentence year is a deadline only after a listed action verb), the year
                               of "12 chuyên mục mỗi năm". The 80 older plans 0.966 / 0.975 / 0.986 / 0.992 -> 0.966 / 0.975 / 0.986
                               / 0.993; seeds, dev, field unchanged (field: one collective row more); wide: no target, one false
                               deadline fewer (a fiscal year's bounds), four collective rows more ("giao nhiệm vụ cho các tổ chức …").
                               benchmarks/formats.py on the three: txt, DOCX and PDF alike 0.977 / 0.987 / 1.000 / 1.000
    The three plans below (s26d) are a held-out measure in genres no older plan covers, written blind to the indicator
    gazetteer and measured on the branch (from main at 318d840) before any fix ("start": F1 targets / deadlines / bodies /
    legal_refs; canonical share = /work/tools/share.py on the plan's own output).
    qd_sap_xep_chinh_quyen_hai_cap  provincial chairman's decision (22/9/2025) issuing a plan on the follow-up of the 2025 two-level
                               local government reorganisation (bộ máy, cán bộ dôi dư, trụ sở và tài sản dôi dư, chuyển giao hồ sơ, số
                               hóa, chính quyền cấp xã), the plan after the signature under 'KẾ HOẠCH': target lists headed by days
                               ("Đến ngày 31/12/2025", "Đến ngày 30/6/2026"), "Giảm ít nhất 15% … so với thời điểm ngày 01/7/2025",
                               "trong đó có ít nhất 60% …" (a part), "tối đa 04 phòng chuyên môn và 01 Trung tâm …", "khoảng 1.120 người
                               dôi dư theo Nghị định …", "13 huyện, thành phố, thị xã cũ" (none), "trong thời hạn 30 ngày kể từ ngày có
                               quyết định nghỉ việc", "Giám đốc các Sở: Nội vụ, Tài chính, Khoa học và Công nghệ", a telecom and a post
                               company after "phối hợp với", an amending law, a tab appendix with empty cells (Đến 31/12/2025 | Đến
                               30/6/2026); start: targets 0.745 / deadlines 0.963 / bodies 0.941 / refs 1.000; canonical share 18.2% (22)
    tinh_benh_khong_lay_nhiem  provincial UBND plan on non-communicable diseases 2026 - 2030 (tăng huyết áp, đái tháo đường, ung thư,
                               COPD; sàng lọc; quản lý điều trị tại trạm y tế xã), prose hard-wrapped at 72 characters mid-sentence:
                               shares "đến năm 2030" and "Đến năm 2027", "ít nhất một lần mỗi năm" and a row label "… ít nhất 1
                               lần/năm" that define an indicator, ages, "trong đó 55% …", "không quá 25%", "giảm … xuống dưới 36%",
                               "24 chuyên mục và 48 tin, bài mỗi năm", "ít nhất 02 lần/tháng", "20 lớp tập huấn cho 600 nhân viên y tế
                               xã … trong năm 2026 và năm 2027", awareness days "(17/5)", "Các Trung tâm Y tế khu vực", "chỉ đạo trạm y
                               tế xã, phường …", "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)", a tab appendix
                               Năm 2027 | Năm 2030 ("< 36"); start: targets 0.958 / deadlines 0.909 / bodies 0.941 / refs 1.000;
                               canonical share 31.2% (48)
    phuong_trat_tu_do_thi      ward UBND plan for 2026 on urban order and sanitation (lòng đường vỉa hè, thu gom rác, chiếu sáng, tuyến
                               phố văn minh), appendix one cell per line (STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm
                               2026, "Dưới 870"): "dành tối thiểu 1,5 m vỉa hè", "từ 2 m trở lên" (none), counts after a comma ("Lắp đặt
                               mới 180 bộ đèn LED, thay thế 320 bộ đèn …", "in, phát 5.000 tờ rơi"), "nâng tổng số … lên 13 tuyến",
                               "trong thời hạn 05 ngày làm việc" (none), "vào Chủ nhật cuối cùng hằng tháng", ward bodies (Phòng Kinh tế,
                               Hạ tầng và Đô thị, Đội Quản lý trật tự đô thị phường, "Ban điều hành các tổ dân phố"), two companies,
                               "Đề nghị Sở Xây dựng thành phố"; start: targets 0.912 / deadlines 0.957 / bodies 0.923 / refs 1.000;
                               canonical share 22.2% (27)
    the three s26d plans together at the start: 0.892 / 0.944 / 0.936 / 1.000; canonical share 25.8% of 97 targets (median per
                               plan 22.2%; gold settled before the start figures: counts in their counting noun ("300 trường học" →
                               "trường", "60 thùng rác" → "thùng", as the older gold's "cây" for "cây xanh"), the half-yearly and
                               yearly report days' date_raw as tinh_pccc_cnch_cong_thong_tin's gold reads them)
                               Gold settled after the start (start figures against it: qd_sap_xep_chinh_quyen_hai_cap deadlines
                               1.000, together 0.892 / 0.958 / 0.936 / 1.000): "trong thời hạn 30 ngày kể từ ngày có quyết định nghỉ
                               việc" is each case's time limit (a step of a procedure, RELATIVE_TO_END's reading), no deadline; "180
                               bộ đèn LED", "320 bộ đèn cao áp" in "bộ đèn" as huyen_phat_trien_do_thi_nha_o's "650 bộ đèn chiếu sáng
                               LED" (tinh_nang_luong_tiet_kiem's "6.500 bộ đèn chiếu sáng" made "bộ đèn" too: its "bộ" was the one
                               reading apart). s26d after its fixes: qd_sap_xep_chinh_quyen_hai_cap 0.915 / 1.000 / 1.000 / 1.000
                               (share 20.0%, 30), tinh_benh_khong_lay_nhiem 0.990 / 0.909 / 0.941 / 1.000 (31.9%, 47),
                               phuong_trat_tu_do_thi 1.000 / 0.957 / 0.963 / 1.000 (23.3%, 30); together 0.972 / 0.958 / 0.969 /
                               1.000, share 26.2% of 107 (the gazetteer untouched: more targets found, most of them activity counts).
                               Fixed, by class: a table column named by the day, month or quarter its values are due ("Đến
                               31/12/2025", "Đến ngày 30/6/2026", "Đến hết quý II/2026"; "Thực hiện đến …" is none): a whole appendix
                               was lost; VNPT's provincial units named by their province ("Viễn thông Phú Thọ", not the field inside
                               "Tập đoàn Bưu chính Viễn thông Việt Nam"); teams named after "Đội" with a capital ("Đội Quản lý trật tự
                               đô thị phường"); how often each one a share counts is served, after the share ("95% người … được đo
                               huyết áp ít nhất một lần mỗi năm", "… 01 lần/năm": the share's definition, no count of its own);
                               "tăng huyết áp" (a disease) is no direction; the year of "trong quý IV/2026", "trong tháng 10/2026" in
                               the clause; output verbs "thay thế", "in, phát", "nhận đỡ đầu"; units "nhân viên y tế", "bộ đèn". On
                               the 80 older plans: 0.966 / 0.975 / 0.986 / 0.992 before, 0.966 / 0.975 / 0.987 / 0.992 after (two
                               bodies found, "Đội Quản lý trật tự đô thị huyện", "Viễn thông Đồng Nai"; "6.500 bộ đèn" found; five
                               target years right). Left: a part of a share with its own predicate ("trong đó có ít nhất 60% trụ sở
                               dôi dư được chuyển đổi công năng …": read as its own indicator, not the parent's with a scope); an
                               indicator cut at a comma and running into "theo Nghị định …" ("nghỉ hưu trước tuổi, thôi việc cho
                               khoảng 1.120 người dôi dư theo Nghị định …"); "của 13 huyện, thành phố, thị xã cũ" (whose records,
                               read as an output); "mỗi năm ít nhất 01 đợt tại mỗi xã, phường"; "trong năm 2026 và năm 2027" (no
                               deadline, the first year the classes'); "vào Chủ nhật cuối cùng hằng tháng"; plural or lower-case
                               levels of units ("Các Trung tâm Y tế khu vực", "trạm y tế xã, phường", "Ban điều hành các tổ dân
                               phố"). Seeds, dev, field unchanged; wide: one row less ("Chủ tịch UBND các xã, phường" after
                               "Trách nhiệm thực hiện Sở …; Viễn thông Ninh Bình; …", as "Điện lực Ninh Bình" there does; the body
                               stays from Điều 4). benchmarks/formats.py on the three: txt, DOCX and PDF 0.972 / 0.958 / 0.969 / 1.000.
    qd_nong_nghiep_huu_co_cong_nghe_cao  provincial UBND decision (Đồng Tháp: xã, phường) issuing a 2026 - 2030 plan on organic and
                               high-tech agriculture (s26e, blind to the gazetteer), the plan after a second letterhead and
                               'KẾ HOẠCH': hectares by phase ("2.1. Đến năm 2027", "2.2. Đến năm 2030"), a crop breakdown, mã số
                               vùng trồng, VietGAP, value per hectare "trên 250 triệu đồng", a residue rate "dưới 2%", outputs
                               (lớp, lượt, mô hình, hội nghị, mẫu), a standard "TCVN 11041-2:2017", a State Bank region and a
                               telecom company, appendix (TT | Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Năm 2027 | Năm 2030) as tab
                               rows; start: targets 0.988 / deadlines 0.875 / bodies 0.963 / refs 1.000; canonical share 27.5%
                               (40 targets)
    ubnd_chi_so_pci_papi       provincial UBND plan (Tuyên Quang) of 2026 to improve PCI, PAPI, PAR INDEX, SIPAS and DTI (s26e,
                               blind to the gazetteer), prose hard-wrapped at 72 characters mid-sentence: points ("đạt từ 66
                               điểm trở lên", component indices "6,5 điểm", "0,75 điểm"), ranks ("thuộc nhóm 15 tỉnh, thành phố
                               dẫn đầu", "tăng ít nhất 03 bậc"), a duration "còn 15 ngày", a cap "không quá 01 lần", survey
                               quotas "mỗi quý ít nhất 1.000 phiếu", a national body (VCCI), a table (TT | Chỉ số | Kết quả năm
                               2025 | Mục tiêu năm 2026 | Cơ quan chủ trì) with the unit in the indicator cell ("PCI (điểm)",
                               "DTI (thứ hạng)"), "định kỳ 6 tháng (trước ngày 15/6/2026) và năm (trước ngày 30/11/2026)";
                               start: targets 0.844 / deadlines 1.000 / bodies 0.966 / refs 1.000; canonical share 43.3% (30
                               targets)
    so_y_te_chat_luong_benh_vien  Sở Y tế plan (Khánh Hòa) of 2026 on hospital quality and patient satisfaction (s26e, blind to
                               the gazetteer) under the Sở's own header: quality points with thresholds that are no targets ("100%
                               bệnh viện đạt từ 3,0 điểm trở lên"), satisfaction by "nội trú … ngoại trú …", waiting times in
                               minutes ("giảm còn dưới 60 phút", "không quá 90 phút"), bệnh án điện tử, hand hygiene, staff trained
                               ("cho 320 nhân viên y tế"), the targets table (TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 |
                               Kế hoạch năm 2026) one cell per line, "trong tháng 11 và tháng 12/2026", "trước ngày 20 hằng tháng";
                               start: targets 0.933 / deadlines 0.960 / bodies 0.960 / refs 1.000; canonical share 13.8% (29
                               targets)
    the three s26e plans together at the start (main 318d840): 0.927 / 0.951 / 0.963 / 1.000 (tp 95 of 106 gold targets, 99
                               extracted); canonical share 28.3% (99 targets)
                               s26e after its fixes (gold settled after the start: "cho 320 nhân viên y tế" counted in "nhân viên",
                               as "cho 400 cán bộ y tế cơ sở" in "cán bộ"; the start reads the same): qd_nong_nghiep_huu_co_cong_nghe_cao
                               1.000 / 0.941 / 0.963 / 1.000 (share 26.8%, 41 targets), ubnd_chi_so_pci_papi 0.941 / 1.000 / 1.000 /
                               1.000 (share 44.1%, 34), so_y_te_chat_luong_benh_vien 1.000 / 0.960 / 0.960 / 1.000 (share 16.1%, 31);
                               together 0.981 / 0.968 / 0.976 / 1.000, share 29.2% (106). Fixed, by class: an index's score the plan
                               commits to ("Chỉ số PAPI đạt trên 44 điểm.", "Chi phí không chính thức đạt 7,0 điểm.": "đạt" right before
                               the score in a sentence naming an index, not a rubric's points); the score each unit of a share must reach
                               is its criterion ("100% bệnh viện đạt từ 3,0 điểm trở lên"); a patient's waiting time (QĐ 1313/QĐ-BYT) and
                               the results a service hands out ("chờ nhận kết quả", "trả kết quả") are no reported result; the "đã" of
                               what a share counts ("100% mã số vùng trồng đã cấp được giám sát …; tỷ lệ … dưới 2%"); a year of the
                               value's own clause wins over an earlier clause's; units "nhân viên", "cơ quan, đơn vị, địa phương";
                               the body "Liên đoàn Thương mại và Công nghiệp Việt Nam"; an item line holding a lower-case clause after
                               ";" is a sentence cut by the width (wraps); a yearless "ngày 15/12" is no fraction that makes a
                               sentence's year a target's ("… hằng năm; tổng kết vào năm 2030"). Left: "Định kỳ 6 tháng" (recurring
                               without a day, by design), "mỗi quý ít nhất 1.000 phiếu" (indicator read as "mỗi quý"), the unit
                               "(thứ hạng)" of a table's indicator cell, "Viễn thông Đồng Tháp" (a "Viễn thông" head would read
                               "Viễn thông, công nghệ thông tin …" as a body), "trạm y tế xã, phường" (a heading naming the object of
                               "chỉ đạo"). The 80 older plans 0.966 / 0.975 / 0.986 / 0.992 before and after (same tp/pred); seeds,
                               dev, field, wide: no row changed. benchmarks/formats.py on the three: txt, DOCX and PDF alike
                               0.981 / 0.968 / 0.976 / 1.000
    qd_phong_chong_mua_ban_nguoi  Chủ tịch UBND tỉnh decision (Lào Cai) issuing the 2026 plan on human trafficking (s26f,
                               blind to the gazetteer), the plan after its own letterhead and 'KẾ HOẠCH' with "(Ban hành kèm
                               theo Quyết định số …)": 2025 figures that are no targets, a cut "so với năm 2025", clearance rates
                               with a "trong đó" part, lines broken, victims and legal aid shares, outputs (hội nghị, lượt người,
                               tờ rơi, chuyên mục, phiên, lớp), a tab table (TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Cơ quan chủ
                               trì) with "≥ 10", "> 90"; Điều 3 "Giám đốc các Sở: Y tế, …", border guards, procuracy and court, a
                               national ministry "đề nghị", a bank branch; "định kỳ 6 tháng (trước ngày …) và năm (trước ngày …)";
                               start: targets 1.000 / deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 32.0% (25
                               targets)
    xa_phong_chong_duoi_nuoc_tre_em  commune UBND plan (Đồng Tháp, after 1/7/2025) of 2026 on child injuries and drowning
                               (s26f, blind to the gazetteer), hard-wrapped at 72 characters mid-sentence: 2025 figures and ages
                               that are no targets ("trẻ em từ 6 đến 15 tuổi"), swimming classes, warning signs and barriers,
                               "Ngôi nhà an toàn" (a Bộ tiêu chí without number), "ít nhất 02 tin, bài mỗi tháng", a tab table
                               (TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026) with "≤ 20"; commune offices
                               (Phòng Văn hóa - Xã hội, Phòng Kinh tế, Trạm Y tế xã, Công an xã, Ban Chỉ huy Quân sự xã),
                               "Trưởng các ấp"; a yearless season "từ tháng 8 đến tháng 11", "trước ngày 25 hằng tháng",
                               "định kỳ 6 tháng", "trước ngày 15/12 hằng năm"; start: targets 0.905 / deadlines 0.909 / bodies
                               1.000 / refs 1.000; canonical share 5.0% (20 targets)
    tinh_giam_thieu_chat_thai_nhua  provincial UBND plan (Khánh Hòa: xã, phường, đặc khu) of 2026 - 2030 on plastic waste and
                               non-biodegradable bags (s26f, blind to the gazetteer): targets under "1. Đến năm 2027" / "2. Đến
                               năm 2030", a share split by place ("trên 90% ở các phường và 70% ở các xã"), a cut "Giảm 75% rác
                               thải nhựa trên biển", outputs (hội nghị, lớp, tiểu thương, thùng rác, đợt ra quân), the targets
                               table (TT | Chỉ tiêu | Đơn vị tính | Đến năm 2027 | Đến năm 2030) one cell per line; Ban Quản lý
                               vịnh Nha Trang, Ban Quản lý các cảng cá tỉnh, a company, a tourism association; "kể từ ngày
                               01/7/2026", "vào tháng 6 hằng năm", phases "Giai đoạn 1 (2026 - 2027)"; start: targets 0.949 /
                               deadlines 0.960 / bodies 0.909 / refs 1.000; canonical share 20.7% (29 targets)
    the three s26f plans together at the start (main 74a6561): 0.954 / 0.955 / 0.968 / 1.000 (tp 72 of 77 gold targets, 74
                               extracted); canonical share 20.3% (74 targets)
                               s26f after its fixes (gold settled after the start: "500 thùng rác" counted in "thùng", as the older
                               plans' "60 thùng rác công cộng"; the start reads the same): qd_phong_chong_mua_ban_nguoi 1.000 / 1.000 /
                               1.000 / 1.000 (share 32.0%, 25 targets), xa_phong_chong_duoi_nuoc_tre_em 0.930 / 0.909 / 1.000 / 1.000
                               (share 4.8%, 21), tinh_giam_thieu_chat_thai_nhua 1.000 / 1.000 / 1.000 / 1.000 (share 23.3%, 30);
                               together 0.980 / 0.971 / 1.000 / 1.000, share 21.1% (76). Fixed, by class: one indicator's values place
                               by place ("đạt trên 90% ở các phường và 70% ở các xã", "95% đối với khu vực đô thị, 80% đối với …": the
                               second value takes the first's name, each its place as scope; an older plan's "đối với cơ quan cấp tỉnh
                               … đối với Ủy ban nhân dân cấp xã" gained too); a task's clause after ";" opening with a commitment verb,
                               after a "đã" that reports no figure ("thu gom riêng chất thải đã phân loại …; lắp đặt 500 thùng rác …");
                               the unit "phụ huynh"; boards named for a bay or the fishing ports ("Ban Quản lý vịnh Nha Trang", "Ban
                               Quản lý các cảng cá tỉnh"); a phase that "nhân rộng"/"mở rộng"; a part's first item is no line of the
                               part's title ("V. TIẾN ĐỘ THỰC HIỆN⏎1. Giai đoạn 1 (…): hoàn thiện tiêu chí …" hid "Giai đoạn 2 (2028 -
                               2030)"). Left: "lắp đặt mới 25 biển cảnh báo và làm rào chắn …" (the name runs over "và làm": "làm" alone
                               is too common a verb to end a name), "200 áo phao" (a product noun, no unit list to take it from), the
                               yearless season "mùa nước nổi kéo dài từ tháng 8 đến tháng 11" read as a deadline, "định kỳ 6 tháng"
                               without a day (by design). All 98 plans: 0.966 / 0.974 / 0.986 / 0.993 before, 0.967 / 0.974 / 0.987 /
                               0.993 after (targets tp 2946 -> 2950, deadlines 1194 -> 1195, bodies 1373 -> 1375; no plan worse)
    tinh_dua_lao_dong_nuoc_ngoai  provincial UBND plan (Hà Tĩnh, labour under Sở Nội vụ after 2025, xã/phường) on sending workers
                               abroad under contract in 2026 (s26h, blind to the gazetteer), hard-wrapped at 72 characters
                               mid-sentence: a yearly total with its breakdown by market, training before departure, recruitment
                               sessions, job fairs, loan turnover, absconding rate, returnees; a class size, a support norm and the
                               funding that are no targets; "trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ" (a file's time
                               limit, no deadline), a centre with its ministry in parentheses, a bank branch after "Đề nghị"; appendix
                               (Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Kế hoạch năm 2026) as tab rows with "-" part rows; start:
                               targets 0.800 / deadlines 1.000 / bodies 0.917 / refs 1.000; canonical share 14.3% (28 targets)
    bo_the_thao_thanh_tich_cao_sea_games  MINISTRY plan (Bộ Văn hóa, Thể thao và Du lịch) preparing the national team for SEA Games 34
                               in 2027 (s26h, blind to the gazetteer): a rank "trong nhóm 3 đoàn dẫn đầu", a medal range "từ 90 đến
                               110 huy chương vàng", athletes and coaches gathered, camps abroad, experts hired, doping tests;
                               the Games' ordinal and names that are no targets; two phases in months, quarters, "định kỳ hằng quý";
                               the ministry's Cục, Vụ, Văn phòng Bộ, Thanh tra Bộ and national training centres, "Sở Văn hóa, Thể
                               thao và Du lịch các tỉnh, thành phố", national bodies after "đề nghị"; appendix (STT | Chỉ tiêu | Đơn
                               vị tính | SEA Games 34) one cell per line with "90 - 110" and "≥ 60"; start: targets 0.518 /
                               deadlines 0.909 / bodies 0.909 / refs 1.000; canonical share 25.0% (8 targets)
    qd_quan_ly_cum_cong_nghiep  provincial UBND decision (Bắc Ninh, after 2025) issuing its 2026 plan on industrial clusters, the plan
                               after a bare "KẾ HOẠCH" heading (s26h, blind to the gazetteer): occupancy rate, clusters founded and
                               extended ("Thành lập mới 05 … và mở rộng 02 …"), central wastewater treatment, projects and capital,
                               polluting facilities relocated, inspections; 2025 figures, a green-space norm, a support norm and
                               the funding that are no targets; Điều 3's "Giám đốc các sở: …" and "Chủ tịch Ủy ban nhân dân các xã,
                               phường", a police sub-unit in parentheses, Thuế tỉnh, a power company, a Tờ trình cited; "định kỳ 6
                               tháng và hằng năm (trước ngày 15/12)"; appendix I (Chỉ tiêu | ĐVT | Ước thực hiện năm 2025 | Kế
                               hoạch năm 2026) and appendix II (task table with counts in its task cells) as tab rows; start:
                               targets 0.863 / deadlines 0.880 / bodies 0.963 / refs 1.000; canonical share 15.4% (26 targets)
    the three s26h plans together at the start (main 74a6561): 0.767 / 0.925 / 0.929 / 1.000 (targets tp 51, 62 extracted, 71
                               gold); canonical share 16.1% (62 targets)
                               Gold settled after the start, to agree with the older decisions' gold: qd_quan_ly_cum_cong_nghiep's
                               Điều 3 "Chủ tịch Ủy ban nhân dân các xã, phường" is a body of its own (its bodies at the start then
                               0.963 -> 1.000 read the same). s26h after its fixes: tinh_dua_lao_dong_nuoc_ngoai 1.000 / 1.000 /
                               1.000 / 1.000 (share 18.5%, 27 targets), bo_the_thao_thanh_tich_cao_sea_games 0.857 / 0.909 /
                               1.000 / 1.000 (share 25.0%, 16), qd_quan_ly_cum_cong_nghiep 0.941 / 0.960 / 1.000 / 1.000 (share
                               15.4%, 26); together 0.943 / 0.955 / 1.000 / 1.000, share 18.8% (69). Fixed, by class: a table's
                               one column of values headed by what the plan prepares for ("SEA Games 34": no year, no plan word)
                               under a caption naming its targets; a "-" in the STT column under a numbered row marks a part (the
                               row's indicator, the part as scope), not an ordinal; a body of kind other/centre followed by role
                               words ("Công an tỉnh chủ trì, phối hợp với … thanh tra, kiểm tra 15 doanh nghiệp") or a centre by a
                               verb acts, out of the indicator; "trình <body> quyết định …" before a count; the size a class or
                               session may reach ("mỗi lớp không quá 40 học viên", "mỗi lớp từ 30 đến 40 học viên": also two
                               extras of qd_khuyen_cong and so_gddt_tuyen_sinh_thi_thpt gone); one date in the bracket after
                               "định kỳ 6 tháng và hằng năm (…)" is the nearest cue's (two dates go in turn); body names: "tổng"
                               a word of names only in "tổng hợp" ("Cục … Việt Nam tổng kết"), "ngoài nước" ("Trung tâm Lao động
                               ngoài nước"), "Ủy ban Olympic Việt Nam"; "các Liên đoàn, Hiệp hội thể thao quốc gia" a collective
                               after which a list of partners goes on. Left: "định kỳ hằng quý" / "định kỳ 6 tháng" without a day
                               (by design), "từ 90 đến 110 huy chương vàng" (a range in prose with a medal noun), "trong nhóm 3
                               đoàn dẫn đầu" (a rank in "đoàn"), "thuê 30 chuyên gia, huấn luyện viên nước ngoài", "05 nhà tập"
                               (unit "nhà"), "Thành lập mới 05 … và mở rộng 02 …" (the first value named by the second verb),
                               "không thấp hơn 10% diện tích … theo quy chuẩn" (a norm read as a target), the title's "năm 2027"
                               (the Games' year) read as the plan's own period. The 95 older plans 0.966 / 0.974 / 0.986 / 0.993
                               before and after (targets tp 2874 the same, pred 2954 -> 2952: the two class sizes); seeds, dev
                               unchanged; wide: one body row, "Cục Quản lý lao động ngoài nước" named in full; field: 22 target rows
                               of 004_camau's debt table, whose "-" parts now keep their numbered row's indicator with the part as
                               scope (the contract's breakdown); benchmarks/formats.py on the three: txt, DOCX and PDF alike 0.943 /
                               0.955 / 1.000 / 1.000
    qd_y_duoc_co_truyen        provincial UBND decision (Lào Cai, after 2025) issuing its 2026-2030 plan on traditional medicine
                               (y dược cổ truyền), the plan after a bare "KẾ HOẠCH" heading (s27c, blind to the gazetteer): the
                               share of visits treated by traditional medicine with its parts by level ("trong đó tuyến tỉnh đạt
                               15%, tuyến xã đạt 35%"), stations with a clinic and "trong đó 60% … riêng", beds, doctors per 10 000,
                               training, herb area with "trong đó … 05 vùng … GACP-WHO", GMP plants, OCOP products ("từ 3 sao trở
                               lên" a grade, no target), gene sources, remedies, classes, inspections; 2025 figures that are no
                               targets; an amending law beside the law it amends (both numbered), the provincial master plan named
                               without a number; Điều 3's "Giám đốc các sở: …", "Giám đốc Bảo hiểm xã hội tỉnh", "Chủ tịch Ủy ban
                               nhân dân các xã, phường"; a hospital "làm đầu mối", a national academy as partner; "trong năm 2026",
                               "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 30/11)"; appendix (STT | Chỉ tiêu | Đơn vị
                               tính | Năm 2026 | Năm 2028 | Năm 2030) as tab rows; start (main 308d4ff): targets 0.946 / deadlines
                               0.947 / bodies 1.000 / refs 1.000; canonical share 8.3% (36 targets)
    so_y_te_phong_chong_lao    provincial Sở Y tế plan (Đồng Tháp) on tuberculosis control in 2026 (s27c, blind to the gazetteer),
                               hard-wrapped at 72 characters mid-sentence (names and brackets cut over a wrap): cases found and
                               treated, treatment success (new and relapse; drug-resistant), drug-resistant cases, X-ray screening,
                               HIV testing, latent TB treatment, loss to follow-up, "06 lớp … cho 300 cán bộ y tế", broadcasts,
                               supervision "tại 100% … ít nhất 02 lần trong năm"; 2025 results, "người từ 60 tuổi trở lên" and two
                               screening rounds ("đợt") that are no targets; World TB Day "(24/3)" no deadline; two rounds as day
                               spans, "hằng quý trước ngày 20 của tháng cuối quý", "định kỳ 6 tháng (trước ngày 15/6/2026)"; the
                               department's own offices, a provincial and the national lung hospital, "Trung tâm Y tế các khu vực",
                               "trạm y tế xã, phường" given a task; "Chương trình chống lao quốc gia" named without a number;
                               appendix (STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026) as tab rows with
                               "> 90", "< 3"; start (main 308d4ff): targets 0.927 / deadlines 1.000 / bodies 0.846 / refs 0.909;
                               canonical share 10.0% (20 targets)
    xa_suc_khoe_tam_than       commune UBND plan (xã Yên Thành, Nghệ An, after the 2025 two-level reorganisation) on community mental
                               health care in 2026 (s27c, blind to the gazetteer): schizophrenia and epilepsy found and managed,
                               monthly medicine, stable-treatment rates, depression screening, home visits "ít nhất 01 lần/tháng",
                               social allowance, "02 lớp tập huấn cho 76 nhân viên y tế …", talks, leaflets, vocational support;
                               the commune's population, patients under management and ages that are no targets; World Mental
                               Health Day "(10/10)" no deadline, "vào ngày 15 hằng tháng", "trước ngày 20 hằng tháng", a bare
                               "định kỳ 6 tháng"; the commune's offices (Trạm Y tế xã, Phòng Văn hóa - Xã hội, Phòng Kinh tế, Công an
                               xã), the regional health centre, the commune's Front and unions after "Đề nghị", schools, hamlet
                               heads and "Ban công tác Mặt trận các thôn, xóm" as collectives; appendix (TT | Chỉ tiêu | ĐVT | Thực
                               hiện năm 2025 | Kế hoạch năm 2026) one cell per line; start (main 308d4ff): targets 1.000 / deadlines
                               0.933 / bodies 1.000 / refs 1.000; canonical share 31.6% (19 targets)
    the three s27c plans together at the start: 0.954 / 0.964 / 0.941 / 0.976; canonical share 14.7% (75 targets)
                               Gold settled after the start, to agree with the share-of-units convention (tests/test_targets.py,
                               "95% người … được khám … ít nhất 01 lần/năm"): so_y_te_phong_chong_lao's "Giám sát hỗ trợ kỹ thuật
                               tại 100% trung tâm y tế khu vực ít nhất 02 lần trong năm" is one target, the share, its frequency
                               the criterion (21 -> 20 targets; its targets at the start then 0.950, the three together 0.961).
                               s27c after its fixes (2ce1db4): qd_y_duoc_co_truyen 1.000 / 0.947 / 1.000 / 1.000 (share 7.9%, 38
                               targets), so_y_te_phong_chong_lao 1.000 / 1.000 / 0.960 / 0.909 (share 15.0%, 20),
                               xa_suc_khoe_tam_than 1.000 / 0.933 / 1.000 / 1.000 (share 31.6%, 19); together 1.000 / 0.964 / 0.985
                               / 0.976, share 15.6% (77). Fixed, by class: "Trung ương", lower case in its second syllable, closes
                               a national body's name ("Bệnh viện Phổi Trung ương" was cut to "… Trung"); "thẩm định" ends a name
                               as a task after a one-syllable field ("Phòng Nghiệp vụ Y - Dược thẩm định …", "Cục Quản lý Dược thẩm
                               định …"; not "Hội đồng thẩm định"); a density whose noun its field qualifies before the base ("1,5
                               bác sỹ y học cổ truyền/vạn dân": unit bác sỹ/vạn dân, the field in the name); "bài" a classifier
                               that takes its noun ("bài thuốc", "bài viết"); "sưu tầm", "bảo tồn" commit to a count; a science and
                               technology task ("03 nhiệm vụ khoa học và công nghệ cấp tỉnh") is an output, not the plan's own
                               "nhiệm vụ"; a comma between the topics of the output counted first ("06 lớp tập huấn cập nhật chẩn
                               đoán, điều trị lao … cho 300 cán bộ y tế") does not part it from those it is for unless a
                               commitment's verb follows it (also qd_khoang_san_tai_nguyen_nuoc's "600 đại biểu" now named by its
                               classes). Left: "trong năm 2026" closing a task without a figure (an older negative keeps "Tiếp tục
                               phát triển … trong năm 2026." no deadline); a bare "định kỳ 6 tháng" report (by design: the field
                               gold leaves undated recurring reports out, e.g. 010, 017, 039, so reading them would cost dev
                               precision; 41 of the 65 deadline misses of all plans are of this class); "trạm y tế xã, phường" in
                               lower case given a task (a location elsewhere); "Chương trình chống lao quốc gia" named as a funder
                               (a programme named in lower case ending "quốc gia" is read nowhere; "Chương trình cấp quốc gia" in
                               the wide corpus is no title). The 101 older plans: only qd_khoang_san_tai_nguyen_nuoc changes (one
                               miss and one extra fixed); seeds, dev, field and wide rows the same.
    ldld_chuong_trinh_cong_doan  provincial TRADE UNION federation's work programme (Liên đoàn Lao động tỉnh Phú Thọ, after 2025) for
                               2026 (s27e, held out, blind to the gazetteer), hard-wrapped at 72 characters mid-sentence: đoàn viên and
                               công đoàn cơ sở with a part, thỏa ước lao động tập thể shares, conferences and dialogue, Mái ấm Công
                               đoàn, members proposed to the Party, dues collected, a share of unions inspected per upper-level union;
                               activity counts (hội nghị, bản tin, suất quà, phiên chợ, lượt tư vấn, cuộc giám sát, lớp/cán bộ); an
                               eligibility "từ 25 lao động trở lên", a stoppage's "quá 03 ngày" and support norms that are no targets;
                               the federation's bans, office, Ủy ban Kiểm tra, legal aid centre and named upper-level unions (Công
                               đoàn các Khu công nghiệp tỉnh, Công đoàn ngành Giáo dục); Tháng Công nhân span, "hằng quý", dated
                               6-monthly and yearly reports; appendix (STT | Đơn vị | three indicators, unit in the header) as tab
                               rows with a "Tổng cộng" row; start (main 308d4ff): targets 0.809 / deadlines 0.968 / bodies 0.812 /
                               refs 1.000; canonical share 32.5% (40 targets)
    qd_khoi_nghiep_doi_moi_sang_tao  provincial UBND DECISION (Thái Nguyên, after 2025) issuing its 2026-2030 plan to support the
                               innovative START-UP ecosystem, the plan after a bare "KẾ HOẠCH" heading under a repeated header (s27e,
                               held out, blind to the gazetteer): projects supported with a part, firms raising capital and the
                               capital raised, incubators (vườn ươm), spaces ("nâng tổng số … lên 08", "mỗi trường … ít nhất 01"),
                               learners, mentors, clubs, investors, IP; yearly activity counts (khóa, ngày hội, Demo Day, số phát
                               sóng); a contest's selection quota and a support cap that are no targets; Điều 3's office, sở, BQL
                               and "Chủ tịch Ủy ban nhân dân các xã, phường", a centre, a national Cục with its ministry in
                               parentheses, a university and associations after "Đề nghị"; a yearly final "vào tháng 10"; appendix
                               (TT | Chỉ tiêu | ĐVT | Giai đoạn 2026 - 2027 | Giai đoạn 2028 - 2030 | Tổng giai đoạn 2026 - 2030) as
                               tab rows; start (main 308d4ff): targets 0.807 / deadlines 0.947 / bodies 0.839 / refs 1.000;
                               canonical share 16.0% (25 targets)
    tinh_khong_khi_nuoc_thai_song_cau  provincial UBND plan (Bắc Ninh, after 2025) on AIR QUALITY and URBAN WASTEWATER in the Cầu
                               river basin, 2026-2030 (s27e, held out, blind to the gazetteer): PM2,5 (a cut in %, "không vượt quá
                               25 µg/m3"), AQI days "còn dưới 20 ngày/năm", the wastewater share with "riêng các phường trung tâm",
                               "04/06 điểm quan trắc", stations, monitoring points and "12 đợt/năm", inspections, relocations, a
                               plant's capacity in m³/ngày đêm, km of pipes and canals, households, buses "15% vào năm 2027 và 30%
                               vào năm 2030"; 2025 figures and the plan's funding that are no targets; QCVN cited by code, an Đề án
                               without number; "hằng quý", "hằng tháng", "định kỳ 6 tháng (trước ngày 20/6)"; the police with its
                               division in parentheses, "Ủy ban nhân dân các tỉnh, thành phố trong lưu vực sông Cầu", a company;
                               appendix (TT | Chỉ tiêu | ĐVT | Năm 2027 | Năm 2030) one cell per line with "≤ 34", "< 40", "> 50";
                               start (main 308d4ff): targets 0.930 / deadlines 0.900 / bodies 1.000 / refs 1.000; canonical share
                               29.4% (34 targets)
    the three s27e plans together at the start (main 308d4ff): 0.848 / 0.943 / 0.876 / 1.000 (targets tp 92, 99 extracted, 118
                               gold); canonical share 27.3% (99 targets)
                               s27e after its fixes: ldld_chuong_trinh_cong_doan 0.958 / 0.968 / 0.914 / 1.000 (share 42.6%, 47
                               targets), qd_khoi_nghiep_doi_moi_sang_tao 0.968 / 0.947 / 0.875 / 1.000 (16.7%, 30),
                               tinh_khong_khi_nuoc_thai_song_cau 0.958 / 0.900 / 1.000 / 1.000 (29.4%, 34); together 0.961 / 0.943 /
                               0.925 / 1.000, share 31.5% (111 targets). Fixed, by class: a target table's columns, the whole
                               period's total beside its phases ("Tổng giai đoạn 2026 - 2030": its last year) and a measure whose
                               noun holds "cơ sở" ("Thành lập công đoàn cơ sở (đơn vị)": no baseline column; "Thực hiện giai đoạn
                               2021 - 2025" is one); compound count nouns a law names (công đoàn cơ sở, vườn ươm, nhà đầu tư,
                               điểm quan trắc; an older plan's "01 vườn ươm giống" gained); the "ước" of thỏa ước, hương ước, quy
                               ước read as an estimate; the size of the units a count counts ("600 doanh nghiệp từ 25 lao động
                               trở lên"); "Trưởng ban Ban …" in a closing list (the board is assigned); the union of the industrial
                               zones ("Công đoàn các Khu công nghiệp tỉnh") and "các công đoàn … khác" closing a list (a
                               collective). Left: long lower-case names of centres ("Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng
                               tạo tỉnh", more than four lower-case words), a Cục named for "khoa học, công nghệ và đổi mới sáng
                               tạo" (its comma), a head inside a name ("Trung tâm Tư vấn pháp luật Công đoàn tỉnh"), the short
                               "Ủy ban Kiểm tra" beside its full name, "140 Mái ấm Công đoàn" (unit "mái"), "tặng 6.000 suất quà",
                               "hình thành mạng lưới 50 chuyên gia", "01 ngày hội … mỗi năm", "tại 48 điểm, tần suất 12 đợt/năm",
                               "giảm còn dưới 20 ngày/năm", "hằng năm, chung kết vào tháng 10", bare "hằng quý"/"hằng tháng" (by
                               design, as s19d). The 101 older plans 0.966 / 0.973 / 0.987 / 0.994 before, 0.967 / 0.973 / 0.987 /
                               0.994 after (targets tp 3016 -> 3017, pred 3097 the same); seeds, dev unchanged; field: no row
                               changed; wide: no target, bodies +5 (closing lists' "Trưởng ban Ban …" boards, a Cục's units);
                               benchmarks/formats.py on the three: txt, DOCX and PDF alike 0.961 / 0.943 / 0.925 / 1.000
    tinh_nguoi_co_cong_den_on_dap_nghia  provincial UBND plan (Quảng Trị, after 2025: Sở Nội vụ holds war invalids and social
                               affairs, xã/phường) on people with merit and gratitude work in 2026 (s27b, held out: written blind to
                               the gazetteer), hard-wrapped at 72 characters mid-sentence: allowances, heroic mothers, houses built
                               and repaired, the gratitude fund to raise, convalescence, martyrs' remains gathered and DNA samples,
                               cemeteries and memorials restored, gift packages, savings books; current figures, gift and building
                               norms, the funding and an anniversary "(27/7/1947 - 27/7/2026)" that are none; a one-off deadline
                               relative to an event, "định kỳ 6 tháng và hằng năm (trước ngày 15/12)", a unit and a ministry in
                               parentheses, national cemeteries' boards, an amending decree naming the decree it amends; appendix
                               (Chỉ tiêu | ĐVT | Thực hiện năm 2025 | Kế hoạch năm 2026) as tab rows; start: targets 0.931 /
                               deadlines 0.938 / bodies 0.857 / refs 0.947; canonical share 17.9% (28 targets)
    tinh_cong_tac_ton_giao_tin_nguong  provincial UBND plan (Lâm Đồng, after 2025: Sở Dân tộc và Tôn giáo with its Ban Tôn giáo)
                               on religious and belief affairs in 2026 (s27b, held out): database of religious facilities, files
                               settled, land-use certificates for facilities, conferences, classes, inspections of facilities and
                               organisations, land disputes settled, a monthly programme, "giảm 30% số người tham gia các nhóm 'tà
                               đạo'"; current figures and a class-size cap that are none; the Sở with its Ban in parentheses, the
                               merged press agency, the Party's merged Ban after "đề nghị"; appendix (STT | Chỉ tiêu | Đơn vị tính |
                               Kế hoạch năm 2026) one cell per line with "≥ 80"; start: targets 0.923 / deadlines 0.957 / bodies
                               1.000 / refs 1.000; canonical share 47.4% (19 targets)
    qd_boi_thuong_tai_dinh_cu_du_an_trong_diem  provincial UBND decision (Đồng Nai, after 2025) issuing its 2026 plan on
                               compensation, support, resettlement and site clearance of key projects, the plan after a bare "KẾ
                               HOẠCH" heading (s27b, held out): area handed over with its parts by project, households approved and
                               resettled, resettlement sites and their area, disbursement rate, workers trained; 2025 results, the
                               plan's funding and a plot-size norm that are none; "trong thời hạn 30 ngày kể từ ngày quyết định …"
                               (each file's time limit, no deadline); appendix one row a project (Dự án | Diện tích bàn giao năm 2026
                               (ha) | Số hộ … (hộ) | Số hộ … (hộ) | Khu tái định cư | Thời hạn bàn giao | Chủ đầu tư) as tab rows with
                               a "Tổng cộng" row; start: targets 0.425 / deadlines 0.947 / bodies 0.941 / refs 1.000; canonical share
                               0.0% (13 targets)
    the three s27b plans together at the start (main 308d4ff): 0.764 / 0.946 / 0.931 / 0.983 (targets tp 54, 60 extracted, 84
                               gold); canonical share 23.3% (60 targets)
    s27b after its fixes (branch s27b from 308d4ff): tinh_nguoi_co_cong_den_on_dap_nghia 0.949 / 0.938 / 1.000 / 1.000 (share
                               17.2%, 29 targets; gold settled after the start: "Nghị định số 75/2021/NĐ-CP" named by number in the
                               title of the decree amending it is a reference, as tests/test_legal_refs.py reads it; its refs at the
                               start then 1.000), tinh_cong_tac_ton_giao_tin_nguong 0.923 / 1.000 / 1.000 / 1.000 (share 47.4%, 19),
                               qd_boi_thuong_tai_dinh_cu_du_an_trong_diem 0.957 / 0.947 / 0.941 / 1.000 (share 0.0%, 35); together
                               0.946 / 0.957 / 0.980 / 1.000 (targets tp 79, 83 extracted, 84 gold), share 16.9% (83). Fixed, by class:
                               a schedule table (a time column gives each row its deadline, the caption its year, no plan word: "DIỆN
                               TÍCH, SỐ HỘ VÀ THỜI HẠN BÀN GIAO MẶT BẰNG CÁC DỰ ÁN … NĂM 2026") gives each value under a header naming
                               its measure and unit, the row's project as scope (24 rows); people counted as members of a group
                               struck whom the clause commits to serve ("đào tạo nghề cho 2.000 lao động thuộc hộ bị thu hồi đất",
                               "cho vay 300 lao động thuộc hộ …"; "hỗ trợ hơn 20.000 hộ bị ảnh hưởng" stays out); "cập nhật kết quả …",
                               "tổng hợp kết quả …" report nothing; a verb's paired object before "cho" ("đào tạo nghề, chuyển đổi nghề
                               cho"); the commitment cues "quy tập" (hài cốt liệt sĩ), "cho vay", "thi công"; a later breakdown part
                               named at length with the two words the part before it opens with ("dự án …; dự án … (giai đoạn 2)
                               1.150 ha"); body names of the units for people with merit and the martyrs' cemeteries ("Trung tâm Điều
                               dưỡng người có công tỉnh", "Ban Quản lý Nghĩa trang liệt sĩ quốc gia Trường Sơn"); a lower-case "thời
                               gian thực hiện …" after a task's semicolon is that task's time, not the plan's (the plan's year stays),
                               unless a time heading is above. Left: "hoàn thành đầu tư hạ tầng 04 khu …" (an object noun between the
                               verb and the count), "Cấp giấy chứng nhận quyền sử dụng đất cho ít nhất 60 cơ sở" named "Số cơ sở tôn giáo
                               đủ điều kiện" (a verb phrase of six words before "cho"), "… 25 cơ sở tôn giáo và 10 tổ chức tôn giáo"
                               ("tổ chức" is a verb too), the unit pair "đài tưởng niệm, nhà bia" read "đài", "tặng 300 sổ tiết kiệm"
                               ("tặng" also gives award quotas), the plan's funding "bố trí đủ vốn … năm 2026 là 12.400 tỷ đồng" and the
                               plot norm "diện tích tối thiểu 100 m²" read as targets, "định kỳ 6 tháng" without a day (by design),
                               "giao ban … hằng tháng", a one-off deadline relative to an event over a wrap missed and a file's time
                               limit "trong thời hạn 30 ngày kể từ …" read as one, "Văn phòng đăng ký đất đai tỉnh" after "chủ đầu tư
                               và" (a singular collective stops the list), a company in a project table's "Chủ đầu tư" column ("Dự
                               án" alone heads no task column) whose name ends with a number ("Long Đức 3"). The 101 older plans
                               0.966 / 0.973 / 0.987 / 0.994 before and after; seeds, dev unchanged; same rows on seeds, field, wide.
                               benchmarks/formats.py on the three: txt and DOCX 0.946 / 0.957 / 0.980 / 1.000, PDF 0.946 / 0.935 /
                               0.980 / 1.000 (one deadline fewer from the PDF, not looked into).

    qd_kien_co_hoa_truong_lop  provincial UBND decision (Lào Cai, after 2025) issuing its 2026 - 2028 plan to make classrooms
                               permanent and equip kindergartens and schools, the plan after a bare "KẾ HOẠCH" heading (s27a, blind to
                               the gazetteer): classrooms replacing temporary and borrowed rooms with a "trong đó … mầm non" part,
                               toilets, boarding kitchens, national-standard schools by level, kits and toys bought, money raised,
                               inspections "mỗi năm"; a baseline, the funding and its parts, "khu vực III", "lớp 1 đến lớp 5", "số 2" in
                               a school's name that are no targets; a yearly table (Năm 2026 | 2027 | 2028) and a works appendix by
                               school (Nội dung đầu tư | Quy mô | Chủ đầu tư | Thời gian hoàn thành) as tab rows, commune UBND and
                               "Ban QLDA …" as investors; start: targets 0.930 / deadlines 0.968 / bodies 0.889 / refs 0.952; canonical
                               share 22.0% (41 targets)
    so_gddt_day_hoc_ngoai_ngu  Sở Giáo dục và Đào tạo plan (Đồng Tháp, after 2025) for teaching foreign languages in 2026 - 2030,
                               English a second language in schools (s27a, blind to the gazetteer), hard-wrapped at 72 characters
                               mid-sentence: teachers at "bậc 4/6", "bậc 5/6" of the 6-level framework (a level, no fraction), pupils'
                               levels, international certificates ("IELTS 5.0": a threshold), the exam's mean score, pilot schools,
                               clubs per commune, classes, recruitment, native teachers, inspections; yearly days, "vào tháng 11 hằng
                               năm", quarters; a Đề án approved by a cited decision and a Khung issued by a cited circular; table
                               (Năm 2026 | 2028 | 2030) as tab rows; start: targets 0.921 / deadlines 1.000 / bodies 1.000 / refs 0.933;
                               canonical share 8.3% (36 targets)
    xa_bua_an_ban_tru_sua_hoc_duong  commune UBND plan (xã Mường Lát, Thanh Hóa, after 2025) for school meals and school milk in
                               2026 (s27a, blind to the gazetteer): coverage rates, stunting "giảm còn", underweight "dưới", kitchens up to
                               food-safety standard, a frequency "mỗi tuần 05 lần" (a target) beside a serving "01 hộp 180 ml" and a
                               spending norm (none), bulletins, kitchens repaired and equipped, staff trained, weighing rounds, money
                               raised; funding shares "70% … 30%"; "trong quý II và quý III/2026", "(tháng 6 và tháng 12/2026)", a milk
                               period across two years, "trước ngày 25 hằng tháng"; the commune's phòng, its health station named twice,
                               an inspection team; table (Năm 2025 (thực hiện) | Năm 2026 (kế hoạch)) one cell per line; start: targets
                               0.766 / deadlines 1.000 / bodies 0.857 / refs 0.923; canonical share 26.1% (23 targets)
    the three s27a plans together at the start (main 308d4ff): 0.890 / 0.988 / 0.919 / 0.939 (targets tp 93, 100 extracted, 109
                               gold); canonical share 18.0% (100 targets)
                               s27a after its fixes: qd_kien_co_hoa_truong_lop 0.989 / 0.968 / 1.000 / 1.000, so_gddt_day_hoc_ngoai_ngu
                               1.000 / 1.000 / 1.000 / 1.000, xa_bua_an_ban_tru_sua_hoc_duong 0.936 / 1.000 / 0.857 / 1.000; together
                               0.982 / 0.988 / 0.971 / 1.000; canonical share 17.8% (107 targets; 20.5%, 10.0%, 26.1%). Fixed, by class: a level of a framework ("đạt bậc 4/6 trở lên
                               đạt 75%": "bậc" before a number, as "hạng", "cấp") read as a fraction that hid the value after it;
                               compound count nouns "bếp ăn" (not "bếp") and "bản tin" (not "bản", a village) in units.tsv; a works
                               list's "Quy mô" column (Luật Đầu tư công's lists of works) as a task table's product column, its
                               outputs joined by a comma or "và" ("06 phòng học, 01 nhà vệ sinh"), and a task table's whole row left
                               to the table (the school and commune cells before the task are no bodies given a task); "mua sắm bổ
                               sung … cho 03 bếp ăn" (the verb's "bổ sung" before "cho"); "trên cơ sở kết quả khảo sát, tổ chức 12
                               lớp" (the results an action is grounded on report nothing); staff listed after one number one unit
                               ("45 cán bộ quản lý, giáo viên, nhân viên", "1.200 cán bộ, giáo viên": also so_gddt_tuyen_sinh_thi_thpt's
                               miss); under the funding heading, who bears what share of a cost ("hỗ trợ 70% giá sữa, cha mẹ trẻ đóng
                               góp 30%"); a wrap after "Báo và Phát thanh, Truyền hình" before its province (wrap_words.tsv);
                               references: a programme's funds' "cho các …" after its name, a programme named by the head of the
                               name a cited decision approves ("Chương trình Sữa học đường cho trẻ mầm non …" beside QĐ 1340/QĐ-TTg
                               "phê duyệt Chương trình Sữa học đường cải thiện …"), "Đề án của Trung ương" (a level, no issuer: none).
                               Left: "định kỳ 6 tháng" without a day (by design), "… cho lớp 1 đến lớp 5 và 120 bộ đồ chơi" (grade
                               numbers inside a list of counts), "cân, đo … 02 đợt trong năm" (rounds of an activity no organising
                               verb opens), "01 vườn rau" (the gold's compound unit; the table's ĐVT says "Vườn"), "Đoàn kiểm tra liên
                               ngành về an toàn thực phẩm của xã" (a team named after its work), "Trạm Y tế xã" beside "Trạm Y tế xã
                               Mường Lát" (one station, named short and in full). The 101 older plans 0.966 / 0.973 / 0.987 / 0.994
                               before, 0.967 / 0.973 / 0.987 / 0.994 after (targets tp 3016 -> 3017, pred 3097 the same: the staff
                               unit); seeds, dev unchanged; field, wide and seeds: no row changed (a first form of the funds' "cho các" stop, in the
                               title's stop words, cut a wide plan's "Đề án Đầu tư năng lực cho các tổ chức …": kept to the funds' word); benchmarks/formats.py on the three: txt, DOCX and PDF
                               alike 0.982 / 0.988 / 0.971 / 1.000
    qd_lang_nghe_bao_ton       provincial UBND decision (Bắc Ninh, 11/2025) issuing a plan to preserve and develop craft
                               villages 2026 - 2030 after its signature and 'Nơi nhận' under a 'KẾ HOẠCH' heading (s27d, held
                               out: written blind to the indicator gazetteer): 'Giám đốc các Sở: …' in Điều 3, objectives by
                               field, activity counts (lớp truyền nghề, hội chợ, mô hình, chuyên mục), a 'Thực hiện năm 2025'
                               baseline column, the plan's total funding, recurring reports in brackets, a national Cục named
                               with its Bộ. start (main 308d4ff): targets 0.956 / deadlines 0.923 / bodies 1.000 / refs 1.000;
                               canonical share 13.6% (44); against the corrected gold (below) 0.978 / 0.923 / 1.000 / 1.000;
                               after s27d's fixes 0.989 / 0.963 / 1.000 / 1.000, share 13.3% (45); left: "Số hóa … của 10 làng
                               nghề" (a count after "của"), "định kỳ 6 tháng một lần" (no day, by design since s19d)
    tinh_lua_phat_thai_thap    provincial UBND plan (An Giang, 02/2026) carrying out the national project for one million
                               hectares of high-quality, low-emission rice in 2026 - 2027, hard-wrapped at 72 characters
                               mid-sentence (s27d, held out): a quoted project title with a number and a year, reductions
                               ('giảm … còn dưới 70 kg/ha', 'giảm 30% lượng phân bón'), a regional breakdown, per-unit sizes
                               ('mỗi lớp không quá', 'mỗi mô hình 50 ha', 'công suất tối thiểu'), an appendix of areas by
                               commune (tab rows, 'Đơn vị tính: ha' above the header, 'Các xã còn lại', 'Tổng cộng'),
                               research bodies after 'Đề nghị'. start (main 308d4ff): targets 0.711 / deadlines 0.833 /
                               bodies 0.870 / refs 1.000; canonical share 20.0% (30); against the corrected gold 0.737 / 0.833 /
                               0.870 / 1.000; after s27d's fixes 0.979 / 0.880 / 1.000 / 1.000, share 12.5% (48: the 18 commune
                               rows "Diện tích" have no canonical indicator); left: "mỗi mô hình 50 ha" (a bare size per unit,
                               read as a count since s26h), "công suất tối thiểu 100 tấn/ngày" (rule_size_of_previous),
                               "định kỳ 6 tháng", "vào cuối vụ Đông Xuân và vụ Hè Thu năm 2026", "trước mỗi vụ sản xuất"
    tinh_dich_vu_logistics     provincial UBND plan (Tây Ninh, 01/2026) to develop logistics services 2026 - 2030 (s27d, held
                               out): targets by year ('a) Đến năm 2027:' / 'b) Đến năm 2030:'), ranges in %/năm, an appendix
                               one cell per line with an estimate column and '-' cells, project sizes and a vessel class
                               that are no targets, an amending decision, border and customs bodies. start (main 308d4ff):
                               targets 0.917 / deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 48.6% (37); against
                               the corrected gold 0.944 / 1.000 / 1.000 / 1.000; after s27d's fixes 1.000 / 1.000 / 1.000 /
                               1.000, share 51.4% (35). s27d, the three together: start 0.891 / 0.919 / 0.960 / 1.000 (share
                               27.0%, 111), end 0.988 / 0.947 / 1.000 / 1.000 (share 23.4%, 128); formats.py on the three: txt,
                               DOCX and PDF alike 0.988 / 0.947 / 1.000 / 1.000 (PDF targets.year 0.929 before the last fix,
                               1.000 after). Gold corrected after the start figures: paired count nouns take the first noun's
                               unit as the older plans do ("hội nghị, hội thảo" -> "hội nghị", as qd_khuyen_cong; "hợp tác xã, tổ
                               hợp tác" -> "hợp tác xã"), "phát sóng … chuyên mục" headed by its verb (before the start
                               figures, "lượt cơ sở" -> "lượt" and "máy cấy" -> "máy", by the same precedent). Fixed, by class: a table column named by its measure before its year ("Diện tích năm
                               2026") over rows of places (the measure, the place as scope); a year inside a quoted name in the
                               title is the name's, not the plan's period; "Đồng bằng sông …" inside a body's name; works put
                               into service ("đưa vào hoạt động/sử dụng/vận hành/khai thác") are outputs; a verb's object up to
                               eight words before "cho N"; an offered project's size in parentheses and a vessel class ("đáp ứng
                               tàu 3.000 tấn") are no targets; "trong năm YYYY" closing a clause that opens with a verb of
                               delivery is its deadline; a Roman numeral before "/" and a number ("quý⏎IV/2026") is no
                               heading. The 101 older plans 0.966 / 0.973 / 0.987 / 0.994 before, 0.966 / 0.974 / 0.987 / 0.994
                               after (deadlines tp 1227 -> 1229: "trong năm 2026" of actions); seeds, dev unchanged; field, wide:
                               no row changed
    qd_nang_luong_tai_tao      provincial UBND decision (Quảng Ngãi, 11/2025; s28b, held out: written blind to the indicator
                               gazetteer) issuing a plan on renewable energy and rooftop solar 2026 - 2030 (MWp, MW, the share
                               of renewable power, public offices' roofs, power saving "mỗi năm", grid losses, energy
                               intensity "%/năm"), the plan after the signature under its own 'KẾ HOẠCH' heading, an amending
                               law beside the law, a Tờ trình, "xã, phường, đặc khu", the power company, the economic-zone
                               board; appendix as tab rows with a 2025 baseline, 2027 and 2030 columns, a "< 4" cell and a
                               "Cơ quan chủ trì" column. start (main 013768f): targets 0.919 / deadlines 0.966 / bodies 0.933 /
                               refs 1.000; canonical share 19.4% (36); after s28b's fixes 0.946 / 0.966 / 1.000 / 1.000, share
                               19.4% (36)
    so_xay_dung_van_minh_do_thi  Sở Xây dựng plan (Hưng Yên, 01/2026; s28b, held out) for urban upgrading and civilised urban
                               order in 2026, prose hard-wrapped at 72 characters mid-sentence: public lighting, LED lamps,
                               urban trees in "m2/người", pavements, "tuyến phố văn minh", drainage and flooding points
                               ("giảm ít nhất 30% … so với năm 2025"), the Sở's phòng, a project board, an urban-works
                               company, "Ủy ban nhân dân các phường" beside "… các xã, phường", a monthly "Chủ nhật thứ
                               hai hằng tháng", "định kỳ hằng quý, trước ngày 20 của tháng cuối quý"; appendix tab rows with
                               "≤ 19". start (main 013768f): targets 0.967 / deadlines 0.960 / bodies 0.800 / refs 1.000;
                               canonical share 36.7% (30); against the corrected gold (the commune level's UBND named three ways
                               is one body) bodies 0.828; after s28b's fixes 0.967 / 0.960 / 1.000 / 1.000, share 36.7% (30)
    phuong_phat_trien_cho      ward (phường Hạc Thành, Thanh Hóa, 02/2026; s28b, held out) plan to develop markets and trade
                               2026 - 2030: section I's current figures (no targets), chợ an toàn thực phẩm, cửa hàng tiện
                               lợi, cashless payment at markets, clearing street markets, "ít nhất 01 cuộc mỗi quý", "01 đợt
                               cao điểm" (contract: no target), the ward's phòng, police, health station and market board, a
                               market-surveillance team, two commercial banks' branches ("Ngân hàng TMCP …"); appendix one
                               cell per line with a 2025 baseline, 2026 and 2030 columns. start (main 013768f): targets 0.963
                               / deadlines 0.941 / bodies 0.889 / refs 1.000; canonical share 22.2% (27); against the corrected
                               gold ("tổ chức 01 đợt cao điểm" an output, as bcd_389_chong_buon_lau's) targets 0.982; after
                               s28b's fixes 0.982 / 0.941 / 1.000 / 1.000, share 22.2% (27)
    s28b, the three together at the start: 0.947 / 0.958 / 0.874 / 1.000 (targets tp 89 of 95, 93 extracted), share 25.8% of
    93. Gold units aligned with the older plans' gold after a first run ("bộ đèn", "tuyến" for "tuyến phố", "trường" for
    "trường học", as phuong_trat_tu_do_thi and so_gddt_nam_hoc); the figures above are against that gold. Against the gold
    as corrected after the start (two corrections, above): 0.952 / 0.958 / 0.884 / 1.000; after s28b's fixes 0.963 / 0.958 /
    1.000 / 1.000, share 25.8% of 93; formats.py on the three: txt, DOCX and PDF alike 0.963 / 0.958 / 1.000 / 1.000 (before
    the last fix: 0.952 in all three; PDF targets.year 0.978, txt and DOCX 0.989). Fixed, by class: a branch named after its
    enterprise with a dash ("Ngân hàng … Việt Nam - Chi nhánh Thanh Hóa", each of a list); an economic zone's board naming
    the industrial zones it also runs ("Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi"); "kỹ thuật"
    inside units' names ("Phòng Hạ tầng kỹ thuật") and "Công trình" capitalised in a company's name; the Front's
    "Ban công tác Mặt trận ở khu dân cư"; a yearly saving ("tiết kiệm … 3% … mỗi năm") is a rate in %/năm. Left: recurring
    reports without a day ("định kỳ 6 tháng", "định kỳ hằng quý", "hằng tháng": by design only reviews, the dev gold
    leaves them out), counts after "triển khai", "lựa chọn", "bố trí" (the wide corpus' laws staff and report with them:
    "bố trí từ 15 biên chế", "đã triển khai 21 nhiệm vụ"), a value's name running on into "theo hướng …" or "thuộc danh
    mục …" (the same words define what some shares count: "sản xuất theo hướng hữu cơ", "cơ sở thuộc danh mục phải kiểm
    kê"), a year of the next clause ("…; tổ chức 04 lớp … trong năm 2026") given to "hằng năm kiểm tra … 30 cơ sở". The 116
    older plans: no row changed; seeds, dev, wide unchanged; field one row (an SBV branch named whole with its dash).
    qd_nhan_luc_chat_luong_cao  provincial UBND DECISION (Hà Tĩnh, 03/2026) issuing its 2026 - 2030 plan for high-quality human
                               resources and talent attraction (s28c, held out, blind to the gazetteer): the plan after a 'KẾ
                               HOẠCH' heading below the decision's signature; trained workers with degrees or certificates, people
                               attracted "trong đó: 25 tiến sĩ, 75 thạc sĩ, 50 bác sĩ …", postgraduate training, doctors per
                               10,000, lecturers with doctorates, vocational training "hằng năm … trong đó … 6.500 người"; one-off
                               support amounts, commitment periods, 2025 figures and the plan's own funding that are no targets;
                               appendix by year as tab rows and a tab task table (chủ trì | phối hợp | thời gian); "Chủ tịch Ủy
                               ban nhân dân các xã, phường" in "Điều 3", universities and a ministry as partners; start (main
                               013768f): targets 0.938 / deadlines 0.963 / bodies 1.000 / refs 1.000; canonical share 59.6% (47)
    so_noi_vu_sipas_par_index  Sở Nội vụ plan (Quảng Ngãi, 01/2026) to raise the SIPAS satisfaction index and PAR INDEX in 2026
                               (s28c, held out, blind to the gazetteer), hard-wrapped at 72 characters mid-sentence: index scores
                               "đạt từ 86% trở lên", ranks ("tăng ít nhất 05 bậc", "nằm trong nhóm 15 tỉnh, thành phố dẫn đầu"),
                               on-time and online dossiers, recruitment by exam, output-based evaluation, cuts ("giảm ít nhất
                               30%", "cắt giảm ít nhất 20% thời gian"), inspections "ít nhất 25 cơ quan, đơn vị cấp tỉnh và 40 xã,
                               phường", survey forms; 2025 ranks "27/34" that are no targets; the department's own offices and
                               outside bodies after "Đề nghị"; appendix of component indices (2025 result | 2026 target) as tab
                               rows; start (main 013768f): targets 0.867 / deadlines 1.000 / bodies 1.000 / refs 1.000;
                               canonical share 33.3% (30)
    cong_an_toi_pham_cong_nghe_cao  provincial POLICE plan (Công an tỉnh Đắk Lắk, 02/2026) against high-tech crime and online
                               fraud in 2026 (s28c, held out, blind to the gazetteer): clearance rates with a part for very
                               serious cases, reports handled, assets recovered, SIM cards and bank accounts checked, talks,
                               leaflets, posts, rings broken up, cases opened; 2025 figures, ages, a duty phone number, "trong
                               vòng 24 giờ" and "02 đợt cao điểm" that are no targets; two rounds as day spans; police
                               departments by name and code (PA05), "Công an các xã, phường", carriers in parentheses, the
                               ministry's A05 department, the regional State Bank branch; appendix (TT | Chỉ tiêu | ĐVT | Kết
                               quả năm 2025 | Chỉ tiêu năm 2026) one cell per line with "> 60", "≥ 30"; start (main 013768f):
                               targets 0.880 / deadlines 1.000 / bodies 0.867 / refs 1.000; canonical share 37.5% (24)
    the three s28c plans together at the start: 0.903 / 0.986 / 0.954 / 1.000; canonical share 46.5% (101 targets)
                               Gold settled before the start figures: a list of count nouns is the unit the older plans and
                               units.tsv record ("xã, phường", "cơ quan, đơn vị", "cán bộ, công chức, viên chức", "tin, bài").
                               After s28c's fixes: qd_nhan_luc_chat_luong_cao 0.980 / 0.963 / 1.000 / 1.000 (share 57.1%, 49),
                               so_noi_vu_sipas_par_index 0.933 / 1.000 / 1.000 / 1.000 (33.3%, 30), cong_an_toi_pham_cong_nghe_cao
                               0.902 / 1.000 / 1.000 / 1.000 (36.0%, 25); the three 0.947 / 0.986 / 1.000 / 1.000 (45.2%, 104), in
                               txt, DOCX and PDF alike (formats.py). Fixed, by class: kinds of a count that add up to it after
                               "trong đó" ("150 người …, trong đó: 25 tiến sĩ, 75 thạc sĩ, 50 bác sĩ …"), with the units tiến sĩ,
                               thạc sĩ, kỹ sư; a rank after an index's value ("…, tăng ít nhất 05 bậc", "…, nằm trong nhóm 15
                               tỉnh, thành phố dẫn đầu") is the index's; "phân loại 100% …" is no class "loại"; the next count
                               after "và" named by the first's verb ("kiểm tra ít nhất 25 cơ quan, đơn vị cấp tỉnh và 40 xã,
                               phường"); a police unit's code ends its name ("Phòng PA05 điều tra …"), a unit named with its code
                               in parentheses is that unit when called by the code, the A05 department and PA05 office by name.
                               Left: "tin, bài, video ngắn" (a list unit the comma continues: read as the verb "Đăng tải"), "05
                               chuyên án" (no authoritative unit list names it), "án rất nghiêm trọng … đạt trên 90%" (a part
                               after ";" keeps its own name), "300 kỹ sư … cho doanh nghiệp trong Khu kinh tế …" (the name runs
                               past "cho"), "định kỳ 6 tháng, năm" without a day (the dev gold leaves these out). The 116 older
                               plans 0.967 / 0.972 / 0.985 / 0.994 before and after (same tp; 6 indicator names better); seeds,
                               dev unchanged; field, seeds, wide: no row changed
    so_nnmt_chuyen_doi_chan_nuoi  Sở Nông nghiệp và Môi trường yearly plan (Phú Thọ, 01/2026) to convert inefficient rice land
                               and develop concentrated, bio-secure livestock farming (s28d, held out: written blind to the
                               indicator gazetteer), hard-wrapped at 72 characters mid-sentence: a conversion area with its
                               parts after 'trong đó' and ';', herd sizes and meat output ('18,5 triệu con', 'triệu quả'),
                               vaccination rates ('trên 80% tổng đàn trong diện tiêm'), activity counts (lớp, lượt, mô hình, mẫu,
                               chuyên mục), vaccination rounds as periods, chi cục of the Sở and a bank's regional branch after
                               'Đề nghị', an appendix Chỉ tiêu | ĐVT | Thực hiện 2025 | Kế hoạch 2026 as tab rows. start (main
                               013768f): targets 0.921 / deadlines 1.000 / bodies 0.960 / refs 1.000; canonical share 62.2% (37);
                               after s28d's fixes 0.949 / 1.000 / 1.000 / 1.000, share 59.0% (39); left: the part after ';'
                               ('…; trồng lúa kết hợp nuôi trồng thủy sản 450 ha', read as its own measure) and '24 chuyên mục,
                               tin bài về …' (a noun after the unit's comma ends the name: the words before the value name it)
    tinh_bao_ton_da_dang_sinh_hoc  provincial UBND plan (Lâm Đồng, 03/2026) to conserve biodiversity in 2026 - 2030 (s28d, held
                               out): national parks and nature reserves by name, endangered species, corridors, wildlife rescue,
                               a phase inside a task line ('giai đoạn 2026 - 2027 hoàn thành 600 ha'), 'định kỳ 6 tháng (trước
                               ngày 20/6 và 20/12 hằng năm)', an observance day that is no deadline, an amending decree whose
                               amended decree is cited only in its title, a national institute after 'đề nghị', an appendix
                               one cell per line with '-' cells and two target years. start (main 013768f): targets 0.893 /
                               deadlines 0.727 / bodies 0.938 / refs 0.941; canonical share 18.5% (27); against the corrected
                               gold 0.893 / 0.727 / 0.968 / 1.000; after s28d's fixes 0.983 / 1.000 / 1.000 / 1.000, share
                               17.9% (28); left: 'đề xuất ranh giới 03 hành lang' (a proposal, no commitment verb)
    qd_chat_luong_nong_lam_thuy_san  Quyết định of the UBND chairman (Vĩnh Long, 02/2026) issuing the 2026 plan for the quality,
                               safety and traceability of agricultural, forestry and fishery products (s28d, held out): the
                               plan after a 'KẾ HOẠCH' heading, 'Giám đốc các Sở: …' and 'Chủ tịch UBND các xã, phường' in
                               Điều 3, a target table with a 'Cơ quan chủ trì' column and a '< 3' cell, mã số vùng trồng / cơ sở
                               đóng gói, VietGAP, residue samples, a deadline relative to an event ('trong thời hạn 03 tháng kể
                               từ ngày có kết quả xếp loại'), a monthly upload day, a task appendix with time cells of every
                               shape. start (main 013768f): targets 0.957 / deadlines 0.828 / bodies 0.914 / refs 1.000;
                               canonical share 22.7% (22); against the corrected gold 0.957 / 0.828 / 0.944 / 1.000; after
                               s28d's fixes 1.000 / 0.966 / 1.000 / 1.000, share 25.0% (24); left: 'trong thời hạn 03 tháng kể
                               từ ngày có kết quả xếp loại' (a time limit counted from each case's event: RELATIVE reads only
                               the plan's own issue and the end of its activities, by design). s28d, the three together at the
                               start: 0.921 / 0.853 / 0.935 / 0.983; canonical share 38.4% of 86 targets (median per plan
                               22.7%); against the corrected gold 0.921 / 0.853 / 0.957 / 1.000; after s28d's fixes 0.973 /
                               0.987 / 1.000 / 1.000, share 37.4% of 91 (median 25.0%); formats.py on the three: txt and DOCX
                               0.973 / 0.987 / 1.000 / 1.000, PDF 0.973 / 0.987 / 0.989 / 1.000. Gold corrected after the start
                               figures, by the older plans' precedents: 'Chủ tịch Ủy ban nhân dân các xã, phường' in Điều 3 is a
                               body; 'UBND các xã có rừng đặc dụng' and 'UBND các xã, phường' are one body; a decree cited by
                               number inside an amending decree's subject is a reference. Fixed, by class: deadlines: two
                               days a half-yearly cue opens stay half-yearly though 'hằng năm' follows; a named observance
                               day's own date ('Ngày Quốc tế Đa dạng sinh học 22/5 hằng năm') is none; a day after another in
                               a list is no fraction that makes a sentence a target's (it hid 'tổng kết vào năm 2030');
                               targets: 'thiết lập', 'cấp mới' commit to a count; an inspection before 'tại N' counts the
                               places inspected; 'cơ sở dữ liệu', 'cơ quan, tổ chức' are units; 'các loại' before a value is
                               no type number; a part's comparator is out of its scope; a later phase that delivers a part
                               ('…; giai đoạn 2026 - 2027 hoàn thành 600 ha') dates and names only that part; the second count
                               of one action's list after a qualifier and 'và' is that action's; bodies: the items a count
                               names after its colon are no bodies; funds from a budget 'giao cho' a body are no task; 'nông
                               lâm thủy sản' is one word of a unit's name. The 116 older plans 0.967 / 0.972 / 0.985 / 0.994
                               before and after (targets tp 3505 -> 3507: 'Thanh tra … tại 08 tỉnh', '… tại 25 cơ quan, tổ
                               chức'; rows changed: two years and names of phases' parts, a scope without 'không quá', three
                               budget holders no longer bodies); seeds, dev unchanged; field, seeds, wide: no row changed
    qd_do_thi_thong_minh_ioc   provincial UBND decision (Phú Thọ, 03/2026) issuing a plan for smart cities and an
                               intelligent operations centre (IOC) 2026 - 2030 (s28e, held out, written blind to the
                               gazetteer): the plan after the decision's signature under its own KẾ HOẠCH heading, "Điều
                               3" with "Giám đốc các Sở: …" and "Chủ tịch UBND các xã, phường", targets under "a) Đến
                               năm 2027:" / "b) Đến năm 2030:", a tab appendix with a 2025 results column, a committed
                               duration ("giảm còn không quá 03 ngày làm việc") and speed ("tối thiểu 50 Mbps"), telecom
                               companies asked to coordinate, a Khung cited by name, recurring steps (hằng quý, hằng
                               tuần, hằng tháng, "định kỳ 6 tháng (trước ngày 20/6)"). start (main 013768f): targets
                               0.930 / deadlines 0.846 / bodies 0.971 / refs 0.933; canonical share 26.5% (34)
                               against the gold as corrected after the start (s27d's precedent: 'phát sóng … chuyên mục'
                               headed by its verb) 0.958 / 0.846 / 0.971 / 0.933; after s28e's fixes 0.958 / 0.846 /
                               1.000 / 1.000, share 26.5% (34). Left: '03 đô thị trung tâm (…) cơ bản đạt …' and 'tại 40
                               nút giao' (count nouns no unit list holds, in clauses without a commitment verb), 'tối
                               thiểu 50 Mbps' (a speed; 'Mb' is read as a size), recurring steps without a day (hằng
                               quý, hằng tuần, hằng tháng: dev gold leaves them out), 'trong năm 2026' closing a clause
                               that opens with its body ('Sở … chủ trì tổ chức 04 lớp … trong năm 2026')
    so_vhttdl_the_thao_quan_chung  Sở Văn hóa, Thể thao và Du lịch plan (Tây Ninh, 01/2026) for mass sport and school sport
                               in 2026 (s28e, held out, blind to the gazetteer), hard-wrapped at 72 characters
                               mid-sentence: 2025 results before the 2026 targets, "Phát triển thêm N …, nâng tổng số
                               lên M", "ít nhất 01 phóng sự mỗi quý", "trên 5.000 người", an anniversary "(27/3/1946 -
                               27/3/2026)" and "lần thứ XI" that are neither targets nor deadlines, a law and its
                               amending law on one wrapped basis line, mass organisations after "Đề nghị", "định kỳ 6
                               tháng trước ngày 10/6 và hằng năm trước ngày 25/11". start (main 013768f): targets 0.951
                               / deadlines 0.917 / bodies 1.000 / refs 1.000; canonical share 50.0% (30)
                               against the gold as corrected after the start (s27d's precedents: 'hướng dẫn viên, cộng
                               tác viên' -> 'hướng dẫn viên'; a report's date_raw without its frequency words) 0.984 /
                               1.000 / 1.000 / 1.000; after s28e's fixes 1.000 / 1.000 / 1.000 / 1.000, share 48.4% (31)
    tinh_ung_pho_su_co_hoa_chat_tran_dau  provincial UBND contingency plan (Quảng Ngãi, 03/2026) for chemical incidents and oil
                               spills in 2026 (s28e, held out, blind to the gazetteer), its appendix one cell per line:
                               current figures of facilities that are no targets, arrival times at the scene as targets
                               ("không quá 30 phút", "trên đất liền không quá 02 giờ, trên biển không quá 06 giờ kể từ
                               khi nhận được thông báo"), standing forces and means per body ("Bộ Chỉ huy Quân sự tỉnh:
                               120 cán bộ, chiến sĩ; 02 xuồng cao tốc"), a reserve of booms and sorbents, a relative
                               deadline ("Chậm nhất 07 ngày kể từ khi kết thúc ứng phó"), "định kỳ 6 tháng" without a
                               day, the communes and "đặc khu Lý Sơn" sharing one UBND head, a management board, a port
                               authority and national SAR and oil-spill centres. start (main 013768f): targets 0.667 /
                               deadlines 0.875 / bodies 0.640 / refs 1.000; canonical share 31.8% (22)
                               after s28e's fixes 0.947 / 0.875 / 1.000 / 1.000, share 28.6% (28: the forces and means
                               have no canonical indicator). Left: 'Công ty …: đội ứng phó … gồm 35 người' (words
                               between the body's label and its value), '150 thành viên đội …' (no count unit), 'Chậm
                               nhất 07 ngày kể từ khi kết thúc ứng phó' (a deadline relative to an event: laws'
                               procedures say the same and are no plan's), 'định kỳ 6 tháng' without a day
                               s28e, the three together: start 0.863 / 0.879 / 0.878 / 0.978, share 36.0% (86); against
                               the corrected gold 0.885 / 0.909 / 0.878 / 0.978; end 0.968 / 0.909 / 1.000 / 1.000,
                               share 34.4% (93). Fixed, by class: bodies (an economic zone's board with the province's
                               industrial zones; response centres named for incidents, oil spills, search and rescue and
                               their region; port authorities; a named đặc khu after the communes' plural; 'nâng cấp' a
                               task), targets (response times at the scene under a bound and their next place; a body
                               labelling a list under a heading is the scope, the heading the indicator; means of
                               response and children as units; a list's next count ends a count's words), legal_refs
                               ('lộ trình' is no 'trình' of drafting). The 116 older plans:
                               xa_thuy_loi_phong_chong_thien_tai's '02 xuồng máy' and tinh_pccc_cnch_cong_thong_tin's '…
                               có mặt tại hiện trường … không quá 10 phút' found, 'Chi nhánh Văn phòng Đăng ký đất đai
                               khu vực' named whole (116 plans 0.967 / 0.972 / 0.985 / 0.994 -> 0.967 / 0.972 /
                               0.986 / 0.994); 119 plans 0.964 / 0.970 / 0.983 / 0.994 -> 0.967 / 0.970 / 0.986 /
                               0.994.

    qd_phong_chong_tac_hai_thuoc_la_ruou_bia  provincial UBND decision (Hưng Yên, 02/2026) issuing its 2026 - 2030 plan to
                               prevent the harms of tobacco and of alcohol and beer, the plan after a bare "KẾ HOẠCH" heading (s28a,
                               held out: written blind to the gazetteer): smoking and harmful-drinking rates of men aged 15 and over
                               ("xuống dưới", "xuống còn"), e-cigarettes among pupils, smoke-free settings, licensed home-made liquor,
                               inspections a year, broadcasts, leaflets and posters, cessation counselling, a rule that repeals an old
                               decision (a reference, no deadline); a situation section of 2025 figures, "người chưa đủ 18 tuổi", "Ngày
                               Thế giới không thuốc lá 31/5" and the plan's funding with its parts that are none; "Giám đốc các Sở: …" in
                               Điều 3, the market-control Chi cục, commune health stations, the Fund named in "Nơi nhận" and in the
                               funding; appendix (Năm 2025 (ước thực hiện) | Năm 2028 | Năm 2030) as tab rows; start: targets 0.938 /
                               deadlines 1.000 / bodies 0.971 / refs 1.000; canonical share 31.2% (32 targets)
    so_y_te_truong_hoc_lien_nganh  joint plan (Kế hoạch liên ngành) of the Sở Y tế and the Sở Giáo dục và Đào tạo (Nghệ An,
                               08/2026) for school health in the 2026 - 2027 school year, hard-wrapped at 72 characters mid-sentence
                               (s28a, held out): school health staff, periodic check-ups, eye screening, myopia "không vượt quá",
                               health rooms up to standard, drinking water, toilets, kitchen inspections "ít nhất 02 lần", training,
                               a cited QCVN; 2025 - 2026 results, "lớp 1" and budgets of two years that are none; two issuers in a
                               tab letterhead and two signatures; appendix by school level (STT | Chỉ tiêu | Đơn vị tính | Mầm non |
                               Tiểu học | THCS | THPT: each value's level is its scope) as tab rows; start: targets 0.588 / deadlines
                               0.957 / bodies 1.000 / refs 1.000; canonical share 13.3% (15 targets)
    xa_phong_chong_tai_nan_thuong_tich_tre_em  commune UBND plan (xã Vĩnh Linh, Quảng Trị, 01/2026) to prevent injuries and
                               drowning of children and school violence in 2026 (s28a, held out): safe homes and safe schools, children
                               able to swim, swimming classes and their pupils, warning signs, a prefabricated pool, money raised,
                               counselling teams, rescue teams; baselines, ages "từ 6 đến 15 tuổi", "10 tiêu chí", the commune's
                               funding and a report "trong vòng 24 giờ kể từ khi phát hiện" (a deadline relative to an event); the
                               commune's phòng, its health station named short and in full, its services centre, the youth union
                               after "Đề nghị"; appendix (STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026 | Đơn vị chủ trì) one cell
                               per line with a body in its last column; start: targets 0.902 / deadlines 0.952 / bodies 0.750 /
                               refs 1.000; canonical share 29.2% (24 targets)
    the three s28a plans together at the start (main 013768f): 0.819 / 0.971 / 0.923 / 1.000 (targets tp 68, 71 extracted,
                               95 gold); canonical share 26.8% (71 targets). Gold settled before these figures by the older plans'
                               precedents: "cơ quan, đơn vị" kept whole as a unit (as two older plans), "120 trường học" -> "trường"
                               (the unit normalised), a half-yearly report's date_raw "trước ngày 15/6" (as tinh_giam_ngheo_da_chieu).
                               Gold settled after them by the older plans' conventions: "120 hộ gia đình" in "hộ gia đình" (as four older
                               plans), "100% bếp ăn … được kiểm tra … ít nhất 02 lần trong năm học" one row (the frequency defines what the
                               share counts, _defines_share), "báo cáo … trong vòng 24 giờ kể từ khi phát hiện" no deadline (each
                               incident's time limit, as qd_boi_thuong_tai_dinh_cu_du_an_trong_diem's file limit); against it the start
                               (main 013768f) is 0.938 / 1.000 / 0.971 / 1.000, 0.600 / 0.957 / 1.000 / 1.000, 0.941 / 1.000 / 0.750 /
                               1.000; together 0.836 / 0.986 / 0.923 / 1.000 (targets tp 69, 71 extracted, 94 gold)
    s28a after its fixes: qd_phong_chong_tac_hai_thuoc_la_ruou_bia 0.969 / 1.000 / 0.971 / 1.000 (share 34.4%, 32 targets),
                               so_y_te_truong_hoc_lien_nganh 1.000 / 1.000 / 1.000 / 1.000 (25.7%, 35), xa_phong_chong_tai_nan_thuong_tich_tre_em
                               0.981 / 1.000 / 0.941 / 1.000 (26.9%, 26); together 0.984 / 1.000 / 0.970 / 1.000 (tp 92, 93 extracted, 94
                               gold), share 29.0% (93). Fixed, by class: a school table's columns by level (Luật Giáo dục 2019, Điều 6:
                               "Mầm non | Tiểu học | THCS | THPT") are a header and value columns under a caption's year, each level the
                               value's scope (16 rows); a document's code a hard wrap leaves alone on its line ("quy chuẩn QCVN⏎01-1:2024/BYT.")
                               is no caption in capitals whose year dates the targets below it (it dropped a section's targets as
                               before the plan's year); count nouns (bể; phòng y tế, TTLT 13/2016; hồ chứa, Luật
                               Thủy lợi 2017) and "cắm" (biển báo, mốc) a verb of delivery; a second kind after a
                               count's noun and a comma ("24 chuyên mục, phóng sự mỗi năm về …", "15 doanh nghiệp, chi nhánh doanh nghiệp
                               dịch vụ …") is no end of the value's clause (its name no longer the body before the verb); the line under
                               a long heading of bodies that ends in a small letter ("5. Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể")
                               opens the block's own clause, not a wrap of the heading ("Đoàn Thanh niên … xã chủ trì …" was lost); the
                               commune's "Trung tâm Dịch vụ tổng hợp" named whole; "KẾ HOẠCH LIÊN NGÀNH" a type heading over its subject
                               as "KẾ HOẠCH LIÊN TỊCH" (the title, and with it the plan's own period "năm học 2026 - 2027"). Left: "06 lớp dạy
                               bơi an toàn cho 240 trẻ em" ("trẻ em" as a unit of the list made a past year's "01 trẻ em tử vong" a
                               target: the tagger reads it only where a clause commits to the count, and "dạy bơi" is no such verb), "20.000
                               tờ rơi, 500 áp phích tuyên truyền cho các xã, phường" (the second item named with its recipients), the
                               national Fund named as a funding source under the funding heading ("Quỹ Phòng, chống tác hại của thuốc lá
                               hỗ trợ 3,1 tỷ đồng": a body, its name cut at the comma), "Trạm Y tế xã" beside "Trạm Y tế xã Vĩnh Linh"
                               (as xa_bua_an_ban_tru_sua_hoc_duong), the year of "… cho 150 phòng y tế trường học; … hoàn thành trước
                               ngày 30/11/2026" (the next clause's date), a yearly inspection count read against the table's 2028 column
                               (attributes only). The 116 older plans 0.967 / 0.972 / 0.985 / 0.994 before, 0.968 / 0.972 / 0.985 / 0.994
                               after (targets tp 3505 -> 3509, pred 3591 -> 3593: "150 bể chứa", "25 hồ chứa", "5.000 tờ rơi, cẩm nang",
                               "06 tin, bài, phóng sự"; four extras renamed, still extras by their gold's paired units); seeds, dev
                               unchanged; no row changed on seeds, field, wide; benchmarks/formats.py on the three: txt, DOCX and PDF
                               alike 0.984 / 1.000 / 0.970 / 1.000 (targets.year 0.965)
    qd_ky_niem_ngay_le_lon     UBND tỉnh decision (Hưng Yên, 26/12/2025) issuing its plan of activities for the anniversaries and political
                               events of 2026, the plan after a 'KẾ HOẠCH' heading below the decision's signature (s29a, held out: written
                               blind to the gazetteer): few numeric targets (pa nô, banners, leaflets, news items, shows, sports events, contest
                               entries, fireworks sites, a rally's size, shares of flags, ceremonies and visits), many dates: anniversaries with
                               their dates "(03/02/1930 - 03/02/2026)" and a contest's quoted name "Tự hào 80 năm …" (none), propaganda and
                               flag windows "từ ngày … đến (hết) ngày …", events "vào sáng ngày 18/12/2026", "Định kỳ 6 tháng … (trước ngày 10/6
                               và 10/12)"; award quotas and the plan's funding (none); "Giám đốc các Sở: …" in Điều 3, bodies after "Chỉ đạo",
                               "Ủy ban nhân dân các phường" beside "các xã, phường"; table (STT | Nội dung | Đơn vị tính | Chỉ tiêu năm 2026 |
                               Đơn vị chủ trì) as tab rows; start: targets 0.882 / deadlines 0.837 / bodies 0.842 / refs 0.923; canonical
                               share 33.3% (15 targets)
    so_tu_phap_tro_giup_phap_ly_hoa_giai  Sở Tư pháp plan (Quảng Ngãi, 01/2026) for legal aid and grassroots mediation in 2026, hard-wrapped
                               at 72 characters mid-sentence (s29a, held out): legal-aid cases and those in proceedings ("trong đó 780 vụ việc
                               tham gia tố tụng", a part in scope), quality appraisal, outreach sessions, information boards, lawyers under
                               contract, mediation teams consolidated, "mỗi tổ hòa giải có từ 03 hòa giải viên trở lên", the mediation success
                               rate, classes and trainees; 2025 results before them and in the table's "Thực hiện năm 2025" column (none);
                               procedural bodies, the bar association, "Bộ Tư pháp (Cục …)"; "định kỳ 6 tháng", quarterly, half-yearly and
                               yearly reports; table (STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026) as tab rows;
                               start: targets 0.927 / deadlines 0.963 / bodies 0.870 / refs 1.000; canonical share 45.0% (20 targets)
    xa_chong_khai_thac_iuu     coastal commune UBND plan (xã Sông Đốc, Cà Mau, 01/2026) against illegal, unreported and unregulated fishing
                               (s29a, held out): registration, licences, marking, vessel monitoring, port control, traceability, commitments,
                               inspections, leaflets, job-change classes; the fleet today, the length class "từ 15 mét trở lên", "24/24 giờ",
                               "trên 6 giờ", "ba không" (none), an incident's "trong vòng 06 giờ kể từ khi phát hiện" (no deadline); the
                               border post, the commune police and military command, the provincial fisheries Chi cục and port board; table
                               (STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 | Đơn vị chủ trì) one cell per line; start: targets 1.000 /
                               deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 36.4% (22 targets)
    the three s29a plans together at the start (main aaa7279): 0.941 / 0.911 / 0.894 / 0.976; canonical share 38.6% (57 targets).
                               Gold settled before these figures by the older plans' precedent: "1.500 lượt ngư dân" in unit "lượt" (as
                               "1.200 lượt nông dân" and 28 more).
    qd_phong_chong_rua_tien_tai_tro_khung_bo  provincial UBND decision (Lâm Đồng, 02/2026) issuing its 2026 - 2028 plan against
                               money laundering and terrorist financing, the plan after its own letterhead and a 'KẾ HOẠCH' heading,
                               the State Bank's regional branch (Ngân hàng Nhà nước Chi nhánh Khu vực 10) as lead (s29b, held out:
                               written blind to the gazetteer): few numeric targets (internal rules, trained staff "ít nhất 01 lần mỗi
                               năm", training conferences, inspected reporting entities, broadcasts), many duties and report dates
                               (a risk assessment "trong năm 2026 … vào năm 2028", "định kỳ hằng năm", half-yearly and yearly reports
                               with their day); 2025 figures, "Điều 20", a report "chậm nhất 01 ngày làm việc sau khi phát hiện" (an
                               incident's limit: no deadline) and a yearly budget that are none; "Giám đốc các Sở: …" and "Chủ tịch
                               Ủy ban nhân dân các xã, phường, đặc khu" in Điều 3, the tax office and the customs Chi cục named
                               after the 2025 reorganisation, a Tờ trình; appendix (Năm 2026 | Năm 2027 | Năm 2028 | Cơ quan chủ
                               trì) as tab rows; start: targets 0.958 / deadlines 0.960 / bodies 1.000 / refs 1.000; canonical
                               share 45.8% (24 targets)
    web_quang_ngai_giao_duc_quoc_phong_an_ninh  the 2026 plan of a provincial Council for Defence and Security Education (Hội
                               đồng Giáo dục quốc phòng và an ninh tỉnh Quảng Ngãi, 01/2026) as crawled from the province's web
                               portal (s29b, held out): the portal's menu, breadcrumb, post date and view count, font-size and
                               share buttons, tags, related news with their own counts and dates, links and a footer with a
                               licence number and visit counters around it; targets by group (đối tượng 2, 3, 4 as a line's label,
                               "từ 98% trở lên", classes and their trainees, pupils and students, religious dignitaries and
                               village elders, a conference per commune, inspections of communes and schools, a programme's
                               issues a month, equipment for schools, teachers sent to training); 2025 results, award quotas, the
                               22/12 anniversary and the council's budget that are none; the Military Command and its school, Party
                               boards, a university and a national university's centre "… và an ninh - Đại học Đà Nẵng"; a report
                               "định kỳ 6 tháng (trước ngày 15/6/2026)" whose day has its year; a quiz on a law already cited;
                               table (Đối tượng | Đơn vị tính | Chỉ tiêu năm 2026 | Cơ quan chủ trì) as tab rows; start: targets
                               0.909 / deadlines 0.960 / bodies 0.933 / refs 0.923; canonical share 9.1% (22 targets)
    tinh_an_toan_dap_ho_chua   provincial UBND plan (Nghệ An, 03/2026) for the safety of irrigation and hydropower dams and
                               reservoirs in 2026 - 2030 (s29b, held out): operating rules, emergency plans, safety inspections,
                               boundary markers, monitoring equipment, repairs and upgrades, flood maps, training, dam-break
                               drills, phase targets under "Giai đoạn 2026 - 2027: …"; the current stock of reservoirs, an
                               eligibility threshold "từ 1 triệu m3 trở lên", a warning "trước ít nhất 04 giờ", "24/24 giờ" and
                               the funding that are none; a deadline relative to the plan's issue, a yearly flood-season period
                               "từ ngày 01 tháng 8 đến ngày 30 tháng 11 hằng năm", "định kỳ 6 tháng"; a Sở with its Chi cục in
                               parentheses, two irrigation companies in one heading, the ministry after "Đề nghị"; an amending
                               law, a QCVN, a master plan and a national programme without number; task appendix (Nhiệm vụ |
                               Đơn vị tính | Khối lượng | Cơ quan chủ trì | Thời gian hoàn thành: each row's year from its time
                               cell) one cell per line; start: targets 1.000 / deadlines 0.944 / bodies 0.900 / refs 1.000;
                               canonical share 15.0% (20 targets)
    the three s29b plans together at the start (main aaa7279): 0.955 / 0.954 / 0.950 / 0.981 (targets tp 63, 66 extracted,
                               66 gold; targets.year 0.933); canonical share 24.2% (66 targets). Gold settled before these
                               figures by the older plans' precedents: a count's unit is its head noun ("15 đối tượng báo cáo" ->
                               "đối tượng", "05 cơ sở giáo dục" -> "cơ sở", "500 lượt cán bộ" -> "lượt", "06 chuyên mục, tin bài"
                               -> "chuyên mục", as "640 đối tượng bảo trợ xã hội", "150 cơ sở giáo dục", "300 lượt cán bộ", "24
                               chuyên mục, phóng sự"); a pair of person kinds kept whole ("150 chức sắc, chức việc tôn giáo" ->
                               "chức sắc, chức việc", as "cán bộ, công chức"); a plan's budget is no target (as 37 older plans)
    s29b after its fixes: qd_phong_chong_rua_tien_tai_tro_khung_bo 0.958 / 0.960 / 1.000 / 1.000 (share 45.8%, 24 targets),
                               web_quang_ngai_giao_duc_quoc_phong_an_ninh 0.955 / 1.000 / 1.000 / 1.000 (13.6%, 22), tinh_an_toan_dap_ho_chua
                               1.000 / 0.971 / 1.000 / 1.000 (15.0%, 20); together 0.970 / 0.977 / 1.000 / 1.000 (targets tp 64, 66 extracted,
                               66 gold; targets.year 1.000), share 25.8% (66). Gold settled after the start figures by two older plans'
                               precedent: a task table's bare "Hằng năm" time cell is no deadline (tinh_giam_ngheo_da_chieu,
                               tinh_pccc_cnch_cong_thong_tin; against it the start is 0.955 / 0.965 / 0.950 / 0.981, the dam plan's deadlines
                               0.971). Fixed, by class: those sent to be trained named by a long kind ("Cử 30 giáo viên giáo dục quốc phòng
                               và an ninh tham gia tập huấn": up to twelve words before the training, no quota); a law's name ends before how
                               and when it is made known ("tìm hiểu Luật … trực tuyến trong quý III năm 2026": the name cut there, the law
                               the numbered one, the quarter a deadline again); funds allotted by name ("bố trí kinh phí … là 3,2 tỷ đồng")
                               an input as the plan's own funding; a task table's quantity column ("Khối lượng", no year over it) due in the
                               year its row's time cell states ("2026 - 2027", "Quý IV/2027", "30/6/2027"; the caption's when the cell
                               states none, as the products column already read it); an item's line that only names bodies ends at its
                               line's end ("6. Công ty … Bắc Nghệ An, Công ty … Nam Nghệ An⏎Quản lý, …": no name wrapped in prose); a
                               university's centre named with its university after a dash, its field joined by "và" ("Trung tâm Giáo dục
                               quốc phòng và an ninh - Đại học Đà Nẵng"). Left: undated recurring report cues ("định kỳ hằng năm",
                               "định kỳ 6 tháng" without a day; about 60 misses over the plans) because the dev gold records them as no
                               deadline (field 010, 017, 025, 039: only review schedules are), so reading them would cost dev precision;
                               "Thanh tra, kiểm tra … đối với ít nhất 15 đối tượng báo cáo mỗi năm" named "Số đối tượng báo cáo mỗi năm"
                               (a value-first count is named by its noun, the verb kept only for the activity match); "150 chức sắc,
                               chức việc tôn giáo" read as "chức sắc" (as units the pair would also count a province's current
                               dignitaries). The 131 older plans: F1 unchanged (0.969 / 0.972 / 0.987 / 0.995); two task-table rows now take
                               their time cell's year against their gold's caption year (huyen_giao_thong_nong_thon "2025 - 2026" -> 2026,
                               tinh_phong_chay_chua_chay_rung "Tháng 11 - 12/2025" -> 2025: the year the row's work must be done, as the
                               contract defines a target's year; attributes only); seeds, dev unchanged; no row changed on seeds, field, wide
    so_nnmt_khuyen_nong        s29c, held-out (written blind to the indicator gazetteer): Sở Nông nghiệp và Môi trường plan on
                               agricultural extension for 2026 (demonstration models by field with 'trong đó' parts, classes, turns of
                               farmers, field workshops, forums, community extension workers), hard-wrapped at 72 characters mid-sentence,
                               an appendix of tab rows with a 2025 column; a Đề án cited by its long name ending "đến năm 2030", a
                               named practice '"1 phải 5 giảm"', the plan's own funding. start: targets 0.952 / deadlines 0.947 / bodies
                               1.000 / refs 0.857; canonical share 54.8% (42 targets)
    tinh_phong_chong_sinh_vat_gay_hai  s29c, held-out: provincial UBND decision issuing its 2026 plan on crop pests and diseases (rầy
                               nâu, sâu keo mùa thu, vàng lá thối rễ, fruit pests; infested-area ceilings "dưới / không quá", a "trong đó"
                               part, forecasting, pesticides and their packaging), the plan after the decision's signature under its own
                               'KẾ HOẠCH' heading, 2025 figures that are no targets, a "Biểu" with two 2026 columns per pest, a task table
                               (chủ trì | phối hợp | time, "Hằng tuần", "Thường xuyên"), Điều 3 "Chủ tịch Ủy ban nhân dân các xã, phường,
                               đặc khu". start: targets 0.954 / deadlines 0.952 / bodies 0.960 / refs 1.000; canonical share 9.4% (32)
    xa_quan_ly_giet_mo         s29c, held-out: commune UBND plan of 2026 on managing the slaughter of livestock and poultry and
                               veterinary hygiene (slaughterhouse share, small slaughter points "từ 14 điểm xuống còn không quá 06 điểm",
                               inspections "ít nhất 04 lần/năm", samples, a Tết peak period, a slaughterhouse given a task), the appendix
                               one cell per line. start: targets 0.947 / deadlines 0.889 / bodies 0.933 / refs 1.000; canonical share
                               26.3% (19). The three together at start (aaa7279): 0.952 / 0.931 / 0.968 / 0.960, share 33.3% (93 targets)
    s29c after the start measure: the gold of the first two aligned with the other plans' readings (units 'vùng', 'bẫy' as
                               classifiers; '100% cơ sở … ít nhất 01 lần/năm' one target; 'Chủ tịch Ủy ban nhân dân các xã, phường, đặc
                               khu' named): the start code on that gold 0.979 / 0.931 / 0.984 / 0.960 (per plan 0.976 / 0.947 / 1.000 /
                               0.857, 1.000 / 0.952 / 1.000 / 1.000, 0.947 / 0.889 / 0.933 / 1.000; year 0.944, comparator 0.944). After
                               s29c's fixes 0.989 / 0.931 / 1.000 / 1.000 (so_nnmt_khuyen_nong 0.976 / 0.947 / 1.000 / 1.000,
                               tinh_phong_chong_sinh_vat_gay_hai 1.000 / 0.952 / 1.000 / 1.000, xa_quan_ly_giet_mo 1.000 / 0.889 / 1.000 /
                               1.000; year 1.000, comparator 1.000), share unchanged 33.3% (54.8%, 9.4%, 26.3%: the gazetteer is not
                               s29c's). Fixed, by class: a level reached from a baseline under a bound ("từ 14 điểm xuống còn không quá
                               06 điểm" kept 14) and a count of places so brought down read as a score; a document's name that runs
                               past "gắn với" to its horizon ("… đến năm 2030": the name was cut and its horizon dated five 2026 outputs
                               2030); a bound in a table column's header ("Diện tích nhiễm tối đa năm 2026 (ha)") as its values'
                               comparator; a cooperative's heading line running into the task line below it ("… Phong Hòa⏎Bảo đảm"),
                               and slaughterhouses named like cooperatives (Luật Thú y 2015); the last block's task ending before the
                               closing lines ("Trên đây là Kế hoạch …", "Trong quá trình thực hiện, nếu có khó khăn …", "Nơi nhận:").
                               Left: recurring deadlines without a day ("Định kỳ 6 tháng", "định kỳ hằng quý", "hằng tuần": by design,
                               the dev gold leaves them out), "12.000 tài liệu, tờ rơi" (the extractor reads the first noun after s27d,
                               the gold set holds pairs too). The 131 older plans, seeds, dev, field, wide: no scored row changed;
                               formats.py on the three: txt, DOCX and PDF alike 0.989 / 0.931 / 1.000 / 1.000


    tinh_kinh_te_ban_dem_cong_thong_tin  provincial UBND plan (Khánh Hòa, 01/2026) to develop the night-time economy 2026 - 2030,
                               as crawled from the provincial web portal (s29e, held out: written blind to the gazetteer): menu,
                               breadcrumb, date and view count, share buttons, tags, related news with figures, comments, footer
                               with the portal's licence number; 2025 figures that are none; revenue "đạt khoảng … tỷ đồng, chiếm
                               tối thiểu 20% tổng doanh thu du lịch", visitors in "triệu lượt khách", spending "trên 45
                               USD/người/đêm", walking streets with a breakdown by ward, night markets, "khu, điểm" of
                               entertainment, opening hours "tối thiểu đến 02 giờ sáng", task outputs (bộ đèn, nhà vệ sinh, bãi
                               đỗ xe, tuyến xe buýt, lễ hội, đoàn khảo sát, lớp, lao động, hộ kinh doanh), events "hằng tuần", "kỳ
                               họp cuối năm 2026", wards named in one list ("Ủy ban nhân dân các phường Nha Trang, Bắc Nha Trang,
                               …"), a State Bank regional branch, a programme named without a number; appendix (Năm 2025 (ước
                               thực hiện) | 2026 | 2027 | 2028 | 2030) as tab rows; start: targets 0.958 / deadlines 0.963 /
                               bodies 1.000 / refs 0.857; canonical share 12.5% (48 targets)
    so_y_te_suc_khoe_sinh_san  Sở Y tế plan (Gia Lai, 01/2026) on reproductive health and adolescent and youth health 2026 - 2030
                               (s29e, held out): antenatal care "đủ 4 lần trong 3 thai kỳ", births at health facilities, maternal
                               mortality "/100.000 trẻ đẻ sống", neonatal mortality in ‰, abortions "Giảm 30% … so với năm 2025",
                               pre-marital counselling, child marriage, village midwives; tasks (phóng sự, buổi, tờ rơi, lần,
                               lớp, lượt), "mỗi lớp 06 tháng" and "trong vòng 30 ngày kể từ khi xảy ra" that are none, reviews
                               "định kỳ 6 tháng" without a day, "trước ngày 10 hằng tháng", "tháng 12/2028"; the Sở's offices,
                               "Các Trung tâm Y tế khu vực", "Trạm Y tế xã, phường", UNFPA as a partner; appendix (Năm 2026 |
                               Năm 2028 | Năm 2030) one cell per line; start: targets 0.960 / deadlines 0.941 / bodies 0.963 /
                               refs 0.923; canonical share 56.8% (37 targets)
    qd_an_toan_thong_tin_mang  provincial UBND decision (Nghệ An, 02/2026) issuing its 2026 - 2030 plan to ensure network
                               information security in state bodies, the plan after a bare "KẾ HOẠCH" heading (s29e, held out):
                               information systems approved by security level, SOC monitoring ("Duy trì 100%"), anti-malware,
                               vulnerability scans ("100% … ít nhất 01 lần/năm" one row; "cấp độ 3 trở lên … ít nhất 02
                               lần/năm" its own), "không quá 07 ngày" to fix a critical flaw, staff, drills, a response team of
                               "ít nhất 20 thành viên", "150 máy chủ và 5.000 máy trạm, hoàn thành trong năm 2027", a spending
                               norm "tối thiểu 10% tổng kinh phí các dự án" under the funding heading, the 4-layer model and
                               "cấp độ 3" as names; Điều 3 by the bodies' heads, an old decision that lapses, a TCVN standard;
                               appendix I (Năm 2026 | 2027 | 2028 | 2030) and a task table (chủ trì | phối hợp | thời gian) as
                               tab rows; start: targets 0.947 / deadlines 0.957 / bodies 1.000 / refs 1.000; canonical share
                               40.5% (37 targets)
    the three s29e plans together at the start (main aaa7279): 0.956 / 0.955 / 0.988 / 0.936 (targets tp 118, 122 extracted,
                               125 gold); canonical share 34.4% (122 targets). Gold settled after the first run by the older
                               plans' conventions: "30 bãi đỗ xe" and "60 cô đỡ thôn bản" take the head noun as unit ("bãi", "cô
                               đỡ": as "05 bãi chôn lấp", "25 biển cảnh báo"); a count of two kinds its first noun ("05 khu,
                               điểm", "02 lễ hội, sự kiện", "1.500 lao động, hộ kinh doanh", "12 phóng sự, chuyên mục": as "02
                               hội nghị, hội thảo", "24 chuyên mục, phóng sự"; only pairs the units list names whole, "tin,
                               bài", "cơ quan, đơn vị", stay whole); the events "vào tối thứ Sáu, thứ Bảy và Chủ nhật hằng
                               tuần" a weekly deadline (as "tháng 10 hằng năm" in the third plan). Against the first gold the
                               start read 0.875 / 0.923 / 1.000 / 0.857 and 0.933 / 0.941 / 0.963 / 0.923 (first two plans),
                               together 0.923 / 0.955 / 0.988 / 0.936.
                               contract defines a target's year; attributes only); seeds, dev unchanged; no row changed on seeds, field, wide; benchmarks/formats.py
                               on the three: txt, DOCX and PDF alike 0.970 / 0.977 / 1.000 / 1.000 (targets.year 1.000)
    so_y_te_chat_thai_y_te     Sở Y tế plan (Tây Ninh, 01/2026) on medical waste management in 2026 (s29j, held out: written blind
                               to the indicator gazetteer): hazardous waste collected and treated to standard, private clinics under
                               contract, hospital and commune-station waste water (QCVN 28:2010/BTNMT), a cluster model "tại 04 cụm",
                               "02 lò đốt …, công suất mỗi lò 300 kg/giờ", "khoảng 1.250 tấn", plastic "xuống dưới 30%", "06 lớp … cho 480
                               cán bộ, nhân viên y tế", monitoring "ít nhất 04 lần/năm", 120 inspections; a 'THỰC TRẠNG' of current
                               figures; "hằng quý", "định kỳ 6 tháng một lần", "định kỳ 6 tháng (trước ngày 15/6 và trước ngày 15/12)",
                               "trong quý II và quý III năm 2026"; Công an tỉnh with a Phòng in parentheses; appendix (STT | Chỉ tiêu |
                               Đơn vị tính | Thực hiện năm 2025 | Kế hoạch năm 2026 | Đơn vị chủ trì) one cell per line; start: targets
                               0.792 / deadlines 0.933 / bodies 1.000 / refs 1.000; canonical share 30.4% (23 targets)
    qd_chuyen_doi_giao_thong_xanh  provincial UBND decision (Khánh Hòa, 03/2026) issuing its 2026 - 2030 plan to convert road
                               transport to electricity and green energy, the plan after a 'KẾ HOẠCH' heading (s29j, held out): buses,
                               taxis, tourist cars, public charging stations ("tối thiểu 150 trạm …, trong đó khu vực Nha Trang 90
                               trạm"), state vehicles, emissions "Giảm 15% … so với năm 2025" under "Mục tiêu đến năm 2027 / 2030"; a
                               'LỘ TRÌNH' of two phases and "Từ ngày 01/7/2028"; money to raise "khoảng 1.200 tỷ đồng"; Điều 3 by the
                               bodies' heads; appendix I (Năm 2025 (thực hiện) | Năm 2027 | Năm 2030) and a task table (chủ trì | phối
                               hợp | thời gian) as tab rows, a national body's regional unit (Cảng vụ Hàng không miền Nam); start:
                               targets 0.913 / deadlines 0.938 / bodies 0.938 / refs 1.000; canonical share 23.8% (21 targets)
    tinh_thuong_mai_bien_gioi  provincial UBND plan (Lạng Sơn, 02/2026) on border trade and the border-gate economy in 2026 as
                               pdftotext -layout reads a PDF (s29j, held out): two-column letterhead, indented hard-wrapped paragraphs,
                               page numbers alone on a line, form feeds, the signature beside 'Nơi nhận', an appendix with space-aligned
                               columns whose cells wrap over lines ("Triệu / USD", "Giờ/phương / tiện"); trade value "9.500 triệu USD,
                               tăng 12% …; trong đó …", clearance time "không quá 02 giờ/phương tiện", "trên 3.000 doanh nghiệp",
                               "01 bãi kiểm hóa … diện tích 12 ha", border markets, "02 lối mở"; border units (Hải quan cửa khẩu, Đồn
                               Biên phòng cửa khẩu, Ban Quản lý Khu kinh tế cửa khẩu …), "Ban Chỉ đạo 389 tỉnh chỉ đạo …"; start: targets
                               0.842 / deadlines 1.000 / bodies 0.812 / refs 1.000; canonical share 50.0% (18 targets)
    the three s29j plans together at the start (main 278b8b0): 0.849 / 0.949 / 0.909 / 1.000 (targets tp 56, 62 extracted, 70
                               gold); canonical share 33.9% (62 targets). Gold settled after the first run by the older plans'
                               precedents only: "UBND các xã, phường" of the task table is the level of "Ủy ban nhân dân các xã, phường,
                               đặc khu" (one body, as s29a), "các xã, phường biên giới" the commune level by its canonical name (first
                               run: bodies 0.909 and 0.750).
    s29j after its fixes (main 278b8b0 + s29j): so_y_te_chat_thai_y_te 0.875 / 0.933 / 1.000 / 1.000 (share 30.4%, 23 targets),
                               qd_chuyen_doi_giao_thong_xanh 0.958 / 0.938 / 1.000 / 1.000 (21.7%, 23), tinh_thuong_mai_bien_gioi 0.872 /
                               1.000 / 0.914 / 1.000 (47.4%, 19); together 0.904 / 0.949 / 0.967 / 1.000 (share 32.3%, 65 targets);
                               benchmarks/formats.py on the three: txt and DOCX 0.904 / 0.949 / 0.967 / 1.000, PDF 0.892 / 0.949 /
                               0.978 / 1.000. Gold settled after the first run by the older plans' precedents: "480 cán bộ, nhân viên y
                               tế" keeps the staff counted together (s27a, as "cán bộ, giáo viên"), "120 cơ sở y tế" the compound count
                               noun the units list names whole (the start figures against the settled gold: so_y_te_chat_thai_y_te
                               targets 0.875, the three 0.879). Fixed, by class: border gates in bodies' names ("Ban Quản lý Khu kinh
                               tế cửa khẩu Đồng Đăng - Lạng Sơn", "Đồn Biên phòng cửa khẩu quốc tế Hữu Nghị"), "Hải quan cửa khẩu" and
                               "Cảng vụ Hàng không" as heads; "tuyến" (routes) and "lối mở" as count nouns. Left: "thí điểm 02 tuyến/mô
                               hình" (no commitment cue; adding "thí điểm" to cues.tsv did not suffice), "tại 04 cụm: …" and "công suất
                               mỗi lò 300 kg/giờ" (no unit "cụm"/"kg/giờ"), recurring times without a day in prose ("định kỳ hằng quý",
                               "định kỳ 6 tháng (một lần)", by design only dated reports and review schedules), "từ năm 2026", "Trung
                               tâm Kiểm dịch thực vật sau nhập khẩu" (5 lower-case syllables, over MAX_LOWER_RUN), the PDF appendix's
                               cells wrapped over lines ("Triệu / USD" read as "triệu", the next row's indicator taking "khẩu").
    s29a after its fixes: qd_ky_niem_ngay_le_lon 0.973 / 1.000 / 0.952 / 1.000 (share 38.9%, 18 targets),
                               so_tu_phap_tro_giup_phap_ly_hoa_giai 0.927 / 0.963 / 1.000 / 1.000 (45.0%, 20), xa_chong_khai_thac_iuu
                               unchanged 1.000 x4 (36.4%, 22); together 0.967 / 0.989 / 0.978 / 1.000; benchmarks/formats.py on the three:
                               txt, DOCX and PDF alike 0.967 / 0.989 / 0.978 / 1.000. Gold settled with the fixes, by the older plans'
                               precedents (start figures unchanged by them): "Ủy ban nhân dân các phường" is the level of "các xã, phường"
                               (one body), "Chủ tịch Ủy ban nhân dân các xã, phường" of Điều 3 a body (as the older decisions), "3.500 băng
                               rôn, khẩu hiệu" in its first noun (as "tờ rơi, cẩm nang", "chuyên mục, phóng sự"). Fixed, by class: a bare
                               type word before "về" and a body ("báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh trước …") is
                               where a report goes, no cited plan (it also hid the deadline); a half-yearly cue opening the clause dates a
                               bracket of days after the report's addressee; "vào sáng/tối ngày …" a cue under an anniversary's label;
                               spans listed on one line after one label are a schedule's windows, not the plan's period; "Tổng Biên tập"
                               before a press agency, "Đoàn Luật sư", "Theo dõi thi hành pháp luật" in a division's name, "Bảo tàng tỉnh", a
                               body directed with a collective ("chỉ đạo X và các bệnh viện bố trí …"); "treo" banners, unit "băng rôn",
                               "chương trình biểu diễn nghệ thuật", a count alone after ";" continuing a committed list. Left: "quy mô
                               1.000 đại biểu" (a size needs a cue; "quy mô" also opens baselines: "quy mô dân số …"), "mỗi tổ hòa giải có
                               từ 03 hòa giải viên trở lên" (read as a group's threshold, as "hộ có từ 03 người trở lên"), "định kỳ 6
                               tháng" without a day (dev gold leaves such reviews out), the contest's bare "Ban Tổ chức" and "đài truyền
                               thanh cơ sở" (extras), the table row "Số lớp tập huấn hòa giải viên" (extracted; the scorer pairs it with
                               the prose gold row first). The 131 older plans unchanged 0.969 / 0.972 / 0.987 / 0.995 (one quote gains its
                               cue: "vào tối 26/7/2026"); seeds, dev unchanged.
                               together 0.923 / 0.955 / 0.988 / 0.936. ("60 cô đỡ thôn bản" went back to the unit "cô đỡ thôn
                               bản" after the fixes' run showed xa_dinh_duong_ba_me_tre_em's gold counting "24 cô đỡ thôn bản" so:
                               a direct precedent; the start figures are the same against either.)
    s29e after its fixes: tinh_kinh_te_ban_dem_cong_thong_tin 0.990 / 1.000 / 1.000 / 0.923 (share 12.8%, 47 targets),
                               so_y_te_suc_khoe_sinh_san 1.000 / 0.941 / 1.000 / 1.000 (55.3%, 38), qd_an_toan_thong_tin_mang
                               1.000 / 0.957 / 1.000 / 1.000 (38.5%, 39); together 0.996 / 0.970 / 1.000 / 0.979 (targets tp
                               124, 124 extracted, 125 gold), share 33.9% (124). Fixed, by class: a portal's frame (its head
                               without a metadata panel, the lines above the document's first line when a notice such as the
                               view counter marks them, took the dateline "Thứ Sáu, 16/01/2026 | English | …" for a deadline;
                               its footer's licence "…/GP-TTĐT", copyright and reuse lines are notices, so the related news
                               after "Tin liên quan" go as a trailer: "5.000 lượt khách mỗi tối cuối tuần" and "68/GP-TTĐT"
                               were a target and a reference); count nouns and per-units (máy chủ, máy trạm, TCVN 11930:2017;
                               cô đỡ thôn bản, TT 07/2013/TT-BYT; "/đêm": "45 USD/người/đêm"); a rate's name may run 15 words
                               before its attributive "đã" ("… có cán bộ y tế đã qua đào tạo đỡ đạt trên 98%"); the times to
                               fix a flaw or respond to a network incident under a bound are targets (QĐ 05/2017/QĐ-TTg) and
                               "kể từ …" after a value names nothing (also "Thời gian giải quyết hồ sơ không quá 05 ngày làm
                               việc kể từ …", once named "Số ngày làm việc kể từ …"); the services a share counts listed with
                               commas after "được" ("100% … được kiểm tra, đánh giá, rà soát … ít nhất 01 lần/năm": one row);
                               a national programme named as one of the funds' sources after the first is cited, its name
                               ending at the next source; "6. Các Trung tâm Y tế khu vực" heads its block as a body named by
                               its kind. Left: "định kỳ 6 tháng" without a day (reports and reviews: the dev gold leaves them
                               out, see s19d), the opening hours "tối thiểu đến 02 giờ sáng" (a clock time; the tool reads
                               durations only), "Chương trình xúc tiến du lịch hằng năm của tỉnh" (a programme named by its
                               kind, which the activity guard keeps out as "Triển khai Chương trình hỗ trợ doanh nghiệp …").
                               The 131 older plans 0.969 / 0.972 / 0.987 / 0.995 before and after (xa_dinh_duong_ba_me_tre_em's
                               "24 cô đỡ thôn bản" found, tinh_ocop_cong_thong_tin's portal dateline no longer a deadline); all
                               134: 0.968 / 0.972 / 0.987 / 0.993 -> 0.970 / 0.972 / 0.987 / 0.994; share 52.7% both; seeds and
                               dev unchanged; no row changed on seeds, field and wide; benchmarks/formats.py on the three: txt,
                               DOCX and PDF alike 0.996 / 0.970 / 1.000 / 0.979 (targets.year 1.000).
    tu_dan_van_kheo            Party plan (Kế hoạch 58-KH/TU of the Ban Thường vụ Tỉnh ủy Quảng Ngãi, 03/2026) for mass
                               mobilisation work and the "Dân vận khéo" emulation movement 2026 - 2030 (s29d, held out: written
                               blind to the gazetteer), hard-wrapped at 72 characters mid-sentence: Party-style header ("TỈNH ỦY …
                               * Số 58-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM"), a "Thực hiện …" preamble of Party documents (Nghị quyết,
                               Quy chế issued with a Quyết định -QĐ/TW, Kết luận, Hướng dẫn -HD/BTGDVTW, the congress resolution
                               without a number); models recognised per commune and province-wide, dialogues of leaders with
                               the people (the frequency defines the share: one row), complaints settled, "Gia đình văn hóa",
                               newsletters "04 số/năm", items in a broadcast column, classes and trainees; award quotas of the
                               Ban Thường vụ, the 1.250 respected persons (a current figure) and the 2021 - 2025 baseline that
                               are none; bodies after 2025 (Ban Tuyên giáo và Dân vận Tỉnh ủy, "các đảng ủy xã, phường, đặc
                               khu", "các đảng ủy trực thuộc Tỉnh ủy", the Party committees of the UBND, the Front, the army
                               and the police), the Front's unions listed after a colon; appendix (Năm 2026 | Năm 2030) as tab
                               rows; start (aaa7279): targets 0.923 / deadlines 1.000 / bodies 0.667 / refs 0.900; canonical
                               share 42.4% (33 targets)
    btc_quy_hoach_luan_chuyen_can_bo  Ban Tổ chức Tỉnh ủy Lâm Đồng plan (12-KH/BTCTU, 02/2026) on cadre planning for the
                               2030 - 2035 term, rotation and training in 2026 (s29d, held out): caps on the planning ("không
                               vượt quá 1,5 lần", "từ 2 đến 3 người", "không quá 03 chức danh"), shares of women, young and
                               ethnic-minority cadres (the ages in parentheses, "đối tượng 2/3" of defence training and the
                               eligibility "không quá 50 tuổi", "60 tháng" are none), rotations with a part "trong đó ít nhất
                               20% là cán bộ nữ", political-theory courses, the steps with their deadlines (quarters, a month,
                               "chậm nhất 15 ngày kể từ …", "trong quý I hằng năm", "trước ngày 31/3 hằng năm", a half-yearly
                               and a yearly report), the Ban's own phòng, the Party committees listed in parentheses after
                               "Các đảng ủy trực thuộc Tỉnh ủy" (each its own body), a current count and share that are none;
                               the term "nhiệm kỳ 2030 - 2035" is the term planned for, no deadline; appendix (STT | Chỉ tiêu |
                               Đơn vị tính | Năm 2026 | Giai đoạn 2026 - 2030) one cell per line; start (aaa7279): targets
                               0.771 / deadlines 0.846 / bodies 0.538 / refs 1.000; canonical share 16.7% (30 targets)
    qd_thong_tin_doi_ngoai_bien_dao  UBND tỉnh Quảng Ninh decision (385/QĐ-UBND, 01/2026) issuing, after a 'KẾ HOẠCH' heading,
                               the 2026 plan for foreign information and propaganda on sea, islands and borders (s29d, held
                               out): news items with a part in foreign languages, a broadcast column's issues, bilingual
                               publications and their copies, the foreign-information portal, delegations of foreign
                               reporters, training conferences and "lượt" trainees, mobile propaganda sessions, national
                               flags for fishermen, followers on social networks, video clips; the plan's funding, a 2025
                               figure, the border's length, an anniversary "(03/3/1959 - 03/3/2026)" that are none; Điều 3
                               with "Giám đốc các Sở: …", the border guard command, the Sở Ngoại vụ, national ministries as
                               partners, a special zone (đặc khu Cô Tô); appendix (STT | Nội dung | Đơn vị tính | Chỉ tiêu năm
                               2026 | Cơ quan chủ trì | Thời gian hoàn thành) as tab rows with time cells of several shapes;
                               start (aaa7279): targets 0.769 / deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share
                               62.5% (24 targets)
    the three s29d plans together at the start (aaa7279): 0.824 / 0.950 / 0.763 / 0.962 (targets tp 77, 87 extracted, 100
                               gold); canonical share 39.1% (87 targets)
    s29d gold settled after those figures by the older plans' precedents: "các đảng ủy trực thuộc Tỉnh ủy" is a plural, no
                               named body (tu_kinh_te_tu_nhan_nq68's gold and an older negative test: named by whom they answer
                               to, not by a level; the commune level's "các đảng ủy xã, phường" is one, as "UBND các xã, phường"),
                               out of the bodies of tu_dan_van_kheo and btc_quy_hoach_luan_chuyen_can_bo; "1.200 tin, bài, phóng
                               sự" in the unit "tin, bài" (as thads_tinh_nam's "06 tin, bài, phóng sự"). Against it the start
                               (aaa7279) is tu_dan_van_kheo 0.923 / 1.000 / 0.688 / 0.900 (share 42.4%, 33 targets),
                               btc_quy_hoach_luan_chuyen_can_bo 0.771 / 0.846 / 0.560 / 1.000 (16.7%, 30), qd_thong_tin_doi_ngoai_bien_dao
                               0.808 / 1.000 / 1.000 / 1.000 (62.5%, 24); together 0.834 / 0.950 / 0.779 / 0.962 (share 39.1%, 87)
    s29d after its fixes: tu_dan_van_kheo 0.939 / 1.000 / 0.974 / 0.947 (share 41.2%, 34 targets),
                               btc_quy_hoach_luan_chuyen_can_bo 0.911 / 0.923 / 0.968 / 1.000 (17.9%, 39), qd_thong_tin_doi_ngoai_bien_dao
                               0.868 / 1.000 / 1.000 / 1.000 (64.0%, 25);
                               together 0.909 / 0.975 / 0.982 / 0.980 (targets tp 90, 98 extracted, 100 gold; share 37.8%, 98 targets); txt, DOCX and PDF alike
                               (benchmarks/formats.py --only=…). Fixed, by class: bodies: the Party committees of the commune
                               level named by their kinds ("các đảng ủy xã, phường, đặc khu": one named body, level xa), a plural
                               ("Các đảng ủy trực thuộc Tỉnh ủy", now a collective as "các cấp ủy") or its owner ("các phòng thuộc
                               Sở Y tế") followed by its members in parentheses (each its own body, no sub-unit of the name before
                               the parenthesis, and the list going on after ")"), a Party committee leading its body and the
                               unions listed after "các tổ chức chính trị - xã hội tỉnh:" (the task after the members), a
                               semicolon after a group a verb has as its object opening the next body's clause ("… các sở,
                               ngành; Sở Tài chính tham mưu …"), the Ban Tổ chức's units ("Phòng Bảo vệ chính trị nội bộ",
                               "Phòng Tổ chức đảng - Đảng viên": name_words.tsv), a board named for a movement in quotes
                               ("Ban Chỉ đạo phong trào thi đua "Dân vận khéo" tỉnh"); the plan's own period: the term cadre
                               planning is made for ("quy hoạch cán bộ nhiệm kỳ 2030 - 2035", Quy định 50-QĐ/TW) is not the
                               plan's (it had made the 2026 column of the appendix a baseline and dated every target 2035);
                               targets: those sent to study named with their planning ("cử 120 cán bộ trong quy hoạch đi học …"),
                               "đón"/"đón tiếp" a cue of the delegations received (Nghị định 72/2015/NĐ-CP), a periodical's
                               issues after its title ("Bản tin Dân vận 04 số/năm", "… với 52 số mỗi năm"), the size of what was
                               counted after a list of its kinds in parentheses ("03 ấn phẩm … (sách ảnh, tập gấp, …) với tổng
                               số 15.000 bản"); legal_refs: a document issued with a cited one, the rest of its name after "của"
                               between ("Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số
                               23-QĐ/TW": one reference). Left: "không vượt quá 1,5 lần số lượng ủy viên …" (named by what the
                               ratio is of, not by the planning it caps), a part after ";" named by its place ("…; ở các xã có
                               đông đồng bào dân tộc thiểu số đạt từ 30%"), "trong đó năm 2026 cử 30 cán bộ" (a part whose verb
                               "cử" reads as a selection quota), "Đón và làm việc với 12 đoàn …" (the cue right before its count
                               only), "tặng 5.000 lá cờ Tổ quốc" (a gift read as an award quota), "tại 04 địa điểm" after
                               "Trưng bày triển lãm …", units "hội chợ, sự kiện" and "đoàn viên, thanh niên" cut to their first
                               noun, an indicator cut at the comma inside "Báo và Phát thanh, Truyền hình Quảng Ngãi", the 1.250
                               respected persons (a current figure) and "02 lần trong năm" that defines a share read as targets,
                               "Quy chế dân chủ ở cơ sở" inside a board's name read as a reference, "giai đoạn 2026 - 2030"
                               opening a clause of actions and "chậm nhất 15 ngày kể từ ngày có quyết định phê duyệt" (a step
                               relative to an event) missed, "Ban Thường vụ Tỉnh ủy tặng Bằng khen" (the issuer's award) and
                               the budget "giao cho Văn phòng Tỉnh ủy" read as tasks, years of the spans after a yearly part.
                               The 131 older plans: same misses and extras before and after (0.969 / 0.972 / 0.987 / 0.995);
                               seeds, dev unchanged; rows on seeds, field unchanged, on wide three bodies gained (a decree's "…; Trung tâm Phục vụ hành chính công cấp xã thực hiện …", a resolution's "…; Bộ Công an
                               chịu trách nhiệm …": real tasks after a semicolon; a telegram footnote's "…; Thủ tướng Chính phủ phân
                               công 3 đồng chí …", a report of what was done, left), one false one gone (Hà Nội's "Đảng ủy xã, phường
                               trực thuộc Đảng bộ Thành phố Hà Nội" in a spending norm), two collectives.
    qd_bao_ve_bi_mat_nha_nuoc  UBND tỉnh Hà Tĩnh decision (412/QĐ-UBND, 02/2026) issuing, after a 'KẾ HOẠCH' heading, the 2026
                               plan on protecting state secrets (s29h, held out): few targets (100% of bodies reviewing the list of
                               secrets, computers for secret documents kept off the network, training classes and "khoảng 360 học
                               viên", inspections "ít nhất 20 cơ quan, đơn vị, địa phương", a booklet's copies, "ít nhất 01 chuyên
                               mục mỗi quý", "ít nhất 01 lần trong năm"), many duties and report dates ("định kỳ 6 tháng", "trước
                               ngày 10/12 hằng năm", "trong thời hạn 24 giờ kể từ khi phát hiện"), a parent in parentheses
                               ("Văn phòng Tỉnh ủy (Ban Cơ yếu)"), the armed forces' commands, appendix as tab rows (STT | Nội dung
                               | Đơn vị tính | Chỉ tiêu năm 2026 | Cơ quan chủ trì | Thời gian); start (278b8b0): targets 0.895 /
                               deadlines 0.933 / bodies 1.000 / refs 1.000; canonical share 57.9% (19 targets)
    ubnd_tong_ket_20_nam_nghi_quyet  UBND tỉnh Thái Nguyên plan (98/KH-UBND, 03/2026) to review twenty years of a Tỉnh ủy
                               resolution on rural roads (s29h, held out), hard-wrapped at 72 characters: a schedule of reports per
                               level and body ("+ Sở Tài chính: …" lines), a window of figures and 20 years' results that are no
                               targets, award quotas, a quoted title holding "20 năm", the conference, its delegates, a yearbook and
                               its copies, reportages, an exhibition's works; appendix as tab rows after the signature; start
                               (278b8b0): targets 0.560 / deadlines 0.963 / bodies 0.960 / refs 1.000; canonical share 37.5% (8 targets)
    snv_kiem_tra_cai_cach_hanh_chinh  Sở Nội vụ tỉnh Đồng Tháp plan (215/KH-SNV, 01/2026) for inspecting administrative
                               reform in 2026 (s29h, held out): inspections "30 cơ quan, đơn vị, địa phương, trong đó: 10 … và 20 …",
                               shares of bodies inspected per level, surprise inspections, sampled files, inspection teams, steps
                               relative to the inspection ("chậm nhất 05 ngày làm việc trước ngày kiểm tra"), "định kỳ hằng quý …
                               trước ngày 15 của tháng cuối quý"; the schedule (STT | Đơn vị được kiểm tra | Thời gian | Đoàn kiểm
                               tra) and the appendix of targets one cell per line, inspected bodies that are given no task; start
                               (278b8b0): targets 0.800 / deadlines 0.897 / bodies 1.000 / refs 1.000; canonical share 33.3% (15 targets)
    the three s29h plans together at the start (278b8b0): 0.774 / 0.930 / 0.986 / 1.000 (targets tp 36, 42 extracted, 51
                               gold); canonical share 45.2% (42 targets)
    s29h gold settled after those figures by the dev gold's precedent: "Chủ tịch UBND tỉnh tặng Bằng khen cho …" is a task
                               (001_cantho's gold keeps "Chủ tịch Ủy ban nhân dân thành phố xem xét tặng Bằng khen" assigned), a body of
                               ubnd_tong_ket_20_nam_nghi_quyet; against it that plan's start is bodies 1.000
    s29h after its fixes: qd_bao_ve_bi_mat_nha_nuoc 0.947 / 0.933 / 1.000 / 1.000 (share 57.9%, 19 targets),
                               ubnd_tong_ket_20_nam_nghi_quyet 0.875 / 1.000 / 1.000 / 1.000 (40.0%, 15), snv_kiem_tra_cai_cach_hanh_chinh
                               0.933 / 0.968 / 1.000 / 1.000 (33.3%, 15); together 0.920 / 0.966 / 1.000 / 1.000 (targets tp 46, 49 extracted,
                               51 gold; share 44.9%, 49 targets); txt, DOCX and PDF alike (benchmarks/formats.py --only=…). Fixed, by class:
                               targets: a "Số lượng" column beside a unit column under a caption naming the plan's targets with no year
                               (the appendix of the review plan: 7 rows), occurrences followed by their topic ("Kiểm tra đột xuất ít nhất 08
                               cuộc về …" named by the action, not "Số cuộc kỷ luật …"), a pointer to where the plan states a thing closing
                               the name ("03 lớp tập huấn nêu tại Mục II"), a second share named only by its whole ("… 50% số sở, ban, ngành
                               tỉnh và 20% số xã, phường"); deadlines: a time limit right after "sau" an activity ("trong thời hạn 10 ngày làm
                               việc sau Hội nghị") or before one, either order ("chậm nhất 05 ngày làm việc trước ngày kiểm tra", "trước ngày
                               kiểm tra ít nhất 03 ngày làm việc"), the end of a response ("kể từ khi kết thúc ứng phó", also in an older
                               plan). Left: "phát hành 1.500 cuốn" named by its verb (the booklet is the previous clause's object), "01 cuốn
                               kỷ yếu "20 năm …" với số lượng 600 cuốn" (unit "cuốn kỷ yếu", the copies missed), "với 120 tác phẩm" of an
                               exhibition, "thành lập 02 Đoàn kiểm tra", "UBND 08 xã, phường còn lại" in a schedule cell read as a target
                               (a list of those inspected, no commitment of a count), "định kỳ 6 tháng" without a day (left by design: the
                               dev gold leaves such reports out), time limits from an event that is no activity of the plan ("trong thời
                               hạn 24 giờ kể từ khi phát hiện", "30 ngày kể từ ngày nhận được thông báo kết luận kiểm tra": near a
                               procedure's steps, which a decree is full of). The 146 older plans: 0.969 / 0.972 / 0.987 / 0.994 before,
                               0.969 / 0.973 / 0.987 / 0.994 after (one deadline gained); seeds, dev unchanged; rows on seeds, field, wide
                               unchanged.
    qd_du_lich_cong_dong       UBND tỉnh Lào Cai decision (2418/QĐ-UBND, 01/2026) issuing, after a second letterhead and
                               'KẾ HOẠCH', its 2026 - 2030 plan on community-based tourism and homestays (s29k, held out,
                               written blind to the gazetteer): recognised community tourism points, homestays to TCVN 7800:2017,
                               visitors in "triệu lượt khách" with a foreign part, revenue, households and workers with a women's
                               part, a yearly growth rate, a baseline "Rà soát hiện trạng 37 điểm … đã được công nhận", training
                               classes a year, study tours, tours, digitised points; chủ trì / phối hợp lines after each task group;
                               appendix (STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2028 | Năm 2030) as tab rows; start (278b8b0):
                               targets 0.940 / deadlines 0.900 / bodies 1.000 / refs 0.947; canonical share 14.3% (42 targets)
    mttq_thang_vi_nguoi_ngheo  Ban Thường trực UBMTTQ tỉnh Quảng Ngãi plan (127/KH-MTTQ-BTT, 10/2026) for the "Tháng cao điểm
                               Vì người nghèo" 2026 and the Quỹ "Vì người nghèo" 2027 (s29k, held out), as pdftotext -layout reads
                               a PDF: two-column letterhead, indented paragraphs with flush continuation lines, a space-aligned
                               table split by a form feed, running footer "… Trang N/3" and page numbers; money raised (tỷ đồng,
                               a provincial part), Đại đoàn kết houses built and repaired, Tết gifts, health-insurance cards,
                               support norms and a per-person ask that are none, Front bodies (Ban Thường trực, its Ban Tuyên giáo
                               và Dân vận, UBMTTQ các xã, phường, member organisations by name, "Các tổ chức thành viên"), a
                               campaign period and its launch day; start (278b8b0): targets 0.667 / deadlines 0.968 / bodies
                               0.933 / refs 1.000; canonical share 36.4% (11 targets)
    tinh_rung_ngap_man_ven_bien  UBND tỉnh Cà Mau plan (315/KH-UBND, 11/2025) on coastal protective forests and mangroves
                               2026 - 2030 (s29k, held out): new planting (ha, "bình quân 240 ha/năm"), enrichment planting,
                               assisted regeneration, protection (maintain), coastal forest cover and the province's cover, forest
                               contracting to households, violations down 30%, "Trồng mới 220 ha và trồng bổ sung 150 ha …", a
                               fence phase "giai đoạn 2026 - 2028", seedlings "6 triệu cây … mỗi năm"; the forest boards, the
                               border-guard command, "Ủy ban nhân dân các xã ven biển"; task appendix (STT | Nhiệm vụ | Khối lượng
                               | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện) one cell per line after the signature;
                               start (278b8b0): targets 0.958 / deadlines 0.952 / bodies 0.941 / refs 0.933; canonical share
                               20.8% (24 targets)
    the three s29k plans together at the start (278b8b0): 0.894 / 0.944 / 0.958 / 0.952 (targets tp 72, 77 extracted, 84 gold);
                               canonical share 19.5% (77 targets)
    s29k after its fixes: qd_du_lich_cong_dong 1.000 / 0.900 / 1.000 / 0.947 (share 14.6%, 41 targets),
                               mttq_thang_vi_nguoi_ngheo 0.919 / 0.968 / 0.968 / 1.000 (44.4%, 18), tinh_rung_ngap_man_ven_bien
                               0.958 / 0.952 / 0.941 / 0.933 (20.8%, 24); together 0.970 / 0.944 / 0.969 / 0.952 (targets tp 81, 83
                               extracted, 84 gold; share 22.9%, 83 targets). Fixed, by class: a table "TT | Nội dung | Đơn vị tính |
                               Chỉ tiêu" (a bare "Chỉ tiêu" right of the unit column holds the planned values, the label sits in
                               "Nội dung"); gifts after a bare "tặng" ("tặng 12.000 suất quà", "trao tặng 500 con bò giống", "tặng 300
                               sổ tiết kiệm") are outputs, no award quota (still one before the forms of award and "tập thể, cá
                               nhân"), with the units "suất" / "suất quà" → suất and "sổ tiết kiệm" → sổ; "Rà soát hiện trạng 37 điểm …"
                               a current figure; "… lượt khách đến các điểm du lịch cộng đồng" names what is counted; the Front's
                               fund board "Ban Vận động Quỹ “Vì người nghèo” tỉnh" (a head, and "tiếp nhận, phân bổ" as a board's
                               verbs). Older plans gained four gifts (ldld_chuong_trinh_cong_doan, xa_nghi_quyet_bao_tro_xa_hoi,
                               tinh_nguoi_co_cong_den_on_dap_nghia, qd_bao_ve_cham_soc_tre_em; ldld's gold unit "suất quà" now "suất"
                               as the other three read it): the 146 older plans' targets 0.9687 -> 0.9692 (tp 4410 -> 4414, 4515 ->
                               4519 extracted), the other tables unchanged. Left: "định kỳ 6 tháng" and a dayless "Hằng năm" (by
                               design, the dev gold leaves them out), "02 đợt" of inspection (units.tsv: "đợt" alone is the plan's own
                               rounds), "Báo … xây dựng ít nhất 04 chuyên mục" (an indicator holding the body), "Trồng mới 220 ha và
                               trồng bổ sung 150 ha rừng ngập mặn" (the first value's object after the second), "Ban Tuyên giáo và Dân
                               vận của Ủy ban Mặt trận …" (a department named with its owner after "của"), "UBND các xã ven biển"
                               read as the communes' level (rev9's reading; the gold keeps the places), a programme named in lower
                               case without a year ("Chương trình phát triển lâm nghiệp bền vững", "chương trình mỗi xã một sản phẩm
                               (OCOP)": PROPER_NAME wants a capital or a year).
    qd_don_dien_doi_thua_co_so_du_lieu_dia_chinh  UBND tỉnh Nghệ An decision (3125/QĐ-UBND, 12/2025) issuing, after its
                               signature and a second letterhead in tab columns, its 2026 - 2030 plan on agricultural land
                               consolidation (dồn điền đổi thửa) and the cadastral database (s30c, held out: written blind):
                               2021 - 2025 results with "giảm từ 5,2 … xuống còn 3,1 thửa/hộ" (no targets), "a) Đến năm 2030:" /
                               "b) Năm 2026:" lists, "12 nghìn ha", "1,2 triệu thửa đất", "1.250,5 ha tại 15 xã làm điểm", a support
                               norm "1,5 triệu đồng/ha", "trong quý III hằng năm", "định kỳ hằng quý"; appendix with a two-row header
                               (TT | Chỉ tiêu | ĐVT | Giai đoạn 2026 - 2030 over Năm 2026 … Năm 2030 | Ghi chú) as tab rows, group
                               rows "A."/"B.", a bare "Trong đó:" row and "-" sub-rows, a crop "cây hằng năm khác" in a label, Ghi chú
                               cells with a baseline ("Năm 2025: 3,1 thửa/hộ"); start (e0b985a): targets 0.946 / deadlines 0.900 /
                               bodies 1.000 / refs 1.000; canonical share 11.1% (45 targets); end (57b8358): 1.000 / 0.900 / 1.000 / 1.000,
                               share 10.4% (48 targets); left: "trong năm 2028" after "Kết nối, đồng bộ …", "định kỳ hằng quý"
    qd_tai_canh_ca_phe_ma_so_vung_trong  decision of the Chủ tịch UBND tỉnh Lâm Đồng (2874/QĐ-UBND, 12/2025; letterhead one
                               cell a line with its rules, Điều 2 giving tasks) issuing its 2026 - 2030 plan on coffee replanting and
                               export growing-area codes (s30c, held out): current figures "ước đạt 912 nghìn tấn", an eligibility
                               "trên 20 năm tuổi hoặc có năng suất dưới 2 tấn/ha", two parts "trong đó trồng tái canh 30.500 ha, ghép
                               cải tạo 11.500 ha", "1,05 triệu tấn", "2,1 tỷ USD", a "Lộ trình" of per-year values in prose ("các năm
                               2028 - 2030 mỗi năm khoảng 8.900 ha"), "12 triệu cây giống … và 1,2 triệu chồi ghép … mỗi năm", a design
                               norm "mỗi mô hình quy mô tối thiểu 5 ha", "trước ngày 05 của tháng cuối quý"; appendix with a two-row
                               header (… | Ước TH năm 2025 | Kế hoạch giai đoạn 2026 - 2030 over Năm 2026 … Năm 2030 and "Cả giai
                               đoạn" | Ghi chú), group rows "I."/"II.", "Trong đó:" and "+" sub-rows, "-" cells; start (e0b985a): targets 0.840 /
                               deadlines 0.875 / bodies 0.952 / refs 1.000; canonical share 16.7% (60 targets); end (57b8358): 0.957 / 0.875 /
                               1.000 / 1.000, share 17.2% (58 targets); left: "… và 1,2 triệu chồi ghép", "Số hóa bản đồ, tọa độ …
                               100% …", "trong năm 2027" beside a share, "định kỳ 6 tháng"
    qd_bao_ton_tu_bo_di_tich   UBND tỉnh Ninh Bình decision (1957/QĐ-UBND, 01/2026) issuing its 2026 - 2030 plan on conserving,
                               restoring and promoting historical-cultural relics (s30c, held out): counts by rank that are current
                               figures, "ít nhất 60 di tích, trong đó 15 di tích quốc gia", "40 di tích cấp tỉnh và 8 di tích quốc
                               gia", "11,5 triệu lượt", "12 nghìn lượt … mỗi năm", phases "Giai đoạn 2026 - 2027: hoàn thành …;
                               giai đoạn 2028 - 2030: hoàn thành …", an anniversary "Ngày Di sản văn hóa Việt Nam (23/11) hằng năm",
                               a programme's period in passing, a Buddhist Sangha board, a company; appendix with a two-row header
                               whose second row holds bare years (2026 … 2030), three levels of group rows ("A.", "I.", "1."), a
                               sub-row "Trong đó: di tích quốc gia" with its own values, Ghi chú cells with a baseline and a decision;
                               start (e0b985a): targets 0.954 / deadlines 1.000 / bodies 0.923 / refs 1.000; canonical share 26.8%
                               (41 targets); end (57b8358): 0.977 / 1.000 / 1.000 / 1.000, share 25.6% (43 targets); left: "xếp hạng 40 di tích
                               cấp tỉnh và 8 di tích quốc gia"
    the three s30c plans together at the start (e0b985a): 0.906 / 0.926 / 0.955 / 1.000 (targets tp 135, 146
                               extracted, 152 gold); canonical share 17.8% (146 targets)
    bo_tai_chinh_hoa_don_dien_tu  Bộ Tài chính plan (2315/KH-BTC, 12/2026) carrying out a Prime Minister's decision approving a 2027 - 2028
                               Đề án on e-invoices from cash registers and tax administration (s30a, held out, written blind): the
                               ministry's Cục and Vụ (one with commas in its name: "Cục Quản lý, giám sát chính sách thuế, phí và lệ
                               phí"), "Thuế các tỉnh, thành phố", national bodies after "Đề nghị" (Bộ Công an with its Cục, Bộ Công
                               Thương, Văn phòng Chính phủ, "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"); results to
                               10/2026 before "Mục tiêu đến năm 2028"; "100% … có doanh thu từ 1 tỷ đồng/năm trở lên …" (a threshold),
                               "đạt tối thiểu 250.000 đơn vị, trong đó năm 2027 đạt tối thiểu 180.000", "đạt từ 99% trở lên", "không
                               thấp hơn 90%", "từ 5 - 7%/năm", "100% dự toán trở lên", "còn tối đa 04 ngày làm việc"; "Quý III/2027",
                               reports "định kỳ 6 tháng (trước ngày 20/6) và năm (trước ngày 20/12)"; task appendix TT | Nội dung |
                               Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm one cell per line; start (main e0b985a): targets 0.750 /
                               deadlines 1.000 / bodies 0.897 / refs 0.909; canonical share 23.5% (17 targets); end (s30a dec874f): 0.750 / 1.000 /
                               0.966 / 0.909, share 23.5% (17); left: "năm 2027 đạt 100% dự toán trở lên" after ";" (named by
                               the budget base it is measured against, not the clause's subject before the ";"), "30 triệu hóa
                               đơn/ngày" (no unit "hóa đơn"), "06 kết luận thanh tra" read in "kết luận" (gold's reading), the
                               results under "1. Kết quả đến hết tháng 10 năm 2026" (BASELINE_HEADING knows no month window; one such
                               heading in the corpus), the issuer after "phối hợp với Bộ Tài chính", a bare "Đề án" at a cell's end
                               titled by the next cell ("Cục Thuế") in the one-cell-a-line table
    bo_y_te_dau_thau_qua_mang  plan of a ministry's department under its two-line letterhead "BỘ Y TẾ / VỤ KẾ HOẠCH - TÀI CHÍNH" (86/KH-KHTC,
                               VỤ TRƯỞNG) on e-procurement and public assets at the units under Bộ Y tế in 2027 (s30a, held out): "tối
                               thiểu 95% về số lượng gói thầu và không thấp hơn 90% về tổng giá trị gói thầu", "100% … có giá trị từ 500
                               triệu đồng trở lên …", "bình quân từ 5 - 7%", "đến hết Quý III/2027 xử lý không dưới 40 xe ô tô", "bình
                               quân không quá 90 ngày"; the issuing Vụ leading tasks, three named hospitals, "Cục Quản lý đấu thầu, Bộ Tài
                               chính" after "Đề nghị"; a law "được sửa đổi, bổ sung bởi Luật số …", a Thông báo after "Thực hiện"; the
                               inventory's reference date "tại thời điểm 31/12/2026"; "định kỳ hằng quý, trước ngày 20 của tháng cuối
                               quý"; Phụ lục I as tab rows (Thực hiện năm 2026 | Kế hoạch năm 2027, "≥ 95", "5 - 7"), Phụ lục II the
                               6-column task table one cell per line with counted products; start (e0b985a): targets 0.788 / deadlines 1.000 / bodies
                               0.818 / refs 1.000; canonical share 31.2% (16 targets); end (s30a dec874f): 0.849 / 1.000 / 1.000 /
                               1.000, share 31.2% (16); left: "40 xe ô tô" read in "xe" (gold's reading), "bình quân không quá 90
                               ngày" (a duration in bare days), "03 lớp tập huấn cho khoảng 450 cán bộ …" named "tổ chức lớp tập
                               huấn" (the greedy scorer then gives the prose gold row the product cell and misses the cell's)
    tinh_han_han_xam_nhap_man  UBND tỉnh Vĩnh Long plan (318/KH-UBND, 11/2026) on drought, water shortage and salinity intrusion in the dry
                               season 2026 - 2027 (s30a, held out): last season's figures ("ranh mặn 4‰ … 52 - 58 km"), a forecast peak,
                               "tối thiểu 60 lít/người/ngày" defining "đủ nước", "không quá 1% … (khoảng 1.200 ha)", "Giảm từ 5 - 7% …
                               so với vụ Đông Xuân 2025 - 2026", "100% vườn … từ 03 năm tuổi trở lên …", "không thấp hơn 72% vào cuối năm
                               2027 và 75% vào cuối năm 2028"; outputs in tasks, the plan's funding; seasons named in passing (2025 -
                               2026, 2027 - 2028), "Thời gian thực hiện: từ tháng 12/2026 đến hết tháng 5/2027", "vào thứ Năm hằng
                               tuần", "trước 15 giờ thứ Sáu hằng tuần"; irrigation and water companies, the power company, the Red
                               Cross, the hydro-meteorological station; a disaster law by name and its amending law by number; task
                               appendix one cell per line with group rows I/II/III and time cells "Tháng 02 - 4/2027", "Từ tháng
                               12/2026 đến tháng 5/2027"; start (e0b985a): targets 0.513 / deadlines 0.952 / bodies 0.923 / refs 1.000; canonical
                               share 14.3% (21 targets); end (s30a dec874f): 0.667 / 0.952 / 1.000 / 1.000, share 16.7% (18); left: the title's season
                               beside "Thời gian thực hiện: …" (the labelled span wins, as s29i left it), last season's figures
                               under "1. Nhận định tình hình" (4‰, 52 - 58 km, 12.400 hộ: BASELINE_HEADING wants "tình hình" first),
                               "tối thiểu 60 lít/người/ngày" that defines "đủ nước" (read as a target), "35 đập tạm" (no unit "đập"),
                               "khoảng 1.800 ha đất lúa … sang trồng màu", the product cells "4.500 bồn chứa nước" and "18 điểm cấp
                               nước" under group rows, "18 điểm … từ tháng 02 đến tháng 4/2027" named with its months, "42 điểm quan
                               trắc" (gold's unit "điểm")
    the three s30a plans together at the start (e0b985a): 0.673 / 0.986 / 0.883 / 0.971 (targets tp 35, 54 extracted, 50 gold);
                               canonical share 22.2% (54 targets); end (s30a dec874f): 0.752 / 0.986 / 0.987 / 0.971 (targets tp
                               38, 51 extracted, 50 gold), share 23.5% (51 targets). Fixed, by class: "tổng kinh phí dự kiến" alone
                               is the plan's estimated cost wherever it stands (and its parts after "trong đó"); a share followed only
                               by its whole ("… do hạn, mặn không quá 1% tổng diện tích gieo trồng") is named before the value over a
                               comma inside the name; one measure in two respects ("… tối thiểu 95% về số lượng gói thầu và không thấp
                               hơn 90% về tổng giá trị gói thầu") keeps its name for the second value; Bộ Tài chính's units named in
                               lower case after "Quản lý" (Nghị định 29/2025/NĐ-CP) and the national drug procurement centre in
                               names.tsv; a lower-case "thông tin" after a place closing a name is the task's verb. The 158 older
                               plans unchanged (0.968 / 0.971 / 0.987 / 0.994); seeds, dev unchanged; field rows unchanged, wide -1
                               row (a truncated "Cục Quản lý" now the unit its prose names)
    xa_ho_tich_dich_vu_cong_cong_thong_tin  UBND xã Phú Thành (Vĩnh Long) plan (09/KH-UBND, 01/2026) on civil registration and
                               online public services 2026 - 2027 after the two-tier reform (s30b, held out, written blind), as the
                               commune portal's crawl: a one-line menu, breadcrumb, "TIN MỚI NHẤT" with figures before the body,
                               "Cập nhật … | Lượt xem", share buttons and font-size line, "Tin liên quan" with dates, footer and
                               counters after; 2025 results, a 2026 list and a 2027 list, the marriage registration time "rút ngắn
                               còn 02 ngày làm việc", task outputs; commune offices (Văn phòng HĐND và UBND xã, Trung tâm Phục vụ
                               hành chính công xã, Phòng Văn hóa - Xã hội, Công an xã, Trạm Y tế xã, Bưu điện văn hóa xã, Tổ công
                               nghệ số cộng đồng); deadlines in words ("trong đầu quý IV/2026", "trước cuối tháng 6/2026", "trước
                               30/9 hằng năm", "cuối tháng 12/2026"); appendix as a markdown pipe table with a "Thực hiện năm 2025"
                               column and "-" cells; start (e0b985a): targets 0.944 / deadlines 0.941 / bodies 0.941 / refs
                               1.000; canonical share 17.6% (17 targets); end (s30b): 0.973 / 0.941 / 0.941 / 1.000, share 16.7%
                               (18 targets); left: "Bố trí 02 máy tính" ("bố trí" is no commitment verb in cues.tsv: it allots
                               money as often, "bố trí kinh phí", the plan's own funding), "định kỳ 6 tháng" without a day (by
                               design), "Tổ công nghệ số cộng đồng" as a body (a team named "Tổ …": rare in the corpora, and "Tổ"
                               opens "Tổ chức")
    phuong_dan_chu_co_so       UBND phường Hòa Khánh (Đà Nẵng) plan (27/KH-UBND, 01/2026) carrying out the Law on grassroots
                               democracy 2026 - 2028 (s30b, held out, written blind), hard-wrapped at about 70 characters inside
                               names (the title, "Ủy ban / nhân dân", "Trung tâm / Phục vụ …", "Hội Liên / hiệp Phụ nữ") and between
                               a number and its unit ("không dưới 04 / cuộc", "02 / lớp"); 2025's situation, per-year values in
                               parentheses ("năm 2026 đạt 82%, năm 2027 đạt 86%"), a decrease against 2025, the ward chairman's
                               dialogues, a ward's economic office "Phòng Kinh tế, Hạ tầng và Đô thị", Ban Thanh tra nhân dân;
                               deadlines "cuối tháng 3/2026", "trong đầu quý II/2026", "trong quý III hằng năm", "trước 15/12 hằng
                               năm"; appendix as a pipe table with an alignment row (":-:", "--:"), bold group rows and a "Ghi chú"
                               column holding a frequency and last year's figure; start (e0b985a): targets 0.889 / deadlines
                               0.941 / bodies 0.952 / refs 0.909; canonical share 33.3% (27 targets); end (s30b): 0.926 / 0.941 /
                               0.952 / 1.000, share 37.0% (27 targets); left: the chairman's dialogues and the Ban Thanh tra's
                               supervisions named without their doer ("Số cuộc đối thoại trực tiếp với Nhân dân mỗi năm": an
                               indicator holding the body; the scorer's one-to-one match then pairs the prose rows with table
                               rows of other years), "định kỳ hằng quý" without a day (by design), "Ủy ban nhân dân phường tổ chức
                               03 cuộc đối thoại" in the 2025 situation without "đã" (a body in a report of the past year: the
                               only one of its kind in the 161 plans and rare in field/wide)
    xa_loai_tru_benh_dai       UBND xã Nam Đà (Lâm Đồng) plan (21/KH-UBND, 02/2026) on rabies control and elimination 2026 - 2030
                               (s30b, held out, written blind), as a commune site's crawl (menu a line, "Bạn đang ở:", "Các tin
                               đã đưa", the post title in capitals, "Ngày đăng | Tác giả | Lượt xem", a comment form, "Các tin
                               khác") with the body hard-wrapped at about 70 characters ("Trạm / Y tế xã", "đạt ít nhất / 75%");
                               "a) Năm 2026:" and "b) Đến năm 2030:" target lists, a no-number "không để xảy ra trường hợp tử
                               vong", vaccine doses, leaflets, training; veterinary and health bodies of the commune and province;
                               deadlines "trước 30/4 hằng năm", "trong đầu quý IV hằng năm", "trước cuối tháng 3/2026", "trước
                               ngày 20 hằng tháng"; appendix a pipe table without spaces ("|TT|Chỉ tiêu|ĐVT|Ước TH 2025|2026|…|");
                               start (e0b985a): targets 0.980 / deadlines 0.941 / bodies 1.000 / refs 1.000; canonical share
                               36.0% (25 targets); end (s30b): 1.000 / 1.000 / 1.000 / 1.000, share 37.5% (24 targets)
    the three s30b plans together at the start (e0b985a): 0.935 / 0.941 / 0.964 / 0.970 (targets tp 65, 69 extracted, 70 gold);
                               canonical share 30.4% (69 targets)
    s30b after its fixes: together 0.964 / 0.962 / 0.964 / 1.000 (targets tp 67, 69 extracted, 70 gold; share 31.9%, 69
                               targets). Fixed, by class: a part of the quarter between the cue and a quarter of each year ("trong
                               đầu quý IV hằng năm"); a portal's article title in capitals that opens like a document ("KẾ HOẠCH
                               PHÒNG, CHỐNG …") over its date bar and counter is the page's, so the head with its headlines goes,
                               and a view counter after a byline ("Ngày đăng: … | Tác giả: … | Lượt xem: 536") is a notice; a law's
                               whole name cited by number elsewhere that runs on with where, to whom or how it is made known
                               ("Luật Thực hiện dân chủ ở cơ sở trên loa truyền thanh …") is that law; the years of a span that no
                               target is due by (its first year; the last year of a span before the plan's years after the value:
                               "Số hóa 12.500 trường hợp … lưu trữ từ năm 1976 đến năm 2015", no longer dropped as history); a bare
                               count in its own clause ("…; mỗi năm 02 lớp") counts what the clause before names by its noun. The
                               158 older plans unchanged (0.968 / 0.971 / 0.987 / 0.994); seeds, dev and rows on seeds, field, wide
                               unchanged.
    s30c after its fixes (57b8358; the gold of qd_tai_canh_ca_phe_ma_so_vung_trong fixed first, eff68f3: the national Cục
                               after "phối hợp với" coordinate, that plan's bodies 0.952 -> 1.000 at the start): end:
                               qd_don_dien_doi_thua_co_so_du_lieu_dia_chinh 1.000 / 0.900 / 1.000 / 1.000 (share 10.4%, 48
                               targets), qd_tai_canh_ca_phe_ma_so_vung_trong 0.957 / 0.875 / 1.000 / 1.000 (17.2%, 58),
                               qd_bao_ton_tu_bo_di_tich 0.977 / 1.000 / 1.000 / 1.000 (25.6%, 43); together 0.977 / 0.926 /
                               1.000 / 1.000 (targets tp 147, 149 extracted, 152 gold; share 17.4%, 149 targets). Targets of the
                               three by fix: 0.906 -> 0.940 (244fd77: a column that totals the span of a two-row header, "Cả giai
                               đoạn" / "Tổng giai đoạn" / "Lũy kế" under "Kế hoạch giai đoạn 2026 - 2030", is the row's total with
                               the span as period, no measure naming the target) -> 0.950 (b4da0ec: land parcels in "thửa", "1,2
                               triệu thửa đất", "2 thửa/hộ"; "dồn điền đổi thửa 1.250,5 ha" no parcel number) -> 0.957 (8fe7059:
                               "tu bổ", "phục hồi", "chống xuống cấp" commit to outputs, Luật Di sản văn hóa 2024) -> 0.964
                               (ce1bcb4 + 57b8358: a year after a ";" that closes the value's clause dates that later action, not
                               the value, unless the clause only says when the value's task is done or opens the next step of
                               its series; "…; các năm 2028 - 2030 mỗi năm khoảng 8.900 ha" a span's per-year value) -> 0.967
                               (212b3cd: "Đến hết năm 2025, toàn tỉnh có …" under "1. Thực trạng" before the plan's first year is a
                               current figure) -> 0.977 (898a437: "12 nghìn ha …, bình quân 2.400 ha/năm" restates the total;
                               58edabd: "mỗi mô hình quy mô tối thiểu 5 ha" the size each counted item has, a norm); bodies
                               0.971 -> 1.000 (397ddf1, aaf243a: "Ban Quản lý Quần thể danh thắng Tràng An", "Ban Quản lý Khu di
                               tích lịch sử …", the relic syllables bound to each other). The 158 older plans: F1 0.968 / 0.971 /
                               0.987 / 0.994 before and after (targets tp 4652 both; 4769 -> 4768 extracted: tinh_lua_phat_thai_thap's
                               "mỗi mô hình 50 ha" gone), targets.year 0.995 -> 0.996 (two years from a later clause's date gone);
                               seeds, dev unchanged; rows on seeds and field unchanged, wide: bodies "Trung tâm Lưu trữ lịch sử",
                               "Ban Quản lý di tích" read whole (-4 +3). Left: "Lập hồ sơ đề nghị xếp hạng 40 di tích cấp tỉnh và 8
                               di tích quốc gia" (NOT_BEFORE reads "hạng 40" as a rank; "xếp hạng 15/63" is one), "12 triệu cây
                               giống thực sinh và 1,2 triệu chồi ghép … mỗi năm" (the second scaled count after "và" named after
                               the first's noun), "Số hóa bản đồ, tọa độ ranh giới 100% vùng trồng …" (the verb and its objects
                               before a comma lost from the name), deadlines "trong năm 2028" after "Kết nối, đồng bộ …" (no
                               delivery verb) and "trong năm 2027" in a clause with a share (read as the target's year),
                               recurring reports without a day ("định kỳ hằng quý", "định kỳ 6 tháng": by design).
    tu_y_te_ngoai_cong_lap_ho_so_suc_khoe  Ban Thường vụ Tỉnh ủy Hà Tĩnh action programme (45-CTr/TU, 10/2026) implementing a
                               Politburo conclusion (182-KL/TW) on non-public health care and electronic health records to 2030
                               (s30d, held out, written blind), as pdftotext -layout reads a PDF: two-column Party letterhead (ĐẢNG BỘ
                               TỈNH / TỈNH ỦY / * / Số 45-CTr/TU beside ĐẢNG CỘNG SẢN VIỆT NAM), paragraphs indented 9 spaces with
                               continuation lines at 2, a paragraph cut by a page break, form feeds with a running header and a centred
                               page number, Nơi nhận beside the signature; "100% cán bộ, đảng viên … được quán triệt …, hoàn thành
                               trong quý IV/2026", "đến năm 2028 có 95% …; đến năm 2030 đạt trên 98%", per-year values "năm 2027 đạt
                               40%, năm 2028 đạt 60%, năm 2030 đạt ít nhất 90%", "giường/vạn dân" with last year's in parentheses, a
                               size qualifier "quy mô từ 200 giường trở lên" (none), results to 2025 in the preamble (none), "Đảng ủy
                               các xã, phường … định kỳ hằng quý", "mỗi năm ít nhất 04 đợt" of charity examinations; appendix in
                               space-aligned columns with a two-line header (Thực hiện / năm 2025 | Năm / 2027 | …) and wrapped cells;
                               start (e0b985a): targets 0.968 / deadlines 0.909 / bodies 0.909 / refs 1.000; canonical share 22.6%
                               (31 targets)
    xa_dang_uy_hoi_cuu_chien_binh  commune Party committee plan (Đảng ủy xã Yên Thành, 38-KH/ĐU, 11/2026) leading the Veterans'
                               Association in 2027 under a Secretariat conclusion (196-KL/TW) (s30d, held out), as pdftotext -layout
                               reads a PDF: justified lines with double spaces inside, page numbers alone at each page's top after a
                               form feed, a task appendix in space-aligned columns whose cells wrap over two to four lines (Nội dung
                               công việc | Chủ trì | Phối hợp | Thời gian: "Trước ngày / 27/7/2027", "Tháng 8 - tháng / 10/2027");
                               "Kết nạp ít nhất 45 hội viên mới", "Giới thiệu 06 hội viên ưu tú … kết nạp vào Đảng", "100% chi hội
                               … trở lên, trong đó ít nhất 75% …", "Giảm 50% số hộ nghèo là hội viên so với cuối năm 2026", the fund
                               "đạt từ 500.000 đồng/hội viên trở lên", "duy trì 21 tổ", 2026 results (none), a support norm "mỗi nhà
                               hỗ trợ 40 triệu đồng" (none), an anniversary with its dates in the time table; Điều lệ Đảng, an
                               ordinance (Pháp lệnh) and the Tỉnh ủy's plan; start (e0b985a): targets 0.872 / deadlines 0.947 /
                               bodies 0.952 / refs 0.857; canonical share 36.8% (19 targets)
    tinh_doan_thanh_nien_tinh_nguyen_he  Ban Thường vụ Tỉnh đoàn Quảng Trị plan (215-KH/TĐTN-PT, 5/2026) for the youth summer
                               volunteer campaign 2026 under Chỉ thị 42-CT/TW (s30d, held out), as pdftotext -layout reads a PDF: the
                               Youth Union's letterhead (BCH ĐOÀN TỈNH / *** beside ĐOÀN TNCS HỒ CHÍ MINH), a running header holding
                               the page number on the same line, paragraphs indented 5 with flush continuation lines; campaign
                               targets ("Huy động ít nhất 25.000 lượt …", "150 công trình, …, trong đó cấp tỉnh 12 công trình", "40 km
                               …; trồng mới 100.000 cây xanh", "2.000 đơn vị máu", "Kết nạp ít nhất 1.200 đoàn viên mới"), last
                               year's results (none), the campaign's period, launch and event days, "thứ Sáu hằng tuần", an
                               anniversary (none); the student, children's and Red Cross bodies, "Đoàn các xã, phường"; an
                               allocation appendix (Đơn vị | Công trình thanh niên (công trình) | Đoàn viên mới (đoàn viên) | Hiến
                               máu (đơn vị máu)) with a three-line header and a "Tổng cộng" row; a Chương trình cited without a
                               number; start (e0b985a): targets 0.667 / deadlines 1.000 / bodies 0.857 / refs 0.857; canonical share
                               18.8% (16 targets)
    the three s30d plans together at the start (e0b985a): 0.846 / 0.949 / 0.899 / 0.917 (targets tp 63, 66 extracted, 83 gold);
                               canonical share 25.8% (66 targets)
    s30d after its fixes (end): tu_y_te_ngoai_cong_lap_ho_so_suc_khoe 0.984 / 0.909 / 1.000 / 1.000 (share 20.0%, 30 targets),
                               xa_dang_uy_hoi_cuu_chien_binh 0.895 / 0.947 / 0.952 / 1.000 (38.9%, 18), tinh_doan_thanh_nien_tinh_nguyen_he
                               0.984 / 1.000 / 0.914 / 1.000 (25.8%, 31); together 0.963 / 0.949 / 0.955 / 1.000 (targets tp 78, 79
                               extracted, 83 gold; share 26.6%, 79 targets). Gold corrected after the start: tu's 'Các đảng ủy xã,
                               phường' as the text writes it (name as written). Fixed, by class: a space-aligned (pdftotext -layout)
                               allocation table whose header has two table words only ("TT  Đơn vị  Công trình  Đoàn viên  Hiến
                               máu") and units wrapped in parentheses over header lines ("(đơn vị" over "máu)"), "(đơn vị máu)" that
                               unit (not "máu"), and a quota table by group with a time column and no task column naming its rows
                               by the groups (bcd_hien_mau_tinh_nguyen's time cells keep their deadlines); a running header on every
                               page but the first (the letterhead's page apart) in a document of three pages or more; a charter
                               (Điều lệ) cited by its organisation's name after a citing word, "Điều lệ Đảng" the same document as
                               "Điều lệ Đảng Cộng sản Việt Nam"; a body's work programme ("Chương trình công tác năm 2026 của …")
                               cited as a document titled with its body; "N <units> quy mô từ M … trở lên" (the size says which
                               units are counted); "mỗi nhà hỗ trợ 40 triệu đồng" (a norm per item); "thiếu nhi" inside a name
                               ("Trung tâm Hoạt động thanh thiếu nhi tỉnh"). The 158 older plans: 0.9675 / 0.9714 / 0.987 / 0.9938
                               before, 0.9675 / 0.9714 / 0.987 / 0.9955 after (refs tp 1201 -> 1205: the charters of
                               xa_dang_uy_kiem_tra_giam_sat, hoi_phu_nu_chuong_trinh_cong_tac, so_gddt_tuyen_sinh_thi_thpt and the
                               work programme of phuong_binh_dan_hoc_vu_so); seeds, dev, field unchanged; wide +3 references
                               ("theo quy định của Điều lệ của Đảng Cộng sản Việt Nam"; twice "Điều lệ tổ chức và hoạt động của
                               Quỹ do … ban hành", as main reads the same frame with "Quy chế"). Left: "mỗi năm ít nhất 04 đợt" of
                               charity examinations (units.tsv: "đợt" alone is the plan's own rounds, as s29k left it); "định kỳ
                               hằng quý" and "định kỳ 6 tháng" without a day (by design, the dev gold leaves them out); "Quỹ Hội
                               bình quân đạt từ 500.000 đồng/hội viên" (the bodies reader takes "Quỹ Hội …" for a fund's name and
                               runs it over "bình quân", and "/hội viên" is no per-unit: both needed together); '03 "Nhà nghĩa tình
                               đồng đội"' (a quoted name after the count: no other in the plans or the field and wide corpora);
                               "còn 14 hộ nghèo là hội viên" in the 2026 results (a remainder reported, read as "giảm/còn");
                               "ít nhất 01 hoạt động" (unit "hoạt động" not counted alone); "Đoàn các xã, phường" (the Youth
                               Union's commune level by a bare "Đoàn": none in the corpora) and "Đoàn Khối các cơ quan và doanh
                               nghiệp tỉnh" (read as a collective at "các cơ quan", as "Đảng ủy Khối các cơ quan tỉnh" is);
                               "chỉ đạo Đoàn Thanh niên trực thuộc" (an unnamed subsidiary read as a body).
    hdnd_chuong_trinh_giam_sat_2027  HĐND tỉnh Tuyên Quang resolution (41/NQ-HĐND, 7/2026) adopting its supervision programme for
                               2027 (s31a, held out, written blind): "NGHỊ QUYẾT … QUYẾT NGHỊ: Điều 1 (thông qua) … Điều 2 (tổ chức
                               thực hiện)" with the programme attached after the signature and "Nơi nhận"; the four committees named
                               with one shared tail ("Ban Pháp chế, Ban Kinh tế - Ngân sách, Ban Văn hóa - Xã hội, Ban Dân tộc Hội đồng
                               nhân dân tỉnh") and again bare in the appendix; "tối thiểu 02 cuộc giám sát chuyên đề/năm" of the
                               Thường trực and of each committee, "100% kiến nghị của cử tri … được chuyển đến …", "đạt trên 90%",
                               2026 results (none), "Không để xảy ra tình trạng …" (none); sessions "(dự kiến tháng 7/2027)",
                               "kỳ họp thường lệ đầu năm 2028", "trước kỳ họp thường lệ cuối năm 2027", "từ tháng 3 đến tháng 5/2027",
                               "tháng 9/2027", "6 tháng đầu năm 2027" as the span a report covers (none), "chậm nhất 10 ngày sau khi
                               kết thúc đợt giám sát", "Định kỳ 6 tháng … sơ kết"; appendix a markdown pipe table (TT | Cơ quan chủ
                               trì | Nội dung giám sát | Cơ quan phối hợp | Thời gian) whose merged cells are left empty;
                               start (1e8b487): targets 0.533 / deadlines 1.000 / bodies 0.750 / refs 0.933; canonical share 62.5%
                               (8 targets)
    bch_phong_thu_dan_su_2027  civil-defence plan for 2027 of the Ban Chỉ huy Phòng thủ dân sự tỉnh Hà Tĩnh (07/KH-BCH, 01/2027)
                               (s31a, held out): the board's letterhead under the UBND tỉnh, "Thực hiện …," closed by the issuing
                               sentence, a military signature (KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / CHỈ HUY TRƯỞNG … /
                               Đại tá …); "100% … được kiện toàn …, hoàn thành trong quý I/2027", "diễn tập … tối thiểu 02 cuộc/năm",
                               "Giảm ít nhất 20% thiệt hại về người … so với bình quân giai đoạn 2021 - 2025", "không để xảy ra
                               thiệt hại về người …" (none), a reserve "tối thiểu 5.000 chiếc áo phao, 300 chiếc … và 40 chiếc …",
                               2026 results (none); the Bộ Chỉ huy Quân sự tỉnh with its role in parentheses, two companies after
                               "phối hợp với", "Đề nghị" the MTTQ and the Red Cross; "trong 6 tháng đầu năm 2027" as a deadline, "từ
                               tháng 3 đến tháng 6/2027", "Định kỳ 6 tháng, hằng năm … sơ kết, tổng kết"; appendix a drill table in
                               pipe cells with the level, body, partner and month left empty where merged; start (1e8b487): targets
                               0.720 / deadlines 0.929 / bodies 0.974 / refs 1.000; canonical share 16.7% (12 targets)
    bdbp_bien_gioi_moc_quoc_gioi_2027  border-guard plan for 2027 of the Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn (215/KH-BCH,
                               01/2027) with the posts and the border communes (s31a, held out): a three-line military letterhead
                               (BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG / BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG / TỈNH LẠNG SƠN), "CHỈ HUY TRƯỞNG /
                               Đại tá …"; "100% mốc quốc giới, cọc dấu được tuần tra …", "tối thiểu 04 cuộc tuần tra song
                               phương/năm", "168 tổ tự quản … với 2.150 hộ gia đình", "đạt 85% năm 2027 và 90% năm 2028", "Giảm
                               ít nhất 15% số vụ … so với năm 2026", "(năm 2026 đã tu bổ 07 mốc)" (none), an anniversary
                               "(03/3/1959 - 03/3/2027)" (none); the command's staff departments, "Ủy ban nhân dân các xã Đồng Đăng,
                               Tân Thanh, …" (five bodies), "Ban Chỉ huy Quân sự các xã biên giới"; "trước ngày 25 hằng tháng",
                               "sơ kết 6 tháng vào tháng 7/2027", "Định kỳ hằng quý … báo cáo" (none); an allocation appendix in
                               pipe cells (Đơn vị phụ trách | Xã biên giới | Mốc quốc giới quản lý (mốc) | Tổ tự quản năm 2027 (tổ) |
                               Tuần tra song phương năm 2027 (cuộc)) whose merged cells are empty, a current-count column and a
                               "Tổng cộng" row; start (1e8b487): targets 0.833 / deadlines 1.000 / bodies 0.765 / refs 1.000; canonical
                               share 39.1% (23 targets)
    the three s31a plans together at the start (1e8b487): 0.750 / 0.976 / 0.838 / 0.973 (targets tp 33, 43 extracted, 45 gold);
                               canonical share 37.2% (43 targets)
    tinh_nhan_luc_ban_dan_dai_hoc  UBND tỉnh Bắc Ninh plan (312/KH-UBND, 3/2026) on semiconductor human resources with universities
                               2026 - 2030 (s31b, held out, written blind): 2025 figures first (none), "a) Đến năm 2027:" / "b) Đến
                               năm 2030:" (the targets' years), "ít nhất 2.500 kỹ sư, …, trong đó tối thiểu 300 kỹ sư thiết kế vi mạch",
                               "tối thiểu 30% trở lên", "tăng bình quân 15-20%/năm", "gấp 2 lần so với năm 2025", "đạt trên 21.500
                               người, trong đó … chiếm không dưới 25%", "2,5% doanh thu", per-year values in one line ("năm 2026 đạt 550
                               sinh viên, năm 2028 đạt 800 …"), task outputs, a norm per laboratory and the plan's funding (none); a law and
                               its amending law each with its number; universities after "Đề nghị"; "định kỳ hằng quý báo cáo" (none) beside
                               "Định kỳ hằng năm tổ chức sơ kết"; appendix Chỉ tiêu | Đơn vị tính | Năm 2026 … Năm 2030 one cell per line;
                               start (1e8b487): targets 0.941 / deadlines 0.900 / bodies 0.875 / refs 1.000; canonical share 16.7%
                               (42 targets)
    tinh_truy_xuat_nguon_goc_cong_thong_tin  UBND tỉnh Khánh Hòa plan (128/KH-UBND, 4/2026) on product traceability and
                               electronic stamps 2026 - 2028 as crawled from the provincial portal (s31b, held out, written blind): menu a
                               line, a "»" breadcrumb, "Cập nhật … | Lượt xem …", an editor's lede naming the plan and its date, the plan,
                               then a second "Lượt xem", share links, "Tin liên quan" headlines with figures; "Tối thiểu 1.500 cơ sở …; năm
                               2026 đạt 700 cơ sở, năm 2027 đạt 1.100 cơ sở", "6,5 triệu tem/năm, tăng bình quân 25%/năm", "tối thiểu 70%
                               trở lên", "đạt 60%, riêng siêu thị đạt 100%", a security level and a support rate with its cap (none);
                               "Công an tỉnh (Phòng Cảnh sát kinh tế)"; a task appendix as tab rows (Trước 30/6/2026, Quý III/2026,
                               2026 - 2027, Thường xuyên, Tháng 10/2027) naming a body found nowhere else; start (1e8b487): targets 0.933 /
                               deadlines 0.909 / bodies 1.000 / refs 1.000; canonical share 26.7% (15 targets)
    so_tai_chinh_ho_kinh_doanh_len_doanh_nghiep  Sở Tài chính Thanh Hóa plan (86/KH-STC, 2/2026) on household businesses
                               converting to enterprises 2026 - 2030 (s31b, held out, written blind): "ít nhất 1.250 hộ kinh doanh …,
                               bình quân 250 doanh nghiệp/năm", "gấp 2,5 lần so với năm 2025", "tăng bình quân 15-20%/năm", "Tối thiểu
                               30% trở lên số doanh nghiệp …" (the share before its indicator), "không quá 01 ngày làm việc", eligibility
                               "từ 1 tỷ đồng/năm trở lên" and support caps (none), phases "Giai đoạn 1 (2026 - 2027)", "trước ngày 10 hằng
                               tháng", "Định kỳ 6 tháng, hằng năm tổ chức sơ kết", the Sở's own units, "Thuế tỉnh Thanh Hóa"; appendix one
                               cell per line with five year columns and "Cả giai đoạn 2026 - 2030"; start (1e8b487): targets 0.889 / deadlines
                               0.889 / bodies 0.941 / refs 1.000; canonical share 43.3% (30 targets)
    the three s31b plans together at the start (1e8b487): 0.921 / 0.900 / 0.946 / 1.000 (targets tp 82, 87 extracted, 91 gold);
                               canonical share 27.6% (87 targets)
    so_y_te_chat_luong_thuoc_gpp  Sở Y tế Lào Cai plan (215/KH-SYT, 01/2027) on drug quality, GPP retail pharmacies and
                               counterfeit drugs in 2027 (s31c, held out, written blind), as pdftotext -layout reads a PDF:
                               two-column letterhead, paragraphs indented 9 with continuation lines at 3, form feeds with a running
                               header "Sở Y tế Lào Cai - Kế hoạch số 215/KH-SYT ngày 18/01/2027" over a centred page number, Nơi
                               nhận beside the signature; "Phấn đấu 100% nhà thuốc, quầy thuốc … đạt chuẩn … (GPP)", "tối thiểu
                               1.350 mẫu …, trong đó ít nhất 20% là mẫu dược liệu …", "dưới 1,5%", "giảm 10% so với cùng kỳ năm
                               2026", "Không để xảy ra …" (no number), "100% … hoàn thành trong tháng 10/2027", 2026 results
                               (none), a size threshold "dưới 10 m²"; deadlines "chậm nhất ngày 25 hằng tháng", "trước ngày
                               05/01/2028", "định kỳ 6 tháng báo cáo" (none); "Công an tỉnh (Phòng Cảnh sát kinh tế)", the market-
                               control office and Hội Dược học after "Đề nghị"; a law and its amending law; appendix in space-
                               aligned columns with a two-line header and labels wrapped onto a second line; start (1e8b487):
                               targets 1.000 / deadlines 1.000 / bodies 0.824 / refs 1.000; canonical share 31.2% (16 targets)
    phuong_viec_cuoi_viec_tang_hoa_tang  UBND phường Nam Định (Ninh Bình) plan (47/KH-UBND, 03/2027) on civilised weddings
                               and funerals and cremation in 2027 (s31c, held out), hard-wrapped at 65 characters: "đạt trên 60%;
                               phấn đấu đến năm 2030 đạt ít nhất 80%" (a horizon, no deadline), "giảm 10% so với cùng kỳ",
                               "Không để xảy ra …", "100% (18/18) tổ dân phố …; phấn đấu 100% tổ dân phố đạt chuẩn …", outputs,
                               a support norm "3 triệu đồng/ca", "không quá 36 giờ" per funeral (a norm), "trong 05 ngày làm việc"
                               (a file's time); the ward's offices as headings over their tasks, "Ban công tác Mặt trận các tổ dân
                               phố", a funeral-services company, "Tổ trưởng các tổ dân phố" (office holders, none); "trước ngày 20
                               hằng tháng", "định kỳ hằng quý báo cáo" (none); a tab appendix Thực hiện năm 2026 | Kế hoạch năm
                               2027 with "Trên 60" and "-"; start (1e8b487): targets 0.938 / deadlines 1.000 / bodies 0.957 / refs
                               1.000; canonical share 20.0% (15 targets)
    hoi_chu_thap_do_thang_nhan_dao  Ban Thường vụ Hội Chữ thập đỏ tỉnh Thái Nguyên plan (18/KH-CTĐ, 04/2027) for the Tháng
                               Nhân đạo 2027 (s31c, held out): the Hội under the provincial MTTQ, a quoted theme, 2026 results
                               (none), "trị giá ít nhất 25 tỷ đồng", "trên 40.000 lượt người …, trong đó ít nhất 8.000 lượt trẻ em",
                               "60 nhà …, trong đó xây mới 45 nhà; mỗi nhà xây mới hỗ trợ tối thiểu 60 triệu đồng" (a norm), an
                               anniversary and "Cổng Nhân đạo quốc gia 1400" (none), "hoàn thành trong tháng 10/2027", "chậm nhất
                               ngày 05/6/2027", "Định kỳ hằng tuần … cập nhật tiến độ" (none); "Văn phòng Hội", "Hội Chữ thập đỏ
                               các xã, phường", an allocation appendix by group (Khối đơn vị | Vận động (triệu đồng) | Nhà nhân đạo
                               (nhà) | Hiến máu (đơn vị máu)) with "-" cells and "Tổng cộng", a task appendix (… | Đơn vị chủ trì |
                               Đơn vị phối hợp | Thời gian); the charter by name; start (1e8b487): targets 0.926 / deadlines 1.000 /
                               bodies 0.957 / refs 1.000; canonical share 40.7% (27 targets)
    the three s31c plans together at the start (1e8b487): 0.949 / 1.000 / 0.921 / 1.000 (targets tp 56, 58 extracted, 60 gold);
                               canonical share 32.8% (58 targets)
    qd_chong_ngap_ung_thoat_nuoc_do_thi  UBND tỉnh Nghệ An decision (3156/QĐ-UBND, 11/2026; Điều 1-3, TM. UBND / KT. CHỦ
                               TỊCH) issuing its 2027 - 2030 plan on urban flood prevention and drainage (s31d, held out, written
                               blind) after a second letterhead: national bases (two laws and an amending law, a decree, a ministry
                               circular, a Prime Minister's decision, a Tờ trình after "Theo đề nghị"), "Xóa 30/37 điểm ngập", a
                               duration the plan commits to ("thời gian ngập … giảm xuống dưới 02 giờ"), "đạt ít nhất 50%, riêng các
                               phường …đạt trên 70%", "85% vào năm 2028 và 95% vào năm 2030", "06 trạm bơm tiêu với tổng công suất 42
                               m³/s", "25.000 m³/ngày đêm … hoàn thành trước ngày 30/6/2029", current figures, the plan's funding, rain
                               scenarios and response times that are none; the Ban Quản lý dự án đầu tư xây dựng các công trình dân
                               dụng và công nghiệp tỉnh, "Công ty TNHH MTV Khai thác công trình thủy lợi Bắc Nghệ An", an urban works
                               company; "trước mùa mưa bão năm 2027", "Quý III/2027", yearly dates, "Định kỳ hằng năm … sơ kết" (a
                               review: recorded), "báo cáo … định kỳ hằng quý" (a report without a day: none); Phụ lục I a project
                               table with a two-row header (Quy mô over "Công suất (m³/s)" | "Cống, mương (km)"; "Tổng mức đầu tư (tỷ
                               đồng)"; time cells "2027 - 2029"), group rows I/II and "Tổng cộng"; Phụ lục II per year under "Kế
                               hoạch"; start (1e8b487): targets 0.789 / deadlines 0.963 / bodies 1.000 / refs 1.000; canonical share
                               26.7% (30 targets); end (s31d): 0.951 / 1.000 / 1.000 / 1.000, share 22.0% (41 targets); left: "06 trạm bơm tiêu" (unit "trạm"), "với
                               tổng diện tích mặt nước khoảng 86 ha" named "Số ha"
    tinh_van_tai_xe_buyt       UBND tỉnh Thái Nguyên plan (287/KH-UBND, 12/2026) on public bus transport 2027 - 2028 with an
                               orientation to 2030 (s31d, held out): per-year values in prose ("năm 2027 đạt 6,2 triệu lượt, năm 2028
                               đạt 7,5 triệu lượt"), "nâng tổng số tuyến … lên 18 tuyến vào năm 2028", a headway "không quá 15 phút",
                               "3. Định hướng đến năm 2030" (targets' year), 2026 results and a vehicle norm ("sức chứa từ 40 chỗ trở
                               lên") that are none, outputs "120 nhà chờ, … 350 biển báo", "300 lượt lái xe …"; Ban Quản lý dự án đầu
                               tư xây dựng các công trình giao thông tỉnh, Công an tỉnh and its Phòng Cảnh sát giao thông, the
                               provincial press and broadcaster, a bus company, Tỉnh đoàn and Liên đoàn Lao động after "Đề nghị";
                               Phụ lục I routes with a two-row header and units in it ("Chiều dài tuyến (km)" none, "Số chuyến
                               (chuyến/ngày)", "Số xe buýt điện (xe)" over Năm 2027 | Năm 2028), group rows A/B, "Tổng cộng"; Phụ lục
                               II a task table ("Quý II/2027", "Năm 2028", "Hằng năm"); start (1e8b487): targets 0.500 / deadlines
                               1.000 / bodies 1.000 / refs 1.000; canonical share 12.5% (16 targets); end (s31d): 0.958 / 1.000 /
                               1.000 / 1.000, share 8.6% (35 targets); left: "350 biển báo" (unit), "công bố mở mới 03 tuyến …"
    tinh_chi_tra_dich_vu_moi_truong_rung  UBND tỉnh Lào Cai plan (41/KH-UBND, 01/2027) on collecting and paying forest
                               environmental service fees in 2027 (s31d, held out): a law, a decree and its amending decree on one
                               basis line, a Thông tư liên tịch of two ministries, a Prime Minister's strategy decision; revenue the
                               plan commits to collect ("đạt ít nhất 420 tỷ đồng, trong đó thu từ các cơ sở sản xuất thủy điện khoảng
                               392 tỷ đồng"), "khoảng 27.500 hộ gia đình, cá nhân và 430 cộng đồng dân cư", "Duy trì … ở mức 60,5%",
                               "ít nhất 40 cơ sở … và 25 chủ rừng là tổ chức", 2026 results and a payment rate (none); the Quỹ Bảo vệ
                               và Phát triển rừng tỉnh ("Giao … làm đầu mối"), Chi cục Kiểm lâm, forest boards, a forestry company, a
                               hydropower company, the social-policy bank and Bưu điện tỉnh; "trước mùa khô năm 2027 - 2028", "trước
                               ngày 10 của tháng đầu quý sau", "Định kỳ 6 tháng, hằng năm … sơ kết, tổng kết"; Phụ lục I by river
                               basin with a two-row header whose upper cells carry the units ("Diện tích rừng được chi trả (ha)",
                               "Hộ nhận khoán được chi trả (hộ)") over "Thực hiện năm 2026" | "Kế hoạch năm 2027", group rows and
                               "Tổng cộng"; Phụ lục II revenue by user group ("Số cơ sở đang ký hợp đồng (cơ sở)" none, "Kế hoạch thu
                               năm 2027 (tỷ đồng)"); start (1e8b487): targets 0.448 / deadlines 0.952 / bodies 1.000 / refs 1.000;
                               canonical share 13.3% (30 targets); end (s31d): 0.963 / 0.952 / 1.000 / 1.000, share 15.4% (26
                               targets); left: "và 430 cộng đồng dân cư", "Giải ngân 100% … năm 2026 còn lại", "trước mùa khô năm
                               2027 - 2028"
    the three s31d plans together at the start (1e8b487): 0.597 / 0.970 / 1.000 / 1.000 (targets tp 54, 76 extracted, 105 gold);
                               canonical share 18.4% (76 targets)
    tinh_thu_hut_trong_dung_nhan_tai  UBND tỉnh Hà Tĩnh plan (245/KH-UBND, 5/2026) on attracting and using talent in the public
                               service 2026 - 2030 as crawled from the provincial portal (s32c, held out, written blind): site name,
                               "Đăng nhập | Sơ đồ cổng", a menu one item a line, a ">" breadcrumb "Trang chủ > Văn bản > …", a metadata line
                               "Số ký hiệu | Ngày ban hành | Cơ quan ban hành | Người ký", "Lượt xem", share buttons; after the appendix an
                               attachment line, "Văn bản liên quan" with numbered documents, a footer with address, phone, e-mail and the
                               portal's licence (none of it facts); 2021 - 2025 results (none), "ít nhất 150 người …, trong đó tối thiểu 40
                               người có trình độ tiến sĩ và 45 người là bác sĩ …", "Tăng thêm ít nhất 20 sinh viên …", "Phấn đấu 100% …
                               được bố trí", "đạt trên 90%; giảm … xuống dưới 5%", "Duy trì 100% …", "Không để phát sinh …" (no value),
                               support norms (none), "Mỗi năm … từ 2 - 3 hội nghị"; "Sở KH&CN", "Sở GD&ĐT", "Ủy ban MTTQ Việt Nam tỉnh";
                               a Tờ trình after "Xét đề nghị", the congress's resolution by name; "trước ngày 15/11 hằng năm", "Định kỳ
                               hằng quý … báo cáo" (none); appendix "Đơn vị tính: người" with the years as rows (Năm | Thạc sĩ | Tiến sĩ |
                               Bác sĩ … | Tổng số) and a "Cộng" row; start (6070d50): targets 0.478 / deadlines 1.000 / bodies 1.000 /
                               refs 1.000; canonical share 18.2% (11 targets); end (s32c): 1.000 / 1.000 / 1.000 / 1.000, share 5.7% (35
                               targets); left: none
    so_gddt_giao_duc_stem      Sở GD&ĐT Phú Thọ plan (1432/KH-SGDĐT, 9/2026) on STEM education in schools 2026 - 2030 with the
                               schools and the Đoàn Thanh niên (s32c, held out, written blind): targets in a numbered list "a) Đến hết năm
                               học 2026 - 2027: … b) Đến năm 2027: … c) Đến năm 2028: … d) Đến năm 2030: …" each with its own year and
                               "đ)" without one, "ít nhất 03 chủ đề STEM ở mỗi khối lớp", "khoảng 3.000 học sinh", "mỗi xã, phường có ít
                               nhất 01 trường …", "tăng thêm 150 câu lạc bộ so với năm học 2025 - 2026", "tăng bình quân 10%/năm", "Duy
                               trì 100% trung tâm GDNN-GDTX …"; school-year 2025 - 2026 results (none), an award quota and the plan's
                               funding (none); bodies by abbreviation ("Phòng Giáo dục phổ thông (Phòng GDPT)", "Phòng KHTC", "UBND cấp
                               xã", "Sở KH&CN"), office holders of collectives (none); "giai đoạn 2027 - 2029" bounding the works, "trước
                               ngày 25/5 hằng năm"; a ministry Công văn; appendix by school level (tab rows) with "Số trường hiện có"
                               (none) and three target columns whose header carries the year ("Số trường thực hiện giáo dục STEM năm
                               2027", "… năm 2030", "Trường điển hình … năm 2028") and no unit, "Tổng cộng"; start (6070d50): targets
                               0.533 / deadlines 0.941 / bodies 0.941 / refs 1.000; canonical share 9.7% (31 targets); end (s32c): 0.842
                               / 0.941 / 1.000 / 1.000, share 10.7% (28 targets); left: the column "Trường điển hình về giáo dục STEM năm
                               2028" (a count noun without "Số" before it: no unit read, 4 rows), "lựa chọn 120 giáo viên cốt cán" (no
                               commitment verb), "giai đoạn 2027 - 2029" after the works it bounds (a phase inside a task line, as s19t
                               left it)
    ca_thu_hoi_vu_khi_vat_lieu_no  Công an tỉnh Tuyên Quang plan (318/KH-CAT-PC06, 3/2027) on getting people to hand in weapons,
                               explosives and support tools in 2027 with the communes and the provincial military command (s32c, held
                               out, written blind): police letterhead, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá …"; the subject abbreviated
                               "(VK, VLN, CCHT)"; "ít nhất 350 khẩu súng …, tăng trên 10% so với năm 2026", "100 kg thuốc nổ, 1.200 kíp
                               nổ và 800 m dây cháy chậm", "từ 400 đến 450 chiếc công cụ hỗ trợ", "Giảm ít nhất 20% …", "Duy trì 100%
                               …", 2026 results and the plan's rounds ("02 đợt cao điểm") none; bodies by abbreviation ("Phòng Cảnh sát
                               quản lý hành chính về trật tự xã hội (PC06)" then "Phòng PC06", "BCH Quân sự tỉnh", "BCH Bộ đội Biên phòng
                               tỉnh", "UBND cấp xã"); two rounds "từ ngày 15/3/2027 đến ngày 15/5/2027", "từ ngày 01/9 đến ngày
                               31/10/2027", "chậm nhất 07 ngày sau khi tiếp nhận" (each handover's time limit: none, gold corrected
                               after the start, b43509c), "trước ngày 20 hằng tháng", "Định kỳ hằng quý … báo cáo" (none); a task
                               table in markdown pipe cells (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
                               thành) with empty partner and time cells, outputs restated in its rows; start (6070d50): targets 0.857 /
                               deadlines 0.960 (1.000 against the corrected gold) / bodies 0.933 / refs 1.000; canonical share 30.8% (13
                               targets); end (s32c): 0.933 / 1.000 / 1.000 / 1.000, share 33.3% (15 targets); left: "tăng trên 10% so
                               với năm 2026" now named "tăng Số khẩu súng các loại" (3 of 6 words shared with the gold's "Vận động, thu
                               hồi súng các loại", under the scorer's 0.6)
    the three s32c plans together at the start (6070d50): 0.582 / 0.963 / 0.955 / 1.000 (targets tp 39, 55 extracted, 79 gold);
                               canonical share 16.4% (55 targets)
    s32c after its fixes (end): tinh_thu_hut_trong_dung_nhan_tai 1.000 / 1.000 / 1.000 / 1.000 (share 5.7%, 35 targets),
                               so_gddt_giao_duc_stem 0.842 / 0.941 / 1.000 / 1.000 (10.7%, 28), ca_thu_hoi_vu_khi_vat_lieu_no 0.933 /
                               1.000 / 1.000 / 1.000 (33.3%, 15); together 0.930 / 0.981 / 1.000 / 1.000 (targets tp 73, 78 extracted, 79
                               gold; share 12.8%, 78 targets). Fixed, by class: a table with the years down its rows whose year column
                               follows the ordinal and whose total rows ("Cộng", "Cả giai đoạn …") close the years (ad4c5c6); a column
                               "Số X … năm 2027" with no unit anywhere counts in X (65b54c4); "KẾT QUẢ NĂM HỌC 2025 - 2026" reports
                               (9921888); a change after a level and an aside in brackets ("… các loại (a, b, c), tăng trên 10% …", the
                               clause opens outside the aside, dfdea39); a task table's "Phòng PC02" is the unit the text names with
                               "(PC02)" (45cd3b6) and a short name given in brackets, "Phòng Giáo dục phổ thông (Phòng GDPT)", is that
                               unit in the text and the tables (4248bc0); "Phòng Giáo dục phổ thông" named whole (8174bbf); a count's
                               noun ends at its table cell (2c7e93d); "in" (printing) a commitment cue and "kíp" a unit (563e65e). The
                               182 older plans: 0.965 / 0.972 / 0.985 / 0.995 before and after (targets tp 5267 -> 5268: "in 2.000 tờ
                               rơi" of xa_phong_chong_dich_benh_dong_vat; all other rows identical); seeds, dev unchanged; rows on seeds,
                               field and wide identical to main's. Left: see the three entries above.
    s31c after its fixes (end): so_y_te_chat_luong_thuoc_gpp 1.000 / 1.000 / 0.941 / 1.000 (share 31.2%, 16 targets),
                               phuong_viec_cuoi_viec_tang_hoa_tang 0.970 / 1.000 / 1.000 / 1.000 (18.8%, 16),
                               hoi_chu_thap_do_thang_nhan_dao 1.000 / 1.000 / 1.000 / 1.000 (40.7%, 27); together 0.992 / 1.000 /
                               0.984 / 1.000 (targets tp 59, 59 extracted, 60 gold; share 32.2%, 59 targets). Fixed, by class: a
                               later year's value whose clause opens with the pledge ("…; phấn đấu đến năm 2030 đạt ít nhất 80%",
                               SERIES_GAP); the worth of what a campaign raises ("Vận động tiền và hàng trị giá ít nhất 25 tỷ đồng":
                               no money norm, "trị giá" off the name); the floor of what each item gets ("mỗi nhà … hỗ trợ tối
                               thiểu 60 triệu đồng": a norm); a part in the classifier its whole's unit opens with ("40.000 lượt
                               người …, trong đó ít nhất 8.000 lượt trẻ em"); "Ban công tác Mặt trận" named after its residential
                               areas ("… các tổ dân phố", "… các khu dân cư"); a unit named for a comma series of fields before its
                               level ("Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm tỉnh"); "quản lý" at a name's end before the
                               verb it pairs with after a comma ("Văn phòng Hội quản lý, sử dụng …", "Phòng Kế hoạch - Tài chính quản
                               lý, chi trả …"). The 170 older plans: 0.9656 / 0.9714 / 0.9863 / 0.9954 before, 0.9656 / 0.9714 /
                               0.9866 / 0.9954 after (bodies: so_nnmt_thi_dua_2026's extra "Phòng Kế hoạch - Tài chính quản lý"
                               gone; targets rows unchanged); seeds, dev, rows on seeds, field and wide unchanged. Left: "khoảng 1.200 ô"
                               in prose (the unit "ô", a cell of a columbarium, is no count unit outside a table's ĐVT); "Hội⏎Dược
                               học tỉnh" wrapped after a one-word head in a "Đề nghị" list (the name's tail reads over the break
                               once allowed, but the list's reader drops it: not found where); "Tổ trưởng các tổ dân phố" rightly
                               none.
    s31b after its fixes (7bdf27d; the gold of tinh_nhan_luc_ban_dan_dai_hoc corrected first, 7599791: "trong đó nhân lực có trình
                               độ đại học trở lên chiếm không dưới 25%" a part of the 21.500, the contract's breakdown rule): end:
                               tinh_nhan_luc_ban_dan_dai_hoc 0.977 / 0.952 / 1.000 / 1.000 (share 16.3%, 43 targets),
                               tinh_truy_xuat_nguon_goc_cong_thong_tin 0.968 / 1.000 / 1.000 / 1.000 (25.0%, 16),
                               so_tai_chinh_ho_kinh_doanh_len_doanh_nghiep 0.954 / 1.000 / 1.000 / 1.000 (46.9%, 32); together 0.967 /
                               0.984 / 1.000 / 1.000 (targets tp 88, 91 extracted, 91 gold; share 28.6%, 91 targets). Fixed, by class:
                               a schedule of reviews opening a sentence inside a line ("… về Sở Khoa học và Công nghệ. Định kỳ hằng năm
                               tổ chức sơ kết", cea00f3); a view counter in a bar with print and font-size links after it ("Cập nhật: …
                               | Lượt xem: 1.326 | In bài | Cỡ chữ A- A+"), so the portal's head and the editor's lede go (109fbd7);
                               teachers sent to practise at enterprises ("cử 20 giảng viên đi thực tập, bồi dưỡng …", 16b89f3);
                               "tham gia" and "vận hành" end a body's name (a heading's last name over its task line, ef129fe); one
                               header cell "Cả giai đoạn 2026 - 2030" beside the years' columns, the span's total (25fd99e); "tem" a
                               count unit ("6,5 triệu tem/năm", 5b74bc4); "bình quân 250 doanh nghiệp/năm" after "1.250 hộ kinh doanh
                               chuyển đổi lên doanh nghiệp" restates it (7bdf27d). The 170 older plans: 0.966 / 0.971 /
                               0.986 / 0.995 before and after (targets tp 4982 of 5116 extracted both; bodies tp 2347 -> 2348, one more
                               found); all 173: 0.965 / 0.970 / 0.986 / 0.995 -> 0.966 / 0.971 / 0.987 / 0.995. Left:
                               "04 mã ngành, nghề" (unit read as "mã"), "trong năm 2027" after a task's output (read as the target's
                               year only, as s30c left it), "ưu tiên 280 cơ sở sản xuất sản phẩm OCOP" (an extra: the gold reads a
                               support priority, no commitment), "…, mỗi năm 08 hội nghị" after a comma (the bare yearly count is read
                               only after a clause closed by ";", s30b), "Giai đoạn 1 (2026 - 2027): rà soát, tuyên truyền, thí điểm hỗ
                               trợ tại 20 xã, phường …" (the label's list of actions names the count; the phase's year not read).
    s31a after its fixes (4346486; gold corrected after the start: 65f8fdd the units 'hồ chứa' and 'hộ gia đình' by the older
                               plans' precedent, 84aefcd the council itself a body): end: hdnd_chuong_trinh_giam_sat_2027 0.533 /
                               1.000 / 0.788 / 0.933 (share 62.5%, 8 targets), bch_phong_thu_dan_su_2027 0.846 / 1.000 / 0.974 /
                               1.000 (15.4%, 13), bdbp_bien_gioi_moc_quoc_gioi_2027 0.920 / 1.000 / 0.824 / 1.000 (36.0%, 25);
                               together 0.835 / 1.000 / 0.868 / 0.973 (targets tp 38, 46 extracted, 45 gold; share 34.8%, 46 targets).
                               Fixed, by class: a baseline that is a span or a mean over one ('so với bình quân giai đoạn 2021 -
                               2025') no target's year or period (170 plans: tram_y_te_sxh_tcm +1 tp); a schedule of reviews
                               opening a sentence inside a line ('… . Định kỳ 6 tháng, hằng năm … tổ chức sơ kết, tổng kết');
                               'Hậu cần' in military units' names; an aside with its own figure ('(năm 2026 đã tu bổ 07 mốc)') no
                               result marker nor year for the values around it; upkeep ('tu bổ', 'duy tu') of what wore down an
                               output. The 170 older plans 0.966 / 0.971 / 0.986 / 0.995 before and after; seeds, dev, rows on
                               seeds, field, wide unchanged. Left: 'N cuộc giám sát chuyên đề/năm' (a per-year count after a
                               qualified noun read as 'cuộc', not 'cuộc/năm': rare in the corpora); 'Năm 2026, … các Ban đã tổ
                               chức 11 cuộc …' (ATTRIBUTIVE_DONE reads 'các Ban đã tổ chức' as a noun phrase, so the 2026 results
                               stay); the committees named with one shared tail ('Ban Pháp chế, …, Ban Dân tộc Hội đồng nhân dân
                               tỉnh') and bare in the table ('Ban Pháp chế'), 'Bộ Chỉ huy' for the command's full name, 'các xã
                               biên giới' cut to 'các xã', a lower-case 'đồn biên phòng' read as a body; '168 tổ tự quản' after
                               'có' missed; '5.000 chiếc áo phao' named 'Số chiếc …' (the classifier kept in the name); '14 xã'
                               where the conferences are held read as a count; 'ít nhất 02 nhóm vấn đề'; 'Luật Hoạt động giám sát của
                               Quốc hội và Hội đồng nhân dân số 87/2015/QH13' read twice (its title cut at 'của Quốc hội', an
                               issuer's words, so the named row is not the numbered one).
    s31d after its fixes (end): qd_chong_ngap_ung_thoat_nuoc_do_thi 0.951 / 1.000 / 1.000 / 1.000 (share 22.0%, 41 targets),
                               tinh_van_tai_xe_buyt 0.958 / 1.000 / 1.000 / 1.000 (8.6%, 35), tinh_chi_tra_dich_vu_moi_truong_rung
                               0.963 / 0.952 / 1.000 / 1.000 (15.4%, 26); together 0.957 / 0.985 / 1.000 / 1.000 (targets tp 99, 102
                               extracted, 105 gold; share 15.7%, 102 targets). Gold corrected after the start (351d61a): "khoảng 27.500
                               hộ gia đình, cá nhân" unit "hộ gia đình" (as tinh_rung_ngap_man_ven_bien), start of that plan 0.448 ->
                               0.483. Fixed, by class: a measure with its unit in the upper header cell over the years ("Diện tích
                               rừng được chi trả (ha)" over "Thực hiện năm 2026 | Kế hoạch năm 2027", "Số xe buýt điện (xe)" over "Năm
                               2027 | Năm 2028") names the targets of a table of places or items and gives their unit, and "Số …
                               (unit)" names a column; "Quy mô" split into "Công suất (m³/s) | Cống, mương (km)" in a list of works
                               with a time column (each work's quantity, the total row the column's); compound count nouns of the
                               units list ("nhà chờ", "chuyến", "chủ rừng", "lượt hành khách", "m³/s"); "trước mùa mưa
                               bão năm 2027" (a season of a stated year after "trước"); a bus headway under a bound ("thời gian giãn
                               cách chuyến … không quá 15 phút"); a lone part after "trong đó" named at length with a comparator
                               before its value; a column of what there is now ("Số cơ sở đang ký hợp đồng"). The 170 older plans:
                               0.966 / 0.971 / 0.986 / 0.995 before and after (rows identical; "trạm bơm" as a unit was
                               withdrawn: it took "05 trạm bơm điện" from the activity outputs keyed by "trạm", and the golds disagree,
                               xa_thuy_loi_phong_chong_thien_tai "trạm bơm", tinh_lua_phat_thai_thap "trạm"); seeds, dev unchanged; rows on field
                               and wide identical. Left: "với tổng diện tích mặt nước khoảng 86 ha" (named "Số ha"); "khoảng 27.500
                               hộ gia đình, cá nhân và 430 cộng đồng dân cư" (the count after "và" lost); "Giải ngân 100% số tiền …
                               năm 2026 còn lại" (a past year naming the money read as history); "350 biển báo" (unit "biển báo", the
                               gold "biển" as "biển cảnh báo" in xa_thuy_loi_phong_chong_thien_tai); "công bố mở mới 03 tuyến …" (read
                               alone, lost in the whole plan); "trước mùa khô năm 2027 - 2028" (a season over a span of years).
    so_noi_vu_thang_hanh_dong_atvsld  Sở Nội vụ tỉnh Thanh Hóa plan (86/KH-SNV, 03/2027) for the Tháng hành động về an toàn,
                               vệ sinh lao động 2027 (s32a, held out, written blind): the Sở under the UBND tỉnh (labour functions
                               after 2025), a Công văn of Bộ Nội vụ after "Thực hiện", a quoted theme, 2026 results (none); chỉ tiêu
                               under "1. Trong Tháng hành động" and "2. Trong năm 2027" ("01 lễ … và ít nhất 20 lễ …", "giảm ít nhất 4%
                               so với năm 2026", "100% doanh nghiệp có từ 50 lao động trở lên có …" with its threshold none, "đạt từ 82 -
                               85%", "tăng thêm 3.000 người so với năm 2026", "Duy trì 100% …", "không để xảy ra …" no value), outputs
                               ("15.000 tờ rơi, 2.000 áp phích", "06 lớp … cho khoảng 450 người", "03 đoàn"); Liên đoàn Lao động tỉnh
                               and Bảo hiểm xã hội tỉnh after "Đề nghị" and as partners, Sở Y tế, Sở Xây dựng, Sở Công Thương, the Ban
                               Quản lý Khu kinh tế, the broadcaster, a power company, UBND các xã, phường; "chậm nhất ngày 15/6/2027",
                               "ngay sau khi nhận được Kế hoạch này" (relative), "trong tháng 5 hằng năm", "từ ngày 05/5 đến ngày
                               25/5/2027", reports "định kỳ 6 tháng và hằng năm" without a day (none); a task appendix (Hoạt động | Đơn
                               vị chủ trì | Đơn vị phối hợp | Thời gian) whose time cells repeat the text's dates ("05/5 - 25/5/2027",
                               "Ngay sau khi nhận được Kế hoạch", "Trong tháng 5 hằng năm") or add periods ("Quý II - Quý III/2027",
                               "Tháng 5 - tháng 6/2027"); start (6070d50): targets 1.000 / deadlines 1.000 / bodies 1.000 / refs
                               1.000; canonical share 50.0% (16 targets); end (s32a): 1.000 / 1.000 / 1.000 / 1.000, share 50.0%
                               (16 targets); left: none
    tinh_ha_tang_so_5g_cap_quang  UBND tỉnh Điện Biên plan (18/KH-UBND, 01/2026) on 5G and digital infrastructure 2026 - 2028
                               (s32a, held out): BTS stations, fibre to the home, smartphones; a Tờ trình after "Xét đề nghị", a QCVN by
                               its code; results to 2025 (none), "tối thiểu 400 trạm BTS 5G", "tăng bình quân 9%/năm", "100% thôn, bản
                               có sóng di động từ 4G trở lên" ("4G" no value), "đạt trên 200 Mbps", "đạt 95%, riêng các xã biên giới đạt
                               ít nhất 85%", per-year outputs in prose ("Năm 2026 hỗ trợ 5.000 máy …; năm 2027 hỗ trợ thêm 3.500 máy và
                               năm 2028 hỗ trợ thêm 3.000 máy"), a duration ("còn không quá 07 ngày làm việc"), "xóa 46 thôn, bản …
                               trước ngày 31/12/2027", "từ 30 - 35% vào năm 2028"; the carriers named in parentheses after "Các doanh
                               nghiệp viễn thông (Viettel Điện Biên, VNPT Điện Biên, MobiFone Điện Biên)", a power company, Tỉnh đoàn
                               and MTTQ after "Đề nghị"; "chậm nhất ngày 30/6/2026", "trước ngày 20 của tháng cuối quý" (once bare, once
                               after "Định kỳ hằng quý"), "ngay sau khi có vị trí …", "trong năm 2026"; the indicator table one cell
                               per line, header cells too (TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Năm 2026 | Năm 2027 | Năm
                               2028; a cumulative row, a count falling to 0); start (6070d50): targets 0.923 / deadlines 0.900 /
                               bodies 1.000 / refs 1.000; canonical share 40.6% (32 targets); end (s32a): 0.985 / 0.952 / 1.000 /
                               1.000, share 40.6% (32 targets); left: "đạt trên 200 Mbps" (a speed is no unit), "ngay sau khi có vị
                               trí …" (relative, in running text)
    bo_cong_thuong_kinh_te_tuan_hoan  Bộ Công Thương decision (512/QĐ-BCT, 02/2026; Điều 1-3, KT. BỘ TRƯỞNG / THỨ TRƯỞNG)
                               issuing its plan on the circular economy 2026 - 2030 (s32a, held out) after a bare "KẾ HOẠCH" heading,
                               addressed to the provinces and its own Vụ and Cục (post-2025 names: Cục Đổi mới sáng tạo, Chuyển đổi
                               xanh và Khuyến công, Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp, Cục Quản lý và Phát triển thị
                               trường trong nước); lettered targets a) - g) ("giảm ít nhất 8% so với năm 2025", "đạt 65% trở lên",
                               "100% khu công nghiệp … có …", "chuyển đổi thêm ít nhất 15 khu công nghiệp", "tăng bình quân 12 -
                               15%/năm", "Đến năm 2028 có ít nhất 300 …; đến năm 2030 con số này đạt 700 …", "giảm 50% so với năm
                               2025", "không để phát sinh …" none), 2021 - 2025 results (none), "mỗi năm tổ chức 06 khóa" (year null);
                               "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)", "chậm nhất ngày 31 tháng 7 hằng
                               năm", "định kỳ hằng quý, trước ngày 20 của tháng cuối quý", "ngay sau khi Thông tư … có hiệu lực";
                               Phụ lục I a tab table Năm 2025 (thực hiện) | Năm 2026 | Năm 2028 | Năm 2030 | Đơn vị chủ trì, Phụ lục II
                               a task table ("Quý III/2026", "2026 - 2027", "Hằng năm" none); start (6070d50): targets 0.902 / deadlines
                               0.889 / bodies 0.857 / refs 1.000; canonical share 32.0% (25 targets); end (s32a): 0.962 / 0.963 /
                               0.966 / 1.000, share 34.6% (26 targets); left: "con số này đạt 700 doanh nghiệp", "ngay sau khi
                               Thông tư … có hiệu lực", "Bộ Công Thương" read as assigned in "nhiệm vụ được giao cho Bộ Công Thương"
    the three s32a plans together at the start (6070d50): 0.932 / 0.927 / 0.943 / 1.000 (targets tp 69, 73 extracted, 75 gold);
                               canonical share 39.7% (73 targets)
    so_xay_dung_bao_tri_duong_bo_tai_trong_xe  Sở Xây dựng tỉnh Tuyên Quang plan (4127/KH-SXD, 12/2025) on maintaining the
                               provincial roads and controlling vehicle loads in 2026, with the traffic police (s32b, held out, written
                               blind), as pdftotext -layout reads a PDF: two-column letterhead, paragraphs indented 8 with continuation
                               lines at 2, hard wraps at ~72 characters inside sentences, dates and body names ("đề nghị Công an /
                               tỉnh", "đề nghị Ủy ban nhân dân / các xã, phường", "phối hợp với Ban / Quản lý bảo trì đường bộ tỉnh"),
                               form feeds with a running header and a centred page number; "1. Kết quả năm 2025" (none), "an toàn trên
                               1.486 km đường tỉnh do Sở … quản lý" (the network: none), "tối thiểu 85 km …, trong đó thảm bê tông nhựa
                               52 km", "đạt từ 85% đến 90%", "không quá 24 giờ" (a duration committed to), "Duy trì 04 tổ", "thêm 03
                               trạm cân …, nâng tổng số … lên 07 trạm", "không quá 2,5%", "giảm từ 10% đến 15% số vụ … so với năm
                               2025", "Phấn đấu 100% đơn vị …", "Không để phát sinh …" (none), "sửa chữa định kỳ" (no recurrence),
                               "từ ngày 01/3/2026 đến ngày 31/5/2026", "báo cáo … định kỳ hằng quý" (none), "sơ kết 6 tháng vào tháng
                               7/2026"; Công an tỉnh, its Phòng Cảnh sát giao thông, "Công an các xã, phường", a road company; appendix
                               in space-aligned columns (Kết quả / năm 2025 | Kế hoạch / năm 2026) with wrapped cells and "≥ 24.000",
                               "≤ 2,5", "85 - 90"; start (6070d50): targets 0.936 / deadlines 1.000 / bodies 0.833 / refs 1.000;
                               canonical share 20.8% (24 targets); end (s32b): 0.936 / 1.000 / 1.000 / 1.000, share 20.8% (24
                               targets); left: "24.000 lượt xe" (unit "lượt"), "an toàn trên 1.486 km đường tỉnh do Sở … quản lý"
                               (an extra: "trên" read as "over")
    tinh_cai_tao_chung_cu_cu   UBND thành phố Hải Phòng plan (215/KH-UBND, 01/2026) on renovating and rebuilding old apartment
                               buildings 2026 - 2030 (s32b, held out), as pdftotext -layout reads a PDF: wraps inside "Công an /
                               thành phố" and "Ủy ban nhân dân / các phường có nhà chung cư cũ", a running header "Ủy ban nhân dân
                               thành phố Hải Phòng - Kế hoạch số 215/KH-UBND", a three-line signature beside Nơi nhận; an inline
                               "Kết quả năm 2025: … 58/76 nhà …" (none) before "1. Mục tiêu đến năm 2030", "100% nhà chung cư cũ xây
                               dựng trước năm 1994 …, hoàn thành trước ngày 30/9/2026", "tối thiểu 24 nhà chung cư cũ với khoảng
                               2.600 căn hộ", "khoảng 310.000 m²", "Khởi công năm 2026 từ 3 đến 4 dự án, năm 2027 từ 5 đến 6 dự án",
                               "không quá 06 tháng", a resettlement norm "bằng từ 1,0 đến 2,0 lần diện tích sử dụng cũ" (none), "tối
                               thiểu 500 căn hộ tạm cư", "ít nhất 04 hội nghị … mỗi năm", "còn không quá 20 ngày làm việc"; a project
                               board, the housing company, the Quỹ Đầu tư phát triển; the city council's resolution passing a
                               Chương trình, a Tờ trình; appendix by year (Năm / 2026 … | Cả giai / đoạn) with range cells ("3 - 4",
                               "22 - 24") and "-" cells; start (6070d50): targets 0.915 / deadlines 1.000 / bodies 0.706 / refs 1.000;
                               canonical share 18.5% (27 targets); end (s32b): 1.000 / 1.000 / 1.000 / 1.000, share 18.8% (32
                               targets); left: none
    xa_co_gioi_hoa_nong_nghiep  UBND xã Phú Hựu (Đồng Tháp) plan (58/KH-UBND, 01/2026) on mechanising agriculture 2026 - 2028, a
                               commune of the two-tier government (s32b, held out), as pdftotext -layout reads a PDF: wraps inside
                               "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân / xã", "Ủy ban Mặt trận Tổ quốc Việt Nam / xã", "Ngân
                               hàng Nông nghiệp và Phát / triển nông thôn - Chi nhánh tỉnh Đồng Tháp", page numbers "- 2 -"; "1. Kết
                               quả năm 2025" (none), four stages in one sentence ("Tỷ lệ cơ giới hóa khâu làm đất … duy trì 100%;
                               khâu gieo sạ, cấy đạt từ 75% đến 80%; khâu thu hoạch lúa đạt trên 98%; khâu sấy lúa đạt từ 85% đến
                               90% sản lượng"), "4,5 HP/ha canh tác", "1,2 máy/100 ha lúa", "Tăng thêm 15 máy … và 08 lò sấy so với
                               năm 2025", "không quá 5%", value-first years ("1.200 ha năm 2026, 1.500 ha năm 2027 và tối thiểu 1.800
                               ha năm 2028"), "trước vụ Hè Thu năm 2026", "mặt đường rộng tối thiểu 3,5 m" (a specification: none),
                               "định kỳ 6 tháng" reports (none), "Hằng năm, Ủy ban nhân dân xã tổ chức sơ kết" (a review; the issuer
                               a body); appendix (Thực hiện / năm 2025 | Năm / 2026 …) with "75 - 80", "≥ 60", "> 98" cells; start
                               (6070d50): targets 0.902 / deadlines 0.923 / bodies 0.947 / refs 1.000; canonical share 24.4% (41 targets);
                               end (s32b): 0.916 / 1.000 / 1.000 / 1.000, share 23.8% (42 targets); left: "Tăng thêm 15 máy gặt đập
                               liên hợp và 08 lò sấy" (units "máy gặt", "lò sấy" from the tagger's nouns, the gold "máy", "lò" as the
                               appendix's ĐVT), "1,2 máy/100 ha lúa" (read "1,2 máy" and "100 ha": a per-100 base after a count noun
                               not in units.tsv)
    the three s32b plans together at the start (6070d50): 0.915 / 0.980 / 0.833 / 1.000 (targets tp 86, 92 extracted, 96 gold);
                               canonical share 21.7% (92 targets)
    so_tai_chinh_sap_xep_nha_dat_tai_san_cong  Sở Tài chính Ninh Bình plan (412/KH-STC, 01/2026; KT. GIÁM ĐỐC) on rearranging and
                               handling surplus public houses, land and assets after the 2025 merger of units, 2026 - 2027 (s32d,
                               held out, written blind): Căn cứ lines with a law, the Central Committee's 18-NQ/TW, a decree and its
                               amending decree (167/2017/NĐ-CP restated in the body with and without "số"); 2025 results (none);
                               targets under "a) Năm 2026" / "b) Năm 2027" / "c) Hằng năm" ("Phấn đấu 100% … trước 30/6/2026", "ít
                               nhất 250 cơ sở …, trong đó … tối thiểu 60 cơ sở", "xuống dưới 20 cơ sở", "Xử lý xong 89 cơ sở còn lại,
                               nâng tỷ lệ … lên 100%", "khoảng 1.200 - 1.500 tỷ đồng", "Duy trì 100% …", "giảm ít nhất 15% so với năm
                               2025"), task outputs (339 cơ sở, 145 xe ô tô, "ít nhất 40 cơ quan, đơn vị, địa phương mỗi năm"), an
                               eligibility threshold ("trên 15 năm") and an update's duration (none); the Sở's own units and
                               "Đề nghị" bodies; "trước 30/6/2026" without "ngày", "trong Quý I/2026", "hoàn thành … trong năm 2027",
                               "Định kỳ 6 tháng sơ kết"; a per-commune tab table (three count columns with "(cơ sở)" in the header,
                               "Các xã, phường còn lại", "Tổng cộng", a time column "Quý II/2026 | 30/9/2026 | Năm 2027"); start
                               (6070d50): targets 0.298 / deadlines 0.957 / bodies 0.917 / refs 1.000; canonical share 10.0% (10
                               targets); end (s32d): 0.904 / 0.957 / 1.000 / 1.000, share 2.8% (36 targets); left: "Xử lý xong 89 cơ
                               sở còn lại, nâng tỷ lệ … lên 100%", "145 xe ô tô" (unit "xe"), "trong năm 2026" after an output
    so_khcn_tieu_chuan_do_luong_chat_luong  Sở Khoa học và Công nghệ Đồng Nai plan (95/KH-SKHCN, 02/2026) on standards, metrology,
                               quality, ISO 9001 in agencies and bar codes 2026 - 2030 (s32d, held out): three laws named with their
                               dates and no number, the Bộ Chính trị's 57-NQ/TW (restated twice), a Prime Minister's decision
                               approving a national programme named again in the body; two phases each heading its own targets
                               ("a) Giai đoạn 1 (2026 - 2027)": "tăng thêm 400 doanh nghiệp so với năm 2025", "từ 20.000 đến 22.000
                               phương tiện đo mỗi năm"; "b) Giai đoạn 2 (2028 - 2030)": "Duy trì 100% …, trong đó ít nhất 50% …", "Lũy
                               kế đến năm 2030 có trên 800 …", "giảm xuống dưới 5%", "đạt 45 - 47%") and again as a Lộ trình; task
                               outputs ("05 quy chuẩn …; hoàn thành 02 quy chuẩn trước 30/6/2027", "Đầu tư thêm 25 cân đối chứng,
                               nâng tổng số … lên 66 cân; hiện có 41 cân …"); the plan's funding (none); the appendix one cell per line
                               with phase columns and "Cả giai đoạn 2026 - 2030"; start (6070d50): targets 0.627 / deadlines 1.000
                               / bodies 1.000 / refs 0.947; canonical share 38.9% (18 targets); end (s32d): 0.906 / 1.000 / 1.000 /
                               0.947, share 32.3% (31 targets); left: "từ 20.000 đến 22.000 phương tiện đo mỗi năm", "25 cân đối
                               chứng" (unit), the plan 48/KH-UBND named again as a reference of its own
    tinh_khac_phuc_hau_qua_bom_min  UBND tỉnh Quảng Trị plan (27/KH-UBND, 01/2026; TM. UBND / KT. CHỦ TỊCH) on clearing unexploded
                               ordnance in 2026 with the provincial military command and donors (s32d, held out): the Bộ Chính
                               trị's 26-NQ/TW with its 2030/2045 horizon in the title, 18/2019/NĐ-CP restated; "ít nhất 4.200 ha,
                               trong đó đất sản xuất nông nghiệp 3.100 ha, đất xây dựng công trình và khu tái định cư 1.100 ha",
                               "không quá 48 giờ" (a response time), "khoảng 45.000 lượt người, trong đó học sinh 30.000 lượt",
                               "giảm ít nhất 50% so với năm 2025", "đạt trên 12 triệu USD", "2. Định hướng đến năm 2030" (targets'
                               year), outputs "tại 120 trường học và 200 thôn, bản", "80 dụng cụ chỉnh hình, xe lăn"; 2025 results
                               and an international day (none); the provincial and national mine action centres (one with "(VNMAC)"),
                               donors after "Đề nghị" ("Tổ chức MAG, Tổ chức Hỗ trợ nhân dân Na Uy và Dự án RENEW"); "trước 30/6/2026",
                               "hoàn thành trong năm 2027", "định kỳ hằng quý báo cáo" (none); a per-commune tab table with a
                               "Đơn vị thực hiện" column and a time column, "Tổng cộng"; start (6070d50): targets 0.849 / deadlines
                               1.000 / bodies 0.786 / refs 1.000; canonical share 0.0% (31 targets); end (s32d): 0.882 / 1.000 /
                               0.897 / 1.000, share 0.0% (33 targets); left: the part "đất xây dựng công trình và khu tái định cư
                               1.100 ha", "không quá 48 giờ", "80 dụng cụ chỉnh hình, xe lăn", units "trường", "thôn", the donors
    the three s32d plans together at the start (6070d50): 0.622 / 0.984 / 0.886 / 0.976 (targets tp 51, 59 extracted, 105 gold);
                               canonical share 13.6% (59 targets)
    qd_thuc_hien_quy_hoach_tinh  UBND tỉnh Tuyên Quang decision (186/QĐ-UBND, 01/2026; Điều 1-4, TM. / KT. CHỦ TỊCH) issuing its plan to
                               implement the provincial master plan 2021 - 2030, vision to 2050 (s33c, held out, written blind),
                               hard-wrapped at ~80 characters inside dates, units ("190.000 tỷ / đồng", "15.000 / ha") and body names
                               ("các sở: Tài chính, Xây / dựng", "Sở Nông nghiệp và / Môi trường"); "Giao Sở Tài chính chủ trì … trước
                               ngày 15 tháng 12 hằng năm" in Điều 2, "Chủ tịch Ủy ban nhân dân các xã, phường" in Điều 4; 2021 - 2025
                               results (none); under "Mục tiêu đến năm 2030 và năm 2035": "bình quân giai đoạn 2026 - 2030 đạt từ 10%/năm
                               trở lên, giai đoạn 2031 - 2035 đạt khoảng 8,5%/năm", "đến năm 2030 đạt khoảng 105 triệu đồng; đến năm 2035
                               đạt trên 160 triệu đồng" (the second clause restates no indicator), "Cơ cấu kinh tế đến năm 2030: …" three
                               parts with ranges, "… ở đô thị đạt 98%, ở nông thôn đạt trên 85%", "trong đó có bằng cấp, chứng chỉ đạt
                               35%"; a qualitative vision to 2050 (none); phases bounding tasks ("Giai đoạn 2026 - 2027: hoàn thành … 05
                               đô thị; giai đoạn 2028 - 2030: …"), "11.000 ha mỗi năm", road names (Quốc lộ 2, 37); the Quy hoạch tỉnh
                               named again (the approving decision's plan: one reference), "hằng năm tổ chức đánh giá" (a review), "định
                               kỳ hằng quý báo cáo" (none); the appendix a tab table of 25 indicators whose columns are phases (Thực hiện
                               giai đoạn 2021 - 2025 | Giai đoạn 2026 - 2030 | Giai đoạn 2031 - 2035; "≥ 10", "> 160", "16 - 17", a
                               "Trong đó:" row); start (bc3897b): targets 0.950 / deadlines 0.824 / bodies 1.000 / refs 0.769; canonical
                               share 88.6% (79 targets); end (s33c): 0.975 / 0.824 / 1.000 / 1.000, share 89.9% (79 targets); left: "05
                               đô thị", "12 khu vực" (units "đô thị", "khu vực" after a phase label), "đón 7,5 triệu lượt khách" (named
                               by its verb), the Quy hoạch's "thời kỳ 2021 - 2030" in the title read as the plan's own period, "(giai
                               đoạn / 1) trong năm 2027", "hằng năm tổ chức đánh giá" (a review word other than sơ kết / tổng kết), years
                               of "duy trì ổn định trên 60%" after a 2035 clause and of "giảm … bình quân trên 4%/năm"
    tinh_phat_trien_cay_duoc_lieu  UBND tỉnh Lào Cai plan (52/KH-UBND, 02/2026) on medicinal plants in mountain and ethnic-minority
                               communes 2026 - 2028 (s33c, held out, written blind), hard-wrapped at ~80 characters ("8.500 / ha", "4
                               triệu / cây giống", "Liên minh Hợp tác / xã tỉnh", "Sở Nông / nghiệp và Môi trường"); a Tờ trình after
                               "Xét đề nghị", a national target programme approved by a decision and named again in the tasks and the
                               funding; 2025 results (none); "đạt 8.500 ha, tăng thêm 2.300 ha so với năm 2025, trong đó diện tích trồng
                               dưới tán rừng khoảng 3.000 ha", "GACP-WHO", "từ 30.000 đến 32.000 tấn", "lên 20 sản phẩm, trong đó ít nhất
                               03 sản phẩm đạt 4 sao" (grades no values), "tăng ít nhất 1,5 lần", "Duy trì 150 ha", "không để phát sinh
                               …" (none); outputs "mỗi năm" (year null); the plan's funding with its parts (none); two named cooperatives
                               after "Đề nghị … làm đầu mối", the Sở Dân tộc và Tôn giáo, a nature reserve's board, the policy bank's
                               branch; "định kỳ 6 tháng (trước ngày 15/6 và 15/12)", "định kỳ hằng quý báo cáo" (none); the appendix a
                               tab table whose ROWS are years (Năm 2025 (thực hiện) | Năm 2026 … | Cộng 2026 - 2028; units in the
                               headers' brackets, a "30.000 - 32.000" cell, "-" cells); start (bc3897b): targets 0.641 / deadlines 1.000
                               / bodies 1.000 / refs 0.909; canonical share 15.8% (19 targets); end (s33c): 0.895 / 1.000 / 1.000 /
                               1.000, share 21.2% (33 targets); left: "trong đó diện tích trồng dưới tán rừng khoảng 3.000 ha" (the part
                               named as its own indicator), "mỗi năm cung ứng ít nhất 4 triệu cây giống" (named by the words before it),
                               "03 hội chợ, triển lãm", "2.500 hộ" (prose named "vật tư cho hộ …": the scorer pairs the table's row with
                               the prose gold)
    tinh_bo_tri_on_dinh_dan_cu  UBND tỉnh Lai Châu plan (38/KH-UBND, 01/2026) on arranging and stabilising residents of disaster-prone
                               and border areas and free migrants 2026 - 2030 with the provincial border guard (s33c, held out, written
                               blind), hard-wrapped at ~80 characters ("2.100 / hộ", "quý / II/2026", "Bộ Chỉ huy Quân sự / tỉnh", "Báo
                               và Phát / thanh, Truyền hình Lai Châu"); its basis one "Thực hiện …; Thông tư …; Nghị quyết …;" paragraph;
                               2021 - 2025 results (none); "3.200 hộ, trong đó: vùng thiên tai 2.100 hộ, vùng biên giới 800 hộ, dân di cư
                               tự do 300 hộ", "Đến năm 2027 di chuyển 100% …; đến năm 2030 giảm ít nhất 70% … so với năm 2025", two "100%
                               …" lines, "12 điểm", a Lộ trình whose phases head outputs ("Giai đoạn 2026 - 2027: bố trí 1.400 hộ"),
                               "không quá 07 ngày làm việc" (a processing time committed to), "trong vòng 24 giờ" (an action's duration:
                               none); two named border posts, "Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm"; "định kỳ hằng năm,
                               trước ngày 10/12"; the appendix a tab table of projects (Số hộ bố trí (hộ) | Thời gian thực hiện "2027 -
                               2028" … | Đơn vị chủ trì naming two commune UBND; "Tổng cộng"); start (bc3897b): targets 0.706 / deadlines
                               1.000 / bodies 1.000 / refs 1.000; canonical share 8.3% (12 targets); end (s33c): 1.000 / 1.000 / 1.000 /
                               1.000, share 9.1% (22 targets); left: none
    the three s33c plans together at the start (bc3897b): 0.850 / 0.943 / 1.000 / 0.867 (targets tp 105, 110 extracted, 137 gold);
                               canonical share 67.3% (110 targets). Gold aligned with the other plans' precedent after a first run,
                               before this commit: "Chủ tịch Ủy ban nhân dân các xã(, phường)" kept as a body beside the UBND (two
                               plans), "11.000 ha mỗi năm" in ha (a yearly count in words keeps its unit).
    s33c after its fixes (end): qd_thuc_hien_quy_hoach_tinh 0.975 / 0.824 / 1.000 / 1.000 (share 89.9%, 79 targets),
                               tinh_phat_trien_cay_duoc_lieu 0.895 / 1.000 / 1.000 / 1.000 (21.2%, 33), tinh_bo_tri_on_dinh_dan_cu 1.000
                               / 1.000 / 1.000 / 1.000 (9.1%, 22); together 0.959 / 0.943 / 1.000 / 1.000 (targets tp 130, 134 extracted,
                               137 gold; share 59.7%, 134 targets). Fixed, by class: a heading that joins a report's span of years to the
                               targets ("II. KẾT QUẢ GIAI ĐOẠN 2021 - 2025 VÀ MỤC TIÊU") gives that span to no target (2a80aa7); a
                               year-rows table's "Năm 2025 (thực hiện)" row no longer hides the table (224c8a9); a document named by the
                               head its name shares with one a cited decision approves ("Quy hoạch tỉnh", "vốn Chương trình mục tiêu quốc
                               gia 74 tỷ đồng", c7544f8); a line ending in ";" and a next line in small letters is one wrapped sentence
                               (9960361); a day's date dates only the clause before a ";" (1c46411); a dated list of projects ("Tên dự án
                               | … | Số hộ bố trí (hộ) | Thời gian thực hiện", no year in its caption) counts each project's measure by
                               its row's year, the project as scope (the commit before). All 197 plans 0.962 / 0.972 / 0.986 / 0.994 ->
                               0.964 / 0.972 / 0.986 / 0.995 (targets tp 5711 -> 5736, 5878 -> 5902 extracted; refs 1428 -> 1424
                               extracted): the 194 older plans' counts unchanged; seeds and dev unchanged; rows on field and wide as each
                               commit notes.
    hdnd_xa_chi_tieu_kinh_te_xa_hoi_2027  HĐND of a new commune (xã Kông Bơ La, Gia Lai, after the 2025 two-tier reform; 41/NQ-HĐND,
                               12/2026) on its socio-economic plan for 2027 (s33d, held out, written blind): "QUYẾT NGHỊ: Điều 1"
                               (the 2026 results) "Điều 2" (the plan) "Điều 3" (tổ chức thực hiện), then the signature, "Nơi nhận"
                               and an appendix as a two-column tab table "Chỉ tiêu | Kế hoạch 2027" with the unit in brackets after
                               each name ("< 2,8", "02"); targets as "- Chỉ tiêu 1: …" to "- Chỉ tiêu 11: …" with the 2026 estimate in
                               brackets beside them ("(năm 2026 ước đạt 38,6 tỷ đồng)": none), "trong đó thu cân đối ngân sách xã 9,5
                               tỷ đồng", "đạt trên 63 triệu đồng/người/năm", "giảm 1 - 1,2%, còn dưới 2,8%; không để phát sinh …",
                               "Tăng thêm 01 trường …, nâng tổng số … lên 6/9 trường", "Có thêm 02 thôn, làng …", "phấn đấu 100% …",
                               "duy trì ổn định trên 41%"; "12/15 chỉ tiêu chủ yếu đạt và vượt kế hoạch" (a result); task outputs;
                               "trước ngày 31/12/2027", "trong 06 tháng đầu năm 2027", "định kỳ 6 tháng (trước ngày 15/6 và 15/12)";
                               the council's committees sharing a tail ("Ban Kinh tế - Ngân sách, Ban Văn hóa - Xã hội Hội đồng nhân
                               dân xã"), each "chủ trì giám sát" in a quarter; a power branch "Điện lực Chư Păh (thuộc Công ty Điện
                               lực Gia Lai)" and the social-policy bank's office after "Đề nghị"; a Tờ trình after "Xét", "Chương
                               trình mỗi xã một sản phẩm"; start (bc3897b): targets 0.877 / deadlines 1.000 / bodies 0.933 / refs
                               0.889; canonical share 69.4% (36 targets); end (s33d): 1.000 / 1.000 / 1.000 / 0.889, share 73.0% (37
                               targets); left: "tham gia Chương trình mỗi xã một sản phẩm" (a programme in running case after no
                               citing word: read only with a cue or a capital)
    so_gddt_phong_chong_bao_luc_hoc_duong  Sở Giáo dục và Đào tạo Quảng Trị plan (58/KH-SGDĐT, 01/2027; KT. GIÁM ĐỐC) on preventing
                               school violence in 2027 with the schools, Công an tỉnh, Tỉnh đoàn and a telecom branch (s33d, held out,
                               written blind): a "Thực hiện …," basis closed by the issuing sentence; "II. THỰC TRẠNG VÀ CHỈ TIÊU"
                               with the 2025 - 2026 school year's figures (none) before "2. Chỉ tiêu năm 2027" ("Phấn đấu 100% …",
                               "Giảm ít nhất 30% số vụ … so với năm học 2025 - 2026", "đạt 85% trong năm 2027 và 100% vào năm 2028",
                               "Mỗi trường … tối thiểu 02 buổi", "Duy trì 100% …", "không dưới 95%"); outputs in the tasks ("5.000 tờ
                               rơi, sổ tay", "với ít nhất 120 đội thi", "tại ít nhất 60 cơ sở giáo dục"); section IV by body as
                               numbered headings, requests as "- Body (its department): task" lines ("Viettel Quảng Trị (Chi nhánh
                               Tập đoàn …)", "Ủy ban nhân dân các xã, phường, đặc khu"); "Định kỳ 6 tháng, hằng năm … sơ kết" (two
                               reviews) beside "định kỳ hằng quý báo cáo" (none); a task tab table (Chủ trì | Phối hợp | Thời gian:
                               "Quý I/2027", "Tháng 3 - 5/2027", "Tháng 6/2027, tháng 12/2027") restating two outputs; start
                               (bc3897b): 0.947 / 1.000 / 0.900 / 1.000; canonical share 36.8% (19 targets); gold corrected after
                               the start (da36461: "5.000 tờ rơi, sổ tay" in "tờ rơi", as the older gold's "tờ rơi, cẩm nang"; that
                               start 1.000 / 1.000 / 0.900 / 1.000); end (s33d): 1.000 / 1.000 / 1.000 / 1.000, share 36.8% (19
                               targets); left: none
    tinh_cap_dien_nong_thon_mien_nui_hai_dao  UBND tỉnh Quảng Ngãi plan (19/KH-UBND, 01/2027; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) on
                               power supply to rural, mountain and island areas 2027 - 2030 with the power corporation, its provincial
                               company and their branches, the communes and the Lý Sơn special zone (s33d, held out, written blind):
                               a Tờ trình after "Theo đề nghị của"; 2026 figures (none; "khoảng 4.150 hộ" also the baseline) before
                               "2. Mục tiêu đến năm 2030" in two phases ("a) Giai đoạn 2027 - 2028": "khoảng 4.150 hộ dân …, trong đó
                               2.870 hộ …", "đạt trên 99,8%"; "b) Giai đoạn 2029 - 2030": "giảm xuống dưới 4,5%", "(SAIDI) không quá
                               600 phút/năm", "Nâng … lên ít nhất 20 MW"); voltages in line names ("22 kV", "0,4 kV": none); "Tổng nhu
                               cầu vốn thực hiện Kế hoạch dự kiến khoảng 1.450 tỷ đồng, trong đó …" (the plan's own funding: none);
                               bodies as headings ("5. Đề nghị Tổng công ty Điện lực miền Trung", "6. Công ty Điện lực Quảng Ngãi"),
                               "các Sở: Tài chính, Nông nghiệp và Môi trường, Dân tộc và Tôn giáo và Công ty …", "chỉ đạo Ban Quản lý
                               dự án Điện lực miền Trung khởi công …", "chỉ đạo Điện lực Kon Plông, Điện lực Sơn Tây, Điện lực Lý Sơn";
                               "chậm nhất 30 ngày kể từ ngày đóng điện nghiệm thu", "định kỳ 6 tháng, trước ngày 10/6 và 10/12",
                               "trước ngày 20 tháng 12 hằng năm", "trước ngày 05 hằng tháng"; an appendix by year (Năm 2027 | Năm
                               2028 | Giai đoạn 2029 - 2030 | Tổng cộng, "-" cells); start (bc3897b): 0.918 / 0.947 / 0.917 / 1.000;
                               canonical share 31.2% (32 targets); end (s33d): 1.000 / 0.947 / 1.000 / 1.000, share 34.5% (29
                               targets); left: "chậm nhất 30 ngày kể từ ngày đóng điện nghiệm thu" (a time limit counted from a
                               works' acceptance: read as a procedure's step, as "kể từ ngày nhận đủ hồ sơ", not as a plan's own)
    the three s33d plans together at the start (bc3897b): 0.907 / 0.986 / 0.915 / 0.968 (targets tp 78, 87 extracted, 85 gold);
                               canonical share 48.3% (87 targets)
    s33d after its fixes (end): the three plans 1.000 / 0.986 / 1.000 / 0.968 (targets tp 85 of 85; share 51.8%, 85 targets).
                               Fixed, by class: the plan's funding named by its capital ("Tổng nhu cầu vốn / Tổng vốn đầu tư /
                               Nguồn vốn thực hiện Kế hoạch …", cb025af); a region closes a body's name ("Ban Quản lý dự án Điện lực
                               miền Trung khởi công …", 6c7bb0f); a council or government assenting in its own voice ("… cơ bản thống
                               nhất với …", fc709c6; wide: one "Chính phủ" row of a Government resolution gone); a Sở GDĐT's office
                               joining two levels ("Phòng Giáo dục mầm non và Giáo dục thường xuyên", 2b91e40); a row's unit in
                               brackets up to 25 characters ("(triệu đồng/người/năm)") and "thôn, làng", "thôn, buôn" as units
                               (d3aa75e); a rate's level after its change in % ("giảm 1 - 1,2%, còn dưới 2,8%", c8a86c0); a bracketed
                               estimate beside a target is no breakdown, "trong đó" may follow it (f4b76d5); the grid's outage time
                               (SAIDI) under a bound, "phút/năm" (931fda4). The 194 older plans: misses and extras unchanged; all 197:
                               0.963 / 0.973 / 0.985 / 0.995 -> 0.965 / 0.973 / 0.986 / 0.995 (targets tp 5684 -> 5691 with one by
                               the gold correction, bodies tp 2646 -> 2648); seeds, dev unchanged; field rows SAME; wide one body
                               row fewer (the fix above). Left: "tham gia Chương trình mỗi xã một sản phẩm" (no citing cue),
                               "chậm nhất 30 ngày kể từ ngày đóng điện nghiệm thu" (a procedure-like event).
    s32a after its fixes (end): so_noi_vu_thang_hanh_dong_atvsld 1.000 / 1.000 / 1.000 / 1.000 (share 50.0%, 16 targets),
                               tinh_ha_tang_so_5g_cap_quang 0.985 / 0.952 / 1.000 / 1.000 (40.6%, 32), bo_cong_thuong_kinh_te_tuan_hoan
                               0.962 / 0.963 / 0.966 / 1.000 (34.6%, 26); together 0.980 / 0.971 / 0.986 / 1.000 (targets tp 73, 74
                               extracted, 75 gold; share 40.5%, 74 targets). Gold corrected after the start (4a09839): the half-yearly
                               and yearly reports' date_raw are their days ("trước ngày 15/6", "trước ngày 15/12"), as the other plans'
                               gold; start of that plan deadlines 0.889 -> 0.963 (its commit message says 0.929: the recall, not F1).
                               Fixed, by class: a baseline right after the value ("… giấy và nhựa giảm ít nhất 8% so với năm 2025")
                               names nothing; "thí điểm" before a count is the verb, not a clause's point (also qd_chuyen_doi_giao_thong_
                               xanh's two "thí điểm 02 tuyến xe buýt điện" rows); a later year's count after the same commitment verb
                               ("năm 2027 hỗ trợ thêm 3.500 máy và năm 2028 hỗ trợ thêm 3.000 máy") goes on the year series; "thôn,
                               bản" one unit; "Tạp chí …" a body, "Cục Xuất nhập khẩu" whole; "mở" before a count opens a clause of
                               delivery for "… trong năm 2026". All 185 plans 0.965 / 0.971 / 0.984 / 0.995 -> 0.965 / 0.972 /
                               0.985 / 0.995 (targets tp 5337 -> 5342, deadlines 2198 -> 2200, bodies 2518 -> 2520); seeds, dev
                               unchanged; field rows SAME, wide one quote without its baseline. Left: "200 Mbps" (a speed is no unit:
                               read as one, "với tốc độ 01 Gb/s đạt 100%" of the dev set's 005 loses its 100% and field 018's "(10
                               Gbps)" becomes a target); "ngay sau khi <event>" in running text (the dev gold leaves 007's "triển khai …
                               ngay sau khi Luật … có hiệu lực" out; only time cells are read); "đến năm 2030 con số này đạt 700 doanh
                               nghiệp" (an anaphoric name, not found in the corpora); "các nhiệm vụ được giao cho Bộ Công Thương tại Kế
                               hoạch hành động quốc gia" (the issuer, given tasks by another document, read as assigned).
    s32b after its fixes (end): 0.948 / 1.000 / 1.000 / 1.000 (targets tp 92, 98 extracted, 96 gold; share 21.4%, 98 targets).
                               Fixed, by class: an item's first line as long as the width followed by a line that starts left of it
                               in a pdftotext -layout text (the paragraph's second line at the margin, even before a capital:
                               "cấp⏎Giấy chứng nhận", "Kinh doanh nhà⏎Hải Phòng", "Hội⏎Dược học tỉnh"; ca835a0); the transport units
                               of a Sở Xây dựng and a city's civil-works board named whole (f3a7ea1); an item that opens with its
                               topic ("5. Về …, Công an thành phố thẩm định …", "Đối với …, X chủ trì …"; f2dd838); a crop season of a
                               stated year ("trước vụ Hè Thu năm 2026", a905923); the unit "HP/ha" (6507413); "Cả giai⏎đoạn" in a
                               narrow column beside the years, the span's total (1638a2f); the time to select an investor or a
                               contractor under a bound (d530c40). The 182 older plans: 0.965 / 0.972 / 0.985 / 0.995 before and
                               after (bodies tp 2485 -> 2486: so_y_te_chat_luong_thuoc_gpp's "Hội Dược học tỉnh"); all 185: 0.964 /
                               0.972 / 0.983 / 0.995 -> 0.965 / 0.972 / 0.985 / 0.995; seeds, dev unchanged; rows on seeds identical,
                               field +2 and wide +10 bodies (items opening "Đối với …," in regulations: duties given there).
    s32l (the classes round 14 left, by how often they occur in the 182 plans, field and wide; tally in the helper's notes):
                               round 14's 12 plans 0.948 / 0.993 / 0.948 / 0.993 -> 0.963 / 0.993 / 0.958 / 0.993; all 182
                               0.965 / 0.972 / 0.985 / 0.995 -> 0.966 / 0.972 / 0.985 / 0.995 (targets tp 5267 -> 5272, bodies tp
                               2485 -> 2486 with 2 fewer extracted), share 48.0% -> 47.9%. Fixed, by class: a classifier of one thing
                               ("5.000 chiếc áo phao") is the unit, not a word of the name ("Số áo phao"); "…, hoàn thành <any time>"
                               after a count ends its name; "02 cuộc giám sát chuyên đề/năm" is 2 "cuộc/năm" (its activity indicator
                               lost: the gazetteer takes no rate per time); a board's bare head ("Bộ Chỉ huy", "Ủy ban Kiểm tra", "Ban
                               Dân tộc") is the one board of that head the document names in full. Gold of bdbp_bien_gioi_moc_quoc_gioi
                               _2027 corrected: "tại 14 xã biên giới" is a target, as the places an output covers are in twelve older
                               plans. Left (one or two occurrences, or no single class): the counts after "và" (each miss its own
                               cause), "cuốn" read with its noun as the unit, the HĐND committees' shared tail, "các xã biên giới"
                               cut, "Hội⏎Dược học", "04 mã ngành, nghề", "khoảng 1.200 ô", "công bố mở mới 03 tuyến", "trước mùa
                               khô năm 2027 - 2028", a phase's year over its list.
    s32d after its fixes (end): so_tai_chinh_sap_xep_nha_dat_tai_san_cong 0.904 / 0.957 / 1.000 / 1.000 (share 2.8%, 36
                               targets), so_khcn_tieu_chuan_do_luong_chat_luong 0.906 / 1.000 / 1.000 / 0.947 (32.3%, 31),
                               tinh_khac_phuc_hau_qua_bom_min 0.882 / 1.000 / 0.897 / 1.000 (0.0%, 33); together 0.898 / 0.984 /
                               0.958 / 0.976 (targets tp 92, 100 extracted, 105 gold; share 11.0%, 100 targets). Fixed, by class: a
                               heading joining last year's results to the targets ("II. KẾT QUẢ NĂM 2025 VÀ CHỈ TIÊU") gives its
                               report's year to no target below it (24422de); "quỹ", "bom mìn" words of names ("Trung tâm Phát
                               triển quỹ đất tỉnh", "Trung tâm Hành động bom mìn …", 8d22ca1); a header cell naming what is done
                               to what a column counts, with its unit in brackets ("Điều chuyển, chuyển đổi công năng (cơ sở)"),
                               names a column (f25f135); a numbered phase with its years in brackets heads a column ("Giai đoạn
                               1 (2026 - 2027)", 8d111af); the attributive "đã" of a raised measure ("Nâng diện tích đã được làm
                               sạch lên 70%", 70b00ce); "định mức" keeps its "mức" (a4ad9a5). The 182 older plans 0.965 / 0.972 /
                               0.985 / 0.995 before and after every fix (targets tp 5267 of 5415, rows identical); seeds, dev
                               unchanged; rows on seeds, field, wide SAME. Left: "đất xây dựng công trình và khu tái định cư 1.100
                               ha" (a part's name of ten syllables: PART_NAME_WORDS 8 -> 10 took it but changed a seed's
                               "(trong đó … nông nghiệp tăng 3 - 3,5%/năm; thủy sản …)" parts: withdrawn); "Xử lý xong 89 cơ sở còn
                               lại, nâng tỷ lệ … lên 100%" (the rate after the comma lost, the count named from after it);
                               "từ 20.000 đến 22.000 phương tiện đo mỗi năm", "80 dụng cụ chỉnh hình, xe lăn", "không quá 48 giờ"
                               (a response time) missed; units "trường"/"thôn" for "trường học"/"thôn, bản", "cân đối chứng"
                               for "cân", "xe" for "xe ô tô"; "trong năm 2026" after a restated output (as s30c left it); the
                               donors after "Đề nghị" ("Tổ chức MAG, Tổ chức Hỗ trợ nhân dân Na Uy và Dự án RENEW": "Tổ chức" is
                               read as the verb); "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của tỉnh" read as a reference of its
                               own beside 48/KH-UBND.
    so_noi_vu_tinh_gian_bien_che Sở Nội vụ Nghệ An plan (118/KH-SNV, 01/2026) on streamlining staff (tinh giản biên chế) 2026 - 2027
                               under 178/2024/NĐ-CP, its amending 67/2025/NĐ-CP and 154/2025/NĐ-CP (s33b, held out, written blind):
                               numbering 1. / 2.1. / 2.1.1. / a) / - / +; footnote markers "¹" and "[2]" (one after a target's "98%")
                               with the footnotes at the foot citing a decision and a Quy định; 2025 results in figures ("1.250,5 tỷ
                               đồng", "6,8%", "giảm từ 541 xuống 486 đơn vị": none); headings "2.1. Đến hết năm 2026" / "2.2. Đến hết
                               năm 2027" giving the year; "Giảm ít nhất 10% biên chế công chức so với năm 2022, tương ứng giảm tối
                               thiểu 312 biên chế", a "+" breakdown by field ("giảm từ 12 - 15%"), "Tăng thêm 8 …", "Duy trì mức giảm
                               ít nhất 10% …", "giảm xuống còn dưới 420 đơn vị", "không để phát sinh …" (none); outputs; an appendix
                               (Đơn vị tính | Thực hiện năm 2025 | Năm 2026 | Năm 2027) with "≥ 10", "≤ 0,5", "0"; "trong quý III năm
                               2026" and a bare "trong quý III", "trước ngày 25 hằng tháng", "đến hết năm 2027", "Định kỳ 6 tháng,
                               hằng năm tổ chức sơ kết", "trong thời hạn 15 ngày kể từ …", a quarterly report without a day (none);
                               "Đề nghị Ban Tổ chức Tỉnh ủy, Ủy ban MTTQ …"; start (bc3897b): targets 0.773 / deadlines 0.800 / bodies 1.000 / refs 1.000;
                               canonical share 23.8% (21 targets); end (s33b):
                               1.000 / 0.957 / 1.000 / 1.000, share 21.7% (23 targets); left: "trong thời hạn 15 ngày kể từ ngày nhận
                               đủ hồ sơ" (a file's receipt, a procedure's step by RELATIVE_TO_END's design; the gold keeps it). Start
                               with the gold corrected in f4c89c1 (the yearly review of "Định kỳ 6 tháng, hằng năm"): deadlines 0.857
                               (f4c89c1's message says 0.833: a slip)
    nhcsxh_tin_dung_chinh_sach Plan of the Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Quảng Ngãi (07/KH-BĐD,
                               01/2026; TM. BAN ĐẠI DIỆN / TRƯỞNG BAN / PHÓ CHỦ TỊCH UBND TỈNH) on policy credit in 2026 (s33b, held
                               out): a three-line letterhead, the issuer's short name ("Ban đại diện") given a task; footnotes "¹"
                               (in the results) and "[2]" (after "nợ khoanh" in a target); 2025 results in figures ("7.185,6 tỷ
                               đồng", "0,21%": none); "đạt 7.850 tỷ đồng, tăng 620 tỷ đồng (tăng 8,6%) so với năm 2025", "tăng thêm
                               ít nhất 45 tỷ đồng, trong đó:" with "a)"/"b)" parts, "tăng 5 - 7%", "từ 8% trở lên", per-year "năm
                               2026 đạt 2.450 tỷ đồng, năm 2027 đạt khoảng 2.600 tỷ đồng", "dưới 0,3%", "Phấn đấu 100% …, trong đó
                               loại tốt chiếm ít nhất 90%", beneficiaries with "trong đó"; the mass organisations bare in parentheses
                               and in full (Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh đoàn); an
                               appendix with units in the headers ("Dư nợ ủy thác (tỷ đồng)", "Tăng trưởng dư nợ (%)") and cells
                               "2.350,5", "≥ 8", "< 0,3%", "≥ 95%", "Tổng cộng"; "trong quý I/2026", a bare "trong quý III", "trong
                               vòng 10 ngày sau khi kết thúc …", "họp định kỳ hằng quý để đánh giá" (a review), "trước ngày 25 hằng
                               tháng", "đến hết năm 2027"; start (bc3897b): targets 0.811 / deadlines 0.824 / bodies 0.889
                               / refs 1.000; canonical share 50.0% (32 targets); end (s33b): 0.976 / 0.947 / 0.889 / 1.000,
                               share 61.9% (42 targets); left: "120 căn nhà ở xã hội" (unit "căn nhà", the gold "căn": both units of
                               the list), the board's "họp định kỳ hằng quý để đánh giá" (a recurring review inside a clause, no
                               schedule opening it), the issuer's own body "Ban đại diện Hội đồng quản trị …" (read as "Hội đồng quản
                               trị …": "đại diện" after "Ban" ends the name; adding it to name_words.tsv did not reach it, withdrawn)
    so_nnmt_kiem_ke_khi_nha_kinh Sở Nông nghiệp và Môi trường Quảng Ninh plan (245/KH-SNNMT, 03/2026) on greenhouse-gas inventory and
                               emission reduction of the listed facilities 2026 - 2030 (s33b, held out): 06/2022/NĐ-CP amended by
                               119/2025/NĐ-CP, 13/2024/QĐ-TTg (again in a footnote), a titled strategy; footnotes "¹" (after "danh
                               mục") and "[2]" (after a target's "55%"); the first inventory's results ("41/72 cơ sở", "18,6 triệu
                               tấn CO2tđ": none); "Năm 2026 có ít nhất 60 cơ sở …; đến năm 2027 toàn bộ 72 cơ sở …", "không quá 5%",
                               "giảm ít nhất 9% so với kịch bản … (BAU), tương đương giảm tối thiểu 1,2 triệu tấn CO2tđ", "giảm bình
                               quân 1,5 - 2%/năm", "Duy trì … trên 55%[2]", "2. Định hướng đến năm 2035", "phát thải ròng bằng "0"
                               vào năm 2050" (none); outputs ("ít nhất 20 cơ sở mỗi năm"); four companies named after "Các cơ sở
                               thuộc danh mục, trong đó có …", a national group after "Đề nghị"; an appendix with units in the
                               headers ("(nghìn tấn CO2tđ)", "(%)"), "≥ 9", "≤ 5%" and a time column ("Quý II/2026"); "trước ngày 31
                               tháng 3 hằng năm", "trước ngày 01 tháng 12 hằng năm", a bare "trong quý III", "trước ngày 25 hằng
                               tháng", "định kỳ hằng năm tổ chức sơ kết", "định kỳ 2 năm một lần" (none); start (bc3897b): targets 0.636 / deadlines 0.800 /
                               bodies 0.714 / refs 1.000; canonical share 25.0% (20 targets); end (s33b): 0.667 / 1.000 / 0.714 / 1.000,
                               share 23.8% (21 targets); left: the appendix (8 misses, 4 extras: no year in its caption, "Mức giảm so
                               với BAU đến năm 2030 (%)" a measure whose year the header ends with, "Sai số số liệu hoạt động" read
                               as a task column for its "hoạt động": the rows read as label-value lines), "toàn bộ 72 cơ sở thuộc
                               danh mục hoàn thành" (named from its own clause, the gold from the one before), the footnote's current
                               count "có 72 cơ sở" (an extra), the four companies after "Các cơ sở thuộc danh mục, trong đó có …:"
                               ("cơ sở" is no collective noun; adding it took "Sở Y tế và các cơ sở y tế trực thuộc:" out of a body's
                               heading in tests/test_bodies.py: withdrawn)
    the three s33b plans together at the start (bc3897b): 0.753 / 0.807 / 0.870 / 1.000 (targets tp 61, 73 extracted, 89 gold);
                               canonical share 35.6% (73 targets)
    s33b after its fixes (end): the three plans 0.903 / 0.970 / 0.870 / 1.000 (targets tp 79, 86 extracted, 89 gold; deadlines
                               tp 32 of 34); canonical share 41.9% (86 targets). Fixed, by class: a share column whose header writes
                               no unit, each cell its own "%" with or without a bound ("Tỷ lệ nợ quá hạn" over "< 0,3%", fadf707);
                               the items under a line ending in "trong đó:" are the parts of its last value ("+ lĩnh vực y tế giảm
                               tối thiểu 7%", "b) ngân sách cấp xã 15 tỷ đồng"; not a budget's labelled line, e6e2a3c); a restated
                               value after "tương ứng/tương đương" with the change's verb again (ef583e5); "nhận kết luận" without
                               "được" (9491b1b); a schedule of reviews after ";" (93b0b53); "đến hết năm 2027" closing an action's
                               clause, ", hoàn thành … năm …" after a delivery with a figure (8d318da); a quarter without a year
                               after a cue (5e51813); "sáp nhập", "hợp nhất" before a count (1981294). Gold corrected (f4c89c1): a
                               schedule's yearly review, the unit "triệu tCO2tđ". All 197 plans 0.961 / 0.971 / 0.985 / 0.995 ->
                               0.963 / 0.973 / 0.985 / 0.995 (targets tp 5667 -> 5685, deadlines 2306 -> 2315 of 2442; only the three
                               s33b plans changed by each fix); seeds, dev unchanged; field rows SAME, wide +1 deadline row (a
                               monthly review after ";", 63debdbe3828873d).
    tinh_bau_cu_dai_bieu_quoc_hoi_hdnd  UBND tỉnh Lâm Đồng plan (318/KH-UBND, 11/2025; TM. UBND / CHỦ TỊCH) organising the
                               election of deputies to the 16th Quốc hội and the HĐND at every level, term 2026 - 2031, after the
                               two-tier reform (s33a, held out, written blind): the election law cited on its own and by its amending
                               law, then "theo Luật Bầu cử" (the same law); 2021 results (none), "hiện có 1.846 khu vực bỏ phiếu"
                               (none); "đạt trên 98%", "không có khu vực bỏ phiếu nào dưới 95%" (every area at least 95%), "Bầu đủ
                               10 đại biểu Quốc hội … và 60 đại biểu Hội đồng nhân dân tỉnh", the council's structure ("từ 35% trở
                               lên", "không dưới 18%", "ít nhất 10%", "khoảng 15%"; "dưới 40 tuổi" an age), outputs ("ít nhất 03 hội
                               nghị", "tối thiểu 05 buổi", "40 chuyên mục, phóng sự"); deadlines counted from the election ("chậm
                               nhất 105 / 70 / 40 / 35 / 20 ngày trước ngày bầu cử", "chậm nhất 10 ngày sau ngày bầu cử") and from
                               other events ("trong thời hạn 05 ngày kể từ ngày nhận được khiếu nại") next to calendar ones
                               ("ngày 15 tháng 3 năm 2026", "trước ngày 05 tháng 12 năm 2025"), "vào thứ Năm hằng tuần"; the
                               councils' term "nhiệm kỳ 2026 - 2031" in the title is no period of the plan; Ủy ban bầu cử tỉnh, Ủy
                               ban bầu cử ở xã, phường, Công an tỉnh, Ủy ban MTTQ tỉnh after "Đề nghị" and in the chủ trì column; the
                               appendix a DOCX table with " | " cells, its header over two lines ("Thời gian / thực hiện", "Cơ quan /
                               chủ trì"), merged cells blank and a second partner on a row of its own
    tinh_tuyen_chon_goi_cong_dan_nhap_ngu  Hội đồng nghĩa vụ quân sự tỉnh Tây Ninh plan (27/KH-HĐNVQS, 10/2026; signed by the
                               council's chairman, PHÓ CHỦ TỊCH UBND TỈNH) on calling up citizens for the army and the police service
                               in 2027 (s33a, held out): 2026 results with percentages and a count (none); "Giao 1.250 công dân …,
                               trong đó: … 1.130 công dân; … 120 công dân", "sức khỏe loại 1, loại 2 chiếm trên 60%", "chiếm từ 4% trở
                               lên", "dưới 0,2% tổng số giao quân", "khoảng 5.600 công dân", "gấp 4 đến 5 lần chỉ tiêu", "mỗi xã,
                               phường … ít nhất 01 buổi", a support norm "3 triệu đồng/người" and "không quá 01 giờ" (none); periods
                               "từ ngày 01/11 đến ngày 25/11/2026" and "từ ngày 01 tháng 12 đến ngày 31 tháng 12 năm 2026", "Chậm
                               nhất 15 ngày trước ngày giao quân", "trong thời hạn 10 ngày kể từ ngày nhận được Quyết định giao chỉ
                               tiêu", "vào ngày 04 tháng 3 năm 2027", "trước ngày 25 hằng tháng", "định kỳ hằng tuần … báo cáo nhanh"
                               (none); the Bộ Chỉ huy Quân sự tỉnh "(Cơ quan Thường trực Hội đồng)", Hội đồng nghĩa vụ quân sự, Ban
                               Chỉ huy Quân sự, Công an and Chủ tịch UBND "các xã, phường", Tỉnh đoàn; a per-commune quota as a DOCX
                               tab table, "Chỉ tiêu giao quân (công dân)" merged over "Tổng số | Quân đội | Công an" on a second header
                               line, "Các xã, phường còn lại", "Tổng cộng", a time column
    bcd_xoa_nha_tam_nha_dot_nat  Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Điện Biên plan (09/KH-BCĐ, 01/2026; KT.
                               TRƯỞNG BAN / PHÓ TRƯỞNG BAN / PHÓ CHỦ TỊCH UBND TỈNH) on removing temporary and dilapidated houses
                               2026 - 2027 (s33a, held out): 2025 results and the households the review found (none); "Hỗ trợ xóa
                               1.195 căn nhà tạm, nhà dột nát, trong đó xây mới 815 căn, sửa chữa 380 căn" (unit "căn", the
                               classifier), "Đến hết quý II/2026, hoàn thành ít nhất 60% số căn", "đạt ít nhất 25 tỷ đồng", money per
                               unit the plan raises ("bình quân mỗi căn xây mới huy động thêm … khoảng 15 triệu đồng/căn") beside
                               support norms ("xây mới 60 triệu đồng/căn", "mức vay tối đa 50 triệu đồng/hộ": none), a house's
                               specification ("tối thiểu 30 m²", "từ 20 năm trở lên": none), the plan's funding 60.300 triệu đồng and
                               its parts (none), "3. Mục tiêu năm 2027: Hỗ trợ khoảng 320 căn", outputs in the task list ("ít nhất
                               3.000 ngày công", "20.000 ngày công", "tối thiểu 500 hộ"); "trong thời hạn 07 ngày làm việc kể từ ngày
                               nhận đủ hồ sơ", "Chậm nhất 10 ngày sau khi hoàn thành", "trước ngày 20 hằng tháng"; a per-commune
                               allocation as a DOCX table with " | " cells, "Số căn hỗ trợ (căn)" merged over "Tổng số | Xây mới |
                               Sửa chữa", a money column "(triệu đồng)", a time column, "Tổng cộng", and a "Ghi chú" with the norm
    the three s33a plans at the start (bc3897b): tinh_bau_cu_dai_bieu_quoc_hoi_hdnd targets 0.769 / deadlines 0.667 / bodies
                               0.923 / refs 0.923, canonical share 25.0% (12 targets); tinh_tuyen_chon_goi_cong_dan_nhap_ngu 0.491 /
                               0.870 / 0.923 / 1.000, share 6.2% (16 targets); bcd_xoa_nha_tam_nha_dot_nat 0.213 / 0.957 / 1.000 /
                               1.000, share 36.4% (11 targets); together 0.444 / 0.829 / 0.941 / 0.966 (targets tp 28, 39 extracted,
                               87 gold); canonical share 20.5% (39 targets)
    s33a after its fixes (end): tinh_bau_cu_dai_bieu_quoc_hoi_hdnd 0.769 / 0.966 / 0.923 / 0.923 (share 25.0%, 12 targets),
                               tinh_tuyen_chon_goi_cong_dan_nhap_ngu 1.000 / 0.960 / 1.000 / 1.000 (24.3%, 37),
                               bcd_xoa_nha_tam_nha_dot_nat 0.817 / 0.957 / 1.000 / 1.000 (11.4%, 35); together 0.889 / 0.961 / 0.971
                               / 0.966 (targets tp 76, 84 extracted, 87 gold; share 19.0%, 84 targets). Fixed, by class: DOCX
                               tables whose header spans two rows with the cells kept in place ("Số căn hỗ trợ (căn)" | "" | "" over
                               "Tổng số | Xây mới | Sửa chữa"; " | " rows with empty outer cells are no markdown rows; f399c95);
                               deadlines counted from the election's or the call-up's day and the end of the health examination
                               ("chậm nhất 70 ngày trước ngày bầu cử", "Chậm nhất 15 ngày trước ngày giao quân", 52c6258); the plan's
                               word inside a result measured against it (", đạt 100% chỉ tiêu; đảng viên chiếm 4,1%") pledges nothing
                               in a report (1466e2e); the term an election is for ("nhiệm kỳ 2026 - 2031") is no period of the plan
                               (8661dbd); "Hội đồng nghĩa vụ quân sự" named by its level, and a body after a plan's time limit or due
                               day opening its clause ("Chậm nhất 15 ngày trước ngày giao quân, Chủ tịch UBND các xã, phường …",
                               "Trước ngày 15/12/2026, Sở Y tế …"). The 194 older plans 0.964 / 0.973 / 0.986 / 0.995 before and after
                               every fix (tp/pred identical); seeds, dev unchanged; rows: seeds SAME, field the text of 034 (empty
                               cells kept) and two election documents' period (none now), wide +4 bodies (three bodies after "Trước
                               ngày …," and a collective). Left: "Bầu đủ 10 đại biểu Quốc hội … và 60 đại biểu …" (missed), "không
                               có khu vực bỏ phiếu nào dưới 95%" (indicator, comparator), units "căn nhà" for the gold's "căn" (the
                               older gold writes "căn nhà" for "12 căn nhà", "4.500 căn nhà ở": my gold's "căn" there may be the odd
                               one), "chuyên mục" for "chuyên mục, phóng sự", "khoảng 15 triệu đồng/căn" and "3.000 / 20.000 ngày
                               công" missed, a house's specification "tối thiểu 30 m²" and the funding total 60.300 triệu đồng read
                               as targets, "theo Luật Bầu cử" read as its own reference; "Ủy ban bầu cử tỉnh" (a name in names.tsv
                               took it but also four cells of a spending-norm table in wide's 82/2025/NQ-HĐND: withdrawn) and "Ủy
                               ban bầu cử ở xã, phường" ("ở" before a level); procedure steps counted from a file's, a complaint's
                               or a decision's receipt (left by design, s20d/s29i).
    tinh_thuc_hanh_tiet_kiem_chong_lang_phi_2026  UBND tỉnh Phú Thọ plan (95/KH-UBND, 01/2026; TM. / KT. CHỦ TỊCH) on
                               practising thrift and fighting waste in 2026 (s34a, held out, written blind), as the portal
                               crawl (Trafilatura markdown) gives it: the letterhead a table of cells one per line between "|"
                               lines, "**" bold broken over lines, hard wraps mid-phrase ("ít nhất / 12%", "trên 60 / % tổng
                               số", "giảm ít nhất 20 / xe", "Sở Tài / chính", "quý / II/2026"), *italic* asides; 2025 results
                               (312,4 tỷ đồng, "giảm 18%", 91,2%: none); "Phấn đấu tiết kiệm ít nhất 12% dự toán chi thường
                               xuyên", "Giảm tối thiểu 15% … so với năm 2025", "Giảm từ 10% đến 12%", "đạt từ 95% trở lên",
                               "Phấn đấu 100% cơ sở nhà, đất dôi dư … trong đó … ít nhất 120 cơ sở", "đạt trên 90%, cấp xã đạt
                               trên 80%", "không để phát sinh nợ đọng" (none); report dates, "định kỳ hằng quý báo cáo" (none),
                               "Định kỳ 6 tháng, hằng năm tổ chức sơ kết" (half_yearly and yearly, as field 031's gold); Nơi
                               nhận and signature as cells; the appendix a task table one cell per line (STT | Nhiệm vụ | Chủ
                               trì | Phối hợp | Thời gian: "Quý I/2026", "Năm 2026", "Tháng 6/2026", "Thường xuyên"; "ít nhất
                               06 cuộc thanh tra" in a task cell); start (b98c4d8): targets 0.783 / deadlines 1.000 / bodies
                               1.000 / refs 1.000; canonical share 18.2% (11 targets); end (s34a): 1.000 / 1.000 / 1.000 /
                               1.000, share 16.7% (12 targets); left: none
    tinh_kinh_te_tap_the_hop_tac_xa_2026_2030  UBND tỉnh Thanh Hóa plan (210/KH-UBND, 03/2026) on the collective economy and
                               cooperatives 2026 - 2030 (s34a, held out, written blind), crawl-shaped as above ("5,5 tỷ /
                               đồng/năm", "đạt trên / 180.000 thành viên", "Sở Nông nghiệp và Môi / trường", "Liên minh Hợp /
                               tác xã tỉnh"); a Tờ trình after "Xét đề nghị"; 2021 - 2025 results (none); under "MỤC TIÊU ĐẾN /
                               NĂM 2030": "ít nhất 1.450 hợp tác xã và 15 liên hiệp hợp tác xã, tăng thêm 235 hợp tác xã so với
                               năm 2025; mỗi năm thành lập mới ít nhất 60" (year null), "từ 75 đến 80 triệu đồng/người/năm",
                               "giảm … xuống dưới 5%", "duy trì 40 sản phẩm OCOP … đạt 4 sao"; "Năm 2028 tổ chức sơ kết giữa
                               kỳ, năm 2030 tổng kết", "định kỳ hằng năm (trước ngày 15/12)", "báo cáo … định kỳ 6 tháng"
                               (none), "Thời gian thực hiện: giai đoạn 2026 - 2030" at the end; the Liên minh HTX, the Mặt trận
                               and the Hội Nông dân after "Đề nghị"; the appendix an indicator table one cell per line (STT |
                               Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Năm 2026 | Năm 2028 | Năm 2030; labels wrapped in
                               their cells); start (b98c4d8): targets 0.960 / deadlines 0.800 / bodies 1.000 / refs 1.000;
                               canonical share 60.0% (25 targets); end (s34a): 1.000 / 1.000 / 1.000 / 1.000, share 60.0% (25
                               targets); left: the comparator of "ít nhất 1.450 hợp tác xã và 15 liên hiệp hợp tác xã" (the
                               second count eq, not ge), the issuer of "Nghị quyết số 20-NQ/TW ngày … Hội nghị lần thứ năm Ban
                               Chấp hành Trung ương Đảng khóa XIII" (no "của" before it: none read)
    tinh_phat_dong_phong_trao_thi_dua_2026  UBND tỉnh Hưng Yên plan (31/KH-UBND, 02/2026; TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH)
                               launching the 2026 emulation movement (s34a, held out, written blind), crawl-shaped as above,
                               bold body headings broken over lines ("**4. Báo và Phát thanh, Truyền hình Hưng / Yên**"), wraps
                               in dates ("đến ngày / 30/4/2026", "đến hết / tháng 12/2026"); 2025 results (none); the restated
                               main indicators ("đạt từ 8,5% trở lên", "trên 38.500 / tỷ đồng", "có thêm 12 xã", "giảm còn dưới
                               1%", "duy trì … trên 90%"), a peak round for an anniversary ("80 năm": none), award quotas ("01
                               đơn vị dẫn đầu", "không quá 20 tập thể, 30 cá nhân": none); registration, 6-month and year
                               reports, "trước ngày 05 tháng 12 hằng năm", "định kỳ hằng quý báo cáo" (none); the Hội đồng Thi
                               đua - Khen thưởng tỉnh, "Sở Nội vụ *(Ban Thi đua - Khen thưởng)*", the Khối thi đua
                               (collectives); the appendix a schedule one cell per line ("ít nhất 10 / cơ quan, đơn vị, địa
                               phương" inspected); start (b98c4d8): targets 1.000 / deadlines 1.000 / bodies 1.000 / refs
                               1.000; canonical share 87.5% (8 targets); end (s34a): 1.000 / 1.000 / 1.000 / 1.000, share 87.5%
                               (8 targets); left: none
    the three s34a plans together at the start (b98c4d8): 0.921 / 0.960 / 1.000 / 1.000 (targets tp 41, 44 extracted, 45 gold);
                               canonical share 54.5% (44 targets). Gold aligned with a precedent after a first run, before this
                               commit: "Định kỳ 6 tháng, hằng năm … sơ kết" gives a yearly review beside the half-yearly one
                               (field 031's gold).
    qd_phat_trien_khu_cum_cong_nghiep  UBND tỉnh Phú Thọ decision (2157/QĐ-UBND, 12/2025; TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ
                               TỊCH) issuing its plan for industrial parks and clusters 2026 - 2030, AS THE PORTAL CRAWL GIVES IT
                               (s34b, held out, written blind): letterhead as cells between "|" lines, bold broken over lines
                               ("**I.⏎MỤC ĐÍCH, YÊU CẦU**"), *italic* bases, hard breaks at 62 - 86 characters anywhere (a value's
                               unit, its year, a body's name split), Điều 1 - 3 ("Giám đốc các sở: Công Thương, Tài chính, …",
                               "Chánh Văn phòng …"), Nơi nhận and signature as cells, then the plan after "(Ban hành kèm theo Quyết
                               định số …)"; 2021 - 2025 results (none); "đạt từ 75% trở lên; các cụm công nghiệp đạt trên 65%", a
                               route "năm 2026 đạt 62%, năm 2028 đạt 70%", "Thành lập mới 04 … khoảng 1.250 ha; mở rộng 02 … thêm
                               310 ha", "khoảng 6 tỷ USD và 45.000 tỷ đồng", "tăng bình quân 12 - 14%/năm", "Duy trì 100% …", "Rút
                               ngắn ít nhất 30% … so với năm 2025", "không để phát sinh …" (none), outputs in the task list; a
                               Tờ trình; "trước ngày 15 tháng 12 hằng năm", "Định kỳ 6 tháng, hằng năm tổ chức sơ kết", "năm 2028
                               sơ kết giữa kỳ", "định kỳ hằng quý báo cáo" (none); an appendix task table one cell per line
                               (STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian hoàn thành | Sản phẩm) with bold group rows ("** I"),
                               a product "09 trạm xử lý nước thải", times "Quý I/2026", "2026 - 2028", "Tháng 12/2027", "Năm 2026"; start (b98c4d8): targets 0.837 / deadlines
                               0.957 / bodies 1.000 / refs 1.000; canonical share 38.1% (21 targets); end (s34b): 0.884 / 0.957 / 1.000 / 1.000,
                               share 42.9% (21 targets); left: "mở rộng 02 khu công nghiệp thêm 310 ha theo Quy hoạch tỉnh" (the
                               area after "thêm" named "theo Quy hoạch tỉnh", not the size of the count before it), "… vào các
                               khu, cụm công nghiệp giai đoạn 2026 - 2030 đạt khoảng 6 tỷ USD và 45.000 tỷ đồng" (the period left in
                               the name makes it too long and it is cut at "khu,"; the second value in another currency after "và"
                               missed), "năm 2028 sơ kết giữa kỳ" (a bare year opening a review clause: WHEN_RE reads "năm 2028"
                               only after a cue, and "Năm 2028" with a capital not at all; no such clause in field, wide, seeds or
                               the other 206 plans), the table's "Thành lập mới 04 khu công nghiệp" dated by the plan, not by its
                               row's "2026 - 2028" (year only)
    so_nnmt_kiem_ke_dat_dai    Sở Nông nghiệp và Môi trường Quảng Trị plan (1875/KH-SNNMT, 03/2026; KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC)
                               for the land inventory and current land-use maps of 2026 by the communes after the two-tier reform
                               (s34b, held out, written blind), in the crawl shape: 78 communes "(69 xã, 08 phường và đặc khu Cồn
                               Cỏ)" as scope (none), the inventory's reference day "tính đến hết ngày 31 tháng 12 năm 2025" (no
                               deadline), 2024 results in ha and % (none); "tại 78/78 xã, phường, đặc khu", "đạt ít nhất 95%", "không
                               vượt quá 0,5%", map scales "tỷ lệ 1/10.000", "1/100.000" (no fractions), "đạt 85% trong năm 2026 và
                               100% vào năm 2027", "02 lớp … khoảng 240 người"; the plan's funding (none); a dated schedule commune
                               to province ("trước ngày 31/3/2026", "từ ngày 01/4/2026 đến ngày 15/6/2026", "Trong thời hạn 05
                               ngày làm việc kể từ ngày nhận hồ sơ", "trong tháng 8/2026", "trước ngày 30 tháng 9 năm 2026",
                               "trước ngày 25 hằng tháng", "định kỳ hằng tuần báo cáo nhanh" (none)); the issuer's own units (Chi
                               cục Quản lý đất đai, Văn phòng Đăng ký đất đai), "Đề nghị Sở Tài chính …; Sở Nội vụ …", "Bộ Chỉ huy
                               Quân sự tỉnh, Công an tỉnh"; a schedule table one cell per line ("01/4 - 15/6/2026", "Tháng 9/2026"); start (b98c4d8): targets 0.636 /
                               deadlines 0.947 / bodies 1.000 / refs 1.000; canonical share 15.4% (13 targets); end (s34b): 0.857 / 0.947 / 1.000 /
                               1.000, share 16.7% (12 targets); left: the purpose's "78 đơn vị hành chính cấp xã mới (69 xã, 08
                               phường và đặc khu Cồn Cỏ)" read as three targets (a count of the units, no commitment),
                               "Trong thời hạn 05 ngày làm việc kể từ ngày nhận hồ sơ" (a procedure's step, by design)
    tinh_sat_lo_bo_song_bo_bien  UBND tỉnh Cà Mau plan (318/KH-UBND, 01/2026) against river-bank and coastal erosion 2026 - 2030
                               (s34b, held out, written blind), in the crawl shape: a law and its amending law, a Government
                               resolution, a decision approving a titled Đề án; 2021 - 2025 results ("46 công trình kè … 62,4 km",
                               "khoảng 180 ha/năm", "118 điểm"; none); "ít nhất 48 km kè bờ biển và 35 km kè bờ sông; trong đó năm
                               2026 hoàn thành 14 km, năm 2027 hoàn thành thêm 20 km", "dưới 50 ha/năm", "khoảng 2.300 hộ …, trong
                               đó giai đoạn 2026⏎- 2027 ưu tiên di dời 1.200 hộ" (a wrapped range whose second year opens a line
                               with "- "), "tăng thêm 12 trạm", "không để xảy ra thiệt hại về người" (none); the plan's funding and
                               its parts (none); "trước ngày 31/5 hằng năm", "trong tháng 6 hằng năm", "trước ngày 20 tháng 11 hằng
                               năm", "vào quý IV/2030"; a project list one cell per line (Tên công trình | Địa điểm | Chiều dài |
                               Kinh phí (tỷ đồng) | Thời gian thực hiện) with lengths "8,5 km", "5.200 m" (targets) and costs (none); start (b98c4d8): targets 0.759 / deadlines 1.000 /
                               bodies 1.000 / refs 1.000; canonical share 0.0% (14 targets); end (s34b): 1.000 / 1.000 / 1.000 / 1.000, share 0.0% (15
                               targets)
    the three s34b plans together at the start (b98c4d8): 0.766 / 0.969 / 1.000 / 1.000 (targets tp 36, 48 extracted, 46
                               gold; deadlines tp 31 of 33); canonical share 20.8% (48 targets)
    bo_noi_vu_luat_can_bo_cong_chuc  Bộ Nội vụ plan (4127/KH-BNV, 8/2026; KT. BỘ TRƯỞNG / THỨ TRƯỞNG) implementing the amending law
                               on cadres and civil servants (s34d, held out, written blind), in the portal crawl's shape: letterhead and
                               signature as cells between "|" lines, bold headings broken over lines ("**I. MỤC⏎ĐÍCH, YÊU CẦU**"),
                               hard breaks inside sentences; 2025 results (none), "Phấn đấu 100% văn bản … trước ngày 31 tháng 12 năm
                               2026", "Trong năm 2026, bảo đảm 100% …", "đạt ít nhất 99%", outputs ("ít nhất 03 lớp", "01 bộ tài liệu",
                               "ít nhất 02 tin, bài mỗi tháng"); dates, months and quarters, "trước ngày 15 tháng 6 và ngày 15 tháng 12
                               hằng năm", "định kỳ hằng quý … báo cáo" (none); the ministry's Vụ, Văn phòng Bộ, Thanh tra Bộ, "Đề nghị
                               Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", "các Bộ, cơ quan ngang Bộ, cơ quan thuộc
                               Chính phủ" (a collective); the appendix of detailed-rule decrees one cell per line (Chủ trì | Phối hợp
                               | Thời hạn trình)
    tu_chuong_trinh_hanh_dong_suc_khoe_nq72  Ban Thường vụ Tỉnh ủy Hà Tĩnh programme of action (41-CTr/TU, 11/2026) carrying out
                               72-NQ/TW on the people's health (s34d, held out, written blind), crawl shape ("ĐẢNG BỘ TỈNH …",
                               "ĐẢNG CỘNG SẢN VIỆT NAM" as cells): 2025 results then "Phấn đấu đến năm 2030:" with "Có trên 97%",
                               "tăng thêm ít nhất 400 bác sĩ so với năm 2025, đạt 19 bác⏎sĩ/vạn dân", "đạt 75,5 tuổi", "xuống dưới
                               15%", "đạt từ 90 - 95%", "giảm ít nhất 10% so với", "Duy trì 100%", "không để dịch bệnh lớn xảy ra"
                               (no value); targets in the task list ("12 trạm … trong giai đoạn 2026 - 2028", "ít nhất 150 bác sĩ");
                               "quý⏎I/2027", "trước ngày 15 tháng 12 hằng năm", "Hằng năm, Ban Thường vụ Tỉnh ủy đánh giá" (a
                               recurring review), "sơ kết vào quý IV/2028"; Party bodies ("Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban
                               nhân dân tỉnh", Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy, "Các đảng ủy xã, phường");
                               a per-year indicator table one cell per line with a "Thực hiện năm 2025" column
    hdnd_ke_hoach_dau_tu_cong_trung_han  HĐND tỉnh Tuyên Quang resolution (38/NQ-HĐND, 12/2025; CHỦ TỊCH) on the medium-term
                               public investment plan 2026 - 2030 (s34d, held out, written blind), crawl shape: "QUYẾT NGHỊ:" then
                               Điều 1-4; 2021 - 2025 results (none); "đạt khoảng 420.000 tỷ đồng", "bình quân 10%/năm trở lên", "hằng
                               năm đạt trên 95%", "không quá 150 dự án", "tối thiểu 15%"; the adopted capital (48.650 tỷ đồng, "gồm:"
                               a) / b), "trong đó dự phòng chung 3.120⏎tỷ đồng") as hdnd_du_toan_ngan_sach reads it; a money table
                               one cell per line under "*Đơn vị: triệu đồng*" with a 2021 - 2025 column (none), bold group rows broken
                               inside the cell and an empty STT cell on the total row; Sở Tài chính with Kho bạc Nhà nước khu vực VIII,
                               the council's standing committee and boards, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    the three s34d plans at the start (b98c4d8): bo_noi_vu_luat_can_bo_cong_chuc targets 0.833 / deadlines 0.957 / bodies 0.842 /
                               refs 1.000, canonical share 50.0% (6 targets); tu_chuong_trinh_hanh_dong_suc_khoe_nq72 0.981 / 0.923 /
                               0.923 / 1.000, share 84.6% (26 targets); hdnd_ke_hoach_dau_tu_cong_trung_han 1.000 / 1.000 / 1.000 /
                               0.909, share 64.7% (17 targets); together 0.970 / 0.955 / 0.915 / 0.960 (targets tp 48, 49 extracted,
                               50 gold); canonical share 73.5% (49 targets)
    tinh_trat_tu_an_toan_giao_thong_2026  UBND tỉnh Phú Thọ plan (38/KH-UBND, 01/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)
                               on road-traffic order and safety in 2026 (s34e, held out, written blind), in the portal crawl's
                               shape (letterhead cells between "|" lines, "**I. MỤC⏎ĐÍCH, YÊU CẦU**", prose wrapped mid-phrase
                               at 60 - 90 characters: "so với năm⏎2025", "trong quý⏎III/2026", "tổ⏎chức sơ kết"): 2025 results (none);
                               "giảm từ 5% đến 10% trên cả 3 tiêu chí số vụ, số người chết, số người bị thương so với năm 2025"
                               (three rows, one a criterion), "Phấn đấu 100% …", "đạt ít⏎nhất 95%", "tối thiểu 14 điểm đen",
                               "tăng thêm 20% so với năm 2025", "duy trì 100%", outputs (80 buổi, "mỗi xã, phường … ít nhất 01 mô
                               hình"); monthly campaigns ("Từ ngày 15/01/2026 đến ngày 05/3/2026", "Tháng 5/2026", "Tháng 9/2026"),
                               "Định kỳ 6 tháng, hằng năm … tổ chức sơ kết, tổng kết" (two reviews), "trước ngày 15 hằng tháng",
                               "định kỳ hằng quý báo cáo" (none); Ban An toàn giao thông tỉnh, Công an tỉnh, Tỉnh đoàn, the Front
                               after "Đề nghị"; the appendix task table one cell per line (STT | Nhiệm vụ | Chủ trì | Phối hợp |
                               Thời gian), the 14 black spots restated in a row
    tinh_lam_nghiep_ben_vung_go_lon  UBND tỉnh Tuyên Quang plan (126/KH-UBND, 03/2026) on sustainable forestry and
                               large-timber plantations 2026 - 2030 (s34e, held out, written blind), crawl shape: 2021 - 2025
                               results (none); "duy trì ổn định trên⏎65%", "tăng bình quân từ 6 đến 7%/năm", "Giai đoạn 2026 -
                               2030, trồng mới khoảng 60.000 ha …, bình quân⏎12.000 ha/năm, trong đó trồng rừng gỗ lớn⏎18.000 ha",
                               "đạt ít nhất 70.000⏎ha", "có thêm 15 doanh nghiệp … FSC-CoC", "1,6 triệu⏎m³/năm", "giảm ít nhất 30%
                               số vụ vi phạm … so với giai⏎đoạn 2021 - 2025"; phases "Giai đoạn 2026 - 2027: hoàn thành …;
                               giai đoạn 2028 - 2030: …", "trước ngày 15/12 hằng năm", "quý⏎IV/2028"; a decree and its amending
                               decree; a company and the Chi cục Kiểm lâm as bodies; the appendix a number table one cell per
                               line without STT (Chỉ tiêu | ĐVT | Năm 2026 … Năm 2030 | "Giai đoạn⏎2026 - 2030"), a "Trong đó:"
                               row, cells "-"
    xa_nong_thon_moi_nang_cao_2026  UBND xã Tân Phong (Thái Nguyên) plan after the two-tier reform (45/KH-UBND, 02/2026;
                               TM. UBND / CHỦ TỊCH) to reach the advanced new-rural standard in 2026 (s34e, held out, written
                               blind), crawl shape: the current state (15/19 tiêu chí, 03 thôn: none); "đạt 19/19 tiêu chí",
                               "đạt từ 64 triệu⏎đồng/người/năm trở lên", "giảm còn 1,3%", "Có thêm 02 thôn … nâng tổng số lên⏎05/14
                               thôn", "ít nhất 01 sản phẩm OCOP đạt 4 sao"; the plan's funding and its parts (none, rev4); two
                               phases "từ tháng 02 đến tháng 6/2026", "định kỳ hằng quý họp đánh giá" (a review without a day),
                               "trước ngày 25 hằng tháng"; the commune's Ban Chỉ đạo, Phòng Kinh tế, Phòng Văn hóa - Xã hội,
                               Văn phòng HĐND và UBND xã, Trung tâm Phục vụ hành chính công xã; the appendix a criteria table one
                               cell per line (Tiêu chí (unit) | Chỉ tiêu | Hiện trạng | "Kế hoạch⏎2026"): only the plan's column
                               is a target (the standard's "≥ 62", "≤ 1,5" and the baseline none)
    the three s34e plans at the start (b98c4d8): tinh_trat_tu_an_toan_giao_thong_2026 targets 0.800 / deadlines 1.000 / bodies
                               1.000 / refs 1.000, canonical share 22.2% (9 targets); tinh_lam_nghiep_ben_vung_go_lon 0.969 / 1.000 /
                               1.000 / 1.000, share 53.1% (32 targets); xa_nong_thon_moi_nang_cao_2026 0.929 / 0.923 / 1.000 / 0.857,
                               share 64.3% (14 targets); together 0.929 / 0.983 / 1.000 / 0.957 (targets tp 52, 55 extracted, 57
                               gold); canonical share 50.9% (55 targets)
    s34a after its fixes (end): the three plans 1.000 / 1.000 / 1.000 / 1.000 each (targets tp 45, 45 extracted, 45 gold; share
                               53.3%, 45 targets). Fixed, by class: a level of government as the subject of a part's verb after
                               a whole's value ("… đạt trên 90%, cấp xã đạt trên 80%", rule_area_part; not a level that
                               qualifies a count, 0572d6a); a year that opens a clause before the review it schedules, with no
                               cue ("Năm 2028 tổ chức sơ kết giữa kỳ, năm 2030 tổng kết", rule_year_review, 8856a2b); a crawl's
                               line end before a value's sign ("trên 60⏎% tổng số", 2e72d3e); the bodies listed after an acting
                               body act with it ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh mỗi năm hỗ trợ …", badef55);
                               "liên hiệp hợp tác xã" and "tổ hợp tác" as count units (Luật Hợp tác xã 2023, 0542a4b); the time
                               that closes a whole's clause before ", trong đó …" (27173c7); "ở mức" before a share is a level,
                               not a place (1f53888). All 209 plans 0.962 / 0.972 / 0.985 / 0.995 -> 0.963 / 0.973 / 0.985 /
                               0.995 (targets tp 6017 -> 6023, pred 6201 -> 6202; deadlines tp 2435 -> 2437, pred 2440 ->
                               2442); the 206 older plans: targets tp 5976 -> 5978 (hoi_phu_nu_chuong_trinh_cong_tac's "50 tổ
                               hợp tác", tinh_ocop_cong_thong_tin's "05 tổ hợp tác, hợp tác xã"), all else unchanged; seeds and
                               dev unchanged; rows SAME on seeds, field and wide after every commit.
    s34b after its fixes (end): the three plans 0.915 / 0.969 / 1.000 / 1.000 (targets tp 43, 48 extracted, 46 gold); canonical
                               share 22.9% (48 targets). The crawl's shape itself cost nothing: the same three plans with their
                               lines joined gave the same misses and extras at the start. Fixed, by class: a list of works'
                               "Chiều dài" column is its quantity, as "Quy mô" is (02d8183); a map's or a plan drawing's scale
                               ("tỷ lệ 1/10.000", "1/1.000 và 1/2.000") is no value, "bản đồ" one count noun (9627352); a route
                               opened by "Lộ trình:", "Cụ thể:", "Phân kỳ:" goes on the target before (17ee4b3); a year in the
                               breakdown after a value ("…, trong đó năm 2026 …") dates the part, not the whole (e101dc6); verbs
                               joined by commas share the value after them ("Trồng mới, phục hồi 1.500 ha rừng", "Nâng cấp, cải tạo
                               25 km đường", 378334f). All 209 plans 0.961 / 0.972 / 0.985 / 0.995 -> 0.962 / 0.972 / 0.985 / 0.995
                               (targets tp 6012 -> 6019, pred 6205 -> 6205); seeds, dev unchanged; rows: seeds SAME, field one
                               target's name ("Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực …"), wide SAME.
    s34e after its fixes (end): tinh_trat_tu_an_toan_giao_thong_2026 1.000 / 1.000 / 1.000 / 1.000 (share 45.5%, 11 targets),
                               tinh_lam_nghiep_ben_vung_go_lon 1.000 / 1.000 / 1.000 / 1.000 (53.1%, 32), xa_nong_thon_moi_nang_cao_2026
                               1.000 / 1.000 / 1.000 / 1.000 (60.0%, 15); together 1.000 / 1.000 / 1.000 / 1.000 (targets tp 58 of 58;
                               share 53.4%, 58 targets). The crawl's shape itself cost nothing (cells, bold over lines, wraps inside
                               units, dates and names were all joined by the normaliser); fixed, by class: a per-year unit of an earlier
                               value no longer makes a later change yearly ("… 1,6 triệu m³/năm; giảm ít nhất 30% …", ce72a6d); one
                               change for a list of counts, the accident statistic's criteria ("giảm từ 5% đến 10% trên cả 3 tiêu chí
                               số vụ, số người chết, số người bị thương", after a colon, "về", in brackets before the value, with its
                               subject after "do": a row per count, 63d44dd and the variants after it); a fraction of a standard's
                               criteria a unit reaches ("xã đạt 19/19 tiêu chí …", 467381c); a meeting held to review progress in a
                               recurring schedule ("định kỳ hằng quý họp đánh giá …", 4e41da7, which also gave bcd_389_chong_buon_lau
                               its half-yearly review). Gold fixed by the rules (own commits): the programme a cited plan is about is
                               its own reference (0cb997a), a funding part "huy động xã hội hóa 6,2 tỷ đồng" is money to raise
                               (rev4, a78f5ea). All 209 plans 0.962 / 0.972 / 0.985 / 0.994 (start, b98c4d8 with the three) -> 0.963
                               / 0.973 / 0.985 / 0.995 (targets tp 6028 -> 6034 of 6316, deadlines 2439 -> 2441); no row of the 206
                               older plans changed but bcd_389_chong_buon_lau's review; seeds, dev unchanged; rows SAME on seeds,
                               field and wide after every fix. Left: a list whose counts are long ("số lượt kiểm tra, số trường hợp
                               vi phạm được xử lý": one row), "hoàn thành thêm 4/4 tiêu chí còn lại" (a word between verb and
                               fraction), a routine "họp giao ban" (no review, by design), a recurring report without a day (by design)
    s34d after its fixes (end): bo_noi_vu_luat_can_bo_cong_chuc 0.833 / 1.000 / 1.000 / 1.000 (share 50.0%, 6 targets),
                               tu_chuong_trinh_hanh_dong_suc_khoe_nq72 1.000 / 0.923 / 1.000 / 1.000 (85.2%, 27),
                               hdnd_ke_hoach_dau_tu_cong_trung_han 1.000 / 1.000 / 1.000 / 1.000 (64.7%, 17); together 0.980 /
                               0.978 / 1.000 / 1.000 (targets tp 49, 50 extracted, 50 gold; share 74.0%, 50 targets); all 209 plans
                               0.963 / 0.972 / 0.984 / 0.994 at the start, 0.963 / 0.972 / 0.985 / 0.995 at the end (targets.year
                               0.994 -> 0.996). Fixed, by class: a commitment opening the clause ("Phấn đấu 100% văn bản … được ban
                               hành trước ngày …") makes the date a due day, not a provision's cut-off (9f9faeb); "thực hiện đúng
                               Quy hoạch tỉnh … thời kỳ 2021 - 2030, tầm nhìn đến năm 2050" cites the master plan, whose vision year
                               then no longer dates the list below (83401d4); "số năm sống khỏe" without "mạnh" (6ea115d); "định
                               hướng" ends a body's name (0df655a); a drafting list "Tên văn bản | Cơ quan chủ trì | … | Thời hạn
                               trình" is a task table, and a cell wrapped right after a bare head ("Vụ⏎Kế hoạch - Tài chính") keeps
                               the name (502cb86); a span of years in the value's own clause wins over a year of the clause before
                               it (" … trong năm 2027; xây dựng mới 12 trạm … trong giai đoạn 2026 - 2028", also three targets of
                               btc_quy_hoach_luan_chuyen_can_bo; edf4757). Seeds, dev unchanged; rows on seeds, field and wide SAME after
                               every fix. Left: "Hằng năm, Ban Thường vụ Tỉnh ủy đánh giá kết quả thực hiện" (a recurring review by
                               "đánh giá", not "sơ kết / tổng kết": rare in the corpus, one line of the field texts, left to keep the
                               dev gold's reading), the indicator of "đăng tải ít nhất 02 tin, bài mỗi tháng" (the verb alone; my
                               gold names the columns it is posted in), "chỉ đạo Sở Y tế chủ trì" read as assigned (role only), the
                               year of "ít nhất 150 bác sĩ" after a clause dated 2027 (gold null)
    tinh_tri_tue_nhan_tao_du_lieu_so  UBND tỉnh Quảng Ngãi plan (87/KH-UBND, 3/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) for
                               artificial intelligence and data in state agencies 2026 - 2030 (s35a, held out, written blind), AS
                               THE PORTAL CRAWL GIVES IT: letterhead and signature as cells between "|" lines, "**I. MỤC⏎ĐÍCH, YÊU
                               CẦU**", *italic* bases and asides, hard breaks at 60 - 90 characters ("năm⏎2028 đạt 70%", "tại cấp⏎xã",
                               "trong năm⏎2026", "VNPT Quảng⏎Ngãi"); Luật Dữ liệu by number, 57-NQ/TW, a decision approving a
                               strategy (one reference), a Tờ trình; 2025 results (46,8%, 72%, "03 ứng dụng": none); "đạt tối thiểu
                               80% vào năm 2030; lộ trình: năm 2026 đạt 55%, năm 2028 đạt 70%", "Phấn đấu 100% hồ sơ công việc tại cấp
                               tỉnh và 90% … tại cấp xã được xử lý trên môi trường mạng" (two values sharing one predicate), "tăng
                               thêm 30 cơ sở dữ liệu …", "ít nhất 15 ứng dụng …, trong đó có ít nhất 01 trợ lý ảo" (a part), "Từ 25 -
                               30%", "cho trên 12.000⏎lượt", "mỗi cơ quan, đơn vị có ít nhất 02 công chức", "giảm ít nhất 30% … so với
                               năm 2025", "duy trì 100% …", "không để xảy ra sự cố …" (none), outputs in the tasks ("ít nhất 50 bộ dữ
                               liệu mở … trong năm 2027", "ít nhất 20 lớp tập huấn mỗi năm"); "Giai đoạn 2026 - 2027: hoàn thành …;
                               giai đoạn 2028 - 2030: …", "trong quý III/2026", "trước ngày⏎15/12 hằng năm", "định kỳ⏎hằng quý báo
                               cáo" (none), "sơ kết giữa kỳ trong⏎quý IV/2028", the title's period only in the title (the plan's own period: a deadline, by the contract; gold fixed in its own commit);
                               Sở Khoa học và Công nghệ after the 2025 merger, Văn phòng UBND tỉnh, Trung tâm Phục vụ hành chính công
                               tỉnh, Trường Chính trị tỉnh, two telecom companies after "Đề nghị"; the appendix a task table one
                               cell per line (STT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
                               thành: "Quý III/2026", "2026 - 2027", "Tháng 12/2027", "Thường xuyên"; a product "50 bộ dữ liệu mở",
                               a cell "Sở Tài chính;⏎Văn phòng UBND tỉnh"); end (s35a): targets 0.941 / deadlines 0.952 / bodies 1.000
                               / refs 1.000, share 47.1% (17 targets); left: "trong đó có ít nhất 01 trợ lý ảo …" (a part counted in a
                               noun of its own, named by its own words with the unit "trợ lý"; the gold keeps the whole's indicator,
                               the breakdown convention), "thí điểm trong năm⏎2026, nhân rộng …" (a year closing an action whose verb
                               is no delivery cue, a comma after it: no deadline; the class of a dozen "trong năm 20xx" misses of the
                               other plans, "Sở Xây dựng chủ trì hoàn thành … trong năm 2027;", "Kết nối, đồng bộ … trong năm 2028.")
    tu_to_chuc_dang_doanh_nghiep_tu_nhan  Ban Thường vụ Tỉnh ủy Đồng Nai plan (58-KH/TU, 01/2026; T/M BAN THƯỜNG VỤ / PHÓ BÍ
                               THƯ THƯỜNG TRỰC) for building Party organisations and admitting members in private enterprises 2026 -
                               2030 (s35a, held out, written blind), crawl shape ("ĐẢNG BỘ TỈNH ĐỒNG⏎NAI", "ĐẢNG CỘNG SẢN⏎VIỆT NAM" as
                               cells); 33-CT/TW, 68-NQ/TW, 232-QĐ/TW, 12-HD/BTCTW in one "Thực hiện" sentence; 2025 results (412
                               tổ chức cơ sở đảng, 6.850 and 318 đảng viên: none); "Có thêm ít nhất 150 tổ chức cơ sở đảng … so với
                               năm 2025", "Mỗi năm kết nạp từ 350 đến 400 đảng viên" (year null), "Phấn đấu 100% doanh nghiệp có từ 03
                               đảng viên chính thức trở lên …" (the 03 an eligibility), "xuống dưới 10%", "tăng ít⏎nhất 20% so với
                               năm 2025", "đạt trên⏎85%", "Duy trì 100% …", "70% trở lên doanh nghiệp có từ 30 lao động trở lên …",
                               "mỗi năm mở ít nhất 06⏎lớp"; "trước ngày 30/6/2026", "trong quý⏎I/2026", "trước⏎ngày 10/6 và ngày
                               10/12 hằng năm" (two yearly), "định kỳ hằng quý báo cáo nhanh" (none), "Hằng năm, Ban Thường vụ Tỉnh
                               ủy nghe báo cáo, đánh giá" (a recurring review, as tu_chuong_trinh_hanh_dong_suc_khoe_nq72's gold),
                               "sơ kết giữa kỳ vào quý III/2028"; Party bodies (Ban Tổ chức Tỉnh ủy, Đảng ủy các cơ quan Đảng tỉnh,
                               Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo "Sở Tài⏎chính, Sở Nội vụ;⏎Ban Quản
                               lý các khu công nghiệp tỉnh …", Liên đoàn Lao động tỉnh, Tỉnh đoàn, "Các đảng ủy xã, phường"), a
                               business association after "Đề nghị"; the appendix a per-year table one cell per line with a two-row
                               header ("Kế hoạch" over 2026 … 2030), a "Thực hiện năm 2025" column (none), "Đơn vị tính" and "Ghi
                               chú" columns and bold group rows broken inside the cell ("**XÂY DỰNG TỔ⏎CHỨC ĐẢNG**"); end (s35a): 1.000 / 0.933 /
                               0.933 / 1.000, share 31.6% (19 targets); left: "Hằng năm, Ban Thường vụ Tỉnh ủy nghe báo cáo, đánh
                               giá …" (a recurring review by "đánh giá", left as s34d left it), "chỉ đạo Sở Tài⏎chính, Sở Nội vụ;⏎Ban
                               Quản lý …" (a list after "chỉ đạo" cut by ";" at a line's end: the break stays, as most ";⏎Capital"
                               breaks in the field texts are real, and the bodies directed get no task on their own line; no such line
                               in field, wide, seeds or the other plans)
    xa_nuoc_sach_ve_sinh_nong_thon  UBND xã Yên Lập (Phú Thọ) plan after the two-tier reform (112/KH-UBND, 02/2026; TM. UBND /
                               CHỦ TỊCH) for rural clean water and sanitation 2026 - 2030 (s35a, held out, written blind), crawl
                               shape; a decision approving the national strategy, the province's plan and the commune council's
                               resolution, QCVN 01-1:2024/BYT and QCVN 01:2021/BYT, the national criteria set (Bộ tiêu chí); the
                               current state ("4.215/5.120 hộ *(82,3%)*", 76,5%, "05 công trình": none); "đáp ứng QCVN 01-1:2024/BYT⏎
                               đạt 65%", "phấn đấu 100% hộ … từ năm 2027", "Tăng thêm ít nhất 1.200 hộ …", "đạt trên⏎90%; 100% trường
                               học, trạm y tế, nhà văn hóa thôn có nước sạch và nhà⏎tiêu hợp vệ sinh", "Xây dựng mới 02 …; cải tạo,
                               nâng cấp⏎03 công trình", "đạt từ 80% trở lên", "xuống còn⏎18%", "không để xảy ra ô nhiễm …" (none),
                               "mỗi thôn tổ chức ít nhất 01 buổi … mỗi năm", "Hỗ trợ xây dựng 350 nhà tiêu hợp vệ sinh … trong⏎giai
                               đoạn 2026 - 2028" (a target's span, no deadline); "từ tháng 3 đến tháng⏎5/2026", "trước ngày
                               31/3/2026", "trong quý II/2026", "trước ngày 20/11 hằng năm", "định kỳ hằng quý báo cáo" (none),
                               "Định kỳ hằng năm, Ủy ban nhân dân xã tổ chức sơ kết" (as xa_co_gioi_hoa_nong_nghiep's gold), "vào
                               quý IV/2030"; Phòng Kinh tế, Phòng Văn hóa - Xã hội, Trạm Y tế xã, a cooperative running the works,
                               Văn phòng HĐND và UBND xã, the Front and two associations after "Đề nghị"; the appendix a per-year
                               table one cell per line with a two-row header ("Kế hoạch" over 2026 … 2030), a "Hiện trạng năm 2025"
                               column (none), a label wrapped in its cell and "-" cells; end (s35a): 1.000 / 1.000 / 1.000 / 1.000, share
                               64.3% (28 targets)
    the three s35a plans at the start (5d85fce): tinh_tri_tue_nhan_tao_du_lieu_so targets 0.849 / deadlines 0.900 / bodies
                               1.000 / refs 1.000, canonical share 50.0% (16 targets); tu_to_chuc_dang_doanh_nghiep_tu_nhan 1.000 /
                               0.857 / 0.933 / 1.000, share 31.6% (19 targets); xa_nuoc_sach_ve_sinh_nong_thon 0.926 / 0.923 / 1.000 /
                               1.000, share 65.4% (26 targets); together 0.928 / 0.894 / 0.971 / 1.000 (targets tp 58, 61 extracted,
                               64 gold; deadlines tp 21, 24 extracted, 23 gold); canonical share 50.8% (61 targets)
                               With each title's own period recorded (gold fixed after the first commit, EXTRACTION.md "Dates that
                               bound an action or the plan's own period"; the precedent of bcd_xoa_nha_tam_nha_dot_nat and
                               so_nnmt_kiem_ke_khi_nha_kinh, periods named only in their titles): deadlines 0.952 / 0.933 / 1.000,
                               together 0.960 (tp 24 of 26 gold, 24 extracted)
    bo_y_te_benh_an_dien_tu_khong_tien_mat  Bộ Y tế plan (85/KH-BYT, 01/2026; KT. BỘ TRƯỞNG / THỨ TRƯỞNG) to roll out
                               electronic medical records and cashless hospital payments 2026 - 2028 (s35b, held out, written
                               blind), crawl shape: 2025 results (312 bệnh viện, 22,4%, 31/38, 78%: none); "Năm 2026: 100% …",
                               "phấn đấu ít nhất 80% bệnh viện hạng đặc biệt, hạng I thuộc Sở Y tế các tỉnh, thành phố …", "có từ 70
                               đến 75% tổng số bệnh viện", "100% … được⏎triển khai, trong đó bệnh viện tư nhân đạt tối thiểu 85%",
                               "đạt trên 90% vào năm 2026 và duy trì trên 95% từ năm 2027", "tăng thêm ít nhất 20⏎% so với năm 2025",
                               "Giảm ít nhất 30% … bình quân không quá 15 phút mỗi lượt", "38/38 bệnh viện", "không để phát sinh sự
                               cố" (none); "trước ngày 31 tháng⏎3 năm 2026", "quý⏎III/2027", "trước ngày 15/12 hằng năm", "định kỳ
                               hằng quý báo cáo" (none: no day), "Định kỳ 6 tháng … tổ chức sơ kết"; Cục Quản lý Khám, chữa bệnh,
                               Cục Công nghệ thông tin, "Văn phòng Bộ;⏎Vụ Kế hoạch - Tài chính", Thanh tra Bộ, "Bệnh viện Bạch⏎Mai",
                               "Sở Y tế các tỉnh, thành⏎phố trực thuộc trung ương", requested Bảo hiểm xã hội Việt Nam and Ngân hàng
                               Nhà nước; the appendix a number table one cell per line with a two-row header ("Kế hoạch" over
                               2026 | 2027 | 2028), "Đơn vị tính", a baseline column "Thực hiện⏎năm 2025", "Ghi chú", group rows,
                               cells "> 90"
    qd_cong_tac_dan_toc_nguoi_co_uy_tin_2026  UBND tỉnh Lâm Đồng decision (128/QĐ-UBND, 01/2026; KT. CHỦ TỊCH) issuing its
                               plan for ethnic-minority affairs and the policy for prestigious persons in 2026 (s35b, held out,
                               written blind), crawl shape: the decision's italic Căn cứ, "Theo đề nghị … tại Tờ trình số …",
                               Điều 3 "Chánh⏎Văn phòng Ủy ban nhân dân tỉnh, …", the plan after "KẾ HOẠCH" and "(Ban hành kèm
                               theo Quyết định số …)"; 2025 results (1.246 người, 2.480 lượt, 1.240 triệu⏎đồng, 6,8%: none);
                               "Duy trì ổn định khoảng 1.250 người có uy tín", "05 lớp … cho khoảng 600 lượt", "02 đoàn với tổng
                               số 80 người", a gift's amount "800.000 đồng/người" and an award quota "Bằng khen cho 30 người"
                               (none), "giảm từ 2 đến 3% so với cuối⏎năm 2025", "đạt trên 42 triệu⏎đồng/người/năm"; "định kỳ 6⏎tháng
                               (trước ngày 15/6) và năm (trước ngày 15/12)", "Tháng 12/2026 … tổng kết" inside a request's
                               paragraph; "Công an tỉnh;⏎Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh", Báo và Phát
                               thanh, Truyền hình Lâm Đồng; the appendix a task table one cell per line with group rows and a
                               "Kinh phí⏎(triệu đồng)" column (none), time cells "Tháng 01 - 02/2026", "Quý II/2026",
                               "Thường xuyên"; two task rows restate targets
    tinh_san_pham_chu_luc_chi_dan_dia_ly_2026_2030  UBND tỉnh Đắk Lắk plan (215/KH-UBND, 03/2026) on key products,
                               geographical indications and certification / collective trademarks 2026 - 2030 (s35b, held out,
                               written blind), crawl shape: 2021 - 2025 results (04 chỉ dẫn địa lý, 46 nhãn hiệu, 312 sản phẩm
                               OCOP, 2,1 tỷ USD: none); "Có thêm 02 chỉ dẫn địa lý", "duy trì 100%", "ít nhất 30 nhãn hiệu …, nâng⏎tổng
                               số lên trên 75⏎nhãn hiệu", "mỗi năm hỗ trợ từ 06 đến 08 sản phẩm OCOP", "từ 8 đến 10 chuỗi liên kết",
                               "ít nhất 150 doanh nghiệp, hợp tác xã", "tăng bình quân 8 - 10%/năm, đến năm 2030 đạt 3,5 tỷ⏎USD",
                               "đào tạo⏎200 lượt … trong giai đoạn⏎2026 - 2030"; a law and its amending law by number, the OCOP
                               programme by name; phases "Giai đoạn 2026 - 2027: …. Giai đoạn 2028 - 2030: …", "định kỳ hằng năm …
                               trước ngày 15/11", "Năm 2028 tổ chức sơ kết giữa kỳ, năm 2030 tổng kết"; "Sở Nông⏎nghiệp và Môi
                               trường", "Sở Tài⏎chính", requested Cục Sở hữu trí tuệ, Liên minh Hợp tác xã tỉnh and a coffee
                               association; the appendix a list of products one cell per line (STT | Tên sản phẩm | Hình thức
                               bảo hộ | Đơn vị chủ trì | Thời gian) with group rows, a body cell wrapped ("Sở Khoa học và Công⏎nghệ"),
                               communes' and wards' UBND as leads, time cells "2026 - 2027", "2027 - 2028", "2026", "2027"
    the three s35b plans at the start (5d85fce): bo_y_te_benh_an_dien_tu_khong_tien_mat targets 0.588 / deadlines 1.000 /
                               bodies 1.000 / refs 1.000, canonical share 18.2% (11 targets); qd_cong_tac_dan_toc_nguoi_co_uy_tin_2026
                               0.720 / 0.933 / 0.909 / 1.000, share 46.2% (13 targets); tinh_san_pham_chu_luc_chi_dan_dia_ly_2026_2030
                               0.818 / 0.952 / 0.889 / 1.000, share 9.1% (11 targets); together 0.691 / 0.964 / 0.933 / 1.000
                               (targets tp 28, 35 extracted, 46 gold); canonical share 25.7% (35 targets)
    qd_thuy_loi_nho_tuoi_tiet_kiem  UBND tỉnh Quảng Ngãi Quyết định (146/QĐ-UBND, 01/2026; TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ
                               TỊCH) issuing a plan for small irrigation, canal solidification and water-saving irrigation 2026 -
                               2030 (s35d, held out, written blind), in the portal crawl's shape: Điều 1-3, Nơi nhận and signature
                               as cells, then "KẾ HOẠCH" and "(Ban hành kèm theo Quyết định số …)"; 2021 - 2025 results (none);
                               "thêm khoảng 1.250⏎km", "lên trên 80% vào năm⏎2030", "đạt ít nhất 18.500 ha, trong đó cây cà phê
                               9.200 ha, cây ăn quả⏎6.800 ha", "Phấn đấu 100% …", "duy trì … cho⏎42.000 ha", "giảm từ 15 đến⏎20% so
                               với …", "mỗi năm … ít nhất 10 mô hình"; the plan's funding "khoảng 2.150 tỷ đồng, trong đó …" (none);
                               two phases, "trước ngày 20 tháng 12 hằng năm", "định kỳ hằng⏎quý báo cáo" (none); Điều 3's Chánh
                               Văn phòng, "Giám đốc các sở: …", "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu"; a company
                               heading its task in bold; "**5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh**, Hội Nông dân⏎tỉnh";
                               the appendix a number table one cell per line with a two-row header ("Kế hoạch" over 2026 … 2030); start (5d85fce): targets
                               1.000 / deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 31.6% (19 targets); end (s35d):
                               1.000 / 1.000 / 1.000 / 1.000, share 31.6% (19 targets), the names now right ("Kiên cố hóa kênh
                               mương nội đồng" and "tỷ lệ kênh mương do xã, hợp tác xã quản lý được kiên cố hóa", "duy trì năng
                               lực tưới cho lúa hai vụ"); left: nothing scored
    so_chuyen_doi_so_giao_duc_nam_hoc  Sở Giáo dục và Đào tạo tỉnh Lâm Đồng plan (2164/KH-SGDĐT, 8/2026; KT. GIÁM ĐỐC / PHÓ
                               GIÁM ĐỐC) for digital transformation in education in the school year 2026 - 2027 (s35d, held out,
                               written blind), crawl shape: the last school year's results (none); "Phấn đấu 100% trường …
                               triển khai học bạ số", "ít nhất 80% trường mầm⏎non", "tăng thêm 10% so⏎với năm học 2025 - 2026, đạt
                               trên⏎95%", "4.200⏎giáo viên, cán bộ quản lý", "Duy trì 100%", "có thêm 1.500 bài giảng", "Từ 70 -
                               75%", "06 lớp tập huấn", "không để phát sinh hồ sơ giấy" (none); deadlines by month ("trong tháng
                               10/2026", "từ tháng 9/2026", "trong tháng⏎11/2026", "Sơ kết học kỳ I trong tháng 01/2027"), "trước
                               ngày 25 hằng tháng"; the Sở's Văn phòng and Phòng, a named school, the communes' UBND after the
                               two-tier reform, Viettel and VNPT after "Đề nghị"; the appendix task table one cell per line with
                               bold group rows, a Phối hợp cell "Văn phòng Sở;⏎Phòng Tổ chức cán bộ", a target only the table
                               states ("cho 100% học⏎sinh tiểu học") and "Tháng 10 - 11/2026"; start (5d85fce): targets 0.870 /
                               deadlines 1.000 / bodies 1.000 / refs 1.000; canonical share 36.4% (11 targets); end (s35d): 0.870 /
                               1.000 / 1.000 / 1.000, share 36.4% (11 targets), the task cells' years from their time cells
                               ("Quý IV/2026"); left: "có thêm 1.500 bài giảng điện tử" read with the unit "bài giảng điện tử"
                               (the tagger's "bài" + "giảng điện tử"; gold the head noun "bài giảng"), and the table's "Thẩm định,
                               đưa lên kho học liệu số⏎1.500 bài giảng điện tử" (no count noun after a verb that commits to none;
                               reading any count noun in a task cell gave labels "thôn 7", "cơ sở 2" as counts elsewhere)
    tinh_quang_cao_ngoai_troi_trat_tu_do_thi  UBND tỉnh Khánh Hòa plan (95/KH-UBND, 01/2026) on outdoor advertising,
                               signboards and urban order in 2026 (s35d, held out, written blind), crawl shape, few targets and many
                               dates: 2025 results (none); "Phấn đấu 100% …", "ít nhất 90% … đã phát hiện trong vòng một tháng",
                               "giảm ít nhất⏎50% so với năm 2025", "trên 12⏎tuyến phố chính" (a place, eq), "không để phát sinh mới"
                               (none); "từ ngày 01/4/2026 đến⏎ngày 30/6/2026", "từ tháng 8 đến hết tháng⏎10/2026", "trước ngày
                               10/6/2026 và trước ngày 05/12/2026", "trước ngày 20 hằng tháng", "Định kỳ 6 tháng, … tổ chức sơ kết"
                               (a review), "định kỳ hằng quý báo cáo" (none); "phối hợp với⏎Sở Xây dựng;⏎Công an tỉnh; Thanh tra
                               tỉnh", the provincial press, the power and telecom companies; Luật Quảng cáo and its amending law,
                               two decrees, QCVN 17:2018/BXD; the appendix table one cell per line (STT | Chỉ tiêu | "Đơn vị⏎tính" |
                               "Thực hiện năm⏎2025" | "Kế hoạch năm⏎2026" | Ghi chú); start (5d85fce): targets 0.769 / deadlines
                               1.000 / bodies 1.000 / refs 1.000; canonical share 16.7% (6 targets); end (s35d): 0.857 / 1.000 /
                               1.000 / 1.000, share 14.3% (7 targets: "giảm ít nhất⏎50%" found, no canonical); left: "trên 12⏎tuyến
                               phố chính" read as "more than 12" and named by the streets (a place "trên" after an action: 3 in
                               all the corpora, one a real "có trên 40 điểm"), so it takes the table row's gold and leaves an extra
    the three s35d plans together at the start (5d85fce): 0.919 / 1.000 / 1.000 / 1.000 (targets tp 34, 36 extracted, 38
                               gold; deadlines tp 29 of 29); canonical share 30.6% (36 targets)
    hdnd_tinh_ke_hoach_kinh_te_xa_hoi_2027  HĐND tỉnh Quảng Trị resolution (52/NQ-HĐND, 12/2026; CHỦ TỊCH) on the socio-economic
                               development plan for 2027 (s35e, held out, written blind), in the portal crawl's shape: letterhead and
                               signature as cells between "|" lines, "QUYẾT NGHỊ:" then Điều 1-3, bold broken over lines, hard breaks inside
                               sentences ("96 triệu⏎đồng", "1,25 tỷ⏎USD", "26.500 lao⏎động"); Điều 1's 2026 results (none); the "chỉ tiêu
                               chủ yếu" in prose: "từ 8,5% đến⏎9%", "khoảng 96 triệu đồng", "trong đó thu nội⏎địa …" (a part), "tăng từ 12 -
                               13% so với năm⏎2026", "trên 1,25 tỷ USD", "giảm 0,8 - 1% …; riêng các⏎xã vùng đồng bào dân tộc thiểu số giảm
                               từ 3% trở lên" (a part), beds and doctors per 10.000 people, "Tăng thêm ít nhất 15 trường …, nâng tỷ lệ … lên
                               78%", "Có thêm 06 xã", "duy trì ổn định ở mức 49,6%"; targets in the tasks ("phấn đấu giải ngân 100% …",
                               "phấn đấu 100% thủ tục hành chính …", "1.200 căn nhà ở"); "trước ngày 31 tháng 01 năm⏎2027", "trong quý
                               III/2027", a report "định kỳ … tại các kỳ họp thường lệ" (none); the council's standing committee and boards,
                               "Ủy ban nhân dân các xã, phường", the Front after "Đề nghị"; the appendix one cell per line without STT: a header
                               of two rows ("Năm 2026" merged over "Kế hoạch | Ước thực hiện"), group rows as one merged cell, a unit column
                               ("Triệu đồng", "Giường", "Xã") and a "Ghi chú" column ("Giá hiện hành", "Lũy kế"): only "Kế hoạch năm 2027"
                               is a target
    xa_dang_uy_chuong_trinh_hanh_dong_dai_hoi  Đảng ủy xã Ea Kar (Đắk Lắk) programme of action (07-CTr/ĐU, 10/2025; T/M ĐẢNG ỦY /
                               BÍ THƯ) carrying out the commune's first Party Congress resolution for 2025 - 2030 (s35e, held out, written
                               blind), crawl shape ("ĐẢNG BỘ TỈNH ĐẮK⏎LẮK", "ĐẢNG ỦY XÃ …", "ĐẢNG CỘNG SẢN VIỆT NAM" as cells): the 2020 - 2025
                               results (none); "đến năm 2030": "9 - 10%/năm", "trên 85 triệu⏎đồng/người/năm", "tăng bình quân hằng năm từ 12%
                               trở⏎lên", "đến năm 2028 đạt 19/19 tiêu chí …", "ít nhất 05 thôn, buôn", "giảm bình quân mỗi năm từ 1,2% trở
                               lên;⏎đến năm 2030 còn dưới⏎2%", "Kết nạp từ 25 đảng viên mới trở lên mỗi⏎năm", the mass organisations'
                               membership "85% trở lên; trong đó Hội Liên hiệp Phụ nữ xã đạt 90%, Hội Nông dân xã đạt⏎88%" (parts);
                               "khoảng 400 ha … trong giai đoạn 2026 - 2028"; "trong quý IV/2025", "Định kỳ⏎hằng năm báo cáo … trước⏎ngày 10
                               tháng 12", "năm 2028 sơ kết giữa nhiệm kỳ, năm 2030 tổng kết", "nhiệm kỳ 2025 - 2030" (none); Party organs
                               ("Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã …", Ban Xây dựng Đảng, Văn phòng, Ủy ban Kiểm tra
                               Đảng ủy xã), the Front and four mass organisations after "Đề nghị" with a line ending ";" and the next opening
                               "Hội Cựu chiến binh xã"; the Điều lệ Đảng and two congress resolutions without a number; a per-year table one
                               cell per line whose header is two rows ("Kế hoạch" merged over "2026 … 2030"), "< 2" in the last column
    tinh_y_te_co_so_bac_si_gia_dinh  UBND tỉnh Ninh Bình plan (214/KH-UBND, 03/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) on primary
                               health care and family doctors 2026 - 2030 after the two-tier reform (s35e, held out, written blind), crawl
                               shape: the 2025 state (129 trạm, 97/129, 34,6 giường/vạn⏎dân: none); "Mục tiêu đến năm 2027" and "… đến năm
                               2030" headings, per-year values in prose ("năm 2026 đạt 80%, năm 2027 đạt⏎86%"), "từ 02 đến 03 bác sĩ", "ít
                               nhất 01 lần/năm⏎đạt từ 90% trở lên" (a frequency that is no value), "duy trì trên 95%", "40 giường bệnh/vạn
                               dân", "tăng thêm ít nhất 350⏎bác sĩ so với năm 2025, đạt 15 bác sĩ/vạn⏎dân", "giảm xuống dưới 12%"; phases
                               "Giai đoạn 2026 - 2027: … 32 trạm …. Giai đoạn 2028 - 2030: … 100% trạm"; "trong quý⏎II/2026", "trước ngày 15
                               tháng 12 hằng⏎năm", "định kỳ 6 tháng báo cáo" (none), "Năm 2028, Sở Y tế tổ chức sơ kết; năm 2030 tổng kết";
                               "chỉ đạo Trạm Y tế xã, phường …", Trung tâm Y tế các khu vực, a college; "Bộ tiêu chí quốc gia về y tế xã"
                               (no number); the appendix task table one cell per line with group rows as one merged cell, a "Phối hợp" cell
                               "Sở Khoa học và Công nghệ;⏎Bảo hiểm xã hội tỉnh", time cells "Năm 2026 - 2027", "Quý IV/2026", "Hằng năm"
                               (none), "Tháng 11 hằng năm"
    the three s35e plans at the start (5d85fce): hdnd_tinh_ke_hoach_kinh_te_xa_hoi_2027 targets 0.967 / deadlines 1.000 /
                               bodies 1.000 / refs 1.000, canonical share 93.3% (30 targets); xa_dang_uy_chuong_trinh_hanh_dong_dai_hoi
                               0.971 / 0.923 / 1.000 / 1.000, share 74.3% (35 targets); tinh_y_te_co_so_bac_si_gia_dinh 0.944 / 0.889 /
                               1.000 / 0.857, share 33.3% (18 targets); together 0.964 / 0.927 / 1.000 / 0.957 (targets tp 80, 83
                               extracted, 83 gold); canonical share 72.3% (83 targets)
    hdnd_tai_chinh_vay_tra_no_cong_2026_2030  HĐND tỉnh Nghệ An resolution (61/NQ-HĐND, 12/2025; CHỦ TỊCH) approving the 5-year
                               financial plan and the 5-year public borrowing and debt plan 2026 - 2030 (s36b, held out, written blind), AS THE OFFICE
                               TYPED IT (one paragraph a line, tab tables): "QUYẾT NGHỊ:" then Điều 1-4; the 2021 - 2025 results (none, nor their
                               "đến ngày 31/12/2025"); under "Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030": "cả giai đoạn khoảng 168.500 tỷ đồng, tăng
                               bình quân 10 - 11%/năm; trong đó thu nội địa 152.300 tỷ đồng (a part), chiếm trên 90% …", "tăng bình quân tối thiểu
                               9%/năm", "đạt từ 30 - 32%", "giảm xuống còn khoảng 60%", "không quá 3.650 tỷ đồng", "không vượt quá 30% mức dư nợ vay tối
                               đa", "không để phát sinh nợ quá hạn" (none); targets in the measures ("vượt tối thiểu 5% dự toán", "tiết kiệm 10% chi
                               thường xuyên tăng thêm hằng năm", "giảm số dự án khởi công mới ít nhất 20% so với …"); Điều 2's borrowing and repayment
                               totals with their parts ("trong đó …", "gồm …") and repayment by year in prose ("năm 2026 là 120 tỷ đồng, …"); "hằng năm …
                               báo cáo … trước ngày 31 tháng 7", "trong quý III/2028", a report "định kỳ hằng năm" (none); the council's standing
                               committee and boards, "Các Sở: Tài chính, Xây dựng, …", the Front after "Đề nghị"; the Luật Ngân sách nhà nước 2025
                               (89/2025/QH15) named again without its number, the Luật Quản lý nợ công; Phụ lục 01 an indicators table of 11 columns:
                               "Ước thực hiện năm 2025" (baseline), a header of two rows ("Kế hoạch" over "Năm 2026 … Năm 2030 | Giai đoạn 2026 -
                               2030"), group rows "I", "II", "III", cells "≥ 9", "Tăng 5%", "30 - 32", "-", a "Ghi chú" "Không quá 30%"; Phụ lục 02 a
                               task table (STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm) with bodies
                               split by ";" and ",", times "Hằng năm" (none), "Trước 30/6/2026", "Quý II/2026", "2026 - 2028", "Trước 31/3 hằng năm",
                               targets in task and product cells ("thu hồi tối thiểu 70% …", "100% hộ kinh doanh …", "02 lớp tập huấn"); start (s36b,
                               f390fd7): targets 0.959 / deadlines 0.947 / bodies 1.000 / refs 1.000 (targets tp 82, 83 extracted, 88 gold)
    tu_chuong_trinh_hanh_dong_giao_duc_nq71  Tỉnh ủy Tuyên Quang programme of action (18-CTr/TU, 10/2025; T/M TỈNH ỦY / BÍ THƯ)
                               carrying out Nghị quyết 71-NQ/TW (2025) on breakthroughs in education and training (s36b, held out, written blind), as
                               typed: the 2025 state (1.086 cơ sở, 68,5%, "thiếu 1.450 giáo viên": none); "Chỉ tiêu cụ thể đến năm 2030": "đạt ít nhất
                               80%, trong đó các xã vùng đồng bào … đạt tối thiểu 70%" (a part), "phấn đấu năm 2026 đạt 71%, năm 2027 đạt 74%, …",
                               "Phấn đấu 100% phòng học được kiên cố hóa, không còn phòng học tạm, phòng học mượn" (a zero target, as the hand-checked
                               gold's "không còn xã dưới 15 tiêu chí"), "Duy trì 100% … trẻ em 5 tuổi" (an age), "giảm xuống dưới 0,5%", "Tăng thêm ít
                               nhất 1.200 giáo viên so với năm 2025", "35 - 36%"; targets in the tasks ("giảm ít nhất 150 điểm trường lẻ … trong giai
                               đoạn 2026 - 2028", "mỗi năm tuyển dụng tối thiểu 300 giáo viên", "tối thiểu 20% tổng chi …, trong đó chi đầu tư phát
                               triển tối thiểu 5% …" (a part), "ít nhất 01 mô hình"); Party bodies ("Các đảng ủy xã, phường", "Ban cán sự đảng Ủy ban
                               nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh …", Ban Tổ chức, Ban Tuyên giáo và Dân vận, Ủy ban Kiểm tra, Văn phòng Tỉnh
                               ủy, "Đảng ủy Ủy ban Mặt trận Tổ quốc tỉnh lãnh đạo …", "đề nghị Hội Khuyến học tỉnh"), "Hằng năm, Ban Thường vụ Tỉnh ủy
                               tổ chức đánh giá …; sơ kết 3 năm vào quý IV/2028", "định kỳ hằng năm … báo cáo" (none); refs without a number (the
                               provincial congress resolution, "Luật Nhà giáo", "Chương trình giáo dục phổ thông 2018"); Phụ lục 1 with a header of two
                               rows ("Mục tiêu đến năm" over bare "2027 | 2030"), "Thực hiện năm 2025", "ĐVT", group rows, "Duy trì", "Lũy kế", "< 0,5",
                               "≥ 20"; Phụ lục 2 a task table whose product cells hold targets ("08 trường đưa vào sử dụng", "100% … học bạ số" by
                               "Hằng năm"); start (s36b, f390fd7): 0.891 / 0.947 / 1.000 / 1.000 (targets tp 41, 45 extracted, 47 gold)
    so_y_te_cap_cuu_ngoai_vien_115  Sở Y tế Đồng Nai plan (186/KH-SYT, 01/2026; KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC) for pre-hospital
                               emergency care 115 in 2026 - 2028 (s36b, held out, written blind), as typed: the 2025 results (48.600 cuộc gọi, 42 xe, "17
                               phút … 31 phút": none); "Mục tiêu cụ thể đến năm 2028": response times "không quá 12 phút tại khu vực đô thị và không
                               quá 25 phút tại khu vực nông thôn" (scopes), "Bổ sung 24 xe …, nâng tổng số … lên 66 xe", "phủ sóng 100% xã, phường",
                               "giảm xuống dưới 2%", "ít nhất 15.000 người, trong đó tối thiểu 3.000 người thuộc lực lượng tuyến đầu" (a part), "tăng
                               bình quân 8%/năm; … giảm 20% so với năm 2025"; per-year purchases in prose ("năm 2026 mua sắm 10 xe, …"), "mỗi năm",
                               "trong giai đoạn 2026 - 2028"; "115" in names ("Trung tâm Cấp cứu 115 tỉnh", "tổng đài 115"); "trước ngày 10/12 hằng năm",
                               "hằng quý trước ngày 20 của tháng cuối quý", "vào tháng 7/2027"; the Sở's own offices, "Trung tâm Y tế các khu vực", a
                               telecom company, "Đề nghị Công an tỉnh (Phòng Cảnh sát giao thông)"; Phụ lục 1 a by-year table ("Kế hoạch" over "Năm 2026 |
                               Năm 2027 | Năm 2028", "Thực hiện năm 2025") with "≤ 15", "< 4", "Tăng 8%" and a "Ghi chú" "So với năm trước"; Phụ lục 2 a
                               task table ("Trung tâm Y tế các khu vực; Phòng Tổ chức cán bộ", "Tháng 7/2027", "Hằng năm", product cells "24 xe cứu
                               thương …", "Ít nhất 5.000 lượt người … mỗi năm"); start (s36b, f390fd7): 0.955 / 1.000 / 0.923 / 1.000 (targets tp 53, 55
                               extracted, 56 gold)
    the three s36b plans at the start (f390fd7): together 0.941 / 0.967 / 0.977 / 1.000 (targets tp 176, 183 extracted, 191
                               gold); formats (formats.py --styled) txt 0.941 / 0.967 / 0.977 / 1.000, docx the same, pdf
                               0.941 / 0.967 / 0.966 / 1.000, crawl 0.941 / 0.967 / 0.977 / 1.000; canonical share 43.2% (79
                               of 183 targets). Gold by precedent, fixed before this commit after the first probe: the zero
                               target of "không còn phòng học tạm, …" (the hand-checked gold's "không còn xã dưới 15 tiêu
                               chí") and the product cells' counts named by their task (tinh_thanh_nien_binh_dang_gioi's "01
                               hội nghị đối thoại")
    s36b after its fixes (end, 44198c2): hdnd_tai_chinh_vay_tra_no_cong_2026_2030 0.965 / 0.947 / 1.000 / 1.000,
                               tu_chuong_trinh_hanh_dong_giao_duc_nq71 0.915 / 1.000 / 1.000 / 1.000,
                               so_y_te_cap_cuu_ngoai_vien_115 0.982 / 1.000 / 1.000 / 1.000; together 0.941 / 0.967 / 0.977 /
                               1.000 -> 0.957 / 0.984 / 1.000 / 1.000 (targets tp 176 -> 180 of 191, 185 extracted); formats
                               (--styled): txt, docx, pdf and crawl all 0.957 / 0.984 / 1.000 / 1.000 (the pdf's start bodies
                               0.966 was a row a page break cut, 'Truyền hình Tuyên⏎Quang', fixed; the crawl and the docx lost
                               nothing against the text); canonical share 43.2% of 183 -> 42.7% of 185 (the new rows have no
                               canonical id; the gazetteer left alone). Fixed, by class: in a schedule of reviews, 'Hằng năm,
                               … tổ chức đánh giá kết quả thực hiện' / '… đánh giá kết quả …' is a review as a sơ kết is
                               (51c8edc: three older plans' gold too, left twice before; not an inspection, a report of
                               results or an appraisal); a share in a product cell named by its own words ('100% hộ kinh doanh
                               … sử dụng hóa đơn điện tử', 2ff98c4); a page break's row rest with a name's last syllable alone
                               (e8771c4); a change 'so với năm 2025' is no yearly rate after an earlier clause's '%/năm'
                               (6165f96, 44198c2); '115 đồng bộ' no money (2be56b1); 'Trung tâm Cấp cứu 115 tỉnh' named whole
                               (c0186b5). All 233 plans 0.963 / 0.973 / 0.986 / 0.995 (start) -> 0.963 / 0.974 / 0.986 / 0.995
                               (targets tp 6572 -> 6576, pred 6770 -> 6772; deadlines tp 2652 -> 2656, pred 2658 -> 2662;
                               bodies tp 3019 -> 3020); no other plan's row changed but the three older reviews; seeds, dev
                               unchanged; rows SAME on seeds and field, wide +1 deadline (a yearly review, right). Left: 'Tổng
                               số trả nợ … là 1.145 tỷ đồng, gồm trả nợ gốc … và trả lãi, phí 255 tỷ đồng' (the fee word 'phí'
                               of a money norm drops the sentence: debt service 'lãi, phí' is one table line in the field
                               texts), a note cell's bound 'Không quá 30%' (the note rule reads changes, 'Tăng 5%'), 'tiết
                               kiệm 10% chi thường xuyên tăng thêm hằng năm' read %/năm (gold %: arguable), the baseline's
                               'đến ngày 31/12/2025 ước 1.185 tỷ đồng' a deadline extra (one such line in the field texts),
                               response times 'thời gian tiếp cận hiện trường … không quá 12 phút' (no such indicator in the
                               corpora; the table's rows are read), the unit 'điểm trường' read 'điểm', the name of 'mỗi năm
                               tuyển dụng tối thiểu 300 giáo viên cho các xã vùng cao' taken before the value and of the part
                               'trong đó chi đầu tư phát triển tối thiểu 5% tổng chi …' on its own
    s35b after its fixes (end): bo_y_te_benh_an_dien_tu_khong_tien_mat 0.909 / 1.000 / 1.000 / 1.000 (share 9.5%, 21 targets),
                               qd_cong_tac_dan_toc_nguoi_co_uy_tin_2026 0.833 / 0.933 / 1.000 / 1.000 (58.3%, 12),
                               tinh_san_pham_chu_luc_chi_dan_dia_ly_2026_2030 0.909 / 0.952 / 1.000 / 1.000 (9.1%, 11); together
                               0.889 / 0.964 / 1.000 / 1.000 (targets tp 40, 44 extracted, 46 gold; share 22.7%, 44 targets: the
                               nine table rows read now have no canonical indicator, the gazetteer left alone). The crawl's shape
                               itself costs nothing now: the three plans with their paragraphs joined score the same. Fixed, by
                               class: a crawled table whose last column ("Ghi chú") is empty in most rows keeps its width, so its
                               one full row keeps its ordinal and the header "Kế hoạch" over 2026 | 2027 | 2028 is laid out
                               (ff926d7); a list with a lead and a time column but no task column ("Tên sản phẩm | … | Đơn vị chủ
                               trì | Thời gian") is a task table (faf94c6); "tập huấn, bồi dưỡng", "đào tạo, bồi dưỡng" name one
                               course, the comma inside the name (77fa0ab); a gift's worth "mức quà … đồng/người" is a norm
                               (e909539); "bệnh viện" and "chỉ dẫn địa lý" are count nouns (6a8042a). Gold fixed by precedent, own
                               commits: "600 lượt người" has the unit "lượt người" (9475c5b); Điều 3's "Chủ tịch Ủy ban nhân dân
                               các xã, phường" and "Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen …" are bodies (bd76d9a). All 221
                               plans 0.962 / 0.973 / 0.985 / 0.995 at the start (a44e298) -> 0.963 / 0.973 / 0.986 / 0.995 (targets
                               tp 6201 -> 6213, pred 6393 -> 6402; bodies tp 2884 -> 2888); no miss or extra of the 218 older plans
                               changed; seeds, dev unchanged; rows SAME on field and wide after every fix. Left (one instance each in
                               the corpora): a level kept after a first one, "đạt trên 90% vào năm 2026 và duy trì trên 95% từ năm
                               2027" (a series joins "đạt/tăng/giảm/còn", not "duy trì", and "từ năm" is no year of a value); "…,
                               bình quân không quá 15 phút mỗi lượt" after a change; "02 đoàn với tổng số 80 người có uy tín đi
                               tham quan …" (what both count is named after the second); "Tháng 12/2026, Sở … chủ trì tổng kết" (a
                               month and a body before the review: rule_year_review takes a year and "tổ chức/tiến hành" only);
                               "Giai đoạn 2028 - 2030: quản lý, khai thác …" (a verb PHASE_ACTION lacks); the units of listed
                               counts ("1.200 cán bộ quản lý, kỹ thuật viên": "cán bộ quản lý"; "150 doanh nghiệp, hợp tác xã":
                               "doanh nghiệp"), where the gold's precedents split
    s35a after its fixes (end): the three plans together 0.984 / 0.960 / 0.971 / 1.000 (targets tp 58 -> 63 of 64, 64 extracted;
                               deadlines and bodies as at the start); canonical share 50.8% of 61 -> 50.0% of 64 targets. The crawl's
                               shape itself cost one line (the ";⏎" list above); fixed, by class: the year of a standard's or a
                               symbol's code in an item's label ("theo QCVN 01:2021/BYT đạt trên⏎90%") dated its values in the past
                               and dropped them (8215b8a); "kết quả giải quyết thủ tục hành chính", the paper a procedure returns, read
                               as a report of results (d865bf9); two shares sharing one predicate name the first with it ("100% hồ sơ
                               … tại cấp tỉnh và 90% … tại cấp xã được xử lý …", f403756; field: three names completed); "nhà tiêu" a
                               count noun (30033be). All 221 plans 0.963 / 0.973 / 0.985 / 0.995 -> 0.964 / 0.973 / 0.985 / 0.995
                               (targets tp 6231 -> 6236, pred 6419 -> 6422, only the s35a plans' rows); seeds, dev unchanged; rows:
                               seeds and wide SAME after every fix, field SAME but the three names of f403756.
    s35d after its fixes (end): the three plans 0.933 / 1.000 / 1.000 / 1.000 (targets tp 35, 37 extracted, 38 gold; share
                               29.7%, 37 targets). The crawl's shape itself cost nothing (cells, bold over lines, wraps inside
                               numbers, units and names were joined by the normaliser). Fixed, by class: the next value's clause
                               opens at the comma before a measure or its raise ("…, nâng tỷ lệ … do xã, hợp tác xã … lên trên
                               80%": a list inside the measure's name is no boundary, f1006cf); a value in a task table's task
                               cell is due by its row's time cell ("Quý IV/2026", "2026 - 2028"; 3d73377: 4 years fixed on the
                               plans); "số" ending a word is no label ("dân tộc thiểu số 600 hộ", "kho học liệu số …", 9a16fd6);
                               the "đã" of what a share counts in a clause closed by ";" reports nothing after it ("… 90% phương
                               tiện … vi phạm đã phát hiện …; số vụ … giảm ít nhất 50%", 53138c9); the land an action is done for
                               after "cho" is named by the action ("Cấp nước tưới cho 1.200 ha cây ăn quả", 527aa94). All 221
                               plans 0.963 / 0.974 / 0.986 / 0.995 -> 0.964 / 0.974 / 0.986 / 0.995 (targets tp 6207 -> 6210,
                               pred 6394 -> 6396; target-year mismatches 27 -> 23); the 218 older plans 0.963 / 0.973 / 0.985 /
                               0.995 -> 0.964 / 0.973 / 0.985 / 0.995 (tp +2: so_tai_chinh_sap_xep_nha_dat_tai_san_cong's 89 cơ sở,
                               hoi_phu_nu_chuong_trinh_cong_tac's 600 hộ); seeds and dev unchanged; rows SAME on seeds, field and
                               wide after every fix. Left: a bold group cell in capitals wrapped in a crawled table ("**NĂNG
                               LỰC⏎SỐ**") stays two lines (capital lines in a cell are its entries, as letterheads need)
    s35e after its fixes (end, fca863b): hdnd_tinh_ke_hoach_kinh_te_xa_hoi_2027 1.000 / 1.000 / 1.000 / 1.000 (share 93.3%, 30
                               targets), xa_dang_uy_chuong_trinh_hanh_dong_dai_hoi 1.000 / 1.000 / 1.000 / 1.000 (74.3%, 35),
                               tinh_y_te_co_so_bac_si_gia_dinh 1.000 / 1.000 / 1.000 / 1.000 (33.3%, 18); together 1.000 / 1.000 /
                               1.000 / 1.000 (targets tp 83 of 83, deadlines 22 of 22; targets.year 0.949; share 72.3%, 83 targets).
                               The crawl's shape itself cost nothing (cells, bold over lines, wraps inside units, names and dates were
                               joined by the normaliser; the two-row headers with merged cells were read). Fixed, by class: a yearly
                               word between the change verb and its value ends the name ("giảm bình quân mỗi năm từ 1,2%"), so a level
                               after it that takes the name is no yearly rate ("…; đến năm 2030 còn dưới 2%", a838ce0); what is done for
                               a share may be as long as a count's ("bổ sung trang thiết bị thiết yếu cho 100% trạm y tế", 2626411);
                               equipping is a phase's action ("Giai đoạn 2028 - 2030: bổ sung …", a12ae67); a national criteria set is
                               cited by the standard reached ("đạt Bộ tiêu chí quốc gia về y tế xã", 6e1948c); a year that opens a
                               clause schedules the review its body holds ("Năm 2028, Sở Y tế tổ chức sơ kết", 2575d20); a task cell's
                               target is due by its row's time cell, not the caption's span (fca863b). Gold fixed by the rules (own
                               commits): "căn nhà ở cho hộ nghèo" has unit "căn nhà" as its precedents (ff706ff); the title's "nhiệm kỳ
                               2025 - 2030" is the programme's own period as the dev gold reads such a title (0b510b9). All 221 plans
                               0.963 / 0.973 / 0.986 / 0.995 (start, 5d85fce with the three) -> 0.964 / 0.973 / 0.986 / 0.995 (targets
                               tp 6253 -> 6256 of 6540, pred 6441; deadlines 2540 -> 2543, pred 2546 -> 2548; refs 1538 -> 1539;
                               targets.year 0.995 -> 0.996); other plans' rows changed only where they became right (five names that gain
                               their action, four years from their time cell); seeds, dev unchanged; rows SAME on seeds and wide, field one
                               target's name ("Tỷ lệ hộ nghèo giảm hàng năm" -> "Tỷ lệ hộ nghèo"). Left: the year of "có thêm ít nhất 05
                               thôn" after a clause "đến năm 2028 đạt 19/19 …;" (2028, gold 2030: a clause-opening horizon dates the
                               clauses after it by the year rules), the years of the per-year "Kết nạp … 25 đảng viên" rows (equal values
                               matched across columns by the scorer), a span closing an earlier or later clause (tried: the gold of
                               older plans reads it both ways, e.g. qd_thuc_hien_quy_hoach_tinh dates "ít nhất 40 dự án …; … trong giai
                               đoạn 2026 - 2030" by the later clause's span, so no rule was kept)
    qd_dau_gia_quyen_su_dung_dat_2027  UBND tỉnh Quảng Ngãi decision (3125/QĐ-UBND, 12/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ
                               TỊCH) issuing the province's 2027 plan for auctioning land-use rights (s36d, held out, written blind), AS
                               THE OFFICE TYPED IT (one paragraph a line, tables as tab rows): Luật Đất đai 2024 and its amending law, Luật
                               Đấu giá tài sản and its amending law, two decrees of 30/7/2024, a HĐND budget resolution, a Tờ trình; the
                               2026 results (17/21 khu đất, 1.820 tỷ đồng, 91%: none); "đạt tối thiểu 2.150 tỷ đồng, tăng khoảng 18% so với
                               ước thực hiện năm 2026", "26 khu đất với tổng diện tích khoảng 78,6 ha, trong đó đất ở 19 khu với 41,2 ha,
                               đất thương mại, dịch vụ 07 khu với 37,4 ha" (parts), "từ 85% trở lên", "không để phát sinh …" (no value),
                               "ít nhất 12 khu đất chuẩn bị đấu giá năm 2028, tổng diện tích tối thiểu 30 ha" (due 2027, the year in the
                               name), "mỗi quý tổ chức ít nhất 05 cuộc", "tỷ lệ 1/500" (a scale, none); "chậm nhất 30 ngày trước ngày tổ
                               chức cuộc đấu giá" (relative), "định kỳ hằng quý (trước ngày 20 của tháng cuối quý)", "sơ kết 6 tháng trong
                               tháng 7/2027"; Điều 3's "Trưởng Thuế tỉnh Quảng Ngãi", Trung tâm Phát triển quỹ đất tỉnh, "Kho bạc Nhà nước
                               khu vực XIII", the Front after "Đề nghị"; three appendices: indicators with "Đơn vị tính", a baseline
                               "Thực hiện năm 2026", a header of two rows ("Kế hoạch năm 2027" over "6 tháng đầu năm | Cả năm"), group rows
                               I-III, "≥ 2.150", "-", "Tăng 18%" and "Tối thiểu" in "Ghi chú"; a parcel list (location, m², ha, "Dự kiến
                               thu (tỷ đồng)", time by quarter: the parcels' areas and revenues describe listed items, as the mines'
                               areas of qd_khoang_san_tai_nguyen_nuoc, and are no targets; their times are deadlines); a 6-column task
                               table ("Sở Tài chính; Ủy ban nhân dân các xã, phường", "Hằng quý" (none), "2027 - 2028", "Trước
                               31/3/2027", "Tháng 7/2027; tháng 01/2028", "ít nhất 12 khu đất" in a task cell)
    xa_dien_tap_khu_vuc_phong_thu_2027  UBND xã Tân Hiệp (An Giang) plan (215/KH-UBND, 10/2026; TM. / CHỦ TỊCH) for the
                               commune's defence-zone exercise in 2027 (s36d, held out, written blind), as the office typed it: Luật Quốc
                               phòng, Luật Dân quân tự vệ, Luật Phòng thủ dân sự, Nghị định 21/2019/NĐ-CP, Nghị quyết 28-NQ/TW, the
                               province's plan, a Hướng dẫn of the Bộ Chỉ huy Quân sự tỉnh, a commune Party resolution; the 2022 exercise
                               (286 lượt người, 96 đồng chí: none); few numbers ("khoảng 420 lượt người …, trong đó lực lượng dân quân không
                               dưới 150 đồng chí", "02 lớp … với ít nhất 85 lượt người dự", "Duy trì tỷ lệ dân quân … từ 1,4% trở lên",
                               "bố trí 01 tổ quân y cơ động"; "03 nội dung", "03 ngày": none); many dated steps ("Trước ngày 05/11/2026:",
                               "Từ ngày 10/11 đến ngày 30/11/2026:", "chậm nhất ngày 31/01/2027", "Tháng 4/2027:", "từ ngày 18/5 đến ngày
                               20/5/2027", "Sau diễn tập 07 ngày" (relative), "từ tháng 11/2026 đến tháng 4/2027" as a phase) and
                               "định kỳ hằng tháng báo cáo" (none); Ban Chỉ huy Quân sự xã, Công an xã, the commune's offices, Trạm Y tế
                               xã, "Ban Chỉ huy Phòng thủ khu vực 2 - Tân Hiệp" (a numbered zone with its name), Bộ Chỉ huy Quân sự tỉnh
                               after "Đề nghị", "Trưởng ấp các ấp" (no body, as "Trưởng thôn, xóm" of xa_suc_khoe_tam_than); an indicator
                               table "ĐVT | Thực hiện năm 2025 | Kế hoạch" with "Kế hoạch" over "Năm 2026 | Năm 2027", group rows, "≥
                               1,4", "-", "Duy trì", "Khoảng", "Lũy kế"; a task table ("Trước 05/11/2026", "Tháng 11/2026", "Quý I/2027",
                               "2026 - 2027", "Từ 18/5 đến 20/5/2027", "(02 lớp)" in a task cell)
    tinh_hoi_nhap_quoc_te_2026_2030  UBND tỉnh Khánh Hòa plan (128/KH-UBND, 02/2026; TM. / CHỦ TỊCH) carrying out Nghị quyết
                               59-NQ/TW on international integration, 2026 - 2030 (s36d, held out, written blind), as the office typed it:
                               Luật Điều ước quốc tế, Luật Thỏa thuận quốc tế, Nghị định 45/2025/NĐ-CP, the Tỉnh ủy's programme; the
                               2021 - 2025 results (23 thỏa thuận, 31 địa phương, 3,9 tỷ USD, 28%: none); "ít nhất 20 thỏa thuận … trong
                               giai đoạn 2026 - 2030, bình quân mỗi năm 04 thỏa thuận", "thêm 08 - 10 địa phương …, nâng tổng số … lên
                               40", "bình quân 1,2 tỷ USD/năm", "trên 6 tỷ USD, trong đó vốn giải ngân chiếm tối thiểu 60%", "9 - 10%/năm",
                               "năm 2027 đạt 35%, đến năm 2030 đạt ít nhất 45%", "Giảm 50% số lô hàng … so với giai đoạn 2021 - 2025",
                               "khoảng 6 triệu lượt khách", "Duy trì không dưới 15 chương trình, dự án"; targets in the tasks ("mỗi năm tổ
                               chức 03 hội nghị", "Hỗ trợ 300 doanh nghiệp … trong giai đoạn 2026 - 2030", "đến năm 2030 có 05 chương
                               trình"); "Giai đoạn 2026 - 2027: hoàn thành …", "trước ngày 10 tháng 12 hằng năm", "định kỳ 6 tháng (trước
                               ngày 15/6) và năm (trước ngày 30/11)", "hằng quý cập nhật" (none), "từ ngày 01/3/2025" (a past transfer,
                               none); Văn phòng Ủy ban nhân dân tỉnh as the body that took Sở Ngoại vụ's duties, a heading naming two and
                               three bodies, an airport company, "Ủy ban nhân dân các xã, phường, đặc khu", two associations after "Đề
                               nghị"; a programme still to be drafted (no reference); an indicator table "ĐVT | Ước TH 2025 | Mục tiêu
                               đến năm" over "2027 | 2030", group rows, "9 - 10", "≥ 45", "Tăng 15%", "Mỗi năm"; a task table ("Sở Nội vụ,
                               Sở Tư pháp, Công an tỉnh", "Hằng năm" (none), "2026 - 2027", "Trước 30/6/2027", "Năm 2028", "(03 hội
                               nghị/năm)" in a task cell)
    the three s36d plans at the start (f390fd7): qd_dau_gia_quyen_su_dung_dat_2027 targets 0.279 / deadlines 1.000 / bodies
                               1.000 / refs 1.000, canonical share 0.0% (50 targets); xa_dien_tap_khu_vuc_phong_thu_2027 0.789 / 0.970 /
                               0.917 / 1.000, share 12.5% (16); tinh_hoi_nhap_quoc_te_2026_2030 0.923 / 1.000 / 0.971 / 1.000, share
                               36.8% (38); together as text 0.636 / 0.989 / 0.964 / 1.000 (targets tp 62, 104 extracted, 91 gold);
                               formats (--styled) txt 0.636 / 0.989 / 0.964 / 1.000, docx the same, pdf the same, crawl 0.730 / 0.989 /
                               0.941 / 1.000; canonical share 15.4% (16 of 104 targets)
    bo_nnmt_giam_phat_thai_me_tan  Bộ Nông nghiệp và Môi trường plan (1327/KH-BNNMT, 3/2026; KT. BỘ TRƯỞNG / THỨ TRƯỞNG)
                               for cutting methane in agriculture and waste 2026 - 2030 (s36e, held out, written blind), in the
                               source shape (one paragraph a line, tables as TAB rows): 2022 - 2025 results (620 nghìn ha, 64%,
                               58%, 11%, 4,6 triệu tấn CO2 tương đương: none); "giảm ít nhất 30% so với năm 2020, tương đương giảm
                               khoảng 12,5 triệu tấn CO2 tương đương", "đạt tối thiểu 1,5 triệu ha, trong đó vùng Đồng bằng sông
                               Cửu Long 1 triệu ha", "từ 25 - 30%", "100% rơm rạ …", a breakdown by farm size after a colon ("trang
                               trại quy mô lớn đạt 90%, trang trại quy mô vừa đạt ít nhất 70%"), "tăng bình quân 5% mỗi năm", "giảm
                               xuống dưới 30%", "có công suất từ 500 tấn/ngày trở lên" (a threshold), "Có thêm ít nhất 05 dự án",
                               "không để phát sinh" (none), a Lộ trình "Năm 2027, … đạt 15%; năm 2028 đạt 20%"; targets in the
                               tasks ("mỗi năm … ít nhất 50 mô hình", "20.000 lượt … trong giai đoạn 2026 - 2028"); "trước ngày 15
                               tháng 12 hằng năm", "định kỳ hằng quý báo cáo" (none), "Định kỳ hằng năm … tổ chức đánh giá" (a
                               review), "năm 2028 … sơ kết giữa kỳ, năm 2030 tổng kết"; the ministry's Cục and Vụ, provinces'
                               UBND after "Đề nghị", two ministries; Phụ lục I an indicators table with a header of two rows
                               ("Mục tiêu đến năm" over 2027 | 2028 | 2030), "Đơn vị tính", the baseline "Thực hiện năm 2025",
                               group rows I-IV, "Ghi chú" ("Lũy kế"), cells "≥ 1.500", "< 30", "-", "Tăng 5%"; Phụ lục II a task
                               table (several bodies in a cell by ";" and ",", "Quý II/2026", "2026 - 2028", "Trước 30/9/2026",
                               "Hằng năm", "Năm 2028")
    tinh_the_luc_tam_voc_tre_em_thanh_thieu_nien  UBND tỉnh Nghệ An plan (318/KH-UBND, 4/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ
                               TỊCH) for the physical development and stature of children and young people 2026 - 2030 (s36e,
                               held out, written blind), source shape: the 2025 state (167,3 cm, 82,4%, 16,8%, 45%: none); "tăng
                               thêm ít nhất 1 cm so với năm 2025, trong đó nam đạt 168,5 cm, nữ đạt 157,5 cm", per-year values
                               "năm 2027 đạt 85%, năm 2030 đạt ít nhất 90%", "giảm bình quân 0,6% mỗi năm, đến năm 2030 còn dưới
                               14%", "không quá 8%", "tăng thêm 20% so với năm 2025, đạt tối thiểu 65%", "25 - 30 bể bơi", "duy
                               trì 100%"; targets in the tasks ("mỗi năm phát sóng ít nhất 24 chuyên mục", "1.200 lượt … trong
                               giai đoạn 2026 - 2027", "ít nhất 02 giải", "có thêm 40 trường … vào năm 2030"), "lần thứ XII"
                               (none); "trước ngày 10 tháng 12 hằng năm", "định kỳ 6 tháng, hằng năm" reports (none), "vào cuối
                               mỗi năm học", "trong dịp hè hằng năm" (none), "sơ kết giữa kỳ vào tháng 12/2028 và tổng kết … trong
                               quý IV/2030"; three Sở, the CDC, the provincial press, communes' UBND, the Front, Tỉnh đoàn and the
                               women's union after "Đề nghị"; a law and its amending law, a Tờ trình after "Theo đề nghị"; Phụ
                               lục I ("ĐVT", the baseline "Ước TH 2025", "Kế hoạch" over 2026 | 2028 | 2030, group rows, a target
                               in the "Ghi chú" cell "Năm 2027: 85%", "Tăng 5%", "< 14", "≥ 90"); Phụ lục II a task table with a
                               target in its product cell ("1.200 lượt người được tập huấn"), "Quý III/2026", "2026 - 2027",
                               "Hằng năm", "Trước 30/6/2027", "Quý II/2028", "Tháng 12/2028"
    so_noi_vu_tuyen_dung_vien_chuc_giao_duc  Sở Nội vụ tỉnh Thanh Hóa plan (2214/KH-SNV, 01/2027; GIÁM ĐỐC) for recruiting
                               teachers and education staff in 2027 (s36e, held out, written blind), source shape: 2026 results
                               (1.146 viên chức, 87,5%, 2.380 giáo viên, 1,38: none); "1.420 chỉ tiêu, trong đó mầm non 520 chỉ
                               tiêu, tiểu học 480 chỉ tiêu, …" (parts by level), "Ưu tiên ít nhất 30% chỉ tiêu …", "ít nhất 95%",
                               "100% viên chức trúng tuyển … trước ngày 31/8/2027", "từ 1,38 lên 1,45 giáo viên/lớp, bậc trung
                               học cơ sở từ 1,78 lên 1,85 giáo viên/lớp", "xuống dưới 1.000 người"; the exam's rubric (60 câu
                               hỏi, 45 phút, 50 điểm) and eligibility (18 tuổi, 05 năm): none; the steps with dated deadlines
                               ("trước ngày 20/01/2027", "từ ngày 15/3/2027 đến ngày 14/4/2027", "trong tháng 4/2027", "chậm nhất
                               ngày 10/7/2027"), relative ones ("trong thời hạn 30 ngày kể từ ngày nhận được thông báo …", "trong
                               thời hạn 10 ngày kể từ ngày kết thúc Vòng 2"), "Định kỳ hằng quý … báo cáo" (none); the Sở's Phòng
                               Công chức, viên chức, the Hội đồng tuyển dụng, "Đề nghị Công an tỉnh, Trường Đại học Hồng Đức";
                               the law and its amending law, the decree and its amending decree, a Công văn after "Trên cơ sở đề
                               nghị", "Luật Giáo dục" without number; Phụ lục I ("ĐVT", "Thực hiện năm 2026", "Kế hoạch" over
                               "Năm 2027 | Năm 2028", group rows, "≥ 95", "< 1.000", "-", "Tăng 3%"); Phụ lục II by level
                               (Mầm non | Tiểu học | THCS | THPT | Tổng cộng: staffing allotted and in post none, the quota row
                               targets); Phụ lục III a task table ("15/3 - 14/4/2027", "Quý II/2027", "Hằng năm")
    the three s36e plans at the start (f390fd7): bo_nnmt_giam_phat_thai_me_tan targets 0.875 / deadlines 0.952 / bodies
                               0.933 / refs 1.000, canonical share 4.9% (41 targets); tinh_the_luc_tam_voc_tre_em_thanh_thieu_nien
                               0.955 / 1.000 / 1.000 / 1.000, share 44.2% (43 targets); so_noi_vu_tuyen_dung_vien_chuc_giao_duc
                               0.714 / 0.960 / 0.947 / 1.000, share 6.7% (15 targets); together 0.876 / 0.969 / 0.958 / 1.000
                               (targets tp 92, 99 extracted, 111 gold; deadlines tp 31 of 33); canonical share 22.2% (22 of 99
                               targets). formats.py --styled on the three: txt, DOCX and PDF alike 0.876 / 0.969 / 0.958 / 1.000,
                               crawl 0.880 / 0.969 / 0.958 / 1.000
    tinh_phat_trien_giao_duc_mam_non  UBND tỉnh Hà Tĩnh plan (86/KH-UBND, 17/3/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) for
                               early-childhood education 2026 - 2030 (s36a, held out, written blind), as the office typed it (one
                               paragraph a line, tables as TAB rows): the 2025 results (none, with 'duy trì 100% xã, phường đạt chuẩn …'
                               among them); under '3. Mục tiêu cụ thể đến năm 2030' 'Phấn đấu đến năm 2028 có 100% …', 'ít nhất 35% vào
                               năm 2027 và từ 40% trở lên vào năm 2030', 'trên 98%, riêng trẻ em 5 tuổi duy trì ở mức 99,8%' (a part),
                               'Mỗi năm tăng thêm từ 2 đến 3 nhóm trẻ', 'không quá 3%', 'dưới 2,5%', 'khoảng 620 phòng học, trong đó các
                               xã miền núi 210 phòng', '2,2 giáo viên/lớp … 2 buổi/ngày', 'tối thiểu 3.500 lượt người mỗi năm'; tasks
                               without a year ('thiết bị dạy học tối thiểu cho 100% lớp' is eq), the phase 'Giai đoạn 2026 - 2027: … 310
                               phòng học'; 'Định kỳ hằng năm tổ chức sơ kết' (a yearly review), 'trước ngày 15 tháng 12 hằng năm', 'Năm
                               2028 … sơ kết giữa kỳ, năm 2030 tổng kết'; Appendix I with 'Thực hiện năm 2025' (baseline), 'Kế hoạch'
                               spanning 'Năm 2026 | Năm 2027 | Năm 2030', group rows I/II, '≥ 40', '> 98', '< 6', 'Tăng 5%', a 'Ghi chú'
                               column; Appendix II a task table (products '620 phòng học', '480 giáo viên đạt chuẩn', '04 lớp tập huấn
                               mỗi năm'; times 'Quý III/2026', '2026 - 2030', '2026 - 2028', 'Trước 31/8/2026', 'Hằng năm' (none), 'Quý
                               IV/2028'); Tờ trình of the Sở, 'Chương trình giáo dục mầm non' (no number); start (f390fd7): targets
                               0.942 / deadlines 0.960 / bodies 1.000 / refs 1.000; end (s36a): 0.981 / 1.000 / 1.000 / 1.000; left:
                               'Mỗi năm tăng thêm từ 2 đến 3 nhóm trẻ' ('nhóm trẻ' is read as no count noun) and '2,2 giáo viên/lớp đối
                               với lớp mẫu giáo học 2 buổi/ngày' (no per-class unit)
    bo_cong_thuong_cong_nghiep_ho_tro  Bộ Công Thương decision (947/QĐ-BCT, 08/4/2026; KT. BỘ TRƯỞNG / THỨ TRƯỞNG) issuing its plan for
                               the supporting-industries programme 2026 - 2030 (s36a, held out, written blind), as typed: Điều 1-3, Nơi
                               nhận and signature before the plan; the 2021 - 2025 results (none); 'từ 55% đến 60%', 'tăng bình quân 10
                               - 12%/năm', 'khoảng 2.000 doanh nghiệp …, tăng thêm ít nhất 850 doanh nghiệp so với năm 2025; trong đó
                               khoảng 200 …' (a part), 'tối thiểu 40%' beside '9 chỗ ngồi', 'Phấn đấu 100% …', '3. Mục tiêu năm 2027'
                               ('tối thiểu 120', '03 trung tâm'); tasks' outputs without a year ('ít nhất 06 hội chợ, triển lãm … mỗi
                               năm', 'không dưới 150', '6.000 lao động kỹ thuật và 1.200 kỹ sư', 'mỗi năm có thêm từ 15 đến 20 doanh
                               nghiệp'), a credit package 'khoảng 30.000 tỷ đồng … đến năm 2030' asked of the State Bank; 'định kỳ 6
                               tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)', 'trước ngày 20 tháng 7 hằng năm', 'Năm 2028 chủ
                               trì sơ kết giữa kỳ, quý IV/2030 tổng kết'; national bodies (Bộ Tài chính, Bộ Khoa học và Công nghệ, Ngân
                               hàng Nhà nước Việt Nam, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương), Cục Công nghiệp, a
                               business association; Appendix I 'ĐVT' | 'Ước TH 2025' | 'Mục tiêu đến năm' spanning bare years '2027 |
                               2030' with '55 - 60', '10 - 12', '≥ 40'; Appendix II a task table whose 'Cơ quan phối hợp' cells list
                               bodies with ';' and ','; start (f390fd7): 0.812 / 0.923 / 0.889 / 0.923; end (s36a): 0.912 / 1.000 /
                               0.963 / 0.923; left: '… cho 6.000 lao động kỹ thuật và 1.200 kỹ sư trong các ngành …' (the second count
                               named by its own words, in the text and in the product cell), 'mở 10 chương trình đào tạo' ('mở' commits
                               to no count, 'chương trình' is no count noun), the credit package named with its request frame ('đề nghị
                               Ngân hàng Nhà nước Việt Nam chỉ đạo … dành gói tín dụng …'), Bộ Công Thương read as the partner of 'Phối
                               hợp với Bộ Công Thương' (the issuer), 'Chương trình cấp quốc gia về xúc tiến thương mại' (a programme
                               without a number)
    phuong_phan_loai_chat_thai_ran_tai_nguon  UBND phường Thủy Nguyên (Hải Phòng, after the two-tier reform) plan (57/KH-UBND,
                               12/01/2026; TM. / CHỦ TỊCH) for sorting household solid waste at source 2026 - 2028 under the Luật Bảo vệ
                               môi trường 2020 (s36a, held out, written blind), as typed: the 2025 state (none; 'theo ba nhóm' none);
                               'a) Năm 2026' / 'b) Đến năm 2028' headings: 'Ít nhất 60% …', 'Xóa bỏ toàn bộ 9 điểm', 'tối thiểu 01
                               điểm', 'trên 90%; riêng các tổ dân phố khu trung tâm phấn đấu đạt 100%', '100% khối lượng …, khoảng 48
                               tấn/ngày', 'Giảm ít nhất 25% … so với năm 2025', '24/24 tổ dân phố', 'Bình quân mỗi năm … khoảng 350
                               tấn'; tasks' outputs ('48 buổi … trong năm 2026, mỗi tổ dân phố 02 buổi', 'ít nhất 02 chuyên mục mỗi
                               tháng', '11.800 bộ thùng', 'giảm từ 30% đến 40%', 'có thêm 500 hộ'); 'trong tháng 02/2026', 'từ ngày
                               01/01/2027', 'trước ngày 20 của tháng cuối quý', 'sơ kết 6 tháng vào tháng 7/2026', 'hằng tháng' reports
                               (none); the ward's offices, Công an phường, the waste company, the Front ('chủ trì giám sát' after 'Đề
                               nghị'), mass organisations, 'Trưởng các tổ dân phố' (a person, none); Appendix 1 with 'Kế hoạch' spanning
                               'Năm 2026 | 2027 | 2028', '≥ 60', '> 90', zeros for the spots (targets of 0), a 'Ghi chú'; Appendix 2 a
                               task table with 'Hằng quý' (an inspection, none); start (f390fd7): 0.949 / 1.000 / 0.900 / 1.000; end
                               (s36a): 0.987 / 1.000 / 0.947 / 1.000; left: 'mỗi tổ dân phố 02 buổi' (a per-unit share of the 48 buổi),
                               'Đoàn Thanh niên phường' (the Youth Union's short name, a row of its own beside its full name)
    the three s36a plans at the start (f390fd7): together 0.908 / 0.960 / 0.930 / 0.974 (targets tp 114, 122 extracted, 129 gold;
                               deadlines 36 of 39); as formats (formats.py --styled): txt 0.908 / 0.960 / 0.930 / 0.974, docx 0.908 /
                               0.960 / 0.930 / 0.974, pdf 0.908 / 0.960 / 0.930 / 0.974, crawl 0.912 / 0.960 / 0.930 / 0.974; canonical
                               share 44.3% (54 of 122 targets)
    s36e after its fixes (end, s36e): bo_nnmt_giam_phat_thai_me_tan 0.949 / 1.000 / 1.000 / 1.000 (share 2.6%, 39 targets: the
                               one canonical row lost was the wrong '2028 mô hình'), tinh_the_luc_tam_voc_tre_em_thanh_thieu_nien
                               0.989 / 1.000 / 1.000 / 1.000 (43.2%, 44), so_noi_vu_tuyen_dung_vien_chuc_giao_duc 0.714 / 1.000 /
                               0.947 / 1.000 (6.7%, 15); together 0.919 / 1.000 / 0.986 / 1.000 (targets tp 96, 98 extracted, 111
                               gold; share 21.4%, 98 targets), as text, DOCX, PDF and crawl alike (formats.py --styled). Gold fixed by
                               the rules (own commits): the unit 'triệu tCO2tđ' (e497816, units.tsv after Nghị định 06/2022/NĐ-CP,
                               precedent tinh_bien_doi_khi_hau) and 'bể' for '25 - 30 bể bơi lắp ghép …' (e1b2a4f; the precedent is
                               xa_phong_chong_tai_nan_thuong_tich_tre_em's 'Lắp đặt 01 bể bơi lắp ghép', not the plan that commit names);
                               the start scored on the fixed gold 0.895 / 0.969 / 0.958 / 1.000. The formats lost nothing against the
                               text, at the start or the end: only the crawl (one cell a line) had not read a time cell's year as a
                               count, and fee0713 made the text agree. Fixed, by class: 'khí hậu' a word of names only as one word
                               ('Cục Biến đổi khí hậu', 4e517e4); the size of the units a pledged share counts ('phấn đấu 100% bãi
                               chôn lấp … có công suất từ 500 tấn/ngày trở lên được …', 84f9bcb, its tests placed by 8de2c3e); no unit
                               across a table cell's tab ('2026 - 2028⏎Mô hình trình diễn', fee0713); the level a rise reaches with
                               its bound ('…, đạt tối thiểu 65%') and a year's value followed by 'và duy trì …' (53ec740); 'tổ chức
                               đánh giá' a review word ('Định kỳ hằng năm, … tổ chức đánh giá kết quả thực hiện', e5eba32); a time
                               limit from the end of an exam's round by its number ('kể từ ngày kết thúc Vòng 2', b464f9a); parts
                               of four or five words after a measure's label and colon keep its name ('Tỷ lệ hộ nghèo giảm: khu vực
                               thành thị đạt 2%, …', c58d3cd). All 233 plans 0.962 / 0.973 / 0.985 / 0.995 (start, with the three)
                               -> 0.963 / 0.974 / 0.986 / 0.995 (targets tp 6489 -> 6492, pred 6686 -> 6685; deadlines tp 2654 ->
                               2657; bodies tp 3010 -> 3011); other plans' rows changed only where they became right (a part's name
                               and scope in an older plan, qd_thuc_hien_quy_hoach_tinh's yearly review); seeds, dev unchanged; rows
                               SAME on seeds and field, wide one deadline more ('b) Hằng năm, tổ chức đánh giá kết quả thực hiện Nghị
                               quyết.', a yearly review, right). Left: the recruitment quota counted in 'chỉ tiêu' (10 rows: no such
                               unit; in the corpora '… chỉ tiêu' counts indicators met, a result, and no quota so written was found in
                               field or wide), the teachers-per-class ratio 'giáo viên/lớp' (2: '/lớp' reads as a class's size, '30
                               học viên/lớp'; none in the corpora), the council named by its work without a level ('Hội đồng tuyển
                               dụng viên chức giáo dục' as a heading and a table cell: a line's end is no safe close of a name in
                               hard-wrapped crawls), a part under a 24-word label (MAX_LABEL_WORDS 20), a target in a 'Ghi chú' cell
                               ('Năm 2027: 85%'), the prose 'mỗi năm xây dựng ít nhất 50 mô hình trình diễn tại các tỉnh …' named by
                               its places
    s36d after its fixes (end): qd_dau_gia_quyen_su_dung_dat_2027 0.893 / 1.000 / 1.000 / 1.000 (share 0.0%, 27 targets);
                               xa_dien_tap_khu_vuc_phong_thu_2027 0.850 / 0.970 / 1.000 / 1.000 (11.1%, 18);
                               tinh_hoi_nhap_quoc_te_2026_2030 0.947 / 1.000 / 0.971 / 1.000 (36.1%, 36); together as text 0.907 /
                               0.989 / 0.988 / 1.000 (targets tp 62 -> 78 of 91, 104 -> 81 extracted); formats (--styled) txt =
                               docx = pdf 0.907 / 0.989 / 0.988 / 1.000, crawl 0.881 / 0.989 / 0.976 / 1.000 (start 0.730 / 0.989 /
                               0.941 / 1.000);
                               canonical share 18.5% (15 of 81 targets; the gazetteer left alone). As the office typed them the plans
                               lost most on their tables, the same in DOCX and PDF. Fixed, by class: a number ending its table cell
                               takes no unit from the next cell (a task row's "2026 - 2027" before its product "Cơ sở dữ liệu …",
                               b6b4749); a list of assets put up for auction ("DANH MỤC KHU ĐẤT … ĐƯA RA ĐẤU GIÁ") is a list of what
                               is offered, its areas and proceeds no targets (479585d); a part of the year under the year's plan
                               ("Kế hoạch năm 2027" over "6 tháng đầu năm | Cả năm", "Quý I …") names no measure (f6a2348); "củng
                               cố", "bố trí", "đưa ra đấu giá" are commitments and "khu đất" a count unit (45e51ef: two gold targets
                               of older plans found); a numbered area with its seat after a dash is one name ("Ban Chỉ huy Phòng thủ
                               khu vực 2 - Tân Hiệp", "Tòa án nhân dân khu vực 1 - Hà Nội"); a proper name wrapped inside a crawled
                               task cell is one name ("Thuế tỉnh Quảng⏎Ngãi", "Khu kinh tế Vân⏎Phong;"). All 233 plans 0.959 /
                               0.974 / 0.985 / 0.995 (start) -> 0.963 / 0.974 / 0.986 / 0.995
                               (targets tp 6458 -> 6476, pred 6691 -> 6670; bodies tp 3016 -> 3017); seeds, dev unchanged; rows SAME on seeds, field and wide after
                               every fix. Left: the parts "trong đó đất ở 19 khu với 41,2 ha, đất thương mại, dịch vụ 07 khu với
                               37,4 ha" (a part that is a count with its area); the year of "12 khu đất chuẩn bị đấu giá năm 2028"
                               (a year in the thing's description read as its due year); the "Kế hoạch | Năm 2026" column of a plan
                               for 2027 issued in 10/2026 (read as a year before the plan's, a baseline, as it is in most plans);
                               "… Ban Chỉ đạo, Sở Chỉ huy và các tổ giúp việc với ít nhất 85 lượt người dự" (named by the list's
                               last item); "bình quân mỗi năm 04 thỏa thuận" after "20 thỏa thuận" (tried: the restatement cued,
                               but the tagger splits "thỏa thuận" before ";"); "15 chương trình, dự án hợp tác", "05 chương trình
                               đào tạo" ("chương trình" as a part of the plan, NOT_AFTER); "(03 hội nghị/năm)" in a task cell; "Sau
                               diễn tập 07 ngày"; an airport as a body (tried: heads "Cảng hàng không (quốc tế)" found Cam Ranh,
                               Liên Khương, Long Thành in the plans, but took the corporation "Cảng Hàng không Việt Nam (ACV)" of a
                               companies' list from its short name: not kept); in the crawl, the header "Thực hiện năm 2026 | Kế
                               hoạch năm 2027" over "6 tháng đầu năm | Cả năm" lost its spans and the sub-row is laid under the
                               first (the half-year values lost), and "khu vực 2⏎- Tân Hiệp" wrapped before its dash
                               share 44.3% (54 of 122 targets); end (s36a, after its fixes): together 0.964 / 1.000 / 0.971 / 0.974
                               (targets tp 122, 124 extracted, 129 gold; deadlines 39 of 39; the gold's units 'hội chợ', 'lượt' and 'bộ
                               thùng' fixed by precedent in their own commits after the start figures), txt = docx = pdf = crawl 0.964 /
                               1.000 / 0.971 / 0.974 (DOCX, PDF and crawl lose nothing against the text: no artefact of formats.py to
                               note; the crawl's start +0.004 was the time-cell extra only the text read), canonical share 44.4% (55 of
                               124). Fixed, by class: a task table's time cell is no value (dc474c4); a year series' step framed 'từ …
                               trở lên' (05f6f18); reviews held 'chủ trì' or opened by a quarter, and a review schedule in its own ';'
                               clause (3f59ab5); a plural owned by a body in a table cell (e68f985); 'công nghiệp hỗ trợ' inside a name
                               (feca3b2); an amount restating a share of a measured whole after a comma, a breakdown part written with
                               the head of the whole's compound unit, 'miễn phí' between a verb and its count (ab5adb9), 'điểm trường' a
                               count noun (980c5a5). All 233 plans (with these three) 0.963 / 0.973 / 0.985 / 0.995 at the start ->
                               0.964 / 0.974 / 0.985 / 0.995 at the end (targets tp 6510 -> 6518, pred 6709 -> 6711; deadlines tp 2659
                               -> 2662; bodies tp 3009 -> 3010, pred 3051 -> 3050); seeds and dev unchanged; rows SAME on seeds, field
                               and wide after every fix
    tinh_bao_ve_moi_truong_2026_2030  UBND tỉnh Quảng Trị plan (86/KH-UBND, 3/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) for
                               environmental protection 2026 - 2030 (w20c, written blind): 2021 - 2025 results that are no
                               targets, "Mục tiêu cụ thể đến năm 2030" a) .. i) (a part "trong đó … chôn lấp trực tiếp không
                               quá 30%", "duy trì ổn định ở mức 67,5% trở lên", "Đầu tư mới 06 trạm …, nâng tổng số … lên 17
                               trạm"), a "3. Lộ trình thực hiện" inside the part of targets whose phases ("- Giai đoạn 2026 -
                               2027: hoàn thành xử lý 08 bãi …") are deadlines, a hotline number, the plan's budget beside a
                               norm it keeps ("không thấp hơn 1% tổng chi ngân sách"), an indicator table "Kế hoạch các năm"
                               over 2026 .. 2030 with a Ghi chú "Tổng 14 bãi", a task table with "Hằng năm", "Thường xuyên"
    tinh_chuyen_doi_so_nam_2027  UBND tỉnh Tuyên Quang plan (318/KH-UBND, 11/2026) for digital transformation in 2027
                               (w20c): a one-year plan (every target 2027), parts "trong đó khu vực nông thôn đạt 60%",
                               "không dưới", "không còn thôn, bản 'lõm sóng'", a quarterly series ending "và cả năm đạt trên
                               70%", an indicator table "Kế hoạch năm 2027" over "6 tháng | Cả năm" beside "Ước thực hiện năm
                               2026", operators (Viễn thông, Viettel, MobiFone …) after "Đề nghị", "Đề án 06" as its decision
    phuong_van_minh_do_thi_2026_2030  UBND phường Bắc Giang (Bắc Ninh) plan (54/KH-UBND, 4/2026; TM. / CHỦ TỊCH) on urban order,
                               civilised urban living and urban development 2026 - 2030 (w20c): the ward's founding figures,
                               "Tổ dân phố số 7, số 12", "đô thị loại I", "bình quân 10%/năm", "hằng năm từ 93% trở lên",
                               "trong đó năm 2026 có 08 tổ dân phố", "m² sàn/người", "m²/người", the province's urbanisation
                               rate, "02 công viên, 05 vườn hoa", a task's "kinh phí dự kiến 9,6 tỷ đồng", "họp định kỳ 02
                               lần/năm" (the plan's own meetings), "trong thời hạn 07 ngày kể từ ngày phát hiện", a table
                               "Mục tiêu" over "Năm 2027 | Năm 2030"
    w20c at the start (7e9352e, gold corrected by precedent in e39b646; blind gold 0.907 / 0.925 / 0.929 / 1.000):
                               tinh_bao_ve_moi_truong_2026_2030 0.979 / 0.923 / 1.000 / 1.000, tinh_chuyen_doi_so_nam_2027 0.882
                               / 1.000 / 0.933 / 1.000, phuong_van_minh_do_thi_2026_2030 0.921 / 0.929 / 0.966 / 1.000; together
                               0.935 / 0.950 / 0.964 / 1.000; formats (blind gold) txt = docx = pdf 0.907 / 0.925 / 0.929 / 1.000,
                               crawl 0.907 / 0.925 / 0.952 / 1.000. End (w20c): 0.993 / 1.000 / 1.000 / 1.000, 0.990 / 1.000 / 0.933
                               / 1.000, 0.955 / 0.929 / 0.966 / 1.000; together 0.982 / 0.976 / 0.964 / 1.000 (targets tp 152 -> 164
                               of 167, pred 158 -> 167); formats txt = docx = pdf 0.982 / 0.976 / 0.964 / 1.000, crawl 0.960 /
                               0.976 / 0.988 / 1.000. Fixed, by class: a second header row of parts of the year ("6 tháng | Cả
                               năm") was data ("6 tháng" read as a value); the whole year after its parts goes on the series ("…
                               quý III/2027 đạt 68% và cả năm đạt trên 70%"); units "bãi", "vườn hoa", "hệ thống"; a task's
                               "kinh phí dự kiến …" is an input; the phases of a roadmap inside the part of targets are deadlines.
                               All 245 plans 0.962 / 0.975 / 0.985 / 0.995 -> 0.963 / 0.975 / 0.985 / 0.995 (targets tp 7028 ->
                               7040, pred 7235 -> 7245; deadlines tp 2809 -> 2811); one row changed elsewhere (qd_bao_ve_moi_truong
                               finds its gold "05 bãi chôn lấp"); seeds, dev unchanged, rows SAME on both. Left: in the crawl the
                               "6 tháng | Cả năm" row stays data (the body rows lose their empty last cell, so the header seems
                               as wide as the table: 7 rows); "Cải tạo, lát đá 14,6 km vỉa hè trên các tuyến …" named by its
                               streets; "họp định kỳ 02 lần/năm" (the plan's own meetings) read as a target;
                               "ưu tiên 38 xã vùng cao" read as a count; "giai đoạn 2026 - 2028" closing an action line and "trong
                               thời hạn 07 ngày kể từ ngày phát hiện" (a case's time limit: by design no deadline, s29i); "Ban
                               điều hành các tổ dân phố" (no head with a source found); "MobiFone Tuyên Quang⏎Đầu tư hạ tầng …"
                               (a name run over the line end into its task's verb); a quarter left in a series step's name
                               ("… quý III/2027")
    xa_tan_lap_ke_hoach_kinh_te_xa_hoi_2027  commune UBND yearly plan (312/KH-UBND, 12/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)
                               of xã Tân Lập, Tây Ninh, for 2027 after the two-tier reorganisation (w20a, held out, written blind),
                               source shape: 2026 results (none); "chỉ tiêu chủ yếu" by group a) - d): a growth range and its
                               sectors' parts ("tăng 8 - 8,5%; trong đó nông, lâm nghiệp và thủy sản tăng 3,5%, …"), "từ 78 triệu
                               đồng/người/năm trở lên", "giảm 0,3%, còn dưới 0,8%", "trong đó đưa 15 người đi làm việc ở nước
                               ngoài", "Có thêm 01 trường … mức độ 1 …, nâng tổng số … lên 9/11 trường", "Xã đạt thêm 02 tiêu chí,
                               nâng tổng số lên 19/19 tiêu chí xã nông thôn mới nâng cao", numbers that are none ("lớp 10", "3 sao",
                               "mức độ 3", "ĐX.05", a phone number); the commune's offices (Phòng Kinh tế, Phòng Văn hóa - Xã hội,
                               Văn phòng HĐND và UBND, Trung tâm Phục vụ hành chính công, Trạm Y tế, Công an, Ban Chỉ huy quân sự
                               xã), "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/11)", "báo cáo kết quả hằng quý";
                               Phụ lục I Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Ước thực hiện năm 2026 | "Kế hoạch" over Năm
                               2027 | Năm 2030 | Ghi chú (group rows A-C, "≥ 78", "< 0,8", "-", a target in a Ghi chú cell, "Lũy
                               kế"); Phụ lục II a task table ("Tháng 01/2027", "Quý III/2027", "Trước ngày 15/12/2027", "Thường
                               xuyên", "Tháng 6/2027 và tháng 12/2027"; products "02 công trình", "Tỷ lệ … đạt 95,2%")
    so_y_te_dan_so_cham_soc_suc_khoe_2026_2030  Sở Y tế Quảng Trị plan (1846/KH-SYT, 4/2026; GIÁM ĐỐC) on population and
                               health care 2026 - 2030 (w20a, held out, written blind), source shape: 2021 - 2025 results (none);
                               "Duy trì tổng tỷ suất sinh ở mức 2,1 con/phụ nữ", "dưới 109 bé trai/100 bé gái sinh ra sống",
                               "tầm soát ít nhất 4 loại bệnh …" (no count), "75 tuổi, trong đó số năm sống khỏe đạt tối thiểu 68
                               năm", "giảm bình quân 0,8%/năm, đến năm 2030 còn dưới 15,5%", "10‰", "35 giường bệnh/vạn dân, trong
                               đó giường bệnh tư nhân …", "19 bác sĩ/vạn dân; 3,2 dược sĩ đại học/vạn dân; 30 điều dưỡng/vạn dân",
                               the coverage's yearly series, the plan's budget (none), "mỗi năm ít nhất 02 đợt chiến dịch", the
                               department's rooms and units (Phòng Kế hoạch - Tài chính, Phòng Tổ chức cán bộ, Chi cục Dân số,
                               TTKSBT, Bệnh viện Đa khoa tỉnh, "các Trung tâm Y tế khu vực"), "Đề nghị Sở Tài chính …; Sở Nội vụ
                               …; Bảo hiểm xã hội tỉnh …", "trước ngày 15 tháng 12 hằng năm", "định kỳ 6 tháng", "bắt đầu từ năm
                               2026"; Phụ lục I "Kế hoạch" over Năm 2026 | Năm 2028 | Năm 2030 ("> 95", "< 109", "Số giường bệnh
                               trên 10.000 dân | giường"); Phụ lục II a task table ("Quý II hằng năm", "Hằng năm", "2026 - 2028",
                               "Quý IV/2028; Quý IV/2030"; products "Người dân được khám ít nhất 01 lần/năm", "02 đợt chiến
                               dịch/năm", "95% dân số có hồ sơ sức khỏe điện tử")
    tinh_nong_thon_moi_kieu_mau_2026_2030  UBND tỉnh Hưng Yên plan (134/KH-UBND, 5/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)
                               for new rural areas, advanced and model, 2026 - 2030 (w20a, held out, written blind), source shape:
                               2021 - 2025 results and debts (none); "100% số xã … theo Bộ tiêu chí giai đoạn 2026 - 2030 (93/93
                               xã)", "ít nhất 65% … (tối thiểu 61 xã); trong đó phấn đấu năm 2026 đạt 45 xã, …", "tối thiểu 30 xã
                               …, chiếm 32% số xã", "Có thêm 150 thôn …, nâng tổng số lên 278 thôn", "Bình quân mỗi năm mỗi xã đạt
                               thêm từ 1,5 tiêu chí … trở lên", "tăng ít nhất 1,6 lần so với năm 2025, đạt trên 110 triệu
                               đồng/người/năm", "không còn hộ nghèo thuộc đối tượng chính sách người có công", "giảm bình quân
                               0,15%/năm", the plan's funding and its parts (the mobilised one a target), the 2025 departments (Sở
                               Nông nghiệp và Môi trường as standing body, Sở Dân tộc và Tôn giáo), a provincial project board,
                               "định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12)", "trước ngày 31/12 hằng năm",
                               "thẩm định … hằng năm"; Phụ lục I "Kế hoạch (lũy kế)" over 2026 … 2030 ("> 110", "Lũy kế"); Phụ lục
                               II a task table ("Trước ngày 31/12 hằng năm", "2026 - 2028", "Năm 2027"; products "08 công trình",
                               "Ít nhất 35 sản phẩm được công nhận mới mỗi năm", "05 thôn thông minh")
    the three w20a plans at the start (7e9352e), blind gold (10f03dfc): xa_tan_lap_ke_hoach_kinh_te_xa_hoi_2027 targets 0.947 /
                               deadlines 0.966 / bodies 1.000 / refs 0.909; so_y_te_dan_so_cham_soc_suc_khoe_2026_2030 0.941 /
                               0.909 / 1.000 / 0.952; tinh_nong_thon_moi_kieu_mau_2026_2030 0.941 / 0.960 / 1.000 / 0.933;
                               together 0.943 / 0.947 / 1.000 / 0.936 (targets tp 200, 210 extracted, 214 gold); formats (--styled)
                               txt = docx 0.943 / 0.947 / 1.000 / 0.936, pdf 0.920 / …, crawl 0.938 / …; canonical share 74.8%
                               (157 of 210). Gold fixed by precedent (9ad848a: the sex ratio's unit without "sinh ra sống",
                               "không còn …" a target of 0, the mobilised part of the funding a target, "căn nhà"): start 0.961 /
                               0.956 / 0.957 for the three, together 0.958. End (w20a, after its fixes): 0.980 / 0.966 / 1.000 /
                               1.000; 0.956 / 0.909 / 1.000 / 1.000; 1.000 / 0.960 / 1.000 / 0.933; together 0.979 / 0.947 / 1.000
                               / 0.980 (targets tp 210, 213 extracted, 214 gold); formats txt = docx 0.979 / 0.947 / 1.000 / 0.980,
                               pdf 0.956 / …, crawl 0.974 / … (the PDF breaks "triệu đồng/người/năm" in its narrow ĐVT cell as
                               "triệu đồng/n gười/năm": five table rows; the crawl misses one year); share 74.6% (159 of 213).
                               Fixed, by class: a national programme named in running case is cited ("Chương trình mỗi xã một sản
                               phẩm", "… tiêm chủng mở rộng"; national_programmes.tsv); a bracket restating a share after the period
                               that closes it ("… giai đoạn 2026 - 2030 (93/93 xã)"); "chiếm 32% số xã" after a count of xã restates
                               it; the level after a change said as a multiple ("tăng … 1,6 lần …, đạt trên 110 triệu đồng"); the
                               criteria a unit adds ("đạt thêm 02 tiêu chí") and a bare total named by the words after its unit
                               ("nâng tổng số lên 19/19 tiêu chí xã nông thôn mới nâng cao", and tinh_cap_giay_chung_nhan_dat_dai's
                               "… lên 81/124 xã, phường có cơ sở dữ liệu đất đai …", found). All 245 plans 0.963 / 0.975 / 0.986 /
                               0.994 -> 0.963 / 0.975 / 0.986 / 0.995 (targets tp 7082 -> 7089, pred 7287 -> 7290; refs tp 1688 ->
                               1691); seeds and dev unchanged. Left: "trong đó số năm sống khỏe …" and "trong đó đưa 15 người đi
                               làm việc ở nước ngoài" (a part named by its own measure or unit, read as its own indicator), "mỗi
                               năm ít nhất 02 đợt chiến dịch …" (rounds organised: out), a value in a product cell that does not
                               open it ("Người dân được khám ít nhất 01 lần/năm": named across the row's cells), the Ghi chú cell,
                               recurring reports without a day ("báo cáo kết quả hằng quý", "định kỳ 6 tháng", "thẩm định … hằng
                               năm": left by design, see s19d), "bắt đầu từ năm 2026", "theo Bộ tiêu chí giai đoạn 2026 - 2030" (a
                               criteria set named by its period only), the PDF's broken unit
    hdnd_ke_hoach_5_nam_kinh_te_xa_hoi_2026_2030  Đắk Lắk HĐND resolution (27/NQ-HĐND, 10/7/2026) on the five-year socio-economic plan
                               2026 - 2030 (w20d, written blind): the 2021 - 2025 results first, targets in Điều 1 under "Các chỉ
                               tiêu chủ yếu đến năm 2030" (GRDP growth %/năm, GRDP per head in triệu đồng and "tương đương khoảng 5.100
                               USD", the economic structure in four parts, "bằng khoảng 35% GRDP", "riêng tỷ lệ hộ nghèo đồng bào dân
                               tộc thiểu số …" (a measure of its own), life expectancy in tuổi), tasks with outputs and a completion
                               "trong năm 2026;" before a count, Phụ lục I (a two-row header "Kế hoạch" over Năm 2026 … 2030 and "Giai
                               đoạn 2026 - 2030", group rows A/B/C, "> 95", "≥ 10"), Phụ lục II task table naming "Kế hoạch … 05 năm"
                               (the plan the resolution adopts)
    ubnd_phat_trien_du_lich_2026_2030  Ninh Bình UBND tourism plan 2026 - 2030 (215/KH-UBND, w20d): "Đến năm 2028" / "Đến năm 2030"
                               objectives (visitors in triệu lượt khách with the international part, stays in ngày, revenue, "gấp 2
                               lần năm 2025", share of GRDP, USD/ngày and triệu đồng/lượt khách, rooms "trong đó ít nhất 4.000 buồng
                               đạt tiêu chuẩn từ 3 đến 5 sao", direct and indirect jobs), a hotline "0229.3884.101" "24/7", the
                               plan's budget, a board named after its site before its task ("Ban Quản lý Quần thể danh thắng Tràng An
                               đầu tư …"), Phụ lục 1 with an unnumbered "Trong đó: khách quốc tế" row and "3 - 5 sao" in a row name
    qd_co_cau_lai_nong_nghiep_ocop_2026_2030  An Giang UBND decision (842/QĐ-UBND) issuing an agricultural restructuring and OCOP plan
                               2026 - 2030 (w20d): value per "01 ha", VietGAP and organic area, "gấp 3 lần năm 2025", OCOP stars as
                               parts, a yearly series "năm 2026 đạt 45 sản phẩm, …", cooperatives, a funding sentence whose last
                               source is "vốn lồng ghép và huy động hợp pháp khác", TCVN codes, the special zone's UBND, Phụ lục I
                               with bare years "2028 | 2030" under "Mục tiêu đến năm". The three together, on main at 7e9352e with
                               the gold as committed blind (43b864a): 0.973 / 0.958 / 0.966 / 0.980 (docx the same, pdf 0.973 / 0.958 / 0.954 / 0.980,
                               crawl 0.860 / 0.958 / 0.943 / 0.980); with the gold
                               corrected by precedent (f03a908: a bare "Hằng năm" time cell is no deadline, "Ủy ban nhân dân các xã"
                               is one body with "… các xã, phường", the count noun is the unit; be995f6: "riêng tỷ lệ hộ nghèo đồng
                               bào dân tộc thiểu số" its own measure): 0.992 / 1.000 / 0.988 / 0.980; end (w20d, after its fixes):
                               1.000 / 1.000 / 1.000 / 1.000 (docx the same, pdf 1.000 / 1.000 / 0.988 / 1.000, crawl 0.906 / 1.000
                               / 0.988 / 1.000; comparator 0.992: "khoảng 28.500 … và 55.000 …", "ít nhất
                               30 … và 03 …" read with the bound on the first count only). Fixed, by class: a board named after its
                               site closes its name on the site's proper name (a55380f); a resolution "Về Kế hoạch …" adopts that
                               plan, its mentions the document itself (37ce3e3); "từ … đến …" before a grade, an age or a duration
                               as "… - …", a funding source named "huy động hợp pháp khác", an amount restated "bằng X% <base>",
                               "trong năm" closing a clause without a value dates that clause only (03888ab); a composition's label
                               on the line above its shares (5ca867b). Left: in the PDF, "Ủy ban nhân dân xã Tam Chúc" wrapped in a
                               task cell; in the crawl, Phụ lục 1 of the tourism plan (an empty "Ghi chú" column, an unnumbered
                               "Trong đó" row: the year columns read one off, 2026 and 2027 lost) and task cells wrapped over two
                               lines ("Ban Quản lý Quần thể danh thắng⏎Tràng An"). All 245 plans: 0.964 /
                               0.975 / 0.986 / 0.995 before and after (targets tp 7136 -> 7137, pred 7340 -> 7338; bodies pred 3213
                               -> 3212; legal_refs pred 1699 -> 1698); seeds and dev rows SAME
    tinh_cong_tac_gia_dinh_2026_2030  UBND tỉnh Phú Thọ plan (58/KH-UBND, 12/3/2026; TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) on family
                               work and the prevention of domestic violence 2026 - 2030 (w21b, held out, written blind): the
                               2021 - 2025 results (none), "đạt trên 95%", "ít nhất 1.150 câu lạc bộ …; mỗi xã, phường có ít
                               nhất 01 địa chỉ tin cậy", "giảm bình quân 5%/năm; đến năm 2030 giảm ít nhất 25% so với năm 2025",
                               task outputs in prose (no task table: "ít nhất 24 chuyên mục mỗi năm", "04 lớp … khoảng 400 học
                               viên", "30 mô hình … trong giai đoạn 2026 - 2028; đánh giá, nhân rộng trong giai đoạn 2029 -
                               2030"), phone numbers, Ngày Gia đình 28/6; Phụ lục I "STT | Chỉ tiêu | Đến năm 2027 | Đến năm
                               2030" with group rows 1, 2, 3 and sub-rows a), b), c) ("≥ 85%", "> 95%", "1.130 câu lạc bộ");
                               Phụ lục II the plan's money by source and year ("Nguồn kinh phí | 2026 | … | 2030 | Tổng", none)
    so_vhttdl_phat_trien_the_duc_the_thao_2026_2030  UBND TỈNH LÂM ĐỒNG / Sở Văn hóa, Thể thao và Du lịch plan (245/KH-SVHTTDL,
                               18/02/2026; GIÁM ĐỐC) for physical training and sports 2026 - 2030 (w21b, held out, written blind):
                               "40% trở lên", "2 m²/người", "tăng bình quân 4%/năm", "khoảng 260 vận động viên, trong đó …
                               đội tuyển tỉnh 95 vận động viên", "từ 8 đến 10 huy chương vàng" at the 2026 games, a rank "vào
                               nhóm 20 tỉnh, thành phố dẫn đầu", the games' ordinals (none), a special zone among the communes,
                               a road map "giai đoạn 2026 - 2027 hoàn thành …; giai đoạn 2028 - 2030 xây dựng … 10 nhà",
                               money to raise (a target) beside the plan's total (none), an amending law named again in a
                               decree's subject; a landscape Phụ lục "STT | Tên nhiệm vụ/đề án | Cơ quan chủ trì | Cơ quan phối
                               hợp | Thời gian trình/hoàn thành | Kinh phí (triệu đồng) | Nguồn vốn" (task names that count,
                               "Hằng năm" and "Thường xuyên" time cells, money and sources none)
    tinh_chuong_trinh_hanh_dong_vi_tre_em_2026_2030  UBND tỉnh Quảng Trị decision (812/QĐ-UBND, 02/4/2026) issuing the
                               children's action programme 2026 - 2030 after its signature (w21b, held out, written blind):
                               2025 figures (none), "xuống dưới 12‰", "còn 17%", "duy trì trên 95%", ages (none), the hotline
                               111, "Tháng hành động … từ ngày 01/6 đến ngày 30/6 hằng năm", Điều 3's "Giám đốc các Sở: Y tế, …,
                               Văn hóa, Thể thao và Du lịch; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu", a fund given a
                               target; Phụ lục "Chỉ tiêu cụ thể": "STT | Chỉ tiêu | Đơn vị tính | 2026 | … | 2030 | Mục tiêu
                               2030" in ‰ and % ("< 12", "≥ 90", "> 95")
    the three w21b plans at the start (main at 5f0de71), blind gold (d0bab807): tinh_cong_tac_gia_dinh_2026_2030 targets 0.632 /
                               deadlines 0.846 / bodies 1.000 / refs 1.000; so_vhttdl_phat_trien_the_duc_the_thao_2026_2030
                               0.946 / 0.938 / 1.000 / 0.941; tinh_chuong_trinh_hanh_dong_vi_tre_em_2026_2030 0.988 / 0.870 /
                               0.889 / 1.000; together 0.887 / 0.889 / 0.964 / 0.979 (txt = docx; pdf and crawl 0.966 / 0.889 /
                               0.964 / 0.979: the budget table is not read as a table there). Gold corrected (d6b883e: a dated
                               half-yearly report's date_raw is its day, the fund given a task a body; d939986: a span closing
                               a counted output's clause is the target's period, as nq72; 4ea0b59: the rank a target, "Chủ
                               tịch Ủy ban nhân dân các xã, phường, đặc khu" a body, "bể bơi" in "bể"): start 0.897 / 0.987 /
                               0.988 / 0.979. End (w21b, 5b447d0): per plan 1.000 / 1.000 / 1.000 / 1.000;
                               1.000 / 1.000 / 1.000 / 1.000; 1.000 / 1.000 / 0.966 / 1.000 (one body); together 1.000 / 1.000 /
                               0.988 / 1.000 (targets tp 135 of 135), the same in txt, docx, pdf and crawl; after f6c340b (the
                               body after "chủ trì,") 1.000 / 1.000 / 1.000 / 1.000 in all four formats. Fixed, by class: a table of the plan's money by
                               source under a "kinh phí" caption (none; an investment plan's capital by source stays); a table
                               cell counted in the noun its "Số …" label counts; a breakdown's part that writes the whole's unit
                               of several syllables again; a span closing the clause of an action that counts nothing
                               (rule_phase_closing_action); an amending law named again without its number; "địa chỉ tin cậy"
                               counted whole (units.tsv). All 257 plans: 0.965 / 0.973 / 0.986 / 0.995 (blind gold) -> 0.967 / 0.975 / 0.986 / 0.996
                               (targets tp 7829 -> 7836, pred 8063 -> 8041; deadlines tp 2957 -> 2961; refs pred 1803 -> 1801);
                               seeds and dev rows SAME. Left: a part's "khoảng" carried from its whole (comparator 0.985 over the
                               three). Then
                               (w21b) a count after two phases in one sentence takes the nearer ("…; giai đoạn 2028 - 2030 xây
                               dựng … 10 nhà": year 2030, was 2027); no other row of the plans, seeds or dev changed

Runs `python -m pipeline.cli run --direct` on the plans in a temporary folder and scores the
output with the reference scorer ../shared/spec/score.py (skipped with a reason where ../shared is
absent): per-table precision/recall/F1, and with -v the misses and extras per plan.

F1 (branch s18e, from main at 32a5719):
    before fixes  targets 0.838  deadlines 0.915  bodies 0.909  legal_refs 1.000
    after fixes   targets 0.965  deadlines 0.915  bodies 0.949  legal_refs 1.000
s19t (with ubnd_chuong_trinh_nghi_quyet_cp): targets 0.958 before its fixes (that plan 0.949), 0.964 after (0.962);
left there: "cấp mã số vùng trồng cho 150 vùng", the unit "tiến bộ kỹ thuật".
Fixed: tables of one cell a line; breakdown parts named without a colon; boards named after their
work ("Ban Quản lý xây dựng nông thôn mới xã"); "phân công X" as "giao X". Left (see -v): recurring
reports without a day ("định kỳ hằng tháng", by design only reviews), a phase inside a task line
("giai đoạn 2025 - 2026 hoàn thành …"), the title's own period where an activity's period is stated,
"trong đó đưa 7.000 lao động đi …" (the part names its own group), the unit "hộ kinh doanh",
"Hợp tác xã …" as a body, "các Ban của HĐND tỉnh", "Các huyện ủy, … trực thuộc Tỉnh ủy", "Phòng X, Sở Y tế".
s19b (seven plans, with xa_hai_cap_kinh_te_tap_the): main 0.968 / 0.931 / 0.944 / 1.000; after its fixes of those four
body classes and "Bưu điện văn hóa xã": 0.968 / 0.931 / 1.000 / 1.000.

F1 deadlines with bo_thi_hanh_luat (branch s19d, from main at 495abbe): main 0.913, s19d 0.958 (the title's period beside an
activity's span, a phase opening a clause); recurring reports without a day ("báo cáo … hằng tháng", "định kỳ hằng năm …") would give 0.990 but
cost the dev set 0.981 -> 0.937 (its gold leaves them out in four plans of five): left. Left too: "Từ tháng 8 đến tháng 10 năm 2026" after "… thi hành
Luật." (legal_refs reads the bare "Luật" as a law titled by the next sentence; its span hides the date).

s20b (eleven plans, with lien_tich_so_hoi_nong_dan): main (f22ce89) 0.960 / 0.969 / 0.940 / 1.000; s20b 0.960 / 0.969 /
0.990 / 1.000 (bodies left: "Thanh tra Bộ" of bo_thi_hanh_luat, hidden
by the bare "Luật" read as a citation that runs into the next line, and "UBND tỉnh" of tu_ke_hoach_can_cu).
    so_gddt_tuyen_quang_chi_tieu_nam_hoc  Sở GDĐT Tuyên Quang plan for the school year 2026 - 2027 (w20b, held out, written blind), as the
                               office typed it: number line before the national motto, the 2025 - 2026 results (124/124 xã, 67,3%,
                               98,12%) and the summing-up conference's 460 delegates (no targets), 'Tỷ lệ huy động … đạt 32%; … đạt 98%,
                               trong đó trẻ em 5 tuổi đạt 99,8%', 'không quá 0,5%', 'Duy trì 124/124', 'Có thêm 06 xã …, nâng tổng số lên
                               86', a share per level ('trong đó mầm non 66%, tiểu học 75% …'), 'không quá 20 học sinh/máy tính', the
                               cost 'Tổng kinh phí thực hiện dự kiến 1.286 tỷ đồng, trong đó …' and a phone number (none); Appendix I with
                               'Kế hoạch' spanning 'Năm học 2026 - 2027 | Đến năm 2030', group rows A-D, '≤ 0,5', '< 0,3'; Appendix II a
                               task table ('Trước 30/10/2026', 'Tháng 12/2026', 'Thường xuyên', products '04 trường được khởi công', '12
                               lớp bồi dưỡng', '2.400 máy tính'); start (8ebb3a2e): 0.976 / 0.976 / 1.000 / 0.917
    tinh_dong_thap_giao_duc_nghe_nghiep_viec_lam  UBND Đồng Tháp plan on vocational education and jobs 2026 - 2030 (w20b, held out,
                               written blind): vocational education under Sở GDĐT and jobs under Sở Nội vụ after the 2025 reorganisation;
                               2021 - 2025 results (none), 'trong đó tỷ lệ … có bằng cấp, chứng chỉ đạt 38%', 'Giải quyết việc làm cho
                               190.000 lượt lao động, bình quân 38.000 lượt lao động mỗi năm; trong đó tạo việc làm mới cho ít nhất
                               22.000 lao động mỗi năm', 'giảm còn 36%, giảm 8,5 điểm phần trăm so với năm 2025', 'tăng bình quân 8%/năm',
                               780 tỷ đồng of job loans (a target), a year series in prose ('năm 2026 đạt 72%, năm 2027 đạt 74% …'),
                               'giảm từ 29 cơ sở xuống còn 18 cơ sở', a hotline; Appendix I 'Kế hoạch giai đoạn 2026 - 2030' over 'Năm
                               2026' … 'Năm 2030' ('< 3'); Appendix II ('Hằng năm', '2026 - 2030', '75.000 lao động được đào tạo'); start
                               (8ebb3a2e): 0.944 / 0.917 / 1.000 / 1.000
    qd_nghe_an_phat_trien_nguoi_tham_gia_bhxh_bhtn  UBND Nghệ An decision (684/QĐ-UBND) issuing its plan for social and unemployment
                               insurance participants 2026 - 2030 (w20b, held out, written blind): Điều 1-3 naming bodies by their heads
                               ('Trưởng Thuế tỉnh Nghệ An'), Nơi nhận and signature before the plan; 2025 figures and the steering
                               board's 04 meetings (none); '2.1. Năm 2026' / '2.2. Đến năm 2030' headings, 'tăng 2,6 điểm phần trăm so
                               với năm 2025', 'Phấn đấu khoảng 45% lực lượng lao động …', 'tăng bình quân 7,5%/năm, đến năm 2030 đạt
                               790.000 người', 'giảm 50% so với năm 2025', support rates of a resolution ('hỗ trợ thêm 20% …, 10% …',
                               none) and their cost; Appendix I 'Chỉ tiêu giao theo năm' spanning bare years '2026 | … | 2030', a '-
                               Trong đó: bảo hiểm xã hội tự nguyện' row; Appendix II ('Tháng 4/2026', 'Hằng năm', '2026 - 2027', 'Mỗi
                               xã, phường có ít nhất 02 điểm thu'); start (8ebb3a2e): 0.559 / 0.857 / 1.000 / 1.000 (the whole appendix
                               table missed: its group header read as a second indicator column)
    the three w20b plans at the start (8ebb3a2e): together 0.878 / 0.930 / 1.000 / 0.969 (targets tp 148, 157 extracted, 180
                               gold; deadlines 40 of 46); as formats (formats.py --styled): txt and docx the same, pdf 0.878 / 0.930 /
                               0.989 / 0.969, crawl 0.878 / 0.930 / 1.000 / 0.969. Gold fixed by precedent (own commits): 'lượt lao
                               động' is unit 'lượt' with the noun in the indicator (aa0eb7f, as 29 older golds), a bare 'Hằng năm'
                               time cell is no deadline (d3c32bb, as phuong_phan_loai_chat_thai_ran_tai_nguon and 22 more); on the
                               fixed gold the start is 0.884 / 0.941 / 1.000 / 0.969
    w20b after its fixes (end): so_gddt_tuyen_quang_chi_tieu_nam_hoc 0.992 / 1.000 / 1.000 / 1.000, tinh_dong_thap_giao_duc_nghe_
                               nghiep_viec_lam 1.000 / 0.917 / 1.000 / 1.000, qd_nghe_an_phat_trien_nguoi_tham_gia_bhxh_bhtn 0.968 / 0.952
                               / 1.000 / 1.000; together 0.989 / 0.966 / 1.000 / 1.000 (targets tp 178 of 180 extracted and gold). Fixed,
                               by class: a group header 'Chỉ tiêu giao theo năm' over bare years (tables), 'điểm phần trăm' a rate's
                               change, a count restated with its 'lượt' noun, 'Tổng kinh phí thực hiện dự kiến' the plan's cost
                               (targets), 'từ nguồn Chương trình …' and an amount after a programme's name (legal_refs), a report or
                               meeting whose clause says it recurs with no day ('báo cáo tiến độ giải ngân hằng quý', deadlines). Left:
                               'bình quân không quá 20 học sinh/máy tính' (no per-machine unit), '…, 10% cho người thuộc hộ cận nghèo'
                               (a support rate's second share read as a target), 'Mỗi xã, phường có ít nhất 02 điểm thu' (a product
                               cell read by its row's cells, unit 'điểm'), recurring acts other than a report or a meeting ('Cung cấp
                               … định kỳ 6 tháng', 'Hằng năm, các cơ quan … lập dự toán'). As formats at the end (formats.py --styled):
                               txt, docx and crawl 0.989 / 0.966 / 1.000 / 1.000, pdf 0.989 / 0.966 / 0.989 / 1.000 (the pdf's body
                               miss is there at the start too). All 245 plans: 0.961 / 0.974 / 0.986 / 0.994 (start, with the three)
                               -> 0.963 / 0.978 / 0.986 / 0.995; seeds 1.000 / 1.000 / 0.985 / 0.990 =; dev 0.966 / 0.981 / 0.984 /
                               0.989 -> 0.966 / 0.972 / 0.984 / 0.989 (one recurring report the dev gold leaves out: f131c2e);
                               f131c2e was reverted on main (50aca71) for that dev cost: the recurring reports with no day
                               are misses again there
    xa_quang_phu_du_toan_ngan_sach_2027  commune HĐND resolution (xã Quảng Phú, Thanh Hóa, after the two-tier reorganisation) on
                               the 2027 budget estimate (w21c, held out: written blind): 2026 results first ('ước đạt …, bằng 110,7%
                               dự toán'), the estimate in prose with 'trong đó' parts, solutions with '%' and counts, a time limit
                               counted from the council's decision, and the annex 'STT | Nội dung | Dự toán năm 2026 | Ước thực hiện năm
                               2026 | Dự toán năm 2027 | So sánh (%)' with its numbering row 'A | B | 1 | 2 | 3 | 4=3/2' (only the
                               2027 column targets), a second annex of tasks with 'Hằng tháng', 'Quý I/2027', 'Trước 15/7/2027';
                               start 1.000 / 0.917 / 1.000 / 1.000, end 1.000 / 0.960 / 1.000 / 1.000 (left: the bare 'Hằng tháng')
    tinh_dong_nai_day_nhanh_giai_ngan_von_dau_tu_cong_2027  provincial UBND plan to speed up 2027 public-investment
                               disbursement (w21c, held out): 2026 results, the allocated capital in brackets (no target), a
                               'Mốc thời gian | Tỷ lệ giải ngân tối thiểu' table of eleven monthly milestones ('Đến 31/3/2027 | 15%' …
                               'Đến 31/01/2028 | 100%'), an investor-by-investor allocation table with a two-row 'Trong đó' header (no
                               targets; each named investor a body), 'không quá 02 ngày làm việc' of the treasury, weekly and monthly
                               reports, a hotline number, the plan's own meetings and budget; start 0.500 / 0.979 / 0.941 / 0.941, end
                               0.943 / 0.979 / 0.941 / 1.000 (left: the allocation's parts '9.000', '15.860' read as targets, '04 cuộc
                               họp giao ban', 'định kỳ hằng quý', a Ban QLDA 'công trình nông nghiệp tỉnh' cut short, the issuer as a
                               body)
    thue_tinh_nghe_an_thu_ngan_sach_chong_that_thu_2027  Thuế tỉnh (under Cục Thuế) plan on revenue and anti-loss for 2027
                               (w21c, held out): 2026 results under 'KẾT QUẢ THU NGÂN SÁCH NĂM 2026', the estimates the centre and the
                               council assigned and the plan's own figure in prose and in 'STT | Khoản thu | Dự toán Trung ương giao |
                               Dự toán HĐND tỉnh giao | Phấn đấu thực hiện | So với dự toán (%)', debt, inspection, e-invoice and
                               e-commerce targets in prose ('từ 1 tỷ đồng/năm trở lên' a threshold), a task table with a 'Chỉ tiêu'
                               column ('≥ 150 doanh nghiệp'), divisions named with commas ('Phòng Quản lý, hỗ trợ doanh nghiệp số 1');
                               gold corrected (a100ffb8: the assigned estimates are targets, a file's processing time no deadline,
                               two 'Phối hợp với …' bodies); start on the corrected gold 0.529 / 0.914 / 0.667 / 1.000, end 1.000 /
                               0.914 / 0.769 / 1.000 (left: 'định kỳ hằng quý', 'định kỳ 6 tháng', 'Hằng tháng', the divisions' names
                               in prose, 'Các Thuế cơ sở', 'Hội đồng tư vấn thuế xã, phường', the issuer as a body)
    the three w21c plans together (blind gold, 9178ab9d): start 0.785 / 0.935 / 0.838 / 0.977; on the corrected gold start 0.715 /
                               0.943 / 0.868 / 0.977, end 0.989 / 0.953 / 0.897 / 1.000. As formats at the start (formats.py --styled):
                               txt, docx and pdf 0.785 / 0.935 / 0.838 / 0.977, crawl 0.818 / 0.935 / 0.754 / 0.977 (blind gold);
                               at the end txt, docx and pdf 0.989 / 0.953 / 0.897 / 1.000, crawl 0.978 / 0.953 / 0.822 / 1.000.
                               All 257 plans 0.963 / 0.974 / 0.985 / 0.995 (start, corrected gold) -> 0.967 / 0.974 / 0.985 / 0.995;
                               the 254 older ones 0.966 / 0.975 / 0.986 / 0.995 before and after; seeds 1.000 / 1.000 / 0.985 / 0.990
                               and dev 0.966 / 0.981 / 0.984 / 0.989 unchanged, rows SAME
    tu_ctr_hung_yen_khcn_dmst_cds_nq57  Tỉnh ủy Hưng Yên action programme 35-CTr/TU (18/3/2026) carrying out Nghị quyết 57-NQ/TW
                               for 2026 - 2030 (w21d, held out, written blind): the party layout ('ĐẢNG BỘ TỈNH …', 'TỈNH ỦY', '*',
                               'ĐẢNG CỘNG SẢN VIỆT NAM', 'T/M BAN THƯỜNG VỤ'), five bases (a congress resolution without number),
                               2021 - 2025 results (none), targets in prose only ('ít nhất 30% GRDP', 'trên 20%/năm', 'trong đó chi từ
                               xã hội chiếm trên 60%', a rank 'thuộc nhóm 15 tỉnh, thành phố dẫn đầu', a series 'năm 2026 đạt 92%, năm
                               2027 đạt 95%, đến năm 2030 đạt 100%', 'ít nhất 1.500 nhân lực …, trong đó 120 người là chuyên gia …',
                               '16 - 18%/năm', 'Tầm nhìn đến năm 2045'), '6 nhóm nhiệm vụ', '01 phụ lục' and a phone number (none);
                               party bodies (Ban Tuyên giáo và Dân vận, Ban Tổ chức, Ủy ban Kiểm tra, Văn phòng Tỉnh ủy, Đảng ủy UBND
                               tỉnh, Đảng ủy HĐND tỉnh, Đảng ủy các xã, phường), 'Đề nghị Ủy ban MTTQ …'; task table STT | Nhiệm vụ |
                               Cơ quan chủ trì | Cơ quan phối hợp | Thời gian ('Quý II/2026', 'Trước ngày 30/9/2026', '2026 - 2030',
                               'Thường xuyên', 'Trước ngày 15/12 hằng năm'; 'Các ban, cơ quan đảng của Tỉnh ủy' in a cell). Start
                               (5f0de718): 0.964 / 0.968 / 0.980 / 1.000 (misses: the part '120 người là chuyên gia …', the bare
                               'định kỳ 6 tháng báo cáo …'; extra 'Tỉnh ủy' from the cell); end: 1.000 / 0.968 / 1.000 / 1.000
    bo_nnmt_thi_hanh_luat_dia_chat_khoang_san  Bộ Nông nghiệp và Môi trường decision 1045/QĐ-BNNMT (24/02/2026) issuing its plan to
                               carry out the law amending the Luật Địa chất và khoáng sản (w21d, held out, written blind): Điều 1-3 with
                               the ministry's units by their heads, KT. BỘ TRƯỞNG, the plan after the signature; few targets (outputs
                               '03 hội nghị', 'ít nhất 5.000 cuốn gửi các địa phương', '600 công chức … trong giai đoạn 2026 - 2027, trong
                               đó công chức cấp xã là 250 người', 'giảm còn không quá 15 ngày làm việc'), the 2025 results, the budget
                               '4,8 tỷ đồng' and a phone number (none); 'có hiệu lực thi hành từ ngày 01/7/2026' (the law's, no deadline);
                               task table TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian hoàn thành with outputs
                               in the Sản phẩm cells ('03 hội nghị', '600 công chức được bồi dưỡng', '01 hội thảo') and time cells
                               'Tháng 5/2026' beside a prose 'trước ngày 15/5/2026', 'Năm 2026 - 2027', 'Quý IV/2027', 'Thường xuyên'.
                               Start (5f0de718): 0.833 / 1.000 / 1.000 / 1.000 (misses: 'cuốn gửi' read as a unit, the part after a
                               period); end: 1.000 / 1.000 / 1.000 / 1.000
    ubnd_lao_cai_cchc_2027_chi_tieu_co_quan  UBND tỉnh Lào Cai administrative reform plan for 2027 (w21d, held out, written blind):
                               2026 results (PAR INDEX 86,12 điểm, 25/34, SIPAS 84,60%: none), III targets ('từ 88 điểm trở lên, thuộc
                               nhóm 20 tỉnh, thành phố dẫn đầu', 'trên 87%', 'tối thiểu 60%', 'giảm ít nhất 20% … so với năm 2025'), an
                               eligibility threshold ('Cơ quan có tỷ lệ hồ sơ trễ hạn trên 2% … phải giải trình': none), the budget
                               '1.850 triệu đồng' and a hotline (none); Phụ lục I STT | Chỉ tiêu | Chỉ tiêu năm 2027 | Cơ quan theo dõi,
                               đánh giá ('≥ 88 điểm', '> 87%'); Phụ lục II a per-agency annex STT | Cơ quan, đơn vị | three '(%)'
                               columns (one row a cell, the agency in scope: 30 targets). Start (5f0de718): 0.983 / 1.000 / 1.000 / 1.000
                               (miss: '40 thủ tục hành chính', its gold unit since corrected to 'thủ tục' by units.tsv, 03495a01);
                               end: 1.000 / 1.000 / 1.000 / 1.000 (year left: '… giai đoạn 2027 - 2030; phấn đấu 25% …' takes 2030)
    the three w21d plans at the start (5f0de718): together 0.960 / 0.990 / 0.991 / 1.000; as formats (formats.py --styled): txt and
                               docx the same, pdf bodies 0.974, crawl bodies 0.982. After w21d's fixes (a part named by 'là' after a
                               count in its own unit, a period closing the whole's clause before 'trong đó', a classifier handed over
                               'cuốn gửi …', the owner after 'của' in a task cell; in PDF, a row cut by a page break whose cell ends a
                               list's item with ';' or whose rest is 'Việt Nam'): txt, docx and pdf 1.000 / 0.990 / 1.000 / 1.000,
                               crawl bodies 0.991 (left: 'Sở Dân tộc và Tôn giáo', named only in the per-agency annex, which the crawl
                               gives one cell a line). All 257 plans 0.966 / 0.975 / 0.986 / 0.995 -> 0.967 / 0.975 / 0.986 / 0.995
                               (targets tp 7795 -> 7801, bodies pred 3394 -> 3393; with the spaced hyphen of a compound no word of a
                               name, qd_bao_ve_bi_mat_nha_nuoc's '1.500 cuốn' and qd_phat_trien_khu_cum_cong_nghiep's '6 tỷ USD' too;
                               no other plan's row changed); seeds and dev the same. Left: the bare
                               recurring report 'định kỳ 6 tháng báo cáo …' (in the plans' gold, not in the dev gold: f131c2e's rule,
                               reverted on main, and tried again here, cost dev deadlines 0.981 -> 0.937 and the plans 0.975 -> 0.971)
    tinh_atgt_duong_bo_sat_thuy_2027  UBND Quảng Trị plan (412/KH-UBND, 21/12/2026) on road, rail and inland-waterway traffic safety
                               in 2027 with the Ban An toàn giao thông tỉnh (w21a, held out, written blind): 2026 results (none), the
                               three criteria cut '5% đến 10%', helmet rates by area, seat belts, black spots, self-opened railway
                               crossings ('20 lối đi tự mở'), waterway boats and ferry landings, 'không quá 30 phút' to reach the scene,
                               the board's '04 phiên họp' (none), funding '18,5 tỷ đồng' (none); appendix I one header row 'STT | Chỉ
                               tiêu | Đơn vị | 2026 | … | 2030', group rows, '≤ 160' cells, no baseline column (the 2026 column, the
                               adoption year, no target); appendix II 'TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |
                               Thời gian thực hiện' with ranges ('Tháng 01 - 3/2027', 'Quý I-II/2027', 'Quý III-IV/2027'), 'Cả năm',
                               'Công an tỉnh (Phòng Cảnh sát đường thủy)' in a cell; start (16bc70ed, blind gold): 0.893 / 0.976 / 0.966 / 1.000;
                               on the corrected gold 0.962 / 1.000 / 0.966 / 1.000; end (w21a): 1.000 / 1.000 / 1.000 / 1.000
    cong_an_tinh_ma_tuy_toan_dan_bvantq  Công an tỉnh Lai Châu plan (186/KH-CAT-PC04, 03/2026) on drug prevention and the movement 'Toàn dân
                               bảo vệ an ninh Tổ quốc' 2026 - 2030 (w21a, held out, written blind): letterhead BỘ CÔNG AN over the
                               provincial police, its departments as bodies ('Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc (PV05)'),
                               2021 - 2025 results (none), 'tăng bình quân 5%/năm', 'không còn xã, phường trọng điểm loại I' (0), per-
                               commune allocation table (rows the communes, a column an indicator with its unit in brackets, a year
                               column 'Năm đạt …' that is neither target nor deadline, a total row 'Cộng (08 xã, phường)' typed in the
                               ordinal's cell), a roadmap 'Năm | Mốc thực hiện và chỉ tiêu chủ yếu' a year a row in prose, observance
                               days 'Ngày toàn dân phòng, chống ma túy 26/6 hằng năm', '(19/8)' (none); start (16bc70ed): 0.824 / 0.909 / 0.917 / 1.000; corrected gold
                               0.835 / 0.909 / 0.917 / 1.000; end: 0.964 / 0.938 / 1.000 / 1.000 (left: '600 lượt người cai nghiện' named
                               without the centre that takes them in, '5.000 que thử' read 'que', 'cập nhật hằng tháng' and 'trong quý II
                               và quý IV hằng năm' with no day, by design: the dev gold leaves such out)
    phuong_to_lien_gia_an_toan_pccc_2027  UBND phường Phú Diễn (Hà Nội) plan (274/KH-UBND, 28/12/2026) on fire prevention, rescue and the
                               'Tổ liên gia an toàn PCCC' model in 2027 (w21a, held out, written blind), prose-heavy: 2026 fires and
                               counts (none), new and total teams ('thành lập mới 45 …, nâng tổng số … lên 320 tổ'), shares with a
                               per-unit count ('100% hộ gia đình trang bị ít nhất 01 bình'), 'không quá 5 phút', a team's size 'gồm từ
                               05 đến 10 hộ' (a norm), a task's funds 'Kinh phí lắp đặt …, dự kiến 350 triệu đồng' (none), 'định kỳ 6
                               tháng một lần', 'định kỳ hằng tháng', 'sáng thứ Hai hằng tuần'; a short table 'STT | Nội dung | Đơn vị
                               thực hiện | Thời gian' ('Tháng 3 - 4/2027', 'Quý I - II/2027', 'Thường xuyên'); start (16bc70ed): 0.878 / 0.941 / 1.000 / 1.000; corrected gold 0.927
                               / 0.941 / 1.000 / 1.000; end: 1.000 / 0.941 / 1.000 / 1.000 on the gold of b372508d (the share '100% hộ gia đình trang bị ít
                               nhất 01 bình' was lost after a line ending on '… 01 Điểm chữa cháy công cộng.': fixed; left: 'định kỳ 6 tháng một lần', 'định kỳ hằng
                               tháng' with no day, by design)
    the three w21a plans at the start (16bc70ed, blind gold): together 0.863 / 0.944 / 0.961 / 1.000 (targets tp 110, 120 extracted,
                               135 gold); as formats (formats.py --styled): txt, docx and pdf the same, crawl 0.897 / 0.944 / 0.961 /
                               1.000. Gold corrected after the first run (4a43e40b): the 2026 column of the 2027 plan (8 rows) and the
                               World Day of Remembrance's own day out; 'không còn …' = 0 in; 'lượt người' the unit of '600 lượt người
                               cai nghiện', '1.500 lượt người dân'; on that gold the start is 0.903 / 0.953 / 0.961 / 1.000 (targets tp 112, 120 extracted, 128 gold)
    w21a after its fixes (end, on the gold corrected by precedent in 4a43e40b and b372508d: '100% X … ít nhất 01 Y' one row):
                               together 0.984 / 0.962 / 1.000 / 1.000 (targets tp 124, 126 extracted, 126 gold; the start on that
                               gold 0.894). Fixed, by class (c263eea3, cd0f8bbd, 07548bfd, and the share with its per-unit count): a roadmap's prose cells a year a row read as sentences dated by their row;
                               a total row labelled in the ordinal's cell ('Cộng (08 xã, phường) | |'); 'lối đi' a unit whole; the
                               plan's own meetings ('phiên họp', 'hội nghị giao ban', 'cuộc họp') no output; 'thời gian tiếp cận hiện
                               trường' a committed duration; a task's funds before ', dự kiến …' and a named team's size ('Mỗi Tổ liên
                               gia gồm từ 05 đến 10 hộ') no target; a sub-unit in parentheses in a table cell the body before it; the
                               police's 'Phòng/Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc' by name; a lower-case observance day
                               ('Ngày toàn dân phòng, chống ma túy 26/6 hằng năm') no yearless deadline. All 257 plans (corrected
                               gold): 0.965 / 0.974 / 0.986 / 0.995 -> 0.967 / 0.974 / 0.986 / 0.995 (elsewhere only toward the gold:
                               so_y_te_cap_cuu_ngoai_vien_115 +2, tinh_khac_phuc_hau_qua_bom_min +1, thanh_tra_tinh_ke_hoach_nam -1
                               extra); seeds 1.000 / 1.000 / 0.985 / 0.990 and dev 0.966 / 0.981 / 0.984 / 0.989 unchanged, no row
                               changed. As formats at the end (formats.py --styled): txt, docx and pdf 0.984 / 0.962 / 1.000 / 1.000, crawl
                               0.968 / 0.962 / 1.000 / 1.000 (the crawl renders an empty cell as the bars between rows, so the
                               total row 'Cộng (08 xã, phường) | | ≥ 92 | …' splits into a label row and a row of bare values: left).
    benh_vien_da_khoa_tinh_ke_hoach_2027  Bệnh viện Đa khoa tỉnh Ninh Bình under SỞ Y TẾ TỈNH NINH BÌNH, yearly professional plan
                               (1386/KH-BVĐK, 24/12/2026; GIÁM ĐỐC) for 2027 (w22c, held out, written blind): the 2026 results and
                               'Tồn tại' (none), 'giường bệnh thực kê không quá 1.100 giường', 'từ 90% đến 100%', 'không để … nằm ghép
                               quá 02 người/giường', 'tăng 2% so với thực hiện năm 2026', '51.000 lượt người bệnh', 'Ngày điều trị
                               trung bình không quá 6,5 ngày', waiting times in minutes, a point score '3,95 điểm', 'ít nhất 15 kỹ
                               thuật mới, …, trong đó 05 kỹ thuật nhận chuyển giao …', the plan's cost and a hotline (none), weekly
                               'sáng thứ Bảy/Hai hằng tuần', 'trước ngày 20 hằng tháng', 'hằng quý'; Bảng 1 'TT | Chỉ tiêu | ĐVT |
                               Kế hoạch năm 2026 | Thực hiện năm 2026 | Tỷ lệ TH/KH (%) | Kế hoạch năm 2027' (only the last column
                               targets: '90 - 100', '≤ 6,5', '< 1,0', a 'Trong đó:' row); Bảng 2 'TT | Khoa, phòng | Nhiệm vụ trọng
                               tâm | Đơn vị phối hợp | Thời hạn hoàn thành' (the hospital's own units: 'Phòng Kế hoạch tổng hợp',
                               'Khoa Kiểm soát nhiễm khuẩn', 'Khoa Phẫu thuật - Gây mê hồi sức'; 'Hằng quý', 'Thường xuyên' none)
    truong_dai_hoc_chien_luoc_2026_2030  Trường Đại học Hồng Đức under UBND TỈNH THANH HÓA, strategic development plan 2026 - 2030,
                               vision 2035 (845/KH-ĐHHĐ, 16/4/2026; HIỆU TRƯỞNG) (w22c, held out, written blind): the 2021 - 2025
                               results (none), '13.500 người học, trong đó …', 'tăng 12,5 điểm phần trăm so với năm 2025', '42 chương
                               trình đào tạo được kiểm định, trong đó 05 …', 'ít nhất 600 bài báo quốc tế …, trong đó 350 bài …',
                               'tăng bình quân 9%/năm, đến năm 2030 đạt 260 tỷ đồng', a rank 'nhóm 50 cơ sở giáo dục đại học hàng
                               đầu' (2035), phases 'Giai đoạn 1 (2026 - 2027)', an Đề án still to be drafted (no reference), the
                               council's 'họp định kỳ 02 lần/năm' and the plan's cost (none); 'Lộ trình thực hiện' 'TT | Chỉ tiêu |
                               2026 | … | 2030 | Ghi chú' with the unit in the indicator cell ('Tuyển sinh (người)', '(chương
                               trình)', '(bài)', '(tỷ đồng)') and a text note; 'Kiến nghị Sở …' (requested)
    truong_thpt_ke_hoach_nam_hoc_2026_2027  Trường THPT Nghi Xuân under SỞ GD&ĐT HÀ TĨNH, school-year plan 2026 - 2027 (186/KH-THPTNX,
                               28/8/2026; HIỆU TRƯỞNG) (w22c, held out, written blind): 'I. ĐẶC ĐIỂM TÌNH HÌNH' (classes, pupils,
                               staff, last year's results: none), 'Kết quả rèn luyện xếp loại Tốt đạt trên 90%', a rank 'nhóm 10
                               trường dẫn đầu tỉnh', prizes 'ít nhất 25 giải …, trong đó ít nhất 08 giải Nhất, Nhì', '04 đề tài …,
                               trong đó ít nhất 02 đề tài đạt giải', '… mức Khá trở lên, trong đó mức Tốt đạt 60%', '04 buổi/tuần',
                               the school calendar ('trước ngày 05/9/2026', 'Học kỳ I từ ngày 07/9/2026 đến ngày 16/01/2027', 'tuần
                               9', 'trong tuần 18', 'vào tiết 5 sáng thứ Bảy hằng tuần'), Ngày Nhà giáo 20/11 (none), the subject
                               groups 'Tổ Toán - Tin', 'Tổ Văn phòng', 'Ban đại diện cha mẹ học sinh'; Bảng 1 'Khối | Sĩ số | Giỏi
                               (%) | Khá (%) | Đạt (%) | Chưa đạt (%)' (the shares targets, the enrolment none), Bảng 2 'Thời gian |
                               Nội dung công việc | Bộ phận thực hiện' by month
    the three w22c plans at the start (main at 46789aa1, blind gold f35685da): together 0.777 / 0.947 / 0.714 / 0.981; per plan
                               hospital 0.899 / 0.970 / 0.706 / 0.952, university 0.691 / 0.968 / 0.812 / 1.000, school 0.786 / 0.920
                               / 0.556 / 1.000. Gold corrected by the contract and precedent (68a2c836: clause- and row-dated outputs of
                               the school take the year they state; '04 buổi/tuần' keeps its per-unit; '50.000 tài liệu số' unit 'tài
                               liệu', the rank's 'cơ sở'): start 0.795 / 0.947 / 0.714 / 0.981, the same in txt, docx, pdf and crawl.
                               End (w22c, 055a9531): together 0.908 / 0.947 / 0.938 / 0.981 in txt, docx, pdf and crawl alike; hospital 0.933 / 0.970 / 0.950 / 0.952,
                               university 0.868 / 0.968 / 0.938 / 1.000, school 0.941 / 0.920 / 0.917 / 1.000. Fixed, by class: the
                               units of a hospital and a school ('Khoa …', 'Tổ …' heads; the hospital's lower-case unit names and the
                               university's 'Phòng Công tác học sinh, sinh viên', 'Trung tâm Thông tin - Thư viện' by name; a task
                               table's 'Khoa, phòng' column), 'Đặc điểm tình hình' a reporting part, 'kết quả học tập/rèn luyện' an
                               indicator, the average length of stay a committed duration, the count nouns 'người học', 'chương
                               trình', 'bài báo', 'đề tài', 'lượt người bệnh' = 'lượt', training programmes an output, the plan's
                               board's 'họp định kỳ 02 lần/năm' none. All 269 plans 0.965 / 0.974 / 0.983 / 0.996 -> 0.967 / 0.974 /
                               0.985 / 0.996 (the 266 older ones 0.968 / 0.975 / 0.986 / 0.996 -> 0.969 / 0.975 / 0.986 / 0.996: two
                               training-programme counts found, one board's meetings dropped, each to its gold); seeds and dev rows
                               SAME. Left: a part in a shorter unit than its whole ('350 bài' of '600 bài báo', '05 chương trình' of
                               '42 chương trình đào tạo'), '260 tỷ đồng' after a rate when a share of the total follows, 'mức Tốt'
                               a part of '… mức Khá trở lên', 'giải Nhất, Nhì' read as a unit, '02 người/giường', '40 lượt bác sĩ',
                               '08 bàn khám', the school weeks ('tuần 9', 'trong tuần 18', 'tuần 17 - tuần 18'), 'tiết 5' of a
                               weekly slot, recurring acts with no day ('hằng quý', 'định kỳ 6 tháng'), 'Khoa Hồi sức tích cực -
                               Chống độc', 'Công đoàn trường', 'Hội đồng trường', 'Hội đồng xét lên lớp', the issuer as a body, the
                               staff conference's resolution cited without a number

    vks_tinh_ke_hoach_cong_tac_2027  Viện kiểm sát nhân dân tỉnh Ninh Bình work plan for 2027 (01/KH-VKS, 16/12/2026; w22a, held out,
                               written blind): letterhead VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO over the provincial procuracy, a work year
                               'từ ngày 01/12/2026 đến ngày 30/11/2027', 2026 results (none), the targets Nghị quyết 96/2019/QH14 sets
                               ('trên 92%', 'không quá 3%', 'giảm ít nhất 10% so với năm 2026'), an indicator table 'STT | Chỉ tiêu
                               nghiệp vụ | Chỉ tiêu theo Nghị quyết của Quốc hội | Chỉ tiêu phấn đấu năm 2027 | Ghi chú' (cells '≥ 90%',
                               'Trên 92%', 'Không quá 3%', '-', '≥ 02 phiên', group rows I-III), 'hiện có 178 biên chế …; bảo đảm 100% …',
                               'cử 15 Kiểm sát viên', a quarterly inspection table 'Đơn vị được kiểm sát | … | Đơn vị chủ trì | Thời gian'
                               ('Quý I/2027', 'Tháng 8/2027', 'Hằng quý'), the procuracy's units by name ('Văn phòng tổng hợp', 'Phòng
                               Kiểm sát việc tạm giữ, tạm giam và thi hành án hình sự'), hotline numbers (none); start (8669a4db, blind
                               gold) 0.753 / 0.889 / 0.696 / 0.947, corrected gold 0.800 / 0.960 / 0.696 / 0.947; end (w22a) 0.959 /
                               0.960 / 1.000 / 1.000 (left: '… ít nhất 20 kháng nghị phúc thẩm và 40 kiến nghị' read eq for the second,
                               '12 kháng nghị, kiến nghị' read 'kháng nghị', the 'năm 2027' own period beside the stated work year)
    toa_an_tinh_giai_quyet_an_phien_toa_truc_tuyen_2026_2030  Tòa án nhân dân tỉnh Đắk Lắk plan (142/KH-TA, 24/7/2026) on case
                               resolution and online hearings 2026 - 2030 (w22a, held out, written blind): 2025 results (none), targets
                               'đến năm 2030' ('không vượt quá 1,5%', 'đạt 40% vào năm 2028 và 60% vào năm 2030', 'từ năm 2026 trở đi',
                               'tăng bình quân 15%/năm'), a transposed target table 'Năm | Tỷ lệ giải quyết án hình sự (%) | … | Số phiên
                               tòa rút kinh nghiệm (phiên/Thẩm phán/năm) | Phiên tòa trực tuyến (phiên)' (a row a year, '≥ 92', '≤ 2,0',
                               'Trên 95'), a baseline note under it, 'Luật Hòa giải, đối thoại tại Tòa án số 58/2020/QH14', a task table
                               ('Quý IV/2026', '2026 - 2027', 'Năm 2028', 'Hằng năm', 'Định kỳ 6 tháng'), the specialised courts ('Tòa
                               Hình sự Tòa án nhân dân tỉnh'), 'Phòng Kiểm tra nghiệp vụ và thi hành án', funds (none); start 0.808 /
                               0.889 / 0.833 / 0.857, corrected gold 0.854 / 0.923 / 0.833 / 0.857; end 0.956 / 0.923 / 1.000 / 0.923
                               (left: 'riêng án trọng điểm … đưa ra xét xử 100% đúng thời hạn' read as a part of the resolution rate,
                               'tại 09 Tòa án nhân dân khu vực' (an output after "tại"), 'thời gian gián đoạn … không quá 5 phút' after a
                               "Bảo đảm" clause, 'định kỳ hằng quý tổ chức rút kinh nghiệm' and 'kiểm tra … định kỳ 6 tháng' (recurring
                               reviews with no day), 'căn cứ Kế hoạch xây dựng kế hoạch thực hiện' read as a titled plan)
    xa_an_toan_an_ninh_trat_tu_luc_luong_co_so_2027  UBND xã Đông Tiến (Thanh Hóa) plan (198/KH-UBND, 22/12/2026) on the 'xã an
                               toàn về an ninh, trật tự' standard and the grassroots security forces (Luật 30/2023/QH15) in 2027 (w22a,
                               held out, written blind): 2026 results (none), '15/16 thôn', 'kéo giảm ít nhất 5% … so với năm 2026', a
                               quarterly table 'Nội dung | Quý I | Quý II | Quý III | Quý IV | Cả năm 2027' (one header row, the unit in
                               the row label '(buổi)', '(khẩu)', '-' cells), a team's size 'từ 03 đến 05 thành viên' (a norm), an
                               allowance rate (none), 'Kinh phí lắp đặt camera dự kiến 360 triệu đồng' (none), a task table ('Tháng
                               01/2027', 'Trước ngày 31/3/2027', 'Thường xuyên'), 'trước ngày 20 hằng tháng', commune offices after
                               1/7/2025; start 0.615 / 0.966 / 1.000 / 1.000, corrected gold 0.623 / 1.000 / 1.000 / 1.000; end 1.000 /
                               1.000 / 1.000 / 1.000
    the three w22a plans at the start (8669a4db, blind gold): together 0.734 / 0.916 / 0.849 / 0.941 (targets tp 98, 106 extracted,
                               161 gold); as formats (formats.py --styled): txt, docx, pdf and crawl the same. Gold corrected by
                               precedent (d2afcaf2, 76d63dbc): 'phiên tòa' counted in 'phiên' (qd_phong_chong_mua_ban_nguoi), a line's
                               bandwidth a specification (huyen_giao_thong_nong_thon), bare 'Hằng quý'/'Hằng năm' time cells and a
                               yearly output's 'Hằng năm' no deadline (tinh_giam_ngheo_da_chieu, phuong_phat_trien_cho), a report's
                               'định kỳ 6 tháng, năm' left out (tinh_the_luc_tam_voc_tre_em_thanh_thieu_nien), a team's size no target
                               (phuong_to_lien_gia_an_toan_pccc_2027); on that gold the start is 0.770 / 0.962 / 0.849 / 0.941.
    w22a after its fixes: together 0.971 / 0.962 / 1.000 / 0.980 (targets tp 153, 156 extracted, 159 gold). Fixed, by class: a
                               table's quarter columns ('Quý I … Quý IV | Cả năm 2027', a header by PART_OF_YEAR, the values in the
                               year of the year's column or the caption); the targets another body set beside the plan's ('Chỉ tiêu
                               theo Nghị quyết của Quốc hội', 'Chỉ tiêu … giao': values, not names); bounds written out in a cell
                               ('Không quá 3%'); a count noun in a label's or a year-rows header's parentheses the units list lacks
                               ('(buổi)', '(phiên/Thẩm phán/năm)', by its part of speech); judicial officers' titles as count units
                               (units.tsv); 'bổ sung' a commitment (cues.tsv); a present state ('hiện có …') no action the next
                               clause goes on with; a task's cost 'Kinh phí <work> dự kiến …' no target; an open span 'từ năm X trở đi'
                               inside a clause no target year; a body cell's name over 'và' and lower-case words; the specialised
                               courts as heads, the procuracy's 'Văn phòng tổng hợp' and 'Phòng Thống kê tội phạm và công nghệ thông
                               tin' by name; a law's name with 'tại' before its number; a document named by type and issuer alone
                               one of those cited in full. The 266 other plans 0.968 / 0.975 / 0.986 / 0.996 before and after (one
                               legal-refs extra fewer: xa_phong_chong_dich_benh_dong_vat's bare 'Kế hoạch của Ủy ban nhân dân tỉnh');
                               seeds 1.000 / 1.000 / 0.985 / 0.990 and dev 0.966 / 0.981 / 0.984 / 0.989 unchanged (field rows
                               changed outside the dev gold: 004's bare 'Kế hoạch của Ủy ban nhân dân tỉnh' out, 024's 'Bổ sung …
                               ngay trong năm 2025' a year deadline). As formats at the end (formats.py --styled): txt, docx and crawl
                               0.971 / 0.962 / 1.000 / 0.980, pdf 0.952 / 0.962 / 1.000 / 0.980 (left: the PDF's page break cuts the
                               quarterly table's last row after its label's first line, 'Tập huấn nghiệp vụ | 1 | - | 1 | - | 2', the
                               header repeated, then 'cho Tổ bảo vệ an ninh, trật tự (lớp)' alone: its three values lose the unit).
    so_cong_thuong_cung_cap_dien_luoi_phan_phoi_2026_2030  Sở Công Thương Tây Ninh plan (1387/KH-SCT, 14/5/2026) on power supply and
                               the distribution grid 2026-2030 (w22d, held out, written blind): 2021-2025 results (none), 'điện thương
                               phẩm' in triệu kWh with its yearly growth and one year's level, SAIDI 'không quá 250 phút/khách hàng …
                               và không quá 150 …', '100% số hộ dân tại 12 xã biên giới' (the places no target), 'Tiết kiệm điện hằng
                               năm tối thiểu 2,5%' (%/năm), '110 kV' in names; a table 'STT | Chỉ tiêu | ĐVT | Năm 2027 | Giai đoạn
                               2026-2030' of text cells ('≤ 4,5', '≥ 99,8', 'Không quá 250', 'Bình quân 9,7', '23.500 (năm 2030)', 'Duy
                               trì 100') and a grid-project table 'Tên công trình | Quy mô | Chủ đầu tư | Thời gian đóng điện'
                               ('Quý II/2027', 'Năm 2028', 'Tháng 6/2028', '2026 - 2029'); the grid's investment and the plan's funds
                               (none); a hotline and a phone number
    so_xay_dung_quy_hoach_trat_tu_xay_dung_2026_2030  Sở Xây dựng Ninh Bình plan (742/KH-SXD, 09/4/2026) on planning and construction
                               order 2026-2030 (w22d, blind): 'tỷ lệ đô thị hóa', 'phủ kín quy hoạch phân khu', 'quy hoạch chi tiết
                               tỷ lệ 1/500' (a scale, no fraction), permits, 'giảm tối thiểu 10% mỗi năm', 'cơ bản không còn nhà ở
                               đơn sơ' (0), m² sàn/người by area; a table 'Nhóm | Chỉ tiêu | Hiện trạng năm 2025 | Mục tiêu năm 2030 |
                               Cơ quan theo dõi' (the group in the first column of its first row only, units in the indicator's
                               parentheses, the monitoring bodies); the Sở's own units ('Phòng Quản lý hoạt động xây dựng', 'Phòng
                               Quản lý nhà và thị trường bất động sản'); 'UBND các xã', 'UBND các phường', 'UBND các xã, phường' (one
                               level); a programme still to be drafted (no reference)
    tinh_cap_nuoc_sach_chong_that_thoat_2026_2030  UBND tỉnh An Giang plan (211/KH-UBND, 26/6/2026) on urban and rural clean water and
                               water-loss control 2026-2030 (w22d, blind): targets under 'Mục tiêu đến năm 2027 / 2030', '… với tiêu
                               chuẩn cấp nước 120 lít/người/ngày đêm trở lên', 'dưới 15%; riêng khu vực đô thị dưới 12%'; a table
                               'Chỉ tiêu | Hiện trạng 2025 | Mục tiêu' over 'Năm 2027 | Năm 2030' whose group rows name the indicator
                               with its unit ('Tỷ lệ dân số được cấp nước sạch (%)') over its parts by area ('Khu vực đô thị', 'Khu vực
                               nông thôn'), the group rows' empty cells lost in the normalised text; an appendix of water plants 'TT |
                               Nhà máy | Công suất hiện có (m³/ngày đêm) | Công suất nâng cấp | Thời gian hoàn thành' ('Nâng lên
                               120.000'); 'Kế hoạch đối với khu vực đô thị' (the plan itself)
    the three w22d plans at the start (8a32e3c3, blind gold): together 0.831 / 0.903 / 0.932 / 0.939 (targets tp 96, 110 extracted,
                               121 gold); formats (formats.py --styled): txt, docx, pdf the same, crawl 0.796 / 0.903 / 0.932 / 0.939.
                               Gold corrected by precedent and rule (f2445f40: a report date after its period word, 'Quy hoạch tỉnh …'
                               and an unnumbered 'Kế hoạch đầu tư công trung hạn …' cited, the commune level one body, 'không còn …' = 0,
                               'tuyến phố' counted in 'tuyến'): start on that gold 0.845 / 0.925 / 0.965 / 0.980. End: 0.984 / 0.935 /
                               1.000 / 1.000 (targets tp 119, 120 extracted, 122 gold); formats: txt and docx the same, pdf 0.979
                               (the appendix row 'Nhà máy nước Dương Đông' cut by a page break with the header repeated between its
                               two parts: left), crawl 0.921 / 0.935 / 1.000 / 1.000. Fixed by class
                               (403d6005, 4055d59c, 45ea9601, and a works list's upgraded size in the unit of its size now): an indicator table's group row naming the indicator with its unit
                               over its parts by area (the parts its scope; its lost tabs a section line between delimited rows); target
                               cells in words ('Không quá', 'Không vượt quá', 'Không dưới', 'Bình quân 9,7', '23.500 (năm 2030)') and a
                               figure's parenthesised year no deadline; SAIDI by its acronym and per customer; a saving's yearly word
                               before its value; a standard joined by 'với' the next value's name; the places of a share's group no
                               count; 'Kế hoạch đối với …' no title; the Sở Xây dựng's units by their whole names. All 269 plans:
                               0.967 / 0.974 / 0.986 / 0.996 -> 0.969 / 0.974 / 0.986 / 0.996 on the corrected gold, no row changed
                               outside the three plans; seeds, dev and wide: no row changed. Left: 'Thay máy 40 MVA
                               bằng 63 MVA', '07 ngày' of a reserve, '4.500 căn nhà ở xã hội' read 'căn nhà' (precedent split), the
                               relative time limits 'kể từ ngày nhận đủ hồ sơ / phát hiện / phê duyệt' (gold precedent split: left
                               out of the pipeline by design), bare 'hằng năm' and 'định kỳ 6 tháng' with no day; in the crawl the
                               group rows and the bold rows under them split the two-level table into pieces (14 rows; the 'Nhóm'
                               table's rows that lost the group's empty cell are read since 45ea9601).
    nhnn_khu_vuc_tin_dung_thanh_toan_2027  Ngân hàng Nhà nước Chi nhánh Khu vực 8 (the State Bank's regional branch after the 2025
                               reorganisation, two provinces) plan on credit growth, non-cash payment and policy credit for 2027 (w22b,
                               held out: written blind): 2026 results to 30/11/2026, targets in prose ('tăng khoảng 14% …, tương đương
                               khoảng 578.000 tỷ đồng; trong đó … chiếm tối thiểu 30% tổng dư nợ', '25% về số lượng và 20% về giá trị',
                               'đạt tối thiểu 85% … tại khu vực thành thị và 65% tại khu vực nông thôn', 'đến năm 2030'), 'STT | Chỉ tiêu
                               | Đơn vị | Thực hiện đến 31/12/2026 | Kế hoạch năm 2027 | Tăng/giảm so với năm 2026 (%)' (only the plan
                               column; '< 2', '> 90'; a bare 'Trong đó:' row), a per-province table whose first measure is dated
                               ('Dư nợ tín dụng đến 31/12/2027 (tỷ đồng)') with a 'Cộng' row, outputs in tasks, the plan's own
                               meetings and budget, a hotline
    bhxh_tinh_thu_bao_phu_2027  Bảo hiểm xã hội tỉnh Gia Lai plan on collecting contributions and widening coverage for 2027
                               (w22b, held out): prose targets with 'trong đó' parts ('đạt 95% dân số; trong đó 100% học sinh, sinh
                               viên …'), a debt carried over ('của năm 2026 chuyển sang'), committed durations, Phụ lục I 'TT | Chỉ
                               tiêu | ĐVT | Ước thực hiện 2026 | Kế hoạch 2027 | So sánh KH 2027/ƯTH 2026 (%)' with Roman group rows
                               and 'Trong đó:' parts, Phụ lục II per Bảo hiểm xã hội cơ sở with a 'Tổng cộng' row and a time
                               column, 'Ước đến ngày 31/12/2026' (no deadline), the office's divisions after the reorganisation
    hai_quan_khu_vuc_thu_thong_quan_2027  Chi cục Hải quan khu vực XII plan on revenue, clearance time and anti-smuggling for
                               2027 (w22b, held out), prose-heavy: the assigned estimate and the pledged revenue with its margins
                               ('phấn đấu … đạt tối thiểu 15.600 tỷ đồng, vượt 4% dự toán được giao, tăng 9,6% so với số thu năm
                               2026'), release times in hours, 'Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm' stated as not
                               cumulative with units in the row labels ('(tỷ đồng)', '(giờ)', '(vụ)'), a per-unit table with a
                               revenue column, a 'Nhiệm vụ trọng tâm' list with deadlines in prose, the customs' teams
    the three w22b plans together (blind gold 402b4434; two units corrected, 4bbd7ab4, no score changed): start (main
                               46789aa1) 0.783 / 0.899 / 0.833 / 0.941, end 0.955 / 0.919 / 0.852 / 0.941. Fixed, by class: a header
                               of parts of the year and their columns in the caption's year; a label's own unit in brackets; an
                               allocation table whose first measure is dated; revenue columns not funds; a pledged figure against the
                               estimate and its margins; release and answer times; a share among a group after a share ('trong
                               đó 100% …'); a share for the rural area after the urban; the unit 'khách hàng'; the customs' teams' names; the date an estimate or a result column is counted to. Left:
                               'trong đó X chiếm tối thiểu 30% tổng dư nợ',
                               '1.200 khách hàng' (its unit now 'khách hàng') named by the words after it and '42.000 lượt …' by the body before it, '06 hội nghị'
                               after 'mỗi Bảo hiểm xã hội cơ sở', the year of 'của năm 2026 chuyển sang', '50 doanh nghiệp có số
                               thu lớn nhất' and the plans' budgets read as targets, bare 'hằng tuần', 'hằng tháng', 'định kỳ hằng
                               quý', 'định kỳ 6 tháng'; bodies with a comma or a dash in their names ('Phòng Thanh tra, giám sát',
                               'Phòng Quản lý thu - Sổ, thẻ'), 'Đội Kiểm tra sau thông quan', 'người tham gia', 'Bảo hiểm xã hội cơ
                               sở', the issuer's parent as a body; refs 'thực hiện Kế hoạch họp giao ban …' read as a titled plan, a
                               titled Đề án beside its approving decision in brackets, an unnumbered 'Quy chế'. All 269 plans: main
                               0.965 / 0.973 / 0.984 / 0.995 -> 0.968 / 0.974 / 0.984 / 0.995 (rows changed elsewhere only toward
                               the gold: five 'trong đó N%' parts, 'DTI (thứ hạng)', a rural area's scope); seeds 1.000 / 1.000 / 0.985 / 0.990 and dev
                               0.966 / 0.981 / 0.984 / 0.989, no row changed. As formats (formats.py --styled) at the start txt, docx,
                               pdf 0.783 / 0.899 / 0.833 / 0.941, crawl 0.787 / 0.911 / 0.830 / 0.941; at the end txt and docx 0.955 /
                               0.919 / 0.852 / 0.941, pdf 0.929 / 0.919 / 0.852 / 0.941 (left: a quarter row's long label wrapped in
                               its PDF cell loses '… hải quan (cuộc)' and so its unit), crawl 0.955 / 0.921 / 0.849 / 0.941.
    ubnd_tuan_le_van_hoa_du_lich_2027  UBND tỉnh Lào Cai plan to organise the Tuần lễ Văn hóa - Du lịch 2027 (w23d, written blind):
                               last year's week under "1. Kết quả Tuần lễ năm 2026" (no targets), targets in lượt khách, tỷ đồng,
                               công suất phòng with a part "các địa bàn khác", gian hàng, the programme's own scale (đoàn diễu hành,
                               diễn viên, Famtrip guests, tổ cấp cứu), "05 tiểu ban" (the board's machinery), a timetable "Thời gian
                               | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp" of days, ranges ("Từ ngày 01/3 đến 15/3/2027")
                               and "Trước 30 ngày tổ chức", a budget table "Nguồn kinh phí | Số tiền (triệu đồng)", a hotline
    hoi_khuyen_hoc_tinh_xa_hoi_hoc_tap_2026_2030  Hội Khuyến học tỉnh Thanh Hóa action programme on the learning society (w23d):
                               shares of households, clans, villages and communes rated by the criteria, "Mỗi năm …" counts, a
                               scholarship's level (a norm, no target), Phụ lục "TT | Chỉ tiêu | ĐVT | Kết quả năm 2025 | Đến năm
                               2027 | Đến năm 2030" with a group row over its "Toàn tỉnh" row and "Trong đó:" parts (thành thị /
                               nông thôn, tổ dân phố / thôn, phường / xã), the Hội's Thường trực and its Ban (one named "Xã hội
                               học tập") under a heading that ends with "tỉnh"
    lien_hiep_hoi_khkt_tinh_2027  Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Đắk Lắk plan for 2027 (w23d): prose targets "-
                               Phấn đấu …" (hội thành viên, nhiệm vụ tư vấn, phản biện và giám định xã hội, giải pháp dự thi, số tạp
                               chí), an award structure (quotas), a task table "TT | Nhiệm vụ | Đơn vị thực hiện | Thời gian hoàn
                               thành | Kết quả" whose results count outputs and whose "Hằng quý", "Thường xuyên" are no dates, a
                               charter named "… Khoa học và Kỹ thuật …", "Viện … Nông Lâm nghiệp Tây Nguyên"
    the three w23d plans together (blind gold 9d052a05; corrected 51194f14, 122731e2: units by the counted noun, the one-year
                               plan's own period, a per-item scholarship level out): start (main cfbde9d0, blind gold) 0.775 /
                               0.935 / 0.939 / 0.963 as txt, docx and pdf, crawl 0.791 / 0.935 / 0.929 / 0.963; with the corrected
                               gold 0.805 / 0.949 / 0.939 / 0.963; end 0.960 / 0.975 / 1.000 / 1.000 (formats.py --styled: txt,
                               docx, pdf the same, crawl 0.960 / 0.975 / 0.990 / 1.000). Fixed, by class: a task table's bare "Kết
                               quả" column and the count of places a product cell reaches ("tại 05 trường"); a group's total
                               row; advisory tasks and contest solutions as outputs; "hội thành viên"; sub-committees; last year's
                               event results; the rest of an area; launched products; relative to the event's opening; a workshop's
                               end; "Thường trực Hội"; "Xã hội học tập"; a place's name not over the line onto another body; two
                               fields joined by "và" in a title; "Nông Lâm nghiệp". Left: bare "định kỳ hằng tuần", "tập huấn …
                               trong năm 2026", "12 đoàn diễu hành", "20 đội văn nghệ", "30 phóng viên" after "và", "mỗi số 1.500
                               cuốn", "300 chuyên gia", "trong đó 03 nhiệm vụ", "mỗi năm tổ chức ít nhất 150 lớp" named by its
                               verb; a body the crawl loses.
                               All 281 plans 0.966 / 0.972 / 0.983 / 0.995 -> 0.968 / 0.973 / 0.984 / 0.995, rows changed only in
                               the three; seeds 1.000 / 1.000 / 0.985 / 0.990 and dev 0.966 / 0.981 / 0.984 / 0.989, no row changed.
    bql_kkt_thu_hut_dau_tu_khu_cong_nghiep_2027  provincial economic-zone authority (UBND TỈNH HÀ TĨNH over BAN QUẢN LÝ KHU
                               KINH TẾ TỈNH) plan for 2027 on attracting and managing investment (w23a, held out): prose targets
                               of the zone ('ít nhất 25 dự án cấp mới, trong đó tối thiểu 08 dự án … (FDI)', 'tăng 12% so với năm
                               2026', 'không quá 10 ngày làm việc'), a target table 'TT | Chỉ tiêu | ĐVT | Khu kinh tế | Các khu công
                               nghiệp | Tổng cộng' whose zone columns add up to the total, a projects-to-call table (no targets), the
                               board's rooms and service centre named with lower-case fields, QCVN and TCVN ISO standards
    cang_vu_hang_hai_san_luong_an_toan_2026_2030  maritime port authority (CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM over CẢNG VỤ
                               HÀNG HẢI QUẢNG NINH) plan for 2026-2030 (w23a, held out): throughput 'Khu vực cảng | 2026 | … | 2030'
                               with the unit on a row of its own under the header ('(triệu tấn)') and the measure only in the
                               caption ('… theo khu vực cảng'), safety targets by phase ('Giai đoạn 2026 - 2027 | Giai đoạn 2028 -
                               2030'), 'triệu TEU', the authority's rooms and 'Đại diện Cảng vụ tại …', 'Cảnh sát biển Vùng 1',
                               a share's due date after a participle, '…, đưa vào vận hành trong năm 2028'
    so_xay_dung_cang_hang_khong_giao_thong_ket_noi_2027  Sở Xây dựng (transport since 2025) plan for an airport and its
                               connecting transport in 2027 (w23a, held out): 'Nội dung | Chỉ tiêu | Cơ quan thực hiện | Thời hạn',
                               one target a row with its body and deadline ('Tối thiểu 85%', 'Khoảng 150.000 lượt khách', 'Hằng
                               tháng'), new routes 'Đường bay | Tần suất (chuyến/tuần) | Loại tàu bay | Thời điểm khai thác', the
                               airport as a body ('Cảng hàng không Thọ Xuân'), '… Việt Nam - CTCP' closing a company's name
    the three w23a plans together (blind gold d547eb75; two deadlines removed by precedent, b53af657): start (main cfbde9d0)
                               txt and docx 0.790 / 0.962 / 0.906 / 0.979, pdf 0.790 / 0.962 / 0.906 / 0.958, crawl 0.755 / 0.962 /
                               0.906 / 0.979 (against the blind gold); end (gold corrected) txt, docx and crawl 0.994 / 1.000 / 1.000 / 0.979, pdf 0.994 / 1.000 / 1.000 / 0.958
                               (per plan, main -> end: bql_kkt 0.82 / 1.00 / 0.95 / 0.95 -> 1.00 / 1.00 / 1.00 / 0.95, cang_vu 0.65 / 0.94 /
                               0.82 / 1.00 -> 0.99 / 1.00 / 1.00 / 1.00, so_xay_dung_cang 0.92 / 1.00 / 0.94 / 1.00 -> 0.99 / 1.00 / 1.00 /
                               1.00). Fixed, by
                               class: a unit row under a table's header (text and crawl); a task table's 'Chỉ tiêu' column
                               stating its value after a verb or bound ('Đạt …', 'Trên …', 'Hoàn thành …', crawl 0.865 -> 0.994); a caption's measure split by the places its rows name ('…
                               theo khu vực cảng'); columns of parts that add up to a total column; 'Thời điểm …' a time column; a
                               task cell that names its rate with its share in the next cell; TEU, cần trục; the airport, the port
                               authority's offices and rooms, the coast guard's region, the economic-zone centre's whole name, '- CTCP'
                               ending a name, an airport project built in phases no body; a share opening its clause before 'được
                               phê duyệt trước ngày …', '…, đưa vào vận hành trong năm …'. Left: 'tổ chức 02 chương trình xúc tiến du
                               lịch' (the units list keeps 'chương trình' to training programmes), 'cử ít nhất 05 công chức tham gia
                               …', 'Chương trình xúc tiến đầu tư của tỉnh' in lower case after 'theo' (as tinh_kinh_te_ban_dem's).
                               All 281 plans: main (278) 0.968 / 0.973 / 0.984 / 0.995 -> 0.969 / 0.973 / 0.984 / 0.995 (rows changed elsewhere: two
                               airports named as bodies, both in their golds); seeds 1.000 / 1.000 / 0.985 / 0.990 and dev 0.966 /
                               0.981 / 0.984 / 0.989, no row changed.

    bao_ptth_tinh_san_xuat_phat_song_2027  Báo và Phát thanh, Truyền hình Thái Nguyên (the merged 2025 agency, under the UBND
                               tỉnh; 214/KH-BPTTH, 18/12/2026; TỔNG BIÊN TẬP) production and broadcasting plan for 2027 (w23b,
                               held out, written blind): airtime as targets ('đạt 6.570 giờ/năm, trong đó chương trình tự sản
                               xuất chiếm tối thiểu 65%', '… lên 30 phút/số', '3.000 giờ tư liệu'), a channel's name with digits
                               (THTN1) before its value, 'trong đó kênh YouTube đạt 650.000 người đăng ký', the agency's own
                               units (Ban Thời sự, Phòng Kỹ thuật - Công nghệ), Phụ lục 1 'TT | Nội dung | Đơn vị tính | Năm 2026
                               (ước) | Kế hoạch 2027 | Tăng/giảm (%)' with letter group rows 'A. Phát thanh' …, Phụ lục 2 'Tháng |
                               Chương trình | Thời lượng (phút) | Bộ phận thực hiện' with MM/2027 cells and anniversary spans in
                               the names. Start 0.805 / 0.667 / 0.952 / 1.000, end 0.968 / 0.963 / 1.000 / 1.000 (left: the
                               YouTube subscribers' part named by the words after its value, 'hằng tháng' at a report's end).
    bao_tang_thu_vien_tinh_so_hoa_2026_2030  Bảo tàng - Thư viện tỉnh Lai Châu (under the Sở VHTTDL; 36/KH-BTTV, 16/3/2026)
                               plan 2026 - 2030 on visitors, collections, digitisation, readers and book rotation (w23b, held out,
                               written blind): 'Hằng năm'/'Mỗi năm' targets, 'tăng 10% so với năm trước', '… 03 cuộc … và 04 đợt
                               trưng bày lưu động', 'số hóa 100% tài liệu địa chí và 1.500.000 trang tài liệu', Phụ lục I 'STT |
                               Chỉ tiêu | Đơn vị tính | Hằng năm | Đến năm 2030' with cells 'Tăng 10% so với năm trước', 'Ít nhất
                               500', '100% xã', '100% xã, phường', 'Tổng vốn 260.000', Phụ lục II a row a year with units in the
                               header and a 'Cộng' row, 'định kỳ 6 tháng, hằng năm trước ngày 15/12'. Start 0.808 / 0.889 / 0.941 /
                               1.000, end 0.912 / 0.941 / 0.941 / 1.000 (left: '… bình quân 6.000 bản sách mỗi năm', '… phục vụ
                               tối thiểu 40 lượt điểm trường mỗi năm', '… cho ít nhất 5.000 lượt học sinh mỗi năm' named 'Số …
                               mỗi năm' without their verb, '1.500.000 trang' after 'và', 'Tổng vốn 260.000', the bare 'định kỳ 6
                               tháng', the unit itself as the body that reviews).
    so_vhttdl_quan_ly_bao_chi_thong_tin_doi_ngoai_2027  Sở Văn hóa, Thể thao và Du lịch Đồng Tháp (318/KH-SVHTTDL, 22/12/2026)
                               plan on press management and external information for 2027 (w23b, held out, written blind): the
                               2026 figures (cơ quan báo chí, văn phòng đại diện, bản tin, giấy phép) no targets, a committed
                               licensing time, '102 năm … (21/6/1925 - 21/6/2027)', Phụ lục I 'TT | Chỉ tiêu | Mức phấn đấu năm
                               2027 | Đơn vị theo dõi' with the unit in the value cell ('Ít nhất 06 cuộc', '06 đoàn', 'Không quá
                               10 ngày làm việc'), Phụ lục II 'Nội dung | Tần suất | Thời gian | Chủ trì | Phối hợp' ('Hằng quý',
                               'Trước ngày 25 của tháng cuối quý', 'Ngày 05 hằng tháng', 'Định kỳ 6 tháng'). Start 0.870 / 0.867 /
                               0.917 / 1.000, end 0.958 / 0.867 / 0.917 / 1.000 (left: the bare 'hằng tuần', 'hằng quý', 'hằng
                               tháng', 'định kỳ 6 tháng' in prose and the frequency column, 'Phòng Quản lý báo chí, xuất bản' cut
                               at its comma, '3.000 cuốn sách ảnh' read in 'cuốn sách').
    the three w23b plans together (blind gold 131d63e7; gold corrected 9fe8c161, then for '9.500 tin, phóng sự' by
                               precedent): start (main cfbde9d0) 0.819 / 0.812 / 0.935 / 1.000, end 0.941 / 0.919 / 0.951 / 1.000.
                               Fixed, by class: a broadcaster's airtime and hours of programmes or footage as targets; a schedule
                               headed 'Tháng' with an 'assigned' column as a task table (its MM/YYYY cells deadlines, its lengths
                               targets of 'Thời lượng'); a 'Hằng năm' column beside year columns, cells 'so với năm trước' and
                               '100% xã, phường'; 'Mức phấn đấu năm 2027' as a year column, a cell's noun that its label opens
                               with, a committed duration in a cell; rounds after 'và' beside another count organised; 'phát trực
                               tuyến' ending a unit's name; 'hằng năm' right before a date's cue. All 281 plans: 0.966 / 0.971 / 0.983 /
                               0.995 -> 0.968 / 0.972 / 0.983 / 0.995 (the one row changed elsewhere toward the gold:
                               qd_boi_thuong_tai_dinh_cu_du_an_trong_diem's investor company); seeds 1.000 / 1.000 / 0.985 / 0.990
                               and dev 0.966 / 0.981 / 0.984 / 0.989, no row changed. As formats (formats.py --styled): start txt
                               and docx 0.819 / 0.812 / 0.935 / 1.000, pdf 0.812 / …, crawl 0.716 / 0.812 / 0.935 / 1.000; end txt
                               and docx 0.941 / 0.919 / 0.951 / 1.000, pdf 0.934 / 0.919 / 0.951 / 1.000, crawl 0.941 / 0.919 /
                               0.951 / 1.000 (0.880 before the crawl's group row under the header was kept, fcd09e58).
    chi_cuc_qltt_kiem_tra_xu_ly_2027  Chi cục Quản lý thị trường (Sở Công Thương Ninh Bình, after the 2025 transfer) plan
                               against smuggling, counterfeits and trade fraud for 2027 (w23c, held out: written blind): prose
                               targets ('Kiểm tra ít nhất 1.900 vụ, tăng 6,5% …', 'không dưới 80%', 'trị giá hàng hóa tịch thu đạt
                               khoảng 5.200 triệu đồng', 'thời gian xác minh không quá 10 ngày làm việc'), 'Lĩnh vực | Quý I | … | Cả
                               năm' with labels numbered in the cell ('1. Số vụ kiểm tra (vụ)') over '- ' parts by field and money
                               rows in triệu đồng, 'TT | Chuyên đề | Thời gian | Đội thực hiện' (spans of quarters, 'Thường xuyên'),
                               the Đội and Phòng of the force, a relative lead time, the budget and a hotline. Start 0.630 / 0.930 /
                               0.765 / 1.000, end 0.992 / 0.930 / 1.000 / 1.000
    kho_bac_khu_vuc_giai_ngan_chi_ngan_sach_2027  Kho bạc Nhà nước khu vực XIII plan on paying out public investment and paying
                               the budget online and without cash for 2027 (w23c, held out): the assigned capital with its parts
                               ('gồm … 4.350 … và … 7.650 tỷ đồng'), '> 95% … đến ngày 31/12/2027 và đạt 100% đến hết ngày
                               31/01/2028', durations of control, 'giảm … so với thời điểm 31/12/2026', 'Chỉ tiêu | Đến 30/6/2027 | Đến
                               30/9/2027 | Đến 31/12/2027 | Đến 31/01/2028' stated cumulative ('≥', '>', '≤' cells), 'Nội dung công việc |
                               Đơn vị chủ trì | Thời hạn hoàn thành' ('Hằng tháng'), the treasury's Phòng and Phòng Giao dịch. Start
                               0.907 / 0.865 / 0.900 / 1.000, end 0.954 / 0.947 / 0.900 / 1.000
    so_khcn_buu_chinh_cong_ich_dia_chi_so_2027_2030  Sở Khoa học và Công nghệ Phú Thọ plan on the public post, procedures
                               through the public-utility post (BCCI), pensions paid by the post and digital addresses, 2027-2030
                               (w23c, held out): yearly series in prose ('12% năm 2027, 15% năm 2028 và 20% năm 2030'), norms of
                               the network ('bình quân không quá 3 km/điểm', 'bình quân trên một điểm phục vụ không quá 6.500
                               người'), 'Chỉ tiêu | Đơn vị tính | 2027 | 2028 | 2029 | 2030', 'Xã/phường | Điểm phục vụ | Hồ sơ TTHC
                               qua BCCI (hồ sơ) | Tỷ lệ hộ có địa chỉ số (%)' with a 'Cộng (08 xã, phường)' row and the caption's
                               year under a prose line naming another, a monthly payment window, two phases. Start 0.914 / 0.867 /
                               0.842 / 1.000, end 0.921 / 0.968 / 0.842 / 1.000
    the three w23c plans together (blind gold ed538f5e; four corrections by precedent, 382f17d2): start (main cfbde9d0) 0.816 /
                               0.891 / 0.822 / 1.000 in all four formats (formats.py --styled), end 0.955 / 0.946 / 0.938 / 1.000
                               in all four. Fixed, by class: "trị giá" opening a clause is the measure, no gift's worth; "bình
                               quân trên một X" is an average's base; a label's own ordinal ("1. ") owns the "- " rows below it;
                               a team's doers column ("Đội thực hiện") and a list of items with doers and times; "định kỳ" and a
                               cycle on a duty other than a report; a baseline date after "so với"; a monthly window; the year of
                               a table's own 'Bảng N.' line over a prose year above it; parts after 'gồm' with no colon. Left: the
                               durations 'thời gian xác minh/chuyển phát', 'km/điểm', 'và đạt 100% đến hết ngày …', a header noun
                               as a column's unit ('Điểm phục vụ'), reports' bare cycles, the issuing Sở as a body, short 'Bưu điện tỉnh', 'Phòng Kiểm soát chi' cut
                               before 'trước ngày'. All 281 plans: 0.965 / 0.971 / 0.982 / 0.995 -> 0.968 / 0.976 / 0.983 / 0.995 (targets.year
                               0.993 -> 0.995);
                               seeds 1.000 / 1.000 / 0.985 / 0.990 and dev 0.966 / 0.981 / 0.984 / 0.989 unchanged.

s20t (11 plans, with phuong_ke_hoach_nam): main f22ce89 0.954 / 0.975 / 0.979 / 1.000 (that plan's targets 0.912); after its fixes
(a bare 'Trong đó:' table row, a one-part breakdown in prose) 0.983 / 0.975 / 0.979 / 1.000 (that plan 1.000).
s21b (15 plans, with bcd_phong_chong_toi_pham): main 48de9cb 0.974 / 0.977 / 0.968 / 1.000 (that plan 1.000 / 0.947 / 0.898 /
1.000); after s21b's fixes (police units by field and code, 'Thi hành án dân sự tỉnh', boards named by their work before
their verb and by a long official name, 'theo lĩnh vực được phân công') 0.974 / 0.977 / 0.984 / 1.000 (that plan bodies
1.000; left: deadlines' 'Hằng tháng' in the task table's time column).

rev4 (review of stop 23): the plan's own funding ("Tổng kinh phí (dự kiến) thực hiện Kế hoạch … , trong đó …", with or
without its year or period, or "tổng kinh phí" under a funding heading) and its parts are no target (s22a/s23a); money the
plan commits to raise ("huy động", "thu hút", "phấn đấu … đạt") is one. Gold made to agree: tinh_cong_tac_dan_so -4 rows,
hdnd_phat_trien_doanh_nghiep -3, huyen_lam_nghiep_dtts -1 (tinh_giam_ngheo_da_chieu keeps its "nguồn vốn dự kiến huy
động"). 36 plans 0.984 / 0.988 / 0.997 / 0.998 before and after (tp 1131 -> 1123 of gold 1158 -> 1150: those rows only).

    cd WORKTREE && python benchmarks/probe_plans.py [-v] [--keep=DIR] [NAME ...]
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLANS = Path(__file__).resolve().parent / "plans"
SCORER = ROOT.parent / "shared" / "spec" / "score.py"
TABLES = ("targets", "deadlines", "bodies", "legal_refs")


def load_scorer():
    spec = importlib.util.spec_from_file_location("reference_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_pipeline(names: list[str], work: Path) -> Path:
    src, gold, out = work / "plans", work / "gold", work / "out"
    for d in (src, gold):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    for name in names:
        shutil.copy(PLANS / name, src / name)
        shutil.copy(PLANS / f"{name}.json", gold / f"{name}.json")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(src), "--out", str(out), "--direct",
                    "--workers", "1"], cwd=ROOT, check=True, capture_output=True)
    return out


def _show(row, keys) -> str:
    return " | ".join(f"{row.get(k)}" for k in keys if row.get(k) not in (None, ""))


def details(sc, gold_dir: Path, out: Path) -> None:
    """The misses (gold items not found) and extras (output rows matching no gold item) per plan."""
    tables = {n: sc.load(out, n) for n in ("documents",) + TABLES}
    docs = tables["documents"]
    by_name = {Path(sc.nfc(p)).name: d for p, d in zip(docs["source_path"], docs["doc_id"])}
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        doc_id = by_name.get(g["doc"])
        print(f"\n== {g['doc']}")
        if doc_id is None:
            print("   not in the output")
            continue

        def rows(name):
            df = tables[name]
            return df[df["doc_id"] == doc_id].reset_index(drop=True) if not df.empty else df

        pt = rows("targets")
        pairs = sc.match_targets(g.get("targets", []), pt)
        got = {id(gg) for gg, _ in pairs}
        used = {pp.name for _, pp in pairs}
        for t in g.get("targets", []):
            if id(t) not in got:
                print("   target miss :", _show(t, ("indicator", "value", "value_max", "unit", "year")))
        for j, r in pt.iterrows():
            if j not in used:
                print("   target extra:", _show(r, ("indicator", "value", "value_max", "unit", "year", "rule")))
        for gg, pp in pairs:
            if gg.get("year") is not None and sc.num(pp.get("year")) != sc.num(gg.get("year")):
                print("   target year :", gg["indicator"], gg["value"], "gold", gg["year"], "got", pp.get("year"))
        pdl = rows("deadlines")
        gk = {sc.deadline_key(d): d for d in g.get("deadlines", [])}
        pk = {sc.deadline_key(r): r for _, r in pdl.iterrows()} if len(pdl) else {}
        for k in gk.keys() - pk.keys():
            print("   deadline miss :", _show(gk[k], ("date", "date_end", "recurrence", "date_raw")))
        for k in pk.keys() - gk.keys():
            print("   deadline extra:", _show(pk[k], ("date", "date_end", "recurrence", "date_raw", "rule")))
        pb = rows("bodies")
        if len(pb):
            pb = pb[pb["kind"].astype(str) != "collective"]
        pred = {}
        for _, r in pb.iterrows():
            main = sc.norm_body(r.get("name_canonical")) or sc.norm_body(r.get("name"))
            pred.setdefault(main, set()).update({sc.norm_body(r.get("name")), sc.norm_body(r.get("name_canonical"))} - {""})
        left = dict(pred)
        for b in g.get("bodies", []):
            keys = {sc.norm_body(b.get("name")), sc.norm_body(b.get("name_canonical"))} - {""}
            found = next((m for m, k in left.items() if k & keys), None)
            if found is None:
                print("   body miss :", b["name"])
            else:
                del left[found]
        for m in left:
            print("   body extra:", m)
        pr = rows("legal_refs")
        gref = {sc.ref_key(r): r for r in g.get("legal_refs", [])}
        pref = {sc.ref_key(r): r for _, r in pr.iterrows()} if len(pr) else {}
        for k, r in gref.items():
            if k[0] == "code":
                hit = k in pref
            else:
                hit = any(kk[0] == "title" and kk[1] == k[1] and len(k[2] & kk[2]) / max(1, len(k[2])) >= 0.6 for kk in pref)
            if not hit:
                print("   ref miss :", _show(r, ("code", "doc_type", "title")))
        for k, r in pref.items():
            if k[0] == "code":
                hit = k in gref
            else:
                hit = any(kk[0] == "title" and kk[1] == k[1] and len(kk[2] & k[2]) / max(1, len(kk[2])) >= 0.6 for kk in gref)
            if not hit:
                print("   ref extra:", _show(r, ("code", "doc_type", "title", "subject")))


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    keep = next((a.split("=", 1)[1] for a in argv if a.startswith("--keep=")), None)
    wanted = [a for a in argv if not a.startswith("-")]
    if not SCORER.exists():
        print(f"skipped: the reference scorer {SCORER} is absent (../shared is not beside the repository)")
        return 0
    names = sorted(p.name for p in PLANS.glob("*.txt") if not wanted or p.stem in wanted or p.name in wanted)
    sc = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(keep or tmp)
        out = run_pipeline(names, work)
        res = sc.score(work / "gold", out)
        for k in TABLES:
            r = res[k]
            print(f"{k:11s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}  "
                  f"(tp={r['tp']} pred={r['pred']} gold={r['gold']})")
        for k, v in res["attributes"].items():
            print(f"  {k}: {v:.3f}")
        if verbose:
            details(sc, work / "gold", out)
        print("F1 " + " ".join(f"{k}={res[k]['f1']:.3f}" for k in TABLES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

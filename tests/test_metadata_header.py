"""The documents row from a header whose cells are wrapped or joined by the layout steps."""
from __future__ import annotations

import pytest

from pipeline.metadata import document_fields
from pipeline.normalise import normalise


@pytest.mark.parametrize("header, issuer, number", [
    # a crawled header cell wrapped inside the issuer's name, the number on its own line
    ("|\nỦY BAN NHÂN\nDÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n2820/QĐ-UBND\n|\n",
     "UBND Thành phố Hồ Chí Minh", "2820/QĐ-UBND"),
    # the issuer on one line once the wrap step joined it
    ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 182/KH-UBND\n",
     "UBND tỉnh Đồng Nai", "182/KH-UBND"),
    # pdfplumber: both header columns on each line
    ("ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NINH BÌNH Độc lập - Tự do - Hạnh phúc\nSố: 196/KH-UBND Ninh Bình, ngày 04 tháng 11 năm 2024\n",
     "UBND tỉnh Ninh Bình", "196/KH-UBND"),
])
def test_issuer_and_number_from_a_wrapped_header(header, issuer, number):
    fields = document_fields(normalise(header + "\nKẾ HOẠCH\n\nPhát triển kinh tế số\n\nI. MỤC TIÊU\n").text)
    assert fields["issuer"] == issuer
    assert fields["doc_number"] == number


def test_a_sentence_about_a_committee_is_no_header():
    text = normalise("Căn cứ ý kiến của Ủy ban nhân dân tỉnh Đồng Nai;\nSố liệu năm 2024 cho thấy\n").text
    fields = document_fields(text)
    assert fields["doc_number"] is None


# --- the number, in the shapes crawled, converted and typed headers give it -----------------------------------------
@pytest.mark.parametrize("header, number", [
    ("BỘ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 39/2025/TT-BXD\nHà Nội, ngày 25 tháng 11 năm 2025\n", "39/2025/TT-BXD"),
    ("HỘI ĐỒNG NHÂN\nDÂN THÀNH PHỐ HUẾ\n|\nSố:\n|\n37/2025/NQ-HĐND\n|\nThành phố Huế, ngày 18 tháng 11 năm 2025\n", "37/2025/NQ-HĐND"),
    ("QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\nLuật số: 60/2024/QH15 |\n", "60/2024/QH15"),
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 193 /KH-UBND\tNinh Bình, ngày 01 tháng 11 năm 2024\n", "193/KH-UBND"),
    ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n|\nSố: 3783/QĐ-\nUBND\n|\nNghệ An, ngày 20 tháng 11 năm 2025\n", "3783/QĐ-UBND"),
    ("TỈNH UỶ LÀO CAI\n*\nSố 104-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n", "104-CTr/TU"),
    ("VĂN PHÒNG CHÍNH PHỦ\nSố: 11554/VPCP-V.I\nV/v nâng cao hiệu quả công tác\n", "11554/VPCP-V.I"),
    # negatives: a number left blank for the digital signature; a number cited in the preamble
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: /KH-UBND\tNinh Bình, ngày tháng 11 năm 2024\n", None),
    ("KẾ HOẠCH\nPhát triển kinh tế số\nCăn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ;\n", None),
])
def test_doc_number(header, number):
    fields = document_fields(normalise(header + "\nKẾ HOẠCH\n\nPhát triển kinh tế số\n\nI. MỤC TIÊU\n").text)
    assert fields["doc_number"] == number


@pytest.mark.parametrize("header, date", [
    ("Số: 39/2025/TT-BXD\n|\nHà Nội, ngày 25 tháng 11 năm 2025\n", "2025-11-25"),
    ("Số: 388/NQ-CP\n|\nHà Nội ngày 01 tháng 12 năm 2025\n", "2025-12-01"),  # the comma left out
    ("Số: 3005/QĐ-UBND\n|\nHà Tĩnh, ngày 01 tháng12 năm 2025\n", "2025-12-01"),  # glued
    ("Số: 37690/TB-CHQ\n|\nHà Nội, ngày 21 tháng 11 năm\n2025\n", "2025-11-21"),  # wrapped
    ("Số:\t/KH-SCT | |\tLào Cai, ngày\ttháng 4 năm 2026\n", "2026-04"),  # the day left blank for the digital signature
    ("Số: /QĐ-UBND Ninh Bình, ngày tháng năm 2024\n", "2024"),  # day and month left blank
    # negative: a date in a citation is not the place-and-date line
    ("Mặt hàng nêu tại Phụ lục III ban hành kèm theo Nghị định 206/2025/NĐ-CP ngày 15 tháng 7 năm 2025 của Chính phủ\n", None),
])
def test_issue_date(header, date):
    fields = document_fields(normalise(header + "\nKẾ HOẠCH\n\nPhát triển kinh tế số\n\nI. MỤC TIÊU\n").text)
    assert fields["issue_date"] == date


@pytest.mark.parametrize("header, date", [
    # a PDF's right column keeps the original's line breaks: the date wraps after the day, after "ngày" or the place
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ CẦN THƠ\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 157/KH-UBND\tCần Thơ, ngày 18\ntháng 11 năm 2025\n", "2025-11-18"),
    ("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHÀNH PHỐ HỒ CHÍ MINH\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 174/KH-UBND\tThành phố Hồ Chí Minh, ngày\n18 tháng 11 năm 2025\n", "2025-11-18"),
    ("BỘ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 12/KH-BTC\tHà Nội,\n\tngày 05 tháng 3 năm 2026\n", "2026-03-05"),
    ("UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 45/KH-SYT\t*Nghệ An, ngày 20 tháng*\n*11 năm 2025*\n", "2025-11-20"),
])
def test_issue_date_wrapped_in_the_headers_right_column(header, date):
    fields = document_fields(normalise(header + "\nKẾ HOẠCH\n\nPhát triển kinh tế số\n\nI. MỤC TIÊU\n").text)
    assert fields["issue_date"] == date


@pytest.mark.parametrize("text", [
    # negative: no place-and-date line in the header; a wrapped date under the title is a citation's, not the issue date
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc\nSố: 193/KH-UBND\n"
    "KẾ HOẠCH\nTriển khai Chỉ thị số 20-CT/TU của Tỉnh ủy Ninh Bình, ngày\n10 tháng 10 năm 2024 về cây xanh\n\nI. MỤC TIÊU\n",
    "KẾ HOẠCH\nPhát triển kinh tế số\nI. MỤC TIÊU\nBáo cáo gửi Sở Tài chính trước ngày\n15 tháng 12 năm 2025 tại Hà Nội, ngày\n20 tháng 12 năm 2025\n",
])
def test_a_wrapped_date_after_the_title_is_no_issue_date(text):
    from pipeline import header

    zone = header.header_zone(text)  # as the reader gives it (the one-line date of a joined title is PLACE_DATE's, not this rule's)
    assert header.issue_date(zone) is None


@pytest.mark.parametrize("text, date", [
    ("LUẬT\nDỮ LIỆU\nĐiều 1. Phạm vi\n…\nLuật này được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá XV, kỳ họp thứ 8 "
     "thông qua ngày 30 tháng 11 năm 2024.\n", "2024-11-30"),
    ("NGHỊ QUYẾT\nVề việc sắp xếp\nĐiều 1.\n…\nNghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 16 tháng 6 năm 2025.\n",
     "2025-06-16"),
    # negative: the day it takes effect is not the day it was adopted
    ("NGHỊ QUYẾT\nVề việc sắp xếp\nĐiều 2. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.\n", None),
])
def test_adopted_date_of_a_law_or_resolution(text, date):
    assert document_fields(normalise(text).text)["issue_date"] == date


# --- the issuer: the last body of the top-left block, under its parent's jurisdiction --------------------------------
@pytest.mark.parametrize("header, issuer, province", [
    ("|\nBỘ XÂY DỰNG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 39/2025/TT-BXD\n",
     "Bộ Xây dựng", None),
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\n"
     "Hà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Thuế tỉnh Quảng Trị.\nThuế tỉnh Quảng Trị hỏi về tỉnh Quảng Trị.\n", "Cục Thuế", None),
    ("VĂN PHÒNG CHÍNH\nPHỦ\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 648/TB-VPCP\n", "Văn phòng Chính phủ", None),
    ("THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\nSố: 220/CĐ-TTg |\n", "Thủ tướng Chính phủ", None),
    ("CHÍNH PHỦ Số: 170/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc |\n", "Chính phủ", None),
    ("UBND TỈNH LÀO CAI | |\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG | |\tĐộc lập - Tự do - Hạnh phúc\nSố:\t/KH-SCT\n",
     "Sở Công Thương tỉnh Lào Cai", "Lào Cai"),
    ("CỤC THUẾ\nTHUẾ TỈNH TÂY NINH\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 3257/TNI-QLDN1\n", "Thuế tỉnh Tây Ninh", "Tây Ninh"),
    ("|\nỦY BAN NHÂN\nDÂN THÀNH PHỐ HẢI PHÒNG\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 213/2025/QĐ-UBND\n",
     "UBND thành phố Hải Phòng", "Hải Phòng"),  # a place name that ends in a body's head word
    ("|\nUBND THÀNH PHỐ HÀ\nNỘI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố:\n1594/QĐ-TTPVHCC\n",
     "Trung tâm Phục vụ hành chính công thành phố Hà Nội", "Hà Nội"),  # s33w: the name's own case (names.tsv)
    ("CHỦ TỊCH ỦY BAN\nNHÂN DÂN\nTỈNH GIA LAI\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố:\n44/2025/QĐ-CTUBND\n",
     "Chủ tịch UBND tỉnh Gia Lai", "Gia Lai"),
    ("|\nỦY BAN NHÂN DÂN\n\nTỈNH ĐẮK LẮK\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 0124/KH-UBND\n", "UBND tỉnh Đắk Lắk", "Đắk Lắk"),
    ("TỈNH UỶ LÀO CAI\n*\nSố\t-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày\ttháng 8 năm 2026\n", "Tỉnh ủy Lào Cai", "Lào Cai"),
    ("ỦY BAN NHÂN DÂN\nTỈNH THANH HOÁ\n|\nCỘNG HÒA XÃ HỘI\n|\nSố: 145/2025/QĐ-UBND\n", "UBND tỉnh Thanh Hóa", "Thanh Hóa"),
    # a district-level city and a district Party committee keep their own name; the province is their province
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ TAM ĐIỆP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n", "UBND thành phố Tam Điệp", "Ninh Bình"),
    ("HUYỆN ỦY VĨNH THUẬN\n*\nSố 12-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n", "Huyện ủy Vĩnh Thuận", "Kiên Giang"),
    # a Party document's header: the Party organisation of the place over its committee
    ("ĐẢNG BỘ TỈNH QUẢNG NGÃI\nTỈNH ỦY\n*\nSố 18-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n", "Tỉnh ủy Quảng Ngãi", "Quảng Ngãi"),
    ("ĐẢNG BỘ TỈNH KIÊN GIANG\nHUYỆN ỦY VĨNH THUẬN\n*\nSố 12-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n", "Huyện ủy Vĩnh Thuận", "Kiên Giang"),
    # negative: a body no list names ("Đoàn kiểm tra theo Quyết định …") is left empty, not taken for its parent
    ("SỞ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐOÀN KIỂM TRA\tĐộc lập - Tự do - Hạnh Phúc\nTHEO QUYẾT ĐỊNH\n"
     "SỐ 2217/QĐ-SCT\tYên Bái, ngày 16 tháng 4 năm 2026\nSố: 318/KH-ĐKT\n", None, None),
])
def test_issuer_from_the_header_block(header, issuer, province):
    fields = document_fields(normalise(header + "\nKẾ HOẠCH\n\nPhát triển kinh tế số\n\nI. MỤC TIÊU\n").text)
    assert fields["issuer"] == issuer
    if province or issuer:
        assert fields["province"] == province


@pytest.mark.parametrize("header, issuer", [
    # a unit named after a person or with a number: its unit word is part of its proper name (NĐ 30/2020 Phụ lục II)
    ("|\nỦY BAN NHÂN\nDÂN THÀNH PHỐ HỒ CHÍ MINH\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 174/KH-UBND\n",
     "UBND Thành phố Hồ Chí Minh"),
    ("SỞ Y TẾ\nTHÀNH PHỐ HỒ CHÍ MINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-SYT\n", "Sở Y tế Thành phố Hồ Chí Minh"),
    ("ỦY BAN NHÂN DÂN\nQUẬN 1\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n", "UBND Quận 1"),
    # negatives: a unit named with a place name keeps its unit word in lower case
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 157/KH-UBND\n", "UBND thành phố Cần Thơ"),
    ("UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-SYT\n", "Sở Y tế tỉnh Nghệ An"),
])
def test_a_unit_named_after_a_person_or_a_number_keeps_its_capital(header, issuer):
    fields = document_fields(normalise(header + "\nKẾ HOẠCH\n\nPhát triển kinh tế số\n\nI. MỤC TIÊU\n").text)
    assert fields["issuer"] == issuer


@pytest.mark.parametrize("text, issuer", [
    ("Số: 1675/NQ-UBTVQH15 |\nNGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã của thành phố Huế năm 2025\n"
     "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n", "Ủy ban Thường vụ Quốc hội"),
    ("NGHỊ QUYẾT\nVề bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025\nQUỐC HỘI\nCăn cứ Hiến pháp;\n", "Quốc hội"),
    ("Nghị quyết về kế hoạch đầu tư phát triển thuộc ngân sách nhà nước tỉnh hải dương năm 2009\n"
     "Hội đồng nhân dân tỉnh hải dương\nKhóa xiv, kỳ họp thứ 13\nXét đề nghị của Uỷ ban nhân dân tỉnh;\n", "HĐND tỉnh Hải Dương"),
    # a department's authority line naming its province (a department's decision issuing a plan)
    ("QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng, chống bệnh không lây nhiễm năm 2025\n\nGIÁM ĐỐC SỞ Y TẾ TỈNH QUẢNG TRỊ\n\n"
     "Căn cứ Quyết định số 15/2021/QĐ-UBND;\n", "Sở Y tế tỉnh Quảng Trị"),
    ("QUYẾT ĐỊNH\nBan hành Kế hoạch phát triển giáo dục mầm non năm học 2025-2026\nTRƯỞNG PHÒNG VĂN HÓA - XÃ HỘI THÀNH PHỐ TAM ĐIỆP\n"
     "Căn cứ Luật Giáo dục;\n", "Phòng Văn hóa - Xã hội thành phố Tam Điệp"),
    # negative: a place the gazetteer does not know after the department is no jurisdiction
    ("QUYẾT ĐỊNH\nBan hành Kế hoạch năm 2025\nGIÁM ĐỐC SỞ Y TẾ TỈNH ĐÔNG HẢI\nCăn cứ Luật;\n", None),
    # negative: a subject line that starts with a body's head word is not an authority
    ("QUYẾT ĐỊNH\nVỀ VIỆC\nBAN HÀNH QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA SỞ TƯ PHÁP\nCăn cứ Luật;\n", None),
])
def test_issuer_from_the_authority_line(text, issuer):
    assert document_fields(normalise(text).text)["issuer"] == issuer


# --- the title: the type heading and its subject --------------------------------------------------------------------
@pytest.mark.parametrize("text, title", [
    ("Số: 110/2025/TT-BTC\nHà Nội, ngày 19 tháng 11 năm 2025\nTHÔNG TƯ\nQUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP PHÍ THẨM ĐỊNH\n"
     "Căn cứ Luật Phí và lệ phí;\n", "Thông tư QUY ĐỊNH MỨC THU, CHẾ ĐỘ THU, NỘP PHÍ THẨM ĐỊNH"),
    # the authority line under the subject is not part of it (one line, wrapped, or a post before the body)
    ("QUYẾT ĐỊNH\nCÔNG BỐ THỦ TỤC HÀNH\nCHÍNH NỘI BỘ TRONG LĨNH VỰC ĐO ĐẠC\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật;\n",
     "Quyết định CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC ĐO ĐẠC"),
    ("QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng, chống bệnh không lây nhiễm năm 2025\n\nGIÁM ĐỐC SỞ Y TẾ TỈNH QUẢNG TRỊ\n\nCăn cứ Luật;\n",
     "Quyết định về việc ban hành Kế hoạch phòng, chống bệnh không lây nhiễm năm 2025"),
    ("QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026\nGIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ THÀNH PHỐ CẦN THƠ\nCăn cứ Luật;\n",
     "Quyết định BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026"),
    ("QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026 CỦA BỘ NỘI VỤ\nBỘ TRƯỞNG BỘ NỘI VỤ\nCăn cứ Luật;\n",
     "Quyết định VỀ VIỆC BAN HÀNH LỊCH PHỔ BIẾN THÔNG TIN THỐNG KÊ NĂM 2026 CỦA BỘ NỘI VỤ"),
    ("THÔNG BÁO\nVỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ\nCỤC TRƯỞNG CỤC\nHẢI QUAN\nCăn cứ Luật Hải quan;\n", "Thông báo VỀ KẾT QUẢ XÁC ĐỊNH TRƯỚC MÃ SỐ"),
    ("QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH\nTRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH\nCăn cứ;\n",
     "Quyết định BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH"),
    # a letter's subject under its number; a dispatch's "V/v" subject under its heading
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\nHà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Thuế tỉnh Quảng Trị.\n",
     "Công văn về việc hướng dẫn góp vốn điều lệ"),
    ("Số: 5330/CT-CS\nV/v\nChính sách thuế TNCN\nHà Nội, ngày 19 tháng 11 năm 2025\nKính gửi: Công ty A\n", "Công văn về việc Chính sách thuế TNCN"),
    ("CÔNG ĐIỆN\nV/V TẬP TRUNG ỨNG PHÓ LŨ ĐẶC BIỆT LỚN\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ;\n",
     "Công điện về việc TẬP TRUNG ỨNG PHÓ LŨ ĐẶC BIỆT LỚN"),
    # a heading with no subject takes it from the enacting clause
    ("THÔNG TƯ\n\nCăn cứ Luật Xây dựng;\n\nBộ trưởng Bộ Xây dựng ban hành Thông tư sửa đổi, bổ sung một số định mức bảo dưỡng đường bộ.\n\nĐiều 1. Sửa đổi\n",
     "Thông tư sửa đổi, bổ sung một số định mức bảo dưỡng đường bộ"),
    # prose after an upper-case subject, the attachment note, the preamble glued on: not the subject
    ("CHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG XỬ LÝ LẤN CHIẾM RỪNG\nTrong những năm qua, công tác quản lý rừng có chuyển biến.\n",
     "Chỉ thị VỀ VIỆC TĂNG CƯỜNG XỬ LÝ LẤN CHIẾM RỪNG"),
    ("KẾ HOẠCH\nThực hiện Đề án số 08 về phát triển công nghiệp giai đoạn 2026-2030\n(Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025)\n"
     "I. MỤC ĐÍCH\n", "Kế hoạch thực hiện Đề án số 08 về phát triển công nghiệp giai đoạn 2026-2030"),
    ("KẾ HOẠCH\nTriển khai thực hiện Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy\nThực hiện Chỉ thị số 20-CT/TU, Ủy ban nhân dân tỉnh ban hành\n",
     "Kế hoạch triển khai thực hiện Chỉ thị số 20-CT/TU của Ban Thường vụ Tỉnh ủy"),
    ("NGHỊ QUYẾT\nBÃI BỎ NGHỊ QUYẾT VỀ KHU VỰC PHÒNG THỦ ĐẾN NĂM 2020 VÀ NHỮNG NĂM\nTIẾP THEO Căn cứ Luật Tổ chức chính quyền địa phương;\n",
     "Nghị quyết BÃI BỎ NGHỊ QUYẾT VỀ KHU VỰC PHÒNG THỦ ĐẾN NĂM 2020 VÀ NHỮNG NĂM TIẾP THEO"),
    # a transcriber's line that cites the document's number is no heading; the heading below it is
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 104-CTr/TU NGÀY 30/8/2026 CỦA TỈNH ỦY LÀO CAI — BẢN TEXT\nTỈNH UỶ LÀO CAI\n"
     "CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Kết luận số 75-KL/TW về bảo vệ môi trường\nThực hiện Kết luận số 75-KL/TW,\n",
     "Chương trình hành động thực hiện Kết luận số 75-KL/TW về bảo vệ môi trường"),
    # s28a: a joint plan of two sectors' departments ("KẾ HOẠCH LIÊN NGÀNH", as "KẾ HOẠCH LIÊN TỊCH") over its subject
    ("KẾ HOẠCH LIÊN NGÀNH\nThực hiện công tác y tế trường học năm học 2026 - 2027\ntrên địa bàn tỉnh Nghệ An\n\nCăn cứ Luật Giáo dục;\n",
     "Kế hoạch liên ngành thực hiện công tác y tế trường học năm học 2026 - 2027 trên địa bàn tỉnh Nghệ An"),
    ("KẾ HOẠCH LIÊN TỊCH\nPhối hợp hỗ trợ nông dân phát triển sản xuất\n\nCăn cứ Luật Bảo vệ môi trường;\n",
     "Kế hoạch liên tịch phối hợp hỗ trợ nông dân phát triển sản xuất"),
    # a copy that opens with its title in sentence case
    ("Kế hoạch hỗ trợ hộ nghèo xây dựng, sửa chữa nhà ở hư hỏng\nUBND Thành phố xây dựng Kế hoạch hỗ trợ hộ nghèo.\n",
     "Kế hoạch hỗ trợ hộ nghèo xây dựng, sửa chữa nhà ở hư hỏng"),
    # negatives: an operative "QUYẾT ĐỊNH:" is no heading; a news line naming a document is no title
    ("Căn cứ Luật Tổ chức;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt\n", None),
    ("Nghị định 304/2025/NĐ-CP quy định điều kiện thu giữ tài sản bảo đảm\nNgày 25/11/2025, Chính phủ ban hành Nghị định.\n", None),
])
def test_title(text, title):
    assert document_fields(normalise(text).text)["title"] == title


@pytest.mark.parametrize("closing, signer", [
    ("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n**Nguyễn Quỳnh\nThiện**\n|\n", "Nguyễn Quỳnh Thiện"),
    ("Nơi nhận:\n- Cục Thuế;\n- Lưu: VT, CT.\n|\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Tấn\nCận\n|\n", "Lê Tấn Cận"),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nVũ\nChiến Thắng\n|\n", "Vũ Chiến Thắng"),
    # negative: a full name is not run into the next block's heading
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Anh Tuấn\n|\nPHỤ LỤC I\n", "Lê Anh Tuấn"),
])
def test_signer_wrapped_in_the_signature(closing, signer):
    text = normalise("KẾ HOẠCH\nPhát triển kinh tế số\nI. MỤC TIÊU\n1. Nội dung.\n" + closing).text
    assert document_fields(text)["signer"] == signer


# --- the portal's attribute panel: a second witness, used where the text is silent and only when it agrees ------------
PANEL = ("Đang tải văn bản...\n**Số hiệu:**\n|\n{number}\n|\n**Loại văn bản:**\n|\nQuyết định\n|\n**Nơi ban hành:**\n|\n{place}\n|\n"
         "**Người ký:**\n|\nPhạm Văn Thịnh\n|\n**Ngày ban hành:**\n|\n28/11/2025\n|\n**Ngày hiệu lực:**\n|\nĐã biết\n|\n**Tình trạng:**\n|\nĐã biết\n|\n")
BODY = "Số: 471/QĐ-UBND\n|\nQUYẾT ĐỊNH\nPHÊ DUYỆT DANH MỤC HỘI CHỢ\nCăn cứ Luật;\nĐiều 1. Phê duyệt.\n"


@pytest.mark.parametrize("number, place, body, expected", [
    # the text has no signature and no issuer: the panel states them
    ("471/QĐ-UBND", "Tỉnh Bắc Ninh", BODY, {"signer": "Phạm Văn Thịnh", "issuer": "UBND tỉnh Bắc Ninh", "province": "Bắc Ninh",
                                             "issue_date": "2025-11-28"}),
    ("5348/CT-CS", "Cục Thuế", BODY.replace("471/QĐ-UBND", "5348/CT-CS"), {"issuer": "Cục Thuế", "signer": "Phạm Văn Thịnh"}),
    # negative: a panel that names another number is another document's: nothing is taken from it
    ("472/QĐ-UBND", "Tỉnh Bắc Ninh", BODY, {"signer": None, "issuer": None, "issue_date": None}),
])
def test_portal_panel_fills_what_the_text_leaves_empty(number, place, body, expected):
    from pipeline.metadata import document_row

    raw = PANEL.format(number=number, place=place) + body
    row = document_row(normalise(raw).text, raw)
    for field, value in expected.items():
        assert row[field] == value, field


@pytest.mark.parametrize("lines_before, blank_lines_inside, expected_signer", [
    (0, 0, "Phạm Văn Thịnh"),  # at the top, as portals put it
    (140, 0, "Phạm Văn Thịnh"),  # after a page's menu: still in the first HEAD_LINES lines
    (140, 300, "Phạm Văn Thịnh"),  # a value far below its label: the panel is read on past the first lines
    (390, 0, None),  # negative: a panel this far down is not one above the document
])
def test_portal_panel_read_from_the_first_lines_as_from_the_whole_text(lines_before, blank_lines_inside, expected_signer):
    from pipeline import portal

    panel = PANEL.format(number="471/QĐ-UBND", place="Tỉnh Bắc Ninh")
    panel = panel.replace("**Người ký:**\n|\n", "**Người ký:**\n|\n" + "\n" * blank_lines_inside)
    raw = "Trang chủ\n" * lines_before + panel + BODY + "Điều 2. Nội dung.\n" * 500
    found = portal.panel_fields(raw)
    assert found == portal._panel_fields(raw, whole=True)
    assert found.get("signer") == expected_signer


def test_portal_panel_never_overrides_the_text():
    from pipeline.metadata import document_row

    raw = PANEL.format(number="471/QĐ-UBND", place="Tỉnh Bắc Ninh") + BODY.replace("|\nQUYẾT", "|\nBắc Ninh, ngày 27 tháng 11 năm 2025\nQUYẾT")
    row = document_row(normalise(raw).text, raw)
    assert row["issue_date"] is None or row["issue_date"] == "2025-11-27"  # the text's date; the panel's disagrees and is not used


@pytest.mark.parametrize("closing, signer", [
    # a rank before the name (Luật Sĩ quan QĐND, Luật CAND)
    ("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n|\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nThượng tướng Lê Huy Vịnh\n|\n", "Lê Huy Vịnh"),
    # the recipients' dashes alone on their lines: the signature after the archive line
    ("Nơi nhận:\n-\nNhư Điều 3;\n- Lãnh đạo KTNN;\n- Lưu:\nVT, Vụ TCCB.\n|\nTỔNG KIỂM TOÁN NHÀ\nNƯỚC\nNgô Văn Tuấn\n|\n\nQUY ĐỊNH\n", "Ngô Văn Tuấn"),
    ("Nơi nhận:\n-\nỦy ban Thường vụ Quốc hội;\n- Chính phủ;\n- Lưu: VT.\n|\nCHỦ TỊCH\nPhùng Thị Hồng Hà\n|\n\nPhụ lục 01\n", "Phùng Thị Hồng Hà"),
    # negative: no name under the archive line
    ("Nơi nhận:\n-\nChính phủ;\n- Lưu: VT.\n|\nPHỤ LỤC\nDanh mục các xã\n", None),
])
def test_signer_after_a_rank_or_a_loose_recipients_list(closing, signer):
    text = normalise("QUYẾT ĐỊNH\nBan hành quy định\nĐiều 1. Nội dung.\nĐiều 2. Hiệu lực.\n" + closing).text
    assert document_fields(text)["signer"] == signer


@pytest.mark.parametrize("text, period", [
    ("KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030\nCăn cứ Nghị quyết số 57-NQ/TW;\n", ("2026", "2030")),
    ("KẾ HOẠCH\nQUAN TRẮC MÔI TRƯỜNG NUÔI TRỒNG THỦY SẢN NĂM 2026\nCăn cứ Quyết định số 4255/QĐ-BNN-KHCN;\n", ("2026", "2026")),
    ("KẾ HOẠCH\nTHỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035\nCăn cứ Nghị quyết số 57-NQ/TW;\n", (None, "2035")),
    # s22a: a school year, the span of years it names
    ("KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2026 - 2027\nCăn cứ Luật Giáo dục số 43/2019/QH14;\n", ("2026", "2027")),
    # s22fd: of two spans in a title, not the one reviewed (tổng kết, sơ kết) but the one opened
    ("KẾ HOẠCH\nTổ chức Hội nghị tổng kết năm học 2025 - 2026 và triển khai nhiệm vụ năm học 2026 - 2027\nCăn cứ Luật Giáo dục;\n",
     ("2026", "2027")),
    ("KẾ HOẠCH\nSơ kết giai đoạn 2021 - 2025 và triển khai giai đoạn 2026 - 2030\nCăn cứ Luật;\n", ("2026", "2030")),
    # s26c: two years of its own joined by "và" (a plan for the end of a year and the Tết after it): both
    ("KẾ HOẠCH\nBình ổn thị trường cuối năm 2025 và dịp Tết Nguyên đán Bính Ngọ năm 2026\nCăn cứ Luật Giá;\n", ("2025", "2026")),
    ("KẾ HOẠCH\nThực hiện Chương trình năm 2026 và năm 2027\nCăn cứ Luật;\n", ("2026", "2027")),
    # s27d: a year inside a quoted name in the title is the named programme's; the plan's own span is outside the quotes
    ('KẾ HOẠCH\nThực hiện Đề án "Phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao và phát thải thấp đến năm 2030" '
     "trên địa bàn tỉnh năm 2026 - 2027\nCăn cứ Luật;\n", ("2026", "2027")),
    ("KẾ HOẠCH\nTổ chức Cuộc thi “Tìm hiểu Hiến pháp năm 2013” năm 2026\nCăn cứ Luật;\n", ("2026", "2026")),
    # negative: a quoted name's span is the plan's where the title has no other
    ('KẾ HOẠCH\nTổ chức phong trào thi đua "Chung sức xây dựng nông thôn mới giai đoạn 2026 - 2030"\nCăn cứ Luật;\n', ("2026", "2030")),
    # negative: a year reviewed before the year opened stays out (s22fd)
    ("KẾ HOẠCH\nTổng kết năm 2025 và triển khai nhiệm vụ năm 2026\nCăn cứ Luật;\n", ("2026", "2026")),
    # s29d: the term cadre planning is made for (Quy định 50-QĐ/TW) is not the plan's own; its own year, where the title
    # states one, is; a term the plan carries out stays its period
    ("KẾ HOẠCH\nxây dựng quy hoạch cán bộ nhiệm kỳ 2030 - 2035; luân chuyển, đào tạo, bồi dưỡng cán bộ năm 2026\nCăn cứ Luật;\n",
     ("2026", "2026")),
    ("KẾ HOẠCH\nRà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý nhiệm kỳ 2025 - 2030\nCăn cứ Quy định;\n", (None, None)),
    ("KẾ HOẠCH\nThực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030\nCăn cứ Điều lệ;\n", ("2025", "2030")),
    # s33a: an election is held for the term after it: the term elected for is not the plan's own (a plan that carries out
    # what the elected council resolved keeps it)
    ("KẾ HOẠCH\nTổ chức cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa"
     " bàn tỉnh Lâm Đồng\nCăn cứ Luật Bầu cử;\n", (None, None)),
    ("KẾ HOẠCH\nBầu cử trưởng thôn, tổ trưởng tổ dân phố nhiệm kỳ 2025 - 2027 năm 2025\nCăn cứ Luật;\n", ("2025", "2025")),
    ("KẾ HOẠCH\nThực hiện Nghị quyết của Hội đồng nhân dân tỉnh nhiệm kỳ 2026 - 2031\nCăn cứ Luật;\n", ("2026", "2031")),
    # the opening sentence that restates the plan's title
    ("KẾ HOẠCH\nChuyển đổi số cho doanh nghiệp\nCăn cứ Nghị quyết số 71/NQ-CP;\nUBND tỉnh ban hành Kế hoạch chuyển đổi số cho doanh nghiệp "
     "giai đoạn 2026 - 2030, cụ thể như sau:\nI. MỤC ĐÍCH\n", ("2026", "2030")),
    # negatives: the years of the documents the preamble cites are theirs, not the plan's
    ("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ TRONG HOẠT ĐỘNG XÂY DỰNG\nCăn cứ Quyết định số 1644/QĐ-BXD ngày 30/9/2025 của Bộ trưởng Bộ Xây dựng ban hành "
     "Chiến lược chuyển đổi số của Bộ Xây dựng giai đoạn 2025-2030;\nI. MỤC ĐÍCH\n", (None, None)),
    ("KẾ HOẠCH\nHỖ TRỢ NHU YẾU PHẨM KHẨN CẤP\nCăn cứ Phương án 02600/PA-UBND ngày 18/8/2025 của UBND tỉnh về ứng phó thiên tai năm 2025;\n"
     "I. MỤC ĐÍCH\n", (None, None)),
])
def test_period_from_the_title_or_its_restatement(text, period):
    fields = document_fields(normalise(text).text)
    assert (fields["period_start"], fields["period_end"]) == period


@pytest.mark.parametrize("text, title, issuer", [
    # a copy without its header block: the enacting clause names the body and, without a heading, the title
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc\nSố: 21/2025/TT-BGDĐT |\nQuy định chế độ trả tiền lương dạy thêm giờ\n"
     "Căn cứ Luật Giáo dục;\nBộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư quy định chế độ trả tiền lương dạy thêm giờ.\nĐiều 1.\n",
     "Thông tư quy định chế độ trả tiền lương dạy thêm giờ", "Bộ Giáo dục và Đào tạo"),
    ("Luật số: 74/2025/QH15 |\nLUẬT VIỆC LÀM\nCăn cứ Hiến pháp;\nQuốc hội ban hành Luật Việc làm.\nChương I\n", "Luật VIỆC LÀM", "Quốc hội"),
    # a letter's subject on its number's line, or as "Về …" right under it
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5387/CT-CS v/v trả lời phản ánh kiến nghị\nHà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Công ty A\n",
     "Công văn về việc trả lời phản ánh kiến nghị", "Cục Thuế"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 5155/SGDĐT-GDTX\nVề hướng dẫn đánh giá trung tâm học tập cộng đồng\n"
     "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\nKính gửi: Các trung tâm\n",
     "Công văn về hướng dẫn đánh giá trung tâm học tập cộng đồng", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"),
    # negative: a preamble line that cites who enacted another document names neither title nor issuer
    ("Căn cứ Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh ban hành Quy định về quản lý;\nĐiều 1. Nội dung\n", None, None),
])
def test_enacting_clause_and_letter_subjects(text, title, issuer):
    fields = document_fields(normalise(text).text)
    assert (fields["title"], fields["issuer"]) == (title, issuer)


@pytest.mark.parametrize("closing, signer", [
    # a crawl that marks the signature "(Đã ký)", glued or on its own line
    ("- Lưu: VT, KTTH(2b) | TM. CHÍNH PHỦKT. THỦ TƯỚNGPHÓ THỦ TƯỚNG(Đã ký)Hồ Đức Phớc |\n", "Hồ Đức Phớc"),
    ("|\nTHỨ TRƯỞNG THƯỜNG TRỰC\n(Đã ký)\nPhạm Ngọc Thưởng |\n", "Phạm Ngọc Thưởng"),
    # the recipients on one line, the signature after their archive item
    ("- Chính phủ; - Ban Tổ chức Trung ương; - Lưu: HC, PLTP. |\nCHỦ TỊCH\nTrần Thanh Mẫn |\n", "Trần Thanh Mẫn"),
    # negatives: "(đã ký)" with no name; a place named Lưu is no archive line
    ("- Chính phủ; - Lưu: HC, PLTP. |\n(đã ký)\n|\n", None),
    ("21. Sắp xếp các xã Lưu Sơn, Thịnh Sơn thành xã mới.\nNguyễn Văn An\n" + "".join(f"{i}. Sắp xếp các xã.\n" for i in range(22, 30)), None),
])
def test_signer_in_a_crawled_signature(closing, signer):
    text = normalise("NGHỊ ĐỊNH\nQuy định về công chức\nĐiều 1. Phạm vi.\nĐiều 2. Hiệu lực.\n" + closing + "\nPhụ lục\nMẫu số 01 | Phiếu |\n").text
    assert document_fields(text)["signer"] == signer


@pytest.mark.parametrize("text, province", [
    # a national body's document: the province its title names is its place …
    ("Số: 1655/NQ-UBTVQH15 |\nNGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Cà Mau năm 2025\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
     "Căn cứ Hiến pháp;\nĐiều 1. Sắp xếp các xã của tỉnh Cà Mau.\n", "Cà Mau"),
    # … but not a province its body names (a letter's addressee), nor one of two its title names
    ("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 5348/CT-CS\nV/v hướng dẫn góp vốn điều lệ\nHà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Thuế tỉnh Quảng Trị.\n"
     "Thuế tỉnh Quảng Trị hỏi về doanh nghiệp tại tỉnh Quảng Trị.\n", None),
    ("VĂN PHÒNG CHÍNH PHỦ\nSố: 653/TB-VPCP\nHà Nội, ngày 28 tháng 11 năm 2025\nTHÔNG BÁO\nÝ KIẾN CHỈ ĐẠO TẠI CÁC DỰ ÁN ĐIỆN TẠI THÀNH PHỐ HỒ CHÍ MINH "
     "VÀ TỈNH ĐỒNG NAI\nNgày 20 tháng 11 năm 2025, Phó Thủ tướng làm việc.\n", None),
])
def test_province_of_a_national_bodys_document(text, province):
    assert document_fields(normalise(text).text)["province"] == province


@pytest.mark.parametrize("text, title", [
    # a note in parentheses under an upper-case subject is not part of it, whatever its case …
    ("NGHỊ QUYẾT\nQUY ĐỊNH MỨC PHẠT TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI\n(thực hiện khoản 1 Điều 33 Luật Thủ đô)\nCăn cứ Luật;\n",
     "Nghị quyết QUY ĐỊNH MỨC PHẠT TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI"),
    ("NGHỊ QUYẾT\nQUY ĐỊNH VÙNG PHÁT THẢI THẤP\n(Thực hiện điểm a khoản 2 Điều 28 Luật Thủ đô)\nCăn cứ Luật;\n", "Nghị quyết QUY ĐỊNH VÙNG PHÁT THẢI THẤP"),
    # … but one in capitals is ("(NAY LÀ THÀNH PHỐ HUẾ)")
    ("NGHỊ QUYẾT\nSỬA ĐỔI NGHỊ QUYẾT CỦA HĐND TỈNH THỪA THIÊN HUẾ\n(NAY LÀ THÀNH PHỐ HUẾ)\nCăn cứ Luật;\n",
     "Nghị quyết SỬA ĐỔI NGHỊ QUYẾT CỦA HĐND TỈNH THỪA THIÊN HUẾ (NAY LÀ THÀNH PHỐ HUẾ)"),
])
def test_title_and_parenthesised_notes(text, title):
    assert document_fields(normalise(text).text)["title"] == title


# A plan's period given only by its end ("… đến năm 2030") starts in the year the plan is issued; a plan whose title states no
# period is bounded by the heading of its objectives ("II. MỤC TIÊU … ĐẾN NĂM 2030", "Mục tiêu giai đoạn 2026 - 2030").
@pytest.mark.parametrize("text, period", [
    ("Số: 182/KH-UBND\nĐồng Nai, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030\n"
     "Căn cứ Luật;\n", ("2025", "2030")),
    ("Số: 552/KH-UBND\nĐồng Tháp, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH\nTHỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035\nCăn cứ Luật;\n",
     ("2025", "2035")),
    ("Số 104-CTr/TU\nLào Cai, ngày 30 tháng 8 năm 2026\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận về bảo vệ môi trường\nThực hiện Kết luận,\n"
     "I. QUAN ĐIỂM\nBảo vệ môi trường là nhiệm vụ trọng tâm.\nII. MỤC TIÊU VÀ CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n1. Mục tiêu chung\n",
     ("2026", "2030")),
    ("Số: 12/KH-UBND\nHà Tĩnh, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nPhát triển du lịch cộng đồng\nCăn cứ Luật;\nI. MỤC ĐÍCH\n"
     "II. Mục tiêu giai đoạn 2026 - 2028\n", ("2026", "2028")),
    # negatives: the end of a document the title cites by number; no issue date; objectives without a year; a year in prose
    ("Số: 556/KH-UBND\nĐồng Tháp, ngày 19 tháng 11 năm 2025\nKẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH PHỦ "
     "PHÊ DUYỆT CHIẾN LƯỢC BẢO VỆ MÔI TRƯỜNG BIỂN ĐẾN NĂM 2030\nCăn cứ Luật;\n", (None, "2030")),
    ("KẾ HOẠCH\nTHỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035\nCăn cứ Nghị quyết số 57-NQ/TW;\n", (None, "2035")),
    # s22a: a school year, the span of years it names
    ("KẾ HOẠCH\nThực hiện nhiệm vụ năm học 2026 - 2027\nCăn cứ Luật Giáo dục số 43/2019/QH14;\n", ("2026", "2027")),
    # s22fd: of two spans in a title, not the one reviewed (tổng kết, sơ kết) but the one opened
    ("KẾ HOẠCH\nTổ chức Hội nghị tổng kết năm học 2025 - 2026 và triển khai nhiệm vụ năm học 2026 - 2027\nCăn cứ Luật Giáo dục;\n",
     ("2026", "2027")),
    ("KẾ HOẠCH\nSơ kết giai đoạn 2021 - 2025 và triển khai giai đoạn 2026 - 2030\nCăn cứ Luật;\n", ("2026", "2030")),
    ("Số: 165/KH-UBND\nCần Thơ, ngày 21 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện công tác dân số\nCăn cứ Luật;\nI. MỤC TIÊU\n"
     "Phấn đấu đến năm 2030 tỷ lệ sinh đạt 2,1 con.\n", (None, None)),
])
def test_period_from_its_end_and_the_objectives(text, period):
    fields = document_fields(normalise(text).text)
    assert (fields["period_start"], fields["period_end"]) == period


# A dispatch's authority line wrapped after its first word ("THỦ⏎TƯỚNG CHÍNH PHỦ điện:") ends the subject as the whole line does.
@pytest.mark.parametrize("text, title", [
    ("CÔNG ĐIỆN\nVỀ VIỆC TĂNG CƯỜNG QUẢN LÝ HÀNG DỰ TRỮ QUỐC GIA TẠI KHU VỰC TRUNG BỘ\nTHỦ\nTƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ;\n",
     "Công điện VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ HÀNG DỰ TRỮ QUỐC GIA TẠI KHU VỰC TRUNG BỘ"),
    ("CÔNG ĐIỆN\nVỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ MƯA LŨ\nCHỦ TỊCH ỦY BAN\nNHÂN DÂN TỈNH QUẢNG TRỊ điện:\n- Giám đốc các Sở;\n",
     "Công điện VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ MƯA LŨ"),
    # negative: a subject wrapped over two upper-case lines before the formula
    ("CÔNG ĐIỆN\nVỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ MƯA LŨ\nTẠI KHU VỰC MIỀN TRUNG\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng;\n",
     "Công điện VỀ VIỆC CHỦ ĐỘNG ỨNG PHÓ MƯA LŨ TẠI KHU VỰC MIỀN TRUNG"),
])
def test_a_dispatch_title_before_its_wrapped_authority(text, title):
    assert document_fields(normalise(text).text)["title"] == title


# A plan whose title and objectives state no period: the years of its own time section ("II. THỜI GIAN THỰC HIỆN", "2. Thời gian thi
# đua", "Thời gian thực hiện: năm 2026") bound it; an end that is an event ("đến khi tổ chức thành công Đại hội …") leaves it open.
_SO_HEADER = ("UBND TỈNH QUẢNG TRỊ\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 47/KH-SYT\n"
              "Quảng Trị, ngày 23 tháng 02 năm 2026\n\nKẾ HOẠCH\nTuyên truyền phòng, chống dịch bệnh\n\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n")


@pytest.mark.parametrize("body, period", [
    ("II. THỜI GIAN THỰC HIỆN\nTừ tháng 3 đến hết tháng 12 năm 2026.\nIII. TỔ CHỨC THỰC HIỆN\n", ("2026", "2026")),
    ("2. Thời gian thi đua\na) Đợt 1: từ ngày 20/11/2025 đến ngày 03/12/2025;\nb) Đợt 2: đến ngày 10/01/2026.\n3. Nội dung\n", ("2025", "2026")),
    ("2. Thời gian thực hiện: Từ tháng 10/2025 đến khi tổ chức thành công Đại hội.\n3. Nội dung\n", ("2025", None)),
    # a review after the period, a cited document's number and date: not the plan's years
    ("II. THỜI GIAN THỰC HIỆN\nTừ tháng 3/2026 đến tháng 12/2026. Tổng kết, khen thưởng vào tháng 01/2027.\nIII. NỘI DUNG\n",
     ("2026", "2026")),
    ("2. Thời gian thi đua: từ 01/4/2026 đến 30/11/2026, sơ kết, tổng kết vào tháng 01/2027.\n3. Nội dung\n", ("2026", "2026")),
    # … only up to the review's own date: the plan's end after "và" + another verb, the next clause's date after ",", stays
    ("II. THỜI GIAN THỰC HIỆN\nTriển khai từ tháng 3/2026, sơ kết 6 tháng và kết thúc vào tháng 12/2027.\nIII. NỘI DUNG\n",
     ("2026", "2027")),
    ("II. THỜI GIAN THỰC HIỆN\nBắt đầu từ năm 2025, tổng kết giai đoạn 1 và hoàn thành vào năm 2028.\nIII. NỘI DUNG\n", ("2025", "2028")),
    ("4. Thời gian thực hiện: Năm 2026 sơ kết, năm 2030 tổng kết\n5. Nội dung\n", ("2026", "2030")),
    ("4. Thời gian thực hiện: Năm 2027 tổng kết giai đoạn I, năm 2031 tổng kết toàn bộ\n5. Nội dung\n", ("2027", "2031")),
    ("II. THỜI GIAN THỰC HIỆN\nCăn cứ Chỉ thị số 05/CT-TTg ngày 12/3/2019, triển khai từ ngày ký đến ngày 30/6/2026.\n",
     ("2026", "2026")),
    ("II. THỜI GIAN THỰC HIỆN\nThời gian thực hiện: 30 ngày kể từ ngày ban hành Quyết định số 15/2019/QĐ-UBND.\n", (None, None)),
    ("II. THỜI GIAN THỰC HIỆN\nTrong 06 tháng kể từ ngày Nghị quyết số 12/2020/NQ-HĐND có hiệu lực.\nIII. TỔ CHỨC THỰC HIỆN\n",
     (None, None)),
    # negatives: a task table's time column is no section of its own; a section with no year
    ("II. NHIỆM VỤ\nTT\tNội dung\tThời gian thực hiện\n1\tHội nghị\tQuý II/2026\n", (None, None)),
    ("II. NHIỆM VỤ\nNhiệm vụ\nCơ quan chủ trì\nThời gian thực hiện\nRà soát quy hoạch đến năm 2030\nSở Xây dựng\nNăm 2027\n",
     (None, None)),
    ("III. NHIỆM VỤ CỤ THỂ\nThời gian thực hiện\nNội dung công việc\nĐơn vị thực hiện\nQuý IV/2028\nXây dựng đề án đến năm 2035\n"
     "Sở Nội vụ\n", (None, None)),
    ("II. THỜI GIAN THỰC HIỆN\nThường xuyên, liên tục.\nIII. TỔ CHỨC THỰC HIỆN\n", (None, None)),
])
def test_period_from_the_plans_time_section(body, period):
    fields = document_fields(_SO_HEADER + body + "Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nLê Văn Tám\n")
    assert (fields["period_start"], fields["period_end"]) == period


@pytest.mark.parametrize("text", [
    "II. THỜI GIAN THỰC HIỆN\nTừ tháng 3 đến hết tháng 12 năm 2026.\n",
    "Thời gian thực hiện: năm 2026",  # at the text's start, no line end
    "  ** 2. Thời\tgian   và tiến độ thực hiện kế hoạch:  Quý IV/2026\nIII. Thời gian thi đua\n4. thời gian triển khai\n",
    "Căn cứ thời gian thực hiện, thời gian thi đua\nNội dung và thời gian thực hiện\n# Thời gian thực hiện\n",
    "Nhiệm vụ\nCơ quan chủ trì\nThời gian thực hiện\nRà soát\n\nTHỜI GIAN THỰC HIỆN\ntHỜi GiAn thực hiện\n",
    "Thời gian\nthực hiện\nThời gian thực hiện | Quý II\n2. Thời gian thực hiện: thời gian thực hiện 2026\n",
    "Không có mục thời gian.\n",
])
def test_time_sections_are_found_at_the_lines_that_name_them(text):
    """`_time_sections` tries TIME_SECTION only at the start of a line holding "thời gian": it finds what a scan of
    every line finds."""
    from pipeline.metadata import TIME_SECTION, _time_sections

    def found(matches):
        return [(m.span(), m.groupdict()) for m in matches]

    assert found(_time_sections(text)) == found(TIME_SECTION.finditer(text))


# A joint document (kế hoạch liên tịch, chương trình phối hợp): two issuer blocks side by side, the motto on its own line
# below; both are its issuer, joined by " - " in the header's order, each under its own parent's jurisdiction.
@pytest.mark.parametrize("header, issuer, province", [
    ("UBND TỈNH LÂM ĐỒNG\tHỘI NÔNG DÂN VIỆT NAM\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tBCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 27/KHLT-SNNMT-HND\n",
     "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng - Hội Nông dân tỉnh Lâm Đồng", "Lâm Đồng"),
    ("UBND TỈNH BẮC NINH\tLIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC NINH\nSỞ Y TẾ\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/KHPH-SYT-LĐLĐ\n",
     "Sở Y tế tỉnh Bắc Ninh - Liên đoàn Lao động tỉnh Bắc Ninh", "Bắc Ninh"),
    ("ỦY BAN NHÂN DÂN\tỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nHUYỆN VĨNH THUẬN\tHUYỆN VĨNH THUẬN\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/CTrPH-UBND-MTTQ\n",
     "UBND huyện Vĩnh Thuận - Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Thuận", "Kiên Giang"),
    # negative: one issuer with the motto beside it on each line is no joint header
    ("UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-SYT\n",
     "Sở Y tế tỉnh Lâm Đồng", "Lâm Đồng"),
])
def test_issuers_of_a_joint_header(header, issuer, province):
    fields = document_fields(normalise(header + "\nKẾ HOẠCH LIÊN TỊCH\nPhối hợp hỗ trợ nông dân\n\nI. MỤC ĐÍCH\n").text)
    assert fields["issuer"] == issuer
    assert fields["province"] == province

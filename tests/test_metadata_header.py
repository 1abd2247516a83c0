"""The documents row from a header whose cells are wrapped or joined by the layout steps."""
from __future__ import annotations

import pytest

from pipeline.metadata import document_fields
from pipeline.normalise import normalise


@pytest.mark.parametrize("header, issuer, number", [
    # a crawled header cell wrapped inside the issuer's name, the number on its own line
    ("|\nỦY BAN NHÂN\nDÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n|\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n2820/QĐ-UBND\n|\n",
     "UBND thành phố Hồ Chí Minh", "2820/QĐ-UBND"),
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

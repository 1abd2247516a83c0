"""The rules that find mentions of documents; each rule's name is stored on the facts it made."""
from __future__ import annotations

import bisect
from dataclasses import replace

import regex

from extractors.legal_refs import patterns as P
from extractors.legal_refs.fields import canonical_symbol, clean, closed_issuer, date_after, iso_date, normal_issuer, relation, symbol_issuer, tail, unglued, words
from extractors.text_index import opened_by
from pipeline.model import LegalRef


def rule_number_symbol(text: str) -> list[tuple[LegalRef, tuple[int, int] | None, int]]:
    """A citation by number-symbol, with the type word, date, issuer and subject around it; each with
    the span of its subject and where its code starts."""
    found = []
    for m in P.CODE_RE.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        head = P.TYPE_BEFORE.search(before)
        if head and head.group("doc_type") and P.LAW_NAME_BEFORE.search(before, 0, head.start("doc_type")):
            head = P.TYPE_BEFORE.search(before, head.end("doc_type"))  # "Luật Quy hoạch số 21/2017/QH14": the type word ends the law's name
        if not (head and head.group("doc_type")) and (any_case := P.TYPE_BEFORE_ANY_CASE.search(before)) and any_case.group("doc_type") \
                and any_case.group("doc_type")[0].isupper() and not P.LAW_NAME_BEFORE.search(before, 0, any_case.start("doc_type")):
            head = any_case  # "Nghị Quyết số 190/2025/QH15", "NGHỊ QUYẾT SỐ 11/2022/NQ-HĐND"
        cased = head is not None and head.re is P.TYPE_BEFORE_ANY_CASE
        word = P.DOC_TYPE_NAME_OF.get(head.group("doc_type").lower()) if head and head.group("doc_type") else None
        if m.group("party_type"):
            symbol = canonical_symbol(f"{m.group('party_type')}/{m.group('party_issuer')}")  # "CTR/TU" → "CTr/TU"
            type_abbrev, code = symbol.split("/")[0], f"{m.group('number')}-{symbol}"
        elif m.group("symbol"):
            symbol = canonical_symbol(unglued("".join(m.group("symbol").split())))  # "KH- UBND" → "KH-UBND", "TTBXD" → "TT-BXD", "QĐ-TTG" → "QĐ-TTg"
            type_abbrev = P.SYMBOL_PARTS.split(symbol)[0]
            code = f"{m.group('number')}/{m.group('year')}/{symbol}" if m.group("year") else f"{m.group('number')}/{symbol}"
            if not m.group("year") and (party := P.STATE_SHAPED_PARTY.fullmatch(symbol)):
                symbol = f"{party.group('type')}/{party.group('issuer')}"  # "27/NQ- TW" → 27-NQ/TW
                code = f"{m.group('number')}-{symbol}"
        else:  # "65/2018": only a number and a year, so the type word must be there
            if not word:
                continue
            symbol, type_abbrev, code = None, None, f"{m.group('number')}/{m.group('year')}"
        doc_type = (P.DOC_TYPES.get(type_abbrev or "") or word) if cased else word or P.DOC_TYPES.get(type_abbrev or "")
        # (a word in capitals may be a notice's heading: "THÔNG BÁO / KẾT LUẬN SỐ 552/TB-VPCP" is a notice, as its symbol says)
        letter = P.LETTER_BEFORE.search(before)
        if letter and (letter.group("letter") and not word or doc_type is None and not m.group("year")):
            doc_type = "Công văn"  # "công văn số 324/QTR-KTr2", "Văn bản số 8091/BNV-TCBC"; the word says a letter whatever its
            # symbol opens with: "Cục Thuế có công văn số 5106/CT-CS" (CT: Cục Thuế, not Chỉ thị)
        line_start = text.rfind("\n", 0, m.start()) + 1
        header = P.LIST_HEADER.search(text[line_start:m.start()])
        if doc_type is None and header:
            doc_type = header.group("doc_type")  # "các Công văn của UBND tỉnh: số 512/UBND-NN …, số 633/UBND-NN …"
        start = m.start() - (len(head.group()) if head and head.group().strip() else 0)
        if doc_type is None and found and (prev := found[-1][0]).doc_type and (prev.symbol == symbol or _letters(prev, symbol)) \
                and P.LIST_CONTINUATION.match(text[prev.end:start]):
            doc_type = prev.doc_type  # "các Luật số 43/2024/QH15, số 47/2024/QH15": one type for the list; letters listed by their
            # numbers alone: "các văn bản số: 10894/VPCP-CN ngày 8/11/2025, 8563/VPCP-CN ngày 12/9/2025"
        if doc_type is None and not (head and head.group("so")) and not (m.group("year") and P.LAW_SYMBOL.match(symbol or "")):
            continue  # "12/UBND-VX" with no type word and no "số": not clearly a document (a law's or the National Assembly's number
            # is: "Luật Đất đai 31/2024/QH15", read with the name before it)
        if not word and P.FORM_BEFORE.search(before):
            continue  # "theo Mẫu số 02/BC-SNV", "Biểu số 01/KH-NS": a form, part of a document, not one
        end, fields = tail(text, m.end())
        subject_span = fields.pop("subject_span", None)
        issuer = fields.pop("issuer", None)
        if issuer is None:
            named_before = P.ISSUER_BEFORE.search(text[max(0, start - 160):start])
            issuer = normal_issuer((named_before or header).group("issuer")) if named_before or header else symbol_issuer(symbol)
        elif symbol and P.JOINT_TYPE.fullmatch(P.SYMBOL_PARTS.split(symbol)[0]) and (joint := symbol_issuer(symbol)) \
                and joint.rsplit(" và Bộ ", 1)[-1].removeprefix("Bộ ").lower() not in issuer.lower():
            issuer = joint  # the issuers of a joint document listed with commas, read to the first: "… của Bộ Quốc phòng, Bộ Lao động
            # - Thương binh và Xã hội" (01/2012/TTLT-BQP-BLĐTBXH-BTC): all the symbol names
        ref = LegalRef(
            start=start, end=end, text=text[start:end], doc_type=doc_type,
            number=m.group("number"), year_in_symbol=int(m.group("year")) if m.group("year") else None,
            symbol=symbol, code=code, issuer=issuer, relation=relation(text, start),
            rule="rule_number_symbol", **fields,
        )
        found.append((ref, subject_span, m.start()))
    return _shared_dates(text, found)


def _letters(prev: LegalRef, symbol: str | None) -> bool:
    """Whether a number without a type word goes on a list of letters: a letter's symbol opens with its issuer, not a type
    (NĐ 30/2020/NĐ-CP, Phụ lục III), so the letters of a list carry different symbols ("695/TCHQ-GSQL …, 1238/GSQL-GQ2")."""
    return prev.doc_type == "Công văn" and bool(symbol) and P.SYMBOL_PARTS.split(symbol)[0] not in P.DOC_TYPES


def _shared_dates(text: str, found: list) -> list:
    """A date after the last of a list of numbers of one type is each one's: "Các Công điện: số 007/CĐ-UBND ngày
    17/11/2025, số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025" (008 is of 19/11/2025 too)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        ref, nxt = out[i][0], out[i + 1][0]
        if ref.date or ref.issuer and ref.issuer != nxt.issuer or not nxt.date or ref.symbol != nxt.symbol or ref.doc_type != nxt.doc_type:
            continue
        if ref.year_in_symbol and nxt.date[:4] < str(ref.year_in_symbol):
            continue  # a document is not dated before the year its number carries
        if P.SAME_LIST.match(text[ref.end:nxt.start]) and P.NUMBER_ONLY_HEAD.match(nxt.text):
            out[i] = (replace(ref, date=nxt.date, date_raw=nxt.date_raw), *out[i][1:])
    return out


def rule_law_by_name(text: str) -> list[LegalRef]:
    """A law (or an ordinance, Pháp lệnh) cited by its name, with its date when one follows: "Luật Thi đua, khen thưởng",
    "Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025"."""
    out = []
    for m in opened_by(P.LAW_BY_NAME, text, P.LAW_BY_NAME_OPENERS):
        title = clean(P.LIST_GOES_ON.sub("", m.group("title")))  # "Luật Đất đai và\n…": a list goes on
        if title == "Việt Nam":
            continue  # "pháp Luật Việt Nam": the country's law, not one law
        revised = P.PASSED_REVISION.match(text, m.end("title"))  # "Luật Đất đai (sửa đổi) năm 2024": the passed law
        end, fields = date_after(text, revised.end() if revised else m.end("title"))
        run = P.LAW_NAME_TO_DATE.match(text, m.end("title")) if not fields and not revised else None
        if run and P.NAME_RUNS_ON.fullmatch(text, m.end("title"), run.end()) and (
                not P.BODY_HEAD.search(run.group()) or P.ORGANISATION_LAW.match(title)):
            # (a law on the organisation of bodies names them: "Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26/11/2003")
            # "Luật Khoa học, Công nghệ và Đổi mới sáng tạo ngày 27 tháng 6 năm 2025": the name runs on to its date
            title = clean(text[m.start("title"):run.end()])
            end, fields = date_after(text, run.end())
        wrapped = P.LAW_NAME_WRAPPED.match(text, m.end("title")) if not fields and not revised and not run else None
        if wrapped and P.NAME_RUNS_ON.fullmatch(text, m.end("title"), wrapped.end()):
            wrapped_end, wrapped_fields = date_after(text, wrapped.end())
            number = P.LAW_ITEM_CODE.match(text, m.start()) if not wrapped_fields else None
            if P.CITATION_LINE_END.match(text, number.end() if number else wrapped_end) and (wrapped_fields or number):
                title = clean(text[m.start("title"):wrapped.end()])  # "Luật Tổ chức⏎Chính phủ ngày …;": one name, wrapped
                end, fields = wrapped_end, wrapped_fields
        of = (P.LAW_NAME_OF.match(text, m.end("title")) or P.LAW_NAME_AT.match(text, m.end("title"))) \
            if not fields and not revised and not run and not wrapped else None
        if of and not P.BODY_HEAD.search(of.group()):  # "Luật Phòng, chống tác hại của rượu, bia ngày …": the name holds "của"
            title = clean(text[m.start("title"):of.end()])
            end, fields = date_after(text, of.end())
        parts = P.LAW_NAME_COORDINATED.match(text, m.end("title")) if not fields and not revised and not run and not wrapped and not of else None
        if parts and P.NAME_RUNS_ON.fullmatch(text, m.end("title"), parts.end()) and not P.BODY_HEAD.search(parts.group()):
            title = clean(text[m.start("title"):parts.end()])  # "Luật Khoa học, Công nghệ và Đổi mới sáng tạo;": one name in title case
            end = parts.end()
        passed = P.PASSED_ON.match(text, end) if not fields else None
        if passed:  # "Luật Phòng bệnh được Quốc hội khóa XV thông qua ngày 10/12/2025"
            fields = {"date": iso_date(passed.group("day"), passed.group("month"), passed.group("year")),
                      "date_raw": clean(passed.group("date")), "issuer": clean(passed.group("issuer"))}
            end = passed.end()
        year = P.LAW_YEAR_AFTER.match(text[end:end + 20]) if not fields else None
        if year:  # "Luật Giáo dục năm 2019": known to the year
            fields = {"date": year.group("year"), "date_raw": clean(year.group())}
            end += year.end()
        doc_type = "Bộ luật" if m.group("doc_type") == "Bộ Luật" else m.group("doc_type")  # "Bộ Luật Hình sự", as typed
        out.append(LegalRef(m.start(), end, text[m.start():end], doc_type, title=title,
                            relation=relation(text, m.start()), rule="rule_law_by_name", **fields))
    return out


def rule_standard(text: str) -> list[LegalRef]:
    """A national standard or technical regulation by its code: "TCVN 10299:2025",
    "QCVN 06:2022/BXD" (issuer from the code's last part)."""
    out = []
    for m in opened_by(P.STANDARD, text, P.STANDARD_OPENERS):
        code = regex.sub(r"\s+", " ", m.group())
        code = regex.sub(r"\s*([:/])\s*", r"\1", code)
        out.append(LegalRef(m.start(), m.end(), m.group(), P.STANDARD_TYPES[m.group("kind")], number=m.group("number"),
                            year_in_symbol=int(m.group("year")), symbol=m.group("kind"), code=code,
                            issuer=symbol_issuer(m.group("issuer")) if m.group("issuer") else None,
                            relation=relation(text, m.start()), rule="rule_standard"))
    return out


def rule_amending_law(text: str) -> list[LegalRef]:
    """An amending law is one reference: "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch,
    Luật Đầu tư … và Luật Đấu thầu ngày 29 tháng 11 năm 2024". A number after the one law it
    amends is its own ("… của Luật Xây dựng số 62/2020/QH14"); numbers after each of several
    laws are theirs."""
    out = []
    for m in opened_by(P.AMENDING_LAW, text, P.AMENDING_LAW_OPENERS):
        codes = [c.group("code") for c in P.LAW_ITEM_CODE.finditer(m.group("laws"))]
        n_laws = len(regex.findall(r"(?:^|,\s*|\s+và\s+)(?:Bộ luật|Luật|Pháp lệnh)\s", m.group("laws")))
        own = P.OWN_NUMBER_AFTER.match(text, m.end()) if not codes and P.LAWS_BY_FIELD.match(m.group("laws")) else None
        if own:  # "… của 11 luật về quân sự, quốc phòng số 98/2025/QH15": laws named by their field, the number its own
            codes, n_laws = [own.group("code")], 1
        end, fields = date_after(text, own.end() if own else m.end())
        # one number closing the list is the amending law's own ("… của Luật Cán bộ, công chức
        # và Luật Viên chức số 52/2019/QH14"); a number after each law is that law's
        code = codes[0] if len(codes) == 1 and (n_laws == 1 or m.group("laws").rstrip().endswith(codes[0])) else None
        title = clean(m.group("title"))
        if code:
            title = clean(title[:title.rfind(" số ")] if " số " in title and not own else title)
            number, year, symbol = code.split("/")
            fields.update(code=code, number=number, year_in_symbol=int(year), symbol=symbol, issuer=symbol_issuer(symbol))
        out.append(LegalRef(m.start(), end, text[m.start():end], m.group("doc_type"), title=title,
                            relation=relation(text, m.start()), rule="rule_amending_law", **fields))
    return out


def _alias(text: str, doc_type: str, title: str) -> bool:
    """Whether the title opens with a short name the text defines: "… (Chương trình MTQG)"."""
    first = title.split()[0]
    return first.isupper() and len(first) >= 3 and f"({doc_type} {first})" in text


def rule_named_document(text: str, subjects: list[tuple[int, int]] = ()) -> list[LegalRef]:
    """A strategy, master plan, national programme, scheme or the Constitution cited by its name,
    after a citing word or in a list of citations: "thực hiện thắng lợi Chiến lược phát triển kinh
    tế - xã hội 10 năm 2021 - 2030", "phù hợp Quy hoạch không gian biển quốc gia …", "về Đề án
    “Tăng cường …”", "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"; inside a cited document's subject (`subjects`), what it
    is about: "Thông báo kết luận số 196-TB/TW … về Đề án “…”"."""
    out, amount_cut = [], set()
    for m in opened_by(P.NAMED_DOCUMENT, text, P.NAMED_DOCUMENT_OPENERS):
        title = clean(m.group("quoted") or m.group("known") or m.group("title"))
        end = m.end()
        if m.group("title") and P.FUNDS_BEFORE.search(text, max(0, m.start() - 30), m.start()) \
                and (goes := P.FUNDS_GO_TO.search(m.group("title"))):
            title, end = clean(m.group("title")[:goes.start()]), m.start("title") + goes.start()  # (s27a)
        if not m.group("quoted") and m.group("title") and (amount := P.AMOUNT_IN_TITLE.search(text, m.start("title"), end)):
            # "vốn Chương trình mục tiêu quốc gia 444 tỷ đồng": the amount is no part of the name
            title, end = clean(text[m.start("title"):amount.start()]), amount.start()
            amount_cut.add(m.start())
        if regex.match(rf"(?:{P.DOC_TYPE})\b", title):
            continue  # "Khung Chương trình …": the type word belongs to the next name
        if not title or len(words(title)) < 2 and not regex.search(r"\p{Lu}|\d", title):
            continue  # "Chương trình này", "Đề án đó": no name
        short = P.SHORT_NAME_AFTER.match(text[end:end + 20]) if not m.group("quoted") else None
        if short:  # "… (SMEdx)"
            title, end = f"{title} ({short.group('short')})", end + short.end()
        if m.group("doc_type") in P.ACTIVITY_TYPES and not (m.group("quoted") or P.PROPER_NAME.search(title)):
            continue  # "Triển khai Chương trình hỗ trợ doanh nghiệp …": an activity, not a named document
        national = m.group("doc_type") == "Chương trình" and bool(m.group("known") or P.NATIONAL_PROGRAMME_NAME.match(title))
        if national and m.group("title") and (listed := P.NATIONAL_PROGRAMME_THEN_LIST.match(m.group("title"))):
            title, end = clean(listed.group()), m.start("title") + listed.end()  # "… tiêm chủng mở rộng, phòng chống …"
        if _alias(text, m.group("doc_type"), title):
            continue  # "Chương trình MTQG": the short name of a document named in full before
        funds = None
        cue = (P.CITING_CUE.search(text[max(0, m.start() - 50):m.start()]) or P.LIST_BEFORE.search(text[max(0, m.start() - 160):m.start()])
               or (funds := P.FUNDS_LIST_BEFORE.search(text[max(0, m.start() - 250):m.start()]))
               or P.IN_CUE.search(text[max(0, m.start() - 10):m.start()])  # s22fd: "trong" only before a proper name
               and (m.group("quoted") or P.PROPER_NAME.search(title) or P.NATIONAL_NAME.search(title))
               or m.group("doc_type") == "Bộ tiêu chí" and P.REACHED_CUE.search(text[max(0, m.start() - 16):m.start()])
               and P.NATIONAL_NAME.match(title)  # s35e: "đạt Bộ tiêu chí quốc gia về y tế xã"
               or any(s <= m.start() < e for s, e in subjects) and P.ABOUT_CUE.search(text[max(0, m.start() - 12):m.start()]))
        if not cue and not national:
            continue  # (a national programme by its running-case name is cited wherever it is named: "hợp tác xã tham gia
            # Chương trình mỗi xã một sản phẩm", national_programmes.tsv)
        if funds and m.group("title") and (source := P.NEXT_SOURCE.search(m.group("title"))):
            title, end = clean(m.group("title")[:source.start()]), m.start("title") + source.start()  # ", nguồn viện trợ …"
        out.append(LegalRef(m.start(), end, text[m.start():end], m.group("doc_type"), title=title,
                            relation=relation(text, m.start()), rule="rule_named_document"))
    # w20b: a share of funds named by a programme cut short where the text names the same programme in full ("vốn Chương trình
    # mục tiêu quốc gia 444 tỷ đồng" after "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào …"): that
    # document again, not a second one
    return [r for r in out if not (r.start in amount_cut and any(
        o.doc_type == r.doc_type and o.title.lower().startswith(r.title.lower() + " ") for o in out))]


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def rule_congress_resolution(text: str) -> list[LegalRef]:
    """A Party congress resolution: "Nghị quyết Đại hội … lần thứ XIX, nhiệm kỳ 2020-2025"."""
    out = []
    for m in P.CONGRESS_RESOLUTION.finditer(text):
        title = _capitalised(clean(m.group("title")))  # "đại hội Đảng bộ xã lần thứ V" → "Đại hội …", as the congress is named
        if m.group("national"):  # "Đại hội XIV của Đảng": the national congress by its formal name
            number = regex.search(r"[IVXLC]+(?![\p{L}])", m.group("national")).group()
            title = f"Đại hội đại biểu toàn quốc lần thứ {number} của Đảng"
        out.append(LegalRef(m.start(), m.end(), m.group(), "Nghị quyết", title=title,
                            issuer=title if m.group("national") else normal_issuer(_capitalised(m.group("issuer"))), relation=relation(text, m.start()),
                            rule="rule_congress_resolution"))
    for m in P.PLENUM_RESOLUTION.finditer(text):  # "Nghị quyết Hội nghị lần thứ 7 Ban Chấp hành Trung ương (khoá X)"
        title = clean(regex.sub(r"[()]", " ", m.group("title")))
        subject = P.SUBJECT_AFTER.match(text[m.end():m.end() + 600])
        out.append(LegalRef(m.start(), m.end(), m.group(), "Nghị quyết", title=title,
                            issuer="Ban Chấp hành Trung ương Đảng", subject=clean(subject.group("subject")) if subject else None,
                            relation=relation(text, m.start()), rule="rule_congress_resolution"))
    return out


def rule_named_by_number(text: str) -> list[LegalRef]:
    """A scheme known by its number alone: "Đề án 06 của Chính phủ"; a resolution, directive, decree … likewise:
    "Nghị quyết 57 về đột phá …", "Chỉ thị 11 của Ban Thường vụ Tỉnh ủy"."""
    out = []
    found = [([m], "Đề án") for m in P.NAMED_BY_NUMBER.finditer(text)]
    for m in opened_by(P.NAMED_BY_BARE_NUMBER, text, P.NAMED_BY_BARE_NUMBER_OPENERS):
        listed = [m]
        while nxt := P.BARE_NUMBER_NEXT.match(text, listed[-1].end()):
            listed.append(nxt)
        if m.group("plural") and len(listed) < 2:
            continue  # "các Quyết định 03 cán bộ": the type word as a common noun
        found.append((listed, m.group("doc_type")))
    for listed, doc_type in sorted(found, key=lambda f: f[0][0].start()):
        end, fields = tail(text, listed[-1].end())
        fields.pop("subject_span", None)
        fields.pop("subject", None)
        for i, m in enumerate(listed):
            start = m.start("doc_type") if i == 0 and "doc_type" in m.re.groupindex else m.start("number")
            stop = m.end() if "issuer" not in fields or i < len(listed) - 1 else end
            out.append(LegalRef(start, stop, text[start:stop], doc_type, number=m.group("number"),
                                title=m.group("number"), relation=relation(text, start),
                                rule="rule_named_by_number", **fields))
    return out


def _item_before(text: str, at: int) -> str:
    """The list item before the one at `at` (items end at ";")."""
    end = text.rfind(";", max(0, at - 600), at)
    if end < 0:
        return ""
    start = text.rfind(";", max(0, end - 600), end)
    paragraph = text.rfind("\n\n", max(0, end - 600), end)
    return text[max(start + 1, paragraph + 2 if paragraph >= 0 else 0, end - 600):end]


def _cites(item: str) -> bool:
    """Whether a list item names a document (its type, capitalised)."""
    return bool(regex.search(rf"(?<![\p{{L}}])(?:{P.DOC_TYPE})\b|\b(?:Căn cứ|Thực hiện)\b", item))


def _to_a_body(title: str) -> bool:
    """Whether a title read after a type word is "về" and a body: where something is sent, not what the document is about."""
    from extractors.bodies.patterns import HEAD  # (bodies read legal references: imported here, not at the top)
    to = regex.match(r"về\s+(?=\p{Lu})", title)  # (a body's name is capitalised: "về phòng, chống dịch bệnh" is a matter)
    return bool(to and HEAD.match(title, to.end()))


def rule_titled_unnumbered(text: str, cited_ends: list[int] = ()) -> list[LegalRef]:
    """A document cited by type and title or issuer, after a citing word or in a
    list of citations: "theo Kế hoạch của Bộ Nội vụ", "theo Quy định về tổ chức …
    của UBND huyện", "Nghị quyết 35/NQ-CP và Kế hoạch của UBND tỉnh về …"."""
    out = []
    ends = sorted(cited_ends)  # looked up by position: each mention against every citation was quadratic
    for m in opened_by(P.TITLED_UNNUMBERED, text, P.TITLED_UNNUMBERED_OPENERS, one_scan=True):
        if m.group("doc_type") in ("Chương trình", "Dự án", "Chương trình hành động", "Báo cáo", "Tờ trình", "Thông báo") \
                and not (m.group("doc_type") == "Chương trình" and P.WORK_PROGRAMME.match(m.group("title") or "")):
            continue  # programmes are things done, reports things to send: not documents cited (a body's work programme is one)
        if not (m.group("title") or m.group("issuer_first")):
            continue
        cued = P.CITING_CUE.search(text[max(0, m.start() - 40):m.start()])
        listed = any(P.LIST_CONTINUATION.match(text[e:m.start()])
                     for e in ends[bisect.bisect_left(ends, m.start() - 6):bisect.bisect_right(ends, m.start())]) \
            or bool(out) and P.LIST_CONTINUATION.match(text[out[-1].end:m.start()]) is not None
        # (a list of documents by their issuers goes on too: "theo Kế hoạch của UBND huyện và Hướng dẫn của Sở Y tế")
        if not (cued or listed):
            continue
        if cued and not listed and cued.group().lstrip().startswith(";") and not _cites(_item_before(text, m.start())):
            continue  # an item of a list of things, not of citations: "Giấy chứng nhận huấn luyện …; Phương án nổ mìn, hộ chiếu nổ mìn; …"
        if not m.group("title") and (P.SETS_OUT.match(text, m.end()) or P.SETS_OUT_LIST.match(text, m.end())):
            continue  # "Nghị quyết của HĐND huyện đề ra": the targets, not a document
        title = clean(m.group("title"))
        if title and (P.TITLE_OPENS_WITH_PREPOSITION.match(title) or P.TITLE_IS_VALUE.match(title)):
            continue  # "Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước": the plan spoken of, then where its money comes from
        if title and regex.search(r"\bnày$", title):
            continue  # "theo dõi, tổng hợp kết quả thực hiện Kế hoạch kiểm tra này": the document itself
        end = m.end()
        if title and (horizon := P.NAME_RUNS_TO_HORIZON.match(text, end)):
            title, end = clean(text[m.start("title"):horizon.end()]), horizon.end()  # "… gắn với … đến năm 2030": one name
        if not title and P.LEVEL_NOT_ISSUER.fullmatch(m.group("issuer_first") or ""):
            continue  # "nguồn kinh phí thực hiện Đề án của Trung ương": a level of government, no issuer: which document? (s27a,
            # as "Nghị quyết Trung ương" without its plenum)
        issuer = normal_issuer(m.group("issuer_first"))
        if title and issuer is None and _to_a_body(title):
            continue  # "báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân tỉnh trước ngày …": where the report goes (s29a), the
            # plan spoken of; a subject is a matter ("Kế hoạch về phát triển …"), not a body
        if title:
            title = regex.sub(r"^về\s+(?:việc\s+)?", "", title)
        name_words = len(words(title or ""))
        year = P.TITLE_YEAR_AFTER.match(text, end) if title and issuer is None else None
        if year and P.ISSUER_AFTER.match(text[year.end():year.end() + 140]):
            # "theo Kế hoạch dự trữ hàng hóa phòng, chống thiên tai năm 2025 của Sở Công Thương": the year is the name's
            title, end = clean(text[m.start("title"):year.end()]), year.end()
        if issuer is None:
            after = P.ISSUER_AFTER.match(text[end:end + 140])
            if after:
                raw = closed_issuer(after.group("issuer"))
                issuer = normal_issuer(raw)
                end += after.start("issuer") + len(raw)
        if issuer and title and m.group("doc_type") == "Chương trình" and P.WORK_PROGRAMME.match(title):
            title = clean(text[m.start("title"):end])  # "công tác năm 2026 của Đảng ủy phường …": a work programme is its body's
        if title and regex.search(r"\b(?:hàng|hằng)\s+(?:năm|quý|tháng|tuần)$", title):
            continue  # "theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm": one each year, a kind of plan
        if m.group("doc_type") == "Quyết định" and title and P.ACT_OF_DECISION.match(title):
            continue  # "Quyết định thu hồi giấy phép …": a kind of decision, one per case
        if m.group("doc_type") in P.VERB_TYPES and title and (P.VERB_OBJECT.match(m.group("title")) or issuer is None and P.ITEM_OPENING.search(text, max(0, m.start() - 12), m.start())
                                                                  and not P.CITING_ITEM.match(_item_before(text, m.start()))):
            continue  # "…; Quyết định điều chỉnh mức giá …", "Quyết định việc thành lập …": a power or a task, its verb opening it
        if issuer is None and name_words < P.MIN_TITLE_WORDS:
            continue  # "căn cứ Quyết định thi hành", "theo Kế hoạch kiểm tra": a kind of document, not a name
        # its date, said after its title or issuer as after a number ("Căn cứ Quy chế hoạt động của Hội đồng nhân dân ngày
        # 02 tháng 4 năm 2005"): the document's date, not a deadline (not after a comma: "Theo Kế hoạch của UBND tỉnh, ngày
        # 15/12/2026 các đơn vị …" opens the next clause with its own time)
        end, dated = (end, {}) if regex.match(r"\s*,", text[end:end + 3]) else date_after(text, end)
        out.append(LegalRef(m.start(), end, text[m.start():end], m.group("doc_type"), title=title, issuer=issuer,
                            subject=title if title and m.group("title").startswith("về") else None,
                            relation=relation(text, m.start()), rule="rule_titled_unnumbered", **dated))
    return out

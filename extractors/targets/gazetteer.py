"""Canonical indicators: the gazetteer of `extractors/data/indicators.tsv` (+ `indicator_aliases.tsv`).

Each canonical indicator comes from an authoritative indicator system (the `source` column names
it; `indicator_sources.tsv` spells the keys out), has a stable `id`, a `group` for reports and the
unit families its values come in. An indicator as a plan writes it is matched when, after the same
normalisation on both sides, its words are the words of the canonical name or of one of its
aliases, and its unit fits:

- spelling is unified (old and new tone placement "hoá/hóa", "tỉ/tỷ", "sỹ/sĩ", leading zeros),
  abbreviations are expanded (BHYT, NTM, DTTS, KCN …) and a few fixed synonyms collapse
  ("tổng sản phẩm trên địa bàn" = GRDP, "đạt tiêu chuẩn" = "đạt chuẩn", "1 vạn dân" = "10.000 dân");
- words that say where, when or how hard ("trên địa bàn tỉnh", "năm 2025", "hằng năm/quý/tháng",
  "quý III", "6 tháng đầu năm", "5 năm", "so với năm 2024", "phấn đấu")
  and function words ("các", "được", "và" …) are dropped;
- so are a place's proper name ("của tỉnh Lào Cai"), the year with any preposition ("đến 2030"), a closing
  clause of purpose ("…, góp phần …", "… và các mục tiêu …"), verbs of effort in front ("bảo đảm", "tiếp tục",
  "điều chỉnh") and what follows the name (a comparator "đạt trên", "không quá"; the level reached "giảm còn",
  "xuống dưới": then the value is the level and a verb of change in front is dropped too); the population is
  one word however named ("người dân", "dân cư", "dân số"), a share of the product however said ("trong cơ cấu
  GRDP", "…/GRDP"), an amount per head with a slash ("GRDP/người");
- an age or age range is one token of the months it covers, however written ("từ 6 đến 36 tháng tuổi", "6 - 36 tháng",
  "< 5 tuổi" = "dưới 60 tháng tuổi", "từ 15 đến 35 tuổi" = "trong độ tuổi từ 15 đến 35"): another range is another
  population; the newborn of a measure taken after birth is "trẻ" said or not, the woman who gave birth is the pregnant
  woman in the count of antenatal check-ups;
- then the remaining words must be the same (word order aside). A name that fits nothing so is tried without the
  qualifiers of how often, how much and how ("2 lần/năm", "liều cao", "kịp thời", "đúng quy định", a closing
  "thường xuyên"/"liên tục") that the canonical name does not state. Accents are kept ("nghèo" is not
  "ngheo"); a word more or less ("hộ cận nghèo", "chi" for "thu") is another indicator, so no fuzzy
  score can pull a name onto its neighbour. A name that fits nothing gives None, never a guess.

Variants tried, in order: the name; without a leading verb ("giảm", "nâng", "xây dựng" …); a share
the name calls "tỷ lệ" read as "tỷ trọng" and back; with "tỷ lệ"/"số" put in front when the value is
a share/count stated first ("95% gia đình …", "16 xã …"); "số X" read as "tỷ lệ X" for a percentage
("100% số xã …"); the counted noun only in the unit ("Thành lập mới" | doanh nghiệp → "số doanh
nghiệp thành lập mới"); the unit's "lượt" left where the number was ("Đón [5 triệu] lượt khách");
the unit's per-part named ("bác sĩ" in "bác sĩ/vạn dân" → "bác sĩ trên vạn dân"). A value a year in
% or ‰ ("giảm bình quân 1,5%/năm") is a change: the cut or growth of the named indicator is tried
first, and a level share is never given to it. A unit the indicator names in full is
preferred to one whose head alone fits ("giường bệnh/vạn dân" is the beds per 10,000, not the beds). A
percentage of an amount or count named in any of its wordings, with a verb of change or per year ("Kim ngạch
xuất khẩu tăng bình quân 10%/năm"), is the growth or cut the indicator system pairs with that level. A share written as a fraction of counts ("Số hộ
nghèo/tổng số hộ") is the share in %, the numerator's count in its unit; a level with what the period adds ("Số sản phẩm
OCOP (mới) tăng thêm", in any wording of the level) is the indicator of the added ones the system pairs with it.

The target's part (`scope`: a table's item column, the group a row sits in) is read with the name:
first the name and the part together ("Dịch vụ" in "Cơ cấu kinh tế"; "Tốc độ tăng trưởng GRDP" for
its part "Dịch vụ"), then the name alone; when that fits nothing, a measure of a product
(`indicator_measures.tsv`: "Diện tích" in the row "Cà phê" is the perennial crop area of the
statistical system, "Tổng đàn" of "Bò sữa" the livestock count; products from `products.tsv`), a
bare amount under the title of its table ("Lượng" under "… HÀNG HÓA THAM GIA XUẤT KHẨU"), and an
indicator broken down by goods with the product inside its name ("giá trị sản phẩm chè tham gia
xuất khẩu"). The id is the statistical indicator's; the product or sector stays in `scope` or in
the indicator text. A land type ("Đất trồng lúa", the land-use indicators of the 2024 Land Law) is the area in use
unless the title of its table says the land is recovered, converted or brought into use (`title` is read for it).

A name that fits nothing as said may name its part after the indicator (s27g1): the population or place joined by "của /
thuộc / tại / ở / trên địa bàn / trong" or an area written straight after it ("Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu
số"), a budget item's "thu từ …", the level inside it ("cấp xã", "tuyến tỉnh"): the head's indicator broken down by that
part (`Breakdown.part`, which the extractor puts in an empty `scope`), unless the tail says what is done, reached, when, a
base or abroad. A table's sub-row that restates what its parent counts ("Số giường bệnh": "Giường bệnh cấp tỉnh") is the
parent broken down (`names_its_part`).

A name that fits nothing as said may restrict an indicator its source breaks down by field of work to one field (s28g2;
`indicator_domains.tsv`: administrative procedures, online services, complaints, inspections, enterprises, investment):
"về tín ngưỡng, tôn giáo", "lĩnh vực đất đai", "liên quan đến bồi thường, giải phóng mặt bằng", "ngành du lịch" inside or after
the name. The name without that part gives the id, the field is the `Breakdown.part`; after "về / liên quan đến / đối với"
the part must be a field of the list, and never a measure, stage, time or case ("… đúng hạn về thời gian xử lý").

Units newly founded, recognised or admitted (s28g2) are a flow, the stock's id never: a stock and a flow do not join (the
contract's `indicator_canonical` names what is measured). The flow has an id only where its system counts the flow itself:
enterprises "thành lập mới" (LTK, "Số doanh nghiệp đăng ký thành lập mới"), cooperatives and cooperative groups (LTK, TT37,
QĐ 340), grassroots trade unions and the mass organisations' new members (their congress resolutions), the Party's new members
(`party_new_members`: its organisational statistics). Craft villages "công nhận mới", industrial clusters "thành lập mới",
OCOP subjects "phát triển mới", business incubators and the like are counted by their systems only as a stock ("Số làng nghề
được công nhận", "Số cụm công nghiệp", "Số chủ thể OCOP"): the newly added ones get no id (FLOW_PART, MAKING keep them apart).

(s29g, a precision audit of every target with an id on seeds, field, wide and the 131 plans) No alias names a flow with a
stock's id ("Xã, phường được công nhận mới …" is not the drug-free communes there are) nor one part of a whole whose other part
has its own id (the compulsory scheme's members are not social_insurance_participants, the total, while the voluntary scheme's
have theirs); a tail that says what the counted do ("… lắp điện mặt trời mái nhà", "… đầu tư …", "… trồng …") is no
breakdown of them; a level said right after "ngân sách" ("Thu ngân sách cấp huyện") is that level's own budget, no part of the
state budget collected on the territory.

A name that fits nothing may leave out the noun its heading says ("Tỷ lệ giải ngân" in the plan on "giải ngân vốn đầu tư
công", "Số sản phẩm 4 sao" under the OCOP programme): `completed_by_heading` adds the words one heading above the line says
together (its own clause, its list's intro, its sections, its table's caption, the document's title; nearest first) when
they complete it into one indicator, and never a change, a novelty, a negation, a sex or a side of the budget.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

from extractors import CACHE_NAMES
from extractors.regexes import words_every_match_holds
from extractors.vocabulary import load_tsv

DATA = Path(__file__).resolve().parent.parent / "data"

# Abbreviations, expanded word for word on both sides (lower case).
ABBREVIATIONS = {
    "bhyt": "bảo hiểm y tế", "bhxh": "bảo hiểm xã hội", "bhtn": "bảo hiểm thất nghiệp",
    "ntm": "nông thôn mới", "thcs": "trung học cơ sở", "thpt": "trung học phổ thông",
    "cn": "công nghiệp", "ttcn": "tiểu thủ công nghiệp", "xd": "xây dựng", "gtsx": "giá trị sản xuất",
    "vsmt": "vệ sinh môi trường", "dtts": "dân tộc thiểu số", "kcn": "khu công nghiệp",
    "ccn": "cụm công nghiệp", "htx": "hợp tác xã", "dnnvv": "doanh nghiệp nhỏ và vừa",
    "dvc": "dịch vụ công", "dvctt": "dịch vụ công trực tuyến", "tthc": "thủ tục hành chính",
    "ctr": "chất thải rắn", "ctrsh": "chất thải rắn sinh hoạt", "ldtb": "lao động thương binh",
    "tdtt": "thể dục thể thao", "atvstp": "an toàn vệ sinh thực phẩm", "hđnd": "hội đồng nhân dân",
    "r&d": "nghiên cứu và phát triển", "khcn": "khoa học công nghệ", "kh&cn": "khoa học và công nghệ", "đmst": "đổi mới sáng tạo", "cđs": "chuyển đổi số",
    # the budget classification's abbreviations (budget tables write them in capitals)
    "nsnn": "ngân sách nhà nước", "nsđp": "ngân sách địa phương", "nstw": "ngân sách trung ương",
    "xdcb": "xây dựng cơ bản", "gtgt": "giá trị gia tăng", "tndn": "thu nhập doanh nghiệp",
    "tncn": "thu nhập cá nhân", "ttđb": "tiêu thụ đặc biệt", "bvmt": "bảo vệ môi trường",
    "dnnn": "doanh nghiệp nhà nước", "fdi": "có vốn đầu tư nước ngoài", "nk": "nhập khẩu", "xnk": "xuất nhập khẩu",
    # sector abbreviations plans write in indicator names
    "dn": "doanh nghiệp", "hkd": "hộ kinh doanh", "tmđt": "thương mại điện tử", "cntt": "công nghệ thông tin",
    "csdl": "cơ sở dữ liệu", "tngt": "tai nạn giao thông", "antt": "an ninh trật tự", "attp": "an toàn thực phẩm",
    "tyt": "trạm y tế", "kcb": "khám chữa bệnh", "đbkk": "đặc biệt khó khăn", "gdnn": "giáo dục nghề nghiệp",
    "đkkd": "điều kiện kinh doanh", "đbqh": "đại biểu quốc hội", "pcgd": "phổ cập giáo dục", "xmc": "xóa mù chữ",
    "cchc": "cải cách hành chính",
    # the sectoral systems' abbreviations (fire prevention, clubs, athletes, grassroots mediation and legal dissemination)
    "pccc": "phòng cháy chữa cháy", "pccc&cnch": "phòng cháy chữa cháy và cứu nạn cứu hộ", "clb": "câu lạc bộ",
    "vđv": "vận động viên", "pbgdpl": "phổ biến giáo dục pháp luật", "tgpl": "trợ giúp pháp lý",
    "blgđ": "bạo lực gia đình", "đvsncl": "đơn vị sự nghiệp công lập",
    "atvslđ": "an toàn vệ sinh lao động", "tnlđ": "tai nạn lao động", "attt": "an toàn thông tin",
    # written alone or beside its name ("năng suất các nhân tố tổng hợp (TFP)"): the words are a set, so both agree
    # (s25g2) the social programmes' abbreviations plans write in their target tables (not Vietnamese syllables: no clash)
    "nct": "người cao tuổi", "nkt": "người khuyết tật", "hcđb": "hoàn cảnh đặc biệt", "btxh": "bảo trợ xã hội",
    "tgxh": "trợ giúp xã hội", "ctxh": "công tác xã hội", "cbcc": "cán bộ công chức", "cbccvc": "cán bộ công chức viên chức",
    "atgt": "an toàn giao thông", "ttatgt": "trật tự an toàn giao thông", "gdmn": "giáo dục mầm non",
    "gdpt": "giáo dục phổ thông", "gdtx": "giáo dục thường xuyên", "hssk": "hồ sơ sức khỏe", "gđvh": "gia đình văn hóa",
    "nvh": "nhà văn hóa", "tdp": "tổ dân phố", "hvs": "hợp vệ sinh", "bđkh": "biến đổi khí hậu",
    "pctt": "phòng chống thiên tai", "cnch": "cứu nạn cứu hộ", "dqtv": "dân quân tự vệ", "xlnt": "xử lý nước thải",
    "sxkd": "sản xuất kinh doanh", "tnxh": "tệ nạn xã hội", "vstp": "vệ sinh thực phẩm",
    "tfp": "năng suất các nhân tố tổng hợp",
    "iip": "chỉ số sản xuất công nghiệp",  # the index of industrial production (Luật Thống kê's annex, 0404) likewise
    # (s25g3) the veterinary programmes' disease names as plans abbreviate them (Luật Thú y 2015; the national programmes)
    "lmlm": "lở mồm long móng", "dtlcp": "dịch tả lợn châu phi", "cgc": "cúm gia cầm",
}
# Parenthesised abbreviations that name the indicator are kept; other parentheses are glosses.
KEEP_IN_PARENTHESES = {"grdp", "gdp", "cpi", "pci", "papi", "sipas", "pgi", "dti", "pii", "tfp", "iip", "r&d", "par index", "ocop", "oda"}
# Fixed phrases that mean the same (applied after punctuation is dropped, longest first).
SYNONYMS = (
    (r"tổng sản phẩm (?:trên địa bàn(?: tỉnh| thành phố)?|trong tỉnh|trong thành phố|của tỉnh|trong nước của địa phương)", "grdp"),
    (r"tổng sản phẩm (?:trong nước|quốc nội)", "gdp"),
    (r"tăng trưởng", "tăng"),
    (r"tăng kinh tế", "tăng grdp"),
    (r"mức (giảm|cắt giảm|tăng)", r"\1"),  # "mức giảm X" is the cut of X however said ("giảm X", "X giảm")
    (r"(tốc độ tăng|tăng|giảm) bình quân", r"\1"),  # "tốc độ tăng bình quân": an average growth is the growth
    (r"bình quân (?:mỗi năm |hằng năm |hàng năm )?(tăng|giảm)", r"\1"),  # "tỷ lệ hộ nghèo bình quân giảm": the cut
    # "tỷ lệ tăng X" is X's rate of growth, as "tốc độ/mức tăng X" ("Tỷ lệ tăng thu ngân sách", "Tỷ lệ tăng năng suất lao
    # động"); "tỷ lệ tăng dân số (tự nhiên)" is the statistical system's own name and keeps it
    (r"tỷ lệ tăng(?= (?!dân số))", "tốc độ tăng"),
    # (s25g2) "tỷ lệ giảm X" at the head is X's cut in %, as "mức giảm X" is ("Tỷ lệ giảm số người chết do tai nạn giao thông",
    # QĐ 2060/QĐ-TTg's "giảm … số người chết"); "tỷ lệ giảm nghèo" and a share of what fell keep their words elsewhere
    (r"^tỷ lệ giảm(?= số )", "giảm"),
    # a share of the product: "kinh tế số chiếm 45% grdp", "chiếm tỷ trọng trong GRDP", "trong tổng GRDP",
    # "trong cơ cấu GRDP/kinh tế" (the economy's structure is the product's)
    # (s34g) "trên (một) đơn vị GRDP": per unit of the product is per the product ("cường độ phát thải khí nhà kính trên
    # đơn vị GRDP", "tiêu hao năng lượng trên một đơn vị GDP")
    (r"(?:chiếm )?(?:tỷ trọng )?(?:trên (?:một |1 )?đơn vị|trên|trong|so với|so|bình quân trên|chiếm)(?: tổng)?(?: cơ cấu)? (grdp|gdp)", r"so với \1"),
    (r"(?:trong|của) cơ cấu kinh tế", "so với grdp"),
    # a share of any other whole however its whole is joined: "X chiếm (tỷ trọng) (trong) tổng Y", "X trên/so với tổng Y" =
    # "X trong tổng Y" ("tỷ trọng giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao chiếm tổng giá trị sản xuất nông nghiệp")
    (r"chiếm (?:tỷ trọng |tỷ lệ )?(?:trong |trên |so với )?tổng|(?:trên|so với) tổng(?= \p{L})", "trong tổng"),
    # an age range however written: "từ 18 đến 22 tuổi", "18 - 22 tuổi", "18 đến 22" (ages: one or two digits, never years)
    (r"(?:từ )?(?<!\d)(\d{1,3}) (tháng|tuổi) (?:đến|tới) (\d{1,3}) \2(?!\S)", r"\1 \3 \2"),  # (s26g3) "từ 6 tháng đến 36 tháng tuổi"
    (r"(?:từ )?(?<!\d)(\d{1,2}) (?:đến|tới) (\d{1,2})(?!\d)", r"\1 \2"),
    (r"từ (?<!\d)(\d{1,2}) (\d{1,2})(?= (?:tháng|tuổi)\b)", r"\1 \2"),  # "từ 6 - 36 tháng tuổi": the dash is gone, the range stays
    (r"(grdp) (?:tỉnh|thành phố)", r"\1"),  # "GRDP tỉnh": the province's product is the GRDP
    (r"nông lâm nghiệp và thủy sản|nông lâm nghiệp thủy sản|nông nghiệp lâm nghiệp và thủy sản|nông lâm thủy sản|nông lâm ngư nghiệp|ngư nông lâm nghiệp|nông lâm ngư", "nông lâm thủy sản"),
    (r"công nghiệp và xây dựng", "công nghiệp xây dựng"),
    (r"(?:ngành|khu vực) (nông lâm thủy sản|công nghiệp xây dựng|dịch vụ)", r"\1"),  # "khu vực dịch vụ" is the services sector
    (r"đảm bảo", "bảo đảm"),  # one word, either order ("đảm bảo vệ sinh môi trường" = "bảo đảm …")
    # (s28g2) on time however said: "đúng thời hạn (quy định/luật định/theo quy định)" is "đúng hạn", the time the law sets
    (r"đúng thời hạn(?: theo quy định| quy định| luật định)?|đúng hạn(?: theo quy định| quy định| luật định)", "đúng hạn"),
    # (s35h) a payment is a transaction: "giao dịch thanh toán (viện phí) không dùng tiền mặt" is "thanh toán … không dùng tiền
    # mặt" (QĐ 1813/QĐ-TTg and Đề án 06 say either: "Tỷ lệ thanh toán viện phí không dùng tiền mặt")
    (r"giao dịch (thanh toán(?: [\p{L}\p{M}]+){0,3} không (?:dùng|sử dụng) tiền mặt)", r"\1"),
    (r"hộ gia đình|hộ dân(?! tộc)", "hộ"),
    # the ethnic minorities however named: "đồng bào dân tộc thiểu số", "người dân tộc thiểu số", "DTTS" (the
    # programme's own subject, QĐ 1719/QĐ-TTg); the minorities stay a word of the name, never dropped
    (r"(?:đồng bào|người) dân tộc thiểu số", "dân tộc thiểu số"),
    # the province's own firms and people: "doanh nghiệp vừa và nhỏ địa phương", "người dân của địa phương"
    # ("ngân sách địa phương", "chính quyền địa phương" keep the word: there it names another budget or body)
    (r"(doanh nghiệp(?: nhỏ và vừa| vừa và nhỏ)?|người dân|hợp tác xã|hộ kinh doanh) (?:của |tại |ở )?địa phương", r"\1"),
    # the whole population however named: "người dân", "dân cư", "dân số" ("người dân tộc", "khu dân cư" are others)
    (r"(?<!khu |điểm |cụm )(?:người dân(?! tộc)|dân cư)", "dân số"),
    # the commune level however a plan lists its kinds ("xã, phường, thị trấn", "phường, xã, đặc khu",
    # "xã/thị trấn", "đơn vị hành chính cấp xã"): one word
    (r"(?:xã|phường)(?: (?:xã|phường|thị trấn|đặc khu))+|(?:đơn vị hành chính|địa bàn) cấp xã", "xã"),
    (r"trường học", "trường"),
    (r"tỷ lệ số(?= \p{L})(?! hóa| lượng)", "tỷ lệ"),  # "tỷ lệ số xã …" is the share of the communes ("tỷ lệ số hóa" keeps it)
    # (s35h) a national technical regulation or standard met, named by its code instead of its kind ("nước sạch đáp ứng QCVN
    # 01-1:2024/BYT", "nước thải đạt QCVN 28:2010/BTNMT"): the code says which regulation, the verb that it is met, as "đáp ứng
    # quy chuẩn" does (the code is read in tokens: "qcvn 1 2024 byt"; the issuing ministry's initials close it). "theo QCVN …"
    # closing the name is how it is measured and goes whole (STANDARD_NUMBER)
    (r"(?:đạt|đáp ứng)(?: đúng)?(?: (?:quy|tiêu) chuẩn(?: kỹ thuật)?(?: quốc gia)?)? (?:qcvn|tcvn)(?: \d+)+"
     r"(?: (?:byt|bxd|btnmt|bct|bgtvt|bnnptnt|bnnmt|bkhcn|btttt|bca|bqp|bldtbxh|bgdđt|bvhttdl))?", "đạt chuẩn"),
    # (s35h) the commune health standard by the name of its criteria (QĐ 4667/QĐ-BYT 2014 and QĐ 1300/QĐ-BYT 2023, "Bộ tiêu
    # chí quốc gia về y tế xã", which replaced the "Chuẩn quốc gia về y tế xã" of QĐ 3447/QĐ-BYT 2011): the same standard, however
    # named ("Tỷ lệ trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã" is "… trạm y tế xã đạt chuẩn quốc gia về y tế")
    (r"(?:bộ )?tiêu chí quốc gia về y tế", "chuẩn quốc gia về y tế"),
    (r"đạt tiêu chuẩn|đạt chuẩn quốc gia về|(?:đạt|theo|đáp ứng)(?: đúng)? quy chuẩn(?: kỹ thuật)?(?: quốc gia)?", "đạt chuẩn"),
    (r"(?:được )?công nhận đạt", "đạt"),
    (r"(?:được )?công nhận danh hiệu", "đạt danh hiệu"),
    # a title held is a title held: "đạt danh hiệu gia đình văn hóa" = "được công nhận gia đình văn hóa" = "đạt gia đình văn hóa"
    # (s34g) a title kept is a title held: "giữ vững / duy trì danh hiệu thôn văn hóa" at the year is "đạt danh hiệu"
    (r"(?:đạt|giữ vững|duy trì) danh hiệu", "đạt"),
    # (s34g) the deputies elected are the deputies: "tỷ lệ nữ trúng cử đại biểu Hội đồng nhân dân" (the election plans' wording of
    # the structure aimed at) is the share of women deputies (LTK, NQ 28/NQ-CP)
    (r"trúng cử(?= đại biểu)", ""),
    (r"(?:được )?công nhận(?: là)?(?= (?:gia đình|thôn|làng|bản|ấp|tổ dân phố|khu dân cư|cơ quan|đơn vị|xã|phường))", "đạt"),
    # a cultural title held however said: "thôn đạt chuẩn văn hóa" = "thôn đạt danh hiệu văn hóa" = "thôn văn hóa"
    (r"đạt (?:chuẩn )?văn hóa", "văn hóa"),
    (r"đạt chuẩn xã nông thôn mới", "đạt chuẩn nông thôn mới"),
    (r"(đạt chuẩn quốc gia) mức(?: độ)? (?:1|i)(?![\p{L}\d])", r"\1"),  # level 1 is the standard itself (level 2 is another target)
    (r"(xã|huyện) nông thôn mới", r"\1 đạt chuẩn nông thôn mới"),
    # the villages of a commune however a region names and lists them (thôn, bản, ấp, làng, buôn, sóc, xóm; "khu dân cư"),
    # reaching the new-rural standard (QĐ 263/QĐ-TTg's "thôn, bản, ấp … đạt chuẩn nông thôn mới"): one unit, "đạt chuẩn"
    # said or not ("thôn nông thôn mới kiểu mẫu"); two words, so the village is not lost in the words of "nông thôn mới"
    (r"(?<!nông |văn |cơ |chăm |căn )(?:thôn|xóm|làng|bản|buôn|ấp|sóc|khu dân cư)(?: (?:thôn|xóm|làng|bản|buôn|ấp|sóc|khu dân cư))*(?: đạt chuẩn)?(?= nông thôn mới)",
     "thôn bản đạt chuẩn"),
    (r"bộ tiêu chí", "tiêu chí"),
    (r"(?:trên|cho|bình quân|tính bình quân|trên 1|bình quân 1|cho 1|trên một|cho một)? ?(?:1 vạn|một vạn|10000|10 000|10 nghìn|mười nghìn|vạn) (?:dân|người dân)", "trên vạn dân"),
    (r"(?:trên |cho |bình quân )?(?:(?<!\d)100|một trăm) (?:dân|người dân)", "trên 100 dân"),  # subscriptions per 100 people
    (r"(?:trên |cho |bình quân )?(?:1 nghìn|một nghìn|nghìn|1 ngàn|một ngàn|ngàn|(?<!\d)1000) (?:dân|người dân)", "trên nghìn dân"),  # firms per 1,000 people
    # the urban core however a plan names it: "nội thị" (of a town), "nội thành" (of a city) are its urban area
    # (Luật Quy hoạch đô thị và nông thôn 2024: "khu vực nội thành, nội thị"); "ngoại thành/ngoại thị" are not urban
    (r"(?:khu vực |địa bàn |vùng )?(?:các )?(?:phường )?nội (?:thị|thành)(?: xã| phố)?", "đô thị"),
    (r"(?:khu vực|địa bàn|vùng|ở|tại) (?:khu vực |địa bàn |vùng )?(đô thị|thành thị|nông thôn)", r"\1"),
    (r"thành thị", "đô thị"),  # "dân số thành thị" = "dân số đô thị"
    (r"(?<=điều tra )làm rõ", "khám phá"),  # "điều tra, làm rõ các vụ án" = "điều tra, khám phá"
    (r"rác thải", "chất thải rắn"),
    (r"từ 15 tuổi trở lên|trên 15 tuổi", "từ 15 tuổi"),
    (r"trẻ em dưới 16 tuổi", "trẻ em"),  # a child is a person under 16 (Luật Trẻ em 2016, Điều 1): the age restates it (s25g2)
    (r"trẻ em", "trẻ"),  # "huy động trẻ em/trẻ mẫu giáo"
    (r"trong độ tuổi", "độ tuổi"),  # "trẻ em (trong) độ tuổi nhà trẻ", "lao động (trong) độ tuổi": the same age group
    (r"người trưởng thành", "dân số trưởng thành"),  # QĐ 411/QĐ-TTg's "dân số trưởng thành" however the plan says it
    (r"dưới (?:dạng|hình thức) điện tử", "điện tử"),  # "kết quả … được cấp dưới dạng điện tử" = "cấp kết quả … điện tử"
    (r"lượng phát thải", "phát thải"),
    (r"(?:thoát|ra) khỏi (?:tình trạng|diện|địa bàn) (nghèo|đặc biệt khó khăn)", r"thoát \1"),  # (s25g2: "ra khỏi diện", "địa bàn")  # "huyện nghèo thoát (khỏi tình trạng) nghèo"  # "giảm 10% lượng phát thải khí nhà kính": the emissions
    # the waste generated is the waste ("chất thải nguy hại phát sinh được thu gom, xử lý")
    (r"(?<=chất thải(?: rắn sinh hoạt| rắn| nguy hại| y tế| nhựa| công nghiệp)? )phát sinh", ""),
    (r"đi học mẫu giáo", "đến trường"),  # "trẻ em 3-5 tuổi đi học mẫu giáo": the children of that age at school
    (r"(?:ra|đến) lớp", "đến trường"),  # enrolment: "huy động trẻ ra lớp" = "đến trường"
    # "huy động học sinh đến trường" for an age group named beside it ("Trẻ 05 tuổi"): the enrolment of that age
    (r"huy động học sinh(?= đến trường)", "huy động"),
    # "huy động" is bringing children to school: "Tỷ lệ huy động trẻ em trong độ tuổi nhà trẻ (đến trường/ra lớp)" says it
    # with or without where to
    (r"(?<=\bhuy động\b.*\s)đến trường", ""),
    (r"sàng lọc", "tầm soát"),  # prenatal and newborn screening
    # full immunisation however counted: "tiêm đủ 8 loại vắc xin", "tiêm chủng đủ các loại vắc xin" = "tiêm chủng đầy đủ các loại vắc xin"
    (r"tiêm(?: chủng)? (?:đầy đủ|đủ)(?: \d+)?(?: các)?(?: loại)? vắc xin", "tiêm chủng đầy đủ loại vắc xin"),
    # full immunisation however said: "tiêm chủng đầy đủ", "tiêm đủ (các loại vắc xin)", "tiêm chủng đủ liều"
    (r"tiêm(?: chủng)? (?:đầy đủ|đủ)(?: liều)?", "tiêm chủng đầy đủ"),
    # the roads of the villages however a region names and lists them ("đường thôn, xóm", "đường liên thôn, bản", "đường
    # ấp"; QĐ 318/QĐ-TTg criterion 2.2): one kind of road
    (r"(?<=đường (?:liên )?)(?:thôn|xóm|làng|bản|buôn|ấp|sóc)(?: (?:thôn|xóm|làng|bản|buôn|ấp|sóc))*", "thôn"),
    (r"(\d+) loại (bệnh)", r"\1 \2"),  # "tầm soát ít nhất 4 (loại) bệnh tật bẩm sinh": the count of diseases
    (r"bà mẹ mang thai|phụ nữ có thai", "phụ nữ mang thai"),
    # (s26g3) the antenatal-care indicators of the health statistics (hệ thống chỉ tiêu thống kê ngành y tế) count the women
    # who gave birth by the check-ups and the tetanus shots of their pregnancy: "phụ nữ đẻ" there is "phụ nữ có thai" (as
    # plans write either); elsewhere ("phụ nữ đẻ tại cơ sở y tế", "được nhân viên y tế đỡ") a birth is another population
    (r"phụ nữ đẻ(?=(?: được)? (?:khám thai|tiêm phòng uốn ván|tiêm uốn ván|tiêm vắc xin uốn ván))", "phụ nữ mang thai"),
    # the pregnancy however named in the count of check-ups: "trong 3 thời kỳ", "trong 3 thai kỳ" (its three trimesters),
    # "trong thai kỳ"
    (r"trong (?:(?:3|ba) (?:thời kỳ|thai kỳ)|thai kỳ)", "trong thai kỳ"),
    # (s26g3) the hours and days after birth: "trong vòng N giờ" = "trong N giờ"; "trong giờ đầu" = "trong 1 giờ đầu"; "N giờ
    # đầu sau sinh" = "N giờ sau sinh" (QĐ 4128/QĐ-BYT's "bú mẹ trong vòng 1 giờ đầu sau sinh", "tiêm viêm gan B trong 24 giờ
    # đầu"); the newborn is the child a measure "sau sinh/khi sinh" is taken of ("trẻ sơ sinh" said or not); "bú mẹ" is
    # "bú sữa mẹ"; the postnatal care "trong (vòng) 42 ngày" restates its period (the 42 days after birth)
    (r"trong vòng(?= \d+ (?:giờ|ngày|tháng|tuần)\b)", "trong"),
    (r"trong giờ đầu", "trong 1 giờ đầu"),
    (r"(\d+ giờ) đầu(?= sau sinh)", r"\1"),
    (r"(?<!\S)(?:trẻ sơ sinh|trẻ em sơ sinh)(?=.*\b(?:sau|khi) sinh\b)", "trẻ"),
    (r"bú mẹ", "bú sữa mẹ"),
    (r"(?:trong )?42 ngày(?: đầu)? (?=sau sinh)|(?<=sau sinh )trong 42 ngày", ""),
    # what an amount comes from, with or without "hoạt động": "doanh thu từ hoạt động du lịch" = "doanh thu từ du lịch",
    # "thu từ hoạt động xổ số kiến thiết" = "thu từ xổ số kiến thiết"
    (r"từ (?:các )?hoạt động(?= \p{L})", "từ"),
    # the budget's non-state sector however the form's line is worded (NĐ 31/2017/NĐ-CP, TT 343/2016/TT-BTC)
    (r"khu vực ngoài quốc doanh", "khu vực kinh tế ngoài quốc doanh"),
    # "sản phẩm đạt chuẩn OCOP (từ) 3 sao": the product rated 3 stars (QĐ 919/QĐ-TTg)
    (r"đạt chuẩn ocop (?:đạt )?(?:từ )?(\d+) sao", r"ocop đạt \1 sao"),
    # a zone's central wastewater plant "đạt chuẩn" meets the environmental standard, said or not
    (r"(nước thải tập trung) đạt chuẩn(?! môi trường)", r"\1 đạt chuẩn môi trường"),
    # coverage of an insurance "so với lực lượng lao động trong độ tuổi": the labour force's share that takes part
    (r"(tham gia bảo hiểm (?:xã hội|thất nghiệp|y tế)(?: tự nguyện| bắt buộc)?) so với(?= (?:lực lượng lao động|lao động|dân số))", r"\1"),
    # complaints however counted: "đơn thư khiếu nại, tố cáo", "vụ việc khiếu nại, tố cáo"
    (r"(?:đơn thư|đơn|vụ việc) (khiếu nại)", r"\1"),
    (r"(chết|tử vong|bị thương) (?:vì|bởi)(?= tai nạn)", r"\1 do"),  # the cause of a death or injury: "vì", "bởi" = "do"
    (r"tiền hôn nhân", "trước khi kết hôn"),  # premarital health checks (QĐ 1679/QĐ-TTg) however said
    (r"của mình", ""),  # "biết tình trạng nhiễm HIV (của mình)": whose is understood
    (r"phụ thuộc vào", "phụ thuộc"),  # "không phụ thuộc (vào) địa giới hành chính" (NQ 66/NQ-CP)
    # a count however headed: "Số lượng X" is "Số X" (the statistical system writes both: "Số lượng gia súc", "Số doanh
    # nghiệp"); only at the head, so "tăng số lượng …" inside a name keeps its words
    (r"^(?:tổng )?số lượng(?= \p{L})", "số"),
    (r"lũy kế", ""),  # "Số xã đạt chuẩn nông thôn mới (lũy kế)": the count reached, however totalled
    (r"^trong đó(?= \p{L})", ""),  # a part named after "trong đó" ("trong đó thu tiền sử dụng đất"): the part's own name
    # a land type's area: "Diện tích đất trồng lúa" is the land type "Đất trồng lúa" (Luật Đất đai 2024, Điều 9)
    (r"^(?:tổng )?diện tích(?= đất )", ""),
    (r"^có thêm(?= \p{L})", "tăng thêm"),  # "Có thêm 5 xã đạt chuẩn nông thôn mới": what the period adds
    # a provincial index named in full and by its abbreviation ("Chỉ số năng lực cạnh tranh (PCI)", "Chỉ số hiệu quả quản
    # trị và hành chính công cấp tỉnh (PAPI)"), or ranked ("xếp hạng chỉ số PCI"): the abbreviation names it
    # (s25g2) the abbreviation alone ("SIPAS", "Xếp hạng PCI", "Chỉ số PAR INDEX"): the index it abbreviates
    (r"(?<!chỉ số (?:[\p{L}\p{M}]+ )*?)(pci|pgi|papi|sipas|dti|pii|par index)(?![\p{L}\p{M}])", r"chỉ số \1"),
    (r"(?:(?:xếp hạng|thứ hạng|vị trí xếp hạng) )?chỉ số(?: [\p{L}\p{M}]+)*? (pci|pgi|papi|sipas|dti|pii|par index)(?![\p{L}\p{M}])", r"chỉ số \1"),
    # visitors "đến tỉnh", "đến thành phố": where they come, not who
    (r"(khách(?: du lịch)?(?: quốc tế| nội địa)?) (?:đến|tới) (?:thăm quan |tham quan )?(?:tỉnh|thành phố|huyện|địa phương|địa bàn)", r"\1"),
    (r"(khách(?: du lịch)?(?: quốc tế| nội địa)?) (?:đến|tới)(?: (?:thăm quan|tham quan))?$", r"\1"),  # "Tổng lượt khách du lịch đến": the arrivals
    # water supplied is water used: the water indicators count the people or households a supply serves (QĐ 318/QĐ-TTg
    # 17.1 "được sử dụng nước sạch", NQ 16/2021/QH15 "được cung cấp nước sạch"; plans write "được cấp nước"); the supply
    # system named after it, "từ/bằng/qua hệ thống cấp nước tập trung", is the same qualifier
    # (not the works that supply it: "công trình/hệ thống/nhà máy cấp nước sạch")
    (r"(?<!(?:hệ thống|công trình|nhà máy|trạm|dự án|đơn vị) )(?:được )?(?:cung cấp|cấp)(?= nước (?:sạch|sinh hoạt|hợp vệ sinh))", "sử dụng"),
    (r"(?:từ|bằng|qua) (?:các )?(?:hệ thống|công trình) cấp nước tập trung", "qua hệ thống cấp nước tập trung"),
    # a vessel's length class however written ("có chiều dài (lớn nhất) từ 15 m", "dài từ 15 mét", "tàu cá từ 15m trở lên",
    # TT 23/2018/TT-BNNPTNT's "chiều dài lớn nhất từ 15 mét trở lên"): one phrase; another length is another class
    (r"(?<=tàu cá )(?:có )?(?:chiều dài|dài)?(?: lớn nhất)? ?(?:từ )?(\d+) ?(?:m|mét)(?![\p{L}\d])", r"có chiều dài từ \1 mét"),
    # fitting a device: "lắp", "lắp đặt", "trang bị" (TT 23/2018: "lắp đặt thiết bị giám sát hành trình")
    (r"(?:lắp(?! đặt)|trang bị)(?= thiết bị)", "lắp đặt"),
    # a commune that "hoàn thành (xây dựng) nông thôn mới" is one recognised as meeting the standard (QĐ 18/2022/QĐ-TTg:
    # "công nhận … đạt chuẩn nông thôn mới, hoàn thành nhiệm vụ xây dựng nông thôn mới"); "mới đạt chuẩn" is the added ones
    (r"(?:được )?(?:công nhận )?hoàn thành(?: nhiệm vụ| chương trình)?(?: xây dựng)?(?= nông thôn mới)", "đạt chuẩn"),
    (r"^(số (?:xã|huyện)) mới(?= (?:được công nhận )?đạt)", r"\1 tăng thêm"),
    # jobs created however said: "giải quyết việc làm (mới)" = "tạo việc làm (mới)" (the labour statistics' jobs created are
    # new by definition); the person placed is a worker ("số người/người lao động được tạo việc làm")
    (r"giải quyết việc làm", "tạo việc làm"),
    (r"(?<=tạo việc làm) mới", ""),
    # (s29g) the worker is "lao động" or "người lao động" alike (Bộ luật Lao động 2019 says "người lao động", the labour
    # statistics "lao động": "Số (người) lao động có việc làm", "Tỷ lệ (người) lao động tham gia bảo hiểm xã hội")
    (r"người lao động", "lao động"),
    (r"người(?= được tạo việc làm)", "lao động"),
    # work abroad under contract "có thời hạn" (the 2006 law's wording) is the same flow (Luật 69/2020/QH14)
    (r"đi làm việc có thời hạn(?= ở nước ngoài)", "đi làm việc"),
    # an industrial park's occupancy is of the parks in operation, said or not
    # the occupancy of several parks "bình quân" is their occupancy: a set of parks has no other
    (r"(lấp đầy) bình quân", r"\1"),
    (r"(lấp đầy (?:các )?(?:khu|cụm) công nghiệp) (?:đã )?(?:đi vào|đang) hoạt động", r"\1"),
    # the person treated is "người bệnh" (Luật Khám bệnh, chữa bệnh 2023) or "bệnh nhân" (older texts): one word
    (r"người bệnh", "bệnh nhân"),
    # the criterion's road said "đường trục xã, liên xã" / "đường trục thôn, liên thôn" (Bộ tiêu chí NTM, QĐ 1980/QĐ-TTg
    # 2016: "đường trục thôn, bản, ấp và đường liên thôn"): the commune's and the village's roads of the criterion
    (r"đường trục (xã|thôn|xóm|bản|ấp)", r"đường \1"),
    (r"đường (xã|thôn|xóm|bản|ấp) (?:và )?(?:đường )?liên \1(?= (?:được|đã))", r"đường \1"),
    # a contribution to a whole is its share, "tỷ trọng đóng góp của X vào GRDP" said or "đóng góp của X vào GRDP" (NQ 68-NQ/TW,
    # QĐ 147/QĐ-TTg, QĐ 200/QĐ-TTg say both); the economy's growth it contributes to is the growth ("vào tăng trưởng (kinh tế)")
    (r"tỷ (?:trọng|lệ) (đóng góp)", r"\1"),
    (r"(đóng góp(?: \S+){1,20} vào tăng) (?:grdp|gdp)", r"\1"),
    # how often, when it is once a year: "(định kỳ) ít nhất 01 lần/năm", "1 lần mỗi năm" is the periodic (yearly) one
    # (QĐ 2156/QĐ-TTg's "khám sức khỏe định kỳ ít nhất 1 lần/năm"); twice a year is another target
    (r"(?:định kỳ )?(?:(?:ít nhất|tối thiểu) )?(?:1|một) lần (?:(?:trong|mỗi|một|trên) )?năm", "định kỳ"),
    # the population a share of issued certificates is taken of: those "thuộc diện (phải) cấp giấy chứng nhận" or "đủ điều
    # kiện" get one ("Tỷ lệ cơ sở … thuộc diện phải cấp Giấy chứng nhận được cấp …"): the share's base, not another count
    (r"(?:thuộc diện (?:phải )?cấp giấy chứng nhận|thuộc diện|đủ điều kiện)(?= được cấp)", ""),
    # e-commerce to consumers is "bán lẻ" in words and "B2C" in letters (QĐ 645/QĐ-TTg): one phrase
    (r"thương mại điện tử (?:bán lẻ b2c|b2c|bán lẻ)", "thương mại điện tử b2c"),
    # waste sorted at source: "phân loại rác (sinh hoạt)" is the solid waste (QĐ 491/QĐ-TTg)
    (r"(?<=phân loại )rác(?! thải)", "chất thải rắn"),
    # a commune or residential area "an toàn về an ninh, trật tự" holds the title TT 124/2021/TT-BCA names "đạt tiêu chuẩn
    # an toàn về an ninh, trật tự", whether "đạt tiêu chuẩn/tiêu chí" is said or not
    (r"(?:(?:đạt (?:tiêu chuẩn |tiêu chí |chuẩn )?)?an toàn|(?<!đạt |chuẩn |tiêu chí )an toàn)(?= về an ninh trật tự)", "đạt chuẩn an toàn"),
    # a teacher's standard "về trình độ đào tạo" (Luật Giáo dục 2019, Điều 72: "chuẩn trình độ đào tạo")
    (r"đạt chuẩn về(?= trình độ)", "đạt chuẩn"),
    # a health station "có bác sĩ (làm việc)": the doctor works there (SDG 3 / NQ 20-NQ/TW wording)
    (r"(?<=có bác sĩ) làm việc", ""),
    (r"(trạm y tế) cấp xã", r"\1 xã"),
    # "dùng" for "sử dụng" before what is used ("hộ dân dùng nước hợp vệ sinh", "dùng điện"); not "tiêu dùng", "người dùng"
    (r"(?<!sử |tiêu |người )dùng(?= (?:nước|điện|internet|nhà tiêu|dịch vụ))", "sử dụng"),
    (r"(?:đối với|với|về) sự phục vụ", "đối với sự phục vụ"),  # satisfaction "về/với/đối với sự phục vụ" (SIPAS)
    # (s31g) who is asked how satisfied: "người dân, tổ chức" (SIPAS, Đề án đo lường sự hài lòng của người dân, tổ chức
    # đối với sự phục vụ của cơ quan hành chính nhà nước, Bộ Nội vụ) is "người dân, doanh nghiệp" (NQ 76/NQ-CP), the same
    # respondents; only right after "hài lòng (của)"
    (r"(?<=hài lòng )(?:của )?dân số (?:và )?tổ chức", "của dân số doanh nghiệp"),
    # (s31g) a member "mới" of the Đoàn, the Party or an association is one newly admitted (Điều lệ Đoàn, DHDOAN: "kết nạp
    # đoàn viên mới"; Điều lệ Đảng: "kết nạp đảng viên mới"): "Đoàn viên mới", "Số đảng viên mới" say "kết nạp" unsaid
    (r"(?<!kết nạp )(đoàn viên|đảng viên|hội viên) mới(?! (?:được )?kết nạp)", r"\1 mới kết nạp"),
    # (s31g) done electronically however the means is said: "(nộp) bằng/qua/theo phương thức điện tử" (Luật Quản lý thuế
    # 2019, Điều 42: "nộp hồ sơ khai thuế … bằng phương thức điện tử") is "điện tử" ("hồ sơ khai thuế điện tử")
    (r"(?:(?:được )?(?:nộp|thực hiện|gửi) )?(?:bằng|qua|thông qua|theo) (?:phương thức|hình thức) điện tử", "điện tử"),
    # (s31g) a dossier resolved "theo/bằng/qua/trên dịch vụ công trực tuyến (toàn trình)" is resolved online (QĐ 749/QĐ-TTg:
    # "hồ sơ giải quyết theo dịch vụ công trực tuyến toàn trình", plans "hồ sơ … giải quyết trực tuyến toàn trình"); only after
    # "giải quyết" (the procedures "cung cấp dịch vụ công trực tuyến" are the services offered, another indicator)
    (r"(?<=giải quyết )(?:theo|bằng|qua|thông qua|trên) dịch vụ công(?= trực tuyến)", ""),
    # (s31g) antenatal check-ups "đủ 4 lần" are at least four (QĐ 4128/QĐ-BYT counts the women examined 4 times or more)
    (r"(?<=khám thai )đủ(?= \d+ lần)", "ít nhất"),
    # the administrative agencies are the state's, said or not ("sự phục vụ của cơ quan hành chính (nhà nước)", SIPAS)
    (r"cơ quan hành chính(?! nhà nước)", "cơ quan hành chính nhà nước"),
    # a teacher's training standard named by its degree (Luật Giáo dục 2019, Điều 72: cao đẳng sư phạm for preschool,
    # đại học sư phạm for primary and secondary): "giáo viên mầm non đạt chuẩn cao đẳng", "giáo viên THCS đạt (trình độ)
    # đại học" meet the standard; a higher degree than the level's ("giáo viên mầm non đạt đại học") is above it, not this
    (r"(giáo viên mầm non) đạt (?:chuẩn |trình độ )*cao đẳng(?: sư phạm)?(?= |$)", r"\1 đạt chuẩn"),
    (r"(giáo viên (?:tiểu học|trung học cơ sở|trung học phổ thông)) đạt (?:chuẩn |trình độ )*đại học(?: sư phạm)?(?= |$)", r"\1 đạt chuẩn"),
    # labour statistics' words for the employed and the trained: "lao động đang làm việc" = "lao động có việc làm" (GSO),
    # "đã qua đào tạo" = "qua đào tạo"; jobs "cho (người) lao động": whom for, not what
    (r"(lao động) đang làm việc(?= (?:đã )?qua đào tạo)", r"\1 có việc làm"),
    (r"đã qua đào tạo", "qua đào tạo"),
    # a share of the labour force "(đã) được đào tạo" is the trained labour (the stock the share counts, GSO's "qua đào tạo");
    # only after "tỷ lệ lao động": a count of workers trained in the year ("Số lao động được đào tạo") is the flow
    (r"(?<=^tỷ lệ lao động(?: nông thôn| nữ)? )(?:đã )?được đào tạo", "qua đào tạo"),
    (r"(việc làm(?: mới)?) cho (?:người )?lao động", r"\1"),
    # a firm or cooperative newly registered: "đăng ký mới", "(đăng ký) thành lập" = "thành lập mới" (the business register)
    (r"(doanh nghiệp|hợp tác xã) (?:đăng ký mới|(?:đăng ký )?thành lập(?! mới))", r"\1 thành lập mới"),
    # a club "đã (được) thành lập" or "hiện có": the clubs there are (the stock QĐ 1336/QĐ-TTg counts), not new ones
    (r"(?<=\bcâu lạc bộ\b.*? )(?:đã (?:được )?thành lập|hiện có)$", ""),
    (r"diện tích che phủ", "che phủ"),  # "Tỷ lệ (diện tích) che phủ rừng"
    # (s29g) the urban road is "đường đô thị" or "đường phố" (QCVN 07-4:2016/BXD and TCXDVN 104:2007: "đường đô thị (đường
    # phố)"): "Tỷ lệ chiều dài các tuyến đường phố chính được chiếu sáng" is the urban main roads lit ("thức ăn đường phố",
    # street food, keeps its words)
    (r"(?<!thức ăn )đường phố", "đường đô thị"),
    # (s29g) certified however said: "đạt chứng nhận", "được cấp chứng nhận", "được chứng nhận" VietGAP, green building …
    (r"(?:đạt|được cấp|được công nhận|có) chứng nhận", "được chứng nhận"),
    # (s29g) assisted regeneration is said of forests only, "rừng" said before, after or not at all, "xúc tiến" and "tự nhiên"
    # said or not (Luật Lâm nghiệp 2017: "khoanh nuôi xúc tiến tái sinh rừng"; LTK: "Diện tích rừng được khoanh nuôi xúc tiến
    # tái sinh"): one phrase
    (r"(?:rừng )?khoanh nuôi(?: xúc tiến)? tái sinh(?: tự nhiên)?(?: rừng)?(?: tự nhiên)?", "rừng khoanh nuôi xúc tiến tái sinh"),
    (r"(?:các|mọi) loại$", ""),  # "Sản lượng thịt hơi các loại": all kinds are the total
    # medals "các loại" and where they are won ("tại các giải thể thao quốc gia", "trong các kỳ thi đấu", "ở Đại hội …"): the count
    (r"(huy chương)(?: các loại)?(?: (?:đạt được |giành được )?(?:tại|ở|trong) (?:các )?(?:giải|kỳ|cuộc|đại hội)\b.*)?$", r"\1"),
    (r"giá trị thu được", "giá trị sản phẩm thu được"),  # "Giá trị (sản phẩm) thu được trên 1 ha đất trồng trọt"
    (r"(?<!điều tra )khám phá(?= (?:các )?(?:vụ )?án)", "điều tra khám phá"),  # "Tỷ lệ khám phá (các vụ) án hình sự": the clearance rate
    # a green building "theo (các) tiêu chuẩn quốc tế hoặc Việt Nam" is one certified to such a standard (QĐ 2530/QĐ-TTg)
    (r"(công trình(?: xây dựng)? xanh) (?:được chứng nhận )?theo (?:các )?tiêu chuẩn (?:quốc tế|trong nước|việt nam)(?: (?:hoặc|và) (?:quốc tế|trong nước|việt nam))?",
     r"\1 được chứng nhận"),
    # the kinds of village and urban block, as each region names them (thôn, xóm, làng, bản, buôn, ấp, sóc; tổ dân phố, khu
    # phố, khóm; khu dân cư), holding a cultural title (NĐ 86/2023/NĐ-CP's "Thôn, tổ dân phố văn hóa") or having a
    # cultural house (QĐ 318/QĐ-TTg): one unit however listed
    (r"(?<!nông |văn |cơ |chăm |căn )(?:thôn|xóm|làng|bản|buôn|ấp|sóc|tổ dân phố|khu phố|khóm|khu dân cư)(?: (?:thôn|xóm|làng|bản|buôn|ấp|sóc|tổ dân phố|khu phố|khóm|khu dân cư))*(?= (?:có nhà )?văn hóa"
     r"| đạt (?:thôn|xóm|làng|bản|buôn|ấp|sóc|tổ dân phố|khu phố|khóm|khu dân cư) (?:\p{L}+ )*?văn hóa)",  # (s34g) the list said twice:
     "thôn tổ dân phố"),  # "thôn, làng đạt danh hiệu thôn, làng văn hóa"
    (r"giá trị kim ngạch", "kim ngạch"),  # "giá trị kim ngạch xuất khẩu": the turnover is a value
    # a commune "đạt tiêu chí (xã, phường) không ma túy" is a drug-free commune (NQ 163/2024/QH15's "xã, phường, thị trấn
    # không ma túy"): the criterion named is the title held
    (r"(?:đạt )?tiêu chí(?: xã)?(?= không ma túy)", ""),
    # the kinds of village and urban block TT 124/2021/TT-BCA counts as a "khu dân cư" (thôn, làng, ấp, bản, tổ dân phố …),
    # holding the title "An toàn về an ninh, trật tự": one unit however listed
    (r"(?<!nông |văn |cơ |chăm |căn )(?:thôn|xóm|làng|bản|buôn|ấp|sóc|tổ dân phố|khu phố|khóm|khu dân cư)(?: (?:thôn|xóm|làng|bản|buôn|ấp|sóc|tổ dân phố|khu phố|khóm|khu dân cư))*(?= đạt chuẩn an toàn về an ninh trật tự)",
     "khu dân cư"),
    # trained labour with a qualification however listed: "có bằng cấp, chứng chỉ", "có văn bằng, chứng chỉ", "có chứng chỉ"
    (r"có (?:văn bằng|bằng cấp|bằng) chứng chỉ|có chứng chỉ (?:văn bằng|bằng cấp)|có chứng chỉ", "có bằng cấp chứng chỉ"),
    # a performance or a screening "phục vụ nhân dân / đồng bào vùng sâu, vùng xa / bà con": whom it serves, not what is
    # counted (the statistical systems count every performance and mobile screening)
    (r"(?<=(?:biểu diễn(?: nghệ thuật| văn nghệ)?|chiếu phim(?: lưu động)?) )phục vụ (?:nhân dân|dân số|đồng bào|bà con|công chúng|khán giả|cộng đồng)\b.*$", ""),
    # the kinds of village as each region names and lists them (thôn, bản, ấp, làng, buôn, sóc, xóm) having a community hall
    # (QĐ 1719/QĐ-TTg's "thôn có nhà sinh hoạt cộng đồng"): one unit however listed
    (r"(?<!nông |văn |cơ |chăm |căn )(?:thôn|xóm|làng|bản|buôn|ấp|sóc)(?: (?:thôn|xóm|làng|bản|buôn|ấp|sóc))*(?= có nhà sinh hoạt cộng đồng)", "thôn"),
    # defence and security education written short ("kiến thức QP-AN", "QP&AN", "quốc phòng, an ninh"): one phrase
    (r"qp (?:và |& )?an|qpan", "quốc phòng an ninh"),
    # coming home ("lao động đi làm việc ở nước ngoài … về nước", "trở về quê"): the return, never the going ("về" is a
    # SOFT word, and "nước" is already in "nước ngoài"); not a topic of water ("tuyên truyền về nước sạch")
    (r"(?:(?:trở|quay) )?về (?:nước|quê)(?! (?:sạch|sinh hoạt|thải|mặt|ngầm|uống|tưới|hợp vệ sinh)\b)", "hồi hương"),
    # s25g2: wordings of the national programmes' targets as provincial plans copy them
    # the intake said before the handling ("hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình", "tố giác, tin báo được
    # tiếp nhận và xử lý"): what is handled was taken in, so the handling names the indicator (QĐ 766/QĐ-TTg, NQ 96/2019/QH14)
    (r"tiếp nhận(?: và)?(?= (?:giải quyết|xử lý)\b)", ""),
    # on time however said: "đúng hoặc trước hạn", "đúng và trước hạn", "trước và đúng hạn", "đúng hạn, trước hạn" (QĐ 766/QĐ-TTg
    # counts the dossiers handled "đúng hạn", early ones among them)
    (r"(?:đúng|trước)(?: hạn)?(?: (?:hoặc|và))? (?:đúng|trước) hạn", "đúng hạn"),
    # whose competence a dossier, procedure or complaint falls under ("thuộc thẩm quyền (giải quyết) của Sở / của UBND tỉnh /
    # của cấp tỉnh"): who handles it, not what is counted
    # (a level named, "của cấp xã", "của UBND cấp huyện", is one level's share of the dossiers: a part, and stays)
    (r"thuộc (?:phạm vi )?thẩm quyền(?: giải quyết)?(?: của (?:chủ tịch )?(?:sở|ban|ngành|ủy ban nhân dân|cơ quan|đơn vị)"
     r"(?: (?:tỉnh|huyện|xã|thành phố|ngành))?)?(?! cấp)", ""),
    # the electronic identity of Đề án 06 (QĐ 06/QĐ-TTg): the account counted is the level-2 one, said or not ("tài khoản định
    # danh điện tử mức độ 2"), held by the citizens of the age the law gives them an identity at ("(công dân/người dân) từ
    # (đủ) 14 tuổi trở lên", Luật Căn cước số 26/2023/QH15, Điều 19): the population of the indicator, however named
    (r"(định danh điện tử)(?: (?:mức độ|mức|cấp độ) (?:2|ii))", r"\1"),
    (r"(?:dân số|công dân)(?: (?:từ )?(?:đủ )?14 tuổi(?: trở lên)?)?(?= (?:\S+ ){0,3}tài khoản định danh điện tử)", "dân số"),
    # VN_AQI "chỉ số chất lượng (môi trường) không khí" (QĐ 2530/QĐ-TTg): one index however named
    (r"chất lượng môi trường không khí", "chất lượng không khí"),
    # (s27g4) the index named by its abbreviation ("số ngày có chỉ số VN_AQI / VN AQI ở mức kém"): the same index
    (r"\b(?:chỉ số )?vn[ _]?aqi\b", "chỉ số chất lượng không khí"),
    # a latrine a household "có" or "sử dụng" (QĐ 1978/QĐ-TTg "có nhà tiêu hợp vệ sinh", QĐ 90/QĐ-TTg "sử dụng"): one state
    (r"sử dụng(?= nhà tiêu)", "có"),
    # the food handlers "trực tiếp" (Luật An toàn thực phẩm 2010: "người trực tiếp sản xuất, kinh doanh thực phẩm"): the
    # food-safety indicators' people, said or not
    (r"(?<=người )trực tiếp(?= (?:sản xuất|chế biến|kinh doanh))", ""),
    # a certificate named in the base rather than after it ("cơ sở … thuộc diện phải cấp Giấy chứng nhận cơ sở đủ điều kiện an
    # toàn thực phẩm được cấp giấy chứng nhận"): the establishments given that certificate
    (r"thuộc diện (?:phải )?cấp (giấy chứng nhận(?: [\p{L}\p{M}]+)+?) được cấp giấy chứng nhận$", r"được cấp \1"),
    # online services by the levels before Nghị định số 42/2022/NĐ-CP: level 4 is "toàn trình" (the whole procedure online),
    # levels 3 and 4 together are every online one ("trực tuyến" alone); level 3 alone ("một phần") stays another target
    (r"(trực tuyến) mức(?: độ)? (?:3|iii) (?:và )?(?:4|iv)(?![\p{L}\d])", r"\1"),
    (r"(trực tuyến) mức(?: độ)? (?:4|iv)(?![\p{L}\d])", r"\1 toàn trình"),
    # the digital-society indicators are of the adult population (QĐ 411/QĐ-TTg's "dân số trưởng thành"); plans copying them
    # say "người dân" or "dân số": one population for a share that has, uses or joins (smartphones, online public services,
    # payment accounts, online shopping, e-signatures)
    (r"(?<=dân số )trưởng thành(?= (?:có|sử dụng|tham gia|mua sắm|thanh toán)\b)", ""),
    # a drug-free commune "không có tệ nạn ma túy" / "không có ma túy" / "không ma túy" (NQ 163/2024/QH15): one title
    (r"không có(?: tệ nạn)?(?= ma túy)", "không"),
    # energy saved "mức" or "tỷ lệ" (VNEEP3, QĐ 280/QĐ-TTg: "mức tiết kiệm năng lượng … so với tổng tiêu thụ năng lượng")
    (r"(?:mức|tỷ lệ) (tiết kiệm năng lượng)", r"\1"),
    # a lodging's room is its "buồng" or "phòng" (Luật Du lịch 2017: "buồng lưu trú"; plans write "phòng")
    (r"(?<=công suất sử dụng )phòng|(?<=số )phòng(?= lưu trú)", "buồng"),
    # (s25g3) a vaccination share's herd (Luật Thú y 2015, TT 07/2016/TT-BNNPTNT: "tỷ lệ tiêm phòng … trên tổng đàn trong diện
    # tiêm"): the base "(trên) (tổng) (số) đàn (gia súc …) trong/thuộc diện (phải) tiêm (phòng)" only restates who is
    # vaccinated and goes; "(cho) đàn chó, mèo" is the dogs and cats. Only after "tiêm": "Tổng đàn bò" elsewhere is the herd
    (r"(?<=\btiêm\b.*)(?:(?:trên|so với|của|trong) )?(?:tổng )?(?:số )?(?:đàn )?(?:thuộc|trong|nằm trong) diện (?:phải )?tiêm"
     r"(?: phòng)?(?: bắt buộc)?(?! chủng)", ""),
    # the vaccine and the disease said or not: "tiêm phòng (vắc xin) (bệnh) Dại" is one vaccination
    (r"(?<=tiêm phòng )(?:vắc xin|vaccine|vacxin)(?: bệnh)?|(?<=tiêm phòng )bệnh", ""),
    (r"(?<=\btiêm\b.*)(?:(?:trên|so với|trong) )?tổng đàn$", ""),  # "… đạt 80% tổng đàn": the base
    (r"(?<=\btiêm\b.*)\bđàn(?= (?:gia súc|gia cầm|vật nuôi|trâu|bò|lợn|heo|chó|mèo|dê|gà|vịt)\b)", ""),
    # (s26g1) "lực lượng dân quân tự vệ" is the force, "dân quân tự vệ" (Luật Dân quân tự vệ 2019); "dân quân" alone is its
    # communes' part (the self-defence units of agencies and firms are the rest) and keeps its word
    (r"lực lượng (dân quân tự vệ)", r"\1"),
    # (s26g1) the population's growth "tốc độ (gia) tăng" as the statistical system's "tỷ lệ tăng dân số" (LTK 0104); the
    # life expectancy "bình quân" as its "trung bình" (LTK 0108)
    (r"tốc độ (?:gia )?tăng(?= dân số)", "tỷ lệ tăng"),
    (r"(tuổi thọ) bình quân", r"\1 trung bình"),
    # the visitors however counted: "lượng khách" (the quantity of guests) is the "lượt khách" the tourism statistics count
    # (Luật Du lịch 2017, TT 37/2018 "Số lượt khách du lịch"); not a flow of traffic ("lưu lượng khách")
    (r"(?<!lưu )lượng khách", "lượt khách"),
    # (s26g1) a "trạm y tế" is the commune's (Luật Khám bệnh, chữa bệnh 2023 and the commune health criteria, QĐ 1300/QĐ-BYT:
    # "trạm y tế xã, phường, thị trấn"; a district's is a "trung tâm y tế", a village's a "y tế thôn bản"): "xã" said or not
    (r"(trạm y tế)(?! xã)", r"\1 xã"),
)
# Words that say where, when or how hard, not what: dropped.
FILLER = regex.compile(r"""\b(?:
    trên\ địa\ bàn(?:\ (?:toàn\ |các\ )?(?:tỉnh|huyện|thành\ phố|thị\ xã|xã|quận|phường|thị\ trấn|đặc\ khu))?  # "trên địa bàn (các) xã": where
  | (?:(?:trên|trong|của)\ )?toàn\ (?:tỉnh|huyện|thành\ phố|thị\ xã|xã(?!\ hội)|quốc|phường|thị\ trấn|đặc\ khu)  # not "toàn xã hội"
  | (?:(?:trên|trong|của)\ )?toàn\ địa\ bàn(?:\ (?:tỉnh|huyện|thành\ phố|thị\ xã|xã|quận|phường|thị\ trấn|đặc\ khu))?  # "trên toàn địa bàn (tỉnh)": where
  | (?:của|thuộc)\ (?:phường|thị\ trấn|đặc\ khu|xã)$  # the commune-level unit whose plan it is (two-tier government, 2025)
  | trên\ (?:tỉnh|huyện|thành\ phố|thị\ xã)(?=$|\ (?:đủ|được|đạt|có|không|bảo\ đảm|sử\ dụng|tham\ gia)\b)  # "số trạm y tế xã trên thành phố đủ …": where
  | (?:của|thuộc)\ (?:tỉnh|huyện|thành\ phố|thị\ xã)
  # the commune level's own plans (two-tier local government from 1/7/2025: xã, phường, đặc khu) name their unit at the end
  # (not before "đạt chuẩn", a status of what is counted: "cán bộ, công chức của xã đạt chuẩn" are the commune's officials):
  # "Tỷ lệ hộ nghèo của xã", "… tại phường đạt …"; in the middle the commune may be what is counted, so only there
  | (?:của|thuộc|tại|ở)\ (?:xã|phường|thị\ trấn|đặc\ khu)(?!\ đạt\ chuẩn)(?=$|\ (?:đạt|phấn|giảm|tăng|còn|ở|là|khoảng|tối|ít|trên|dưới|duy|giữ)\b)
  # (s35h) the whole country with the preposition that says it ("bệnh viện trên cả nước triển khai …", "trong phạm vi cả
  # nước"), as "toàn quốc" goes with its: no "trên" left behind in the name
  | (?:(?:trên|trong|của)\ )?(?:phạm\ vi\ )?cả\ nước
  # (s25g2) where and when, as plans copying a strategy's targets add them: "trên phạm vi toàn tỉnh", "của/trên địa bàn Thủ
  # đô", "của địa phương" at the end (not "ngân sách địa phương", another budget; "tại/ở địa phương", "tại tỉnh" may set the
  # jobs at home against those elsewhere, a part, and stay); the horizon
  # a strategy names ("tầm nhìn (đến năm) 2045", "định hướng đến năm 2035"), a cut-off date or month ("tính đến 31/12/2026",
  # "đến tháng 12/2026"), "từ nay (đến năm 2030)"
  | (?:trên\ |trong\ )?phạm\ vi\ toàn\ (?:tỉnh|huyện|thành\ phố|thị\ xã|xã|quốc|phường|đặc\ khu)
  | (?:của|trên\ địa\ bàn|toàn)\ thủ\ đô(?=$|\ (?:đạt|phấn|giảm|tăng|còn|ở|là|khoảng|tối|ít|trên|dưới|duy|giữ)\b)
  | (?<!ngân\ sách\ )của\ địa\ phương$
  | (?:và\ )?(?:tầm\ nhìn|định\ hướng)(?:\ (?:đến|tới))?(?:\ năm)?\ \d{4}
  | (?:tính\ )?(?:đến|tới|trước|vào)\ (?:hết\ )?(?:ngày\ )?(?:[1-9]|[12]\d|3[01])\ (?:[1-9]|1[0-2])\ \d{4}
  | (?:tính\ )?(?:đến|tới|trước|vào)\ (?:hết\ )?(?:ngày\ )?(?:[1-9]|[12]\d|3[01])\ (?:[1-9]|1[0-2])$  # "đến 30/9": the year is the line's
  | (?:tính\ )?(?:đến|tới|trước|vào)\ (?:hết\ |cuối\ )?tháng\ (?:[1-9]|1[0-2])(?:\ (?:năm\ )?\d{4})?(?!\ (?:tháng|tuổi|năm\ tuổi))
  | từ\ nay(?=\ (?:đến|tới)\b)
  # what a count or rate is taken of "(trong các vụ …) được ghi nhận": statistics count what is recorded, said or not
  # ("Tỷ lệ mắc ngộ độc thực phẩm cấp tính trong các vụ được ghi nhận", QĐ 20/QĐ-TTg's "… trong các vụ ngộ độc được ghi nhận")
  | (?:trong\ (?:các\ )?vụ(?:\ ngộ\ độc(?:\ thực\ phẩm)?)?\ )?(?:được\ )?ghi\ nhận(?=$|\ (?:đạt|phấn|giảm|tăng|còn|ở|là|khoảng|tối|ít|trên|dưới|duy|giữ|không)\b)
  | (?:(?:tính\ )?(?:đến|vào|tới|trước|sau|trong|từ)\ )?(?:hết\ |cuối\ |đầu\ )?năm\ \d{4}(?:\ \d{4})?
  | (?:đến|vào|tới|trước|sau)\ (?:hết\ |cuối\ )?(?:19|20)\d{2}(?=$|\ (?:đạt|phấn|giảm|tăng|còn|ở|là|khoảng|tối|ít|trên|dưới|duy|giữ)\b)  # "đến 2030 đạt": the year without "năm" (not "đến 2000 người")
  | (?:(?:trước|đến|vào|trong|tới|chậm\ nhất)\ )?(?:hết\ )?ngày\ \d{1,2}\ (?:tháng\ )?\d{1,2}(?:\ (?:năm\ )?\d{4})?  # a deadline's day ("trước ngày 31/01/2027")
  | (?:tính\ )?(?:đến|vào|tới)\ (?:hết|cuối)\ năm(?!\ \d)  # "(tỷ lệ hộ nghèo) đến cuối năm": when, the year left unsaid
  | (?:cuối|hết)\ năm(?=$|\ (?:đạt|phấn|giảm|tăng|còn|ở|là|khoảng|tối|ít|trên|dưới|duy|giữ)\b)  # "… cuối năm còn 2%" (not "dư nợ vay cuối năm của …")
  | (?:(?:trong|cả|của)\ )?giai\ đoạn(?:\ \d{4}(?:\ \d{4})?)?
  | (?:(?:trong|của|vào|đến|cuối|hết)\ )?năm\ học(?:\ \d{4}(?:\ \d{4})?)?  # a school year: when ("tốt nghiệp THPT năm học 2025-2026")
  | (?:(?:trong|của)\ )?nhiệm\ kỳ\ \d{4}(?:\ \d{4})?  # a term of office: when ("nữ tham gia cấp ủy nhiệm kỳ 2025-2030")
  | (?:bình\ quân\ )?(?:hằng|hàng|mỗi)\ (?:năm|quý|tháng) | trong\ năm | năm\ sau\ cao\ hơn\ năm\ trước
  | (?:trong\ )?\d{1,2}\ năm(?!\ \d)  # the span of a plan: "(tổng vốn đầu tư …) 5 năm"
  | (?<=đầu\ tư\ công\ )trung\ hạn  # (s35g) the public-investment plan's span (Luật Đầu tư công: "kế hoạch đầu tư công trung hạn", 5 years)
  | quý\ (?:i|ii|iii|iv|[1-4])(?:\ (?:năm\ )?\d{4}|\ năm)? | (?:6|9|sáu|chín)\ tháng\ (?:đầu|cuối)\ năm  # the part of a year reported;
  # (s39g22) with its year ("quý III/2027", "quý I năm 2027")
  | vụ\ (?:đông\ xuân|hè\ thu|thu\ đông|xuân\ hè|chiêm\ xuân|mùa|chiêm|xuân|hè|đông)(?:\ \d{4}(?:\ \d{4})?)? | cả\ năm  # a crop season or the whole year: when ("Diện tích gieo trồng vụ Đông Xuân")
  | (?:chỉ\ tiêu\ )?được\ giao\ trong\ công\ tác  # "(hoàn thành 100% chỉ tiêu) được giao trong công tác tuyển quân"
  | so\ với\ (?:cùng\ kỳ(?:\ năm\ (?:trước|\d{4}))?|năm\ (?:trước|\d{4})|đầu\ (?:nhiệm\ )?kỳ|năm\ gốc
              |(?:giai\ đoạn|nhiệm\ kỳ|kỳ)\ (?:trước|\d{4}(?:\ \d{4})?))  # the baseline of a change ("so với giai đoạn 2021-2025")
  | (?:theo\ )?giá\ (?:hiện\ hành|so\ sánh)(?:\ năm)?(?:\ \d{4})?
  | (?:trường\ hợp|khi|nếu)\ cần\ thiết  # a condition on the target, not what it measures
  | phấn\ đấu | ước\ (?:thực\ hiện|đạt) | dự\ kiến | dự\ báo | chỉ\ tiêu | trở\ lên | trở\ xuống
  | (?:được\ )?(?:hội\ đồng\ nhân\ dân|ủy\ ban\ nhân\ dân|thủ\ tướng\ chính\ phủ|chính\ phủ|trung\ ương)(?:\ (?:tỉnh|huyện|thành\ phố|thị\ xã|xã))?
    (?:\ (?:và\ )?(?:hội\ đồng\ nhân\ dân|ủy\ ban\ nhân\ dân|thủ\ tướng\ chính\ phủ|chính\ phủ|trung\ ương)(?:\ (?:tỉnh|huyện|thành\ phố|thị\ xã|xã))?)*
    \ giao  # who set the target, not what it measures; (s39g21) one or several ("được Thủ tướng Chính phủ và HĐND tỉnh giao")
)\b""", regex.VERBOSE)
# What the sentence goes on with after the name: the verb that brings the value ("đạt"), the level it is
# brought down or up to ("giảm còn", "giảm xuống dưới", "tăng lên đến": the level, never the change), a
# comparator ("trên", "không quá") and keeping it ("duy trì ổn định", "giữ vững").
TRAILING = regex.compile(r"(?:\s+(?:đạt|cho|bình\ quân|giảm(?:\ xuống)?\ còn|giảm\ xuống|tăng\ lên(?:\ đến|\ tới)?|ngay(?:\ trong|\ từ)?|trên|dưới|hơn|không\ quá|không\ dưới|vượt|được\ giao|duy\ trì(?:\ ổn\ định)?|giữ\ (?:vững|ổn\ định)|xuống|lên|còn|ở\ mức|mức|khoảng|tối\ thiểu|ít\ nhất|từ|không\ thấp\ hơn|không\ vượt\ quá|năm|(?:bảo\ đảm\ )?(?:theo\ đúng|theo|đúng)\ quy\ định"
                      r"|(?:thuộc|nằm\ trong|đứng\ trong|xếp\ trong|trong)\ (?:nhóm|top)))+$", regex.VERBOSE)
# (s39g22) a rank group said after an index ("Chỉ số PCI thuộc nhóm 15 tỉnh, thành phố dẫn đầu"): the value is the group's size, in
# the unit of what is ranked (provinces; a province's departments), which the indices list among their units
LEADING_VERB = regex.compile(r"^(?:phấn đấu |góp phần |duy trì |giữ vững |nâng cao |nâng |đưa |tăng |kéo giảm |kéo |giảm |xây dựng |hoàn thành |đạt |có "
                          r"|bảo đảm |đảm bảo |bố trí |dành |tiếp tục |cố gắng |quyết tâm |thực hiện |điều chỉnh |kiểm soát |khống chế |mục tiêu (?:là )?"
                          r"|hướng tới |đẩy mạnh |nỗ lực |tích cực "
                          # what is held or opened in the period, counted by the unit ("Tổ chức 12 phiên giao dịch việc làm", "Mở
                          # 20 lớp …", "Tiến hành 8 cuộc thanh tra hành chính"): the count of what is held
                          r"|đón |tổ chức (?!hành nghề|tín dụng|cơ sở|đảng|đoàn|hội(?! nghị| thi| thảo| chợ| diễn| giảng| trại)|chính trị|xã hội|khoa học|kinh tế|công đoàn)|mở (?!rộng)|tiến hành |triển khai )+(?=tỷ lệ|tỷ trọng|số |trường|xã|huyện|sản phẩm|\p{L})")
# The level a value is brought to ("… xuống còn", "… lên"): the verb in front is how, not what ("giảm X xuống còn 2%"
# is X's level, never X's cut).
REACHED = regex.compile(r"\b(?:còn|xuống|lên)\b")
LEADING_CHANGE = regex.compile(r"^(?:phấn đấu )?(?:kéo )?(?:giảm|tăng|nâng|hạ) (?=\p{L})")
# A closing clause that singles out part of what was named ("…, nhất là các loại hình thiên tai thường
# xuyên xảy ra", "…, đặc biệt là …") narrows the emphasis, not the indicator: dropped ("ít nhất là" kept).
EMPHASIS = regex.compile(r"(?<!\bít)\s+(?:nhất là|đặc biệt là)\s.*$")
# A closing clause that says what the target is for or what else is aimed at ("…, góp phần bảo đảm an ninh
# trật tự", "… và từng bước đẩy lùi ma túy", "… và các mục tiêu đã đề ra trong Chương trình"): not what is measured.
PURPOSE = regex.compile(r"\s+(?:(?:và\s+)?(?:góp phần|nhằm|từng bước|qua đó)|và\s+(?:các\s+|những\s+)?(?:mục tiêu|nhiệm vụ)\b)\s.*$")
# The standard what is collected and treated must meet, closing the name ("chất thải rắn sinh hoạt được thu gom, xử lý
# đạt chuẩn / bảo đảm tiêu chuẩn, quy chuẩn / đáp ứng quy chuẩn kỹ thuật môi trường"): treatment under the indicator
# systems is treatment to the standard, so it is said or left unsaid ("… được thu gom, xử lý theo quy định").
# (A zone's wastewater plant "đạt tiêu chuẩn môi trường" is another matter: having a plant is not having a compliant one.)
TREATED_TO_STANDARD = regex.compile(r"(?<=\bxử lý) (?:(?:bảo đảm|đạt|đáp ứng)(?: (?:tiêu |quy )?chuẩn)+(?: kỹ thuật)?(?: quốc gia)?(?: (?:về )?môi trường)?"
                                   r"|(?:bảo đảm|đáp ứng) (?:các )?yêu cầu (?:về )?bảo vệ môi trường)$")
# The base of a share said after it ("… trên tổng số hộ", "… so với tổng số thôn"): when its words are the counted noun the
# name already says, it only restates what "tỷ lệ" means and goes; a base of its own ("trong tổng số người có trình độ
# thạc sĩ") stays.
BASE_RESTATED = regex.compile(r"\s+(?:trên|so với|trong)\s+(?:tổng\s+)?(?:số lượng|số)\s+(?:các\s+)?(?P<base>[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3})$")
# Function words that never change which indicator is meant.
SOFT = frozenset("các những được của và đã bị là tổng ở tại về".split())  # "(hồ sơ công việc) tại cấp tỉnh" = "cấp tỉnh";
# "kiểm tra về an toàn thực phẩm" = "kiểm tra an toàn thực phẩm" (the topic joined by "về" or not)
# The standard a count meets ("đạt chuẩn", "tiêu chuẩn") named by its legal basis at the end ("thư viện trường học đạt chuẩn theo Thông tư 16/2022/TT-BGDĐT",
# "… theo Quyết định số 25/2021/QĐ-TTg"), or a law by its title closing the name ("giáo viên mầm non đạt trình độ chuẩn được đào
# tạo theo Luật Giáo dục năm 2019", "… theo quy định của Luật Nhà giáo"; s36g): the basis says which standard, not what is counted.
LEGAL_BASIS = regex.compile(r"(?<=\bchuẩn(?:\s+\p{L}+){0,4})\s+(?:theo|tại)(?:\s+quy\s+định)?(?:\s+(?:tại|của))?\s+"
                            r"(?:(?:thông tư|quyết định|nghị định|nghị quyết|luật)(?:\s+số)?\s+\d.*|luật(?:\s+\p{L}+){1,5}(?:\s+(?:số\s+)?\d.*)?)$")
# A level of the standard named after its legal basis ("đạt chuẩn quốc gia theo Thông tư số 13/2018/TT-BGDĐT mức độ 2",
# "… theo Quyết định số 318/QĐ-TTg nâng cao"): another target than the standard itself, so it is kept.
LEVEL_AFTER_BASIS = regex.compile(r"\bmức(?: độ)? (?:[2-9]|ii|iii|iv)\b|\bnâng cao\b|\bkiểu mẫu\b")
# A national standard or technical regulation named by its number at the end ("… theo TCVN 11856:2017", "… theo QCVN
# 01-1:2018/BYT"): which standard, not what is counted (as a legal basis is).
STANDARD_NUMBER = regex.compile(r"\s+theo\s+(?:tiêu chuẩn\s+|quy chuẩn\s+)?(?:tcvn|qcvn)(?:\s+\d+)+(?:\s+\p{L}+)?$")
# Old tone placement ("hoá", "thuỷ") to new ("hóa", "thủy") at a syllable end.
OLD_TONES = {"oá": "óa", "oà": "òa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oé": "óe", "oè": "òe", "oẻ": "ỏe",
             "oẽ": "õe", "oẹ": "ọe", "uý": "úy", "uỳ": "ùy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
SPELLINGS = {"gdrp": "grdp", "grpd": "grdp", "gpd": "gdp", "tỉ": "tỷ", "sỹ": "sĩ", "kĩ": "kỹ", "mĩ": "mỹ", "lí": "lý", "kí": "ký", "thuỷ": "thủy"}
SCALE_WORDS = frozenset("nghìn ngàn triệu tỷ tỉ vạn trăm".split())
MONEY = frozenset({"đồng", "usd", "đô la mỹ"})

# The pieces of the normalisation, compiled once (a name is normalised per target found).
OLD_TONE = regex.compile(r"(?<!q)(oá|oà|oả|oã|oạ|oé|oè|oẻ|oẽ|oẹ|uý|uỳ|uỷ|uỹ|uỵ)(?!\p{L})")
LETTERS = regex.compile(r"\p{L}+")
LEADING_ZEROS = regex.compile(r"(?<![\d.,])0+(?=\d)")
PARENTHESES = regex.compile(r"\(([^()]*)\)?")
WORD = regex.compile(r"[\p{L}\p{M}&]+")
THOUSANDS = regex.compile(r"(\d)[.,](\d{3})\b")
TOKEN = regex.compile(r"[\p{L}\p{M}\d%‰]+")
SYNONYM_RES = tuple((regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{pattern})(?![\p{{L}}\p{{M}}])"), f" {repl} ") for pattern, repl in SYNONYMS)
# What a name must hold for each of them to change it (`words_every_match_holds`): about 150 phrases are tried on every name
# in turn, nearly all on a name that holds none of their words; a plain look-up of the words tells which (None: always tried).
SYNONYM_WORDS = tuple(words_every_match_holds(pattern.pattern) for pattern, _repl in SYNONYM_RES)
SAID_TWICE = regex.compile(r"\b(\S+)(?: \1\b)+")
LIST_NUMBER = regex.compile(r"^(?:\d+\s+)+(?=\p{L})")  # "15.1." of a criterion numbered in levels: every level
PER_TIME = regex.compile(r"\s*/\s*(?:năm|ngày|tháng)$")
PER_YEAR = regex.compile(r"/\s*năm$")
PER_DAY = regex.compile(r"/\s*ngày$")
LEVEL_SHARE = regex.compile(r"(?i)tỷ (?:lệ|trọng|suất|số) ")
CHANGE_WORD = regex.compile(r"(?i)\b(?:tăng|giảm)\b")
LEADING_NUMBER = regex.compile(r"^\d+\s*")


@dataclass(frozen=True)
class Indicator:
    """One canonical indicator of the gazetteer."""

    id: str
    name: str
    units: frozenset[str]  # unit families ("%", "money", "xã", "bác sĩ/vạn dân" …)
    group: str
    source: str


# A place's proper name after its kind ("tỉnh Lào Cai", "Thành phố Hồ Chí Minh", "huyện Mường Nhé"): where,
# not what. Only Title Case syllables go (an ALL CAPS table header keeps its words: "CỦA TỈNH THÀNH LẬP MỚI").
PLACE_NAME = regex.compile(r"(?:\b(?:của|trên địa bàn(?: toàn)?|toàn|tại|ở)\s+)?\b(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện|[Tt]hị xã|[Qq]uận)(?:\s+(?:-\s+)?\p{Lu}[\p{Ll}\p{M}]+)+"
                        # a commune, ward or special zone named after a preposition ("của phường Bến Thành", "tại xã Tân Hòa"),
                        # not a title written in capitals ("xã Nông thôn mới", "xã An toàn về an ninh, trật tự")
                        r"|\b(?:của|trên địa bàn(?: toàn)?|toàn|tại|ở)\s+(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|[Đđ]ặc khu)(?!\s+(?:Nông|An|Văn|Kiểu|Đạt|Không)\b)(?:\s+(?:-\s+)?\p{Lu}[\p{Ll}\p{M}]+)+")


# A share of the product or an amount per head written with a slash ("vốn đầu tư/GRDP", "(R&D)/GRDP",
# "GRDP/người"): said in words before the slash goes with the punctuation.
PER_WRITTEN = regex.compile(r"(?:\s+bình quân)?\s*/\s*(grdp|gdp|người|đầu người)\b")
PER_SAID = {"grdp": "so với grdp", "gdp": "so với gdp", "người": "bình quân đầu người", "đầu người": "bình quân đầu người"}


def spelling(text: str) -> str:
    """Lower case, NFC, one tone placement and spelling, no leading zeros."""
    s = unicodedata.normalize("NFC", text.lower())
    s = OLD_TONE.sub(lambda m: OLD_TONES[m.group()], s)
    s = LETTERS.sub(lambda m: SPELLINGS.get(m.group(), m.group()), s)
    s = LEADING_ZEROS.sub("", s)
    return s


def _parentheses(s: str) -> str:
    def keep(m: regex.Match) -> str:
        inner = m.group(1).strip()
        return f" {inner} " if inner in KEEP_IN_PARENTHESES else " "
    return PARENTHESES.sub(keep, s)


@functools.lru_cache(maxsize=CACHE_NAMES)
def words(name: str) -> str:
    """The name's words after spelling, abbreviations, synonyms and filler (space-joined)."""
    return " ".join(w for w in _words_said(name).split() if w not in SOFT)


def _words_said(name: str) -> str:
    """`words` with the function words kept ("các", "và" …): where two words were not said together."""
    s = _parentheses(PER_WRITTEN.sub(lambda m: f" {PER_SAID[m.group(1)]}", spelling(PLACE_NAME.sub(" ", name))))
    s = WORD.sub(lambda m: ABBREVIATIONS.get(m.group(), m.group()), s)
    s = THOUSANDS.sub(r"\1\2", s)  # 10.000 -> 10000
    s = AGE_SIGN.sub(lambda m: f" {AGE_SIGNS[m.group(1)]} ", s)  # "trẻ em < 5 tuổi": the sign in words
    s = " ".join(TOKEN.findall(s))
    for (pattern, repl), needs in zip(SYNONYM_RES, SYNONYM_WORDS):
        if needs is not None and not any(w in s for w in needs):
            continue  # none of its words: the phrase leaves the name as it is (its words one space apart already)
        s = " ".join(pattern.sub(repl, s).split())
    s = AGE.sub(_age, s)
    s = FILLER.sub(" ", s)
    s = SAID_TWICE.sub(r"\1", " ".join(s.split()))  # "grdp (grdp)" said twice
    s = LIST_NUMBER.sub("", s)  # a list number left in front
    trailing = TRAILING.search(s)
    if trailing and REACHED.search(trailing.group()):  # "giảm tỷ lệ hộ nghèo xuống còn": the level reached, not the cut
        s = LEADING_CHANGE.sub("", s)
    s = TRAILING.sub("", s)
    s = EMPHASIS.sub("", s)
    s = TRAILING.sub("", PURPOSE.sub("", s))
    s = TREATED_TO_STANDARD.sub("", s)
    if basis := LEGAL_BASIS.search(s):  # the basis goes, a level of the standard said after it stays ("… theo Thông tư số
        s = " ".join([s[:basis.start()], *LEVEL_AFTER_BASIS.findall(basis.group())])  # 13/2018/TT-BGDĐT mức độ 2")
    s = STANDARD_NUMBER.sub("", s)
    base = BASE_RESTATED.search(s)
    if base and s.startswith(("tỷ lệ ", "tỷ trọng ")) and set(base.group("base").split()) - SOFT <= set(s[:base.start()].split()):
        s = s[:base.start()]  # "Tỷ lệ hộ nghèo trên tổng số hộ": a share's base that only restates what it counts
    return s


# (s26g3) An age or an age range however written, compared as the range of months it covers (half open): "trẻ em từ 6 đến 36
# tháng tuổi", "6 - 36 tháng tuổi", "6-36 tháng" of a child; "dưới 5 tuổi", "< 5 tuổi", "dưới 60 tháng tuổi"; "từ 15 đến 35
# tuổi", "trong độ tuổi từ 15 đến 35"; "từ 15 tuổi (trở lên)", "≥ 15 tuổi"; an age alone ("trẻ em 5 tuổi", "18 tháng tuổi") is
# that year or month of life. A different range is another population ("dưới 2 tuổi" is not "dưới 5 tuổi"; "0 - 5 tuổi"
# is "dưới 6 tuổi", never "dưới 5"). The synonyms before have put the range's bounds side by side ("6 36 tháng tuổi").
AGE_SIGN = regex.compile(r"(<|≥|>=)\s*(?=\d{1,3}\s*(?:tháng|tuổi))")
AGE_SIGNS = {"<": "dưới", "≥": "từ", ">=": "từ"}
AGE = regex.compile(r"(?<![\p{L}\p{M}\d])(?:"
                    r"(?:từ )?(?P<lo>\d{1,3}) (?P<lunit>tháng|tuổi)(?: tuổi)? (?:đến|tới) (?P<under>dưới )?(?P<hi>\d{1,3}) (?P<unit>tháng|tuổi)(?: tuổi)?"
                    r"|"
                    r"(?:(?:độ tuổi )?(?P<lo>\d{1,3}) (?P<hi>\d{1,3}) (?P<unit>tháng|tuổi)(?: tuổi)?"
                    r"|độ tuổi (?P<lo>\d{1,3}) (?P<hi>\d{1,3})(?! (?:tháng|tuổi|năm)\b)(?P<unit>)"
                    r"|(?P<below>dưới) (?P<hi>\d{1,3}) (?P<unit>tháng|tuổi)(?: tuổi)?"
                    r"|(?P<from>từ) (?P<lo>\d{1,3}) (?P<unit>tháng|tuổi)(?: tuổi)?(?! \d)"
                    r"|(?P<lo>\d{1,3}) (?P<unit>tháng tuổi|tuổi)))(?![\p{L}\p{M}\d])")
# the words a range of months is said after without "tuổi" ("trẻ 6 - 36 tháng"): a child's age; elsewhere "6 tháng" is a span
AGE_OF = regex.compile(r"(?:trẻ|sơ sinh|độ tuổi|từ|dưới) $")


def _age(m: regex.Match) -> str:
    whole = m.group()
    unit = m.group("unit") or "tuổi"
    if unit == "tháng" and not whole.endswith("tuổi") and not AGE_OF.search(m.string[:m.start()]):
        return whole  # "trong 6 tháng": a span of time, not an age
    months = 1 if unit.startswith("tháng") else 12
    if m.group("lunit"):  # "từ 6 tháng đến (dưới) 5 tuổi": each bound in its own unit
        lo = int(m.group("lo")) * (1 if m.group("lunit") == "tháng" else 12)
        hi = (int(m.group("hi")) + (0 if m.group("under") else 1)) * months
        return f" tuổi{lo}đến{hi} " if lo < hi else whole
    if m.group("below"):
        lo, hi = 0, int(m.group("hi")) * months
    elif m.group("from"):
        lo, hi = int(m.group("lo")) * months, None
    elif m.group("hi"):
        lo, hi = int(m.group("lo")) * months, (int(m.group("hi")) + 1) * months
        if lo >= hi:
            return whole
    else:
        lo, hi = int(m.group("lo")) * months, (int(m.group("lo")) + 1) * months
    return f" tuổi{lo}đến{'' if hi is None else hi} "  # one token of letters and digits: normalised again, it stays


def key(name_words: str) -> str:
    """Word order and repetition aside: the sorted distinct words ("giải ngân vốn kế hoạch vốn đầu tư
    công" is "giải ngân kế hoạch vốn đầu tư công")."""
    return " ".join(sorted(set(name_words.split())))


def unit_family(unit: str | None) -> str:
    """"%" for shares and growth, "money" for any amount of đồng/USD (per-part kept: "money/ha"),
    the count noun otherwise ("xã, phường" → "xã", "triệu lượt khách" → "lượt khách")."""
    if not unit:
        return ""
    u = spelling(unicodedata.normalize("NFKC", unit)).strip()  # "µg/m³" (micro sign, superscript) is "μg/m3"
    per_day = PER_DAY.search(u) is not None
    u = PER_TIME.sub("", u)  # a rate per year is the same quantity
    if u.startswith(("%", "phần trăm", "điểm %", "điểm phần trăm")):
        return "%"
    if u.startswith("‰"):
        return "‰"
    head, _, per = u.partition("/")
    head_words = [w for w in head.replace(",", " , ").split() if w not in SCALE_WORDS]
    head = " ".join(head_words).split(" , ")[0].strip(" ,")
    if head in MONEY:
        head = "money"
        if per_day:  # (s33g) an amount a day ("150 USD/ngày" a visitor spends) is no amount a visit, a head or a year
            per = f"{per}/ngày" if per else "ngày"
    head = ABBREVIATIONS.get(head, head)  # "15 HTX", "12 KCN", "1.200 DN": the counted noun abbreviated
    per = words(per).replace("trên ", "") if per else ""
    per = LEADING_NUMBER.sub("", per).replace("người năm", "người").replace("ha năm", "ha")
    return f"{head}/{per}" if per else head


def _units(text: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFKC", u.strip()) for u in text.split("|") if u.strip())


@functools.lru_cache(maxsize=None)  # the gazetteer's own names only: a few thousand, kept for the process's life
def _vocabulary_words(name: str) -> str:
    """`words(name)` of a name or alias of the gazetteer. `gazetteer` and then `_all_names` read all of them in the same
    order: more than `words`' cache holds (CACHE_NAMES), so the second pass missed every one and normalised the whole
    vocabulary again (2.2 s of CPU, once in each process, at its first heading-completed name)."""
    return words(name)


@functools.lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, Indicator], dict[str, list[str]]]:
    """id -> Indicator; normalised (sorted) words of a name or alias -> ids, in file order."""
    indicators: dict[str, Indicator] = {}
    by_key: dict[str, list[str]] = {}
    for row in load_tsv(DATA / "indicators.tsv", header=True):
        ind_id, name, unit, group, source = (c.strip() for c in row[:5])
        indicators[ind_id] = Indicator(ind_id, name, _units(unit), group, source)
        by_key.setdefault(key(_vocabulary_words(name)), []).append(ind_id)
    for row in load_tsv(DATA / "indicator_aliases.tsv", header=True):
        alias, ids = row[0].strip(), row[1].strip()
        for ind_id in ids.split("|"):
            if ind_id in indicators:
                ids_for = by_key.setdefault(key(_vocabulary_words(alias)), [])
                if ind_id not in ids_for:
                    ids_for.append(ind_id)
    return indicators, by_key


@functools.lru_cache(maxsize=1)
def sources() -> dict[str, str]:
    """source key -> the document it stands for."""
    return {row[0].strip(): row[1].strip() for row in load_tsv(DATA / "indicator_sources.tsv", header=True)}


def group_of(ind_id: str | None) -> str | None:
    """The group of the indicator `ind_id` ("environment", "health" …), None for None."""
    return gazetteer()[0][ind_id].group if ind_id is not None else None


@functools.lru_cache(maxsize=1)
def indicator_groups() -> dict[str, str]:
    """canonical name -> its group ("economy", "health", …), for reports: the names and groups of
    `gazetteer()`'s indicators (the last row of an id), read from the file without building the
    gazetteer (the review index, in a run's own process, needs no name patterns)."""
    rows: dict[str, tuple[str, str]] = {}
    for row in load_tsv(DATA / "indicators.tsv", header=True):
        ind_id, name, _unit, group = (c.strip() for c in row[:4])
        rows[ind_id] = (name, group)
    return dict(rows.values())


def _fits(ind: Indicator, family: str) -> bool:
    """The value's unit is one the indicator comes in (a value without a unit fits nothing)."""
    if not family:
        return False
    head, _, per = family.partition("/")
    if per and head in RATE_HEADS and f"/{per}" in ind.units:
        return True  # (s25g3) a rate per 100,000 with its count noun said ("trẻ/100.000 trẻ em", "ca/100.000 dân"): the rate
    if per and (per in PER_RATIO or per.endswith("ngày")) and family not in ind.units:
        return False  # an amount per head or per hectare ("triệu đồng/người", "tấn/ha") is a ratio, never the total; (s33g) an
        # amount a day ("USD/ngày", `unit_family`) never the amount a visit or a year either
    return family in ind.units or head in ind.units or (head.startswith("lượt ") and head[5:] in ind.units)  # "lượt người": people, counted per time


# What a ratio is per: a head of population or of labour, a hectare. A value per one of them is another quantity than
# the total its head names ("GRDP" in "triệu đồng/người" is the product per head, "Sản lượng lúa" in "tấn/ha" the yield).
PER_RATIO = frozenset({"người", "dân", "lao động", "ha", "hộ"})
# The count nouns a rate per 1,000 or 100,000 names before its base ("5 trẻ/100.000 trẻ em", "ca mắc/100.000 dân"): the
# cases or the people the rate counts, never another quantity (s25g3)
RATE_HEADS = frozenset({"ca", "ca mắc", "ca tử vong", "ca chết", "người", "trẻ", "trẻ em", "trường hợp", "người chết", "người tử vong"})


def _variants(name_words: str, family: str) -> list[str]:
    out = [name_words]
    stripped = LEADING_VERB.sub("", name_words)
    if stripped != name_words:
        out.append(stripped)
    if family.startswith("lượt") and not regex.search(r"\blượt\b", name_words):  # "Số khách du lịch" in lượt: the visits counted
        out.append("lượt " + regex.sub(r"^số ", "", name_words))
    if family.startswith("lượt") and regex.search(r"\blượt\b", name_words):  # "Đón [5 triệu] lượt khách": the unit's word left where the number was
        out.append(" ".join(regex.sub(r"\blượt\b", " ", name_words).split()))
    for w in list(out):  # a share the name calls one is written either way ("Tỷ lệ/Tỷ trọng lao động nông nghiệp"); (s26g1) the
        # ratios the statistical system calls "tỷ số" (LTK: "Tỷ số giới tính khi sinh", "Tỷ số tử vong mẹ", "Tỷ số phụ thuộc")
        # plans call "tỷ lệ" as often: the unit still says which
        for said, other in (("tỷ lệ", "tỷ trọng"), ("tỷ trọng", "tỷ lệ"), ("tỷ lệ", "tỷ số")):
            if regex.search(rf"\b{said}\b", w):
                out.append(regex.sub(rf"\b{said}\b", other, w))
    for w in list(out):
        if family == "%" and not w.startswith(("tỷ lệ", "tỷ trọng", "tốc độ", "mức", "chỉ số", "tỷ số", "tỷ suất")):
            out.append(regex.sub(r"^số ", "", w) if w.startswith("số ") else w)
            out.append("tỷ lệ " + regex.sub(r"^số ", "", w))
            if regex.search(r"\bso với\b", w):  # a part named with its whole ("kinh tế số chiếm 45% grdp"): its share
                out.append("tỷ trọng " + w)
        elif family and family != "%" and w.startswith("số ") and len(w.split()) > 2:
            out.append(w[3:])  # (s29g) a count named "Số X" where the source names X in the unit's noun ("Số đoàn viên được …")
        elif family and family != "%" and not w.startswith("số "):
            out.append("số " + w)
            noun = words(family.split("/")[0]) if family != "money" else ""
            if noun and noun not in w:  # the counted noun only in the unit: "Thành lập mới 1.200 doanh nghiệp"
                out.append(f"số {noun} {w}")
        if family == "money" and w.startswith("sự nghiệp "):  # a budget table's spending line: "Sự nghiệp y tế"
            out.append("chi " + w)
        if family.endswith("/người") and "bình quân đầu người" not in w:  # "GRDP" in "triệu đồng/người": per head
            out.append(f"{w} bình quân đầu người")
        if "/" in family and family.split("/")[1] not in w:
            out.append(f"{w} trên {family.split('/')[1]}")
            out.append(f"số {w} trên {family.split('/')[1]}")
    if family == "ha":  # "Trồng rừng mới 5.000 ha": the area, its measure said by the unit
        out.extend(f"diện tích {w}" for w in list(out) if not w.startswith("diện tích "))
    return list(dict.fromkeys(out))


# (s26g3) Qualifiers of how often, how much at a time and how a thing is done, which do not change what is counted: "2 lần/năm",
# "ít nhất 2 lần trong năm", "liều cao" (vitamin A's dose), "kịp thời", "đầy đủ, kịp thời", "(theo) đúng quy định (của pháp
# luật)", "bảo đảm theo quy định", (s35g) "đúng quy cách" (a helmet worn properly), "thường xuyên", "liên tục" closing the name. A name that fits nothing as said is tried
# without them, one or all; the canonical names keep theirs, so a qualifier the indicator states ("khám thai từ 4 lần",
# "tập luyện thể dục, thể thao thường xuyên", "số liệu … được truyền về kịp thời") must still be said, and a different one
# never matches it. A frequency is kept where the name says "định kỳ" (its period is the indicator's: once a year).
QUALIFIERS = (
    regex.compile(r"(?<!\S)(?:(?:ít nhất|tối thiểu|từ) )?\d{1,2} (?:lần|đợt)(?: (?:trong |mỗi |một |trên )?(?:năm|quý|tháng))?(?: trở lên)?(?!\S)"),
    regex.compile(r"(?<!\S)liều cao(?!\S)"),
    regex.compile(r"(?<!\S)(?:đầy đủ )?kịp thời(?: đầy đủ)?(?!\S)"),
    regex.compile(r"(?<!\S)(?:(?:bảo đảm|đúng|theo|đạt) )*(?:đúng |theo )(?:quy định(?: pháp luật| hiện hành)?|quy cách)$"),
    regex.compile(r"(?<!\S)(?:thường xuyên|liên tục)$"),
)
# Where a qualifier is part of what is named: a frequency where the name says "định kỳ"; "thường xuyên" of the recurrent budget
# ("chi thường xuyên", "chi … thường xuyên"), of continuing education ("giáo dục thường xuyên") or of an area often hit ("khu
# vực thường xuyên …")
QUALIFIER_KEPT = (regex.compile(r"\bđịnh kỳ\b"), None, None, None, regex.compile(r"\bchi\b|\bgiáo dục\b|\bkhu vực\b"))


def _qualifiers_dropped(name_words: str) -> list[str]:
    """`name_words` without each qualifier of `QUALIFIERS` it says, then without all of them (none when it says none)."""
    found = [q for q, kept in zip(QUALIFIERS, QUALIFIER_KEPT) if q.search(name_words) and not (kept and kept.search(name_words))]
    out = [" ".join(q.sub(" ", name_words).split()) for q in found]
    if len(found) > 1:
        bare = name_words
        for q in found:
            bare = q.sub(" ", bare)
        out.append(" ".join(bare.split()))
    return [w for w in dict.fromkeys(out) if w != name_words and len(w) >= 4]


def _match_words(name_words: str, family: str) -> Indicator | None:
    if len(name_words) < 4:
        return None
    found = _match_said(name_words, family)
    for bare in _qualifiers_dropped(name_words) if found is None else ():
        found = found or _match_said(bare, family)
    return found


def _match_said(name_words: str, family: str) -> Indicator | None:
    indicators, by_key = gazetteer()
    variants = _variants(name_words, family)
    for exact in (True, False):  # a unit the indicator names in full ("giường bệnh/vạn dân") before its head alone
        for variant in variants:
            for ind_id in by_key.get(key(variant), ()):
                ind = indicators[ind_id]
                if (family in ind.units) if exact else _fits(ind, family):
                    return ind
    return None


@functools.lru_cache(maxsize=1)
def _measures() -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(measure words, product class, indicator id), longest measure first; product words -> class."""
    measures = [(m.strip() if m.strip() == "*" else words(m), cls.strip(), ind_id.strip())
                for m, cls, ind_id, *_ in load_tsv(DATA / "indicator_measures.tsv", header=True)]
    products = {" ".join(spelling(p).split()): cls.strip() for p, cls, *_ in load_tsv(DATA / "products.tsv", header=True)}
    return sorted(measures, key=lambda m: -len(m[0])), products


# Words around a product that do not change which product it is ("Sản phẩm chè", "Rau các loại").
PRODUCT_PREFIX = regex.compile(r"^(?:sản phẩm|cây|quả|trái|con|đàn) ")
PRODUCT_SUFFIX = regex.compile(r" (?:các )?loại$")
MAX_PRODUCT_WORDS = 8  # the longest product with its prefix ("sản phẩm cây công nghiệp lâu năm")


@functools.lru_cache(maxsize=1)
def _product_starts() -> frozenset[str]:
    """The words a product (or its prefix) can start with: where a product inside a name is looked for."""
    return frozenset(p.split()[0] for p in _measures()[1]) | {"sản", "cây", "quả", "trái", "con", "đàn"}


@functools.lru_cache(maxsize=4096)
def product_class(phrase: str | None) -> str | None:
    """The class ("annual_crop", "perennial_crop", "livestock" …) of a product or of a list of
    products of one class ("Mận, mơ", "Rau các loại", "Sản phẩm chè", "cà phê nhân"), else None:
    every word must belong to a product."""
    if not phrase:
        return None
    products = _measures()[1]
    s = PRODUCT_SUFFIX.sub("", " ".join(regex.findall(r"[\p{L}\p{M}]+", spelling(phrase))))
    for form in dict.fromkeys((s, PRODUCT_PREFIX.sub("", s))):  # "cây ăn quả" is a product, "cây cao su" is "cao su"
        tokens = [t for t in form.split() if t != "và"]
        classes: set[str] = set()
        i = 0
        while i < len(tokens):
            for j in range(len(tokens), i, -1):  # the longest product starting here
                cls = products.get(" ".join(tokens[i:j]))
                if cls:
                    classes.add(cls)
                    i = j
                    break
            else:
                break
        if tokens and i == len(tokens) and len(classes) == 1:
            return classes.pop()
    return None


def bare_measure(indicator: str | None) -> bool:
    """The name is only a measure ("Lượng", "Giá trị", "Diện tích"): what it measures is in the
    target's part or in the title of its table."""
    name_words = words(indicator or "")
    return bool(name_words) and any(name_words == m for m, _, _ in _measures()[0])


# Titles of trade tables: there, a crop's "Sản lượng" or "Diện tích" may be the traded quantity or
# the growing area for export, not the harvest; no crop measure is read under them.
TRADE_TITLE = ("xuất khẩu", "nhập khẩu")


def _measure_of_product(name_words: str, scope: str | None, family: str, title: str | None) -> Indicator | None:
    """"Sản lượng cà phê nhân" (tấn), "Diện tích" for the row "Chè" (ha): the statistical indicator
    of that measure, broken down by product; "Lượng" under a title about exports: the export volume."""
    indicators = gazetteer()[0]
    title_words = " " + " ".join(regex.findall(r"[\p{L}\p{M}]+", spelling(title or ""))) + " "
    for measure, cls, ind_id in _measures()[0]:
        if cls.startswith("title:"):
            ind = indicators.get(ind_id)
            subject = words(cls[len("title:"):])
            if name_words == measure and ind and _fits(ind, family) and f" {subject} " in title_words:
                return ind
            continue
        if measure == "*" or (name_words == measure and any(f" {t} " in title_words for t in TRADE_TITLE)):
            continue
        if name_words == measure:
            product = scope
        elif name_words.startswith(measure + " "):
            product = name_words[len(measure) + 1:]
        else:
            continue
        ind = indicators.get(ind_id)
        if ind and product_class(product) == cls and _fits(ind, family):
            return ind
    return None


# (s31g) A bare yield ("Năng suất", "Năng suất bình quân" in tấn/ha) whose crop only a heading above names ("I. TÁI CANH CÀ
# PHÊ", the plan's title "… tái canh cà phê …"): the yield of that crop (the statistical system's yield is by crop, LTK). Only
# the yield: what is done to the crop ("tái canh", "ghép cải tạo") does not change what a yield per hectare measures, while a
# bare area or output under such a heading may be the area replanted. The nearest heading that names a product decides, and
# it must name products of one class only; a product of one syllable that is also a common word ("tiêu" in "chỉ tiêu", "điều"
# in "Điều 1", "đào" in "đào tạo", "cam" in "cam kết", "hồi" in "phục hồi") is never read from a heading.
HEADING_MEASURES = frozenset({"năng suất"})
HEADING_PRODUCT_WORDS = frozenset("lúa ngô sắn mía chè xoài chuối dứa nhãn bưởi quýt lợn heo".split())


def _products_in(text: str) -> set[str]:
    """The classes of the products `text` names, each a product of the list as a whole (several syllables, one of
    HEADING_PRODUCT_WORDS, or one syllable after its classifier: "cây lạc", "cây điều")."""
    tokens = regex.findall(r"[\p{L}\p{M}]+", spelling(text))
    products, classes, i = _measures()[1], set(), 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + MAX_PRODUCT_WORDS), i, -1):
            said = " ".join(tokens[i:j])
            phrase = PRODUCT_PREFIX.sub("", said)  # one product as the list names it ("cây cà phê": "cà phê")
            # one syllable only when it is no common word or its classifier says it is the crop or animal ("cây lạc")
            if phrase in products and (" " in phrase or phrase in HEADING_PRODUCT_WORDS or phrase != said):
                classes.add(products[phrase])
                i = j
                break
        else:
            i += 1
    return classes


def measure_under_heading(indicator: str | None, unit: str | None, headings: list[str]) -> Indicator | None:
    """The yield of the crop the nearest heading naming a product names, for a bare yield (see above); else None.
    `headings`: the texts above the line, nearest first (its own sentence first)."""
    name_words = words(indicator or "")
    if name_words not in HEADING_MEASURES:
        return None
    family = unit_family(unit)
    for heading in headings:
        classes = _products_in(heading)
        if not classes:
            continue
        if len(classes) > 1:
            return None
        cls = classes.pop()
        for measure, measure_cls, ind_id in _measures()[0]:
            ind = gazetteer()[0].get(ind_id)
            if measure == name_words and measure_cls == cls and ind is not None and _fits(ind, family):
                return ind
        return None
    return None


def match_indicator(indicator: str | None, unit: str | None, scope: str | None = None,
                    title: str | None = None, whole: str | None = None, change: bool = False,
                    before: str | None = None) -> Indicator | None:
    """The canonical indicator `indicator` (with values in `unit`) is, when one fits; else None: a topical indicator of
    the statistical and sectoral systems first (`_topical`), and only when none fits, the generic kind of output of the
    plan's own activity (`activity_indicator`: "Tổ chức 20 lớp tập huấn …" is a count of training classes, whatever the
    topic). A change of a count ("tăng 5 lớp") is no activity output. `before`: the line's words before the value, when
    the extractor named the target "Số …" from the words after it ("Lắp đặt 200 camera …" read "Số camera …"): the
    activity kinds read the verb of the value's clause there."""
    found = _topical(indicator, unit, scope, title, whole, change)
    return found if found is not None else activity_match(indicator, unit, scope, change, before)


def activity_match(indicator: str | None, unit: str | None, scope: str | None = None, change: bool = False,
                   before: str | None = None) -> Indicator | None:
    """The activity kind of `match_indicator`, without the topical indicators (for a caller that has tried those): none
    for a change of a count, unless the name or the clause's verb makes something new ("Xây dựng mới 12 công trình").
    New capacity of a kind the statistical system counts (`capacity_indicator`: "Xây mới 240 phòng học") comes first."""
    if (capacity := capacity_indicator(indicator, unit, scope, before, change)) is not None:
        return capacity
    if not change or ACTIVITY_NEW.match(_activity_words(indicator)) or ACTIVITY_NEW.match(_clause_verb(before)):
        return activity_indicator(indicator, unit, scope, before)
    return None


def _topical(indicator: str | None, unit: str | None, scope: str | None = None,
             title: str | None = None, whole: str | None = None, change: bool = False, parts: bool = True) -> Indicator | None:
    """The topical canonical indicator `indicator` (with values in `unit`) is, when one fits; else None.

    `scope` is the part the target is for, as the extractor found it (a table's item column, the
    group a row sits in). The name and the scope together are tried first ("Dịch vụ" in the group
    "Cơ cấu kinh tế"; "Tốc độ tăng trưởng GRDP" for its part "Dịch vụ" is the services' growth, not
    the GRDP's), then the name alone, then a measure of a product ("Diện tích" in the row "Cà phê");
    a bare amount ("Lượng") is read with the `title` its table stands under.

    `change`: the text says the value is a rise or a fall ("Tỷ lệ hộ nghèo giảm 1,5%"), not the level reached ("giảm
    còn 1,5%"): a share in % is then read as its change, as a value per year is, and never as the level.

    `whole` is what a share is of, when the text names it after the value ("đạt 30% GRDP", "2% tổng chi ngân
    sách"): a name that is only that whole ("GRDP") says what the share is of, not what it measures, so it is
    never read as the whole's own indicator (the GRDP's growth, the total spending)."""
    if not indicator:
        return None
    if "(" in indicator:
        # words in parentheses are still the name's: read with them first ("… suy dinh dưỡng (thể thấp còi)" is the
        # stunting, "… qua đào tạo (có bằng cấp, chứng chỉ)" the certified share), then as a gloss left out
        found = _topical(PARENTHESES.sub(lambda m: f" {m.group(1)} ", indicator), unit, scope, title, whole, change, parts=False)
        if found is not None:
            return found
    action, _, measure = indicator.rpartition(",")
    if action and MEASURE_HEAD.match(measure.strip()) and not MEASURE_HEAD.match(action.strip()):
        # "Phục hồi và phát triển rừng ngập mặn, diện tích rừng ngập mặn": an action, then the measure of its result
        found = _topical(measure.strip(), unit, scope, title, whole, change, parts=False)
        if found is not None:
            return found
    ratio = SHARE_AS_RATIO.match(indicator)
    if ratio:
        # "Số hộ nghèo/tổng số hộ": a share written as its numerator over its base; in % it is the share ("Tỷ lệ hộ nghèo trên
        # tổng số hộ", whose restated base goes), in the numerator's unit the count
        said = f"Tỷ lệ {ratio['part']} trên tổng số {ratio['base']}" if unit_family(unit) == "%" else f"Số {ratio['part']}"
        return _topical(said, unit, scope, title, whole, change, parts=False)
    name_words = words(indicator)
    if whole and set(LEADING_VERB.sub("", name_words).split()) <= set(words(whole).split()):
        return None
    family = unit_family(unit)
    found = _match_words(f"{name_words} {words(scope)}", family) if scope else None  # the part named: the narrower indicator
    per_year = family in ("%", "‰") and (change or bool(PER_YEAR.search(spelling(unit or "").strip())))
    if found is None and per_year:  # "Tỷ lệ hộ nghèo (giảm bình quân) 1,5%/năm": a change a year, never a level
        for name in dict.fromkeys((name_words, LEADING_VERB.sub("", name_words))):
            found = found or _a_change(_match_words(f"giảm {name}", family)) or _a_change(_match_words(f"tốc độ tăng {name}", family))
    if found is None:
        found = _match_words(name_words, family)
        if found is not None and per_year and LEVEL_SHARE.match(found.name) and not CHANGE_WORD.search(found.name):
            found = None  # a level share ("Tỷ lệ che phủ rừng") cannot be a value per year
    if found is None and family == "%" and name_words.startswith("tỷ lệ ") and len(name_words.split()) > 3:
        found = _share_named_after_its_value(name_words[len("tỷ lệ "):], family, per_year)
    if found is None and whole and family == "%":  # "Tỷ lệ chi cho R&D đạt 2% GRDP": the rate read with what it is of
        for joined in (f"{name_words} so với {words(whole)}", f"{name_words} trong {words(whole)}"):
            found = found or _match_words(words(joined), family)
        if found is not None and per_year and LEVEL_SHARE.match(found.name) and not CHANGE_WORD.search(found.name):
            found = None
    if found is None and family == "%":
        found = _change_of_level(name_words, per_year)
    if found is None and family not in ("%", "‰", ""):
        found = _added_to_a_level(name_words, family)
    if found is None:
        found = _measure_of_product(name_words, scope, family, title)
    if found is None:
        found = _product_inside(name_words, family)
    if found is not None and _two_joined(indicator, found):
        found = None
    made = MAKING.match(name_words) and not family.startswith("money")  # a count made, not a budget line ("Xây dựng cơ bản")
    if (change or made) and family not in ("%", "‰", "") and found is not None \
            and not FLOW.search(found.name):
        found = _match_words(f"{name_words} tăng thêm", family) if "giảm" not in name_words else None
    if found is not None and not change and not made and TOTAL.match(indicator.strip()) and ADDED_SAID.search(found.name) \
            and not ADDED_SAID.search(name_words) and not ADDED_SAID.search(indicator):
        found = None  # "Tổng số trạm quan trắc … của tỉnh": the stock reached, never what a period adds ("… đầu tư mới")
    if found is not None and found.group == "land" and title and LAND_FLOW_TITLE.search(spelling(title)):
        found = None  # a land type in a table of land recovered, converted or brought into use: not the area in use
    if found is not None and scope and FLOW_PART.match(words(scope)) and not FLOW.search(found.name) \
            and _match_words(f"{name_words} {words(scope)}", family) is None:
        found = None  # "Số hợp tác xã đang hoạt động: 6; thành lập mới 2": the part is what is added, never the stock
    if found is not None and scope:
        found = _in_the_area_said(found, name_words, scope, family)
    if found is None and parts and not scope:
        found = _broken_down(indicator, unit, title, whole, change)
    if found is None and parts and not scope:
        found = _by_field(indicator, unit, title, whole, change)
        if found is None:
            found = _by_school_level(indicator, unit, title, whole, change)
    return found


# ---- an indicator broken down by the population or place named after it (s27g1) ----
# Plans name the part an indicator is for after it: the population or place joined by "của / thuộc / tại / ở / trên địa bàn /
# trong" ("Tỷ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi thuộc hộ nghèo, hộ cận nghèo", "Năng suất lao động của
# khu vực kinh tế tư nhân", "Tỷ lệ mắc lao mới trong cộng đồng dân cư các xã đặc biệt khó khăn"), or an area written
# straight after it ("Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số", "… khu vực nông thôn"); a budget line names where it
# is collected from ("Thuế tiêu thụ đặc biệt thu từ hàng hóa sản xuất trong nước", TT 324/2016/TT-BTC's sub-items). The
# statistical systems break their indicators down so (TT 37/2018/TT-BKHĐT: "phân theo thành thị/nông thôn, dân tộc, …";
# the budget's items by sub-item): when the name as said fits nothing, the indicator its head names is meant, broken down
# by the tail, which the target's `scope` then names (`Breakdown.part`; the id is joined with `scope`, pipeline/model.py).
# The tail must be the population or place only: one that says what is done, reached or held ("đạt …", "được …", "có …",
# "theo kế hoạch"), when or how fast ("trong năm", "trong vòng 48 giờ"), a base ("trong tổng số …") or abroad/at home
# ("ở nước ngoài", "trong nước": another flow) changes what is counted, and there is no match.
BREAKDOWN_AT = regex.compile(r"(?<!\bnhà)(?:\s*,)?\s+(?:(?:của|thuộc|tại|ở|trên địa bàn|trong)\s+(?=\S)|(?=(?:vùng|khu vực)\s+\S))", regex.IGNORECASE)
BREAKDOWN_BY_SOURCE = regex.compile(r"\s+(?=thu từ\s+\S)", regex.IGNORECASE)  # a revenue item by where it is collected (money)
# (s32g) passengers and goods carried by the mode that carries them ("Sản lượng hành khách vận chuyển bằng xe buýt"): the
# statistical system breaks its transport indicators down by mode (Luật Thống kê's annex, "Số lượt hành khách vận chuyển và
# luân chuyển", "Khối lượng hàng hóa vận chuyển và luân chuyển": phân tổ ngành vận tải: đường bộ, đường sắt, đường thủy nội
# địa, đường biển, hàng không; the bus is road transport's own kind, NĐ 10/2020/NĐ-CP)
BREAKDOWN_BY_MODE = regex.compile(r"\s+bằng\s+(?=(?:xe buýt|xe khách|xe taxi|taxi|đường bộ|đường sắt|tàu hỏa|đường thủy(?: nội địa)?"
                                  r"|đường biển|tàu biển|đường hàng không|hàng không|máy bay)(?![\p{L}\p{M}]))", regex.IGNORECASE)
BREAKDOWN_NEVER = regex.compile(
    r"(?<![\p{L}\p{M}])(?:đạt|được|có|không|chưa|theo|hoàn thành|tham gia|sử dụng|bị|mới|tăng|giảm|thêm|so với|tổng|(?<!thiểu |dân )số|chiếm|kế hoạch"
    r"|đó|và|hoặc|năm|tháng|quý|tuần|ngày|giờ|vòng|thời hạn|thời gian|giai đoạn|kỳ|nhiệm kỳ|lần|đợt|nước ngoài|trong nước|(?<!nhà |cấp )nước|nhóm|diện"
    r"|cơ cấu|môi trường|hệ thống|phạm vi|mức|độ tuổi lao động|gắn|kể từ|trước|sau|khi|để|nhằm|với|cho|từ|đến|trở lên"
    r"|quy định|tiêu chí|tiêu chuẩn|chuẩn|cấp(?! nước)|do|bằng|qua|về|tổ chức|thực hiện|triển khai|ứng dụng|áp dụng|xử lý|thu gom"
    # (s29g) what the counted do is no part of them: "Doanh nghiệp trong khu công nghiệp lắp điện mặt trời mái nhà" are the
    # firms that install it, not the active firms of the parks
    r"|lắp|lắp đặt|trang bị|đầu tư|xây mới|trồng|chuyển đổi|đăng ký|kết nối|xuất khẩu|nhập khẩu|vay|nộp|ký kết|hưởng)(?![\p{L}\p{M}])",
    regex.IGNORECASE)
# (s35h) a guard word that is only a syllable of a compound noun is not that word: "nhà nước" (the state: "hệ thống thông tin
# của các cơ quan nhà nước") is no country at home or abroad, "cấp nước" (water supply: "tại các công trình cấp nước tập trung")
# no level and no grant
# the level of government or of care a count or share is broken down by ("Tỷ lệ hồ sơ thủ tục hành chính cấp xã giải quyết đúng
# hạn", "bệnh viện tuyến tỉnh"): the indicator of every level, the level in `scope`
BUDGET_OF_LEVEL = regex.compile(r"(?i)\bngân sách\s*$")  # a level said right after "ngân sách" names the budget of that level
BREAKDOWN_LEVEL = regex.compile(r"(?<![\p{L}\p{M}])(?:cấp|tuyến) (?:xã|huyện|tỉnh|trung ương)(?![\p{L}\p{M}])", regex.IGNORECASE)
# (s35g) the level said with the bodies of it ("Tỷ lệ hồ sơ công việc tại cơ quan cấp tỉnh được xử lý trên môi trường mạng"; QĐ
# 749/QĐ-TTg writes "tại cấp tỉnh"): the bodies where the work is done go with their level
LEVEL_WITH_BODIES = regex.compile(r"(?<![\p{L}\p{M}])(?:tại (?:các )?cơ quan(?:,? đơn vị)? )?(?P<level>(?:cấp|tuyến) (?:xã|huyện|tỉnh|trung ương))"
                                  r"(?![\p{L}\p{M}])", regex.IGNORECASE)
# Not broken down by a level: what the plan does at that level ("Tổ chức giải thể thao cấp tỉnh": the kind of event it holds,
# an activity). (Nor is an index, by anything: "Chỉ số chuyển đổi số của doanh nghiệp" is the firms' own index, not the
# province's for its firms.)
BREAKDOWN_NOT_OF = regex.compile(r"(?:phấn đấu )?(?:tổ chức|mở|xây dựng|thực hiện|triển khai|tiến hành|đón|phát triển|hỗ trợ|tập huấn"
                                  r"|bồi dưỡng|tuyên truyền|kiểm tra|thanh tra|cử|tham gia)(?![\p{L}\p{M}])")
# A tail that only says "here" or "at the grassroots" ("Giải quyết việc làm tại tỉnh/tại địa phương": at home, against
# abroad; "… ở cơ sở") names no part a researcher can join on. (s35g) Said with "của" in the middle of the name, before what
# is said of the counted ("Tỷ lệ hồ sơ thủ tục hành chính của xã được giải quyết đúng hạn" in a commune's plan), it is whose
# they are, the plan's own territory, as all its units are ("trung tâm học tập cộng đồng tại các xã, phường hoạt động hiệu
# quả"): the name without it is the indicator, for no part ("tại tỉnh" in the middle may still set home against abroad).
VAGUE_PARTS = frozenset({"cơ sở", "địa phương", "tỉnh", "huyện", "xã", "thành phố", "đơn vị", "cộng đồng", "nơi", "đây", "chỗ"})
# (s35g) "hoạt động (hiệu quả)" is said of the counted too ("trung tâm học tập cộng đồng tại các xã, phường hoạt động hiệu quả")
BREAKDOWN_SAID = regex.compile(r"\s+(?=(?:được|đạt|có|không|chưa|tham gia|sử dụng|hoàn thành|hoạt động)(?![\p{L}\p{M}]))",
                               regex.IGNORECASE)
BREAKDOWN_SOURCE_NEVER = regex.compile(r"(?<![\p{L}\p{M}])(?:đạt|được|không|chưa|tăng|giảm|so với|kế hoạch)(?![\p{L}\p{M}])", regex.IGNORECASE)


# Who a share counts, as its canonical name says it (the head of a name broken down must say it too).
POPULATION = regex.compile(r"(?<![\p{L}\p{M}])(?:dân số|người|hộ|trẻ|lao động|phụ nữ|học sinh|sinh viên|doanh nghiệp|hợp tác xã|xã|huyện|thôn"
                           r"|trường|cơ sở|bệnh viện|trạm|khu công nghiệp|cụm công nghiệp|làng|công trình|dự án|hồ sơ|thủ tục)(?![\p{L}\p{M}])")


@dataclass(frozen=True)
class Breakdown(Indicator):
    """A canonical indicator read off the head of a name, broken down by the part its tail names (`part`, for `scope`)."""

    part: str = ""


def _broken_down(indicator: str, unit: str | None, title: str | None, whole: str | None, change: bool) -> Breakdown | None:
    """The indicator the head of `indicator` names, broken down by the population or place its tail names (see above),
    the longest head first; None when no head fits or the tail says more than who or where."""
    family = unit_family(unit)
    name_words = words(indicator)
    if name_words.startswith("chỉ số "):
        return None
    cuts = [(m.start(), m.end(), BREAKDOWN_NEVER, True) for m in BREAKDOWN_AT.finditer(indicator)]
    if family.startswith("money"):
        cuts += [(m.start(), m.end(), BREAKDOWN_SOURCE_NEVER, True) for m in BREAKDOWN_BY_SOURCE.finditer(indicator)]
    # the mode stays in the indicator's text, as a product does (no sub-area or group for `scope`)
    cuts += [(m.start(), m.end(), BREAKDOWN_NEVER, False) for m in BREAKDOWN_BY_MODE.finditer(indicator)]
    for start, end, never, part in sorted(cuts, reverse=True):
        head, tail, rest = indicator[:start].strip(" ,;:-"), indicator[end:].strip(" ,;:.-"), ""
        if never is BREAKDOWN_NEVER and (verb := BREAKDOWN_SAID.search(tail)) is not None:
            # the part in the middle, before what is said of the counted ("Tỷ lệ phụ nữ mang thai ở vùng đồng bào dân tộc thiểu
            # số được khám thai …"): the name without it
            tail, rest = tail[:verb.start()].strip(" ,;:.-"), tail[verb.end():]
        tail_words = words(tail)
        if tail_words in VAGUE_PARTS:
            if rest and (indicator[start:end].split()[-1].lower() == "của" or tail.lower().startswith("các ")) \
                    and len(set(words(head).split()) - HEADING_MEASURE) >= 2 and not never.search(tail) \
                    and (found := _topical(f"{head} {rest}", unit, None, title, whole, change, parts=False)) is not None \
                    and found.group != ACTIVITY_GROUP:
                return found  # (s35g) whose they are, in the middle of the name: the plan's own territory, no part
            continue
        if not regex.search(r"\p{L}{2}", regex.sub(r"(?i)\b[ivxl]+\b", "", tail_words)) or never.search(" ".join(TOKEN.findall(spelling(tail)))) or len(set(words(head).split()) - HEADING_MEASURE) < 2:
            continue
        found = _topical(f"{head} {rest}".strip(), unit, None, title, whole, change, parts=False)
        if found is None or found.group == ACTIVITY_GROUP or "đầu người" in words(found.name):
            continue  # (an amount per head "của người lao động" is another quantity: the worker's, not the population's)
        if family in ("%", "‰") and POPULATION.search(words(found.name)) and not POPULATION.search(words(head)):
            continue  # a share whose head leaves out whom it counts ("Tỷ lệ phủ sóng 5G tại các KCN" is not the population's
            # coverage): the tail may be what is counted, not where
        return Breakdown(found.id, found.name, found.units, found.group, found.source, tail) if part else found
    if (area := _by_area(indicator, unit, title, whole, change)) is not None:
        return area
    for level in LEVEL_WITH_BODIES.finditer(indicator if not BREAKDOWN_NOT_OF.match(name_words) else ""):
        # the level of government or care it is for, said inside the name
        head = f"{indicator[:level.start()]} {indicator[level.end():]}".strip(" ,;:-")
        if len(set(words(head).split()) - HEADING_MEASURE) < 2:
            continue
        found = _topical(head, unit, None, title, whole, change, parts=False)
        if found is not None and BUDGET_OF_LEVEL.search(indicator[:level.start()]) and "nhà nước" in words(found.name):
            continue  # (s29g) "Thu ngân sách cấp huyện" is the district budget's revenue (with its transfers), a local budget's:
            # no part of the state budget revenue collected on the territory (a local budget is broken down by level, the
            # state budget collected is not: "Chi ngân sách cấp huyện" stays the local spending's part)
        if found is not None and found.group != ACTIVITY_GROUP and not BREAKDOWN_LEVEL.search(found.name):
            if level.group("level").split()[-1].lower() in words(found.name).split():
                return found  # the level the indicator's own name says ("trạm y tế tuyến xã" are the commune's stations)
            return Breakdown(found.id, found.name, found.units, found.group, found.source, level.group("level").strip())
    return None


# (s34g) The area written straight after whom a share counts ("Tỷ lệ hộ dân nông thôn được sử dụng điện lưới quốc
# gia", "Tỷ lệ lao động khu vực nông thôn …"): the statistical systems break their household and population indicators down
# by thành thị / nông thôn (TT 37/2018/TT-BKHĐT, Luật Thống kê's annex: "phân tổ: thành thị/nông thôn"), so the name without
# the area is the indicator, the area its part. Never when the indicator has its own area wording (an alias of it with the
# area, or another indicator, e.g. rural_clean_water: then the name as said would have fitted, or it is another one).
# (s36h) and after the household waste a population makes ("Tỷ lệ chất thải rắn sinh hoạt đô thị được chôn lấp trực tiếp"): the
# sources set their waste targets by area (QĐ 450/QĐ-TTg: chất thải rắn sinh hoạt đô thị / nông thôn được thu gom, xử lý)
AREA_OF_POPULATION = regex.compile(r"(?<![\p{L}\p{M}])(?P<who>hộ(?: gia đình| dân)?|dân số|dân cư|người dân|lao động|trẻ em|phụ nữ|học sinh"
                                   r"|chất thải rắn sinh hoạt|nước thải sinh hoạt)"
                                   r"(?P<area>(?:\s+(?:ở|tại|thuộc|khu vực|vùng|địa bàn))*\s+(?:nông thôn(?! mới)|đô thị|thành thị))(?![\p{L}\p{M}])",
                                   regex.IGNORECASE)


WASTE = regex.compile(r"(?i)chất thải|nước thải")


def _by_area(indicator: str, unit: str | None, title: str | None, whole: str | None, change: bool) -> Breakdown | None:
    """The share of `indicator` without the area said after whom it counts, broken down by that area (see above)."""
    m = AREA_OF_POPULATION.search(indicator)
    if m is None or unit_family(unit) != "%":
        return None
    area = AREA.search(words(m["area"]))
    if area is None:
        return None
    found = _topical(f"{indicator[:m.start('area')]} {indicator[m.end('area'):]}".strip(), unit, None, title, whole, change,
                     parts=False)
    if found is None or found.group == ACTIVITY_GROUP:
        return None
    if _names_an_area(found.id):
        return None  # the gazetteer names an area's own indicator of this topic (or this one is an area's): not a part
    if WASTE.match(m["who"]):
        return found  # (s36h) the waste's area stays in the indicator's text, as its urban and rural ids name theirs: no `scope`
    return Breakdown(found.id, found.name, found.units, found.group, found.source, area.group())


@functools.lru_cache(maxsize=None)
def _names_an_area(ind_id: str) -> bool:
    """Whether a name or alias of `ind_id` holds all the words, area aside, of a name that names an area (_area_names):
    read once an indicator, not once a target."""
    return any(rest <= set(_without_base(name)) for name in _names_of(ind_id) for rest in _area_names())


def _without_base(name: list[str]) -> list[str]:
    """(s36h) The words of a name before the base it restates ("… chôn lấp trực tiếp so với lượng chất thải được thu gom"): what
    the share is of says nothing of what is counted, so it never makes the name an area's own ("… được thu gom, xử lý")."""
    for i in range(len(name) - 1):
        if name[i] == "so" and name[i + 1] == "với":
            return name[:i]
    return name


@functools.lru_cache(maxsize=1)
def _area_names() -> tuple[frozenset[str], ...]:
    """The words, area aside, of every name or alias that names an area ("Tỷ lệ lao động qua đào tạo khu vực nông thôn")."""
    area_words = {"nông", "thôn", "đô", "thị", "thành", "khu", "vực"}
    whom = {"tỷ", "lệ", "số", "dân", "hộ", "người", "gia", "đình"}  # a name that says no more than whom ("Tỷ lệ dân số đô thị")
    return tuple(rest for names in _all_names().values() for name in names if AREA.search(" ".join(name))
                 for rest in (frozenset(set(name) - area_words),) if rest - whom)


# ---- an indicator restricted to a field of work (s28g2) ----
# The administrative-procedure, online-service, complaint, inspection, enterprise and investment indicators are broken down
# by field in their sources (indicator_domains.tsv: "phân tổ: lĩnh vực"/"ngành kinh tế"). A plan names the field inside the
# name or after it: "Tỷ lệ hồ sơ thủ tục hành chính về tín ngưỡng, tôn giáo giải quyết đúng hạn", "hồ sơ TTHC lĩnh vực đất
# đai được giải quyết đúng hạn", "giải quyết đơn thư khiếu nại, tố cáo liên quan đến bồi thường, giải phóng mặt bằng thuộc
# thẩm quyền", "số doanh nghiệp thành lập mới ngành du lịch". When the name as said fits nothing and the name without that
# part is one of those indicators, the target takes its id, the field in `scope` (`Breakdown.part`, as a population tail).
# The part runs from its mark ("về", "liên quan đến", "đối với" and what a field is; "lĩnh vực", "ngành" with or without
# "trong/thuộc/của") to what is said of the counted ("được …", "giải quyết …", "thuộc thẩm quyền", "đúng hạn") or the end.
# After "về/liên quan đến/đối với" each of its items must open on a field of the list (a part that says how, when, how fast
# or which cases: "… đúng hạn về thời gian xử lý", "khiếu nại đông người", "hồ sơ về người có công đang quản lý" are no
# field, or change what is counted, and there is no match); a tail is never a measure, a stage, a time or a negation.
FIELD_NAMED = regex.compile(r"(?<![\p{L}\p{M}])(?:(?:trong|thuộc|của|ở|tại|về|đối với|liên quan (?:đến|tới))\s+)?(?:các\s+|mọi\s+)?"
                            r"(?P<mark>lĩnh vực|(?<!(?:liên|chuyên|đa|ban|sở|các) )ngành)\s+(?=\p{L})", regex.IGNORECASE)
FIELD_SAID = regex.compile(r"(?<![\p{L}\p{M}])(?:về|liên quan (?:đến|tới)|đối với)\s+(?=\p{L})", regex.IGNORECASE)
# what is said of the counted after the field: the field ends before it
FIELD_END = regex.compile(r"(?<![\p{L}\p{M}])(?:được|đã|đạt|giải quyết|thuộc|đúng|trước|quá|chậm|có|không|chưa|xử lý|tiếp nhận|thực hiện"
                          r"|cung cấp|trả|hoàn thành|bảo đảm|đảm bảo|so với|trên|trong|thành lập|đang|phát hiện|chiếm|tại|của|ở|cấp"
                          r"|theo|nộp|đăng ký mới|tăng|giảm)(?![\p{L}\p{M}])", regex.IGNORECASE)
# never a field: a measure, a stage, a time, a manner, a negation, which cases ("tồn đọng", "đông người"), the level
FIELD_NEVER = regex.compile(
    r"(?<![\p{L}\p{M}])(?:thời gian|thời hạn|(?<!gia )hạn|tiến độ|số lượng|kết quả|hình thức|phương thức|trực tuyến|điện tử|môi trường mạng"
    r"|số hóa|đúng|trước|chậm|quá|được|đã|chưa|không|đạt|mới|tăng|giảm|thêm|năm|tháng|quý|tuần|ngày|kỳ|giai đoạn|kế hoạch"
    r"|quy định|tồn đọng|kéo dài|đông người|phức tạp|nổi cộm|tỷ lệ|tỷ trọng|tổng|mức|khác|trong đó|cấp (?:xã|huyện|tỉnh)|đang"
    r"|thẩm quyền|hiệu lực|trẻ|số|lần)(?![\p{L}\p{M}])", regex.IGNORECASE)
# a procedure named after the dossier, as the national database of administrative procedures names them, by the act ("hồ sơ
# cấp, gia hạn giấy phép khai thác khoáng sản", "hồ sơ đăng ký đất đai, cấp Giấy chứng nhận"): the dossiers of that procedure
FIELD_PROCEDURE = regex.compile(r"(?<=(?<![\p{L}\p{M}])hồ sơ\s+(?:(?:thủ tục hành chính|TTHC)\s+)?)(?=(?:cấp|đăng ký|gia hạn|điều chỉnh|thẩm định"
                                r"|chuyển nhượng|chuyển mục đích|xác nhận|phê duyệt|chấp thuận|cho phép)(?![\p{L}\p{M}]))", regex.IGNORECASE)
# (s32g) the field written straight after "hồ sơ", as the procedures' own fields are ("Tỷ lệ hồ sơ đất đai giải quyết đúng hạn",
# "hồ sơ hộ tịch", "hồ sơ TTHC lĩnh vực …" without its mark): each item must be a field of the list, as after "về"
FIELD_AFTER_DOSSIER = regex.compile(r"(?<=(?<![\p{L}\p{M}])hồ sơ\s+(?:(?:thủ tục hành chính|TTHC)\s+)?)(?=\p{L})", regex.IGNORECASE)
FIELD_ITEM_LEAD = regex.compile(r"^(?:(?:các|những|mọi|lĩnh vực|ngành|công tác|vấn đề|hoạt động|việc|quản lý nhà nước về|quản lý)\s+)+")
FIELD_MAX_WORDS = 16  # a procedure as the database names it: "cấp, gia hạn, điều chỉnh giấy phép khai thác khoáng sản, …"


@functools.lru_cache(maxsize=1)
def _field_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the ids broken down by field, the fields' names in `words` form, longest first) from indicator_domains.tsv."""
    ids, fields = set(), set()
    for row in load_tsv(DATA / "indicator_domains.tsv", header=True):
        kind, value = row[0].strip(), row[1].strip()
        if kind == "indicator":
            ids.add(value)
        elif kind == "field":
            fields.update(_activity_words(f) for f in value.split("|"))
    return frozenset(ids), tuple(sorted(fields, key=len, reverse=True))


def _a_field(part: str, named: bool) -> bool:
    """`part` names a field of work: no measure, stage, time or case word; after "về/liên quan đến/đối với" (`named`
    False) each of its items opens on a field of the list."""
    said = _activity_words(part)
    if not said or len(said.split()) > FIELD_MAX_WORDS or FIELD_NEVER.search(said) or regex.search(r"\d", said):
        return False
    if named:
        return True
    fields = _field_vocabulary()[1]
    for item in regex.split(r"\s*(?:,|;|/|\bvà\b|\bhoặc\b)\s*", regex.sub(r"[^\p{L}\p{M}\s,;/]", " ", spelling(part).lower())):
        item = FIELD_ITEM_LEAD.sub("", _activity_words(item).strip())
        if item and not any(item == f or item.startswith(f + " ") for f in fields):
            return False
    return True


def _by_field(indicator: str, unit: str | None, title: str | None, whole: str | None, change: bool) -> Breakdown | None:
    """The indicator `indicator` names once the field of work said in it is taken out, when that indicator's source breaks
    it down by field (see above); the field is the `part`. None otherwise."""
    ids = _field_vocabulary()[0]
    marks = [(m.start(), m.end(), True, m.start("mark")) for m in FIELD_NAMED.finditer(indicator)]
    marks += [(m.start(), m.end(), False, m.end()) for m in FIELD_SAID.finditer(indicator)
              if not any(s <= m.start() < e for s, e, _, _ in marks)]
    marks += [(m.start(), m.end(), True, m.start()) for m in FIELD_PROCEDURE.finditer(indicator)]
    marks += [(m.start(), m.end(), False, m.start()) for m in FIELD_AFTER_DOSSIER.finditer(indicator)
              if not any(s <= m.start() <= e for s, e, _, _ in marks)]
    for start, end, named, part_from in sorted(marks):
        ends = [m.start() for m in FIELD_END.finditer(indicator, end) if m.start() > end + (start == end)] + [len(indicator)]
        for stop in ends:
            part = indicator[part_from:stop].strip(" ,;:.-")
            if not _a_field(indicator[end:stop], named):
                continue
            head = f"{indicator[:start].strip(' ,;:-')} {indicator[stop:].strip(' ,;:-')}".strip()
            if len(set(words(head).split()) - HEADING_MEASURE) < 2:
                continue
            found = _topical(head, unit, None, title, whole, change, parts=False)
            if found is not None and found.id in ids:
                return Breakdown(found.id, found.name, found.units, found.group, found.source, part)
    return None


# ---- an education indicator for one school level (s36h) ----
# The education statistics break their pupils, schools and teachers down by school level (Luật Thống kê's annex, "Số trường học,
# lớp học, phòng học; số giáo viên; số học sinh phổ thông": phân tổ cấp học; Luật Giáo dục 2019, Điều 6: mầm non, tiểu học,
# trung học cơ sở, trung học phổ thông). A plan names the level right after whom or what it counts ("Tỷ lệ học sinh phổ thông đạt
# tiêu chuẩn đánh giá thể lực", "100% trường phổ thông thực hiện đầy đủ chương trình giáo dục thể chất nội khóa", "giáo viên …
# bậc tiểu học"): when the name as said fits nothing, the name without the level is the indicator; the level stays in the
# indicator's text, as the gazetteer's per-level aliases keep it ("Tỷ lệ trường mầm non đạt chuẩn quốc gia"), no `scope`. Never
# when an indicator found so names a level itself (then the level said is another one: "Tỷ lệ học sinh trung học cơ sở …" is no
# part of an upper-secondary indicator; its aliases may name levels, each its part), nor for an activity kind; preschool children
# are "trẻ", never pupils' indicators. Shares only, as the area's breakdown: a count of schools of a level is as often what a plan
# visits or builds ("mỗi năm học kiểm tra ít nhất 40 trường phổ thông": units inspected) as the stock.
SCHOOL_LEVEL_WORD = r"(?:(?:cấp|bậc|khối)\s+)?(?:mầm non|mẫu giáo|tiểu học|trung học cơ sở|trung học phổ thông|trung học|phổ thông|THCS|THPT)"
SCHOOL_LEVEL = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<head>học sinh|trường(?: học)?|giáo viên|lớp(?: học)?)\s+"
                             rf"(?P<level>{SCHOOL_LEVEL_WORD}(?:\s*(?:,|và|-)\s*{SCHOOL_LEVEL_WORD})*)(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)
LEVEL_NAMED = regex.compile(r"(?<![\p{L}\p{M}])(?:mầm non|mẫu giáo|tiểu học|trung học|phổ thông)(?![\p{L}\p{M}])")
PRESCHOOL = regex.compile(r"(?i)mầm non|mẫu giáo")


def _by_school_level(indicator: str, unit: str | None, title: str | None, whole: str | None, change: bool) -> Indicator | None:
    """The education indicator `indicator` names without the school level said after its pupils, schools or teachers (see
    above); None when none fits or the indicator found names a level itself."""
    for m in SCHOOL_LEVEL.finditer(indicator if unit_family(unit) == "%" else ""):
        if m["head"].lower() == "học sinh" and PRESCHOOL.search(m["level"]):
            continue
        head = f"{indicator[:m.end('head')]} {indicator[m.end('level'):]}".strip(" ,;:-")
        found = _topical(head, unit, None, title, whole, change, parts=False)
        if found is None or found.group == ACTIVITY_GROUP or LEVEL_NAMED.search(words(found.name)):
            continue
        return found
    return None


# The areas the statistical systems split a share by (TT 37/2018/TT-BKHĐT, LTK: "khu vực thành thị/nông thôn",
# "đô thị/nông thôn"); "nông thôn mới" is a title, not an area.
AREA = regex.compile(r"(?<![\p{L}\p{M}])(?:đô thị|thành thị|nông thôn(?! mới))(?![\p{L}\p{M}])")
AREA_KIND = {"đô thị": "urban", "thành thị": "urban", "nông thôn": "rural"}


def _in_the_area_said(found: Indicator, name_words: str, scope: str, family: str) -> Indicator | None:
    """A part that is the other area ("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%, khu vực nông
    thôn đạt 80%"): the second value is the rural share, never the urban one its sentence named first; the name is read
    with the part's area instead, and when no indicator fits that, none."""
    said = {AREA_KIND[a] for a in AREA.findall(words(scope))}
    named = {AREA_KIND[a] for a in AREA.findall(spelling(found.name))}
    if not said or not named or said & named or len(said) > 1:
        return found
    area = next(a for a, kind in AREA_KIND.items() if kind in said)
    swapped = AREA.sub(area, name_words)
    return _match_words(swapped, family) if swapped != name_words else None


# A name that says it is the total ("Tổng số trạm …", "nâng tổng số … lên"): the stock, however its words read.
TOTAL = regex.compile(r"(?i)^(?:(?:phấn đấu|nâng|đưa|đạt)\s+)*tổng\s+số\b")
ADDED_SAID = regex.compile(r"(?i)\b(?:(?<!thôn |đổi )mới|thêm|tăng|giảm)\b")  # what a period adds or takes away


# A part that only says the value is added or taken away ("thành lập mới", "tăng thêm", "giảm"): a flow, not the stock its
# name counts.
FLOW_PART = regex.compile(r"^(?:(?:thành lập|đăng ký|trồng|xây dựng|xây|phát triển|công nhận|kết nạp) )?(?:mới|thêm)$|^(?:tăng|giảm)(?: thêm)?$")


# Titles of a land-use plan's tables that are not the land in use (TT 29/2024/TT-BTNMT: "Kế hoạch thu hồi đất",
# "Kế hoạch chuyển mục đích sử dụng đất", "Kế hoạch đưa đất chưa sử dụng vào sử dụng"; land allocated or leased,
# land whose use is changed within a group): there a land type's row is the area that changes, another quantity.
# The conversion form's own wording: "Đất nông nghiệp chuyển sang phi nông nghiệp", "LUA/PNN", "diện tích đất chuyển …";
# not the works carried over from the year before ("công trình chuyển tiếp sang năm 2026"), which stay in use.
LAND_FLOW_TITLE = regex.compile(r"thu hồi|chuyển mục đích|chuyển đổi|đưa đất chưa sử dụng|giao đất|cho thuê đất|biến động"
                                r"|chuyển\s+(?!tiếp)(?:\S+\s+){0,6}?sang|/\s*pnn|đất\s+chuyển(?!\s+tiếp)")


def land_type(indicator: str | None) -> bool:
    """The name is a land type of the land-use indicators ("Đất trồng lúa", "LUA"): its table's title says whether
    the row is the land in use."""
    if not indicator:
        return False
    found = _match_words(words(indicator), "ha")
    return found is not None and found.group == "land"


# Canonical names of a flow (what is added, founded, planted, finished in the period) or of a change: a count or an
# amount the text calls a rise or a fall ("Số xã đạt chuẩn nông thôn mới tăng thêm 5 xã", "Thu ngân sách tăng 500 tỷ
# đồng so với năm 2024") is the increment, never the stock reached: it is given only such an indicator.
# A count the plan makes in its period ("Xây dựng 20 trường đạt chuẩn quốc gia", "Phát triển 15 sản phẩm OCOP"):
# what is added, as a rise is, not the stock the indicator counts.
MAKING = regex.compile(r"^(?:phấn đấu )?(?:xây dựng(?! cơ bản)|phát triển|công nhận mới|hình thành)\s")
FLOW = regex.compile(r"(?i)\b(?:(?<!thôn |đổi )mới|thêm|tăng|giảm|hoàn thành|được tạo)\b")


# A share written as a fraction of counts: "Số hộ nghèo/tổng số hộ", "Số xã đạt chuẩn/Tổng số xã".
SHARE_AS_RATIO = regex.compile(r"^\s*(?:[Tt][ỷỉ] lệ(?:\s+số)?|[Ss]ố lượng|[Ss]ố)\s+(?P<part>[^/]+?)\s*/\s*(?:[Tt]ổng\s+)?(?:số lượng|số)\s+(?P<base>[^/]+?)\s*$")
ADDED = regex.compile(r" (?:(?<!thôn )mới )?tăng thêm$")


def _added_to_a_level(name_words: str, family: str) -> Indicator | None:
    """"Số sản phẩm OCOP (mới) tăng thêm": the level named in any of its wordings ("Số sản phẩm OCOP", an alias of the
    products rated 3 stars or more) with what the period adds is the indicator of the added ones the systems pair with
    it ("Số sản phẩm OCOP đạt 3 sao trở lên tăng thêm"), read from the canonical names."""
    m = ADDED.search(name_words)
    if m is None:
        return None
    level = _match_words(name_words[:m.start()], family)
    if level is None:
        return None
    indicators, by_key = gazetteer()
    for ind_id in by_key.get(key(f"{words(level.name)} tăng thêm"), ()):
        if ind_id != level.id and _fits(indicators[ind_id], family):
            return indicators[ind_id]
    return None


def _share_named_after_its_value(rest: str, family: str, per_year: bool) -> Indicator | None:
    """"Tỷ lệ người nhiễm HIV biết tình trạng nhiễm HIV": "tỷ lệ" in front of the words an alias gives for a value
    stated first ("95% người nhiễm HIV biết …"). Only a share ("Tỷ lệ …", "Tỷ trọng …") is taken: "tỷ lệ" in front of an
    amount ("Tỷ lệ kim ngạch xuất khẩu") is never the amount's growth, whatever its words name in %."""
    found = _match_words(rest, family)
    if found is None or not LEVEL_SHARE.match(found.name) or (per_year and not CHANGE_WORD.search(found.name)):
        return None
    return found


def _a_change(found: Indicator | None) -> Indicator | None:
    """`found` when it is a growth or a cut (the verb put in front may have been read off as a leading verb)."""
    return found if found is not None and CHANGE_WORD.search(found.name) else None


COORDINATOR = regex.compile(r",|\b(?:và|hoặc)\b")
# (s35h) the kinds of commune listed ("trạm y tế xã, phường", "xã, phường, thị trấn") are one unit, the commune level (the
# synonyms make them "xã"): their comma joins no two indicators ("100% trạm y tế xã, phường đạt Bộ tiêu chí quốc gia về y tế
# xã" says "y tế" and "xã" twice, in one name)
COMMUNE_KINDS_LISTED = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:xã|phường)(?:\s*[,/]\s*(?:xã|phường|thị trấn|đặc khu))+(?![\p{L}\p{M}])")


def _two_joined(indicator: str, found: Indicator) -> bool:
    """Two indicators joined into one name ("Tỷ lệ hộ nghèo và hộ cận nghèo", "Tỷ lệ lao động qua đào tạo và đào tạo
    nghề"): the words said again after "và" or a comma make the set of words one indicator's, but the name is both.
    A canonical name that joins its own parts ("Tổng kim ngạch xuất, nhập khẩu hàng hóa") may repeat them."""
    if not COORDINATOR.search(COMMUNE_KINDS_LISTED.sub("xã", indicator)) or COORDINATOR.search(found.name):
        return False
    said = words(indicator).split()
    return all(any(said.count(w) > name.count(w) >= 1 for w in set(said)) for name in _names_of(found.id))


@functools.lru_cache(maxsize=1)
def _all_names() -> dict[str, list[list[str]]]:
    """id -> the normalised words of its canonical name and of each alias."""
    names: dict[str, list[list[str]]] = {ind.id: [_vocabulary_words(ind.name).split()] for ind in gazetteer()[0].values()}
    for row in load_tsv(DATA / "indicator_aliases.tsv", header=True):
        for ind_id in row[1].strip().split("|"):
            if ind_id in names:
                names[ind_id].append(_vocabulary_words(row[0].strip()).split())
    return names


def _names_of(ind_id: str) -> list[list[str]]:
    return _all_names().get(ind_id, [])


# The head of a measure's name ("diện tích …", "tỷ lệ …", "số …").
MEASURE_HEAD = regex.compile(r"(?i)(?:diện tích|tỷ lệ|tỷ trọng|số lượng|số|tổng số|sản lượng|giá trị|kim ngạch|tốc độ|năng suất)\s+\p{L}")
CHANGE_OF = regex.compile(r"\b(?:tốc độ tăng|mức tăng|tăng|mức giảm|giảm)\b")


@functools.lru_cache(maxsize=1)
def _changes_of_levels() -> dict[str, list[str]]:
    """Level id -> the ids of its growth or cut ("Kim ngạch xuất khẩu hàng hóa" -> "Tốc độ tăng kim ngạch
    xuất khẩu hàng hóa"): the pairs the indicator systems define, read from the canonical names. Only levels
    that are amounts or counts: the change of a share is said in points and has its own rules."""
    indicators, by_key = gazetteer()
    pairs: dict[str, list[str]] = {}
    for change in indicators.values():
        m = regex.match(r"^(?:tốc độ tăng|tăng|mức giảm|giảm) (.+)$", words(change.name))
        if not m or "%" not in change.units:
            continue
        # (s36h) a count's level is named "Số X" where its growth is "Tốc độ tăng X" (LTK: "Số lượt khách quốc tế" and
        # "Tốc độ tăng lượt khách quốc tế"): the growth pairs with the count it drops "Số" of
        levels = by_key.get(key(m.group(1)), ()) or by_key.get(key(f"số {m.group(1)}"), ())
        for level_id in levels:
            if level_id != change.id and "%" not in indicators[level_id].units:
                pairs.setdefault(level_id, []).append(change.id)
    return pairs


def _change_of_level(name_words: str, per_year: bool) -> Indicator | None:
    """"Kim ngạch xuất khẩu tăng bình quân 10%/năm": a percentage of a level named in any of its wordings
    (the level's aliases) with a verb of change is the level's growth or cut; a value per year in % is a growth."""
    verb = CHANGE_OF.search(name_words)
    if verb is None and not per_year:
        return None
    rising = verb is None or "tăng" in verb.group()
    level_words = " ".join(CHANGE_OF.sub(" ", LEADING_VERB.sub("", name_words)).split())
    indicators, by_key = gazetteer()
    for level_id in by_key.get(key(level_words), ()):
        for change_id in _changes_of_levels().get(level_id, ()):
            change = indicators[change_id]
            if ("tăng" in words(change.name).split()[:3]) == rising:
                return change
    return None


def _product_inside(name_words: str, family: str) -> Indicator | None:
    """"tổng giá trị sản phẩm chanh leo tham gia xuất khẩu": an indicator broken down by goods
    (measure "*" in indicator_measures.tsv) with a product of the class named inside."""
    by_goods = {(cls, ind_id) for m, cls, ind_id in _measures()[0] if m == "*"}
    tokens = name_words.split()
    starts = _product_starts()
    for i in range(len(tokens)):
        if tokens[i] not in starts:
            continue
        for j in range(min(len(tokens), i + MAX_PRODUCT_WORDS), i, -1):
            cls = product_class(" ".join(tokens[i:j]))
            if cls is None:
                continue
            found = _match_words(" ".join(tokens[:i] + tokens[j:]), family)
            if found is not None and (cls, found.id) in by_goods:
                return found
    return None


def names_its_part(indicator: str | None, unit: str | None, scope: str | None, found: Indicator) -> bool:
    """The name read with its part is one of `found`'s own wordings of that breakdown ("Số trường đạt chuẩn quốc gia"
    with its part "THCS" is "Số trường THCS đạt chuẩn quốc gia", a level the statistical system breaks the count down
    by): the part is that indicator broken down, and keeps its id with the part in `scope`. A part that adds no word, or
    whose words with the name make no wording of the indicator ("hộ nghèo dân tộc thiểu số" in "Tỷ lệ hộ nghèo"), is not."""
    if not indicator or not scope:
        return False
    name, part = words(indicator), words(scope)
    if not set(part.split()) - set(name.split()):
        return False
    if _restates(name, part):
        return True
    again = _match_words(f"{name} {part}", unit_family(unit))
    return again is not None and again.id == found.id


# (s27g1) A part that restates what the indicator counts and adds the level, the kind or the place it is for ("Số giường
# bệnh": "Giường bệnh cấp tỉnh", "Giường y tế xã phường"; "Phí, lệ phí": "Phí, lệ phí do cơ quan nhà nước địa phương thu";
# "Số học sinh": "Học sinh bán trú") is the indicator broken down by that (its `scope`); not a part that says it is added,
# taken away, another or the rest ("Giường bệnh tăng thêm", "… khác", "… còn lại"), nor a part of a share (its own base).
RESTATED_NEVER = regex.compile(r"(?<![\p{L}\p{M}])(?:mới|thêm|tăng|giảm|không|chưa|khác|còn lại|ngoài|trừ|tỷ lệ|tỷ trọng)(?![\p{L}\p{M}])")


def _restates(name: str, part: str) -> bool:
    """The part's words hold every word the name counts (its measure "số", "tổng", "tỷ lệ" aside) and a few more of its own."""
    own = set(name.split()) - {"số", "tổng"}
    extra = [w for w in part.split() if w not in own]
    if len(own) < 1 or not own <= set(part.split()) or not extra or RESTATED_NEVER.search(part) or name.startswith(("tỷ lệ", "tỷ trọng", "tốc độ")):
        return False
    return len(own) >= 2 or len(extra) <= 3


def canonical_indicator(indicator: str | None, unit: str | None, scope: str | None = None) -> str | None:
    """The gazetteer's name for `indicator` when one fits (words and unit), else None."""
    found = match_indicator(indicator, unit, scope)
    return found.name if found else None


# ---- the plan's own activity outputs (group `activity`) ----
# The reporting regimes count what a plan's activities produce by KIND (classes held and people trained, conferences,
# inspections, news items, leaflets, pilot models, drills, fairs …; indicator_sources.tsv), whatever the topic: a count
# of that kind takes the kind's generic id (its canonical name says the kind only; the topic stays in the target's
# indicator text). Tried only after every topical indicator failed (`match_indicator`).
ACTIVITY_GROUP = "activity"
# The name reads as the plan doing it: a verb of doing in front (after words of when and how often: "Hằng năm tổ chức",
# "Phấn đấu mở"), a count ("Số …", "Tổng số …").
ACTIVITY_DOING = regex.compile(
    r"^(?:(?:phấn đấu|hằng năm|hàng năm|mỗi năm|trong năm|định kỳ|tiếp tục|thường xuyên|hoàn thành(?: việc)?|chủ động|dự kiến"
    r"|(?:đến |trong )?năm \d{4}|giai đoạn \d{4}(?: \d{4})?|quý (?:i|ii|iii|iv|\d)|mỗi quý|mỗi tháng|hằng quý|hằng tháng)\s+)*"
    r"(?:tổ chức|mở|phát hành|xây dựng|thực hiện|tham gia|triển khai|tiến hành|biên soạn|in|in ấn|cấp phát|phát|đăng|đăng tải"
    r"|đưa tin|viết|sản xuất|phát sóng|tập huấn|bồi dưỡng|đào tạo|huấn luyện|tuyên truyền|truyền thông|phổ biến|thanh tra"
    r"|kiểm tra|giám sát|diễn tập|cử|đón|nhân rộng|hỗ trợ|phối hợp|đăng cai|treo|lắp đặt|dựng|cung cấp|thí điểm|khảo sát"
    r"|nói chuyện|đối thoại|tuần tra|truy quét|thành lập|chủ trì|xuất bản|hình thành|dạy|truyền nghề|chuyển giao|lồng ghép"
    r"|đẩy mạnh|tăng cường|thăm hỏi|thăm|tặng|trao tặng|trao|ra mắt|củng cố|kiện toàn|số|tổng số|số lượng)\b")
# (s32g) The level of government that does it, in front of the verb ("cấp tỉnh tổ chức 01 cuộc diễn tập", "cấp xã mở 02 lớp"):
# who acts, not what is counted; the name reads as the plan doing it from the verb on.
LEVEL_BEFORE_VERB = regex.compile(r"^(?:cấp|tuyến) (?:tỉnh|huyện|xã|cơ sở|thành phố|trung ương) ")
# A share, a rate or an index is never an activity count (a share of people trained is an indicator of its own).
ACTIVITY_NEVER = regex.compile(r"\b(?:tỷ lệ|tỷ trọng|tốc độ|chỉ số|tỷ suất|bình quân|kinh phí|dự toán)\b")
# (s27g2) A name that opens on a verb of making new ("Xây dựng mới 12 công trình", "Thành lập mới 30 tổ"): the text reads
# it as a rise (cues.tsv: "xây dựng mới" is a direction), but what rises is what the plan makes: its output, never a
# change of a level ("tăng 5 lớp" keeps its verb out of the name, and takes no kind).
ACTIVITY_NEW = regex.compile(
    r"^(?:(?:phấn đấu|hằng năm|hàng năm|mỗi năm|trong năm|(?:đến |trong )?năm \d{4})\s+)*"
    r"(?:xây dựng|xây|thành lập|phát triển|lắp đặt|lắp|làm|mở|khởi công|trồng|đầu tư|hình thành|ra mắt|đóng) mới\b")
# (s27g2) A name that opens on what there is ("Toàn tỉnh có 120 công trình … đã được đầu tư", "Hiện có 45 …", "Lũy kế
# …") states a stock, not an output of the plan's own activity, though "được đầu tư" follows.
ACTIVITY_STOCK = regex.compile(r"^(?:toàn (?:tỉnh|huyện|thành phố|thị xã|xã|phường|quốc|ngành)|cả (?:tỉnh|nước|huyện)"
                               r"|hiện (?:nay|có|tại|đang)|đến nay|tính đến|lũy kế|đã có|có|còn)\b")


def _activity_words(text: str | None) -> str:
    """Lower case, one spelling, abbreviations expanded ("PCCC", "CLB"), punctuation gone: the words cues are read in."""
    if not text:
        return ""
    s = " ".join(TOKEN.findall(spelling(text).replace("&", " ")))
    return " ".join(ABBREVIATIONS.get(w, w) for w in s.split())


@functools.lru_cache(maxsize=1)
def activity_kinds() -> list[tuple[Indicator, regex.Pattern, regex.Pattern | None, regex.Pattern]]:
    """(indicator, cue, negatives, its nouns) of each kind of activity output, in `activity_outputs.tsv`'s order."""
    indicators = gazetteer()[0]
    kinds = []
    for row in load_tsv(DATA / "activity_outputs.tsv", header=True):
        ind_id, cue, never = (c.strip() for c in (row + ["", ""])[:3])
        ind = indicators[ind_id]
        nouns = "|".join(regex.escape(n) for n in sorted(ind.units, key=len, reverse=True))
        kinds.append((ind, regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{cue})(?![\p{{L}}\p{{M}}])"),
                      regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{never})(?![\p{{L}}\p{{M}}])") if never else None,
                      regex.compile(rf"^(?:{nouns})(?![\p{{L}}\p{{M}}])")))
    return kinds


# (s27g2) The verb of the value's own clause, before the value ("Hỗ trợ 150 hộ nghèo …", "Năm 2026, lắp đặt 200 camera"):
# what follows the last clause mark and a list item's number.
CLAUSE_MARK = regex.compile(r"[;:.,!?\t\n(\[]")
LIST_ITEM = regex.compile(r"^[\s\-+•*–]*(?:(?:\d+|[a-zđ]|[ivx]+)[.)]\s+)?")


# … up to another value of the clause ("Tổ chức 03 cuộc kiểm tra và 02 cuộc giám sát": the verb is "Tổ chức", not the other
# value's words), from its last verb of doing ("phối hợp với Sở Giáo dục và Đào tạo tổ chức 50 lớp dạy bơi": "tổ chức",
# never the body's "đào tạo").
CLAUSE_YEAR = regex.compile(r"(?:năm|giai đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?")
CLAUSE_VERBS = regex.compile(
    r"\b(?:tổ chức|mở|phát hành|xây dựng|thực hiện|triển khai|tiến hành|biên soạn|in ấn|cấp phát|đăng tải|sản xuất"
    r"|phát sóng|tập huấn|bồi dưỡng|đào tạo|huấn luyện|tuyên truyền|truyền thông|phổ biến|thanh tra|kiểm tra|giám sát"
    r"|diễn tập|nhân rộng|hỗ trợ|đăng cai|lắp đặt|cung cấp|thí điểm|khảo sát|đối thoại|tuần tra|truy quét|thành lập"
    r"|xuất bản|hình thành|chuyển giao|thăm hỏi|trao tặng|ra mắt|củng cố|kiện toàn|trang bị|mua sắm|thay thế|cho vay"
    r"|giúp đỡ|trợ giúp|cứu trợ|sửa chữa|nâng cấp|cải tạo|xây mới|khởi công|phát hiện|xử lý|khởi tố|triệt phá|bắt giữ"
    r"|xét xử|tư vấn)\b")


# (s34g) a part of the clause that is only an earlier value of the same series ("268 km đường dây hạ áp 0,4 kV và"), or nothing
SERIES_ITEM = regex.compile(r"^\s*(?:và\s+)?(?:\d|$)")


def _clause_verb(before: str | None) -> str:
    """The words of the value's own clause before it, from its verb, as cues are read ("" when none)."""
    if not before:
        return ""
    parts = CLAUSE_MARK.split(before)
    last = len(parts) - 1
    while last > 0 and SERIES_ITEM.match(parts[last]) and before[sum(len(p) + 1 for p in parts[:last]) - 1] == ",":
        last -= 1  # (s34g) a value of a series the verb leads ("Xây dựng mới 312 km …, 268 km … và 186 trạm …"): its verb
    clause = CLAUSE_YEAR.sub(" ", parts[last].lower())
    clause = _activity_words(LIST_ITEM.sub("", regex.split(r"\d", clause)[0].strip()))
    if (done := regex.search(r"\bđã\b", clause)) is not None:
        return clause[done.start():]  # "Năm 2025, đã hỗ trợ 150 hộ": what was done, a baseline, no output to reach
    verbs = list(CLAUSE_VERBS.finditer(clause))
    return clause[verbs[-1].start():] if verbs else clause


def activity_indicator(indicator: str | None, unit: str | None, scope: str | None = None,
                       before: str | None = None) -> Indicator | None:
    """The generic kind of output a count of the plan's own activity is ("Tổ chức 20 lớp tập huấn kỹ năng số" in lớp:
    the training classes; "Số tin, bài trên Cổng thông tin điện tử" in tin, bài: the news items), else None.

    The unit must be an output noun of the kind (indicators.tsv), the kind's cue must be in the name, its part or its
    unit and none of its negatives ("Số lớp học" counts pupils' classes, "tờ bản đồ" map sheets), and the name must read
    as the plan doing it: a verb of doing or "Số" in front, the output itself named first ("Lớp tập huấn …", "Hội chợ
    …"), or what is done to the people or units counted ("Lực lượng xung kích được tập huấn"). Shares and money never."""
    if not indicator:
        return None
    family = unit_family(unit)
    if not family or family in ("%", "‰") or family.startswith("money") or "/" in family or "/" in PER_YEAR.sub("", unit.strip()):
        return None  # a rate ("02 kỳ/tháng") is no count, though its family is the count noun; (s32g) a count a year is ("Tổ
        # chức diễn tập … tối thiểu 02 cuộc/năm"): the reporting regimes count the kinds by the year, and the target's year is one
    name = LEADING_NUMBER.sub("", _activity_words(indicator))
    if (level := LEVEL_BEFORE_VERB.match(name)) is not None and ACTIVITY_DOING.match(name[level.end():]):
        name = name[level.end():]  # (s32g) "cấp tỉnh tổ chức 01 cuộc diễn tập …": the level that does it, then the verb
    if before is not None:
        # "Số camera giám sát …" named from "Lắp đặt 200 camera giám sát …": when the name alone says no kind, the clause's
        # verb is the name's
        found = activity_indicator(indicator, unit, scope)
        if found is None and name.startswith("số ") and (verb := _clause_verb(before)):
            found = activity_indicator(f"{verb} {name[3:]}", unit, scope)
        return found
    if not name or ACTIVITY_NEVER.search(name) or ACTIVITY_STOCK.match(name):
        return None
    said = " ".join(w for w in (name, _activity_words(scope), _activity_words(unit)) if w)
    doing = ACTIVITY_DOING.match(name) is not None
    for ind, cue, never, nouns in activity_kinds():
        if not _fits(ind, family) or not cue.search(said) or (never is not None and never.search(said)):
            continue
        if doing or nouns.match(name) or cue.match(name) \
                or regex.search(rf"\bđược (?:{cue.pattern})", name):
            return ind
    return None


# (s35g) A value written first with its object after it ("Nạo vét, cải tạo 115 km cống, rãnh, mương thoát nước", "Đưa vào vận
# hành thêm 450 MW điện gió", "Bồi dưỡng kiến thức quốc phòng và an ninh cho 280 cán bộ thuộc đối tượng 3") is named from
# the words after the value alone ("cống, rãnh, mương thoát nước", "điện gió"): the verb of its clause, before the value, says
# what is done to the object, as it does for a count named "Số …" (`activity_indicator`'s `before`). The name with the
# clause's verb in front is matched as any name is (topical indicators first, then the activity and capacity kinds); a share is
# not read so (a share's name is the population counted, whatever the clause does to it).
def named_with_clause_verb(indicator: str | None, unit: str | None, before: str | None, scope: str | None = None,
                           title: str | None = None, whole: str | None = None, change: bool = False) -> Indicator | None:
    """The indicator of a value-first name completed by its clause's verb ("115 km cống, rãnh …" after "Nạo vét, cải tạo"),
    or None (no verb before the value, a share, or nothing fits)."""
    if not indicator or not before or unit_family(unit) in ("", "%", "‰"):
        return None
    verb = _clause_verb(before)  # (the clause from its last verb of doing, else all of it: "phát dọn", "hoàn thành cứng hóa")
    return match_indicator(f"{verb} {indicator}", unit, scope, title, whole=whole, change=change) if verb else None


# (s35g, precision) A count named from the words after its value ("05 làng nghề truyền thống", read "Số làng nghề truyền
# thống"), whose clause's verb makes the counted new ("công nhận mới ít nhất 08 làng nghề và 05 làng nghề truyền thống", "Thành
# lập thêm 03 …"): what the period adds, never the stock the name alone fits, as the same verb inside the name says (MAKING,
# FLOW_PART: a stock and a flow do not join). The name with the verb is matched again: the flow the system pairs with the
# stock ("… tăng thêm"), or none.
CLAUSE_MAKES_NEW = regex.compile(r"^(?:(?:phấn đấu|hằng năm|mỗi năm|trong năm) )*(?:(?:công nhận|thành lập|phát triển|kết nạp|xây dựng"
                                 r"|hình thành|đăng ký)(?: được)? mới|(?:có|công nhận|phát triển|thành lập|kết nạp) thêm)(?![\p{L}\p{M}])")
COUNT_LEAD = regex.compile(r"^[Ss]ố\s+")
LEAVING = regex.compile(r"(?<![\p{L}\p{M}])(?:ra khỏi|thoát)(?![\p{L}\p{M}])")  # a count of those who leave a status is a flow


def made_new_in_clause(indicator: str | None, unit: str | None, found: Indicator | None, before: str | None,
                       scope: str | None = None, title: str | None = None, whole: str | None = None,
                       change: bool = False) -> Indicator | None:
    """`found`, the topical stock a value-first name fits, unless its clause's verb makes the counted new (see above): then
    the indicator of the name with that verb (the flow, or None)."""
    if found is None or not indicator or not before or found.group == ACTIVITY_GROUP or FLOW.search(found.name) \
            or LEAVING.search(found.name):
        return found  # (a flow already: "Số thôn ra khỏi diện đặc biệt khó khăn", "có thêm 35 thôn ra khỏi …")
    verb = _clause_verb(before)
    if not CLAUSE_MAKES_NEW.match(verb):
        return found
    said = f"{verb} {COUNT_LEAD.sub('', indicator)}"  # (the teams or clubs a plan founds are the activity kind's, when no flow is)
    return _topical(said, unit, scope, title, whole, change) or activity_match(said, unit, scope, change)


# (s34g) A table that allocates the houses of the campaign "xóa nhà tạm, nhà dột nát" (its caption: "PHÂN BỔ SỐ CĂN … HỖ TRỢ XÓA
# NHÀ TẠM, NHÀ DỘT NÁT") counts its rows in "căn" ("Số căn hỗ trợ", "- Xây mới", "- Sửa chữa") and names the dwelling only in
# the caption: the caption's verb and dwelling complete the row's name for the houses kind. A bare "căn" elsewhere may be a
# flat (social or commercial housing: the kind's negatives), and the caption must say the dwelling of households in need.
# (The campaign and programmes of indicator_sources.tsv XNTDN, QD90 and QD22NCC, the sources of activity_houses_built.)
CAPTION_HOUSES = regex.compile(r"(?<![\p{L}\p{M}])(?:xóa|xây dựng|xây mới|sửa chữa|hỗ trợ(?: xây dựng| sửa chữa| làm)?)"
                               r"(?: (?:căn|ngôi|mới))? (?:nhà tạm|nhà dột nát|nhà đại đoàn kết|nhà tình nghĩa|nhà tình thương"
                               r"|nhà nhân ái|nhà nhân đạo|nhà ở cho (?:hộ|người)[\p{L}\p{M} ]*)(?![\p{L}\p{M}])")
CAPTION_HOUSE_UNITS = frozenset({"căn", "căn nhà", "nhà", "ngôi nhà"})


def counted_in_houses(unit: str | None) -> bool:
    """Whether `unit` counts dwellings ("căn", "căn nhà", "nhà"): the rows houses_under_caption reads, the only ones whose
    table caption is worth looking up."""
    return unit_family(unit) in CAPTION_HOUSE_UNITS


def houses_under_caption(indicator: str | None, unit: str | None, caption: str | None) -> Indicator | None:
    """The houses kind of a row counted in "căn" in a table whose caption says the houses built or repaired for households
    in need (see above), else None."""
    if not indicator or not caption or not counted_in_houses(unit):
        return None
    said = CAPTION_HOUSES.search(_activity_words(caption))
    if said is None:
        return None
    found = activity_indicator(f"{indicator} {said.group()}", unit)
    return found if found is not None and found.id == "activity_houses_built" else None


# ---- a name completed by the heading it stands under (s26g1) ----
# Plans drop from a target's name the noun their heading already says: "Tỷ lệ giải ngân đến 30/6/2026" in a table of the
# "Kế hoạch … giải ngân kế hoạch vốn đầu tư công", "Số sản phẩm 4 sao" in the plan on the OCOP programme, "Giao khoán bảo
# vệ" (ha) under "Bảo vệ và phát triển rừng", "Số xã đạt chuẩn" under "Xây dựng nông thôn mới". When the name alone fits
# nothing, a canonical name (or alias) whose words are the name's words and a few more, said together in that order in a
# heading above the line (the line introducing its list, the sections it stands under, its table's caption, the
# document's title; nearest first), is the name meant. Only a name with words of its own beyond its measure ("tỷ lệ",
# "số"); never when the words added say a change, a novelty, a negation, a sex, a side of the budget or the measure itself
# ("tăng", "mới", "không", "nữ", "thu", "tỷ lệ": those say another indicator than the name); and only when the heading
# completes the name into one indicator ("Số xã đạt chuẩn" under "… nông thôn mới nâng cao" is the basic and the advanced
# standard's count at once: none).
HEADING_MEASURE = frozenset("tỷ lệ trọng số lượng tổng".split())
HEADING_NEVER = regex.compile(r"\b(?:tỷ|lệ|trọng|số|tốc|tăng|giảm|thêm|không|chưa|khác|ngoài|nữ|nam|cận|tái|dưới|trên|bình|so"
                              r"|chi|thu(?! hút))\b|(?<!nông thôn )\bmới\b|\bđầu người\b")
HEADING_MAX_MISSING = 6  # syllables: "kế hoạch vốn đầu tư công"
# (s32g) admitting members is their flow: the Party's and the mass organisations' statutes count "kết nạp" as the new members
# ("kết nạp đảng viên mới", "kết nạp hội viên"), so a name that says it says the novelty a heading-completed name states
ADMITTED = regex.compile(r"(?<![\p{L}\p{M}])kết nạp(?![\p{L}\p{M}])")


@functools.lru_cache(maxsize=1)
def _names_by_word() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """word -> (id, the words of one of its names) for every name holding the word: the names a name's words can complete."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for ind_id, lists in _all_names().items():
        for name in lists:
            for w in set(name):
                index.setdefault(w, []).append((ind_id, tuple(name)))
    return index


def _run_in(words_: tuple[str, ...], heading: list[str]) -> bool:
    """`words_` said together, in this order, in `heading`."""
    n = len(words_)
    return any(tuple(heading[i:i + n]) == words_ for i in range(len(heading) - n + 1))


def completed_by_heading(indicator: str | None, unit: str | None, headings: list[str], scope: str | None = None,
                         title: str | None = None, whole: str | None = None, change: bool = False) -> Indicator | None:
    """The canonical indicator `indicator` names once the words its heading carries are added (see above), else None.
    `headings`: the texts above the line, nearest first."""
    if not indicator or not headings:
        return None
    family = unit_family(unit)
    if not family:
        return None
    said = words(indicator).split()
    own = [w for w in said if w not in HEADING_MEASURE]
    if len(own) < 2 or len(said) < 3:
        return None
    said_set = set(said)
    candidates: dict[tuple[str, ...], set[str]] = {}
    completed: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # the names each addition completes
    indicators = gazetteer()[0]
    for ind_id, name in _names_by_word().get(own[0], ()):
        if not said_set < set(name) or not _fits(indicators[ind_id], family):
            continue
        missing = tuple(w for w in name if w not in said_set)  # as the name says them, a word said twice twice
        if len(missing) <= 2 * HEADING_MAX_MISSING:  # longer ones only say when the heading names more than can be added
            candidates.setdefault(missing, set()).add(ind_id)
            completed.setdefault(missing, []).append(name)
    if not candidates:
        return None
    for at, heading in enumerate(headings):
        heading_words = words(heading).split()
        fitting = {m: ids for m, ids in candidates.items() if _run_in(m, heading_words)}
        if not fitting:
            continue
        longest = max(fitting, key=len)
        ids = {ind_id for m, found in fitting.items() if len(m) == len(longest) for ind_id in found}
        if len(ids) > 1 or any(not _run_in(m, list(longest)) for m, found in fitting.items() if found - ids):
            return None  # the heading completes the name into more than one indicator (its words said apart): none
        # the longest words the heading says win over their own part ("bảo hiểm xã hội tự nguyện" over "bảo hiểm xã hội")
        if len(longest) > HEADING_MAX_MISSING or HEADING_NEVER.search(" ".join(longest)) \
                or not _run_in(longest, _words_said(heading).split()):
            return None  # (said together, not only once the function words are gone: "chủ đầu tư các công trình" does not
            # say "đầu tư công")
        if len(longest) == 1 and not _a_word_of_the_name(longest[0], heading, completed[longest]):
            return None  # (s33g) one syllable of another word of the heading ("công" of "công tác"): no word of the name
        total = "tổng " if TOTAL.match(indicator.strip()) else ""  # "tổng số …": the stock, never what a period adds
        found = match_indicator(f"{total}{' '.join(said)} {' '.join(longest)}", unit, scope, title, whole, change)
        if found is None or found.id not in ids:
            return None
        # a stage the indicator's own name says ("… hoàn thành", "… thành lập mới") that neither the name nor its heading
        # said is the heading's sentence's to tell ("Khởi công mới 02 dự án … với 1.200 căn hộ" are not the flats finished)
        stages = set(FLOW.findall(words(found.name)))
        stages_said = set(FLOW.findall(" ".join(said + list(longest))))
        if ADMITTED.search(" ".join(said)) and len(longest) >= 2:
            stages_said.add("mới")  # (s32g) "Kết nạp 45 hội viên" says the members are new: admitting is the flow itself (the
            # organisation the heading adds named in words of its own, "Hội Cựu chiến binh", never one syllable: "công" of
            # "công tác Đoàn" is no "công đoàn")
        if not stages <= stages_said:
            return None
        # (s34g) a farther heading (the document's title) that says the added words as part of longer ones completing the name
        # into a narrower indicator ("Dư nợ và chất lượng tín dụng" under the plan "… thực hiện tín dụng chính sách xã hội"):
        # the narrower one, the plan's own system's ("Tổng dư nợ tăng trưởng" is the social-policy bank's loans, not all credit)
        for farther in headings[at + 1:]:
            farther_words, farther_said = words(farther).split(), _words_said(farther).split()
            fuller = {m: ids_ for m, ids_ in candidates.items() if set(longest) < set(m) and found.id not in ids_
                      and len(m) <= HEADING_MAX_MISSING and _run_in(m, farther_words)
                      and _run_in(m, farther_said) and not HEADING_NEVER.search(" ".join(m))}
            if fuller:  # (the added words within longer ones: each of those names a narrower indicator)
                fullest = max(fuller, key=len)
                narrower = {ind_id for m, ids_ in fuller.items() if len(m) == len(fullest) for ind_id in ids_}
                if len(narrower) > 1:
                    return None
                found = match_indicator(f"{total}{' '.join(said)} {' '.join(fullest)}", unit, scope, title, whole, change)
                return found if found is not None and found.id in narrower \
                    and set(FLOW.findall(words(found.name))) <= set(FLOW.findall(" ".join(said + list(fullest)))) else None
        return found
    return None


# (s33g, precision audit) A heading that adds one syllable must say it as a word of the name: the word the heading holds
# it in (its words as underthesea segments them) is the syllable alone ("rừng" of "Phát triển rừng", "OCOP" of "… sản phẩm
# (OCOP)") or a run of the completed name ("Số hóa" for "… được số hóa"), never a word the name does not say: "công" of
# "công tác thanh niên" does not make "Số đoàn viên phát triển mới" the trade union's ("đoàn viên công đoàn"), the
# syllable being the first of "công tác" there and of "công đoàn" in the name.
WORD_JOINT = regex.compile(r"[^\p{L}\p{M}\d\s]+")  # what joins two words into one token: a dash, a slash, a bracket


@functools.lru_cache(maxsize=1024)
def _heading_words(heading: str) -> tuple[tuple[str, ...], ...]:
    """The words of `heading` as underthesea segments them (a word it joins over a dash, "OCOP-Hà Tĩnh", is two), each as its
    syllables in `spelling`."""
    from underthesea import word_tokenize

    return tuple(tuple(TOKEN.findall(spelling(part))) for token in word_tokenize(heading)
                 for part in WORD_JOINT.split(token) if TOKEN.search(part))


def _a_word_of_the_name(syllable: str, heading: str, names: list[tuple[str, ...]]) -> bool:
    """`syllable`, added from `heading`, is a word of its own there or, with the syllables it is one word with, a run of
    one of the completed `names`."""
    held = [w for w in _heading_words(heading) if syllable in w]
    return any(len(w) == 1 or any(_run_in(w, list(name)) for name in names) for w in held)


# ---- new capacity by kind (s28g1, issue 13) ----
# The national statistical indicator system counts, in its group of investment and construction, the capacity that finished
# investment ADDS, by kind, each in its own unit ("Năng lực mới tăng": roads built new in km, classrooms, hospital beds, water
# and wastewater capacity in m³/ngày đêm, generating capacity in MW …; indicators.tsv, s28g1 block). Plans commit to it as
# "Xây mới 240 phòng học", "Phòng học xây mới | phòng", "Hoàn thành Nhà máy xử lý nước thải công suất 30.000 m³/ngày đêm",
# "đầu tư 15 trạm bơm điện". A target takes the kind's id only when no topical id fits (`match_indicator`), ahead of the
# activity kinds (a work built new is new capacity before it is a work built or repaired), and only when what is said of the
# object ADDS it (capacity_added.tsv): the verbs before the object, chained by commas and "và" ("Xây dựng, nâng cấp 35 km
# đường": built and upgraded at once, none), or, the object named first, those after it ("Phòng học xây mới"). A verb of
# repair or upgrade (the works exist: nothing is added), of equipping, planning, designing or seeking investment, a
# start of works ("khởi công": nothing finished) in the chain is none; so is what there is ("Hiện có", "đã xây dựng", a
# share, money). Extending ("mở rộng", "nâng quy mô", "nâng công suất") adds only when the name says what it adds ("thêm"):
# "Nâng quy mô Bệnh viện lên 250 giường" states the level reached (the contract's value), not the beds added.
CAPACITY_ADDING = ("xây dựng mới", "xây mới", "làm mới", "mở mới", "đầu tư xây dựng mới", "đầu tư xây dựng", "đầu tư mới", "đầu tư",
                   "xây dựng", "xây", "hoàn thành xây dựng", "hoàn thành đầu tư", "hoàn thành", "đưa vào sử dụng",
                   "đưa vào vận hành", "đưa vào khai thác", "đưa vào hoạt động", "khánh thành", "bàn giao", "lắp mới",
                   "lắp đặt mới", "lắp đặt", "lắp", "phát triển mới", "làm", "dựng", "đầu tư bổ sung")
CAPACITY_GROWING = ("mở rộng", "nâng quy mô", "nâng công suất", "nâng", "bổ sung", "phát triển")
CAPACITY_NOT_ADDING = ("sửa chữa", "cải tạo", "nâng cấp", "duy tu", "bảo dưỡng", "bảo trì", "tu bổ", "tu sửa", "gia cố", "nạo vét",
                       "kiên cố hóa", "cứng hóa", "bê tông hóa", "nhựa hóa", "thảm nhựa", "trải nhựa", "láng nhựa", "khôi phục",
                       "phục hồi", "thay thế", "chuyển đổi", "di dời", "mua sắm", "trang bị", "thiết kế", "quy hoạch", "khảo sát",
                       "thu hút", "mời gọi", "kêu gọi", "chuẩn bị đầu tư", "lập", "phê duyệt", "thẩm định", "cấp phép", "khởi công",
                       "duy trì", "quản lý", "vận hành", "xóa", "kiểm tra", "rà soát", "cắm mốc", "đề xuất", "nghiên cứu",
                       "đấu nối", "thuê", "mượn", "xây dựng lại", "làm lại", "chống xuống cấp", "kiểm định", "hoán đổi", "sắp xếp", "sáp nhập", "giải tỏa")
# a rise said of the capacity itself ("Công suất cấp nước sạch tăng thêm 10.000 m³/ngày đêm"): what it adds; of a count of
# works ("Số giường bệnh tăng thêm") no works are said, and it is none
CAPACITY_RISING = ("tăng thêm", "tăng")
CAPACITY_MEASURE = regex.compile(r"(?<![\p{L}\p{M}])(?:công suất|dung lượng)(?![\p{L}\p{M}])")
CAPACITY_NEUTRAL = ("hỗ trợ", "phấn đấu", "tiếp tục", "triển khai", "thực hiện", "tập trung", "ưu tiên", "huy động", "được",
                    "hằng năm", "hàng năm", "mỗi năm", "trong năm")
_CAPACITY_VERB_CLASS = {**{v: "neutral" for v in CAPACITY_NEUTRAL}, **{v: "rise" for v in CAPACITY_RISING},
                        **{v: "grow" for v in CAPACITY_GROWING},
                        **{v: "add" for v in CAPACITY_ADDING}, **{v: "not" for v in CAPACITY_NOT_ADDING}}
CAPACITY_VERBS = regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(regex.escape(v) for v in sorted(_CAPACITY_VERB_CLASS, key=len, reverse=True))
                               + r")(?![\p{L}\p{M}])")
CAPACITY_CHAIN = regex.compile(r"^(?:\s|và|hoặc|mới|thêm)*$")  # between two verbs of one chain ("xây mới và mở rộng")
# between the chain and the object: a few words that name the works ("Nhà máy", "Bệnh viện Y dược cổ truyền tỉnh"), never
# what else is done to it ("Đầu tư trang thiết bị cho 50 phòng học": the rooms are equipped, not built)
CAPACITY_GAP_MAX = 7
CAPACITY_GAP_NEVER = regex.compile(r"(?<![\p{L}\p{M}])(?:cho|của|thiết bị|trang thiết bị|máy móc|đồ dùng|bàn ghế|cơ sở vật chất|hồ sơ"
                                   r"|thủ tục|kinh phí|vốn|nguồn|chủ trương|dự án đầu tư|phương án)(?![\p{L}\p{M}])")
# what is not (yet) added: a need, a lack, a baseline done before the plan ("đã xây dựng 120 phòng học")
CAPACITY_NEVER = regex.compile(r"(?<![\p{L}\p{M}])(?:chưa|cần|không|thiếu|nhu cầu|hiện có|hiện nay|lũy kế|xuống cấp|hư hỏng)(?![\p{L}\p{M}])")
CAPACITY_DONE = regex.compile(r"(?<![\p{L}\p{M}])đã (?:được )?(?:" + "|".join(regex.escape(v) for v in CAPACITY_ADDING) + r")(?![\p{L}\p{M}])")
# a work still to be prepared, planned, designed, approved, sought or started ("Lập dự án xây dựng trạm bơm", "Phê duyệt chủ
# trương đầu tư nhà máy nước", "Khởi công xây dựng cầu"), or only its site cleared or its money settled ("Hoàn thành giải
# phóng mặt bằng 12 km đường"): said anywhere before the object, no capacity is what the value counts
CAPACITY_NOT_YET = regex.compile(r"(?<![\p{L}\p{M}])(?:lập|quy hoạch|thiết kế|khảo sát|phê duyệt|thẩm định|chủ trương|mời gọi|thu hút"
                                 r"|kêu gọi|chuẩn bị đầu tư|đề xuất|nghiên cứu|khởi công|xúc tiến|đăng ký|cấp phép|giải phóng mặt bằng"
                                 r"|bồi thường|đền bù|thu hồi đất|bàn giao mặt bằng|quyết toán|giải ngân)(?![\p{L}\p{M}])")
SENTENCE_PART = regex.compile(r"[;:.!?\n]")
PER_DAY_UNIT = regex.compile(r"/\s*(?:ngày|ngđ|24\s*h)")


@functools.lru_cache(maxsize=1)
def capacity_kinds() -> list[tuple[Indicator, regex.Pattern, regex.Pattern | None, bool, bool]]:
    """(indicator, object, negatives, per day, measured along the works) of each kind of new capacity, in file order."""
    indicators = gazetteer()[0]
    kinds = []
    for row in load_tsv(DATA / "capacity_added.tsv", header=True):
        ind_id, obj, never, per_day, length = (c.strip() for c in (row + ["", "", "", ""])[:5])
        kinds.append((indicators[ind_id], regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{obj})(?![\p{{L}}\p{{M}}])"),
                      regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{never})(?![\p{{L}}\p{{M}}])") if never else None,
                      per_day == "yes", length == "yes"))
    return kinds


def _capacity_chain(verbs: list[regex.Match], text: str) -> list[str]:
    """The classes of a chain of verbs (the last verb and those chained to it before), read right to left."""
    chain = [verbs[-1]]
    for prev in reversed(verbs[:-1]):
        if not CAPACITY_CHAIN.match(text[prev.end():chain[0].start()]):
            break
        chain.insert(0, prev)
    return [_CAPACITY_VERB_CLASS[m.group()] for m in chain]


def _capacity_added(text: str, at: int, end: int, grows: bool, length: bool) -> bool:
    """The verbs said of the object at `at`..`end` of `text` add it: the chain before it (the object a few words on), else
    the first chain after it; an adding verb in it and nothing of repair, equipping or planning; a verb of extending
    when `grows` (the value is what it adds: "thêm" said, or the text calls the value a rise, not the level reached)."""
    before = [m for m in CAPACITY_VERBS.finditer(text, 0, at)]
    if CAPACITY_NOT_YET.search(text, 0, at):
        return False
    if grows and CAPACITY_MEASURE.search(text) and not CAPACITY_VERBS.search(text):
        return True  # "Công suất cấp nước sạch (tăng thêm) 10.000 m³/ngày đêm", read as a rise: the capacity added
    if before:
        gap = text[before[-1].end():at]
        if len([w for w in gap.split() if not w[0].isdigit()]) > CAPACITY_GAP_MAX or CAPACITY_GAP_NEVER.search(gap):
            return False
        classes = _capacity_chain(before, text)
        said = text[before[0].start():at]
    else:
        after = list(CAPACITY_VERBS.finditer(text, end))
        if not after or len(text[end:after[0].start()].split()) > CAPACITY_GAP_MAX:
            return False
        chain = [after[0]]
        for nxt in after[1:]:
            if not CAPACITY_CHAIN.match(text[chain[-1].end():nxt.start()]):  # (blank between: the pattern matches it too)
                break
            chain.append(nxt)
        classes = [_CAPACITY_VERB_CLASS[m.group()] for m in chain]
        said = text[end:]
    if "not" in classes:
        return False
    if "add" in classes:
        return not (length and "mở rộng" in said)  # a road widened gains no length
    if "rise" in classes and grows and CAPACITY_MEASURE.search(text):
        return True
    return grows and "grow" in classes


def capacity_indicator(indicator: str | None, unit: str | None, scope: str | None = None,
                       before: str | None = None, change: bool = False) -> Indicator | None:
    """The kind of new capacity a target commits to add ("Xây mới phòng học" in phòng: the classrooms; "Hoàn thành Nhà máy xử
    lý nước thải … công suất" in m³/ngày đêm: the wastewater-treatment capacity), else None (see above). `change`: the text
    calls the value a rise ("mở rộng Trung tâm Y tế thêm 50 giường bệnh"), not the level reached ("nâng quy mô … lên 500")."""
    if not indicator or not unit:
        return None
    family = unit_family(unit)
    if not family or family in ("%", "‰") or family.startswith("money"):
        return None
    name = LEADING_NUMBER.sub("", _activity_words(indicator))
    if before is not None:
        found = capacity_indicator(indicator, unit, scope, change=change)
        if found is None and name.startswith("số ") and (verb := _clause_verb(before)):
            found = capacity_indicator(f"{verb} {name[3:]}", unit, scope, change=change)
        if found is None and name.startswith("số ") and (sentence := SENTENCE_PART.split(before)[-1].strip()):
            # the second of a list the verb is said once for ("Xây dựng mới 150 km đường dây trung, hạ thế và 45 trạm biến
            # áp"): the sentence's verb, a few words before (CAPACITY_GAP_MAX keeps it the same list's)
            found = capacity_indicator(f"{sentence} {name[3:]}", unit, scope, change=change)
        return found
    if not name or ACTIVITY_NEVER.search(name) or ACTIVITY_STOCK.match(name) or CAPACITY_NEVER.search(name) \
            or CAPACITY_DONE.search(name):
        return None  # a stock, a need, or what was done before the plan ("đã xây dựng 120 phòng học"): nothing it adds
    per_day = PER_DAY_UNIT.search(spelling(unit)) is not None
    unit_words, scope_words = _activity_words(unit), _activity_words(scope)
    lengths = [k for k in capacity_kinds() if k[4] and k[1].search(name)]
    for ind, obj, never, kind_per_day, length in capacity_kinds():
        if not _fits(ind, family) or kind_per_day != per_day or ("/" in family and not kind_per_day):
            continue
        if length and len(lengths) > 1:
            continue  # "đường và kênh mương": one value for two kinds
        for text in dict.fromkeys((name, f"{name} {scope_words}".strip(), f"{scope_words} {name}".strip())):
            said = f"{text} {unit_words}"
            if never is not None and never.search(said):
                break
            if (found := obj.search(text)) is not None:
                at, end = found.span()
            elif obj.search(unit_words):
                at = end = len(text)  # the object said by the unit only ("Xây mới | phòng học"): the verbs are the name's
            else:
                continue
            grows = change or regex.search(r"(?<![\p{L}\p{M}])thêm(?![\p{L}\p{M}])", text) is not None
            if _capacity_added(text, at, end, grows=grows, length=length):
                return ind
    return None


# A list or table under a heading that is only what is done ("1. Xây mới:", "Sửa chữa, nâng cấp:", "Đầu tư xây dựng mới các
# công trình:") names its items without the verb ("- Trạm bơm điện: 03 trạm"): the nearest such heading's verbs are said of
# each item. Only a heading of verbs (and the works in general): a heading with a topic of its own is no verb of the item.
CAPACITY_HEADING_FILLER = regex.compile(r"(?<![\p{L}\p{M}])(?:các|những|công trình|hạng mục|hạ tầng|gồm|bao gồm|như sau|cụ thể|năm \d{4}"
                                        r"|giai đoạn \d{4}(?: \d{4})?|trong năm|mới|thêm|và|hoặc)(?![\p{L}\p{M}])")


def capacity_under_heading(indicator: str | None, unit: str | None, headings: list[str], scope: str | None = None,
                           change: bool = False) -> Indicator | None:
    """The new capacity an item without a verb is, read with the verbs of the nearest heading of verbs above it (its list's
    intro, its sections, its table's caption; `headings` nearest first, its own sentence first), else None."""
    if not indicator or CAPACITY_VERBS.search(_activity_words(indicator)):
        return None  # a verb of its own: its own verb says it (capacity_indicator)
    for heading in headings[1:]:
        said = _activity_words(LIST_ITEM.sub("", heading.strip()))
        said = regex.sub(r"^(?:[ivxl]+|\d+|[a-zđ])\s+", "", said)  # "1. Xây mới", "II. Sửa chữa": the number goes
        if not CAPACITY_VERBS.search(said):
            continue
        if CAPACITY_HEADING_FILLER.sub(" ", CAPACITY_VERBS.sub(" ", said)).strip():
            return None  # the nearest heading with a verb says more than what is done: no verb of the item
        return capacity_indicator(f"{said} {indicator}", unit, scope, change=change)
    return None

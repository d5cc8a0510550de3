#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set81).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as
in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


DONG = dict(unit="other", unit_text="đồng")
USD = dict(unit="other", unit_text="USD")
PER1000 = dict(unit="other", unit_text="doanh nghiệp/1.000 dân")

DTE = "econ.digital_tech_enterprises_count"
DTE1000 = "econ.digital_tech_enterprises_per_1000"

# --------------------------------------------------------------------------
# 01 The ICT industry's figures of 2022, national (makeinvietnam.mic.gov.vn,
# the date line "10/01/2023" → `date 2023-01`; "năm 2022" → 2022). A list of
# results: "ước đạt 148 tỷ USD" (=, USD; no id: econ.ict_industry_revenue is
# in đồng), "117 tỷ USD" hardware exports (=, no id), "42.000 doanh nghiệp"
# (=, count, econ.digital_tech_enterprises_count), "1.200.000 người" (=,
# count; no id: the catalogue holds a share of the labour force), "40.000 tỷ
# đồng" paid to the budget (=, đồng; no id), "6 khu" IT parks (=, count; no
# id). Each "tăng X% so với năm 2021" is a change against an earlier value →
# NOT. Title "Công bố số liệu phát triển công nghiệp ICT" names no pillar →
# null. Not quantities: "năm 2021" (four times), the date line.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-cong-nghiep-ict-2022", kind="result", year=2022, records=[
    R("ước đạt «148 tỷ USD", "Doanh thu lĩnh vực Công nghiệp ICT", "=", 148e9, **USD),
    R("ước đạt «117 tỷ USD", "Kim ngạch xuất khẩu phần cứng, điện tử", "=", 117e9, **USD),
    R("ước đạt «42.000 doanh nghiệp", "Số doanh nghiệp công nghệ số đang hoạt động", "=", 42000, **CNT, iid=DTE),
    R("ICT: «1.200.000 người", "Lao động trong lĩnh vực công nghiệp ICT", "=", 1200000, **CNT),
    R("ngân sách: «40.000 tỷ đồng", "Nộp ngân sách", "=", 40000e9, **DONG),
    R("Quang Trung: «6 khu", "Số khu CNTT tập trung và các thành viên chuỗi Khu Công viên phần mềm Quang Trung",
      "=", 6, **CNT),
], NOT=["tăng trưởng «8% so", "tăng «8,8% so", "tăng «6% so", "tăng «8,6% so"])

# --------------------------------------------------------------------------
# 02 The Sao Khuê 2022 awards, national (vietnamfinance.vn, no date shown;
# "Sao Khuê 2022", "Ngày 23/4" → 2022; two sidebar lines of another article
# cut). Results: "174 sản phẩm ... có doanh thu lên tới 16.000 tỷ đồng" (=,
# đồng, 2022: "lên tới" read as "đạt"; a judgement) and its restatement
# "tương đương 696 triệu USD" (=, USD: a figure the text states, recorded as
# stated; a judgement), "80% sản phẩm, giải pháp được trao giải sử dụng các
# công nghệ tiên phong" (=, %), "tổng doanh thu 10 doanh nghiệp ... đạt trên
# 160.000 tỷ đồng (gần 7 tỷ USD) trong năm 2021" (>, then ~, 2021), "Tổng
# doanh thu 10 sản phẩm, dịch vụ này trong năm 2021 đạt 6.242 tỷ đồng" (=,
# 2021). No ids (awarded firms' and products' revenue is not the industry's).
# NOT: "tăng trưởng 15% so với 2020", "tăng gần 300% so với năm 2020"
# (changes). Not quantities: "174" (the products awarded: the award's scope,
# like the participants of an event; a judgement), "top 10", "10 doanh
# nghiệp", "10 sản phẩm" (the award's top-ten group), "23/4", "năm 2008",
# "2020". Pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-sao-khue-2022-doanh-thu", kind="result", year=2022, records=[
    R("lên tới «16.000 tỷ đồng", "doanh thu của 174 sản phẩm, dịch vụ, giải pháp được trao giải Sao Khuê 2022", "=",
      16000e9, **DONG),
    R("tương đương «696 triệu USD", "doanh thu của sản phẩm, dịch vụ, giải pháp được trao giải Sao Khuê 2022", "=",
      696e6, **USD),
    R("năm 2008; «80% sản phẩm", "sản phẩm, giải pháp được trao giải sử dụng các công nghệ tiên phong như AI, "
      "Blockchain, RPA", "=", 80),
    R("đạt trên «160.000 tỷ đồng", "tổng doanh thu 10 doanh nghiệp đạt top 10 Sao Khuê 2022", ">", 160000e9, **DONG,
      year=2021),
    R("(gần «7 tỷ USD)", "tổng doanh thu 10 doanh nghiệp đạt top 10 Sao Khuê 2022", "~", 7e9, **USD, year=2021),
    R("năm 2021 đạt «6.242 tỷ đồng", "Tổng doanh thu 10 sản phẩm, dịch vụ", "=", 6242e9, **DONG, year=2021),
], NOT=["tăng trưởng «15% so", "tăng gần «300% so"])

# --------------------------------------------------------------------------
# 03 Bắc Giang's ICT industry in the first nine months of 2023 (vneconomy.vn,
# the crawler's stamp " date 2023-09 " put on its own first line; a national
# page, so each record names `place` "Bắc Giang"). A precision text: four
# quantities among "quý 3/2023" (twice), "quý 4/2023", "11/9/2023", "9 tháng"
# and "năm 2030". "hiện có 1.700 doanh nghiệp hoạt động trong lĩnh vực công
# nghệ thông tin, điện tử viễn thông" (=, count, 2023;
# econ.digital_tech_enterprises_count, whose wordings include "doanh nghiệp
# hoạt động trong lĩnh vực công nghệ số"; a judgement); "Giá trị sản xuất 9
# tháng đầu năm 2023 ước đạt 183.269 tỷ đồng" (=, đồng; no id: production
# value, not revenue); "thuế ... đạt xấp xỉ 752 tỷ đồng" (~); "nhân lực ICT
# là 195.000 người" (=, count; no id). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_bacgiang-cong-nghiep-ict-9-thang-2023-precision", kind="result", year=2023, records=[
    R("hiện có «1.700 doanh nghiệp", "doanh nghiệp hoạt động trong lĩnh vực công nghệ thông tin, điện tử viễn thông",
      "=", 1700, **CNT, place="Bắc Giang", iid=DTE),
    R("ước đạt «183.269 tỷ đồng", "Giá trị sản xuất", "=", 183269e9, **DONG, place="Bắc Giang"),
    R("xấp xỉ «752 tỷ đồng", "thuế và các khoản phải nộp ngân sách nhà nước", "~", 752e9, **DONG, place="Bắc Giang"),
    R("là «195.000 người", "nhân lực ICT", "=", 195000, **CNT, place="Bắc Giang"),
])

# --------------------------------------------------------------------------
# 04 The e-Conomy SEA 2025 report on Việt Nam (cafef.vn; the crawler's stamp
# " date 2025-11-25 " written as `date 2025-11`, the photo caption "Ảnh minh
# họa" after it cut). The report's figures for 2025 ("dự báo đạt ... vào cuối
# năm 2025", published in November 2025) are read as results (=, like "ước
# đạt"; a judgement): "39 tỷ USD tổng giá trị hàng hóa" of the digital
# economy, "25 tỷ USD" e-commerce, "5 tỷ USD" transport and food delivery, "6
# tỷ USD" online media (USD; no ids: the catalogue's e-commerce revenue is in
# đồng and no indicator is the digital economy's gross merchandise value).
# NOT: "17% so với cùng kỳ", "tăng 17%", "tăng 20%", "hơn 16%" (growth, a
# change against the year before). Not quantities: "hai phần ba", "hai chữ
# số", "thứ hai", "lần thứ mười" (words). Headings name no pillar → null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-economy-sea-2025", kind="result", year=2025, records=[
    R("dự báo đạt «39 tỷ USD", "nền kinh tế số Việt Nam tổng giá trị hàng hóa", "=", 39e9, **USD),
    R("đạt «25 tỷ USD", "Thương mại điện tử tổng giá trị hàng hóa của Việt Nam", "=", 25e9, **USD),
    R("đạt «5 tỷ USD", "Lĩnh vực Vận tải và Giao đồ ăn tổng giá trị hàng hóa", "=", 5e9, **USD),
    R("quy mô «6 tỷ USD", "Nội dung nghe nhìn trực tuyến quy mô", "=", 6e9, **USD),
], NOT=["trưởng «17% so với cùng kỳ", "dự báo tăng «17%", "tăng «20% và", "hơn «16% và"])

# --------------------------------------------------------------------------
# 05 Cyber threats in the first quarter of 2024, national (vietbao.vn, the
# stamp " date 2024-04 " on its own line; "Ba tháng đầu năm 2024" → 2024).
# Results: "hơn 150 triệu cảnh báo" (>, count, 1.5e8), "hơn 300.000 nguy cơ
# tấn công mạng" (>, count), "hơn 13.000 sự kiện an toàn thông tin liên quan
# đến ransomware" (>, count). No ids: security.attack_incidents_count counts
# attacks that caused incidents, not alerts, risks or events (a judgement).
# Not a quantity: "sau 2 vụ tấn công vào hệ thống thông tin của VN-Direct và
# PVOIL" (names two known incidents; a judgement). Pillar null (no heading).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-tan-cong-mang-quy1-2024", kind="result", year=2024, records=[
    R("phân tích hơn «150 triệu cảnh báo", "cảnh báo về các nguy cơ bảo mật trên không gian mạng Việt Nam được ghi "
      "nhận từ hệ thống kỹ thuật", ">", 150e6, **CNT),
    R("có hơn «300.000 nguy cơ", "nguy cơ tấn công mạng nhằm vào các hệ thống thông tin trên toàn quốc", ">", 300000,
      **CNT),
    R("ghi nhận hơn «13.000 sự kiện", "sự kiện an toàn thông tin liên quan đến ransomware trên các hệ thống thông tin",
      ">", 13000, **CNT),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Long's plan for the start-up ecosystem, 2021-2025 (baovinhlong.com.vn,
# no date shown (the address holds 202107); the byline "LÝ AN" and the
# closing "Thông tin bạn đọc" / "Đóng Lưu thông tin" cut; the lead printed
# twice by the page, kept). Targets "đến năm 2025" (2025; bare numbers →
# >=): "100% sở, ban, ngành, UBND huyện- thị- thành được tập huấn" (%), "hỗ
# trợ 10 dự án", "hỗ trợ phát triển 10 doanh nghiệp khởi nghiệp", "hỗ trợ
# thành lập 3 vườn ươm", "thành lập 1 trung tâm đổi mới sáng tạo" (counts).
# No ids (the catalogue holds no start-up indicator). Not quantities: "5 nhóm
# nhiệm vụ và giải pháp" (a count of tasks), "2021- 2025", "năm 2025" in the
# scheme's name. Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhlong-khoi-nghiep-doi-moi-sang-tao-2025", kind="target", year=2025, records=[
    R("có «100% sở", "sở, ban, ngành, UBND huyện- thị- thành được tập huấn nâng cao nhận thức về khởi nghiệp đổi mới "
      "sáng tạo", ">=", 100),
    R("hỗ trợ «10 dự án", "dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ", ">=", 10, **CNT),
    R("phát triển «10 doanh nghiệp", "doanh nghiệp khởi nghiệp đổi mới sáng tạo được hỗ trợ phát triển", ">=", 10,
      **CNT),
    R("thành lập «3 vườn ươm", "vườn ươm tại các trường ĐH, CĐ và tổ chức khoa học và công nghệ được hỗ trợ thành lập",
      ">=", 3, **CNT),
    R("thành lập «1 trung tâm", "trung tâm đổi mới sáng tạo của tỉnh được thành lập", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 07 The SMEdx programme (support to SMEs' digital transformation), national,
# printed on quangnam.gov.vn (no date shown; the text speaks of 2022's plan
# and 2021's results). Targets of 2022 (bare numbers → >=): "hỗ trợ 30.000
# doanh nghiệp vừa và nhỏ chuyển đổi số" and "mục tiêu sẽ có 30.000 doanh
# nghiệp được hỗ trợ" (each recorded; econ.smedx_enterprises_count, the
# programme being SMEdx: a judgement), "đánh giá mức độ chuyển đổi số của
# 100.000 doanh nghiệp" (no id). Results of 2021: "16.000 doanh nghiệp tham
# gia trong năm 2021" (=, smedx), "23 nền tảng số" chosen (=, "từ năm 2021 đến
# nay", "sau hơn 11 tháng" → 2021; no id), "hơn 16.000 doanh nghiệp nhỏ và vừa
# lựa chọn sử dụ[ng]" (>, smedx; the excerpt ends inside the word). NOT: "hỗ
# trợ 50%" (the share of the cost the State pays: a rule of a decree, no
# target or result), "chiếm hơn 98%" (the make-up of Việt Nam's firms, as
# set69's population share). Not quantities: "khoảng 870.000 doanh nghiệp"
# (all firms of the country: no indicator of the transformation; a judgement),
# "80/2021/NĐ-CP", "hơn 11 tháng". Pillar null.
# --------------------------------------------------------------------------
SMEDX = "econ.smedx_enterprises_count"
D07 = dict(name="07_ca-nuoc-smedx-doanh-nghiep-nho-va-vua-2022", kind="target", year=2022, records=[
    R("chương trình hỗ trợ «30.000 doanh nghiệp", "doanh nghiệp vừa và nhỏ được chương trình hỗ trợ chuyển đổi số",
      ">=", 30000, **CNT, iid=SMEDX),
    R("chuyển đổi số với «16.000 doanh nghiệp", "doanh nghiệp tham gia chương trình hỗ trợ doanh nghiệp nhỏ và vừa "
      "chuyển đổi số", "=", 16000, **CNT, kind="result", year=2021, iid=SMEDX),
    R("sẽ có «30.000 doanh nghiệp", "doanh nghiệp được hỗ trợ chuyển đổi số", ">=", 30000, **CNT, iid=SMEDX),
    R("của «100.000 doanh nghiệp", "doanh nghiệp được đánh giá mức độ chuyển đổi số", ">=", 100000, **CNT),
    R("chọn được «23 nền tảng", "nền tảng số \"made in Vietnam\" xuất sắc được chương trình chọn để công bố, giới "
      "thiệu", "=", 23, **CNT, kind="result", year=2021),
    R("đã có hơn «16.000 doanh nghiệp", "doanh nghiệp nhỏ và vừa lựa chọn", ">", 16000, **CNT, kind="result",
      year=2021, iid=SMEDX),
], NOT=["hỗ trợ «50% nếu", "chiếm hơn «98%"])

# --------------------------------------------------------------------------
# 08 The Prime Minister's instruction on firms' digital transformation
# (baochinhphu.vn, no date shown; the byline "Vũ Phương Nhi" cut). A precision
# text: two quantities among "15 tháng 12 năm 2020". The survey's "chuyển đổi
# số vẫn chỉ là sự mong muốn của khoảng 72% doanh nghiệp nhỏ và vừa" and
# "Hiện số doanh nghiệp đang chuyển đổi số trên cả nước chiếm khoảng 15%"
# (results, ~; "Hiện" in the VOV article of 15/12/2020 → 2020). No ids.
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-doanh-nghiep-chuyen-doi-so-2020-precision", kind="result", year=2020, records=[
    R("khoảng «72% doanh", "doanh nghiệp nhỏ và vừa chuyển đổi số vẫn chỉ là sự mong muốn", "~", 72),
    R("chiếm khoảng «15%", "số doanh nghiệp đang chuyển đổi số trên cả nước", "~", 15),
])

# --------------------------------------------------------------------------
# 09 Retail e-commerce, national (kythuatchonghanggia.vn, no date shown). A
# precision text: "năm 2023, quy mô thị trường TMĐT bán lẻ tăng thêm khoảng 4
# tỷ USD (tăng 25%) so với năm 2022, đạt 20,5 tỷ USD": the change "4 tỷ USD"
# is no quantity and "25%" is NOT; "đạt 20,5 tỷ USD" is the result (=, USD,
# 2023; no id: econ.ecommerce_revenue is in đồng). "Dự kiến đến năm 2025, quy
# mô ... đạt 35 tỷ USD, chiếm 10% tổng mức bán lẻ": the national plan's figures
# for 2025, read as targets (>=, bare; a judgement): USD (no id) and %
# (econ.ecommerce_retail_share). The closing " |" kept as returned. Pillar
# null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-tmdt-ban-le-2023-precision", kind="result", year=2023, records=[
    R("đạt «20,5 tỷ USD", "quy mô thị trường TMĐT bán lẻ", "=", 20.5e9, **USD),
    R("đạt «35 tỷ USD", "quy mô thị trường thương mại điện tử bán lẻ", ">=", 35e9, **USD, kind="target", year=2025),
    R("chiếm «10% tổng", "thương mại điện tử bán lẻ chiếm tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng cả nước",
      ">=", 10, kind="target", year=2025, iid="econ.ecommerce_retail_share"),
], NOT=["(tăng «25%)"])

# --------------------------------------------------------------------------
# 10 Đà Nẵng's information and communications sector in 2021
# (thoibaonganhang.vn, no date shown; "năm 2021" → 2021). Results: "tổng doanh
# thu hoạt động thông tin và truyền thông ... ước đạt 15.623 tỷ đồng" (=,
# econ.ict_industry_revenue, whose wordings include "tổng doanh thu ngành
# thông tin và truyền thông"), "dịch vụ viễn thông đạt 11.438 tỷ đồng" (=; no
# id), "lập trình máy tính ... ước đạt 2.650 tỷ đồng" (=; no id), "kim ngạch
# xuất khẩu phần mềm ước đạt 98,5 triệu USD" (=, econ.software_exports),
# "quy mô giá trị tăng thêm toàn ngành khoảng 8.641 tỷ đồng" (~; no id),
# "đóng góp 8,2% trong cơ cấu GRDP" (=, %; no id: the sector's share, not the
# digital economy's). NOT: "0,18%", "hơn 10,4%", "9,9%", "11,2%", "8,7%",
# "6,3%" (growth). Not quantities: "tăng gần 769 tỷ đồng so với năm 2020" (a
# change), "Covid-19", "năm 2020". Headings ("Mở rộng thị trường xuất khẩu
# phần mềm", "Ngành kinh tế mũi nhọn") name no pillar → null.
# --------------------------------------------------------------------------
D10 = dict(name="10_danang-thong-tin-truyen-thong-2021", kind="result", year=2021, records=[
    R("ước đạt «15.623 tỷ đồng", "tổng doanh thu hoạt động thông tin và truyền thông của thành phố", "=", 15623e9,
      **DONG, iid="econ.ict_industry_revenue"),
    R("đạt «11.438 tỷ đồng", "dịch vụ viễn thông", "=", 11438e9, **DONG),
    R("ước đạt «2.650 tỷ đồng", "lập trình máy tính và các dịch vụ liên quan", "=", 2650e9, **DONG),
    R("ước đạt «98,5 triệu USD", "kim ngạch xuất khẩu phần mềm", "=", 98.5e6, **USD, iid="econ.software_exports"),
    R("khoảng «8.641 tỷ đồng", "quy mô giá trị tăng thêm toàn ngành", "~", 8641e9, **DONG),
    R("đóng góp «8,2% trong", "giá trị tăng thêm toàn ngành thông tin và truyền thông đóng góp trong cơ cấu GRDP",
      "=", 8.2),
], NOT=["tăng «0,18%", "(hơn «10,4%)", "tăng «9,9%", "tăng «11,2%", "tăng «8,7%", "tăng «6,3%"])

# --------------------------------------------------------------------------
# 11 Digital technology enterprises in the first half of 2022, national
# (doanhnghiephoinhap.vn; the byline "22:36 18/07/2022" cut and written as
# `date 2022-07`; the photo caption repeating the title, printed twice, cut;
# the title kept). The paragraph "số lượng doanh nghiệp công nghệ số ... từ
# mức 45.600 doanh nghiệp năm 2019 lên 58.000 năm 2020 và đạt 64.000 doanh
# nghiệp năm 2021. Mục tiêu kế hoạch đặt ra năm 2022 ... đạt 70.000 doanh
# nghiệp." is printed twice by the page: each time three results (=, their
# own years) and one target (>=, 2022), all
# econ.digital_tech_enterprises_count. "doanh thu công nghiệp công nghệ thông
# tin ước đạt 72,5 tỷ USD" (=, USD, 2022; no id: the catalogue's is in đồng);
# "tỷ lệ giá trị Make in VietNam đạt hơn 26,7%" (>, %; no id) "với giá trị ước
# đạt khoảng 19,4 tỷ USD" (~, USD); "số doanh nghiệp công nghệ số ... ước đạt
# 67.300" (=, count, DTE); "đạt tỷ lệ xấp xỉ khoảng 0,69 doanh nghiệp/1.000
# dân" (~, other, econ.digital_tech_enterprises_per_1000); "kế hoạch năm là
# 0,7 doanh nghiệp/1.000 dân" (target, >=: "là X" in a target, 2022). NOT:
# "17,8% so với cùng kỳ" (growth), "bằng 98% kế hoạch" (the result against
# the plan, like "vượt chỉ tiêu"; a judgement). Not quantities: "thêm hơn
# 3.400" (title: a change), "tăng 3.422 doanh nghiệp so với tháng 12/2021",
# "6 tháng", "18/7", the date line. Pillar null.
# --------------------------------------------------------------------------
P1 = "Trong những năm gần đây, số lượng doanh nghiệp công nghệ số Việt Nam đã liên tục tăng trưởng, từ mức "
P2 = "Như vậy, trong những năm gần đây, số lượng doanh nghiệp công nghệ số Việt Nam đã liên tục tăng trưởng, từ mức "
D11 = dict(name="11_ca-nuoc-doanh-nghiep-cong-nghe-so-6-thang-2022", kind="result", year=2022, records=[
    R(P1 + "«45.600", "số lượng doanh nghiệp công nghệ số Việt Nam", "=", 45600, **CNT, year=2019, iid=DTE),
    R(P1 + "45.600 doanh nghiệp năm 2019 lên «58.000", "số lượng doanh nghiệp công nghệ số Việt Nam", "=", 58000,
      **CNT, year=2020, iid=DTE),
    R(P1 + "45.600 doanh nghiệp năm 2019 lên 58.000 năm 2020 và đạt «64.000", "số lượng doanh nghiệp công nghệ số "
      "Việt Nam", "=", 64000, **CNT, year=2021, iid=DTE),
    R("đạt «70.000 doanh nghiệp.\n\nTheo", "Mục tiêu kế hoạch số doanh nghiệp công nghệ số Việt Nam", ">=", 70000,
      **CNT, kind="target", iid=DTE),
    R("ước đạt «72,5 tỷ USD", "doanh thu công nghiệp công nghệ thông tin", "=", 72.5e9, **USD),
    R("đạt hơn «26,7%", "tỷ lệ giá trị Make in VietNam trong cơ cấu doanh thu công nghiệp công nghệ thông tin", ">",
      26.7),
    R("khoảng «19,4 tỷ USD", "giá trị Make in VietNam", "~", 19.4e9, **USD),
    R("ước đạt «67.300", "số doanh nghiệp công nghệ số Việt Nam", "=", 67300, **CNT, iid=DTE),
    R("khoảng «0,69 doanh", "tỷ lệ doanh nghiệp công nghệ số", "~", 0.69, **PER1000, iid=DTE1000),
    R("năm là «0,7 doanh", "kế hoạch năm tỷ lệ doanh nghiệp công nghệ số", ">=", 0.7, **PER1000, kind="target",
      iid=DTE1000),
    R(P2 + "«45.600", "số lượng doanh nghiệp công nghệ số Việt Nam", "=", 45600, **CNT, year=2019, iid=DTE),
    R(P2 + "45.600 doanh nghiệp năm 2019 lên «58.000", "số lượng doanh nghiệp công nghệ số Việt Nam", "=", 58000,
      **CNT, year=2020, iid=DTE),
    R(P2 + "45.600 doanh nghiệp năm 2019 lên 58.000 năm 2020 và đạt «64.000", "số lượng doanh nghiệp công nghệ số "
      "Việt Nam", "=", 64000, **CNT, year=2021, iid=DTE),
    R("đạt «70.000 doanh nghiệp.\n\nCòn", "Mục tiêu kế hoạch số doanh nghiệp công nghệ số Việt Nam", ">=", 70000,
      **CNT, kind="target", iid=DTE),
], NOT=["trưởng «17,8% so", "bằng «98% kế hoạch"])

# --------------------------------------------------------------------------
# 12 The digital economy 2020-2025, national (dan.qssec.org, a copy on an
# unrelated site; its furniture lines "Tin tức mới nhất" and "Tắc đường giờ
# cao điểm" cut; no date shown). Results: "Số lượng doanh nghiệp công nghệ số
# tăng nhanh từ 58.000 năm 2020 lên khoảng 80.000 năm 2025" (=, 2020; ~, 2025;
# both DTE), "Kim ngạch xuất khẩu sản phẩm công nghệ số năm 2025 ước đạt 172 tỷ
# USD" (=, no id), "Quy mô thương mại điện tử ước đạt 36 tỷ USD" (=, 2025 from
# the sentence before; no id: USD). Not quantities: "gấp hơn 1,7 lần", "gấp 3
# lần" (changes), "năm 2020". The lead "kinh tế số và xã hội" names two
# topics, no one pillar → null.
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-kinh-te-so-2020-2025", kind="result", year=2025, records=[
    R("nhanh từ «58.000", "Số lượng doanh nghiệp công nghệ số", "=", 58000, **CNT, year=2020, iid=DTE),
    R("lên khoảng «80.000", "Số lượng doanh nghiệp công nghệ số", "~", 80000, **CNT, iid=DTE),
    R("ước đạt «172 tỷ USD", "Kim ngạch xuất khẩu sản phẩm công nghệ số", "=", 172e9, **USD),
    R("ước đạt «36 tỷ USD", "Quy mô thương mại điện tử", "=", 36e9, **USD),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

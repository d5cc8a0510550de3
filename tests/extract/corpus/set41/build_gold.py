#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set41).

Copied from set39's builder (itself from set37's, set27's, set25's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (214
entries; see README). As in set10-set39, the id is given in the record itself (`iid=`).

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


DIEM = dict(unit="other", unit_text="điểm")
OTHER = dict(unit="other", unit_text=None)

DONG = dict(unit="other", unit_text="đồng")
MBPS = dict(unit="other", unit_text="Mbps")
P100 = dict(unit="other", unit_text="thuê bao/100 dân")

FIXED_SUBS = "infra.internet_subscriptions_count"
FIXED_100 = "infra.fixed_broadband_subscriptions_per_100"
MOBILE_100 = "infra.mobile_broadband_subscriptions_per_100"
HH_NET = "infra.households_internet_share"
DE_GDP = "econ.digital_economy_gdp_share"
ECOM_RETAIL = "econ.ecommerce_retail_share"
ECOM_PRODUCTS = "econ.ecommerce_products_count"

# --------------------------------------------------------------------------
# 01 Quảng Ngãi (the page names no province; "xã Sơn Kỳ (Sơn Hà)"), mobile
# coverage (lite.baomoi.com, no date shown): "từ đầu năm 2024 đến nay ... Đến
# nay" → results of 2024. The title "Nỗ lực phủ sóng di động" names a topic
# of hạ tầng số (mobile network) and heads the whole text → pillar
# digital_infrastructure on every record. The 11 villages freed of dead zones
# (a count reached), "hơn 1.730 vị trí cột" and "hơn 3.700 trạm BTS" (op >;
# infra.bts_stations_count), 100% of villages covered by 2G/3G/4G
# (infra.mobile_village_coverage_share), fibre to the commune centres 100%
# (infra.fibre_commune_coverage_share). "2G, 3G, 4G" are names.
# --------------------------------------------------------------------------
D01 = dict(name="01_quangngai-phu-song-di-dong-2024", kind="result", year=2024, records=[
    R("sóng tại «11 thôn", "khắc phục tình trạng \"lõm\" sóng tại thôn, vùng khó khăn", "=", 11, **CNT, pillar=INFRA),
    R("có hơn «1.730 vị trí", "vị trí cột thu phát sóng", ">", 1730, **CNT, pillar=INFRA),
    R("và hơn «3.700 trạm", "trạm thu phát sóng di động (trạm BTS)", ">", 3700, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("Có «100% đơn vị", "đơn vị hành chính cấp thôn đã được phủ sóng di động 2G, 3G, 4G", "=", 100, pillar=INFRA,
      iid="infra.mobile_village_coverage_share"),
    R("trung tâm xã đạt «100%", "Mạng truyền dẫn cáp quang tới trung tâm xã", "=", 100, pillar=INFRA,
      iid="infra.fibre_commune_coverage_share"),
])

# --------------------------------------------------------------------------
# 02 Ninh Thuận, DTI 2022 (soct.ninhthuan.gov.vn, "Đăng ngày 07 - 08 - 2023"
# moved to `date 2023-08`): the index of 2022 → year 2022. The first
# paragraph is stated again, word for word up to the cut, in the second:
# each statement is a record (set39's rule for restatements). The DTI value
# (unit other, no "điểm" written → unit_text null; dti.provincial_score), the
# rank 27/63 (dti.provincial_rank) and the rank of 2021 "xếp thứ 53/63" (a
# value of its own year, year 2021), the three pillar values and ranks
# (dti.digital_*_score / _rank: "Chính quyền số đạt ..." is a subject, not a
# heading → pillar null), the provinces' mean 0,5791 (no id: not the
# province's value) and "593,4/1000 điểm" (the same score on a 1000 scale:
# unit other "điểm", no id). Not quantities: every "tăng ...% so với năm
# 2021" and "tăng N bậc" (changes, spec), "cao hơn trung bình cả nước 1,43
# điểm" (a difference), the denominators "/63", "/1000", dates.
# --------------------------------------------------------------------------
S02 = ("0,5934, tăng 94,69% so với năm 2021, xếp thứ 27/63 tỉnh, thành phố, tăng 26 bậc so với năm 2021 xếp thứ "
       "53/63. Trong đó: Chính quyền số đạt 0,6787, tăng 93,03% so với năm 2021, xếp thứ 24/63 tỉnh, thành phố, tăng "
       "23 bậc so với năm 2021; Kinh tế số đạt 0,6518, tăng 90,53% so với năm 2021, xếp thứ 29/63 tỉn")
P02A = "\nNinh Thuận, có giá trị DTI năm 2022 đạt "
P02B = "tỉnh Ninh Thuận, có giá trị DTI năm 2022 đạt "


def L02(prefix, before):
    """A locator inside the repeated sentence: the paragraph's own opening, then the sentence up to `before`."""
    if not before:
        return prefix + "«"
    return prefix + S02[:S02.index(before) + len(before)] + "«"


def D02_block(prefix):
    return [
        R(L02(prefix, ""), "Ninh Thuận giá trị DTI năm 2022", "=", 0.5934, **OTHER, iid="dti.provincial_score"),
        R(L02(prefix, "2021, xếp thứ "), "Ninh Thuận DTI năm 2022 xếp thứ tỉnh, thành phố", "=", 27, **RANK,
          iid="dti.provincial_rank"),
        R(L02(prefix, "so với năm 2021 xếp thứ "), "Ninh Thuận DTI năm 2021 xếp thứ", "=", 53, **RANK, year=2021,
          iid="dti.provincial_rank"),
        R(L02(prefix, "Chính quyền số đạt "), "Chính quyền số", "=", 0.6787, **OTHER,
          iid="dti.digital_government_score"),
        R(L02(prefix, "93,03% so với năm 2021, xếp thứ "), "Chính quyền số xếp thứ tỉnh, thành phố", "=", 24, **RANK,
          iid="dti.digital_government_rank"),
        R(L02(prefix, "Kinh tế số đạt "), "Kinh tế số", "=", 0.6518, **OTHER, iid="dti.digital_economy_score"),
        R(L02(prefix, "90,53% so với năm 2021, xếp thứ "), "Kinh tế số xếp thứ tỉnh, thành phố", "=", 29, **RANK,
          iid="dti.digital_economy_rank"),
    ]


NOT02 = [L02(pfx, b) for pfx in (P02A, P02B) for b in ("0,5934, tăng ", "0,6787, tăng ", "0,6518, tăng ")]
D02 = dict(name="02_ninhthuan-dti-2022", kind="result", year=2022,
           NOT=NOT02 + ["Xã hội số đạt 0,6045, tăng «87,44%"], records=D02_block(P02A) + [
    R("Xã hội số đạt «0,6045", "Xã hội số", "=", 0.6045, **OTHER, iid="dti.digital_society_score"),
    R("87,44% so với năm 2021, xếp thứ «22/63", "Xã hội số xếp thứ tỉnh, thành phố", "=", 22, **RANK,
      iid="dti.digital_society_rank"),
    R("cấp tỉnh là «0,5791", "Giá trị trung bình DTI 2022 cấp tỉnh", "=", 0.5791, **OTHER),
    R("tỉnh Ninh Thuận đạt «0,5934 giá trị", "tỉnh Ninh Thuận giá trị DTI 2022 thuộc nhóm các tỉnh có giá trị đạt trên "
      "mức trung bình của cả nước", "=", 0.5934, **OTHER, iid="dti.provincial_score"),
    R("đạt «593,4/1000 điểm", "Kết quả trong năm 2022 các chỉ số của tỉnh Ninh Thuận", "=", 593.4, **DIEM),
] + D02_block(P02B))

# --------------------------------------------------------------------------
# 03 Quảng Ninh, digital economy (chuyendoiso.baoquangninh.vn, no date shown;
# "6 tháng đầu năm 2023", "từ đầu năm 2023", "7 tháng đầu năm 2023" → 2023).
# The title "Bước tiến mới trong phát triển kinh tế số" names one pillar and
# heads the whole text → digital_economy (set37's rule for titles). The
# national share "trên 15,2% GDP" (op >; econ.digital_economy_gdp_share, a
# national value, no place), the OCOP products on the province's platform
# "198/336" (numerator; econ.ecommerce_products_count), the visits "khoảng
# 127.026 nghìn lượt" (op ~, read as written: 127 026 000) and the orders
# "246 đơn". Not quantities: "15 đề án trọng tâm" (a count of projects, like
# tasks), "3-5 sao" (a class of products), "/336" (denominator), "chợ 4.0",
# "lần thứ XV", periods and document numbers.
# --------------------------------------------------------------------------
D03 = dict(name="03_quangninh-kinh-te-so-ocop-2023", kind="result", year=2023, records=[
    R("tỉ trọng trên «15,2% GDP", "kinh tế số chiếm tỉ trọng GDP trong 6 tháng đầu năm 2023", ">", 15.2, pillar=ECO,
      iid=DE_GDP),
    R("giới thiệu «198/336", "Sàn thương mại điện tử OCOP Quảng Ninh đang quảng bá, giới thiệu sản phẩm OCOP", "=", 198,
      **CNT, pillar=ECO, iid=ECOM_PRODUCTS),
    R("khoảng «127.026 nghìn", "Số lượng khách truy cập", "~", 127026000, **CNT, pillar=ECO),
    R("là «246 đơn", "Số lượng đơn hàng trong 7 tháng đầu năm 2023", "=", 246, **CNT, pillar=ECO),
])

# --------------------------------------------------------------------------
# 04 National telecoms figures of quarter II/2023 (24h.com.vn, crawler stamp
# moved to `date 2023-06`): year 2023, no place (national page). Counts with
# "triệu" multiplied in; "22,15 / 85,46 thuê bao/100 dân" carry no "%": unit
# other "thuê bao/100 dân" with the per-100 ids (as the earlier set that took
# cafef.vn's page of the same series); speeds in Mbps (infra.*_speed for the
# national values; the world averages no id) and the world ranks "xếp thứ
# 41/48" (rank, no id; note). "hộ gia đình sử dụng cáp quang" →
# infra.households_internet_share (same choice as the earlier set). Not
# quantities: every "tăng/giảm ...%" (NOT), "với mức tăng 8,12 triệu", "mức
# giảm 4 triệu", "tăng thêm hơn 8 triệu", "gần 3 lần" (changes), "1 năm qua"
# a period, dates.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-smartphone-bang-rong-quy2-2023", kind="result", year=2023,
           NOT=["tăng «8,7%", "giảm «15,4%", "tăng «7,32%", "tăng «4,81%", "tăng «5,7%", "(tăng «28,74%",
                "(tăng «37,98%"], records=[
    R("đã đạt «101,12 triệu", "số thuê bao sử dụng điện thoại thông minh (smartphone) tại Việt Nam", "=", 101.12e6,
      **CNT),
    R("còn «22 triệu", "số thuê bao sử dụng điện thoại cơ bản (feature phone)", "=", 22e6, **CNT),
    R("cố định đạt «22 triệu", "số thuê bao băng rộng cố định", "=", 22e6, **CNT, iid=FIXED_SUBS),
    R("với «22,15 thuê bao", "số thuê bao băng rộng cố định/100 dân", "=", 22.15, **P100, iid=FIXED_100),
    R("di động đạt «85 triệu", "Số thuê bao băng rộng di động", "=", 85e6, **CNT),
    R("với «85,46 thuê bao", "Số thuê bao băng rộng di động/100 dân", "=", 85.46, **P100, iid=MOBILE_100),
    R("đã đạt «77,1%", "tỉ lệ hộ gia đình sử dụng cáp quang", "=", 77.1, iid=HH_NET),
    R("đạt «92,51Mbps", "tốc độ băng rộng cố định tại Việt Nam", "=", 92.51, **MBPS, iid="infra.fixed_broadband_speed"),
    R("xếp thứ «41", "tốc độ băng rộng cố định tại Việt Nam xếp thứ", "=", 41, **RANK, note="a world ranking"),
    R("(«80,12Mbps)", "trung bình thế giới tốc độ băng rộng cố định", "=", 80.12, **MBPS),
    R("đạt «46,72Mbps", "tốc độ truy nhập Internet băng rộng di động tại Việt Nam", "=", 46.72, **MBPS,
      iid="infra.mobile_broadband_speed"),
    R("xếp thứ «48", "tốc độ truy nhập Internet băng rộng di động tại Việt Nam xếp thứ", "=", 48, **RANK,
      note="a world ranking"),
    R("(«42,07Mbps)", "trung bình thế giới tốc độ truy nhập Internet băng rộng di động", "=", 42.07, **MBPS),
    R("hơn «3,9 triệu", "số lượng khách hàng sử dụng dịch vụ tiền di động (Mobile Money)", ">", 3.9e6, **CNT),
])

# --------------------------------------------------------------------------
# 05 Mobile Money and broadband, national (baolaocai.vn, no date shown;
# "tháng 1/2023", "tháng 2/2023" → year 2023). The title's "70%" is the same
# share as the body's (each statement a record). Counts "hơn 3,2 triệu"
# (stated twice: lead and body), "hơn 2,26 triệu", "hơn 20 triệu" giao dịch
# (op >), the value "1.372 tỷ đồng" (money: unit other "đồng"), fixed
# broadband 21,78 triệu (infra.internet_subscriptions_count) and 21,9/100 dân,
# mobile broadband "ước đạt 85,79 triệu" (op =, spec) and 86,3/100 dân. Not
# quantities: "tăng 10%", "tăng 14%" (NOT), "tăng 1,98 triệu", "tăng 10,55
# triệu" (changes), "kéo dài 2 năm" (the pilot's duration), "316/QĐ-TTG",
# "3G, 4G, 5G" (names), dates. No pillar (the title names Mobile Money, not
# a pillar topic of the spec's list).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-mobile-money-2023", kind="result", year=2023, NOT=["tăng «10% so", "tăng «14% so"],
           records=[
    R("«70% thuê bao Mobile Money", "thuê bao Mobile Money của Việt Nam ở vùng sâu, vùng xa", "=", 70),
    R("1/2023 đạt hơn «3,2 triệu, trong", "Số lượng khách hàng đăng ký và sử dụng dịch vụ Mobile Money (tiền di động)",
      ">", 3.2e6, **CNT),
    R("đạt hơn «3,2 triệu khách", "số lượng thuê bao đăng ký và sử dụng dịch vụ Mobile Money (thanh toán di động)", ">",
      3.2e6, **CNT),
    R("đạt hơn «2,26 triệu", "lượng khách hàng tại nông thôn, miền núi, vùng sâu, vùng xa", ">", 2.26e6, **CNT),
    R("chiếm «70% tổng", "lượng khách hàng tại nông thôn, miền núi, vùng sâu, vùng xa chiếm tổng số người dùng Mobile "
      "Money", "=", 70),
    R("lũy kế hơn «20 triệu", "Tổng số lượng giao dịch bằng tài khoản Mobile Money", ">", 20e6, **CNT),
    R("giá trị «1.372 tỷ", "giá trị giao dịch bằng tài khoản Mobile Money", "=", 1372e9, **DONG),
    R("có «21,78 triệu", "thuê bao băng rộng cố định (thuê bao internet cáp quang)", "=", 21.78e6, **CNT,
      iid=FIXED_SUBS),
    R("tỷ lệ «21,9 thuê bao", "thuê bao băng rộng cố định/100 dân", "=", 21.9, **P100, iid=FIXED_100),
    R("ước đạt «85,79 triệu", "Số lượng thuê bao băng rộng di động (thuê bao 3G, 4G, 5G)", "=", 85.79e6, **CNT),
    R("tỷ lệ «86,3 thuê bao", "thuê bao băng rộng di động/100 dân", "=", 86.3, **P100, iid=MOBILE_100),
])

# --------------------------------------------------------------------------
# 06 Long An, six-month results (5now.info, no date and no year in the
# excerpt: "6 tháng đầu năm", "Trong năm nay" → year null). On-time
# applications 99,93% (egov.on_time_applications_share); electronic
# documents "tại cấp tỉnh, huyện đạt 100% ..., cấp xã đạt 99,99%": a split by
# level, the first value shared by two levels → two records at the "100%"
# (scopes "cấp tỉnh" and "cấp huyện": "huyện" takes the "cấp" written before
# "tỉnh", a judgement) and one at 99,99% (egov.electronic_documents_share);
# the bracketed count "102.633 văn bản gửi đi" (no id: not the national
# axis); "hơn 5.000 tài khoản thư điện tử"; "trên 95% cán bộ, công chức cấp
# tỉnh, cấp huyện có hộp thư cá nhân" (one value for two levels: scope null,
# spec; no id: having a mailbox); the usage rate 92%
# (egov.official_email_use_share); "hơn 1.400 phản ánh" and the on-time
# answers 89% (no id). Not quantities: "tổng đài 1022" (a name), "6 tháng".
# --------------------------------------------------------------------------
VB06 = "Tỷ lệ trao đổi văn bản điện tử giữa các cơ quan nhà nước"
D06 = dict(name="06_longan-chinh-quyen-so-6-thang", kind="result", year=None, records=[
    R("điện tử đạt «99,93%", "tỷ lệ hồ sơ giải quyết đúng hạn trên hệ thống \"một cửa\" điện tử", "=", 99.93,
      iid="egov.on_time_applications_share"),
    R("huyện đạt «100% (", VB06, "=", 100, scope="cấp tỉnh", iid="egov.electronic_documents_share"),
    R("huyện đạt «100% (", VB06, "=", 100, scope="cấp huyện", iid="egov.electronic_documents_share"),
    R("(«102.633 văn bản", "văn bản gửi đi", "=", 102633, **CNT),
    R("cấp xã đạt «99,99%", VB06, "=", 99.99, scope="cấp xã", iid="egov.electronic_documents_share"),
    R("cấp hơn «5.000 tài khoản", "tài khoản thư điện tử cho các cơ quan, đơn vị, cá nhân", ">", 5000, **CNT),
    R("và trên «95% cán bộ", "cán bộ, công chức cấp tỉnh, cấp huyện có hộp thư cá nhân phục vụ công việc", ">", 95),
    R("sử dụng đạt «92%", "Quá trình dùng thư điện tử tỷ lệ sử dụng", "=", 92, iid="egov.official_email_use_share"),
    R("tiếp nhận hơn «1.400 phản ánh", "các cổng này tiếp nhận phản ánh", ">", 1400, **CNT),
    R("đúng hạn «89%", "tỷ lệ trả lời đúng hạn phản ánh", "=", 89),
])

# --------------------------------------------------------------------------
# 07 Lào Cai (dantoctongiao.congly.vn, byline "06/10/2023 - 15:19" moved to
# `date 2023-10`): "Đến nay" → year 2023. Counts with "hơn"/"trên" (op >):
# enterprises and cooperatives with traceability stamps and their products,
# those presenting products on e-commerce platforms, those with a stall on
# the province's platform and its products (econ.ecommerce_products_count:
# products put on an e-commerce platform); OCOP on e-commerce 100%
# (econ.ocop_products_ecommerce_share), e-invoice enterprises 99%
# (econ.e_invoice_enterprises_share). The heading "Đẩy mạnh phát triển kinh
# tế" names the economy, not the digital economy → pillar null (a judgement).
# "hàng triệu lượt truy cập" has no digit; "QRCode" a name.
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-kinh-te-so-2023", kind="result", year=2023, records=[
    R("có hơn «70 doanh", "doanh nghiệp, hợp tác xã gắn tem truy xuất nguồn gốc QRCode", ">", 70, **CNT),
    R("với hơn «300 sản phẩm gắn", "sản phẩm gắn tem truy xuất nguồn gốc QRCode", ">", 300, **CNT),
    R("QRCode; hơn «60 doanh", "doanh nghiệp, hợp tác xã tham gia giới thiệu sản phẩm trên sàn thương mại điện tử", ">",
      60, **CNT),
    R("đã có hơn «60 doanh", "sàn Thương mại điện tử tỉnh Lào Cai doanh nghiệp, cơ sở sản xuất trong tỉnh mở gian hàng",
      ">", 60, **CNT),
    R("tổng số trên «300 sản phẩm", "sàn Thương mại điện tử tỉnh Lào Cai tổng số sản phẩm", ">", 300, **CNT,
      iid=ECOM_PRODUCTS),
    R("điện tử đạt «100%", "tỷ lệ sản phẩm OCOP được đưa lên các sàn thương mại điện tử", "=", 100,
      iid="econ.ocop_products_ecommerce_share"),
    R("điện tử đạt «99%", "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "=", 99, iid="econ.e_invoice_enterprises_share"),
])

# --------------------------------------------------------------------------
# 08 Hậu Giang (gtimes.com.vn, no date shown): a small target text. The
# approved total investment "tổng mức đầu tư 50 tỷ đồng" of the digital
# technology park (money, unit other "đồng"; a planned amount → target, bare
# number → ">=" by the spec's rule; no year said → null; no id: a building
# project, not the province's funding for digital transformation), and the
# aims for 2025: digital economy 20% GRDP (econ.digital_economy_gdp_share)
# and "tối thiểu 10%" in each sector (econ.digital_economy_sector_share).
# The lead-in names two pillars (kinh tế số và xã hội số) → pillar null.
# Not quantities: "Bốn trụ cột" (no digit), "5 năm qua" a period, "năm 2018"
# a date (the excerpt ends "mức độ s").
# --------------------------------------------------------------------------
D08 = dict(name="08_haugiang-khu-cong-nghe-so-muc-tieu-2025", kind="target", year=2025, records=[
    R("đầu tư «50 tỷ", "Dự án Xây dựng khu công nghệ số tỉnh Hậu Giang tổng mức đầu tư", ">=", 50e9, **DONG, year=None),
    R("đạt «20% GRDP", "tỷ trọng kinh tế số GRDP", ">=", 20, iid=DE_GDP),
    R("tối thiểu «10%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 10,
      iid="econ.digital_economy_sector_share"),
])

# --------------------------------------------------------------------------
# 09 Quảng Nam, DTI of departments and districts 2023
# (doanhnghiepkinhtexanh.vn, no date shown): year 2023. The DTI values are
# written as percentages (unit %); the lead's two values are stated again in
# the body (each a record). No id: dti.provincial_score is the province's
# value, these are departments' and districts' (the district names go into
# the wording: `place` is for provinces and communes). The counts of units
# by class ("20 sở, ban, ngành ... xếp loại tốt", "15 địa phương xếp loại
# tốt, 3 địa phương xếp loại khá") are results of the evaluation: counts. No
# pillar heading. Not quantities: "lần thứ tư" (no digit).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangnam-dti-so-nganh-huyen-2023", kind="result", year=2023, records=[
    R("Sở NN&PTNT đạt chỉ số DTI «95,26%;", "Sở NN&PTNT chỉ số DTI", "=", 95.26),
    R("huyện Quế Sơn đạt chỉ số DTI «93,16% là", "huyện Quế Sơn chỉ số DTI", "=", 93.16),
    R("có «20 sở", "sở, ban, ngành được xếp loại tốt", "=", 20, **CNT),
    R("đạt chỉ số DTI «95,26% và", "Đứng đầu là Sở NN&PTNT chỉ số DTI", "=", 95.26),
    R("đạt chỉ số DTI «90,33%", "đứng cuối cùng là Sở Ngoại vụ chỉ số DTI", "=", 90.33),
    R("có «15 địa phương", "UBND các huyện, thị xã, thành phố địa phương xếp loại tốt", "=", 15, **CNT),
    R("tốt, «3 địa phương", "địa phương xếp loại khá", "=", 3, **CNT),
    R("đạt chỉ số DTI «93,16%, đứng", "đứng đầu là huyện Quế Sơn chỉ số DTI", "=", 93.16),
    R("đạt chỉ số DTI «85,42%", "đứng cuối cùng là huyện Tây Giang chỉ số DTI", "=", 85.42),
])

# --------------------------------------------------------------------------
# 10 Bắc Giang, PAR Index 2022 (giaoducthoidai.vn, no year in a date line;
# "năm 2022" → 2022). The title "Bắc Giang 3 năm dẫn đầu về xây dựng chính
# quyền điện tử" names one pillar (chính quyền điện tử) and heads the whole
# text → digital_government on every record (set37's rule for titles; the
# heading decides even for the PAR index score). The score 88,54 (lead and
# body; unit other "điểm", no id), the rank 4 (rank.par_index), the
# component's score share 89,89% and the other provinces' values (place),
# Vĩnh Phúc's rank 2, the bottom group "đều có kết quả dưới 70%" (op <, the
# group in the wording; "Nhóm 10 địa phương đứng cuối" names the group, no
# record) and Cao Bằng's 59,35% and "dưới 60%" (op <, place). Not
# quantities: "cao hơn 0,28% so với" (a difference: NOT), "tăng 3 bậc" (a
# change), "8 lĩnh vực đánh giá" (parts of an index), "lần thứ 3 liên tiếp",
# "3 năm" (counts of years), "24/4" a date.
# --------------------------------------------------------------------------
CP10 = "Chỉ số thành phần Xây dựng và phát triển chính quyền điện tử, chính quyền số"
D10 = dict(name="10_bacgiang-chi-so-cchc-2022", kind="result", year=2022, NOT=["cao hơn «0,28%"], records=[
    R("đạt «88,54 điểm, trong", "Chỉ số CCHC của tỉnh Bắc Giang", "=", 88.54, **DIEM, pillar=GOV),
    R("Bắc Giang đạt «88,54 điểm, xếp", "Chỉ số CCHC cấp tỉnh Bắc Giang", "=", 88.54, **DIEM, pillar=GOV),
    R("cao thứ «4 cả nước", "xếp vị trí cao cả nước về Chỉ số CCHC", "=", 4, **RANK, pillar=GOV, iid="rank.par_index"),
    R("điểm đạt «89,89%", "Tỉnh Bắc Giang đứng đầu bảng xếp hạng chỉ số thành phần tỷ lệ điểm", "=", 89.89,
      pillar=GOV),
    R("vị trí thứ «2 là", "đơn vị xếp vị trí thứ Vĩnh Phúc", "=", 2, **RANK, pillar=GOV, place="Vĩnh Phúc"),
    R("(đạt «89,61%)", CP10 + " Vĩnh Phúc", "=", 89.61, pillar=GOV, place="Vĩnh Phúc"),
    R("Quảng Ninh («87,31%)", CP10 + " Quảng Ninh", "=", 87.31, pillar=GOV, place="Quảng Ninh"),
    R("Đà Nẵng («87,44%)", CP10 + " Đà Nẵng", "=", 87.44, pillar=GOV, place="Đà Nẵng"),
    R("Bình Phước là «89,55%", CP10 + " Bình Phước", "=", 89.55, pillar=GOV, place="Bình Phước"),
    R("kết quả dưới «70%", "Nhóm địa phương đứng cuối bảng xếp hạng Chỉ số thành phần kết quả", "<", 70, pillar=GOV),
    R("chỉ đạt «59,35%", "Tỉnh Cao Bằng có kết quả thấp nhất cả nước về Chỉ số thành phần này", "=", 59.35,
      pillar=GOV, place="Cao Bằng"),
    R("kết quả dưới «60%", "Cao Bằng địa phương duy nhất có kết quả", "<", 60, pillar=GOV, place="Cao Bằng"),
])

# --------------------------------------------------------------------------
# 11 Quyết định 411/QĐ-TTg, national targets (m.thanhnien.vn, no date shown):
# targets of 2025 and 2030 as the text says. The title "Phát triển kinh tế
# số đạt 20% GDP vào năm 2025" names one pillar and heads the whole text →
# digital_economy on every record, the society targets of the last paragraph
# included (the heading decides, spec). The title's "20% GDP" is a statement
# of its own (record). Bare "đạt X%" in a target → ">=", "trên" → ">". Ids
# from the catalogue's 411 entries. Not quantities: "411/QĐ-TTg" (a
# document number), "từ 15 tuổi" (part of the measure's subject).
# --------------------------------------------------------------------------
D11 = dict(name="11_qd411-muc-tieu-2025-2030", kind="target", year=2025, records=[
    R("đạt «20% GDP vào", "Phát triển kinh tế số GDP", ">=", 20, pillar=ECO, iid=DE_GDP),
    R("đạt «20% GDP năm", "phát triển kinh tế số GDP", ">=", 20, pillar=ECO, iid=DE_GDP),
    R("đạt trên «10%", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 10, pillar=ECO, iid=ECOM_RETAIL),
    R("đạt «30% GDP", "tỷ trọng kinh tế số GDP", ">=", 30, pillar=ECO, year=2030, iid=DE_GDP),
    R("đạt trên «20%", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 20, pillar=ECO, year=2030,
      iid=ECOM_RETAIL),
    R("thông minh đạt «80%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 80, pillar=ECO,
      iid="society.adult_smartphone_share"),
    R("được phép khác đạt «80%", "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc "
      "tổ chức được phép khác", ">=", 80, pillar=ECO, iid="society.bank_account_15plus_share"),
    R("cơ bản đạt trên «70%", "Tỷ lệ người dân trong độ tuổi lao động được đào tạo kỹ năng số cơ bản", ">", 70,
      pillar=ECO, iid="hr.workforce_basic_digital_skills_share"),
    R("cáp quang đạt «80%", "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang", ">=", 80, pillar=ECO,
      iid="infra.fibre_household_coverage_share"),
    R("điện tử đạt «90%", "Tỷ lệ người dân có hồ sơ sức khỏe điện tử", ">=", 90, pillar=ECO,
      iid="society.electronic_health_records_share"),
])

# --------------------------------------------------------------------------
# 12 Gia Lai, e-commerce plan 2026-2030 (vnexpress.net, crawler stamp moved to
# `date 2025-10`): targets, year 2030 ("đến năm 2030"; the third paragraph's
# "Cụ thể" carries on the plan's horizon). Bare shares → ">="; "tăng 23-25%
# mỗi năm" a target stated as a change (a quantity, spec) and a range →
# between; "khoảng 30%" op ~ (econ.ecommerce_retail_share); "Khoảng 65-70%"
# a range → between (the range decides, set37/39); "không quá 15%" → "<=";
# cashless 85% (econ.cashless_transactions_share); SMEs doing business on
# online platforms 70% (econ.sme_digital_platforms_share). Pillar: the lead
# paragraph names the e-commerce plan but is a paragraph of its own; the
# second and third paragraphs name no pillar topic in a lead-in → null; the
# fourth opens with "phát triển thương mại điện tử" (a topic of kinh tế số)
# and its next sentence carries 50% and 65% → digital_economy (a judgement,
# spec's lead-in rule). Not quantities: "2026 - 2030" a period.
# --------------------------------------------------------------------------
D12 = dict(name="12_gialai-tmdt-2026-2030", kind="target", year=2030, records=[
    R("mục tiêu «70% dân", "dân số trưởng thành tham gia mua sắm trực tuyến", ">=", 70),
    R("tăng «23-25% mỗi", "doanh số bán lẻ thương mại điện tử tăng mỗi năm", "between", 23, value_max=25),
    R("khoảng «30% tổng", "doanh số bán lẻ thương mại điện tử chiếm tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng", "~",
      30, iid=ECOM_RETAIL),
    R("Khoảng «65-70%", "doanh nghiệp trên địa bàn sẽ đáp ứng bộ tiêu chí về thương mại điện tử bền vững", "between", 65,
      value_max=70),
    R("Cụ thể, «75% doanh", "doanh nghiệp ứng dụng thương mại điện tử trong hoạt động kinh doanh", ">=", 75),
    R("kinh doanh; «100% giao", "giao dịch có hóa đơn điện tử", ">=", 100),
    R("tiền mặt đạt «85%", "thanh toán không tiền mặt tổng giao dịch", ">=", 85, iid="econ.cashless_transactions_share"),
    R("không quá «15%", "chi phí giao hàng chặng cuối chiếm doanh thu", "<=", 15),
    R("doanh thu; «70% doanh", "doanh nghiệp nhỏ và vừa kinh doanh trên nền tảng trực tuyến", ">=", 70,
      iid="econ.sme_digital_platforms_share"),
    R("đạt «50% tổng", "giá trị giao dịch B2C (doanh nghiệp - người tiêu dùng) tổng giá trị giao dịch của tỉnh", ">=", 50,
      pillar=ECO),
    R("tỉnh; «65% xã", "xã, phường có hộ kinh doanh hoặc thương nhân bán hàng qua kênh trực tuyến", ">=", 65, pillar=ECO),
])

# --------------------------------------------------------------------------
# 13 Bình Phước, ASOCIO 2024 award (baoquocte.vn, no date shown): a precision
# text with no quantity under the contract (no gold record). "24 nền kinh tế
# thành viên", "10 hạng mục" (the award's structure), "3 ngày", "từ 6 đến
# 8-11" (a period and a date), "hơn 600 đại biểu ... 400 ... 200" (the
# participants of an event, spec), "2 địa phương giành giải thưởng" (the
# winners of an award, a judgement: not a digital-transformation measure),
# "ASOCIO 2024", "năm 2023" (names, dates). The excerpt ends at "Cụ thể, năm
# 2023," before any value.
# --------------------------------------------------------------------------
D13 = dict(name="13_binhphuoc-asocio-2024-precision", kind="result", year=2024, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set36).

Copied from set27's builder (itself from set25's, set23's, set21's, set19's, set17's, set15's,
set14's, set12's, set10's, set9's, set8's and the seeds'). Each record is written by hand below; its
anchor is never typed in. A record names a locator: a piece of the text with « just before the
number. The locator (without «) must occur exactly once in the text; the anchor is where «
stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds'
builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml at commit
f0d9ac1 (214 entries; see README). As in set10-set27, the id is given in the record itself
(`iid=`).

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


VAL = dict(unit="other", unit_text=None)
DIEM = dict(unit="other", unit_text="điểm")

DONG = dict(unit="other", unit_text="đồng")
DTI_R = "dti.provincial_rank"
FUND = "inst.dx_funding_amount"
HHNET = "infra.households_internet_share"
BTS = "infra.bts_stations_count"
PARTIAL = "egov.partial_online_services_share"

# --------------------------------------------------------------------------
# 01 Hà Nam (baohanam.com.vn e-magazine, no date shown): the province's
# programme for Nghị quyết 57-NQ/TW, targets "Phấn đấu đến năm 2030" (target,
# 2030). "trên" >, "tối thiểu" / "ít nhất" >=, bare "đạt 80%" in a target >=.
# The TFP contribution and the innovating enterprises are targets of the same
# science-innovation-DX list: recorded (id null). "thuộc nhóm các tỉnh có thu
# nhập khá" has no number. The budget share names "chuyển đổi số" among its
# purposes: inst.dx_budget_share (its wording). The online-service use is
# "của người dân và doanh nghiệp" (not adults only): id null. No heading names
# a pillar → null. "57" is a resolution's number.
# --------------------------------------------------------------------------
D01 = dict(name="01_hanam-nq57-muc-tieu-2030", kind="target", year=2030, records=[
    R("trên «55%", "Đóng góp bình quân của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế", ">", 55),
    R("tối thiểu «30% GRDP", "Quy mô kinh tế số GRDP", ">=", 30, iid="econ.digital_economy_gdp_share"),
    R("đạt trên «80%", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", ">", 80),
    R("tiền mặt đạt «80%", "giao dịch không dùng tiền mặt", ">=", 80, iid="econ.cashless_transactions_share"),
    R("đạt trên «40%", "Tỷ lệ doanh nghiệp có hoạt động đổi mới, sáng tạo trong tổng số doanh nghiệp trên địa bàn tỉnh",
      ">", 40),
    R("ít nhất «3% tổng", "bố trí tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, "
      "chuyển đổi số", ">=", 3, iid="inst.dx_budget_share"),
])

# --------------------------------------------------------------------------
# 02 Thái Bình (bqlkcn.thaibinh.gov.vn, no date shown; "Nhân ngày chuyển đổi số
# quốc gia 10/10" names no year) → results, year null (set27 01, 03). Three
# results under "Hiện nay": the shared software in the service centres (%),
# the procedures the province handles (count), and the share "thực hiện trực
# tuyến" (not said to be full online: id null, set27 16). "lần thứ 4" is a
# name, "3 trụ cột" a list, "gần 10 năm" a duration. No pillar heading.
# --------------------------------------------------------------------------
D02 = dict(name="02_thaibinh-ket-qua-chinh-quyen-so", kind="result", year=None, records=[
    R("Hiện nay «100% trung tâm", "trung tâm phục vụ hành chính công của tỉnh và huyện, thành phố sử dụng chung phần mềm "
      "hành chính công điện tử", "=", 100),
    R("Trong «1.773 thủ tục", "thủ tục hành chính mà tỉnh đang thực hiện", "=", 1773, **CNT),
    R("với «100% thủ tục", "thủ tục được thực hiện trực tuyến", "=", 100),
])

# --------------------------------------------------------------------------
# 03 A province not named ("tỉnh ta"; baomoi.net.vn, no date shown): three
# "Đến nay" results, year null. The second names several levels as its
# subject, one value for all: scope null (spec). Ids: steering teams in the
# departments (aware.dx_steering_committees_share: a DX steering body per
# agency), specialist staff (hr.dx_specialist_staff_share), officials trained
# in basic IT application (hr.civil_servants_basic_digital_skills_share).
# Headings "Những kết quả nổi bật" name no pillar → null.
# --------------------------------------------------------------------------
D03 = dict(name="03_tinh-khong-de-ai-dung-ngoai", kind="result", year=None, records=[
    R("Đến nay, «100% các sở", "các sở, ban, ngành cấp tỉnh đã thành lập, kiện toàn tổ chỉ đạo CĐS", "=", 100,
      iid="aware.dx_steering_committees_share"),
    R("; «100% các sở", "các sở, ban, ngành cấp tỉnh, UBND cấp huyện, cấp xã có cán bộ chuyên trách hoặc kiêm nhiệm tham mưu "
      "công tác về CĐS", "=", 100, iid="hr.dx_specialist_staff_share"),
    R("«100% cán bộ", "cán bộ, công chức, viên chức tại các cơ quan, đơn vị hành chính nhà nước đã qua các khóa đào tạo tin "
      "học hoặc bồi dưỡng ứng dụng công nghệ thông tin cơ bản", "=", 100,
      iid="hr.civil_servants_basic_digital_skills_share"),
])

# --------------------------------------------------------------------------
# 04 Hưng Yên (sotttt.hungyen.gov.vn, no date shown): one target "Đến năm 2030
# ... thuộc nhóm 20 tỉnh" (rank, <=, 2030); the DTI 2021 rank "xếp vị trí thứ
# 35" (result, 2021; "tăng 14 bậc so với năm 2020" a change, spec); the
# "hiện nay" counts (year null: no date, set27 03): enterprises in DX-related
# business, enterprises/co-operatives/households on e-commerce floors, and the
# products on them, whose noun the page cut ("sản ph": worded as stored,
# set27 20). "trên" >. The heading "Chuyển đổi số góp phần phát triển kinh
# tế" names no pillar (kinh tế, not kinh tế số) → null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hungyen-ba-tru-cot-dti-2021", kind="result", year=None, records=[
    R("nhóm «20 tỉnh", "tỉnh Hưng Yên thuộc nhóm tỉnh, thành phố trực thuộc Trung ương dẫn đầu về CĐS", "<=", 20, **RANK,
      **T, year=2030, iid=DTI_R),
    R("thứ «35", "chỉ số CĐS (DTI) tỉnh Hưng Yên xếp vị trí thứ", "=", 35, **RANK, year=2021, iid=DTI_R),
    R("trên «3.000 doanh", "doanh nghiệp có hoạt động sản xuất kinh doanh liên quan đến CĐS", ">", 3000, **CNT),
    R("trên «10 nghìn", "doanh nghiệp, HTX, hộ kinh doanh tham gia các sàn giao dịch thương mại điện tử", ">", 10000, **CNT),
    R("trên «180 nghìn", "sản ph", ">", 180000, **CNT, iid="econ.ecommerce_products_count",
      note="the page breaks off after 'sản ph' (sản phẩm on the e-commerce floors); worded as stored"),
])

# --------------------------------------------------------------------------
# 05 National (vietnamplus.vn, 10/11/2025): the target of Nghị quyết 66/NQ-CP,
# "100% thủ tục hành chính ... không phụ thuộc vào địa giới hành chính ...
# trong năm 2025" (target, 2025, bare → >=), and the Bộ Nội vụ results "khoảng
# từ 50% đến cao nhất là 95%" (one range stated once: between 50-95, spec; the
# "khoảng" bounds the range) and "Hà Tĩnh mới đạt dưới 10%" (<, place Hà
# Tĩnh); results of the date's year 2025. Ids null (no catalogue indicator for
# procedures independent of the administrative boundary).
# --------------------------------------------------------------------------
TTHC_DG = "danh mục thủ tục hành chính không phụ thuộc vào địa giới hành chính"
D05 = dict(name="05_quocgia-tthc-dia-gioi-2025", kind="result", year=2025, records=[
    R("là «100% thủ tục", "thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh",
      ">=", 100, **T),
    R("khoảng từ «50%", TTHC_DG + " của các tỉnh", "between", 50, value_max=95),
    R("dưới «10%", TTHC_DG, "<", 10, place="Hà Tĩnh"),
])

# --------------------------------------------------------------------------
# 06 Đồng Nai (hdnd.dongnai.gov.vn, no date shown; "Tính đến đầu tháng
# 12/2025" → 2025): a precision text. The two approved amounts for the
# communes' IT infrastructure ("về hạ tầng công nghệ thông tin": DX funding,
# inst.dx_funding_amount), results (amounts decided), money unit "đồng" with
# "tỷ" multiplied in (spec). Not quantities: "10/45 chỉ tiêu đã đạt", "35/45
# chỉ tiêu" (counts of a resolution's targets, like counts of tasks), "95 xã,
# phường" (the communes whose proposals were compiled), "kỳ họp thứ 8",
# document numbers and dates.
# --------------------------------------------------------------------------
D06 = dict(name="06_dongnai-hdnd-chat-van-kinh-phi-2025", kind="result", year=2025, records=[
    R("là «187 tỷ", "bổ sung kinh phí thực hiện các nhiệm vụ ưu tiên, cấp bách trên địa bàn cho các xã, phường sau sắp xếp "
      "số tiền dự toán", "=", 187e9, **DONG, iid=FUND),
    R("tổng kinh phí «161,25 tỷ", "triển khai mua sắm trang thiết bị phục vụ công tác chuyên môn tại cấp xã và Bộ phận "
      "Hành chính công cấp xã tổng kinh phí", "=", 161.25e9, **DONG, iid=FUND),
])

# --------------------------------------------------------------------------
# 07 National (vietnamplus.vn, 26/9/2025): the digital-technology industry in
# "8 tháng đầu năm 2025" (results, 2025): revenue "hơn 3,2 triệu tỷ đồng" (>,
# two magnitude words: 3.2e15, econ.ict_industry_revenue) and exports of
# digital products "111,4 tỷ USD" (unit other "USD"; not software only → id
# null). "tăng trên 28%", "tăng 27%" are changes against the same period of
# the year before (spec): NOT. "Phiên họp lần thứ tư", "Đề án 06", dates.
# --------------------------------------------------------------------------
D07 = dict(name="07_quocgia-cong-nghiep-cong-nghe-so-2025", kind="result", year=2025,
           NOT=["tăng trên «28%", "tăng «27%"], records=[
    R("hơn «3,2 triệu tỷ", "ngành công nghiệp công nghệ số doanh thu", ">", 3.2e15, **DONG, iid="econ.ict_industry_revenue"),
    R("đạt «111,4 tỷ USD", "xuất khẩu các sản phẩm số", "=", 111.4e9, unit="other", unit_text="USD"),
])

# --------------------------------------------------------------------------
# 08 Cần Thơ (cchccantho.gov.vn, no date shown): the cashless-payment plan for
# 2021-2025, its target "đạt 50% vào cuối năm 2025" stated in the title and
# again in the lead (both recorded, set27 12; target, 2025, bare "đạt" →
# >=). The photo caption restating a 40% target was cut as page furniture
# (SOURCES.md). The catalogue lists "tỷ lệ thanh toán không dùng tiền mặt
# trong thương mại điện tử" as a wording of econ.cashless_transactions_share.
# "1 mục tiêu" counts targets; "2021 - 2025", "10/2021", "4.0" no quantities.
# --------------------------------------------------------------------------
CASH = "econ.cashless_transactions_share"
D08 = dict(name="08_cantho-thanh-toan-khong-tien-mat-2025", kind="target", year=2025, records=[
    R("TMĐT đạt «50%", "thanh toán không dùng tiền mặt trong TMĐT", ">=", 50, iid=CASH),
    R("(TM ĐT) đạt «50%", "tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử (TM ĐT)", ">=", 50, iid=CASH),
])

# --------------------------------------------------------------------------
# 09 National (vietnamplus.vn, 8/11/2025): results of 2025 (the date's year;
# "đến ngày 28/10/2025"). Two sentences split their shares between "các bộ,
# ngành" and "địa phương" (a split by group: scopes); the online applications
# split "cấp tỉnh ... cấp xã" (scopes), "khoảng" ~. Full-online shares are of
# all procedures, not of eligible ones: id null; the partial-online shares
# egov.partial_online_services_share (denominator all procedures). "34/34":
# numerator recorded (set8). Not quantities: "chính quyền địa phương 2 cấp"
# (a name, twice), "34 địa phương" (inside the subject), dates.
# --------------------------------------------------------------------------
FULL = "tỷ lệ thủ tục hành chính cung cấp dịch vụ công toàn trình"
PART = "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến một phần"
D09 = dict(name="09_quocgia-dvc-toan-trinh-2025", kind="result", year=2025, records=[
    R("đạt «17%", FULL, "=", 17, scope="các bộ, ngành"),
    R("là «37%", FULL, "=", 37, scope="địa phương"),
    R("là «12,8%", PART, "=", 12.8, scope="các bộ, ngành", iid=PARTIAL),
    R("là «56,2%", PART, "=", 56.2, scope="địa phương", iid=PARTIAL),
    R("là «14,5 triệu", "tổng số hồ sơ thủ tục hành chính tiếp nhận của 34 địa phương", "=", 14.5e6, **CNT),
    R("có «12,1 triệu", "hồ sơ trực tuyến", "=", 12.1e6, **CNT),
    R("cấp tỉnh khoảng «3 triệu", "hồ sơ trực tuyến", "~", 3e6, **CNT, scope="cấp tỉnh"),
    R("cấp xã khoảng «9,1 triệu", "hồ sơ trực tuyến", "~", 9.1e6, **CNT, scope="cấp xã"),
    R("với «34/34", "Cổng Dịch vụ công quốc gia đã nâng cấp, kết nối thông suốt với Hệ thống thông tin giải quyết thủ tục "
      "hành chính cấp tỉnh", "=", 34, **CNT),
])

# --------------------------------------------------------------------------
# 10 Quảng Ninh (vietnamnet.vn, 5/1/2026): "Hiện nay" results in a text with a
# date line and no period of their own → the date's year 2026 (set27 19).
# "hơn" >, "gần" ~. 5G stations are a kind of the stations (BTS id kept,
# set27 19). 4G reaching "100% hộ dân" is households, not population: id null;
# smartphone users are "dân số toàn tỉnh", not adults: id null. "vượt so với
# bình quân cả nước" has no number. "2021-2025" a period.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangninh-ntm-ha-tang-so-2026", kind="result", year=2026, records=[
    R("hơn «5.200 trạm", "trạm thu phát sóng di động", ">", 5200, **CNT, iid=BTS),
    R("gần «150 trạm", "trạm 5G", "~", 150, **CNT, iid=BTS),
    R("đến «100% hộ", "mạng 4G đã được phủ sóng đến hộ dân", "=", 100),
    R("đạt gần «98%", "Tỷ lệ hộ gia đình có internet băng rộng cáp quang", "~", 98, iid=HHNET),
    R("«94% dân", "dân số toàn tỉnh đang sử dụng điện thoại thông minh", "=", 94),
])

# --------------------------------------------------------------------------
# 11 Lâm Đồng (m.baophapluat.vn, no date shown): a precision text. One value:
# "Năm ngoái đứng thứ 3-5/63 tỉnh thành cả về ứng dụng CNTT" (a rank range:
# between 3-5, result; "năm ngoái" of an undated page → year null; the ICT
# application ranking is the ICT Index, rank.ict_index; "/63" a denominator).
# Not quantities: "giai đoạn 2018-2025", "4 trụ cột chính". Two photo captions
# of Tây Ninh's IOC were cut (SOURCES.md).
# --------------------------------------------------------------------------
D11 = dict(name="11_lamdong-dalat-thanh-pho-thong-minh", kind="result", year=None, records=[
    R("thứ «3-5/63", "Lâm Đồng đứng thứ tỉnh thành cả về ứng dụng CNTT", "between", 3, **RANK, value_max=5,
      iid="rank.ict_index"),
])

# --------------------------------------------------------------------------
# 12 National (cafef.vn, no date shown): a precision text. One target stated
# twice, the subheading "Mục tiêu năm 2025 ... đạt 80%" and item (2) "Phải
# thực hiện ... đạt 80% trong năm 2025" (target, 2025, >=; id null: procedures
# settled fully in the digital environment, no catalogue measure of exactly
# this). Not quantities: "6 phương châm", "3 mục tiêu", "6 nhiệm vụ" (counts of
# aims and tasks, spec), list numbers "(1)".."(6)", "quý IV/2025", "năm 2026",
# "08 dự án luật" (a count of bills, like tasks), "kỳ họp thứ X".
# --------------------------------------------------------------------------
TTHC_TT = "giải quyết thủ tục hành chính toàn trình trên môi trường số"
D12 = dict(name="12_quocgia-muc-tieu-80-phan-tram-2025", kind="target", year=2025, records=[
    R("môi trường số đạt «80%\n", TTHC_TT, ">=", 80),
    R("đạt «80% trong", TTHC_TT, ">=", 80),
])

# --------------------------------------------------------------------------
# 13 National (vietnamplus.vn, 31/1/2026): Nghị quyết 01 of 2026, targets of
# 2026. One DX quantity: "tỷ lệ hộ gia đình có cáp quang là 84%" (target,
# bare "là" → >=, infra.households_internet_share as in set27 02/19). The
# other targets of the list (housing area "27m2sàn/người", "110.000 căn nhà ở
# xã hội", urbanisation "45%") are not digital-transformation indicators:
# context, not quantities (set18 12, set15 05/13); the 45% is a NOT.
# --------------------------------------------------------------------------
D13 = dict(name="13_quocgia-chi-tieu-cap-quang-2026", kind="target", year=2026, NOT=["toàn quốc đạt «45%"], records=[
    R("là «84%", "tỷ lệ hộ gia đình có cáp quang", ">=", 84, iid=HHNET),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]

def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

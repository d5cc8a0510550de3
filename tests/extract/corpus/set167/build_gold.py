#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set167).

Copied from set165's builder (itself from set163's, set161's, set159's, set157's, set155's, set153's,
set151's, set149's, set147's, set69's, set47's, ... and the seeds'). Each record is written by hand
below; its anchor is never typed in. A record names a locator: a piece of the text with « just
before the number. The locator (without «) must occur exactly once in the text; the anchor is where
« stands. `start`/`end` (the clause that states the quantity) are computed as in the seeds' builder
(`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan, a change
against an earlier value, farm or business figures that are not digital-transformation results);
check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set165, the id is given in the record itself (`iid=`).

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

# --------------------------------------------------------------------------
# 01 Long Đống commune (Bắc Sơn district, Lạng Sơn), a commune chosen in 7/2021 as the
# district's pilot for the digital economy (tinbong247.org, a news aggregator's copy; cut:

# --------------------------------------------------------------------------
# 01 The court sector's figures of digital transformation, nationwide (beta.dangcongsan.vn;
# no cut; no byline; the excerpt ends in "mang lại nh"). Results. Year null: the excerpt
# names no year ("giữa tháng 6 vừa qua" only; the spec's "null when nothing in the text
# says"). Pillar null (the title and the sub-heading "Những bước ngoặt trong chuyển đổi số
# ngành Tòa án" name no pillar). Three counts in the lead: "300 triệu lượt truy cập"
# (=, 3e8), "1,4 triệu bản án, quyết định được công bố" (=, 1.4e6), "hơn 180 triệu lượt
# truy cập tra cứu, khai thác" (">", 1.8e8; the judgments' portal). Ids null (no court
# indicator in the catalogue). Not quantities: "Đề án 06" (a name), "tháng 6" (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_toaan-ca-nuoc-con-so-chuyen-doi-so", kind="result", year=None, records=[
    R("(ĐCSVN) - «300 triệu", "lượt truy cập", "=", 300e6, **CNT),
    R("; «1,4 triệu bản án", "bản án, quyết định được công bố", "=", 1.4e6, **CNT),
    R("phục vụ hơn «180 triệu", "lượt truy cập tra cứu, khai thác", ">", 180e6, **CNT),
])

# --------------------------------------------------------------------------
# 02 Hà Tĩnh, the two levels of people's courts: online trials (baohatinh.vn; cut: the
# photo caption "Viện KSND và TAND huyện Nghi Xuân phối hợp tổ chức phiên toà trực tuyến
# rút kinh nghiệm đến TAND 2 cấp theo tinh thần "Cải cách tư pháp"", twice, with its blank
# lines; no byline; the excerpt ends in "xét xử đúng th"). Results of 2024 ("Từ đầu năm
# đến nay", the sentence on "các nhiệm vụ trọng tâm công tác tòa án năm 2024" and "Theo
# đó, trong tổng số ..."). Pillar null. The title's "154 phiên tòa trực tuyến" is a
# result like the lead's and the body's (each statement its record). The breakdown "149
# vụ án hình sự, 1 vụ án dân sự và 4 vụ án hôn nhân gia đình": one record per number,
# scope null (a breakdown by kind of case). "có 14 phiên toà rút kinh nghiệm trực tuyến":
# a count. Not quantities: "trong tổng số 154 phiên toà" (the total restated as the base
# of the 14, as "4" of "3 trong 4" in set165), "kết nối với 28 tỉnh, thành phố" (the
# places the sessions reached: participants of an event, a judgement), "TAND 2 cấp" (the
# levels' name), "33/2021/QH15", "12/11/2021", "01/2024/CT-TA", "2/1/2024" (documents and
# dates). Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_hatinh-toaan-phien-toa-truc-tuyen-2024", kind="result", year=2024, records=[
    R("tổ chức xét xử «154 phiên tòa trực tuyến\n", "TAND 2 cấp tỉnh Hà Tĩnh tổ chức xét xử phiên tòa trực tuyến",
      "=", 154, **CNT),
    R("đã tổ chức xét xử «154 phiên tòa trực tuyến,", "phiên tòa trực tuyến TAND 2 cấp tỉnh Hà Tĩnh đã tổ chức xét xử",
      "=", 154, **CNT),
    R("đã tổ chức xét xử «154 phiên toà trực tuyến;", "phiên toà trực tuyến TAND 2 cấp tỉnh Hà Tĩnh đã tổ chức xét xử",
      "=", 154, **CNT),
    R("có «149 vụ án", "vụ án hình sự", "=", 149, **CNT),
    R("«1 vụ án dân sự", "vụ án dân sự", "=", 1, **CNT),
    R("«4 vụ án hôn nhân", "vụ án hôn nhân gia đình", "=", 4, **CNT),
    R("có «14 phiên toà", "phiên toà rút kinh nghiệm trực tuyến toàn tỉnh", "=", 14, **CNT),
])

# --------------------------------------------------------------------------
# 03 The court sector nationwide: online trials as a criterion of emulation (tv.congly.vn;
# cut: the byline "17-09-2022 9:15", written as the first line "date 2022-09-17"; the
# page's trailing widget lines "Tin liên quan", "Cùng chuyên mục" and the credit line are
# kept (whole lines of the excerpt's end, no number in them; kept to cut as little as
# possible)). One target: "mỗi đơn vị phải tổ chức được từ 3 phiên tòa trực tuyến trở
# lên" (count ">=" 3; "từ ... trở lên"), year 2022 (the court year ending "30/9/2022",
# "năm 2022"). Pillar null. Not quantities: "Truyền hình TAND số 12" (an episode's
# name), "Nghị quyết số 33" (a document), "30/9/2022" (a date), "hàng nghìn vụ án" (no
# number). Id null.
# --------------------------------------------------------------------------
D03 = dict(name="03_toaan-phien-toa-truc-tuyen-chi-tieu-2022", kind="target", year=2022, records=[
    R("từ «3 phiên tòa", "phiên tòa trực tuyến mỗi đơn vị phải tổ chức được", ">=", 3, **CNT),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, the provincial procuracy's digital transformation (baophutho.vn; no cut;
# no byline; the excerpt ends in "Tổ"). Results of 2025 (the page's "năm 2025", "Đến
# nay"). Pillar null (the title names IT and digital transformation, no pillar). "tỷ lệ
# tài khoản kích hoạt 100%" (=) and "tỷ lệ phát hành văn bản trên 95%" (">") of the
# document-management software. The line "VKSND khu vực 6 số hóa 100% hồ sơ vụ án ..."
# stands alone and may be a photo caption; it is not certain, so it is kept and recorded
# (=, 100; the area procuracy in the wording, no place: not a province or commune). Not
# quantities: "Cục 2" and "khu vực 6" (names). Ids null: the catalogue's
# egov.document_system_use_share counts agencies, not accounts or documents.
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-vksnd-chuyen-doi-so-2025", kind="result", year=2025, records=[
    R("tài khoản kích hoạt «100%", "tỷ lệ tài khoản kích hoạt phần mềm quản lý văn bản", "=", 100),
    R("phát hành văn bản trên «95%", "tỷ lệ phát hành văn bản", ">", 95),
    R("số hóa «100% hồ sơ", "hồ sơ vụ án VKSND khu vực 6 số hóa", "=", 100),
])

# --------------------------------------------------------------------------
# 05 Thanh Hóa, the provincial procuracy's review of digital transformation in 2025
# (baothanhhoa.vn; cut: the photo caption "Viện trưởng VKSND tỉnh Trần Thế Kính phát biểu
# tại hội nghị." with its blank line; no byline; the excerpt ends in "và cung "). Results
# of 2025 ("Năm 2025", "Kết quả trong năm", "Trong năm"). Pillar null. "đảm bảo 100% văn
# bản hành chính được tạo dự thảo, trình duyệt, ký số, phát hành trên hệ thống" (=);
# "3.316 văn bản/3.429 văn bản đã được ký số" (count 3316, the 3.429 its total, as "22/26"
# is 22 in set165) and its share "đạt tỷ lệ 96,7%"; the mind-map case reports "394 vụ,
# trong đó 247 vụ án hình sự, 147 vụ án dân sự" (three counts, a breakdown by kind, scope
# null). Ids: egov.electronic_documents_share for the two shares of documents signed and
# issued electronically (a judgement: the procuracy is a state agency and these are its
# documents); null for the rest. Not quantities: "9/1" (a date), "năm 2026" (the next
# year's tasks), "VKSND 2 cấp" (a name), "3.429" (a total).
# --------------------------------------------------------------------------
D05 = dict(name="05_thanhhoa-vksnd-chuyen-doi-so-2025", kind="result", year=2025, records=[
    R("đảm bảo «100% văn bản", "văn bản hành chính được tạo dự thảo, trình duyệt, ký số, phát hành trên hệ thống",
      "=", 100, iid="egov.electronic_documents_share"),
    R("có «3.316 văn bản", "văn bản đã được ký số trên hệ thống quản lý văn bản trước khi ban hành", "=", 3316, **CNT),
    R("đạt tỷ lệ «96,7%", "văn bản đã được ký số trên hệ thống quản lý văn bản trước khi ban hành",
      "=", 96.7, iid="egov.electronic_documents_share"),
    R("đối với «394 vụ", "báo cáo án bằng sơ đồ tư duy", "=", 394, **CNT),
    R("trong đó «247 vụ", "vụ án hình sự", "=", 247, **CNT),
    R(", «147 vụ", "vụ án dân sự", "=", 147, **CNT),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng, the provincial procuracy's use of IT (baolamdong.vn; cut: the byline
# "THỤY TRANG 00:17, 01/04/2024", written as the first line "date 2024-04-01"; the photo
# caption "Ứng dụng công nghệ thông tin, thúc đẩy chuyển đổi số là khâu đột phá của ngành
# KSND tỉnh", twice (image text and caption), with its blank lines; the excerpt ends in
# "Đã tổ "). Results, year 2024: "Kết quả, đến nay" measured at the page's date (the
# sentence before dates the direction "năm 2023", not the figures; a judgement). Pillar
# null. Three counts: "15 phần mềm ứng dụng dùng chung toàn ngành", "18 hội nghị trực
# tuyến", "8.212 văn bản" received and processed on the document system. Ids null.
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-vksnd-cntt-2024", kind="result", year=2024, records=[
    R("sử dụng «15 phần mềm", "phần mềm ứng dụng dùng chung toàn ngành", "=", 15, **CNT),
    R("thành công «18 hội nghị", "hội nghị trực tuyến giữa điểm cầu Viện KSND tối cao đến Viện KSND tỉnh, huyện",
      "=", 18, **CNT),
    R("xử lý «8.212 văn bản", "văn bản hệ thống quản lý văn bản và điều hành đã tiếp nhận, xử lý", "=", 8212, **CNT),
])

# --------------------------------------------------------------------------
# 07 EVN (the national electricity group): cashless payment of electricity bills and
# online electricity services, to May 2021 (phunuvatieudung.com; cut: the image line "Tỷ
# lệ tiền điện được thanh toán không dùng tiền mặt đạt trên 90% - Ảnh 1." and the photo
# caption "EVN khuyến khích khách hàng thanh toán không dùng tiền mặt", with their blank
# lines; no byline; the excerpt ends in "trong lĩnh v"). Results of 2021 ("tính đến hết
# tháng 5/2021", "5 tháng năm 2021"); the title's "đạt trên 90%" is a result of its own
# (">"). Shares: customers paying cashless 69,85% (society.cashless_electricity_bills_
# share), the money paid cashless 90,95% (id null: a share of the amount, not of
# customers), requests received at the counters "chỉ chiếm tỷ lệ 0,65%" (a share, not a
# change: "giảm mạnh" only describes it), "tương ứng 99,35%" through the channels,
# "tương ứng với 55,63%" on the national portal. Counts: "trên 3,92 triệu yêu cầu" (">"),
# "khoảng 3,9 triệu yêu cầu" ("~"), "gần 392.000 yêu cầu" ("~"). Targets of 2022 ("phấn
# đấu đến hết năm 2022"): "100% dịch vụ điện trực tuyến mức độ 4" and "số khách hàng tham
# gia giao dịch trực tuyến đạt tỷ lệ 90%" (">=", ids null: EVN's services, not
# administrative procedures). The last, "EVN cũng đặt mục tiêu 100% hồ sơ công việc trong
# lĩnh v", is cut by the excerpt inside its qualifier; its noun "hồ sơ công việc" is whole,
# so it is recorded as far as the text goes (set165's rule), year 2022 ("cũng" adds it to
# the targets of the sentence before; a judgement), id null (its predicate is cut). Pillar
# null. Not quantities: "Covid-19", "mức độ 4" (names), "5/2021", "5 tháng năm 2021"
# (dates and periods).
# --------------------------------------------------------------------------
D07 = dict(name="07_evn-thanh-toan-tien-dien-2021", kind="result", year=2021, records=[
    R("không dùng tiền mặt đạt trên «90%\n", "Tỷ lệ tiền điện được thanh toán không dùng tiền mặt", ">", 90),
    R("đạt «69,85%", "tỷ lệ khách hàng thanh toán tiền điện không dùng tiền mặt của các đơn vị trong toàn Tập đoàn",
      "=", 69.85, iid="society.cashless_electricity_bills_share"),
    R("đạt «90,95%", "tỷ lệ tiền điện được thanh toán không dùng tiền mặt", "=", 90.95),
    R("tiếp nhận trên «3,92 triệu", "yêu cầu các Tổng Công ty Điện lực đã tiếp nhận", ">", 3.92e6, **CNT),
    R("chiếm tỷ lệ «0,65%", "số yêu cầu tiếp nhận trực tiếp tại các phòng giao dịch khách hàng", "=", 0.65),
    R("khoảng «3,9 triệu", "yêu cầu được tiếp nhận qua các kênh chính", "~", 3.9e6, **CNT),
    R("tương ứng «99,35%", "yêu cầu được tiếp nhận qua các kênh chính", "=", 99.35),
    R("có gần «392.000 yêu cầu", "yêu cầu được tiếp nhận tại Cổng Dịch vụ công quốc gia", "~", 392000, **CNT),
    R("tương ứng với «55,63%", "tổng số yêu cầu các dịch vụ của EVN đồng bộ hồ sơ lên Cổng", "=", 55.63),
    R("cung cấp «100% dịch vụ", "dịch vụ điện trực tuyến mức độ 4", ">=", 100, kind="target", year=2022),
    R("đạt tỷ lệ «90%.", "số khách hàng tham gia giao dịch trực tuyến", ">=", 90, kind="target", year=2022),
    R("mục tiêu «100% hồ sơ", "hồ sơ công việc trong lĩnh v", ">=", 100, kind="target", year=2022),
])

# --------------------------------------------------------------------------
# 08 EVN: remote-reading electronic meters, to 31 May 2023 (vietnamnet.vn; no cut; no
# byline; the excerpt ends in "điện đư"). Results of 2023. Pillar null. "80,26% công tơ
# điện tử đo xa được lắp đặt" (the whole group); the areas of the corporations: Hà Nội,
# the 13 central and 4 Central Highlands provinces "đã đạt 100% tỉ lệ lắp đặt" (one
# record for the one value), TP.HCM 99,98%, the 27 northern provinces 72,39%, the 21
# southern provinces and Lâm Đồng 67,95% (each area in its indicator's wording, scope
# null: areas of companies, not administrative levels or population groups; no `place`,
# as the areas are not one province). "2.242 nhân viên vận hành hệ thống đọc công tơ từ
# xa" (count) and its share "chiếm 2,32%" of EVN's staff ("Hiện nay", 2023). Not
# quantities: "hơn 30,5 triệu công tơ" (the total that 80,26% is a share of, not a
# result of digital transformation; a judgement), "13 tỉnh", "4 tỉnh", "27 tỉnh", "21
# tỉnh" (the areas' descriptions), "năm 2015", "31/5/2023" (dates). Ids null (no
# electricity-meter indicator in the catalogue).
# --------------------------------------------------------------------------
D08 = dict(name="08_evn-cong-to-dien-tu-do-xa-2023", kind="result", year=2023, records=[
    R("có «80,26% công tơ", "công tơ điện tử đo xa được lắp đặt toàn EVN", "=", 80.26),
    R("đã đạt «100% tỉ lệ", "tỉ lệ lắp đặt tại địa bàn Hà Nội, 13 tỉnh, thành phố miền Trung và 4 tỉnh Tây Nguyên", "=", 100),
    R("quản lý đạt «99,98%", "Địa bàn TP.HCM do Tổng công ty Điện lực TP.HCM (EVNHCMC) quản lý", "=", 99.98),
    R("quản lý đạt «72,39%", "địa bàn 27 tỉnh/thành phố phía bắc do Tổng công ty Điện lực miền Bắc (EVNNPC) quản lý", "=", 72.39),
    R("quản lý đạt «67,95%", "địa bàn 21 tỉnh/thành phố phía nam và tỉnh Lâm Đồng do Tổng công ty Điện lực miền Nam (EVNSPC) quản lý", "=", 67.95),
    R("có «2.242 nhân viên", "nhân viên vận hành hệ thống đọc công tơ từ xa", "=", 2242, **CNT),
    R("chiếm «2,32%", "nhân viên vận hành hệ thống đọc công tơ từ xa trong số lượng cán bộ công nhân viên của EVN", "=", 2.32),
])

# --------------------------------------------------------------------------
# 09 The postal sector: the national postal development strategy (Quyết định 654/QĐ-TTg,
# 2022) and its targets for the digital economy (baogialai.com.vn; opens with the
# crawler's stamp " date 2022-06" on its first line, kept as returned; cut: the photo
# caption "Nhân viên Postmart.vn tư vấn cho bà con nông dân ở xã Long Tân, huyện Đất Đỏ
# (Bà Rịa - Vũng Tàu)" with the blank lines before it; the excerpt ends in "sở hữu phải
# "). Targets of 2022 ("Trong năm 2022" opens the semicolon list and holds for its three
# items). Pillar null: the paragraph before names three pillars at once, the list stands
# under no heading. "100% hộ gia đình ở Việt Nam sẽ có “địa chỉ số”"
# (platforms.digital_address_households_share), "100% hộ sản xuất nông nghiệp tham gia
# giao dịch trên các sàn TMĐT do doanh nghiệp bưu chính Việt Nam sở hữu"
# (econ.farm_households_ecommerce_accounts_share; a judgement: trading on the platforms
# read as having an account there), "100% sản phẩm giao dịch trên sàn TMĐT ... phải " (its
# predicate cut by the excerpt, the subject whole: recorded; id null). Not quantities:
# "654/QĐ-TTg", "năm 2025", "năm 2030" (a document and the strategy's horizons, stated
# without a value).
# --------------------------------------------------------------------------
D09 = dict(name="09_buuchinh-chien-luoc-kinh-te-so-2022", kind="target", year=2022, records=[
    R("năm 2022, «100% hộ gia đình", "hộ gia đình ở Việt Nam sẽ có “địa chỉ số”", ">=", 100,
      iid="platforms.digital_address_households_share"),
    R("phấn đấu «100% hộ sản xuất", "hộ sản xuất nông nghiệp tham gia giao dịch trên các sàn TMĐT do doanh nghiệp bưu chính Việt Nam sở hữu",
      ">=", 100, iid="econ.farm_households_ecommerce_accounts_share"),
    R("phấn đấu «100% sản phẩm", "sản phẩm giao dịch trên sàn TMĐT do doanh nghiệp bưu chính Việt Nam sở hữu phải",
      ">=", 100),
])

# --------------------------------------------------------------------------
# 10 The banking sector: the State Bank's head of payments on adults with a bank account
# (m.tothethao.com, a copy of a news item; no cut; one sentence). A result, year null
# ("hiện nay"; the page shows no date). "hơn 87% người Việt Nam trưởng thành có tài khoản
# ngân hàng" (">"; society.bank_account_15plus_share: adults with an account at a bank, the
# State Bank's measure of those from 15; a judgement). Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_nganhang-tai-khoan-nguoi-truong-thanh", kind="result", year=None, records=[
    R("hơn «87%", "người Việt Nam trưởng thành có tài khoản ngân hàng", ">", 87,
      iid="society.bank_account_15plus_share"),
])

# --------------------------------------------------------------------------
# 11 The court sector: what the electronic court brings (baomoi.net.vn, an aggregator's
# copy; no cut; no byline; the excerpt ends in "gửi thôn"). A precision text: no number
# at all. Year null.
# --------------------------------------------------------------------------
D11 = dict(name="11_toaan-dien-tu-loi-ich-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 12 Thái Bình provincial general hospital: chip-based citizen identity cards in place of
# paper health-insurance cards (bvdktinhthaibinh.vn; no cut: the line "Sử dụng căn cước
# công dân định danh mức 2 để đăng kí khám bệnh" may be a caption or a sub-heading and is
# kept; no byline; the excerpt ends in "chuyển đổi"). A precision text: no quantity. Not
# quantities: "Đề án 06" (a name), "định danh mức 2" (the level's name). Year null.
# --------------------------------------------------------------------------
D12 = dict(name="12_thaibinh-bvdk-cccd-bhyt-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

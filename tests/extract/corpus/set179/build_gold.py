#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set179).

Copied from set175's builder (itself from set173's, set171's, set165's, set163's, ... and the
seeds'). Each record is written by hand below; its anchor is never typed in. A record names a
locator: a piece of the text with « just before the number. The locator (without «) must occur
exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that states the
quantity) are computed as in the seeds' builder (`start_at` moves the start back to a given
string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set175, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
DTI = "dti.provincial_rank"
ICTREV = "econ.ict_industry_revenue"
DEGDP = "econ.digital_economy_gdp_share"

# --------------------------------------------------------------------------
# 01 Sóc Trăng, the director of the Department of Information and Communications on his two years
# in the province (onetouch.mic.gov.vn, an interview first printed by VietNamNet; cuts: the image
# file name line "W-cds-st-5-1.jpg" and the photo caption "Ông Nguyễn Hữu Hạnh, Giám đốc Sở TT&TT
# Sóc Trăng (người đầu tiên, từ trái qua) trao giải nhất ... năm 2023.", each with one blank line;
# no stamp, no byline; the excerpt ends in "tại đ"). One target, in the director's quotation:
# "cam kết đưa chỉ số DTI năm 2023 của tỉnh lọt top 30" (kind target, rank, <=, 30, year 2023 from
# "năm 2023" in the clause; dti.provincial_rank). Pillar null. Not quantities: "xếp hạng DTI năm
# 2022 tăng 20 bậc" (a result's change against an earlier value, the spec's "tăng 5 bậc"), "15 năm
# gắn bó", "12 năm làm việc", "gần 2 năm nhận nhiệm vụ" (the director's career, a story), "Tháng
# 1/2022", "tháng 10/2023" (dates).
# --------------------------------------------------------------------------
D01 = dict(name="01_soctrang-giam-doc-so-tttt-2023", kind="target", year=2023, records=[
    R("lọt top «30”", "chỉ số DTI của tỉnh", "<=", 30, **RANK, iid=DTI),
])

# --------------------------------------------------------------------------
# 02 Ninh Bình, the deputy director of the Department of Information and Communications on the
# province's rankings (vietnamnet.vn; the crawler's stamp " date 2024-06" written as the first
# line; no cut; the excerpt ends in "hiệu quả" without a stop). Results of 2023 ("đặc biệt là trong
# năm 2023", "PCI năm 2023"), not of the stamp's 2024. "Chỉ số Cải cách hành chính (PAR INDEX) xếp
# thứ 11/63 tỉnh/thành phố" (rank, =, rank.par_index) and "chỉ số năng lực cạnh tranh cấp tỉnh PCI
# năm 2023, tỉnh Ninh Bình xếp thứ 19/63" (rank, =, rank.pci). Pillar null. Not quantities: "tăng 6
# bậc" (twice), "tăng 25 bậc" (changes against 2022), "năm 2022".
# --------------------------------------------------------------------------
D02 = dict(name="02_ninhbinh-pho-giam-doc-so-tttt-2024", kind="result", year=2024, records=[
    R("xếp thứ «11/63", "Chỉ số Cải cách hành chính (PAR INDEX)", "=", 11, **RANK, year=2023, iid="rank.par_index"),
    R("xếp thứ «19/63", "chỉ số năng lực cạnh tranh cấp tỉnh PCI", "=", 19, **RANK, year=2023, iid="rank.pci"),
])

# --------------------------------------------------------------------------
# 03 Lạng Sơn, the provincial People's Committee's half-year review of digital transformation
# (duhoc.dantri.com.vn, a mirror of dantri.com.vn; cuts: the authors' byline "Hiệp Nguyễn", the
# image's title line "Lạng Sơn đạt thành tích ấn tượng trong chuyển đổi số - 1" and the photo
# caption "Chiều 28/6, UBND tỉnh Lạng Sơn đã có cuộc họp ... (Ảnh: Langson.gov.vn).", each with one
# blank line; the tag words "Lạng sơn chuyển đối số" closing a paragraph's line are part of a line,
# kept; the excerpt ends in "hết các "). Results; year null: the excerpt names no year ("Chiều
# 28/6", "6 tháng đầu năm"; the address's 2022 is not in the text). "chuyển 100% hoạt động của các
# trường học lên nền tảng số" and "100% giáo viên sử dụng chữ ký số thay thế học bạ giấy, bảng điểm
# giấy" (=; ids null: society.schools_digital_platforms_share counts schools, not their
# activities; society.schools_digital_records_share counts institutions, not teachers), "đứng thứ
# 2 toàn quốc về sản phẩm trên sàn thương mại điện tử Việt Nam" and "đứng thứ 6 toàn quốc về giao
# dịch thành công trên sàn thương mại điện tử Việt Nam" (rank, =; ids null). Pillar null (no
# heading). Not quantities: "28/6" (a date), "6 tháng".
# --------------------------------------------------------------------------
D03 = dict(name="03_langson-so-ket-6-thang-2022", kind="result", year=None, records=[
    R("chuyển «100% hoạt động", "hoạt động của các trường học chuyển lên nền tảng số", "=", 100),
    R(", «100% giáo viên", "giáo viên sử dụng chữ ký số thay thế học bạ giấy, bảng điểm giấy", "=", 100),
    R("đứng thứ «2 toàn quốc", "toàn quốc về sản phẩm trên sàn thương mại điện tử Việt Nam", "=", 2, **RANK),
    R("đứng thứ «6 toàn quốc", "toàn quốc về giao dịch thành công trên sàn thương mại điện tử Việt Nam", "=", 6,
      **RANK),
])

# --------------------------------------------------------------------------
# 04 The Ministry of Information and Communications' half-year review of 2022, as the Quảng Nam
# department's page reports it from its bridge (tamky.quangnam.gov.vn, the department's section;
# cut: the photo caption "Quang cảnh hội nghị tại điểm cầu Sở Thông tin và Truyền thông Quảng Nam";
# the lines holding one space stay; the excerpt ends in "cuộc gọi rác /"). National results of the
# first half of 2022 (year 2022). Money with its magnitude words multiplied in: the sector's
# revenue "đạt hơn 1,8 triệu tỷ đồng" (>, 1.8e15, econ.ict_industry_revenue, whose wording
# "doanh thu toàn ngành thông tin và truyền thông" it is, as set103 and set42 decided), its profit
# "đạt hơn 137 nghìn tỷ đồng" (>, 137e12), "Đóng góp vào GDP gần 462 nghìn tỷ đồng" (~), a second
# profit "lợi nhuận hơn 285 nghìn tỷ đồng" (>: the page gives two profit figures; each is recorded
# where it stands), "nộp ngân sách gần 63 nghìn tỷ đồng" (~); "tạo việc làm cho 1,5 triệu lao động"
# (=, count; id null, as set103's workforce); "Sản lượng bưu chính (KT1) 6 tháng đầu năm 2022 đạt
# 578.828 bưu gửi" (=, count); "đã chặn hơn 150 nghìn thuê bao nghi ngờ phát tán cuộc gọi rác" (>,
# count) and "(trung bình 25 nghìn thuê bao ... /" (=, count: the average per period, the period
# cut off with the excerpt; a judgement). Ids null but the revenue. Pillar null. NOT: "(tăng 17%)",
# "(tăng 13%)", "tăng khoảng 6,4 %", "tăng 7,8%", "tăng 6,8%" and "mức tăng trưởng trên 30%" (changes
# against an earlier year), "đạt 49% kế hoạch năm 2022" (completion against the plan). Not
# quantities: "06 tháng" (periods), "18/7", "KT1" (a name).
# --------------------------------------------------------------------------
D04 = dict(name="04_quocgia-bo-tttt-so-ket-6-thang-2022", kind="result", year=2022,
           NOT=["tăng «17%", "tăng «13%", "đạt «49% kế", "trên «30%", "khoảng «6,4 %", "tăng «7,8%", "tăng «6,8%"],
           records=[
    R("đạt hơn «1,8 triệu tỷ", "doanh thu toàn ngành Thông tin truyền thông", ">", 1.8e15, **DONG, iid=ICTREV),
    R("đạt hơn «137 nghìn tỷ", "lợi nhuận toàn ngành Thông tin truyền thông", ">", 137e12, **DONG),
    R("GDP gần «462 nghìn tỷ", "Đóng góp vào GDP ngành Thông tin truyền thông", "~", 462e12, **DONG),
    R("lợi nhuận hơn «285 nghìn tỷ", "lợi nhuận ngành Thông tin truyền thông", ">", 285e12, **DONG),
    R("ngân sách gần «63 nghìn tỷ", "nộp ngân sách ngành Thông tin truyền thông", "~", 63e12, **DONG),
    R("cho «1,5 triệu lao động", "việc làm cho lao động trên cả nước ngành Thông tin truyền thông", "=", 1.5e6, **CNT),
    R("đạt «578.828 bưu gửi", "Sản lượng bưu chính (KT1)", "=", 578828, **CNT),
    R("chặn hơn «150 nghìn thuê bao", "thuê bao nghi ngờ phát tán cuộc gọi rác các DNVT di động đã chặn", ">", 150e3,
      **CNT),
    R("trung bình «25 nghìn thuê bao", "thuê bao nghi ngờ phát tán cuộc gọi rác chặn trung bình", "=", 25e3, **CNT),
])

# --------------------------------------------------------------------------
# 05 The Ministry of Science and Technology's half-year review of 2025 (tracuuquyhoach.com, a
# rewrite of a news report; cuts: the photo captions "Bộ trưởng Nguyễn Mạnh Hùng và các đại biểu dự
# hội nghị" and "Thứ trưởng Bộ KH-CN Phạm Đức Long trình bày báo cáo tóm tắt tại hội nghị"; no
# stamp; the page's title, with the year's targets "68.457 trạm 5G" and "90% dân số", is not in the
# excerpt; the excerpt ends in "hỗ trợ chi "). National results of the first half of 2025 (year
# 2025): "630 triệu giao dịch trên nền tảng tích hợp và chia sẻ dữ liệu quốc gia" (=, count; id
# null: data.lgsp_transactions_count is a province's LGSP, this is the national platform), "tỷ lệ
# hồ sơ trực tuyến toàn trình gần 40%" (~, egov.online_applications_share, whose wording "tỷ lệ hồ
# sơ trực tuyến toàn trình" it is), "hơn 75.000 doanh nghiệp công nghệ số" (>,
# econ.digital_tech_enterprises_count), "kinh tế số chiếm 18,72% GDP" (=, econ.digital_economy_gdp_share),
# "238 thôn bản lõm sóng đã có điện" and "117 thôn chưa có điện" (=, count, as set63's 14 recorded
# the same two figures from another page; ids null: infra.villages_without_mobile_signal_count is
# all villages without signal, these are its two parts). Pillar null ("Về vấn đề chuyển đổi số
# quốc gia" names no pillar). NOT: "(đạt 73% kế hoạch năm)" (completion against the plan),
# "doanh thu tăng 12,8%", "tăng 10% so với cùng kỳ" (changes). Not quantities: "14-7", "31-8",
# "30-11", "tuần thứ 2 tháng 9" (dates), "6 tháng".
# --------------------------------------------------------------------------
D05 = dict(name="05_quocgia-bo-khcn-so-ket-6-thang-2025", kind="result", year=2025,
           NOT=["đạt «73% kế", "tăng «12,8%", "tăng «10% so"], records=[
    R("có «630 triệu giao dịch", "giao dịch trên nền tảng tích hợp và chia sẻ dữ liệu quốc gia", "=", 630e6, **CNT),
    R("toàn trình gần «40%", "tỷ lệ hồ sơ trực tuyến toàn trình", "~", 40, iid="egov.online_applications_share"),
    R("có hơn «75.000 doanh", "doanh nghiệp công nghệ số hoạt động ổn định", ">", 75000, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("chiếm «18,72% GDP", "kinh tế số chiếm GDP", "=", 18.72, iid=DEGDP),
    R("với «238 thôn", "thôn bản lõm sóng đã có điện", "=", 238, **CNT),
    R("với «117 thôn", "thôn lõm sóng chưa có điện", "=", 117, **CNT),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, the Department of Information and Communications' results of 2022
# (congthuong.vn; cuts: the related-link line "Báo chí Thanh Hóa đồng hành cùng doanh nghiệp sau
# đại dịch Covid-19 |" and the photo caption "Sở Thông tin và Truyền thông Thanh Hóa đã có nhiều
# nỗ lực để tỉnh Thanh Hóa bứt phá trong chuyển đổi số |"; the excerpt ends in "100% kế hoạch" with
# no stop). Results of 2022. "doanh thu các dịch vụ bưu chính, viễn thông ước đạt 4.670 tỷ đồng"
# (=; id null: postal and telecoms revenue, not the IT and telecoms industry; as the earlier sets
# left "bưu chính, viễn thông tổng doanh thu" without an id), "Nộp ngân nhà nước hơn 220 tỷ đồng"
# (>, the page's "ngân nhà nước"), "Phát hành báo chí ước đạt 17,5 triệu tờ, cuốn" (=, count). Ids
# null. Pillar null (the heading "Hoàn thành vượt mức nhiều chỉ tiêu" names none). NOT: "hoàn thành
# 100% các công việc" (the tasks assigned, completed: completion, as counts of tasks are no
# quantities), "bằng 103,5% so với cùng kỳ", "bằng 110 % so với cùng kỳ" (against an earlier
# value), "đạt 117,1% so với kế hoạch giao", "đạt 100% kế hoạch" (completion against the plan).
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-so-tttt-ket-qua-2022", kind="result", year=2022,
           NOT=["hoàn thành «100% các", "bằng «103,5%", "đạt «117,1%", "bằng «110 %", "đạt «100% kế"], records=[
    R("ước đạt «4.670 tỷ", "doanh thu các dịch vụ bưu chính, viễn thông", "=", 4670e9, **DONG),
    R("hơn «220 tỷ", "Nộp ngân nhà nước", ">", 220e9, **DONG),
    R("ước đạt «17,5 triệu tờ", "Phát hành báo chí", "=", 17.5e6, **CNT),
])

# --------------------------------------------------------------------------
# 07 Phú Yên, the steering committee's conference on digital awareness, December 2022 (nld.com.vn;
# cuts: the image title lines "Phú Yên nâng cao nhận thức về chuyển đổi số - Ảnh 1." and "- Ảnh
# 2." and the photo captions "Hội nghị bàn về các giải pháp nâng cao nhận thức về chuyển đổi số"
# and "Ông Nguyễn Phú Tiến, ... đề cập đến một số giải pháp nâng cao nhận thức chuyển đổi số", each
# with one blank line; no stamp; the excerpt ends in "công nghệ số và"). One result: the province's
# place in the 2021 ranking, "năm 2021, Phú Yên vẫn còn nằm ở vị trí thấp trong bảng xếp hạng về
# chuyển đổi số trong cả nước (50/63 tỉnh, thành)" (rank, =, year 2021; dti.provincial_rank; a
# bracket that states a value). Pillar null. Not quantities: "tăng hơn 12 bậc so với năm 2020" (a
# change), "năm 2022" (in the conference's name).
# --------------------------------------------------------------------------
D07 = dict(name="07_phuyen-hoi-nghi-nhan-thuc-cds-2022", kind="result", year=2021, records=[
    R("(«50/63", "vị trí trong bảng xếp hạng về chuyển đổi số trong cả nước", "=", 50, **RANK, iid=DTI),
])

# --------------------------------------------------------------------------
# 08 Bình Phước, "from aspiration to action" (tracuuquyhoach.com, a rewrite of a news report;
# cuts: the widget line "8 giờ trướcBài gốc" and the photo caption "Chủ tịch UBND tỉnh Bình Phước
# Trần Tuệ Hiền thăm Trung tâm Điều hành thông minh (IOC) Bình Phước"; the title written twice
# stays; no stamp; the excerpt ends in "khoảng cách số giữ"). Results, each with the year it names:
# the DTI ranks "vươn từ vị trí 25 (năm 2020) lên hạng 9 (năm 2021) và duy trì hạng 13 (năm 2023)"
# (rank, =, years 2020, 2021, 2023; dti.provincial_rank), "Từ năm 2019 đến nay, tỉnh đã đầu tư hơn
# 800 tỷ đồng vào các dự án công nghệ thông tin và CĐS" (>, other, "đồng"; year null: "đến nay" is
# undated; inst.dx_funding_amount), "Kinh tế số hiện đóng góp khoảng 10% GRDP" (~; year null, "hiện"
# undated; econ.digital_economy_gdp_share). Pillar null (the heading "Những bước tiến và thách thức
# trong chuyển đổi số" names none). Not quantities: "Giải thưởng CĐS Việt Nam 2023", "Giải thưởng
# ASOCIO 2024" (names), "năm 2019".
# --------------------------------------------------------------------------
D08 = dict(name="08_binhphuoc-khat-vong-hanh-dong-cds", kind="result", year=None, records=[
    R("vị trí «25 (năm", "Chỉ số CĐS cấp tỉnh (DTI) của Bình Phước", "=", 25, **RANK, year=2020, iid=DTI),
    R("lên hạng «9 (năm", "Chỉ số CĐS cấp tỉnh (DTI) của Bình Phước", "=", 9, **RANK, year=2021, iid=DTI),
    R("duy trì hạng «13", "Chỉ số CĐS cấp tỉnh (DTI) của Bình Phước", "=", 13, **RANK, year=2023, iid=DTI),
    R("đầu tư hơn «800 tỷ", "tỉnh đã đầu tư vào các dự án công nghệ thông tin và CĐS", ">", 800e9, **DONG,
      iid="inst.dx_funding_amount"),
    R("khoảng «10% GRDP", "Kinh tế số đóng góp GRDP", "~", 10, iid=DEGDP),
])

# --------------------------------------------------------------------------
# 09 Điện Biên at the national half-year review of 2024 (baodienbienphu.com.vn; cuts: the section
# line "Xã hộiChuyển đổi số" and the photo caption "Đại biểu dự Hội nghị trực tuyến Sơ kết 6 tháng
# đầu năm 2024 ... tại điểm cầu tỉnh Điện Biên.", each with one blank line; the byline line
# "18:04 - Thứ Tư, 10/07/2024 Lượt xem: 1402 In bài viết" is kept whole (it carries the view count);
# the excerpt ends in "tỉnh Điện Bi"). A precision text: the meeting and its counts of tasks and
# targets, no target or result under the contract. Not quantities: "18:04", "10/07/2024", "10/7"
# (a time and dates), "Lượt xem: 1402" (page furniture), "Phiên họp lần thứ 9" (a meeting's
# number), "Đề án 06" (a name), "63 tỉnh, thành phố" (the bridges an event is broadcast to, as the
# spec's participants), "hoàn thành 244 nhiệm vụ theo lộ trình; thực hiện thường xuyên 122 nhiệm
# vụ, đang triển khai 38 nhiệm vụ" (counts of tasks), "10/24 chỉ tiêu đã hoàn thành, 14/24 chỉ tiêu
# đang tiếp tục triển khai" (counts of targets met, as set13-set15 and set157 left "15/15 chỉ
# tiêu" out), "6 tháng" (periods), "năm 2024".
# --------------------------------------------------------------------------
D09 = dict(name="09_dienbien-so-ket-6-thang-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 10 Đồng Tháp, the Department of Information and Communications' half-year review of 2023
# (stttt.dongthap.gov.vn; cuts: the widget lines "Xuất bản thông tin" and "Chi tiết bài viết Tin
# tức", each with one blank line; the title line opening with "null" is a line of the page, kept;
# the excerpt ends in "tăng cường qu"). A precision text: who met, who spoke, what was asked, no
# figure. Not quantities: "6 tháng" (periods), "năm 2023", "04/8/2023" (a date), "tiêu chí số 8"
# (the number of a new-rural criterion, a name).
# --------------------------------------------------------------------------
D10 = dict(name="10_dongthap-so-ket-nganh-tttt-6-thang-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set9).

Adapted from set8's builder (itself from /work/shared/eval/gold/build_gold.py).
Each record is written by hand below; its anchor is never typed in. A record
names a locator: a piece of the text with « just before the number. The
locator (without «) must occur exactly once in the text; the anchor is where
« stands. `start`/`end` (the clause that states the quantity) are computed as
in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract,
e.g. "tăng 1,8% so với tháng 2"); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id
of the catalogue indicator it measures, or null, decided against
muctieu/catalog/data/indicators.yaml at commit 458be9e (see README). The ids
are the IDS table at the end, one per record in text order.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, clause_span, num_out, locate  # noqa: E402
from goldkit import GOV, SOC, INFRA, SEC, SMART, CNT, RANK  # noqa: E402  (the shorthand every builder shares)


OTHER = dict(unit="other")

# --------------------------------------------------------------------------
# 01 Hà Nội (Kinh tế & Đô thị, no date on the page): DTI 2023 ranks (results
# of 2023). "tăng 18 bậc" is a change (no record). The counts of community
# teams carry no year: the only year in the text is the DTI report's (2023),
# and the text does not date the counts (year null, as set7's "đến nay").
# No heading names a pillar ("Tăng tốc chuyển đổi số"); the pillar ranks
# ("thứ 4 về xã hội số") keep pillar null (the pillar is the indicator's
# subject, not a heading; as set8).
# --------------------------------------------------------------------------
D01 = dict(name="01_hanoi-dti-2023-kinhtedothi", kind="result", year=2023, records=[
    R("xếp thứ «6 trong bảng xếp hạng", "xếp hạng 63 tỉnh, TP về chuyển đổi số", "=", 6, **RANK),
    R("vị trí tốp «10 tỉnh", "tỉnh, TP dẫn đầu về chỉ số chuyển đổi số", "<=", 10, **RANK,
      note="a group (tốp 10), not a place"),
    R("đứng thứ «4 về xã hội số", "xã hội số", "=", 4, **RANK),
    R("thứ «7 về thể chế số", "thể chế số", "=", 7, **RANK),
    R("vận hành «5.034 tổ", "tổ chuyển đổi số cộng đồng", "=", 5034, **CNT, year=None),
    R("với hơn «30.000 thành viên", "thành viên tổ chuyển đổi số cộng đồng tại cơ sở", ">", 30000, **CNT, year=None),
])

# --------------------------------------------------------------------------
# 02 Hải Dương (xahoithongtin.vnmedia.vn, 2022-04): DTI 2020 value and ranks.
# "lần lượt là 22, 9, 13": three ranks, each with its own pillar as
# indicator; pillar null (no heading). "gần 2 năm" is a duration.
# --------------------------------------------------------------------------
D02 = dict(name="02_haiduong-dti-2020-vnmedia", kind="result", year=2020, records=[
    R("đạt giá trị «0,3504", "chỉ số đánh giá chuyển đổi số của tỉnh Hải Dương", "=", 0.3504, **OTHER),
    R("xếp thứ «14 trong cả nước", "chỉ số đánh giá chuyển đổi số xếp thứ trong cả nước", "=", 14, **RANK),
    R("lần lượt là «22, 9, 13", "Thứ hạng về chính quyền số", "=", 22, **RANK),
    R("lần lượt là 22, «9, 13", "Thứ hạng về kinh tế số", "=", 9, **RANK),
    R("lần lượt là 22, 9, «13", "Thứ hạng về xã hội số", "=", 13, **RANK),
])

# --------------------------------------------------------------------------
# 03 Hưng Yên (commune portal dongtien.khoaichau, summary of Kế hoạch
# 200/KH-UBND, targets for 2025). Item leads: "Cơ sở hạ tầng kỹ thuật, nền
# tảng số:" names two pillars (null, as set7's "dữ liệu và nền tảng số");
# "Ứng dụng công nghệ thông tin trong nội bộ cơ quan nhà nước:" is the
# e-government chapter (digital_government, as set7). The page breaks off in
# the last item ("báo cáo thốn"): the 100% is still recorded (as set7).
# --------------------------------------------------------------------------
HSCV = "tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng"
D03 = dict(name="03_hungyen-kh200-2025", kind="target", year=2025, records=[
    R("nền tảng số: «100% cơ quan", "cơ quan nhà nước từ cấp tỉnh đến cấp xã kết nối, sử dụng Mạng truyền số liệu chuyên dùng", ">=", 100),
    R("nhà nước: «100% văn bản", "văn bản điện tử gửi, nhận trên môi trường mạng được ký số đầy đủ theo quy định", ">=", 100, pillar=GOV),
    R("cấp tỉnh đạt «90%", HSCV, ">=", 90, scope="cấp tỉnh", pillar=GOV),
    R("cấp huyện đạt «80%", HSCV, ">=", 80, scope="cấp huyện", pillar=GOV),
    R("cấp xã đạt «60%", HSCV, ">=", 60, scope="cấp xã", pillar=GOV),
    R("; «100% công tác báo cáo", "công tác báo cáo, các chỉ tiêu tổng hợp báo cáo định kỳ", ">=", 100, pillar=GOV,
      note="the stored page breaks off in this item"),
])

# --------------------------------------------------------------------------
# 04 Thái Bình (chinhsachcuocsong.vnanet.vn, TTXVN; no date): results; the
# text's reporting period is 2023 ("Năm 2023, tỉnh lắp đặt thêm"). The lead
# "Về xã hội số," holds for its paragraph (set7); the next paragraph names no
# pillar. "Từ tháng 11/2022" is a date.
# --------------------------------------------------------------------------
D04 = dict(name="04_thaibinh-ket-qua-2023", kind="result", year=2023, records=[
    R("có trên «80% người trưởng thành", "người trưởng thành dùng điện thoại di động thông minh", ">", 80, pillar=SOC),
    R("giao thông ở «5 điểm cửa ngõ", "điểm cửa ngõ ra vào tỉnh có hệ thống camera thông minh giám sát giao thông", "=", 5, **CNT, pillar=SOC),
    R("tỉnh, «6 nút giao thông", "nút giao thông trọng yếu có hệ thống camera thông minh giám sát giao thông", "=", 6, **CNT, pillar=SOC),
    R("thêm ở «4 vị trí", "vị trí giao thông phức tạp lắp đặt thêm camera", "=", 4, **CNT, pillar=SOC),
    R("thành lập «1.500 tổ", "tổ công nghệ số hỗ trợ cộng đồng", "=", 1500, **CNT),
    R("với «12.000 thành viên", "thành viên tổ công nghệ số hỗ trợ cộng đồng", "=", 12000, **CNT),
    R("có «1,4 triệu tài khoản", "tài khoản ngân hàng số", "=", 1400000, **CNT),
    R("và «1,4 triệu thẻ", "thẻ thanh toán các loại", "=", 1400000, **CNT),
])

# --------------------------------------------------------------------------
# 05 Nam Định (chuyendoiso.namdinh.gov.vn): DTI 2022; the title states the
# rank too (recorded, as set7/set8). "tăng 1 hạng" is a change; "Phiên họp lần
# thứ 6", "năm thứ 3", "6 tháng" are ordinals and periods.
# --------------------------------------------------------------------------
D05 = dict(name="05_namdinh-dti-2022", kind="result", year=2022, records=[
    R("Nam Định xếp thứ «10 bảng", "bảng xếp hạng DTI", "=", 10, **RANK, note="title"),
    R("vị trí thứ «10/63 tỉnh", "vị trí trong bảng xếp hạng chuyển đổi số (DTI)", "=", 10, **RANK),
])

# --------------------------------------------------------------------------
# 06 Sơn La (vietnam.vn, no date; 2023 from "Năm 2023 ... phấn đấu"): targets
# for 2025 and one for 2023. "đạt từ 10%" = từ X (trở lên): >=. The GRDP
# growth target is a target stated as a change (a quantity). The paragraph
# after "Về phát triển xã hội số ..." names xã hội số again and continues the
# list: digital_society (set6 decision 9). The last number "96" is cut off by
# the stored page (its decimals and unit unknown): no record.
# --------------------------------------------------------------------------
D06 = dict(name="06_sonla-kinh-te-so-xa-hoi-so", kind="target", year=2025, records=[
    R("đạt từ «10% GRDP", "tỷ trọng kinh tế số", ">=", 10),
    R("đạt tối thiểu «15%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 15),
    R("tỉnh đạt «7,5%", "tốc độ tăng tổng sản phẩm (GRDP) trên địa bàn tỉnh", ">=", 7.5, year=2023),
    R("hộ gia đình đạt «80%", "tỷ lệ phủ mạng băng rộng cố định (cáp quang) hộ gia đình", ">=", 80, pillar=SOC),
    R("(4G/5G) đạt «99,56%", "phổ cập dịch vụ mạng di động tốc độ cao", ">=", 99.56, pillar=SOC),
])

# --------------------------------------------------------------------------
# 07 Đắk Lắk (1ty.vn, from the IOC centre of Đắk Lắk; results of 2021): the
# province's own DX index of its departments and districts; one sentence
# splits the mean score by level (scopes "cấp sở", "cấp huyện", as set5's
# "cấp bộ ... cấp tỉnh"). The heading "Chính quyền tiên phong bắt nhịp" does
# not say chính quyền số/điện tử: pillar null. "3 trụ cột" is structure.
# --------------------------------------------------------------------------
D07 = dict(name="07_daklak-dti-so-huyen-2021", kind="result", year=2021, records=[
    R("trung bình là «114,98 điểm", "Chỉ số chuyển đổi số điểm trung bình", "=", 114.98, unit="other", unit_text="điểm", scope="cấp sở"),
    R("trung bình là «146,34 điểm", "Chỉ số chuyển đổi số điểm trung bình", "=", 146.34, unit="other", unit_text="điểm", scope="cấp huyện"),
])

# --------------------------------------------------------------------------
# 08 Điện Biên (Tạp chí Công Thương, no date): targets of the Đề án 2021-2025
# for 2025 and 2030. "phủ 100% khu vực dân cư ... và trên 60% hộ gia đình":
# two records, scope null (households are not a level). "3 cấp", "mức độ 4"
# are names. No heading: pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_dienbien-de-an-2025-2030", kind="target", year=2025, records=[
    R("cáp quang phủ «100% khu vực", "hạ tầng mạng băng rộng cáp quang phủ khu vực dân cư sinh sống, làm việc", ">=", 100),
    R("và trên «60% hộ gia đình", "hạ tầng mạng băng rộng cáp quang phủ hộ gia đình", ">", 60),
    R("gia đình, «100% văn bản", "văn bản điện tử của cơ quan, đơn vị được trao đổi, liên thông trên môi trường mạng", ">=", 100),
    R("(trừ văn bản mật), «100% thủ tục", "thủ tục hành chính đủ điều kiện được cung cấp mức độ 4 trên nhiều phương tiện truy cập khác nhau", ">=", 100),
    R("khác nhau, «100% cuộc họp", "cuộc họp, hội nghị có thể thực hiện trên môi trường mạng", ">=", 100),
    R("mạng, trên «50% cuộc họp", "cuộc họp 3 cấp (tỉnh - huyện - xã) được thực hiện trực tuyến", ">", 50),
    R("tối thiểu «10 dịch vụ", "dịch vụ đô thị thông minh trên địa bàn tỉnh", ">=", 10, **CNT),
    R("tối thiểu «10% GRDP", "Kinh tế số chiếm GRDP của tỉnh", ">=", 10),
    # "Đến năm 2030 ..."
    R("Bảo đảm «100% cuộc họp", "cuộc họp, hội nghị có thể thực hiện trực tuyến mọi lúc, mọi nơi, trên nhiều thiết bị", ">=", 100, year=2030),
    R("thiết bị, trên «70% cuộc họp", "cuộc họp 3 cấp (tỉnh - huyện - xã) được thực hiện trực tuyến", ">", 70, year=2030),
    R("tối thiểu «15% GRDP", "Kinh tế số chiếm GRDP của tỉnh", ">=", 15, year=2030),
    R("tối thiểu «70% số xã", "số xã trên địa bàn tỉnh cơ bản chuyển đổi số", ">=", 70, year=2030),
])

# --------------------------------------------------------------------------
# 09 Điện Biên (giamngheobenvung.vietnamnet.vn): results to the end of 2022;
# the title states the smartphone share (recorded, year of the text 2022).
# "Điện Biên đã xác định bước đầu là quan tâm phát triển cơ sở hạ tầng thiết
# yếu ..." leads its paragraph (infrastructure); the next paragraph names no
# pillar. "Tỷ lệ máy tính/cán bộ ... cấp tỉnh, cấp huyện đạt 100%; cấp xã đạt
# trên 95%": three records, the first two share the 100%. "(3G, 4G)" and
# "CMCN 4.0" are names.
# --------------------------------------------------------------------------
MT = "Tỷ lệ máy tính/cán bộ, công chức trong các cơ quan Nhà nước"
D09 = dict(name="09_dienbien-ha-tang-2022", kind="result", year=2022, records=[
    R("thông minh đạt «68%", "Tỷ lệ người dân có điện thoại thông minh", "=", 68, note="title"),
    R("có «5 doanh nghiệp", "doanh nghiệp cung cấp dịch vụ viễn thông", "=", 5, **CNT, pillar=INFRA),
    R("«06 doanh nghiệp", "doanh nghiệp cung cấp dịch vụ bưu chính", "=", 6, **CNT, pillar=INFRA),
    R("phủ đến «100% trung tâm", "sóng thông tin di động được phủ đến trung tâm các xã, phường, thị trấn", "=", 100, pillar=INFRA),
    R("và «94,5% khu vực", "sóng thông tin di động được phủ đến khu vực có dân cư sinh sống", "=", 94.5, pillar=INFRA),
    R("cấp huyện đạt «100%", MT, "=", 100, scope="cấp tỉnh"),
    R("cấp huyện đạt «100%", MT, "=", 100, scope="cấp huyện"),
    R("cấp xã đạt trên «95%", MT, ">", 95, scope="cấp xã"),
    R("95%. «100% cơ quan", "cơ quan Nhà nước các cấp được kết nối mạng Internet tốc độ cao và kết nối vào Mạng truyền số liệu chuyên dùng", "=", 100),
    R("triển khai đến «100% xã", "Hệ thống Hội nghị trực tuyến được triển khai đến xã, phường, thị trấn", "=", 100),
])

# --------------------------------------------------------------------------
# 10 Vĩnh Phúc (vpub.vinhphuc.gov.vn, 2023-04): online public services in
# March 2023. "ở cấp tỉnh đạt 99%, cấp huyện, thành phố đạt 97,7%" (twice):
# a split by level. "93% ... tại các huyện, thành phố": the level is part of
# the subject (scope null). "(tăng 1,8% so với tháng 2)" is a change (NOT).
# "mức độ 3, mức độ 4" are names. The lead-in "Với mục tiêu phát triển chính
# quyền điện tử ..." ends its paragraph and opens nothing: pillar null.
# --------------------------------------------------------------------------
DH = "tỷ lệ hồ sơ thủ tục hành chính (TTHC) được giải quyết đúng và trước hạn"
D10 = dict(name="10_vinhphuc-dvc-thang-3-2023", kind="result", year=2023, records=[
    R("kết quả cao, ở cấp tỉnh đạt «99%", DH, "=", 99, scope="cấp tỉnh"),
    R("thành phố đạt «97,7%. Hiện nay", DH, "=", 97.7, scope="cấp huyện, thành phố"),
    R("thành phố đạt «93% tổng số hồ sơ TTHC cần", "tỷ lệ hồ sơ TTHC được tiếp nhận và giải quyết thông qua dịch vụ công (DVC) trực tuyến tại các huyện, thành phố", "=", 93),
    R("với hơn «36.700 hồ sơ", "hồ sơ TTHC tiếp nhận mới", ">", 36700, **CNT),
    R("mức cao, ở cấp tỉnh đạt «99%", DH, "=", 99, scope="cấp tỉnh"),
    R("thành phố đạt «97,7%.\n", DH, "=", 97.7, scope="cấp huyện, thành phố"),
    R("cung cấp hơn «2.000 DVC", "DVC trực tuyến được cung cấp", ">", 2000, **CNT),
    R("có gần «750 DVC", "DVC trực tuyến đạt mức độ 3, mức độ 4 được kết nối với Cổng DVC quốc gia", "~", 750, **CNT),
    R("phát sinh hơn «20.300 hồ sơ", "hồ sơ TTHC nộp trực tuyến", ">", 20300, **CNT),
    R("chiếm «93% tổng số", "hồ sơ TTHC nộp trực tuyến chiếm tổng số hồ sơ TTHC được giải quyết", "=", 93),
    R("DN hơn «846 triệu đồng", "thu hộ phí, lệ phí cho người dân, DN", ">", 846e6, unit="other", unit_text="đồng"),
], NOT=["(tăng «1,8% so với"])

# --------------------------------------------------------------------------
# 11 Hòa Bình (hoabinh.gov.vn, targets of 2022): "Phấn đấu 80% hồ sơ công
# việc tại cấp tỉnh, 70% ... cấp huyện và 50% ... cấp xã": a split by level.
# "đạt từ 60% trở lên": >=. The page breaks off at "100% dịch vụ" (recorded,
# as set7). No heading: pillar null.
# --------------------------------------------------------------------------
HS = "hồ sơ công việc được xử lý trên môi trường mạng"
D11 = dict(name="11_hoabinh-muc-tieu-2022", kind="target", year=2022, records=[
    R("Phấn đấu «80% hồ sơ", HS, ">=", 80, scope="cấp tỉnh"),
    R("cấp tỉnh, «70% hồ sơ", HS, ">=", 70, scope="cấp huyện"),
    R("cấp huyện và «50% hồ sơ", HS, ">=", 50, scope="cấp xã"),
    R("Nhà nước). «80% báo cáo", "báo cáo định kỳ của các cơ quan Nhà nước được thực hiện qua Hệ thống thông tin báo cáo tỉnh Hoà Bình", ">=", 80),
    R("Hoà Bình; «60% báo cáo", "báo cáo định kỳ của tỉnh Hoà Bình được gửi, nhận qua Hệ thống thông tin báo cáo Quốc gia", ">=", 60),
    R("đạt từ «60% trở lên", "Tỷ lệ hồ sơ giải quyết trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính", ">=", 60),
    R("tối thiểu «60% các dịch vụ", "dịch vụ công trực tuyến của tỉnh tích hợp với Cổng dịch vụ Quốc gia", ">=", 60),
    R("; «100% dịch vụ\n", "dịch vụ", ">=", 100, note="the stored page breaks off after 'dịch vụ'"),
])

# --------------------------------------------------------------------------
# 12 Hòa Bình (VietNamNet): results "Tới nay"; the text names no reporting
# year (only the party term 2020-2025 and "cuối năm 2021"): year null (set7).
# "1 trong 15 nhiệm vụ trọng tâm" counts tasks. "trên 90% ... cấp tỉnh; trên
# 80% ... cấp huyện và trên 60% ... cấp xã": a split by level.
# --------------------------------------------------------------------------
HS12 = "tổng số hồ sơ công việc được xử lý trên môi trường mạng"
D12 = dict(name="12_hoabinh-dti-2025", kind="result", year=None, records=[
    R("đã có «100% thủ tục", "thủ tục hành chính đủ điều kiện theo quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4", "=", 100),
    R("với «1.023 dịch vụ", "dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công tỉnh", "=", 1023, **CNT),
    R("tỉnh; «287 dịch vụ", "dịch vụ công trực tuyến một phần trên Cổng dịch vụ công tỉnh", "=", 287, **CNT),
    R("trên «90% tổng số", HS12, ">", 90, scope="cấp tỉnh"),
    R("trên «80% tổng số", HS12, ">", 80, scope="cấp huyện"),
    R("trên «60% tổng số", HS12, ">", 60, scope="cấp xã"),
    R("đơn giản hóa «70 TTHC", "phương án đơn giản hóa TTHC thuộc thẩm quyền giải quyết của các sở ngành", "=", 70, **CNT),
])

# --------------------------------------------------------------------------
# 13 Bắc Kạn (backan.gov.vn): the "chỉ tiêu chủ yếu" of the Kế hoạch phát
# triển hạ tầng số giai đoạn 2023 - 2025 (targets for 2025; the lead-in names
# hạ tầng số: digital_infrastructure for the whole list). Speeds that qualify
# the subject of a share ("90% đường truyền ... tốc độ trung bình 200 Mb/s",
# "100% đường truyền ... 1 Gb/s", "mạng băng rộng di động với tốc độ trung
# bình 70Mb/s phủ sóng 100% dân số") have no record (set8: "người dùng tiếp
# cận tốc độ trên 1 Gb/s"). "FTTH", "IoT" are names.
# --------------------------------------------------------------------------
D13 = dict(name="13_backan-kh-ha-tang-so-2023-2025", kind="target", year=2025, records=[
    R("băng rộng di động đạt «100%", "Tỷ lệ thôn, bản được phủ băng rộng di động", ">=", 100, pillar=INFRA),
    R("(cáp quang FTTH) đạt «100%", "tỷ lệ thôn, bản được phủ băng rộng cố định (cáp quang FTTH)", ">=", 100, pillar=INFRA),
    R("trạm BTS đạt «25%", "tỷ lệ dùng chung vị trí trạm BTS", ">=", 25, pillar=INFRA),
    R("chuyên dùng đạt «100%", "tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng", ">=", 100, pillar=INFRA),
    R("di động đạt «90%", "tỷ lệ thuê bao sử dụng điện thoại thông minh (SMP)/tổng thuê bao điện thoại di động", ">=", 90, pillar=INFRA),
    R("Internet đạt «90%", "tỷ lệ người sử dụng Internet", ">=", 90, pillar=INFRA),
    R("có nhu cầu đạt «100%", "tỷ lệ hộ gia đình có khả năng tiếp cận cáp quang khi có nhu cầu", ">=", 100, pillar=INFRA),
    R("băng rộng di động) đạt «80%", "tỷ lệ hộ gia đình có truy nhập Internet (bao gồm băng rộng cố định và băng rộng di động)", ">=", 80, pillar=INFRA),
    R("thông minh đạt «100%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 100, pillar=INFRA),
    R("; «90% đường truyền", "đường truyền Internet cố định có kết nối đến cá nhân tốc độ trung bình 200 Mb/s", ">=", 90, pillar=INFRA),
    R("; «100% đường truyền", "đường truyền Internet kết nối đến cơ quan, đơn vị có tốc độ trung bình 1 Gb/s", ">=", 100, pillar=INFRA),
    R("phủ sóng «100% dân số", "mạng băng rộng di động phủ sóng dân số", ">=", 100, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 14 Bắc Kạn (chuyendoiso.backan.gov.vn): telecom infrastructure results;
# no year in the text (year null). "3 cấp", "4 cấp hành chính", "2G/3G/4G"
# are structure and names. Densities per 100 people are unit other.
# --------------------------------------------------------------------------
D14 = dict(name="14_backan-ha-tang-vien-thong", kind="result", year=None, records=[
    R("«100% xã, phường, thị trấn được phủ sóng", "xã, phường, thị trấn được phủ sóng di động", "=", 100),
    R("cáp quang hóa «100% hạ tầng", "cáp quang hóa hạ tầng đường truyền tới các cơ quan, đơn vị, địa phương", "=", 100),
    R("; «100% cơ quan, đơn vị", "cơ quan, đơn vị, địa phương được kết nối mạng truyền số liệu chuyên dùng", "=", 100),
    R("đạt «284.135 thuê bao", "số thuê bao điện thoại", "=", 284135, **CNT),
    R("cố định đạt «4.567", "thuê bao điện thoại cố định", "=", 4567, **CNT),
    R("di động đạt «279.568 thuê bao", "thuê bao điện thoại di động", "=", 279568, **CNT),
    R("thông minh đạt «192.579", "số thuê bao điện thoại thông minh", "=", 192579, **CNT),
    R("đạt «90,5 máy/100 dân", "mật độ điện thoại", "=", 90.5, unit="other", unit_text="máy/100 dân"),
    R("đạt «224.065 thuê bao", "Số thuê bao internet", "=", 224065, **CNT),
    R("đạt «62 thuê bao/100 dân", "mật độ thuê bao internet", "=", 62, unit="other", unit_text="thuê bao/100 dân"),
    R("có «6.233 km", "cáp quang", "=", 6233, unit="other", unit_text="km"),
    R(", «672 trạm BTS", "trạm BTS", "=", 672, **CNT),
    R(", «7 cột ăng ten", "cột ăng ten sử dụng chung cơ sở hạ tầng", "=", 7, **CNT),
    R(", «01 trạm điều khiển", "trạm điều khiển thông tin di động BTS", "=", 1, **CNT),
    R("cáp quang đạt «80%", "Tỷ lệ hộ gia đình có sử dụng băng rộng cáp quang", "=", 80),
    R("gồm «5 máy chủ", "máy chủ vật lý của Trung tâm dữ liệu", "=", 5, **CNT, start_at="Hệ thống máy chủ ảo hóa"),
    R("cho trên «100 máy chủ", "máy chủ ảo hóa chạy song hành", ">", 100, **CNT, start_at="Hệ thống máy chủ ảo hóa"),
])

# --------------------------------------------------------------------------
# 15 Ninh Thuận (dientuungdung.vn, no date): results; no year in the text
# (year null). The title names xã hội số and heads the text (set8) until the
# heading "Hạ tầng số phát triển mạnh mẽ" (infrastructure); the last heading
# "Chuyển đổi số trong dịch vụ công và y tế" names dịch vụ công (digital
# government; y tế is a sector, not a pillar). "đứng thứ 15", "xếp hạng 15":
# ranks of the province for fibre households. "100% thôn" is one value for
# fibre and 3G/4G together (one record). The page breaks off at "580 dịch".
# --------------------------------------------------------------------------
D15 = dict(name="15_ninhthuan-xa-hoi-so", kind="result", year=None, records=[
    R("đạt «87,5%, số hộ có", "tỷ lệ người dân sử dụng điện thoại thông minh", "=", 87.5, pillar=SOC),
    R("đứng thứ «15 toàn quốc", "số hộ có cáp quang băng rộng", "=", 15, **RANK, pillar=SOC),
    R("là «75,3% giao dịch", "giao dịch thanh toán đã chuyển sang hình thức không dùng tiền mặt", "=", 75.3, pillar=SOC),
    R("đến «100% thôn", "phủ sóng internet cáp quang băng thông rộng và dịch vụ 3G, 4G đến thôn", "=", 100, pillar=INFRA),
    R("tại «75 trạm", "thí điểm phát sóng 5G tại trạm", "=", 75, **CNT, pillar=INFRA),
    R("thông minh đạt «87,5%, số hộ gia đình", "Tỷ lệ người dân sử dụng điện thoại thông minh", "=", 87.5, pillar=INFRA),
    R("cố định đạt «81,7%", "số hộ gia đình có cáp quang băng rộng cố định", "=", 81.7, pillar=INFRA),
    R("xếp hạng «15 toàn quốc", "số hộ gia đình có cáp quang băng rộng cố định", "=", 15, **RANK, pillar=INFRA),
    R("kết nối «12 hệ thống", "hệ thống thông tin của Trung tâm giám sát an toàn, an ninh mạng (SOC) và Trung tâm điều hành đô thị thông minh (IOC) hoàn thành việc nâng cấp và kết nối", "=", 12, **CNT, pillar=INFRA),
    R("hiện có «580 dịch", "dịch", "=", 580, **CNT, pillar=GOV, note="the stored page breaks off after 'dịch'"),
])

# --------------------------------------------------------------------------
# 16 Bạc Liêu (Kế hoạch 64/KH-UBND, 05/4/2023; the plan document as stored,
# header rendered with | cells): its Part I reports the results of 2022; the
# page breaks off in the second item (no number). Document numbers and dates
# are no quantities.
# --------------------------------------------------------------------------
D16 = dict(name="16_baclieu-kh64-2023", kind="result", year=2023, records=[
    R("ước đạt «80%", "Tỷ lệ dân số trưởng thành có điện thoại thông minh", "=", 80, year=2022,
      start_at="- Tỷ lệ dân số trưởng thành"),
])

# --------------------------------------------------------------------------
# 17 Bạc Liêu (Nhân Dân, no date): results "Đến nay" / "Tính đến thời điểm
# này"; no reporting year in the text (year null). "liên thông 4 cấp" is
# structure.
# --------------------------------------------------------------------------
D17 = dict(name="17_baclieu-day-manh-cds", kind="result", year=None, records=[
    R("hộ tịch tư pháp đạt «100%", "số hóa dữ liệu hộ tịch tư pháp", "=", 100),
    R("đạt hơn «95%", "đồng bộ dữ liệu thông tin y tế với mã định danh công dân", ">", 95),
    R("đạt gần «96%", "tích hợp dữ liệu y tế với dữ liệu bảo hiểm y tế và dữ liệu mã định danh công dân", "~", 96),
    R("Ngoài ra, «100% các cơ sở", "các cơ sở khám, chữa bệnh trong toàn tỉnh đã áp dụng thanh toán không dùng tiền mặt", "=", 100),
    R("đã có «100% số xã", "số xã, phường, thị trấn có cáp quang tới trung tâm", "=", 100),
])

# --------------------------------------------------------------------------
# 18 An Giang (bqlkkt.angiang.gov.vn, no date): results; no reporting year in
# the text (year null). The lead "Về Phát triển hạ tầng số," holds for the
# rest of its paragraph (set7). "Nghị quyết số 52-NQ/TW", "XI" are names.
# --------------------------------------------------------------------------
D18 = dict(name="18_angiang-ha-tang-so", kind="result", year=None, records=[
    R("tỉnh có «100% trung tâm", "trung tâm xã, phường, thị trấn được kết nối Internet cáp quang tốc độ cao", "=", 100, pillar=INFRA),
    R("; «100% khóm, ấp", "khóm, ấp được phủ sóng Internet di động băng rộng", "=", 100, pillar=INFRA),
    R("Smartphone là «66,2%", "Tỷ lệ dân số trưởng thành sử dụng Smartphone", "=", 66.2, pillar=INFRA),
    R("đạt gần «128 thuê bao/100 dân", "mật độ điện thoại", "~", 128, unit="other", unit_text="thuê bao/100 dân", pillar=INFRA),
    R("Internet đạt «83,06%", "Tỷ lệ hộ gia đình có Internet", "=", 83.06, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 19 Bình Dương (Zing News, 2023): a planned camera system (targets for
# quý IV/2023, "dự kiến": bare numbers read >=, as set7's "dự kiến đạt 25%");
# "trên 205 vị trí" means "at 205 sites" here, not "more than" (>=, the same
# planned figure restated). The 7 districts that have issued plans are a
# result. No heading names a pillar ("Tính năng vượt trội").
# --------------------------------------------------------------------------
D19 = dict(name="19_binhduong-camera-2023", kind="target", year=2023, records=[
    R("trật tự tại «205 vị trí", "Hệ thống camera giám sát, điều hành giao thông, an ninh trật tự đưa vào vận hành tại vị trí", ">=", 205, **CNT),
    R("dự kiến lắp «421 camera", "lắp camera", ">=", 421, **CNT),
    R("đầu tư «469 tỷ đồng", "tổng kinh phí đầu tư", ">=", 469e9, unit="other", unit_text="đồng"),
    R("đồng trên «205 vị trí", "lắp camera trên vị trí", ">=", 205, **CNT,
      note="'trên' = at (sites), not a comparator"),
    R("Riêng «7 địa phương", "địa phương đã ban hành kế hoạch triển khai lắp camera giám sát", "=", 7, **CNT, kind="result"),
])

# --------------------------------------------------------------------------
# 20 Vĩnh Phúc (vpub.vinhphuc.gov.vn, 2023-11): training in the first nine
# months of 2023 ("9 tháng" is the period). No heading; the training
# paragraph names no pillar (null). "3 trụ cột" is structure.
# --------------------------------------------------------------------------
D20 = dict(name="20_vinhphuc-dao-tao-9-thang-2023", kind="result", year=2023, records=[
    R("cho «220 cán bộ", "cán bộ lãnh đạo, quản lý, cán bộ làm công tác tham mưu chuyển đổi số của các sở, ngành, địa phương (khóa đào tạo nguồn nhân lực chuyển đổi số)", "=", 220, **CNT),
    R("; «33 lớp", "lớp đào tạo về kiến thức, kỹ năng chuyển đổi số", "=", 33, **CNT),
    R("cho «2.000 lượt", "lượt cán bộ, công chức, viên chức đào tạo về kiến thức, kỹ năng chuyển đổi số", "=", 2000, **CNT),
    R("cho khoảng «10.000 người", "người đào tạo chuyển đổi số trực tuyến trên nền tảng OneTouch", "~", 10000, **CNT),
])

# --------------------------------------------------------------------------
# 21 Hà Nội (VietnamPlus, 2024): the heading "Chuyển đổi số, xây dựng thành
# phố thông minh" names the smart city (smart_city) for what follows; results
# of 2024 ("Ngày 28/6/2024"). "3 cấp" is structure.
# --------------------------------------------------------------------------
D21 = dict(name="21_hanoi-thanh-pho-thong-minh-2024", kind="result", year=2024, records=[
    R("vận hành tại «100% cơ quan", "Hệ thống thông tin giải quyết thủ tục hành chính được đưa vào vận hành tại cơ quan Nhà nước của Hà Nội", "=", 100, pillar=SMART),
    R("với «1.877 thủ tục", "thủ tục hành chính trên Hệ thống thông tin giải quyết thủ tục hành chính", "=", 1877, **CNT, pillar=SMART),
    R("cung cấp «1.389 thủ tục", "thủ tục hành chính triển khai dịch vụ công trực tuyến tích hợp trên Cổng dịch vụ công quốc gia", "=", 1389, **CNT, pillar=SMART),
    R("kết nối với «20 hệ thống", "hệ thống thông tin cơ sở dữ liệu của bộ, ngành, quốc gia được kết nối", "=", 20, **CNT, pillar=SMART),
])

# --------------------------------------------------------------------------
# 22 Bạc Liêu (baobaclieu.vn, early 2025): the new TTHC system since 1/6/2024
# (results of 2024); the heading "Hệ thống hành chính thông minh, hiện đại"
# names no pillar. The paragraph "Để bảo vệ dữ liệu ... giải pháp an ninh
# mạng" is led by an information-security topic (information_security).
# "60 ngày đêm" is the name of a campaign. The page breaks off at "27 cơ quan,
# đơn".
# --------------------------------------------------------------------------
D22 = dict(name="22_baclieu-he-thong-tthc-2024", kind="result", year=2024, records=[
    R("tiếp nhận «121.355 hồ sơ", "hồ sơ tiếp nhận trên hệ thống thông tin giải quyết TTHC mới", "=", 121355, **CNT),
    R("giải quyết «116.517 hồ sơ", "hồ sơ giải quyết", "=", 116517, **CNT),
    R("trực tuyến «75.372 hồ sơ", "hồ sơ tiếp nhận trực tuyến", "=", 75372, **CNT),
    R("dành cho «27 cơ quan", "cơ quan đã hoàn thành triển khai cài đặt phần mềm chống mã độc tập trung", "=", 27, **CNT, pillar=SEC),
])

# --------------------------------------------------------------------------
# 23 Tiền Giang (Kế hoạch 383/KH-UBND, 07/12/2022; the plan document as
# stored, header rendered with | cells): the stored page ends inside the
# plan's legal bases. No quantity: document numbers, dates, list numbers,
# periods ("5 năm 2021-2025" is the span of a socio-economic plan). The gold
# is empty on purpose (a precision check).
# --------------------------------------------------------------------------
D23 = dict(name="23_tiengiang-kh383-nong-thon-moi-2022", kind="target", year=2025, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11,
        D12, D13, D14, D15, D16, D17, D18, D19, D20, D21, D22, D23]

# --------------------------------------------------------------------------
# Indicator catalogue ids: decided against muctieu/catalog/data/indicators.yaml
# at commit 458be9e (210 entries, sha256
# b8b561cfb66552a7cd9c4f635a3a44be61c95dc0d862488b8498100229e11863), without
# reading or running the matcher or the extractor. One entry per gold record,
# in the gold file's (text) order; None when no catalogue entry measures the
# quantity. Rule (set7/set8's): the id of the indicator that measures exactly
# this quantity in this unit, else None; a split by level or by kind of the
# same measure keeps the id; one value stated for two indicators is None.
# --------------------------------------------------------------------------
WR = "egov.work_records_online_share"
ONLINE = "egov.online_applications_share"
ONTIME = "egov.on_time_applications_share"
SMP = "society.adult_smartphone_share"
FIBHH = "infra.fibre_household_coverage_share"
GRDP = "econ.digital_economy_gdp_share"
IDS = {
    "01_hanoi-dti-2023-kinhtedothi": ["dti.provincial_rank", "dti.provincial_rank", "dti.digital_society_rank",
                                      "dti.digital_institutions_rank", "aware.community_digital_teams_count",
                                      "aware.community_digital_team_members_count"],
    "02_haiduong-dti-2020-vnmedia": ["dti.provincial_score", "dti.provincial_rank", "dti.digital_government_rank",
                                     "dti.digital_economy_rank", "dti.digital_society_rank"],
    "03_hungyen-kh200-2025": ["infra.specialised_network_connection_share", "egov.electronic_documents_share",
                              WR, WR, WR, None],
    "04_thaibinh-ket-qua-2023": [SMP, None, None, None, "aware.community_digital_teams_count",
                                 "aware.community_digital_team_members_count", None, None],
    "05_namdinh-dti-2022": ["dti.provincial_rank", "dti.provincial_rank"],
    "06_sonla-kinh-te-so-xa-hoi-so": [GRDP, "econ.digital_economy_sector_share", None, FIBHH,
                                      "infra.mobile_broadband_population_coverage_share"],
    "07_daklak-dti-so-huyen-2021": [None, None],
    "08_dienbien-de-an-2025-2030": [None, FIBHH, "egov.electronic_documents_share", "egov.full_online_services_share",
                                    None, None, "city.ioc_services_count", GRDP, None, None, GRDP, None],
    "09_dienbien-ha-tang-2022": [SMP, "econ.digital_tech_enterprises_count", None, None, None,
                                 "infra.civil_servants_computers_share", "infra.civil_servants_computers_share",
                                 "infra.civil_servants_computers_share", None, "infra.video_conference_communes_share"],
    "10_vinhphuc-dvc-thang-3-2023": [ONTIME, ONTIME, ONLINE, None, ONTIME, ONTIME, None, None, None, ONLINE, None],
    "11_hoabinh-muc-tieu-2022": [WR, WR, WR, "egov.online_reporting_share", "egov.online_reporting_share", ONLINE,
                                 "egov.national_portal_integrated_share", None],
    "12_hoabinh-dti-2025": ["egov.full_online_services_share", None, None, WR, WR, WR, None],
    "13_backan-kh-ha-tang-so-2023-2025": ["infra.mobile_village_coverage_share", "infra.fibre_village_coverage_share",
                                          "infra.bts_sharing_share", "infra.specialised_network_connection_share",
                                          "infra.smartphone_subscriptions_share", "infra.internet_users_share",
                                          FIBHH, "infra.households_internet_share", SMP, None, None,
                                          "infra.mobile_broadband_population_coverage_share"],
    "14_backan-ha-tang-vien-thong": [None, None, "infra.specialised_network_connection_share", None, None,
                                     "infra.mobile_subscriptions_count", None, None,
                                     "infra.internet_subscriptions_count", None, "infra.fibre_cable_length",
                                     "infra.bts_stations_count", None, None, FIBHH, None, None],
    "15_ninhthuan-xa-hoi-so": [SMP, None, "econ.cashless_transactions_share", None, "infra.bts_stations_count",
                               SMP, FIBHH, None, None, None],
    "16_baclieu-kh64-2023": [SMP],
    "17_baclieu-day-manh-cds": ["data.civil_status_digitised_share", None, None,
                                "society.cashless_hospital_fees_share", "infra.fibre_commune_coverage_share"],
    "18_angiang-ha-tang-so": ["infra.fibre_commune_coverage_share", "infra.mobile_village_coverage_share", SMP,
                              None, "infra.households_internet_share"],
    "19_binhduong-camera-2023": [None, "city.surveillance_cameras_count", None, None, None],
    "20_vinhphuc-dao-tao-9-thang-2023": [None, "hr.dx_training_courses_count", None, None],
    "21_hanoi-thanh-pho-thong-minh-2024": [None, None, None, None],
    "22_baclieu-he-thong-tthc-2024": [None, None, None, None],
    "23_tiengiang-kh383-nong-thon-moi-2022": [],
}


def build(doc):
    text = (TEXTS / f"{doc['name']}.txt").read_text(encoding="utf-8")
    out = []
    for r in doc["records"]:
        anchor = locate(text, r["loc"], doc["name"])
        s, e = clause_span(text, anchor, r["start_at"], r["line"])
        rec = dict(
            kind=r["kind"] or doc["kind"],
            indicator=r["indicator"],
            scope=r["scope"],
            op=r["op"],
            value=num_out(r["value"]),
            value_max=num_out(r["value_max"]) if r["value_max"] is not None else None,
            unit=r["unit"],
        )
        if r["unit"] == "other":
            rec["unit_text"] = r["unit_text"]
        rec["year"] = doc["year"] if r["year"] == "default" else r["year"]
        rec["pillar"] = r["pillar"]
        if r["place"]:
            rec["place"] = r["place"]
        rec.update(anchor=anchor, start=s, end=e)
        if r["note"]:
            rec["note"] = r["note"]
        out.append(rec)
    out.sort(key=lambda x: x["anchor"])  # stable: shared anchors keep written order
    ids = IDS.get(doc["name"])
    if ids is None:
        return out
    assert len(ids) == len(out), (doc["name"], len(ids), len(out))
    for rec, iid in zip(out, ids):
        note = rec.pop("note", None)
        rec["indicator_id_gold"] = iid
        if note:
            rec["note"] = note
    return out


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

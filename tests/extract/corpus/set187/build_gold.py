#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set187).

Copied from set184's builder (itself from set175's, set173's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set184, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
RECEIVED = "egov.applications_received_count"
SETTLED = "egov.applications_settled_count"
ONLINE_N = "egov.online_applications_count"
ONLINE_SHARE = "egov.online_applications_share"

# --------------------------------------------------------------------------
# 01 Hồ Chí Minh City, judicial-record certificates (phiếu lý lịch tư pháp) on VNeID, end of 2024
# (tiepthivatieudung.com; nothing cut; no byline, no stamp; the excerpt ends in "phiếu lý lịc").
# Results of 2024: the figures run "Tính đến ngày 30.12" and "từ ngày 4.11 – 30.12", compared
# "so với cùng kỳ năm 2023", at the conference opening the department's work "năm 2025" (a
# judgement: the year measured is 2024, the document's year for every record). Pillar null (no
# heading names a pillar; the subheading "Cần chia sẻ dữ liệu ..." stands after the figures).
# The lead "Từ hơn 600 người xuống còn 250 người đến Sở Tư pháp mỗi ngày": two levels, the one
# before VNeID (>, 600) and the one now (=, 250), each a result (set184's earlier value in a
# bracket: a level of its own time, not a change), counts with "mỗi ngày" in the subject (set's
# daily averages written "N hồ sơ"/"N người" are counts, as set-earlier "trung bình mỗi tháng xảy
# ra 1.160 vụ"); the body's "chưa đến 250 người/ngày" is a rate written with its unit: other,
# "người/ngày" (as earlier sets' "giao dịch/ngày", "lượt truy cập/ngày"), op "<". "khoảng 650 hồ
# sơ" (~, the daily average) and "(có ngày gần 1.000 hồ sơ)" (~, the busiest days) are results.
# "(chiếm tỷ lệ hơn 33%)" (VNeID's share of all applications of the period) and "tỷ lệ hồ sơ
# trực tuyến ... chiếm hơn 40% so với tổng các loại hồ sơ" ("so với tổng" names the denominator,
# spec) are quantities, op ">". Ids: 154.500 and 25.400 applications received (all channels)
# egov.applications_received_count; 153.900 certificates issued egov.applications_settled_count
# (a certificate issued is an application settled; a judgement); 8.400 applications through VNeID
# egov.online_applications_count; the 40% of applications online (VNeID and the portal)
# egov.online_applications_share; the rest null (33% is one channel only; 6.800 certificates
# issued through VNeID; 650, 1.000, 400, the people per day). NOT: "(tăng 30%)" (a change against
# 2023); "tăng hơn 35.500 hồ sơ" likewise (not a quantity). Not quantities: "trong 2 tháng" (the
# title's period), "30.12", "4.11" (dates), "năm 2025", "năm 2023".
# --------------------------------------------------------------------------
D01 = dict(name="01_hcm-ly-lich-tu-phap-vneid-2024", kind="result", year=2024, records=[
    R("Từ hơn «600 người", "người đến Sở Tư pháp mỗi ngày", ">", 600, **CNT),
    R("xuống còn «250 người", "người đến Sở Tư pháp mỗi ngày", "=", 250, **CNT),
    R("tiếp nhận hơn «154.500 hồ sơ", "hồ sơ Sở Tư pháp đã tiếp nhận", ">", 154500, **CNT, iid=RECEIVED),
    R("đã cấp hơn «153.900 phiếu", "phiếu lý lịch tư pháp Sở Tư pháp đã cấp", ">", 153900, **CNT, iid=SETTLED),
    R("khoảng «650 hồ sơ", "hồ sơ Sở Tư pháp phải tiếp nhận trung bình hằng ngày", "~", 650, **CNT),
    R("có ngày gần «1.000 hồ sơ", "hồ sơ Sở Tư pháp phải tiếp nhận có ngày", "~", 1000, **CNT),
    R("tiếp nhận hơn «8.400 hồ sơ", "hồ sơ yêu cầu cấp phiếu lý lịch tư pháp qua ứng dụng VNeID Sở Tư pháp đã tiếp "
      "nhận", ">", 8400, **CNT, iid=ONLINE_N),
    R("tổng số hơn «25.400 hồ sơ", "hồ sơ các loại Sở Tư pháp đã tiếp nhận", ">", 25400, **CNT, iid=RECEIVED),
    R("chiếm tỷ lệ hơn «33%", "hồ sơ yêu cầu cấp phiếu lý lịch tư pháp qua ứng dụng VNeID trên tổng số hồ sơ các loại",
      ">", 33),
    R("đã cấp hơn «6.800 phiếu", "phiếu lý lịch tư pháp Sở Tư pháp đã cấp qua ứng dụng VNeID", ">", 6800, **CNT),
    R("chiếm hơn «40% so", "tỷ lệ hồ sơ trực tuyến của TP.HCM so với tổng các loại hồ sơ lý lịch tư pháp", ">", 40,
      iid=ONLINE_SHARE),
    R("khoảng «400 người dân", "người dân không cần đến trụ sở Sở Tư pháp nộp hồ sơ trực tiếp", "~", 400, **CNT),
    R("chưa đến «250 người/ngày", "người đến cơ quan này", "<", 250, unit="other", unit_text="người/ngày"),
], NOT=["(tăng «30%)"])

# --------------------------------------------------------------------------
# 02 Phú Thọ, the pilot of judicial-record certificates on VNeID from 4 November 2024
# (sotuphap.phutho.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in "Phiếu lý l"). A
# precision text: a pilot's start, its legal frame and its dates, no target or result. Not
# quantities: "04/11", "09/7/2023", "1/10/2024", "30/6/2025", "20/9/2024" (dates), "23/CT-TTg",
# "570/TTLLTPQG-QLHC" (documents). Year 2024 (the pilot's dates; no record carries it).
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-ly-lich-tu-phap-vneid-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 03 Thanh Hóa, digitising civil-status records in the communes, January 2026 (baothanhhoa.vn;
# the crawler's stamp " date 2026-01-13" written as the first line, the title following on the
# second; cut: the photo caption "Công chức tư pháp - hộ tịch, Trung tâm Phục vụ hành chính công
# xã Kim Tân hướng dẫn người dân làm thủ tục hộ tịch trực tuyến." with the blank line after it;
# the excerpt ends in "hộ tịch " with its trailing space, kept). A precision text: a feature's
# opening, a family's story and the decree it follows, no figure. Not quantities:
# "87/2020/NĐ-CP" (a document), "28/7/2020" (a date).
# --------------------------------------------------------------------------
D03 = dict(name="03_thanhhoa-so-hoa-ho-tich-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 04 Vĩnh Long, the provincial court's 2022 results reported to the Chief Justice (thvl.vn; cut:
# the comment widget "Trả lời" and "Email của bạn sẽ không được hiển thị công khai. Các trường bắt
# buộc được đánh dấu *" with the blank lines before them; no byline, no stamp). Results of 2022
# ("trong năm 2022"). "giải quyết 88,6% số vụ việc đã thu lý" (=, the share of cases taken in
# that were settled; "đã thu lý" names the denominator) and "tổ chức xét xử trực tuyến được 27
# phiên tòa" (=, count). Ids null (court cases and hearings have no catalogue indicator). Not a
# quantity: "hai cấp" (the courts' two levels, the subject's make-up).
# --------------------------------------------------------------------------
D04 = dict(name="04_vinhlong-toa-an-xet-xu-truc-tuyen-2022", kind="result", year=2022, records=[
    R("giải quyết «88,6% số", "số vụ việc đã thu lý Tòa án Nhân dân hai cấp trong tỉnh giải quyết", "=", 88.6),
    R("trực tuyến được «27 phiên", "phiên tòa xét xử trực tuyến", "=", 27, **CNT),
])

# --------------------------------------------------------------------------
# 05 Tuyên Quang, civil judgment enforcement in the first half of the 2023 enforcement year
# (baotuyenquang.com.vn; cut: the photo caption "Các đại biểu dự hội nghị." with the blank line
# after it, the byline "Tin, ảnh: Lê Duy" and the widget "Tin cùng chuyên mục", each with the blank
# line before it; no stamp). Results of 2023: the period "từ 1 - 10 - 2022 đến 31 - 3 - 2023",
# the first half of the enforcement year 2023, reviewed at the conference of 19 April for "6
# tháng cuối năm 2023" (a judgement). The title's "Thi hành xong 2.107 việc dân sự" and the
# body's "đã thi hành xong 2.107 việc" (a record at each place, set173's rule); "đạt 73,34%" (the
# share of cases completed, the enforcement rate "về việc"; a judgement: the report does not say
# "so với chỉ tiêu"), "thu hồi số tiền gần 34 tỷ đồng" (~, money), "đạt 31,26%" (the rate "về
# tiền"), "tỷ lệ giải quyết đơn khiếu nại, tố cáo đạt 100%", "tỷ lệ hướng dẫn nghiệp vụ đạt
# 100%" (=). Ids null. Not quantities: "tăng 451 việc", "tăng 5,3 tỷ so với cùng kỳ" (changes),
# "7 chi cục cấp huyện, thành phố" (the agency's make-up: all its branches, as "cả 3 cấp"),
# "6 tháng" (periods), "19 – 4", "1 - 10 - 2022", "31 - 3 - 2023" (dates), "năm 2008", "năm
# 2014", "năm 2022" (the law's years).
# --------------------------------------------------------------------------
D05 = dict(name="05_tuyenquang-thi-hanh-an-dan-su-2023", kind="result", year=2023, records=[
    R("Thi hành xong «2.107 việc dân sự", "việc dân sự thi hành xong", "=", 2107, **CNT),
    R("đã thi hành xong «2.107 việc,", "việc toàn ngành đã thi hành xong", "=", 2107, **CNT),
    R("cùng kỳ, đạt «73,34%", "việc toàn ngành đã thi hành xong", "=", 73.34),
    R("số tiền gần «34 tỷ", "số tiền thu hồi", "~", 34e9, **DONG),
    R("cùng kỳ, đạt «31,26%", "số tiền thu hồi", "=", 31.26),
    R("tố cáo đạt «100%", "tỷ lệ giải quyết đơn khiếu nại, tố cáo", "=", 100),
    R("nghiệp vụ đạt «100%", "tỷ lệ hướng dẫn nghiệp vụ", "=", 100),
])

# --------------------------------------------------------------------------
# 06 Gia Lai, Pleiku city's civil judgment enforcement over nine months of 2024
# (baogialai.com.vn; cut: the photo caption "Quang cảnh hội nghị. Ảnh: Bá Bính" with the blank
# line after it; no byline, no stamp). Results of 2024 (compared "so với cùng kỳ năm 2023"; a
# judgement). "tổng số phải giải quyết là 4.292 việc, trong đó, số cũ chuyển sang ... là 1.845
# việc, số thụ lý mới là 2.447 việc" (=, three counts, each its own subject; a breakdown by kind,
# scope null), "số thi hành xong là 2.095 việc" and "đạt tỷ lệ 83,57%" (=). Ids null. NOT:
# "(tăng 0,18% so với cùng kỳ năm 2023" (a change), "vượt 0,32% so với chỉ tiêu" (against a
# target, spec). Not quantities: "tăng 52 việc" (a change), "9 tháng" (the period).
# --------------------------------------------------------------------------
D06 = dict(name="06_gialai-pleiku-thi-hanh-an-2024", kind="result", year=2024, records=[
    R("là «4.292 việc", "tổng số việc thi hành án dân sự phải giải quyết", "=", 4292, **CNT),
    R("là «1.845 việc", "việc số cũ chuyển sang", "=", 1845, **CNT),
    R("là «2.447 việc", "việc số thụ lý mới", "=", 2447, **CNT),
    R("là «2.095 việc", "việc có điều kiện thi hành đã thi hành xong", "=", 2095, **CNT),
    R("đạt tỷ lệ «83,57%", "việc có điều kiện thi hành đã thi hành xong", "=", 83.57),
], NOT=["(tăng «0,18%", "vượt «0,32%"])

# --------------------------------------------------------------------------
# 07 Lâm Đồng, jobs found and job exchanges (47 of 64 online) in 2022 (baolamdong.vn; cut: the
# byline "N.MINH" with the blank line before it; no stamp; the address's "202212" is not in the
# text). Results of 2022 ("trong năm 2022", "Tính đến tháng 11/2022"). Counts (=): 25.500 lượt
# lao động được giải quyết việc làm, 10.300 người được tạo việc làm mới, 250 người đi làm việc ở
# nước ngoài, 64 phiên giao dịch việc làm with their breakdown "47 phiên online, 9 phiên trực tiếp
# và lưu động 8 phiên" (each its own subject, scope null: a breakdown by kind, spec), 5.093 lượt
# người được hỗ trợ, giới thiệu việc làm. Ids null (jobs and job fairs have no catalogue
# indicator). NOT: "đạt 102% kế hoạch năm", "đạt 103% kế hoạch năm", "đạt 125% kế hoạch năm",
# "đạt 128% so với kế hoạch", "đạt 101.86% so với kế hoạch" (results against their plan, earlier
# sets' "đạt 246% kế hoạch"). Not quantities: "tăng 2.000 người", "tăng 2.750 người", "tăng 50
# người" (changes), "11/2022" (a date), "năm 2021".
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-giao-dich-viec-lam-2022", kind="result", year=2022, records=[
    R("là «25.500 lượt", "lượt lao động được giải quyết việc làm trên địa bàn tỉnh", "=", 25500, **CNT),
    R("cho «10.300 người", "người được tạo việc làm mới", "=", 10300, **CNT),
    R("Trung Đông... «250 người", "người được đưa đi làm việc có thời hạn ở nước ngoài", "=", 250, **CNT),
    R("được «64 phiên", "phiên giao dịch việc làm đã tổ chức", "=", 64, **CNT),
    R("«47 phiên online", "phiên giao dịch việc làm online", "=", 47, **CNT),
    R("«9 phiên trực tiếp", "phiên giao dịch việc làm trực tiếp", "=", 9, **CNT),
    R("lưu động «8 phiên", "phiên giao dịch việc làm lưu động", "=", 8, **CNT),
    R("là «5.093 người", "lượt người được hỗ trợ, giới thiệu việc làm", "=", 5093, **CNT),
], NOT=["đạt «102% kế", "đạt «103% kế", "đạt «125% kế", "đạt «128% so", "đạt «101.86% so"])

# --------------------------------------------------------------------------
# 08 Bà Rịa - Vũng Tàu, the labour department's 2023 results: training, unemployment, job
# exchanges, unemployment benefits (baobariavungtau.com.vn; the crawler's stamp " date 2023-12"
# written as the first line, the lead following on the second; cut: the byline "ĐÔNG TRÚC" with
# the blank line before it). Results of 2023 ("năm 2023"). Shares (=): "tỷ lệ lao động qua đào
# tạo là 81%", "... có bằng cấp chứng chỉ là 34%", "tỷ trọng lao động nông nghiệp ... là 20,5%",
# "tỷ lệ lao động thất nghiệp khu vực thành thị là 2,7%" ("khu vực thành thị" is part of the
# subject, no split; scope null). Counts and money (=): 8 phiên giao dịch việc làm và ngày hội
# việc làm, 3.651 lao động được sơ tuyển, trợ cấp thất nghiệp cho 17.843 người with 423,44 tỷ
# đồng, loans for 18.113 lao động with 975,1 tỷ đồng. Ids null (no catalogue indicator for
# training, unemployment, benefits or loans). NOT: the four "đạt 100% so với kế hoạch" (results
# against their plan), "tăng 0,49%", "tăng 3,03%", "giảm 1,82%" (changes). Not quantities: "5/6
# chỉ tiêu UBND tỉnh giao ... đạt và vượt kế hoạch" (a count of targets met, as earlier sets'
# "13/19 chỉ tiêu đạt và vượt kế hoạch"), "với sự tham gia của 5.430 lượt người lao động" (the
# participants of the events, the spec's "với sự tham dự của hơn 50 cơ quan báo chí"; a
# judgement), "năm 2022".
# --------------------------------------------------------------------------
D08 = dict(name="08_bariavungtau-tro-cap-that-nghiep-2023", kind="result", year=2023, records=[
    R("đào tạo là «81%", "tỷ lệ lao động qua đào tạo", "=", 81),
    R("chứng chỉ là «34%", "tỷ lệ lao động qua đào tạo có bằng cấp chứng chỉ", "=", 34),
    R("xã hội là «20,5%", "tỷ trọng lao động nông nghiệp trong tổng lao động xã hội", "=", 20.5),
    R("thành thị là «2,7%", "tỷ lệ lao động thất nghiệp khu vực thành thị", "=", 2.7),
    R("tổ chức «8 phiên", "phiên giao dịch việc làm và ngày hội việc làm", "=", 8, **CNT),
    R("giúp «3.651 lao động", "lao động được sơ tuyển", "=", 3651, **CNT),
    R("cho «17.843 người", "người được thực hiện trợ cấp thất nghiệp", "=", 17843, **CNT),
    R("tiền «423,44 tỷ", "tổng số tiền trợ cấp thất nghiệp", "=", 423.44e9, **DONG),
    R("cho «18.113 lao động", "lao động được giải ngân cho vay tạo việc làm, duy trì và mở rộng việc làm", "=", 18113,
      **CNT),
    R("tiền «975,1 tỷ", "số tiền giải ngân cho vay tạo việc làm, duy trì và mở rộng việc làm", "=", 975.1e9, **DONG),
], NOT=["81%, đạt «100%", "34%, đạt «100%", "20,5%, đạt «100%", "2,7%, đạt «100%", "tăng «0,49%", "tăng «3,03%",
        "giảm «1,82%"])

# --------------------------------------------------------------------------
# 09 Gia Lai, the labour-market plan's targets for 2025 (gialaitv.vn; cut: the byline date "Cập
# nhật 06/10/2023, 10:10:40" with the blank line after it (written as the first line `date
# 2023-10-06`), the title repeated under it (the second line equal to the title) with the blank
# line before it, the byline "Thiên Thanh – Duy Linh", the view count "Lượt xem: 9" and the widget
# "Trả lời", each with the blank lines before it). Targets for 2025 ("phấn đấu đến năm 2025").
# Pillar null. The title's "tỷ lệ thất nghiệp của thanh niên thành thị ở mức thấp dưới 7%" and
# the body's (a record at each place); "tỷ trọng lao động nông nghiệp ... dưới 61%" (<), "tốc độ
# tăng năng suất lao động xã hội bình quân đạt trên 6,5%/năm" (>, %; econ.labour_productivity_growth,
# as earlier sets' "năng suất lao động tăng bình quân trên 11,5%/năm"), "tỷ lệ lao động qua đào
# tạo có bằng cấp, chứng chỉ đạt 20%" (>=), "đào tạo lại, đào tạo thường xuyên cho khoảng 25% lực
# lượng lao động" (~), "tỷ lệ thất nghiệp khu vực thành thị dưới 2%", "tỷ lệ thiếu việc làm của
# thanh niên nông thôn dưới 6%" (<; urban and rural youth are two indicators here, not one split:
# scope null). Other ids null. Not a quantity: "Nghị quyết 06" (a name).
# --------------------------------------------------------------------------
YOUTH = "tỷ lệ thất nghiệp của thanh niên thành thị"
D09 = dict(name="09_gialai-thi-truong-lao-dong-muc-tieu-2025", kind="target", year=2025, records=[
    R("ở mức thấp dưới «7%\n", YOUTH, "<", 7),
    R("xã hội dưới «61%", "tỷ trọng lao động nông nghiệp trong tổng lao động xã hội", "<", 61),
    R("đạt trên «6,5%/năm", "tốc độ tăng năng suất lao động xã hội bình quân", ">", 6.5,
      iid="econ.labour_productivity_growth"),
    R("chứng chỉ đạt «20%", "tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", ">=", 20),
    R("khoảng «25% lực", "đào tạo lại, đào tạo thường xuyên cho lực lượng lao động", "~", 25),
    R("thành thị dưới «2%", "tỷ lệ thất nghiệp khu vực thành thị", "<", 2),
    R("ở mức dưới «7%,", YOUTH, "<", 7),
    R("nông thôn dưới «6%", "tỷ lệ thiếu việc làm của thanh niên nông thôn", "<", 6),
])

# --------------------------------------------------------------------------
# 10 Cà Mau, the vocational-education plan's targets for 2030 (thuonghieucongluan.com.vn; cut:
# the byline "Thuận Yến (t/h)"; no stamp, no byline date; the excerpt opens inside the article,
# "Cụ thể, mục tiêu đến năm 2030 ..."). Targets for 2030 ("mục tiêu đến năm 2030"; "Tầm nhìn đến
# năm 2045" carries no figure). Pillar null. Bare numbers after a target's verb are ">=" (spec):
# "cho 28.000 người", "cho 12.000 người", "Thu hút 45%", "đạt 65%", "đạt 30%", "đạt 90%",
# "Phấn đấu 100% nhà giáo", "100% trường cao đẳng", "đạt 50% so với tổng số ..." ("so với tổng
# số" names the denominator, spec), "có 1 trường cao đẳng đạt chuẩn chất lượng cao"; "khoảng 35%",
# "khoảng 90%" (~), "đạt trên 30%" (>). Ids null: "Tỉ lệ lao động có các kỹ năng công nghệ thông
# tin đạt 90%" is not the catalogue's share of working-age people trained in basic digital skills
# (having IT skills, not a training; strict), the rest have no catalogue indicator. Not a
# quantity: "năm 2045".
# --------------------------------------------------------------------------
D10 = dict(name="10_camau-giao-duc-nghe-nghiep-muc-tieu-2030", kind="target", year=2030, records=[
    R("cho «28.000 người", "người được đào tạo, bồi dưỡng nghề bình quân hàng năm", ">=", 28000, **CNT),
    R("cho «12.000 người", "người được đào tạo nghề có trình độ sơ cấp trở lên", ">=", 12000, **CNT),
    R("khoảng «35% lực", "lực lượng lao động trong độ tuổi được đào tạo lại, đào tạo thường xuyên", "~", 35),
    R("Thu hút «45% học", "học sinh tốt nghiệp trung học cơ sở và trung học phổ thông vào hệ thống giáo dục nghề "
      "nghiệp", ">=", 45),
    R("đạt trên «30% trong", "học sinh, sinh viên nữ trong tổng chỉ tiêu tuyển sinh mới", ">", 30),
    R("đào tạo đạt «65%", "Tỉ lệ lao động qua đào tạo", ">=", 65),
    R("chứng chỉ đạt «30%", "lao động qua đào tạo có bằng cấp, chứng chỉ", ">=", 30),
    R("thông tin đạt «90%", "Tỉ lệ lao động có các kỹ năng công nghệ thông tin", ">=", 90),
    R("Phấn đấu «100% nhà", "nhà giáo đạt chuẩn", ">=", 100),
    R("khoảng «90% cán", "cán bộ quản lý được đào tạo, bồi dưỡng nâng cao kỹ năng quản lý - quản trị hiện đại", "~",
      90),
    R("«100% trường cao", "trường cao đẳng trên địa bàn tỉnh đạt tiêu chuẩn kiểm định chất lượng", ">=", 100),
    R("công lập đạt «50% so", "Tỉ lệ cơ sở giáo dục nghề nghiệp ngoài công lập so với tổng số cơ sở giáo dục nghề "
      "nghiệp công lập trên địa bàn tỉnh", ">=", 50),
    R("có «1 trường", "trường cao đẳng đạt chuẩn chất lượng cao", ">=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 11 Vĩnh Phúc, the labour and social affairs department going digital (baovinhphuc.com.vn; cut:
# the photo caption "Cán bộ Trung tâm Dịch vụ việc làm tỉnh tư vấn việc làm qua trang điện tử
# vieclamvinhphuc.gov.vn cho người lao động. Ảnh: Trà Hương" with the blank line before it; no
# byline, no stamp; the excerpt ends in "hơn 23.000 ngư"). Results, year null: the excerpt names
# no year ("Đến nay"). Pillar null. "291.774/364.924 trẻ em dưới 16 tuổi ... đã được chuẩn hóa
# dữ liệu, đưa vào phần mềm" (=, the count; the denominator not recorded, earlier sets' "N/M"),
# "mở tài khoản cho 46.503/60.894 người có công với cách mạng và đối tượng bảo trợ xã hội, đạt hơn
# 76%" (=, the count; >, the share). Ids null (accounts opened are not the catalogue's benefits
# paid through an account; children's records have no catalogue indicator). Not recorded: the
# excerpt's last "hơn 23.000 ngư" (its subject is cut off by the excerpt's end: no indicator can
# be worded; a judgement). Not quantities: "dưới 16 tuổi" (part of the subject), the
# denominators "/364.924", "/60.894".
# --------------------------------------------------------------------------
D11 = dict(name="11_vinhphuc-lao-dong-xa-hoi-chuyen-doi-so", kind="result", year=None, records=[
    R("nay, «291.774/364.924", "trẻ em dưới 16 tuổi trên địa bàn tỉnh đã được chuẩn hóa dữ liệu, đưa vào phần mềm quản "
      "lý thông tin trẻ em tại cơ sở", "=", 291774, **CNT),
    R("cho «46.503/60.894", "người có công với cách mạng và đối tượng bảo trợ xã hội được mở tài khoản", "=", 46503,
      **CNT),
    R("đạt hơn «76%", "người có công với cách mạng và đối tượng bảo trợ xã hội được mở tài khoản", ">", 76),
])

# --------------------------------------------------------------------------
# 12 Lào Cai, the newspaper's tag page "xét xử trực tuyến" (baolaocai.vn; nothing cut: the tag
# page's items as returned, the first item's title, its summary and the summary printed again,
# then two items on district courts' online trials). Results, year null: no item is dated beyond
# "Sáng 23/1" and "Ngày 10/5" (no year; a judgement). Pillar null. The saving "hơn 96 tỷ đồng"
# stands in the title and twice in the summary (>, money; a record at each place, set173's rule,
# as set184's restated title values); it is the national budget's saving ("ngân sách Nhà nước"),
# not Lào Cai's own, so no `place` (a judgement). Id null. Not quantities: "23/1", "10/5"
# (dates).
# --------------------------------------------------------------------------
SAVING = "ngân sách Nhà nước việc xét xử trực tuyến giúp tiết kiệm"
D12 = dict(name="12_laocai-xet-xu-truc-tuyen-tag", kind="result", year=None, records=[
    R("tiết kiệm ngân sách hơn «96 tỷ", SAVING, ">", 96e9, **DONG),
    R("Nhà nước tiết kiệm hơn «96 tỷ đồng chỉ trong một khoảng thời gian rất ngắn.\nViệc", SAVING, ">", 96e9, **DONG),
    R("ngắn.\nViệc xét xử trực tuyến đã giúp ngân sách Nhà nước tiết kiệm hơn «96 tỷ", SAVING, ">", 96e9, **DONG),
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

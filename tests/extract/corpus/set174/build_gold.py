#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set174).

Copied from set173's builder (itself from set171's, set165's, set163's, set161's, set159's, set157's,
set155's, set153's, set151's, set149's, set147's, set69's, set47's, ... and the seeds'). Each record
is written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set173, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, SMART, CNT, RANK  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
DTI_RANK = "dti.provincial_rank"

# --------------------------------------------------------------------------
# 01 Phú Thọ, Nông Trang ward's year-end conference on 2025 and its tasks for 2026 (baophutho.vn;
# the crawler's stamp " date 2026-01-10" written as the first line, the title on the second; cut:
# the two photo captions "Đồng chí Cầm Hà Chung - Bí thư Đảng ủy phường Nông Trang phát biểu tại hội
# nghị." and "... trao Giấy khen tặng các tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ năm 2025.",
# each with one blank line; the excerpt ends in "cộn"). Results of 2025 ("Năm 2025", "Trong năm",
# the conference reviewing 2025; not the stamp's 2026). Pillar null: the lead-in "Trong công tác
# chuyển đổi số," names digital transformation as a whole, no one pillar. Records: the budget
# revenue "ước đạt hơn 516,9 tỷ đồng" (>: "hơn" after "ước đạt"), the social investment "đạt trên
# 3.800 tỷ đồng" (>), "29 công trình, dự án đầu tư công" (=) with their "tổng mức đầu tư hơn 359
# tỷ đồng" (>), "74 lượt ra quân" of urban-order enforcement (=, a count of actions the ward
# reports as done in the year; a judgement), "100% hồ sơ, văn bản công việc thực hiện trên môi
# trường điện tử" (=, egov.work_records_online_share; a judgement: work files and documents
# handled electronically), "32 tổ chuyển đổi số cộn[g đồng]" (=, aware.community_digital_teams_count;
# the excerpt cuts the word "cộng", which the indicator leaves out). NOT: "hoàn thành 100% kế
# hoạch" (completion against the plan), "hoàn thành 100% nhiệm vụ được giao trên hệ thống giám
# sát" (completion of the tasks assigned). Not quantities: "hơn 1.000 doanh nghiệp, 1.560 hộ kinh
# doanh cá thể" (the ward's make-up, the size of its economy, as set173's "649 trường học"; a
# judgement), "lần thứ I", "2025 - 2030" (the term), "10/1" (a date), "57-NQ/TW" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-phuong-nongtrang-2025", kind="result", year=2025, records=[
    R("ước đạt hơn «516,9 tỷ", "tổng thu ngân sách nhà nước trên địa bàn", ">", 516.9e9, **DONG),
    R("đạt trên «3.800 tỷ", "tổng vốn đầu tư toàn xã hội", ">", 3800e9, **DONG),
    R("phường triển khai «29 công trình", "công trình, dự án đầu tư công phường triển khai", "=", 29, **CNT),
    R("đầu tư hơn «359 tỷ", "tổng mức đầu tư công trình, dự án đầu tư công", ">", 359e9, **DONG),
    R("với «74 lượt ra quân", "lượt ra quân quản lý trật tự đô thị", "=", 74, **CNT),
    R("số, «100% hồ sơ", "hồ sơ, văn bản công việc thực hiện trên môi trường điện tử", "=", 100,
      iid="egov.work_records_online_share"),
    R("với «32 tổ", "tổ chuyển đổi số của mô hình Bình dân học vụ số", "=", 32, **CNT,
      iid="aware.community_digital_teams_count"),
], NOT=["hoàn thành «100% kế hoạch", "hoàn thành «100% nhiệm vụ"])

# --------------------------------------------------------------------------
# 02 Phú Thọ, Hội Thịnh commune's Party committee reviews 2025 and sets its tasks for 2026
# (baophutho.vn; the stamp " date 2026-01-07" written as the first line; cut: the photo caption
# "Toàn cảnh hội nghị" with one blank line; the excerpt ends in "kết lu"). Results of 2025 (the
# sentences name it). Pillar null. Records: "Tổng thu ngân sách nhà nước ước năm 2025 đạt trên 416
# tỷ đồng" (>), "thu ngân sách địa phương đạt trên 326 tỷ đồng" (>), "giải ngân nguồn vốn đầu tư
# công đạt tỷ lệ 89,8%" (=, a rate the commune reports, as set-earlier "tỷ lệ giải ngân vốn đầu tư
# công ... đạt 93,21%"), "tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%" (=), "4 thôn thông minh"
# (=, society.smart_rural_communes_count: smart villages kept). NOT: "bằng 239,4% dự toán tỉnh
# giao", "bằng 188,1% dự toán tỉnh giao" (completion against the estimate). Not quantities: "53 chi,
# đảng bộ trực thuộc với 1.676 đảng viên" (the commune's Party make-up, as earlier sets' "380 đảng
# viên, 16 chi bộ"), "hai cấp" (a word), "7/1" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-xa-hoithinh-2025", kind="result", year=2025, records=[
    R("năm 2025 đạt trên «416 tỷ", "Tổng thu ngân sách nhà nước", ">", 416e9, **DONG),
    R("địa phương đạt trên «326 tỷ", "thu ngân sách địa phương", ">", 326e9, **DONG),
    R("đạt tỷ lệ «89,8%", "giải ngân nguồn vốn đầu tư công", "=", 89.8),
    R("bảo hiểm y tế đạt «97%", "tỷ lệ người dân tham gia bảo hiểm y tế", "=", 97),
    R("và «4 thôn thông minh", "thôn thông minh", "=", 4, **CNT, iid="society.smart_rural_communes_count"),
], NOT=["bằng «239,4% dự toán", "bằng «188,1% dự toán"])

# --------------------------------------------------------------------------
# 03 Hà Tĩnh, the provincial People's Council's page on the results of 2025 (dbndhatinh.vn; cut: the
# image table's three lines "|" and the photo caption "Đồng chí Trần Báu Hà, Ủy viên Ban Thường vụ
# Tỉnh ủy, Phó Chủ tịch UBND tỉnh báo cáo"; no byline; the excerpt ends in "trong đó, " with its
# trailing space, kept). Results of 2025 (the heading "Những kết quả đạt được năm 2025"). Pillar
# null. Records: "tăng trưởng kinh tế đạt 8,78%" (=, the year's growth rate as a result, as
# earlier sets' "tốc độ tăng trưởng kinh tế ... đạt 6,71%"; not a change against a named earlier
# value), "xếp thứ 10/34 tỉnh, thành cả nước" (rank =, the growth's place). Not quantities: "23/28
# chỉ tiêu ... đạt và vượt kế hoạch" (a count of targets met, as earlier sets' "23/34 mục tiêu"),
# "đứng thứ Nhất khu vực Bắc Trung Bộ" (a word, no number), "5 năm 2021-2025" (the plan's period),
# "2 cấp" (the two-level government's name), "lần thứ XX", "XIV" (names).
# --------------------------------------------------------------------------
D03 = dict(name="03_hatinh-ket-qua-kt-xh-2025", kind="result", year=2025, records=[
    R("kinh tế đạt «8,78%", "tăng trưởng kinh tế", "=", 8.78),
    R("xếp thứ «10/34", "tăng trưởng kinh tế xếp thứ tỉnh, thành cả nước", "=", 10, **RANK),
])

# --------------------------------------------------------------------------
# 04 Huế, the city reports to the Ministry of Construction on its smart-city scheme, December 2025
# (vneconomy.vn; the stamp " date 2025-12-23" written as the first line; no cut; the excerpt ends
# in "hỗ trợ c"). Results; the default year 2025 (the stamp). Pillar smart_city for the records:
# they stand under the page's heading "ĐÔ THỊ THÔNG MINH DỰA TRÊN DỮ LIỆU VÀ NỀN TẢNG SỐ". The DTI:
# "liên tục duy trì trong Top 5 toàn quốc trong nhiều năm qua" (rank <=, 5; year null: it spans the
# years listed, as set-earlier "top 5" over 2021-2024), "Hạng 2 năm 2021", "Hạng 4 năm 2022", "Hạng
# 3 năm 2023", "Hạng 2 năm 2024" (rank =, each its own year; dti.provincial_rank on all five).
# "trung tâm đã đón hơn 145 đoàn trong và ngoài nước đến tham quan" (>, count; the IOC's visiting
# delegations reported as its outcome to date, 2025; a judgement: not the participants of one
# event). Not quantities: "Giai đoạn 1", "Giai đoạn 2" (the IOC's phases), "22/12" (a date).
# --------------------------------------------------------------------------
D04 = dict(name="04_hue-dti-do-thi-thong-minh-2025", kind="result", year=2025, records=[
    R("trong Top «5 toàn quốc", "Chỉ số Chuyển đổi số (DTI) của thành phố Huế toàn quốc", "<=", 5, **RANK,
      year=None, pillar=SMART, iid=DTI_RANK),
    R("Hạng «2 năm 2021", "Chỉ số Chuyển đổi số (DTI) của thành phố Huế hạng", "=", 2, **RANK, year=2021,
      pillar=SMART, iid=DTI_RANK),
    R("Hạng «4 năm 2022", "Chỉ số Chuyển đổi số (DTI) của thành phố Huế hạng", "=", 4, **RANK, year=2022,
      pillar=SMART, iid=DTI_RANK),
    R("Hạng «3 năm 2023", "Chỉ số Chuyển đổi số (DTI) của thành phố Huế hạng", "=", 3, **RANK, year=2023,
      pillar=SMART, iid=DTI_RANK),
    R("Hạng «2 năm 2024", "Chỉ số Chuyển đổi số (DTI) của thành phố Huế hạng", "=", 2, **RANK, year=2024,
      pillar=SMART, iid=DTI_RANK),
    R("đón hơn «145 đoàn", "đoàn trong và ngoài nước đến tham quan, trao đổi, học tập mô hình HueIOC", ">", 145,
      **CNT, pillar=SMART),
])

# --------------------------------------------------------------------------
# 05 Huế, digital transformation and innovation as drivers of growth, November 2025
# (huengaynay.vn; the stamp " date 2025-11-23" written as the first line; cut: the photo caption
# "Công nhân kiểm tra dây chuyền sản xuất tại Công ty Bia phú Bài. Ảnh: Nhật Linh" that followed
# the stamp on its line; the excerpt ends in "công " with its trailing space, kept). Results of
# 2025: "riêng giai đoạn 2024 - 2025, toàn thành phố ghi nhận hơn 1,5 triệu lượt phản ánh qua
# Hue-S" (>, count 1.5e6, egov.feedback_received_count; the year the period closes, 2025, which is
# also the stamp's), "với hơn 98% được xử lý đúng hạn" (>, the share handled on time; id null: the
# catalogue's egov.feedback_handled_share counts feedback handled online, not on time). Pillar null
# (the sub-heading "Ý chí chính trị mở đường" names none). Not quantities: "lần thứ XVII", "ba nhóm
# giải pháp" (a word), "2024 - 2025" (the period).
# --------------------------------------------------------------------------
D05 = dict(name="05_hue-phan-anh-hue-s-2025", kind="result", year=2025, records=[
    R("ghi nhận hơn «1,5 triệu", "lượt phản ánh qua Hue-S", ">", 1.5e6, **CNT, iid="egov.feedback_received_count"),
    R("với hơn «98% được", "phản ánh qua Hue-S được xử lý đúng hạn", ">", 98),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Long, science, technology, innovation and digital transformation in 2021-2025
# (nhandan.vn; cut: the photo caption "Bí thư Tỉnh ủy Vĩnh Long Trần Văn Lâu cùng các đại biểu trải
# nghiệm hệ thống giải pháp EZYSERVE AIB ... tại Vĩnh Long." that the page prints twice; no byline,
# no stamp; the excerpt ends in "đến cá"). Results; year 2025: the page reviews "giai đoạn từ năm
# 2021-2025" and reports the figures "Đến nay", the period's end (a judgement; the page shows no
# date). Pillar null (the title names science, innovation and digital transformation together).
# Records, all =, counts, ids null: "triển khai 373 nhiệm vụ khoa học-công nghệ, trong đó 17
# nhiệm vụ cấp quốc gia; 86 nhiệm vụ cấp cơ sở" (the research tasks as results, as earlier sets'
# "triển khai 43 nhiệm vụ khoa học và công nghệ cấp tỉnh"; the parts split the total by level:
# scopes "cấp quốc gia", "cấp cơ sở" as written, as set173's "90% hồ sơ công việc cấp Trung ương,
# cấp tỉnh; 80% ... cấp huyện"; a judgement), "15 giống mới", "299 mô hình", "425 quy trình và giải
# pháp công nghệ", "thẩm định công nghệ cho 45 dự án đầu tư", "cấp 44 Giấy chứng nhận đăng ký hoạt
# động khoa học-công nghệ", "14 doanh nghiệp khoa học-công nghệ". Not quantities: "57-NQ/TW",
# "Ban Chỉ đạo 57", "Nghị quyết 57" (names), "2021-2025" (the period).
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhlong-khcn-cds-2021-2025", kind="result", year=2025, records=[
    R("triển khai «373 nhiệm vụ", "nhiệm vụ khoa học-công nghệ tỉnh đã triển khai", "=", 373, **CNT),
    R("trong đó «17 nhiệm vụ", "nhiệm vụ khoa học-công nghệ", "=", 17, **CNT, scope="cấp quốc gia"),
    R("; «86 nhiệm vụ", "nhiệm vụ khoa học-công nghệ", "=", 86, **CNT, scope="cấp cơ sở"),
    R("tạo ra «15 giống", "giống mới kết quả nghiên cứu tạo ra", "=", 15, **CNT),
    R("xây dựng «299 mô hình", "mô hình kết quả nghiên cứu xây dựng", "=", 299, **CNT),
    R("hình thành «425 quy trình", "quy trình và giải pháp công nghệ hình thành", "=", 425, **CNT),
    R("cho «45 dự án", "dự án đầu tư được thẩm định công nghệ", "=", 45, **CNT),
    R("cấp «44 Giấy", "Giấy chứng nhận đăng ký hoạt động khoa học-công nghệ được cấp", "=", 44, **CNT),
    R("với «14 doanh nghiệp", "doanh nghiệp khoa học-công nghệ", "=", 14, **CNT),
])

# --------------------------------------------------------------------------
# 07 Điện Biên, science, technology and digital transformation in 2021-2025 (dienbien.dcs.vn, the
# provincial Party portal; no cut; no byline, no stamp; the excerpt opens inside the article and
# ends in "tỷ l"). Results; year 2025 as 06 (the period "giai đoạn 2021-2025" the page reviews; a
# judgement). Pillar null: "Trong lĩnh vực chuyển đổi số," names no one pillar. Records: "UBND tỉnh
# quản lý 50 nhiệm vụ khoa học, công nghệ" (=, count, id null), "100% cơ quan Nhà nước từ tỉnh đến
# xã sử dụng phần mềm quản lý văn bản" (=, egov.document_system_use_share; scope null: one value
# for every level), "trên 90% cán bộ sử dụng thư điện từ công vụ thường xuyên" (>, the page's
# "điện từ" kept; egov.official_email_use_share), "100% TTHC đủ điều kiện được cung cấp trực
# tuyến toàn trình" (=, egov.full_online_services_share). Not quantities: "từ năm 2024" (the year
# the IOC started), "2021-2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_dienbien-khcn-cds-2021-2025", kind="result", year=2025, records=[
    R("quản lý «50 nhiệm vụ", "nhiệm vụ khoa học, công nghệ UBND tỉnh quản lý", "=", 50, **CNT),
    R("cơ bản, «100% cơ quan", "cơ quan Nhà nước từ tỉnh đến xã sử dụng phần mềm quản lý văn bản", "=", 100,
      iid="egov.document_system_use_share"),
    R("trên «90% cán bộ", "cán bộ sử dụng thư điện từ công vụ thường xuyên", ">", 90,
      iid="egov.official_email_use_share"),
    R("an ninh. «100% TTHC", "TTHC đủ điều kiện được cung cấp trực tuyến toàn trình", "=", 100,
      iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 08 Đà Nẵng, the city's plan 60/KH-UBND of 12/02/2026 to become a leading smart city by 2030
# (vneconomy.vn; the stamp " date 2026-02-13" written as the first line, the title on the second;
# cut: the byline lines "Ngô Anh Văn" and "13/02/2026, 16:05" (the stamp gives the same date); the
# excerpt ends in "để Đ"). One target: "trở thành một trong 50 đô thị thông minh hàng đầu thế giới
# vào năm 2030" (rank <=, 50, year 2030: a place within a group, as the spec's "nhóm 20 tỉnh dẫn
# đầu"; id null: a world smart-city ranking, none in the catalogue). Pillar smart_city: the page
# title "Đà Nẵng: Hành trình trở thành đô thị thông minh hàng đầu thế giới đến năm 2030" names đô
# thị thông minh and heads the page (earlier sets' rule for titles naming one pillar). Not
# quantities: "60/KH-UBND" (a document number), "12/02/2026" (a date), "từ 2026 đến 2030" (the
# plan's years), "năm 2030" in the title (a horizon, no number of its own), "IMD Smart City Index"
# (a name).
# --------------------------------------------------------------------------
D08 = dict(name="08_danang-do-thi-thong-minh-2026", kind="target", year=2026, records=[
    R("một trong «50 đô thị", "Đà Nẵng trở thành đô thị thông minh hàng đầu thế giới", "<=", 50, **RANK,
      year=2030, pillar=SMART),
])

# --------------------------------------------------------------------------
# 09 Hưng Yên, plan 155/KH-UBND of 30/12/2025 on digital transformation in 2026 (nhansu.vn; no cut:
# the site's table of the document's attributes is the page's own and stays; the excerpt ends in
# "chính quyền hàn"). A precision text: the attributes, the grounds and the general aim, no
# quantity. Not quantities: document numbers ("155/KH-UBND", "719/QĐ- UBND", "102/KH-UBND",
# "71/NQ-CP", "57-NQ/TW"), dates ("30/12/2025", "ngày 30 tháng 12 năm 2025", "27/8/2025",
# "19/5/2025", "01/4/2025", "22/12/2024"), periods and horizons ("2025-2030", "năm 2045", "năm
# 2026"), the section numbers "I." and "1.".
# --------------------------------------------------------------------------
D09 = dict(name="09_hungyen-kh155-cds-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 10 Quảng Ninh, the draft digital-transformation strategy to 2030 as the engine of a new growth
# model, March 2026 (vietnam.vnanet.vn; the stamp " date 2026-03-02" written as the first line; cut:
# the photo caption "Ngày làm việc thử nghiệm chính quyền địa phương hai cấp ... Ảnh: Thanh
# Vân/TTXVN" that followed the stamp on its line; the excerpt ends in "sự thay đ"). A precision
# text: aims and vision, no quantity. Not quantities: "năm 2030" (a horizon), the stamp.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangninh-chien-luoc-cds-2026-precision", kind="target", year=2026, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set257).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record;
set257 needs none (every percentage of its texts is recorded). check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, GOV, SEC  # noqa: E402

PTS = dict(unit="other", unit_text="điểm")
COMPUTERS = "infra.civil_servants_computers_share"
EMAIL_N = "egov.official_email_accounts_count"
EDOC = "egov.electronic_documents_share"
EDOC_N = "egov.electronic_documents_count"
DEPT = "dti.department_score"
NEWS = "aware.dx_news_articles_count"
POLICY_N = "inst.dx_policy_documents_count"

# Text 01's records all stand under its title "Đức Hòa tăng cường xây dựng chính quyền điện tử".
G = functools.partial(R, pillar=GOV)
# Text 07's records all stand under "Tình hình an toàn thông tin" and its malware heading.
S = functools.partial(R, pillar=SEC)

# --------------------------------------------------------------------------
# 01 Long An, Đức Hòa district's e-government, June 2022 (baolongan.vn; cut: the language switch
# "Tiếng Việt | English" and the byline date "24/06/2022 - 19:02" with the blank lines after them,
# the date written as the first line `date 2022-06-24`; the excerpt ends in "Bên cạnh đó, U").
# Year 2022. Pillar digital_government on every record: the title "Đức Hòa tăng cường xây dựng
# chính quyền điện tử" names chính quyền điện tử (spec) and heads the whole text (a page title read
# as the heading of the page, as the earlier sets' majority: set69 08, set15 06); the crosshead
# "100% cán bộ, công chức được trang bị máy vi tính ..." names no pillar. Results:
# - the crosshead's "100% cán bộ, công chức được trang bị máy vi tính" (=; a heading restating a
#   value is recorded, as the earlier sets record titles);
# - "100% cán bộ, công chức phòng, ban chuyên môn huyện, 100% cán bộ, công chức của UBND 20 xã, thị
#   trấn": one sentence splitting its value by level: two records, scopes as written ("phòng, ban
#   chuyên môn huyện", "xã, thị trấn"); "20" (the number of communes) is the size of the group, no
#   quantity, as the earlier sets' sizes;
# - "187 tài khoản hộp thư điện tử ... đạt tỷ lệ 100%", "684/684 tài khoản ... đạt tỷ lệ 100%":
#   a count and a share each (the denominator "/684" is none);
# - "đều thực hiện đạt trên 98%" (one value for the district, its offices and its communes: scope
#   null, spec);
# - then one sentence per body ("UBND huyện ...", "Phòng ban chuyên môn huyện ...", "UBND xã, thị
#   trấn ..."): each body is the subject of its own sentence, not a split inside one sentence, so
#   scope null and the body in the indicator; each count and each share a record; "hơn", "trên"
#   as `>`, "gần" as `~`, bare "đạt" as `=`. The incoming documents ("tổng số văn đến liên thông
#   trên 47.200 văn bản, đạt 99,9%; văn bản đến luân chuyển 47.100 văn bản, đạt trên 99,7%") stand
#   in the communes' sentence after ";" and are read without a body (the text does not say whose).
# Not quantities: "năm 2022" (dates), "20" (size), "longan.gov.vn" (a name).
# Ids: COMPUTERS for the three computer shares; EMAIL_N for the 187 accounts; EDOC for the shares
# of documents issued electronically and signed (a judgement: the catalogue's share of documents
# exchanged electronically and signed, here per body); EDOC_N for the counts of electronic
# documents issued and received (the catalogue's wordings "văn bản điện tử đi", "văn bản điện tử
# đến"); null for the share of e-mail accounts used, the document-system accounts (count and share:
# the catalogue's document-system share counts agencies), the counts of signed documents.
# --------------------------------------------------------------------------
D01 = dict(name="01_longan-duchoa-chinh-quyen-dien-tu-2022", kind="result", year=2022, records=[
    G("\n«100% cán bộ, công chức được trang bị", "cán bộ, công chức được trang bị máy vi tính đáp ứng nhu cầu "
      "công việc", "=", 100, iid=COMPUTERS),
    G("Hiện nay, «100% cán bộ", "cán bộ, công chức phòng, ban chuyên môn huyện được trang bị máy vi tính", "=",
      100, scope="phòng, ban chuyên môn huyện", iid=COMPUTERS),
    G("huyện, «100% cán bộ, công chức của UBND", "cán bộ, công chức của UBND xã, thị trấn được trang bị máy vi "
      "tính", "=", 100, scope="xã, thị trấn", iid=COMPUTERS),
    G("«187 tài khoản", "tài khoản hộp thư điện tử tỉnh longan.gov.vn được cấp và đều sử dụng", "=", 187, **CNT,
      iid=EMAIL_N),
    G("đều sử dụng, đạt tỷ lệ «100%", "tài khoản hộp thư điện tử được cấp và đều sử dụng", "=", 100),
    G("có «684/684 tài khoản", "tài khoản Phần mềm Quản lý văn bản và điều hành được cấp và sử dụng", "=", 684,
      **CNT),
    G("cấp và sử dụng, đạt tỷ lệ «100%", "tài khoản Phần mềm Quản lý văn bản và điều hành được cấp và sử dụng",
      "=", 100),
    G("đạt trên «98%", "văn bản điện tử phát hành của UBND huyện, phòng ban chuyên môn và xã, thị trấn", ">", 98,
      iid=EDOC),
    G("hơn «5.100 văn bản", "văn bản UBND huyện đã phát hành", ">", 5100, **CNT, iid=EDOC_N),
    G("văn bản đạt tỷ lệ «100%", "văn bản điện tử UBND huyện phát hành", "=", 100, iid=EDOC),
    G("ký số đạt trên «99,7%", "văn bản UBND huyện phát hành được ký số", ">", 99.7, iid=EDOC),
    G("gần «4.600 văn bản", "văn bản điện tử đi phòng ban chuyên môn huyện đã phát hành", "~", 4600, **CNT,
      iid=EDOC_N),
    G("đạt «99,98%", "văn bản điện tử đi phòng ban chuyên môn huyện phát hành", "=", 99.98, iid=EDOC),
    G("ký số trên «4.500 văn bản", "văn bản phòng ban chuyên môn huyện được ký số", ">", 4500, **CNT),
    G("đạt trên «97%", "văn bản phòng ban chuyên môn huyện được ký số", ">", 97, iid=EDOC),
    G("phát hành gần «2.200 văn bản", "văn bản điện tử đi UBND xã, thị trấn phát hành", "~", 2200, **CNT,
      iid=EDOC_N),
    G("đạt trên «98,7%", "văn bản điện tử đi UBND xã, thị trấn phát hành", ">", 98.7, iid=EDOC),
    G("ký số gần «2.150 đạt", "văn bản UBND xã, thị trấn được ký số", "~", 2150, **CNT),
    G("đạt «99,3%", "văn bản UBND xã, thị trấn được ký số", "=", 99.3, iid=EDOC),
    G("trên «47.200 văn bản", "tổng số văn bản đến liên thông", ">", 47200, **CNT, iid=EDOC_N),
    G("đạt «99,9%", "văn bản đến liên thông", "=", 99.9),
    G("luân chuyển «47.100 văn bản", "văn bản đến luân chuyển", "=", 47100, **CNT, iid=EDOC_N),
    G("văn bản, đạt trên «99,7%", "văn bản đến luân chuyển", ">", 99.7),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, the city's 2024 ranking of its agencies' digital transformation (baodanang.vn,
# April 2025 by the address; cut: the lone "." under the title with the blank line after it, and
# the photo caption "Đoàn viên thanh niên hướng dẫn ... VssID. Ảnh: M.QUẾ", twice, with the blank
# line after the second; no byline, no stamp; the excerpt ends in "Bảo hiểm xã h"). Year 2024 (the
# text's "năm 2024"). Pillar null (the title and the crosshead name no pillar). Results (counts,
# =): "có 6 cơ quan xếp loại xuất sắc ..., 7 cơ quan xếp loại tốt, 10 cơ quan xếp loại khá và 1 cơ
# quan xếp loại trung bình khá" (one record per class, each its own subject: a breakdown by class,
# scope null); the department of information's "98,06 điểm" (other, "điểm"); the central agencies'
# "5/6 cơ quan xếp loại xuất sắc" and "1 cơ quan xếp loại khá" (the group in the indicator: a new
# sentence, not a split). Not quantities: "trong số 24 cơ quan khối sở, ban, ngành" (the size of
# the group ranked, the denominator of the counts that follow), "(tăng 2 cơ quan so với năm 2023)"
# and "(tăng 5 cơ quan so với năm 2023)" (changes, spec), "3 trục" (parts), "/6" (denominator),
# "năm 2023", "năm 2024" (dates). Ids: DEPT for the 98,06 points; counts null.
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-xep-hang-chuyen-doi-so-co-quan-2024", kind="result", year=2024, records=[
    R("có «6 cơ quan xếp loại xuất sắc", "cơ quan khối sở, ban, ngành xếp loại xuất sắc", "=", 6, **CNT),
    R("«7 cơ quan xếp loại tốt", "cơ quan khối sở, ban, ngành xếp loại tốt", "=", 7, **CNT),
    R("«10 cơ quan xếp loại khá", "cơ quan khối sở, ban, ngành xếp loại khá", "=", 10, **CNT),
    R("và «1 cơ quan xếp loại trung bình khá", "cơ quan khối sở, ban, ngành xếp loại trung bình khá", "=", 1,
      **CNT),
    R("dẫn đầu với «98,06 điểm", "điểm chuyển đổi số của Sở Thông tin và Truyền thông, dẫn đầu khối sở, ban, "
      "ngành", "=", 98.06, **PTS, iid=DEPT),
    R("có «5/6 cơ quan", "cơ quan khối các cơ quan Trung ương xếp loại xuất sắc", "=", 5, **CNT),
    R("«1 cơ quan xếp loại khá.", "cơ quan khối các cơ quan Trung ương xếp loại khá", "=", 1, **CNT),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, Hai Bà Trưng district's digital-transformation communication in the first quarter
# of 2025 (tracuuquyhoach.com, reprinting a Hà Nội paper; nothing cut; no byline, no stamp; the
# excerpt opens with a crosshead and ends in "dữ liệu s"). Year 2025 ("trong quý I/2025").
# Pillar null (the crosshead "Tăng tính tương tác, kịp thời giải quyết phản ánh của người dân"
# names no pillar). Results (counts, `>` for "trên", "hơn"): the district portal's "trên 100 tin,
# bài, clip", the wards' pages' "trên 1.100 tin, bài, clip", the district Zalo OA's "trên 80 tin
# bài, clip", the offices' Zalo OA's "trên 50 tin bài, video", and "hơn 30 video tuyên truyền"
# on the public screens; each its own subject. Not quantities: "15 phường" (twice: the number of
# wards, a size in the subject, as 01's "20 xã"), "quý I/2025" (a date), "Đề án 06" (a name).
# Ids: NEWS for the five counts (items promoting digital transformation: the lead names "tuyên
# truyền ... về chuyển đổi số"; a judgement for the videos).
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-haibatrung-tuyen-truyen-so-quy-i-2025", kind="result", year=2025, records=[
    R("trên «100 tin", "tin, bài, clip Cổng TTĐT quận đã đăng tải", ">", 100, **CNT, iid=NEWS),
    R("trên «1.100 tin", "tin, bài, clip Trang TTĐT 15 phường đăng tải", ">", 1100, **CNT, iid=NEWS),
    R("trên «80 tin bài", "tin bài, clip trang Zalo OA quận đăng tải", ">", 80, **CNT, iid=NEWS),
    R("trên «50 tin bài", "tin bài, video trang Zalo OA của phòng chuyên môn đăng tải", ">", 50, **CNT,
      iid=NEWS),
    R("hơn «30 video", "video tuyên truyền đăng tải trên hệ thống bảng tin điện tử công cộng của quận/phường",
      ">", 30, **CNT, iid=NEWS),
])

# --------------------------------------------------------------------------
# 04 Quảng Nam, Thăng Bình district third of the province's 18 districts in the 2021 ranking of
# IT application (thangbinh.quangnam.gov.vn; cut: the photo caption "Thăng Bình hướng đến mục
# tiêu phục vụ nhanh nhất, ..." and the link label "Tin liên quan", each with the blank line after
# it; no byline, no stamp). Year 2021 (the ranking "năm 2021"). Pillar null (the title names IT
# application, no pillar). Results: the title's "Đứng thứ 3/18" and the body's "xếp vị thứ 3/18"
# (rank, =, one record each: a title restating a value is recorded), "với 82,81 điểm" (other,
# "điểm"). Not quantities: the denominators "/18", "đứng nhất, nhì" (no digit). Ids null (the
# province's 2021 IT-application ranking of districts is not the catalogue's DTI).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-thangbinh-xep-hang-ung-dung-cntt-2021", kind="result", year=2021, records=[
    R("Đứng thứ «3/18", "Thăng Bình đứng thứ huyện, thị xã, thành phố về mức độ ứng dụng công nghệ thông tin",
      "=", 3, **RANK),
    R("vị thứ «3/18", "huyện Thăng Bình xếp vị thứ huyện, thị thành phố về mức độ ứng dụng công nghệ thông tin",
      "=", 3, **RANK),
    R("với «82,81 điểm", "điểm đánh giá mức độ ứng dụng công nghệ thông tin của huyện Thăng Bình", "=", 82.81,
      **PTS),
])

# --------------------------------------------------------------------------
# 05 Thành phố Hồ Chí Minh, Châu Pha commune handing laptops to its hamlet heads, November 2025
# (sggp.org.vn; the stamp " date 2025-11-15" written as the first line; cut: the photo captions
# "Lãnh đạo Đảng ủy, UBND xã Châu Pha trao tặng máy tính ...", "Máy tính xách tay được lãnh đạo
# ...", "Việc tặng máy tính sẽ thúc đẩy chuyển đổi số ở cơ sở" and the byline "TRÚC GIANG", each
# with the blank line after it). Year 2025. Pillar null. One result: "13 máy tính xách tay đã được
# trao cho các trưởng ấp" (=, count). Not quantities: "15-11" (a date), "57-NQ/TW" (a name). Id
# null.
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-chaupha-may-tinh-truong-ap-2025", kind="result", year=2025, records=[
    R("lễ, «13 máy tính", "máy tính xách tay được trao cho các trưởng ấp", "=", 13, **CNT),
])

# --------------------------------------------------------------------------
# 06 The Ministry of Justice's IT Department reviewing 2025 (moj.gov.vn; cut: the two image
# remnants ".jpg)"; no byline, no stamp; the excerpt ends in "cho lãn"). Year 2025 ("trong năm
# 2025"). Pillar null. Results (counts, =; documents issued are counted as the earlier sets count
# "ban hành 36 văn bản"): "ban hành 46 Quyết định và gần 140 văn bản quan trọng" (two records,
# `~` for "gần"), "02 Đề án" and "06 chủ trương đầu tư các dự án công nghệ thông tin, chuyển đổi
# số" (items of the same list, each its own subject). Not quantities: "30/12", "năm 2026",
# "2025-2030", "năm 2035" (dates), "Đề án 06" (a name). Ids: POLICY_N for the decisions and
# documents (documents on IT and digital transformation issued; a judgement); null for the two
# projects and the six investment decisions.
# --------------------------------------------------------------------------
D06 = dict(name="06_botuphap-cuc-cntt-tong-ket-2025", kind="result", year=2025, records=[
    R("ban hành «46 Quyết định", "Quyết định Cục CNTT xây dựng, tham mưu Lãnh đạo Bộ ban hành", "=", 46, **CNT,
      iid=POLICY_N),
    R("gần «140 văn bản", "văn bản quan trọng Cục CNTT xây dựng, tham mưu Lãnh đạo Bộ ban hành", "~", 140,
      **CNT, iid=POLICY_N),
    R("; «02 Đề án", "Đề án “Xây dựng cơ sở dữ liệu lớn về pháp luật” và “Ứng dụng trí tuệ nhân tạo ...”", "=",
      2, **CNT),
    R("; «06 chủ trương", "chủ trương đầu tư các dự án công nghệ thông tin, chuyển đổi số", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 07 The Ministry of Information and Communications' Authority of Information Security, technical
# report on September 2023 (scribd.com; cut: the viewer line "You are on page 1of 30"; the excerpt
# ends in "88 đơn vị, H"). Year 2023 ("Đến hết tháng 09/2023"). Pillar information_security: the
# report's title "Tình hình an toàn thông tin tháng 09/2023" and the heading "2. Tình hình triển
# khai công tác phòng chống phần mềm độc hại ..." name information security. Results (counts, =):
# "hỗ trợ 14 doanh nghiệp có giải pháp phòng chống mã độc", "đã có 88 đơn vị (63 Tỉnh/Thành, 25
# Bộ/Ngành) triển khai giải pháp phòng chống mã độc tập trung" (three records: the total and its
# breakdown by kind of body, scope null, spec's breakdown rule). Not quantities: "21 /BC-CATTT",
# "1664/CATTT-NCSC", "14/CT-TTg", "2290/BTTTT-CATTT" (document numbers), the dates, ".81" (part of
# an address), and the last sentence's "từ 88 đơn vị" (the same bodies named again as the source
# of the month's data, the sentence cut before its predicate; a judgement). Ids null.
# --------------------------------------------------------------------------
D07 = dict(name="07_cucattt-bao-cao-ky-thuat-thang-9-2023", kind="result", year=2023, records=[
    S("hỗ trợ «14 doanh nghiệp", "doanh nghiệp có giải pháp phòng chống mã độc thực hiện kết nối chia sẻ dữ liệu "
      "mã độc", "=", 14, **CNT),
    S("đã có «88 đơn vị", "đơn vị triển khai giải pháp phòng chống mã độc tập trung và kết nối chia sẻ thông tin "
      "về mã độc với NCSC", "=", 88, **CNT),
    S("(«63 Tỉnh/Thành", "Tỉnh/Thành triển khai giải pháp phòng chống mã độc tập trung", "=", 63, **CNT),
    S("«25 Bộ/Ngành", "Bộ/Ngành triển khai giải pháp phòng chống mã độc tập trung", "=", 25, **CNT),
])

# --------------------------------------------------------------------------
# 08 Lai Châu, the provincial People's Committee office trying the paperless meeting room
# E-Cabinet, March 2020 (vpubnd.laichau.gov.vn; cut: the section label "Văn phòng UBND tỉnh" and
# the byline date "Thứ sáu 3/4/2020", written as the first line `date 2020-04-03`; the excerpt
# ends in "điều hành c"). A precision text: no record. "16/3" (a date), "một cuộc họp" (no digit).
# --------------------------------------------------------------------------
D08 = dict(name="08_laichau-phong-hop-khong-giay-2020-precision", kind="result", year=2020, records=[])

# --------------------------------------------------------------------------
# 09 Kon Tum, the Department of Information asking agencies to assess their 2021 IT application
# (stttt.kontum.gov.vn; cut: the page's date widget "Chủ nhật, Ngày 04/06/2023 -", the byline
# "Ngày đăng: 19/11/2020  08:33" (written as the first line `date 2020-11-19`), the font widget
# "Mặc định Cỡ chữ", the bylines "Người đăng: Admin STTTT" and "Tác giả: Đỗ Đức Thành", and the
# next article's headline "Hoạt động xuất bản không ngừng nâng cao chất lượng."). A precision
# text: no record. Dates ("12/11", "năm 2021", "21/10/2021", "01/11/2020", "01/11/2021",
# "20/11/2020"), document numbers ("2043/STTTT-BCVT&CNTT", "966/QĐ-UBND"), labels ("phụ lục I",
# "Phụ lục II": no digit).
# --------------------------------------------------------------------------
D09 = dict(name="09_kontum-danh-gia-ung-dung-cntt-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 10 Ninh Thuận, Ninh Sơn district scoring its communes' digital transformation, November 2022
# (ninhson.ninhthuan.gov.vn, print view; cut: the byline "Admin"). A precision text: no record.
# Dates ("14/11/2022", "08/7/2022", "11/11/2022", "năm 2022"), document numbers ("852/QĐ-UBND",
# twice, "2730/QĐ-UBND").
# --------------------------------------------------------------------------
D10 = dict(name="10_ninhthuan-ninhson-cham-diem-cds-xa-2022-precision", kind="result", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set104).

Copied from set69's builder (itself from set47's, set45's, set43's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
entries; see README). As in set10-set47, the id is given in the record itself (`iid=`).

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
DONG = dict(unit="other", unit_text="đồng")

MAY = dict(unit="other", unit_text="máy/100 dân")

# --------------------------------------------------------------------------
# 01 Phú Thọ after the merger, results told at a workshop for the national
# digital-transformation day 2025 (baophutho.vn, no date shown; "Ngày chuyển
# đổi số Quốc gia năm 2025" → 2025 for all). Results, op "=":
# "tích hợp đến 100% các cơ quan cấp tỉnh, cấp xã": one value for both levels,
# one record, scope null (spec's decided case); no id. "hội nghị truyền hình
# trực tuyến được triển khai đến 100% xã, phường" (infra.video_conference_
# communes_share; the clause after ";" holds the subject). "969 dịch vụ công
# trực tuyến toàn trình; 1.184 ... một phần": two counts
# (egov.full_online_services_count, egov.partial_online_services_count).
# "100% văn bản của cơ quan nhà nước được gửi nhận trên môi trường điện tử"
# (egov.electronic_documents_share; the catalogue's wording adds "được ký số";
# a judgement). "Hạ tầng số được quan tâm đầu tư với 100% cơ quan, đơn vị ...
# được trang bị máy tính, mạng LAN, kết nối internet": the sentence opens by
# naming hạ tầng số → pillar digital_infrastructure (a judgement, as a lead-in);
# no id (the catalogue's computers share is of civil servants). The other
# paragraphs name no pillar → null. Not quantities: "năm 2025", "9/10",
# "chính quyền địa phương 2 cấp" (the name of the two-level model).
# --------------------------------------------------------------------------
D01 = dict(name="01_phutho-hoi-thao-cds-2025", kind="result", year=2025, records=[
    R("tích hợp đến «100% các cơ quan", "Các hệ thống thông tin dùng chung được điều chỉnh, tích hợp đến các cơ quan "
      "cấp tỉnh, cấp xã", "=", 100),
    R("triển khai đến «100% xã, phường", "hội nghị truyền hình trực tuyến được triển khai đến xã, phường", "=", 100,
      iid="infra.video_conference_communes_share"),
    R("Cung cấp «969 dịch vụ", "dịch vụ công trực tuyến toàn trình", "=", 969, **CNT,
      iid="egov.full_online_services_count"),
    R("toàn trình; «1.184 dịch vụ", "dịch vụ công trực tuyến một phần", "=", 1184, **CNT,
      iid="egov.partial_online_services_count"),
    R("«100% văn bản của cơ quan", "văn bản của cơ quan nhà nước được gửi nhận trên môi trường điện tử", "=", 100,
      iid="egov.electronic_documents_share"),
    R("đầu tư với «100% cơ quan", "cơ quan, đơn vị trong hệ thống chính trị từ cấp tỉnh đến cấp xã được trang bị máy "
      "tính, mạng LAN, kết nối internet băng thông rộng cố định", "=", 100, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 02 Lâm Đồng, telecom infrastructure in 2024 (vietnamnet.vn, stamp 2024-12;
# "ngay từ đầu năm 2024", "năm 2024" → 2024 for all). Results, "=" unless
# said. "đẩy mạnh hoàn thiện hạ tầng số với 100% khu dân cư ... được phủ sóng
# mạng băng rộng di động (3G/4G/5G); ... (cáp quang FTTH) phủ đến 100% trung
# tâm cấp xã": the sentence names hạ tầng số → pillar digital_infrastructure
# for both (a judgement, as 01); ids infra.mobile_village_coverage_share
# ("khu dân cư" read as the catalogue's "thôn, làng, tổ dân phố"; a judgement)
# and infra.fibre_commune_coverage_share; "cấp xã" part of the subject → scope
# null. The next paragraphs name no pillar → null: "1.740 trạm thu phát sóng
# di động (BTS)" (infra.bts_stations_count), "117 trạm 5G"
# (infra.fiveg_stations_count), "1.809.382 thuê bao điện thoại di động"
# (infra.mobile_subscriptions_count), "1.553.231 thuê bao sử dụng thiết bị điện
# thoại thông minh" (no id: the catalogue holds the share), "chuẩn hóa
# 600.040/642.668 thông tin thuê bao" (count 600040; "642.668" is its
# denominator, no record) and "đạt tỷ lệ 98,82%" (no id). Money: "Tổng doanh
# thu lĩnh vực viễn thông năm 2024 ước đạt 2.550 tỷ đồng" and "nộp ngân sách
# ước đạt 103 tỷ đồng" (other/đồng, 2550e9 and 103e9; "ước đạt" a result "=",
# spec; no id). "để phủ sóng 100% hạ tầng viễn thông đến diện tích toàn tỉnh
# đòi hỏi nguồn lực lớn": a condition in an argument, neither target nor
# result → NOT (a judgement). Not quantities: "Nghị quyết số 12", "năm 2022",
# "năm 2025", "năm 2030", "3G/4G/5G", "5G" (names), the date line.
# --------------------------------------------------------------------------
D02 = dict(name="02_lamdong-ha-tang-vien-thong-2024", kind="result", year=2024, records=[
    R("hạ tầng số với «100% khu dân cư", "khu dân cư trên địa bàn tỉnh đã được phủ sóng mạng băng rộng di động",
      "=", 100, pillar=INFRA, iid="infra.mobile_village_coverage_share"),
    R("phủ đến «100% trung tâm", "mạng băng rộng cố định (cáp quang FTTH) phủ đến trung tâm cấp xã", "=", 100,
      pillar=INFRA, iid="infra.fibre_commune_coverage_share"),
    R("đã có «1.740 trạm", "trạm thu phát sóng di động (BTS)", "=", 1740, **CNT, iid="infra.bts_stations_count"),
    R("được «117 trạm 5G", "trạm 5G", "=", 117, **CNT, iid="infra.fiveg_stations_count"),
    R("đăng ký «1.809.382 thuê bao", "thuê bao điện thoại di động", "=", 1809382, **CNT,
      iid="infra.mobile_subscriptions_count"),
    R("có «1.553.231 thuê bao", "thuê bao sử dụng thiết bị điện thoại thông minh", "=", 1553231, **CNT),
    R("chuẩn hóa «600.040/642.668", "chuẩn hóa thông tin thuê bao theo căn cước công dân", "=", 600040, **CNT),
    R("đạt tỷ lệ «98,82%", "tỷ lệ chuẩn hóa thông tin thuê bao theo căn cước công dân", "=", 98.82),
    R("ước đạt «2.550 tỷ đồng", "Tổng doanh thu lĩnh vực viễn thông", "=", 2550e9, **DONG),
    R("ước đạt «103 tỷ đồng", "nộp ngân sách", "=", 103e9, **DONG),
], NOT=["để phủ sóng «100% hạ tầng"])

# --------------------------------------------------------------------------
# 03 Villages without mobile signal, nationally (truyenhinhthanhhoa.vn, byline
# "20/11/2024 10:02" → `date 2024-11`; "đến tháng 9/2024" → 2024 for all).
# Results, counts, op "=": "phủ sóng 316 thôn chưa có sóng di động" (from
# January to September 2024), "tổng số thôn đã phủ sóng ... là 2.549/3.310
# thôn" (2549; "3.310" its denominator, no record), "vẫn còn 761 thôn chưa có
# sóng viễn thông". The 761 villages are then broken down, "Đối với 543 thôn
# thuộc khu vực đặc biệt khó khăn đã có điện", "Với 94 thôn đã có điện nằm
# ngoài khu vực khó khăn", "Với 124 thôn chưa có điện": one record per number
# (spec's breakdown case), each a result of 2024 (the villages still without
# signal as counted now; the plans to cover them "trong năm 2025" are stated
# without a number of their own; a judgement). No ids (the catalogue holds the
# share of villages covered). Pillar null. Not quantities: "tháng 1",
# "9/2024" (twice), "năm 2021", "năm 2025" (three times, the title's included),
# the date line.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-vung-lom-song-2024", kind="result", year=2024, records=[
    R("phủ sóng «316 thôn", "phủ sóng thôn chưa có sóng di động", "=", 316, **CNT),
    R("là «2.549/3.310 thôn", "tổng số thôn đã phủ sóng từ năm 2021", "=", 2549, **CNT),
    R("vẫn còn «761 thôn", "thôn chưa có sóng viễn thông", "=", 761, **CNT),
    R("Đối với «543 thôn", "thôn thuộc khu vực đặc biệt khó khăn đã có điện", "=", 543, **CNT),
    R("Với «94 thôn", "thôn đã có điện nằm ngoài khu vực khó khăn", "=", 94, **CNT),
    R("Với «124 thôn", "thôn chưa có điện", "=", 124, **CNT),
])

# --------------------------------------------------------------------------
# 04 Electronic medical records nationally (24h.com.vn, stamp 2025-09; "tính
# đến tháng 8/2025", "ngày 19/9" → 2025). A precision text: two quantities
# among dates. "khoảng trên 566/1.700 bệnh viện đã hoàn thành việc triển khai
# bệnh án điện tử" (result, count 566, op ">": "trên" stands next to the
# number, "khoảng" before it; a judgement; society.hospitals_emr_count;
# "1.700" its denominator, no record). "khoảng 253 đơn vị y tế đã triển khai
# xây dựng Zalo Mini App" (result, "~", count; no id). "tức chỉ mới khoảng 1/3
# số bệnh viện": the same share restated as a rough fraction, no record of its
# own (a judgement). Not quantities: "30/9", "19/9", "8/2025", the date line.
# Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-benh-an-dien-tu-2025-precision", kind="result", year=2025, records=[
    R("khoảng trên «566/1.700", "bệnh viện đã hoàn thành việc triển khai bệnh án điện tử", ">", 566, **CNT,
      iid="society.hospitals_emr_count"),
    R("có khoảng «253 đơn vị", "đơn vị y tế đã triển khai xây dựng Zalo Mini App trên Zalo", "~", 253, **CNT),
])

# --------------------------------------------------------------------------
# 05 Community digital teams nationally (vov.vn, no date shown; "Tính đến
# tháng 9/2024" → 2024). A precision text: one quantity, "cả nước đã có 93.524
# Tổ công nghệ số cộng đồng" (result, "=", count;
# aware.community_digital_teams_count). Not quantities: "9/2024". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-to-cong-nghe-so-2024-precision", kind="result", year=2024, records=[
    R("đã có «93.524 Tổ", "Tổ công nghệ số cộng đồng", "=", 93524, **CNT, iid="aware.community_digital_teams_count"),
])

# --------------------------------------------------------------------------
# 06 Quảng Trị, Vĩnh Linh district's community digital teams (district site, no
# date shown, no year in the text → year null). "Tổ công nghệ số cộng đồng với
# 135 thành viên" stands in the title and again in the lead ("với tổng cộng
# 135 thành viên"): two records, each a result "=" count
# (aware.community_digital_team_members_count). "Đến nay 18 xã, thị trấn trên
# địa bàn huyện đều đã thành lập Tổ công nghệ số cộng đồng" (result, count; no
# id: the catalogue holds the share of communes' teams). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangtri-vinhlinh-to-cns-135-precision", kind="result", year=None, records=[
    R("cộng đồng với «135 thành viên\n", "mạng lưới Tổ công nghệ số cộng đồng, thành viên", "=", 135, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("tổng cộng «135 thành viên", "mạng lưới Tổ công nghệ số cộng đồng, thành viên", "=", 135, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("Đến nay «18 xã", "xã, thị trấn trên địa bàn huyện đã thành lập Tổ công nghệ số cộng đồng", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 07 Long An, cashless streets (baolongan.vn, byline "02/02/2025 - 13:21" →
# `date 2025-02`, 2025). A precision text: one quantity, "đoạn Đường tỉnh 824
# ... với 90 hộ kinh doanh tham gia" (result, "=", count; no id). Not
# quantities: "công nghệ 4.0", "Đường tỉnh 824", "ấp Mới 1", "phường 1, 3",
# "phường 1" (names), the date line. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_longan-tuyen-pho-khong-tien-mat-2025-precision", kind="result", year=2025, records=[
    R("với «90 hộ", "hộ kinh doanh tham gia tuyến đường thanh toán không dùng tiền mặt", "=", 90, **CNT),
])

# --------------------------------------------------------------------------
# 08 Ho Chi Minh City, digital school records at two primary schools (a copy
# on bantin24.net, no date shown; "từ cuối tháng 4-2024 ... Thời điểm hiện
# tại" → 2024). "100% giáo viên trong trường đã cập nhật chữ ký số" (result,
# "="; no id: the catalogue's signature shares are of officials or adults) and
# "cập nhật dữ liệu thông tin học bạ cho hơn 1.000 học sinh đã hoàn tất"
# (result, ">", count; no id). Place null (the city is the document's own; the
# schools are not provinces or communes). Not quantities: "quận 1", "4-2024".
# Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_hcm-hoc-ba-so-tieu-hoc-2024", kind="result", year=2024, records=[
    R("hiện tại, «100% giáo viên", "giáo viên trong trường đã cập nhật chữ ký số", "=", 100),
    R("cho hơn «1.000 học sinh", "cập nhật dữ liệu thông tin học bạ cho học sinh", ">", 1000, **CNT),
])

# --------------------------------------------------------------------------
# 09 Public-utility telecom programme, nationally (danviet.vn print page, no
# date; no year in the text → year null for all). "mật độ điện thoại ... đạt
# khoảng gần 16 máy/100 dân" (result, "~", other, unit_text "máy/100 dân": a
# density written without "%", not a share; a judgement) and "vượt xa mục tiêu
# là 5 máy/100 dân" (the programme's target, ">=" as a target's "là X", other).
# "40% số hộ dân trong vùng công ích có điện thoại cố định" and "97% số xã có
# điểm truy cập điện thoại công cộng" (results "="). No ids. Not quantities:
# "ngày 13.7" (a date). Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-vien-thong-cong-ich-16-may", kind="result", year=None, records=[
    R("khoảng gần «16 máy", "mật độ điện thoại ở các địa phương thuộc vùng được cung cấp dịch vụ viễn thông công ích",
      "~", 16, **MAY),
    R("mục tiêu là «5 máy", "mục tiêu mật độ điện thoại ở các địa phương thuộc vùng được cung cấp dịch vụ viễn thông "
      "công ích", ">=", 5, **MAY, **T),
    R("«40% số hộ", "số hộ dân trong vùng công ích có điện thoại cố định", "=", 40),
    R("«97% số xã", "số xã có điểm truy cập điện thoại công cộng", "=", 97),
])

# --------------------------------------------------------------------------
# 10 Bắc Ninh's strategy and plans (tienphong.vn, stamp 2025-12). A precision
# text with no quantity: decisions and plans with their numbers and dates
# ("1305/QĐ-UBND ngày 29/10/2025", "88/KH-UBND ngày 29/9/2025", "144/KH-UBND
# ngày 24/11/2025", "418/QĐ-UBND ngày 12/11/2025") and periods ("2025–2030",
# "2026–2030"). No record.
# --------------------------------------------------------------------------
D10 = dict(name="10_bacninh-chien-luoc-cds-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Gia Lai, help with VNeID accounts (baogialai.com.vn, stamp 2025-02). A
# precision text with no quantity: a person's age ("18 tuổi"), the period of
# Đề án 06 ("2022-2025", "năm 2030") and its name ("Đề án 06"). No record.
# --------------------------------------------------------------------------
D11 = dict(name="11_gialai-vneid-de-an-06-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

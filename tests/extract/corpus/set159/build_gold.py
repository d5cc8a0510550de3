#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set159).

Copied from set157's builder (itself from set155's, set153's, set151's, set149's, set147's,
set69's, set47's, ... and the seeds'). Each record is written by hand below; its anchor is never
typed in. A record names a locator: a piece of the text with « just before the number. The locator
(without «) must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the
clause that states the quantity) are computed as in the seeds' builder (`start_at` moves the start
back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: targets met, a change against an earlier
value); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (291
entries; see README). As in set10-set157, the id is given in the record itself (`iid=`).

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


# --------------------------------------------------------------------------
# 01 Quảng Bình, the telecom infrastructure behind the province's digital
# transformation (stttt.quangbinh.gov.vn, the provincial Department of Information
# and Communications; the byline "17:52, Thứ Bảy, 31-8-2024" is cut and written as
# the first line "date 2024-08-31"; cut: the widget line "Xem với cỡ chữ : A- A A+",
# the photo caption "Cán bộ kỹ thuật Viettel đang kiểm tra bảo dưỡng trạm BTS" and
# the line of two spaces after it; the excerpt ends in "các công ngh"). Results
# "Hiện nay", "Đến nay": year 2024, the byline's (no other year is the figures').
# Pillar null: no heading. "6 doanh nghiệp đang hoạt động cung cấp hạ tầng, dịch vụ
# viễn thông": a count, as set-earlier golds record "doanh nghiệp cung cấp dịch vụ
# viễn thông" (id null). "1.491 cột ăng ten (3.560 trạm)": two counts, the bracket
# states a value of its own (spec: a bracket that states a value); the stations are
# infra.bts_stations_count, the masts have no id. "100% xã, phường, thị trấn có kết
# nối cáp quang": infra.fibre_commune_coverage_share. Not quantities: "2021-2025",
# "16/9/2024" (dates), "2G" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangbinh-ha-tang-vien-thong-2024", kind="result", year=2024, records=[
    R("có «6 doanh nghiệp", "doanh nghiệp đang hoạt động cung cấp hạ tầng, dịch vụ viễn thông", "=", 6, **CNT),
    R("có «926.677 thuê bao", "thuê bao điện thoại di động", "=", 926677, **CNT, iid="infra.mobile_subscriptions_count"),
    R("«180.968 thuê bao", "thuê bao Internet hộ gia đình", "=", 180968, **CNT,
      iid="infra.internet_subscriptions_count"),
    R("có «1.491 cột", "Hạ tầng trạm thu phát sóng thông tin di động toàn tỉnh có cột ăng ten", "=", 1491, **CNT),
    R("(«3.560 trạm)", "trạm thu phát sóng thông tin di động", "=", 3560, **CNT, iid="infra.bts_stations_count"),
    R("«100% xã, phường", "xã, phường, thị trấn có kết nối cáp quang, internet băng thông rộng", "=", 100,
      iid="infra.fibre_commune_coverage_share"),
])

# --------------------------------------------------------------------------
# 02 Thừa Thiên Huế, its places in the provincial rankings of 2021
# (daibieunhandan.vn; cut: the image line "ứng dụng Hue-S" and its caption "Ứng dụng
# Hue-S", with the blank line after them; no byline in the excerpt, so no date line;
# the excerpt ends in "tỉnh Thừa Thiê"). Four rank results of 2021 ("Hàng loạt các
# chỉ số xếp hạng cấp tỉnh năm 2021"), op "=" (a place, spec: "xếp thứ 13 trong
# 63"), each with its own index as indicator: PAPI "vị trí số 1" (id null: the
# catalogue has the PAPI e-governance score only), ICT "thứ 2" (rank.ict_index), DTI
# "thứ 2" (dti.provincial_rank), PAR Index "thứ 4" (rank.par_index). Not quantities:
# "xếp thứ nhất cả nước về hoạt động chính quyền số" (a rank written as a word, as
# earlier sets decided), "10 tỉnh, thành phố trong Top đầu" (the size of the leading
# group, whose members are then named), "63 tỉnh" (the denominator of the ranking),
# "100% chỉ tiêu giai đoạn 2019 - 2020" and "trên 70% các chỉ tiêu ... 2021 - 2025"
# (the share of the plan's targets met, like set157's "15/15 chỉ tiêu"; NOT entries),
# "3 năm" (a duration), "17/NQ-CP", "07/3/2019", "DTI 2021", the years.
# --------------------------------------------------------------------------
D02 = dict(name="02_thuathienhue-xep-hang-chi-so-2021", kind="result", year=2021,
           NOT=["hoàn thành «100% chỉ tiêu", "trên «70% các chỉ tiêu"], records=[
    R("vị trí số «1 toàn quốc", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh PAPI xếp vị trí toàn quốc",
      "=", 1, **RANK),
    R("ICT xếp thứ «2", "Chỉ số sẵn sàng ứng dụng công nghệ thông tin ICT xếp toàn quốc", "=", 2, **RANK,
      iid="rank.ict_index"),
    R("DTI xếp thứ «2", "Chỉ số chuyển đổi số DTI xếp toàn quốc", "=", 2, **RANK, iid="dti.provincial_rank"),
    R("Index xếp thứ «4", "Chỉ số cải cách hành chính PAR Index xếp toàn quốc", "=", 4, **RANK,
      iid="rank.par_index"),
])

# --------------------------------------------------------------------------
# 03 Thừa Thiên Huế, online public services and Hue-S (langsontv.vn, Lạng Sơn's
# broadcaster reprinting a report of Thừa Thiên Huế's Department of Information and
# Communications; cut: the photo caption "Trung tâm Giám sát, điều hành đô thị thông
# minh - Cổng thông tin dịch vụ đô thị thông minh hiệu quả, đạt Giải thưởng viễn
# thông châu Á."; no byline, no date; the excerpt ends in "Nhờ đ"). Two results
# "đến nay", "Hiện nay"; the text names no year at all, so year null (spec). Pillar
# null: "Dấu ấn từ chuyển đổi số" names no pillar. "Hơn 75% dịch vụ công được cung
# cấp trực tuyến mức độ 3, mức độ 4": op ">", egov.level3_4_online_services_share.
# "số người dân trong tỉnh có sử dụng điện thoại thông minh là 680.756 người": a
# count of people (id null: the catalogue's smartphone counts are subscriptions).
# Not quantities: "mức độ 3, mức độ 4" (the levels' names), "bốn cấp" (a word).
# --------------------------------------------------------------------------
D03 = dict(name="03_thuathienhue-dich-vu-cong-hue-s", kind="result", year=None, records=[
    R("Hơn «75% dịch vụ công", "dịch vụ công được cung cấp trực tuyến mức độ 3, mức độ 4", ">", 75,
      iid="egov.level3_4_online_services_share"),
    R("là «680.756 người", "số người dân trong tỉnh có sử dụng điện thoại thông minh", "=", 680756, **CNT),
])

# --------------------------------------------------------------------------
# 04 Lào Cai, telecom and Internet infrastructure (baolaocai.vn; cut: the widget line
# "Quay về E-magazine Theo dõi Báo Lào Cai trên Google News", the image lines
# "6.jpg" and "z5224738762416_487192c50648cde0351b1be329f41581.jpg" with their
# captions "VNPT Lào Cai đang đầu tư mở rộng hạ tầng viễn thông trên địa bàn tỉnh."
# and "Người dân vùng sâu, vùng cao có thể sử dụng điện thoại di động vào mạng.";
# the page's title stands twice, kept; no byline; the excerpt ends in "xây d").
# Results; year 2023 for all: the lead's "Nổi bật, năm 2023" is the only year the
# page writes and the "Đến nay" figures are the year's review (a judgement). "năm
# 2023, trên địa bàn tỉnh đã giảm được 38 thôn chưa có sóng di động 3G, 4G": a count
# of villages brought under coverage in the year (infra.signal_gap_villages_covered_
# count; earlier golds record "thôn lõm sóng được ... phủ sóng thêm" the same way; a
# judgement, the wording being a reduction). VNPT's coverage by area "98,5% diện
# tích" (3G, "="), "trên 97% diện tích" (4G, ">"), "88%" (2G): three records, each
# subject its own technology (id null: coverage by area of one operator). "cáp quang
# mạng tới 100% trung tâm các xã và hơn 1.100 thôn": two records, the second a count
# (">", infra.fibre_villages_count); the first infra.fibre_commune_coverage_share.
# Not quantities: "3G", "4G", "2G", "5G" (names).
# --------------------------------------------------------------------------
D04 = dict(name="04_laocai-ha-tang-vien-thong-2023", kind="result", year=2023, records=[
    R("giảm được «38 thôn", "thôn chưa có sóng di động 3G, 4G trên địa bàn tỉnh đã giảm được", "=", 38, **CNT,
      iid="infra.signal_gap_villages_covered_count"),
    R("chiếm «98,5% diện tích", "hạ tầng 3G phủ sóng của VNPT diện tích toàn tỉnh", "=", 98.5),
    R("trên «97% diện tích", "hạ tầng 4G phủ sóng diện tích", ">", 97),
    R("chiếm «88%.", "hạ tầng 2G", "=", 88),
    R("tới «100% trung tâm", "VNPT đã kéo cáp quang mạng tới trung tâm các xã", "=", 100,
      iid="infra.fibre_commune_coverage_share"),
    R("hơn «1.100 thôn", "VNPT đã kéo cáp quang mạng tới thôn của tỉnh", ">", 1100, **CNT,
      iid="infra.fibre_villages_count"),
])

# --------------------------------------------------------------------------
# 05 Lào Cai, digital government in the new-countryside programme: Bảo Thắng
# district and Gia Phú commune (vnnapo.com; no cut; no byline; the excerpt ends in
# "chính quyền số đ"). Results "đến nay", "Sau hơn 1 năm triển khai"; the text
# names no year of its own (only the programme's "2021 - 2025"), so year null. Pillar
# null: no heading (the lead's "trên lĩnh vực chính quyền số" is a statement, not a
# lead-in to a list). Each value carries `place`: the district's three ("Bảo Thắng")
# and the pilot commune's three ("Gia Phú"); scope null (no split by level).
# Ids: the systems approved by level, security.systems_level_approved_share; the
# commune's online applications, egov.online_applications_share; the applications
# with fees paid through the national portal, egov.online_payment_share; satisfaction,
# egov.satisfaction_share; the villages "phủ sóng di động" (not said broadband) and
# the adults with "thiết bị thông minh" (not said smartphones) get null. NOT: "tăng
# 15% so với trước khi thực hiện mô hình" (a change). Not quantities: "1 năm" (a
# duration), "2021 - 2025".
# --------------------------------------------------------------------------
D05 = dict(name="05_laocai-baothang-giaphu-nong-thon-moi", kind="result", year=None,
           NOT=["tăng «15%"], records=[
    R("«100% thôn, tổ dân phố", "thôn, tổ dân phố đã được phủ sóng di động", "=", 100, place="Bảo Thắng"),
    R("«95% người dân", "người dân trưởng thành có thiết bị thông minh", "=", 95, place="Bảo Thắng"),
    R("«100% hệ thống thông tin", "hệ thống thông tin của các cơ quan đơn vị huyện đã được phê duyệt cấp độ an toàn thông tin",
      "=", 100, place="Bảo Thắng", iid="security.systems_level_approved_share"),
    R("đạt «93%", "tỷ lệ hồ sơ dịch vụ công giải quyết trực tuyến", "=", 93, place="Gia Phú",
      iid="egov.online_applications_share"),
    R("«100% hồ sơ có nghĩa vụ", "hồ sơ có nghĩa vụ tài chính được thực hiện thanh toán qua Cổng Dịch vụ công quốc gia",
      "=", 100, place="Gia Phú", iid="egov.online_payment_share"),
    R("đạt «98%", "Tỷ lệ hài lòng của người dân khi sử dụng dịch vụ công", "=", 98, place="Gia Phú",
      iid="egov.satisfaction_share"),
])

# --------------------------------------------------------------------------
# 06 Sơn La, official digital-signature certificates (thongtindoingoai.sonla.gov.vn;
# cut: the photo caption "Ban Cơ yếu Chính phủ kiểm tra đánh giá tình hình ứng dụng
# chữ ký số chuyên dùng công vụ trên địa bàn tỉnh Sơn La năm 2024."; no byline; the
# excerpt ends in "trực tuyến của n"). A list of counts "Đến nay": the active
# certificates 6.632, of which 5.503 personal (with 4.837 tokens, 490 SIM-PKI, 176
# centralised) and 1.129 for organisations: six records, each with its own subject,
# scope null (spec: a breakdown by kind of thing). Year null: the only year left in
# the text is "từ năm 2017", when the use began, not when the counts were taken (a
# judgement; the cut caption named 2024). Pillar null (the lead's "Thúc đẩy phát
# triển chính quyền số" is a sentence, not a heading). The total is
# egov.digital_certificates_issued_count (official certificates); the parts null.
# --------------------------------------------------------------------------
D06 = dict(name="06_sonla-chung-thu-so-chuyen-dung", kind="result", year=None, records=[
    R("là «6.632 chứng thư số", "số lượng chứng thư số chuyên dùng đang hoạt động", "=", 6632, **CNT,
      iid="egov.digital_certificates_issued_count"),
    R("«5.503 chứng thư số cá nhân", "chứng thư số cá nhân", "=", 5503, **CNT),
    R("«4.837 thiết bị Token", "thiết bị Token", "=", 4837, **CNT),
    R("«490 thiết bị SIM-PKI", "thiết bị SIM-PKI", "=", 490, **CNT),
    R("«176 chứng thư số tập trung", "chứng thư số tập trung", "=", 176, **CNT),
    R("«1.129 chứng thư số tổ chức", "chứng thư số tổ chức", "=", 1129, **CNT),
])

# --------------------------------------------------------------------------
# 07 Sơn La, the scheme for digital data and digital governance in 2025
# (sonla.gov.vn; the date line "03/06/2025" is cut and written as the first line
# "date 2025-06-03"; cut: the photo caption "Cổng dữ liệu mở của tỉnh."; the
# excerpt ends in "bồi dư"). Targets of the scheme (Quyết định 283/QĐ-UBND, "Đề án
# ... năm 2025"; "tỉnh đặt mục tiêu"), year 2025, op ">=". "Các chỉ tiêu thống kê,
# số liệu báo cáo của tỉnh (năm 2025 phấn đấu đạt 50%) ... được cung cấp dưới dạng dữ
# liệu số": the bracket states the value of the sentence's subject. The next two
# sentences continue the scheme's list ("100% dữ liệu mở ...", "100% cán bộ, công
# chức ... được tập huấn, bồi dư[ỡng]", cut off). "ở các cơ quan cấp tỉnh, UBND cấp
# huyện" is part of the subject, one value for both: scope null. Pillar null (no
# heading). Ids null: no catalogue entry measures the share of statistical indicators
# supplied as digital data, the share of listed open data published, or the advisory
# staff trained in data. Not quantities: "283/QĐ-UBND", "2020 - 2025", "năm 2025".
# --------------------------------------------------------------------------
D07 = dict(name="07_sonla-de-an-du-lieu-so-2025", kind="target", year=2025, records=[
    R("phấn đấu đạt «50%", "Các chỉ tiêu thống kê, số liệu báo cáo của tỉnh được cung cấp dưới dạng dữ liệu số",
      ">=", 50),
    R("«100% dữ liệu mở",
      "dữ liệu mở theo danh mục dữ liệu mở được Chủ tịch UBND tỉnh công bố được cung cấp trên Cổng dữ liệu mở của tỉnh",
      ">=", 100),
    R("«100% cán bộ, công chức", "cán bộ, công chức làm công tác tham mưu ở các cơ quan cấp tỉnh, UBND cấp huyện được tập huấn, bồi dư",
      ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Hòa Bình, the Standing Board's conclusion on three years of Nghị quyết 08-NQ/TU
# (hoabinh.gov.vn; no cut; the excerpt ends in "ổn đ"). A precision text: its
# assessment states no number. Not quantities: "26/12/2024", "24/12/2021" (dates),
# "08-NQ/TU" (three times, a document number), "03 năm" (twice, a duration), "2021 -
# 2025", "năm 2030".
# --------------------------------------------------------------------------
D08 = dict(name="08_hoabinh-so-ket-nq08-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 09 Bắc Kạn, the plan for digital government and information security for 2022
# (chuyendoiso.backan.gov.vn; no cut; the excerpt ends in "Bước đầu"). A precision
# text: the plan's aims state no number. Not quantities: "09-CT/TU", "03/8/2021",
# "811/KH-UBND", "29/12/2021" (documents and dates), "2021 - 2025", "năm 2030", "năm
# 2022".
# --------------------------------------------------------------------------
D09 = dict(name="09_backan-kh811-2022-precision", kind="target", year=2022, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

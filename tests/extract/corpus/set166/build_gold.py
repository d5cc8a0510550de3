#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set166).

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
# 01 Cần Thơ, the city's digital government (baocantho.com.vn; cut: the photo caption "Cán
# bộ Chi cục Thuế quận Ninh Kiều hướng dẫn hộ kinh doanh cài đặt ứng dụng eTax Mobile trên
# điện thoại, kết hợp tuyên truyền các TTHC lĩnh vực thuế. Ảnh: CTV"; no byline or date
# line; the excerpt ends in "Đề án phát triển ứng"). Results of 2024 ("đến cuối năm 2024"
# in the sentence of the first; the second, the next sentence of the same paragraph, takes
# it: a judgement). Pillar digital_infrastructure on both: the lead-in "Về kết quả xây
# dựng, phát triển hạ tầng kỹ thuật," opens the two sentences (infrastructure named;
# set165's 05 read "Về hạ tầng kết nối" so; the second sentence, the IT equipment bought,
# continues the same paragraph, a judgement). "mạng truyền số liệu chuyên dùng đã triển
# khai đến 100% xã, phường, thị trấn, các cơ quan Đảng, tổ chức chính trị - xã hội" (one
# value for all the bodies named: scope null; infra.specialised_network_connection_share,
# as earlier sets labelled "được kết nối mạng truyền số liệu chuyên dùng"); "65% sở, ban,
# ngành, UBND cấp huyện đã thực hiện đầu tư mua sắm, bố trí trang thiết bị công nghệ
# thông tin phục vụ CĐS và Đề án 06" (the level is part of the subject: scope null; id
# null). Not quantities: "5 cấp nhóm trên nền tảng Zalo" (the tiers of the support
# network's chat groups, its structure, as "3 trụ cột"; a judgement), "Đề án 06" (a name).
# --------------------------------------------------------------------------
D01 = dict(name="01_cantho-chinh-quyen-so-2024", kind="result", year=2024, records=[
    R("đến «100% xã", "mạng truyền số liệu chuyên dùng đã triển khai đến xã, phường, thị trấn, các cơ quan Đảng, tổ chức chính trị - xã hội",
      "=", 100, pillar=INFRA, iid="infra.specialised_network_connection_share"),
    R("xã hội. «65% sở", "sở, ban, ngành, UBND cấp huyện đã thực hiện đầu tư mua sắm, bố trí trang thiết bị công nghệ thông tin phục vụ CĐS và Đề án 06",
      "=", 65, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 02 Cần Thơ, Thới An Đông ward (merged from three wards) one month after the two-level
# government began (danviet.vn; the crawler's stamp " date 2025-08" kept on the first line
# as returned, as set165's 10; no cut; the excerpt ends in "Hằng ngày, Ð"; the page writes
# "Ð" (U+00D0) for "Đ" in several words, kept as returned). Year 2025 (the stamp). Pillar
# null. One result: "Phường thành lập Ðội hình “Bình dân học vụ số” có 5 thành viên" (count;
# id null: the catalogue's members count is of the Tổ công nghệ số cộng đồng, this is the
# ward's digital-literacy squad). Not quantities: "hợp nhất 3 phường" (the merger, an
# administrative fact), "Trung tâm Phục vụ hành chính công phường có 9 cán bộ, công chức"
# (the staffing of the ward's service centre, an office's size, not a digital-
# transformation target or result; a judgement).
# --------------------------------------------------------------------------
D02 = dict(name="02_cantho-thoiandong-phuong-2025", kind="result", year=2025, records=[
    R("có «5 thành viên", "thành viên Ðội hình “Bình dân học vụ số” phường thành lập", "=", 5, **CNT),
])

# --------------------------------------------------------------------------
# 03 Cà Mau, community digital technology teams bringing online public services by mobile
# app (dx.gov.vn; cut: the photo caption "Các Tổ CNSCĐ tại Cà Mau được tham gia các chương
# trình tập huấn nâng cao kiến thức chuyển đổi số và kỹ năng số." with one blank line; no
# byline or date line (the address carries a stamp of July 2023, which the page text does
# not show); the excerpt ends in "sàn thương mại điện tử"). Year null on all three: the
# excerpt dates only the plan that set the teams up ("Kế hoạch số 122/KH-UBND ngày
# 30/6/2022"), not the counts (set165's 02 and 06: no year where the excerpt shows none).
# Pillar digital_government: the page title "Cà Mau - Sử dụng hiệu quả ứng dụng di động
# đưa dịch vụ công trực tuyến đến gần người dân" names online public services (a topic of
# the digital government, spec) and heads a page without sub-headings (set69's rule, as
# set165's 01); the heading decides though the teams belong to awareness (a judgement).
# Results: "48 đơn vị cấp xã có thành lập Tổ CNSCĐ" (count; id null: no catalogue count of
# communes with a team), "364 Tổ của ấp/khóm" (aware.community_digital_teams_count), "1.729
# thành viên tham gia" (aware.community_digital_team_members_count). Not quantities:
# "122/KH-UBND", "30/6/2022" (a document number and date).
# --------------------------------------------------------------------------
D03 = dict(name="03_camau-to-cnscd-ung-dung-di-dong", kind="result", year=None, records=[
    R("có «48 đơn vị", "đơn vị cấp xã có thành lập Tổ CNSCĐ", "=", 48, **CNT, pillar=GOV),
    R("với «364 Tổ", "Tổ CNSCĐ của ấp/khóm", "=", 364, **CNT, pillar=GOV, iid="aware.community_digital_teams_count"),
    R("với «1.729 thành viên", "thành viên Tổ CNSCĐ tham gia", "=", 1729, **CNT, pillar=GOV,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 04 Đồng Nai (merged with Bình Phước), funds for the communes' public administration
# service centres after the two-level government began (thanhnien.vn; the crawler's stamp
# " date 2025-09-27" kept as returned; cut: the photo caption "Người dân đến làm các thủ tục
# hành chính tại Trung tâm hành chính công phường Đồng Xoài ẢNH: HOÀNG GIÁP" with one blank
# line; the excerpt ends in "các xã, phường còn lại "). Year 2025 (the stamp; "Ngày 27.9").
# Pillar null. Results (spending approved, "đã chấp thuận chi"), each number at its place:
# "chi 42,75 tỉ đồng cho 95 xã ... để nâng cấp cơ sở vật chất, hệ thống tra cứu, bốc số,
# hiển thị thông tin" (money: unit other "đồng", 42.75e9; then the communes funded, a
# count, as "hỗ trợ 5 doanh nghiệp"), "tại 95 trung tâm hành chính công cấp xã với số tiền
# 450 triệu đồng/địa phương" (the centres upgraded, a count; the amount per commune, unit
# other "đồng/địa phương", 450e6), "Tổng số tiền 42,75 tỉ đồng" (the total restated, its own
# record). Ids null (inst.dx_funding_amount is the funding for digital transformation as a
# whole; this is equipment for the centres' lookup and queue systems, a judgement). Not
# quantities: "Ngày 27.9" (a date).
# --------------------------------------------------------------------------
D04 = dict(name="04_dongnai-95-xa-hanh-chinh-cong-2025", kind="result", year=2025, records=[
    R("chi «42,75 tỉ đồng cho", "UBND tỉnh Đồng Nai chấp thuận chi để nâng cấp cơ sở vật chất, hệ thống tra cứu, bốc số, hiển thị thông tin tại trung tâm hành chính công cấp xã",
      "=", 42.75e9, **DONG),
    R("cho «95 xã", "xã trên địa bàn được chi để nâng cấp cơ sở vật chất, hệ thống tra cứu, bốc số, hiển thị thông tin tại trung tâm hành chính công cấp xã",
      "=", 95, **CNT),
    R("tại «95 trung tâm", "trung tâm hành chính công cấp xã được mua sắm trang thiết bị và nâng cấp hệ thống tra cứu, bốc số, hiển thị thông tin",
      "=", 95, **CNT),
    R("số tiền «450 triệu", "số tiền mua sắm trang thiết bị và nâng cấp hệ thống tra cứu, bốc số, hiển thị thông tin tại trung tâm hành chính công cấp xã",
      "=", 450e6, unit="other", unit_text="đồng/địa phương"),
    R("Tổng số tiền «42,75 tỉ", "Tổng số tiền được lấy từ nguồn vốn sự nghiệp khoa học - công nghệ", "=", 42.75e9, **DONG),
])

# --------------------------------------------------------------------------
# 05 Ho Chi Minh City (merged with Bình Dương and Bà Rịa - Vũng Tàu), the city's Digital
# Transformation Centre serving 168 wards, communes and special zones (sggp.org.vn; the
# crawler's stamp " date 2025-10-06" kept as returned; cut: the photo caption "Hoạt động tại
# Trung tâm Quản lý điều hành giao thông đô thị TPHCM. Ảnh: Hoàng Hùng" with one blank
# line; the excerpt ends in "điều hà"). Year 2025 (the trial run "trưa 25-6-2025", the
# connections "Từ đó đến nay"). Pillar null. Two results, counts: "Trung tâm Chuyển đổi số
# TPHCM vận hành thử nghiệm đồng bộ cho 168 phường xã, đặc khu" and "Hạ tầng đường truyền,
# chất lượng hình ảnh, âm thanh cũng đảm bảo kết nối đến 168 phường xã, đặc khu" (the units
# the systems reached; ids null). Not quantities: "TPHCM có 168 phường, xã, đặc khu" (the
# city's administrative make-up, not a result; a judgement), "“cột mốc 168”" twice (the
# milestone's name), "25-6-2025" (a date), "chính quyền địa phương 2 cấp" twice (a name),
# "Cổng thông tin 1022" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_tphcm-168-phuong-xa-2025", kind="result", year=2025, records=[
    R("đồng bộ cho «168 phường", "Trung tâm Chuyển đổi số TPHCM vận hành thử nghiệm đồng bộ cho phường xã, đặc khu",
      "=", 168, **CNT),
    R("kết nối đến «168 phường", "Hạ tầng đường truyền, chất lượng hình ảnh, âm thanh đảm bảo kết nối đến phường xã, đặc khu",
      "=", 168, **CNT),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng (merged with Đắk Nông and Bình Thuận), the provincial People's Committee's
# Party committee building its digital-transformation platform before its first congress
# (baolamdong.vn; the crawler's stamp " date 2025-10-08" kept as returned, on one line with
# the section name, the title and the lead, as returned; cut: the photo captions "Đoàn
# Thanh niên UBND tỉnh Lâm Đồng phối hợp thực hiện Công trình Thắp sáng đường quê tại xã
# Cát Tiên" and "Kios dịch vụ công tự động phục vụ hành chính công của Đảng ủy Viễn thông
# Lâm Đồng triển khai tại các xã, phường", each with one blank line; the excerpt ends in
# "Các Đảng ủy cũng "). Year 2025 (the stamp). Pillar null (the title names no pillar; the
# lead-in "Điểm nhấn ... là các hoạt động chuyển đổi số" names none). One result: "thành lập
# 4 trang: Trang thông tin điện tử ...; Ứng dụng Zalo Mini App ...; Trợ lý ảo ... và Cổng
# các ứng dụng trí tuệ nhân tạo AI" (count of the platform's parts; id null). Not
# quantities: "lần thứ I" (no digit), "2025 - 2030" (a term).
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-dang-bo-ubnd-nen-tang-2025", kind="result", year=2025, records=[
    R("thành lập «4 trang", "trang của nền tảng chuyển đổi số của Đảng bộ UBND tỉnh Lâm Đồng được thành lập", "=", 4, **CNT),
])

# --------------------------------------------------------------------------
# 07 Ho Chi Minh City, Tân Hưng and Tăng Nhơn Phú wards using digital tools after the
# city's first Party congress (sggp.org.vn; the crawler's stamp " date 2026-01-05" kept as
# returned; no cut; the excerpt ends in "Những vi phạm về m"). A precision text: it states
# no quantity. Not quantities: "lần thứ I" (no digit), "2025-2030" (the term), "QR" (a
# name).
# --------------------------------------------------------------------------
D07 = dict(name="07_tphcm-tanhung-phuong-2026-precision", kind="result", year=2026, records=[])

# --------------------------------------------------------------------------
# 08 Lâm Đồng, the launch of the "Bình dân học vụ số" movement (kienthuc.net.vn; the
# crawler's stamp " date 2025-08-14" kept as returned; cut: the photo caption "Chủ tịch UBND
# tỉnh Lâm Đồng phát động phong trào "Bình dân học vụ số"." with one blank line; the excerpt
# ends in "nhân lực, đồng "). A precision text: no quantity. Not quantities: "ngày 14/8" (a
# date), "kết nối trực tuyến tới 124 điểm cầu cấp xã, phường, đặc khu" (the places
# attending the ceremony, the participants of an event, spec), "cách đây 80 năm" (a span
# of time).
# --------------------------------------------------------------------------
D08 = dict(name="08_lamdong-binh-dan-hoc-vu-so-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

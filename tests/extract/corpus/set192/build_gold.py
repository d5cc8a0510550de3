#!/usr/bin/env python3
"""set192's gold: writes ./gold/NAME.jsonl from the hand-written records of ./texts/NAME.txt below.

The builder follows set184's (and through it the seeds'). A record is located by a piece of its
text with « standing just before the number; that piece occurs once in the text, and the anchor
is the position of «. The clause span is computed by ../goldkit.py. A document's NOT lists the
numbers left without a record on purpose; check_gold.py asks every percentage for a record or a
NOT entry. `iid=` carries `indicator_id_gold` (the scorer ignores it; see README for the rules).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, RES, INFRA, ECO  # noqa: E402

MBPS = dict(unit="other", unit_text="Mbps")
ECO_GDP = "econ.digital_economy_gdp_share"
PROD = "econ.labour_productivity_growth"
FIBRE_HH = "infra.fibre_household_coverage_share"
DIGITISED = "egov.digitised_procedure_results_share"

# --------------------------------------------------------------------------
# 01 Hải Phòng (the city merged with Hải Dương in July 2025), the plan for digital infrastructure
# 2026-2030, December 2025 (sggp.org.vn; nothing cut; the stamp " date 2025-12-05" written as the
# first line; the excerpt ends in "- 100% nhà"). Targets of 2030 ("với mục tiêu đến năm 2030",
# "Mục tiêu cụ thể đến năm 2030"). The lead's target "100% nhà văn hóa thôn, khu dân cư, trung tâm
# xã, phường, đặc khu có kết nối wifi internet tốc độ cao miễn phí" stands in the sentence that
# names the plan "phát triển hạ tầng số": pillar digital_infrastructure (the spec's lead-in naming
# one pillar; a judgement). The list opens with "Mục tiêu cụ thể đến năm 2030, thành phố hướng
# tới:", which names no pillar, under no heading: pillar null (the spec's new paragraph naming no
# pillar; a judgement). "tốc độ từ 1Gbps trở lên" is a threshold inside the subject of the first
# list target, no quantity of its own (set27's and later sets' "trên 1Gb/s"). The last item "- 100%
# nhà" is cut off after its first word: no subject to word, NOT (a judgement). Not quantities:
# "2026 - 2030", "năm 2025", "năm 2030" (dates), "57-NQ/TW", "1132/QĐ-TTg" (documents).
# --------------------------------------------------------------------------
D01 = dict(name="01_haiphong-ha-tang-so-2026-2030", kind="target", year=2030, records=[
    R("năm 2030, «100% nhà văn hóa", "nhà văn hóa thôn, khu dân cư, trung tâm xã, phường, đặc khu có kết nối wifi "
      "internet tốc độ cao miễn phí", ">=", 100, pillar=INFRA, iid="infra.village_wifi_share"),
    R("- «100% người dùng", "người dùng có khả năng truy cập internet cáp quang tốc độ từ 1Gbps trở lên và được tiếp "
      "cận các giải pháp an toàn, bảo mật", ">=", 100, iid="infra.gigabit_fixed_access_share"),
    R("- «100% người trưởng thành", "người trưởng thành có điện thoại thông minh và tài khoản thư điện tử công dân",
      ">=", 100, iid="society.adult_smartphone_share"),
], NOT=["- «100% nhà\n"])

# --------------------------------------------------------------------------
# 02 Gia Lai, the plan for digital infrastructure 2023-2025 (wwwiso.com; nothing cut; no stamp, no
# byline; the excerpt opens with "Theo đó, mục tiêu cụ thể của Kế hoạch là phấn đấu đến năm 2025:"
# and ends in "từng bước hình t"). Targets of 2025 ("phấn đấu đến năm 2025"). "phủ trên 80% hộ gia
# đình, 100% xã" is the spec's "phủ 75% hộ gia đình, 100% cấp xã": two records, scope null on the
# first (op ">", "trên"), scope "xã" on the second (as written; a bare number of a target, ">=").
# "Số thuê bao băng rộng di động/100 dân đạt tối thiểu 85%" and "thuê bao băng rộng cố định/100 dân
# ... 10,81%" are rates (the spec's "thuê bao/100 dân: 90%"). The speeds are unit other "Mbps"; the
# bracketed "hiện tại là 38,09 Mbps" and "hiện tại là 92,65 Mbps" are results (op "="), year null:
# the text says "hiện tại" and names no year for them (the spec: null when nothing in the text
# says; a judgement). Pillar null for every record: the list stands under no heading in the
# excerpt ("Về hạ tầng công nghệ số:" comes after it and holds no number). Not quantities: "4G/5G"
# (names), "năm 2025".
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-ha-tang-so-2023-2025", kind="target", year=2025, records=[
    R("phủ trên «80% hộ gia đình", "Hạ tầng mạng băng rộng cáp quang phủ hộ gia đình", ">", 80, iid=FIBRE_HH),
    R("gia đình, «100% xã", "Hạ tầng mạng băng rộng cáp quang phủ", ">=", 100, scope="xã",
      iid="infra.fibre_commune_coverage_share"),
    R("tối thiểu «85%", "Số thuê bao băng rộng di động/100 dân", ">=", 85,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("di động đạt tối thiểu «80%, tỷ lệ dân số", "tỷ lệ thuê bao sử dụng điện thoại thông minh/tổng thuê bao điện "
      "thoại di động", ">=", 80, iid="infra.smartphone_subscriptions_share"),
    R("thông minh đạt tối thiểu «80%;", "tỷ lệ dân số trưởng thành có điện thoại thông minh", ">=", 80,
      iid="society.adult_smartphone_share"),
    R("di động đạt «45 Mbps", "Tốc độ băng rộng di động", ">=", 45, **MBPS, iid="infra.mobile_broadband_speed"),
    R("hiện tại là «38,09", "tốc độ tải xuống băng rộng di động theo i-Speed hiện tại", "=", 38.09, **MBPS, **RES,
      year=None, iid="infra.mobile_broadband_speed"),
    R("băng rộng đạt «100%, tỷ lệ dùng", "tỷ lệ thôn, làng được phủ sóng di động băng rộng", ">=", 100,
      iid="infra.mobile_village_coverage_share"),
    R("tối thiểu «13%", "tỷ lệ dùng chung vị trí trạm thu phát sóng (BTS)", ">=", 13, iid="infra.bts_sharing_share"),
    R("tối thiểu «10,81%", "Tỷ lệ thuê bao băng rộng cố định/100 dân", ">=", 10.81,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("cáp quang đạt tối thiểu «80%, tốc độ", "tỷ lệ hộ gia đình có truy nhập Internet băng rộng cáp quang", ">=", 80,
      iid=FIBRE_HH),
    R("cố định đạt «100 Mbps", "tốc độ băng rộng cố định", ">=", 100, **MBPS, iid="infra.fixed_broadband_speed"),
    R("hiện tại là «92,65", "tốc độ tải xuống băng rộng cố định theo i-Speed hiện tại", "=", 92.65, **MBPS, **RES,
      year=None, iid="infra.fixed_broadband_speed"),
    R("FTTH) đạt «100%", "Tỷ lệ thôn, làng được phủ băng rộng cố định (cáp quang FTTH)", ">=", 100,
      iid="infra.fibre_village_coverage_share"),
    R("tối thiểu «50% các hệ thống", "các hệ thống thông tin dùng chung cấp tỉnh có sử dụng dịch vụ điện toán đám mây",
      ">=", 50, iid="infra.cloud_hosted_systems_share"),
])

# --------------------------------------------------------------------------
# 03 Hà Nội, plan 76/KH-UBND on digital transformation to 2025 and 2030 (kinhtedothi.vn; cut: the
# byline "Hà Thanh" and the share widget "Chia sẻ Zalo" with the blank line between them, and the
# photo caption " 2045: Hà Nội sẽ là trung tâm đổi mới sáng tạo của khu vực châu Á. Ảnh minh họa";
# no stamp, no date; the excerpt ends in "7,5%/nă"). The first two targets belong to the plan's
# horizon "đến năm 2025" (the paragraph "Theo Kế hoạch số 76/KH-UBND ... đến năm 2025" and "trước
# năm 2025"), the last two to "Đến năm 2030" (the paragraph that opens with it and the next one; a
# judgement for the next one). "Phát triển kinh tế số, phấn đấu ..." and "Kinh tế số phát triển
# mạnh mẽ, phấn đấu ..." open their sentences by naming kinh tế số: pillar digital_economy for the
# two quantities of each sentence, labour productivity included (the spec's lead-in naming one
# pillar; a judgement). "7-7,5%/năm" is one range (between). Not quantities: "năm 2045" (three
# times), "76/KH-UBND", "5G", "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D03 = dict(name="03_hanoi-kh76-kinh-te-so-2025-2030", kind="target", year=None, records=[
    R("chiếm «30% tổng", "giá trị kinh tế số chiếm tổng sản phẩm trên địa bàn", ">=", 30, year=2025, pillar=ECO,
      iid=ECO_GDP),
    R("bình quân «7-7,5%/năm", "năng suất lao động tăng bình quân", "between", 7, value_max=7.5, year=2025,
      pillar=ECO, iid=PROD),
    R("chiếm «40% tổng", "giá trị đạt được của kinh tế số chiếm tổng sản phẩm trên địa bàn", ">=", 40, year=2030,
      pillar=ECO, iid=ECO_GDP),
    R("bình quân đạt «7,5%/nă", "năng suất lao động bình quân", ">=", 7.5, year=2030, pillar=ECO, iid=PROD),
])

# --------------------------------------------------------------------------
# 04 TP. Hồ Chí Minh, the city's decision carrying out action programme 54-CTrHĐ/TU: the digital
# economy at 40% of GRDP in 2030 (daibieunhandan.vn; cut: the image's file name
# "TPThuDuc_zing9.jpeg"; no stamp, no byline; the excerpt ends in "Phấn đấu kin"). The same
# target stands three times: in the title, in the lead and in the caption under the image (kept:
# a caption that states a target, as set184's 02): a record at each place (set184's 08 and 09,
# a value restated in a title or lead). Pillar digital_economy for all three: the title names
# "kinh tế số" (set69's title rule, a judgement). Year 2030 (every sentence says it). Not
# quantities: "54-CTrHĐ/TU", "69-KL/TW", "20-NQ/TW" (documents), "22.4.2024", "11.1.2024",
# "1.11.2012" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-kinh-te-so-40-grdp-2030", kind="target", year=2030, records=[
    R("mục tiêu «40% GRDP từ", "GRDP từ kinh tế số", ">=", 40, pillar=ECO, iid=ECO_GDP),
    R("số chiếm «40% GRDP.", "kinh tế số chiếm GRDP", ">=", 40, pillar=ECO, iid=ECO_GDP),
    R("đóng góp «40% GRDP", "kinh tế số đóng góp GRDP", ">=", 40, pillar=ECO, iid=ECO_GDP),
])

# --------------------------------------------------------------------------
# 05 Phú Thọ (merged with Vĩnh Phúc and Hòa Bình in July 2025), the congress of the new commune
# Toàn Thắng, July 2025 (baophutho.vn; cut: two photo captions "Các đồng chí lãnh đạo tỉnh tặng
# hoa chúc mừng Đại hội." and "Đồng chí Bùi Đức Hinh, ... phát biểu chỉ đạo Đại hội.", each with
# the blank line after it; the stamp " date 2025-07-29" written as the first line; the last line
# ends in "đột phá. " with its trailing space, kept). Ten results of the term 2020-2025 ("Nhiệm kỳ
# vừa qua ... đạt và vượt các chỉ tiêu"): year 2025, op "=" ("giảm còn 6,25%" is the rate reached,
# as set100's "tỉ lệ hộ nghèo ... giảm còn"). Pillar null (no heading). Ids null (the catalogue has no
# poverty, insurance or party indicator). Not quantities: "156 đại biểu", "1.189 đảng viên" (the
# congress's participants and the committee's make-up), "16 chỉ tiêu chủ yếu, 6 nhiệm vụ trọng
# tâm và 3 khâu đột phá" (counts of targets and tasks, the spec's "12 nhóm nhiệm vụ"), "28/7",
# "lần thứ I", "2025 - 2030", "2025 – 2030".
# --------------------------------------------------------------------------
D05 = dict(name="05_phutho-xa-toanthang-dai-hoi-2025", kind="result", year=2025, records=[
    R("chiếm «65%", "Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội", "=", 65),
    R("đạt «70,88%", "Tỷ lệ lao động qua đào tạo", "=", 70.88),
    R("giảm còn «6,25%", "hộ nghèo", "=", 6.25),
    R("cận nghèo còn «9,58%", "hộ cận nghèo", "=", 9.58),
    R("«94,64% dân số", "dân số tham gia bảo hiểm y tế", "=", 94.64),
    R("«100% trường học", "trường học đạt chuẩn quốc gia", "=", 100),
    R("«85,44% khu dân cư", "khu dân cư đạt chuẩn văn hóa", "=", 85.44),
    R("«89,42% hộ", "hộ đạt gia đình văn hóa", "=", 89.42),
    R("bình quân đạt «97%", "Tỷ lệ tổ chức Đảng trực thuộc hoàn thành tốt nhiệm vụ trở lên bình quân", "=", 97),
    R("bình quân «93%", "Tỷ lệ đảng viên đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên bình quân", "=", 93),
])

# --------------------------------------------------------------------------
# 06 TP. Hồ Chí Minh, ward Phú An (formed in the 2025 merger), the party's year-end conference,
# January 2026 (sggp.org.vn; nothing cut; the stamp " date 2026-01-08" written as the first line;
# the excerpt ends in "tỷ lệ hồ sơ trực tuyến đạt trên", whose number is cut off). Results of 2025
# (the conference sums up "công tác Đảng năm 2025"; a judgement over the stamp's 2026). Counts:
# "kết nạp 32 đảng viên", "chuyển đảng chính thức cho 36 đồng chí" (what the year's party work
# did, as set162's "kết nạp mới 69 đảng viên"); the share "100% hồ sơ được giải quyết trên hệ
# thống một cửa điện tử" (egov.one_stop_system_applications_share). NOT: "đạt 106% kế hoạch"
# (completion against the plan, the spec's "vượt chỉ tiêu"). Not quantities: "41 tổ chức cơ sở
# đảng và hơn 1.100 đảng viên" (the committee's make-up, set162's "697 đảng viên"), "Huy hiệu Đảng
# cho 12 đảng viên" (the recipients of an award, as an event's participants; a judgement),
# "8-1", "năm 2025", "năm 2026".
# --------------------------------------------------------------------------
D06 = dict(name="06_tphcm-phuong-phuan-tong-ket-2025", kind="result", year=2025, records=[
    R("kết nạp «32 đảng viên", "đảng viên kết nạp", "=", 32, **CNT),
    R("cho «36 đồng chí", "đồng chí chuyển đảng chính thức", "=", 36, **CNT),
    R("«100% hồ sơ được giải quyết", "hồ sơ được giải quyết trên hệ thống một cửa điện tử", "=", 100,
      iid="egov.one_stop_system_applications_share"),
], NOT=["đạt «106% kế hoạch"])

# --------------------------------------------------------------------------
# 07 Huế, ward Hóa Châu (formed in the 2025 merger), the party's results of 2025, November 2025
# (huengaynay.vn; cut: the photo captions "Lãnh đạo Đảng ủy phường Hóa Châu thực hiện quy trình
# kiện toàn BCH ..." (the excerpt's first line after the stamp, which is written as the first line
# `date 2025-11-14`) and "Đảng ủy phường Hóa Châu trao huy hiệu Đảng cho đảng viên trên địa bàn
# phường", each with the blank line after it; the last line ends in "Đảng bộ phường " with its
# trailing space, kept). Results of 2025: "10/10 chỉ tiêu đạt và vượt kế hoạch" (a count of targets
# met, as set29's "11/15 chỉ tiêu đạt mục tiêu"), "kết nạp 11 đảng viên mới" (a count). Not
# quantities: "757 đồng chí" (the committee's make-up after the year's intake), "16 chỉ tiêu chủ
# yếu" (a count of targets set for 2026), "2 cấp", "lần thứ I", "năm 2025", "năm 2026", and "nhóm
# dẫn đầu" (no number).
# --------------------------------------------------------------------------
D07 = dict(name="07_hue-phuong-hoachau-tong-ket-2025", kind="result", year=2025, records=[
    R("«10/10 chỉ tiêu", "chỉ tiêu đạt và vượt kế hoạch", "=", 10, **CNT),
    R("kết nạp «11 đảng viên", "đảng viên mới kết nạp", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 08 Lào Cai, the project on renewing the one-stop mechanism and digitising procedure results,
# targets of 2021 (thuonghieucongluan.com.vn; nothing cut; no stamp, no byline; the excerpt ends
# in "đối với kết quả thu"). "Mục tiêu cụ thể trong năm 2021": year 2021. "đạt tối thiểu 50% tỷ lệ
# cung cấp dịch vụ công ... mức độ 3, mức độ 4 ..." (>=, egov.level3_4_online_services_share);
# "số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực đạt tối thiếu tương ứng 40%, 30%,
# 20%, 15% đối với kết quả thu[...]": four records (>=, the "tối thiếu" of the page carried to
# each), scope null: the groups the four values belong to are cut off with the excerpt (a
# judgement). Pillar null. Not quantities: "mức độ 3, mức độ 4" (labels).
# --------------------------------------------------------------------------
DIGI = "Hoàn thành việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực"
D08 = dict(name="08_laocai-de-an-mot-cua-so-hoa-2021", kind="target", year=2021, records=[
    R("tối thiểu «50% tỷ lệ", "tỷ lệ cung cấp dịch vụ công đủ điều kiện lên trực tuyến mức độ 3, mức độ 4 trên tổng số "
      "thủ tục hành chính thuộc thẩm quyền giản quyết của địa phương lên Cổng Dịch vụ công quốc gia", ">=", 50,
      iid="egov.level3_4_online_services_share"),
    R("tương ứng «40%", DIGI, ">=", 40, iid=DIGITISED),
    R("40%, «30%", DIGI, ">=", 30, iid=DIGITISED),
    R("30%, «20%", DIGI, ">=", 20, iid=DIGITISED),
    R("20%, «15%", DIGI, ">=", 15, iid=DIGITISED),
])

# --------------------------------------------------------------------------
# 09 Vĩnh Long (merged with Bến Tre and Trà Vinh in July 2025), the opening of the province's
# first congress, October 2025 (thitruonghanghoa.com; cut: the date line "03/10/2025 07:00"
# (written as the first line `date 2025-10-03`) and the photo caption lines "Xây dựng Vĩnh Long
# ... - Ảnh 1", "Các đại biểu biểu quyết thông qua quy chế Đại hội", "Ảnh: Nam Long", with the
# blank lines that went with them; the excerpt ends in "văn hó"). Results of the term 2020-2025:
# year 2025, op "=" for the GRDP growth ("đạt 5,58%", set114's "đạt 6,71%"), "between" for the
# private sector's "10 - 11%/năm". Pillar null. Not quantities: "500 đại biểu", "152.000 đảng viên"
# (participants and the party's size), "03 tỉnh", "3 tỉnh" (the merger's parts), "ngày 3.10",
# "lần thứ I", "2025 - 2030", "2020 - 2025".
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhlong-dai-hoi-ket-qua-2025", kind="result", year=2025, records=[
    R("đạt «5,58%", "tốc độ tăng trưởng kinh tế (GRDP)", "=", 5.58),
    R("bình quân «10 - 11%/năm", "Khu vực kinh tế tư nhân tăng trưởng bình quân", "between", 10, value_max=11),
])

# --------------------------------------------------------------------------
# 10 Cà Mau, ward Hòa Thành's paperless party congress, August 2025 (vietnamplus.vn; nothing cut;
# the stamp " date 2025-08-18" written as the first line; the excerpt ends in "Ban đầu"). A
# precision text: the congress goes digital, no target or result. Not quantities: "17-18/8"
# (dates), "lần thứ 1", "2025-2030".
# --------------------------------------------------------------------------
D10 = dict(name="10_camau-phuong-hoathanh-dai-hoi-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Hà Tĩnh, how the province turns Resolution 57 into its action programme 40, April 2025
# (baohatinh.vn; cut: the byline "PV - 03/04/2025 17:35", written as the first line
# `date 2025-04-03`). A precision text. Not quantities: "22/12/2024" (a date), "Nghị quyết số
# 57" (twice), "nghị quyết 57" (twice, the title's and the last sentence's), "Chương trình hành
# động số 40" (documents' numbers).
# --------------------------------------------------------------------------
D11 = dict(name="11_hatinh-nghi-quyet-57-2025-precision", kind="target", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 A province's party standing committee, its action programme for Resolution 57 (lite.baomoi.com;
# nothing cut; no stamp, no byline, no province named; the excerpt ends in "nghiêm túc, th"). A
# precision text: purposes and requirements, no quantity. Not quantities: "Nghị quyết số 57" (the
# title), "57-NQ/TW" (seven times), "22/12/2024" (twice), the list numbers "I.", "1.", "2.", "3.".
# --------------------------------------------------------------------------
D12 = dict(name="12_tinhuy-chuong-trinh-hanh-dong-57-precision", kind="target", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]


def not_anchors(doc):
    """The anchors of a document's NOT entries (check_gold.py asks for them)."""
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    goldkit.write_gold(DOCS, lambda doc: goldkit.build_records(doc, TEXTS), GOLD)

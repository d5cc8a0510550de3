#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set98).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as
in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see
README). As in set10-set69, the id is given in the record itself (`iid=`).

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


# --------------------------------------------------------------------------
# 01 Nghệ An, smartphones, fibre and mobile coverage (tothethao.com, a copy of
# a news item; no date shown, and no year anywhere in the text → year null on
# every record). All results. "đạt 74,65%" (=, society.adult_smartphone_share);
# "lên đến 95,03%" (=; "lên đến" reads as reached; society.
# households_smartphone_share: the text says "hộ gia đình có người sử dụng
# điện thoại thông minh", the catalogue "sở hữu ít nhất một điện thoại thông
# minh"; a judgement); "68% hộ gia đình đã được phủ mạng Internet băng rộng cáp
# quang" (=, bare result, infra.fibre_household_coverage_share); "khoảng 8.500
# trạm phát sóng BTS 3G, 4G" (~, count, infra.bts_stations_count; "3G, 4G" are
# names); "phủ sóng gần 99% diện tích toàn tỉnh" (~, no id: the catalogue has no
# area coverage); "100% xã và 95% số thôn/bản ... có sóng di động băng rộng ổn
# định": a split by level, two records, scopes as written "xã" and "thôn/bản"
# (spec: "90% cấp xã, 70% thôn, bản"), both infra.mobile_village_coverage_share
# (a split keeps the id); "100% xã đạt chuẩn nông thôn mới ... đều có sóng di
# động băng rộng" (=, the communes are the subject, scope null, no id); "hơn 60
# thôn, bản chưa có điện lưới quốc gia, đồng nghĩa chưa được bao phủ sóng di
# động" (>, count, a result stated as the gap; no id; a judgement). No heading
# → pillar null.
# --------------------------------------------------------------------------
D01 = dict(name="01_nghean-dien-thoai-thong-minh-bts", kind="result", year=None, records=[
    R("đạt «74,65%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", "=", 74.65,
      iid="society.adult_smartphone_share"),
    R("lên đến «95,03%", "Tỷ lệ hộ gia đình có người sử dụng điện thoại thông minh", "=", 95.03,
      iid="society.households_smartphone_share"),
    R("Đáng chú ý, «68%", "hộ gia đình đã được phủ mạng Internet băng rộng cáp quang", "=", 68,
      iid="infra.fibre_household_coverage_share"),
    R("khoảng «8.500 trạm", "trạm phát sóng BTS 3G, 4G", "~", 8500, **CNT, iid="infra.bts_stations_count"),
    R("gần «99% diện tích", "phủ sóng diện tích toàn tỉnh", "~", 99),
    R("Đã có «100% xã", "xã có sóng di động băng rộng ổn định", "=", 100, scope="xã",
      iid="infra.mobile_village_coverage_share"),
    R("và «95% số thôn", "số thôn/bản có sóng di động băng rộng ổn định", "=", 95, scope="thôn/bản",
      iid="infra.mobile_village_coverage_share"),
    R("Đặc biệt, «100% xã", "xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao và nông thôn mới kiểu mẫu có sóng "
      "di động băng rộng ổn định phủ sóng toàn bộ diện tích", "=", 100),
    R("còn hơn «60 thôn", "thôn, bản chưa có điện lưới quốc gia, chưa được bao phủ sóng di động", ">", 60, **CNT),
])

# --------------------------------------------------------------------------
# 02 Thanh Hóa, a workshop on the digital economy (en.vneconomy.vn, a
# Vietnamese article; byline "October 08, 2024 | 08:12 GMT+7" → `date
# 2024-10`). "Năm 2022, Thanh Hóa đứng thứ 15/63 ... về xếp hạng chuyển đổi số"
# (rank =, 2022, dti.provincial_rank); "chính quyền số xếp thứ 16, kinh tế số
# xếp thứ 14, xã hội số xếp thứ 13" (three ranks of 2022, each its own subject,
# dti.digital_government_rank / digital_economy_rank / digital_society_rank).
# "Đến thời điểm hiện tại, ... 114 xã, phường, thị trấn được công nhận hoàn
# thành chuyển đổi số cấp xã" (=, count, 2024 from the date line,
# society.communes_dx_completed_count). "615 doanh nghiệp công nghệ số" (=,
# count, 2024, econ.digital_tech_enterprises_count), "xếp thứ 32 cả nước" (rank
# =, the rank of that number of firms, no id) and "xếp thứ 5 vùng Bắc Trung Bộ"
# (rank =, the region in the wording, spec "xếp thứ 5 khu vực Tây Nguyên"; no
# id). Not quantities (no DT target or result; a judgement): "đứng thứ 3 cả
# nước về dân số", "GDP xếp thứ 29/63", "tốc độ tăng trưởng GDP ... đạt 7,01%"
# (NOT). Not quantities: "Ngày 7/10", "năm 2023 chưa công bố". No heading →
# pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_thanhhoa-hoi-thao-kinh-te-so-2024", kind="result", year=2024, records=[
    R("đứng thứ «15/63", "Thanh Hóa đứng thứ tỉnh, thành phố trong cả nước về xếp hạng chuyển đổi số", "=", 15,
      **RANK, year=2022, iid="dti.provincial_rank"),
    R("chính quyền số xếp thứ «16", "chính quyền số xếp thứ", "=", 16, **RANK, year=2022,
      iid="dti.digital_government_rank"),
    R("kinh tế số xếp thứ «14", "kinh tế số xếp thứ", "=", 14, **RANK, year=2022,
      iid="dti.digital_economy_rank"),
    R("xã hội số xếp thứ «13", "xã hội số xếp thứ", "=", 13, **RANK, year=2022,
      iid="dti.digital_society_rank"),
    R("đã có «114 xã", "xã, phường, thị trấn được công nhận hoàn thành chuyển đổi số cấp xã", "=", 114, **CNT,
      iid="society.communes_dx_completed_count"),
    R("hiện có «615 doanh", "doanh nghiệp công nghệ số", "=", 615, **CNT,
      iid="econ.digital_tech_enterprises_count"),
    R("xếp thứ «32 cả nước", "số doanh nghiệp công nghệ số xếp thứ cả nước", "=", 32, **RANK),
    R("xếp thứ «5 vùng", "số doanh nghiệp công nghệ số xếp thứ vùng Bắc Trung Bộ", "=", 5, **RANK),
], NOT=["đạt «7,01%"])

# --------------------------------------------------------------------------
# 03 Tuyên Quang, community digital technology teams (nhandan.vn; no date
# shown; "Từ giữa năm 2022" dates the teams' start, not the figures → year
# null). "1.871 Tổ Công nghệ số cộng đồng" (=, count,
# aware.community_digital_teams_count); "tổng số thành viên 10.257" (=, count,
# aware.community_digital_team_members_count); "Tỷ lệ tổ công nghệ số cộng đồng
# cấp xã và cấp thôn ... đạt 100%" (=, one value for both levels → scope null;
# aware.community_digital_teams_share, a judgement); "100% các thành viên trong
# tổ đã được ... tập huấn các kỹ năng số" (=, no id). Not quantities: "0:00"
# (player furniture, cut), "ảnh 1" (cut). Pillar null.
# --------------------------------------------------------------------------
D03 = dict(name="03_tuyenquang-to-cong-nghe-so-cong-dong", kind="result", year=None, records=[
    R("thành lập «1.871 Tổ", "Tổ Công nghệ số cộng đồng đã thành lập", "=", 1871, **CNT,
      iid="aware.community_digital_teams_count"),
    R("thành viên «10.257", "tổng số thành viên Tổ Công nghệ số cộng đồng", "=", 10257, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("đạt «100% và", "Tỷ lệ tổ công nghệ số cộng đồng cấp xã và cấp thôn trên địa bàn tỉnh", "=", 100,
      iid="aware.community_digital_teams_share"),
    R("và «100% các thành viên", "các thành viên trong tổ đã được tuyên truyền, bồi dưỡng, tập huấn các kỹ năng số",
      "=", 100),
])

# --------------------------------------------------------------------------
# 04 Hà Tĩnh, digital transformation in villages (baohatinh.vn; no date shown,
# no year in the text → null). "khoảng 3.000 người dân cài đặt ứng dụng chữ ký
# số" (~, count, no id) and "chiếm tỷ lệ gần 70% người ở độ tuổi trưởng thành"
# (~, society.adult_digital_signature_share, a commune's share; a judgement),
# both with place "Cẩm Lĩnh" (a commune of the province). "hơn 90% sản phẩm tiêu
# thụ được là nhờ việc quảng bá, giới thiệu trên các nền tảng số" (>, a
# cooperative's share of sales through digital platforms; result; place "Hương
# Liên"; no id). Not quantities (a cooperative's output and make-up, no DT
# indicator): "gần 1.200 hộp nhút mít", "khoảng 1,7 tấn", "có 5 thành viên".
# Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_hatinh-chuyen-doi-so-ve-lang", kind="result", year=None, records=[
    R("khoảng «3.000 người", "người dân cài đặt ứng dụng chữ ký số", "~", 3000, **CNT, place="Cẩm Lĩnh"),
    R("gần «70% người", "tỷ lệ người ở độ tuổi trưởng thành cài đặt ứng dụng chữ ký số", "~", 70, place="Cẩm Lĩnh",
      iid="society.adult_digital_signature_share"),
    R("có hơn «90% sản phẩm", "sản phẩm tiêu thụ được là nhờ việc quảng bá, giới thiệu trên các nền tảng số", ">", 90,
      place="Hương Liên"),
])

# --------------------------------------------------------------------------
# 05 Quảng Trị, ICT Index 2020 (tinhuyquangtri.vn; no date shown). "Theo Báo
# cáo Viet Nam ICT index 2020, chỉ số hạ tầng kỹ thuật tỉnh Quảng Trị hiện xếp
# vị trí 32/63" (rank =, 2020; the technical-infrastructure sub-index, not the
# overall index → no id; rank.ict_index is the overall rank; a judgement).
# "tăng 15 bậc so với năm 2019": a change, no quantity. "Đến nay, 100% cán bộ,
# công chức cấp tỉnh, cấp huyện; hơn 80% cán bộ công ch..." (the excerpt ends
# there): a split by level as in the spec's "100% hồ sơ công việc tại cấp
# tỉnh, cấp huyện và 90% ... tại cấp xã": two records share 100% (scopes cấp
# tỉnh, cấp huyện), then "hơn 80%" (>, scope null: its level is cut off). The
# predicate is cut off too; the wording is the subject. Year: "Đến nay" after
# "gần 1 năm thực hiện Kế hoạch ... ngày 12/8/2020": the text names no year for
# these → null (a judgement). Not quantities: "gần 1 năm", "190-KH/TU",
# "12/8/2020", "52-NQ/TW". Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_quangtri-ict-index-2020", kind="result", year=None, records=[
    R("vị trí «32/63", "chỉ số hạ tầng kỹ thuật (Viet Nam ICT index) tỉnh Quảng Trị xếp vị trí tỉnh, thành phố",
      "=", 32, **RANK, year=2020),
    R("Đến nay, «100% cán bộ", "cán bộ, công chức cấp tỉnh", "=", 100, scope="cấp tỉnh"),
    R("Đến nay, «100% cán bộ", "cán bộ, công chức cấp huyện", "=", 100, scope="cấp huyện"),
    R("hơn «80% cán bộ", "cán bộ công chức", ">", 80),
])

# --------------------------------------------------------------------------
# 06 Lào Cai, one village's community digital team (baolaocai.vn; no date
# shown; a precision text). One quantity: "hướng dẫn cho khoảng 300 người dân có
# điện thoại thông minh về cách thức sử dụng" (~, count, result; year null: "trong
# đợt dịch Covid-19" names none; no id). Not quantities: "65 tuổi" (a person's
# age), "bản 3 Vành", "bản 4 Vành" (names), "2 năm trước" (a duration), "có 5
# thành viên" (one team's make-up, like the parts of an index; a judgement),
# "Covid-19" (a name). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_laocai-to-cong-nghe-so-ban-4-vanh-precision", kind="result", year=None, records=[
    R("cho khoảng «300 người", "người dân có điện thoại thông minh được hướng dẫn về cách thức sử dụng", "~", 300,
      **CNT),
])

# --------------------------------------------------------------------------
# 07 Hà Giang, Mèo Vạc's cashless payments (tuyengiao.hagiang.gov.vn; no date
# shown; a precision text with no quantity). "lắp đặt mã VietQR miễn phí 100%":
# "fully free", a manner, not a share of anything → NOT. "trong năm 2022" (the
# excerpt ends there). No record.
# --------------------------------------------------------------------------
D07 = dict(name="07_hagiang-meovac-vietqr-precision", kind="result", year=2022, records=[],
           NOT=["miễn phí «100%"])

# --------------------------------------------------------------------------
# 08 Hà Giang, DTI in the highlands (baodantoc.vn; byline 21/11/2023 → `date
# 2023-11`; a precision text with no quantity). "tỷ lệ hộ nghèo năm 2021 là
# 18,54%": the poverty rate, no target or result of the transformation → NOT (a
# judgement, as set69's "đồng bào dân tộc thiểu số chiếm gần 90%"). "đứng thứ
# nhì về DTI" is a rank written in words (no digit: nothing to anchor). Not
# quantities: "năm 2021". No record.
# --------------------------------------------------------------------------
D08 = dict(name="08_hagiang-dau-an-dti-vung-cao-precision", kind="result", year=2023, records=[],
           NOT=["là «18,54%"])

# --------------------------------------------------------------------------
# 09 Tuyên Quang, the plan for community digital teams (kinhdoanhdautu.com; no
# date shown; a precision text with no quantity). "Tổ công nghệ số cộng đồng cấp
# xã với tối đa 10 thành viên", "cấp thôn với tối đa 5 người": the make-up each
# team may have, a rule of organisation and not a target for an indicator (a
# judgement, as "có 5 thành viên" in 06). No record.
# --------------------------------------------------------------------------
D09 = dict(name="09_tuyenquang-ke-hoach-to-cong-nghe-so-precision", kind="target", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Hà Nam, digital transformation (hanam.gov.vn; no date shown; a precision
# text with no quantity). Numbers: "24-NQ/TU", "25/4/2022", "1516/QĐ-UBND",
# "09/8/2022", "năm 2025", "năm 2030". No record.
# --------------------------------------------------------------------------
D10 = dict(name="10_hanam-chuyen-doi-so-ky-nguyen-vuon-minh-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

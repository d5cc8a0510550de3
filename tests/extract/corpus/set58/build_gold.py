#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set58).

Copied from set47's builder (itself from set45's, set43's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
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


TEAMS = "aware.community_digital_teams_count"
MEMBERS = "aware.community_digital_team_members_count"

# --------------------------------------------------------------------------
# 01 National: the Prime Minister's conclusion on e-government platforms
# (thanhnien.vn, date 2020-08; no year in the sentences → 2020 from the stamp).
# "tháng 2 mới chỉ có 25 bộ, tỉnh có nền tảng tương ứng 27%, nhưng đến tháng 7
# đã có 76 bộ, tỉnh có nền tảng, tương ứng 82,6%": four results (two counts,
# two shares), all of 2020 (the months of one year). "tỷ lệ dịch vụ công trực
# tuyến mức độ 4 được cung cấp khoảng 15,9%": ~ (khoảng), result.
# Not quantities: "6 tháng" (period), "tăng hơn 3 lần" (a change against an
# earlier value), "tăng gấp đôi so với cùng kỳ" (no number). Pillar null.
# Ids: egov.full_online_services_share for the level-4 share (the catalogue
# names mức độ 4 as the former name of toàn trình); the LGSP counts and shares
# of ministries/provinces are no catalogue indicator
# (data.lgsp_connected_systems_share is a share of systems) → null.
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-nen-tang-lgsp-dvctt-2020", kind="result", year=2020, records=[
    R("mới chỉ có «25 bộ", "bộ, tỉnh có nền tảng tích hợp, chia sẻ dữ liệu", "=", 25, **CNT),
    R("tương ứng «27%", "tỷ lệ bộ, tỉnh có nền tảng tích hợp, chia sẻ dữ liệu", "=", 27),
    R("đã có «76 bộ", "bộ, tỉnh có nền tảng tích hợp, chia sẻ dữ liệu", "=", 76, **CNT),
    R("tương ứng «82,6%", "tỷ lệ bộ, tỉnh có nền tảng tích hợp, chia sẻ dữ liệu", "=", 82.6),
    R("cung cấp khoảng «15,9%", "tỷ lệ dịch vụ công trực tuyến mức độ 4 được cung cấp", "~", 15.9,
      iid="egov.full_online_services_share"),
])

# --------------------------------------------------------------------------
# 02 Đà Nẵng's Vietnam ICT Index 2020 (vietnamplus.vn, no date shown; "năm
# 2020" → 2020). "đứng đầu cả nước với điểm số 0,9238": an index value, unit
# other; the number stands after "điểm số" with no unit word after it →
# unit_text null (as the decided case "ở mức 0,6383"; a judgement).
# "đứng đầu" is a first place in words (no digit, no record); "lần thứ 12
# liên tiếp" twice (title and text) is a tally of past places, not a quantity.
# Place: Đà Nẵng is the page's subject (a national page about one city) → place
# "Đà Nẵng". Id: rank.ict_index holds the rank only → null for the value.
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-ict-index-2020", kind="result", year=2020, records=[
    R("với điểm số «0,9238", "Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông Việt "
      "Nam (Vietnam ICT Index) Đà Nẵng", "=", 0.9238, unit="other", place="Đà Nẵng"),
])

# --------------------------------------------------------------------------
# 03 National year-end review of the information and communications sector,
# 2021, as reported from Đồng Tháp's bridge point (baodongthap.vn; the byline
# "Cập nhật ngày: 22/12/2021" written as `date 2021-12`). A precision text:
# five quantities among dates, changes and a standing against the plan.
# "xếp thứ 47/168 quốc gia" (UPU's postal development index), "ước tính xếp
# 74/176 quốc gia" (IDI; "ước tính" → =), "đạt 544.361 tên miền" (count),
# "thuộc top 11 Châu Á - Thái Bình Dương" (<=, a group) and "đứng thứ 45 toàn
# cầu" (=): results of 2021. Not quantities: "(tăng 2 bậc so với năm 2020)",
# "(tăng 3 hạng ...)", "tăng 5,2% so với năm 2020" (changes, NOT), "doanh thu
# ngành TT&TT đạt 100% kế hoạch đặt ra" (a standing against the plan, NOT, as
# set47), "22/12", the years. Pillar null. Ids: rank.itu_idi for the IDI place;
# the UPU index and the .vn domain count and places have no catalogue id.
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-tt-tt-tong-ket-2021-precision", kind="result", year=2021, records=[
    R("xếp thứ «47/168", "chỉ số tích hợp phát triển bưu chính do Liên minh Bưu chính thế giới (UPU) công bố, Việt "
      "Nam xếp thứ quốc gia", "=", 47, **RANK),
    R("ước tính xếp «74/176", "Xếp hạng chỉ số phát triển Viễn thông IDI của Việt Nam", "=", 74, **RANK,
      iid="rank.itu_idi"),
    R("đạt «544.361 tên miền", "Số tên miền quốc gia “.vn”", "=", 544361, **CNT),
    R("thuộc top «11 Châu Á", "Số tên miền quốc gia “.vn” thuộc top Châu Á - Thái Bình Dương", "<=", 11, **RANK),
    R("đứng thứ «45 toàn cầu", "Số tên miền quốc gia “.vn” đứng thứ toàn cầu", "=", 45, **RANK),
], NOT=["tăng «5,2%", "đạt «100% kế hoạch"])

# --------------------------------------------------------------------------
# 04 National chip-based ID cards, the target of 1 July 2021 (anninhthudo.vn,
# no date; "mục tiêu đến ngày 1-7-2021" → 2021). The title "Đến ngày 1-7, cấp
# 50 triệu thẻ ..." and the text "mục tiêu ... sẽ cấp được 50 triệu thẻ" state
# the same target twice: two records (each written quantity), >= (a target's
# bare number), count 50e6. Not quantities: "1-7", "25-2" (dates). No id (the
# catalogue's society.chip_id_cards_share is a share, not a count of cards).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-cccd-muc-tieu-1-7-2021", kind="target", year=2021, records=[
    R("1-7, cấp «50 triệu thẻ", "thẻ căn cước công dân gắn chíp điện tử được cấp", ">=", 50e6, **CNT),
    R("sẽ cấp được «50 triệu thẻ", "Bộ Công an sẽ cấp thẻ căn cước công dân có gắn chíp điện tử", ">=", 50e6, **CNT),
])

# --------------------------------------------------------------------------
# 05 National chip-based ID cards returned to the provinces (zingnews.vn, date
# 2022-01). "in và trả về ... gần 60 triệu thẻ gắn chip" (~, count 60e6) and
# "sản xuất hơn 400.000 thẻ/ngày" (>, unit other "thẻ/ngày"): results; the
# sentences name no year of their own → 2022 from the stamp (the peak output
# fell in 2021 by the context; the contract's rule followed; a judgement).
# Not quantities: "vài chục nghìn thẻ" (no digit), "gần một năm", "18/1",
# "23/1/2021", "15/1/2022", "2022-2025", "2030", "C06" (a name), "năm 2021".
# No ids (no count of cards in the catalogue).
# --------------------------------------------------------------------------
D05 = dict(name="05_ca-nuoc-cccd-gan-chip-2022", kind="result", year=2022, records=[
    R("các địa phương gần «60 triệu thẻ", "thẻ gắn chip Bộ Công an đã in và trả về cho công an các địa phương", "~",
      60e6, **CNT),
    R("sản xuất hơn «400.000 thẻ/ngày", "lực lượng chức năng đã thực hiện sản xuất thẻ vào thời gian cao điểm", ">",
      400000, unit="other", unit_text="thẻ/ngày"),
])

# --------------------------------------------------------------------------
# 06 National chip-based ID applications (laodong.vn tag page; no date, no
# year → null). Title and text both state "hơn 54 triệu hồ sơ" (>, two
# records); "hơn 15 triệu thẻ CCCD" returned (>). "(đạt 107%) so với chỉ tiêu
# được Bộ Công an giao": a standing against the assigned target (NOT, as
# set47's "đạt X% kế hoạch"). No ids.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-cccd-54-trieu-ho-so", kind="result", year=None, records=[
    R("Đã thu nhận hơn «54 triệu", "hồ sơ căn cước công dân gắn chíp đã thu nhận trên toàn quốc", ">", 54e6, **CNT),
    R("thu nhận được hơn «54 triệu", "hồ sơ căn cước công dân gắn chíp cơ quan công an đã thu nhận trên toàn quốc",
      ">", 54e6, **CNT),
    R("công dân được hơn «15 triệu thẻ", "thẻ CCCD đã in hoàn chỉnh và trả cho công dân", ">", 15e6, **CNT),
], NOT=["(đạt «107%)"])

# --------------------------------------------------------------------------
# 07 National personal identification numbers (vietbao.vn, date 2022-06).
# "đã tiến hành cấp trên 98,5 triệu số định danh": >, count 98.5e6, 2022 (the
# report's time; "1/7/2021" is the date the system started). "để bảo đảm chính
# xác 100% thông tin dân cư": the aim of the checks → a target >= 100 of 2022
# (a judgement; it is not a value reached). No ids
# (data.clean_population_data_share is a share of cleansed records; the aim
# here is accuracy, a judgement).
# --------------------------------------------------------------------------
D07 = dict(name="07_ca-nuoc-so-dinh-danh-2022", kind="result", year=2022, records=[
    R("cấp trên «98,5 triệu", "số định danh Bộ Công an đã cấp cho công dân trên toàn quốc", ">", 98.5e6, **CNT),
    R("chính xác «100% thông tin", "bảo đảm chính xác thông tin dân cư", ">=", 100, kind="target"),
])

# --------------------------------------------------------------------------
# 08 National community digital technology teams, April 2022 (ictvietnam.vn;
# the byline "Tâm An| 04/04/2022" written as `date 2022-04`). A precision text:
# one quantity, "gần 2.300 tổ công nghệ cộng" (~, count; the excerpt ends
# inside the phrase), among "03/6/2020", "2025", "2030". Id: TEAMS.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-to-cong-nghe-so-2022-04-precision", kind="result", year=2022, records=[
    R("đã có gần «2.300 tổ", "tổ công nghệ cộng đồng cả nước", "~", 2300, **CNT, iid=TEAMS),
])

# --------------------------------------------------------------------------
# 09 National and Thái Nguyên community digital technology teams, June 2022
# (thoibao.online; the line "15/06/2022 14:40:15" written as `date 2022-06`).
# Title: "34 địa phương" (=) and "hơn 27.000 Tổ" (>); text: "34/63 tỉnh,
# thành phố" (count 34), "27.218 Tổ", "130.487 thành viên"; Thái Nguyên's
# "2.256 Tổ", "gần 17.000 thành viên" (~) and "100% cấp xã có Tổ" (place
# Thái Nguyên: a province named by a national page). All results of 2022.
# "100% cấp xã": the communes are the subject → scope null. Not quantities:
# "9 địa phương khác" (the count of the provinces listed by name after it; a
# judgement), "14/6", months, "1 “cánh tay nối dài”" (an article). Pillar
# null. Ids: TEAMS, MEMBERS; the count of provinces and the commune share
# have none (aware.community_digital_teams_share is a share of villages).
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-thainguyen-to-cong-nghe-so-2022-06", kind="result", year=2022, records=[
    R("«34 địa phương lập", "địa phương lập Tổ công nghệ cộng đồng", "=", 34, **CNT),
    R("lập hơn «27.000 Tổ", "Tổ công nghệ cộng đồng hỗ trợ người dân chuyển đổi số", ">", 27000, **CNT, iid=TEAMS),
    R("cả nước có «34/63", "tỉnh, thành phố đã thành lập Tổ công nghệ số cộng đồng", "=", 34, **CNT),
    R("thành lập «27.218 Tổ", "Tổ công nghệ số cộng đồng cả nước đã thành lập", "=", 27218, **CNT, iid=TEAMS),
    R("với «130.487 thành viên", "thành viên tham gia Tổ công nghệ số cộng đồng", "=", 130487, **CNT, iid=MEMBERS),
    R("đã thành lập «2.256 Tổ", "tỉnh Thái Nguyên đã thành lập Tổ công nghệ số cộng đồng", "=", 2256, **CNT,
      place="Thái Nguyên", iid=TEAMS),
    R("với gần «17.000 thành viên", "thành viên Tổ công nghệ số cộng đồng tỉnh Thái Nguyên", "~", 17000, **CNT,
      place="Thái Nguyên", iid=MEMBERS),
    R("hoàn thành «100% cấp xã", "cấp xã có Tổ công nghệ số cộng đồng", "=", 100, place="Thái Nguyên"),
])

# --------------------------------------------------------------------------
# 10 Thái Nguyên, Đại Từ district's community digital technology teams (the
# printer page of baothainguyen.vn, no date; "đến cuối năm 2022" → 2022).
# "Theo kế hoạch của UBND tỉnh, tổ ... được thành lập ... với từ 2-5 thành
# viên": the plan's size of a team → a target between 2 and 5 (a judgement:
# a norm the plan sets). "399 tổ" (=) and "trên 3 nghìn thành viên" (>):
# Đại Từ's results (place "Đại Từ", a district of the province). "đặt mục tiêu
# đến cuối năm 2022 có 20% số người dân trong độ tuổi lao động ... là một công
# dân số": a target >= 20 of 2022. Pillar null. Ids: TEAMS, MEMBERS; the
# "công dân số" share is not hr.population_digital_skills_share (a judgement)
# → null. Not quantities: "một tháng" (words), "ID" names.
# --------------------------------------------------------------------------
D10 = dict(name="10_thainguyen-daitu-to-cong-nghe-so-2022", kind="result", year=2022, records=[
    R("với từ «2-5 thành viên", "tổ công nghệ số cộng đồng được thành lập ở các xóm, tổ dân phố thành viên", "between",
      2, value_max=5, **CNT, kind="target"),
    R("được «399 tổ", "huyện đã thành lập tổ công nghệ số cộng đồng tại các xóm, tổ dân phố", "=", 399, **CNT,
      place="Đại Từ", iid=TEAMS),
    R("với trên «3 nghìn thành viên", "thành viên tham gia tổ công nghệ số cộng đồng", ">", 3000, **CNT,
      place="Đại Từ", iid=MEMBERS),
    R("năm 2022 có «20% số người dân", "số người dân trong đội tuổi lao động của huyện được trang bị đủ tiêu chí là một "
      "công dân số", ">=", 20, kind="target", place="Đại Từ"),
])

# --------------------------------------------------------------------------
# 11 Bình Phước's climb (minhhungsikico.vn blog, no date → document year
# null). "chỉ xếp vị trí 56 trên 63 tỉnh, thành phố theo xếp hạng chung chỉ số
# Vietnam ICT Index" in "năm 2019": a rank result (=, 2019; rank.ict_index).
# "Trong năm 2021, Top 10 tỉnh, thành dẫn đầu về chuyển đổi số còn có ...":
# Bình Phước is in the top 10 of 2021 (the others listed after "còn có") →
# rank <=, 10, 2021, dti.provincial_rank (a judgement: the top 10 of 2021 is
# the DTI 2021). Not quantities: "con số 0" (an idiom), "4G" (a name), "63"
# (denominator), the years.
# --------------------------------------------------------------------------
D11 = dict(name="11_binhphuoc-ict-index-2019-dti-2021", kind="result", year=None, records=[
    R("xếp vị trí «56 trên 63", "tỉnh Bình Phước xếp hạng chung chỉ số Vietnam ICT Index", "=", 56, **RANK,
      year=2019, iid="rank.ict_index"),
    R("Top «10 tỉnh, thành dẫn đầu", "Top tỉnh, thành dẫn đầu về chuyển đổi số", "<=", 10, **RANK, year=2021,
      iid="dti.provincial_rank"),
])

# --------------------------------------------------------------------------
# 12 Bình Long town (Bình Phước) at the national six-month review of Đề án 06,
# 2022, as printed on a copy site (hi88online.net, no date; "6 tháng đầu năm
# 2022", "31/7/2022" → 2022). A precision text: three quantities among many
# numbers that are not. Records: the national population database "đã triển
# khai kết nối chính thức đối với 11 bộ ngành, 4 doanh nghiệp nhà nước, 14 địa
# phương": three counts (a breakdown by kind, each its own subject, scope
# null), results of 2022. Not quantities: "63 địa phương cấp tỉnh, 10.644
# điểm cầu ..., 130.700 đại biểu" (the participants of an event, decided
# case); "5 nhóm tiện ích, 13 nhiệm vụ chung và 8 nhiệm vụ ..., 89 nhiệm vụ"
# and "21/89", "4/13", "1/8 nhiệm vụ" (counts of tasks); "24 thành viên",
# "01 Tổ công tác ... 12 thành viên" (the make-up of working groups; a
# judgement); "Đề án 06", "06/CP" (names); "57/KH-UBND" (document number);
# dates "09/8", "31/7/2022", "15/3/2022"; "6 tháng"; "2022 - 2025", "2030".
# No ids.
# --------------------------------------------------------------------------
D12 = dict(name="12_binhlong-de-an-06-so-ket-6-thang-2022-precision", kind="result", year=2022, records=[
    R("đối với «11 bộ ngành", "bộ ngành hệ thống Cơ sở dữ liệu quốc gia về dân cư đã triển khai kết nối chính thức",
      "=", 11, **CNT),
    R("ngành, «4 doanh nghiệp", "doanh nghiệp nhà nước hệ thống Cơ sở dữ liệu quốc gia về dân cư đã triển khai kết nối "
      "chính thức", "=", 4, **CNT),
    R("nước, «14 địa phương", "địa phương hệ thống Cơ sở dữ liệu quốc gia về dân cư đã triển khai kết nối chính thức",
      "=", 14, **CNT),
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

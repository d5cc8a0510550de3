#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set148).

Copied from set147's builder (itself from set69's, set47's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (287
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
USD = dict(unit="other", unit_text="USD")
TUOI = dict(unit="other", unit_text="tuổi")
OTHER = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 Lâm Đồng (the new province: Lâm Đồng, Bình Thuận and Đắk Nông merged),
# the draft political report of the first provincial Party congress, term
# 2025–2030: "25 chỉ tiêu chủ yếu" (vtcnews.vn, the crawler's stamp
# " date 2025-10-10" kept as returned; the photo caption "Quang cảnh phiên trù
# bị ..." cut). Every value is a target of the term → year 2030 (the term's
# end, named in the text; a judgement: the page gives no other year). Ranges
# written with an en dash and "%" on the high end only ("10–10,5%/năm",
# "25–30% GRDP", "34–35%", "10–12%/năm", "0,5–1%/năm") are one `between`
# record each; "từ 6.700 đến 7.500 USD" likewise (unit other, "USD").
# A target stated as a change is a quantity (spec): "thu ngân sách nhà nước
# tăng 10–12%/năm", "tỷ lệ hộ nghèo giảm bình quân 0,5–1%/năm". Bare values
# read >= ("kinh tế tư nhân đóng góp 78% GRDP", "HDI đạt 0,75" (other, no
# unit word), "tuổi thọ trung bình 75 tuổi" (other, "tuổi"), "90% trường học
# ..."); "trên 98%" is >. Not quantities: "25 chỉ tiêu chủ yếu" (a count of
# targets, like a count of tasks), "lần thứ I", "nhiệm kỳ 2025–2030", "ba
# tỉnh". Pillar null: "Những con số đầy tham vọng" names no pillar, and "Trong
# lĩnh vực xã hội" / "Trên bình diện văn hóa" are not digital pillars (a
# judgement for the first). Ids: "Kinh tế số chiếm 25–30% GRDP" →
# econ.digital_economy_gdp_share; "Tốc độ tăng năng suất lao động xã hội đạt
# 7%/năm" → econ.labour_productivity_growth; the rest (GRDP, investment,
# budget, poverty, HDI, health, schools, culture) have no catalogue indicator.
# --------------------------------------------------------------------------
D01 = dict(name="01_lamdong-dai-hoi-25-chi-tieu-2030", kind="target", year=2030, records=[
    R("tăng trưởng GRDP bình quân đạt «10–10,5%", "tăng trưởng GRDP bình quân", "between", 10, value_max=10.5),
    R("GRDP bình quân đầu người từ «6.700 đến", "GRDP bình quân đầu người", "between", 6700, value_max=7500, **USD),
    R("Kinh tế số chiếm «25–30%", "Kinh tế số chiếm GRDP", "between", 25, value_max=30,
      iid="econ.digital_economy_gdp_share"),
    R("kinh tế tư nhân đóng góp «78%", "kinh tế tư nhân đóng góp GRDP", ">=", 78),
    R("năng suất lao động xã hội đạt «7%", "Tốc độ tăng năng suất lao động xã hội", ">=", 7,
      iid="econ.labour_productivity_growth"),
    R("tổng vốn đầu tư toàn xã hội đạt «34–35%", "tổng vốn đầu tư toàn xã hội", "between", 34, value_max=35),
    R("thu ngân sách nhà nước tăng «10–12%", "thu ngân sách nhà nước tăng", "between", 10, value_max=12),
    R("tỷ lệ hộ nghèo giảm bình quân «0,5–1%", "tỷ lệ hộ nghèo giảm bình quân", "between", 0.5, value_max=1),
    R("HDI đạt «0,75", "HDI", ">=", 0.75, **OTHER),
    R("tuổi thọ trung bình «75 tuổi", "tuổi thọ trung bình", ">=", 75, **TUOI),
    R("bảo hiểm y tế trên «98%", "tỷ lệ bao phủ bảo hiểm y tế", ">", 98),
    R("và «90% trường học", "trường học đạt chuẩn quốc gia", ">=", 90),
    R("văn hóa, «95% hộ gia đình", "hộ gia đình đạt danh hiệu văn hóa", ">=", 95),
    R("«98% thôn, buôn", "thôn, buôn, tổ dân phố giữ vững danh hiệu văn hóa", ">=", 98),
])

# --------------------------------------------------------------------------
# 02 Phú Thọ, phường Việt Trì (a new ward: "thành lập trên cơ sở sáp nhập 5
# đơn vị hành chính"), its "Bình dân học vụ số" results of 2025 (the ward's
# portal viettri.phutho.gov.vn, no date shown; nothing cut; the excerpt ends
# in "sinh viên đư"). Results of 2025 ("Năm 2025", "Kết quả nổi bật trong năm
# 2025"). Records: "100% cán bộ, công chức, viên chức của phường được tập
# huấn, bồi dưỡng kỹ năng số" (=, hr.civil_servants_basic_digital_skills_share);
# "trên 2.300 lượt người dân" supported with online procedures (>, count, no
# id); "100% học sinh trung học và sinh viên đư…": the excerpt cuts the
# predicate, but the number and its subject are whole → a record (=, no id:
# what was done for them is cut off; a judgement). Not quantities: "5 đơn vị
# hành chính" (the ward's make-up) and "quy mô dân số gần 74 nghìn người" (the
# ward's size: an extent, as set146 decided for territories; a judgement).
# Pillar null (no heading).
# --------------------------------------------------------------------------
D02 = dict(name="02_phutho-phuong-viettri-bdhvs-2025", kind="result", year=2025, records=[
    R("cho thấy: «100% cán bộ", "cán bộ, công chức, viên chức của phường được tập huấn, bồi dưỡng kỹ năng số", "=", 100,
      iid="hr.civil_servants_basic_digital_skills_share"),
    R("hỗ trợ trên «2.300 lượt", "lượt người dân được hỗ trợ thực hiện thủ tục hành chính trực tuyến toàn trình và một phần",
      ">", 2300, **CNT),
    R("«100% học sinh trung học", "học sinh trung học và sinh viên", "=", 100),
])

# --------------------------------------------------------------------------
# 03 Huế (thành phố Huế, wards and communes after the 2025 reorganisation),
# Kế hoạch 455/KH-UBND on merging the city's information and digital
# infrastructure to 2030 (vneconomy.vn, stamp " date 2025-11-25" kept; the
# caption "Giao diện trang chủ trên ứng dụng Hue-S." cut). Two targets of
# 2030: "100% phường, xã sẽ được phủ sóng băng thông rộng di động (4G/5G) và
# Internet cố định cáp quang" (>=; no id: mobile broadband and fibre together,
# the catalogue has each alone; a judgement) and "tỷ lệ người dân sử dụng
# Internet băng rộng đạt trên 95%" (>, infra.internet_users_share; a
# judgement: broadband users as the Internet users the indicator counts). Not
# quantities: "455/KH-UBND", "2030", "(4G/5G)". Pillar null: the sentence
# opens "Đặc biệt, Huế đặt mục tiêu ..." and stands under no heading (the
# plan's name, "hạ tầng số", is in an earlier paragraph).
# --------------------------------------------------------------------------
D03 = dict(name="03_hue-kh455-ha-tang-so-2030", kind="target", year=2030, records=[
    R("năm 2030, «100% phường, xã", "phường, xã được phủ sóng băng thông rộng di động và Internet cố định cáp quang tốc độ cao",
      ">=", 100),
    R("đạt trên «95%", "tỷ lệ người dân sử dụng Internet băng rộng", ">", 95, iid="infra.internet_users_share"),
])

# --------------------------------------------------------------------------
# 04 Hà Nội, the city's Public Administration Service Centre (set up in
# 2025) on online applications (i-ca.vn, no date shown; nothing cut; the
# excerpt ends in "2. Mở rộng dịch vụ c"). No year anywhere → null. Under the
# heading "1. Tỷ lệ hồ sơ trực tuyến còn thấp ...": the achieved "tỷ lệ hồ sơ
# phát sinh mới đạt 18,55%" (result, =) and its target "mục tiêu 70% theo Nghị
# quyết 188/NQ-CP" (target, >=), both egov.online_applications_share (the
# heading names online applications; a judgement); the Centre's proposal
# "chuyển mạnh sang hậu kiểm đối với 50% thủ tục trực tuyến toàn trình"
# (target, >=: a proposed value; no id; a judgement). Pillar digital_government
# for all three: the heading names online applications, a topic of online
# public services (spec: dịch vụ công trực tuyến → chính quyền số; a
# judgement). Not quantities: "57-NQ/TW", "188/NQ-CP", the list numbers "1."
# and "2.".
# --------------------------------------------------------------------------
D04 = dict(name="04_hanoi-ho-so-truc-tuyen-nq188", kind="result", year=None, records=[
    R("phát sinh mới đạt «18,55%", "tỷ lệ hồ sơ phát sinh", "=", 18.55, pillar=GOV,
      iid="egov.online_applications_share"),
    R("so với mục tiêu «70%", "tỷ lệ hồ sơ phát sinh", ">=", 70, pillar=GOV, kind="target",
      iid="egov.online_applications_share"),
    R("hậu kiểm đối với «50% thủ tục", "thủ tục trực tuyến toàn trình chuyển mạnh sang hậu kiểm", ">=", 50, pillar=GOV,
      kind="target"),
])

# --------------------------------------------------------------------------
# 05 Cần Thơ (the new city: Cần Thơ, Hậu Giang and Sóc Trăng merged),
# thinhvuongvietnam.com, no date shown; the two-line photo caption "Ảnh: Tổng
# Bí thư Tô Lâm làm việc với ... / về việc sáp nhập ba địa phương (Nguồn: Báo
# Lao động)" cut. Results of 2023 ("Theo số liệu năm 2023"): GRDP of Cần Thơ
# 119.377 tỷ đồng, of Hậu Giang 59.809 and of Sóc Trăng 72.472 tỷ đồng (=,
# "đồng", the magnitude multiplied in; `place` on the two provinces that are
# not the text's own city). "Tổng GRDP sau hợp nhất sẽ vượt ngưỡng 250.000 tỷ
# đồng": the sum of those 2023 figures, stated as what the merged city will
# have → a result, op > ("vượt"), year 2023 (a judgement: it is a computed
# estimate, not a planned target). No ids (the catalogue has no GRDP
# indicator). Not quantities: the years 1976, 1991, 1992, 2004, "12/6/2025",
# "kỳ họp thứ 9", the footnote marks.
# --------------------------------------------------------------------------
D05 = dict(name="05_cantho-hop-nhat-grdp-2023", kind="result", year=2023, records=[
    R("thành phố Cần Thơ đạt «119.377 tỷ", "Tổng sản phẩm trên địa bàn (GRDP) của thành phố Cần Thơ", "=", 119377e9, **DONG),
    R("Hậu Giang («59.809 tỷ", "GRDP của Hậu Giang", "=", 59809e9, place="Hậu Giang", **DONG),
    R("Sóc Trăng («72.472 tỷ", "GRDP của Sóc Trăng", "=", 72472e9, place="Sóc Trăng", **DONG),
    R("vượt ngưỡng «250.000 tỷ", "Tổng GRDP sau hợp nhất", ">", 250000e9, **DONG),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng, the three provinces before the merger, 2020–2025 (vtcnews.vn,
# stamp " date 2025-10-09" kept; the caption "Lâm Đồng là thực thể hành chính
# hợp nhất mới ..." cut). One quantity: "Toàn vùng đạt tốc độ tăng trưởng GRDP
# bình quân 6,47%/năm" (result, =, year 2025: the average over 2020 – 2025,
# given the period's last year; a judgement; no id). Not quantities: "lần thứ
# I", "2025-2030", "2020 – 2025", "Covid-19", "3 chân kiềng" (a figure of
# speech in a heading). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-ba-tinh-grdp-2020-2025", kind="result", year=2025, records=[
    R("GRDP bình quân «6,47%", "tốc độ tăng trưởng GRDP bình quân", "=", 6.47),
])

# --------------------------------------------------------------------------
# 07 Hưng Yên (the new province: Hưng Yên and Thái Bình merged), a tag page
# of congthuong.vn holding one teaser (no date shown; nothing cut): "Với mục
# tiêu GRDP tăng 10,5% trong năm 2025" (target, >=, 2025; a target stated as
# a change; no id). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hungyen-grdp-2025", kind="target", year=2025, records=[
    R("GRDP tăng «10,5%", "GRDP tăng", ">=", 10.5),
])

# --------------------------------------------------------------------------
# 08 Đắk Lắk (the new province: Đắk Lắk and Phú Yên merged), Kế hoạch
# 0155/KH-UBND of 24/12/2025 on digital transformation in 2026 (nhansu.vn, a
# legal-information site; nothing cut; the excerpt ends in "Ngày Chuy"). A
# precision text with no quantity: the document number (printed three times),
# the dates of issue and effect, "năm 2025", "năm 2026", and the legal bases'
# numbers and dates (Luật of 29/6/2006 and 19/11/2015, "57-NQ/TW ngày
# 22/12/2024" (twice), "71/NQ-CP ngày 01/4/2025", "749/QĐ-TTg ngày 03/6/2020",
# "146/QĐ-TTg ngày 28/01/2022", "411/QĐ-TTg ngày 31/3/2022", "505/QĐ-TTg ngày
# 22/4/2022", "đến năm 2025, định hướng (đến) năm 2030").
# --------------------------------------------------------------------------
D08 = dict(name="08_daklak-kh0155-cds-2026-precision", kind="target", year=2026, records=[])

# --------------------------------------------------------------------------
# 09 A province's "Bình dân học vụ số" review (baomoi.net.vn; the province is
# not named in the excerpt; no date shown; the captions "Trưởng Ban Tuyên giáo
# và Dân vận Tỉnh ủy Lương Đức Minh chủ trì hội nghị." and "Lãnh đạo Ủy ban
# Mặt trận Tổ quốc tỉnh phát biểu tại hội nghị." cut). A precision text with
# no quantity: "Kế hoạch số 16" (twice), "13/8", "29/8/2025", "5 chỉ tiêu cụ
# thể cho năm 2025" (a count of targets), "23 nhiệm vụ, giải pháp trọng tâm
# năm 2026" (a count of tasks), "Sau 1 năm triển khai" (a duration).
# --------------------------------------------------------------------------
D09 = dict(name="09_binh-dan-hoc-vu-so-kh16-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 10 Vĩnh Long (the new province: Vĩnh Long, Bến Tre and Trà Vinh merged), the
# ceremony announcing the merger (diendandoanhnghiep.vn, no date shown;
# nothing cut). A precision text with no quantity: "30/6/2025", "ba tỉnh"
# (twice in words), and "kết nối truyền hình tới 124 điểm cầu xã, phường mới"
# (the places joined to an event, like its participants: spec, not a
# quantity).
# --------------------------------------------------------------------------
D10 = dict(name="10_vinhlong-moi-le-cong-bo-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

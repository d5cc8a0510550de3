#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set108).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (227
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

# --------------------------------------------------------------------------
# 01 Đắk Nông, online public services and e-ID (diendandoanhnghiep.vn, print
# page; no date shown; "Đến tháng 4/2024" → document year 2024; all results).
# Each count of a breakdown by kind gets its own record, scope null (spec's
# "1.036 DVCTT toàn trình và 506 DVCTT một phần"): "906 DVCTT một phần", "804
# DVCTT toàn trình", "478 thủ tục hành chính" connected to the national portal.
# "Tỷ lệ DVCTT toàn trình đạt 62,87%" (egov.full_online_services_share) and
# "tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,59%" (no id: the catalogue's
# online-applications share is not restricted to full-process services).
# "25/25 TTHC thiết yếu" (count 25, the procedures deployed), "358.354 hồ sơ
# đăng ký", "313.890/324.898 tài khoản (đạt tỷ lệ 96,61%)" (count of the
# accounts activated, then the share; the denominator gets no record of its
# own), "532.823/550.847 người (đạt 96,7%)" (count, share), "85/85 cơ sở
# khám, chữa bệnh" (count 85). No ids for these (the catalogue's e-ID and
# chip-ID shares are of the population and of facilities, not these
# denominators; a judgement). Pillar: the title "Đắk Nông: Nỗ lực xây dựng
# chính quyền số" is the heading of the whole page → digital_government (as
# set69's 08). Not quantities: "tháng 4/2024", "06/QĐ-TTg", "06/01/2022",
# "Đề án 06/CP".
# --------------------------------------------------------------------------
D01 = dict(name="01_daknong-dvctt-dinh-danh-2024", kind="result", year=2024, records=[
    R("đã cung cấp «906 DVCTT", "DVCTT một phần", "=", 906, **CNT, pillar=GOV),
    R("một phần và «804 DVCTT", "DVCTT toàn trình", "=", 804, **CNT, pillar=GOV),
    R("kết nối thành công «478 thủ tục", "thủ tục hành chính (TTHC) của tỉnh kết nối thành công lên Cổng dịch vụ công "
      "quốc gia", "=", 478, **CNT, pillar=GOV),
    R("toàn trình đạt «62,87%", "Tỷ lệ DVCTT toàn trình", "=", 62.87, pillar=GOV,
      iid="egov.full_online_services_share"),
    R("toàn trình đạt «36,59%", "tỷ lệ hồ sơ trực tuyến toàn trình", "=", 36.59, pillar=GOV),
    R("thực hiện «25/25 TTHC", "TTHC thiết yếu theo Quyết định số 06/QĐ-TTg triển khai thực hiện trên Cổng DVC "
      "quốc gia, Cổng DVC của Bộ Công an", "=", 25, **CNT, pillar=GOV),
    R("thu nhận «358.354 hồ sơ", "hồ sơ đăng ký tài khoản định danh điện tử toàn tỉnh đã thu nhận", "=", 358354,
      **CNT, pillar=GOV),
    R("đã kích hoạt «313.890/324.898", "tài khoản định danh điện tử đã kích hoạt", "=", 313890, **CNT, pillar=GOV),
    R("đạt tỷ lệ «96,61%", "tỷ lệ tài khoản định danh điện tử đã kích hoạt", "=", 96.61, pillar=GOV),
    R("bằng CCCD là «532.823/550.847", "Số lượng căn cước công dân (CCCD) gắn chip được đồng bộ với thẻ bảo hiểm y "
      "tế (BHYT) còn hiệu lực để đi khám, chữa bệnh bằng CCCD", "=", 532823, **CNT, pillar=GOV),
    R("(đạt «96,7%)", "căn cước công dân (CCCD) gắn chip được đồng bộ với thẻ bảo hiểm y tế (BHYT) còn hiệu lực",
      "=", 96.7, pillar=GOV),
    R("đã có «85/85 cơ sở", "cơ sở khám, chữa bệnh BHYT thực hiện tra cứu thông tin thẻ BHYT bằng", "=", 85, **CNT,
      pillar=GOV),
])

# --------------------------------------------------------------------------
# 02 Gia Lai (the new province, with the former Bình Định: "VNPT Bình Định",
# "phường Quy Nhơn"), 5G (baogialai.com.vn, `date 2025-09`). VNPT's own figures
# as quoted: results of 2025 "hơn 20 trạm phát sóng 5G" and "hơn 1.000 trạm
# 4G" (>, count, infra.bts_stations_count: its wordings name "trạm 5G",
# "trạm 4G"; one operator's stations keep the id, a judgement); targets
# "Trong giai đoạn cuối năm 2025 đến đầu năm 2026, đơn vị sẽ đầu tư bổ sung
# thêm hơn 350 trạm 5G" (target, >, count, year 2026: the end of the window, a
# judgement) and "hướng đến mục tiêu phủ sóng 5G tới 99% dân số toàn tỉnh"
# (target, bare number → >=, 2026; no id: 5G coverage is not the catalogue's
# mobile-broadband coverage). Pillar: the heading "Tăng tốc đầu tư, hướng đến
# phủ sóng toàn tỉnh" names coverage of the mobile network → hạ tầng số
# (spec: a heading naming a topic of one pillar; a judgement). Not quantities:
# "5G", "4G" (names), the years.
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-mang-5g-vnpt-2025", kind="result", year=2025, records=[
    R("hoạt động hơn «20 trạm", "trạm phát sóng 5G VNPT đã đưa vào hoạt động", ">", 20, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("5G và hơn «1.000 trạm", "trạm 4G phủ rộng khắp các khu vực", ">", 1000, **CNT, pillar=INFRA,
      iid="infra.bts_stations_count"),
    R("bổ sung thêm hơn «350 trạm", "trạm 5G đơn vị sẽ đầu tư bổ sung", ">", 350, **CNT, kind="target", year=2026,
      pillar=INFRA, iid="infra.bts_stations_count"),
    R("5G tới «99% dân số", "phủ sóng 5G dân số toàn tỉnh", ">=", 99, kind="target", year=2026, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 03 Gia Lai, telecoms after storm no. 13 (nld.com.vn, `date 2025-11`; results
# of 2025). Recorded: the restoration reached, "đã khôi phục 1.510/1.990 trạm
# BTS (đạt hơn 76%)" (count 1510, =; share >) and each operator's restored
# shares (Viettel 85% and 65%, MobiFone 85%, VNPT 65% and 68%, FPT Telecom
# "khoảng 25%" ~), the operator in the indicator wording (an operator is not
# a level or population group: scope null, no place). Not recorded (a
# judgement): the damage and the effort, "hơn 1.990 trạm BTS gặp sự cố", "4
# trạm bị gãy đổ", "còn 94 trạm đang tiếp tục xử lý", "Hơn 750 cán bộ, kỹ
# thuật viên" (not values of an indicator reached or planned), and
# "1.990" after the slash (the denominator). No ids (restored stations and
# shares have no catalogue indicator). Pillar null (no heading). Not
# quantities: "bão số 13" (a name), "10-11" (a date).
# --------------------------------------------------------------------------
D03 = dict(name="03_gialai-khoi-phuc-bts-sau-bao-2025", kind="result", year=2025, records=[
    R("đã khôi phục «1.510/1.990", "trạm BTS các doanh nghiệp viễn thông đã khôi phục", "=", 1510, **CNT),
    R("(đạt hơn «76%)", "trạm BTS các doanh nghiệp viễn thông đã khôi phục", ">", 76),
    R("Viettel đã khôi phục «85%", "Viettel đã khôi phục trạm BTS bị mất tín hiệu", "=", 85),
    R("tín hiệu và «65% hạ tầng", "Viettel đã khôi phục hạ tầng mạng băng rộng cố định", "=", 65),
    R("hoàn thành khôi phục «85%", "Mobifone hoàn thành khôi phục trạm BTS", "=", 85),
    R("VNPT đã khôi phục «65%", "VNPT đã khôi phục trạm BTS", "=", 65),
    R("trạm BTS và «68% hạ tầng", "VNPT đã khôi phục hạ tầng mạng băng rộng", "=", 68),
    R("khôi phục khoảng «25%", "FPT Telecom khôi phục hạ tầng mạng băng rộng cố định", "~", 25),
])

# --------------------------------------------------------------------------
# 04 Ninh Thuận, Ninh Phước district health centre: chip ID cards in place of
# health-insurance cards (baoninhthuan.com.vn; no date shown; a precision
# text). One quantity: "Đến nay, gần 90% bệnh nhân thực hiện khám bệnh bằng
# thẻ CCCD" (result, ~; year null: nothing in the text names a year, a
# judgement; no id: patients, not facilities). Not recorded: "3 thiết bị đọc
# thẻ CCCD" (one centre's equipment, not a value of an indicator; a
# judgement), "khu phố 6" (an address). Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ninhthuan-ninhphuoc-cccd-kham-benh-precision", kind="result", year=None, records=[
    R("Đến nay, gần «90%", "bệnh nhân thực hiện khám bệnh bằng thẻ CCCD", "~", 90),
])

# --------------------------------------------------------------------------
# 05 Ninh Thuận, Bác Ái district's community digital teams (nhandan.vn; no
# date shown → year null). "Toàn huyện có chín tổ công nghệ số cộng đồng cấp
# xã và 38 tổ ở các thôn, với 319 đoàn viên thanh niên tham gia": "chín" is a
# word (no digits, no record); "38 tổ ở các thôn" (count =, scope "các thôn":
# the teams split by level, xã and thôn, as the spec's "90% cấp xã, 70% thôn,
# bản"; aware.community_digital_teams_count), "319 đoàn viên" (count =, scope
# null, aware.community_digital_team_members_count). "(5-10 thành viên/tổ)":
# how a team is made up, not a value reached (no record; a judgement). Pillar
# null (the heading "Năng động nhờ chuyển đổi số" names no pillar).
# Not quantities: "0:00" (cut), "Tà Lú-Ma Ty" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_ninhthuan-bacai-to-cong-nghe-so", kind="result", year=None, records=[
    R("cấp xã và «38 tổ", "tổ công nghệ số cộng đồng", "=", 38, **CNT, scope="các thôn",
      iid="aware.community_digital_teams_count"),
    R("với «319 đoàn viên", "đoàn viên thanh niên tham gia tổ công nghệ số cộng đồng", "=", 319, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 06 Ninh Thuận, the socio-economic results of 2023 (thuonghieucongluan.com.vn;
# no date shown; "năm 2023" → 2023; a precision text). One indicator of the
# transformation among some thirty socio-economic figures: "Tỷ trọng kinh tế
# số đóng góp vào GRDP 9,56% (KH 12%)" → a result (=, 9.56) and the plan's
# target in brackets (>=, 12; as the spec's table row "30% | 75,3%"), both
# econ.digital_economy_gdp_share. The other percentages (the sea economy,
# growth, structure, TFP, productivity, poverty, schools, training, health,
# rural communes) are not values of the transformation → NOT (a judgement);
# the amounts in "tỷ đồng", "triệu đồng", "người" and the counts "06/09",
# "03/09", "05/06", "01/06", "03/03", "32/47", "01/02" likewise get no record.
# Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ninhthuan-kt-xh-2023-kinh-te-so-precision", kind="result", year=2023, records=[
    R("vào GRDP «9,56%", "Tỷ trọng kinh tế số đóng góp vào GRDP", "=", 9.56,
      iid="econ.digital_economy_gdp_share"),
    R("9,56% (KH «12%)", "Tỷ trọng kinh tế số đóng góp vào GRDP", ">=", 12, kind="target",
      iid="econ.digital_economy_gdp_share"),
], NOT=["GRDP «41,85%", "(KH «41%)", "đạt «102,3%", "tăng «15,3%", "đạt «100% KH", "đạt «102,9%", "đạt «33,3%",
        "GRDP «35,39%", "(KH «32-33%); Năng", "tăng «7,78%", "(KH «6-7%)", "GRDP «9,40%", "tăng «10-11%",
        "thủy sản «28,5%", "(KH «28-29%)", "xây dựng «39,8%", "(KH «39-40%)", "dịch vụ «31,7%",
        "31,7% (KH «32-33%)", "giảm «1,72%", "giảm «1,5-2%", "Quốc gia «63%", "(KH «59-60%)", "vượt «15,7%",
        "đạt «66,82%", "(KH đạt «65-66%)", "đạt «29,28%", "(KH là «29%)", "đạt «96,9%", "(KH «96-97%)",
        "đạt «68,1%", "(KH «70-71%)"])

# --------------------------------------------------------------------------
# 07 Lâm Đồng's plan for schools and hospitals (baolamdong.vn, byline
# 04/07/2022 → `date 2022-07`; a precision text: one number besides dates).
# "Mục tiêu cụ thể đến hết năm 2022, 100% trường học, cơ sở giáo dục, bệnh
# viện, cơ sở y tế trên địa bàn tỉnh sử dụng nền tảng số để chuy..." (target,
# bare → >=, 2022; one value for all the kinds of bodies → one record; the
# excerpt ends inside the word, the wording is what stands). No id (as set69's
# 02). Not quantities: "4/7", "4.0", the date line. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_lamdong-truong-hoc-benh-vien-2022-precision", kind="target", year=2022, records=[
    R("năm 2022, «100% trường", "trường học, cơ sở giáo dục, bệnh viện, cơ sở y tế trên địa bàn tỉnh sử dụng nền "
      "tảng số", ">=", 100),
])

# --------------------------------------------------------------------------
# 08 Phú Yên, the public-service index for May 2024 (bqlkkt.phuyen.gov.vn; "tháng
# 5 năm 2024" → 2024; results). "đạt 72,57 điểm" (other "điểm", no id: the
# catalogue holds the rank only) and "xếp hạng thứ 40/63" (rank =,
# rank.public_service_index). The table (header "Điểm tối đa | Điểm trung bình
# chung cả nước | Điểm đạt được | Ghi chú"): each group's points reached by
# Phú Yên (other "điểm", =, clause = the table line) and the country's mean
# points (other "điểm", =, place "cả nước", as set69 recorded a mean), the
# total line likewise (72,6; 71,8). Not recorded: the maximum points (18, 20,
# 12, 10, 18, 22, 100: the scale, not a value reached), the changes "-1,2",
# "+1,6", ... "+8,5" and "tăng 9 bậc" (changes against an earlier value), the
# row numbers 1-6. Pillar null (the title names the service index, not a
# pillar; as set69's 01). Not quantities: "05/2024", "tháng 4".
# --------------------------------------------------------------------------
D08 = dict(name="08_phuyen-chi-so-phuc-vu-thang5-2024", kind="result", year=2024, records=[
    R("Phú Yên đạt «72,57", "Tổng hợp các nhóm chỉ số của tỉnh Phú Yên", "=", 72.57, **DIEM),
    R("xếp hạng thứ «40/63", "Tổng hợp các nhóm chỉ số phục vụ người dân, doanh nghiệp xếp hạng tỉnh, thành phố "
      "trực thuộc Trung ương", "=", 40, **RANK, iid="rank.public_service_index"),
    R("minh bạch 18 «10,6", "Công khai, minh bạch Điểm trung bình chung cả nước", "=", 10.6, **DIEM, line=True,
      place="cả nước"),
    R("minh bạch 18 10,6 «10,2", "Công khai, minh bạch Điểm đạt được", "=", 10.2, **DIEM, line=True),
    R("giải quyết 20 «17,7", "Tiến độ giải quyết Điểm trung bình chung cả nước", "=", 17.7, **DIEM, line=True,
      place="cả nước"),
    R("giải quyết 20 17,7 «16,5", "Tiến độ giải quyết Điểm đạt được", "=", 16.5, **DIEM, line=True),
    R("trực tuyến 12 «6,3", "Dịch vụ công trực tuyến Điểm trung bình chung cả nước", "=", 6.3, **DIEM, line=True,
      place="cả nước"),
    R("trực tuyến 12 6,3 «7,2", "Dịch vụ công trực tuyến Điểm đạt được", "=", 7.2, **DIEM, line=True),
    R("trực tuyến 10 «6,0", "Thanh toán trực tuyến Điểm trung bình chung cả nước", "=", 6.0, **DIEM, line=True,
      place="cả nước"),
    R("trực tuyến 10 6,0 «8,1", "Thanh toán trực tuyến Điểm đạt được", "=", 8.1, **DIEM, line=True),
    R("hài lòng 18 «17,7", "Mức độ hài lòng Điểm trung bình chung cả nước", "=", 17.7, **DIEM, line=True,
      place="cả nước"),
    R("hài lòng 18 17,7 «17,5", "Mức độ hài lòng Điểm đạt được", "=", 17.5, **DIEM, line=True),
    R("hồ sơ 22 «13,5", "Số hóa hồ sơ Điểm trung bình chung cả nước", "=", 13.5, **DIEM, line=True,
      place="cả nước"),
    R("hồ sơ 22 13,5 «13,1", "Số hóa hồ sơ Điểm đạt được", "=", 13.1, **DIEM, line=True),
    R("Tổng cộng 100 «71,8", "Tổng cộng Điểm trung bình chung cả nước", "=", 71.8, **DIEM, line=True,
      place="cả nước"),
    R("Tổng cộng 100 71,8 «72,6", "Tổng cộng Điểm đạt được", "=", 72.6, **DIEM, line=True),
])

# --------------------------------------------------------------------------
# 09 Đắk Nông, Tuy Đức border district, cashless payments (vietnamnet.vn,
# `date 2025-01`; a precision text with no quantity). "Hiện trên 80% các khoản
# thanh toán chị Thảo đều thực hiện chuyển khoản": one person's own payments,
# not a value of an indicator → NOT (a judgement, as set69's 09). "hơn 2
# tháng" (a duration). No records.
# --------------------------------------------------------------------------
D09 = dict(name="09_daknong-tuyduc-khong-tien-mat-precision", kind="result", year=2025, records=[],
           NOT=["Hiện trên «80%"])

# --------------------------------------------------------------------------
# 10 Đà Lạt's operations centre (dalat.lamdong.dcs.vn, byline 22/02/2023 →
# `date 2023-02`; the page's banner line cut; a precision text with no
# quantity): "2018 - 2025" (a period), "năm 2022", "Tháng 12/2019" (dates).
# No records.
# --------------------------------------------------------------------------
D10 = dict(name="10_lamdong-dalat-ioc-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set158).

Copied from set157's builder (itself from set155's, set153's, set151's, set149's, set147's, set69's,
set47's, ... and the seeds'). Each record is written by hand below; its anchor is never typed in. A
record names a locator: a piece of the text with « just before the number. The locator (without «)
must occur exactly once in the text; the anchor is where « stands. `start`/`end` (the clause that
states the quantity) are computed as in the seeds' builder (`start_at` moves the start back to a
given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

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


EID = "society.eid_accounts_activated_count"

# --------------------------------------------------------------------------
# 01 Lâm Đồng, the targets of its programme for digital transformation in new
# rural development (NTM) and the results so far (vietnamnet.vn, served under
# the host "vietnamnet.vn." with its trailing dot; nothing cut; no date shown;
# the excerpt opens mid-article and ends in "mạng xã h"). Two lead-ins name one
# pillar each (spec): "Mục tiêu cụ thể được đưa ra trong phát triển kinh tế số,
# ... là ít nhất 70% xã ..., 70% cấp huyện ... và 50% ..." (digital_economy, the
# three values of the sentence it opens) and "Mục tiêu về xã hội số trong xây
# dựng NTM là có ít nhất 40% đơn vị ..." (digital_society). The targets' year is
# null: the excerpt names no horizon for them (the programme runs to 2025, but
# the text does not say so; a judgement). Op ">=" for all four ("ít nhất"; the
# bare "70% cấp huyện" and "50% các mô hình" of a target list, spec). Scope null:
# "xã", "cấp huyện", "các mô hình" are each their own value's subject with its
# own predicate (coops in communes, linkage models in districts), not one
# predicate split by level; "(cấp xã, huyện)" is one value for both levels (spec:
# one value for all levels is not a split). Ids: none of the economy/society
# targets has an entry (econ.cooperatives_digital_share is coops applying digital
# technology, not communes having a coop). Results: "Số xã đạt chuẩn chỉ tiêu 8.4
# ... đến nay có 48/111 xã, đạt 43,2%" and "... chỉ tiêu số 15.2 ... có 50/111 xã,
# đạt 45,4%": two records each, the count (the denominator 111 no record, as
# set152's "60/86 thôn") and the share (spec: "số hóa 57.877 hồ sơ (đạt 99,1%)");
# ids society.communes_ict_criterion_share and
# society.communes_advanced_admin_criterion_share for the shares, null for the
# counts (the entries are shares). Results' year 2024: the page speaks of "nhiệm vụ
# trọng tâm năm 2024" as now under way, the only year it names (a judgement);
# pillar null (the paragraph "Chia sẻ về kết quả ..." names none). Not
# quantities: "8.4", "15.2" (the indicators' names), "một dịch vụ thiết yếu" (a
# word), "năm 2024".
# --------------------------------------------------------------------------
D01 = dict(name="01_lamdong-ntm-kinh-te-so-xa-hoi-so-2024", kind="result", year=2024, records=[
    R("ít nhất «70% xã", "xã có các hợp tác xã", ">=", 70, **T, year=None, pillar=ECO),
    R(", «70% cấp huyện",
      "cấp huyện có các mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực", ">=", 70, **T, year=None,
      pillar=ECO),
    R("và «50% các mô hình", "các mô hình liên kết gắn với vùng nguyên liệu có ứng dụng công nghệ số", ">=", 50,
      **T, year=None, pillar=ECO),
    R("ít nhất «40% đơn vị",
      "đơn vị (cấp xã, huyện) cung cấp ít nhất một dịch vụ thiết yếu và tổ chức lấy ý kiến phản hồi về sự hài lòng của người dân về kết quả xây dựng NTM thông qua ứng dụng trực tuyến",
      ">=", 40, **T, year=None, pillar=SOC),
    R("có «48/111 xã", "Số xã đạt chuẩn chỉ tiêu 8.4 về Thông tin và Truyền thông", "=", 48, **CNT),
    R("đạt «43,2%", "xã đạt chuẩn chỉ tiêu 8.4 về Thông tin và Truyền thông", "=", 43.2,
      iid="society.communes_ict_criterion_share"),
    R("có «50/111 xã", "số xã đạt chuẩn chỉ tiêu số 15.2 về Hành chính công theo Bộ tiêu chí quốc gia về xã NTM nâng cao",
      "=", 50, **CNT),
    R("đạt «45,4%", "xã đạt chuẩn chỉ tiêu số 15.2 về Hành chính công theo Bộ tiêu chí quốc gia về xã NTM nâng cao",
      "=", 45.4, iid="society.communes_advanced_admin_criterion_share"),
])

# --------------------------------------------------------------------------
# 02 Lâm Đồng, model new-rural communes and digital transformation (vietnamnet.vn;
# nothing cut; no date shown; the excerpt ends in "cơ sở hạ tầng chưa"). Results,
# counts of communes, each dated by the span it is stated for (the span's last
# year; a judgement): "giai đoạn 2020 - 2024, toàn tỉnh có 24 xã đáp ứng tiêu chí
# nông thôn mới kiểu mẫu" (2024), "năm 2020 - 2021, công nhận 9 xã nông thôn mới
# kiểu mẫu về công nghệ cao theo hướng thông minh, môi trường" (2021), "năm 2023 –
# 2024, tỉnh đã và đang hoàn thiện hồ sơ công nhận 15 xã nông thôn mới kiểu mẫu về
# chuyển đổi số, ..." (2024; a result under way, "đã và đang"). Ids null (the
# catalogue's society.smart_rural_communes_count counts "xã, thôn thông minh", not
# model new-rural communes). Pillar null. Not quantities: "tháng 6/2023", "2023 -
# 2025" (the plan's span), "8/20244" (a date, as printed), "Năm 2004", and the
# commune's make-up "với 7 thôn và có 14 dân tộc cùng sinh sống" (facts about a
# place, no value of an indicator; a judgement).
# --------------------------------------------------------------------------
D02 = dict(name="02_lamdong-ntm-kieu-mau-chuyen-doi-so-2024", kind="result", year=2024, records=[
    R("có «24 xã", "xã đáp ứng tiêu chí nông thôn mới kiểu mẫu trên các lĩnh vực", "=", 24, **CNT),
    R("công nhận «9 xã", "xã nông thôn mới kiểu mẫu về công nghệ cao theo hướng thông minh, môi trường được công nhận",
      "=", 9, **CNT, year=2021),
    R("công nhận «15 xã",
      "xã nông thôn mới kiểu mẫu về chuyển đổi số, công nghệ cao theo hướng thông minh, môi trường, giáo dục, sản xuất nông nghiệp hoàn thiện hồ sơ công nhận",
      "=", 15, **CNT),
])

# --------------------------------------------------------------------------
# 03 Pleiku (Gia Lai), the electronic-identification accounts of Đề án 06
# (baogialai.com.vn, AMP page; nothing cut; no date shown; the excerpt ends in
# "tính đến ngày 10-10-"). Year 2023 throughout (every date of the page is of
# 2023; the cut-off deadline "10-10-" is the "10-10-2023" of the first sentence).
# Results: "số người dân kích hoạt, sử dụng tài khoản định danh điện tử ... là
# 31.426 (trong đó, 5.310 tài khoản mức 1 và 26.116 tài khoản mức 2)": three
# counts, the bracket's breakdown by kind of account each with its own subject
# (spec); "chỉ đạt 16,96% so với chỉ tiêu 185.255 tài khoản": a completion rate
# against the quota (a share whose denominator is named, spec's "so với tổng số";
# as set46's "73,3% so với chỉ tiêu đề ra"), id null. Targets: the quota
# "185.255 tài khoản do Bộ Công an giao phải hoàn thành trước ngày 10-10-2023"
# and the wards' and communes' "chỉ tiêu phải hoàn thành là 153.829 tài khoản"
# (op ">=", a quota to reach; scope null, the wards and communes are the
# sentence's subject). The first sentence's spans start at "Hiện nay" (its
# subject stands before "TP. Pleiku", whose full stop would end the clause). Ids society.eid_accounts_activated_count for the accounts
# and the quotas. Pillar null. Not quantities: the dates, "407/KH- UBND",
# "673/KH-UBND", "1043/CV-BCĐ", "2022-2025", "năm 2030", "Đề án 06" (twice more),
# "mức độ 1, mức 2" (the levels' names).
# --------------------------------------------------------------------------
D03 = dict(name="03_pleiku-de-an-06-dinh-danh-2023", kind="result", year=2023, records=[
    R("Pleiku là «31.426", "số người dân kích hoạt, sử dụng tài khoản định danh điện tử trên địa bàn TP. Pleiku",
      "=", 31426, **CNT, iid=EID, start_at="Hiện nay"),
    R("«5.310 tài khoản", "tài khoản định danh điện tử mức 1 kích hoạt", "=", 5310, **CNT, iid=EID, start_at="Hiện nay"),
    R("«26.116 tài khoản", "tài khoản định danh điện tử mức 2 kích hoạt", "=", 26116, **CNT, iid=EID, start_at="Hiện nay"),
    R("đạt «16,96%", "tài khoản định danh điện tử kích hoạt so với chỉ tiêu", "=", 16.96, start_at="Hiện nay"),
    R("chỉ tiêu «185.255 tài khoản", "tài khoản định danh điện tử do Bộ Công an giao phải hoàn thành", ">=", 185255,
      **CNT, **T, iid=EID, start_at="Hiện nay"),
    R("là «153.829 tài khoản", "chỉ tiêu tài khoản định danh điện tử phải hoàn thành của các phường, xã", ">=",
      153829, **CNT, **T, iid=EID),
])

# --------------------------------------------------------------------------
# 04 Phan Thiết (Bình Thuận), the city's digital transformation of 2023
# (phanthiet.binhthuan.gov.vn, the city's portal; the page's lines are
# hard-wrapped, kept; cut: the photo caption "Chủ tịch UBND TP. Phan Thiết Phan
# Nguyễn Hoàng Tân kiểm" / "tra hệ thống IOC thành phố" (two lines); no date
# shown; the excerpt ends in "dịch vụ, phần mềm"). Results of 2023 ("Trong năm
# 2023"; "đến thời điểm hiện nay" takes the text's year). "xếp ở vị trí thứ 2/10
# huyện, thị xã, thành phố": a rank, op "=" (spec: "xếp vị trí thứ 21/63"), the
# province's ranking of its districts, id null (no district ranking entry).
# "100% cơ quan, đơn vị, địa phương triển khai, sử dụng hiệu quả phần mềm quản lý
# văn bản và điều hành" (egov.document_system_use_share). "triển khai thí điểm với
# 9 phân hệ": the IOC's subsystems, a count (city.ioc_services_count, sectors
# connected to the IOC; the nine are listed after it and are no records of their
# own). Pillar null (no heading; the paragraph on the IOC is no lead-in). Not
# quantities: "Nghị quyết số 10" (a document's number), "PTZ" (no number).
# --------------------------------------------------------------------------
D04 = dict(name="04_phanthiet-ket-qua-cds-2023", kind="result", year=2023, records=[
    R("thứ «2/10", "thành phố xếp ở vị trí thứ huyện, thị xã, thành phố về chuyển đổi số", "=", 2, **RANK),
    R("«100% cơ quan", "cơ quan, đơn vị, địa phương triển khai, sử dụng hiệu quả phần mềm quản lý văn bản và điều hành",
      "=", 100, iid="egov.document_system_use_share"),
    R("với «9 phân", "Trung tâm điều hành đô thị thông minh triển khai thí điểm phân hệ", "=", 9, **CNT,
      iid="city.ioc_services_count"),
])

# --------------------------------------------------------------------------
# 05 Phan Thiết (Bình Thuận), the city youth union's digital transformation in
# 2023 (phanthiet.binhthuan.dcs.vn, the city Party committee's site; nothing cut;
# no date shown; the excerpt ends in "ngày càng lấn sâu"). Results of 2023 ("năm
# 2023 là năm chuyển đổi số các hoạt động của đoàn"; "Đến nay"). "18/18 cơ sở
# đoàn phường xã đều xây dựng tổ công nghệ số cộng đồng": a count of the bases (the
# denominator 18 no record), id null (aware.community_digital_teams_count counts
# teams, aware.community_digital_teams_share villages with one). "ra mắt 02 Công
# trình số hóa Mã QR "Tháp nước Phan Thiết ..." và số hóa địa chỉ đỏ ...": a count
# (society.digitised_heritage_sites_count, historic sites digitised). Pillar null.
# Not quantities: "năm 2023" (the theme's year), "TNCS HCM" (a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_phanthiet-thanh-doan-cds-2023", kind="result", year=2023, records=[
    R("«18/18 cơ sở", "cơ sở đoàn phường xã xây dựng tổ công nghệ số cộng đồng", "=", 18, **CNT),
    R("mắt «02 Công trình", "Công trình số hóa Mã QR và số hóa địa chỉ đỏ ra mắt", "=", 2, **CNT,
      iid="society.digitised_heritage_sites_count"),
])

# --------------------------------------------------------------------------
# 06 Quảng Ngãi, digital transformation in its mountain districts (Sơn Tây
# district, Sơn Tân commune) (marimbapop.com, a copy of a news page with a
# gambling site's tags woven into its first lines; cut: the first line, the title
# with the tag "【kèo u23】" before it, and the second line, whose opening words
# run together with the tag ("Đồng thời,ảngNgãiChuyểnđổisố...kèo u23 xây dựng
# tỉnh Quảng Ngãi đến năm 2025, ..."), both as page furniture (the second line
# names no figure but the years 2025 and 2030); no date shown; the excerpt ends in
# "chỉ số cải cách hành c"). "Năm 2023, huyện Sơn Tây xếp thứ 2 trong bảng xếp
# hạng chỉ số cải cách hành chính của tỉnh": a rank, op "=", 2023, id null
# (rank.par_index is the province's national rank; this is a district's place in
# the province's table). "Trong 10 tháng năm 2024, huyện tiếp nhận 5.254 hồ sơ"
# (2024; egov.applications_received_count). "tỷ lệ số hóa hồ sơ khi tiếp nhận và
# số hóa kết quả giải quyết đạt gần 100%": op "~" (spec: "gần"), 2024,
# egov.digitised_procedure_results_share. "Năm 2023, xã đứng thứ 2 trong bảng xếp
# hạng chỉ số cải cách hành c[hính]": a rank at the cut-off end, recorded with the
# wording as far as it goes (set157's "100% cán bộ, công ch"), 2023, id null. NOT:
# "Xã Sơn Tân có trên 90% dân số là đồng bào dân tộc Ca Dong" (the commune's
# population, no value of an indicator; a judgement). Not quantities: "1719" (the
# programme's name), "10 tháng" (the period of the count). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangngai-son-tay-cds-2024", kind="result", year=2024, NOT=["trên «90% dân số"], records=[
    R("xếp thứ «2 trong", "huyện Sơn Tây xếp thứ trong bảng xếp hạng chỉ số cải cách hành chính của tỉnh", "=", 2,
      **RANK, year=2023),
    R("nhận «5.254 hồ sơ", "huyện tiếp nhận hồ sơ", "=", 5254, **CNT, iid="egov.applications_received_count"),
    R("gần «100%", "tỷ lệ số hóa hồ sơ khi tiếp nhận và số hóa kết quả giải quyết", "~", 100,
      iid="egov.digitised_procedure_results_share"),
    R("đứng thứ «2 trong", "xã đứng thứ trong bảng xếp hạng chỉ số cải cách hành c", "=", 2, **RANK, year=2023),
])

# --------------------------------------------------------------------------
# 07 Đắk Lắk, digital infrastructure in 2024 (vietnamnet.vn; cut: the photo
# caption "Trung tâm giám sát điều hành đô thị thông minh (IOC) đi vào hoạt động,
# ... Ảnh: LM" with the blank line after it; no date shown; the excerpt ends in
# "chính thức đ"). A precision text: no figure is a quantity. Not quantities:
# "Năm 2024", "31/12/2019" (a date), "3962/QĐ-UBND" (a document's number),
# "(phiên bản 2.0)" (a version's name).
# --------------------------------------------------------------------------
D07 = dict(name="07_daklak-ha-tang-so-2024-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 Mỹ Hòa Hưng commune (Long Xuyên, An Giang), a smart new-rural commune
# (longxuyen.angiang.gov.vn, the city's portal; nothing cut; no date shown; the
# excerpt ends in "các điểm công c"). A precision text: "năm 2015", "năm 2020"
# (the years of its titles), "5 tiêu chí và 26 chỉ tiêu xã nông thôn mới thông
# minh" (the parts of the criteria set, spec: "gồm 9 chỉ số chính với 98 chỉ số
# thành phần"), "(3G/4G)" (names). No record.
# --------------------------------------------------------------------------
D08 = dict(name="08_angiang-my-hoa-hung-ntm-thong-minh-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set164).

Copied from set163's builder (itself from set161's, set159's, set157's, set155's, set153's,
set151's, set149's, set147's, set69's, set47's, ... and the seeds'). Each record is written by
hand below; its anchor is never typed in. A record names a locator: a piece of the text with «
just before the number. The locator (without «) must occur exactly once in the text; the anchor
is where « stands. `start`/`end` (the clause that states the quantity) are computed as in the
seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: a change against an earlier value, a
difference between two units, a class boundary); check_gold.py verifies that every percentage
has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see
README). As in set10-set163, the id is given in the record itself (`iid=`).

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


PT = dict(unit="other", unit_text="điểm")

# --------------------------------------------------------------------------
# 01 Hải Dương, the province's own DTI of its departments and districts for 2023
# (baohaiduong.vn; cut: the category line "Chuyển đổi số", the byline "VN
# 02/04/2024 10:35" (written as the first line "date 2024-04-02"), the image names
# "danh-gia-chi-so1.jpg", "xep-hang-so5.jpg" and the captions "Kết quả đánh giá chỉ
# số chuyển đổi số của các sở, ban, ngành", "Xếp hạng chuyển đổi số cấp sở", each
# with its blank line). Year 2023 (the assessment "năm 2023"). Pillar null: no
# heading; the criteria named in the list ("nhận thức số", "nhân lực số", "an toàn
# thông tin") are the subjects of the scores, not headings or lead-ins. The page is
# about one unit, the Board of Industrial Parks (last of the departments): its total
# "326,85/500 điểm" and its scores and ranks per criterion ("đạt 40/50 điểm, xếp nhóm
# 3/3", "đạt 18,5/50 điểm, xếp thứ 6/17", ...): each score a record (other/điểm, the
# maximum after the slash not recorded), each place a rank result ("xếp nhóm 3/3", the
# third of three groups, rank "=" 3: a judgement). Ids null: a department's score, not
# the provincial DTI (set13's rule). No `place`: a department is not a province or
# commune. Not quantities: "19 sở, ban, ngành và 12 huyện, thành phố, thị xã tham gia
# đánh giá" and "2 đơn vị này" (the units that take part in the assessment, as the
# spec's participants of an event), "kém 119,41 điểm" (the gap to the leader: a
# difference, as a change against an earlier value), "6 tiêu chí, tổng 500 điểm" (the
# index's structure, as "9 chỉ số chính"), dates.
# --------------------------------------------------------------------------
BQL = "Ban Quản lý các khu công nghiệp tỉnh "
D01 = dict(name="01_haiduong-dti-so-nganh-2023", kind="result", year=2023, records=[
    R("với «326,85/500 điểm", BQL + "đứng cuối bảng xếp hạng cấp sở, ngành", "=", 326.85, **PT),
    R("nhận thức số đạt «40/50 điểm", "tiêu chí nhận thức số đạt điểm", "=", 40, **PT),
    R("xếp nhóm «3/3", "tiêu chí nhận thức số xếp nhóm", "=", 3, **RANK),
    R("nhân lực số đạt «18,5/50", "tiêu chí nhân lực số đạt điểm", "=", 18.5, **PT),
    R("xếp thứ «6/17", "tiêu chí nhân lực số xếp thứ", "=", 6, **RANK),
    R("an toàn thông tin đạt «33,65/100", "tiêu chí an toàn thông tin đạt điểm", "=", 33.65, **PT),
    R("xếp thứ «15/17", "tiêu chí an toàn thông tin xếp thứ", "=", 15, **RANK),
    R("hoạt động chuyển đổi số đạt «124,7/200", "tiêu chí hoạt động chuyển đổi số đạt điểm", "=", 124.7, **PT),
    R("xếp thứ «17/17", "tiêu chí hoạt động chuyển đổi số xếp thứ", "=", 17, **RANK),
])

# --------------------------------------------------------------------------
# 02 Quảng Ngãi, the Department of Information and Communications' page on the PAR
# INDEX 2021 (stttt.quangngai.gov.vn; cut: the widget line "Truy cập nội dung luôn",
# the date line "25/05/2022 11:17    132" (date and view count; written as the first
# line "date 2022-05-25"); the excerpt ends in "B"). Year 2021 (the index "năm
# 2021"); the earlier place "Từ vị trí 63 của năm 2020" is a rank result of 2020 (a
# stated value of its own year; only the change "tăng 24 bậc" is left out). Pillar
# null. The province's own: rank 39 (rank.par_index) and "86.45%"
# (rank.par_index_score; decimal point read as written, "86.45%" is 86.45). The other
# provinces' figures carry `place` (Hải Phòng, Quảng Ninh, Đà Nẵng, Thừa Thiên Huế,
# Vĩnh Phúc, Kiên Giang) and the same ids: each value and each place a record; "trong
# tốp 5 địa phương dẫn đầu", "lọt nhóm 5 địa phương dẫn đầu": rank "<=" 5 (spec:
# "nằm trong tốp 10"), beside the exact places 3 and 5 stated after them. The
# provinces' average "đạt 86.37%": a result, no place (the text names none), id null
# (an average, not one province's index). NOT: "tăng 13,2% so với năm 2020", "cao hơn
# 0.66% so với đơn vị xếp vị trí thứ 2", "cao hơn 2.65% so với năm 2020" (changes and
# differences), "dưới 80%" (the class boundary Kiên Giang alone falls under, after its
# value 79.97%: a judgement). Not quantities: "tăng 24 bậc" (title and text), "sau 2
# năm vắng bóng" (a duration), "25/5", years.
# --------------------------------------------------------------------------
PARQ = "chỉ số PAR INDEX "
D02 = dict(name="02_quangngai-par-index-2021", kind="result", year=2021, records=[
    R("Từ vị trí «63 của năm 2020", "vị trí chỉ số PAR INDEX của tỉnh Quảng Ngãi", "=", 63, **RANK, year=2020,
      iid="rank.par_index"),
    R("vị trí thứ «39/63", "chỉ số PAR INDEX của tỉnh Quảng Ngãi năm 2021 đứng ở vị trí", "=", 39, **RANK,
      iid="rank.par_index"),
    R("Quảng Ngãi đạt «86.45%", "chỉ số PAR INDEX của tỉnh Quảng Ngãi", "=", 86.45, iid="rank.par_index_score"),
    R("kết quả đạt «91.80%", "thành phố Hải Phòng lần đầu tiên bứt phá lên ngôi vị quán quân, với kết quả " + PARQ.strip(),
      "=", 91.8, place="Hải Phòng", iid="rank.par_index_score"),
    R("xếp vị trí thứ «2 là Quảng Ninh", "đơn vị xếp vị trí chỉ số PAR INDEX", "=", 2, **RANK, place="Quảng Ninh",
      iid="rank.par_index"),
    R("(đạt «91.14%)", "Quảng Ninh " + PARQ + "đạt", "=", 91.14, place="Quảng Ninh", iid="rank.par_index_score"),
    R("trong tốp «5 địa phương", "Thành phố Đà Nẵng đã có sự trở lại ấn tượng trong tốp địa phương dẫn đầu", "<=", 5,
      **RANK, place="Đà Nẵng", iid="rank.par_index"),
    R("đạt «90.25% xếp", "Thành phố Đà Nẵng " + PARQ + "đạt", "=", 90.25, place="Đà Nẵng", iid="rank.par_index_score"),
    R("xếp vị trí thứ «3. Thừa", "Thành phố Đà Nẵng xếp vị trí", "=", 3, **RANK, place="Đà Nẵng", iid="rank.par_index"),
    R("PAR INDEX đạt «89.32%", "Thừa Thiên Huế với kết quả chỉ số PAR INDEX", "=", 89.32, place="Thừa Thiên Huế",
      iid="rank.par_index_score"),
    R("xếp vị trí thứ «4.", "Thừa Thiên Huế xếp vị trí", "=", 4, **RANK, place="Thừa Thiên Huế", iid="rank.par_index"),
    R("lọt nhóm «5 địa phương", "Vĩnh Phúc cũng có lần đầu tiên lọt nhóm địa phương dẫn đầu", "<=", 5, **RANK,
      place="Vĩnh Phúc", iid="rank.par_index"),
    R("năm 2021 đạt «89.28%", "Vĩnh Phúc với kết quả " + PARQ.strip(), "=", 89.28, place="Vĩnh Phúc",
      iid="rank.par_index_score"),
    R("xếp vị trí thứ «5. Đứng", "Vĩnh Phúc xếp vị trí", "=", 5, **RANK, place="Vĩnh Phúc", iid="rank.par_index"),
    R("Kiên Giang, đạt «79.97%", "Đứng cuối bảng xếp hạng chỉ số PAR INDEX năm 2021 là tỉnh Kiên Giang", "=", 79.97,
      place="Kiên Giang", iid="rank.par_index_score"),
    R("từ trước đến nay, đạt «86.37%", "chỉ số PAR INDEX của các tỉnh, thành phố có giá trị trung bình", "=", 86.37),
], NOT=["tăng «13,2% so", "cao hơn «0.66% so", "INDEX dưới «80%", "cao hơn «2.65% so"])

# --------------------------------------------------------------------------
# 03 Đồng Nai, the provincial paper's report of the PAR INDEX 2022 (baodongnai.com.vn;
# cut: the photo caption "Người dân xã Quang Trung (H.Thống Nhất) nhận kết quả giải
# quyết thủ tục hành chính |", the byline "Công Nghĩa"; the page's lead sentence
# stands twice, as returned; no date line in the excerpt). Year 2022 ("năm 2022").
# Pillar null. "X% điểm" is a percentage (unit %). The ministries' values (Ngân hàng
# Nhà nước, Bộ Tư pháp, Bộ Tài chính): results, no `place` (a ministry is not a
# province), ids null; their places "đứng đầu", "thứ nhì", "thứ ba" are words, no
# number. The provinces' values with `place` (Quảng Ninh, Hải Phòng, Hà Nội) and
# rank.par_index_score. Đồng Nai's own: "82,92% điểm" (rank.par_index_score), "đứng
# thứ 51/63" and, in the closing summary, "đứng ở vị trí 51/63" (two records: each
# statement is one; rank.par_index), "Chỉ số PCI năm 2022 Đồng Nai đứng thứ 29/63"
# (rank.pci). Not quantities: "tăng được 4 bậc" (a change), "cả 3 chỉ số" (which
# indices were published), "Ngày19-4".
# --------------------------------------------------------------------------
D03 = dict(name="03_dongnai-par-index-2022", kind="result", year=2022, records=[
    R("Việt Nam («91,77% điểm)", "xếp hạng các bộ, ngành, đứng đầu là Ngân hàng Nhà nước Việt Nam", "=", 91.77),
    R("Bộ Tư pháp («90,63% điểm)", "xếp thứ nhì Bộ Tư pháp", "=", 90.63),
    R("Bộ Tài chính («89,76% điểm)", "xếp thứ ba là Bộ Tài chính", "=", 89.76),
    R("Quảng Ninh («90,10% điểm)", "xếp hạng PAR Index năm 2022 các tỉnh, thành phố thì đứng đầu vẫn là tỉnh Quảng Ninh",
      "=", 90.1, place="Quảng Ninh", iid="rank.par_index_score"),
    R("Hải Phòng («90,09% điểm)", "xếp ở vị trí thứ hai là TP.Hải Phòng", "=", 90.09, place="Hải Phòng",
      iid="rank.par_index_score"),
    R("Hà Nội («89,58% điểm)", "xếp thứ ba là TP.Hà Nội", "=", 89.58, place="Hà Nội", iid="rank.par_index_score"),
    R("Đồng Nai đạt «82,92% điểm", "Xếp hạng PAR index năm 2022, Đồng Nai đạt", "=", 82.92, iid="rank.par_index_score"),
    R("đứng thứ «51/63", "Xếp hạng PAR index năm 2022, Đồng Nai đứng thứ", "=", 51, **RANK, iid="rank.par_index"),
    R("đứng thứ «29/63", "Chỉ số PCI năm 2022 Đồng Nai đứng thứ", "=", 29, **RANK, iid="rank.pci"),
    R("vị trí «51/63", "PAR Index đứng ở vị trí", "=", 51, **RANK, iid="rank.par_index"),
])

# --------------------------------------------------------------------------
# 04 Bà Rịa - Vũng Tàu, the provincial paper on the instruction to improve the PAR
# INDEX and SIPAS of 2022 (baobariavungtau.com.vn; the crawler's stamp " date 2022-08"
# opens the first line, kept as returned; cut: the byline "NHUNG VŨ"). The results
# are of "năm 2021" (year 2021; the SIPAS clause shares the sentence). Pillar null.
# "đạt 87,61 điểm" (the PAR INDEX in points: other/điểm, id null, as the earlier sets:
# rank.par_index_score is in %), "xếp thứ 16/63" (rank.par_index), SIPAS "đạt
# 86,72%" (rank.sipas), "xếp hạng 38/63" (the SIPAS rank: id null, the catalogue's
# rank.sipas is the percentage). NOT: "tăng 2,87% so với năm 2020". Not quantities:
# "tăng 1,59 điểm so với năm 2020", "giảm 7 bậc", "tăng 4 bậc" (changes), "9228/UBND-VP".
# The improvement asked for 2022 states no figure: no target.
# --------------------------------------------------------------------------
D04 = dict(name="04_bariavungtau-par-sipas-2021", kind="result", year=2021, records=[
    R("của tỉnh đạt «87,61 điểm", "Chỉ số cải cách hành chính (PAR INDEX) năm 2021 của tỉnh", "=", 87.61, **PT),
    R("xếp thứ «16/63", "Chỉ số cải cách hành chính (PAR INDEX) năm 2021 của tỉnh xếp thứ", "=", 16, **RANK,
      iid="rank.par_index"),
    R("nhà nước đạt «86,72%", "Chỉ số hài lòng của người dân, tổ chức (SIPAS) đối với sự phục vụ của cơ quan hành chính nhà nước",
      "=", 86.72, iid="rank.sipas"),
    R("xếp hạng «38/63", "Chỉ số hài lòng của người dân, tổ chức (SIPAS) xếp hạng", "=", 38, **RANK),
], NOT=["tăng «2,87% so"])

# --------------------------------------------------------------------------
# 05 Bình Định, the provincial paper on the plan to improve PCI, PAPI, SIPAS and PAR
# INDEX in 2023 (baobinhdinh.vn; no cut; no byline or date line in the excerpt, the
# text's "Ngày 8.6" stays; the excerpt ends in "Yêu cầu quan trọng đặt ra l"). Targets
# of 2023 ("năm 2023"). Pillar null. A target place in a ranking reads as "<=" (at
# that place or better), as every target rank of the earlier sets (83 of 84 "<=", one
# between): "xếp 20/63", "3/14 tỉnh vùng ...", "vị trí 5/14", "nằm trong nhóm 20/63",
# "nhóm 25 địa phương dẫn đầu"; "xếp vị trí 10 - 15/63" is one between record (10-15).
# "điểm số PCI đạt trên 68,5 điểm": ">" 68.5 other/điểm (rank.pci_score); SIPAS "đạt
# từ 85% trở lên" (rank.sipas), PAR INDEX "đạt từ 87% trở lên"
# (rank.par_index_score): ">=". Ids: rank.pci for the PCI's national place,
# rank.par_index for the PAR INDEX's; null for the regional places (the catalogue's
# ranks are national), the PAPI's place (rank.papi_e_governance is the e-governance
# score) and the SIPAS's place (rank.sipas is the percentage). Not quantities: "Ngày
# 8.6" (a date), "năm 2023".
# --------------------------------------------------------------------------
REG = " tỉnh vùng Bắc Trung bộ và Duyên hải miền Trung"
D05 = dict(name="05_binhdinh-ke-hoach-pci-papi-sipas-par-2023", kind="target", year=2023, records=[
    R("PCI đạt trên «68,5 điểm", "điểm số PCI", ">", 68.5, **PT, iid="rank.pci_score"),
    R("xếp vị trí «10 - 15/63", "Chỉ số PCI xếp vị trí tỉnh, thành phố trên cả nước", "between", 10, **RANK,
      value_max=15, iid="rank.pci"),
    R("cả nước, «3/14 tỉnh", "Chỉ số PCI xếp vị trí" + REG, "<=", 3, **RANK),
    R("xếp «20/63 tỉnh", "Chỉ số PAPI năm 2023 xếp tỉnh, thành phố cả nước", "<=", 20, **RANK),
    R("cả nước, «5/14 tỉnh", "Chỉ số PAPI xếp" + REG, "<=", 5, **RANK),
    R("đạt từ «85% trở lên", "kết quả Chỉ số SIPAS năm 2023", ">=", 85, iid="rank.sipas"),
    R("nhóm «20/63 địa phương", "Chỉ số SIPAS nằm trong nhóm địa phương dẫn đầu cả nước", "<=", 20, **RANK),
    R("20/63 địa phương dẫn đầu cả nước, vị trí «5/14", "Chỉ số SIPAS vị trí" + REG, "<=", 5, **RANK),
    R("đạt từ «87% trở lên", "kết quả Chỉ số PAR INDEX năm 2023", ">=", 87, iid="rank.par_index_score"),
    R("nhóm «25 địa phương", "Chỉ số PAR INDEX nằm trong nhóm địa phương dẫn đầu cả nước", "<=", 25, **RANK,
      iid="rank.par_index"),
    R("25 địa phương dẫn đầu cả nước, vị trí «5/14", "Chỉ số PAR INDEX vị trí" + REG, "<=", 5, **RANK),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Phúc, the provincial portal's notice of the Ministry's assessment of IT
# application for 2019 (vinhphuc.gov.vn; cut: the date line "12/11/2020" (written as
# the first line "date 2020-11-12"), the widget lines "Xem chi tiết báo cáo đánh giá
# tại đây.", "Các tin đã đưa ngày:"). One record: "vươn lên xếp vị trí thứ 6 cả
# nước" in the category "ứng dụng CNTT trong hoạt động của cơ quan", a rank result of
# 2019 (the assessment's year; the notice is of 2020). Id null: the Ministry's
# assessment of IT application, not the Vietnam ICT Index (rank.ict_it_application).
# Pillar null. Not quantities: "6 hạng mục" twice (the assessment's structure), "2
# hạng mục ... được cải thiện vị trí xếp hạng" (how many categories improved: a change),
# "tăng 33 bậc" (a change), dates.
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhphuc-ung-dung-cntt-2019", kind="result", year=2019, records=[
    R("xếp vị trí thứ «6 cả nước", "hạng mục ứng dụng CNTT trong hoạt động của cơ quan, Vĩnh Phúc xếp vị trí cả nước",
      "=", 6, **RANK),
])

# --------------------------------------------------------------------------
# 07 Phú Thọ, Decision 10/QĐ-UBND of 03/01/2024 announcing the DTI results of the
# province's agencies for 2023, as a legal-text site shows its opening
# (thuvienphapluat.vn; cut: the site's widget lines "Từ khoá: Số Hiệu, Tiêu đề hoặc
# Nội dung ngắn gọn của Văn Bản...", "Đăng nhập", "Đang tải văn bản...", each with its
# blank line; the excerpt ends in "tại Tờ trình "). A precision text: the excerpt
# reaches only the title and the grounds ("Căn cứ ..."), not the results. Not
# quantities: the document numbers (10/QĐ-UBND, 922/QĐ-BTTTT, 2348/QĐ-UBND,
# 2953/QĐ-UBND), dates, "2021 - 2025", "năm 2030", "năm 2023".
# --------------------------------------------------------------------------
D07 = dict(name="07_phutho-qd10-cong-bo-dti-2023-precision", kind="result", year=2023, records=[])

# --------------------------------------------------------------------------
# 08 Quảng Ngãi, Decision 104/QĐ-UBND of 07/02/2023 issuing the province's DTI for its
# departments, districts and communes, as a legal-text site shows its opening
# (hethongphapluat.vn; cut: the site's name line "Hệ thống pháp luật" with its blank
# line; the excerpt ends in "là căn cứ để các sở, "). A precision text: grounds and
# Article 1, no figure. Not quantities: the document numbers (104/QĐ-UBND,
# 64/2007/NĐ-CP, 749/QĐ-TTg, 942/QĐ-TTg, 922/QĐ-BTTTT, 88/TTr-STTTT), dates, "Điều 1",
# "2021-2025", "năm 2025", "năm 2030".
# --------------------------------------------------------------------------
D08 = dict(name="08_quangngai-qd104-bo-chi-so-dti-2023-precision", kind="target", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

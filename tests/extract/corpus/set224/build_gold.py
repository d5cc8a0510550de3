#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set224).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: the make-up of a sector, a change against
an earlier quarter); check_gold.py verifies that every percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The theme of this set is the support of business digital transformation and innovation: start-up
ecosystem plans (01, 02), cooperatives' e-commerce (03), the provincial innovation index (04), the
SME digital-transformation scheme and programme (05, 06), science and start-up news (07-12).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import functools
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, RANK, T, ECO  # noqa: E402

PTS = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
TGT = functools.partial(R, kind="target")  # a target among a document's results (05, 12)
PII_SCORE = "rank.pii_score"
PII_RANK = "rank.pii_rank"
GII = "rank.wipo_gii"
SMEDX = "econ.smedx_enterprises_count"
SME_PLAT = "econ.sme_digital_platforms_count"
DE_GDP = "econ.digital_economy_gdp_share"

# --------------------------------------------------------------------------
# 01 Quảng Ngãi, the province's plan "Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Quảng Ngãi,
# giai đoạn 2020 - 2025" (dantri.com.vn; the byline "Thứ tư, 08/01/2020 - 13:47" written as the first
# line `date 2020-01-08`; the source label "Dân trí" cut with the blank line after it; the excerpt
# ends in "trong v"). Kind target, year 2025 (the period's last year, as the earlier sets read "giai
# đoạn 2021-2025"). Bare numbers of a plan read as `>=` (spec); "ít nhất" `>=`. "100 ý tưởng khởi
# nghiệp sáng tạo" is stated five times: the title, the lead, the body and the two photo captions
# under the picture ("Quảng Ngãi:  Hỗ trợ phát triển 100 ý tưởng ... - 1" and "Giai đoạn 2020 - 2025,
# tỉnh Quảng Ngãi sẽ hỗ trợ ..."): a record at each place (set184's rule for a value restated in a
# title or caption). "100% trường cao đẳng, đại học, 50 % các trường phổ thông trung học": two
# records, each its own subject (kinds of school, not administrative levels: scope null). Not
# quantities: "2020 - 2025" (a period), the caption's "- 1" (the picture's number), "(đã có sản
# phẩm)" (no number). Pillar null (no heading names a pillar). Ids null (the catalogue has no
# start-up indicator).
# --------------------------------------------------------------------------
IDEAS = "hỗ trợ phát triển ý tưởng khởi nghiệp sáng tạo"
D01 = dict(name="01_quangngai-ho-tro-khoi-nghiep-dmst-2020", kind="target", year=2025, records=[
    R("Ngãi: Hỗ trợ phát triển «100 ý tưởng", IDEAS, ">=", 100, **CNT),
    R("Tỉnh Quảng Ngãi hỗ trợ phát triển «100 ý tưởng", IDEAS, ">=", 100, **CNT),
    R("tỉnh Quảng Ngãi hỗ trợ phát triển «100 ý tưởng khởi nghiệp sáng tạo, trong", IDEAS, ">=", 100, **CNT),
    R("có «50 dự án", "hỗ trợ phát triển dự án khởi nghiệp đổi mới sáng tạo (đã có sản phẩm)", ">=", 50,
      **CNT),
    R("ít nhất «20 doanh nghiệp", "thúc đẩy, hỗ trợ phát triển doanh nghiệp khởi nghiệp đổi mới sáng tạo",
      ">=", 20, **CNT),
    R("Ngãi:  Hỗ trợ phát triển «100 ý tưởng", IDEAS, ">=", 100, **CNT),
    R("sẽ hỗ trợ phát triển «100 ý tưởng", IDEAS, ">=", 100, **CNT),
    R("này, «100% trường", "trường cao đẳng, đại học xây dựng kế hoạch triển khai hoạt động hỗ trợ học sinh, "
      "sinh viên khởi nghiệp đổi mới sáng tạo", ">=", 100),
    R("đại học, «50 % các", "trường phổ thông trung học xây dựng kế hoạch triển khai hoạt động hỗ trợ học sinh, "
      "sinh viên khởi nghiệp đổi mới sáng tạo", ">=", 50),
])

# --------------------------------------------------------------------------
# 02 Hồ Chí Minh City, the plan implementing the city's start-up ecosystem scheme for 2021-2025 in
# 2022 (kinhdoanhvagiaoduc.com; cut: the photo caption "Sinh viên tham gia một sự kiện về khởi
# nghiệp"; no byline, no stamp). Kind target. "tỷ trọng đóng góp của năng suất các nhân tố tổng hợp
# (TFP) vào GRDP đến năm 2025 đạt từ 45-50%": between 45 and 50, year 2025 (its own). The "mục tiêu
# cụ thể" (600 doanh nghiệp, 200 dự án, 20 doanh nghiệp) name no year: the plan's "trong năm 2022"
# (spec: the year inferred from the document; a judgement, the scheme's period being 2021-2025).
# Bare numbers `>=`. Not quantities: "2021-2025" (a period). Pillar null. Ids null.
# --------------------------------------------------------------------------
D02 = dict(name="02_tphcm-de-an-khoi-nghiep-dmst-2022", kind="target", year=2022, records=[
    R("đạt từ «45-50%", "tỷ trọng đóng góp của năng suất các nhân tố tổng hợp (TFP) vào GRDP", "between", 45,
      value_max=50, year=2025),
    R("cho «600 doanh nghiệp", "hỗ trợ nâng cao năng lực đổi mới sáng tạo cho doanh nghiệp", ">=", 600, **CNT),
    R("phát triển «200 dự án", "hỗ trợ ươm tạo, phát triển dự án khởi nghiệp đổi mới sáng tạo", ">=", 200,
      **CNT),
    R("phát triển «20 doanh nghiệp", "hỗ trợ phát triển doanh nghiệp khởi nghiệp đổi mới sáng tạo tiếp cận nguồn "
      "vốn đầu tư mạo hiểm", ">=", 20, **CNT),
])

# --------------------------------------------------------------------------
# 03 Yên Bái, cooperatives of the ethnic-minority and mountain areas going digital; the assessment of
# their e-commerce index (vietnamnet.vn; nothing cut; no byline, no stamp, no year in the text: year
# null; the excerpt ends in "hiện trạng s"). Results, unit other, unit_text "điểm": the average
# e-commerce index of the cooperatives (1,25), its highest component (1,37, communication with
# customers in the digital environment) and its lowest (1,2, the share of e-commerce revenue). Not
# quantities: "5.397 tổ hợp tác và 727 hợp tác xã" (the size of the cooperative sector, set185's
# "68.000 doanh nghiệp hoạt động"); NOT: "chiếm 19%", "chiếm 22%" (the make-up of the cooperative
# sector: women-led cooperatives, cooperatives led by ethnic minorities; an earlier set's "HTX Nông
# nghiệp (chiếm 75%)"). Pillar null. Ids null (the catalogue's cooperative indicator is a share of
# cooperatives applying digital technology, not an index score).
# --------------------------------------------------------------------------
D03 = dict(name="03_yenbai-htx-chuyen-doi-so-tmdt", kind="result", year=None, records=[
    R("hợp tác xã là «1,25 điểm", "điểm trung bình chỉ số thương mại điện tử của các hợp tác xã", "=", 1.25,
      **PTS),
    R("cao nhất đạt «1,37 điểm", "điểm thành phần cao nhất: chỉ số mức độ giao tiếp với khách hàng qua môi "
      "trường số", "=", 1.37, **PTS),
    R("thấp nhất đạt «1,2 điểm", "chỉ số tỷ lệ doanh thu của mảng thương mại điện tử của hợp tác xã", "=", 1.2,
      **PTS),
], NOT=["chiếm «19%", "chiếm «22%"])

# --------------------------------------------------------------------------
# 04 The provincial innovation index PII 2025 and its five leading localities (cafef.vn; the stamp
# " date 2025-10-01" written as the first line, the rest of that line (the photo caption "Vinh danh
# TOP 5 ... (Ảnh: ...)", a caption that states a figure) kept on the second; cut: the caption
# without a figure "Kết quả Chỉ số đổi mới sáng tạo cấp địa phương (PII) năm 2025 (Ảnh: ...)" with
# the blank line after it; the excerpt ends in "7 chỉ số th"). Results of 2025 (PII 2025), each
# value with `place` the locality it belongs to (a national page: no province of its own). "TOP 5
# địa phương dẫn đầu" three times (the caption, the lead, the list "gồm: Hà Nội, ..., Thành phố
# Huế"): rank `<=` 5 at each place (spec: a group, not a place; restated values recorded at each
# place), no place (five localities). The scores are written with a decimal point ("65.68",
# "59.33", "58.41": two digits after the dot, no thousands group): 65.68 etc., unit other,
# unit_text "điểm" ("điểm số PII là ..."). "18/52 chỉ số thành phần đứng đầu cả nước", "13/52":
# counts (the denominators are the index's 52 components, spec's parts of an index: not records).
# Quảng Ninh "liên tiếp nằm trong TOP 10 Chỉ số PII trong năm 2023 và 2024": rank `<=` 10, one value
# for two years, year null (an earlier set's "top 5" spanning 2021-2024); "vươn vào TOP 3": rank `<=`
# 3 (2025); "với 7 chỉ số th[ành phần]" (count, the excerpt's end). Not quantities: "3 năm liên tiếp"
# (a duration), "vị trí thứ nhất", "thứ hai", "thứ ba" (no digit), "2025", "2023 và 2024" (years).
# Pillar null (no heading). Ids: PII_RANK for the groups, PII_SCORE for the scores; the counts of
# leading components null.
# --------------------------------------------------------------------------
TOP5 = "địa phương dẫn đầu Chỉ số Đổi mới sáng tạo cấp địa phương (PII)"
D04 = dict(name="04_toanquoc-chi-so-pii-dia-phuong-2025", kind="result", year=2025, records=[
    R("Vinh danh TOP «5", TOP5, "<=", 5, **RANK, iid=PII_RANK),
    R("và vinh danh TOP «5", TOP5, "<=", 5, **RANK, iid=PII_RANK),
    R("2025, TOP «5 địa phương dẫn đầu cả nước", "địa phương dẫn đầu cả nước về đổi mới sáng tạo (PII 2025): Hà "
      "Nội, TP. Hồ Chí Minh, Quảng Ninh, Hải Phòng và Thành phố Huế", "<=", 5, **RANK, iid=PII_RANK),
    R("PII là «65.68", "điểm số PII", "=", 65.68, **PTS, place="Hà Nội", iid=PII_SCORE),
    R("với «18/52", "chỉ số thành phần đứng đầu cả nước", "=", 18, **CNT, place="Hà Nội"),
    R("2025 là «59.33", "điểm số PII", "=", 59.33, **PTS, place="TP. Hồ Chí Minh", iid=PII_SCORE),
    R("có «13/52", "chỉ số thành phần đứng đầu cả nước", "=", 13, **CNT, place="TP. Hồ Chí Minh"),
    R("trong TOP «10 Chỉ số PII", "nằm trong TOP Chỉ số PII", "<=", 10, **RANK, year=None, place="Quảng Ninh",
      iid=PII_RANK),
    R("vươn vào TOP «3", "địa phương dẫn đầu Chỉ số PII", "<=", 3, **RANK, place="Quảng Ninh", iid=PII_RANK),
    R("PII là «58.41", "điểm số PII", "=", 58.41, **PTS, place="Quảng Ninh", iid=PII_SCORE),
    R("với «7 chỉ số th", "chỉ số thành phần đứng đầu cả nước", "=", 7, **CNT, place="Quảng Ninh"),
])

# --------------------------------------------------------------------------
# 05 The draft national scheme for business digital transformation (aitv.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "theo nguyên t"). Result of the 2024 survey: "chỉ khoảng 30 – 40%
# doanh nghiệp trong nhóm này đã triển khai một số hình thức chuyển đổi số" (between 30 and 40, one
# range stated once, year 2024). Targets of the draft scheme ("đề xuất ... hỗ trợ 50.000 DNNVV có
# hoạt động đổi mới sáng tạo, 5.000 doanh nghiệp công nghệ chuyên biệt, 500 doanh nghiệp công nghệ
# xuất sắc"): three counts, `>=` (bare numbers of a plan), year null (the draft names no year; the
# page no date). Not quantities: "gần 1 triệu doanh nghiệp", "940.000 doanh nghiệp nhỏ và vừa",
# "hơn 33.000 hợp tác xã", "5,5 triệu hộ kinh doanh" (the size of the business sector, set185);
# "3 chương trình" (the scheme's programmes, spec's counts of tasks). NOT: "khoảng 45% GDP", "trên
# 60% lực lượng lao động" (the sector's share of the economy and of the workforce: the make-up of
# the economy, no target or result of the transformation). Pillar null. Ids null (the supported
# SMEs are SMEs "có hoạt động đổi mới sáng tạo", not the catalogue's SMEs supported in digital
# transformation; a judgement).
# --------------------------------------------------------------------------
D05 = dict(name="05_toanquoc-de-an-cds-doanh-nghiep-nho-va-vua-2024", kind="result", year=None, records=[
    R("chỉ khoảng «30 – 40%", "doanh nghiệp nhỏ và vừa, hợp tác xã, hộ kinh doanh đã triển khai một số hình thức "
      "chuyển đổi số", "between", 30, value_max=40, year=2024),
    TGT("hỗ trợ «50.000 DNNVV", "hỗ trợ DNNVV có hoạt động đổi mới sáng tạo", ">=", 50000, **CNT),
    TGT("«5.000 doanh nghiệp công nghệ chuyên biệt", "hỗ trợ doanh nghiệp công nghệ chuyên biệt", ">=", 5000,
        **CNT),
    TGT("«500 doanh nghiệp công nghệ xuất sắc", "hỗ trợ doanh nghiệp công nghệ xuất sắc dựa trên Chuyển đổi AI và "
        "chuyển đổi công nghệ", ">=", 500, **CNT),
], NOT=["khoảng «45% GDP", "trên «60% lực"])

# --------------------------------------------------------------------------
# 06 The Ministry of Information and Communications' SMEdx figures for the second quarter of 2022
# (vneconomy.vn; the byline "17:42 27/06/2022" cut and written as the first line `date 2022-06-27`;
# cut: the byline "Nhĩ Anh" and the two photo captions "Ảnh minh họa." with the blank line after
# them; the excerpt ends in "cách là"). Results of 2022. "Gần 270.000 doanh nghiệp sử dụng nền tảng
# số trong quý 2" (the title) and "khoảng gần 270 nghìn doanh nghiệp" (the body, the SMEs reached by
# or taking part in SMEdx): two records, `~` ("gần", "khoảng gần"), count; the title's wording kept
# as written. "khoảng gần 34,77 nghìn doanh nghiệp nhỏ và vừa sử dụng nền tảng số SMEdx" (~, 34770).
# "tỷ trọng kinh tế số trong GDP đang đạt khoảng 10,2%" (~) and "doanh thu dịch vụ nền tảng số và
# kinh doanh trực tuyến ước đạt 288.420 tỷ đồng" (=, spec's "ước đạt"; other, "đồng"): their
# paragraph opens "trong lĩnh vực kinh tế số," (a lead-in naming one pillar for its paragraph, as
# the earlier sets read "Trong lĩnh vực kinh tế số, ...") → digital_economy; the other paragraphs
# null. NOT: "tăng 59% trong quý 2/2022", "tăng 59% so với quý 1/2022" (changes against the earlier
# quarter, spec). Not quantities: "tăng hơn 10 lần so với quý 1/2022" (twice, a change), "quý 2",
# "quý 2/2022", "quý 1/2022" (periods), "17:42" (a time). Ids: SMEDX for the 270.000 (both places;
# the title's wording says "sử dụng nền tảng số" for the same figure, a judgement), SME_PLAT for
# the 34,77 nghìn, DE_GDP for the 10,2%; the revenue null (the catalogue's e-commerce revenue is not
# the platforms' and online business revenue).
# --------------------------------------------------------------------------
D06 = dict(name="06_toanquoc-smedx-nen-tang-so-quy2-2022", kind="result", year=2022, records=[
    R("Gần «270.000 doanh nghiệp", "doanh nghiệp sử dụng nền tảng số trong quý 2", "~", 270000, **CNT, iid=SMEDX),
    R("khoảng «10,2%", "tỷ trọng kinh tế số trong GDP", "~", 10.2, pillar=ECO, iid=DE_GDP),
    R("ước đạt «288.420 tỷ đồng", "doanh thu dịch vụ nền tảng số và kinh doanh trực tuyến", "=", 288420e9, **DONG,
      pillar=ECO),
    R("khoảng gần «270 nghìn", "số lượng doanh nghiệp nhỏ và vừa tiếp cận, tham gia chương trình SMEdx", "~",
      270000, **CNT, iid=SMEDX),
    R("khoảng gần «34,77 nghìn", "doanh nghiệp nhỏ và vừa sử dụng nền tảng số SMEdx", "~", 34770, **CNT,
      iid=SME_PLAT),
], NOT=["tăng «59% trong", "tăng «59% so với"])

# --------------------------------------------------------------------------
# 07 Bắc Giang, science, technology and the start-up ecosystem (nhandan.vn; nothing cut; no byline,
# no stamp; the excerpt ends in "khoa học, công nghệ c"). A precision text: one record. "tỉnh Bắc
# Giang thực hiện tuyển chọn 100% các tổ chức chủ trì nhiệm vụ khoa học, công nghệ" (=, a result of
# the period "giai đoạn 2022-2024" its paragraph reports: year 2024, the period's last year; a
# judgement). Not quantities: "một trong ba địa phương" (a word), "một trong 16 tỉnh được Bộ Khoa học
# và Công nghệ vinh danh" (the size of the group honoured, an event's list, as set193's lead count of
# a list of names), "năm 2023", "Techfest Việt Nam 2023", "24-26/11/2023", "2022-2024" (names, dates
# and periods). Pillar null. Id null.
# --------------------------------------------------------------------------
D07 = dict(name="07_bacgiang-khcn-he-sinh-thai-khoi-nghiep-2023-precision", kind="result", year=2024,
           records=[
    R("tuyển chọn «100% các tổ chức", "các tổ chức chủ trì nhiệm vụ khoa học, công nghệ được tuyển chọn", "=", 100),
])

# --------------------------------------------------------------------------
# 08 Vĩnh Phúc's Techfest 2024 and the deputy minister's figures on Vietnam's start-up ecosystem
# (baomoi.net.vn; nothing cut; no byline, no stamp; the excerpt ends in "được định "). Results of 2024
# ("Năm 2024, ..."): "xếp thứ 44/133 quốc gia, nền kinh tế" on the global innovation index (rank =),
# "hơn 4.000 doanh nghiệp khởi nghiệp sáng tạo" (>, count), "2 kỳ lân", "11 doanh nghiệp được định
# [giá]" (=, counts; the last worded as the excerpt leaves it). Not quantities: "Trong 2 ngày
# 20-21/12/2024" (a duration and dates), "khoảng 10 năm qua" (a duration), "tăng 2 bậc ... so với năm
# 2023" (a change, spec), "Đề án 844", "Techfest VinhPhuc 2024" (names), the denominator "/133". No
# place: the values are the country's, not a province's. Pillar null (the inline headings name no
# pillar). Ids: GII for the rank; the counts null.
# --------------------------------------------------------------------------
D08 = dict(name="08_vinhphuc-techfest-khoi-nghiep-sang-tao-2024", kind="result", year=2024, records=[
    R("xếp thứ «44/133", "Việt Nam xếp thứ chỉ số đổi mới sáng tạo toàn cầu quốc gia, nền kinh tế", "=", 44,
      **RANK, iid=GII),
    R("có hơn «4.000 doanh nghiệp", "doanh nghiệp khởi nghiệp sáng tạo của hệ sinh thái khởi nghiệp sáng tạo Việt "
      "Nam", ">", 4000, **CNT),
    R("có «2 kỳ lân", "kỳ lân của hệ sinh thái khởi nghiệp sáng tạo Việt Nam", "=", 2, **CNT),
    R("«11 doanh nghiệp được định", "doanh nghiệp khởi nghiệp sáng tạo được định", "=", 11, **CNT),
])

# --------------------------------------------------------------------------
# 09 Kon Tum, the province's support of innovative start-ups (kontum.gov.vn; cut: the page's date line
# "Thứ sáu, Ngày 27/09/2024 -", the byline "Ngày đăng: 26/09/2024  15:24" (written as the first line
# `date 2024-09-26`) and the font widget "Mặc định Cỡ chữ"; the lines holding one space between
# the paragraphs kept; the excerpt ends in "duy trì thư"). A precision text: two records. Results:
# "Riêng năm 2023 và 2024, mỗi năm tỉnh tổ chức 1 khóa đào tạo về khởi nghiệp" (=, count; one value
# for two years, year null, as 04's "TOP 10 ... trong năm 2023 và 2024"); "Sở KH&CN đã phát hành 500
# cuốn sổ tay khởi nghiệp" (=, count, the page's year 2024). Not quantities: the documents
# "44/QĐ-UBND", "2763/KH-UBND", "57/NQ-HĐND" and their dates, the periods "2021-2025", "2020-2025",
# "từ 2017 đến 2024", "đến năm 2025". Pillar null. Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_kontum-ho-tro-khoi-nghiep-dmst-2024-precision", kind="result", year=2024, records=[
    R("tổ chức «1 khóa", "khóa đào tạo về khởi nghiệp tỉnh tổ chức mỗi năm", "=", 1, **CNT, year=None),
    R("phát hành «500 cuốn", "cuốn sổ tay khởi nghiệp Sở KH&CN đã phát hành", "=", 500, **CNT),
])

# --------------------------------------------------------------------------
# 10 Cao Bằng, building the start-up ecosystem: the plan 1636/KH-UBND of 2021 implementing the
# national scheme 844 (startup.caobang.gov.vn; nothing cut; no byline, no stamp; the excerpt ends in
# "Hỗ trợ hệ si"). A precision text, no record: "844/QĐ-TTg", "1636/KH-UBND" (documents),
# "18/5/2016", "02 tháng 7 năm 2021", "năm 2021", "năm 2020", "đến năm 2025" (dates and the scheme's
# name). The line "Hội nghị tập huấn, đào tạo, ..." (probably a photo caption, no figure) is kept.
# --------------------------------------------------------------------------
D10 = dict(name="10_caobang-he-sinh-thai-khoi-nghiep-2021-precision", kind="result", year=2021, records=[])

# --------------------------------------------------------------------------
# 11 Quảng Nam, the province's start-up ecosystem (khoinghiep.quangnam.gov.vn; cut: the category line
# "Khởi nghiệpTin Quảng NamTin tức sự kiện" with the blank line after it, the photo caption "Lãnh đạo
# tỉnh trao tặng bằng khen ... năm 2021" (two identical lines) with the blank line after them, the
# byline "Tác giả: Phan Vinh" and "Comment here"; no date left in the text: year null). Result: "đến
# nay toàn tỉnh hình thành đã có 18 đơn vị hỗ trợ khởi nghiệp" (=, count). Not quantities: "hai đơn
# vị" (a word), "Trong 4 năm qua" (a duration). NOT none (no percentage). Pillar null. Id null.
# --------------------------------------------------------------------------
D11 = dict(name="11_quangnam-don-vi-ho-tro-khoi-nghiep", kind="result", year=None, records=[
    R("đã có «18 đơn vị", "đơn vị hỗ trợ khởi nghiệp toàn tỉnh hình thành", "=", 18, **CNT),
])

# --------------------------------------------------------------------------
# 12 Quảng Ninh, the seventh national innovative start-up forum, September 2025 (tienphong.vn; the
# stamp " date 2025-09-11" written as the first line; cut: the photo caption "Diễn đàn khởi nghiệp
# sáng tạo Quốc gia lần thứ 7 tổ chức tại Quảng Ninh ... Ảnh: Quốc Nam." with the blank line after
# it; the excerpt ends in "Thứ trưởng "). Targets "đến năm 2045": "quy mô nền kinh tế số đạt tối
# thiểu 50% GDP" (>=) and "thuộc nhóm 30 nước dẫn đầu thế giới về đổi mới sáng tạo, chuyển đổi số"
# (rank <=, spec's "nhóm"), year 2045 (their own). Not quantities: "10/9" (a date), "lần thứ 7" (the
# forum's number, twice), "năm 2025", "57-NQ/TW", "68-NQ/TW" (names). Pillar null. Ids: DE_GDP;
# GII for the group of 30 (the catalogue's innovation ranking; a judgement).
# --------------------------------------------------------------------------
D12 = dict(name="12_quangninh-dien-dan-khoi-nghiep-quoc-gia-2025", kind="target", year=2025, records=[
    R("tối thiểu «50% GDP", "quy mô nền kinh tế số", ">=", 50, year=2045, iid=DE_GDP),
    R("thuộc nhóm «30 nước", "Việt Nam thuộc nhóm nước dẫn đầu thế giới về đổi mới sáng tạo, chuyển đổi số", "<=",
      30, **RANK, year=2045, iid=GII),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set219).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder by ../goldkit.py.

Each document may also list NOT: locators of percentages deliberately left without a record
(here only a population's make-up); check_gold.py verifies that every percentage has a record or a
NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README),
given in the record itself (`iid=`).

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
from goldkit import R, CNT, RANK, T  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
PTS = dict(unit="other", unit_text="điểm")
ICT_CRIT = "society.communes_ict_criterion_share"
LINKAGE = "econ.linkage_models_digital_share"
WORK = "egov.work_records_online_share"
CHIP_VISITS = "society.chip_id_health_visits_share"
NO_SIGNAL = "infra.villages_without_mobile_signal_count"
ONLINE = "egov.online_applications_share"
DIGITISED = "egov.digitised_procedure_results_share"

# --------------------------------------------------------------------------
# 01 Bắc Giang, the province's plan 20/KH-UBND for digital transformation in new-countryside
# building, 2023-2025 (nhandan.vn; cut: the image markup "![]() |" and the photo caption "Bắc Giang
# phấn đấu xây dựng đội ngũ nhà nông chuyên nghiệp. |"; no byline, no stamp; the excerpt ends in
# "Theo quy định c"). Targets "giai đoạn 2023-2025, toàn tỉnh phấn đấu ...": kind target, year 2025
# (the period's end, as earlier sets read "giai đoạn 2021-2025" targets). "tối thiểu", "ít nhất" →
# `>=`; "70% số huyện ..." and "50% số các mô hình ..." bare numbers of a target → `>=`. "70% số xã có
# hợp tác xã, 70% số huyện có mô hình ...": two records, each its own subject, scope null (different
# things, not one subject split by level). Pillar null (no heading). Not quantities: the list labels
# "1" and "2" opening two paragraphs, "5/2023", "20/KH-UBND", "2023-2025", the criterion labels
# "8.4", "Tiêu chí số 8", "9.5", "Tiêu chí số 9", "Năm 2022". Ids: ICT_CRIT (the criterion 8.4
# share, named so in the catalogue), LINKAGE (the catalogue's linkage models with digital
# technology); the district criterion 9.5, the communes with a cooperative and the districts with a
# linkage model null (no catalogue entry).
# --------------------------------------------------------------------------
D01 = dict(name="01_bacgiang-ntm-thong-minh-chi-tieu-2025", kind="target", year=2025, records=[
    R("tối thiểu «97% số xã", "số xã đạt chuẩn chỉ tiêu 8.4 có ứng dụng công nghệ thông tin trong công tác quản lý, "
      "điều hành của Tiêu chí số 8 về Thông tin và Truyền thông", ">=", 97, iid=ICT_CRIT),
    R("Có ít nhất «70% số đơn vị", "số đơn vị cấp huyện đạt chuẩn chỉ tiêu 9.5 của Tiêu chí số 9 về An ninh trật "
      "tự-Hành chính công", ">=", 70),
    R("Có ít nhất «70% số xã", "số xã có hợp tác xã", ">=", 70),
    R("«70% số huyện", "số huyện có mô hình liên kết gắn với tiêu thụ nông sản chủ lực của huyện", ">=", 70),
    R("và «50% số các mô hình", "số các mô hình liên kết gắn với vùng nguyên liệu có ứng dụng công nghệ số", ">=",
      50, iid=LINKAGE),
])

# --------------------------------------------------------------------------
# 02 Thái Nguyên, the province's digital transformation under its Resolution 01, results of 2024
# (baochinhphu.vn; cut: the navigation lines "Tải ứng dụng:" and "BÁO ĐIỆN TỬ CHÍNH PHỦ"; no
# byline, no stamp; the excerpt ends in "Trên bình diện lãnh đạo,"). Year 2024: the results "đến
# ngày 3/9/2024" and "cả năm 2024"; "Đến nay" (the teams, the app, the households) takes the
# text's year, 2024. The resolution's aim "đến năm 2025 thuộc nhóm 15 tỉnh, thành phố dẫn đầu cả
# nước về CĐS": a target, rank `<=` 15 (spec: "nhóm 20 tỉnh dẫn đầu"), year 2025. "đạt 83,87/100
# điểm": an index value, unit other "điểm" (the "/100" is its scale); "đứng thứ 7/63": rank `=`.
# "trên 2.255 tổ" `>`, "gần 15.000 thành viên" `~`, "trên 362.000 lượt cài đặt" `>`, "140.000 hộ dân"
# `=`; "ước tính cả năm 2024 đạt 711,6 nghìn tỷ đồng" `=` (spec: "ước đạt"), 711.6e12 ("nghìn tỷ"
# is 1e3 × 1e9, as earlier sets), unit other "đồng". Pillar null (no heading; "Về chỉ số ..." names
# an index, not a pillar). Not quantities: "Nghị quyết số 01", "3/9/2024", the scale "/100", the
# denominator "/63". Ids: dti.provincial_rank for the group aim ("về CĐS", the DTI ranking; a
# judgement), rank.public_service_index_score and rank.public_service_index for the service index,
# aware.community_digital_teams_count, aware.community_digital_team_members_count,
# platforms.citizen_app_users_count (installs of the province's citizen app); the households with an
# account and the digital economy's revenue null (no such catalogue entry).
# --------------------------------------------------------------------------
D02 = dict(name="02_thainguyen-so-xanh-hanh-phuc-2024", kind="result", year=2024, records=[
    R("thuộc nhóm «15 tỉnh", "Thái Nguyên thuộc nhóm tỉnh, thành phố dẫn đầu cả nước về CĐS", "<=", 15, **RANK, **T,
      year=2025, iid="dti.provincial_rank"),
    R("đạt «83,87/100 điểm", "chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong "
      "thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử", "=", 83.87, **PTS,
      iid="rank.public_service_index_score"),
    R("đứng thứ «7/63", "chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp, đứng thứ "
      "tỉnh, thành phố", "=", 7, **RANK, iid="rank.public_service_index"),
    R("trên «2.255 tổ", "tổ công nghệ cộng đồng được thành lập", ">", 2255, **CNT,
      iid="aware.community_digital_teams_count"),
    R("gần «15.000 thành viên", "thành viên nòng cốt của tổ công nghệ cộng đồng", "~", 15000, **CNT,
      iid="aware.community_digital_team_members_count"),
    R("trên «362.000 lượt", "lượt cài đặt Ứng dụng C-Thái Nguyên", ">", 362000, **CNT,
      iid="platforms.citizen_app_users_count"),
    R("; «140.000 hộ dân", "hộ dân được tạo tài khoản để đưa thông tin lên mạng", "=", 140000, **CNT),
    R("đạt «711,6 nghìn tỷ đồng", "Tổng doanh thu kinh tế số ước tính cả năm 2024", "=", 711.6e12, **DONG),
])

# --------------------------------------------------------------------------
# 03 Quảng Ninh, digital transformation reaching the province's upland villages (vietnamnet.vn;
# nothing cut; no byline, no stamp; the excerpt ends on a line "quả", a cut-off word, kept as
# returned). Two results `=`: "100% xã, phường, thị trấn trên địa bàn tỉnh đều đã được sử dụng
# internet với tốc độ cao" and "diện tích phủ sóng thông tin di động chất lượng sóng 4G các khu vực
# dân cư toàn tỉnh hiện đã đạt 99,8%". Year null ("Đến nay", "hiện nay"; nothing in the text is
# dated). Pillar null (no heading). Not quantities: "hàng chục cây số" (words), "4G" (a name).
# Ids: infra.mobile_broadband_area_coverage_share for the 4G area coverage; the communes using
# high-speed internet null (the catalogue's commune coverage names fibre, the text does not).
# --------------------------------------------------------------------------
D03 = dict(name="03_quangninh-vung-cao-internet-4g", kind="result", year=None, records=[
    R("Đến nay, «100% xã", "xã, phường, thị trấn trên địa bàn tỉnh được sử dụng internet với tốc độ cao", "=", 100),
    R("đã đạt «99,8%", "diện tích phủ sóng thông tin di động chất lượng sóng 4G các khu vực dân cư toàn tỉnh", "=",
      99.8, iid="infra.mobile_broadband_area_coverage_share"),
])

# --------------------------------------------------------------------------
# 04 Quảng Ninh, Đầm Hà district, community digital technology teams among ethnic minorities
# (tothethao.com, a copy of a provincial news item; nothing cut; no byline, no stamp; the excerpt
# ends in "trong c"). A precision text with no quantity: "12 dân tộc sinh sống", "đồng bào dân tộc
# thiểu số là 12.600 người" and "trên 30% là người đồng bào dân tộc thiểu số" describe the district's
# population (no target or result of the transformation; the percentage a NOT entry, as set14's
# "trên 35% dân số là đồng bào dân tộc thiểu số" and set69's "gần 90%"). Year null (nothing dated).
# --------------------------------------------------------------------------
D04 = dict(name="04_quangninh-damha-to-cong-nghe-so-precision", kind="result", year=None,
           NOT=["trên «30% là người"], records=[])

# --------------------------------------------------------------------------
# 05 Bắc Ninh, Bắc Ninh General Hospital No. 1's digital transformation in 2025 (tienphong.vn; the
# crawler's stamp " date 2026-02-22" written as the first line `date 2026-02-22`; cut: the photo
# caption "Nhiều kỹ thuật chuyên sâu triển khai ở Bệnh viện Đa khoa Bắc Ninh số 1" with the blank
# line after it; the excerpt ends in "khám chữa bệnh b"). Year 2025, not the stamp's 2026: the
# results stand under "Năm 2025, ..." and "tính đến hết tháng 11/2025" (the stamp gives the year
# only where the text names none). Results `=`: the lead's "đạt 100% khám chữa bệnh bằng căn cước
# công dân" and the body's "đạt 100% tỷ lệ khám chữa bệnh bằng thẻ căn cước công dân gắn chip" (the
# same share stated twice, two records as every stated quantity), "100% người bệnh điều trị nội trú
# được khai báo lưu trú ...", "kê đơn thuốc điện tử ... liên thông 100% ..."; "trên 140.300 lượt
# thanh toán không tiền mặt" (`>`, count). "trên tổng số hơn 176.200 lượt" is the total of the
# fraction the 140.300 stands in (no record, as earlier sets leave the "/M" of a count N/M).
# Pillar null (the heading "Triển khai thành công bệnh án điện tử" names a health topic, no pillar,
# as earlier sets read headings on y tế số). Not quantities: "số 1" (the hospital's name),
# "11/2025". Ids: CHIP_VISITS for both chip-ID shares; the in-patients' stay declaration, the
# prescriptions' interconnection (the catalogue's interconnection is a share of facilities) and the
# cashless payments (no hospital-payment count) null.
# --------------------------------------------------------------------------
D05 = dict(name="05_bacninh-benh-vien-so-1-2025", kind="result", year=2025, records=[
    R("khi đạt «100% khám", "khám chữa bệnh bằng căn cước công dân", "=", 100, iid=CHIP_VISITS),
    R("bệnh viện đã đạt «100% tỷ lệ", "tỷ lệ khám chữa bệnh bằng thẻ căn cước công dân gắn chip", "=", 100,
      iid=CHIP_VISITS),
    R("Cùng với đó, «100% người bệnh", "người bệnh điều trị nội trú được khai báo lưu trú trên các nền tảng số như ASM "
      "và VNeID", "=", 100),
    R("liên thông «100% lên", "kê đơn thuốc điện tử được triển khai và liên thông lên hệ thống dữ liệu quốc gia", "=",
      100),
    R("trên «140.300 lượt", "lượt thanh toán không tiền mặt", ">", 140300, **CNT),
])

# --------------------------------------------------------------------------
# 06 Hải Dương, the province's programme for digital transformation in new-countryside building
# and its targets for 2025 (baohaiduong.vn; cut: the section label "Chuyển đổi số" with the blank
# line after it, the byline "TRẦN HIỀN 05/06/2024 07:03" with the blank line after it (written as
# the first line `date 2024-06-05`), the image file name
# "z5449771686653_fe60f8eeb88944f7f3a6098c88f0b98c(1).jpg" and the photo caption "Hầu hết các mô
# hình nhà màng, ... chăm sóc cây trồng" with the blank line after it; the excerpt ends in "(kinh").
# Targets "đặt mục tiêu đến năm 2025: ...": kind target, year 2025, bare numbers `>=`. "90% số hồ
# sơ công việc cấp tỉnh, 80% số hồ sơ công việc cấp huyện và 70% số hồ sơ công việc cấp xã": three
# records, scopes "cấp tỉnh", "cấp huyện", "cấp xã" (spec). "50% số xã, huyện cung cấp ít nhất một
# dịch vụ thiết yếu ...": one record, scope null (one value for both levels, spec's "cấp tỉnh, cấp
# huyện và cấp xã"); "ít nhất một" is a word, no number. Pillar null (no heading; the title names
# nông thôn mới thông minh). Not quantities: "năm 2025" (the title's and the programme name's).
# Ids: hr.civil_servants_dx_trained_share (the managers of the programme trained on digital
# transformation; a judgement), WORK three times, LINKAGE, society.units_essential_digital_service_share.
# --------------------------------------------------------------------------
D06 = dict(name="06_haiduong-ntm-thong-minh-muc-tieu-2025", kind="target", year=2025, records=[
    R("năm 2025: «100% cán bộ", "cán bộ quản lý các cấp tham gia thực hiện Chương trình mục tiêu quốc gia xây dựng "
      "nông thôn mới được tập huấn, nâng cao năng lực về chuyển đổi số", ">=", 100,
      iid="hr.civil_servants_dx_trained_share"),
    R("«90% số hồ sơ công việc cấp tỉnh", "số hồ sơ công việc được xử lý trên môi trường mạng", ">=", 90,
      scope="cấp tỉnh", iid=WORK),
    R("«80% số hồ sơ công việc cấp huyện", "số hồ sơ công việc được xử lý trên môi trường mạng", ">=", 80,
      scope="cấp huyện", iid=WORK),
    R("«70% số hồ sơ công việc cấp xã", "số hồ sơ công việc được xử lý trên môi trường mạng", ">=", 70,
      scope="cấp xã", iid=WORK),
    R("«50% các mô hình", "các mô hình liên kết gắn với vùng nguyên liệu có ứng dụng công nghệ số", ">=", 50,
      iid=LINKAGE),
    R("«50% số xã, huyện", "số xã, huyện cung cấp ít nhất một dịch vụ thiết yếu và tổ chức lấy ý kiến phản hồi về sự "
      "hài lòng của người dân về kết quả xây dựng nông thôn mới thông qua ứng dụng trực tuyến", ">=", 50,
      iid="society.units_essential_digital_service_share"),
])

# --------------------------------------------------------------------------
# 07 Hưng Yên, Nam Hồng commune of Hưng Yên city, the "smart village" Lê Như Hổ (tapchinongthonmoi.vn;
# nothing cut; no byline, no stamp; the excerpt ends in "thông tin, tư"). A precision text with no
# quantity: "năm 2019" (the commune's advanced new-countryside standard), "niên vụ 2024" (a season)
# are dates. Year 2024 (the only year of the present in the text; no record takes it).
# --------------------------------------------------------------------------
D07 = dict(name="07_hungyen-namhong-thon-thong-minh-precision", kind="result", year=2024, records=[])

# --------------------------------------------------------------------------
# 08 Bắc Giang, Bắc Giang city aiming at the top of the smart-city index by 2030
# (ictvietnam.vn; nothing cut; no byline, no stamp; the excerpt ends in "triển khai đồn"). A precision
# text with one quantity: "đến năm 2030, thành phố phấn đấu thành phố nằm trong top 5 các thành phố
# trực thuộc tỉnh dẫn đầu cả nước về chỉ số ĐTTM" (target, rank `<=` 5, year 2030). Pillar null (the
# heading "Các lĩnh vực ưu tiên phát triển ĐTTM tỉnh Bắc Giang" stands below it). Not quantities:
# "đô thị loại I" (a class of town), "2030", "2021 - 2030", "2050", "888/QĐ-UBND", "01/10/2020",
# "2025", "4.0" (in "cách mạng công nghiệp 4.0"), "2021 - 2025". Id null (the catalogue ranks
# provinces on DTI, not cities on the smart-city index).
# --------------------------------------------------------------------------
D08 = dict(name="08_bacgiang-do-thi-thong-minh-2030-precision", kind="target", year=2030, records=[
    R("trong top «5 các thành phố", "thành phố nằm trong top các thành phố trực thuộc tỉnh dẫn đầu cả nước về chỉ số "
      "ĐTTM", "<=", 5, **RANK),
])

# --------------------------------------------------------------------------
# 09 Vĩnh Phúc, Vĩnh Yên city building a smart city (doanhnghiephoinhap.vn; nothing cut; no byline,
# no stamp; the excerpt opens inside the article with the rate and ends in "công nghệ số vào ").
# "Tỷ lệ hồ sơ tiếp nhận và giải quyết thủ tục hành chính trực tuyến đạt 96,58%" (result `=`) and
# the bracket "(vượt xa so với mục tiêu đặt ra là 50%)": the target's own value (target `>=` 50, as
# an earlier set's "mục tiêu đề ra là 75%"), not a change against it (no number states by how much
# it was exceeded). Year null for both: the text names only the periods "2021-2023" and "2030" of
# the city's scheme, no year of the rate. Pillar null. Ids: ONLINE both.
# --------------------------------------------------------------------------
D09 = dict(name="09_vinhphuc-vinhyen-ho-so-truc-tuyen", kind="result", year=None, records=[
    R("trực tuyến đạt «96,58%", "Tỷ lệ hồ sơ tiếp nhận và giải quyết thủ tục hành chính trực tuyến", "=", 96.58,
      iid=ONLINE),
    R("mục tiêu đặt ra là «50%", "Tỷ lệ hồ sơ tiếp nhận và giải quyết thủ tục hành chính trực tuyến (mục tiêu đặt ra)",
      ">=", 50, **T, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 10 Hà Giang, Mèo Vạc district's villages with weak or no mobile signal, March 2023
# (ictvietnam.vn; nothing cut; no byline, no stamp; the excerpt ends in "quốc gia v"). Results,
# year 2023 ("tính đến tháng 3/2023"; the official's figures in the same report). "hơn 20 thôn có
# sóng di động nhưng sóng rất yếu" (`>`, count), "có 6 thôn ở 4 xã chưa có điện" (two counts: the
# villages, and the communes they lie in, as set193 counted "tại 7 thôn" beside "7 tổ"; a
# judgement), "7 thôn chưa có sóng điện thoại" (`=`, count). "hiện có 199 thôn" is the district's
# size, the whole the 7 belong to (no record, as a fraction's total). Pillar null (no heading). Not
# quantities: "3/2023", "4.0" (in "loa phát thanh 4.0", a name), the villages' names ("Lũng Lừ B").
# Ids: NO_SIGNAL for the weak-signal villages (the catalogue's "thôn lõm sóng, trắng sóng") and for
# the villages without signal; the electricity counts null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hagiang-meovac-phu-song-2023", kind="result", year=2023, records=[
    R("có hơn «20 thôn", "thôn có sóng di động nhưng sóng rất yếu", ">", 20, **CNT, iid=NO_SIGNAL),
    R("có «6 thôn ở", "thôn chưa có điện", "=", 6, **CNT),
    R("ở «4 xã chưa", "xã có thôn chưa có điện", "=", 4, **CNT),
    R("thì «7 thôn", "thôn chưa có sóng điện thoại", "=", 7, **CNT, iid=NO_SIGNAL),
])

# --------------------------------------------------------------------------
# 11 Lào Cai, the province's action plan 334-KH/TU on Resolution 57-NQ/TW and the "Bình dân học vụ
# số" movement (laocai.org.vn; nothing cut; no byline, no stamp; the excerpt ends in "giao rõ trá").
# A precision text with no quantity: "57-NQ/TW", "22/12/2024", "334-KH/TU" (names and dates),
# "Thứ nhất" (a word). Year null (the resolution's date is not the document's).
# --------------------------------------------------------------------------
D11 = dict(name="11_laocai-nq57-binh-dan-hoc-vu-so-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 12 Ninh Bình, Yên Hòa commune of Yên Mô district, a "smart commune" since 2020 (baotintuc.vn;
# cut: the caption label "Chú thích ảnh" and the caption " Nông dân Ninh Bình tích cực đưa nông sản
# lên các sàn thương mại điện tử." with the blank line after it; no byline, no stamp; the excerpt
# ends in "Giám đốc "). One result: "thu nhập bình quân đầu người của xã đạt 71,8 triệu
# đồng/người/năm" (`=`, 71.8e6, unit other "đồng/người/năm", as earlier sets recorded incomes per
# head, e.g. "11,1 triệu đồng/người/tháng"), place "Yên Hòa" (a commune, not the document's
# province). Year null ("đến nay"; the text's only year, 2020, is when the pilot began). Pillar
# null (the heading "Thôn, xã thông minh" names smart villages, not a pillar). Not quantities: "năm
# 2020", "lần thứ tư". Id null.
# --------------------------------------------------------------------------
D12 = dict(name="12_ninhbinh-yenmo-yenhoa-xa-thong-minh", kind="result", year=None, records=[
    R("đạt «71,8 triệu", "thu nhập bình quân đầu người của xã", "=", 71.8e6, unit="other",
      unit_text="đồng/người/năm", place="Yên Hòa"),
])

# --------------------------------------------------------------------------
# 13 Quảng Ninh, three years of Resolution 09-NQ/TU: digital government and the digitisation of
# administrative dossiers in 2024 (chuyendoiso.baoquangninh.vn; nothing cut (the excerpt's leading
# empty line dropped); no byline, no stamp; the excerpt ends in "tại các bộ "). Year 2024: "Năm
# 2024, ... số hóa ..." and the "Hiện", "Đến nay" results of the same report. "cấp tỉnh thực hiện số
# hóa 57.877 hồ sơ đầu vào (đạt 99,1%); cấp huyện ... 134.139 ... (đạt 99,3%), cấp xã ... 201.881 ...
# (đạt 98,3%)": six records (spec: "số hóa 57.877 hồ sơ (đạt 99,1%)" gives a count and a share), the
# sentence splitting its values by level → scopes "cấp tỉnh", "cấp huyện", "cấp xã". The 100%
# results `=`. Pillar null: "Chính quyền số là một trong 3 trụ cột chính ..." and "Giải quyết TTHC
# là nội dung quan trọng trong chính quyền số, ..." are statements whose subject is a pillar or
# names one, not lead-ins (set193's reading of "Hoạt động chính quyền số đã được quan tâm, ...").
# Not quantities: "gần 3 năm" (a duration), "3 trụ cột" (the parts of a whole), "09-NQ/TU", the
# years of the resolution's name. Ids: egov.document_system_use_share for the document software in
# every specialised office (a judgement), DIGITISED for the three shares; the official mailboxes of
# agencies, the results synchronised to the national portal, the cashless fees and the three counts
# null (no catalogue entry measures them so).
# --------------------------------------------------------------------------
D13 = dict(name="13_quangninh-so-hoa-ho-so-2024", kind="result", year=2024, records=[
    R("tại «100% các phòng", "các địa phương, ban, ngành ứng dụng phần mềm quản lý văn bản tại các phòng chuyên môn",
      "=", 100, iid="egov.document_system_use_share"),
    R("; «100% các cơ quan", "các cơ quan, đơn vị được cấp hộp thư công vụ", "=", 100),
    R("Đến nay, «100% kết quả", "kết quả xử lý hồ sơ TTHC của tỉnh được đồng bộ đầy đủ trên Cổng dịch vụ công quốc "
      "gia và công bố, công khai đúng hạn", "=", 100),
    R("số hóa «57.877 hồ sơ", "hồ sơ đầu vào được số hóa", "=", 57877, **CNT, scope="cấp tỉnh"),
    R("(đạt «99,1%)", "hồ sơ đầu vào được số hóa đạt", "=", 99.1, scope="cấp tỉnh", iid=DIGITISED),
    R("số hoá «134.139 hồ sơ", "hồ sơ đầu vào được số hoá", "=", 134139, **CNT, scope="cấp huyện"),
    R("(đạt «99,3%)", "hồ sơ đầu vào được số hoá đạt", "=", 99.3, scope="cấp huyện", iid=DIGITISED),
    R("số hoá «201.881 hồ sơ", "hồ sơ được số hoá", "=", 201881, **CNT, scope="cấp xã"),
    R("(đạt «98,3%)", "hồ sơ được số hoá đạt", "=", 98.3, scope="cấp xã", iid=DIGITISED),
    R("Đến nay «100% phí", "phí, lệ phí giải quyết TTHC tại trung tâm hành chính công các cấp không dùng tiền mặt",
      "=", 100),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)

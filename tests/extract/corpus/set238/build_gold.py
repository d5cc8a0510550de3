#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set238).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of percentages deliberately left without a record (here
04's threshold inside a subject, "dưới 5%", and its two changes against 2015); check_gold.py
verifies that every percentage has a record or a NOT entry. 04 also lists BARE (as set73 and set198
did): the locator of a percentage whose "%" the text leaves out.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The set's theme: ethnic-minority and mountain areas going digital (plans for the minority areas,
the ministry of ethnic affairs' plan, the minority households' phones and computers, the BTS
stations of a mountain commune, a village's digital skills, the border guard's digital
checkpoints). Three precision texts (08-10) hold no quantity.

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
from goldkit import R, CNT, T, GOV  # noqa: E402

FULL = "egov.full_online_services_share"
SATIS = "egov.satisfaction_share"
INTERNAL = "egov.internal_operations_digitised_share"
REPORTS = "egov.online_reporting_share"
BTS = "infra.bts_stations_count"
Y19 = dict(year=2019)  # 04: the figures of the 2015-2019 report

# --------------------------------------------------------------------------
# 01 Đắk Lắk, the province's plan for applying IT to support the ethnic-minority people, 2021-2025
# (vietnamnet.vn; nothing cut; no byline, no stamp; the excerpt ends in "nâng cấp nền "). Targets,
# kind target; bare numbers `>=`. "đến năm 2023: 100% người có uy tín, 90% đồng bào DTTS nắm được
# chủ trương ...": one predicate split by population group, two records with scopes "người có uy
# tín" and "đồng bào DTTS" (as the earlier sets' "gia đình hội viên phụ nữ, nông dân"; a judgement);
# then "80% ... 90% ... 90% ... 90% đồng bào DTTS ...": each its own predicate, scope null; year 2023
# (the lead-in's). "đến hết năm 2025 ... 100% đồng bào DTTS nắm được ...": year 2025. Pillar null
# (no heading). Not quantities: "2021 - 2025" (the plan's period). Ids null (the catalogue has no
# indicator of the minority people's access to information).
# --------------------------------------------------------------------------
D01 = dict(name="01_daklak-ke-hoach-cntt-dong-bao-dtts-2023", kind="target", year=2023, records=[
    R("2023: «100% người có uy tín", "người có uy tín nắm được chủ trương, quan điểm của Đảng, chính sách, pháp luật "
      "của Nhà nước trên hệ thống thông tin điện tử", ">=", 100, scope="người có uy tín"),
    R("uy tín, «90% đồng bào", "đồng bào DTTS nắm được chủ trương, quan điểm của Đảng, chính sách, pháp luật của Nhà "
      "nước trên hệ thống thông tin điện tử", ">=", 90, scope="đồng bào DTTS"),
    R("điện tử; «80% đồng bào", "đồng bào DTTS được tiếp cận thông tin về khoa học công nghệ và thị trường", ">=",
      80),
    R("thị trường; «90% đồng bào", "đồng bào DTTS được tiếp cận thông tin, kiến thức về y tế, phòng chống các bệnh "
      "đặc thù", ">=", 90),
    R("đặc thù; «90% đồng bào", "đồng bào DTTS được tiếp cận thông tin về pháp luật và các chính sách về bảo vệ "
      "rừng, phòng chống cháy rừng, phòng chống thiên tai", ">=", 90),
    R("thiên tai; «90% đồng bào", "đồng bào DTTS nắm bắt thông tin về an ninh, trật tự", ">=", 90),
    R("DTTS; «100% đồng bào", "đồng bào DTTS nắm được chủ trương, quan điểm của Đảng, chính sách, pháp luật của Nhà "
      "nước", ">=", 100, year=2025),
])

# --------------------------------------------------------------------------
# 02 The Ministry of Ethnic and Religious Affairs' digital transformation plan 447/KH-BDTTG for
# 2026-2030 (vietnamnet.vn; nothing cut; the stamp " date 2026-03-12" written as the first line; the
# excerpt ends in "trực tuyến to"). National. Targets, kind target; "đạt mức 90%", "nâng lên 99%"
# `>=`. Years: the stage "giai đoạn 2026 - 2027" for the first paragraph and the next one (whose
# own stage is only closed by "Bước sang giai đoạn 2028 - 2030"): 2027, the stage's last year, as
# the earlier sets read a period; the stage "2028 - 2030": 2030. Pillar: digital_government for the
# sentence opened by "Với mục tiêu Phát triển Chính phủ số" (a lead-in naming Chính phủ số); the
# next paragraphs name no pillar and stand under the heading "Thu hẹp khoảng cách số, phát triển
# kinh tế vùng đồng bào dân tộc thiểu số", which names none: null (spec's decided case). "100% dịch
# vụ công trực tuyến to" (cut short by the excerpt): a target all the same, its subject as written.
# Not quantities: "13/2" (a date), "447/KH-BDTTG" (a document), the periods. Ids: FULL for the
# full-online procedures; SATIS for the satisfaction rates (the catalogue's satisfaction with the
# handling of procedures; a judgement); INTERNAL for "thủ tục hành chính nội bộ ... quản trị trên
# môi trường điện tử" (a judgement); the shared platforms' share null (the catalogue counts them);
# the truncated last one null.
# --------------------------------------------------------------------------
D02 = dict(name="02_ca-nuoc-bo-dan-toc-ton-giao-kh447-cds-2026-2030", kind="target", year=2026, records=[
    R("phấn đấu «100% thủ tục", "thủ tục hành chính đủ điều kiện được thực hiện trực tuyến toàn trình", ">=", 100,
      year=2027, pillar=GOV, iid=FULL),
    R("đạt mức «90%", "Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến", ">=",
      90, year=2027, iid=SATIS),
    R("thời, «100% thủ tục hành chính nội bộ", "thủ tục hành chính nội bộ được quản trị trên môi trường điện tử",
      ">=", 100, year=2027, iid=INTERNAL),
    R("và «90% các nền tảng", "các nền tảng số dùng chung của Bộ được đưa vào sử dụng", ">=", 90, year=2027),
    R("nâng lên «99%", "tỷ lệ hài lòng của người dân và doanh nghiệp", ">=", 99, year=2030, iid=SATIS),
    R("biệt, «100% dịch vụ", "dịch vụ công trực tuyến to", ">=", 100, year=2030),
])

# --------------------------------------------------------------------------
# 03 Vĩnh Phúc, the province's ethnic affairs board presenting Decision 1087/QĐ-TTg's scheme for
# digital transformation in ethnic affairs to 2030 (bandt.vinhphuc.gov.vn, a print page; nothing
# cut; no byline, no stamp; the photo caption "Lãnh đạo UBDT, ... (Ảnh sưu tầm ...)" holds no
# figure and stays; the excerpt ends in "được công b"). Targets "Trong giai đoạn 2026-2030: 100%
# ...; 100% ...; 100% ...": kind target, `>=`, year 2030 (the period's last year). Pillar null: the
# general goal names Chính phủ điện tử, kinh tế số and xã hội số together, and the paragraph of the
# targets names none. Not quantities: "02/10/2024", "năm 2025", "năm 2030", "năm 2022" (dates),
# "1087/QĐ-TTg" (a document), "giai đoạn I" (a label). Ids: REPORTS for the reports on the
# government's reporting system; FULL for the full-online procedures; the open data null (the
# catalogue's open data is a share of agencies).
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhphuc-de-an-1087-cds-cong-tac-dan-toc-2030", kind="target", year=2030, records=[
    R("2026-2030: «100% chế độ", "chế độ báo cáo tổng hợp, báo cáo định kỳ, báo cáo thống kê lĩnh vực công tác dân "
      "tộc được kết nối, tích hợp, chia sẻ thông tin, dữ liệu trên Hệ thống thông tin báo cáo Chính phủ", ">=",
      100, iid=REPORTS),
    R("Chính phủ; «100% các thủ tục", "các thủ tục hành chính trong cơ quan quản lý nhà nước về công tác dân tộc "
      "được thực hiện dịch vụ công trực tuyến toàn trình", ">=", 100, iid=FULL),
    R("toàn trình; «100% dữ liệu", "dữ liệu mở lĩnh vực công tác dân tộc được công b", ">=", 100),
])

# --------------------------------------------------------------------------
# 04 National: the report "Số liệu về phụ nữ và nam giới các dân tộc ở Việt Nam giai đoạn 2015-2019"
# on the minority households' phones and computers, in the border guard's paper, September 2021
# (bienphong.com.vn; cut: the hotline and byline line "Đường dây nóng: 0912011882 - (024)
# 39364407Thứ ba, 28/09/2021 11:48 GMT+7", written as the first line `date 2021-09-28`; the excerpt
# ends in "tăng rất"). Results, `=`. Year 2019 for every figure: the first sentence's "năm 2019",
# the report's last year, which the other sentences continue (the page's 2021 is the publication's
# date, not the measure's; a judgement). The photo caption "... với tỉ lệ 92% hộ sử dụng điện
# thoại. Ảnh: Bích Nguyên" states a figure and stays (a record). "như La Hủ 34,6, Chứt 51,0%, ..."
# and "như Xinh Mun 1,1%, Khơ Mú 1,3%, ...": one indicator split by ethnic group, scope the group's
# name (a population group, as the spec's thành thị / nông thôn; a judgement); "La Hủ 34,6" has no
# "%" but is a share like its neighbours (BARE, check_gold.py). The regions ("vùng Tây Nguyên ... 84,6%", "Tây Nguyên ...
# 5%, tiếp đến là vùng Bắc Trung Bộ và duyên hải miền Trung 5,7%") are written into the indicator,
# scope null (as the spec's "xếp thứ 5 khu vực Tây Nguyên"). "có tới 29/53 DTTS có tỷ lệ ... dưới
# 5%": a count of groups, `=` 29. Not quantities: "tăng tới 17% so với năm 2015", "tăng 2,6 % so
# với năm 2015" (a result's change against an earlier value), "dưới 5%" (the threshold inside the
# subject of the count 29; NOT; the indicator says "dưới mức"), "/53" (the denominator), "2015-2019", "4-8" (dates). Pillar null.
# Ids null (the catalogue's smartphone share is of smartphones; these are any phones and computers).
# --------------------------------------------------------------------------
PHONE_F = "tỷ lệ hộ gia đình DTTS do nữ là chủ hộ có sử dụng điện thoại"
PC_G = "tỷ lệ hộ gia đình sử dụng máy vi tính của các DTTS có tỷ lệ thấp"
D04 = dict(name="04_ca-nuoc-tiep-can-cntt-ho-dtts-2019", kind="result", year=2019, records=[
    R("tỉ lệ «92% hộ", "hộ sử dụng điện thoại ở vùng dân tộc thiểu số", "=", 92),
    R("tới «92,5% hộ", "hộ gia đình DTTS có sử dụng điện thoại (cố định hoặc/và di động)", "=", 92.5),
    R("thấp nhất «84,6%", "vùng Tây Nguyên tỷ lệ hộ gia đình DTTS có sử dụng điện thoại thấp nhất", "=", 84.6),
    R("La Hủ «34,6", PHONE_F, "=", 34.6, scope="La Hủ"),
    R("Chứt «51,0%", PHONE_F, "=", 51.0, scope="Chứt"),
    R("Rơ Măm «54,8%", PHONE_F, "=", 54.8, scope="Rơ Măm"),
    R("Kiều «63,6%", PHONE_F, "=", 63.6, scope="Bru Vân Kiều"),
    R("Xơ Đăng «65,2%", PHONE_F, "=", 65.2, scope="Xơ Đăng"),
    R("Ba Na «68,5%", PHONE_F, "=", 68.5, scope="Ba Na"),
    R("có «10,3% hộ", "hộ gia đình DTTS sử dụng máy vi tính", "=", 10.3),
    R("thấp nhất «5%,", "Tây Nguyên tỷ lệ hộ gia đình DTTS có sử dụng máy vi tính thấp nhất", "=", 5),
    R("miền Trung «5,7%", "vùng Bắc Trung Bộ và duyên hải miền Trung tỷ lệ hộ gia đình DTTS có sử dụng máy vi tính",
      "=", 5.7),
    R("có tới «29/53 DTTS", "DTTS có tỷ lệ hộ gia đình sử dụng máy vi tính dưới mức", "=", 29, **CNT),
    R("Xinh Mun «1,1%", PC_G, "=", 1.1, scope="Xinh Mun"),
    R("Khơ Mú «1,3%", PC_G, "=", 1.3, scope="Khơ Mú"),
    R("Rơ Măm «1,5%", PC_G, "=", 1.5, scope="Rơ Măm"),
    R("La Hủ «1,6%", PC_G, "=", 1.6, scope="La Hủ"),
    R("Ba Na «1,8%", PC_G, "=", 1.8, scope="Ba Na"),
    R("Chứt «1,9%", PC_G, "=", 1.9, scope="Chứt"),
], NOT=["dưới «5% như", "tăng tới «17% so", "tăng «2,6 % so"], BARE=["La Hủ «34,6"])

# --------------------------------------------------------------------------
# 05 Tuyên Quang, the answer to the voters of Thanh Tương commune (Na Hang, a mountain district)
# asking for a mobile station for their village (hdndtuyenquang.gov.vn; nothing cut; no byline, no
# stamp). Results: "đã có 7 trạm thu phát sóng thông tin di động (BTS) ... (trong đó có 03 trạm BTS
# của Viettel Tuyên Quang, 03 trạm BTS của Viễn thông Tuyên Quang và 01 trạm của ... MobiFone)":
# four counts, `=`, each its own subject (a breakdown by operator, scope null, spec). Year null: the
# text names none ("kỳ họp thứ 10, Quốc hội khóa XIV" is a session, not a year). Pillar null. Not
# quantities: "thứ 10", "XIV" (labels), "gần 6km" (the distance from the village to the nearest
# station: a description of the place, as the earlier sets' sizes; a judgement). Ids: BTS for the
# four (each a count of BTS stations).
# --------------------------------------------------------------------------
D05 = dict(name="05_tuyenquang-nahang-thanhtuong-tram-bts", kind="result", year=None, records=[
    R("đã có «7 trạm", "trạm thu phát sóng thông tin di động (BTS) của các doanh nghiệp viễn thông tại xã Thanh "
      "Tương", "=", 7, **CNT, iid=BTS),
    R("có «03 trạm BTS của Viettel", "trạm BTS của Viettel Tuyên Quang", "=", 3, **CNT, iid=BTS),
    R("Quang, «03 trạm BTS của Viễn thông", "trạm BTS của Viễn thông Tuyên Quang", "=", 3, **CNT, iid=BTS),
    R("và «01 trạm", "trạm của Tổng công ty thông tin di động MobiFone", "=", 1, **CNT, iid=BTS),
])

# --------------------------------------------------------------------------
# 06 Đà Nẵng (Hòa Vang, Hòa Bắc commune), the Cơ Tu village Tà Lang's "digital elders" and its
# community digital team (vtv.vn; nothing cut; no byline, no stamp; the excerpt ends in "ở miền ").
# Result: "thôn Tà Lang đã có 95% bà con biết sử dụng cổng thông tin điện tử, cũng như Smartphone"
# (`=`). Year null: the text names none (the address's 2024 is not in the text). Pillar null. Not
# quantities: "Gần 40 tuổi" (an age), "Công 92" (a channel's name). Id null (knowing how to use the
# portal and a smartphone is not quite the catalogue's skills share; a judgement).
# --------------------------------------------------------------------------
D06 = dict(name="06_danang-hoavang-talang-gia-lang-so", kind="result", year=None, records=[
    R("có «95% bà con", "bà con thôn Tà Lang biết sử dụng cổng thông tin điện tử, cũng như Smartphone", "=", 95),
])

# --------------------------------------------------------------------------
# 07 Lạng Sơn, the provincial border guard's digital checkpoints (vietnamnet.vn; nothing cut; the
# stamp " date 2025-11-13" written as the first line; the excerpt ends in "đã đẩ"). Year 2025 (the
# stamp). Result: "rút ngắn thời gian kiểm tra xuất nhập cảnh từ 40 giây xuống chỉ còn 10 - 15
# giây/khách": `between` 10-15, unit other "giây/khách" ("40 giây" the earlier value, no record, as
# set127's "từ 7 ngày xuống còn 5 ngày"). Not quantities: "hàng chục cuộc họp" (no number), "một
# lần trong 10 ngày" (the period of a rule for stamping, not a measure). Pillar null. Id null.
# --------------------------------------------------------------------------
D07 = dict(name="07_langson-bien-phong-cds-cua-khau-2025", kind="result", year=2025, records=[
    R("còn «10 - 15 giây/khách", "thời gian kiểm tra xuất nhập cảnh", "between", 10, "other", value_max=15,
      unit_text="giây/khách"),
])

# --------------------------------------------------------------------------
# 08 Điện Biên, the Department of Information and Communications' IT work in the minority and
# mountain communes under the national target programmes (vietnamnet.vn; cut: the image file name
# "W-20240412_161607.jpg"; the caption after it holds no figure and stays; no byline, no stamp; the
# excerpt ends in "giao thực h"). A precision text, no record: "2021 – 2025" (a period), "Tiêu chí
# số 8" (a criterion's name).
# --------------------------------------------------------------------------
D08 = dict(name="08_dienbien-cntt-vung-dtts-ntm-2024-precision", kind="result", year=None, records=[])

# --------------------------------------------------------------------------
# 09 Quảng Trị, the border guard's digitised propaganda among the Pa Cô and Bru - Vân Kiều people
# (vietnamnet.vn; nothing cut; the stamp " date 2025-12-08" written as the first line; the excerpt
# ends in "xã Thanh"). A precision text, no record: "57/QĐ-TTg ngày 3/6/2024" (a document, a date),
# "Đề án 57", "Đề án 1371" (names), "2021 - 2030", "2045", "2021 - 2027" (periods), "2 cấp", "khu
# vực 3" (labels), "717 hộ, trong đó có 545 hộ là dân tộc Pa Cô và Bru - Vân Kiều" (the commune's
# size, as the earlier sets' sizes).
# --------------------------------------------------------------------------
D09 = dict(name="09_quangtri-bien-phong-so-hoa-tuyen-truyen-2025-precision", kind="result", year=2025,
           records=[])

# --------------------------------------------------------------------------
# 10 National: Circular 14/2022 of the Ministry of Information and Communications, smartphones for
# poor and near-poor households from 12 December (baomoi.net.vn; nothing cut; the photo caption
# "Các hộ nghèo, cận nghèo ... (Ảnh minh họa)." twice, holding no figure, stays; no byline, no
# stamp; the excerpt ends in "Hộ nghèo, h"). A precision text, no record: "12/12" (twice),
# "28/10/2022" (dates), "Thông tư 14/2022" (a document), "đến năm 2025" (the programme's horizon).
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-dien-thoai-thong-minh-ho-ngheo-2022-precision", kind="result", year=2022,
           records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
records_of = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py
build = records_of

if __name__ == "__main__":
    goldkit.write_gold(DOCS, records_of, GOLD)

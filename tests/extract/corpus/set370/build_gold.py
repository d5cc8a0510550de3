#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set370: forest fire prevention).

Adapted from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier value, `tăng 34,7% so với cùng kỳ`; a result's overshoot of a
target, `vượt 43,9% so với mục tiêu`); check_gold.py verifies that every percentage has a record or
a NOT entry.

`indicator_id_gold` (ignored by the scorer) is null on every record: the catalogue
(muctieu/catalog/data/indicators.yaml) holds digital-transformation indicators only, none of forest
area, forest fires, forest-protection forces, cameras or budgets for fire prevention (README).

Text 08 states its one paragraph twice (the page's lead, then the body, word for word); its
locators are spelt by `twice()` from the paragraph's own words, the first copy's led by "(QNO) - ",
the second's by the blank line before it, so each stays unique.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T  # noqa: E402

HA = dict(unit="other", unit_text="ha")
M3 = dict(unit="other", unit_text="m3")
VND = dict(unit="other", unit_text="đồng")
K, M, B = 1e3, 1e6, 1e9  # nghìn, triệu, tỷ

# --------------------------------------------------------------------------
# 01 Quảng Trị's provincial party site reporting the national scheme for the forest rangers'
# capacity in forest protection and fire prevention, 2021-2030 (Quyết định 177/QĐ-TTg)
# (tinhuyquangtri.vn; cut: the photo caption "Ảnh minh họa (Nguồn: N.H) " with the blank line after
# it; no stamp, no byline; the excerpt ends in "rừng đ"). Kind target, year 2030 (the scheme's
# horizon "giai đoạn 2021-2030", as earlier sets read a plan's period). Targets: "phấn đấu giảm ít
# nhất 10 - 15% các vụ vi phạm pháp luật về lâm nghiệp và diện tích rừng bị thiệt hại so với giai
# đoạn 2015 - 2020" (one range stated once for both subjects: one `between` record, 10-15, as the
# earlier sets' "ít nhất 1-2 bậc"; a target stated as a change is a quantity), "đảm bảo ít nhất 50%
# lực lượng quản lý bảo vệ rừng ..." (>=). Not quantities: "2021-2030", "2015 - 2020" (periods),
# "177/QĐ-TTg" (a document number).
# --------------------------------------------------------------------------
D01 = dict(name="01_quangtri-de-an-kiem-lam-pcccr-muc-tieu-2030", kind="target", year=2030, records=[
    R("giảm ít nhất «10 - 15%", "giảm các vụ vi phạm pháp luật về lâm nghiệp và diện tích rừng bị thiệt hại so với "
      "giai đoạn 2015 - 2020", "between", 10, value_max=15),
    R("ít nhất «50% lực lượng", "lực lượng quản lý bảo vệ rừng và phòng cháy, chữa cháy rừng", ">=", 50),
])

# --------------------------------------------------------------------------
# 02 Thái Bình's provincial paper on the national conference on forest protection and fire
# prevention in 2023 and the first four months of 2024, 5/5/2024 (baothaibinh.com.vn; cut: the
# page's clock "Thứ 6, 22/11/2024, 12:30[GMT+7]" with the blank line after it, the byline date
# "Chủ nhật, 05/05/2024 | 18:45:24" (written as the first line `date 2024-05-05`), the view counter
# "23,123 lượt xem", the photo caption "Đồng chí Lại Văn Hoàn, ... dự hội nghị tại điểm cầu Thái
# Bình." with the blank line after it; the excerpt ends in "4 tháng đầu năm 2024"). Kind result.
# Year 2023 for "Năm 2023, ..." and "Trong năm, ..."; 2024 for the title's "4 tháng đầu năm 2024,
# cả nước đã xảy ra 89 vụ cháy rừng" and "4 tháng đầu năm 2024, ... 650 vụ phá rừng ... 182,2ha".
# Areas are unit other "ha"; the four areas after "tổng diện tích" each have their own subject
# (a breakdown by kind of forest, scope null). "60/60 tỉnh" is a count (=, 60; the denominator is
# not a quantity, as set193's "15/15 xã"). Not quantities: "với 60 tỉnh, thành phố có rừng" (the
# participants of the conference, spec), "giảm 597 vụ so với cùng kỳ năm 2022" (a change), "5/5"
# (a date), "4 tháng đầu năm" (a period).
# --------------------------------------------------------------------------
D02 = dict(name="02_thaibinh-hoi-nghi-pcccr-ca-nuoc-2024", kind="result", year=2023, records=[
    R("đã xảy ra «89 vụ", "vụ cháy rừng cả nước đã xảy ra 4 tháng đầu năm 2024", "=", 89, **CNT, year=2024),
    R("Năm 2023, «60/60 tỉnh", "tỉnh, thành phố có rừng đã công bố hiện trạng rừng", "=", 60, **CNT),
    R("nước là «14.860.309ha", "tổng diện tích rừng cả nước", "=", 14860309, **HA),
    R("che phủ «13.927.122ha", "Diện tích rừng đủ tiêu chí tính tỷ lệ che phủ", "=", 13927122, **HA),
    R("đặc dụng «2.198.773ha", "rừng đặc dụng", "=", 2198773, **HA),
    R("phòng hộ «4.618.453ha", "rừng phòng hộ", "=", 4618453, **HA),
    R("sản xuất «7.109.896ha", "rừng sản xuất", "=", 7109896, **HA),
    R("toàn quốc đạt «42,02%", "Tỷ lệ che phủ rừng toàn quốc", "=", 42.02),
    R("phát hiện «3.327 vụ", "vụ vi phạm ảnh hưởng đến rừng các cơ quan chức năng đã phát hiện trên phạm vi cả nước",
      "=", 3327, **CNT),
    R("tác động «1.047,8ha", "diện tích rừng bị tác động trong các vụ vi phạm", "=", 1047.8, **HA),
    R("phát hiện «650 vụ", "vụ phá rừng các cơ quan chức năng đã phát hiện 4 tháng đầu năm 2024", "=", 650, **CNT,
      year=2024),
    R("tác động «182,2ha", "diện tích bị tác động trong các vụ phá rừng 4 tháng đầu năm 2024", "=", 182.2, **HA,
      year=2024),
    R("xảy ra «310 vụ", "vụ cháy rừng cả nước đã xảy ra", "=", 310, **CNT),
    R("ảnh hưởng «674,5ha", "diện tích rừng bị ảnh hưởng trong các vụ cháy rừng", "=", 674.5, **HA),
    R("đó «187ha", "diện tích rừng bị cháy khó có khả năng tự phục hồi", "=", 187, **HA),
])

# --------------------------------------------------------------------------
# 03 The whole country: forest damaged, cut and burnt in the first eleven months of 2025, with the
# close of the "one billion trees" scheme (vietnamplus.vn; the stamp " date 2025-12-06" written as the
# first line; nothing cut; the excerpt ends in "xã "). Kind result, year 2025 (the text's "từ đầu
# năm 2025", "tháng 11/2025"; the scheme's total "sau 5 năm" is measured at its close, 2025).
# Results: "1.059,6 ha rừng bị thiệt hại", "744,1 ha rừng bị chặt, phá", "315,5 ha rừng bị cháy",
# the month's "18,8ha (bao gồm 18,7ha ...; 0,1ha ...)" (each its own subject); "ước đạt 29,9 nghìn
# ha" (=, 29900, spec's "ước đạt"); "8,3 triệu cây" (count, 8.3e6); "2.478,5 nghìn m3" (other,
# "m3", 2478500); "trên 1,439 tỷ cây xanh" (>, count 1.439e9); "573,9 triệu cây xanh phân tán",
# "865,2 triệu cây xanh trồng trong rừng tập trung" (counts), "tương đương với 429.125 ha rừng" (=,
# ha); "tỷ lệ che phủ rừng ổn định ở khoảng 42%" (~). NOT: the changes against the same period
# ("giảm 33,1%", "giảm 11,3%", "giảm 57,8%", "giảm 4,8%", "giảm 1,0%", "giảm 1,9%") and the
# overshoot "vượt 43,9% so với mục tiêu" (spec). Not quantities: "6/12", "5/12" (dates), "11 tháng",
# "tháng 11", "5 năm", "2021-2025" (periods), "Trồng một tỷ cây xanh" (a scheme's name).
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-rung-bi-thiet-hai-11-thang-2025", kind="result", year=2025, records=[
    R("nước có «1.059,6 ha", "rừng bị thiệt hại cả nước trong 11 tháng", "=", 1059.6, **HA),
    R("có «744,1 ha", "rừng bị chặt, phá", "=", 744.1, **HA),
    R("); «315,5 ha", "rừng bị cháy", "=", 315.5, **HA),
    R("chiếm «18,8ha", "tổng diện tích rừng bị thiệt hại trên cả nước trong tháng 11", "=", 18.8, **HA),
    R("gồm «18,7ha", "rừng bị chặt, phá trong tháng 11", "=", 18.7, **HA),
    R("; «0,1ha", "rừng bị cháy trong tháng 11", "=", 0.1, **HA),
    R("ước đạt «29,9 nghìn ha", "diện tích rừng trồng mới tập trung trên cả nước", "=", 29.9 * K, **HA),
    R("đạt «8,3 triệu cây", "số cây lâm nghiệp trồng phân tán", "=", 8.3 * M, **CNT),
    R("ước đạt «2.478,5 nghìn m3", "Sản lượng gỗ khai thác trong tháng 11", "=", 2478.5 * K, **M3),
    R("trên «1,439 tỷ cây", "cây xanh cả nước đã trồng được sau 5 năm thực hiện đề án", ">", 1.439 * B, **CNT),
    R("có «573,9 triệu", "cây xanh phân tán", "=", 573.9 * M, **CNT),
    R("; «865,2 triệu", "cây xanh trồng trong rừng tập trung", "=", 865.2 * M, **CNT),
    R("với «429.125 ha", "rừng tương đương với cây xanh trồng trong rừng tập trung", "=", 429125, **HA),
    R("khoảng «42%", "tỷ lệ che phủ rừng cả nước duy trì ổn định", "~", 42),
], NOT=["giảm «33,1%", "giảm «11,3%", "giảm «57,8%", "giảm «4,8%", "giảm «1,0%", "giảm «1,9%", "vượt «43,9%"])

# --------------------------------------------------------------------------
# 04 The whole country: forest damaged and burnt in February and the first two months of 2025, from
# the statistics office's report, and the fires of January (doanhnghiepkinhtexanh.vn; nothing cut;
# no stamp, no byline; the excerpt ends in "phía"). Kind result, year 2025 (every value is of 2025).
# Results: "73,1 ha" (the month's damage), "17,1 ha" burnt, with "Cao Bằng 10,0 ha, Bắc Kạn 3,8
# ha, Lai Châu 2,0 ha" (each with `place`, the burnt area's province), "56,0 ha" cut; the two
# months' "145,4 ha", "19,4 ha", "126,0 ha"; "khoảng 2 ha rừng bị thiệt hại" in the two fires of
# 9/1 in Quảng Ninh and Bắc Ninh (~, no single place), "hơn 2 ha rừng" at Đồ Sơn, Hải Phòng (>,
# place "Hải Phòng"). NOT: the changes "tăng 34,7%", "tăng 4,0%", "tăng 64,0%", "tăng 43,3%". Not
# quantities: "gấp 39,7 lần", "gấp 27 lần" (changes against the same period), "2/2025", "9/1",
# "7/1", "1/2025", "tháng 3 đến tháng 7/2025" (dates), "2 tháng đầu năm", "tháng 2" (periods), "gần
# chục vụ", "hai vụ", "hàng trăm người" (words).
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-rung-bi-chay-2-thang-2025", kind="result", year=2025, records=[
    R("2/2025 là «73,1 ha", "diện tích rừng bị thiệt hại trong tháng 2/2025", "=", 73.1, **HA),
    R("bị cháy là «17,1 ha", "Diện tích rừng bị cháy trong tháng 2/2025", "=", 17.1, **HA),
    R("Cao Bằng «10,0 ha", "Diện tích rừng bị cháy trong tháng 2/2025 ở Cao Bằng", "=", 10, **HA, place="Cao Bằng"),
    R("Bắc Kạn «3,8 ha", "Diện tích rừng bị cháy trong tháng 2/2025 ở Bắc Kạn", "=", 3.8, **HA, place="Bắc Kạn"),
    R("Lai Châu «2,0 ha", "Diện tích rừng bị cháy trong tháng 2/2025 ở Lai Châu", "=", 2, **HA, place="Lai Châu"),
    R("phá là «56,0 ha", "diện tích rừng bị chặt, phá trong tháng 2/2025", "=", 56, **HA),
    R("hại là «145,4 ha", "diện tích rừng bị thiệt hại hai tháng đầu năm 2025", "=", 145.4, **HA),
    R("bị cháy là «19,4 ha", "diện tích rừng bị cháy hai tháng đầu năm 2025", "=", 19.4, **HA),
    R("phá là «126,0 ha", "diện tích rừng bị chặt, phá hai tháng đầu năm 2025", "=", 126, **HA),
    R("khoảng «2 ha", "rừng bị thiệt hại do hai vụ cháy rừng tại Quảng Ninh và Bắc Ninh", "~", 2, **HA),
    R("hơn «2 ha", "rừng bị ảnh hưởng do vụ cháy lớn tại rừng thông phường Vạn Hương, quận Đồ Sơn", ">", 2, **HA,
      place="Hải Phòng"),
], NOT=["tăng «34,7%", "tăng «4,0%", "tăng «64,0%", "tăng «43,3%"])

# --------------------------------------------------------------------------
# 05 Cà Mau: the melaleuca and acacia forest under fire-danger warnings, April 2025 (znews.vn; the
# stamp " date 2025-04" written as the first line; nothing cut; the excerpt ends in "cao điểm c").
# Kind result, year 2025. Results: "hơn 36.323 ha/45.765 ha rừng ... có nguy cơ xảy ra cháy" (>,
# 36323 ha; the denominator "/45.765 ha" is not a quantity, as set193's "/15"), "cấp 4 ... là 20.138
# ha" (=), "cấp V ... gần 4.800 ha" (~). Not quantities: "11/4" (a date), "cấp 4", "cấp V" (the
# warning levels' names), "24/24" (round the clock).
# --------------------------------------------------------------------------
D05 = dict(name="05_camau-rung-tram-cap-chay-2025", kind="result", year=2025, records=[
    R("có hơn «36.323 ha", "diện tích rừng (cây tràm, keo lai) toàn tỉnh đang khô hạn có nguy cơ xảy ra cháy", ">",
      36323, **HA),
    R("là «20.138 ha", "diện tích rừng dự báo nguy cơ cháy cấp 4 (cấp nguy hiểm)", "=", 20138, **HA),
    R("gần «4.800 ha", "diện tích rừng dự báo nguy cơ cháy cấp V (cấp cực kỳ nguy hiểm)", "~", 4800, **HA),
])

# --------------------------------------------------------------------------
# 06 Lâm Đồng: the Department of Agriculture's proposed budget for forest protection and fire
# prevention in 2021 (nhabaovanviet.blogspot.com; cut: the byline date "Thứ Sáu, 13 tháng 8, 2021"
# (written as the first line `date 2021-08-13`) with the blank line after it, the byline "MẠC KHẢI"
# with the blank line after it; the closing "THÁNG 8/2021" kept). Kind target (a plan's proposed
# amounts for 2021: "vừa đề xuất khoản kinh phí 5,5 tỷ đồng cho công tác ... năm 2021"), year 2021;
# bare numbers `>=` (spec). Money is unit other "đồng" (spec's decided case). Targets: the title's
# and the lead's "5,5 tỷ đồng" (two statements, two records, as earlier sets counted titles), "3,9
# tỷ đồng", "1 tỷ đồng", "20 xã điển hình" (count), "600 triệu đồng", "6 cuộc diễn tập" (count).
# Not quantities: "5 huyện Lạc Dương, Đơn Dương, Đức Trọng, Di Linh, Bảo Lâm" (the lead of the list
# of the districts' names, where the drills are held; as set193's "15 xã ... bao gồm"), "THÁNG
# 8/2021" (a date).
# --------------------------------------------------------------------------
D06 = dict(name="06_lamdong-kinh-phi-pcccr-2021", kind="target", year=2021, records=[
    R("\n«5,5 tỷ đồng bảo vệ", "kinh phí bảo vệ, phòng cháy chữa cháy rừng", ">=", 5.5 * B, **VND),
    R("kinh phí «5,5 tỷ", "kinh phí cho công tác bảo vệ, phòng cháy chữa cháy rừng năm 2021 trên địa bàn", ">=",
      5.5 * B, **VND),
    R("đó «3,9 tỷ", "kinh phí xây dựng các quy trình về phòng cháy chữa cháy rừng, bản đồ phân vùng áp dụng kỹ "
      "thuật đốt xử lý vật liệu cháy rừng, bảng tra cấp dự báo cháy rừng", ">=", 3.9 * B, **VND),
    R("theo «1 tỷ", "kinh phí hỗ trợ các thành viên Ban Lâm nghiệp trong tuần tra bảo vệ, phòng cháy chữa cháy rừng",
      ">=", 1 * B, **VND),
    R("của «20 xã", "xã điển hình, thành viên Ban Lâm nghiệp hỗ trợ trong tuần tra bảo vệ, phòng cháy chữa cháy rừng",
      ">=", 20, **CNT),
    R("\n«600 triệu", "kinh phí tổ chức diễn tập phòng cháy, chữa cháy rừng", ">=", 600 * M, **VND),
    R("chức «6 cuộc", "cuộc diễn tập phòng cháy, chữa cháy rừng", ">=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 07 Bà Rịa-Vũng Tàu: the forest rangers' cameras for forest protection and fire prevention, taken
# over in October 2020 (kiemlambrvt.org.vn; cut: the photo caption "Một camera quan sát cố định
# được lắp đặt trên địa bàn huyện Xuyên Mộc" with the blank line after it; the hotline line and the
# section label "Thông tin hoạt động" kept; the excerpt ends in "quan sát…c"). Kind result, year
# 2020 ("trong tháng 10 năm 2020"). Results: "12 camera quan sát cố định", "07 flycam", "12 camera
# ngụy trang" (counts, each its own subject). Not quantities: "(0254) 3732.318 - (0254) 3732.320"
# (telephone numbers), "24/7" (round the clock), "tháng 10 năm 2020" (a date).
# --------------------------------------------------------------------------
D07 = dict(name="07_bariavungtau-camera-bao-ve-rung-2020", kind="result", year=2020, records=[
    R("gồm «12 camera", "camera quan sát cố định tại các cửa ngõ ra vào rừng", "=", 12, **CNT),
    R("cấp «07 flycam", "flycam phục vụ công tác quan sát, giám sát từ trên cao được trang cấp", "=", 7, **CNT),
    R("; «12 camera ngụy trang", "camera ngụy trang phục vụ công tác giám sát, theo dõi tại các vị trí không cố định",
      "=", 12, **CNT),
])


# --------------------------------------------------------------------------
# 08 Quảng Nam, Nông Sơn district: the rangers' fire-prevention checks and fire-warning points in
# the first half of 2023 (baoquangnam.vn; cut: the section label "Tin vắn", the byline "H.LIÊN -
# T.PHƯƠNG |", each with the blank line after it, and the closing "TAGS" with the blank line before
# it). The page states its one paragraph twice (the lead, then the body, word for word): every
# number gets a record in both copies. Kind result, year 2023 ("6 tháng đầu năm 2023"). Results:
# "8 đợt kiểm tra", "tại 6 xã, thị trấn, 2 chủ rừng" (counts of the places checked, each its own
# subject; a judgement), "55 điểm cảnh báo cháy rừng", "xác minh 55/55 điểm" (=, 55; the
# denominator not a quantity), "(đạt 100%)" (=, the share verified). Not quantities: "6 tháng đầu
# năm 2023" (a period).
# --------------------------------------------------------------------------
P08 = ("Trong 6 tháng đầu năm 2023, Hạt Kiểm lâm huyện Nông Sơn tổ chức 8 đợt kiểm tra công tác phòng cháy chữa "
       "cháy rừng tại 6 xã, thị trấn, 2 chủ rừng trên địa bàn huyện. Cung cấp 55 điểm cảnh báo cháy rừng; xác minh "
       "55/55 điểm cảnh báo cháy rừng (đạt 100%).")


def twice(num, indicator, value, **kw):
    """The records of one number in both copies of text 08's paragraph: `num` is a piece of the
    paragraph found once in it, with « before the number; the locator is the paragraph up to it."""
    key = num.replace("«", "")
    assert P08.count(key) == 1, num
    body = P08[:P08.index(key)] + num
    return [R(lead + body, indicator, "=", value, **kw) for lead in ("(QNO) - ", "\n\n")]


D08 = dict(name="08_quangnam-nongson-kiem-tra-pcccr-2023", kind="result", year=2023, records=[
    *twice("«8 đợt", "đợt kiểm tra công tác phòng cháy chữa cháy rừng Hạt Kiểm lâm huyện "
           "Nông Sơn", 8, **CNT),
    *twice("«6 xã", "xã, thị trấn Hạt Kiểm lâm kiểm tra công tác phòng cháy chữa cháy rừng", 6, **CNT),
    *twice("«2 chủ", "chủ rừng Hạt Kiểm lâm kiểm tra công tác phòng cháy chữa cháy rừng", 2, **CNT),
    *twice("Cung cấp «55", "điểm cảnh báo cháy rừng Hạt Kiểm lâm cung cấp", 55, **CNT),
    *twice("«55/55", "điểm cảnh báo cháy rừng Hạt Kiểm lâm xác minh", 55, **CNT),
    *twice("«100%", "điểm cảnh báo cháy rừng Hạt Kiểm lâm xác minh", 100),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa: the cameras watching the forests at risk of fire, and the forest at risk (dantri.com.vn;
# cut: the navigation lines "1. Dòng sự kiện:", "2. Thành phố Thủ Đức", "3. Máy bay quân sự rơi ở
# Bình Định" with the blank line after them, the photo captions "Mắt thần canh lửa rừng - 1", "... -
# 2" and "Cháy rừng xảy ra ở huyện Hoằng Hóa vào năm 2015 khiến nhiều hộ dân phải di dời khẩn cấp",
# each with the blank line after it; no stamp, no byline; the excerpt ends in "Sau nhiều tháng").
# Kind result, year null: nothing left in the text names a year (the address's "20200608" is not in
# the text; the cut caption's "năm 2015" was a caption's). Results: "hơn 48.000 ha rừng trọng điểm
# cháy" (>), "33.760 ha ở cấp cực kỳ nguy hiểm" (=), "thuộc 154 xã ở 16 huyện, thị xã, thành phố"
# (two counts, each its own subject). Not quantities: "24/24h" (round the clock), "Hàng nghìn ha"
# (words).
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-camera-canh-lua-rung-2020", kind="result", year=None, records=[
    R("có hơn «48.000 ha", "rừng trọng điểm cháy Thanh Hóa có qua rà soát", ">", 48000, **HA),
    R("có «33.760 ha", "rừng trọng điểm cháy ở cấp cực kỳ nguy hiểm", "=", 33760, **HA),
    R("thuộc «154 xã", "xã có rừng trọng điểm cháy", "=", 154, **CNT),
    R("ở «16 huyện", "huyện, thị xã, thành phố có rừng trọng điểm cháy", "=", 16, **CNT),
])

# --------------------------------------------------------------------------
# 10 The whole country: forest fires in 2020 (danviet.vn; the stamp " date 2021-05" written as the
# first line; nothing cut). Kind result, year 2020 ("Năm 2020"; the stamp's 2021 is the report's).
# Results: "179 vụ cháy rừng", "645 ha". NOT: "(35%)", "(giảm 68%)" (changes against 2019). Not
# quantities: "giảm 92 vụ", "giảm 1.331 ha" (changes), "năm 2019" (a date).
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-chay-rung-nam-2020", kind="result", year=2020, records=[
    R("xảy ra «179 vụ", "vụ cháy rừng cả nước xảy ra", "=", 179, **CNT),
    R("là «645 ha", "Diện tích rừng thiệt hại do cháy", "=", 645, **HA),
], NOT=["vụ («35%)", "(giảm «68%)"])

# --------------------------------------------------------------------------
# 11 Thanh Hóa: the registry page and preamble of Quyết định 4159/QĐ-UBND (31/12/2025) on the
# province's plan for forest protection and fire prevention 2026-2030 (nhansu.vn; nothing cut; the
# excerpt ends in "ngày 24/12/2025."). A precision text: no record. Document year 2025. Not
# quantities: "4159/QĐ-UBND", "72/2025/QH15", "16/2017/QH14", "55/2024/QH15", "156/2018/NĐ-CP",
# "105/2025/NĐ-CP", "131/2025/NĐ-CP", "16/2025/TT-BNNMT", "150/2025/QĐ-UBND", "1605/TTr-SNNMT"
# (document numbers), the dates, "2026-2030" (a period), "02 cấp" (the two-level local government's
# name).
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-phuong-an-pcccr-2026-2030-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 12 Bắc Giang: the province's plan for forest fire prevention in the dry season 2023-2024, its
# contents (doanhnghiepkinhtexanh.vn; nothing cut; no stamp, no byline; the excerpt opens with
# "Theo đó," and ends in "các huy"). A precision text: no record. Not quantities: "5 nội dung chính"
# (a count of a plan's contents, as the spec's "05 giải pháp"), "mùa khô 2023-2024" (a season),
# "“4 tại chỗ”" (a motto's name), "Nghị định số 02/2020/NĐ-CP ngày 30/6/2020" (a document number
# and a date). Document year 2024 (the season's close; no record needs it).
# --------------------------------------------------------------------------
D12 = dict(name="12_bacgiang-pcccr-mua-kho-2023-2024-precision", kind="target", year=2024, records=[])

# --------------------------------------------------------------------------
# 13 The whole country: the Prime Minister's dispatch on forest fires in the heat of spring 2024
# (suckhoemoitruong.com.vn; cut: the photo caption "Một vụ cháy rừng trồng ở Lâm Đồng vào tháng
# 3-2024 |"; no stamp, no byline; the excerpt ends in "Nam Đ"). Kind result, year 2024 (the text's
# "tháng 5 năm 2024", "27/4/2024", "30/4/2024"). Results: "15 vụ cháy rừng đã xảy ra" (count),
# "gây thiệt hại trên 260 ha rừng" (>), "vụ cháy ... tại huyện Vị Xuyên, tỉnh Hà Giang đã làm hơn
# 20 ha rừng bị thiêu rụi" (>, place "Hà Giang"). Not quantities: "từ 37 đến 39 độ C", "trên 42 độ
# C" (the heat's own measure, as set288, set352 and set359 left temperatures), "10 đến 20 tháng 5
# năm 2024", "26 đến 27/4/2024", "30/4/2024" (dates), "hai cán bộ", "một cán bộ" (words), "Bốn tại
# chỗ" (a motto's name).
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-cong-dien-chay-rung-2024", kind="result", year=2024, records=[
    R("tổng cộng «15 vụ", "vụ cháy rừng đã xảy ra tại các tỉnh", "=", 15, **CNT),
    R("thiệt hại trên «260 ha", "rừng bị thiệt hại do các vụ cháy", ">", 260, **HA),
    R("làm hơn «20 ha", "rừng bị thiêu rụi trong vụ cháy tại huyện Vị Xuyên", ">", 20, **HA, place="Hà Giang"),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13]


def build(doc):
    """One document's records (goldkit.build_records over this set's texts)."""
    return goldkit.build_records(doc, TEXTS)


def not_anchors(doc):
    """The anchors of its NOT entries, for check_gold.py."""
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)

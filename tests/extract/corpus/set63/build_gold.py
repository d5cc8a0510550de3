#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set63).

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
entries; see README). As in set10-set45, the id is given in the record itself (`iid=`).

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


MBS = dict(unit="other", unit_text="Mb/s")
TB100 = dict(unit="other", unit_text="thuê bao/100 dân")

DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")
KM = dict(unit="other", unit_text="km")
MAY100 = dict(unit="other", unit_text="máy/100 dân")

MBITS = dict(unit="other", unit_text="Mbit/s")
MW = dict(unit="other", unit_text="MW")
USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 Huế, 5G in the city (huengaynay.vn, date 2026-01). Results "đến nay" take the
# document's year 2026 (the stamp); the Viettel paragraph's "Riêng trong năm 2025, ...
# lắp đặt thêm 200 trạm ..., nâng tổng số trạm lên gần 330 trạm" → 2025; its "Độ phủ
# ngoài trời hiện đạt khoảng 90%, trong nhà khoảng 70%" says "hiện" → 2026 (a judgement).
# "352 trạm BTS 5G (... Viettel chiếm 324 trạm, VNPT 18 trạm và Mobifone 10 trạm)": one
# record per number, each its own subject, scope null (breakdown by operator). "40/40 xã,
# phường" (count 40). Targets: "năm 2025 ... đạt 60%" (2025), "sang năm 2026 đạt 80%"
# (2026), "đồng thời phủ sóng 5G 100% tại các khu công nghệ thông tin tập trung, khu công
# nghiệp, ..." (>=, year 2026: the last year named in the sentence; a judgement).
# "lắp đặt thêm 200 trạm 5G" in 2025: a count of stations installed in the year, not a
# change against an earlier value (a judgement). Ids: infra.fiveg_coverage_share on the
# three targets; Viettel's own outdoor/indoor coverage no id (one operator; a judgement);
# the 5G station counts no id (infra.bts_stations_count counts all BTS). Pillar null (the
# only heading, "Vào cuộc mạnh mẽ", names none). Not quantities: "4G", "5G", "295-KH/TU",
# "208/KH-UBND", "57-NQ/TW", "Nghị quyết 57", "2030".
# --------------------------------------------------------------------------
D01 = dict(name="01_hue-phu-song-5g-2025", kind="result", year=2026, records=[
    R("đã có «352 trạm", "trạm BTS 5G được đưa vào vận hành trên địa bàn", "=", 352, **CNT),
    R("Viettel chiếm «324 trạm", "Viettel chiếm trạm", "=", 324, **CNT),
    R("VNPT «18 trạm", "VNPT trạm", "=", 18, **CNT),
    R("Mobifone «10 trạm", "Mobifone trạm", "=", 10, **CNT),
    R("Riêng Viettel, «40/40", "Viettel xã, phường của thành phố đều đã có sóng 5G", "=", 40, **CNT),
    R("phủ sóng 5G đạt «60%", "tỷ lệ phủ sóng 5G", ">=", 60, kind="target", year=2025,
      iid="infra.fiveg_coverage_share"),
    R("năm 2026 đạt «80%", "tỷ lệ phủ sóng 5G", ">=", 80, kind="target", year=2026,
      iid="infra.fiveg_coverage_share"),
    R("phủ sóng 5G «100% tại", "phủ sóng 5G tại các khu công nghệ thông tin tập trung, khu công nghiệp, nhà ga, cảng "
      "biển và sân bay quốc tế", ">=", 100, kind="target", year=2026, iid="infra.fiveg_coverage_share"),
    R("lắp đặt thêm «200 trạm", "Viettel lắp đặt thêm trạm 5G", "=", 200, **CNT, year=2025),
    R("lên gần «330 trạm", "Viettel tổng số trạm", "~", 330, **CNT, year=2025),
    R("ngoài trời hiện đạt khoảng «90%", "Độ phủ ngoài trời", "~", 90),
    R("trong nhà khoảng «70%", "Độ phủ trong nhà", "~", 70),
])

# --------------------------------------------------------------------------
# 02 Tây Ninh, telecoms in the border districts (vietnamnet.vn, date 2024-12; "tính đến
# 09 tháng đầu năm 2024" → 2024). Pillar: "Ở lĩnh vực viễn thông, ..." is the lead of its
# sentence, naming a topic of hạ tầng số → digital_infrastructure on its six numbers (as
# set47's "Về lĩnh vực bưu chính, viễn thông,"); the target paragraph ("Trong năm 2025, Tây
# Ninh đặt ra mục tiêu ...") is a new paragraph under no heading → null. Each "bằng X% so
# với cùng kỳ của năm 2023" is a ratio against an earlier value (NOT). "07 doanh nghiệp"
# (count of telecom firms, a result). "1.357.880 tỷ đồng" recorded as written (1.35788e15).
# "4G ở 100% xóm, ấp, khu phố, khu dân cư" (target >=, 2025,
# infra.mobile_village_coverage_share). Ids: infra.mobile_subscriptions_count,
# infra.internet_subscriptions_count (mobile and fixed broadband Internet together; a
# judgement). Not quantities: "240km" (the border's length), "5 huyện" (names), "4G", "5G".
# --------------------------------------------------------------------------
D02 = dict(name="02_tayninh-vien-thong-bien-gioi-2024", kind="result", year=2024, records=[
    R("Tây Ninh có «07 doanh nghiệp", "doanh nghiệp cung ứng dịch vụ viễn thông", "=", 7, **CNT, pillar=INFRA),
    R("cố định đạt «14.423 thuê bao", "tổng số thuê bao điện thoại cố định", "=", 14423, **CNT, pillar=INFRA),
    R("di động đạt «1.424.002 thuê bao", "Tổng số thuê bao điện thoại di động", "=", 1424002, **CNT, pillar=INFRA,
      iid="infra.mobile_subscriptions_count"),
    R("và cố định «1.697.800 thuê bao", "Tổng số thuê bao truy nhập Internet băng rộng di động và cố định", "=",
      1697800, **CNT, pillar=INFRA, iid="infra.internet_subscriptions_count"),
    R("viễn thông đạt «1.357.880 tỷ đồng", "Doanh thu dịch vụ viễn thông", "=", 1357880e9, **DONG, pillar=INFRA),
    R("năm 2024 đạt «34 tỷ đồng", "Nộp ngân sách địa phương", "=", 34e9, **DONG, pillar=INFRA),
    R("4G ở «100% xóm", "phủ sóng di động tốc độ cao 4G xóm, ấp, khu phố, khu dân cư được nhà nước quy hoạch", ">=",
      100, kind="target", year=2025, iid="infra.mobile_village_coverage_share"),
], NOT=["bằng «79,6%", "bằng «90,7%", "bằng «113%", "bằng «97,3%"])

# --------------------------------------------------------------------------
# 03 Bình Phước, the province's information and communications infrastructure plan for
# 2025 (dantocmiennui.vn, no date; "năm 2025" → targets of 2025). Every number is a target
# of the plan ("Đạt được mục tiêu này, ..."), including "đã xây dựng Trung tâm bưu chính
# với quy mô 11 điểm" (worded as done, but inside the 2025 list; a judgement). Ranges "20 –
# 25%", "10 – 15%" (en dash): between. "khoảng 2.080 trạm" → ~. "tối thiểu đạt 0,8 km/cột"
# → >= as written. Pillar: "đối với bưu chính," and "Về viễn thông," are lead-ins; viễn
# thông is a topic of hạ tầng số, and postal infrastructure is counted with it (as set47's
# "Hạ tầng bưu chính") → digital_infrastructure on all eight (a judgement for the postal
# sentence, which opens with e-commerce growth). Ids: infra.fiveg_coverage_share (100% of
# centres and industrial parks); the rest none. Not quantities: "4.0" (a name).
# --------------------------------------------------------------------------
D03 = dict(name="03_binhphuoc-ha-tang-buu-chinh-vien-thong-2025", kind="target", year=2025, records=[
    R("logistics đạt «20 – 25%", "tốc độ tăng trưởng các dịch vụ thương mại điện tử và logistics", "between", 20,
      value_max=25, pillar=INFRA),
    R("quy mô «11 điểm", "Trung tâm bưu chính với quy mô điểm", ">=", 11, **CNT, pillar=INFRA),
    R("trung bình đạt «4.000m2", "Trung tâm bưu chính trung bình", ">=", 4000, unit="other", unit_text="m2/huyện",
      pillar=INFRA),
    R("tối thiểu «2 sàn", "sàn thương mại điện tử do doanh nghiệp bưu chính Việt Nam sở hữu", ">=", 2, **CNT,
      pillar=INFRA),
    R("đạt «10 – 15%", "tỷ lệ ngầm hóa hạ tầng mạng cáp viễn thông theo tuyến đường", "between", 10, value_max=15,
      pillar=INFRA),
    R("khoảng «2.080 trạm", "phát triển mới trạm thu phát sóng 5G tại các khu trung tâm và các khu công nghiệp", "~",
      2080, **CNT, pillar=INFRA),
    R("sóng 5G đạt «100%", "tỷ lệ phủ sóng 5G tại các khu trung tâm và khu công nghiệp", ">=", 100, pillar=INFRA,
      iid="infra.fiveg_coverage_share"),
    R("tối thiểu đạt «0,8 km/cột", "bán kính phục vụ có một trạm truy nhập thông tin di động", ">=", 0.8,
      unit="other", unit_text="km/cột", pillar=INFRA),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, 5G in industrial parks by the end of 2025 (baophutho.vn, no date; "đến hết
# năm 2025" → 2025). The title states the first target again ("hoàn thiện 100% khu công
# nghiệp có sóng 5G"): recorded, as a quantity stated in the text. Targets: 100% of
# industrial parks, "tối thiểu 5% cụm công nghiệp" (infra.fiveg_coverage_share, whose
# wordings name industrial parks), "tối thiểu 2 nền tảng công nghệ IoT" (twice, in two
# paragraphs), "tối thiểu 28 trạm BTS 5G mới". "4 trạm phát sóng" of Viettel's trial: a
# result (=, year 2025 from the document). "tăng ít nhất gấp đôi" has no digit. Pillar
# null. Not quantities: "57-NQ/TW", "tháng 10", "12/2025".
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-khu-cong-nghiep-5g-2025", kind="target", year=2025, records=[
    R("hoàn thiện «100% khu công nghiệp", "khu công nghiệp có sóng 5G", ">=", 100, iid="infra.fiveg_coverage_share"),
    R("hoàn thiện «100% Khu", "Khu công nghiệp có sóng 5G", ">=", 100, iid="infra.fiveg_coverage_share"),
    R("tối thiểu «5% cụm", "cụm công nghiệp có sóng 5G", ">=", 5, iid="infra.fiveg_coverage_share"),
    R("tối thiểu «2 nền tảng công nghệ IoT (IoT", "nền tảng công nghệ IoT (IoT Platform) nội địa", ">=", 2, **CNT),
    R("với «4 trạm", "Viettel Phú Thọ khai trương thử nghiệm mạng 5G với trạm phát sóng", "=", 4, **CNT,
      kind="result"),
    R("tối thiểu «28 trạm", "trạm BTS 5G mới tại các khu, cụm công nghiệp", ">=", 28, **CNT),
    R("ít nhất «2 nền tảng", "nền tảng công nghệ IoT do các doanh nghiệp viễn thông trong nước phát triển", ">=", 2,
      **CNT),
])

# --------------------------------------------------------------------------
# 05 Gia Lai, 5G and IoT in industrial parks (baogialai.com.vn, date 2025-10; "Năm 2025"
# → 2025). Results: "hơn 8.800 trạm thu phát sóng (BTS)" (>, infra.bts_stations_count),
# "98% là trạm 2G/3G/4G", "169 trạm 5G (chiếm 2%)". Targets: "nâng tỷ lệ phủ sóng 5G lên
# 50%" twice (infra.fiveg_coverage_share), "xây mới và chuyển đổi 1.028 trạm BTS 5G
# (VNPT: 364 trạm, Viettel: 569 trạm; MobiFone: 95 trạm và dự kiến triển khai năm 2026)":
# four counts, each its own subject, scope null; MobiFone's 95 takes year 2026 (its own
# clause says so; a judgement), the others 2025. "nâng tổng số trạm 5G lên 1.197 trạm,
# tương đương 29% số trạm 4G hiện có" (>=). Pillar null. Not quantities: "2G/3G/4G", "5G".
# --------------------------------------------------------------------------
D05 = dict(name="05_gialai-5g-iot-khu-cong-nghiep-2025", kind="result", year=2025, records=[
    R("phủ sóng 5G lên «50% và xây dựng", "tỷ lệ phủ sóng 5G", ">=", 50, kind="target",
      iid="infra.fiveg_coverage_share"),
    R("có hơn «8.800 trạm", "Gia Lai trạm thu phát sóng (BTS)", ">", 8800, **CNT, iid="infra.bts_stations_count"),
    R("trong đó «98% là", "trạm 2G/3G/4G", "=", 98),
    R("có «169 trạm", "trạm 5G", "=", 169, **CNT),
    R("(chiếm «2%)", "trạm 5G chiếm", "=", 2),
    R("phủ sóng 5G lên «50% và triển khai", "tỷ lệ phủ sóng 5G", ">=", 50, kind="target",
      iid="infra.fiveg_coverage_share"),
    R("chuyển đổi «1.028 trạm", "xây mới và chuyển đổi trạm BTS 5G", ">=", 1028, **CNT, kind="target"),
    R("VNPT: «364 trạm", "VNPT trạm", ">=", 364, **CNT, kind="target"),
    R("Viettel: «569 trạm", "Viettel trạm", ">=", 569, **CNT, kind="target"),
    R("MobiFone: «95 trạm", "MobiFone trạm", ">=", 95, **CNT, kind="target", year=2026),
    R("lên «1.197 trạm", "tổng số trạm 5G", ">=", 1197, **CNT, kind="target"),
    R("tương đương «29% số", "tổng số trạm 5G số trạm 4G hiện có", ">=", 29, kind="target"),
])

# --------------------------------------------------------------------------
# 06 Hà Tĩnh, telecoms in 2024 (vietnam.vn, no date; "Theo số liệu năm 2024", "Tính đến
# năm 2024" → 2024). Pillar: the paragraphs open with the labels "Mạng di động:" and
# "Internet băng rộng:", topics of hạ tầng số (mạng viễn thông, băng rộng) → each is a
# heading for its paragraph → digital_infrastructure on all five. "khoảng 60% số xã" of
# the mountain districts Hương Sơn, Vũ Quang: ~, scope null (a place, not an
# administrative level; districts carry no `place`). "chỉ có 40% hộ gia đình tại các xã
# miền núi" (=, infra.households_internet_share, a sub-group value kept with its id; a
# judgement). Ids: infra.mobile_population_coverage_share (98%); "tỷ lệ kết nối Internet
# băng rộng trên toàn tỉnh" no id (households or people not said). Not quantities: "4G".
# --------------------------------------------------------------------------
D06 = dict(name="06_hatinh-vien-thong-2024", kind="result", year=2024, records=[
    R("tỉnh đạt «98%", "tỷ lệ phủ sóng di động của tỉnh", "=", 98, pillar=INFRA,
      iid="infra.mobile_population_coverage_share"),
    R("tại «85% các xã", "mạng 4G phủ sóng các xã, thị trấn", "=", 85, pillar=INFRA),
    R("khoảng «60% số xã", "huyện miền núi như Hương Sơn, Vũ Quang, mạng 4G chỉ mới có mặt số xã", "~", 60,
      pillar=INFRA),
    R("toàn tỉnh đạt khoảng «70%", "tỷ lệ kết nối Internet băng rộng trên toàn tỉnh", "~", 70, pillar=INFRA),
    R("chỉ có «40% hộ", "hộ gia đình tại các xã miền núi được kết nối Internet băng rộng", "=", 40, pillar=INFRA,
      iid="infra.households_internet_share"),
])

# --------------------------------------------------------------------------
# 07 Lào Cai, bringing mobile signal to remote villages (baolaocai.vn, no date): a
# precision text, two quantities among a name with a digit ("Km4"), a year ("cuối năm
# 2024") and names ("BTS"). "gần 40 hộ dân ở đây có thể sử dụng dịch vụ di động ổn định"
# (~, count; year 2024: the sentence "Nhờ đó, ..." reports the effect of the station built
# "cuối năm 2024"; a judgement), "Huyện Bát Xát hiện có hơn 70 trạm thu phát sóng (BTS)"
# (>, count, infra.bts_stations_count though a district's; year null: the text names no
# year for "hiện"; a judgement). Document year null. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_laocai-dua-song-ve-ban-precision", kind="result", year=None, records=[
    R("gần «40 hộ", "hộ dân có thể sử dụng dịch vụ di động ổn định", "~", 40, **CNT, year=2024),
    R("hơn «70 trạm", "Huyện Bát Xát trạm thu phát sóng (BTS)", ">", 70, **CNT, iid="infra.bts_stations_count"),
])

# --------------------------------------------------------------------------
# 08 National telecoms in 2023 (vietbao.vn, date 2023-12; "Năm 2023" → 2023): a
# precision text for changes and standings against the plan. Every "tăng X% so với cùng
# kỳ / năm 2022" and "đạt X% (so với) kế hoạch năm 2023" is NOT (contract). The title's
# "nộp 46.000 tỷ đồng" is recorded as well as the body's (each statement of the number).
# "(tương ứng với tỷ lệ 85,5 thuê bao/100 dân)": unit other "thuê bao/100 dân" (as set23),
# infra.mobile_broadband_subscriptions_per_100. Speeds "104,08 Mbit/s", "44,92 Mbit/s"
# (unit other "Mbit/s"; infra.fixed_broadband_speed, infra.mobile_broadband_speed) and
# their places "xếp thứ 41/181", "57/181" (rank =). "84,4%": smartphone users among mobile
# users (infra.smartphone_subscriptions_share). "(trung bình quốc tế: 63% ...)": the world
# average quoted as a benchmark, not Việt Nam's value → NOT (a judgement). "Có 42/63
# (chiếm 75%) các tỉnh, thành phố ... đã ban hành Kế ho[ạch]": count 42 and its share.
# Ids: infra.fibre_household_coverage_share (households using fibre; a judgement),
# infra.internet_users_share. Pillar null. Not quantities: "tháng 10/2023" (dates), the
# denominators "/181", "/100 dân", "/63".
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-vien-thong-2023-precision", kind="result", year=2023, records=[
    R("thông nộp «46.000 tỷ đồng vào", "Các doanh nghiệp viễn thông nộp ngân sách nhà nước", "=", 46000e9, **DONG),
    R("ước đạt «139.260 tỷ", "tổng doanh thu dịch vụ viễn thông", "=", 139260e9, **DONG),
    R("ước đạt «46.000 tỷ đồng, tăng", "Nộp ngân sách nhà nước trong lĩnh vực viễn thông", "=", 46000e9, **DONG),
    R("ước đạt «79,4%", "Tỷ lệ hộ gia đình sử dụng cáp quang", "=", 79.4, iid="infra.fibre_household_coverage_share"),
    R("ước đạt «78,59%", "Tỷ lệ người sử dụng Internet", "=", 78.59, iid="infra.internet_users_share"),
    R("đạt «84,9 triệu", "Số thuê bao băng rộng di động", "=", 84.9e6, **CNT),
    R("tỷ lệ «85,5 thuê bao", "tỷ lệ thuê bao băng rộng di động/100 dân", "=", 85.5, **TB100,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("đạt «104,08 Mbit/s", "Tốc độ băng rộng cố định", "=", 104.08, **MBITS, iid="infra.fixed_broadband_speed"),
    R("xếp thứ «41/181", "Tốc độ băng rộng cố định xếp quốc gia, vùng lãnh thổ", "=", 41, **RANK),
    R("Ookla) «44,92 Mbit/s", "Tốc độ truy cập Internet băng rộng di động", "=", 44.92, **MBITS,
      iid="infra.mobile_broadband_speed"),
    R("xếp thứ «57/181", "Tốc độ truy cập Internet băng rộng di động xếp quốc gia,vùng lãnh thổ", "=", 57, **RANK),
    R("ước đạt «100,1 triệu", "số thuê bao sử dụng smartphone", "=", 100.1e6, **CNT),
    R("ước đạt «84,4%", "Tỷ lệ người dùng smartphone/người dùng điện thoại di động", "=", 84.4,
      iid="infra.smartphone_subscriptions_share"),
    R("Có «42/63", "các tỉnh, thành phố trực thuộc Trung ương đã ban hành Kế ho", "=", 42, **CNT),
    R("(chiếm «75%)", "các tỉnh, thành phố trực thuộc Trung ương đã ban hành Kế ho", "=", 75),
], NOT=["tăng «0,41%", "đạt «99,5% kế hoạch", "khoảng «0,27%", "đạt «93% so", "tăng «4,9%", "đạt «94,2%",
        "tăng «4,09%", "tăng «1,75%", "đạt «95,4%", "tăng «31,9%", "tăng «13,78%", "tăng «5,7%",
        "quốc tế: «63%"])

# --------------------------------------------------------------------------
# 09 National broadband, May 2023 (vnpthcm.com, no date; "tháng 5/2023", "Mục tiêu năm
# 2023" → 2023). The lead paragraph repeats the mobile broadband figures of the fourth:
# both statements recorded. "84.74 triệu" is printed with a point (84,74 million: 84.74e6;
# check_gold.py tolerates this form); "(20,81triệu hộ)" has no space before the magnitude
# (20.81e6; tolerated likewise). Densities "85,2 / 22,1 thuê bao/100 dân" (unit other, ids
# per_100) and the targets "Mục tiêu đạt đến tháng 12/2023 đạt 90 / 25 thuê bao/100 dân"
# (targets >=, 2023). "Mục tiêu năm 2023 đạt 84% tỷ lệ hộ gia đình sử dụng cáp quang"
# (target, infra.fibre_household_coverage_share, as the 76,9% result). "21,96 triệu thuê
# bao" fixed broadband (infra.internet_subscriptions_count: "thuê bao Internet băng rộng cố
# định"). "101 triệu thuê bao" worded "Thuê bao điện thoại di động sử dụng chuyển mạng giữ
# số" (as written), "22,26 triệu" feature phones, "04 doanh nghiệp MVNO", "2,65 triệu"
# (two spaces before "triệu") and "chiếm 2,1%": results. Changes "tăng X%", "tăng 8,1
# triệu", "giảm 4,14 triệu" are not quantities (NOT for the percentages). Pillar null.
# Not quantities: "tháng 5/2023", "tháng 6/2023", "tháng 12/2023", "/100 dân".
# --------------------------------------------------------------------------
D09 = dict(name="09_ca-nuoc-bang-rong-thang-5-2023", kind="result", year=2023, records=[
    R("tháng 5/2023, số thuê bao băng rộng di động đạt «84.74", "số thuê bao băng rộng di động", "=", 84.74e6,
      **CNT),
    R("tháng 5/2023, số thuê bao băng rộng di động đạt 84.74 triệu thuê bao (tương ứng với tỷ lệ «85,2",
      "tỷ lệ thuê bao băng rộng di động/100 dân", "=", 85.2, **TB100,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("12/2023 đạt «90 thuê bao/100 dân…", "thuê bao băng rộng di động/100 dân", ">=", 90, **TB100, kind="target",
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("cáp quang đạt «76,9%", "tỷ lệ hộ gia đình sử dụng cáp quang", "=", 76.9,
      iid="infra.fibre_household_coverage_share"),
    R("(«20,81triệu", "hộ gia đình sử dụng cáp quang", "=", 20.81e6, **CNT),
    R("năm 2023 đạt «84%", "tỷ lệ hộ gia đình sử dụng cáp quang", ">=", 84, kind="target",
      iid="infra.fibre_household_coverage_share"),
    R("cố định đạt «21,96 triệu", "Số thuê bao băng rộng cố định", "=", 21.96e6, **CNT,
      iid="infra.internet_subscriptions_count"),
    R("tỷ lệ «22,1 thuê bao", "tỷ lệ thuê bao băng rộng cố định/100 dân", "=", 22.1, **TB100,
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("đạt «25 thuê bao", "thuê bao băng rộng cố định/100 dân", ">=", 25, **TB100, kind="target",
      iid="infra.fixed_broadband_subscriptions_per_100"),
    R("Số thuê bao băng rộng di động đạt «84.74", "Số thuê bao băng rộng di động", "=", 84.74e6, **CNT),
    R("Số thuê bao băng rộng di động đạt 84.74 triệu thuê bao (tương ứng với tỷ lệ «85,2",
      "tỷ lệ thuê bao băng rộng di động/100 dân", "=", 85.2, **TB100,
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("12/2023 đạt «90 thuê bao/100 dân.", "thuê bao băng rộng di động/100 dân", ">=", 90, **TB100, kind="target",
      iid="infra.mobile_broadband_subscriptions_per_100"),
    R("ước đạt «101 triệu", "Thuê bao điện thoại di động sử dụng chuyển mạng giữ số", "=", 101e6, **CNT),
    R("Feature phone «22,26 triệu", "thuê bao Feature phone", "=", 22.26e6, **CNT),
    R("phép cho «04 doanh nghiệp", "Bộ Thông tin và Truyền thông đã cấp phép cho doanh nghiệp MVNO tại Việt Nam", "=", 4, **CNT),
    R("này là «2,65", "số lượng thuê bao điện thoại di động của các nhà mạng MVNO", "=", 2.65e6, **CNT),
    R("chiếm «2,1%", "thuê bao điện thoại di động của các nhà mạng này tổng số lượng thuê bao toàn thị trường", "=",
      2.1),
], NOT=["tháng 5/2023, số thuê bao băng rộng di động đạt 84.74 triệu thuê bao (tương ứng với tỷ lệ 85,2 thuê bao/100 "
        "dân), tăng «6,6%", "Số thuê bao băng rộng di động đạt 84.74 triệu thuê bao (tương ứng với tỷ lệ 85,2 thuê "
        "bao/100 dân), tăng «6,6%", "tăng «6,2%", "tăng «8,2 %", "tăng «8,72%"])

# --------------------------------------------------------------------------
# 10 National telecoms at the year-end review of 2023 (doanhnghiepkinhtexanh.vn, no date;
# "Hội nghị tổng kết năm 2023" → 2023). Pillar: the subheading "Hạ tầng viễn thông và hạ
# tầng số chuyển mình mạnh mẽ" names hạ tầng số → digital_infrastructure on every record
# below it (all of them). "Độ phủ 4G tại Việt Nam là 99,8%"
# (infra.mobile_broadband_population_coverage_share); the high-income countries' "99,4%",
# the world's "63%" and "khoảng 60%": benchmarks of other populations → NOT (a judgement).
# "thử nghiệm 5G tại 59 tỉnh, thành phố" (count). "84,4%" smartphone users
# (infra.smartphone_subscriptions_share) and the target "100% người dùng có điện thoại
# thông minh vào cuối năm 2024" (>=, 2024, same id). "Độ phủ cáp quang đến từng hộ gia đình
# gần 80%" (~, infra.fibre_household_coverage_share; "so với trung bình thế giới" compares
# with another population, not an earlier value). Not quantities: "29/12/2023", "4G", "5G".
# --------------------------------------------------------------------------
D10 = dict(name="10_ca-nuoc-phu-song-4g-2023", kind="result", year=2023, records=[
    R("Việt Nam là «99,8%", "Độ phủ 4G tại Việt Nam", "=", 99.8, pillar=INFRA,
      iid="infra.mobile_broadband_population_coverage_share"),
    R("5G tại «59 tỉnh", "Việt Nam đã triển khai thử nghiệm 5G tại tỉnh, thành phố", "=", 59, **CNT, pillar=INFRA),
    R("lên tới «84,4%", "tỷ lệ người dùng sử dụng smartphone/tổng số người dùng điện thoại di động", "=", 84.4,
      pillar=INFRA, iid="infra.smartphone_subscriptions_share"),
    R("mục tiêu «100% người dùng", "người dùng có điện thoại thông minh", ">=", 100, kind="target", year=2024,
      pillar=INFRA, iid="infra.smartphone_subscriptions_share"),
    R("hộ gia đình gần «80%", "Độ phủ cáp quang đến từng hộ gia đình", "~", 80, pillar=INFRA,
      iid="infra.fibre_household_coverage_share"),
], NOT=["độ phủ là «99,4%", "thế giới là «63%", "khoảng «60%"])

# --------------------------------------------------------------------------
# 11 National information systems by security level, mid-2024 (tour-time.com, a copy
# of a national news item; no date; "tính đến tháng 6/2024" → 2024). Counts with ">", "~"
# ("trên", "hơn", "gần"); the breakdown by level "3.309 hệ thống cấp độ 1, chiếm gần 46%;
# ..." gives one count and one share per level, each its own subject, scope null (a kind
# of system, not an administrative level). "trong hơn 7.200 hệ thống, có ..." restates the
# total as the denominator → no second record (a judgement). "5.500 ... tương đương 76,5%"
# and "4.068 ... tương đương 56,5%": security.systems_level_approved_share on both shares
# (approved level; approved and fully deployed; a judgement). "1.700 ... 23,4%" and "3.138,
# tương đương 43,5%" (systems not yet approved / deployed). Changes "tăng 11,5% so với năm
# 2023", "tăng khoảng 26,5% so với năm ngoái" → NOT. Pillar null. Not quantities: the
# levels "cấp độ 1" ... "cấp độ 5", "tháng 6/2024".
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-he-thong-thong-tin-cap-do-2024", kind="result", year=2024, records=[
    R("cả nước có trên «7.200", "hệ thống thông tin trong các cơ quan, tổ chức nhà nước", ">", 7200, **CNT),
    R("với hơn «1.500", "hệ thống của các bộ, ngành", ">", 1500, **CNT),
    R("và gần «5.700", "hệ thống của các địa phương", "~", 5700, **CNT),
    R("có «3.309 hệ thống", "hệ thống cấp độ 1", "=", 3309, **CNT),
    R("chiếm gần «46%", "hệ thống cấp độ 1 chiếm", "~", 46),
    R("; «2.914 hệ thống", "hệ thống cấp độ 2", "=", 2914, **CNT),
    R("chiếm hơn «40%", "hệ thống cấp độ 2 chiếm", ">", 40),
    R("; «955 hệ thống", "hệ thống cấp độ 3", "=", 955, **CNT),
    R("chiếm trên «13%", "hệ thống cấp độ 3 chiếm", ">", 13),
    R("; «23 hệ thống", "hệ thống cấp độ 4", "=", 23, **CNT),
    R("chiếm «0,3%", "hệ thống cấp độ 4 chiếm", "=", 0.3),
    R("và «5 hệ thống cấp độ 5", "hệ thống cấp độ 5", "=", 5, **CNT),
    R("chiếm «0,1%", "hệ thống cấp độ 5 chiếm", "=", 0.1),
    R("có hơn «5.500", "hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đảm bảo an toàn", ">", 5500, **CNT),
    R("tương đương «76,5%", "hệ thống thông tin đã được phê duyệt hồ sơ đề xuất cấp độ đảm bảo an toàn", "=", 76.5,
      iid="security.systems_level_approved_share"),
    R("là «4.068 hệ thống", "hệ thống thông tin đã được triển khai đầy đủ phương án bảo đảm an toàn theo hồ sơ đề xuất "
      "cấp độ được duyệt", "=", 4068, **CNT),
    R("tương đương «56,5%", "hệ thống thông tin đã được triển khai đầy đủ phương án bảo đảm an toàn theo hồ sơ đề xuất "
      "cấp độ được duyệt", "=", 56.5, iid="security.systems_level_approved_share"),
    R("còn gần «1.700", "hệ thống thông tin chưa được phê duyệt hồ sơ đề xuất cấp độ đảm bảo an toàn", "~", 1700,
      **CNT),
    R("tương ứng «23,4%", "hệ thống thông tin chưa được phê duyệt hồ sơ đề xuất cấp độ đảm bảo an toàn", "=", 23.4),
    R("là «3.138,", "số hệ thống thông tin của các cơ quan, tổ chức nhà nước còn chưa triển khai đầy đủ phương án bảo "
      "đảm an toàn", "=", 3138, **CNT),
    R("tương đương «43,5%", "số hệ thống thông tin của các cơ quan, tổ chức nhà nước còn chưa triển khai đầy đủ phương "
      "án bảo đảm an toàn", "=", 43.5),
], NOT=["tăng «11,5%", "khoảng «26,5%"])

# --------------------------------------------------------------------------
# 12 National 5G in 2025 (60shomnay.vn, no date; "tháng 5/2025", "cuối năm 2025" → 2025).
# Pillar: the lead paragraph stands under no heading (null); the subheading "Cuộc đua xây
# dựng hạ tầng số" names hạ tầng số → digital_infrastructure on every record below it.
# Results: "hơn 11.591 trạm" (lead, >), "11.591 trạm thu phát sóng (BTS) 5G" (=),
# "tương đương 7,72% số trạm 4G", "Khoảng 26% dân số" (~, infra.fiveg_coverage_share).
# Targets: the lead's "phủ sóng 95% khu vực đô thị và 100% các xã" and the body's "phủ
# sóng 95% khu vực trung tâm đô thị và 100% các xã" (infra.fiveg_coverage_share); "tỷ lệ
# trạm 5G so với trạm 4G lần lượt là 10,3% vào tháng 5, 14,9% ..., 57,5% vào tháng 12"
# (five targets, >=, each with its month in the indicator); "dự kiến hoàn thành 20.000 trạm
# 5G" (a target, >=; "dự kiến" read as the plan's value; a judgement). The 11.591 stations
# no id (5G only). Not quantities: "khoảng 3 tháng" (a duration), the months.
# --------------------------------------------------------------------------
D12 = dict(name="12_ca-nuoc-tram-5g-2025", kind="result", year=2025, records=[
    R("với hơn «11.591", "trạm thu phát sóng 5G đã được lắp đặt", ">", 11591, **CNT),
    R("phủ sóng «95% khu vực đô thị", "phủ sóng 5G khu vực đô thị", ">=", 95, kind="target",
      iid="infra.fiveg_coverage_share"),
    R("và «100% các xã vào", "phủ sóng 5G các xã", ">=", 100, kind="target", iid="infra.fiveg_coverage_share"),
    R("đã có «11.591", "cả nước trạm thu phát sóng (BTS) 5G", "=", 11591, **CNT, pillar=INFRA),
    R("tương đương «7,72%", "trạm thu phát sóng (BTS) 5G số trạm 4G", "=", 7.72, pillar=INFRA),
    R("Khoảng «26% dân số", "dân số hiện có thể tiếp cận công nghệ 5G", "~", 26, pillar=INFRA,
      iid="infra.fiveg_coverage_share"),
    R("lần lượt là «10,3%", "tỷ lệ trạm 5G so với trạm 4G vào tháng 5", ">=", 10.3, kind="target", pillar=INFRA),
    R("«14,9% vào", "tỷ lệ trạm 5G so với trạm 4G vào tháng 9", ">=", 14.9, kind="target", pillar=INFRA),
    R("«24,9% vào", "tỷ lệ trạm 5G so với trạm 4G vào tháng 10", ">=", 24.9, kind="target", pillar=INFRA),
    R("«43,7% vào", "tỷ lệ trạm 5G so với trạm 4G vào tháng 11", ">=", 43.7, kind="target", pillar=INFRA),
    R("«57,5% vào", "tỷ lệ trạm 5G so với trạm 4G vào tháng 12", ">=", 57.5, kind="target", pillar=INFRA),
    R("hoàn thành «20.000 trạm", "các nhà mạng dự kiến hoàn thành trạm 5G", ">=", 20000, **CNT, kind="target",
      pillar=INFRA),
    R("phủ sóng «95% khu vực trung tâm", "phủ sóng khu vực trung tâm đô thị", ">=", 95, kind="target", pillar=INFRA,
      iid="infra.fiveg_coverage_share"),
    R("và «100% các xã trên", "phủ sóng các xã trên cả nước", ">=", 100, kind="target", pillar=INFRA,
      iid="infra.fiveg_coverage_share"),
])

# --------------------------------------------------------------------------
# 13 The national plan for digital infrastructure 2025-2030, its targets for 2025
# (a.vjst.vn, no date; "đến năm 2025" → 2025). Pillar: the lead-ins "Hạ tầng viễn thông -
# Internet:" and "Hạ tầng dữ liệu:" name parts of hạ tầng số → digital_infrastructure on
# every record (data centres counted with the infrastructure, as điện toán đám mây in the
# contract; a judgement). "gồm 04 thành phần chính" (the parts of a definition, like an
# index's parts) → no record. Targets: "số trạm 5G phát sóng ... đạt tối thiểu 50% so với
# số lượng trạm 4G" ("so với số lượng" names the denominator), "tối thiểu 01 tuyến cáp
# quang biển", "đạt 52 Tbps" (unit other "Tbps"), "tối thiểu 25% người sử dụng", "tối
# thiểu 01 doanh nghiệp", "nhóm 20 nước dẫn đầu thế giới về chuyển đổi Internet sang IPv6"
# (rank <=), "1-2 trung tâm dữ liệu mới" (between), "ít nhất 01 trung[tâm]" (cut by the
# excerpt; recorded). "trên 1 Gb/s" and "PUE ... dưới 1,4" qualify the indicator (the speed
# counted, the standard met) → no record of their own (a judgement). No ids (5G stations
# as a share of 4G stations is not the coverage share). Not quantities: "năm 2024".
# --------------------------------------------------------------------------
D13 = dict(name="13_ca-nuoc-ke-hoach-ha-tang-so-2025-2030", kind="target", year=2025, records=[
    R("tối thiểu «50% so", "số trạm 5G phát sóng trong năm 2025 so với số lượng trạm 4G đã phát sóng", ">=", 50,
      pillar=INFRA),
    R("tối thiểu «01 tuyến", "tuyến cáp quang biển quốc tế mới đưa vào khai thác", ">=", 1, **CNT, pillar=INFRA),
    R("đạt «52 Tbps", "Tổng dung lượng thiết kế cáp quang trên biển", ">=", 52, unit="other", unit_text="Tbps",
      pillar=INFRA),
    R("tối thiểu «25% người", "người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1 Gb/s", ">=",
      25, pillar=INFRA),
    R("tối thiểu «01 doanh nghiệp", "doanh nghiệp được cấp phép và tổ chức triển khai thí điểm dịch vụ viễn thông sử "
      "dụng công nghệ vệ tinh quỹ đạo tầm thấp", ">=", 1, **CNT, pillar=INFRA),
    R("nhóm «20 nước", "Việt Nam nước dẫn đầu thế giới về chuyển đổi Internet sang IPv6", "<=", 20, **RANK,
      pillar=INFRA),
    R("Hình thành «1-2", "trung tâm dữ liệu mới đạt tiêu chuẩn xanh", "between", 1, value_max=2, **CNT, pillar=INFRA),
    R("ít nhất «01 trung", "trung tâm dữ liệu", ">=", 1, **CNT, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 14 National villages without mobile signal, 2025 (news.daisan.vn, no date; the title's
# "tháng 9/2025" → 2025): a precision text, six counts among many dates and deadlines
# ("31/8/2025", "tuần thứ 2 tháng 9/2025", "30/11/2025", "Tháng 11/2024", "30/11",
# "tháng 10/2024"). The title "Xóa vùng lõm sóng tại 238 thôn, bản chậm nhất trong tháng
# 9/2025": a target (>=, 2025). "hiện vẫn còn 238 thôn, bản lõm sóng" and "Đối với 117 thôn,
# bản chưa có điện lưới quốc gia": results of 2025. "Tính đến đầu tháng 10/2024, toàn quốc
# còn 761 ... có 543 ... có 637 ... và 124 ...": results of 2024; the second "761" restates
# the total as the denominator → no second record (a judgement). No ids (villages left
# without signal are not the coverage share). Pillar null.
# --------------------------------------------------------------------------
D14 = dict(name="14_ca-nuoc-thon-lom-song-2025-precision", kind="result", year=2025, records=[
    R("sóng tại «238 thôn", "Xóa vùng lõm sóng tại thôn, bản", ">=", 238, **CNT, kind="target"),
    R("vẫn còn «238 thôn", "thôn, bản lõm sóng, nơi đã có điện lưới quốc gia", "=", 238, **CNT),
    R("Đối với «117 thôn", "thôn, bản chưa có điện lưới quốc gia", "=", 117, **CNT),
    R("toàn quốc còn «761 thôn", "toàn quốc thôn, bản lõm sóng di động", "=", 761, **CNT, year=2024),
    R("có «543 thôn", "thôn, bản lõm sóng thuộc vùng đặc biệt khó khăn", "=", 543, **CNT, year=2024),
    R("có «637 thôn", "thôn, bản lõm sóng di động đã có điện", "=", 637, **CNT, year=2024),
    R("và «124 thôn", "thôn, bản lõm sóng di động chưa có điện", "=", 124, **CNT, year=2024),
])

# --------------------------------------------------------------------------
# 15 National data centres and cloud (vneconomy.vn, date 2025-09; cut: the byline "Bạch
# Dương" and "30/09/2025, 14:30"). The lead and the body both state "từ 45 MW năm 2024 dự
# báo lên 525 MW năm 2025, và gần 1.000 MW vào năm 2030": each statement recorded. 45 MW
# is a result of 2024; the forecasts (525 MW in 2025, ~1.000 MW in 2030, the title's "gần
# 1000MW vào năm 2030", "1,24 tỷ USD vào năm 2025") are values for a future year → kind
# target, op >= for the bare number and ~ for "gần" (a judgement: the contract has no
# forecast kind). Results: "hơn 80 triệu người sử dụng Internet" (count, 2025), "tỷ lệ
# triển khai IPv6 đã vượt ngưỡng 60%" (>, 2025), "thị trường điện toán đám mây ... đạt gần
# 19.375 tỷ đồng (tương đương 775 triệu USD) trong năm 2024" (two records, ~, 2024).
# Places "thứ hai", "thứ chín" are words (no record). Pillar null. No ids. Not quantities:
# "AI", "5G và 6G", "2025, định hướng 2030" (the strategy's name), "gấp đôi vào năm 2029"
# (no digit before "đôi"), "30/9".
# --------------------------------------------------------------------------
D15 = dict(name="15_ca-nuoc-trung-tam-du-lieu-2025", kind="result", year=2025, records=[
    R("đạt gần «1000MW", "Công suất trung tâm dữ liệu của Việt Nam", "~", 1000, **MW, kind="target", year=2030),
    R("Việt Nam ghi nhận nhiều bứt phá, từ «45 MW", "năng lực trung tâm dữ liệu của Việt Nam", "=", 45, **MW,
      year=2024),
    R("Việt Nam ghi nhận nhiều bứt phá, từ 45 MW năm 2024 dự báo lên «525 MW", "năng lực trung tâm dữ liệu của Việt Nam",
      ">=", 525, **MW, kind="target"),
    R("Việt Nam ghi nhận nhiều bứt phá, từ 45 MW năm 2024 dự báo lên 525 MW năm 2025, và gần «1.000 MW",
      "năng lực trung tâm dữ liệu của Việt Nam", "~", 1000, **MW, kind="target", year=2030),
    R("có hơn «80 triệu", "người sử dụng Internet", ">", 80e6, **CNT),
    R("vượt ngưỡng «60%", "tỷ lệ triển khai IPv6", ">", 60),
    R("đạt gần «19.375 tỷ", "thị trường điện toán đám mây tại Việt Nam", "~", 19375e9, **DONG, year=2024),
    R("(tương đương «775 triệu USD)", "thị trường điện toán đám mây tại Việt Nam", "~", 775e6, **USD, year=2024),
    R("lên «1,24 tỷ USD", "thị trường điện toán đám mây tại Việt Nam", ">=", 1.24e9, **USD, kind="target"),
    R("đang bứt phá: từ «45 MW", "năng lực trung tâm dữ liệu", "=", 45, **MW, year=2024),
    R("đang bứt phá: từ 45 MW năm 2024 dự báo lên «525 MW", "năng lực trung tâm dữ liệu", ">=", 525, **MW,
      kind="target"),
    R("đang bứt phá: từ 45 MW năm 2024 dự báo lên 525 MW năm 2025, và gần «1.000 MW", "năng lực trung tâm dữ liệu",
      "~", 1000, **MW, kind="target", year=2030),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set335).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed by
../goldkit.py as in the seeds' builder.

Each document may also list NOT: locators of percentages deliberately left without a record (a
result's change against an earlier year); check_gold.py verifies that every percentage has a record
or a NOT entry.

Each record carries `indicator_id_gold` (ignored by the scorer), decided against
muctieu/catalog/data/indicators.yaml: the catalogue has no indicator for libraries, books, readers,
library cards or book fairs, so every record of this set has `iid=None` (see README).

The set's theme is public libraries and reading culture; no text stands under a heading that names a
pillar of digital transformation, so every record has pillar null.

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
from goldkit import R, CNT  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
PER_YEAR_BOOKS = dict(unit="other", unit_text="cuốn sách/năm")

# --------------------------------------------------------------------------
# 01 Thái Nguyên, the provincial library's results to the end of September 2024 (baothainguyen.vn;
# cut: the byline "Phạm Ngọc Chuẩn 09:44, 25/09/2024", written as the first line `date 2024-09-25`,
# and the photo caption "Nhiều bạn trẻ quan tâm tới sách, báo truyền thống." (twice) with the blank
# line after it). Year 2024 ("Tính đến hết tháng 9-2024"). Results: the title's and the lead's "gần
# 27.000 lượt bạn đọc" (`~`, one record each), "cấp mới 577 thẻ", "hơn 49.000 lượt sách báo",
# "hơn 1.100 lượt bạn đọc ... tại phòng đa phương tiện", "gần 124.000 lượt truy cập website", "2 cuộc
# trưng bày sách trực tuyến", "36 cuộc giới thiệu sách" (events held: counts, as the earlier sets'
# "tổ chức N cuộc"). Not quantities: "tháng 9-2024" (a date), "55 năm", "79 năm", "(1969-2024)",
# "(19/8/1945 - 19/8/2024)" (anniversaries' names and dates), "giải Ba" (no digit).
# --------------------------------------------------------------------------
D01 = dict(name="01_thainguyen-thu-vien-tinh-9-thang-2024", kind="result", year=2024, records=[
    R("Phục vụ gần «27.000 lượt", "lượt bạn đọc được phục vụ", "~", 27000, **CNT),
    R("cấp mới «577 thẻ", "thẻ bạn đọc Thư viện tỉnh Thái Nguyên cấp mới", "=", 577, **CNT),
    R("và phục vụ gần «27.000", "lượt bạn đọc Thư viện tỉnh phục vụ", "~", 27000, **CNT),
    R("luân chuyển hơn «49.000 lượt", "lượt sách báo luân chuyển", ">", 49000, **CNT),
    R("phục vụ hơn «1.100 lượt", "lượt bạn đọc đến tìm hiểu, học tập, tra cứu thông tin tại phòng đa phương tiện",
      ">", 1100, **CNT),
    R("gần «124.000 lượt truy cập", "lượt truy cập website của Thư viện", "~", 124000, **CNT),
    R("tổ chức «2 cuộc trưng bày", "cuộc trưng bày sách trực tuyến trên trang thông tin điện tử", "=", 2, **CNT),
    R("tổ chức «36 cuộc giới thiệu", "cuộc giới thiệu sách trên Đài Phát thanh - Truyền hình tỉnh", "=", 36,
      **CNT),
])

# --------------------------------------------------------------------------
# 02 Khánh Hòa, the province's plan for the reading-culture scheme 2021-2025 (baokhanhhoa.vn; cut:
# the byline "07:08, 26/08/2021", written as the first line `date 2021-08-26`, and the photo caption
# "Học sinh thị xã Ninh Hòa tham gia Ngày sách Việt Nam năm 2021. Ảnh chụp tháng 4-2021." (twice)
# with the blank line and the line of one space after it; the excerpt ends in "cố gắn"). Targets,
# year 2025 ("Đến năm 2025, phấn đấu ..."), bare numbers `>=`. The title's "mỗi người dân trung bình
# đọc 4 cuốn sách/năm" (unit other, "cuốn sách/năm": a rate per person and year). "25% người dân ở
# khu vực nông thôn, 20% người dân vùng có điều kiện khó khăn": two records split by population
# group, scopes "khu vực nông thôn" and "vùng có điều kiện khó khăn" (spec: population groups such
# as thành thị / nông thôn). Not quantities: "2021 – 2025", "2021 - 2025", "năm 2030", "26-8" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_khanhhoa-ke-hoach-van-hoa-doc-2025", kind="target", year=2025, records=[
    R("trung bình đọc «4 cuốn", "mỗi người dân trung bình đọc", ">=", 4, **PER_YEAR_BOOKS),
    R("phấn đấu có «80% học sinh", "học sinh, sinh viên được tiếp cận, sử dụng thông tin, tri thức ở các thư "
      "viện công cộng, thư viện của các cơ sở giáo dục", ">=", 80),
    R("«25% người dân ở khu vực", "người dân được tiếp cận, sử dụng các dịch vụ của hệ thống thư viện công cộng, "
      "trung tâm học tập cộng đồng, điểm bưu điện văn hóa xã", ">=", 25, scope="khu vực nông thôn"),
    R("«20% người dân vùng", "người dân được tiếp cận, sử dụng các dịch vụ của hệ thống thư viện công cộng, "
      "trung tâm học tập cộng đồng, điểm bưu điện văn hóa xã", ">=", 20, scope="vùng có điều kiện khó khăn"),
    R("phấn đấu «85% người sử dụng", "người sử dụng thư viện để phục vụ học tập, nghiên cứu, giải trí", ">=", 85),
])

# --------------------------------------------------------------------------
# 03 Kon Tum, the province's plan for the reading-culture scheme: the targets to 2020
# (vpubnd.kontum.gov.vn; nothing cut; no byline, no stamp; the excerpt opens in "Theo đó" and ends
# in "duy trì thói quen"). Targets, year 2020 ("mục tiêu đến năm 2020, phấn đấu"), bare numbers and
# "đạt" `>=`. "15% - 20%", "40% - 50%": `between`. "85% người sử dụng thư viện (đối với học sinh,
# sinh viên là 90%)": two records, the bracket's value for a sub-group with scope "học sinh, sinh
# viên" (a judgement: one sentence giving a second value for a group of the same subject). "01 bản
# sách/người dân", "01 cuốn sách/năm", "90.000 lượt/năm": rates, unit other with the unit as
# written. "80% cơ sở giáo dục ... có thư viện (trong đó 50% cơ sở giáo dục ở bậc phổ thông có thư
# viện đạt chuẩn)": two records, each its own subject, scope null. Not quantities: the list labels
# "(1)", "(2)".
# --------------------------------------------------------------------------
D03 = dict(name="03_kontum-ke-hoach-van-hoa-doc-2020", kind="target", year=2020, records=[
    R("phấn đấu: «80% học sinh", "học sinh, sinh viên được tiếp cận, sử dụng thông tin, tri thức tại các thư viện",
      ">=", 80),
    R("«15% - 20% người dân", "người dân trên địa bàn tỉnh được tiếp cận sử dụng thông tin, tri thức và các dịch "
      "vụ liên quan tại các thư viện công cộng", "between", 15, value_max=20),
    R("«40% - 50% người dân", "người dân có kỹ năng tiếp nhận và sử dụng thông tin, tri thức thông qua việc đọc "
      "và học tập suốt đời", "between", 40, value_max=50),
    R("«85% người sử dụng", "người sử dụng thư viện có kỹ năng tiếp nhận và sử dụng thông tin, tri thức thông qua "
      "việc đọc", ">=", 85),
    R("sinh viên là «90%)", "học sinh, sinh viên sử dụng thư viện có kỹ năng tiếp nhận và sử dụng thông tin, tri "
      "thức thông qua việc đọc", ">=", 90, scope="học sinh, sinh viên"),
    R("bình quân «01 bản sách", "mức hưởng thụ bình quân sách trong hệ thống thư viện công cộng", ">=", 1,
      unit="other", unit_text="bản sách/người dân"),
    R("trung bình đọc «01 cuốn", "mỗi người dân trung bình đọc", ">=", 1, **PER_YEAR_BOOKS),
    R("đạt «90.000 lượt/năm", "số lượt người truy cập và sử dụng thông tin tại các thư viện", ">=", 90000,
      unit="other", unit_text="lượt/năm"),
    R("«80% cơ sở giáo dục", "cơ sở giáo dục ở các bậc, cấp học có thư viện", ">=", 80),
    R("trong đó «50% cơ sở", "cơ sở giáo dục ở bậc phổ thông có thư viện đạt chuẩn", ">=", 50),
    R("«90% thư viện công cộng", "thư viện công cộng có vốn tài liệu tổng hợp, tài liệu chuyên sâu đủ khả năng "
      "phục vụ cho mọi đối tượng", ">=", 90),
])

# --------------------------------------------------------------------------
# 04 Phú Thọ, the provincial library handing 24 community bookcases to communes of ethnic-minority
# and mountain areas, January 2026 (baophutho.vn; the stamp " date 2026-01-16 {title}" written as
# the first line `date 2026-01-16`, the crawler's empty title placeholder "{title}" dropped; cut:
# the photo caption "Thư viện tỉnh Phú Thọ bàn giao tủ sách cộng đồng tại xã Thượng Cốc." and the
# byline "Thu Hà"). Year 2026 (the stamp; the text names no other year of the hand-over). Results,
# counts: "24 tủ sách cộng đồng", "11 xã được hỗ trợ 1 tủ, 233 bản sách" (three records: the
# communes, the bookcase each, the books), "13 xã ... với 299 bản sách" (two). Not quantities:
# "2021-2030" (the programme's period, part of its name).
# --------------------------------------------------------------------------
D04 = dict(name="04_phutho-tu-sach-cong-dong-24-xa-2026", kind="result", year=2026, records=[
    R("bàn giao «24 tủ sách", "tủ sách cộng đồng Thư viện tỉnh bàn giao cho các địa phương", "=", 24, **CNT),
    R("Theo đó, «11 xã", "xã được hỗ trợ tủ sách cộng đồng", "=", 11, **CNT),
    R("hỗ trợ «1 tủ", "tủ sách cộng đồng được hỗ trợ cho xã", "=", 1, **CNT),
    R("tủ, «233 bản sách", "bản sách được hỗ trợ cho xã", "=", 233, **CNT),
    R("sách; «13 xã", "xã được tăng cường thêm tài nguyên cho tủ sách sẵn", "=", 13, **CNT),
    R("với «299 bản sách", "bản sách tăng cường thêm tài nguyên cho tủ sách sẵn", "=", 299, **CNT),
])

# --------------------------------------------------------------------------
# 05 Hồ Chí Minh City, the Tết book street of Giáp Thìn 2024 (phapluatplus.baophapluat.vn; cut: the
# weather lines (five cities, then five bulleted), the section label "Sức khỏe - đời sống", the
# byline "19/02/2024 11:16" (written as the first line `date 2024-02-19`), the author "Đỗ Quyên", the
# font widget "aa", and two image file names "422610506_..._n" and the truncated "425401442_...").
# Year 2024. Results: the title's "thu về hơn 10 tỷ đồng" and the caption's "đạt hơn 10 tỷ đồng"
# (`>`, money: unit other "đồng"), "doanh thu ... ước đạt 10.028.154.500 đồng" (=, spec: "ước
# đạt"), "trên 1.000.000 lượt khách tham quan", "tổng diện tích tổ chức 11.200m2" (unit other
# "m2"), "hơn 76.000 cuốn sách được bán ra", "Trung bình mỗi ngày, lễ hội đón 125.000 người".
# NOT: "tăng hơn 18% so với năm 2023", "tăng hơn 11% so với năm ngoái" (a result's change against
# an earlier year, spec). Not quantities: "tăng hơn 300m2 so với năm 2023" (a change), "30 đơn vị
# xuất bản, phát hành" and "(so với năm 2023 là 20 đơn vị)" (the event's participants, spec), "8
# ngày", "từ ngày 7 đến ngày 14.2" (duration, dates), "quận 1" (a name), the exhibits' sizes "hơn
# 300m2", "cao 7m".
# --------------------------------------------------------------------------
D05 = dict(name="05_hochiminh-duong-sach-tet-2024", kind="result", year=2024, records=[
    R("thu về hơn «10 tỷ", "doanh thu Lễ hội Đường sách Tết Giáp Thìn", ">", 10e9, **DONG),
    R("ước đạt «10.028.154.500", "doanh thu tại Lễ hội Đường sách Tết Giáp Thìn 2024", "=", 10028154500, **DONG),
    R("trên «1.000.000 lượt", "lượt khách tham quan", ">", 1000000, **CNT),
    R("tổ chức «11.200m2", "tổng diện tích tổ chức", "=", 11200, unit="other", unit_text="m2"),
    R("hơn «76.000 cuốn", "cuốn sách được bán ra", ">", 76000, **CNT),
    R("lễ hội đón «125.000 người", "người lễ hội đón trung bình mỗi ngày", "=", 125000, **CNT),
    R("2024 đạt hơn «10 tỷ", "Lễ hội Đường sách Tết Giáp Thìn 2024 đạt doanh thu", ">", 10e9, **DONG),
], NOT=["tăng hơn «18%", "tăng hơn «11%"])

# --------------------------------------------------------------------------
# 06 Đồng Nai, the provincial library's results from the start of 2020 to mid-May (baodongnai.com.vn;
# cut: "Cập nhật lúc 19:58, Thứ Sáu, 15/05/2020 (GMT+7)", written as the first line `date
# 2020-05-15`; the excerpt ends in "100 ngàn lư"). Year 2020. Results (counts; "hơn" `>`, "gần"
# `~`; "ngàn" multiplies by 1e3): the title's and the lead's "hơn 140 ngàn lượt" (one record each),
# its breakdown "trong thư viện 6.185 lượt, ngoài thư viện 133.815 lượt" (two records, scope null: a
# breakdown by kind of service, not a level or population group), "hơn 6 ngàn thẻ", "hơn 450 ngàn
# lượt sách báo", "gần 2 ngàn đĩa CD, VCD, DVD", "gần 2 ngàn tên sách (hơn 8 ngàn bản sách)",
# "402.918 bản sách", "11 thư viện huyện và thành phố", and the district libraries' "hơn 5 ngàn bản
# sách", "hơn 600 thẻ", "hơn 100 ngàn lư[ợt]". Not quantities: "Covid-19" (a name), "từ năm 2014"
# (a date), "hàng trăm", "hàng chục" (no digit).
# --------------------------------------------------------------------------
D06 = dict(name="06_dongnai-thu-vien-tinh-dau-nam-2020", kind="result", year=2020, records=[
    R("phục vụ hơn «140 ngàn lượt bạn", "lượt bạn đọc Thư viện tỉnh phục vụ", ">", 140000, **CNT),
    R("cấp hơn «6 ngàn thẻ", "thẻ bạn đọc Thư viện tỉnh đã cấp", ">", 6000, **CNT),
    R("phục vụ hơn «140 ngàn lượt (", "lượt bạn đọc Thư viện tỉnh phục vụ", ">", 140000, **CNT),
    R("trong thư viện «6.185 lượt", "lượt phục vụ trong thư viện", "=", 6185, **CNT),
    R("ngoài thư viện «133.815 lượt", "lượt phục vụ ngoài thư viện", "=", 133815, **CNT),
    R("lưu hành hơn «450 ngàn", "lượt sách báo lưu hành", ">", 450000, **CNT),
    R("bổ sung gần «2 ngàn đĩa", "đĩa CD, VCD, DVD được hiệu đính bổ sung", "~", 2000, **CNT),
    R("bổ sung gần «2 ngàn tên", "tên sách Thư viện tỉnh đã bổ sung", "~", 2000, **CNT),
    R("(hơn «8 ngàn bản", "bản sách Thư viện tỉnh đã bổ sung", ">", 8000, **CNT),
    R("lên «402.918 bản", "tổng số sách trong thư viện", "=", 402918, **CNT),
    R("Riêng tại «11 thư viện", "thư viện huyện và thành phố duy trì tốt các hoạt động phục vụ bạn đọc", "=", 11,
      **CNT),
    R("bổ sung hơn «5 ngàn bản", "bản sách thư viện các huyện và thành phố đã bổ sung", ">", 5000, **CNT),
    R("cấp hơn «600 thẻ", "thẻ bạn đọc thư viện các huyện và thành phố đã cấp", ">", 600, **CNT),
    R("phục vụ hơn «100 ngàn", "lượt bạn đọc thư viện các huyện và thành phố phục vụ", ">", 100000, **CNT),
])

# --------------------------------------------------------------------------
# 07 Bình Dương, the provincial library's summer activities and its books lent outside the library
# in the past six months, 2020 (baobinhduong.vn; cut: the byline "M.HIẾU" with the line break before
# it; no date). Year 2020 (the text's "hoạt động hè năm 2020"). One result: "hệ thống thư viện công
# cộng tỉnh luân chuyển 15.600 bản sách phục vụ ngoài thư viện" (=, count). Not quantities: "6 tháng
# qua" (a period), "năm 2020" (four times), "lần thứ XI", "lần thứ X" (no digit), "2020-2025" and
# "đến năm 2020" (the scheme's period).
# --------------------------------------------------------------------------
D07 = dict(name="07_binhduong-thu-vien-he-luan-chuyen-2020", kind="result", year=2020, records=[
    R("luân chuyển «15.600 bản", "bản sách hệ thống thư viện công cộng tỉnh luân chuyển phục vụ ngoài thư viện",
      "=", 15600, **CNT),
])

# --------------------------------------------------------------------------
# 08 Hồ Chí Minh City, the Tết book street of Quý Mão 2023 (nhandan.vn; cut: the photo caption
# "Nhiều sách mới được các đơn vị xuất bản giới thiệu tại Đường sách Tết Quý Mão 2023. (Ảnh: Thế
# Anh)" (twice); no byline, no stamp; the excerpt ends in "Quý Mão nă"). Year 2023 (the festival's
# "2023"). Results: the title's, the lead's and the body's "hơn 2.800 tựa sách" (three records), the
# lead's and the body's "41.285 quyển" (two), "hơn 585.000 lượt người", "Tổng doanh thu ... đạt hơn
# 5,7 tỷ đồng" (other "đồng"). Not quantities: "26/1", "19/1 đến 26/1", "mùng 5 Tết" (dates), "8
# ngày" (a duration).
# --------------------------------------------------------------------------
D08 = dict(name="08_hochiminh-duong-sach-tet-quy-mao-2023", kind="result", year=2023, records=[
    R("Hơn «2.800 tựa sách được", "tựa sách được bán ra tại Lễ hội Đường sách Tết Quý Mão 2023", ">", 2800, **CNT),
    R("có hơn «2.800 tựa", "tựa sách được bán ra", ">", 2800, **CNT),
    R("tương đương «41.285 quyển được", "quyển sách được bán ra", "=", 41285, **CNT),
    R("là hơn «585.000 lượt", "lượt người đến tham quan, mua sách", ">", 585000, **CNT),
    R("bán hơn «2.800 tựa", "tựa sách đã bán", ">", 2800, **CNT),
    R("tương đương «41.285 quyển.", "quyển sách đã bán", "=", 41285, **CNT),
    R("đạt hơn «5,7 tỷ", "Tổng doanh thu Lễ hội Đường sách Tết Quý Mão 2023", ">", 5.7e9, **DONG),
])

# --------------------------------------------------------------------------
# 09 Đồng Tháp, the heading of Kế hoạch 91/KH-UBND (23/3/2021) for the reading-culture scheme
# 2021-2025 (thuvienphapluat.vn; cut: the search box "Từ khoá: Số Hiệu, ...", "Đăng nhập", "Đang tải
# văn bản..." with the blank lines after them; the excerpt ends in "nhà trườn"). A precision text,
# no record: the document's number and dates ("91/KH-UBND", "23/03/2021", "ngày 23 tháng 3 năm
# 2021"), the laws and decisions cited ("Nghị định số 93/2020/NĐ-CP", "Quyết định số 329/QĐ-TTg" and
# their dates), the periods "2021 - 2025", "2017-2020", "năm 2030", "năm 2020", and the part and
# section labels ("Phần thứ nhất", "I.").
# --------------------------------------------------------------------------
D09 = dict(name="09_dongthap-ke-hoach-91-van-hoa-doc-2021-precision", kind="target", year=2021, records=[])

# --------------------------------------------------------------------------
# 10 Bình Định, the opening of Kế hoạch 161/KH-UBND (04/12/2022) implementing Directive 20/CT-TTg
# on libraries and children's reading (hethongphapluat.vn; nothing cut; the excerpt ends in "nhân").
# A precision text, no record: "161/KH-UBND", "ngày 04 tháng 12 năm 2022", "Chỉ thị số 20/CT-TTg
# NGÀY 01/11/2022" (twice), "Chỉ thị số 20" (twice), the section labels "I.", "1.", "2.".
# --------------------------------------------------------------------------
D10 = dict(name="10_binhdinh-ke-hoach-161-thu-vien-thieu-nhi-2022-precision", kind="target", year=2022,
           records=[])

# --------------------------------------------------------------------------
# 11 Đồng Nai, the provincial library's digital transformation, 2023 (new.dongnai.gov.vn; nothing
# cut: the photo caption, twice, names the "Tuần lễ Chuyển đổi số tỉnh Đồng Nai năm 2023", the only
# year of the page, and stays; no byline, no stamp; the excerpt ends in "tư"). A precision text, no
# record: "đến năm 2025, định hướng đến năm 2030" (the programme's name), "thời đại 4.0" (a name),
# "năm 2023", "Từ năm 2021" (dates).
# --------------------------------------------------------------------------
D11 = dict(name="11_dongnai-chuyen-doi-so-thu-vien-2023-precision", kind="result", year=2023, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)

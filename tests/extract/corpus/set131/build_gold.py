#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set131).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (241
entries; see README). As in set10-set69, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT, T, RES  # noqa: E402

USD = dict(unit="other", unit_text="USD")

# --------------------------------------------------------------------------
# 01 National, customs clearance made electronic since 2014 (vnexpress.net,
# crawler's stamp 2026-01-01 → `date 2026-01`, 2026). "tăng gần 290% từ 2014
# đến nay": a result's change against an earlier value → NOT. "giai đoạn
# 2003-2013, tổng kim ngạch xuất nhập khẩu ... đạt khoảng 1.492 tỷ USD": a
# value reported as reached (money, unit other "USD", ~, magnitude multiplied
# in); year 2013, the end of the period it is measured over (a judgement).
# "với sự tham gia của 99,65% doanh nghiệp xuất nhập khẩu" in electronic
# customs procedures: result =, year of the stamp (2026; "Đến nay"). No ids
# (econ.e_tax_enterprises_share is about tax, not customs). Pillar null (no
# heading). Not quantities: "2014" (three times), "2003-2013" (years).
# --------------------------------------------------------------------------
D01 = dict(name="01_ca-nuoc-hai-quan-dien-tu-2026", kind="result", year=2026, records=[
    R("đạt khoảng «1.492 tỷ USD", "tổng kim ngạch xuất nhập khẩu của Việt Nam giai đoạn 2003-2013", "~", 1492e9,
      **USD, year=2013),
    R("sự tham gia của «99,65%", "doanh nghiệp xuất nhập khẩu tham gia thủ tục hải quan điện tử", "=", 99.65),
], NOT=["tăng gần «290%"])

# --------------------------------------------------------------------------
# 02 Đà Nẵng, 3D digitisation at Mỹ Sơn (thanhnien.vn, byline 16/12/2025 →
# `date 2025-12`, 2025). "dự án số hóa 3D toàn bộ hệ thống đền tháp và khoảng
# 200 hiện vật đang bước vào giai đoạn nước rút ... dự kiến sẽ được hoàn thành
# trong cuối năm nay": the project's planned scope, a target (~, count, 2025; a
# judgement: the work is under way and planned to end this year). "Khối dữ liệu
# 3D của hơn 60 phế tích và hơn 2.200 hiện vật": two results (>, count), each
# with its own subject (a breakdown by kind of thing, scope null). No ids
# (society.digitised_heritage_sites_count counts sites and tourist spots, not
# ruins within one site or artefacts). Heading "THỜI CƠ LỊCH SỬ" names no
# pillar → null. Not quantities: "3D" (a name, four times), "năm 2025".
# --------------------------------------------------------------------------
D02 = dict(name="02_danang-myson-so-hoa-3d-2025", kind="result", year=2025, records=[
    R("tháp và khoảng «200 hiện vật", "hiện vật được số hóa 3D trong dự án số hóa của BQL di sản Mỹ Sơn", "~", 200,
      **CNT, **T),
    R("của hơn «60 phế tích", "phế tích có khối dữ liệu 3D", ">", 60, **CNT),
    R("và hơn «2.200 hiện vật", "hiện vật có khối dữ liệu 3D", ">", 2200, **CNT),
])

# --------------------------------------------------------------------------
# 03 National, the library sector's transformation programme (Quyết định
# 206/QĐ-TTg) summarised by a library software firm (giaiphapthuvien.vn, no date
# shown). Under "Mục tiêu chủ yếu đến năm 2025": "100% thư viện có vai trò quan
# trọng, thư viện công cộng tỉnh, thành phố trực thuộc trung ương có trang thông
# tin điện tử cung cấp dịch vụ trực tuyến ..." (target, bare number → >=, 2025;
# the excerpt ends inside the sentence). The libraries are the subject, not a
# split → scope null. No id. Headings ("1.1. Mục tiêu chủ yếu và định hướng")
# name no pillar → null. Not quantities: "2025", "2030" (in the programme's
# name, twice each), "11/ 02/ 2020", "206/QĐ-TTg", "[5]" (a footnote), the
# heading numbers "1." and "1.1.".
# --------------------------------------------------------------------------
D03 = dict(name="03_ca-nuoc-thu-vien-muc-tieu-2025", kind="target", year=2025, records=[
    R("– «100% thư viện", "thư viện có vai trò quan trọng, thư viện công cộng tỉnh, thành phố trực thuộc trung ương "
      "có trang thông tin điện tử cung cấp dịch vụ trực tuyến", ">=", 100),
])

# --------------------------------------------------------------------------
# 04 National, the Library Department's work under the programme
# (dttg.ictvietnam.vn, no date shown). A precision text: one quantity, "đã có Bộ
# Công an và 32 tỉnh, thành phố ban hành Kế hoạch về chuyển đổi số ngành thư
# viện" (result, =, count; no id: aware.agencies_dx_plan_share is a share of
# agencies). Year null: "Đến nay" and the text names no year of its own (the
# dates 23/7/2022 and 11/2/2021 are of the documents it cites; a judgement).
# "với hơn 600 đại biểu của 61 thư viện tỉnh/thành phố": the participants of a
# training event → not quantities (decided case). Not quantities: "23/7/2022",
# "2025", "2030", "206/QĐ-Ttg", "11/2/2021", "2021-2025" (twice),
# "2025-2030". Pillar null.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-thu-vien-ke-hoach-precision", kind="result", year=None, records=[
    R("Bộ Công an và «32 tỉnh", "tỉnh, thành phố ban hành Kế hoạch về chuyển đổi số ngành thư viện", "=", 32, **CNT),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the city's job exchanges (songtre.com.vn, no date shown). "hiện có
# 15 sàn giao dịch việc làm, bao gồm sàn trung tâm ... và 14 sàn vệ tinh": two
# results (=, count), the second a breakdown by kind (scope null). Year of
# "hiện có": 2025, the latest year the text reports on ("quý I/2025"; a
# judgement). "trong năm 2024 toàn hệ thống đã kết nối việc làm cho hơn 20.000
# người lao động" (result, >, count, 2024). No ids. Not quantities: "215 Trung
# Kính" (a street address), "2021–2025" (the scheme's name), "từ 4 đến 6
# người" (the staff of a satellite exchange: a description, not a value
# reported for an indicator; a judgement), "quý I/2025", and "hơn 50 " at
# the excerpt's cut end (no noun: what is counted is not in the text). Pillar null.
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-san-viec-lam-2024", kind="result", year=2025, records=[
    R("hiện có «15 sàn", "sàn giao dịch việc làm trên địa bàn Hà Nội", "=", 15, **CNT),
    R("Trung Kính và «14 sàn", "sàn vệ tinh đặt tại các quận, huyện", "=", 14, **CNT),
    R("cho hơn «20.000 người", "người lao động được hệ thống sàn giao dịch việc làm kết nối việc làm", ">", 20000,
      **CNT, year=2024),
])

# --------------------------------------------------------------------------
# 06 National, digitising national treasures (nguoi-noi-tieng.com, a copy of a
# news item; no date shown). A precision text: one quantity, "Viện đặt mục tiêu
# từ năm 2021 đến 2030, 100% di sản văn hóa vật thể, phi vật thể và di sản tư
# liệu, các di tích quốc gia đặc biệt, bảo vật quốc gia được số hóa và ứng dụng
# trên các nền tảng số" (target, bare number → >=, 2030, the end of the period).
# No id (society.digitised_heritage_sites_count is a count). Not quantities:
# "26/10", "2021", "3D" (three times, a name). Pillar null.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-bao-vat-so-hoa-precision", kind="target", year=2030, records=[
    R("đến 2030, «100% di sản", "di sản văn hóa vật thể, phi vật thể và di sản tư liệu, các di tích quốc gia đặc biệt, "
      "bảo vật quốc gia được số hóa và ứng dụng trên các nền tảng số", ">=", 100),
])

# --------------------------------------------------------------------------
# 07 Eleven northern provinces, an online job-matching session
# (daibieunhandan.vn, byline 20/09/2021 → `date 2021-09`, 2021). "phiên giao
# dịch việc làm đã thu hút được 95 doanh nghiệp với nhu cầu tuyển dụng lên đến
# 29.077 lao động": the firms are the session's participants → not a quantity
# (decided case "với sự tham dự của hơn 50 cơ quan báo chí"); the vacancies they
# offered online are a value the session reached → one record (result, "lên
# đến" read as =, count; a judgement). "11 Trung tâm Dịch vụ việc làm ... đã phối
# hợp tổ chức" (the organisers), "232 lao động tham gia vào các luồng phỏng vấn"
# (participants) and "2 địa phương" (a comparison of places) → not quantities
# (judgements). No id. Not quantities: "Covid-19" (a name, twice), "hàng
# triệu" (no digits). Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_11-tinh-phia-bac-giao-dich-viec-lam-truc-tuyen-2021", kind="result", year=2021, records=[
    R("lên đến «29.077 lao động", "nhu cầu tuyển dụng của các doanh nghiệp tại phiên giao dịch việc làm trực tuyến",
      "=", 29077, **CNT),
])

# --------------------------------------------------------------------------
# 08 National, the Supreme People's Court's site for published judgments
# (nld.com.vn, no date shown in the excerpt; the address holds 20170718, outside
# the 2020-2026 focus, kept as the set's one court text). Year null: the text
# names no year ("ngày 18-7" only). "đã có 741 bản án, quyết định được công bố"
# (result, =, count) and its breakdown "hình sự có 205 bản án, dân sự 152, Hôn
# nhân và gia đình 214, Kinh doanh thương mại 64, Hành chính 59, Lao động 34,
# Quyết định áp dụng biện pháp xử lý hành chính: 9": one record each, scope null
# (a breakdown by kind of case, decided case); the last one's clause starts at
# "Quyết định áp dụng" (start_at), since a colon stands before its number.
# "đã tập huấn cho 5.000 thẩm phán TAND các cấp và cán bộ kỹ thuật" (result,
# =, count). "kết nối trực tuyến với 778 điểm cầu": the connected sites of the
# launch ceremony, an event's participants → not a quantity (a judgement). No
# ids. Not quantities: "18-7" (twice), the address of the site. Pillar null.
# --------------------------------------------------------------------------
D08 = dict(name="08_ca-nuoc-cong-bo-ban-an-toa-an", kind="result", year=None, records=[
    R("đã có «741 bản án", "bản án, quyết định được công bố trên Trang thông tin điện tử công bố bản án", "=", 741,
      **CNT),
    R("hình sự có «205 bản án", "bản án hình sự được công bố", "=", 205, **CNT),
    R("dân sự «152", "bản án dân sự được công bố", "=", 152, **CNT),
    R("Hôn nhân và gia đình «214", "bản án Hôn nhân và gia đình được công bố", "=", 214, **CNT),
    R("Kinh doanh thương mại «64", "bản án Kinh doanh thương mại được công bố", "=", 64, **CNT),
    R("Hành chính «59", "bản án Hành chính được công bố", "=", 59, **CNT),
    R("Lao động «34", "bản án Lao động được công bố", "=", 34, **CNT),
    R("xử lý hành chính: «9", "Quyết định áp dụng biện pháp xử lý hành chính được công bố", "=", 9, **CNT,
      start_at="Quyết định áp dụng"),
    R("tập huấn cho «5.000 thẩm phán", "thẩm phán TAND các cấp được tập huấn về đăng tải bản án", "=", 5000, **CNT),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

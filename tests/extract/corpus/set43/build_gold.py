#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set43).

Copied from set41's builder (itself from set39's, set37's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed
as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (220
entries; see README). As in set10-set41, the id is given in the record itself (`iid=`).

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
OTHER = dict(unit="other", unit_text=None)

# --------------------------------------------------------------------------
# 01 Lào Cai, a provincial security drill (doingoailaocai.vn, no date and no
# year in the excerpt: "Sáng 07/10", "Thời gian vừa qua" → year null). The
# title "Lào Cai tổ chức diễn tập thực chiến đảm bảo an toàn thông tin" names
# one pillar's topic and heads the whole text → information_security (set37's
# rule for titles). Three counts reached by the province's response team:
# attack sessions blocked, scanning sessions blocked, "hơn 41 triệu" spam and
# malware mails (op >). No catalogue id (the catalogue counts no incidents).
# Not a quantity: "gần 120 đại biểu" (the participants of an event, spec).
# --------------------------------------------------------------------------
D01 = dict(name="01_laocai-dien-tap-attt", kind="result", year=None, records=[
    R("kịp thời «33.936 phiên", "đội ứng cứu sự cố an toàn thông tin tỉnh đã ngăn chặn và xử lý kịp thời phiên tấn công "
      "trái phép vào Trung tâm mạng thông tin của tỉnh", "=", 33936, **CNT, pillar=SEC),
    R("ngăn chặn «7.489 phiên", "Ghi nhận và ngăn chặn phiên rà quét tấn công Cổng thông tin điện tử tỉnh Lào Cai", "=",
      7489, **CNT, pillar=SEC),
    R("chặn hơn «41 triệu", "ngăn chặn thư rác, thư chứa mã độc", ">", 41e6, **CNT, pillar=SEC),
])

# --------------------------------------------------------------------------
# 02 Bình Dương's drill page, national incident counts (vietnamnet.vn, stamp
# moved to `date 2024-12`; "tính đến ngày 21/11" of the page's year → 2024).
# The total "2.484 cuộc tấn công" and its breakdown by kind of incident: one
# record per number, each with its own subject, scope null (a breakdown by
# kind of thing is not a split by level or group, spec). National values on a
# province's page: no place (the field names a province or commune). No
# heading above the paragraph → pillar null. No catalogue id. Not
# quantities: "4 ngày", "13 - 16/12", "13/12", "21/11" (period and dates),
# "hàng nghìn cuộc tấn công" (no number).
# --------------------------------------------------------------------------
D02 = dict(name="02_binhduong-dien-tap-su-co-ca-nuoc-2024", kind="result", year=2024, records=[
    R("ghi nhận «2.484 cuộc", "trên cả nước ghi nhận cuộc tấn công", "=", 2484, **CNT),
    R("có «1.097 sự cố", "sự cố liên quan đến mã độc", "=", 1097, **CNT),
    R("; «338 sự cố", "sự cố phishing (tấn công giả mạo)", "=", 338, **CNT),
    R("; «483 sự cố", "sự cố từ chối dịch vụ", "=", 483, **CNT),
    R("; «84 sự cố", "sự cố truy cập trái phép, chiếm quyền điều khiển", "=", 84, **CNT),
    R("; «23 sự cố", "sự cố thay đổi giao diện", "=", 23, **CNT),
    R("; «6 sự cố", "sự cố mã hóa phần mềm", "=", 6, **CNT),
    R("; «94 sự cố", "sự cố nghe trộm gián điệp, lấy cắp thông tin, dữ liệu", "=", 94, **CNT),
    R("; «48 sự cố", "sự cố tấn công tổng hợp sử dụng kết hợp nhiều hình thức", "=", 48, **CNT),
    R("và «298 sự cố", "sự cố gây ra bởi các hình thức tấn công khác", "=", 298, **CNT),
])

# --------------------------------------------------------------------------
# 03 National data exchange platform NDXP (m.anninhthudo.vn, no date line;
# "tính đến cuối tháng 9-2022", "Tính từ đầu năm 2022" → 2022). The title's
# "khoảng 1,6 triệu giao dịch" (op ~) restated in the body (each statement a
# record); "hơn 661 triệu" stated twice (op >, two records); September's
# "58.397.139"; "Tính đến cuối năm 2020, 22/22 bộ ... và 63/63 tỉnh ... đạt tỷ
# lệ 100%": the numerators 22 and 63 (counts; the ministries and provinces
# are two kinds of thing, not levels → scope null) and the share 100%, all
# of 2020; the platform's connections "90 cơ quan, đơn vị" and "85 LGSP" (the
# paragraph names no year → the document's 2022). No heading → pillar null.
# No catalogue id: data.lgsp_transactions_count counts a province's LGSP,
# not the national NDXP; data.lgsp_connected_systems_share counts systems,
# not ministries and provinces having an LGSP. Not quantities: the
# denominators "/22", "/63", dates "9-2022", "26-9-2022".
# --------------------------------------------------------------------------
NDXP = "giao dịch thực hiện qua nền tảng tích hợp, chia sẻ dữ liệu quốc gia"
D03 = dict(name="03_ca-nuoc-ndxp-giao-dich-2022", kind="result", year=2022, records=[
    R("Mỗi ngày, khoảng «1,6 triệu", "Mỗi ngày " + NDXP, "~", 1.6e6, **CNT),
    R("(NDXP) đã đạt hơn «661 triệu", "tổng số giao dịch thực hiện thông qua nền tảng tích hợp, chia sẻ dữ liệu quốc gia "
      "(NDXP)", ">", 661e6, **CNT),
    R("trong tháng 9 là «58.397.139", "tổng số giao dịch thực hiện thông qua nền tảng NDXP trong tháng 9", "=", 58397139,
      **CNT),
    R("qua NDXP đã đạt hơn «661 triệu", "kể từ khi khai trương đến nay, tổng số giao dịch thực hiện thông qua NDXP", ">",
      661e6, **CNT),
    R("ngày có khoảng «1,6 triệu", "trung bình mỗi ngày giao dịch được thực hiện thông qua nền tảng NDXP", "~", 1.6e6,
      **CNT),
    R("năm 2020, «22/22 bộ", "bộ, cơ quan ngang bộ đã có Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, tỉnh (LGSP) và kết "
      "nối với nền tảng NDXP", "=", 22, **CNT, year=2020),
    R("và «63/63 tỉnh", "tỉnh, thành phố trực thuộc trung ương đã có Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, tỉnh "
      "(LGSP) và kết nối với nền tảng NDXP", "=", 63, **CNT, year=2020),
    R("đạt tỷ lệ «100%", "bộ, cơ quan ngang bộ và tỉnh, thành phố đã có LGSP và kết nối với nền tảng NDXP", "=", 100,
      year=2020),
    R("hệ thống của «90 cơ quan", "Nền tảng NDXP đã kết nối với hệ thống của cơ quan, đơn vị", "=", 90, **CNT),
    R("có «85 LGSP", "LGSP của bộ, ngành, địa phương kết nối với nền tảng NDXP", "=", 85, **CNT),
])

# --------------------------------------------------------------------------
# 04 National vulnerabilities recorded by NCSC (baogialai.com.vn, stamp moved
# to `date 2024-03` → 2024; the sentence names no year). One count; no
# heading → pillar null; no catalogue id. National, no place.
# --------------------------------------------------------------------------
D04 = dict(name="04_ca-nuoc-ncsc-lo-hong-2024", kind="result", year=2024, records=[
    R("ghi nhận có «71.877 điểm", "Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC) đã ghi nhận điểm yếu, lỗ "
      "hổng an toàn thông tin tại các hệ thống thông tin của các cơ quan tổ chức nhà nước", "=", 71877, **CNT),
])

# --------------------------------------------------------------------------
# 05 Hà Giang, digital government and data (tothethao.com, no date and no year
# in the excerpt: "Đến nay" → year null). "Về chính quyền số, Hà Giang đã xây
# dựng ..." is a sentence of its own holding no number; the four values stand
# in the following paragraphs (one line each), which name no pillar and stand
# under no heading → pillar null (the spec's decided case "Bên cạnh đó ..."; a
# judgement). Records: 100% of departments and district/commune committees
# connected, on the specialised network and signing digitally (one value for
# all: scope null; no id: three predicates joined, not exactly
# infra.specialised_network_connection_share); mobile subscribers' data
# cleaned against the population database 100% (no id: subscribers, not the
# population data of data.clean_population_data_share); 100% of agencies on
# the shared systems for processing and exchanging electronic documents
# (egov.document_system_use_share); 98,5% electronic documents signed and
# exchanged (egov.electronic_documents_share). Not quantities: "18-NQ/TU",
# "phiên bản 3.0" (a document number, a name).
# --------------------------------------------------------------------------
D05 = dict(name="05_hagiang-chinh-quyen-so-du-lieu", kind="result", year=None, records=[
    R("Đến nay, «100% các sở", "các sở, ngành, UBND huyện, xã đã kết nối Internet, sử dụng mạng truyền số liệu chuyên "
      "dùng và ứng dụng chữ ký số trong xử lý văn bản điện tử", "=", 100),
    R("làm sạch dữ liệu «100% thuê bao", "chuẩn hóa, làm sạch dữ liệu thuê bao trên địa bàn tỉnh thông qua đối soát với "
      "CSDL quốc gia về dân cư", "=", 100),
    R("«100% cơ quan thuộc", "cơ quan thuộc hệ thống chính trị của tỉnh đã được triển khai các hệ thống thông tin dùng "
      "chung để xử lý, trao đổi hồ sơ, văn bản điện tử trên môi trường mạng", "=", 100,
      iid="egov.document_system_use_share"),
    R("«98,5% các văn bản", "các văn bản điện tử được ứng dụng chữ ký số và gửi/nhận giữa các cơ quan, đơn vị trên phần "
      "mềm quản lý vă bản và điều hành công việc", "=", 98.5, iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 06 National land database (vietnamnet.vn, stamp moved to `date 2025-09`;
# "tính đến giữa tháng 8/2025", "Tính đến nay" → 2025). Counts: the 34
# provinces that completed the cadastral database, "hơn 49,7 triệu thửa đất"
# (op >), the 34 provinces (numerator of "34/34") connected to the population
# data, the 462 districts that synchronised their land data, and "28/34 tỉnh
# (tương đương 42/63 tỉnh thành cũ) đ..." whose predicate the excerpt cuts
# off: the subject as written is the indicator, the bracket a restatement of
# its own (each statement a record). No heading → pillar null. No catalogue id
# (data.land_records_digitised_share is a share; these are counts).
# Not quantities: the denominators "/34", "696", "/63", dates.
# --------------------------------------------------------------------------
D06 = dict(name="06_ca-nuoc-co-so-du-lieu-dat-dai-2025", kind="result", year=2025, records=[
    R("toàn bộ «34 tỉnh", "tỉnh, thành phố trực thuộc Trung ương đã hoàn thành việc xây dựng cơ sở dữ liệu địa chính", "=",
      34, **CNT),
    R("cho hơn «49,7 triệu", "cập nhật đầy đủ thông tin cho thửa đất", ">", 49.7e6, **CNT),
    R("cả «34/34 tỉnh", "tỉnh đã thực hiện kết nối, chia sẻ dữ liệu đất đai với dữ liệu dân cư", "=", 34, **CNT),
    R("đã có «462 trên", "đơn vị cấp huyện hoàn thành việc đồng bộ dữ liệu đất đai", "=", 462, **CNT),
    R("ý, «28/34 tỉnh", "tỉnh", "=", 28, **CNT, note="the excerpt ends before the predicate"),
    R("(tương đương «42/63 tỉnh", "tỉnh thành cũ", "=", 42, **CNT, note="the excerpt ends before the predicate"),
])

# --------------------------------------------------------------------------
# 07 Hà Nam, chip ID cards and electronic identification (tinhot.tw, no date
# and no year in the excerpt: "ngày 22.4", "từ 6 – 8.4" → year null). 100%
# of people of the age issued a chip ID card (society.chip_id_cards_share),
# "trên 750.000 thẻ" (op >), "hơn 400.000 tài khoản định danh điện tử"
# activated (op >; society.eid_accounts_activated_count), household records
# archive digitised "đạt 100%" (no id: not the archives of
# data.archives_digitised_share), 1.032 applications received in three days.
# Not quantities: "90 tuổi" (an age), "45 cán bộ, chiến sĩ", "11 tổ công tác"
# (the means deployed, like participants; a judgement), "3 ngày" (a period),
# dates. Pillar null.
# --------------------------------------------------------------------------
D07 = dict(name="07_hanam-can-cuoc-dinh-danh", kind="result", year=None, records=[
    R("CCCD cho «100% người", "Hà Nam hoàn thành cấp CCCD cho người dân trong độ tuổi quy định", "=", 100,
      iid="society.chip_id_cards_share"),
    R("cấp trên «750.000 thẻ", "Công an tỉnh đã cấp thẻ CCCD gắn chip điện tử", ">", 750000, **CNT),
    R("kích hoạt hơn «400.000 tài", "đã kích hoạt tài khoản định danh điện tử", ">", 400000, **CNT,
      iid="society.eid_accounts_activated_count"),
    R("hộ khẩu đạt «100%", "số hóa tàng thư hồ sơ hộ khẩu", "=", 100),
    R("thu nhận «1.032 hồ sơ", "các tổ công tác thu nhận hồ sơ cấp CCCD cho công dân có hộ khẩu thường trú tại Hà Nam",
      "=", 1032, **CNT),
])

# --------------------------------------------------------------------------
# 08 Bình Định, open data plan 2023-2025 (vietnamnet.vn, no date line; the
# target is "vào cuối năm 2023" → 2023). The title's bare "80%" (a target's
# bare number → >=) and the body's "trên 80%" (op >): each statement a
# record; data.open_data_agencies_share on both. Pillar null (no heading).
# Not quantities: "2023 - 2025" (a period), "51/2022/QĐ-UBND", "16/8/2022",
# "59/KH-UBND", "25/4/2022", "Điều 19", "Điều 20", "47/2020/NĐ-CP".
# --------------------------------------------------------------------------
OD08 = "các cơ quan, đơn vị cung cấp dữ liệu mở"
D08 = dict(name="08_binhdinh-du-lieu-mo-2023", kind="target", year=2023, records=[
    R("«80% các cơ quan, đơn vị tỉnh", "các cơ quan, đơn vị tỉnh Bình Định cung cấp dữ liệu mở", ">=", 80,
      iid="data.open_data_agencies_share"),
    R("chỉ tiêu trên «80%", OD08 + " vào cuối năm 2023", ">", 80, iid="data.open_data_agencies_share"),
])

# --------------------------------------------------------------------------
# 09 Thừa Thiên Huế, plan 200/KH-UBND for the national data strategy
# (thuvienphapluat.vn bulletin; the plan's date "ngày 13 tháng 5 năm 2024";
# "I. MỤC TIÊU ĐẾN NĂM 2030" → targets of 2030, bare "100%" → >=). Pillars
# from the headings: "1. Phát triển hạ tầng dữ liệu" (data centres and cloud
# platforms: a topic of hạ tầng số → digital_infrastructure; a judgement,
# "dữ liệu" being named too), "2. Phát triển dữ liệu phục vụ Chính quyền số,
# Chính phủ số" (names chính quyền số / Chính phủ số → digital_government; a
# judgement). The last item "b) 100% các cơ quan nhà nước trên địa bàn tỉnh"
# ends the excerpt before its predicate: a record with the subject as
# indicator. No catalogue id (needs met through platforms, not systems
# connected as in data.lgsp_connected_systems_share). Not quantities:
# "200/KH-UBND", "142/QĐ-TTg", dates, "ĐẾN NĂM 2030" (the horizon).
# --------------------------------------------------------------------------
D09 = dict(name="09_thuathienhue-chien-luoc-du-lieu-2030", kind="target", year=2030, records=[
    R("đáp ứng\n«100% nhu cầu", "Các Nền tảng điện toán đám mây và các Nền tảng ứng dụng trên thiết bị di động đảm bảo "
      "sẵn sàng đáp ứng nhu cầu lưu trữ, thu thập, kết nối, chia sẻ dữ liệu của tỉnh", ">=", 100, pillar=INFRA),
    R("được đáp ứng «100% yêu cầu", "Các cơ sở dữ liệu dùng chung và chuyên ngành của tỉnh có nhu cầu kết nối, khai thác, "
      "tích hợp, chia sẻ thông tin được đáp ứng yêu cầu thông qua các nền tảng tích hợp, chia sẻ dữ liệu", ">=", 100,
      pillar=GOV),
    R("b) «100% các cơ quan", "các cơ quan nhà nước trên địa bàn tỉnh", ">=", 100, pillar=GOV,
      note="the excerpt ends before the predicate"),
])

# --------------------------------------------------------------------------
# 10 Đắk Nông, security drill of 2022 (ictvietnam.vn, no date line; "năm 2022",
# "đến nay" → 2022). The agencies assessed "20/27 sở, ngành, UBND huyện" (the
# numerator, a count) and "(đạt tỷ lệ 74%)" (a bracket stating a value: a
# record). No id: agencies assessed, not the systems of
# security.systems_assessed_share. The first line '"Ghi dấu" triển khai ngày
# CĐS' names no pillar → null. Not quantities: "hơn 60 học viên" (the
# participants of an event, spec), "/27" (denominator).
# --------------------------------------------------------------------------
D10 = dict(name="10_daknong-attt-2022", kind="result", year=2022, records=[
    R("ATTT cho «20/27", "tỉnh đã triển khai kiểm tra, đánh giá ATTT cho sở, ngành, UBND huyện", "=", 20, **CNT),
    R("đạt tỷ lệ «74%", "triển khai kiểm tra, đánh giá ATTT sở, ngành, UBND huyện", "=", 74),
])

# --------------------------------------------------------------------------
# 11 DTI 2024's structure (vietnamnet.vn, stamp moved to `date 2025-10`): a
# precision text with no quantity under the contract (no gold record): "12
# chỉ số", "3 trụ cột", "(400 điểm)", "(300 điểm)", "tổng điểm 1.000", "8 chỉ
# số chính với 47 chỉ số thành phần", "6 chỉ số chính, 31 chỉ số thành phần"
# are the parts and weights of an index (spec: parts of an index), "năm 2020",
# "năm 2025", "21/10", "năm 2024" dates and years, "ba cấp" a word.
# --------------------------------------------------------------------------
D11 = dict(name="11_ca-nuoc-dti2024-cau-truc-precision", kind="result", year=2024, records=[])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set79).

Copied from set69's builder (itself from set47's, set45's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the
text with « just before the number. The locator (without «) must occur exactly once in the text;
the anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as
in the seeds' builder (`start_at` moves the start back to a given string; `line=True` takes the
whole line, for the table rows of 08).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (232
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
from goldkit import R, GOV, ECO, SOC, INFRA, SEC, HR, DATA, SMART, INST, AWARE, CNT, RANK, T, RES  # noqa: E402


DIEM = dict(unit="other", unit_text="điểm")
DONG = dict(unit="other", unit_text="đồng")

VCP = "infra.video_conference_points_count"
RECV = "egov.applications_received_count"
ONTIME = "egov.on_time_applications_share"
OVERDUE = "egov.overdue_applications_share"

# --------------------------------------------------------------------------
# 01 Tuyên Quang, the provincial e-meeting system ("hội nghị giao ban điện
# tử") brought down to every commune (t63.mic.gov.vn, no date shown). Results;
# year: the text's one year, "từ ngày 07/1/2022" (the system's first meeting),
# → 2022 for every record (a judgement: "Đến nay" after that date). "đầu tư tới
# 100% xã, phường, thị trấn" is stated twice (the lead and the body,
# word for word): two records (=, %, infra.video_conference_communes_share).
# The lists "Cấp tỉnh: ... 02 điểm cầu; Cấp huyện: 0 điểm cầu; Cấp xã: 66
# điểm cầu" (new investment) and "Cấp tỉnh: 21 ...; Cấp huyện: 7 ...; Cấp xã:
# 41" (added hardware) split one count by level: three records each, scopes
# "cấp tỉnh", "cấp huyện", "cấp xã" (the written "Cấp ..." lower-cased as the
# spec's scopes are); "0 điểm cầu" is a value stated and is recorded (value 0).
# "(tại huyện Sơn Dương): Cấp xã: 31 điểm cầu": one count, scope "cấp xã" as
# the list's form (a judgement), place "Sơn Dương". Ids: every count
# infra.video_conference_points_count. The heading "Mục đích, vấn đề cần giải
# quyết" names no pillar → null. Not quantities: "07/1/2022".
# --------------------------------------------------------------------------
D01 = dict(name="01_tuyenquang-giao-ban-dien-tu-cap-xa-2022", kind="result", year=2022, records=[
    R("Tuyên Quang đã được đầu tư tới «100% xã, phường, thị trấn trên địa bàn tỉnh, đồng thời bổ sung, nâng cấp các "
      "điểm cầu đã triển khai đảm bảo yêu cầu kết nối thông suốt toàn bộ hệ thống và đảm bảo ổn định, hiệu quả trong "
      "quá trình sử dụng.\nMục đích",
      "hệ thống hội nghị giao ban điện tử tỉnh Tuyên Quang đã được đầu tư tới xã, phường, thị trấn trên địa bàn tỉnh",
      "=", 100, iid="infra.video_conference_communes_share"),
    R("doanh nghiệp.\nĐến nay, hệ thống hội nghị giao ban điện tử tỉnh Tuyên Quang đã được đầu tư tới «100%",
      "hệ thống hội nghị giao ban điện tử tỉnh Tuyên Quang đã được đầu tư tới xã, phường, thị trấn trên địa bàn tỉnh",
      "=", 100, iid="infra.video_conference_communes_share"),
    R("(MCU); «02 điểm cầu", "điểm cầu đầu tư mới", "=", 2, **CNT, scope="cấp tỉnh", iid=VCP),
    R("Cấp huyện: «0 điểm cầu", "điểm cầu đầu tư mới", "=", 0, **CNT, scope="cấp huyện", iid=VCP),
    R("Cấp xã: «66 điểm cầu", "điểm cầu đầu tư mới", "=", 66, **CNT, scope="cấp xã", iid=VCP),
    R("Cấp tỉnh: «21 điểm cầu", "điểm cầu đầu tư bổ sung thiết bị phần cứng", "=", 21, **CNT, scope="cấp tỉnh",
      iid=VCP),
    R("Cấp huyện: «7 điểm cầu", "điểm cầu đầu tư bổ sung thiết bị phần cứng", "=", 7, **CNT, scope="cấp huyện",
      iid=VCP),
    R("Cấp xã: «41 điểm cầu", "điểm cầu đầu tư bổ sung thiết bị phần cứng", "=", 41, **CNT, scope="cấp xã", iid=VCP),
    R("Cấp xã: «31 điểm cầu", "điểm cầu đầu tư phần mềm cài đặt lên hệ thống máy tính sẵn có", "=", 31, **CNT,
      scope="cấp xã", place="Sơn Dương", iid=VCP),
])

# --------------------------------------------------------------------------
# 02 Quảng Nam, Thăng Bình district opens its video-conference system to 22
# communes (baoquangnam.vn; the excerpt opens with the crawler's stamp "date
# 2021-04", set on its own first line → 2021). Results. "đến 22 xã, thị trấn"
# is stated twice (the lead, the body): two count records; no id (the
# catalogue holds the communes' share and the points' count, not a count of
# communes). "cho 3 cụm xã" (the earlier system, "Trước đó"): a count result;
# year the document's 2021 (the sentence names none; a judgement). "gần 3,5 tỷ
# đồng" (~, other "đồng", 3.5e9; no id: the system's cost is not the
# catalogue's "kinh phí đầu tư cho chuyển đổi số"; a judgement). "kết nối đến
# tất cả phòng họp trực tuyến cấp xã với 24 điểm cầu" (=, count,
# infra.video_conference_points_count; "cấp xã" part of the subject → scope
# null). Pillar null. Not quantities: "Sáng 2.4" (a date).
# --------------------------------------------------------------------------
D02 = dict(name="02_quangnam-thangbinh-hop-truc-tuyen-22-xa-2021", kind="result", year=2021, records=[
    R("UBND huyện đến «22 xã", "Hệ thống hội nghị truyền hình trực tuyến từ điểm cầu Huyện ủy, UBND huyện đến xã, "
      "thị trấn", "=", 22, **CNT),
    R("cho «3 cụm xã", "UBND huyện Thăng Bình đã đầu tư hệ thống truyền hình trực tuyến cho cụm xã", "=", 3, **CNT),
    R("trực tuyến đến «22 xã, thị trấn.", "UBND huyện Thăng Bình đã đưa vào sử dụng Hệ thống hội nghị truyền hình "
      "trực tuyến đến xã, thị trấn", "=", 22, **CNT),
    R("hoàn chỉnh gần «3,5 tỷ", "Kinh phí đầu tư Hệ thống truyền hình trực tuyến hoàn chỉnh", "~", 3.5e9, **DONG),
    R("với «24 điểm cầu", "hệ thống MCU trung tâm để mở rộng kết nối đến tất cả phòng họp trực tuyến cấp xã với điểm "
      "cầu", "=", 24, **CNT, iid=VCP),
])

# --------------------------------------------------------------------------
# 03 Vĩnh Phúc, one-stop shops of districts and communes, 21/7-20/8/2021
# (vinhphuc.gov.vn, byline 30/08/2021 → `date 2021-08`; "tháng 8/2021" →
# 2021). Results. Counts "tiếp nhận mới 19.630 hồ sơ" (RECV), "19.255 hồ sơ
# (đạt 96,55%)" (count no id; % on-time), "19.944 hồ sơ" due, "689 hồ sơ
# chiếm 3,45 %" (the "%" after a space), "16 hồ sơ (chiếm 0,08%)". "TTHC chậm
# hạn tiếp tục giảm mạnh đạt 3,45%": the level reached (=), recorded again;
# "giảm 3,86%" (against July) and "giảm tới 49,54% so với tháng 01/2021" are
# changes against earlier values → NOT. "Có đến 5/9 huyện, thành phố đạt tỷ lệ
# này dưới 3%" and "cả 9/9 huyện, thành phố đạt tỷ lệ dưới 10%": the counts of
# districts (5, 9; the "/9" the whole) are the quantities; "dưới 3%", "dưới
# 10%" are the thresholds that define the groups, not values reached → NOT (a
# judgement). Districts' rates with `place`: Lập Thạch "0,33%", Sông Lô and Tam
# Dương "giảm từ 10,85% xuống còn 1,31%" (the level reached recorded; the
# starting point of the change → NOT, a judgement), Vĩnh Tường "(9,98%)". Ids:
# overdue rates egov.overdue_applications_share; received RECV; on-time
# egov.on_time_applications_share. "Bộ phận một cửa cấp huyện, cấp xã": one
# value for both levels → scope null. Pillar null. Not quantities: "21/7",
# "20/8/2021", "19/BC-TTPVHCC", "tháng 8/2021", "tháng 7", "tháng 01/2021",
# "01 năm", "vị trí thứ nhất" (no digit).
# --------------------------------------------------------------------------
D03 = dict(name="03_vinhphuc-mot-cua-huyen-xa-thang8-2021", kind="result", year=2021, records=[
    R("tiếp nhận mới «19.630", "hồ sơ tiếp nhận mới tại Bộ phận một cửa cấp huyện, cấp xã", "=", 19630, **CNT,
      iid=RECV),
    R("đúng hạn là «19.255", "hồ sơ trả trước và đúng hạn", "=", 19255, **CNT),
    R("(đạt «96,55%)", "hồ sơ trả trước và đúng hạn", "=", 96.55, iid=ONTIME),
    R("giải quyết «19.944", "hồ sơ đến hạn giải quyết", "=", 19944, **CNT),
    R("kết quả «689 hồ sơ", "hồ sơ quá hạn giải quyết nhưng chưa có kết quả", "=", 689, **CNT),
    R("chiếm «3,45 %", "hồ sơ quá hạn giải quyết nhưng chưa có kết quả", "=", 3.45, iid=OVERDUE),
    R("rút hồ sơ là «16 hồ sơ", "các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ", "=", 16, **CNT),
    R("(chiếm «0,08%)", "các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ", "=", 0.08),
    R("giảm mạnh đạt «3,45%", "TTHC chậm hạn", "=", 3.45, iid=OVERDUE),
    R("Có đến «5/9 huyện", "huyện, thành phố đạt tỷ lệ này dưới", "=", 5, **CNT),
    R("cả «9/9 huyện", "huyện, thành phố đạt tỷ lệ dưới", "=", 9, **CNT),
    R("quá hạn «0,33%", "Huyện Lập Thạch tỷ lệ chậm, quá hạn", "=", 0.33, place="Lập Thạch", iid=OVERDUE),
    R("xuống còn «1,31%", "huyện Sông Lô tỷ lệ chậm, quá hạn giảm xuống còn", "=", 1.31, place="Sông Lô",
      iid=OVERDUE),
    R("xuống còn «2,27%", "huyện Tam Dương tỷ lệ chậm, quá hạn giảm xuống còn", "=", 2.27, place="Tam Dương",
      iid=OVERDUE),
    R("(«9,98%)", "huyện Vĩnh Tường tỷ lệ này cao nhất", "=", 9.98, place="Vĩnh Tường", iid=OVERDUE),
], NOT=["giảm «3,86%", "giảm tới «49,54%", "tỷ lệ này dưới «3%", "tỷ lệ dưới «10%", "giảm từ «10,85%",
        "giảm từ «10,55%"])

# --------------------------------------------------------------------------
# 04 Quảng Nam, Thăng Bình district's administrative reform in 2022
# (baoquangnam.vn, no date shown; "Năm 2022" → 2022). Results. "Tỷ lệ TTHC đã
# được phê duyệt quy trình nội bộ đạt 100%" and "tỷ lệ quy trình nội bộ giải
# quyết TTHC đã được điện tử hóa đạt 100%" (no id: the catalogue's
# internal-operations share is of direction and management activities, not of
# procedures' internal workflows), "đúng hẹn đạt 53%" (ONTIME); "(tăng 10% so
# với năm 2021)" a change → NOT. "Có 310 TTHC được tích hợp lên cổng dịch vụ
# công" (count; no id: the portal is not named as the national one) and "...
# cung cấp trực tuyến một phần và toàn trình đã tích hợp, công khai trên cổng
# dịch vụ công đạt 72%" (no id: partial and full together). The district's
# reform index "đạt 89,16 điểm" (other "điểm") and "xếp thứ 2/18 huyện, thị
# xã, thành phố" (rank =): no id (the catalogue's PAR INDEX is the province's
# among 63; this is a district's among Quảng Nam's 18; a judgement). "(tăng
# 6,03 điểm ...)", "(tăng 2 bậc ...)" changes, not recorded. Pillar null. Not
# quantities: "7/4", "năm 2023".
# --------------------------------------------------------------------------
D04 = dict(name="04_quangnam-thangbinh-cai-cach-hanh-chinh-2022", kind="result", year=2022, records=[
    R("quy trình nội bộ đạt «100%", "Tỷ lệ TTHC đã được phê duyệt quy trình nội bộ", "=", 100),
    R("điện tử hóa đạt «100%", "tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa", "=", 100),
    R("đúng hẹn đạt «53%", "tỷ lệ hồ sơ TTHC do UBND huyện tiếp nhận được giải quyết đúng hẹn", "=", 53, iid=ONTIME),
    R("Có «310 TTHC", "TTHC được tích hợp lên cổng dịch vụ công", "=", 310, **CNT),
    R("dịch vụ công đạt «72%", "tỷ lệ TTHC cung cấp trực tuyến một phần và toàn trình đã tích hợp, công khai trên "
      "cổng dịch vụ công", "=", 72),
    R("đạt «89,16 điểm", "Chỉ số cải cách hành chính năm 2022 của huyện Thăng Bình", "=", 89.16, **DIEM),
    R("xếp thứ «2/18", "Chỉ số cải cách hành chính năm 2022 của huyện Thăng Bình xếp thứ huyện, thị xã, thành phố",
      "=", 2, **RANK),
], NOT=["(tăng «10% so"])

# --------------------------------------------------------------------------
# 05 Đắk Nông, digital certificates and electronic documents (baodaknong.vn,
# byline 02/03/2022 → `date 2022-03`). Results; year 2021 for every record
# ("Tính đến cuối năm 2021": the text names the year its figures are for; the
# title's and the body's "Hiện" stand under it; a judgement over the date
# line's 2022). "2.485 chứng thư số, chữ ký số đang hoạt động" is stated twice
# (title, body): two count records (no id: active certificates, the catalogue
# counts those issued). "3.228 chứng thư số, chữ ký số được cấp" (count,
# egov.digital_certificates_issued_count). "đã thu hồi 743" (count),
# "10 chữ ký số (Sim PKI)" (count), "cho 3 cơ quan, đơn vị" (count): no id.
# "đạt tỷ lệ khoảng 95%" (~; the agencies "từ cấp xã đến cấp tỉnh" one value
# → scope null; egov.electronic_documents_share, documents exchanged
# electronically with the certificates just named; a judgement). Pillar null.
# Not quantities: "phiên bản 4.0", the date line.
# --------------------------------------------------------------------------
D05 = dict(name="05_daknong-chu-ky-so-van-ban-dien-tu-2021", kind="result", year=2021, records=[
    R("2022-03\n«2.485 chứng thư", "chứng thư số, chữ ký số đang hoạt động", "=", 2485, **CNT),
    R("toàn tỉnh có «3.228", "chứng thư số, chữ ký số được cấp cho các cơ quan, đơn vị, địa phương và cá nhân", "=",
      3228, **CNT, iid="egov.digital_certificates_issued_count"),
    R("đang hoạt động là «2.485", "chữ ký số, chứng thư số đang hoạt động", "=", 2485, **CNT),
    R("thu hồi «743", "đã thu hồi chữ ký số, chứng thư số", "=", 743, **CNT),
    R("toàn tỉnh có «10 chữ ký số", "chữ ký số (Sim PKI) đủ điều kiện để đăng ký số di động", "=", 10, **CNT),
    R("thí điểm cho «3 cơ quan", "cơ quan, đơn vị được triển khai thí điểm chữ ký số (Sim PKI)", "=", 3, **CNT),
    R("tỷ lệ khoảng «95%", "các cơ quan Nhà nước từ cấp xã đến cấp tỉnh đã thực hiện trao đổi văn bản điện tử thông "
      "qua Hệ thống xử lý văn bản và điều hành của tỉnh", "~", 95, iid="egov.electronic_documents_share"),
])

# --------------------------------------------------------------------------
# 06 Kon Tum, applications of the first quarter of 2023 (kontum.gov.vn,
# "Ngày đăng: 18/03/2023" → `date 2023-03`; "quý I năm 2023" → 2023). Results
# (a 2023 page: the brief's years are 2019-2022; the one text past them apart
# from the precision text 10). "56.039 hồ sơ" stated twice (title, body): two
# records (RECV). "12.516 hồ sơ trực tuyến" (egov.online_applications_count)
# "(đạt tỷ lệ 22,33%" (egov.online_applications_share); "38.613 hồ sơ trực
# tiếp và bưu chính", "4.910 hồ sơ từ kỳ trước", "48.249 hồ sơ" settled,
# "6.539 hồ sơ đang trong thời hạn": counts, no id; "tỷ lệ hồ sơ đúng hạn và
# sớm hạn đạt gần 98%" (~, ONTIME). The paragraph "Các sở, ban ngành cấp tỉnh
# ...; cấp huyện ...; cấp xã ..." splits three figures by level: nine records,
# scopes "cấp tỉnh", "cấp huyện", "cấp xã", ids kept. "bằng trên 90% số hồ sơ
# trực tuyến của cả năm 2021" and "bằng 205,6% số hồ sơ trực tuyến của quý I
# năm 2022": this quarter against earlier periods' values (a result's change
# against an earlier value) → NOT (a judgement). Pillar null. Not quantities:
# "15/12/2022", "14/3/2023", "quý I".
# --------------------------------------------------------------------------
D06 = dict(name="06_kontum-ho-so-truc-tuyen-theo-cap-quy1-2023", kind="result", year=2023, records=[
    R("Toàn tỉnh tiếp nhận «56.039", "Toàn tỉnh tiếp nhận hồ sơ giải quyết thủ tục hành chính trong quý I", "=", 56039,
      **CNT, iid=RECV),
    R("đã tiếp nhận «56.039", "các cơ quan, đơn vị, địa phương trên địa bàn tỉnh đã tiếp nhận hồ sơ thông qua Hệ thống "
      "thông tin giải quyết thủ tục hành chính (TTHC) của tỉnh", "=", 56039, **CNT, iid=RECV),
    R("có «12.516 hồ sơ trực tuyến", "hồ sơ trực tuyến", "=", 12516, **CNT, iid="egov.online_applications_count"),
    R("(đạt tỷ lệ «22,33%", "hồ sơ trực tuyến đạt tỷ lệ", "=", 22.33, iid="egov.online_applications_share"),
    R("«38.613 hồ sơ", "hồ sơ trực tiếp và bưu chính", "=", 38613, **CNT),
    R("«4.910 hồ sơ", "hồ sơ từ kỳ trước chuyển sang", "=", 4910, **CNT),
    R("đã giải quyết «48.249", "đã giải quyết hồ sơ", "=", 48249, **CNT),
    R("sớm hạn đạt gần «98%", "tỷ lệ hồ sơ đúng hạn và sớm hạn", "~", 98, iid=ONTIME),
    R("«6.539 hồ sơ", "hồ sơ đang trong thời hạn giải quyết", "=", 6539, **CNT),
    R("cấp tỉnh tiếp nhận «23.233", "Các sở, ban ngành tiếp nhận hồ sơ", "=", 23233, **CNT, scope="cấp tỉnh",
      iid=RECV),
    R("với «6.596", "hồ sơ trực tuyến", "=", 6596, **CNT, scope="cấp tỉnh", iid="egov.online_applications_count"),
    R("tỷ lệ «28,39%", "hồ sơ trực tuyến đạt tỷ lệ", "=", 28.39, scope="cấp tỉnh",
      iid="egov.online_applications_share"),
    R("cấp huyện tiếp nhận «6.776", "tiếp nhận hồ sơ", "=", 6776, **CNT, scope="cấp huyện", iid=RECV),
    R("với «2.521", "hồ sơ trực tuyến", "=", 2521, **CNT, scope="cấp huyện", iid="egov.online_applications_count"),
    R("tỷ lệ «37,76%", "hồ sơ trực tuyến đạt tỷ lệ", "=", 37.76, scope="cấp huyện",
      iid="egov.online_applications_share"),
    R("cấp xã tiếp nhận «26.030", "tiếp nhận hồ sơ", "=", 26030, **CNT, scope="cấp xã", iid=RECV),
    R("với «3.399", "hồ sơ trực tuyến", "=", 3399, **CNT, scope="cấp xã", iid="egov.online_applications_count"),
    R("tỷ lệ «13,05%", "hồ sơ trực tuyến đạt tỷ lệ", "=", 13.05, scope="cấp xã",
      iid="egov.online_applications_share"),
], NOT=["bằng trên «90%", "bằng «205,6%"])

# --------------------------------------------------------------------------
# 07 Bến Tre, the provincial Public Administration Service Centre in the
# first nine months of 2020 (baodongkhoi.vn, byline 11/10/2020 → `date
# 2020-10`; "Trong 9 tháng năm 2020" → 2020). Results, counts written in
# "ngàn" (multiplied in). The title's "hơn 59 ngàn hồ sơ" (>, settled) and
# the body's "59,72 ngàn HS" (=): both recorded, no id. "61,3 ngàn hồ sơ"
# received (RECV), "(54,1 ngàn HS)" received in person (no id), "(đạt tỷ lệ
# (97,4%)" the settled share (no id: settled, not on time). "quý III-2020 ...
# tổng số 25,2 ngàn HS" (RECV); "(tăng 9,6 ngàn HS so với quý II-2020)" a
# change, not recorded. The agencies' "Công an tỉnh 7,7 ngàn HS, ..." six
# records, each with its agency in the indicator (a breakdown by agency: scope
# null), RECV (a split by group keeps the id). Pillar null. Not quantities:
# "9 tháng", "quý III-2020", "quý II-2020".
# --------------------------------------------------------------------------
D07 = dict(name="07_bentre-trung-tam-hcc-9-thang-2020", kind="result", year=2020, records=[
    R("giải quyết hơn «59 ngàn", "Trung tâm Phục vụ hành chính công giải quyết hồ sơ", ">", 59000, **CNT),
    R("tiếp nhận «61,3 ngàn", "Trung tâm Phục vụ hành chính công (trung tâm) tỉnh đã tiếp nhận hồ sơ (HS) các loại",
      "=", 61300, **CNT, iid=RECV),
    R("(«54,1 ngàn", "HS tiếp nhận trực tiếp", "=", 54100, **CNT),
    R("giải quyết «59,72 ngàn", "Cơ quan chức năng đã giải quyết HS các loại", "=", 59720, **CNT),
    R("(«97,4%)", "Cơ quan chức năng đã giải quyết HS các loại đạt tỷ lệ", "=", 97.4),
    R("tổng số «25,2 ngàn", "số lượng HS tiếp nhận trong quý III", "=", 25200, **CNT, iid=RECV),
    R("Công an tỉnh «7,7 ngàn", "HS tiếp nhận trong quý III Công an tỉnh", "=", 7700, **CNT, iid=RECV),
    R("Sở Công Thương «3,7 ngàn", "HS tiếp nhận trong quý III Sở Công Thương", "=", 3700, **CNT, iid=RECV),
    R("Sở Giao thông vận tải «3,01 ngàn", "HS tiếp nhận trong quý III Sở Giao thông vận tải", "=", 3010, **CNT,
      iid=RECV),
    R("Sở Tài nguyên và Môi trường «2,25 ngàn", "HS tiếp nhận trong quý III Sở Tài nguyên và Môi trường", "=", 2250,
      **CNT, iid=RECV),
    R("nông thôn «2,14 ngàn", "HS tiếp nhận trong quý III Sở Nông nghiệp và Phát triển nông thôn", "=", 2140, **CNT,
      iid=RECV),
    R("Sở Tư pháp «2,12 ngàn", "HS tiếp nhận trong quý III Sở Tư pháp", "=", 2120, **CNT, iid=RECV),
])

# --------------------------------------------------------------------------
# 08 Thừa Thiên Huế, the public-service portal's statistics page
# (dichvucong.thuathienhue.gov.vn; no date and no year anywhere → year null).
# Results from two tables written as lines. "Kết quả giải quyết thủ tục hành
# chính": for each service level ("Mức 1, 2", "Mức 3", "Mức 4") the columns
# Tổng, Đã xử lý, Chưa xử lý, Trước hạn (Tổng, %), Đúng hạn (Tổng, %), Trễ hạn
# (Tổng, %): nine records a line, the level in the indicator (a kind of
# service, not an administrative level → scope null, as the spec's breakdown by
# kind of thing). "Tỷ lệ TTHC cung cấp trực tuyến 2643 100% 2643 100% 1856
# 70,2% 736 27,8%" under "Mức độ 1 ... Mức độ 4 / TTHC % ...": eight records
# (count, %). Ids: "Tổng" RECV (split by level of service, id kept); "Trễ hạn
# %" OVERDUE; "Trước hạn %" and "Đúng hạn %" each alone no id (the catalogue's
# on-time share is both together); level-3 procedures
# egov.partial_online_services_count / egov.partial_online_services_share
# (their wordings name "mức độ 3"); level-4 procedures
# egov.full_online_services_count (its wordings name "mức độ 4"); the level-4
# share no id (the catalogue's full-process share is of eligible procedures,
# this one of all 2643; a judgement); levels 1 and 2 no id. The "Tiêu chí 1"
# ... "Tiêu chí 11" lines are the names of rating criteria, no values; "Mức 1,
# 2", "Mức 3", "Mức 4", "Mức độ 1" ... are names. Pillar null. Spans: the whole
# table line (`line=True`).
# --------------------------------------------------------------------------
M12, M3, M4 = "mức 1, 2", "mức 3", "mức 4"
D08 = dict(name="08_thuathienhue-thong-ke-dich-vu-cong-truc-tuyen", kind="result", year=None, records=[
    R("Mức 1, 2 «268763", "Tổng hồ sơ thủ tục hành chính " + M12, "=", 268763, **CNT, line=True, iid=RECV),
    R("268763 «257141", "hồ sơ thủ tục hành chính " + M12 + " đã xử lý", "=", 257141, **CNT, line=True),
    R("257141 «11622", "hồ sơ thủ tục hành chính " + M12 + " chưa xử lý", "=", 11622, **CNT, line=True),
    R("11622 «124907", "hồ sơ " + M12 + " xử lý trước hạn", "=", 124907, **CNT, line=True),
    R("124907 «48,6%", "hồ sơ " + M12 + " xử lý trước hạn", "=", 48.6, line=True),
    R("48,6% «102770", "hồ sơ " + M12 + " xử lý đúng hạn", "=", 102770, **CNT, line=True),
    R("102770 «40%", "hồ sơ " + M12 + " xử lý đúng hạn", "=", 40, line=True),
    R("40% «19852", "hồ sơ " + M12 + " xử lý trễ hạn", "=", 19852, **CNT, line=True),
    R("19852 «7,7%", "hồ sơ " + M12 + " xử lý trễ hạn", "=", 7.7, line=True, iid=OVERDUE),
    R("Mức 3 «68544", "Tổng hồ sơ thủ tục hành chính " + M3, "=", 68544, **CNT, line=True, iid=RECV),
    R("68544 «61827", "hồ sơ thủ tục hành chính " + M3 + " đã xử lý", "=", 61827, **CNT, line=True),
    R("61827 «6717", "hồ sơ thủ tục hành chính " + M3 + " chưa xử lý", "=", 6717, **CNT, line=True),
    R("6717 «43434", "hồ sơ " + M3 + " xử lý trước hạn", "=", 43434, **CNT, line=True),
    R("43434 «70,3%", "hồ sơ " + M3 + " xử lý trước hạn", "=", 70.3, line=True),
    R("70,3% «11795", "hồ sơ " + M3 + " xử lý đúng hạn", "=", 11795, **CNT, line=True),
    R("11795 «19,1%", "hồ sơ " + M3 + " xử lý đúng hạn", "=", 19.1, line=True),
    R("19,1% «4331", "hồ sơ " + M3 + " xử lý trễ hạn", "=", 4331, **CNT, line=True),
    R("4331 «7%", "hồ sơ " + M3 + " xử lý trễ hạn", "=", 7, line=True, iid=OVERDUE),
    R("Mức 4 «1665", "Tổng hồ sơ thủ tục hành chính " + M4, "=", 1665, **CNT, line=True, iid=RECV),
    R("1665 «1611", "hồ sơ thủ tục hành chính " + M4 + " đã xử lý", "=", 1611, **CNT, line=True),
    R("1611 «54 ", "hồ sơ thủ tục hành chính " + M4 + " chưa xử lý", "=", 54, **CNT, line=True),
    R("54 «952", "hồ sơ " + M4 + " xử lý trước hạn", "=", 952, **CNT, line=True),
    R("952 «59,1%", "hồ sơ " + M4 + " xử lý trước hạn", "=", 59.1, line=True),
    R("59,1% «388", "hồ sơ " + M4 + " xử lý đúng hạn", "=", 388, **CNT, line=True),
    R("388 «24,1%", "hồ sơ " + M4 + " xử lý đúng hạn", "=", 24.1, line=True),
    R("24,1% «268 ", "hồ sơ " + M4 + " xử lý trễ hạn", "=", 268, **CNT, line=True),
    R("268 «16,6%", "hồ sơ " + M4 + " xử lý trễ hạn", "=", 16.6, line=True, iid=OVERDUE),
    R("trực tuyến «2643 100% 2643", "TTHC cung cấp trực tuyến mức độ 1", "=", 2643, **CNT, line=True),
    R("trực tuyến 2643 «100% 2643", "Tỷ lệ TTHC cung cấp trực tuyến mức độ 1", "=", 100, line=True),
    R("100% «2643 100% 1856", "TTHC cung cấp trực tuyến mức độ 2", "=", 2643, **CNT, line=True),
    R("2643 «100% 1856", "Tỷ lệ TTHC cung cấp trực tuyến mức độ 2", "=", 100, line=True),
    R("100% «1856", "TTHC cung cấp trực tuyến mức độ 3", "=", 1856, **CNT, line=True,
      iid="egov.partial_online_services_count"),
    R("1856 «70,2%", "Tỷ lệ TTHC cung cấp trực tuyến mức độ 3", "=", 70.2, line=True,
      iid="egov.partial_online_services_share"),
    R("70,2% «736", "TTHC cung cấp trực tuyến mức độ 4", "=", 736, **CNT, line=True,
      iid="egov.full_online_services_count"),
    R("736 «27,8%", "Tỷ lệ TTHC cung cấp trực tuyến mức độ 4", "=", 27.8, line=True),
])

# --------------------------------------------------------------------------
# 09 Hòa Bình, administrative procedures in the first nine months of 2022
# (hoabinh.gov.vn, a list page; the item's date "(21/09/2022)" cut and
# written as `date 2022-09`; "9 tháng đầu năm 2022" → 2022). A precision
# text: one quantity, the title's "tỷ lệ giải quyết hồ sơ thủ tục hành chính
# đạt 96,6%" (=; no id: a settled share, not said to be on time), among "9
# tháng" twice, the date line and a paragraph of prose. Pillar null.
# --------------------------------------------------------------------------
D09 = dict(name="09_hoabinh-tthc-9-thang-2022-precision", kind="result", year=2022, records=[
    R("hành chính đạt «96,6%", "tỷ lệ giải quyết hồ sơ thủ tục hành chính", "=", 96.6),
])

# --------------------------------------------------------------------------
# 10 Hà Tĩnh, Nam Hồng ward's notice of Chỉ thị 24/CT-TTg (namhonglinh.hatinh.
# gov.vn, no date shown; "từ ngày 1/10/2025" → 2025). A precision text: one
# quantity, "Việc nộp hồ sơ, khai báo, và xử lý thủ tục sẽ được thực hiện 100%
# bằng hình thức trực tuyến" (a requirement set for the 25 services: target,
# bare number → >=; no id: a share of the applications of 25 named services,
# not of all applications; a judgement). "25 dịch vụ công thiết yếu": the
# length of the list of services the directive names (like a count of tasks),
# not a level of an indicator → not a quantity (a judgement). Among "24/CT-TTg",
# "1/10/2025", "6 bước", "Bước 1" ... "Bước 6", "(mức 2)" (a level's name).
# Pillar null.
# --------------------------------------------------------------------------
D10 = dict(name="10_hatinh-25-dich-vu-cong-thiet-yeu-2025-precision", kind="target", year=2025, records=[
    R("thực hiện «100% bằng", "Việc nộp hồ sơ, khai báo, và xử lý thủ tục sẽ được thực hiện bằng hình thức trực tuyến",
      ">=", 100),
])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

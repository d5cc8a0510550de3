#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set206).

Copied from set193's builder (itself from set184's, set175's, ... and the seeds'). Each record is
written by hand below; its anchor is never typed in. A record names a locator: a piece of the text
with « just before the number. The locator (without «) must occur exactly once in the text; the
anchor is where « stands. `start`/`end` (the clause that states the quantity) are computed as in
the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract); check_gold.py verifies that every
percentage has a record or a NOT entry. No text of this set needs one.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set193, the id is given in the record itself (`iid=`).

The ranking text (07) is written with `RANKS(...)`: one rank record per "<unit> xếp thứ N" of a
list, each located by the unit's own name and the number; the list's lead names the index.

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

RECEIVED = "egov.applications_received_count"
SETTLED = "egov.applications_settled_count"
ONLINE_N = "egov.online_applications_count"
ONLINE = "egov.online_applications_share"
DIGITISED = "egov.digitised_procedure_results_share"
PAYMENT = "egov.online_payment_share"
ON_TIME = "egov.on_time_applications_share"
ON_TIME_N = "egov.on_time_applications_count"
OVERDUE = "egov.overdue_applications_share"
OVERDUE_N = "egov.overdue_applications_count"
PROCEDURES = "egov.administrative_procedures_count"
SIPAS = "rank.sipas"

# --------------------------------------------------------------------------
# 01 Hải Phòng, Phù Liễn ward (formed on 1/7/2025) reviewing its administrative reform of the
# third quarter, 15 September 2025 (phulien.haiphong.gov.vn; cut: the photo caption "Quang cảnh
# hội nghị"; no byline, no stamp; the excerpt ends in "6 phản " inside "6 phản [ánh]"). Year 2025
# ("từ 1/7 đến 14/9/2025"). Pillar null (no heading). Results (=): the dossiers received (3.718),
# those filed online (2.255) and their share (61%), the digitisation rate (100%), "100% hồ sơ thủ
# tục hành chính toàn trình được thực hiện trực tuyến", the online payment of fees (97,7%), the
# leaders' personal digital signature on the document system (100%), the citizens received ("hơn
# 7.400 lượt", `>`) and the feedback handled in time ("6 phản[ánh]", the word cut by the excerpt;
# a count all the same). Not quantities: "quý III", "quý IV/2025", "15/9", "1/7/2025", "1/7 đến
# 14/9/2025", "1/7" (dates and periods), "2 cấp" (the name of the two-tier model). Ids:
# RECEIVED, ONLINE_N, ONLINE, DIGITISED, PAYMENT; null for the full-process dossiers done online
# (the catalogue names no such share of the full-process dossiers), the leaders' signature rate
# (the catalogue's signature shares are of officials holding a signature and of documents
# exchanged), the visits and the feedback handled (the catalogue counts feedback received).
# --------------------------------------------------------------------------
D01 = dict(name="01_haiphong-phulien-cai-cach-hanh-chinh-quy-iii-2025", kind="result", year=2025, records=[
    R("tiếp nhận «3.718 hồ sơ", "hồ sơ thủ tục hành chính Uỷ ban nhân dân phường đã tiếp nhận", "=", 3718, **CNT,
      iid=RECEIVED),
    R("có «2.255 hồ sơ", "hồ sơ được nộp trực tuyến", "=", 2255, **CNT, iid=ONLINE_N),
    R("chiếm «61%", "hồ sơ được nộp trực tuyến", "=", 61, iid=ONLINE),
    R("hồ sơ đạt «100%", "Tỷ lệ số hóa hồ sơ", "=", 100, iid=DIGITISED),
    R("«100% hồ sơ thủ tục hành chính toàn trình", "hồ sơ thủ tục hành chính toàn trình được thực hiện trực tuyến",
      "=", 100),
    R("«97,7% hồ sơ", "hồ sơ có thu phí, lệ phí được thanh toán trực tuyến", "=", 97.7, iid=PAYMENT),
    R("văn bản đạt «100%", "Tỷ lệ ký số cá nhân lãnh đạo trên hệ thống Quản lý văn bản", "=", 100),
    R("tiếp hơn «7.400 lượt", "lượt công dân Trung tâm Phục vụ hành chính công phường tiếp", ">", 7400, **CNT),
    R("kịp thời «6 phản", "Uỷ ban nhân dân phường xử lý kịp thời phản", "=", 6, **CNT),
])

# --------------------------------------------------------------------------
# 02 Cần Thơ city, its public administrative service centres in July 2025, the first month of the
# two-tier local government (nld.com.vn; the stamp " date 2025-08-07" written as the first line;
# cut: the photo caption "Người dân thư giãn tại ghế massage ... xã Liêu Tú" with the blank line
# after it; the paragraph "UBND xã Liêu Tú trang bị 2 máy massage ..." may be a caption but states a
# figure and stays; the excerpt ends in "được đặt "). Year 2025 (the stamp; "từ ngày 1 đến 31-7").
# Pillar null. Results (=): the procedures the city carries out (2.242) and those of the city's
# centre (1.679); the July dossiers' shares: received online 69,7%, settled on time 77,98%,
# overdue 1,58%, still within their time 21,73%, apologised for 1,58% (each its own subject; the
# two 1,58% are two statements); Liêu Tú commune's "2 máy massage", stated twice (the second in
# the paragraph that may be a caption; recorded at each place, as the earlier sets record a
# figure restated in a caption), place "Liêu Tú". Not quantities: "7-8", "1 đến 31-7" (dates),
# "24/24" (hours of service, a name of the kiosk's availability). Ids: PROCEDURES (2.242; the
# catalogue's count of procedures on the system, a judgement), ONLINE, ON_TIME, OVERDUE; null for
# the centre's 1.679 (a part of the city's procedures), the dossiers within their time, the
# apologies and the massage chairs.
# --------------------------------------------------------------------------
D02 = dict(name="02_cantho-tiep-nhan-ho-so-thang-7-2025", kind="result", year=2025, records=[
    R("thực hiện «2.242 thủ tục", "thủ tục hành chính (TTHC) trên địa bàn thành phố đang thực hiện", "=", 2242, **CNT,
      iid=PROCEDURES),
    R("thực hiện «1.679 thủ tục", "thủ tục Trung tâm Phục vụ hành chính công thành phố thực hiện", "=", 1679, **CNT),
    R("trực tuyến là: «69,7%", "hồ sơ tiếp nhận qua dịch vụ công trực tuyến", "=", 69.7, iid=ONLINE),
    R("trước hạn là «77,98%", "số hồ sơ giải quyết và trả kết quả đúng, trước hạn", "=", 77.98, iid=ON_TIME),
    R("quá hạn: «1,58%; số", "số hồ sơ giải quyết và trả kết quả quá hạn", "=", 1.58, iid=OVERDUE),
    R("quy định là «21,73%", "số hồ sơ đang trong thời gian giải quyết theo quy định", "=", 21.73),
    R("trễ hạn: «1,58%.", "Thực hiện việc xin lỗi đối với các hồ sơ trễ hạn", "=", 1.58),
    R("bố trí «2 máy massage", "máy massage xã Liêu Tú bố trí phục vụ người dân và doanh nghiệp", "=", 2, **CNT,
      place="Liêu Tú"),
    R("trang bị «2 máy massage", "máy massage UBND xã Liêu Tú trang bị phục vụ công dân", "=", 2, **CNT,
      place="Liêu Tú"),
])

# --------------------------------------------------------------------------
# 03 Thành phố Hồ Chí Minh, Phú Giáo commune: the commune council's supervision of its public
# administrative service centre, 13 October 2025 (sggp.org.vn; the stamp " date 2025-10-13"
# written as the first line; cut: the photo captions "Đoàn giám sát ghi nhận ... vào sáng 13-10"
# and "Người dân làm thủ tục hành chính tại Trung tâm ... xã Phú Giáo", each with the blank line
# after it; the run of blank lines before "Bà Nguyễn Thị Bích Vân" is the excerpt's own; the excerpt
# ends in "khó "). Year 2025 (the stamp; "Từ ngày 1-7 đến ngày 30-9"). Pillar null. Results (=):
# dossiers received 13.188, settled 12.970, the on-time rate 99,2%, overdue 102; "Riêng các hồ sơ
# thuộc thẩm quyền cấp xã, có tổng số 2.760, với 2.602 hồ sơ được giải quyết đúng và trước hạn,
# chiếm 96,2%" (three records; scope null: the commune level is part of the subject, the sentence
# splits nothing). Not quantities: "13-10", "1-7", "30-9" (dates). Ids: RECEIVED (13.188; 2.760,
# the commune-level dossiers, a judgement), SETTLED, ON_TIME (99,2%, 96,2%), OVERDUE_N, ON_TIME_N.
# --------------------------------------------------------------------------
D03 = dict(name="03_tphcm-phugiao-giam-sat-trung-tam-hcc-xa-2025", kind="result", year=2025, records=[
    R("tiếp nhận «13.188 hồ sơ", "hồ sơ Trung tâm tiếp nhận", "=", 13188, **CNT, iid=RECEIVED),
    R("giải quyết «12.970 hồ sơ", "hồ sơ Trung tâm đã giải quyết", "=", 12970, **CNT, iid=SETTLED),
    R("hạn đạt «99,2%", "Tỷ lệ hồ sơ giải quyết đúng và trước hạn", "=", 99.2, iid=ON_TIME),
    R("«102 hồ sơ", "hồ sơ bị trễ hạn", "=", 102, **CNT, iid=OVERDUE_N),
    R("tổng số «2.760", "tổng số hồ sơ thuộc thẩm quyền cấp xã", "=", 2760, **CNT, iid=RECEIVED),
    R("với «2.602 hồ sơ", "hồ sơ thuộc thẩm quyền cấp xã được giải quyết đúng và trước hạn", "=", 2602, **CNT,
      iid=ON_TIME_N),
    R("chiếm «96,2%", "hồ sơ thuộc thẩm quyền cấp xã được giải quyết đúng và trước hạn", "=", 96.2, iid=ON_TIME),
])

# --------------------------------------------------------------------------
# 04 Thành phố Hồ Chí Minh, Củ Chi commune opening its upgraded public administrative service
# centre, 11 August 2025 (plo.vn; the stamp " date 2025-08-11" written as the first line; the
# title line "UBND xã Củ Chi khánh thành ... 11/08/2025 16:43" keeps its date and time, a part of
# a line; cut: the photo captions "Ngày 11-8, UBND xã Củ Chi tổ chức lễ khánh thành ... Ảnh: HT"
# and "Công trình được xem là dấu ấn ... Ảnh: HT", each with the blank line after it; the caption
# "Sau một tháng hoạt động, ... 4.811 hồ sơ. Ảnh: HT" states figures and stays; the excerpt ends
# in "theo phương"). Year 2025 (the stamp; "(1-7 đến 31-7)"). Pillar null. Results (=): visitors
# 6.826 lượt, dossiers received 5.091, settled on time 4.811 "(tỉ lệ 100%)", 280 still being
# processed; the caption restates three of them: recorded again at each place (set184's rule for a
# caption with a figure). Not quantities: "11/08/2025 16:43", "11-8", "1-7 đến 31-7" (dates and
# a time), "100 m²" (the size of the upgraded office, a fact of the building as the earlier sets'
# areas of a province). Ids: RECEIVED, ON_TIME_N, ON_TIME; null for the visitors and the dossiers
# in progress.
# --------------------------------------------------------------------------
D04 = dict(name="04_tphcm-cuchi-trung-tam-hcc-xa-thang-dau-2025", kind="result", year=2025, records=[
    R("31-7), trung tâm đã tiếp đón «6.826", "lượt người trung tâm đã tiếp đón", "=", 6826, **CNT),
    R("người, tiếp nhận «5.091 hồ sơ, giải quyết đúng hạn 4.811 hồ sơ (", "hồ sơ trung tâm tiếp nhận", "=", 5091,
      **CNT, iid=RECEIVED),
    R("đúng hạn «4.811 hồ sơ (", "hồ sơ trung tâm giải quyết đúng hạn", "=", 4811, **CNT, iid=ON_TIME_N),
    R("(tỉ lệ «100%", "tỉ lệ hồ sơ giải quyết đúng hạn", "=", 100, iid=ON_TIME),
    R("còn «280 hồ sơ", "hồ sơ đang được xử lý theo quy định", "=", 280, **CNT),
    R("động, trung tâm đã tiếp đón «6.826", "lượt người trung tâm đã tiếp đón", "=", 6826, **CNT),
    R("tiếp nhận «5.091 hồ sơ, giải quyết đúng hạn 4.811 hồ sơ.", "hồ sơ trung tâm tiếp nhận", "=", 5091, **CNT,
      iid=RECEIVED),
    R("đúng hạn «4.811 hồ sơ.", "hồ sơ trung tâm giải quyết đúng hạn", "=", 4811, **CNT, iid=ON_TIME_N),
])

# --------------------------------------------------------------------------
# 05 Hà Nội, the city's quotas for its communes and wards and for its public administrative
# service centre on online dossiers, with the electronic invoices of fees (tracuuquyhoach.com;
# cut: the title line with its photo credit "Hà Nội phát hành hóa đơn, biên lai điện tử từ ngày
# 28-7. Ảnh minh họa: TL" and the byline "Thu Trà"; no stamp). Year null: the text gives days and
# months only ("23-7", "30-7", "21-7"; the page is of July 2025, but nothing in the text says so).
# Targets (`>=`, "tối thiểu"; "bảo đảm 100%" a bare number): the communes' and wards' "tối thiểu 60%
# hồ sơ ... trực tuyến, trong đó tối thiểu 20% ... toàn trình", "100% được trả trước hoặc đúng
# hạn"; the centre's "tối thiểu 80% ... trong đó tối thiểu 20% ... toàn trình". Scope null: the
# communes and the centre are each the subject of their own sentence, not a split of one value.
# Pillar null. Not quantities: the dates. Ids: ONLINE (60%, 80%; the full-process 20% twice, as
# the earlier sets label the share of full-process online dossiers), ON_TIME (100%).
# --------------------------------------------------------------------------
D05 = dict(name="05_hanoi-chi-tieu-ho-so-truc-tuyen-xa-phuong", kind="target", year=None, records=[
    R("tối thiểu «60% hồ sơ", "hồ sơ thủ tục hành chính UBND xã, phường tiếp nhận theo hình thức trực tuyến", ">=",
      60, iid=ONLINE),
    R("tối thiểu «20% được", "hồ sơ của UBND xã, phường được thực hiện theo phương thức toàn trình", ">=", 20,
      iid=ONLINE),
    R("bảo đảm «100% được", "kết quả giải quyết thủ tục hành chính được trả trước hoặc đúng hạn theo quy định", ">=",
      100, iid=ON_TIME),
    R("tối thiểu «80% hồ sơ", "hồ sơ Trung tâm Phục vụ hành chính công tiếp nhận theo hình thức trực tuyến", ">=", 80,
      iid=ONLINE),
    R("tối thiểu «20% hồ sơ", "hồ sơ của Trung tâm Phục vụ hành chính công thực hiện theo phương thức toàn trình",
      ">=", 20, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 06 Vĩnh Long, An Hội ward leading the province on the index of service to citizens and
# businesses, November 2025 (baovinhlong.com.vn; cut: the byline "16:40, 26/11/2025" (written as
# the first line `date 2025-11-26`) and the photo caption "Bà Nguyễn Thị Tám được hướng dẫn ...
# phường An Hội.", printed twice, with the blank line after the second; the excerpt ends in "chào
# hỏi n"). Year 2025. Pillar null (the subheading "Chuyển đổi số mạnh mẽ, nâng cao chất lượng phục
# vụ" names no pillar). Results: "phường An Hội xếp vị trí thứ 2 vào tháng 10/2025" (rank, =;
# "vượt lên dẫn đầu" has no number) and "duy trì 100% hồ sơ nộp trực tuyến" (=). Not quantities:
# "10/2025", "11/2025", "18/11/2025" (dates), "2 cấp" (a name), "50 tuổi" (a person's age), "1
# đến 1 ngày rưỡi", "3 ngày" (a citizen's account of a processing time against the rule, in a
# quotation). Ids: null for the rank (the catalogue's index rank is the province's place among
# the provinces, not a ward's among the province's communes), ONLINE for the 100%.
# --------------------------------------------------------------------------
D06 = dict(name="06_vinhlong-anhoi-chi-so-phuc-vu-2025", kind="result", year=2025, records=[
    R("vị trí thứ «2 vào", "Kết quả xếp hạng về Bộ chỉ số phục vụ người dân và DN đối với cấp xã, phường An Hội "
      "xếp vị trí thứ", "=", 2, **RANK),
    R("duy trì «100% hồ sơ", "hồ sơ nộp trực tuyến của phường An Hội", "=", 100, iid=ONLINE),
])

# --------------------------------------------------------------------------
# 07 Hải Phòng, the city's administrative reform index (PAR) and satisfaction index of 2025 for
# its departments, wards, communes and the special zone, published 9 January (2026)
# (thuonghieuvaphapluat.vn; nothing cut; no byline, no stamp; the excerpt ends in "phường Ngô
# Quyền xếp"). Year 2025 (the indices "năm 2025"; the publication's "9/1" names no year). Pillar
# null. Results: every "<unit> xếp thứ N" with digits is a rank (=): five lists (the departments',
# the wards' and the communes' PAR ranks, the departments' satisfaction ranks); the wards and
# communes carry `place`, the departments are named in the indicator (as set193's 03). "xếp thứ
# nhất" (a word) has no record; "Ban Quản lý khu kinh tế xếp thứ 14 trong tổng số 14" is a rank
# 14 (the denominator 14 is no value); "Phường Bắc An Phụ xếp cuối trong 45 phường" has no number
# for its place (45, the wards counted, is no value). The satisfaction "92,67%" of the city's
# agencies (scope null) and "khối sở, ban, ngành là 93,95%; khối phường 92,26%; khối xã, đặc khu
# 91,87%" (three records, a split by group of agencies: scopes as written). Ids: SIPAS for the
# four satisfaction values (the city's own survey of the SIPAS index, "Chỉ số hài lòng đối với sự
# phục vụ hành chính"; a judgement); null for the ranks (the catalogue's PAR rank is the
# province's among the provinces, not a unit's among the city's).
# --------------------------------------------------------------------------
PAR_DEPT = "Chỉ số cải cách hành chính năm 2025 của các sở, ban, ngành: "
PAR_WARD = "Chỉ số cải cách hành chính năm 2025 của UBND các phường: "
PAR_COMMUNE = "Chỉ số cải cách hành chính năm 2025 của các xã, đặc khu: "
SAT_DEPT = "Kết quả đo lường sự hài lòng đối với sự phục vụ hành chính năm 2025 của các sở, ban, ngành: "


def RANKS(lead, pairs, places=False):
    """One rank record per (unit as written, rank) of a list that `lead` opens."""
    return [R(f"{unit} xếp thứ «{n}", f"{lead}{unit} xếp thứ", "=", int(n), **RANK,
              place=unit.split(" ", 1)[1] if places else None)
            for unit, n in pairs]


D07 = dict(name="07_haiphong-chi-so-cchc-hai-long-xa-phuong-2025", kind="result", year=2025, records=[
    R("Văn phòng UBND thành phố xếp thứ «2; Sở", PAR_DEPT + "Văn phòng UBND thành phố xếp thứ", "=", 2, **RANK),
    *RANKS(PAR_DEPT, [("Sở Tài chính", "3"), ("Sở Ngoại vụ", "4"), ("Sở Nội vụ", "5")]),
    R("kinh tế xếp thứ «14", PAR_DEPT + "Ban Quản lý khu kinh tế xếp thứ, trong tổng số 14 sở, ban, ngành", "=", 14,
      **RANK),
    *RANKS(PAR_WARD, [("phường Hải An", "2"), ("phường Hồng An", "3"), ("phường Ngô Quyền", "4"),
                      ("phường Lê Chân", "5")], places=True),
    *RANKS(PAR_COMMUNE, [("xã Quyết Thắng", "2"), ("xã An Lão", "3"), ("xã Gia Lộc", "4"), ("xã Phú Thái", "5"),
                         ("Xã Vĩnh Am", "68")], places=True),
    R("thành phố là «92,67%", "Mức độ hài lòng trung bình của các cơ quan hành chính nhà nước thành phố", "=", 92.67,
      iid=SIPAS),
    R("ngành là «93,95%", "Mức độ hài lòng trung bình của các cơ quan hành chính nhà nước thành phố", "=", 93.95,
      scope="khối sở, ban, ngành", iid=SIPAS),
    R("khối phường «92,26%", "Mức độ hài lòng trung bình của các cơ quan hành chính nhà nước thành phố", "=", 92.26,
      scope="khối phường", iid=SIPAS),
    R("đặc khu «91,87%", "Mức độ hài lòng trung bình của các cơ quan hành chính nhà nước thành phố", "=", 91.87,
      scope="khối xã, đặc khu", iid=SIPAS),
    R("Văn phòng UBND thành phố xếp thứ «2, Sở", SAT_DEPT + "Văn phòng UBND thành phố xếp thứ", "=", 2, **RANK),
    R("Đào tạo xếp thứ «3", SAT_DEPT + "Sở Giáo dục và Đào tạo xếp thứ", "=", 3, **RANK),
    R("Sở Nội vụ xếp thứ «4,", SAT_DEPT + "Sở Nội vụ xếp thứ", "=", 4, **RANK),
    R("Sở Xây dựng xếp thứ «5", SAT_DEPT + "Sở Xây dựng xếp thứ", "=", 5, **RANK),
])

# --------------------------------------------------------------------------
# 08 Lâm Đồng (the merged province), its public administrative service centres in the first days
# of the two-tier government, July 2025 (baolamdong.vn; the stamp " date 2025-07" written as the
# first line; cut: the photo caption "Công tác phối hợp ... xã Cát Tiên 3 diễn ra nhịp nhàng, hiệu
# quả" with the blank line after it (a name's digit, no figure); the subheading "THÔNG SUỐT TỪ
# PHƯỜNG TRUNG TÂM ĐẾN ĐẶC KHU" stays; the excerpt ends in "đề nghị giả"). Year 2025 (the stamp).
# Pillar null. Results: "các Trung tâm Phục vụ hành chính công tại 124 xã, phường, đặc khu ... đã
# hoạt động đồng bộ" (count, =: the centres at work, as the earlier sets record "3.139 Trung tâm"),
# "28 Chi nhánh Văn phòng Đăng ký đất đai khu vực đã được cấp Giấy chứng nhận đăng ký mẫu dấu"
# (count, =), "tiếp từ 50 - 80 lượt người dân" a day (count, between). Not quantities: "hơn 10
# ngày" (a duration), "1/7", "12/7", "14/7" (dates), "2 cấp" (a name). Ids null (no catalogue
# indicator counts the centres, the land offices' branches or the daily visitors).
# --------------------------------------------------------------------------
D08 = dict(name="08_lamdong-trung-tam-hcc-124-xa-2025", kind="result", year=2025, records=[
    R("công tại «124 xã", "Trung tâm Phục vụ hành chính công tại xã, phường, đặc khu hoạt động đồng bộ với cấp tỉnh",
      "=", 124, **CNT),
    R("12/7, «28 Chi nhánh", "Chi nhánh Văn phòng Đăng ký đất đai khu vực đã được cấp Giấy chứng nhận đăng ký mẫu "
      "dấu và con dấu", "=", 28, **CNT),
    R("tiếp từ «50 - 80 lượt", "lượt người dân mỗi ngày các Trung tâm Phục vụ hành chính công ở khu vực các phường "
      "trung tâm tiếp", "between", 50, **CNT, value_max=80),
])

# --------------------------------------------------------------------------
# 09 Thanh Hóa, Hạc Thành ward adding a second point for receiving dossiers, November 2025
# (baothanhhoa.vn; the stamp " date 2025-11-21" written as the first line; cut: the photo caption
# "Công chức Trung tâm Phục vụ hành chính công phường Hạc Thành giải quyết thủ tục hành chính cho
# công dân." with the blank line after it; the excerpt ends in "thủ t"). A precision text: one
# record. "UBND phường Hạc Thành sẽ tiếp nhận hồ sơ và trả kết quả thủ tục hành chính tại 2 địa
# điểm" (count, =, kind result: the arrangement decided and announced, the province's approval of
# 6/11/2025, as an earlier set's "2 điểm tiếp nhận"; a judgement). Year 2025. Pillar null. Not
# quantities: "24/11/2025", "28/10/2025", "6/11/2025" (dates), "19484/UBND-HCC" (a document),
# "Số 28 Đại lộ Lê Lợi" (a street number), "hơn 197.000 người" (the ward's population, a size, as
# the earlier sets' sizes), "thứ nhất", "thứ hai" (words). Id null.
# --------------------------------------------------------------------------
D09 = dict(name="09_thanhhoa-hacthanh-diem-tiep-nhan-2025-precision", kind="result", year=2025, records=[
    R("tại «2 địa điểm", "địa điểm UBND phường Hạc Thành tiếp nhận hồ sơ và trả kết quả thủ tục hành chính", "=", 2,
      **CNT),
])

# --------------------------------------------------------------------------
# 10 Quảng Ninh, the one-tier public administrative service centre as Đà Nẵng's delegation found
# it, August 2025 (baodanang.vn; the stamp " date 2025-08-08" written as the first line; cut: the
# photo caption "Đại diện Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh (bên phải) ... Ảnh: VT"
# with the blank line after it; the excerpt ends in "Đà Nẵng đến "). A precision text: one record,
# "54 trung tâm phục hành chính công xã, phường, đặc khu" under the provincial centre (count, =,
# 2025; as the earlier sets record the communes' centres). Not quantities: "7/8", "6/12/2024"
# (dates), "238/NQ-HĐND" (a document), "một trong 5 địa phương đầu tiên" (the size of the group of
# pilots the province belongs to), "1 giám đốc, 2 phó giám đốc, 4 phòng chuyên môn" (the
# centre's own make-up, its leaders and departments; a judgement). Pillar null, id null.
# --------------------------------------------------------------------------
D10 = dict(name="10_quangninh-trung-tam-hcc-mot-cap-2025-precision", kind="result", year=2025, records=[
    R("trực thuộc và «54 trung tâm", "trung tâm phục vụ hành chính công xã, phường, đặc khu trực thuộc Trung tâm Phục "
      "vụ hành chính công tỉnh", "=", 54, **CNT),
])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, Decision 128/2025/QĐ-UBND on the rules of the provincial public administrative
# service centre, 9 October 2025 (hethongphapluat.vn; cut: the site's name "Hệ thống pháp luật"
# with the blank line after it; the line of one space after the date stays; no stamp; the excerpt
# ends in "Trung tâm Ph"). A precision text laid out as a decision's header and its legal bases,
# no record: "128/2025/QĐ-UBND", "118/2025/NĐ-CP", "03/2025/TT-VPCP", "58/2025/QĐ-UBND",
# "1818/TTr-VP", "4836/SNV-TCBC" (documents) and their dates.
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-quy-che-trung-tam-hcc-2025-precision", kind="result", year=2025, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]
build = functools.partial(goldkit.build_records, texts=TEXTS)  # one document's records (goldkit)
not_anchors = functools.partial(goldkit.not_anchors, texts=TEXTS)  # its NOT anchors, for check_gold.py

if __name__ == "__main__":
    goldkit.write_gold(DOCS, build, GOLD)

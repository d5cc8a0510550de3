#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set175).

Copied from set173's builder (itself from set171's, set165's, set163's, ... and the seeds'). Each
record is written by hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must occur exactly once in the
text; the anchor is where « stands. `start`/`end` (the clause that states the quantity) are
computed as in the seeds' builder (`start_at` moves the start back to a given string).

Each document may also list NOT: locators of numbers deliberately left without a record
(percentages that are not quantities under the contract: completion against a plan or a
requirement, a change against an earlier value); check_gold.py verifies that every percentage has
a record or a NOT entry.

Each record also carries `indicator_id_gold` (ignored by the scorer): the id of the catalogue
indicator it measures, or null, decided against muctieu/catalog/data/indicators.yaml (see README).
As in set10-set173, the id is given in the record itself (`iid=`).

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, CNT  # noqa: E402

DONG = dict(unit="other", unit_text="đồng")
TEAMS = "aware.community_digital_teams_count"
HRCOUNT = "hr.civil_servants_dx_trained_count"

# --------------------------------------------------------------------------
# 01 Hòa Bình, IT staff and community digital teams (hoabinh.gov.vn; no cut; no byline, no stamp;
# the excerpt opens inside the article, "Theo số liệu thống kê, ...", and ends in "kỹ năng " with
# its trailing space, kept). Results; year null: the page names no year of measurement ("Từ năm
# 2022" dates the teams' founding only, "Đến nay" is undated). Pillar null (no heading). "tỷ lệ cán
# bộ, công chức, viên chức ... thường xuyên ứng dụng công nghệ công nghệ thông tin phục vụ giải
# quyết công việc đạt 92,2%" (=, hr.civil_servants_digital_mastery_share: officials using IT in
# their work; a judgement), "Tổng số công chức, viên chức làm nhiệm vụ chuyên trách/kiêm nhiệm về
# công nghệ thông tin của tỉnh là 204 người" (=, count, hr.it_staff_count: the province's IT staff
# in all, the id's wording "tổng số cán bộ CNTT ... toàn tỉnh"), "lực lượng chuyên trách là 39
# người" (=, count, hr.it_staff_count), "lực lượng kiêm nhiệm là 165 người" (=, count; id null:
# part-time IT staff), "Tỷ lệ cán bộ chuyên trách có trình độ cử nhân về công nghệ thông tin trở
# lên đạt 100%" (=; id null), "cao hơn so với trung bình cả nước là 88,5%" (=: the national
# average of the same rate, a value the page reports for the country, place "cả nước"; not a
# change against an earlier value; a judgement), "Tỷ lệ cán bộ, công chức, viên chức kiêm nhiệm
# đã tham gia các chương trình, đào tạo, bồi dưỡng ... đạt 80%" (=; id null: part-time staff
# trained in IT skills, not all officials trained in DT; a judgement). "1.482 Tổ công nghệ số
# cộng đồng cấp xóm, 151 tổ công nghệ số cộng đồng cấp xã với gần 13.000 thành viên": the teams
# split by level (scopes "cấp xóm" and "cấp xã", as written; set108's teams by xã and thôn), =,
# count, aware.community_digital_teams_count; the members "gần 13.000" (~, count, scope null,
# aware.community_digital_team_members_count). The three team figures are also in set163's 04 (the
# Department's 2023 year-end page, another sentence); see SOURCES.md. Not quantities: "năm 2022"
# (a date).
# --------------------------------------------------------------------------
D01 = dict(name="01_hoabinh-nhan-luc-cntt-to-cnscd", kind="result", year=None, records=[
    R("đạt «92,2%", "tỷ lệ cán bộ, công chức, viên chức tại các cơ quan quản lý Nhà nước trên địa bàn tỉnh thường xuyên "
      "ứng dụng công nghệ thông tin phục vụ giải quyết công việc", "=", 92.2,
      iid="hr.civil_servants_digital_mastery_share"),
    R("là «204 người", "Tổng số công chức, viên chức làm nhiệm vụ chuyên trách/kiêm nhiệm về công nghệ thông tin của tỉnh",
      "=", 204, **CNT, iid="hr.it_staff_count"),
    R("là «39 người", "lực lượng chuyên trách công nghệ thông tin", "=", 39, **CNT, iid="hr.it_staff_count"),
    R("là «165 người", "lực lượng kiêm nhiệm công nghệ thông tin", "=", 165, **CNT),
    R("đạt «100%", "Tỷ lệ cán bộ chuyên trách có trình độ cử nhân về công nghệ thông tin trở lên", "=", 100),
    R("là «88,5%", "Tỷ lệ cán bộ chuyên trách có trình độ cử nhân về công nghệ thông tin trở lên trung bình cả nước",
      "=", 88.5, place="cả nước"),
    R("đạt «80%", "Tỷ lệ cán bộ, công chức, viên chức kiêm nhiệm đã tham gia các chương trình, đào tạo, bồi dưỡng về kỹ "
      "năng ứng dụng công nghệ thông tin, quản trị về công nghệ thông tin", "=", 80),
    R("thành lập «1.482 Tổ", "Tổ công nghệ số cộng đồng cấp xóm đã thành lập", "=", 1482, **CNT, scope="cấp xóm",
      iid=TEAMS),
    R("xóm, «151 tổ", "tổ công nghệ số cộng đồng cấp xã đã thành lập", "=", 151, **CNT, scope="cấp xã", iid=TEAMS),
    R("với gần «13.000 thành viên", "thành viên Tổ công nghệ số cộng đồng", "~", 13000, **CNT,
      iid="aware.community_digital_team_members_count"),
])

# --------------------------------------------------------------------------
# 02 Gia Lai, training commune officials in digital platforms, autumn 2025 (baogialai.com.vn; the
# crawler's stamp " date 2025-11-03" written as the first line, "(GLO)- ..." following on the
# second; cut: the photo caption "Cán bộ, công chức các xã thực hành kỹ năng sử dụng nền tảng
# chuyển đổi số tại lớp tập huấn. Ảnh: Khánh Linh" with one blank line; the excerpt ends in "có sự
# hư"). Results of 2025 (the stamp; "15-10 đến 12-11"). Pillar null (the sub-heading "Làm chủ công
# nghệ số" names no pillar). "Gần 400 cán bộ, công chức ở 23 xã ... đang được tập huấn kỹ năng sử
# dụng các nền tảng chuyển đổi số" (~, count, hr.civil_servants_dx_trained_count), the classes
# "1 trong 11 lớp tập huấn ... đang được Sở KH&CN triển khai" and "Chúng tôi chia thành 11 lớp"
# (=, count, hr.dx_training_courses_count; the same value stated twice, a record at each place, as
# set173's 05), "gần 200 học viên của 12 địa phương đã hoàn thành khóa học" (~, count,
# hr.civil_servants_dx_trained_count). Not recorded: "23 xã" (twice) and "12 địa phương" (where the
# trainees come from, part of the subject; a judgement), "hơn 30 học viên" (one class seen on one
# day, a scene of the report, not the programme's result; a judgement), "mỗi lớp gồm 2-3 xã với
# khoảng 30-40 học viên" (how a class is made up, as set98's team make-up), "1 trong" (a list's
# part), "tháng 10", "15-10", "12-11" (dates).
# --------------------------------------------------------------------------
D02 = dict(name="02_gialai-tap-huan-can-bo-xa-2025", kind="result", year=2025, records=[
    R("(GLO)- Gần «400 cán bộ", "cán bộ, công chức ở 23 xã đang được tập huấn kỹ năng sử dụng các nền tảng chuyển đổi số",
      "~", 400, **CNT, iid=HRCOUNT),
    R("1 trong «11 lớp", "lớp tập huấn về sử dụng nền tảng chuyển đổi số đang được Sở KH&CN triển khai", "=", 11, **CNT,
      iid="hr.dx_training_courses_count"),
    R("chia thành «11 lớp", "lớp tập huấn cho cán bộ, công chức của 23 xã", "=", 11, **CNT,
      iid="hr.dx_training_courses_count"),
    R("gần «200 học viên", "học viên của 12 địa phương đã hoàn thành khóa học tập huấn", "~", 200, **CNT, iid=HRCOUNT),
])

# --------------------------------------------------------------------------
# 03 Quảng Nam, the "Bình dân học vụ số" movement and its 2025 targets (baoquangnam.vn; the
# crawler's stamp " date 2025-05" written as the first line, the section label, title and lead
# following on the second; cut: the photo caption "Các đồng chí lãnh đạo tỉnh thực hiện nghi thức
# phát động phong trào “Bình dân học vụ số”. Ảnh: VINH ANH" with one blank line; the excerpt ends
# in "người lao động trong khu " with its trailing space, kept). One target: "năm 2025 phải có 80%
# cán bộ, công chức, viên chức và người lao động trong khu" (>=, bare number in a target; year
# 2025; the excerpt stops before the predicate, so the indicator is the subject as far as it goes;
# id null: the predicate is cut off). Pillar null (the headings "ĐỂ KHÔNG AI BỊ BỎ LẠI PHÍA SAU",
# "Ai cũng có thể tiếp cận công nghệ" name no pillar). Not quantities: "57-NQ/TƯ" (a document),
# "18/4" (a date), "năm 2025" in the lead-in (the horizon, no number of its own).
# --------------------------------------------------------------------------
D03 = dict(name="03_quangnam-binh-dan-hoc-vu-so-2025", kind="target", year=2025, records=[
    R("phải có «80% cán bộ", "cán bộ, công chức, viên chức và người lao động trong khu", ">=", 80),
])

# --------------------------------------------------------------------------
# 04 Đà Nẵng, community digital teams helping at Bàn Thạch ward's service centre, August 2025
# (baodanang.vn; the crawler's stamp " date 2025-08-15" written as the first line; cut: the photo
# caption "Chị Nguyễn Thị Thanh Lam, thành viên Tổ công nghệ số cộng đồng tổ dân phố Đoan Trai ...
# ngày 11/8. Ảnh: VINH ANH" with one blank line; the excerpt ends in "thành p"). One target: the
# city's "mục tiêu tối thiểu 80% hồ sơ trực tuyến theo chỉ đạo của Trung ương" (kind target, >=;
# year 2025, the stamp's, the sentence naming none; egov.online_applications_share). Pillar null.
# Not quantities: "2 thành viên Tổ công nghệ số cộng đồng túc trực tại bàn" and "khoảng 30 phút
# sau" (one citizen's visit, a story, as set173's patient), "11/8" (dates).
# --------------------------------------------------------------------------
D04 = dict(name="04_danang-ban-thach-to-cnscd-2025", kind="result", year=2025, records=[
    R("tối thiểu «80% hồ sơ", "hồ sơ trực tuyến", ">=", 80, kind="target", iid="egov.online_applications_share"),
])

# --------------------------------------------------------------------------
# 05 Nghệ An, vulnerabilities found in state information systems (nghean24h.vn; no cut; no byline,
# no stamp; the excerpt opens with the page's lead "Công an Nghệ An phát hiện 2.375 lỗ hổng ..." and
# ends in "an toàn hệ " with its trailing space, kept). Results; year null: "từ năm 2022 đến nay"
# counts from 2022 to an undated "now" (a judgement: no year of measurement is written). Pillar
# null. The lead's "phát hiện 2.375 lỗ hổng trong hệ thống thông tin của cơ quan nhà nước" and the
# body's "tại 28 hệ thống thông tin của cơ quan Nhà nước tồn tại 2.375 lỗ hổng bảo mật, trong đó 96
# lỗ hổng bảo mật ở mức nghiêm trọng": four records (=, count; the 2.375 at each place; the 28
# systems found with vulnerabilities, the 96 critical ones as a part with its own subject). Ids
# null (vulnerabilities and the systems holding them have no catalogue indicator).
# --------------------------------------------------------------------------
D05 = dict(name="05_nghean-lo-hong-bao-mat-he-thong", kind="result", year=None, records=[
    R("phát hiện «2.375 lỗ hổng trong", "lỗ hổng trong hệ thống thông tin của cơ quan nhà nước Công an Nghệ An phát hiện",
      "=", 2375, **CNT),
    R("tại «28 hệ thống", "hệ thống thông tin của cơ quan Nhà nước tồn tại lỗ hổng bảo mật Công an Nghệ An đã phát hiện",
      "=", 28, **CNT),
    R("tồn tại «2.375 lỗ hổng", "lỗ hổng bảo mật tồn tại tại hệ thống thông tin của cơ quan Nhà nước", "=", 2375, **CNT),
    R("trong đó «96 lỗ hổng", "lỗ hổng bảo mật ở mức nghiêm trọng", "=", 96, **CNT),
])

# --------------------------------------------------------------------------
# 06 Thanh Hóa, the Department of Labour, Invalids and Social Affairs' digital transformation in
# the first nine months of 2024 (sldtbxh.thanhhoa.gov.vn, a print page; cut: the truncated photo
# caption "Khuôn viên Sở Lao động - Thương binh và Xã hội t" with the blank line before it; the
# text ends in "Nổi bật:"). Results of 2024 ("09 tháng đầu năm 2024"). Pillar null. "(1) 100% dữ
# liệu người có công, bảo trợ xã hội, trẻ em, giảm nghèo đã được rà soát, đối chiếu làm sạch và
# nhập ..." (=; id null), "(3) Hoàn thành việc xác định, phân loại, trình cơ quan có thẩm quyền
# phê duyệt Hồ sơ đề xuất cấp độ của 100% hệ thống thông tin của Cơ quan Sở và 11 đơn vị trực
# thuộc Sở và triển khai các phương án ..." (=, security.systems_level_approved_share; its span
# runs from "(3)" to the next semicolon). Not quantities: "11 đơn vị trực thuộc Sở" (the
# department's own units, part of the subject, as set173's sector sizes), the list markers
# "(1)"-"(4)", "09 tháng", "Đề án 06", "05/CT-TTg", "23/02/2023".
# --------------------------------------------------------------------------
D06 = dict(name="06_thanhhoa-sldtbxh-cds-9-thang-2024", kind="result", year=2024, records=[
    R("(1) «100% dữ liệu", "dữ liệu người có công, bảo trợ xã hội, trẻ em, giảm nghèo đã được rà soát, đối chiếu làm sạch "
      "và nhập dữ liệu trên hệ thống cơ sở dữ liệu quốc gia về dân cư", "=", 100),
    R("cấp độ của «100% hệ thống", "hệ thống thông tin của Cơ quan Sở và 11 đơn vị trực thuộc Sở được phê duyệt Hồ sơ đề "
      "xuất cấp độ", "=", 100, iid="security.systems_level_approved_share"),
])

# --------------------------------------------------------------------------
# 07 Đồng Nai, fraud and high-tech fraud in the first half of 2024, from the police's answer to
# the provincial council (sggp.org.vn; the crawler's stamp " date 2024-07" written as the first
# line; the rest of that line, the photo caption "Đại tá Nguyễn Hồng Phong, Giám đốc Công an tỉnh
# Đồng Nai trả lời chất vấn tại kỳ họp", cut with one blank line; the excerpt ends in "tại n").
# Results of 2024 ("trong 6 tháng đầu năm 2024"). Pillar null. Ids null (no catalogue indicator for
# fraud cases). "tiếp nhận và xử lý 125 vụ lừa đảo chiếm đoạt tài sản, điều tra làm rõ 40 vụ, 46
# đối tượng" (three counts, =); "tội phạm sử dụng công nghệ cao lừa đảo chiếm đoạt tài sản xảy ra
# 76 vụ (chiếm 60,8 % tổng số vụ lừa đảo)" (count and share, =; "60,8 %" with a space before "%"),
# "tổng số tiền bị chiếm đoạt là trên 325,4 tỷ đồng" (>, other, "đồng"), "đã điều tra làm rõ 4 vụ,
# 14 đối tượng (đạt tỷ lệ 5,06%)" (counts and the share solved, =); the kinds of fraud "bán hàng
# online nhận hoa hồng là 23 vụ (chiếm tỷ lệ 29,11%)", "giả danh công an ... là 20 vụ (chiếm tỷ lệ
# 25,31%)", "sử dụng tài khoản Zalo, Telegram ... là 15 vụ" (a breakdown by kind: each its own
# subject, scope null). Not recorded: "chiếm đoạt hơn 171 tỷ đồng" and "khởi tố 10 bị can" (one
# case, a former district chairwoman's, not the province's figures; a judgement, as set173's
# patient's story), "6 tháng" (a period).
# --------------------------------------------------------------------------
D07 = dict(name="07_dongnai-lua-dao-cong-nghe-cao-2024", kind="result", year=2024, records=[
    R("xử lý «125 vụ", "vụ lừa đảo chiếm đoạt tài sản Công an tỉnh tiếp nhận và xử lý", "=", 125, **CNT),
    R("làm rõ «40 vụ, 46", "vụ lừa đảo chiếm đoạt tài sản điều tra làm rõ", "=", 40, **CNT),
    R("40 vụ, «46 đối tượng", "đối tượng lừa đảo chiếm đoạt tài sản điều tra làm rõ", "=", 46, **CNT),
    R("xảy ra «76 vụ", "vụ tội phạm sử dụng công nghệ cao lừa đảo chiếm đoạt tài sản xảy ra", "=", 76, **CNT),
    R("chiếm «60,8 %", "vụ tội phạm sử dụng công nghệ cao lừa đảo chiếm đoạt tài sản trong tổng số vụ lừa đảo", "=", 60.8),
    R("là trên «325,4 tỷ", "tổng số tiền bị chiếm đoạt tội phạm sử dụng công nghệ cao lừa đảo", ">", 325.4e9, **DONG),
    R("làm rõ «4 vụ", "vụ tội phạm sử dụng công nghệ cao lừa đảo đã điều tra làm rõ", "=", 4, **CNT),
    R("4 vụ, «14 đối tượng", "đối tượng tội phạm sử dụng công nghệ cao lừa đảo đã điều tra làm rõ", "=", 14, **CNT),
    R("tỷ lệ «5,06%", "tỷ lệ điều tra làm rõ vụ tội phạm sử dụng công nghệ cao lừa đảo", "=", 5.06),
    R("hoa hồng là «23 vụ", "vụ lừa đảo bằng hình thức bán hàng online nhận hoa hồng", "=", 23, **CNT),
    R("tỷ lệ «29,11%", "lừa đảo bằng hình thức bán hàng online nhận hoa hồng", "=", 29.11),
    R("khác là «20 vụ", "vụ giả danh công an nói bị hại liên quan đường dây ma túy và rửa tiền xuyên quốc gia, giả danh khác",
      "=", 20, **CNT),
    R("tỷ lệ «25,31%", "giả danh công an nói bị hại liên quan đường dây ma túy và rửa tiền xuyên quốc gia, giả danh khác",
      "=", 25.31),
    R("khoán là «15 vụ", "vụ sử dụng tài khoản Zalo, Telegram lừa tham gia đầu tư các sàn giao dịch ảo, mua tiền điện tử, "
      "đầu tư chứng khoán", "=", 15, **CNT),
])

# --------------------------------------------------------------------------
# 08 Cà Mau, online fraud reported to the police in 2023 (thanhnien.vn; the crawler's stamp
# " date 2023-09" written as the first line, "Ngày 21.9, ..." following on the second; cut: the
# photo caption "Đại tá Nguyễn Phúc Cường, Phó giám đốc Công an tỉnh Cà Mau, thông tin về tình
# trạng lừa đảo chiếm đoạt tài sản qua mạng viễn thông, mạng xã hội G.B." with one blank line; the
# runs of blank lines stay as returned). Results of 2023 ("từ đầu năm đến nay", the stamp). Pillar
# null. "tiếp nhận hơn 50 trường hợp trình báo bị lừa đảo chiếm đoạt tài sản qua mạng viễn thông,
# mạng xã hội, với tổng số tiền trên 9,5 tỉ đồng" (>, count; >, other, "đồng", the spelling "tỉ"
# read as "tỷ"). Ids null. Not quantities: "21.9" (a date).
# --------------------------------------------------------------------------
D08 = dict(name="08_camau-lua-dao-qua-mang-2023", kind="result", year=2023, records=[
    R("tiếp nhận hơn «50 trường hợp", "trường hợp trình báo bị lừa đảo chiếm đoạt tài sản qua mạng viễn thông, mạng xã hội "
      "ngành công an tỉnh tiếp nhận", ">", 50, **CNT),
    R("số tiền trên «9,5 tỉ", "tổng số tiền trình báo bị lừa đảo chiếm đoạt qua mạng viễn thông, mạng xã hội", ">", 9.5e9,
      **DONG),
])

# --------------------------------------------------------------------------
# 09 Sơn La, fraud on social networks in 2021 (langcuoi.danviet.vn; cut: the widget line "HOT HOT
# HOT:" with one blank line, the photo caption "Cảnh giác với muôn kiểu lừa đảo trên mạng xã hội ở
# vùng núi Sơn La." (the title repeated with a full stop under the image) with one blank line, the
# authors' byline "Hà Hoàng - Cao Thiên" with the blank line before it, and the byline date
# "02/03/2022 06:30 GMT+7", written as the first line `date 2022-03-02`). Results of 2021 ("năm
# 2021"; the page is of March 2022). Pillar null. "phát hiện, điều tra làm rõ 32 vụ, 40 đối tượng,
# với tổng tài sản bị chiếm đoạt hơn 19,4 tỷ đồng" (=, =, count; >, other, "đồng"), "khởi tố 28
# vụ, 38 bị can, xử lý hành chính 2 vụ, 2 đối tượng" (=, count, each its own subject). Ids null.
# --------------------------------------------------------------------------
D09 = dict(name="09_sonla-lua-dao-mang-xa-hoi-2021", kind="result", year=2021, records=[
    R("làm rõ «32 vụ", "vụ lừa đảo trên mạng xã hội phát hiện, điều tra làm rõ", "=", 32, **CNT),
    R("32 vụ, «40 đối tượng", "đối tượng lừa đảo trên mạng xã hội phát hiện, điều tra làm rõ", "=", 40, **CNT),
    R("hơn «19,4 tỷ", "tổng tài sản bị chiếm đoạt lừa đảo trên mạng xã hội", ">", 19.4e9, **DONG),
    R("khởi tố «28 vụ", "vụ lừa đảo trên mạng xã hội khởi tố", "=", 28, **CNT),
    R("28 vụ, «38 bị can", "bị can lừa đảo trên mạng xã hội khởi tố", "=", 38, **CNT),
    R("chính «2 vụ", "vụ lừa đảo trên mạng xã hội xử lý hành chính", "=", 2, **CNT),
    R("2 vụ, «2 đối tượng", "đối tượng lừa đảo trên mạng xã hội xử lý hành chính", "=", 2, **CNT),
])

# --------------------------------------------------------------------------
# 10 Lâm Đồng, the provincial cyber-security drill of December 2025 (plo.vn; the crawler's stamp
# " date 2025-12-13" written as the first line, the title and the site's clock "13/12/2025 13:39"
# following on the second (part of a line, kept); cut: the image's title line "Lâm Đồng diễn tập
# thực chiến an ninh mạng, xây dựng lá chắn số từ cơ sở" with one blank line; the excerpt ends in
# "chỉ ra cá"). A precision text: the make-up of one drill, no target or result. Not quantities:
# "2 ngày" (a duration), "124 điểm cầu cấp xã" (the places connected to the event), "19 đội Phòng
# thủ với hơn 200 thành viên" and "ba trường đại học" (the participants of an event, as the spec's
# "hơn 50 cơ quan báo chí"), "20 tình huống" (the drill's contents), "13/12/2025 13:39", "13-12",
# "12-12" (dates and a clock), "năm 2025" (in the programme's name), "PA05" (a unit's name).
# --------------------------------------------------------------------------
D10 = dict(name="10_lamdong-dien-tap-an-ninh-mang-2025-precision", kind="result", year=2025, records=[])

# --------------------------------------------------------------------------
# 11 Thanh Hóa, the information-security group of the province's DT index (attt.thanhhoa.gov.vn;
# no cut; no date; the excerpt ends in "Như Thanh"). A precision text: how the index is built, no
# target or result. Not quantities: "10 chỉ số thành phần", "11 chỉ số thành phần", "04 chỉ số
# thành phần" and "tổng điểm đánh giá: 100 điểm" (three times) (the parts of an index and its
# maximum, decided), "20 đơn vị", "27 đơn vị" (the bodies assessed, the index's scope; a
# judgement), "3853/QĐ-UBND", "09/11/2022" (a decision and its date), the list markers "1."-"3.".
# --------------------------------------------------------------------------
D11 = dict(name="11_thanhhoa-chi-so-attt-precision", kind="result", year=None, records=[])


DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11]


def build(doc):
    return goldkit.build_records(doc, TEXTS)


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

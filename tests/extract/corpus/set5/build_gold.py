#!/usr/bin/env python3
"""Build the gold records of texts/NAME.txt into gold/NAME.jsonl (set5).

Adapted from ../../../../../shared/eval/gold/build_gold.py (the seeds'
builder). Each record is written by hand below; its anchor is never typed in.
A record names a locator: a piece of the text with « just before the number.
The locator (without «) must occur exactly once in the text; the anchor is
where « stands. `start`/`end` (the clause that states the quantity) are
computed: the stretch between the nearest clause delimiters (";", ":", a
newline, a sentence-ending ".") around the anchor, leading bullets and blanks
trimmed. start/end are informative only: score.py reads the gold's anchor.

Extra fields (ignored by the scorer): `unit_text` for unit "other", `place`
when the value belongs to a named place other than the document's own
province, `note` for a decision worth recording.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, GOV, ECO, SOC  # noqa: E402

INFRA, SEC = "digital_infrastructure", "information_security"


# --------------------------------------------------------------------------
# 01 Lạng Sơn, news of Kế hoạch 104/KH-UBND (28/4/2023) on the digital
# economy and society in 2023; all targets of 2023.
# --------------------------------------------------------------------------
D01 = dict(name="01_langson-kts-xhs-2023", kind="target", year=2023, records=[
    # "Theo đó, về phát triển kinh tế số, Kế hoạch đặt mục tiêu ..."
    R("chiếm từ «10% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 10, pillar=ECO),
    R("lĩnh vực đạt «2%", "tỷ trọng kinh tế số trong từng ngành, lĩnh vực", ">=", 2, pillar=ECO),
    R("tăng tối thiểu «7%", "năng suất lao động hằng năm tăng", ">=", 7, pillar=ECO),
    R("đạt trên «70%", "Tỷ lệ cửa hàng số cho người bán và tài khoản người mua trên các sàn thương mại điện tử", ">", 70, pillar=ECO),
    R("hóa đơn điện tử đạt «100%", "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", ">=", 100, pillar=ECO, note="Duy trì ... đạt 100%: a target to keep"),
    R("nền tảng số đạt «100%", "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số", ">=", 100, pillar=ECO),
    # "Về phát triển xã hội số, phấn đấu ..."
    R("cáp quang băng rộng đạt «75%", "tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", ">=", 75, pillar=SOC),
    R("di động thông minh đạt «85%", "tỷ lệ dân số trưởng thành có điện thoại di động thông minh", ">=", 85, pillar=SOC),
    R("được phép khác đạt «75%", "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác", ">=", 75, pillar=SOC),
    R("công trực tuyến đạt «30%", "tỷ lệ dân số trưởng thành có sử dụng dịch vụ công trực tuyến", ">=", 30, pillar=SOC),
    R(";«100% các trường học", "các trường học có ứng dụng công nghệ số trong công tác dạy học và hoạt động quản lý", ">=", 100, pillar=SOC),
    R("«60% trường học", "trường học, cơ sở giáo dục sử dụng các phương thức thanh toán không dùng tiền mặt để thanh toán học phí", ">=", 60, pillar=SOC),
    R("«100% các bệnh viện", "các bệnh viện tuyến tỉnh, huyện kết nối với bệnh viện tuyến trên", ">=", 100, pillar=SOC, note="sentence cut off by the page excerpt"),
])

# --------------------------------------------------------------------------
# 02 Lạng Sơn, news of Kế hoạch 131/KH-UBND (06/6/2022): targets for 2022,
# then for 2025. The lead-in names two pillars (kinh tế số và xã hội số):
# pillar null.
# --------------------------------------------------------------------------
D02 = dict(name="02_langson-kts-xhs-2022-2025", kind="target", year=2022, records=[
    # "Một số mục tiêu cụ thể: năm 2022 phấn đấu ..."
    R("chiếm từ «10% GRDP", "kinh tế số chiếm GRDP của tỉnh", ">=", 10),
    R("tăng tối thiểu «7%, tỷ trọng doanh thu", "năng suất lao động hằng năm tăng", ">=", 7),
    R("bán lẻ đạt «7%", "tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ", ">=", 7),
    R("hóa đơn điện tử đạt «100%", "tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", ">=", 100),
    R("cáp quang băng rộng đạt «75%", "tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng", ">=", 75),
    R("«100% người dân và doanh nghiệp", "người dân và doanh nghiệp được Trợ lý ảo hỗ trợ thực hiện thủ tục hành chính", ">=", 100),
    R("«100% các bệnh viện", "các bệnh viện tuyến tỉnh, huyện kết nối với bệnh viện tuyến trên phục vụ khám chữa bệnh qua nền tảng công nghệ số", ">=", 100),
    R("địa chỉ số đạt «100%", "tỷ lệ hộ gia đình có địa chỉ số", ">=", 100),
    # "Đến năm 2025, phấn đấu ..."
    R("chiếm khoảng «20% GRDP", "kinh tế số chiếm GRDP của tỉnh", "~", 20, year=2025),
    R("tăng tối thiểu «7%, tỷ trọng thương mại", "năng suất lao động hằng năm tăng", ">=", 7, year=2025),
    R("bán lẻ đạt trên «10%", "tỷ trọng thương mại điện tử trong tổng mức bán lẻ", ">", 10, year=2025),
    R("cáp quang đạt «80%", "tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang", ">=", 80, year=2025),
    R("«100% các trường học", "các trường học có ứng dụng công nghệ số trong công tác dạy học và hoạt động quản lý", ">=", 100, year=2025),
])

# --------------------------------------------------------------------------
# 03 Bắc Giang, news of Kế hoạch 6649/KH-UBND: chuyển đổi số trong các cơ
# quan nhà nước năm 2023; all targets of 2023.
# --------------------------------------------------------------------------
SOHOA = "Tỷ lệ số hoá hồ sơ, kết quả giải quyết TTHC còn hiệu lực và có giá trị sử dụng thuộc thẩm quyền giải quyết của cơ quan, đơn vị"
D03 = dict(name="03_bacgiang-cqnn-2023", kind="target", year=2023, records=[
    # "Theo Kế hoạch, năm 2023 ..." (names several pillars)
    R("trong nhóm «10 địa phương", "chỉ số chuyển đổi số của tỉnh Bắc Giang", "<=", 10, unit="rank"),
    # "Mục tiêu phát triển chính quyền số: ..."
    R("phát sinh hồ sơ đạt trên «90%", "Tỷ lệ dịch vụ công trực tuyến toàn trình và một phần phát sinh hồ sơ", ">", 90, pillar=GOV),
    R("xử lý trực tuyến đạt trên «60%", "Tỷ lệ hồ sơ thủ tục hành chính (TTHC) xử lý trực tuyến", ">", 60, pillar=GOV),
    R("dịch vụ công đạt trên «40%", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công", ">", 40, pillar=GOV),
    R("tối thiểu «70% đối với cấp tỉnh", SOHOA, ">=", 70, scope="cấp tỉnh", pillar=GOV),
    R("«60% đối với cấp huyện", SOHOA, ">=", 60, scope="cấp huyện", pillar=GOV),
])

# --------------------------------------------------------------------------
# 04 Bắc Giang, news of Quyết định 1723/QĐ-UBND (Đề án chuyển đổi số năm
# 2025); all targets of 2025.
# --------------------------------------------------------------------------
D04 = dict(name="04_bacgiang-dean-2025", kind="target", year=2025, records=[
    R("thuộc nhóm «10 tỉnh", "chỉ số đánh giá về chuyển đổi số tỉnh Bắc Giang", "<=", 10, unit="rank"),
    # "Kế hoạch đặt mục tiêu năm 2025, về phát triển chính quyền số, ..."
    R("«100% hồ sơ công việc", "hồ sơ công việc được xử lý trên môi trường mạng", ">=", 100, pillar=GOV, note="one value for cấp tỉnh, cấp huyện và cấp xã: scope null"),
    R("«100% cơ sở dữ liệu", "cơ sở dữ liệu tạo nền tảng phát triển chính quyền điện tử, chuyển đổi số của tỉnh được kết nối, chia sẻ", ">=", 100, pillar=GOV),
    R("Trên «60% hoạt động", "hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý", ">", 60, pillar=GOV),
])

# --------------------------------------------------------------------------
# 05 Hà Giang, news: results of 2024.
# --------------------------------------------------------------------------
D05 = dict(name="05_hagiang-ketqua-2024", kind="result", year=2024, records=[
    # "Về chính quyền số đã góp phần ..."
    R("xếp thứ «17/63", "chỉ số phục vụ người dân, doanh nghiệp", "=", 17, unit="rank", pillar=GOV),
    R("hồ sơ trực tuyến đạt «82%", "Tỷ lệ hồ sơ trực tuyến", "=", 82, pillar=GOV),
    R("trực tuyến đạt trên «90%", "tỷ lệ hồ sơ có giao dịch thanh toán trực tuyến", ">", 90, pillar=GOV),
    # "Đồng thời, hoàn thành chỉ tiêu ..." (new paragraph, no pillar named)
    R("chỉ tiêu «100% hộ sản xuất", "hộ sản xuất nông nghiệp có tài khoản tham gia sàn thương mại điện tử được đào tạo, tập huấn", "=", 100),
    R("«100% sản phẩm OCOP", "sản phẩm OCOP đăng tải trên sàn thương mại điện tử", "=", 100),
])

# --------------------------------------------------------------------------
# 06 Thái Nguyên, news "Bứt phá trong hành trình chuyển đổi số": results of
# 2024. Heading "Phát triển hạ tầng số, chính quyền số" names two pillars;
# paragraph lead-ins decide.
# --------------------------------------------------------------------------
D06 = dict(name="06_thainguyen-hatang-cqs-2024", kind="result", year=2024, records=[
    # "Trong việc phát triển hạ tầng số, ... Theo đó, ..."
    R("điện thoại thông minh đạt «90%", "tỷ lệ dân số trưởng thành có điện thoại thông minh", "=", 90, pillar=INFRA, note="read as results reached under Kế hoạch 171/KH-UBND (the article reports 2024's achievements)"),
    R("thông minh đạt «97%", "tỷ lệ hộ gia đình có điện thoại thông minh", "=", 97, pillar=INFRA),
    R("cáp quang đạt «76%", "tỷ lệ hộ gia đình có truy nhập internet băng rộng cáp quang", "=", 76, pillar=INFRA),
    R("hiện có «07 doanh nghiệp", "doanh nghiệp cung cấp dịch vụ viễn thông", "=", 7, unit="count", pillar=INFRA),
    R("và «1.830 điểm", "điểm thu phát sóng điện thoại di động (trạm BTS)", "=", 1830, unit="count", pillar=INFRA),
    R("với «100% thôn, bản", "thôn, bản được phủ băng rộng cố định cáp quang", "=", 100, pillar=INFRA),
    # "Mạng truyền số liệu chuyên dùng ..." ("4 cấp hành chính" is no quantity)
    R("đến «100% đơn vị hành chính", "Mạng truyền số liệu chuyên dùng kết nối thông suốt đến đơn vị hành chính cấp huyện, cấp xã", "=", 100, note="one value for both levels: scope null"),
    # "Về phát triển chính quyền số, ..." -- values split by level
    R("tại «48 sở, ban, ngành", "Hệ thống Quản lý văn bản đi đến và điều hành đã được triển khai tại sở, ban, ngành", "=", 48, unit="count", pillar=GOV),
    R("«8 đơn vị cấp huyện", "Hệ thống Quản lý văn bản đi đến và điều hành đã được triển khai tại đơn vị cấp huyện", "=", 8, unit="count", scope="cấp huyện", pillar=GOV, note="values split by level in one sentence (cf. the spec's 'phủ 75% hộ gia đình, 100% cấp xã'); corrected after the first run"),
    R("«100% xã/phường", "Hệ thống Quản lý văn bản đi đến và điều hành đã được triển khai tại xã/phường", "=", 100, scope="xã/phường", pillar=GOV),
    R("«12.026 tài khoản", "tài khoản người dùng", "=", 12026, unit="count", pillar=GOV),
])

# --------------------------------------------------------------------------
# 07 Thái Nguyên, DTI 2024 announcement; results of 2024.
# --------------------------------------------------------------------------
D07 = dict(name="07_thainguyen-dti-2024", kind="result", year=2024, records=[
    R("vị trí thứ «8 toàn quốc", "Chỉ số chuyển đổi số (DTI) năm 2024 xếp vị trí toàn quốc", "=", 8, unit="rank"),
    R("nhóm «10-15 địa phương", "nhóm địa phương có kết quả chuyển đổi số nổi bật", "between", 10, value_max=15, unit="rank", year=None, note="'trước đây': no year; a range of places read as between"),
    R("Top «10 với", "lọt vào Top 10 chỉ số chuyển đổi số", "<=", 10, unit="rank"),
    R("đạt «0,6961 điểm", "giá trị trung bình cả nước", "=", 0.6961, unit="other", unit_text="điểm", note="national average, not the province's own value"),
    R("Chính quyền số «0,7582", "Chính quyền số", "=", 0.7582, unit="other", note="national average of the pillar; '(tăng 4,7%)' is a change, no quantity"),
    R("Kinh tế số «0,7723", "Kinh tế số", "=", 0.7723, unit="other"),
    R("Xã hội số «0,7692", "Xã hội số", "=", 0.7692, unit="other"),
])

# --------------------------------------------------------------------------
# 08 Quảng Ninh, DTI 2022 announcement (stamp date 2023-07); results of 2022.
# --------------------------------------------------------------------------
D08 = dict(name="08_quangninh-dti-2022", kind="result", year=2022, records=[
    R("điểm số DTI đạt «0,7024", "điểm số DTI", "=", 0.7024, unit="other"),
    R("đứng thứ «3 trong bảng", "bảng xếp hạng chuyển đổi số năm 2022 ở nhóm các tỉnh, thành phố trực thuộc Trung ương", "=", 3, unit="rank"),
    R("vị trí thứ «3 trong bảng xếp hạng chuyển đổi số (DTI)", "bảng xếp hạng chuyển đổi số (DTI) năm 2022", "=", 3, unit="rank", note="photo caption restating the rank"),
    # "Ở trụ cột chính quyền số, ..."
    R("Quảng Ninh đạt «0,7804", "trụ cột chính quyền số", "=", 0.7804, unit="other", pillar=GOV),
    R("xếp hạng «4, tăng", "trụ cột chính quyền số xếp hạng", "=", 4, unit="rank", pillar=GOV),
    # "Ở trụ cột kinh tế số, ..."
    R("tỉnh đạt «0,7187 điểm", "trụ cột kinh tế số", "=", 0.7187, unit="other", unit_text="điểm", pillar=ECO),
    R("xếp hạng «9, tăng", "trụ cột kinh tế số xếp hạng", "=", 9, unit="rank", pillar=ECO),
    # "Ở trụ cột xã hội số, ..."
    R("tỉnh đạt «0,6864 điểm", "trụ cột xã hội số", "=", 0.6864, unit="other", unit_text="điểm", pillar=SOC),
    R("xếp hạng «2 toàn quốc", "trụ cột xã hội số xếp hạng toàn quốc", "=", 2, unit="rank", pillar=SOC),
])

# --------------------------------------------------------------------------
# 09 Yên Bái, DTI 2022 announcement; results of 2022 (and the 2021 ranks it
# quotes).
# --------------------------------------------------------------------------
D09 = dict(name="09_yenbai-dti-2022", kind="result", year=2022, records=[
    R("Yên Bái xếp thứ «15/63\n", "Chỉ số đánh giá chuyển đổi số năm 2022", "=", 15, unit="rank"),
    R("xếp vị trí thứ «15/63 tỉnh", "Chỉ số đánh giá chuyển đổi số (DTI)", "=", 15, unit="rank"),
    R("Năm 2022, «100% các bộ", "các bộ, tỉnh đều có chỉ số tăng so với năm 2021", "=", 100, note="a share of ministries/provinces, not a change of the province's value"),
    R("từ vị trí «27", "tỉnh Yên Bái vị trí", "=", 27, unit="rank", year=2021, note="the earlier value itself is a result of 2021; only the change (tăng 12 bậc) is no quantity"),
    R("vị trí thứ «15 trong 63", "tỉnh Yên Bái vị trí", "=", 15, unit="rank"),
    R("Yên Bái xếp thứ «15/63, Kinh tế số", "Chính quyền số cấp tỉnh Yên Bái", "=", 15, unit="rank"),
    R("Kinh tế số xếp thứ «7/63", "Kinh tế số", "=", 7, unit="rank"),
    R("Xã hội số xếp thứ «10/63", "Xã hội số", "=", 10, unit="rank"),
    R("là «24, 27, 29", "thứ hạng Chính quyền số", "=", 24, unit="rank", year=2021, note="'các thứ hạng này là 24, 27, 29': one record per pillar, like 'lần lượt là'"),
    R("là 24, «27, 29", "thứ hạng Kinh tế số", "=", 27, unit="rank", year=2021),
    R("là 24, 27, «29", "thứ hạng Xã hội số", "=", 29, unit="rank", year=2021),
    # "Trong nhóm nền tảng chung: ..."
    R("1 trong «9 địa phương", "địa phương đứng đầu về nhận thức số", "<=", 9, unit="rank", note="'1 trong 9 địa phương đứng đầu' is a group: <= 9"),
    R("1 trong «10 địa phương", "địa phương đứng đầu về nhân lực số", "<=", 10, unit="rank"),
    R("Xếp thứ «9 trong", "đảm bảo An toàn thông tin mạng", "=", 9, unit="rank"),
    R("đứng thứ «15 trong xếp hạng", "xếp hạng thể chế số", "=", 15, unit="rank"),
    R("Xếp thứ «11 trong", "hoạt động kinh tế số", "=", 11, unit="rank"),
])

# --------------------------------------------------------------------------
# 10 Yên Bái, results of the 2023 ranking of departments and districts.
# "32/35 mục tiêu ..., đạt 91,4%; ... 101/111 nhiệm vụ ..., đạt 91%" are
# counts of targets/tasks and their completion share: no quantity.
# --------------------------------------------------------------------------
HT = "tỷ lệ hoàn thành"
D10 = dict(name="10_yenbai-xephang-2023", kind="result", year=2023, records=[
    R("hoàn thành đạt «98,82%", HT, "=", 98.82, note="Sở Thông tin - Truyền thông, dẫn đầu khối các sở, ban, ngành"),
    R("hoàn thành «97,06%", HT, "=", 97.06, note="Văn phòng UBND tỉnh"),
    R("hoàn thành «91,95%", HT, "=", 91.95, note="Sở Tài chính"),
    R("hoàn thành đạt «80,69%", HT, "=", 80.69, place="thành phố Yên Bái"),
    R("hoàn thành «80,57%", HT, "=", 80.57, place="huyện Văn Yên"),
    R("hoàn thành «77,91%", HT, "=", 77.91, place="thị xã Nghĩa Lộ"),
    R("có «57% người dân", "người dân trưởng thành cài đặt và sử dụng nền tảng Công dân số tỉnh Yên Bái (YenBai- S)", "=", 57),
    R("điện tử tỉnh Yên Bái đạt «82,4%", "tỷ lệ đảng viên có tài khoản sử dụng nền tảng Ứng dụng Sổ tay đảng viên điện tử tỉnh Yên Bái", "=", 82.4),
])

# --------------------------------------------------------------------------
# 11 Yên Bái, news: results "tính đến hết năm 2022" (year 2022). Counts of
# targets (22, 15, 2, 5, 11/22, 7, 1, 3 mục tiêu) are no quantities.
# --------------------------------------------------------------------------
D11 = dict(name="11_yenbai-ketqua-2022", kind="result", year=2022, records=[
    # "Thực hiện xây dựng, phát triển chính quyền điện tử hướng tới chính quyền số, ..."
    R("của tỉnh là «100%", "tỷ lệ dịch vụ công đủ điều kiện mức độ 4 được cung cấp trên Cổng dịch vụ công trực tuyến của tỉnh", "=", 100, pillar=GOV),
    R("tổng số hồ sơ đạt «70%", "tỷ lệ hồ sơ trực tuyến của dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ", "=", 70, pillar=GOV),
    R("«20% hoạt động giám sát", "hoạt động giám sát, kiểm tra của cơ quan quản lý được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý", "=", 20, pillar=GOV),
    # "Theo đó, ..." (new paragraph after a caption)
    R("Theo đó, «100% người dân", "người dân, doanh nghiệp hài lòng về việc giải quyết TTHC tại 3 cấp chính quyền", "=", 100),
])

# --------------------------------------------------------------------------
# 12 Lạng Sơn, Kế hoạch hành động 334/KH-UBND (31/12/2025) phát triển chính
# quyền số: targets for 2027. The metadata table holds no quantity.
# --------------------------------------------------------------------------
D12 = dict(name="12_langson-cqs-2027", kind="target", year=2027, records=[
    R("- «100% dịch vụ công", "dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện", ">=", 100, pillar=GOV),
    R("- «100% thông tin", "thông tin, giấy tờ, tài liệu trong các thủ tục hành chính liên quan đến hoạt động sản xuất, kinh doanh chỉ cung cấp một lần cho cơ quan hành chính nhà nước", ">=", 100, pillar=GOV),
    R("Tối thiểu «95%", "người dân, doanh nghiệp đánh giá", ">=", 95, pillar=GOV, note="sentence cut off by the page excerpt"),
])

# --------------------------------------------------------------------------
# 13 Phú Thọ, news of 23/9/2025 (stamp 2025-09-23); results of 2025.
# --------------------------------------------------------------------------
D13 = dict(name="13_phutho-cqs-2025", kind="result", year=2025, records=[
    # "Nổi bật là các nền tảng cơ bản phục vụ triển khai chính quyền số ..."
    R("tại «16 đơn vị cấp sở", "Hệ thống gửi nhận văn bản điện tử được triển khai tại đơn vị cấp sở", "=", 16, unit="count", scope="cấp sở", pillar=GOV),
    R("«148 đơn vị hành chính cấp xã", "Hệ thống gửi nhận văn bản điện tử được triển khai tại đơn vị hành chính cấp xã", "=", 148, unit="count", scope="cấp xã", pillar=GOV, note="values split by level in one sentence; corrected after the first run"),
    R("«28.226 tài khoản", "tài khoản người dùng", "=", 28226, unit="count", pillar=GOV),
    # "100% các cơ quan, đơn vị ở Phú Thọ ..." (new paragraph)
    R("«100% các cơ quan", "các cơ quan, đơn vị ở Phú Thọ thực hiện gửi nhận văn bản điện tử có ký số", "=", 100),
    R("«161.562 văn bản", "văn bản điện tử đến", "=", 161562, unit="count"),
    R("«100.000 văn bản", "văn bản điện tử đi được phát hành trên Trục liên thông văn bản Quốc gia", "=", 100000, unit="count"),
])

# --------------------------------------------------------------------------
# 14 Lạng Sơn, news of the 2025 plan; targets of 2025 ("đến năm 2025").
# --------------------------------------------------------------------------
D14 = dict(name="14_langson-kehoach-2025", kind="target", year=2025, records=[
    R("top «10 tỉnh", "chỉ số DTI nằm trong top tỉnh/thành phố dẫn đầu về chuyển đổi số", "<=", 10, unit="rank"),
    R("phấn đấu «100% hồ sơ", "hồ sơ công việc các cấp được xử lý trực tuyến và ứng dụng chữ ký số chuyên dùng trên môi trường mạng", ">=", 100),
    R("đến «100% các sở", "Triển khai hệ thống thông tin báo cáo đến các sở, ngành, UBND các huyện, thành phố", ">=", 100),
    R("số hóa đạt «50%", "tỷ lệ tái sử dụng hồ sơ thủ tục hành chính đã được số hóa", ">=", 50),
    R("bán lẻ đạt «7%", "tỷ trọng doanh thu thương mại điện tử trong tổng mức bán lẻ", ">=", 7),
    R("cung cấp «100% hàng hóa", "hàng hóa và dịch vụ được chứng nhận OCOP từ 3 sao trở lên có mặt trên các sàn thương mại điện tử", ">=", 100, note="'từ 3 sao trở lên' qualifies the goods: no quantity"),
    R("«100% các sự kiện", "các sự kiện văn hóa, du lịch của tỉnh được truyền thông số trên mạng xã hội", ">=", 100),
])

# --------------------------------------------------------------------------
# 15 Lạng Sơn, DTI 2020 announcement; results of 2020. Structure counts of
# the index (41 chỉ số thành phần, 111 tiêu chí, ...) are no quantities.
# --------------------------------------------------------------------------
DV4 = "dịch vụ công đủ điều kiện lên mức độ 4"
D15 = dict(name="15_langson-dti-2020", kind="result", year=2020, records=[
    R("Lạng Sơn đứng thứ «16 về", "chuyển đổi số", "=", 16, unit="rank"),
    R("và có «100% dịch vụ công", DV4, "=", 100),
    R("thúc đẩy cung cấp «100% dịch vụ công", DV4, ">=", 100, kind="target", note="the aim of the national workshop; year from the document"),
    R("cấp bộ là «0,3982", "điểm số chuyển đổi số chung bình", "=", 0.3982, unit="other", unit_text="điểm", scope="cấp bộ", note="split by level (cấp bộ / cấp tỉnh); national averages"),
    R("cấp tỉnh là «0,3026", "điểm số trung bình", "=", 0.3026, unit="other", unit_text="điểm", scope="cấp tỉnh"),
    R("Lạng Sơn đứng thứ «16/63", "xếp hạng DTI cấp tỉnh", "=", 16, unit="rank"),
    R("đứng thứ «8/63", "xếp hạng kinh tế số", "=", 8, unit="rank"),
    R("xếp thứ «18/63", "chính quyền số", "=", 18, unit="rank"),
    R("xếp thứ «24/63", "xã hội số", "=", 24, unit="rank"),
    R("danh sách «6/20 ngành", "ngành đạt 100% dịch vụ công đủ điều kiện lên mức độ 4", "=", 6, unit="count", note="X/Y count; the '100%' that follows is the criterion of the list, no record"),
    R("«23/63 tỉnh, thành phố", "tỉnh, thành phố đạt 100% dịch vụ công đủ điều kiện lên mức độ 4", "=", 23, unit="count"),
    R("những tỉnh có «100% dịch vụ công", DV4, "=", 100),
])

# --------------------------------------------------------------------------
# 16 Thái Nguyên, news: results to 2023.
# --------------------------------------------------------------------------
D16 = dict(name="16_thainguyen-ketqua-2023", kind="result", year=2023, records=[
    R("vị trí thứ «8/63", "chỉ số chuyển đổi số (DTI)", "=", 8, unit="rank", year=None, note="'2 năm liên tiếp': the years are not named"),
    # "Về kinh tế số, ..."
    R("năm 2023 đạt «31,4%", "tỷ trọng giá trị gia tăng kinh tế số trong GRDP", "=", 31.4, pillar=ECO),
    R("đứng thứ «3 toàn quốc", "tỷ trọng giá trị gia tăng kinh tế số trong GRDP đứng toàn quốc", "=", 3, unit="rank", pillar=ECO),
])

# --------------------------------------------------------------------------
# 17 Hà Giang, present state at the start of 2021-2025 (no year in the text):
# results, year null.
# --------------------------------------------------------------------------
D17 = dict(name="17_hagiang-hientrang", kind="result", year=None, records=[
    R("mức độ 4 đạt «80,53%", "tỷ lệ dịch vụ công trực tuyến mức độ 4", "=", 80.53),
    R("hồ sơ điện tử đạt «66,38%", "tỷ lệ xử lý hồ sơ điện tử", "=", 66.38),
    R("thông tin điện tử đạt «100%", "Tỷ lệ các cơ quan hành chính có trang/cống thông tin điện tử", "=", 100),
    R("giữa các cơ quan đạt «100%", "tỷ lệ văn bản điện tử trao đổi giữa các cơ quan", "=", 100),
    R("điểm cầu trực tuyến đạt «100%", "tỷ lệ ủy ban nhân dân cấp huyện, cấp xã có điểm cầu trực tuyến", "=", 100),
    # "Hạ tầng xã hội số có bước phát triển: ..." (lead-in names xã hội số)
    R("«100% các xã", "các xã đã có cáp quang đến trung tâm", "=", 100, pillar=SOC),
    R("đạt «2.418 trạm", "số trạm thu phát sóng (BTS)", "=", 2418, unit="count", pillar=SOC),
    R("(«783 trạm 2G", "trạm 2G", "=", 783, unit="count", pillar=SOC),
    R("«932 trạm 3G", "trạm 3G", "=", 932, unit="count", pillar=SOC),
    R("«703 trạm 4G", "trạm 4G", "=", 703, unit="count", pillar=SOC),
    R("dân cư đạt «100%", "tỷ lệ xã, phường, thị trấn có mạng Internet băng rộng đến khu vực trung tâm xã, khu vực tập trung đông dân cư", "=", 100, pillar=SOC),
    R("di động đạt «98,6%", "tỷ lệ phủ sóng điện thoại di động", "=", 98.6, pillar=SOC),
])

# --------------------------------------------------------------------------
# 18 Lạng Sơn, news of the Đề án chuyển đổi số đến năm 2030: targets of 2030.
# The sub-heading "Kinh tế số trong từng ngành, ..." sets digital_economy
# down to the paragraph "Về phát triển xã hội số".
# --------------------------------------------------------------------------
CHS = "tỷ lệ hộ gia đình có cửa hàng số trên nền tảng thương mại điện tử"
D18 = dict(name="18_langson-kts-2030", kind="target", year=2030, records=[
    R("«80% hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số\n\nLạng", "hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số", ">=", 80),
    R("chiếm «25% - 30% GRDP", "phát triển kinh tế số chiếm GRDP của tỉnh", "between", 25, value_max=30),
    R("là hơn «80%", CHS, ">", 80),
    R("«80% hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số\n\nKinh", "hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số", ">=", 80, note="photo caption repeating the title"),
    R("lĩnh vực đạt tối thiểu «20%\n", "Kinh tế số trong từng ngành, lĩnh vực", ">=", 20, pillar=ECO, note="a sub-heading that states a value"),
    R("chiếm từ «25% - 30% GRDP", "phát triển kinh tế số chiếm GRDP của tỉnh", "between", 25, value_max=30, pillar=ECO),
    R("lĩnh vực đạt tối thiểu «20%.", "tỷ trọng giá trị tăng thêm của kinh tế số trong từng ngành, lĩnh vực", ">=", 20, pillar=ECO),
    R("tăng tối thiểu «8%", "Năng suất lao động hằng năm tăng", ">=", 8, pillar=ECO),
    R("thương mại điện tử trên «80%", CHS, ">", 80, pillar=ECO),
    # "Về phát triển xã hội số, ..."
    R("ví điện tử trên «80%", "Tỷ lệ dân số có tài khoản thanh toán điện tử, ví điện tử", ">", 80, pillar=SOC),
])

# --------------------------------------------------------------------------
# 19 Yên Bái, news after "hơn ba năm" of the 2021-2025 programme: results,
# no year named (year null). "22 mục tiêu ..., 16/22 mục tiêu ..., đạt hơn
# 72% so với kế hoạch" count targets: no quantity.
# --------------------------------------------------------------------------
D19 = dict(name="19_yenbai-ketqua-2024", kind="result", year=None, records=[
    R("ở «173/173 xã", "tổ chuyển đổi số cộng đồng hoạt động ở xã, phường, thị trấn", "=", 173, unit="count"),
    R("«1.356/1.356 thôn", "tổ chuyển đổi số cộng đồng hoạt động ở thôn, bản, tổ dân phố", "=", 1356, unit="count"),
    R("hơn «10.850 người", "người tham gia", ">", 10850, unit="count"),
    R("«100% tổ chuyển đổi số", "thành lập được tổ chuyển đổi số cộng đồng", "=", 100),
    R("«100% hồ sơ công việc", "hồ sơ công việc cấp tỉnh, cấp huyện, cấp xã được xử lý trên môi trường mạng", "=", 100, note="one value for all levels: scope null"),
    R("«100% hoạt động chỉ đạo", "hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước được số hóa", "=", 100),
    R("«100% người dân", "người dân và doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính", "=", 100),
    R("gần «80% người dùng", "người dùng điện thoại thông minh", "~", 80, note="sentence cut off by the page excerpt"),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13,
        D14, D15, D16, D17, D18, D19]
FIELDS = ("kind", "indicator", "scope", "op", "value", "value_max", "unit",
          "year", "pillar", "anchor", "start", "end")


def clause_span(text, anchor, start_at=None, line=False):
    """The clause around `anchor` (as in the seeds' builder)."""
    def is_stop(i):
        c = text[i]
        if line:
            return c == "\n"
        if c in ";:\n":
            return True
        if c == ".":
            prv = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < len(text) else " "
            if prv.isdigit() and nxt.isdigit():
                return False
            if prv.isalpha() and nxt.isalpha() and nxt.islower():
                return False
            return True
        return False
    s = anchor
    while s > 0 and not is_stop(s - 1):
        s -= 1
    if start_at is not None:
        s = text.rindex(start_at, 0, anchor)
    e = anchor
    while e < len(text) and not is_stop(e):
        e += 1
    while s < e and (text[s].isspace() or text[s] in "-*|"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",…|"):
        e -= 1
    return s, e


def build(doc):
    text = (TEXTS / f"{doc['name']}.txt").read_text(encoding="utf-8")
    out = []
    for r in doc["records"]:
        pre, sep, post = r["loc"].partition("«")
        assert sep, r["loc"]
        full = pre + post
        n = text.count(full)
        assert n == 1, (doc["name"], r["loc"], n)
        anchor = text.index(full) + len(pre)
        s, e = clause_span(text, anchor, r["start_at"], r["line"])
        rec = dict(
            kind=r["kind"] or doc["kind"],
            indicator=r["indicator"],
            scope=r["scope"],
            op=r["op"],
            value=r["value"],
            value_max=r["value_max"],
            unit=r["unit"],
            year=doc["year"] if r["year"] == "default" else r["year"],
            pillar=r["pillar"],
            anchor=anchor,
            start=s,
            end=e,
        )
        row = {k: rec[k] for k in FIELDS}
        if r["unit"] == "other":
            row["unit_text"] = r["unit_text"]
        if r["place"]:
            row["place"] = r["place"]
        if r["note"]:
            row["note"] = r["note"]
        out.append(row)
    out.sort(key=lambda x: x["anchor"])
    return out


def main():
    goldkit.write_gold(DOCS, build, GOLD)


if __name__ == "__main__":
    main()

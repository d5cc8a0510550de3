#!/usr/bin/env python3
"""Build the gold records of ./texts/NAME.txt into ./gold/NAME.jsonl (set8).

Adapted from /work/shared/eval/gold/build_gold.py. Each record is written by
hand below; its anchor is never typed in. A record names a locator: a piece
of the text with « just before the number. The locator (without «) must
occur exactly once in the text; the anchor is where « stands. `start`/`end`
(the clause that states the quantity) are computed as in the seeds' builder.

Each document may also list NOT: locators of numbers deliberately left
without a record (percentages that are not quantities under the contract,
e.g. "đạt 79% mục tiêu", "tăng 2,84% so với năm 2022"); check_gold.py
verifies that every percentage has a record or a NOT entry.

Run:  python3 build_gold.py && python3 check_gold.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"
sys.path.insert(0, str(HERE.parent))  # ../goldkit.py: what every set's scripts share
import goldkit  # noqa: E402
from goldkit import R, clause_span, num_out, locate  # noqa: E402
from goldkit import GOV, ECO, INFRA  # noqa: E402  (the shorthand every builder shares)

DATA = "digital_data"


OTHER = dict(unit="other")
MBPS = dict(unit="other", unit_text="Mbps")
DTI_TXT = "giá trị DTI"

# --------------------------------------------------------------------------
# 01 Cả nước (Dân trí, 2025-10): DTI 2024 announcement; all results of 2024.
# Pillar null throughout ("Cả ba trụ cột ..." names three pillars). The
# changes "tăng 8,6% so với năm 2023" etc. are not quantities (NOT).
# --------------------------------------------------------------------------
D01 = dict(name="01_toanquoc-dti-2024-dantri", kind="result", year=2024, records=[
    # "DTI quốc gia năm 2024 đạt 0,7955, tăng 8,6% so với năm 2023 (0,7326)"
    R("năm 2024 đạt «0,7955", "DTI quốc gia", "=", 0.7955, **OTHER),
    R("so với năm 2023 («0,7326)", "DTI quốc gia", "=", 0.7326, **OTHER, year=2023,
      note="a bracket stating the 2023 value"),
    # "đứng thứ 71/193 quốc gia" ("tăng 15 bậc": a change)
    R("đứng thứ «71/193 quốc gia", "bảng xếp hạng Chính phủ điện tử của Liên Hợp Quốc", "=", 71, unit="rank"),
    # "Đối với cấp tỉnh, giá trị DTI năm 2024 đạt 0,6961 ... Chính quyền số đạt 0,7582 ..."
    R("giá trị DTI năm 2024 đạt «0,6961", "giá trị DTI cấp tỉnh", "=", 0.6961, **OTHER),
    R("Chính quyền số đạt «0,7582", "trụ cột Chính quyền số", "=", 0.7582, **OTHER),
    R("Kinh tế số đạt «0,7723", "trụ cột Kinh tế số", "=", 0.7723, **OTHER),
    R("Xã hội số đạt «0,7692", "trụ cột Xã hội số", "=", 0.7692, **OTHER),
    # "Hà Nội ... giá trị DTI đạt 0,8241 ... Thừa Thiên Huế (0,7951), Hải Phòng (0,7857) và TP HCM (0,7770)"
    R("giá trị DTI đạt «0,8241", DTI_TXT, "=", 0.8241, **OTHER, place="Hà Nội"),
    R("Thừa Thiên Huế («0,7951)", DTI_TXT, "=", 0.7951, **OTHER, place="Thừa Thiên Huế"),
    R("Hải Phòng («0,7857)", DTI_TXT, "=", 0.7857, **OTHER, place="Hải Phòng"),
    R("Thành phố Hồ Chí Minh («0,7770)", DTI_TXT, "=", 0.777, **OTHER, place="Thành phố Hồ Chí Minh"),
    # "3 địa phương đứng cuối bảng với giá trị DTI đạt từ khoảng 0,5 đến gần 0,6"
    R("từ khoảng «0,5 đến gần 0,6", "giá trị DTI địa phương đứng cuối bảng", "between", 0.5, value_max=0.6, **OTHER,
      note="one range stated once; the bottom three provinces"),
], NOT=["tăng «8,6% so với", "tăng «2,6% so với", "tăng «4,7%", "tăng «13,3%", "tăng «13,4%"])

# --------------------------------------------------------------------------
# 02 Cả nước (VTC News, 2025-10): DTI 2024 of the 34 merged provinces.
# --------------------------------------------------------------------------
RANKW = "vị trí xếp hạng mức độ chuyển đổi số"
D02 = dict(name="02_toanquoc-dti-2024-vtc", kind="result", year=2024, records=[
    R("chuyển đổi số) đạt «0,8241", DTI_TXT, "=", 0.8241, **OTHER, place="TP Hà Nội"),
    R("TP Huế với giá trị DTI đạt «0,7951", DTI_TXT, "=", 0.7951, **OTHER, place="TP Huế"),
    # "Thanh Hóa, Điện Biên, Hà Tĩnh giữ vị trí thứ 5, 6, 7"
    R("vị trí thứ «5, 6, 7", RANKW, "=", 5, unit="rank", place="Thanh Hóa"),
    R("vị trí thứ 5, «6, 7", RANKW, "=", 6, unit="rank", place="Điện Biên"),
    R("vị trí thứ 5, 6, «7", RANKW, "=", 7, unit="rank", place="Hà Tĩnh"),
    R("từ khoảng «0,5 đến gần 0,6", "giá trị DTI địa phương đứng cuối bảng", "between", 0.5, value_max=0.6, **OTHER),
    # "Nếu xét chỉ số trước khi sáp nhập ... TP Đà Nẵng giữ vị trí thứ 2 ... tụt hạng xuống vị trí thứ 17"
    R("Đà Nẵng giữ vị trí thứ «2", "vị trí xét chỉ số trước khi sáp nhập", "=", 2, unit="rank", place="TP Đà Nẵng"),
    R("xuống vị trí thứ «17", "vị trí sau khi sáp nhập với Quảng Nam", "=", 17, unit="rank", place="TP Đà Nẵng"),
])

# --------------------------------------------------------------------------
# 03 Cả nước (VietNamNet, 2025-08): two-tier local government, results 2025.
# --------------------------------------------------------------------------
XANH = "tỉnh, thành phố đã phủ xanh số xã, phường"
D03 = dict(name="03_toanquoc-chinh-quyen-2-cap", kind="result", year=2025, records=[
    R("«32/34 địa phương", "địa phương đã thành lập Trung tâm Phục vụ hành chính công cấp xã", "=", 32, unit="count"),
    R("đã thành lập «3.139 Trung tâm", "Trung tâm Phục vụ hành chính công cấp xã", "=", 3139, unit="count"),
    R("tổng cộng hơn «4,3 triệu hồ sơ", "hồ sơ cả nước đã tiếp nhận", ">", 4300000, unit="count"),
    R("có trên «3,2 triệu hồ sơ", "hồ sơ được nộp trực tuyến", ">", 3200000, unit="count"),
    R("chiếm «75,7%", "hồ sơ được nộp trực tuyến", "=", 75.7),
    R("cao nhất với «645.566 hồ sơ", "số lượng hồ sơ", "=", 645566, unit="count", place="TPHCM"),
    R("thấp nhất với «14.922 hồ sơ", "số lượng hồ sơ", "=", 14922, unit="count", place="Điện Biên"),
    R("toàn bộ «34/34 tỉnh", "tỉnh, thành phố đạt trạng thái Xanh (hoàn thành nhiệm vụ)", "=", 34, unit="count"),
    # "25 tỉnh, thành phố đã “phủ xanh” hơn 50% số xã, phường; trong đó có 21 ... hơn 70% số xã,"
    R("cho thấy, «25 tỉnh", XANH, "=", 25, unit="count"),
    R("hơn «50% số xã, phường", "phủ xanh số xã, phường", ">", 50),
    R("có «21 tỉnh", XANH, "=", 21, unit="count"),
    R("hơn «70% số xã", "phủ xanh số xã", ">", 70),
], NOT=["tăng «5% so với"])

# --------------------------------------------------------------------------
# 04 Thanh Hóa (vjst.vn, 2025): results of Resolution 57 toward the 2025
# targets. "11/54 chỉ tiêu" counts targets (no record); "hoàn thành gần 42%
# kế hoạch", "đạt gần 46% mục tiêu" etc. are ratios to a target (NOT), as in set7.
# --------------------------------------------------------------------------
D04 = dict(name="04_thanhhoa-nq57-ket-qua-2025", kind="result", year=2025, records=[
    R("1 Gb/s đạt «25%", "tỷ lệ người dân có khả năng sử dụng băng rộng cố định tốc độ trên 1 Gb/s", "=", 25),
    R("lên tới «16 công trình", "Số công trình nghiên cứu khoa học cấp tỉnh được nghiệm thu", "=", 16, unit="count"),
    R("triển khai «43 nhiệm vụ", "nhiệm vụ khoa học và công nghệ cấp tỉnh", "=", 43, unit="count",
      note="science and technology projects carried out, not the plan's tasks"),
    R("đạt «22 đơn vị", "số doanh nghiệp khởi nghiệp sáng tạo", "=", 22, unit="count"),
    R("hiện là «31,27%", "Tỷ lệ người dân sở hữu chữ ký số", "=", 31.27),
], NOT=["tăng «5% và", "gần «42% kế hoạch", "gần «46% mục tiêu", "hoàn thành «86% chỉ tiêu",
        "mốc «40% chỉ tiêu", "gần «90% mục tiêu", "đạt «86% kế hoạch"])

# --------------------------------------------------------------------------
# 05 Bắc Ninh (Tiền Phong, 2025-12): heading "Hạ tầng số đi trước một bước".
# --------------------------------------------------------------------------
D05 = dict(name="05_bacninh-chinh-quyen-so-2025", kind="result", year=2025, records=[
    R("Đến nay, «100% xã", "xã trên địa bàn tỉnh Bắc Ninh đã được kết nối Mạng truyền số liệu chuyên dùng", "=", 100, pillar=INFRA),
    R("; «100% dân số", "dân số được phủ sóng di động", "=", 100, pillar=INFRA),
    R("lắp đặt khoảng «600 trạm", "trạm BTS 5G", "~", 600, unit="count", pillar=INFRA),
    R("; «100% thôn, bản, tổ dân phố", "thôn, bản, tổ dân phố đã có mạng Internet cáp quang băng rộng", "=", 100, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 06 Quảng Ninh (baomoi, 2025): heading "Đẩy mạnh phát triển kinh tế số"
# holds for every paragraph below it.
# --------------------------------------------------------------------------
D06 = dict(name="06_quangninh-but-pha-2025", kind="result", year=2025, records=[
    R("năm 2024 đạt «7,1% GRDP", "tỷ trọng kinh tế số của tỉnh Quảng Ninh", "=", 7.1, year=2024, pillar=ECO),
    R("xuất khẩu đạt «33,13%", "Tỷ trọng sản phẩm công nghệ cao trong xuất khẩu", "=", 33.13, year=2024, pillar=ECO),
    R("quý I/2025, «100% hộ dân", "hộ dân trên toàn tỉnh Quảng Ninh đã được phủ sóng Internet băng rộng", "=", 100, pillar=ECO),
    R("mọi nơi. «100% cơ quan nhà nước", "cơ quan nhà nước sử dụng hệ thống xử lý văn bản điện tử và thực hiện quy trình một cửa liên thông trên nền tảng số", "=", 100, pillar=ECO),
])

# --------------------------------------------------------------------------
# 07 Cả nước (VietNamNet, 2025-11): the strategy's targets for 2025 (lead-in
# names "Chính phủ điện tử hướng tới Chính phủ số": digital_government), then
# the results of 10/2025 (new paragraphs, no pillar).
# --------------------------------------------------------------------------
TT = "tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính"
D07 = dict(name="07_toanquoc-dvctt-10-2025", kind="result", year=2025, records=[
    R("yêu cầu: «100% dịch vụ công", "dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng", ">=", 100, kind="target", pillar=GOV),
    R("tối thiểu «80% hồ sơ", "hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", ">=", 80, kind="target", pillar=GOV),
    R("tối thiểu «20% thủ tục", "thủ tục hành chính của các cơ quan nhà nước được cắt giảm", ">=", 20, kind="target", pillar=GOV),
    R("tháng 10/2025 đạt «39,98%", TT + " của cả nước", "=", 39.98),
    R("thủ tục hành chính đạt «39,98%, trong đó", TT, "=", 39.98),
    R("khối bộ đạt «54,46%", TT, "=", 54.46, scope="khối bộ"),
    R("thành phố là «16,94%", TT, "=", 16.94, scope="khối tỉnh, thành phố"),
], NOT=["đã tăng «1,72%"])

# --------------------------------------------------------------------------
# 08 Hà Tĩnh (VnEconomy, 2025): DTI 2024 ranks and 2025 online filing.
# --------------------------------------------------------------------------
D08 = dict(name="08_hatinh-ket-qua-2025", kind="result", year=2025, records=[
    R("tỉnh xếp thứ «11 trong tổng số 63", "Chỉ số chuyển đổi số", "=", 11, unit="rank", year=2024),
    R("tương đương thứ «7 trong nhóm 34", "Chỉ số chuyển đổi số trong nhóm 34 tỉnh, thành phố", "=", 7, unit="rank", year=2024),
    R("trực tuyến đạt «97,02%", "tỷ lệ hồ sơ trực tuyến", "=", 97.02),
    R("cả nước là «82,7%", "tỷ lệ hồ sơ trực tuyến mức bình quân cả nước", "=", 82.7),
])

# --------------------------------------------------------------------------
# 09 Nghệ An (nghean24h, 2026-01): year-end review of 2025. "Hạ tầng số ..."
# opens the coverage sentence (digital_infrastructure); "giảm bình quân 35%"
# is a result's change (NOT).
# --------------------------------------------------------------------------
D09 = dict(name="09_nghean-tong-ket-2025", kind="result", year=2025, records=[
    R("Đến nay, «99,97% dân số", "dân số trên địa bàn đã được phủ sóng 4G", "=", 99.97, pillar=INFRA),
    R("khoảng «50% dân số", "dân số được phủ sóng 5G", "~", 50, pillar=INFRA),
    R("hơn «35 tỷ đồng", "tiết kiệm chi phí tuân thủ cho người dân và doanh nghiệp", ">", 35e9, unit="other", unit_text="đồng"),
    R("Đặc biệt, «100% thủ tục", "thủ tục hành chính đã được tái cấu trúc và tích hợp trên Cổng Dịch vụ công", "=", 100),
], NOT=["giảm bình quân «35%"])

# --------------------------------------------------------------------------
# 10 Nghệ An (nghean24h, 2025-08): online public services, results of 2025.
# --------------------------------------------------------------------------
D10 = dict(name="10_nghean-dvctt-2025", kind="result", year=2025, records=[
    R("công khai «2.156 thủ tục", "thủ tục hành chính công bố, công khai trên Cơ sở dữ liệu quốc gia về TTHC", "=", 2156, unit="count"),
    R("dịch vụ công cho «100% các thủ tục", "thủ tục thiết lập quy trình điện tử, cấu hình dịch vụ công trên Hệ thống thông tin giải quyết TTHC tỉnh", "=", 100),
    R("ghi nhận đạt «88,43%", "tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "=", 88.43),
    R("đạt được «2.278.941 kết nối", "số lượng kết nối được ghi nhận qua hệ thống LGSP", "=", 2278941, unit="count"),
    R("Nghệ An đạt «72,35%", "tỷ lệ nộp hồ sơ trực tuyến", "=", 72.35),
    R("(«224.930/310.903 hồ sơ", "hồ sơ nộp trực tuyến", "=", 224930, unit="count",
      note="X/Y count: the numerator; 310.903 is the denominator"),
    R("(đã trả «252.648)", "hồ sơ đã trả", "=", 252648, unit="count"),
    R("xếp thứ «20/34 tỉnh", "tỷ lệ nộp hồ sơ trực tuyến xếp thứ tỉnh, thành", "=", 20, unit="rank"),
    R("có «130/130 xã", "xã đã hoàn thành các nhiệm vụ", "=", 130, unit="count"),
    R("hoàn thành từ «75% nhiệm vụ", "tất cả các xã đã hoàn thành nhiệm vụ", ">=", 75),
    R("đứng thứ «19/34", "kết quả thực hiện các mục tiêu, nội dung về dịch vụ công trực tuyến", "=", 19, unit="rank"),
])

# --------------------------------------------------------------------------
# 11 Đồng Nai (sct.dongnai.gov.vn, 2025-06): Resolution 57, six months of
# 2025. "- Phát triển Hạ tầng:" opens an infrastructure item; "Nguồn Lực" and
# "Khoa học, Công nghệ và Đổi mới Sáng tạo" name no pillar.
# --------------------------------------------------------------------------
D11 = dict(name="11_dongnai-nq57-6-thang-2025", kind="result", year=2025, records=[
    R("mới đạt «13,8%", "tỷ lệ phủ sóng 5G", "=", 13.8, pillar=INFRA),
    R("so với mục tiêu «60%", "tỷ lệ phủ sóng 5G", ">=", 60, kind="target", pillar=INFRA,
      note="the target named in a result sentence"),
    R("cho hơn «60% người dùng", "nhu cầu truy cập băng rộng cố định tốc độ trên 01 Gbps/s người dùng", ">", 60, pillar=INFRA),
    R("đạt «1,5% GRDP", "chi ngân sách địa phương cho khoa học, công nghệ, đổi mới sáng tạo", "=", 1.5),
    R("Đáng chú ý, «100% cán bộ", "cán bộ, công chức cấp xã và cấp tỉnh đã được bồi dưỡng kỹ năng số căn bản", "=", 100),
    R("và «100% cán bộ, công chức, viên chức", "cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành", "=", 100),
    R("đã có «8 doanh nghiệp", "doanh nghiệp khoa học và công nghệ", "=", 8, unit="count"),
    R(", «4 tổ chức", "tổ chức khoa học và công nghệ công lập trực thuộc tỉnh", "=", 4, unit="count"),
    R("và «6 công trình", "công trình khoa học và công nghệ cấp tỉnh được nghiệm thu", "=", 6, unit="count"),
])

# --------------------------------------------------------------------------
# 12 Phú Thọ (baophutho, 2026-01): the title "Chính quyền số - ..." heads the
# text (digital_government); results of 12/2025.
# --------------------------------------------------------------------------
D12 = dict(name="12_phutho-chinh-quyen-so-2025", kind="result", year=2025, records=[
    R("duy trì ở mức «90 - 93%", "tỷ lệ giải quyết hồ sơ trực tuyến", "between", 90, value_max=93, pillar=GOV),
    R("đó, «100% cơ quan cấp tỉnh", "cơ quan cấp tỉnh, cấp xã sử dụng thống nhất các hệ thống thông tin dùng chung", "=", 100, pillar=GOV),
    R("; «100% văn bản được gửi", "văn bản được gửi, nhận trên môi trường số", "=", 100, pillar=GOV),
    R("cơ sở. «100% văn bản trao đổi", "văn bản trao đổi giữa các cơ quan Nhà nước đã được thực hiện trên môi trường số", "=", 100, pillar=GOV),
    R("hằng ngày đạt «90 - 93%", "Tỷ lệ hồ sơ tiếp nhận và giải quyết trực tuyến hằng ngày", "between", 90, value_max=93, pillar=GOV),
])

# --------------------------------------------------------------------------
# 13 TP Hồ Chí Minh (VnEconomy, 2025): strategy targets for 2030. "nhóm ba
# địa phương" is written in words (no number to anchor).
# --------------------------------------------------------------------------
D13 = dict(name="13_tphcm-chien-luoc-cds-2030", kind="target", year=2030, records=[
    R("sẽ đạt trên «0,75", "chỉ số chuyển đổi số của Thành phố", ">", 0.75, **OTHER),
    R("5G đạt «100%", "tỷ lệ phủ sóng 5G", ">=", 100, pillar=INFRA),
    R("tối thiểu «85% hồ sơ", "hồ sơ xử lý trực tuyến", ">=", 85),
    R("và «80% cơ sở dữ liệu", "cơ sở dữ liệu được số hóa, liên thông", ">=", 80),
])

# --------------------------------------------------------------------------
# 14 TP Hồ Chí Minh (VnEconomy, 2026-02): digital citizens plan, targets 2026.
# --------------------------------------------------------------------------
D14 = dict(name="14_tphcm-cong-dan-so-2026", kind="target", year=2026, records=[
    R("\", «100% người dân", "người dân trên địa bàn sẽ có danh tính số", ">=", 100),
    R("chuyển đổi «100% thiết bị", "thiết bị đầu cuối chỉ hỗ trợ công nghệ 2G chuyển đổi sang điện thoại thông minh", ">=", 100),
])

# --------------------------------------------------------------------------
# 15 Hải Phòng (Kinh tế & Đô thị, 2025): Kế hoạch 106/KH-UBND on the digital
# economy, targets for 2025. The lead-in names kinh tế số for the first
# sentence's list; "Ngoài ra, ..." opens a new paragraph (pillar null).
# --------------------------------------------------------------------------
D15 = dict(name="15_haiphong-kh106-kinh-te-so-2025", kind="target", year=2025, records=[
    R("đạt «35% GRDP", "tỷ trọng kinh tế số", ">=", 35, pillar=ECO),
    R("tối thiểu «15%; thương", "kinh tế số trong từng ngành, lĩnh vực", ">=", 15, pillar=ECO),
    R("chiếm trên «15% tổng mức", "thương mại điện tử chiếm tổng mức bán lẻ", ">", 15, pillar=ECO),
    R("tỷ lệ trên «0,7 doanh nghiệp", "doanh nghiệp công nghệ số/1.000 dân", ">", 0.7, unit="other", unit_text="doanh nghiệp công nghệ số/1.000 dân"),
    R("; «85% dân số", "dân số từ 15 tuổi trở lên có tài khoản thanh toán tại ngân hàng hoặc tổ chức được phép khác", ">=", 85),
    R("hơn «50% người trưởng thành", "người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", ">", 50),
    R("và «80% dân số trưởng thành", "dân số trưởng thành có tài khoản định danh điện tử VNeID", ">=", 80),
])

# --------------------------------------------------------------------------
# 16 Cả nước (VietNamNet, 2025-08): Plan 02 monitoring map, results of 2025.
# --------------------------------------------------------------------------
D16 = dict(name="16_toanquoc-cap-xa-phu-xanh-2025", kind="result", year=2025, records=[
    R("10/8, «31/34 tỉnh", "tỉnh, thành phố đã hoàn thành đúng tiến độ các nhiệm vụ, được xếp ở trạng thái Xanh", "=", 31, unit="count"),
    R("; «3 địa phương", "địa phương còn lại ở mức Vàng", "=", 3, unit="count"),
    R("đạt mức trên «50% xã", "xã, phường phủ Xanh", ">", 50),
    R("vượt mốc «70%", "tỉnh, thành phố vượt mốc xã, phường phủ Xanh", ">", 70),
    R("là «9 địa phương", "địa phương đạt kết quả xuất sắc khi toàn bộ xã, phường đều đáp ứng đầy đủ các tiêu chí", "=", 9, unit="count"),
])

# --------------------------------------------------------------------------
# 17 Khánh Hòa (Kế hoạch 4636/KH-UBND, 2025-09): DTI targets.
# --------------------------------------------------------------------------
D17 = dict(name="17_khanhhoa-kh4636-dti-2025", kind="target", year=2025, records=[
    R("nhóm Top «20 (khoảng", "Chỉ số DTI của tỉnh", "<=", 20, unit="rank"),
    R("(khoảng «17-19 tỉnh", "Chỉ số DTI của tỉnh", "between", 17, value_max=19, unit="rank",
      note="a bracket stating a range of places"),
    R("(ít nhất «1-2 bậc)", "Chỉ số DTI tăng dần theo từng năm", "between", 1, value_max=2, unit="other", unit_text="bậc", year=None,
      note="a target stated as a change; every year, no single year"),
])

# --------------------------------------------------------------------------
# 18 Lai Châu (Văn phòng UBND tỉnh, plan of 2025-10 for 2026): results 2025.
# --------------------------------------------------------------------------
D18 = dict(name="18_laichau-vpubnd-kh-2026", kind="result", year=2025, records=[
    R("- «100% văn bản trao đổi", "văn bản trao đổi được thực hiện dưới dạng điện tử", "=", 100),
    R("- «100% cán bộ, công chức", "cán bộ, công chức được trang bị máy tính để thực hiện công vụ", "=", 100),
])

# --------------------------------------------------------------------------
# 19 Bắc Ninh (Tiền Phong, 2025-12): heading "Hệ sinh thái dữ liệu" (digital_data).
# --------------------------------------------------------------------------
D19 = dict(name="19_bacninh-du-lieu-2025", kind="result", year=2025, records=[
    R("một trong «16 địa phương", "địa phương đầu tiên cả nước hoàn thành kết nối hệ thống IOC với Cơ sở dữ liệu quốc gia về dân cư", "<=", 16, unit="rank", pillar=DATA,
      note="one of the first 16: a group, like 'thuộc nhóm 20 tỉnh'"),
    R("hiệu quả «9/12 nhóm", "nhóm dữ liệu chia sẻ", "=", 9, unit="count", pillar=DATA),
])

# --------------------------------------------------------------------------
# 20 Lào Cai (doingoailaocai, 2025): plan for digital infrastructure and IoT,
# 2025 and 2026-2030; "hạ tầng số" leads both paragraphs.
# --------------------------------------------------------------------------
D20 = dict(name="20_laocai-kh-ha-tang-so-2025-2030", kind="target", year=2025, records=[
    R("với «99% thôn", "thôn, tổ dân phố có điện lưới quốc gia được phủ sóng di động băng rộng và cố định", ">=", 99, pillar=INFRA),
    R("5G đạt «40% toàn tỉnh", "phủ sóng 5G toàn tỉnh", ">=", 40, pillar=INFRA),
    R("toàn tỉnh, «100% tại", "phủ sóng 5G tại các khu kinh tế cửa khẩu, khu công nghiệp và điểm du lịch trọng điểm", ">=", 100, pillar=INFRA),
    R("tối thiểu «150 Mbps", "Tốc độ truy cập cho hộ gia đình", ">=", 150, **MBPS, pillar=INFRA),
    R("gia đình, «200 Mbps", "Tốc độ truy cập cho cơ quan, đơn vị", ">=", 200, **MBPS, pillar=INFRA),
    R("trên «75% hộ gia đình", "hộ gia đình có Internet băng rộng", ">", 75, pillar=INFRA),
    R("trên «50% cơ sở dữ liệu", "cơ sở dữ liệu của tỉnh được số hóa", ">", 50, pillar=INFRA),
    R("trung bình có «1 kết nối IoT", "mỗi người dân trung bình có kết nối IoT", ">=", 1, unit="other", unit_text="kết nối IoT", pillar=INFRA),
    R("hơn «10% dân số", "dân số trưởng thành có chữ ký số cá nhân", ">", 10, pillar=INFRA),
    # "Giai đoạn 2026–2030, ..."
    R("toàn diện, «100% thôn", "thôn, tổ dân phố phủ sóng băng rộng", ">=", 100, year=2030, pillar=INFRA),
    R("tối thiểu «90%", "tỷ lệ phủ sóng 5G", ">=", 90, year=2030, pillar=INFRA),
    R("hộ gia đình «500 Mbps", "tốc độ truy cập hộ gia đình", ">=", 500, **MBPS, year=2030, pillar=INFRA),
    R("từ «1 Gbps trở lên", "tốc độ truy cập doanh nghiệp và đơn vị đô thị", ">=", 1, unit="other", unit_text="Gbps", year=2030, pillar=INFRA),
    R(", «50% người dùng", "người dùng tiếp cận tốc độ trên 1 Gbps", ">=", 50, year=2030, pillar=INFRA),
    R("tới «80% cơ sở dữ liệu", "cơ sở dữ liệu được số hóa, liên thông với Trung ương", ">=", 80, year=2030, pillar=INFRA),
])

# --------------------------------------------------------------------------
# 21 Tuyên Quang (baotuyenquang, 2026-01): mobile coverage of villages. The
# page's date (12/01/2026) gives the year; the title repeats a value.
# --------------------------------------------------------------------------
THONCD = "thôn chưa có điện lưới quốc gia"
D21 = dict(name="21_tuyenquang-thon-trang-song-2026", kind="result", year=2026, records=[
    R("Toàn tỉnh còn «273 thôn", "thôn trắng sóng, lõm sóng di động", "=", 273, unit="count", note="title"),
    R("hiện toàn tỉnh còn «273 thôn", "thôn trắng sóng, lõm sóng di động", "=", 273, unit="count"),
    R("còn «91/3.802 thôn", "trắng sóng di động thôn, bản", "=", 91, unit="count"),
    R("phủ sóng đạt «97,6%", "tỷ lệ phủ sóng tổng số thôn, tổ dân phố trên địa bàn tỉnh", "=", 97.6),
    R("Trong đó, «4 thôn", THONCD, "=", 4, unit="count"),
    R("còn «182/3.711 thôn", "Lõm sóng di động thôn, bản", "=", 182, unit="count"),
    R("có «14 thôn", THONCD, "=", 14, unit="count"),
    R("đến «100% thôn, bản", "phủ sóng di động thôn, bản", ">=", 100, kind="target",
      note="an aim with no year: the document's year"),
])

# --------------------------------------------------------------------------
# 22 Lai Châu (Dân trí, 2025-11): heading "Hạ tầng số làm bước đệm ...".
# --------------------------------------------------------------------------
D22 = dict(name="22_laichau-ha-tang-so-2025", kind="result", year=2025, records=[
    R("tại «95% thôn bản", "phủ sóng băng rộng di động thôn bản", "=", 95, pillar=INFRA),
    R("cáp quang «80%", "Internet cáp quang", "=", 80, pillar=INFRA),
    R("Tỉnh có «2.104 trạm", "trạm BTS", "=", 2104, unit="count", pillar=INFRA),
    R("(«55 trạm 5G)", "trạm 5G", "=", 55, unit="count", pillar=INFRA),
    R("«57.239 thuê bao", "thuê bao Internet", "=", 57239, unit="count", pillar=INFRA),
    R("gần «390.000 thuê bao", "thuê bao di động", "~", 390000, unit="count", pillar=INFRA),
])

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12,
        D13, D14, D15, D16, D17, D18, D19, D20, D21, D22]

# --------------------------------------------------------------------------
# Indicator catalogue ids (added after the freeze commit 6e41055; labelled
# against muctieu/catalog/data/indicators.yaml as in the working tree on
# 2026-12-02 06:17 UTC: last commit ad851de plus uncommitted additions,
# sha256 de991800253f9fb3a1f9cd837dee89a31ba821de3d1d9a1e5c8fd12b1a1a350c,
# 205 entries). One entry per gold record, in the gold file's (text) order;
# None when no catalogue entry measures the quantity.
# Labels updated on 2026-12-02 against the catalogue at commit fa8513b
# (210 entries, sha256 0e37f078b70a96c7e1660b1c09e0143c4408a8d65e114809d1c896cde588ef6c);
# see README, "Labels updated on 2026-12-02".
# --------------------------------------------------------------------------
SCORE = "dti.provincial_score"
RANK = "dti.provincial_rank"
ONLINE = "egov.online_applications_share"
G5 = "infra.fiveg_coverage_share"
EDOC = "egov.electronic_documents_share"
VILL = "infra.mobile_village_coverage_share"
FBS = "infra.fixed_broadband_speed"
IDS = {
    "01_toanquoc-dti-2024-dantri": [None, None, "rank.un_egdi", SCORE, "dti.digital_government_score",
                                    "dti.digital_economy_score", "dti.digital_society_score",
                                    SCORE, SCORE, SCORE, SCORE, SCORE],
    "02_toanquoc-dti-2024-vtc": [SCORE, SCORE, RANK, RANK, RANK, SCORE, RANK, RANK],
    "03_toanquoc-chinh-quyen-2-cap": [None, None, None, None, ONLINE, None, None, None, None, None, None, None],
    "04_thanhhoa-nq57-ket-qua-2025": [None, None, None, None, "society.adult_digital_signature_share"],
    "05_bacninh-chinh-quyen-so-2025": ["infra.specialised_network_connection_share",
                                       "infra.mobile_population_coverage_share", "infra.bts_stations_count",
                                       "infra.fibre_village_coverage_share"],
    "06_quangninh-but-pha-2025": ["econ.digital_economy_gdp_share", None,
                                  "infra.fibre_household_coverage_share", "egov.document_system_use_share"],
    "07_toanquoc-dvctt-10-2025": [None, "egov.once_only_online_applications_share", "egov.procedures_reduced_share",
                                  ONLINE, ONLINE, ONLINE, ONLINE],
    "08_hatinh-ket-qua-2025": [RANK, RANK, ONLINE, ONLINE],
    "09_nghean-tong-ket-2025": ["infra.mobile_broadband_population_coverage_share", G5, None, None],
    "10_nghean-dvctt-2025": [None, None, "egov.digitised_procedure_results_share", "data.lgsp_transactions_count",
                             ONLINE, None, None, None, None, None, None],
    "11_dongnai-nq57-6-thang-2025": [G5, G5, None, None, "hr.civil_servants_basic_digital_skills_share",
                                     None, None, None, None],
    "12_phutho-chinh-quyen-so-2025": [ONLINE, None, EDOC, EDOC, ONLINE],
    "13_tphcm-chien-luoc-cds-2030": [SCORE, G5, ONLINE, None],
    "14_tphcm-cong-dan-so-2026": [None, None],
    "15_haiphong-kh106-kinh-te-so-2025": ["econ.digital_economy_gdp_share", "econ.digital_economy_sector_share",
                                          "econ.ecommerce_retail_share", "econ.digital_tech_enterprises_per_1000",
                                          "society.bank_account_15plus_share", "society.adult_digital_signature_share",
                                          "society.eid_users_share"],
    "16_toanquoc-cap-xa-phu-xanh-2025": [None, None, None, None, None],
    "17_khanhhoa-kh4636-dti-2025": [RANK, RANK, None],
    "18_laichau-vpubnd-kh-2026": [EDOC, "infra.civil_servants_computers_share"],
    "19_bacninh-du-lieu-2025": [None, None],
    "20_laocai-kh-ha-tang-so-2025-2030": [None, G5, G5, FBS, FBS, "infra.households_internet_share", None, None,
                                          "society.adult_digital_signature_share",
                                          VILL, G5, FBS, FBS, None, None],
    "21_tuyenquang-thon-trang-song-2026": [None, None, None, VILL, None, None, None, VILL],
    "22_laichau-ha-tang-so-2025": [VILL, "infra.fibre_village_coverage_share", "infra.bts_stations_count",
                                   "infra.bts_stations_count",
                                   "infra.internet_subscriptions_count", "infra.mobile_subscriptions_count"],
}


def build(doc):
    text = (TEXTS / f"{doc['name']}.txt").read_text(encoding="utf-8")
    out = []
    for r in doc["records"]:
        anchor = locate(text, r["loc"], doc["name"])
        s, e = clause_span(text, anchor, r["start_at"], r["line"])
        rec = dict(
            kind=r["kind"] or doc["kind"],
            indicator=r["indicator"],
            scope=r["scope"],
            op=r["op"],
            value=num_out(r["value"]),
            value_max=num_out(r["value_max"]) if r["value_max"] is not None else None,
            unit=r["unit"],
        )
        if r["unit"] == "other":
            rec["unit_text"] = r["unit_text"]
        rec["year"] = doc["year"] if r["year"] == "default" else r["year"]
        rec["pillar"] = r["pillar"]
        if r["place"]:
            rec["place"] = r["place"]
        rec.update(anchor=anchor, start=s, end=e)
        if r["note"]:
            rec["note"] = r["note"]
        out.append(rec)
    out.sort(key=lambda x: x["anchor"])  # stable: shared anchors keep written order
    ids = IDS.get(doc["name"])
    if ids is None:
        return out
    assert len(ids) == len(out), (doc["name"], len(ids), len(out))
    for rec, iid in zip(out, ids):
        note = rec.pop("note", None)
        rec["indicator_id_gold"] = iid
        if note:
            rec["note"] = note
    return out


def main():
    goldkit.write_gold(DOCS, build, GOLD)


def not_anchors(doc):
    return goldkit.not_anchors(doc, TEXTS)


if __name__ == "__main__":
    main()

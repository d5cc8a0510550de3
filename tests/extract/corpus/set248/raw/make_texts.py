import json, re
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
OUT.mkdir(exist_ok=True)
SPEC = [
 ("01", "01_phutho-ty-le-ho-ngheo-ra-soat-2025", [], None),
 ("02", "02_hatinh-viec-lam-ho-ngheo-chi-tieu-2024", [], None),
 ("03", "03_binhthuan-ra-soat-ho-ngheo-da-chieu-2022", ["Thông tin mới nhất", "Thống kê truy cập", "  • Đang online: 20", "  • Hôm nay: 1206", "  • Trong tuần: 12 981", "  • Trong tháng: 43 532", "  • Tất cả: 877887", "Đăng nhập", "Lượt xem: 144", "ipv6 ready Chung nhan Tin Nhiem Mang"], None),
 ("04", "04_thuathienhue-ke-hoach-giam-ngheo-2022", ["ClockThứ Ba, 14/06/2022 16:08", "Phong Điền phải giảm tỷ lệ hộ nghèoĐưa 2.000 lao động đi làm việc ở nước ngoài theo hợp đồng", "Tạo việc làm cho người lao động luôn được tỉnh quan tâm", "Tin, ảnh: Lê Thọ", "ĐÁNH GIÁ", "Hãy trở thành người đầu tiên đánh giá cho bài viết này!", "  Nội dung góp ý", "BẠN CÓ THỂ QUAN TÂM", "CHUYỂN ĐỔI HỘ KINH DOAN"], "date 2022-06-14"),
 ("06", "05_quangnam-quy-vi-nguoi-ngheo-nha-dai-doan-ket-2021", ["NHƯ THỦY |", "Lãnh đạo Mặt trận tỉnh và Công ty THACO bàn giao nhà tại huyện Phú Ninh.", "TAGS"], None),
 ("09", "06_camau-ho-ngheo-giua-ky-2023", ["09/04/2024 13:48"], "date 2024-04-09"),
 ("13", "07_caobang-giam-ngheo-giai-doan-2021-2025", ["Đoàn giám sát của tỉnh kiểm tra thực tế tại hộ dân được hỗ trợ trâu cái sinh sản tại xóm Kéo Sỹ, xã Tổng Cọt.", "Kim Dung"], None),
 ("14", "08_gialai-chupah-muc-tieu-ho-ngheo-2023", ["Cập nhật 08/2/2023, 15:02:52", "Đoàn Bình, R’Piên", "Lượt xem: 22", "Trả lời"], "date 2023-02-08"),
 ("15", "09_ninhthuan-ninhhai-ho-ngheo-chi-tieu-2023", [], None),
 ("16", "10_haugiang-chauthanha-ho-ngheo-2023", ["07/12/2023 | 08:52 GMT+7", "PHÚ HỮU", "Viết bình luận mới", "Tin cùng chuyên mục", "Các tin khác", "Xem thêm >>"], "date 2023-12-07"),
 ("12", "11_sonla-sopcop-ho-ngheo-dtts", [], None),
 ("11", "12_gialai-ke-hoach-314-giam-ngheo-2022", [], None),
 ("05", "13_hue-ra-soat-ho-ngheo-2025-precision", ["|Việc rà soát hộ nghèo, hộ cận nghèo được thực hiện khách quan, trung thực, công khai, minh bạch"], None),
 ("07", "14_quangngai-ke-hoach-04-giam-ngheo-2024-precision", [], None),
]
for raw, name, cuts, date in SPEC:
    d = json.load(open(HERE / f"{raw}.json", encoding="utf-8"))
    t = d["excerpt"]
    m = re.match(r"^ date (\d{4}-\d\d(?:-\d\d)?) ", t)
    if m:
        t = f"date {m.group(1)}\n" + t[m.end():]
    lines = t.split("\n")
    for c in cuts:
        n = lines.count(c)
        assert n >= 1, (name, c)
        lines = [l for l in lines if l != c]
    # collapse blank runs left by cuts, drop leading/trailing blank lines
    out = []
    for l in lines:
        if l.strip() == "" and (not out or out[-1].strip() == ""):
            if l == "" or not out:
                continue
        out.append(l)
    while out and out[-1].strip() == "":
        out.pop()
    if date:
        out.insert(0, date)
    (OUT / f"{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(name, d["url"])

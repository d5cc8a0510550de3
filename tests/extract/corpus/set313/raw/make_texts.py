import json, re
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
OUT.mkdir(exist_ok=True)
# (raw file, text name, date line or None, lines cut (exact, whole lines))
SPEC = [
 ("01", "01_hungyen-tram-nuoc-mat-tu-dong-2020", ("17:40, 10/02/2020", "date 2020-02-10"),
  ["Mai Nhung", " Nội dung:", "Giá vàng 9999 tr.đ/lượng", "Doji TienPhongBank", "Tỷ giá ĐVT:đồng", "Loại Mua Bán", "BIDV", "OCB Kỳ hạn (tháng)"]),
 ("02", "02_haiduong-lap-dat-10-tram-quan-trac-2020", ("18-03-2020 11:16 | 0 bình luận", "date 2020-03-18"),
  ["DK", "Tin tức mới nhất"]),
 ("03", "03_vinhphuc-ket-qua-quan-trac-dot-1-2020", ("02/06/2020", "date 2020-06-02"), []),
 ("04", "04_tphcm-xa-hoi-hoa-tram-khong-khi-2022", ("22/03/2022", "date 2022-03-22"),
  ["Banner trang chủ", "Một trạm quan trắc môi trường tại Quận 3 TP. Hồ Chí Minh"]),
 ("05", "05_hanoi-khoang-trong-du-lieu-khong-khi-2025", None, []),
 ("06", "06_ca-nuoc-quy-hoach-diem-quan-trac-khong-khi-2024", None, []),
 ("07", "07_ca-nuoc-nuoc-thai-khu-cong-nghiep-2020", None, []),
 ("08", "08_bacgiang-truyen-nhan-du-lieu-quan-trac-2024-precision", ("24/05/2024 10:09 Hạ tầng bảo vệ môi trường", "date 2024-05-24"), []),
 ("09", "09_quangbinh-ke-hoach-chat-luong-khong-khi-2025-precision", None, []),
 ("10", "10_thainguyen-khao-sat-bao-ve-moi-truong-2023-precision", ("17/05/2023", "date 2023-05-17"),
  ["ĐOÀN KHẢO SÁT CỦA UỶ BAN PHÁP LUẬT LÀM VIỆC VỚI UBND TỈNH BẮC GIANG",
   "Đoàn công tác Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội khảo sát về công tác bảo vệ môi trường tại tỉnh Thái Nguyên."]),
 ("11", "11_hanoi-muc-tieu-ngay-khong-khi-tot-2030", None, []),
 ("12", "12_hanoi-dau-tu-them-tram-khong-khi-2021-2024", None, []),
 ("13", "13_ca-nuoc-muc-tieu-thu-gom-nuoc-thai-2024", None,
  ["thu gom nước thải", "(*) Bản quyền thuộc về Tạp chí điện tử Môi trường và Cuộc sống. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."]),
]
for raw, name, date, cuts in SPEC:
    d = json.load(open(HERE / f"{raw}.json", encoding="utf-8"))
    t = d["excerpt"]
    lines = t.split("\n")
    head = []
    m = re.match(r"^ date (\d{4}-\d{2}(?:-\d{2})?) ?", lines[0])
    if m:
        head.append(f"date {m.group(1)}")
        lines[0] = lines[0][m.end():]
    if date:
        assert lines.count(date[0]) == 1, (name, date)
        i = lines.index(date[0]); del lines[i]
        head.append(date[1])
        # the blank line that followed the cut line where two blanks would meet
        if 0 < i < len(lines) and lines[i] == "" and lines[i-1] == "":
            del lines[i]
    for c in cuts:
        assert lines.count(c) >= 1, (name, c)
        while c in lines:
            i = lines.index(c); del lines[i]
            if i < len(lines) and lines[i] == "" and (i == 0 or lines[i-1] == ""):
                del lines[i]
    while lines and lines[-1].strip() == "":
        lines.pop()
    while lines and lines[0] == "":
        lines.pop(0)
    text = "\n".join(head + lines) + "\n"
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    print(name, len(text))

import json, re
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "texts"
OUT.mkdir(exist_ok=True)
NAMES = {
 "r01": "01_nghean-bien-che-giao-vien-2023",
 "r02": "02_hue-co-so-vat-chat-nam-hoc-moi-2025",
 "r03": "03_quangninh-sap-xep-truong-hoc-2025",
 "r04": "04_thanhhoa-yenkhuong-truong-noi-tru-2025",
 "r05": "05_hungyen-phong-hoc-kien-co-2020",
 "r06": "06_ninhthuan-thieu-phong-hoc-lop-1-2020",
 "r07": "07_camau-truong-bo-hoang-2025-precision",
 "r08": "08_tuyenquang-de-lang-phong-hoc-2025-precision",
 "r09": "09_quangninh-sap-nhap-truong-cong-lap-2025",
 "r10": "10_chinhphu-ke-hoach-giao-duc-pho-thong-2030",
 "r11": "11_hanoi-truong-chuan-quoc-gia-2025",
 "r12": "12_thainguyen-pho-cap-mam-non",
}
CUTS = {  # whole lines of page furniture, cut by exact match
 "r02": ["Trường Tiểu học Dương Nỗ (phường Dương Nỗ) được xây mới, đưa vào sử dụng trong năm học 2025-2026"],
 "r03": ["Học sinh Trường tiểu học Quang Trung, Quảng Ninh trước khi sáp nhập ẢNH: N.T"],
 "r04": ["Thủ tướng Chính phủ Phạm Minh Chính tới dự lễ khởi công tại Trường nội trú liên cấp Tiểu học và Trung học cơ sở xã Yên Khương, Thanh Hóa. Ảnh: Nhật Bắc"],
 "r05": ["19:07, 08/09/2020", "Đào DoanNội dung:", "Giá vàng 9999 tr.đ/lượng", "Doji TienPhongBank", "Tỷ giá ĐVT:đồng", "Loại Mua Bán", "BIDV", "OCB Kỳ hạn (tháng)"],
 "r07": ["Lý do phụ huynh không đồng ý cho con em mình đến 2 điểm trường này học tập là vì lo sợ, khi quanh trường toàn là ao nước. Ảnh: An An"],
 "r08": ["Lễ khánh thành và bàn giao phòng học mới tại điểm trường Mầm non Đề Lảng. Ảnh: Huy Thông - TTXVN"],
 "r11": ["ANTĐ"],
}
HEAD = {"r05": "date 2020-09-08"}
for key, name in NAMES.items():
    obj = json.load(open(Path(__file__).parent / f"{key}.json", encoding="utf-8"))
    t = obj["excerpt"]
    head = HEAD.get(key)
    m = re.match(r"^ date (\d{4}-\d{2}(?:-\d{2})?) ", t)
    if m:
        t = "date " + m.group(1) + "\n" + t[m.end():]
    lines = t.split("\n")
    cuts = CUTS.get(key, [])
    for c in cuts:
        assert lines.count(c) == 1, (key, c, lines.count(c))
    lines = [l for l in lines if l not in cuts]
    t = "\n".join(lines)
    t = re.sub(r"\n{3,}", "\n\n", t)  # the blank lines that went with a cut line
    t = t.lstrip("\n").rstrip() + "\n"
    if head:
        t = head + "\n" + t
    # a blank line left right after the stamp line by a cut caption
    t = re.sub(r"^(date [\d-]+)\n\n", r"\1\n", t)
    (OUT / f"{name}.txt").write_text(t, encoding="utf-8")
    print(name, len(t))

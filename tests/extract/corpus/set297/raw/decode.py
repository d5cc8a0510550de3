"""Decode raw/NN.json (the search tool's result objects, copied as JSON) into texts/NAME.txt.
Cuts: whole lines of page furniture only, by exact match, with a blank line that went with them."""
import json, re
from pathlib import Path
HERE = Path(__file__).resolve().parent
NAMES = {
 "01": "01_vinhlong-cat-cao-toc-chi-tieu-2025",
 "02": "02_angiang-bao-cao-khoang-san-2023",
 "03": "03_dongthap-nhu-cau-cat-giay-phep-2023",
 "04": "04_quangnam-duyxuyen-dau-gia-mo-cat",
 "05": "05_quangninh-cap-phep-mo-vlxd-2023",
 "06": "06_daknong-xu-phat-khai-thac-trai-phep",
 "07": "07_thanhhoa-kiem-tra-mo-khoang-san-2024",
 "08": "08_hatinh-dau-gia-15-mo-2025",
 "09": "09_quangngai-trabong-trom-cat-2023-precision",
 "10": "10_quangnam-taygiang-khai-thac-cat-2024-precision",
 "11": "11_angiang-bo-sung-mo-cat-cao-toc-2023",
 "12": "12_vinhlong-mangthit-cat-trai-phep-2023",
}
CUTS = {
 "01": ["Bí thư Tỉnh ủy Vĩnh Long Trần Văn Lâu thông tin về việc khai thác cát trên địa bàn tỉnh phục vụ cho các dự án cao tốc vùng ĐBSCL. Ảnh: baochinhphu.vn"],
 "04": ["Thị trường", "fbcf47c4be8a57d40e9b-8759-9813.jpg", "Toàn cảnh buổi đấu giá."],
 "07": ["Công an huyện Vĩnh Lộc tuyên truyền cho các chủ mỏ thực hiện nghiêm các quy định trong khai thác, tập kết cát."] * 2,
 "08": ["Ảnh minh hoạ."],
 "09": ["Xe ô tô tải chở cát trái phép bị lực lượng chức năng phát hiện, ngăn chặn CÔNG AN H.TRÀ BỒNG",
        "Phương tiện chở cát trái phép bị lực lượng chức năng xử lý CÔNG AN H.TRÀ BỒNG"],
 "10": ["Hiện trường vụ khai thác cát trái phép. Ảnh: Công an cung cấp"],
}
for k, name in NAMES.items():
    obj = json.load(open(HERE / f"{k}.json", encoding="utf-8"))
    t = obj["excerpt"]
    m = re.match(r" date (\d{4}-\d{2}(?:-\d{2})?) ", t)
    if m:
        t = f"date {m.group(1)}\n" + t[m.end():]
    lines = t.split("\n")
    for cut in CUTS.get(k, []):
        i = lines.index(cut)
        del lines[i]
        # drop the blank line that went with it (after it, or before it when it closed a block)
        if i < len(lines) and lines[i] == "" and (i == 0 or lines[i - 1] == ""):
            del lines[i]
        elif i < len(lines) and lines[i] == "" :
            del lines[i]
    while lines and lines[-1] == "":
        lines.pop()
    if lines and lines[0] == "":
        lines.pop(0)
    (HERE.parent / "texts" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(name, len("\n".join(lines)))

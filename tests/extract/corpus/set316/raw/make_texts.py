"""Write texts/*.txt from raw/NN.json (the search tool's result objects), cutting whole lines only."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "texts"
DOCS = {
 "01": ("01_langson-trangdinh-hoi-nct-tong-ket-2020", dict(cut=["Quang cảnh Hội nghị"])),
 "02": ("02_ninhbinh-ke-hoach-cssk-nguoi-cao-tuoi-2030", dict(cut=[])),
 "03": ("03_nghean-ke-hoach-tro-giup-nguoi-khuyet-tat-2030", dict(cut=["Hệ thống pháp luật", "Đang tải nội dung, vui lòng chờ giây lát..."])),
 "04": ("04_dongthap-tamnong-hoi-nct-nhiem-ky-2021", dict(cut=["Xuất bản thông tin", "null Tổng kết 05 năm thực hiện nghị quyết Đại hội V Hội Người cao tuổi Việt Nam, nhiệm kỳ 2016 - 2021", "Trang chủ Tin tức"])),
 "05": ("05_tuyenquang-hamyen-ducninh-dai-hoi-nct-2021", dict(cut=["Phó Chủ tịch UBND huyện Ma Phúc Dự tặng lẵng hoa, chúc mừng Đại hội."])),
 "06": ("06_dongnai-kham-suc-khoe-nguoi-cao-tuoi-2022", dict(cut=["Tường Vi"], cut_from="![[Infographic] Lựa chọn")),
 "07": ("07_hue-dai-hoi-hoi-nguoi-khuyet-tat-2023", dict(cut=["Xem cỡ chữ:", "Đọc bài viết:"], byline=("23/10/2023 10:57:55 SA", "date 2023-10-23"))),
 "08": ("08_namdinh-giaotien-mung-tho-2024", dict(cut=["Lượt xem: 83", "anh tin bai", " ", "Lê Thị Diệu- Công chức VHTT-TDTT", "anh"])),
 "09": ("09_hanoi-tayho-clb-lien-the-he-2025", dict(cut=[])),
 "10": ("10_gialai-anphu-chuc-tho-mung-tho-2025", dict(cut=["UBND phường An Phú trao bằng mừng thọ và quà cho các cụ. Ảnh: Minh Chí"], stamp=True)),
 "11": ("11_hanoi-trunggia-dai-hoi-hoi-nguoi-khuyet-tat-2026", dict(cut=["Bà Đinh Thị Quỳnh Nga – Đại diện Ban Chấp hành nhiệm kỳ I phát biểu tại Đại hội."])),
 "12": ("12_tphcm-xuyenmoc-kham-sang-loc-nct-2025", dict(cut=["Người cao tuổi tại xã Xuyên Mộc được khám sàng lọc bệnh không lây nhiễm", "KHÁNH CHI"], stamp=True)),
 "13": ("13_cantho-ke-hoach-chien-luoc-nct-2025-precision", dict(cut=[])),
 "14": ("14_thainguyen-ke-hoach-nct-2025-precision", dict(cut=[])),
}
for key, (name, o) in DOCS.items():
    ex = json.load(open(HERE / f"{key}.json", encoding="utf-8"))["excerpt"]
    head = []
    if o.get("stamp"):
        assert ex.startswith(" date ")
        stamp, rest = ex[1:].split(" ", 2)[:2], ex[1:].split(" ", 2)[2]
        head = [" ".join(stamp)]
        ex = rest
    if o.get("cut_from"):
        i = ex.index(o["cut_from"]); ex = ex[:i]
    lines = ex.split("\n")
    if o.get("byline"):
        b, d = o["byline"]
        assert lines.count(b) == 1
        lines.remove(b); head = [d]
    cuts = set(o["cut"])
    for c in cuts:
        assert c in lines, (key, c)
    CUT = object()
    marked = [CUT if l in cuts else l for l in lines]
    out = []
    i = 0
    for j, l in enumerate(marked):
        if l is CUT:
            continue
        # a blank line that followed a cut line goes with it when a blank (or the start) precedes
        if l == "" and j > 0 and marked[j - 1] is CUT and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1].strip() == "":
        out.pop()
    text = "\n".join(head + out) + "\n"
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    print(name, len(text))

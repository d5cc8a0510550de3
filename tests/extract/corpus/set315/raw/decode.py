import json, re
from pathlib import Path
NAMES = {
 "01": "01_camau-ke-hoach-hiv-chi-tieu-2025",
 "02": "02_tayninh-cham-dut-aids-muc-tieu-2030",
 "03": "03_langson-hiv-arv-methadone-2025",
 "04": "04_thanhhoa-hiv-arv-methadone-2025",
 "05": "05_thuathienhue-hiv-prep-2023",
 "06": "06_dongnai-vinhthanh-tieu-chi-ket-thuc-aids-2022",
 "07": "07_thuathienhue-mai-dam-hiv-muc-tieu-2021",
 "08": "08_thaibinh-phat-hien-benh-nhan-lao",
 "09": "09_bacgiang-ke-hoach-phong-chong-lao-2022",
 "10": "10_sonla-ke-hoach-lao-2020-precision",
 "11": "11_backan-quyet-dinh-ke-hoach-lao-2021-precision",
 "12": "12_quangtri-mit-tinh-hiv-2023-precision",
 "13": "13_quangbinh-kham-sang-loc-lao-2021",
}
CUT = {  # whole lines cut (exact match), with the blank line after each where one follows
 "03": ["Bà Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh Lạng Sơn, phát biểu.",
        "Ông Chhim Sarath, Trưởng đại diện Quỹ chăm sóc Sức khỏe AIDS Hoa Kỳ (AHF), khu vực châu Á - Thái Bình Dương, phát biểu."],
 "04": ["Các đại biểu tham dự buổi lễ.", "Tiết mục văn nghệ tại buổi lễ."],
 "09": ["Hệ thống pháp luật"],
 "12": ["Thứ bảy, 02/12/2023 09:50", "Bội Nhiên"],
 "13": ["![]() |"],
}
HEAD = {"12": "date 2023-12-02"}
for k, name in NAMES.items():
    d = json.load(open(f"raw/{k}.json", encoding="utf-8"))
    t = d["excerpt"]
    m = re.match(r"^ date (\d{4}-\d{2}(?:-\d{2})?) ", t)
    if m:
        t = "date " + m.group(1) + "\n" + t[m.end():]
    lines = t.split("\n")
    out = []
    i = 0
    cuts = CUT.get(k, [])
    while i < len(lines):
        if lines[i] in cuts:
            i += 1
            if i < len(lines) and lines[i] == "" and (not out or out[-1] == ""):
                i += 1
            continue
        out.append(lines[i]); i += 1
    while out and out[-1].strip() == "":
        out.pop()
    if k in HEAD:
        out.insert(0, HEAD[k])
    Path(f"texts/{name}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(name, len("\n".join(out)), d["url"])

"""Write texts/*.txt from the search tool's JSON results (raw/r_*.json): cuts of whole lines only."""
import json, re
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent

def load(n):
    return json.load(open(HERE / "raw" / f"r_{n}.json", encoding="utf-8"))["excerpt"]

def cut(text, line):
    lines = text.split("\n")
    i = lines.index(line)
    assert line in lines, line  # the first occurrence (a line listed twice is cut twice)
    del lines[i]
    # drop a blank line left doubled or opening the text
    if i < len(lines) and lines[i].strip() == "" and (i == 0 or lines[i - 1].strip() == "" or (i == 1 and lines[0].startswith("date "))):
        del lines[i]
    elif i > 0 and i == len(lines) and lines[i - 1].strip() == "":
        del lines[i - 1]
    return "\n".join(lines)

def stamp(text):
    m = re.match(r" date (\d{4}-\d{2}(?:-\d{2})?) ", text)
    assert m
    return f"date {m.group(1)}\n" + text[m.end():]

def finish(text):
    return text.rstrip("\n ") .rstrip("\n") + "\n" if not text.endswith(" ") else text.rstrip("\n") + "\n"

SPEC = {
  "01_bariavungtau-ke-hoach-htx-2023": ("brvt", None, "2023-02-13",
      ["Thứ Hai, 13/02/2023, 18:48 [GMT+7]", "In bài này", ".", "ĐÔNG HIẾU", ";", "."]),
  "02_hungyen-htx-nong-nghiep-xep-loai-2022": ("hungyen", None, "2022-08-02",
      ["15:30, 02/08/2022", "Minh Hồng", " Nội dung:", "Giá vàng 9999 tr.đ/lượng", "Doji TienPhongBank",
       "Tỷ giá ĐVT:đồng", "Loại Mua Bán", "BIDV", "OCB Kỳ hạn (tháng)"]),
  "03_nghean-tong-ket-de-an-htx-2021-2025": ("nghean", "stamp", None,
      ["Nâng hạng thị trường chứng khoán Việt Nam",
       "Việt Nam đáp ứng các tiêu chí nâng hạng từ thị trường chứng khoán cận biên lên thị trường mới nổi."]),
  "04_hue-lien-minh-htx-tong-ket-2025": ("hue", "stamp", None,
      ["Ông Nguyễn Văn Hùng, Phó Chủ tịch Phụ trách Liên minh HTX phát biểu tại hội nghị"]),
  "05_thanhhoa-de-an-htx-nong-nghiep-2026-2030-precision": ("thanhhoa", None, None, []),
  "06_sonla-htx-chuoi-gia-tri-2025": ("sonla", None, None,
      ["Chương trình Cà phê Doanh nhân thu hút nhiều doanh nghiệp, hợp tác xã trên địa bàn tỉnh"]),
  "07_tayninh-chuong-trinh-kinh-te-tap-the-2030": ("tayninh", None, None, []),
  "08_hoabinh-kinh-te-tap-the-muc-tieu-2030": ("hoabinh", None, None, []),
  "09_binhthuan-ke-hoach-kttt-2023-ket-qua-2022": ("binhthuan", None, None, []),
  "10_binhthuan-ke-hoach-kttt-2025": ("binhthuan25", None, None, []),
  "11_binhduong-htx-thanh-lap-quy-i-2022": ("binhduong", None, None,
      ["TIẾN HẠNHhttps://binhduongtimes.com/", "Trả lời",
       "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *"]),
  "12_thainguyen-lien-minh-htx-nhiem-vu-2022": ("thainguyen", None, None, []),
  "13_quangtri-khoi-thi-dua-htx-2024-precision": ("quangtri", None, None, ["Hoạt động LM HTX và thành viên"]),
}
(HERE / "texts").mkdir(exist_ok=True)
for name, (src, st, date, cuts) in SPEC.items():
    t = load(src)
    if st:
        t = stamp(t)
    for c in cuts:
        if st:
            # the stamp's line: the rest after the stamp is its own line now
            pass
        t = cut(t, c)
    if date:
        t = f"date {date}\n" + t
    t = t.rstrip("\n") + "\n"
    (HERE / "texts" / f"{name}.txt").write_text(t, encoding="utf-8")
    print(name, len(t))

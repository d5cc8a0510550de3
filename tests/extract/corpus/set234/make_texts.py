#!/usr/bin/env python3
"""Write texts/NN_slug.txt from raw/NN.json (the search tool's answers, decoded with json.load).

Cuts are whole lines of page furniture, matched exactly; a blank line left next to another blank
line (or at either end) by a cut goes with it. A crawler's stamp " date YYYY-MM[-DD]" at the head of
the excerpt becomes the first line "date ..."; a byline date line becomes "date YYYY-MM-DD".
"""
import json, re
from pathlib import Path
HERE = Path(__file__).resolve().parent
DOCS = {
 "01": ("01_backan-cho-4-0-lo-trinh-2022", ["PublishingPortal - Block_BanTin_Toolbar", "Tăng cỡ chữ Giảm cỡ chữ",
        " PublishingPortal - Block_BanTin_ViewData", "Dự kiến triển khai mô hình Chợ 4.0 tại chợ Đức Xuân trong năm 2022"],
        ("03/11/2022", "date 2022-11-03")),
 "02": ("02_thanhhoa-pc-cong-to-thanh-toan-dien-2022", [], None),
 "03": ("03_hatinh-pc-thanh-toan-tien-dien", ["Hà Tĩnh: 69,38% khách hàng thanh toán tiền điện không dùng tiền mặt#2",
        "Công ty Điện lực Hà Tĩnh liên kết với hệ thống ngân hàng để thu hộ tiền điện."], None),
 "04": ("04_evnnpc-mien-bac-thanh-toan-dien-2024", ["38 Đội xung kích với hơn 500 CBCNV của EVNNPC tham gia hỗ trợ thi công công trường 500kV mạch 3 từ Quảng Trạch - Phố Nối."], None),
 "05": ("05_thuathienhue-mgreen-thu-gom-rac", [], None),
 "06": ("06_tiengiang-mytho-tuyen-duong-qr", ["vlcsnap-2023-09-08-15h38m57s883.png", "vlcsnap-2023-09-08-15h41m27s356.png",
        "Lễ ra mắt “Tuyến đường hạn chế thanh toán bằng tiến mặt” tại đường Lý Thường Kiệt, TP. Mỹ Tho."], None),
 "07": ("07_danang-haichau-pho-thanh-toan-2023", ["Hoàng Sơn", "Chuyển đổi số: Nhân rộng phố thanh toán không tiền mặt - Ảnh 1.",
        "Khách hàng quét mã QR thanh toán tiền tại một tiệm cà phê trên đường Huỳnh Thúc Kháng (TP.Đà Nẵng)", "HOÀNG SƠN"],
        ("13/07/2023 08:40 GMT+7", "date 2023-07-13")),
 "08": ("08_tayninh-cho-truyen-thong-2024", ["Đầu tư nâng cấp chợ Bến Sỏi (xã Thành Long, huyện Châu Thành)."], None),
 "09": ("09_thanhhoa-donghai-thon-thong-minh-2024", ["Nhà văn hóa có wifi miễn phí và một góc thôn NTM kiểu mẫu Đồng Hải, xã Hải Long."], None),
 "10": ("10_vinhphuc-cho-truyen-thong-4-0-2022", ["Người dân tích cực thanh toán không dùng tiền mặt trong giao dịch mua bán hàng hóa tại chợ Hợp Châu (Tam Đ"], None),
 "11": ("11_phutho-tai-khoan-thanh-toan-2025", ["Nhân viên Quỹ tín dụng Nhân dân Hương Lung (xã Phú Khê) hỗ trợ khách hàng thực hiện giao dịch điện tử, thúc đẩy thanh toán không dùng tiền mặt tại địa phương."], None),
 "12": ("12_hochiminh-quan12-cho-qr", [], None),
 "13": ("13_hochiminh-chieu-sang-thong-minh-2021-precision", ["{keywords}", " "], None),
 "14": ("14_quangtri-vinhlinh-cho-thong-minh-precision", ["Chi tiết - Huyện Vĩnh Linh", "Nguyễn Trang", "More"], None),
}
def main():
    (HERE / "texts").mkdir(exist_ok=True)
    for k, (name, cuts, byline) in DOCS.items():
        ex = json.load(open(HERE / "raw" / f"{k}.json", encoding="utf-8"))["excerpt"]
        head = []
        m = re.match(r" date (\d{4}-\d{2}(?:-\d{2})?) ", ex)
        if m:
            head = [f"date {m.group(1)}"]
            ex = ex[m.end():]
        lines = ex.split("\n")
        keep = []
        seen = {}
        for ln in lines:
            seen[ln] = seen.get(ln, 0) + 1
            tag = f"{ln}#{seen[ln]}"
            if byline and ln == byline[0]:
                head = [byline[1]]
                keep.append(None)
            elif ln in cuts or tag in cuts:
                keep.append(None)
            else:
                keep.append(ln)
        # drop a blank line that a cut left next to another blank line or at either end
        out = []
        for i, ln in enumerate(keep):
            if ln is None:
                continue
            if ln.strip() == "" and ((not out) or out[-1].strip() == "") and (i > 0 and keep[i - 1] is None or not out):
                continue
            out.append(ln)
        while out and out[-1].strip() == "":
            out.pop()
        text = "\n".join(head + out) + "\n"
        (HERE / "texts" / f"{name}.txt").write_text(text, encoding="utf-8")
        print(name, len(text))
main()

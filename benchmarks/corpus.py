"""A synthetic corpus of plan-like Vietnamese text, varied enough to exercise
every branch of the grammar (headings, lists, tables, scopes, results)."""

from __future__ import annotations

import random

PROVINCES = ["Bình Định", "Hậu Giang", "Gia Lai", "Quảng Ninh", "Long An", "Hà Tĩnh", "Lào Cai", "Đắk Lắk"]
INDICATORS = [
    "tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến",
    "tỷ lệ dân số trưởng thành có điện thoại thông minh",
    "tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số",
    "tỷ lệ hộ gia đình có internet cáp quang băng rộng",
    "tỷ lệ người dân có hồ sơ sức khỏe điện tử",
    "tỷ trọng thương mại điện tử trong tổng mức bán lẻ",
    "tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ",
    "tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử",
]
SUBJECTS = [
    "hồ sơ công việc được xử lý trên môi trường mạng",
    "cán bộ, công chức được bồi dưỡng kỹ năng số",
    "hệ thống thông tin được phê duyệt cấp độ an toàn",
    "trường học triển khai thanh toán học phí không dùng tiền mặt",
]
HEADINGS = ["* Về chính quyền số", "Thứ hai, phát triển kinh tế số:", "1. Về hạ tầng số:",
            "II. PHÁT TRIỂN XÃ HỘI SỐ", "b) Bảo đảm an toàn thông tin mạng", "Về đô thị thông minh"]
CMP = ["đạt", "đạt trên", "đạt tối thiểu", "không dưới", "đạt khoảng", "đạt từ"]
# Plans are mostly prose: tasks, solutions and assignments without figures.
FILLER = [
    "Các sở, ban, ngành tiếp tục rà soát, hoàn thiện cơ sở dữ liệu chuyên ngành, kết nối với "
    "nền tảng tích hợp, chia sẻ dữ liệu của tỉnh; đẩy mạnh tuyên truyền, nâng cao nhận thức số. ",
    "Sở Thông tin và Truyền thông chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, "
    "theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; định kỳ báo cáo Ủy ban nhân dân tỉnh. ",
    "Sở Tài chính tham mưu bố trí kinh phí thực hiện các nhiệm vụ chuyển đổi số theo quy định; "
    "ưu tiên thuê dịch vụ công nghệ thông tin, huy động nguồn lực xã hội hóa. ",
    "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch chuyển đổi số của địa phương, "
    "bảo đảm phù hợp với điều kiện thực tế, gắn với cải cách hành chính và xây dựng nông thôn mới. ",
]


def _pct(rng: random.Random) -> str:
    v = rng.choice([rng.randint(10, 100), round(rng.uniform(1, 99), 1)])
    return str(v).replace(".", ",") + "%"


def document(rng: random.Random) -> str:
    prov = rng.choice(PROVINCES)
    year = rng.randint(2021, 2026)
    parts = [f"Kế hoạch chuyển đổi số tỉnh {prov} năm {year}",
             f"Ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}, UBND tỉnh ban hành Kế hoạch số "
             f"{rng.randint(1, 300)}/KH-UBND.", f"Kết quả đạt được đến hết năm {year - 1}:"]
    for ind in rng.sample(INDICATORS, 3):
        parts.append(f"- {ind[0].upper()}{ind[1:]} đạt {_pct(rng)}.")
    parts.append("Mục tiêu cụ thể:")
    for _ in range(rng.randint(3, 6)):
        parts.append(rng.choice(HEADINGS))
        for _ in range(rng.randint(2, 5)):
            form = rng.random()
            if form < 0.35:
                ind = rng.choice(INDICATORS)
                parts.append(f"- {ind[0].upper()}{ind[1:]} {rng.choice(CMP)} {_pct(rng)}.")
            elif form < 0.55:
                parts.append(f"- {_pct(rng)} {rng.choice(SUBJECTS)}.")
            elif form < 0.7:
                parts.append(f"- Tỷ lệ {rng.choice(SUBJECTS)} đạt {_pct(rng)} đối với cấp tỉnh, "
                             f"{_pct(rng)} đối với cấp huyện và {_pct(rng)} đối với cấp xã.")
            elif form < 0.8:
                parts.append(f"- Hỗ trợ {rng.randint(2, 500)} doanh nghiệp chuyển đổi số; phấn đấu "
                             f"chỉ số DTI trong nhóm {rng.randint(5, 40)}/63 tỉnh, thành phố.")
            elif form < 0.9:
                parts.append(f"Chỉ tiêu | Đơn vị tính | {year - 1} | {year}\n"
                             f"{rng.choice(INDICATORS)} | % | {rng.randint(10, 90)} | {rng.randint(10, 99)}")
            else:
                parts.append("".join(rng.choice(FILLER) for _ in range(rng.randint(1, 4))))
        parts.append("".join(rng.choice(FILLER) for _ in range(rng.randint(2, 6))))
    return "\n".join(parts) + "\n"


def corpus(min_bytes: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs, size = [], 0
    while size < min_bytes:
        d = document(rng)
        docs.append(d)
        size += len(d.encode("utf-8"))
    return docs

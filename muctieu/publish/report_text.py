"""The report's words and table cells, shared by the DOCX, PDF and XLSX writers."""

from __future__ import annotations

from muctieu.evaluate.categories import Status
from muctieu.publish.report_content import Line, ReportContent, SourceNote, pillar_name, pretty

Lines = list[tuple[str, float, bool, bool]]  # text, size (pt), bold, italic

SECTION_HEADERS: tuple[str, ...] = ("Trụ cột", *(s.vi.capitalize() for s in Status), "Tổng")
PILLAR_HEADERS: tuple[str, ...] = ("TT", "Chỉ tiêu", "Mục tiêu", "Cơ sở", "Mới nhất",
                                   "Trạng thái", "Còn thiếu")
SOURCE_HEADERS: tuple[str, ...] = ("TT", "Số liệu", "Nguồn")


def section_titles() -> dict[str, str]:
    return {
        "summary": "I. TỔNG HỢP CHỈ TIÊU THEO TRẠNG THÁI",
        "pillars": "II. KẾT QUẢ THỰC HIỆN THEO TRỤ CỘT",
        "charts": "III. BIỂU ĐỒ",
        "risk": "IV. CHỈ TIÊU CÓ NGUY CƠ KHÔNG ĐẠT",
        "proposals": "V. ĐỀ XUẤT, KIẾN NGHỊ",
    }


def heading_block(content: ReportContent) -> tuple[Lines, Lines]:
    """Issuing body with number field (left), national motto with place and date field (right)."""
    p = content.province
    body = p.full_name.upper()
    left: Lines = [("ỦY BAN NHÂN DÂN", 13, True, False), (body, 13, True, False),
                   ("―――――", 10, False, False), ("Số:       /BC-UBND", 13, False, False)]
    right: Lines = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, True, False),
                    ("Độc lập - Tự do - Hạnh phúc", 13, True, False),
                    ("―――――――――――", 10, False, False),
                    (f"{p.name}, ngày      tháng      năm {content.made_on.year}", 13, False, True)]
    return left, right


def _when(content: ReportContent) -> str:
    return f"6 tháng đầu năm {content.year}" if content.period == "H1" else f"năm {content.year}"


def intro(content: ReportContent) -> list[str]:
    p = content.province
    total = len(content.lines)
    counts = ", ".join(f"{s.vi} {content.count(s)}" for s in Status if content.count(s))
    text = [
        f"Ủy ban nhân dân {p.full_name.lower().replace(p.name.lower(), p.name)} báo cáo kết quả thực hiện "
        f"Kế hoạch chuyển đổi số {_when(content)} như sau.",
        f"Tổng số {total} chỉ tiêu còn hiệu lực được theo dõi: {counts}. Trạng thái được xác định "
        "theo phương pháp đo tiến độ theo tốc độ tăng trưởng (Open SDG); số liệu tính đến "
        f"{'hết 6 tháng đầu năm' if content.period == 'H1' else 'hết năm'} {content.year}.",
        f"Số liệu trích từ hệ thống muctieu ngày {content.made_on.strftime('%d/%m/%Y')}; nguồn của "
        "từng số liệu (văn bản và vị trí, tệp và dòng số liệu, người nhập) ghi tại Phụ lục.",
    ]
    if content.unmatched:
        text.append(f"Có {content.unmatched} chỉ tiêu chưa khớp danh mục chỉ tiêu nên chưa được đánh giá.")
    return text


def closing(content: ReportContent) -> list[str]:
    return [section_titles()["proposals"],
            "(Cơ quan soạn thảo bổ sung đề xuất, kiến nghị.)"]


def summary_rows(content: ReportContent) -> list[list[str]]:
    rows = [[pillar_name(p.pillar), *(str(n) for _, n in p.counts), str(p.total)]
            for p in content.summary]
    rows.append(["Tổng cộng", *(str(content.count(s)) for s in Status), str(len(content.lines))])
    return rows


def pillar_cells(line: Line) -> list[str]:
    c = line.cells
    return [str(line.ref), c.indicator, pretty(c.target), c.baseline, c.latest,
            line.status.status.vi, c.gap]


def source_cells(note: SourceNote) -> list[str]:
    return [str(note.ref), note.what, note.where]

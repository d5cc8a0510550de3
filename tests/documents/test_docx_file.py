"""Word files: paragraphs and table rows in document order."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from muctieu.documents.load import load
from muctieu.errors import InputError
from tests.documents.builders import PLAN_BLOCKS, PLAN_LEAD, PLAN_TITLE, make_docx


def test_headings_list_items_paragraphs_and_rows_in_order(tmp_path: Path) -> None:
    doc = load(make_docx(tmp_path / "plan.docx", PLAN_BLOCKS))
    assert doc.format == "docx"
    assert doc.text.splitlines() == [
        PLAN_TITLE,
        PLAN_LEAD,
        "1. Phát triển chính quyền số",
        "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80%.",
        "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt tối thiểu 50%.",
        "2. Phát triển xã hội số",
        "Tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng đạt 85%; "
        "người dân trưởng thành có điện thoại thông minh đạt 90%.",
        "Chỉ tiêu | Năm 2023 | Năm 2024",
        "Hộ có cáp quang | 78% | 85%",
    ]


def test_table_between_paragraphs_stays_in_place_and_merged_cells_count_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Trước bảng")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Chỉ tiêu năm 2024"
    for c, value in enumerate(["Dịch vụ công", "80%", "Sở TT&TT"]):
        table.cell(1, c).text = value
    document.add_paragraph("Sau   bảng,\tcòn khoảng trắng")
    path = tmp_path / "t.docx"
    document.save(str(path))
    assert load(path).text.splitlines() == [
        "Trước bảng",
        "Chỉ tiêu năm 2024",
        "Dịch vụ công | 80% | Sở TT&TT",
        "Sau bảng, còn khoảng trắng",
    ]


def test_empty_paragraphs_leave_at_most_one_blank_line(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ["Mục tiêu", "", "", "", "Đạt 100%"]:
        document.add_paragraph(text)
    path = tmp_path / "b.docx"
    document.save(str(path))
    assert load(path).text == "Mục tiêu\n\nĐạt 100%\n"


def test_metadata_found_in_docx(tmp_path: Path) -> None:
    meta = load(make_docx(tmp_path / "plan.docx", PLAN_BLOCKS)).meta
    assert (meta.province, meta.plan_number, meta.plan_year, meta.title) == (
        "Quảng Trị", "57/KH-UBND", 2024, PLAN_TITLE,
    )
    assert meta.issued is not None and meta.issued.isoformat() == "2024-03-12"


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_docx_is_reported_as_corrupt(tmp_path: Path, keep: float) -> None:
    data = make_docx(tmp_path / "full.docx", PLAN_BLOCKS).read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(InputError) as info:
        load(cut)
    assert "DOCX" in info.value.vi and "corrupt" in info.value.en
    assert info.value.where == str(cut)


def _official_plan(path: Path) -> Path:
    """The usual layout: a borderless header table, a Title-styled "KẾ HOẠCH", the body."""
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 57/KH-UBND"
    header.cell(0, 1).text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Quảng Trị, ngày 12 tháng 3 năm 2024"
    )
    document.add_paragraph("Kế hoạch chuyển đổi số năm 2024", style="Title")
    document.add_paragraph("Tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh Quảng Trị đạt 80%.")
    document.save(str(path))
    return path


def test_header_table_lines_stay_apart(tmp_path: Path) -> None:
    lines = load(_official_plan(tmp_path / "kh.docx")).text.splitlines()
    assert lines[:6] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH QUẢNG TRỊ",
        "Số: 57/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quảng Trị, ngày 12 tháng 3 năm 2024",
    ]


def test_metadata_of_an_official_layout(tmp_path: Path) -> None:
    meta = load(_official_plan(tmp_path / "kh.docx")).meta
    assert (meta.plan_number, meta.plan_year, meta.title) == (
        "57/KH-UBND", 2024, "Kế hoạch chuyển đổi số năm 2024",
    )
    assert meta.province is not None and meta.province.casefold() == "quảng trị"
    assert meta.issued is not None and meta.issued.isoformat() == "2024-03-12"

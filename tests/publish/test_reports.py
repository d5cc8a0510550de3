"""The progress report in each format, opened and read as an officer would."""

from __future__ import annotations

import re
from datetime import date

import pytest
from docx import Document
from openpyxl import load_workbook

from muctieu.errors import MuctieuError
from muctieu.evaluate.categories import Status
from muctieu.publish.report_content import build_content
from muctieu.publish.reports import write_report
from muctieu.store.actors import system
from tests.publish.tools import page_count, pdf_text, render_pages

MADE = date(2026, 12, 2)
# Gia Lai's 2026 values rolled up from the communes of the bundled CSV
# (Σ numerators ÷ Σ denominators), and the plan's stated 2025 results.
LATEST = {"egov.online_applications_share": "58,29%", "econ.sme_digital_platforms_share": "42,92%",
          "infra.fibre_household_coverage_share": "69,69%",
          "society.adult_smartphone_share": "80,19%",
          "society.electronic_health_records_share": "62,12%"}
BASELINE = ("48% (2025)", "35% (2025)", "72% (2025)", "78% (2025)", "60% (2025)")


@pytest.fixture(scope="module")
def content(demo_sqlite):
    return build_content(demo_sqlite, "Gia Lai", 2026, "year", made_on=MADE)


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_content_is_the_evaluation_with_a_source_for_every_number(content):
    latest = {line.status.target.indicator_id: line.cells.latest for line in content.lines}
    for indicator, value in LATEST.items():
        assert latest[indicator] == f"{value} (2026)"
    assert {line.status.status for line in content.at_risk} == {
        Status.GOING_BACKWARDS, Status.NEEDS_ACCELERATION, Status.LIMITED_PROGRESS}
    for line in content.lines:
        notes = [n for n in content.sources if n.ref == line.ref]
        assert notes[0].what == "mục tiêu" and "ke-hoach-mau-2026-2030.txt" in notes[0].where
        assert (len(notes) == 3) == (line.status.latest is not None)
    rolled = [n for n in content.sources if n.what == "mới nhất 2026"]
    assert rolled and all(re.search(r"so-lieu-xa-2026\.csv, dòng \d+–\d+; người nhập: xa-gialai", n.where)
                          for n in rolled)
    stated = [n for n in content.sources if n.what == "cơ sở 2025"]
    assert all("«" in n.where and "người nhập: tester" in n.where for n in stated)


def test_docx_is_an_administrative_report(demo_sqlite, content, tmp_path):
    path = write_report(demo_sqlite, "Bình Định", 2026, "year", "docx", tmp_path, made_on=MADE)
    assert path.name == "bao-cao-cds-52-2026.docx"
    doc = Document(str(path))
    header = _cells(doc.tables[0])[0]
    assert header[0].split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"]
    assert "Số:" in header[0] and "/BC-UBND" in header[0]
    assert header[1].split("\n")[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "Gia Lai, ngày" in header[1]
    texts = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in texts and "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026" in texts
    sec = doc.sections[0]
    assert (round(sec.page_width.mm), round(sec.page_height.mm)) == (210, 297)  # A4
    assert (round(sec.left_margin.mm), round(sec.right_margin.mm), round(sec.top_margin.mm)) == (30, 15, 20)
    normal = doc.styles["Normal"].font
    assert (normal.name, normal.size.pt) == ("Times New Roman", 13)
    summary = _cells(doc.tables[1])
    assert summary[0][0] == "Trụ cột" and summary[-1][0] == "Tổng cộng"
    assert summary[-1][-1] == str(len(content.lines))
    pillar_rows = [r for t in doc.tables[2:2 + len(content.sections)] for r in _cells(t)[1:]]
    assert len(pillar_rows) == len(content.lines)
    by_latest = {r[4] for r in pillar_rows}
    assert {f"{v} (2026)" for v in LATEST.values()} <= by_latest
    assert set(BASELINE) <= {r[3] for r in pillar_rows}
    assert "≥ 80% (2030)" in {r[2] for r in pillar_rows}
    assert len(doc.inline_shapes) == 2  # status by pillar, key indicators over time
    risk = [t for t in texts if t.startswith("[")]
    assert len(risk) == 3 and any("đi lùi" in t and "R = -0,562" in t for t in risk)
    annex = _cells(doc.tables[-1])
    assert annex[0] == ["TT", "Số liệu", "Nguồn"] and len(annex) - 1 == len(content.sources)
    assert any("so-lieu-xa-2026.csv" in r[2] for r in annex)


def test_pdf_text_extracts_every_figure_and_diacritic(demo_sqlite, content, tmp_path):
    path = write_report(demo_sqlite, "Gia Lai", 2026, "year", "pdf", tmp_path / "bc.pdf", made_on=MADE)
    text = pdf_text(path)
    for phrase in ("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                   "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2026",
                   "Ủy ban nhân dân tỉnh Gia Lai báo cáo kết quả thực hiện Kế hoạch chuyển đổi số năm 2026",
                   "PHỤ LỤC", "Nguồn của từng số liệu trong báo cáo"):
        assert phrase in text, phrase
    for line in content.lines:
        for figure in (line.cells.baseline, line.cells.latest, line.cells.gap):
            for number in re.findall(r"\d[\d ]*(?:,\d+)?%?", figure):
                assert number in text, (line.ref, figure)
    for v in LATEST.values():
        assert v in text
    vietnamese = {ch for ch in "".join(content.title + line.cells.indicator + line.status.status.vi
                                       for line in content.lines) if ord(ch) > 127}
    assert vietnamese <= set(text), sorted(vietnamese - set(text))
    pages = render_pages(path, "bao-cao-gia-lai-2026")
    assert len(pages) == page_count(path) >= 3


def test_xlsx_tables_inputs_and_raw_values(demo_sqlite, content, tmp_path):
    path = write_report(demo_sqlite, "Gia Lai", 2026, "year", "xlsx", tmp_path / "bc.xlsx", made_on=MADE)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Tổng hợp", "Kết quả", "Nguy cơ", "Đầu vào đánh giá", "Số liệu gốc", "Nguồn"]
    for ws in wb:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    inputs = wb["Đầu vào đánh giá"]
    head = [c.value for c in inputs[1]]
    rows = [dict(zip(head, (c.value for c in r))) for r in inputs.iter_rows(min_row=2)]
    online = next(r for r in rows if r["Mã chỉ tiêu / Indicator id"] == "egov.online_applications_share")
    assert online["Cơ sở / Baseline"] == 48 and online["Năm cơ sở / Baseline year"] == 2025
    assert round(online["Mới nhất / Latest"], 2) == 58.29 and online["Mục tiêu / Target"] == 80
    assert online["Mã trạng thái / Status code"] == "on_track"
    rate_col = head.index("Tốc độ thực tế / Observed rate") + 1
    assert inputs.cell(2, rate_col).number_format == "0.00%"
    raw = wb["Số liệu gốc"]
    raw_rows = list(raw.iter_rows(min_row=2, values_only=True))
    assert len(raw_rows) == len(content.observations)
    files = {r[15] for r in raw_rows if r[11] == "upload"}
    assert files == {"so-lieu-xa-2026.csv"}  # the file's name, never a server folder
    assert [c.value for c in wb["Tổng hợp"]["A"]][-1] == "Tổng cộng"
    assert wb["Nguy cơ"].max_row == 1 + len(content.at_risk)


def test_half_year_report_leaves_out_the_years_own_annual_values(demo_sqlite):
    h1 = build_content(demo_sqlite, "Gia Lai", 2026, "H1", made_on=MADE)
    assert h1.title == "Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số 6 tháng đầu năm 2026"
    assert all(line.status.latest is None or line.status.latest.year <= 2025 for line in h1.lines)
    assert not any(o.year == 2026 and o.quarter is None and o.month is None for o in h1.observations)


def test_an_officer_may_report_on_an_unpublished_province(demo_sqlite, tmp_path):
    path = write_report(demo_sqlite, "Hà Nội", 2026, "year", "xlsx", tmp_path / "hn.xlsx")
    values = [c.value for c in load_workbook(path)["Đầu vào đánh giá"][2]]
    assert 61.9 in values and 47.3 in values


@pytest.mark.parametrize("args, where", [
    (("Atlantis", 2026, "year", "pdf"), "--province"),
    (("Gia Lai", 2026, "Q3", "pdf"), "--period"),
    (("Gia Lai", 2026, "year", "odt"), "--format"),
    (("Gia Lai", 2040, "year", "pdf"), "--province"),  # no target open that year
])
def test_bad_input_is_named_and_nothing_is_written(demo_sqlite, tmp_path, args, where):
    with pytest.raises(MuctieuError) as exc:
        write_report(demo_sqlite, *args, tmp_path / "x.out")
    assert exc.value.where == where and not (tmp_path / "x.out").exists()


def test_half_year_raw_data_holds_that_half_years_quarters_only(demo, tmp_path):
    from muctieu.store.bulk import import_observations
    from muctieu.store.catalogue import catalogue_references

    figures = tmp_path / "quy.csv"
    figures.write_text("Mã chỉ tiêu,Tỉnh/thành phố,Mã đơn vị (xã hoặc tỉnh),Năm,Quý,Giá trị\n"
                       "egov.online_applications_share,Gia Lai,52,2026,2,\"55,5\"\n"
                       "egov.online_applications_share,Gia Lai,52,2026,3,\"57,5\"\n", encoding="utf-8")
    assert import_observations(demo, figures, catalogue_references(), who=system("so-tttt")).written
    h1 = build_content(demo, "Gia Lai", 2026, "H1", made_on=MADE)
    year = build_content(demo, "Gia Lai", 2026, "year", made_on=MADE)
    assert [(o.quarter, o.value) for o in h1.observations if o.quarter] == [(2, 55.5)]
    assert sorted((o.quarter, o.value) for o in year.observations if o.quarter) == [(2, 55.5), (3, 57.5)]
    # Quarterly values are shown, not evaluated: the status still rests on yearly values.
    online = next(line for line in year.lines
                  if line.status.target.indicator_id == "egov.online_applications_share")
    assert online.cells.latest == "58,29% (2026)"

import pytest
from openpyxl import load_workbook

from muctieu.errors import MuctieuError
from muctieu.publish.observation_template import REFERENCE_SHEET, write_template
from muctieu.store.bulk import import_observations
from muctieu.store.read import read_observations
from muctieu.store.actors import system


def _validations(ws) -> dict[str, object]:
    return {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}


def test_one_row_per_target_with_lists_and_limits(planned, refs, tmp_path):
    path = tmp_path / "mau.xlsx"
    assert write_template(planned, refs, "Gia Lai", 2024, path) == 2
    wb = load_workbook(path)
    data, ref = wb["Số liệu"], wb[REFERENCE_SHEET]
    assert [c.value for c in data[1]][:3] == ["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính"]
    assert [c.value for c in data[2]][:3] == ["Indicator ID", "Indicator name", "Unit"]
    rows = [[c.value for c in r] for r in data.iter_rows(min_row=3)]
    assert [(r[0], r[1], r[3], r[4], r[5], r[7]) for r in rows] == [
        ("dvc_toan_trinh", "Tỷ lệ dịch vụ công trực tuyến toàn trình", None, "≥ 100%",
         "Gia Lai", 2024),
        (None, "hồ sơ xử lý trên mạng", "cấp xã", "≥ 60%", "Gia Lai", 2024),
    ]
    assert ref.sheet_state == "hidden" and ref.protection.sheet
    assert [r[0].value for r in ref.iter_rows(min_row=2)] == ["52", "21550", "21583"]
    checks = _validations(data)
    units = checks["G3:G4"]
    assert (units.type, units.formula1) == ("list", f"'{REFERENCE_SHEET}'!$A$2:$A$4")
    percent = checks["K3 K4"]
    assert (percent.type, percent.formula1, percent.formula2) == ("decimal", "0", "100")
    assert (checks["H3:H4"].formula1, checks["H3:H4"].formula2) == ("2023", "2024")


def test_a_filled_template_imports(planned, refs, tmp_path):
    path = tmp_path / "mau.xlsx"
    write_template(planned, refs, "Bình Định", 2024, path)
    wb = load_workbook(path)
    ws = wb["Số liệu"]
    ws["G3"], ws["K3"] = "21550", "61,5"
    wb.save(path)
    report = import_observations(planned, path, refs, who=system("hoa"))
    assert (report.written, report.inserted, report.problems) == (True, 1, [])
    (obs,) = read_observations(planned, indicator_id="dvc_toan_trinh")
    assert (obs.unit_code, obs.value, obs.period, obs.source_row) == ("21550", 61.5, "2024", 3)


def test_unknown_province_or_missing_plan_is_explained(planned, refs, tmp_path):
    with pytest.raises(MuctieuError, match="Atlantis"):
        write_template(planned, refs, "Atlantis", 2024, tmp_path / "x.xlsx")
    with pytest.raises(MuctieuError) as exc:
        write_template(planned, refs, "Hà Nội", 2024, tmp_path / "x.xlsx")
    assert "muctieu ingest" in exc.value.vi and not (tmp_path / "x.xlsx").exists()

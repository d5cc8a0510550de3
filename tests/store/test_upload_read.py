import pytest
from openpyxl import Workbook

from muctieu.errors import MuctieuError
from muctieu.store.upload_read import cell_of, read_rows


def _rows(path):
    return [(n, {k: cell_of(raw, k) for k in ("indicator_id", "unit_code", "value", "month")})
            for n, raw in read_rows(path)]


def test_semicolon_csv_as_vietnamese_spreadsheets_save_it(tmp_path):
    f = tmp_path / "vn.csv"
    f.write_text("\ufeffMã chỉ tiêu;Mã đơn vị (xã hoặc tỉnh);Năm;Giá trị\n"
                 "dvc;21550;2024;61,5\n;;;\nchu_ky;52;2024;7\n", encoding="utf-8")
    assert _rows(f) == [
        (2, {"indicator_id": "dvc", "unit_code": "21550", "value": "61,5", "month": None}),
        (4, {"indicator_id": "chu_ky", "unit_code": "52", "value": "7", "month": None}),
    ]


def test_english_headers_and_a_second_header_row(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Indicator ID", "Unit code (commune or province)", "Year", "Month", "Value"])
    ws.append(["Indicator ID", "Unit code (commune or province)", "Year", "Month", "Value"])
    ws.append(["dvc", 21550, 2024, 3, 0])
    wb.save(tmp_path / "en.xlsx")
    assert _rows(tmp_path / "en.xlsx") == [
        (3, {"indicator_id": "dvc", "unit_code": 21550, "value": 0, "month": 3})]


def test_a_csv_that_is_not_utf8_is_named(tmp_path):
    f = tmp_path / "legacy.csv"
    f.write_bytes(b"M\xe3 ch\xec ti\xeau,N\xe3m,Gi\xe1 tr\xec\n")  # a one-byte legacy encoding
    with pytest.raises(MuctieuError) as exc:
        list(read_rows(f))
    assert "UTF-8" in exc.value.vi and exc.value.where == str(f)

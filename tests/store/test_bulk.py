import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from muctieu.errors import MuctieuError
from muctieu.store import audit
from muctieu.store.bulk import import_observations
from muctieu.store.models import AuditEntry, Observation
from muctieu.store.read import read_observations
from tests.store_doubles import write_csv
from muctieu.store.actors import system

GOOD = [
    ["dvc_toan_trinh", "Gia Lai", "21550", 2024, "61,5", "", ""],
    ["dvc_toan_trinh", "Gia Lai", "Xã Tuy Phước", 2024, "", 45, 50],
    ["chu_ky_so_ca_nhan", "Bình Định", "", 2024, "1.234.567", "", ""],
]


def _observations(engine) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(Observation))


def test_valid_rows_are_stored_with_their_source(planned, refs, tmp_path):
    f = write_csv(tmp_path / "so-lieu.csv", GOOD)
    report = import_observations(planned, f, refs, who=system("hoa"))
    assert (report.written, report.rows, report.inserted, report.problems) == (True, 3, 3, [])
    rows = {(o.unit_code, o.indicator_id): o for o in read_observations(planned)}
    quy_nhon = rows[("21550", "dvc_toan_trinh")]
    assert (quy_nhon.value, quy_nhon.unit_level, quy_nhon.province_code) == (61.5, "commune", "52")
    assert (quy_nhon.source_kind, quy_nhon.source_file, quy_nhon.source_row) == (
        "upload", str(f), 2)
    tuy_phuoc = rows[("21583", "dvc_toan_trinh")]
    assert (tuy_phuoc.numerator, tuy_phuoc.denominator, tuy_phuoc.value) == (45, 50, None)
    # "Bình Định" is an old name: the value belongs to today's Gia Lai.
    assert rows[("52", "chu_ky_so_ca_nhan")].value == 1234567
    with Session(planned) as s:
        stored = s.scalars(select(Observation).where(Observation.source_kind == "upload")).all()
    assert {(o.submitted_by, o.submitted_at.replace(tzinfo=None).date()) for o in stored} == {
        ("hoa", audit.now().date())}


BAD = [
    ["dvc_toan_trinh", "Gia Lai", "21550", 2024, "250", "", ""],  # row 2: above 100 %
    ["dvc_toan_trinh", "Gia Lai", "21583", 2024, "", 60, 50],  # 3: numerator > denominator
    ["chu_ky_so_ca_nhan", "Gia Lai", "", 2024, "-3", "", ""],  # 4: negative
    ["khong_co", "Gia Lai", "21550", 2024, "10", "", ""],  # 5: unknown indicator
    ["dvc_toan_trinh", "Tỉnh Không Có", "", 2024, "10", "", ""],  # 6: unknown province
    ["dvc_toan_trinh", "Gia Lai", "99999", 2024, "10", "", ""],  # 7: unknown commune
    ["dvc_toan_trinh", "Hà Nội", "00004", 2024, "10", "", ""],  # 8: no plan of Hà Nội
    ["dvc_toan_trinh", "Gia Lai", "52", 2030, "10", "", ""],  # 9: outside the plan's years
    ["dvc_toan_trinh", "Gia Lai", "52", 2024, "mười", "", ""],  # 10: not a number
    ["chu_ky_so_ca_nhan", "Gia Lai", "21550", 2024, "5", "", ""],  # 11: fine
    ["chu_ky_so_ca_nhan", "Gia Lai", "Phường Quy Nhơn", 2024, "6", "", ""],  # 12: dup of 11
]


def test_every_problem_is_listed_and_nothing_is_written(planned, refs, tmp_path):
    f = write_csv(tmp_path / "loi.csv", GOOD[:1] + BAD)
    report = import_observations(planned, f, refs, who=system("hoa"))
    assert not report.written and _observations(planned) == 1  # the plan's own result
    found = {(p.row, p.column) for p in report.problems}
    assert found == {
        (3, "value"), (4, "numerator"), (5, "value"), (6, "indicator_id"), (7, "province"),
        (8, "unit_code"), (9, "province"), (10, "year"), (11, "value"), (13, None),
    }
    by_row = {p.row: p for p in report.problems}
    assert by_row[3].value == "250" and "0 đến 100" in by_row[3].vi and "0 to 100" in by_row[3].en
    assert "dòng 12" in by_row[13].vi and "row 12" in by_row[13].en
    assert report.rejected_rows == 10 and report.rows == 12


def test_partial_keeps_the_valid_rows(planned, refs, tmp_path):
    f = write_csv(tmp_path / "loi.csv", GOOD[:1] + BAD)
    report = import_observations(planned, f, refs, who=system("hoa"), partial=True)
    assert report.written and report.inserted == 2 and report.rejected_rows == 10
    assert {(o.unit_code, o.indicator_id, o.source_row) for o in read_observations(
        planned, province_code="52") if o.source_kind == "upload"} == {
        ("21550", "dvc_toan_trinh", 2), ("21550", "chu_ky_so_ca_nhan", 12)}


def test_a_new_value_replaces_the_old_one_with_an_audit_entry(planned, refs, tmp_path):
    import_observations(planned, write_csv(tmp_path / "a.csv", GOOD), refs, who=system("hoa"))
    changed = [GOOD[0][:4] + ["70", "", ""], GOOD[1]]
    report = import_observations(planned, write_csv(tmp_path / "b.csv", changed), refs,
                                 who=system("binh"))
    assert (report.inserted, report.replaced, report.unchanged) == (0, 1, 1)
    value = {o.unit_code: o.value
             for o in read_observations(planned, indicator_id="dvc_toan_trinh")}
    assert value["21550"] == 70
    with Session(planned) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.field == "replace")).one()
        imports = s.scalars(select(AuditEntry).where(AuditEntry.field == "import")).all()
    assert (entry.who, entry.old["value"], entry.new["value"]) == ("binh", 61.5, 70)
    assert entry.old["source_file"].endswith("a.csv") and entry.new["source_file"].endswith("b.csv")
    assert [e.new["inserted"] for e in imports] == [3, 0]


def test_a_province_replacing_a_result_from_a_document(planned, refs, tmp_path):
    f = write_csv(tmp_path / "a.csv", [["chu_ky_so_ca_nhan", "Gia Lai", "", 2023, "60000", "", ""]])
    report = import_observations(planned, f, refs, who=system("hoa"))
    assert report.replaced == 1
    (obs,) = read_observations(planned, year=2023)
    assert (obs.value, obs.source_kind, obs.document_id) == (60000, "upload", None)


def test_a_file_without_the_needed_columns_is_refused(planned, refs, tmp_path):
    f = write_csv(tmp_path / "x.csv", [["a", "b"]], header=["Tên", "Ghi chú"])
    with pytest.raises(MuctieuError) as exc:
        import_observations(planned, f, refs, who=system("hoa"))
    assert "Mã chỉ tiêu" in exc.value.vi and "Indicator ID" in exc.value.en
    assert exc.value.where == str(f)


def test_an_unsupported_format_is_refused(planned, refs, tmp_path):
    f = tmp_path / "x.ods"
    f.write_bytes(b"PK")
    with pytest.raises(MuctieuError) as exc:
        import_observations(planned, f, refs, who=system("hoa"))
    assert ".ods" in exc.value.vi


def test_batches_meeting_stored_keys_are_merged(planned, refs, tmp_path):
    import_observations(planned, write_csv(tmp_path / "a.csv", GOOD[:2]), refs, who=system("hoa"))
    mixed = [GOOD[2], GOOD[0][:4] + ["70", "", ""], GOOD[1]]  # new, changed, same
    heard: list[int] = []
    report = import_observations(planned, write_csv(tmp_path / "b.csv", mixed), refs,
                                 who=system("hoa"), batch_size=1, progress=heard.append)
    assert (report.inserted, report.replaced, report.unchanged) == (1, 1, 1)
    assert heard == [1, 2, 3]
    values = {(o.unit_code, o.indicator_id, o.period): o.value for o in read_observations(planned)}
    assert values == {
        ("52", "chu_ky_so_ca_nhan", "2023"): 57877,  # the plan's own result
        ("52", "chu_ky_so_ca_nhan", "2024"): 1234567,
        ("21550", "dvc_toan_trinh", "2024"): 70,
        ("21583", "dvc_toan_trinh", "2024"): None,  # numerator and denominator only
    }

"""A store like the demo's: the bundled Gia Lai plans and commune figures
(published), and a Hà Nội plan with its own figures (not published).

Hà Nội's numbers (47,3 / 87,6 / 61,9) appear nowhere else, so a test can look
for them in every public output.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from muctieu.store.actors import system
from muctieu.extract import extract_records
from muctieu.store import publication
from muctieu.store.bulk import import_observations
from muctieu.store.catalogue import catalogue_references, match_wording
from muctieu.store.ingest import ingest_path

EXAMPLES = Path(__file__).resolve().parents[2] / "muctieu" / "examples"
HANOI_PLAN = """ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Số: 99/KH-UBND
Hà Nội, ngày 10 tháng 01 năm 2026

KẾ HOẠCH
Chuyển đổi số thành phố Hà Nội giai đoạn 2026-2030

I. KẾT QUẢ ĐẾN HẾT NĂM 2025
Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt 47,3%.

II. MỤC TIÊU ĐẾN NĂM 2030
1. Về chính quyền số
- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 87,6%.
"""
HANOI_FIGURES = ("47,3", "47.3", "87,6", "87.6", "61,9", "61.9", "99/KH-UBND", "ke-hoach-ha-noi")
HANOI_VALUES = (47.3, 87.6, 61.9)


def _load(engine: Engine, tmp: Path) -> Engine:
    refs = catalogue_references()
    for plan in sorted(EXAMPLES.glob("ke-hoach-mau-*.txt")):
        ingest_path(engine, plan, extract=extract_records, match=match_wording, units=refs.units,
                    who=system("tester"))
    hanoi = tmp / "ke-hoach-ha-noi-2026.txt"
    hanoi.write_text(HANOI_PLAN, encoding="utf-8")
    ingest_path(engine, hanoi, extract=extract_records, match=match_wording, units=refs.units,
                who=system("tester"))
    report = import_observations(engine, EXAMPLES / "so-lieu-xa-2026.csv", refs, who=system("xa-gialai"))
    assert report.written, report.problems
    figures = tmp / "so-lieu-ha-noi.csv"
    figures.write_text("Mã chỉ tiêu,Tỉnh/thành phố,Mã đơn vị (xã hoặc tỉnh),Năm,Giá trị\n"
                       "egov.online_applications_share,Hà Nội,01,2026,\"61,9\"\n", encoding="utf-8")
    report = import_observations(engine, figures, refs, who=system("so-hanoi"))
    assert report.written, report.problems
    return engine


@pytest.fixture
def demo(engine: Engine, tmp_path: Path) -> Engine:
    """Gia Lai (52) published, Hà Nội (01) stored but not published."""
    _load(engine, tmp_path)
    publication.release(engine, "52", system("lanh-dao"))
    return engine


@pytest.fixture(scope="session")
def demo_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The same store on SQLite only, built once, for tests that only read it."""
    from muctieu.store.db import open_store

    tmp = tmp_path_factory.mktemp("demo")
    engine = open_store(f"sqlite:///{tmp / 'store.sqlite'}")
    _load(engine, tmp)
    publication.release(engine, "52", system("lanh-dao"))
    return engine

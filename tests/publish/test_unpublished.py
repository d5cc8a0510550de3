"""Only published data goes out: Hà Nội is stored but not published, so none
of its figures, documents or evaluations may appear in any public output."""

from __future__ import annotations

import csv

from muctieu.publish.package import publish_package
from muctieu.publish.site import render_site
from tests.publish.conftest import HANOI_FIGURES, HANOI_VALUES


def _every_file(folder):
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    return files


def test_unpublished_figures_are_absent_from_package_and_site(demo, tmp_path):
    tmp_path = tmp_path / "out"  # beside the store's own file
    publish_package(demo, tmp_path / "od")
    render_site(demo, tmp_path / "site")
    for path in _every_file(tmp_path):
        text = path.read_text(encoding="utf-8")
        for figure in HANOI_FIGURES:
            assert figure not in text, (path.relative_to(tmp_path), figure)
    for table in ("documents", "targets", "observations", "evaluation"):
        with (tmp_path / "od" / "tables" / f"{table}.csv").open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert rows, table
        assert not any(r.get("province_code") == "01" for r in rows)
        numbers = {float(v) for r in rows for k, v in r.items()
                   if k in ("value", "latest_value", "baseline_value") and v}
        assert not numbers & set(HANOI_VALUES), table
    assert not (tmp_path / "site" / "tinh" / "01.html").exists()


def test_nothing_goes_out_before_any_release(engine, tmp_path):
    summary = publish_package(engine, tmp_path)
    assert summary.provinces == () and all(summary.rows[t] == 0 for t in
                                           ("documents", "targets", "observations", "evaluation"))

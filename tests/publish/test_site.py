"""The static site, read as files a browser would get from a plain file server."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from muctieu.errors import MuctieuError
from muctieu.publish.site import render_site
from muctieu.store import publication
from muctieu.store.actors import system

GEOJSON = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"ma": "52", "ten": "Gia Lai"},
     "geometry": {"type": "Polygon", "coordinates": [[[108, 13], [109.3, 13], [109.3, 14.6], [108, 13]]]}},
    {"type": "Feature", "properties": {"name": "Thừa Thiên Huế"},  # an old name: today's Huế
     "geometry": {"type": "MultiPolygon", "coordinates": [[[[107, 16], [108, 16], [108, 16.8], [107, 16]]]]}},
]}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value and not value.startswith(("#", "http")):
                self.links.append(value)


def _links(page: Path) -> list[str]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


@pytest.fixture
def site(demo_sqlite, tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    render_site(demo_sqlite, out)
    return out


def test_every_page_and_data_file_it_links_to_exists(site):
    pages = list(site.rglob("*.html"))
    assert {p.relative_to(site).as_posix() for p in pages} >= {
        "index.html", "du-lieu-mo.html", "tinh/52.html", "chi-tieu/egov.online_applications_share.html"}
    for page in pages:
        for link in _links(page):
            assert (page.parent / link).resolve().is_file(), (page.name, link)
        assert page.read_text(encoding="utf-8").startswith("<!doctype html>\n<html lang=\"vi\">")


def test_overview_ranks_published_provinces_without_a_map(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "<svg" not in html and 'class="ranking"' in html
    row = re.search(r'<tr><td>1</td><td><a href="tinh/52.html">Gia Lai</a></td><td>(\d+)</td>', html)
    evaluation = json.loads((site / "du-lieu" / "json" / "evaluation.json").read_text(encoding="utf-8"))
    assert row and int(row.group(1)) == len(evaluation)


def test_province_page_shows_each_target_with_status_and_source(site):
    html = (site / "tinh" / "52.html").read_text(encoding="utf-8")
    assert "<h1>Tỉnh Gia Lai</h1>" in html
    assert "<q>Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 80%.</q>" in html
    assert "≥ 80% (2030)" in html and "48% (2025)" in html and "58,29% (2026)" in html
    assert "15/KH-UBND, ký tự / chars 594–676" in html


def test_indicator_page_links_its_open_sdg_file(site):
    html = (site / "chi-tieu" / "egov.online_applications_share.html").read_text(encoding="utf-8")
    assert "../du-lieu/open-sdg/indicator_egov-online_applications_share.csv" in html
    assert "<td>Gia Lai</td><td>2026</td><td>58,29%</td>" in html


def test_a_geojson_map_colours_published_provinces_and_links_them(demo_sqlite, tmp_path):
    geo = tmp_path / "tinh.geojson"
    geo.write_text(json.dumps(GEOJSON, ensure_ascii=False), encoding="utf-8")
    summary = render_site(demo_sqlite, tmp_path / "site", geojson=geo)
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert summary.with_map and html.count("<path ") == 2
    assert re.search(r'<a href="tinh/52.html"><path d="M[^"]+" fill="#[0-9a-f]{6}"', html)
    assert "<title>Chưa công bố / Not published</title>" in html  # Huế
    assert 'class="ranking"' in html  # the table stays beside the map
    with pytest.raises(MuctieuError):
        render_site(demo_sqlite, tmp_path / "site2", geojson=tmp_path / "missing.geojson")


def test_a_withdrawn_province_page_is_removed(demo, tmp_path):
    render_site(demo, tmp_path)
    assert (tmp_path / "tinh" / "52.html").exists()
    publication.withdraw(demo, "52", system("lanh-dao"))
    render_site(demo, tmp_path)
    assert not (tmp_path / "tinh" / "52.html").exists()

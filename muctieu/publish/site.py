"""`muctieu publish --site OUTDIR`: the public pages as static files.

    index.html               overview: map (when a GeoJSON is given) and ranking table
    tinh/<code>.html         one page per published province: its targets and their status
    chi-tieu/<id>.html       one page per indicator: values and targets by province
    du-lieu-mo.html          the downloads (the open-data package under du-lieu/)
    style.css                one shared stylesheet

Plain HTML and CSS with relative links, so the folder works from any file
server (or straight from disk) without Python; only published provinces
appear, as in `publish_package`.
"""

from __future__ import annotations

import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.units import current_provinces
from muctieu.errors import MuctieuError
from muctieu.evaluate.categories import Status
from muctieu.evaluate.report import number
from muctieu.extract.records import PILLAR_NAMES_VI
from muctieu.publish.map_svg import render_map
from muctieu.publish.open_data import SPECS, OpenData, Row, build_open_data
from muctieu.publish.package import check_folder, open_sdg_name, replace_package, summarise
from muctieu.publish.report_content import pretty

DATA = "du-lieu"
STYLE = Path(__file__).with_name("site.css")
STATUS_CLASS = {s: s.value.replace("_", "-") for s in Status}
GOOD = (Status.MET, Status.ON_TRACK)
MAP_BINS = ((0.75, "#1a7f37"), (0.5, "#56b870"), (0.25, "#e3b505"), (0.0, "#d1495b"))


@dataclass(frozen=True, slots=True)
class SiteSummary:
    outdir: Path
    pages: int
    provinces: tuple[str, ...]
    with_map: bool

    def describe(self) -> str:
        names = ", ".join(self.provinces) or "không có tỉnh nào / none"
        drawn = "có bản đồ / with map" if self.with_map else "bảng xếp hạng, chưa có bản đồ / ranking table, no map"
        return (f"Đã ghi trang tĩnh vào / Static site written to {self.outdir}: {self.pages} trang / pages; "
                f"tỉnh đã công bố / published provinces: {names}; {drawn}")


def _e(v: Any) -> str:
    return escape("" if v is None else str(v))


def _num(v: Any, unit: str | None = None) -> str:
    if v is None or v == "":
        return ""
    return number(float(v)) + ("%" if unit == "%" else "")


def _page(title: str, body: str, depth: int) -> str:
    up = "../" * depth
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)} · muctieu</title>
<link rel="stylesheet" href="{up}style.css">
</head>
<body>
<a class="skip" href="#main">Bỏ qua đến nội dung / Skip to content</a>
<header><nav aria-label="Chính / Main">
<a href="{up}index.html"><strong>muctieu</strong> · Chỉ tiêu chuyển đổi số</a>
<a href="{up}du-lieu-mo.html">Dữ liệu mở <span lang="en">/ Open data</span></a>
</nav></header>
<main id="main">
{body}
</main>
<footer><p>Chỉ gồm các tỉnh đã công bố số liệu. Dữ liệu theo giấy phép CC BY 4.0.
<span lang="en">Published provinces only. Data under CC BY 4.0.</span></p></footer>
</body>
</html>
"""


def _table(caption: str, headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    head = "".join(f'<th scope="col">{h}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f'<div class="scroll"><table class="{cls}"><caption>{caption}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def _badge(status: str) -> str:
    s = Status(status)
    return f'<span class="badge {STATUS_CLASS[s]}">{_e(s.vi)}<span class="en"> / {_e(s.en)}</span></span>'


def _target_text(t: Row) -> str:
    unit = "%" if t["unit"] == "%" else f" {t['unit_text']}" if t.get("unit_text") else ""
    if t["op"] == "between":
        body = f"{_num(t['value'])}–{_num(t['value_max'])}{unit}"
    else:
        body = f"{pretty(t['op'])} {_num(t['value'])}{unit}"
    return f"{body} ({t['year']})" if t.get("year") else body


class _Site:
    def __init__(self, data: OpenData) -> None:
        self.data = data
        self.provinces = {p.code: p for p in current_provinces()}
        self.indicators = {i.id: i for i in catalogue()}
        t = data.tables
        self.documents = {d["id"]: d for d in t["documents"]}
        self.targets = {x["id"]: x for x in t["targets"]}
        self.evaluation = t["evaluation"]
        self.by_province: dict[str, list[Row]] = defaultdict(list)
        for e in self.evaluation:
            self.by_province[e["province_code"]].append(e)

    def share_good(self, code: str) -> float | None:
        rows = self.by_province.get(code, [])
        return sum(Status(r["status"]) in GOOD for r in rows) / len(rows) if rows else None

    def ranking(self) -> list[tuple[int, str, Counter[str], float | None]]:
        codes = sorted(self.data.provinces, key=lambda c: (-(self.share_good(c) or 0), self.provinces[c].name))
        out = []
        for i, code in enumerate(codes, 1):
            counts = Counter(r["status"] for r in self.by_province.get(code, []))
            out.append((i, code, counts, self.share_good(code)))
        return out

    def index(self, geojson: Path | None) -> str:
        rows = []
        for rank, code, counts, share in self.ranking():
            p = self.provinces[code]
            rows.append([str(rank), f'<a href="tinh/{code}.html">{_e(p.name)}</a>',
                         str(sum(counts.values())),
                         *(str(counts.get(s.value, 0)) for s in Status),
                         "" if share is None else f"{number(100 * share, 1)}%"])
        headers = ["Hạng<br><span lang='en'>Rank</span>", "Tỉnh<br><span lang='en'>Province</span>",
                   "Chỉ tiêu<br><span lang='en'>Targets</span>",
                   *(f"{_e(s.vi)}<br><span lang='en'>{_e(s.en)}</span>" for s in Status),
                   "Đạt hoặc đúng tiến độ<br><span lang='en'>Met or on track</span>"]
        table = _table("Xếp hạng theo tỷ lệ chỉ tiêu đã đạt hoặc đúng tiến độ / "
                       "Ranked by share of targets met or on track", headers, rows, "ranking")
        figure = ""
        if geojson is not None:
            fills, titles, links = {}, {}, {}
            for code in self.data.provinces:
                share = self.share_good(code)
                fills[code] = next(c for lo, c in MAP_BINS if (share or 0) >= lo)
                titles[code] = (f"{self.provinces[code].name}: " +
                                ("chưa có chỉ tiêu" if share is None else f"{number(100 * share, 1)}% đạt hoặc đúng tiến độ"))
                links[code] = f"tinh/{code}.html"
            legend = "".join(f'<li><span class="swatch" style="background:{c}"></span>≥ {int(lo * 100)}%</li>'
                             for lo, c in MAP_BINS)
            figure = (f'<figure class="map-figure">{render_map(geojson, fills, titles, links)}'
                      f'<figcaption>Tỷ lệ chỉ tiêu đã đạt hoặc đúng tiến độ; màu xám: chưa công bố. '
                      f'<span lang="en">Share of targets met or on track; grey: not published.</span>'
                      f'<ul class="legend">{legend}</ul></figcaption></figure>')
        indicators = sorted({t["indicator_id"] for t in self.targets.values() if t["indicator_id"]})
        links_ind = "".join(f'<li><a href="chi-tieu/{i}.html">{_e(self.indicators[i].name_vi)}</a></li>'
                            for i in indicators if i in self.indicators)
        body = (f"<h1>Chỉ tiêu chuyển đổi số của các tỉnh <span class='en'>/ Provincial digital-transformation "
                f"targets</span></h1>"
                f"<p>Mỗi chỉ tiêu lấy từ kế hoạch của tỉnh, kèm câu nguồn; trạng thái tính theo phương pháp đo "
                f"tiến độ của Open SDG. <span lang='en'>Each target comes from a province's plan with its source "
                f"sentence; status follows the Open SDG progress measure.</span></p>"
                f"{figure}{table}<h2>Chỉ tiêu <span class='en'>/ Indicators</span></h2><ul class='cols'>{links_ind}</ul>")
        return _page("Tổng quan / Overview", body, 0)

    def province(self, code: str) -> str:
        p = self.provinces[code]
        rows = []
        for e in sorted(self.by_province.get(code, []),
                        key=lambda e: (self.targets[e["target_id"]]["pillar"] or "~", e["target_id"])):
            t = self.targets[e["target_id"]]
            d = self.documents[t["document_id"]]
            unit = t["unit"]
            ind = t["indicator_id"]
            name = (f'<a href="../chi-tieu/{ind}.html">{_e(t["indicator"])}</a>' if ind in self.indicators
                    else _e(t["indicator"]))
            if t["scope"]:
                name += f" ({_e(t['scope'])})"
            rows.append([
                _e(PILLAR_NAMES_VI.get(t["pillar"] or "", "")), name, _e(_target_text(t)),
                _e(f"{_num(e['baseline_value'], unit)} ({e['baseline_year']})" if e["baseline_value"] is not None else ""),
                _e(f"{_num(e['latest_value'], unit)} ({e['latest_year']})" if e["latest_value"] is not None else ""),
                _badge(e["status"]),
                f'<q>{_e(t["quote"])}</q><br><small>{_e(d["plan_number"] or d["source"])}, '
                f'ký tự / chars {t["span_start"]}–{t["span_end"]}</small>',
            ])
        headers = ["Trụ cột", "Chỉ tiêu <span lang='en'>/ Indicator</span>", "Mục tiêu <span lang='en'>/ Target</span>",
                   "Cơ sở <span lang='en'>/ Baseline</span>", "Mới nhất <span lang='en'>/ Latest</span>",
                   "Trạng thái <span lang='en'>/ Status</span>", "Nguồn <span lang='en'>/ Source</span>"]
        counts = Counter(e["status"] for e in self.by_province.get(code, []))
        summary = "".join(f"<li>{_badge(s.value)} {counts.get(s.value, 0)}</li>" for s in Status)
        docs = "".join(f"<li>{_e(d['title'] or d['source'])} — {_e(d['plan_number'] or '')} "
                       f"({_e(d['source'])})</li>" for d in self.documents.values() if d["province_code"] == code)
        body = (f"<p class='crumbs'><a href='../index.html'>Tổng quan</a> › {_e(p.name)}</p>"
                f"<h1>{_e(p.full_name)}</h1><ul class='summary'>{summary}</ul>"
                + _table("Chỉ tiêu và trạng thái / Targets and status", headers, rows)
                + f"<h2>Văn bản <span class='en'>/ Documents</span></h2><ul>{docs}</ul>"
                f"<p><a href='../du-lieu-mo.html'>Tải dữ liệu / Download the data</a></p>")
        return _page(p.name, body, 1)

    def indicator(self, indicator_id: str) -> str:
        ind = self.indicators[indicator_id]
        series = self.data.series.get(indicator_id, [])
        values = [[_e(r["Province"]), str(r["Year"]), _e(_num(r["Value"], ind.unit))] for r in series]
        goals = []
        for e in self.evaluation:
            t = self.targets[e["target_id"]]
            if t["indicator_id"] == indicator_id:
                p = self.provinces[e["province_code"]]
                goals.append([f'<a href="../tinh/{p.code}.html">{_e(p.name)}</a>', _e(t["scope"] or ""),
                              _e(_target_text(t)),
                              _e(f"{_num(e['latest_value'], ind.unit)} ({e['latest_year']})"
                                 if e["latest_value"] is not None else ""), _badge(e["status"])])
        sdg = open_sdg_name(indicator_id)
        body = (f"<p class='crumbs'><a href='../index.html'>Tổng quan</a> › {_e(ind.name_vi)}</p>"
                f"<h1>{_e(ind.name_vi)}<span class='en'> / {_e(ind.name_en)}</span></h1>"
                f"<p>Mã / Id: <code>{_e(ind.id)}</code> · Đơn vị / Unit: {_e(ind.unit_label())} · "
                f"Trụ cột / Pillar: {_e(PILLAR_NAMES_VI.get(ind.pillar, ind.pillar))}</p>"
                + _table("Mục tiêu theo tỉnh / Targets by province",
                         ["Tỉnh / Province", "Phạm vi / Scope", "Mục tiêu / Target", "Mới nhất / Latest",
                          "Trạng thái / Status"], goals)
                + _table("Giá trị theo năm / Values by year", ["Tỉnh / Province", "Năm / Year", "Giá trị / Value"],
                         values)
                + (f"<p>Tải / Download: <a href='../{DATA}/open-sdg/{sdg}.csv'>{sdg}.csv</a> (Open SDG)</p>"
                   if series else ""))
        return _page(ind.name_vi, body, 1)

    def downloads(self) -> str:
        rows = [[_e(SPECS[name].title), f"<a href='{DATA}/tables/{name}.csv'>CSV</a>",
                 f"<a href='{DATA}/json/{name}.json'>JSON</a>", str(len(self.data.tables[name]))]
                for name in SPECS]
        sdg = "".join(f"<li><a href='{DATA}/open-sdg/{open_sdg_name(i)}.csv'>{_e(self.indicators[i].name_vi)}</a>"
                      f" (<a href='{DATA}/json/open-sdg/{open_sdg_name(i)}.json'>JSON</a>)</li>"
                      for i in sorted(self.data.series) if i in self.indicators)
        body = ("<h1>Dữ liệu mở <span class='en'>/ Open data</span></h1>"
                f"<p>Gói dữ liệu Frictionless: <a href='{DATA}/datapackage.json'>datapackage.json</a> (giấy phép "
                "CC BY 4.0, nguồn, lược đồ từng bảng). <span lang='en'>A Frictionless Data Package with licence, "
                "sources and a Table Schema per table.</span></p>"
                + _table("Bảng / Tables", ["Bảng / Table", "CSV", "JSON", "Dòng / Rows"], rows)
                + "<h2>Open SDG <span class='en'>/ one file per indicator</span></h2>"
                f"<ul>{sdg}</ul>")
        return _page("Dữ liệu mở / Open data", body, 0)


def render_site(engine: Engine, outdir: Path, geojson: Path | None = None) -> SiteSummary:
    """Write the static site of the published provinces to `outdir`."""
    outdir = check_folder(outdir)
    if geojson is not None and not Path(geojson).is_file():
        raise MuctieuError("không có tệp bản đồ GeoJSON này", "no such GeoJSON map file", where=str(geojson))
    data = build_open_data(engine)
    site = _Site(data)
    pages: dict[str, str] = {"index.html": site.index(geojson), "du-lieu-mo.html": site.downloads()}
    for code in data.provinces:
        pages[f"tinh/{code}.html"] = site.province(code)
    for ind in sorted({t["indicator_id"] for t in data.tables["targets"] if t["indicator_id"]}):
        if ind in site.indicators:
            pages[f"chi-tieu/{ind}.html"] = site.indicator(ind)
    for folder in ("tinh", "chi-tieu"):  # pages of a withdrawn province must not linger
        if (outdir / folder).is_dir():
            shutil.rmtree(outdir / folder)
    replace_package(data, outdir / DATA)
    for name, html in pages.items():
        path = outdir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    shutil.copyfile(STYLE, outdir / "style.css")
    names = summarise(data, outdir).provinces
    return SiteSummary(outdir, len(pages), names, geojson is not None)

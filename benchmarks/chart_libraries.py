"""Page weight and render time of the two chart libraries considered.

    python benchmarks/chart_libraries.py

Draws what the heaviest pages draw — 150 trend lines (a province page with
150 targets) and one bar chart of 34 provinces — once with the vendored
Chart.js and once with Apache ECharts (fetched with `npm pack`, not shipped),
in headless Debian Chromium, and prints the library's bytes (plain and gzip)
and the time from parsing the library to the last chart drawn (median of 5).
"""

from __future__ import annotations

import gzip
import shutil
import statistics
import subprocess
import tarfile
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

VENDOR = Path(__file__).resolve().parents[1] / "muctieu" / "web" / "static" / "vendor"
CHARTJS = VENDOR / "chart-4.6.1.umd.min.js"
ECHARTS = "echarts@6.1.0"

DATA = """
var years = ["2020","2021","2022","2023","2024","2025"];
var series = []; for (var i = 0; i < 150; i++) { series.push(years.map(function (y, k) { return 40 + k * 5 + (i % 7); })); }
var provinces = []; var values = []; for (var p = 0; p < 34; p++) { provinces.push("Tỉnh " + p); values.push(40 + p); }
var box = document.getElementById("box");
"""
CHARTJS_DRAW = """
var t0 = performance.now();
Chart.defaults.animation = false;
series.forEach(function (s) {
  var c = document.createElement("canvas"); c.width = 120; c.height = 32; box.appendChild(c);
  new Chart(c, {type: "line", data: {labels: years, datasets: [{data: s}]},
    options: {responsive: false, plugins: {legend: {display: false}}, scales: {x: {display: false}, y: {display: false}}}});
});
var b = document.createElement("canvas"); b.width = 800; b.height = 840; box.appendChild(b);
new Chart(b, {type: "bar", data: {labels: provinces, datasets: [{data: values}]}, options: {indexAxis: "y", responsive: false}});
window.drawn = performance.now() - t0;
"""
ECHARTS_DRAW = """
var t0 = performance.now();
series.forEach(function (s) {
  var d = document.createElement("div"); d.style.width = "120px"; d.style.height = "32px"; box.appendChild(d);
  echarts.init(d).setOption({animation: false, xAxis: {type: "category", data: years, show: false},
    yAxis: {type: "value", show: false}, grid: {left: 0, right: 0, top: 0, bottom: 0}, series: [{type: "line", data: s}]});
});
var b = document.createElement("div"); b.style.width = "800px"; b.style.height = "840px"; box.appendChild(b);
echarts.init(b).setOption({animation: false, yAxis: {type: "category", data: provinces}, xAxis: {type: "value"},
  series: [{type: "bar", data: values}]});
window.drawn = performance.now() - t0;
"""


def page(folder: Path, name: str, library: Path, draw: str) -> Path:
    if library.parent != folder:
        shutil.copy(library, folder / library.name)
    html = folder / f"{name}.html"
    (folder / f"{name}.js").write_text(DATA + draw, encoding="utf-8")
    html.write_text(f'<!doctype html><meta charset="utf-8"><div id="box"></div>'
                    f'<script src="{library.name}"></script><script src="{name}.js"></script>',
                    encoding="utf-8")
    return html


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run(["npm", "pack", ECHARTS, "--silent"], cwd=folder, check=True, capture_output=True)
        with tarfile.open(next(folder.glob("echarts-*.tgz"))) as tar:
            tar.extract("package/dist/echarts.min.js", folder, filter="data")
        echarts = folder / "echarts.min.js"
        (folder / "package" / "dist" / "echarts.min.js").rename(echarts)
        pages = {"Chart.js 4.6.1": (CHARTJS, page(folder, "chartjs", CHARTJS, CHARTJS_DRAW)),
                 "ECharts 6.1.0": (echarts, page(folder, "echarts", echarts, ECHARTS_DRAW))}
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "chromium"
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--allow-file-access-from-files"):
            options.add_argument(arg)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        try:
            print(f"{'library':<16}{'bytes':>12}{'gzip':>10}{'draw ms (median of 5)':>24}")
            for label, (lib, html) in pages.items():
                times = []
                for _ in range(5):
                    driver.get(html.as_uri())
                    times.append(driver.execute_script("return window.drawn"))
                data = lib.read_bytes()
                print(f"{label:<16}{len(data):>12,}{len(gzip.compress(data, 9)):>10,}{statistics.median(times):>24.0f}")
        finally:
            driver.quit()


if __name__ == "__main__":
    main()

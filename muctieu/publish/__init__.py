"""Reports officers file, and open data anyone can reuse.

Entry points (the CLI in `cli_publish.py`; the web application calls the same):

* `reports.write_report(engine, province, year, period, fmt, out) -> Path` — DOCX, PDF or XLSX
  progress report of one province (any province: reports are for officers);
* `package.publish_package(engine, outdir, province=None) -> PackageSummary` — the
  Frictionless Data Package and Open SDG files of the published provinces;
* `open_data.build_open_data(engine, province=None) -> OpenData` — the same tables as rows
  (for an API);
* `site.render_site(engine, outdir, geojson=None) -> SiteSummary` — the static public site.

Modules load their libraries (matplotlib, fpdf2, python-docx) only when used.
"""

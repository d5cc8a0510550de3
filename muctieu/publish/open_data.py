"""The open-data tables: what the public may reuse, as rows and Table Schemas.

Reference tables (provinces with their pre-2025 predecessors, indicators)
are whole; documents, targets, observations and the evaluation carry only
the provinces an officer has published (`store.publication`). Uploads are
named by file name, never by the server's folders; the accounts that entered
figures stay in the officers' reports, not in open data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from sqlalchemy import Engine

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.units import current_provinces, find_province, old_provinces
from muctieu.errors import MuctieuError
from muctieu.evaluate.categories import Status
from muctieu.evaluate.from_store import evaluate_store
from muctieu.evaluate.pipeline import province_series
from muctieu.extract.records import PILLARS
from muctieu.publish.report_content import file_name
from muctieu.store.models import REVIEW_STATES, SOURCE_KINDS, UNIT_LEVELS
from muctieu.store.publication import published_codes
from muctieu.store.read import count_observations, iter_observations, read_documents, read_targets, span_texts

Row = dict[str, Any]
OPS = [">=", ">", "<=", "<", "=", "~", "between"]
UNITS = ["%", "rank", "count", "other"]


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str  # Table Schema type: string, integer, number, boolean, date, datetime
    title: str  # Vietnamese / English
    required: bool = False
    enum: list[str] | None = None
    minimum: int | None = None

    def schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.type, "title": self.title}
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = self.enum
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        if constraints:
            out["constraints"] = constraints
        return out


@dataclass(frozen=True, slots=True)
class Spec:
    """A table: its columns, key and references to other tables."""

    name: str
    title: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, table, column)

    def schema(self) -> dict[str, Any]:
        return {
            "fields": [c.schema() for c in self.columns],
            "primaryKey": list(self.primary_key),
            "foreignKeys": [{"fields": col, "reference": {"resource": table, "fields": ref}}
                            for col, table, ref in self.foreign_keys],
            "missingValues": [""],
        }


def _c(name: str, type_: str, title: str, **kw: Any) -> Column:
    return Column(name, type_, title, **kw)


YEAR = {"minimum": 2000}
SPECS: dict[str, Spec] = {s.name: s for s in (
    Spec("provinces", "Tỉnh, thành phố (34, từ 7/2025) / Provinces and cities (34, since July 2025)", (
        _c("code", "string", "Mã / Code", required=True),
        _c("name", "string", "Tên / Name", required=True),
        _c("full_name", "string", "Tên đầy đủ / Full name", required=True),
        _c("kind", "string", "Loại / Kind", required=True, enum=["tỉnh", "thành phố"]),
        _c("communes", "integer", "Số xã, phường / Communes", required=True),
        _c("published", "boolean", "Đã công bố số liệu / Figures published", required=True),
    ), ("code",)),
    Spec("province_succession", "Tỉnh cũ (63, trước 7/2025) và tỉnh hiện nay / Former provinces and their successors", (
        _c("old_code", "string", "Mã tỉnh cũ / Former code", required=True),
        _c("old_name", "string", "Tên tỉnh cũ / Former name", required=True),
        _c("current_code", "string", "Mã tỉnh hiện nay / Successor code", required=True),
    ), ("old_code", "old_name"), (("current_code", "provinces", "code"),)),
    Spec("indicators", "Danh mục chỉ tiêu / Indicator catalogue", (
        _c("id", "string", "Mã chỉ tiêu / Indicator id", required=True),
        _c("name_vi", "string", "Tên / Name (vi)", required=True),
        _c("name_en", "string", "Tên tiếng Anh / Name (en)", required=True),
        _c("pillar", "string", "Trụ cột / Pillar", required=True, enum=list(PILLARS)),
        _c("unit", "string", "Đơn vị / Unit", required=True, enum=UNITS),
        _c("unit_text", "string", "Đơn vị (chữ) / Unit text"),
        _c("direction", "string", "Hướng tốt / Better direction", required=True, enum=["higher", "lower"]),
        _c("aggregation", "string", "Cách tổng hợp / Roll-up", required=True,
           enum=["ratio", "sum", "mean", "none"]),
    ), ("id",)),
    Spec("documents", "Kế hoạch, báo cáo đã nạp / Plans and reports", (
        _c("id", "integer", "Mã văn bản / Document id", required=True),
        _c("province_code", "string", "Mã tỉnh hiện nay / Current province code", required=True),
        _c("province", "string", "Tỉnh như văn bản ghi / Province as named"),
        _c("source", "string", "Tệp hoặc địa chỉ / File or URL", required=True),
        _c("sha256", "string", "SHA-256 của văn bản / Content hash", required=True),
        _c("format", "string", "Định dạng / Format", required=True),
        _c("plan_number", "string", "Số hiệu / Number"),
        _c("issued", "date", "Ngày ban hành / Issued"),
        _c("plan_year", "integer", "Năm kế hoạch / Plan year", **YEAR),
        _c("title", "string", "Tiêu đề / Title"),
    ), ("id",), (("province_code", "provinces", "code"),)),
    Spec("targets", "Chỉ tiêu và kết quả nêu trong văn bản / Targets and results stated in documents", (
        _c("id", "integer", "Mã / Id", required=True),
        _c("document_id", "integer", "Văn bản / Document", required=True),
        _c("span_start", "integer", "Vị trí đầu (ký tự) / Span start", required=True, minimum=0),
        _c("span_end", "integer", "Vị trí cuối / Span end", required=True, minimum=0),
        _c("quote", "string", "Câu nguồn / Quoted text", required=True),
        _c("kind", "string", "Loại / Kind", required=True, enum=["target", "result"]),
        _c("indicator", "string", "Chỉ tiêu như văn bản ghi / Wording", required=True),
        _c("indicator_id", "string", "Mã chỉ tiêu / Indicator id"),
        _c("pillar", "string", "Trụ cột / Pillar", enum=list(PILLARS)),
        _c("scope", "string", "Phạm vi / Scope"),
        _c("op", "string", "So sánh / Comparator", required=True, enum=OPS),
        _c("value", "number", "Giá trị / Value", required=True),
        _c("value_max", "number", "Giá trị tối đa / Upper bound"),
        _c("unit", "string", "Đơn vị / Unit", required=True, enum=UNITS),
        _c("unit_text", "string", "Đơn vị (chữ) / Unit text"),
        _c("year", "integer", "Năm / Year", **YEAR),
        _c("place", "string", "Của tỉnh khác (như văn bản ghi) / Another province's, as written"),
        _c("review_state", "string", "Rà soát / Review", required=True, enum=list(REVIEW_STATES)),
    ), ("id",), (("document_id", "documents", "id"), ("indicator_id", "indicators", "id"))),
    Spec("observations", "Số liệu thực hiện / Reported values", (
        _c("id", "integer", "Mã / Id", required=True),
        _c("indicator_id", "string", "Mã chỉ tiêu / Indicator id", required=True),
        _c("province_code", "string", "Mã tỉnh / Province code", required=True),
        _c("unit_level", "string", "Cấp / Level", required=True, enum=list(UNIT_LEVELS)),
        _c("unit_code", "string", "Mã đơn vị / Unit code", required=True),
        _c("unit_name", "string", "Đơn vị / Unit", required=True),
        _c("year", "integer", "Năm / Year", required=True, **YEAR),
        _c("quarter", "integer", "Quý / Quarter"),
        _c("month", "integer", "Tháng / Month"),
        _c("period", "string", "Kỳ / Period", required=True),
        _c("value", "number", "Giá trị / Value"),
        _c("numerator", "number", "Tử số / Numerator"),
        _c("denominator", "number", "Mẫu số / Denominator"),
        _c("source_kind", "string", "Nguồn / Source kind", required=True, enum=list(SOURCE_KINDS)),
        _c("document_id", "integer", "Văn bản nguồn / Source document"),
        _c("span_start", "integer", "Vị trí đầu / Span start"),
        _c("span_end", "integer", "Vị trí cuối / Span end"),
        _c("source_file", "string", "Tệp nhập / Upload file"),
        _c("source_row", "integer", "Dòng / Row"),
    ), ("id",), (("indicator_id", "indicators", "id"), ("province_code", "provinces", "code"),
                 ("document_id", "documents", "id"))),
    Spec("evaluation", "Đánh giá mức độ đạt chỉ tiêu / Attainment of targets", (
        _c("target_id", "integer", "Chỉ tiêu / Target", required=True),
        _c("province_code", "string", "Mã tỉnh đánh giá / Province evaluated", required=True),
        _c("province_original", "string", "Tỉnh trong kế hoạch / Province as in the plan", required=True),
        _c("status", "string", "Trạng thái / Status", required=True, enum=[s.value for s in Status]),
        _c("status_vi", "string", "Trạng thái (vi)", required=True),
        _c("status_en", "string", "Status (en)", required=True),
        _c("target_value", "number", "Mức cần đạt / Bound aimed at", required=True),
        _c("baseline_value", "number", "Cơ sở / Baseline"),
        _c("baseline_year", "integer", "Năm cơ sở / Baseline year"),
        _c("latest_value", "number", "Mới nhất / Latest"),
        _c("latest_year", "integer", "Năm mới nhất / Latest year"),
        _c("observed_rate", "number", "Tốc độ thực tế mỗi năm / Observed yearly rate"),
        _c("required_rate", "number", "Tốc độ cần có mỗi năm / Required yearly rate"),
        _c("ratio", "number", "Tỷ số R / Ratio R"),
        _c("gap", "number", "Còn thiếu / Gap"),
        _c("zero_replaced", "boolean", "Thay 0 bằng 0,001 / Zero replaced", required=True),
        _c("note", "string", "Ghi chú / Note"),
        _c("evaluated_in", "integer", "Năm đánh giá / Evaluated in", required=True),
    ), ("target_id",), (("target_id", "targets", "id"), ("province_code", "provinces", "code"))),
)}


class Rows(Protocol):
    """A table's rows: a list, or rows read from the store as they are walked."""

    def __iter__(self) -> Iterator[Row]: ...

    def __len__(self) -> int: ...


class ObservationRows:
    """The observations table, read from the store each time it is walked:
    it can hold a million commune rows, which are written out, not kept."""

    def __init__(self, engine: Engine, codes: tuple[str, ...], doc_ids: frozenset[int]) -> None:
        self.engine, self.codes, self.doc_ids = engine, codes, doc_ids
        self._len: int | None = None

    def __iter__(self) -> Iterator[Row]:
        for o in iter_observations(self.engine, self.codes):
            yield {
                "id": o.id, "indicator_id": o.indicator_id, "province_code": o.province_code,
                "unit_level": o.unit_level, "unit_code": o.unit_code, "unit_name": o.unit_name,
                "year": o.year, "quarter": o.quarter, "month": o.month, "period": o.period,
                "value": o.value, "numerator": o.numerator, "denominator": o.denominator,
                "source_kind": o.source_kind,
                "document_id": o.document_id if o.document_id in self.doc_ids else None,
                "span_start": o.span_start, "span_end": o.span_end,
                "source_file": file_name(o.source_file) or None, "source_row": o.source_row,
            }

    def __len__(self) -> int:
        if self._len is None:
            self._len = count_observations(self.engine, self.codes)
        return self._len


@dataclass(slots=True)
class OpenData:
    """Every table's rows, and each indicator's yearly value per published province."""

    tables: dict[str, Rows]
    series: dict[str, list[Row]] = field(default_factory=dict)  # indicator id → Year/Units/Province/Value
    provinces: tuple[str, ...] = ()  # codes carried


def chosen_codes(engine: Engine, province: str | None) -> frozenset[str]:
    """Published provinces, or the one asked for (which must be published)."""
    codes = published_codes(engine)
    if province is None:
        return codes
    code = find_province(province, where="--province").code
    if code not in codes:
        raise MuctieuError(f"{province} chưa được công bố; dữ liệu mở chỉ gồm các tỉnh đã công bố",
                           f"{province} is not published; open data carries published provinces only",
                           where="--province")
    return frozenset({code})


def _reference(codes: frozenset[str]) -> dict[str, list[Row]]:
    provinces = [{"code": p.code, "name": p.name, "full_name": p.full_name, "kind": p.kind,
                  "communes": len(p.communes), "published": p.code in codes}
                 for p in current_provinces()]
    seen: set[tuple[str, str]] = set()
    succession = []
    for o in old_provinces():
        if (o.code, o.name) not in seen:
            seen.add((o.code, o.name))
            succession.append({"old_code": o.code, "old_name": o.name, "current_code": o.current_code})
    indicators = [{"id": i.id, "name_vi": i.name_vi, "name_en": i.name_en, "pillar": i.pillar,
                   "unit": i.unit, "unit_text": i.unit_text, "direction": i.direction,
                   "aggregation": i.aggregation} for i in catalogue()]
    return {"provinces": provinces, "province_succession": succession, "indicators": indicators}


def build_open_data(engine: Engine, province: str | None = None, *, as_of: int | None = None) -> OpenData:
    """The tables of the published provinces (or of one of them)."""
    codes = chosen_codes(engine, province)
    as_of = as_of or date.today().year
    tables: dict[str, Rows] = dict(_reference(codes))
    names = {p.code: p.name for p in current_provinces()}
    documents = sorted((d for d in read_documents(engine) if d.province_code in codes), key=lambda d: d.id)
    doc_ids = {d.id for d in documents}
    tables["documents"] = [{
        "id": d.id, "province_code": d.province_code, "province": d.province, "source": file_name(d.source),
        "sha256": d.sha256, "format": d.format, "plan_number": d.plan_number, "issued": d.issued,
        "plan_year": d.plan_year, "title": d.title} for d in documents]
    targets = [t for t in read_targets(engine) if t.document_id in doc_ids]
    quotes = span_texts(engine, [(t.document_id, t.start, t.end) for t in targets])
    tables["targets"] = [{
        "id": t.id, "document_id": t.document_id, "span_start": t.start, "span_end": t.end,
        "quote": quotes[(t.document_id, t.start, t.end)], "kind": t.kind, "indicator": t.indicator,
        "indicator_id": t.indicator_id, "pillar": t.pillar, "scope": t.scope, "op": t.op, "value": t.value,
        "value_max": t.value_max, "unit": t.unit, "unit_text": t.unit_text, "year": t.year,
        "place": t.place, "review_state": t.review_state} for t in targets]
    tables["observations"] = ObservationRows(engine, tuple(sorted(codes)), frozenset(doc_ids))
    inputs, ev = evaluate_store(engine, as_of=as_of)
    by_name = {v: k for k, v in names.items()}
    target_ids = {t.id for t in targets}
    tables["evaluation"] = [{
        "target_id": s.target.id, "province_code": by_name.get(s.target.province),
        "province_original": s.target.province_original, "status": s.status.value,
        "status_vi": s.status.vi, "status_en": s.status.en, "target_value": s.target_value,
        "baseline_value": s.baseline.value if s.baseline else None,
        "baseline_year": s.baseline.year if s.baseline else None,
        "latest_value": s.latest.value if s.latest else None,
        "latest_year": s.latest.year if s.latest else None,
        "observed_rate": s.observed_rate, "required_rate": s.required_rate, "ratio": s.ratio,
        "gap": s.gap, "zero_replaced": s.zero_replaced, "note": s.note, "evaluated_in": as_of,
    } for s in ev.statuses if s.target.id in target_ids and by_name.get(s.target.province) in codes]
    units = {i.id: i.unit_label() for i in catalogue()}
    series: dict[str, list[Row]] = {}
    for (indicator, prov), points in sorted(province_series(inputs.provincial, ev.rollups).items()):
        if by_name.get(prov) not in codes or indicator not in units:
            continue
        series.setdefault(indicator, []).extend(
            {"Year": p.year, "Units": units[indicator], "Province": prov, "Value": p.value} for p in points)
    return OpenData(tables, series, tuple(sorted(codes)))

"""What a province's progress report says, gathered once for every format.

The DOCX, PDF and XLSX writers only lay this out, so the three carry the same
numbers, and those are the evaluation's own (`evaluate.from_store`). Each
target gets a reference number; the annex says where each of its numbers
comes from: the document and span of the target, and for a value the
document span, upload file and row, or account that entered it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.units import Province, find_province
from muctieu.errors import MuctieuError
from muctieu.evaluate.attainment import Point, TargetStatus
from muctieu.evaluate.categories import Status
from muctieu.evaluate.compare import PillarSummary, pillar_summary
from muctieu.evaluate.from_store import store_inputs
from muctieu.evaluate.pipeline import evaluate_from_sums, province_series
from muctieu.evaluate.report import TableRow, number, table_row
from muctieu.extract.records import PILLAR_NAMES_VI
from muctieu.store.read import DocumentRow, ObservationRow, TargetRow, read_documents
from muctieu.store.read import read_observations, read_targets, span_texts

Period = Literal["H1", "year"]
PERIODS: tuple[str, ...] = ("H1", "year")
AT_RISK = (Status.NEEDS_ACCELERATION, Status.LIMITED_PROGRESS, Status.GOING_BACKWARDS, Status.MISSED)
KEY_INDICATORS = 6  # charts of values over time: more would not fit a page
_OPS = ((">=", "≥"), ("<=", "≤"))


def pretty(text: str) -> str:
    """'>= 80%' → '≥ 80%', as printed in Vietnamese documents."""
    for a, b in _OPS:
        text = text.replace(a, b)
    return text


@dataclass(frozen=True, slots=True)
class Line:
    """One target in the report: its reference number, status and printed cells."""

    ref: int
    status: TargetStatus
    cells: TableRow

    @property
    def inputs(self) -> str:
        """The evaluation's inputs, so an officer can redo the calculation."""
        s, c = self.status, self.cells
        parts = [f"cơ sở {c.baseline}" if c.baseline else "chưa có giá trị cơ sở",
                 f"mới nhất {c.latest}" if c.latest else "chưa có giá trị mới nhất",
                 f"mục tiêu {pretty(c.target)}"]
        if s.observed_rate is not None and s.required_rate is not None:
            parts.append(f"tốc độ thực tế {number(100 * s.observed_rate)}%/năm, "
                         f"cần có {number(100 * s.required_rate)}%/năm")
        if s.ratio is not None:
            parts.append(f"R = {number(s.ratio, 3)}")
        if s.note_vi:
            parts.append(s.note_vi)
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Section:
    pillar: str
    name: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class SourceNote:
    """Where one number of the report comes from."""

    ref: int
    what: str  # "mục tiêu", "cơ sở 2025", "mới nhất 2026"
    where: str


@dataclass(frozen=True, slots=True)
class Series:
    """A key indicator's yearly values in the province, with the target to reach."""

    indicator_id: str
    name: str
    unit: str
    points: tuple[Point, ...]
    target: float
    target_year: int


@dataclass(frozen=True, slots=True)
class ReportContent:
    province: Province
    year: int
    period: Period
    made_on: date
    sections: tuple[Section, ...]
    summary: tuple[PillarSummary, ...]
    series: tuple[Series, ...]
    sources: tuple[SourceNote, ...]
    observations: tuple[ObservationRow, ...]  # every value of the province up to the period
    unmatched: int  # targets without a catalogue indicator, not evaluated

    @property
    def lines(self) -> list[Line]:
        return [line for s in self.sections for line in s.lines]

    @property
    def at_risk(self) -> list[Line]:
        return [line for line in self.lines if line.status.status in AT_RISK]

    @property
    def title(self) -> str:
        when = f"6 tháng đầu năm {self.year}" if self.period == "H1" else f"năm {self.year}"
        return f"Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số {when}"

    def count(self, status: Status) -> int:
        return sum(p.count(status) for p in self.summary)


def pillar_name(pillar: str) -> str:
    return PILLAR_NAMES_VI.get(pillar, "chưa xếp trụ cột").capitalize()


@lru_cache(maxsize=4096)  # called once per row of a million-row table, on few distinct files
def file_name(source: str | None) -> str:
    """A stored path as its file name (server folders are nobody's business); URLs as they are."""
    if not source:
        return ""
    return source if "://" in source else Path(source).name


def _check(year: int, period: str) -> None:
    if period not in PERIODS:
        raise MuctieuError(f"kỳ báo cáo '{period}' phải là H1 hoặc year",
                           f"report period '{period}' must be H1 or year", where="--period")
    if not 2000 <= year <= 2100:
        raise MuctieuError(f"năm {year} nằm ngoài 2000–2100", f"year {year} is outside 2000–2100",
                           where="--year")


def _in_period(o: ObservationRow, year: int, period: Period) -> bool:
    """Yearly values up to the report's year (the year before, mid-year); and the
    half-year's own quarterly or monthly values."""
    if o.quarter is None and o.month is None:
        return o.year <= (year if period == "year" else year - 1)
    if o.year != year:
        return o.year < year
    return period == "year" or (o.quarter or 0) <= 2 and (o.month or 0) <= 6


class _Sources:
    """Describes each number by the stored rows behind it."""

    def __init__(self, engine: Engine, province: Province, observations: list[ObservationRow],
                 stored: dict[int, TargetRow], documents: dict[int, DocumentRow]) -> None:
        self.province = province
        self.documents = documents
        self.stored = stored
        self.own: dict[tuple[str, int], list[ObservationRow]] = defaultdict(list)
        self.communes: dict[tuple[str, int], list[ObservationRow]] = defaultdict(list)
        for o in observations:
            if o.quarter is None and o.month is None:
                (self.own if o.unit_level == "province" else self.communes)[
                    (o.indicator_id, o.year)].append(o)
        spans = [(t.document_id, t.start, t.end) for t in stored.values()]
        spans += [(o.document_id, o.span_start, o.span_end) for o in observations
                  if o.document_id is not None and o.span_start is not None and o.span_end is not None]
        self.quotes = span_texts(engine, spans)

    def document(self, doc_id: int, start: int, end: int) -> str:
        d = self.documents.get(doc_id)
        name = f"Kế hoạch số {d.plan_number}" if d and d.plan_number else (d and d.title) or "Văn bản"
        quote = self.quotes.get((doc_id, start, end), "")
        return (f"{name} ({file_name(d.source) if d else '?'}, tài liệu #{doc_id}), "
                f"ký tự {start}–{end}: «{quote}»")

    def target(self, line: Line) -> str:
        t = self.stored.get(int(line.status.target.id))
        return self.document(t.document_id, t.start, t.end) if t else line.status.target.source

    def observation(self, o: ObservationRow) -> str:
        if o.source_kind == "document" and o.document_id is not None and o.span_start is not None:
            text = "kết quả nêu trong " + self.document(o.document_id, o.span_start, o.span_end or o.span_start)
        elif o.source_kind == "upload":
            text = f"tệp {file_name(o.source_file)}, dòng {o.source_row}"
        else:
            text = "nhập qua API"
        return f"{text}; người nhập: {o.submitted_by} (số liệu #{o.id})"

    def point(self, indicator_id: str, p: Point) -> str:
        own = self.own.get((indicator_id, p.year))
        if own:
            return "; ".join(self.observation(o) for o in own)
        rows = self.communes.get((indicator_id, p.year))
        if not rows:
            return p.source  # the plan's own stated result, as evaluation names it
        by_file: dict[str, list[int]] = defaultdict(list)
        for o in rows:
            by_file[file_name(o.source_file) or "API"].append(o.source_row or 0)
        files = "; ".join(f"tệp {f}, dòng {min(r)}–{max(r)}" for f, r in sorted(by_file.items()))
        who = ", ".join(sorted({o.submitted_by for o in rows}))
        return (f"tổng hợp từ số liệu của {len({o.unit_code for o in rows})} xã/phường "
                f"({files}; người nhập: {who}); {p.source}")


def _series(statuses: list[TargetStatus], points: dict[tuple[str, str], list[Point]]) -> list[Series]:
    cat = {i.id: i for i in catalogue()}
    chosen: dict[str, Series] = {}
    for s in statuses:
        t = s.target
        pts = points.get((t.indicator_id, t.province), [])
        if t.indicator_id in chosen or t.indicator_id not in cat or len(pts) < 2:
            continue
        ind = cat[t.indicator_id]
        chosen[t.indicator_id] = Series(t.indicator_id, ind.name_vi, t.unit, tuple(pts),
                                        s.target_value, t.year)
    return list(chosen.values())[:KEY_INDICATORS]


def build_content(engine: Engine, province: str, year: int, period: Period = "year",
                  *, made_on: date | None = None) -> ReportContent:
    """The report of `province` (any old or new name) for `year` and `period`.

    Covers the targets still open that year (due that year or later); values
    count up to the report's period.
    """
    _check(year, period)
    prov = find_province(province, where="--province")
    inputs = store_inputs(engine, province=prov.name)
    targets = [t for t in inputs.targets if t.year >= year]
    if not targets:
        raise MuctieuError(
            f"chưa có chỉ tiêu nào của {prov.name} còn hiệu lực năm {year} trong kho "
            "(hãy chạy `muctieu ingest` trước)",
            f"no stored target of {prov.name} in force in {year} (run `muctieu ingest` first)",
            where="--province")
    cutoff = year if period == "year" else year - 1
    provincial = [o for o in inputs.provincial if o.year <= cutoff]
    sums = [c for c in inputs.commune_sums if c.year <= cutoff]
    ev = evaluate_from_sums(targets, provincial, sums, inputs.aggregation,
                            expected_communes=inputs.expected_communes, as_of=year)
    observations = [o for o in read_observations(engine, province_code=prov.code)
                    if _in_period(o, year, period)]
    ordered = sorted(ev.statuses, key=lambda s: (s.target.pillar or "~", s.target.indicator_id,
                                                 s.target.year, str(s.target.id)))
    lines = [Line(i, s, table_row(s)) for i, s in enumerate(ordered, 1)]
    by_pillar: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        by_pillar[line.status.target.pillar or ""].append(line)
    sections = tuple(Section(p, pillar_name(p), tuple(ls)) for p, ls in by_pillar.items())

    stored = {t.id: t for t in read_targets(engine, province_code=prov.code)}
    documents = {d.id: d for d in read_documents(engine)}
    src = _Sources(engine, prov, observations, stored, documents)
    notes: list[SourceNote] = []
    for line in lines:
        s = line.status
        notes.append(SourceNote(line.ref, "mục tiêu", src.target(line)))
        if s.baseline is not None:
            notes.append(SourceNote(line.ref, f"cơ sở {s.baseline.year}",
                                    src.point(s.target.indicator_id, s.baseline)))
        if s.latest is not None and s.latest is not s.baseline:
            notes.append(SourceNote(line.ref, f"mới nhất {s.latest.year}",
                                    src.point(s.target.indicator_id, s.latest)))
    series = _series(ordered, province_series(provincial, ev.rollups))
    return ReportContent(
        province=prov, year=year, period=period, made_on=made_on or date.today(),
        sections=sections, summary=tuple(pillar_summary(ordered)), series=tuple(series),
        sources=tuple(notes), observations=tuple(observations), unmatched=inputs.unmatched,
    )

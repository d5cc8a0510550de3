"""Rows of the evaluation table and its per-pillar summary, as plain text cells.

Numbers are written the Vietnamese way (decimal comma); rendering to a
terminal, a web page or a document is left to the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from muctieu.evaluate.attainment import Point, TargetStatus
from muctieu.evaluate.compare import ComparisonRow, PillarSummary, pillar_summary
from muctieu.evaluate.rows import TargetRow

_UNIT_SUFFIX = {"%": "%", "rank": " (hạng/rank)", "count": "", "other": ""}


@dataclass(frozen=True, slots=True)
class TableRow:
    """One line of the evaluation table; every cell is ready to print."""

    target_id: str
    province: str
    indicator: str
    pillar: str
    target: str
    status: str
    status_code: str
    baseline: str
    latest: str
    gap: str
    rates: str
    source: str


@dataclass(frozen=True, slots=True)
class Report:
    rows: tuple[TableRow, ...]
    summary: tuple[PillarSummary, ...]


def build_report(statuses: Iterable[TargetStatus]) -> Report:
    """The evaluation table (province, pillar, indicator order) and summary."""
    items = sorted(
        statuses,
        key=lambda s: (s.target.province, s.target.pillar or "", s.target.indicator_id,
                       s.target.year, str(s.target.id)),
    )
    return Report(tuple(table_row(s) for s in items), tuple(pillar_summary(items)))


def table_row(s: TargetStatus) -> TableRow:
    t = s.target
    return TableRow(
        target_id=str(t.id),
        province=province_label(t),
        indicator=t.indicator + (f" ({t.scope})" if t.scope else ""),
        pillar=t.pillar or "",
        target=target_text(t),
        status=s.status.label,
        status_code=s.status.value,
        baseline=point_text(s.baseline, t),
        latest=point_text(s.latest, t),
        gap="" if s.gap is None else number(s.gap) + _UNIT_SUFFIX[t.unit],
        rates=rates_text(s),
        source=source_text(s),
    )


def province_label(t: TargetRow) -> str:
    """Current province, with the plan's own name when a merger changed it."""
    if t.province_original and t.province_original != t.province:
        return f"{t.province} (kế hoạch của/plan of {t.province_original})"
    return t.province


def number(v: float, digits: int = 2) -> str:
    """1234.5 → '1 234,5' (space grouping, decimal comma, no trailing zeros)."""
    s = f"{v:,.{digits}f}".rstrip("0").rstrip(".")
    return s.replace(",", " ").replace(".", ",")


def target_text(t: TargetRow) -> str:
    suffix = _UNIT_SUFFIX[t.unit]
    if t.op == "between":
        body = f"{number(t.value)}–{number(t.value_max or t.value)}{suffix}"
    else:
        body = f"{t.op} {number(t.value)}{suffix}"
    return f"{body} ({t.year})"


def point_text(p: Point | None, t: TargetRow) -> str:
    return "" if p is None else f"{number(p.value)}{_UNIT_SUFFIX[t.unit]} ({p.year})"


def rates_text(s: TargetStatus) -> str:
    """Observed and required yearly rates and their ratio, for checking by hand."""
    if s.observed_rate is None or s.required_rate is None:
        return s.note or ""
    ratio = "" if s.ratio is None else f"; R = {number(s.ratio, 3)}"
    text = (
        f"thực tế/observed {number(100 * s.observed_rate)}%/năm, "
        f"cần/required {number(100 * s.required_rate)}%/năm{ratio}"
    )
    if s.zero_replaced:
        text += " (0 → 0,001)"
    if s.note:
        text += f"; {s.note}"
    return text


def source_text(s: TargetStatus) -> str:
    parts = [f"chỉ tiêu/target: {s.target.source}"]
    if s.baseline is not None and s.baseline is not s.latest:
        parts.append(f"cơ sở/baseline: {s.baseline.source}")
    if s.latest is not None:
        parts.append(f"số liệu/value: {s.latest.source}")
    return "; ".join(parts)


def status_record(s: TargetStatus) -> dict[str, Any]:
    """A status as plain JSON-ready fields (for ``--json`` output and the API)."""
    t = s.target
    return {
        "target_id": t.id,
        "province": t.province,
        "province_original": t.province_original,
        "indicator_id": t.indicator_id,
        "indicator": t.indicator,
        "pillar": t.pillar,
        "scope": t.scope,
        "op": t.op,
        "value": t.value,
        "value_max": t.value_max,
        "unit": t.unit,
        "year": t.year,
        "target_value": s.target_value,
        "status": s.status.value,
        "status_label": s.status.label,
        "baseline_value": s.baseline.value if s.baseline else None,
        "baseline_year": s.baseline.year if s.baseline else None,
        "baseline_source": s.baseline.source if s.baseline else None,
        "latest_value": s.latest.value if s.latest else None,
        "latest_year": s.latest.year if s.latest else None,
        "latest_source": s.latest.source if s.latest else None,
        "observed_rate": s.observed_rate,
        "required_rate": s.required_rate,
        "ratio": s.ratio,
        "gap": s.gap,
        "zero_replaced": s.zero_replaced,
        "note": s.note,
        "source": t.source,
    }


def evaluation_document(statuses: list[TargetStatus], unmatched: int) -> dict[str, Any]:
    """`muctieu evaluate --json` and the API's evaluation: statuses, summary, unmatched count."""
    report = build_report(statuses)
    return {
        "targets": [status_record(s) for s in statuses],
        "summary": [{"pillar": p.pillar, "total": p.total,
                     **{s.value: n for s, n in p.counts}} for p in report.summary],
        "not_evaluated_without_indicator": unmatched,
    }


def comparison_records(rows: Iterable[ComparisonRow]) -> list[dict[str, Any]]:
    """`muctieu compare --json` and the API's comparison: one record per province."""
    return [
        {"rank": r.rank, "province": r.province, "province_original": r.province_original,
         "latest": r.latest.value if r.latest else None,
         "latest_year": r.latest.year if r.latest else None,
         **{k: v for k, v in status_record(r.status).items()
            if k in ("value", "value_max", "op", "status")}}
        for r in rows
    ]

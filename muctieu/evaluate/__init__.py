"""Attainment of targets from observations: statuses, roll-ups, comparisons.

Pure functions over plain rows (:mod:`muctieu.evaluate.rows`): no database,
no HTTP, no rendering. Entry points for the CLI and the web layer:

* :func:`evaluate_all` / :func:`evaluate_from_sums` — a status per target;
* :func:`compare` and :func:`pillar_summary` — provinces side by side;
* :func:`build_report` — the cells of the evaluation table and its summary.
"""

from muctieu.evaluate.attainment import Point, TargetStatus, evaluate_target
from muctieu.evaluate.categories import Status
from muctieu.evaluate.compare import ComparisonRow, PillarSummary, compare, pillar_summary
from muctieu.evaluate.pipeline import Evaluation, evaluate_all, evaluate_from_sums
from muctieu.evaluate.report import Report, TableRow, build_report, status_record
from muctieu.evaluate.rollup import CommuneSums, RollupRow, rollup_sums, sum_communes
from muctieu.evaluate.rows import ObservationRow, TargetRow
from muctieu.evaluate.trend import TrendStatus, trend_status

__all__ = [
    "CommuneSums",
    "ComparisonRow",
    "Evaluation",
    "ObservationRow",
    "PillarSummary",
    "Point",
    "Report",
    "RollupRow",
    "Status",
    "TableRow",
    "TargetRow",
    "TargetStatus",
    "TrendStatus",
    "build_report",
    "compare",
    "evaluate_all",
    "evaluate_from_sums",
    "evaluate_target",
    "pillar_summary",
    "rollup_sums",
    "status_record",
    "sum_communes",
    "trend_status",
]

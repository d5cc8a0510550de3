"""Plain input records for evaluation: what the store hands over, nothing more.

These are deliberately independent of the store's SQLAlchemy models so that
evaluation stays a set of pure functions over rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from muctieu.errors import MuctieuError
from muctieu.extract.records import Op, Unit

Direction = Literal["higher", "lower"]
Level = Literal["province", "commune"]
Aggregation = Literal["ratio", "sum", "mean", "none"]

OPS: frozenset[str] = frozenset({">=", ">", "<=", "<", "=", "~", "between"})
AGGREGATIONS: frozenset[str] = frozenset({"ratio", "sum", "mean", "none"})


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One confirmed target of a plan, placed under today's province.

    `province` is the current province (after the 2025 mergers) the target is
    evaluated under; `province_original` is the name the plan itself used, kept
    for display (a 2022 Hậu Giang target is evaluated under Cần Thơ).
    `baseline_value`/`baseline_year` hold the plan's own stated result for an
    earlier year, when the plan gives one.
    """

    id: int | str
    province: str
    province_original: str
    indicator_id: str
    indicator: str
    pillar: str | None
    scope: str | None
    op: Op
    value: float
    value_max: float | None
    unit: Unit
    year: int
    plan_year: int | None
    direction: Direction
    source: str
    baseline_value: float | None = None
    baseline_year: int | None = None
    baseline_source: str | None = None

    def __post_init__(self) -> None:
        where = f"chỉ tiêu/target {self.id}"
        if not isinstance(self.value, (int, float)) or not isinstance(self.year, int):
            raise MuctieuError(
                "chỉ tiêu cần một giá trị số và một năm hạn",
                "a target needs a numeric value and a deadline year",
                where=where,
            )
        if self.op not in OPS:
            raise MuctieuError(
                f"phép so sánh '{self.op}' không hợp lệ",
                f"comparator '{self.op}' is not valid",
                where=where,
            )
        if self.direction not in ("higher", "lower"):
            raise MuctieuError(
                f"hướng '{self.direction}' phải là 'higher' hoặc 'lower'",
                f"direction '{self.direction}' must be 'higher' or 'lower'",
                where=where,
            )
        if self.op == "between" and (self.value_max is None or self.value_max < self.value):
            raise MuctieuError(
                "khoảng mục tiêu cần cận trên không nhỏ hơn cận dưới",
                "a 'between' target needs an upper bound not below its lower bound",
                where=where,
            )
        if (self.baseline_value is None) != (self.baseline_year is None):
            raise MuctieuError(
                "giá trị cơ sở cần đi kèm năm cơ sở",
                "a baseline value needs its baseline year (and vice versa)",
                where=where,
            )


@dataclass(frozen=True, slots=True)
class ObservationRow:
    """One measured value of an indicator for one unit and year.

    A rate may come as `value` (already a percentage) or as `numerator` and
    `denominator`; only the latter can be rolled up correctly from communes.
    `province` is the current province the unit belongs to.
    """

    indicator_id: str
    level: Level
    unit_code: str
    unit_name: str
    province: str
    year: int
    value: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    source: str = ""

    def __post_init__(self) -> None:
        if self.level != "province" and self.level != "commune":
            raise MuctieuError(
                f"cấp '{self.level}' phải là 'province' hoặc 'commune'",
                f"level '{self.level}' must be 'province' or 'commune'",
                where=self.where(),
            )
        has_fraction = self.numerator is not None and self.denominator is not None
        if self.value is None and not has_fraction:
            raise MuctieuError(
                "số liệu thiếu cả giá trị lẫn tử số/mẫu số",
                "observation has neither a value nor a numerator and denominator",
                where=self.where(),
            )
        if has_fraction and self.denominator < 0:  # type: ignore[operator]
            raise MuctieuError(
                "mẫu số không được âm",
                "denominator must not be negative",
                where=self.where(),
            )

    def where(self) -> str:
        return f"{self.indicator_id} · {self.unit_name or self.unit_code} · {self.year}"

    def resolved_value(self) -> float | None:
        """The value as a number: `value`, else numerator/denominator in percent."""
        if self.value is not None:
            return self.value
        if self.numerator is not None and self.denominator:
            return 100.0 * self.numerator / self.denominator
        return None

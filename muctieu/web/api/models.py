"""The API's request and response bodies (they make the OpenAPI schema)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Cell = int | float | str | None


class Message(BaseModel):
    vi: str
    en: str


class Me(BaseModel):
    name: str
    role: str
    province_code: str | None
    communes: list[str]
    agencies: list[str]


class FormerProvince(BaseModel):
    name: str
    code: str


class ProvinceOut(BaseModel):
    code: str
    name: str
    full_name: str
    published: bool
    formed_from: list[FormerProvince] = Field(description="tỉnh trước 7/2025 / provinces before July 2025")


class FormerProvinceOut(BaseModel):
    name: str
    code: str = Field(description="mã trước 2025 / pre-2025 code")
    now_code: str
    now_name: str


class Provinces(BaseModel):
    current: list[ProvinceOut]
    former: list[FormerProvinceOut]


class IndicatorOut(BaseModel):
    id: str
    name_vi: str
    name_en: str
    pillar: str
    unit: str
    direction: str
    aggregation: str


class PageInfo(BaseModel):
    total: int
    limit: int
    offset: int


class DocumentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    source: str
    format: str
    province: str | None
    province_current: str | None
    province_code: str | None
    plan_number: str | None
    issued: date | None
    plan_year: int | None
    title: str | None
    ingested_at: datetime
    ingested_by: str
    targets: int


class DocumentPage(PageInfo):
    items: list[DocumentOut]


class TargetOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    document_id: int
    province: str | None
    province_current: str | None
    province_code: str | None
    kind: str
    indicator: str
    indicator_id: str | None
    indicator_score: float | None
    pillar: str | None
    scope: str | None
    op: str
    value: float
    value_max: float | None
    unit: str
    unit_text: str | None
    year: int | None
    review_state: str
    start: int
    end: int


class TargetPage(PageInfo):
    items: list[TargetOut]


class ObservationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    indicator_id: str
    unit_level: str
    unit_code: str
    unit_name: str
    province_code: str
    year: int
    quarter: int | None
    month: int | None
    period: str
    value: float | None
    numerator: float | None
    denominator: float | None
    source_kind: str


class ObservationPage(PageInfo):
    items: list[ObservationOut]


class FigureIn(BaseModel):
    """One figure, with the columns of the upload template (checked the same way)."""

    model_config = ConfigDict(extra="forbid")
    indicator_id: Cell = None
    province: Cell = None
    unit_code: Cell = None
    year: Cell = None
    quarter: Cell = None
    month: Cell = None
    value: Cell = None
    numerator: Cell = None
    denominator: Cell = None
    note: Cell = None


class FigureBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rows: list[FigureIn] = Field(min_length=1, max_length=10_000)


class ProblemOut(BaseModel):
    row: int
    column: str | None
    value: str
    vi: str
    en: str


class ImportOut(BaseModel):
    written: bool
    rows: int
    inserted: int
    replaced: int
    unchanged: int
    rejected_rows: int
    problems: list[ProblemOut]


class DocumentIngested(BaseModel):
    document_id: int
    status: Literal["new", "unchanged"]
    targets: int
    observations: int


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: Literal["confirmed", "corrected", "rejected"]
    corrections: dict[str, Any] | None = None


class Evaluation(BaseModel):
    targets: list[dict[str, Any]]
    summary: list[dict[str, Any]]
    not_evaluated_without_indicator: int

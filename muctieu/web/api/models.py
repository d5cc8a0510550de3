"""The API's request and response bodies (they make the OpenAPI schema)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from muctieu.store.pages import DocumentRow
from muctieu.store.read import ObservationRow, TargetRow

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


class PublicationOut(BaseModel):
    province_code: str
    published: bool = Field(description="đã công bố sau yêu cầu này / published after this request")
    changed: bool = Field(description="yêu cầu này có thay đổi gì không / whether this request changed it")
    vi: str
    en: str


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


class DocumentPage(PageInfo):
    items: list[DocumentRow]


class TargetPage(PageInfo):
    items: list[TargetRow]


class ObservationPage(PageInfo):
    items: list[ObservationRow]


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

"""Read endpoints: provinces, indicators, documents, targets, observations,
evaluation and comparisons. The public sees published provinces only; an
account also sees its own province; an admin sees everything."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from muctieu.catalog.indicators import catalogue
from muctieu.catalog.units import current_provinces, old_provinces
from muctieu.errors import MuctieuError
from muctieu.evaluate.compare import compare
from muctieu.evaluate.from_store import evaluate_store
from muctieu.evaluate.report import comparison_records, evaluation_document
from muctieu.extract.records import PILLAR_NAMES_VI
from muctieu.store.actors import Actor
from muctieu.store.models import REVIEW_STATES, UNIT_LEVELS
from muctieu.store.pages import Page, page_documents, page_observations, page_targets
from muctieu.web.api import models as m
from muctieu.web.api.cache import Visible, json_read
from muctieu.web.api.visibility import province_code, require_visible
from muctieu.web.security.deps import Refused, reader

router = APIRouter(tags=["đọc / read"])
# Served from the cache in the event loop when it can be, else in one worker thread.
ActorDep = Annotated[Actor, Depends(reader)]
Limit = Annotated[int, Query(ge=1, le=1000, description="số dòng mỗi trang / page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Year = Annotated[int | None, Query(ge=1900, le=2200)]
Province = Annotated[str | None, Query(max_length=100, description="mã hoặc tên tỉnh / code or name")]
Pillar = Literal[tuple(PILLAR_NAMES_VI)]  # type: ignore[valid-type]


def _indicator(request: Request, indicator_id: str | None) -> str | None:
    if indicator_id is not None and request.app.state.references.indicators.indicator(
            indicator_id) is None:
        raise Refused(422, f"indicator: không có chỉ tiêu '{indicator_id}' trong danh mục",
                      f"indicator: no indicator '{indicator_id}' in the catalogue")
    return indicator_id


@router.get("/me", response_model=m.Me, summary="Tài khoản đang dùng / who is asking")
async def me(actor: ActorDep) -> m.Me:
    return m.Me(name=actor.name, role=actor.role, province_code=actor.province_code,
                communes=sorted(actor.communes), agencies=sorted(actor.agencies))


@router.get("/provinces", response_model=m.Provinces,
            summary="Tỉnh hiện nay và trước 7/2025 / provinces today and before July 2025")
async def provinces(request: Request, actor: ActorDep) -> Response:
    def compute(published: Visible) -> m.Provinces:
        current = [
            m.ProvinceOut(code=p.code, name=p.name, full_name=p.full_name,
                          published=p.code in published,  # type: ignore[operator]
                          formed_from=[m.FormerProvince(name=o.name, code=o.code)
                                       for o in p.merged_from])
            for p in current_provinces()
        ]
        names = {p.code: p.name for p in current_provinces()}
        former = [m.FormerProvinceOut(name=o.name, code=o.code, now_code=o.current_code,
                                      now_name=names.get(o.current_code, ""))
                  for o in old_provinces()]
        return m.Provinces(current=current, former=former)

    return await json_read(request, actor, ("provinces",), (), compute, public_only=True)


@router.get("/indicators", response_model=list[m.IndicatorOut],
            summary="Danh mục chỉ tiêu / indicator catalogue")
def indicators(pillar: Pillar | None = None) -> list[m.IndicatorOut]:
    return [m.IndicatorOut(id=i.id, name_vi=i.name_vi, name_en=i.name_en, pillar=i.pillar,
                           unit=i.unit, direction=i.direction, aggregation=i.aggregation)
            for i in catalogue() if pillar is None or i.pillar == pillar]


def _page(page: Page[Any], limit: int, offset: int) -> dict[str, Any]:
    """A page as its response model lays it out (PageInfo first, then the items)."""
    return {"total": page.total, "limit": limit, "offset": offset, "items": page.items}


@router.get("/documents", response_model=m.DocumentPage, summary="Văn bản / documents")
async def documents(request: Request, actor: ActorDep, province: Province = None,
                    plan_year: Year = None, limit: Limit = 100, offset: Offset = 0) -> Response:
    code = province_code(request, province)
    engine = request.app.state.engine
    return await json_read(
        request, actor, ("documents", code, plan_year, limit, offset), ("documents", "targets"),
        lambda visible: _page(page_documents(engine, provinces=visible, province_code=code,
                                             plan_year=plan_year, limit=limit, offset=offset,
                                             records=True),
                              limit, offset))


@router.get("/targets", response_model=m.TargetPage, summary="Chỉ tiêu / targets")
async def targets(
    request: Request, actor: ActorDep, province: Province = None,
    indicator: Annotated[str | None, Query(max_length=64)] = None,
    pillar: Pillar | None = None, year: Year = None,
    kind: Literal["target", "result"] | None = None,
    review_state: Literal[REVIEW_STATES] | None = None,  # type: ignore[valid-type]
    limit: Limit = 100, offset: Offset = 0,
) -> Response:
    code, indicator = province_code(request, province), _indicator(request, indicator)
    engine = request.app.state.engine
    return await json_read(
        request, actor, ("targets", code, indicator, pillar, year, kind, review_state, limit,
                         offset), ("documents", "targets"),
        lambda visible: _page(page_targets(
            engine, provinces=visible, province_code=code, indicator_id=indicator,
            pillar=pillar, year=year, kind=kind, review_state=review_state, limit=limit,
            offset=offset, records=True), limit, offset))


@router.get("/observations", response_model=m.ObservationPage, summary="Số liệu / figures")
async def observations(
    request: Request, actor: ActorDep, province: Province = None,
    indicator: Annotated[str | None, Query(max_length=64)] = None, year: Year = None,
    unit_level: Literal[UNIT_LEVELS] | None = None,  # type: ignore[valid-type]
    unit_code: Annotated[str | None, Query(max_length=16, pattern=r"^[0-9A-Za-z]+$")] = None,
    limit: Limit = 100, offset: Offset = 0,
) -> Response:
    code, indicator = province_code(request, province), _indicator(request, indicator)
    engine = request.app.state.engine
    return await json_read(
        request, actor, ("observations", code, indicator, year, unit_level, unit_code, limit,
                         offset), ("documents", "observations"),
        lambda visible: _page(page_observations(
            engine, provinces=visible, province_code=code, indicator_id=indicator, year=year,
            unit_level=unit_level, unit_code=unit_code, limit=limit, offset=offset,
            records=True), limit, offset))


EVALUATED = ("documents", "targets", "observations")


def _visible_names(visible: Visible, code: str | None) -> tuple[str | None, Visible]:
    """(province name to evaluate, names the reader may see) for evaluate_store."""
    names = {p.code: p.name for p in current_provinces()}
    if code is not None:
        require_visible(visible, code)
        return names.get(code, code), None
    return None, None if visible is None else frozenset(names[c] for c in visible if c in names)


AsOf = Annotated[int | None, Query(ge=1900, le=2200, description="năm đánh giá / evaluation year")]


@router.get("/evaluation", response_model=m.Evaluation,
            summary="Đánh giá, như `muctieu evaluate --json` / evaluation")
async def evaluation(request: Request, actor: ActorDep, province: Province = None,
                     year: Year = None, as_of: AsOf = None) -> Response:
    code, as_of = province_code(request, province), as_of or date.today().year
    engine = request.app.state.engine

    def compute(visible: Visible) -> dict[str, Any]:
        name, names = _visible_names(visible, code)
        inputs, result = evaluate_store(engine, province=name, year=year, as_of=as_of,
                                        provinces=names)
        return evaluation_document(result.statuses, inputs.unmatched)

    return await json_read(request, actor, ("evaluation", code, year, as_of), EVALUATED, compute)


@router.get("/comparisons", response_model=list[dict[str, Any]],
            summary="So sánh các tỉnh, như `muctieu compare --json` / comparison")
async def comparisons(
    request: Request, actor: ActorDep,
    indicator: Annotated[str, Query(max_length=64)], year: Annotated[int, Query(ge=1900, le=2200)],
    as_of: AsOf = None,
) -> Response:
    _indicator(request, indicator)
    as_of = as_of or date.today().year
    engine = request.app.state.engine

    def compute(visible: Visible) -> list[dict[str, Any]]:
        _, names = _visible_names(visible, None)
        _, result = evaluate_store(engine, year=year, as_of=as_of, provinces=names)
        try:
            return comparison_records(compare(indicator, year, result.statuses))
        except MuctieuError as exc:  # provinces disagree on the indicator's direction
            raise Refused(422, exc.vi, exc.en) from None

    return await json_read(request, actor, ("comparisons", indicator, year, as_of), EVALUATED,
                           compute)


@router.get("/open-data/{table}", response_model=list[dict[str, Any]], summary="Bảng dữ liệu mở (các tỉnh đã công bố) / an open-data table (published provinces)")
async def open_data_table(request: Request, actor: ActorDep, table: str) -> Response:
    """The rows `muctieu publish` writes for `table` (provinces, province_succession,
    indicators, documents, targets, observations, evaluation): published provinces
    only, whoever asks, as on /du-lieu-mo."""
    from muctieu.publish.open_data import SPECS, build_open_data

    if table not in SPECS:
        raise Refused(404, f"không có bảng '{table}' (có: {', '.join(SPECS)})",
                      f"no table '{table}' (there are: {', '.join(SPECS)})")
    engine = request.app.state.engine
    return await json_read(
        request, actor, ("open-data", table), (*EVALUATED, "publications"),
        lambda _: [dict(r) for r in build_open_data(engine).tables[table]], public_only=True)

from sqlalchemy import select
from sqlalchemy.orm import Session

from muctieu.documents.model import Document, DocumentMeta
from muctieu.extract.records import TargetRecord
from muctieu.store.ingest import ingest_document
from muctieu.store.models import Target
from muctieu.store.review import review_target
from tests.store_doubles import match
from muctieu.store.actors import system


def _plan(text: str, year: int) -> tuple[Document, list[TargetRecord]]:
    doc = Document(source=f"kh-{year}.txt", text=text, format="txt",
                   meta=DocumentMeta(province="Bình Định", plan_year=year))
    start = text.index("Tỷ lệ")
    rec = TargetRecord(kind="target", indicator="Tỷ lệ thôn có loa truyền thanh thông minh",
                       scope=None, op=">=", value=80.0, value_max=None, unit="%",
                       unit_text=None, year=year, pillar=None, start=start, end=len(text),
                       anchor=text.index("80"))
    return doc, [rec]


def test_an_indicator_chosen_in_review_is_given_to_the_same_wording_next_year(engine, refs):
    doc, recs = _plan("Năm 2025: Tỷ lệ thôn có loa truyền thanh thông minh đạt 80%.", 2025)
    ingest_document(engine, doc, recs, match=match, units=refs.units, who=system("may"))
    with Session(engine) as s:
        first = s.scalars(select(Target)).one()
    assert first.indicator_id is None  # the stand-in matcher does not know this wording
    review_target(engine, first.id, "corrected", system("an"), {"indicator_id": "dvc_toan_trinh"})

    doc, recs = _plan("Năm 2026: Tỷ lệ thôn có loa truyền thanh thông minh đạt 80%!", 2026)
    ingest_document(engine, doc, recs, match=match, units=refs.units, who=system("may"))
    with Session(engine) as s:
        second = s.scalars(select(Target).where(Target.year == 2026)).one()
    assert (second.indicator_id, second.indicator_score) == ("dvc_toan_trinh", 1.0)


def test_a_wording_near_one_chosen_in_review_gets_the_choice_in_the_next_plan(engine, refs):
    def plan(wording: str, year: int) -> tuple[Document, list[TargetRecord]]:
        text = f"Năm {year}: {wording} đạt 1.200 hộ."
        doc = Document(source=f"kh-gan-{year}.txt", text=text, format="txt",
                       meta=DocumentMeta(province="Bình Định", plan_year=year))
        rec = TargetRecord(kind="target", indicator=wording, scope=None, op=">=", value=1200.0, value_max=None,
                           unit="count", unit_text=None, year=year, pillar=None, start=0, end=len(text),
                           anchor=text.index("1.200"))
        return doc, [rec]

    ingest_document(engine, *plan("Số hộ dân vùng cao được kéo cáp quang về tận nhà", 2025),
                    match=match, units=refs.units, who=system("may"))
    with Session(engine) as s:
        first = s.scalars(select(Target)).one()
    review_target(engine, first.id, "corrected", system("an"), {"indicator_id": "infra.internet_subscriptions_count"})
    # next year's plan words it otherwise: no exact key, but nothing is nearer than the choice
    ingest_document(engine, *plan("hộ dân vùng cao được kéo cáp quang về nhà", 2026),
                    match=match, units=refs.units, who=system("may"))
    with Session(engine) as s:
        second = s.scalars(select(Target).where(Target.year == 2026)).one()
    assert second.indicator_id == "infra.internet_subscriptions_count"
    assert 0.5 <= second.indicator_score < 1.0  # a near match, not the same wording

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from muctieu.store.ingest import ingest_document, ingest_path
from muctieu.store.models import AuditEntry, Document, DocumentFile, Observation, Target
from tests.store_doubles import PLAN_TEXT, match, plan, plan_records
from muctieu.store.actors import system
from muctieu.extract.records import TargetRecord


def _count(engine, model) -> int:
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_document_and_targets_are_stored_with_spans_and_ids(engine, refs):
    outcome = ingest_document(engine, plan(), plan_records(), match=match, units=refs.units,
                              who=system("lan"))
    assert (outcome.status, outcome.targets, outcome.observations) == ("new", 3, 1)
    with Session(engine) as s:
        doc = s.scalars(select(Document)).one()
        assert (doc.province, doc.province_current, doc.province_code) == (
            "Bình Định", "Gia Lai", "52")
        assert doc.plan_year == 2024 and doc.sha256 == plan().sha256
        online = next(t for t in doc.targets if t.indicator_id == "dvc_toan_trinh")
        assert doc.text[online.start:online.end] == "100% dịch vụ công trực tuyến toàn trình"
        assert doc.text[online.anchor:online.anchor + 3] == "100"
        assert online.review_state == "extracted" and online.indicator_score == 0.9
        unmatched = next(t for t in doc.targets if t.scope == "cấp xã")
        assert unmatched.indicator_id is None


def test_a_stated_result_becomes_an_observation_traced_to_its_span(engine, refs):
    ingest_document(engine, plan(), plan_records(), match=match, units=refs.units, who=system("lan"))
    with Session(engine) as s:
        obs = s.scalars(select(Observation)).one()
        doc = s.scalars(select(Document)).one()
    assert (obs.indicator_id, obs.unit_level, obs.unit_code, obs.period, obs.value) == (
        "chu_ky_so_ca_nhan", "province", "52", "2023", 57877)
    assert obs.source_kind == "document" and obs.document_id == doc.id
    assert PLAN_TEXT[obs.span_start:obs.span_end] == "đã cấp 57.877 chữ ký số cá nhân"


def test_same_content_twice_changes_nothing(engine, refs):
    first = ingest_document(engine, plan(), plan_records(), match=match, units=refs.units,
                            who=system("lan"))
    again = ingest_document(engine, plan(source="copy.txt"), plan_records(), match=match,
                            units=refs.units, who=system("lan"))
    assert again.status == "unchanged" and again.document_id == first.document_id
    assert (_count(engine, Document), _count(engine, Target), _count(engine, AuditEntry)) == (
        1, 3, 2)  # the document's ingest entry and the observation's insert


def test_a_failure_leaves_nothing_half_written(engine, refs):
    def failing_match(wording, unit=None):
        if "hồ sơ" in wording:
            raise RuntimeError("catalogue broke")
        return match(wording, unit)

    with pytest.raises(RuntimeError):
        ingest_document(engine, plan(), plan_records(), match=failing_match, units=refs.units,
                        who=system("lan"))
    assert [_count(engine, m) for m in (Document, Target, Observation, AuditEntry)] == [0] * 4


def test_a_later_document_replacing_a_result_is_audited(engine, refs):
    ingest_document(engine, plan(), plan_records(), match=match, units=refs.units, who=system("lan"))
    revised = PLAN_TEXT + "Số liệu được cập nhật theo báo cáo mới.\n"  # new content, same spans
    records = plan_records(revised)
    records[0].value = 58100.0
    ingest_document(engine, plan(revised, source="revised.txt"), records, match=match,
                    units=refs.units, who=system("minh"))
    with Session(engine) as s:
        obs = s.scalars(select(Observation)).one()
        entry = s.scalars(select(AuditEntry).where(AuditEntry.field == "replace")).one()
    assert obs.value == 58100
    assert (entry.who, entry.old["value"], entry.new["value"]) == ("minh", 57877, 58100)


def test_ingest_path_loads_extracts_and_stores(engine, refs, tmp_path):
    f = tmp_path / "plan.txt"
    f.write_text(PLAN_TEXT, encoding="utf-8")
    seen = {}

    def extract(text, *, plan_year=None):
        seen["plan_year"] = plan_year
        return plan_records(text)

    outcome = ingest_path(engine, f, extract=extract, match=match, units=refs.units, who=system("lan"))
    assert outcome.targets == 3 and seen.pop("plan_year") == 2024
    again = ingest_path(engine, f, extract=extract, match=match, units=refs.units, who=system("lan"))
    assert again.status == "unchanged" and seen == {}  # not extracted again
    with Session(engine) as s:
        kept = s.get(DocumentFile, outcome.document_id)
    assert (kept.filename, kept.size, kept.content) == (
        "plan.txt", len(PLAN_TEXT.encode()), PLAN_TEXT.encode())
    assert kept.media_type.startswith("text/plain")


def test_a_figure_of_another_province_is_kept_but_is_not_this_provinces(engine, refs):
    # a Bình Định report names Đà Nẵng's count beside its own
    text = PLAN_TEXT + "Cùng năm, chữ ký số cá nhân Đà Nẵng đã cấp 91.000.\n"
    records = plan_records(text)
    start = text.index("chữ ký số cá nhân Đà Nẵng")
    records.append(TargetRecord(start=start, end=len(text) - 2, anchor=text.index("91.000"), kind="result",
                                indicator="chữ ký số cá nhân Đà Nẵng", scope=None, op="=", value=91000,
                                value_max=None, unit="count", year=2023, pillar=None))
    outcome = ingest_document(engine, plan(text), records, match=match, units=refs.units, who=system("lan"))
    assert (outcome.targets, outcome.observations, outcome.results_skipped) == (4, 1, 1)
    with Session(engine) as s:
        other = s.scalars(select(Target).where(Target.value == 91000)).one()
        own = s.scalars(select(Target).where(Target.value == 57877)).one()
        assert (other.place, other.indicator_id) == ("Đà Nẵng", "chu_ky_so_ca_nhan")
        assert own.place is None
        assert [o.value for o in s.scalars(select(Observation))] == [57877]  # Bình Định's own figure

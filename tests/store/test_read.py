from muctieu.store.read import plan_years, read_documents, read_observations, read_targets, span_texts


def test_targets_come_with_their_document_province_and_year(planned):
    rows = read_targets(planned, province_code="52", plan_year=2024)
    assert [(r.kind, r.value, r.unit) for r in rows] == [
        ("result", 57877, "count"), ("target", 100, "%"), ("target", 60, "%")]
    first = rows[0]
    assert (first.province, first.province_current, first.plan_number, first.plan_year) == (
        "Bình Định", "Gia Lai", "33/KH-UBND", 2024)
    assert read_targets(planned, province_code="01") == []
    assert read_targets(planned, plan_year=2025) == []


def test_observations_are_plain_rows(planned):
    (obs,) = read_observations(planned)
    assert (obs.indicator_id, obs.unit_code, obs.period, obs.value, obs.source_kind) == (
        "chu_ky_so_ca_nhan", "52", "2023", 57877, "document")
    assert read_observations(planned, indicator_id="dvc_toan_trinh") == []
    assert obs.submitted_by == "tester" and obs.span_end > obs.span_start


def test_documents_without_their_text_and_quoted_spans(planned):
    (doc,) = read_documents(planned)
    assert (doc.source, doc.province_code, doc.plan_number) == ("ke-hoach-binh-dinh-2024.txt", "52", "33/KH-UBND")
    (obs,) = read_observations(planned)
    key = (doc.id, obs.span_start, obs.span_end)
    assert span_texts(planned, [key, (doc.id + 99, 0, 5)]) == {key: "đã cấp 57.877 chữ ký số cá nhân"}
    assert span_texts(planned, []) == {}


def test_plan_years_span_the_plan_and_its_targets(planned):
    with planned.connect() as conn:
        assert plan_years(conn) == {"52": (2023, 2024)}


def test_documents_one_target_and_the_original(planned):
    from muctieu.store.read import read_document_text, read_documents, read_original, read_target

    docs = read_documents(planned)
    assert [(d.province, d.plan_year) for d in docs] == [("Bình Định", 2024)]
    assert read_documents(planned, province_code="01") == []
    row, text = read_document_text(planned, docs[0].id)
    assert row == docs[0] and "57.877" in text
    assert read_document_text(planned, 999) is None
    first = read_targets(planned, document_id=docs[0].id)[0]
    assert read_target(planned, first.id) == first and text[first.anchor:].startswith("57.877")
    assert read_target(planned, 999) is None
    assert read_original(planned, docs[0].id) is None  # ingested without its file


def test_data_version_moves_with_every_write(planned):
    from muctieu.store.read import data_version
    from muctieu.store.review import review_target
    from muctieu.store.actors import system

    before = data_version(planned)
    assert before > 0  # the ingest was audited
    assert data_version(planned) == before  # reading changes nothing
    values_before = data_version(planned, "observations")
    target = read_targets(planned)[1]
    review_target(planned, target.id, "confirmed", system("an"))
    assert data_version(planned) > before
    assert data_version(planned, "observations") == values_before  # a review adds no value

"""The pages as a reader gets them: status codes, language, numbers, links."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

ONLINE = "egov.online_applications_share"


def test_every_page_answers_in_vietnamese_by_default(client: TestClient) -> None:
    for path in ("/", "/tinh/gia-lai", f"/chi-tieu/{ONLINE}", "/van-ban/1", "/duyet",
                 "/tai-len", f"/so-sanh?chi_tieu={ONLINE}&nam=2030"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert '<html lang="vi">' in r.text, path


def test_english_is_kept_across_pages_by_a_cookie(client: TestClient) -> None:
    first = client.get("/?lang=en")
    assert '<html lang="en">' in first.text and "Ranking" in first.text
    later = client.get("/tinh/gia-lai")  # no parameter: the cookie remembers
    assert '<html lang="en">' in later.text and "Plans" in later.text
    back = client.get("/?lang=vi")
    assert "Xếp hạng" in back.text


def test_overview_map_has_the_34_provinces_each_linking_to_its_page(admin_client: TestClient) -> None:
    page = admin_client.get("/").text
    codes = re.findall(r'<path class="province s\d" data-code="(\d+)"', page)
    assert len(codes) == len(set(codes)) == 34
    assert 'href="/tinh/gia-lai"' in page and 'href="/tinh/ho-chi-minh"' in page


def test_overview_counts_gia_lai_targets_and_can_colour_by_an_indicator(client: TestClient) -> None:
    page = client.get("/?nam=2030").text
    row = re.search(r'href="/tinh/gia-lai">Gia Lai</a></th>(.*?)</tr>', page, re.S)
    assert row is not None
    cells = re.findall(r'<td class="num"[^>]*>([^<]*)</td>', row.group(1))
    assert cells[1] != "0" and cells[2] == "8"  # 8 targets due in 2030, some with values
    by_indicator = client.get(f"/?chi_tieu={ONLINE}").text
    assert "Giá trị mới nhất" in by_indicator


def test_province_page_shows_former_province_plans_under_their_own_name(client: TestClient) -> None:
    page = client.get("/tinh/gia-lai").text
    assert "kế hoạch của tỉnh Bình Định (cũ)" in page
    assert re.search(r'href="/van-ban/\d+#q\d+"', page)  # each target links to its span
    assert 'class="badge st-' in page


def test_numbers_are_written_the_vietnamese_way(client: TestClient) -> None:
    vi = client.get(f"/chi-tieu/{ONLINE}").text
    en = client.get(f"/chi-tieu/{ONLINE}?lang=en").text
    vi_numbers = set(re.findall(r"\d+,\d+", vi))
    assert vi_numbers, "a decimal comma in Vietnamese"
    assert {n.replace(",", ".") for n in vi_numbers} & set(re.findall(r"\d+\.\d+", en))


def test_unknown_things_are_404_pages_in_the_readers_language(client: TestClient) -> None:
    for path in ("/tinh/khong-co", "/chi-tieu/khong.co", "/van-ban/9999", "/khong-co-trang"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "Không tìm thấy" in r.text and "Traceback" not in r.text
    assert "Page not found" in client.get("/tinh/khong-co?lang=en").text
    bad = client.get("/?nam=abc")
    assert bad.status_code == 400 and "nam" in bad.text


def test_document_page_highlights_every_quantity_and_offers_the_original(client: TestClient) -> None:
    page = client.get("/van-ban/1").text
    marks = re.findall(r'<a class="q kind-(target|result) rs-extracted" id="q(\d+)"', page)
    records = re.findall(r'<li id="r(\d+)" class="record">', page)
    assert marks and len(marks) == len(records)
    original = client.get("/van-ban/1/tep")
    assert original.status_code == 200
    assert "ke-hoach-mau-2024.txt" in original.headers["content-disposition"]
    assert "Bình Định" in original.content.decode("utf-8")
    # the plan's own title, not its letterhead; its file by name, not a path on the server
    assert "<h1>Kế hoạch chuyển đổi số tỉnh Bình Định năm 2024</h1>" in page
    assert "ke-hoach-mau-2024.txt" in page and "/examples/" not in page


def test_compare_table_and_its_csv(client: TestClient) -> None:
    page = client.get(f"/so-sanh?chi_tieu={ONLINE}&nam=2030").text
    assert "Gia Lai" in page
    csv = client.get(f"/so-sanh.csv?chi_tieu={ONLINE}&nam=2030")
    assert csv.headers["content-type"].startswith("text/csv")
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("rank,province") and any("Gia Lai" in line for line in lines[1:])


def test_no_inline_script_in_any_page(client: TestClient) -> None:
    for path in ("/", "/tinh/gia-lai", f"/chi-tieu/{ONLINE}", "/van-ban/1", "/duyet", "/tai-len",
                 f"/so-sanh?chi_tieu={ONLINE}&nam=2030", "/khong-co"):
        page = client.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), path
        assert " onclick=" not in page and " style=" not in page, path


def test_document_page_says_which_records_are_another_provinces(example_db: str, client: TestClient,
                                                                tmp_path) -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session
    from typer.testing import CliRunner

    from muctieu.cli import app
    from muctieu.store.db import open_store
    from muctieu.store.models import Document

    plan = tmp_path / "gia-lai-2025.txt"
    plan.write_text("Kế hoạch chuyển đổi số tỉnh Gia Lai năm 2025\n"
                    "Đến năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%. Cùng kỳ, tỷ lệ hồ sơ "
                    "trực tuyến toàn trình Đà Nẵng phấn đấu đạt 95%.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(plan), "--db", example_db])
    assert result.exit_code == 0, result.output
    with Session(open_store(example_db)) as s:
        doc_id = s.scalar(select(Document.id).where(Document.source.endswith("gia-lai-2025.txt")))
    page = client.get(f"/van-ban/{doc_id}").text
    assert page.count("Của tỉnh khác") == 1 and "Đà Nẵng — không tính cho tỉnh của văn bản" in page
    english = client.get(f"/van-ban/{doc_id}?lang=en").text
    assert "Another province&#39;s" in english or "Another province's" in english

"""HTML pages: the article's text only, in order, one block a line."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from muctieu.documents.load import load
from muctieu.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"
# The SharePoint-style page was written after the rules, as a held-out check.
PAGES = ["cong-thong-tin-tinh", "bao-dien-tu", "cong-sharepoint"]


def _expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", PAGES)
def test_main_lines_are_kept_in_order_each_on_its_own_line(name: str) -> None:
    doc = load(FIXTURES / f"{name}.html")
    lines = doc.text.splitlines()
    main = _expected(name)["main"]
    positions = [lines.index(line) for line in main]  # ValueError names a lost line
    assert positions == sorted(positions)
    assert doc.format == "html"


@pytest.mark.parametrize("name", PAGES)
def test_menus_widgets_related_lists_and_footer_are_gone(name: str) -> None:
    text = load(FIXTURES / f"{name}.html").text
    leaked = [b for b in _expected(name)["boilerplate"] if b.lower() in text.lower()]
    assert leaked == []


@pytest.mark.parametrize("name", PAGES)
def test_title_comes_from_h1_else_title_tag(name: str) -> None:
    assert load(FIXTURES / f"{name}.html").meta.title == _expected(name)["title"]


def test_decomposed_diacritics_and_entities_come_out_nfc() -> None:
    # The page writes one paragraph as NFD and "cấp xã" as &#7845; / &atilde;.
    text = load(FIXTURES / "bao-dien-tu.html").text
    assert unicodedata.is_normalized("NFC", text)
    assert "Phấn đấu đến cuối năm, 70% người dân trưởng thành" in text
    assert "Tỷ lệ cấp xã có bộ phận một cửa" in text
    assert "\u00a0" not in text


def test_page_without_h1_takes_title_from_title_tag(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Chuyển đổi số tỉnh Hà Giang</title></head><body>"
        "<div class='menu'><a>Trang chủ</a></div>"
        "<div class='content'><p>Tỉnh Hà Giang phấn đấu 60% hồ sơ được xử lý trực tuyến trong năm.</p></div>"
        "</body></html>",
        encoding="utf-8",
    )
    doc = load(page)
    assert doc.meta.title == "Chuyển đổi số tỉnh Hà Giang"
    assert doc.text == "Tỉnh Hà Giang phấn đấu 60% hồ sơ được xử lý trực tuyến trong năm.\n"


def test_metadata_of_a_portal_page() -> None:
    meta = load(FIXTURES / "cong-thong-tin-tinh.html").meta
    assert (meta.province, meta.plan_number, meta.plan_year) == ("Quảng Trị", "57/KH-UBND", 2024)
    assert meta.issued is not None and meta.issued.isoformat() == "2024-03-12"


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _windows_1258(text: str) -> bytes:
    """windows-1258 has ă, ê, ơ... as one byte but tone marks as combining bytes."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def test_page_in_declared_windows_1258_is_decoded(tmp_path: Path) -> None:
    # The tone marks arrive as combining characters: NFC composes them back.
    body = _windows_1258("Tỉnh Sóc Trăng: 65% người dân có tài khoản thanh toán điện tử.")
    page = tmp_path / "cu.htm"
    page.write_bytes(
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        b"</head><body><p>" + body + b"</p></body></html>"
    )
    assert load(page).text == "Tỉnh Sóc Trăng: 65% người dân có tài khoản thanh toán điện tử.\n"


def test_undeclared_legacy_bytes_are_refused(tmp_path: Path) -> None:
    page = tmp_path / "cu.html"
    page.write_bytes(b"<html><body><p>T\xecnh S\xf3c Tr\xe3ng</p></body></html>")
    with pytest.raises(InputError) as info:
        load(page)
    assert "UTF-8" in info.value.en and info.value.where == str(page)


def _page(tmp_path: Path, body: str, title: str = "Trang") -> Path:
    path = tmp_path / "trang.html"
    path.write_text(f"<html><head><title>{title}</title></head><body>{body}</body></html>", encoding="utf-8")
    return path


SENTENCES = [
    "Tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh đạt 80% trong năm 2024.",
    "Tỷ lệ hồ sơ được số hóa khi tiếp nhận đạt ít nhất 70% ở cả ba cấp.",
    "Kinh tế số chiếm khoảng 15% tổng sản phẩm trên địa bàn của tỉnh.",
    "Tỷ lệ hộ gia đình có cáp quang băng rộng đạt 85% vào cuối năm.",
]


def test_article_split_over_sibling_blocks_is_kept_whole(tmp_path: Path) -> None:
    halves = "".join(
        f"<div class='part'>{''.join(f'<p>{s}</p>' for s in SENTENCES[i:i + 2])}</div>" for i in (0, 2)
    )
    body = f"<div class='menu'><a>Trang chủ</a></div><div class='content'>{halves}</div>"
    assert load(_page(tmp_path, body)).text.splitlines() == SENTENCES


def test_article_inside_a_chrome_looking_wrapper_is_not_dropped(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{s} Các sở, ngành phối hợp thực hiện.</p>" for s in SENTENCES)
    body = f"<div id='print-area' class='tags-wrap'>{paragraphs}</div><div class='tags'>Từ khóa: số</div>"
    text = load(_page(tmp_path, body)).text
    assert text.splitlines() == [f"{s} Các sở, ngành phối hợp thực hiện." for s in SENTENCES]


def test_site_logo_h1_is_not_the_title(tmp_path: Path) -> None:
    headline = "Quảng Trị đặt mục tiêu 80% dịch vụ công trực tuyến toàn trình"
    body = (
        "<div class='logo'><h1>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG TRỊ</h1></div>"
        f"<div class='detail'><h1>{headline}</h1>{''.join(f'<p>{s}</p>' for s in SENTENCES)}</div>"
    )
    doc = load(_page(tmp_path, body, title=f"{headline} - Cổng TTĐT"))
    assert doc.meta.title == headline
    assert doc.text.splitlines()[0] == headline
    assert "CỔNG THÔNG TIN" not in doc.text


def test_posting_stamp_goes_but_the_plan_date_line_stays(tmp_path: Path) -> None:
    body = (
        "<div class='detail'><div>Thứ Hai, 18/03/2024 - 09:15</div>"
        "<p>Quảng Trị, ngày 12/3/2024</p>"
        + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</div>"
    )
    lines = load(_page(tmp_path, body)).text.splitlines()
    assert lines[0] == "Quảng Trị, ngày 12/3/2024"
    assert not any("09:15" in line for line in lines)


def test_short_lead_above_a_long_list_is_kept(tmp_path: Path) -> None:
    items = "".join(f"<li>{s} Đơn vị chủ trì: Sở Thông tin và Truyền thông.</li>" for s in SENTENCES)
    body = "<div class='content'><p>Kế hoạch 57/KH-UBND đặt ra các chỉ tiêu:</p>" f"<ul>{items}</ul></div>"
    lines = load(_page(tmp_path, body)).text.splitlines()
    assert lines[0] == "Kế hoạch 57/KH-UBND đặt ra các chỉ tiêu:"
    assert len(lines) == 1 + len(SENTENCES)


def test_widget_lines_go_but_content_with_the_same_words_stays(tmp_path: Path) -> None:
    content = [
        "Xếp hạng chỉ số DTI của tỉnh năm 2023 tăng 5 bậc so với năm trước.",
        "Chia sẻ dữ liệu giữa các cơ quan nhà nước của tỉnh đạt 100%.",
        "Tin liên quan đến chuyển đổi số được đăng trên cổng thông tin của tỉnh.",
    ]
    widgets = ["Xếp hạng: 4.5 - 10 phiếu bầu", "Chia sẻ:", "Tin liên quan", "1.254 lượt xem", "Lượt xem: 89"]
    body = "<div>" + "".join(f"<p>{s}</p>" for s in content + SENTENCES) + "".join(
        f"<div>{w}</div>" for w in widgets) + "</div>"
    assert load(_page(tmp_path, body)).text.splitlines() == content + SENTENCES

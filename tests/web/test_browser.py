"""The application in a real browser (headless Chromium): every page passes
axe-core, is photographed at desktop and phone sizes, and the officer's path
works end to end. The officer (Gia Lai) logs in through the real log-in page
first; writes need an account."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selenium.common.exceptions import (
    NoSuchElementException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.web.browser import SIZES, axe_violations, clipped, open_page, screenshots, wait_for
from tests.web.conftest import ACCOUNTS, PASSWORD

ONLINE = "egov.online_applications_share"
PAGES = {
    "tong-quan": "/",
    "tong-quan-chi-tieu": f"/?chi_tieu={ONLINE}",
    "tinh-gia-lai": "/tinh/gia-lai",
    "chi-tieu": f"/chi-tieu/{ONLINE}",
    "van-ban": "/van-ban/1",
    "duyet": "/duyet",
    "tai-len": "/tai-len",
    "so-sanh": f"/so-sanh?chi_tieu={ONLINE}&nam=2030",
    "du-lieu-mo": "/du-lieu-mo",
    "nhat-ky": "/nhat-ky",
    "loi-404": "/tinh/khong-co",
}
OFFICER = ACCOUNTS["officer"][0]


def _check_page(browser: Any, url: str, name: str) -> None:
    violations = axe_violations(browser)
    assert not violations, [(v["id"], v["help"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
    shots = screenshots(browser, name)
    assert all(p.stat().st_size > 5000 for p in shots)
    # script errors (a CSP violation included) and missing assets; a page's own error status is expected
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"
              and not e["message"].startswith(url + " ")]
    assert not errors, errors


def test_log_in_page_as_the_public(live_server: str, browser: Any) -> None:
    browser.delete_all_cookies()
    open_page(browser, live_server + "/dang-nhap")
    _check_page(browser, live_server + "/dang-nhap", "dang-nhap")
    browser.find_element(By.ID, "email").send_keys(OFFICER)
    browser.find_element(By.ID, "password").send_keys("sai-mat-khau")
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    assert "không đúng" in wait_for(browser, "[role=alert]").text
    _check_page(browser, live_server + "/dang-nhap", "dang-nhap-sai")


@pytest.fixture(scope="module")
def officer(live_server: str, browser: Any) -> Any:
    """The browser logged in as Gia Lai's officer, through the log-in form."""
    browser.delete_all_cookies()
    open_page(browser, live_server + "/duyet")  # sent to the log-in page, then back
    WebDriverWait(browser, 10).until(lambda d: "/dang-nhap" in d.current_url)
    browser.find_element(By.ID, "email").send_keys(OFFICER)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: d.current_url.endswith("/duyet"))
    # the page may still be replacing itself after the redirect: wait for the header, not once
    # (chromium reports a node of the replaced document as stale or, sometimes, as an
    # "inspector error": both mean "look again")
    WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException,
                                                   WebDriverException)).until(
        lambda d: OFFICER in d.find_element(By.CSS_SELECTOR, "header .account").text)
    return browser


@pytest.mark.parametrize("name", list(PAGES))
def test_page_passes_axe_and_is_photographed(live_server: str, officer: Any, name: str) -> None:
    open_page(officer, live_server + PAGES[name])
    _check_page(officer, live_server + PAGES[name], name)


def test_a_phone_card_shows_no_label_without_a_value(live_server: str, officer: Any) -> None:
    open_page(officer, live_server + "/nhat-ky")
    officer.set_window_size(*SIZES["phone"])
    try:
        cells = officer.find_elements(By.CSS_SELECTOR, "table.audit td[data-label]")
        shown = [c for c in cells if c.is_displayed()]
        blank = [(c.get_attribute("data-label"), c.get_attribute("innerHTML")) for c in shown if not c.text.strip()]
        assert shown and not blank, blank[:3]
        assert len(shown) < len(cells)  # the log has entries with no "before" (a log-in, an ingest)
    finally:
        officer.set_window_size(*SIZES["desktop"])


def test_map_draws_34_provinces(live_server: str, officer: Any) -> None:
    browser = officer
    open_page(browser, live_server + "/")
    paths = browser.find_elements(By.CSS_SELECTOR, "#map path.province")
    assert len(paths) == 34
    assert all(p.size["width"] > 0 for p in paths)


def test_language_switch_is_kept_across_pages(live_server: str, officer: Any) -> None:
    browser = officer
    open_page(browser, live_server + "/")
    browser.find_element(By.CSS_SELECTOR, "a.lang").click()
    wait_for(browser, 'html[lang="en"]')
    browser.find_element(By.LINK_TEXT, "Compare").click()
    wait_for(browser, 'html[lang="en"]')
    assert "Provinces compared" in browser.page_source
    browser.find_element(By.CSS_SELECTOR, "a.lang").click()  # back to Vietnamese
    wait_for(browser, 'html[lang="vi"]')


def reviewed(browser: Any, target_id: str) -> None:
    """Wait until the record's item was swapped for its reviewed form."""
    WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException,)).until(
        lambda d: "done" in d.find_element(By.ID, f"item{target_id}").get_attribute("class"))


def _upload(browser: Any, live_server: str, field: str, path: Path) -> None:
    open_page(browser, live_server + "/tai-len")
    browser.find_element(By.ID, field).send_keys(str(path))
    browser.find_element(By.ID, field).find_element(By.XPATH, "ancestor::form//button").click()
    WebDriverWait(browser, 30).until(lambda d: "/tai-len/" in d.current_url)


def test_broken_upload_shows_the_message(live_server: str, officer: Any, tmp_path: Path) -> None:
    browser = officer
    broken = tmp_path / "ke-hoach.pdf"
    broken.write_bytes(b"<html>not a pdf</html>")
    _upload(browser, live_server, "plan-file", broken)
    message = wait_for(browser, "[role=alert]").text
    assert "ke-hoach.pdf" in message and "/tmp" not in message
    empty = tmp_path / "trong.txt"
    empty.write_bytes(b"")
    _upload(browser, live_server, "plan-file", empty)
    assert "rỗng" in wait_for(browser, "[role=alert]").text


PLAN = """ỦY BAN NHÂN DÂN TỈNH GIA LAI
Số: 77/KH-UBND
KẾ HOẠCH
Chuyển đổi số tỉnh Gia Lai năm 2025
II. CHỈ TIÊU
1. Chính quyền số
- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80% vào năm 2025.
- Tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa đạt 70%.
2. Kinh tế số
- Tỷ trọng kinh tế số trong GRDP đạt 12% năm 2025.
"""


def test_officer_path_upload_review_province_document(live_server: str, officer: Any, tmp_path: Path) -> None:
    browser = officer
    plan = tmp_path / "ke-hoach-gia-lai-2025.txt"
    plan.write_text(PLAN, encoding="utf-8")
    _upload(browser, live_server, "plan-file", plan)
    notice = wait_for(browser, ".notice").text
    assert "ke-hoach-gia-lai-2025.txt" in notice
    browser.find_element(By.PARTIAL_LINK_TEXT, "Duyệt các bản ghi").click()
    items = WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".review-item"))
    assert len(items) >= 3
    screenshots(browser, "duyet-van-ban")
    # correct the first record: its value becomes 85 (%)
    first = next(i for i in items if "80%" in i.text or "80 %" in i.text)
    first_id = first.get_attribute("data-id")
    value = first.find_element(By.NAME, "value")
    value.clear()
    value.send_keys("85")
    first.find_element(By.CSS_SELECTOR, 'button[value="correct"]').click()
    reviewed(browser, first_id)
    # reject the GRDP record
    other = next(i for i in browser.find_elements(By.CSS_SELECTOR, ".review-item:not(.done)") if "12" in i.text)
    other_id = other.get_attribute("data-id")
    other.find_element(By.CSS_SELECTOR, 'button[value="reject"]').click()
    reviewed(browser, other_id)
    assert "Đã loại" in browser.find_element(By.ID, f"item{other_id}").text
    # the province page shows the corrected value and its status
    open_page(browser, live_server + "/tinh/gia-lai")
    row = browser.find_element(By.ID, f"t{first_id}")
    assert "85" in row.text and row.find_element(By.CSS_SELECTOR, ".badge").text
    assert not browser.find_elements(By.ID, f"t{other_id}")  # rejected: not evaluated
    # the document page highlights the spans, the rejected one struck through
    row.find_element(By.PARTIAL_LINK_TEXT, "văn bản").click()
    wait_for(browser, f"#q{first_id}")
    assert browser.find_elements(By.CSS_SELECTOR, f"a.q.rs-corrected#q{first_id}")
    assert browser.find_elements(By.CSS_SELECTOR, f"a.q.rs-rejected#q{other_id}")
    screenshots(browser, "van-ban-da-duyet")
    # on a phone, a record's details (a long catalogue id among them) wrap inside the list
    browser.set_window_size(*SIZES["phone"])
    assert not clipped(browser, ".records .mini dd")
    browser.set_window_size(*SIZES["desktop"])


def test_keyboard_only_review(live_server: str, officer: Any, tmp_path: Path) -> None:
    browser = officer
    plan = tmp_path / "ke-hoach-gia-lai-2025-so-78.txt"
    plan.write_text(PLAN.replace("Số: 77", "Số: 78"), encoding="utf-8")
    _upload(browser, live_server, "plan-file", plan)
    doc_link = browser.find_element(By.PARTIAL_LINK_TEXT, "Duyệt các bản ghi").get_attribute("href")
    open_page(browser, doc_link)
    body = browser.find_element(By.TAG_NAME, "body")
    # Tab from the top of the page until focus is inside the first record's form.
    for _ in range(60):
        body.send_keys(Keys.TAB) if browser.switch_to.active_element == body else \
            browser.switch_to.active_element.send_keys(Keys.TAB)
        active = browser.switch_to.active_element
        if active.get_attribute("name") == "indicator_id":
            break
    item = active.find_element(By.XPATH, "ancestor::li[contains(@class,'review-item')]")
    item_id = item.get_attribute("data-id")
    active.send_keys(Keys.ESCAPE)
    # focus the record itself and press A (accept)
    browser.execute_script("arguments[0].focus()", item)
    browser.switch_to.active_element.send_keys("a")
    reviewed(browser, item_id)
    assert "Đã chấp nhận" in browser.find_element(By.ID, f"item{item_id}").text
    # focus moved on to the next record: R rejects it without a mouse
    nxt = browser.switch_to.active_element
    nxt_id = nxt.get_attribute("data-id")
    assert nxt_id and nxt_id != item_id
    nxt.send_keys("r")
    reviewed(browser, nxt_id)

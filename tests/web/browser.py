"""Helpers for the browser tests: open a page, run axe-core, take screenshots."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
SCREENSHOTS = Path(__file__).parent / "screenshots"
SIZES = {"desktop": (1366, 768), "phone": (390, 844)}


def open_page(driver: Any, url: str) -> None:
    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.readyState") == "complete")


def wait_for(driver: Any, css: str, timeout: float = 10) -> Any:
    return WebDriverWait(driver, timeout).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def axe_violations(driver: Any) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations on the current page."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(JSON.stringify(r.violations)); });"
    )
    return [v for v in json.loads(result) if v["impact"] in ("serious", "critical")]


def clipped(driver: Any, css: str) -> list[str]:
    """Texts of the elements matching css that run past the right edge of the box that clips them."""
    return driver.execute_script(
        "var out = [];"
        "document.querySelectorAll(arguments[0]).forEach(function (el) {"
        "  var box = el.parentElement;"
        "  while (box && getComputedStyle(box).overflowX === 'visible') { box = box.parentElement; }"
        "  var right = box ? box.getBoundingClientRect().right : window.innerWidth;"
        "  if (el.getBoundingClientRect().right > right + 1 || el.scrollWidth > el.clientWidth + 1) out.push(el.textContent);"
        "});"
        "return out;",
        css,
    )


def screenshots(driver: Any, name: str) -> list[Path]:
    """The current page at 1366×768 and 390×844 (phone), whole page height."""
    SCREENSHOTS.mkdir(exist_ok=True)
    out = []
    for label, (w, h) in SIZES.items():
        driver.set_window_size(w, h)
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(w, min(max(h, height), 4000))
        driver.execute_script("window.scrollTo(0, 0)")
        path = SCREENSHOTS / f"{name}-{label}.png"
        driver.save_screenshot(str(path))
        out.append(path)
    driver.set_window_size(*SIZES["desktop"])
    return out

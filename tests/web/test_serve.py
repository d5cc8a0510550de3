"""`muctieu serve` prints its address last, then serves; a bad store is one line."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.web.conftest import _free_port

MUCTIEU = Path(sys.executable).parent / "muctieu"


def test_serve_prints_its_address_then_answers(tmp_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([str(MUCTIEU), "serve", "--port", str(port), "--db", str(tmp_path / "s.sqlite")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert first == f"http://127.0.0.1:{port}/"
        for _ in range(100):
            try:
                with urllib.request.urlopen(first, timeout=2) as r:
                    assert r.status == 200 and "34" in r.read().decode("utf-8")
                    break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("the server did not answer")
    finally:
        proc.terminate()
        proc.wait(10)


def test_serve_with_a_bad_store_is_one_line() -> None:
    r = subprocess.run([str(MUCTIEU), "serve", "--db", "nosuch://x"], capture_output=True, text=True)
    assert r.returncode == 2 and "--db" in r.stderr and "Traceback" not in r.stderr

"""An import killed halfway leaves the store as it was; running it again completes.

Runs `muctieu observe import` in its own process and SIGKILLs it as soon as
it has started writing rows into the store.
"""

import csv
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from muctieu.store.read import read_observations
from tests.store_doubles import GIA_LAI

COMMUNES, INDICATORS = 1000, 6
PERIODS = [(y, q, m) for y in (2023, 2024) for q, m in
           [(None, None)] + [(q, None) for q in range(1, 5)] + [(None, m) for m in range(1, 13)]]
ROWS = COMMUNES * INDICATORS * len(PERIODS)
RUNNER = Path(__file__).parents[1] / "cli_with_doubles.py"


def _big_csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Mã chỉ tiêu", "Tỉnh/thành phố", "Mã đơn vị (xã hoặc tỉnh)", "Năm", "Quý",
                    "Tháng", "Giá trị"])
        for c in range(COMMUNES):
            for i in range(INDICATORS):
                for y, q, m in PERIODS:
                    w.writerow([f"thu_{i:02d}", GIA_LAI.name, f"X{c:05d}", y, q, m, c + i])
    return path


def _import(db_url: str, csv_path: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(RUNNER), str(COMMUNES), str(INDICATORS), "observe", "import",
         str(csv_path), "--db", db_url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


def _writing(db_url: str) -> bool:
    """True once the importer holds the write lock (has written rows, uncommitted)."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        conn = sqlite3.connect(url.database, timeout=0)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.rollback()
            return False
        except sqlite3.OperationalError:  # "database is locked": a writer is busy
            return True
        finally:
            conn.close()
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        return bool(conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY observations %'"
        ).fetchone()[0])


def test_a_killed_import_leaves_nothing_and_a_rerun_completes(planned, db_url, tmp_path):
    big = _big_csv(tmp_path / "big.csv")
    before = len(read_observations(planned))
    proc = _import(db_url, big)
    deadline = time.monotonic() + 60
    while not _writing(db_url):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL  # killed mid-import, not finished

    assert len(read_observations(planned)) == before
    if planned.dialect.name == "sqlite":
        conn = sqlite3.connect(make_url(db_url).database)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()

    rerun = _import(db_url, big)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    observations = read_observations(planned)
    assert len(observations) == before + ROWS
    assert {o.source_row for o in observations if o.source_kind == "upload"} == set(
        range(2, ROWS + 2))

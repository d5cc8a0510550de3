"""Where a PostgreSQL server spends its time during a benchmark run.

`Watch(url)` before the run, `watch.report()` after: the CPU seconds the
server's processes used (when it runs on this machine and we may read its
data directory, as with scripts/with-postgres.sh) and, when the server was
started with `pg_stat_statements` preloaded, the statements that took the
most time, planning included where `pg_stat_statements.track_planning` is on:

    MUCTIEU_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements \\
        -c pg_stat_statements.track_planning=on" \\
        scripts/with-postgres.sh .venv/bin/python benchmarks/api_load.py --statements 12
"""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _tree_cpu(pid: int) -> float:
    """CPU seconds of `pid` and its children, those that ended included (a closed
    connection's backend), as far as /proc lets us read them."""
    total, pending = 0.0, [pid]
    while pending:
        p = pending.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            ended = int(fields[13]) + int(fields[14]) if p == pid else 0  # reaped children
            total += (int(fields[11]) + int(fields[12]) + ended) / os.sysconf("SC_CLK_TCK")
            pending += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


class Watch:
    """The server's CPU time and statement statistics from now on."""

    def __init__(self, url: str) -> None:
        self.url = _plain(url)
        with psycopg.connect(self.url, autocommit=True) as conn:
            preloaded = conn.execute("SHOW shared_preload_libraries").fetchone()[0]
            self.statements = "pg_stat_statements" in preloaded
            if self.statements:
                conn.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
                conn.execute("SELECT pg_stat_statements_reset()")
            self.postmaster = self._postmaster(conn)
        self.cpu = _tree_cpu(self.postmaster) if self.postmaster else 0.0

    def restart(self) -> None:
        """Count from now on: CPU time and statement statistics."""
        if self.statements:
            with psycopg.connect(self.url, autocommit=True) as conn:
                conn.execute("SELECT pg_stat_statements_reset()")
        self.cpu = _tree_cpu(self.postmaster) if self.postmaster else 0.0

    @staticmethod
    def _postmaster(conn: psycopg.Connection) -> int | None:
        try:
            data = conn.execute("SHOW data_directory").fetchone()[0]
            return int(Path(data, "postmaster.pid").read_text().split()[0])
        except (psycopg.Error, OSError, ValueError, IndexError):
            return None  # not ours to read (another machine, no privilege)

    def server_cpu(self) -> float | None:
        """CPU seconds the server's processes used since the start (None: unknown)."""
        return _tree_cpu(self.postmaster) - self.cpu if self.postmaster else None

    def top(self, n: int) -> list[tuple[float, float, int, float, str]]:
        """(total ms, of which planning ms, calls, rows per call, query), busiest first,
        for this database's statements."""
        if not self.statements:
            return []
        with psycopg.connect(self.url, autocommit=True) as conn:
            planning = conn.execute(
                "SELECT current_setting('pg_stat_statements.track_planning')").fetchone()[0]
            plan = "total_plan_time" if planning == "on" else "0"
            return [(float(t), float(p), int(c), float(r), q) for t, p, c, r, q in conn.execute(
                f"SELECT total_exec_time + {plan}, {plan}, calls, rows::float / greatest(calls, 1), query "
                "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database "
                "WHERE datname = current_database()) "
                f"ORDER BY total_exec_time + {plan} DESC LIMIT %s", (n,))]

    def report(self, requests: int, n: int) -> list[str]:
        """Lines to print: the server's CPU per request and the top `n` statements."""
        lines = []
        cpu = self.server_cpu()
        if cpu is not None:
            lines.append(f"  database used {cpu:.0f} CPU s: {cpu / requests * 1000:.1f} ms per "
                         "request")
        top = self.top(n)
        if top:
            total = sum(t for t, *_ in self.top(10_000))
            lines.append(f"  statements: {total / 1000:.1f} s in all "
                         f"({total / requests:.2f} ms per request); the busiest:")
            lines.append(f"  {'total s':>8}{'plan s':>8}{'calls':>8}{'ms/call':>8}{'rows':>7}"
                         "  query")
            for t, p, c, r, q in top:
                text = " ".join(q.split())
                lines.append(f"  {t / 1000:>8.2f}{p / 1000:>8.2f}{c:>8}{t / max(c, 1):>8.2f}{r:>7.1f}"
                             f"  {text[:150]}")
        return lines

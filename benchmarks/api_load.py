"""Load on the HTTP API: reads and batched figure writes from many clients at once.

    python benchmarks/api_load.py                    # SQLite, then PostgreSQL if
                                                     #   MUCTIEU_TEST_PG_URL is set
    scripts/with-postgres.sh .venv/bin/python benchmarks/api_load.py
    python benchmarks/api_load.py --clients 50 --seconds 60 --workers 2
    python benchmarks/api_load.py --rate 80          # 80 requests/s on a fixed schedule

For each database: a fresh store with the bundled example plans and commune
figures (Gia Lai) and one officer with an API token; the API app served by
uvicorn with 2 workers on 127.0.0.1 only (a free port); `--clients` clients
for `--seconds` seconds, each request chosen at random: 80 % reads (targets,
observations, documents, evaluation), 20 % figure batches of `--batch` rows,
each batch with its own Idempotency-Key and keys no other batch uses, retried
with the same key after a network error. Printed: requests per second, p50,
p95 and p99 latency by kind, errors, and the final check that every
acknowledged batch is stored exactly once (its rows present with its values,
one import entry in the audit log each). Aim: no errors, no lost or doubled
write, read p95 <= 100 ms.

By default each client sends its next request as soon as the last is
answered (a closed loop: the server runs at saturation and latency is mostly
queueing). With `--rate N` the clients offer N requests/s in all on a fixed
schedule, and each request is timed from when it was due, so a server that
falls behind is charged the wait (no coordinated omission). Either way the
first `--warmup` seconds (default 10) are load but not measured: each
worker's first requests import, connect and compute every response once.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2 as httpx
import psycopg
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from pg_statements import Watch  # beside this file
from muctieu.catalog.indicators import catalogue
from muctieu.catalog.units import current_provinces
from muctieu.store.actors import system
from muctieu.store.db import open_store
from muctieu.store.examples import load_examples
from muctieu.store.models import AuditEntry, Observation
from muctieu.store.tokens import create_token
from muctieu.store.users import add_user

HOST = "127.0.0.1"  # never another interface
OFFICER = "bench@gialai.gov.vn"
GIA_LAI = "52"
YEARS = range(2024, 2031)  # the example plans' years: figures outside are refused


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def prepare(url: str) -> str:
    """A store with the examples and the officer's token; returns the token."""
    engine = open_store(url)
    me = system("benchmark")
    load_examples(engine, me)
    add_user(engine, OFFICER, "officer", GIA_LAI, uuid.uuid4().hex, who=me)
    token = create_token(engine, OFFICER, who=me, name="benchmark")[0]
    engine.dispose()
    return token


def keys() -> itertools.product:
    """(indicator, commune, year, month) keys no stored figure and no other batch uses."""
    percent = [i.id for i in catalogue() if i.unit == "%"][:12]
    communes = [c.code for p in current_provinces() if p.code == GIA_LAI for c in p.communes]
    return itertools.product(percent, communes, YEARS, range(1, 13))


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    acked: dict[int, list[tuple[str, str, int, int]]] = field(default_factory=dict)
    retries: int = 0
    late: int = 0  # with --rate: requests sent after they were due
    measure_from: float = 0.0  # requests begun before this (the warm-up) are not timed


READS = (
    ("targets", 0.35, lambda r: ("/api/v1/targets", {"province": GIA_LAI, "limit": 50,
                                                      "offset": r.randrange(0, 40)})),
    ("observations", 0.35, lambda r: ("/api/v1/observations", {
        "province": GIA_LAI, "limit": 100, "offset": r.randrange(0, 200)})),
    ("documents", 0.2, lambda r: ("/api/v1/documents", {"province": GIA_LAI})),
    ("evaluation", 0.1, lambda r: ("/api/v1/evaluation", {"province": GIA_LAI,
                                                          "as_of": 2026})),
)


def batch_body(batch_id: int, rows: list[tuple[str, str, int, int]]) -> dict[str, Any]:
    """A figure batch's JSON body: each key's figure is the batch id in a million."""
    return {"rows": [{"indicator_id": ind, "province": GIA_LAI, "unit_code": unit,
                      "year": year, "month": month, "numerator": batch_id,
                      "denominator": 1_000_000} for ind, unit, year, month in rows]}


async def _write(client: httpx.AsyncClient, res: Results, batch_id: int,
                 rows: list[tuple[str, str, int, int]], since: float | None = None) -> None:
    body = batch_body(batch_id, rows)
    headers = {"Idempotency-Key": f"bench-{batch_id}"}
    for attempt in range(5):
        start = time.perf_counter()
        try:
            r = await client.post("/api/v1/observations/batches", json=body, headers=headers)
        except httpx.TransportError:
            res.retries += 1
            continue
        if r.status_code == 409:  # the first try is still being applied: ask again
            res.retries += 1
            await asyncio.sleep(0.2)
            continue
        if (began := since if since is not None else start) >= res.measure_from:
            res.latencies["write"].append(time.perf_counter() - began)
        if r.status_code == 200 and r.json()["written"]:
            res.acked[batch_id] = rows
        else:
            res.errors[f"write {r.status_code}"] += 1
        return
    res.errors["write gave up"] += 1


async def _client(base: str, token: str, deadline: float, seed: int, res: Results,
                  key_source: itertools.product, batch: int, ids: itertools.count,
                  interval: float | None = None) -> None:
    """One client: requests back to back, or, with `interval`, one every `interval`
    seconds on a fixed schedule, each timed from when it was due (so a server
    that falls behind is charged the wait, not only the service)."""
    rng = random.Random(seed)
    kinds, weights = zip(*((name, w) for name, w, _ in READS))
    urls = {name: make for name, _, make in READS}
    due = time.perf_counter() + (rng.uniform(0, interval) if interval else 0.0)
    async with httpx.AsyncClient(base_url=base, timeout=60,
                                 headers={"Authorization": f"Bearer {token}"}) as client:
        while time.perf_counter() < deadline:
            since = None
            if interval:
                if due >= deadline:
                    break
                if (wait := due - time.perf_counter()) > 0:
                    await asyncio.sleep(wait)
                elif due >= res.measure_from:
                    res.late += 1
                since, due = due, due + interval
            if rng.random() < 0.2:
                rows = list(itertools.islice(key_source, batch))
                if rows:
                    await _write(client, res, next(ids), rows, since)
                continue
            kind = rng.choices(kinds, weights)[0]
            path, params = urls[kind](rng)
            start = since if since is not None else time.perf_counter()
            try:
                r = await client.get(path, params=params)
            except httpx.TransportError as exc:
                res.errors[f"{kind} {type(exc).__name__}"] += 1
                continue
            if start >= res.measure_from:
                res.latencies[kind].append(time.perf_counter() - start)
            if r.status_code != 200:
                res.errors[f"{kind} {r.status_code}"] += 1


def _serve(url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MUCTIEU_DB": url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "muctieu.web.app:app_from_env",
         "--host", HOST, "--port", str(port), "--workers", str(workers), "--log-level",
         "warning"], env=env, start_new_session=True)
    for _ in range(300):
        try:
            if httpx.get(f"http://{HOST}:{port}/api/v1/me", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("uvicorn did not start")


def _server_cpu(pid: int) -> float:
    """CPU seconds used so far by uvicorn and its workers (Linux /proc)."""
    total, pending = 0.0, [pid]
    while pending:
        p = pending.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            pending += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def _machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far (Linux /proc/stat):
    server, database, load generator and anything else running."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields) - idle) / os.sysconf("SC_CLK_TCK"), sum(fields) / os.sysconf("SC_CLK_TCK")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    os.killpg(proc.pid, signal.SIGTERM)  # its own session: uvicorn and its workers only
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def _pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000 if len(
        values) > 1 else (values[0] * 1000 if values else float("nan"))


def verify(url: str, res: Results) -> tuple[int, int, int]:
    """(acknowledged rows missing or changed, rows stored without acknowledgement,
    batches applied more than once). Each batch's key is its source ("api:bench-N")."""
    engine = open_store(url)
    with Session(engine) as s:
        stored = {(i, u, y, m): n for i, u, y, m, n in s.execute(
            select(Observation.indicator_id, Observation.unit_code, Observation.year,
                   Observation.month, Observation.numerator)
            .where(Observation.source_kind == "api"))}
        imports = Counter(new["file"] for new in s.scalars(
            select(AuditEntry.new).where(AuditEntry.who == OFFICER,
                                         AuditEntry.field == "import")))
    engine.dispose()
    expected = {key: batch_id for batch_id, rows in res.acked.items() for key in rows}
    lost = sum(1 for key, batch_id in expected.items() if stored.get(key) != batch_id)
    return lost, len(stored) - len(expected), sum(1 for n in imports.values() if n > 1)


def run(label: str, url: str, args: argparse.Namespace) -> None:
    token = prepare(url)
    watch = Watch(url) if url.startswith("postgresql") else None
    port = _free_port()
    proc = _serve(url, port, args.workers)
    res = Results()
    try:
        res.measure_from = time.perf_counter() + args.warmup
        deadline = res.measure_from + args.seconds
        source, ids = keys(), itertools.count(1)
        marks: dict[str, Any] = {}

        async def mark() -> None:
            # the measured part starts after the warm-up: the workers' first requests
            # (imports, connections, every response computed once) are not what a
            # running server costs
            await asyncio.sleep(max(0.0, res.measure_from - time.perf_counter()))
            marks.update(started=time.perf_counter(), cpu=time.process_time(),
                         served=_server_cpu(proc.pid), machine=_machine_cpu())
            if watch:
                await asyncio.to_thread(watch.restart)

        async def main() -> None:
            interval = args.clients / args.rate if args.rate else None
            await asyncio.gather(mark(), *(
                _client(f"http://{HOST}:{port}", token, deadline, seed, res, source, args.batch,
                        ids, interval) for seed in range(args.clients)))

        asyncio.run(main())
        elapsed, cpu = time.perf_counter() - marks["started"], time.process_time() - marks["cpu"]
        served = _server_cpu(proc.pid) - marks["served"]
        busy, total_cpu = (after - before for after, before in zip(_machine_cpu(), marks["machine"]))
    finally:
        _stop(proc)
    lost, extra, doubled = verify(url, res)
    total = sum(len(v) for v in res.latencies.values())
    reads = [x for k, v in res.latencies.items() if k != "write" for x in v]
    offered = f", offered {args.rate} requests/s on a fixed schedule" if args.rate else ", back to back"
    print(f"\n{label}: {args.clients} clients{offered}, {args.seconds} s measured after "
          f"{args.warmup} s of warm-up, {args.workers} workers")
    if args.rate:
        print(f"  {res.late:,} requests sent late (every client busy when they were due); "
              "latency counts from when each was due")
    print(f"  {total / elapsed:,.0f} requests/s ({total:,} requests), "
          f"{sum(res.errors.values())} errors {dict(res.errors) or ''}, {res.retries} retries")
    # The clients share the machine with the server: their CPU time is the part
    # of the machine the server did not get.
    print(f"  load generator used {cpu:.0f} CPU s of {elapsed:.0f} s; machine load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  the machine's CPUs were busy {busy / total_cpu:.0%} of the time "
          f"({busy:.0f} of {total_cpu:.0f} CPU s: server, database, load generator, others)")
    # Independent of how busy the machine was: what one request costs the server.
    print(f"  server used {served:.0f} CPU s: {served / total * 1000:.1f} ms per request, "
          f"about {total / served:,.0f} requests/s per fully available CPU")
    for line in watch.report(total, args.statements) if watch else ():
        print(line)
    print(f"  {'kind':<13}{'n':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind, values in [("all reads", reads), *sorted(res.latencies.items())]:
        print(f"  {kind:<13}{len(values):>7}{_pct(values, 50):>9.1f}{_pct(values, 95):>9.1f}"
              f"{_pct(values, 99):>9.1f}")
    # Little's law: how many of the clients were, on average, waiting on each kind. In a
    # closed loop a client waiting on a write is not reading, so read latency is to be
    # read together with this split.
    waiting = {k: sum(v) / elapsed for k, v in (("reads", reads),
                                                ("writes", res.latencies["write"]))}
    print(f"  clients waiting on average: {waiting['reads']:.1f} on reads, "
          f"{waiting['writes']:.1f} on writes")
    rows = sum(len(r) for r in res.acked.values())
    print(f"  writes: {len(res.acked)} batches acknowledged ({rows:,} rows); lost or changed "
          f"{lost}, stored without acknowledgement {extra}, applied twice {doubled}")


def _pg_database(base: str) -> str:
    url = make_url(base)
    name = f"muctieu_bench_{uuid.uuid4().hex[:8]}"
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50, choices=range(1, 201),
                        metavar="1..200")
    parser.add_argument("--seconds", type=int, default=60, choices=range(1, 601),
                        metavar="1..600")
    parser.add_argument("--workers", type=int, default=2, choices=range(1, 9), metavar="1..8")
    parser.add_argument("--batch", type=int, default=20, choices=range(1, 1001),
                        metavar="1..1000")
    parser.add_argument("--rate", type=int, default=0, metavar="N",
                        help="offer N requests/s in all on a fixed schedule instead of "
                             "requests back to back (latency then includes any wait past "
                             "the schedule)")
    parser.add_argument("--warmup", type=int, default=10, choices=range(0, 121), metavar="0..120",
                        help="seconds of load before the measured part (default 10)")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--statements", type=int, default=0, metavar="N",
                        help="PostgreSQL: print the N busiest statements (needs "
                             "pg_stat_statements preloaded, see pg_statements.py)")
    args = parser.parse_args()
    if args.only != "postgresql":
        with tempfile.TemporaryDirectory() as tmp:
            run("SQLite", f"sqlite:///{Path(tmp) / 'bench.sqlite'}", args)
    pg = os.environ.get("MUCTIEU_TEST_PG_URL")
    if args.only != "sqlite":
        if pg:
            run("PostgreSQL", _pg_database(pg), args)
        else:
            print("\nPostgreSQL: skipped (run through scripts/with-postgres.sh)")


if __name__ == "__main__":
    main()

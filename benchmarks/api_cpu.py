"""The server's CPU time per API request, in process: a steady figure on a busy machine.

    python benchmarks/api_cpu.py                          # SQLite
    scripts/with-postgres.sh .venv/bin/python benchmarks/api_cpu.py --pg
    python benchmarks/api_cpu.py --calls 1000 --only observations-cold,write
    python benchmarks/api_cpu.py --profile write          # cProfile of one case
    python benchmarks/api_cpu.py --dump out.json          # bodies, to compare versions

The store of api_load.py (example plans, commune figures, one officer with a
token) and the app called as ASGI in this process, without a server or a
network: each case runs `--calls` requests one after another and prints the
process's CPU time (time.process_time: the worker threads included) and wall
time per request. Cases: each read of api_load.py with its parameters drawn
the same way, warm (the read cache as it comes) and cold (emptied before
each call: what a read costs after a write), a figure batch of 20 rows with
its own Idempotency-Key, and api_load.py's mix (80 % reads, 20 % batches).
The load benchmark's latency at saturation is mostly queueing, which follows
this figure; unlike it, this one hardly moves when another process shares
the machine. Uvicorn's own HTTP handling is not counted.

`--profile CASE` prints its busiest functions; `--inline` runs the work of
worker threads in the event loop so that the profile sees it (the figures
then lack the cost of the thread hops).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import itertools
import json
import os
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from api_load import READS, _pg_database, batch_body, keys, prepare  # beside this file
from muctieu.web.app import create_app

Call = Callable[[str, str, dict[str, Any], dict[str, str], bytes], Awaitable[tuple[int, bytes]]]
CASES = ("targets", "targets-cold", "observations", "observations-cold", "documents",
         "documents-cold", "evaluation", "evaluation-cold", "write", "mix")


def asgi_caller(app: Any) -> Call:
    """A function sending one HTTP request to `app` and returning (status, body)."""

    async def call(method: str, path: str, params: dict[str, Any], headers: dict[str, str],
                   body: bytes = b"") -> tuple[int, bytes]:
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": method, "scheme": "http", "path": path,
                 "raw_path": path.encode(), "query_string": urlencode(params).encode(),
                 "root_path": "", "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80),
                 "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
        sent, status, chunks = False, 0, []

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:  # the request was read: wait as a client that stays connected
                await asyncio.sleep(3600)
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await app(scope, receive, send)
        return status, b"".join(chunks)

    return call


def _inline_threads() -> None:
    import anyio.to_thread

    async def run_sync(fn: Callable[..., Any], *args: Any, **_: Any) -> Any:
        return fn(*args)

    anyio.to_thread.run_sync = run_sync  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", action="store_true",
                        help="on a new database of the server MUCTIEU_TEST_PG_URL names")
    parser.add_argument("--calls", type=int, default=300, help="requests per case")
    parser.add_argument("--only", help="cases, comma-separated: " + ", ".join(CASES))
    parser.add_argument("--profile", choices=CASES)
    parser.add_argument("--inline", action="store_true",
                        help="run worker threads' work in the event loop (for --profile)")
    parser.add_argument("--dump", type=Path, help="write each read's body (cold) to this JSON")
    args = parser.parse_args()
    if args.inline:
        _inline_threads()
    if args.pg:
        if not os.environ.get("MUCTIEU_TEST_PG_URL"):
            raise SystemExit("--pg: run through scripts/with-postgres.sh")
        url = _pg_database(os.environ["MUCTIEU_TEST_PG_URL"])
    else:
        url = f"sqlite:///{Path(tempfile.mkdtemp()) / 'cpu.sqlite'}"
    auth = {"Authorization": f"Bearer {prepare(url)}"}
    app = create_app(url)
    call, cache = asgi_caller(app), app.state.api_reads
    rng, source, ids = random.Random(1), keys(), itertools.count(1)
    reads = {name: make for name, _, make in READS}
    kinds, weights = zip(*((name, w) for name, w, _ in READS))

    def empty_cache() -> None:
        with cache._lock:
            cache._items.clear()
            cache._bytes = 0

    async def one(case: str) -> bytes:
        kind = case.removesuffix("-cold")
        if kind == "mix":
            kind = "write" if rng.random() < 0.2 else rng.choices(kinds, weights)[0]
        if kind == "write":
            batch_id = next(ids)
            body = json.dumps(batch_body(batch_id, list(itertools.islice(source, 20))))
            status, out = await call("POST", "/api/v1/observations/batches", {}, {
                **auth, "Idempotency-Key": f"cpu-{batch_id}",
                "Content-Type": "application/json", "Content-Length": str(len(body))},
                body.encode())
        else:
            if case.endswith("-cold"):
                empty_cache()
            path, params = reads[kind](rng)
            status, out = await call("GET", path, params, auth, b"")
        if status != 200:
            raise SystemExit(f"{case}: HTTP {status} {out[:300]!r}")
        return out

    async def repeat(case: str, n: int) -> None:
        for _ in range(n):  # in one task: the worker threads stay, as under uvicorn
            await one(case)

    loop = asyncio.new_event_loop()
    for case in ("targets-cold", "observations-cold", "documents-cold", "evaluation-cold",
                 "write"):
        loop.run_until_complete(repeat(case, 5))  # imports, connections, prepared plans
    if args.dump:
        rng.seed(7)
        args.dump.write_text(json.dumps({
            kind: loop.run_until_complete(one(f"{kind}-cold")).decode()
            for kind, _, _ in READS}, ensure_ascii=False))
    for case in args.only.split(",") if args.only else CASES:
        n = max(30, args.calls // 10) if case == "evaluation-cold" else args.calls
        profile = cProfile.Profile(time.process_time) if case == args.profile else None
        cpu, wall = time.process_time(), time.perf_counter()
        if profile:
            profile.enable()
        loop.run_until_complete(repeat(case, n))
        if profile:
            profile.disable()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(f"{case:<18} {1000 * cpu / n:7.2f} ms CPU {1000 * wall / n:7.2f} ms wall"
              f"  ({n} requests)", flush=True)
        if profile:
            pstats.Stats(profile, stream=sys.stdout).sort_stats("cumulative").print_stats(40)
    app.state.engine.dispose()


if __name__ == "__main__":
    main()

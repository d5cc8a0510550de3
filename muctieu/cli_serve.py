"""`muctieu serve`: the web application, served by uvicorn on the CLI's store."""

from __future__ import annotations

from typing import Annotated

import typer

from muctieu.cli_store import DbOption, user_errors


def serve(
    host: Annotated[str, typer.Option("--host", help="Địa chỉ / address")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Cổng / port")] = 8000,
    workers: Annotated[int, typer.Option("--workers", help="Số tiến trình / worker processes")] = 1,
    db: DbOption = None,
) -> None:
    """Chạy ứng dụng web / Serve the web application (Ctrl-C dừng / stops)."""
    import os

    import uvicorn

    with user_errors():
        from muctieu.store.db import open_store, resolve_url

        url = resolve_url(db)
        open_store(url).dispose()  # a bad --db is one clear line, before uvicorn starts
    os.environ["MUCTIEU_DB"] = url  # the factory reads it in every worker
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    typer.echo(f"http://{shown}:{port}/", err=False)
    uvicorn.run("muctieu.web.app:app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)

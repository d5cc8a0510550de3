"""Running the Alembic migrations shipped in `muctieu/store/migrations`."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from muctieu.errors import MuctieuError

SCRIPT_LOCATION = "muctieu.store:migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    heads = ScriptDirectory.from_config(_config()).get_heads()
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _unreachable(engine: Engine, exc: OperationalError, vi: str, en: str) -> MuctieuError:
    reason = " ".join(str(exc.orig).split())  # the driver's message, on one line
    return MuctieuError(f"{vi}: {reason}", f"{en}: {reason}",
                        where=engine.url.render_as_string(hide_password=True))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to `revision` in one transaction."""
    cfg = _config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except OperationalError as exc:
        raise _unreachable(engine, exc, "không nâng cấp được cơ sở dữ liệu",
                           "cannot upgrade the database") from None


def ensure_current(engine: Engine) -> None:
    """Create the schema in a fresh database; refuse an out-of-date one.

    An existing database is never changed silently: the user runs
    `muctieu db upgrade` (after a backup) when the code is newer.
    """
    try:
        current = current_revision(engine)
    except OperationalError as exc:
        raise _unreachable(engine, exc, "không kết nối được cơ sở dữ liệu",
                           "cannot connect to the database") from None
    if current is None:
        upgrade(engine)
    elif current != head_revision():
        raise MuctieuError(
            f"cơ sở dữ liệu ở phiên bản {current}, cần {head_revision()}: "
            "hãy chạy `muctieu db upgrade`",
            f"database is at revision {current}, needs {head_revision()}: "
            "run `muctieu db upgrade`",
            where=engine.url.render_as_string(hide_password=True),
        )

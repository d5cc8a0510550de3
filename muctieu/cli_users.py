"""`muctieu users ...` (accounts and API tokens) and `muctieu release` (publication).

There is no default account: the first admin is made here, by whoever can
open the database. Passwords come from a prompt (asked twice) or, with
`--password-stdin`, from the first line of standard input; never from an
argument, where they would end up in the shell history.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from muctieu import cli_store
from muctieu.cli_store import DbOption, UserOption, cli_actor, user_errors
from muctieu.errors import MuctieuError

out = Console(width=None if sys.stdout.isatty() else 160)
users_app = typer.Typer(help="Tài khoản và mã truy cập API / Accounts and API tokens.",
                        no_args_is_help=True)
token_app = typer.Typer(help="Mã truy cập API / API tokens.", no_args_is_help=True)
users_app.add_typer(token_app, name="token")

PasswordStdin = Annotated[bool, typer.Option(
    "--password-stdin", help="Đọc mật khẩu từ dòng đầu của đầu vào chuẩn / "
                             "read the password from the first line of standard input")]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise MuctieuError("không có mật khẩu ở đầu vào chuẩn",
                               "no password on standard input", where="--password-stdin")
        return line
    first = typer.prompt("Mật khẩu / Password", hide_input=True)
    again = typer.prompt("Nhập lại / Repeat", hide_input=True)
    if first != again:
        raise MuctieuError("hai lần nhập mật khẩu khác nhau", "the two passwords differ",
                           where="password")
    return str(first)


def _province_code(province: str) -> str:
    """Today's province code for a name (old or new) or code."""
    unit = cli_store.references().units.province(province)
    if unit is None:
        from muctieu.catalog.units import find_province

        return find_province(province, where="--province").code  # raises with close names
    return unit.code


@users_app.command("add")
def users_add(
    email: Annotated[str, typer.Argument(help="Email")],
    role: Annotated[str, typer.Option("--role", help="admin | officer | reporter | viewer")],
    province: Annotated[str | None, typer.Option(
        "--province", help="Tỉnh/thành phố (trừ admin) / province (all but admin)")] = None,
    commune: Annotated[list[str] | None, typer.Option(
        "--commune", help="Xã/phường của đơn vị báo cáo (lặp lại được) / a reporter's "
                          "commune (repeatable)")] = None,
    agency: Annotated[str | None, typer.Option(
        "--agency", help="Cơ quan của đơn vị báo cáo / a reporter's agency")] = None,
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Tạo tài khoản / Create an account."""
    with user_errors():
        from muctieu.store.db import open_store
        from muctieu.store.users import ReportingUnit, add_user

        engine = open_store(db)
        code = _province_code(province) if province else None
        units = [ReportingUnit("agency", agency, agency)] if agency else []
        for c in commune or []:
            found = cli_store.references().units.commune(c, code or "")
            if found is None:
                raise MuctieuError(f"không có xã/phường '{c}' trong tỉnh {province}",
                                   f"no commune '{c}' in {province}", where="--commune")
            units.append(ReportingUnit("commune", found.code, found.name))
        info = add_user(engine, email, role, code, _password(password_stdin),
                        who=cli_actor(engine, user), units=units)
    out.print(f"Đã tạo / Created: {info.email} ({info.role}"
              f"{', ' + info.province_code if info.province_code else ''})", highlight=False)


@users_app.command("list")
def users_list(db: DbOption = None) -> None:
    """Danh sách tài khoản / List accounts."""
    with user_errors():
        from muctieu.store.db import open_store
        from muctieu.store.users import list_users

        users = list_users(open_store(db))
    table = Table(title="Tài khoản / Accounts")
    for col in ("Email", "Vai trò / Role", "Tỉnh / Province", "Đơn vị / Units",
                "Trạng thái / State"):
        table.add_column(col)
    for u in users:
        table.add_row(u.email, u.role, u.province_code or "—",
                      ", ".join(f"{x.name} ({x.code})" if x.kind == "commune" else x.name
                                for x in u.units) or "—",
                      "khoá / disabled" if u.disabled else "hoạt động / active")
    out.print(table)


@users_app.command("disable")
def users_disable(
    email: Annotated[str, typer.Argument(help="Email")],
    enable: Annotated[bool, typer.Option("--enable", help="Mở lại / enable again")] = False,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Khoá tài khoản (kết thúc phiên, từ chối mã API) / Disable an account."""
    with user_errors():
        from muctieu.store.db import open_store
        from muctieu.store.users import set_disabled

        engine = open_store(db)
        set_disabled(engine, email, not enable, who=cli_actor(engine, user))
    out.print(f"{'Đã mở / Enabled' if enable else 'Đã khoá / Disabled'}: {email}",
              highlight=False)


@users_app.command("reset-password")
def users_reset_password(
    email: Annotated[str, typer.Argument(help="Email")],
    password_stdin: PasswordStdin = False,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Đặt lại mật khẩu / Reset a password (ends the account's sessions)."""
    with user_errors():
        from muctieu.store.db import open_store
        from muctieu.store.users import reset_password

        engine = open_store(db)
        reset_password(engine, email, _password(password_stdin), who=cli_actor(engine, user))
    out.print(f"Đã đặt lại mật khẩu / Password reset: {email}", highlight=False)


@token_app.command("create")
def token_create(
    email: Annotated[str, typer.Argument(help="Email")],
    name: Annotated[str, typer.Option("--name", help="Tên gợi nhớ / label")] = "api",
    days: Annotated[int, typer.Option("--days", help="Hiệu lực (ngày) / valid for (days)")] = 365,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Tạo mã truy cập API (chỉ in một lần) / Create an API token (printed once)."""
    with user_errors():
        from muctieu.store.db import open_store
        from muctieu.store.tokens import create_token

        engine = open_store(db)
        token, info = create_token(engine, email, who=cli_actor(engine, user), name=name,
                                   days=days)
    sys.stdout.write(token + "\n")
    Console(stderr=True).print(
        f"Mã số {info.id}, hết hạn {info.expires_at:%Y-%m-%d}; lưu lại ngay, sẽ không hiện lại / "
        f"token {info.id}, expires {info.expires_at:%Y-%m-%d}; keep it now, it is not shown again",
        highlight=False)


@token_app.command("list")
def token_list(
    email: Annotated[str | None, typer.Argument(help="Email (mặc định: tất cả / default: all)")] = None,
    db: DbOption = None,
) -> None:
    """Danh sách mã truy cập API / List API tokens."""
    with user_errors():
        from muctieu.store.db import open_store
        from muctieu.store.tokens import list_tokens

        tokens = list_tokens(open_store(db), email)
    table = Table(title="Mã truy cập API / API tokens")
    for col in ("#", "Email", "Tên / Name", "Đầu mã / Prefix", "Hết hạn / Expires",
                "Dùng lần cuối / Last used", "Thu hồi / Revoked"):
        table.add_column(col)
    for t in tokens:
        table.add_row(str(t.id), t.email, t.name, t.prefix + "…",
                      f"{t.expires_at:%Y-%m-%d}" if t.expires_at else "—",
                      f"{t.last_used_at:%Y-%m-%d %H:%M}" if t.last_used_at else "—",
                      f"{t.revoked_at:%Y-%m-%d %H:%M}" if t.revoked_at else "—")
    out.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[int, typer.Argument(help="Mã số, xem `users token list` / token number")],
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Thu hồi mã truy cập API / Revoke an API token."""
    with user_errors():
        from muctieu.store.db import open_store
        from muctieu.store.tokens import revoke_token

        engine = open_store(db)
        revoke_token(engine, token_id, who=cli_actor(engine, user))
    out.print(f"Đã thu hồi / Revoked: {token_id}", highlight=False)


def release(
    province: Annotated[str, typer.Argument(help="Tỉnh/thành phố / province")],
    withdraw: Annotated[bool, typer.Option(
        "--withdraw", help="Rút lại công bố / take the publication back")] = False,
    db: DbOption = None,
    user: UserOption = None,
) -> None:
    """Công bố số liệu và đánh giá của một tỉnh / Publish a province's figures and evaluation."""
    with user_errors():
        from muctieu.store import publication
        from muctieu.store.db import open_store

        engine = open_store(db)
        code = _province_code(province)
        act = publication.withdraw if withdraw else publication.release
        changed = act(engine, code, cli_actor(engine, user))
    if withdraw:
        out.print(f"Đã rút lại công bố / Withdrawn: {province}" if changed else
                  f"{province} chưa được công bố / was not published", highlight=False)
    else:
        out.print(f"Đã công bố / Published: {province}" if changed else
                  f"{province} đã được công bố trước đó / was already published", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
    app.command("release")(release)

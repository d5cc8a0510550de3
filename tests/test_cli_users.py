"""`muctieu users ...` and `muctieu release` as an administrator runs them."""

import pytest
from typer.testing import CliRunner

from muctieu import cli_store
from muctieu.cli import app
from muctieu.store.db import open_store
from muctieu.store.publication import is_published
from muctieu.store.tokens import token_actor
from muctieu.store.users import authenticate, list_users
from tests.store_doubles import references

runner = CliRunner()
PASSWORD = "mot-mat-khau-dai"


@pytest.fixture(autouse=True)
def catalogue(monkeypatch):
    monkeypatch.setattr(cli_store, "references", references)


def _run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


def _add(db, email, *args, password=PASSWORD):
    return _run("users", "add", email, *args, "--password-stdin", "--db", db,
                stdin=password + "\n")


def test_the_first_admin_and_an_officer_are_made_from_the_cli(db_url):
    engine = open_store(db_url)
    assert list_users(engine) == []  # no default account
    assert _add(db_url, "admin@bo.gov.vn", "--role", "admin").exit_code == 0
    made = _add(db_url, "An@GiaLai.gov.vn", "--role", "officer", "--province", "Bình Định")
    assert made.exit_code == 0, made.output
    actor = authenticate(engine, "an@gialai.gov.vn", PASSWORD)
    assert (actor.role, actor.province_code) == ("officer", "52")  # Bình Định is now Gia Lai
    assert authenticate(engine, "an@gialai.gov.vn", "sai-mat-khau-roi") is None
    listed = _run("users", "list", "--db", db_url)
    assert "an@gialai.gov.vn" in listed.output and "officer" in listed.output
    engine.dispose()


@pytest.mark.parametrize("args, words", [
    (["--role", "officer"], "--province"),
    (["--role", "boss", "--province", "Gia Lai"], "boss"),
    (["--role", "reporter", "--province", "Gia Lai"], "--commune"),
    (["--role", "reporter", "--province", "Gia Lai", "--commune", "Xã Không Có"], "Không Có"),
])
def test_bad_accounts_are_refused_in_one_line(db_url, args, words):
    result = _add(db_url, "x@gl.vn", *args)
    assert result.exit_code == 2 and words in result.output


def test_a_short_password_is_refused(db_url):
    result = _add(db_url, "x@gl.vn", "--role", "admin", password="ngan")
    assert result.exit_code == 2 and "10" in result.output


def test_a_token_is_printed_once_works_and_stops_when_revoked_or_disabled(db_url):
    engine = open_store(db_url)
    _add(db_url, "xa@gl.vn", "--role", "reporter", "--province", "Gia Lai",
         "--commune", "Phường Quy Nhơn")
    created = _run("users", "token", "create", "xa@gl.vn", "--db", db_url)
    token = created.stdout.splitlines()[0]
    actor = token_actor(engine, token)
    assert actor.communes == {"21550"} and actor.role == "reporter"
    listed = _run("users", "token", "list", "--db", db_url).output
    assert token[:10] in listed and token not in listed  # only the prefix is shown again
    assert _run("users", "disable", "xa@gl.vn", "--db", db_url).exit_code == 0
    assert token_actor(engine, token) is None
    _run("users", "disable", "xa@gl.vn", "--enable", "--db", db_url)
    assert token_actor(engine, token) is not None
    assert _run("users", "token", "revoke", "1", "--db", db_url).exit_code == 0
    assert token_actor(engine, token) is None
    engine.dispose()


def test_reset_password_replaces_the_old_one(db_url):
    engine = open_store(db_url)
    _add(db_url, "an@gl.vn", "--role", "viewer", "--province", "Gia Lai")
    result = _run("users", "reset-password", "an@gl.vn", "--password-stdin", "--db", db_url,
                  stdin="mat-khau-moi-hoan-toan\n")
    assert result.exit_code == 0
    assert authenticate(engine, "an@gl.vn", PASSWORD) is None
    assert authenticate(engine, "an@gl.vn", "mat-khau-moi-hoan-toan") is not None
    engine.dispose()


def test_release_and_withdraw_follow_the_acting_account(db_url):
    engine = open_store(db_url)
    _add(db_url, "an@gl.vn", "--role", "officer", "--province", "Gia Lai")
    refused = _run("release", "Hà Nội", "--db", db_url, "--user", "an@gl.vn")
    assert refused.exit_code == 2 and "may not" in refused.output
    assert not is_published(engine, "01")
    assert _run("release", "Gia Lai", "--db", db_url, "--user", "an@gl.vn").exit_code == 0
    assert is_published(engine, "52")
    assert _run("release", "Gia Lai", "--withdraw", "--db", db_url).exit_code == 0  # local system
    assert not is_published(engine, "52")
    engine.dispose()


def test_an_officer_cannot_manage_accounts(db_url):
    _add(db_url, "an@gl.vn", "--role", "officer", "--province", "Gia Lai")
    result = _run("users", "add", "b@gl.vn", "--role", "admin", "--password-stdin",
                  "--db", db_url, "--user", "an@gl.vn", stdin=PASSWORD + "\n")
    assert result.exit_code == 2 and "may not create accounts" in result.output

from pathlib import Path

import pytest

from muctieu.errors import MuctieuError
from muctieu.store.db import resolve_url


def test_default_is_a_file_in_the_working_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("MUCTIEU_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url() == f"sqlite:///{tmp_path / 'muctieu.sqlite'}"


def test_environment_then_option_override(monkeypatch, tmp_path):
    monkeypatch.setenv("MUCTIEU_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'env.sqlite'}"
    url = "postgresql+psycopg://u@localhost/muctieu"
    assert resolve_url(url) == url


def test_relative_path_is_resolved(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert resolve_url("data/x.sqlite") == f"sqlite:///{Path(tmp_path) / 'data/x.sqlite'}"


def test_bad_url_is_a_bilingual_error():
    with pytest.raises(MuctieuError) as exc:
        resolve_url("nope://:::")
    assert "không hợp lệ" in exc.value.vi and "invalid" in exc.value.en

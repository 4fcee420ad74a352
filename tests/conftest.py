"""Shared fixtures: a fresh SQLite file per test, a fixed clock."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2026, 11, 27, 10, 0)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep the user's real data folder (log, backups, default database) out of the tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CMER_DESK_DATABASE", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "press.db"


@pytest.fixture
def app(db_path):
    from cmer_desk.app import AppContext

    ctx = AppContext.open(str(db_path))
    ctx.service_context.clock = lambda: NOW
    ctx.service_context.user = "agent.test"
    yield ctx
    ctx.close()


@pytest.fixture
def example_event_id(app):
    return app.example.load()

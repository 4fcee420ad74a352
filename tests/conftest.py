"""Shared fixtures: a fresh SQLite file per test, a fixed clock."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests draw the same examples on every run, so that `make test` gives the same verdict every time;
# `HYPOTHESIS_PROFILE=explore` draws new ones (and more of them) to look for new cases by hand.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

NOW = datetime(2026, 11, 27, 10, 0)


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch):
    """Every service context made in a test reads the fixed clock, never the machine's date."""
    monkeypatch.setattr("cmer_desk.services.base.now", lambda: NOW)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep the user's real data folder (log, backups, default database) out of the tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CMER_DESK_DATABASE", raising=False)


def pytest_addoption(parser):
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="run the suite on SQLite files (default) or on a throwaway PostgreSQL cluster",
    )


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: the test is about the SQLite file itself")
    config.addinivalue_line("markers", "wheel: builds and installs the wheel in a fresh environment (~30 s)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--engine") == "postgresql":
        skip = pytest.mark.skip(reason="about the SQLite file itself")
        for item in items:
            if "sqlite_only" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def engine_name(pytestconfig) -> str:
    return pytestconfig.getoption("--engine")


@pytest.fixture(scope="session")
def pg_cluster(engine_name):
    if engine_name != "postgresql":
        yield None
        return
    from tests.pg_cluster import Cluster, server_bin_dir

    bin_dir = server_bin_dir()
    if bin_dir is None:
        pytest.exit("--engine postgresql needs the PostgreSQL server (Debian package postgresql)", returncode=1)
    cluster = Cluster(bin_dir)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "press.db"


@pytest.fixture
def database_url(engine_name, pg_cluster, db_path):
    """A fresh, empty database for one test: a SQLite file, or a new database in the test cluster."""
    if pg_cluster is None:
        yield str(db_path)
        return
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def app(database_url):
    from cmer_desk.app import AppContext

    ctx = AppContext.open(database_url)
    ctx.service_context.clock = lambda: NOW
    ctx.service_context.user = "agent.test"
    yield ctx
    ctx.close()


@pytest.fixture
def example_event_id(app):
    return app.example.load()

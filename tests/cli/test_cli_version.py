"""cmer-desk --version: the version from the package metadata, without touching any database."""

from __future__ import annotations

import logging
import os
from importlib import metadata
from pathlib import Path

from tests.cli.test_cli import cmer_desk


def test_version_prints_the_metadata_version_and_opens_nothing(tmp_path):
    data = tmp_path / "data"
    done = cmer_desk("--version", env={"XDG_DATA_HOME": str(data), "CMER_DESK_DATABASE": str(tmp_path / "x.db")})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"cmer-desk {metadata.version('cmer-desk')}"
    assert lines[1] == "Licence : EUPL-1.2"
    assert "ReportLab " in lines[2] and "SQLAlchemy " in lines[2]
    assert done.stderr == ""
    assert not (tmp_path / "x.db").exists()
    assert not any(Path(data).rglob("*.db")) if os.path.isdir(data) else True


def test_version_after_a_command_is_still_a_usage_error():
    done = cmer_desk("events", "--version")
    assert done.returncode == 2
    assert "--version" in done.stderr


def test_the_windowed_entry_point_is_a_gui_script():
    [entry] = [e for e in metadata.entry_points(group="gui_scripts") if e.name == "cmer-desk-window"]
    assert entry.value == "cmer_desk.__main__:gui"
    assert callable(entry.load())
    assert not [e for e in metadata.entry_points(group="console_scripts") if e.name == "cmer-desk-window"]


def test_the_windowed_entry_point_runs_without_a_console(monkeypatch, tmp_path):
    """pythonw and a console=False bundle give the process no stdout and no stderr (None): a command
    still runs and exits with its status instead of failing on the missing console."""
    import sys

    import pytest

    from cmer_desk.__main__ import gui

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    root = logging.getLogger()  # the command sets up the log file: leave the process's logging as it was
    saved, level = root.handlers[:], root.level
    try:
        for argv in (["--version"], ["--database", str(tmp_path / "p.db"), "example"]):
            monkeypatch.setattr(sys, "argv", ["cmer-desk-window", *argv])
            with pytest.raises(SystemExit) as done:
                gui()
            assert done.value.code == 0
    finally:
        for handler in root.handlers:
            if handler not in saved:
                handler.close()
        root.handlers, root.level = saved, level
    assert (tmp_path / "p.db").is_file()

"""What the desk says about itself: version and licence from the package metadata, library versions."""

from __future__ import annotations

import logging
import logging.handlers
from importlib import metadata
from pathlib import Path

import reportlab
import sqlalchemy

import cmer_desk
from cmer_desk import about

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_the_package_metadata_and_matches_the_source():
    assert about.version() == metadata.version("cmer-desk")
    # a stale editable install (version bumped in the source, metadata not rebuilt) fails here
    assert about.version() == cmer_desk.__version__


def test_version_of_a_source_tree_without_metadata(monkeypatch):
    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert about.version() == cmer_desk.__version__


def test_the_declared_licence_and_its_official_text():
    assert about.licence() == "EUPL-1.2"
    text = about.licence_text()
    assert text is not None
    assert text == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n")
    assert "EUPL © the European Union 2007, 2016" in text
    assert "15. Applicable Law" in text and "EUPL version." in text


def test_library_versions_are_the_installed_ones():
    found = dict(about.library_versions())
    assert list(found)[:3] == ["Python", "PySide6", "SQLAlchemy"]
    assert found["SQLAlchemy"] == sqlalchemy.__version__
    assert found["ReportLab"] == reportlab.Version
    assert found["PySide6"] == metadata.version("PySide6-Essentials")


def test_a_library_that_is_not_installed_has_no_version(monkeypatch):
    real = metadata.version

    def without_psycopg(name):
        if name == "psycopg":
            raise metadata.PackageNotFoundError(name)
        return real(name)

    monkeypatch.setattr(metadata, "version", without_psycopg)
    assert dict(about.library_versions())["psycopg"] is None
    assert "psycopg" not in about.version_text()


def test_log_file_is_the_one_the_process_writes(tmp_path):
    assert about.log_file() is None or about.log_file().name == "cmer-desk.log"
    handler = logging.handlers.RotatingFileHandler(tmp_path / "desk.log", delay=True)
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = [handler]
    try:
        assert about.log_file() == tmp_path / "desk.log"
    finally:
        root.handlers = saved
        handler.close()


def test_version_text_first_line_is_for_scripts():
    lines = about.version_text().splitlines()
    assert lines[0] == f"cmer-desk {metadata.version('cmer-desk')}"
    assert lines[1] == "Licence : EUPL-1.2"
    assert f"SQLAlchemy {sqlalchemy.__version__}" in lines[2]


def test_database_location_shows_a_file_or_a_url_without_its_password(tmp_path):
    assert about.database_location(f"sqlite:///{tmp_path / 'presse.db'}") == str(tmp_path / "presse.db")
    shown = about.database_location("postgresql+psycopg://cmerdesk:s3cret@serveur.prefecture.local/presse")
    assert shown == "postgresql+psycopg://cmerdesk:***@serveur.prefecture.local/presse"

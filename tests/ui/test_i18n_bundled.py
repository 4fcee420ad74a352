"""A bundle has no pyside6-lrelease: its .qm is compiled when the bundle is built and shipped where the .ts
would be; the desk loads it from there without compiling anything."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from cmer_desk.ui import i18n

needs_lrelease = pytest.mark.skipif(i18n.find_lrelease() is None, reason="pyside6-lrelease is not installed")


@pytest.fixture
def shipped(tmp_path):
    """A translations folder as in the bundle: the compiled .qm alone."""
    qm = i18n.compiled_translation("en", cache_dir=tmp_path / "build")
    folder = tmp_path / "bundle" / "translations"
    folder.mkdir(parents=True)
    shutil.copy(qm, folder / "cmer_desk_en.qm")
    return folder


@needs_lrelease
def test_a_shipped_translation_is_used_without_lrelease(shipped, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    cache = tmp_path / "cache"
    qm = i18n.compiled_translation("en", ts_dir=shipped, cache_dir=cache)
    assert qm == shipped / "cmer_desk_en.qm"
    assert not cache.exists()  # nothing compiled, nothing written in the user's cache
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&Quitter") == "&Quit"


@needs_lrelease
def test_the_window_speaks_english_from_the_shipped_file(shipped, tmp_path, monkeypatch, make_window):
    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    monkeypatch.setattr(i18n, "I18N_DIR", shipped)
    installed = i18n.install(QApplication.instance(), "en", cache_dir=tmp_path / "cache")
    try:
        window = make_window()
        assert window.sidebar.item(0).text() == "Events"
    finally:
        i18n.uninstall(QApplication.instance(), installed)
        QLocale.setDefault(i18n.locale_for("fr"))


@needs_lrelease
def test_a_stale_qm_beside_a_newer_ts_is_not_used(tmp_path):
    """In a source tree the .ts wins: a leftover .qm older than it is ignored and the cache is rebuilt."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(i18n.I18N_DIR / "cmer_desk_en.ts", folder / "cmer_desk_en.ts")
    stale = folder / "cmer_desk_en.qm"
    stale.write_bytes(b"not a translation")
    ts_time = (folder / "cmer_desk_en.ts").stat().st_mtime
    import os

    os.utime(stale, (ts_time - 100, ts_time - 100))
    qm = i18n.compiled_translation("en", ts_dir=folder, cache_dir=tmp_path / "cache")
    assert qm == tmp_path / "cache" / "cmer_desk_en.qm"


def test_no_translation_at_all_for_an_unknown_language(tmp_path):
    assert i18n.compiled_translation("de", cache_dir=tmp_path / "cache") is None

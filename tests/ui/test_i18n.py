"""The English translation: built from the .ts into a cache folder, then the window speaks English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from cmer_desk.ui import i18n

needs_lrelease = pytest.mark.skipif(i18n.find_lrelease() is None,
                                    reason="pyside6-lrelease is not installed: the .ts cannot be compiled")


@pytest.fixture
def language(tmp_path):
    installed = []

    def use(code: str):
        installed.extend(i18n.install(QApplication.instance(), code, cache_dir=tmp_path / "cache"))
        return tmp_path / "cache"

    yield use
    i18n.uninstall(QApplication.instance(), installed)
    QLocale.setDefault(i18n.locale_for("fr"))


@needs_lrelease
def test_english_window(language, make_window):
    cache = language("en")
    assert (cache / "cmer_desk_en.qm").is_file()
    window = make_window(load_example=True)
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Events", "Contacts", "Outlets and organisations", "Accreditations"]
    assert window.documents.menu.title() == "&Documents"
    assert window.save_action.text() == "&Save"
    assert window.tools_menu.title() == "&Tools"
    assert window.safety.backup_action.text() == "&Back up now"
    assert window.data.import_contacts_action.text() == "&Import contacts…"
    assert window.events_page.new_button.text() == "New"  # a string of the base class RecordPage
    assert window.events_page.model.headerData(1, Qt.Orientation.Horizontal) == "Title"
    assert window.events_page.form.starts_at.text().startswith("Wednesday 24/01/2018")  # dates follow the language
    assert QLocale().toString(QDate(2018, 1, 24), QLocale.FormatType.LongFormat).startswith("Wednesday")


@needs_lrelease
def test_stale_translation_is_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    qm = i18n.compiled_translation("en", cache_dir=cache)
    assert qm is not None and qm.stat().st_size > 1000
    ts = i18n.I18N_DIR / "cmer_desk_en.ts"
    import os

    os.utime(qm, (ts.stat().st_mtime - 100, ts.stat().st_mtime - 100))
    again = i18n.compiled_translation("en", cache_dir=cache)
    assert again.stat().st_mtime >= ts.stat().st_mtime


def test_french_needs_no_translation_of_ours(language, make_window):
    language("fr")
    assert QLocale().toString(QDate(2018, 1, 24), "dddd d MMMM yyyy") == "mercredi 24 janvier 2018"
    window = make_window(load_example=True)
    assert window.sidebar.item(0).text() == "Événements"
    assert window.events_page.form.starts_at.text().startswith("mercredi 24/01/2018")

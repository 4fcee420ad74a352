"""The messages made outside Qt that the window shows, in English: the contact readers' line errors and notes
in the import dialog, the keyring's refusal in the settings dialog, a damaged database's banner. Each is read
off the real widgets and judged as tests/ui/test_i18n_screens.py judges the main journeys."""

from __future__ import annotations

import re

import pytest

from tests.ui.test_i18n_screens import FRENCH_WORDS, foreign, needs_lrelease, shown_texts

pytestmark = needs_lrelease

# (file name, bytes, what the dialog must say in English: a fragment of a line error or a note)
BROKEN_FILES = [
    pytest.param("open-quote.csv", b'Nom;Prenom\nDUPONT;Jean\n"MARTIN;Paul\n', "Line 3", id="csv open quote"),
    pytest.param("too-many.csv", b"Nom;Prenom\nDUPONT;Jean\nMARTIN;Paul;extra;more\n",
                 "4 columns instead of 2", id="csv too many columns"),
    pytest.param("mixed.csv", b"Nom;Prenom;Ville\nDUPONT;Jean;Arles\n"
                 + "MARTIN;Paul;Bézier\n".encode("cp1252") + "DURAND;Zoé;Nîmes\n".encode(),
                 "Windows-1252", id="csv windows-1252 line"),
    pytest.param("bad.ldif", b"dn: cn=Jean DUPONT\ncn: Jean DUPONT\nsn:: ***notbase64***\nmail: jean@example.org\n",
                 "base64", id="ldif bad base64"),
    pytest.param("bad.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jean DUPONT\r\nN:DUPONT;Jean;;;\r\nEND:VCARD\r\n"
                 b"stray text here\r\n", "outside a card", id="vcard text outside a card"),
    pytest.param("empty.csv", b"", "empty", id="empty file"),
    pytest.param("workbook.csv", b"PK\x03\x04rest", "workbook", id="a workbook named .csv"),
]


def _text(content: bytes) -> str:
    """The file's text as the readers decode it (a Windows-1252 line too)."""
    from cmer_desk.formats.decoding import decode_text
    from cmer_desk.formats.errors import FileFormatError

    try:
        return decode_text(content).text
    except FileFormatError:
        return ""


@pytest.fixture
def open_in_import_dialog(interface_language, app_ctx, qtbot, tmp_path, choose_file):
    """``open(name, content)``: the import dialog in English, the file chosen as a person does (the file
    dialog answers with its path)."""
    from cmer_desk.ui.dialogs.import_dialog import ImportDialog

    interface_language("en")

    def open_file(name: str, content: bytes):
        path = tmp_path / name
        path.write_bytes(content)
        dialog = ImportDialog(app_ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        choose_file(path)
        dialog.choose_button.click()
        return dialog

    return open_file


@pytest.mark.parametrize(("name", "content", "expected"), BROKEN_FILES)
def test_the_import_dialog_tells_line_errors_in_english(open_in_import_dialog, name, content, expected):
    dialog = open_in_import_dialog(name, content)
    if dialog.import_button.isEnabled():
        dialog.skip_radio.setChecked(dialog.skip_radio.isVisible())
        dialog.simulate_button.click()
    texts = shown_texts(dialog)
    everything = "\n".join(text for _, text in texts)
    assert expected in everything, everything
    # the file's own cells are data, not interface
    cells = sorted({c.casefold() for c in re.split(r"[\r\n;:]", _text(content)) if c.strip()}, key=len, reverse=True)
    assert foreign(texts, cells, FRENCH_WORDS, accents=True) == []


def test_a_file_without_a_name_column_offers_its_mapping_in_english(open_in_import_dialog):
    dialog = open_in_import_dialog("columns.csv", b"Alpha;Beta\nDUPONT;Jean\n")
    assert len(dialog.combos) == 2  # the headers to map by hand, not a refusal
    assert "no column is recognised" in dialog.check_label.text() + dialog.issues.toPlainText(), shown_texts(dialog)


class _RefusingKeyring:
    """A system keyring that refuses to store (locked, or the user said no)."""

    priority = 5

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise RuntimeError("Prompt dismissed")


@pytest.fixture(params=["none", "refusing"])
def broken_keyring(request):
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.backends import fail

    previous = keyring.get_keyring()
    if request.param == "none":
        keyring.set_keyring(fail.Keyring())
    else:
        keyring.set_keyring(type("Refusing", (_RefusingKeyring, KeyringBackend), {})())
    yield request.param
    keyring.set_keyring(previous)


def test_a_keyring_failure_is_told_in_english(interface_language, app_ctx, settings, qtbot, broken_keyring):
    from cmer_desk.ui.dialogs.settings_dialog import SettingsDialog

    interface_language("en")
    dialog = SettingsDialog(app_ctx.profile, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.database.setText("postgresql+psycopg://desk:secret@server/press")
    dialog.save()
    assert dialog.isVisible()  # refused, nothing kept
    error = dialog.rows["database"].error.text()
    assert ".pgpass" in error and "keyring" in error, error
    if broken_keyring == "refusing":
        assert "Prompt dismissed" in error
    assert foreign([("database error", error)], [], FRENCH_WORDS, accents=True) == []


def _damage_one_index(path, index: str) -> None:
    """Overwrite the first page of one index with garbage, as a failing disk would."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        page = connection.execute("SELECT min(pageno) FROM dbstat WHERE name = ?", (index,)).fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    data[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_told_in_english_in_the_banner(interface_language, qtbot, tmp_path, settings):
    from cmer_desk.app import AppContext
    from cmer_desk.ui.main_window import MainWindow
    path = tmp_path / "damaged.db"
    ctx = AppContext.open(str(path), backup_dir=tmp_path / "backups")
    ctx.example.load()
    ctx.close()
    _damage_one_index(path, "ix_contact_email_address")  # the window still reads its lists; the check sees it
    interface_language("en")
    ctx = AppContext.open(str(path), backup_dir=tmp_path / "backups")
    try:
        assert ctx.health.damaged
        window = MainWindow(ctx, settings)
        qtbot.addWidget(window)
        window.show()
        banner = window.safety.banner
        assert banner is not None and banner.isVisible()
        assert banner.label.text().startswith("The database is damaged"), banner.label.text()
        # SQLite's own detail is quoted as SQLite wrote it (English)
        assert foreign(shown_texts(banner), [], FRENCH_WORDS, accents=True) == []
        window.close()
    finally:
        ctx.close()


def test_the_integrity_problems_follow_the_interface_language(interface_language, app_ctx):
    from sqlalchemy import text

    from cmer_desk.services.integrity import check_database, verdict

    app_ctx.example.load()
    with app_ctx.engine.begin() as connection:
        connection.execute(text("UPDATE contact SET sort_key = 'zzz' WHERE id = (SELECT min(id) FROM contact)"))
    french = [p.message for p in check_database(app_ctx.engine)]
    assert any("clé de tri périmée" in m for m in french), french
    assert verdict([]) == "Vérification terminée : la base de données est saine."
    interface_language("en")
    english = [p.message for p in check_database(app_ctx.engine)]
    assert len(english) == len(french)
    assert foreign([("problem", m) for m in english], [], FRENCH_WORDS, accents=True) == []
    assert verdict([]).startswith("Check finished")


@pytest.mark.parametrize(("name", "content"), [
    pytest.param("good.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jean DUPONT\r\nN:DUPONT;Jean;;;\r\n"
                 b"EMAIL;TYPE=HOME:jean@example.org\r\nEND:VCARD\r\n", id="vcard"),
    pytest.param("good.ldif", b"dn: cn=Jean DUPONT\ncn: Jean DUPONT\nsn: DUPONT\ngivenName: Jean\n"
                 b"mail: jean@example.org\n", id="ldif"),
])
def test_a_vcard_or_ldif_file_shows_the_desk_fields_in_english(open_in_import_dialog, name, content):
    """Such a file has no header row: its columns are the desk's own fields, named in the interface language."""
    dialog = open_in_import_dialog(name, content)
    assert dialog.import_button.isEnabled()
    cells = sorted({c.casefold() for c in re.split(r"[\r\n;:]", _text(content)) if c.strip()}, key=len, reverse=True)
    assert foreign(shown_texts(dialog), cells, FRENCH_WORDS, accents=True) == []
    dialog.simulate_button.click()
    assert "1 created" in dialog.result_label.text(), dialog.result_label.text()

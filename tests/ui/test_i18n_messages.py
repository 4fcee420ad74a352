"""The messages made outside Qt that the window shows, in English: the contact readers' line errors and notes
in the import dialog, the keyring's refusal in the settings dialog, a damaged database's banner. Each is read
off the real widgets and judged as tests/ui/test_i18n_screens.py judges the main journeys."""

from __future__ import annotations

import pytest

from tests.ui.test_i18n_screens import FRENCH_WORDS, foreign, needs_lrelease, shown_texts

pytestmark = needs_lrelease

# (file name, bytes, what the dialog must say in English: a fragment of a line error or a note)
BROKEN_FILES = [
    pytest.param("open-quote.csv", b'Nom;Prenom\nDUPONT;Jean\n"MARTIN;Paul\n', "Line 3", id="csv open quote"),
    pytest.param("too-many.csv", b"Nom;Prenom\nDUPONT;Jean\nMARTIN;Paul;extra;more\n",
                 "4 columns instead of 2", id="csv too many columns"),
    pytest.param("mixed.csv", "Nom;Prenom;Ville\nDUPONT;Jean;Arles\n".encode()
                 + "MARTIN;Paul;Bézier\n".encode("cp1252") + "DURAND;Zoé;Nîmes\n".encode(),
                 "Windows-1252", id="csv windows-1252 line"),
    pytest.param("bad.ldif", b"dn: cn=Jean DUPONT\ncn: Jean DUPONT\nsn:: ***notbase64***\nmail: jean@example.org\n",
                 "base64", id="ldif bad base64"),
    pytest.param("bad.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jean DUPONT\r\nN:DUPONT;Jean;;;\r\nEND:VCARD\r\n"
                 b"stray text here\r\n", "outside a card", id="vcard text outside a card"),
    pytest.param("empty.csv", b"", "empty", id="empty file"),
    pytest.param("workbook.csv", b"PK\x03\x04rest", "workbook", id="a workbook named .csv"),
]


def _dialog_texts(dialog) -> list[tuple[str, str]]:
    return shown_texts(dialog)


@pytest.mark.parametrize(("name", "content", "expected"), BROKEN_FILES)
def test_the_import_dialog_tells_line_errors_in_english(interface_language, app_ctx, qtbot, tmp_path, choose_file,
                                                        name, content, expected):
    from cmer_desk.ui.dialogs.import_dialog import ImportDialog

    interface_language("en")
    path = tmp_path / name
    path.write_bytes(content)
    dialog = ImportDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    choose_file(path)
    dialog.choose_button.click()  # as a person does: the file dialog answers with the path
    if dialog.import_button.isEnabled():
        dialog.skip_radio.setChecked(dialog.skip_radio.isVisible())
        dialog.simulate_button.click()
    texts = _dialog_texts(dialog)
    everything = "\n".join(text for _, text in texts)
    assert expected in everything, everything
    # the file's own cells are data, not interface
    cells = sorted({c.casefold() for c in content.decode("utf-8", "replace").replace("\r", "").replace(";", "\n")
                    .replace(":", "\n").split("\n") if c.strip()}, key=len, reverse=True)
    assert foreign(texts, cells, FRENCH_WORDS, accents=True) == []

"""The main journeys in English show no French, and in French no English: every visible widget's text,
placeholder and tooltip, the menus, the headers and cells of the lists, the status line, the messages beside
the fields, the dialogs. What the bureau typed (the example's names, places, titles, the invitation's words)
is data, not interface: every text value of the database is taken out of what is read before it is judged,
and so is the invitation's preview (a French document in both languages)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import inspect, text

from cmer_desk.ui import i18n

needs_lrelease = pytest.mark.skipif(i18n.find_lrelease() is None, reason="pyside6-lrelease is not installed")

# Words only French uses (the English words that look alike, "date", "type", "notes", "contacts", are left out).
_FRENCH = """
le la les des du un une et est sont pour avec dans sur aucun aucune pas ou au aux sans cette ces ce qui que
nouveau nouvelle enregistrer supprimer annuler fermer fichier dossier rechercher ajouter retirer modifier
liste listes lieu ville nom prénom statut titre texte fin début heure heures mois jour semaine demande demandée
confirmée refusée annulée envoyée terminée brouillon média médias organisme organismes courriel téléphone
accréditation accréditations événement événements paramètres sauvegarde outils aide affichage édition
imprimer aperçu enregistré enregistrée impossible erreur champ obligatoire oui non fiche fiches
"""
FRENCH_WORDS = frozenset(_FRENCH.split())

# Words only English uses, for the other way round ("contact", "notes", "radio", "fax" are both).
_ENGLISH = """
the and of to with is are not no yes new save cancel delete remove open close file folder search add edit view
tools help settings backup event events outlet outlets accreditation accreditations requested confirmed refused
draft sent done status title name town venue phone email e-mail print preview list lists warning error required
undo redo quit start end time
"""
ENGLISH_WORDS = frozenset(_ENGLISH.split())

# Said on purpose in its own language or a name: a language in the language chooser, a font's name.
NAMES = ("Français", "English", "DejaVu Sans")
PATH = re.compile(r"\S*[/\\]\S*")  # a file's path is the workstation's, not the interface's
HALF_PLURAL = re.compile(r"\w\(s\)")  # "fiche(s)": a plural left undecided
ACCENTED = re.compile(r"[éèêàâùûçôîœÉÈÊÀÇ]")
QUOTED = re.compile(r"“[^”]*”")  # English quoting French: a field's content, the documents' wording


# Not what the bureau typed: the journal (it quotes the French labels), the settings, the folded search
# words, and the vocabularies' codes ("draft", "confirmed": English words).
NOT_DATA_TABLES = {"change_log", "setting", "alembic_version"}
NOT_DATA_COLUMNS = {"search_text", "kind", "status", "role", "press_card_kind", "time_style", "apostrophe_style"}


def data_strings(app_ctx) -> list[str]:
    """Every text value the bureau typed in the database, each line of it too, folded, longest first."""
    found: set[str] = set()
    with app_ctx.engine.connect() as connection:
        inspector = inspect(connection)
        for table in set(inspector.get_table_names()) - NOT_DATA_TABLES:
            columns = [c["name"] for c in inspector.get_columns(table)
                       if str(c["type"]).upper().startswith(("VARCHAR", "TEXT", "CHAR"))
                       and c["name"] not in NOT_DATA_COLUMNS]
            for column in columns:
                for (value,) in connection.execute(text(f'SELECT "{column}" FROM "{table}"')):
                    if isinstance(value, str) and value.strip():
                        found.add(value.strip())
                        found.update(line.strip() for line in re.split(r"[\n;]", value) if len(line.strip()) > 2)
    return sorted({value.casefold() for value in found}, key=len, reverse=True)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what ``root`` shows: widgets' texts and tooltips, lists' headers and cells."""
    out: list[tuple[str, str]] = []

    def add(where: str, value: str | None) -> None:
        if value and value.strip():
            out.append((where, value))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root.window()) and widget is not root:
            continue
        if type(widget).__name__ in {"InvitationPreview", "QPdfView"} or widget.objectName() == "invitation_preview":
            continue
        name = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        add(f"{name} tooltip", widget.toolTip())
        if widget.isWindow():
            add(f"{name} title", widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            add(name, widget.text())
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, QLineEdit):
            add(f"{name} placeholder", widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            add(f"{name} placeholder", widget.placeholderText())
            if widget.isReadOnly():
                add(name, widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(f"{name} item", widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(f"{name} tab", widget.tabText(i))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                add(f"{name} item", widget.item(i).text())
        if (isinstance(widget, QAbstractItemView) and widget.model() is not None
                and not isinstance(widget, QListWidget | QHeaderView)):  # a header: its view's model
            model = widget.model()
            for column in range(model.columnCount()):
                add(f"{name} header", model.headerData(column, Qt.Orientation.Horizontal))
                for row in range(min(model.rowCount(), 20)):
                    index = model.index(row, column)
                    add(f"{name} cell", model.data(index))
                    add(f"{name} cell tooltip", model.data(index, Qt.ItemDataRole.ToolTipRole))
    for menu in root.findChildren(QMenu):
        add("menu", menu.title())
        for action in menu.actions():
            add(f"menu {menu.title()}", action.text())
            add(f"menu {menu.title()} tooltip", action.toolTip())
    if hasattr(root, "statusBar"):
        add("status line", root.statusBar().currentMessage())
    return [(w, str(t)) for w, t in out]


def foreign(texts: list[tuple[str, str]], data: list[str], words: frozenset[str], accents: bool) -> list[str]:
    found = []
    for where, value in texts:
        hits: list[str] = []
        rest = PATH.sub(" ", value.replace("&", ""))
        for name in NAMES:
            rest = rest.replace(name, " ")
        rest = rest.casefold()  # the lists show names their own way ("de MAZIÈRES Olivier")
        for datum in data:
            if datum in rest:
                rest = rest.replace(datum, " ")
        if accents:
            rest = QUOTED.sub(" ", rest)
            if ACCENTED.search(rest):
                hits.append("accents")
        if HALF_PLURAL.search(rest):
            hits.append("(s)")
        tokens = {t.casefold() for t in re.findall(r"[\w'-]+", rest)}
        hits = sorted(tokens & words) + hits
        if hits:
            found.append(f"{where}: {value!r} ({', '.join(hits)})")
    return sorted(set(found))


def journey_screens(window, app_ctx, qtbot):
    """The window through the main journeys, page by page: yields what it shows at each step."""
    from tests.ui.test_access_keys import _dialogs

    window.show()
    event_id = window.events_page.current_id()
    yield "events", shown_texts(window)
    form = window.events_page.form
    form.title_edit.setText("")
    window.save()  # refused: the message beside the field, and the status line
    yield "events, a refused save", shown_texts(window)
    window.events_page.form.reject_changes() if hasattr(form, "reject_changes") else None
    window.forget_unsaved()
    for row in (1, 2):
        window.sidebar.setCurrentRow(row)
        page = window.pages[row]
        page.table.selectRow(0)
        yield f"page {row}", shown_texts(window)
    window.sidebar.setCurrentRow(3)
    page = window.accreditations_page
    page.set_event(event_id)
    page.table.selectRow(0)
    yield "accreditations", shown_texts(window)
    window.checkin_action.trigger()
    page.search.setText("inconnu du bataillon")
    page.search.returnPressed.emit()
    yield "check-in", shown_texts(window)
    window.checkin_action.trigger()
    window.sidebar.setCurrentRow(0)
    settings = window.settings
    for dialog in _dialogs(app_ctx, window, settings, event_id):
        qtbot.addWidget(dialog)
        dialog.show()
        yield type(dialog).__name__, shown_texts(dialog)
        dialog.reject()


@pytest.mark.parametrize(("code", "words", "accents"), [
    pytest.param("en", FRENCH_WORDS, True, id="english shows no french", marks=needs_lrelease),
    pytest.param("fr", ENGLISH_WORDS, False, id="french shows no english"),
])
def test_one_language_on_screen(interface_language, make_window, app_ctx, qtbot, code, words, accents):
    interface_language(code)
    window = make_window(load_example=True)
    data = data_strings(app_ctx)
    problems = []
    for step, texts in journey_screens(window, app_ctx, qtbot):
        problems += [f"{step} › {p}" for p in foreign(texts, data, words, accents)]
    assert problems == [], "\n".join(problems)

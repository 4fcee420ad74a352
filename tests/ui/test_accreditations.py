"""Accreditations page: add, decide several at once, limits, check-in, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cmer_desk.domain.drafts import ContactDraft, EventDraft, OrganisationDraft
from cmer_desk.domain.enums import EventStatus
from tests.ui.conftest import press, type_text


def _event_with_journalists(app_ctx, capacity=None, per_outlet=None):
    from datetime import datetime

    outlet = app_ctx.organisations.save(OrganisationDraft(name="Le Courrier du Delta")).id
    event = app_ctx.events.save(EventDraft(title="Signature", issue_place="Marseille",
                                           issue_date=datetime(2018, 1, 22).date(), status=EventStatus.DONE,
                                           starts_at=datetime(2018, 1, 24, 11, 30), capacity=capacity,
                                           per_outlet_limit=per_outlet)).id
    people = [app_ctx.contacts.save(ContactDraft(first_name=f, last_name=l, organisation_id=outlet)).id
              for f, l in (("Émile", "Zoé"), ("Zoé", "Émery"), ("Chloé", "Œillet"))]
    return event, people


def _open(make_window, event_id, app_ctx=None):
    """The accreditations page of an event; with ``app_ctx`` and no event, of the example's."""
    window = make_window(load_example=app_ctx is not None)
    window.events_page.select_id(event_id if event_id is not None else app_ctx.example.load())
    window.sidebar.setCurrentRow(3)
    return window, window.accreditations_page


def _add_three(page, qtbot):
    for typed in ("zoe emile", "emery", "oeillet"):
        type_text(page.picker, typed)
        press(page.picker, Qt.Key.Key_Return)
    assert page.model.rowCount() == 3


def _status_of(page):
    return {page.model.row_at(r).name: page.model.row_at(r).status for r in range(page.model.rowCount())}


def test_add_confirm_two_refuse_one_with_reason_and_undo(make_window, app_ctx, qtbot, monkeypatch):
    event, _people = _event_with_journalists(app_ctx)
    window, page = _open(make_window, event)
    _add_three(page, qtbot)
    assert "Demandée : 3" in page.counts_label.text()
    page.select_ids([page.model.row_at(0).id, page.model.row_at(1).id])  # ÉMERY, ŒILLET (French order)
    page.confirm_button.click()
    assert window.statusBar().currentMessage() == "2 accréditations confirmées"
    assert "Confirmée : 2" in page.counts_label.text() and "Demandée : 1" in page.counts_label.text()
    monkeypatch.setattr("cmer_desk.ui.pages.accreditations_page.ask_reason", lambda parent, n: "Carte non reconnue")
    page.select_ids([page.model.row_at(2).id])
    page.refuse_button.click()
    assert _status_of(page) == {"ÉMERY Zoé": "Confirmée", "ŒILLET Chloé": "Confirmée", "ZOÉ Émile": "Refusée"}
    assert app_ctx.accreditations.get(page.model.row_at(2).id).decision_reason == "Carte non reconnue"
    window.undo_action.trigger()
    assert _status_of(page)["ZOÉ Émile"] == "Demandée"
    window.undo_action.trigger()
    assert "Confirmée : 0" in page.counts_label.text() and "Demandée : 3" in page.counts_label.text()
    window.redo_action.trigger()
    assert "Confirmée : 2" in page.counts_label.text()


def test_limit_error_asks_before_going_over(make_window, app_ctx, qtbot, monkeypatch):
    event, _people = _event_with_journalists(app_ctx, capacity=2)
    _window, page = _open(make_window, event)
    _add_three(page, qtbot)
    asked = []

    def refuse(self):
        asked.append(self.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    page.select_ids([page.model.row_at(r).id for r in range(3)])
    page.confirm_button.click()
    assert "capacité" in asked[0] and "Confirmer quand même" in asked[0]
    assert "Confirmée : 0" in page.counts_label.text()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    page.confirm_button.click()
    assert "Confirmée : 3" in page.counts_label.text()
    assert "Places : 3 / 2" in page.limits_label.text()


def test_check_in_mode_enter_ticks_and_second_enter_undoes(make_window, app_ctx, qtbot):
    event, _people = _event_with_journalists(app_ctx)
    window, page = _open(make_window, event)
    _add_three(page, qtbot)
    page.select_ids([page.model.row_at(r).id for r in range(3)])
    page.confirm_button.click()
    window.checkin_action.trigger()
    assert page.checkin_mode.isChecked() and window.focusWidget() is page.search
    type_text(page.search, "œillet")
    press(page.search, Qt.Key.Key_Return)
    assert page.arrivals_label.text() == "Arrivées : 1 sur 3 confirmées"
    assert window.statusBar().currentMessage().startswith("Arrivée de ŒILLET Chloé à ")
    press(page.search, Qt.Key.Key_Return)
    assert page.arrivals_label.text() == "Arrivées : 0 sur 3 confirmées"
    press(page.search, Qt.Key.Key_Return)
    assert page.arrivals_label.text() == "Arrivées : 1 sur 3 confirmées"
    window.undo_action.trigger()  # Ctrl+Z undoes the last arrival
    assert page.arrivals_label.text() == "Arrivées : 0 sur 3 confirmées"


def test_create_a_contact_on_the_spot_accredits_it(make_window, app_ctx, qtbot, monkeypatch):
    from cmer_desk.ui.dialogs.new_contact_dialog import NewContactDialog

    event, _people = _event_with_journalists(app_ctx)
    window, page = _open(make_window, event)
    seen = []

    def fill_and_save(dialog):
        seen.append((dialog.form.first_name.text(), dialog.form.last_name.text()))
        type_text(dialog.form.email, "katia.bertaud@exemple.fr")
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(NewContactDialog, "exec", fill_and_save)
    type_text(page.picker, "Katia Bertaud")
    press(page.picker, Qt.Key.Key_Return)  # nobody matches: Enter offers the contact form
    assert seen == [("Katia", "Bertaud")]
    assert _status_of(page) == {"BERTAUD Katia": "Demandée"}
    row = page.model.row_at(0)
    assert app_ctx.contacts.get(row.contact_id).email == "katia.bertaud@exemple.fr"
    assert window.statusBar().currentMessage() == "Demande d'accréditation ajoutée : BERTAUD Katia"
    # the button does the same, starting from an empty form
    monkeypatch.setattr(NewContactDialog, "exec", lambda d: (type_text(d.form.last_name, "Ozenne"),
                                                            d.save_button.click(), d.result())[-1])
    page.picker.new_button.click()
    assert set(_status_of(page)) == {"BERTAUD Katia", "OZENNE"}


def test_new_contact_dialog_keeps_typing_on_a_validation_error(qtbot, app_ctx):
    from cmer_desk.ui.dialogs.new_contact_dialog import NewContactDialog

    dialog = NewContactDialog(app_ctx.contacts, app_ctx.organisations, "")
    qtbot.addWidget(dialog)
    type_text(dialog.form.email, "pas-une-adresse")
    dialog.save_button.click()
    assert dialog.contact_id is None and dialog.result() == 0
    assert dialog.form.email.text() == "pas-une-adresse"


def _key_as_typed(key: Qt.Key, text: str = "") -> None:
    """A key pressed by a person: it goes to the open popup when there is one, else to the focused widget."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
    QCoreApplication.processEvents()


def test_enter_on_a_suggestion_adds_exactly_the_journalist_chosen(make_window, app_ctx, qtbot):
    window, page = _open(make_window, None, app_ctx)
    before = set(_status_of(page))
    type_text(page.picker, "arbaud")  # Anne-Sophie d'ARBAUD, not accredited yet
    popup = page.picker.completer_.popup()
    assert popup.isVisible()
    _key_as_typed(Qt.Key.Key_Down)
    assert "ARBAUD" in popup.currentIndex().data()
    _key_as_typed(Qt.Key.Key_Return)
    assert set(_status_of(page)) - before == {"d'ARBAUD Anne-Sophie"}
    assert window.statusBar().currentMessage().startswith("Demande d'accréditation ajoutée : d'ARBAUD Anne-Sophie")


def test_a_duplicate_request_is_said_in_the_status_line_and_typing_goes_on(make_window, app_ctx, qtbot):
    window, page = _open(make_window, None, app_ctx)
    count = page.model.rowCount()
    type_text(page.picker, "cazales")  # already accredited: no dialog (an unexpected one fails the test)
    press(page.picker, Qt.Key.Key_Return)
    assert page.model.rowCount() == count
    assert "déjà accréditée" in window.statusBar().currentMessage()
    assert "CAZALÈS Jérôme" in window.statusBar().currentMessage()
    type_text(page.picker, "arbaud")
    assert page.picker.text() == "arbaud"
    press(page.picker, Qt.Key.Key_Return)
    assert page.model.rowCount() == count + 1


def test_suppr_asks_then_deletes_the_request_and_ctrl_z_brings_it_back(make_window, app_ctx, qtbot, monkeypatch):
    event, _people = _event_with_journalists(app_ctx)
    window, page = _open(make_window, event)
    _add_three(page, qtbot)
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or QMessageBox.StandardButton.No)
    target = page.model.row_at(0)
    page.select_ids([target.id])
    with qtbot.waitActive(window):  # shortcuts only work in the active window
        window.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # through the shortcut map, as a real key press
    assert asked and target.name in asked[0]
    assert page.model.rowCount() == 3  # "Non": nothing deleted
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert target.name not in _status_of(page) and page.model.rowCount() == 2
    assert window.statusBar().currentMessage().startswith("1 demande d'accréditation supprimée")
    window.undo_action.trigger()
    assert page.model.rowCount() == 3
    back = next(page.model.row_at(r) for r in range(3) if page.model.row_at(r).id == target.id)
    assert (back.number, back.code) == (target.number, target.code)
    # the Édition menu's Supprimer does the same on this page
    page.select_ids([target.id])
    window.delete_action.trigger()
    assert page.model.rowCount() == 2


def test_the_refusal_reason_shows_in_the_list(make_window, app_ctx):
    window = make_window(load_example=True)
    window.events_page.select_id(app_ctx.example.load())
    window.sidebar.setCurrentRow(3)
    page = window.accreditations_page
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    reason_column = headers.index("Motif")
    row = page.proxy.proxy_row_of_id(next(r.id for r in page.model.rows() if r.name == "WAŁĘSA Łukasz"))
    index = page.proxy.index(row, reason_column)
    assert index.data() == "Carte de presse non reconnue"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Carte de presse non reconnue"

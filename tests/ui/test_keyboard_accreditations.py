"""The accreditations page by keyboard: Tab leaves the list, each decision has a shortcut named in its
tooltip, and the list's context menu (right click, Menu key, Shift+F10) holds them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

from tests.ui.conftest import press
from tests.ui.keyboard import CTRL_SHIFT, SHIFT, shortcut
from tests.ui.test_accreditations import _event_with_journalists, _open, _status_of


def _page_with_three(make_window, app_ctx, qtbot):
    event, people = _event_with_journalists(app_ctx)
    for contact_id in people:
        from cmer_desk.domain.drafts import AccreditationDraft

        app_ctx.accreditations.save(AccreditationDraft(event_id=event, contact_id=contact_id))
    window, page = _open(make_window, event)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts work in the active window
    return window, page


def test_tab_leaves_every_table_of_the_window(make_window, app_ctx, qtbot):
    window, page = _page_with_three(make_window, app_ctx, qtbot)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    press(page.table, Qt.Key.Key_Tab)
    assert window.focusWidget() is not page.table
    assert window.events_page.form is not None  # built on first use: its lists too
    tables = window.findChildren(QAbstractItemView)
    assert len(tables) >= 5
    assert [t.accessibleName() or t.objectName() for t in tables if t.tabKeyNavigation()] == []


def test_every_decision_has_a_shortcut_named_in_its_tooltip(make_window, app_ctx, qtbot):
    _window, page = _page_with_three(make_window, app_ctx, qtbot)
    tips = {b.text(): b.toolTip() for b in (page.confirm_button, page.refuse_button, page.wait_button,
                                            page.cancel_button, page.checkin_button, page.delete_button)}
    assert tips == {
        "Confirmer": "Confirmer (Ctrl+Maj+C)", "Refuser…": "Refuser… (Ctrl+Maj+R)",
        "Liste d'attente": "Liste d'attente (Ctrl+Maj+L)",
        "Annuler l'accréditation": "Annuler l'accréditation (Ctrl+Maj+A)",
        "Arrivée / départ": "Arrivée / départ (Ctrl+Maj+E)",
        "Supprimer la demande…": "Supprimer la demande… (Suppr)"}


def test_the_shortcuts_decide_from_the_list(make_window, app_ctx, qtbot, monkeypatch):
    window, page = _page_with_three(make_window, app_ctx, qtbot)
    page.table.setFocus()
    page.table.selectRow(0)
    shortcut(Qt.Key.Key_C, CTRL_SHIFT, page.table)
    assert _status_of(page)["ÉMERY Zoé"] == "Confirmée"
    page.table.selectRow(1)
    shortcut(Qt.Key.Key_L, CTRL_SHIFT, page.table)
    assert _status_of(page)["ŒILLET Chloé"] == "Liste d'attente"
    monkeypatch.setattr("cmer_desk.ui.pages.accreditations_page.ask_reason", lambda parent, n: "Hors délai")
    page.table.selectRow(2)
    shortcut(Qt.Key.Key_R, CTRL_SHIFT, page.table)
    assert _status_of(page)["ZOÉ Émile"] == "Refusée"
    page.table.selectRow(1)
    shortcut(Qt.Key.Key_A, CTRL_SHIFT, page.table)
    assert _status_of(page)["ŒILLET Chloé"] == "Annulée"
    page.table.selectRow(0)
    shortcut(Qt.Key.Key_E, CTRL_SHIFT, page.table)
    assert page.model.row_at(page.model.source_row_of_id(page.proxy.row_at(0).id)).arrived_at is not None
    assert window.statusBar().currentMessage()


def _menu_shown() -> QMenu:
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.isVisible()
    return menu


def test_the_context_menu_opens_on_shift_f10_and_the_menu_key(make_window, app_ctx, qtbot):
    _window, page = _page_with_three(make_window, app_ctx, qtbot)
    page.table.setFocus()
    page.table.selectRow(0)
    shortcut(Qt.Key.Key_F10, SHIFT, page.table)
    menu = _menu_shown()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Confirmer", "Refuser…", "Liste d'attente", "Annuler l'accréditation", "Arrivée / départ",
        "Supprimer la demande…"]
    QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)  # the first entry: Confirmer
    assert not menu.isVisible()
    assert _status_of(page)["ÉMERY Zoé"] == "Confirmée"
    page.table.setFocus()
    page.table.selectRow(1)
    QTest.keyClick(page.table, Qt.Key.Key_Menu)
    menu = _menu_shown()
    for _ in range(3):
        QTest.keyClick(menu, Qt.Key.Key_Down)
    QTest.keyClick(menu, Qt.Key.Key_Return)  # Liste d'attente
    assert _status_of(page)["ŒILLET Chloé"] == "Liste d'attente"


def test_a_right_click_opens_the_same_menu(make_window, app_ctx, qtbot):
    _window, page = _page_with_three(make_window, app_ctx, qtbot)
    page.table.selectRow(0)
    rect = page.table.visualRect(page.proxy.index(0, 0))
    page.table.customContextMenuRequested.emit(rect.center())
    menu = _menu_shown()
    assert menu is page.context_menu.menu
    press(menu, Qt.Key.Key_Escape)


def test_after_a_decision_the_arrows_go_on_from_the_same_row(make_window, app_ctx, qtbot):
    _window, page = _page_with_three(make_window, app_ctx, qtbot)
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Down)
    press(page.table, Qt.Key.Key_Up)  # the first row, selected
    shortcut(Qt.Key.Key_C, CTRL_SHIFT, page.table)
    assert page.table.currentIndex().row() == 0
    press(page.table, Qt.Key.Key_Down)
    shortcut(Qt.Key.Key_L, CTRL_SHIFT, page.table)
    assert _status_of(page) == {"ÉMERY Zoé": "Confirmée", "ŒILLET Chloé": "Liste d'attente", "ZOÉ Émile": "Demandée"}

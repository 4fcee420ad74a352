"""The window shows its frame before the database is open, then fills itself once painted."""

from __future__ import annotations


def test_frame_first_then_the_event_list_then_the_rest(qtbot, app_ctx, settings):
    from cmer_desk.ui.main_window import MainWindow

    app_ctx.example.load()
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.statusBar().currentMessage() == "Ouverture du fichier de presse…"
    assert window.pages == []
    window.attach(app_ctx, load_now=False)
    assert window.events_page.model.rowCount() == 0  # nothing read before the window is painted
    # only what the event list needs is built before it is painted: no form, no preview, no other page
    assert window.pages == [window.events_page] and not window.events_page.has_form()
    qtbot.waitUntil(lambda: window.events_page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: len(window.pages) == 4, timeout=5000)
    qtbot.waitUntil(lambda: window.contacts_page.model.rowCount() == 14, timeout=5000)
    assert window.events_page.current_id() == 1
    assert window.events_page.form.title_edit.text().startswith("Installation de la cellule")
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    window.close()


def test_closing_before_the_database_is_open(qtbot, settings):
    from cmer_desk.ui.main_window import MainWindow

    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.close()

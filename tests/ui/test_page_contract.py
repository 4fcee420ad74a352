"""Pages with a contract: the window drives every page the same way, and each page follows what was saved
(here or elsewhere) once, now when on screen, else when shown."""

from __future__ import annotations

from cmer_desk.domain.drafts import ContactDraft, OrganisationDraft
from cmer_desk.ui.pages.base import Page
from tests.ui.conftest import type_text


def _count_calls(page, method: str, monkeypatch) -> list[int]:
    calls: list[int] = []
    original = getattr(type(page), method)

    def counted(self):
        calls.append(1)
        return original(self)

    monkeypatch.setattr(type(page), method, counted)
    return calls


def _count_reloads(page, monkeypatch) -> list[int]:
    return _count_calls(page, "reload", monkeypatch)


def test_every_page_keeps_the_contract(make_window):
    window = make_window()
    assert [type(p).__name__ for p in window.pages] == ["EventsPage", "ContactsPage", "OrganisationsPage",
                                                       "AccreditationsPage"]
    assert all(isinstance(p, Page) for p in window.pages)
    assert [p.page_title() for p in window.pages] == ["Événements", "Contacts", "Médias et organismes",
                                                      "Accréditations"]
    assert [p.delete_scope() is not None for p in window.pages] == [True, True, True, False]


def test_the_accreditations_page_takes_new_save_and_delete_like_any_page(make_window):
    window = make_window(load_example=True)
    window.sidebar.setCurrentRow(3)
    page = window.accreditations_page
    window.new_action.trigger()
    assert window.focusWidget() is page.picker
    window.save_action.trigger()  # nothing to save there: no error message
    assert "Enregistrement impossible" not in window.statusBar().currentMessage()
    rows = page.model.rowCount()
    window.delete_action.trigger()
    assert page.model.rowCount() == rows


def test_a_renamed_outlet_shows_in_the_contact_list_when_it_is_next_shown(make_window, app_ctx, monkeypatch):
    outlet = app_ctx.organisations.save(OrganisationDraft(name="Radio Camargue")).id
    app_ctx.contacts.save(ContactDraft(first_name="Zoé", last_name="Émery", organisation_id=outlet))
    window = make_window()
    contacts = window.contacts_page
    reloads = _count_reloads(contacts, monkeypatch)
    window.sidebar.setCurrentRow(2)
    page = window.organisations_page
    page.select_id(outlet)
    page.form.name.clear()
    type_text(page.form.name, "Radio Camargue FM")
    window.save_action.trigger()
    assert reloads == []  # hidden: nothing read yet
    window.sidebar.setCurrentRow(1)
    assert reloads == [1]
    assert contacts.proxy.row_at(0).organisation == "Radio Camargue FM"
    assert "Radio Camargue FM" in [contacts.form.organisation.itemText(i)
                                   for i in range(contacts.form.organisation.count())]
    window.sidebar.setCurrentRow(2)
    window.sidebar.setCurrentRow(1)
    assert reloads == [1]  # nothing changed since: not read again


def test_the_accreditations_of_the_event_are_read_once_when_shown(make_window, app_ctx, monkeypatch):
    window = make_window(load_example=True)
    page = window.accreditations_page
    reloads = _count_reloads(page, monkeypatch)
    events = window.events_page
    type_text(events.form.venue_room, " bis")
    window.save_action.trigger()
    assert reloads == []
    window.sidebar.setCurrentRow(3)
    assert reloads == [1]
    assert page.model.rowCount() == 7


def test_a_status_change_and_its_undo_refresh_the_list_once_each(make_window, app_ctx, monkeypatch):
    window = make_window(load_example=True)
    window.sidebar.setCurrentRow(3)
    page = window.accreditations_page
    rows = _count_calls(page, "refresh_rows", monkeypatch)
    requested = next(page.model.row_at(r) for r in range(page.model.rowCount()) if page.model.row_at(r).status == "Demandée")
    page.select_ids([requested.id])
    page.confirm_button.click()
    assert rows == [1]
    window.undo_action.trigger()
    assert rows == [1, 1]
    assert app_ctx.accreditations.get(requested.id).status.label == "Demandée"


def test_an_import_shows_its_new_outlets_in_the_outlets_page(make_window, app_ctx, tmp_path):
    window = make_window()
    path = tmp_path / "c.csv"
    path.write_text("Nom;Prénom;Média\nÉmery;Zoé;Radio Camargue\n", encoding="utf-8")
    dialog = window.data.import_contacts_dialog()
    assert dialog.load_file(path)
    dialog.import_button.click()
    window.data._imported(dialog)
    window.sidebar.setCurrentRow(2)
    assert [window.organisations_page.proxy.row_at(r).name
            for r in range(window.organisations_page.proxy.rowCount())] == ["Radio Camargue"]
    window.sidebar.setCurrentRow(1)
    assert window.contacts_page.proxy.rowCount() == 1


def test_read_only_reaches_the_form_built_later(make_window, app_ctx, qtbot, settings):
    from cmer_desk.ui.main_window import MainWindow

    app_ctx.example.load()
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    window.attach(app_ctx, load_now=False)
    window.events_page.set_read_only(True)
    qtbot.waitUntil(lambda: window.events_page.has_form(), timeout=5000)
    assert window.events_page.form.title_edit.isReadOnly()

"""Two workstations on one file: what the other one saves shows up in the list without a manual refresh."""

from __future__ import annotations

from cmer_desk.app import AppContext
from cmer_desk.domain.contact_points import PhoneNumber
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import ContactKind
from tests.ui.conftest import type_text


def _other_workstation(tmp_path, user="agent.dupont"):
    other = AppContext.open(str(tmp_path / "t.db"), start_backup=False)
    other.service_context.user = user
    return other


def _names(page):
    return [page.proxy.row_at(r).name for r in range(page.proxy.rowCount())]


def test_a_save_elsewhere_appears_in_the_list_keeping_the_selection(make_window, app_ctx, tmp_path):
    aubert = app_ctx.contacts.save(ContactDraft(first_name="Anne", last_name="Aubert")).id
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.select_id(aubert)
    other = _other_workstation(tmp_path)
    try:
        other.contacts.save(ContactDraft(first_name="Bruno", last_name="Blanc"))
    finally:
        other.close()
    assert _names(page) == ["AUBERT Anne"]
    assert window.live.poll() == 1
    assert _names(page) == ["AUBERT Anne", "BLANC Bruno"]
    assert page.current_id() == aubert
    assert [page.proxy.row_at(i.row()).name for i in page.table.selectionModel().selectedRows()] == ["AUBERT Anne"]
    assert window.statusBar().currentMessage() == "Mis à jour : 1 modification d'un autre poste (agent.dupont)"
    assert window.live.poll() == 0  # nothing new


def test_the_timer_polls_by_itself(make_window, app_ctx, tmp_path, qtbot):
    window = make_window()
    window.live.timer.setInterval(30)
    window.sidebar.setCurrentRow(1)
    other = _other_workstation(tmp_path)
    try:
        other.contacts.save(ContactDraft(first_name="Chloé", last_name="Cordier"))
    finally:
        other.close()
    qtbot.waitUntil(lambda: _names(window.contacts_page) == ["CORDIER Chloé"], timeout=3000)


def test_own_saves_are_not_announced_even_under_the_same_user_name(make_window, app_ctx, tmp_path):
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    window.new_action.trigger()
    type_text(page.form.last_name, "Émery")
    window.save_action.trigger()
    assert window.live.poll() == 0
    assert window.statusBar().currentMessage() == "Contact enregistré : Émery"
    other = _other_workstation(tmp_path, user=app_ctx.service_context.user)  # same account, other workstation
    try:
        other.contacts.save(ContactDraft(last_name="Fabre"))
    finally:
        other.close()
    assert window.live.poll() == 1
    assert "FABRE" in _names(page)


def test_a_clean_form_follows_the_other_workstation(make_window, app_ctx, tmp_path):
    contact = app_ctx.contacts.save(ContactDraft(first_name="Katia", last_name="Bertaud"))
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.select_id(contact.id)
    other = _other_workstation(tmp_path)
    try:
        draft = other.contacts.get(contact.id)
        draft.function = "chargée de communication"
        other.contacts.save(draft)
    finally:
        other.close()
    window.live.poll()
    assert page.form.function.text() == "chargée de communication"
    assert not page.remote_banner.isVisible()


def test_a_form_being_edited_is_never_reloaded_a_banner_says_why(make_window, app_ctx, tmp_path):
    contact = app_ctx.contacts.save(ContactDraft(first_name="Katia", last_name="Bertaud"))
    window = make_window()
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    page.select_id(contact.id)
    type_text(page.form.function, "journaliste")
    other = _other_workstation(tmp_path)
    try:
        draft = other.contacts.get(contact.id)
        draft.phones = [PhoneNumber("06 12 34 56 78", ContactKind.MOBILE)]
        other.contacts.save(draft)
    finally:
        other.close()
    window.live.poll()
    assert page.remote_banner.isVisible()
    assert page.remote_banner.text() == "Cette fiche a été modifiée sur un autre poste"
    assert page.form.function.text() == "journaliste" and page.form.is_dirty()
    assert page.form.mobile.text() == ""


def test_a_hidden_page_is_reloaded_when_shown(make_window, app_ctx, tmp_path):
    window = make_window()
    window.sidebar.setCurrentRow(0)
    other = _other_workstation(tmp_path)
    try:
        other.contacts.save(ContactDraft(last_name="Garnier"))
    finally:
        other.close()
    window.live.poll()
    assert _names(window.contacts_page) == []
    window.sidebar.setCurrentRow(1)
    assert _names(window.contacts_page) == ["GARNIER"]

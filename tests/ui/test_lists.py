"""Lists: the window opens, searches ignore accents and case, French order holds."""

from __future__ import annotations

from cmer_desk.domain.drafts import ContactDraft
from tests.ui.conftest import type_text


def test_window_opens_on_an_empty_database(make_window):
    window = make_window()
    assert window.sidebar.count() == 4
    assert window.events_page.proxy.rowCount() == 0
    assert window.accreditations_page.event_label.text().startswith("Choisissez")
    assert window.statusBar().currentMessage() == "Prêt"


def test_opens_on_the_events_page_with_the_first_event_selected(make_window):
    window = make_window(load_example=True)
    assert window.stack.currentWidget() is window.events_page
    assert window.events_page.form.title_edit.text().startswith("Installation de la cellule")


def test_search_meziere_finds_mazieres(make_window, qtbot):
    window = make_window(load_example=True)
    window.sidebar.setCurrentRow(1)
    page = window.contacts_page
    assert page.proxy.rowCount() > 5
    type_text(page.search, "meziere")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1)
    assert page.proxy.row_at(0).name == "de MAZIÈRES Olivier"
    page.search.clear()
    type_text(page.search, "ÉMERY")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1 and page.proxy.row_at(0).name == "ÉMERY Zoé")


def test_french_sort_order_in_the_contact_list(make_window, app_ctx):
    for first, last in (("Zoé", "Zèbre"), ("Anne", "Émery"), ("Paul", "Eymard"), ("Luc", "Durand")):
        app_ctx.contacts.save(ContactDraft(first_name=first, last_name=last))
    window = make_window()
    page = window.contacts_page
    page.table.sortByColumn(0, page.default_sort[1])
    names = [page.proxy.row_at(r).name for r in range(page.proxy.rowCount())]
    assert names == ["DURAND Luc", "ÉMERY Anne", "EYMARD Paul", "ZÈBRE Zoé"]
    page.table.sortByColumn(0, page.default_sort[1].__class__.DescendingOrder)
    names = [page.proxy.row_at(r).name for r in range(page.proxy.rowCount())]
    assert names == ["ZÈBRE Zoé", "EYMARD Paul", "ÉMERY Anne", "DURAND Luc"]


def test_filtering_100000_rows_finds_exactly_the_matching_rows(qtbot):
    """What is shown at 100,000 rows (how fast is benchmarks/bench_search.py's job, not a unit test's)."""
    from cmer_desk.domain.text import fold
    from cmer_desk.ui.models.table import FoldFilterProxy
    from tests.ui.synthetic import synthetic_model

    model = synthetic_model()
    proxy = FoldFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("mazieres")
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == [100_000]
    proxy.set_search("meziere")  # one typo
    assert [proxy.row_at(r).id for r in range(proxy.rowCount())] == [100_000]
    proxy.set_search("nom4")
    assert proxy.rowCount() == 11111
    assert all("nom4" in fold(proxy.row_at(r).name) for r in range(proxy.rowCount()))


def test_a_contact_created_from_the_event_form_shows_on_the_contacts_page(make_window, app_ctx, monkeypatch):
    from cmer_desk.ui.dialogs.new_contact_dialog import NewContactDialog
    from tests.ui.conftest import type_text

    window = make_window(load_example=True)
    window.events_page.select_id(app_ctx.example.load())
    window.sidebar.setCurrentRow(1)
    assert "VIDAL Hélène" not in {r.name for r in window.contacts_page.model.rows()}
    window.sidebar.setCurrentRow(0)

    def fill_and_save(dialog):
        type_text(dialog.form.first_name, "Hélène")
        type_text(dialog.form.last_name, "Vidal")
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(NewContactDialog, "exec", fill_and_save)
    window.events_page.form.official_picker.new_button.click()
    window.sidebar.setCurrentRow(1)
    assert "VIDAL Hélène" in {r.name for r in window.contacts_page.model.rows()}

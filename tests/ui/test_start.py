"""The window shows its frame before the database is open, then fills itself once painted."""

from __future__ import annotations

import pytest


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


# --- the event list read before the database layer is imported ---------------------------------------------

def _filled_file(tmp_path):
    """A SQLite file with the example and varied events, closed; its rows as the service gives them."""
    from tests.db.test_first_list import fill_file

    path = tmp_path / "presse.db"
    return path, fill_file(path, tmp_path / "backups")


def _shown(table) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _start_the_desk(database, tmp_path) -> dict[str, str]:
    """The desk started as a person starts it, with the start probe (CMER_DESK_BENCH_EXIT=1): its marks."""
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen", CMER_DESK_BENCH_EXIT="1")
    done = subprocess.run([sys.executable, "-m", "cmer_desk", "--database", str(database)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    marks = dict(line.partition(" ")[::2] for line in done.stdout.splitlines())
    assert "window-shown" in marks and "data-on-screen" in marks, done.stdout
    return marks


@pytest.mark.sqlite_only  # (the early list is read from SQLite files only)
def test_the_event_list_is_painted_before_sqlalchemy_is_imported(tmp_path):
    path, rows = _filled_file(tmp_path)
    marks = _start_the_desk(path, tmp_path)
    assert marks["rows-painted"] == f"{len(rows)} database-layer-imported=no"


@pytest.mark.sqlite_only
def test_a_database_to_migrate_is_listed_the_normal_way(tmp_path):
    from tests.db.test_first_list import downgrade

    path, rows = _filled_file(tmp_path)
    downgrade(path, "0005", tmp_path)
    marks = _start_the_desk(path, tmp_path)
    assert marks["rows-painted"] == f"{len(rows)} database-layer-imported=yes"


@pytest.mark.sqlite_only
def test_the_early_list_is_read_only_then_the_open_database_takes_over(qtbot, settings, tmp_path):
    """Rows read early show at once, with nothing writable and no form; once the database is open the list
    is the same, read again the normal way, keeping the sort and the row chosen meanwhile."""
    from PySide6.QtCore import Qt

    from cmer_desk.app import AppContext
    from cmer_desk.domain.text import fold
    from cmer_desk.services.event_rows import first_rows
    from cmer_desk.ui.main_window import MainWindow
    from tests.conftest import NOW

    path, rows = _filled_file(tmp_path)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    early = first_rows(str(path))
    assert early == rows
    window.show_first_rows(early)
    page = window.events_page
    assert page.model.rowCount() == len(rows) and page.count_label.text() == f"{len(rows)} fiches"
    assert window.pages == [] and window.stack.currentWidget() is page
    assert not any(b.isEnabled() for b in (page.new_button, page.save_button, page.delete_button))
    assert not page.save()
    page.new()
    page.delete()
    page.refresh()
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # a click on « Titre »
    page.table.selectRow(2)
    chosen = page.proxy.row_at(2).id
    assert not page.has_form() and page.current_id() is None  # nothing opened before the database is
    before = _shown(page.table)
    assert [row[1] for row in before] == sorted((r.title for r in rows), key=fold)

    ctx = AppContext.open(str(path), backup_dir=tmp_path / "backups")
    ctx.service_context.clock = lambda: NOW
    try:
        reads = []
        original = ctx.events.rows
        ctx.events.rows = lambda search=None: reads.append(1) or original(search)
        window.attach(ctx, load_now=False)
        assert window.events_page is page
        qtbot.waitUntil(lambda: len(window.pages) == 4, timeout=5000)
        qtbot.waitUntil(lambda: page.current_id() == chosen, timeout=5000)
        assert reads == [1]  # read again once, the normal way
        assert _shown(page.table) == before
        assert page.table.horizontalHeader().sortIndicatorSection() == 1
        assert page.form.title_edit.text() == next(r.title for r in rows if r.id == chosen)
        assert all(b.isEnabled() for b in (page.new_button, page.save_button, page.delete_button))
        window.close()
    finally:
        ctx.close()


def test_on_postgresql_the_list_comes_the_normal_way(database_url, tmp_path):
    if "://" not in database_url:
        pytest.skip("a PostgreSQL database (pytest --engine postgresql)")
    from cmer_desk.app import AppContext
    from tests.conftest import NOW

    ctx = AppContext.open(database_url, backup_dir=tmp_path / "backups")
    ctx.service_context.clock = lambda: NOW
    ctx.example.load()
    count = len(ctx.events.rows())
    ctx.close()
    marks = _start_the_desk(database_url, tmp_path)
    assert marks["rows-painted"] == f"{count} database-layer-imported=yes"

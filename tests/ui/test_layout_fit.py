"""What the window lays out fits what it shows, in French and in English: the event list's columns all in
view at the window's default size (no horizontal scroll), and a form's labels apart from their fields."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from cmer_desk.ui import i18n

needs_lrelease = pytest.mark.skipif(i18n.find_lrelease() is None, reason="pyside6-lrelease is not installed")
LANGUAGES = ["fr", pytest.param("en", marks=needs_lrelease)]
LABEL_GAP = 10  # pixels at least between the end of a label's text and its field


@pytest.fixture(params=LANGUAGES)
def language(request, interface_language):
    interface_language(request.param)
    return request.param


# The window's default size (1360×840, see MainWindow) on the screens it meets, and a smaller laptop's; the
# offscreen test screen (800×800) is smaller than the window's minimum, so each size is set.
SIZES = [pytest.param((1360, 840), id="1440x900 screen"), pytest.param((1360, 688), id="1366x768 screen"),
         pytest.param((1280, 690), id="1280x800 screen")]


@pytest.mark.parametrize("size", SIZES)
def test_every_column_of_the_event_list_is_in_view(language, make_window, size):
    window = make_window(load_example=True)
    window.resize(*size)
    QApplication.processEvents()
    table = window.events_page.table
    header = table.horizontalHeader()
    last = header.count() - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right <= table.viewport().width(), (window.size(), [header.sectionSize(c) for c in range(last + 1)])
    assert not table.horizontalScrollBar().isVisible()
    for column in range(last + 1):  # each column at least as wide as its header and what it shows
        wanted = header.sectionSizeFromContents(column).width()
        if column != 1:  # the title takes what is left (long titles are elided)
            wanted = max(wanted, table.sizeHintForColumn(column))
        assert header.sectionSize(column) >= min(wanted, 120 if column == 1 else wanted), (
            column, header.sectionSize(column), wanted)


def test_form_labels_keep_apart_from_their_fields(language, make_window):
    window = make_window(load_example=True)
    QApplication.processEvents()
    problems = []
    for page in (window.events_page, window.contacts_page):
        window.sidebar.setCurrentRow(window.pages.index(page))
        QApplication.processEvents()
        for row in page.form.rows.values():
            label, field = row.label, row.widget
            if not label.isVisibleTo(window):
                continue
            text = label.text().replace("&", "")
            end = label.mapTo(window, label.contentsRect().topLeft()).x() + label.fontMetrics().horizontalAdvance(text)
            start = field.mapTo(window, field.rect().topLeft()).x()
            if start - end < LABEL_GAP:
                problems.append(f"{text!r} ends {start - end} px before its field")
    assert problems == []

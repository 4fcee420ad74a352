"""The PDF preview fitted to its pane's width never resizes itself for ever.

With the page fitted to the width, a vertical scroll bar that comes and goes changes that width, hence the
page's height, hence whether the bar is needed: at some pane heights Qt laid the view out again and again,
without end (the window froze; seen in the keyboard journey when the form's splitter left the preview such
a height). The event filter below counts the view's resizes and stops the loop by hiding the view, so
that the test fails instead of hanging."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from cmer_desk.formats.pdf.invitation import render_invitation
from cmer_desk.ui.print.pdf_view import PdfPreview
from tests.formats.conftest import make_invitation

ENOUGH = 200  # resizes of the viewport for one change of the pane's size: a handful at most


class ResizeCounter(QObject):
    def __init__(self, preview: PdfPreview):
        super().__init__(preview)
        self.preview, self.count = preview, 0
        preview.view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.count += 1
            if self.count > ENOUGH:
                self.preview.view.hide()  # ends the loop (the scroll bars of a hidden view stay as they are)
        return False


def test_the_fitted_page_does_not_make_the_scroll_bar_come_and_go(qtbot):
    preview = PdfPreview("Aperçu")
    qtbot.addWidget(preview)
    preview.set_pdf(render_invitation(make_invitation()))
    assert preview.page_count() == 1
    preview.resize(400, 500)
    preview.show()
    qtbot.waitExposed(preview)
    counter = ResizeCounter(preview)
    worst = 0
    for height in range(420, 700, 2):  # across the heights where one A4 page fits with or without the bar
        counter.count = 0
        preview.resize(400, height)
        QApplication.processEvents()
        worst = max(worst, counter.count)
        assert preview.view.isVisible(), f"the preview resized itself {counter.count} times at 400x{height}"
    assert worst <= 5

"""The two panes of a record page: the list (search field, table, count) and the form's frame (heading,
banner, scroll area, buttons). They set the page's widgets (``page.search``, ``page.table``...), which
the page and its subclasses then drive (cmer_desk.ui.pages.record_page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cmer_desk.ui.widgets.tables import make_table

if TYPE_CHECKING:
    from cmer_desk.ui.pages.record_page import RecordPage

SEARCH_DELAY_MS = 120  # the list filters once typing pauses


def list_pane(page: RecordPage) -> QWidget:
    """The search field (filtering as one types) over the sortable table and the count of records."""
    page.search = QLineEdit()
    page.search.setObjectName("search")
    page.search.setPlaceholderText(QCoreApplication.translate("RecordPage", "Rechercher (Ctrl+F) : nom, média, ville…"))
    page.search.setClearButtonEnabled(True)
    page.search.setAccessibleName(QCoreApplication.translate("RecordPage", "Rechercher"))
    search_label = QLabel(QCoreApplication.translate("RecordPage", "&Rechercher"))
    search_label.setBuddy(page.search)
    page._search_timer = QTimer(page)
    page._search_timer.setSingleShot(True)
    page._search_timer.setInterval(SEARCH_DELAY_MS)
    page._search_timer.timeout.connect(page.apply_search)
    page.search.textChanged.connect(page._search_timer.start)
    page.search.returnPressed.connect(page._search_entered)

    page.table = make_table(f"{page.key}_table")
    page.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    page.table.setModel(page.proxy)
    page.table.horizontalHeader().setSortIndicator(*page.default_sort)
    page.table.setAccessibleName(page.page_title())
    page.table.selectionModel().currentRowChanged.connect(page._row_changed)
    page.count_label = QLabel()
    for signal in (page.proxy.rowsInserted, page.proxy.rowsRemoved, page.proxy.modelReset, page.proxy.layoutChanged):
        signal.connect(page._update_count)

    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addWidget(search_label)
    row.addWidget(page.search)
    layout.addLayout(row)
    layout.addWidget(page.table)
    layout.addWidget(page.count_label)
    return pane


def form_pane(page: RecordPage) -> QWidget:
    """The heading of the record open, the banner of a change made elsewhere, the form's scroll area and the
    New / Delete / Save buttons."""
    page.new_button = QPushButton(QCoreApplication.translate("RecordPage", "Nouveau"))
    page.save_button = QPushButton(QCoreApplication.translate("RecordPage", "Enregistrer"))
    page.delete_button = QPushButton(QCoreApplication.translate("RecordPage", "Supprimer"))
    for button in (page.new_button, page.save_button, page.delete_button):
        button.setAccessibleName(button.text())
    page.new_button.clicked.connect(page.new)
    page.save_button.clicked.connect(page.save)
    page.delete_button.clicked.connect(page.delete)
    page.form_title = QLabel()
    page.form_title.setStyleSheet("font-weight: bold; font-size: 14px;")
    # another workstation changed the record open here while it is being edited
    page.remote_banner = QLabel()
    page.remote_banner.setObjectName("remote_banner")
    page.remote_banner.setWordWrap(True)
    page.remote_banner.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #e0b700; padding: 4px; }")
    page.remote_banner.hide()
    page.form_scroll = QScrollArea()
    page.form_scroll.setWidgetResizable(True)

    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page.form_title)
    layout.addWidget(page.remote_banner)
    layout.addWidget(page.form_scroll)
    buttons = QHBoxLayout()
    buttons.addWidget(page.new_button)
    buttons.addStretch()
    buttons.addWidget(page.delete_button)
    buttons.addWidget(page.save_button)
    layout.addLayout(buttons)
    return pane

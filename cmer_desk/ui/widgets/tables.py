"""The desk's list tables: whole rows selected, sortable, Tab leaves them (the arrows move inside)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_table(name: str) -> QTableView:
    """A list table named ``name`` (its object name, which the tests and the layout state use)."""
    table = QTableView()
    table.setObjectName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move inside it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicatorShown(True)
    table.setWordWrap(False)
    return table


CELL_PADDING = 16  # a cell's margins and focus frame around its text


def fit_columns(table: QTableView, stretch: int, samples: dict[int, list[str]] | None = None) -> None:
    """Every column as wide as its header and the longest of its ``samples`` (texts it may show, in the
    interface language), and column ``stretch`` taking what is left, so that the whole list is in view
    without scrolling sideways; a person can still widen a column (the list then scrolls)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    metrics = table.fontMetrics()
    for column in range(header.count()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        texts = (samples or {}).get(column, [])
        width = max([header.sectionSizeFromContents(column).width()]
                    + [metrics.horizontalAdvance(text) + CELL_PADDING for text in texts])
        header.resizeSection(column, width)

"""The desk's list tables: whole rows selected, sortable, Tab leaves them (the arrows move inside)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


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

"""Table models over the services' light row tuples, and a cheap accent-insensitive filter proxy."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cmer_desk.domain.text import fold
from cmer_desk.ui.models.matching import Matcher

Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ALIGNMENT, _USER = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column:
    """One column: its header, what it shows for a row, and how it sorts (defaults to the folded text)."""

    header: str
    value: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel):
    """Read-only model over a list of NamedTuple rows. Keeps one folded search string per row, indexed
    for the search when the rows load (see matching.py)."""

    def __init__(self, columns: Sequence[Column], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Any] = []
        self.folded: list[str] = []
        self.order: list[int] = []  # for each row, its position when the rows loaded
        self.position_of: list[int] | None = None  # the other way round; None: the load order is kept
        self.matcher = Matcher([])

    # --- data -----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.folded = [self._fold_row(r) for r in self._rows]
        self.order = list(range(len(self._rows)))
        self.position_of = None
        self.matcher = Matcher(self.folded)
        self.endResetModel()

    def _fold_row(self, row: Any) -> str:
        """The row's search text, then what its columns show that the search text does not hold already
        (every word typed is looked for in one or the other: nothing found changes by leaving out what is
        there twice)."""
        text = getattr(row, "search_text", None) or ""
        shown = [f for f in (fold(c.value(row)) for c in self.columns) if f and f not in text]
        return " ".join([text, *shown]) if text else " ".join(shown)

    def row_at(self, source_row: int) -> Any:
        return self._rows[source_row]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def source_row_of_id(self, record_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == record_id:
                return i
        return -1

    # --- Qt API -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row: int, column: int, role: int):
        spec = self.columns[column]
        if role in (_DISPLAY, _TOOLTIP):
            return spec.value(self._rows[row])
        if role == _ALIGNMENT and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _USER:
            return self._rows[row].id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python with a key (O(n log n) in C): smooth even with 100,000 rows."""
        if not 0 <= column < len(self.columns) or not self._rows:
            return
        spec = self.columns[column]
        key = spec.sort_key or (lambda r: fold(spec.value(r)))
        order_idx = sorted(range(len(self._rows)), key=lambda i: key(self._rows[i]),
                           reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_pos = {i: n for n, i in enumerate(order_idx)}
        self._rows = [self._rows[i] for i in order_idx]
        self.folded = [self.folded[i] for i in order_idx]
        self.order = [self.order[i] for i in order_idx]
        if self.order == list(range(len(self.order))):  # sorted as loaded (contacts come in French order)
            self.position_of = None
        else:
            self.position_of = [0] * len(self.order)
            for position, loaded in enumerate(self.order):
                self.position_of[loaded] = position
        self.changePersistentIndexList(old, [self.index(old_pos[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()


class FoldFilterProxy(QAbstractProxyModel):
    """Filters on the folded text of each row: every word typed must appear, accents and case ignored,
    one typo allowed in words of five letters or more.

    The rows shown are computed in bulk once per change of the search text (through the index the source
    model builds when its rows load, see matching.py) and kept as a list of source rows; Qt then only asks
    about the rows it paints. (A QSortFilterProxyModel calls filterAcceptsRow once per row from C++:
    100,000 Python calls, ~200 ms a keystroke.) A search change is a layout change, so the selection
    survives when its row is still shown. Sorting is delegated to the source model (a keyed Python sort).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self._shown: list[int] | None = None  # source rows shown, in order; None: every row
        self._saved: list[tuple[QPersistentModelIndex, QPersistentModelIndex]] = []

    # --- the source ------------------------------------------------------------------------------
    def setSourceModel(self, model) -> None:  # noqa: N802 - Qt API
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections(old):
                signal.disconnect(slot)
        self.beginResetModel()
        super().setSourceModel(model)
        self._filter()
        self.endResetModel()
        if model is not None:
            for signal, slot in self._connections(model):
                signal.connect(slot)

    def _connections(self, model):
        return [
            (model.modelAboutToBeReset, self.beginResetModel),
            (model.modelReset, self._source_reset),
            (model.layoutAboutToBeChanged, self._before_layout),
            (model.layoutChanged, self._after_layout),
            (model.rowsAboutToBeInserted, self.beginResetModel),
            (model.rowsInserted, self._source_reset),
            (model.rowsAboutToBeRemoved, self.beginResetModel),
            (model.rowsRemoved, self._source_reset),
            (model.dataChanged, self._source_data_changed),
        ]

    def _source_reset(self, *args) -> None:
        self._filter()
        self.endResetModel()

    def _source_data_changed(self, *args) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _before_layout(self, *args) -> None:
        self.layoutAboutToBeChanged.emit()
        self._saved = [(QPersistentModelIndex(i), QPersistentModelIndex(self.mapToSource(i)))
                       for i in self.persistentIndexList()]

    def _after_layout(self, *args) -> None:
        self._filter()
        saved, self._saved = self._saved, []
        self.changePersistentIndexList(
            [QModelIndex(proxy) for proxy, _src in saved],
            [self.mapFromSource(QModelIndex(src)) if src.isValid() else QModelIndex() for _p, src in saved],
        )
        self.layoutChanged.emit()

    # --- the search ------------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self._before_layout()
        self._words = words
        self._after_layout()

    def _filter(self) -> None:
        source = self.sourceModel()
        if not self._words or source is None:
            self._shown = None
            return
        found = source.matcher.rows(self._words)  # by position when loaded; the rows may be sorted since
        position_of = source.position_of
        if position_of is None:
            self._shown = found
        elif len(found) * 8 < len(position_of):
            self._shown = sorted(map(position_of.__getitem__, found))
        else:  # most rows: marks in display order, then read them in order (no sort of a long list)
            marks = bytearray(len(position_of))
            for loaded in found:
                marks[position_of[loaded]] = 1
            self._shown = list(compress(range(len(marks)), marks))

    # --- Qt API ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        source = self.sourceModel()
        if parent.isValid() or source is None:
            return 0
        return source.rowCount() if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and self.rowCount() > 0

    def mapToSource(self, proxy_index: Index) -> QModelIndex:  # noqa: N802 - Qt API
        source = self.sourceModel()
        if source is None or not proxy_index.isValid():
            return QModelIndex()
        row = proxy_index.row()
        if self._shown is not None:
            if row >= len(self._shown):
                return QModelIndex()
            row = self._shown[row]
        return source.index(row, proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:  # noqa: N802 - Qt API
        if not source_index.isValid():
            return QModelIndex()
        row = source_index.row()
        if self._shown is not None:  # ascending source rows
            found = bisect_left(self._shown, row)
            if found == len(self._shown) or self._shown[found] != row:
                return QModelIndex()
            row = found
        return self.index(row, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        """Straight to the source row (no source index made for each cell painted)."""
        source = self.sourceModel()
        if source is None or not index.isValid():
            return None
        row = index.row()
        if self._shown is not None:
            if row >= len(self._shown):
                return None
            row = self._shown[row]
        return source.data_at(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        source = self.sourceModel()
        if source is None or orientation == Qt.Orientation.Vertical:
            return None
        return source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    # --- helpers the pages use -------------------------------------------------------------------
    def row_at(self, proxy_row: int):
        return self.sourceModel().row_at(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of_id(self, record_id: int) -> int:
        source_row = self.sourceModel().source_row_of_id(record_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()

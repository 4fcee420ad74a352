"""No class of the window shadows what Qt gives it: an attribute or method named like a Qt member
(``result``, ``scroll``, ``render``, ``move``...) hides the Qt one from every caller, Qt's own included.
Only deliberate overrides of Qt's virtual methods share a Qt name."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil

import cmer_desk.ui

# Qt virtual methods the window's classes override on purpose.
OVERRIDES = {
    "closeEvent", "event", "eventFilter", "keyPressEvent", "paintEvent", "showEvent", "resizeEvent", "changeEvent",
    "focusInEvent", "focusOutEvent", "sizeHint", "minimumSizeHint", "accept", "reject", "done", "exec",
    "data", "setData", "flags", "rowCount", "columnCount", "headerData", "index", "parent", "sibling", "hasChildren",
    "sort", "mapToSource", "mapFromSource", "setSourceModel", "validate", "fixup", "textFromValue",
    "valueFromText", "stepBy", "stepEnabled", "redo", "undo", "id", "mergeWith",
    "filterAcceptsRow", "icon", "type",  # QSortFilterProxyModel, QFileIconProvider
    "staticMetaObject",  # set by PySide6 on every QObject subclass
}


def _ui_modules():
    for info in pkgutil.walk_packages(cmer_desk.ui.__path__, "cmer_desk.ui."):
        yield importlib.import_module(info.name)


def _qt_bases(cls) -> list[type]:
    return [base for base in cls.__mro__[1:] if base.__module__.startswith(("PySide6.", "Shiboken"))]


def _instance_attributes(cls) -> set[str]:
    """Names assigned as ``self.NAME = ...`` (or ``self.a, self.b = ...``) in the class's own methods."""
    try:
        tree = ast.parse(inspect.getsource(cls).lstrip())
    except (OSError, TypeError, IndentationError):
        return set()
    names = set()
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign | ast.AugAssign) else []
        for target in targets:
            for leaf in ast.walk(target):
                if isinstance(leaf, ast.Attribute) and isinstance(leaf.value, ast.Name) and leaf.value.id == "self":
                    names.add(leaf.attr)
    return names


def shadowed_names() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for module in _ui_modules():
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            bases = _qt_bases(cls)
            if not bases:
                continue
            own = set(vars(cls)) | _instance_attributes(cls)
            hits = sorted(n for n in own if not n.startswith("_") and n not in OVERRIDES
                          and any(hasattr(base, n) for base in bases))
            if hits:
                found[f"{module.__name__}.{cls.__name__}"] = hits
    return found


def test_no_attribute_or_method_shadows_qt(qapp):
    assert shadowed_names() == {}


def test_the_check_sees_a_shadowing_attribute(qapp):
    from PySide6.QtWidgets import QDialog

    class Bad(QDialog):
        def __init__(self):
            super().__init__()
            self.result = 1

    assert "result" in _instance_attributes(Bad)
    assert any(hasattr(b, "result") for b in _qt_bases(Bad))

"""The layers of docs/architecture.md: ui, cli -> services -> {db, domain}; ui, cli -> formats; db -> domain;
formats -> domain. Nothing imports ui or cli but the entry point."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cmer_desk"

# For each layer, the imports it must never make.
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "openpyxl", "cmer_desk.db", "cmer_desk.services",
               "cmer_desk.formats", "cmer_desk.ui", "cmer_desk.cli", "cmer_desk.app"),
    "db": ("PySide6", "reportlab", "cmer_desk.services", "cmer_desk.formats", "cmer_desk.ui", "cmer_desk.cli",
           "cmer_desk.app"),
    "formats": ("PySide6", "sqlalchemy", "alembic", "cmer_desk.db", "cmer_desk.services", "cmer_desk.ui",
                "cmer_desk.cli", "cmer_desk.app"),
    "services": ("PySide6", "cmer_desk.ui", "cmer_desk.cli"),
    "ui": ("cmer_desk.cli",),
    "cli": ("PySide6",),
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _hits(names: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names for f in forbidden if n == f or n.startswith(f + "."))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_one_way(layer):
    offenders = {
        str(path.relative_to(PACKAGE)): _hits(imports_of(path), FORBIDDEN[layer])
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_qt_is_imported_only_inside_ui():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and _hits(imports_of(path), ("PySide6",))
    ]
    assert offenders == []


def test_only_the_entry_point_reaches_into_ui():
    users = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ui" and _hits(imports_of(path), ("cmer_desk.ui",))
    ]
    assert users == ["cli/main.py"]


def test_nothing_but_the_entry_point_imports_the_command_line():
    users = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "cli" and path.name != "__main__.py"
        and _hits(imports_of(path), ("cmer_desk.cli",))
    ]
    assert users == []


def test_the_architecture_test_sees_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert _hits(imports_of(bad), FORBIDDEN["domain"]) == ["PySide6.QtWidgets", "sqlalchemy.orm"]


def test_no_test_measures_a_duration():
    """Speed is measured by benchmarks/ against a floor of the same run, never asserted by a test."""
    tests = Path(__file__).resolve().parent
    timers = ("perf_counter", "process_time", "timeit")
    offenders = sorted(str(p.relative_to(tests)) for p in tests.rglob("*.py")
                       if p.name != "test_architecture.py" and any(t in p.read_text(encoding="utf-8") for t in timers))
    assert offenders == []


def test_the_window_drives_its_pages_through_the_contract():
    """No probing of what a page can do (hasattr, getattr) and no page picked by position in a slice."""
    for name in ("main_window.py", "live_updates.py", "documents.py", "data_actions.py"):
        source = (PACKAGE / "ui" / name).read_text(encoding="utf-8")
        assert "hasattr(" not in source and "getattr(" not in source, name
        assert "pages[" not in source.replace("self.pages[row]", ""), name


def test_every_file_dialog_is_the_safe_one():
    """Qt's stock file dialog reads the files of the folder it lists (and with them the database,
    which loses the window's locks): the desk asks for files only through cmer_desk.ui.file_dialogs."""
    users = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Name) and node.id == "QFileDialog" for node in ast.walk(tree)):
            users.append(str(path.relative_to(PACKAGE)))
    assert users == ["ui/file_dialogs.py"]

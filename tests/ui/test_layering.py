"""The window talks to services only: no SQLAlchemy or database module imported under cmer_desk/ui."""

from __future__ import annotations

import ast
from pathlib import Path

import cmer_desk.ui


def test_ui_imports_no_orm():
    for path in Path(cmer_desk.ui.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("sqlalchemy", "cmer_desk.db")), f"{path.name} imports {name}"

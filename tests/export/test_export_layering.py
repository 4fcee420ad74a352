"""cmer_desk.export is 'data in, bytes out': only the domain, ReportLab, openpyxl and the stdlib."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import cmer_desk.export as export_pkg

ALLOWED_THIRD_PARTY = {"reportlab", "openpyxl"}


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_export_imports_only_domain_reportlab_openpyxl_and_stdlib():
    files = sorted(Path(export_pkg.__file__).parent.glob("*.py"))
    assert len(files) >= 7
    for path in files:
        for module in _imports(path):
            top = module.split(".")[0]
            if top == "cmer_desk":
                assert module.startswith(("cmer_desk.domain", "cmer_desk.export")), f"{path.name}: {module}"
            else:
                assert top in ALLOWED_THIRD_PARTY or top in sys.stdlib_module_names, f"{path.name}: {module}"


def test_fonts_register_once_from_the_repository(tmp_path):
    from reportlab.pdfbase import pdfmetrics

    from cmer_desk.export import fonts

    assert (fonts.FONT_DIR / "LICENSE-DejaVu.txt").is_file()
    assert fonts.register_fonts() == fonts.register_fonts() == "DejaVuSans"
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        assert pdfmetrics.getFont(name).face.name  # registered TTF, not a fallback

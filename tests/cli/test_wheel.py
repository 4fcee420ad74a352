"""The wheel works anywhere: built from a copy of the sources, installed into a fresh virtual environment
outside the checkout, it loads the example and prints the invitation with its fonts embedded (fonts, their
licence, the translations and the migrations travel as package data, read with importlib.resources).

About half a minute: the wheel is built in an isolated build environment and installed with its
dependencies by pip (from pip's cache, or PyPI). Marked ``wheel`` (``pytest -m "not wheel"`` skips it
while working) and run once, on SQLite: it is about packaging, not about the engine."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                              ".hypothesis", "out", "*.qm")

pytestmark = [pytest.mark.wheel, pytest.mark.sqlite_only]


def _run(argv: list, cwd: Path, env: dict, timeout: int = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert done.returncode == 0, f"{argv}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _embedded_fonts(pdf: Path) -> dict[str, bool]:
    """Every font the pages use, and whether its glyphs are inside the file."""
    from pypdf import PdfReader

    found: dict[str, bool] = {}
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            described = font["/DescendantFonts"][0].get_object() if font["/Subtype"] == "/Type0" else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def test_the_wheel_installed_elsewhere_prints_the_example_invitation(tmp_path):
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=SKIP)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "CMER_DESK_DATABASE")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CACHE_HOME=str(tmp_path / "cache"),
               PIP_CACHE_DIR=os.environ.get("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip")))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    _run([*pip, "wheel", "--no-deps", "--quiet", "--wheel-dir", tmp_path / "dist", source], source, env)
    (wheel,) = (tmp_path / "dist").glob("cmer_desk-*.whl")

    fresh = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(fresh)
    python, desk = fresh / "bin" / "python", fresh / "bin" / "cmer-desk"
    _run([*pip, "--python", python, "install", "--quiet", wheel], tmp_path, env)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = _run([python, "-c", "import cmer_desk; print(cmer_desk.__file__)"], elsewhere, env).stdout.strip()
    assert Path(where).is_relative_to(fresh) and not Path(where).is_relative_to(ROOT)
    english = _run([python, "-c", "from cmer_desk.domain import i18n; from cmer_desk.domain.enums import EventStatus; "
                    "assert i18n.set_language('en'); print(i18n.label(EventStatus.DRAFT))"], elsewhere, env)
    assert english.stdout.strip() == "Draft"  # the domain's catalogue travels as package data

    database = elsewhere / "presse.db"
    event_id = _run([desk, "--database", database, "example"], elsewhere, env).stdout.strip().splitlines()[-1]
    assert event_id.isdigit()
    _run([desk, "--database", database, "invitation", event_id, "-o", elsewhere / "x.pdf"], elsewhere, env)
    fonts = _embedded_fonts(elsewhere / "x.pdf")
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts)
    from pypdf import PdfReader

    text = PdfReader(elsewhere / "x.pdf").pages[0].extract_text()
    assert "Installation de la cellule municipale" in text and "MAZIÈRES" in text

"""Interface language: French is the source language; other languages load our translation, compiled
from the .ts source (no .qm in the repository) into the user's cache folder when missing or stale, or the
.qm the bundle ships in place of the .ts (compiled when the bundle is built: a bundle has no lrelease).
Qt's own translation is loaded for every language, so that standard buttons and dialogs speak it too.
French loads one of ours as well: the plural forms of its source strings ("%n fiche(s)" gives "1 fiche",
"2 fiches"). The words made outside Qt (labels of the domain's vocabularies, validation messages) follow
through the domain's gettext catalogue (cmer_desk.domain.i18n), set here to the same language."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from platformdirs import user_cache_path
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cmer_desk.domain import i18n as catalogue

log = logging.getLogger(__name__)

# The .ts sources are package data (cmer_desk/ui/translations), read through importlib.resources.
I18N_DIR = Path(str(files("cmer_desk.ui").joinpath("translations")))
SOURCE_LANGUAGE = "fr"


def find_lrelease() -> str | None:
    """pyside6-lrelease next to the running Python (a virtual environment), else on PATH."""
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(language: str, ts_dir: Path | None = None, cache_dir: Path | None = None) -> Path | None:
    """The .qm of a language: the one shipped beside the .ts (a bundle compiles it when it is built and
    ships it without the .ts), else the user's cache, rebuilt from the .ts when missing or older; None when
    there is neither."""
    ts_dir = ts_dir or I18N_DIR
    ts = ts_dir / f"cmer_desk_{language}.ts"
    shipped = ts_dir / f"cmer_desk_{language}.qm"
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return None
    cache_dir = cache_dir or user_cache_path("cmer-desk", appauthor=False) / "i18n"
    qm = cache_dir / f"cmer_desk_{language}.qm"
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    lrelease = find_lrelease()
    if lrelease is None:
        log.warning("pyside6-lrelease not found: cannot build %s", qm)
        return qm if qm.is_file() else None
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = qm.with_suffix(".qm.part")
    try:
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(temporary)], check=True, timeout=120,
                       capture_output=True)
        os.replace(temporary, qm)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot build %s: %s", qm, error)
        temporary.unlink(missing_ok=True)
        return qm if qm.is_file() else None
    log.info("built %s", qm)
    return qm


def locale_for(language: str) -> QLocale:
    return QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr" else QLocale(language)


def install(app: QCoreApplication, language: str, cache_dir: Path | None = None) -> list[QTranslator]:
    """Set the default locale (dates and numbers in the UI) and install the translators; returns them so
    that they can be removed."""
    QLocale.setDefault(locale_for(language))
    catalogue.set_language(language)
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(translator)
        installed.append(translator)
    elif language != "en":
        log.info("no Qt translation qtbase_%s in %s", language, qt_folder)
    qm = compiled_translation(language, cache_dir=cache_dir)
    translator = QTranslator(app)
    if qm is not None and translator.load(str(qm)):
        app.installTranslator(translator)
        installed.append(translator)
    elif language == SOURCE_LANGUAGE:
        log.warning("no plural forms for French: counts show their source text")
    else:
        log.warning("no translation for %s: the interface stays in French", language)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Remove the translators; the domain's words go back to French, the source language."""
    for translator in translators:
        app.removeTranslator(translator)
    catalogue.set_language(SOURCE_LANGUAGE)

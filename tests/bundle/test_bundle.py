"""The bundle runs on a workstation with nothing installed: its commands, its documents, its window."""

from __future__ import annotations

import configparser
import email
import os
import shutil
import stat
import struct
import subprocess
from email import policy
from importlib import metadata
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from cmer_desk.about import LIBRARIES
from tests.bundle.conftest import NAME, Desk, unpack

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages).replace("\u00a0", " ")


def _fonts(path: Path) -> list[tuple[str, bool]]:
    """(base font, embedded) for every font of every page."""
    found = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append((str(font["/BaseFont"]), embedded))
    return found


def test_one_folder_one_executable_its_desktop_entry_icon_and_licence(desk):
    top = {p.name for p in desk.folder.iterdir()}
    assert top == {NAME, "_internal", f"{NAME}.desktop", f"{NAME}.png", f"{NAME}.svg", "LICENSE"}
    executables = [p.name for p in desk.folder.iterdir() if p.is_file() and p.stat().st_mode & stat.S_IXUSR]
    assert executables == [NAME]
    assert (desk.folder / "LICENSE").read_text(encoding="utf-8") == (ROOT / "LICENSE").read_text(encoding="utf-8")
    internal = desk.folder / "_internal"
    # the translation is compiled at build time; its source and any lrelease stay out
    assert (internal / "cmer_desk" / "ui" / "translations" / "cmer_desk_en.qm").is_file()
    assert not list(internal.rglob("*.ts"))
    assert not list(internal.rglob("*lrelease*"))
    assert not (internal / "pytest").exists() and not (internal / "hypothesis").exists()


def test_version_and_every_library_from_the_bundled_metadata(desk):
    done = desk.run("--version")
    assert done.returncode == 0, done.stderr
    first, licence, libraries = done.stdout.splitlines()
    assert first == f"{NAME} {metadata.version(NAME)}"
    assert licence == "Licence : EUPL-1.2"
    for name, distribution in LIBRARIES:
        assert f"{name} {metadata.version(distribution)}" in libraries  # built from this environment


def test_example_then_the_invitation_with_its_fonts_embedded(example, tmp_path):
    out = tmp_path / "invitation.pdf"
    done = example.run("invitation", "1", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(out)
    assert "Tarascon" in text
    assert "mercredi 24 janvier 2018" in text  # Babel's French data is in the bundle
    assert "Olivier de MAZIÈRES" in text
    fonts = _fonts(out)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert all("DejaVuSans" in name for name, _ in fonts), fonts


def test_every_document_and_file_format(example, tmp_path):
    """Each command loads its libraries when first used: a module or a data file missing from the bundle
    fails here (openpyxl, icalendar, e-mail, vCard, the badge layout...)."""
    runs = {
        "attendees.pdf": ("attendees", "1", "-o"),
        "attendees.xlsx": ("attendees", "1", "--status", "confirmed,requested", "-o"),
        "attendees.csv": ("attendees", "1", "-o"),
        "badges.pdf": ("badges", "1", "-o"),
        "event.ics": ("ics", "1", "-o"),
        "draft.eml": ("email-draft", "1", "--list", "PQR", "-o"),
    }
    for name, args in runs.items():
        done = example.run(*args, str(tmp_path / name))
        assert done.returncode == 0, (name, done.stderr)
    assert "Émargement" in _pdf_text(tmp_path / "attendees.pdf") or "émargement" in _pdf_text(tmp_path / "attendees.pdf")
    assert all(embedded for _, embedded in _fonts(tmp_path / "badges.pdf"))
    sheet = load_workbook(tmp_path / "attendees.xlsx").active
    assert sheet.max_row > 2
    assert (tmp_path / "attendees.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    calendar = Calendar.from_ical((tmp_path / "event.ics").read_bytes())
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    message = email.message_from_bytes((tmp_path / "draft.eml").read_bytes(), policy=policy.default)
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content().startswith(b"%PDF")


def test_contacts_in_and_out_and_the_care_of_the_data(example, tmp_path):
    done = example.run("import-contacts", str(FIXTURES / "outlook-2.1.vcf"), "--dry-run")
    assert done.returncode == 0, done.stderr
    for args in (("export-contacts", str(tmp_path / "contacts.vcf")),
                 ("export-contacts", str(tmp_path / "contacts.xlsx")),
                 ("contacts", "--search", "maziere"),
                 ("backup", "-o", str(tmp_path / "copy.db")),
                 ("check",)):
        done = example.run(*args)
        assert done.returncode == 0, (args, done.stderr)
    assert "MAZIÈRES" in example.run("contacts", "--search", "maziere").stdout
    assert (tmp_path / "contacts.vcf").read_text(encoding="utf-8").startswith("BEGIN:VCARD")
    assert (tmp_path / "copy.db").read_bytes()[:16] == b"SQLite format 3\x00"


def test_bad_input_gets_a_french_line_not_a_traceback(example, tmp_path):
    done = example.run("invitation", "999", "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1
    assert done.stderr.startswith("cmer-desk : ") and "Traceback" not in done.stderr


def test_the_postgresql_driver_is_in_the_bundle(desk):
    """The shared mode: nothing listens on port 9 of this machine, so the connection is refused, by the
    bundled psycopg (not: no module named psycopg)."""
    done = desk.run("--database", "postgresql+psycopg://cmerdesk@127.0.0.1:9/presse", "events", timeout=60)
    assert done.returncode == 1
    assert "impossible d'ouvrir la base de données" in done.stderr
    assert "module" not in done.stderr.lower() and "Traceback" not in done.stderr


def _start_window(desk: Desk, settings: str | None = None) -> tuple[subprocess.CompletedProcess, str]:
    config = desk.home / ".config" / NAME / f"{NAME}.conf"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(settings or "", encoding="utf-8")
    before = desk.log.stat().st_size if desk.log.exists() else 0
    done = desk.run(env={"QT_QPA_PLATFORM": "offscreen", "CMER_DESK_BENCH_EXIT": "1"})
    with desk.log.open(encoding="utf-8") as log:
        log.seek(before)
        return done, log.read()


def test_the_window_starts_shows_the_event_list_and_quits(example):
    done, log = _start_window(example)
    assert done.returncode == 0, done.stderr
    marks = [line.split()[0] for line in done.stdout.splitlines()]
    assert marks == ["window-shown", "rows-painted", "data-on-screen"]
    assert "database-layer-imported=no" in done.stdout  # the list read before SQLAlchemy, in the bundle too
    assert " WARNING " not in log and " ERROR " not in log and "Traceback" not in log, log
    assert "no Qt translation" not in log  # Qt's own French strings are in the bundle


def test_the_window_in_english_uses_the_compiled_translation(example):
    done, log = _start_window(example, "[interface]\nlanguage=en\n")
    assert done.returncode == 0, done.stderr
    assert "data-on-screen" in done.stdout
    assert "interface stays in French" not in log and " WARNING " not in log, log


def test_desktop_entry_and_icon(desk):
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(desk.folder / f"{NAME}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == NAME and section["Icon"] == NAME and section["Terminal"] == "false"
    assert section["Name"] == NAME and "Office" in section["Categories"].split(";")
    png = (desk.folder / f"{NAME}.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate (Debian package desktop-file-utils) is not installed")
    done = subprocess.run([validate, str(desk.folder / f"{NAME}.desktop")], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_installed_as_the_readme_says(archive, tmp_path):
    """Unpacked in ~/.local/opt, linked from ~/.local/bin, desktop entry and icon in the user's folders:
    no administrator rights; the desk is then found on the PATH and started through the link."""
    home = tmp_path / "home"
    local = home / ".local"
    folder = unpack(archive, local / "opt")
    (local / "bin").mkdir(parents=True)
    os.symlink(folder / NAME, local / "bin" / NAME)
    applications = local / "share" / "applications"
    icons = local / "share" / "icons" / "hicolor" / "256x256" / "apps"
    applications.mkdir(parents=True)
    icons.mkdir(parents=True)
    shutil.copy(folder / f"{NAME}.desktop", applications)
    shutil.copy(folder / f"{NAME}.png", icons)
    done = subprocess.run([NAME, "--version"], env={"HOME": str(home), "PATH": str(local / "bin")},
                          capture_output=True, text=True, encoding="utf-8", timeout=60, check=False, cwd=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{NAME} {metadata.version(NAME)}\n")

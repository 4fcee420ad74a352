"""Document commands run through the real entry point."""

from __future__ import annotations

import csv
import email
import io
from email import policy

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli.test_cli import cmer_desk


@pytest.fixture
def database(database_url):
    assert cmer_desk("--database", database_url, "example").returncode == 0
    return database_url


def _text(pdf_path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(pdf_path).pages).replace("\u00a0", " ")


def test_invitation_command_writes_the_pdf(database, tmp_path):
    out = tmp_path / "invitation.pdf"
    result = cmer_desk("--database", database, "invitation", "1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = _text(out)
    assert "Marseille, le 22 janvier 2018" in text
    assert "Olivier de MAZIÈRES" in text
    assert len(PdfReader(out).pages) == 1


def test_attendee_list_in_three_formats_with_the_same_rows(database, tmp_path):
    args = ("--status", "confirmed,demandée", "--sort", "outlet")
    for suffix in ("pdf", "csv", "xlsx"):
        result = cmer_desk("--database", database, "attendees", "1", "-o", str(tmp_path / f"l.{suffix}"), *args)
        assert result.returncode == 0, result.stderr
    raw = (tmp_path / "l.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    names = [(r[3], r[4]) for r in rows[1:]]
    assert names == [("ÉMERY", "Zoé"), ("ZOÉ", "Émile"), ("ŒILLET", "Chloé"), ("CAZALÈS", "Jérôme")]
    sheet = load_workbook(tmp_path / "l.xlsx").active
    assert [(sheet.cell(row=i + 2, column=4).value, sheet.cell(row=i + 2, column=5).value) for i in range(4)] == names
    assert all(f"{last} {first}" in _text(tmp_path / "l.pdf") for last, first in names)


def test_blank_rows_and_bad_status(database, tmp_path):
    out = tmp_path / "l.pdf"
    assert cmer_desk("--database", database, "attendees", "1", "-o", str(out), "--blank-rows", "4").returncode == 0
    for count in ("201", "-1"):
        too_many = cmer_desk("--database", database, "attendees", "1", "-o", str(out), "--blank-rows", count)
        assert too_many.returncode == 1
        assert "lignes vierges doit être compris entre 0 et 200" in too_many.stderr
    bad = cmer_desk("--database", database, "attendees", "1", "-o", str(out), "--status", "bof")
    assert bad.returncode == 2
    assert "statut inconnu" in bad.stderr


def test_calendar_entry(database, tmp_path):
    out = tmp_path / "e.ics"
    assert cmer_desk("--database", database, "ics", "1", "-o", str(out)).returncode == 0
    [event] = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert str(event["summary"]).startswith("Installation de la cellule municipale")
    assert event.decoded("dtstart").strftime("%Y-%m-%d %H:%M %Z") == "2018-01-24 11:30 CET"
    assert "2 Place du Marché" in str(event["location"])


def test_email_draft_in_bcc_with_the_pdf_attached(database, tmp_path):
    out = tmp_path / "m.eml"
    result = cmer_desk("--database", database, "email-draft", "1", "--list", "PQR", "-o", str(out))
    assert result.returncode == 0, result.stderr
    message = email.message_from_bytes(out.read_bytes(), policy=policy.default)
    assert message["Bcc"] == "zoe.emery@courrier-delta.example, emile.zoe@courrier-delta.example"
    assert message["X-Unsent"] == "1"
    assert "Olivier de MAZIÈRES" in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename().startswith("invitation-presse-2018-01-24-installation")
    assert attachment.get_content().startswith(b"%PDF")


@pytest.mark.parametrize(
    "args, message",
    [
        (("invitation", "99", "-o", "{tmp}/x.pdf"), "Événement n° 99 introuvable."),
        (("invitation", "1", "-o", "{tmp}/absent/x.pdf"), "n'existe pas"),
        (("attendees", "1", "-o", "{tmp}/x.doc"), "doit se terminer par .pdf, .csv, .xlsx"),
        (("email-draft", "1", "--list", "inconnue", "-o", "{tmp}/m.eml"), "« inconnue » n'existe pas"),
    ],
)
def test_bad_input_exits_1_with_a_french_line_and_writes_nothing(database, tmp_path, args, message):
    result = cmer_desk("--database", database, *(a.format(tmp=tmp_path) for a in args))
    assert result.returncode == 1
    assert message in result.stderr
    assert not [p.name for p in tmp_path.rglob("*") if p.suffix in (".pdf", ".doc", ".eml", ".part")]


def test_a_failed_write_keeps_the_previous_file(database, tmp_path):
    out = tmp_path / "invitation.pdf"
    out.write_bytes(b"previous")
    tmp_path.chmod(0o500)
    try:
        result = cmer_desk("--database", database, "invitation", "1", "-o", str(out))
    finally:
        tmp_path.chmod(0o700)
    if result.returncode == 0:  # running as root: permissions do not stop root
        pytest.skip("root ignores folder permissions")
    assert result.returncode == 1
    assert out.read_bytes() == b"previous"


def test_badges_for_confirmed_accreditations_or_a_selection(database, tmp_path):
    out = tmp_path / "badges.pdf"
    assert cmer_desk("--database", database, "badges", "1", "-o", str(out)).returncode == 0
    text = _text(out)
    assert all(name in text for name in ("Jérôme CAZALÈS", "Zoé ÉMERY", "Émile ZOÉ"))
    assert "Chloé" not in text  # requested, not confirmed
    assert len(PdfReader(out).pages) == 1
    result = cmer_desk("--database", database, "badges", "1", "-o", str(out), "--per-page", "1", "--ids", "1,2")
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).pages) == 2

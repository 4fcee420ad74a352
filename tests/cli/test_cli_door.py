"""The door from the command line: the list of accreditations, badges for confirmed ones only, the QR
codes read back from the printed page and checked in with `cmer-desk check-in`."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli.test_cli import cmer_desk

ARRIVED = re.compile(r"^Arrivée enregistrée : n° (\d+) (.+) à \d{1,2} h( \d{2})?\.$")


@pytest.fixture
def database(database_url):
    assert cmer_desk("--database", database_url, "example").returncode == 0
    return database_url


def _accreditations(database) -> dict[str, dict]:
    result = cmer_desk("--database", database, "accreditations", "1", "--json")
    assert result.returncode == 0, result.stderr
    return {r["name"]: r for r in json.loads(result.stdout)}


def test_the_list_carries_number_status_reason_and_arrival(database):
    listed = _accreditations(database)
    assert [r["number"] for r in sorted(listed.values(), key=lambda r: r["number"])] == list(range(1, 8))
    walesa = listed["WAŁĘSA Łukasz"]
    assert (walesa["status"], walesa["status_label"], walesa["reason"], walesa["arrived_at"]) == (
        "refused", "Refusée", "Carte de presse non reconnue", None)
    assert set(walesa) >= {"id", "number", "code", "outlet", "role", "press_card"}
    text = cmer_desk("--database", database, "accreditations", "1")
    lines = text.stdout.splitlines()
    assert len(lines) == 7
    assert lines[5].split("\t")[:3] == ["6", walesa["code"], "WAŁĘSA Łukasz"]
    assert "Refusée\tCarte de presse non reconnue" in lines[5]


def test_check_in_by_number_or_code_confirmed_only(database):
    listed = _accreditations(database)
    by_number = cmer_desk("--database", database, "check-in", "1", str(listed["ZOÉ Émile"]["number"]))
    assert by_number.returncode == 0, by_number.stderr
    assert ARRIVED.match(by_number.stdout.strip()), by_number.stdout
    by_code = cmer_desk("--database", database, "check-in", "1", listed["ÉMERY Zoé"]["code"].lower())
    assert by_code.returncode == 0 and "ÉMERY Zoé (Le Courrier du Delta)" in by_code.stdout
    again = cmer_desk("--database", database, "check-in", "1", listed["ÉMERY Zoé"]["code"])
    assert again.returncode == 0 and again.stdout.startswith("Déjà arrivé(e) : n° 2 ÉMERY Zoé")
    refused = cmer_desk("--database", database, "check-in", "1", "6")
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("cmer-desk : Entrée refusée : n° 6 WAŁĘSA Łukasz (Agence Méditerranée Presse), "
                                      "accréditation « Refusée ». Motif : Carte de presse non reconnue.")
    unknown = cmer_desk("--database", database, "check-in", "1", "999")
    assert unknown.returncode == 1 and "« 999 »" in unknown.stderr
    after = _accreditations(database)
    assert {n for n, r in after.items() if r["arrived_at"]} == {"ZOÉ Émile", "ÉMERY Zoé"}


def test_a_supervisor_override_lets_a_refused_journalist_in(database):
    result = cmer_desk("--database", database, "check-in", "1", "6", "--override", "Invité du préfet")
    assert result.returncode == 0, result.stderr
    assert _accreditations(database)["WAŁĘSA Łukasz"]["arrived_at"] is not None


def test_badges_are_refused_for_other_statuses_and_unknown_ids(database, tmp_path):
    out = tmp_path / "badges.pdf"
    result = cmer_desk("--database", database, "badges", "1", "-o", str(out), "--ids", "6,7,999")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "cmer-desk : Pas de badge pour les accréditations non confirmées : WAŁĘSA Łukasz (n° 6, Refusée), "
        "NGUYỄN Lan (n° 7, Annulée). Accréditation inconnue à cet événement : 999.")
    assert not out.exists()
    ok = cmer_desk("--database", database, "badges", "1", "-o", str(out), "--ids", "1,2")
    assert ok.returncode == 0, ok.stderr


def test_the_qr_codes_printed_on_the_badges_check_in_their_journalists(database, tmp_path):
    import pypdfium2 as pdfium  # test extras; pyzbar needs Debian's libzbar0 (scripts/ensure-system-libs.sh)
    from pyzbar import pyzbar
    out = tmp_path / "badges.pdf"
    assert cmer_desk("--database", database, "badges", "1", "-o", str(out)).returncode == 0
    page = pdfium.PdfDocument(str(out))[0]
    image = page.render(scale=200 / 72).to_pil()  # 200 dpi, as a phone camera or a desk scanner sees it
    decoded = sorted(d.data.decode("ascii") for d in pyzbar.decode(image) if d.type == "QRCODE")
    listed = _accreditations(database)
    confirmed = {r["code"]: name for name, r in listed.items() if r["status"] == "confirmed"}
    assert decoded == sorted(confirmed)
    for code in decoded:
        result = cmer_desk("--database", database, "check-in", "1", code)
        assert result.returncode == 0, result.stderr
        assert ARRIVED.match(result.stdout.strip()).group(2).startswith(confirmed[code])
    assert {n for n, r in _accreditations(database).items() if r["arrived_at"]} == set(confirmed.values())

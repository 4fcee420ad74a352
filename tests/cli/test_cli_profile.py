"""`cmer-desk profile` prints the bureau profile; `profile set` changes one field with the dialog's checks."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import cmer_desk


@pytest.fixture
def database(database_url):
    assert cmer_desk("--database", database_url, "example").returncode == 0
    return database_url


def test_profile_prints_every_field_and_json(database):
    result = cmer_desk("--database", database, "profile")
    assert result.returncode == 0, result.stderr
    assert "issuer_title\tPréfet de police | des Bouches-du-Rhône" in result.stdout
    record = json.loads(cmer_desk("--database", database, "profile", "--json").stdout)
    assert record["social_accounts"] == ["Facebook : Préfecture de police des Bouches-du-Rhône", "X : @prefpolice13"]
    assert record["motto"] is True and record["emblem"] == "" and record["apostrophe"] == "straight"


def test_profile_set_changes_one_field_including_files(database, tmp_path):
    from PIL import Image

    emblem = tmp_path / "embleme.png"
    Image.new("RGB", (60, 48), (30, 30, 90)).save(emblem)
    assert cmer_desk("--database", database, "profile", "set", "emblem", str(emblem)).returncode == 0
    assert cmer_desk("--database", database, "profile", "set", "issuer_title", "Préfet\\ndes Bouches-du-Rhône").returncode == 0
    assert cmer_desk("--database", database, "profile", "set", "motto", "non").returncode == 0
    record = json.loads(cmer_desk("--database", database, "profile", "--json").stdout)
    assert record["emblem"] == str(emblem.resolve())
    assert record["issuer_title"] == "Préfet\ndes Bouches-du-Rhône"
    assert record["motto"] is False
    assert record["full_name"].startswith("Préfecture de police")  # the other fields are kept


@pytest.mark.parametrize("field, value, message", [
    ("emblem", "/nulle/part.png", "introuvable"),
    ("font_regular", "/etc/hostname", "doit être une police"),
    ("social_accounts", "@prefpolice13", "indiquez le réseau"),
    ("shared_email", "pas-une-adresse", "adresse électronique valide"),
    ("motto", "peut-être", "oui ou non"),
    ("apostrophe", "courbe", "straight, wording, everywhere"),
])
def test_profile_set_refuses_what_the_dialog_refuses(database, field, value, message):
    before = cmer_desk("--database", database, "profile", "--json").stdout
    result = cmer_desk("--database", database, "profile", "set", field, value)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert cmer_desk("--database", database, "profile", "--json").stdout == before

"""import-contacts, import-accreditations, export-contacts through the real entry point."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cmer_desk(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "cmer_desk", *args], check=False, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)  # fmt: skip


@pytest.fixture
def database(tmp_path):
    return str(tmp_path / "cli.db")


def contacts(database) -> list[dict]:
    return json.loads(cmer_desk("--database", database, "contacts", "--json").stdout)


def test_import_dry_run_then_for_real_then_duplicates_skipped(database, tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("Nom;Prénom;Média;Courriel\nŒillet;Émile;France 3;e@f3.fr\n".encode("cp1252"))
    dry = cmer_desk("--database", database, "import-contacts", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == "Simulation, rien n'a été enregistré : 1 créé, 0 mis à jour, 0 ignoré, " \
                                 "1 média ou organisme créé."
    assert contacts(database) == []
    real = cmer_desk("--database", database, "import-contacts", str(path))
    assert real.returncode == 0 and "1 créé," in real.stdout
    assert [(c["last_name"], c["organisation"]) for c in contacts(database)] == [("Œillet", "France 3")]
    again = cmer_desk("--database", database, "import-contacts", str(path), "--on-duplicate", "skip")
    assert "ligne 2 : déjà connu (contact n° 1, Émile Œillet)" in again.stdout
    assert "0 créé, 0 mis à jour, 1 ignoré" in again.stdout


def test_malformed_file_exits_1_with_one_french_line(database, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Nom;Courriel\nA;a@x.fr\nB;x@\n", encoding="utf-8")
    result = cmer_desk("--database", database, "import-contacts", str(path))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "cmer-desk : Ligne 3 : l'adresse « x@ » du champ « Courriel » n'est pas une adresse électronique valide."
    ]
    assert contacts(database) == []


def test_bad_duplicate_policy_is_a_usage_error(database, tmp_path):
    result = cmer_desk("--database", database, "import-contacts", "x.csv", "--on-duplicate", "merge")
    assert result.returncode == 2 and "erreur" in result.stderr


def test_export_contacts_by_tag_emails_and_vcard(database, tmp_path):
    cmer_desk("--database", database, "example")
    out = tmp_path / "officiels.csv"
    result = cmer_desk("--database", database, "export-contacts", str(out), "--tag", "officiels")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Civilité;Prénom;Nom;")
    assert "de Mazières" in text
    bcc = tmp_path / "cci.txt"
    assert cmer_desk("--database", database, "export-contacts", str(bcc)).returncode == 0
    assert all("@" in line for line in bcc.read_text(encoding="utf-8").splitlines())
    vcf = tmp_path / "all.vcf"
    assert cmer_desk("--database", database, "export-contacts", str(vcf)).returncode == 0
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == len(contacts(database))
    missing = cmer_desk("--database", database, "export-contacts", str(tmp_path / "nope" / "x.csv"))
    assert missing.returncode == 1 and "n'existe pas" in missing.stderr


def test_import_accreditations(database, tmp_path):
    event = cmer_desk("--database", database, "example").stdout.strip()
    path = tmp_path / "a.csv"
    path.write_text("Nom;Prénom;Média;Rôle;Courriel\nNouveau;Jean;Radio Nouvelle;JRI;jean@rn.fr\n", encoding="utf-8")
    result = cmer_desk("--database", database, "import-accreditations", event, str(path))
    assert result.returncode == 0, result.stderr
    assert "1 accréditation demandée" in result.stdout
    bad = cmer_desk("--database", database, "import-accreditations", "42", str(path))
    assert bad.returncode == 1 and bad.stderr.strip() == "cmer-desk : L'événement n° 42 n'existe pas."


def test_import_with_skip_invalid_names_each_refused_row_and_writes_them_beside_the_file(database, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes("Civilité;Nom;Courriel;Téléphone\nM.Sc.;Kowalski;piotr@example.com;\nMme;Blanc;odile@@x;\n"
                     "M.;Roche;denis@example.com;04 65\n".encode("cp1252"))  # fmt: skip
    refused = cmer_desk("--database", database, "import-contacts", str(path))
    assert refused.returncode == 1
    assert refused.stderr.strip().endswith("cmer-desk : Ligne 3 : l'adresse « odile@@x » du champ « Courriel » n'est "
                                           "pas une adresse électronique valide (2 lignes refusées en tout).")
    assert contacts(database) == []
    done = cmer_desk("--database", database, "import-contacts", str(path), "--skip-invalid")
    assert done.returncode == 0, done.stderr
    rejects = tmp_path / "liste-lignes-refusees.csv"
    assert "avertissement : Ligne 2 : la civilité « M.Sc. » n'est pas connue ; elle est gardée telle quelle." in done.stderr
    assert "refusée : Ligne 4 : le numéro « 04 65 » du champ « Téléphone » n'est pas un numéro de téléphone valide." \
        in done.stderr
    assert f"Lignes refusées, avec leur motif : {rejects}" in done.stderr
    assert done.stdout.strip().endswith("1 créé, 0 mis à jour, 0 ignoré, 2 lignes refusées.")
    [kept] = contacts(database)
    assert (kept["civility"], kept["emails"][0]["address"]) == ("M.Sc.", "piotr@example.com")
    assert rejects.read_text(encoding="utf-8-sig").splitlines()[0] == "Civilité;Nom;Courriel;Téléphone;Motif du refus"

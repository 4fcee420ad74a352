"""backup, restore, check, and refusals, through the real entry point."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.cli.test_cli import cmer_desk
from tests.db.test_backups import corrupt


@pytest.fixture
def database(tmp_path):
    path = str(tmp_path / "cli.db")
    assert cmer_desk("--database", path, "example").returncode == 0
    return path


def contacts(database: str) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(*) FROM contact").fetchone()[0]


def test_backup_to_a_file_then_restore_it(database, tmp_path):
    copy = tmp_path / "copie.db"
    result = cmer_desk("--database", database, "backup", "-o", str(copy))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(copy)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM accreditation")
    restored = cmer_desk("--database", database, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert "restaurée" in restored.stdout
    kept = Path(restored.stdout.strip().splitlines()[-1].split("« ")[1].rstrip(" ».").rstrip("»").strip())
    assert kept.exists()
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM accreditation").fetchone()[0] > 0


def test_backup_into_the_backup_folder(database, tmp_path):
    folder = tmp_path / "sauvegardes"
    result = cmer_desk("--database", database, "backup", env={"CMER_DESK_BACKUP_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    made = Path(result.stdout.strip())
    assert made.parent == folder and made.name.endswith("-manuelle.db")


def test_backup_into_a_missing_folder_exits_1(database, tmp_path):
    result = cmer_desk("--database", database, "backup", "-o", str(tmp_path / "absent" / "x.db"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"cmer-desk : le dossier « {tmp_path / 'absent'} » n'existe pas."


def test_restore_refuses_a_file_that_is_not_a_backup(database, tmp_path):
    bad = tmp_path / "tableur.xlsx"
    bad.write_bytes(b"PK\x03\x04 pas une base")
    result = cmer_desk("--database", database, "restore", str(bad))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("cmer-desk : Restauration refusée : « tableur.xlsx » n'est pas une base SQLite")
    assert contacts(database) == 14


def test_restore_refuses_a_postgresql_database(tmp_path):
    # never reached the server: the refusal does not depend on it, but opening does; use a SQLite backup
    result = cmer_desk("--database", "postgresql+psycopg://desk@127.0.0.1:1/presse", "restore", str(tmp_path / "x.db"))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1


def test_check_a_sound_database(database):
    result = cmer_desk("--database", database, "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Vérification terminée : la base de données est saine."


def test_check_reports_problems_and_exits_1(database):
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE contact SET version = 0 WHERE id = 3")
    result = cmer_desk("--database", database, "check")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "- Table « contact », n° 3 : numéro de version invalide.",
        "Vérification terminée : 1 problème trouvé.",
    ]


def test_damaged_database_blocks_commands_but_check_and_restore_work(database, tmp_path):
    good = tmp_path / "bonne.db"
    assert cmer_desk("--database", database, "backup", "-o", str(good)).returncode == 0
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    corrupt(Path(database))
    listed = cmer_desk("--database", database, "contacts")
    assert listed.returncode == 1
    [line] = listed.stderr.strip().splitlines()
    assert "endommagée" in line
    checked = cmer_desk("--database", database, "check")
    assert checked.returncode == 1
    assert "problème" in checked.stdout.splitlines()[-1]
    restored = cmer_desk("--database", database, "restore", str(good))
    assert restored.returncode == 0, restored.stderr
    assert cmer_desk("--database", database, "check").returncode == 0
    assert contacts(database) == 14


def test_network_path_is_refused_in_one_french_line():
    result = cmer_desk("--database", "//serveur/partage/presse.db", "contacts")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("cmer-desk : impossible d'ouvrir la base de données : la base « //serveur/partage/presse.db » "
                           "est sur un lecteur réseau")
    assert "PostgreSQL" in line


def test_subject_access_writes_a_private_json_file(database, tmp_path):
    target = tmp_path / "acces.json"
    result = cmer_desk("--database", database, "subject-access", "2", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(target)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["contact"]["id"] == 2
    assert document["journal_des_modifications"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_anonymise_from_the_command_line(database):
    result = cmer_desk("--database", database, "anonymise", "2")
    assert result.returncode == 0, result.stderr
    [contact] = [c for c in json.loads(cmer_desk("--database", database, "contacts", "--json").stdout) if c["id"] == 2]
    assert contact["last_name"] == "Anonyme" and contact["first_name"] == "" and contact["email"] == ""


def test_personal_data_commands_refuse_unknown_or_malformed_ids(database, tmp_path):
    missing = cmer_desk("--database", database, "anonymise", "999")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "cmer-desk : Contact n° 999 introuvable."
    malformed = cmer_desk("--database", database, "subject-access", "deux", "-o", str(tmp_path / "x.json"))
    assert malformed.returncode == 2
    assert "« deux » n'est pas un numéro d'enregistrement" in malformed.stderr
    assert not (tmp_path / "x.json").exists()

"""No Python traceback reaches a person at the command line: each failure is one French line on stderr
naming the real cause (read-only, full disk, text that is not UTF-8, an over-long search, a wrong server
password, a copy while the source is written), and the traceback goes to the log without the data."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import cmer_desk
from tests.mounts import fill, needs_mount, set_read_only, small_filesystem


def one_french_line(result) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cmer-desk : ")
    return lines[0]


@pytest.fixture
def example(tmp_path):
    path = tmp_path / "press.db"
    assert cmer_desk("--database", str(path), "example").returncode == 0
    return path


@pytest.mark.sqlite_only
def test_text_that_is_not_utf8_gives_one_line_and_check_names_the_record(example):
    with sqlite3.connect(example) as connection:
        connection.execute("UPDATE contact SET last_name = CAST(X'4d617a69e8726573' AS TEXT) WHERE id = 2")
    listed = cmer_desk("--database", str(example), "contacts")
    assert listed.returncode == 1
    line = one_french_line(listed)
    assert "pas de l'UTF-8 valide (champ « last_name »)" in line and "cmer-desk check" in line
    checked = cmer_desk("--database", str(example), "check")
    assert checked.returncode == 1
    assert ("- Contact n° 2 : le champ « last_name » contient du texte qui n'est pas de l'UTF-8 valide "
            "(octet 0xe8 en position 5).") in checked.stdout.splitlines()


@pytest.mark.parametrize("search", ["m" * 60_000, " ".join(f"mot{i}" for i in range(3000))],
                         ids=["one word over the LIKE limit", "thousands of words"])
def test_a_search_longer_than_the_engine_allows_gives_one_line(database_url, search):
    cmer_desk("--database", database_url, "example")
    result = cmer_desk("--database", database_url, "contacts", "--search", search)
    assert result.returncode == 1
    assert one_french_line(result) == ("cmer-desk : La recherche est trop longue : 1000 caractères et 50 mots "
                                       "différents au plus.")
    repeated = cmer_desk("--database", database_url, "contacts", "--search", "mazière " * 5000)
    assert repeated.returncode == 0 and "MAZIÈRES" in repeated.stdout  # one word, said many times


def test_a_csv_cell_over_the_csv_module_limit_names_the_real_cause(database_url, tmp_path):
    big = tmp_path / "contacts.csv"
    big.write_text("Nom;Notes\nMartin;\"" + "x" * 200_000 + "\"\n", encoding="utf-8")
    result = cmer_desk("--database", database_url, "import-contacts", str(big))
    assert result.returncode == 1
    assert one_french_line(result) == "cmer-desk : Ligne 2 : la colonne 2 dépasse 20000 caractères (200000)."


@pytest.mark.sqlite_only
def test_the_log_holds_the_traceback_without_the_text(example, tmp_path):
    with sqlite3.connect(example) as connection:
        connection.execute("UPDATE contact SET last_name = CAST(X'536563726574e9' AS TEXT) WHERE id = 2")
    data = tmp_path / "donnees"
    result = cmer_desk("--database", str(example), "contacts", env={"XDG_DATA_HOME": str(data)})
    assert result.returncode == 1
    log = (data / "cmer-desk" / "cmer-desk.log").read_text(encoding="utf-8")
    assert "Traceback" not in result.stderr
    assert "command contacts failed" in log and "File " in log  # the frames are there, for support
    assert "Secret" not in log  # the undecodable text is not


# Read-only and full file systems ---------------------------------------------------------------------------


@needs_mount
@pytest.mark.sqlite_only
def test_a_read_only_database_is_read_only_not_damaged(tmp_path):
    mount = tmp_path / "cle"
    with small_filesystem(mount, "8m"):
        database = mount / "press.db"
        assert cmer_desk("--database", str(database), "example").returncode == 0
        set_read_only(mount)
        listed = cmer_desk("--database", str(database), "contacts", "--json")
        assert listed.returncode == 0, listed.stderr
        assert "endommagée" not in listed.stderr and "Ben Saïd" in listed.stdout
        checked = cmer_desk("--database", str(database), "check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        exported = cmer_desk("--database", str(database), "export-contacts", str(tmp_path / "contacts.csv"))
        assert exported.returncode == 0, exported.stderr
        written = cmer_desk("--database", str(database), "anonymise", "2")
        assert written.returncode == 1
        line = one_french_line(written)
        assert "lecture seule" in line and "endommagée" not in line
        set_read_only(mount, False)


@needs_mount
@pytest.mark.sqlite_only
@pytest.mark.parametrize("room", [0, 300_000], ids=["full before the command", "fills during the write"])
def test_a_full_disk_refuses_the_write_in_french_and_keeps_everything(tmp_path, room):
    mount = tmp_path / "disque"
    with small_filesystem(mount, "4m"):
        database = mount / "press.db"
        backups = {"CMER_DESK_BACKUP_DIR": str(tmp_path / "sauvegardes")}
        assert cmer_desk("--database", str(database), "example", env=backups).returncode == 0
        big = tmp_path / "contacts.csv"
        big.write_text("Nom;Notes\n" + "".join(f"Nom{i};{'n' * 900}\n" for i in range(6000)), encoding="utf-8")
        filler = fill(mount)
        os.truncate(filler, filler.stat().st_size - room)
        result = cmer_desk("--database", str(database), "import-contacts", str(big), env=backups)
        assert result.returncode == 1
        line = one_french_line(result)
        assert "est plein" in line and "rien n'a été enregistré" in line
        filler.unlink()
        checked = cmer_desk("--database", str(database), "check", env=backups)
        assert checked.returncode == 0, checked.stdout
        listed = cmer_desk("--database", str(database), "contacts", env=backups)
        assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 14


@needs_mount
@pytest.mark.sqlite_only
def test_a_backup_folder_that_cannot_be_written_is_a_warning_only(tmp_path, example):
    mount = tmp_path / "sauvegardes"
    with small_filesystem(mount, "1m"):
        env = {"CMER_DESK_BACKUP_DIR": str(mount)}
        assert cmer_desk("--database", str(example), "anonymise", "3", env=env).returncode == 0  # data changed
        set_read_only(mount)
        for command in (["contacts"], ["check"], ["export-contacts", str(tmp_path / "c.csv")]):
            result = cmer_desk("--database", str(example), *command, env=env)
            assert result.returncode == 0, result.stderr
            assert result.stderr.startswith("cmer-desk : avertissement : La sauvegarde de démarrage n'a pas pu être "
                                             "faite : "), result.stderr
            assert "lecture seule" in result.stderr and "Traceback" not in result.stderr
        set_read_only(mount, False)
        fill(mount)
        result = cmer_desk("--database", str(example), "contacts", env=env)
        assert result.returncode == 0
        assert "avertissement" in result.stderr and "Traceback" not in result.stderr


# copy-database ---------------------------------------------------------------------------------------------


def test_copy_database_to_a_server_that_does_not_answer_gives_one_line(example):
    result = cmer_desk("--database", str(example), "copy-database", "--to",
                       "postgresql+psycopg://desk:secret@127.0.0.1:9/presse")
    assert result.returncode == 1
    line = one_french_line(result)
    assert "ne répond pas" in line and "secret" not in line


def test_copy_database_with_a_wrong_password_gives_one_line(example, pg_cluster):
    if pg_cluster is None:
        pytest.skip("needs the PostgreSQL test cluster (--engine postgresql)")
    name = pg_cluster.create_database()
    url = pg_cluster.password_url(name, "mauvais-mot-de-passe")
    result = cmer_desk("--database", str(example), "copy-database", "--to", url)
    assert result.returncode == 1
    line = one_french_line(result)
    assert "mot de passe ou utilisateur incorrect" in line and "mauvais-mot-de-passe" not in line


def test_a_database_folder_that_does_not_exist_gives_one_line(tmp_path):
    result = cmer_desk("--database", str(Path("/proc/nulle-part/press.db")), "contacts")
    assert result.returncode == 1
    assert one_french_line(result).startswith("cmer-desk : impossible d'ouvrir la base de données : ")


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("name", "command"), [("presse.pdf", ["invitation", "1", "-o"]), ("presse.db", ["backup", "-o"])])
def test_a_document_or_backup_is_never_written_over_the_open_database(tmp_path, name, command):
    database = tmp_path / name  # a database may bear any name, even one ending in .pdf
    assert cmer_desk("--database", str(database), "example").returncode == 0
    result = cmer_desk("--database", str(database), *command, str(database))
    assert result.returncode == 1
    assert "est la base de données" in one_french_line(result)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone()[0] == 14


@pytest.mark.sqlite_only
def test_an_emptied_database_is_named_as_such_at_the_command_line(tmp_path):
    database = tmp_path / "press.db"
    backups = {"CMER_DESK_BACKUP_DIR": str(tmp_path / "sauvegardes")}
    assert cmer_desk("--database", str(database), "example", env=backups).returncode == 0
    assert cmer_desk("--database", str(database), "contacts", env=backups).returncode == 0  # its start backup
    database.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    listed = cmer_desk("--database", str(database), "contacts", env=backups)
    assert listed.returncode == 1
    line = one_french_line(listed)
    assert "est vide (0 octet) alors qu'elle contenait des données" in line and "sauvegardes" in line
    checked = cmer_desk("--database", str(database), "check", env=backups)
    assert checked.returncode == 1
    assert "est vide (0 octet)" in checked.stdout and "1 problème trouvé" in checked.stdout
    assert database.stat().st_size == 0

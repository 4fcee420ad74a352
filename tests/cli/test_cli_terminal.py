"""Nothing the command line prints drives the terminal: control characters stored by an older version
(or held by a file name) come out escaped, in listings, JSON and error messages alike."""

from __future__ import annotations

import json
import re

from sqlalchemy import text

from cmer_desk.app import AppContext
from tests.cli.test_cli_contacts import cmer_desk

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # anything but tab and LF
HOSTILE = "\x1b[2J\x1b]0;pwned\x07\x08\r\x9b"


def _legacy_database(database_url: str) -> None:
    """The example, then control characters written straight into the tables, as an older version let
    them in (validation refuses them today)."""
    app = AppContext.open(database_url)
    try:
        app.example.load()
        with app.engine.begin() as connection:
            connection.execute(text("UPDATE contact SET last_name = last_name || :h"), {"h": HOSTILE})
            connection.execute(text("UPDATE organisation SET name = name || :h, city = :h"), {"h": HOSTILE})
            connection.execute(text("UPDATE event SET title = title || :h"), {"h": HOSTILE})
    finally:
        app.close()


def test_listings_print_control_characters_escaped(database_url):
    _legacy_database(database_url)
    for command in ("contacts", "events", "organisations"):
        result = cmer_desk("--database", database_url, command)
        assert result.returncode == 0, result.stderr
        assert RAW_CONTROL.search(result.stdout) is None, (command, result.stdout[:300])
        assert "\\u001b[2J" in result.stdout and "\\u009b" in result.stdout


def test_json_stays_valid_and_gives_back_the_stored_text(database_url):
    _legacy_database(database_url)
    result = cmer_desk("--database", database_url, "contacts", "--json")
    assert result.returncode == 0, result.stderr
    assert RAW_CONTROL.search(result.stdout) is None
    records = json.loads(result.stdout)
    assert all(r["last_name"].endswith(HOSTILE) for r in records)


def test_an_error_message_never_carries_a_raw_control_character(database_url, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Nom;Prénom;Courriel\nMartin;Jean;jean\x1b[31m@x\n", encoding="utf-8")
    result = cmer_desk("--database", database_url, "import-contacts", str(path))
    assert result.returncode == 1
    assert RAW_CONTROL.search(result.stderr) is None, result.stderr
    assert "Ligne 2" in result.stderr and "U+001B" in result.stderr

"""A document command on a SQLite file imports only what it uses: not the PostgreSQL dialect, and not
phonenumbers when every number it prints is French (printed without it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.cli.test_cli import cmer_desk

WATCHED = ("phonenumbers", "sqlalchemy.dialects.postgresql")

# Runs the command line in this interpreter, then prints which of the watched modules were imported.
SCRIPT = f"""
import json, sys
from cmer_desk.__main__ import main
try:
    main()
except SystemExit as exit:
    status = exit.code
print(json.dumps([status, [m for m in {WATCHED!r} if m in sys.modules]]))
"""


@pytest.fixture
def sqlite_database(engine_name, database_url):
    if engine_name != "sqlite":
        pytest.skip("the PostgreSQL driver imports its dialect")
    assert cmer_desk("--database", database_url, "example").returncode == 0
    return database_url


@pytest.mark.parametrize("command", [["invitation", "1", "-o", "{tmp}/x.pdf"], ["badges", "1", "-o", "{tmp}/b.pdf"],
                                     ["attendees", "1", "-o", "{tmp}/a.pdf"]])
def test_a_document_of_the_example_imports_neither_the_postgresql_dialect_nor_phonenumbers(
        sqlite_database, tmp_path, command):
    argv = ["cmer-desk", "--database", sqlite_database, *(a.format(tmp=tmp_path) for a in command)]
    done = subprocess.run([sys.executable, "-c", f"import sys; sys.argv = {argv!r}\n" + SCRIPT], capture_output=True,
                          text=True, encoding="utf-8", env=dict(os.environ), timeout=120, check=False)
    status, imported = json.loads(done.stdout.splitlines()[-1])
    assert status == 0, done.stderr
    assert imported == []


# Runs the invitation command in this interpreter, then prints what it set up beyond what it prints with.
SETUP_SCRIPT = """
import json, sys
from cmer_desk.__main__ import main
try:
    main()
except SystemExit as exit:
    status = exit.code
from cmer_desk.db.models import Event
print(json.dumps([status, {
    "ORM mappers configured": Event.__mapper__.configured,
    "xml.sax imported": "xml.sax" in sys.modules,
}]))
"""


def test_the_invitation_command_configures_no_orm_mapper(sqlite_database, tmp_path):
    """What the invitation does not need: the ORM's mappers (it reads plain columns), the XML escapes of the
    standard library."""
    argv = ["cmer-desk", "--database", sqlite_database, "invitation", "1", "-o", str(tmp_path / "x.pdf")]
    done = subprocess.run([sys.executable, "-c", f"import sys; sys.argv = {argv!r}\n" + SETUP_SCRIPT],
                          capture_output=True, text=True, encoding="utf-8", env=dict(os.environ), timeout=120,
                          check=False)
    status, setup = json.loads(done.stdout.splitlines()[-1])
    assert status == 0, done.stderr
    assert setup == {"ORM mappers configured": False, "xml.sax imported": False}

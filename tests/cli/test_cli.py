"""The real entry point, run as a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def cmer_desk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("cmer-desk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "cmer_desk"]
    return subprocess.run(
        [*command, *args], check=False, capture_output=True, text=True, encoding="utf-8", env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def database(database_url):
    return database_url


def test_example_is_idempotent_and_prints_the_event_id(database):
    first = cmer_desk("--database", database, "example")
    assert first.returncode == 0, first.stderr
    again = cmer_desk("example", "--database", database)
    assert again.returncode == 0
    assert first.stdout.strip() == again.stdout.strip() == "1"
    events = json.loads(cmer_desk("--database", database, "events", "--json").stdout)
    assert len(events) == 1


def test_events_json_carries_every_field(database):
    cmer_desk("--database", database, "example")
    [event] = json.loads(cmer_desk("--database", database, "events", "--json").stdout)
    assert event["id"] == 1
    assert event["starts_at"] == "2018-01-24T11:30:00"
    assert event["issue_date"] == "2018-01-22"
    assert event["venue_street"] == "2 Place du Marché"
    assert [o["role_wording"] for o in event["officials"]] == [
        "préfet de police des Bouches-du-Rhône",
        "maire de Tarascon",
    ]
    assert len(event["press_officer_ids"]) == 3
    assert {"capacity", "per_outlet_limit", "accreditation_deadline", "press_moment", "version"} <= event.keys()


def test_contacts_search_ignores_accents_and_json_has_tags_as_a_list(database):
    cmer_desk("--database", database, "example")
    found = json.loads(cmer_desk("--database", database, "contacts", "--json", "--search", "maziere").stdout)
    assert [(c["first_name"], c["last_name"]) for c in found] == [("Olivier", "de Mazières")]
    assert found[0]["tags"] == ["officiels"]
    assert found[0]["created_at"].startswith("20")
    plain = cmer_desk("--database", database, "contacts", "--search", "OEILLET").stdout
    assert "ŒILLET Chloé" in plain


def test_organisations_listed_in_french_order(database):
    cmer_desk("--database", database, "example")
    names = [o["name"] for o in json.loads(cmer_desk("--database", database, "organisations", "--json").stdout)]
    assert names.index("Œil du Rhône (en ligne)") < names.index("Préfecture de police des Bouches-du-Rhône")
    assert names.index("Le Courrier du Delta") < names.index("Mairie de Tarascon")


def test_environment_variable_names_the_database(database):
    assert cmer_desk("example", env={"CMER_DESK_DATABASE": database}).returncode == 0
    assert json.loads(cmer_desk("--database", database, "events", "--json").stdout)[0]["id"] == 1


def test_usage_error_exits_2_in_french(database):
    result = cmer_desk("--database", database, "nimportequoi")
    assert result.returncode == 2
    assert "erreur" in result.stderr


def test_unreachable_database_exits_1_with_one_french_line(tmp_path):
    result = cmer_desk("--database", "postgresql+psycopg://desk@127.0.0.1:1/presse", "events")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cmer-desk : impossible d'ouvrir la base de données")

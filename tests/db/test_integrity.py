"""cmer-desk check: SQLite's checks plus the application's consistency rules."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from cmer_desk.db.engine import sqlite_path
from cmer_desk.services.integrity import check_database, quick_check, verdict


def checks(app) -> set[str]:
    return {p.check for p in check_database(app.engine)}


# Breaking the rules behind the services' back needs a SQLite file with foreign keys off.
broken_behind_our_back = pytest.mark.sqlite_only


def raw(app, sql: str) -> None:
    """Break a rule behind the services' back, with foreign keys off as an old or foreign tool would."""
    connection = sqlite3.connect(sqlite_path(str(app.engine.url)))
    try:
        connection.execute(sql)
        connection.commit()
    finally:
        connection.close()


def test_the_example_is_sound(app, example_event_id):
    assert check_database(app.engine) == []
    assert verdict([]) == "Vérification terminée : la base de données est saine."
    assert quick_check(app.engine).ok


@broken_behind_our_back
def test_accreditation_outlet_that_does_not_exist(app, example_event_id):
    raw(app, "UPDATE accreditation SET outlet_id = 9999 WHERE id = (SELECT min(id) FROM accreditation)")
    problems = check_database(app.engine)
    assert {"foreign_key", "accreditation_outlet"} <= {p.check for p in problems}
    assert any("le média n° 9999 n'existe pas" in p.message for p in problems)
    assert verdict(problems).startswith("Vérification terminée : ") and "problème" in verdict(problems)


@broken_behind_our_back
def test_event_official_whose_contact_is_gone(app, example_event_id):
    raw(app, "UPDATE event_official SET contact_id = 8888 WHERE id = (SELECT min(id) FROM event_official)")
    assert "event_official" in checks(app)


@broken_behind_our_back
def test_version_below_one(app, example_event_id):
    raw(app, "UPDATE contact SET version = 0 WHERE id = 1")
    problems = check_database(app.engine)
    assert [p.message for p in problems if p.check == "version"] == [
        "Table « contact », n° 1 : numéro de version invalide."
    ]


@broken_behind_our_back
def test_stale_sort_key(app, example_event_id):
    raw(app, "UPDATE contact SET last_name = 'Zorro' WHERE id = 2")
    raw(app, "UPDATE organisation SET sort_key = 'a' WHERE id = 1")
    messages = [p.message for p in check_database(app.engine) if p.check == "sort_key"]
    assert messages == ["Contact n° 2 : clé de tri périmée.", "Organisme n° 1 : clé de tri périmée."]


@broken_behind_our_back
def test_schema_revision_behind(app, example_event_id):
    raw(app, "UPDATE alembic_version SET version_num = '0000'")
    assert checks(app) == {"schema"}


@broken_behind_our_back
def test_text_that_is_not_utf8_is_found_and_named(app, example_event_id):
    raw(app, "UPDATE contact SET last_name = CAST(X'4d617a69e8726573' AS TEXT) WHERE id = 2")  # Mazières in Latin-1
    raw(app, "UPDATE organisation SET name = CAST(X'526164696f20ff' AS TEXT) WHERE id = 1")
    assert quick_check(app.engine).ok  # SQLite's own checks do not look at the encoding
    problems = check_database(app.engine)
    assert [p.message for p in problems] == [
        "Contact n° 2 : le champ « last_name » contient du texte qui n'est pas de l'UTF-8 valide "
        "(octet 0xe8 en position 5).",
        "Organisme n° 1 : le champ « name » contient du texte qui n'est pas de l'UTF-8 valide "
        "(octet 0xff en position 7).",
    ]
    assert {p.check for p in problems} == {"text_encoding"}


def test_control_characters_stored_before_they_were_refused_are_found_and_named(app, example_event_id):
    """An older version (or another tool) may have stored ESC or BEL, which every field now refuses: the
    check names the record and the field, on both engines, so that someone can correct it."""
    with app.engine.begin() as connection:  # behind the services' back, as an older version wrote it
        connection.execute(text("UPDATE contact SET last_name = :v WHERE id = 2"), {"v": "MAZI\x1b[31mÈRES"})
        connection.execute(text("UPDATE event SET body = :v WHERE id = :id"), {"v": "Texte\x07", "id": example_event_id})
    problems = check_database(app.engine)  # the changed name also leaves its sort key stale: said apart
    assert [(p.check, p.message) for p in problems if p.check != "sort_key"] == [
        ("control_character", "Contact n° 2 : le champ « last_name » contient le caractère de contrôle U+001B, "
                              "qu'aucun champ n'accepte plus ; corrigez ce champ dans la fiche."),
        ("control_character", f"Événement n° {example_event_id} : le champ « body » contient le caractère de "
                              "contrôle U+0007, qu'aucun champ n'accepte plus ; corrigez ce champ dans la fiche."),
    ]

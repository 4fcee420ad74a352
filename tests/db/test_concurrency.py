"""Two workstations at once, as two processes, on the engine the suite runs on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from cmer_desk.domain.drafts import (
    AccreditationDraft,
    ContactDraft,
    EventDraft,
    OrganisationDraft,
)
from cmer_desk.domain.enums import AccreditationStatus, OrganisationKind

ROOT = Path(__file__).resolve().parents[2]


def _workers(database_url: str, *argument_lists: list[str]) -> list[list[str]]:
    processes = [
        subprocess.Popen([sys.executable, "-m", "tests.concurrency_worker", database_url, *args], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for args in argument_lists
    ]
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        outputs.append(out.split("\n")[:-1])
    return outputs


def test_two_workstations_saving_the_same_contact_one_gets_the_conflict(app, database_url, tmp_path):
    contact = app.contacts.save(ContactDraft(first_name="Jean", last_name="Martin"))
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    first, second = _workers(
        database_url,
        ["edit", str(contact.id), "pigiste", str(barrier)],
        ["edit", str(contact.id), "rédacteur en chef", str(barrier)],
    )
    assert sorted(first + second) == ["conflict", "saved"]
    winner = "pigiste" if first == ["saved"] else "rédacteur en chef"
    saved = app.contacts.get(contact.id)
    assert saved.function == winner
    assert saved.version == 2


def test_two_workstations_confirming_at_once_hold_the_per_outlet_limit(app, database_url, tmp_path):
    outlet = app.organisations.save(OrganisationDraft(name="Radio Sud", kind=OrganisationKind.RADIO)).id
    event = app.events.save(
        EventDraft(title="Point presse", issue_place="Marseille", issue_date=app.service_context.clock().date(),
                   starts_at=app.service_context.clock().replace(year=2027), per_outlet_limit=2)
    ).id
    ids = [
        app.accreditations.save(
            AccreditationDraft(event, app.contacts.save(ContactDraft(last_name=f"Journaliste{i}", organisation_id=outlet)).id)
        ).id
        for i in range(6)
    ]
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    first, second = _workers(
        database_url,
        ["confirm", ",".join(map(str, ids[:3])), str(barrier)],
        ["confirm", ",".join(map(str, ids[3:])), str(barrier)],
    )
    outcomes = first + second
    assert len(outcomes) == 6
    assert sum(o.startswith("confirmed") for o in outcomes) == 2
    assert sum(o.startswith("limit") for o in outcomes) == 4
    assert app.accreditations.counts(event)[AccreditationStatus.CONFIRMED] == 2


def test_two_workstations_importing_the_same_file_at_once_give_what_one_after_the_other_gives(app, database_url,
                                                                                            tmp_path):
    """Each import reads who is already known, then writes: without a lock serialising imports, both read
    "nobody" and every contact is created twice, or one import fails on a list both create."""
    rows = [f"Nom{i:04d};Prénom{i};Média {i % 7};nom{i}@example.fr;liste-{i % 5}, commune" for i in range(1500)]
    path = tmp_path / "c.csv"
    path.write_text("Nom;Prénom;Média;Courriel;Listes\n" + "\n".join(rows) + "\n", encoding="utf-8")
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    first, second = _workers(database_url, ["import", str(path), str(barrier)], ["import", str(path), str(barrier)])
    summaries = sorted(first + second)
    assert summaries == ["0 créé, 0 mis à jour, 1500 ignorés",
                         "1500 créés, 0 mis à jour, 0 ignoré, 7 médias ou organismes créés"]
    assert len(app.contacts.rows()) == 1500
    assert len(app.organisations.rows()) == 7
    assert sorted(app.contacts.tag_names()) == ["commune", *(f"liste-{i}" for i in range(5))]


def test_two_workstations_creating_the_same_new_lists_at_once_both_succeed(app, database_url, tmp_path):
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    first, second = _workers(database_url, ["tags", "40", str(barrier)], ["tags", "40", str(barrier)])
    assert first == second == ["saved"] * 40
    assert len(app.contacts.tag_names()) == 40
    assert len(app.contacts.rows(tag="nouvelle-7")) == 2

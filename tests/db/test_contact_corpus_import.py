"""The corpus imported for real: every file gives, in the database, the contacts its expectations list
(valid rows imported, refused ones written beside a copy of the file); and the rules around partial
imports, several addresses per contact and files that give nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cmer_desk.db.models import ChangeLogEntry, Contact, ContactEmail
from cmer_desk.domain.contact_points import EmailAddress, PhoneNumber, simple_points
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import ContactKind
from cmer_desk.formats.csv_dialect import read_csv
from cmer_desk.formats.errors import FileFormatError

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"
SAMPLE = ["reconstruction-press-list-odd-values.csv", "reconstruction-google-contacts-2024.csv",
          "reconstruction-outlook-fr.csv", "thunderbird-import-basic_ldif_addressbook.ldif",
          "ezvcard-John_Doe_IPHONE.vcf", "reconstruction-press-list-title-merged.xlsx",
          "roundcube-utf-16_sample.vcf", "ezvcard-John_Doe_ANDROID.vcf"]  # fmt: skip


def count(app, model) -> int:
    with app.service_context.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def imports(app) -> list[ChangeLogEntry]:
    with app.service_context.sessions() as s:
        return list(s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.action == "import")))


@pytest.mark.parametrize("name", SAMPLE)
def test_a_corpus_file_comes_in_whole_with_its_refused_rows_beside_it(app, tmp_path, name):
    expected = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    source = tmp_path / name
    shutil.copyfile(CORPUS / name, source)
    report = app.contact_import.import_contacts(source, skip_invalid=True, on_duplicate="create")
    assert report.created == len(expected["contacts"])
    assert report.refused == len(expected.get("refused", []))
    by_email = {e[0] for c in expected["contacts"] for e in c.get("emails", [])}
    stored = {r["emails"][i]["address"] for r in app.contacts.records() for i in range(len(r["emails"]))}
    assert stored == by_email
    if report.refused:
        assert report.rejects_file == tmp_path / f"{source.stem}-lignes-refusees.csv"
        rejects = read_csv(report.rejects_file.read_bytes())
        assert rejects.headers[-1] == "Motif du refus"
        reasons = [r.cells[-1] for r in rejects.rows]
        assert reasons == [f"Ligne {line} : {reason}" for line, reason in expected["refused"]]
        assert report.rejects_file.stat().st_mode & 0o077 == 0  # personal data: the owner's only
    else:
        assert report.rejects_file is None
    assert len(imports(app)) == 1


def test_by_default_a_refused_row_stops_everything_and_names_the_count(app, tmp_path):
    source = tmp_path / "odd.csv"
    shutil.copyfile(CORPUS / "reconstruction-press-list-odd-values.csv", source)
    with pytest.raises(FileFormatError) as caught:
        app.contact_import.import_contacts(source)
    assert str(caught.value) == ("Ligne 9 : l'adresse « odile.blanc@@example » du champ « Courriel » n'est pas une "
                                 "adresse électronique valide (2 lignes refusées en tout).")
    assert count(app, Contact) == 0 and imports(app) == []
    assert not list(tmp_path.glob("*-lignes-refusees*.csv"))


def test_a_dry_run_counts_the_refused_rows_and_writes_no_file(app, tmp_path):
    source = tmp_path / "odd.csv"
    shutil.copyfile(CORPUS / "reconstruction-press-list-odd-values.csv", source)
    report = app.contact_import.import_contacts(source, skip_invalid=True, dry_run=True)
    assert (report.created, report.refused) == (7, 2)
    assert report.warning_count == 5 and "M.Sc." in str(report.warnings[0])
    assert report.rejects_file is None and not list(tmp_path.glob("*-lignes-refusees*.csv"))
    assert count(app, Contact) == 0


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n", b"Nom;Courriel\r\n",
                                     b"dn: cn=liste\nobjectclass: top\nobjectclass: groupOfNames\ncn: liste\n"])
def test_a_file_with_no_contact_is_an_error_and_writes_no_log_entry(app, tmp_path, content):
    path = tmp_path / ("vide.ldif" if content.startswith(b"dn:") else "vide.csv")
    path.write_bytes(content)
    with pytest.raises(FileFormatError) as caught:
        app.contact_import.import_contacts(path)
    assert "aucun" in str(caught.value) or "vide" in str(caught.value) or "espaces" in str(caught.value)
    assert imports(app) == [] and count(app, Contact) == 0


def test_a_file_whose_every_row_is_refused_imports_nothing_even_when_skipping(app, tmp_path):
    path = tmp_path / "faux.csv"
    path.write_bytes(b"Nom;Courriel\nA;a@\nB;b@@x\n")
    with pytest.raises(FileFormatError, match=r"^Aucune ligne n'est valide \(2 refusées\)"):
        app.contact_import.import_contacts(path, skip_invalid=True)
    assert imports(app) == [] and not list(tmp_path.glob("*-lignes-refusees*.csv"))


@pytest.mark.parametrize("content", [b"PK\x03\x04garbage", b"%PDF-1.7\n", b"\x00\x01\x02\xff\xfe\x00binaire\x00" * 20])
def test_binary_files_get_a_clear_message_without_their_bytes(app, tmp_path, content):
    path = tmp_path / "liste.csv"
    path.write_bytes(content)
    with pytest.raises(FileFormatError) as caught:
        app.contact_import.import_contacts(path)
    message = str(caught.value)
    assert "Nom" not in message and "garbage" not in message and "binaire" not in message and "\x00" not in message
    assert message.startswith("Ce fichier n'est pas")


def test_search_duplicates_and_merge_use_every_address(app):
    katia = app.contacts.save(ContactDraft(first_name="Katia", last_name="Bertaud", emails=[
        EmailAddress("katia@example.com"), EmailAddress("redaction@example.org", label="rédaction")]))  # fmt: skip
    other = app.contacts.save(ContactDraft(first_name="K.", last_name="B.", phones=[PhoneNumber("04 65 71 12 58")],
                                           emails=[EmailAddress("REDACTION@example.org", ContactKind.HOME)]))  # fmt: skip
    assert {r.id for r in app.contacts.rows("redaction@example")} == {katia.id, other.id}
    assert app.contacts.find(email="redaction@example.org") == katia.id
    [group] = app.duplicates.find()
    assert set(group.ids) == {katia.id, other.id} and group.reason == "même courriel"
    app.duplicates.merge(katia.id, other.id)
    merged = app.contacts.get(katia.id)
    assert [e.address for e in merged.emails] == ["katia@example.com", "redaction@example.org"]
    assert merged.phones == [PhoneNumber("+33465711258", ContactKind.WORK, "", "", True)]
    assert merged.email == "katia@example.com"  # the kept contact's preferred address stays preferred


def test_an_update_adds_the_new_addresses_and_keeps_the_preferred_one(app, tmp_path):
    app.contacts.save(ContactDraft(first_name="Zoé", last_name="Durand", **simple_points(email="zoe@example.com")))
    path = tmp_path / "maj.csv"
    path.write_text("Nom;Prénom;Courriel;Courriel (domicile);Fax\nDurand;Zoé;zoe@example.com;zoe@example.net;"
                    "04 65 71 12 59\n", encoding="utf-8")  # fmt: skip
    report = app.contact_import.import_contacts(path, on_duplicate="update")
    assert report.updated == 1
    [zoe] = app.contacts.records()
    assert [(e["address"], e["kind"], e["preferred"]) for e in zoe["emails"]] == [
        ("zoe@example.com", "work", True), ("zoe@example.net", "home", True)]
    assert [(p["number"], p["kind"]) for p in zoe["phones"]] == [("+33465711259", "fax")]
    assert app.contacts.rows("example.net")[0].id == zoe["id"]  # the search text knows the new address


def test_bcc_list_and_documents_use_the_preferred_address(app):
    app.contacts.save(ContactDraft(last_name="Aubert", tags=["PQR"], emails=[
        EmailAddress("anne.perso@example.net", ContactKind.HOME, preferred=True),
        EmailAddress("autre@example.com", ContactKind.WORK),
        EmailAddress("anne@example.com", ContactKind.WORK, preferred=True)]))  # fmt: skip
    assert app.documents.recipients("PQR") == ("anne@example.com",)


@pytest.mark.sqlite_only
def test_the_migration_moves_todays_address_and_numbers(tmp_path):
    """A file at revision 0002 (one e-mail, landline and mobile columns) migrated to the head."""
    import sqlite3

    from cmer_desk.app import AppContext
    from cmer_desk.db import migrate

    path = tmp_path / "old.db"
    old = AppContext.open(str(path), migrate_schema=False)
    try:
        from alembic import command

        config = migrate.alembic_config()
        with old.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0002")
        with old.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO contact (id, civility, first_name, last_name, function, email, landline, mobile, "
                "press_card_number, press_card_kind, notes, source, sort_key, search_text, created_at, updated_at, "
                "version) VALUES (7, 'mme', 'Katia', 'Bertaud', '', 'katia@example.com', '+33490915129', "
                "'+33612345678', '', '', '', '', 'bertaud', 'katia bertaud', '2026-01-01', '2026-01-01', 3)"))  # fmt: skip
            connection.execute(text("INSERT INTO contact_tag (contact_id, tag_id) SELECT 7, NULL WHERE 0"))
    finally:
        old.close()
    new = AppContext.open(str(path))
    try:
        [katia] = new.contacts.records()
        assert katia["civility"] == "Mme" and katia["version"] == 3
        assert katia["emails"] == [{"address": "katia@example.com", "kind": "work", "label": "", "preferred": True}]
        assert [(p["number"], p["kind"], p["preferred"]) for p in katia["phones"]] == [
            ("+33490915129", "work", True), ("+33612345678", "mobile", True)]
        assert (katia["email"], katia["landline"], katia["mobile"]) == ("katia@example.com", "+33490915129",
                                                                         "+33612345678")
    finally:
        new.close()
    with sqlite3.connect(path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(contact)")}
        assert not columns & {"email", "landline", "mobile"}
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert count_rows(path, "contact_email") == 1 and count_rows(path, "contact_phone") == 2


def count_rows(path, table: str) -> int:
    import sqlite3

    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_contacts_json_shows_every_address_and_number(app):
    app.contacts.save(ContactDraft(last_name="Roux", emails=[EmailAddress("a@example.com"),
                                                             EmailAddress("b@example.org", label="rédaction")],
                                   phones=[PhoneNumber("04 65 71 12 58 poste 205", label="standard")]))  # fmt: skip
    [record] = app.contacts.records()
    assert record["emails"][1] == {"address": "b@example.org", "kind": "work", "label": "rédaction", "preferred": False}
    assert record["phones"] == [{"number": "+33465711258", "kind": "work", "label": "standard", "extension": "205",
                                 "preferred": True}]  # fmt: skip
    with app.service_context.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ContactEmail)) == 2

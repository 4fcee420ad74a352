"""Contacts an import creates get the ids the database would give them: after the largest id ever given
(never one of a deleted contact), in the order of the file, with every column as a save writes it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cmer_desk.db.models import Contact
from cmer_desk.domain.drafts import ContactDraft


def test_imported_contacts_follow_the_largest_id_ever_given_in_file_order(app, tmp_path):
    kept = app.contacts.save(ContactDraft(first_name="Katia", last_name="Bertaud")).id
    gone = [app.contacts.save(ContactDraft(first_name="Zoé", last_name=f"Durand {i}")).id for i in range(3)]
    for contact_id in gone:
        app.contacts.delete(contact_id)
    path = tmp_path / "c.csv"
    path.write_text("Nom;Prénom;Courriel;Dernier contact;Carte de presse;Validité carte de presse\n"
                    "Œillet;Émile;emile@f3.fr;24/01/2018;12345;2024\nMartin;Léa;;;;\n", encoding="utf-8")
    report = app.contact_import.import_contacts(path)
    assert report.created == 2
    with app.service_context.sessions() as s:
        rows = list(s.scalars(select(Contact).where(Contact.id > kept).order_by(Contact.id)))
    assert [(c.id, c.last_name) for c in rows] == [(gone[-1] + 1, "Œillet"), (gone[-1] + 2, "Martin")]
    emile = rows[0]
    assert (emile.last_contact_on, emile.press_card_number, emile.press_card_year) == (date(2018, 1, 24), "12345", 2024)
    assert emile.created_at is not None and emile.updated_at == emile.created_at and emile.version == 1
    assert [e.address for e in emile.emails] == ["emile@f3.fr"]
    assert app.contacts.save(ContactDraft(first_name="Inès", last_name="Roux")).id == gone[-1] + 3

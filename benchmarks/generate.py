"""Realistic press files for the benchmarks, written straight into a SQLite database.

    python benchmarks/generate.py 5000 500 20000      # prints the path of the (cached) file
    python benchmarks/generate.py 100000 0 0

French names with accents and particles, outlets of every kind with their cities, distribution lists,
press cards, events of every kind and status, accreditations of every status. Phone numbers are valid
E.164 numbers in the ranges reserved for fiction (04 99 00 xx xx, 01 99 00 xx xx).

The schema is created by the application itself (AppContext.open runs the migrations); the rows are then
inserted with bulk Core statements, with ``sort_key`` and ``search_text`` computed by
cmer_desk.domain.text exactly as the ORM hooks would. Files are cached in
``$CMER_DESK_BENCH_CACHE`` (default: <tmp>/cmer-desk-bench) under a name keyed by the sizes and the
generator version: a second run returns at once. Benchmarks copy the cached file before opening it.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GENERATOR_VERSION = 3
SEED = 2018

FIRST_F = ["Élodie", "Chloé", "Zoé", "Anaïs", "Hélène", "Maëlle", "Gaëlle", "Cécile", "Inès", "Léa", "Océane",
           "Joëlle", "Sophie", "Camille", "Nathalie", "Émilie", "Agnès", "Bérénice", "Aurélie", "Solène", "Mélanie",
           "Françoise", "Geneviève", "Thérèse", "Noémie", "Clémence", "Héloïse", "Laëtitia", "Marie-Hélène",
           "Ségolène", "Valérie", "Sandrine", "Isabelle", "Capucine", "Pénélope"]  # fmt: skip
FIRST_M = ["Jérôme", "François", "Noël", "Loïc", "Benoît", "Raphaël", "Théo", "Frédéric", "Olivier", "Grégoire",
           "Jean-René", "Hervé", "Stéphane", "Rémi", "Joël", "Mickaël", "Célestin", "Gaëtan", "Aurélien", "Cédric",
           "Dominique", "Laurent", "Pierre-André", "Sébastien", "Jérémy", "Anthony", "Karim", "Mehdi", "Hugo",
           "Étienne", "Thibault", "Anaël", "Maël", "Yannick", "Alexandre"]  # fmt: skip
LAST = ["de Mazières", "Œillet", "Durand", "Bertaud", "Lefèvre", "Nguyen", "Martin", "Bénard", "Castañeda",
        "D'Arcy", "d'Estienne d'Orves", "Müller", "Roux", "Giraud", "Fabre", "Chabert", "Séguin", "Périer",
        "Laurençon", "Lemaître", "Bœuf", "Garçon", "Pagès", "Ménard", "Lévêque", "Pécresse", "Barthélémy",
        "Crémieux", "Duchêne", "Faÿ", "Hébert", "Jourdain", "Leclère", "Mercier", "Nadal", "Olivié",
        "Pélissier", "Quéré", "Rénier", "Savès", "Thévenet", "Vidal", "Zerbib", "Ben Saïd", "Da Costa",
        "Le Goff", "du Plessis", "van der Berg", "Benhamou", "Aït-Ahmed", "Dupré", "Gauthier", "Chevènement",
        "Bourguignon", "Ferrière", "Grégoire", "Lacroix", "Mahé", "Rivière", "Sénéchal"]  # fmt: skip
CITIES = ["Marseille", "Aix-en-Provence", "Arles", "Tarascon", "Martigues", "Aubagne", "Istres", "Salon-de-Provence",
          "Vitrolles", "Miramas", "La Ciotat", "Châteaurenard", "Saint-Rémy-de-Provence", "Les Saintes-Maries-de-la-Mer",
          "Gémenos", "Fos-sur-Mer", "Port-Saint-Louis-du-Rhône", "Paris", "Nîmes", "Avignon"]  # fmt: skip
OUTLET_NAMES = {
    "daily_press": ["La Provence", "La Marseillaise", "Le Méridional", "Le Dauphiné libéré", "Midi libre",
                    "Le Parisien", "Le Figaro", "Libération", "Le Monde", "Les Échos"],
    "weekly_press": ["Le Régional", "L'Œil du Rhône", "La Gazette du Midi", "Le Ravi", "L'Écho de la Crau",
                     "Marseille l'Hebdo", "Le Pélican", "La Semaine provençale"],
    "radio": ["France Bleu Provence", "Radio Camargue Info", "RTL Méditerranée", "France Inter", "Radio Soleil",
              "Radio Grenouille", "Europe 1 Sud", "RMC Info"],
    "tv": ["France 3 Provence-Alpes", "BFM Marseille Provence", "TF1 Sud-Est", "M6 Méditerranée", "Maritima TV",
           "LCI", "France 24"],
    "agency": ["AFP Marseille", "Reuters France", "Associated Press", "Agence Hans Lucas", "Sipa Press",
               "Agence Sud-Médias"],
    "web": ["Marsactu", "Made in Marseille", "Gomet'", "Médiapart", "Le Média Provence", "Actu Côte Bleue"],
    "prefecture": ["Préfecture de police des Bouches-du-Rhône", "Préfecture de la région PACA",
                   "Sous-préfecture d'Arles", "Sous-préfecture d'Istres", "Sous-préfecture d'Aix-en-Provence"],
    "mairie": [f"Mairie de {c}" for c in CITIES[:16]],
    "other": ["Conseil départemental des Bouches-du-Rhône", "Région Sud", "Tribunal judiciaire de Marseille",
              "SDIS 13", "Gendarmerie nationale", "Police nationale", "Marins-pompiers de Marseille"],
}
FUNCTIONS = {
    "media": ["Journaliste", "Rédacteur en chef", "Rédactrice en chef adjointe", "Photographe", "JRI",
              "Chef d'édition", "Journaliste « faits divers »", "Journaliste « politique »", "Correspondant local",
              "Présentatrice", "Reporter d'images", "Secrétaire de rédaction"],
    "institution": ["Chargée de communication", "Chef du bureau de la communication", "Directeur de cabinet",
                    "Attachée de presse", "Préfet", "Sous-préfète", "Maire", "Adjoint au maire", "Commissaire",
                    "Colonel"],
}
TAGS = ["PQR", "PQN", "TV", "radio", "agences", "web", "officiels", "Arles", "Tarascon", "Aix", "Marseille",
        "sécurité", "faits divers", "politique", "économie", "photographes"]  # fmt: skip
TITLES = ["Installation de la cellule municipale d'échanges sur la radicalisation de {c}",
          "Visite du préfet de police à {c}", "Conférence de presse : bilan de la sécurité routière à {c}",
          "Point presse sur les opérations de sécurisation de l'été à {c}",
          "Déplacement de la ministre de l'Intérieur à {c}", "Signature d'une convention de coordination à {c}",
          "Inauguration du nouveau commissariat de {c}", "Présentation du plan « Tranquillité vacances » à {c}",
          "Exercice de sécurité civile à {c}", "Bilan de l'opération « Côte Bleue » à {c}"]  # fmt: skip
VENUES = ["Hôtel de ville", "Préfecture de police", "Commissariat central", "Salle des fêtes", "Théâtre municipal",
          "Caserne des pompiers", "Sous-préfecture", "Palais de justice", "Port autonome", "Gare Saint-Charles"]
EVENT_KINDS = ["press_invitation", "press_conference", "press_briefing", "official_visit", "press_release"]
EVENT_STATUSES = ["draft", "sent", "done", "cancelled"]
ROLES = ["reporter", "photographer", "camera", "technician", "other"]
ACC_STATUSES = ["requested", "confirmed", "refused", "cancelled", "waiting"]
ACC_WEIGHTS = [25, 50, 8, 7, 10]
MEDIA_KINDS = ("daily_press", "weekly_press", "radio", "tv", "agency", "web")

EMAIL_TRANS = str.maketrans({" ": "-", "'": "", "«": "", "»": ""})
CODE_TRANS = str.maketrans("0123456789", "BCDEFGHJKL")  # a unique door code from a row number (domain.door)


def cache_dir() -> Path:
    folder = Path(os.environ.get("CMER_DESK_BENCH_CACHE") or Path(tempfile.gettempdir()) / "cmer-desk-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fiction_phone(n: int) -> str:
    """A valid E.164 number in the fiction ranges: +33 4 99 00 xx xx, then +33 1 99 00 xx xx."""
    n %= 20_000
    return f"+33499{n:06d}" if n < 10_000 else f"+33199{n - 10_000:06d}"


def _generate(path: Path, contacts: int, events: int, accreditations: int) -> None:
    from sqlalchemy import create_engine, insert

    from cmer_desk.app import AppContext
    from cmer_desk.db.models import (
        Accreditation,
        BureauProfile,
        Contact,
        ContactEmail,
        ContactPhone,
        Event,
        EventOfficial,
        EventPressOfficer,
        Organisation,
        ProgrammeItem,
        Tag,
        contact_tag,
    )
    from cmer_desk.domain import text

    app = AppContext.open(str(path), backup_dir=path.parent / "unused-backups", start_backup=False)
    app.close()

    fold = lru_cache(maxsize=None)(text.fold)

    def search_text(*parts):  # cmer_desk.domain.text.search_text with its folds cached
        return " ".join(fold(p) for p in parts if p)

    rnd = random.Random(SEED)
    now = datetime(2025, 3, 1, 9, 0)

    # Outlets and institutions: every kind, a few copies per city for the larger files.
    organisations = []
    copies = max(1, contacts // 2_000)
    for kind, names in OUTLET_NAMES.items():
        for name in names:
            for copy in range(copies if kind in MEDIA_KINDS else 1):
                city = rnd.choice(CITIES)
                full = name if copy == 0 else f"{name} – édition de {city}"
                organisations.append(dict(
                    id=len(organisations) + 1, name=full, kind=kind, city=city,
                    phone=fiction_phone(rnd.randrange(20_000)), email=f"redaction{len(organisations)}@media.example.fr",
                    website="", notes="", sort_key=text.french_sort_key(full), search_text=search_text(full, city),
                    created_at=now, updated_at=now, version=1))  # fmt: skip
    media = [o for o in organisations if o["kind"] in MEDIA_KINDS]
    institutions = [o for o in organisations if o["kind"] not in MEDIA_KINDS]

    tags = [dict(id=i + 1, name=name) for i, name in enumerate(TAGS)]

    contact_rows, tag_links, email_rows, phone_rows = [], [], [], []
    for cid in range(1, contacts + 1):
        woman = rnd.random() < 0.5
        first = rnd.choice(FIRST_F if woman else FIRST_M)
        last = rnd.choice(LAST)
        is_media = rnd.random() < 0.8
        org = rnd.choice(media if is_media else institutions) if rnd.random() < 0.95 else None
        function = rnd.choice(FUNCTIONS["media" if is_media else "institution"])
        email = f"{fold(first)}.{fold(last)}.{cid}@redaction.example.fr".translate(EMAIL_TRANS)
        card = is_media and rnd.random() < 0.7
        email_rows.append(dict(contact_id=cid, position=0, kind="work", address=email, label="", preferred=True))
        numbers = [("work", fiction_phone(rnd.randrange(10_000)) if rnd.random() < 0.7 else ""),
                   ("mobile", fiction_phone(10_000 + rnd.randrange(10_000)) if rnd.random() < 0.6 else "")]
        for position, (kind, number) in enumerate((k, n) for k, n in numbers if n):
            phone_rows.append(dict(contact_id=cid, position=position, kind=kind, number=number, extension="",
                                   label="", preferred=True))  # fmt: skip
        contact_rows.append(dict(
            id=cid, civility="Mme" if woman else "M.", first_name=first, last_name=last, function=function,
            organisation_id=org["id"] if org else None,
            press_card_number=str(100_000 + cid) if card else "",
            press_card_year=rnd.choice([2023, 2024, 2025]) if card else None,
            press_card_kind=(rnd.choice(["ccijp"] * 8 + ["foreign", "other"]) if card else ""),
            notes=rnd.choice(["", "", "Préfère être joint le matin ; ne pas appeler le lundi.", "Accréditée à l'année."]),
            source=rnd.choice(["", "import annuaire 2024", "saisie"]), last_contact_on=None,
            sort_key=text.french_sort_key(last, first),
            search_text=search_text(first, last, org["name"] if org else "", email, function),
            created_at=now, updated_at=now, version=1))  # fmt: skip
        for tag in rnd.sample(tags, rnd.choice((0, 1, 1, 2, 2, 3))):
            tag_links.append(dict(contact_id=cid, tag_id=tag["id"]))

    event_rows, officials, officers, programme = [], [], [], []
    start0 = datetime(2016, 1, 4, 9, 0)
    for eid in range(1, events + 1):
        city = rnd.choice(CITIES)
        title = rnd.choice(TITLES).format(c=city)
        starts = start0 + timedelta(days=rnd.randrange(3_650), minutes=rnd.randrange(0, 600, 15))
        venue = rnd.choice(VENUES)
        event_rows.append(dict(
            id=eid, kind=rnd.choice(EVENT_KINDS), status=rnd.choice(EVENT_STATUSES), issue_place="Marseille",
            issue_date=(starts - timedelta(days=2)).date(), title=title,
            body="Le préfet de police souhaite associer les maires du département à la prévention.\n\n"
                 "- premier point ;\n- second point ;\n\nLa presse est conviée.",
            starts_at=starts, ends_at=starts + timedelta(hours=2), venue_name=venue, venue_room="salle du conseil",
            venue_street="1, place de l'Hôtel de ville", venue_postcode="13150", venue_city=city,
            officials_action="procéderont à l'installation", press_moment="Point presse à l'issue",
            accreditation_required=True, accreditation_deadline=starts - timedelta(days=1),
            accreditation_contact_id=rnd.randrange(1, contacts + 1) if contacts else None,
            accreditation_instructions="", capacity=rnd.choice([None, 30, 60, 120]), per_outlet_limit=None,
            last_accreditation_number=0, search_text=search_text(title, venue, city), created_at=now, updated_at=now, version=1))  # fmt: skip
        if contacts:
            for pos, cid in enumerate(rnd.sample(range(1, contacts + 1), 2)):
                officials.append(dict(event_id=eid, contact_id=cid, position=pos, role_wording=""))
            officers.append(dict(event_id=eid, contact_id=rnd.randrange(1, contacts + 1), position=0))
        programme.append(dict(event_id=eid, position=0, at=starts.time(), label="Accueil de la presse"))

    acc_rows = []
    if events and contacts and accreditations:
        per_event, extra = divmod(accreditations, events)
        media_contacts = [c["id"] for c in contact_rows if c["organisation_id"] and c["function"] in FUNCTIONS["media"]]
        pool = media_contacts if len(media_contacts) >= per_event + 1 else list(range(1, contacts + 1))
        for eid in range(1, events + 1):
            ev = event_rows[eid - 1]
            for number, cid in enumerate(rnd.sample(pool, per_event + (1 if eid <= extra else 0)), start=1):
                status = rnd.choices(ACC_STATUSES, ACC_WEIGHTS)[0]
                org_id = contact_rows[cid - 1]["organisation_id"]
                requested = ev["starts_at"] - timedelta(days=rnd.randrange(1, 10))
                acc_rows.append(dict(
                    id=len(acc_rows) + 1, event_id=eid, number=number, code=f"{len(acc_rows) + 1:0>12}".translate(CODE_TRANS),
                    contact_id=cid, outlet_id=org_id,
                    role=rnd.choices(ROLES, [60, 15, 15, 5, 5])[0], status=status,
                    decision_reason="Capacité atteinte" if status == "refused" else "",
                    requested_at=requested, decided_at=requested + timedelta(hours=4) if status != "requested" else None,
                    press_card_checked=status == "confirmed" and ev["status"] == "done",
                    arrived_at=ev["starts_at"] if status == "confirmed" and ev["status"] == "done" else None,
                    notes="", version=1))  # fmt: skip
                ev["last_accreditation_number"] = number

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA synchronous = OFF")
        for table, rows in ((Organisation, organisations), (Tag, tags), (Contact, contact_rows),
                            (contact_tag, tag_links), (ContactEmail, email_rows), (ContactPhone, phone_rows), (Event, event_rows), (EventOfficial, officials),
                            (EventPressOfficer, officers), (ProgrammeItem, programme), (Accreditation, acc_rows)):
            if rows:
                conn.execute(insert(table), rows)
        conn.execute(insert(BureauProfile), [dict(
            id=1, full_name="Préfecture de police des Bouches-du-Rhône – Bureau de la communication et du protocole",
            default_issue_place="Marseille", shared_email="prefpolice13-communication@interieur.gouv.fr",
            website="www.bouches-du-rhone.gouv.fr", social_handles="@prefpolice13", logo_path="",
            time_style="words", version=1)])  # fmt: skip
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def dataset(contacts: int, events: int = 0, accreditations: int = 0) -> Path:
    """The cached database file of this size (generated on first use). Copy it before opening it."""
    path = cache_dir() / f"desk-v{GENERATOR_VERSION}-{contacts}c-{events}e-{accreditations}a.db"
    if not path.exists():
        partial = path.with_name(path.stem + f".partial-{os.getpid()}.db")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        _generate(partial, contacts, events, accreditations)
        shutil.rmtree(partial.parent / "unused-backups", ignore_errors=True)
        # one self-contained file (no -wal beside it), renamed into place only when complete
        with sqlite3.connect(partial) as con:
            con.execute("PRAGMA journal_mode = DELETE")
        con.close()
        os.replace(partial, path)
    return path


def working_copy(source: Path, folder: Path) -> Path:
    """A copy of a cached file to open (the application writes to what it opens)."""
    target = Path(folder) / source.name
    shutil.copyfile(source, target)
    return target


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv[1:4]] or [5_000, 500, 20_000]
    start = time.perf_counter()
    path = dataset(*sizes)
    print(f"{path}  ({path.stat().st_size / 2**20:.1f} MB, {time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

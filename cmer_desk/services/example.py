"""The example press file: the Tarascon invitation of 22 January 2018, word for word, plus a few
fictitious outlets and journalists (phone numbers in the ranges reserved for fiction)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from cmer_desk.db.models import Event
from cmer_desk.domain.contact_points import simple_points
from cmer_desk.domain.drafts import (
    AccreditationDraft,
    BureauProfileDraft,
    ContactDraft,
    EventDraft,
    OfficialDraft,
    OrganisationDraft,
)
from cmer_desk.domain.enums import (
    AccreditationRole,
    AccreditationStatus,
    Civility,
    EventKind,
    EventStatus,
    OrganisationKind,
    PressCardKind,
)
from cmer_desk.services.accreditations import AccreditationService
from cmer_desk.services.base import Service
from cmer_desk.services.contacts import ContactService
from cmer_desk.services.events import EventService
from cmer_desk.services.organisations import OrganisationService
from cmer_desk.services.profile import ProfileService

EXAMPLE_TITLE = "Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon"
EXAMPLE_START = datetime(2018, 1, 24, 11, 30)
EXAMPLE_SOURCE = "Exemple fourni avec cmer-desk"

BODY = """\
En matière de lutte contre la radicalisation, l'action préventive est indispensable, afin de repérer en amont les individus ou en voie de radicalisation violente et d'éviter le passage à l'acte. Les maires, élus de proximité, ont un rôle essentiel à jouer dans ce domaine.

Le préfet de police des Bouches-du-Rhône a donc souhaité que les maires du département soient associés de manière plus étroite à la prévention de la radicalisation, via la mise en place d'un dispositif novateur : les cellules municipales d'échanges sur la radicalisation (CMER).

L'objectif de ces CMER est triple :

- participer à la détection et au signalement des cas de radicalisation violente (sensibilisation, formation à la détection des signes de radicalisation, etc.) ;
- organiser les échanges d'informations entre la commune et l'Etat ;
- contribuer aux mesures d'accompagnement de certains individus, en appui de celles mises en œuvre au niveau départemental par la cellule d'écoute et d'appui aux familles sous l'égide de la préfecture de police.

Tarascon, qui s'inscrit dans un programme global de sécurité et de prévention (police municipale, CLSPD) est la deuxième ville du département à s'engager dans ce dispositif après Miramas en décembre dernier. Huit autres communes sont inscrites dans le processus, avec l'assistance d'un cabinet spécialisé mandaté par la préfecture de police."""

PROFILE = BureauProfileDraft(
    full_name="Préfecture de police des Bouches-du-Rhône – Bureau de la communication et du protocole",
    default_issue_place="Marseille",
    shared_email="prefpolice13-communication@interieur.gouv.fr",
    website="www.bouches-du-rhone.gouv.fr",
    social_handles=["Facebook : Préfecture de police des Bouches-du-Rhône", "X : @prefpolice13"],
    issuer_title="Préfet de police\ndes Bouches-du-Rhône",
)

# (civility, first name, last name, function, landline, mobile, e-mail)
PRESS_OFFICERS = [
    (Civility.MONSIEUR, "Mathieu", "Duroselle", "chargé de communication", "04.96.10.62.15", "06.74.60.02.05",
     "mathieu.duroselle@interieur.gouv.fr"),
    (Civility.MADAME, "Malika", "Kerche", "chargée de communication", "04.96.10.64.00", "06.22.63.36.55",
     "malika.kerche@interieur.gouv.fr"),
    (Civility.MADAME, "Marie-Flore", "Vallon", "chargée de communication", "04.96.10.62.48", "06.72.85.84.71",
     "marie-flore.vallon@interieur.gouv.fr"),
]

# (name, kind, city, phone, e-mail, tags of its journalists)
OUTLETS = [
    ("Le Courrier du Delta", OrganisationKind.DAILY_PRESS, "Arles", "04 99 00 10 10", "redaction@courrier-delta.example", ["PQR"]),
    ("L'Hebdo des Alpilles", OrganisationKind.WEEKLY_PRESS, "Saint-Rémy-de-Provence", "04 99 00 20 20", "contact@hebdo-alpilles.example", ["PHR"]),
    ("Radio Camargue Info", OrganisationKind.RADIO, "Arles", "04 99 00 30 30", "info@radio-camargue.example", ["radios"]),
    ("Télé Sud-Provence", OrganisationKind.TV, "Marseille", "04 99 00 40 40", "redaction@tele-sud-provence.example", ["TV"]),
    ("Agence Méditerranée Presse", OrganisationKind.AGENCY, "Marseille", "04 99 00 50 50", "desk@amp-agence.example", ["agences"]),
    ("Œil du Rhône (en ligne)", OrganisationKind.WEB, "Tarascon", "04 99 00 60 60", "contact@oeil-du-rhone.example", ["web"]),
]

# (first name, last name, outlet index, role, press card, card kind, status, e-mail, phone)
JOURNALISTS = [
    ("Émile", "Zoé", 0, AccreditationRole.REPORTER, "123456", PressCardKind.CCIJP, AccreditationStatus.CONFIRMED,
     "emile.zoe@courrier-delta.example", "04 99 00 11 01"),
    ("Zoé", "Émery", 0, AccreditationRole.PHOTOGRAPHER, "123457", PressCardKind.CCIJP, AccreditationStatus.CONFIRMED,
     "zoe.emery@courrier-delta.example", "04 99 00 11 02"),
    ("Chloé", "Œillet", 2, AccreditationRole.REPORTER, "98765", PressCardKind.CCIJP, AccreditationStatus.REQUESTED,
     "chloe.oeillet@radio-camargue.example", "04 99 00 31 01"),
    ("Jérôme", "Cazalès", 3, AccreditationRole.CAMERA, "55501", PressCardKind.CCIJP, AccreditationStatus.CONFIRMED,
     "jerome.cazales@tele-sud-provence.example", "04 99 00 41 01"),
    ("Inès", "Ben Saïd", 3, AccreditationRole.TECHNICIAN, "", PressCardKind.NONE, AccreditationStatus.WAITING,
     "ines.bensaid@tele-sud-provence.example", "04 99 00 41 02"),
    ("Łukasz", "Wałęsa", 4, AccreditationRole.REPORTER, "PL-2017-88", PressCardKind.FOREIGN, AccreditationStatus.REFUSED,
     "lukasz.walesa@amp-agence.example", "+48 22 123 45 67"),
    ("Lan", "Nguyễn", 5, AccreditationRole.REPORTER, "77120", PressCardKind.CCIJP, AccreditationStatus.CANCELLED,
     "lan.nguyen@oeil-du-rhone.example", "04 99 00 61 01"),
    ("Anne-Sophie", "d'Arbaud", 1, AccreditationRole.REPORTER, "66012", PressCardKind.CCIJP, None,
     "as.darbaud@hebdo-alpilles.example", "04 99 00 21 01"),
]


class ExampleService(Service):
    entity = "example"

    def load(self) -> int:  # type: ignore[override]
        """Load the example once; returns the Tarascon event id (the same on every later call)."""
        with self.reading() as session:
            existing = session.scalar(
                select(Event.id).where(Event.title == EXAMPLE_TITLE, Event.starts_at == EXAMPLE_START)
            )
        if existing is not None:
            return existing
        with self.ctx.batch():
            return self._load(self.ctx)

    def _load(self, ctx) -> int:
        organisations, contacts = OrganisationService(ctx), ContactService(ctx)
        profile = ProfileService(ctx)
        current = profile.get()
        PROFILE.version = current.version
        profile.save(PROFILE)

        prefecture = organisations.save(
            OrganisationDraft(
                name="Préfecture de police des Bouches-du-Rhône",
                kind=OrganisationKind.PREFECTURE,
                city="Marseille",
                email="prefpolice13-communication@interieur.gouv.fr",
                website="www.bouches-du-rhone.gouv.fr",
            )
        ).id
        mairie = organisations.save(
            OrganisationDraft(
                name="Mairie de Tarascon",
                kind=OrganisationKind.MAIRIE,
                city="Tarascon",
                notes="Bureau de la communication de la mairie de Tarascon.",
            )
        ).id

        def person(email: str = "", landline: str = "", mobile: str = "", **fields) -> int:
            points = simple_points(email=email, landline=landline, mobile=mobile)
            contact_id = contacts.save(ContactDraft(source=EXAMPLE_SOURCE, **points, **fields)).id
            assert contact_id is not None  # a saved draft has its id
            return contact_id

        officers = [
            person(civility=c.label, first_name=f, last_name=last, function=fn, organisation_id=prefecture,
                   landline=tel, mobile=mob, email=mail, tags=["bureau"])
            for c, f, last, fn, tel, mob, mail in PRESS_OFFICERS
        ]
        prefect = person(civility=Civility.MONSIEUR.label, first_name="Olivier", last_name="de Mazières",
                         function="préfet de police des Bouches-du-Rhône", organisation_id=prefecture,
                         tags=["officiels"])
        mayor = person(civility=Civility.MONSIEUR.label, first_name="Lucien", last_name="Limousin",
                       function="maire de Tarascon", organisation_id=mairie, tags=["officiels"])
        katia = person(civility=Civility.MADAME.label, first_name="Katia", last_name="Bertaud",
                       function="bureau de la communication de la mairie de Tarascon", organisation_id=mairie,
                       landline="04 90 91 51 29", email="katia.beraud@mairie-tarascon13.fr",
                       tags=["communication partenaires"])

        event_id = EventService(ctx).save(
            EventDraft(
                kind=EventKind.PRESS_INVITATION,
                status=EventStatus.DONE,
                issue_place="Marseille",
                issue_date=date(2018, 1, 22),
                title=EXAMPLE_TITLE,
                body=BODY,
                starts_at=EXAMPLE_START,
                venue_name="hôtel de Ville",
                venue_room="salle des Consuls",
                venue_street="2 Place du Marché",
                venue_postcode="13150",
                venue_city="Tarascon",
                officials=[
                    OfficialDraft(prefect, "préfet de police des Bouches-du-Rhône"),
                    OfficialDraft(mayor, "maire de Tarascon"),
                ],
                officials_action=(
                    "signeront le protocole d'installation de la cellule municipale d'échange sur la radicalisation :"
                ),
                officials_action_single=(
                    "signera le protocole d'installation de la cellule municipale d'échange sur la radicalisation :"
                ),
                press_moment=(
                    "A l'issue de la signature, le préfet de police et le maire répondront aux questions des journalistes."
                ),
                accreditation_required=True,
                accreditation_deadline=datetime(2018, 1, 23, 18, 0),
                accreditation_contact_id=katia,
                accreditation_instructions=(
                    "Les journalistes qui souhaitent assister à cette signature sont priés de s'accréditer auprès "
                    "du bureau de la communication de la mairie de Tarascon."
                ),
                capacity=30,
                per_outlet_limit=3,
                press_officer_ids=officers,
            )
        ).id
        assert event_id is not None

        outlet_ids = [
            organisations.save(OrganisationDraft(name=n, kind=k, city=c, phone=p, email=e)).id
            for n, k, c, p, e, _ in OUTLETS
        ]
        accreditations = AccreditationService(ctx)
        for first, last, outlet, role, card, card_kind, status, mail, phone in JOURNALISTS:
            contact_id = person(
                first_name=first, last_name=last, function="journaliste", organisation_id=outlet_ids[outlet],
                email=mail, landline=phone, press_card_number=card, press_card_kind=card_kind,
                press_card_year=2018 if card else None, tags=OUTLETS[outlet][5],
            )
            if status is not None:
                accreditations.save(
                    AccreditationDraft(
                        event_id=event_id,
                        contact_id=contact_id,
                        role=role,
                        status=status,
                        decision_reason="Carte de presse non reconnue" if status is AccreditationStatus.REFUSED else "",
                    )
                )
        return event_id

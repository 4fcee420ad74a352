"""Fixtures for the export tests: the Tarascon 2018 invitation, typed by hand from the reference."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pypdf
import pytest

from cmer_desk.domain.body import BodyBullets, BodyParagraph
from cmer_desk.domain.documents import (
    AttendeeListData,
    AttendeeRow,
    InvitationData,
    PressOfficerLine,
    SocialAccount,
)

BODY_1 = (
    "En matière de lutte contre la radicalisation, l'action préventive est indispensable, afin de repérer "
    "en amont les individus ou en voie de radicalisation violente et d'éviter le passage à l'acte. Les maires, "
    "élus de proximité, ont un rôle essentiel à jouer dans ce domaine."
)
BODY_2 = (
    "Le préfet de police des Bouches-du-Rhône a donc souhaité que les maires du département soient associés "
    "de manière plus étroite à la prévention de la radicalisation, via la mise en place d'un dispositif "
    "novateur : les cellules municipales d'échanges sur la radicalisation (CMER)."
)
BODY_3 = "L'objectif de ces CMER est triple :"
BULLETS = (
    "participer à la détection et au signalement des cas de radicalisation violente (sensibilisation, "
    "formation à la détection des signes de radicalisation, etc.) ;",
    "organiser les échanges d'informations entre la commune et l'Etat ;",
    "contribuer aux mesures d'accompagnement de certains individus, en appui de celles mises en œuvre au "
    "niveau départemental par la cellule d'écoute et d'appui aux familles sous l'égide de la préfecture "
    "de police.",
)
BODY_4 = (
    "Tarascon, qui s'inscrit dans un programme global de sécurité et de prévention (police municipale, "
    "CLSPD) est la deuxième ville du département à s'engager dans ce dispositif après Miramas en décembre "
    "dernier. Huit autres communes sont inscrites dans le processus, avec l'assistance d'un cabinet "
    "spécialisé mandaté par la préfecture de police."
)
OFFICIALS = (
    "Olivier de MAZIÈRES, préfet de police des Bouches-du-Rhône, et Lucien LIMOUSIN, maire de Tarascon, "
    "signeront le protocole d'installation de la cellule municipale d'échange sur la radicalisation :"
)
WHEN_WHERE = (
    "mercredi 24 janvier 2018 à 11 heures 30,",
    "hôtel de Ville, salle des Consuls,",
    "2 Place du Marché à Tarascon",
)
PRESS_MOMENT = (
    "A l'issue de la signature, le préfet de police et le maire répondront aux questions des journalistes."
)
ACCREDITATION = (
    "Les journalistes qui souhaitent assister à cette signature sont priés de s'accréditer auprès du bureau "
    "de la communication de la mairie de Tarascon. Contact : Katia BERTAUD - 04 90 91 51 29 – "
    "katia.beraud@mairie-tarascon13.fr."
)
BUREAU = "Préfecture de police des Bouches-du-Rhône – Bureau de la communication et du protocole"
OFFICERS = (
    PressOfficerLine("Mathieu DUROSELLE", "04 96 10 62 15", "06 74 60 02 05", "mathieu.duroselle@interieur.gouv.fr"),
    PressOfficerLine("Malika KERCHE", "04 96 10 64 00", "06 22 63 36 55", "malika.kerche@interieur.gouv.fr"),
    PressOfficerLine(
        "Marie-Flore VALLON", "04 96 10 62 48", "06 72 85 84 71", "marie-flore.vallon@interieur.gouv.fr"
    ),
)
OFFICER_LINES = (
    "Mathieu DUROSELLE – 04 96 10 62 15 / 06 74 60 02 05 – mathieu.duroselle@interieur.gouv.fr",
    "Malika KERCHE – 04 96 10 64 00 / 06 22 63 36 55 – malika.kerche@interieur.gouv.fr",
    "Marie-Flore VALLON – 04 96 10 62 48 / 06 72 85 84 71 – marie-flore.vallon@interieur.gouv.fr",
)
SHARED_EMAIL = "prefpolice13-communication@interieur.gouv.fr"
WEBSITE = "www.bouches-du-rhone.gouv.fr"
SOCIAL = ("Facebook : Préfecture de police des Bouches-du-Rhône", "X : @prefpolice13")
SOCIAL_ACCOUNTS = (SocialAccount("Facebook", "Préfecture de police des Bouches-du-Rhône"),
                   SocialAccount("X", "@prefpolice13"))

# Everything a reader sees, in reading order.
REFERENCE_SEQUENCE = (
    "Marseille, le 22 janvier 2018",
    "Invitation presse",
    "Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon",
    BODY_1,
    BODY_2,
    BODY_3,
    *BULLETS,
    BODY_4,
    OFFICIALS,
    *WHEN_WHERE,
    PRESS_MOMENT,
    ACCREDITATION,
    "Contact presse",
    BUREAU,
    *OFFICER_LINES,
    SHARED_EMAIL,
    WEBSITE,
    *SOCIAL,
)
FOOTER_SEQUENCE = (BUREAU, *OFFICER_LINES, SHARED_EMAIL, WEBSITE, *SOCIAL)


def make_invitation(**changes) -> InvitationData:
    values = dict(
        issue_line="Marseille, le 22 janvier 2018",
        kicker="Invitation presse",
        title="Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon",
        body=(BodyParagraph(BODY_1), BodyParagraph(BODY_2), BodyParagraph(BODY_3), BodyBullets(BULLETS),
              BodyParagraph(BODY_4)),
        officials_paragraph=OFFICIALS,
        when_where=WHEN_WHERE,
        programme=(),
        press_moment=PRESS_MOMENT,
        accreditation_paragraph=ACCREDITATION,
        bureau_name=BUREAU,
        press_officers=OFFICERS,
        shared_email=SHARED_EMAIL,
        website=WEBSITE,
        social_accounts=SOCIAL_ACCOUNTS,
        author="Préfecture de police des Bouches-du-Rhône",
        subject="Invitation presse – CMER de Tarascon",
        created_at=datetime(2018, 1, 22, 9, 30),
    )
    values.update(changes)
    return InvitationData(**values)


@pytest.fixture
def invitation() -> InvitationData:
    return make_invitation()


_WS = re.compile(r"[\s\u00a0\u202f]+")


def norm(text: str) -> str:
    """Collapse every kind of space (incl. no-break and narrow no-break) to one plain space."""
    return _WS.sub(" ", text).strip()


def pdf_reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [norm(page.extract_text() or "") for page in pdf_reader(pdf).pages]


_HYPHEN = re.compile(r"-\s?")


def _unhyphenated(text: str) -> str:
    """Justified text is hyphenated at line ends ('répé-' / 'rer'): compare without any hyphen."""
    return _HYPHEN.sub("", norm(text))


def assert_in_order(text: str, pieces) -> None:
    text = _unhyphenated(text)
    pos = 0
    for piece in pieces:
        found = text.find(_unhyphenated(piece), pos)
        assert found >= 0, f"missing or out of order: {piece!r}"
        pos = found + len(_unhyphenated(piece))


def make_attendees(n: int, **changes) -> AttendeeListData:
    roles = ("Journaliste", "Photographe", "Cadreur")
    rows = tuple(
        AttendeeRow(
            number=i + 1,
            name=f"NOM{i + 1:05d} Prénom",
            outlet=f"Média {i % 17}",
            role=roles[i % 3],
            press_card=f"CP-{i:06d}",
            status="Accrédité",
            arrived_at="11 h 02" if i % 4 == 0 else "",
            last_name=f"NOM{i + 1:05d}",
            first_name="Prénom",
        )
        for i in range(n)
    )
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.role] = counts.get(r.role, 0) + 1
    values = dict(
        event_title="Installation de la cellule municipale d'échanges sur la radicalisation de Tarascon",
        date_line="mercredi 24 janvier 2018",
        time_line="11 heures 30",
        venue_line="hôtel de Ville, salle des Consuls, 2 Place du Marché, 13150 Tarascon",
        rows=rows,
        bureau_name="Préfecture de police des Bouches-du-Rhône – Bureau de la communication et du protocole",
        printed_at=datetime(2026, 11, 27, 14, 5),
        blank_rows=0,
        totals_by_role=tuple(sorted(counts.items())),
    )
    values.update(changes)
    return AttendeeListData(**values)

"""The desk's words made outside Qt (the labels of the domain's vocabularies, validation messages, counts),
in the interface language, through gettext catalogues.

French is the source language: the code holds French messages, a language's translation is
``locale/<language>/LC_MESSAGES/cmer_desk.po`` in this package (package data; the source for translators),
compiled with Babel when first needed (no .mo in the repository; the bundle ships the .mo it compiled when
it was built). Qt-free: the window sets the language when it starts (``cmer_desk.ui.i18n.install``); until
then, and in the command line, everything is French.

The documents (invitation, attendee lists, badges) are the préfecture's French documents: they use the
French labels (``member.label``) and the French wording modules, never this catalogue."""

from __future__ import annotations

import gettext as _gettext
import io
import logging
from datetime import datetime
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

DOMAIN = "cmer_desk"
SOURCE_LANGUAGE = "fr"
LOCALE_DIR = Path(str(files("cmer_desk.domain").joinpath("locale")))

_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_language = SOURCE_LANGUAGE


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name for "mark for extraction only"
    """Mark a message for the catalogue without translating it now (the labels of the enums)."""
    return message


def compile_catalogue(language: str, locale_dir: Path | None = None) -> _gettext.NullTranslations | None:
    """The compiled catalogue of ``language``: the .mo shipped beside the .po when it is at least as new,
    else the .po compiled in memory with Babel; None when the language has neither."""
    folder = (locale_dir or LOCALE_DIR) / language / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as stream:
            return _gettext.GNUTranslations(stream)
    if not po.is_file():
        return None
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as stream:
        catalog = read_po(stream, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def set_language(language: str, locale_dir: Path | None = None) -> bool:
    """Speak ``language`` from now on; French needs no catalogue. False (and French) when the language has
    no catalogue or it cannot be read."""
    global _translations, _language
    found: _gettext.NullTranslations | None = None
    if language != SOURCE_LANGUAGE:
        try:
            found = compile_catalogue(language, locale_dir)
        except (OSError, ValueError) as error:  # a damaged .po or .mo: French rather than nothing
            log.warning("cannot read the %s catalogue: %s", language, error)
        if found is None:
            log.warning("no catalogue for %s: the desk's own words stay French", language)
    _translations = found or _gettext.NullTranslations()
    _language = language if found is not None else SOURCE_LANGUAGE
    return found is not None or language == SOURCE_LANGUAGE


def language() -> str:
    """The language messages are translated into ('fr' until the window sets another)."""
    return _language


def _(message: str) -> str:
    """``message`` (French) in the interface language."""
    return _translations.gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form for ``n``, in the interface language (French rules in French: 0 and 1
    take the singular)."""
    if _language == SOURCE_LANGUAGE:
        return french_ngettext(singular, plural, n)
    return _translations.ngettext(singular, plural, n)


def french_ngettext(singular: str, plural: str, n: int) -> str:
    """The French form whatever the interface language (what the database's journal keeps): "0 fiche",
    "1 fiche", "2 fiches"."""
    return singular if abs(n) <= 1 else plural


class _Labelled(Protocol):
    label: str


def label(member: _Labelled) -> str:
    """A vocabulary member's label in the interface language (``member.label`` stays French)."""
    return _(member.label)


gettext = _  # the same, under the name the window's modules use (``_`` is theirs for throwaway values)


_BABEL_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def list_moment(moment: datetime) -> str:
    """A date and time as the lists show them, in the interface language: 'mercredi 24 janvier 2018,
    11 heures 30' in French (the bureau's words), 'Wednesday 24 January 2018, 11:30' in English."""
    if _language == SOURCE_LANGUAGE:
        from cmer_desk.domain.dates import long_date, time_in_words

        return f"{long_date(moment.date())}, {time_in_words(moment.time())}"
    return _english_moment(moment, _BABEL_LOCALES.get(_language, _language))


@lru_cache(maxsize=4_096)  # lists show the same moments again and again; Babel takes ~0.1 ms each
def _english_moment(moment: datetime, locale: str) -> str:
    from babel.dates import format_date, format_time

    return f"{format_date(moment.date(), 'EEEE d MMMM y', locale=locale)}, {format_time(moment.time(), 'HH:mm', locale=locale)}"

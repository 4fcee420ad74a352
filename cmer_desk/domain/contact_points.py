"""A contact's e-mail addresses and phone numbers: any number of each, with a kind (work, home, mobile,
fax, other), an optional label ("rédaction", "standard") and, for a phone, an extension; one preferred
address or number per kind.

The order is canonical: grouped by kind (``EMAIL_KINDS`` / ``PHONE_KINDS``), the preferred one first in
its kind, the others as typed. Every file the desk writes and every screen shows them in that order, so
an export read back gives the same lists.

Documents and Bcc lists use the *main* address (the preferred one of the first kind that has one: work,
then home, then other) and, for the invitation footer, the main landline and the preferred mobile."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypedDict, TypeVar

from cmer_desk.domain.enums import ContactKind

EMAIL_KINDS = (ContactKind.WORK, ContactKind.HOME, ContactKind.OTHER)
PHONE_KINDS = (ContactKind.WORK, ContactKind.MOBILE, ContactKind.HOME, ContactKind.FAX, ContactKind.OTHER)
LANDLINE_KINDS = (ContactKind.WORK, ContactKind.HOME, ContactKind.OTHER)
MOBILE_KINDS = (ContactKind.MOBILE,)
LABEL_MAX = 50
EXTENSION_MAX = 10


@dataclass
class EmailAddress:
    address: str
    kind: ContactKind = ContactKind.WORK
    label: str = ""
    preferred: bool = False


@dataclass
class PhoneNumber:
    """``number`` is E.164 once validated ('+33465711258'), as typed before."""

    number: str
    kind: ContactKind = ContactKind.WORK
    label: str = ""
    extension: str = ""
    preferred: bool = False


class _Point(Protocol):
    """An e-mail or a phone, as a draft or as a database row (kind as its value)."""

    @property
    def kind(self) -> str: ...

    @property
    def preferred(self) -> bool: ...


P = TypeVar("P", bound=_Point)


def in_order(entries: Iterable[P], kinds: Sequence[ContactKind]) -> list[P]:
    """The canonical order, with exactly one preferred entry per kind (the first marked, else the first
    of the kind). Entries of a kind outside ``kinds`` come last, as given. Drafts are copied, not changed."""
    entries = list(entries)
    known = _kind_set(tuple(kinds))
    if len(entries) == 1 and entries[0].kind in known:
        return [_with_preferred(entries[0], True)]  # the usual case, without the grouping below
    groups: dict[str, list[P]] = {k: [] for k in kinds}
    others: list[P] = []
    for entry in entries:
        groups.get(entry.kind, others).append(entry)  # a ContactKind is its value: 'work' finds WORK
    out: list[P] = []
    for group in groups.values():
        if group:
            chosen = next((e for e in group if e.preferred), group[0])
            out.append(_with_preferred(chosen, True))
            out.extend(_with_preferred(e, False) for e in group if e is not chosen)
    out.extend(others)
    return out


@lru_cache(maxsize=16)
def _kind_set(kinds: tuple[ContactKind, ...]) -> frozenset[str]:
    return frozenset(kinds)


def preferred(entries: Iterable[P], kinds: Sequence[ContactKind]) -> P | None:
    """The preferred entry of the first of ``kinds`` that has one (the first of that kind when none is
    marked); None when the contact has none of these kinds."""
    entries = list(entries)
    for kind in kinds:
        group = [e for e in entries if e.kind == kind]
        if group:
            return next((e for e in group if e.preferred), group[0])
    return None


def main_email(emails: Iterable[EmailAddress]) -> str:
    found = preferred(emails, EMAIL_KINDS)
    return found.address if found is not None else ""


def main_phone(phones: Iterable[PhoneNumber], kinds: Sequence[ContactKind] = LANDLINE_KINDS) -> str:
    found = preferred(phones, kinds)
    return found.number if found is not None else ""


class Points(TypedDict):
    emails: list[EmailAddress]
    phones: list[PhoneNumber]


def kind_of(value: str) -> ContactKind:
    """The kind stored as ``value`` ('work' -> ContactKind.WORK); KeyError for an unknown one."""
    return _KIND_OF[value]


_KIND_OF = {k.value: k for k in ContactKind}


def simple_points(email: str = "", landline: str = "", mobile: str = "") -> Points:
    """``emails`` and ``phones`` for the common case of one address, one landline, one mobile:
    ``ContactDraft(last_name="X", **simple_points(email="x@y.fr", mobile="06 12 34 56 78"))``."""
    phones: list[PhoneNumber] = []
    if landline:
        phones.append(PhoneNumber(landline, ContactKind.WORK, preferred=True))
    if mobile:
        phones.append(PhoneNumber(mobile, ContactKind.MOBILE, preferred=True))
    return {"emails": [EmailAddress(email, preferred=True)] if email else [], "phones": phones}


def _with_preferred(entry: P, flag: bool) -> P:
    if entry.preferred == flag:
        return entry
    if isinstance(entry, EmailAddress):
        return EmailAddress(entry.address, entry.kind, entry.label, flag)  # type: ignore[return-value]
    if isinstance(entry, PhoneNumber):
        return PhoneNumber(entry.number, entry.kind, entry.label, entry.extension, flag)  # type: ignore[return-value]
    setattr(entry, "preferred", flag)  # noqa: B010 - a database row
    return entry

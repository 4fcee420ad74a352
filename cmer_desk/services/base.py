"""What every service shares: the session factory, the workstation user, the clock, the change log, and
the news of what each committed transaction changed.

Every object a transaction adds, changes or deletes through the ORM, and every change-log entry it writes,
is noted at flush time (an ``after_flush`` listener); an INSERT, UPDATE or DELETE statement run in bulk
(an import, a list name added with ON CONFLICT DO NOTHING) is noted as "some records" of its table (a
``do_orm_execute`` listener); neither runs any SQL. When the outermost transaction commits, the services
publish the records it changed as one ChangeSet to whoever subscribed (the window's pages). A rolled-back
transaction publishes nothing.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, and_, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from cmer_desk.db.engine import begin_write
from cmer_desk.db.models import ChangeLogEntry
from cmer_desk.domain.changes import ChangeSet
from cmer_desk.domain.characters import strip_forbidden, visible
from cmer_desk.domain.errors import ConflictError, FieldError, NotFoundError, ValidationError
from cmer_desk.domain.i18n import _
from cmer_desk.domain.text import fold


def workstation_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system
        return os.environ.get("USERNAME") or "inconnu"


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


_CHANGED = "cmer_desk_changed"  # session.info key: the (entity, id) pairs flushed in this session
_PART_OF_EVENT = {"event_official", "programme_item", "event_press_officer"}


def entity_of_table(table: str) -> str:
    """The change-log entity a table's rows belong to: an event's officials, programme and press officers
    to the event, a contact's own rows (contact_*: its lists...) to the contact."""
    if table in _PART_OF_EVENT:
        return "event"
    if table.startswith("contact_"):
        return "contact"
    return table


def changed_record(obj: object) -> tuple[str, int | None]:
    """The (entity, id) a flushed object stands for: its change-log entity and record (an event's parts
    stand for the event, a contact's for the contact)."""
    if isinstance(obj, ChangeLogEntry):
        return obj.entity, obj.record_id
    table = str(getattr(obj, "__tablename__", type(obj).__name__.lower()))
    entity = entity_of_table(table)
    if entity != table:
        owner = getattr(obj, f"{entity}_id", None)
        return entity, owner if isinstance(owner, int) else None
    record_id = getattr(obj, "id", None)
    return table, record_id if isinstance(record_id, int) else None


def _note_flushed(session: Session, _flush_context: object) -> None:
    noted = session.info.setdefault(_CHANGED, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        noted.add(changed_record(obj))


def _note_executed(state: ORMExecuteState) -> None:
    """A statement that writes in bulk: some records of its table changed, which ones is not known."""
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None and table.name != ChangeLogEntry.__tablename__:
            state.session.info.setdefault(_CHANGED, set()).add((entity_of_table(table.name), None))


@dataclass
class ServiceContext:
    sessions: sessionmaker[Session]
    user: str = field(default_factory=workstation_user)
    clock: Callable[[], datetime] = field(default_factory=lambda: now)  # the module's clock when made
    _ambient: Session | None = field(default=None, repr=False)
    _receivers: list[Callable[[ChangeSet], None]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        for name, listener in (("after_flush", _note_flushed), ("do_orm_execute", _note_executed)):
            if not event.contains(self.sessions, name, listener):
                event.listen(self.sessions, name, listener)

    # --- what changed ---------------------------------------------------------------------------
    def subscribe(self, receiver: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Call ``receiver`` with what each committed transaction changed; returns the way to stop."""
        self._receivers.append(receiver)

        def unsubscribe() -> None:
            if receiver in self._receivers:
                self._receivers.remove(receiver)

        return unsubscribe

    def publish(self, changed: Iterable[tuple[str, int | None]]) -> None:
        changes = ChangeSet.of(changed)
        if changes:
            for receiver in list(self._receivers):
                receiver(changes)

    @contextmanager
    def batch(self) -> Iterator[Session]:
        """Make several service calls one transaction: all of them are saved, or none."""
        if self._ambient is not None:
            yield self._ambient
            return
        with self.sessions() as session:
            self._ambient = session
            try:
                with session.begin():
                    begin_write(session)
                    yield session
            except StaleDataError as exc:
                raise ConflictError("") from exc
            finally:
                self._ambient = None
            changed = session.info.pop(_CHANGED, ())
        self.publish(changed)


class Service:
    entity = ""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def now(self) -> datetime:
        """The application's clock (the forms start empty dates from its day)."""
        return self.ctx.clock()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session, one transaction: committed on success, rolled back on any error.

        Inside ``ServiceContext.batch()`` the batch's transaction is used instead."""
        if self.ctx._ambient is not None:
            with self.ctx._ambient.begin_nested():
                yield self.ctx._ambient
            return
        with self.ctx.sessions() as session:
            try:
                with session.begin():
                    begin_write(session)
                    yield session
            except StaleDataError as exc:
                raise ConflictError(self.entity) from exc
            changed = session.info.pop(_CHANGED, ())
        self.ctx.publish(changed)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session to read with (the batch's one inside ``ServiceContext.batch()``)."""
        if self.ctx._ambient is not None:
            yield self.ctx._ambient
            return
        with self.ctx.sessions() as session:
            yield session

    def log(self, session: Session, record_id: int | None, action: str, summary: str = "", entity: str = "") -> None:
        session.add(
            ChangeLogEntry(
                at=self.ctx.clock(),
                user_name=visible(self.ctx.user)[:100],
                entity=entity or self.entity,
                record_id=record_id,
                action=action,
                summary=visible(summary)[:2000],  # a file name may hold anything
            )
        )

    def load(self, session: Session, model, record_id: int, *, version: int | None = None, options=()):
        """Fetch a record; with ``version``, refuse one another workstation changed since."""
        row = session.get(model, record_id, options=options)
        if row is None:
            raise NotFoundError(self.entity, record_id)
        if version is not None and row.version != version:
            raise ConflictError(self.entity, record_id, version, row.version)
        return row


MAX_SEARCH_CHARACTERS, MAX_SEARCH_WORDS = 1000, 50


def search_clause(column, query: str | None) -> ColumnElement[bool] | None:
    """Every folded word of the query must appear in the folded text column. Control characters (which
    no stored text holds, and PostgreSQL refuses in a query) are left out. A search longer than any
    text it could match (SQLite also caps a LIKE pattern at 50,000 bytes, and an expression at 1,000
    terms) is refused in French, the same way on every engine."""
    words = list(dict.fromkeys(fold(strip_forbidden(query or "")).split()))
    if not words:
        return None
    if len(" ".join(words)) > MAX_SEARCH_CHARACTERS or len(words) > MAX_SEARCH_WORDS:
        raise ValidationError([FieldError(
            "search", _("La recherche est trop longue : {characters} caractères et {words} mots différents au "
                        "plus.").format(characters=MAX_SEARCH_CHARACTERS, words=MAX_SEARCH_WORDS))])

    def like(word: str):
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return column.like(f"%{escaped}%", escape="\\")

    return and_(*(like(w) for w in words))


def changed_fields(before: object, after: object, labels: dict[str, str]) -> str:
    """'nom, courriel' for the fields whose values differ between two drafts."""
    names = [label for name, label in labels.items() if getattr(before, name, None) != getattr(after, name, None)]
    return ", ".join(names)

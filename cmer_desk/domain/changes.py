"""What changed: the records a committed transaction (or another workstation) touched, by entity.

Entities are the change log's names: "event", "contact", "organisation", "accreditation", "tag",
"bureau_profile", "setting". The services publish one ChangeSet per committed transaction; the live
updates make one from the change log of other workstations; each page of the window keeps the entities
it shows and refreshes once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    """Record ids by entity. An entity mapped to None: some of its records, not known one by one (a bulk
    import), so any of them may have changed."""

    records: Mapping[str, frozenset[int] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, int | None]]) -> ChangeSet:
        """From (entity, record id) pairs; a None id stands for 'some records of this entity'."""
        records: dict[str, set[int] | None] = {}
        for entity, record_id in pairs:
            if record_id is None:
                records[entity] = None
                continue
            ids = records.setdefault(entity, set())
            if ids is not None:
                ids.add(record_id)
        return cls({entity: None if ids is None else frozenset(ids) for entity, ids in records.items()})

    def __bool__(self) -> bool:
        return bool(self.records)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet.of([*self.pairs(), *other.pairs()])

    def pairs(self) -> Iterator[tuple[str, int | None]]:
        for entity, ids in self.records.items():
            if ids is None:
                yield entity, None
            else:
                for record_id in ids:
                    yield entity, record_id

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(self.records)

    def only(self, entities: Iterable[str]) -> ChangeSet:
        """The part of this change about these entities."""
        wanted = set(entities)
        return ChangeSet({e: ids for e, ids in self.records.items() if e in wanted})

    def touches(self, entity: str, record_id: int | None = None) -> bool:
        """Whether this entity changed (with an id: whether that record may have)."""
        if entity not in self.records:
            return False
        ids = self.records[entity]
        return record_id is None or ids is None or record_id in ids

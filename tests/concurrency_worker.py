"""A second workstation, run as its own process by tests/db/test_concurrency.py.

    python -m tests.concurrency_worker URL edit CONTACT_ID FUNCTION BARRIER_DIR
    python -m tests.concurrency_worker URL confirm ID,ID,... BARRIER_DIR
    python -m tests.concurrency_worker URL import FILE BARRIER_DIR
    python -m tests.concurrency_worker URL tags COUNT BARRIER_DIR

Prints one line per outcome: "saved", "conflict", "confirmed N", "limit N", or the import's summary.
"""

from __future__ import annotations

import sys
import time
import uuid
from pathlib import Path

from cmer_desk.app import AppContext
from cmer_desk.domain.drafts import ContactDraft
from cmer_desk.domain.enums import AccreditationStatus
from cmer_desk.domain.errors import ConflictError
from cmer_desk.services.accreditations import LimitError


def wait_for_everyone(barrier: Path, parties: int = 2) -> None:
    (barrier / uuid.uuid4().hex).touch()
    deadline = time.monotonic() + 30
    while len(list(barrier.iterdir())) < parties:
        if time.monotonic() > deadline:
            raise SystemExit("barrier timeout")
        time.sleep(0.01)


def main(url: str, mode: str, *args: str) -> None:
    app = AppContext.open(url, migrate_schema=False)
    if mode == "edit":
        contact_id, function, barrier = int(args[0]), args[1], Path(args[2])
        draft = app.contacts.get(contact_id)
        wait_for_everyone(barrier)
        draft.function = function
        try:
            app.contacts.save(draft)
            print("saved", flush=True)
        except ConflictError:
            print("conflict", flush=True)
    elif mode == "confirm":
        ids, barrier = [int(i) for i in args[0].split(",")], Path(args[1])
        wait_for_everyone(barrier)
        for accreditation_id in ids:
            try:
                app.accreditations.set_status([accreditation_id], AccreditationStatus.CONFIRMED)
                print(f"confirmed {accreditation_id}", flush=True)
            except LimitError:
                print(f"limit {accreditation_id}", flush=True)
    elif mode == "tags":
        count, barrier = int(args[0]), Path(args[1])
        wait_for_everyone(barrier)
        for i in range(count):
            app.contacts.save(ContactDraft(last_name=f"Pigiste {uuid.uuid4().hex[:6]}", tags=[f"nouvelle-{i}"]))
            print("saved", flush=True)
    elif mode == "import":
        path, barrier = Path(args[0]), Path(args[1])
        wait_for_everyone(barrier)
        print(app.contact_import.import_contacts(path).summary(), flush=True)
    app.close()


if __name__ == "__main__":
    main(*sys.argv[1:])

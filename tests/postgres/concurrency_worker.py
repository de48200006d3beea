"""One simulated user in its own process: open a contact, type, save; on a conflict, reopen.

Each save appends a unique token to the contact's note, based on the note as loaded, so
a save that overwrote someone else's (a lost update) shows up as a missing token.
"""

from __future__ import annotations

import random
import time

from desktop.services.conflicts import SaveCollision
from desktop.services.contacts import ContactService
from desktop.services.database import Database
from desktop.services.errors import EditConflict, StorageUnavailable


def run_user(
    url: str, worker: int, saves: int, person_ids: list[int], enforce: bool
) -> tuple[list, int, int]:
    """(saved (id, token) pairs, conflicts shown as the compare dialog, "database unavailable")."""
    db = Database(url)
    db.enforce_versions = enforce
    contacts = ContactService(db)
    rng = random.Random(worker * 7919 + saves)
    done: list[tuple[int, str]] = []
    conflicts = unavailable = 0
    try:
        for n in range(saves):
            person_id = rng.choice(person_ids)
            token = f"w{worker}n{n}"
            while True:
                form = contacts.get(person_id)  # what the user sees
                time.sleep(rng.uniform(0, 0.003))  # the user types
                try:
                    contacts.update(person_id, form.version, note=f"{form.note} {token}".strip())
                except EditConflict:
                    conflicts += 1  # the user is shown both versions and reopens
                    continue
                except (StorageUnavailable, SaveCollision):  # a race told as the wrong thing
                    unavailable += 1
                    continue
                done.append((person_id, token))
                break
    finally:
        db.dispose()
    return done, conflicts, unavailable

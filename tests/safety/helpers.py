"""Small builders shared by the safety tests."""

from __future__ import annotations

from desktop.models import Partnership
from desktop.services.database import Database


def make_partnership(db: Database, name: str) -> int:
    with db.write() as session:
        partnership = Partnership(name=name)
        session.add(partnership)
        session.flush()
        return partnership.id

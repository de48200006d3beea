"""The toolbar's partnership, remembered per database across restarts (QSettings).

A secretariat works in one partnership day after day; "Alle partnerskaber" at every start
made Dokumenter ask for a choice first. Ids belong to one database, so the key is the
database's address (hashed: a path's slashes would be read as QSettings groups).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings

#: stored for "Alle partnerskaber" (QSettings keeps no None)
ALL = -1


def _key(database: str) -> str:
    return "partnershipChoice/" + hashlib.sha256(database.encode()).hexdigest()[:16]


def remembered(database: str) -> int | None:
    """The partnership last chosen on this database; None for all, or when none was chosen."""
    value = QSettings().value(_key(database))
    try:
        pid = int(str(value))  # QSettings gives back a str (or an int) for what was stored
    except (TypeError, ValueError):
        return None
    return None if pid == ALL else pid


def remember(database: str, partnership_id: int | None) -> None:
    QSettings().setValue(_key(database), ALL if partnership_id is None else partnership_id)

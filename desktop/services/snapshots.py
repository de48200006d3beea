"""The overview as it last looked, shown at once on the next start while fresh data loads.

Opening a database means loading SQLAlchemy and the models, most of a second on a
laptop. Showing the last overview (clearly marked as such) lets the secretariat see
where things stand at once; it is replaced the moment the database answers. The file
holds only the texts the overview showed, in the local app-data folder beside the
database; it is rewritten at every start and removed when a person is erased.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from desktop.services.location import data_dir

SNAPSHOT_FORMAT = 1


def _path(database: str) -> Path:
    """A file per database, named by a digest of its address *without* the password.

    A digest of a URL with the password in it is a password hash anyone can try guesses
    against; and the same server must find its snapshot whether or not the password was
    typed or came from the keyring.
    """
    digest = hashlib.sha256(without_password(database).encode("utf-8")).hexdigest()[:24]
    return data_dir() / "snapshots" / f"overview-{digest}.json"


def without_password(database: str) -> str:
    """``scheme://user:secret@host/db`` -> ``scheme://user@host/db`` (no SQLAlchemy at start-up)."""
    scheme, sep, rest = database.partition("://")
    if not sep:
        return database  # a file path
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        userinfo, _at, hostport = authority.rpartition("@")
        authority = f"{userinfo.split(':', 1)[0]}@{hostport}"
    return f"{scheme}://{authority}{slash}{tail}"


def save_snapshot(database: str, snapshot: dict[str, Any]) -> None:
    """Write atomically; a failure only means no snapshot next time."""
    path = _path(database)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"format": SNAPSHOT_FORMAT, **snapshot}, ensure_ascii=False), "utf-8")
        os.replace(tmp, path)


def load_snapshot(database: str) -> dict[str, Any] | None:
    try:
        data = json.loads(_path(database).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == SNAPSHOT_FORMAT else None


def clear_snapshots() -> int:
    """Remove every saved overview (they may name a person who has just been erased)."""
    folder = data_dir() / "snapshots"
    removed = 0
    for path in folder.glob("overview-*.json") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed

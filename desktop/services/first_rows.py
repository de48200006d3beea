"""The contact list's first page read straight from a local file, for the first seconds of a start.

Started on Kontakter, the window would otherwise wait for SQLAlchemy, the models and the
services (~0.5 s of imports, more than the rest of the start) before it shows a single row.
This reads the same page with the standard library's sqlite3, read-only, while they load;
the list takes over from the services once they are there (the same rows, in the same
order, and the same place to go on from).

Only a file the app would open as it is: one at the schema revision this code was written
for (an older one is upgraded first, with a backup), and not in a sync or network folder
(which the app refuses). Anything else gives no rows, and the list comes a moment later
from the services as always.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.models.enums import Trade
from desktop.services.contact_rows import ContactRow, contact_row
from desktop.services.errors import StorageUnavailable
from desktop.services.location import check_database_location, default_database_path
from desktop.services.pages import Page

#: the newest migration (tests/services/test_first_rows.py checks it against Alembic's head)
SCHEMA_HEAD = "0012"

#: the contact list's whole-list first page, as ContactService.search sends it
FIRST_PAGE_SQL = """
SELECT person.id, person.name, person.title, organisation.name, person.trade,
       person.phone, person.mobile, person.email, person.name_sort,
       (SELECT count(person.id) FROM person WHERE person.erased_on IS NULL) AS total
FROM person LEFT OUTER JOIN organisation ON organisation.id = person.organisation_id
WHERE person.erased_on IS NULL ORDER BY person.name_sort, person.id LIMIT ?
"""


def local_file(database: str | None) -> Path | None:
    """The SQLite file a ``--database`` value (or the remembered one) names; None for a server."""
    if not database:
        return default_database_path()
    if database.startswith("sqlite:///"):
        return Path(database.removeprefix("sqlite:///")).expanduser()
    if "://" in database:
        return None
    return Path(database).expanduser()


def first_contact_rows(path: Path, limit: int) -> Page[ContactRow] | None:
    """The list's first ``limit`` rows and its total, or None when the file is not one to read."""
    try:
        check_database_location(path)
        if not path.is_file():
            return None
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (StorageUnavailable, OSError, sqlite3.Error):
        return None
    try:
        if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [(SCHEMA_HEAD,)]:
            return None
        found = connection.execute(FIRST_PAGE_SQL, (limit,)).fetchall()
    except sqlite3.Error:  # not a Fodslag file, locked mid-migration, damaged: the services say
        return None
    finally:
        connection.close()
    try:
        rows = [
            contact_row(pid, name, title, organisation, Trade(trade) if trade else None, phone, mobile, email)
            for pid, name, title, organisation, trade, phone, mobile, email, _sort, _total in found
        ]
    except ValueError:  # a trade this code does not know: the services will say what is wrong
        return None
    total = found[0][-1] if found else 0
    after = (found[-1][-2], found[-1][0]) if len(found) == limit else None
    return Page(rows, total, 0, after)

"""Typed errors the views turn into plain Danish messages.

Anything environmental (locked file, full disk, unreachable server) becomes one of these;
anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.models import messages
from desktop.models.errors import FodslagError, ValidationError

__all__ = [
    "EditConflict",
    "FodslagError",
    "ImportRejected",
    "NotFound",
    "NotPermitted",
    "SchemaMismatch",
    "StorageUnavailable",
    "ValidationError",
]


class StorageUnavailable(FodslagError):
    """The database cannot be reached or written: locked, full, offline, wrong place."""


class SchemaMismatch(StorageUnavailable):
    """The database was made by another version of Fodslag than this one."""


class NotFound(FodslagError):
    """The object was deleted (perhaps by a colleague) since the user opened it."""


class NotPermitted(FodslagError):
    """The user's role on a shared server does not allow this (a reader saving, say)."""


class ImportRejected(FodslagError):
    """A file could not be imported; nothing was written."""


class EditConflict(FodslagError):
    """Someone else saved the object after the user loaded it.

    Carries both sides so the user can compare them field by field and lose neither:
    ``mine`` is what the user tried to save, ``theirs`` what is in the database now.
    """

    def __init__(
        self,
        entity: str,
        entity_id: int,
        loaded_version: int,
        current_version: int,
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
    ) -> None:
        super().__init__(messages.EDIT_CONFLICT)
        self.entity = entity
        self.entity_id = entity_id
        self.loaded_version = loaded_version
        self.current_version = current_version
        self.mine = dict(mine)
        self.theirs = dict(theirs)

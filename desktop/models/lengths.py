"""Text lengths checked in Python, the same on SQLite and PostgreSQL.

PostgreSQL refuses a text longer than its ``VARCHAR(n)``; SQLite stores it, and the row
later breaks ``fodslag db copy`` to a server. One attribute listener per ``String(n)``
column (installed as each mapper is configured, after its ``@validates``, so the check
sees the stored form) turns a too-long value into a ``ValidationError`` naming the field.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Enum, String, event
from sqlalchemy.orm import Mapper

from desktop.models import messages
from desktop.models.errors import ValidationError
from desktop.models.field_names import field_word


def too_long(key: str, limit: int, length: int) -> ValidationError:
    """The message a form shows beside the field: "Navn må højst være 200 tegn (du skrev 230)."."""
    return ValidationError(messages.FIELD_TOO_LONG, key, name=field_word(key), limit=limit, length=length)


def string_limits(mapper: Mapper[Any]) -> dict[str, int]:
    """Attribute key -> maximum length, for every plain ``String(n)`` column of a mapper."""
    limits: dict[str, int] = {}
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        kind = column.type
        if isinstance(kind, String) and not isinstance(kind, Enum) and kind.length:
            limits[attr.key] = kind.length
    return limits


def _checker(key: str, limit: int):  # type: ignore[no-untyped-def]
    def check(_target: Any, value: Any, _old: Any, _initiator: Any) -> Any:
        if isinstance(value, str) and len(value) > limit:
            raise too_long(key, limit, len(value))
        return value

    return check


def _configured(mapper: Mapper[Any], class_: type) -> None:
    for key, limit in string_limits(mapper).items():
        event.listen(getattr(class_, key), "set", _checker(key, limit), retval=True)


def watch_lengths(base: type) -> None:
    """Check every ``String(n)`` column of every entity under ``base`` on assignment."""
    event.listen(base, "mapper_configured", _configured, propagate=True)

"""Helpers every service uses: pages of rows, optimistic version checks, snapshots."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from desktop.models import messages
from desktop.models.base import Base
from desktop.models.errors import Message
from desktop.services.errors import EditConflict, NotFound, ValidationError
from desktop.services.pages import Page as Page  # re-exported: the services' one page type

E = TypeVar("E", bound=Base)


def get_or_404(session: Session, cls: type[E], entity_id: int) -> E:
    obj = session.get(cls, entity_id)
    if obj is None:
        raise NotFound(messages.OBJECT_DELETED, thing=messages.THINGS.get(cls.__name__, messages.THING))
    return obj


def snapshot(obj: Base) -> dict[str, Any]:
    """Column values of an entity as plain data (for conflicts and audit)."""
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}


def check_version(obj: Base, expected_version: int, mine: Mapping[str, Any], *, enforce: bool = True) -> None:
    """Refuse to save over a version the user did not see."""
    from desktop.services.conflicts import remember_edit

    current = obj.version  # type: ignore[attr-defined]
    if enforce and current != expected_version:
        raise EditConflict(type(obj).__name__, obj.id, expected_version, current, mine, snapshot(obj))  # type: ignore[attr-defined]
    remember_edit(obj, expected_version, mine)  # a race lost at UPDATE time shows these too


def apply_changes(
    session: Session,
    obj: E,
    expected_version: int,
    changes: Mapping[str, Any],
    *,
    allowed: set[str],
    enforce: bool = True,
) -> E:
    """Version-checked update of the named fields; validators raise ValidationError."""
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    check_version(obj, expected_version, changes, enforce=enforce)
    for key in _safe_order(obj, changes):
        setattr(obj, key, changes[key])
    session.flush()
    return obj


_PERIODS = (("starts_at", "ends_at"), ("start_date", "end_date"))


def _safe_order(obj: Base, changes: Mapping[str, Any]) -> list[str]:
    """Assign a period's end first when it moves later, its start first otherwise, so start <=
    end holds at every step whatever order the changes came in (a Qt signal sorts dict keys)."""
    keys = list(changes)
    for start, end in _PERIODS:
        if start in changes and end in changes:
            current_end = getattr(obj, end, None)
            new_start = changes[start]
            later = current_end is not None and new_start is not None and new_start > current_end
            keys.remove(end)
            keys.insert(keys.index(start) + (0 if later else 1), end)
    return keys


def require_text(value: str | None, message: str | Message, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(message, field)
    return text

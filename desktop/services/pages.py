"""A page of a list: plain data, no SQLAlchemy (the start-up rows are built without the ORM)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a filtered list and the size of the whole filtered list."""

    items: Sequence[T]
    total: int
    offset: int = 0
    #: where the next page starts, for a list read by keyset (None: this was the last page)
    after: Any = None
    #: ``total`` is a floor: more match than it, and counting them all was not worth the wait
    capped: bool = False

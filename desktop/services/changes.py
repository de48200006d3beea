"""Changes are announced once, after commit, to whoever listens (views, the CLI, tests).

Collected automatically at flush time, so no use case can forget to announce what it
changed. Listeners run on the thread that committed; the Qt bridge in the views moves
them to the GUI thread. Changes from other clients on a shared server arrive the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    """Which entities changed: ``{"Person": {3, 7}, "Meeting": {12}}``."""

    entities: dict[str, frozenset[int]] = field(default_factory=dict)
    remote: bool = False  # True when another client made the change

    def touches(self, *entity_names: str) -> bool:
        return any(name in self.entities for name in entity_names)

    @staticmethod
    def of(pairs: Iterable[tuple[str, int]], remote: bool = False) -> ChangeSet:
        collected: dict[str, set[int]] = {}
        for entity, entity_id in pairs:
            collected.setdefault(entity, set()).add(entity_id)
        return ChangeSet({k: frozenset(v) for k, v in collected.items()}, remote)

    def __bool__(self) -> bool:
        return bool(self.entities)


Listener = Callable[[ChangeSet], None]


class ChangeHub:
    def __init__(self, on_first_listener: Callable[[], None] | None = None) -> None:
        """``on_first_listener`` runs once, when the first listener subscribes.

        The database uses it to open its LISTEN connection to a shared server only when
        somebody (an open window) actually wants to hear about other clients' changes.
        """
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self._on_first_listener = on_first_listener

    def subscribe(self, listener: Listener, *, start_source: bool = True) -> Callable[[], None]:
        """``start_source=False``: do not run ``on_first_listener`` now (the window starts the
        database's LISTEN itself, once its first screen has its data: ``Database.start_listening``)."""
        with self._lock:
            self._listeners.append(listener)
            first = self._on_first_listener if start_source else None
            if start_source:
                self._on_first_listener = None
        if first is not None:
            first()

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, changes: ChangeSet) -> None:
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(changes)

"""Fixtures for the shared-server tests: a TCP/TLS PostgreSQL cluster and an in-memory keyring."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import URL

from tests.postgres.cluster import Cluster, start_cluster, stop_cluster

_names = itertools.count()


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict: no file, no OS store."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    try:
        started = start_cluster()
    except Exception as exc:  # pragma: no cover - depends on the machine
        if os.environ.get("CI"):
            pytest.fail(f"could not start a TCP PostgreSQL cluster: {exc}")
        pytest.skip(f"could not start a TCP PostgreSQL cluster: {exc}")
    yield started
    stop_cluster(started)


@pytest.fixture
def server_url(cluster: Cluster) -> Iterator[URL]:
    """A fresh, empty database on the TCP cluster, as its superuser (the owner)."""
    with cluster.database(f"s_{os.getpid()}_{next(_names)}") as url:
        yield url

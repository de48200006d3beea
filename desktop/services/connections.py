"""Connection profiles for shared PostgreSQL servers, passwords in the OS keyring.

A profile (host, port, database, user, sslmode, CA file, or a libpq service name) is kept
in the settings file; the password never is. It lives in the OS keyring (Windows
Credential Manager, macOS Keychain, Secret Service) under a key made from user, host,
port and database, so renaming a profile does not lose it. ``Database`` asks the keyring
when it is given a server URL without a password.

"Test connection" turns libpq's English errors into plain Danish answers the user can act
on: wrong password, server unreachable, certificate not trusted, schema too new.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import URL
from sqlalchemy.exc import SQLAlchemyError

from desktop.models import messages
from desktop.services.errors import FodslagError, SchemaMismatch, ValidationError
from desktop.services.tls import VERIFYING, CertificateProblem, probe
from desktop.services.tls import explain as explain_tls

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Fodslag"
#: "auto": verify-full for a server on the network, libpq's default on this computer
SSL_MODES = ("auto", "disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: profiles saved before format 2 hold "prefer" because it was the default, not a choice
PROFILE_FORMAT = 2


@dataclass
class ConnectionProfile:
    """Everything needed to reach a server except the password."""

    name: str
    host: str = ""
    port: int = 5432
    database: str = "fodslag"
    user: str = ""
    sslmode: str = "auto"
    #: CA certificate file that signed the server's certificate (a municipality's own CA);
    #: empty: the system's trusted CAs
    sslrootcert: str = ""
    #: a libpq service name from pg_service.conf; when set it supplies the other fields
    service: str = ""
    format: int = PROFILE_FORMAT

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError(messages.CONNECTION_NAME_MISSING, "name")
        if not self.service and not self.host.strip():
            raise ValidationError(messages.CONNECTION_HOST_MISSING, "host")
        if self.sslmode not in SSL_MODES:
            raise ValidationError(messages.CONNECTION_SSLMODE_UNKNOWN, "sslmode", mode=self.sslmode)
        if self.sslrootcert and not Path(self.sslrootcert).expanduser().is_file():
            raise ValidationError(messages.CONNECTION_CA_FILE_MISSING, "sslrootcert", path=self.sslrootcert)
        if not 0 < int(self.port) < 65536:
            raise ValidationError(messages.CONNECTION_PORT_INVALID, "port")

    def url(self, password: str | None = None) -> URL:
        """A SQLAlchemy URL; with ``password`` only for the moment of connecting."""
        query: dict[str, str] = {}
        if self.service:
            query["service"] = self.service
        if self.sslmode and self.sslmode != "auto":
            query["sslmode"] = self.sslmode
        if self.sslrootcert:
            query["sslrootcert"] = self.sslrootcert
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=int(self.port) if self.host else None,
            database=self.database or None,
            query=query,
        )

    def keyring_key(self) -> str:
        return keyring_key(self.url())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConnectionProfile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("format", 1) < PROFILE_FORMAT:
            if values.get("sslmode") == "prefer":
                values["sslmode"] = "auto"  # the old default, never a choice: now verify-full
            values["format"] = PROFILE_FORMAT
        return cls(**values)


def keyring_key(url: URL) -> str:
    """``user@host:port/database`` (or ``user@service:name``): what the password belongs to."""
    service = url.query.get("service")
    place = f"service:{service}" if service and not url.host else f"{url.host}:{url.port or 5432}"
    return f"{url.username or ''}@{place}/{url.database or ''}"


# -- keyring -----------------------------------------------------------------------------
def save_password(profile: ConnectionProfile, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, profile.keyring_key(), password)
    except KeyringError as exc:
        raise FodslagError(messages.KEYRING_NOT_SAVED) from exc


def load_password(profile: ConnectionProfile) -> str | None:
    return _lookup(profile.keyring_key())


def forget_password(profile: ConnectionProfile) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, profile.keyring_key())


def _lookup(key: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, key)
        except KeyringError:
            return None
    except Exception:  # no usable backend on this machine: the user types the password
        log.info("no keyring backend available")
        return None


def fill_password_from_keyring(url: URL) -> URL:
    """The URL with the stored password, if the keyring has one for it (else unchanged)."""
    if not url.username or not (url.host or url.query.get("service")):
        return url  # unix socket / peer authentication: no password involved
    password = _lookup(keyring_key(url))
    return url.set(password=password) if password else url


# -- profiles in settings -------------------------------------------------------------------
def load_profiles(settings: Any) -> list[ConnectionProfile]:
    profiles = []
    for raw in getattr(settings, "connections", []) or []:
        if isinstance(raw, dict) and raw.get("name"):
            try:
                profiles.append(ConnectionProfile.from_dict(raw))
            except TypeError:
                continue
    return profiles


def save_profile(settings: Any, profile: ConnectionProfile, password: str | None = None) -> None:
    """Add or replace ``profile`` by name and save settings; a password goes to the keyring."""
    profile.validate()
    others = [p for p in load_profiles(settings) if p.name != profile.name]
    settings.connections = [p.to_dict() for p in [*others, profile]]
    settings.save()
    if password:
        save_password(profile, password)


def delete_profile(settings: Any, name: str) -> None:
    for profile in load_profiles(settings):
        if profile.name == name:
            forget_password(profile)
    settings.connections = [p.to_dict() for p in load_profiles(settings) if p.name != name]
    settings.save()


# -- test connection ------------------------------------------------------------------------
@dataclass(frozen=True)
class ConnectionReport:
    ok: bool
    message: str
    role: str = ""
    schema: str = ""
    #: the verified server certificate, in Danish ("" on this computer or without TLS)
    certificate: str = ""


def explain(exc: BaseException, url: URL | None = None) -> str:
    """Plain Danish for a failure to connect (libpq's messages are English and technical)."""
    if isinstance(exc, FodslagError) and isinstance(exc, SchemaMismatch | CertificateProblem):
        return exc.message
    certificate = explain_tls(exc, url)
    if certificate is not None:
        return certificate.message
    chain: list[str] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 6:
        chain.append(str(current).lower())
        current = current.__cause__ or current.__context__
    text = " ".join(chain)
    if "password authentication failed" in text or "no password supplied" in text:
        found = messages.CONNECT_LOGIN_REFUSED
    elif "database" in text and "does not exist" in text:
        found = messages.CONNECT_NO_DATABASE
    elif "role" in text and "does not exist" in text:
        found = messages.CONNECT_NO_USER
    elif "service" in text and ("not found" in text or "definition" in text):
        found = messages.CONNECT_NO_SERVICE
    elif "permission denied" in text:  # for the database, or for a table to a login without a role
        found = messages.CONNECT_NO_ACCESS
    else:
        found = messages.CONNECT_UNREACHABLE
    return found.render({})


def _certificate(url: URL) -> str:
    """The subject of the certificate libpq just verified (a second handshake, same CA)."""
    if url.query.get("sslmode") not in VERIFYING:
        return ""
    try:
        return probe(url).describe_da()
    except (CertificateProblem, OSError, ValueError):
        return ""


def check_connection(
    profile: ConnectionProfile, password: str | None, *, timeout_s: int = 5
) -> ConnectionReport:
    """Connect, read the schema version and the user's role; a Danish answer either way."""
    from desktop.services.access import Role, session_info
    from desktop.services.database import Database
    from desktop.services.schema import SchemaState, required_app_version, schema_status, too_new_error

    try:
        profile.validate()
    except ValidationError as exc:
        return ConnectionReport(False, exc.message)
    url = profile.url(password)
    if password is None:
        url = fill_password_from_keyring(url)
    db = Database(url, connect_timeout_s=timeout_s)
    try:
        db.ping()
        status = schema_status(db)
        info = session_info(db)
        if status.state is SchemaState.AHEAD:
            too_new = too_new_error(status, required_app_version(db))
            return ConnectionReport(False, too_new.message, info.role.value)
        if status.state is SchemaState.FOREIGN:
            return ConnectionReport(False, messages.CONNECT_FOREIGN.render({}))
        if info.role is Role.NONE and status.state is not SchemaState.EMPTY:
            return ConnectionReport(False, messages.CONNECT_NO_ROLE.render({}), info.role.value)
        notes = {SchemaState.EMPTY: messages.CONNECT_EMPTY, SchemaState.BEHIND: messages.CONNECT_BEHIND}
        message = messages.CONNECT_WORKS.render({"user": info.db_user, "role": info.role_label})
        note = notes.get(status.state)
        extra = note.render({}) if note is not None else ""
        return ConnectionReport(
            True, f"{message} {extra}".strip(), info.role.value, status.current or "", _certificate(db.url)
        )
    except (FodslagError, SQLAlchemyError, psycopg.Error, OSError) as exc:
        return ConnectionReport(False, explain(exc, db.url))
    finally:
        db.dispose()

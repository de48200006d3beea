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
from typing import Any

import psycopg
from sqlalchemy import URL
from sqlalchemy.exc import SQLAlchemyError

from desktop.models import messages
from desktop.services.errors import FodslagError, SchemaMismatch, ValidationError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Fodslag"
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass
class ConnectionProfile:
    """Everything needed to reach a server except the password."""

    name: str
    host: str = ""
    port: int = 5432
    database: str = "fodslag"
    user: str = ""
    sslmode: str = "prefer"
    #: CA certificate file that signed the server's certificate (for verify-ca/verify-full)
    sslrootcert: str = ""
    #: a libpq service name from pg_service.conf; when set it supplies the other fields
    service: str = ""

    def validate(self) -> None:
        if not self.name.strip():
            raise ValidationError(messages.CONNECTION_NAME_MISSING, "name")
        if not self.service and not self.host.strip():
            raise ValidationError(messages.CONNECTION_HOST_MISSING, "host")
        if self.sslmode not in SSL_MODES:
            raise ValidationError(messages.CONNECTION_SSLMODE_UNKNOWN, "sslmode", mode=self.sslmode)
        if self.sslmode in ("verify-ca", "verify-full") and not self.sslrootcert and not self.service:
            raise ValidationError(messages.CONNECTION_CA_MISSING, "sslrootcert")
        if not 0 < int(self.port) < 65536:
            raise ValidationError(messages.CONNECTION_PORT_INVALID, "port")

    def url(self, password: str | None = None) -> URL:
        """A SQLAlchemy URL; with ``password`` only for the moment of connecting."""
        query: dict[str, str] = {}
        if self.service:
            query["service"] = self.service
        if self.sslmode and not (self.service and self.sslmode == "prefer"):
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
        return cls(**{k: v for k, v in data.items() if k in known})


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
        raise FodslagError(
            "Adgangskoden kunne ikke gemmes i systemets nøglering. Du bliver spurgt næste gang."
        ) from exc


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


def explain(exc: BaseException) -> str:
    """Plain Danish for a failure to connect (libpq's messages are English and technical)."""
    if isinstance(exc, FodslagError) and isinstance(exc, SchemaMismatch):
        return exc.message
    chain = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 6:
        chain.append(str(current).lower())
        current = current.__cause__ or current.__context__
    text = " ".join(chain)
    if "password authentication failed" in text or "no password supplied" in text:
        return "Serveren afviste brugernavn eller adgangskode. Tjek begge og prøv igen."
    if "does not match host name" in text or ("does not match" in text and "certificate" in text):
        return (
            "Serverens certifikat er udstedt til et andet navn end det, du har skrevet. Brug "
            "præcis det servernavn, som IT har givet dig."
        )
    if "certificate" in text or "ssl error" in text or "root cert" in text:
        return (
            "Serverens certifikat kunne ikke godkendes: det er ikke udstedt af den valgte "
            "CA-certifikatfil. Få den rigtige CA-fil fra IT; forbindelsen er ikke oprettet."
        )
    if "server does not support ssl" in text:
        return "Serveren tilbyder ikke krypteret forbindelse. Kontakt IT, eller vælg en anden SSL-tilstand."
    if "database" in text and "does not exist" in text:
        return "Databasen findes ikke på serveren. Tjek databasens navn."
    if "role" in text and "does not exist" in text:
        return "Brugeren findes ikke på serveren. Tjek brugernavnet."
    if "service" in text and ("not found" in text or "definition" in text):
        return "Servicenavnet findes ikke i pg_service.conf. Tjek navnet eller udfyld server og port."
    if "permission denied" in text and "connect" in text:
        return "Din bruger har ikke adgang til denne database. Bed en administrator om en Fodslag-rolle."
    return (
        "Serveren kan ikke nås. Tjek servernavn og port, at du er på netværket (evt. VPN), "
        "og at serveren kører."
    )


def check_connection(
    profile: ConnectionProfile, password: str | None, *, timeout_s: int = 5
) -> ConnectionReport:
    """Connect, read the schema version and the user's role; a Danish answer either way."""
    from desktop.services.access import Role, session_info
    from desktop.services.database import Database
    from desktop.services.schema import SchemaState, required_app_version, schema_status, too_new_message

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
            return ConnectionReport(False, too_new_message(status, required_app_version(db)), info.role.value)
        if status.state is SchemaState.FOREIGN:
            return ConnectionReport(False, "Databasen indeholder tabeller, men er ikke en Fodslag-database.")
        if info.role is Role.NONE and status.state is not SchemaState.EMPTY:
            return ConnectionReport(
                False,
                "Forbindelsen virker, men din bruger har ingen Fodslag-rolle. Bed en administrator "
                "om at tildele en (læser, redaktør eller administrator).",
                info.role.value,
            )
        notes = {
            SchemaState.EMPTY: "Databasen er tom; ejeren skal køre »fodslag server init«.",
            SchemaState.BEHIND: "Databasen har et ældre skema; ejeren opgraderer den ved næste start.",
            SchemaState.CURRENT: "",
        }
        message = f"Forbindelsen virker. Du er logget ind som {info.db_user} ({info.label_da})."
        extra = notes.get(status.state, "")
        return ConnectionReport(True, f"{message} {extra}".strip(), info.role.value, status.current or "")
    except (FodslagError, SQLAlchemyError, psycopg.Error, OSError) as exc:
        return ConnectionReport(False, explain(exc))
    finally:
        db.dispose()

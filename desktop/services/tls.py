"""TLS to a shared server: verify-full by default, and certificate problems said plainly.

A server on the network gets ``sslmode=verify-full`` unless the URL (or ``PGSSLMODE``)
says otherwise: ``prefer`` would send the login and every contact in plaintext to
anything that answers "no TLS here". A database on this computer (unix socket,
localhost, 127.0.0.1, ::1) keeps libpq's default, as before.

libpq reports an unknown CA and an expired certificate with the same words ("certificate
verify failed") and does not hand the peer certificate to Python, so ``probe`` repeats
the handshake with Python's ``ssl`` (PostgreSQL's SSLRequest, then TLS) against the same
CA: it names the exact problem, and on success gives the subject the dialog shows.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import ipaddress
import os
import socket
import ssl
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.models import messages
from desktop.models.errors import Message
from desktop.services.errors import StorageUnavailable

if TYPE_CHECKING:  # the GUI imports CertificateProblem at start-up, before SQLAlchemy is needed
    from sqlalchemy import URL

#: PostgreSQL's SSLRequest code (protocol message sent before the startup packet)
_SSL_REQUEST = struct.pack("!ii", 8, 80877103)
PROBE_TIMEOUT_S = 3.0
VERIFYING = ("verify-ca", "verify-full")


def is_local(host: str | None) -> bool:
    """A unix socket or a loopback name/address: the database is on this computer."""
    if not host:
        return True
    parts = [part.strip() for part in host.split(",")]
    return all(_local_one(part) for part in parts)


def _local_one(host: str) -> bool:
    if not host or host.startswith(("/", "@")) or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def default_root_cert() -> Path:
    """Where libpq looks for a CA file when none is given."""
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "root.crt"
    return Path.home() / ".postgresql" / "root.crt"


def secure_url(url: URL) -> URL:
    """``url`` with verify-full added for a server on the network (an explicit choice wins).

    Without a CA file (and none in libpq's default place) the system's trusted CAs are used
    (``sslrootcert=system``), which is right for a server with a publicly issued
    certificate; a municipality's own CA is chosen in the connection profile.
    """
    if url.get_backend_name() != "postgresql":
        return url
    query = dict(url.query)
    host = url.host or query.get("host")
    if "sslmode" not in query and not os.environ.get("PGSSLMODE"):
        if not host and query.get("service"):
            return url  # pg_service.conf decides, as the admin wrote it
        if is_local(host if isinstance(host, str) else None):
            return url
        query["sslmode"] = "verify-full"
    no_ca = not query.get("sslrootcert") and not os.environ.get("PGSSLROOTCERT")
    if query.get("sslmode") in VERIFYING and no_ca and not default_root_cert().is_file():
        query["sslrootcert"] = "system"
    return url.set(query=query)


# -- what went wrong -------------------------------------------------------------------------
class Problem(enum.Enum):
    UNKNOWN_CA = "unknown-ca"
    HOST_MISMATCH = "host-mismatch"
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    NO_TLS = "no-tls"
    CA_FILE_MISSING = "ca-file-missing"
    OTHER = "other"


class CertificateProblem(StorageUnavailable):
    """The server's certificate (or the lack of TLS) stopped the connection; nothing was sent."""

    def __init__(self, problem: Problem, message: Message, **params: Any) -> None:
        super().__init__(message, **params)
        self.problem = problem


@dataclass(frozen=True)
class ServerCertificate:
    subject: str
    issuer: str
    names: tuple[str, ...]
    not_after: dt.date | None

    def describe_da(self) -> str:
        until = f", gyldigt til {self.not_after:%d.%m.%Y}" if self.not_after else ""
        return f"Serverens certifikat: {self.subject} (udstedt af {self.issuer}{until})."


_SHORT = {
    "commonName": "CN",
    "organizationName": "O",
    "organizationalUnitName": "OU",
    "countryName": "C",
    "localityName": "L",
    "stateOrProvinceName": "ST",
    "emailAddress": "E",
}


def _name(rdns: object) -> str:
    parts = []
    for rdn in rdns or ():  # type: ignore[attr-defined]
        for key, value in rdn:
            parts.append(f"{_SHORT.get(key, key)}={value}")
    return ", ".join(parts)


def _certificate(peer: dict) -> ServerCertificate:  # type: ignore[type-arg]
    names = tuple(value for _kind, value in peer.get("subjectAltName", ()))
    not_after = None
    with contextlib.suppress(KeyError, ValueError):
        not_after = dt.datetime.fromtimestamp(ssl.cert_time_to_seconds(peer["notAfter"]), dt.UTC).date()
    return ServerCertificate(_name(peer.get("subject")), _name(peer.get("issuer")), names, not_after)


def _endpoint(url: URL) -> tuple[str, str, int, str, bool]:
    """(name in the certificate, address to dial, port, CA file, check the name)."""
    query = dict(url.query)
    host = url.host or str(query.get("host") or "localhost")
    address = str(query.get("hostaddr") or os.environ.get("PGHOSTADDR") or host)
    cafile = str(query.get("sslrootcert") or os.environ.get("PGSSLROOTCERT") or default_root_cert())
    mode = str(query.get("sslmode") or os.environ.get("PGSSLMODE") or "prefer")
    port = int(url.port or query.get("port") or os.environ.get("PGPORT") or 5432)  # type: ignore[arg-type]
    return host, address, port, cafile, mode == "verify-full" or cafile == "system"


def _verifying(url: URL) -> bool:
    mode = url.query.get("sslmode") or os.environ.get("PGSSLMODE") or ""
    return mode in VERIFYING or url.query.get("sslrootcert") == "system"


def probe(
    url: URL, *, check_hostname: bool | None = None, timeout_s: float = PROBE_TIMEOUT_S
) -> ServerCertificate:
    """Handshake as libpq would and return the verified certificate; raise what is wrong."""
    host, address, port, cafile, full = _endpoint(url)
    if cafile != "system" and not Path(cafile).is_file():
        raise _problem(Problem.CA_FILE_MISSING, host, cafile)
    context = (
        ssl.create_default_context() if cafile == "system" else ssl.create_default_context(cafile=cafile)
    )
    context.check_hostname = full if check_hostname is None else check_hostname
    with socket.create_connection((address, port), timeout=timeout_s) as raw:
        raw.sendall(_SSL_REQUEST)
        answer = raw.recv(1)
        if answer != b"S":
            raise _problem(Problem.NO_TLS, host)
        try:
            with context.wrap_socket(raw, server_hostname=host) as tls:
                return _certificate(tls.getpeercert() or {})
        except ssl.SSLCertVerificationError as exc:
            problem = {
                10: Problem.EXPIRED,
                9: Problem.NOT_YET_VALID,
                62: Problem.HOST_MISMATCH,
            }.get(exc.verify_code, Problem.UNKNOWN_CA)
            detail = ""
            if problem is Problem.HOST_MISMATCH:
                with contextlib.suppress(Exception):
                    names = probe(url, check_hostname=False, timeout_s=timeout_s).names
                    detail = ", ".join(names)
            raise _problem(problem, host, detail) from exc


#: the message of each problem; ``detail`` is the names, the path or the handshake's words
_MESSAGES = {
    Problem.UNKNOWN_CA: messages.TLS_UNKNOWN_CA,
    Problem.HOST_MISMATCH: messages.TLS_HOST_MISMATCH,
    Problem.EXPIRED: messages.TLS_EXPIRED,
    Problem.NOT_YET_VALID: messages.TLS_NOT_YET_VALID,
    Problem.NO_TLS: messages.TLS_MISSING,
    Problem.CA_FILE_MISSING: messages.TLS_CA_FILE_MISSING,
    Problem.OTHER: messages.TLS_FAILED,
}


def _problem(problem: Problem, host: str | Message, detail: str = "") -> CertificateProblem:
    if problem is Problem.HOST_MISMATCH and detail:
        return CertificateProblem(problem, messages.TLS_HOST_MISMATCH_NAMED, host=host, names=detail)
    if problem is Problem.CA_FILE_MISSING:
        return CertificateProblem(problem, _MESSAGES[problem], path=detail)
    return CertificateProblem(problem, _MESSAGES[problem], host=host, detail=detail)


def _text(exc: BaseException) -> str:
    chain: list[str] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 6:
        chain.append(str(current))
        current = current.__cause__ or current.__context__
    return " ".join(chain)


def explain(exc: BaseException, url: URL | None) -> CertificateProblem | None:
    """The certificate problem behind a failed connection, or None if it is not one."""
    raw = _text(exc)
    text = raw.lower()
    host: str | Message = (url.host if url is not None else None) or messages.THE_SERVER
    if "does not support ssl" in text:
        return _problem(Problem.NO_TLS, host)
    if "root certificate file" in text and "does not exist" in text:
        path = raw.split('"')[1] if raw.count('"') >= 2 else ""
        return _problem(Problem.CA_FILE_MISSING, host, path)
    # "SSL error: ..." is the handshake failing (a signature, an unknown CA); "SSL SYSCALL
    # error" and "SSL connection has been closed" are the network, not the certificate
    certificate_words = ("certificate", "sslrootcert", "tlsv1 alert", "ssl error:")
    network_words = ("eof", "syscall", "closed", "reset", "timeout", "timed out")
    if not any(word in text for word in certificate_words):
        return None
    verifying = url is not None and _verifying(url)
    if not verifying or (any(word in text for word in network_words) and "certificate" not in text):
        return None  # without a certificate check there is no certificate problem: the link broke
    if url is not None:
        try:
            probe(url)
        except CertificateProblem as found:
            return found
        except (OSError, ValueError):
            pass
    if "does not match host name" in text:
        return _problem(Problem.HOST_MISMATCH, host)
    if "verify failed" in text:
        return _problem(Problem.UNKNOWN_CA, host)
    first_line = raw.strip().splitlines()[0] if raw.strip() else ""
    return _problem(Problem.OTHER, host, first_line[:160])

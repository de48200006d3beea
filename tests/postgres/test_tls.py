"""A server on the network is reached with verify-full, and a certificate problem is named.

The cluster here has a certificate for ``db.fodslag.test`` only; libpq is sent to
127.0.0.1 by ``PGHOSTADDR`` while it checks the certificate against the name the user
typed, as it would for a real server on the municipality's network.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, text

from desktop.services.connections import ConnectionProfile, check_connection
from desktop.services.database import Database
from desktop.services.errors import StorageUnavailable
from desktop.services.tls import CertificateProblem, Problem
from tests.postgres.cluster import SUPERPASS, Cluster, make_certificates, start_cluster, stop_cluster

pytestmark = pytest.mark.postgres

NAME = "db.fodslag.test"


@pytest.fixture(scope="module")
def tls_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster(cert_names=(NAME,))
    except Exception as exc:  # pragma: no cover - depends on the machine
        pytest.skip(f"could not start a TCP PostgreSQL cluster: {exc}")
    if not cluster.ssl:
        stop_cluster(cluster)
        pytest.skip("this PostgreSQL build cannot enable SSL")
    yield cluster
    stop_cluster(cluster)


@pytest.fixture(autouse=True)
def network_name(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``db.fodslag.test`` is dialled at 127.0.0.1; no CA in libpq's default place."""
    monkeypatch.setenv("PGHOSTADDR", "127.0.0.1")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("FODSLAG_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    for name in ("PGSSLMODE", "PGSSLROOTCERT"):
        monkeypatch.delenv(name, raising=False)


def _profile(cluster: Cluster, host: str = NAME, **changes: object) -> ConnectionProfile:
    fields: dict[str, object] = {
        "host": host,
        "port": cluster.port,
        "database": "postgres",
        "user": "postgres",
    }
    fields.update(changes)
    return ConnectionProfile("Kommunens server", **fields)  # type: ignore[arg-type]


def _reload(cluster: Cluster, statement: str = "") -> None:
    engine = cluster.admin_engine()  # over the local socket address, no TLS needed
    with engine.connect() as conn:
        if statement:
            conn.execute(text(statement))
        conn.execute(text("SELECT pg_reload_conf()"))
    engine.dispose()
    import time

    time.sleep(0.5)  # the postmaster re-reads its files after the signal


def test_a_network_server_without_the_ca_is_refused_with_a_danish_certificate_message(
    tls_cluster: Cluster,
) -> None:
    db = Database(_profile(tls_cluster).url(SUPERPASS))
    assert db.url.query["sslmode"] == "verify-full"
    try:
        with pytest.raises(StorageUnavailable) as raised:
            db.ping()
    finally:
        db.dispose()
    assert isinstance(raised.value, CertificateProblem) and raised.value.problem is Problem.UNKNOWN_CA
    assert "ikke udstedt af en certifikatudsteder" in raised.value.message
    assert "CA-certifikat" in raised.value.message and "ikke forbindelse" not in raised.value.message

    report = check_connection(_profile(tls_cluster), SUPERPASS)
    assert not report.ok and "ikke udstedt af en certifikatudsteder" in report.message


def test_with_the_ca_file_it_connects_encrypted_and_names_the_certificate(tls_cluster: Cluster) -> None:
    profile = _profile(tls_cluster, sslrootcert=str(tls_cluster.ca_file))
    report = check_connection(profile, SUPERPASS)
    assert report.ok, report.message
    assert f"CN={NAME}" in report.certificate and "Fodslag Test CA" in report.certificate
    db = Database(profile.url(SUPERPASS))
    try:
        with db.read() as session:
            assert session.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar()
    finally:
        db.dispose()


def test_a_name_the_certificate_was_not_issued_to_is_named(tls_cluster: Cluster) -> None:
    report = check_connection(
        _profile(tls_cluster, "andet.fodslag.test", sslrootcert=str(tls_cluster.ca_file)), SUPERPASS
    )
    assert not report.ok
    assert f"udstedt til »{NAME}«" in report.message and "ikke til »andet.fodslag.test«" in report.message


def test_an_expired_certificate_is_named(tls_cluster: Cluster, tmp_path: Path) -> None:
    certs = tls_cluster.socket_dir / "certs"
    kept = {name: (certs / name).read_bytes() for name in ("server.crt", "server.key")}
    new_ca, new_cert, new_key = make_certificates(tmp_path, (NAME,), expired=True)
    try:
        (certs / "server.crt").write_bytes(new_cert.read_bytes())
        (certs / "server.key").write_bytes(new_key.read_bytes())
        _reload(tls_cluster)
        report = check_connection(_profile(tls_cluster, sslrootcert=str(new_ca)), SUPERPASS)
        assert not report.ok and "er udløbet" in report.message, report.message
    finally:
        for name, content in kept.items():
            (certs / name).write_bytes(content)
        _reload(tls_cluster)
    assert check_connection(_profile(tls_cluster, sslrootcert=str(tls_cluster.ca_file)), SUPERPASS).ok


def test_a_server_that_refuses_tls_gets_no_password_but_a_local_connection_still_works(
    tls_cluster: Cluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reload(tls_cluster, "ALTER SYSTEM SET ssl = off")
    try:
        report = check_connection(_profile(tls_cluster, sslrootcert=str(tls_cluster.ca_file)), SUPERPASS)
        assert not report.ok and "tilbyder ikke krypteret forbindelse" in report.message, report.message

        monkeypatch.delenv("PGHOSTADDR")
        # on this computer nothing changes: 127.0.0.1 and the unix socket, no TLS, no sslmode added
        for url in (
            tls_cluster.url(host="127.0.0.1"),
            URL.create(
                "postgresql+psycopg",
                username="postgres",
                database="postgres",
                query={"host": str(tls_cluster.socket_dir), "port": str(tls_cluster.port)},
            ),
        ):
            db = Database(url)
            try:
                assert "sslmode" not in db.url.query
                with db.read() as session:
                    assert session.execute(text("SELECT 1")).scalar() == 1
            finally:
                db.dispose()
    finally:
        _reload(tls_cluster, "ALTER SYSTEM RESET ssl")


@pytest.mark.gui
def test_the_connection_dialog_shows_the_certificate_or_names_the_problem(
    qtbot, tls_cluster: Cluster
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from desktop.services.settings import Settings
    from desktop.views.database.connection_dialog import ConnectionDialog
    from desktop.views.toolkit.tasks import TaskRunner

    tasks = TaskRunner()
    dialog = ConnectionDialog(Settings.load(), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        assert dialog.sslmode.currentData() == "auto"  # a new profile is verified by default
        dialog.name.setText("Kommunens server")
        dialog.host.setText(NAME)
        dialog.port.setValue(tls_cluster.port)
        dialog.database.setText("postgres")
        dialog.user.setText("postgres")
        dialog.password.setText(SUPERPASS)

        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
        assert "ikke udstedt af en certifikatudsteder" in dialog.result_label.text()
        assert dialog.certificate.text() == ""

        dialog.ca_file.setText(str(tls_cluster.ca_file))
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
        assert "Forbindelsen virker" in dialog.result_label.text()
        assert f"CN={NAME}" in dialog.certificate.text() and dialog.certificate.isVisible()
        dialog.grab().save("/tmp/tls/connection_dialog.png")
    finally:
        dialog.close()
        tasks.wait(15_000)


@pytest.mark.gui
def test_opening_the_server_without_the_ca_names_the_certificate_problem(qtbot, tls_cluster: Cluster) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from desktop.views.main_window import MainWindow
    from desktop.views.toolkit.tasks import TaskRunner

    tasks = TaskRunner()
    win = MainWindow(tasks)
    qtbot.addWidget(win)
    win.show()
    try:
        url = _profile(tls_cluster).url(SUPERPASS).render_as_string(hide_password=False)
        with qtbot.waitSignal(win.database_failed, timeout=20_000):
            win.open_database(url)
        box = win.findChild(QMessageBox, "errorDialog")
        assert box is not None and box.isVisible()
        assert box.windowTitle() in (
            "No secure connection to the server",
            "Ingen sikker forbindelse til serveren",
        )
        assert "ikke udstedt af en certifikatudsteder" in box.text() and "ikke forbindelse" not in box.text()
        box.grab().save("/tmp/tls/certificate_error.png")
        box.accept()
    finally:
        tasks.wait(20_000)

"""A member can see everything held about them, and be forgotten without a trace on disk."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import MetaData, select, text

from desktop.models import Membership, Person
from desktop.models.enums import Attendance, MeetingType, MemberRole
from desktop.services.privacy import PrivacyService
from desktop.services.registry import Services

NAME = "Gudrun Testesen"
EMAIL = "gudrun.testesen@example.dk"


def _setup(services: Services) -> tuple[int, int]:
    org = services.contacts.create_organisation(
        name="Boligselskabet Vest", note="Gudrun: 31234567 / 31 23 45 67"
    )
    pid = services.contacts.create(
        name=NAME, email=EMAIL, phone="31234567", note="Træffes før 15", organisation_id=org
    ).id
    other = services.contacts.create(name="Anders And", email="anders@example.dk").id
    services.contacts.update(pid, 1, title="Boligsocial medarbejder")
    partnership = services.partnerships.create("Solbakken")
    services.partnerships.add_members(partnership, [pid, other], MemberRole.NETWORK_MEMBER, date(2025, 1, 1))
    (meeting,) = services.meetings.plan(partnership, MeetingType.NETWORK, datetime(2026, 3, 1, 10))
    services.meetings.set_attendance(meeting, pid, Attendance.ATTENDED)
    version = services.meetings.get(meeting).version
    services.meetings.record_minutes(meeting, version, f"{NAME} fortalte om opgangene. Skriv til {EMAIL}.")
    return pid, other


def test_export_holds_everything_about_the_person(services: Services, tmp_path: Path) -> None:
    pid, _ = _setup(services)
    privacy = PrivacyService(services.db)
    data = privacy.export_person(pid)
    assert data["kontakt"]["name"] == NAME and data["kontakt"]["email"] == EMAIL
    assert [m["partnerskab"] for m in data["medlemskaber"]] == ["Solbakken"]
    assert data["mødedeltagelse"][0]["deltagelse"]
    changes = [e["efter"] for e in data["ændringslog"] if e["objekt"] == f"Person {pid}"]
    assert {"title": "Boligsocial medarbejder"} in changes
    # free text that names the person: the minutes (name, e-mail), an organisation's note (phone)
    mentioned = {(m["tabel"], m["felt"]) for m in data["omtaler"]}
    assert {("meeting", "minutes"), ("organisation", "note")} <= mentioned
    assert not [m for m in data["omtaler"] if m["tabel"] == "person" and m["id"] != pid]
    # and the trail's rows whose values name them (the minutes' change is about a meeting)
    assert any(
        e["objekt"].startswith("Meeting ") and NAME in json.dumps(e["efter"]) for e in data["ændringslog"]
    )
    json_path, text_path = privacy.write_export(pid, tmp_path / "udtræk")
    assert json.loads(json_path.read_text(encoding="utf-8"))["kontakt"]["name"] == NAME
    readable = text_path.read_text(encoding="utf-8")
    assert NAME in readable and "MEDLEMSKABER" in readable and "Solbakken" in readable
    assert "OMTALER I FRITEKST" in readable and "31 23 45 67" in readable


def test_erasure_leaves_no_trace(services: Services) -> None:
    pid, other = _setup(services)
    db = services.db
    result = PrivacyService(db).erase(pid)
    assert result.texts_rewritten >= 3
    with db.read() as session:
        person = session.get(Person, pid)
        assert person.name == f"Slettet kontakt {pid}" and person.email is None and person.erased_on
        # the network's history keeps a pseudonymous row; the other member is untouched
        assert session.scalar(select(Membership.id).where(Membership.person_id == pid)) is not None
        assert session.get(Person, other).name == "Anders And"
    assert services.contacts.search().total == 1  # erased people are not listed
    # the name, the e-mail and the phone as stored, shown and typed into an organisation's note
    needles = [NAME, EMAIL, "+4531234567", "31234567", "31 23 45 67", NAME.lower()]
    if db.is_sqlite:
        path = db.sqlite_path
        db.dispose()
        for file in (path, path.with_name(path.name + "-wal")):
            if file.exists():
                data = file.read_bytes()
                for needle in needles:
                    assert needle.encode() not in data, f"{needle} still in {file.name}"
    else:
        meta = MetaData()
        meta.reflect(db.engine)
        with db.engine.connect() as conn:
            for table in meta.sorted_tables:
                for needle in needles:
                    hits = conn.scalar(
                        text(f'SELECT count(*) FROM "{table.name}" t WHERE t::text ILIKE :n'),
                        {"n": f"%{needle}%"},
                    )
                    assert hits == 0, f"{needle} still in {table.name}"


def test_erasure_also_removes_the_start_up_overview_snapshot(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.snapshots import load_snapshot, save_snapshot

    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    person = services.contacts.create(name="Birthe Kærgaard Snapshot", email="birthe@htk.dk")
    save_snapshot(
        "demo", {"sections": {"cleanup": {"heading": "", "items": [["Birthe Kærgaard Snapshot", False]]}}}
    )
    assert load_snapshot("demo") is not None
    PrivacyService(services.db).erase(person.id)
    assert load_snapshot("demo") is None
    leftovers = [p.read_text("utf-8") for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert not any("Kærgaard" in text for text in leftovers)

"""The import, workbook and privacy commands, as a secretariat would run them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main as fodslag
from desktop.models.enums import MemberRole
from desktop.services.database import Database
from desktop.services.registry import Services
from tests.safety import import_files as files


@pytest.fixture
def url(db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    return db.url.render_as_string(hide_password=False)


def test_import_contacts_dry_run_then_for_real(url: str, db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    Services.over(db).partnerships.create("Solbakken")
    path = files.xlsx_with_title(tmp_path / "liste.xlsx")
    assert fodslag(["import", "contacts", str(path), "--dry-run", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "Prøvekørsel – intet gemt: 4 rækker læst, 3 oprettes, 0 flettes" in out
    # only the nameless row is rejected; Ali Khan's bad e-mail and phone are named by row and column
    assert "Række 6: Navn mangler." in out
    assert "Række 7, E-mail: »ikke-en-mail« er ikke en gyldig e-mailadresse" in out
    assert "Række 7, Tlf.: »1234« er ikke et gyldigt telefonnummer: det har 4 cifre" in out
    assert Services.over(db).contacts.count() == 0
    assert fodslag(["import", "contacts", str(path), "--partnership", "Solbakken", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "Importeret: 4 rækker læst, 3 oprettes" in out and "netværksmedlemmer: 3" in out
    assert "Række 7, E-mail: »ikke-en-mail«" in out
    assert Services.over(db).contacts.count() == 3


def test_import_rejects_a_bad_file_with_one_danish_line(url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.csv"
    path.write_bytes(b"%PDF-1.4 ...")
    assert fodslag(["import", "contacts", str(path), "--database", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fodslag: Filen kan ikke indlæses") and err.count("\n") == 1


def test_workbook_commands(url: str, db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    services = Services.over(db)
    pid = services.partnerships.create("Engparken")
    person = services.contacts.create(name="Mette Hansen", phone="31234567")
    services.partnerships.add_members(pid, [person.id], MemberRole.CHAIR)
    out = tmp_path / "engparken.xlsx"
    assert (
        fodslag(["export", "workbook", "--partnership", "Engparken", "--out", str(out), "--database", url])
        == 0
    )
    assert out.is_file()
    target = tmp_path / "ny.sqlite3"
    assert fodslag(["import", "workbook", str(out), "--database", str(target)]) == 0
    assert "Partnerskabet »Engparken« er oprettet" in capsys.readouterr().out
    assert fodslag(["import", "workbook", str(out), "--database", str(target)]) == 1
    assert "findes allerede" in capsys.readouterr().err
    # back into the database it came from: an update; --dry-run shows it and saves nothing
    import openpyxl

    wb = openpyxl.load_workbook(out)
    ws = wb["Kontakter"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("title") + 1).value = "Formand for grundejerforeningen"
    wb.save(out)
    assert fodslag(["import", "workbook", str(out), "--dry-run", "--database", url]) == 0
    shown = capsys.readouterr().out
    assert "Partnerskabet »Engparken« opdateres." in shown and "Kontakter: 0 nye, 1 ændrede" in shown
    assert "Prøvekørsel: intet er gemt." in shown
    assert services.contacts.get(person.id).title == ""
    assert fodslag(["import", "workbook", str(out), "--database", url]) == 0
    assert "er opdateret" in capsys.readouterr().out
    assert services.contacts.get(person.id).title == "Formand for grundejerforeningen"


def test_privacy_commands(url: str, db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    services = Services.over(db)
    pid = services.partnerships.create("Solbakken")
    old = services.contacts.create(name="Gammel Medlem", email="gammel@example.dk")
    services.partnerships.add_members(pid, [old.id], MemberRole.NETWORK_MEMBER, date(2020, 1, 1))
    (membership,) = services.partnerships.get(pid).members
    services.partnerships.end_membership(membership.membership_id, membership.version, date(2021, 1, 1))
    assert fodslag(["privacy", "cleanup-list", "--database", url]) == 0
    out = capsys.readouterr().out
    assert f"{old.id}\tGammel Medlem\tudtrådt 01-01-2021" in out
    assert fodslag(["privacy", "export", str(old.id), "--out", str(tmp_path / "ud"), "--database", url]) == 0
    assert "gammel@example.dk" in (tmp_path / "ud" / f"fodslag-persondata-{old.id}.txt").read_text(
        encoding="utf-8"
    )
    capsys.readouterr()
    assert fodslag(["privacy", "erase", str(old.id), "--database", url]) == 0
    assert f"Slettet kontakt {old.id}" in capsys.readouterr().out
    assert services.contacts.get(old.id).email == ""
    assert fodslag(["privacy", "export", "99999", "--database", url]) == 1

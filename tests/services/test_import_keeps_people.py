"""A messy Danish contact list keeps every named person (issue 14, item 1).

The file is the way a secretariat's Excel saves it: cp1252, ';', CRLF, Danish headers,
a blank row at the end. Bad values (a doubled @, a too-short phone number, an unknown
trade) are left out of their field, kept in the person's note as "Ikke indlæst: …" and
reported by row and column; the police service number 114 is a phone number; the trade
words of the idékatalog and a typo of one are recognised. Only the nameless row is refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main as fodslag
from desktop.models import Person
from desktop.models.enums import Trade
from desktop.services.database import Database
from desktop.services.imports.contacts import ContactImportService, ImportPreview
from desktop.services.registry import Services

HEADERS = ["Navn", "Titel", "Organisation", "Faggruppe", "Telefon", "Mobil", "E-mail"]
#: file row number -> cells (row 1 is the header)
ROWS: dict[int, list[str]] = {
    2: [
        "Mette Hansen",
        "Gadeplansmedarbejder",
        "Aarhus Kommune",
        "Gadeplan",
        "",
        "31 23 45 67",
        "mette@aarhus.dk",
    ],
    3: [
        "Søren Ørsted",
        "Boligsocial koordinator",
        "Boligforeningen Ringgården",
        "Boligsocial",
        "86 12 34 56",
        "",
        "soeren@ringgaarden.dk",
    ],
    4: ["Ali Khan", "Indehaver", "Pizzeria Napoli", "Pizzeria", "", "22334455", "ali@napoli.dk"],
    5: ["Birthe Ærendal", "Frivillig", "Natteravnene Aarhus", "Natteravn", "", "", "birthe@natteravnene.dk"],
    6: ["Jens Vig", "SSP-konsulent", "Aarhus Kommune", "SSP", "", "", "jens@@aarhus.dk"],
    7: ["Lone Berg", "Pædagog", "Klub Ørnen", "Pædagog", "", "2345 678", "lone@klubornen.dk"],
    8: ["Karin Holm", "Politikommissær", "Østjyllands Politi", "Politi", "114", "", "karin@politi.dk"],
    9: [
        "Kasper Østergaard",
        "Gadeplansmedarbejder",
        "Aarhus Kommune",
        "gadeplansmedarbjder",
        "",
        "28 99 11 22",
        "kasper@aarhus.dk",
    ],
    10: ["Åse Lund", "Vicevært", "Boligforeningen Ringgården", "Vicevært", "", "40 50 60 70", ""],
    11: ["", "Postbud", "PostNord", "Postbud", "", "", "post@postnord.dk"],
    12: ["Peter Sand", "Tryghedsvandrer", "", "Rumfart", "", "", "peter@sand.dk"],
}
NAMED = {cells[0] for cells in ROWS.values() if cells[0]}
#: (row, column, value) of every value that must be left out of its field and kept in the note
BAD = {(6, "E-mail", "jens@@aarhus.dk"), (7, "Mobil", "2345 678"), (12, "Faggruppe", "Rumfart")}


def danish_excel_csv(path: Path) -> Path:
    """Excel's "CSV (semikolonsepareret)" on a Danish Windows: cp1252, ';', CRLF, a blank row."""
    lines = [";".join(HEADERS), *(";".join(cells) for cells in ROWS.values()), ";" * (len(HEADERS) - 1)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def openpyxl_xlsx(path: Path) -> Path:
    """The same list as a workbook; phone numbers typed as numbers the way Excel keeps them."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontakter"
    ws.append(HEADERS)
    for cells in ROWS.values():
        values: list[object] = list(cells)
        for col in (4, 5):
            if cells[col].replace(" ", "").isdigit() and len(cells[col].replace(" ", "")) in (3, 8):
                values[col] = int(cells[col].replace(" ", ""))
        ws.append([v if v != "" else None for v in values])
    wb.save(path)
    return path


def _people(db: Database) -> dict[str, Person]:
    with db.read() as session:
        return {p.name: p for p in session.scalars(select(Person))}


def _assert_preview(preview: ImportPreview) -> None:
    assert [r.row_number for r in preview.rows] == list(ROWS)
    (rejected,) = preview.rejected
    assert rejected.row_number == 11 and rejected.problems == ("Navn mangler.",)
    found = {(n, i.column, i.value) for n, i in preview.cell_issues()}
    assert found == BAD
    by_name = {r.shown["name"]: r for r in preview.rows if r.ok}
    assert set(by_name) == NAMED
    jens = by_name["Jens Vig"]
    assert jens.issue_for("email") is not None and jens.issue_for("email").column == "E-mail"
    assert jens.shown["email"] == "jens@@aarhus.dk"  # what was typed stays visible in the preview
    kasper = by_name["Kasper Østergaard"]
    assert any("gadeplansmedarbjder" in w and "Gadeplansmedarbejder" in w for w in kasper.warnings)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_every_named_person_is_imported_and_nothing_typed_is_lost(
    db: Database, tmp_path: Path, kind: str
) -> None:
    path = (
        danish_excel_csv(tmp_path / "kontakter.csv") if kind == "csv" else openpyxl_xlsx(tmp_path / "k.xlsx")
    )
    service = ContactImportService(db)
    preview = service.preview(path)
    _assert_preview(preview)
    dry = service.summarize(preview)
    assert (dry.created, dry.rejected) == (10, ((11, "Navn mangler."),))
    assert _people(db) == {}

    summary = service.commit(preview)
    assert (summary.created, summary.merged, len(summary.rejected)) == (10, 0, 1)
    lines = summary.lines()
    assert "Række 11: Navn mangler." in lines
    assert "Række 6, E-mail: »jens@@aarhus.dk« er ikke en gyldig e-mailadresse" in "\n".join(lines)
    assert "Række 7, Mobil: »2345 678« er ikke et gyldigt telefonnummer: det har 7 cifre" in "\n".join(lines)
    assert "Række 12, Faggruppe: »Rumfart« er ikke en kendt faggruppe" in "\n".join(lines)

    people = _people(db)
    assert set(people) == NAMED
    assert (
        people["Jens Vig"].email is None
        and people["Jens Vig"].note == "Ikke indlæst: E-mail: jens@@aarhus.dk"
    )
    assert people["Lone Berg"].mobile is None and people["Lone Berg"].note == "Ikke indlæst: Mobil: 2345 678"
    assert (
        people["Peter Sand"].trade is None and people["Peter Sand"].note == "Ikke indlæst: Faggruppe: Rumfart"
    )
    assert people["Karin Holm"].phone == "114" and people["Karin Holm"].note == ""
    assert {name: people[name].trade for name in NAMED} == {
        "Mette Hansen": Trade.STREET_WORKER,
        "Søren Ørsted": Trade.SOCIAL_HOUSING,
        "Ali Khan": Trade.SHOPKEEPER,
        "Birthe Ærendal": Trade.VOLUNTEER,
        "Jens Vig": Trade.SSP,
        "Lone Berg": Trade.PEDAGOGUE,
        "Karin Holm": Trade.POLICE,
        "Kasper Østergaard": Trade.STREET_WORKER,  # the typo, read by the fuzzy match
        "Åse Lund": Trade.CARETAKER,
        "Peter Sand": None,
    }
    assert people["Mette Hansen"].mobile == "+4531234567" and people["Søren Ørsted"].phone == "+4586123456"
    # the contact list shows 114 the way it is dialled
    (karin,) = [r for r in Services.over(db).contacts.search().items if r.name == "Karin Holm"]
    assert karin.phone == "114"


def test_people_sharing_a_service_number_are_not_one_person(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "politi.csv"
    path.write_bytes("Navn;Telefon\r\nKarin Holm;114\r\nBo Dahl;114\r\nEva Lind;1813\r\n".encode("cp1252"))
    service = ContactImportService(db)
    preview = service.preview(path)
    assert not preview.rejected and not preview.cell_issues()
    service.commit(preview)
    again = service.preview(path)  # the next import: 114 is no reason to merge with Karin
    assert [r.match.reason if r.match else None for r in again.rows] == ["samme navn"] * 3
    assert {p.name: p.phone for p in _people(db).values()} == {
        "Karin Holm": "114",
        "Bo Dahl": "114",
        "Eva Lind": "1813",
    }


def test_a_merge_keeps_the_values_not_read_in_the_existing_note(db: Database, tmp_path: Path) -> None:
    services = Services.over(db)
    services.contacts.create(name="Jens Vig", note="Mødes om torsdagen")
    path = tmp_path / "k.csv"
    path.write_bytes("Navn;E-mail\r\nJens Vig;jens@@aarhus.dk\r\n".encode("cp1252"))
    service = ContactImportService(db)
    preview = service.preview(path)
    assert preview.rows[0].match is not None
    assert service.commit(preview).merged == 1
    assert _people(db)["Jens Vig"].note == "Mødes om torsdagen\nIkke indlæst: E-mail: jens@@aarhus.dk"


def test_a_corrected_cell_is_checked_again(db: Database, tmp_path: Path) -> None:
    service = ContactImportService(db)
    preview = service.preview(danish_excel_csv(tmp_path / "kontakter.csv"))
    fixed = service.correct(preview, 6, "email", "jens@aarhus.dk")
    jens = next(r for r in fixed.rows if r.row_number == 6)
    assert jens.issues == () and jens.contact["email"] == "jens@aarhus.dk" and jens.contact["note"] == ""
    named = service.correct(fixed, 11, "name", "Per Post")
    assert named.rejected == [] and len(named.cell_issues()) == 2
    assert "1 værdi er ikke indlæst i sit felt" not in "\n".join(service.summarize(named).lines())
    one = service.correct(named, 7, "mobile", "23 45 67 89")
    assert "1 værdi er ikke indlæst i sit felt" in "\n".join(service.summarize(one).lines())
    summary = service.commit(one)
    assert summary.created == 11 and _people(db)["Per Post"].email == "post@postnord.dk"
    assert _people(db)["Lone Berg"].mobile == "+4523456789"


def test_cli_dry_run_names_each_bad_value_by_row_and_column(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FODSLAG_DATA_DIR", str(tmp_path / "data"))
    url = db.url.render_as_string(hide_password=False)
    path = danish_excel_csv(tmp_path / "kontakter.csv")
    assert fodslag(["import", "contacts", str(path), "--dry-run", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "11 rækker læst, 10 oprettes, 0 flettes, 0 springes over, 1 afvist." in out
    assert "Række 11: Navn mangler." in out
    for row, column, value in BAD:
        assert f"Række {row}, {column}: »{value}«" in out
    assert "3 værdier er ikke indlæst i deres felt" in out
    assert "Række 9: Faggruppen »gadeplansmedarbjder« er læst som »Gadeplansmedarbejder«." in out
    assert _people(db) == {}

"""The workbook carries every table, and an edited workbook updates the partnership it came from."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.models import Base, Measurement, Meeting, Newsletter, Partnership
from desktop.models.action_card import ActionCard, ActionCardContact, ActionCardProblem
from desktop.models.agreement import Agreement, AgreementVersion
from desktop.models.enums import MeetingType, MemberRole
from desktop.models.meeting import AgendaItem
from desktop.models.organisation import Organisation, Person
from desktop.models.partnership import Membership, PhaseStep
from desktop.services.database import Database
from desktop.services.demo import create_demo
from desktop.services.demo_data import MAIN_NAME
from desktop.services.errors import ImportRejected
from desktop.services.schema import prepare_database
from desktop.services.workbook import SHEETS, _selection, export_workbook, import_workbook, link_rows
from desktop.services.workbook_import import shown_column

#: made by the app itself, or not part of a partnership (creation_key: keys of past creates)
_NOT_CARRIED = {"audit_entry", "person_search_token", "creation_key"}
_STAMPS = {"version", "created_at", "updated_at", "uid", "ics_sequence"}


def _rows(db: Database, name: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every carried table's rows of partnership ``name``, ids replaced by their rank."""
    with db.read() as session:
        pid = session.scalar(select(Partnership.id).where(Partnership.name == name))
        chosen = _selection(session, pid)
        ranks = {t: {old: i for i, old in enumerate(ids or [])} for t, ids in chosen.items()}
        out = {}
        for sheet in SHEETS:
            table = sheet.table
            cols = [c for c in table.columns if c.name not in _STAMPS]
            where = table.c.id.in_(chosen[table.name]) if "id" in table.c else link_rows(table, chosen)
            rows = []
            for row in session.execute(select(*cols).where(where)):
                values = []
                for column, value in zip(cols, row, strict=True):
                    target = "organisation" if column.name == "parent_id" else None
                    for fk in column.foreign_keys:
                        target = fk.column.table.name
                    if column.name == "id":
                        value = ranks[table.name][value]
                    elif target and value is not None:
                        value = ranks[target][value]
                    values.append(value)
                rows.append(tuple(values))
            out[table.name] = sorted(rows, key=repr)
        return out


def _ugly(db: Database) -> str:
    """A partnership with long Danish names, empty optional fields and awkward text."""
    long_org = ("Ærø Økologiske Åbørnehaves Forældreforening og Grundejerlaug " * 4)[:200]
    # 150: its folded form (å -> aa, ø -> oe) must fit name_folded's 200 on PostgreSQL
    long_person = ("Åse Æbelø-Ødegaard Østergård Aagaard " * 6)[:150]
    name = ("Tryghedsnetværket for Æblehaven, Østerbro og Åkirkeby " * 4)[:200].strip()
    with db.write() as s:
        parent = Organisation(name="Øens Kommune")
        org = Organisation(name=long_org, parent=parent)
        s.add_all([parent, org])
        s.flush()
        person = Person(name=long_person, organisation_id=org.id, note="=SUM(A1)\nlinje to 🙂")
        bare = Person(name="Åge")  # no e-mail, phone, title or trade
        s.add_all([person, bare])
        s.flush()
        p = Partnership(name=name, area="", description="")
        p.parties = [org]
        s.add(p)
        s.flush()
        s.add_all(
            [
                Membership(partnership_id=p.id, person_id=person.id, role=MemberRole.CHAIR),
                Membership(
                    partnership_id=p.id,
                    person_id=bare.id,
                    role=MemberRole.NETWORK_MEMBER,
                    start_date=date(2024, 1, 1),
                ),
                PhaseStep(partnership_id=p.id, phase=p.phase, code="x1", title="Æ" * 300),
                Newsletter(partnership_id=p.id, subject="Ikke sendt"),
            ]
        )
        meeting = Meeting(
            partnership_id=p.id,
            meeting_type=MeetingType.NETWORK,
            title="Møde uden sted",
            starts_at=datetime(2026, 3, 2, 9, 0),
            ends_at=datetime(2026, 3, 2, 10, 0),
        )
        meeting.agenda = [AgendaItem(position=0, title="Øvrigt")]
        s.add(meeting)
        card = ActionCard(partnership_id=p.id)
        card.problems = [ActionCardProblem(position=0, name="Hærværk")]
        card.contacts = [ActionCardContact(position=0, label="Vagtcentralen")]
        s.add(card)
        s.flush()
        card.contacts[0].problems = list(card.problems)
        agreement = Agreement(partnership_id=p.id, title="Aftale")
        agreement.versions = [AgreementVersion(number=1)]
        s.add(agreement)
    return name


def _sqlite(folder: Path, name: str) -> Database:
    db = Database(folder / name)
    prepare_database(db)
    return db


def test_every_table_of_a_partnership_is_in_the_workbook() -> None:
    carried = {s.table.name for s in SHEETS}
    assert carried == {t.name for t in Base.metadata.sorted_tables} - _NOT_CARRIED
    meetings = next(s for s in SHEETS if s.table.name == "meeting")
    from desktop.services.workbook import columns

    assert {"uid", "ics_sequence"}.isdisjoint(c.name for c in columns(meetings.table))


@pytest.mark.parametrize("data", ["demo", "ugly"])
def test_exported_and_imported_every_table_has_the_same_rows(data: str, db: Database, tmp_path: Path) -> None:
    source = _sqlite(tmp_path, "kilde.sqlite3")
    if data == "demo":
        create_demo(source, today=date(2026, 11, 1))
        name = MAIN_NAME
    else:
        name = _ugly(source)
    out = tmp_path / "arbejdsbog.xlsx"
    export_workbook(source, name, out)
    plan = import_workbook(db, out)
    assert plan.applied and not plan.update
    before, after = _rows(source, name), _rows(db, name)
    for table in before:
        assert len(after[table]) == len(before[table]), table
        assert after[table] == before[table], table
    if data == "demo":
        assert all(before[t] for t in ("action_card_mark", "signatory", "phase_step", "newsletter"))
    source.dispose()


def _edit(path: Path, out: Path, edits: dict[str, Any]) -> None:
    wb = openpyxl.load_workbook(path)
    for (title, row, column), value in edits.items():
        ws = wb[title]
        header = [c.value for c in ws[1]]
        ws.cell(row=row, column=header.index(column) + 1).value = value
    wb.save(out)


def _count(db: Database, model: Any) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_edited_workbook_updates_its_partnership(db: Database, tmp_path: Path) -> None:
    create_demo(db, today=date(2026, 11, 1))
    out = tmp_path / "solbakken.xlsx"
    export_workbook(db, MAIN_NAME, out)
    wb = openpyxl.load_workbook(out)
    meetings = wb["Møder"]
    header = [c.value for c in meetings[1]]
    meetings.cell(row=2, column=header.index("title") + 1).value = "Omdøbt møde"
    changed_id = meetings.cell(row=2, column=1).value
    measurements = wb["Målinger"]
    gone_id = measurements.cell(row=measurements.max_row, column=1).value
    measurements.delete_rows(measurements.max_row)
    letters = wb["Nyhedsmails"]
    pid = wb["Partnerskab"].cell(row=2, column=1).value
    letter_header = [c.value for c in letters[1]]
    new = dict.fromkeys(letter_header)
    new.update(partnership_id=pid, subject="Nyt fra netværket", body="Hej alle")
    letters.append([new[h] for h in letter_header])
    edited = tmp_path / "rettet.xlsx"
    wb.save(edited)
    counts = (_count(db, Measurement), _count(db, Newsletter))

    preview = import_workbook(db, edited, dry_run=True)
    assert preview.update and not preview.applied
    assert (preview.sheets["Møder"].changed, preview.sheets["Målinger"].deleted) == (1, 1)
    assert preview.sheets["Nyhedsmails"].created == 1
    assert sum(s.created + s.changed + s.deleted for s in preview.sheets.values()) == 3
    assert "titel → Omdøbt møde" in "\n".join(preview.lines())  # the field as the forms call it
    assert (_count(db, Measurement), _count(db, Newsletter)) == counts  # a preview saves nothing

    done = import_workbook(db, edited)
    assert done.applied and done.total == 3
    with db.read() as session:
        assert session.get(Meeting, changed_id).title == "Omdøbt møde"
        assert session.get(Measurement, gone_id) is None
        subjects = set(session.scalars(select(Newsletter.subject)))
    assert "Nyt fra netværket" in subjects
    assert (_count(db, Measurement), _count(db, Newsletter)) == (counts[0] - 1, counts[1] + 1)
    again = tmp_path / "igen.xlsx"
    export_workbook(db, MAIN_NAME, again)
    assert import_workbook(db, again, dry_run=True).lines()[1:] == ["Ingen ændringer."]


@pytest.mark.parametrize(
    ("title", "column", "value", "message"),
    [
        ("Møder", "title", "  ", "skal udfyldes."),
        ("Møder", "ends_at", "01-01-2000 10:00", "Mødet kan ikke slutte, før det begynder."),
        ("Medlemskaber", "end_date", "01-01-1999", "Slutdatoen (01-01-1999) ligger før startdatoen"),
        ("Dagsordenpunkter", "duration_minutes", -5, "-5 er negativt; skriv 0 eller mere."),
        ("Målinger", "respondents", "-3", "-3 er negativt"),
        ("Kontakter", "name", "Å" * 201, "teksten er 201 tegn lang; der er plads til 200."),
        ("Kontakter", "trade", "bager", "»bager« er ikke en af de tilladte koder"),
        ("Aftaleversioner", "valid_to", "01-01-1990", "ligger før startdatoen"),
        ("Faseskridt", "code", "første", "rækken findes allerede"),
    ],
)
def test_a_rejected_cell_is_named_by_sheet_row_and_column(
    title: str, column: str, value: Any, message: str, tmp_path: Path
) -> None:
    source = _sqlite(tmp_path, "kilde.sqlite3")
    create_demo(source, today=date(2026, 11, 1))
    out = tmp_path / "solbakken.xlsx"
    export_workbook(source, MAIN_NAME, out)
    wb = openpyxl.load_workbook(out)
    ws = wb[title]
    header = [c.value for c in ws[1]]
    row = 3 if title == "Faseskridt" else 2
    if title == "Medlemskaber":
        ws.cell(row=row, column=header.index("start_date") + 1).value = "01-01-2020"
    if title == "Aftaleversioner":
        ws.cell(row=row, column=header.index("valid_from") + 1).value = "01-01-2020"
    if title == "Faseskridt":
        value = ws.cell(row=2, column=header.index("code") + 1).value  # two steps, one code
    ws.cell(row=row, column=header.index(column) + 1).value = value
    edited = tmp_path / "fejl.xlsx"
    wb.save(edited)
    target = _sqlite(tmp_path, "tom.sqlite3")
    for db in (target, source):  # into an empty database, and back as an update
        with pytest.raises(ImportRejected) as caught:
            import_workbook(db, edited)
        text = caught.value.message
        assert text.startswith(f"Ark »{title}«, række {row}")
        if title != "Faseskridt":
            letter = openpyxl.utils.get_column_letter(header.index(column) + 1)
            assert f"kolonne {letter} {shown_column(column)}:" in text
        assert message in text and text.endswith("Intet er gemt.")
        assert "strider mod en regel" not in text
    assert _count(target, Partnership) == 0
    source.dispose()
    target.dispose()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_again_by_libreoffice_changes_nothing(tmp_path: Path) -> None:
    source = _sqlite(tmp_path, "kilde.sqlite3")
    create_demo(source, today=date(2026, 11, 1))
    out = tmp_path / "solbakken.xlsx"
    export_workbook(source, MAIN_NAME, out)
    (tmp_path / "lo").mkdir()
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"), str(out)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    resaved = tmp_path / "lo" / out.name
    assert import_workbook(source, resaved, dry_run=True).lines()[1:] == ["Ingen ændringer."]
    target = _sqlite(tmp_path, "tom.sqlite3")
    import_workbook(target, resaved)
    assert _rows(target, MAIN_NAME) == _rows(source, MAIN_NAME)

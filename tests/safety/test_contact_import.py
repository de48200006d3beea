"""Contact import from real-world files: preview first, one transaction, duplicates decided."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models import AuditEntry, Membership, Person
from desktop.services.database import Database
from desktop.services.errors import ImportRejected
from desktop.services.imports.contacts import ContactImportService, Decision
from desktop.services.registry import Services
from tests.safety import import_files as files


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _people(db: Database) -> dict[str, Person]:
    with db.read() as session:
        return {p.name: p for p in session.scalars(select(Person))}


def test_xlsx_finds_the_header_below_a_merged_title_on_the_right_sheet(tmp_path: Path, db: Database) -> None:
    service = ContactImportService(db)
    preview = service.preview(files.xlsx_with_title(tmp_path / "liste.xlsx"))
    assert preview.table.sheet == "Kontakter" and preview.table.header_row == 3
    assert [r.row_number for r in preview.rows] == [4, 5, 6, 7]
    ok = {r.shown["name"]: r for r in preview.rows if r.ok}
    assert ok["Mette Hansen"].shown["phone"] == "31 23 45 67"
    assert ok["Mette Hansen"].contact["trade"] is not None  # "SSP-konsulent" recognised
    assert ok["Søren Ørsted"].contact["phone"] == "+4523456789"
    problems = {r.row_number: " ".join(r.problems) for r in preview.rejected}
    assert list(problems) == [6] and "Navn mangler" in problems[6]
    # Ali Khan is kept: his bad phone and e-mail are left out, named, and kept in the note
    ali = ok["Ali Khan"]
    assert [(i.column, i.value) for i in ali.issues] == [("E-mail", "ikke-en-mail"), ("Tlf.", "1234")]
    assert ali.contact["email"] is None and ali.contact["phone"] is None
    assert preview.new_organisations == ["Aarhus Kommune", "Boligforeningen Ringgården"]
    assert _people(db) == {}  # a preview writes nothing

    summary = service.commit(preview)
    assert (summary.created, len(summary.rejected), summary.organisations_created) == (3, 1, 2)
    people = _people(db)
    assert set(people) == {"Mette Hansen", "Søren Ørsted", "Ali Khan"}
    assert people["Ali Khan"].note == "Ikke indlæst: E-mail: ikke-en-mail\nIkke indlæst: Tlf.: 1234"
    assert Services.over(db).contacts.search().total == 3
    # the new contacts are findable by the search index
    from desktop.services.contacts import ContactFilter

    assert [r.name for r in Services.over(db).contacts.search(ContactFilter("ørst")).items] == [
        "Søren Ørsted"
    ]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_danish_excel_csv(tmp_path: Path, encoding: str, db: Database) -> None:
    path = _write(tmp_path / "kontakter.csv", files.DANISH_CSV, encoding)
    preview = ContactImportService(db).preview(path)
    rows = {r.shown["name"]: r for r in preview.rows}
    assert set(rows) == {"Mette Hansen", "Jensen; Bo", "Åse Ærø"}
    bo = rows["Jensen; Bo"]
    assert bo.ok and bo.contact["title"] == 'Pedel "den gode"' and bo.contact["phone"].startswith("+46")
    assert bo.contact["note"] == "linje 1\r\nlinje 2"
    ase = rows["Åse Ærø"]
    assert ase.ok and ase.contact["note"] == "" and "CPR" in ase.warnings[0]


def test_outlook_exports_in_english_and_danish(tmp_path: Path, db: Database) -> None:
    service = ContactImportService(db)
    en = service.preview(_write(tmp_path / "en.csv", files.OUTLOOK_EN))
    (lars,) = en.rows
    assert lars.contact["name"] == "Lars Lund" and lars.contact["title"] == "Politiassistent"
    assert lars.contact["organisation"] == "Politi" and lars.contact["phone"] == "+4533445566"
    da = service.preview(_write(tmp_path / "da.csv", files.OUTLOOK_DA, "cp1252"))
    (karen,) = da.rows
    assert karen.contact["name"] == "Karen Marie Bech" and karen.contact["title"] == "Boligsocial medarbejder"
    assert karen.contact["mobile"] == "+4520304050" and karen.contact["email"] == "karen@kommune.dk"


def test_vcards_21_and_30(tmp_path: Path, db: Database) -> None:
    path = _write(tmp_path / "kort.vcf", files.VCARD_21 + files.VCARD_30)
    preview = ContactImportService(db).preview(path)
    soren, anne = preview.rows
    assert soren.contact["name"] == "Søren Østergaard"
    assert soren.contact["phone"] == "+4540506070" and soren.contact["mobile"] == "+4522334455"
    assert soren.contact["note"] == "Kontakt om aftenen, æøå og en lang linje"
    assert anne.contact["organisation"] == "Region Midt, Psykiatrien"
    assert anne.contact["note"] == "Første linje\nanden linje med et meget langt  fortsat ord"


def test_duplicates_are_found_and_decided(tmp_path: Path, services: Services) -> None:
    db = services.db
    mette = services.contacts.create(name="Mette Hansen", email="mette@aarhus.dk")
    services.contacts.create(name="Søren Ørsted", phone="23456789", title="Vicevært")
    services.contacts.create(name="Ali Khan")
    services.partnerships.create("Solbakken")
    csv = (
        "Navn;Stilling;Telefon;E-mail\r\n"
        "METTE  hansen;SSP;;mette@aarhus.dk\r\n"  # same e-mail
        "S. Ørsted;;+45 23 45 67 89;\r\n"  # same phone
        "ali khan;Gadeplansmedarbejder;;\r\n"  # same name after folding
        "Alii Khan;;;\r\n"  # similar name
        "Ny Person;;;ny@x.dk\r\n"
    )
    service = ContactImportService(db)
    preview = service.preview(_write(tmp_path / "d.csv", csv))
    reasons = {r.shown["name"]: (r.match.reason if r.match else None) for r in preview.rows}
    assert reasons == {
        "METTE hansen": "samme e-mail",
        "S. Ørsted": "samme telefonnummer",
        "ali khan": "samme navn",
        "Alii Khan": "lignende navn",
        "Ny Person": None,
    }
    assert preview.counts() == {"read": 5, "create": 2, "merge": 3, "skip": 0, "rejected": 0}
    preview.decide(3, Decision.SKIP)  # "S. Ørsted"
    preview.decide(5, Decision.SKIP)  # "Alii Khan"
    summary = service.commit(preview, partnership="Solbakken")
    assert (summary.created, summary.merged, summary.skipped) == (1, 2, 2)
    people = _people(db)
    assert set(people) == {"Mette Hansen", "Søren Ørsted", "Ali Khan", "Ny Person"}
    assert people["Mette Hansen"].title == "SSP"  # blank filled in
    assert people["Mette Hansen"].id == mette.id
    assert people["Ali Khan"].title == "Gadeplansmedarbejder"
    assert people["Søren Ørsted"].title == "Vicevært"  # skipped: untouched


def test_partnership_members_and_one_audit_entry(tmp_path: Path, services: Services) -> None:
    from tests.safety.helpers import make_partnership

    make_partnership(services.db, "Solbakken")
    path = _write(tmp_path / "k.csv", files.DANISH_CSV, "cp1252")
    service = ContactImportService(services.db)
    summary = service.commit(service.preview(path), partnership="Solbakken")
    assert summary.memberships_added == 3
    with services.db.read() as session:
        assert session.scalar(select(func.count(Membership.id))) == 3
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "ContactImport")).all()
    assert len(entries) == 1 and '"created": 3' in entries[0].after
    with pytest.raises(ImportRejected, match="findes ikke"):
        service.commit(service.preview(path), partnership="Findes ikke")


def test_a_failure_during_commit_writes_nothing(tmp_path: Path, db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = files.xlsx_with_title(tmp_path / "liste.xlsx")
    service = ContactImportService(db)
    preview = service.preview(path)
    from desktop.services import search_index

    def boom(session):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(search_index, "index_missing", boom)
    with pytest.raises(RuntimeError):
        service.commit(preview)
    assert _people(db) == {}
    with db.read() as session:
        from desktop.models import Organisation

        assert session.scalar(select(func.count(Organisation.id))) == 0


def test_changing_the_mapping(tmp_path: Path, db: Database) -> None:
    path = _write(tmp_path / "k.csv", "Kolonne A;Kolonne B\r\nMette Hansen;mette@x.dk\r\n")
    with pytest.raises(ImportRejected, match="overskriftsrække"):
        ContactImportService(db).read(path)
    path = _write(tmp_path / "k2.csv", "Navn;Kolonne B\r\nMette Hansen;mette@x.dk\r\n")
    service = ContactImportService(db)
    preview = service.preview(path)
    assert preview.mapping == ["name", None] and preview.rows[0].contact["email"] is None
    remapped = service.preview(preview.table, ["name", "email"])
    assert remapped.rows[0].contact["email"] == "mette@x.dk"
    with pytest.raises(ImportRejected, match="navn"):
        service.preview(preview.table, [None, "email"])


def _indexes(path: Path) -> dict[str, tuple[str, int]]:
    """name -> (stored CREATE statement, root page) of the indexes a bulk import may rebuild."""
    import sqlite3

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # indexes match rows
        rows = conn.execute(
            "SELECT name, sql, rootpage FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name IN ('person', 'person_search_token')"
        ).fetchall()
    return {name: (sql, root) for name, sql, root in rows}


def _big_csv(path: Path, count: int) -> Path:
    lines = ["Navn;Organisation;Telefon;E-mail"]
    lines += [f"Søren Ørsted {i};Org {i % 7};{26000000 + i};s{i}@example.dk" for i in range(count)]
    return _write(path, "\r\n".join(lines) + "\r\n")


def test_a_big_sqlite_import_builds_the_indexes_afterwards_identically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.imports import contacts
    from desktop.services.schema import prepare_database

    db = Database(tmp_path / "fodslag.sqlite3")
    prepare_database(db)
    services = Services.over(db)
    services.contacts.create(name="Mette Hansen", email="mette@example.dk")
    before = _indexes(tmp_path / "fodslag.sqlite3")
    assert "ix_person_email" in before and "ix_person_search_token_token" in before
    monkeypatch.setattr(contacts, "SQLITE_REBUILD_MIN_ROWS", 20)
    summary = ContactImportService(db).commit(
        ContactImportService(db).preview(_big_csv(tmp_path / "k.csv", 40))
    )
    assert summary.created == 40
    after = _indexes(tmp_path / "fodslag.sqlite3")
    assert {n: sql for n, (sql, _root) in after.items()} == {n: sql for n, (sql, _root) in before.items()}
    rebuilt = {n for n in after if after[n][1] != before[n][1] and not n.startswith("sqlite_autoindex")}
    assert "ix_person_email" in rebuilt and "ix_person_search_token_token" in rebuilt
    # the rebuilt indexes answer: exact e-mail, type-to-search by a name part and by e-mail
    from desktop.services.contacts import ContactFilter

    assert services.contacts.search(ContactFilter(text="oersted 17")).total == 1
    assert services.contacts.search(ContactFilter(text="s33@example.dk")).total == 1
    assert services.contacts.search(ContactFilter(text="søren")).total == 40
    assert services.contacts.search(ContactFilter(text="mette")).total == 1
    db.dispose()


def test_a_failed_big_sqlite_import_keeps_every_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import search_index
    from desktop.services.imports import contacts
    from desktop.services.schema import prepare_database

    db = Database(tmp_path / "fodslag.sqlite3")
    prepare_database(db)
    before = _indexes(tmp_path / "fodslag.sqlite3")
    monkeypatch.setattr(contacts, "SQLITE_REBUILD_MIN_ROWS", 20)
    calls = []

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        raise RuntimeError("disk pulled out")  # after the people, with the indexes dropped

    monkeypatch.setattr(search_index, "token_rows", boom)
    preview = ContactImportService(db).preview(_big_csv(tmp_path / "k.csv", 40))
    with pytest.raises(RuntimeError):
        ContactImportService(db).commit(preview)
    assert calls and _people(db) == {}
    assert _indexes(tmp_path / "fodslag.sqlite3") == before
    db.dispose()


def test_a_big_import_into_a_bigger_table_keeps_the_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.imports import contacts
    from desktop.services.schema import prepare_database

    db = Database(tmp_path / "fodslag.sqlite3")
    prepare_database(db)
    monkeypatch.setattr(contacts, "SQLITE_REBUILD_MIN_ROWS", 20)
    service = ContactImportService(db)
    service.commit(service.preview(_big_csv(tmp_path / "a.csv", 60)))
    before = _indexes(tmp_path / "fodslag.sqlite3")
    rows = "\r\n".join(f"Anna Berg {i};a{i}@example.dk" for i in range(30))
    service.commit(service.preview(_write(tmp_path / "b.csv", f"Navn;E-mail\r\n{rows}\r\n")))
    assert _indexes(tmp_path / "fodslag.sqlite3") == before  # grown in place: same root pages
    assert len(_people(db)) == 90
    db.dispose()


def test_sqlite_checks_the_trade_once_per_value_and_still_refuses_a_bad_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from desktop.models.enums import Trade
    from desktop.services.imports import contacts
    from desktop.services.schema import prepare_database

    db = Database(tmp_path / "fodslag.sqlite3")
    prepare_database(db)
    with sqlite3.connect(tmp_path / "fodslag.sqlite3") as conn:
        allowed = contacts._sqlite_person_checks(conn)
        # the values the table's own CHECK lists: every trade, as the column stores it
        assert allowed == {contacts._processor(_Dialect(conn), "trade")(t) for t in Trade}
    path = _write(tmp_path / "k.csv", "Navn;Faggruppe\r\nMette Hansen;Politi\r\nSøren Lund;\r\n")
    service = ContactImportService(db)
    service.commit(service.preview(path))
    assert {p.name: p.trade for p in _people(db).values()} == {
        "Mette Hansen": Trade.POLICE,
        "Søren Lund": None,
    }
    with db.engine.connect() as conn:  # the connection is back to checking everything
        assert conn.exec_driver_sql("PRAGMA ignore_check_constraints").scalar() == 0
    # a value the CHECK refuses is not let through: SQLite checks it as usual
    real = contacts._processor
    monkeypatch.setattr(
        contacts,
        "_processor",
        lambda conn, column: (lambda value: "smuggler") if column == "trade" else real(conn, column),
    )
    path = _write(tmp_path / "k2.csv", "Navn;Faggruppe\r\nAnna Berg;Politi\r\n")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        service.commit(service.preview(path))
    assert set(_people(db)) == {"Mette Hansen", "Søren Lund"}
    db.dispose()


class _Dialect:
    """Just enough of a connection for ``_processor`` (the SQLite dialect)."""

    def __init__(self, _conn: object) -> None:
        from sqlalchemy.dialects import sqlite

        self.dialect = sqlite.dialect()


class _Ddl:
    def __init__(self, ddl: str) -> None:
        self.ddl = ddl

    def execute(self, _sql: str) -> _Ddl:
        return self

    def fetchone(self) -> tuple[str]:
        return (self.ddl,)


@pytest.mark.parametrize(
    "ddl",
    [
        "CREATE TABLE person (trade VARCHAR(32), CONSTRAINT ck_person_trade CHECK (trade IN ('a', 'b')),"
        " CONSTRAINT ck_other CHECK (length(name) > 0))",
        "CREATE TABLE person (trade VARCHAR(32), "
        "CONSTRAINT ck_person_trade CHECK (trade IN ('a', 'b') OR 1))",
        "CREATE TABLE person (trade VARCHAR(32), CHECK (trade IN ('a', 'b')))",
        "CREATE TABLE person (trade VARCHAR(32) CHECK (trade <> ''), "
        "CONSTRAINT ck_person_trade CHECK (trade IN ('a', 'b')))",
    ],
)
def test_any_other_check_on_person_keeps_sqlite_checking_every_row(ddl: str) -> None:
    from desktop.services.imports import contacts

    assert contacts._sqlite_person_checks(_Ddl(ddl)) is None
    ok = "CREATE TABLE person (trade VARCHAR(32), CONSTRAINT ck_person_trade CHECK (trade IN ('a', 'b_c')))"
    assert contacts._sqlite_person_checks(_Ddl(ok)) == {"a", "b_c"}

"""The import wizard on a real demo database: preview, remap, decide, confirm; cancel writes nothing."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.services.database import Database
from desktop.services.imports.contacts import Decision
from desktop.views.contacts.import_dialog import ImportDialog
from desktop.views.contacts.import_models import CHOICE_ROLE, MappingModel, PreviewRowsModel
from desktop.views.toolkit.tasks import TaskRunner

pytestmark = pytest.mark.gui


def _query(path: Path, sql: str, *args: object) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, args).fetchall()


def _existing(path: Path) -> tuple[int, str]:
    """A demo contact without a mobile number (a merge can fill it in)."""
    rows = _query(
        path,
        "SELECT id, name FROM person WHERE mobile IS NULL AND erased_on IS NULL AND length(name) > 8"
        " ORDER BY id",
    )
    return rows[0]


def _csv(path: Path, existing_name: str) -> Path:
    text = (
        "Navn;Stilling;Arbejdssted;Mobil;E-mail\r\n"
        "Birthe Ærendal;Klubleder;Klubben Ørnen;29 99 88 71;birthe@klubben.dk\r\n"
        "Uden Gyldig Mail;Pedel;Skolen;;ikke-en-mail\r\n"  # kept: the bad e-mail goes to the note
        f"{existing_name}x;Koordinator;;29 99 88 72;\r\n"  # a near duplicate of a demo contact
        "Kasper Østergaard;Gadeplansmedarbejder;Klubben Ørnen;;kasper@klubben.dk\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    return path


@pytest.fixture
def wizard(qtbot: QtBot, demo_copy: Path, danish: None):  # type: ignore[no-untyped-def]
    db = Database(demo_copy)
    tasks = TaskRunner()
    dialog = ImportDialog(db, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    tasks.wait()
    db.dispose()


def _to_preview(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    dialog.file_page.path.setText(str(path))
    dialog.next()
    qtbot.waitUntil(lambda: dialog.currentPage() is dialog.preview_page, timeout=15_000)


def test_import_with_a_bad_row_a_remapped_column_and_a_merged_duplicate(
    qtbot: QtBot, qtmodeltester, wizard: ImportDialog, demo_copy: Path, tmp_path: Path
) -> None:
    existing_id, existing_name = _existing(demo_copy)
    people_before = _query(demo_copy, "SELECT count(*) FROM person")[0][0]
    csv = _csv(tmp_path / "kontakter.csv", existing_name)
    _to_preview(qtbot, wizard, csv)
    assert wizard.windowTitle() == "Importér kontakter"
    for model in (wizard.mapping_model, wizard.rows_model, wizard.row_filter):
        qtmodeltester.check(model)

    # "Arbejdssted" is not a known header: not imported until the user maps it
    mapping = wizard.mapping_model.mapping()
    column = wizard.preview.table.headers.index("Arbejdssted")
    assert mapping[column] is None
    assert all(not r.shown["organisation"] for r in wizard.preview.rows)
    combo = wizard.preview_page.mapping_view.indexWidget(
        wizard.mapping_model.index(column, MappingModel.FIELD)
    )
    assert isinstance(combo, QComboBox)  # a persistent combo box per column
    combo.setCurrentIndex(combo.findData("organisation"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(
        lambda: wizard.preview.mapping[column] == "organisation" and not wizard.working, timeout=15_000
    )
    assert {r.shown["name"]: r.shown["organisation"] for r in wizard.preview.rows}[
        "Birthe Ærendal"
    ] == "Klubben Ørnen"
    qtmodeltester.check(wizard.rows_model)

    # the bad e-mail is shown with a Danish reason; the person is kept
    assert wizard.preview.rejected == []
    ((_number, issue),) = wizard.preview.cell_issues()
    assert (issue.column, issue.value) == ("E-mail", "ikke-en-mail")
    wizard.preview_page.filter.setCurrentIndex(1)  # rows with problems
    assert wizard.row_filter.rowCount() == 1
    wizard.preview_page.filter.setCurrentIndex(2)  # matches
    assert wizard.row_filter.rowCount() == 1
    proxy_index = wizard.row_filter.index(0, PreviewRowsModel.BECOMES)
    assert proxy_index.data(CHOICE_ROLE) == Decision.KEEP_BOTH.value  # only a similar name
    assert "Ny" in proxy_index.data() or "Behold" in proxy_index.data() or proxy_index.data()

    # choose merge with the combo box the delegate opens (F2 / double click)
    view = wizard.preview_page.rows_view
    view.setCurrentIndex(proxy_index)
    view.edit(proxy_index)
    editor = view.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData(Decision.MERGE.value))
    editor.activated.emit(editor.currentIndex())
    (duplicate,) = wizard.preview.duplicates
    assert wizard.preview.decision(duplicate) is Decision.MERGE
    assert duplicate.match is not None and duplicate.match.person_id == existing_id

    wizard.next()  # partnership page: leave "do not add"
    assert wizard.currentPage() is wizard.target
    wizard.next()  # confirmation
    assert wizard.currentPage() is wizard.confirm
    assert "3" in wizard.confirm.plan.text()
    assert _query(demo_copy, "SELECT count(*) FROM person")[0][0] == people_before  # nothing written yet

    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    summary = wizard.summary
    assert (summary.created, summary.merged, summary.skipped, len(summary.rejected)) == (3, 1, 0, 0)
    assert "Oprettet: 3" in wizard.summary_page.headline.text()
    assert "E-mail: »ikke-en-mail«" in wizard.summary_page.details.toPlainText()

    assert _query(demo_copy, "SELECT count(*) FROM person")[0][0] == people_before + 3
    assert _query(demo_copy, "SELECT email, note FROM person WHERE name = 'Uden Gyldig Mail'") == [
        (None, "Ikke indlæst: E-mail: ikke-en-mail")
    ]
    ((org,),) = _query(
        demo_copy,
        "SELECT o.name FROM person p JOIN organisation o ON o.id = p.organisation_id WHERE p.name = ?",
        "Birthe Ærendal",
    )
    assert org == "Klubben Ørnen"
    ((mobile, name),) = _query(demo_copy, "SELECT mobile, name FROM person WHERE id = ?", existing_id)
    assert mobile == "+4529998872" and name == existing_name  # merged: blank filled, name kept
    # the new contacts are in the search index
    assert (
        _query(demo_copy, "SELECT count(*) FROM person_search_token WHERE token = 'kasper@klubben.dk'")[0][0]
        == 1
    )


def test_cancel_before_confirm_writes_nothing(
    qtbot: QtBot, wizard: ImportDialog, demo_copy: Path, tmp_path: Path
) -> None:
    _id, existing_name = _existing(demo_copy)
    before = _query(demo_copy, "SELECT count(*), max(id) FROM person")
    orgs = _query(demo_copy, "SELECT count(*) FROM organisation")
    _to_preview(qtbot, wizard, _csv(tmp_path / "k.csv", existing_name))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.confirm
    wizard.reject()
    wizard.tasks.wait()
    assert wizard.summary is None
    assert _query(demo_copy, "SELECT count(*), max(id) FROM person") == before
    assert _query(demo_copy, "SELECT count(*) FROM organisation") == orgs


def test_an_unreadable_file_is_explained_on_the_first_page(
    qtbot: QtBot, wizard: ImportDialog, tmp_path: Path
) -> None:
    path = tmp_path / "billede.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.working, timeout=10_000)
    assert wizard.currentPage() is wizard.file_page
    assert "kan ikke indlæses" in wizard.file_page.status.text.text()


@pytest.fixture
def empty_wizard(qtbot: QtBot, sqlite_db: Database, danish: None):  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    dialog = ImportDialog(sqlite_db, tasks)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    yield dialog
    tasks.wait()


def _source_row(dialog: ImportDialog, name: str) -> int:
    model = dialog.rows_model
    return next(r for r in range(model.rowCount()) if model.row_at(r).shown["name"] == name)


def test_the_preview_marks_each_bad_cell_and_a_corrected_cell_is_checked_again(
    qtbot: QtBot,
    qtmodeltester,
    empty_wizard: ImportDialog,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from desktop.views.contacts.import_models import _BAD_CELL
    from tests.services.test_import_keeps_people import danish_excel_csv

    wizard = empty_wizard
    _to_preview(qtbot, wizard, danish_excel_csv(tmp_path / "kontakter.csv"))
    model = wizard.rows_model
    qtmodeltester.check(model)
    counts = wizard.preview_page.counts.text()
    assert "11 rækker" in counts and "1 med problemer" in counts
    assert "3 værdier kan ikke læses" in counts  # the Danish plural

    def cell(name: str, column: int):  # type: ignore[no-untyped-def]
        return model.index(_source_row(wizard, name), column)

    email = cell("Jens Vig", PreviewRowsModel.EMAIL)
    assert email.data() == "jens@@aarhus.dk"  # as typed, marked, explained
    assert email.data(Qt.ItemDataRole.BackgroundRole).color() == _BAD_CELL
    assert "ikke en gyldig e-mailadresse" in email.data(Qt.ItemDataRole.ToolTipRole)
    assert "gemmes i kontaktens note" in email.data(Qt.ItemDataRole.ToolTipRole)
    assert "E-mail: »jens@@aarhus.dk«" in cell("Jens Vig", PreviewRowsModel.WHY).data()
    assert (
        cell("Lone Berg", PreviewRowsModel.MOBILE).data(Qt.ItemDataRole.BackgroundRole).color() == _BAD_CELL
    )
    trade = cell("Peter Sand", PreviewRowsModel.TRADE)
    assert trade.data() == "Rumfart" and trade.data(Qt.ItemDataRole.BackgroundRole).color() == _BAD_CELL
    police = cell("Karin Holm", PreviewRowsModel.PHONE)
    assert police.data() == "114" and police.data(Qt.ItemDataRole.BackgroundRole) is None
    assert cell("Kasper Østergaard", PreviewRowsModel.TRADE).data() == "Gadeplansmedarbejder"
    # the filter "rows with problems": the three with a bad value and the nameless one
    wizard.preview_page.filter.setCurrentIndex(1)
    assert wizard.row_filter.rowCount() == 4
    wizard.preview_page.filter.setCurrentIndex(0)
    wizard.preview_page.rows_view.scrollTo(wizard.row_filter.mapFromSource(email))
    wizard.grab().save(str(tmp_path / "preview.png"))

    # correct the e-mail in the table: double-click, type, Enter; the row is checked again
    view = wizard.preview_page.rows_view

    def type_into_cell(index, text: str, was: str) -> None:  # type: ignore[no-untyped-def]
        proxy = wizard.row_filter.mapFromSource(index)
        view.scrollTo(proxy)
        rect = view.visualRect(proxy)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        editors = [e for e in view.findChildren(QLineEdit) if e.isVisible()]
        editor = editors[0] if len(editors) == 1 else None
        assert editor is not None and editor.text() == was
        QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(editor, text)
        QTest.keyClick(editor, Qt.Key.Key_Return)

    def row(number: int):  # type: ignore[no-untyped-def]
        return next(r for r in wizard.preview.rows if r.row_number == number)

    type_into_cell(email, "jens@aarhus.dk", "jens@@aarhus.dk")
    qtbot.waitUntil(lambda: not wizard.working and row(6).issues == (), timeout=15_000)
    fixed = cell("Jens Vig", PreviewRowsModel.EMAIL)
    assert fixed.data() == "jens@aarhus.dk" and fixed.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "2 værdier kan ikke læses" in wizard.preview_page.counts.text()

    # two corrections in a row, the second typed while the first is still being checked:
    # both are kept (the newest check carries every correction)
    import time

    slow_recheck = wizard.service.recheck

    def slowly(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.5)  # a big file: the check takes a while
        return slow_recheck(*args, **kwargs)

    monkeypatch.setattr(wizard.service, "recheck", slowly)
    type_into_cell(cell("Peter Sand", PreviewRowsModel.TRADE), "Tryghedsvandrer", "Rumfart")
    qtbot.waitUntil(lambda: wizard.working, timeout=5_000)  # the first is being checked...
    type_into_cell(cell("Peter Sand", PreviewRowsModel.TITLE), "Frivillig vandrer", "Tryghedsvandrer")
    qtbot.waitUntil(lambda: len(wizard.edits) == 3, timeout=5_000)  # ...when the second is typed
    assert row(12).shown["trade"] == "Rumfart"  # (the first check is not back yet)
    qtbot.waitUntil(
        lambda: not wizard.working and row(12).shown["title"] == "Frivillig vandrer", timeout=15_000
    )
    assert row(12).issues == () and row(6).issues == ()
    assert cell("Peter Sand", PreviewRowsModel.TRADE).data() == "Kommunale vægtere"
    assert "1 værdi kan ikke læses" in wizard.preview_page.counts.text()

    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.confirm
    assert "1 værdi, der ikke kan læses" in wizard.confirm.plan.text()
    wizard.next()  # Import
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)
    wizard.grab().save(str(tmp_path / "summary.png"))
    details = wizard.summary_page.details.toPlainText()
    assert "Række 11: Navn mangler." in details and "Række 7, Mobil: »2345 678«" in details
    assert "jens@@" not in details and "Rumfart" not in details
    assert wizard.summary is not None and wizard.summary.created == 10


def test_the_partnership_chosen_in_the_toolbar_is_offered_on_the_partnership_page(
    window,
    qtbot: QtBot,
    demo_copy: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Importing a network's list while working on it: the wizard's last step started at
    "(do not add to a partnership)" whatever the toolbar said (seen by fresh eyes)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    combo = window.partnership_choice
    qtbot.waitUntil(lambda: combo.count() >= 3, timeout=10_000)
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the first partnership, from the keyboard
    chosen = combo.currentText()
    assert combo.currentData() is not None
    window.import_action.trigger()
    wizard = window.findChild(ImportDialog)
    _id, existing_name = _existing(demo_copy)
    _to_preview(qtbot, wizard, _csv(tmp_path / "k.csv", existing_name))
    wizard.next()
    assert wizard.currentPage() is wizard.target
    qtbot.waitUntil(lambda: wizard.target.partnership.count() > 1, timeout=10_000)
    assert wizard.target.partnership.currentText() == chosen and wizard.target.role.isEnabled()
    wizard.reject()
    window.tasks.wait()

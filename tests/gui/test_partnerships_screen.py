"""Partnerskaber end to end on the real demo database: the flows a secretariat worker goes through."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.models.enums import AgreementStatus, MemberRole, StepStatus
from desktop.services.action_cards import ActionCardState
from desktop.services.contacts import ContactFilter
from desktop.services.registry import Services
from desktop.views.main_window import MainWindow
from desktop.views.partnerships.members import LEFT
from desktop.views.partnerships.models import ActionCardModel, StepTableModel
from desktop.views.partnerships.screen import (
    ACTION_CARD,
    AGREEMENT,
    CHECKLIST,
    DETAILS,
    MEMBERS,
    PartnershipsScreen,
)
from desktop.views.toolkit.conflict_dialog import ConflictDialog
from desktop.views.toolkit.privacy_hint import privacy_tooltip
from desktop.views.toolkit.tasks import TaskRunner
from desktop.views.toolkit.unsaved import Answer
from tests.gui.conftest import UnsavedAnswers, unsaved_names

pytestmark = pytest.mark.gui
SOLBAKKEN, HOTSPOT = "Tryghedsnetværk Solbakken", "Hotspot Nørreparken"
WAIT = 10_000


@pytest.fixture
def window(qtbot: QtBot, demo_copy: Path, danish: None) -> Iterator[MainWindow]:
    tasks = TaskRunner()
    win = MainWindow(tasks)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.database_opened, timeout=15_000):
        win.open_database(str(demo_copy))
    win.show_screen("partnerships")
    screen = win.screens["partnerships"]
    qtbot.waitUntil(lambda: screen.table.model().rowCount() == 2, timeout=WAIT)
    yield win
    tasks.wait()


def _conflict_dialog(holder: object, qtbot: QtBot) -> ConflictDialog:
    qtbot.waitUntil(
        lambda: getattr(holder, "conflict_dialog", None) is not None and holder.conflict_dialog.isVisible(),  # type: ignore[attr-defined]
        timeout=WAIT,
    )
    dialog = holder.conflict_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, ConflictDialog)
    return dialog


def _screen(window: MainWindow) -> PartnershipsScreen:
    screen = window.screens["partnerships"]
    assert isinstance(screen, PartnershipsScreen)
    return screen


def _open(window: MainWindow, qtbot: QtBot, name: str, tab: int) -> PartnershipsScreen:
    screen = _screen(window)
    pid = window.services.partnerships.id_by_name(name)
    screen.select(pid)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.id == pid, timeout=WAIT)
    screen.tabs.setCurrentIndex(tab)
    return screen


def test_ctrl_n_fill_ctrl_s_creates_a_partnership_shown_in_the_list(window: MainWindow, qtbot: QtBot) -> None:
    screen = _screen(window)
    assert window.new_action.isEnabled() and window.save_action.isEnabled()
    window.new_action.trigger()  # Ctrl+N
    assert screen.tabs.currentIndex() == DETAILS and screen.form.is_new
    assert screen.form.name.hasFocus() or not window.isActiveWindow()

    window.save_action.trigger()  # Ctrl+S with no name: the message stands beside the name field
    error = screen.form.findChild(QLabel, "error_name")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=WAIT)
    assert error.text() == "Partnerskabet skal have et navn."
    assert window.undo_stack.count() == 0  # a refused save leaves nothing to undo

    qtbot.keyClicks(screen.form.name, "Tryghedsnetværk Engparken")
    qtbot.keyClicks(screen.form.area, "Engparken, Høje-Taastrup")
    window.save_action.trigger()
    table = screen.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3, timeout=WAIT)
    names = {table.model().index(r, 0).data() for r in range(3)}
    assert "Tryghedsnetværk Engparken" in names
    qtbot.waitUntil(
        lambda: screen.detail is not None and screen.detail.name == "Tryghedsnetværk Engparken", timeout=WAIT
    )
    assert len(screen.detail.steps) == 18  # the idékatalog's checklist is ready
    qtbot.waitUntil(lambda: "Engparken, Høje-Taastrup" in screen.heading.text(), timeout=WAIT)
    assert screen.heading.text().startswith("<b>Tryghedsnetværk Engparken</b> – Engparken")
    screen.form.area.selectAll()
    qtbot.keyClick(screen.form.area, Qt.Key.Key_Delete)  # no area: the heading has no dangling dash
    window.save_action.trigger()
    qtbot.waitUntil(
        lambda: screen.heading.text().startswith("<b>Tryghedsnetværk Engparken</b><br>"), timeout=WAIT
    )
    assert not error.isVisible()
    assert privacy_tooltip() in screen.form.description.toolTip()
    assert "borgere" in screen.form.description.placeholderText()


def test_ticking_a_phase_step_saves_it_and_undo_restores_it(
    window: MainWindow, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    screen = _open(window, qtbot, HOTSPOT, CHECKLIST)
    model = screen.checklist.model
    qtbot.waitUntil(lambda: model.rowCount() == 18, timeout=WAIT)
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).status != StepStatus.DONE)
    step = model.row_at(row)
    table = screen.checklist.table
    table.setFocus()
    table.setCurrentIndex(model.index(row, StepTableModel.STEP))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # the keyboard way to tick a check box
    service = window.services.partnerships

    def status() -> StepStatus:
        return next(s for s in service.get(screen.detail.id).steps if s.id == step.id).status

    qtbot.waitUntil(lambda: status() == StepStatus.DONE, timeout=WAIT)
    saved = next(s for s in service.get(screen.detail.id).steps if s.id == step.id)
    assert saved.done_on == date.today()
    window.undo_action.trigger()  # Ctrl+Z
    qtbot.waitUntil(lambda: status() == step.status, timeout=WAIT)


def test_undo_of_a_step_a_colleague_changed_since_keeps_theirs(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = _open(window, qtbot, HOTSPOT, CHECKLIST)
    model = screen.checklist.model
    qtbot.waitUntil(lambda: model.rowCount() == 18, timeout=WAIT)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).status != StepStatus.DONE)
    step = model.row_at(row)
    reported: list[object] = []
    monkeypatch.setattr(screen, "report", reported.append)
    table = screen.checklist.table
    table.setFocus()
    table.setCurrentIndex(model.index(row, StepTableModel.STEP))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    service = window.services.partnerships

    def saved():  # type: ignore[no-untyped-def]
        return next(s for s in service.get(screen.detail.id).steps if s.id == step.id)

    qtbot.waitUntil(lambda: saved().status == StepStatus.DONE, timeout=WAIT)
    ticked = saved()
    service.set_step(step.id, StepStatus.DONE, date(2026, 1, 5), "Kollegaens note", version=ticked.version)
    window.undo_action.trigger()  # Ctrl+Z of my tick, over the colleague's newer edit
    qtbot.waitUntil(lambda: bool(reported), timeout=WAIT)
    assert type(reported[0]).__name__ == "EditConflict"
    assert (saved().status, saved().note) == (StepStatus.DONE, "Kollegaens note")


def test_adding_members_from_contacts_with_multi_select(window: MainWindow, qtbot: QtBot) -> None:
    screen = _open(window, qtbot, HOTSPOT, MEMBERS)
    panel = screen.members
    before = {m.person_id for m in screen.detail.members}
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.add_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 5, timeout=WAIT)
    # the first letter most people outside the partnership have in their names
    everyone = window.services.contacts.search(ContactFilter(), 0, 500).items
    letters = Counter(c.name[0].lower() for c in everyone if c.id not in before)
    qtbot.keyClicks(dialog.search, letters.most_common(1)[0][0])
    qtbot.waitUntil(lambda: 2 <= dialog.model.total < 40, timeout=WAIT)
    candidates = [r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).id not in before][:2]
    assert len(candidates) == 2
    selection = dialog.table.selectionModel()
    for r in candidates:
        selection.select(
            dialog.model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_list.count() == 2
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.STEERING_GROUP))
    chosen = [dialog.model.row_at(r) for r in candidates]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: panel.add_dialog is None, timeout=WAIT)

    qtbot.waitUntil(
        lambda: {p.id for p in chosen} <= {m.person_id for m in screen.detail.members}, timeout=WAIT
    )
    shown = {panel.model.index(r, 0).data() for r in range(panel.model.rowCount())}
    assert {p.name for p in chosen} <= shown
    panel.view.setCurrentIndex(panel.view.findData("steering"))
    steering = {panel.model.index(r, 0).data() for r in range(panel.model.rowCount())}
    assert {p.name for p in chosen} <= steering
    assert "Faggrupper" in panel.missing.text() or "idékatalog" in panel.missing.text()


def test_the_contact_pickers_count_groups_thousands(window: MainWindow, qtbot: QtBot) -> None:
    screen = _open(window, qtbot, HOTSPOT, MEMBERS)
    panel = screen.members
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.add_dialog
    assert dialog is not None
    total = window.services.contacts.count()
    qtbot.waitUntil(lambda: dialog.count.text() == f"{total} kontakter", timeout=WAIT)
    dialog.model.total_changed.emit(1234)  # a register the size of a municipality's
    assert dialog.count.text() == "1.234 kontakter"
    dialog.reject()


def test_ending_a_membership_shows_who_left(window: MainWindow, qtbot: QtBot) -> None:
    screen = _open(window, qtbot, HOTSPOT, MEMBERS)
    panel = screen.members
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT)
    member = panel.model.row_at(0)
    panel.table.setCurrentIndex(panel.table.model().index(0, 0))
    assert panel.end_button.isEnabled()
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    dialog = panel.end_dialog
    assert dialog is not None
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    service = window.services.partnerships

    def ended() -> date | None:
        return next(
            m.end_date
            for m in service.get(screen.detail.id).members
            if m.membership_id == member.membership_id
        )

    qtbot.waitUntil(lambda: ended() == date.today(), timeout=WAIT)
    panel.view.setCurrentIndex(panel.view.findData(LEFT))
    qtbot.waitUntil(
        lambda: any(panel.model.index(r, 0).data() == member.name for r in range(panel.model.rowCount())),
        timeout=WAIT,
    )
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: ended() is None, timeout=WAIT)


def test_correcting_a_membership_role_and_dates_refusal_conflict_and_undo(
    window: MainWindow, qtbot: QtBot
) -> None:
    screen = _open(window, qtbot, HOTSPOT, MEMBERS)
    panel = screen.members
    panel.view.setCurrentIndex(panel.view.findData("all"))
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT)
    member = next(
        panel.model.row_at(r) for r in range(panel.model.rowCount()) if panel.model.row_at(r).end_date is None
    )
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r) == member)
    panel.table.setCurrentIndex(panel.table.model().index(row, 0))
    service = window.services.partnerships

    def saved() -> tuple[MemberRole, date | None, date | None]:
        m = next(m for m in service.get(screen.detail.id).members if m.membership_id == member.membership_id)
        return m.role, m.start_date, m.end_date

    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = panel.edit_dialog
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # an end before the start is refused beside the field, and the dialog keeps the choices
    dialog.role.setCurrentIndex(dialog.role.findData(MemberRole.CHAIR))
    dialog.start.set_value(date(2025, 3, 1))
    dialog.end.set_value(date(2025, 2, 1))
    ok.click()
    error = dialog.errors.label_for("end_date")
    assert error is not None
    qtbot.waitUntil(lambda: "før start" in error.text(), timeout=WAIT)
    assert dialog.isVisible() and dialog.start.value() == date(2025, 3, 1)
    assert window.undo_stack.count() == 0  # nothing saved, nothing to undo
    # a colleague saves first: their version is named, mine kept; OK again saves mine
    service.update_membership(member.membership_id, member.version, role=MemberRole.SECRETARIAT)
    dialog.end.set_value(date(2025, 12, 31))
    ok.click()
    qtbot.waitUntil(lambda: "Sekretariat" in dialog.findChild(QLabel, "membershipError").text(), timeout=WAIT)
    assert dialog.isVisible() and dialog.role.currentData() == MemberRole.CHAIR
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert saved() == (MemberRole.CHAIR, date(2025, 3, 1), date(2025, 12, 31))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: saved() == (MemberRole.SECRETARIAT, member.start_date, None), timeout=WAIT)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: saved() == (MemberRole.CHAIR, date(2025, 3, 1), date(2025, 12, 31)), timeout=WAIT)


def test_building_the_action_card(window: MainWindow, qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    screen = _open(window, qtbot, SOLBAKKEN, ACTION_CARD)
    editor = screen.action_card
    qtbot.waitUntil(lambda: editor.base is not None and editor.model.rowCount() == 6, timeout=WAIT)
    model = editor.model
    qtmodeltester.check(model)
    assert "114" in editor.fixed.text() and "112" in editor.fixed.text()

    qtbot.mouseClick(editor.add_column_button, Qt.MouseButton.LeftButton)
    column = model.columnCount() - 1
    editor.grid.setCurrentIndex(model.index(0, column))
    dialog = editor.open_rename_dialog()
    assert dialog is not None
    dialog.setTextValue("Knallertkørsel")
    dialog.accept()
    assert model.problems[-1] == "Knallertkørsel"
    for row in (0, 2):
        assert model.setData(model.index(row, column), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    editor.add_row()
    model.setData(model.index(6, ActionCardModel.LABEL), "Natteravnene", Qt.ItemDataRole.EditRole)
    model.setData(model.index(6, column), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model)
    qtbot.waitUntil(
        lambda: editor.preview.data is not None and "Knallertkørsel" in editor.preview.data.problems,
        timeout=WAIT,
    )
    assert editor.dirty

    window.save_action.trigger()  # Ctrl+S on the action card tab
    service = window.services.action_cards
    pid = screen.detail.id
    qtbot.waitUntil(lambda: service.get(pid).problems[-1] == "Knallertkørsel", timeout=WAIT)
    card = service.get(pid)
    marked = {c.label for c in card.contacts if len(card.problems) - 1 in c.handles}
    assert marked == {card.contacts[0].label, card.contacts[2].label, "Natteravnene"}
    qtbot.waitUntil(lambda: not editor.dirty and editor.base.version == card.version, timeout=WAIT)


def test_agreement_draft_diff_approve_sign_then_read_only(window: MainWindow, qtbot: QtBot) -> None:
    screen = _open(window, qtbot, SOLBAKKEN, AGREEMENT)
    panel = screen.agreements
    qtbot.waitUntil(lambda: panel.version is not None and panel.version.summary.number == 2, timeout=WAIT)
    assert panel.version.summary.status == AgreementStatus.DRAFT
    first = panel.section_editors[0][1]
    assert not first.isReadOnly()
    first.moveCursor(first.textCursor().MoveOperation.End)
    qtbot.keyClicks(first, " Netværket mødes også i Engparken.")
    window.save_action.trigger()  # Ctrl+S
    service = window.services.agreements
    v2 = panel.version.summary.id
    qtbot.waitUntil(lambda: "mødes også i Engparken" in service.version(v2).sections[0][1], timeout=WAIT)

    qtbot.waitUntil(lambda: panel.compare_with.count() == 2, timeout=WAIT)
    assert panel.compare_with.currentText() == "Version 1"  # the signed version to compare with
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(line.startswith("+") and "Engparken" in line for line in panel.diff_lines), timeout=WAIT
    )
    assert "Engparken" in panel.diff_view.toPlainText()

    qtbot.waitUntil(lambda: panel.approve_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.version is not None and panel.version.summary.status == AgreementStatus.APPROVED,
        timeout=WAIT,
    )
    asked = []
    panel.confirm_sign = lambda question: asked.append(question) or True
    qtbot.waitUntil(lambda: panel.sign_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.version is not None and panel.version.summary.status == AgreementStatus.SIGNED,
        timeout=WAIT,
    )
    assert asked and "underskrevet" in asked[0]
    assert all(editor.isReadOnly() for _h, editor in panel.section_editors)
    assert not panel.save_button.isEnabled() and panel.revise_button.isEnabled()
    assert "skrivebeskyttede" in panel.status.text()


def test_edit_conflict_shows_both_versions_and_keep_mine_saves_mine(
    window: MainWindow, qtbot: QtBot, colleague: Services
) -> None:
    screen = _open(window, qtbot, SOLBAKKEN, DETAILS)
    form = screen.form
    qtbot.waitUntil(lambda: form.detail is not None, timeout=WAIT)
    pid, loaded = form.detail.id, form.detail.version
    form.area.selectAll()
    qtbot.keyClicks(form.area, "Solbakken, Engparken og Nørreparken")  # mine, not saved yet
    assert form.dirty
    colleague.partnerships.update(pid, loaded, area="Solbakken (kollegaens udgave)")  # saves first
    window.save_action.trigger()
    dialog = _conflict_dialog(screen, qtbot)
    theirs = dialog.findChild(QPlainTextEdit, "theirs_area").toPlainText()
    mine = dialog.findChild(QPlainTextEdit, "mine_area").toPlainText()
    assert theirs == "Solbakken (kollegaens udgave)"
    assert mine == "Solbakken, Engparken og Nørreparken"
    service = window.services.partnerships
    assert service.get(pid).area == theirs  # nothing overwritten while the user decides
    qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.get(pid).area == "Solbakken, Engparken og Nørreparken", timeout=WAIT)
    assert service.get(pid).version == loaded + 2
    qtbot.waitUntil(lambda: not form.dirty and form.detail.version == loaded + 2, timeout=WAIT)
    qtbot.waitUntil(lambda: screen.conflict_dialog is None, timeout=WAIT)  # closed, and forgotten


def test_agreement_text_a_colleague_saved_first_is_shown_beside_mine_and_merged(
    window: MainWindow, qtbot: QtBot, colleague: Services
) -> None:
    screen = _open(window, qtbot, SOLBAKKEN, AGREEMENT)
    panel = screen.agreements
    qtbot.waitUntil(lambda: panel.version is not None and bool(panel.section_editors), timeout=WAIT)
    heading, first = panel.section_editors[0]
    original = first.toPlainText()
    first.moveCursor(first.textCursor().MoveOperation.End)
    qtbot.keyClicks(first, " Mit tillæg.")
    assert panel.dirty
    assert panel.agreement is not None
    agreement_id, pid = panel.agreement.id, panel.agreement.partnership_id
    row = next(a for a in colleague.agreements.list(pid) if a.id == agreement_id)
    assert row.current is not None
    sections = list(colleague.agreements.version(row.current.id).sections)
    sections[0] = (heading, original + " Kollegaens tillæg.")
    colleague.agreements.save_sections(agreement_id, row.version, sections, "Kollega")  # saves first
    window.save_action.trigger()  # Ctrl+S on the agreement tab
    dialog = _conflict_dialog(panel, qtbot)
    assert dialog.findChild(QPlainTextEdit, f"theirs_{heading}").toPlainText().endswith("Kollegaens tillæg.")
    assert dialog.findChild(QPlainTextEdit, f"mine_{heading}").toPlainText().endswith("Mit tillæg.")
    merged = original + " Kollegaens tillæg. Mit tillæg."
    dialog.set_merged_text(heading, merged)
    qtbot.mouseClick(dialog.save_choice_button, Qt.MouseButton.LeftButton)
    service = window.services.agreements

    def saved_text() -> str:
        current = next(a for a in service.list(pid) if a.id == agreement_id).current
        assert current is not None
        return service.version(current.id).sections[0][1]

    qtbot.waitUntil(lambda: saved_text() == merged, timeout=WAIT)
    qtbot.waitUntil(
        lambda: not panel.dirty and panel.section_editors[0][1].toPlainText() == merged, timeout=WAIT
    )


def test_action_card_a_colleague_saved_first_is_shown_beside_mine_and_mine_kept(
    window: MainWindow, qtbot: QtBot, colleague: Services
) -> None:
    from dataclasses import replace

    screen = _open(window, qtbot, SOLBAKKEN, ACTION_CARD)
    editor = screen.action_card
    qtbot.waitUntil(lambda: editor.base is not None, timeout=WAIT)
    pid = screen.detail.id
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Mit kort")
    assert editor.dirty
    card = colleague.action_cards.get(pid)
    colleague.action_cards.save(replace(card, title="Kollegaens kort"))  # saves first
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    dialog = _conflict_dialog(editor, qtbot)
    assert dialog.findChild(QPlainTextEdit, "theirs_title").toPlainText() == "Kollegaens kort"
    assert dialog.findChild(QPlainTextEdit, "mine_title").toPlainText() == "Mit kort"
    service = window.services.action_cards
    assert service.get(pid).title == "Kollegaens kort"  # nothing overwritten while the user decides
    qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.get(pid).title == "Mit kort", timeout=WAIT)
    qtbot.waitUntil(lambda: not editor.dirty and editor.title.text() == "Mit kort", timeout=WAIT)


def test_switching_partnership_with_unsaved_edits_asks_first(
    window: MainWindow, qtbot: QtBot, unsaved_answers: UnsavedAnswers
) -> None:
    screen = window.screens["partnerships"]
    window.show_screen("partnerships")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and screen.form.detail is not None, timeout=10_000)
    first = screen.form.detail.id
    other = next(r.id for r in screen.model.rows() if r.id != first)
    unsaved_answers.answer = Answer.CANCEL
    screen.form.area.clear()
    qtbot.keyClicks(screen.form.area, "Et område, jeg er ved at skrive")
    assert screen.form.dirty
    screen.select(other)
    assert len(unsaved_answers.asked) == 1 and screen.selected_id() == first
    assert screen.form.area.text() == "Et område, jeg er ved at skrive"

    unsaved_answers.answer = Answer.DISCARD
    screen.select(other)
    qtbot.waitUntil(lambda: screen.form.detail is not None and screen.form.detail.id == other, timeout=10_000)
    assert not screen.form.dirty


def test_agreement_and_action_card_tabs_load_when_opened_and_follow_the_selection(
    window: MainWindow, qtbot: QtBot
) -> None:
    screen = _open(window, qtbot, SOLBAKKEN, AGREEMENT)
    panel, editor = screen.agreements, screen.action_card
    solbakken = screen.detail.id
    qtbot.waitUntil(lambda: panel.agreement is not None and panel.version is not None, timeout=WAIT)
    assert editor.base is None  # the action card tab has not been opened yet: nothing read for it

    hotspot = window.services.partnerships.id_by_name(HOTSPOT)
    screen.select(hotspot)  # on the agreement tab: it follows at once
    qtbot.waitUntil(lambda: panel.partnership_id == hotspot and panel.agreement is None, timeout=WAIT)
    assert "ingen aftale" in panel.title.text() or "no agreement" in panel.title.text()

    screen.tabs.setCurrentIndex(DETAILS)
    screen.select(solbakken)
    qtbot.waitUntil(lambda: screen.detail is not None and screen.detail.id == solbakken, timeout=WAIT)
    assert panel.partnership_id == hotspot  # not on show: left until opened
    screen.tabs.setCurrentIndex(AGREEMENT)
    qtbot.waitUntil(lambda: panel.agreement is not None and panel.partnership_id == solbakken, timeout=WAIT)
    screen.tabs.setCurrentIndex(ACTION_CARD)
    qtbot.waitUntil(lambda: editor.base is not None and editor.base.partnership_id == solbakken, timeout=WAIT)
    assert editor.model.rowCount() == 6


def test_a_card_load_answered_after_the_user_began_typing_keeps_the_typing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F5 while the card is shown; the answer comes after the first keys in the title."""
    import threading

    screen = _open(window, qtbot, SOLBAKKEN, ACTION_CARD)
    editor = screen.action_card
    qtbot.waitUntil(lambda: editor.base is not None and not editor.dirty, timeout=WAIT)
    service = window.services.action_cards
    pid = screen.detail.id
    saved_title = service.get(pid).title
    real_get = service.get
    asked, release = threading.Event(), threading.Event()

    def held_get(partnership_id: int) -> ActionCardState:  # the real read, held back until released
        asked.set()
        release.wait(timeout=30)
        return real_get(partnership_id)

    monkeypatch.setattr(service, "get", held_get)
    try:
        window.refresh_action.trigger()  # F5
        qtbot.waitUntil(asked.is_set, timeout=WAIT)
        editor.title.setFocus()
        editor.title.selectAll()
        qtbot.keyClicks(editor.title, "Skrevet mens kortet hentes")
        assert editor.dirty
    finally:
        with qtbot.waitSignal(window.tasks.busy_changed, timeout=WAIT, check_params_cb=lambda busy: not busy):
            release.set()  # the load's answer arrives now
    window.tasks.wait()
    assert editor.title.text() == "Skrevet mens kortet hentes"
    assert editor.dirty and editor.save_button.isEnabled()
    assert unsaved_names(window) == [f"actioncardet for {SOLBAKKEN}"]  # closing would ask
    assert real_get(pid).title == saved_title  # nothing saved behind the user's back


def test_while_another_partnerships_card_loads_the_old_card_is_not_there_to_type_into(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    screen = _open(window, qtbot, SOLBAKKEN, ACTION_CARD)
    editor = screen.action_card
    qtbot.waitUntil(lambda: editor.base is not None, timeout=WAIT)
    service = window.services.action_cards
    hotspot = window.services.partnerships.id_by_name(HOTSPOT)
    real_get = service.get
    asked, release = threading.Event(), threading.Event()

    def held_get(partnership_id: int) -> ActionCardState:
        asked.set()
        release.wait(timeout=30)
        return real_get(partnership_id)

    monkeypatch.setattr(service, "get", held_get)
    try:
        screen.select(hotspot)  # the user clicks the other partnership in the list
        qtbot.waitUntil(asked.is_set, timeout=WAIT)
        assert editor.title.text() == "" and not editor.title.isEnabled()
        assert not editor.save_button.isEnabled() and editor.model.rowCount() == 0
    finally:
        with qtbot.waitSignal(window.tasks.busy_changed, timeout=WAIT, check_params_cb=lambda busy: not busy):
            release.set()
    qtbot.waitUntil(lambda: editor.base is not None and editor.base.partnership_id == hotspot, timeout=WAIT)
    assert editor.title.isEnabled() and editor.title.text() == real_get(hotspot).title
    window.tasks.wait()

"""Strategi og initiativer on the real demo database: documents, approval, coverage, the goal tree."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.enums import InitiativeStatus
from desktop.views.main_window import MainWindow
from desktop.views.strategy.screen import StrategyScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(window: MainWindow, qtbot: QtBot) -> StrategyScreen:
    window.show_screen("strategy")
    screen = window.screens["strategy"]
    assert isinstance(screen, StrategyScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 8, timeout=10_000)
    return screen


def test_write_an_initiative_serving_two_sub_goals_and_approve_it(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    services = window.services
    tree = screen.data.tree
    gap = screen.coverage_model.empty_sub_goals()
    assert len(gap) == 1  # the demo's sub-goal 4 has no initiative
    first, gap_id = tree.sub_goals[0].id, gap[0]

    window.new_action.trigger()  # Ctrl+N
    form = screen.form
    assert form.detail is None and screen.tabs.currentIndex() == screen.INITIATIVES
    qtbot.keyClicks(form.title, "Kend dine naboer")
    form.description.setPlainText("Fællesspisning og gårdfester i Engparken.")
    form.contributions.boxes[first].setChecked(True)
    form.contributions.texts[first].setPlainText("Flere voksne ude om aftenen.")
    form.contributions.boxes[gap_id].setChecked(True)
    form.contributions.texts[gap_id].setPlainText("Beboerne lærer hinanden at kende.")
    window.save_action.trigger()  # Ctrl+S
    qtbot.waitUntil(lambda: form.detail is not None and form.detail.fields["title"] == "Kend dine naboer",
                    timeout=10_000)  # fmt: skip
    new_id = form.detail.id
    assert set(form.detail.contributions) == {first, gap_id}
    qtbot.waitUntil(lambda: screen.coverage_model.empty_sub_goals() == [], timeout=10_000)
    assert screen.coverage_model.serves(new_id, gap_id) and screen.coverage_model.serves(new_id, first)
    qtmodeltester.check(screen.coverage_model)
    qtmodeltester.check(screen.model)

    # approve at a steering-group meeting
    assert form.meeting.count() > 0 and form.meeting.currentData() is not None
    meeting_id, day = form.meeting_choice()
    assert services.meetings.get(meeting_id).row.type_label == "Styregruppemøde"
    form.approve_button.click()
    qtbot.waitUntil(lambda: form.detail is not None and form.detail.approved_on == day, timeout=10_000)
    assert services.strategy.initiative(new_id).approved_meeting_id == meeting_id
    assert "Godkendt" in form.approval_state.text()

    # Ctrl+Z withdraws the approval
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: services.strategy.initiative(new_id).approved_on is None, timeout=10_000)


def test_an_initiative_without_sub_goals_cannot_be_approved(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot
) -> None:
    orphan = next(r for r in screen.model.rows() if not r.sub_goal_codes)
    screen.show_object("Initiative", orphan.id)
    form = screen.form
    qtbot.waitUntil(lambda: form.detail is not None and form.detail.id == orphan.id, timeout=10_000)
    assert orphan.id in screen.coverage_model.empty_initiatives()
    form.approve_button.click()
    qtbot.waitUntil(lambda: bool(form.errors.message("contributions")), timeout=10_000)
    assert "kan ikke godkendes" in form.errors.message("contributions")
    assert window.services.strategy.initiative(orphan.id).approved_on is None


def test_a_ticked_sub_goal_needs_its_text_and_a_title_is_required(
    screen: StrategyScreen, qtbot: QtBot
) -> None:
    screen.create_new()
    form = screen.form
    sub = screen.data.tree.sub_goals[0].id
    form.contributions.boxes[sub].setChecked(True)
    form.title.setText("Uden tekst")
    screen.save()
    assert "Skriv, hvordan initiativet bidrager" in form.errors.message("contributions")
    form.contributions.texts[sub].setPlainText("Sådan.")
    form.title.setText("")
    screen.save()
    qtbot.waitUntil(lambda: bool(form.errors.message("title")), timeout=10_000)
    assert "titel" in form.errors.message("title")


def test_goal_tree_add_edit_and_undo(window: MainWindow, screen: StrategyScreen, qtbot: QtBot) -> None:
    services, sid = window.services, screen.data.tree.id
    screen.tabs.setCurrentIndex(screen.GOALS)
    panel = screen.goals
    goal = screen.data.tree.goals[0]
    assert panel.select_node("goal", goal.id)
    panel.start_new("sub_goal")
    panel.code.setText("5")
    panel.title.setText("Færre unge i grupper ved centret")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: any(s.code == "5" for s in services.strategy.tree(sid).sub_goals), timeout=10_000)
    qtbot.waitUntil(lambda: any(s.code == "5" for s in screen.data.tree.sub_goals), timeout=10_000)

    assert panel.select_node("goal", goal.id)
    panel.title.setText("Tryghed på niveau med resten af kommunen")
    panel.save()
    qtbot.waitUntil(lambda: services.strategy.tree(sid).goals[0].title.endswith("kommunen"), timeout=10_000)
    # the edit joins the undo stack when its result is back on the GUI thread, a moment after
    # the database has it: wait for it as a user would see "Fortryd ..." in the menu
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=10_000)
    window.undo_action.trigger()  # back to the old title
    qtbot.waitUntil(lambda: services.strategy.tree(sid).goals[0].title == goal.title, timeout=10_000)
    window.undo_action.trigger()  # and the new sub-goal is gone again, despite the tree's newer version
    qtbot.waitUntil(
        lambda: not any(s.code == "5" for s in services.strategy.tree(sid).sub_goals), timeout=10_000
    )

    panel.start_new("focus_area")
    panel.save()  # empty name
    qtbot.waitUntil(lambda: bool(panel.errors.message("name")), timeout=10_000)
    assert "navn" in panel.errors.message("name")


def test_delete_initiative_asks_first(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.views.strategy.screen as module

    target = screen.model.rows()[-1]
    screen.show_object("Initiative", target.id)
    qtbot.waitUntil(
        lambda: screen.form.detail is not None and screen.form.detail.id == target.id, timeout=10_000
    )
    asked: list[str] = []
    monkeypatch.setattr(module, "confirm_delete", lambda _parent, what: asked.append(what) or False)
    screen.delete_button.click()
    assert asked and target.title in asked[0]
    monkeypatch.setattr(module, "confirm_delete", lambda _parent, _what: True)
    screen.delete_button.click()
    qtbot.waitUntil(lambda: all(r.id != target.id for r in screen.model.rows()), timeout=10_000)


def test_a_refresh_keeps_the_goal_being_typed(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot
) -> None:
    """A change saved elsewhere reloads the tree; the new item half-written in the editor stays."""
    services, sid = window.services, screen.data.tree.id
    screen.tabs.setCurrentIndex(screen.GOALS)
    panel = screen.goals
    panel.start_new("focus_area")
    panel.title.setText("Belysning ved stationen")
    services.strategy.add_focus_area(sid, "Kolleges indsatsområde")  # saved by someone else
    qtbot.waitUntil(
        lambda: "Kolleges indsatsområde" in dict(screen.data.tree.focus_areas).values(), timeout=10_000
    )
    window.tasks.wait()
    assert panel.title.text() == "Belysning ved stationen"
    assert panel.editing() is not None and panel.editing()[:2] == ("focus_area", None)


def test_approving_then_saving_keeps_contributions_and_focus_area(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot
) -> None:
    """The refresh after an approval rebuilds the form's lists; the document must stay on it."""
    row = next(
        r for r in screen.model.rows()
        if r.sub_goal_codes and r.focus_area and r.status != InitiativeStatus.APPROVED
    )  # fmt: skip
    screen.show_object("Initiative", row.id)
    form = screen.form
    qtbot.waitUntil(lambda: form.detail is not None and form.detail.id == row.id, timeout=10_000)
    saved = window.services.strategy.initiative(row.id)
    refreshed: list[bool] = []
    screen.data_shown.connect(lambda: refreshed.append(True))
    form.approve_button.click()
    qtbot.waitUntil(lambda: form.detail.approved_on is not None and bool(refreshed), timeout=10_000)
    qtbot.wait(200)
    assert form.contributions.contributions() == saved.contributions
    assert form.focus_area.currentData() == saved.fields["focus_area_id"]
    assert not form.dirty

    form.save_button.click()
    qtbot.wait(300)
    after = window.services.strategy.initiative(row.id)
    assert after.contributions == saved.contributions
    assert after.fields["focus_area_id"] == saved.fields["focus_area_id"]
    assert after.approved_on is not None


def test_approval_refused_is_said_beside_the_button(screen: StrategyScreen, qtbot: QtBot) -> None:
    orphan = next(r for r in screen.model.rows() if not r.sub_goal_codes)
    screen.show_object("Initiative", orphan.id)
    form = screen.form
    qtbot.waitUntil(lambda: form.detail is not None and form.detail.id == orphan.id, timeout=10_000)
    assert form.approve_button.isEnabled()  # not a greyed button: clicking says why
    assert form.approval_hint.isVisible() and "delmål" in form.approval_hint.text()
    form.description.setPlainText(form.description.toPlainText() + " Mere tekst.")
    form.approve_button.click()
    assert "ikke er gemt" in form.approval_hint.text()


def test_a_refresh_keeps_the_contributions_being_typed(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot
) -> None:
    """A colleague's save (or any refresh) rebuilds the lists; the unsaved ticks and texts stay."""
    row = next(r for r in screen.model.rows() if r.sub_goal_codes)
    screen.show_object("Initiative", row.id)
    form = screen.form
    qtbot.waitUntil(lambda: form.detail is not None and form.detail.id == row.id, timeout=10_000)
    free = next(sid for sid, box in form.contributions.boxes.items() if not box.isChecked())
    form.contributions.boxes[free].setChecked(True)
    form.contributions.texts[free].setPlainText("Skrevet, ikke gemt endnu.")
    typed = form.contributions.contributions()
    areas = [form.focus_area.itemData(i) for i in range(form.focus_area.count())]
    other_area = next(a for a in areas if a is not None and a != form.focus_area.currentData())
    form.focus_area.setCurrentIndex(form.focus_area.findData(other_area))
    assert form.dirty
    shown: list[bool] = []
    screen.data_shown.connect(lambda: shown.append(True))
    screen.refresh()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.wait(200)
    assert form.contributions.contributions() == typed
    assert form.focus_area.currentData() == other_area
    assert form.dirty


def test_a_focus_area_without_a_name_is_told_under_its_name_box(
    window: MainWindow, screen: StrategyScreen, qtbot: QtBot
) -> None:
    """The service calls the box "name" (a focus area's, a strategy's); the editor shows it as
    its title box: the message goes under that box and the cursor into it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    screen.tabs.setCurrentIndex(screen.GOALS)
    panel, sid = screen.goals, screen.data.tree.id
    areas = window.services.strategy.tree(sid).focus_areas
    qtbot.mouseClick(panel.findChild(QPushButton, "addFocusArea"), Qt.MouseButton.LeftButton)
    panel.save_button.setFocus()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # Tilføj, with the name empty
    message = panel.findChild(QLabel, "error_title")
    qtbot.waitUntil(lambda: message.isVisible() and "navn" in message.text(), timeout=10_000)
    assert QApplication.focusWidget() is panel.title
    assert window.services.strategy.tree(sid).focus_areas == areas  # nothing saved

"""Journey: a strategy like Tryg i Aarhus, built from an empty database by mouse and keyboard.

Partnership first (Partnerskaber), then Strategi og initiativer: the strategy with its vision,
an overall goal with its success criterion, three delmål, two focus areas, an initiative
document serving two delmål; an initiative without a delmål is refused in words; the good one
is approved and saved again, and after leaving the screen and coming back its contributions
and focus area are still there; coverage shows the third delmål as a gap.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from tests.journeys.conftest import Journey

VISION = "Alle borgere i Aarhus skal opleve sig som trygge hver dag."
GOAL = "Tryghedsniveauet i Aarhus skal være på niveau med eller bedre end i de øvrige store byer"
CRITERION = "Politiets årlige tryghedsindeks"
SUB_GOALS = (
    ("1", "Målgruppen oplever mindre utryghedsskabende adfærd eller kriminalitet i nabolaget"),
    ("2", "Målgruppen er mindre utryg ved den adfærd og kriminalitet, der forekommer"),
    ("3", "Mængden af kriminalitet i Aarhus Kommune falder"),
)
FOCUS_AREAS = ("Indbrudsforebyggelse og nabohjælp", "Digital tryghed")
INITIATIVE = "Tryghedspartnere i fællesrådene"
CONTRIBUTIONS = {
    "1": "Tryghedspartnerne får naboerne til at holde øje med hinandens huse.",
    "2": "Information om nabohjælp gør beboerne mindre utrygge ved indbrud.",
}
ANYWHERE = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
ORPHAN = "Kampagne om sikker færdsel på nettet"


def choose(journey: Journey, combo: QComboBox, text: str) -> None:
    """Open a combo box with the mouse, walk to the item with the arrow keys and press Enter.

    (A click on the list right after it opens is taken by Qt as the end of the opening click.)"""
    row = combo.findText(text)
    assert row >= 0, f"{text!r} is not in {combo.objectName() or combo}"
    journey.click(combo, settle=False)
    view = combo.view()
    journey.wait_until(view.isVisible)
    current = view.currentIndex().row()
    key = Qt.Key.Key_Down if row > current else Qt.Key.Key_Up
    for _ in range(abs(row - current)):
        QTest.keyClick(view, key)
    QTest.keyClick(view, Qt.Key.Key_Return)
    journey.settle()
    # the offscreen platform gives no window back its activation when a popup closes (a window
    # manager does): without this, keyboard focus would go nowhere for the rest of the journey
    if not combo.window().isActiveWindow():
        combo.window().activateWindow()
        journey.wait_until(combo.window().isActiveWindow)
        journey.settle()
    assert combo.currentText() == text


def click_tab(journey: Journey, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    journey.settle()
    assert tabs.currentIndex() == index


def in_view(area: QScrollArea, widget: QWidget) -> bool:
    """Whether the widget is wholly inside the scroll area's visible part (or as much as fits)."""
    top = widget.mapTo(area.widget(), QPoint(0, 0)).y() - area.verticalScrollBar().value()
    height = area.viewport().height()
    return top >= 0 and top + min(widget.height(), height) <= height


def scroll_to(journey: Journey, area: QScrollArea, widget: QWidget) -> None:
    """Page the scroll area down or up by clicking its scroll bar until the widget is in view."""
    bar = area.verticalScrollBar()
    for _ in range(40):
        if in_view(area, widget):
            return
        assert bar.isVisible(), "the widget is out of view and there is no scroll bar"
        down = widget.mapTo(area.widget(), QPoint(0, 0)).y() > bar.value()
        assert bar.value() < bar.maximum() if down else bar.value() > bar.minimum(), "cannot scroll further"
        y = bar.height() - 25 if down else 25  # the trough below or above the handle
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, y))
        journey.settle(10)
    raise AssertionError(f"{widget.objectName() or widget} never came into view")


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashing_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys that a button, tab or menu shares with anything else shown.

    (Labels may share a letter: Alt then moves between their fields. A shared button or tab
    only takes the focus, it is not pressed.)"""
    actors: dict[str, list[str]] = {}
    labels: dict[str, list[str]] = {}
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and (key := mnemonic(button.text())):
            actors.setdefault(key, []).append(button.text())
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()) if bar.isVisible() else ():
            if key := mnemonic(bar.tabText(i)):
                actors.setdefault(key, []).append(bar.tabText(i))
    for action in window.menuBar().actions():
        if key := mnemonic(action.text()):
            actors.setdefault(key, []).append(action.text())
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and (key := mnemonic(label.text())):
            labels.setdefault(key, []).append(label.text())
    return {
        key: names + labels.get(key, []) for key, names in actors.items() if len(names) > 1 or key in labels
    }


def tree_item_texts(tree: QTreeWidget) -> list[str]:
    texts: list[str] = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        texts.append(item.text(0))
        stack[:0] = [item.child(i) for i in range(item.childCount())]  # depth first, as shown
    return texts


def sub_goal_box(journey: Journey, code: str) -> tuple[QCheckBox, QPlainTextEdit]:
    """The tick and the text of a delmål on the initiative form, found by its code as shown."""
    form = journey.find(QWidget, "initiativeForm")
    box = next(b for b in form.findChildren(QCheckBox) if b.objectName().startswith("serves_")
               and b.isVisible() and b.text().replace("&", "") == f"{code}.")  # fmt: skip
    sub_id = box.objectName().removeprefix("serves_")
    text = next(t for t in form.findChildren(QPlainTextEdit, f"contribution_{sub_id}") if t.isVisible())
    return box, text


def add_node(journey: Journey, button: str, title: str, text: str = "", code: str = "") -> None:
    """Add a goal, delmål or focus area in the goal tree's editor and wait for it in the tree."""
    journey.click(journey.find(QPushButton, button))
    if code:
        journey.type_into(journey.find(QLineEdit, "nodeCode"), code)
    journey.type_into(journey.find(QLineEdit, "nodeTitle"), title)
    if text:
        journey.type_into(journey.find(QPlainTextEdit, "nodeText"), text)
    journey.click(journey.find(QPushButton, "saveNode"))
    tree = journey.find(QTreeWidget, "goalTree")
    shown = f"{code}. {title}" if code else title
    journey.wait_until(lambda: shown in tree_item_texts(tree))
    journey.settle()


def initiative_row(table: QTableView, title: str) -> int:
    model = table.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == title]
    assert rows, f"{title!r} is not in the initiative list"
    return rows[0]


# an open combo-box list on the offscreen platform (a window manager raises it and grabs keys)
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing")
def test_build_a_strategy_approve_an_initiative_and_see_the_gap(journey: Journey) -> None:
    # -- nothing yet: the strategy screen says what to do first -------------------------
    journey.go_to("strategy")
    guidance = journey.find(QLabel, "strategyGuidance")
    assert "Opret først et partnerskab" in guidance.text()
    assert not journey.find(QPushButton, "newStrategy").isEnabled()

    # -- a partnership, minimal ---------------------------------------------------------
    journey.go_to("partnerships")
    journey.click(journey.find(QPushButton, "newPartnershipButton"))
    journey.type_into(journey.find(QLineEdit, "partnershipName"), "Tryg i Aarhus")
    journey.click(journey.find(QPushButton, "savePartnershipButton"))
    table = journey.find(QTableView, "partnershipTable")
    journey.wait_until(lambda: table.model().rowCount() == 1)

    # -- the only partnership is chosen in the toolbar for the user ---------------------
    journey.go_to("strategy")
    assert journey.find(QComboBox, "partnershipChoice").currentText() == "Tryg i Aarhus"
    assert "Partnerskabet har endnu ingen strategi" in guidance.text() and guidance.isVisible()
    choose(journey, journey.find(QComboBox, "partnershipChoice"), "Tryg i Aarhus")
    journey.wait_until(lambda: "ingen strategi" in guidance.text())
    # no strategy yet: the screen shows where one begins, not an empty, disabled initiative form
    tabs = journey.find(QTabWidget, "strategyTabs")
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Mål og fokusområder"

    # -- the strategy with its vision -----------------------------------------------------
    journey.click(journey.find(QPushButton, "newStrategy"))
    tabs = journey.find(QTabWidget, "strategyTabs")
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == "Mål og fokusområder"
    name = journey.find(QLineEdit, "nodeTitle")
    assert name.hasFocus()
    QTest.keyClicks(name, "Tryg i Aarhus")
    journey.type_into(journey.find(QPlainTextEdit, "nodeText"), VISION)
    journey.screenshot("strategy-new")
    journey.click(journey.find(QPushButton, "saveNode"))
    vision = journey.find(QLabel, "visionLabel")
    journey.wait_until(lambda: VISION in vision.text())
    assert not guidance.isVisible()
    assert journey.find(QComboBox, "strategyChoice").currentText() == "Tryg i Aarhus"

    # -- an overall goal, three delmål, two focus areas -------------------------------------
    add_node(journey, "addGoal", GOAL, CRITERION)
    for code, title in SUB_GOALS:
        add_node(journey, "addSubGoal", title, code=code)
    for area in FOCUS_AREAS:
        add_node(journey, "addFocusArea", area)
    tree = journey.find(QTreeWidget, "goalTree")
    texts = tree_item_texts(tree)
    assert texts[:2] == ["Tryg i Aarhus", GOAL]
    assert [f"{c}. {t}" for c, t in SUB_GOALS] == texts[2:5]
    assert texts[5:] == ["Fokusområder", *FOCUS_AREAS]
    journey.screenshot("strategy-goals")

    # -- the initiative document, serving delmål 1 and 2 --------------------------------------
    click_tab(journey, tabs, "Initiativer")
    journey.click(journey.find(QPushButton, "newInitiative"))
    title = journey.find(QLineEdit, "initiativeTitle")
    assert title.hasFocus()
    QTest.keyClicks(title, INITIATIVE)
    scroll = journey.find(QScrollArea, "initiativeScroll")
    focus_area = journey.find(QComboBox, "initiativeFocusArea")
    scroll_to(journey, scroll, focus_area)
    choose(journey, focus_area, FOCUS_AREAS[0])
    for code, text in CONTRIBUTIONS.items():
        box, contribution = sub_goal_box(journey, code)
        scroll_to(journey, scroll, box)
        journey.click(box)
        assert box.isChecked() and contribution.hasFocus()  # ticking moves on to the text
        QTest.keyClicks(contribution, text)
    journey.shortcut("Ctrl+S")
    initiatives = journey.find(QTableView, "initiativeTable")
    journey.wait_until(lambda: initiatives.model().rowCount() == 1)
    journey.settle()
    assert initiatives.model().index(0, 1).data() == "1, 2"

    # -- an initiative serving no delmål cannot be approved: the reason is shown --------------
    journey.click(journey.find(QPushButton, "newInitiative"))
    QTest.keyClicks(journey.find(QLineEdit, "initiativeTitle"), ORPHAN)
    journey.click(journey.find(QPushButton, "saveInitiative"))
    journey.wait_until(lambda: initiatives.model().rowCount() == 2)
    journey.settle()
    form = journey.find(QWidget, "initiativeForm")
    assert journey.find(QLineEdit, "initiativeTitle").text() == ORPHAN
    approve = journey.find(QPushButton, "approveButton")
    hint = form.findChild(QLabel, "approvalHint")
    scroll_to(journey, scroll, approve)
    journey.click(approve)  # enabled: clicking it explains
    assert hint.isVisible() and "delmål" in hint.text(), hint.text()
    assert in_view(scroll, hint) and in_view(scroll, approve)  # the reason is on the screen
    state = journey.find(QLabel, "approvalState")
    assert "Godkendt" not in state.text()
    journey.screenshot("strategy-refused")

    # -- approve the good one (no meeting entered yet: dated today), then Gem initiativ -----
    journey.click_row(initiatives, initiative_row(initiatives, INITIATIVE))
    journey.wait_until(lambda: journey.find(QLineEdit, "initiativeTitle").text() == INITIATIVE)
    assert not hint.isVisible()
    meeting = journey.find(QComboBox, "approvalMeeting")
    assert meeting.currentText() == "Intet registreret møde (dags dato)"
    scroll_to(journey, scroll, approve)
    journey.click(approve)
    journey.wait_until(lambda: "Godkendt" in state.text())
    journey.settle()
    save = journey.find(QPushButton, "saveInitiative")
    assert journey.window.rect().contains(save.mapTo(journey.window, save.rect().bottomRight()))  # in view
    journey.click(save)
    journey.settle()
    assert "Godkendt" in initiatives.model().index(initiative_row(initiatives, INITIATIVE), 2).data()
    journey.screenshot("strategy-initiative")

    # -- away and back: the document is whole --------------------------------------------------
    journey.go_to("overview")
    journey.go_to("strategy")
    initiatives = journey.find(QTableView, "initiativeTable")
    journey.click_row(initiatives, initiative_row(initiatives, ORPHAN))
    journey.click_row(initiatives, initiative_row(initiatives, INITIATIVE))
    journey.wait_until(lambda: journey.find(QLineEdit, "initiativeTitle").text() == INITIATIVE)
    assert journey.find(QComboBox, "initiativeFocusArea").currentText() == FOCUS_AREAS[0]
    for code, text in CONTRIBUTIONS.items():
        box, contribution = sub_goal_box(journey, code)
        assert box.isChecked() and contribution.toPlainText() == text
    third, third_text = sub_goal_box(journey, "3")
    assert not third.isChecked() and third_text.toPlainText() == ""
    assert "Godkendt" in journey.find(QLabel, "approvalState").text()
    assert initiatives.model().index(initiative_row(initiatives, INITIATIVE), 1).data() == "1, 2"
    assert initiatives.model().index(initiative_row(initiatives, ORPHAN), 1).data() == "⚠ ingen"

    # -- coverage: delmål 3 is a gap, the campaign serves no delmål ----------------------------
    click_tab(journey, journey.find(QTabWidget, "strategyTabs"), "Dækning")
    gaps = journey.find(QLabel, "coverageGaps")
    assert f"3. {SUB_GOALS[2][1]}" in gaps.text()
    assert "1. " not in gaps.text() and "2. " not in gaps.text()
    assert ORPHAN in gaps.text()
    matrix = journey.find(QTableView, "coverageMatrix")
    assert matrix.model().rowCount() >= 2
    journey.screenshot("strategy-coverage")

    # the tree says the same
    click_tab(journey, journey.find(QTabWidget, "strategyTabs"), "Mål og fokusområder")
    tree = journey.find(QTreeWidget, "goalTree")
    gap_item = tree.findItems(f"3. {SUB_GOALS[2][1]}", ANYWHERE)
    assert gap_item and "Ingen initiativer" in gap_item[0].text(1)
    served = tree.findItems(f"1. {SUB_GOALS[0][1]}", ANYWHERE)
    assert served and "1 initiativ" in served[0].text(1)
    assert isinstance(journey.button("Tilføj mål"), QAbstractButton)

    # every button and tab of the screen has its own Alt+letter (keyboard users press them)
    assert clashing_mnemonics(journey.window) == {}
    click_tab(journey, journey.find(QTabWidget, "strategyTabs"), "Initiativer")
    assert clashing_mnemonics(journey.window) == {}


def typed(journey: Journey, text: str) -> None:
    """Type into whatever has the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClicks(widget, text)
    journey.settle(10)


def tab_to(journey: Journey, target: QWidget, *, back: bool = False, limit: int = 40) -> None:
    """Press Tab (or Shift+Tab) until the target has the focus, as a keyboard user does."""
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        if target.hasFocus():
            return
        journey.key(Qt.Key.Key_Tab, modifier)
    raise AssertionError(f"Tab never reached {target.objectName() or target}")


def alt(journey: Journey, key: Qt.Key) -> None:
    """Alt+letter; a button pressed so is clicked by Qt's animateClick 100 ms later: wait for it."""
    journey.key(key, Qt.KeyboardModifier.AltModifier)
    journey.settle(60)


def test_build_a_strategy_by_keyboard(journey: Journey) -> None:
    """The same strategy with the keyboard only: Ctrl+digit screens, Alt+letter buttons, Tab, Space."""
    journey.shortcut("Ctrl+2")  # Partnerskaber
    journey.wait_until(lambda: journey.window.screens.is_built(journey.window.stack.currentWidget()))
    journey.settle()
    journey.shortcut("Ctrl+N")
    typed(journey, "Tryg i Aarhus")
    journey.shortcut("Ctrl+S")
    table = journey.find(QTableView, "partnershipTable")
    journey.wait_until(lambda: table.model().rowCount() == 1)

    journey.shortcut("Ctrl+5")  # Strategi og initiativer, the only partnership chosen in the toolbar
    journey.wait_until(lambda: journey.window.screens.is_built(journey.window.stack.currentWidget()))
    journey.settle()
    alt(journey, Qt.Key.Key_Y)  # N&y strategi: the only partnership's
    journey.wait_until(lambda: journey.find(QLineEdit, "nodeTitle").hasFocus())
    assert journey.find(QComboBox, "partnershipChoice").currentText() == "Tryg i Aarhus"
    assert "strategiens navn og vision" in journey.find(QLabel, "strategyGuidance").text()
    typed(journey, "Tryg i Aarhus")
    journey.key(Qt.Key.Key_Tab)
    typed(journey, VISION)
    journey.shortcut("Ctrl+S")
    journey.wait_until(lambda: VISION in journey.find(QLabel, "visionLabel").text())
    journey.settle()
    assert journey.find(QPlainTextEdit, "nodeText").hasFocus()  # the keyboard stays where it was

    tree = journey.find(QTreeWidget, "goalTree")
    alt(journey, Qt.Key.Key_Aring)  # Tilføj m&ål
    typed(journey, GOAL)
    journey.key(Qt.Key.Key_Tab)
    typed(journey, CRITERION)
    journey.shortcut("Ctrl+S")
    journey.wait_until(lambda: GOAL in tree_item_texts(tree))
    for code, title in SUB_GOALS:
        alt(journey, Qt.Key.Key_L)  # Tilføj de&lmål, under the goal chosen in the tree
        journey.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the number
        typed(journey, code)
        journey.key(Qt.Key.Key_Tab)
        typed(journey, title)
        journey.shortcut("Ctrl+S")
        journey.wait_until(lambda code=code, title=title: f"{code}. {title}" in tree_item_texts(tree))
        journey.settle()
    for area in FOCUS_AREAS:
        alt(journey, Qt.Key.Key_K)  # Tilføj fo&kusområde
        typed(journey, area)
        journey.shortcut("Ctrl+S")
        journey.wait_until(lambda area=area: area in tree_item_texts(tree))
        journey.settle()
    assert tree_item_texts(tree)[5:] == ["Fokusområder", *FOCUS_AREAS]

    alt(journey, Qt.Key.Key_I)  # &Initiativer
    journey.shortcut("Ctrl+N")
    assert journey.find(QLineEdit, "initiativeTitle").hasFocus()
    typed(journey, INITIATIVE)
    journey.key(Qt.Key.Key_Tab)
    focus_area = journey.find(QComboBox, "initiativeFocusArea")
    assert focus_area.hasFocus()
    journey.key(Qt.Key.Key_Down)
    assert focus_area.currentText() == FOCUS_AREAS[0]
    for code, text in CONTRIBUTIONS.items():
        box, contribution = sub_goal_box(journey, code)
        alt(journey, getattr(Qt.Key, f"Key_{code}"))  # Alt+1: tick delmål 1, on to its text
        assert box.isChecked() and contribution.hasFocus()
        typed(journey, text)
    journey.shortcut("Ctrl+S")
    initiatives = journey.find(QTableView, "initiativeTable")
    journey.wait_until(lambda: initiatives.model().rowCount() == 1)
    journey.wait_until(lambda: initiatives.model().index(0, 1).data() == "1, 2")
    journey.settle()

    alt(journey, Qt.Key.Key_G)  # &Godkend med dags dato
    state = journey.find(QLabel, "approvalState")
    journey.wait_until(lambda: "Godkendt" in state.text())
    journey.shortcut("Ctrl+S")  # Gem initiativ right after the approval
    journey.shortcut("Ctrl+1")
    journey.shortcut("Ctrl+5")
    journey.wait_until(lambda: journey.find(QLineEdit, "initiativeTitle").text() == INITIATIVE)
    assert journey.find(QComboBox, "initiativeFocusArea").currentText() == FOCUS_AREAS[0]
    for code, text in CONTRIBUTIONS.items():
        box, contribution = sub_goal_box(journey, code)
        assert box.isChecked() and contribution.toPlainText() == text
    assert "Godkendt" in journey.find(QLabel, "approvalState").text()
    alt(journey, Qt.Key.Key_D)  # &Dækning
    gaps = journey.find(QLabel, "coverageGaps")
    assert f"3. {SUB_GOALS[2][1]}" in gaps.text() and "1. " not in gaps.text()

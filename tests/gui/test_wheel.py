"""Scrolling a long form with the wheel scrolls it; it never changes a choice the pointer passes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow
from desktop.views.toolkit.tasks import TaskRunner
from desktop.views.toolkit.wheel import WheelOnlyWithFocus, install_wheel_guard


class LongForm(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        page = QWidget()
        layout = QVBoxLayout(page)
        self.first = QLineEdit(page)
        layout.addWidget(self.first)
        layout.addSpacing(300)
        self.combo = QComboBox(page)
        self.combo.addItems([f"Valg {i}" for i in range(10)])
        self.combo.setCurrentIndex(5)
        self.spin = QSpinBox(page)
        self.spin.setValue(50)
        self.number = QDoubleSpinBox(page)
        self.number.setValue(5.5)
        for widget in (self.combo, self.spin, self.number):
            layout.addWidget(widget)
        layout.addSpacing(1500)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.resize(300, 500)


@pytest.fixture
def long_form(qtbot: QtBot) -> Iterator[LongForm]:
    install_wheel_guard()
    form = LongForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.first.setFocus()
    yield form


def wheel_over(form: LongForm, widget: QWidget, notches: int = -1) -> None:
    """A real (spontaneous) wheel turn where the pointer is, through the window system."""
    at = widget.mapTo(form.window(), widget.rect().center())
    QTest.wheelEvent(form.window().windowHandle(), at, QPoint(0, 120 * notches))
    QApplication.processEvents()


@pytest.mark.parametrize("name", ["combo", "spin", "number"])
def test_the_wheel_over_an_unfocused_field_scrolls_the_form_instead(long_form: LongForm, name: str) -> None:
    widget = getattr(long_form, name)
    before = {"combo": 5, "spin": 50, "number": 5.5}[name]
    value = widget.currentIndex if name == "combo" else widget.value
    scroll = long_form.verticalScrollBar()
    assert scroll.value() == 0
    wheel_over(long_form, widget)
    assert value() == before  # the value the user saw is kept
    assert scroll.value() > 0  # and the form scrolled
    assert not widget.hasFocus()  # a wheel does not focus it either


def test_the_wheel_changes_the_field_being_edited(long_form: LongForm) -> None:
    QTest.mouseClick(long_form.spin.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert long_form.spin.hasFocus()
    wheel_over(long_form, long_form.spin, notches=1)
    assert long_form.spin.value() == 51


def test_combo_and_spin_boxes_take_focus_by_click_or_tab_not_by_wheel(long_form: LongForm) -> None:
    for widget in (long_form.combo, long_form.spin, long_form.number):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_main_window_installs_the_rule_once(qtbot: QtBot) -> None:
    app = QApplication.instance()
    for earlier in app.findChildren(WheelOnlyWithFocus):  # from other tests: start without
        app.removeEventFilter(earlier)
        earlier.setParent(None)
    assert app.findChildren(WheelOnlyWithFocus) == []
    tasks = TaskRunner()
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    assert len(app.findChildren(WheelOnlyWithFocus)) == 1
    install_wheel_guard()  # asked again: still one
    assert len(app.findChildren(WheelOnlyWithFocus)) == 1
    tasks.wait()


def test_scrolling_the_initiative_document_changes_none_of_its_choices(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The reported case: the wheel over the initiative form's combo boxes while reading it."""
    window.resize(1280, 800)
    window.show_screen("strategy")
    screen = window.screens["strategy"]
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 8, timeout=10_000)
    screen.show_object("Initiative", screen.model.rows()[0].id)
    form = screen.form
    qtbot.waitUntil(lambda: form.detail is not None, timeout=10_000)
    scroll = next(w for w in screen.findChildren(QScrollArea) if w.isAncestorOf(form))
    form.title.setFocus()
    combos = [form.focus_area, form.responsible_party, form.evidence_basis, form.status]
    before = [c.currentIndex() for c in combos]
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0  # the document is longer than the screen
    for combo in combos:
        bar.setValue(0)
        scroll.ensureWidgetVisible(combo)
        start = bar.value()
        at = combo.mapTo(window, combo.rect().center())
        QTest.wheelEvent(window.windowHandle(), at, QPoint(0, -120))
        QApplication.processEvents()
        assert bar.value() > start or bar.value() == bar.maximum()
    assert [c.currentIndex() for c in combos] == before
    assert not form.dirty

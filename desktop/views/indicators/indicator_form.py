"""One indicator's details: unit, source, baseline, target, direction, what it measures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import number, parse_number
from desktop.models.enums import Direction, IndexComponent, label
from desktop.services.errors import ValidationError
from desktop.services.indicators import IndicatorRow
from desktop.views.toolkit.combos import select_data
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.field_errors import FieldErrors, FieldMessage
from desktop.views.toolkit.privacy_hint import mark_free_text
from desktop.views.toolkit.screen import make_button

LINKS = ("goal_id", "sub_goal_id", "initiative_id")


class IndicatorForm(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: IndicatorRow | None = None
        self.errors = FieldErrors()
        self._make_fields()
        form = self._field_form()
        self.save_button = make_button(
            self,
            self.tr("&Save indicator"),
            self.save_requested,
            name="saveIndicator",
            tip=self.tr("Save the indicator (Ctrl+S)"),
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_indicator(None)
        self.mark_loaded()

    def _make_fields(self) -> None:
        self.partnership = QComboBox(self)
        self.partnership.setObjectName("indicatorPartnership")
        self.name = QLineEdit(self)
        self.name.setObjectName("indicatorName")
        self.unit = QLineEdit(self)
        self.source = QLineEdit(self)
        self.direction = QComboBox(self)
        for member in Direction:
            self.direction.addItem(label(member), member)
        self.baseline = QLineEdit(self)
        self.baseline.setObjectName("indicatorBaseline")
        self.baseline_date = DateField(self)
        self.baseline_date.setObjectName("indicatorBaselineDate")
        self.target = QLineEdit(self)
        self.target.setObjectName("indicatorTarget")
        self.target_date = DateField(self)
        self.target_date.setObjectName("indicatorTargetDate")
        self.link = QComboBox(self)
        self.index_component = QComboBox(self)
        for component in IndexComponent:
            self.index_component.addItem(label(component), component)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        mark_free_text(self.note)
        for combo in (self.partnership, self.link):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(20)

    def _field_form(self) -> QFormLayout:
        """The fields with their labels, tooltips and messages; the direction's hint under them."""
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        add = self.errors.add_row
        add(form, self.tr("&Partnership:"), "partnership_id", self.partnership,
            self.tr("The partnership the indicator belongs to (chosen when it is created)"))  # fmt: skip
        add(form, self.tr("&Name:"), "name", self.name, self.tr("What is measured"))
        add(
            form,
            self.tr("&Unit:"),
            "unit",
            self.unit,
            self.tr("e.g. reports per month, percent, index points"),
        )
        add(form, self.tr("&Source:"), "source", self.source, self.tr("Where the figures come from"))
        add(
            form,
            self.tr("&Direction:"),
            "direction",
            self.direction,
            self.tr("Whether higher or lower is better"),
        )
        add(form, self.tr("&Baseline:"), "baseline_value", self._pair(self.baseline, self.baseline_date),
            self.tr("The baseline measurement (nulpunktsmåling) and its date; decimal comma"))  # fmt: skip
        add(form, self.tr("&Target:"), "target_value", self._pair(self.target, self.target_date),
            self.tr("The value to reach and by when; decimal comma"))  # fmt: skip
        # a target on the wrong side of the baseline for the direction: a hint, not a refusal
        self.direction_hint = FieldMessage(self, warning=True)
        self.direction_hint.setObjectName("indicatorDirectionHint")
        form.addRow("", self.direction_hint)
        for edit in (self.baseline, self.target):
            edit.textChanged.connect(lambda _t: self._check_direction())
        self.direction.currentIndexChanged.connect(lambda _i: self._check_direction())
        add(form, self.tr("&Measures:"), "link", self.link,
            self.tr("The goal, sub-goal or initiative the indicator follows"))  # fmt: skip
        add(form, self.tr("Safety &index part:"), "index_component", self.index_component,
            self.tr("Whether the indicator is one of the two parts of the hotspot safety index"))  # fmt: skip
        add(form, self.tr("N&ote:"), "note", self.note)
        return form

    def _pair(self, value: QLineEdit, day: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        value.setMaximumWidth(120)
        row.addWidget(value)
        row.addWidget(day)
        row.addStretch(1)
        return box

    def set_choices(
        self, partnerships: Sequence[tuple[int, str]], links: Sequence[tuple[str, int, str]]
    ) -> None:
        """``links`` are (field, id, text): the goals, sub-goals and initiatives to measure."""
        current = self.partnership.currentData()
        self.partnership.clear()
        for pid, name in partnerships:
            self.partnership.addItem(name, pid)
        select_data(self.partnership, current)
        link = self.link.currentData()
        self.link.clear()
        self.link.addItem(self.tr("(nothing in particular)"), None)
        for field, key, text in links:
            self.link.addItem(text, (field, key))
        select_data(self.link, link)

    def set_indicator(self, row: IndicatorRow | None, link: tuple[str, int] | None = None) -> None:
        self.row = row
        self.errors.clear()
        self.partnership.setEnabled(row is None)
        if row is not None:
            select_data(self.partnership, row.partnership_id)
        self.name.setText(row.name if row else "")
        self.unit.setText(row.unit if row else "")
        self.source.setText(row.source if row else "")
        for edit in (self.name, self.unit, self.source):
            edit.setCursorPosition(0)  # a long name shows its beginning, not its end
        select_data(self.direction, row.direction if row else Direction.DOWN)
        self.baseline.setText(number(row.baseline) if row else "")
        self.baseline_date.set_value(row.baseline_date if row else None)
        self.target.setText(number(row.target) if row else "")
        self.target_date.set_value(row.target_date if row else None)
        select_data(self.link, link)
        select_data(self.index_component, row.index_component if row else IndexComponent.NONE)
        self.save_button.setText(self.tr("&Save indicator") if row else self.tr("&Create indicator"))

    def _check_direction(self) -> None:
        """Say so when the target is worse than the baseline for the chosen direction
        (61,5 % feel safe, target 75 %, "Lavere er bedre": the chart would call progress a setback)."""
        try:
            baseline, target = parse_number(self.baseline.text()), parse_number(self.target.text())
        except ValueError:
            baseline = target = None
        direction = self.direction.currentData()
        if baseline is None or target is None or baseline == target:
            self.direction_hint.clear_message()
        elif direction == Direction.DOWN and target > baseline:
            self.direction_hint.show_message(
                self.tr("The target is above the baseline, but lower is better. Is the direction right?")
            )
        elif direction == Direction.UP and target < baseline:
            self.direction_hint.show_message(
                self.tr("The target is below the baseline, but higher is better. Is the direction right?")
            )
        else:
            self.direction_hint.clear_message()

    def set_note(self, note: str) -> None:
        self.note.setPlainText(note)

    # -- the unsaved-work guard -------------------------------------------------------
    def _snapshot(self) -> object:
        try:
            return self.values()
        except Exception:  # a number or date that cannot be read yet: the text as typed
            return (self.baseline.text(), self.target.text(), self.name.text(), self.note.toPlainText())

    def mark_loaded(self) -> None:
        """What the form shows now is what is saved (after filling it, or a save)."""
        self._loaded = self._snapshot()

    def is_dirty(self) -> bool:
        return self._snapshot() != self._loaded

    def values(self) -> dict[str, Any]:
        """The fields as typed; raises ValidationError beside a number that cannot be read."""
        numbers: dict[str, float | None] = {}
        for field, edit in (("baseline_value", self.baseline), ("target_value", self.target)):
            try:
                numbers[field] = parse_number(edit.text())
            except ValueError:
                raise ValidationError(
                    self.tr("“{text}” is not a number (write e.g. 12,5).").format(text=edit.text()), field
                ) from None
        link = self.link.currentData()
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "unit": self.unit.text().strip(),
            "source": self.source.text().strip(),
            "direction": self.direction.currentData(),
            "baseline_date": self.baseline_date.value(),
            "target_date": self.target_date.value(),
            "index_component": self.index_component.currentData(),
            "note": self.note.toPlainText().strip(),
            **numbers,
        }
        for field in LINKS:
            values[field] = link[1] if link and link[0] == field else None
        return values

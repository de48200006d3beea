"""Small form helpers: optional dates, enum choices, and validation messages beside a field."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QVBoxLayout, QWidget

from desktop.models.enums import label

NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty: the lowest date shows as blank and means None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)

    def value(self) -> date | None:
        current = self.date()
        return None if current == NO_DATE else current.toPython()  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value) if value else NO_DATE)


def enum_combo(
    values: Iterable[StrEnum], parent: QWidget | None = None, *, empty: str | None = None
) -> QComboBox:
    """A combo box of an enum's Danish labels, the code under the item's data."""
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for value in values:
        combo.addItem(label(value), value)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class FieldErrors:
    """Validation messages shown under the field they concern (``ValidationError.field``)."""

    def __init__(self, general: QLabel) -> None:
        self._labels: dict[str, QLabel] = {}
        self._general = general
        self._style(general)

    @staticmethod
    def _style(widget: QLabel) -> None:
        widget.setWordWrap(True)
        widget.setVisible(False)
        widget.setStyleSheet("color: #b00020;")

    def wrap(self, key: str, field: QWidget, parent: QWidget) -> QWidget:
        """``field`` with an (initially hidden) error label under it."""
        host = QWidget(parent)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        message = QLabel(host)
        message.setObjectName(f"error_{key}")
        self._style(message)
        layout.addWidget(message)
        self._labels[key] = message
        host.setFocusProxy(field)
        return host

    def label_for(self, key: str) -> QLabel | None:
        return self._labels.get(key)

    def show(self, message: str, field: str | None) -> QLabel:
        self.clear()
        target = self._labels.get(field or "", self._general)
        target.setText(message)
        target.setVisible(True)
        return target

    def clear(self) -> None:
        for widget in (*self._labels.values(), self._general):
            widget.clear()
            widget.setVisible(False)


__all__ = ["NO_DATE", "FieldErrors", "OptionalDateEdit", "enum_combo", "select_data"]

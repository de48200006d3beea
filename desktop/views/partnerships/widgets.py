"""Small form helpers: enum choices, and validation messages beside a field."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from desktop.models.enums import label
from desktop.views.toolkit.date_field import DateField


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
        if isinstance(field, DateField):  # its own problems go under it too
            field.attach_message(message, key)
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


__all__ = ["FieldErrors", "enum_combo", "select_data"]

"""Choice boxes: an enum's Danish labels with the code as data, and choosing by data."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.models.enums import label


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


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the item whose data is ``value`` (the first item when there is none)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))

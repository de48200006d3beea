"""Form helpers shared by the strategy and indicator screens.

A validation message stands beside the field it concerns (services raise
``ValidationError(message, field)`` in Danish); it says what is wrong in words, and the
colour only repeats it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ValidationError
from desktop.views.toolkit.date_field import DateField

ERROR_STYLE = "color: #b3261e;"


def mark_free_text(widget: QPlainTextEdit | QTextEdit | QLineEdit) -> None:
    """Free text must not carry case information about citizens; say so in the field."""
    try:
        from desktop.views.toolkit.privacy_hint import mark_free_text as shared_hint  # type: ignore[import-not-found]
    except ImportError:
        widget.setPlaceholderText(
            QCoreApplication.translate(
                "FieldErrors", "No case information about individual citizens (§115) here."
            )
        )
        return
    shared_hint(widget)


def set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class FieldErrors:
    """Error labels under form fields, keyed by the service's field name."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget, parent: QWidget) -> QWidget:
        """The field with room for its message below it."""
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        message = QLabel(box)
        message.setObjectName(f"error_{field}")
        message.setWordWrap(True)
        message.setStyleSheet(ERROR_STYLE)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message.setVisible(False)
        layout.addWidget(message)
        self._labels[field] = message
        self._widgets[field] = widget
        for date_field in [widget] if isinstance(widget, DateField) else widget.findChildren(DateField):
            date_field.attach_message(message, field)  # its own problems go in the same place
        return box

    def add_row(self, form: QFormLayout, label: str, field: str, widget: QWidget, tooltip: str = "") -> None:
        if tooltip:
            widget.setToolTip(tooltip)
        form.addRow(label, self.wrap(field, widget, form.parentWidget()))

    def clear(self) -> None:
        for message in self._labels.values():
            message.clear()
            message.setVisible(False)

    def show(self, error: ValidationError) -> bool:
        """Put the message beside its field; False if the form has no such field."""
        field = error.field or ""
        message = self._labels.get(field)
        if message is None:
            return False
        message.setText("⚠ " + error.message)
        message.setVisible(True)
        self._widgets[field].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def fields(self) -> list[str]:
        return list(self._labels)

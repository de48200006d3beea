"""Form helpers shared by the contact and meeting forms: a message beside each field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget


class FieldMessage(QLabel):
    """A short Danish message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None, *, warning: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        colour = "#8a5a00" if warning else "#b00020"
        self.setStyleSheet(f"color: {colour};")
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.show_message("")


def with_message(field: QWidget, message: FieldMessage) -> QWidget:
    """The field with its message right below it (one QFormLayout row)."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


def mark_free_text(widget: QPlainTextEdit | QTextEdit) -> None:
    """Remind the user that citizens' case information does not belong here."""
    try:  # the shared helper, once it exists
        from desktop.views.toolkit import privacy_hint
    except ImportError:
        privacy_hint = None  # type: ignore[assignment]
    marker: Callable[[QWidget], object] | None = getattr(privacy_hint, "mark_free_text", None)
    if marker is not None:
        marker(widget)
        return
    hint = QCoreApplication.translate(
        "FieldMessage",
        "Work details only: case information about individual citizens does not belong in Fodslag.",
    )
    widget.setPlaceholderText(hint)
    widget.setToolTip(hint)

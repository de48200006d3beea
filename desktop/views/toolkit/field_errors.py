"""The one field-error helper: a message beside the field it concerns, for every form.

Services raise ``ValidationError(message, field)`` in Danish; the message stands under that
field (``FieldErrors``), or under the form when no field fits. It says what is wrong in
words; the colour only repeats it. ``FieldMessage`` is the label itself, for forms that place
their messages one by one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.errors import ValidationError

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"
ERROR_STYLE = f"color: {ERROR_COLOUR};"


def style_message(label: QLabel, *, warning: bool = False) -> None:
    """Plain wrapped text in the error (or warning) colour; hidden while there is nothing to say."""
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(f"color: {WARNING_COLOUR if warning else ERROR_COLOUR};")
    label.setVisible(False)


class FieldMessage(QLabel):
    """A short Danish message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None, *, warning: bool = False) -> None:
        super().__init__(parent)
        style_message(self, warning=warning)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def clear_message(self) -> None:
        self.show_message("")


def with_message(field: QWidget, message: QLabel) -> QWidget:
    """The field with its message right below it (one QFormLayout row)."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


class FieldErrors:
    """The messages of one form, keyed by the service's field name (``ValidationError.field``).

    ``general`` (optional) takes a message that concerns no field of the form.
    """

    def __init__(self, general: QLabel | None = None) -> None:
        self._labels: dict[str, FieldMessage] = {}
        self._widgets: dict[str, QWidget] = {}
        self._general = general
        if general is not None:
            style_message(general)

    def wrap(self, key: str, widget: QWidget, parent: QWidget | None) -> QWidget:
        """``widget`` with its (hidden) message under it; a date field in it reports there too."""
        from desktop.views.toolkit.date_field import DateField

        message = FieldMessage(parent)
        message.setObjectName(f"error_{key}")
        box = with_message(widget, message)
        box.setParent(parent)
        box.setFocusProxy(widget)
        self._labels[key] = message
        self._widgets[key] = widget
        for date_field in [widget] if isinstance(widget, DateField) else widget.findChildren(DateField):
            date_field.attach_message(message, key)  # its own problems go in the same place
        return box

    def share(self, key: str, shown_with: str, widget: QWidget) -> FieldMessage:
        """Show ``key``'s problems in ``shown_with``'s message, and focus ``widget`` for them:
        one box the service knows under two names, or one message under a period's two dates."""
        message = self._labels[shown_with]
        self._labels[key] = message
        self._widgets[key] = widget
        return message

    def add_row(self, form: QFormLayout, label: str, key: str, widget: QWidget, tooltip: str = "") -> None:
        if tooltip:
            widget.setToolTip(tooltip)
        form.addRow(label, self.wrap(key, widget, form.parentWidget()))

    def label_for(self, key: str) -> QLabel | None:
        return self._labels.get(key)

    def message(self, key: str) -> str:
        label = self._labels.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def fields(self) -> list[str]:
        return list(self._labels)

    def clear(self) -> None:
        for message in self._labels.values():
            message.clear_message()
        if self._general is not None:
            self._general.clear()
            self._general.setVisible(False)

    def show(self, message: str, field: str | None = None) -> QLabel | None:
        """Clear the form's messages, then show this one beside ``field`` (else under the form).

        None when the form has neither that field nor a general label.
        """
        self.clear()
        label = self._labels.get(field or "")
        if label is not None:
            label.show_message(message)
            return label
        if self._general is None:
            return None
        self._general.setText(message)
        self._general.setVisible(True)
        return self._general

    def show_error(self, error: ValidationError) -> bool:
        """The service's message beside its field, which gets the focus; False if it has no place."""
        if self.show(error.message, error.field) is None:
            return False
        widget = self._widgets.get(error.field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

"""Free-text fields remind the user that case information about citizens does not belong here.

Contacts are professionals' work details; the §115 exchange about individual citizens
happens elsewhere. Every notes or description field calls :func:`mark_free_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


def privacy_placeholder() -> str:
    return QCoreApplication.translate("PrivacyHint", "No case information about individual citizens here.")


def privacy_tooltip() -> str:
    return QCoreApplication.translate(
        "PrivacyHint",
        "Write only about the network's own work. Case information about individual "
        "citizens (the §115 exchange between authorities) never goes into Fodslag.",
    )


def mark_free_text(widget: QWidget) -> None:
    """Give a free-text widget the reminder as placeholder (if it has none) and tooltip."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and not widget.placeholderText():
        widget.setPlaceholderText(privacy_placeholder())
    existing = widget.toolTip()
    tip = privacy_tooltip()
    widget.setToolTip(f"{existing}\n\n{tip}" if existing and tip not in existing else tip)
    widget.setProperty("freeText", True)


__all__ = ["mark_free_text", "privacy_placeholder", "privacy_tooltip"]

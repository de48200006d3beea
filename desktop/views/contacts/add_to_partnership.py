"""Add the selected contacts to a partnership in one role."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.models.enums import MemberRole, label
from desktop.views.toolkit.date_field import DateField

if TYPE_CHECKING:
    from desktop.services.partnerships import PartnershipRow


class AddToPartnershipDialog(QDialog):
    """Choose partnership, role and start date; the screen adds the members when accepted."""

    def __init__(
        self,
        names: list[str],
        partnerships: list[PartnershipRow],
        current_partnership: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addToPartnershipDialog")
        self.setWindowTitle(self.tr("Add to partnership"))
        shown = ", ".join(names[:5]) + (self.tr(" and %n more", "", len(names) - 5) if len(names) > 5 else "")
        who = QLabel(self.tr("%n contact(s): ", "", len(names)) + shown, self)
        who.setWordWrap(True)
        self.partnership = QComboBox(self)
        self.partnership.setObjectName("memberPartnership")
        for row in partnerships:
            self.partnership.addItem(row.name, row.id)
        self.partnership.setCurrentIndex(max(self.partnership.findData(current_partnership), 0))
        self.role = QComboBox(self)
        self.role.setObjectName("memberRole")
        for role in MemberRole:
            self.role.addItem(label(role), role)
        self.role.setCurrentIndex(self.role.findData(MemberRole.NETWORK_MEMBER))
        self.start = DateField(self, required=True)
        self.start.setObjectName("memberStart")
        self.start.set_value(date.today())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.partnership.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(who)
        form.addRow(self.tr("&Partnership:"), self.partnership)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&From:"), self.start.with_message())
        form.addRow(buttons)

    def accept(self) -> None:
        """Only with a start date that is a date (the field says what is wrong)."""
        if not self.start.check():
            self.start.setFocus()
            return
        super().accept()

    def choice(self) -> tuple[int, MemberRole, date]:
        start = self.start.value()
        assert start is not None  # required, and checked on accept
        return self.partnership.currentData(), MemberRole(self.role.currentData()), start

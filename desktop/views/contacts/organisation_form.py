"""The organisation form: name, kind, parent organisation, phone and e-mail, and its people."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.contact_details import normalize_email, normalize_phone, similar_name
from desktop.models.enums import OrganisationKind
from desktop.services.contact_rows import OrganisationRow
from desktop.services.creation_keys import new_key
from desktop.services.errors import ValidationError
from desktop.views.toolkit.combos import enum_combo
from desktop.views.toolkit.field_errors import FieldMessage, with_message
from desktop.views.toolkit.screen import make_button


class OrganisationForm(QWidget):
    save_requested = Signal(object, object, dict)
    delete_requested = Signal(int, str)
    # the user chose the existing organisation the typed name resembles (its id)
    similar_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation_id: int | None = None
        self.version: int | None = None
        #: made when the form opens for a new organisation (see ContactForm.creation_key)
        self.creation_key = new_key()
        self._original: dict[str, Any] = {}
        self._rows: list[OrganisationRow] = []

        self._build_heading()
        self.messages = {
            k: FieldMessage(self) for k in ("name", "kind", "parent_id", "phone", "email", "form")
        }
        self._build_name()
        self._build_similar_hint()
        self._build_details()
        form = self._build_form()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.messages["form"])
        layout.addLayout(buttons)
        self.clear_for_new()

    # -- building ---------------------------------------------------------------------
    def _build_heading(self) -> None:
        """The bold heading above the fields: the organisation's name, or "New organisation"."""
        self.heading = QLabel(self)
        # a long Danish name wraps: unwrapped it widened the form and pushed Gem out of sight
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)

    def _build_name(self) -> None:
        """The name field: typing clears its message and looks for a look-alike organisation."""
        self.name = QLineEdit(self)
        self.name.setObjectName("organisation_name")
        self.name.textEdited.connect(lambda _t: self.messages["name"].clear_message())
        self.name.textEdited.connect(lambda _t: self._suggest_similar())

    def _build_similar_hint(self) -> None:
        """The row under the name offering the existing organisation a new name resembles."""
        # "Kobenhavns Politi" typed for a new organisation: offer the existing "Københavns Politi"
        # (one click opens it; Gem still makes the new one, for a genuinely new organisation)
        self._similar_id: int | None = None
        self.similar_label = QLabel(self)
        self.similar_label.setObjectName("similarOrganisation")
        self.similar_label.setWordWrap(True)
        self.similar_label.setTextFormat(Qt.TextFormat.PlainText)
        self.similar_button = make_button(
            self,
            self.tr("Open the existing one"),
            self._choose_similar,
            name="openSimilarOrganisation",
            tip=self.tr("Show the existing organisation instead of making a new one"),
        )
        similar = QHBoxLayout()
        similar.setContentsMargins(0, 0, 0, 0)
        similar.addWidget(self.similar_label, 1)
        similar.addWidget(self.similar_button)
        self.similar_row = QWidget(self)
        self.similar_row.setLayout(similar)
        self.similar_row.hide()

    def _build_details(self) -> None:
        """The kind and parent choices, and the phone and e-mail fields checked as typed."""
        self.kind = enum_combo(OrganisationKind, self)
        self.kind.setObjectName("organisation_kind")
        self.parent_choice = QComboBox(self)
        self.parent_choice.setObjectName("organisation_parent")
        self.parent_choice.setToolTip(
            self.tr("The organisation this one is part of, e.g. the housing association of an estate")
        )
        self.phone = QLineEdit(self)
        self.phone.setObjectName("organisation_phone")
        self.phone.setPlaceholderText(self.tr("e.g. 12 34 56 78"))
        self.phone.textEdited.connect(lambda _t: self._check("phone"))
        self.email = QLineEdit(self)
        self.email.setObjectName("organisation_email")
        self.email.setPlaceholderText(self.tr("name@domain.dk"))
        self.email.textEdited.connect(lambda _t: self._check("email"))

    def _build_form(self) -> QFormLayout:
        """The labelled rows, each field with its message under it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), with_message(self.name, self.messages["name"]))
        form.addRow("", self.similar_row)
        form.addRow(self.tr("&Kind:"), with_message(self.kind, self.messages["kind"]))
        form.addRow(self.tr("Part &of:"), with_message(self.parent_choice, self.messages["parent_id"]))
        form.addRow(self.tr("&Phone:"), with_message(self.phone, self.messages["phone"]))
        form.addRow(self.tr("&E-mail:"), with_message(self.email, self.messages["email"]))
        return form

    def _build_buttons(self) -> QHBoxLayout:
        """Slet… and Gem, at the right under the fields."""
        self.save_button = make_button(
            self,
            self.tr("Save"),
            self.request_save,
            name="saveOrganisation",
            tip=self.tr("Save the organisation (Ctrl+S)"),
        )
        self.delete_button = make_button(
            self,
            self.tr("Delete…"),
            self._request_delete,
            name="deleteOrganisation",
            tip=self.tr("Delete the organisation; its people are kept"),
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        return buttons

    def set_organisations(self, rows: list[OrganisationRow]) -> None:
        self._rows = list(rows)
        self._fill_parents(self.parent_choice.currentData())

    def _fill_parents(self, selected: int | None) -> None:
        self.parent_choice.clear()
        self.parent_choice.addItem(self.tr("(none)"), None)
        for row in self._rows:
            if row.id != self.organisation_id:
                self.parent_choice.addItem(row.name, row.id)
        self.parent_choice.setCurrentIndex(max(self.parent_choice.findData(selected), 0))

    def clear_for_new(self) -> None:
        self.organisation_id, self.version = None, None
        self.creation_key = new_key()
        self._fill("", OrganisationKind.OTHER, None, "", "")
        self.heading.setText(self.tr("New organisation"))
        self.delete_button.setEnabled(False)

    def show_row(self, row: OrganisationRow) -> None:
        self.organisation_id, self.version = row.id, row.version
        # the list names the parent; find its id among the organisations
        parent_id = next((r.id for r in self._rows if r.name == row.parent), None) if row.parent else None
        self._fill(row.name, row.kind, parent_id, row.phone, row.email)
        self.heading.setText(row.name)
        self.delete_button.setEnabled(True)

    def _fill(self, name: str, kind: OrganisationKind, parent_id: int | None, phone: str, email: str) -> None:
        self.name.setText(name)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._fill_parents(parent_id)
        self.phone.setText(phone)
        self.email.setText(email)
        for message in self.messages.values():
            message.clear_message()
        self._suggest_similar()
        self._original = self.values()

    def _suggest_similar(self) -> None:
        """Beside a new organisation's name: the existing organisation it most resembles."""
        typed = self.name.text().strip()
        others = {r.name: r.id for r in self._rows if r.id != self.organisation_id}
        match = similar_name(typed, others) if self.organisation_id is None and typed else None
        self._similar_id = None if match is None else others[match]
        if match is None:
            self.similar_row.hide()
            return
        self.similar_label.setText(self.tr("Already exists? “{name}”").format(name=match))
        self.similar_button.setText(self.tr("Open “{name}”").format(name=match))
        self.similar_row.show()

    def _choose_similar(self) -> None:
        if self._similar_id is not None:
            self.similar_chosen.emit(self._similar_id)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "kind": OrganisationKind(self.kind.currentData()),
            "parent_id": self.parent_choice.currentData(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
        }

    def original(self) -> dict[str, Any]:
        return dict(self._original)

    @property
    def dirty(self) -> bool:
        return self.values() != self._original

    def mark_saved(self) -> None:
        """The save went through: what is shown is what is stored."""
        self._original = self.values()

    def discard(self) -> None:
        """Forkast: the fields as they were loaded (or empty again for a new organisation)."""
        o = self._original
        self._fill(o["name"], o["kind"], o["parent_id"], o["phone"], o["email"])

    def _check(self, key: str) -> bool:
        try:
            if key == "phone":
                normalize_phone(self.phone.text(), key)
            elif key == "email":
                normalize_email(self.email.text(), key)
            elif key == "name" and not self.name.text().strip():
                raise ValidationError(self.tr("The organisation needs a name."), "name")
        except ValidationError as error:
            self.messages[key].show_message(error.message)
            return False
        self.messages[key].clear_message()
        return True

    def show_validation_error(self, error: ValidationError) -> None:
        self.messages[error.field if error.field in self.messages else "form"].show_message(error.message)

    def request_save(self) -> None:
        if not all([self._check("name"), self._check("phone"), self._check("email")]):
            self.messages["form"].show_message(self.tr("Not saved: correct the fields marked in red."))
            return
        values = self.values()
        changes = (
            values
            if self.organisation_id is None
            else {k: v for k, v in values.items() if v != self._original.get(k)}
        )
        if not changes:
            self.messages["form"].show_message(self.tr("Nothing has changed."))
            return
        self.save_requested.emit(self.organisation_id, self.version, changes)

    def _request_delete(self) -> None:
        if self.organisation_id is not None:
            self.delete_requested.emit(self.organisation_id, self.name.text())

"""The contact form: fields checked as typed, duplicate warnings, saves carry the loaded version.

The form never talks to the database itself: it is given the contact service and the
screen's ``run`` (the background helper), and it emits what the user wants done.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.contact_details import normalize_email, normalize_phone
from desktop.models.enums import Trade
from desktop.services.contact_rows import ContactDetail, ContactRow, OrganisationRow
from desktop.services.creation_keys import new_key
from desktop.services.errors import ValidationError
from desktop.views.toolkit.combos import enum_combo
from desktop.views.toolkit.field_errors import FieldMessage, with_message
from desktop.views.toolkit.privacy_hint import mark_free_text
from desktop.views.toolkit.screen import make_button

if TYPE_CHECKING:
    from desktop.services.contacts import ContactService

DUPLICATE_DELAY_MS = 300
Runner = Callable[[Callable[[], Any], Callable[[Any], None]], None]


class ContactForm(QWidget):
    """Create or edit one contact."""

    #: the user asked to save: (person id or None for a new contact, loaded version, fields)
    save_requested = Signal(object, object, dict)
    delete_requested = Signal(int, str)
    #: the duplicate check answered (tests wait for it)
    duplicates_checked = Signal(list)

    TEXT_FIELDS = ("name", "title", "phone", "mobile", "email")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts: ContactService | None = None
        self._run: Runner | None = None
        self.person_id: int | None = None
        self.version: int | None = None
        #: made when the form opens for a new contact: every save of it carries this key,
        #: so a second Ctrl+S or a retry never makes a second person (services.creation)
        self.creation_key = new_key()
        self._original: dict[str, Any] = {}
        self._dup_generation = 0
        self._loading = False

        self._build_heading()
        self._build_text_fields()
        self._build_choices()
        self._build_duplicate_hint()
        form = self._build_form()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.messages["form"])
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._set_tab_order()
        self.clear_for_new()

    # -- building ---------------------------------------------------------------------
    def _build_heading(self) -> None:
        """The bold heading above the fields: the contact's name, or "New contact" (Ny kontakt)."""
        self.heading = QLabel(self)
        self.heading.setObjectName("contactFormHeading")
        # a long Danish name wraps: unwrapped it widened the form and pushed Gem out of sight
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)

    def _build_text_fields(self) -> None:
        """The one-line fields (name, title, phone, mobile, e-mail) and every field's message."""
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, FieldMessage] = {}
        for key in (*self.TEXT_FIELDS, "organisation_id", "trade", "note", "form"):
            self.messages[key] = FieldMessage(self)
        for key in self.TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"contact_{key}")
            edit.textEdited.connect(lambda _text, k=key: self._edited(k))
            self.edits[key] = edit
        self.edits["name"].setToolTip(self.tr("Full name, as colleagues know the person"))
        self.edits["phone"].setPlaceholderText(self.tr("e.g. 12 34 56 78"))
        self.edits["mobile"].setPlaceholderText(self.tr("e.g. 12 34 56 78"))
        self.edits["phone"].setToolTip(
            self.tr("Danish numbers in any format; foreign numbers with +country code")
        )
        self.edits["mobile"].setToolTip(self.edits["phone"].toolTip())
        self.edits["email"].setPlaceholderText(self.tr("name@domain.dk"))
        self.edits["email"].setToolTip(self.tr("Work e-mail address"))

    def _build_choices(self) -> None:
        """The organisation and trade choices, the note and the "Member of" line."""
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("contact_organisation")
        self.organisation.setToolTip(self.tr("The organisation the person works for"))
        self.organisation.currentIndexChanged.connect(lambda _i: self._changed())
        self.trade = enum_combo(Trade, self, empty=self.tr("(none)"))
        self.trade.setObjectName("contact_trade")
        self.trade.setToolTip(self.tr("Trade (faggruppe) – used to see which trades a network lacks"))
        self.trade.currentIndexChanged.connect(lambda _i: self._changed())
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("contact_note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.textChanged.connect(self._changed)
        mark_free_text(self.note)
        self.memberships = QLabel(self)
        self.memberships.setObjectName("contactMemberships")
        self.memberships.setWordWrap(True)
        self.memberships.setTextFormat(Qt.TextFormat.PlainText)

    def _build_duplicate_hint(self) -> None:
        """The warning under the name about a probable duplicate, checked a moment after typing."""
        self.duplicates = FieldMessage(self, warning=True)
        self.duplicates.setObjectName("duplicateWarning")
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self._check_duplicates)

    def _build_form(self) -> QFormLayout:
        """The labelled rows, each field with its message under it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), with_message(self.edits["name"], self.messages["name"]))
        form.addRow("", self.duplicates)
        form.addRow(self.tr("&Title:"), with_message(self.edits["title"], self.messages["title"]))
        form.addRow(
            self.tr("&Organisation:"), with_message(self.organisation, self.messages["organisation_id"])
        )
        form.addRow(self.tr("T&rade:"), with_message(self.trade, self.messages["trade"]))
        form.addRow(self.tr("&Phone:"), with_message(self.edits["phone"], self.messages["phone"]))
        form.addRow(self.tr("&Mobile:"), with_message(self.edits["mobile"], self.messages["mobile"]))
        form.addRow(self.tr("&E-mail:"), with_message(self.edits["email"], self.messages["email"]))
        form.addRow(self.tr("N&ote:"), with_message(self.note, self.messages["note"]))
        form.addRow(self.tr("Member of:"), self.memberships)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        """Slet… and Gem, at the right under the fields."""
        self.save_button = make_button(
            self,
            self.tr("Save"),
            self.request_save,
            name="saveContact",
            tip=self.tr("Save the contact (Ctrl+S)"),
        )
        self.delete_button = make_button(
            self,
            self.tr("Delete…"),
            self._request_delete,
            name="deleteContact",
            tip=self.tr("Delete this contact (asks first)"),
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _set_tab_order(self) -> None:
        """Tab goes down the fields in the order they are shown, then Slet… and Gem."""
        order = [
            self.edits["name"], self.edits["title"], self.organisation, self.trade, self.edits["phone"],
            self.edits["mobile"], self.edits["email"], self.note, self.delete_button, self.save_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- wiring -----------------------------------------------------------------------
    def attach(self, contacts: ContactService, run: Runner) -> None:
        self._contacts, self._run = contacts, run

    def set_organisations(self, rows: list[OrganisationRow]) -> None:
        current = self.organisation.currentData()
        self._loading = True
        self.organisation.clear()
        self.organisation.addItem(self.tr("(none)"), None)
        for row in rows:
            self.organisation.addItem(row.name, row.id)
        self.organisation.setCurrentIndex(max(self.organisation.findData(current), 0))
        self._loading = False

    # -- showing ----------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.person_id is None

    @property
    def dirty(self) -> bool:
        return bool(self.changes())

    def clear_for_new(self) -> None:
        self.person_id, self.version = None, None
        self.creation_key = new_key()
        self._fill(
            name="", title="", organisation_id=None, trade=None, phone="", mobile="", email="", note=""
        )
        self.heading.setText(self.tr("New contact"))
        self.memberships.setText("")
        self.delete_button.setEnabled(False)

    def show_detail(self, detail: ContactDetail) -> None:
        self.person_id, self.version = detail.id, detail.version
        self._fill(
            name=detail.name,
            title=detail.title,
            organisation_id=detail.organisation_id,
            trade=detail.trade,
            phone=detail.phone,
            mobile=detail.mobile,
            email=detail.email,
            note=detail.note,
        )
        self.heading.setText(detail.name)
        self.memberships.setText("\n".join(detail.memberships) or self.tr("No partnerships"))
        self.delete_button.setEnabled(True)

    def _fill(self, **values: Any) -> None:
        self._loading = True
        for key in self.TEXT_FIELDS:
            self.edits[key].setText(values[key])
        index = self.organisation.findData(values["organisation_id"])
        if index < 0 and values["organisation_id"] is not None:
            self.organisation.addItem(str(values["organisation_id"]), values["organisation_id"])
            index = self.organisation.count() - 1
        self.organisation.setCurrentIndex(max(index, 0))
        self.trade.setCurrentIndex(max(self.trade.findData(values["trade"]), 0))
        self.note.setPlainText(values["note"])
        self._loading = False
        self._original = self.values()
        for message in self.messages.values():
            message.clear_message()
        self.duplicates.clear_message()
        self._dup_generation += 1

    def discard(self) -> None:
        """Forkast: the fields as they were loaded (or empty again for a new contact)."""
        if self.person_id is None:
            self.clear_for_new()
        else:
            self._fill(**self._original)

    def focus_first(self) -> None:
        self.edits["name"].setFocus()
        self.edits["name"].selectAll()

    # -- values -----------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: self.edits[key].text().strip() for key in self.TEXT_FIELDS}
        values["organisation_id"] = self.organisation.currentData()
        trade = self.trade.currentData()
        values["trade"] = Trade(trade) if trade else None
        values["note"] = self.note.toPlainText()
        return values

    def changes(self) -> dict[str, Any]:
        """Fields that differ from what was loaded (all filled fields for a new contact)."""
        return {k: v for k, v in self.values().items() if v != self._original.get(k)}

    def original(self) -> dict[str, Any]:
        return dict(self._original)

    # -- checking ---------------------------------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self.messages["form"].clear_message()

    def _edited(self, key: str) -> None:
        self._changed()
        if key in ("phone", "mobile", "email"):
            self._check_field(key)
        elif key == "name":
            self.messages["name"].clear_message()
        if key in ("name", "phone", "mobile", "email"):
            self._dup_timer.start()

    def _check_field(self, key: str) -> bool:
        text = self.edits[key].text()
        try:
            if key == "email":
                normalize_email(text, key)
            elif key in ("phone", "mobile"):
                normalize_phone(text, key)
            elif key == "name" and not text.strip():
                raise ValidationError(self.tr("The contact needs a name."), "name")
        except ValidationError as error:
            self.messages[key].show_message(error.message)
            return False
        self.messages[key].clear_message()
        return True

    def check(self) -> bool:
        """Check every field as the database would; messages appear beside the fields."""
        ok = [self._check_field(key) for key in ("name", "phone", "mobile", "email")]
        if not all(ok):
            for key in ("name", "phone", "mobile", "email"):
                if self.messages[key].isVisible() or self.messages[key].text():
                    self.edits[key].setFocus()
                    break
        return all(ok)

    def show_validation_error(self, error: ValidationError) -> None:
        """A service refused the save: the message goes beside its field."""
        field = error.field if error.field in self.messages else "form"
        self.messages[field].show_message(error.message)
        if field in self.edits:
            self.edits[field].setFocus()

    def show_form_message(self, text: str) -> None:
        self.messages["form"].show_message(text)

    # -- duplicates -------------------------------------------------------------------
    def _check_duplicates(self) -> None:
        if self._contacts is None or self._run is None:
            return
        self._dup_generation += 1
        generation, contacts, values = self._dup_generation, self._contacts, self.values()
        exclude = self.person_id

        def ask() -> list[ContactRow]:
            return contacts.possible_duplicates(
                name=values["name"],
                email=values["email"],
                phone=values["phone"],
                mobile=values["mobile"],
                exclude_id=exclude,
            )

        self._run(ask, lambda rows: self._show_duplicates(generation, rows))

    def _show_duplicates(self, generation: int, rows: list[ContactRow]) -> None:
        if generation != self._dup_generation:
            return
        if rows:
            names = "; ".join(f"{r.name} ({r.organisation})" if r.organisation else r.name for r in rows)
            self.duplicates.show_message(self.tr("Possibly already registered: {names}").format(names=names))
        else:
            self.duplicates.clear_message()
        self.duplicates_checked.emit(rows)

    # -- actions ----------------------------------------------------------------------
    def request_save(self) -> None:
        if not self.check():
            self.show_form_message(self.tr("Not saved: correct the fields marked in red."))
            return
        changes = self.changes() if not self.is_new else self.values()
        if not self.is_new and not changes:
            self.show_form_message(self.tr("Nothing has changed."))
            return
        self.save_requested.emit(self.person_id, self.version, changes)

    def _request_delete(self) -> None:
        if self.person_id is not None:
            self.delete_requested.emit(self.person_id, self.edits["name"].text())

"""Dialogs of the Partnerskaber screen: pick contacts (type to search), correct or end a
membership.

They are opened with ``open()`` and report by signal, so neither the window nor a test
waits on them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import MemberRole
from desktop.services.contacts import ContactFilter, ContactRow, ContactService
from desktop.services.errors import ValidationError
from desktop.services.partnerships import MemberRow
from desktop.views.contacts.table_model import ContactTableModel, capped_count_text
from desktop.views.toolkit.combos import enum_combo, select_data
from desktop.views.toolkit.conflict_dialog import show_value
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.field_errors import FieldErrors
from desktop.views.toolkit.i18n import ClassTr
from desktop.views.toolkit.screen import make_button
from desktop.views.toolkit.shortcuts import widget_shortcut
from desktop.views.toolkit.tasks import TaskRunner

SEARCH_DELAY_MS = 150


class ContactPickerDialog(ClassTr, QDialog):
    """Type to search every contact (filtered in SQL, paged on scroll) and choose several.

    Rows selected in the list are added to the chosen list with Enter or the button; the
    search can then change and more people be added. OK takes the chosen list, or the rows
    selected in the list when nothing was chosen yet. By keyboard: a name, Enter (to the first
    hit), Enter (chosen), Enter again (OK).
    """

    #: the chosen contacts (ContactRow) when the user presses OK
    picked = Signal(list)
    # ``ContactPickerDialog.tr``, not ``self.tr``: PySide6's ``self.tr`` looks a string up
    # under the subclass's name (AddMembersDialog), where lupdate never filed it.

    def __init__(
        self,
        contacts: ContactService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        title: str = "",
        single: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactPickerDialog")
        self.setWindowTitle(title or ContactPickerDialog.tr("Choose contacts"))
        self._single = single
        self._chosen: dict[int, ContactRow] = {}
        #: Enter was pressed in the search before its hits came: select the first when they do
        self._select_first_hit = False

        left = self._build_search(contacts, tasks, single)
        right = self._build_chosen()
        self.extra = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addLayout(left, 3)
        if not single:
            body.addLayout(right, 1)
        else:
            self.chosen_list.hide()
            self.choose_button.hide()
            self.unchoose_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(self.extra)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 140, metrics.height() * 32)
        self.model.set_filter(ContactFilter())

    def _build_search(self, contacts: ContactService, tasks: TaskRunner, single: bool) -> QVBoxLayout:
        """The search field with its count, over every contact found (paged as it scrolls)."""
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(ContactPickerDialog.tr("Search name, e-mail or phone…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.model = ContactTableModel(contacts, tasks, self)
        self.model.total_changed.connect(lambda n: self.count.setText(self._count_text(n)))
        self.table = QTableView(self)
        self.table.setObjectName("pickerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection
            if single
            else QAbstractItemView.SelectionMode.ExtendedSelection
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (rows are chosen, not cells)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.choose_selected())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        # Enter in the search goes on to the hits (a shortcut: the dialog's OK must not take it)
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            widget_shortcut(QKeySequence(enter), self.search, self._to_results)
        self.model.loaded.connect(self._loaded)

        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        left.addLayout(top)
        left.addWidget(self.table, 1)
        return left

    def _build_chosen(self) -> QVBoxLayout:
        """The people chosen so far, and Add / Remove (Enter in the list, Delete here)."""
        self.chosen_list = QListWidget(self)
        self.chosen_list.setObjectName("chosenList")
        self.choose_button = make_button(
            self,
            ContactPickerDialog.tr("&Add to chosen ▸"),
            self.choose_selected,
            tip=ContactPickerDialog.tr("Add the contacts selected in the list (Enter)"),
        )
        self.unchoose_button = make_button(
            self,
            ContactPickerDialog.tr("&Remove from chosen"),
            self._unchoose,
            tip=ContactPickerDialog.tr("Remove the selected people from the chosen list (Delete)"),
        )
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            widget_shortcut(QKeySequence(enter), self.table, self._enter_in_list)
        widget_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.chosen_list, self._unchoose)

        right = QVBoxLayout()
        right.addWidget(QLabel(ContactPickerDialog.tr("Chosen:"), self))
        right.addWidget(self.chosen_list, 1)
        right.addWidget(self.choose_button)
        right.addWidget(self.unchoose_button)
        return right

    def _count_text(self, found: int) -> str:
        if self.model.capped:
            return capped_count_text(found)
        return ContactPickerDialog.tr("%Ln contact(s)", "", found)

    def _apply_filter(self) -> None:
        self.model.set_filter(ContactFilter(text=self.search.text()))

    def _to_results(self) -> None:
        """Enter in the search: on to the hits with the first one selected, so that Enter again
        chooses it (the search typed last is run at once, its first hit selected when it comes)."""
        searching = self._debounce.isActive()
        if searching:
            self._debounce.stop()
            self._apply_filter()
        self.table.setFocus()
        self._select_first_hit = searching or not self._select_first()

    def _loaded(self) -> None:
        if self._select_first_hit:
            self._select_first_hit = False
            self._select_first()

    def _select_first(self) -> bool:
        """Select the first hit unless a row is selected already; whether one is now."""
        if self.table.selectionModel().hasSelection():
            return True
        if not self.model.rowCount():
            return False
        self.table.selectRow(0)
        return True

    def _enter_in_list(self) -> None:
        """Enter in the list chooses the selected people; pressed again on people already
        chosen, it takes the chosen list (OK), as a keyboard user expects of a second Enter."""
        selected = self.selected_rows()
        if self._chosen and selected and all(row.id in self._chosen for row in selected):
            self._accept()
        else:
            self.choose_selected()

    def selected_rows(self) -> list[ContactRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def choose_selected(self) -> None:
        if self._single:
            self._accept()
            return
        for row in self.selected_rows():
            if row.id in self._chosen:
                continue
            self._chosen[row.id] = row
            item = QListWidgetItem(f"{row.name} ({row.organisation})" if row.organisation else row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.chosen_list.addItem(item)
        self._update_ok()

    def _unchoose(self) -> None:
        for item in self.chosen_list.selectedItems():
            self._chosen.pop(item.data(Qt.ItemDataRole.UserRole), None)
            self.chosen_list.takeItem(self.chosen_list.row(item))
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        n = len(self._chosen)
        ok.setText(ContactPickerDialog.tr("OK") if n == 0 else ContactPickerDialog.tr("Choose %n", "", n))

    def chosen(self) -> list[ContactRow]:
        return list(self._chosen.values()) or self.selected_rows()

    def _accept(self) -> None:
        people = self.chosen()
        if not people:
            self.count.setText(ContactPickerDialog.tr("Select at least one contact."))
            return
        self.picked.emit(people)
        self.accept()


class AddMembersDialog(ContactPickerDialog):
    """Add contacts to the partnership in one role from a start date."""

    #: (person ids, role, start date)
    members_chosen = Signal(list, object, object)

    def __init__(self, contacts: ContactService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(contacts, tasks, parent)
        self.setObjectName("addMembersDialog")
        self.setWindowTitle(self.tr("Add members"))
        self.role = enum_combo(MemberRole, self)
        self.role.setObjectName("memberRole")
        self.role.setCurrentIndex(self.role.findData(MemberRole.NETWORK_MEMBER))
        self.start = DateField(self, required=True)
        self.start.setObjectName("memberStart")
        self.start.set_value(date.today())
        self.extra.addRow(self.tr("&Role:"), self.role)
        self.extra.addRow(self.tr("&From:"), self.start.with_message())
        self.picked.connect(self._emit_members)

    def _accept(self) -> None:
        if not self.start.check():
            self.start.setFocus()
            return
        super()._accept()

    def _emit_members(self, people: list[ContactRow]) -> None:
        self.members_chosen.emit([p.id for p in people], self.role.currentData(), self.start.value())


class EndMembershipDialog(QDialog):
    """The date a membership ends (today by default)."""

    end_chosen = Signal(object)

    def __init__(self, who: str, started: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endMembershipDialog")
        self.setWindowTitle(self.tr("End membership"))
        self.end = DateField(self, required=True)
        self.end.setObjectName("membershipEnd")
        self.end.set_value(date.today())
        self.end.must_not_precede(started)
        text = QLabel(self.tr("When does {who} leave the partnership?").format(who=who), self)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Last day:"), self.end.with_message())
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.end.check():
            self.end.setFocus()
            return
        self.end_chosen.emit(self.end.value())
        self.accept()


class EditMembershipDialog(QDialog):
    """Correct a membership afterwards: its role and its period (an empty end: still a member).

    OK does not close the dialog: it reports the changes (``changes_chosen``) and the screen
    closes it once they are saved. A refused save (an end before the start, a colleague's
    newer version) is shown here, with the user's choices still in the fields.
    """

    # {field: new value} for the fields the user changed (``object``: a ``dict`` signal
    # would go through QVariantMap, sorting the keys and turning the role into a str)
    changes_chosen = Signal(object)

    def __init__(self, member: MemberRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editMembershipDialog")
        self.setWindowTitle(self.tr("Edit membership"))
        self.member = member
        # the values the fields were filled from, and the version they belong to
        self.version = member.version
        self.original: dict[str, Any] = {
            "role": member.role,
            "start_date": member.start_date,
            "end_date": member.end_date,
        }
        text = QLabel(
            self.tr("{who}'s role in the partnership and when it began and ended.").format(who=member.name),
            self,
        )
        text.setWordWrap(True)
        self.role = enum_combo(MemberRole, self)
        self.role.setObjectName("editMemberRole")
        select_data(self.role, member.role)
        self.start = DateField(self)
        self.start.setObjectName("editMemberStart")
        self.start.set_value(member.start_date)
        self.end = DateField(self)
        self.end.setObjectName("editMemberEnd")
        self.end.set_value(member.end_date)
        self.end.must_not_precede(self.start)
        self.end.setToolTip(self.tr("Leave empty while the person is a member"))
        general = QLabel(self)
        general.setObjectName("membershipError")
        self.errors = FieldErrors(general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for key, caption, widget in (
            ("role", self.tr("&Role:"), self.role),
            ("start_date", self.tr("&From:"), self.start),
            ("end_date", self.tr("&To:"), self.end),
        ):
            buddy = QLabel(caption, self)
            buddy.setBuddy(widget)
            form.addRow(buddy, self.errors.wrap(key, widget, self))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(general)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # room for a message without squeezing the fields: the dialog grows to show it whole
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.role.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "role": MemberRole(self.role.currentData()),  # the combo gives its data back as a str
            "start_date": self.start.value(),
            "end_date": self.end.value(),
        }

    def changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(before, after) of the fields the user changed."""
        after = {k: v for k, v in self.values().items() if v != self.original[k]}
        return {k: self.original[k] for k in after}, after

    def show_error(self, message: str, field: str | None) -> None:
        self.errors.show(message, field)
        self.adjustSize()
        widget = {"role": self.role, "start_date": self.start, "end_date": self.end}.get(field or "")
        if widget is not None:
            widget.setFocus()

    def show_theirs(self, version: int, theirs: dict[str, Any]) -> None:
        """A colleague saved first: say what they saved; OK again saves the user's choices."""
        self.version = version
        self.original = {k: theirs.get(k, v) for k, v in self.original.items()}
        self.errors.show(
            self.tr(
                "Someone else has changed this membership meanwhile: role {role}, from {start} to {end}. "
                "Your choices are still here; press OK to save them instead, or Cancel to keep theirs."
            ).format(
                role=show_value(self.original["role"]),
                start=show_value(self.original["start_date"]),
                end=show_value(self.original["end_date"]),
            ),
            None,
        )
        self.adjustSize()

    def _accept(self) -> None:
        self.errors.clear()
        try:
            _before, after = self.changes()
        except ValidationError as error:  # a date field holding text that is no date
            self.show_error(error.message, error.field)
            return
        if not after:
            self.accept()  # nothing changed: nothing to save
            return
        self.changes_chosen.emit(after)


__all__ = ["AddMembersDialog", "ContactPickerDialog", "EditMembershipDialog", "EndMembershipDialog"]

"""Organisationer og kontakter: type-to-search over every contact, the contact form, organisations.

The contact list filters in SQL and fetches a page at a time (ContactTableModel), so it
stays fast with 100,000 contacts. Saves run in the background with the version the form
loaded; only a save that succeeded is put on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contact_rows import ContactDetail, ContactFilter, ContactRow, OrganisationRow
from desktop.services.errors import EditConflict, FodslagError, ValidationError
from desktop.views.contacts.add_to_partnership import AddToPartnershipDialog
from desktop.views.contacts.contact_form import ContactForm
from desktop.views.contacts.organisation_form import OrganisationForm
from desktop.views.contacts.table_model import ContactTableModel, capped_count_text
from desktop.views.toolkit.errors import report_error
from desktop.views.toolkit.messages import confirm_delete
from desktop.views.toolkit.record_model import ID_ROLE, ROW_ROLE, Column, RecordTableModel
from desktop.views.toolkit.screen import EmptyHint, Screen, make_button, make_table, reselect_quietly
from desktop.views.toolkit.shortcuts import widget_shortcut
from desktop.views.toolkit.undo import apply_edit, single_edit
from desktop.views.toolkit.unsaved import EditorHandle, PendingSave, leave

if TYPE_CHECKING:
    from desktop.services.pages import Page
    from desktop.services.partnerships import PartnershipRow
    from desktop.services.registry import Services
    from desktop.views.toolkit.conflict_dialog import ConflictDialog
    from desktop.views.toolkit.tasks import TaskRunner

SEARCH_DELAY_MS = 120
HIDDEN_COLUMNS_KEY = "contacts/hiddenColumns"
#: more than a printed list is useful for; a search narrows it
PRINT_LIMIT = 5_000


#: starting widths (px) that show a Danish name, the trade and a phone number whole and leave
#: the e-mail (the last column, stretched) room at 1280×800
COLUMN_WIDTHS = {"name": 210, "title": 130, "organisation": 130, "trade": 140, "phone": 90, "mobile": 90}
#: hidden until the user shows them (the header's right-click menu): with them the e-mail
#: was pushed off a laptop screen; the form beside the list shows both
DEFAULT_HIDDEN = ["title", "mobile"]


def _stored_list(value: object) -> list[str]:
    """A list QSettings gave back: a lone value comes back as a string, none as None."""
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value] if isinstance(value, list | tuple) else []


class ContactsScreen(Screen):
    watches = ("Person", "Organisation", "Membership", "Partnership")
    can_create = True
    can_save = True
    can_print = True  # the contact list as searched

    #: a contact was saved, created or restored (the detail), or deleted (None)
    contact_saved = Signal(object)
    #: people were added to a partnership (the new membership ids)
    members_added = Signal(list)
    organisation_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: asks before deleting (tests replace it)
        self.confirm: Callable[[QWidget, str], bool] = confirm_delete
        #: "Gem" in the unsaved-work question: what to do once the form's save went through
        self._contact_saving = PendingSave()
        self._organisation_saving = PendingSave()
        #: creation keys whose contact is on the undo stack already (a second Gem adds none)
        self._created_keys: set[str] = set()
        self.add_dialog: AddToPartnershipDialog | None = None
        #: the both-versions dialog while it is open (``open_conflict`` keeps it here)
        self.conflict_dialog: ConflictDialog | None = None

        self.contact_model: ContactTableModel | None = None
        #: a start-up row clicked before the services were open (opened once they are)
        self._chosen_before_services: int | None = None
        #: a save asked for before the services were open (run once they are)
        self._save_when_open: Callable[[], None] | None = None
        self._build_search()
        self._build_contact_table()
        self._build_contact_actions()
        contacts_page = self._contacts_page(self._build_contact_form())
        self._build_organisation_list()
        self._build_organisation_detail()
        org_page = self._organisations_page()
        self._build_tabs(contacts_page, org_page)
        self._build_keyboard()

    def _build_search(self) -> None:
        """The search box, its count and the debounce that runs the search as the user types."""
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Search name, e-mail or phone…"))
        self.search.setToolTip(self.tr("Type part of a name, an e-mail address or a phone number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("contactCount")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        # Escape empties the search and brings the whole list back
        widget_shortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)

    def _build_contact_table(self) -> None:
        """The paged contact list (its model comes with the services or the start-up rows)."""
        self.contact_table = QTableView(self)
        self.contact_table.setObjectName("contactTable")
        self.contact_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contact_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_table.setAlternatingRowColors(True)
        self.contact_table.setWordWrap(False)
        self.contact_table.verticalHeader().setVisible(False)
        self.contact_table.horizontalHeader().setStretchLastSection(True)
        self.contact_table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.contact_table.horizontalHeader().customContextMenuRequested.connect(self._column_menu)
        self.contact_table.horizontalHeader().setToolTip(self.tr("Right-click to choose the columns"))
        #: what to do next when the list is empty (no contacts yet, or none match the search)
        self.contact_hint = EmptyHint(self.contact_table)

    def _build_contact_actions(self) -> None:
        """New contact, Add to partnership and the status line below the list."""
        self.new_button = make_button(
            self,
            self.tr("New contact"),
            self.create_new,
            name="newContact",
            tip=self.tr("Create a new contact (Ctrl+N)"),
        )
        self.add_button = make_button(
            self,
            self.tr("Add to partnership…"),
            self.add_selected_to_partnership,
            name="addToPartnership",
            tip=self.tr("Add the selected contacts to a partnership in one role"),
        )
        self.add_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setObjectName("contactStatus")
        self.status.setWordWrap(True)

    def _build_contact_form(self) -> QScrollArea:
        """The contact form, in a scroll area for small screens."""
        self.form = ContactForm(self)
        self.form.save_requested.connect(self._save_contact)
        # a new save attempt: the last one's "Saved." would stand beside the form's "Not saved"
        self.form.save_button.pressed.connect(self.status.clear)
        self.form.delete_requested.connect(self._delete_contact)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setMinimumWidth(300)
        return form_scroll

    def _contacts_page(self, form_scroll: QScrollArea) -> QWidget:
        """The Kontakter tab: the list with its search and buttons beside the form."""
        contacts_page = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.add_button)
        actions.addWidget(self.status, 1)
        left = QWidget(contacts_page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.contact_table)
        left_layout.addLayout(actions)
        self.contact_splitter = QSplitter(contacts_page)
        self.contact_splitter.addWidget(left)
        self.contact_splitter.addWidget(form_scroll)
        self.contact_splitter.setStretchFactor(0, 3)
        self.contact_splitter.setStretchFactor(1, 2)
        # the list gets the room (at 1280×800 its phone and e-mail columns were off to the
        # right behind a scroll bar); the form keeps what its fields need
        self.contact_splitter.setSizes([720, 300])
        QVBoxLayout(contacts_page).addWidget(self.contact_splitter)
        return contacts_page

    def _build_organisation_list(self) -> None:
        """The organisations and the New organisation button."""
        self.organisations: RecordTableModel[OrganisationRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Kind"), lambda r: r.kind_label),
                Column(self.tr("Part of"), lambda r: r.parent),
                Column(self.tr("People"), lambda r: r.people, align_right=True),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("E-mail"), lambda r: r.email),
            ],
            self,
        )
        self.organisation_table = make_table(self.organisations, self)
        self.organisation_table.setObjectName("organisationTable")
        self.organisation_hint = EmptyHint(
            self.organisation_table,
            self.tr(
                "No organisations yet. Create the first with “New organisation”: the municipality, "
                "the police district, a housing association…"
            ),
        )
        self.organisation_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._organisation_chosen()
        )
        self.new_organisation_button = make_button(
            self,
            self.tr("New organisation"),
            self.create_new,
            name="newOrganisation",
            tip=self.tr("Create a new organisation (Ctrl+N)"),
        )

    def _build_organisation_detail(self) -> None:
        """An organisation's form and its people."""
        self.organisation_form = OrganisationForm(self)
        self.organisation_form.save_requested.connect(self._save_organisation)
        self.organisation_form.delete_requested.connect(self._delete_organisation)
        self.organisation_form.similar_chosen.connect(self._open_similar_organisation)
        self.people: RecordTableModel[ContactRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Phone"), lambda r: r.phone),
                Column(self.tr("E-mail"), lambda r: r.email),
            ],
            self,
        )
        self.people_table = make_table(self.people, self)
        self.people_table.setObjectName("organisationPeople")
        self.people_table.setToolTip(self.tr("Double-click a person to open the contact"))
        self.people_table.doubleClicked.connect(self._open_person)
        self._people_generation = 0

    def _organisations_page(self) -> QWidget:
        """The Organisationer tab: the list beside the form and its people."""
        org_page = QWidget(self)
        org_left = QWidget(org_page)
        org_left_layout = QVBoxLayout(org_left)
        org_left_layout.setContentsMargins(0, 0, 0, 0)
        org_left_layout.addWidget(self.organisation_table)
        org_buttons = QHBoxLayout()
        org_buttons.addWidget(self.new_organisation_button)
        org_buttons.addStretch(1)
        org_left_layout.addLayout(org_buttons)
        org_right = QWidget(org_page)
        org_right_layout = QVBoxLayout(org_right)
        org_right_layout.addWidget(self.organisation_form)
        self.people_label = QLabel(self.tr("People"), org_right)
        org_right_layout.addWidget(self.people_label)
        org_right_layout.addWidget(self.people_table, 1)
        org_splitter = QSplitter(org_page)
        org_splitter.addWidget(org_left)
        org_splitter.addWidget(org_right)
        org_splitter.setStretchFactor(0, 3)
        org_splitter.setStretchFactor(1, 2)
        QVBoxLayout(org_page).addWidget(org_splitter)
        return org_page

    def _build_tabs(self, contacts_page: QWidget, org_page: QWidget) -> None:
        """The two tabs."""
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("contactTabs")
        self.tabs.addTab(contacts_page, self.tr("&Contacts"))
        self.tabs.addTab(org_page, self.tr("&Organisations"))
        QVBoxLayout(self).addWidget(self.tabs)

    def _build_keyboard(self) -> None:
        """Delete on the list, and a Tab order that follows the screen."""
        delete_action = QAction(self.tr("Delete contact"), self.contact_table)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.form._request_delete)
        self.contact_table.addAction(delete_action)

        QWidget.setTabOrder(self.search, self.contact_table)
        QWidget.setTabOrder(self.contact_table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.add_button)
        QWidget.setTabOrder(self.add_button, self.form.edits["name"])

    # -- wiring -----------------------------------------------------------------------
    def attach(self, services: Services, tasks: TaskRunner) -> None:
        model = self.contact_model
        if model is not None and model.contacts is None:
            model.use(services.contacts)  # the start-up rows stay; the services read from here on
        else:
            self._show_model(ContactTableModel(services.contacts, tasks, self))
        self.form.attach(services.contacts, self.run)
        super().attach(services, tasks)
        chosen, self._chosen_before_services = self._chosen_before_services, None
        save, self._save_when_open = self._save_when_open, None
        if save is not None:
            save()
        elif chosen is not None and self.form.person_id is None:
            self._load_contact(chosen)

    def show_first_rows(self, page: Page[ContactRow], tasks: TaskRunner) -> None:
        """The list's first page read from the file at start-up, before the services are open."""
        if self.contact_model is None:
            model = ContactTableModel(None, tasks, self)
            self._show_model(model)
            model.show_first_rows(page)

    def forget_first_rows(self) -> None:
        """The database did not open after all: the rows read at start-up go with it."""
        model = self.contact_model
        if model is not None and model.contacts is None:
            self.contact_model = None
            self.contact_table.setModel(None)  # Qt takes None: no model
            model.deleteLater()
            self.count.setText("")

    def _show_model(self, model: ContactTableModel) -> None:
        self.contact_model = model
        model.total_changed.connect(self._show_count)
        self.contact_table.setModel(model)
        self.contact_hint.follow(model)
        self.contact_table.selectionModel().currentRowChanged.connect(lambda *_: self._contact_chosen())
        self.contact_table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._restore_columns(model)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def load(self) -> None:
        assert self.services is not None
        self._apply_filter()
        self.run(self.services.contacts.organisations, self._show_organisations)
        if self.form.person_id is not None and not self.form.dirty:
            self._load_contact(self.form.person_id)

    def _apply_filter(self) -> None:
        self._debounce.stop()
        if self.contact_model is None:
            return
        wanted = ContactFilter(text=self.search.text())
        if wanted == self.contact_model.current_filter and self.contact_model.rowCount() > 0:
            self.contact_model.refresh()  # same list, new data: keep the user's place
        else:
            self.contact_model.set_filter(wanted)

    def _show_count(self, total: int) -> None:
        if self.contact_model is not None and self.contact_model.capped:
            self.count.setText(capped_count_text(total))
        else:
            self.count.setText(self.tr("%Ln contact(s)", "", total))  # "100.040 kontakter"
        searched = self.contact_model.current_filter.text.strip() if self.contact_model else ""
        if total:
            self.contact_hint.setText("")
        elif searched:
            self.contact_hint.setText(
                self.tr(
                    "No contact matches “{text}”. Search part of a name, an e-mail address or domain, "
                    "or a phone number."
                ).format(text=searched)
            )
        else:
            self.contact_hint.setText(
                self.tr(
                    "No contacts yet. Create the first with “New contact”, or use File → Import contacts…."
                )
            )

    def _show_organisations(self, rows: list[OrganisationRow]) -> None:
        selected = self.organisation_form.organisation_id
        self.organisations.set_rows(rows)
        self.organisation_table.resizeColumnsToContents()
        self.form.set_organisations(rows)
        self.organisation_form.set_organisations(rows)
        if selected is not None:
            self._select_organisation(selected)

    # -- printing ---------------------------------------------------------------------
    def print_current(self) -> None:
        """Ctrl+P: the contacts the search finds, with the columns shown, in a print preview."""
        from desktop.views.toolkit.printing import nothing_to_print

        if self.contact_model is None or self.services is None or self.tabs.currentIndex() != 0:
            nothing_to_print(self, self.tr("The contact list prints from the Contacts tab."))
            return
        if self.contact_model.total == 0:
            nothing_to_print(self, self.tr("No contacts match the search: there is nothing to print."))
            return
        contacts, flt = self.services.contacts, self.contact_model.current_filter
        header = self.contact_table.horizontalHeader()
        shown = [c for c in range(self.contact_model.columnCount()) if not header.isSectionHidden(c)]
        self.run(lambda: contacts.search(flt, 0, PRINT_LIMIT), lambda page: self._preview(page.items, shown))

    def _preview(self, rows: Sequence[ContactRow], columns: list[int]) -> None:
        from html import escape

        from desktop.views.toolkit.printing import preview_html

        model = self.contact_model
        assert model is not None
        heads = "".join(f"<th align='left'>{escape(str(model.headerData(c, Qt.Orientation.Horizontal)))}</th>"
                        for c in columns)  # fmt: skip
        body = "".join(
            "<tr>"
            + "".join(f"<td>{escape(getattr(row, ContactTableModel.FIELDS[c]) or '')}</td>" for c in columns)
            + "</tr>"
            for row in rows
        )
        title = self.tr("Contacts")
        search = self.search.text().strip()
        subtitle = self.tr("%Ln contact(s)", "", len(rows)) + (
            " · " + self.tr("search: {text}").format(text=escape(search)) if search else ""
        )
        page = (
            f"<h1>{escape(title)}</h1><p>{subtitle}</p>"
            f"<table border='1' cellpadding='3' cellspacing='0' width='100%'><tr>{heads}</tr>{body}</table>"
        )
        preview_html(self, page, title=self.tr("Print contacts"), doc_name=title, name="contactsPrintPreview")

    # -- columns ----------------------------------------------------------------------
    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.popup(self.contact_table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The header's context menu: one checkable entry per column."""
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        model, header = self.contact_model, self.contact_table.horizontalHeader()
        if model is None:
            return menu
        visible = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(not (len(visible) == 1 and column in visible))  # keep one column
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        return menu

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.contact_table.horizontalHeader().setSectionHidden(column, not visible)
        hidden = [
            ContactTableModel.FIELDS[c]
            for c in range(len(ContactTableModel.FIELDS))
            if self.contact_table.horizontalHeader().isSectionHidden(c)
        ]
        QSettings().setValue(HIDDEN_COLUMNS_KEY, hidden)
        if self.contact_model is not None:
            self.contact_model.show_mobile_in_phone("mobile" in hidden)

    def _restore_columns(self, model: ContactTableModel) -> None:
        hidden = _stored_list(QSettings().value(HIDDEN_COLUMNS_KEY, DEFAULT_HIDDEN))
        header = self.contact_table.horizontalHeader()
        for column, field in enumerate(ContactTableModel.FIELDS):
            header.setSectionHidden(column, field in hidden)
        for field, width in COLUMN_WIDTHS.items():
            header.resizeSection(ContactTableModel.FIELDS.index(field), width)
        model.show_mobile_in_phone("mobile" in hidden)

    # -- contacts ---------------------------------------------------------------------
    def selected_contact_ids(self) -> list[int]:
        rows = self.contact_table.selectionModel().selectedRows() if self.contact_model else []
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _selection_changed(self) -> None:
        count = len(self.selected_contact_ids())
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(
            self.tr("Add %n to partnership…", "", count) if count > 1 else self.tr("Add to partnership…")
        )

    def _contact_chosen(self) -> None:
        index = self.contact_table.currentIndex()
        if not index.isValid():
            return
        chosen, editing = index.data(ID_ROLE), self.form.person_id
        if self.services is None:  # a start-up row: the contact opens once the services are there
            self._chosen_before_services = chosen
            return
        if chosen != editing:
            self.status.clear()  # "Gemt." was said of the contact before
        if chosen != editing and self.form.dirty:
            leave(
                self,
                [self.contact_editor()],
                lambda: self._open_contact(chosen),
                lambda: reselect_quietly(self.contact_table, editing),  # the list points at the form
            )
            return
        self._load_contact(chosen)

    def _open_contact(self, person_id: int) -> None:
        reselect_quietly(self.contact_table, person_id)
        self._load_contact(person_id)

    # -- the unsaved-work guard -------------------------------------------------------
    def editors(self) -> list[EditorHandle]:
        return [self.contact_editor(), self.organisation_editor()]

    def contact_editor(self) -> EditorHandle:
        def what() -> str:
            typed = self.form.edits["name"].text().strip()
            return self.tr("the contact {name}").format(name=typed) if typed else self.tr("the new contact")

        def save(then: Callable[[], None]) -> None:
            self._contact_saving.start(then, self.form.request_save)

        return EditorHandle(lambda: self.form.dirty, what, save, self.form.discard)

    def organisation_editor(self) -> EditorHandle:
        form = self.organisation_form

        def what() -> str:
            typed = form.name.text().strip()
            return (
                self.tr("the organisation {name}").format(name=typed)
                if typed
                else self.tr("the new organisation")
            )

        def save(then: Callable[[], None]) -> None:
            self._organisation_saving.start(then, form.request_save)

        return EditorHandle(lambda: form.dirty, what, save, form.discard)

    def _load_contact(self, person_id: int) -> None:
        assert self.services is not None
        contacts = self.services.contacts
        self.run(lambda: contacts.get(person_id), self._show_contact)

    def _show_contact(self, detail: ContactDetail) -> None:
        self.form.show_detail(detail)

    def show_object(self, entity: str, entity_id: int) -> None:
        if entity == "Person" and self.services is not None:
            self.tabs.setCurrentIndex(0)
            if entity_id != self.form.person_id or not self.form.dirty:  # the same contact: kept as typed
                # the list points at the contact opened, not at the one chosen before
                leave(self, [self.contact_editor()], lambda: self._open_contact(entity_id))

    def create_new(self) -> None:
        if self.tabs.currentIndex() == 1:
            leave(self, [self.organisation_editor()], self._new_organisation)
        else:
            leave(self, [self.contact_editor()], self._new_contact)

    def _new_contact(self) -> None:
        reselect_quietly(self.contact_table, None)  # choosing the last contact again opens it
        self.status.clear()
        self.form.clear_for_new()
        self.form.focus_first()

    def _new_organisation(self) -> None:
        reselect_quietly(self.organisation_table, None)
        self.organisation_form.clear_for_new()
        self._no_people()
        self.organisation_form.name.setFocus()

    def _no_people(self) -> None:
        """A new (or deleted) organisation has no people: the list and its heading say so,
        not the name of the one shown before (nor a late answer for it)."""
        self._people_generation += 1
        self.people.set_rows([])
        self.people_label.setText(self.tr("People"))

    def save(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.organisation_form.request_save()
        else:
            self.status.clear()
            self.form.request_save()

    def _save_contact(self, person_id: int | None, version: int | None, changes: dict[str, Any]) -> None:
        if self.services is None or self.tasks is None:  # Gem in the first moment of a start
            self._save_when_open = lambda: self._save_contact(person_id, version, changes)
            self.form.show_form_message(
                self.tr("The database is still opening: saved as soon as it is open.")
            )
            return
        contacts = self.services.contacts
        name = changes.get("name") or self.form.edits["name"].text()
        if person_id is None:
            created: dict[str, int] = {}
            key = self.form.creation_key

            def create() -> ContactDetail:
                detail = contacts.create(key=key, **changes)
                created["id"] = detail.id
                return detail

            def remove() -> None:
                contacts.delete(created["id"])

            text = self.tr("Create contact {name}").format(name=name)
            self._apply(text, create, remove, once=key)
            return
        assert version is not None
        original = self.form.original()
        edit = single_edit(
            contacts.update,
            person_id,
            version,
            {k: original[k] for k in changes},
            changes,
            reload_version=lambda pid: contacts.get(pid).version,
        )
        self._apply(self.tr("Edit contact {name}").format(name=name), edit.do, edit.undo)

    def _apply(self, text: str, do: Callable[[], Any], undo: Callable[[], Any], once: str = "") -> None:
        """Save now; once it worked, put it on the undo stack (a create once per key ``once``:
        a second Gem before the first answered returns the same contact, not a second one)."""
        assert self.tasks is not None
        self.form.save_button.setEnabled(False)
        then = self._contact_saving.take()

        def saved(result: Any) -> None:
            self.form.save_button.setEnabled(True)
            self._contact_result(result)
            self.status.setText(self.tr("Saved."))
            then()

        def failed(error: FodslagError) -> None:
            self.form.save_button.setEnabled(True)
            self._created_keys.discard(once)  # refused: the next Gem is the create again
            self._contact_failed(error)

        if once and once in self._created_keys:  # already on the undo stack: save, no second entry
            self.tasks.run(do, saved, failed, context=self)
            return
        if once:
            self._created_keys.add(once)
        apply_edit(
            self,
            text,
            do,
            undo,
            saved,
            failed,
            replayed=self._contact_result,
            replay_failed=self._contact_failed,
        )

    def _contact_result(self, result: Any) -> None:
        if isinstance(result, ContactDetail):
            if self.form.person_id in (None, result.id):
                self.form.show_detail(result)
        elif result is None and self.form.person_id is not None:
            self._check_still_there(self.form.person_id)
        self.contact_saved.emit(result)

    def _check_still_there(self, person_id: int) -> None:
        assert self.services is not None and self.tasks is not None
        contacts = self.services.contacts
        self.tasks.run(
            lambda: contacts.get(person_id),
            lambda _detail: None,
            lambda _error: self.form.clear_for_new(),
            context=self,
        )

    def _contact_failed(self, error: FodslagError) -> None:
        if isinstance(error, ValidationError):
            self.form.show_validation_error(error)
        elif isinstance(error, EditConflict) and error.entity == "Person":
            self._resolve_conflict(error)
        else:
            self.form.show_form_message(error.message)
            report_error(self, error)

    def _resolve_conflict(self, conflict: EditConflict) -> None:
        """A colleague saved first: both versions side by side; the choice is saved on theirs."""
        from desktop.views.toolkit.conflict_dialog import resolve_conflict

        labels = {
            "name": self.tr("Name"), "title": self.tr("Title"), "organisation_id": self.tr("Organisation"),
            "trade": self.tr("Trade"), "phone": self.tr("Phone"), "mobile": self.tr("Mobile"),
            "email": self.tr("E-mail"), "note": self.tr("Note"),
        }  # fmt: skip
        person_id = conflict.entity_id

        def save_choice(values: dict[str, Any], version: int) -> None:
            assert self.services is not None
            contacts = self.services.contacts
            before = {k: conflict.theirs.get(k) for k in values}
            edit = single_edit(
                contacts.update, person_id, version, before, values,
                reload_version=lambda pid: contacts.get(pid).version,
            )  # fmt: skip
            self._apply(
                self.tr("Edit contact {name}").format(name=self.form.edits["name"].text()), edit.do, edit.undo
            )

        resolve_conflict(
            self,
            conflict,
            labels,
            save_choice,
            what=self.form.edits["name"].text(),
            mergeable=("name", "title", "note"),
            keep_theirs=lambda: self._load_contact(person_id),
            holder=self,
        )

    def _delete_contact(self, person_id: int, name: str) -> None:
        if not self.confirm(self, name):
            return
        assert self.services is not None and self.tasks is not None
        contacts = self.services.contacts

        def deleted(_result: object) -> None:
            self.form.clear_for_new()
            self.status.setText(self.tr("{name} was deleted.").format(name=name))
            self.contact_saved.emit(None)

        self.tasks.run(
            lambda: contacts.delete(person_id), deleted, lambda e: report_error(self, e), context=self
        )

    # -- add to partnership -----------------------------------------------------------
    def add_selected_to_partnership(self) -> None:
        ids = self.selected_contact_ids()
        if not ids or self.services is None or self.contact_model is None:
            return
        names = [
            index.data(ROW_ROLE).name
            for index in sorted(self.contact_table.selectionModel().selectedRows(), key=lambda i: i.row())
        ]
        self.run(self.services.partnerships.list, lambda rows: self._open_add_dialog(ids, names, rows))

    def _open_add_dialog(self, ids: list[int], names: list[str], partnerships: list[PartnershipRow]) -> None:
        dialog = AddToPartnershipDialog(names, partnerships, self.partnership_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_members(ids, *dialog.choice()))
        dialog.finished.connect(lambda _r: setattr(self, "add_dialog", None))
        self.add_dialog = dialog
        dialog.open()

    def _add_members(self, ids: list[int], partnership_id: int, role: Any, start: Any) -> None:
        assert self.services is not None and self.tasks is not None
        partnerships = self.services.partnerships

        def added(new_ids: list[int]) -> None:
            skipped = len(ids) - len(new_ids)
            text = self.tr("%n contact(s) added to the partnership.", "", len(new_ids))
            if skipped:
                text += " " + self.tr("%n already had that role.", "", skipped)
            self.status.setText(text)
            self.members_added.emit(new_ids)

        self.tasks.run(
            lambda: partnerships.add_members(partnership_id, ids, role, start),
            added,
            lambda e: report_error(self, e),
            context=self,
        )

    # -- organisations ----------------------------------------------------------------
    def _organisation_chosen(self) -> None:
        index = self.organisation_table.currentIndex()
        if not index.isValid():
            return
        row: OrganisationRow = index.data(ROW_ROLE)
        editing = self.organisation_form.organisation_id
        if row.id != editing and self.organisation_form.dirty:
            leave(
                self,
                [self.organisation_editor()],
                lambda: self._open_organisation(row.id),
                lambda: reselect_quietly(self.organisation_table, editing),
            )
            return
        self._show_organisation(row)

    def _open_similar_organisation(self, organisation_id: int) -> None:
        """The user chose the existing organisation over the new one being typed: the typing
        was a misspelling of it, so it is dropped without asking."""
        self.organisation_form.discard()
        self._open_organisation(organisation_id)

    def _open_organisation(self, organisation_id: int) -> None:
        reselect_quietly(self.organisation_table, organisation_id)
        index = self.organisation_table.currentIndex()
        if index.isValid() and index.data(ID_ROLE) == organisation_id:
            self._show_organisation(index.data(ROW_ROLE))

    def _show_organisation(self, row: OrganisationRow) -> None:
        self.organisation_form.show_row(row)
        self.people_label.setText(self.tr("People in {name}").format(name=row.name))
        if self.services is None:
            return
        contacts, organisation_id = self.services.contacts, row.id
        self._people_generation += 1
        generation = self._people_generation

        def show(page: Any) -> None:
            if generation == self._people_generation:
                self.people.set_rows(page.items)

        self.run(lambda: contacts.search(ContactFilter(organisation_id=organisation_id), 0, 500), show)

    def _select_organisation(self, organisation_id: int) -> None:
        proxy = self.organisation_table.model()
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ID_ROLE) == organisation_id:
                self.organisation_table.setCurrentIndex(proxy.index(r, 0))
                return

    def _open_person(self, index: Any) -> None:
        person_id = index.data(ID_ROLE)
        if person_id is not None:
            self.show_object("Person", person_id)

    def _save_organisation(
        self, organisation_id: int | None, version: int | None, changes: dict[str, Any]
    ) -> None:
        assert self.services is not None and self.tasks is not None
        contacts = self.services.contacts
        name = changes.get("name") or self.organisation_form.name.text()
        if organisation_id is None:
            created: dict[str, int] = {}
            key = self.organisation_form.creation_key

            def create() -> int:
                created["id"] = contacts.create_organisation(key=key, **changes)
                return created["id"]

            do, undo = create, lambda: contacts.delete_organisation(created["id"])
            text = self.tr("Create organisation {name}").format(name=name)
        else:
            assert version is not None
            original = self.organisation_form.original()

            def version_of(oid: int) -> int:
                return next(r.version for r in contacts.organisations() if r.id == oid)

            edit = single_edit(
                contacts.update_organisation,
                organisation_id,
                version,
                {k: original[k] for k in changes},
                changes,
                reload_version=version_of,
            )
            do, undo = edit.do, edit.undo
            text = self.tr("Edit organisation {name}").format(name=name)

        def failed(error: FodslagError) -> None:
            if isinstance(error, ValidationError):
                self.organisation_form.show_validation_error(error)
            else:
                report_error(self, error)

        then = self._organisation_saving.take()

        def saved(result: Any) -> None:
            if isinstance(result, int):
                self.organisation_form.organisation_id = result
            self.organisation_form.mark_saved()
            self.organisation_saved.emit()
            then()

        apply_edit(self, text, do, undo, saved, failed)

    def _delete_organisation(self, organisation_id: int, name: str) -> None:
        if not self.confirm(self, name):
            return
        assert self.services is not None and self.tasks is not None
        contacts = self.services.contacts

        def deleted(_result: object) -> None:
            self.organisation_form.clear_for_new()
            self._no_people()

        self.tasks.run(
            lambda: contacts.delete_organisation(organisation_id),
            deleted,
            lambda e: report_error(self, e),
            context=self,
        )

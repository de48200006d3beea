"""Organisationer og kontakter: type-to-search over every contact, and the organisations."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.contacts import ContactFilter, OrganisationRow
from desktop.views.contact_table_model import ContactTableModel
from desktop.views.record_model import Column, RecordTableModel
from desktop.views.screens.base import Screen, make_table

SEARCH_DELAY_MS = 120


class ContactsScreen(Screen):
    watches = ("Person", "Organisation")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Search name, e-mail or phone…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("contactCount")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.contact_model: ContactTableModel | None = None
        self.contact_table = QTableView(self)
        self.contact_table.setObjectName("contactTable")
        self.contact_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contact_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_table.setAlternatingRowColors(True)
        self.contact_table.verticalHeader().setVisible(False)
        self.contact_table.horizontalHeader().setStretchLastSection(True)

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

        contacts_page = QWidget(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        page_layout = QVBoxLayout(contacts_page)
        page_layout.addLayout(top)
        page_layout.addWidget(self.contact_table)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(contacts_page, self.tr("Contacts"))
        self.tabs.addTab(self.organisation_table, self.tr("Organisations"))
        QVBoxLayout(self).addWidget(self.tabs)

    def attach(self, services, tasks) -> None:  # type: ignore[no-untyped-def]
        self.contact_model = ContactTableModel(services.contacts, tasks, self)
        self.contact_model.total_changed.connect(self._show_count)
        self.contact_table.setModel(self.contact_model)
        super().attach(services, tasks)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def load(self) -> None:
        assert self.services is not None
        self._apply_filter()
        contacts = self.services.contacts
        self.run(contacts.organisations, self._show_organisations)

    def _apply_filter(self) -> None:
        if self.contact_model is not None:
            self.contact_model.set_filter(ContactFilter(text=self.search.text()))

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("%n contact(s)", "", total))

    def _show_organisations(self, rows: list[OrganisationRow]) -> None:
        self.organisations.set_rows(rows)
        self.organisation_table.resizeColumnsToContents()

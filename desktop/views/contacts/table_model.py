"""Contacts for the list screen: filtered in SQL, fetched a page at a time as the user scrolls.

With 100,000 contacts only the rows scrolled into view are ever loaded; a new filter
starts over, and answers to an older filter that arrive late are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services.contact_rows import ContactFilter, ContactRow, Cursor
from desktop.views.toolkit.record_model import ID_ROLE, ROW_ROLE
from desktop.views.toolkit.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.services.contacts import ContactService
    from desktop.services.pages import Page

PAGE_SIZE = 200


def capped_count_text(total: int) -> str:
    """ "Over 1.000 kontakter – skriv mere for at indsnævre": the search stopped counting."""
    from desktop.formatting import number

    return QCoreApplication.translate(
        "ContactTableModel", "Over {count} contacts – type more to narrow the search"
    ).format(count=number(total))


class ContactTableModel(QAbstractTableModel):
    NAME, TITLE, ORGANISATION, TRADE, PHONE, MOBILE, EMAIL = range(7)
    #: the ContactRow attribute shown in each column (also the key the column choice is saved under)
    FIELDS = ("name", "title", "organisation", "trade", "phone", "mobile", "email")

    #: total number of contacts matching the current filter (for "1.234 kontakter"); when
    #: ``capped`` it is a floor ("Over 1.000 kontakter"), as the search stopped counting there
    total_changed = Signal(int)
    #: the first page of a new filter has arrived
    loaded = Signal()

    def __init__(self, contacts: ContactService | None, tasks: TaskRunner, parent: Any = None) -> None:
        """``contacts`` None: a list shown from the start-up rows (``show_first_rows``) until
        the services are there (``use``); it reads nothing itself before then."""
        super().__init__(parent)
        self._contacts = contacts
        self._tasks = tasks
        self._filter = ContactFilter()
        self._rows: list[ContactRow] = []
        self._total = 0
        self._capped = False
        self._generation = 0
        self._fetching = False
        #: where the next page starts (keyset: the last row's place in the list), None at the end
        self._after: Cursor | None = None
        # many professionals have only a mobile: while the Mobil column is hidden, Telefon
        # shows it (the list had rows with no number at all); the owner of the view says
        # when (``show_mobile_in_phone``): a list with both columns showed the number twice
        self._mobile_in_phone = False

    def show_mobile_in_phone(self, on: bool) -> None:
        """Whether the Telefon column shows the mobile of a contact without a phone (while
        the Mobil column is hidden)."""
        if on != self._mobile_in_phone:
            self._mobile_in_phone = on
            if self._rows:
                self.dataChanged.emit(self.index(0, self.PHONE), self.index(len(self._rows) - 1, self.PHONE))

    @property
    def contacts(self) -> ContactService | None:
        return self._contacts

    def use(self, contacts: ContactService) -> None:
        """The services are open: from now on the list reads through them."""
        self._contacts = contacts

    def show_first_rows(self, page: Page[ContactRow]) -> None:
        """The whole list's first page, read at start-up before the services were there."""
        self._generation += 1
        self._first_page(self._generation, page)

    @property
    def total(self) -> int:
        return self._total

    @property
    def capped(self) -> bool:
        """Whether more contacts match than ``total`` (the search counted no further)."""
        return self._capped

    def set_filter(self, flt: ContactFilter) -> None:
        """Start over with a new filter; the first page comes back in the background."""
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        contacts = self._contacts
        if contacts is None:
            return
        self._generation += 1
        generation, flt = self._generation, self._filter
        self._fetching = True
        self._tasks.run(
            lambda: contacts.search(flt, 0, PAGE_SIZE),
            lambda page: self._first_page(generation, page),
            context=self,
        )

    @property
    def current_filter(self) -> ContactFilter:
        return self._filter

    def refresh(self) -> None:
        """Re-read the rows already loaded, keeping the user's place.

        For changes that arrive while the list is being read (a colleague's edit, say):
        selection and current row follow the contacts' ids, and rows are not reset, so
        the list does not jump under the cursor.
        """
        contacts = self._contacts
        if not self._rows or contacts is None:
            self.reload()
            return
        self._generation += 1
        generation, flt, count = self._generation, self._filter, max(PAGE_SIZE, len(self._rows))
        self._fetching = True
        self._tasks.run(
            lambda: contacts.search(flt, 0, count),
            lambda page: self._refreshed(generation, page),
            context=self,
        )

    def _refreshed(self, generation: int, page: Page[ContactRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        fresh = list(page.items)
        old_count, new_count = len(self._rows), len(fresh)
        if new_count < old_count:
            self.beginRemoveRows(QModelIndex(), new_count, old_count - 1)
            del self._rows[new_count:]
            self.endRemoveRows()
        elif new_count > old_count:
            self.beginInsertRows(QModelIndex(), old_count, new_count - 1)
            self._rows.extend(fresh[old_count:])
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        position = {row.id: i for i, row in enumerate(fresh)}
        before = self.persistentIndexList()
        after = []
        for index in before:
            moved_to = (
                position.get(self._rows[index.row()].id) if 0 <= index.row() < len(self._rows) else None
            )
            after.append(self.index(moved_to, index.column()) if moved_to is not None else QModelIndex())
        self._rows = fresh
        self._after = page.after
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        if (page.total, page.capped) != (self._total, self._capped):
            self._total, self._capped = page.total, page.capped
            self.total_changed.emit(self._total)
        self.loaded.emit()

    def _first_page(self, generation: int, page: Page[ContactRow]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.beginResetModel()
        self._rows = list(page.items)
        self._total, self._capped = page.total, page.capped
        self._after = page.after
        self.endResetModel()
        self.total_changed.emit(self._total)
        self.loaded.emit()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._contacts is not None
            and not self._fetching
            and self._after is not None
            and (self._capped or len(self._rows) < self._total)
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        """The next page, read from where the last one ended (any page costs what the first does)."""
        contacts = self._contacts
        if parent.isValid() or contacts is None or self._fetching or self._after is None:
            return
        generation, flt, offset, after = self._generation, self._filter, len(self._rows), self._after
        self._fetching = True
        self._tasks.run(
            lambda: contacts.search(flt, 0, PAGE_SIZE, after=after),
            lambda page: self._more(generation, offset, page),
            context=self,
        )

    def _more(self, generation: int, offset: int, page: Page[ContactRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        self._after = page.after
        if page.items:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page.items) - 1)
            self._rows.extend(page.items)
            self.endInsertRows()

    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.PHONE and self._mobile_in_phone and not row.phone and row.mobile:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return QCoreApplication.translate("ContactTableModel", "Mobile: {number}").format(
                        number=row.mobile
                    )
                return row.mobile
            return getattr(row, self.FIELDS[index.column()])
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (
            QCoreApplication.translate("ContactTableModel", "Name"),
            QCoreApplication.translate("ContactTableModel", "Title"),
            QCoreApplication.translate("ContactTableModel", "Organisation"),
            QCoreApplication.translate("ContactTableModel", "Trade"),
            QCoreApplication.translate("ContactTableModel", "Phone"),
            QCoreApplication.translate("ContactTableModel", "Mobile"),
            QCoreApplication.translate("ContactTableModel", "E-mail"),
        )
        return titles[section] if 0 <= section < len(titles) else None

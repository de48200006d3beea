"""What every screen shares: services arrive after the window is shown, data loads in the background."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.views.toolkit.record_model import ID_ROLE, SORT_ROLE, RecordTableModel
from desktop.views.toolkit.unsaved import Editor, leave

T = TypeVar("T")

if TYPE_CHECKING:
    from desktop.services.changes import ChangeSet
    from desktop.services.registry import Services
    from desktop.views.toolkit.tasks import TaskRunner


class Screen(QWidget):
    """A page of the main window.

    Subclasses name the entities they show in ``watches`` and implement ``load()``, which
    asks the services (in the background) and fills the widgets when the answer comes.
    """

    watches: tuple[str, ...] = ()
    #: (entity, id): the user wants to open an object shown on another screen
    open_requested = Signal(str, int)
    #: the screen has put freshly loaded data on screen (benchmarks and tests wait for it)
    data_shown = Signal()

    #: whether the screen offers these standard commands (the main window enables its
    #: actions and shortcuts from them when the screen is shown)
    can_create = False
    can_save = False
    can_print = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.tasks: TaskRunner | None = None
        self.undo_stack: QUndoStack | None = None
        self.partnership_id: int | None = None
        self._stale = True

    def show_object(self, entity: str, entity_id: int) -> None:
        """Select and open one object (the dashboard and other screens link here)."""

    def create_new(self) -> None:
        """Ctrl+N: start a new object of the kind this screen shows."""

    def save(self) -> None:
        """Ctrl+S: save the form being edited."""

    def print_current(self) -> None:
        """Ctrl+P: print what is selected (with preview); a screen without a printout says so."""
        from desktop.views.toolkit.printing import nothing_to_print  # QtPrintSupport on demand

        nothing_to_print(self)

    def editors(self) -> Sequence[Editor]:
        """Every editor on the screen, for the unsaved-work guard (``desktop.views.toolkit.unsaved``)."""
        return []

    def leave_editors(self, proceed: Callable[[], None], stay: Callable[[], None] | None = None) -> None:
        """Before something replaces what the editors show: ask about unsaved text, then go on."""
        leave(self, self.editors(), proceed, stay or (lambda: None))

    def push_edit(self, command: QUndoCommand) -> None:
        """Run an edit through the window's undo stack (Ctrl+Z undoes it)."""
        assert self.undo_stack is not None
        self.undo_stack.push(command)

    def attach(self, services: Services, tasks: TaskRunner) -> None:
        self.services, self.tasks = services, tasks
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_partnership(self, partnership_id: int | None) -> None:
        self.partnership_id = partnership_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.services is None or self.tasks is None:
            return
        self._stale = False
        self.load()

    def load(self) -> None:  # pragma: no cover - every screen overrides
        raise NotImplementedError

    def on_changes(self, changes: ChangeSet) -> None:
        """Refresh now if visible and concerned; otherwise when next shown."""
        if not changes.touches(*self.watches):
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def run(self, fn: Callable[[], T], on_done: Callable[[T], None]) -> None:
        assert self.tasks is not None
        self.tasks.run(fn, on_done, context=self)


def make_table(
    model: RecordTableModel[Any], parent: QWidget | None = None, *, stretch_column: int = 0
) -> QTableView:
    """A sortable, read-only, row-selecting table: the house style for lists."""
    view = QTableView(parent)
    proxy = QSortFilterProxyModel(view)  # owned by the view it serves, never by a Python local
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return view


def make_button(
    parent: QWidget,
    text: str,
    clicked: Callable[..., object] | SignalInstance | None = None,
    *,
    name: str = "",
    tip: str = "",
) -> QPushButton:
    """A push button with its object name (tests and style sheets find it by that), tooltip and action.

    ``clicked`` is connected as it is (a slot, a signal or a lambda): Qt passes ``checked`` to
    whatever accepts it, exactly as ``button.clicked.connect(clicked)`` would."""
    button = QPushButton(text, parent)
    if name:
        button.setObjectName(name)
    if tip:
        button.setToolTip(tip)
    if clicked is not None:
        button.clicked.connect(clicked)
    return button


def list_panel(parent: QWidget, table: QWidget, new_button: QWidget, delete_button: QWidget) -> QWidget:
    """A list with New on the left and Delete on the right beneath it (the screens' master side)."""
    panel = QWidget(parent)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    buttons = QHBoxLayout()
    buttons.addWidget(new_button)
    buttons.addStretch(1)
    buttons.addWidget(delete_button)
    layout.addLayout(buttons)
    return panel


def row_of(table: QTableView, record_id: int | None) -> int | None:
    """The view row showing a record (its ``ID_ROLE``), or None."""
    if record_id is None:
        return None
    model = table.model()
    return next((r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == record_id), None)


def record_at(table: QTableView, row: int) -> int | None:
    """The record in a view row, as the list is sorted on screen; None past either end."""
    model = table.model()
    if 0 <= row < model.rowCount():
        record_id: int | None = model.index(row, 0).data(ID_ROLE)
        return record_id
    return None


def takes_its_place(table: QTableView, record_id: int) -> int | None:
    """The record shown next once ``record_id`` is deleted: the one below it on screen (the
    list as the user sorted it), else the one above; None when it is the only one."""
    row = row_of(table, record_id)
    if row is None:
        return None
    below = record_at(table, row + 1)
    return below if below is not None else record_at(table, row - 1)


def select_record(table: QTableView, record_id: int) -> bool:
    """Make a record the list's current, selected and visible row (selection signals fire,
    so the form follows); False when the list does not show it."""
    row = row_of(table, record_id)
    if row is None:
        return False
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.scrollTo(index)
    return True


def reselect_quietly(table: QTableView, record_id: int | None) -> None:
    """Put a list's cursor back on a record (or on nothing) without the selection signals:
    after "keep editing", the list points at the form's record again and nothing reloads."""
    selection = table.selectionModel()
    row = row_of(table, record_id)
    selection.blockSignals(True)
    try:
        if row is not None:
            table.selectRow(row)
        else:
            table.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
    finally:
        selection.blockSignals(False)


class EmptyHint(QLabel):
    """One line over an empty list saying what to do next, instead of a bare empty table.

    It sits on the view's viewport, follows its size and shows itself whenever the model
    has no rows; the screen sets the text (``setText``) for the case at hand, e.g. "no
    contacts yet" or "nothing matches the search".
    """

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(text, view.viewport())
        self.view = view
        self.setObjectName("emptyHint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: #5a6270; padding: 24px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self._model: QAbstractItemModel | None = None
        self.follow(view.model())

    def follow(self, model: QAbstractItemModel | None) -> None:
        """Watch ``model`` (call again after ``view.setModel``)."""
        self._model = model
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(self.update_visibility)
        self.update_visibility()

    def update_visibility(self, *_args: object) -> None:
        empty = self._model is None or self._model.rowCount() == 0
        self.setVisible(empty and bool(self.text()))
        if empty:
            self.setGeometry(self.view.viewport().rect())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.update_visibility()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False

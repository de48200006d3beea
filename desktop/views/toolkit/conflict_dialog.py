"""Someone else saved first: show both versions field by field and lose neither.

Reusable by every screen. The caller gives the fields (what is in the database now,
"theirs", and what the user tried to save, "mine"); the user keeps theirs, keeps mine or
picks per field (text fields can also be merged by hand). ``resolved`` then carries the
values to save, and the caller re-saves them with the *current* version
(``EditConflict.current_version``), so the colleague's edit is the one being built on.

The dialog is opened with ``open()`` (never ``exec()``), so tests and the rest of the
window are never blocked by it. Every editor opens it through ``open_conflict`` (fields read
in the background) or ``resolve_conflict`` (the fields the conflict itself carries).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol, cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import label
from desktop.services.errors import EditConflict
from desktop.views.toolkit.record_model import display
from desktop.views.toolkit.screen import make_button

THEIRS, MINE, MERGED = "theirs", "mine", "merged"


def show_value(value: Any) -> str:
    """A readable cell for any plain value: enums in Danish, dates as dd-mm-yyyy."""
    if value is None or value == "":
        return "—"
    if isinstance(value, StrEnum):
        return label(value)
    if isinstance(value, list | tuple | set | frozenset):
        return "\n".join(show_value(v) for v in value) or "—"
    return display(value)


@dataclass(frozen=True)
class ConflictField:
    """One field as both sides have it."""

    key: str
    label: str
    theirs: Any
    mine: Any
    #: how to show a value (ids as names, lists as lines, ...)
    show: Callable[[Any], str] = show_value
    #: plain text may be merged by hand; other values are chosen whole
    mergeable: bool = False

    @property
    def differs(self) -> bool:
        differs: bool = self.theirs != self.mine
        return differs


def fields_from_conflict(
    conflict: EditConflict,
    labels: Mapping[str, str],
    *,
    show: Mapping[str, Callable[[Any], str]] | None = None,
    mergeable: Sequence[str] = (),
) -> list[ConflictField]:
    """Fields for what the user tried to save, with the database's value beside each."""
    show = show or {}
    return [
        ConflictField(
            key,
            labels.get(key, key),
            conflict.theirs.get(key),
            mine,
            show.get(key, show_value),
            key in mergeable,
        )
        for key, mine in conflict.mine.items()
    ]


class ConflictDialog(QDialog):
    """Theirs and mine side by side; keep theirs, keep mine, or choose per field."""

    #: field key -> value to save (only fields whose chosen value differs from theirs)
    resolved = Signal(dict)
    #: the user kept the database's version for every field (nothing to save)
    kept_theirs = Signal()

    def __init__(
        self,
        fields: Sequence[ConflictField],
        parent: QWidget | None = None,
        *,
        what: str = "",
        versions: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved first"))
        self.setModal(True)
        self._fields = list(fields)
        differing = [f for f in self._fields if f.differs] or self._fields
        self._choices: dict[str, QButtonGroup] = {}
        self._merged: dict[str, QPlainTextEdit] = {}

        intro = self._intro(what, versions)
        scroll = self._comparison(differing)
        buttons = self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(self._first_size())

    def _first_size(self) -> QSize:
        """Room for both versions side by side: at 110 characters the value boxes were two
        words wide and broke "Styregruppemøde" in the middle; never more than the screen."""
        metrics = self.fontMetrics()
        room = self.screen().availableGeometry().size()
        return QSize(
            min(metrics.averageCharWidth() * 160, int(room.width() * 0.9)),
            min(metrics.height() * 42, int(room.height() * 0.85)),
        )

    def _intro(self, what: str, versions: tuple[int, int] | None) -> QLabel:
        """Who saved first, that nothing is lost yet, and which versions meet."""
        intro = QLabel(self)
        intro.setObjectName("conflictIntro")
        intro.setWordWrap(True)
        text = self.tr(
            "A colleague saved changes to {what} after you opened it. Nothing is lost yet: "
            "compare the two versions and choose what to keep."
        ).format(what=what or self.tr("this item"))
        if versions is not None:
            text += " " + self.tr(
                "You started from version {loaded}; the saved version is now {current}."
            ).format(loaded=versions[0], current=versions[1])
        intro.setText(text)
        return intro

    def _comparison(self, differing: Sequence[ConflictField]) -> QScrollArea:
        """One row per field that differs: theirs, mine, and the choice (or a hand merge)."""
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, heading in enumerate(
            (self.tr("Field"), self.tr("Theirs (saved now)"), self.tr("Mine (not saved)"), self.tr("Keep"))
        ):
            cell = QLabel(heading, grid_host)
            cell.setFont(bold)
            grid.addWidget(cell, 0, column)
        for row, field in enumerate(differing, start=1):
            name = QLabel(field.label, grid_host)
            name.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(name, row, 0)
            theirs = self._value_view(field.show(field.theirs), f"theirs_{field.key}", grid_host)
            mine = self._value_view(field.show(field.mine), f"mine_{field.key}", grid_host)
            # at the top of their row, beside the field's name (the choices make it tall)
            grid.addWidget(theirs, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(mine, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._choice(field, grid_host), row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        return scroll

    def _buttons(self) -> QDialogButtonBox:
        """Keep theirs, keep mine, or save the choice made per field (the default)."""
        self.keep_theirs_button = make_button(
            self,
            self.tr("Keep &theirs"),
            name="keepTheirsButton",
            tip=self.tr("Discard my changes and keep what is saved now"),
        )
        self.keep_mine_button = make_button(
            self,
            self.tr("Keep &mine"),
            name="keepMineButton",
            tip=self.tr("Save my version of every field over theirs"),
        )
        self.save_choice_button = make_button(
            self,
            self.tr("&Save my choice"),
            name="saveChoiceButton",
            tip=self.tr("Save the version chosen for each field"),
        )
        self.save_choice_button.setDefault(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.keep_theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_choice_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs_button.clicked.connect(self.keep_theirs)
        self.keep_mine_button.clicked.connect(self.keep_mine)
        self.save_choice_button.clicked.connect(self.save_choice)
        return buttons

    # -- building ---------------------------------------------------------------------
    def _value_view(self, text: str, name: str, parent: QWidget) -> QPlainTextEdit:
        view = QPlainTextEdit(text, parent)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setTabChangesFocus(True)
        lines = max(1, min(8, text.count("\n") + 1 + len(text) // 60))
        view.setFixedHeight(view.fontMetrics().lineSpacing() * (lines + 1) + 2 * view.frameWidth() + 8)
        return view

    def _choice(self, field: ConflictField, parent: QWidget) -> QWidget:
        host = QWidget(parent)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        group = QButtonGroup(host)
        options = [(THEIRS, self.tr("Theirs")), (MINE, self.tr("Mine"))]
        if field.mergeable:
            options.append((MERGED, self.tr("Merge by hand")))
        for key, text in options:
            button = QRadioButton(text, host)
            button.setObjectName(f"{key}_choice_{field.key}")
            button.setProperty("choice", key)
            group.addButton(button)
            layout.addWidget(button)
            button.setChecked(key == MINE)
        self._choices[field.key] = group
        if field.mergeable:
            editor = QPlainTextEdit(host)
            editor.setObjectName(f"merged_{field.key}")
            editor.setTabChangesFocus(True)
            editor.setPlainText(self._merge_start(field))
            editor.setEnabled(False)
            editor.setToolTip(self.tr("Write the text to save, using both versions"))
            layout.addWidget(editor)
            self._merged[field.key] = editor
            group.buttonToggled.connect(
                lambda _b, _on, g=group, e=editor: e.setEnabled(
                    g.checkedButton().property("choice") == MERGED
                )
            )
        return host

    @staticmethod
    def _merge_start(field: ConflictField) -> str:
        mine, theirs = str(field.mine or ""), str(field.theirs or "")
        if not theirs or theirs in mine:
            return mine
        if not mine or mine in theirs:
            return theirs
        return f"{mine}\n\n{theirs}"

    # -- answers ----------------------------------------------------------------------
    def choose(self, key: str, choice: str) -> None:
        """Select theirs, mine or merged for one field (keyboard, tests)."""
        for button in self._choices[key].buttons():
            if button.property("choice") == choice:
                button.setChecked(True)

    def set_merged_text(self, key: str, text: str) -> None:
        self.choose(key, MERGED)
        self._merged[key].setPlainText(text)

    def chosen_values(self) -> dict[str, Any]:
        """The value to save per field, for fields where it differs from theirs."""
        values: dict[str, Any] = {}
        for field in self._fields:
            group = self._choices.get(field.key)
            # each group has one button checked from the start
            choice = (
                cast(QAbstractButton, group.checkedButton()).property("choice") if group is not None else MINE
            )
            if choice == MERGED:
                value: Any = self._merged[field.key].toPlainText()
            elif choice == THEIRS:
                value = field.theirs
            else:
                value = field.mine
            if value != field.theirs:
                values[field.key] = value
        return values

    def keep_theirs(self) -> None:
        self.kept_theirs.emit()
        self.reject()

    def keep_mine(self) -> None:
        for field in self._fields:
            if field.key in self._choices:
                self.choose(field.key, MINE)
        self.save_choice()

    def save_choice(self) -> None:
        values = self.chosen_values()
        if values:
            self.resolved.emit(values)
        else:
            self.kept_theirs.emit()
        self.accept()


class ConflictHolder(Protocol):
    """A widget that keeps its open conflict dialog where tests and the next save find it."""

    conflict_dialog: ConflictDialog | None


def open_conflict(
    parent: QWidget,
    fields: Sequence[ConflictField],
    resave: Callable[[dict[str, Any]], None],
    *,
    what: str,
    versions: tuple[int, int],
    keep_theirs: Callable[[], None] | None = None,
    holder: ConflictHolder | None = None,
) -> ConflictDialog:
    """The one way every editor shows a conflict: both versions side by side, opened.

    ``resave(values)`` saves the user's choice (on the version now saved, so the colleague's
    edit is the one built on); ``keep_theirs()`` shows what is saved now. The fields were read
    in the background by the caller (never on the GUI thread). ``holder.conflict_dialog`` is
    the dialog while it is open; it deletes itself when it closes.
    """
    dialog = ConflictDialog(fields, parent, what=what, versions=versions)
    dialog.resolved.connect(resave)
    if keep_theirs is not None:
        dialog.kept_theirs.connect(keep_theirs)
    if holder is not None:
        holder.conflict_dialog = dialog

        def forget(_result: int) -> None:
            if holder.conflict_dialog is dialog:
                holder.conflict_dialog = None

        dialog.finished.connect(forget)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def resolve_conflict(
    parent: QWidget,
    conflict: EditConflict,
    labels: Mapping[str, str],
    resave: Callable[[dict[str, Any], int], None],
    *,
    what: str = "",
    mergeable: Sequence[str] | None = None,
    show: Mapping[str, Callable[[Any], str]] | None = None,
    keep_theirs: Callable[[], None] | None = None,
    holder: ConflictHolder | None = None,
) -> ConflictDialog:
    """``open_conflict`` for the fields the service's ``EditConflict`` carries (its ``theirs``).

    ``resave(values, current_version)`` saves the choice. Text fields can be merged unless
    ``mergeable`` names the ones that can.
    """
    if mergeable is None:
        mergeable = [key for key, value in conflict.mine.items() if isinstance(value, str)]
    return open_conflict(
        parent,
        fields_from_conflict(conflict, labels, show=show, mergeable=mergeable),
        lambda values: resave(values, conflict.current_version),
        what=what,
        versions=(conflict.loaded_version, conflict.current_version),
        keep_theirs=keep_theirs,
        holder=holder,
    )


__all__ = [
    "ConflictDialog",
    "ConflictField",
    "ConflictHolder",
    "fields_from_conflict",
    "open_conflict",
    "resolve_conflict",
    "show_value",
]

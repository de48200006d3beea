"""One guard for typed work: every editor says whether it holds unsaved text, and every way
of leaving it (another record, "Ny …", another screen or partnership, another database,
closing the window) asks one question: Gem / Forkast / Annuller.

Saves run in the background, so "Gem" cannot simply save and go on: an editor's ``save``
takes a continuation and calls it only once the save has succeeded. A refused save (a
message beside a field, a colleague's newer version) never calls it: the user stays on the
record with the text kept, and the message says what to do.

A screen takes part by returning its editors from ``Screen.editors()`` (usually an
``EditorHandle`` of four functions), by calling ``leave(self, editors, proceed, stay)`` before
anything of its own replaces an editor's contents (another record, "Ny …"), and by calling
``PendingSave.take()`` where its save goes to the background, running what it got once the
save succeeded. The main window does the rest (screens, partnership, database, closing).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

Then = Callable[[], None]


class Editor(Protocol):
    """What the guard needs from an editor (a form, the minutes, a node of the goal tree)."""

    def is_dirty(self) -> bool:
        """Text typed (or a choice made) that is not saved."""
        ...

    def what(self) -> str:
        """The editor's contents named for the question, e.g. "kontakten Anne Holm"."""
        ...

    def save(self, then: Then) -> None:
        """Save in the background and call ``then()`` once it succeeded (never if refused)."""
        ...

    def discard(self) -> None:
        """Throw the typed text away now: the editor shows what is saved (is_dirty() is False)."""
        ...


@dataclass(frozen=True)
class EditorHandle:
    """An Editor made of the screen's own functions (the screen knows how its forms save)."""

    is_dirty: Callable[[], bool]
    what: Callable[[], str]
    save: Callable[[Then], None]
    discard: Callable[[], None]


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


# GUI tests without a user (and pytest-qt closing windows after a test) answer here instead
# of a modal dialog; None (the app, the journeys) asks the user.
answer_unattended: Callable[[list[str]], Answer] | None = None


def _nothing() -> None:
    return None


class PendingSave:
    """Carries "Gem"'s continuation from the question into a save that ends in the background.

    ``editor.save(then)`` is ``pending.start(then, form.request_save)``; the screen's save
    path calls ``pending.take()`` where it hands the work to the background and calls what it
    got once the save succeeded. A form that refuses before saving (a red field) never takes
    it, and the continuation is dropped.
    """

    def __init__(self) -> None:
        self._waiting: Then | None = None

    def start(self, then: Then, save: Callable[[], object]) -> None:
        self._waiting = then
        try:
            save()
        finally:
            self._waiting = None

    def take(self) -> Then:
        """The continuation, to be called once (a redo that runs the save's callback again does not)."""
        then, self._waiting = self._waiting, None
        if then is None:
            return _nothing
        called: list[bool] = []

        def once() -> None:
            if not called:
                called.append(True)
                then()

        return once


def dirty(editors: Iterable[Editor]) -> list[Editor]:
    return [editor for editor in editors if editor.is_dirty()]


def ask(parent: QWidget | None, what: list[str]) -> Answer:
    """The question, in plain Danish; Annuller (stay, nothing lost) is the default and Escape."""
    if answer_unattended is not None:
        return answer_unattended(what)

    translate = QCoreApplication.translate
    if len(what) == 1:
        text = translate("Unsaved", "You have changes in {what} that are not saved.").format(what=what[0])
    else:
        text = "\n".join(
            [translate("Unsaved", "You have changes that are not saved in:"), *(f"• {w}" for w in what)]
        )
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("Unsaved", "Unsaved changes"), text, buttons.NoButton, parent
    )
    box.setObjectName("unsavedQuestion")
    box.setInformativeText(translate("Unsaved", "Save them before you go on?"))
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    # access keys: Alt+G / Alt+F answer from the keyboard (Enter and Escape keep Annuller)
    box.button(buttons.Save).setText(translate("Unsaved", "&Save"))
    box.button(buttons.Discard).setText(translate("Unsaved", "&Discard"))
    box.button(buttons.Cancel).setText(translate("Unsaved", "Cancel"))
    box.setDefaultButton(buttons.Cancel)
    box.setEscapeButton(buttons.Cancel)
    box.exec()
    clicked = box.standardButton(box.clickedButton()) if box.clickedButton() is not None else buttons.Cancel
    box.deleteLater()
    return {buttons.Save: Answer.SAVE, buttons.Discard: Answer.DISCARD}.get(clicked, Answer.CANCEL)


def leave(
    parent: QWidget,
    editors: Iterable[Editor],
    proceed: Then,
    stay: Then = _nothing,
) -> None:
    """Leave the editors: at once when nothing is typed, else as the user answers.

    ``proceed`` does the whole step (select that record, show that screen, close); ``stay``
    undoes at once what has already half happened (the list's cursor moved on) so that the
    question is asked over the record being edited. Gem: each editor saves in turn and
    ``proceed()`` runs once the last save succeeded; a refused save stops there, the text
    kept. Forkast: every editor drops its text, then ``proceed()``. Annuller: nothing more.

    The question comes in the next turn of the event loop, not inside the mouse press or the
    selection signal that started it (a nested event loop there confuses the item view).
    """
    waiting = dirty(editors)
    if not waiting:
        proceed()
        return
    stay()

    def answer() -> None:
        still = dirty(waiting)
        if not still:  # saved or discarded meanwhile
            proceed()
            return
        stay()  # again: the mouse button's release may have moved a list's selection on meanwhile
        reply = ask(parent, [editor.what() for editor in still])
        if reply is Answer.DISCARD:
            for editor in still:
                editor.discard()
            proceed()
        elif reply is Answer.SAVE:
            _save_in_turn(still, proceed)

    if answer_unattended is not None:
        answer()
    else:
        QTimer.singleShot(0, parent, answer)


def _save_in_turn(editors: list[Editor], proceed: Then) -> None:
    if not editors:
        proceed()
        return
    first, rest = editors[0], editors[1:]
    first.save(lambda: _save_in_turn(rest, proceed))


__all__ = ["Answer", "Editor", "EditorHandle", "PendingSave", "ask", "dirty", "leave"]

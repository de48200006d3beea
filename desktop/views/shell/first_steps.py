"""The overview's welcome steps for a new user: start a partnership, import contacts, see the demo.

Kept out of ``main_window.py`` (menus, navigation and wiring only): the window connects the
overview's ``first_step`` signal to ``begin``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.views.main_window import MainWindow


def begin(window: MainWindow, step: str) -> None:
    """Carry out the welcome step the user chose (``overview.FIRST_STEPS``)."""
    if step == "partnership":
        window.show_screen("partnerships")
        window.screens["partnerships"].create_new()
    elif step == "import":
        window.import_action.trigger()
    elif step == "demo":
        ask_and_open_demo(window)


def ask_and_open_demo(window: MainWindow) -> None:
    """Say where the demo goes (its own file; the user's database is not touched), then open it."""
    from desktop.services.demo import DEMO_FILENAME
    from desktop.services.location import data_dir

    own = window.services.db.describe() if window.services is not None else ""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("FirstSteps", "Open the demo"),
        "",
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("demoQuestion")
    box.setText(
        QCoreApplication.translate(
            "FirstSteps",
            "The demo opens in a database of its own, {file}, with an example safety network: "
            "parties, contacts, meetings, a strategy and indicators.",
        ).format(file=str(data_dir() / DEMO_FILENAME))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "FirstSteps",
            "Your own database ({own}) is not changed. Go back to it with File → Open database….",
        ).format(own=own)
    )
    open_button = box.addButton(
        QCoreApplication.translate("FirstSteps", "Open the demo"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("FirstSteps", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is open_button:
        _make_and_open_demo(window, own)


def _make_and_open_demo(window: MainWindow, own: str) -> None:
    from desktop.services.demo import demo_database
    from desktop.services.location import data_dir
    from desktop.views.toolkit.messages import show_error

    window.statusBar().showMessage(QCoreApplication.translate("FirstSteps", "Making the demo database…"))

    def opened(path: Path) -> None:
        window.open_database(str(path))
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "FirstSteps", "The demo database is open. Your own database is unchanged: {own}"
            ).format(own=own),
            30_000,
        )

    def failed(error: object) -> None:
        window.statusBar().clearMessage()
        show_error(window, error)  # type: ignore[arg-type]

    window.tasks.run(lambda: demo_database(data_dir()), opened, failed, context=window)

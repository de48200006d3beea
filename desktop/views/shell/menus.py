"""The main window's menu bar: every action, its shortcut and what it calls.

The actions stay attributes of the window (``window.save_action``), where the screens, the
shortcuts and the tests find them; each calls the window or its File commands when it is
triggered, so what they call is looked up then, not when the menu is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop.views.shell.lazy_screens import SCREEN_KEYS
from desktop.views.toolkit.undo import FieldUndoFallback

if TYPE_CHECKING:
    from desktop.services.registry import Services
    from desktop.views.main_window import MainWindow


class MainMenus(QObject):
    """File, Edit, View and Help, built on the window once its content is."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._file_menu()
        self._edit_menu()
        self._view_menu()
        help_menu = window.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Fodslag"), None, self.about))

    def _file_menu(self) -> None:
        """Databases, import and export, backups; New, Save, Print; Preferences and Exit."""
        w = self.window
        file_menu = w.menuBar().addMenu(self.tr("&File"))
        self._database_actions(file_menu)
        file_menu.setToolTipsVisible(True)
        self.update_database_actions(None)
        file_menu.addSeparator()
        w.new_action = self._action(
            self.tr("&New"), QKeySequence.StandardKey.New, lambda: w._on_current("create_new")
        )
        w.save_action = self._action(
            self.tr("&Save"), QKeySequence.StandardKey.Save, lambda: w._on_current("save")
        )
        w.print_action = self._action(
            self.tr("&Print…"), QKeySequence.StandardKey.Print, lambda: w._on_current("print_current")
        )
        for action in (w.new_action, w.save_action, w.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        w.preferences_action = self._action(
            self.tr("Pre&ferences…"),
            QKeySequence("Ctrl+,"),
            lambda: w._open_dialog("shell.preferences_dialog"),
        )
        file_menu.addAction(w.preferences_action)
        file_menu.addAction(self._action(self.tr("E&xit"), QKeySequence.StandardKey.Quit, w.close))

    def _database_actions(self, file_menu: QMenu) -> None:
        """Open, connect, import, export, back up, restore and check."""
        w = self.window
        w.open_action = self._action(
            self.tr("&Open database…"),
            QKeySequence.StandardKey.Open,
            lambda: w.leave_editors(w._choose_database),
        )
        file_menu.addAction(w.open_action)
        w.connect_action = self._action(
            self.tr("Connect to &server…"),
            None,
            lambda: w.leave_editors(lambda: w._open_dialog("database.connection_dialog")),
        )
        file_menu.addAction(w.connect_action)
        file_menu.addSeparator()
        w.import_action = self._action(
            self.tr("&Import contacts…"), None, lambda: w.file_commands.import_contacts()
        )
        w.import_action.setToolTip(
            self.tr("Read contacts from an Excel, CSV or vCard file; nothing is saved before you confirm")
        )
        w.workbook_action = self._action(
            self.tr("Import &workbook…"),
            None,
            lambda: w.leave_editors(lambda: w._open_dialog("workbook.import_dialog")),
        )
        w.workbook_action.setToolTip(
            self.tr(
                "Bring an edited partnership workbook back in; you see what changes per sheet before "
                "anything is saved"
            )
        )
        w.workbook_export_action = self._action(
            self.tr("Expor&t workbook…"), None, lambda: w._open_dialog("workbook.export_dialog")
        )
        w.workbook_export_action.setToolTip(
            self.tr("The chosen partnership as one Excel workbook, to edit and import again")
        )
        w.backup_action = self._action(self.tr("&Back up now"), None, lambda: w.file_commands.backup_now())
        w.restore_action = self._action(
            self.tr("&Restore backup…"), None, lambda: w.leave_editors(w._restore_backup)
        )
        w.check_action = self._action(
            self.tr("Chec&k database…"), None, lambda: w.file_commands.check_database()
        )
        w.check_action.setToolTip(self.tr("Check the database's integrity, references and schema version"))
        for action in (
            w.import_action,
            w.workbook_action,
            w.workbook_export_action,
            w.backup_action,
            w.restore_action,
            w.check_action,
        ):
            file_menu.addAction(action)

    def _edit_menu(self) -> None:
        """Undo and Redo of saved edits (Ctrl+Z in a field without its own undo too), History."""
        w = self.window
        edit_menu = w.menuBar().addMenu(self.tr("&Edit"))
        w.undo_action = w.undo_stack.createUndoAction(w, self.tr("&Undo"))
        w.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        w.redo_action = w.undo_stack.createRedoAction(w, self.tr("&Redo"))
        w.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])  # type: ignore[list-item]  # PySide6 takes it
        # Ctrl+Z in a field with nothing of its own to undo undoes the last saved edit
        w._field_undo = FieldUndoFallback(w)
        QApplication.instance().installEventFilter(w._field_undo)  # type: ignore[union-attr]
        edit_menu.addAction(w.undo_action)
        edit_menu.addAction(w.redo_action)
        edit_menu.addSeparator()
        w.history_action = self._action(
            self.tr("&History…"), None, lambda: w._open_dialog("database.history_dialog")
        )
        edit_menu.addAction(w.history_action)

    def _view_menu(self) -> None:
        """Refresh, Find contact, and Ctrl+1..7 for the screens."""
        w = self.window
        view_menu = w.menuBar().addMenu(self.tr("&View"))
        w.refresh_action = self._action(
            self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, w.refresh_current
        )
        view_menu.addAction(w.refresh_action)
        w.find_action = self._action(self.tr("&Find contact"), QKeySequence.StandardKey.Find, w._find_contact)
        view_menu.addAction(w.find_action)
        view_menu.addSeparator()
        for i, screen_key in enumerate(SCREEN_KEYS):
            item = w.navigation.item(i)
            action = self._action(
                item.text(), QKeySequence(f"Ctrl+{i + 1}"), lambda _=False, k=screen_key: w.show_screen(k)
            )
            view_menu.addAction(action)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[..., object]
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def update_database_actions(self, services: Services | None) -> None:
        """Backups are of a local SQLite file; a shared server is backed up by its operators."""
        w = self.window
        local = services is not None and services.db.sqlite_path is not None
        w.import_action.setEnabled(services is not None and not services.read_only)
        w.workbook_action.setEnabled(w.import_action.isEnabled())
        w.workbook_export_action.setEnabled(services is not None)
        w.check_action.setEnabled(services is not None)
        for action, tip in (
            (w.backup_action, self.tr("Take a verified copy of the local database now")),
            (w.restore_action, self.tr("Put a backup in place of the local database")),
        ):
            action.setEnabled(local)
            if services is not None and not local:
                tip = self.tr("Not for a shared server: its operators back it up.")
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop import __version__

        QMessageBox.about(
            self.window,
            self.tr("About Fodslag"),
            self.tr(
                "<b>Fodslag {version}</b><p>The secretariat's tool for safety networks and "
                "crime-prevention partnerships.</p><p>Contacts are professionals' work details. "
                "Case information about individual citizens does not belong in Fodslag.</p>"
            ).format(version=__version__),
        )

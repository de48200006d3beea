"""The File menu's database commands: open, import contacts, back up, restore, check.

Each works on the window's open database through the background helper; a backup or a
restore never blocks the window. Restoring closes the database first and opens the restored
file afterwards, so every screen reloads from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from desktop.formatting import short_datetime
from desktop.views.toolkit.messages import show_error

if TYPE_CHECKING:
    from desktop.services.backup import BackupInfo
    from desktop.services.errors import FodslagError
    from desktop.views.main_window import MainWindow


class FileCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open database"),
            "",
            self.tr("Fodslag database (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.window.open_database(path)

    def import_contacts(self) -> None:
        from desktop.views.contacts import import_dialog

        import_dialog.open_for_window(self.window)

    def check_database(self) -> None:
        from desktop.views.database.check_dialog import CheckDialog

        w = self.window
        if w.services is None:
            return
        dialog = CheckDialog(w.services.db, w.tasks, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def backup_now(self) -> None:
        from desktop.services.backup import take_backup
        from desktop.services.location import default_backup_dir

        w = self.window
        path = w.services.db.sqlite_path if w.services is not None else None
        if path is None:
            return
        w.statusBar().showMessage(self.tr("Taking a backup…"))

        def done(info: BackupInfo) -> None:
            w.statusBar().showMessage(self.tr("Backup saved: %1").replace("%1", info.path.name), 15_000)

        def failed(error: FodslagError) -> None:
            w.statusBar().clearMessage()
            show_error(w, error)

        w.tasks.run(lambda: take_backup(path, default_backup_dir(path), "manual"), done, failed, context=w)

    def restore_backup(self) -> None:
        """Close the database, let the dialog put the backup in place, then open it again."""
        from desktop.services.location import default_backup_dir
        from desktop.views.database.restore_dialog import RestoreDialog

        w = self.window
        path = w.services.db.sqlite_path if w.services is not None else None
        if path is None:
            return
        closed = False

        def close_database() -> None:
            nonlocal closed
            w.tasks.wait()  # nothing queued may touch the file while it is replaced
            if w.bridge is not None:
                w.bridge.detach()
                w.bridge = None
            if w.services is not None:
                w.services.db.dispose()
            closed = True

        def finished(_result: int) -> None:
            if closed:
                w.open_database(str(path))  # every screen reloads from the restored file
            info = dialog.restored
            if info is not None:
                w.statusBar().showMessage(
                    self.tr("Restored the backup from %1: %2 contacts, %3 meetings.")
                    .replace("%1", short_datetime(info.taken_at))
                    .replace("%2", str(info.row_counts.get("person", 0)))
                    .replace("%3", str(info.row_counts.get("meeting", 0))),
                    30_000,
                )

        dialog = RestoreDialog(path, default_backup_dir(path), w.tasks, w, before_restore=close_database)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(finished)
        w.restore_dialog = dialog
        dialog.open()

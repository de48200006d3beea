"""File > Import contacts…: choose a file, check the preview, decide duplicates, confirm.

Nothing is written before the user presses Import on the confirmation page; then the
whole file is written in one transaction by ``ContactImportService.commit`` on the
background runner. Reading the file and every re-check after a mapping change or a
corrected cell run in the background as well, so a large file never freezes the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.models.enums import MemberRole
from desktop.services.database import Database
from desktop.services.imports.contacts import (
    ContactImportService,
    Decision,
    ImportPreview,
    ImportSummary,
    column_of,
)
from desktop.services.partnerships import PartnershipRow
from desktop.views.contacts.import_models import (
    ChoiceDelegate,
    MappingModel,
    PreviewRowsModel,
    RowFilterModel,
)
from desktop.views.toolkit.combos import enum_combo
from desktop.views.toolkit.screen import make_button
from desktop.views.toolkit.tasks import TaskRunner


def _message(error: Exception) -> str:
    return getattr(error, "message", None) or str(error)


class _BusyLine(QWidget):
    """A status text with an indeterminate progress bar while background work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(160)
        self.bar.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.bar)

    def busy(self, text: str) -> None:
        self.text.setText(text)
        self.bar.setVisible(True)

    def idle(self, text: str = "") -> None:
        self.text.setText(text)
        self.bar.setVisible(False)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx), a CSV file (as Excel or Outlook saves it) or vCards (.vcf). "
                "Nothing is saved until you confirm at the end."
            )
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Path of the contact file"))
        self.path.setToolTip(self.tr("The file to import contacts from"))
        self.browse = make_button(
            self, self.tr("&Browse…"), self._browse, tip=self.tr("Choose the file in a file dialog")
        )
        self.status = _BusyLine(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        layout.addWidget(file_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path.textChanged.connect(self.completeChanged)
        self._ready = False

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            self.path.text(),
            self.tr("Contact files (*.xlsx *.csv *.txt *.vcf);;All files (*)"),
        )
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.wiz.working

    def initializePage(self) -> None:
        self._ready = False

    def validatePage(self) -> bool:
        """Read and check the file in the background; move on when the preview is there."""
        if self._ready:
            self._ready = False
            return True
        path = Path(self.path.text().strip())
        self.status.busy(self.tr("Reading and checking %1…").replace("%1", path.name))
        self.wiz.run(lambda: self.wiz.service.preview(path), self._read, self._failed)
        return False

    def _read(self, preview: ImportPreview) -> None:
        self.status.idle()
        self.wiz.set_preview(preview)
        self._ready = True
        self.wiz.next()

    def _failed(self, error: Exception) -> None:
        self.status.idle(_message(error))


class PreviewPage(QWizardPage):
    FILTERS = ("all", "rejected", "duplicate")

    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Each column of the file and what it is imported as, and what every row becomes. A value "
                "that cannot be read is marked and kept in the contact's note; double-click it to "
                "correct it. Rows without a name are left out; for rows that match an existing contact, "
                "choose what to do."
            )
        )
        self._build_mapping_view()
        filter_label = self._build_filter()
        self._build_rows_view()
        similar_row = self._build_status_lines()
        self._lay_out(filter_label, similar_row)

        wizard.mapping_model.mapping_changed.connect(self._remap)
        wizard.rows_model.decisions_changed.connect(self.show_counts)
        wizard.rows_model.cell_corrected.connect(self._correct)
        self._generation = 0

    # -- building ---------------------------------------------------------------------
    def _build_mapping_view(self) -> None:
        """The table of the file's columns, each with what it is imported as (a choice)."""
        self.mapping_view = QTableView(self)
        self.mapping_view.setObjectName("mappingView")
        self.mapping_view.setModel(self.wiz.mapping_model)
        self.mapping_view.setItemDelegateForColumn(
            MappingModel.FIELD, ChoiceDelegate(lambda _i: self.wiz.mapping_model.choices(), self.mapping_view)
        )
        self.mapping_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_view.verticalHeader().setVisible(False)
        self.mapping_view.setToolTip(
            self.tr("Change what a column is imported as; the rows are checked again.")
        )

    def _build_filter(self) -> QLabel:
        """The "Show:" choice above the rows (all, with problems, duplicates); returns its label."""
        self.filter = QComboBox(self)
        self.filter.setObjectName("rowFilter")
        self.filter.addItems(
            [self.tr("All rows"), self.tr("Rows with problems"), self.tr("Matches existing contacts")]
        )
        self.filter.setToolTip(
            self.tr("Show all rows, only the rows that cannot be imported, or only probable duplicates")
        )
        self.filter.currentIndexChanged.connect(self._filter)
        filter_label = QLabel(self.tr("&Show:"), self)
        filter_label.setBuddy(self.filter)
        return filter_label

    def _build_rows_view(self) -> None:
        """The table of what every row becomes, its "Becomes" cell a choice for a duplicate."""
        self.rows_view = QTableView(self)
        self.rows_view.setObjectName("previewView")
        self.rows_view.setModel(self.wiz.row_filter)
        labels = self.wiz.rows_model.decision_labels
        self.rows_view.setItemDelegateForColumn(
            PreviewRowsModel.BECOMES,
            ChoiceDelegate(lambda _i: [(text, d.value) for d, text in labels().items()], self.rows_view),
        )
        self.rows_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.verticalHeader().setVisible(False)
        self.rows_view.horizontalHeader().setStretchLastSection(True)
        self.rows_view.setToolTip(
            self.tr(
                "Press F2 on the 'Becomes' cell of a matching row to choose merge, keep both or skip, "
                "or on a marked cell to correct its value."
            )
        )

    def _build_status_lines(self) -> QHBoxLayout:
        """The lines under the tables: look-alike organisations with their button, counts, busy line."""
        self.counts = QLabel(self)
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.status = _BusyLine(self)
        # a file's "Kobenhavns Politi" beside the register's "Københavns Politi": one click
        # corrects those cells to the existing name instead of making a second organisation
        self.similar = QLabel(self)
        self.similar.setObjectName("similarOrganisations")
        self.similar.setWordWrap(True)
        self.similar.setTextFormat(Qt.TextFormat.PlainText)
        self.use_existing = make_button(
            self,
            self.tr("Use the existing organisations"),
            self._use_existing_organisations,
            name="useExistingOrganisations",
            tip=self.tr("Correct these cells of the file to the organisations already registered"),
        )
        similar_row = QHBoxLayout()
        similar_row.addWidget(self.similar, 1)
        similar_row.addWidget(self.use_existing)
        return similar_row

    def _lay_out(self, filter_label: QLabel, similar_row: QHBoxLayout) -> None:
        """The columns above the rows in a splitter, the status lines under both."""
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        mapping_label = QLabel(self.tr("&Columns:"), top)
        mapping_label.setBuddy(self.mapping_view)
        top_layout.addWidget(mapping_label)
        top_layout.addWidget(self.mapping_view)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter)
        filter_row.addStretch(1)
        bottom_layout.addLayout(filter_row)
        bottom_layout.addWidget(self.rows_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(similar_row)
        layout.addWidget(self.counts)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        self._open_editors()
        self.show_counts()

    def _open_editors(self) -> None:
        model = self.wiz.mapping_model
        for row in range(model.rowCount()):
            index = model.index(row, MappingModel.FIELD)
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                self.mapping_view.openPersistentEditor(index)

    def _filter(self, index: int) -> None:
        kind = self.FILTERS[index] if 0 <= index < len(self.FILTERS) else "all"
        self.wiz.row_filter.set_kind(None if kind == "all" else kind)

    def show_counts(self) -> None:
        preview = self.wiz.preview
        similar = preview.similar_organisations if preview is not None else {}
        self.similar.setText(
            self.tr("Organisations like ones already registered: %1.").replace(
                "%1", "; ".join(f"»{new}« ~ »{old}«" for new, old in sorted(similar.items())[:10])
            )
        )
        self.similar.setVisible(bool(similar))
        self.use_existing.setVisible(bool(similar))
        if preview is None:
            self.counts.clear()
            return
        c = preview.counts()
        text = (
            self.tr("%1 rows: %2 new, %3 merged, %4 skipped, %5 with problems (left out).")
            .replace("%1", str(c["read"]))
            .replace("%2", str(c["create"]))
            .replace("%3", str(c["merge"]))
            .replace("%4", str(c["skip"]))
            .replace("%5", str(c["rejected"]))
        )
        issues = len(preview.cell_issues())
        if issues:
            text += " " + self.tr(
                "%n value(s) cannot be read and are kept in the contact's note (marked in the table).",
                "",
                issues,
            )
        self.counts.setText(text)

    def _remap(self, mapping: list[str | None]) -> None:
        """Check the rows again with the new mapping, in the background; the newest wins."""
        preview = self.wiz.preview
        if preview is None:
            return
        self._generation += 1
        generation = self._generation
        edits = dict(self.wiz.edits)  # corrections still being checked are applied too
        self.status.busy(self.tr("Checking the rows again…"))
        self.wiz.run(
            lambda: self.wiz.service.recheck(preview, edits, mapping),
            lambda new: self._remapped(generation, new),
            lambda error: self._remap_failed(generation, error),
        )

    def _correct(self, row_number: int, field_key: str, text: str) -> None:
        """Check the file again with one cell corrected, in the background; the newest wins."""
        preview = self.wiz.preview
        if preview is None:
            return
        self._generation += 1
        generation = self._generation
        # every correction since the file was read, so one made while another was being
        # checked is not lost when the newest check wins
        mapping = self.wiz.mapping_model.mapping()
        self.wiz.edits[(row_number, column_of(preview.mapping, field_key))] = text
        edits = dict(self.wiz.edits)
        self.status.busy(self.tr("Checking the rows again…"))
        self.wiz.run(
            lambda: self.wiz.service.recheck(preview, edits, mapping),
            lambda new: self._remapped(generation, new),
            lambda error: self._remap_failed(generation, error),
        )

    def _use_existing_organisations(self) -> None:
        """Correct every look-alike organisation cell to the registered name, then check again."""
        preview = self.wiz.preview
        if preview is None:
            return
        self.wiz.edits.update(preview.existing_organisation_edits())
        self._remap(self.wiz.mapping_model.mapping())

    def _remapped(self, generation: int, new: ImportPreview) -> None:
        if generation != self._generation:
            return
        old = self.wiz.preview
        if old is not None:  # keep what the user already decided for rows that still match
            still = {r.row_number for r in new.duplicates}
            for number, decision in old.decisions.items():
                if number in still:
                    new.decide(number, decision)
        self.status.idle()
        self.wiz.set_preview(new, keep_mapping=True)
        self.show_counts()

    def _remap_failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.status.idle(_message(error))

    def isComplete(self) -> bool:
        return self.wiz.preview is not None and not self.wiz.working

    def validatePage(self) -> bool:
        preview = self.wiz.preview
        if preview is None or self.wiz.working:
            return False
        c = preview.counts()
        if c["create"] + c["merge"] == 0:
            self.status.idle(self.tr("No row would be imported. Check the column mapping."))
            return False
        return True


class TargetPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Add to a partnership"))
        self.setSubTitle(self.tr("Optionally add the imported contacts as members of a partnership."))
        self.partnership = QComboBox(self)
        self.partnership.setObjectName("importPartnership")
        self.partnership.addItem(self.tr("(do not add to a partnership)"), None)
        self.partnership.setToolTip(self.tr("The partnership the new and merged contacts join"))
        self.role = enum_combo(MemberRole, self)
        self.role.setObjectName("importRole")
        self.role.setCurrentIndex(self.role.findData(MemberRole.NETWORK_MEMBER))
        self.role.setToolTip(self.tr("Their role in the partnership"))
        self.role.setEnabled(False)
        self.partnership.currentIndexChanged.connect(
            lambda _i: self.role.setEnabled(self.partnership.currentData() is not None)
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Partnership:"), self.partnership)
        form.addRow(self.tr("&Role:"), self.role)
        self._loaded = False

    def initializePage(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.wiz.run(self.wiz.list_partnerships, self._fill, lambda _e: None)

    def _fill(self, rows: list[PartnershipRow]) -> None:
        for row in rows:
            self.partnership.addItem(row.name, row.name)
            if row.id == self.wiz.partnership_id:  # the one the user works on (the toolbar's)
                self.partnership.setCurrentIndex(self.partnership.count() - 1)


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Confirm the import"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.plan = QLabel(self)
        self.plan.setObjectName("importPlan")
        self.plan.setWordWrap(True)
        self.status = _BusyLine(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self._done = False

    def initializePage(self) -> None:
        preview = self.wiz.preview
        assert preview is not None
        c = preview.counts()
        lines = [
            self.tr("%1 new contacts are created and %2 existing contacts are completed from the file.")
            .replace("%1", str(c["create"]))
            .replace("%2", str(c["merge"])),
            self.tr("%1 rows are skipped and %2 rows with problems are left out.")
            .replace("%1", str(c["skip"]))
            .replace("%2", str(c["rejected"])),
        ]
        issues = len(preview.cell_issues())
        if issues:
            lines.append(
                self.tr(
                    "%n value(s) that cannot be read are not imported into their field but kept in the "
                    "contact's note, so nothing you typed is lost.",
                    "",
                    issues,
                )
            )
        if preview.new_organisations:
            lines.append(
                self.tr("New organisations: %1.").replace("%1", ", ".join(preview.new_organisations[:10]))
            )
        partnership = self.wiz.target.partnership.currentData()
        if partnership is not None:
            lines.append(
                self.tr("They are added to %1 as %2.")
                .replace("%1", partnership)
                .replace("%2", self.wiz.target.role.currentText())
            )
        lines.append(self.tr("Everything is saved in one go: if anything fails, nothing is saved."))
        self.plan.setText("\n\n".join(lines))
        self.status.idle()

    def isComplete(self) -> bool:
        return not self.wiz.working

    def validatePage(self) -> bool:
        if self._done:
            return True
        self.status.busy(self.tr("Importing…"))
        self.wiz.commit(self._committed, self._failed)
        return False

    def _committed(self, summary: ImportSummary) -> None:
        self.status.idle()
        self._done = True
        self.wiz.next()

    def _failed(self, error: Exception) -> None:
        self.status.idle(_message(error))


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportDialog) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Imported"))
        self.headline = QLabel(self)
        self.headline.setObjectName("summaryHeadline")
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setToolTip(self.tr("The rows that were left out and why"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details, 1)

    def initializePage(self) -> None:
        summary = self.wiz.summary
        assert summary is not None
        self.headline.setText(
            self.tr("Created: %1. Merged: %2. Skipped: %3. Rejected: %4.")
            .replace("%1", str(summary.created))
            .replace("%2", str(summary.merged))
            .replace("%3", str(summary.skipped))
            .replace("%4", str(len(summary.rejected)))
        )
        self.details.setPlainText("\n".join(summary.lines()))


class ImportDialog(QWizard):
    """The import wizard. ``summary`` is set once the import is written."""

    def __init__(
        self,
        db: Database,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        partnership_id: int | None = None,
    ) -> None:
        """``partnership_id``: the partnership chosen in the toolbar, offered on the last page."""
        super().__init__(parent)
        self.partnership_id = partnership_id
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 680)
        self.db = db
        self.tasks = tasks
        self.service = ContactImportService(db)
        self.preview: ImportPreview | None = None
        #: the user's corrected cells since the file was read: (row number, column) -> text
        self.edits: dict[tuple[int, int], str] = {}
        self.summary: ImportSummary | None = None
        self.working = False
        self.mapping_model = MappingModel(self)
        self.rows_model = PreviewRowsModel(self)
        self.row_filter = RowFilterModel(self)
        self.row_filter.setSourceModel(self.rows_model)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.target = TargetPage(self)
        self.confirm = ConfirmPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.preview_page, self.target, self.confirm, self.summary_page):
            self.addPage(page)

    # -- background work ----------------------------------------------------------------
    def run(self, fn: Any, on_done: Any, on_error: Any) -> None:
        """One background call at a time from this wizard; the buttons wait for it."""
        self._set_working(True)

        def done(result: Any) -> None:
            self._set_working(False)
            on_done(result)

        def failed(error: Exception) -> None:
            self._set_working(False)
            on_error(error)

        self.tasks.run(fn, done, failed, context=self)

    def _set_working(self, working: bool) -> None:
        self.working = working
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()
        back = self.button(QWizard.WizardButton.BackButton)
        if back is not None and working:
            back.setEnabled(False)
        elif back is not None and self.currentId() > 0 and not self.confirm._done:
            back.setEnabled(True)
        self.setCursor(Qt.CursorShape.BusyCursor if working else Qt.CursorShape.ArrowCursor)

    def list_partnerships(self) -> list[PartnershipRow]:
        from desktop.services.partnerships import PartnershipService

        return PartnershipService(self.db).list()

    def set_preview(self, preview: ImportPreview, *, keep_mapping: bool = False) -> None:
        self.preview = preview
        if not keep_mapping:  # a newly read file: no corrections yet
            self.edits = {}
            self.mapping_model.set_table(preview.table, preview.mapping)
        self.rows_model.set_preview(preview)

    def decide(self, row_number: int, decision: Decision) -> None:
        """Set a duplicate row's decision (as choosing it in the table does)."""
        for row in range(self.rows_model.rowCount()):
            if self.rows_model.row_at(row).row_number == row_number:
                index = self.rows_model.index(row, PreviewRowsModel.BECOMES)
                self.rows_model.setData(index, decision.value)
                return
        raise KeyError(row_number)

    def commit(self, on_done: Any, on_error: Any) -> None:
        preview = self.preview
        assert preview is not None
        partnership = self.target.partnership.currentData()
        role = self.target.role.currentData() or MemberRole.NETWORK_MEMBER

        def write() -> ImportSummary:
            return self.service.commit(preview, partnership=partnership, role=role)

        def done(summary: ImportSummary) -> None:
            self.summary = summary
            on_done(summary)

        self.run(write, done, on_error)

    def reject(self) -> None:
        if self.working and self.currentPage() is self.confirm:
            return  # the write is under way; it finishes (or fails) as a whole
        super().reject()


def open_for_window(window: Any) -> ImportDialog | None:
    """File > Import contacts…: the wizard over the window's open database."""
    if window.services is None:
        return None
    chosen = window.partnership_choice.currentData()
    dialog = ImportDialog(window.services.db, window.tasks, window, partnership_id=chosen)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["ImportDialog", "open_for_window"]

"""Dokumenter: every document of the chosen partnership, saved or printed, and its agreements.

The export runs on the TaskRunner (never on the GUI thread); the status line says where
the file went and offers to open it. Printing renders the PDF's pages into a print
preview when a PDF renderer is available (QtPdf, or pypdfium2), otherwise the PDF opens
in the system's viewer to print from there.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import short_date
from desktop.models.enums import MeetingStatus
from desktop.services.agreements import AgreementRow
from desktop.services.creation_keys import new_key
from desktop.services.documents import KIND_BY_KEY, KINDS, NEWSLETTER, DocumentKind, suggested_filename
from desktop.services.errors import FodslagError
from desktop.services.meetings import MeetingRow
from desktop.services.settings import Settings
from desktop.views.toolkit.messages import show_error
from desktop.views.toolkit.printing import render_pdf_pages
from desktop.views.toolkit.record_model import Column, RecordTableModel
from desktop.views.toolkit.screen import Screen, make_button, make_table

KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_spec(key: str) -> DocumentKind:
    return NEWSLETTER if key == NEWSLETTER.key else KIND_BY_KEY[key]


# asks where to save: (parent, caption, suggested path, filter) -> chosen path or ""
SavePathAsker = Callable[[QWidget, str, str, str], str]


def ask_with_file_dialog(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    path, _chosen_filter = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


class DocumentsScreen(Screen):
    watches = ("Agreement", "Meeting", "Partnership", "ActionCard", "Newsletter")
    can_print = True  # Ctrl+P prints the chosen document (PDF kinds), Ctrl+S saves it

    # the path of a document that was written (tests and the status line listen)
    export_finished = Signal(str)
    export_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, ask_save_path: SavePathAsker | None = None) -> None:
        super().__init__(parent)
        self.ask_save_path: SavePathAsker = ask_save_path or ask_with_file_dialog
        self.partnership_name = ""
        self._meetings: dict[int, MeetingRow] = {}  # the meetings offered, by id
        self.last_file: Path | None = None
        self._busy = False

        self.heading = QLabel(self)
        self.heading.setObjectName("documentsHeading")
        self.heading.setWordWrap(True)
        self._make_kinds()
        self._make_choices()
        self._make_actions()
        options = self._options_form()
        producer = QSplitter(self)
        producer.addWidget(self.kinds)
        producer.addWidget(options)
        producer.setStretchFactor(1, 2)
        self._make_agreement_table()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(producer, 3)
        layout.addWidget(QLabel(self.tr("Partnership agreements"), self))
        layout.addWidget(self.table, 2)
        self.kinds.setCurrentRow(0)
        self._show_heading()

    def _make_kinds(self) -> None:
        """The documents one can make, and the chosen one's description."""
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("documentKinds")
        for kind in (*KINDS, NEWSLETTER):
            title, _description = self._texts(kind.key)
            item = QListWidgetItem(title, self.kinds)
            item.setData(KIND_ROLE, kind.key)
        self.kinds.currentRowChanged.connect(lambda _row: self._kind_changed())
        self.description = QLabel(self)
        self.description.setObjectName("documentDescription")
        self.description.setWordWrap(True)

    def _make_choices(self) -> None:
        """Format, layout, the newsletter's subject and text, the meeting, the agreement's version."""
        self.format_choice = QComboBox(self)
        self.format_choice.setObjectName("formatChoice")
        self.format_choice.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.layout_choice = QComboBox(self)
        self.layout_choice.setObjectName("layoutChoice")
        self.layout_choice.currentIndexChanged.connect(lambda _i: self._check_layout())
        # what the chosen layout will do to this card, said before anything is printed
        self.layout_notice = QLabel(self)
        self.layout_notice.setObjectName("layoutNotice")
        self.layout_notice.setWordWrap(True)
        self.layout_notice.setVisible(False)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("newsletterSubject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("newsletterBody")
        self.body.setTabChangesFocus(True)
        self.meeting_choice = QComboBox(self)
        self.meeting_choice.setObjectName("meetingChoice")
        self.meeting_choice.setMinimumContentsLength(30)
        self.version_choice = QComboBox(self)  # which agreement version (newest first)
        self.version_choice.setObjectName("versionChoice")

    def _make_actions(self) -> None:
        """Save as…, Print…, the busy bar and the line saying where the file went (Open)."""
        self.save_button = make_button(self, self.tr("Save as…"), self.save_as, name="saveDocument")
        self.print_button = make_button(self, self.tr("Print…"), self.print_document, name="printDocument")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("documentStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)
        self.open_button = make_button(self, self.tr("Open"), self.open_last_file, name="openDocument")
        self.open_button.setVisible(False)

    def _options_form(self) -> QWidget:
        """The chosen document's choices (only those its kind has are shown) and its actions."""
        options = QWidget(self)
        form = QFormLayout(options)
        form.addRow(self.description)
        form.addRow(self.tr("File format:"), self.format_choice)
        self.layout_label = QLabel(self.tr("Layout:"), options)
        form.addRow(self.layout_label, self.layout_choice)
        form.addRow(self.layout_notice)
        self.subject_label = QLabel(self.tr("Subject:"), options)
        form.addRow(self.subject_label, self.subject)
        self.body_label = QLabel(self.tr("Text:"), options)
        form.addRow(self.body_label, self.body)
        self.meeting_label = QLabel(self.tr("Meeting:"), options)
        form.addRow(self.meeting_label, self.meeting_choice)
        self.version_label = QLabel(self.tr("Version:"), options)
        form.addRow(self.version_label, self.version_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        form.addRow(buttons)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.open_button)
        form.addRow(status_row)
        return options

    def _make_agreement_table(self) -> None:
        self.model: RecordTableModel[AgreementRow] = RecordTableModel(
            [
                Column(self.tr("Agreement"), lambda r: r.title),
                Column(self.tr("Versions"), lambda r: len(r.versions), align_right=True),
                Column(self.tr("Current version"), lambda r: r.current.number if r.current else None),
                Column(self.tr("Status"), lambda r: r.current.status_label if r.current else ""),
                Column(
                    self.tr("Signed"),
                    lambda r: next((v.signed_on for v in reversed(r.versions) if v.signed_on), None),
                ),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("agreementTable")

    # -- texts -----------------------------------------------------------------------------
    def _texts(self, key: str) -> tuple[str, str]:
        texts = {
            "action-card": (
                self.tr("Action card"),
                self.tr("Who to contact about which problem, with 114 and 112 on top. "
                        "A4, or A6 cards four to a sheet for cutting."),
            ),
            "folder": (
                self.tr("Folder"),
                self.tr("Leaflet for professionals and residents: background, purpose, what the "
                        "network is not, who is behind it, and the action card."),
            ),
            "contact-list": (
                self.tr("Phone and mail list"),
                self.tr("Every active member's work phone and e-mail, as a spreadsheet, a PDF or "
                        "contact cards (vCard) for Outlook."),
            ),
            "invitation": (
                self.tr("Invitation and agenda"),
                self.tr("The invitation for the chosen meeting, with the open action items on the agenda."),
            ),
            "minutes": (
                self.tr("Minutes"),
                self.tr("Minutes of the chosen meeting: attendance, decisions and action items."),
            ),
            "meeting-pack": (
                self.tr("Meeting pack for the chair"),
                self.tr("Invitation, last minutes, open action items, progress and indicator "
                        "charts in one PDF."),
            ),
            "agreement": (
                self.tr("Partnership agreement"),
                self.tr("The chosen version of the agreement: as a Word document for signing "
                        "(your own template if one is set), or as a PDF to send round."),
            ),
            "progress": (
                self.tr("Progress workbook"),
                self.tr("Goals, sub-goals, initiative documents and indicators with measurements "
                        "and charts, for the politicians."),
            ),
            "calendar": (
                self.tr("Calendar invitations"),
                self.tr("The coming meetings as one calendar file for Outlook."),
            ),
            "safety-report": (
                self.tr("Crime and safety report"),
                self.tr("The idékatalog's report outline with the indicators, ready to write in."),
            ),
            "newsletter": (
                self.tr("Newsletter"),
                self.tr("A news mail to the active members as an unsent draft (.eml) for your own "
                        "mail program, the members in Bcc. A copy is kept with the partnership."),
            ),
        }  # fmt: skip
        return texts[key]

    def _format_text(self, fmt: str) -> str:
        return {
            "pdf": self.tr("PDF"),
            "docx": self.tr("Word (.docx)"),
            "xlsx": self.tr("Excel (.xlsx)"),
            "vcf": self.tr("Contact cards (.vcf)"),
            "ics": self.tr("Calendar (.ics)"),
            "eml": self.tr("Mail draft (.eml)"),
        }[fmt]

    def _filter(self, fmt: str) -> str:
        return self.tr("{kind} (*.{suffix})").format(kind=self._format_text(fmt), suffix=fmt)

    # -- loading ---------------------------------------------------------------------------
    def set_partnership(self, partnership_id: int | None) -> None:
        super().set_partnership(partnership_id)
        self._show_heading()
        self._update_buttons()

    def load(self) -> None:
        assert self.services is not None
        services, pid = self.services, self.partnership_id

        def fetch() -> tuple[list[AgreementRow], list[MeetingRow], str]:
            if pid is None:
                return services.agreements.list(None), [], ""
            agreements, meetings = services.agreements.list(pid), services.meetings.list(pid)
            if meetings:  # the name came with them: no third round trip to the server
                return agreements, meetings, meetings[0].partnership
            name = next((p.name for p in services.partnerships.list() if p.id == pid), "")
            return agreements, meetings, name

        self.run(fetch, self._show)

    def _show(self, result: tuple[list[AgreementRow], list[MeetingRow], str]) -> None:
        agreements, meetings, name = result
        self.model.set_rows(agreements)
        self.version_choice.clear()
        for agreement in agreements:
            for v in reversed(agreement.versions):
                text = self.tr("{title}, version {number} ({status})").format(
                    title=agreement.title, number=v.number, status=v.status_label
                )
                self.version_choice.addItem(text, (agreement.id, v.number))
        self.table.resizeColumnsToContents()
        self.partnership_name = name
        current = self.meeting_choice.currentData()
        self.meeting_choice.clear()
        self._meetings = {m.id: m for m in meetings}
        for m in sorted(meetings, key=lambda m: m.starts_at, reverse=True):
            self.meeting_choice.addItem(f"{short_date(m.starts_at)} · {m.title} ({m.status_label})", m.id)
        index = self.meeting_choice.findData(current) if current is not None else -1
        if index < 0:  # default: the next planned meeting, else the newest
            upcoming = [i for i, m in enumerate(sorted(meetings, key=lambda m: m.starts_at, reverse=True))
                        if m.status == MeetingStatus.PLANNED]  # fmt: skip
            index = upcoming[-1] if upcoming else 0
        self.meeting_choice.setCurrentIndex(index)
        self._show_heading()
        self._kind_changed()

    def _show_heading(self) -> None:
        if self.partnership_id is None:
            self.heading.setText(self.tr("Choose a partnership in the toolbar to produce its documents."))
        else:
            self.heading.setText(
                self.tr("Documents for <b>{name}</b>").format(name=self.partnership_name or "…")
            )

    # -- choosing --------------------------------------------------------------------------
    def current_kind(self) -> str:
        item = self.kinds.currentItem()
        kind: str = item.data(KIND_ROLE) if item is not None else KINDS[0].key
        return kind

    def choose_kind(self, key: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(KIND_ROLE) == key:
                self.kinds.setCurrentRow(row)
                return
        raise KeyError(key)

    def _kind_changed(self) -> None:
        kind = kind_spec(self.current_kind())
        # "Saved to …" and its Open were about the document chosen before: they go with it
        self._set_status("")
        self.open_button.setVisible(False)
        self.description.setText(self._texts(kind.key)[1])
        self.format_choice.blockSignals(True)
        self.format_choice.clear()
        for fmt in kind.formats:
            self.format_choice.addItem(self._format_text(fmt), fmt)
        self.format_choice.blockSignals(False)
        self.layout_choice.clear()
        if kind.key == "action-card":
            self.layout_choice.addItem(self.tr("A4, one card per page"), "a4")
            self.layout_choice.addItem(self.tr("A6, four cards per sheet"), "a6")
        elif kind.key == "folder":
            self.layout_choice.addItem(self.tr("A4 tri-fold"), "trifold")
            self.layout_choice.addItem(self.tr("A5 booklet"), "a5")
        has_layout = self.layout_choice.count() > 0
        self.layout_choice.setVisible(has_layout)
        self.layout_label.setVisible(has_layout)
        uses_agreement = kind.key == "agreement" and self.version_choice.count() > 0
        self.version_choice.setVisible(uses_agreement)
        self.version_label.setVisible(uses_agreement)
        uses_meeting = kind.needs_meeting
        self.meeting_choice.setVisible(uses_meeting)
        self.meeting_label.setVisible(uses_meeting)
        writes = kind is NEWSLETTER
        for widget in (self.subject, self.subject_label, self.body, self.body_label):
            widget.setVisible(writes)
        self._check_layout()
        self._update_buttons()

    def _check_layout(self) -> None:
        """For the A6 card: say before printing whether it fits one side, needs two, or more."""
        self.layout_notice.setVisible(False)
        self.layout_notice.clear()
        if (
            self.current_kind() != "action-card"
            or self.layout_choice.currentData() != "a6"
            or self.partnership_id is None
            or self.services is None
            or self.tasks is None
        ):
            return
        documents, pid = self.services.documents, self.partnership_id

        def shown(sides: int | None) -> None:
            if self.current_kind() == "action-card" and self.layout_choice.currentData() == "a6":
                self.layout_notice.setText(self._sides_text(sides))
                self.layout_notice.setVisible(sides is not None)

        self.tasks.run(lambda: documents.a6_sides(pid), shown, lambda _error: shown(None), context=self)

    def _sides_text(self, sides: int | None) -> str:
        if sides is None:
            return ""
        if sides == 1:
            return self.tr("Four identical cards to an A4 sheet: cut along the dashed lines.")
        if sides == 2:
            return self.tr(
                "<b>Two-sided card.</b> The card does not fit one A6 side even at the smallest "
                "font, so it prints as a front sheet and a back sheet: print on both sides "
                "(flip on the long edge), then cut along the dashed lines."
            )
        return self.tr(
            "<b>Too big for an A6 card.</b> Even at the smallest font the card needs {n} A6 "
            "sides, which do not make one card. Choose A4, or shorten the card."
        ).format(n=sides)

    def _update_buttons(self) -> None:
        ready = self.partnership_id is not None and not self._busy
        if kind_spec(self.current_kind()).needs_meeting and self.meeting_choice.currentData() is None:
            ready = False
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready and self.format_choice.currentData() == "pdf")

    def suggested_name(self) -> str:
        kind = self.current_kind()
        if kind == NEWSLETTER.key:
            subject = self.subject.text().strip() or self.partnership_name
            return suggested_filename("newsletter", "eml", subject)
        fmt = self.format_choice.currentData() or "pdf"
        meeting = self._meetings.get(self.meeting_choice.currentData())
        if KIND_BY_KEY[kind].needs_meeting and meeting is not None:
            return suggested_filename(
                kind, fmt, self.partnership_name, meeting.title, meeting.starts_at.date()
            )
        return suggested_filename(kind, fmt, self.partnership_name)

    # -- exporting -------------------------------------------------------------------------
    def save_as(self) -> None:
        if self.partnership_id is None:
            self._set_status(self.tr("Choose a partnership in the toolbar first."))
            return
        settings = QSettings()
        folder = (
            Settings.load().export_folder
            or str(settings.value("documents/lastFolder", "") or "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        fmt = self.format_choice.currentData() or "pdf"
        path = self.ask_save_path(
            self, self.tr("Save document"), str(Path(folder) / self.suggested_name()), self._filter(fmt)
        )
        if not path:
            return
        if Path(path).suffix.lower() != f".{fmt}":
            path = f"{path}.{fmt}"
        settings.setValue("documents/lastFolder", str(Path(path).parent))
        self.export_to(path)

    def export_to(self, path: str, on_done: Callable[[Path], None] | None = None) -> None:
        """Write the chosen document to ``path`` in the background."""
        if self.services is None or self.tasks is None or self.partnership_id is None:
            return
        documents, pid = self.services.documents, self.partnership_id
        kind, fmt = self.current_kind(), self.format_choice.currentData()
        layout = self.layout_choice.currentData() if self.layout_choice.count() else None
        meeting_id = self.meeting_choice.currentData() if kind_spec(kind).needs_meeting else None
        subject, body = self.subject.text(), self.body.toPlainText()
        chosen = self.version_choice.currentData() if kind == "agreement" else None
        agreement_id, version = chosen if chosen else (None, None)
        new = new_key()  # a retry of this press keeps one copy of the newsletter

        def produce() -> Path:
            if kind == NEWSLETTER.key:  # the typed text stays in the form whatever happens
                documents.newsletter(pid, subject, body, path, key=new)
                return Path(path)
            return documents.export(
                kind, path, partnership_id=pid, meeting_id=meeting_id, fmt=fmt, layout=layout,
                agreement_id=agreement_id, version=version,
            )  # fmt: skip

        self._set_busy(True)
        self._set_status(self.tr("Producing {name}…").format(name=Path(path).name))
        self.tasks.run(
            produce,
            on_done or self._exported,
            self._failed,
            context=self,
        )

    def _exported(self, path: Path) -> None:
        self._set_busy(False)
        self.last_file = Path(path)
        self._set_status(self.tr("Saved to {path}").format(path=str(path)))
        self.open_button.setVisible(True)
        self.export_finished.emit(str(path))

    def _failed(self, error: FodslagError) -> None:
        self._set_busy(False)
        self._set_status(error.message)
        self.open_button.setVisible(False)
        self.export_failed.emit(error.message)
        show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.kinds.setEnabled(not busy)
        self._update_buttons()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)

    def open_last_file(self) -> None:
        if self.last_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file)))

    def save(self) -> None:
        self.save_as()

    def print_current(self) -> None:
        from desktop.views.toolkit.printing import nothing_to_print

        if self.partnership_id is None:
            nothing_to_print(self, self.tr("Choose a partnership in the toolbar first."))
        elif not self.print_button.isEnabled():
            nothing_to_print(
                self, self.tr("This document prints from its own program: save it, open it and print there.")
            )
        else:
            self.print_document()

    # -- printing --------------------------------------------------------------------------
    def print_document(self) -> None:
        """Make the PDF in a temporary folder, render its pages, then show the print preview."""
        if self.partnership_id is None or self.format_choice.currentData() != "pdf":
            return
        folder = Path(tempfile.mkdtemp(prefix="fodslag-print-"))
        target = folder / self.suggested_name()

        def written(path: Path) -> None:
            assert self.tasks is not None
            self._set_busy(True)
            self.tasks.run(lambda: render_pdf_pages(path), lambda pages: self._preview(path, pages),
                           self._failed, context=self)  # fmt: skip

        self.export_to(str(target), written)

    def _preview(self, path: Path, pages: list[QImage] | None) -> None:
        self._set_busy(False)
        self.last_file = path
        if pages is None:  # no renderer installed: print from the system's PDF viewer
            self._set_status(
                self.tr("Opened {name} in your PDF viewer; print from there.").format(name=path.name)
            )
            self.open_last_file()
            return
        from desktop.views.toolkit.printing import preview_images

        ready = self.tr("Ready to print {name}").format(name=path.name)
        if self.layout_notice.isVisible() and self.layout_notice.text():
            ready += " – " + self.layout_notice.text().replace("<b>", "").replace("</b>", "")
        self._set_status(ready)
        preview_images(self, pages, title=self.tr("Print {name}").format(name=path.name), doc_name=path.stem)

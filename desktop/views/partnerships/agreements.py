"""The partnership agreement: versions, sections edited in a form, differences, approval, signing.

Only the newest version can be edited (earlier ones are history), and a signed version
is read-only: changing a signed text means starting a new version.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import short_date
from desktop.models.enums import AgreementStatus
from desktop.services.agreements import AgreementRow, VersionDetail
from desktop.services.creation_keys import new_key
from desktop.services.errors import EditConflict, FodslagError, ValidationError
from desktop.views.partnerships.editing import EditHost
from desktop.views.toolkit.conflict_dialog import ConflictDialog, ConflictField, open_conflict
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.field_errors import FieldErrors
from desktop.views.toolkit.privacy_hint import mark_free_text
from desktop.views.toolkit.screen import make_button
from desktop.views.toolkit.undo import apply_edit
from desktop.views.toolkit.unsaved import PendingSave


class AgreementPanel(QWidget):
    def __init__(self, host: EditHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.partnership_id: int | None = None
        self.partnership_name = ""
        self.agreement: AgreementRow | None = None
        self.version: VersionDetail | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._dirty = False
        #: the unsaved-work guard's Gem, waiting for the save to go through
        self.saving = PendingSave()
        self._pending = False  # a save or an approve/sign is on its way
        self._filling = False
        #: the agreement's version when the text in the form was loaded (saves check it)
        self._form_version = 0
        #: asked before a version is marked signed (tests replace it)
        self.confirm_sign: Callable[[str], bool] = self._ask_sign

        self.title = QLabel(self)
        self.title.setObjectName("agreementTitle")
        self.title.setWordWrap(True)
        left = self._build_versions_side()
        editor = self._build_editor()
        compare = self._build_compare()
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(editor)
        right.addWidget(compare)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        body = QSplitter(self)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(body, 1)
        self._update_actions()

    # -- building ---------------------------------------------------------------------
    def _build_versions_side(self) -> QWidget:
        """The agreement's versions, newest first, and New agreement under them."""
        self.new_agreement_button = make_button(
            self,
            self.tr("New a&greement"),
            self.create_agreement,
            name="newAgreementButton",
            tip=self.tr("Start a partnership agreement with the standard headings"),
        )

        self.versions = QListWidget(self)
        self.versions.setObjectName("agreementVersions")
        self.versions.currentItemChanged.connect(lambda *_: self._load_version())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        versions_label = QLabel(self.tr("Ve&rsions:"), self)
        versions_label.setBuddy(self.versions)
        left_layout.addWidget(versions_label)
        left_layout.addWidget(self.versions, 1)
        left_layout.addWidget(self.new_agreement_button)
        return left

    def _build_editor(self) -> QWidget:
        """The shown version's sections (read-only once signed), its change note and its steps."""
        self.status = QLabel(self)
        self.status.setObjectName("versionStatus")
        self.status.setWordWrap(True)
        general = QLabel(self)
        general.setObjectName("agreementError")
        self.errors = FieldErrors(general)
        self.sections_host = QWidget(self)
        self.sections_form = QFormLayout(self.sections_host)
        self.sections_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.section_editors: list[tuple[str, QPlainTextEdit]] = []
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sections_host)
        self.change_note = QLineEdit(self)
        self.change_note.setObjectName("changeNote")
        self.change_note.setPlaceholderText(self.tr("What changed in this version"))
        self.change_note.textEdited.connect(self._edited)

        actions = self._build_actions()
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.status)
        editor_layout.addWidget(general)
        editor_layout.addWidget(scroll, 1)
        note_row = QFormLayout()
        note_label = QLabel(self.tr("Change &note:"), self)
        note_label.setBuddy(self.change_note)
        note_row.addRow(note_label, self.errors.wrap("change_note", self.change_note, self))
        editor_layout.addLayout(note_row)
        editor_layout.addLayout(actions)
        editor_layout.addWidget(self.sign_date.new_message_label(editor))

        return editor

    def _build_actions(self) -> QHBoxLayout:
        """Save the text; approve, mark signed on a day, start a new version."""
        self.save_button = make_button(
            self,
            self.tr("&Save text"),
            self.save,
            name="saveAgreementButton",
            tip=self.tr("Save the sections of this version (Ctrl+S)"),
        )
        self.approve_button = make_button(
            self,
            self.tr("A&pprove"),
            self.approve,
            name="approveButton",
            tip=self.tr("The steering group has approved this version"),
        )
        self.sign_date = DateField(self, required=True)
        self.sign_date.setObjectName("signDate")
        self.sign_date.set_value(date.today())
        self.sign_date.setToolTip(self.tr("The day the parties signed"))
        self.sign_button = make_button(
            self,
            self.tr("Mark si&gned"),
            self.sign,
            name="signButton",
            tip=self.tr("The parties have signed this version; it can no longer be changed"),
        )
        self.revise_button = make_button(
            self,
            self.tr("New &version"),
            self.revise,
            name="reviseButton",
            tip=self.tr("Start a new draft from the newest version"),
        )

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.sign_date)
        actions.addWidget(self.sign_button)
        actions.addWidget(self.revise_button)
        return actions

    def _build_compare(self) -> QWidget:
        """Another version beside the shown one, as a diff."""
        self.compare_with = QComboBox(self)
        self.compare_with.setObjectName("compareWith")
        self.compare_button = make_button(
            self,
            self.tr("Show &differences"),
            self.show_diff,
            name="compareButton",
            tip=self.tr("Compare the chosen version with the one shown"),
        )
        self.diff_view = QTextEdit(self)
        self.diff_view.setObjectName("diffView")
        self.diff_view.setReadOnly(True)
        self.diff_lines: list[str] = []

        compare = QWidget(self)
        compare_layout = QVBoxLayout(compare)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        compare_row = QHBoxLayout()
        compare_label = QLabel(self.tr("Compare &with:"), self)
        compare_label.setBuddy(self.compare_with)
        compare_row.addWidget(compare_label)
        compare_row.addWidget(self.compare_with, 1)
        compare_row.addWidget(self.compare_button)
        compare_layout.addLayout(compare_row)
        compare_layout.addWidget(self.diff_view, 1)

        return compare

    # -- loading ----------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, partnership_id: int | None, name: str = "") -> None:
        if partnership_id != self.partnership_id:
            self._dirty = False
        self.partnership_id, self.partnership_name = partnership_id, name
        if partnership_id is None or self.host.services is None:
            return
        service = self.host.services.agreements
        self.host.call(lambda: service.list(partnership_id), self._show_agreements)

    def _show_agreements(self, rows: list[AgreementRow]) -> None:
        self.agreement = rows[0] if rows else None
        wanted = self.version.summary.id if self.version and self.agreement else None
        self.versions.blockSignals(True)
        self.versions.clear()
        self.compare_with.clear()
        if self.agreement is None:
            self.title.setText(self.tr("This partnership has no agreement yet."))
            self.version = None
            self._clear_sections()
        else:
            self.title.setText(f"<b>{html.escape(self.agreement.title)}</b>")
            newest = self.agreement.versions[-1].id if self.agreement.versions else None
            for summary in self.agreement.versions:
                text = self.tr("Version {number} – {status}").format(
                    number=summary.number, status=summary.status_label
                )
                if summary.signed_on:
                    text += " " + self.tr("(signed {day})").format(day=short_date(summary.signed_on))
                item = QListWidgetItem(text, self.versions)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                item.setToolTip(summary.change_note)
                self.compare_with.addItem(
                    self.tr("Version {number}").format(number=summary.number), summary.id
                )
            target = wanted if wanted is not None and self._row_of(wanted) >= 0 else newest
            self.versions.setCurrentRow(max(self._row_of(target), 0))
        self.versions.blockSignals(False)
        self._pending = False  # the versions shown are the database's now
        self._update_actions()
        if self.agreement is not None and not self._dirty:
            self._form_version = self.agreement.version
            self._load_version()

    def _row_of(self, version_id: int | None) -> int:
        for i in range(self.versions.count()):
            if self.versions.item(i).data(Qt.ItemDataRole.UserRole) == version_id:
                return i
        return -1

    def select_version(self, number: int) -> None:
        assert self.agreement is not None
        vid = next(v.id for v in self.agreement.versions if v.number == number)
        self.versions.setCurrentRow(self._row_of(vid))

    def _load_version(self) -> None:
        if self.agreement is not None and not self._dirty:
            self._form_version = self.agreement.version
        item = self.versions.currentItem()
        if item is None or self.host.services is None:
            return
        vid = item.data(Qt.ItemDataRole.UserRole)
        service = self.host.services.agreements
        self.host.call(lambda: service.version(vid), self._show_version)

    def _show_version(self, detail: VersionDetail) -> None:
        self._filling = True
        self.version = detail
        self._dirty = False
        self.errors.clear()
        self._clear_sections()
        for heading, body in detail.sections:
            editor = QPlainTextEdit(body, self.sections_host)
            editor.setObjectName(f"section_{len(self.section_editors)}")
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(heading)
            mark_free_text(editor)
            lines = max(3, min(10, body.count("\n") + 2 + len(body) // 90))
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * lines)
            editor.textChanged.connect(self._edited)
            label = QLabel(heading, self.sections_host)
            label.setWordWrap(True)
            label.setBuddy(editor)
            self.sections_form.addRow(label, editor)
            self.section_editors.append((heading, editor))
        self.change_note.setText(detail.summary.change_note)
        read_only = self.read_only
        for _heading, editor in self.section_editors:
            editor.setReadOnly(read_only)
        self.change_note.setReadOnly(read_only)
        status = self.tr("Version {number}: {status}.").format(
            number=detail.summary.number, status=detail.summary.status_label
        )
        if detail.summary.status == AgreementStatus.SIGNED:
            status += " " + self.tr("Signed versions are read-only; start a new version to change the text.")
        elif not self._is_newest(detail):
            status += " " + self.tr("Only the newest version can be edited.")
        self.status.setText(status)
        others = [
            i for i in range(self.compare_with.count()) if self.compare_with.itemData(i) != detail.summary.id
        ]
        signed = [
            i for i in others if self._summary_status(self.compare_with.itemData(i)) == AgreementStatus.SIGNED
        ]
        if others:
            self.compare_with.setCurrentIndex((signed or others)[-1])
        self._filling = False
        self._update_actions()

    def _summary_status(self, version_id: int) -> AgreementStatus | None:
        if self.agreement is None:
            return None
        return next((v.status for v in self.agreement.versions if v.id == version_id), None)

    def _is_newest(self, detail: VersionDetail) -> bool:
        return bool(
            self.agreement and self.agreement.versions and self.agreement.versions[-1].id == detail.summary.id
        )

    @property
    def read_only(self) -> bool:
        return self.version is None or self.version.read_only or not self._is_newest(self.version)

    def _clear_sections(self) -> None:
        while self.sections_form.rowCount():
            self.sections_form.removeRow(0)
        self.section_editors = []

    def _edited(self, *_args: Any) -> None:
        if not self._filling:
            self._dirty = True
            self._update_actions()

    def _update_actions(self) -> None:
        has = self.version is not None
        status = self.version.summary.status if self.version else None
        newest = bool(self.version and self._is_newest(self.version))
        self.new_agreement_button.setVisible(self.agreement is None)
        self.new_agreement_button.setEnabled(self.partnership_id is not None)
        self.save_button.setEnabled(has and not self.read_only)
        # while a save or a step is on its way, the agreement's version here is about to change:
        # approving or signing now would send a stale version
        settled = not self._dirty and not self._pending
        self.approve_button.setEnabled(newest and status == AgreementStatus.DRAFT and settled)
        self.sign_button.setEnabled(newest and status == AgreementStatus.APPROVED and settled)
        self.sign_date.setEnabled(self.sign_button.isEnabled())
        self.revise_button.setEnabled(newest and status != AgreementStatus.DRAFT and not self._pending)
        self.compare_button.setEnabled(has and self.compare_with.count() > 1)

    # -- editing ----------------------------------------------------------------------
    def sections(self) -> list[tuple[str, str]]:
        return [(heading, editor.toPlainText()) for heading, editor in self.section_editors]

    def save_then(self, then: Callable[[], None]) -> None:
        """The unsaved-work guard's Gem: ``then()`` once the text is saved."""
        self.saving.start(then, self.save)

    def discard(self) -> None:
        """Forkast: the version's text as it is saved."""
        if self.version is not None:
            self._show_version(self.version)
        else:
            self.change_note.clear()
        self._dirty = False
        self._update_actions()

    def save(self) -> None:
        if self.version is None or self.agreement is None or self.read_only:
            return
        assert self.host.services is not None
        service = self.host.services.agreements
        agreement_id, partnership_id = self.agreement.id, self.agreement.partnership_id
        before = list(self.version.sections)
        after = self.sections()
        note_before, note_after = self.version.summary.change_note, self.change_note.text().strip()
        version = {"v": self._form_version}

        def save(sections: list[tuple[str, str]], note: str) -> None:
            service.save_sections(agreement_id, version["v"], sections, note)
            version["v"] = next(a.version for a in service.list(partnership_id) if a.id == agreement_id)

        self.errors.clear()
        self._dirty = False
        self._pending = True
        self._update_actions()
        then = self.saving.take()

        def done(_result: object) -> None:
            self.load(self.partnership_id, self.partnership_name)
            then()

        apply_edit(
            self.host,
            self.tr("Edit the agreement text"),
            lambda: save(after, note_after),
            lambda: save(before, note_before),
            done,
            lambda error: self._save_failed(error, after, note_after),
            replayed=done,
        )

    def _save_failed(self, error: FodslagError, mine: list[tuple[str, str]], note: str) -> None:
        self._dirty = True
        self._pending = False
        if isinstance(error, EditConflict):
            self._resolve_conflict(error, mine, note)
        elif isinstance(error, ValidationError):
            self.errors.show(error.message, error.field)
        else:
            self.host.report(error)
        self._update_actions()

    def _resolve_conflict(self, conflict: EditConflict, mine: list[tuple[str, str]], note: str) -> None:
        assert self.agreement is not None and self.host.services is not None
        service = self.host.services.agreements
        partnership_id, agreement_id = self.agreement.partnership_id, self.agreement.id

        def theirs() -> tuple[AgreementRow, VersionDetail]:
            row = next(a for a in service.list(partnership_id) if a.id == agreement_id)
            assert row.current is not None
            return row, service.version(row.current.id)

        def show(result: tuple[AgreementRow, VersionDetail]) -> None:
            row, current = result
            their_sections = dict(current.sections)
            fields = [
                ConflictField(heading, heading, their_sections.get(heading, ""), body, mergeable=True)
                for heading, body in mine
            ]
            fields += [
                ConflictField(h, h, b, "", mergeable=True) for h, b in current.sections if h not in dict(mine)
            ]
            open_conflict(
                self,
                fields,
                lambda values: self._save_resolution(row, current, values, note),
                what=row.title,
                versions=(conflict.loaded_version, row.version),
                keep_theirs=self._keep_theirs,
                holder=self,
            )

        self.host.call(theirs, show)

    def _keep_theirs(self) -> None:
        self._dirty = False
        self.load(self.partnership_id, self.partnership_name)

    def _save_resolution(
        self, row: AgreementRow, current: VersionDetail, values: dict[str, Any], note: str
    ) -> None:
        assert self.host.services is not None
        service = self.host.services.agreements
        headings = [h for h, _ in self.sections()] + [
            h for h, _ in current.sections if h not in dict(self.sections())
        ]
        theirs = dict(current.sections)
        sections = [(h, values.get(h, theirs.get(h, ""))) for h in headings]
        sections = [(h, b) for h, b in sections if b or h in theirs]
        self._dirty = False
        self.host.call(
            lambda: service.save_sections(row.id, row.version, sections, note),
            lambda _r: self.load(self.partnership_id, self.partnership_name),
            lambda error: self._save_failed(error, sections, note),
        )

    def create_agreement(self) -> None:
        if self.partnership_id is None or self.host.services is None:
            return
        service, pid = self.host.services.agreements, self.partnership_id
        title = self.tr("Partnership agreement for {name}").format(name=self.partnership_name)
        new = new_key()  # a retry of this press makes no second agreement
        self.host.call(
            lambda: service.create(pid, title, key=new), lambda _id: self.load(pid, self.partnership_name)
        )

    def _lifecycle(self, fn: Callable[[Any, int], Any]) -> None:
        if self.agreement is None or self.host.services is None:
            return
        service, agreement = self.host.services.agreements, self.agreement
        self.errors.clear()
        self._pending = True
        self._update_actions()

        def failed(error: FodslagError) -> None:
            self._pending = False
            self._update_actions()
            if isinstance(error, ValidationError):
                self.errors.show(error.message, error.field)
            else:
                self.host.report(error)

        self.host.call(
            lambda: fn(service, agreement.version),
            lambda _r: self.load(self.partnership_id, self.partnership_name),
            failed,
        )

    def approve(self) -> None:
        agreement = self.agreement
        if agreement is not None:
            self._lifecycle(lambda service, v: service.approve(agreement.id, v, date.today()))

    def sign(self) -> None:
        if not self.sign_date.check():
            self.sign_date.setFocus()
            return
        agreement, day = self.agreement, self.sign_date.value()
        if agreement is None or self.version is None or day is None:
            return
        question = self.tr(
            "Mark version {number} as signed on {day}? A signed version can no longer be changed."
        )
        if not self.confirm_sign(question.format(number=self.version.summary.number, day=short_date(day))):
            return
        self._lifecycle(lambda service, v: service.sign(agreement.id, v, day))

    def revise(self) -> None:
        agreement = self.agreement
        if agreement is not None:
            self.version = None  # show the new draft once it exists
            self._lifecycle(lambda service, v: service.revise(agreement.id, v))

    def _ask_sign(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Mark signed"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- differences ------------------------------------------------------------------
    def show_diff(self) -> None:
        other = self.compare_with.currentData()
        if self.version is None or other is None or self.host.services is None:
            return
        service, shown = self.host.services.agreements, self.version.summary.id
        old, new = sorted((other, shown), key=lambda vid: self._number_of(vid))
        self.host.call(lambda: service.diff(old, new), self._show_diff)

    def _number_of(self, version_id: int) -> int:
        assert self.agreement is not None
        return next(v.number for v in self.agreement.versions if v.id == version_id)

    def _show_diff(self, lines: list[str]) -> None:
        self.diff_lines = lines
        if not lines:
            self.diff_view.setPlainText(self.tr("The two versions have the same text."))
            return
        out = []
        for line in lines:
            text = html.escape(line) or "&nbsp;"
            if line.startswith(("+++", "---")):
                out.append(f"<div style='font-weight:bold'>{text}</div>")
            elif line.startswith("+"):
                out.append(f"<div style='background:#d8f5d0;color:#0b4f00'>{text}</div>")
            elif line.startswith("-"):
                out.append(
                    f"<div style='background:#fadbd8;color:#7a0000;text-decoration:line-through'>{text}</div>"
                )
            elif line.startswith("@@"):
                # "@@ -20,7 +20,7 @@" is line numbers for programmers: a gap in the text is shown
                out.append("<div style='color:#555'>⋯</div>")
            else:
                out.append(f"<div>{text}</div>")
        self.diff_view.setHtml(
            "<div style='font-family:monospace;white-space:pre-wrap'>" + "".join(out) + "</div>"
        )


__all__ = ["AgreementPanel"]

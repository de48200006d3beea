"""The initiative document as a form: every field, one contribution text per sub-goal, approval."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import short_date
from desktop.models.enums import (
    EvidenceBasis,
    InitiativeStatus,
    InterventionType,
    PreventionKind,
    ResponsibleParty,
)
from desktop.services.errors import ValidationError
from desktop.services.meetings import MeetingRow
from desktop.services.strategy import InitiativeDetail, StrategyTree, SubGoalNode
from desktop.views.toolkit.combos import enum_combo, select_data
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.field_errors import ERROR_STYLE, FieldErrors
from desktop.views.toolkit.privacy_hint import mark_free_text
from desktop.views.toolkit.screen import make_button

MEETING_DATE_ROLE = Qt.ItemDataRole.UserRole + 1


def _text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 14
    box.setFixedHeight(height)
    return box


class ContributionList(QWidget):
    """A checkable list of sub-goals, each with how the initiative serves it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, QCheckBox] = {}
        self.texts: dict[int, QPlainTextEdit] = {}
        self.codes: dict[int, str] = {}
        #: the rows are being filled from a document, not typed in (no ticking, no focus moves)
        self._filling = False
        self._empty = QLabel(self.tr("The strategy has no sub-goals yet."), self)
        self._layout.addWidget(self._empty)
        #: the rows live in one host widget that is replaced whole: deleting layouts one by
        #: one from Python can free a layout whose wrapper is already gone (a crash)
        self._host: QWidget | None = None

    def set_sub_goals(self, sub_goals: Sequence[SubGoalNode]) -> None:
        if self._host is not None:
            self._layout.removeWidget(self._host)
            self._host.hide()
            self._host.deleteLater()  # a widget, with its children: Qt owns and frees it
        self.boxes.clear()
        self.texts.clear()
        self.codes.clear()
        self._empty.setVisible(not sub_goals)
        self._host = QWidget(self)
        rows = QVBoxLayout(self._host)
        rows.setContentsMargins(0, 0, 0, 0)
        for sub in sub_goals:
            # Alt+number ticks the sub-goal (and moves on to its text) from anywhere in the form
            box = QCheckBox(f"&{sub.code.replace('&', '&&')}." if sub.code else "–", self._host)
            box.setObjectName(f"serves_{sub.id}")
            box.setToolTip(self.tr("Tick the sub-goals this initiative serves."))
            title = QLabel(sub.title, self._host)
            title.setWordWrap(True)
            title.setBuddy(box)
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(title, 1)
            text = _text_box(self._host, 2)
            text.setObjectName(f"contribution_{sub.id}")
            text.setPlaceholderText(self.tr("How does the initiative serve this sub-goal?"))
            # the text can always be typed in, and typing in it ticks its sub-goal: a box that
            # looked open but took no keys sent the typing elsewhere, and the text was lost
            box.toggled.connect(lambda on, t=text: on and not self._filling and t.setFocus())
            box.toggled.connect(self.changed)
            text.textChanged.connect(lambda b=box, t=text: self._typed(b, t))
            text.textChanged.connect(self.changed)
            rows.addLayout(row)
            rows.addWidget(text)
            self.boxes[sub.id], self.texts[sub.id], self.codes[sub.id] = box, text, sub.code
        self._layout.addWidget(self._host)

    def _typed(self, box: QCheckBox, text: QPlainTextEdit) -> None:
        """A text typed for a sub-goal means the initiative serves it: the box is ticked."""
        if not self._filling and not box.isChecked() and text.toPlainText().strip():
            box.setChecked(True)

    def set_contributions(self, contributions: dict[int, str]) -> None:
        self._filling = True
        for sid, box in self.boxes.items():
            text = contributions.get(sid, "")
            box.setChecked(bool(text.strip()))
            self.texts[sid].setPlainText(text)
        self._filling = False

    def state(self) -> dict[int, tuple[bool, str]]:
        """Every row as it stands (ticked, text), also a text typed under a box not ticked."""
        return {sid: (box.isChecked(), self.texts[sid].toPlainText()) for sid, box in self.boxes.items()}

    def restore(self, state: dict[int, tuple[bool, str]]) -> None:
        """Put rows back as ``state`` had them (after the sub-goals were rebuilt)."""
        self._filling = True
        for sid, (checked, text) in state.items():
            if sid in self.boxes:
                self.texts[sid].setPlainText(text)
                self.boxes[sid].setChecked(checked)
        self._filling = False

    def contributions(self) -> dict[int, str]:
        """The texts of the ticked sub-goals; a tick without a text is refused."""
        result = {}
        for sid, box in self.boxes.items():
            if not box.isChecked():
                continue
            text = self.texts[sid].toPlainText().strip()
            if not text:
                raise ValidationError(
                    self.tr("Write how the initiative serves sub-goal {code}.").format(code=self.codes[sid]),
                    "contributions",
                )
            result[sid] = text
        return result


class InitiativeForm(QWidget):
    """Edits one initiative document; the screen does the saving."""

    save_requested = Signal()
    approve_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: InitiativeDetail | None = None
        self.errors = FieldErrors()
        self._loading = False
        self._make_heading()
        self._make_fields()
        document = self._document_box()
        served = self._served_box()
        approval = self._approval_box()
        self.save_button = make_button(
            self,
            self.tr("&Save initiative"),
            self.save_requested,
            name="saveInitiative",
            tip=self.tr("Save the initiative document (Ctrl+S)"),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(document)
        layout.addWidget(served)
        layout.addWidget(approval)
        # the save button is not laid out here: the screen keeps it in view below the scrolling form
        layout.addStretch(1)
        self._watch_edits()
        self._saved: tuple[dict[str, Any], dict[int, str]] | None = None
        self.set_initiative(None)

    def _make_heading(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("initiativeHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)

    def _make_fields(self) -> None:
        """The document's fields (the sub-goals' list and the approval have their own boxes)."""
        self.title = QLineEdit(self)
        self.title.setObjectName("initiativeTitle")
        self.focus_area = QComboBox(self)
        self.focus_area.setObjectName("initiativeFocusArea")
        self.description = _text_box(self, 4)
        self.target_group = _text_box(self, 2)
        self.responsible_party = enum_combo(ResponsibleParty, self)
        self.responsible_organisation = QComboBox(self)
        self.owner = QComboBox(self)
        self.evidence_basis = enum_combo(EvidenceBasis, self)
        self.prevention_kind = enum_combo(PreventionKind, self)
        self.intervention_type = enum_combo(InterventionType, self, empty=self.tr("(not stated)"))
        self.success_criteria = _text_box(self, 3)
        self.start_date = DateField(self)
        self.start_date.setObjectName("initiativeStart")
        self.end_date = DateField(self)
        self.end_date.setObjectName("initiativeEnd")
        self.end_date.must_not_precede(self.start_date)
        self.status = enum_combo(InitiativeStatus, self)
        for text in (self.description, self.target_group, self.success_criteria):
            mark_free_text(text)
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)

    def _document_box(self) -> QGroupBox:
        """The fields with their labels, tooltips and messages."""
        document = QGroupBox(self.tr("Initiative document"), self)
        form = QFormLayout(document)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        add = self.errors.add_row
        add(form, self.tr("&Title:"), "title", self.title, self.tr("The initiative's short name"))
        add(form, self.tr("&Focus area:"), "focus_area_id", self.focus_area,
            self.tr("The focus area (track) the initiative belongs to"))  # fmt: skip
        add(form, self.tr("&Description:"), "description", self.description,
            self.tr("What the initiative does"))  # fmt: skip
        add(form, self.tr("Target &group:"), "target_group", self.target_group,
            self.tr("Who the initiative is for (målgruppe)"))  # fmt: skip
        add(form, self.tr("&Responsible:"), "responsible_party", self.responsible_party,
            self.tr("Police, municipality, joint or another party"))  # fmt: skip
        add(form, self.tr("Responsible &party:"), "responsible_organisation_id",
            self.responsible_organisation,
            self.tr("The organisation that carries the initiative"))  # fmt: skip
        add(form, self.tr("&Owner:"), "owner_id", self.owner, self.tr("The person who owns the initiative"))
        add(form, self.tr("&Evidence:"), "evidence_basis", self.evidence_basis,
            self.tr("Built on documented effect, or developmental"))  # fmt: skip
        add(form, self.tr("&Prevention:"), "prevention_kind", self.prevention_kind,
            self.tr("Proactive or reactive prevention"))  # fmt: skip
        add(form, self.tr("&Intervention type:"), "intervention_type", self.intervention_type,
            self.tr("One of the hotspot model's six intervention types"))  # fmt: skip
        add(form, self.tr("Success &criteria:"), "success_criteria", self.success_criteria,
            self.tr("How we will know the initiative works"))  # fmt: skip
        self._add_period(form)
        add(form, self.tr("&Status:"), "status", self.status, self.tr("Where the initiative stands"))
        return document

    def _add_period(self, form: QFormLayout) -> None:
        """Start – end on one row, with one message for the two."""
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_date)
        row.addWidget(QLabel("–", period))
        row.addWidget(self.end_date)
        row.addStretch(1)
        self.start_date.setToolTip(self.tr("First day of the initiative"))
        self.end_date.setToolTip(self.tr("Last day of the initiative"))
        form.addRow(self.tr("Peri&od:"), self.errors.wrap("start_date", period, self))
        # one message for the period
        self.end_date.attach_message(self.errors.share("end_date", "start_date", self.end_date), "end_date")

    def _served_box(self) -> QGroupBox:
        served = QGroupBox(self.tr("Sub-goals it serves, and how"), self)
        self.contributions = ContributionList(served)
        served_layout = QVBoxLayout(served)
        served_layout.addWidget(self.errors.wrap("contributions", self.contributions, served))
        return served

    def _approval_box(self) -> QGroupBox:
        """Its state, the steering-group meeting, Approve, and why it cannot be approved yet."""
        approval = QGroupBox(self.tr("Approval by the steering group"), self)
        self.approval_state = QLabel(approval)
        self.approval_state.setObjectName("approvalState")
        self.approval_state.setWordWrap(True)
        self.meeting = QComboBox(approval)
        self.meeting.setObjectName("approvalMeeting")
        self.meeting.setToolTip(self.tr("The steering-group meeting that approves the initiative"))
        self.approve_button = make_button(
            approval,
            self.tr("&Approve at this meeting"),
            self.approve_requested,
            name="approveButton",
            tip=self.tr(
                "Record the steering group's approval. "
                "Only initiatives that serve a sub-goal can be approved."
            ),
        )
        # why the document cannot be approved yet, in words, before and after a click
        self.approval_hint = QLabel(approval)
        self.approval_hint.setObjectName("approvalHint")
        self.approval_hint.setWordWrap(True)
        self.approval_hint.setStyleSheet(ERROR_STYLE)
        self.approval_hint.setVisible(False)
        self.meeting.currentIndexChanged.connect(self._name_approve_button)
        approval_layout = QFormLayout(approval)
        approval_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        approval_layout.addRow(self.approval_state)
        approval_layout.addRow(self.tr("&Meeting:"), self.errors.wrap("approval", self.meeting, approval))
        approve_row = QHBoxLayout()
        approve_row.addWidget(self.approve_button, 0, Qt.AlignmentFlag.AlignTop)
        approve_row.addWidget(self.approval_hint, 1)
        approve_row.addStretch(0)
        approval_layout.addRow(approve_row)
        return approval

    def _watch_edits(self) -> None:
        """Every field's change marks the document as edited (``_edited``)."""
        for signal in (
            self.title.textChanged, self.description.textChanged, self.target_group.textChanged,
            self.success_criteria.textChanged, self.focus_area.currentIndexChanged,
            self.responsible_party.currentIndexChanged, self.responsible_organisation.currentIndexChanged,
            self.owner.currentIndexChanged, self.evidence_basis.currentIndexChanged,
            self.prevention_kind.currentIndexChanged, self.intervention_type.currentIndexChanged,
            self.start_date.changed, self.end_date.changed, self.status.currentIndexChanged,
            self.contributions.changed,
        ):  # fmt: skip
            signal.connect(self._edited)

    # -- choices ---------------------------------------------------------------------
    def set_choices(
        self,
        tree: StrategyTree | None,
        people: Sequence[tuple[int, str]],
        organisations: Sequence[tuple[int, str]],
        meetings: Sequence[MeetingRow],
    ) -> None:
        """New lists to choose from (a refresh); what the form shows and what was typed stay.

        Rebuilding the combo boxes and the sub-goal rows empties them, so the current choices
        and every contribution (ticked or not, with its text) are put back afterwards; else a
        refresh (after an approval, a save, a colleague's change) leaves an empty form that the
        next save writes to the database."""
        was_loading, self._loading = self._loading, True
        kept = {
            combo: combo.currentData()
            for combo in (self.focus_area, self.owner, self.responsible_organisation, self.meeting)
            if combo.count()
        }
        contributions = self.contributions.state()
        self.focus_area.clear()
        self.focus_area.addItem(self.tr("(none)"), None)
        for area_id, name in tree.focus_areas if tree else ():
            self.focus_area.addItem(name, area_id)
        for combo, choices in ((self.owner, people), (self.responsible_organisation, organisations)):
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for key, name in choices:
                combo.addItem(name, key)
        self.meeting.clear()
        for m in meetings:
            self.meeting.addItem(f"{short_date(m.starts_at)} – {m.title}", m.id)
            self.meeting.setItemData(self.meeting.count() - 1, m.starts_at.date(), MEETING_DATE_ROLE)
        # a decision taken at a meeting not entered under Møder (or before any is): dated today
        self.meeting.addItem(self.tr("No recorded meeting (today's date)"), None)
        if meetings:  # the next meeting (or the latest one): where approvals are usually decided
            today = date.today()
            upcoming = [i for i, m in enumerate(meetings) if m.starts_at.date() >= today]
            self.meeting.setCurrentIndex(upcoming[0] if upcoming else len(meetings) - 1)
        self.contributions.set_sub_goals(tree.sub_goals if tree else ())
        for combo, value in kept.items():
            if combo.findData(value) >= 0:
                select_data(combo, value)
        self.contributions.restore(contributions)
        self._show_approval()
        self._loading = was_loading

    # -- the document ----------------------------------------------------------------
    def set_initiative(self, detail: InitiativeDetail | None) -> None:
        self._loading = True
        self.detail = detail
        self.errors.clear()
        f: dict[str, Any] = detail.fields if detail else {}
        self.heading.setText(f.get("title") or self.tr("New initiative"))
        self.title.setText(f.get("title", ""))
        select_data(self.focus_area, f.get("focus_area_id"))
        self.description.setPlainText(f.get("description", ""))
        self.target_group.setPlainText(f.get("target_group", ""))
        select_data(self.responsible_party, f.get("responsible_party", ResponsibleParty.JOINT))
        self._ensure_choice(self.responsible_organisation, f.get("responsible_organisation_id"))
        self._ensure_choice(self.owner, f.get("owner_id"))
        select_data(self.evidence_basis, f.get("evidence_basis", EvidenceBasis.DEVELOPMENTAL))
        select_data(self.prevention_kind, f.get("prevention_kind", PreventionKind.PROACTIVE))
        select_data(self.intervention_type, f.get("intervention_type"))
        self.success_criteria.setPlainText(f.get("success_criteria", ""))
        self.start_date.set_value(f.get("start_date"))
        self.end_date.set_value(f.get("end_date"))
        select_data(self.status, f.get("status", InitiativeStatus.IDEA))
        self.contributions.set_contributions(detail.contributions if detail else {})
        self._show_approval()
        self._loading = False
        self._saved = self._current_or_none()

    def _ensure_choice(self, combo: QComboBox, value: int | None) -> None:
        if value is not None and combo.findData(value) < 0:
            combo.addItem(self.tr("(not in this partnership: #{id})").format(id=value), value)
        select_data(combo, value)

    def _show_approval(self) -> None:
        detail = self.detail
        if detail is None:
            self.approval_state.setText(self.tr("Save the initiative before the steering group approves it."))
        elif detail.approved_on:
            meeting = ""  # approved without a recorded meeting: the date says it all
            if detail.approved_meeting_id is not None:
                meeting = self.meeting.itemText(self.meeting.findData(detail.approved_meeting_id))
            text = self.tr("Approved on {date}").format(date=short_date(detail.approved_on))
            self.approval_state.setText(f"✓ {text}" + (f" ({meeting})" if meeting else ""))
            select_data(self.meeting, detail.approved_meeting_id)
        else:
            self.approval_state.setText(self.tr("Not approved yet."))
        self.set_approval_hint(self._approval_obstacle())

    def _name_approve_button(self) -> None:
        at_meeting = self.meeting.currentData() is not None
        self.approve_button.setText(
            self.tr("&Approve at this meeting") if at_meeting else self.tr("&Approve with today's date")
        )

    def _approval_obstacle(self) -> str:
        """Why the saved document cannot be approved now ('' when it can)."""
        detail = self.detail
        if detail is None:
            return ""  # the state line already says to save first
        if not any(text.strip() for text in detail.contributions.values()):
            return self.tr(
                "Cannot be approved yet: the initiative serves no sub-goal. Tick at least one "
                "sub-goal above, write how the initiative serves it, and save."
            )
        return ""

    def set_approval_hint(self, text: str) -> None:
        """Say beside the Approve button why approval is refused (empty: nothing to say)."""
        self.approval_hint.setText(f"⚠ {text}" if text else "")
        self.approval_hint.setVisible(bool(text))

    def values(self) -> tuple[dict[str, Any], dict[int, str]]:
        """The fields and contributions as typed; raises ValidationError for a bad entry."""
        fields = {
            "title": self.title.text().strip(),
            "focus_area_id": self.focus_area.currentData(),
            "description": self.description.toPlainText().strip(),
            "target_group": self.target_group.toPlainText().strip(),
            "responsible_party": self.responsible_party.currentData(),
            "responsible_organisation_id": self.responsible_organisation.currentData(),
            "owner_id": self.owner.currentData(),
            "evidence_basis": self.evidence_basis.currentData(),
            "prevention_kind": self.prevention_kind.currentData(),
            "intervention_type": self.intervention_type.currentData(),
            "success_criteria": self.success_criteria.toPlainText().strip(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "status": self.status.currentData(),
        }
        return fields, self.contributions.contributions()

    def _current_or_none(self) -> tuple[dict[str, Any], dict[int, str]] | None:
        try:
            return self.values()
        except ValidationError:
            return None

    @property
    def dirty(self) -> bool:
        return self._current_or_none() != self._saved

    def mark_saved(self) -> None:
        self._saved = self._current_or_none()

    def _edited(self) -> None:
        if not self._loading:
            self.heading.setText(self.title.text().strip() or self.tr("New initiative"))
            self.changed.emit()

    def meeting_choice(self) -> tuple[int | None, date]:
        """The approving meeting and its day; without a recorded meeting, none and today."""
        meeting_id = self.meeting.currentData()
        if meeting_id is None:
            return None, date.today()
        return meeting_id, self.meeting.currentData(MEETING_DATE_ROLE)


__all__ = ["ContributionList", "InitiativeForm", "Qt"]

"""The partnership's details as a form: parties, area, anchoring, coordinator, period, phase."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import PartnershipKind, Phase
from desktop.services.partnerships import PartnershipDetail
from desktop.views.toolkit.combos import enum_combo, select_data
from desktop.views.toolkit.date_field import DateField
from desktop.views.toolkit.field_errors import FieldErrors
from desktop.views.toolkit.privacy_hint import mark_free_text
from desktop.views.toolkit.screen import EmptyHint

#: the fields the form edits, in the order the user tabs through them
FORM_FIELDS = (
    "name", "kind", "area", "phase", "start_date", "end_date",
    "anchoring_organisation_id", "coordinator_id", "party_ids", "description",
)  # fmt: skip


class PartnershipForm(QWidget):
    """Edits one partnership (or a new one); the screen saves ``values()`` through the service."""

    #: the user changed something since the form was filled
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: PartnershipDetail | None = None
        self._filling = False
        self._dirty = False

        self._build_title()
        self._build_fields()

        general = QLabel(self)
        general.setObjectName("formError")
        self.errors = FieldErrors(general)
        form = self._build_form()

        parties_box = QVBoxLayout()
        parties_box.addWidget(self._buddy(self.tr("Pa&rties:"), self.parties_filter))
        parties_box.addWidget(self.parties_filter)
        parties_box.addWidget(self.errors.wrap("party_ids", self.parties, self), 1)

        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(parties_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(general)
        layout.addLayout(columns, 1)

        self._set_tab_order()
        self._follow_edits()
        self.set_organisations([])

    def _build_title(self) -> None:
        """The partnership's name in bold over the form."""
        self.title = QLabel(self)
        self.title.setObjectName("formTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # a long name wraps instead of widening the window
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)

    def _build_fields(self) -> None:
        """One field per fact of the partnership; the parties as a filtered list to tick."""
        self.name = QLineEdit(self)
        self.name.setObjectName("partnershipName")
        self.name.setPlaceholderText(self.tr("e.g. Tryghedsnetværk Solbakken"))
        self.kind = enum_combo(PartnershipKind, self)
        self.kind.setObjectName("partnershipKind")
        self.area = QLineEdit(self)
        self.area.setObjectName("partnershipArea")
        self.area.setPlaceholderText(self.tr("The housing estates or the municipality it covers"))
        self.phase = enum_combo(Phase, self)
        self.phase.setObjectName("partnershipPhase")
        self.start_date = DateField(self)
        self.start_date.setObjectName("partnershipStart")
        self.end_date = DateField(self)
        self.end_date.setObjectName("partnershipEnd")
        self.end_date.must_not_precede(self.start_date)
        self.start_date.setToolTip(self.tr("Leave empty if not decided yet"))
        self.end_date.setToolTip(self.tr("Leave empty while the partnership runs"))
        self.anchoring = QComboBox(self)
        self.anchoring.setObjectName("partnershipAnchoring")
        self.anchoring.setToolTip(self.tr("The organisation the partnership is anchored in (forankring)"))
        self.coordinator = QComboBox(self)
        self.coordinator.setObjectName("partnershipCoordinator")
        self.coordinator.setToolTip(self.tr("Chosen among the partnership's members"))
        self.parties_filter = QLineEdit(self)
        self.parties_filter.setObjectName("partiesFilter")
        self.parties_filter.setPlaceholderText(self.tr("Filter organisations…"))
        self.parties_filter.setClearButtonEnabled(True)
        self.parties_filter.textChanged.connect(self._filter_parties)
        self.parties = QListWidget(self)
        self.parties.setObjectName("partnershipParties")
        self.parties.setToolTip(self.tr("Tick the organisations that are parties to the partnership"))
        self.parties.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.parties.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # on a new database there is nothing to tick: say where the parties come from
        self.parties_hint = EmptyHint(
            self.parties,
            self.tr(
                "No organisations yet. Create the parties (the municipality, the police, the housing "
                "association …) under Organisations and contacts; then tick them here."
            ),
        )
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("partnershipDescription")
        self.description.setTabChangesFocus(True)
        mark_free_text(self.description)

    def _build_form(self) -> QFormLayout:
        """The fields with their labels and, under each, where its message goes."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name:"), self.name),
            ("kind", self.tr("&Kind:"), self.kind),
            ("area", self.tr("&Area:"), self.area),
            ("phase", self.tr("P&hase:"), self.phase),
        ]
        for key, text, widget in rows:
            form.addRow(self._buddy(text, widget), self.errors.wrap(key, widget, self))
        period = QHBoxLayout()
        top = Qt.AlignmentFlag.AlignTop  # a message under one date leaves the other in its place
        period.addWidget(self.errors.wrap("start_date", self.start_date, self), 1, top)
        to = QLabel(self.tr("to"), self)
        to.setMinimumHeight(self.start_date.sizeHint().height())
        period.addWidget(to, 0, top)
        period.addWidget(self.errors.wrap("end_date", self.end_date, self), 1, top)
        form.addRow(self._buddy(self.tr("&Period:"), self.start_date), period)
        form.addRow(
            self._buddy(self.tr("Anc&horing:"), self.anchoring),
            self.errors.wrap("anchoring_organisation_id", self.anchoring, self),
        )
        form.addRow(
            self._buddy(self.tr("&Coordinator:"), self.coordinator),
            self.errors.wrap("coordinator_id", self.coordinator, self),
        )
        form.addRow(
            self._buddy(self.tr("&Description:"), self.description),
            self.errors.wrap("description", self.description, self),
        )
        return form

    def _set_tab_order(self) -> None:
        """Tab goes down the form, then to the parties."""
        order = [
            self.name,
            self.kind,
            self.area,
            self.phase,
            self.start_date,
            self.end_date,
            self.anchoring,
            self.coordinator,
            self.description,
            self.parties_filter,
            self.parties,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _follow_edits(self) -> None:
        """Any change the user makes marks the form edited (Gem, Fortryd and the unsaved-work guard)."""
        for line in (self.name, self.area):
            line.textEdited.connect(self._mark_edited)
        self.description.textChanged.connect(self._mark_edited)
        for combo in (self.kind, self.phase, self.anchoring, self.coordinator):
            combo.currentIndexChanged.connect(self._mark_edited)
        for date_edit in (self.start_date, self.end_date):
            date_edit.changed.connect(self._mark_edited)
        self.parties.itemChanged.connect(self._mark_edited)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # -- state ------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def is_new(self) -> bool:
        return self.detail is None

    def _mark_edited(self, *_args: Any) -> None:
        if not self._filling and not self._dirty:
            self._dirty = True
            self.edited.emit()

    def set_organisations(self, organisations: Sequence[tuple[int, str]]) -> None:
        """The choices for anchoring and parties, (id, name) (kept ticked across a refresh)."""
        self._filling = True
        ticked = set(self.party_ids())
        anchoring = self.anchoring.currentData()
        self.anchoring.clear()
        self.anchoring.addItem(self.tr("(none)"), None)
        self.parties.clear()
        for org_id, name in organisations:
            self.anchoring.addItem(name, org_id)
            item = QListWidgetItem(name, self.parties)
            item.setToolTip(name)  # a long name is cut short in the narrow list
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if org_id in ticked else Qt.CheckState.Unchecked)
        select_data(self.anchoring, anchoring)
        self._filter_parties(self.parties_filter.text())
        self._filling = False

    def _filter_parties(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.parties.count()):
            item = self.parties.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def set_coordinators(self, people: list[tuple[int, str]]) -> None:
        self._filling = True
        current = self.coordinator.currentData()
        self.coordinator.clear()
        self.coordinator.addItem(self.tr("(none)"), None)
        for person_id, name in people:
            self.coordinator.addItem(name, person_id)
        select_data(self.coordinator, current)
        self._filling = False

    def show_detail(self, detail: PartnershipDetail | None) -> None:
        """Fill the form from a partnership (or empty it for a new one); no longer dirty."""
        self._filling = True
        self.detail = detail
        self.errors.clear()
        if detail is None:
            self.title.setText(self.tr("New partnership"))
            self.name.clear()
            select_data(self.kind, PartnershipKind.SAFETY_NETWORK)
            self.area.clear()
            select_data(self.phase, Phase.STARTUP)
            self.start_date.set_value(date.today())
            self.end_date.set_value(None)
            select_data(self.anchoring, None)
            self.set_coordinators([])
            self.description.clear()
            ticked: set[int] = set()
        else:
            self.title.setText(detail.name)
            self.name.setText(detail.name)
            select_data(self.kind, detail.kind)
            self.area.setText(detail.area)
            select_data(self.phase, detail.phase)
            self.start_date.set_value(detail.start_date)
            self.end_date.set_value(detail.end_date)
            select_data(self.anchoring, detail.anchoring_organisation_id)
            people = {m.person_id: m.name for m in detail.members if m.active}
            if detail.coordinator_id is not None:
                people.setdefault(detail.coordinator_id, detail.coordinator)
            self.set_coordinators(sorted(people.items(), key=lambda p: p[1]))
            self._filling = True
            select_data(self.coordinator, detail.coordinator_id)
            self.description.setPlainText(detail.description)
            for line in (self.name, self.area):
                line.setCursorPosition(0)  # a long name shows its beginning, not its end
            ticked = {oid for oid, _name in detail.parties}
        for i in range(self.parties.count()):
            item = self.parties.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._filling = False
        self._dirty = False

    def party_ids(self) -> tuple[int, ...]:
        return tuple(
            self.parties.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.parties.count())
            if self.parties.item(i).checkState() == Qt.CheckState.Checked
        )

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "area": self.area.text().strip(),
            "phase": self.phase.currentData(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            "anchoring_organisation_id": self.anchoring.currentData(),
            "coordinator_id": self.coordinator.currentData(),
            "party_ids": self.party_ids(),
            "description": self.description.toPlainText().strip(),
        }

    @staticmethod
    def values_of(detail: PartnershipDetail) -> dict[str, Any]:
        return {
            "name": detail.name,
            "kind": detail.kind,
            "area": detail.area,
            "phase": detail.phase,
            "start_date": detail.start_date,
            "end_date": detail.end_date,
            "anchoring_organisation_id": detail.anchoring_organisation_id,
            "coordinator_id": detail.coordinator_id,
            "party_ids": tuple(sorted(oid for oid, _ in detail.parties)),
            "description": detail.description,
        }

    def changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(before, after) for the fields the user changed."""
        assert self.detail is not None
        before_all = self.values_of(self.detail)
        after_all = self.values()
        after_all["party_ids"] = tuple(sorted(after_all["party_ids"]))
        keys = [k for k in FORM_FIELDS if before_all[k] != after_all[k]]
        return {k: before_all[k] for k in keys}, {k: after_all[k] for k in keys}

    def field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "area": self.tr("Area"),
            "phase": self.tr("Phase"),
            "start_date": self.tr("Start"),
            "end_date": self.tr("End"),
            "anchoring_organisation_id": self.tr("Anchoring"),
            "coordinator_id": self.tr("Coordinator"),
            "party_ids": self.tr("Parties"),
            "description": self.tr("Description"),
        }

    def show_error(self, message: str, field: str | None) -> None:
        label = self.errors.show(message, field)
        widget = {
            "name": self.name, "area": self.area, "start_date": self.start_date, "end_date": self.end_date,
            "description": self.description,
        }.get(field or "")  # fmt: skip
        if widget is not None:
            widget.setFocus()
        if label is not None:
            label.setAccessibleDescription(message)

    def focus_first(self) -> None:
        self.name.setFocus()
        self.name.selectAll()


__all__ = ["FORM_FIELDS", "PartnershipForm"]

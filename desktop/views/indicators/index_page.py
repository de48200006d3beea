"""Indikatorer → Tryghedsindeks: the partnership's shared index settings, the table and its method."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import IndexPeriod, label
from desktop.models.safety_index import IndexRow
from desktop.services.safety_index import IndexSettings, IndexTable
from desktop.views.toolkit.combos import select_data
from desktop.views.toolkit.field_errors import ERROR_STYLE
from desktop.views.toolkit.record_model import Column, RecordTableModel
from desktop.views.toolkit.screen import make_button, make_table

WARNING_STYLE = "background: #fde7c8; padding: 6px; border-radius: 3px;"


@dataclass(frozen=True)
class IndexLine:
    """One row of the safety index table with the partnership it belongs to."""

    row: IndexRow
    partnership: str
    number: int

    @property
    def id(self) -> int:  # the record model's id role
        return self.number


def lines_of(tables: dict[int, IndexTable], names: dict[int, str]) -> list[IndexLine]:
    lines: list[IndexLine] = []
    for pid, table in tables.items():
        lines.extend(IndexLine(r, names.get(pid, ""), len(lines) + k) for k, r in enumerate(table.rows))
    return lines


class IndexPage(QWidget):
    """Settings box (reference area, weight, period), the method, remarks and the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: (partnership_id, {field: value}, loaded version) -> saves in the background
        self.save_requested: Callable[[int, dict[str, Any], int], None] | None = None
        self.template_requested: Callable[[int], None] | None = None
        self.settings: IndexSettings | None = None
        box = self._settings_box()
        self._make_remarks()
        self._make_table()
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.method)
        layout.addWidget(self.notes)
        layout.addWidget(self.divergence)
        layout.addWidget(self.table, 1)

    def _settings_box(self) -> QGroupBox:
        """Reference area, weight and period, with Save and the police index's template."""
        box = QGroupBox(self.tr("The partnership's index settings (shared by everyone)"), self)
        form = QFormLayout(box)
        self.reference = QComboBox(box)
        self.reference.setObjectName("indexReference")
        self.reference.setEditable(True)
        self.reference.setToolTip(
            self.tr("The area every part is compared with (= 100), e.g. the whole municipality")
        )
        form.addRow(self.tr("Reference area"), self.reference)
        self.weight = QDoubleSpinBox(box)
        self.weight.setObjectName("indexWeight")
        self.weight.setRange(0.0, 100.0)
        self.weight.setDecimals(1)
        self.weight.setSingleStep(5.0)
        self.weight.setSuffix(" %")
        self.weight.setToolTip(self.tr("Police reports get the rest"))
        form.addRow(self.tr("Weight of experienced safety"), self.weight)
        self.period = QComboBox(box)
        self.period.setObjectName("indexPeriod")
        for member in IndexPeriod:
            self.period.addItem(label(member), member)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self._settings_buttons(box))
        self.message = QLabel(box)
        self.message.setObjectName("indexSettingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        form.addRow(self.message)
        return box

    def _settings_buttons(self, box: QGroupBox) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.save_button = make_button(
            box, self.tr("Save &index settings"), self.request_save, name="saveIndexSettings",
            tip=self.tr("Store the settings for the partnership: everyone sees the same index"),
        )  # fmt: skip
        self.template_button = make_button(
            box, self.tr("Create the police safety index's &18 indicators"), self._template,
            name="policeIndexTemplate",
            tip=self.tr("Six crime forms × three measures, ready for their measurements"),
        )  # fmt: skip
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        return buttons

    def _make_remarks(self) -> None:
        """How the index is computed, the data's remarks, and where the two measures disagree."""
        self.method = QLabel(self)
        self.method.setObjectName("indexMethod")
        self.method.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setObjectName("indexNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.divergence = QLabel(self)
        self.divergence.setObjectName("divergenceWarning")
        self.divergence.setWordWrap(True)
        self.divergence.setStyleSheet(WARNING_STYLE)

    def _make_table(self) -> None:
        self.model: RecordTableModel[IndexLine] = RecordTableModel(
            [
                Column(self.tr("Area"), lambda r: r.row.area or r.partnership),
                Column(self.tr("Period"), lambda r: r.row.period),
                Column(
                    self.tr("Experienced safety"),
                    lambda r: _round(r.row.experienced_safety),
                    align_right=True,
                ),
                Column(self.tr("Police reports"), lambda r: _round(r.row.police_reports), align_right=True),
                Column(self.tr("Safety index"), lambda r: _round(r.row.index), align_right=True),
                Column(self.tr("Respondents"), lambda r: r.row.respondents, align_right=True),
                Column(self.tr("Note"), self._note),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("safetyIndexTable")

    def _note(self, line: IndexLine) -> str:
        parts = [self.tr("Reference (= 100)")] if line.row.is_reference else []
        parts += ["⚠ " + w for w in line.row.warnings]
        return " ".join(parts)

    # -- showing ------------------------------------------------------------------------
    def show_tables(self, tables: dict[int, IndexTable], names: dict[int, str], chosen: int | None) -> None:
        """The tables of the partnerships shown; the settings of the chosen one (None: all)."""
        lines = lines_of(tables, names)
        self.model.set_rows(lines)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(6, min(self.table.columnWidth(6), 520))
        table = tables.get(chosen) if chosen is not None else None
        if table is None and len(tables) == 1:
            table = next(iter(tables.values()))
        self.settings = table.settings if table else None
        editable = table is not None
        for widget in (self.reference, self.weight, self.period, self.save_button, self.template_button):
            widget.setEnabled(editable)
        self.message.clear()
        if table is not None:
            self.reference.clear()
            self.reference.addItems(table.areas)
            self._fill_settings()
        else:
            self.message.setText(self.tr("Choose a partnership in the toolbar to change its index settings."))
        methods = dict.fromkeys(t.method for t in tables.values())
        self.method.setText("<b>" + self.tr("Method") + ":</b> " + " ".join(methods) if methods else "")
        notes = [n for t in tables.values() for n in t.notes]
        if not lines:
            notes.append(
                self.tr(
                    "No indicator is marked as a part of the safety index yet (see the indicator's details)."
                )
            )
        self.notes.setText("<br>".join("⚠ " + n for n in notes))
        self.notes.setVisible(bool(notes))
        diverging = [line for line in lines if line.row.diverging]
        self.divergence.setVisible(bool(diverging))
        self.divergence.setText(
            "⚠ "
            + self.tr(
                "In {places} one part improved while the other got worse since the period before: "
                "the index hides that. Read it with care."
            ).format(
                places=", ".join(
                    f"{line.row.area or line.partnership} {line.row.period}" for line in diverging
                )
            )
        )

    def _fill_settings(self) -> None:
        assert self.settings is not None
        self.reference.setCurrentText(self.settings.reference_area)
        self.weight.setValue(round(self.settings.experienced_weight * 100, 1))
        select_data(self.period, self.settings.period)

    # -- the unsaved-work guard -----------------------------------------------------------
    def is_dirty(self) -> bool:
        """A reference, weight or period chosen in the box that is not the saved one."""
        if self.settings is None:
            return False
        now = self.values()
        changed: bool = (
            now["reference_area"] != " ".join(self.settings.reference_area.split())
            or now["experienced_weight"] != self.settings.experienced_weight
            or now["period"] != self.settings.period
        )
        return changed

    def discard(self) -> None:
        if self.settings is not None:
            self._fill_settings()
        self.message.clear()

    def failed(self, text: str) -> None:
        self.message.setText("⚠ " + text)

    # -- saving -------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the box holds; the weight stays exact (2/3) when it was not changed."""
        assert self.settings is not None
        weight = self.weight.value() / 100
        if abs(self.weight.value() - round(self.settings.experienced_weight * 100, 1)) < 1e-9:
            weight = self.settings.experienced_weight
        return {
            "reference_area": " ".join(self.reference.currentText().split()),
            "experienced_weight": weight,
            "period": self.period.currentData(),
        }

    def request_save(self) -> None:
        """Save what the box holds (the button, or "Gem" in the unsaved-work question)."""
        if self.settings is None or self.save_requested is None:
            return
        self.message.clear()
        self.save_requested(self.settings.partnership_id, self.values(), self.settings.version)

    def _template(self) -> None:
        if self.settings is not None and self.template_requested is not None:
            self.template_requested(self.settings.partnership_id)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)

"""Indikatorer: indicators with baseline and target, their measurements and chart, the safety index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import short_date
from desktop.services.creation_keys import new_key
from desktop.services.errors import FodslagError
from desktop.services.indicators import IndicatorRow
from desktop.services.safety_index import IndexSettings, IndexTable
from desktop.views.indicators.chart import IndicatorChart
from desktop.views.indicators.index_page import IndexPage
from desktop.views.indicators.indicator_form import IndicatorForm
from desktop.views.indicators.measurement_model import MeasurementTableModel
from desktop.views.toolkit.combos import select_data
from desktop.views.toolkit.errors import report_error
from desktop.views.toolkit.field_errors import ERROR_STYLE
from desktop.views.toolkit.messages import confirm_delete
from desktop.views.toolkit.record_model import ID_ROLE, Column, RecordTableModel
from desktop.views.toolkit.screen import (
    EmptyHint,
    Screen,
    list_panel,
    make_button,
    make_table,
    record_at,
    reselect_quietly,
    select_record,
    takes_its_place,
)
from desktop.views.toolkit.undo import TrackedEdit, Versions, apply_edit
from desktop.views.toolkit.unsaved import EditorHandle, PendingSave, leave


@dataclass(frozen=True)
class IndicatorData:
    rows: list[IndicatorRow]
    partnerships: list[tuple[int, str]]
    links: list[tuple[str, int, str]]
    index: dict[int, IndexTable] = field(default_factory=dict)


class IndicatorsScreen(Screen):
    watches = (
        "Indicator", "Measurement", "Partnership", "SubGoal", "OverallGoal", "Initiative",
        "SafetyIndexSettings",
    )  # fmt: skip
    can_create = True
    can_save = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: IndicatorData | None = None
        self.versions = Versions()
        self.current: IndicatorRow | None = None
        self._pending: int | None = None
        self._creation_key = new_key()  # made again for each new indicator (Ctrl+N)
        #: "Gem" in the unsaved-work question: what to do once the indicator is saved
        self._form_saving = PendingSave()
        self._index_saving = PendingSave()
        self._make_list()
        measurements_page = self._measurements_page()
        form_scroll = self._details_page()
        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.setObjectName("indicatorTabs")
        self.detail_tabs.addTab(measurements_page, self.tr("&Measurements and chart"))
        self.detail_tabs.addTab(form_scroll, self.tr("&Details"))
        left = list_panel(self, self.table, self.new_button, self.delete_button)
        indicators_page = QSplitter(self)
        indicators_page.addWidget(left)
        indicators_page.addWidget(self.detail_tabs)
        indicators_page.setSizes([560, 640])
        self._make_index_page()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("indicatorScreenTabs")
        self.tabs.addTab(indicators_page, self.tr("&Indicators"))
        self.tabs.addTab(self.index_page, self.tr("&Safety index"))
        QVBoxLayout(self).addWidget(self.tabs)
        self._show_indicator(None)  # an empty database: no grid, nothing to delete

    def _make_list(self) -> None:
        """The indicators' list with New and Delete."""
        self.model: RecordTableModel[IndicatorRow] = RecordTableModel(
            [
                Column(self.tr("Indicator"), lambda r: r.name),
                Column(self.tr("Unit"), lambda r: r.unit),
                Column(self.tr("Baseline"), lambda r: r.baseline, align_right=True),
                Column(self.tr("Target"), lambda r: r.target, align_right=True),
                Column(self.tr("Latest"), lambda r: r.latest.value if r.latest else None, align_right=True),
                Column(self.tr("Measured"), lambda r: r.latest.period if r.latest else None),
                Column(self.tr("On track"), lambda r: self._on_track_text(r.on_track)),
                Column(self.tr("Direction"), lambda r: r.direction_label),
                Column(self.tr("Linked to"), lambda r: r.linked_to),
                Column(self.tr("Source"), lambda r: r.source),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "No indicators yet. Create the first with “New indicator”: what is measured, "
                "its baseline and its target."
            ),
        )
        self.table.setObjectName("indicatorTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._row_chosen(current))
        self.new_button = make_button(
            self,
            self.tr("&New indicator"),
            self.create_new,
            name="newIndicator",
            tip=self.tr("Create a new indicator (Ctrl+N)"),
        )
        self.delete_button = make_button(
            self,
            self.tr("De&lete indicator"),
            self._delete_indicator,
            name="deleteIndicator",
            tip=self.tr("Delete the selected indicator with all its measurements"),
        )

    def _measurements_page(self) -> QSplitter:
        """The chart above the measurements' grid (typed into; its last row adds one)."""
        self.chart = IndicatorChart(self)
        self.measurements = MeasurementTableModel(self)
        self.measurements.add_requested.connect(self._add_measurement)
        self.measurements.edit_requested.connect(self._edit_measurement)
        self.measurements.invalid.connect(self._grid_message)
        self._make_grid()
        self.grid_message = QLabel(self)
        self.grid_message.setObjectName("gridMessage")
        self.grid_message.setWordWrap(True)
        self.grid_message.setStyleSheet(ERROR_STYLE)
        self.delete_measurement_button = make_button(
            self,
            self.tr("Delete &measurement"),
            self._delete_measurement,
            tip=self.tr("Delete the selected measurement"),
        )
        measurements_page = QSplitter(Qt.Orientation.Vertical, self)
        measurements_page.addWidget(self.chart)
        grid_box = QWidget(self)
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid)
        below = QHBoxLayout()
        below.addWidget(self.grid_message, 1)
        below.addWidget(self.delete_measurement_button)
        grid_layout.addLayout(below)
        measurements_page.addWidget(grid_box)
        measurements_page.setSizes([320, 320])
        return measurements_page

    def _make_grid(self) -> None:
        self.grid = QTableView(self)
        self.grid.setObjectName("measurementGrid")
        self.grid.setModel(self.measurements)
        self.grid.setAlternatingRowColors(True)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.grid.setToolTip(self.tr("Type to edit; the last row adds a measurement. Decimal comma: 12,5"))
        # the new row is saved on Enter or on leaving its row (the model's submit), and when
        # the keyboard focus leaves the grid with a value typed (a click on another indicator)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _details_page(self) -> QScrollArea:
        """The indicator's details (name, unit, baseline, target…), scrolling on a small screen."""
        self.form = IndicatorForm(self)
        self.form.setObjectName("indicatorForm")
        self.form.save_requested.connect(self.save)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        return form_scroll

    def _make_index_page(self) -> None:
        """The safety index: its settings, method and table."""
        self.index_page = IndexPage(self)
        self.index_page.save_requested = self._save_index_settings
        self.index_page.template_requested = self._create_police_index
        self.index_model = self.index_page.model
        self.index_table = self.index_page.table

    # -- loading -----------------------------------------------------------------------
    def load(self) -> None:
        assert self.services is not None
        indicators, pid = self.services.indicators, self.partnership_id

        def fetch() -> IndicatorData:
            found = indicators.workspace(pid)
            rows = found.rows
            links: list[tuple[str, int, str]] = []
            for tree, initiatives in found.strategies:
                for goal in tree.goals:
                    links.append(("goal_id", goal.id, self.tr("Goal: {title}").format(title=goal.title)))
                    for sub in goal.sub_goals:
                        links.append(
                            ("sub_goal_id", sub.id,
                             self.tr("Sub-goal {code}: {title}").format(code=sub.code, title=sub.title))
                        )  # fmt: skip
                for initiative in initiatives:
                    links.append(
                        ("initiative_id", initiative.id,
                         self.tr("Initiative: {title}").format(title=initiative.title))
                    )  # fmt: skip
            return IndicatorData(rows, found.partnerships, links, found.index)

        self.run(fetch, self._show)

    def _show(self, data: IndicatorData) -> None:
        self.data = data
        selected = self.current.id if self.current else None
        self.table.setSortingEnabled(False)
        self.model.set_rows(data.rows)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        for column in (0, 8, 9):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self.form.set_choices(data.partnerships, data.links)
        if self.current is None and self.partnership_id is not None:
            # a new indicator is for the partnership chosen in the toolbar, also when it was
            # chosen after "Ny indikator" (it was filed under the one shown before)
            select_data(self.form.partnership, self.partnership_id)
        self._show_index(data)
        wanted = self._pending if self._pending is not None else selected
        self._pending = None
        if wanted is None or not self._select_row(wanted):
            first = record_at(self.table, 0)  # the top of the list as sorted on screen
            if self.current is None and first is not None and not self.form.name.text():
                self._select_row(first)
            elif self.current is not None:
                self._show_indicator(None)
        self.data_shown.emit()

    def _show_index(self, data: IndicatorData) -> None:
        self.index_page.show_tables(data.index, dict(data.partnerships), self.partnership_id)

    def _save_index_settings(self, partnership_id: int, values: dict[str, Any], version: int) -> None:
        if self.services is None:
            return
        index, before = self.services.safety_index, self.index_page.settings
        if before is None:
            return
        then = self._index_saving.take()

        def saved(result: Any) -> None:
            if isinstance(result, IndexSettings) and result.partnership_id == partnership_id:
                self.index_page.settings = result  # what is saved now: the box is no longer dirty
            then()

        old = {"reference_area": before.reference_area, "experienced_weight": before.experienced_weight,
               "period": before.period}  # fmt: skip
        edit = TrackedEdit(
            self.versions, ("SafetyIndexSettings", partnership_id), version,
            lambda v, fields: index.save_settings(partnership_id, v, **fields), old, values,
        )  # fmt: skip
        apply_edit(
            self, self.tr("Save the index settings"), edit.do, edit.undo, saved,
            lambda error: self.index_page.failed(getattr(error, "message", str(error))),
        )  # fmt: skip

    def _create_police_index(self, partnership_id: int) -> None:
        if self.services is None:
            return
        index, indicators = self.services.safety_index, self.services.indicators
        created: list[int] = []

        def do() -> list[int]:
            created[:] = index.create_police_index_indicators(partnership_id)
            return created

        def undo() -> None:
            for indicator_id in created:
                indicators.delete(indicator_id)

        apply_edit(
            self, self.tr("Create the police safety index's indicators"), do, undo, lambda _r: None,
            lambda error: self.index_page.failed(getattr(error, "message", str(error))),
        )  # fmt: skip

    def current_object(self) -> tuple[str, int, str] | None:
        """Rediger → Historik…: the indicator shown."""
        return ("Indicator", self.current.id, self.current.name) if self.current else None

    # -- choosing ----------------------------------------------------------------------
    def show_object(self, entity: str, entity_id: int) -> None:
        if entity != "Indicator":
            return
        self.tabs.setCurrentIndex(0)
        if self.data is None or not self._select_row(entity_id):
            self._pending = entity_id

    def _on_track_text(self, on_track: bool | None) -> str:
        """Ja, ⚠ Nej, or nothing while there is no measurement or no target to judge by."""
        if on_track is None:
            return ""
        return self.tr("Yes") if on_track else "⚠ " + self.tr("No")

    def _select_row(self, indicator_id: int) -> bool:
        if not select_record(self.table, indicator_id):
            return False
        self._show_indicator(self._row(indicator_id))
        return True

    def _select_and_show(self, indicator_id: int) -> None:
        self._select_row(indicator_id)

    def _row(self, indicator_id: int) -> IndicatorRow | None:
        rows = self.data.rows if self.data else []
        return next((r for r in rows if r.id == indicator_id), None)

    def _row_chosen(self, index: Any) -> None:
        if index.isValid():
            chosen = index.data(ID_ROLE)
            editing = self.current.id if self.current else None
            if chosen != editing and self.form.is_dirty():
                leave(
                    self,
                    self.editors(),
                    lambda: self._select_and_show(chosen),
                    lambda: reselect_quietly(self.table, editing),
                )
                return
            self._show_indicator(self._row(chosen))

    # -- the unsaved-work guard --------------------------------------------------------
    def editors(self) -> list[EditorHandle]:
        def what() -> str:
            name = self.form.name.text().strip()
            if self.current is None and not name:
                return self.tr("the new indicator")
            return self.tr("the indicator {name}").format(name=name)

        def save(then: Callable[[], None]) -> None:
            self._form_saving.start(then, self.save)

        def save_index(then: Callable[[], None]) -> None:
            self._index_saving.start(then, self.index_page.request_save)

        def what_index() -> str:
            return self.tr("the index settings")

        return [
            EditorHandle(self.form.is_dirty, what, save, self._discard),
            EditorHandle(self.index_page.is_dirty, what_index, save_index, self.index_page.discard),
        ]

    def _discard(self) -> None:
        self.form.mark_loaded()  # what is typed is dropped: the form is filled again below
        self._show_indicator(self.current)

    def _show_indicator(self, row: IndicatorRow | None) -> None:
        same = row is not None and self.current is not None and row.id == self.current.id
        self.current = row
        self.grid_message.clear()
        self.chart.set_indicator(row)
        self.measurements.set_measurements(row.measurements if row else ())
        self.grid.resizeColumnsToContents()
        self.grid.setEnabled(row is not None)
        # nothing to delete, and a measurement typed without an indicator is saved nowhere
        self.delete_button.setEnabled(row is not None)
        self.delete_measurement_button.setEnabled(row is not None and bool(row.measurements))
        if same and self.form.is_dirty():
            return  # a refresh (a measurement added): the details typed are kept
        self.form.set_indicator(row, row.link if row else None)
        self.form.set_note(row.note if row else "")
        if row is None and self.partnership_id is not None:
            self.form.partnership.setCurrentIndex(max(self.form.partnership.findData(self.partnership_id), 0))
        self.form.mark_loaded()

    # -- indicators --------------------------------------------------------------------
    def create_new(self) -> None:
        leave(self, self.editors(), self._new_indicator)

    def _new_indicator(self) -> None:
        self._creation_key = new_key()  # every save of this new indicator carries it
        self.tabs.setCurrentIndex(0)
        self.table.clearSelection()
        self.table.selectionModel().clearCurrentIndex()
        self._show_indicator(None)
        self.detail_tabs.setCurrentIndex(1)
        self.form.name.setFocus()

    def save(self) -> None:
        if self.services is None:
            return
        self.form.errors.clear()
        try:
            values = self.form.values()
        except FodslagError as error:
            self._form_failed(error)
            return
        indicators, row = self.services.indicators, self.current
        then = self._form_saving.take()

        def succeeded(_result: object) -> None:
            self.form.mark_loaded()
            then()

        if row is None:
            pid = self.form.partnership.currentData()
            if pid is None:
                return
            name = values.pop("name")
            created: list[int] = []
            new = self._creation_key

            def do() -> int:
                created.append(indicators.create(pid, name, key=new, **values))
                return created[-1]

            def undo() -> None:
                indicators.delete(created[-1])

            def done(new_id: int) -> None:
                self._pending = new_id
                succeeded(new_id)

            apply_edit(self, self.tr("New indicator"), do, undo, done, self._form_failed)
            return
        before = {
            "name": row.name, "unit": row.unit, "source": row.source, "direction": row.direction,
            "baseline_value": row.baseline, "baseline_date": row.baseline_date, "target_value": row.target,
            "target_date": row.target_date, "index_component": row.index_component, "note": row.note,
            "goal_id": None, "sub_goal_id": None, "initiative_id": None,
        }  # fmt: skip
        if row.link:
            before[row.link[0]] = row.link[1]
        after = {k: v for k, v in values.items() if before.get(k) != v}
        if not after:
            succeeded(None)  # typed back to what is saved
            return
        before = {k: before[k] for k in after}

        def store(version: int, fields: dict[str, Any]) -> IndicatorRow:
            indicators.update(row.id, version, **fields)
            return indicators.get(row.id)

        edit = TrackedEdit(self.versions, ("Indicator", row.id), row.version, store, before, after)
        apply_edit(
            self, self.tr("Save indicator “{name}”").format(name=values["name"]), edit.do, edit.undo,
            succeeded, self._form_failed,
        )  # fmt: skip

    def _form_failed(self, error: FodslagError) -> None:
        self.detail_tabs.setCurrentIndex(1)
        report_error(self, error, self.form.errors)

    def _delete_indicator(self) -> None:
        row = self.current
        if self.services is None or row is None:
            return
        if not confirm_delete(
            self, self.tr("the indicator “{name}” with its measurements").format(name=row.name)
        ):
            return
        indicators = self.services.indicators
        self._pending = takes_its_place(self.table, row.id)  # shown once the list has reloaded
        self._show_indicator(None)
        self.run(lambda: indicators.delete(row.id), lambda _r: None)

    # -- measurements ------------------------------------------------------------------
    def _grid_message(self, text: str) -> None:
        self.grid_message.setText("⚠ " + text)

    def _add_measurement(self, values: dict[str, Any]) -> None:
        row = self.current
        if self.services is None or row is None:
            return
        self.grid_message.clear()
        indicators, key = self.services.indicators, ("Indicator", row.id)
        values = dict(values)
        period, value = values.pop("period"), values.pop("value")
        created: list[int] = []
        new = new_key()  # the task's retry and redo carry it

        def do() -> int:
            created.append(indicators.add_measurement(row.id, period, value, key=new, **values))
            self.versions.set(key, indicators.get(row.id).version)
            return created[-1]

        def undo() -> None:
            indicators.delete_measurement(created[-1])
            self.versions.set(key, indicators.get(row.id).version)

        self._pending = row.id
        apply_edit(self, self.tr("Add measurement"), do, undo, lambda _id: None, self._grid_failed)

    def _edit_measurement(self, measurement_id: int, changes: dict[str, Any]) -> None:
        row = self.current
        if self.services is None or row is None:
            return
        self.grid_message.clear()
        indicators = self.services.indicators
        old = next(m for m in self.measurements.measurements() if m.id == measurement_id)
        before = {k: getattr(old, k) for k in changes}
        edit = TrackedEdit(
            self.versions, ("Indicator", row.id), row.version,
            lambda version, fields: indicators.update_measurement(measurement_id, version, **fields),
            before, changes,
        )  # fmt: skip
        apply_edit(
            self, self.tr("Correct measurement"), edit.do, edit.undo, lambda _r: None, self._grid_failed
        )

    def _delete_measurement(self) -> None:
        row, index = self.current, self.grid.currentIndex()
        if self.services is None or row is None or not index.isValid():
            return
        measurement_id = self.measurements.index(index.row(), 0).data(ID_ROLE)
        if measurement_id is None:
            return
        old = next(m for m in self.measurements.measurements() if m.id == measurement_id)
        if not confirm_delete(self, self.tr("the measurement of {day}").format(day=short_date(old.period))):
            return
        indicators = self.services.indicators
        self.run(lambda: indicators.delete_measurement(measurement_id), lambda _r: None)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        def in_grid(widget: QWidget | None) -> bool:
            return widget is not None and (widget is self.grid or self.grid.isAncestorOf(widget))

        if in_grid(old) and not in_grid(new):
            self.measurements.submit()

    def _grid_failed(self, error: FodslagError) -> None:
        if isinstance(error, FodslagError) and not hasattr(error, "mine"):
            self._grid_message(error.message)
            self.refresh()
            return
        report_error(self, error)

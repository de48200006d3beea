"""The action card editor: problem types as columns, contacts as rows, a check grid, a live preview.

The police service number 114 and emergency 112 always stand on top of the card. The
preview renders the same data the printed card uses: through QtPdf when it is installed
(the real PDF writer, in the background), otherwise drawn with QPainter.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exports.data import ActionCardData, ActionCardRow
from desktop.formatting import using
from desktop.services.action_cards import ActionCardState, CardContact
from desktop.services.contacts import ContactRow
from desktop.services.errors import EditConflict, FodslagError, ValidationError
from desktop.views.partnerships.dialogs import ContactPickerDialog
from desktop.views.partnerships.editing import EditHost
from desktop.views.partnerships.models import ActionCardModel
from desktop.views.toolkit.conflict_dialog import ConflictDialog, ConflictField, open_conflict
from desktop.views.toolkit.field_errors import FieldErrors
from desktop.views.toolkit.screen import make_button
from desktop.views.toolkit.undo import TrackedEdit, Versions, apply_edit
from desktop.views.toolkit.unsaved import PendingSave

try:  # QtPdf ships with the full PySide6, not with pyside6-essentials
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installed wheel
    QPdfDocument = QPdfView = None  # type: ignore[assignment,misc]

PREVIEW_DELAY_MS = 250
MARK = "●"
#: below this the preview stops shrinking the card and says how many rows it leaves out
MIN_PREVIEW_SCALE = 0.45


def card_data(state: ActionCardState) -> ActionCardData:
    """The printable data for a card being edited (the same the PDF writer gets)."""
    return ActionCardData(
        partnership=state.partnership,
        title=state.title,
        problems=state.problems,
        rows=tuple(ActionCardRow(c.label, c.detail, c.phone, c.email, c.handles) for c in state.contacts),
        version_label=f"Version {state.version}" if state.card_id else "",
        police_service=state.police_service,
        emergency=state.emergency,
    )


def grid_text(state: ActionCardState) -> str:
    """The grid as lines of text, for comparing two versions of a card."""
    lines = [" | ".join(state.problems)]
    for c in state.contacts:
        marks = ", ".join(state.problems[i] for i in sorted(c.handles) if i < len(state.problems))
        lines.append(f"{c.label} ({c.phone or '–'}): {marks or '–'}")
    return "\n".join(lines)


class CardPreview(QWidget):
    """The card drawn with QPainter: title, the 114/112 band, the check grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardPreview")
        self.data: ActionCardData | None = None
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 45)
        self.setToolTip(self.tr("Preview of the printed card"))
        #: what the last paint managed to show (rows drawn, lowest pixel): "not clipped" is checkable
        self.drawn_rows = 0
        self.drawn_bottom = 0.0
        self.drawn_scale = 1.0
        self.drawn_right = 0.0

    def set_data(self, data: ActionCardData | None) -> None:
        self.data = data
        self.update()

    def paintEvent(self, _event: Any) -> None:
        """Lay the card out at the size its text needs, then scale it to fit the widget.

        Scaled as a whole, like a page in a print preview: narrow panes get a smaller card,
        never a clipped one (names, phone numbers and e-mails stay whole)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.fillRect(page, QColor("white"))
        painter.setPen(QPen(QColor("#9aa5b1")))
        painter.drawRect(page)
        self.drawn_rows, self.drawn_bottom = 0, 0.0
        if self.data is None:
            return
        data = self.data
        fonts = _CardFonts.of(self.font())
        box = self._measure(data, page, fonts)
        painter.translate(page.left() + box.margin, page.top() + box.margin)
        painter.scale(box.scale, box.scale)
        y = self._draw_title(painter, data, box, fonts)
        y = self._draw_band(painter, data, box, fonts, y)
        y = self._draw_header(painter, data, box, fonts, y)
        y = self._draw_rows(painter, data, box, fonts, y)
        self.drawn_bottom = page.top() + box.margin + y * box.scale
        self.drawn_right = page.left() + box.margin + box.width * box.scale
        #: the card's scale in the widget (1.0: drawn at the screen's own size)
        self.drawn_scale = box.scale
        painter.end()

    def _measure(self, data: ActionCardData, page: QRectF, fonts: _CardFonts) -> _CardBox:
        """The card's size in its own units (what its text needs) and the scale that fits it."""
        line = self.fontMetrics().height()
        margin = line * 0.6
        bold_m, small_m = QFontMetricsF(fonts.band), QFontMetricsF(fonts.small)
        columns = len(data.problems)
        padding = 8 + line * 0.4
        contact_need = (
            max(
                [bold_m.horizontalAdvance(self.tr("Contact"))]
                + [bold_m.horizontalAdvance(r.label) for r in data.rows]
                + [small_m.horizontalAdvance(contact_line(r)) for r in data.rows]
            )
            + padding
        )
        problem_min = line * 1.6
        title_need = QFontMetricsF(fonts.title).horizontalAdvance(data.title) + line
        band_need = (
            2 * bold_m.horizontalAdvance(self.tr("Emergency: {number}").format(number=data.emergency)) + line
        )
        width = max(page.width() - 2 * margin, contact_need + columns * problem_min, title_need, band_need)
        contact_w = max(width * 0.36, contact_need) if columns else width
        problem_w = (width - contact_w) / columns if columns else 0
        widest = max((small_m.horizontalAdvance(p) for p in data.problems), default=0)
        header_h = min(max(line * 2.0, widest + line * 0.8), line * 14)
        title_h, band_h, row_h = line * 1.6, line * 1.8, line * 2.2
        height = title_h + line * 0.3 + band_h + line * 0.5 + header_h + row_h * len(data.rows)
        scale = min(1.0, (page.width() - 2 * margin) / width, (page.height() - 2 * margin) / height)
        scale = max(scale, MIN_PREVIEW_SCALE)
        return _CardBox(
            line=line,
            margin=margin,
            width=width,
            contact_w=contact_w,
            problem_w=problem_w,
            header_h=header_h,
            title_h=title_h,
            band_h=band_h,
            row_h=row_h,
            scale=scale,
            bottom=(page.height() - 2 * margin) / scale,  # the card's room, in card units
        )

    def _draw_title(self, painter: QPainter, data: ActionCardData, box: _CardBox, fonts: _CardFonts) -> float:
        painter.setFont(fonts.title)
        painter.setPen(QColor("#14305a"))
        painter.drawText(
            QRectF(0, 0, box.width, box.title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            data.title,
        )
        return box.title_h + box.line * 0.3

    def _draw_band(
        self, painter: QPainter, data: ActionCardData, box: _CardBox, fonts: _CardFonts, y: float
    ) -> float:
        """The red band with the police's service number and emergency, side by side."""
        painter.fillRect(QRectF(0, y, box.width, box.band_h), QColor("#b3261e"))
        painter.setFont(fonts.band)
        painter.setPen(QColor("white"))
        half = box.width / 2
        painter.drawText(
            QRectF(0, y, half, box.band_h),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Police: {number}").format(number=data.police_service),
        )
        painter.drawText(
            QRectF(half, y, half, box.band_h),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Emergency: {number}").format(number=data.emergency),
        )
        return y + box.band_h + box.line * 0.5

    def _draw_header(
        self, painter: QPainter, data: ActionCardData, box: _CardBox, fonts: _CardFonts, y: float
    ) -> float:
        """The "Contact" heading and the problem types, upright as on the printed card, so
        narrow columns stay legible."""
        header_h = box.header_h
        painter.fillRect(QRectF(0, y, box.width, header_h), QColor("#dde6f2"))
        painter.setPen(QColor("#14305a"))
        painter.setFont(fonts.band)
        painter.drawText(
            QRectF(4, y, box.contact_w - 8, header_h), Qt.AlignmentFlag.AlignBottom, self.tr("Contact")
        )
        painter.setFont(fonts.small)
        for i, problem in enumerate(data.problems):
            left = box.contact_w + i * box.problem_w
            painter.save()
            painter.translate(left, y + header_h)
            painter.rotate(-90)
            text = painter.fontMetrics().elidedText(problem, Qt.TextElideMode.ElideRight, int(header_h - 6))
            painter.drawText(QRectF(4, 0, header_h - 6, box.problem_w), Qt.AlignmentFlag.AlignVCenter, text)
            painter.restore()
        return y + header_h

    def _draw_rows(
        self, painter: QPainter, data: ActionCardData, box: _CardBox, fonts: _CardFonts, y: float
    ) -> float:
        """One row per contact with its marks; "… n more" where the card's room ends."""
        pen = QPen(QColor("#c5ccd6"))
        row_h, width, contact_w = box.row_h, box.width, box.contact_w
        for r, row in enumerate(data.rows):
            if y + row_h > box.bottom:
                painter.setPen(QColor("#555"))
                painter.setFont(fonts.band)
                painter.drawText(
                    QRectF(0, y, width, box.line),
                    Qt.AlignmentFlag.AlignLeft,
                    self.tr("… {count} more").format(count=len(data.rows) - r),
                )
                break
            if r % 2:
                painter.fillRect(QRectF(0, y, width, row_h), QColor("#f3f6fa"))
            painter.setPen(QColor("#1b1b1b"))
            painter.setFont(fonts.band)
            painter.drawText(
                QRectF(4, y + 1, contact_w - 8, row_h / 2), Qt.AlignmentFlag.AlignVCenter, row.label
            )
            painter.setFont(fonts.small)
            painter.drawText(
                QRectF(4, y + row_h / 2, contact_w - 8, row_h / 2 - 1),
                Qt.AlignmentFlag.AlignVCenter,
                contact_line(row),
            )
            painter.setFont(fonts.band)
            for i in range(len(data.problems)):
                if i in row.handles:
                    cell = QRectF(contact_w + i * box.problem_w, y, box.problem_w, row_h)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, MARK)
            painter.setPen(pen)
            painter.drawLine(QPointF(0, y + row_h), QPointF(width, y + row_h))
            y += row_h
            self.drawn_rows = r + 1
        return y


def contact_line(row: ActionCardRow) -> str:
    """What stands under a contact's name on the card: phone and e-mail, else the detail."""
    return "  ".join(part for part in (row.phone, row.email) if part) or row.detail


@dataclass(frozen=True)
class _CardFonts:
    """The preview's fonts, from the widget's own."""

    title: QFont
    band: QFont
    small: QFont

    @staticmethod
    def of(base: QFont) -> _CardFonts:
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.3)
        band = QFont(base)
        band.setBold(True)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.85)
        return _CardFonts(title, band, small)


@dataclass(frozen=True)
class _CardBox:
    """The card's measures in card units (before scaling to the widget)."""

    line: float
    margin: float
    width: float
    contact_w: float
    problem_w: float
    header_h: float
    title_h: float
    band_h: float
    row_h: float
    scale: float
    #: the card's room in the widget, in card units: rows below it are left out
    bottom: float


class ActionCardEditor(QWidget):
    """Edit the card of one partnership and save it with the version it was loaded at."""

    #: the card shown was saved or reloaded
    loaded = Signal()

    def __init__(self, host: EditHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionCardEditor")
        self.host = host
        self.base: ActionCardState | None = None
        self.partnership_id: int | None = None
        self.picker: ContactPickerDialog | None = None
        self.rename_dialog: QInputDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self._dirty = False
        #: a load that arrived while the user was editing: what Forkast shows
        self._newer: ActionCardState | None = None
        #: the unsaved-work guard's Gem, waiting for the save to go through
        self.saving = PendingSave()
        self._pdf_path: Path | None = None
        #: the problem column last added or whose header was clicked: Rename/Remove work on it
        #: even while the card has no rows (so no cell can be current)
        self._header_section = -1

        editor = self._build_editor()
        preview_box = self._build_preview()
        splitter = QSplitter(self)
        splitter.addWidget(editor)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        unit = self.fontMetrics().averageCharWidth()
        splitter.setSizes([unit * 100, unit * 80])
        QVBoxLayout(self).addWidget(splitter)
        self._update_buttons()

    # -- building ---------------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        """The title with 114/112 beside it, the tools, the check grid, and PDF / print / save."""
        general = QLabel(self)
        general.setObjectName("cardError")
        self.errors = FieldErrors(general)
        self.title = QLineEdit(self)
        self.title.setObjectName("cardTitle")
        self.title.textEdited.connect(self._changed)
        self.fixed = QLabel(self)
        self.fixed.setObjectName("cardFixedNumbers")
        self.fixed.setToolTip(self.tr("114 and 112 always stand on top of the card"))

        self._build_grid()
        tools = self._build_tools()
        outputs = self._build_outputs()
        title_row = QHBoxLayout()
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title)
        title_row.addWidget(title_label)
        title_row.addWidget(self.errors.wrap("title", self.title, self), 1)
        title_row.addWidget(self.fixed)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(title_row)
        editor_layout.addWidget(general)
        editor_layout.addLayout(tools)
        editor_layout.addWidget(self.grid, 1)
        editor_layout.addLayout(outputs)
        return editor

    def _build_grid(self) -> None:
        """Problem types as columns, contacts as rows, a tick where a contact handles a problem."""
        self.model = ActionCardModel(self)
        self.model.changed.connect(self._changed)
        self.grid = QTableView(self)
        self.grid.setObjectName("cardGrid")
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.grid.setAlternatingRowColors(True)
        self.grid.setWordWrap(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # a long problem type ends in '…' (its tooltip has it whole) instead of losing both ends
        self.grid.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.horizontalHeader().sectionDoubleClicked.connect(self._header_double_clicked)
        self.grid.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.grid.setToolTip(self.tr("Space ticks a cell; F2 edits a contact's text"))
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    def _build_tools(self) -> QHBoxLayout:
        """Add, rename and remove columns; add, remove and move rows."""
        tool = self._tool_button
        self.add_column_button = tool(
            self.tr("+ Column"),
            self.tr("Add a problem type (column)"),
            "addColumnButton",
            lambda: self.add_column(),
        )
        self.rename_column_button = tool(
            self.tr("Rename…"),
            self.tr("Rename the selected problem type"),
            "renameColumnButton",
            lambda: self.open_rename_dialog(),
        )
        self.remove_column_button = tool(
            self.tr("− Column"),
            self.tr("Remove the selected problem type"),
            "removeColumnButton",
            lambda: self.remove_column(),
        )
        self.add_row_button = tool(
            self.tr("+ Row"), self.tr("Add an empty contact row"), "addRowButton", lambda: self.add_row()
        )
        self.add_contact_button = tool(
            self.tr("+ From contacts…"),
            self.tr("Add rows from the contacts"),
            "addContactRowsButton",
            lambda: self.open_picker(),
        )
        self.remove_row_button = tool(
            self.tr("− Row"),
            self.tr("Remove the selected contact row"),
            "removeRowButton",
            lambda: self.remove_row(),
        )
        self.up_button = tool(
            "▲", self.tr("Move the selected row up"), "rowUpButton", lambda: self.move_row(-1)
        )
        self.down_button = tool(
            "▼", self.tr("Move the selected row down"), "rowDownButton", lambda: self.move_row(1)
        )
        tools = QHBoxLayout()
        for button in (self.add_column_button, self.rename_column_button, self.remove_column_button):
            tools.addWidget(button)
        tools.addSpacing(self.fontMetrics().averageCharWidth() * 3)
        for button in (
            self.add_row_button,
            self.add_contact_button,
            self.remove_row_button,
            self.up_button,
            self.down_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        return tools

    def _tool_button(self, text: str, tip: str, name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_outputs(self) -> QHBoxLayout:
        self.save_button = make_button(
            self,
            self.tr("&Save card"),
            self.save,
            name="saveCardButton",
            tip=self.tr("Save the action card (Ctrl+S)"),
        )
        self.pdf_button = make_button(
            self,
            self.tr("Open as &PDF"),
            self.open_pdf,
            name="cardPdfButton",
            tip=self.tr("Render the card as it will be printed and open it"),
        )

        self.print_button = make_button(
            self,
            self.tr("P&rint…"),
            self.print_card,
            name="cardPrintButton",
            tip=self.tr("Show the card as it will be printed, and print it (Ctrl+P)"),
        )

        # what the card is for sits under it, Gem last (on one row with the tools the editor
        # alone asked for ~900 px and squeezed the preview at 1280×800)
        outputs = QHBoxLayout()
        outputs.addStretch(1)
        outputs.addWidget(self.pdf_button)
        outputs.addWidget(self.print_button)
        outputs.addWidget(self.save_button)
        return outputs

    def _build_preview(self) -> QWidget:
        """The card as it will print: QtPdf's view of the real PDF when installed, else drawn."""
        self.preview = CardPreview(self)
        self.pdf_view: Any = None
        self._pdf_document: Any = None
        if QPdfView is not None and QPdfDocument is not None:  # pragma: no cover - needs full PySide6
            self._pdf_document = QPdfDocument(self)
            self.pdf_view = QPdfView(self)
            self.pdf_view.setDocument(self._pdf_document)
            self.pdf_view.setPageMode(QPdfView.PageMode.SinglePage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
            self.preview.hide()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)

        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("Preview"), self))
        preview_layout.addWidget(self.pdf_view if self.pdf_view is not None else self.preview, 1)
        return preview_box

    # -- loading ----------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def load(self, partnership_id: int | None) -> None:
        """Read the partnership's card in the background; ``_loaded`` shows the answer."""
        if partnership_id != self.partnership_id:
            self._show_nothing()  # never another partnership's card to type into meanwhile
        self.partnership_id = partnership_id
        if partnership_id is None or self.host.services is None or self._dirty:
            return
        service = self.host.services.action_cards
        self.host.call(lambda: service.get(partnership_id), self._loaded)

    def _loaded(self, state: ActionCardState) -> None:
        """A load's answer (F5, the change broadcast, another partnership chosen): shown,
        unless the user began editing this card while it was on its way. Then what they
        typed stays, unsaved; the save checks the version they started from, so a colleague's
        newer card meets them in the conflict dialog instead of being overwritten."""
        if state.partnership_id != self.partnership_id:
            return  # the user has moved on to another partnership
        if self._dirty and self.base is not None and self.base.partnership_id == state.partnership_id:
            self._newer = state
            if state.version != self.base.version:
                self.errors.show(
                    self.tr(
                        "Someone else has changed this action card. Your unsaved changes are kept; "
                        "saving shows both versions."
                    ),
                    None,
                )
            return
        self.show_state(state)

    def _show_nothing(self) -> None:
        """No card while another partnership's is on its way."""
        self.base = self._newer = None
        self._dirty = False
        self.errors.clear()
        self.title.clear()
        self.fixed.clear()
        self.model.set_card((), ())
        self._update_buttons()
        self.update_preview()

    def show_state(self, state: ActionCardState) -> None:
        self.base, self._newer = state, None
        self.errors.clear()
        self.title.setText(state.title)
        self.fixed.setText(
            self.tr("Police {police} · Emergency {emergency}").format(
                police=state.police_service, emergency=state.emergency
            )
        )
        self.model.set_card(state.problems, state.contacts)
        self._header_section = -1
        self._fit_columns()
        self._dirty = False
        self._update_buttons()
        self.update_preview()
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """Contact columns wide enough to read, problem columns narrow, so the check grid shows."""
        self.grid.resizeColumnsToContents()
        unit = self.fontMetrics().averageCharWidth()
        caps = {
            ActionCardModel.LABEL: 24,
            ActionCardModel.DETAIL: 18,
            ActionCardModel.PHONE: 14,
            ActionCardModel.EMAIL: 20,
        }
        for column in range(self.model.columnCount()):
            cap = caps.get(column, 13)
            self.grid.setColumnWidth(column, min(self.grid.columnWidth(column), unit * cap))

    def state(self) -> ActionCardState:
        assert self.base is not None
        return replace(self.model.state(self.base), title=self.title.text().strip())

    def _changed(self, *_args: Any) -> None:
        if self.base is None:
            return
        self._dirty = True
        self._update_buttons()
        self._preview_timer.start()

    def _current_section(self) -> int:
        index = self.grid.currentIndex()
        return index.column() if index.isValid() else self._header_section

    def _header_clicked(self, section: int) -> None:
        self._header_section = section
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.base is not None
        self.title.setEnabled(has)
        column = self.model.problem_of(self._current_section())
        row = self.grid.currentIndex().row() if self.grid.currentIndex().isValid() else -1
        for button in (
            self.add_column_button,
            self.add_row_button,
            self.add_contact_button,
            self.save_button,
            self.pdf_button,
            self.print_button,
        ):
            button.setEnabled(has)
        self.rename_column_button.setEnabled(has and column >= 0)
        self.remove_column_button.setEnabled(has and column >= 0)
        self.remove_row_button.setEnabled(has and row >= 0)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < self.model.rowCount() - 1)

    # -- structure --------------------------------------------------------------------
    def add_column(self, name: str = "") -> int:
        name = name or self.tr("New problem")
        column = self.model.add_problem(name)
        self.grid.setCurrentIndex(
            self.model.index(0, column) if self.model.rowCount() else self.grid.currentIndex()
        )
        self.grid.resizeColumnToContents(column)
        self._header_section = column
        self._update_buttons()
        return column

    def remove_column(self) -> None:
        problem = self.model.problem_of(self._current_section())
        if problem >= 0:
            self.model.remove_problem(problem)
            self._header_section = -1
            self._update_buttons()

    def _header_double_clicked(self, section: int) -> None:
        if self.model.problem_of(section) >= 0:
            self.open_rename_dialog(section)

    def open_rename_dialog(self, section: int | None = None) -> QInputDialog | None:
        section = self._current_section() if section is None else section
        problem = self.model.problem_of(section)
        if problem < 0:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("renameColumnDialog")
        dialog.setWindowTitle(self.tr("Rename problem type"))
        dialog.setLabelText(self.tr("Problem type:"))
        dialog.setTextValue(self.model.problems[problem])
        dialog.textValueSelected.connect(lambda text: self.model.rename_problem(problem, text))
        dialog.finished.connect(lambda _r: setattr(self, "rename_dialog", None))
        self.rename_dialog = dialog
        dialog.open()
        return dialog

    def add_row(self, contact: CardContact | None = None) -> int:
        row = self.model.add_contact(contact or CardContact(self.tr("New contact")))
        self.grid.setCurrentIndex(self.model.index(row, ActionCardModel.LABEL))
        return row

    def remove_row(self) -> None:
        row = self.grid.currentIndex().row()
        if row >= 0:
            self.model.remove_contact(row)
            self._update_buttons()

    def move_row(self, delta: int) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            row = self.model.move_contact(index.row(), delta)
            self.grid.setCurrentIndex(self.model.index(row, index.column()))

    def open_picker(self) -> ContactPickerDialog | None:
        services, tasks = self.host.services, self.host.tasks
        if services is None or tasks is None or self.base is None:
            return None
        dialog = ContactPickerDialog(
            services.contacts, tasks, self, title=self.tr("Add contacts to the card")
        )
        dialog.picked.connect(self.add_people)
        dialog.finished.connect(lambda _r: setattr(self, "picker", None))
        self.picker = dialog
        dialog.open()
        return dialog

    def add_people(self, people: list[ContactRow]) -> None:
        for person in people:
            self.add_row(
                CardContact(
                    person.name,
                    person.organisation,
                    person.mobile or person.phone,
                    person.email,
                    person_id=person.id,
                )
            )
        if people:
            self._fit_columns()  # the new names, numbers and addresses readable in the grid

    # -- preview ----------------------------------------------------------------------
    def update_preview(self) -> None:
        if self.base is None:
            self.preview.set_data(None)
            return
        data = card_data(self.state())
        self.preview.set_data(data)
        if self._pdf_document is not None:  # pragma: no cover - needs full PySide6
            self._render_pdf(data, lambda path: self._pdf_document.load(str(path)))

    def _render_pdf(self, data: ActionCardData, then: Any) -> None:
        def render() -> Path:
            from desktop.exports.action_card import write_action_card_pdf

            if self._pdf_path is None:
                folder = Path(tempfile.mkdtemp(prefix="fodslag-"))
                self._pdf_path = folder / "actioncard.pdf"
            with using("da"):  # the card's words are Danish
                write_action_card_pdf(data, self._pdf_path)
            return self._pdf_path

        self.host.call(render, then)

    def open_pdf(self) -> None:
        if self.base is not None:
            self._render_pdf(
                card_data(self.state()), lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            )

    def print_card(self) -> None:
        """The card as the PDF writer makes it, in the print preview (the viewer without a renderer).

        Written to a file of its own, so the live preview's file is never read while rewritten."""
        if self.base is None:
            return
        from desktop.views.toolkit.printing import preview_images, render_pdf_pages, tell

        title = self.title.text().strip() or self.tr("Action card")
        data = card_data(self.state())

        def render() -> tuple[Path, list[Any] | None]:
            from desktop.exports.action_card import write_action_card_pdf

            path = Path(tempfile.mkdtemp(prefix="fodslag-print-")) / "actioncard.pdf"
            with using("da"):
                write_action_card_pdf(data, path)
            return path, render_pdf_pages(path)

        def rendered(result: tuple[Path, list[Any] | None]) -> None:
            path, pages = result
            if pages is None:  # no PDF renderer installed: print from the system's viewer
                tell(self, self.tr("Opened the card in your PDF viewer; print from there."))
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                return
            preview_images(
                self,
                pages,
                title=self.tr("Print {name}").format(name=title),
                doc_name=title,
                name="cardPrintPreview",
            )

        self.host.call(render, rendered)

    # -- saving -----------------------------------------------------------------------
    def save_then(self, then: Callable[[], None]) -> None:
        """The unsaved-work guard's Gem: ``then()`` once the card is saved."""
        self.saving.start(then, self.save)

    def discard(self) -> None:
        """Forkast: the card as it is saved (the newest load, if one came while editing)."""
        shown = self._newer or self.base
        if shown is not None:
            self.show_state(shown)
        self._dirty = False

    def save(self) -> None:
        if self.base is None or self.host.services is None:
            return
        service = self.host.services.action_cards
        before, after = self.base, self.state()
        edit = TrackedEdit(
            Versions(), before.partnership_id, before.version,
            lambda version, card: service.save(replace(card["state"], version=version)),
            {"state": before}, {"state": after},
        )  # fmt: skip

        self.errors.clear()
        self._dirty = False
        then = self.saving.take()

        def done(state: ActionCardState) -> None:
            self.show_state(state)
            then()

        apply_edit(
            self.host,
            self.tr("Edit the action card"),
            edit.do,
            edit.undo,
            done,
            lambda error: self._save_failed(error, after),
            replayed=done,
        )

    def _save_failed(self, error: FodslagError, mine: ActionCardState) -> None:
        self._dirty = True
        if isinstance(error, EditConflict):
            self._resolve_conflict(mine)
        elif isinstance(error, ValidationError):
            self._show_validation(error)
        else:
            self.host.report(error)

    def _show_validation(self, error: ValidationError) -> None:
        field = error.field or ""
        if field.startswith("contacts["):  # contacts[3].phone: point at the cell
            try:
                row = int(field[len("contacts[") : field.index("]")])
                columns = {
                    "label": ActionCardModel.LABEL,
                    "detail": ActionCardModel.DETAIL,
                    "phone": ActionCardModel.PHONE,
                }
                column = columns.get(field.rsplit(".", 1)[-1], ActionCardModel.EMAIL)
                self.grid.setCurrentIndex(self.model.index(row, column))
                self.grid.setFocus()
            except ValueError:
                pass
        self.errors.show(error.message, field if field == "title" else None)

    def _resolve_conflict(self, mine: ActionCardState) -> None:
        assert self.host.services is not None
        service, pid = self.host.services.action_cards, mine.partnership_id

        def show(theirs: ActionCardState) -> None:
            fields = [
                ConflictField("title", self.tr("Title"), theirs.title, mine.title, mergeable=True),
                ConflictField("grid", self.tr("Columns, rows and marks"), theirs, mine, show=grid_text),
            ]
            open_conflict(
                self,
                fields,
                lambda values: self._save_resolution(theirs, mine, values),
                what=self.tr("the action card"),
                versions=(mine.version, theirs.version),
                keep_theirs=lambda: self.show_state(theirs),
                holder=self,
            )

        self.host.call(lambda: service.get(pid), show)

    def _save_resolution(
        self, theirs: ActionCardState, mine: ActionCardState, values: dict[str, Any]
    ) -> None:
        grid = values.get("grid", theirs)
        chosen = replace(
            theirs, title=values.get("title", theirs.title), problems=grid.problems, contacts=grid.contacts
        )
        self.base = theirs
        self.model.set_card(chosen.problems, chosen.contacts)
        self.title.setText(chosen.title)
        self.save()


__all__ = ["ActionCardEditor", "CardPreview", "card_data", "grid_text"]

"""Overblik: what needs attention now, as a calm dashboard. Every item opens its object."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import number, short_date, short_datetime
from desktop.services.settings import Settings
from desktop.views.toolkit.screen import Screen, make_button

if TYPE_CHECKING:
    from desktop.services.indicators import IndicatorRow
    from desktop.services.overview import Overview

OVERDUE_COLOUR = QColor("#b3261e")
CARD_STYLE = (
    "QFrame#overviewCard { background: palette(base); border: 1px solid palette(midlight);"
    " border-radius: 6px; }"
)
WELCOME_STYLE = (
    "QFrame#welcomePanel { background: palette(base); border: 1px solid palette(midlight);"
    " border-radius: 8px; }"
    " QPushButton { padding: 8px 18px; }"
)
#: the first steps the welcome offers (the main window carries them out)
FIRST_STEPS = ("partnership", "import", "demo")


class WelcomePanel(QFrame):
    """A new user's empty database: what Fodslag is for, and three ways to begin."""

    def __init__(self, screen: OverviewScreen) -> None:
        super().__init__(screen)
        self.setObjectName("welcomePanel")
        self.setStyleSheet(WELCOME_STYLE)
        title = QLabel(self.tr("Welcome to Fodslag"), self)
        title.setObjectName("welcomeTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "The database is still empty. Fodslag keeps a safety network or partnership in step: "
                "parties and contacts, phases and checklist, meetings and minutes, strategy, "
                "indicators and the action card. Begin with one of these steps:"
            ),
            self,
        )
        intro.setObjectName("welcomeText")
        intro.setWordWrap(True)
        row = self._step_buttons(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)

    def _step_buttons(self, screen: OverviewScreen) -> QHBoxLayout:
        """The three first steps side by side, each button with a line saying what it does."""
        steps = (
            (
                "partnership",
                self.tr("Create a partnership"),
                self.tr("Name the partnership, its area and parties, and follow its phases from the start."),
            ),
            (
                "import",
                self.tr("Import contacts…"),
                self.tr(
                    "Read professionals from an Excel, CSV or vCard file. "
                    "Nothing is saved before you confirm."
                ),
            ),
            (
                "demo",
                self.tr("Open the demo"),
                self.tr(
                    "See Fodslag with example data in a separate demo database. "
                    "Your own database stays as it is."
                ),
            ),
        )
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for key, text, tip in steps:
            column = QVBoxLayout()
            column.setSpacing(6)
            button = make_button(
                self,
                text,
                lambda _=False, k=key: screen.first_step.emit(k),
                name=f"welcome_{key}",
                tip=tip,
            )
            button.setDefault(key == "partnership")
            button.setMinimumHeight(button.sizeHint().height() + 8)
            explanation = QLabel(tip, self)
            explanation.setWordWrap(True)
            explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            explanation.setStyleSheet("color: #5a6270")
            column.addWidget(button)
            column.addWidget(explanation, 1)
            row.addLayout(column, 1)
            self.buttons[key] = button
        return row

    def set_enabled_steps(self, enabled: bool) -> None:
        """Off while last time's overview is shown and the database is not yet open."""
        for button in self.buttons.values():
            button.setEnabled(enabled)


class OverviewScreen(Screen):
    watches = ("Meeting", "ActionItem", "Initiative", "InitiativeContribution", "Indicator", "Measurement",
               "Membership", "PhaseStep", "Partnership", "SubGoal", "Person")  # fmt: skip

    #: the welcome's step the user chose: "partnership", "import" or "demo" (``FIRST_STEPS``)
    first_step = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self.phase = QLabel(self)
        self.phase.setObjectName("phaseLabel")
        self.phase.setWordWrap(True)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.phase.setFont(heading_font)

        #: shown while the overview is the one from last time, not yet the database's
        self.snapshot_banner = QLabel(self)
        self.snapshot_banner.setObjectName("snapshotBanner")
        self.snapshot_banner.setWordWrap(True)
        self.snapshot_banner.setStyleSheet("color: #5a6270; font-style: italic")
        self.snapshot_banner.setVisible(False)

        self.lists: dict[str, QListWidget] = {}
        self.headings: dict[str, QLabel] = {}
        self.welcome = WelcomePanel(self)
        self.welcome.setVisible(False)
        self._make_cards()

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.phase)
        body_layout.addWidget(self.snapshot_banner)
        body_layout.addWidget(self.welcome)
        body_layout.addWidget(self.cards, 1)
        self.welcome_spacer = QWidget(body)  # keeps the welcome at the top of an empty page
        body_layout.addWidget(self.welcome_spacer, 1)
        self.welcome_spacer.setVisible(False)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _make_cards(self) -> None:
        """One card per kind of thing to attend to, three to a row, each a heading over a list."""
        self._titles = {
            "meetings": self.tr("Next meetings"),
            "overdue": self.tr("Overdue action items"),
            "open_items": self.tr("Other open action items"),
            "steps": self.tr("Open steps in the current phase"),
            "awaiting": self.tr("Initiatives awaiting approval"),
            "off_track": self.tr("Indicators off track"),
            "gaps": self.tr("Sub-goals without initiatives"),
            "orphans": self.tr("Initiatives without a sub-goal"),
            "cleanup": self.tr("Former members to clean up"),
        }
        tips = {
            "meetings": self.tr("Meetings in the next four months"),
            "overdue": self.tr("Action items past their due date that are not done"),
            "steps": self.tr("Steps of the partnership's current phase that are not done"),
            "gaps": self.tr("A gap the steering group must see: no initiative serves these sub-goals"),
            "orphans": self.tr("These cannot be approved until they serve a sub-goal"),
            "cleanup": self.tr("Everyone whose memberships all ended longer ago than the retention period"),
        }
        self.cards = QWidget(self)
        self.cards.setObjectName("overviewCards")
        grid = QGridLayout(self.cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for i, (key, title) in enumerate(self._titles.items()):
            grid.addWidget(self._card(key, title, tips.get(key, "")), i // 3, i % 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    def _card(self, key: str, title: str, tip: str) -> QFrame:
        card = QFrame(self.cards)
        card.setObjectName("overviewCard")
        card.setStyleSheet(CARD_STYLE)
        heading = QLabel(title, card)
        heading.setObjectName(f"heading_{key}")
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        heading.setWordWrap(True)
        heading.setToolTip(tip)
        lst = QListWidget(card)
        lst.setObjectName(f"overview_{key}")
        lst.setWordWrap(True)
        lst.setFrameShape(QFrame.Shape.NoFrame)
        lst.setResizeMode(QListView.ResizeMode.Adjust)
        lst.setUniformItemSizes(False)
        lst.setSpacing(2)
        lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lst.setMinimumHeight(lst.fontMetrics().height() * 6)
        lst.setToolTip(self.tr("Double-click or press Enter to open"))
        lst.itemActivated.connect(self._activated)
        heading.setBuddy(lst)
        box = QVBoxLayout(card)
        box.addWidget(heading)
        box.addWidget(lst, 1)
        self.lists[key], self.headings[key] = lst, heading
        return card

    def load(self) -> None:
        assert self.services is not None
        overview = self.services.overview
        pid = self.partnership_id

        def fetch() -> Overview:
            return overview.build(pid, retention_months=Settings.load().retention_months)

        self.run(fetch, self._show)

    # -- last time's overview, while the database opens ------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """What is on screen now, as plain texts (saved for the next start)."""
        sections = {}
        for key, lst in self.lists.items():
            items = []
            for row in range(lst.count()):
                item = lst.item(row)
                alarming = item.foreground().color() == OVERDUE_COLOUR
                items.append([item.text(), alarming])
            sections[key] = {"heading": self.headings[key].text(), "items": items}
        return {"saved_at": datetime.now().isoformat(timespec="minutes"), "phase": self.phase.text(),
                "sections": sections, "welcome": self.welcome.isVisibleTo(self)}  # fmt: skip

    def show_snapshot(self, snapshot: dict[str, Any]) -> None:
        """Fill the cards with last time's texts (not clickable) until fresh data arrives."""
        if self.overview is not None:
            return  # fresh data is already here
        saved = str(snapshot.get("saved_at", ""))
        when = f"{saved[8:10]}-{saved[5:7]}-{saved[:4]} {saved[11:16]}" if len(saved) >= 16 else saved
        self.snapshot_banner.setText(
            self.tr("Showing the overview as it was {when}; fetching the current data…").format(when=when)
        )
        self.snapshot_banner.setVisible(True)
        self.phase.setText(str(snapshot.get("phase", "")))
        self._show_welcome(bool(snapshot.get("welcome", False)))
        self.welcome.set_enabled_steps(False)
        for key, section in dict(snapshot.get("sections", {})).items():
            if key not in self.lists:
                continue
            self.headings[key].setText(str(section.get("heading", "")))
            lst = self.lists[key]
            lst.clear()
            for text, alarming in section.get("items", []):
                item = QListWidgetItem(str(text))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if alarming:
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                lst.addItem(item)

    def _show_welcome(self, shown: bool) -> None:
        """The welcome instead of the cards (all of them would be empty), or the cards."""
        self.welcome.setVisible(shown)
        self.welcome_spacer.setVisible(shown)
        self.cards.setVisible(not shown)
        self.phase.setVisible(not shown)

    def _show(self, o: Overview) -> None:
        self.snapshot_banner.setVisible(False)
        self.overview = o
        self._show_welcome(not o.has_partnerships)
        self.welcome.set_enabled_steps(True)
        if o.phase_label:
            self.phase.setText(self.tr("Current phase: {phase}").format(phase=o.phase_label))
        else:
            self.phase.setText(self.tr("All partnerships"))
        self._fill_meetings_and_items(o)
        self._fill_strategy(o)
        self.data_shown.emit()

    def _fill_meetings_and_items(self, o: Overview) -> None:
        """Next meetings, overdue and other open action items, the phase's open steps."""
        all_partnerships = self.partnership_id is None

        def where(name: str) -> str:
            return f" – {name}" if all_partnerships and name else ""

        today = date.today()
        self._fill(
            "meetings",
            [(f"{short_datetime(m.starts_at)}  {m.title}{where(m.partnership)}", "Meeting", m.id, False)
             for m in o.next_meetings],
        )  # fmt: skip
        overdue_word = self.tr("overdue")
        self._fill(
            "overdue",
            [
                (
                    f"⚠ {overdue_word} {short_date(a.due_date)} ({(today - a.due_date).days} "
                    + self.tr("days")
                    + f"): {a.title}"
                    + (f" – {a.owner}" if a.owner else ""),
                    "ActionItem", a.id, True,
                )
                for a in o.overdue_action_items
                if a.due_date is not None
            ],
        )  # fmt: skip
        self._fill(
            "open_items",
            [
                ((f"{short_date(a.due_date)}  " if a.due_date else "") + a.title
                 + (f" – {a.owner}" if a.owner else ""), "ActionItem", a.id, False)
                for a in o.open_action_items
                if not a.overdue
            ],
        )  # fmt: skip
        self._fill(
            "steps", [(f"{s.title} – {s.status_label}", "PhaseStep", s.id, False) for s in o.open_steps]
        )

    def _fill_strategy(self, o: Overview) -> None:
        """The strategy's gaps, initiatives to approve, indicators off track, members to clean up."""
        self._fill(
            "gaps",
            [(f"{s.code}. {s.title}", "SubGoal", s.id, False) for s in o.sub_goals_without_initiatives],
        )
        self._fill("orphans", [(i.title, "Initiative", i.id, False) for i in o.initiatives_without_sub_goals])
        self._fill(
            "awaiting",
            [(self._awaiting_text(i.title, i.sub_goal_codes), "Initiative", i.id, False)
             for i in o.awaiting_approval],
        )  # fmt: skip
        self._fill(
            "off_track",
            [(self._indicator_text(i), "Indicator", i.id, False) for i in o.indicators_off_track],
        )
        self._fill(
            "cleanup",
            [(self.tr("{name} (left {date})").format(name=c.name, date=short_date(c.left_on)),
              "Person", c.person_id, False) for c in o.cleanup],
        )  # fmt: skip

    def _awaiting_text(self, title: str, codes: Sequence[str]) -> str:
        """'PSP-samarbejde (delmål 2)': the bare '(2)' read as a count."""
        if not codes:
            return title
        return self.tr("{title} (sub-goals {codes})").format(title=title, codes=", ".join(codes))

    def _indicator_text(self, i: IndicatorRow) -> str:
        latest = number(i.latest.value) if i.latest else "–"
        return self.tr("{name}: {latest} (target {target})").format(
            name=i.name, latest=latest, target=number(i.target)
        )

    def _fill(self, key: str, entries: list[tuple[str, str, int, bool]]) -> None:
        if key == "steps" and self.partnership_id is None:
            self.lists[key].clear()
            self.headings[key].setText(self._titles[key])
            hint = QListWidgetItem(self.tr("Choose a partnership to see its phase and open steps."))
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lists[key].addItem(hint)
            return
        lst = self.lists[key]
        lst.clear()
        self.headings[key].setText(f"{self._titles[key]} ({len(entries)})")
        for text, entity, entity_id, alarming in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (entity, entity_id))
            item.setToolTip(text)
            if alarming:
                item.setForeground(QBrush(OVERDUE_COLOUR))
            lst.addItem(item)
        if not entries:
            placeholder = QListWidgetItem(self.tr("Nothing here"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(placeholder)

    def item_for(self, key: str, entity_id: int) -> QListWidgetItem | None:
        lst = self.lists[key]
        for row in range(lst.count()):
            data = lst.item(row).data(Qt.ItemDataRole.UserRole)
            if data and data[1] == entity_id:
                return lst.item(row)
        return None

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.open_requested.emit(*data)

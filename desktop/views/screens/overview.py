"""Overblik: what needs attention now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.overview import Overview
from desktop.views.screens.base import Screen


class OverviewScreen(Screen):
    watches = ("Meeting", "ActionItem", "Initiative", "InitiativeContribution", "Indicator", "Measurement",
               "Membership", "PhaseStep", "Partnership", "SubGoal")  # fmt: skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = QLabel(self)
        self.phase.setObjectName("phaseLabel")
        grid = QGridLayout()
        self.lists: dict[str, QListWidget] = {}
        boxes = (
            ("meetings", self.tr("Next meetings")),
            ("overdue", self.tr("Overdue action items")),
            ("open_items", self.tr("Open action items")),
            ("steps", self.tr("Open steps in the current phase")),
            ("gaps", self.tr("Sub-goals without initiatives")),
            ("orphans", self.tr("Initiatives without a sub-goal")),
            ("awaiting", self.tr("Initiatives awaiting approval")),
            ("off_track", self.tr("Indicators off track")),
            ("cleanup", self.tr("Former members to clean up")),
        )
        for i, (key, title) in enumerate(boxes):
            box = QGroupBox(title, self)
            lst = QListWidget(box)
            lst.setObjectName(f"overview_{key}")
            lst.itemActivated.connect(self._activated)
            QVBoxLayout(box).addWidget(lst)
            self.lists[key] = lst
            grid.addWidget(box, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phase)
        layout.addLayout(grid)

    def load(self) -> None:
        assert self.services is not None
        overview = self.services.overview
        pid = self.partnership_id
        self.run(lambda: overview.build(pid), self._show)

    def _show(self, o: Overview) -> None:
        self.phase.setText(
            self.tr("Current phase: {phase}").format(phase=o.phase_label) if o.phase_label else ""
        )

        def fill(key: str, entries: list[tuple[str, str, int]]) -> None:
            lst = self.lists[key]
            lst.clear()
            for text, entity, entity_id in entries:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (entity, entity_id))
                lst.addItem(item)
            if not entries:
                placeholder = QListWidgetItem(self.tr("Nothing here"))
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                lst.addItem(placeholder)

        fill(
            "meetings",
            [(f"{m.starts_at:%d-%m-%Y %H:%M}  {m.title}", "Meeting", m.id) for m in o.next_meetings],
        )
        fill(
            "overdue",
            [
                (f"{a.due_date:%d-%m-%Y}  {a.title} ({a.owner})", "ActionItem", a.id)
                for a in o.overdue_action_items
            ],
        )
        fill("open_items", [(f"{a.title} ({a.owner})", "ActionItem", a.id) for a in o.open_action_items])
        fill("steps", [(f"{s.title} – {s.status_label}", "PhaseStep", s.id) for s in o.open_steps])
        fill("gaps", [(f"{s.code}. {s.title}", "SubGoal", s.id) for s in o.sub_goals_without_initiatives])
        fill("orphans", [(i.title, "Initiative", i.id) for i in o.initiatives_without_sub_goals])
        fill("awaiting", [(i.title, "Initiative", i.id) for i in o.awaiting_approval])
        fill("off_track", [(i.name, "Indicator", i.id) for i in o.indicators_off_track])
        fill(
            "cleanup",
            [(f"{c.name} (ude siden {c.left_on:%d-%m-%Y})", "Person", c.person_id) for c in o.cleanup],
        )

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.open_requested.emit(*data)

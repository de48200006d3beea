"""The goal tree (vision → overall goals → sub-goals, and the focus areas) with an editor beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.strategy import StrategyTree
from desktop.views.strategy.coverage_model import GAP_COLOUR, GAP_MARK
from desktop.views.toolkit.field_errors import FieldErrors
from desktop.views.toolkit.privacy_hint import mark_free_text
from desktop.views.toolkit.screen import make_button
from desktop.views.toolkit.unsaved import EditorHandle, PendingSave, leave

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
#: which service field each editor box stands for, per kind of node
FIELD_NAMES: dict[str, dict[str, str]] = {
    "strategy": {"title": "name", "text": "vision"},
    "goal": {"title": "title", "text": "success_criterion"},
    "sub_goal": {"code": "code", "title": "title", "text": "description"},
    "focus_area": {"title": "name"},
}


class GoalTreePanel(QWidget):
    #: kind, id (None for a new node), parent id (goal for a new sub-goal), {service field: value}
    save_requested = Signal(str, object, object, dict)
    #: kind, id, name
    delete_requested = Signal(str, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_data: StrategyTree | None = None
        self._editing: tuple[str, int | None, int | None] | None = None
        # the boxes as they were filled (or last saved): typing differs from them
        self._loaded: dict[str, str] = {}
        # "Gem" in the unsaved-work question: what to do once the node is saved
        self.saving = PendingSave()
        self._make_tree()
        self._make_tree_buttons()
        self._make_editor()

        buttons = QHBoxLayout()
        for button in (self.add_goal, self.add_sub_goal, self.add_focus_area):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor)
        right_layout.addStretch(1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(splitter)
        self._edit_item(None)

    def _make_tree(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("goalTree")
        self.tree.setHeaderLabels([self.tr("Goals and sub-goals"), self.tr("Initiatives")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._item_chosen)

    def _make_tree_buttons(self) -> None:
        """Add goal, sub-goal and focus area; Delete."""
        self.add_goal = make_button(
            self,
            self.tr("Add &goal"),
            lambda: self.ask_new("goal"),
            name="addGoal",
            tip=self.tr("Add an overall goal with its success criterion"),
        )
        self.add_sub_goal = make_button(
            self,
            self.tr("Add s&ub-goal"),
            lambda: self.ask_new("sub_goal"),
            name="addSubGoal",
            tip=self.tr("Add a sub-goal (delmål) under the selected overall goal"),
        )
        self.add_focus_area = make_button(
            self,
            self.tr("Add &focus area"),
            lambda: self.ask_new("focus_area"),
            name="addFocusArea",
            tip=self.tr("Add a focus area (indsatsområde, track) that groups initiatives"),
        )
        self.delete_button = make_button(
            self,
            self.tr("&Delete"),
            self._delete,
            name="deleteNode",
            tip=self.tr("Delete the selected goal, sub-goal or focus area"),
        )

    def _make_editor(self) -> None:
        """The chosen node's code, title and text (their labels follow its kind), and Save."""
        self.editor = QGroupBox(self)
        self.editor.setObjectName("nodeEditor")
        self.errors = FieldErrors()
        form = QFormLayout(self.editor)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code = QLineEdit(self.editor)
        self.code.setObjectName("nodeCode")
        self.code.setMaximumWidth(100)
        self.code.setToolTip(self.tr("Short number or letter of the sub-goal, e.g. 1 or 2a"))
        self.title = QLineEdit(self.editor)
        self.title.setObjectName("nodeTitle")
        self.text = QPlainTextEdit(self.editor)
        self.text.setObjectName("nodeText")
        self.text.setTabChangesFocus(True)
        mark_free_text(self.text)
        self.code_label, self.title_label, self.text_label = QLabel(self), QLabel(self), QLabel(self)
        for lbl, widget in (
            (self.code_label, self.code),
            (self.title_label, self.title),
            (self.text_label, self.text),
        ):
            lbl.setBuddy(widget)
        form.addRow(self.code_label, self.errors.wrap("code", self.code, self.editor))
        form.addRow(self.title_label, self.errors.wrap("title", self.title, self.editor))
        self.errors.share("name", "title", self.title)  # the strategy's and a focus area's name
        form.addRow(self.text_label, self.errors.wrap("text", self.text, self.editor))
        self.save_button = make_button(
            self.editor,
            self.tr("&Save"),
            self.save,
            name="saveNode",
            tip=self.tr("Save this part of the strategy (Ctrl+S)"),
        )
        form.addRow(self.save_button)

    # -- showing the tree --------------------------------------------------------------
    def set_tree(self, tree: StrategyTree | None) -> None:
        selected = self.current_node()
        # A refresh (the user's own undo, a colleague's save) must not wipe what is being typed:
        # a new item, or changes not yet saved, stay in the editor while the tree is rebuilt.
        new = self._editing is not None and self._editing[1] is None
        keep_editor = (tree is not None or self.creating_strategy()) and (new or self.is_dirty())
        self.tree_data = tree
        # Quiet while rebuilding: clearing the tree would empty and disable the editor for a
        # moment, and the keyboard focus in it would be lost (after every Ctrl+S).
        self.tree.blockSignals(True)
        try:
            self._fill_tree(tree, selected, keep_editor)
        finally:
            self.tree.blockSignals(False)
        if not keep_editor:  # the editor shows the chosen part as it is saved now
            self._edit_item(self.tree.currentItem())

    # -- the unsaved-work guard -------------------------------------------------------
    def _typed(self) -> dict[str, str]:
        return {"code": self.code.text(), "title": self.title.text(), "text": self.text.toPlainText()}

    def is_dirty(self) -> bool:
        """Typed into the editor and not saved (a new node: anything typed at all)."""
        return self._editing is not None and self._typed() != self._loaded

    def mark_saved(self) -> None:
        self._loaded = self._typed()

    def discard(self) -> None:
        """Forkast: the selected node as it is saved (a new node is dropped)."""
        self._edit_item(self.tree.currentItem())

    def editor_handle(self) -> EditorHandle:
        def what() -> str:
            title = self.title.text().strip()
            if title:
                return self.tr("“{title}” in the goal tree").format(title=title)
            return self.tr("the new part of the goal tree")

        def save(then: Callable[[], None]) -> None:
            self.saving.start(then, self.save)

        return EditorHandle(self.is_dirty, what, save, self.discard)

    def _item_chosen(self, item: QTreeWidgetItem | None, old: QTreeWidgetItem | None) -> None:
        node = item.data(0, NODE_ROLE) if item is not None else None
        editing = self._editing[:2] if self._editing is not None else None
        if node == editing or not self.is_dirty():
            self._edit_item(item)
            return

        def stay() -> None:
            self.tree.blockSignals(True)
            self._set_current(old)
            self.tree.blockSignals(False)

        leave(self, [self.editor_handle()], lambda: self._go_to(node), stay)

    def _go_to(self, node: tuple[str, int] | None) -> None:
        item = next((i for i in self._items() if i.data(0, NODE_ROLE) == node), None)
        if item is self.tree.currentItem():
            self._edit_item(item)
        else:
            self._set_current(item)

    def _set_current(self, item: QTreeWidgetItem | None) -> None:
        """Make ``item`` the tree's current node; None: no node (as ``setCurrentItem(None)``)."""
        if item is None:
            self.tree.setCurrentIndex(QModelIndex())
        else:
            self.tree.setCurrentItem(item)

    def ask_new(self, kind: str) -> None:
        """Add goal / sub-goal / focus area: the editor's unsaved text first."""
        leave(self, [self.editor_handle()], lambda: self.start_new(kind))

    def _fill_tree(
        self, tree: StrategyTree | None, selected: tuple[str, int] | None, keep_editor: bool
    ) -> None:
        self.tree.clear()
        for button in (self.add_goal, self.add_sub_goal, self.add_focus_area):
            button.setEnabled(tree is not None)
        if tree is None:
            if not keep_editor:
                self._edit_item(None)
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        top = QTreeWidgetItem(self.tree, [tree.name, ""])
        top.setData(0, NODE_ROLE, ("strategy", tree.id))
        top.setFont(0, bold)
        top.setToolTip(0, tree.vision)
        for goal in tree.goals:
            goal_item = QTreeWidgetItem(top, [goal.title, ""])
            goal_item.setData(0, NODE_ROLE, ("goal", goal.id))
            goal_item.setToolTip(0, goal.success_criterion)
            for sub in goal.sub_goals:
                count = len(sub.initiative_ids)
                text = (
                    self.tr("%n initiative(s)", "", count)
                    if count
                    else f"{GAP_MARK} " + self.tr("No initiatives")
                )
                item = QTreeWidgetItem(goal_item, [f"{sub.code}. {sub.title}", text])
                item.setData(0, NODE_ROLE, ("sub_goal", sub.id))
                item.setToolTip(0, sub.description)
                if not count:
                    item.setBackground(1, QBrush(GAP_COLOUR))
                    item.setToolTip(1, self.tr("A gap: no initiative serves this sub-goal yet."))
        areas = QTreeWidgetItem(self.tree, [self.tr("Focus areas"), ""])
        areas.setData(0, NODE_ROLE, ("focus_root", tree.id))
        areas.setFont(0, bold)
        for area_id, name in tree.focus_areas:
            item = QTreeWidgetItem(areas, [name, ""])
            item.setData(0, NODE_ROLE, ("focus_area", area_id))
        self.tree.expandAll()
        if not (selected and self.select_node(*selected)):
            self.tree.setCurrentItem(top)

    def select_node(self, kind: str, node_id: int) -> bool:
        for item in self._items():
            if item.data(0, NODE_ROLE) == (kind, node_id):
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is None:
                continue
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def current_node(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return item.data(0, NODE_ROLE) if item is not None else None

    # -- editing ---------------------------------------------------------------------
    def values_for(self, kind: str, node_id: int) -> dict[str, str]:
        tree = self.tree_data
        assert tree is not None
        if kind == "strategy":
            return {"title": tree.name, "text": tree.vision}
        if kind == "goal":
            goal = next(g for g in tree.goals if g.id == node_id)
            return {"title": goal.title, "text": goal.success_criterion}
        if kind == "sub_goal":
            sub = next(s for s in tree.sub_goals if s.id == node_id)
            return {"code": sub.code, "title": sub.title, "text": sub.description}
        return {"title": dict(tree.focus_areas).get(node_id, "")}

    def _edit_item(self, item: QTreeWidgetItem | None) -> None:
        node = item.data(0, NODE_ROLE) if item is not None else None
        if node is None or node[0] == "focus_root":
            self._editing = None
            self._configure(None)
            self.delete_button.setEnabled(False)
            return
        kind, node_id = node
        self._editing = (kind, node_id, None)
        self._configure(kind, self.values_for(kind, node_id))
        self.delete_button.setEnabled(kind != "strategy")

    def start_new(self, kind: str) -> None:
        """Empty editor for a new goal, sub-goal (under the selected goal) or focus area."""
        if self.tree_data is None:
            return
        parent: int | None = self.tree_data.id
        if kind == "sub_goal":
            parent = self._selected_goal()
            if parent is None:
                self._configure(None)
                self.editor.setTitle(self.tr("Select an overall goal first"))
                return
        self._editing = (kind, None, parent)
        self._configure(kind, {}, new=True)
        self.title.setFocus()

    def start_new_strategy(self, partnership_id: int) -> None:
        """Empty editor for a new strategy of the partnership: its name and vision."""
        self._editing = ("strategy", None, partnership_id)
        self._configure("strategy", {}, new=True)
        self.title.setFocus()

    def creating_strategy(self) -> bool:
        return self._editing is not None and self._editing[0] == "strategy" and self._editing[1] is None

    def forget_new_strategy(self) -> None:
        """The new strategy is saved: the editor follows the tree's selection again (a new goal
        begun meanwhile stays)."""
        if self.creating_strategy():
            self._editing = None

    def _selected_goal(self) -> int | None:
        item = self.tree.currentItem()
        while item is not None:
            node: tuple[str, int] | None = item.data(0, NODE_ROLE)
            if node and node[0] == "goal":
                return node[1]
            item = item.parent()
        tree = self.tree_data
        return tree.goals[0].id if tree is not None and len(tree.goals) == 1 else None

    def _configure(
        self, kind: str | None, values: dict[str, str] | None = None, *, new: bool = False
    ) -> None:
        self.errors.clear()
        titles = {
            "strategy": (self.tr("Strategy and vision"), self.tr("&Name:"), self.tr("&Vision:")),
            "goal": (self.tr("Overall goal"), self.tr("&Title:"), self.tr("Success &criterion:")),
            "sub_goal": (self.tr("Sub-goal"), self.tr("&Title:"), self.tr("&Description:")),
            "focus_area": (self.tr("Focus area"), self.tr("&Name:"), ""),
        }
        self.editor.setEnabled(kind is not None)
        if kind is None:
            self.editor.setTitle(self.tr("Select a part of the strategy to edit it"))
            for widget in (self.code, self.title, self.text):
                widget.clear() if not isinstance(widget, QPlainTextEdit) else widget.setPlainText("")
            self._loaded = self._typed()
            return
        heading, title_label, text_label = titles[kind]
        if new and kind == "strategy":
            self.editor.setTitle(self.tr("New strategy"))
        else:
            self.editor.setTitle(self.tr("New: {what}").format(what=heading.lower()) if new else heading)
        self.title.setPlaceholderText(self.tr("e.g. Tryg i Aarhus") if kind == "strategy" else "")
        self.title_label.setText(title_label)
        self.text_label.setText(text_label)
        self.code_label.setText(self.tr("C&ode:"))
        values = values or {}
        self.code.setText(values.get("code", ""))
        self.title.setText(values.get("title", ""))
        self.text.setPlainText(values.get("text", ""))
        self._loaded = self._typed()
        for lbl, widget, shown in (
            (self.code_label, self.code, kind == "sub_goal"),
            (self.text_label, self.text, kind != "focus_area"),
        ):
            lbl.setVisible(shown)
            box = widget.parentWidget()  # the field with its message (``FieldErrors.wrap``)
            if box is not None:
                box.setVisible(shown)
        self.save_button.setText(self.tr("&Add") if new else self.tr("&Save"))

    def editing(self) -> tuple[str, int | None, int | None] | None:
        return self._editing

    def save(self) -> None:
        if self._editing is None:
            return
        self.errors.clear()
        kind, node_id, parent = self._editing
        names = FIELD_NAMES[kind]
        typed = {"code": self.code.text().strip(), "title": self.title.text().strip(),
                 "text": self.text.toPlainText().strip()}  # fmt: skip
        values: dict[str, Any] = {names[box]: typed[box] for box in names}
        self.save_requested.emit(kind, node_id, parent, values)

    def _delete(self) -> None:
        item = self.tree.currentItem()
        node = item.data(0, NODE_ROLE) if item is not None else None
        if item is not None and node and node[0] in ("goal", "sub_goal", "focus_area"):
            self.delete_requested.emit(node[0], node[1], item.text(0))


__all__ = ["GoalTreePanel", "QColor"]

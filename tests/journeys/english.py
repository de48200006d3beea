"""Finding English in the Danish UI: walk every widget, menu, model and tooltip shown.

Two ways to recognise English, both conservative so that Danish never trips them:

* an English *source* string of our catalogue (desktop/resources/translations/fodslag_da.ts, and
  fodslag_qt_da.ts for Qt's own) shown
  as it is, i.e. not translated: each source whose Danish translation differs becomes a
  pattern (``&`` accelerators dropped, ``{name}`` / ``%1`` / ``%n`` placeholders matching
  any text) that must match a shown text as a whole;
* a few common English words (``STOP_WORDS``) standing alone in a shown text, which
  catches English that is not in the catalogue at all (a string never wrapped in ``tr()``,
  Qt's own dialogs and calendars without ``qtbase_da``, a service's message);
* a programmer's name such as ``baseline_value`` (a column shown as it is).

``Walker.walk(root)`` returns one ``Finding`` per English text with the widget's path, so a
failure lists what to fix and where.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "desktop" / "resources" / "translations"
#: ours, and the Qt strings that Qt's own Danish catalogue lacks
CATALOGUES = (TRANSLATIONS / "fodslag_da.ts", TRANSLATIONS / "fodslag_qt_da.ts")

#: English words that no Danish UI text uses as a word of its own (case-sensitive where the
#: capital matters: "Open" is English, "open" could be a typed name); "(s)" plurals too.
STOP_WORDS = (
    "the", "and", "of", "with", "or", "not", "this", "your", "please",
    "New", "Choose", "Save", "Delete", "Cancel", "Open", "Close", "Edit", "Add", "Remove",
    "Print", "Search", "Select", "Apply", "Reset", "Discard", "Yes", "Help", "Today", "File",
    "Meeting", "Meetings", "Partnership", "Partnerships", "Contact", "Contacts", "Indicator",
    "Indicators", "Strategy", "Initiative", "Initiatives", "Goal", "Overview", "Documents",
    "Name", "Phone", "Address", "Title", "Date", "Unit", "Source", "Target", "Value",
    "Page", "Pages", "Look", "Files", "View", "Show", "Hide", "Back", "Next", "Finish",
    "Details", "Options", "Properties", "Settings", "Size", "Modified", "Directory",
    "January", "February", "March", "June", "July", "October",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Mon", "Tue", "Wed", "Thu", "Sun",
)  # fmt: skip
STOP = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, STOP_WORDS)) + r")(?![\w-])|\w+\(s\)")
#: a key's name in a hint, "(Delete)", "(Ctrl+Enter)": the keyboard's words, not English prose
KEY_HINT = re.compile(r"\((?:(?:Ctrl|Shift|Alt)\+)*(?:Delete|Enter|Esc|Space|Tab|F\d+|\w)\)")
#: a programmer's name (a column, a setting) shown as it is: "baseline_value"
CODE_NAME = re.compile(r"(?<![\w/.@-])[a-z]+(?:_[a-z]+)+(?![\w/.@-])")
#: code names the UI shows on purpose (none since the safety index weight left settings.json)
CODE_NAMES_SHOWN: set[str] = set()
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%L?n|%L?\d")
#: a shown text longer than this is a document (a typed note, minutes): only its start is read
LONGEST = 2_000
#: rows and columns of a model that are read; the rest are more of the same
MAX_ROWS = 60
MAX_COLUMNS = 30
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole)


@dataclass(frozen=True)
class Finding:
    path: str
    what: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path} [{self.what}]: {self.text!r} ({self.why})"


def plain(text: str) -> str:
    """What the user reads: rich text without tags, accelerators without '&', one line."""
    if "<" in text and re.search(r"<[a-zA-Z/][^>]*>", text):
        text = re.sub(r"<br\s*/?>|</p>|</li>|</tr>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


@cache
def english_sources(catalogues: tuple[Path, ...] = CATALOGUES) -> tuple[tuple[re.Pattern[str], str], ...]:
    """One whole-text pattern per English source string whose Danish differs from it."""
    sources: dict[str, str] = {}
    translations: set[str] = set()
    messages = [m for ts in catalogues for m in ET.parse(ts).getroot().iter("message")]
    for message in messages:
        source = message.findtext("source") or ""
        element = message.find("translation")
        forms = [f.text or "" for f in element.findall("numerusform")] if element is not None else []
        texts = forms or [element.text or "" if element is not None else ""]
        translations.update(plain(t) for t in texts)
        if all(plain(t) != plain(source) for t in texts):
            sources[plain(source)] = source
    patterns = []
    for shown, source in sources.items():
        if shown in translations:  # the same words are Danish elsewhere ("Status", "Partner")
            continue
        literal = PLACEHOLDER.sub("", shown)
        if len(re.sub(r"\W", "", literal)) < 3:  # "{name}:" or "%1 %2" would match anything
            continue
        parts = [re.escape(p) for p in PLACEHOLDER.split(shown)]
        patterns.append((re.compile("(?s)" + ".+?".join(parts)), source))
    return tuple(patterns)


def why_english(text: str) -> str | None:
    """The reason a shown text is English, or None."""
    shown = plain(text)[:LONGEST]
    if not shown:
        return None
    for pattern, source in english_sources():
        if pattern.fullmatch(shown):
            return f"untranslated source {source!r}"
    word = STOP.search(KEY_HINT.sub("", shown))
    if word:
        return f"English word {word.group(0)!r}"
    without_paths = re.sub(r"\S*[/\\]\S*", "", shown)
    code = next(
        (m.group(0) for m in CODE_NAME.finditer(without_paths) if m.group(0) not in CODE_NAMES_SHOWN), None
    )
    if code:
        return f"code name {code!r}"
    return None


def path_of(obj: QWidget | QAction) -> str:
    parts = []
    current: object = obj
    while current is not None:
        name = current.objectName()  # type: ignore[attr-defined]
        kind = type(current).__name__
        parts.append(f"{kind}#{name}" if name else kind)
        parent = current.parent()  # type: ignore[attr-defined]
        current = parent if isinstance(parent, (QWidget, QAction)) else None
    parts.reverse()
    # the chain's interesting ends: the window or screen, and the widget itself
    if len(parts) > 4:
        parts = [parts[0], "…", *parts[-3:]]
    return " > ".join(parts)


class Walker:
    """Collects the English texts of everything a user can see under a widget.

    ``detect``: what counts as a finding (the reason, or None); English by default, Danish in
    the English UI (``tests/journeys/danish.py``).
    """

    def __init__(self, detect: Callable[[str], str | None] | None = None) -> None:
        self.detect = detect or why_english
        self.findings: list[Finding] = []
        self._seen: set[tuple[str, str, str]] = set()
        #: labels and buttons too narrow for their text (see ``_clipping``)
        self.clipped: list[Finding] = []
        #: every text read, as "path [what] text" (print them to see what the walker sees)
        self.read: list[str] = []

    # -- recording ---------------------------------------------------------------------
    def check(self, where: str, what: str, text: object) -> None:
        if not isinstance(text, str) or not text.strip():
            return
        self.read.append(f"{where} [{what}] {text!r}")
        why = self.detect(text)
        key = (where, what, text)
        if why and key not in self._seen:
            self._seen.add(key)
            self.findings.append(Finding(where, what, plain(text)[:160], why))

    # -- walking -----------------------------------------------------------------------
    def walk(self, root: QWidget, *, hidden: bool = False) -> list[Finding]:
        """Every visible widget under ``root`` (``hidden``: the hidden ones too), its actions and menus."""
        # a text set a moment ago (a count arriving from the background) has posted a layout
        # request that has not run yet: lay out first, as the next paint would, then measure
        for _ in range(4):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        for widget in [root, *root.findChildren(QWidget)]:
            if not hidden and not widget.isVisible():
                continue  # a closed menu is read through the action that opens it
            self.widget(widget)
        return self.findings

    def widget(self, widget: QWidget) -> None:
        where = path_of(widget)
        check = self.check
        self._clipping(where, widget)
        if widget.isWindow():
            check(where, "windowTitle", widget.windowTitle())
        check(where, "toolTip", widget.toolTip())
        check(where, "statusTip", widget.statusTip())
        check(where, "whatsThis", widget.whatsThis())
        check(where, "accessibleName", widget.accessibleName())
        if isinstance(widget, QLabel):
            check(where, "text", widget.text())
        elif isinstance(widget, QAbstractButton):
            check(where, "text", widget.text())
            menu = widget.menu() if hasattr(widget, "menu") else None
            if isinstance(menu, QMenu):
                self.actions(f"{where} > menu", menu.actions())
        elif isinstance(widget, QGroupBox):
            check(where, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            check(where, "placeholderText", widget.placeholderText())
            check(where, "text", widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            check(where, "placeholderText", widget.placeholderText())
            check(where, "text", widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            check(where, "specialValueText", widget.specialValueText())
            check(where, "text", widget.text())
            for attr in ("prefix", "suffix"):
                if hasattr(widget, attr):
                    check(where, attr, getattr(widget, attr)())
        elif isinstance(widget, QComboBox):
            check(where, "placeholderText", widget.placeholderText())
            for i in range(min(widget.count(), MAX_ROWS)):
                check(where, f"item {i}", widget.itemText(i))
                check(where, f"item {i} toolTip", widget.itemData(i, Qt.ItemDataRole.ToolTipRole))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                check(where, f"tab {i}", widget.tabText(i))
                check(where, f"tab {i} toolTip", widget.tabToolTip(i))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                check(where, f"tab {i}", widget.tabText(i))
        elif isinstance(widget, QToolBox):
            for i in range(widget.count()):
                check(where, f"page {i}", widget.itemText(i))
        elif isinstance(widget, QDockWidget):
            check(where, "title", widget.windowTitle())
        elif isinstance(widget, QStatusBar):
            check(where, "currentMessage", widget.currentMessage())
        elif isinstance(widget, QMessageBox):
            check(where, "text", widget.text())
            check(where, "informativeText", widget.informativeText())
            check(where, "detailedText", widget.detailedText())
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None and not _is_file_model(widget):
                self.model(where, model)
        if widget.windowTitle() and not widget.isWindow() and widget.parent() is not None:
            check(where, "windowTitle", widget.windowTitle())  # a toolbar's name in its context menu
        self.actions(where, widget.actions())

    def _clipping(self, where: str, widget: QWidget) -> None:
        """A label or button narrower than its own text shows it cut off ("4" for "40 kontakter")."""
        if isinstance(widget, QLabel) and not widget.wordWrap():
            text = widget.text()
            rich = widget.textFormat() == Qt.TextFormat.RichText or "<" in text
            if rich or not text.strip() or not widget.pixmap().isNull():
                return
            room = widget.contentsRect().width()
        elif isinstance(widget, QPushButton) and widget.text():
            text = widget.text()
            room = widget.width() - 8 - (widget.iconSize().width() + 4 if not widget.icon().isNull() else 0)
        else:
            return
        shown = plain(text)
        needed = max(widget.fontMetrics().horizontalAdvance(line) for line in shown.splitlines() or [shown])
        if needed > room + 2 and widget.width() > 0:
            key = (where, "clipped", text)
            if key not in self._seen:
                self._seen.add(key)
                self.clipped.append(Finding(where, "clipped", shown[:160], f"needs {needed} px, has {room}"))

    def actions(self, where: str, actions: Iterable[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            name = f"{where} > action {plain(action.text()) or action.objectName()!r}"
            self.check(name, "text", action.text())
            if plain(action.iconText()) != plain(action.text()):
                self.check(name, "iconText", action.iconText())
            if action.toolTip() != action.text().replace("&", "") and action.toolTip():
                self.check(name, "toolTip", action.toolTip())
            self.check(name, "statusTip", action.statusTip())
            self.check(name, "whatsThis", action.whatsThis())
            menu = action.menu()
            if isinstance(menu, QMenu):
                self.check(name, "menu title", menu.title())
                self.actions(name, menu.actions())

    def model(
        self, where: str, model: QAbstractItemModel, parent: QModelIndex | None = None, depth: int = 0
    ) -> None:
        parent = QModelIndex() if parent is None else parent
        flat = isinstance(model, (QAbstractListModel, QAbstractTableModel))  # their tree methods are private
        columns = 1 if isinstance(model, QAbstractListModel) else min(model.columnCount(parent), MAX_COLUMNS)
        if depth == 0:
            for section in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    self.check(
                        where, f"header {section}", model.headerData(section, Qt.Orientation.Horizontal, role)
                    )
            for section in range(min(model.rowCount(parent), MAX_ROWS)):
                self.check(where, f"row header {section}", model.headerData(section, Qt.Orientation.Vertical))
        for row in range(min(model.rowCount(parent), MAX_ROWS)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in ROLES:
                    self.check(where, f"item ({row}, {column})", index.data(role))
            child = model.index(row, 0, parent)
            if not flat and depth < 4 and model.hasChildren(child) and not model.canFetchMore(child):
                self.model(where, model, child, depth + 1)


def _is_file_model(view: QAbstractItemView) -> bool:
    """A file dialog's list shows the disk's own names, which are not ours to translate."""
    parent = view.parent()
    while parent is not None:
        if isinstance(parent, QFileDialog):
            return True
        parent = parent.parent()
    return False


def report(findings: Iterable[Finding], what: str = "English text(s) in the Danish UI") -> str:
    lines = sorted({str(f) for f in findings})
    return f"{len(lines)} {what}:\n  " + "\n  ".join(lines)

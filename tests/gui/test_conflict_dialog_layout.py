"""The both-versions dialog gives each version room to be read (issue: it was cramped)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.views.toolkit.conflict_dialog import ConflictDialog, ConflictField

pytestmark = pytest.mark.gui

FIELDS = [
    ConflictField(
        "title", "Titel", "Styregruppemøde – marts", "Styregruppemøde i marts (flyttet)", mergeable=True
    ),
    ConflictField(
        "agenda",
        "Dagsorden",
        "1. Velkomst\n2. Status på indsatser\n3. Tryghedsindekset\n4. Eventuelt",
        "1. Velkomst\n2. Status\n3. Nyt fra politiet\n4. Tryghedsindekset\n5. Eventuelt",
        mergeable=True,
    ),
    ConflictField("place", "Sted", "Rådhuset, mødelokale 2", "Medborgerhuset Engparken", mergeable=True),
]


def test_each_version_shows_whole_words_on_a_screen_that_holds_the_dialog(qtbot: QtBot, danish: None) -> None:
    """At 110 characters wide the value boxes were two words wide: "Styregruppemød|e" broke in
    the middle."""
    dialog = ConflictDialog(FIELDS, None, what="Styregruppemøde", versions=(3, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    for field in FIELDS:
        for side, value in (("theirs", field.theirs), ("mine", field.mine)):
            box = dialog.findChild(QPlainTextEdit, f"{side}_{field.key}")
            widest = max(box.fontMetrics().horizontalAdvance(word) for word in value.split())
            assert box.viewport().width() > widest, (side, field.key)  # no word broken in two
            # room for a line of text even on an 800-pixel screen (it had 22 characters)
            assert box.width() >= 25 * box.fontMetrics().averageCharWidth(), (side, field.key)

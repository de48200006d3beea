"""Journey: after saving one document, choosing another clears "Gemt i …" and its Åbn.

Seen under Xvfb by the fresh-eyes round: with Referat chosen, the line under the buttons still
said "Klar til at udskrive Actioncard – ….pdf" (or "Gemt i …") and Åbn opened the action card,
as if it were the minutes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from desktop.views.documents.screen import KIND_ROLE
from tests.journeys.conftest import Journey
from tests.journeys.printing_steps import answer_file_dialog, create_partnership, reactivate


def _choose(journey: Journey, kinds: QListWidget, key: str) -> None:
    journey.click_row(kinds, next(r for r in range(kinds.count()) if kinds.item(r).data(KIND_ROLE) == key))
    assert kinds.currentItem().data(KIND_ROLE) == key


def test_another_document_does_not_show_the_last_ones_file(journey: Journey, tmp_path: Path) -> None:
    create_partnership(journey)
    journey.go_to("documents")
    kinds = journey.find(QListWidget, "documentKinds")
    _choose(journey, kinds, "contact-list")
    target = tmp_path / "telefonliste.xlsx"
    seen = answer_file_dialog(journey, target)
    journey.click(journey.find(QPushButton, "saveDocument"))
    assert seen
    status = journey.find(QLabel, "documentStatus")
    journey.wait_until(lambda: target.exists() and "Gemt i" in status.text())
    reactivate(journey)
    assert journey.find(QPushButton, "openDocument").isVisible()

    _choose(journey, kinds, "action-card")
    assert "telefonliste" not in status.text() and "Gemt i" not in status.text()
    assert not journey.window.findChild(QPushButton, "openDocument").isVisible()

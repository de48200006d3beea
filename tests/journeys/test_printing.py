"""Journey: print every printable thing through the preview and close it, from an empty database.

Each preview is painted, garbage-collected while open, painted again, closed and collected
again: a printer or document kept only by a Python local crashed here (segmentation fault,
run with ``-X faulthandler``) before the print preview owned what it paints with. Where
there is nothing to print, Ctrl+P says so in the status bar.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QListWidget, QMessageBox, QPushButton, QTableView, QWidget

from tests.journeys.conftest import Journey
from tests.journeys.printing_steps import (
    OFFSCREEN_LIMITS,
    PEOPLE,
    active_dialog,
    add_rows_from_contacts,
    choose_partnership,
    create_partnership,
    create_people,
    ok_button,
    open_action_card,
    paint_and_close,
    tick,
    wait_for_preview,
)

pytestmark = OFFSCREEN_LIMITS


def status_message(journey: Journey) -> str:
    return journey.window.statusBar().currentMessage()


def ctrl_p_says(journey: Journey, words: str) -> None:
    """Ctrl+P on a screen without a printout: a note in the status bar, no dialog, no crash."""
    journey.window.statusBar().clearMessage()
    journey.shortcut("Ctrl+P")
    assert words in status_message(journey), status_message(journey)
    assert not any(w.isVisible() for w in journey.window.findChildren(QWidget, "printPreview"))


def plan_a_meeting(journey: Journey) -> None:
    """Møder → Planlæg møde…, the idékatalog's template as it comes, Planlæg."""
    screen = journey.go_to("meetings")
    journey.click(journey.find(QPushButton, "planMeeting"))
    dialog = active_dialog(journey, name="planMeetingDialog")
    journey.click(ok_button(dialog))
    table = journey.find(QTableView, "meetingTable", screen)
    journey.wait_until(lambda: table.model().rowCount() > 0)
    journey.settle()


def test_print_every_printable_thing_and_close_the_preview(journey: Journey) -> None:
    create_partnership(journey)
    create_people(journey)
    editor = open_action_card(journey)
    add_rows_from_contacts(journey, editor, [PEOPLE[0][0]])
    tick(journey, editor, 0, editor.model.FIXED)  # type: ignore[attr-defined]
    journey.click(journey.find(QWidget, "saveCardButton", editor))
    journey.wait_until(lambda: editor.base.card_id is not None)  # type: ignore[attr-defined]
    choose_partnership(journey)

    # Møder: nothing chosen yet, then the planned meeting's agenda
    meetings = journey.go_to("meetings")
    table = journey.find(QTableView, "meetingTable", meetings)
    if table.model().rowCount() == 0:
        ctrl_p_says(journey, "Vælg et møde")
    plan_a_meeting(journey)
    journey.click_row(table, 0)
    journey.wait_until(lambda: meetings.panel.detail is not None)  # type: ignore[attr-defined]
    journey.shortcut("Ctrl+P")
    paint_and_close(journey, wait_for_preview(journey, "meetingPrintPreview"), shot="meeting-print-preview")

    # Kontakter: the list as searched
    journey.go_to("contacts")
    journey.shortcut("Ctrl+P")
    paint_and_close(journey, wait_for_preview(journey, "contactsPrintPreview"), shot="contacts-print-preview")

    # Partnerskaber: the action card from its tab; the other tabs point to where printing is
    open_action_card(journey)
    journey.shortcut("Ctrl+P")
    paint_and_close(journey, wait_for_preview(journey, "cardPrintPreview"))

    # screens without a printout say so
    for key in ("overview", "strategy", "indicators"):
        journey.go_to(key)
        ctrl_p_says(journey, "Her er intet at udskrive")

    # Dokumenter: every kind that has a PDF prints through the preview (Udskriv… and Ctrl+P);
    # the others say they print from their own program
    documents = journey.go_to("documents")
    kinds = journey.find(QListWidget, "documentKinds")
    formats = journey.find(QComboBox, "formatChoice")
    printed, elsewhere, refused = [], [], []
    for row in range(kinds.count()):
        journey.click_row(kinds, row)
        title = kinds.item(row).text()
        pdf = formats.findText("PDF")
        if pdf < 0:
            ctrl_p_says(journey, "udskrives fra sit eget program")
            elsewhere.append(title)
            continue
        if formats.currentIndex() != pdf:
            journey.click(formats)
            journey.qtbot.wait(500)  # a combo's list ignores a click that comes too soon
            journey.click_row(formats.view(), pdf)
        assert formats.currentText() == "PDF"
        button = journey.find(QPushButton, "printDocument", documents)
        if row % 2:
            journey.click(button)
        else:
            journey.shortcut("Ctrl+P")
        if title == "Samarbejdsaftale":  # none made yet: refused in Danish, no empty preview
            journey.wait_until(lambda: "ingen samarbejdsaftale" in documents.status.text())  # type: ignore[attr-defined]
            box = journey.find(QMessageBox, "errorDialog")
            assert "ingen samarbejdsaftale" in box.text()
            journey.click(box.button(QMessageBox.StandardButton.Ok))
            journey.wait_until(lambda box=box: not box.isVisible())
            refused.append(title)
            continue
        paint_and_close(
            journey,
            wait_for_preview(journey, "printPreview"),
            shot="folder-print-preview" if row == 1 else "",
        )
        assert "Klar til at udskrive" in documents.status.text(), (title, documents.status.text())  # type: ignore[attr-defined]
        printed.append(title)
    assert printed == [
        "Actioncard",
        "Folder",
        "Telefon- og mailliste",
        "Indkaldelse og dagsorden",
        "Referat",
        "Mødemappe til formanden",
    ], printed
    assert refused == ["Samarbejdsaftale"]
    assert len(elsewhere) == kinds.count() - len(printed) - len(refused)

"""Journey: a secretariat builds its first action card, looks at it, prints it and exports it as PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from tests.journeys.conftest import Journey
from tests.journeys.printing_steps import (
    OFFSCREEN_LIMITS,
    PARTNERSHIP,
    PEOPLE,
    add_problem_column,
    add_rows_from_contacts,
    answer_file_dialog,
    choose_partnership,
    create_partnership,
    create_people,
    open_action_card,
    paint_and_close,
    tick,
    wait_for_preview,
)

PROBLEM = "Knallertkørsel"
pytestmark = OFFSCREEN_LIMITS


def test_build_preview_print_and_export_an_action_card(journey: Journey, tmp_path: Path) -> None:
    create_partnership(journey)
    create_people(journey)
    editor = open_action_card(journey)
    model = editor.model  # type: ignore[attr-defined]
    defaults = len(model.problems)
    assert defaults > 0  # the idékatalog's problem types to start from

    # build: one more problem type, the three people as rows, their marks
    add_problem_column(journey, editor, PROBLEM)
    assert model.problems[-1] == PROBLEM
    add_rows_from_contacts(journey, editor, [name for name, _p, _e in PEOPLE])
    assert [c.label for c in model.contacts] == [name for name, _p, _e in PEOPLE]
    first_problem = model.FIXED
    tick(journey, editor, 0, first_problem)
    tick(journey, editor, 1, model.FIXED + defaults)  # the new column
    tick(journey, editor, 2, first_problem + 1)
    assert [sorted(c.handles) for c in model.contacts] == [[0], [defaults], [1]]

    # the live preview shows the whole card: every row's name fits inside it, nothing "… more"
    preview = editor.preview  # type: ignore[attr-defined]
    journey.wait_until(lambda: preview.data is not None and len(preview.data.rows) == 3)
    assert preview.isVisible() and preview.visibleRegion().boundingRect() == preview.rect()
    journey.screenshot("actioncard-editor")
    check_card_fits(journey, editor)

    # save (Ctrl+S on the card), then print through the preview and close it
    journey.click(journey.find(QWidget, "saveCardButton", editor))
    journey.wait_until(lambda: editor.base.card_id is not None and not editor.dirty)  # type: ignore[attr-defined]
    journey.click(journey.find(QWidget, "cardPrintButton", editor))
    paint_and_close(journey, wait_for_preview(journey, "cardPrintPreview"), shot="actioncard-print-preview")

    # Ctrl+P on the card's tab prints it too
    journey.shortcut("Ctrl+P")
    paint_and_close(journey, wait_for_preview(journey, "cardPrintPreview"))

    # export: Dokumenter → Actioncard → PDF → Gem som…, a name typed in the save dialog
    documents = journey.go_to("documents")
    choose_partnership(journey)
    kinds = journey.find(QListWidget, "documentKinds")
    journey.click_row(kinds, next(r for r in range(kinds.count()) if kinds.item(r).text() == "Actioncard"))
    assert journey.find(QComboBox, "formatChoice").currentText() == "PDF"
    target = tmp_path / "actioncard.pdf"
    answered = answer_file_dialog(journey, target)
    journey.click(journey.find(QWidget, "saveDocument"))
    journey.wait_until(lambda: target.exists() and documents.last_file == target)  # type: ignore[attr-defined]
    assert answered == ["Gem dokument"]
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert PARTNERSHIP in text and PROBLEM in text
    for name, _phone, _email in PEOPLE:
        assert name in text, name
    assert "114" in text and "112" in text

    # A6: before anything is printed the screen says what a sheet will hold
    layout = journey.find(QComboBox, "layoutChoice")
    journey.choose(layout, "A6, fire kort pr. ark")
    notice = journey.find(QLabel, "layoutNotice")
    journey.wait_until(notice.isVisible)
    assert "Fire ens kort" in notice.text()

    # Nyhedsmail: typed, refused in plain Danish (no coordinator to send it), nothing typed lost
    journey.click_row(kinds, next(r for r in range(kinds.count()) if kinds.item(r).text() == "Nyhedsmail"))
    assert journey.find(QComboBox, "formatChoice").currentText() == "Mailkladde (.eml)"
    journey.type_into(journey.find(QLineEdit, "newsletterSubject"), "Nyt fra netværket")
    journey.type_into(journey.find(QPlainTextEdit, "newsletterBody"), "Kære alle, her er nyt.")
    draft = tmp_path / "nyhedsmail.eml"
    documents.ask_save_path = lambda *_args: str(draft)  # type: ignore[attr-defined]  # the dialog's answer
    refused = journey.answer_dialog("OK")
    journey.click(journey.find(QWidget, "saveDocument"))
    journey.wait_until(lambda: bool(refused))
    assert "afsender med e-mailadresse" in refused[0] and "koordinator" in refused[0]
    assert not draft.exists()
    assert journey.find(QPlainTextEdit, "newsletterBody").toPlainText() == "Kære alle, her er nyt."
    assert journey.find(QLineEdit, "newsletterSubject").text() == "Nyt fra netværket"


def check_card_fits(journey: Journey, editor: QWidget) -> None:
    """The preview draws every row (no '… more'), inside its own widget at 1280×800."""
    preview = editor.preview  # type: ignore[attr-defined]
    preview.grab()  # paints it now, as the screen would
    assert preview.width() >= preview.minimumWidth() and preview.height() >= preview.minimumHeight()
    assert preview.drawn_rows == len(preview.data.rows), (preview.drawn_rows, preview.size())
    assert preview.drawn_bottom <= preview.height(), (preview.drawn_bottom, preview.height())
    assert preview.drawn_right <= preview.width(), (preview.drawn_right, preview.width())
    assert preview.drawn_scale >= 0.5, preview.drawn_scale  # still legible at 1280×800
    window = journey.window
    corner = preview.mapTo(window, preview.rect().bottomRight())
    assert corner.x() < window.width() and corner.y() < window.height()

"""The Dokumenter screen on the demo database: choose, save, see where it went, in Danish."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from pytestqt.qtbot import QtBot

from desktop.views.documents.screen import DocumentsScreen
from desktop.views.main_window import MainWindow

pytestmark = pytest.mark.gui
MAIN = "Tryghedsnetværk Solbakken"


def _screen(window: MainWindow, qtbot: QtBot, partnership: str | None) -> DocumentsScreen:
    window.show_screen("documents")
    screen = window.screens["documents"]
    assert isinstance(screen, DocumentsScreen)
    qtbot.waitUntil(lambda: window.partnership_choice.count() == 3, timeout=10_000)
    if partnership is not None:
        window.partnership_choice.setCurrentIndex(window.partnership_choice.findText(partnership))
        qtbot.waitUntil(lambda: screen.partnership_name == partnership, timeout=10_000)
    return screen


def test_without_a_partnership_the_screen_asks_for_one(window: MainWindow, qtbot: QtBot) -> None:
    screen = _screen(window, qtbot, None)
    assert "Vælg et partnerskab" in screen.heading.text()
    assert not screen.save_button.isEnabled()
    kinds = [screen.kinds.item(i).text() for i in range(screen.kinds.count())]
    assert kinds[0] == "Actioncard" and "Referat" in kinds and kinds[-1] == "Nyhedsmail" and len(kinds) == 11


def test_action_card_is_saved_off_the_gui_thread_with_status_and_open(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    screen = _screen(window, qtbot, MAIN)
    asked: list[tuple[str, str]] = []

    def ask(_parent, caption: str, suggested: str, _filter: str) -> str:  # type: ignore[no-untyped-def]
        asked.append((caption, suggested))
        return str(tmp_path / "kort")  # the user typed a name without the suffix

    screen.ask_save_path = ask
    screen.choose_kind("action-card")
    assert "114" in screen.description.text()
    assert screen.save_button.text() == "Gem som …" and screen.print_button.isEnabled()
    with qtbot.waitSignal(screen.export_finished, timeout=20_000) as finished:
        screen.save_as()
        assert screen.busy.isVisible() and not screen.save_button.isEnabled()  # not blocking
    assert asked and asked[0][0] == "Gem dokument"
    assert Path(asked[0][1]).name == f"Actioncard – {MAIN}.pdf"
    target = tmp_path / "kort.pdf"
    assert finished.args == [str(target)]
    with pdfplumber.open(target) as pdf:
        assert MAIN in pdf.pages[0].extract_text()
    assert str(target) in screen.status.text() and screen.status.text().startswith("Gemt i")
    assert screen.open_button.isVisible() and screen.open_button.text() == "Åbn"
    assert not screen.busy.isVisible() and screen.save_button.isEnabled()


def test_minutes_need_a_meeting_and_name_it_in_the_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    screen = _screen(window, qtbot, MAIN)
    screen.choose_kind("minutes")
    assert screen.meeting_choice.isVisible() and screen.meeting_choice.count() >= 10
    assert [screen.format_choice.itemData(i) for i in range(screen.format_choice.count())] == ["docx", "pdf"]
    assert not screen.print_button.isEnabled()  # Word is printed from Word
    title = screen.meeting_choice.currentText().split(" · ", 1)[1].rsplit(" (", 1)[0]
    # the meeting's date in the name: the meetings of a series share a title
    assert re.fullmatch(rf"Referat – {re.escape(title)} – \d{{4}}-\d\d-\d\d\.docx", screen.suggested_name())
    with qtbot.waitSignal(screen.export_finished, timeout=20_000):
        screen.export_to(str(tmp_path / "referat.docx"))
    from docx import Document

    assert any(title in p.text for p in Document(str(tmp_path / "referat.docx")).paragraphs)


def test_a_missing_action_card_is_a_danish_message_not_a_crash(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    screen = _screen(window, qtbot, "Hotspot Nørreparken")
    screen.choose_kind("action-card")
    with qtbot.waitSignal(screen.export_failed, timeout=20_000) as failed:
        screen.export_to(str(tmp_path / "kort.pdf"))
    assert "intet actioncard" in failed.args[0]
    assert "intet actioncard" in screen.status.text()
    assert not (tmp_path / "kort.pdf").exists() and not screen.open_button.isVisible()
    dialog = window.findChild(type(window), "errorDialog") or screen.findChild(object, "errorDialog")
    if dialog is not None:
        dialog.close()


def test_a6_card_says_before_printing_what_the_sheet_will_hold(window: MainWindow, qtbot: QtBot) -> None:
    """Choosing "A6, fire kort pr. ark" tells the user, before Udskriv, whether the card fits
    one side (four cards to cut), needs two (print both sides) or cannot be an A6 card."""
    screen = _screen(window, qtbot, MAIN)
    screen.choose_kind("action-card")
    assert not screen.layout_notice.isVisible()  # A4: nothing to warn about
    screen.layout_choice.setCurrentIndex(screen.layout_choice.findData("a6"))
    qtbot.waitUntil(screen.layout_notice.isVisible, timeout=10_000)
    assert "Fire ens kort" in screen.layout_notice.text() and "stiplede" in screen.layout_notice.text()
    assert screen.print_button.isEnabled()
    assert "Tosidet kort" in screen._sides_text(2) and "begge sider" in screen._sides_text(2)
    assert "8 A6-sider" in screen._sides_text(8) and "Vælg A4" in screen._sides_text(8)
    screen.layout_choice.setCurrentIndex(screen.layout_choice.findData("a4"))
    assert not screen.layout_notice.isVisible()


def test_newsletter_is_written_as_a_draft_from_the_screen(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Dokumenter → Nyhedsmail: subject and text typed in, saved as an .eml draft, members in Bcc."""
    from email import message_from_bytes
    from email.policy import default

    screen = _screen(window, qtbot, MAIN)
    screen.choose_kind("newsletter")
    assert screen.subject.isVisible() and screen.body.isVisible()
    assert not screen.meeting_choice.isVisible() and not screen.layout_choice.isVisible()
    assert screen.format_choice.currentText() == "Mailkladde (.eml)"
    assert not screen.print_button.isEnabled() and screen.save_button.isEnabled()
    qtbot.keyClicks(screen.subject, "Nyt fra netværket")
    qtbot.keyClicks(screen.body, "Kære alle. Vi holder sommerfest på Solbakken.")
    assert screen.suggested_name() == "Nyhedsmail – Nyt fra netværket.eml"
    target = tmp_path / "nyhedsmail.eml"
    with qtbot.waitSignal(screen.export_finished, timeout=20_000):
        screen.export_to(str(target))
    msg = message_from_bytes(target.read_bytes(), policy=default)
    assert msg["Subject"] == "Nyt fra netværket" and msg["X-Unsent"] == "1"
    assert "sommerfest" in msg.get_content() and len(msg["Bcc"].addresses) >= 3
    assert screen.status.text().startswith("Gemt i")
    assert screen.services is not None and screen.partnership_id is not None
    kept = screen.services.documents.newsletters(screen.partnership_id)
    assert kept[0][1] == "Nyt fra netværket"  # the newest copy kept with the partnership


def test_newsletter_without_subject_is_refused_and_the_text_kept(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.views.documents import screen as documents

    shown: list[str] = []
    monkeypatch.setattr(documents, "show_error", lambda _parent, error: shown.append(error.message))
    screen = _screen(window, qtbot, MAIN)
    screen.choose_kind("newsletter")
    qtbot.keyClicks(screen.body, "En lang tekst, der ikke må gå tabt.")
    with qtbot.waitSignal(screen.export_failed, timeout=20_000):
        screen.export_to(str(tmp_path / "n.eml"))
    assert shown == ["Nyhedsmailen skal have en emnelinje."]
    assert screen.body.toPlainText() == "En lang tekst, der ikke må gå tabt."
    assert not (tmp_path / "n.eml").exists()


def test_agreement_as_pdf_of_the_chosen_version(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """Dokumenter → Samarbejdsaftale: Word or PDF, and which version (the newest first)."""
    screen = _screen(window, qtbot, MAIN)
    screen.choose_kind("agreement")
    assert [screen.format_choice.itemData(i) for i in range(screen.format_choice.count())] == ["docx", "pdf"]
    assert screen.version_choice.isVisible() and screen.version_choice.count() >= 1
    screen.format_choice.setCurrentIndex(1)
    assert screen.print_button.isEnabled()
    oldest = screen.version_choice.count() - 1
    screen.version_choice.setCurrentIndex(oldest)
    _agreement_id, number = screen.version_choice.currentData()
    assert f"version {number}" in screen.version_choice.currentText()
    target = tmp_path / "aftale.pdf"
    with qtbot.waitSignal(screen.export_finished, timeout=20_000):
        screen.export_to(str(target))
    with pdfplumber.open(target) as pdf:
        first = " ".join((pdf.pages[0].extract_text() or "").split())
    assert f"Version {number}" in first and "Parter" in first

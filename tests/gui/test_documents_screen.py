"""The Dokumenter screen on the demo database: choose, save, see where it went, in Danish."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pytestqt.qtbot import QtBot

from desktop.views.main_window import MainWindow
from desktop.views.screens.documents import DocumentsScreen

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
    assert kinds[0] == "Actioncard" and "Referat" in kinds and len(kinds) == 10


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
    assert screen.suggested_name() == f"Referat – {title}.docx"
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

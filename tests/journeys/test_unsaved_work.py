"""Journey: typed work is never lost without asking.

From an empty database, a contact, an organisation, a partnership and a meeting's minutes
are made through the screens; then each way of leaving an edit ("Ny …", another record in
the list, another screen, another partnership in the toolbar, closing the window) asks
Gem / Forkast / Annuller, and the test answers the real dialog by clicking its button:
Annuller keeps the typed text where it was, Forkast drops it, Gem saves it (and the saved
text is what the record shows when it is opened again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from desktop.services.contacts import ContactFilter
from desktop.services.startup import open_services
from desktop.views.shell.lazy_screens import SCREEN_KEYS
from desktop.views.toolkit.record_model import ID_ROLE
from desktop.views.toolkit.unsaved import dirty
from tests.journeys.conftest import Journey, text_of


def leave_answering(journey: Journey, answer: str, leave: Callable[[], None]) -> str:
    """Leave the edit (a click, a key) and answer the question; returns the question's text."""
    seen = journey.answer_dialog(answer)
    leave()
    journey.wait_until(lambda: seen, timeout=5_000)
    journey.settle()
    assert "ikke er gemt" in seen[0], seen
    return seen[0]


def three_answers(
    journey: Journey,
    field: QWidget,
    leave: Callable[[], None],
    *,
    left: Callable[[], bool],
    come_back: Callable[[], None],
    what: str,
    stayed: Callable[[], bool] = lambda: True,
) -> None:
    """Annuller keeps the text typed into ``field``; Forkast drops it; Gem saves it."""
    saved = text_of(field)
    journey.type_into(field, f"{what}: skrevet, så fortrudt")
    leave_answering(journey, "Annuller", leave)
    assert not left(), "Annuller left the edit"
    assert stayed(), "Annuller did not stay on the edited record"
    assert field.isVisible() and text_of(field) == f"{what}: skrevet, så fortrudt"

    leave_answering(journey, "Forkast", leave)
    assert left(), "Forkast did not go on"
    come_back()
    assert text_of(field) == saved, "Forkast kept the text"

    journey.type_into(field, f"{what}: gemt")
    leave_answering(journey, "Gem", leave)
    journey.wait_until(left)
    come_back()
    assert text_of(field) == f"{what}: gemt", "Gem did not save the text"


def row_of(view: QAbstractItemView, text: str) -> int:
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == text]
    assert rows, f"{text!r} is not in the list"
    return rows[0]


def names_in(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def row_with_id(view: QAbstractItemView, record_id: int) -> int:
    model = view.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == record_id]
    assert rows, f"record {record_id} is not in the list"
    return rows[0]


def current_text(view: QAbstractItemView) -> str:
    index = view.currentIndex()
    return index.siblingAtColumn(0).data() if index.isValid() else ""


def click_tab(journey: Journey, tabs: QTabWidget, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    journey.settle()


def screen_shown(journey: Journey) -> str:
    return SCREEN_KEYS[journey.window.stack.currentIndex()]


def highlighted_screen(journey: Journey) -> str:
    """The screen the navigation shows as chosen (its highlighted row)."""
    nav = journey.window.navigation
    rows = [nav.row(item) for item in nav.selectedItems()]
    assert len(rows) == 1 and nav.currentRow() == rows[0]
    return SCREEN_KEYS[rows[0]]


def close_window(journey: Journey) -> None:
    """The title bar's close button: the window manager asks the window to close (QTest cannot
    click a window manager's decoration; File → Afslut has no shortcut on Windows)."""
    journey.window.close()
    journey.settle()


def close_is_cancelled(journey: Journey, field: QWidget) -> None:
    """Closing with typed text: Annuller keeps the window open and the text in it."""
    typed = "Skrevet lige før lukning"
    journey.type_into(field, typed)
    leave_answering(journey, "Annuller", lambda: close_window(journey))
    assert journey.window.isVisible()
    assert field.isVisible() and text_of(field) == typed


def test_contact_edits_ask_before_new_another_contact_another_screen_and_closing(journey: Journey) -> None:
    screen = journey.go_to("contacts")
    name = journey.find(QLineEdit, "contact_name")
    title = journey.find(QLineEdit, "contact_title")
    new = journey.find(QPushButton, "newContact")
    table = journey.find(QTableView, "contactTable")
    for person in ("Anne Holm", "Bo Berg"):
        journey.click(new)
        journey.type_into(name, person)
        journey.click(journey.find(QPushButton, "saveContact"))
    journey.wait_until(lambda: table.model().rowCount() == 2)

    def open_anne() -> None:
        journey.click_row(table, row_of(table, "Anne Holm"))
        journey.wait_until(lambda: name.text() == "Anne Holm")

    # "Ny kontakt" (the button)
    open_anne()
    three_answers(
        journey, title, lambda: journey.click(new), left=lambda: name.text() == "", come_back=open_anne,
        what="Ny kontakt",
    )  # fmt: skip
    assert name.text() == "Anne Holm" and current_text(table) == "Anne Holm"

    # another contact in the list
    def choose_bo() -> None:
        journey.click_row(table, row_of(table, "Bo Berg"))

    three_answers(
        journey, title, choose_bo, left=lambda: name.text() == "Bo Berg", come_back=open_anne,
        what="Anden kontakt",
        stayed=lambda: name.text() == "Anne Holm" and current_text(table) == "Anne Holm",  # the list too
    )  # fmt: skip

    # another screen, by mouse and by keyboard (Ctrl+4 is Møder)
    def back_to_contacts() -> None:
        journey.go_to("contacts")

    three_answers(
        journey, title, lambda: journey.go_to("meetings"), left=lambda: screen_shown(journey) == "meetings",
        come_back=back_to_contacts, what="Andet skærmbillede",
        stayed=lambda: highlighted_screen(journey) == "contacts",  # the navigation points back too
    )  # fmt: skip
    journey.type_into(title, "Med tastaturet")
    leave_answering(journey, "Annuller", lambda: journey.shortcut("Ctrl+4"))
    assert screen_shown(journey) == "contacts" and title.text() == "Med tastaturet"
    assert journey.window.navigation.currentRow() == SCREEN_KEYS.index("contacts")

    # "Ny" by keyboard (Ctrl+N) over the same typed text
    leave_answering(journey, "Annuller", lambda: journey.shortcut("Ctrl+N"))
    assert name.text() == "Anne Holm" and title.text() == "Med tastaturet"

    # Gem that the form refuses (a contact needs a name): no new contact, the text stays
    journey.type_into(name, "")
    leave_answering(journey, "Gem", lambda: journey.click(new))
    assert name.text() == "" and title.text() == "Med tastaturet"
    assert journey.find(QLabel, "contactFormHeading").text() == "Anne Holm"  # still Anne's form
    assert "navn" in screen.form.messages["name"].text()  # says what to do
    journey.type_into(name, "Anne Holm")

    # closing the window: Annuller keeps it open; Gem saves, then closes
    close_is_cancelled(journey, title)
    journey.type_into(title, "Gemt ved lukning")
    leave_answering(journey, "Gem", lambda: close_window(journey))
    journey.wait_until(lambda: not journey.window.isVisible())
    services = open_services(str(journey.database))
    try:
        anne = services.contacts.search(ContactFilter(text="Anne Holm"), 0, 10).items[0]
        assert services.contacts.get(anne.id).title == "Gemt ved lukning"
    finally:
        services.db.dispose()


def test_organisation_edits_ask_before_new_another_organisation_another_screen_and_closing(
    journey: Journey,
) -> None:
    screen = journey.go_to("contacts")
    click_tab(journey, screen.tabs, "Organisationer")
    name = journey.find(QLineEdit, "organisation_name")
    new = journey.find(QPushButton, "newOrganisation")
    table = journey.find(QTableView, "organisationTable")
    ids = []
    for organisation in ("Boligselskabet Nord", "Ungdomsskolen"):
        journey.click(new)
        journey.type_into(name, organisation)
        journey.click(journey.find(QPushButton, "saveOrganisation"))
        journey.wait_until(lambda o=organisation: o in names_in(table))
        ids.append(screen.organisation_form.organisation_id)
    nord, school = ids

    def open_nord() -> None:
        journey.click_row(table, row_with_id(table, nord))
        journey.wait_until(lambda: screen.organisation_form.organisation_id == nord)

    open_nord()
    three_answers(
        journey, name, lambda: journey.click(new), left=lambda: name.text() == "", come_back=open_nord,
        what="Ny organisation",
    )  # fmt: skip
    assert "Ny organisation: gemt" in names_in(table)  # the list shows the saved name
    three_answers(
        journey, name, lambda: journey.click_row(table, row_with_id(table, school)),
        left=lambda: screen.organisation_form.organisation_id == school, come_back=open_nord,
        what="Anden organisation",
    )  # fmt: skip
    assert current_text(table) == "Anden organisation: gemt"

    def back_to_organisations() -> None:
        journey.go_to("contacts")
        assert screen.tabs.currentIndex() == 1

    three_answers(
        journey, name, lambda: journey.go_to("documents"), left=lambda: screen_shown(journey) == "documents",
        come_back=back_to_organisations, what="Andet skærmbillede",
    )  # fmt: skip
    close_is_cancelled(journey, name)


def test_partnership_edits_ask_before_new_another_partnership_screen_toolbar_choice_and_closing(
    journey: Journey,
) -> None:
    journey.go_to("partnerships")
    name = journey.find(QLineEdit, "partnershipName")
    area = journey.find(QLineEdit, "partnershipArea")
    new = journey.find(QPushButton, "newPartnershipButton")
    table = journey.find(QTableView, "partnershipTable")
    for partnership in ("Tryghedsnetværk Nord", "Tryghedsnetværk Syd"):
        journey.click(new)
        journey.type_into(name, partnership)
        journey.click(journey.find(QPushButton, "savePartnershipButton"))
        journey.wait_until(lambda p=partnership: any(
            table.model().index(r, 0).data() == p for r in range(table.model().rowCount())
        ))  # fmt: skip

    def open_nord() -> None:
        journey.click_row(table, row_of(table, "Tryghedsnetværk Nord"))
        journey.wait_until(lambda: name.text() == "Tryghedsnetværk Nord")

    open_nord()
    three_answers(
        journey, area, lambda: journey.click(new), left=lambda: name.text() == "", come_back=open_nord,
        what="Nyt partnerskab",
    )  # fmt: skip
    three_answers(
        journey, area, lambda: journey.click_row(table, row_of(table, "Tryghedsnetværk Syd")),
        left=lambda: name.text() == "Tryghedsnetværk Syd", come_back=open_nord, what="Andet partnerskab",
    )  # fmt: skip

    def back() -> None:
        journey.go_to("partnerships")

    three_answers(
        journey, area, lambda: journey.go_to("overview"), left=lambda: screen_shown(journey) == "overview",
        come_back=back, what="Andet skærmbillede",
    )  # fmt: skip

    # the toolbar's partnership, chosen by keyboard: Annuller keeps the choice and the text
    choice = journey.find(QComboBox, "partnershipChoice")
    before = choice.currentText()
    journey.type_into(area, "Skrevet før skift af partnerskab")

    def choose_other_partnership() -> None:
        choice.setFocus()
        QTest.keyClick(choice, Qt.Key.Key_Down)
        journey.settle()

    leave_answering(journey, "Annuller", choose_other_partnership)
    assert choice.currentText() == before and area.text() == "Skrevet før skift af partnerskab"
    leave_answering(journey, "Forkast", choose_other_partnership)
    assert choice.currentText() != before
    journey.wait_until(lambda: area.text() != "Skrevet før skift af partnerskab")

    open_nord()
    close_is_cancelled(journey, area)


def test_minutes_ask_before_another_meeting_another_screen_and_closing(journey: Journey) -> None:
    journey.go_to("partnerships")
    journey.click(journey.find(QPushButton, "newPartnershipButton"))
    journey.type_into(journey.find(QLineEdit, "partnershipName"), "Tryghedsnetværk Nord")
    journey.click(journey.find(QPushButton, "savePartnershipButton"))
    journey.wait_until(lambda: journey.find(QTableView, "partnershipTable").model().rowCount() == 1)

    screen = journey.go_to("meetings")

    def plan_a_series(dialog: QWidget) -> None:
        repeat = dialog.findChild(QCheckBox, "planRepeat")
        if not repeat.isChecked():  # a half-yearly network meeting repeats already
            QTest.keyClick(repeat, Qt.Key.Key_Space)
        assert repeat.isChecked()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())

    seen = journey.answer_dialog(accept=plan_a_series)
    journey.click(journey.find(QPushButton, "planMeeting"))
    journey.wait_until(lambda: seen)
    table = journey.find(QTableView, "meetingTable")
    journey.wait_until(lambda: table.model().rowCount() >= 2)
    journey.settle()

    journey.click_row(table, 0)
    journey.wait_until(lambda: screen.panel.detail is not None)
    first = screen.panel.meeting_id
    click_tab(journey, screen.panel.tabs, "Referat")
    minutes = journey.find(QPlainTextEdit, "minutesText")

    def back_to_first() -> None:
        journey.click_row(table, 0)
        journey.wait_until(lambda: screen.panel.meeting_id == first)

    three_answers(
        journey, minutes, lambda: journey.click_row(table, 1), left=lambda: screen.panel.meeting_id != first,
        come_back=back_to_first, what="Referat",
    )  # fmt: skip
    assert current_text(table) == table.model().index(0, 0).data()

    def back_to_meetings() -> None:
        journey.go_to("meetings")

    three_answers(
        journey, minutes, lambda: journey.go_to("strategy"), left=lambda: screen_shown(journey) == "strategy",
        come_back=back_to_meetings, what="Referat, andet skærmbillede",
    )  # fmt: skip
    close_is_cancelled(journey, minutes)


def test_nothing_typed_is_nothing_to_ask_about_on_any_screen(journey: Journey) -> None:
    """A new user's empty screens hold no unsaved work (else every click would ask)."""
    for key in SCREEN_KEYS:
        assert not dirty(journey.window.editors()), [e.what() for e in dirty(journey.window.editors())]
        journey.go_to(key)
    assert not dirty(journey.window.editors())
    close_window(journey)
    assert not journey.window.isVisible()

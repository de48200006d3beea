"""Journey: the very first start, on an empty database: the welcome and its three first steps."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizard

from tests.journeys.conftest import Journey


def _counts(path: Path) -> tuple[int, int, int]:
    """Partnerships, people and organisations in a database file (read beside the app)."""
    with sqlite3.connect(path) as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("partnership", "person", "organisation")
        )


def _welcome(journey: Journey) -> QWidget:
    return journey.find(QWidget, "welcomePanel")


def test_first_start_opens_an_empty_database_and_every_screen(journey: Journey) -> None:
    for key in ("overview", "partnerships", "contacts", "meetings", "strategy", "indicators", "documents"):
        journey.go_to(key)
    assert journey.database.exists()


def test_an_empty_database_is_welcomed_with_three_next_steps(journey: Journey) -> None:
    journey.go_to("overview")
    welcome = _welcome(journey)
    assert journey.find(QLabel, "welcomeTitle", welcome).text() == "Velkommen til Fodslag"
    assert "Databasen er endnu tom" in journey.find(QLabel, "welcomeText", welcome).text()
    for text in ("Opret et partnerskab", "Importér kontakter …", "Åbn demoen"):
        assert journey.button(text, welcome).isEnabled()
    # no empty cards beside it ("Intet her" nine times says nothing)
    assert not journey.window.screens["overview"].cards.isVisible()  # type: ignore[attr-defined]
    journey.screenshot("first-start-welcome")

    # the other empty screens say in one line what to do next
    journey.go_to("contacts")
    hint = journey.find(QLabel, "emptyHint", journey.find(QWidget, "contactTable"))
    assert "Ingen kontakter endnu" in hint.text() and "Importér kontakter" in hint.text()
    journey.go_to("partnerships")
    hint = journey.find(QLabel, "emptyHint", journey.find(QWidget, "partnershipTable"))
    assert "Nyt partnerskab" in hint.text()
    for key, words in (("meetings", "Planlæg møde"), ("indicators", "Ny indikator")):
        assert words in journey.find(QLabel, "emptyHint", journey.go_to(key)).text()


def test_create_a_partnership_from_the_welcome(journey: Journey) -> None:
    journey.click(journey.button("Opret et partnerskab", _welcome(journey)))
    screen = journey.window.current_screen()
    assert screen is journey.window.screens["partnerships"]
    # a new, empty partnership form (its heading's Danish is helper i18n's: "New partnership")
    name = journey.find(QLineEdit, "partnershipName")
    assert name.text() == ""
    journey.type_into(name, "Tryghedsnetværk Søndermarken")
    journey.click(journey.find(QWidget, "savePartnershipButton"))
    journey.wait_until(lambda: _counts(journey.database)[0] == 1)
    journey.go_to("overview")
    journey.wait_until(lambda: not journey.window.screens["overview"].welcome.isVisible())  # type: ignore[attr-defined]
    assert journey.window.screens["overview"].cards.isVisible()  # type: ignore[attr-defined]


def test_import_contacts_from_the_welcome_opens_the_import_dialog(journey: Journey) -> None:
    journey.click(journey.button("Importér kontakter …", _welcome(journey)))
    journey.wait_until(
        lambda: any(isinstance(w, QWizard) and w.isVisible() for w in journey.window.findChildren(QWizard))
    )
    wizard = next(w for w in journey.window.findChildren(QWizard) if w.isVisible())
    assert wizard.windowTitle() == "Importér kontakter"
    assert journey.find(QLineEdit, "importPath", wizard).isVisible()
    journey.click(journey.button("Annuller", wizard))
    journey.wait_until(lambda: not [w for w in journey.window.findChildren(QWizard) if w.isVisible()])


def test_the_demo_opens_in_its_own_database_and_leaves_the_user_s_untouched(journey: Journey) -> None:
    own = journey.database
    assert _counts(own) == (0, 0, 0)
    asked = journey.answer_dialog("Åbn demoen")
    journey.click(journey.button("Åbn demoen", _welcome(journey)))
    journey.wait_until(
        lambda: journey.window.services is not None and journey.window.services.db.sqlite_path != own,
        timeout=60_000,
    )
    journey.settle()
    assert asked and "sin egen database" in asked[0]
    demo = journey.window.services.db.sqlite_path
    assert demo is not None and demo.name.startswith("fodslag-demo") and demo.parent != own.parent
    partnerships, people, organisations = _counts(demo)
    assert partnerships >= 1 and people > 10 and organisations > 5
    assert _counts(own) == (0, 0, 0)  # the user's own database: nothing mixed into it
    journey.go_to("overview")
    journey.wait_until(lambda: not journey.window.screens["overview"].welcome.isVisible())  # type: ignore[attr-defined]
    assert "Demodatabasen er åben" in journey.window.statusBar().currentMessage()
    journey.go_to("contacts")
    journey.wait_until(lambda: journey.find(QWidget, "contactTable").model().rowCount() > 10)  # type: ignore[attr-defined]

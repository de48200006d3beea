"""Journey: a typo in a new organisation's name offers the existing organisation.

"Kobenhavns Politi" typed without the ø made a second police district beside
"Københavns Politi" (seen by the fresh-eyes round): contacts then split between the two.
The form now says the organisation seems to exist, one click opens it, and Gem still makes
a genuinely new one whose name only resembles another ("Østjyllands Politi").
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QTabWidget

from tests.journeys.conftest import Journey


def _names(table: QTableView) -> list[str]:
    return [table.model().index(r, 0).data() for r in range(table.model().rowCount())]


def _new(journey: Journey, name: str) -> None:
    journey.click(journey.find(QPushButton, "newOrganisation"))
    journey.type_into(journey.find(QLineEdit, "organisation_name"), name)


def test_a_misspelt_organisation_offers_the_existing_one(journey: Journey) -> None:
    journey.go_to("contacts")
    journey.click_tab(journey.find(QTabWidget, "contactTabs"), "Organisationer")
    table = journey.find(QTableView, "organisationTable")
    form = journey.window.screens["contacts"].organisation_form  # type: ignore[attr-defined]
    for name in ("Københavns Politi", "Sydøstjyllands Politi"):
        _new(journey, name)
        assert not form.similar_row.isVisible()  # nothing like it yet
        journey.click(journey.find(QPushButton, "saveOrganisation"))
        journey.wait_until(lambda name=name: name in _names(table))

    # the typo: the existing one is offered, one click opens it, nothing new is made
    _new(journey, "Kobenhavns Politi")
    assert "»Københavns Politi«" in journey.find(QLabel, "similarOrganisation").text()
    journey.click(journey.find(QPushButton, "openSimilarOrganisation"))
    assert journey.find(QLineEdit, "organisation_name").text() == "Københavns Politi"
    assert form.organisation_id is not None and not form.dirty
    assert not form.similar_row.isVisible()
    assert _names(table) == ["Københavns Politi", "Sydøstjyllands Politi"]

    # a genuinely new one that resembles another: offered, not in the way
    _new(journey, "Østjyllands Politi")
    assert form.similar_row.isVisible()
    journey.click(journey.find(QPushButton, "saveOrganisation"))
    journey.wait_until(lambda: "Østjyllands Politi" in _names(table))
    assert len(_names(table)) == 3 and not form.similar_row.isVisible()

"""Journey: a new user's first partnership says where its parties come from.

Seen by the fresh-eyes round: on an empty database the Parter list of a new partnership was
a blank box, with nothing to tick and no word about creating the organisations first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from tests.journeys.conftest import Journey


def test_the_empty_parties_list_says_where_parties_come_from(journey: Journey) -> None:
    journey.go_to("partnerships")
    journey.click(journey.find(QPushButton, "newPartnershipButton"))
    parties = journey.find(QListWidget, "partnershipParties")
    hint = journey.find(QLabel, "emptyHint", parties)
    assert hint.text().startswith("Ingen organisationer endnu")
    assert "Organisationer og kontakter" in hint.text()

    # once there is an organisation, it is there to tick and the hint is gone
    services = journey.window.services
    assert services is not None
    services.contacts.create_organisation(name="Aarhus Kommune")
    journey.window.refresh_current()
    journey.wait_until(lambda: parties.count() == 1)
    assert not hint.isVisible()

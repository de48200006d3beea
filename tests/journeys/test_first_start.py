"""Journey: the very first start, on an empty database."""

from __future__ import annotations

from tests.journeys.conftest import Journey


def test_first_start_opens_an_empty_database_and_every_screen(journey: Journey) -> None:
    for key in ("overview", "partnerships", "contacts", "meetings", "strategy", "indicators", "documents"):
        journey.go_to(key)
    assert journey.database.exists()

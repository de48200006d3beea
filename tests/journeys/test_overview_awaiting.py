"""Journey: an initiative awaiting approval on the overview names the delmål it serves in words.

Seen under Xvfb by the fresh-eyes round on the demo: "PSP-samarbejde om urolige psykisk
sårbare i opgangene (2)" — the bare "(2)" read as a count; it was the delmål's number.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from desktop.models.enums import InitiativeStatus
from tests.journeys.conftest import Journey

TITLE = "PSP-samarbejde om urolige psykisk sårbare i opgangene"


def test_an_initiative_to_approve_says_which_delmaal_it_serves(journey: Journey) -> None:
    services = journey.window.services
    assert services is not None
    pid = services.partnerships.create("Tryghedsnetværk Solbakken")
    strategy = services.strategy
    sid = strategy.create_strategy(pid, "Tryg på Solbakken")
    goal = strategy.add_goal(sid, "Trygheden er på niveau med resten af kommunen")
    first = strategy.add_sub_goal(goal, "Færre oplever utryghedsskabende adfærd", code="1")
    second = strategy.add_sub_goal(goal, "Færre er utrygge ved det, der sker", code="2")
    strategy.create_initiative(
        sid,
        TITLE,
        {first: "Opsøgende arbejde.", second: "Faste aftaler med PSP."},
        status=InitiativeStatus.PROPOSED,
    )
    journey.window.refresh_current()
    journey.settle()

    journey.go_to("overview")
    awaiting = journey.find(QListWidget, "overview_awaiting")
    journey.wait_until(lambda: awaiting.count() == 1 and TITLE in awaiting.item(0).text())
    assert awaiting.item(0).text() == f"{TITLE} (delmål 1, 2)"

"""Journey: the differences between two versions of the agreement read as text, not as a patch.

Seen under Xvfb by the fresh-eyes round on the demo: "Vis forskelle" showed the programmers'
hunk header "@@ -20,7 +20,7 @@" above the changed lines. A gap in the text is now shown as "⋯";
the removed and added lines are still marked (struck through red, green).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QTabWidget, QTextEdit

from desktop.models.agreement import SECTION_HEADINGS
from tests.journeys.conftest import Journey

PARTNERSHIP = "Tryghedsnetværk Solbakken"
OLD_PLAN = "Styregruppen mødes hver anden måned."
NEW_PLAN = "Styregruppen mødes hver måned, netværket to gange om året."


def test_differences_between_versions_show_no_patch_notation(journey: Journey) -> None:
    services = journey.window.services
    assert services is not None
    pid = services.partnerships.create(PARTNERSHIP)
    agreements = services.agreements
    aid = agreements.create(pid, f"Samarbejdsaftale for {PARTNERSHIP}")
    filler = [f"Tekst om {h.lower()}." for h in SECTION_HEADINGS]  # enough text for a gap
    first = [(h, "\n".join([b] * 6)) for h, b in zip(SECTION_HEADINGS, filler, strict=True)]
    first[-1] = (first[-1][0], OLD_PLAN)
    agreements.save_sections(aid, agreements.list(pid)[0].version, first)
    agreements.revise(aid, agreements.list(pid)[0].version)
    second = [*first[:-1], (first[-1][0], NEW_PLAN)]
    agreements.save_sections(aid, agreements.list(pid)[0].version, second, change_note="Ny mødeplan")
    journey.window.refresh_current()
    journey.settle()

    screen = journey.go_to("partnerships")
    table = journey.find(QTableView, "partnershipTable", screen)
    journey.wait_until(lambda: table.model().rowCount() == 1)
    journey.click_row(table, 0)
    journey.click_tab(journey.find(QTabWidget, "partnershipTabs", screen), "Aftale")
    journey.click(journey.button("Vis forskelle", screen))
    view = journey.find(QTextEdit, "diffView", screen)
    journey.wait_until(lambda: NEW_PLAN in view.toPlainText())
    shown = view.toPlainText()
    assert OLD_PLAN in shown
    assert "@@" not in shown and "⋯" in shown

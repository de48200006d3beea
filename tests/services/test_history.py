"""An object's history: who, when, what before and after — and its export to CSV and Excel."""

from __future__ import annotations

import csv
from pathlib import Path

from desktop.services.registry import Services


def test_history_records_who_what_and_before_after(services: Services, tmp_path: Path) -> None:
    person = services.contacts.create(name="Mette Hjemmepleje", title="Social- og sundhedshjælper")
    person = services.contacts.update(person.id, person.version, title='=HYPERLINK("x")')
    services.contacts.update(person.id, person.version, note="Ringer om tirsdagen")

    history = services.audit.history("Person", person.id)
    assert [h.action.value for h in history] == ["create", "update", "update"]
    assert history[1].before == {"title": "Social- og sundhedshjælper"}
    assert history[1].after == {"title": '=HYPERLINK("x")'}
    assert all(h.os_user == services.db.os_user for h in history)
    assert all(h.db_user == (services.db.url.username or "") for h in history)

    rows = services.audit.rows("Person", person.id)
    assert ("ændret", "titel") in {(r.action, r.field) for r in rows}  # the form's word, not the column's

    csv_file = services.audit.export("Person", person.id, tmp_path / "historik.csv")
    with csv_file.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    assert lines[0][:4] == ["Tidspunkt", "Databasebruger", "Windows-bruger", "Handling"]
    assert ["ændret", "titel", "Social- og sundhedshjælper", '\'=HYPERLINK("x")'] in [
        line[3:] for line in lines
    ]

    from openpyxl import load_workbook

    xlsx = services.audit.export("Person", person.id, tmp_path / "historik.xlsx")
    sheet = load_workbook(xlsx).active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert any(v[4] == "note" and v[6] == "Ringer om tirsdagen" for v in values)
    formula_like = [c for row in sheet.iter_rows(min_row=2) for c in row if str(c.value).startswith("=")]
    assert formula_like and all(c.data_type == "s" for c in formula_like)  # text, never a formula


def test_history_speaks_danish_codes_dates_and_numbers(services: Services) -> None:
    """What the history shows the secretariat: the forms' words, not the database's codes."""
    from datetime import date

    from desktop.models.enums import Direction

    partnership = services.partnerships.create(name="Tryghedsnetværk Vestby")
    indicator = services.indicators.create(
        partnership, "Oplevet tryghed", unit="procent", direction=Direction.UP,
        baseline_value=62.5, baseline_date=date(2025, 3, 1),
    )  # fmt: skip
    rows = {r.field: r.after for r in services.audit.rows("Indicator", indicator)}
    assert rows["retning"] == "Højere er bedre"
    assert rows["nulpunkt"] == "62,5"
    assert rows["nulpunktsdato"] == "01-03-2025"
    assert rows["enhed"] == "procent"
    assert not [field for field in rows if "_" in field]

"""The safety index's shared settings, table and template, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.models import SafetyIndexSettings
from desktop.models.enums import Direction, IndexComponent, IndexPeriod
from desktop.services.database import Database
from desktop.services.errors import EditConflict, ValidationError
from desktop.services.registry import Services
from desktop.services.schema import prepare_database


@pytest.fixture
def partnership(services: Services) -> int:
    pid = services.partnerships.create("Hotspot Sjælør")
    ind = services.indicators
    exp = ind.create(pid, "Andel trygge", unit="procent", direction=Direction.UP,
                     index_component=IndexComponent.EXPERIENCED_SAFETY)  # fmt: skip
    pol = ind.create(pid, "Anmeldelser", unit="pr. 1.000 indbyggere", direction=Direction.DOWN,
                     index_component=IndexComponent.POLICE_REPORTS)  # fmt: skip
    for year, area, e, p, n in (
        (2024, "Københavns Kommune", 80, 40, 9000),
        (2024, "Sjælør Boulevard", 60, 80, 210),
        (2025, "københavns  kommune", 80, 40, 9000),
        (2025, "Sjælør Boulevard", 68, 64, 80),
        (2025, "Sjælør Blvd.", 70, 60, 150),
    ):
        ind.add_measurement(exp, date(year, 5, 1), e, area=area, respondents=n)
        ind.add_measurement(pol, date(year, 12, 31), p, area=area)
    return pid


def test_settings_are_shared_and_change_the_table(services: Services, partnership: int) -> None:
    index = services.safety_index
    assert index.settings(partnership).version == 0  # the defaults until someone saves
    saved = index.save_settings(partnership, 0, reference_area=" Københavns  Kommune")
    assert (saved.reference_area, saved.experienced_weight, saved.version) == ("Københavns Kommune", 2 / 3, 1)
    table = index.table(partnership)
    assert "“Københavns Kommune” i samme periode = 100" in table.method
    rows = {(r.area, r.period): r for r in table.rows}
    # 2024: 60/80 = 75 and 40/80 = 50 -> 2/3·75 + 1/3·50
    assert rows[("Sjælør Boulevard", "2024")].index == pytest.approx(200 / 3)
    assert rows[("Københavns Kommune", "2025")].index == pytest.approx(100)  # case and spacing ignored
    # 2025: 68/80 = 85, 40/64 = 62.5: both parts improved, so no divergence warning
    row = rows[("Sjælør Boulevard", "2025")]
    assert row.index == pytest.approx(2 / 3 * 85 + 1 / 3 * 62.5) and not row.diverging
    assert row.small_n and row.respondents == 80
    assert any("Sjælør Blvd." in n and "Sjælør Boulevard" in n for n in table.notes)
    assert ("Sjælør Blvd.", "2025") in rows  # reported, not dropped

    again = index.save_settings(partnership, 1, experienced_weight=0.5, period=IndexPeriod.SURVEY_ROUND)
    assert (again.experienced_weight, again.period, again.version) == (0.5, IndexPeriod.SURVEY_ROUND, 2)
    assert services.indicators.workspace(partnership).index[partnership].settings == again
    with pytest.raises(EditConflict):
        index.save_settings(partnership, 1, experienced_weight=0.9)  # a colleague saved version 2
    with pytest.raises(ValidationError):
        index.save_settings(partnership, 2, experienced_weight=1.5)
    assert index.settings(partnership) == again  # nothing half-saved


def test_overrides_are_used_but_never_stored(services: Services, partnership: int) -> None:
    index = services.safety_index
    table = index.table(partnership, reference_area="københavns kommune", experienced_weight=1.0)
    row = next(r for r in table.rows if r.area == "Sjælør Boulevard" and r.period == "2024")
    assert row.index == pytest.approx(75)
    assert index.settings(partnership).version == 0


def test_police_index_template_creates_eighteen_indicators_once(services: Services, partnership: int) -> None:
    created = services.safety_index.create_police_index_indicators(partnership)
    assert len(created) == 18
    rows = [r for r in services.indicators.list(partnership) if r.id in created]
    assert sum(r.index_component == IndexComponent.POLICE_REPORTS for r in rows) == 6
    assert sum(r.index_component == IndexComponent.EXPERIENCED_SAFETY for r in rows) == 12
    assert {r.name for r in rows} >= {"Oplevet indbrud", "Utryghed ved chikane", "Anmeldelser af hærværk"}
    assert services.safety_index.create_police_index_indicators(partnership) == []


def test_settings_go_with_their_partnership(services: Services, partnership: int) -> None:
    services.safety_index.save_settings(partnership, 0, reference_area="Københavns Kommune")
    services.partnerships.delete(partnership)
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(SafetyIndexSettings)) == 0


def _filled(db: Database) -> Services:
    services = Services.over(db)
    pid = services.partnerships.create("Hotspot Sjælør")
    ind = services.indicators
    exp = ind.create(pid, "Andel trygge", unit="procent", direction=Direction.UP,
                     index_component=IndexComponent.EXPERIENCED_SAFETY)  # fmt: skip
    pol = ind.create(pid, "Indbrud", unit="antal", direction=Direction.DOWN,
                     index_component=IndexComponent.POLICE_REPORTS)  # fmt: skip
    for k in range(36):
        day = date(2023 + k // 12, k % 12 + 1, 1)
        for area, scale in (("Kommunen", 1.0), ("Sjælør", 1.7), ("Nord", 0.8)):
            ind.add_measurement(pol, day, round(scale * (5 + k % 4), 1), area=area)
            if k % 12 == 4:
                ind.add_measurement(exp, day, round(80 / scale, 1), area=area, respondents=int(300 * scale))
    services.safety_index.save_settings(pid, 0, reference_area="kommunen")
    return services


@pytest.mark.postgres
def test_sqlite_and_postgresql_give_the_same_table(sqlite_db: Database, pg_url: str) -> None:
    pg = Database(pg_url)
    try:
        prepare_database(pg)
        tables = []
        for db in (sqlite_db, pg):
            services = _filled(db)
            pid = services.partnerships.id_by_name("Hotspot Sjælør")
            tables.append(services.safety_index.table(pid))
        lite, postgres = tables
        assert len(lite.rows) == 9
        assert lite.rows == postgres.rows and lite.notes == postgres.notes and lite.method == postgres.method
    finally:
        pg.dispose()

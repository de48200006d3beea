"""The partnership's safety index: its shared settings, its table, and the police index template.

The settings live in the database (one row per partnership), so two staff on one server see
the same index. ``IndexSettings`` is the plain form other services (the workbook) read and
write; a partnership without a stored row has the defaults at version 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Indicator, Partnership, SafetyIndexSettings, messages
from desktop.models.enums import Direction, IndexComponent, IndexPeriod
from desktop.models.indicator import EXPERIENCED_SAFETY_WEIGHT
from desktop.models.safety_index import (
    IndexResult,
    IndexRow,
    PartSeries,
    PartValue,
    compute_index,
    method_text,
)
from desktop.services.common import check_version, get_or_404
from desktop.services.database import Database
from desktop.services.errors import ValidationError

SETTINGS_FIELDS = ("reference_area", "experienced_weight", "period")


@dataclass(frozen=True)
class IndexSettings:
    """How one partnership computes its tryghedsindeks (version 0: nothing stored yet)."""

    partnership_id: int
    reference_area: str = ""
    experienced_weight: float = EXPERIENCED_SAFETY_WEIGHT
    period: IndexPeriod = IndexPeriod.YEAR
    version: int = 0

    @property
    def method(self) -> str:
        return method_text(self.reference_area, self.experienced_weight, self.period)


@dataclass(frozen=True)
class IndexTable:
    """What every screen and document shows: the settings used, the rows, the remarks, the method."""

    settings: IndexSettings
    rows: list[IndexRow]
    notes: list[str]
    #: every area spelling in the measurements (for choosing the reference area)
    areas: list[str]

    @property
    def method(self) -> str:
        return self.settings.method


def _settings(session: Session, partnership_id: int) -> IndexSettings:
    row = session.scalar(
        select(SafetyIndexSettings).where(SafetyIndexSettings.partnership_id == partnership_id)
    )
    if row is None:
        return IndexSettings(partnership_id)
    return IndexSettings(partnership_id, row.reference_area, row.experienced_weight, row.period, row.version)


def settings_of(session: Session, partnership_ids: Iterable[int]) -> dict[int, IndexSettings]:
    """The stored settings of several partnerships in one statement (absent: the defaults)."""
    ids = list(partnership_ids)
    if not ids:
        return {}
    found = session.scalars(select(SafetyIndexSettings).where(SafetyIndexSettings.partnership_id.in_(ids)))
    return {
        r.partnership_id: IndexSettings(
            r.partnership_id, r.reference_area, r.experienced_weight, r.period, r.version
        )
        for r in found
    }


def series_of(rows: Iterable[Any]) -> list[PartSeries]:
    """The index parts among indicator rows (``IndicatorRow``, with measurements)."""
    return [
        PartSeries(
            r.name,
            r.index_component,
            r.direction,
            r.unit,
            tuple(PartValue(m.period, m.value, m.area, m.respondents) for m in r.measurements),
        )
        for r in rows
        if r.index_component != IndexComponent.NONE
    ]


def index_table(settings: IndexSettings, series: list[PartSeries]) -> IndexTable:
    result: IndexResult = compute_index(
        series,
        reference_area=settings.reference_area,
        experienced_weight=settings.experienced_weight,
        period=settings.period,
    )
    areas = sorted(
        {" ".join(v.area.split()) for s in series for v in s.values if v.area.strip()}, key=str.casefold
    )
    return IndexTable(settings, result.rows, result.notes, areas)


def check_weight(weight: float) -> float:
    if not 0.0 <= weight <= 1.0:
        raise ValidationError(messages.WEIGHT_OUT_OF_RANGE, "weight")
    return weight


#: Politiets Tryghedsindeks: six crime forms, each along three measures
CRIME_FORMS = ("vold og trusler", "indbrud", "tyveri", "narkotika", "hærværk", "chikane")
POLICE_INDEX_SOURCE = "Politiets Tryghedsindeks"
POLICE_INDEX_MEASURES = (
    ("Oplevet {form}", "procent", IndexComponent.EXPERIENCED_SAFETY, POLICE_INDEX_SOURCE),
    ("Utryghed ved {form}", "procent", IndexComponent.EXPERIENCED_SAFETY, POLICE_INDEX_SOURCE),
    (
        "Anmeldelser af {form}",
        "anmeldelser pr. 1.000 indbyggere",
        IndexComponent.POLICE_REPORTS,
        "Politiets anmeldelsesstatistik",
    ),
)


def police_index_indicators() -> list[dict[str, Any]]:
    """The 18 indicators of Politiets Tryghedsindeks (lower is better for every one)."""
    return [
        {
            "name": name.format(form=form),
            "unit": unit,
            "source": source,
            "direction": Direction.DOWN,
            "index_component": component,
        }
        for form in CRIME_FORMS
        for name, unit, component, source in POLICE_INDEX_MEASURES
    ]


class SafetyIndexService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def settings(self, partnership_id: int) -> IndexSettings:
        with self.db.read() as session:
            get_or_404(session, Partnership, partnership_id)
            return _settings(session, partnership_id)

    def save_settings(self, partnership_id: int, expected_version: int, **changes: Any) -> IndexSettings:
        """Store the partnership's settings; ``expected_version`` is what the user saw (0: none yet)."""
        unknown = set(changes) - set(SETTINGS_FIELDS)
        if unknown:
            raise ValueError(f"Not index settings: {sorted(unknown)}")
        if "experienced_weight" in changes:
            check_weight(float(changes["experienced_weight"]))
        if "period" in changes:
            changes["period"] = IndexPeriod(changes["period"])
        if "reference_area" in changes:
            changes["reference_area"] = " ".join(str(changes["reference_area"] or "").split())
        with self.db.write() as session:
            get_or_404(session, Partnership, partnership_id)
            row = session.scalar(
                select(SafetyIndexSettings).where(SafetyIndexSettings.partnership_id == partnership_id)
            )
            if row is None:  # the first save (a row is only deleted with its partnership)
                row = SafetyIndexSettings(partnership_id=partnership_id, **changes)
                session.add(row)
            else:
                check_version(row, expected_version, changes, enforce=self.db.enforce_versions)
                for key, value in changes.items():
                    setattr(row, key, value)
            session.flush()
            return _settings(session, partnership_id)

    def table(
        self,
        partnership_id: int,
        *,
        reference_area: str | None = None,
        experienced_weight: float | None = None,
    ) -> IndexTable:
        """The index table with the stored settings; the overrides (CLI) are used, never stored."""
        from desktop.services.indicators import indicator_rows

        with self.db.read() as session:
            get_or_404(session, Partnership, partnership_id)
            settings = _settings(session, partnership_id)
            rows = indicator_rows(session, partnership_id, with_measurements=True)
        if reference_area is not None:
            settings = replace(settings, reference_area=" ".join(reference_area.split()))
        if experienced_weight is not None:
            settings = replace(settings, experienced_weight=check_weight(experienced_weight))
        return index_table(settings, series_of(rows))

    def create_police_index_indicators(self, partnership_id: int) -> list[int]:
        """Create Politiets Tryghedsindeks' 18 indicators in one step; existing names are kept."""
        with self.db.write() as session:
            get_or_404(session, Partnership, partnership_id)
            have = {
                n.casefold()
                for n in session.scalars(
                    select(Indicator.name).where(Indicator.partnership_id == partnership_id)
                )
            }
            created = []
            for fields in police_index_indicators():
                if fields["name"].casefold() in have:
                    continue
                indicator = Indicator(
                    partnership_id=partnership_id,
                    note="Fra skabelonen for Politiets Tryghedsindeks (seks kriminalitetsformer × tre mål).",
                    **fields,
                )
                session.add(indicator)
                created.append(indicator)
            session.flush()
            return [i.id for i in created]

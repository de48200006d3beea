"""Indicators and measurements, and the hotspot safety index per area and year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.models import Indicator, Initiative, Measurement, OverallGoal, SubGoal
from desktop.models.enums import Direction, IndexComponent, label
from desktop.models.indicator import EXPERIENCED_SAFETY_WEIGHT, safety_index
from desktop.services.common import apply_changes, check_version, get_or_404
from desktop.services.database import Database
from desktop.services.errors import ValidationError

INDICATOR_FIELDS = {
    "name",
    "unit",
    "source",
    "direction",
    "baseline_value",
    "baseline_date",
    "target_value",
    "target_date",
    "goal_id",
    "sub_goal_id",
    "initiative_id",
    "index_component",
    "note",
}
MEASUREMENT_FIELDS = {"period", "value", "area", "respondents", "note"}


@dataclass(frozen=True)
class MeasurementRow:
    id: int
    period: date
    value: float
    area: str
    respondents: int | None
    note: str


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    version: int
    partnership_id: int
    name: str
    unit: str
    source: str
    direction: Direction
    direction_label: str
    baseline: float | None
    baseline_date: date | None
    target: float | None
    target_date: date | None
    linked_to: str
    index_component: IndexComponent
    latest: MeasurementRow | None
    on_track: bool | None
    measurements: tuple[MeasurementRow, ...] = ()
    note: str = ""
    #: what the indicator follows: ("goal_id" | "sub_goal_id" | "initiative_id", id), or None
    link: tuple[str, int] | None = None


@dataclass(frozen=True)
class SafetyIndexRow:
    area: str
    year: int
    experienced_safety: float
    police_reports: float
    index: float
    #: the parts moved in opposite directions since the previous year: read with care
    diverging: bool


def _linked_to(
    i: Indicator, goals: dict[int, str], sub_goals: dict[int, str], initiatives: dict[int, str]
) -> str:
    if i.sub_goal_id is not None:
        return f"Delmål {sub_goals.get(i.sub_goal_id, '')}"
    if i.goal_id is not None:
        return f"Mål: {goals.get(i.goal_id, '')}"
    if i.initiative_id is not None:
        return f"Initiativ: {initiatives.get(i.initiative_id, '')}"
    return ""


def _link(i: Indicator) -> tuple[str, int] | None:
    for field in ("goal_id", "sub_goal_id", "initiative_id"):
        if getattr(i, field) is not None:
            return field, getattr(i, field)
    return None


class IndicatorService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, partnership_id: int | None = None, with_measurements: bool = False) -> list[IndicatorRow]:
        with self.db.read() as session:
            query = select(Indicator).options(selectinload(Indicator.measurements)).order_by(Indicator.name)
            if partnership_id is not None:
                query = query.where(Indicator.partnership_id == partnership_id)
            indicators = session.scalars(query).all()
            goals = dict(session.execute(select(OverallGoal.id, OverallGoal.title)).all())
            sub_goals = {
                sid: f"{code}: {title}"
                for sid, code, title in session.execute(select(SubGoal.id, SubGoal.code, SubGoal.title))
            }
            initiatives = dict(session.execute(select(Initiative.id, Initiative.title)).all())
            rows = []
            for i in indicators:
                measurements = tuple(
                    MeasurementRow(m.id, m.period, m.value, m.area, m.respondents, m.note)
                    for m in i.measurements
                )
                latest = max(measurements, key=lambda m: m.period) if measurements else None
                rows.append(
                    IndicatorRow(
                        id=i.id,
                        version=i.version,
                        partnership_id=i.partnership_id,
                        name=i.name,
                        unit=i.unit,
                        source=i.source,
                        direction=i.direction,
                        direction_label=label(i.direction),
                        baseline=i.baseline_value,
                        baseline_date=i.baseline_date,
                        target=i.target_value,
                        target_date=i.target_date,
                        linked_to=_linked_to(i, goals, sub_goals, initiatives),
                        index_component=i.index_component,
                        latest=latest,
                        on_track=i.is_on_track(latest.value) if latest else None,
                        measurements=measurements if with_measurements else (),
                        note=i.note,
                        link=_link(i),
                    )
                )
            return rows

    def get(self, indicator_id: int) -> IndicatorRow:
        with self.db.read() as session:
            partnership_id = get_or_404(session, Indicator, indicator_id).partnership_id
        return next(r for r in self.list(partnership_id, with_measurements=True) if r.id == indicator_id)

    def create(self, partnership_id: int, name: str, **fields: Any) -> int:
        with self.db.write() as session:
            indicator = Indicator(
                partnership_id=partnership_id,
                name=name,
                **{k: v for k, v in fields.items() if k in INDICATOR_FIELDS},
            )
            session.add(indicator)
            session.flush()
            return indicator.id

    def update(self, indicator_id: int, expected_version: int, **changes: Any) -> None:
        with self.db.write() as session:
            i = get_or_404(session, Indicator, indicator_id)
            apply_changes(
                session,
                i,
                expected_version,
                changes,
                allowed=INDICATOR_FIELDS,
                enforce=self.db.enforce_versions,
            )

    def delete(self, indicator_id: int) -> None:
        with self.db.write() as session:
            session.delete(get_or_404(session, Indicator, indicator_id))

    def add_measurement(
        self,
        indicator_id: int,
        period: date,
        value: float,
        *,
        area: str = "",
        respondents: int | None = None,
        note: str = "",
    ) -> int:
        with self.db.write() as session:
            indicator = get_or_404(session, Indicator, indicator_id)
            m = Measurement(period=period, value=float(value), area=area, respondents=respondents, note=note)
            indicator.measurements.append(m)
            indicator.touch()
            session.flush()
            return m.id

    def update_measurement(self, measurement_id: int, expected_version: int, **changes: Any) -> IndicatorRow:
        """Correct one measurement; ``expected_version`` is the indicator's version the user saw."""
        with self.db.write() as session:
            m = get_or_404(session, Measurement, measurement_id)
            unknown = set(changes) - MEASUREMENT_FIELDS
            if unknown:
                raise ValueError(f"Not editable here: {sorted(unknown)}")
            check_version(m.indicator, expected_version, changes, enforce=self.db.enforce_versions)
            if "period" in changes and changes["period"] is None:
                raise ValidationError("Målingen skal have en periode.", "period")
            for key, value in changes.items():
                setattr(m, key, float(value) if key == "value" else value)
            m.indicator.touch()
            indicator_id = m.indicator_id
        return self.get(indicator_id)

    def delete_measurement(self, measurement_id: int) -> None:
        with self.db.write() as session:
            m = get_or_404(session, Measurement, measurement_id)
            m.indicator.touch()
            session.delete(m)

    def safety_index(
        self, partnership_id: int, experienced_weight: float = EXPERIENCED_SAFETY_WEIGHT
    ) -> list[SafetyIndexRow]:
        """The tryghedsindeks per area and year from its two parts (yearly means)."""
        parts: dict[tuple[str, int], dict[IndexComponent, list[float]]] = {}
        for row in self.list(partnership_id, with_measurements=True):
            if row.index_component == IndexComponent.NONE:
                continue
            for m in row.measurements:
                parts.setdefault((m.area, m.period.year), {}).setdefault(row.index_component, []).append(
                    m.value
                )
        result: list[SafetyIndexRow] = []
        previous: dict[str, tuple[float, float]] = {}
        for (area, year), values in sorted(parts.items()):
            if IndexComponent.EXPERIENCED_SAFETY not in values or IndexComponent.POLICE_REPORTS not in values:
                continue
            exp = sum(values[IndexComponent.EXPERIENCED_SAFETY]) / len(
                values[IndexComponent.EXPERIENCED_SAFETY]
            )
            pol = sum(values[IndexComponent.POLICE_REPORTS]) / len(values[IndexComponent.POLICE_REPORTS])
            diverging = False
            if area in previous:
                d_exp, d_pol = exp - previous[area][0], pol - previous[area][1]
                diverging = d_exp * d_pol < 0
            previous[area] = (exp, pol)
            result.append(
                SafetyIndexRow(area, year, exp, pol, safety_index(exp, pol, experienced_weight), diverging)
            )
        return result

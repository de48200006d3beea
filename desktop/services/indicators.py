"""Indicators and measurements, and the hotspot safety index per area and period."""

from __future__ import annotations

import builtins
import functools
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, Integer, and_, bindparam, func, select
from sqlalchemy.orm import Session, aliased, joinedload

from desktop.models import (
    Indicator,
    Initiative,
    Measurement,
    OverallGoal,
    Partnership,
    SafetyIndexSettings,
    SubGoal,
    messages,
)
from desktop.models.enums import Direction, IndexComponent, label
from desktop.models.safety_index import IndexRow
from desktop.services.common import apply_changes, check_version, get_or_404
from desktop.services.creation import create_one
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.safety_index import IndexSettings, IndexTable, index_table, series_of
from desktop.services.strategy import ALL_PARTS, InitiativeRow, StrategyParts, StrategyTree, part_branches
from desktop.services.union import TaggedUnion

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
class IndicatorWorkspace:
    """What the Indikatorer screen shows, read in two statements whatever the number of rows."""

    #: the indicators with all their measurements
    rows: list[IndicatorRow]
    #: (id, name) of every partnership, by name
    partnerships: list[tuple[int, str]]
    #: the strategies (by name) with their initiatives: what an indicator can follow
    strategies: list[tuple[StrategyTree, list[InitiativeRow]]]
    #: the safety index of each partnership that has indicators, with its shared settings
    index: dict[int, IndexTable]


@functools.cache
def _links_statement(scope: str) -> TaggedUnion:
    """Every partnership's name, the strategies and the safety-index settings in ``scope``,
    in one statement."""
    settings = select(
        SafetyIndexSettings.partnership_id,
        SafetyIndexSettings.reference_area,
        SafetyIndexSettings.experienced_weight,
        SafetyIndexSettings.period,
        SafetyIndexSettings.version,
    )
    if scope == "partnership":
        settings = settings.where(
            SafetyIndexSettings.partnership_id == bindparam("partnership_id", type_=Integer)
        )
    return TaggedUnion(
        settings=settings,
        partnership=select(
            Partnership.id,
            Partnership.name,
            func.row_number(type_=Integer).over(order_by=(Partnership.name, Partnership.id)).label("ord"),
        ),
        **part_branches(scope, ALL_PARTS),
    )


def _linked_to(
    i: Indicator, goal: str | None, sub_goal_code: str | None, sub_goal: str | None, initiative: str | None
) -> str:
    if i.sub_goal_id is not None:
        if sub_goal_code is None:
            return messages.LINKED_TO_SUB_GOAL_UNCODED.render({})
        return messages.LINKED_TO_SUB_GOAL.render({"code": sub_goal_code, "title": sub_goal})
    if i.goal_id is not None:
        return messages.LINKED_TO_GOAL.render({"title": goal or ""})
    if i.initiative_id is not None:
        return messages.LINKED_TO_INITIATIVE.render({"title": initiative or ""})
    return ""


def _link(i: Indicator) -> tuple[str, int] | None:
    for field in ("goal_id", "sub_goal_id", "initiative_id"):
        if getattr(i, field) is not None:
            return field, getattr(i, field)
    return None


def _measurement_order(m: Measurement) -> tuple[date, int]:
    """Oldest first; in the same period (one per area) in the order entered."""
    return m.period, m.id


def load_indicators(
    session: Session, where: ColumnElement[bool] | None = None, *, all_measurements: bool = True
) -> list[tuple[Indicator, str, tuple[Measurement, ...]]]:
    """Indicators by name with what each follows and its measurements (oldest first), in one query.

    Only the goals, sub-goals and initiatives the indicators link to are read (outer joins).
    With ``all_measurements=False`` only each indicator's latest measurement is read: the
    newest period, and of several in that period the first entered (``IndicatorRow.latest``).
    """
    query = (
        select(Indicator, OverallGoal.title, SubGoal.code, SubGoal.title, Initiative.title)
        .outerjoin(OverallGoal, OverallGoal.id == Indicator.goal_id)
        .outerjoin(SubGoal, SubGoal.id == Indicator.sub_goal_id)
        .outerjoin(Initiative, Initiative.id == Indicator.initiative_id)
        .order_by(Indicator.name, Indicator.id)
    )
    if where is not None:
        query = query.where(where)
    if all_measurements:
        rows = session.execute(query.options(joinedload(Indicator.measurements))).unique().all()
        return [
            (i, _linked_to(i, *names), tuple(sorted(i.measurements, key=_measurement_order)))
            for i, *names in rows
        ]
    ranked = select(
        Measurement,
        func.row_number(type_=Integer)
        .over(
            partition_by=Measurement.indicator_id,
            order_by=(Measurement.period.desc(), Measurement.id),
        )
        .label("rank"),
    ).subquery()
    latest = aliased(Measurement, ranked)
    query = query.add_columns(latest).outerjoin(
        latest, and_(ranked.c.indicator_id == Indicator.id, ranked.c.rank == 1)
    )
    return [
        (i, _linked_to(i, *names), () if m is None else (cast(Measurement, m),))
        for i, *names, m in session.execute(query).all()
    ]


def _indicator_row(
    i: Indicator, linked_to: str, measurements: tuple[Measurement, ...], with_measurements: bool
) -> IndicatorRow:
    rows = tuple(MeasurementRow(m.id, m.period, m.value, m.area, m.respondents, m.note) for m in measurements)
    # the newest period; of several in it (one per area) the first entered, as in the list
    latest = max(rows, key=lambda m: m.period) if rows else None
    return IndicatorRow(
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
        linked_to=linked_to,
        index_component=i.index_component,
        latest=latest,
        on_track=i.is_on_track(latest.value) if latest else None,
        measurements=rows if with_measurements else (),
        note=i.note,
        link=_link(i),
    )


def indicator_rows(
    session: Session, partnership_id: int | None = None, with_measurements: bool = False
) -> list[IndicatorRow]:
    """The indicators of a partnership (or all) with their latest measurement, in one query."""
    where = None if partnership_id is None else Indicator.partnership_id == partnership_id
    return [
        _indicator_row(i, linked, measurements, with_measurements)
        for i, linked, measurements in load_indicators(session, where, all_measurements=with_measurements)
    ]


class IndicatorService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, partnership_id: int | None = None, with_measurements: bool = False) -> list[IndicatorRow]:
        with self.db.read() as session:
            return indicator_rows(session, partnership_id, with_measurements)

    def workspace(self, partnership_id: int | None = None) -> IndicatorWorkspace:
        """The indicators of a partnership (or all) with their measurements (one statement); every
        partnership's name, the strategies they can follow and each partnership's shared
        safety-index settings (one more)."""
        with self.db.read() as session:
            rows = indicator_rows(session, partnership_id, with_measurements=True)
            if partnership_id is None:
                found = _links_statement("all").read(session)
            else:
                found = _links_statement("partnership").read(session, partnership_id=partnership_id)
            pids = sorted({r.partnership_id for r in rows} | ({partnership_id} if partnership_id else set()))
        settings = {
            r.partnership_id: IndexSettings(
                r.partnership_id, r.reference_area, r.experienced_weight, r.period, r.version
            )
            for r in found["settings"]
        }
        parts = StrategyParts(found)
        index = {
            pid: index_table(
                settings.get(pid, IndexSettings(pid)), series_of(r for r in rows if r.partnership_id == pid)
            )
            for pid in pids
        }
        return IndicatorWorkspace(
            rows=rows,
            partnerships=[(p.id, p.name) for p in sorted(found["partnership"], key=lambda p: p.ord)],
            strategies=[(parts.tree(s), parts.initiatives(s.id)) for s in parts.by_name],
            index=index,
        )

    def get(self, indicator_id: int) -> IndicatorRow:
        with self.db.read() as session:
            found = load_indicators(session, Indicator.id == indicator_id)
            if not found:
                get_or_404(session, Indicator, indicator_id)
        return _indicator_row(*found[0], with_measurements=True)

    def create(self, partnership_id: int, name: str, *, key: str | None = None, **fields: Any) -> int:
        def make(session: Session) -> int:
            indicator = Indicator(
                partnership_id=partnership_id,
                name=name,
                **{k: v for k, v in fields.items() if k in INDICATOR_FIELDS},
            )
            session.add(indicator)
            session.flush()
            return indicator.id

        return create_one(self.db, key, Indicator, make)

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
        key: str | None = None,
    ) -> int:
        def make(session: Session) -> int:
            indicator = get_or_404(session, Indicator, indicator_id)
            m = Measurement(period=period, value=float(value), area=area, respondents=respondents, note=note)
            indicator.measurements.append(m)
            indicator.touch()
            session.flush()
            return m.id

        return create_one(self.db, key, Measurement, make)

    def update_measurement(self, measurement_id: int, expected_version: int, **changes: Any) -> IndicatorRow:
        """Correct one measurement; ``expected_version`` is the indicator's version the user saw."""
        with self.db.write() as session:
            m = get_or_404(session, Measurement, measurement_id)
            unknown = set(changes) - MEASUREMENT_FIELDS
            if unknown:
                raise ValueError(f"Not editable here: {sorted(unknown)}")
            check_version(m.indicator, expected_version, changes, enforce=self.db.enforce_versions)
            if "period" in changes and changes["period"] is None:
                raise ValidationError(messages.MEASUREMENT_PERIOD_MISSING, "period")
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

    def safety_index(self, partnership_id: int) -> builtins.list[IndexRow]:
        """The tryghedsindeks per area and period with the partnership's shared settings."""
        from desktop.services.safety_index import SafetyIndexService

        return SafetyIndexService(self.db).table(partnership_id).rows

"""Indicators, their measurements, and the hotspot safety index."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from desktop.models import messages
from desktop.models.base import Base, Timestamped, Versioned
from desktop.models.enums import Direction, IndexComponent, IndexPeriod
from desktop.models.errors import ValidationError
from desktop.models.organisation import enum_column

EXPERIENCED_SAFETY_WEIGHT = 2 / 3
POLICE_REPORTS_WEIGHT = 1 / 3


class Indicator(Versioned, Base):
    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN goal_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN sub_goal_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN initiative_id IS NULL THEN 0 ELSE 1 END) <= 1",
            name="one_link",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(60), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    direction: Mapped[Direction] = mapped_column(
        enum_column(Direction, name="direction"), default=Direction.DOWN
    )
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[date | None] = mapped_column(Date)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[date | None] = mapped_column(Date)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("overall_goal.id", ondelete="SET NULL"))
    sub_goal_id: Mapped[int | None] = mapped_column(ForeignKey("sub_goal.id", ondelete="SET NULL"))
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiative.id", ondelete="SET NULL"))
    index_component: Mapped[IndexComponent] = mapped_column(
        enum_column(IndexComponent, name="index_component"), default=IndexComponent.NONE
    )
    note: Mapped[str] = mapped_column(Text, default="")

    measurements: Mapped[list[Measurement]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", order_by="Measurement.period"
    )

    @validates("name")
    def _check_name(self, _key: str, value: str) -> str:
        value = (value or "").strip()
        if not value:
            raise ValidationError(messages.INDICATOR_NAME_MISSING, "name")
        return value

    def is_on_track(self, value: float) -> bool | None:
        """Whether a value meets the target, in the direction that counts as better."""
        if self.target_value is None:
            return None
        if self.direction == Direction.UP:
            return value >= self.target_value
        return value <= self.target_value


class Measurement(Timestamped, Base):
    __tablename__ = "measurement"

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    period: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    area: Mapped[str] = mapped_column(String(200), default="")
    #: survey values keep how many answered, so a percentage is never read without its base
    respondents: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    indicator: Mapped[Indicator] = relationship(back_populates="measurements")

    @validates("respondents")
    def _check_respondents(self, _key: str, value: int | None) -> int | None:
        if value is not None and value < 0:
            raise ValidationError(messages.RESPONDENTS_NEGATIVE, "respondents")
        return value


class SafetyIndexSettings(Versioned, Base):
    """How a partnership computes its tryghedsindeks: shared by everyone on the database."""

    __tablename__ = "safety_index_settings"
    __table_args__ = (
        UniqueConstraint("partnership_id"),
        CheckConstraint("experienced_weight >= 0 AND experienced_weight <= 1", name="weight_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"))
    #: the area every part is related to (= 100), e.g. the municipality as a whole
    reference_area: Mapped[str] = mapped_column(String(200), default="")
    experienced_weight: Mapped[float] = mapped_column(Float, default=EXPERIENCED_SAFETY_WEIGHT)
    period: Mapped[IndexPeriod] = mapped_column(
        enum_column(IndexPeriod, name="index_period"), default=IndexPeriod.YEAR
    )

    @validates("experienced_weight")
    def _check_weight(self, _key: str, value: float) -> float:
        if value is None or not 0.0 <= float(value) <= 1.0:
            raise ValidationError(messages.WEIGHT_OUT_OF_RANGE, "experienced_weight")
        return float(value)


def safety_index(
    experienced_safety: float,
    police_reports: float,
    experienced_weight: float = EXPERIENCED_SAFETY_WEIGHT,
) -> float:
    """The hotspot tryghedsindeks: a weighted sum of its two parts (2/3 and 1/3 by default)."""
    if not 0.0 <= experienced_weight <= 1.0:
        raise ValidationError("Vægten skal ligge mellem 0 og 1.", "experienced_weight")
    return experienced_weight * experienced_safety + (1.0 - experienced_weight) * police_reports

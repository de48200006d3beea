"""Strategy: vision, overall goals, sub-goals (delmål) and focus areas."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from desktop.models import messages
from desktop.models.base import Base, Timestamped, Versioned
from desktop.models.errors import ValidationError


class Strategy(Versioned, Base):
    __tablename__ = "strategy"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    vision: Mapped[str] = mapped_column(Text, default="")

    goals: Mapped[list[OverallGoal]] = relationship(
        back_populates="strategy", cascade="all, delete-orphan", order_by="OverallGoal.position"
    )
    focus_areas: Mapped[list[FocusArea]] = relationship(
        back_populates="strategy", cascade="all, delete-orphan", order_by="FocusArea.position"
    )

    @validates("name")
    def _check_name(self, _key: str, value: str) -> str:
        value = (value or "").strip()
        if not value:
            raise ValidationError(messages.STRATEGY_NAME_MISSING, "name")
        return value


class OverallGoal(Timestamped, Base):
    """Overordnet mål, with the criterion that says when it is reached."""

    __tablename__ = "overall_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text)
    success_criterion: Mapped[str] = mapped_column(Text, default="")

    strategy: Mapped[Strategy] = relationship(back_populates="goals")
    sub_goals: Mapped[list[SubGoal]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="SubGoal.position"
    )


class SubGoal(Timestamped, Base):
    """Delmål: what initiatives are approved against."""

    __tablename__ = "sub_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("overall_goal.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(16), default="")
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")

    goal: Mapped[OverallGoal] = relationship(back_populates="sub_goals")


class FocusArea(Timestamped, Base):
    """Fokusområde / indsatsområde / spor: groups initiatives."""

    __tablename__ = "focus_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")

    strategy: Mapped[Strategy] = relationship(back_populates="focus_areas")

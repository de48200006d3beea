"""When each agenda point starts, and whether the agenda runs past the meeting's end.

One rule for the agenda editor and the documents, so the screen warns about exactly what
the invitation will print. A point without a duration takes no time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class LatePoint:
    number: int
    title: str
    starts_at: datetime


@dataclass(frozen=True)
class AgendaOverrun:
    """The agenda's planned end is later than the meeting's end."""

    agenda_ends: datetime
    meeting_ends: datetime
    #: points that begin at or after the meeting's end
    late: tuple[LatePoint, ...]

    @property
    def minutes(self) -> int:
        return int((self.agenda_ends - self.meeting_ends).total_seconds() // 60)


def point_starts(starts_at: datetime, durations: Sequence[int | None]) -> list[datetime]:
    """The clock time each point begins, accumulating the durations from the start."""
    at, starts = starts_at, []
    for minutes in durations:
        starts.append(at)
        at += timedelta(minutes=minutes or 0)
    return starts


def agenda_overrun(
    starts_at: datetime, ends_at: datetime, points: Sequence[tuple[str, int | None]]
) -> AgendaOverrun | None:
    """None when the timed agenda fits the meeting (or no point has a duration)."""
    durations = [minutes for _title, minutes in points]
    if not any(durations):
        return None
    agenda_ends = starts_at + timedelta(minutes=sum(m or 0 for m in durations))
    if agenda_ends <= ends_at:
        return None
    starts = point_starts(starts_at, durations)
    late = tuple(
        LatePoint(n, title, at)
        for n, ((title, _m), at) in enumerate(zip(points, starts, strict=True), start=1)
        if at >= ends_at
    )
    return AgendaOverrun(agenda_ends, ends_at, late)

"""Every edit of a meeting as a (do, undo) pair of service calls, all on one version tracker.

A meeting's facts, its minutes, its status and its attendance list each move the meeting's
version on; its action items have versions of their own. ``MeetingEdits`` keeps them in one
``Versions`` (keys ``("Meeting", id)`` and ``("ActionItem", id)``), so Ctrl+Z walks back
through a meeting edit, an attendance mark and the minutes in any order without taking our
own earlier save for a colleague's, while a colleague's save in between still surfaces as an
``EditConflict``. No Qt: the screen runs the pairs through ``apply_edit``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.models.enums import ActionStatus, Attendance, MeetingStatus
from desktop.services.meetings import ActionItemRow, MeetingDetail, MeetingService
from desktop.views.toolkit.undo import TrackedEdit, Versions

#: an agenda as the service takes it: (id, title) for a kept point, (None, title) for a new one
Points = list[tuple[int | None, str]]


@dataclass(frozen=True)
class Pair:
    """A (do, undo) pair of background calls."""

    do: Callable[[], Any]
    undo: Callable[[], Any]


def meeting_key(meeting_id: int) -> tuple[str, int]:
    return ("Meeting", meeting_id)


def item_key(item_id: int) -> tuple[str, int]:
    return ("ActionItem", item_id)


def facts_of(detail: MeetingDetail) -> dict[str, Any]:
    """The editable facts of a meeting as saved, agenda included (what an undo puts back)."""
    row = detail.row
    return {
        "title": row.title,
        "meeting_type": row.meeting_type,
        "starts_at": row.starts_at,
        "ends_at": row.ends_at,
        "place": row.place,
        "agenda": [(a.id, a.title) for a in detail.agenda],
    }


class MeetingEdits:
    """Builds the edits of one database's meetings; one tracker for all of them."""

    def __init__(self, meetings: MeetingService) -> None:
        self.meetings = meetings
        self.versions = Versions()

    # -- the meeting's own fields (version-checked) -------------------------------------
    def facts(
        self, detail: MeetingDetail, loaded_version: int, changes: dict[str, Any], points: Points
    ) -> TrackedEdit:
        """The corrected facts and agenda, saved on ``loaded_version``; the undo puts ``detail``'s back."""
        meetings, meeting_id = self.meetings, detail.row.id
        old = facts_of(detail)
        after = dict(changes, agenda=points)
        return TrackedEdit(
            self.versions,
            meeting_key(meeting_id),
            loaded_version,
            lambda version, fields: meetings.update(meeting_id, version, **fields),
            {key: old[key] for key in after},
            after,
        )

    def status(self, detail: MeetingDetail, status: MeetingStatus) -> TrackedEdit:
        """Cancel (or another status); the undo gives the meeting its status back."""
        meetings, meeting_id = self.meetings, detail.row.id
        return TrackedEdit(
            self.versions,
            meeting_key(meeting_id),
            detail.version,
            lambda version, fields: meetings.update(meeting_id, version, **fields),
            {"status": detail.row.status},
            {"status": status},
        )

    def minutes(
        self, detail: MeetingDetail, minutes: str, decisions: list[str], taker: int | None
    ) -> TrackedEdit:
        """The minutes, decisions and referent (the meeting is then held); the undo puts the old
        ones back and, for a meeting that was not held, its status."""
        meetings, meeting_id = self.meetings, detail.row.id

        def save(version: int, fields: dict[str, Any]) -> int:
            version = meetings.record_minutes(
                meeting_id,
                version,
                fields["minutes"],
                fields["decisions"],
                minutes_taker_id=fields["minutes_taker_id"],
            )
            if fields["status"] != MeetingStatus.HELD:
                version = meetings.update(meeting_id, version, status=fields["status"]).version
            return version

        before = {
            "minutes": detail.minutes,
            "decisions": list(detail.decisions),
            "minutes_taker_id": detail.minutes_taker_id,
            "status": detail.row.status,
        }
        after = {
            "minutes": minutes,
            "decisions": decisions,
            "minutes_taker_id": taker,
            "status": MeetingStatus.HELD,
        }
        return TrackedEdit(
            self.versions,
            meeting_key(meeting_id),
            detail.version,
            save,
            before,
            after,
            version_of=lambda v: v,
        )

    # -- the attendance list (checks no version, moves it one on per call) ---------------
    def _stepped(self, detail: MeetingDetail) -> Callable[[], int]:
        key, loaded = meeting_key(detail.row.id), detail.version
        return lambda: self.versions.step(key, loaded)

    def attendance(self, detail: MeetingDetail, person_ids: list[int], attendance: Attendance) -> Pair:
        meetings, meeting_id, step = self.meetings, detail.row.id, self._stepped(detail)
        before = {p.person_id: p.attendance for p in detail.participants if p.person_id in person_ids}

        def mark(marks: dict[int, Attendance]) -> None:
            for person_id, value in marks.items():
                meetings.set_attendance(meeting_id, person_id, value)
                step()

        return Pair(lambda: mark(dict.fromkeys(person_ids, attendance)), lambda: mark(before))

    def invite(self, detail: MeetingDetail, person_ids: list[int]) -> Pair:
        meetings, meeting_id, step = self.meetings, detail.row.id, self._stepped(detail)
        added: list[int] = []

        def do() -> None:
            added[:] = meetings.invite(meeting_id, person_ids)
            if added:
                step()

        def undo() -> None:
            if added:
                meetings.uninvite(meeting_id, list(added))
                step()

        return Pair(do, undo)

    def uninvite(self, detail: MeetingDetail, person_ids: list[int]) -> Pair:
        """Take people off; the undo invites them again with their attendance (and referent)."""
        meetings, meeting_id, step = self.meetings, detail.row.id, self._stepped(detail)
        before = {p.person_id: p.attendance for p in detail.participants if p.person_id in person_ids}
        taker = detail.minutes_taker_id

        def do() -> None:
            meetings.uninvite(meeting_id, person_ids)
            step()

        def undo() -> None:
            if meetings.invite(meeting_id, list(before)):
                step()
            for person_id, attendance in before.items():
                meetings.set_attendance(meeting_id, person_id, attendance)
                step()
            if taker in before:  # the referent was among them: a version-checked save
                key = meeting_key(meeting_id)
                version = self.versions.get(key, detail.version)
                self.versions.set(key, meetings.update(meeting_id, version, minutes_taker_id=taker).version)

        return Pair(do, undo)

    # -- action items (versions of their own) -------------------------------------------
    def action_item(
        self, item: ActionItemRow, changes: dict[str, Any], undo_extra: dict[str, Any] | None = None
    ) -> TrackedEdit:
        """The corrected fields with the version shown; the undo puts the old ones back."""
        meetings, item_id = self.meetings, item.id
        old = {
            "title": item.title,
            "owner_id": item.owner_id,
            "due_date": item.due_date,
            "status": item.status,
        }
        before = {key: old[key] for key in changes} | (undo_extra or {})
        return TrackedEdit(
            self.versions,
            item_key(item_id),
            item.version,
            lambda version, fields: meetings.update_action_item(item_id, version, **fields),
            before,
            changes,
            version_of=lambda v: v,
        )

    def new_action_item(self, meeting_id: int, title: str, owner_id: int | None, due: Any, key: str) -> Pair:
        """Add an item; there is no deleting one, so the undo cancels it and the redo reopens it."""
        meetings, versions = self.meetings, self.versions
        created: list[int] = []

        def set_status(status: ActionStatus) -> None:
            item = item_key(created[0])
            versions.set(item, meetings.update_action_item(created[0], versions.get(item, 1), status=status))

        def do() -> None:
            if created:  # redo: the item comes back from cancelled
                set_status(ActionStatus.OPEN)
                return
            created.append(meetings.add_action_item(meeting_id, title, owner_id, due, key=key))
            # the version it was created at (nobody has edited it yet)
            version = next(a.version for a in meetings.get(meeting_id).action_items if a.id == created[0])
            versions.set(item_key(created[0]), version)

        return Pair(do, lambda: set_status(ActionStatus.CANCELLED))


__all__ = ["MeetingEdits", "Pair", "Points", "facts_of", "item_key", "meeting_key"]

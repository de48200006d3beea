"""Phase steps carry a version: a colleague's newer tick is never overwritten, nor by an undo."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.enums import StepStatus
from desktop.services.errors import EditConflict
from desktop.services.registry import Services


def _step(services: Services, pid: int, step_id: int):  # type: ignore[no-untyped-def]
    return next(s for s in services.partnerships.get(pid).steps if s.id == step_id)


def test_two_people_editing_the_same_step_meet_the_conflict(services: Services) -> None:
    pid = services.partnerships.create("Tryghedsnetværk Solbakken")
    seen = services.partnerships.get(pid).steps[0]  # both loaded the same version
    mine = services.partnerships.set_step(
        seen.id, StepStatus.DONE, date(2026, 3, 1), "Holdt", version=seen.version
    )
    assert mine.version == seen.version + 1
    with pytest.raises(EditConflict):
        services.partnerships.set_step(seen.id, StepStatus.IN_PROGRESS, None, "Mangler", version=seen.version)
    step = _step(services, pid, seen.id)
    assert (step.status, step.note) == (StepStatus.DONE, "Holdt")  # the first save stands


def test_undo_of_a_step_a_colleague_changed_since_is_a_conflict(services: Services) -> None:
    pid = services.partnerships.create("Tryghedsnetværk Solbakken")
    before = services.partnerships.get(pid).steps[0]
    ticked = services.partnerships.set_step(
        before.id, StepStatus.DONE, date(2026, 3, 1), "", version=before.version
    )
    colleague = services.partnerships.set_step(
        before.id, StepStatus.DONE, date(2026, 3, 2), "Rettet dato", version=ticked.version
    )
    with pytest.raises(EditConflict):  # my undo puts back `before` over the version I saved
        services.partnerships.set_step(
            before.id, before.status, before.done_on, before.note, version=ticked.version
        )
    step = _step(services, pid, before.id)
    assert (step.done_on, step.note, step.version) == (date(2026, 3, 2), "Rettet dato", colleague.version)

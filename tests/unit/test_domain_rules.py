"""Domain rules that need no database."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop.models import Initiative, InitiativeContribution, Meeting, Membership
from desktop.models.contact_details import fold_name, format_phone, normalize_email, normalize_phone
from desktop.models.enums import ActionStatus, InitiativeStatus, MeetingType, MemberRole
from desktop.models.errors import ValidationError
from desktop.models.indicator import safety_index
from desktop.models.meeting import ActionItem


@pytest.mark.parametrize(
    "raw", ["+45 22 34 56 78", "22345678", "2234 5678", "0045 22345678", " 22 34 56 78 "]
)
def test_danish_numbers_in_every_format_store_the_same(raw: str) -> None:
    assert normalize_phone(raw) == "+4522345678"
    assert format_phone(normalize_phone(raw)) == "22 34 56 78"


def test_foreign_numbers_and_garbage() -> None:
    assert normalize_phone("+46 8 123 456 78") == "+46812345678"
    assert format_phone("+46812345678").startswith("+46 8")
    with pytest.raises(ValidationError) as caught:
        normalize_phone("1234")
    assert "ikke et gyldigt telefonnummer" in caught.value.message
    assert normalize_phone("") is None


def test_email_is_checked_and_normalised() -> None:
    assert normalize_email(" Mette@HTK.dk ") == "Mette@htk.dk"
    with pytest.raises(ValidationError) as caught:
        normalize_email("mette@", field="email")
    assert caught.value.field == "email"


def test_names_fold_for_search_and_duplicates() -> None:
    assert fold_name("Søren  Åberg") == fold_name("soeren aaberg") == "soeren aaberg"
    assert fold_name("José Ærø") == "jose aeroe"


def test_initiative_without_sub_goal_cannot_be_approved() -> None:
    initiative = Initiative(title="Natteravne i Engparken")
    with pytest.raises(ValidationError) as caught:
        initiative.approve(date(2026, 5, 1))
    assert caught.value.field == "contributions"
    assert initiative.status != InitiativeStatus.APPROVED
    initiative.contributions = [InitiativeContribution(sub_goal_id=1, text="Flere voksne i gadebilledet")]
    initiative.approve(date(2026, 5, 1), meeting_id=7)
    assert (initiative.status, initiative.approved_on, initiative.approved_meeting_id) == (
        InitiativeStatus.APPROVED,
        date(2026, 5, 1),
        7,
    )


def test_membership_dates_are_ordered() -> None:
    membership = Membership(role=MemberRole.CHAIR, start_date=date(2025, 1, 1))
    with pytest.raises(ValidationError):
        membership.end_date = date(2024, 12, 31)
    membership.end_date = date(2025, 12, 31)
    assert membership.is_active(date(2025, 6, 1)) and not membership.is_active(date(2026, 1, 1))


def test_meeting_templates_and_times() -> None:
    meeting = Meeting(
        meeting_type=MeetingType.ORIENTATION, title="Orienteringsmøde", starts_at=datetime(2026, 3, 1, 17)
    )
    meeting.apply_template()
    assert meeting.agenda[0].title == "Baggrunden for mødet og formålet med tryghedsnetværket"
    with pytest.raises(ValidationError):
        meeting.ends_at = datetime(2026, 3, 1, 16)


def test_overdue_only_while_open() -> None:
    item = ActionItem(title="Ny belysning", due_date=date(2026, 1, 1), status=ActionStatus.OPEN)
    assert item.is_overdue(date(2026, 1, 2)) and not item.is_overdue(date(2026, 1, 1))
    item.status = ActionStatus.DONE
    assert not item.is_overdue(date(2026, 2, 1))


def test_safety_index_weights() -> None:
    assert safety_index(60.0, 90.0) == pytest.approx(70.0)  # 2/3 experienced + 1/3 reports
    assert safety_index(60.0, 90.0, experienced_weight=0.5) == pytest.approx(75.0)
    with pytest.raises(ValidationError):
        safety_index(1, 1, experienced_weight=1.5)


def test_period_starts_cannot_pass_their_ends() -> None:
    from desktop.models import Partnership

    partnership = Partnership(name="P", start_date=date(2025, 1, 1), end_date=date(2025, 12, 31))
    with pytest.raises(ValidationError) as caught:
        partnership.start_date = date(2026, 1, 1)
    assert caught.value.field == "start_date"
    initiative = Initiative(title="I", start_date=date(2025, 1, 1), end_date=date(2025, 6, 30))
    with pytest.raises(ValidationError):
        initiative.start_date = date(2025, 7, 1)
    meeting = Meeting(title="M", starts_at=datetime(2026, 3, 1, 17), ends_at=datetime(2026, 3, 1, 19))
    with pytest.raises(ValidationError):
        meeting.starts_at = datetime(2026, 3, 1, 20)

"""Plain data handed to the document writers.

Services build these from the database; writers turn them into files. Keeping them
plain (frozen dataclasses of str/date/Decimal, no ORM objects, no Qt) means a writer can
be tested with hand-made data and never touches a session. Texts are already in Danish:
the documents go to Danish parties whatever language the UI is in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.models.safety_index import IndexRow


@dataclass(frozen=True)
class ContactLine:
    """One person as printed on lists and cards."""

    name: str
    title: str = ""
    organisation: str = ""
    trade: str = ""
    role: str = ""
    phone: str = ""  # already formatted nationally, e.g. "12 34 56 78"
    mobile: str = ""
    email: str = ""


@dataclass(frozen=True)
class ActionCardRow:
    """A contact row: a person or an office, with the problems it handles."""

    label: str  # "SSP / gadeteam" or a person's name
    detail: str = ""  # organisation or office hours, printed small under the label
    phone: str = ""
    email: str = ""
    handles: frozenset[int] = frozenset()  # indexes into ActionCardData.problems


@dataclass(frozen=True)
class ActionCardData:
    partnership: str
    title: str  # "Actioncard – Tryghedsnetværk Solbakken"
    problems: tuple[str, ...]  # column headings
    rows: tuple[ActionCardRow, ...]
    version_label: str = ""  # "Version 3"
    updated: date | None = None
    police_service: str = "114"
    emergency: str = "112"
    footer: str = ""


@dataclass(frozen=True)
class FolderData:
    partnership: str
    area: str
    background: str
    purpose: str
    what_it_is_not: str
    organisation_text: str
    steering_group: tuple[ContactLine, ...]
    secretariat: tuple[ContactLine, ...]
    action_card: ActionCardData
    contact_text: str = ""


@dataclass(frozen=True)
class AgreementSectionData:
    heading: str
    body: str


@dataclass(frozen=True)
class CommitmentData:
    party: str
    text: str


@dataclass(frozen=True)
class SignatoryData:
    party: str
    name: str
    title: str = ""
    signed_on: date | None = None


@dataclass(frozen=True)
class SubGoalData:
    code: str  # "1", "1.1", "I1"...: the user's own numbering, never a key
    title: str
    description: str = ""
    #: the sub-goal's record: what initiatives and indicators are linked to
    id: int | None = None

    @property
    def label(self) -> str:
        return f"Delmål {self.code}: {self.title}"


@dataclass(frozen=True)
class ContributionData:
    """How an initiative serves one sub-goal (linked by the sub-goal's id)."""

    sub_goal_id: int | None
    sub_goal: str  # "Delmål 2: Mindre utryghed", for display
    how: str


@dataclass(frozen=True)
class GoalData:
    title: str
    success_criterion: str = ""
    sub_goals: tuple[SubGoalData, ...] = ()


@dataclass(frozen=True)
class AgreementData:
    partnership: str
    title: str
    version_number: int
    status: str  # "Kladde", "Godkendt", "Underskrevet"
    version_date: date
    parties: tuple[str, ...]
    sections: tuple[AgreementSectionData, ...]  # purpose, vision, organisation, ...
    goals: tuple[GoalData, ...]
    commitments: tuple[CommitmentData, ...]
    signatories: tuple[SignatoryData, ...]
    valid_from: date | None = None
    valid_to: date | None = None
    vision: str = ""


@dataclass(frozen=True)
class AgendaItemData:
    number: int
    title: str
    description: str = ""
    duration_minutes: int | None = None
    presenter: str = ""


@dataclass(frozen=True)
class ActionItemData:
    title: str
    owner: str
    due: date | None
    status: str  # "Åben", "I gang", "Udført", "Annulleret"
    overdue: bool = False
    meeting: str = ""  # where it was decided


@dataclass(frozen=True)
class DecisionData:
    text: str
    agenda_item: str = ""


@dataclass(frozen=True)
class AttendeeData:
    name: str
    organisation: str = ""
    email: str = ""
    status: str = ""  # "Deltog", "Afbud", "Udeblev", "Inviteret"


@dataclass(frozen=True)
class MeetingRefData:
    """Another meeting the minutes refer to: the last one (its minutes approved) or the next."""

    title: str
    starts_at: datetime
    ends_at: datetime
    place: str = ""


@dataclass(frozen=True)
class MeetingData:
    partnership: str
    title: str
    meeting_type: str  # "Halvårligt netværksmøde", ...
    starts_at: datetime  # naive local time, Europe/Copenhagen
    ends_at: datetime
    place: str
    uid: str  # stable, for calendar invitations
    sequence: int = 0
    cancelled: bool = False
    organiser: ContactLine | None = None
    agenda: tuple[AgendaItemData, ...] = ()
    attendees: tuple[AttendeeData, ...] = ()
    minutes: str = ""
    minutes_taker: str = ""  # the referent; empty until chosen
    decisions: tuple[DecisionData, ...] = ()
    action_items: tuple[ActionItemData, ...] = ()  # decided at this meeting
    open_action_items: tuple[ActionItemData, ...] = ()  # carried to this agenda
    previous: MeetingRefData | None = None  # whose minutes this meeting approves
    next: MeetingRefData | None = None  # the next one of the series (or of the same type)


@dataclass(frozen=True)
class MeasurementData:
    period: date
    value: float
    area: str = ""
    respondents: int | None = None


@dataclass(frozen=True)
class IndicatorData:
    name: str
    unit: str
    source: str
    direction: str  # "up" or "down": which way is better
    baseline: float | None
    baseline_date: date | None
    target: float | None
    target_date: date | None
    linked_to: str  # "Delmål 2: ..." / "Initiativ: ..." (for display)
    measurements: tuple[MeasurementData, ...] = ()
    #: the sub-goal it measures, if any
    sub_goal_id: int | None = None

    @property
    def latest(self) -> MeasurementData | None:
        return max(self.measurements, key=lambda m: m.period) if self.measurements else None

    @property
    def on_track(self) -> bool | None:
        """True when the latest value is at or beyond the target in the good direction."""
        latest = self.latest
        if latest is None or self.target is None:
            return None
        if self.direction == "up":
            return latest.value >= self.target
        return latest.value <= self.target


@dataclass(frozen=True)
class InitiativeData:
    title: str
    focus_area: str
    description: str
    target_group: str
    responsible_party: str
    owner: str
    evidence_basis: str
    prevention_kind: str
    intervention_type: str
    success_criteria: str
    start: date | None
    end: date | None
    status: str
    approved_on: date | None
    approved_at_meeting: str
    contributions: tuple[ContributionData, ...]

    def serves(self, sub_goal: SubGoalData) -> bool:
        return sub_goal.id is not None and any(c.sub_goal_id == sub_goal.id for c in self.contributions)


@dataclass(frozen=True)
class SafetyIndexData:
    """The tryghedsindeks as the partnership computes it, with its method stated."""

    method: str
    reference_area: str
    rows: tuple[IndexRow, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgressData:
    partnership: str
    strategy: str
    vision: str
    goals: tuple[GoalData, ...]
    initiatives: tuple[InitiativeData, ...]
    indicators: tuple[IndicatorData, ...]
    produced: date
    safety_index: SafetyIndexData | None = None


@dataclass(frozen=True)
class ContactListData:
    partnership: str
    produced: date
    contacts: tuple[ContactLine, ...]


@dataclass(frozen=True)
class NewsletterData:
    partnership: str
    subject: str
    body: str  # plain text
    sender: ContactLine
    recipients: tuple[ContactLine, ...]  # go in BCC
    sent_at: datetime | None = None


@dataclass(frozen=True)
class MeetingPackData:
    """Everything a chair reads before a half-yearly network meeting."""

    meeting: MeetingData
    previous_meeting: MeetingData | None
    open_action_items: tuple[ActionItemData, ...]
    progress: ProgressData


@dataclass(frozen=True)
class SafetyReportData:
    """The idékatalog's crime and safety report outline."""

    partnership: str
    area: str
    produced: date
    indicators: tuple[IndicatorData, ...]
    goals: tuple[GoalData, ...] = ()
    sections: tuple[AgreementSectionData, ...] = field(default_factory=tuple)
    safety_index: SafetyIndexData | None = None

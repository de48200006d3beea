"""Entities and domain rules. No Qt, and nothing here opens a session."""

from desktop.models.action_card import ActionCard, ActionCardContact, ActionCardProblem
from desktop.models.agreement import (
    Agreement,
    AgreementSection,
    AgreementVersion,
    PartyCommitment,
    Signatory,
)
from desktop.models.audit import AuditEntry
from desktop.models.base import Base
from desktop.models.errors import ValidationError
from desktop.models.indicator import Indicator, Measurement
from desktop.models.initiative import Initiative, InitiativeContribution
from desktop.models.meeting import ActionItem, AgendaItem, Decision, Meeting, MeetingParticipant
from desktop.models.newsletter import Newsletter
from desktop.models.organisation import Organisation, Person
from desktop.models.partnership import Membership, Partnership, PhaseStep
from desktop.models.search import person_search_token
from desktop.models.strategy import FocusArea, OverallGoal, Strategy, SubGoal

__all__ = [
    "ActionCard",
    "ActionCardContact",
    "ActionCardProblem",
    "ActionItem",
    "AgendaItem",
    "Agreement",
    "AgreementSection",
    "AgreementVersion",
    "AuditEntry",
    "Base",
    "Decision",
    "FocusArea",
    "Indicator",
    "Initiative",
    "InitiativeContribution",
    "Measurement",
    "Meeting",
    "MeetingParticipant",
    "Membership",
    "Newsletter",
    "Organisation",
    "OverallGoal",
    "Partnership",
    "PartyCommitment",
    "Person",
    "PhaseStep",
    "Signatory",
    "Strategy",
    "SubGoal",
    "ValidationError",
    "person_search_token",
]

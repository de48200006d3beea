"""Entities and domain rules. No Qt, and nothing here opens a session.

The entities (and SQLAlchemy with them) load on first use of any name below, so light
modules such as ``desktop.models.enums`` or ``contact_details`` can be imported by the
GUI at start-up without paying for the ORM. ``load_all()`` registers every table on the
metadata (migrations and ``create_all`` need the complete set).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_ENTITY_MODULES = (
    "organisation",
    "partnership",
    "agreement",
    "strategy",
    "meeting",
    "initiative",
    "indicator",
    "action_card",
    "newsletter",
    "audit",
    "search",
    "creation_key",
)

_EXPORTS = {
    "ActionCard": "action_card",
    "ActionCardContact": "action_card",
    "ActionCardProblem": "action_card",
    "ActionItem": "meeting",
    "AgendaItem": "meeting",
    "Agreement": "agreement",
    "AgreementSection": "agreement",
    "AgreementVersion": "agreement",
    "AuditEntry": "audit",
    "CreationKey": "creation_key",
    "Base": "base",
    "Decision": "meeting",
    "FocusArea": "strategy",
    "Indicator": "indicator",
    "Initiative": "initiative",
    "InitiativeContribution": "initiative",
    "Measurement": "indicator",
    "Meeting": "meeting",
    "MeetingParticipant": "meeting",
    "Membership": "partnership",
    "Newsletter": "newsletter",
    "Organisation": "organisation",
    "OverallGoal": "strategy",
    "Partnership": "partnership",
    "PartyCommitment": "agreement",
    "Person": "organisation",
    "PhaseStep": "partnership",
    "Signatory": "agreement",
    "SafetyIndexSettings": "indicator",
    "Strategy": "strategy",
    "SubGoal": "strategy",
    "ValidationError": "errors",
    "person_search_token": "search",
}

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
    "CreationKey",
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
    "SafetyIndexSettings",
    "Signatory",
    "Strategy",
    "SubGoal",
    "ValidationError",
    "load_all",
    "person_search_token",
]


def load_all() -> None:
    """Import every entity module, so the metadata and the mapper registry are complete."""
    for name in _ENTITY_MODULES:
        importlib.import_module(f"{__name__}.{name}")


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_all()  # relationships name other entities: load them together
    value = getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
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
    from desktop.models.creation_key import CreationKey
    from desktop.models.errors import ValidationError
    from desktop.models.indicator import Indicator, Measurement, SafetyIndexSettings
    from desktop.models.initiative import Initiative, InitiativeContribution
    from desktop.models.meeting import ActionItem, AgendaItem, Decision, Meeting, MeetingParticipant
    from desktop.models.newsletter import Newsletter
    from desktop.models.organisation import Organisation, Person
    from desktop.models.partnership import Membership, Partnership, PhaseStep
    from desktop.models.search import person_search_token
    from desktop.models.strategy import FocusArea, OverallGoal, Strategy, SubGoal

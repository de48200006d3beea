"""All services over one database, built once by the composition root (app.py or cli.py)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.access import SessionInfo, session_info
from desktop.services.action_cards import ActionCardService
from desktop.services.agreements import AgreementService
from desktop.services.audit import AuditService
from desktop.services.contacts import ContactService
from desktop.services.database import Database
from desktop.services.documents import DocumentService
from desktop.services.indicators import IndicatorService
from desktop.services.meetings import MeetingService
from desktop.services.overview import OverviewService
from desktop.services.partnerships import PartnershipService
from desktop.services.safety_index import SafetyIndexService
from desktop.services.strategy import StrategyService


@dataclass(frozen=True)
class Services:
    db: Database
    contacts: ContactService
    partnerships: PartnershipService
    meetings: MeetingService
    strategy: StrategyService
    indicators: IndicatorService
    agreements: AgreementService
    action_cards: ActionCardService
    overview: OverviewService
    documents: DocumentService
    audit: AuditService
    #: who the user is on a shared server and what the role allows (LOCAL on SQLite)
    access: SessionInfo

    @property
    def safety_index(self) -> SafetyIndexService:
        """The partnership's tryghedsindeks: shared settings, table, the police index template."""
        return SafetyIndexService(self.db)

    @property
    def read_only(self) -> bool:
        """True for a reader on a shared server: screens hide New/Save instead of failing."""
        return self.access.read_only

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(
            db=db,
            contacts=ContactService(db),
            partnerships=PartnershipService(db),
            meetings=MeetingService(db),
            strategy=StrategyService(db),
            indicators=IndicatorService(db),
            agreements=AgreementService(db),
            action_cards=ActionCardService(db),
            overview=OverviewService(db),
            documents=DocumentService(db),
            audit=AuditService(db),
            access=session_info(db),
        )

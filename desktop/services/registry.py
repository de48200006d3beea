"""All services over one database, built once by the composition root (app.py or cli.py).

Each service is built (and its module imported) the first time it is asked for: the first
screen needs one or two of them, and importing all of them (the documents service pulls in
the exports' plain-data layer) cost ~0.1 s before the first rows.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from desktop.services.access import SessionInfo, session_info
from desktop.services.database import Database

if TYPE_CHECKING:
    from desktop.services.action_cards import ActionCardService
    from desktop.services.agreements import AgreementService
    from desktop.services.audit import AuditService
    from desktop.services.contacts import ContactService
    from desktop.services.documents import DocumentService
    from desktop.services.indicators import IndicatorService
    from desktop.services.meetings import MeetingService
    from desktop.services.overview import OverviewService
    from desktop.services.partnerships import PartnershipService
    from desktop.services.safety_index import SafetyIndexService
    from desktop.services.strategy import StrategyService


class Services:
    """The services over ``db``; ``access``: who the user is on a shared server and what the
    role allows (LOCAL on SQLite), read once when the database is opened."""

    def __init__(self, db: Database, access: SessionInfo) -> None:
        self.db = db
        self.access = access

    @cached_property
    def contacts(self) -> ContactService:
        from desktop.services.contacts import ContactService

        return ContactService(self.db)

    @cached_property
    def partnerships(self) -> PartnershipService:
        from desktop.services.partnerships import PartnershipService

        return PartnershipService(self.db)

    @cached_property
    def meetings(self) -> MeetingService:
        from desktop.services.meetings import MeetingService

        return MeetingService(self.db)

    @cached_property
    def strategy(self) -> StrategyService:
        from desktop.services.strategy import StrategyService

        return StrategyService(self.db)

    @cached_property
    def indicators(self) -> IndicatorService:
        from desktop.services.indicators import IndicatorService

        return IndicatorService(self.db)

    @cached_property
    def agreements(self) -> AgreementService:
        from desktop.services.agreements import AgreementService

        return AgreementService(self.db)

    @cached_property
    def action_cards(self) -> ActionCardService:
        from desktop.services.action_cards import ActionCardService

        return ActionCardService(self.db)

    @cached_property
    def overview(self) -> OverviewService:
        from desktop.services.overview import OverviewService

        return OverviewService(self.db)

    @cached_property
    def documents(self) -> DocumentService:
        from desktop.services.documents import DocumentService

        return DocumentService(self.db)

    @cached_property
    def audit(self) -> AuditService:
        from desktop.services.audit import AuditService

        return AuditService(self.db)

    @property
    def safety_index(self) -> SafetyIndexService:
        """The partnership's tryghedsindeks: shared settings, table, the police index template."""
        from desktop.services.safety_index import SafetyIndexService

        return SafetyIndexService(self.db)

    @property
    def read_only(self) -> bool:
        """True for a reader on a shared server: screens hide New/Save instead of failing."""
        return self.access.read_only

    @classmethod
    def over(cls, db: Database) -> Services:
        return cls(db, session_info(db))

"""The action card per partnership: problem columns, contact rows, and the marks."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.models import ActionCard, ActionCardContact, ActionCardProblem, Partnership
from desktop.models.action_card import DEFAULT_PROBLEMS
from desktop.models.contact_details import format_phone
from desktop.services.common import check_version, get_or_404
from desktop.services.database import Database


@dataclass(frozen=True)
class CardContact:
    label: str
    detail: str = ""
    phone: str = ""
    email: str = ""
    person_id: int | None = None
    organisation_id: int | None = None
    handles: frozenset[int] = frozenset()  # indexes into ActionCardState.problems


@dataclass(frozen=True)
class ActionCardState:
    card_id: int | None
    version: int
    partnership_id: int
    partnership: str
    title: str
    police_service: str
    emergency: str
    problems: tuple[str, ...]
    contacts: tuple[CardContact, ...]


class ActionCardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, partnership_id: int) -> ActionCardState:
        """The card; a partnership without one gets the idékatalog's columns to start from."""
        with self.db.read() as session:
            partnership = get_or_404(session, Partnership, partnership_id)
            card = session.scalars(
                select(ActionCard)
                .where(ActionCard.partnership_id == partnership_id)
                .options(
                    selectinload(ActionCard.problems),
                    selectinload(ActionCard.contacts).selectinload(ActionCardContact.problems),
                )
            ).one_or_none()
            if card is None:
                return ActionCardState(
                    None,
                    0,
                    partnership_id,
                    partnership.name,
                    f"Actioncard – {partnership.name}",
                    "114",
                    "112",
                    DEFAULT_PROBLEMS,
                    (),
                )
            index = {p.id: i for i, p in enumerate(card.problems)}
            return ActionCardState(
                card_id=card.id,
                version=card.version,
                partnership_id=partnership_id,
                partnership=partnership.name,
                title=card.title,
                police_service=card.police_service,
                emergency=card.emergency,
                problems=tuple(p.name for p in card.problems),
                contacts=tuple(
                    CardContact(
                        c.label,
                        c.detail,
                        format_phone(c.phone),
                        c.email or "",
                        c.person_id,
                        c.organisation_id,
                        frozenset(index[p.id] for p in c.problems),
                    )
                    for c in card.contacts
                ),
            )

    def save(self, state: ActionCardState) -> ActionCardState:
        """Replace the card's columns, rows and marks with ``state`` (version-checked)."""
        from desktop.models.contact_details import normalize_email, normalize_phone

        with self.db.write() as session:
            card = session.scalars(
                select(ActionCard).where(ActionCard.partnership_id == state.partnership_id)
            ).one_or_none()
            if card is None:
                card = ActionCard(partnership_id=state.partnership_id)
                session.add(card)
            else:
                check_version(card, state.version, {"card": state}, enforce=self.db.enforce_versions)
            card.title = state.title
            card.police_service = state.police_service
            card.emergency = state.emergency
            problems = [ActionCardProblem(position=i, name=name) for i, name in enumerate(state.problems)]
            card.problems = problems
            card.contacts = [
                ActionCardContact(
                    position=i,
                    label=c.label,
                    detail=c.detail,
                    phone=normalize_phone(c.phone, f"contacts[{i}].phone"),
                    email=normalize_email(c.email, f"contacts[{i}].email"),
                    person_id=c.person_id,
                    organisation_id=c.organisation_id,
                    problems=[problems[j] for j in sorted(c.handles) if j < len(problems)],
                )
                for i, c in enumerate(state.contacts)
            ]
            card.touch()
        return self.get(state.partnership_id)

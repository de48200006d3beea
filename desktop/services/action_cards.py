"""The action card per partnership: problem columns, contact rows, and the marks."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import Integer, bindparam, select

from desktop.models import ActionCard, ActionCardContact, ActionCardProblem, Partnership
from desktop.models.action_card import DEFAULT_PROBLEMS, action_card_mark
from desktop.models.contact_details import format_phone
from desktop.services.common import check_version, get_or_404
from desktop.services.database import Database
from desktop.services.errors import ValidationError
from desktop.services.union import TaggedUnion


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


@functools.cache
def _card_statement() -> TaggedUnion:
    """The partnership's name and its card with columns, rows and marks."""
    partnership_id = bindparam("partnership_id", type_=Integer)
    return TaggedUnion(
        partnership=select(Partnership.id, Partnership.name).where(Partnership.id == partnership_id),
        card=select(
            ActionCard.id,
            ActionCard.version,
            ActionCard.title,
            ActionCard.police_service,
            ActionCard.emergency,
        ).where(ActionCard.partnership_id == partnership_id),
        problem=select(ActionCardProblem.id, ActionCardProblem.position, ActionCardProblem.name)
        .join(ActionCard, ActionCard.id == ActionCardProblem.card_id)
        .where(ActionCard.partnership_id == partnership_id),
        contact=select(
            ActionCardContact.id,
            ActionCardContact.position,
            ActionCardContact.label,
            ActionCardContact.detail,
            ActionCardContact.phone,
            ActionCardContact.email,
            ActionCardContact.person_id,
            ActionCardContact.organisation_id,
        )
        .join(ActionCard, ActionCard.id == ActionCardContact.card_id)
        .where(ActionCard.partnership_id == partnership_id),
        mark=select(action_card_mark.c.contact_id, action_card_mark.c.problem_id)
        .join(ActionCardContact, ActionCardContact.id == action_card_mark.c.contact_id)
        .join(ActionCard, ActionCard.id == ActionCardContact.card_id)
        .where(ActionCard.partnership_id == partnership_id),
    )


def _contact(i: int, c: CardContact, problems: list[ActionCardProblem]) -> ActionCardContact:
    """One row of the card; a refused cell is named ``contacts[i].<field>`` so the grid points at it."""
    from desktop.models.contact_details import normalize_email, normalize_phone

    try:
        return ActionCardContact(
            position=i,
            label=c.label,
            detail=c.detail,
            phone=normalize_phone(c.phone, "phone"),
            email=normalize_email(c.email, "email"),
            person_id=c.person_id,
            organisation_id=c.organisation_id,
            problems=[problems[j] for j in sorted(c.handles) if j < len(problems)],
        )
    except ValidationError as error:
        raise ValidationError(error.message, f"contacts[{i}].{error.field}") from None


class ActionCardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, partnership_id: int) -> ActionCardState:
        """The card (one statement); a partnership without one gets the idékatalog's columns."""
        with self.db.read() as session:
            found = _card_statement().read(session, partnership_id=partnership_id)
            if not found["partnership"]:
                get_or_404(session, Partnership, partnership_id)
        name = found["partnership"][0].name
        if not found["card"]:
            return ActionCardState(
                None, 0, partnership_id, name, f"Actioncard – {name}", "114", "112", DEFAULT_PROBLEMS, ()
            )
        card = found["card"][0]
        problems = sorted(found["problem"], key=lambda p: (p.position, p.id))
        index = {p.id: i for i, p in enumerate(problems)}
        marks: dict[int, set[int]] = {}
        for m in found["mark"]:
            marks.setdefault(m.contact_id, set()).add(index[m.problem_id])
        return ActionCardState(
            card_id=card.id,
            version=card.version,
            partnership_id=partnership_id,
            partnership=name,
            title=card.title,
            police_service=card.police_service,
            emergency=card.emergency,
            problems=tuple(p.name for p in problems),
            contacts=tuple(
                CardContact(
                    c.label,
                    c.detail,
                    format_phone(c.phone),
                    c.email or "",
                    c.person_id,
                    c.organisation_id,
                    frozenset(marks.get(c.id, ())),
                )
                for c in sorted(found["contact"], key=lambda c: (c.position, c.id))
            ),
        )

    def save(self, state: ActionCardState) -> ActionCardState:
        """Replace the card's columns, rows and marks with ``state`` (version-checked)."""
        with self.db.write() as session:
            card = session.scalars(
                select(ActionCard).where(ActionCard.partnership_id == state.partnership_id)
            ).one_or_none()
            if card is None:
                card = ActionCard(partnership_id=state.partnership_id)
                session.add(card)
            else:
                check_version(card, state.version, {"card": state}, enforce=self.db.enforce_versions)
                # first, with the card's own fields: one UPDATE, one version step per save (a
                # touch after the children came as a second UPDATE: "version 1 ... now 3")
                card.touch()
            card.title = state.title
            card.police_service = state.police_service
            card.emergency = state.emergency
            problems = [ActionCardProblem(position=i, name=name) for i, name in enumerate(state.problems)]
            card.problems = problems
            card.contacts = [_contact(i, c, problems) for i, c in enumerate(state.contacts)]
        return self.get(state.partnership_id)

"""Documents: read a partnership or a meeting once, build the writers' plain data, write the file.

Each ``*_data`` method reads in one short read session with eager loading and returns the
frozen dataclasses of ``desktop.exports.data``; the method of the same name without the
suffix hands them to the writer. Writers are imported inside the methods: reportlab,
python-docx, openpyxl and icalendar must not load when the app or the CLI starts.
Texts in the data are Danish whatever language the UI speaks: the documents go to the
parties.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from desktop.exports.data import (
    ActionCardData,
    ActionCardRow,
    ActionItemData,
    AgendaItemData,
    AgreementData,
    AgreementSectionData,
    AttendeeData,
    CommitmentData,
    ContactLine,
    ContactListData,
    ContributionData,
    DecisionData,
    FolderData,
    GoalData,
    IndicatorData,
    InitiativeData,
    MeasurementData,
    MeetingData,
    MeetingPackData,
    MeetingRefData,
    NewsletterData,
    ProgressData,
    SafetyIndexData,
    SafetyReportData,
    SignatoryData,
    SubGoalData,
)
from desktop.formatting import in_danish, short_date
from desktop.models import (
    ActionCard,
    ActionCardContact,
    ActionItem,
    Agreement,
    AgreementVersion,
    Indicator,
    Initiative,
    InitiativeContribution,
    Meeting,
    MeetingParticipant,
    Membership,
    Newsletter,
    OverallGoal,
    Partnership,
    PartyCommitment,
    Person,
    Signatory,
    Strategy,
    messages,
)
from desktop.models.contact_details import format_phone
from desktop.models.enums import ActionStatus, Attendance, MeetingStatus, MemberRole, label
from desktop.models.errors import Message, Phrase
from desktop.services.common import get_or_404, require_text
from desktop.services.creation import create_one
from desktop.services.database import Database
from desktop.services.errors import FodslagError
from desktop.services.indicators import load_indicators

Target = str | os.PathLike[str]

#: the idékatalog's words on what a safety network is not (used when the partnership has no text)
WHAT_IT_IS_NOT = (
    "Netværket er ikke et vagtværn eller en borgervæbning, og fagpersonerne skal ikke agere "
    "politi. Der er ingen form for social kontrol eller dyneløfteri.\n\n"
    "Oplysninger om enkelte borgeres sager deles ikke i netværket: de udveksles kun mellem "
    "myndighederne efter reglerne om tavshedspligt."
)

_ROLE_ORDER = {role: i for i, role in enumerate(MemberRole)}
_STEERING = (MemberRole.CHAIR, MemberRole.STEERING_GROUP)


class DocumentError(FodslagError):
    """A document cannot be made: something it needs is missing, or the template is unusable.

    ``placeholder`` names the template field at fault when a user's own template is the cause.
    """

    def __init__(self, message: str | Message, placeholder: str | None = None, **params: Any) -> None:
        super().__init__(message, **params)
        self.placeholder = placeholder


def _unknown(message: Message, document: str | Message, given: str, choices: Sequence[str]) -> DocumentError:
    """A layout or file format the document is not made in, and the ones it is."""
    *first, last = choices
    words = Phrase(messages.EITHER_OR, (("first", ", ".join(first)), ("last", last))) if first else last
    return DocumentError(message, document=document, layout=given, format=given, choices=words)


@dataclass(frozen=True)
class DocumentRequest:
    """What ``DocumentService.export`` was asked for, checked against the kind's table row."""

    target: Target
    fmt: str
    partnership_id: int | None = None
    meeting_id: int | None = None
    layout: str | None = None
    all_contacts: bool = False
    agreement_id: int | None = None
    version: int | None = None

    @property
    def partnership(self) -> int:
        if self.partnership_id is None:
            raise DocumentError(messages.DOCUMENT_NEEDS_PARTNERSHIP)
        return self.partnership_id

    @property
    def meeting(self) -> int:
        assert self.meeting_id is not None  # export() refuses a meeting kind without one
        return self.meeting_id


#: how a kind is made: the service's own method, called with the checked request
Builder = Callable[["DocumentService", DocumentRequest], Path]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document, as the CLI and the Dokumenter screen offer it."""

    key: str  # "action-card", the CLI's KIND
    name: str  # Danish, the start of the suggested file name
    formats: tuple[str, ...]  # first is the default
    build: Builder | None = None  # None: not made through export() (the newsletter)
    needs_meeting: bool = False
    layouts: tuple[str, ...] = ()  # the PDF's paper layouts, first is the default


def _calendar(docs: DocumentService, r: DocumentRequest) -> Path:
    if r.meeting_id is not None:
        return docs.calendar(r.target, meeting_id=r.meeting_id)
    return docs.calendar(r.target, partnership_id=r.partnership)


def _contact_list(docs: DocumentService, r: DocumentRequest) -> Path:
    return docs.contact_list(None if r.all_contacts else r.partnership, r.target, r.fmt)  # type: ignore[arg-type]


def _agreement(docs: DocumentService, r: DocumentRequest) -> Path:
    return docs.agreement(
        r.target,
        agreement_id=r.agreement_id,
        partnership_id=r.partnership,
        version=r.version,
        fmt=r.fmt,  # type: ignore[arg-type]
    )


#: every kind of document: key -> label (the file name's start), file types, how it is built
KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("action-card", "Actioncard", ("pdf",),
                 lambda d, r: d.action_card(r.partnership, r.target, r.layout or "a4"),  # type: ignore[arg-type]
                 layouts=("a4", "a6")),
    DocumentKind("folder", "Folder", ("pdf",),
                 lambda d, r: d.folder(r.partnership, r.target, r.layout or "trifold"),  # type: ignore[arg-type]
                 layouts=("trifold", "a5")),
    DocumentKind("contact-list", "Telefon- og mailliste", ("xlsx", "pdf", "vcf"), _contact_list),
    DocumentKind("invitation", "Indkaldelse", ("docx", "pdf"),
                 lambda d, r: d.invitation(r.meeting, r.target, r.fmt), needs_meeting=True),  # type: ignore[arg-type]
    DocumentKind("minutes", "Referat", ("docx", "pdf"),
                 lambda d, r: d.minutes(r.meeting, r.target, r.fmt), needs_meeting=True),  # type: ignore[arg-type]
    DocumentKind("meeting-pack", "Mødemappe", ("pdf",),
                 lambda d, r: d.meeting_pack(r.meeting, r.target), needs_meeting=True),
    DocumentKind("agreement", "Samarbejdsaftale", ("docx", "pdf"), _agreement),
    DocumentKind("progress", "Fremdrift", ("xlsx",), lambda d, r: d.progress(r.partnership, r.target)),
    DocumentKind("calendar", "Mødekalender", ("ics",), _calendar),
    DocumentKind("safety-report", "Kriminalitets- og tryghedsrapport", ("docx",),
                 lambda d, r: d.safety_report(r.partnership, r.target)),
)  # fmt: skip
KIND_BY_KEY = {k.key: k for k in KINDS}
#: the newsletter is written from a subject and a text (``DocumentService.newsletter``)
NEWSLETTER = DocumentKind("newsletter", "Nyhedsmail", ("eml",))

_FORBIDDEN_IN_NAMES = str.maketrans({c: "-" for c in '<>:"/\\|?*'})


def suggested_filename(
    kind: str, fmt: str, partnership: str, meeting: str = "", held: date | None = None
) -> str:
    """A Danish default file name, safe on Windows: 'Actioncard – Tryghedsnetværk Solbakken.pdf'.

    A meeting's documents carry its date ('Indkaldelse – Styregruppemøde – 2026-03-12.docx'):
    the meetings of a series share a title, and each invitation overwrote the last one.
    The date is written year first, so the files of a folder sort by date."""
    name = NEWSLETTER.name if kind == NEWSLETTER.key else KIND_BY_KEY[kind].name
    parts = [name, meeting or partnership, held.isoformat() if held else ""]
    stem = " – ".join(p for p in parts if p).translate(_FORBIDDEN_IN_NAMES).strip(" .")
    return f"{stem}.{fmt}"


# -- small builders ----------------------------------------------------------------------


#: the heading of the contact list of the whole register
ALL_CONTACTS = "Alle kontakter"


def contact_line(person: Person, role: str = "") -> ContactLine:
    return ContactLine(
        name=person.name,
        title=person.title,
        organisation=person.organisation.name if person.organisation else "",
        trade=label(person.trade),
        role=role,
        phone=format_phone(person.phone),
        mobile=format_phone(person.mobile),
        email=person.email or "",
    )


def _active_members(partnership: Partnership, today: date) -> list[tuple[Person, MemberRole]]:
    """One entry per person active today, with their most senior role, in role then name order."""
    best: dict[int, tuple[Person, MemberRole]] = {}
    for m in partnership.memberships:
        if not m.is_active(today) or m.person.erased_on is not None:
            continue
        held = best.get(m.person_id)
        if held is None or _ROLE_ORDER[m.role] < _ROLE_ORDER[held[1]]:
            best[m.person_id] = (m.person, m.role)
    return sorted(best.values(), key=lambda pr: (_ROLE_ORDER[pr[1]], pr[0].name_sort))


def _partnership_query(partnership_id: int) -> Select[Partnership]:
    return (
        select(Partnership)
        .where(Partnership.id == partnership_id)
        .options(
            selectinload(Partnership.parties),
            selectinload(Partnership.memberships)
            .selectinload(Membership.person)
            .selectinload(Person.organisation),
            selectinload(Partnership.coordinator).selectinload(Person.organisation),
            selectinload(Partnership.anchoring_organisation),
        )
    )


def _partnership(session: Session, partnership_id: int) -> Partnership:
    p = session.scalars(_partnership_query(partnership_id)).one_or_none()
    if p is None:
        get_or_404(session, Partnership, partnership_id)
    assert p is not None
    return p


def _action_item(a: ActionItem, today: date) -> ActionItemData:
    return ActionItemData(
        title=a.title,
        owner=a.owner.name if a.owner else "",
        due=a.due_date,
        status=label(a.status),
        overdue=a.is_overdue(today),
        meeting=f"{a.meeting.title} {short_date(a.meeting.starts_at)}" if a.meeting else "",
    )


def _open_items(session: Session, partnership_id: int, today: date) -> list[ActionItemData]:
    items = session.scalars(
        select(ActionItem)
        .where(
            ActionItem.partnership_id == partnership_id,
            ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
        )
        .options(selectinload(ActionItem.owner), selectinload(ActionItem.meeting))
        .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
    )
    return [_action_item(a, today) for a in items]


def _meeting_options() -> tuple[LoaderOption, ...]:
    return (
        selectinload(Meeting.agenda),
        selectinload(Meeting.participants)
        .selectinload(MeetingParticipant.person)
        .selectinload(Person.organisation),
        selectinload(Meeting.decisions),
        selectinload(Meeting.action_items).selectinload(ActionItem.owner),
        selectinload(Meeting.minutes_taker),
    )


def _organiser(partnership: Partnership, today: date) -> ContactLine | None:
    """Who invites: the coordinator; without one (or without e-mail) the secretariat, then
    the chair, so the calendar invitation has an ORGANIZER people can answer."""
    coordinator = partnership.coordinator
    if coordinator is not None and coordinator.email:
        return contact_line(coordinator, "Koordinator")
    for wanted in (MemberRole.SECRETARIAT, MemberRole.CHAIR):
        for person, role in _active_members(partnership, today):
            if role == wanted and person.email:
                return contact_line(person, label(role))
    return contact_line(coordinator, "Koordinator") if coordinator is not None else None


def _referent(m: Meeting) -> str:
    """The chosen referent, never someone the attendance lists under afbud or absent."""
    if m.minutes_taker is None:
        return ""
    away = {Attendance.APOLOGY, Attendance.ABSENT}
    if any(p.person_id == m.minutes_taker_id and p.attendance in away for p in m.participants):
        return ""
    return m.minutes_taker.name


def _neighbour(session: Session, m: Meeting, *, later: bool) -> MeetingRefData | None:
    """The meeting before or after ``m``: in its series if it has one, else of its type."""
    same = Meeting.series_uid == m.series_uid if m.series_uid else Meeting.meeting_type == m.meeting_type
    when = Meeting.starts_at > m.starts_at if later else Meeting.starts_at < m.starts_at
    other = session.scalars(
        select(Meeting)
        .where(
            Meeting.partnership_id == m.partnership_id,
            Meeting.id != m.id,
            Meeting.status != MeetingStatus.CANCELLED,
            same,
            when,
        )
        .order_by(Meeting.starts_at if later else Meeting.starts_at.desc())
        .limit(1)
    ).first()
    if other is None:
        return None
    return MeetingRefData(other.title, other.starts_at, other.ends_at, other.place)


def _meeting(
    m: Meeting,
    partnership: Partnership,
    today: date,
    open_items: Sequence[ActionItemData] = (),
) -> MeetingData:
    agenda_titles = {a.id: a.title for a in m.agenda}
    return MeetingData(
        partnership=partnership.name,
        title=m.title,
        meeting_type=label(m.meeting_type),
        starts_at=m.starts_at,
        ends_at=m.ends_at,
        place=m.place,
        uid=m.uid,
        sequence=m.ics_sequence,
        cancelled=m.status == MeetingStatus.CANCELLED,
        organiser=_organiser(partnership, today),
        agenda=tuple(
            AgendaItemData(i, a.title, a.description, a.duration_minutes, a.presenter)
            for i, a in enumerate(m.agenda, start=1)
        ),
        attendees=tuple(
            AttendeeData(
                name=p.person.name,
                organisation=p.person.organisation.name if p.person.organisation else "",
                email=p.person.email or "",
                status=label(p.attendance),
            )
            for p in sorted(m.participants, key=lambda p: p.person.name_sort)
        ),
        minutes=m.minutes,
        minutes_taker=_referent(m),
        decisions=tuple(
            DecisionData(d.text, agenda_titles.get(d.agenda_item_id or -1, "")) for d in m.decisions
        ),
        action_items=tuple(_action_item(a, today) for a in m.action_items),
        open_action_items=tuple(open_items),
    )


def _goals(strategy: Strategy | None) -> tuple[GoalData, ...]:
    if strategy is None:
        return ()
    return tuple(
        GoalData(
            g.title,
            g.success_criterion,
            tuple(SubGoalData(sg.code, sg.title, sg.description, id=sg.id) for sg in g.sub_goals),
        )
        for g in strategy.goals
    )


def _strategy(session: Session, partnership_id: int) -> Strategy | None:
    """The partnership's strategy (the first one made, if there are several)."""
    return session.scalars(
        select(Strategy)
        .where(Strategy.partnership_id == partnership_id)
        .options(
            selectinload(Strategy.goals).selectinload(OverallGoal.sub_goals),
            selectinload(Strategy.focus_areas),
        )
        .order_by(Strategy.id)
        .limit(1)
    ).one_or_none()


def _indicators(session: Session, partnership_id: int) -> tuple[IndicatorData, ...]:
    return tuple(
        IndicatorData(
            name=i.name,
            unit=i.unit,
            source=i.source,
            direction=str(i.direction),
            baseline=i.baseline_value,
            baseline_date=i.baseline_date,
            target=i.target_value,
            target_date=i.target_date,
            linked_to=linked_to,
            sub_goal_id=i.sub_goal_id,
            measurements=tuple(
                MeasurementData(m.period, m.value, m.area, m.respondents) for m in measurements
            ),
        )
        for i, linked_to, measurements in load_indicators(session, Indicator.partnership_id == partnership_id)
    )


def _initiatives(session: Session, strategy: Strategy | None) -> tuple[InitiativeData, ...]:
    if strategy is None:
        return ()
    rows = session.scalars(
        select(Initiative)
        .where(Initiative.strategy_id == strategy.id)
        .options(
            selectinload(Initiative.focus_area),
            selectinload(Initiative.owner),
            selectinload(Initiative.responsible_organisation),
            selectinload(Initiative.contributions).selectinload(InitiativeContribution.sub_goal),
        )
        .order_by(Initiative.title)
    ).all()
    meeting_ids = {i.approved_meeting_id for i in rows if i.approved_meeting_id}
    meetings = {
        mid: f"{title} {short_date(starts)}"
        for mid, title, starts in session.execute(
            select(Meeting.id, Meeting.title, Meeting.starts_at).where(Meeting.id.in_(meeting_ids))
        )
    }

    def responsible(i: Initiative) -> str:
        party = label(i.responsible_party)
        org = i.responsible_organisation.name if i.responsible_organisation else ""
        return f"{party} ({org})" if org else party

    return tuple(
        InitiativeData(
            title=i.title,
            focus_area=i.focus_area.name if i.focus_area else "",
            description=i.description,
            target_group=i.target_group,
            responsible_party=responsible(i),
            owner=i.owner.name if i.owner else "",
            evidence_basis=label(i.evidence_basis),
            prevention_kind=label(i.prevention_kind),
            intervention_type=label(i.intervention_type),
            success_criteria=i.success_criteria,
            start=i.start_date,
            end=i.end_date,
            status=label(i.status),
            approved_on=i.approved_on,
            approved_at_meeting=meetings.get(i.approved_meeting_id or -1, ""),
            contributions=tuple(
                ContributionData(c.sub_goal_id, f"Delmål {c.sub_goal.code}: {c.sub_goal.title}", c.text)
                for c in sorted(i.contributions, key=lambda c: (c.sub_goal.code, c.sub_goal_id))
                if c.text.strip()
            ),
        )
        for i in rows
    )


def _safety_index(session: Session, partnership_id: int) -> SafetyIndexData | None:
    """The partnership's index with its shared settings; None when no indicator feeds it."""
    from desktop.services.indicators import indicator_rows
    from desktop.services.safety_index import IndexSettings, index_table, series_of, settings_of

    series = series_of(indicator_rows(session, partnership_id, with_measurements=True))
    if not series:
        return None
    settings = settings_of(session, [partnership_id]).get(partnership_id, IndexSettings(partnership_id))
    table = index_table(settings, series)
    return SafetyIndexData(table.method, settings.reference_area, tuple(table.rows), tuple(table.notes))


def _progress(session: Session, partnership: Partnership, today: date) -> ProgressData:
    strategy = _strategy(session, partnership.id)
    return ProgressData(
        partnership=partnership.name,
        strategy=strategy.name if strategy else "",
        vision=strategy.vision if strategy else "",
        goals=_goals(strategy),
        initiatives=_initiatives(session, strategy),
        indicators=_indicators(session, partnership.id),
        produced=today,
        safety_index=_safety_index(session, partnership.id),
    )


def _latest_agreement_version(session: Session, partnership_id: int) -> AgreementVersion | None:
    """The current version of the partnership's newest agreement."""
    agreement = session.scalars(
        select(Agreement)
        .where(Agreement.partnership_id == partnership_id)
        .options(selectinload(Agreement.versions).selectinload(AgreementVersion.sections))
        .order_by(Agreement.id.desc())
        .limit(1)
    ).one_or_none()
    return agreement.current if agreement else None


def _section_text(version: AgreementVersion | None, *prefixes: str) -> str:
    if version is None:
        return ""
    for section in version.sections:
        if section.heading.strip().lower().startswith(prefixes) and section.body.strip():
            return section.body
    return ""


@in_danish  # the documents' own words are Danish, so are their dates, numbers and labels
class DocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- action card and folder ----------------------------------------------------------

    def action_card_data(self, partnership_id: int) -> ActionCardData:
        with self.db.read() as session:
            partnership = get_or_404(session, Partnership, partnership_id)
            return self._action_card(session, partnership)

    def _action_card(self, session: Session, partnership: Partnership) -> ActionCardData:
        card = session.scalars(
            select(ActionCard)
            .where(ActionCard.partnership_id == partnership.id)
            .options(
                selectinload(ActionCard.problems),
                selectinload(ActionCard.contacts).selectinload(ActionCardContact.problems),
                selectinload(ActionCard.contacts).selectinload(ActionCardContact.organisation),
            )
        ).one_or_none()
        if card is None or not card.contacts:
            raise DocumentError(messages.DOCUMENT_NO_ACTION_CARD, name=partnership.name)
        index = {p.id: i for i, p in enumerate(card.problems)}
        return ActionCardData(
            partnership=partnership.name,
            title=card.title,
            problems=tuple(p.name for p in card.problems),
            rows=tuple(
                ActionCardRow(
                    label=c.label,
                    detail=c.detail or (c.organisation.name if c.organisation else ""),
                    phone=format_phone(c.phone),
                    email=c.email or "",
                    handles=frozenset(index[p.id] for p in c.problems if p.id in index),
                )
                for c in card.contacts
            ),
            version_label=f"Version {card.version}",
            updated=card.updated_at.date() if card.updated_at else None,
            police_service=card.police_service,
            emergency=card.emergency,
            footer=partnership.area,
        )

    def a6_sides(self, partnership_id: int) -> int:
        """How many A6 sides the partnership's card needs at the smallest font: 1 (four cards to
        a sheet), 2 (a two-sided card) or more (too big for A6). Said before printing."""
        from desktop.exports.action_card import a6_sides

        return a6_sides(self.action_card_data(partnership_id))

    def action_card(self, partnership_id: int, target: Target, layout: Literal["a4", "a6"] = "a4") -> Path:
        from desktop.exports.action_card import write_action_card_pdf

        if layout not in ("a4", "a6"):
            raise _unknown(messages.DOCUMENT_LAYOUT_UNKNOWN, messages.THE_ACTION_CARD, layout, ("a4", "a6"))
        write_action_card_pdf(self.action_card_data(partnership_id), target, layout=layout)
        return Path(target)

    def folder_data(self, partnership_id: int, today: date | None = None) -> FolderData:
        today = today or date.today()
        with self.db.read() as session:
            p = _partnership(session, partnership_id)
            card = self._action_card(session, p)
            version = _latest_agreement_version(session, partnership_id)
            members = _active_members(p, today)
            steering = tuple(
                contact_line(person, label(role)) for person, role in members if role in _STEERING
            )
            secretariat = tuple(
                contact_line(person, label(role))
                for person, role in members
                if role == MemberRole.SECRETARIAT
            )
            parties = ", ".join(o.name for o in sorted(p.parties, key=lambda o: o.name))
            organisation = _section_text(version, "organisering") or (
                f"Netværket er et samarbejde mellem {parties}. " if parties else ""
            ) + (
                "En styregruppe leder netværket, og sekretariatet samler viden og indkalder til "
                "møderne. Netværket mødes to gange om året."
            )
            coordinator = p.coordinator
            contact_text = ""
            if coordinator is not None:
                phone = format_phone(coordinator.mobile or coordinator.phone)
                how = ", ".join(x for x in (phone and f"tlf. {phone}", coordinator.email or "") if x)
                contact_text = f"Kontakt koordinator {coordinator.name}" + (f", {how}." if how else ".")
            return FolderData(
                partnership=p.name,
                area=p.area,
                background=p.description or _section_text(version, "baggrund"),
                purpose=_section_text(version, "formål"),
                what_it_is_not=WHAT_IT_IS_NOT,
                organisation_text=organisation,
                steering_group=steering,
                secretariat=secretariat,
                action_card=card,
                contact_text=contact_text,
            )

    def folder(
        self, partnership_id: int, target: Target, layout: Literal["trifold", "a5"] = "trifold"
    ) -> Path:
        from desktop.exports.folder import write_folder_pdf

        if layout not in ("trifold", "a5"):
            raise _unknown(messages.DOCUMENT_LAYOUT_UNKNOWN, messages.THE_FOLDER, layout, ("trifold", "a5"))
        write_folder_pdf(self.folder_data(partnership_id), target, layout=layout)
        return Path(target)

    # -- contact list --------------------------------------------------------------------

    def contact_list_data(self, partnership_id: int | None, today: date | None = None) -> ContactListData:
        """The phone and mail list: the partnership's members active today; ``None``: the
        whole register (every contact not erased), in name order."""
        today = today or date.today()
        with self.db.read() as session:
            if partnership_id is None:
                people = session.scalars(
                    select(Person)
                    .where(Person.erased_on.is_(None))
                    .options(selectinload(Person.organisation))
                    .order_by(Person.name_folded, Person.id)
                )
                lines = tuple(contact_line(person) for person in people)
                return ContactListData(partnership=ALL_CONTACTS, produced=today, contacts=lines)
            p = _partnership(session, partnership_id)
            contacts = tuple(contact_line(person, label(role)) for person, role in _active_members(p, today))
            return ContactListData(partnership=p.name, produced=today, contacts=contacts)

    def contact_list(
        self, partnership_id: int | None, target: Target, fmt: Literal["xlsx", "pdf", "vcf"] = "xlsx"
    ) -> Path:
        """``partnership_id`` None: every contact of the register."""
        data = self.contact_list_data(partnership_id)
        if fmt == "xlsx":
            from desktop.exports.contact_list_xlsx import write_contact_list_xlsx

            write_contact_list_xlsx(data, target)
        elif fmt == "pdf":
            from desktop.exports.contact_list_pdf import write_contact_list_pdf

            write_contact_list_pdf(data, target)
        elif fmt == "vcf":
            from desktop.exports.vcard import write_vcards

            write_vcards(data.contacts, target)
        else:
            raise _unknown(
                messages.DOCUMENT_FORMAT_UNKNOWN, messages.THE_CONTACT_LIST, fmt, ("xlsx", "pdf", "vcf")
            )
        return Path(target)

    # -- meetings ------------------------------------------------------------------------

    def meeting_data(self, meeting_id: int, today: date | None = None) -> MeetingData:
        """A meeting with its agenda, invitees, minutes, decisions and action items.

        A meeting still planned carries the partnership's open action items from earlier
        meetings, which the invitation puts on the agenda.
        """
        today = today or date.today()
        with self.db.read() as session:
            return self._meeting_data(session, meeting_id, today)

    def _meeting_data(self, session: Session, meeting_id: int, today: date) -> MeetingData:
        m = session.scalars(
            select(Meeting).where(Meeting.id == meeting_id).options(*_meeting_options())
        ).one_or_none()
        if m is None:
            get_or_404(session, Meeting, meeting_id)
        assert m is not None
        p = session.scalars(
            select(Partnership)
            .where(Partnership.id == m.partnership_id)
            .options(selectinload(Partnership.coordinator).selectinload(Person.organisation))
        ).one()
        carried: list[ActionItemData] = []
        if m.status == MeetingStatus.PLANNED:
            own = {a.id for a in m.action_items}
            carried = [
                _action_item(a, today)
                for a in session.scalars(
                    select(ActionItem)
                    .where(
                        ActionItem.partnership_id == m.partnership_id,
                        ActionItem.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
                    )
                    .options(selectinload(ActionItem.owner), selectinload(ActionItem.meeting))
                    .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, ActionItem.id)
                )
                if a.id not in own
            ]
        return dataclasses.replace(
            _meeting(m, p, today, carried),
            previous=_neighbour(session, m, later=False),
            next=_neighbour(session, m, later=True),
        )

    def invitation(self, meeting_id: int, target: Target, fmt: Literal["docx", "pdf"] = "docx") -> Path:
        data = self.meeting_data(meeting_id)
        if fmt == "docx":
            from desktop.exports.meeting_docx import write_invitation_docx

            write_invitation_docx(data, target)
        elif fmt == "pdf":
            from desktop.exports.meeting_pdf import write_invitation_pdf

            write_invitation_pdf(data, target)
        else:
            raise _unknown(messages.DOCUMENT_FORMAT_UNKNOWN, messages.THE_INVITATION, fmt, ("docx", "pdf"))
        return Path(target)

    def minutes(self, meeting_id: int, target: Target, fmt: Literal["docx", "pdf"] = "docx") -> Path:
        data = self.meeting_data(meeting_id)
        if fmt == "docx":
            from desktop.exports.meeting_docx import write_minutes_docx

            write_minutes_docx(data, target)
        elif fmt == "pdf":
            from desktop.exports.meeting_pdf import write_minutes_pdf

            write_minutes_pdf(data, target)
        else:
            raise _unknown(messages.DOCUMENT_FORMAT_UNKNOWN, messages.THE_MINUTES, fmt, ("docx", "pdf"))
        return Path(target)

    def meeting_pack_data(self, meeting_id: int, today: date | None = None) -> MeetingPackData:
        """The chair's pack: the invitation, the previous meeting of the same type, open items, progress."""
        today = today or date.today()
        with self.db.read() as session:
            meeting = self._meeting_data(session, meeting_id, today)
            m = session.get(Meeting, meeting_id)
            assert m is not None
            previous_id = session.scalar(
                select(Meeting.id)
                .where(
                    Meeting.partnership_id == m.partnership_id,
                    Meeting.meeting_type == m.meeting_type,
                    Meeting.starts_at < m.starts_at,
                    Meeting.status != MeetingStatus.CANCELLED,
                )
                .order_by(Meeting.starts_at.desc())
                .limit(1)
            )
            previous = self._meeting_data(session, previous_id, today) if previous_id is not None else None
            p = session.get(Partnership, m.partnership_id)
            assert p is not None
            return MeetingPackData(
                meeting=meeting,
                previous_meeting=previous,
                open_action_items=tuple(_open_items(session, m.partnership_id, today)),
                progress=_progress(session, p, today),
            )

    def meeting_pack(self, meeting_id: int, target: Target) -> Path:
        from desktop.exports.meeting_pack import write_meeting_pack_pdf

        write_meeting_pack_pdf(self.meeting_pack_data(meeting_id), target)
        return Path(target)

    # -- agreement -----------------------------------------------------------------------

    def agreement_data(
        self,
        agreement_id: int | None = None,
        *,
        partnership_id: int | None = None,
        version: int | None = None,
    ) -> AgreementData:
        """One version of an agreement (the newest unless ``version`` names one).

        Without ``agreement_id`` the partnership's newest agreement is used.
        """
        with self.db.read() as session:
            if agreement_id is None:
                if partnership_id is None:
                    raise ValueError("agreement_id or partnership_id is required")
                name = get_or_404(session, Partnership, partnership_id).name
                agreement_id = session.scalar(
                    select(Agreement.id)
                    .where(Agreement.partnership_id == partnership_id)
                    .order_by(Agreement.id.desc())
                    .limit(1)
                )
                if agreement_id is None:
                    raise DocumentError(messages.DOCUMENT_NO_AGREEMENT, name=name)
            agreement = get_or_404(session, Agreement, agreement_id)
            query = (
                select(AgreementVersion)
                .where(AgreementVersion.agreement_id == agreement_id)
                .options(
                    selectinload(AgreementVersion.sections),
                    selectinload(AgreementVersion.commitments).selectinload(PartyCommitment.organisation),
                    selectinload(AgreementVersion.signatories).selectinload(Signatory.organisation),
                )
            )
            if version is None:
                query = query.order_by(AgreementVersion.number.desc()).limit(1)
            else:
                query = query.where(AgreementVersion.number == version)
            v = session.scalars(query).one_or_none()
            if v is None:
                if version is not None:
                    raise DocumentError(
                        messages.DOCUMENT_NO_SUCH_VERSION, title=agreement.title, version=version
                    )
                raise DocumentError(messages.DOCUMENT_NO_VERSIONS, title=agreement.title)
            p = session.scalars(
                select(Partnership)
                .where(Partnership.id == agreement.partnership_id)
                .options(selectinload(Partnership.parties))
            ).one()
            strategy = _strategy(session, p.id)
            parties = [o.name for o in sorted(p.parties, key=lambda o: o.name)]
            for c in v.commitments:
                if c.organisation.name not in parties:
                    parties.append(c.organisation.name)
            return AgreementData(
                partnership=p.name,
                title=agreement.title,
                version_number=v.number,
                status=label(v.status),
                version_date=v.signed_on or v.approved_on or agreement.updated_at.date(),
                parties=tuple(parties),
                sections=tuple(AgreementSectionData(s.heading, s.body) for s in v.sections),
                goals=_goals(strategy),
                commitments=tuple(
                    CommitmentData(c.organisation.name, c.text)
                    for c in sorted(v.commitments, key=lambda c: (c.organisation.name, c.id))
                ),
                signatories=tuple(
                    SignatoryData(s.organisation.name, s.name, s.title, s.signed_on)
                    for s in sorted(v.signatories, key=lambda s: s.id)
                ),
                valid_from=v.valid_from,
                valid_to=v.valid_to,
                vision=strategy.vision if strategy else "",
            )

    def agreement(
        self,
        target: Target,
        *,
        agreement_id: int | None = None,
        partnership_id: int | None = None,
        version: int | None = None,
        template: str | os.PathLike[str] | None = None,
        fmt: Literal["docx", "pdf"] = "docx",
    ) -> Path:
        """The agreement as Word, filled into the user's own template when one is set, or one
        version as a PDF (``version``: its number; the newest when None)."""
        from desktop.exports.agreement_docx import write_agreement_docx
        from desktop.exports.errors import TemplateError
        from desktop.services.settings import Settings

        data = self.agreement_data(agreement_id, partnership_id=partnership_id, version=version)
        if fmt == "pdf":
            from desktop.exports.agreement_pdf import write_agreement_pdf

            write_agreement_pdf(data, target)
            return Path(target)
        chosen = Path(template) if template else None
        if chosen is None and Settings.load().agreement_template:
            chosen = Path(Settings.load().agreement_template)
        if chosen is not None and not chosen.is_file():
            raise DocumentError(messages.DOCUMENT_TEMPLATE_MISSING, path=chosen)
        try:
            write_agreement_docx(data, target, template=chosen)
        except TemplateError as error:
            raise DocumentError(error.message, error.placeholder) from error
        return Path(target)

    # -- strategy, indicators ------------------------------------------------------------

    def progress_data(self, partnership_id: int, today: date | None = None) -> ProgressData:
        today = today or date.today()
        with self.db.read() as session:
            p = get_or_404(session, Partnership, partnership_id)
            return _progress(session, p, today)

    def progress(self, partnership_id: int, target: Target) -> Path:
        from desktop.exports.progress_xlsx import write_progress_xlsx

        write_progress_xlsx(self.progress_data(partnership_id), target)
        return Path(target)

    def safety_report_data(self, partnership_id: int, today: date | None = None) -> SafetyReportData:
        today = today or date.today()
        with self.db.read() as session:
            p = get_or_404(session, Partnership, partnership_id)
            version = _latest_agreement_version(session, partnership_id)
            sections = []
            if p.description.strip():
                sections.append(AgreementSectionData("Baggrund", p.description))
            purpose = _section_text(version, "formål")
            if purpose and not sections:
                sections.append(AgreementSectionData("Formål", purpose))
            return SafetyReportData(
                partnership=p.name,
                area=p.area,
                produced=today,
                indicators=_indicators(session, partnership_id),
                goals=_goals(_strategy(session, partnership_id)),
                sections=tuple(sections),
                safety_index=_safety_index(session, partnership_id),
            )

    def safety_report(self, partnership_id: int, target: Target) -> Path:
        from desktop.exports.safety_report_docx import write_safety_report_docx

        write_safety_report_docx(self.safety_report_data(partnership_id), target)
        return Path(target)

    # -- calendar ------------------------------------------------------------------------

    def calendar_data(
        self,
        *,
        partnership_id: int | None = None,
        meeting_id: int | None = None,
        today: date | None = None,
    ) -> list[MeetingData]:
        """One meeting, or the partnership's meetings from today on (cancelled ones too,
        so they disappear from the recipients' calendars)."""
        today = today or date.today()
        with self.db.read() as session:
            if meeting_id is not None:
                return [self._meeting_data(session, meeting_id, today)]
            if partnership_id is None:
                raise ValueError("meeting_id or partnership_id is required")
            p = session.scalars(
                select(Partnership)
                .where(Partnership.id == partnership_id)
                .options(selectinload(Partnership.coordinator).selectinload(Person.organisation))
            ).one_or_none()
            if p is None:
                get_or_404(session, Partnership, partnership_id)
            assert p is not None
            meetings = session.scalars(
                select(Meeting)
                .where(
                    Meeting.partnership_id == partnership_id,
                    Meeting.starts_at >= datetime.combine(today, datetime.min.time()),
                )
                .options(*_meeting_options())
                .order_by(Meeting.starts_at)
            ).all()
            if not meetings:
                raise DocumentError(messages.DOCUMENT_NO_COMING_MEETINGS, name=p.name)
            return [_meeting(m, p, today) for m in meetings]

    def calendar(
        self, target: Target, *, partnership_id: int | None = None, meeting_id: int | None = None
    ) -> Path:
        from desktop.exports.calendar_ics import write_meeting_ics

        write_meeting_ics(self.calendar_data(partnership_id=partnership_id, meeting_id=meeting_id), target)
        return Path(target)

    # -- newsletter ----------------------------------------------------------------------

    def newsletter(
        self,
        partnership_id: int,
        subject: str,
        body: str,
        target: Target,
        *,
        sender_id: int | None = None,
        today: date | None = None,
        key: str | None = None,
    ) -> int:
        """Keep a copy of the newsletter on the partnership and write it as an unsent .eml draft.

        The sender is ``sender_id`` or the partnership's coordinator; the active members go
        in Bcc. Both happen or neither: the row is stored only if the file was written.
        Returns the stored newsletter's id.
        """
        from desktop.exports.newsletter_eml import write_newsletter_eml

        today = today or date.today()
        subject = require_text(subject, messages.NEWSLETTER_SUBJECT_MISSING, "subject")

        def make(session: Session) -> int:
            p = _partnership(session, partnership_id)
            sender = get_or_404(session, Person, sender_id) if sender_id is not None else p.coordinator
            if sender is None or not sender.email:
                raise DocumentError(messages.NEWSLETTER_NO_SENDER)
            recipients = tuple(
                contact_line(person, label(role))
                for person, role in _active_members(p, today)
                if person.email
            )
            if not recipients:
                raise DocumentError(messages.NEWSLETTER_NO_RECIPIENTS, name=p.name)
            letter = Newsletter(partnership_id=p.id, subject=subject, body=body or "")
            session.add(letter)
            session.flush()
            data = NewsletterData(
                partnership=p.name,
                subject=subject,
                body=body or "",
                sender=contact_line(sender, "Afsender"),
                recipients=recipients,
            )
            write_newsletter_eml(data, target)
            return letter.id

        return create_one(self.db, key, Newsletter, make)

    def newsletters(self, partnership_id: int) -> list[tuple[int, str, datetime]]:
        """The kept copies: (id, subject, written at), newest first."""
        with self.db.read() as session:
            rows = session.execute(
                select(Newsletter.id, Newsletter.subject, Newsletter.created_at)
                .where(Newsletter.partnership_id == partnership_id)
                .order_by(Newsletter.created_at.desc(), Newsletter.id.desc())
            ).all()
            return [(i, s, c) for i, s, c in rows]

    # -- one entry point for the CLI and the screen --------------------------------------

    def export(
        self,
        kind: str,
        target: Target,
        *,
        partnership_id: int | None = None,
        meeting_id: int | None = None,
        fmt: str | None = None,
        layout: str | None = None,
        all_contacts: bool = False,
        agreement_id: int | None = None,
        version: int | None = None,
    ) -> Path:
        """Produce one document of ``kind`` (a key of ``KINDS``) at ``target``.

        ``all_contacts``: the contact list of the whole register, not a partnership's.
        ``agreement_id``/``version``: which agreement and version (the newest by default)."""
        spec = KIND_BY_KEY.get(kind)
        if spec is None:
            raise DocumentError(messages.DOCUMENT_KIND_UNKNOWN, kind=kind)
        fmt = fmt or spec.formats[0]
        if fmt not in spec.formats:
            raise _unknown(messages.DOCUMENT_WRONG_FORMAT, spec.name, fmt, spec.formats)
        if spec.needs_meeting and meeting_id is None:
            raise DocumentError(messages.DOCUMENT_NEEDS_MEETING, document=spec.name.lower())
        assert spec.build is not None
        request = DocumentRequest(
            target, fmt, partnership_id, meeting_id, layout, all_contacts, agreement_id, version
        )
        return spec.build(self, request)

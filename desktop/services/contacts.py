"""Contacts (professionals) and organisations: search, detail, create, edit, delete."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.visitors import InternalTraversal

from desktop.formatting import short_date
from desktop.models import Membership, Organisation, Person
from desktop.models.collation import key_prefixes, sort_key
from desktop.models.contact_details import fold_name, format_phone, normalize_email, normalize_phone
from desktop.models.enums import label
from desktop.models.errors import ValidationError
from desktop.models.search import person_search_token, prefix_upper_bound, query_words, strict_prefixes
from desktop.services.common import Page, apply_changes, get_or_404
from desktop.services.contact_rows import NO_FILTER, Cursor, contact_row

# the plain data this service takes and returns, where callers have always found it
from desktop.services.contact_rows import ContactDetail as ContactDetail
from desktop.services.contact_rows import ContactFilter as ContactFilter
from desktop.services.contact_rows import ContactRow as ContactRow
from desktop.services.contact_rows import OrganisationRow as OrganisationRow
from desktop.services.creation import create_once, create_one
from desktop.services.database import Database

CONTACT_FIELDS = {"name", "title", "organisation_id", "trade", "phone", "mobile", "email", "note"}
ORGANISATION_FIELDS = {"name", "kind", "parent_id", "address", "phone", "email", "note"}


#: words this short search the start of the name only (fast); longer ones every name part
SHORT_WORD = 2


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range an index can serve (LIKE often cannot)."""
    return and_(column >= prefix, column < prefix_upper_bound(prefix))


def _search_condition(
    text: str, *, common: bool = False, in_order: bool = False, after: Cursor | None = None
) -> ColumnElement[bool] | None:
    """Every word must start a word of the name, the e-mail or its domain; digits match phones.

    A query of only digits and spaces ("30 11", "+45 3011") is a phone number typed the way
    people type them. Words are folded like the tokens ("moller", "moeller" and "møller" are
    one word) and looked up in the search-token index, so each keystroke costs an index
    range scan, not a pass over 100,000 names. ``common``: the longest word starts so many
    tokens (a domain most people share) that the page walks the name index, checking each
    person's own tokens, rather than sorting every match. ``in_order``: short words are
    matched as ranges of the sort key, so the page walks the list's own index (from
    ``after``); counting uses the folded name's index, which answers the same question.
    """
    number = _phone_prefix(text)
    if number is not None:
        if in_order and _short_phone(number):
            # a digit or two match a quarter of the list: read the phone indexes and the
            # planner sorts 75,000 rows (1.4 s at 300,000); hidden from them, the page walks
            # the name index and stops after its rows (a quarter of the rows match)
            phone, mobile = func.coalesce(Person.phone, ""), func.coalesce(Person.mobile, "")
            return or_(_prefix(phone, number), _prefix(mobile, number))
        return or_(_prefix(Person.phone, number), _prefix(Person.mobile, number))
    words = query_words(text)
    if not words:
        return None
    # The longest word is the most selective: it alone goes through the token index; the
    # others are checked on the few rows it leaves (a range of the token table's key).
    lead = max(words, key=len) if max(map(len, words)) > SHORT_WORD else words[0]
    rest = list(words)
    rest.remove(lead)
    if len(lead) > SHORT_WORD and common:
        own = person_search_token.alias("own_lead")
        conditions: list[ColumnElement[bool]] = [
            exists().where(own.c.person_id == Person.id, _prefix(own.c.token, lead))
        ]
        conditions += _other_words(rest, Person.id)
    elif len(lead) > SHORT_WORD:
        # the other words are checked in the token table too, before any person row is read:
        # "jens p" reads the 300 people who have both, not the 9,000 Jens (36 -> 18 ms at 300,000)
        led = person_search_token
        tokens = select(led.c.person_id).where(
            _prefix(led.c.token, lead), *_other_words(rest, led.c.person_id)
        )
        conditions = [_InTokens(Person.id, tokens)]
    else:  # only short words typed: names starting with the first (a token prefix that short
        # matches thousands of rows; the index takes over from the third letter)
        conditions = [_name_sort_starts(lead, after) if in_order else _name_starts(lead)]
        conditions += _other_words(rest, Person.id)
    return and_(*conditions) if conditions else None


def _other_words(words: list[str], person_id: Any) -> list[ColumnElement[bool]]:
    """Each word is the start of one of the person's own tokens (a range of that table's key)."""
    conditions: list[ColumnElement[bool]] = []
    for i, word in enumerate(words):
        own = person_search_token.alias(f"own_{i}")
        match = [own.c.person_id == person_id, _prefix(own.c.token, word)]
        if _WORD_ONLY.fullmatch(word):  # a name word beside others: "mette h" is Mette H., not @htk.dk
            match += [own.c.token.not_like("%@%"), own.c.token.not_like("%.%")]
        conditions.append(exists().where(*match))
    return conditions


def _phone_prefix(text: str) -> str | None:
    """The start of a phone number as stored ("+4530"), if ``text`` is only digits and spaces."""
    stripped = text.strip()
    if not stripped or not all(c.isdigit() or c in " +-" for c in stripped):
        return None
    digits = "".join(c for c in stripped if c.isdigit())
    if stripped.startswith("+") or stripped.startswith("00"):
        return "+" + digits.removeprefix("00")
    return "+45" + digits


def _short_phone(number: str) -> bool:
    """A digit or two of a Danish number ("3", "+45 30", "+4"): a good share of numbers match.

    (A foreign number, "+1", matches few: walking the name list for them would read it all.)
    """
    if number.startswith("+45"):
        return len(number) - len("+45") <= SHORT_WORD
    return "+45".startswith(number)


def _name_sort_starts(word: str, after: Cursor | None) -> ColumnElement[bool]:
    """``_name_starts`` as ranges of the sort key, within one range that the index walks.

    "ma" is "ma", "m{" (mæ) and "m}" (må, maa): one walk from "ma" to the end of "m}",
    each entry checked against the three ranges in the index itself; it starts at the
    cursor, so a page deep in the list costs what the first does.
    """
    prefixes = sorted({k for p in strict_prefixes(word) for k in key_prefixes(p)})
    low = min(prefixes)
    if after is not None:
        low = max(low, after[0])
    high = max(prefix_upper_bound(p) for p in prefixes)
    walk = and_(Person.name_sort >= low, Person.name_sort < high)
    if len(prefixes) == 1:
        return walk
    return and_(walk, or_(*(_prefix(Person.name_sort, p) for p in prefixes)))


def _after(cursor: Cursor | None) -> list[ColumnElement[bool]]:
    """Rows after ``cursor`` in list order: a range of the (name_sort, id) index, not an offset."""
    if cursor is None:
        return []
    key, person_id = cursor
    return [Person.name_sort >= key, or_(Person.name_sort > key, Person.id > person_id)]


_WORD_ONLY = re.compile(r"[a-z0-9]+")


class _InTokens(ColumnElement[bool]):
    """``person.id IN (token search)``; on PostgreSQL ``person.id = ANY(ARRAY(token search))``.

    With ``IN`` PostgreSQL's planner hashes the matches and reads all of ``person`` to join
    them (100,000 contacts: 56 ms for "moller"); the array is computed once and its ids are
    looked up in the primary key (16 ms). SQLite gets the plain ``IN``, which it serves
    from the token index.
    """

    type = Boolean()
    _is_implicitly_boolean = True  # a condition as it is, not "(...) = 1" where booleans are integers
    inherit_cache = True
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("tokens", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: Any, tokens: Select[Any]) -> None:
        self.column = column
        self.tokens = tokens


@compiles(_InTokens)
def _in_tokens(element: _InTokens, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.in_(element.tokens), **kw))


@compiles(_InTokens, "postgresql")
def _in_tokens_postgresql(element: _InTokens, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    return f"{column} = ANY(ARRAY{compiler.process(element.tokens.scalar_subquery(), **kw)})"


def _name_starts(word: str) -> ColumnElement[bool]:
    """The folded name starts with a spelling of ``word`` ("as": "as", "aas" or "aes").

    Several spellings share the first letter: its range is read in name order and each
    entry checked, so the page still stops after its rows instead of sorting every match.
    """
    prefixes = strict_prefixes(word)
    if len(prefixes) == 1:
        return _prefix(Person.name_folded, prefixes[0])
    return and_(
        _prefix(Person.name_folded, word[0]), or_(*(_prefix(Person.name_folded, p) for p in prefixes))
    )


def _walks_name_index(text: str) -> bool:
    """Whether ``_search_condition(text)`` is served in name order (no text, or short words)."""
    number = _phone_prefix(text)
    if number is not None:
        # the first digit or two match most numbers: then the name-ordered walk stops sooner
        return _short_phone(number)
    words = query_words(text)
    return not words or max(len(w) for w in words) <= SHORT_WORD


#: a lead word starting at least this many tokens, and ...
COMMON_TOKEN = 5_000
#: ... at least one for every this many people, is common: its page walks the name index
COMMON_SHARE = 10


def _lead_is_common(session: Session, text: str) -> bool:
    """Whether the token search for ``text`` matches so many people that sorting them costs
    more than walking the name index (``htk.dk`` in a municipality's list: 45,000 of 100,000
    people, 160 ms sorted, 2 ms walked). Counted on the token index, stopping at the limit.

    The limit grows with the list: a first name ("mette": 3,000 of 300,000) is common in
    tokens but clustered in the name order, and walking to it read half the index (1.2 s).
    The list's size is estimated from the highest id (one index lookup), not counted.
    """
    if _walks_name_index(text) or _phone_prefix(text) is not None:
        return False  # (a phone number is searched in the phone columns)
    words = query_words(text)
    lead = max(words, key=len)
    limit = max(COMMON_TOKEN, (session.scalar(select(func.max(Person.id))) or 0) // COMMON_SHARE)
    tokens = (
        select(person_search_token.c.person_id)
        .where(_prefix(person_search_token.c.token, lead))
        .limit(limit)
        .subquery()
    )
    return (session.scalar(select(func.count()).select_from(tokens)) or 0) >= limit


def _filtered(
    query: Select[Any],
    flt: ContactFilter,
    *,
    common: bool = False,
    in_order: bool = False,
    after: Cursor | None = None,
) -> Select[Any]:
    condition = _search_condition(flt.text, common=common, in_order=in_order, after=after)
    if condition is not None:
        query = query.where(condition)
    if flt.organisation_id is not None:
        query = query.where(Person.organisation_id == flt.organisation_id)
    if flt.trade is not None:
        query = query.where(Person.trade == flt.trade)
    return query.where(Person.erased_on.is_(None))


def _count_query(flt: ContactFilter) -> Select[Any]:
    """How many contacts match the filter."""
    return _filtered(select(func.count(Person.id)), flt)


#: a search counts its matches up to this many; beyond it the list says "over 1.000"
COUNT_CAP = 1000


def _capped_count_query(flt: ContactFilter, *, common: bool = False) -> Select[Any]:
    """How many contacts match a search, counted no further than ``COUNT_CAP + 1``.

    A one-digit phone number matches a quarter of the list (75,000 of 300,000): counting
    them exactly cost 1.4 s a keystroke, while the page itself walks the name index and
    stops after its rows. Nobody reads "74.937 kontakter" as more than "many": the count
    stops after the first ``COUNT_CAP + 1`` matches, found in an index range. ``common``:
    the matches are checked person by person (``IN`` would first collect all 135,000 ids
    that share a domain, only to count 1,001 of them).
    """
    matches = _filtered(select(Person.id), flt, common=common).limit(COUNT_CAP + 1).subquery("matches")
    return select(func.count()).select_from(matches)


#: what a list row shows, read as plain columns (no ORM objects to build per row)
_ROW_COLUMNS = (
    Person.id,
    Person.name,
    Person.title,
    Organisation.name,
    Person.trade,
    Person.phone,
    Person.mobile,
    Person.email,
    Person.name_sort,
)


class ContactService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- contacts -------------------------------------------------------------------
    def count(self, flt: ContactFilter = NO_FILTER) -> int:
        with self.db.read() as session:
            return session.scalar(_filtered(select(func.count(Person.id)), flt)) or 0

    def search(
        self,
        flt: ContactFilter = NO_FILTER,
        offset: int = 0,
        limit: int = 200,
        after: Cursor | None = None,
    ) -> Page[ContactRow]:
        """One page of contacts in Danish name order, and the total matching the filter.

        ``after``: the page that follows the one whose ``Page.after`` this is (keyset: read
        from the index where the last page ended, so page 1,500 costs what page 1 does); the
        total is not counted again for it (``Page.total`` is -1). A search that walks the
        name index (short words, one or two digits, a common domain) counts its matches up
        to ``COUNT_CAP`` only: past it ``Page.capped`` is set and ``total`` is ``COUNT_CAP``.
        The whole list, an organisation's people and the sorted searches count exactly.
        """
        with self.db.read() as session:
            common = _lead_is_common(session, flt.text)
            capped_count = bool(flt.text.strip())
            if not common and not _walks_name_index(flt.text):
                rows, total = self._sorted_matches(session, flt, offset, limit, after)
                capped_count = False  # the sort finds every match anyway: the count is free
            else:  # the page walks the name index and stops after `limit` rows
                # the first page's total rides along as a scalar subquery (counted once,
                # apart from the walk, but in the same round trip)
                counted = after is None
                count = _capped_count_query(flt, common=common) if capped_count else _count_query(flt)
                total_column = count.correlate(None).scalar_subquery().label("total")
                extra = [total_column] if counted else []
                page = _filtered(
                    select(*_ROW_COLUMNS, *extra).outerjoin(Person.organisation),
                    flt,
                    common=common,
                    in_order=True,
                    after=after,
                ).where(*_after(after))
                page = page.order_by(Person.name_sort, Person.id).offset(offset).limit(limit)
                rows = list(session.execute(page).all())
                total = None
                if counted and rows:
                    total, rows = rows[0][-1], [row[:-1] for row in rows]
            if total is None:
                if after is not None:
                    total = -1
                else:
                    count = _capped_count_query(flt, common=common) if capped_count else _count_query(flt)
                    total = session.scalar(count) or 0
            capped = capped_count and total > COUNT_CAP
            cursor = (rows[-1][-1], rows[-1][0]) if len(rows) == limit else None
            return Page(
                [contact_row(*row) for row in rows], COUNT_CAP if capped else total, offset, cursor, capped
            )

    @staticmethod
    def _sorted_matches(
        session: Session, flt: ContactFilter, offset: int, limit: int, after: Cursor | None
    ) -> tuple[list[Any], int | None]:
        """A page of matches from the token (or phone) index, sorted: they are a set anyway.

        On the first page the total rides along as a window count, so the set is found once
        instead of once for the count and again for the page; only the id and the sort key
        go through the sort, the shown columns are read for the page alone.
        """
        columns: list[Any] = [Person.id, Person.name_sort]
        if after is None:
            columns.append(func.count().over().label("total"))
        ranked = (
            _filtered(select(*columns), flt)
            .where(*_after(after))
            .order_by(Person.name_sort, Person.id)
            .offset(offset)
            .limit(limit)
            .subquery("ranked")
        )
        query = (
            select(*_ROW_COLUMNS, *([ranked.c.total] if after is None else []))
            .join_from(ranked, Person, Person.id == ranked.c.id)
            .outerjoin(Person.organisation)
            .order_by(ranked.c.name_sort, ranked.c.id)
        )
        rows = session.execute(query).all()
        if after is not None:
            return list(rows), -1
        if rows:
            return [row[:-1] for row in rows], rows[0][-1]
        return [], None  # past the end, or nothing matches: counted apart

    def get(self, person_id: int) -> ContactDetail:
        with self.db.read() as session:
            return self._detail(session, get_or_404(session, Person, person_id))

    def _detail(self, session: Session, person: Person) -> ContactDetail:
        from desktop.models import Partnership

        roles = session.execute(
            select(Partnership.name, Membership.role, Membership.end_date)
            .join(Membership.partnership)
            .where(Membership.person_id == person.id)
            .order_by(Partnership.name)
        ).all()
        return ContactDetail(
            id=person.id,
            version=person.version,
            name=person.name,
            title=person.title,
            organisation_id=person.organisation_id,
            organisation=person.organisation.name if person.organisation else "",
            trade=person.trade,
            phone=format_phone(person.phone),
            mobile=format_phone(person.mobile),
            email=person.email or "",
            note=person.note,
            memberships=tuple(
                f"{name}: {label(role)}" + (f" (til {short_date(end)})" if end else "")
                for name, role, end in roles
            ),
        )

    def create(self, *, key: str | None = None, **fields: Any) -> ContactDetail:
        """A new contact; with ``key`` (made when the form opened) a retry returns the same one."""
        unknown = set(fields) - CONTACT_FIELDS
        if unknown:
            raise ValueError(f"Unknown contact fields: {sorted(unknown)}")

        def make(session: Session) -> ContactDetail:
            person = Person(**fields)
            session.add(person)
            session.flush()
            return self._detail(session, person)

        return create_once(self.db, key, Person, make, lambda d: [d.id], lambda ids: self.get(ids[0]))

    def update(self, person_id: int, expected_version: int, **changes: Any) -> ContactDetail:
        with self.db.write() as session:
            person = get_or_404(session, Person, person_id)
            apply_changes(
                session,
                person,
                expected_version,
                changes,
                allowed=CONTACT_FIELDS,
                enforce=self.db.enforce_versions,
            )
            return self._detail(session, person)

    def delete(self, person_id: int) -> None:
        with self.db.write() as session:
            session.delete(get_or_404(session, Person, person_id))

    def possible_duplicates(
        self,
        name: str = "",
        email: str = "",
        phone: str = "",
        exclude_id: int | None = None,
        limit: int = 5,
        mobile: str = "",
    ) -> list[ContactRow]:
        """Existing contacts with the same folded name, e-mail, or a phone or mobile number
        that is one of theirs (a number typed as a mobile may be someone's phone)."""
        conditions = []
        if name.strip():
            conditions.append(Person.name_folded == fold_name(name))
        try:
            if email.strip():
                conditions.append(Person.email == normalize_email(email))
        except ValidationError:
            pass  # half-typed input: the field's own check tells the user
        for typed in (phone, mobile):
            try:
                number = normalize_phone(typed) if typed.strip() else None
            except ValidationError:
                continue
            if number:
                conditions += [Person.phone == number, Person.mobile == number]
        if not conditions:
            return []
        with self.db.read() as session:
            query = (
                select(*_ROW_COLUMNS)
                .outerjoin(Person.organisation)
                .where(or_(*conditions), Person.erased_on.is_(None))
                .order_by(Person.name_sort, Person.id)
                .limit(limit)
            )
            if exclude_id is not None:
                query = query.where(Person.id != exclude_id)
            return [contact_row(*row) for row in session.execute(query).all()]

    # -- organisations --------------------------------------------------------------
    def organisations(self) -> list[OrganisationRow]:
        with self.db.read() as session:
            people = (
                select(Person.organisation_id, func.count(Person.id).label("n"))
                .group_by(Person.organisation_id)
                .subquery()
            )
            parent = select(Organisation.id, Organisation.name).subquery()
            rows = session.execute(
                select(Organisation, func.coalesce(people.c.n, 0), parent.c.name)
                .outerjoin(people, people.c.organisation_id == Organisation.id)
                .outerjoin(parent, parent.c.id == Organisation.parent_id)
            ).all()
            rows = sorted(rows, key=lambda r: (sort_key(r[0].name), r[0].id))  # Danish order
            return [
                OrganisationRow(
                    o.id,
                    o.version,
                    o.name,
                    o.kind,
                    label(o.kind),
                    parent_name or "",
                    n,
                    format_phone(o.phone),
                    o.email or "",
                )
                for o, n, parent_name in rows
            ]

    def create_organisation(self, *, key: str | None = None, **fields: Any) -> int:
        def make(session: Session) -> int:
            org = Organisation(**{k: v for k, v in fields.items() if k in ORGANISATION_FIELDS})
            session.add(org)
            session.flush()
            return org.id

        return create_one(self.db, key, Organisation, make)

    def update_organisation(self, organisation_id: int, expected_version: int, **changes: Any) -> None:
        with self.db.write() as session:
            org = get_or_404(session, Organisation, organisation_id)
            apply_changes(
                session,
                org,
                expected_version,
                changes,
                allowed=ORGANISATION_FIELDS,
                enforce=self.db.enforce_versions,
            )

    def delete_organisation(self, organisation_id: int) -> None:
        """Delete an organisation; its people stay, without an organisation."""
        with self.db.write() as session:
            session.delete(get_or_404(session, Organisation, organisation_id))

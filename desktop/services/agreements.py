"""Partnership agreements: versions, sections, commitments, approval and signing."""

from __future__ import annotations

import builtins
import difflib
import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, bindparam, select
from sqlalchemy.orm import Session

from desktop.models import (
    Agreement,
    AgreementSection,
    AgreementVersion,
    Organisation,
    PartyCommitment,
    Signatory,
)
from desktop.models.agreement import SECTION_HEADINGS
from desktop.models.enums import AgreementStatus, label
from desktop.services.common import check_version, get_or_404
from desktop.services.creation import create_one
from desktop.services.database import Database
from desktop.services.union import TaggedUnion


@dataclass(frozen=True)
class VersionSummary:
    id: int
    number: int
    status: AgreementStatus
    status_label: str
    approved_on: date | None
    signed_on: date | None
    change_note: str


@dataclass(frozen=True)
class AgreementRow:
    id: int
    version: int
    partnership_id: int
    title: str
    versions: tuple[VersionSummary, ...]

    @property
    def current(self) -> VersionSummary | None:
        return self.versions[-1] if self.versions else None


@dataclass(frozen=True)
class VersionDetail:
    summary: VersionSummary
    agreement_id: int
    title: str
    sections: tuple[tuple[str, str], ...]  # (heading, body)
    commitments: tuple[tuple[int, str, str], ...]  # (organisation id, name, text)
    signatories: tuple[tuple[int, str, str, str, date | None], ...]  # (org id, org, name, title, signed)
    valid_from: date | None
    valid_to: date | None

    @property
    def read_only(self) -> bool:
        return self.summary.status == AgreementStatus.SIGNED


def _summary(v: Any) -> VersionSummary:
    """From an ``AgreementVersion`` or a row with its columns."""
    return VersionSummary(
        v.id, v.number, v.status, label(v.status), v.approved_on, v.signed_on, v.change_note
    )


@functools.cache
def _version_statement() -> TaggedUnion:
    """One version with its agreement's title, its sections, commitments and signatories."""
    version_id = bindparam("version_id", type_=Integer)
    return TaggedUnion(
        version=select(
            AgreementVersion.id,
            AgreementVersion.agreement_id,
            AgreementVersion.number,
            AgreementVersion.status,
            AgreementVersion.approved_on,
            AgreementVersion.signed_on,
            AgreementVersion.change_note,
            AgreementVersion.valid_from,
            AgreementVersion.valid_to,
            Agreement.title,
        )
        .join(Agreement, Agreement.id == AgreementVersion.agreement_id)
        .where(AgreementVersion.id == version_id),
        section=select(
            AgreementSection.id, AgreementSection.position, AgreementSection.heading, AgreementSection.body
        ).where(AgreementSection.version_id == version_id),
        commitment=select(
            PartyCommitment.id,
            PartyCommitment.organisation_id,
            Organisation.name.label("organisation"),
            PartyCommitment.text,
        )
        .join(Organisation, Organisation.id == PartyCommitment.organisation_id)
        .where(PartyCommitment.version_id == version_id),
        signatory=select(
            Signatory.id,
            Signatory.organisation_id,
            Organisation.name.label("organisation"),
            Signatory.name,
            Signatory.title,
            Signatory.signed_on,
        )
        .join(Organisation, Organisation.id == Signatory.organisation_id)
        .where(Signatory.version_id == version_id),
    )


class AgreementService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, partnership_id: int | None = None) -> list[AgreementRow]:
        """The agreements by title with their versions, in one statement."""
        with self.db.read() as session:
            query = (
                select(
                    Agreement.id.label("agreement_id"),
                    Agreement.version.label("agreement_version"),
                    Agreement.partnership_id,
                    Agreement.title,
                    AgreementVersion.id,
                    AgreementVersion.number,
                    AgreementVersion.status,
                    AgreementVersion.approved_on,
                    AgreementVersion.signed_on,
                    AgreementVersion.change_note,
                )
                .outerjoin(AgreementVersion, AgreementVersion.agreement_id == Agreement.id)
                .order_by(Agreement.title, Agreement.id, AgreementVersion.number)
            )
            if partnership_id is not None:
                query = query.where(Agreement.partnership_id == partnership_id)
            rows = session.execute(query).all()
        agreements: dict[int, tuple[Any, list[VersionSummary]]] = {}
        for r in rows:
            _first, versions = agreements.setdefault(r.agreement_id, (r, []))
            if r.id is not None:
                versions.append(_summary(r))
        return [
            AgreementRow(a.agreement_id, a.agreement_version, a.partnership_id, a.title, tuple(versions))
            for a, versions in agreements.values()
        ]

    def version(self, version_id: int) -> VersionDetail:
        """One version with its sections, commitments and signatories, in one statement."""
        with self.db.read() as session:
            found = _version_statement().read(session, version_id=version_id)
            if not found["version"]:
                get_or_404(session, AgreementVersion, version_id)
        v = found["version"][0]
        return VersionDetail(
            summary=_summary(v),
            agreement_id=v.agreement_id,
            title=v.title,
            sections=tuple(
                (s.heading, s.body) for s in sorted(found["section"], key=lambda s: (s.position, s.id))
            ),
            commitments=tuple(
                (c.organisation_id, c.organisation, c.text)
                for c in sorted(found["commitment"], key=lambda c: c.id)
            ),
            signatories=tuple(
                (s.organisation_id, s.organisation, s.name, s.title, s.signed_on)
                for s in sorted(found["signatory"], key=lambda s: s.id)
            ),
            valid_from=v.valid_from,
            valid_to=v.valid_to,
        )

    def create(self, partnership_id: int, title: str, *, key: str | None = None) -> int:
        """A new agreement with a first draft holding the standard headings."""

        def make(session: Session) -> int:
            agreement = Agreement(partnership_id=partnership_id, title=title)
            version = AgreementVersion(number=1)
            version.sections = [
                AgreementSection(position=i, heading=h) for i, h in enumerate(SECTION_HEADINGS, 1)
            ]
            agreement.versions.append(version)
            session.add(agreement)
            session.flush()
            return agreement.id

        return create_one(self.db, key, Agreement, make)

    def save_sections(
        self,
        agreement_id: int,
        expected_version: int,
        sections: builtins.list[tuple[str, str]],
        change_note: str | None = None,
    ) -> None:
        """Replace the sections of the current version; refused when it is signed."""
        with self.db.write() as session:
            agreement = get_or_404(session, Agreement, agreement_id)
            check_version(
                agreement, expected_version, {"sections": sections}, enforce=self.db.enforce_versions
            )
            current = agreement.current
            assert current is not None
            current.ensure_editable()
            current.sections = [
                AgreementSection(position=i, heading=h, body=b) for i, (h, b) in enumerate(sections, 1)
            ]
            if change_note is not None:
                current.change_note = change_note
            agreement.touch()

    def save_commitments(self, agreement_id: int, expected_version: int, commitments: dict[int, str]) -> None:
        with self.db.write() as session:
            agreement = get_or_404(session, Agreement, agreement_id)
            check_version(
                agreement, expected_version, {"commitments": commitments}, enforce=self.db.enforce_versions
            )
            current = agreement.current
            assert current is not None
            current.ensure_editable()
            current.commitments = [PartyCommitment(organisation_id=o, text=t) for o, t in commitments.items()]
            agreement.touch()

    def revise(self, agreement_id: int, expected_version: int) -> int:
        """Start a new draft version from the latest one; returns its id."""
        with self.db.write() as session:
            agreement = get_or_404(session, Agreement, agreement_id)
            check_version(agreement, expected_version, {}, enforce=self.db.enforce_versions)
            new = agreement.revise()
            session.flush()
            return new.id

    def approve(self, agreement_id: int, expected_version: int, on: date) -> None:
        with self.db.write() as session:
            agreement = get_or_404(session, Agreement, agreement_id)
            check_version(agreement, expected_version, {}, enforce=self.db.enforce_versions)
            assert agreement.current is not None
            agreement.current.approve(on)
            agreement.touch()

    def sign(self, agreement_id: int, expected_version: int, on: date) -> None:
        with self.db.write() as session:
            agreement = get_or_404(session, Agreement, agreement_id)
            check_version(agreement, expected_version, {}, enforce=self.db.enforce_versions)
            assert agreement.current is not None
            agreement.current.sign(on)
            agreement.touch()

    def diff(self, old_version_id: int, new_version_id: int) -> builtins.list[str]:
        """A readable unified diff of two versions' texts."""
        old, new = self.version(old_version_id), self.version(new_version_id)

        def text(v: VersionDetail) -> list[str]:
            lines = []
            for heading, body in v.sections:
                lines += [f"## {heading}", *body.splitlines(), ""]
            for _oid, org, commitment in v.commitments:
                lines += [f"## Forpligtelser: {org}", *commitment.splitlines(), ""]
            return lines

        return list(
            difflib.unified_diff(
                text(old),
                text(new),
                f"Version {old.summary.number}",
                f"Version {new.summary.number}",
                lineterm="",
            )
        )

"""Newsletter draft (.eml): Bcc only, sender in From/To, UTF-8 quoted-printable, X-Unsent."""

from __future__ import annotations

import dataclasses
from email import message_from_bytes, message_from_string
from email.policy import default
from email.utils import getaddresses
from pathlib import Path

import pytest
from office_samples import newsletter

from desktop.exports.newsletter_eml import write_newsletter_eml


@pytest.fixture()
def eml(tmp_path: Path) -> bytes:
    target = tmp_path / "nyhedsmail.eml"
    write_newsletter_eml(newsletter(), target)
    return target.read_bytes()


def test_headers_round_trip(eml: bytes) -> None:
    data = newsletter()
    msg = message_from_bytes(eml, policy=default)
    assert msg["Subject"] == "Nyt fra Tryghedsnetværk Solbakken – forår 2025"
    assert msg["From"].addresses[0].display_name == "Åse Møller-Jørgensen"
    assert msg["From"].addresses[0].addr_spec == "aase.moller@htk.dk"
    assert [a.addr_spec for a in msg["To"].addresses] == ["aase.moller@htk.dk"]
    assert msg["Cc"] is None
    bcc = getaddresses([str(msg["Bcc"])])
    assert [addr for _, addr in bcc] == [p.email for p in data.recipients]
    assert ("Søren Æbelø", "soeren.aebeloe@politi.dk") in bcc
    assert msg["X-Unsent"] == "1"
    assert msg["Content-Language"] == "da-DK"  # Outlook's spelling check reads it
    assert msg["Message-ID"].endswith("@htk.dk>")
    assert msg["Date"].datetime.replace(tzinfo=None) == data.sent_at


def test_members_never_appear_in_to_or_cc(eml: bytes) -> None:
    msg = message_from_bytes(eml, policy=default)
    visible = str(msg["To"]) + str(msg.get("Cc", ""))
    for person in newsletter().recipients:
        assert person.email not in visible


def test_body_is_utf8_quoted_printable(eml: bytes) -> None:
    msg = message_from_bytes(eml, policy=default)
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg["Content-Transfer-Encoding"] == "quoted-printable"
    assert msg.get_content().replace("\r\n", "\n").rstrip("\n") == newsletter().body
    assert eml.isascii()  # everything encoded: survives any mail gateway
    assert b"\r\n" in eml and eml.count(b"\r\n") == eml.count(b"\n")
    assert all(len(line) <= 78 for line in eml.split(b"\r\n"))


def test_sender_without_email_is_refused(tmp_path: Path) -> None:
    data = newsletter()
    broken = dataclasses.replace(data, sender=dataclasses.replace(data.sender, email=""))
    with pytest.raises(ValueError, match="e-mailadresse"):
        write_newsletter_eml(broken, tmp_path / "n.eml")
    assert list(tmp_path.iterdir()) == []


def test_recipients_without_email_are_skipped(tmp_path: Path) -> None:
    data = newsletter()
    nomail = dataclasses.replace(data.recipients[0], email="")
    target = tmp_path / "n.eml"
    write_newsletter_eml(dataclasses.replace(data, recipients=(nomail, *data.recipients[1:])), target)
    msg = message_from_bytes(target.read_bytes(), policy=default)
    assert len(getaddresses([str(msg["Bcc"])])) == len(data.recipients) - 1


def test_many_danish_names_stay_separate_addresses(tmp_path: Path) -> None:
    """Python 3.11 folding once merged two Bcc addresses; every member must get the mail."""
    import email
    import email.policy

    from desktop.exports.data import ContactLine, NewsletterData
    from desktop.exports.newsletter_eml import write_newsletter_eml

    people = tuple(
        ContactLine(
            name=f"Søren Æbeløe-Ørskov nr. {i}, SSP", email=f"person{i}@høje-taastrup.dk".replace("ø", "oe")
        )
        for i in range(40)
    )
    sender = ContactLine(name="Sekretariatet", email="sekretariat@htk.dk")
    target = tmp_path / "n.eml"
    write_newsletter_eml(NewsletterData("Solbakken", "Nyt", "Hej alle", sender, people), target)
    raw = target.read_bytes()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    message = email.message_from_bytes(raw, policy=email.policy.default)
    parsed = {(a.display_name, a.addr_spec) for a in message["Bcc"].addresses}
    assert parsed == {(p.name, p.email) for p in people}


def test_danish_mail_addresses_are_written(tmp_path: Path) -> None:
    """A domain or a name with æøå ("søren@søndergårdsparken.dk") once crashed the draft."""
    from desktop.exports.data import ContactLine, NewsletterData

    sender = ContactLine(name="Sekretariatet", email="sekretariat@tryghed-søndergård.dk")
    people = (
        ContactLine(name="Søren Østergaard", email="soren@søndergårdsparken.dk"),
        ContactLine(name="Birthe Kærsgaard", email="birthe@htk.dk"),
    )
    target = tmp_path / "n.eml"
    write_newsletter_eml(NewsletterData("Søndergård", "Nyt", "Hej", sender, people), target)
    msg = message_from_bytes(target.read_bytes(), policy=default)
    assert msg["From"].addresses[0].addr_spec == "sekretariat@xn--tryghed-sndergrd-qob05a.dk"
    bcc = {a.addr_spec.encode().decode("ascii") for a in msg["Bcc"].addresses}
    assert bcc == {"soren@xn--sndergrdsparken-mlb13a.dk", "birthe@htk.dk"}
    assert target.read_bytes().isascii()

    local = (ContactLine(name="Søren", email="søren@htk.dk"),)
    write_newsletter_eml(NewsletterData("Søndergård", "Nyt", "Hej", sender, local), target)
    msg = message_from_string(target.read_bytes().decode("utf-8"), policy=default)  # RFC 6532
    assert [a.addr_spec for a in msg["Bcc"].addresses] == ["søren@htk.dk"]

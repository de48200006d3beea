"""Newsletter (nyhedsmail) as an unsent .eml draft for the user's own mail program.

Fodslag does not send mail itself: the secretariat opens the draft in Outlook, checks it
and presses Send from their own mailbox. Members go in Bcc so the list of who is in the
network is not handed to every recipient.
"""

from __future__ import annotations

import os
from contextlib import suppress
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, formataddr, make_msgid

from desktop.exports.data import ContactLine, NewsletterData
from desktop.exports.files import atomic_output


def _addr_spec(email: str) -> tuple[str, str]:
    """(local part, domain) with a Danish domain ("søndergårdsparken.dk") in its IDNA form,
    which every mail program reads; the header encoder cannot write it otherwise."""
    username, _, domain = email.strip().partition("@")
    with suppress(UnicodeError):  # not a valid domain name: left for the mail program to reject
        domain = domain.encode("idna").decode("ascii")
    return username, domain


def _address(person: ContactLine) -> Address:
    username, domain = _addr_spec(person.email)
    return Address(display_name=person.name, username=username, domain=domain)


def _needs_utf8(data: NewsletterData) -> bool:
    """An address whose local part has æøå can only be written as a UTF-8 header (RFC 6532)."""
    return any(not _addr_spec(p.email)[0].isascii() for p in (data.sender, *_recipients(data)))


def _recipients(data: NewsletterData) -> list[ContactLine]:
    return [p for p in data.recipients if p.email and p.email != data.sender.email]


def newsletter_message(data: NewsletterData) -> EmailMessage:
    """The message without Bcc: From and To are the sender, X-Unsent: 1.

    Bcc is added by ``bcc_header`` when writing, because Python 3.11's header folding can
    move the comma between two addresses into an encoded word, merging two members.
    """
    if not data.sender.email:
        raise ValueError("Afsenderen har ingen e-mailadresse.")
    msg = EmailMessage(policy=SMTPUTF8 if _needs_utf8(data) else SMTP)
    sender = _address(data.sender)
    msg["From"] = sender
    msg["To"] = sender  # a draft needs a visible recipient; the members stay hidden in Bcc
    msg["Subject"] = data.subject
    when = data.sent_at or datetime.now()
    msg["Date"] = format_datetime(when.astimezone())
    msg["Message-ID"] = make_msgid(domain=sender.domain or None)
    msg["X-Unsent"] = "1"  # Outlook opens the file as an editable draft, not as received mail
    msg.set_content(data.body, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg["Content-Language"] = "da-DK"  # after set_content, which drops every Content-* header
    return msg


def bcc_header(recipients: list[ContactLine], *, utf8: bool = False) -> bytes:
    """``Bcc:`` with one address per folded line; each display name encoded on its own."""
    if utf8:  # RFC 6532: names and addresses as plain UTF-8
        addresses = [str(_address(p)) for p in recipients]
    else:
        addresses = [formataddr((p.name, "@".join(_addr_spec(p.email))), charset="utf-8") for p in recipients]
    return ("Bcc: " + ",\r\n ".join(addresses) + "\r\n").encode("utf-8" if utf8 else "ascii")


def write_newsletter_eml(data: NewsletterData, target: str | os.PathLike[str]) -> None:
    """Write the draft with CRLF line ends (RFC 5322), Bcc inserted among the headers."""
    utf8 = _needs_utf8(data)
    payload = newsletter_message(data).as_bytes(policy=SMTPUTF8 if utf8 else SMTP)
    recipients = _recipients(data)
    if recipients:
        end_of_headers = payload.index(b"\r\n\r\n") + 2
        payload = payload[:end_of_headers] + bcc_header(recipients, utf8=utf8) + payload[end_of_headers:]
    with atomic_output(target) as tmp:
        tmp.write_bytes(payload)

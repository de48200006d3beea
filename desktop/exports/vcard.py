"""Contacts as vCard 3.0 (.vcf) that Outlook imports with æøå intact.

Written by hand rather than with vobject because the bytes matter: CRLF line ends,
folding at 75 octets without cutting a UTF-8 character in half, and ``CHARSET=UTF-8`` on
every non-ASCII property. RFC 2426 does not define CHARSET, but Outlook reads an unmarked
.vcf as Windows-1252 and turns "Søren" into "SÃ¸ren"; other readers ignore the parameter.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from desktop.exports.data import ContactLine
from desktop.exports.files import atomic_output

CRLF = "\r\n"
MAX_OCTETS = 75


def escape(value: str) -> str:
    """RFC 2426 text escaping: backslash, comma, semicolon and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> list[str]:
    """Split a content line into physical lines of at most 75 octets.

    Continuation lines start with one space, which counts towards their 75 octets;
    a multi-byte character is never split.
    """
    parts: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += char
        size += width
    parts.append(current)
    return parts


def _property(name: str, value: str, params: str = "") -> str:
    charset = "" if value.isascii() else ";CHARSET=UTF-8"
    return f"{name}{params}{charset}:{value}"


def _split_name(name: str) -> tuple[str, str]:
    """(family, given): Danish names put the family name last ("Åse Møller-Jørgensen")."""
    words = name.split()
    if len(words) < 2:
        return name.strip(), ""
    return words[-1], " ".join(words[:-1])


def vcard_lines(contact: ContactLine) -> list[str]:
    """The unfolded content lines of one vCard."""
    family, given = _split_name(contact.name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        _property("N", f"{escape(family)};{escape(given)};;;"),
        _property("FN", escape(contact.name)),
    ]
    if contact.organisation:
        lines.append(_property("ORG", escape(contact.organisation)))
    if contact.title:
        lines.append(_property("TITLE", escape(contact.title)))
    if contact.phone:
        lines.append(_property("TEL", escape(contact.phone), ";TYPE=WORK,VOICE"))
    if contact.mobile:
        lines.append(_property("TEL", escape(contact.mobile), ";TYPE=CELL,VOICE"))
    if contact.email:
        lines.append(_property("EMAIL", escape(contact.email), ";TYPE=INTERNET,WORK"))
    if contact.trade or contact.role:
        note = " · ".join(x for x in (contact.trade, contact.role) if x)
        lines.append(_property("NOTE", escape(note)))
    lines.append("END:VCARD")
    return lines


def vcards_text(contacts: Sequence[ContactLine]) -> str:
    physical = [part for c in contacts for line in vcard_lines(c) for part in fold(line)]
    return CRLF.join(physical) + CRLF


def write_vcards(contacts: Sequence[ContactLine], target: str | os.PathLike[str]) -> None:
    """All contacts in one UTF-8 .vcf file (no BOM: several readers choke on it)."""
    data = vcards_text(contacts).encode("utf-8")
    with atomic_output(target) as tmp:
        tmp.write_bytes(data)

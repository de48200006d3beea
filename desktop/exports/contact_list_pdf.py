"""'Telefon- og mailliste': every network member's work contact details, for the members."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from desktop.exports.pdf_style import build_story_pdf, email_markup, esc, styles, table_style
from desktop.formatting import long_date

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop.exports.data import ContactLine, ContactListData

_WIDTH = 595.2756 - 2 * 18 * 72 / 25.4


def _name_cell(contact: ContactLine) -> str:
    text = f"<b>{esc(contact.name)}</b>"
    if contact.title:
        text += f"<br/>{esc(contact.title)}"
    return text


def _organisation_cell(contact: ContactLine) -> str:
    text = esc(contact.organisation)
    extra = " · ".join(esc(x) for x in (contact.trade, contact.role) if x)
    if extra:
        text += f"<br/><font color='#555555' size='7.5'>{extra}</font>"
    return text


def _unbroken(number: str) -> str:
    """A phone number must never wrap in the middle: non-breaking spaces."""
    return esc(number).replace(" ", "\u00a0")


def _phone_cell(contact: ContactLine) -> str:
    lines = []
    if contact.phone:
        lines.append(f"Tlf.\u00a0{_unbroken(contact.phone)}")
    if contact.mobile:
        lines.append(f"Mob.\u00a0{_unbroken(contact.mobile)}")
    return "<br/>".join(lines) or "–"


#: the e-mail column's share of the width: 30 %, up to 40 % for long addresses
EMAIL_SHARE = (0.30, 0.40)
_PAD = 8.0  # the table style's left and right cell padding


def _email_cell(email: str, width: float, font: str, size: float) -> str:
    return email_markup(email, font, size, width) if email else "–"


def _column_widths(data: ContactListData, width: float) -> list[float]:
    """Name, organisation, phone, e-mail: the e-mail column grows (to 40 %) until every address
    takes two lines at most (its name with the '@', then the domain), taking the room from the
    organisation and the name."""
    from desktop.exports.card_text import address_width

    st = styles()
    widest = max(
        (address_width(c.email, st.cell.fontName, st.cell.fontSize) for c in data.contacts), default=0
    )
    low, high = EMAIL_SHARE
    email = min(max(low * width, widest + _PAD + 0.5), high * width)
    phone = 0.18 * width
    rest = width - email - phone
    name = min(0.24 * width, rest / 2)  # a name wraps worse than an organisation
    return [name, rest - name, phone, email]


def contact_list_story(data: ContactListData, width: float = _WIDTH) -> list[Flowable]:
    from reportlab.platypus import Paragraph, Table

    st = styles()
    story: list[Flowable] = [
        Paragraph("Telefon- og mailliste", st.title),
        Paragraph(
            f"{esc(data.partnership)} · pr. {long_date(data.produced)} · {len(data.contacts)} personer",
            st.subtitle,
        ),
    ]
    header = [Paragraph(h, st.cell_head) for h in ("Navn", "Organisation", "Telefon", "E-mail")]
    rows: list[list[Paragraph]] = [header]
    widths = _column_widths(data, width)
    for contact in data.contacts:
        rows.append(
            [
                Paragraph(_name_cell(contact), st.cell),
                Paragraph(_organisation_cell(contact), st.cell),
                Paragraph(_phone_cell(contact), st.cell),
                Paragraph(
                    _email_cell(contact.email, widths[3] - _PAD, st.cell.fontName, st.cell.fontSize), st.cell
                ),
            ]
        )
    story.append(Table(rows, colWidths=widths, repeatRows=1, style=table_style()))
    if not data.contacts:  # a header row over nothing reads as a fault
        story.append(Paragraph("Ingen kontakter på listen endnu.", st.note))
    story.append(
        Paragraph(
            "Listen er til netværkets medlemmer og må ikke videregives. Ret eller slet dine "
            "oplysninger ved at kontakte sekretariatet.",
            st.note,
        )
    )
    return story


def write_contact_list_pdf(data: ContactListData, target: str | os.PathLike[str]) -> None:
    """A4 table; the header row repeats on every page and pages are numbered 'Side x af y'."""
    build_story_pdf(
        target,
        lambda: contact_list_story(data),
        title="Telefon- og mailliste",
        partnership=data.partnership,
        produced=data.produced,
        subject="Kontaktoplysninger for netværkets medlemmer",
    )

"""Ctrl+P on a meeting: the agenda (and minutes, once held) in a print preview.

The page is built from the MeetingDetail the screen already has, so printing needs no
database call; the Word/PDF documents come from DocumentService (Invitation…, Minutes…).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.formatting import short_date, short_datetime
from desktop.models.enums import Attendance
from desktop.services.meetings import MeetingDetail
from desktop.views.toolkit.printing import PrintPreview, preview_html


def _texts() -> dict[str, str]:
    # spelled out, so that lupdate finds every string (an alias hides them from it)
    return {
        "Agenda": QCoreApplication.translate("MeetingPrinting", "Agenda"),
        "Open action items from earlier meetings": QCoreApplication.translate(
            "MeetingPrinting", "Open action items from earlier meetings"
        ),
        "Present": QCoreApplication.translate("MeetingPrinting", "Present"),
        "Apologies": QCoreApplication.translate("MeetingPrinting", "Apologies"),
        "Invited": QCoreApplication.translate("MeetingPrinting", "Invited"),
        "Minutes": QCoreApplication.translate("MeetingPrinting", "Minutes"),
        "Referent": QCoreApplication.translate("MeetingPrinting", "Minutes taken by"),
        "Decisions": QCoreApplication.translate("MeetingPrinting", "Decisions"),
        "Action items": QCoreApplication.translate("MeetingPrinting", "Action items"),
        "Action item": QCoreApplication.translate("MeetingPrinting", "Action item"),
        "Owner": QCoreApplication.translate("MeetingPrinting", "Owner"),
        "Due": QCoreApplication.translate("MeetingPrinting", "Due"),
        "Status": QCoreApplication.translate("MeetingPrinting", "Status"),
        "Print meeting": QCoreApplication.translate("MeetingPrinting", "Print meeting"),
    }


def _tr(text: str) -> str:
    return _texts()[text]


def meeting_html(detail: MeetingDetail) -> str:
    row = detail.row
    parts = [
        f"<h1>{escape(row.title)}</h1>",
        f"<p>{short_datetime(row.starts_at)}–{row.ends_at:%H:%M}"
        + (f", {escape(row.place)}" if row.place else "")
        + f"<br>{escape(row.partnership)} · {escape(row.type_label)} · {escape(row.status_label)}</p>",
        f"<h2>{_tr('Agenda')}</h2><ol>",
    ]
    parts += [f"<li>{escape(a.title)}</li>" for a in detail.agenda]
    if detail.carried_action_items:
        items = "".join(
            f"<li>{escape(a.title)} ({escape(a.owner or '–')}"
            + (f", {short_date(a.due_date)}" if a.due_date else "")
            + ")</li>"
            for a in detail.carried_action_items
        )
        parts.append(f"<li>{_tr('Open action items from earlier meetings')}<ul>{items}</ul></li>")
    parts.append("</ol>")
    present = [p.name for p in detail.participants if p.attendance == Attendance.ATTENDED]
    apologies = [p.name for p in detail.participants if p.attendance == Attendance.APOLOGY]
    invited = [p.name for p in detail.participants]
    if present or apologies:
        parts.append(f"<p><b>{_tr('Present')}:</b> {escape(', '.join(present) or '–')}<br>")
        parts.append(f"<b>{_tr('Apologies')}:</b> {escape(', '.join(apologies) or '–')}</p>")
    else:
        parts.append(f"<p><b>{_tr('Invited')}:</b> {escape(', '.join(invited) or '–')}</p>")
    if detail.minutes:
        parts.append(f"<h2>{_tr('Minutes')}</h2>")
        if detail.minutes_taker:
            parts.append(f"<p><i>{_tr('Referent')}: {escape(detail.minutes_taker)}</i></p>")
        parts += [f"<p>{escape(p)}</p>" for p in detail.minutes.split("\n") if p.strip()]
    if detail.decisions:
        parts.append(f"<h2>{_tr('Decisions')}</h2><ul>")
        parts += [f"<li>{escape(d)}</li>" for d in detail.decisions]
        parts.append("</ul>")
    if detail.action_items:
        parts.append(f"<h2>{_tr('Action items')}</h2><table border='1' cellpadding='4' cellspacing='0'>")
        parts.append(
            f"<tr><th>{_tr('Action item')}</th><th>{_tr('Owner')}</th><th>{_tr('Due')}</th>"
            f"<th>{_tr('Status')}</th></tr>"
        )
        for a in detail.action_items:
            due = short_date(a.due_date) if a.due_date else ""
            parts.append(
                f"<tr><td>{escape(a.title)}</td><td>{escape(a.owner)}</td><td>{due}</td>"
                f"<td>{escape(a.status_label)}</td></tr>"
            )
        parts.append("</table>")
    return "\n".join(parts)


def print_with_preview(parent: QWidget, detail: MeetingDetail) -> PrintPreview:
    """Open the print preview (non-blocking); the user prints from there."""
    return preview_html(
        parent,
        meeting_html(detail),
        title=_tr("Print meeting"),
        doc_name=detail.row.title,
        name="meetingPrintPreview",
    )

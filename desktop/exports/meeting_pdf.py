"""Meeting invitation (with agenda) and minutes (referat) as PDF.

The story builders are public so the meeting pack can put the same sections in one PDF.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.exports.agenda import (
    NEXT_MEETING_TITLE,
    PREVIOUS_MINUTES_TITLE,
    agenda_points,
    closing_line,
    next_meeting_text,
    overrun_note,
    point_title,
    previous_minutes_text,
)
from desktop.exports.pdf_style import (
    WARN,
    build_story_pdf,
    esc,
    multiline,
    paragraphs_of,
    styles,
    table_style,
)
from desktop.formatting import clock, long_date, short_date, weekday_date

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from desktop.exports.data import ActionItemData, AttendeeData, MeetingData


def _when(meeting: MeetingData) -> str:
    day = weekday_date(meeting.starts_at.date())
    if meeting.ends_at.date() == meeting.starts_at.date():
        return f"{day} kl. {clock(meeting.starts_at)}–{clock(meeting.ends_at)}"
    return (
        f"{day} kl. {clock(meeting.starts_at)} til {weekday_date(meeting.ends_at.date()).lower()} "
        f"kl. {clock(meeting.ends_at)}"
    )


def action_items_table(items: Sequence[ActionItemData], *, width: float) -> Flowable:
    """Hvad / Ansvarlig / Frist / Status; overdue items marked in red, not only by colour."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table

    st = styles()
    rows: list[list[object]] = [
        [Paragraph(h, st.cell_head) for h in ("Aktionspunkt", "Ansvarlig", "Frist", "Status")]
    ]
    extra = []
    for n, item in enumerate(items, start=1):
        status = esc(item.status)
        if item.overdue:
            status += "<br/><b>Overskredet</b>"
            extra.append(("TEXTCOLOR", (2, n), (3, n), HexColor(WARN)))
        what = f"{esc(item.title)}"
        if item.meeting:
            what += f"<br/><font size='7.5' color='#555555'>Besluttet: {esc(item.meeting)}</font>"
        rows.append(
            [
                Paragraph(what, st.cell),
                Paragraph(esc(item.owner), st.cell),
                Paragraph(short_date(item.due) or "–", st.cell),
                Paragraph(status, st.cell if not item.overdue else _warn_cell()),
            ]
        )
    widths = [width * 0.50, width * 0.22, width * 0.13, width * 0.15]
    return Table(rows, colWidths=widths, repeatRows=1, style=table_style(extra=extra))


def _warn_cell() -> ParagraphStyle:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle("cell_warn", parent=styles().cell, textColor=HexColor(WARN))


def _facts(meeting: MeetingData, width: float, *, minutes: bool = False) -> Flowable:
    from reportlab.platypus import Paragraph, Table

    st = styles()
    rows = [["Tidspunkt", _when(meeting)], ["Sted", meeting.place]]
    if meeting.organiser:
        org = meeting.organiser
        phone = (org.phone or org.mobile).replace(" ", "\u00a0")  # never "43" over "40 50 60"
        contact = ", ".join(x for x in (org.name, org.organisation, phone, org.email) if x)
        rows.append(["Mødeindkalder", contact])
    if minutes:
        rows.append(["Referent", meeting.minutes_taker or "Ikke valgt"])
    data = [[Paragraph(esc(k), st.cell_bold), Paragraph(esc(v), st.cell)] for k, v in rows]
    return Table(data, colWidths=[width * 0.2, width * 0.8], style=table_style(header_rows=0, zebra=False))


def invitation_story(meeting: MeetingData, width: float, *, items_listed_in: str = "") -> list[Flowable]:
    """Indkaldelse: time, place, organiser and the agenda with the action-item point.

    ``items_listed_in``: the section of a larger document that lists the open action items
    (the meeting pack), so the invitation points there instead of printing them again."""
    from reportlab.platypus import Paragraph, Spacer, Table

    st = styles()
    story: list[Flowable] = []
    heading = "AFLYST: " if meeting.cancelled else ""
    story.append(Paragraph(f"{heading}Indkaldelse: {esc(meeting.title)}", st.title))
    story.append(Paragraph(f"{esc(meeting.meeting_type)} · {esc(meeting.partnership)}", st.subtitle))
    if meeting.cancelled:
        story.append(Paragraph("Mødet er aflyst.", st.warn))
    story.append(_facts(meeting, width))
    story.append(Spacer(1, 10))
    story.append(Paragraph("Dagsorden", st.h2))
    points = agenda_points(meeting)
    presented = any(p.presenter.strip() for p in points)  # no "Ved" column empty in every row
    head = ("Nr.", "Punkt", "Tid", "Ved") if presented else ("Nr.", "Punkt", "Tid")
    rows: list[list[object]] = [[Paragraph(h, st.cell_head) for h in head]]
    follow_up_row = None
    late_rows: list[int] = []
    for item in points:
        text = f"<b>{esc(item.title)}</b>"
        if item.description:
            text += f"<br/>{multiline(item.description)}"
        if item.follow_up:
            follow_up_row = len(rows)
            items = meeting.open_action_items
            overdue = sum(1 for a in items if a.overdue)
            text += (
                f"<br/>{len(items)} åbne aktionspunkter"
                + (f", heraf <b>{overdue} overskredet</b>" if overdue else "")
                + (f" – se afsnittet »{items_listed_in}«." if items_listed_in else " – se listen nedenfor.")
            )
        when = [f"kl. {clock(item.starts_at)}"] if item.starts_at else []
        if item.duration_minutes:
            when.append(f"{item.duration_minutes} min.")
        if item.late:
            late_rows.append(len(rows))
            when.append("<b>efter mødets slut</b>")
        row: list[object] = [
            Paragraph(f"{item.number}.", st.cell),
            Paragraph(text, st.cell),
            Paragraph("<br/>".join(when), st.cell if not item.late else _warn_cell()),
        ]
        if presented:
            row.append(Paragraph(esc(item.presenter), st.cell))
        rows.append(row)
    extra = []
    if follow_up_row is not None:
        from reportlab.lib.colors import HexColor

        extra.append(("BACKGROUND", (0, follow_up_row), (-1, follow_up_row), HexColor("#FFF6E0")))
    story.append(
        Table(
            rows,
            colWidths=[width * f for f in ((0.07, 0.63, 0.1, 0.2) if presented else (0.07, 0.78, 0.15))],
            repeatRows=1,
            style=table_style(extra=extra),
        )
    )
    note = overrun_note(meeting, points)
    if note:
        story.append(Spacer(1, 4))
        story.append(Paragraph(esc(note), st.warn))
    if meeting.open_action_items and not items_listed_in:
        story.append(Paragraph("Åbne aktionspunkter", st.h2))
        story.append(action_items_table(meeting.open_action_items, width=width))
    story.append(Spacer(1, 8))
    story.append(Paragraph(closing_line(meeting), st.note))
    return story


def minutes_story(meeting: MeetingData, width: float) -> list[Flowable]:
    """Referat: attendance, apologies, minutes text, decisions and the action-item table."""
    from reportlab.platypus import Paragraph, Table

    st = styles()
    story: list[Flowable] = [
        Paragraph(f"Referat: {esc(meeting.title)}", st.title),
        Paragraph(f"{esc(meeting.meeting_type)} · {esc(meeting.partnership)}", st.subtitle),
        _facts(meeting, width, minutes=True),
    ]
    groups: dict[str, list[AttendeeData]] = {"Deltog": [], "Afbud": [], "Udeblev": []}
    for person in meeting.attendees:
        groups.setdefault(person.status or "Inviteret", []).append(person)
    titles = {"Deltog": "Til stede", "Afbud": "Afbud", "Udeblev": "Udeblevet uden afbud"}
    for key, title in titles.items():
        people = groups.get(key) or []
        story.append(Paragraph(f"{title} ({len(people)})", st.h2))
        if people:
            names = "; ".join(
                esc(p.name)
                + (f" <font color='#555555'>({esc(p.organisation)})</font>" if p.organisation else "")
                for p in people
            )
            story.append(Paragraph(names, st.body))
        else:
            story.append(Paragraph("Ingen.", st.body))
    points = agenda_points(meeting)  # numbered as the invitation numbered them
    if points:
        story.append(Paragraph("Dagsorden", st.h2))
        story.append(Paragraph("<br/>".join(f"{a.number}. {esc(a.title)}" for a in points), st.body))
    story.append(Paragraph(PREVIOUS_MINUTES_TITLE, st.h2))
    story.append(Paragraph(esc(previous_minutes_text(meeting)), st.body))
    story.append(Paragraph("Referat", st.h2))
    texts = paragraphs_of(meeting.minutes)
    story.extend(Paragraph(t, st.body) for t in texts) if texts else story.append(
        Paragraph("Intet referat skrevet.", st.note)
    )
    story.append(Paragraph("Beslutninger", st.h2))
    if meeting.decisions:
        # the agenda point with its number, as in the Word minutes (a decision's own running
        # number beside it read as the point's number: "2." next to agenda point 4)
        # and no "Punkt" column empty in every row when no decision names its point
        named = any(d.agenda_item.strip() for d in meeting.decisions)
        rows = [[Paragraph(h, st.cell_head) for h in (("Punkt", "Beslutning") if named else ("Beslutning",))]]
        rows += [
            ([Paragraph(esc(point_title(points, d.agenda_item)), st.cell)] if named else [])
            + [Paragraph(multiline(d.text), st.cell)]
            for d in meeting.decisions
        ]
        widths = [width * 0.32, width * 0.68] if named else [width]
        story.append(Table(rows, colWidths=widths, repeatRows=1, style=table_style()))
    else:
        story.append(Paragraph("Ingen beslutninger.", st.note))
    story.append(Paragraph("Aktionspunkter", st.h2))
    if meeting.action_items:
        story.append(action_items_table(meeting.action_items, width=width))
    else:
        story.append(Paragraph("Ingen nye aktionspunkter.", st.note))
    story.append(Paragraph(NEXT_MEETING_TITLE, st.h2))
    story.append(Paragraph(esc(next_meeting_text(meeting)), st.body))
    return story


_WIDTH = 595.2756 - 2 * 18 * 72 / 25.4  # A4 minus the margins of build_story_pdf


def write_invitation_pdf(meeting: MeetingData, target: str | os.PathLike[str]) -> None:
    """Indkaldelse med dagsorden; open action items become their own agenda point."""
    build_story_pdf(
        target,
        lambda: invitation_story(meeting, _WIDTH),
        title=f"Indkaldelse – {meeting.title}",
        partnership=meeting.partnership,
        produced=None,
        subject=meeting.meeting_type,
    )


def write_minutes_pdf(meeting: MeetingData, target: str | os.PathLike[str]) -> None:
    """Referat med fremmøde, afbud, beslutninger og aktionspunkter."""
    build_story_pdf(
        target,
        lambda: minutes_story(meeting, _WIDTH),
        title=f"Referat – {meeting.title}",
        partnership=meeting.partnership,
        produced=None,
        subject=f"Referat af møde {long_date(meeting.starts_at.date())}",
    )

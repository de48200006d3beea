"""Meeting invitation (indkaldelse) and minutes (referat) as Word documents.

Written with python-docx directly rather than a template: the layout is a fixed set of
tables whose rows come from the data, and secretariats edit the result, not the layout.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from desktop.exports import docx_util
from desktop.exports.agenda import (
    NEXT_MEETING_TITLE,
    PREVIOUS_MINUTES_TITLE,
    AgendaPoint,
    agenda_points,
    closing_line,
    next_meeting_text,
    overrun_note,
    point_title,
    previous_minutes_text,
)
from desktop.exports.data import ActionItemData, MeetingData
from desktop.exports.files import atomic_output
from desktop.formatting import clock, short_date, weekday_date

_STATUS_ORDER = ("Deltog", "Afbud", "Udeblev", "Inviteret")
_OVERDUE_RED = "C00000"


def _when(meeting: MeetingData) -> str:
    return f"{weekday_date(meeting.starts_at.date())} kl. {clock(meeting.starts_at)}–{clock(meeting.ends_at)}"


def _new_document() -> Any:
    from docx import Document

    doc = Document()
    docx_util.setup_document(doc)
    return doc


def _title(doc: Any, title: str, subtitle: str) -> None:
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph(subtitle, style="Subtitle")


def _facts(doc: Any, rows: Sequence[tuple[str, str]]) -> None:
    """Label/value lines (Tid, Sted, ...) as a borderless two-column table."""
    table = doc.add_table(rows=0, cols=2)
    for label, value in rows:
        if not value:
            continue
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    docx_util.column_widths(table, [3.2, 13.2])
    doc.add_paragraph()


def _organiser_text(meeting: MeetingData) -> str:
    person = meeting.organiser
    if person is None:
        return ""
    phone = (person.phone or person.mobile).replace(" ", "\u00a0")  # never "43" over "40 50 60"
    parts = [person.name, person.organisation, phone, person.email]
    return ", ".join(p for p in parts if p)


def _grid(doc: Any, labels: list[str], widths: list[float]) -> Any:
    table = doc.add_table(rows=1, cols=len(labels))
    table.style = doc.styles["Table Grid"]
    docx_util.header_row(table, labels)
    return table


def _finish_widths(table: Any, widths: list[float]) -> None:
    docx_util.column_widths(table, widths)


def _action_table(doc: Any, items: Sequence[ActionItemData], *, with_origin: bool) -> None:
    """Owner, due date and status per task; overdue due dates in red so they are seen."""
    from docx.shared import Pt, RGBColor

    labels = ["Opgave", "Ansvarlig", "Frist", "Status"]
    widths = [6.4, 4.8, 2.5, 2.7]
    if with_origin:
        labels.append("Aftalt på")
        widths = [4.6, 3.2, 2.3, 2.0, 4.3]
    table = _grid(doc, labels, widths)
    for item in items:
        row = table.add_row()
        docx_util.keep_row_together(row)  # a task is read whole, never half on the next page
        cells = row.cells
        cells[0].text = item.title
        cells[1].text = item.owner
        due = cells[2].paragraphs[0].add_run(short_date(item.due))
        if item.overdue:
            due.bold = True
            due.font.color.rgb = RGBColor.from_string(_OVERDUE_RED)
            late = cells[2].add_paragraph().add_run("overskredet")
            late.italic = True
            late.font.size = Pt(8)
        cells[3].text = item.status
        if with_origin:
            cells[4].text = item.meeting
    _finish_widths(table, widths)


def _agenda_table(doc: Any, items: Sequence[AgendaPoint]) -> None:
    """Number, clock time (when durations are known), point with description, presenter."""
    from docx.shared import Pt, RGBColor

    timed = any(i.starts_at for i in items)
    presented = any(i.presenter.strip() for i in items)  # no "Ansvarlig" column empty in every row
    labels = ["Nr.", "Kl.", "Punkt", "Ansvarlig"] if timed else ["Nr.", "Punkt", "Ansvarlig"]
    widths = [1.2, 1.6, 9.6, 4.0] if timed else [1.2, 11.2, 4.0]
    if not presented:
        labels, widths = labels[:-1], [*widths[:-2], widths[-2] + widths[-1]]
    table = _grid(doc, labels, widths)
    for item in items:
        row = table.add_row()
        docx_util.keep_row_together(row)
        cells = list(row.cells)
        cells.pop(0).text = f"{item.number}."
        if timed:
            cell = cells.pop(0)
            cell.text = clock(item.starts_at) if item.starts_at else ""
            if item.late:
                late = cell.add_paragraph().add_run("efter mødets slut")
                late.bold = True
                late.font.size = Pt(8)
                late.font.color.rgb = RGBColor.from_string(_OVERDUE_RED)
        point = cells[0]
        point.paragraphs[0].add_run(item.title).bold = True
        if item.description:
            for line in item.description.splitlines():
                point.add_paragraph(line).paragraph_format.space_after = Pt(2)
        if presented:
            cells[1].text = item.presenter
    _finish_widths(table, widths)


def _warning(doc: Any, text: str) -> None:
    from docx.shared import RGBColor

    run = doc.add_paragraph().add_run(text)
    run.bold = True
    run.font.color.rgb = RGBColor.from_string(_OVERDUE_RED)


def _paragraphs(doc: Any, text: str) -> None:
    for line in text.splitlines():
        if line.strip():
            doc.add_paragraph(line.strip())


def _footer(doc: Any, kind: str, meeting: MeetingData) -> None:
    docx_util.footer(
        doc,
        f"{meeting.partnership} · {kind} · {meeting.title} · {short_date(meeting.starts_at.date())}",
    )


def write_invitation_docx(meeting: MeetingData, target: str | os.PathLike[str]) -> None:
    """Invitation with time, place, organiser, agenda and the open tasks to follow up on."""
    doc = _new_document()
    heading = "Aflysning" if meeting.cancelled else "Indkaldelse"
    _title(doc, f"{heading}: {meeting.title}", f"{meeting.partnership} · {meeting.meeting_type}")
    if meeting.cancelled:
        doc.add_paragraph().add_run("Mødet er aflyst.").bold = True
    _facts(
        doc,
        [
            ("Tid", _when(meeting)),
            ("Sted", meeting.place),
            ("Indkaldt af", _organiser_text(meeting)),
        ],
    )
    doc.add_paragraph(closing_line(meeting))

    items = agenda_points(meeting)
    if items:
        doc.add_heading("Dagsorden", level=1)
        _agenda_table(doc, items)
        note = overrun_note(meeting, items)
        if note:
            _warning(doc, note)
    if meeting.open_action_items:
        number = next(i.number for i in items if i.follow_up)
        doc.add_heading(f"Til punkt {number}: Åbne opgaver", level=2)
        _action_table(doc, meeting.open_action_items, with_origin=True)

    invited = [a for a in meeting.attendees if a.status != "Afbud"]
    if invited:
        doc.add_heading("Inviterede", level=1)
        for person in invited:
            line = person.name + (f", {person.organisation}" if person.organisation else "")
            doc.add_paragraph(line, style="List Bullet")
    _footer(doc, "Indkaldelse", meeting)
    _save(doc, target)


def write_minutes_docx(meeting: MeetingData, target: str | os.PathLike[str]) -> None:
    """Minutes: attendance and apologies, notes, decisions and the task table."""
    doc = _new_document()
    _title(doc, f"Referat: {meeting.title}", f"{meeting.partnership} · {meeting.meeting_type}")
    _facts(
        doc,
        [
            ("Tid", _when(meeting)),
            ("Sted", meeting.place),
            ("Referent", meeting.minutes_taker or "Ikke valgt"),
        ],
    )

    by_status: dict[str, list[str]] = {}
    for person in meeting.attendees:
        line = person.name + (f" ({person.organisation})" if person.organisation else "")
        by_status.setdefault(person.status or "Inviteret", []).append(line)
    if by_status:
        doc.add_heading("Deltagere", level=1)
        labels = {"Deltog": "Til stede", "Afbud": "Afbud", "Udeblev": "Udeblevet uden afbud"}
        statuses = [s for s in _STATUS_ORDER if s in by_status]
        statuses += [s for s in by_status if s not in _STATUS_ORDER]
        table = doc.add_table(rows=0, cols=2)
        for status in statuses:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(labels.get(status, status)).bold = True
            cells[1].text = by_status[status][0]
            for line in by_status[status][1:]:
                cells[1].add_paragraph(line)
        docx_util.column_widths(table, [4.2, 12.2])

    points = agenda_points(meeting)  # numbered as the invitation numbered them
    if points:
        from docx.shared import Pt

        doc.add_heading("Dagsorden", level=1)
        for item in points:
            # Plain text numbers: Word's own list numbering would drift from the numbers
            # the decisions below refer to.
            para = doc.add_paragraph(f"{item.number}.\t{item.title}")
            para.paragraph_format.space_after = Pt(1)

    doc.add_heading(PREVIOUS_MINUTES_TITLE, level=1)
    doc.add_paragraph(previous_minutes_text(meeting))

    if meeting.minutes.strip():
        doc.add_heading("Referat", level=1)
        _paragraphs(doc, meeting.minutes)

    if meeting.decisions:
        doc.add_heading("Beslutninger", level=1)
        # no "Punkt" column empty in every row when no decision names its point
        named = any(d.agenda_item.strip() for d in meeting.decisions)
        widths = [5.0, 11.4] if named else [16.4]
        table = _grid(doc, ["Punkt", "Beslutning"] if named else ["Beslutning"], widths)
        for decision in meeting.decisions:
            row = table.add_row()
            docx_util.keep_row_together(row)
            cells = row.cells
            if named:
                cells[0].text = point_title(points, decision.agenda_item)
            cells[-1].text = decision.text
        _finish_widths(table, widths)

    if meeting.action_items:
        doc.add_heading("Opgaver", level=1)
        _action_table(doc, meeting.action_items, with_origin=False)

    if meeting.open_action_items:
        doc.add_heading("Opfølgning på tidligere opgaver", level=1)
        _action_table(doc, meeting.open_action_items, with_origin=True)

    doc.add_heading(NEXT_MEETING_TITLE, level=1)
    doc.add_paragraph(next_meeting_text(meeting))

    _footer(doc, "Referat", meeting)
    _save(doc, target)


def _save(doc: Any, target: str | os.PathLike[str]) -> None:
    doc.core_properties.author = "Fodslag"
    with atomic_output(target) as tmp:
        doc.save(str(tmp))

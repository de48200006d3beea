"""The chair's meeting pack: invitation, last minutes, action items, progress, indicators.

One PDF with an outline (bookmarks), so the chair can jump between sections on a tablet.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from desktop.exports.charts import DIRECTION_TEXT, indicator_chart
from desktop.exports.meeting_pdf import action_items_table, invitation_story, minutes_story
from desktop.exports.pdf_style import Bookmark, build_story_pdf, esc, styles, table_style
from desktop.formatting import long_date, number, short_date

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop.exports.data import IndicatorData, MeetingPackData, ProgressData

_WIDTH = 595.2756 - 2 * 18 * 72 / 25.4

SECTIONS = (
    "Indkaldelse og dagsorden",
    "Referat fra sidste møde",
    "Åbne og overskredne aktionspunkter",
    "Status for strategien",
    "Indikatorer",
)


def _section(title: str, *, new_page: bool = True) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Paragraph

    head = [PageBreak()] if new_page else []
    return [*head, Bookmark.make(title, 0), Paragraph(esc(title), styles().h1)]


def _progress(progress: ProgressData) -> list[Flowable]:
    from reportlab.platypus import Paragraph, Table

    st = styles()
    story: list[Flowable] = [
        Paragraph(f"{esc(progress.strategy)} · pr. {long_date(progress.produced)}", st.subtitle)
    ]
    if progress.vision:
        story.append(Paragraph(f"<b>Vision:</b> {esc(progress.vision)}", st.body))
    for goal in progress.goals:
        story.append(Paragraph(esc(goal.title), st.h2))
        if goal.success_criterion:
            story.append(Paragraph(f"Succeskriterium: {esc(goal.success_criterion)}", st.body))
        rows: list[list[object]] = [[Paragraph(h, st.cell_head) for h in ("Delmål", "Initiativer")]]
        for sub in goal.sub_goals:
            titles = [i.title for i in progress.initiatives if i.serves(sub)]
            gap = "<font color='#B00020'><b>Intet initiativ – et hul styregruppen skal se på</b></font>"
            cell = "<br/>".join(esc(t) for t in titles) if titles else gap
            rows.append(
                [Paragraph(f"<b>{esc(sub.code)}.</b> {esc(sub.title)}", st.cell), Paragraph(cell, st.cell)]
            )
        story.append(Table(rows, colWidths=[_WIDTH * 0.5, _WIDTH * 0.5], repeatRows=1, style=table_style()))
    story.append(Paragraph("Initiativer", st.h2))
    rows = [[Paragraph(h, st.cell_head) for h in ("Initiativ", "Ansvarlig", "Periode", "Status")]]
    for i in progress.initiatives:
        period = " – ".join(x for x in (short_date(i.start), short_date(i.end)) if x)
        rows.append(
            [
                Paragraph(f"<b>{esc(i.title)}</b><br/>{esc(i.focus_area)}", st.cell),
                Paragraph(f"{esc(i.responsible_party)}<br/>{esc(i.owner)}", st.cell),
                Paragraph(period, st.cell),
                Paragraph(esc(i.status), st.cell),
            ]
        )
    story.append(
        Table(
            rows,
            colWidths=[_WIDTH * 0.42, _WIDTH * 0.24, _WIDTH * 0.2, _WIDTH * 0.14],
            repeatRows=1,
            style=table_style(),
        )
    )
    return story


def _latest_fact(indicator: IndicatorData) -> str:
    """The latest value of each area, as the chart's legend rounds it (never one area for all)."""
    from desktop.exports.chart_spec import indicator_chart_spec

    spec = indicator_chart_spec(indicator)
    if not spec.series:
        return "Ingen målinger endnu"
    if len(spec.series) == 1:
        s = spec.series[0]
        return f"Seneste {s.latest_text} ({short_date(s.latest[0])})"
    return "Seneste: " + ", ".join(
        f"{esc(s.name)} {s.latest_text} ({short_date(s.latest[0])})" for s in spec.series
    )


def _indicators(progress: ProgressData) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Paragraph

    st = styles()
    story: list[Flowable] = []
    if not progress.indicators:
        story.append(Paragraph("Ingen indikatorer registreret.", st.note))
    for indicator in progress.indicators:
        facts = [
            f"Kilde: {esc(indicator.source)}",
            f"Knyttet til: {esc(indicator.linked_to)}",
            DIRECTION_TEXT.get(indicator.direction, ""),
        ]
        if indicator.baseline is not None:
            facts.append(f"Nulpunkt {number(indicator.baseline)} ({short_date(indicator.baseline_date)})")
        if indicator.target is not None:
            facts.append(f"Mål {number(indicator.target)} ({short_date(indicator.target_date)})")
        facts.append(_latest_fact(indicator))
        story.append(
            KeepTogether(
                [
                    Bookmark.make(indicator.name, 1),
                    Paragraph(esc(indicator.name), st.h2),
                    Paragraph(" · ".join(f for f in facts if f), st.small),
                    indicator_chart(indicator, width=_WIDTH, height=190),
                ]
            )
        )
    return story


def meeting_pack_story(data: MeetingPackData) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    st = styles()
    story: list[Flowable] = _section(SECTIONS[0], new_page=False)
    story += invitation_story(data.meeting, _WIDTH, items_listed_in=SECTIONS[2])  # listed once, there
    story += _section(SECTIONS[1])
    if data.previous_meeting:
        story += minutes_story(data.previous_meeting, _WIDTH)
    else:
        story.append(Paragraph("Der er ikke holdt et tidligere møde.", st.note))
    story += _section(SECTIONS[2])
    overdue = [a for a in data.open_action_items if a.overdue]
    if data.open_action_items:
        story.append(
            Paragraph(
                f"{len(data.open_action_items)} åbne aktionspunkter, heraf {len(overdue)} overskredet.",
                st.body,
            )
        )
        # overdue first, then by deadline; an item without a deadline last
        ordered = sorted(
            data.open_action_items, key=lambda a: (not a.overdue, a.due is None, a.due or date.min)
        )
        story.append(action_items_table(ordered, width=_WIDTH))
    else:
        story.append(Paragraph("Ingen åbne aktionspunkter.", st.note))
    story += _section(SECTIONS[3])
    story += _progress(data.progress)
    story += _section(SECTIONS[4])
    if data.progress.safety_index is not None:
        from desktop.exports.safety_index_paper import index_story

        story += index_story(data.progress.safety_index, _WIDTH)
    story += _indicators(data.progress)
    return story


def write_meeting_pack_pdf(data: MeetingPackData, target: str | os.PathLike[str]) -> None:
    """Mødemappe: everything the chair reads before the meeting, with PDF bookmarks."""
    build_story_pdf(
        target,
        lambda: meeting_pack_story(data),
        title=f"Mødemappe – {data.meeting.title}",
        partnership=data.meeting.partnership,
        produced=data.progress.produced,
        subject="Mødemappe til formanden",
    )

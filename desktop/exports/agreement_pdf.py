"""Partnership agreement as a PDF: a fixed copy of one version, to send round or file.

The Word file is for editing and signing; the PDF shows exactly the chosen version and
cannot drift. Both read the same ``agreement_context``, so they print the same sections
(an empty standard section prints nothing, goals once, the validity dates under Varighed).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from desktop.exports.agreement_docx import agreement_context
from desktop.exports.pdf_style import build_story_pdf, esc, styles, table_style

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop.exports.data import AgreementData

_MM = 72 / 25.4
_WIDTH = 210 * _MM - 36 * _MM


def _sections(sections: list[dict[str, Any]]) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    st = styles()
    out: list[Flowable] = []
    for s in sections:
        out.append(Paragraph(esc(s["heading"]), st.h2))
        out += [Paragraph(esc(p), st.body) for p in s["paragraphs"]]
    return out


def _goals(goals: list[dict[str, Any]]) -> list[Flowable]:
    from reportlab.platypus import Paragraph, Table

    st = styles()
    out: list[Flowable] = [Paragraph("Mål og delmål", st.h2)] if goals else []
    for goal in goals:
        out.append(Paragraph(esc(goal["title"]), st.h3))
        if goal["success_criterion"]:
            out.append(Paragraph(f"<b>Succeskriterium:</b> {esc(goal['success_criterion'])}", st.body))
        if goal["sub_goals"]:
            described = any(sg["description"] for sg in goal["sub_goals"])
            header = [Paragraph("Delmål", st.cell_bold)]
            header += [Paragraph("Beskrivelse", st.cell_bold)] if described else []
            rows = [header]
            for sg in goal["sub_goals"]:
                row = [Paragraph(esc(f"{sg['code']}. {sg['title']}"), st.cell)]
                rows.append(row + ([Paragraph(esc(sg["description"]), st.cell)] if described else []))
            # no empty "Beskrivelse" column when no sub-goal has a description
            widths = [_WIDTH * 0.45, _WIDTH * 0.55] if described else [_WIDTH]
            table = Table(rows, colWidths=widths, repeatRows=1)
            table.setStyle(table_style())
            out.append(table)
    return out


def _signatures(signatories: list[dict[str, Any]]) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

    st = styles()
    if not signatories:
        return []
    out: list[Flowable] = [Paragraph("Underskrifter", st.h2)]
    for s in signatories:
        who = f"<b>{esc(s['name'])}</b>" + (f", {esc(s['title'])}" if s["title"] else "")
        block = Table(
            [
                [Paragraph(esc(s["party"]), st.cell_bold), ""],
                [Paragraph(who, st.cell), Paragraph(f"Dato: {esc(s['signed_on'])}", st.cell)],
                [Paragraph("Underskrift: " + "_" * 40, st.cell), ""],
            ],
            colWidths=[_WIDTH * 0.62, _WIDTH * 0.38],
        )
        block.setStyle(table_style(zebra=False, header_rows=0))
        out.append(KeepTogether([block, Spacer(1, 6)]))
    return out


def agreement_story(data: AgreementData) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    st = styles()
    ctx = agreement_context(data)
    story: list[Flowable] = [
        Paragraph(esc(ctx["title"]), st.title),
        Paragraph(
            esc(
                " · ".join(
                    str(x)
                    for x in (
                        ctx["partnership"],
                        f"Version {ctx['version_number']}",
                        ctx["status"],
                        ctx["version_date"],
                    )
                )
            ),
            st.subtitle,
        ),
    ]
    if ctx["parties"]:
        story.append(Paragraph("Parter", st.h2))
        story.append(Paragraph("Aftalen er indgået mellem følgende parter:", st.body))
        story += [Paragraph(f"• {esc(p)}", st.body) for p in ctx["parties"]]
    # the Word template's order (tools/build_templates.py): the PDF printed Varighed before
    # the closing sections and the commitments after them, so the copy sent round and the
    # one signed read in different orders
    story += _sections(ctx["intro_sections"])
    story += _goals(ctx["goals"])
    if ctx["commitments_by_party"]:
        story.append(Paragraph("Parternes forpligtelser", st.h2))
        for party in ctx["commitments_by_party"]:
            story.append(Paragraph(esc(party["name"]), st.h3))
            story += [Paragraph(f"• {esc(text)}", st.body) for text in party["commitments"]]
    story += _sections(ctx["closing_sections"])
    if ctx["duration_paragraphs"]:
        story += _sections([{"heading": "Varighed", "paragraphs": ctx["duration_paragraphs"]}])
    return story + _signatures(ctx["signatories"])


def write_agreement_pdf(data: AgreementData, target: str | os.PathLike[str]) -> None:
    """One version of the agreement on A4, with the partnership and page numbers on each page."""
    build_story_pdf(
        target,
        lambda: agreement_story(data),
        title=f"{data.title} – version {data.version_number}",
        partnership=data.partnership,
        produced=data.version_date,
        subject="Samarbejdsaftale",
    )

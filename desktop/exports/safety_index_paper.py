"""The tryghedsindeks on paper: the same table and method in the meeting pack (PDF) and the report (Word)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.exports.data import SafetyIndexData
from desktop.formatting import number, round_half_up

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

HEAD = ["Område", "Periode", "Oplevet tryghed", "Anmeldelser", "Indeks", "n", "Bemærkning"]


def index_cells(data: SafetyIndexData) -> list[list[str]]:
    """One text row per area and period (numbers with one decimal, Danish comma)."""

    def cell(value: float | None) -> str:
        return "–" if value is None else number(round_half_up(value, 1))

    return [
        [
            r.area + (" (reference)" if r.is_reference else ""),
            r.period,
            cell(r.experienced_safety),
            cell(r.police_reports),
            cell(r.index),
            "" if r.respondents is None else str(r.respondents),
            " ".join(r.warnings),
        ]
        for r in data.rows
    ]


def index_story(data: SafetyIndexData, width: float) -> list[Flowable]:
    """A heading, the method and the table, for a reportlab story."""
    from reportlab.platypus import Paragraph, Table

    from desktop.exports.pdf_style import Bookmark, esc, styles, table_style

    st = styles()
    story: list[Flowable] = [Bookmark.make("Tryghedsindeks", 1), Paragraph("Tryghedsindeks", st.h2)]
    story.append(Paragraph("<b>Metode:</b> " + esc(data.method), st.small))
    story += [Paragraph("Bemærk: " + esc(n), st.small) for n in data.notes]
    # every cell a Paragraph in the tables' own style: a long heading wraps in its column
    head = [Paragraph(esc(h), st.cell_head) for h in HEAD]
    body = [[Paragraph(esc(text), st.cell) for text in c[:6]] + [Paragraph(esc(c[6]), st.cell_small)]
            for c in index_cells(data)]  # fmt: skip
    rows = [head, *body]
    fractions = (0.17, 0.1, 0.12, 0.17, 0.09, 0.07, 0.28)
    story.append(Table(rows, colWidths=[width * f for f in fractions], repeatRows=1, style=table_style()))
    return story


def index_docx(doc: Any, data: SafetyIndexData) -> None:
    """The same in a Word document: heading, method, table."""
    from desktop.exports import docx_util

    doc.add_heading("Tryghedsindeks", level=2)
    doc.add_paragraph("Metode: " + data.method)
    for note in data.notes:
        doc.add_paragraph("Bemærk: " + note)
    table = doc.add_table(rows=1, cols=len(HEAD))
    table.style = doc.styles["Table Grid"]
    docx_util.header_row(table, HEAD)
    for row in index_cells(data):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    docx_util.column_widths(table, [3.2, 2.2, 2.0, 2.0, 1.6, 1.2, 4.2])

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


#: the columns every table shows; "n" and "Bemærkning" only when a row fills them (the demo
#: report printed both empty in every row)
ALWAYS = 5


def shown_columns(cells: list[list[str]]) -> list[int]:
    """The columns of ``index_cells`` to print."""
    return [c for c in range(len(HEAD)) if c < ALWAYS or any(row[c].strip() for row in cells)]


def index_story(data: SafetyIndexData, width: float) -> list[Flowable]:
    """A heading, the method and the table, for a reportlab story."""
    from reportlab.platypus import Paragraph, Table

    from desktop.exports.pdf_style import Bookmark, esc, styles, table_style

    st = styles()
    story: list[Flowable] = [Bookmark.make("Tryghedsindeks", 1), Paragraph("Tryghedsindeks", st.h2)]
    story.append(Paragraph("<b>Metode:</b> " + esc(data.method), st.small))
    story += [Paragraph("Bemærk: " + esc(n), st.small) for n in data.notes]
    # every cell a Paragraph in the tables' own style: a long heading wraps in its column
    cells = index_cells(data)
    shown = shown_columns(cells)
    head = [Paragraph(esc(HEAD[c]), st.cell_head) for c in shown]
    body = [[Paragraph(esc(row[c]), st.cell_small if c == 6 else st.cell) for c in shown] for row in cells]
    fractions = (0.17, 0.1, 0.12, 0.17, 0.09, 0.07, 0.28)
    used = sum(fractions[c] for c in shown)
    widths = [width * fractions[c] / used for c in shown]
    story.append(Table([head, *body], colWidths=widths, repeatRows=1, style=table_style()))
    return story


def index_docx(doc: Any, data: SafetyIndexData) -> None:
    """The same in a Word document: heading, method, table."""
    from desktop.exports import docx_util

    doc.add_heading("Tryghedsindeks", level=2)
    doc.add_paragraph("Metode: " + data.method)
    for note in data.notes:
        doc.add_paragraph("Bemærk: " + note)
    cells = index_cells(data)
    shown = shown_columns(cells)
    table = doc.add_table(rows=1, cols=len(shown))
    table.style = doc.styles["Table Grid"]
    docx_util.header_row(table, [HEAD[c] for c in shown])
    for row in cells:
        for cell, c in zip(table.add_row().cells, shown, strict=True):
            cell.text = row[c]
    widths = [3.2, 2.2, 2.0, 2.0, 1.6, 1.2, 4.2]
    spare = sum(widths) - sum(widths[c] for c in shown)  # an omitted column's room goes to the area
    docx_util.column_widths(table, [widths[c] + (spare if c == 0 else 0) for c in shown])

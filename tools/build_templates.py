"""Build the Word templates shipped in desktop/resources/templates/.

Run from the repository root after changing the layout:

    python tools/build_templates.py

The templates are ordinary .docx files with Jinja placeholders (docxtpl), so a
secretariat can open a copy in Word, change wording, logo and fonts, and point Fodslag at
it. Keeping the builder in the repository means the shipped file is reproducible rather
than a binary nobody can review. Placeholders available to a template are listed in
``desktop/exports/agreement_docx.py`` (``agreement_context``).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.exports import docx_util  # noqa: E402


def _tag(doc, text: str) -> None:
    """A paragraph holding only a ``{%p ... %}`` tag; docxtpl removes the paragraph."""
    doc.add_paragraph(text)


def _sections_loop(doc, collection: str) -> None:
    _tag(doc, f"{{%p for s in {collection} %}}")
    doc.add_heading("{{ s.heading }}", level=1)
    _tag(doc, "{%p for para in s.paragraphs %}")
    doc.add_paragraph("{{ para }}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endfor %}")


def _loop_table(doc, labels: list[str], loop: str, cells: list[str], widths: list[float]):
    """A table with a header row and one templated row repeated by ``{%tr for %}``."""
    table = doc.add_table(rows=4, cols=len(labels))
    table.style = doc.styles["Table Grid"]
    docx_util.header_row(table, labels)
    table.rows[1].cells[0].text = f"{{%tr for {loop} %}}"
    for cell, text in zip(table.rows[2].cells, cells, strict=True):
        cell.text = text
    docx_util.keep_row_together(table.rows[2])  # a sub-goal or commitment is read whole on one page
    table.rows[3].cells[0].text = "{%tr endfor %}"
    docx_util.column_widths(table, widths)
    return table


def build_agreement(target: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    docx_util.setup_document(doc)
    doc.add_paragraph("{{ title }}", style="Title")
    doc.add_paragraph("{{ partnership }}", style="Subtitle")
    meta = doc.add_paragraph()
    docx_util.small_grey(meta.add_run("Version {{ version_number }} · {{ status }} · {{ version_date }}"))

    doc.add_heading("Parter", level=1)
    doc.add_paragraph("Aftalen er indgået mellem følgende parter:")
    _tag(doc, "{%p for p in parties %}")
    doc.add_paragraph("{{ p }}", style="List Bullet")
    _tag(doc, "{%p endfor %}")

    _sections_loop(doc, "intro_sections")

    _tag(doc, "{%p if goals %}")
    doc.add_heading("Mål og delmål", level=1)
    _tag(doc, "{%p for g in goals %}")
    doc.add_heading("{{ g.title }}", level=2)
    _tag(doc, "{%p if g.success_criterion %}")
    para = doc.add_paragraph()
    para.add_run("Succeskriterium: ").bold = True
    para.add_run("{{ g.success_criterion }}")
    _tag(doc, "{%p endif %}")
    # no "Beskrivelse" column that is empty in every row: without descriptions, one column
    _tag(doc, "{%p if g.sub_goals and g.described %}")
    _loop_table(
        doc,
        ["Delmål", "Beskrivelse"],
        "sg in g.sub_goals",
        ["{{ sg.code }}. {{ sg.title }}", "{{ sg.description }}"],
        [6.0, 10.4],
    )
    _tag(doc, "{%p elif g.sub_goals %}")
    _loop_table(doc, ["Delmål"], "sg in g.sub_goals", ["{{ sg.code }}. {{ sg.title }}"], [16.4])
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")

    _tag(doc, "{%p if commitments_by_party %}")
    doc.add_heading("Parternes forpligtelser", level=1)
    _tag(doc, "{%p for party in commitments_by_party %}")
    doc.add_heading("{{ party.name }}", level=2)
    _loop_table(
        doc,
        ["Nr.", "Forpligtelse"],
        "c in party.commitments",
        ["{{ loop.index }}", "{{ c }}"],
        [1.4, 15.0],
    )
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")

    _sections_loop(doc, "closing_sections")

    _tag(doc, "{%p if duration_paragraphs %}")
    doc.add_heading("Varighed", level=1)
    _tag(doc, "{%p for para in duration_paragraphs %}")
    doc.add_paragraph("{{ para }}")
    _tag(doc, "{%p endfor %}")
    _tag(doc, "{%p endif %}")

    doc.add_heading("Underskrifter", level=1)
    doc.add_paragraph("Parterne tiltræder aftalen ved underskrift.")
    table = doc.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "{%tr for s in signatories %}"
    left, right = table.rows[1].cells
    # Two columns whose lines meet: "Dato: ____" on the left, the signature line on the
    # right, so a signatory sees at once where to date and where to sign.
    left.text = ""
    left.paragraphs[0].add_run("For {{ s.party }}").bold = True
    for _ in range(2):
        left.add_paragraph("")
    left.add_paragraph("Dato: {{ s.signed_on }}")
    right.text = ""
    for _ in range(2):
        right.add_paragraph("")
    right.add_paragraph("_" * 38)
    right.add_paragraph("{{ s.name }}")
    title = right.add_paragraph()
    docx_util.small_grey(title.add_run("{{ s.title }}"))
    title.paragraph_format.space_after = Pt(16)
    docx_util.keep_row_together(table.rows[1])
    table.rows[2].cells[0].text = "{%tr endfor %}"
    docx_util.column_widths(table, [7.0, 9.4])

    docx_util.footer(
        doc, "{{ partnership }} · {{ title }} · Version {{ version_number }} · {{ version_date }}"
    )
    doc.core_properties.title = "Partnerskabsaftale"
    doc.core_properties.author = "Fodslag"
    doc.save(str(target))


def main() -> None:
    here = ROOT / "desktop" / "resources" / "templates"
    build_agreement(here / "partnerskabsaftale.docx")
    print("Skrev", here / "partnerskabsaftale.docx")


if __name__ == "__main__":
    main()

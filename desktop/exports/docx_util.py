"""Small python-docx helpers shared by the Word writers and the template builder.

python-docx has no API for shading, repeated header rows or page-number fields; these
few lines of OOXML keep every Word document Fodslag writes looking the same.
Callers import python-docx themselves (lazily); this module only touches objects it is
handed, plus ``docx.oxml`` inside the functions.
"""

from __future__ import annotations

from typing import Any

FONT = "Arial"  # Windows has it; LibreOffice maps it to the metric-compatible Liberation Sans
ACCENT = "1F3A5F"  # dark blue used for headings and header rows
HEADER_FILL = "DCE6F0"
MUTED = "595959"


def _danish_proofing(doc: Any) -> None:
    """Word checks spelling in the document's default language: python-docx's blank document says
    en-US, so every Danish word was underlined red. Set da-DK on the document defaults and on
    every style that names a language of its own."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles_element = doc.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles_element.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    rpr = run_defaults.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run_defaults.append(rpr)
    if rpr.find(qn("w:lang")) is None:
        rpr.append(OxmlElement("w:lang"))
    for lang in styles_element.iter(qn("w:lang")):
        lang.set(qn("w:val"), "da-DK")
        lang.set(qn("w:eastAsia"), "da-DK")
    for theme_lang in doc.settings.element.iter(qn("w:themeFontLang")):
        theme_lang.set(qn("w:val"), "da-DK")
    _auto_hyphenation(doc)
    # Word 2010's copy of the styles, which the blank document also carries
    for part in doc.part.package.iter_parts():
        if str(part.partname).endswith("/stylesWithEffects.xml"):
            part._blob = part.blob.replace(
                b'w:val="en-US" w:eastAsia="en-US"', b'w:val="da-DK" w:eastAsia="da-DK"'
            )


def _auto_hyphenation(doc: Any) -> None:
    """Let Word hyphenate in Danish: a long compound in a narrow cell breaks as
    "Renovations-/medarbejderne", not "Renovationsmedarbejdern/e". The element must follow
    w:defaultTabStop (Word refuses settings out of schema order)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = doc.settings.element
    if settings.find(qn("w:autoHyphenation")) is not None:
        return
    element = OxmlElement("w:autoHyphenation")
    element.set(qn("w:val"), "true")
    tab_stop = settings.find(qn("w:defaultTabStop"))
    if tab_stop is not None:
        tab_stop.addnext(element)
    else:  # pragma: no cover - python-docx's template has one
        settings.insert(0, element)


def setup_document(doc: Any) -> None:
    """A4, 2.5/2 cm margins, Arial body text and blue headings."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt, RGBColor

    for section in doc.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin = section.bottom_margin = Cm(2.2)
        section.left_margin = section.right_margin = Cm(2.3)
        section.footer_distance = Cm(1.0)
    _danish_proofing(doc)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    _east_asia_font(normal, FONT)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.1
    for name, size, before in (
        ("Title", 22, 0),
        ("Heading 1", 15, 14),
        ("Heading 2", 12.5, 10),
        ("Heading 3", 11, 8),
    ):
        style = styles[name]
        style.font.name = FONT
        _east_asia_font(style, FONT)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor.from_string(ACCENT)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    title = styles["Title"]
    title.paragraph_format.space_after = Pt(2)
    _remove_border(title)
    subtitle = styles["Subtitle"]
    subtitle.font.name = FONT
    _east_asia_font(subtitle, FONT)
    subtitle.font.size = Pt(13)
    subtitle.font.italic = False
    subtitle.font.color.rgb = RGBColor.from_string(MUTED)
    _remove_letter_spacing(subtitle)
    for name in ("List Bullet", "Table Grid"):
        styles[name].font.name = FONT
    # Slightly smaller type in grids keeps long Danish compounds ("Styregruppemøde") whole.
    styles["Table Grid"].font.size = Pt(9.5)


def _east_asia_font(style: Any, font: str) -> None:
    """Set every script slot: Word otherwise falls back to the theme font for some runs."""
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _remove_border(style: Any) -> None:
    """The default Title style has a bottom border that looks dated."""
    from docx.oxml.ns import qn

    ppr = style.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def _remove_letter_spacing(style: Any) -> None:
    """The default Subtitle style is letter-spaced, which reads as a typo in Danish names."""
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    for spacing in rpr.findall(qn("w:spacing")):
        rpr.remove(spacing)


def shade(cell: Any, fill: str) -> None:
    """Background colour of a table cell (hex without '#')."""
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    shd = tcpr.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): fill})
    tcpr.append(shd)


def repeat_header(row: Any) -> None:
    """Repeat this row at the top of every page the table runs onto."""
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    trpr.append(trpr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))


def keep_row_together(row: Any) -> None:
    """Never split this row across pages (signature blocks, short rows)."""
    from docx.oxml.ns import qn

    trpr = row._tr.get_or_add_trPr()
    trpr.append(trpr.makeelement(qn("w:cantSplit"), {qn("w:val"): "true"}))


def column_widths(table: Any, widths_cm: list[float]) -> None:
    """Fix column widths: Word honours cell widths, LibreOffice the grid; set both."""
    from docx.shared import Cm

    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall("{*}gridCol"), widths_cm, strict=False):
        col.w = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width)


def header_row(table: Any, labels: list[str]) -> None:
    """Fill the first row with bold labels on a light fill, repeat it on each page and keep it
    with the first row under it (a page ended on a lone header row, its rows on the next)."""
    row = table.rows[0]
    for cell, label in zip(row.cells, labels, strict=True):
        cell.text = ""
        paragraph = cell.paragraphs[0]
        run = paragraph.add_run(label)
        run.bold = True
        paragraph.paragraph_format.keep_with_next = True
        shade(cell, HEADER_FILL)
    repeat_header(row)
    keep_row_together(row)


def add_field(paragraph: Any, instruction: str, placeholder: str = "1") -> None:
    """A Word field such as PAGE or NUMPAGES, updated by Word and LibreOffice on display."""
    from docx.oxml.ns import qn

    fld = paragraph._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): f" {instruction} "})
    run = fld.makeelement(qn("w:r"), {})
    text = run.makeelement(qn("w:t"), {})
    text.text = placeholder
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def footer(doc: Any, left_text: str) -> None:
    """Footer: ``left_text``, and 'Side x af y' right-aligned on a line of its own below it (a
    long name ran into the number on one line: "…2026Side 1 af 4"), small grey type."""
    from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
    from docx.shared import Pt, RGBColor

    section = doc.sections[0]
    style = doc.styles["Footer"]
    style.font.name = FONT
    style.font.size = Pt(8.5)  # the style, not the runs: field results have no run of ours
    style.font.color.rgb = RGBColor.from_string(MUTED)
    para = section.footer.paragraphs[0]
    para.text = left_text
    para.style = style
    numbering = section.footer.add_paragraph(style=style)
    numbering.alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
    numbering.add_run("Side ")
    add_field(numbering, "PAGE")
    numbering.add_run(" af ")
    add_field(numbering, "NUMPAGES")


def small_grey(run: Any, size: float = 9) -> None:
    """Secondary text: metadata lines under titles."""
    from docx.shared import Pt, RGBColor

    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(MUTED)


def keep_table_with_next(table: Any, *, including_last: bool = False) -> None:
    """Keep a short table on one page (and, optionally, with what follows, e.g. a chart).

    Word has no table-level setting; "keep with next" on every row's paragraphs does it.
    """
    rows = list(table.rows)
    for index, row in enumerate(rows):
        if index == len(rows) - 1 and not including_last:
            break
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True

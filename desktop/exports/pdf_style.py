"""Shared look of the PDF documents: fonts, colours, paragraph styles, page furniture.

Every PDF writer goes through here so that the documents a partnership hands out look
like one family, always embed their fonts and always number their pages.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from desktop.exports.files import atomic_output
from desktop.exports.fonts import BOLD, FAMILY, ITALIC, REGULAR, register_fonts
from desktop.formatting import long_date

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

# Colours as hex so that importing this module does not import reportlab.
NAVY = "#003366"  # police blue, also used for headings
ALARM_RED = "#CC0000"
INK = "#1A1A1A"
MUTED = "#555555"
RULE = "#9AA5B1"
ZEBRA = "#EEF2F6"
HEADER_FILL = "#DCE4EE"
WARN = "#B00020"
OK_GREEN = "#2E7D32"

PRODUCER = "Fodslag"

# Danish dates and numbers: desktop.formatting (documents are written in Danish).


def esc(text: str | None) -> str:
    """User text made safe for Paragraph markup ('&', '<' would break or inject tags)."""
    return escape(text or "")


def multiline(text: str | None) -> str:
    """Escaped text whose line breaks survive inside a Paragraph."""
    return esc(text).replace("\r\n", "\n").replace("\n", "<br/>")


#: an address whose widest piece is wider than its column is set smaller, to this at least
EMAIL_MIN_SIZE = 7.0


def email_markup(email: str, font: str, size: float, width: float) -> str:
    """An e-mail address for a Paragraph ``width`` points wide, broken only after its '@' or a
    '.' (reportlab would cut it between letters or after its own hyphen: "tryghed-" reads as a
    hyphenated word); an address with a piece wider than the column is set smaller, not cut."""
    from desktop.exports.card_text import widest_token, wrap

    widest = widest_token(email, font, size)
    shown = max(EMAIL_MIN_SIZE, size * width / widest) if widest > width else size
    lines = "<br/>".join(esc(line) for line in wrap(email, font, shown, width))
    return lines if shown == size else f"<font size='{shown:.2f}'>{lines}</font>"


def paragraphs_of(text: str | None) -> list[str]:
    """Split free text into paragraphs at blank lines, each escaped with inner breaks kept."""
    blocks = [b.strip() for b in (text or "").replace("\r\n", "\n").split("\n\n")]
    return [multiline(b) for b in blocks if b]


# --- Styles ---------------------------------------------------------------------------


class Styles:
    """Named paragraph styles; attribute access keeps writer code short."""

    def __init__(self, styles: dict[str, ParagraphStyle]) -> None:
        self._styles = styles

    def __getattr__(self, name: str) -> ParagraphStyle:
        try:
            return self._styles[name]
        except KeyError:
            raise AttributeError(name) from None


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The paragraph styles of all PDF documents: DejaVu, Danish hyphenation (every style
    inherits it from ``body``), long words broken at a hyphen, never inside a word without
    one. Reportlab breaks an e-mail address anywhere (it only knows links with a scheme), so
    writers lay addresses out with :func:`email_markup`."""
    register_fonts()
    from desktop.exports.hyphenation import hyphen_pairs, mend_reportlab_rejoin

    mend_reportlab_rejoin()

    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    ink, navy, muted = HexColor(INK), HexColor(NAVY), HexColor(MUTED)
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        fontSize=10,
        leading=13.5,
        textColor=ink,
        spaceAfter=5,
        hyphenationLang=hyphen_pairs,  # type: ignore[arg-type]  # reportlab takes a callable too
        embeddedHyphenation=2,  # a word too long for a fresh line breaks there too, with a hyphen
        uriWasteReduce=0.3,  # links with a scheme ("https://") break after a '/'; addresses: email_markup
    )
    made = {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=muted),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=19,
            leading=23,
            textColor=navy,
            spaceAfter=4,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11.5, leading=15, textColor=muted, spaceAfter=10
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=navy,
            spaceBefore=8,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=15.5,
            textColor=navy,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_small": ParagraphStyle(
            "cell_small", parent=body, fontSize=8, leading=10, textColor=muted, spaceAfter=0
        ),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0
        ),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=BOLD,
            fontSize=9,
            leading=11.5,
            spaceAfter=0,
            textColor=navy,
        ),
        "note": ParagraphStyle("note", parent=body, fontName=ITALIC, fontSize=9, leading=12, textColor=muted),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "warn": ParagraphStyle("warn", parent=body, fontName=BOLD, textColor=HexColor(WARN), spaceAfter=4),
    }
    for style in made.values():
        # Paragraph markup <b>/<i> maps through the registered family.
        style.fontName = style.fontName or FAMILY
    return Styles(made)


def table_style(*, header_rows: int = 1, zebra: bool = True, extra: Sequence[tuple[Any, ...]] = ()) -> Any:
    """The grid every list-like table uses: a tinted header, thin rules, light zebra rows."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import TableStyle

    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HexColor(HEADER_FILL)),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, HexColor(NAVY)),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [None, HexColor(ZEBRA)]))
    commands.extend(extra)
    return TableStyle(commands)


# --- Canvas and document plumbing -------------------------------------------------------


def new_canvas(
    path: str | os.PathLike[str],
    pagesize: tuple[float, float],
    *,
    title: str,
    subject: str = "",
    author: str = "",
) -> Canvas:
    """A canvas whose initial font is DejaVu (else reportlab references Helvetica)."""
    register_fonts()
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(
        str(path),
        pagesize=pagesize,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # the stubs say float
        initialFontSize=10,
        lang="da-DK",
    )
    _set_metadata(canvas, title=title, subject=subject, author=author)
    return canvas


def _set_metadata(canvas: Canvas, *, title: str, subject: str, author: str) -> None:
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setAuthor(author or PRODUCER)
    canvas.setCreator(PRODUCER)


class Bookmark:
    """Factory for a zero-size flowable that adds a PDF outline entry where it is drawn."""

    _counter = itertools.count(1)

    @classmethod
    def make(cls, title: str, level: int = 0) -> Flowable:
        from reportlab.platypus.flowables import Flowable

        key = f"bm{next(cls._counter)}"

        class _Bookmark(Flowable):
            def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
                return 0, 0

            def draw(self) -> None:
                self.canv.bookmarkHorizontal(key, 0, 0)
                self.canv.addOutlineEntry(title, key, level=level, closed=False)

        return _Bookmark()


PAGE_TOTAL_FORM = "fodslagPageTotal"


def _fit(canvas: Canvas, text: str, width: float, font: str = REGULAR, size: float = 8) -> str:
    """``text`` as it is if it fits ``width``, else cut at a word (or letter) with "…"."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    words = text.split()
    while len(words) > 1 and canvas.stringWidth(" ".join(words) + " …", font, size) > width:
        words.pop()
    cut = " ".join(words)
    while cut and canvas.stringWidth(cut + " …", font, size) > width:
        cut = cut[:-1]
    return f"{cut.rstrip(' ,·–-')} …" if cut else ""


def draw_furniture(canvas: Canvas, doc: Any, *, partnership: str, title: str, produced: date | None) -> None:
    """Header (partnership, document title) and footer (date, 'Side x af y') of a page."""
    from reportlab.lib.colors import HexColor

    width, height = canvas._pagesize  # type: ignore[attr-defined]  # not in the stubs
    left, right = doc.leftMargin, width - doc.rightMargin
    canvas.saveState()
    canvas.setFillColor(HexColor(MUTED))
    canvas.setStrokeColor(HexColor(RULE))
    canvas.setLineWidth(0.5)
    top = height - doc.topMargin + 14
    canvas.setFont(REGULAR, 8)
    # A long partnership name ran into the title: each keeps to its side, cut with "…"
    gap = 12
    title = _fit(canvas, title, (right - left) * 0.45)
    room = right - left - canvas.stringWidth(title, REGULAR, 8) - gap
    canvas.drawString(left, top, _fit(canvas, partnership, room))
    canvas.drawRightString(right, top, title)
    canvas.line(left, top - 4, right, top - 4)
    bottom = doc.bottomMargin - 20
    canvas.line(left, bottom + 10, right, bottom + 10)
    if produced:
        canvas.drawString(left, bottom, f"Udskrevet {long_date(produced)}")
    label = f"Side {canvas.getPageNumber()} af "
    total_width = canvas.stringWidth("999", REGULAR, 8)
    x = right - total_width - canvas.stringWidth(label, REGULAR, 8)
    canvas.drawString(x, bottom, label)
    canvas.translate(x + canvas.stringWidth(label, REGULAR, 8), bottom)
    # The total is only known at the end: a form XObject filled in by finish_page_total.
    canvas.doForm(PAGE_TOTAL_FORM)
    canvas.restoreState()


def finish_page_total(canvas: Canvas) -> None:
    """Define the page-total form referenced from every footer (call before save)."""
    from reportlab.lib.colors import HexColor

    canvas.beginForm(PAGE_TOTAL_FORM)
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(HexColor(MUTED))
    canvas.drawString(0, 0, str(canvas.getPageNumber() - 1))
    canvas.endForm()


def build_story_pdf(
    target: str | os.PathLike[str],
    story_factory: Callable[[], list[Flowable]],
    *,
    title: str,
    partnership: str,
    produced: date | None = None,
    landscape_page: bool = False,
    subject: str = "",
) -> None:
    """Lay out a story on A4 with header, footer and page numbers, written atomically."""
    register_fonts()
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    pagesize = landscape(A4) if landscape_page else A4

    def on_page(canvas: Canvas, doc: Any) -> None:
        draw_furniture(canvas, doc, partnership=partnership, title=title, produced=produced)

    class _Canvas(Canvas):
        def save(self) -> None:
            finish_page_total(self)
            super().save()

    with atomic_output(target) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=pagesize,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
            title=title,
            author=PRODUCER,
            subject=subject,
            creator=PRODUCER,
            initialFontName=REGULAR,
            initialFontSize=10,
            lang="da-DK",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        doc.build(story_factory(), canvasmaker=_Canvas)

"""The network's folder: a tri-fold A4 leaflet or an A5 booklet, with the action card.

Tri-fold panel order (roll fold, seen from the printed side):
outside page = [inside flap | back | front cover], inside page = [left | middle | flap].
The flap panels are 3 mm narrower so the flap folds in without buckling.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Literal

from desktop.exports.action_card import (
    A4_CARD,
    A6_CARD,
    CardPart,
    draw_card_part,
    draw_emergency_band,
    plan_action_card,
)
from desktop.exports.card_text import string_width
from desktop.exports.files import atomic_output
from desktop.exports.fonts import BOLD, REGULAR
from desktop.exports.pdf_style import MUTED, NAVY, email_markup, esc, new_canvas, paragraphs_of, styles

if TYPE_CHECKING:
    from collections.abc import Callable

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from desktop.exports.data import ContactLine, FolderData
    from desktop.exports.pdf_style import Styles

FolderLayout = Literal["trifold", "a5"]
MM = 72 / 25.4
PANEL_MARGIN = 8 * MM
NOT_HEADING = "Det er netværket ikke"


def _contact_block(person: ContactLine, width: float, st: Styles) -> str:
    lines = [f"<b>{esc(person.name)}</b>"]
    role = ", ".join(esc(x) for x in (person.title, person.organisation) if x)
    if role:
        lines.append(role)
    phone = person.phone or person.mobile
    if phone:
        lines.append(f"Tlf. {esc(phone)}".replace(" ", "\u00a0", 1))
    if person.email:
        lines.append(email_markup(person.email, st.cell.fontName, st.cell.fontSize, width))
    return "<br/>".join(lines)


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: a phone number as Danes write it ("20 60 70 80", "2060 7080", "+45 20 60 70 80")
_PHONE = re.compile(r"(?:\+45 )?\b(?:\d{2} \d{2} \d{2} \d{2}|\d{4} \d{4})\b")


def _running_text(text: str, width: float, st: Styles) -> list[Flowable]:
    """Free text as body paragraphs; an address too long for a line of its own starts a line
    and breaks after its '@' or a '.' (a paragraph would cut it between letters), and a phone
    number never breaks ("tlf. 20 60" over "70 80")."""
    from reportlab.platypus import Paragraph

    font, size = st.body.fontName, st.body.fontSize

    def address(match: re.Match[str]) -> str:
        found = match.group(0).rstrip(".")
        rest = match.group(0)[len(found) :]
        if string_width(found, font, size) <= width:
            return match.group(0)
        return "<br/>" + email_markup(found, font, size, width) + rest

    def phone(match: re.Match[str]) -> str:
        return match.group(0).replace(" ", "\u00a0")

    return [Paragraph(_ADDRESS.sub(address, _PHONE.sub(phone, p)), st.body) for p in paragraphs_of(text)]


def _section(title: str, text: str, st: Styles | None = None) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    st = st or styles()
    return [Paragraph(esc(title), st.h2), *(Paragraph(p, st.body) for p in paragraphs_of(text))]


def _people(
    title: str, people: tuple[ContactLine, ...], width: float, st: Styles | None = None
) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    st = st or styles()
    out: list[Flowable] = [Paragraph(esc(title), st.h2)] if people else []
    out += [Paragraph(_contact_block(p, width, st), st.cell) for p in people]
    return _spaced(out)


def _spaced(flowables: list[Flowable]) -> list[Flowable]:
    from reportlab.platypus import Spacer

    out: list[Flowable] = []
    for f in flowables:
        out += [f, Spacer(1, 5)]
    return out


def _not_box(data: FolderData, width: float, st: Styles | None = None) -> list[Flowable]:
    """'What the network is not' in a framed box: it is the point residents ask about."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = st or styles()
    inner = [Paragraph(esc(NOT_HEADING), st.h2)]
    inner += [Paragraph(p, st.body) for p in paragraphs_of(data.what_it_is_not)]
    box = Table([[inner]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the table selects Helvetica
                ("BOX", (0, 0), (-1, -1), 1.2, HexColor(NAVY)),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor("#F3F6FA")),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [box]


def _fill_panel(canvas: Canvas, flowables: list[Flowable], x: float, y: float, w: float, h: float) -> None:
    from reportlab.platypus import Frame, KeepInFrame

    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    # A user's very long text shrinks to fit rather than vanishing off the panel.
    frame.addFromList([KeepInFrame(w, h, flowables, mode="shrink")], canvas)


def _draw_cover(canvas: Canvas, data: FolderData, x: float, y: float, w: float, h: float) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph

    st = styles()
    canvas.saveState()
    canvas.setFillColor(HexColor(NAVY))
    canvas.rect(
        x - PANEL_MARGIN, y + h * 0.45, w + 2 * PANEL_MARGIN, h * 0.55 + PANEL_MARGIN, stroke=0, fill=1
    )
    canvas.restoreState()
    from reportlab.lib.styles import ParagraphStyle

    from desktop.exports.card_text import widest_token

    # Big, but never so big that a word of the name breaks ("Tryghedsnetvær-k").
    size = min(24.0, 0.95 * w / max(widest_token(data.partnership, BOLD, 1.0), 1.0))
    white = ParagraphStyle(
        "cover", parent=st.title, textColor=HexColor("#FFFFFF"), fontSize=size, leading=size * 1.2
    )
    sub = ParagraphStyle("cover_sub", parent=st.subtitle, textColor=HexColor("#FFFFFF"))
    _fill_panel(
        canvas,
        [
            Paragraph(esc(data.partnership), white),
            Paragraph(esc(data.area), sub),
            Paragraph("Sammen om et trygt dagligliv", sub),
        ],
        x,
        y + h * 0.5,
        w,
        h * 0.45,
    )
    _fill_panel(
        canvas,
        [
            Paragraph(
                "Information til fagpersoner og beboere om netværkets "
                "formål, organisering og kontaktpersoner.",
                st.body,
            )
        ],
        x,
        y + 60 * MM,
        w,
        h * 0.45 - 62 * MM,
    )
    draw_emergency_band(canvas, data.action_card, x, y + 8 * MM, w, A6_CARD)


def _card_parts(data: FolderData, w: float, h: float) -> list[CardPart]:
    return plan_action_card(data.action_card, w, h, style=A6_CARD)


def _panel_widths(page_w: float) -> tuple[float, float, float]:
    flap = (page_w - 6 * MM) / 3
    other = (page_w - flap) / 2
    return flap, other, other


def _draw_trifold(canvas: Canvas, data: FolderData) -> None:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import Paragraph

    page_w, page_h = landscape(A4)
    flap_w, mid_w, _ = _panel_widths(page_w)
    h = page_h - 2 * PANEL_MARGIN
    y = PANEL_MARGIN

    def box(left: float, width: float) -> tuple[float, float, float, float]:
        return left + PANEL_MARGIN, y, width - 2 * PANEL_MARGIN, h

    # Outside: [flap | back | front]
    flap_out, back, front = box(0, flap_w), box(flap_w, mid_w), box(flap_w + mid_w, mid_w)
    who = [
        Paragraph("Hvem står bag?", styles().h1),
        *_people("Styregruppen", data.steering_group, flap_out[2]),
    ]
    _fill_panel(canvas, who, *flap_out)
    st = styles()
    back_story = _people("Sekretariatet", data.secretariat, back[2])
    if data.contact_text:
        back_story += _running_text(data.contact_text, back[2], st)
    back_story += [Paragraph("Oplysninger om enkelte borgeres sager deles ikke i netværket.", st.note)]
    _fill_panel(canvas, [Paragraph("Kontakt", st.h1), *back_story], *back)
    _draw_cover(canvas, data, *front)
    _fold_marks(canvas, page_w, page_h, (flap_w, flap_w + mid_w))
    canvas.showPage()
    # Inside: [left | middle | flap]
    left, middle, flap_in = box(0, mid_w), box(mid_w, mid_w), box(2 * mid_w, flap_w)
    parts = _card_parts(data, flap_in[2], flap_in[3])
    about = _section("Baggrund", data.background) + _section("Formål", data.purpose)
    organisation = _section("Sådan er netværket organiseret", data.organisation_text)
    if len(parts) == 2:  # the card takes the middle panel too; the 'not' box joins the left panel
        _fill_panel(canvas, about + _not_box(data, left[2]) + organisation, *left)
        for part, (px, py, _, _) in zip(parts, (middle, flap_in), strict=True):
            draw_card_part(canvas, part, px, py)
    else:
        not_box = _not_box(data, left[2])
        with_about = _height(about + not_box, left[2])
        with_organisation = _height(not_box + organisation, middle[2])
        if with_about <= left[3] and max(with_about, _height(organisation, middle[2])) < max(
            _height(about, left[2]), with_organisation
        ):
            # a short background left the left panel near empty and the middle one full (the
            # stress folder): the 'not' box goes where the two panels come out more even
            _fill_panel(canvas, about + not_box, *left)
            _fill_panel(canvas, organisation, *middle)
        else:
            _fill_panel(canvas, about, *left)
            _fill_panel(canvas, _not_box(data, middle[2]) + organisation, *middle)
        if len(parts) == 1:
            draw_card_part(canvas, parts[0], flap_in[0], flap_in[1])
        else:
            _fill_panel(canvas, _card_enclosed(data, flap_in[2]), *flap_in)
    _fold_marks(canvas, page_w, page_h, (mid_w, 2 * mid_w))
    canvas.showPage()
    if len(parts) > 2:
        # Too big for two panels: the whole card on its own A4 sheet(s), handed out with the folder.
        from reportlab.lib.pagesizes import A4

        sheet_w, sheet_h = A4
        margin = 12 * MM
        sheet = plan_action_card(data.action_card, sheet_w - 2 * margin, sheet_h - 2 * margin, style=A4_CARD)
        for part in sheet:
            canvas.setPageSize(A4)
            draw_card_part(canvas, part, margin, margin)
            canvas.showPage()


def _height(flowables: list[Flowable], width: float) -> float:
    """The height the flowables take in a panel ``width`` wide, with their spacing."""
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, 10_000)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _card_enclosed(data: FolderData, width: float) -> list[Flowable]:
    """The inside flap's text when the card is printed on a sheet of its own."""
    from reportlab.platypus import Paragraph

    st = styles()
    return [
        Paragraph("Actioncard", st.h1),
        Paragraph(
            f"Actioncardet har {len(data.action_card.rows)} kontakter og er for stort til folderen. "
            "Det er trykt på et ark for sig, som deles ud sammen med folderen.",
            st.body,
        ),
        *_people("Sekretariatet", data.secretariat, width),
    ]


def _fold_marks(canvas: Canvas, page_w: float, page_h: float, xs: tuple[float, float]) -> None:
    """Short ticks at the folds, in the margin, so the folder is folded straight."""
    from reportlab.lib.colors import HexColor

    canvas.saveState()
    canvas.setStrokeColor(HexColor(MUTED))
    canvas.setLineWidth(0.3)
    for x in xs:
        canvas.line(x, 0, x, 4 * MM)
        canvas.line(x, page_h - 4 * MM, x, page_h)
    canvas.restoreState()


BOOKLET_SCALES = (1.0, 0.95, 0.9, 0.85, 0.8)  # body text 10 pt down to 8 pt, no smaller


def _scaled(scale: float) -> Styles:
    """The house styles with every size and space times ``scale`` (a booklet's text shrinks a
    little rather than leave a page with one line, or blank pages, to reach a multiple of four)."""
    from reportlab.lib.styles import ParagraphStyle

    from desktop.exports.pdf_style import Styles

    st = styles()
    if scale == 1.0:
        return st
    made = {}
    for name in ("h1", "h2", "body", "cell", "note"):
        base = getattr(st, name)
        made[name] = ParagraphStyle(
            f"{name}_{scale}",
            parent=base,
            fontSize=base.fontSize * scale,
            leading=base.leading * scale,
            spaceBefore=base.spaceBefore * scale,
            spaceAfter=base.spaceAfter * scale,
        )
    return Styles(made)


def _together(content: list[Flowable], page_height: float) -> Flowable:
    """A block that moves to the next page whole rather than split (hand-drawn frames ignore
    KeepTogether); only a block taller than a page is split."""
    from reportlab.platypus import Flowable as Base

    class Together(Base):
        def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
            self._sizes: list[tuple[float, float, float]] = []
            for f in content:
                _, fh = f.wrap(avail_w, avail_h)
                self._sizes.append((f.getSpaceBefore() if self._sizes else 0, fh, f.getSpaceAfter()))
            # the block's own space is its first flowable's before and its last one's after
            self.spaceBefore, self.spaceAfter = content[0].getSpaceBefore(), self._sizes[-1][2]
            self._sizes[-1] = (*self._sizes[-1][:2], 0)
            self.width, self.height = avail_w, sum(b + fh + a for b, fh, a in self._sizes)
            return self.width, self.height

        def split(self, avail_w: float, avail_h: float) -> list[Flowable]:
            return list(content) if self.height > page_height else []

        def draw(self) -> None:
            y = self.height
            for f, (before, fh, after) in zip(content, self._sizes, strict=True):
                y -= before + fh
                f.drawOn(self.canv, 0, y)
                y -= after

    return Together()


def _booklet_sections(data: FolderData, width: float, height: float, st: Styles) -> list[list[Flowable]]:
    """The inside text in four sections (about, organisation, steering group, secretariat).
    Frames drawn by hand ignore keepWithNext, so a heading is bound to what follows it, and the
    secretariat with its contact text is one block: a page never ends on a heading nor holds
    only the last line."""
    from reportlab.platypus import Spacer

    def together(flowables: list[Flowable]) -> Flowable:
        return _together(flowables, height)

    def bind_headings(flowables: list[Flowable]) -> list[Flowable]:
        out: list[Flowable] = []
        pending: list[Flowable] = []
        for f in flowables:
            pending.append(f)
            heading = getattr(getattr(f, "style", None), "keepWithNext", 0)
            if not heading and not (isinstance(f, Spacer) and len(pending) > 1):
                out.append(together(pending) if len(pending) > 1 else f)
                pending = []
        return out + pending

    contact = _people("Sekretariatet", data.secretariat, width, st)
    contact += _running_text(data.contact_text, width, st)
    return [
        bind_headings(
            _section("Baggrund", data.background, st)
            + _section("Formål", data.purpose, st)
            + _not_box(data, width, st)
        ),
        bind_headings(_section("Sådan er netværket organiseret", data.organisation_text, st)),
        bind_headings(_people("Styregruppen", data.steering_group, width, st)),
        [together(contact)],
    ]


def _flow(
    canvas: Canvas,
    story: list[Flowable],
    box: tuple[float, float, float, float],
    finish: Callable[[], None],
    fills: list[float] | None = None,
) -> int:
    """Lay ``story`` out page by page in ``box``; the number of pages it took. ``fills``
    gets the share of each page's height the text took."""
    from reportlab.platypus import Frame

    pages = 0
    while story:
        frame = Frame(*box, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        before = len(story)
        frame.addFromList(story, canvas)
        if len(story) == before and frame._atTop:  # type: ignore[attr-defined]  # not in the stubs  # too tall for any page: shrink it onto one
            from reportlab.platypus import KeepInFrame

            story[0] = KeepInFrame(box[2], box[3], [story[0]], mode="shrink")
            continue
        pages += 1
        if fills is not None:
            fills.append((frame._y1 + frame._height - frame._y) / box[3])  # type: ignore[attr-defined]
        finish()
    return pages


def _flow_sections(
    canvas: Canvas,
    sections: list[list[Flowable]],
    breaks: tuple[int, ...],
    box: tuple[float, float, float, float],
    finish: Callable[[], None],
    fills: list[float] | None = None,
) -> int:
    """The sections in one flow, with a new page before each section numbered in ``breaks``."""
    pages = 0
    story: list[Flowable] = []
    for i, section in enumerate(sections):
        if i in breaks and story:
            pages += _flow(canvas, story, box, finish, fills)
            story = []
        story += section
    return pages + _flow(canvas, story, box, finish, fills)


BookletPlan = tuple[float, tuple[int, ...]]  # (text scale, sections that start a new page)
#: a booklet whose last text page is less full than this is laid out again, its text up to
#: 12 pt: the stress folder's page 4 held two names on a third of the page
THIN_LAST_PAGE = 0.5
GROW_SCALES = (1.05, 1.1, 1.15, 1.2)


def _booklet_plan(data: FolderData, box: tuple[float, float, float, float], card_pages: int) -> BookletPlan:
    """How to lay the text out so cover, text and card make a multiple of four pages without
    blank ones: as it flows; else a little smaller (to 8 pt) to save pages; else with
    sections starting on a new page and the text a little larger (to 12 pt), the layout
    whose emptiest page is fullest. Note pages only when none of that works."""
    import io
    from itertools import combinations

    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen.canvas import Canvas as DryCanvas

    def laid_out_fills(plan: BookletPlan) -> list[float]:
        """The share of each page the text fills."""
        dry = DryCanvas(io.BytesIO(), pagesize=A5, initialFontName=REGULAR)  # type: ignore[arg-type]  # the stubs say float
        sections = _booklet_sections(data, box[2], box[3], _scaled(plan[0]))
        fills: list[float] = []
        _flow_sections(dry, sections, plan[1], box, dry.showPage, fills)
        return fills

    def laid_out(plan: BookletPlan) -> tuple[int, float]:
        """Pages the text takes, and the share of the last one it fills."""
        fills = laid_out_fills(plan)
        return len(fills), fills[-1] if fills else 1.0

    def pages_of(plan: BookletPlan) -> int:
        return laid_out(plan)[0]

    def fits(pages: int) -> bool:
        return (1 + pages + card_pages) % 4 == 0

    natural, last = laid_out((1.0, ()))
    if fits(natural) and last >= THIN_LAST_PAGE:
        return 1.0, ()
    if not fits(natural):
        for scale in BOOKLET_SCALES[1:]:  # fewer pages: shrink the text a little
            if fits(pages_of((scale, ()))):
                return scale, ()
    # more pages, or a thin last one: start sections on a page of their own and let the text
    # grow a little, and take the layout whose emptiest page is fullest (the stress folder
    # broke before the secretariat and left two names on a third of page 4)
    best: tuple[float, float, BookletPlan] | None = None
    for scale in (1.0, *GROW_SCALES):
        for count in (0, 1, 2, 3):
            for breaks in combinations((3, 2, 1), count):
                fills = laid_out_fills((scale, breaks))
                if not fits(len(fills)):
                    continue
                score = (round(min(fills, default=1.0), 2), -abs(scale - 1.0))
                if best is None or score > best[:2]:
                    best = (*score, (scale, breaks))
    return best[2] if best is not None else (1.0, ())
    for scale in BOOKLET_SCALES[1:]:  # fewer pages: shrink the text a little
        if fits(pages_of((scale, ()))):
            return scale, ()
    for count in (1, 2, 3):  # more pages: start sections on a page of their own
        for breaks in combinations((3, 2, 1), count):
            if fits(pages_of((1.0, breaks))):
                return 1.0, breaks
    return 1.0, ()


def _draw_booklet(canvas: Canvas, data: FolderData) -> None:
    """A5 pages: cover, about, organisation and contacts, and the action card on the back.
    The text shrinks a little (to 8 pt at least) so the page count is a multiple of four and
    the booklet folds without blank pages; only when that fails are note pages added."""
    from reportlab.lib.pagesizes import A5

    page_w, page_h = A5
    margin = 14 * MM
    w, h = page_w - 2 * margin, page_h - 2 * margin
    box = (margin, margin, w, h)
    pages = 0

    def finish() -> None:
        nonlocal pages
        pages += 1
        if pages > 1:
            canvas.setFont(REGULAR, 8)
            canvas.drawCentredString(page_w / 2, 7 * MM, str(pages))
        canvas.showPage()

    _draw_cover(canvas, data, margin, margin, w, h)
    finish()
    parts = _card_parts(data, w, h)
    scale, breaks = _booklet_plan(data, box, len(parts))
    _flow_sections(canvas, _booklet_sections(data, w, h, _scaled(scale)), breaks, box, finish)
    while (pages + len(parts)) % 4:  # ruled pages for notes, only if the text could not fit
        _notes_page(canvas, margin, page_h - margin, w)
        finish()
    for part in parts:  # the card ends up on the back page, easy to find
        draw_card_part(canvas, part, margin, margin)
        finish()


def _notes_page(canvas: Canvas, x: float, top: float, width: float) -> None:
    """A page meant for notes: a heading and ruled lines, not a blank page."""
    from reportlab.lib.colors import HexColor

    canvas.setFont(BOLD, 12)
    canvas.drawString(x, top - 12, "Noter")
    canvas.saveState()
    canvas.setStrokeColor(HexColor(MUTED))
    canvas.setLineWidth(0.3)
    y = top - 30
    while y > 20 * MM:
        canvas.line(x, y, x + width, y)
        y -= 8 * MM
    canvas.restoreState()


def write_folder_pdf(
    data: FolderData, target: str | os.PathLike[str], *, layout: FolderLayout = "trifold"
) -> None:
    """Tri-fold A4 landscape (outside and inside page) or an A5 booklet."""
    from reportlab.lib.pagesizes import A4, A5, landscape

    if layout not in ("trifold", "a5"):
        raise ValueError(f"Unknown folder layout: {layout!r}")
    size = landscape(A4) if layout == "trifold" else A5
    with atomic_output(target) as tmp:
        canvas = new_canvas(
            tmp, size, title=f"Folder – {data.partnership}", subject="Tryghedsnetværkets folder"
        )
        (_draw_trifold if layout == "trifold" else _draw_booklet)(canvas, data)
        canvas.save()

"""The network's folder: a tri-fold A4 leaflet or an A5 booklet, with the action card.

Tri-fold panel order (roll fold, seen from the printed side):
outside page = [inside flap | back | front cover], inside page = [left | middle | flap].
The flap panels are 3 mm narrower so the flap folds in without buckling.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from desktop.exports.action_card import (
    A4_CARD,
    A6_CARD,
    draw_card_part,
    draw_emergency_band,
    plan_action_card,
)
from desktop.exports.files import atomic_output
from desktop.exports.fonts import BOLD, REGULAR
from desktop.exports.pdf_style import MUTED, NAVY, esc, new_canvas, paragraphs_of, styles

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    from desktop.exports.data import ContactLine, FolderData

FolderLayout = Literal["trifold", "a5"]
MM = 72 / 25.4
PANEL_MARGIN = 8 * MM
NOT_HEADING = "Det er netværket ikke"


def _contact_block(person: ContactLine) -> str:
    lines = [f"<b>{esc(person.name)}</b>"]
    role = ", ".join(esc(x) for x in (person.title, person.organisation) if x)
    if role:
        lines.append(role)
    phone = person.phone or person.mobile
    if phone:
        lines.append(f"Tlf. {esc(phone)}".replace(" ", "\u00a0", 1))
    if person.email:
        lines.append(esc(person.email))
    return "<br/>".join(lines)


def _section(title: str, text: str) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    st = styles()
    return [Paragraph(esc(title), st.h2), *(Paragraph(p, st.body) for p in paragraphs_of(text))]


def _people(title: str, people: tuple[ContactLine, ...]) -> list[Flowable]:
    from reportlab.platypus import Paragraph

    st = styles()
    out: list[Flowable] = [Paragraph(esc(title), st.h2)] if people else []
    out += [Paragraph(_contact_block(p), st.cell) for p in people]
    return _spaced(out)


def _spaced(flowables: list[Flowable]) -> list[Flowable]:
    from reportlab.platypus import Spacer

    out: list[Flowable] = []
    for f in flowables:
        out += [f, Spacer(1, 5)]
    return out


def _not_box(data: FolderData, width: float) -> list[Flowable]:
    """'What the network is not' in a framed box: it is the point residents ask about."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = styles()
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


def _card_parts(data: FolderData, w: float, h: float):  # -> list[CardPart]
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
    who = [Paragraph("Hvem står bag?", styles().h1), *_people("Styregruppen", data.steering_group)]
    _fill_panel(canvas, who, *flap_out)
    st = styles()
    back_story = _people("Sekretariatet", data.secretariat)
    if data.contact_text:
        back_story += [Paragraph(p, st.body) for p in paragraphs_of(data.contact_text)]
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
        _fill_panel(canvas, about, *left)
        _fill_panel(canvas, _not_box(data, middle[2]) + organisation, *middle)
        if len(parts) == 1:
            draw_card_part(canvas, parts[0], flap_in[0], flap_in[1])
        else:
            _fill_panel(canvas, _card_enclosed(data), *flap_in)
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


def _card_enclosed(data: FolderData) -> list[Flowable]:
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
        *_people("Sekretariatet", data.secretariat),
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


def _draw_booklet(canvas: Canvas, data: FolderData) -> None:
    """A5 pages: cover, about, organisation and contacts, and the action card on the back;
    blank note pages pad to a multiple of four so it prints as a folded booklet."""
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import Frame, Paragraph

    page_w, page_h = A5
    margin = 14 * MM
    w, h = page_w - 2 * margin, page_h - 2 * margin
    pages = 0

    def finish() -> None:
        nonlocal pages
        pages += 1
        if pages > 1:
            canvas.setFont(REGULAR, 8)
            canvas.drawCentredString(page_w / 2, 7 * MM, str(pages))
        canvas.showPage()

    def flow(story: list[Flowable]) -> None:
        while story:
            frame = Frame(margin, margin, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            frame.addFromList(story, canvas)
            finish()

    _draw_cover(canvas, data, margin, margin, w, h)
    finish()
    st = styles()
    flow(_section("Baggrund", data.background) + _section("Formål", data.purpose) + _not_box(data, w))
    contact = _people("Sekretariatet", data.secretariat)
    contact += [Paragraph(p, st.body) for p in paragraphs_of(data.contact_text)]
    flow(
        _section("Sådan er netværket organiseret", data.organisation_text)
        + _people("Styregruppen", data.steering_group)
        + contact
    )
    parts = _card_parts(data, w, h)
    while (pages + len(parts)) % 4:
        canvas.setFont(BOLD, 12)
        canvas.drawString(margin, page_h - margin - 12, "Noter")
        finish()
    for part in parts:  # the card ends up on the back page, easy to find
        draw_card_part(canvas, part, margin, margin)
        finish()


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

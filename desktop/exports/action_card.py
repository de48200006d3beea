"""The action card: who to call about which problem, with 114 and 112 always on top.

The card is drawn straight onto a canvas (no platypus) because it must be split by hand
into several cards when there are too many contacts or problem types for a legible font,
and because a bulk print of hundreds of cards has to stay fast. The folder and the bulk
writer reuse :func:`plan_action_card` and :func:`draw_card_part`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from desktop.exports.card_text import string_width, widest_token, wrap
from desktop.exports.files import atomic_output
from desktop.exports.fonts import BOLD, REGULAR, register_fonts
from desktop.exports.pdf_style import ALARM_RED, HEADER_FILL, INK, MUTED, NAVY, RULE, ZEBRA, new_canvas
from desktop.formatting import long_date

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

    from desktop.exports.data import ActionCardData

CardLayout = Literal["a4", "a6"]

MARK = "●"  # U+25CF, present in DejaVu Sans
MM = 72 / 25.4


@dataclass(frozen=True)
class CardStyle:
    """Sizes for one card format; ``min_size`` is the legibility floor for every text, and
    ``max_size`` the largest a card with few contacts grows to (it hangs on a wall)."""

    name: str
    base_size: float
    min_size: float
    title_size: float
    band_height: float
    gap: float
    step: float = 0.5
    max_size: float = 0.0  # 0: the base size

    @property
    def largest(self) -> float:
        return max(self.base_size, self.max_size)


A4_CARD = CardStyle("a4", base_size=10.5, min_size=8.0, title_size=18, band_height=46, gap=9, max_size=13)
A6_CARD = CardStyle("a6", base_size=8.5, min_size=6.5, title_size=10.5, band_height=27, gap=4)


@dataclass(frozen=True)
class _RowText:
    label: list[str]
    detail: list[str]
    phone: list[str]
    email: list[str]
    height: float


@dataclass(frozen=True)
class _Grid:
    """Column geometry and wrapped text of one card part at one font size."""

    size: float
    small: float
    rotated: bool
    columns: tuple[int, ...]
    contact_w: float
    phone_w: float
    problem_w: float
    header_h: float
    headings: tuple[tuple[str, ...], ...]
    rows: tuple[_RowText, ...]
    comfortable: bool = True  # names and e-mails fit without wrapping

    @property
    def pad(self) -> float:
        return self.size * 0.45


@dataclass(frozen=True)
class CardPart:
    """One physical card (or page): a subset of columns and rows, ready to draw."""

    data: ActionCardData
    style: CardStyle
    width: float
    height: float
    grid: _Grid
    row_indexes: tuple[int, ...]
    index: int
    total: int
    title_lines: tuple[str, ...]
    subtitle: str

    @property
    def font_size(self) -> float:
        return self.grid.size

    @property
    def columns(self) -> tuple[int, ...]:
        return self.grid.columns


# --- layout -------------------------------------------------------------------------


def _sizes(style: CardStyle) -> Iterator[float]:
    size = style.largest
    while size >= style.min_size - 1e-9:
        yield round(size, 2)
        size -= style.step


def _leading(size: float) -> float:
    return size * 1.22


def _small(size: float, style: CardStyle) -> float:
    return max(style.min_size, size - 1.0)


def _title_block(data: ActionCardData, width: float, style: CardStyle) -> tuple[list[str], str, float]:
    lines = wrap(data.title or data.partnership, BOLD, style.title_size, width)
    subtitle = data.partnership if data.partnership and data.partnership not in data.title else ""
    height = len(lines) * style.title_size * 1.15
    if subtitle:
        height += _leading(style.min_size + 1)
    return lines, subtitle, height


def _footer_height(style: CardStyle) -> float:
    return _leading(style.min_size) + style.gap * 0.5


# Layout modes, most readable first: horizontal headings with separate phone/e-mail column,
# rotated headings, and rotated headings with phone/e-mail stacked under the name (narrow
# frames such as a folder panel).
MODES = ("wide", "rotated", "stacked")


def _grid(
    data: ActionCardData, columns: Sequence[int], size: float, mode: str, width: float, style: CardStyle
) -> _Grid | None:
    """Geometry at ``size``, or None when the columns do not fit the width legibly."""
    rotated = mode != "wide"
    stacked = mode == "stacked"
    small = _small(size, style)
    pad = size * 0.45
    lead = _leading(size)
    n = len(columns)
    texts = [data.problems[i] for i in columns]
    mark_w = string_width(MARK, REGULAR, size * 1.3) + 2 * pad
    head = _small(size, style)  # headings one step smaller, bold: they are short words
    if rotated:
        # Heading lines run bottom-to-top; the column only needs room for a few lines.
        longest = max((string_width(t, BOLD, head) for t in texts), default=0.0)
        widest = max((widest_token(t, BOLD, head) for t in texts), default=0.0)
        # Two lines per heading; a narrow stacked card trades header height for width.
        line_len = max(widest, longest * (0.6 if stacked else 0.5))
        headings = tuple(tuple(wrap(t, BOLD, head, line_len)) for t in texts)
        used = max((string_width(x, BOLD, head) for h in headings for x in h), default=0.0)
        problem_w = max(mark_w, max((len(h) for h in headings), default=1) * _leading(head) + 2 * pad)
        header_h = max(used + 2 * pad, 2 * lead + 2 * pad)
    else:
        widest = max((widest_token(t, BOLD, head) for t in texts), default=0.0)
        problem_w = max(mark_w, min(widest, width * 0.3) + 2 * pad)
        headings = ()
        header_h = 0.0
    contact_natural = (
        max(
            [string_width("Kontakt", BOLD, size)]
            + [string_width(r.label, BOLD, size) for r in data.rows]
            + [string_width(r.detail, REGULAR, small) for r in data.rows]
        )
        + 2 * pad
    )
    phone_natural = (
        max(
            [string_width("Telefon / e-mail", BOLD, size)]
            + [string_width("Tlf. " + r.phone, REGULAR, size) for r in data.rows if r.phone]
            + [string_width(r.email, REGULAR, small) for r in data.rows if r.email]
        )
        + 2 * pad
    )
    # Equal problem columns look tidy; let them grow a little when there is room to spare.
    if n:
        spare = width - contact_natural - phone_natural - n * problem_w
        problem_w = min(max(problem_w, problem_w + spare / n), max(problem_w, 9 * size))
    contact_block = width - n * problem_w
    if contact_block < width * (0.34 if stacked else 0.38) and n:
        return None
    if stacked:
        contact_natural = max(contact_natural, phone_natural)
        phone_natural = 0.0
    if stacked:
        phone_w = 0.0
    elif contact_natural + phone_natural <= contact_block:
        # Both fit unwrapped: the phone column keeps its natural width, labels get the rest.
        phone_w = phone_natural
    else:
        # E-mail addresses break badly, so the phone column is served first, within reason.
        phone_w = min(phone_natural, contact_block * 0.55)
        phone_w = max(phone_w, contact_block - contact_natural, contact_block * 0.42)
    contact_w = contact_block - phone_w
    label_min = max((widest_token(r.label, BOLD, size) for r in data.rows), default=0.0) + 2 * pad
    if contact_w < label_min and not stacked:  # avoid breaking words inside names if possible
        contact_w = min(label_min, contact_block * 0.6)
        phone_w = contact_block - contact_w
    # A phone number must never wrap: a layout without room for one is not legible.
    phone_min = (
        max((string_width("Tlf. " + r.phone, REGULAR, size) for r in data.rows if r.phone), default=0.0)
        + 2 * pad
    )
    if (contact_w if stacked else phone_w) < phone_min and n:
        return None
    # Nor may an e-mail address be cut between letters: it breaks after '@' or '.' only.
    email_min = max((widest_token(r.email, REGULAR, small) for r in data.rows), default=0.0) + 2 * pad
    if (contact_w if stacked else phone_w) < email_min - 0.01 and n:
        return None
    if not rotated:
        headings = tuple(tuple(wrap(t, BOLD, head, problem_w - 2 * pad)) for t in texts)
        lines = max((len(h) for h in headings), default=1)
        header_h = max(lines, 1) * _leading(head) + 2 * pad
    rows = []
    small_lead = _leading(small)
    for row in data.rows:
        label = wrap(row.label, BOLD, size, contact_w - 2 * pad)
        detail = wrap(row.detail, REGULAR, small, contact_w - 2 * pad)
        info_w = (contact_w if stacked else phone_w) - 2 * pad
        phone = wrap("Tlf. " + row.phone, REGULAR, size, info_w) if row.phone else []
        email = wrap(row.email, REGULAR, small, info_w)
        left = len(label) * lead + len(detail) * small_lead
        right = len(phone) * lead + len(email) * small_lead
        if stacked:
            left, right = left + right, 0.0
        rows.append(_RowText(label, detail, phone, email, max(left, right, lead) + 2 * pad))
    comfortable = contact_natural + phone_natural <= contact_block + 0.01
    return _Grid(
        size,
        small,
        rotated,
        tuple(columns),
        contact_w,
        phone_w,
        problem_w,
        header_h,
        headings,
        tuple(rows),
        comfortable,
    )


def _greedy(heights: Sequence[float], room: float) -> list[tuple[int, ...]]:
    chunks: list[tuple[int, ...]] = []
    current: list[int] = []
    used = 0.0
    for i, height in enumerate(heights):
        if current and used + height > room:
            chunks.append(tuple(current))
            current, used = [], 0.0
        current.append(i)
        used += height
    if current or not chunks:
        chunks.append(tuple(current))
    return chunks


def _row_chunks(grid: _Grid, table_h: float) -> list[tuple[int, ...]]:
    """Split rows into as few cards as possible, then even them out (4 + 4, not 7 + 1; 38 rows
    on seven cards as 5 and 6, not six of 6 and one of 2); every card repeats the header row."""
    room = table_h - grid.header_h
    heights = [r.height for r in grid.rows]
    chunks = _greedy(heights, room)
    if len(chunks) < 2:
        return chunks
    return _even(heights, room, len(chunks)) or chunks


def _even(heights: Sequence[float], room: float, count: int) -> list[tuple[int, ...]] | None:
    """``count`` chunks, each filled towards an even share of what is left; None if the rows
    then do not all fit (the greedy split stands)."""
    chunks: list[tuple[int, ...]] = []
    i = 0
    for made in range(count):
        share = sum(heights[i:]) / (count - made)
        current: list[int] = []
        used = 0.0
        while i < len(heights) and (
            not current or (used + heights[i] <= room and used + heights[i] / 2 <= share)
        ):
            current.append(i)
            used += heights[i]
            i += 1
        chunks.append(tuple(current))
    return chunks if i == len(heights) and all(chunks) else None


def _column_groups(
    data: ActionCardData, size: float, mode: str, width: float, style: CardStyle
) -> list[_Grid]:
    groups: list[_Grid] = []
    start, n = 0, len(data.problems)
    while start < n:
        end = start + 1
        best = _grid(data, range(start, end), size, mode, width, style)
        while end < n:
            candidate = _grid(data, range(start, end + 1), size, mode, width, style)
            if candidate is None:
                break
            best, end = candidate, end + 1
        if best is None:  # one column alone is too wide: draw it anyway, text wraps
            best = _grid(data, range(start, end), size, mode, width * 3, style)
            assert best is not None
            best = _fit_single(best, width)
        groups.append(best)
        start = end
    return _even_column_groups(data, groups, size, mode, width, style)


def _even_column_groups(
    data: ActionCardData, groups: list[_Grid], size: float, mode: str, width: float, style: CardStyle
) -> list[_Grid]:
    """The same number of groups with the columns shared out evenly (4 + 4, not 7 + 1): a
    card with one problem column repeats every contact for a single mark."""
    n, k = len(data.problems), len(groups)
    if k < 2:
        return groups
    even: list[_Grid] = []
    start = 0
    for i in range(k):
        end = start + n // k + (1 if i < n % k else 0)
        grid = _grid(data, range(start, end), size, mode, width, style)
        if grid is None:
            return groups
        even.append(grid)
        start = end
    return even


def _stretched(grid: _Grid, table_h: float, indexes: Sequence[int]) -> _Grid:
    """Share a part's spare height out over its rows (``indexes``), so the table fills the
    card instead of ending a third of the way up an A4 page. A row grows to three times its
    height at most: two contacts on a page stay two rows, not two posters."""
    if not indexes:
        return grid
    natural = [grid.rows[i].height for i in indexes]
    spare = table_h - grid.header_h - sum(natural)
    if spare <= 0:
        return grid
    extra = min(spare / len(indexes), max(grid.size * 1.6, 2 * sum(natural) / len(natural)))
    chosen = set(indexes)
    rows = tuple(replace(r, height=r.height + extra) if i in chosen else r for i, r in enumerate(grid.rows))
    return replace(grid, rows=rows)


def _fit_single(grid: _Grid, width: float) -> _Grid:
    block = width - len(grid.columns) * grid.problem_w
    phone_share = 0.0 if grid.phone_w == 0 else 0.45
    return _Grid(
        grid.size,
        grid.small,
        grid.rotated,
        grid.columns,
        block * (1 - phone_share),
        block * phone_share,
        grid.problem_w,
        grid.header_h,
        grid.headings,
        grid.rows,
    )


def plan_action_card(
    data: ActionCardData, width: float, height: float, *, style: CardStyle = A4_CARD
) -> list[CardPart]:
    """Split a card into as few parts as fit ``width`` x ``height`` without going below
    ``style.min_size``: largest legible font first, horizontal headings before rotated."""
    register_fonts()
    title_lines, subtitle, title_h = _title_block(data, width, style)
    chrome = title_h + style.gap + style.band_height + style.gap + _footer_height(style)
    table_h = height - chrome
    everything = range(len(data.problems))

    def parts(grids_and_rows: list[tuple[_Grid, tuple[int, ...]]]) -> list[CardPart]:
        total = len(grids_and_rows)
        return [
            CardPart(
                data,
                style,
                width,
                height,
                _stretched(g, table_h, rows),
                rows,
                i,
                total,
                tuple(title_lines),
                subtitle,
            )
            for i, (g, rows) in enumerate(grids_and_rows)
        ]

    # Prefer a size where names and e-mails fit unwrapped, but not at any price.
    for demand_comfort in (True, False):
        for mode in MODES[:2] if demand_comfort else MODES:
            for size in _sizes(style):
                if demand_comfort and size < style.base_size - 1.5:
                    break
                grid = _grid(data, everything, size, mode, width, style)
                if grid is None or (demand_comfort and not grid.comfortable):
                    continue
                if grid.header_h + sum(r.height for r in grid.rows) <= table_h:
                    return parts([(grid, tuple(range(len(data.rows))))])
    options: list[list[tuple[_Grid, tuple[int, ...]]]] = []
    for mode in MODES:
        option: list[tuple[_Grid, tuple[int, ...]]] = []
        for grid in _column_groups(data, style.min_size, mode, width, style):
            option.extend((grid, chunk) for chunk in _row_chunks(grid, table_h))
        options.append(option)
    return parts(min(options, key=len))  # min() keeps the first (horizontal) on a tie


# --- drawing ------------------------------------------------------------------------


def _hex(value: str) -> Color:  # lazy so importing this module stays cheap
    from reportlab.lib.colors import HexColor

    return HexColor(value)


def draw_card_part(canvas: Canvas, part: CardPart, x: float, y: float) -> None:
    """Draw one planned card part with its lower-left corner at (x, y)."""
    register_fonts()
    style, data = part.style, part.data
    top = y + part.height
    canvas.saveState()
    # Title
    cursor = top
    canvas.setFillColor(_hex(NAVY))
    canvas.setFont(BOLD, style.title_size)
    for line in part.title_lines:
        cursor -= style.title_size * 1.15
        canvas.drawString(x, cursor + style.title_size * 0.22, line)
    if part.subtitle:
        cursor -= _leading(style.min_size + 1)
        canvas.setFillColor(_hex(MUTED))
        canvas.setFont(REGULAR, style.min_size + 1)
        canvas.drawString(x, cursor + 2, part.subtitle)
    cursor -= style.gap
    draw_emergency_band(canvas, data, x, cursor - style.band_height, part.width, style)
    cursor -= style.band_height + style.gap
    _draw_table(canvas, part, x, cursor)
    _draw_footer(canvas, part, x, y)
    canvas.restoreState()


#: what each emergency number is for, longest wording first (a narrow card takes a shorter one)
POLICE_NOTES = ("Servicenummer – når det ikke haster", "Når det ikke haster", "Ikke akut")
ALARM_NOTES = ("Akut fare for liv og helbred", "Akut fare", "Akut")


def draw_emergency_band(
    canvas: Canvas, data: ActionCardData, x: float, y: float, width: float, style: CardStyle
) -> None:
    """The two emergency boxes: Politi 114 (service) and Alarm 112 (acute danger)."""
    gap = style.gap
    box_w = (width - gap) / 2
    h = style.band_height
    entries = (
        (NAVY, "Politi", data.police_service, POLICE_NOTES),
        (ALARM_RED, "Alarm", data.emergency, ALARM_NOTES),
    )
    big = h * 0.62
    label_size = max(style.min_size + 1, h * 0.27)
    note_size = max(style.min_size, h * 0.19)
    inset = h * 0.28
    for i, (colour, label, number, notes) in enumerate(entries):
        bx = x + i * (box_w + gap)
        canvas.setFillColor(_hex(colour))
        canvas.roundRect(bx, y, box_w, h, radius=h * 0.12, stroke=0, fill=1)
        canvas.setFillColor(_hex("#FFFFFF"))
        canvas.setFont(BOLD, big)
        canvas.drawString(bx + inset, y + (h - big * 0.72) / 2, number)
        text_x = bx + inset * 1.6 + string_width(number, BOLD, big)
        text_w = bx + box_w - inset * 0.6 - text_x
        room = int((h * 0.86 - label_size * 1.1) // (note_size * 1.15))
        # the longest wording that fits whole: a cut sentence ("når det ikke") misleads
        fitting = (lines for n in notes if len(lines := wrap(n, REGULAR, note_size, text_w)) <= room)
        note_lines = next(fitting, [])
        block = label_size * 1.1 + len(note_lines) * note_size * 1.15
        line_y = y + (h + block) / 2 - label_size * 0.85
        canvas.setFont(BOLD, label_size)
        canvas.drawString(text_x, line_y, label)
        line_y -= label_size * 0.3
        canvas.setFont(REGULAR, note_size)
        for line in note_lines:
            line_y -= note_size * 1.15
            canvas.drawString(text_x, line_y, line)


def _draw_table(canvas: Canvas, part: CardPart, x: float, top: float) -> None:
    grid, data = part.grid, part.data
    size, small, pad = grid.size, grid.small, grid.pad
    lead, small_lead = _leading(size), _leading(small)
    width = part.width
    rows = [(i, grid.rows[i]) for i in part.row_indexes]
    height = grid.header_h + sum(r.height for _, r in rows)
    problems_x = x + grid.contact_w + grid.phone_w
    # Header row
    canvas.setFillColor(_hex(HEADER_FILL))
    canvas.rect(x, top - grid.header_h, width, grid.header_h, stroke=0, fill=1)
    canvas.setFillColor(_hex(NAVY))
    canvas.setFont(BOLD, size)
    base = top - grid.header_h + pad + size * 0.25
    canvas.drawString(x + pad, base, "Kontakt")
    stacked = grid.phone_w == 0
    if not stacked:
        canvas.drawString(x + grid.contact_w + pad, base, "Telefon / e-mail")
    head = grid.small
    head_lead = _leading(head)
    canvas.setFont(BOLD, head)
    for k, lines in enumerate(grid.headings):
        cx = problems_x + k * grid.problem_w
        if grid.rotated:
            canvas.saveState()
            canvas.translate(cx + grid.problem_w / 2, top - grid.header_h + pad)
            canvas.rotate(90)  # reads bottom-to-top; local +y points left
            first = (len(lines) - 1) * head_lead / 2
            for j, line in enumerate(lines):
                canvas.drawString(0, first - j * head_lead - head * 0.35, line)
            canvas.restoreState()
        else:
            # Bottom-aligned, like the contact headings.
            first = base + (len(lines) - 1) * head_lead
            for j, line in enumerate(lines):
                canvas.drawCentredString(cx + grid.problem_w / 2, first - j * head_lead, line)
    # Rows
    cursor = top - grid.header_h
    for n, (index, text) in enumerate(rows):
        row = data.rows[index]
        bottom = cursor - text.height
        if n % 2:
            canvas.setFillColor(_hex(ZEBRA))
            canvas.rect(x, bottom, width, text.height, stroke=0, fill=1)
        left_h = len(text.label) * lead + len(text.detail) * small_lead
        right_h = len(text.phone) * lead + len(text.email) * small_lead
        if stacked:
            left_h, right_h = left_h + right_h, 0.0
        # Centre the text block vertically, so it lines up with the marks.
        first_y = cursor - pad - size * 0.9 - max(0.0, (text.height - 2 * pad - max(left_h, right_h)) / 2)
        line_y = first_y
        canvas.setFillColor(_hex(INK))
        canvas.setFont(BOLD, size)
        for line in text.label:
            canvas.drawString(x + pad, line_y, line)
            line_y -= lead
        canvas.setFillColor(_hex(MUTED))
        canvas.setFont(REGULAR, small)
        for line in text.detail:
            canvas.drawString(x + pad, line_y + lead - small_lead, line)
            line_y -= small_lead
        info_x = x + pad if stacked else x + grid.contact_w + pad
        if not stacked:  # stacked text simply continues under the detail
            line_y = first_y
        canvas.setFillColor(_hex(INK))
        canvas.setFont(REGULAR, size)
        for line in text.phone:
            canvas.drawString(info_x, line_y, line)
            line_y -= lead
        canvas.setFont(REGULAR, small)
        for line in text.email:
            canvas.drawString(info_x, line_y + lead - small_lead, line)
            line_y -= small_lead
        canvas.setFillColor(_hex(NAVY))
        mark_size = size * 1.3
        canvas.setFont(REGULAR, mark_size)
        for k, problem in enumerate(grid.columns):
            if problem in row.handles:
                cx = problems_x + (k + 0.5) * grid.problem_w
                canvas.drawCentredString(cx, bottom + text.height / 2 - mark_size * 0.33, MARK)
        cursor = bottom
    # Rules
    canvas.setStrokeColor(_hex(RULE))
    canvas.setLineWidth(0.4)
    cursor = top - grid.header_h
    for _, text in rows[:-1]:
        cursor -= text.height
        canvas.line(x, cursor, x + width, cursor)
    for k in range(len(grid.columns) + 1):
        cx = problems_x + k * grid.problem_w
        canvas.line(cx, top, cx, top - height)
    if not stacked:
        canvas.line(x + grid.contact_w, top, x + grid.contact_w, top - height)
    canvas.setStrokeColor(_hex(NAVY))
    canvas.setLineWidth(0.8)
    canvas.line(x, top - grid.header_h, x + width, top - grid.header_h)
    canvas.rect(x, top - height, width, height, stroke=1, fill=0)


def _draw_footer(canvas: Canvas, part: CardPart, x: float, y: float) -> None:
    data, style = part.data, part.style
    size = style.min_size
    bits = []
    if data.updated:
        bits.append(f"Opdateret {long_date(data.updated)}")
    if data.version_label:
        bits.append(data.version_label)
    if data.footer:
        bits.append(data.footer)
    right = f"Kort {part.index + 1} af {part.total}" if part.total > 1 else ""
    canvas.setFillColor(_hex(MUTED))
    canvas.setFont(REGULAR, size)
    room = part.width - (string_width(right, REGULAR, size) + 3 * size if right else 0)
    left = " · ".join(bits)
    lines = wrap(left, REGULAR, size, room)
    if lines:
        text = lines[0]
        if len(lines) > 1:  # cut at a whole word: "Høje- …" read as a misprint
            if text.endswith("-") and " " in text:
                text = text.rsplit(" ", 1)[0]
            text = text.rstrip(" ·,") + " …"
        canvas.drawString(x, y + size * 0.25, text)
    if right:
        canvas.drawRightString(x + part.width, y + size * 0.25, right)


# --- writers ------------------------------------------------------------------------


Frame = tuple[float, float, float, float]


def _sheet_geometry(layout: CardLayout) -> tuple[tuple[float, float], list[Frame]]:
    """Page size and the card frames on it: one per A4 landscape page, or four A6 cards
    (105 × 148.5 mm, portrait) on an A4 portrait sheet, cut along the dashed lines."""
    from reportlab.lib.pagesizes import A4, landscape

    if layout == "a4":
        page_w, page_h = landscape(A4)
        margin = 14 * MM
        return (page_w, page_h), [(margin, margin, page_w - 2 * margin, page_h - 2 * margin)]
    if layout != "a6":
        raise ValueError(f"Unknown action card layout: {layout!r}")
    page_w, page_h = A4
    cell_w, cell_h = page_w / 2, page_h / 2
    inset = 6 * MM
    frames = [
        (col * cell_w + inset, row * cell_h + inset, cell_w - 2 * inset, cell_h - 2 * inset)
        for row in (1, 0)
        for col in (0, 1)
    ]
    return (page_w, page_h), frames


def a6_sides(card: ActionCardData) -> int:
    """How many sides one A6 card needs: 1, 2 (print front and back) or more (a card per part)."""
    _, frames = _sheet_geometry("a6")
    return len(plan_action_card(card, frames[0][2], frames[0][3], style=A6_CARD))


def _draw_cut_lines(canvas: Canvas, page_w: float, page_h: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(_hex("#8C8C8C"))
    canvas.setLineWidth(0.3)
    canvas.setDash(3, 3)
    canvas.line(page_w / 2, 0, page_w / 2, page_h)
    canvas.line(0, page_h / 2, page_w, page_h / 2)
    canvas.restoreState()


def style_for(layout: CardLayout) -> CardStyle:
    return A6_CARD if layout == "a6" else A4_CARD


def draw_cards(canvas: Canvas, cards: Sequence[ActionCardData], layout: CardLayout) -> int:
    """Draw every card (all its parts) onto ``canvas``; returns the number of pages.

    A4: one part per page. A6: each sheet holds four copies of one side of one card, so a
    sheet cut in four gives four complete cards (a two-sided card: its front sheet, then its
    back sheet, to print on both sides)."""
    (page_w, page_h), frames = _sheet_geometry(layout)
    style = style_for(layout)
    fw, fh = frames[0][2], frames[0][3]
    pages = 0
    for card in cards:
        for part in plan_action_card(card, fw, fh, style=style):
            if layout == "a6":
                _draw_cut_lines(canvas, page_w, page_h)
            for fx, fy, _, _ in frames:
                draw_card_part(canvas, part, fx, fy)
            canvas.showPage()
            pages += 1
    if pages == 0:
        canvas.showPage()
        pages = 1
    return pages


def write_action_cards_pdf(
    cards: Sequence[ActionCardData], target: str | os.PathLike[str], layout: CardLayout = "a4"
) -> None:
    """Many cards in one PDF: A4 one part per page, A6 four copies of a card side per sheet to cut."""
    if layout not in ("a4", "a6"):
        raise ValueError(f"Unknown action card layout: {layout!r}")
    (page_w, page_h), _ = _sheet_geometry(layout)
    title = cards[0].title if len(cards) == 1 else "Actioncards"
    with atomic_output(target) as tmp:
        canvas = new_canvas(
            tmp, (page_w, page_h), title=title, subject="Actioncard: hvem kontakter man om hvilket problem"
        )
        draw_cards(canvas, cards, layout)
        canvas.save()


def write_action_card_pdf(
    data: ActionCardData, target: str | os.PathLike[str], *, layout: CardLayout = "a4"
) -> None:
    """One action card: A4 landscape pages, or four copies of the A6 card on a sheet with cut lines."""
    write_action_cards_pdf([data], target, layout)

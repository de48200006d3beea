"""Action card PDFs: content, mark positions, legibility floor, overflow, bulk, atomicity."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
import sample_data
from pdf_helpers import all_text, assert_fonts_embedded, page_count, page_texts, smallest_font_size

from desktop.exports import action_card as ac
from desktop.exports.action_card import (
    A4_CARD,
    A6_CARD,
    MARK,
    a6_sides,
    draw_card_part,
    plan_action_card,
    write_action_card_pdf,
    write_action_cards_pdf,
)
from desktop.exports.data import ActionCardData, ActionCardRow


def _first_token(text: str) -> str:
    return text.split()[0].split("/")[0]


def _marks_by_cell(path: Path, data: ActionCardData, page_no: int = 0) -> set[tuple[str, str]]:
    """(row label, problem) for every mark, found from word positions on the page."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[page_no]
        words = page.extract_words(keep_blank_chars=False)
        marks = [c for c in page.chars if c["text"] == MARK]
    header_top = min(w["top"] for w in words if w["text"] == "Kontakt")
    columns = {}
    for problem in data.problems:
        token = _first_token(problem)
        hits = [w for w in words if w["text"].startswith(token) and w["bottom"] <= header_top + 40]
        assert hits, f"heading {problem!r} not found"
        columns[problem] = (hits[0]["x0"] + hits[0]["x1"]) / 2
    rows = {}
    for row in data.rows:
        token = _first_token(row.label)
        hits = [w for w in words if w["text"] == token and w["top"] > header_top]
        if hits:
            rows[row.label] = hits[0]["top"]
    found = set()
    for mark in marks:
        cx, cy = (mark["x0"] + mark["x1"]) / 2, (mark["top"] + mark["bottom"]) / 2
        problem = min(columns, key=lambda p: abs(columns[p] - cx))
        assert abs(columns[problem] - cx) < 12, "mark is not centred under a heading"
        above = {label: top for label, top in rows.items() if top <= cy}
        label = max(above, key=above.get)
        found.add((label, problem))
    return found


def _expected_marks(data: ActionCardData) -> set[tuple[str, str]]:
    return {(row.label, data.problems[i]) for row in data.rows for i in row.handles}


def test_a4_card_shows_everything_a_professional_needs(tmp_path: Path) -> None:
    data = sample_data.action_card()
    target = tmp_path / "card.pdf"
    write_action_card_pdf(data, target, layout="a4")
    text = all_text(target)
    assert page_count(target) == 1
    for needle in (
        "Actioncard – Tryghedsnetværk Solbakken",
        "114",
        "112",
        "Politi",
        "Alarm",
        "Opdateret 3. marts 2025",
        "Version 3",
        "Døgnvagt for ældre borgere",
    ):
        assert needle in text
    for row in data.rows:
        assert row.label in text
        assert row.phone in text
        assert row.email in text
    for word in ("Narkohandel", "Hærværk", "belysning", "misbrugere", "utryghed"):
        assert word in text
    assert_fonts_embedded(target)


def test_114_and_112_are_above_the_table(tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    write_action_card_pdf(sample_data.action_card(), target)
    with pdfplumber.open(target) as pdf:
        words = pdf.pages[0].extract_words()
    top_of = {w["text"]: w["top"] for w in reversed(words)}
    assert top_of["114"] < top_of["Kontakt"]
    assert top_of["112"] < top_of["Kontakt"]


@pytest.mark.parametrize("layout", ["a4", "a6"])
def test_marks_sit_in_the_right_cells(tmp_path: Path, layout: str) -> None:
    data = sample_data.action_card()
    target = tmp_path / "card.pdf"
    write_action_card_pdf(data, target, layout=layout)  # type: ignore[arg-type]
    if layout == "a4":
        assert _marks_by_cell(target, data) == _expected_marks(data)
    else:  # rotated headings: count the marks instead of placing them (four copies a sheet)
        with pdfplumber.open(target) as pdf:
            marks = sum(1 for p in pdf.pages for c in p.chars if c["text"] == MARK)
        assert marks == 4 * sum(len(r.handles) for r in data.rows)


def test_a_mark_moves_when_the_data_moves(tmp_path: Path) -> None:
    """The position check itself can fail: a card with one mark changed is detected."""
    data = sample_data.action_card()
    rows = list(data.rows)
    rows[0] = ActionCardRow(rows[0].label, rows[0].detail, rows[0].phone, rows[0].email, frozenset({5}))
    changed = ActionCardData(data.partnership, data.title, data.problems, tuple(rows))
    target = tmp_path / "card.pdf"
    write_action_card_pdf(changed, target)
    found = _marks_by_cell(target, changed)
    assert ("SSP / Gadeteamet", "Anden utryghed") in found
    assert ("SSP / Gadeteamet", "Narkohandel") not in found


@pytest.mark.parametrize(("layout", "floor"), [("a4", 8.0), ("a6", 6.5)])
@pytest.mark.parametrize(("rows", "problems"), [(0, 0), (25, 0), (0, 9), (30, 8)])
def test_font_never_shrinks_below_the_floor(
    tmp_path: Path, layout: str, floor: float, rows: int, problems: int
) -> None:
    target = tmp_path / "card.pdf"
    write_action_card_pdf(sample_data.action_card(rows, problems), target, layout=layout)  # type: ignore[arg-type]
    assert smallest_font_size(target) >= floor - 0.01


def test_overflowing_rows_continue_on_another_page_with_header_and_emergency_numbers(
    tmp_path: Path,
) -> None:
    data = sample_data.action_card(extra_rows=30)
    target = tmp_path / "card.pdf"
    write_action_card_pdf(data, target, layout="a4")
    pages = page_texts(target)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert "114" in text and "112" in text and "Kontakt" in text
        assert f"Kort {number} af {len(pages)}" in text
    joined = "\n".join(pages)
    for row in data.rows:
        assert joined.count(row.email) == 1, row.email


def test_many_problem_types_split_into_column_groups(tmp_path: Path) -> None:
    data = sample_data.action_card(extra_problems=12)
    target = tmp_path / "card.pdf"
    write_action_card_pdf(data, target, layout="a4")
    assert page_count(target) >= 2
    with pdfplumber.open(target) as pdf:
        # Content-stream order, spaces dropped: also reads headings that were rotated.
        stream = "".join(c["text"] for p in pdf.pages for c in p.chars).replace(" ", "")
        marks = sum(1 for p in pdf.pages for c in p.chars if c["text"] == MARK)
    for problem in data.problems:
        assert problem.replace(" ", "") in stream
    assert marks == sum(len(r.handles) for r in data.rows)


def _cells(sheet):  # type: ignore[no-untyped-def]
    """The four A6 cards of an A4 sheet, as cropped pages: top left, top right, bottom left, right."""
    w, h = sheet.width / 2, sheet.height / 2
    return [sheet.crop((x, y, x + w, y + h)) for y in (0, h) for x in (0, w)]


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def test_a6_sheet_holds_four_copies_of_one_complete_card_with_cut_lines(tmp_path: Path) -> None:
    """Cut in four, one sheet gives four whole cards (it held four parts of one card: 6 contacts
    became "Kort 1 af 2" and "Kort 2 af 2", 4 contacts one card and a three-quarters blank sheet)."""
    for contacts in (4, 6):
        data = replace(sample_data.action_card(), rows=sample_data.action_card().rows[:contacts])
        assert a6_sides(data) == 1
        target = tmp_path / f"card{contacts}.pdf"
        write_action_card_pdf(data, target, layout="a6")
        assert page_count(target) == 1
        with pdfplumber.open(target) as pdf:
            sheet = pdf.pages[0]
            assert sheet.height > sheet.width  # A4 portrait, cut into four A6 portrait cards
            dashed = [c for c in sheet.lines if c.get("dash") and c["dash"][0]]
            for half in (sheet.width / 2, sheet.height / 2):  # cut lines at 105 mm and 148.5 mm
                assert any(abs(line["x0"] - half) < 1 or abs(line["top"] - half) < 1 for line in dashed)
            cells = [_flat(cell.extract_text()) for cell in _cells(sheet)]
        for text in cells:
            assert "Actioncard – Tryghedsnetværk Solbakken" in text and "Kort 1 af" not in text
            for row in data.rows:
                assert row.label in text and row.phone in text, row.label


def test_a6_card_too_big_for_one_side_prints_front_and_back_sheets(tmp_path: Path) -> None:
    cards = [sample_data.action_card()] * 3
    sides = a6_sides(cards[0])
    assert sides == 2  # 8 contacts and 6 problem columns need both sides at the smallest font
    target = tmp_path / "cards.pdf"
    write_action_cards_pdf(cards, target, layout="a6")
    assert page_count(target) == 3 * sides
    with pdfplumber.open(target) as pdf:
        front, back = ([_flat(c.extract_text()) for c in _cells(pdf.pages[i])] for i in (0, 1))
    assert all("Kort 1 af 2" in t for t in front) and all("Kort 2 af 2" in t for t in back)
    assert len(set(front)) == 1 and len(set(back)) == 1  # four identical cards a sheet
    for row in cards[0].rows:  # every contact on the card, front or back
        assert row.phone in front[0] + back[0], row.label


def test_long_labels_wrap_inside_their_column(tmp_path: Path) -> None:
    long_label = "Boligselskabets ejendomskontor for afdelingerne 5, 7 og 9 på Solbakken"
    data = ActionCardData(
        "Tryghedsnetværk Solbakken",
        "Actioncard",
        ("Hærværk",),
        (
            ActionCardRow(
                long_label, "Åbent hverdage", "43 71 20 00", "afd@solbakken-bolig.dk", frozenset({0})
            ),
        ),
    )
    target = tmp_path / "card.pdf"
    write_action_card_pdf(data, target, layout="a6")
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        words = _cells(page)[0].extract_words()
        phone_x = min(w["x0"] for w in words if w["text"] == "Tlf.")
        header = next(w for w in words if w["text"] == "Kontakt")
        label_words = [w for w in words if w["text"] in long_label.split() and w["top"] > header["top"]]
    assert " ".join(w["text"] for w in label_words[: len(long_label.split())]) == long_label
    assert max(w["x1"] for w in label_words) < phone_x


def test_draw_card_part_stays_inside_the_given_frame(tmp_path: Path) -> None:
    from desktop.exports.pdf_style import new_canvas

    frame = (300.0, 150.0, 260.0, 400.0)
    target = tmp_path / "frame.pdf"
    canvas = new_canvas(target, (595.0, 842.0), title="test")
    parts = plan_action_card(sample_data.action_card(), frame[2], frame[3], style=A6_CARD)
    draw_card_part(canvas, parts[0], frame[0], frame[1])
    canvas.save()
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        top_of_frame = page.height - (frame[1] + frame[3])
        for char in page.chars:
            assert frame[0] - 0.5 <= char["x0"] and char["x1"] <= frame[0] + frame[2] + 0.5
            assert top_of_frame - 0.5 <= char["top"] and char["bottom"] <= top_of_frame + frame[3] + 0.5
    assert all(p.font_size >= A6_CARD.min_size for p in parts)


def test_plan_prefers_one_card_when_it_fits() -> None:
    parts = plan_action_card(sample_data.action_card(), 757, 540, style=A4_CARD)
    assert len(parts) == 1
    assert parts[0].font_size >= 9.5


def test_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real = ac.draw_card_part

    def flaky(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ac, "draw_card_part", flaky)
    target = tmp_path / "cards.pdf"
    with pytest.raises(RuntimeError, match="disk full"):
        write_action_cards_pdf([sample_data.action_card()] * 3, target, layout="a4")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_unknown_layout_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="layout"):
        write_action_card_pdf(sample_data.action_card(), tmp_path / "x.pdf", layout="a3")  # type: ignore[arg-type]
    assert not (tmp_path / "x.pdf").exists()


def _empty_below_table(path: Path) -> list[float]:
    """Per page, the share of the page height left empty between the table and the footer."""
    shares = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            outline = max(page.rects, key=lambda r: r["width"] * r["height"])  # the table's frame
            footer = min(w["top"] for w in page.extract_words() if w["text"] == "Opdateret")
            shares.append((footer - outline["bottom"]) / page.height)
    return shares


@pytest.mark.parametrize(
    ("rows", "layout"),
    [(4, "a4"), (8, "a4"), (38, "a4"), (8, "a6"), (38, "a6")],
    ids=["a4-four-rows", "a4", "a4-pages", "a6", "a6-sides"],
)
def test_the_table_fills_the_card_down_to_its_footer(tmp_path: Path, rows: int, layout: str) -> None:
    """The demo's A4 card ended well above its footer (rows kept their natural height beyond
    a small allowance, and a card of several pages or sides not even that; 38 rows came as six
    sides of 6 and one of 2): rows now share the spare height, so the table reaches the
    footer on every page."""
    data = sample_data.action_card(extra_rows=max(0, rows - 8))
    data = replace(data, rows=data.rows[:rows])
    target = tmp_path / "card.pdf"
    write_action_card_pdf(data, target, layout=layout)  # type: ignore[arg-type]
    shares = _empty_below_table(target)
    assert max(shares) < 0.04, [round(s, 3) for s in shares]


def test_a_cut_footer_ends_on_a_whole_word(tmp_path: Path) -> None:
    """The demo's A6 footer ended "Solbakken og Engparken, Høje- …". Areas of every length
    put the cut at every place of the line; it always falls between words."""
    endings = []
    for k in range(14):
        area = "Solbakken" + "x" * k + " og Engparken, Høje-Taastrup Kommune og Albertslund-Glostrup"
        data = replace(sample_data.action_card(), footer=area)
        data = replace(data, rows=data.rows[:3])
        target = tmp_path / f"card{k}.pdf"
        write_action_card_pdf(data, target, layout="a6")
        with pdfplumber.open(target) as pdf:
            page = pdf.pages[0]
            text = page.crop((0, 0, page.width / 2, page.height / 2)).extract_text() or ""
        footer = next(line for line in text.splitlines() if line.startswith("Opdateret"))
        endings.append(footer.split(" Kort ")[0])
    assert all(e.endswith(" …") and not e.endswith("- …") for e in endings), endings

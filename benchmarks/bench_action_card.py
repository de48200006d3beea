"""Action card speed: our writer vs reportlab drawing the same page by hand.

Run: python benchmarks/bench_action_card.py
Targets: one card <= 2x the hand-drawn page; 500 cards in one PDF <= 1x per page.
(Not a test module: pytest only collects tests/.)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "exports")]

import sample_data  # noqa: E402

from desktop.exports.action_card import write_action_card_pdf, write_action_cards_pdf  # noqa: E402
from desktop.exports.data import ActionCardData  # noqa: E402
from desktop.exports.fonts import BOLD, REGULAR, register_fonts  # noqa: E402


def hand_drawn(data: ActionCardData, path: Path) -> None:
    """The same page with fixed coordinates: no measuring, wrapping or splitting."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    width, height = landscape(A4)
    c = Canvas(str(path), pagesize=(width, height), initialFontName=REGULAR)
    c.setFont(BOLD, 18)
    c.setFillColor(HexColor("#003366"))
    c.drawString(40, height - 55, data.title)
    for i, (colour, label, number) in enumerate((("#003366", "Politi", "114"), ("#CC0000", "Alarm", "112"))):
        x = 40 + i * 385
        c.setFillColor(HexColor(colour))
        c.roundRect(x, height - 115, 375, 46, 5, stroke=0, fill=1)
        c.setFillColor(HexColor("#FFFFFF"))
        c.setFont(BOLD, 28)
        c.drawString(x + 12, height - 102, number)
        c.setFont(BOLD, 12)
        c.drawString(x + 80, height - 92, label)
    top = height - 130
    c.setFillColor(HexColor("#DCE4EE"))
    c.rect(40, top - 40, 760, 40, stroke=0, fill=1)
    c.setFillColor(HexColor("#003366"))
    c.setFont(BOLD, 9.5)
    c.drawString(45, top - 32, "Kontakt")
    c.drawString(200, top - 32, "Telefon / e-mail")
    for k, problem in enumerate(data.problems):
        c.drawCentredString(420 + k * 64, top - 32, problem.split()[0])
    y = top - 40
    for n, row in enumerate(data.rows):
        if n % 2:
            c.setFillColor(HexColor("#EEF2F6"))
            c.rect(40, y - 44, 760, 44, stroke=0, fill=1)
        c.setFillColor(HexColor("#1A1A1A"))
        c.setFont(BOLD, 10.5)
        c.drawString(45, y - 16, row.label)
        c.setFont(REGULAR, 9.5)
        c.drawString(45, y - 29, row.detail)
        c.drawString(200, y - 16, "Tlf. " + row.phone)
        c.drawString(200, y - 29, row.email)
        c.setFont(REGULAR, 13.5)
        c.setFillColor(HexColor("#003366"))
        for k in row.handles:
            c.drawCentredString(420 + k * 64, y - 26, "●")
        c.setStrokeColor(HexColor("#9AA5B1"))
        c.line(40, y - 44, 800, y - 44)
        y -= 44
    c.rect(40, y, 760, top - y, stroke=1, fill=0)
    c.setFont(REGULAR, 8)
    c.drawString(40, 30, "Opdateret 3. marts 2025 · Version 3")
    c.showPage()
    c.save()


def best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) if runs < 5 else statistics.median(times)


def main() -> None:
    register_fonts()
    card = sample_data.action_card()
    out = Path(tempfile.mkdtemp(prefix="fodslag-bench-"))
    hand_drawn(card, out / "warm.pdf")  # warm up imports and font caches for both
    write_action_card_pdf(card, out / "warm2.pdf")
    hand = best_of(15, lambda: hand_drawn(card, out / "hand.pdf"))
    ours = best_of(15, lambda: write_action_card_pdf(card, out / "ours.pdf"))
    cards = [card] * 500
    bulk = best_of(3, lambda: write_action_cards_pdf(cards, out / "bulk.pdf", layout="a4"))
    per_page = bulk / 500
    print(f"hand-drawn page (reportlab canvas):  {hand * 1000:7.1f} ms")
    print(f"write_action_card_pdf, one card:     {ours * 1000:7.1f} ms  = {ours / hand:4.2f}x (target <= 2x)")
    print(
        f"write_action_cards_pdf, 500 cards:   {bulk:7.2f} s   = {per_page * 1000:5.1f} ms/page"
        f" = {per_page / hand:4.2f}x (target <= 1x)"
    )
    print(f"bulk PDF size: {(out / 'bulk.pdf').stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()

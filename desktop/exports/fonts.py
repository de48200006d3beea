"""DejaVu Sans for every PDF: embedded, so æøå print the same on any machine.

The base-14 fonts (Helvetica...) are never embedded and their encoding is not Unicode,
so they are not used anywhere; everything goes through :func:`register_fonts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from threading import Lock

from desktop.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = "DejaVuSans"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = Lock()
_registered = False


@dataclass(frozen=True)
class FontNames:
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC
    bold_italic: str = BOLD_ITALIC


def register_fonts() -> FontNames:
    """Register the DejaVu family with reportlab once per process (cheap when repeated)."""
    global _registered
    if _registered:
        return FontNames()
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            pdfmetrics.registerFontFamily(
                FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            # <b>/<i> inside Paragraphs resolve through these mappings.
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            # reportlab.graphics (charts) start every drawing with the base font, which
            # would pull an unembedded Helvetica into the PDF: make DejaVu the base font.
            from reportlab import rl_config

            rl_config.canvas_basefontname = REGULAR
            rl_config.defaultGraphicsFontName = REGULAR
            _registered = True
    return FontNames()

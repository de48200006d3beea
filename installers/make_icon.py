"""Draw Fodslag's icon: two footprints walking in step on a calm blue tile.

Kept as code so the icon can be redrawn (colours, sizes) without an image editor:
``python installers/make_icon.py`` writes ``desktop/resources/icons/fodslag.ico`` (16–256 px) and
``desktop/resources/icons/fodslag.png`` (256 px).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "desktop" / "resources" / "icons"
BLUE = (38, 92, 140, 255)
LIGHT_BLUE = (72, 132, 186, 255)
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
CANVAS = 1024


def _footprint(size: int, mirrored: bool) -> Image.Image:
    """One bare footprint, drawn upright in a square; toes get smaller towards the outside."""
    foot = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(foot)
    w, h = size, size
    # sole: a ball and a heel joined by a narrower arch
    draw.ellipse((0.22 * w, 0.22 * h, 0.78 * w, 0.62 * h), fill=WHITE)
    draw.ellipse((0.30 * w, 0.58 * h, 0.70 * w, 0.96 * h), fill=WHITE)
    draw.rectangle((0.33 * w, 0.45 * h, 0.69 * w, 0.78 * h), fill=WHITE)
    toes = [
        (0.30, 0.10, 0.115),
        (0.46, 0.055, 0.085),
        (0.59, 0.065, 0.07),
        (0.70, 0.10, 0.06),
        (0.79, 0.16, 0.05),
    ]
    for x, y, r in toes:
        draw.ellipse(((x - r) * w, (y - r + 0.04) * h, (x + r) * w, (y + r + 0.04) * h), fill=WHITE)
    return foot.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if mirrored else foot


def draw_icon() -> Image.Image:
    icon = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    draw = ImageDraw.Draw(icon)
    margin = CANVAS * 0.04
    draw.rounded_rectangle((margin, margin, CANVAS - margin, CANVAS - margin), radius=CANVAS * 0.2, fill=BLUE)
    # a lighter path the feet walk along
    draw.rounded_rectangle(
        (CANVAS * 0.40, margin, CANVAS * 0.60, CANVAS - margin), radius=CANVAS * 0.1, fill=LIGHT_BLUE
    )
    foot = int(CANVAS * 0.44)
    left = _footprint(foot, mirrored=True).rotate(8, resample=Image.Resampling.BICUBIC)
    right = _footprint(foot, mirrored=False).rotate(-8, resample=Image.Resampling.BICUBIC)
    icon.alpha_composite(left, (int(CANVAS * 0.10), int(CANVAS * 0.44)))
    icon.alpha_composite(right, (int(CANVAS * 0.46), int(CANVAS * 0.12)))
    return icon


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    icon = draw_icon()
    icon.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "fodslag.png", optimize=True)
    icon.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "fodslag.ico", sizes=ICO_SIZES)
    print(f"wrote {ICONS / 'fodslag.ico'} and {ICONS / 'fodslag.png'}")


if __name__ == "__main__":
    main()

"""Crowdtime's mark, and the icons and default sharing pictures drawn from it.

The mark is a clock face whose hour marks are dots (a crowd, each giving a little time) and
whose first quarter of an hour is filled: what a volunteer gives in one go. `manage.py
draw_icons` writes every file below into site/static/ (and /favicon.ico's copy into
site/root/); the output is committed, so the command runs again only when the mark changes.
The same geometry draws the SVG and the PNGs, so they stay alike.
"""

import io
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

BRAND = "#0b5c4d"  # site.css --brand
BRAND_DARK = "#07463b"
ACCENT = "#f4a261"
PAPER = "#ffffff"

STATIC = Path(__file__).resolve().parent / "static"
ROOT = Path(__file__).resolve().parent / "root"  # served at / by WhiteNoise (WHITENOISE_ROOT)

# The mark on a 100-unit square; each value is in units of that square.
DIAL_RADIUS = 30
DOT_RADIUS = 4.6
QUARTER_RADIUS = 22
HAND_LENGTH = 16
HAND_WIDTH = 6


def dots():
    """The twelve hour marks, from twelve o'clock clockwise: (x, y)."""
    return [
        (
            50 + DIAL_RADIUS * math.sin(math.radians(hour * 30)),
            50 - DIAL_RADIUS * math.cos(math.radians(hour * 30)),
        )
        for hour in range(12)
    ]


def mark_svg() -> str:
    """The favicon: an SVG that scales to any size and stays sharp."""
    circles = "".join(f'<circle cx="{x:.2f}" cy="{y:.2f}" r="{DOT_RADIUS}"/>' for x, y in dots())
    r, h = QUARTER_RADIUS, HAND_LENGTH
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f'<rect width="100" height="100" rx="22" fill="{BRAND}"/>'
        f'<path d="M50 50V{50 - r}A{r} {r} 0 0 1 {50 + r} 50Z" fill="{ACCENT}"/>'
        f'<g fill="{PAPER}">{circles}</g>'
        f'<path d="M50 {50 - h}V50H{50 + h}" fill="none" stroke="{PAPER}" '
        f'stroke-width="{HAND_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>'
        "</svg>\n"
    )


def draw_mark(draw: ImageDraw.ImageDraw, left: float, top: float, size: float, corner=22):
    """The mark in the square at (left, top) of `size` pixels; `corner` 0 fills the square
    (an icon that the system crops to its own shape)."""

    def at(x, y):
        return left + x * size / 100, top + y * size / 100

    def scale(value):
        return value * size / 100

    draw.rounded_rectangle((*at(0, 0), *at(100, 100)), radius=scale(corner), fill=BRAND)
    r = QUARTER_RADIUS
    draw.pieslice((*at(50 - r, 50 - r), *at(50 + r, 50 + r)), -90, 0, fill=ACCENT)

    def disc(x, y, radius):
        draw.ellipse((*at(x - radius, y - radius), *at(x + radius, y + radius)), fill=PAPER)

    for x, y in dots():
        disc(x, y, DOT_RADIUS)
    h = HAND_LENGTH
    draw.line(
        (*at(50, 50 - h), *at(50, 50), *at(50 + h, 50)), fill=PAPER, width=round(scale(HAND_WIDTH))
    )
    for x, y in ((50, 50 - h), (50, 50), (50 + h, 50)):  # round ends and joint, as in the SVG
        disc(x, y, HAND_WIDTH / 2)


SUPERSAMPLE = 4  # drawn larger, then reduced: smooth edges without an anti-aliasing library


def icon(size: int, corner=22, background=None) -> Image.Image:
    big = Image.new("RGBA", (size * SUPERSAMPLE,) * 2, background or (0, 0, 0, 0))
    draw_mark(ImageDraw.Draw(big), 0, 0, size * SUPERSAMPLE, corner=corner)
    return big.resize((size, size), Image.Resampling.LANCZOS)


# The default picture of a shared page of each kind, when the page has none of its own.
SOCIAL_KINDS = {  # kind: (background, motif)
    "page": (BRAND, None),
    "article": ("#1d4e89", "lines"),
    "campaign": ("#a23b00", "progress"),
    "challenge": ("#6a3d9a", "bulb"),
    "organisation": ("#2f4858", "people"),
}
SOCIAL_SIZE = (1200, 630)


def social_picture(kind: str) -> Image.Image:
    """1200×630: the mark and the name on the left, the kind's motif on the right."""
    background, motif = SOCIAL_KINDS[kind]
    s = SUPERSAMPLE
    width, height = SOCIAL_SIZE
    image = Image.new("RGB", (width * s, height * s), background)
    draw = ImageDraw.Draw(image)
    draw_mark(draw, 90 * s, 165 * s, 300 * s)
    font = ImageFont.load_default(size=96 * s)
    draw.text((430 * s, 250 * s), "Crowdtime", font=font, fill=PAPER)
    if motif:
        MOTIFS[motif](draw, s)
    return image.resize(SOCIAL_SIZE, Image.Resampling.LANCZOS)


def _lines(draw, s):
    for i, length in enumerate((520, 640, 580, 360)):
        y = (400 + i * 44) * s
        draw.rounded_rectangle(
            (430 * s, y, (430 + length) * s, y + 22 * s), radius=11 * s, fill=ACCENT
        )


def _progress(draw, s):
    draw.rounded_rectangle(
        (430 * s, 410 * s, 1100 * s, 470 * s), radius=30 * s, outline=PAPER, width=8 * s
    )
    draw.rounded_rectangle((442 * s, 422 * s, 860 * s, 458 * s), radius=18 * s, fill=ACCENT)


def _bulb(draw, s):
    cx, cy = 1040 * s, 150 * s
    draw.ellipse((cx - 70 * s, cy - 70 * s, cx + 70 * s, cy + 70 * s), fill=ACCENT)
    draw.rectangle((cx - 34 * s, cy + 60 * s, cx + 34 * s, cy + 110 * s), fill=PAPER)
    for i in range(5):
        angle = math.radians(-160 + i * 35)
        draw.line(
            (
                cx + math.cos(angle) * 95 * s,
                cy + math.sin(angle) * 95 * s,
                cx + math.cos(angle) * 125 * s,
                cy + math.sin(angle) * 125 * s,
            ),
            fill=PAPER,
            width=10 * s,
        )
    _lines_short(draw, s)


def _lines_short(draw, s):
    for i, length in enumerate((420, 300)):
        y = (420 + i * 44) * s
        draw.rounded_rectangle(
            (430 * s, y, (430 + length) * s, y + 22 * s), radius=11 * s, fill=PAPER
        )


def _people(draw, s):
    for i, colour in enumerate((ACCENT, PAPER, ACCENT)):
        x = (480 + i * 130) * s
        draw.ellipse((x - 38 * s, 400 * s, x + 38 * s, 476 * s), fill=colour)
        draw.pieslice((x - 62 * s, 490 * s, x + 62 * s, 610 * s), 180, 360, fill=colour)


MOTIFS = {"lines": _lines, "progress": _progress, "bulb": _bulb, "people": _people}


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def files() -> dict[Path, bytes]:
    """Every file the mark makes, by where it goes."""
    icons = STATIC / "icons"
    favicon = io.BytesIO()
    icon(64).save(favicon, format="ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    out = {
        icons / "favicon.svg": mark_svg().encode(),
        icons / "favicon-32.png": png(icon(32)),
        # iOS fills transparent corners with black and rounds the square itself.
        icons / "apple-touch-icon.png": png(icon(180, corner=0).convert("RGB")),
        icons / "icon-192.png": png(icon(192)),
        icons / "icon-512.png": png(icon(512)),
        # Systems that crop icons to their own shape keep a central circle: a full square.
        icons / "icon-maskable-512.png": png(icon(512, corner=0).convert("RGB")),
        ROOT / "favicon.ico": favicon.getvalue(),
    }
    for kind in SOCIAL_KINDS:
        out[icons / f"social-{kind}.png"] = png(social_picture(kind))
    return out

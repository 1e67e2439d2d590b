"""Illustrations for the demo articles, drawn with Pillow so the project ships no image files.

Each motif draws what the alternative texts in demo/content/ describe.
"""

import io
import math

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675
PALETTES = {  # motif: (ink, background)
    "clock": ("#0b5c4d", "#f4c95d"),
    "hands": ("#7a2e8e", "#ffd6a5"),
    "puzzle": ("#1d4e89", "#7dcfb6"),
    "chat": ("#a23b00", "#ffe3c2"),
    "envelope": ("#2f4858", "#f6ae2d"),
    "shield": ("#1b5e20", "#c8e6c9"),
    "globe": ("#283593", "#9fa8da"),
    "lightbulb": ("#6d4c41", "#ffe082"),
}
CX, CY = WIDTH // 2, HEIGHT // 2


def _clock(draw, fg, light):
    r = 240
    draw.ellipse((CX - r, CY - r, CX + r, CY + r), fill=light, outline=fg, width=14)
    draw.pieslice((CX - r + 20, CY - r + 20, CX + r - 20, CY + r - 20), -90, 0, fill=fg)
    for hour in range(12):
        angle = math.radians(hour * 30)
        x1, y1 = CX + math.sin(angle) * (r - 45), CY - math.cos(angle) * (r - 45)
        x2, y2 = CX + math.sin(angle) * (r - 20), CY - math.cos(angle) * (r - 20)
        draw.line((x1, y1, x2, y2), fill=fg, width=8)
    draw.line((CX, CY, CX, CY - 170), fill=fg, width=16)
    draw.line((CX, CY, CX + 120, CY), fill=fg, width=16)
    draw.ellipse((CX - 18, CY - 18, CX + 18, CY + 18), fill=fg)


def _hands(draw, fg, light):
    for i, (x, height) in enumerate([(300, 300), (480, 380), (660, 330), (840, 260)]):
        top = HEIGHT - height - 40
        width = 110 - i * 5
        draw.rounded_rectangle((x, top + 90, x + width, HEIGHT), radius=30, fill=fg)
        draw.rounded_rectangle(
            (x - 10, top, x + width + 10, top + 140), radius=50, fill=light, outline=fg, width=8
        )
        for finger in range(4):
            fx = x + finger * (width // 4) + 4
            draw.rounded_rectangle(
                (fx, top - 50, fx + width // 5, top + 40),
                radius=14,
                fill=light,
                outline=fg,
                width=6,
            )


def _puzzle(draw, fg, light):
    size = 200
    origin_x, origin_y = CX - size, CY - size + 20
    for row in range(2):
        for col in range(2):
            lift = -50 if (row, col) == (0, 1) else 0
            x, y = origin_x + col * size, origin_y + row * size + lift
            draw.rounded_rectangle(
                (x + 6, y + 6, x + size - 6, y + size - 6),
                radius=18,
                fill=light if (row + col) % 2 else fg,
                outline=fg,
                width=8,
            )
            draw.ellipse(
                (x + size - 40, y + size // 2 - 32, x + size + 24, y + size // 2 + 32),
                fill=light if (row + col) % 2 else fg,
                outline=fg,
                width=6,
            )


def _chat(draw, fg, light):
    draw.rounded_rectangle((220, 140, 720, 420), radius=60, fill=fg)
    draw.polygon([(320, 410), (300, 520), (420, 415)], fill=fg)
    draw.rounded_rectangle((480, 260, 980, 540), radius=60, fill=light, outline=fg, width=12)
    draw.polygon([(880, 530), (920, 630), (800, 538)], fill=light, outline=fg)
    for i in range(3):
        draw.ellipse((620 + i * 90, 380, 660 + i * 90, 420), fill=fg)


def _envelope(draw, fg, light):
    for i in range(3):
        offset = (2 - i) * 40
        box = (320 + offset, 180 + offset, 880 + offset, 520 + offset)
        draw.rectangle(box, fill=light, outline=fg, width=10)
        draw.line(
            (box[0], box[1], (box[0] + box[2]) // 2, (box[1] + box[3]) // 2, box[2], box[1]),
            fill=fg,
            width=10,
        )
    draw.line((300, 160, 900, 540), fill=fg, width=28)
    draw.line((900, 160, 300, 540), fill=fg, width=28)


def _shield(draw, fg, light):
    points = [
        (CX, 90),
        (CX + 230, 160),
        (CX + 210, 420),
        (CX, 590),
        (CX - 210, 420),
        (CX - 230, 160),
    ]
    draw.polygon(points, fill=fg)
    inner = [(x * 0.8 + CX * 0.2, y * 0.8 + CY * 0.2 + 10) for x, y in points]
    draw.polygon(inner, fill=light)
    draw.line(
        (CX - 100, CY + 10, CX - 20, CY + 90, CX + 120, CY - 80), fill=fg, width=36, joint="curve"
    )


def _globe(draw, fg, light):
    r = 220
    draw.ellipse((CX - r, CY - r, CX + r, CY + r), fill=light, outline=fg, width=12)
    for w in (0.35, 0.7):
        draw.ellipse((CX - r * w, CY - r, CX + r * w, CY + r), outline=fg, width=8)
    draw.line((CX, CY - r, CX, CY + r), fill=fg, width=8)
    for h in (-0.5, 0, 0.5):
        half = math.sqrt(1 - h * h) * r
        draw.line((CX - half, CY + h * r, CX + half, CY + h * r), fill=fg, width=8)
    dots = [
        (CX + math.cos(a) * 300, CY + math.sin(a) * 290)
        for a in [i * math.pi / 4 for i in range(8)]
    ]
    for (x1, y1), (x2, y2) in zip(dots, dots[1:] + dots[:1], strict=True):
        draw.line((x1, y1, x2, y2), fill=fg, width=4)
    for x, y in dots:
        draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=fg)


def _lightbulb(draw, fg, light):
    draw.ellipse((CX - 150, 140, CX + 150, 440), fill=light, outline=fg, width=12)
    draw.rectangle((CX - 70, 420, CX + 70, 520), fill=fg)
    for y in (450, 480):
        draw.line((CX - 70, y, CX + 70, y), fill=light, width=6)
    for i in range(9):
        angle = math.radians(-180 + i * 22.5)
        x1, y1 = CX + math.cos(angle) * 200, 290 + math.sin(angle) * 200
        x2, y2 = CX + math.cos(angle) * 270, 290 + math.sin(angle) * 270
        draw.line((x1, y1, x2, y2), fill=fg, width=12)


MOTIFS = {
    "clock": _clock,
    "hands": _hands,
    "puzzle": _puzzle,
    "chat": _chat,
    "envelope": _envelope,
    "shield": _shield,
    "globe": _globe,
    "lightbulb": _lightbulb,
}


def draw_illustration(motif: str) -> bytes:
    """A PNG of the motif on its palette's background."""
    ink, background = PALETTES[motif]
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    MOTIFS[motif](ImageDraw.Draw(image), ink, "#ffffff")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()

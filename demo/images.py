"""Pictures for the demo's articles, campaigns, challenges and organisations, drawn with Pillow so
that the project ships no image files.

Each item gets its own picture: the motif its content file names (what its alternative text
describes), drawn in a palette and a composition that follow from the item's key, with small
signs of its causes around it. The same key always gives the same bytes, so the demo is the
same at every load. Organisations get a logo: their initials in a shape of their colour.
"""

import colorsys
import io
import math
import random

from PIL import Image, ImageColor, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675
CX, CY = WIDTH // 2, HEIGHT // 2
LOGO_SIZE = 480


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


def _heart(draw, fg, light):
    """A greeting card standing open, a heart on its front."""
    draw.polygon([(330, 560), (600, 600), (600, 130), (330, 110)], fill=light, outline=fg, width=10)
    draw.polygon([(600, 600), (880, 540), (880, 100), (600, 130)], fill=fg)
    x, y = 465, 330
    draw.ellipse((x - 95, y - 90, x + 5, y + 10), fill=fg)
    draw.ellipse((x - 5, y - 90, x + 95, y + 10), fill=fg)
    draw.polygon([(x - 92, y - 25), (x + 92, y - 25), (x, y + 110)], fill=fg)
    for i in range(3):
        draw.line((650, 230 + i * 70, 830, 220 + i * 70), fill=light, width=12)


def _tree(draw, fg, light):
    """A round tree over a park bench and the ground."""
    draw.rectangle((CX - 28, 330, CX + 28, 600), fill=fg)
    for dx, dy, r in ((0, 230, 170), (-140, 320, 110), (140, 320, 110)):
        draw.ellipse((CX + dx - r, dy - r, CX + dx + r, dy + r), fill=fg)
    for dx, dy in ((-60, 180), (70, 230), (-110, 330), (120, 350), (0, 300)):
        draw.ellipse((CX + dx - 22, dy - 22, CX + dx + 22, dy + 22), fill=light)
    draw.line((180, 600, 1020, 600), fill=fg, width=14)
    draw.rectangle((760, 510, 980, 530), fill=fg)
    for x in (780, 960):
        draw.line((x, 530, x, 600), fill=fg, width=12)


def _cloud(draw, fg, light):
    """A sun behind a cloud, with rain falling."""
    draw.ellipse((560, 90, 800, 330), fill=light, outline=fg, width=10)
    for i in range(8):
        angle = math.radians(i * 45)
        x, y = 680 + math.cos(angle) * 150, 210 + math.sin(angle) * 150
        draw.line(
            (x, y, 680 + math.cos(angle) * 190, 210 + math.sin(angle) * 190), fill=fg, width=10
        )
    for dx, dy, r in ((-150, 330, 100), (0, 280, 140), (150, 330, 100)):
        draw.ellipse((540 + dx - r, dy - r, 540 + dx + r, dy + r), fill=fg)
    draw.rounded_rectangle((390, 320, 690, 430), radius=50, fill=fg)
    for i in range(5):
        x = 420 + i * 60
        draw.line((x, 480, x - 24, 560), fill=fg, width=12)


def _pencil(draw, fg, light):
    """A pencil drawing a loop, beside a sketched square and circle."""
    draw.arc((250, 150, 560, 460), 0, 330, fill=fg, width=14)
    draw.rectangle((630, 160, 930, 460), outline=fg, width=10)
    draw.ellipse((690, 220, 870, 400), outline=fg, width=10)
    body = [(560, 470), (800, 230), (860, 290), (620, 530)]
    draw.polygon(body, fill=light, outline=fg, width=10)
    draw.polygon([(560, 470), (620, 530), (520, 570)], fill=fg)
    draw.line((800, 230, 860, 290), fill=fg, width=26)


def _gear(draw, fg, light):
    """Two interlocking cogwheels and a wrench."""
    for cx, cy, r, teeth in ((480, 320, 170, 10), (760, 400, 110, 8)):
        for i in range(teeth):
            angle = math.radians(i * 360 / teeth)
            x, y = cx + math.cos(angle) * r, cy + math.sin(angle) * r
            draw.ellipse((x - 34, y - 34, x + 34, y + 34), fill=fg)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fg)
        draw.ellipse((cx - r * 0.4, cy - r * 0.4, cx + r * 0.4, cy + r * 0.4), fill=light)
    draw.line((820, 130, 1000, 250), fill=fg, width=40)
    draw.ellipse((770, 90, 870, 190), fill=fg)
    draw.ellipse((795, 115, 845, 165), fill=light)


def _book(draw, fg, light):
    """An open book, its pages covered with lines of writing."""
    draw.polygon([(220, 170), (600, 220), (600, 580), (220, 530)], fill=light, outline=fg, width=10)
    draw.polygon([(980, 170), (600, 220), (600, 580), (980, 530)], fill=light, outline=fg, width=10)
    draw.line((600, 220, 600, 580), fill=fg, width=16)
    for i in range(6):
        y = 250 + i * 45
        draw.line((270, y, 550, y + 35), fill=fg, width=8)
        draw.line((650, y + 35, 930, y), fill=fg, width=8)


def _bin(draw, fg, light):
    """A wastebasket with crumpled messages going into it."""
    draw.polygon([(440, 300), (760, 300), (720, 600), (480, 600)], fill=fg)
    draw.rounded_rectangle((410, 260, 790, 310), radius=20, fill=fg)
    for x in (530, 600, 670):
        draw.line((x, 350, x - (x - 600) * 0.1, 560), fill=light, width=14)
    for x, y, angle in ((470, 130, -20), (640, 90, 15), (770, 170, 35)):
        turn = math.radians(angle)

        def at(dx, dy, x=x, y=y, turn=turn):
            return (
                x + dx * math.cos(turn) - dy * math.sin(turn),
                y + dx * math.sin(turn) + dy * math.cos(turn),
            )

        draw.polygon(
            [at(-72, -48), at(72, -48), at(72, 48), at(-72, 48)], fill=light, outline=fg, width=8
        )
        draw.line((*at(-72, -48), *at(0, 4), *at(72, -48)), fill=fg, width=8)


MOTIFS = {
    "clock": _clock,
    "hands": _hands,
    "puzzle": _puzzle,
    "chat": _chat,
    "envelope": _envelope,
    "shield": _shield,
    "globe": _globe,
    "lightbulb": _lightbulb,
    "heart": _heart,
    "tree": _tree,
    "cloud": _cloud,
    "pencil": _pencil,
    "gear": _gear,
    "book": _book,
    "bin": _bin,
}

# The small signs of the causes an item serves, drawn around its motif.
CAUSE_SIGNS = {
    "environment": "tree",
    "animals": "hands",
    "human-rights": "shield",
    "education": "book",
    "health": "heart",
    "poverty": "hands",
    "youth": "lightbulb",
    "science": "cloud",
    "justice": "shield",
    "food": "heart",
}


def palette(rng: random.Random, colour: str | None = None) -> dict:
    """Background, ink, accent and light colours around one hue (the colour's, if given): a pale
    background and a dark ink, so that the motif stands out whatever the hue."""
    if colour:
        red, green, blue = ImageColor.getrgb(colour)[:3]
        hue = colorsys.rgb_to_hls(red / 255, green / 255, blue / 255)[0]
    else:
        hue = rng.random()

    def colour(h, lightness, saturation):
        r, g, b = colorsys.hls_to_rgb(h % 1, lightness, saturation)
        return round(r * 255), round(g * 255), round(b * 255)

    return {
        "background": colour(hue, rng.uniform(0.82, 0.9), rng.uniform(0.45, 0.75)),
        "ink": colour(hue + rng.uniform(-0.06, 0.06), rng.uniform(0.18, 0.26), 0.6),
        "accent": colour(hue + rng.choice((0.33, 0.5, 0.67)), rng.uniform(0.68, 0.76), 0.5),
        "light": (255, 255, 255),
    }


def motif_layer(motif: str, ink, light) -> Image.Image:
    """The motif alone on a transparent layer, cropped to what it covers."""
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    MOTIFS[motif](ImageDraw.Draw(layer), ink, light)
    return layer.crop(layer.getbbox())


def place(canvas: Image.Image, layer: Image.Image, cx: float, cy: float, height: float):
    scale = height / layer.height
    size = (max(1, round(layer.width * scale)), max(1, round(layer.height * scale)))
    small = layer.resize(size, Image.Resampling.LANCZOS, reducing_gap=2.0)
    canvas.paste(small, (round(cx - size[0] / 2), round(cy - size[1] / 2)), small)


def _dots(draw, rng, colours):
    step = rng.choice((48, 60, 72))
    radius = rng.choice((5, 7, 9))
    for x in range(step // 2, WIDTH, step):
        for y in range(step // 2, HEIGHT, step):
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colours["accent"])


def _stripes(draw, rng, colours):
    step, width = rng.choice(((90, 30), (120, 50), (70, 18)))
    for x in range(-HEIGHT, WIDTH, step):
        draw.line((x, HEIGHT, x + HEIGHT, 0), fill=colours["accent"], width=width)


def _rings(draw, rng, colours):
    cx, cy = rng.choice(((0, 0), (WIDTH, HEIGHT), (WIDTH, 0), (0, HEIGHT)))
    for r in range(120, 1500, rng.choice((90, 120))):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colours["accent"], width=24)


def _waves(draw, rng, colours):
    amplitude, length = rng.choice(((20, 160), (30, 240), (14, 120)))
    for y0 in range(40, HEIGHT, 90):
        points = [
            (x, y0 + amplitude * math.sin(x / length * 2 * math.pi))
            for x in range(0, WIDTH + 20, 20)
        ]
        draw.line(points, fill=colours["accent"], width=12)


def _blob(draw, rng, colours):
    cx, cy = rng.uniform(0.3, 0.7) * WIDTH, rng.uniform(0.3, 0.7) * HEIGHT
    r = rng.uniform(250, 330)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colours["accent"])


PATTERNS = [_dots, _stripes, _rings, _waves, _blob]
LAYOUTS = {  # where the motif goes, its height; where the signs of the causes go
    "centre": ((CX, CY), 470, [(150, 140), (1050, 535), (1050, 140)]),
    "left": ((400, CY), 500, [(900, 200), (1000, 470), (820, 500)]),
    "right": ((800, CY), 500, [(300, 200), (200, 470), (380, 500)]),
    "low": ((CX, 390), 430, [(150, 130), (330, 110), (1050, 130)]),
}


def draw_picture(key: str, motif: str, causes=(), colour: str | None = None) -> bytes:
    """A 1200×675 PNG of `motif` for the item called `key`, with the signs of its causes, in
    the hues of `colour` if given, else of the key."""
    rng = random.Random(key)  # noqa: S311 (a picture, the same for the same item every time)
    colours = palette(rng, colour)
    image = Image.new("RGB", (WIDTH, HEIGHT), colours["background"])
    draw = ImageDraw.Draw(image)
    rng.choice(PATTERNS)(draw, rng, colours)
    (cx, cy), height, sign_places = LAYOUTS[rng.choice(sorted(LAYOUTS))]
    # A pale disc behind the motif keeps it readable over any pattern.
    r = height * 0.62
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=colours["background"])
    place(image, motif_layer(motif, colours["ink"], colours["light"]), cx, cy, height)
    for cause, (x, y) in zip(causes, sign_places, strict=False):
        sign = CAUSE_SIGNS.get(cause)
        if sign:
            draw.ellipse((x - 78, y - 78, x + 78, y + 78), fill=colours["ink"])
            place(image, motif_layer(sign, colours["background"], colours["ink"]), x, y, 100)
    return _png(image)


def initials(name: str) -> str:
    """Terre en Commun: TC; Fil d’Argent: FA."""
    words = name.replace("’", " ").replace("'", " ").split()
    return "".join(word[0] for word in words if word[0].isupper())[:3]


SHAPES = ["circle", "rounded", "hexagon", "diamond", "shield"]


def draw_logo(key: str, name: str, colour: str) -> bytes:
    """A square PNG with a transparent background: the organisation's initials in a shape of
    its colour, the shape chosen by its key."""
    rng = random.Random(f"logo:{key}")  # noqa: S311 (the same logo every time)
    s = 2  # drawn at twice the size, then reduced, for smooth edges
    size = LOGO_SIZE * s
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    c, r = size / 2, size * 0.46
    shape = SHAPES[sum(map(ord, key)) % len(SHAPES)]
    if shape == "circle":
        draw.ellipse((c - r, c - r, c + r, c + r), fill=colour)
    elif shape == "rounded":
        draw.rounded_rectangle((c - r, c - r, c + r, c + r), radius=r * 0.35, fill=colour)
    elif shape == "hexagon":
        draw.regular_polygon((c, c, r), 6, rotation=30, fill=colour)
    elif shape == "diamond":
        draw.regular_polygon((c, c, r * 1.05), 4, fill=colour)
    else:
        draw.polygon(
            [
                (c - r * 0.85, c - r),
                (c + r * 0.85, c - r),
                (c + r * 0.85, c),
                (c, c + r),
                (c - r * 0.85, c),
            ],
            fill=colour,
        )
    ring = rng.uniform(0.78, 0.86) * r
    draw.ellipse((c - ring, c - ring, c + ring, c + ring), outline="white", width=6 * s)
    letters = initials(name)
    font = ImageFont.load_default(size=round(size * (0.36 if len(letters) < 3 else 0.27)))
    draw.text((c, c), letters, font=font, fill="white", anchor="mm")
    return _png(image.resize((LOGO_SIZE, LOGO_SIZE), Image.Resampling.LANCZOS))


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    # Compressed lightly: it is the original, which the site never serves (renditions are made
    # from it), and loading the demo stays quick.
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()

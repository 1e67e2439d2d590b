"""The style guide's figures, read from site.css itself so that the page cannot drift from it."""

import re
from functools import cache

from django.contrib.staticfiles import finders

TOKEN = re.compile(r"--(color-[a-z-]+):\s*(#[0-9a-fA-F]{6})\b")
# The pairs the site draws text with (foreground, background).
TEXT_PAIRS = [
    ("color-ink", "color-paper"),
    ("color-muted", "color-paper"),
    ("color-muted", "color-soft"),
    ("color-brand", "color-paper"),
    ("color-brand", "color-soft"),
    ("color-brand-strong", "color-brand-soft"),
    ("color-paper", "color-brand"),
    ("color-danger", "color-paper"),
    ("color-danger", "color-danger-soft"),
    ("color-accent", "color-accent-soft"),
    ("color-on-dark", "color-ink"),
]


def luminance(hex_colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, from 1 to 21."""
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@cache
def colour_tokens() -> dict[str, str]:
    """The colour custom properties of :root, by name, in the order site.css declares them."""
    with open(finders.find("css/site.css"), encoding="utf-8") as css:
        return dict(TOKEN.findall(css.read()))


def text_pairs() -> list[dict]:
    tokens = colour_tokens()
    return [
        {
            "foreground": fg,
            "background": bg,
            "ratio": round(contrast(tokens[fg], tokens[bg]), 1),
        }
        for fg, bg in TEXT_PAIRS
    ]

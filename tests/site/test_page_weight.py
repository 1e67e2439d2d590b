"""What an article's first visit downloads, images aside: the page, the style sheet and its font."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

BUDGET = 120 * 1024  # of 200 KB for the whole first load, leaving the rest to the pictures


@pytest.mark.django_db
def test_an_article_with_its_css_and_fonts_stays_within_budget(client, articles):
    html = client.get(articles[0].url).content
    css = Path(finders.find("css/site.css")).read_bytes()
    fonts = re.findall(rb'url\("\.\./(fonts/[^"]+\.woff2)"\)', css)
    assert fonts, "the style sheet names its font"
    preloaded = re.findall(rb'<link rel="preload" href="/static/([^"]+)" as="font"', html)
    assert preloaded == fonts[:1]
    font_bytes = sum(Path(finders.find(font.decode())).stat().st_size for font in fonts)
    total = len(html) + len(css) + font_bytes
    assert total < BUDGET, f"{total / 1024:.0f} KB"

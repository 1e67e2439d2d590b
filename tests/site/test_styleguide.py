"""The style guide: the design system's tokens and components, live, for editors."""

import re

import pytest

from crowdtime.styleguide import TEXT_PAIRS, colour_tokens, contrast
from tests.conftest import LANGUAGES

COMPONENTS = {
    "primary button": 'class="button"',
    "secondary button": 'class="button button-secondary"',
    "danger button": 'class="button button-danger"',
    "text input": 'type="text"',
    "link input": 'type="url"',
    "file input": 'type="file"',
    "select": "<select",
    "textarea": "<textarea",
    "checkbox": 'type="checkbox"',
    "radio button": 'type="radio"',
    "card": 'class="card"',
    "badge": 'class="badge"',
    "progress bar": 'role="progressbar"',
    "message": 'class="message message-error"',
    "colour swatch": 'class="swatch swatch-brand"',
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_style_guide_shows_every_component_in_each_language(client, site, language):
    response = client.get(f"/{language}/styleguide/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert '<meta name="robots" content="noindex">' in html
    missing = [name for name, marker in COMPONENTS.items() if marker not in html]
    assert missing == []
    assert len(re.findall(r"<h1[ >]", html)) == 1


def test_the_text_colours_meet_wcag_aa():
    tokens = colour_tokens()
    for foreground, background in TEXT_PAIRS:
        ratio = contrast(tokens[foreground], tokens[background])
        assert ratio >= 4.5, f"{foreground} on {background}: {ratio:.2f}"


def test_the_contrast_ratio_is_the_wcag_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)

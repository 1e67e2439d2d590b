"""The layout at phone and laptop widths, measured in headless Chromium (see test_browser.py):
nothing wider than the screen, a header on one line, the join button within reach."""

import pytest

from tests.conftest import translation_of

pytestmark = pytest.mark.browser
PHONE, SMALL_PHONE, LAPTOP = 390, 320, 1366


def overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_no_page_is_wider_than_the_screen(page_in, site, articles, campaigns, challenges):
    urls = [
        site.homes["fr"].url,
        translation_of(articles[0], "en").url,
        translation_of(campaigns["open"], "es").url,
        challenges["solved"].url,
        site.organisation["fr"].url,
        "/en/search/?q=volunteering",
        "/es/accounts/login/",
    ]
    for width in (SMALL_PHONE, PHONE, LAPTOP):
        page = page_in(width=width)
        for url in urls:
            page.goto(f"http://testserver{url}")
            assert overflow(page) <= 0, f"{url} at {width} px"


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_header_holds_on_one_line_on_a_small_phone(page_in, site, language):
    page = page_in(width=SMALL_PHONE)
    page.goto(f"http://testserver{site.homes[language].url}")
    tops = page.evaluate(
        """() => ['.site-name', '.site-menu > summary', '.language-switcher li:first-child',
                  '.language-switcher li:last-child']
            .map(s => document.querySelector(s).getBoundingClientRect())
            .map(r => Math.round(r.top + r.height / 2))"""
    )
    assert max(tops) - min(tops) <= 2, tops  # one row
    assert page.evaluate("document.querySelector('.site-header').offsetHeight") <= 72

    page.locator(".site-menu > summary").click()  # a disclosure: no JavaScript needed
    assert page.get_by_role("searchbox").is_visible()


def test_a_laptop_shows_the_whole_menu_without_a_toggle(page_in, site):
    page = page_in(width=LAPTOP)
    page.goto(f"http://testserver{site.homes['es'].url}")
    assert page.locator(".site-menu > summary").is_hidden()
    assert (
        page.get_by_role("navigation", name="Menú principal").get_by_role("link").first.is_visible()
    )
    assert page.evaluate("document.querySelector('.site-header').offsetHeight") <= 80


def test_the_join_button_is_within_a_phones_first_screen(page_in, campaigns):
    for language in ("fr", "en"):
        campaign = translation_of(campaigns["open"], language)
        page = page_in(width=PHONE)
        page.goto(f"http://testserver{campaign.url}")
        button = page.locator("#join .button")
        assert button.bounding_box()["y"] < 700, campaign.url
        # on a laptop, the figures and the button are a sidebar beside the text
        page.set_viewport_size({"width": LAPTOP, "height": 800})
        side = page.locator(".campaign-side").bounding_box()
        text = page.locator(".campaign-main").bounding_box()
        assert side["x"] > text["x"] + text["width"] - 1

"""Every page type of the demo (demo/tour.py), in every language, in Chromium at a small phone's
width (320 px), a common phone's (390) and a laptop's (1366): no page scrolls sideways, an open
campaign's join button shows on a phone's first screen, axe-core finds nothing against WCAG 2.2
AA, and no page asks another host for anything.

Each width is one test: one browser context, each page visited once. axe runs at 390 px only
(once per page and language): its rules read the markup, which is the same at every width, and
it costs more than the visit itself; contrast and target sizes at other widths come from the same
CSS. Each test gathers every problem it sees, so that one run lists them all.
"""

import json
from collections import defaultdict

import pytest

from demo.tour import LANGUAGES, open_campaign_of, tour, visitor
from tests.demo.browsers import axe_violations

PHONES = (320, 390)
AXE_WIDTH = 390
# A phone's first screen, less the browser's own bars: an open campaign's join button must start
# above this line, without scrolling.
FIRST_SCREEN = 700

# The innermost elements that reach beyond the screen's right edge, as `tag#id.class`: where a
# page that scrolls sideways overflows.
WIDER_THAN_THE_SCREEN = """width => {
    const beyond = element => element.getBoundingClientRect().right > width + 0.5;
    const name = element => element.tagName.toLowerCase()
        + (element.id ? "#" + element.id : "")
        + [...element.classList].map(c => "." + c).join("");
    return [...document.body.querySelectorAll("*")]
        .filter(element => beyond(element) && ![...element.children].some(beyond))
        .slice(0, 3)
        .map(element => `${name(element.parentElement)} > ${name(element)}`);
}"""


def looked_at_by(client, kind: str, current: str) -> str:
    """Log the test client in as the visitor a page is for, or out, when it changes."""
    if kind != current:
        client.logout()
        if kind:
            client.force_login(visitor(kind))
    return kind


@pytest.mark.browser
@pytest.mark.parametrize("width", [320, 390, 1366])
def test_every_page_type_fits_its_screen_and_passes_axe(page_in, django_routes, width):
    page = page_in(width=width)
    problems = defaultdict(list)
    current = ""
    for language in LANGUAGES:
        # The admin's language is the browser's; the site's is in the URL.
        page.set_extra_http_headers({"Accept-Language": language})
        stops = tour(language)
        for stop in stops:
            current = looked_at_by(django_routes.client, stop.visitor, current)
            where = f"{language} {stop.name} {stop.url}"
            response = page.goto(f"http://testserver{stop.url}")
            expected = 404 if "404" in stop.name else 200
            if response.status != expected:
                problems["status"].append(f"{where}: {response.status}, not {expected}")
                continue
            # Widths and heights are final once the web fonts are in.
            page.evaluate("document.fonts.ready.then(() => true)")
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width:
                culprits = ", ".join(page.evaluate(WIDER_THAN_THE_SCREEN, width))
                problems["sideways scroll"].append(
                    f"{where}: {scroll_width} px wide (beyond the screen: {culprits})"
                )
            if width in PHONES and stop == open_campaign_of(stops):
                top = page.evaluate(
                    """() => {
                        const join = document.querySelector("main a[href$='/join/']");
                        return join && join.getBoundingClientRect().top + window.scrollY;
                    }"""
                )
                if top is None or top >= FIRST_SCREEN:
                    problems["join button below the first screen"].append(
                        f"{where}: its top at {top} px, not above {FIRST_SCREEN}"
                    )
            if width == AXE_WIDTH and (violations := axe_violations(page)):
                problems["axe"].append(f"{where}: {json.dumps(violations, ensure_ascii=False)}")
    if django_routes.foreign_requests:
        problems["requests to other hosts"] = sorted(set(django_routes.foreign_requests))
        django_routes.foreign_requests.clear()  # reported here, with the rest
    report = "\n".join(
        f"{check} ({len(found)}):\n  " + "\n  ".join(found) for check, found in problems.items()
    )
    assert not problems, f"at {width} px:\n{report}"

"""A campaign framed by another site, in Chromium: the other site is a real server on a port of
its own; Crowdtime's answers come from Django's test client (conftest.py)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect
from wagtail.models import Site

from core.numbers import format_number
from tests.conftest import translation_of
from tests.demo.browsers import axe_violations


@pytest.fixture
def other_site():
    """An organisation's own site, on another port: `.pages[path] = html`, `.origin`."""
    pages = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.pages = pages
    server.origin = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.browser
def test_another_site_frames_the_widget_and_sees_the_progress(
    page_in, django_routes, other_site, campaigns
):
    # The addresses the site gives are those of its Site: the one the browser reaches.
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "testserver", 80
    site.save()
    campaign = translation_of(campaigns["open"], "en")
    campaign_url = f"http://testserver{campaign.url}"
    # What a CMS does with a pasted address: ask for its oEmbed answer, put its HTML in a page.
    answer = django_routes.client.get(
        "/en/oembed/?" + urlencode({"url": campaign_url, "format": "json"})
    ).json()
    other_site.pages["/"] = (
        '<!DOCTYPE html><html lang="en"><title>Our news</title><h1>Join us</h1>'
        f"{answer['html']}"
        f'<iframe id="campaign-page" src="{campaign_url}" title="The campaign page"></iframe>'
    )
    page = page_in(javascript=False)
    # The other site is reached for real; everything else still goes to Django.
    page.route(f"{other_site.origin}/**", lambda route: route.continue_())
    page.goto(f"{other_site.origin}/")

    widget = page.frame_locator("iframe[src$='/embed/']")
    expect(widget.get_by_role("heading", name=campaign.title)).to_be_visible()
    participants = format_number(campaign.progress.participants, language="en")
    expect(widget.locator(".progress-figures")).to_contain_text(f"{participants} of ")
    expect(widget.get_by_role("progressbar")).to_be_visible()
    expect(widget.locator(".progress-time")).to_contain_text("left")
    # Any other page of Crowdtime refuses to be framed.
    expect(page.frame_locator("#campaign-page").get_by_role("heading")).to_have_count(0)

    # Joining opens the campaign in the visitor's window, not in the frame.
    widget.get_by_role("link", name="Join the campaign").click()
    page.wait_for_url(campaign_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(campaign.title)


@pytest.mark.browser
def test_the_widget_is_accessible_in_a_narrow_frame(page_in, campaigns):
    campaign = translation_of(campaigns["open"], "es")
    page = page_in(width=320, height=260)
    page.goto(f"http://testserver{campaign.url}embed/")
    assert page.evaluate("document.documentElement.lang") == "es"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert axe_violations(page) == []

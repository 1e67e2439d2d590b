import io
import json

import pytest
from django.core.management import call_command

from demo.management.commands.snapshot_demo_pages import normalise
from tests.conftest import live_pages


@pytest.mark.django_db
def test_a_snapshot_has_a_file_and_query_counts_for_each_url(tmp_path):
    call_command("snapshot_demo_pages", tmp_path, stdout=io.StringIO())
    queries = json.loads((tmp_path / "queries.json").read_text())
    # No NAME.warm.txt: each second answer was the first one.
    assert {path.stem for path in tmp_path.glob("*.txt")} == set(queries)
    # The live pages, the 4 campaigns' join pages in 3 languages, 6 URLs in each language
    # (2 searches, log-in, sign-up, registration, a missing page), 4 without a language, the
    # volunteer's dashboard and profile in each language, and a challenge she sees.
    assert len(queries) == len(live_pages()) + 4 * 3 + 6 * 3 + 4 + 2 * 3 + 1
    assert all(count["cold"] > 0 for count in queries.values())
    home = (tmp_path / "fr.txt").read_text()
    assert home.startswith("200\n")
    assert "\n<h1" in home  # one tag a line
    signup = (tmp_path / "fr-accounts-signup.txt").read_text()
    assert 'name="csrfmiddlewaretoken" value="[csrf token]"' in signup
    dashboard = (tmp_path / "volunteer--fr-volunteer.txt").read_text()
    assert dashboard.startswith("200\n")
    assert "Inès" in dashboard
    assert (tmp_path / "fr-this-page-does-not-exist.txt").read_text().startswith("404\n")


def test_normalising_keeps_the_content_and_drops_what_each_request_changes():
    head = "200\nSet-Cookie: csrftoken=Xy7; expires=Tue, 01 Dec 2026 10:00:00 GMT; Path=/"
    body = (
        '<main>\n  <p>Il reste\xa03  jours</p>\n <form><input type="hidden" '
        'name="csrfmiddlewaretoken" value="Ab9"></form>'
        '<img src="/media/images/logo_Ab3xYz1.2e16d0ba.fill-640x360.png"></main>\n'
    )
    assert normalise(head, body) == (
        "200\nSet-Cookie: csrftoken=[csrf token]; expires=[date]; Path=/\n\n<main>\n"
        "<p>Il reste\xa03 jours</p>\n<form>\n"
        '<input type="hidden" name="csrfmiddlewaretoken" value="[csrf token]">\n</form>\n'
        '<img src="/media/images/logo.2e16d0ba.fill-640x360.png">\n</main>\n'
    )

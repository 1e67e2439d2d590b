"""The snapshot a re-layering is checked with (demo/management/commands/snapshot_demo_pages.py)
compares content only: what changes at each request goes, the words and the markup stay."""

from demo.management.commands.snapshot_demo_pages import normalise


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

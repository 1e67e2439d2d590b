"""Links in an e-mail work from a mailbox: rich text's relative links to the site's own pages
get the site's address."""

from core.templatetags.core_emails import absolute_links


def test_relative_links_in_an_email_carry_the_sites_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://crowdtime.example/"
    html = absolute_links(
        '<a href="/fr/defis/x/">le défi</a> <a href="https://ailleurs.example/">ailleurs</a>'
        ' <a href="//cdn.example/a">cdn</a> <img src="/media/a.png" alt="">'
    )
    assert 'href="https://crowdtime.example/fr/defis/x/"' in html
    assert 'src="https://crowdtime.example/media/a.png"' in html
    assert 'href="https://ailleurs.example/"' in html and 'href="//cdn.example/a"' in html

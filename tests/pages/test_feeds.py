"""The Atom feeds: one per listing and per organisation, in each language, read as a feed
reader reads them, with the figures their pages show."""

import re

import feedparser

from tests.conftest import queries, translation_of
from tests.factories import ParticipationFactory, sign_ups_in_bulk

ATOM = "application/atom+xml"


def feed_url_in(html: str) -> str:
    """The feed a page's head announces."""
    match = re.search(
        r'<link rel="alternate" type="application/atom\+xml"[^>]* href="([^"]+)"', html
    )
    assert match, "no feed announced"
    return match.group(1)


def read_feed(client, page_url: str):
    """The feed a page announces, parsed; it must be well-formed Atom (no "bozo")."""
    page = client.get(page_url)
    assert page.status_code == 200
    response = client.get(feed_url_in(page.content.decode()))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(ATOM)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def entry_titled(feed, title):
    return next(entry for entry in feed.entries if entry.title == title)


def without_tags(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def test_the_articles_feed_is_linked_from_the_listing_and_the_home_page(client, site, articles):
    index = site.indexes["articles"]["fr"]
    home_html = client.get(site.home.url).content.decode()
    assert feed_url_in(home_html) == feed_url_in(client.get(index.url).content.decode())

    feed = read_feed(client, index.url)
    assert feed.feed.language == "fr"
    assert [entry.title for entry in feed.entries] == [article.title for article in articles]
    newest = feed.entries[0]
    assert newest.link == "http://testserver" + articles[0].url
    assert newest.id.startswith("tag:testserver,")
    assert newest.author == articles[0].author
    assert newest.summary == f"<p>{articles[0].introduction}</p>"
    assert newest.updated_parsed and newest.published_parsed
    assert {tag.term for tag in newest.tags} == {tag.name for tag in articles[0].tags.all()}


def test_each_language_has_its_own_articles_feed(client, site, articles):
    feed = read_feed(client, site.indexes["articles"]["es"].url)
    assert feed.feed.language == "es"
    spanish = translation_of(articles[0], "es")
    assert feed.entries[0].title == spanish.title
    assert feed.entries[0].link.endswith(spanish.url)


def test_a_campaign_entry_shows_the_figures_of_its_page(client, site, campaigns):
    open_campaign = campaigns["open"]
    ParticipationFactory(campaign=translation_of(open_campaign, "en"), people=3)
    english = translation_of(open_campaign, "en")

    feed = read_feed(client, site.indexes["campaigns"]["en"].url)
    entry = entry_titled(feed, english.title)
    page_html = client.get(english.url).content.decode()
    figures = re.search(r'<p class="progress-figures">(.*?)</p>', page_html, re.S).group(1)
    assert "63" in without_tags(figures)
    assert without_tags(figures) in without_tags(entry.summary)
    organisation = site.organisation["en"]
    assert entry.author == organisation.title
    assert entry.author_detail.href == "http://testserver" + organisation.url
    assert [tag.term for tag in entry.tags] == [site.tags["environnement"]["en"].name]


def test_a_challenge_entry_shows_its_status_and_count(client, site, challenges):
    feed = read_feed(client, site.indexes["challenges"]["fr"].url)
    entry = entry_titled(feed, challenges["open"].title)
    assert "2 contributions" in without_tags(entry.summary)
    assert "Ouvert" in entry.summary
    assert "Résolu" in entry_titled(feed, challenges["solved"].title).summary


def test_an_organisation_feed_has_its_campaigns_and_challenges(client, site, campaigns, challenges):
    feed = read_feed(client, site.organisation["fr"].url)
    titles = {entry.title for entry in feed.entries}
    assert campaigns["open"].title in titles
    assert challenges["open"].title in titles
    assert all(entry.author == site.organisation["fr"].title for entry in feed.entries)


def test_a_feed_costs_the_same_queries_whatever_its_sign_ups(client, site, campaigns):
    url = site.indexes["campaigns"]["fr"].url + "feed/"
    client.get(url)
    few = queries(client, url, afresh=True)
    sign_ups_in_bulk(campaigns["open"], 300)
    assert queries(client, url, afresh=True) == few


def test_an_address_below_a_feed_is_not_found(client, site):
    assert client.get(site.indexes["campaigns"]["fr"].url + "feed/more/").status_code == 404

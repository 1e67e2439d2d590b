import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks import default_task_backend
from wagtail.models import PageViewRestriction

from search.views import RESULTS_PER_PAGE
from tests.conftest import queries, translation_of
from tests.factories import (
    ArticlePageFactory,
    CampaignPageFactory,
    ChallengePageFactory,
    OrganisationPageFactory,
    StandardPageFactory,
)


@pytest.mark.django_db
def test_search_finds_pages_in_the_current_language_only(client, articles):
    article = articles[0]
    response = client.get("/fr/search/", {"q": " ".join(article.title.split()[:4])})
    assert response.status_code == 200
    assert article.url in response.content.decode()

    english = translation_of(article, "en")
    response = client.get("/en/search/", {"q": " ".join(article.title.split()[:4])})
    assert article.url not in response.content.decode(), "a French page in English results"
    response = client.get("/en/search/", {"q": " ".join(english.title.split()[:4])})
    assert english.url in response.content.decode()


@pytest.mark.django_db
def test_search_leaves_out_a_section_made_private_at_once(client, articles):
    article = articles[0]
    words = {"q": " ".join(article.title.split()[:4])}
    assert article.url in client.get("/fr/search/", words).content.decode()
    PageViewRestriction.objects.create(
        page=article.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert article.url not in client.get("/fr/search/", words).content.decode()


@pytest.mark.django_db
def test_search_without_results_says_so(client, site):
    response = client.get("/es/search/", {"q": "zzzxxyqq"})
    assert response.status_code == 200
    assert "Ninguna página coincide" in response.content.decode()


@pytest.mark.django_db
def test_empty_search_shows_the_form(client, site):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "status", "message"),
    [
        ({"q": "x" * 2000}, 400, "200"),
        ({"q": "temps\x00bénévole"}, 400, ""),
        ({"q": "temps", "page": "abc"}, 400, "numéro de page"),
        ({"q": "temps", "page": "999999"}, 404, "Cette page de résultats"),
        ({"q": "<script>alert(1)</script>"}, 200, "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ({"q": "' OR 1=1; DROP TABLE wagtailcore_page; --"}, 200, ""),
        ({"q": '"><img src=x onerror=alert(1)>'}, 200, "&gt;&lt;img src=x"),  # 500 on SQLite
        ({"q": '"'}, 200, ""),
    ],
)
def test_bad_search_input_gets_a_clear_answer_not_an_error(client, site, params, status, message):
    response = client.get("/fr/search/", params)
    assert response.status_code == status
    html = response.content.decode()
    assert message in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.django_db
def test_search_results_are_paginated(client, site):
    ArticlePageFactory(parent=site.indexes["articles"]["fr"], title="Le bénévolat en bref")
    response = client.get("/fr/search/", {"q": "bénévolat"})
    results = response.context["results"]
    assert results.paginator.count >= 1
    assert results.paginator.per_page == 10


def search_page(client, words: str) -> str:
    return client.get("/fr/search/", {"q": words}).content.decode()


@pytest.mark.django_db
def test_a_search_made_before_asks_the_database_nothing(client, articles):
    words = " ".join(articles[0].title.split()[:4])
    search_page(client, words)
    with CaptureQueriesContext(connection) as captured:
        assert articles[0].url in search_page(client, words)
    assert len(captured) == 0


@pytest.mark.django_db
def test_a_search_shows_a_page_as_it_was_last_published(client, site):
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"], title="Le grand ménage de printemps"
    )
    assert "Le grand ménage de printemps" in search_page(client, "ménage")
    article.title = "Le grand ménage, version revue"
    article.save_revision().publish()
    assert "Le grand ménage, version revue" in search_page(client, "ménage")


@pytest.mark.django_db
def test_a_search_finds_a_page_once_the_task_worker_has_indexed_it(client, articles, settings):
    """Production's order of events: the publish, then, later, the task worker's update of the
    search index. A search in between must not keep the results it found for long."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
        "worker": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }
    article = articles[0]
    article.title = "Xylophones solidaires"
    article.save_revision().publish()
    assert article.url not in search_page(client, "xylophones")  # not indexed yet

    queued = default_task_backend.results
    assert queued
    for result in queued:
        result.task.using(backend="worker").enqueue(*result.args, **result.kwargs)
    assert article.url in search_page(client, "xylophones")


@pytest.mark.django_db
def test_indexing_after_a_publish_empties_nothing_the_index_does_not_change(
    client, articles, settings, django_capture_on_commit_callbacks
):
    """The task worker updates the search index once for each page saved: hundreds of times
    as the demo loads. Searches are made again after it, but the pages, menus and cards
    that no publish changed since are still kept."""
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
        "worker": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }
    article, untouched = articles[0], articles[1]
    with django_capture_on_commit_callbacks(execute=True):  # the publish commits
        article.title = "Xylophones solidaires"
        article.save_revision().publish()
    assert article.url not in search_page(client, "xylophones")  # not indexed yet
    queries(client, untouched.url)
    kept = queries(client, untouched.url)

    queued = default_task_backend.results
    assert queued
    with django_capture_on_commit_callbacks(execute=True):  # each task commits
        for result in queued:
            result.task.using(backend="worker").enqueue(*result.args, **result.kwargs)
    assert queries(client, untouched.url) == kept
    assert article.url in search_page(client, "xylophones")


@pytest.mark.django_db
def test_each_result_says_what_kind_of_page_it_is(client, site):
    organisation = OrganisationPageFactory(name="Les amis de Zorglub")
    pages = {
        ArticlePageFactory(parent=site.indexes["articles"]["fr"], title="Zorglub raconte"): (
            "Article"
        ),
        CampaignPageFactory(parent=site.organisation["fr"], title="Zorglub agit"): "Campagne",
        ChallengePageFactory(parent=site.organisation["fr"], title="Zorglub demande"): "Défi",
        organisation: "Organisation",
        StandardPageFactory(parent=site.homes["fr"], title="Zorglub explique"): "Page",
    }
    html = client.get("/fr/search/", {"q": "Zorglub"}).content.decode()
    results = BeautifulSoup(html, "html.parser").select(".search-results > li")
    kinds = {
        li.h2.get_text(strip=True): li.select_one(".kicker").get_text(strip=True) for li in results
    }
    assert kinds == {page.title: kind for page, kind in pages.items()}


@pytest.mark.django_db
def test_the_search_page_has_one_search_box_other_pages_the_headers(client, articles):
    search = BeautifulSoup(client.get("/en/search/", {"q": "x"}).content, "html.parser")
    assert (
        len(search.select('form[role="search"]')) == len(search.select("input[type=search]")) == 1
    )
    box = search.select_one("input[type=search]")
    assert search.select_one(f'label[for="{box["id"]}"]').get_text(strip=True) == "Search the site"
    article = BeautifulSoup(client.get(articles[0].url).content, "html.parser")
    assert len(article.select('form[role="search"] input[type=search]')) == 1


def facet_links(html: str, name: str) -> dict[str, str]:
    """The links of a facet (`kind` or `cause`): their text, count included, to their URL."""
    nav = BeautifulSoup(html, "html.parser").select_one(".search-facets")
    heading = nav.select_one(f"#facet-{name}")
    return {a.get_text(" ", strip=True): a["href"] for a in heading.find_next("ul").select("a")}


def result_titles(html: str) -> list[str]:
    return [
        h2.get_text(strip=True)
        for h2 in BeautifulSoup(html, "html.parser").select(".search-results h2")
    ]


@pytest.mark.django_db
def test_results_narrow_to_a_kind_through_links_that_count_them(client, site):
    ArticlePageFactory(parent=site.indexes["articles"]["fr"], title="Zorglub raconte")
    CampaignPageFactory(parent=site.organisation["fr"], title="Zorglub agit")
    CampaignPageFactory(parent=site.organisation["fr"], title="Zorglub agit encore")
    ChallengePageFactory(parent=site.organisation["fr"], title="Zorglub demande")
    html = search_page(client, "Zorglub")
    links = facet_links(html, "kind")
    assert list(links) == ["Tous les types", "Article (1)", "Campagne (2)", "Défi (1)"]

    narrowed = client.get("/fr/search/" + links["Campagne (2)"]).content.decode()
    assert sorted(result_titles(narrowed)) == ["Zorglub agit", "Zorglub agit encore"]
    # The other kinds are still offered, with their counts; the chosen one says so.
    assert list(facet_links(narrowed, "kind")) == list(links)
    chosen = BeautifulSoup(narrowed, "html.parser").select('.search-facets [aria-current="true"]')
    assert [a.get_text(" ", strip=True) for a in chosen] == ["Campagne (2)"]
    # A new search keeps the kind chosen.
    assert BeautifulSoup(narrowed, "html.parser").select_one('input[name="kind"]')["value"] == (
        "campaign"
    )
    back = client.get("/fr/search/" + facet_links(narrowed, "kind")["Tous les types"])
    assert len(result_titles(back.content.decode())) == 4


@pytest.mark.django_db
def test_results_narrow_to_a_cause_through_links_that_count_them(client, site):
    environment, solidarity = site.tags["environnement"]["fr"], site.tags["solidarite"]["fr"]
    CampaignPageFactory(parent=site.organisation["fr"], title="Zorglub trie", causes=[environment])
    ChallengePageFactory(
        parent=site.organisation["fr"], title="Zorglub recycle", causes=[environment]
    )
    ChallengePageFactory(parent=site.organisation["fr"], title="Zorglub aide", causes=[solidarity])
    ArticlePageFactory(parent=site.indexes["articles"]["fr"], title="Zorglub raconte")
    links = facet_links(search_page(client, "Zorglub"), "cause")
    assert list(links) == [
        "Toutes les causes",
        f"{environment.name} (2)",
        f"{solidarity.name} (1)",
    ]
    narrowed = client.get("/fr/search/" + links[f"{environment.name} (2)"]).content.decode()
    assert sorted(result_titles(narrowed)) == ["Zorglub recycle", "Zorglub trie"]
    # Narrowed to challenges too: each facet counts what the other keeps.
    both = client.get("/fr/search/" + facet_links(narrowed, "kind")["Défi (1)"]).content.decode()
    assert result_titles(both) == ["Zorglub recycle"]
    assert list(facet_links(both, "cause")) == [
        "Toutes les causes",
        f"{environment.name} (1)",
        f"{solidarity.name} (1)",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "status"),
    [({"q": "Zorglub", "kind": "recipe"}, 400), ({"q": "Zorglub", "cause": "nowhere"}, 404)],
)
def test_an_unknown_kind_or_cause_says_so(client, site, params, status):
    assert client.get("/fr/search/", params).status_code == status


@pytest.mark.django_db
def test_a_search_asks_as_many_queries_for_many_results_as_for_few(client, site):
    """What is counted and shown costs the same number of queries for 3 results as for 15
    (of the same kinds), the facets included."""
    causes = [site.tags["environnement"]["fr"], site.tags["solidarite"]["fr"]]
    for word, copies in (("Xyzzy", 1), ("Zorglub", 1), ("Bulgroz", 5)):
        for n in range(copies):
            ArticlePageFactory(parent=site.indexes["articles"]["fr"], title=f"{word} {n}")
            CampaignPageFactory(parent=site.organisation["fr"], title=f"{word} a{n}", causes=causes)
            ChallengePageFactory(
                parent=site.organisation["fr"], title=f"{word} b{n}", causes=causes[n % 2 :]
            )
    search_page(client, "Xyzzy")  # the menus, the content types… kept after the first search

    def counted(words):
        with CaptureQueriesContext(connection) as captured:
            html = search_page(client, words)
        return len(captured), html

    few, few_html = counted("Zorglub")
    many, many_html = counted("Bulgroz")
    assert len(result_titles(few_html)) == 3
    assert len(result_titles(many_html)) == 10
    assert "Campagne (5)" in facet_links(many_html, "kind")
    assert few == many


@pytest.mark.django_db
def test_the_next_page_of_results_is_a_link_away(client, site):
    for n in range(RESULTS_PER_PAGE + 1):
        ArticlePageFactory(parent=site.indexes["articles"]["fr"], title=f"Zorglub {n}")
    html = search_page(client, "Zorglub")
    link = BeautifulSoup(html, "html.parser").select_one('a[rel="next"]')["href"]
    second = client.get("/fr/search/" + link).content.decode()
    assert len(result_titles(html)) == RESULTS_PER_PAGE
    assert len(result_titles(second)) == 1


@pytest.mark.django_db
def test_a_choice_that_leaves_nothing_stays_in_sight(client, site):
    environment = site.tags["environnement"]["fr"]
    CampaignPageFactory(parent=site.organisation["fr"], title="Zorglub trie", causes=[environment])
    ArticlePageFactory(parent=site.indexes["articles"]["fr"], title="Zorglub raconte")
    html = client.get(
        "/fr/search/", {"q": "Zorglub", "kind": "article", "cause": environment.slug}
    ).content.decode()
    assert result_titles(html) == []
    chosen = BeautifulSoup(html, "html.parser").select('.search-facets [aria-current="true"]')
    assert [a.get_text(" ", strip=True) for a in chosen] == [
        "Article (0)",
        f"{environment.name} (0)",
    ]

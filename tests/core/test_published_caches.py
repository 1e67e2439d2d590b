"""Each worker keeps what only a publish changes: which page a URL leads to, the site, the
header, footer and breadcrumbs, a page's language versions. Visitors see a change on their
next page view all the same."""

import pytest
from wagtail.models import Locale, Page, PageViewRestriction

from pages.models import Navigation
from tests.conftest import queries, translation_of


@pytest.mark.django_db
def test_a_page_visited_before_costs_fewer_queries(client, campaign):
    first_visit = queries(client, campaign.url)
    assert queries(client, campaign.url) <= first_visit - 4  # no walk down the tree, no menus


@pytest.mark.django_db
def test_a_renamed_page_moves_to_its_new_address_at_once(client, articles):
    article = articles[0]
    old_url = article.url
    assert client.get(old_url).status_code == 200
    article.slug = "un-nouveau-nom"
    article.save_revision().publish()
    assert client.get(old_url).status_code == 404
    new_url = Page.objects.get(pk=article.pk).url
    assert new_url.endswith("/un-nouveau-nom/")
    assert client.get(new_url).status_code == 200


@pytest.mark.django_db
def test_a_page_taken_offline_is_not_served_from_memory(client, articles):
    article = articles[0]
    assert client.get(article.url).status_code == 200
    article.unpublish()
    assert client.get(article.url).status_code == 404


@pytest.mark.django_db
def test_a_deleted_page_is_not_served_from_memory(client, articles):
    article = articles[0]
    assert client.get(article.url).status_code == 200
    article.delete()
    assert client.get(article.url).status_code == 404


@pytest.mark.django_db
def test_an_address_past_a_page_still_reaches_it(client, campaign):
    assert client.get(campaign.url).status_code == 200
    response = client.get(campaign.url + "join/")
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


@pytest.mark.django_db
def test_a_menu_change_shows_on_the_next_page(client, articles):
    assert client.get(articles[0].url).status_code == 200
    navigation = Navigation.objects.get(locale=Locale.objects.get(language_code="fr"))
    link = navigation.header_links[0]
    link.value["label"] = "Tout nouveau lien"
    navigation.save()
    html = client.get(articles[0].url).content.decode()
    assert "Tout nouveau lien" in html.split('class="main-nav"')[1].split("</nav>")[0]


@pytest.mark.django_db
def test_a_retitled_page_shows_in_the_breadcrumbs_of_its_children(client, articles):
    article = articles[0]
    assert client.get(article.url).status_code == 200
    index = article.get_parent().specific
    index.title = "Tous nos articles"
    index.save_revision().publish()
    html = client.get(article.url).content.decode()
    assert "Tous nos articles" in html.split('class="breadcrumbs')[1].split("</nav>")[0]


@pytest.mark.django_db
def test_a_withdrawn_translation_leaves_the_language_switcher_at_once(client, articles):
    article = articles[0]
    spanish = translation_of(article, "es")
    assert f'href="{spanish.url}"' in client.get(article.url).content.decode()
    spanish.unpublish()
    html = client.get(article.url).content.decode()
    switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
    assert spanish.url not in switcher
    assert 'hreflang="es"' not in html.split("</head>")[0]


@pytest.mark.django_db
def test_a_page_made_private_asks_for_a_log_in_at_once(client, articles):
    article = articles[0]
    assert client.get(article.url).status_code == 200
    assert article.title in client.get(article.get_parent().url).content.decode()
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert article.title not in client.get(article.get_parent().url).content.decode()


@pytest.mark.django_db
def test_a_section_made_private_asks_for_a_log_in_on_its_pages_at_once(client, articles):
    article = articles[0]
    assert client.get(article.url).status_code == 200
    PageViewRestriction.objects.create(
        page=article.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(article.url).status_code == 302
    PageViewRestriction.objects.all().delete()
    assert client.get(article.url).status_code == 200


@pytest.mark.django_db
def test_a_new_home_page_headline_shows_in_every_language_at_once(client, home):
    for language in ("fr", "es"):
        assert client.get(f"/{language}/").status_code == 200
    spanish = translation_of(home, "es")
    spanish.hero_heading = "Un titular nuevo"
    spanish.save_revision().publish()
    assert "Un titular nuevo" in client.get("/es/").content.decode()
    assert "Un titular nuevo" not in client.get("/fr/").content.decode()


@pytest.mark.django_db
def test_a_contribution_shows_its_edits_marks_and_author_at_once(client, challenge):
    from challenges.models import Contribution, ContributionMark
    from tests.challenges.test_challenges import contribute
    from volunteers.models import Profile

    contribution = contribute(challenge, "Première idée", "noor")
    Profile.objects.create(user=contribution.author, display_name="Noor", preferred_language="fr")

    def shown() -> str:
        html = client.get(challenge.url + "?sort=recent").content.decode()
        return html.split(f'id="contribution-{contribution.pk}"')[1].split("</li>")[0]

    assert "Première idée" in shown() and "Noor" in shown()
    Contribution.objects.filter(pk=contribution.pk).update(text="Idée revue et corrigée")
    reader = contribute(challenge, "Autre idée", "sami").author
    ContributionMark.objects.create(contribution=contribution, user=reader)
    assert "Idée revue et corrigée" in shown() and "Première idée" not in shown()
    assert "1 personne l’a trouvée utile" in shown()

    contribution.author.delete()
    assert "Noor" not in shown() and "Un ancien bénévole" in shown()


@pytest.mark.django_db
def test_a_new_site_address_shows_in_the_links_at_once(client, articles):
    from wagtail.models import Site

    assert "crowdtime.example" not in client.get(articles[0].url).content.decode()
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "crowdtime.example", 443
    site.save()
    html = client.get(articles[0].url).content.decode()
    assert f'rel="canonical" href="https://crowdtime.example{articles[0].url}"' in html


@pytest.mark.django_db
def test_how_long_fragments_are_kept_is_one_setting(client, articles, settings):
    """A change that sends no signal (an update in bulk) shows once the fragments drawn before
    it expire: at once when the setting keeps them for no time, in the templates too."""
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert client.get(articles[0].url).status_code == 200
    Navigation.objects.filter(locale__language_code="fr").update(footer_text="Un tout autre pied")
    html = client.get(articles[0].url).content.decode()
    assert "Un tout autre pied" in html.split('class="site-footer')[1]

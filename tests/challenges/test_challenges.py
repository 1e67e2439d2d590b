"""Challenges as visitors read them: status, follow-up, contributions in every language."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format

from challenges.models import Contribution, ContributionMark
from challenges.models.challenge import CONTRIBUTIONS_PER_PAGE
from tests.campaigns.test_campaign_admin import editor_of
from tests.conftest import index_of, translation_of
from tests.factories import (
    ArticlePageFactory,
    ChallengePageFactory,
    ContributionFactory,
    block,
    translate,
)


def contribute(challenge, text, username, **fields):
    user = get_user_model().objects.create_user(username, f"{username}@example.org")
    return Contribution.objects.create(
        challenge_key=challenge.translation_key, author=user, text=text, language="fr", **fields
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_contributions_belong_to_the_challenge_in_every_language(client, challenges, language):
    challenge = translation_of(challenges["open"], language)
    contribution = contribute(challenges["open"], "Une piste : la fondation du quartier.", "noa")
    html = client.get(challenge.url).content.decode()
    assert "Une piste : la fondation du quartier." in html
    assert f'lang="{contribution.language}"' in html


@pytest.mark.django_db
def test_a_solved_challenge_shows_its_follow_up_and_selected_contributions_first(
    client, challenges
):
    challenge = translation_of(challenges["solved"], "es")
    html = client.get(challenge.url).content.decode()
    assert "Lo que hicimos con ello" in html
    items = re.findall(r'<li class="contribution( selected)?"', html)
    selected = [bool(flag) for flag in items]
    assert selected[0] and selected == sorted(selected, reverse=True)


@pytest.mark.django_db
def test_an_open_challenge_hides_the_follow_up(client, challenge):
    challenge.follow_up = "<p>Pas encore.</p>"
    challenge.save_revision().publish()
    assert "Pas encore." not in client.get(challenge.url).content.decode()


@pytest.mark.django_db
def test_a_challenge_closes_at_its_deadline(challenge):
    challenge.deadline = timezone.now() - datetime.timedelta(minutes=1)
    assert challenge.status == "closed"


HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "Voir https://example.org/<b>gras</b>",
    "مرحبا بالمتطوعين 🌍",
]


@pytest.mark.django_db
@pytest.mark.parametrize("text", HOSTILE)
def test_nothing_a_volunteer_writes_is_rendered_as_html(client, challenge, text):
    contribute(challenge, text, "eve")
    html = client.get(challenge.url).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>gras</b>" not in html


@pytest.mark.django_db
def test_links_in_contributions_are_clickable_and_marked_as_user_content(client, challenge):
    contribute(challenge, "Regardez https://data.example.org/meteo", "ali")
    html = client.get(challenge.url).content.decode()
    assert re.search(r'<a href="https://data.example.org/meteo" rel="nofollow">', html)


@pytest.mark.django_db
def test_visitors_see_new_contributions_and_marks_at_once(client, challenge):
    first = contribute(challenge, "Une première idée.", "c1")
    assert "Une première idée." in client.get(challenge.url).content.decode()
    contribute(challenge, "Une deuxième idée.", "c2")
    ContributionMark.objects.create(
        contribution=first, user=get_user_model().objects.create_user("m1")
    )
    html = client.get(challenge.url).content.decode()
    assert "Une deuxième idée." in html
    first_item = html.split(f'id="contribution-{first.pk}"')[1].split("</li>")[0]
    assert "1 personne l’a trouvée utile" in first_item


@pytest.mark.django_db
def test_hidden_contributions_are_not_shown(client, challenge):
    contribute(challenge, "Un message signalé trois fois.", "zed", is_hidden=True)
    assert "Un message signalé trois fois." not in client.get(challenge.url).content.decode()


@pytest.mark.django_db
def test_contributions_sort_by_usefulness_or_date(client, challenge):
    older = contribute(challenge, "La plus utile.", "a1")
    older.created_at = timezone.now() - datetime.timedelta(days=1)
    older.save()
    contribute(challenge, "La plus récente.", "a2")
    for name in ("m1", "m2", "m3", "m4", "m5"):
        user = get_user_model().objects.create_user(name)
        ContributionMark.objects.create(contribution=older, user=user)
    useful = client.get(challenge.url).content.decode()
    recent = client.get(challenge.url, {"sort": "recent"}).content.decode()
    assert useful.index("La plus utile.") < useful.index("La plus récente.")
    assert recent.index("La plus récente.") < recent.index("La plus utile.")
    assert client.get(challenge.url, {"sort": "<x>"}).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("logged_in", [False, True])
def test_a_challenge_page_costs_the_same_queries_with_200_contributions_and_marks(
    client, challenge, django_assert_num_queries, logged_in
):
    contribute(challenge, "Une première idée.", "first")  # the list is read from then on
    reader = get_user_model().objects.create_user("reader")
    if logged_in:
        client.force_login(reader)
    client.get(challenge.url)
    cache.clear()  # measured with the counts coming from the database, before and after
    with CaptureQueriesContext(connection) as captured:
        client.get(challenge.url)
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"load{i}") for i in range(200)
    )
    contributions = Contribution.objects.bulk_create(
        Contribution(
            challenge_key=challenge.translation_key, author=user, text="Idée.", language="es"
        )
        for user in users
    )
    ContributionMark.objects.bulk_create(
        ContributionMark(contribution=contribution, user=user)
        for contribution in contributions
        for user in (reader, *users[:3])
        if contribution.author_id != user.pk
    )
    cache.clear()  # bulk inserts skip the signals that refresh the cached counts
    with django_assert_num_queries(len(captured)):
        html = client.get(challenge.url).content.decode()
    total = challenge.contributions().visible().count()
    assert html.count('id="contribution-') == CONTRIBUTIONS_PER_PAGE
    assert f"{total} contributions" in html
    assert (html.count('aria-pressed="true"') > 0) is logged_in
    last = client.get(
        challenge.url, {"page": -(-total // CONTRIBUTIONS_PER_PAGE), "sort": "recent"}
    )
    assert last.status_code == 200 and 'rel="prev"' in last.content.decode()
    assert client.get(challenge.url, {"page": 999}).status_code == 404


@pytest.mark.django_db
def test_the_index_filters_by_cause_skill_time_and_status(client, challenges):
    index = translation_of(index_of(challenges["open"]), "en")
    listed = client.get(index.url).context["challenges"]
    assert listed[0].status == "open"
    skill = challenges["open"].skills.first()
    from pages.models import Tag

    english_skill = Tag.objects.get(
        locale__language_code="en", translation_key=skill.translation_key
    )
    found = client.get(index.url, {"skill": english_skill.slug}).context["challenges"]
    assert challenges["open"].translation_key in [c.translation_key for c in found]
    quick = client.get(index.url, {"time": "15"}).context["challenges"]
    assert all(c.minutes <= 15 for c in quick)
    closed = client.get(index.url, {"status": "closed"}).context["challenges"]
    assert closed and all(c.status != "open" for c in closed)


@pytest.mark.django_db
def test_a_challenge_solved_before_its_deadline_is_listed_as_closed_until_taken_back(
    client, challenge, django_capture_on_commit_callbacks
):
    """Solved early, a challenge takes no more contributions (its page offers no form): the
    "Open" filter leaves it out from the organisation's choice on, though the listings were
    kept since they were last drawn, and the organisation's page lists it as done."""
    index = index_of(challenge)
    visitor = Client()

    def listed(**query) -> list[int]:
        return [c.pk for c in visitor.get(index.url, query).context["challenges"]]

    def on_organisation_page(heading: str) -> str:
        """The text of the organisation page's section `heading` ("now", "past")."""
        html = BeautifulSoup(visitor.get(challenge.get_parent().url).content, "html.parser")
        section = html.find("section", attrs={"aria-labelledby": f"{heading}-heading"})
        return section.get_text() if section else ""

    other = ChallengePageFactory(parent=challenge.get_parent(), deadline=challenge.deadline)
    assert challenge.pk in listed(status="open") and challenge.pk not in listed(status="closed")
    assert challenge.title in on_organisation_page("now")
    contribution = ContributionFactory(challenge=challenge)
    client.force_login(editor_of(challenge, "orga"))
    edit = f"/admin/contributions/edit/{contribution.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {"is_selected": "on"}).status_code == 302
    assert 'name="text"' not in visitor.get(challenge.url).content.decode()
    assert challenge.pk not in listed(status="open")
    assert challenge.pk in listed(status="closed")
    everything = listed()
    assert everything.index(other.pk) < everything.index(challenge.pk)  # after the open ones
    assert challenge.title in on_organisation_page("past")
    assert challenge.title not in on_organisation_page("now")

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, {}).status_code == 302  # the selection taken back
    assert challenge.pk in listed(status="open")
    assert challenge.title in on_organisation_page("now")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", [{"cause": "nope"}, {"skill": "<x>"}, {"time": "7"}, {"time": "abc"}, {"status": "x"}]
)
def test_unknown_challenge_filters_are_not_found(client, challenge, query):
    assert client.get(index_of(challenge).url, query).status_code == 404


@pytest.mark.django_db
def test_articles_embed_live_challenge_cards(client, site, challenges):
    chosen = challenges["open"]
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"],
        body=[block("challenge_card", {"challenge": chosen.pk})],
    )
    translate(article, "en", title="An article with a challenge", slug="with-a-challenge")
    before = client.get(translation_of(article, "en").url).content.decode()
    contribute(chosen, "Nouvelle idée.", "card")
    after = client.get(translation_of(article, "en").url).content.decode()
    assert translation_of(chosen, "en").title in after
    assert before != after


def card_date(client, challenge) -> str:
    """The last line of the challenge's card, in its listing."""
    html = client.get(index_of(challenge).url).content.decode()
    card = html[html.index(challenge.title) :]
    return re.search(r'<p class="meta">[^<]*', card).group(0)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "solved_on"),
    [("fr", "Résolu le 3 novembre 2026"), ("en", "Solved on Nov. 3, 2026")],
)
def test_a_challenge_solved_before_its_deadline_says_when_it_was_solved(
    client, challenge, language, solved_on
):
    translate(challenge, "en", title="A challenge solved early", slug="solved-early")
    contribute(
        challenge,
        "La bonne idée.",
        "early",
        is_selected=True,
        selected_at=datetime.datetime(2026, 11, 3, 12, tzinfo=datetime.UTC),
    )
    line = card_date(client, translation_of(challenge, language))
    assert solved_on in line
    assert "Clos" not in line and "Closed" not in line


@pytest.mark.django_db
def test_a_challenge_closed_without_a_selection_says_when_it_closed(client, challenges):
    challenge = challenges["closed"]
    with translation.override("fr"):
        closed_on = date_format(timezone.localtime(challenge.deadline), "DATE_FORMAT")
    assert f"Clos le {closed_on}" in card_date(client, challenge)


@pytest.mark.django_db
def test_a_challenge_is_solved_on_the_day_of_its_first_selection(challenge):
    first = contribute(challenge, "Première.", "first", is_selected=True)
    assert first.selected_at is not None
    contribute(challenge, "Seconde.", "second", is_selected=True)
    assert challenge.solved_at == first.selected_at
    first.is_selected = False
    first.save()
    assert first.selected_at is None


@pytest.mark.django_db
def test_a_contributions_language_covers_its_own_words_not_the_page_around_them(client, challenge):
    english = translate(challenge, "en", title="A challenge in English", slug="in-english")
    contribution = contribute(
        challenge, "Une piste : la fondation du quartier.", "lise", link="https://example.org/a"
    )
    html = client.get(english.url).content.decode()
    item = BeautifulSoup(html, "html.parser").find(id=f"contribution-{contribution.pk}")
    text = item.find(string=re.compile("Une piste")).find_parent(lang=True)
    assert text["lang"] == "fr"
    assert item.find("a", href="https://example.org/a").find_parent(lang=True)["lang"] == "fr"
    meta = item.find(class_="meta")
    assert "found it useful" in meta.get_text()
    assert meta.find_parent(lang=True).name == "html"  # the page's English

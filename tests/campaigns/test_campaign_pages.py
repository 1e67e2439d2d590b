import datetime
import re
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.template.loader import render_to_string
from django.utils import timezone, translation

from campaigns.models import CampaignPage, Progress
from campaigns.models.campaign import open_campaigns
from core.cache import empty_local_caches
from pages.models import Tag
from tests.conftest import index_of, queries, translation_of
from tests.factories import (
    ArticlePageFactory,
    CampaignPageFactory,
    ParticipationFactory,
    block,
    sign_ups_in_bulk,
    translate,
    trilingual,
)


def assert_same_cost(client, url, expected, django_assert_num_queries):
    cache.clear()
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_a_campaign_page_costs_the_same_queries_whatever_its_participants(
    client, campaign, django_assert_num_queries
):
    sign_ups_in_bulk(campaign, 5, impact_quantity=10)
    client.get(campaign.url)
    few = queries(client, campaign.url, afresh=True)
    sign_ups_in_bulk(campaign, 500, impact_quantity=10)
    assert_same_cost(client, campaign.url, few, django_assert_num_queries)


@pytest.mark.django_db
def test_the_campaign_index_costs_the_same_queries_whatever_its_campaigns(
    client, campaign, django_assert_num_queries, django_capture_on_commit_callbacks
):
    index = index_of(campaign)
    image = campaign.hero_image
    client.get(index.url)  # what Django keeps for good (content types, say)
    empty_local_caches()  # then, each time, the listing comes from the database
    few = queries(client, index.url, afresh=True)
    with django_capture_on_commit_callbacks(execute=True):  # as committed
        for number in range(6):
            page = index.add_child(
                instance=CampaignPage(
                    title=f"Campagne {number}",
                    slug=f"campagne-{number}",
                    summary="Résumé.",
                    opens_at=timezone.now() - datetime.timedelta(days=1),
                    closes_at=timezone.now() + datetime.timedelta(days=number + 1),
                    goal_participants=10,
                    hero_image=image,
                    hero_image_alt="Une illustration.",
                )
            )
            sign_ups_in_bulk(page, 20)
    empty_local_caches()
    assert_same_cost(client, index.url, few, django_assert_num_queries)


@pytest.mark.django_db
def test_the_index_lists_open_then_upcoming_then_finished(client, campaigns):
    index = translation_of(index_of(campaigns["open"]), "en")
    listed = [c.translation_key for c in client.get(index.url).context["campaigns"]]
    assert listed == [
        campaigns[state].translation_key
        for state in ("open", "just_opened", "upcoming", "finished")
    ]


@pytest.mark.django_db
def test_the_index_filters_by_cause_kind_of_action_and_time(client, campaigns):
    index = translation_of(index_of(campaigns["open"]), "es")
    litter = campaigns["just_opened"]
    cause = Tag.objects.get(
        locale__language_code="es", translation_key=litter.causes.first().translation_key
    )
    found = client.get(index.url, {"cause": cause.slug}).context["campaigns"]
    assert litter.translation_key in [c.translation_key for c in found]
    in_person = client.get(index.url, {"action": "in_person"}).context["campaigns"]
    assert {c.action_type for c in in_person} <= {"in_person", "both"}
    quick = client.get(index.url, {"time": "15"}).context["campaigns"]
    assert all(c.minutes_per_participant <= 15 for c in quick)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", [{"cause": "nope"}, {"action": "teleport"}, {"time": "-1"}, {"page": "zz"}]
)
def test_unknown_filters_are_not_found(client, campaign, query):
    index = index_of(campaign)
    assert client.get(index.url, query).status_code == 404


@pytest.mark.django_db
def test_the_page_shows_progress_time_given_impact_and_equivalences(client, campaigns):
    campaign = translation_of(campaigns["finished"], "en")
    figures = campaign.figures
    html = client.get(campaign.url).content.decode()
    assert f'aria-valuenow="{figures.participants}"' in html
    assert f'aria-valuemax="{campaign.goal_participants}"' in html
    assert f"{round(figures.participants * 100 / campaign.goal_participants)}% of the goal" in html
    hours = figures.participants * campaign.minutes_per_participant / 60
    assert f"{hours:,.0f}" in html or f"{hours:.1f}" in html
    per, label = campaign.equivalences[0].value["per"], campaign.equivalences[0].value["label"]
    assert f"{figures.impact // per:,} {label}" in html


def test_progress_past_the_goal_is_shown_as_such():
    progress = Progress(participants=130, goal=100)
    assert progress.percent == 130
    assert progress.bar_percent == 100
    assert progress.goal_mark_percent == pytest.approx(76.9)
    assert Progress(participants=25, goal=100).bar_percent == 25


@pytest.mark.django_db
def test_the_chart_is_svg_with_a_text_alternative(client, campaigns):
    html = client.get(campaigns["open"].url).content.decode()
    svg = re.search(r"<svg viewBox[^>]*>.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and "<desc" in svg and "<polyline" in svg
    assert "<table>" in html


@pytest.mark.django_db
def test_the_chart_counts_new_sign_ups_at_once(client, campaigns):
    campaign = campaigns["open"]

    def today_in_the_table() -> str:
        html = client.get(campaign.url).content.decode()
        rows = html.split("<tbody>")[1].split("</tbody>")[0]
        return rows.rsplit("<tr>", 1)[1]

    sign_ups_in_bulk(campaign, 3)
    before = today_in_the_table()
    sign_ups_in_bulk(campaign, 4)
    after = today_in_the_table()
    joined = lambda row: int(re.search(r"<td>(\d+)</td>", row).group(1))  # noqa: E731
    assert joined(after) == joined(before) + 4


@pytest.mark.django_db
def test_articles_embed_live_campaign_cards(client, site, campaign):
    card_campaign = campaign
    trilingual(card_campaign)
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"],
        body=[block("campaign_card", {"campaign": card_campaign.pk})],
    )
    trilingual(article)
    before = client.get(translation_of(article, "es").url).content.decode()
    sign_ups_in_bulk(card_campaign, 7)
    after = client.get(translation_of(article, "es").url).content.decode()
    count = lambda html: int(re.search(r'aria-valuenow="(\d+)"', html).group(1))  # noqa: E731
    assert count(after) == count(before) + 7
    assert translation_of(card_campaign, "es").title in after


@pytest.mark.django_db
def test_scheduled_campaigns_go_live_on_time(campaign):
    index = index_of(campaign)
    page = index.add_child(
        instance=CampaignPage(
            title="Bientôt",
            slug="bientot",
            summary="À venir.",
            live=False,
            opens_at=timezone.now(),
            closes_at=timezone.now() + datetime.timedelta(days=3),
            goal_participants=10,
        )
    )
    revision = page.save_revision(
        approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert revision.approved_go_live_at
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live


@pytest.mark.django_db
def test_editors_can_close_a_campaign_early(client, campaign):
    campaign.closed_early_at = timezone.now() - datetime.timedelta(minutes=5)
    campaign.save_revision().publish()
    assert campaign.status == "finished"
    html = client.get(campaign.url).content.decode()
    assert "Je participe" not in html


@pytest.mark.django_db
def test_every_listing_and_count_calls_open_the_campaigns_the_page_calls_open(client, site):
    """The query that lists, counts and reminds of open campaigns, and the index's order, agree
    with the status a campaign's page shows, whatever its dates and early close."""
    organisation = site.organisation["fr"]
    now = timezone.now()
    day = datetime.timedelta(days=1)

    def campaign(state, closed_early_in=None):
        closed_early_at = None if closed_early_in is None else now + closed_early_in * day
        return CampaignPageFactory(
            parent=organisation, state=state, closed_early_at=closed_early_at
        )

    expected = {
        campaign("upcoming"): "upcoming",
        campaign("open"): "open",
        campaign("finished"): "finished",
        campaign("open", closed_early_in=-1): "finished",
        campaign("open", closed_early_in=1): "open",
        # Closed early before it even opened.
        campaign("upcoming", closed_early_in=-1): "finished",
        campaign("upcoming", closed_early_in=10): "upcoming",
        # An early close later than its end changes nothing.
        campaign("finished", closed_early_in=1): "finished",
    }
    assert [page.status for page in expected] == list(expected.values())
    ours = CampaignPage.objects.filter(pk__in=[page.pk for page in expected])
    opened = ours.filter(open_campaigns(timezone.now()))
    assert set(opened.values_list("pk", flat=True)) == {
        page.pk for page, status in expected.items() if status == "open"
    }
    assert set(CampaignPage.open_now().filter(pk__in=ours).values_list("pk", flat=True)) == set(
        opened.values_list("pk", flat=True)
    )
    index = index_of(next(iter(expected)))
    listed = [
        page.status for page in client.get(index.url).context["campaigns"] if page in expected
    ]
    assert listed == sorted(expected.values(), key=["open", "upcoming", "finished"].index)


def new_campaign_form(title, slug, action="publish") -> dict:
    """What an editor posts to create an upcoming online campaign in the admin, and which
    button they press (publish, submit for review, or none: save a draft)."""
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = {
        "title": title,
        "slug": slug,
        "summary": "Une heure pour alléger son cloud.",
        "action_type": "online",
        "opens_at": (timezone.localtime() + datetime.timedelta(days=10)).strftime("%Y-%m-%d %H:%M"),
        "closes_at": (timezone.localtime() + datetime.timedelta(days=40)).strftime(
            "%Y-%m-%d %H:%M"
        ),
        "goal_participants": "200",
        "minutes_per_participant": "30",
        "instructions": streamfield(
            [
                ("step", {"title": "Ouvrir la galerie", "text": "Commencez par les doublons."}),
                (
                    "checklist",
                    {
                        "title": "Avant de commencer",
                        "items": streamfield([("item", "Une sauvegarde")]),
                    },
                ),
            ]
        ),
        "impact_unit": "photos supprimées",
        "equivalences": streamfield([("equivalence", {"per": "100", "label": "Mo libérés"})]),
        "updates": streamfield([]),
        "results": rich_text(""),
        "causes": "",
        f"action-{action}": action,
    }
    return nested_form_data(data)


@pytest.mark.django_db
def test_editors_create_a_campaign_in_the_admin(client, site):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("ed", "ed@example.org", "pw"))
    organisation = site.organisation["fr"]
    response = client.post(
        f"/admin/pages/add/campaigns/campaignpage/{organisation.pk}/",
        new_campaign_form("Trier ses photos", "trier-ses-photos"),
    )
    assert response.status_code == 302, response.context["form"].errors
    created = CampaignPage.objects.get(slug="trier-ses-photos")
    assert created.live and created.status == "upcoming"
    assert list(created.instructions[1].value["items"]) == ["Une sauvegarde"]


@pytest.mark.django_db
def test_the_figures_and_the_join_button_come_before_the_campaigns_text(client, campaigns):
    """Phones read the page in this order: no scrolling past the whole text to join."""
    campaign = campaigns["open"]
    html = client.get(campaign.url).content.decode()
    title = html.index("<h1>")
    figures = html.index('role="progressbar"')
    button = html.index(f'href="{campaign.url}join/"')
    text = html.index('id="about-heading"')
    assert title < figures < button < text


# gettext counts whole numbers; each language reads a figure with decimals by its own rule.
HOURS = [0.5, 0.96, 1.5, 2, 2.5]  # 0.96 is written 1


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("fr", ["0,5 heure", "1 heure", "1,5 heure", "2 heures", "2,5 heures"]),
        ("en", ["0.5 hours", "1 hour", "1.5 hours", "2 hours", "2.5 hours"]),
        ("es", ["0,5 horas", "1 hora", "1,5 horas", "2 horas", "2,5 horas"]),
        ("ca", ["0,5 hores", "1 hora", "1,5 hores", "2 hores", "2,5 hores"]),
    ],
)
def test_the_time_given_takes_the_plural_its_figure_takes_in_each_language(language, written):
    def time_given(hours) -> str:
        page = SimpleNamespace(hours_given=hours, impact_unit="")
        html = render_to_string("campaigns/includes/impact.html", {"page": page})
        return re.search(r"<dd>(.*?)</dd>", html).group(1)

    with translation.override(language):
        assert [time_given(hours) for hours in HOURS] == written


@pytest.mark.django_db
def test_a_campaign_page_says_one_and_a_half_hours_as_its_language_does(client, campaign):
    campaign.minutes_per_participant = 30
    campaign.save_revision().publish()
    ParticipationFactory(campaign=campaign, people=3)
    english = translate(campaign, "en", title="Half hours", slug="half-hours")
    assert "<dd>1,5 heure</dd>" in client.get(campaign.url).content.decode()
    assert "<dd>1.5 hours</dd>" in client.get(english.url).content.decode()

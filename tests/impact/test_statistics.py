"""The public statistics (issue 18): figures a reader can check by hand, the same in every
language and download, at most five minutes old, drawn at the same number of queries however
many sign-ups there are, and no personal data in any export."""

import csv
import datetime
import io
import json
import re
import types

import factory
import pytest
from django.core.cache import cache
from django.core.cache.backends import locmem
from django.template.loader import render_to_string
from django.utils import timezone, translation

from challenges.models import Contribution
from impact.charts import CauseChart, MonthChart
from impact.figures import CACHE_KEY, compute
from pages.models import Tag
from tests.conftest import queries
from tests.factories import (
    CampaignPageFactory,
    ChallengePageFactory,
    ContributionFactory,
    OrganisationPageFactory,
    ParticipationFactory,
    TagFactory,
    sign_ups_in_bulk,
    translate,
    trilingual_tag,
    volunteer,
)

PAGES = {"fr": "/fr/statistiques/", "en": "/en/statistics/", "es": "/es/estadisticas/"}
CSV, JSON = "crowdtime-statistics.csv", "crowdtime-statistics.json"


def paris(year, month, day) -> datetime.datetime:
    return datetime.datetime(
        year, month, day, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )


def csv_rows(client, language="fr") -> dict:
    response = client.get(PAGES[language] + CSV)
    assert response.status_code == 200
    reader = csv.DictReader(io.StringIO(response.content.decode()))
    return {(row["breakdown"], row["group"]): row for row in reader}


def build_recycling():
    """An organisation of its own, with one campaign and one challenge for a cause of its own,
    whose figures a reader can add up:

    - the campaign (30 minutes a participant, spring 2021, also in English): 1 person in March,
      2 then 3 (on the English page) in April, so 6 people and 3 hours;
    - the challenge (20 minutes): 3 contributions on show, one selected, and a hidden one, so
      3 people, 3 contributions, 1 hour and 1 challenge solved;
    - an unpublished campaign with 50 people, counted nowhere."""
    cause = trilingual_tag("recyclage", "recycling", "reciclaje", kind=Tag.Kind.CAUSE)
    organisation = OrganisationPageFactory(name="Ressourcerie du Coin")
    campaign = CampaignPageFactory(
        parent=organisation,
        causes=[cause["fr"]],
        minutes_per_participant=30,
        opens_at=paris(2021, 3, 1),
        closes_at=paris(2021, 4, 30),
    )
    translate(organisation, "en", slug="ressourcerie-en")
    english = translate(campaign, "en", title="Sorting day", slug="sorting-day")
    ParticipationFactory(campaign=campaign, people=1, joined_at=paris(2021, 3, 10))
    ParticipationFactory(campaign=campaign, people=2, joined_at=paris(2021, 4, 5))
    ParticipationFactory(campaign=english, people=3, joined_at=paris(2021, 4, 20), language="en")
    challenge = ChallengePageFactory(parent=organisation, causes=[cause["fr"]], minutes=20)
    ContributionFactory(challenge=challenge, is_selected=True)
    ContributionFactory.create_batch(2, challenge=challenge)
    ContributionFactory(challenge=challenge, is_hidden=True)
    withdrawn = CampaignPageFactory(parent=organisation, causes=[cause["fr"]])
    ParticipationFactory(campaign=withdrawn, people=10)
    withdrawn.unpublish()
    return organisation


def test_an_organisations_figures_add_up_as_a_reader_would(client, site):
    build_recycling()
    row = csv_rows(client)[("organisation", "Ressourcerie du Coin")]
    assert {name: row[name] for name in ("people", "hours", "contributions")} == {
        "people": "9",
        "hours": "4.0",
        "contributions": "3",
    }
    assert (row["challenges_solved"], row["campaigns"], row["challenges"]) == ("1", "1", "1")

    page = client.get(PAGES["fr"]).content.decode()
    cells = re.search(r"Ressourcerie du Coin</a></th>(.*?)</tr>", page).group(1)
    assert re.findall(r"<td>(.*?)</td>", cells) == ["9", "4", "3", "1", "1", "1"]


def test_the_totals_grow_by_exactly_what_was_given(site):
    before = compute().total
    build_recycling()
    after = compute().total
    assert after.people - before.people == 9
    assert after.minutes - before.minutes == 240
    assert after.contributions - before.contributions == 3
    assert after.challenges_solved - before.challenges_solved == 1
    assert after.campaigns - before.campaigns == 1  # once, though it has two languages
    assert after.challenges - before.challenges == 1
    assert after.organisations - before.organisations == 1


def test_a_cause_is_named_in_each_language_with_its_figures(client, site):
    build_recycling()
    for language, name in (("fr", "recyclage"), ("en", "recycling"), ("es", "reciclaje")):
        row = csv_rows(client, language)[("cause", name)]
        assert (row["people"], row["hours"], row["organisations"]) == ("9", "4.0", "1")
        assert f'<th scope="row">{name}</th>' in client.get(PAGES[language]).content.decode()


def test_months_hold_what_was_given_in_them_and_the_quiet_ones_show_zero(client, site):
    build_recycling()
    rows = csv_rows(client)
    assert (rows[("month", "2021-03")]["people"], rows[("month", "2021-03")]["hours"]) == (
        "1",
        "0.5",
    )
    assert rows[("month", "2021-03")]["campaigns"] == "1"  # it opened then
    assert (rows[("month", "2021-04")]["people"], rows[("month", "2021-04")]["hours"]) == (
        "5",
        "2.5",
    )
    assert rows[("month", "2021-05")]["people"] == "0"
    months = [group for breakdown, group in rows if breakdown == "month"]
    assert months == sorted(months)
    assert months[-1] == timezone.localdate().strftime("%Y-%m")


def test_the_page_says_how_old_its_figures_are_in_each_languages_format(client, site):
    as_of = timezone.localtime(compute().as_of)
    client.get(PAGES["fr"])  # the figures the next views are stamped with
    stamped = timezone.localtime(cache.get(CACHE_KEY).as_of)
    assert abs((stamped - as_of).total_seconds()) < 60
    french = client.get(PAGES["fr"]).content.decode()
    assert f'Chiffres à <time datetime="{stamped.isoformat()}">{stamped:%H:%M}' in french
    english = client.get(PAGES["en"]).content.decode()
    hour = stamped.strftime("%I").lstrip("0")
    assert re.search(
        rf"Figures as of <time [^>]+>({hour}(:{stamped:%M})? [ap]\.m\.|noon|midnight) on ", english
    )


def test_figures_are_at_most_five_minutes_old(client, site, settings, monkeypatch):
    """The shared cache keeps them five minutes less what the page cache adds on top."""
    settings.CACHE_MIDDLEWARE_SECONDS = 5
    organisation = OrganisationPageFactory(name="Atelier Vélo")
    campaign = CampaignPageFactory(parent=organisation)
    ParticipationFactory(campaign=campaign, people=2)

    def people():
        return csv_rows(client)[("organisation", "Atelier Vélo")]["people"]

    assert people() == "2"
    ParticipationFactory(campaign=campaign, people=5)
    clock = time_in_the_cache(monkeypatch)
    clock.seconds = 290
    assert people() == "2"  # still the figures of a moment ago
    clock.seconds = 296
    assert people() == "7"


def time_in_the_cache(monkeypatch):
    """The local-memory cache's clock, moved on by `.seconds`."""
    import time

    clock = types.SimpleNamespace(seconds=0)
    monkeypatch.setattr(
        locmem, "time", types.SimpleNamespace(time=lambda: time.time() + clock.seconds)
    )
    return clock


@pytest.mark.parametrize("path", [PAGES["fr"], PAGES["fr"] + CSV, PAGES["en"] + JSON])
def test_the_same_queries_with_ten_or_two_thousand_sign_ups(client, site, path):
    campaign = CampaignPageFactory(parent=site.organisation["fr"])
    challenge = ChallengePageFactory(parent=site.organisation["fr"], minutes=10)
    ParticipationFactory.create_batch(10, campaign=campaign)
    client.get(path)  # each worker's fragments: the menus, the footer, the sites

    def fresh_and_kept():
        cache.delete(CACHE_KEY)
        return queries(client, path), queries(client, path)

    few = fresh_and_kept()
    start = timezone.now() - datetime.timedelta(days=700)
    sign_ups_in_bulk(
        campaign,
        2000,
        people=factory.Iterator([1, 2, 3]),
        joined_at=factory.Iterator(start + datetime.timedelta(hours=8 * n) for n in range(2000)),
    )
    Contribution.objects.bulk_create(
        Contribution(
            challenge_key=challenge.translation_key,
            text=f"Idée {n}",
            language="fr",
            created_at=start + datetime.timedelta(hours=8 * n),
        )
        for n in range(2000)
    )
    many = fresh_and_kept()
    assert many == few
    assert few[1] < few[0]  # kept, the figures cost no query
    assert compute().by_organisation("fr")  # and they did grow:
    row = next(
        r for r in compute().by_organisation("fr") if r.name == site.organisation["fr"].title
    )
    assert row.figures.contributions >= 2000


def test_the_downloads_state_their_licence(client, site):
    csv_response = client.get(PAGES["fr"] + CSV)
    json_response = client.get(PAGES["fr"] + JSON)
    licence = "https://creativecommons.org/licenses/by/4.0/"
    for response in (csv_response, json_response):
        assert response["Link"] == f'<{licence}>; rel="license"'
        assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(csv_response.content.decode())))
    assert rows and all(licence in row["license"] and "CC BY 4.0" in row["license"] for row in rows)
    data = json.loads(json_response.content)
    assert data["license"]["name"] == "CC BY 4.0" and data["license"]["url"] == licence
    page = client.get(PAGES["fr"]).content.decode()
    assert f'href="{licence}" rel="license"' in page
    assert f'href="{PAGES["fr"]}{CSV}"' in page and f'href="{PAGES["fr"]}{JSON}"' in page


def test_the_json_holds_the_same_figures_as_the_csv(client, site):
    build_recycling()
    data = json.loads(client.get(PAGES["en"] + JSON).content)
    rows = csv_rows(client, "en")
    assert data["language"] == "en"
    assert data["source"] == "http://testserver/en/statistics/"
    assert str(data["total"]["people"]) == rows[("total", "")]["people"]
    cause = next(c for c in data["by_cause"] if c["cause"] == "recycling")
    assert (cause["people"], cause["hours"], cause["organisations"]) == (9, 4.0, 1)
    organisation = next(
        o for o in data["by_organisation"] if o["organisation"] == "Ressourcerie du Coin"
    )
    assert organisation["url"] == "http://testserver/en/organisations/ressourcerie-en/"
    assert {month["month"]: month["people"] for month in data["by_month"]}["2021-04"] == 5


def test_no_export_holds_a_persons_address_name_or_words(client, site):
    """Recognisable values in every personal field; none of them in the page or a download."""
    organisation = OrganisationPageFactory(
        name="Les Amis du Quartier", contact_email="secret-contact@association.example"
    )
    campaign = CampaignPageFactory(parent=organisation)
    challenge = ChallengePageFactory(parent=organisation)
    ParticipationFactory(
        campaign=campaign, email="zoe.secret@example.org", first_name="Zéphyrinette"
    )
    author = volunteer(display_name="Barnabette Cachée", user__username="barnabette-cachee")
    ContributionFactory(
        challenge=challenge,
        author=author,
        text="Mon idée très personnelle numéro 4711",
        link="https://perso.example/mon-blog",
    )
    secrets = [
        "zoe.secret@example.org",
        "Zéphyrinette",
        "Barnabette",
        "barnabette-cachee",
        author.email,
        "idée très personnelle",
        "perso.example",
        "secret-contact@association.example",
        "@",  # no address of any kind
    ]
    for language, page in PAGES.items():
        for path in (page + CSV, page + JSON):
            body = client.get(path).content.decode()
            assert "Les Amis du Quartier" in body  # the figures of this organisation are there
            assert not [secret for secret in secrets if secret in body], (language, path)
        shown = client.get(page).content.decode()
        assert not [secret for secret in secrets[:-1] if secret in shown], language


def test_a_name_a_spreadsheet_would_run_is_plain_text_in_the_csv(client, site):
    cause = TagFactory(
        name='=HYPERLINK("https://evil.example")', slug="formule", kind=Tag.Kind.CAUSE
    )
    CampaignPageFactory(parent=site.organisation["fr"], causes=[cause])
    body = client.get(PAGES["fr"] + CSV).content.decode()
    assert "cause,\"'=HYPERLINK(" in body
    assert ",=HYPERLINK" not in body and ',"=HYPERLINK' not in body


def test_the_page_in_every_language_links_to_the_others(client, site):
    for language, path in PAGES.items():
        response = client.get(path)
        assert response.status_code == 200
        page = response.content.decode()
        assert f'<html lang="{language}"' in page
        for other, other_path in PAGES.items():
            assert f'hreflang="{other}" href="http://testserver{other_path}"' in page
    assert client.get("/en/statistiques/").status_code == 404


def test_the_footer_links_to_the_statistics_in_each_language(client, site):
    for language, path in PAGES.items():
        home = client.get(site.homes[language].url).content.decode()
        footer = home[home.index("<footer") :]
        assert f'href="{path}"' in footer


def test_an_empty_site_says_it_has_no_figures_yet(client, site):
    from wagtail.models import Page

    from campaigns.models import CampaignPage
    from challenges.models import ChallengePage

    for page in [*CampaignPage.objects.all(), *ChallengePage.objects.all()]:
        Page.objects.filter(pk=page.pk).update(live=False)
    page = client.get(PAGES["es"]).content.decode()
    assert "Aún no hay cifras" in page
    assert "<svg" not in page[page.index("<main") :]


def test_the_charts_speak_their_figures(client, site):
    build_recycling()
    page = client.get(PAGES["en"]).content.decode()
    months = re.search(r'<desc id="months-chart-desc">(.*?)</desc>', page).group(1)
    assert months.startswith("From March 2021 to ")
    causes_chart = re.search(
        r'<svg[^>]*aria-labelledby="causes-chart-title causes-chart-desc"', page
    )
    assert causes_chart and '<title id="causes-chart-title">Hours given by cause</title>' in page
    assert '<caption id="months-caption">' in page and '<caption id="causes-caption">' in page


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", ["ont donné 1,5 heure.", "actif a été mars 2021, avec 1 heure.", "avec 1,5 heure."]),
        (
            "en",
            ["gave 1.5 hours.", "busiest month was March 2021, with 1 hour.", "with 1.5 hours."],
        ),
        ("es", ["dedicó 1,5 horas.", "activo fue marzo de 2021, con 1 hora.", "con 1,5 horas."]),
    ],
)
def test_the_charts_summaries_say_hours_as_each_language_does(language, said):
    months = MonthChart.of(
        [
            (datetime.date(2021, 3, 1), types.SimpleNamespace(hours=1)),
            (datetime.date(2021, 4, 1), types.SimpleNamespace(hours=0.5)),
        ]
    )
    hours = types.SimpleNamespace(hours=1.5)
    causes = CauseChart.of([types.SimpleNamespace(name="Recyclage", figures=hours)])
    with translation.override(language):
        summaries = [
            re.sub(r"\s+", " ", re.search(r"<desc[^>]*>(.*?)</desc>", html, re.S).group(1))
            for html in (
                render_to_string("impact/includes/month_chart.html", {"chart": months}),
                render_to_string("impact/includes/cause_chart.html", {"chart": causes}),
            )
        ]
    total, busiest, cause = said
    assert total in summaries[0] and busiest in summaries[0]
    assert cause in summaries[1]


def test_months_follow_the_sites_time_zone(site):
    organisation = OrganisationPageFactory(name="Minuit Pile")
    campaign = CampaignPageFactory(parent=organisation, opens_at=paris(2021, 1, 1))
    # 00:30 in Paris on 1 February is still January in UTC.
    ParticipationFactory(
        campaign=campaign,
        joined_at=datetime.datetime(2021, 1, 31, 23, 30, tzinfo=datetime.UTC),
    )
    months = dict(compute().months)
    assert months[datetime.date(2021, 2, 1)].people == 1
    assert months[datetime.date(2021, 1, 1)].people == 0

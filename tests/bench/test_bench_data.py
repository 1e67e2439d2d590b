"""The bench's generated load: only in the bench's own database, and of the size asked."""

import pytest
from django.core.management import CommandError, call_command

from campaigns.models import CampaignPage, Participation
from challenges.models import ChallengePage, Contribution
from challenges.models.challenge import CONTRIBUTIONS_PER_PAGE
from tests.conftest import queries


def test_bench_data_refuses_any_database_but_the_benchs(site):
    with pytest.raises(CommandError):
        call_command("load_bench_data", "--size", "5")
    assert not CampaignPage.objects.filter(slug="bench-campaign").exists()


def test_bench_data_grows_to_the_size_asked(site, settings):
    settings.BENCH = True
    for size in (5, 12):
        call_command("load_bench_data", "--size", str(size))
        campaign = CampaignPage.objects.get(slug="bench-campaign")
        challenge = ChallengePage.objects.get(slug="bench-challenge")
        assert Participation.objects.filter(campaign_key=campaign.translation_key).count() == size
        contributions = Contribution.objects.filter(challenge_key=challenge.translation_key)
        assert contributions.count() == size
    assert contributions.filter(useful_count__gt=0).count() > 0
    two_hundred = ChallengePage.objects.get(slug="bench-200")
    assert Contribution.objects.filter(challenge_key=two_hundred.translation_key).count() == 200


def test_a_page_of_contributions_in_other_languages_costs_what_a_french_one_costs(
    client, site, settings
):
    """The bench's pages as it measures them (bench/run.py): the translation links cost no
    query, and the translation a reader asks for one."""
    settings.BENCH = True
    settings.APERTIUM_URL = "http://127.0.0.1:9"  # offered; as in the bench, nothing answers
    call_command("load_bench_data", "--size", "5")
    french = ChallengePage.objects.get(slug="bench-200")
    languages = ChallengePage.objects.get(slug="bench-languages")
    shown = languages.contributions().first()
    translated = f"{languages.url}?translate={shown.pk}"
    for url in (french.url, languages.url, translated):
        client.get(url)  # what each worker keeps

    assert queries(client, languages.url) == queries(client, french.url)
    assert queries(client, translated) == queries(client, french.url) + 1
    html = client.get(languages.url).content.decode()
    assert html.count("?translate=") == CONTRIBUTIONS_PER_PAGE
    assert "Idée numéro" in client.get(translated).content.decode()


def test_the_statistics_page_costs_the_same_queries_at_two_sizes_of_bench_data(
    client, site, settings
):
    """As the bench measures it: the figures worked out afresh, then kept."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from impact.figures import CACHE_KEY

    settings.BENCH = True

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/fr/statistiques/").status_code == 200
        return len(captured)

    counts = []
    for size in (5, 300):
        call_command("load_bench_data", "--size", str(size))
        client.get("/fr/statistiques/")  # the menus and the footer, kept by the worker
        cache.delete(CACHE_KEY)
        counts.append((queries(), queries()))
    assert counts[0] == counts[1]


def test_a_digest_costs_the_same_queries_at_two_sizes_of_bench_data(site, settings):
    """As the bench measures it (bench/run.py): one volunteer's digest, built in the same
    number of queries whatever the number of new challenges and volunteers."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from bench.management.commands.load_digest_bench_data import period
    from volunteers import digests
    from volunteers.models import Profile

    settings.BENCH = True
    counts = []
    for size in (3, 12):
        call_command("load_digest_bench_data", "--size", str(size))
        assert ChallengePage.objects.filter(slug__startswith="bench-digest-").count() == size
        profile = Profile.objects.filter(user__username__startswith="bench-digest-").first()
        now = timezone.now()
        digests.build(profile, period(now), now)  # the site's paths, kept
        with CaptureQueriesContext(connection) as captured:
            email = digests.build(profile, period(now), now)
        assert "Bench digest challenge" in email.text
        counts.append(len(captured))
    assert Profile.objects.filter(user__username__startswith="bench-digest-").count() == 12
    assert counts[0] == counts[1]

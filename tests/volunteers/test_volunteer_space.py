"""A volunteer's own space: matching challenges, contributions, campaigns, data, deletion."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.models import CampaignPage, Participation
from challenges.models import ChallengePage, Contribution, ContributionMark
from core.durations import Duration
from volunteers.models import Profile

pytestmark = pytest.mark.usefixtures("demo")  # reads the demo site until converted to factories


@pytest.fixture
def ines(client, db):
    """A demo volunteer, with a verified address and a campaign sign-up."""
    user = get_user_model().objects.get(username="ines")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    campaign = next(
        c for c in CampaignPage.objects.filter(locale__language_code="fr") if c.status == "open"
    )
    Participation.join(
        campaign, email=user.email, people=2, language="fr", privacy_notice_version="test"
    )
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_the_dashboard_shows_matches_contributions_campaigns_and_totals(client, ines):
    response = client.get("/en/volunteer/")
    assert response.status_code == 200
    context = response.context
    profile = ines.volunteer_profile
    keys = {t.translation_key for t in [*profile.causes.all(), *profile.skills.all()]}
    for challenge in context["matches"]:
        assert challenge.status == "open" and challenge.minutes <= profile.time_available
        tags = {t.translation_key for t in [*challenge.causes.all(), *challenge.skills.all()]}
        assert tags & keys
        assert challenge.locale.language_code == "en"
    assert len(context["contributions"]) == Contribution.objects.filter(author=ines).count() > 0
    assert len(context["participations"]) == 1
    assert context["minutes_given"] > 0


@pytest.mark.django_db
def test_the_dashboard_costs_the_same_queries_however_much_a_volunteer_did(
    client, ines, django_assert_num_queries
):
    from pages.models import Tag

    profile = ines.volunteer_profile
    # Her answers keep the open challenges out of her matches: these need some to grow.
    open_challenges = ChallengePage.objects.filter(deadline__gt=timezone.now())
    ines.contributions.filter(challenge_key__in=open_challenges.values("translation_key")).delete()
    client.get("/es/volunteer/")  # renditions of the card images are made once, here
    with CaptureQueriesContext(connection) as before:
        matches_before = len(client.get("/es/volunteer/").context["matches"])
    queries = len(before)  # read now: the next request empties the query log

    profile.time_available = Duration.HOUR
    profile.save()
    profile.causes.set(Tag.objects.filter(kind="cause", locale__language_code="fr"))
    contributed = ines.contributions.count()
    # Closed ones: the open challenges she answered would leave the matches.
    challenges = ChallengePage.objects.filter(
        locale__language_code="fr", deadline__lte=timezone.now()
    )
    Contribution.objects.bulk_create(
        Contribution(challenge_key=c.translation_key, author=ines, text="Idée.", language="fr")
        for c in challenges.exclude(translation_key__in=ines.contributions.values("challenge_key"))
    )
    for campaign in CampaignPage.objects.filter(locale__language_code="fr"):
        Participation.join(
            campaign, email=ines.email, people=1, language="fr", privacy_notice_version="test"
        )
    client.get("/es/volunteer/")
    with django_assert_num_queries(queries):
        context = client.get("/es/volunteer/").context
    assert len(context["matches"]) > matches_before
    assert len(context["contributions"]) == ines.contributions.count() > contributed
    assert len(context["participations"]) > 1


@pytest.mark.django_db
def test_visitors_are_sent_to_log_in(client):
    response = client.get("/fr/volunteer/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.django_db
def test_a_volunteer_downloads_all_their_data(client, ines):
    response = client.get("/fr/volunteer/my-data/")
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["account"]["email"] == ines.email
    assert data["profile"]["display_name"] == "Inès"
    assert len(data["contributions"]) == Contribution.objects.filter(author=ines).count()
    assert data["campaigns_joined"][0]["people"] == 2


@pytest.mark.django_db
def test_deleting_the_account_keeps_contributions_anonymously_and_counts_right(client, ines):
    contributions = list(Contribution.objects.filter(author=ines).values_list("pk", flat=True))
    marks_given = ContributionMark.objects.filter(user=ines).count()
    total_marks = ContributionMark.objects.count()
    response = client.post("/fr/volunteer/delete/")
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="ines").exists()
    kept = Contribution.objects.filter(pk__in=contributions)
    assert kept.count() == len(contributions) and not kept.exclude(author=None).exists()
    assert ContributionMark.objects.count() == total_marks - marks_given
    challenge = ChallengePage.objects.get(
        locale__language_code="fr", translation_key=kept.first().challenge_key
    )
    assert "Un ancien bénévole" in client.get(challenge.url).content.decode()


@pytest.mark.django_db
def test_deleting_needs_a_confirmation(client, ines):
    response = client.get("/es/volunteer/delete/")
    assert response.status_code == 200
    assert get_user_model().objects.filter(username="ines").exists()


@pytest.mark.django_db
def test_a_volunteer_changes_their_causes_skills_and_time_in_any_language(client, ines):
    from pages.models import Tag

    page = client.get("/es/volunteer/profile/")
    assert page.status_code == 200
    checked = page.context["form"].initial["causes"]
    assert checked and set(
        Tag.objects.filter(pk__in=checked).values_list("locale__language_code", flat=True)
    ) == {"es"}
    science = Tag.objects.get(locale__language_code="es", kind="cause", name="ciencia")
    response = client.post(
        "/es/volunteer/profile/",
        {
            "display_name": "Inès B.",
            "preferred_language": "es",
            "time_zone": "America/Bogota",
            "causes": [science.pk],
            "skills": [],
            "time_available": "60",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=ines)
    assert profile.display_name == "Inès B." and profile.time_available == 60
    assert profile.time_zone == "America/Bogota"
    assert [t.translation_key for t in profile.causes.all()] == [science.translation_key]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields", [{"display_name": " "}, {"time_available": "9"}, {"causes": ["abc"]}]
)
def test_a_bad_profile_is_refused_with_a_message(client, ines, fields):
    data = {"display_name": "Inès", "preferred_language": "fr", "time_available": "15", **fields}
    response = client.post("/fr/volunteer/profile/", data)
    assert response.status_code == 400
    assert "errorlist" in response.content.decode()
    assert Profile.objects.get(user=ines).display_name == "Inès"

"""The staff's weekly digest: on Monday at 8:00 in their time zone, once, in their language,
each member of an organisation's staff hears how many people joined each of its campaigns
during the week (never who) and which contributions wait for a look, with links into the
admin; one e-mail with a section per organisation; nothing when nothing is new, nothing after
a click on its unsubscribe link, never another organisation's figures. Only staff are offered
the choice of it."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.users.models import UserProfile

from core import due_emails
from organisations import staff_digest
from organisations.tasks import send_staff_digests
from tests import emails
from tests.factories import (
    CampaignPageFactory,
    ChallengePageFactory,
    ContributionFactory,
    ContributionReportFactory,
    OrganisationPageFactory,
    ParticipationFactory,
    UserFactory,
    trilingual,
    volunteer,
)

MINUTE = datetime.timedelta(minutes=1)
DAY = datetime.timedelta(days=1)
WEEK = datetime.timedelta(days=7)
PARIS = "Europe/Paris"
MEXICO = "America/Mexico_City"


def monday(time_zone: str = PARIS) -> datetime.datetime:
    """A Monday at 8:00 there whose week before lies wholly ahead of now, so that only what a
    test dates in it is new (the shared site's rows are dated now)."""
    period = due_emails.current_period("weekly", time_zone, timezone.now() + 2 * WEEK)
    return period.starts_at


def staff(*organisations, language="fr", name="Camille", **fields):
    user = UserFactory(first_name=name, **fields)
    for organisation in organisations:
        user.groups.add(organisation.staff_group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def joined(campaign, when, people=1, **fields):
    return ParticipationFactory(campaign=campaign, joined_at=when, people=people, **fields)


@pytest.fixture
def terre(site):
    emails.name_the_site()
    return OrganisationPageFactory(name="Terre & Mer")


@pytest.fixture
def rivage(site):
    return OrganisationPageFactory(name="Rivages solidaires")


@pytest.mark.django_db
def test_the_digest_leaves_on_monday_at_eight_once_with_the_weeks_figures(terre):
    moment = monday()
    camille = staff(terre)
    planting = CampaignPageFactory(parent=terre, title="Planter des haies")
    counting = CampaignPageFactory(parent=terre, title="Compter les oiseaux")
    joined(planting, moment - 2 * DAY, people=3, email="lea@example.org", first_name="Léa")
    joined(planting, moment - 3 * DAY, people=2)
    joined(counting, moment - 6 * DAY)
    joined(counting, moment - WEEK - MINUTE)  # the week before: told then
    slogan = ChallengePageFactory(parent=terre, title="Un slogan pour la fête")
    ContributionFactory(challenge=slogan, created_at=moment - DAY)
    ContributionFactory(challenge=slogan, created_at=moment - 3 * WEEK)

    due_emails.run(now=moment - MINUTE)
    assert mail.outbox == []
    due_emails.run(now=moment + MINUTE)
    due_emails.run(now=moment + 2 * MINUTE)
    due_emails.run(now=moment + 2 * datetime.timedelta(hours=1))  # after a lost batch's hour
    (message,) = mail.outbox
    assert message.to == [camille.email]
    # The subject is text: the organisation's "&" as it is written.
    assert message.subject == "Terre & Mer\u00a0: inscriptions et contributions de la semaine"
    text = emails.check(
        message,
        "fr",
        name="Camille",
        expect=["Planter des haies", "Compter les oiseaux", "Un slogan pour la fête"],
        hidden=["lea@example.org", "Léa", "participant"],
    )
    assert "Planter des haies, 5 personnes inscrites" in text
    assert "Compter les oiseaux, 1 personne inscrite" in text
    assert "Un slogan pour la fête, 2 en attente, dont 1 nouvelle" in text
    html = emails.parts(message)[1]
    assert "Terre &amp; Mer" in html
    assert f'href="http://testserver/admin/pages/{planting.pk}/edit/"' in html
    assert 'href="http://testserver/admin/participants/"' in html
    assert 'href="http://testserver/admin/contributions/"' in html
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "/fr/unsubscribe/" in message.extra_headers["List-Unsubscribe"]

    # Next week, nothing came: the contribution still waits, but it was told.
    due_emails.run(now=moment + WEEK + MINUTE)
    assert len(mail.outbox) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_digest_in_the_language_of_their_admin(site, language):
    emails.name_the_site()
    moment = monday()
    versions = trilingual(CampaignPageFactory(parent=site.organisation["fr"]))
    joined(versions["fr"], moment - DAY, people=2)
    maria = staff(site.organisation["fr"], language=language, name="María")
    due_emails.run(now=moment + MINUTE)
    (message,) = mail.outbox
    assert message.to == [maria.email]
    text = emails.check(
        message,
        language,
        name="María",
        expect=[versions[language].title, site.organisation[language].title],
    )
    people = {"fr": "2 personnes inscrites", "en": "2 people joined", "es": "2 personas"}
    assert people[language] in text
    assert f"/{language}/unsubscribe/" in message.extra_headers["List-Unsubscribe"]


@pytest.mark.django_db
def test_the_admins_language_first_then_the_volunteer_profiles(terre):
    moment = monday()
    joined(CampaignPageFactory(parent=terre), moment - DAY)
    lucia = volunteer(display_name="Lucía", preferred_language="es")
    lucia.groups.add(terre.staff_group)  # no language chosen in the admin
    due_emails.run(now=moment + MINUTE)
    (message,) = mail.outbox
    emails.check(message, "es", name="Lucía")


@pytest.mark.django_db
def test_at_eight_in_their_time_zone_the_volunteer_profiles_else_the_admins(terre):
    moment = monday(MEXICO)  # 8:00 in Mexico City, 15:00 or 16:00 in Paris
    joined(CampaignPageFactory(parent=terre), moment - DAY)
    in_paris = staff(terre, name="Camille")
    volunteering = volunteer(time_zone=MEXICO)
    volunteering.groups.add(terre.staff_group)
    in_the_admin = staff(terre, name="Inès")
    admin_profile = UserProfile.get_for_user(in_the_admin)
    admin_profile.current_time_zone = MEXICO
    admin_profile.save()
    paris_moment = monday(PARIS)
    assert paris_moment < moment

    due_emails.run(now=paris_moment + MINUTE)
    assert [message.to for message in mail.outbox] == [[in_paris.email]]
    due_emails.run(now=moment - MINUTE)
    assert len(mail.outbox) == 1
    due_emails.run(now=moment + MINUTE)
    assert sorted(message.to[0] for message in mail.outbox[1:]) == sorted(
        [volunteering.email, in_the_admin.email]
    )


@pytest.mark.django_db
def test_a_time_zone_that_tzdata_no_longer_knows_stops_nothing(terre):
    moment = monday()
    joined(CampaignPageFactory(parent=terre), moment - DAY)
    lost = staff(terre)
    UserProfile.objects.filter(user=lost).update(current_time_zone="Europe/Atlantis")
    due_emails.run(now=moment + MINUTE)  # 8:00 in Paris, the site's time zone
    assert [message.to for message in mail.outbox] == [[lost.email]]


@pytest.mark.django_db
def test_one_email_with_a_section_per_organisation_and_none_of_another(terre, rivage):
    moment = monday()
    joined(CampaignPageFactory(parent=terre, title="Planter des haies"), moment - DAY)
    joined(CampaignPageFactory(parent=rivage, title="Nettoyer la plage"), moment - DAY, people=4)
    hidden = ChallengePageFactory(parent=rivage, title="Relire la charte")
    reported = ContributionFactory(challenge=hidden, created_at=moment - DAY, is_hidden=True)
    ContributionReportFactory(contribution=reported)
    of_terre = staff(terre, name="Camille")
    of_both = staff(terre, rivage, name="Noé")
    of_rivage = staff(rivage, name="Sacha")

    due_emails.run(now=moment + MINUTE)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == 3
    terre_only = emails.check(by_recipient[of_terre.email], "fr", name="Camille")
    assert "Planter des haies" in terre_only
    for word in ("Rivages solidaires", "Nettoyer la plage", "Relire la charte", "4 pers"):
        assert word not in terre_only and word not in emails.parts(by_recipient[of_terre.email])[1]
    rivage_only = emails.check(by_recipient[of_rivage.email], "fr", name="Sacha")
    assert "Nettoyer la plage, 4 personnes" in rivage_only
    assert "Relire la charte, 1 en attente, dont 1 nouvelle" in rivage_only
    assert "Terre & Mer" not in rivage_only and "Planter des haies" not in rivage_only
    both = by_recipient[of_both.email]
    assert both.subject == "Vos organisations\u00a0: inscriptions et contributions de la semaine"
    text = emails.check(both, "fr", name="Noé", expect=["Planter des haies", "Nettoyer la plage"])
    # A section per organisation, in the order of their names.
    assert text.index("Rivages solidaires") < text.index("Nettoyer la plage")
    assert text.index("Nettoyer la plage") < text.index("Terre & Mer")
    assert text.index("Terre & Mer") < text.index("Planter des haies")


@pytest.mark.django_db
def test_nothing_new_nothing_sent(terre, rivage):
    moment = monday()
    camille = staff(terre, rivage)
    CampaignPageFactory(parent=terre)
    challenge = ChallengePageFactory(parent=terre)
    ContributionFactory(challenge=challenge, created_at=moment - 2 * WEEK)  # waits, not new
    # New this week, but chosen already: nothing waits.
    solved = ChallengePageFactory(parent=rivage)
    ContributionFactory(challenge=solved, created_at=moment - DAY)
    ContributionFactory(challenge=solved, created_at=moment - 2 * WEEK, is_selected=True)

    assert due_emails.run(now=moment + MINUTE) >= 1
    assert mail.outbox == []
    # The week is settled: later runs do not queue it again.
    assert staff_digest.key(camille.pk, period_at(moment)) in sent_keys()
    assert due_emails.run(now=moment + 2 * datetime.timedelta(hours=1)) == 0


def period_at(moment):
    return due_emails.current_period("weekly", PARIS, moment)


def sent_keys():
    from core.models import SentEmail

    return set(SentEmail.objects.values_list("key", flat=True))


@pytest.mark.django_db
def test_one_click_stops_it_and_the_admin_account_shows_and_changes_the_choice(client, terre):
    moment = monday()
    campaign = CampaignPageFactory(parent=terre)
    joined(campaign, moment - DAY)
    camille = staff(terre)
    due_emails.run(now=moment + MINUTE)
    (message,) = mail.outbox
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert url in emails.parts(message)[1] and url in message.body
    response = Client().post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200

    joined(campaign, moment + WEEK - DAY)
    due_emails.run(now=moment + WEEK + MINUTE)
    assert len(mail.outbox) == 1

    client.force_login(camille)
    box = "staff_emails-email_staff-digest"
    assert account_boxes(client) == {box: False}
    response = client.post("/admin/account/", {**account_form(camille), box: "on"})
    assert response.status_code == 302
    assert account_boxes(client) == {box: True}
    joined(campaign, moment + 2 * WEEK - DAY)
    due_emails.run(now=moment + 2 * WEEK + MINUTE)
    assert len(mail.outbox) == 2


def account_boxes(client) -> dict:
    html = client.get("/admin/account/").content.decode()
    return {
        name: "checked" in tag
        for tag in re.findall(r"<input[^>]*>", html)
        if (name := re.search(r'name="([^"]+)"', tag).group(1)).startswith("staff_emails")
    }


def account_form(user) -> dict:
    return {
        "name_email-first_name": user.first_name,
        "name_email-last_name": user.last_name or "Martin",
        "name_email-email": user.email,
        "locale-preferred_language": "fr",
        "locale-current_time_zone": "",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "theme-keyboard_shortcuts": "on",
    }


@pytest.mark.django_db
def test_only_staff_are_offered_the_choice_of_it(client, terre):
    someone = volunteer(display_name="Lou")
    client.force_login(someone)
    form = client.get("/fr/volunteer/profile/").context["form"]
    assert "email_challenge-reminders" in form.fields
    assert "email_staff-digest" not in form.fields

    on_the_staff = volunteer(display_name="Camille")
    on_the_staff.groups.add(terre.staff_group)
    client.force_login(on_the_staff)
    form = client.get("/fr/volunteer/profile/").context["form"]
    assert "email_staff-digest" in form.fields
    assert account_boxes(client) == {"staff_emails-email_staff-digest": True}

    editor = UserFactory(is_superuser=True)
    client.force_login(editor)
    assert account_boxes(client) == {}


@pytest.mark.django_db
def test_the_same_queries_for_one_organisation_or_many_and_few_sign_ups_or_many(
    site, django_assert_max_num_queries
):
    emails.name_the_site()
    moment = monday()
    first_day = period_at(moment).first_day.isoformat()

    def organisation_with(campaigns: int, sign_ups: int, challenges: int):
        organisation = OrganisationPageFactory()
        for _ in range(campaigns):
            campaign = CampaignPageFactory(parent=organisation)
            for _ in range(sign_ups):
                joined(campaign, moment - DAY)
        for _ in range(challenges):
            ContributionFactory(
                challenge=ChallengePageFactory(parent=organisation), created_at=moment - DAY
            )
        return organisation

    few = staff(organisation_with(1, 1, 1))
    many = staff(*(organisation_with(3, 4, 2) for _ in range(3)))
    with CaptureQueriesContext(connection) as queries:
        send_staff_digests.call([[few.pk, first_day, PARIS]])
    with django_assert_max_num_queries(len(queries.captured_queries)):
        send_staff_digests.call([[many.pk, first_day, PARIS]])
    assert [message.to for message in mail.outbox] == [[few.email], [many.email]]
    assert mail.outbox[1].body.count("4 personnes inscrites") == 9
    assert mail.outbox[1].body.count("1 en attente, dont 1 nouvelle") == 6

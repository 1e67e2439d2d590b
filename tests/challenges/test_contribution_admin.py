import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from challenges.models import Contribution
from tests.campaigns.test_campaign_admin import editor_of
from tests.factories import ChallengePageFactory, ContributionFactory, volunteer


@pytest.fixture
def two_challenges(site):
    """Two open challenges of the site's organisation, each with a contribution from a
    volunteer who reads Spanish and one from a volunteer who reads French."""
    challenges = [ChallengePageFactory(parent=site.organisation["fr"]) for _ in range(2)]
    for challenge in challenges:
        for language in ("es", "fr"):
            ContributionFactory(challenge=challenge, author=volunteer(preferred_language=language))
    return challenges


@pytest.mark.django_db
def test_moderators_see_and_hide_only_the_contributions_of_their_challenges(client, two_challenges):
    mine, other = two_challenges
    client.force_login(editor_of(mine, "modo"))
    listed = client.get("/admin/contributions/").context["object_list"]
    assert {c.challenge_key for c in listed} == {mine.translation_key}

    contribution = Contribution.objects.for_challenge(mine).first()
    response = client.post(f"/admin/contributions/edit/{contribution.pk}/", {"is_hidden": "on"})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.is_hidden
    assert contribution.text not in client.get(mine.url).content.decode()

    foreign = Contribution.objects.for_challenge(other).first()
    assert client.get(f"/admin/contributions/edit/{foreign.pk}/").status_code == 404
    assert (
        client.post(f"/admin/contributions/edit/{foreign.pk}/", {"is_hidden": "on"}).status_code
        == 404
    )


@pytest.mark.django_db
def test_selecting_a_contribution_emails_its_author_in_their_language(
    client, two_challenges, django_capture_on_commit_callbacks
):
    challenge = two_challenges[0]
    client.force_login(editor_of(challenge, "orga"))
    contribution = (
        Contribution.objects.for_challenge(challenge)
        .filter(is_selected=False, author__volunteer_profile__preferred_language="es")
        .first()
        or Contribution.objects.for_challenge(challenge).filter(is_selected=False).first()
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/contributions/edit/{contribution.pk}/", {"is_selected": "on"})
    contribution.refresh_from_db()
    assert contribution.is_selected
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [contribution.author.email]
    language = contribution.author.volunteer_profile.preferred_language
    greeting = {"fr": "Bonjour", "en": "Hello", "es": "Hola"}[language]
    assert mail.outbox[0].body.startswith(greeting)


@pytest.mark.django_db
def test_publishing_a_follow_up_emails_every_contributor_once(
    two_challenges, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    from volunteers.models import Profile

    challenge = two_challenges[0]
    authors = []
    for name, language in (("fu1", "es"), ("fu2", "en")):
        user = get_user_model().objects.create_user(name, f"{name}@example.org")
        Profile.objects.create(user=user, display_name=name, preferred_language=language)
        Contribution.objects.create(
            challenge_key=challenge.translation_key,
            author=user,
            text="Idée.",
            language=language,
            is_selected=name == "fu1",
        )
        authors.append(user)
    challenge.follow_up = "<p>Nous avons imprimé 150 affiches.</p>"
    with django_capture_on_commit_callbacks(execute=True):
        challenge.save_revision().publish()
    contributors = Contribution.objects.for_challenge(challenge).exclude(author=None)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(c.author.email for c in contributors)
    assert all("150 affiches" in m.body for m in mail.outbox)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        challenge.save_revision().publish()
    assert mail.outbox == []


@pytest.fixture
def moderator(db):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("modo", "modo@example.org", "pw")
    user.groups.add(Group.objects.get(name="Contribution moderators"))
    return user


@pytest.mark.django_db
def test_contribution_moderators_hide_and_restores_on_every_challenge_but_selects_nothing(
    client, two_challenges, moderator
):
    client.force_login(moderator)
    listed = client.get("/admin/contributions/").context["paginator"]
    assert listed.count == Contribution.objects.count()

    contribution = (
        Contribution.objects.for_challenge(two_challenges[1]).filter(is_selected=False).first()
    )
    url = f"/admin/contributions/edit/{contribution.pk}/"
    assert client.post(url, {"is_hidden": "on", "is_selected": "on"}).status_code == 302
    contribution.refresh_from_db()
    assert contribution.is_hidden and not contribution.is_selected
    client.post(url, {})
    contribution.refresh_from_db()
    assert not contribution.is_hidden

    assert client.post(f"/admin/contributions/delete/{contribution.pk}/").status_code == 403
    assert Contribution.objects.filter(pk=contribution.pk).exists()
    assert client.get("/admin/participants/").status_code == 403
    assert (
        client.get(f"/admin/pages/{two_challenges[0].pk}/edit/").status_code == 404
    )  # not theirs: not found

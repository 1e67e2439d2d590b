"""Logged-in volunteers contribute, edit their contribution, mark and report others'."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from challenges.models import Contribution, ContributionMark
from tests.conftest import translation_of
from tests.factories import trilingual


def volunteer(name) -> Client:
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def send(
    client, challenge, text="Une piste : la fondation Lumière finance ces ateliers.", **fields
):
    return client.post(challenge.url + "contribute/", {"text": text, **fields})


@pytest.mark.django_db
def test_a_volunteer_contributes_and_sees_it_at_once_in_every_language(challenge):
    trilingual(challenge)
    ana = volunteer("ana")
    english = translation_of(challenge, "en")
    response = send(ana, english, link="https://fondation.example.org/")
    assert response.status_code == 302
    contribution = Contribution.objects.get(author=ana.user)
    assert contribution.language == "en"
    assert contribution.challenge_key == challenge.translation_key
    assert "la fondation Lumière" in ana.get(translation_of(challenge, "es").url).content.decode()


@pytest.mark.django_db
def test_a_second_contribution_edits_the_first_one(challenge):
    ana = volunteer("ana")
    send(ana, challenge)
    send(ana, challenge, text="Finalement : la région.")
    assert list(Contribution.objects.filter(author=ana.user).values_list("text", flat=True)) == [
        "Finalement : la région."
    ]


@pytest.mark.django_db
def test_nobody_edits_someone_elses_contribution(challenge):
    send(volunteer("ana"), challenge)
    theirs = Contribution.objects.get(author__username="ana")
    response = volunteer("bob").post(
        f"{challenge.url}contributions/{theirs.pk}/edit/", {"text": "Pirate."}
    )
    assert response.status_code == 403
    theirs.refresh_from_db()
    assert theirs.text != "Pirate."


@pytest.mark.django_db
def test_visitors_cannot_contribute_and_are_invited_to_sign_up(client, challenge):
    assert send(client, challenge).status_code == 403
    html = client.get(challenge.url).content.decode()
    assert "/fr/accounts/signup/?next=" in html


@pytest.mark.django_db
def test_a_closed_challenge_takes_no_contribution(challenge):
    challenge.deadline = timezone.now() - datetime.timedelta(minutes=1)
    challenge.save_revision().publish()
    response = send(volunteer("ana"), challenge)
    assert response.status_code == 403
    assert "fermé" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("", 400),
        ("   ", 400),
        ("x" * 20_000, 400),
        ("<script>alert(1)</script>", 302),
        ("مرحبا 🌍 שלום", 302),
    ],
)
def test_bad_contributions_get_a_clear_answer_never_an_error(challenge, text, status):
    ana = volunteer("ana")
    response = send(ana, challenge, text=text)
    assert response.status_code == status
    html = ana.get(challenge.url).content.decode() if status == 302 else response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if status == 400:
        assert 'class="error"' in html
        assert not Contribution.objects.filter(author=ana.user).exists()


@pytest.mark.django_db
def test_marks_count_once_can_be_withdrawn_and_never_on_ones_own(challenge):
    ana, bob = volunteer("ana"), volunteer("bob")
    send(ana, challenge)
    contribution = Contribution.objects.get(author=ana.user)
    url = f"{challenge.url}contributions/{contribution.pk}/useful/"
    assert ana.post(url).status_code == 403
    bob.post(url)
    assert ContributionMark.objects.filter(contribution=contribution).count() == 1
    bob.post(url)
    assert ContributionMark.objects.filter(contribution=contribution).count() == 0


@pytest.mark.django_db
def test_three_reports_hide_a_contribution_until_a_moderator_looks(client, challenge):
    send(volunteer("ana"), challenge, text="Un message douteux.")
    contribution = Contribution.objects.get(author__username="ana")
    url = f"{challenge.url}contributions/{contribution.pk}/report/"
    reporter = volunteer("r1")
    reporter.post(url)
    reporter.post(url)  # twice by one volunteer counts once
    assert "Un message douteux." in client.get(challenge.url).content.decode()
    volunteer("r2").post(url)
    volunteer("r3").post(url)
    contribution.refresh_from_db()
    assert contribution.is_hidden
    assert "Un message douteux." not in client.get(challenge.url).content.decode()


@pytest.mark.django_db
def test_contributing_needs_a_csrf_token(challenge):
    user = get_user_model().objects.create_user("csrf", "csrf@example.org", "pw")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert send(client, challenge).status_code == 403
    assert not Contribution.objects.filter(author=user).exists()


@pytest.mark.django_db
def test_contributing_is_rate_limited(challenge, settings, ratelimit_clock):
    settings.CHALLENGE_ACTION_RATE = "2/m"
    ana = volunteer("ana")
    statuses = [send(ana, challenge, text=f"Idée {i}").status_code for i in range(4)]
    assert statuses == [302, 302, 429, 429]


@pytest.mark.django_db
def test_the_usefulness_count_follows_marks_withdrawals_and_deleted_accounts(challenge):
    send(volunteer("ana"), challenge)
    contribution = Contribution.objects.get(author__username="ana")
    bob, eve = volunteer("bob"), volunteer("eve")
    for client in (bob, eve, bob, bob):  # bob marks, withdraws, marks again
        client.post(f"{challenge.url}contributions/{contribution.pk}/useful/")
    contribution.refresh_from_db()
    assert contribution.useful_count == 2 == contribution.marks.count()
    eve.user.delete()
    contribution.refresh_from_db()
    assert contribution.useful_count == 1 == contribution.marks.count()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "http://user:pw@evil.com/",
        "http://evil.com\\@good.com/",
        "https://exa mple.com/",
        "https://example.org/\tx",
        "http://[::1",
        "http://evil\x1f.com/",
        "https://ex\u202eample.com/",
        "//evil.com/",
        "ftp://example.org/file",
        "http://127.0.0.1:8000/admin/",
        "http://127.1/",
        "http://[::1]/",
        "http://localhost/",
        "https://exa%6Dple.com/",
    ],
)
def test_hostile_links_are_refused_with_a_message_and_store_nothing(challenge, link):
    response = send(volunteer("eve"), challenge, link=link)
    assert response.status_code == 400
    assert "Donnez l’adresse d’une page web publique" in response.content.decode()
    assert not Contribution.objects.filter(author__username="eve").exists()


@pytest.mark.django_db
def test_a_100_kb_link_is_refused_as_too_long(challenge):
    response = send(volunteer("eve"), challenge, link="https://example.org/" + "a" * 100_000)
    assert response.status_code == 400
    assert "au plus 500 caractères" in response.content.decode()
    assert not Contribution.objects.filter(author__username="eve").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("link", "stored"),
    [
        ("HTTPS://Fondation.Example.ORG/Appel", "https://fondation.example.org/Appel"),
        ("fondation.example.org/appel", "https://fondation.example.org/appel"),
        ("https://medium.com/@fondation", "https://medium.com/@fondation"),
        ("http://例え.jp/ページ", "http://xn--r8jz45g.jp/%E3%83%9A%E3%83%BC%E3%82%B8"),
        ("https://fr.wikipedia.org/wiki/Été", "https://fr.wikipedia.org/wiki/%C3%89t%C3%A9"),
    ],
)
def test_links_are_stored_in_one_plain_form(challenge, link, stored):
    ana = volunteer("ana")
    assert send(ana, challenge, link=link).status_code == 302
    assert Contribution.objects.get(author=ana.user).link == stored
    html = ana.get(challenge.url).content.decode()
    assert f'<a href="{stored}" rel="nofollow ugc noopener">' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "http://user:pw@evil.com/", "https://exa mple.com/"]
)
def test_unsafe_links_stored_before_the_check_are_not_shown(client, challenge, link):
    Contribution.objects.create(
        challenge_key=challenge.translation_key, text="Ancienne.", link=link, language="fr"
    )
    html = client.get(challenge.url).content.decode()
    assert "Ancienne." in html
    assert "javascript:" not in html and "evil.com" not in html and "exa mple" not in html

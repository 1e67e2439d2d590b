"""Organisations apply, editors decide, staff invite colleagues and publish through review."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Collection, GroupPagePermission, Page

from campaigns.models import CampaignPage
from organisations.models import (
    Invitation,
    OrganisationApplication,
    OrganisationIndexPage,
    OrganisationPage,
)
from pages.models import Tag
from tests.campaigns.test_campaign_pages import new_campaign_form
from tests.conftest import queries, translation_of
from tests.factories import sign_ups_in_bulk

pytestmark = pytest.mark.usefixtures("demo")  # reads the demo site until converted to factories


def apply(client, language="fr", **fields):
    data = {
        "name": "Les Voisins Solidaires",
        "summary": "Une association de quartier qui aide les personnes isolées.",
        "website": "https://voisins.example.org",
        "country": "FR",
        "causes": [
            t.pk for t in Tag.objects.filter(kind="cause", locale__language_code=language)[:2]
        ],
        "contact_email": "contact@voisins.example.org",
        "applicant_name": "Léa Martin",
        "applicant_email": "lea@voisins.example.org",
        "consent": "on",
    }
    data.update(fields)
    return client.post(f"/{language}/organisations/register/", data)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title"),
    [("fr", "Inscrire votre organisation"), ("es", "Registrar su organización")],
)
def test_the_registration_form_is_translated(client, language, title):
    response = client.get(f"/{language}/organisations/register/")
    assert response.status_code == 200
    assert title in response.content.decode()


@pytest.mark.django_db
def test_an_application_waits_for_the_editors(client):
    response = apply(client, language="es")
    assert response.status_code == 302
    application = OrganisationApplication.objects.get(name="Les Voisins Solidaires")
    assert application.status == "pending" and application.language == "es"
    assert application.causes.count() == 2
    assert not OrganisationPage.objects.filter(title="Les Voisins Solidaires").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "fields",
    [
        {"name": ""},
        {"name": "   "},
        {"name": "x" * 10_000},
        {"summary": "y" * 5_000},
        {"applicant_email": "pas-une-adresse"},
        {"contact_email": ""},
        {"country": "XX"},
        {"causes": ["999999"]},
        {"causes": ["99999999999999999999"]},  # past 64 bits: SQLite failed on it (a 500)
        {"website": "javascript:alert(1)"},
        {"consent": ""},
    ],
)
def test_bad_applications_are_refused_with_a_message_and_store_nothing(client, fields):
    response = apply(client, **fields)
    assert response.status_code == 400
    assert (
        'aria-invalid="true"' in response.content.decode()
        or "errorlist" in response.content.decode()
    )
    assert not OrganisationApplication.objects.exclude(name__startswith="Les Jardins").exists()


@pytest.mark.django_db
def test_hostile_text_is_stored_as_text_and_escaped_for_the_editors(client, editor):
    apply(client, name="<script>alert(1)</script>", summary="'; DROP TABLE organisations; --")
    application = OrganisationApplication.objects.get(name="<script>alert(1)</script>")
    client.force_login(editor)
    html = client.get(f"/admin/applications/decide/{application.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


@pytest.mark.django_db
def test_the_hidden_field_catches_robots_without_telling_them(client):
    assert apply(client, nickname="bot").status_code == 302
    assert not OrganisationApplication.objects.filter(name="Les Voisins Solidaires").exists()


@pytest.mark.django_db
def test_applying_with_a_known_address_answers_the_same(hashings):
    known = get_user_model().objects.get(username="ines").email
    answers = {}
    for email in (known, "personne@example.org"):
        client, before = Client(), len(hashings)
        response = apply(client, applicant_email=email, name=f"Asso {email}")
        page = client.get(response["Location"]).content
        answers[email] = (response.status_code, response["Location"], page, len(hashings) - before)
    assert answers[known] == answers["personne@example.org"]
    assert answers[known][0] == 302
    assert OrganisationApplication.objects.filter(name__startswith="Asso ").count() == 2
    assert mail.outbox == []


@pytest.mark.django_db
@override_settings(ORGANISATION_APPLICATION_RATE="2/h")
def test_applications_are_rate_limited(client):
    answers = [apply(client, name=f"Asso {n}").status_code for n in range(3)]
    assert answers == [302, 302, 429]
    assert OrganisationApplication.objects.filter(name__startswith="Asso").count() == 2


def decide(client, application, decision, message=""):
    return client.post(
        f"/admin/applications/decide/{application.pk}/",
        {"decision": decision, "message": message},
    )


@pytest.mark.django_db
def test_approval_creates_the_page_collection_and_staff_group(
    client, editor, django_capture_on_commit_callbacks
):
    apply(client, language="es")
    application = OrganisationApplication.objects.get(name="Les Voisins Solidaires")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        assert decide(client, application, "approve", "¡Bienvenidos!").status_code == 302
    application.refresh_from_db()
    page = application.organisation
    assert application.status == "approved" and page.live
    assert isinstance(page.get_parent().specific, OrganisationIndexPage)
    assert Collection.objects.filter(pk=page.collection_id).exists()
    assert GroupPagePermission.objects.filter(group=page.staff_group, page=page).count() == 2
    staff = page.staff_group.user_set.get()
    assert staff.email == "lea@voisins.example.org" and not staff.has_usable_password()

    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["lea@voisins.example.org"]
    body = mail.outbox[0].body
    assert "¡Bienvenidos!" in body and body.startswith("Hola")
    link = re.search(r"http://testserver(/admin/password_reset/\S+/)", body).group(1)
    client.logout()
    response = client.get(link, follow=True)
    assert response.status_code == 200 and "new_password1" in response.content.decode()
    client.force_login(editor)
    assert decide(client, application, "approve").status_code == 404  # decided once only
    assert OrganisationPage.objects.filter(title="Les Voisins Solidaires").count() == 1


@pytest.mark.django_db
def test_rejection_sends_the_message_and_creates_nothing(
    client, editor, django_capture_on_commit_callbacks
):
    apply(client)
    application = OrganisationApplication.objects.get(name="Les Voisins Solidaires")
    client.force_login(editor)
    pages = Page.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        decide(client, application, "reject", "Votre site ne répond pas.")
    application.refresh_from_db()
    assert application.status == "rejected" and Page.objects.count() == pages
    assert "Votre site ne répond pas." in mail.outbox[0].body
    assert decide(client, application, "approve").status_code == 404


@pytest.mark.django_db
def test_a_decision_needs_a_choice(client, editor):
    apply(client)
    client.force_login(editor)
    application = OrganisationApplication.objects.get(name="Les Voisins Solidaires")
    assert decide(client, application, "maybe").status_code == 400
    application.refresh_from_db()
    assert application.status == "pending"


@pytest.fixture
def terre(db):
    return OrganisationPage.objects.get(slug="terre-en-commun", locale__language_code="fr")


@pytest.fixture
def camille(client, terre):
    user = terre.staff_group.user_set.get()
    client.force_login(user)
    return user


def invite(client, organisation, email):
    return client.post("/admin/my-organisation/", {"organisation": organisation.pk, "email": email})


def volunteer_with(email, verified=True):
    user = get_user_model().objects.create_user(email.split("@")[0], email, "pw")
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


@pytest.mark.django_db
def test_staff_invite_a_colleague_who_joins_once(client, terre, camille, mailoutbox):
    assert invite(client, terre, "Noe@Example.org").status_code == 302
    link = re.search(
        r"http://testserver(/\w\w/organisations/invitation/\S+/)", mailoutbox[-1].body
    ).group(1)
    assert Invitation.objects.get().email == "noe@example.org"

    client.force_login(volunteer_with("other@example.org"))
    assert client.post(link).status_code == 403
    client.force_login(volunteer_with("noe@example.org", verified=False))
    assert client.post(link).status_code == 403

    noe = get_user_model().objects.get(email="noe@example.org")
    EmailAddress.objects.filter(user=noe).update(verified=True)
    client.force_login(noe)
    assert client.get(link).status_code == 200
    assert client.post(link).status_code == 302
    assert terre.staff_group.user_set.filter(pk=noe.pk).exists()
    assert client.post(link).status_code == 404  # single use


@pytest.mark.django_db
def test_an_invitation_expires(client, terre, camille, mailoutbox):
    invite(client, terre, "tard@example.org")
    link = re.search(r"/\w\w/organisations/invitation/\S+/", mailoutbox[-1].body).group(0)
    Invitation.objects.update(created_at=timezone.now() - datetime.timedelta(days=8))
    client.force_login(volunteer_with("tard@example.org"))
    expired = client.post(link)
    assert expired.status_code == 404
    assert "Cette invitation n’est plus valable" in expired.content.decode()
    assert "Demandez à votre collègue" in expired.content.decode()
    assert client.get("/fr/organisations/invitation/n-importe-quoi/").status_code == 404


@pytest.mark.django_db
def test_inviting_a_known_or_unknown_address_answers_the_same(client, terre, camille, hashings):
    known = get_user_model().objects.get(username="ines").email
    answers = {}
    for email in (known, "inconnue@example.org"):
        before = len(hashings)
        response = invite(client, terre, email)
        said = [str(m).replace(email, "ADDRESS") for m in get_messages(response.wsgi_request)]
        client.get(response["Location"])  # shows, and so clears, the message
        answers[email] = (response.status_code, response["Location"], said, len(hashings) - before)
    assert answers[known] == answers["inconnue@example.org"]
    assert answers[known][2] == ["Invitation envoyée à ADDRESS."]
    assert answers[known][0] == 302
    assert [message.to for message in mail.outbox] == [[known], ["inconnue@example.org"]]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "email", ["", "pas-une-adresse", "x" * 300 + "@example.org", "<script>@x.org"]
)
def test_bad_invitations_are_refused_with_a_message(client, terre, camille, email):
    response = invite(client, terre, email)
    assert response.status_code == 400
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_staff_cannot_invite_into_another_organisation(client, camille):
    other = OrganisationPage.objects.get(slug="memoire-du-ciel", locale__language_code="fr")
    assert invite(client, other, "espion@example.org").status_code == 404
    assert not Invitation.objects.exists()


@pytest.mark.django_db
def test_staff_remove_a_colleague(client, terre, camille):
    colleague = volunteer_with("ex@example.org")
    colleague.groups.add(terre.staff_group)
    client.post("/admin/my-organisation/", {"organisation": terre.pk, "remove": colleague.pk})
    assert not terre.staff_group.user_set.filter(pk=colleague.pk).exists()
    client.force_login(colleague)
    assert client.get("/admin/").status_code == 302  # back to the log-in page


@pytest.mark.django_db
def test_staff_see_their_figures_and_untranslated_pages(client, terre, camille):
    terre.add_child(instance=CampaignPage(**campaign_fields("Brouillon", "brouillon")))
    html = client.get("/admin/my-organisation/").content.decode()
    assert "Brouillon" in html and "English" in html
    home = client.get("/admin/").content.decode()
    assert terre.title in home and "défis et campagnes en cours" in home  # the admin is in French


def campaign_fields(title, slug):
    return {
        "title": title,
        "slug": slug,
        "summary": "Un essai.",
        "opens_at": timezone.now(),
        "closes_at": timezone.now() + datetime.timedelta(days=3),
        "goal_participants": 10,
        "minutes_per_participant": 10,
        "live": False,
    }


@pytest.mark.django_db
def test_staff_submit_for_review_and_hear_the_editors_answer(
    client, terre, camille, editor, mailoutbox
):
    client.post(
        f"/admin/pages/add/campaigns/campaignpage/{terre.pk}/",
        new_campaign_form("À relire", "a-relire", action="submit"),
    )
    page = CampaignPage.objects.get(slug="a-relire")
    assert not page.live
    state = page.current_workflow_state
    assert state is not None and state.workflow.name == "Editorial review"

    client.force_login(editor)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        {"comment": "Parfait."},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert any(camille.email in message.to for message in mailoutbox)


@pytest.mark.django_db
def test_the_organisation_page_lists_its_work_and_totals_in_every_language(client, terre):
    for language in ("fr", "en", "es"):
        page = translation_of(terre, language)
        response = client.get(page.url)
        assert response.status_code == 200
        totals = response.context["totals"]
        assert totals["people"] > 0 and totals["hours"] > 0
        html = response.content.decode()
        for child in CampaignPage.objects.child_of(page).live():
            assert child.title in html


@pytest.mark.django_db
def test_the_organisation_index_links_to_registration(client, terre):
    index = translation_of(terre.get_parent(), "es")
    html = client.get(index.url).content.decode()
    assert "/es/organisations/register/" in html and terre.title in html


@pytest.mark.django_db
def test_editors_send_a_page_back_with_a_comment(client, terre, camille, editor, mailoutbox):
    client.post(
        f"/admin/pages/add/campaigns/campaignpage/{terre.pk}/",
        new_campaign_form("À revoir", "a-revoir", action="submit"),
    )
    page = CampaignPage.objects.get(slug="a-revoir")
    task_state = page.current_workflow_state.current_task_state
    client.force_login(editor)
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "Précisez le lieu."},
    )
    page.refresh_from_db()
    assert not page.live
    assert any(camille.email in message.to for message in mailoutbox)


@pytest.mark.django_db
def test_the_demo_has_organisations_with_staff_an_application_and_a_page_in_review():
    organisations = OrganisationPage.objects.filter(locale__language_code="fr")
    assert organisations.count() == 3
    for organisation in organisations:
        assert organisation.staff_group.user_set.count() == 1
        assert sorted(t.locale.language_code for t in organisation.get_translations()) == [
            "ca",  # machine-drafted, as the demo ships it
            "en",
            "es",
        ]
    assert OrganisationApplication.objects.filter(status="pending").count() == 1
    from wagtail.models import WorkflowState

    state = WorkflowState.objects.get(status="in_progress")
    in_review = state.content_object
    assert state.workflow.name == "Editorial review"
    assert not in_review.live and in_review.get_parent().specific in organisations


@pytest.mark.django_db
def test_demo_staff_log_ins_are_printed_in_development_only(settings):
    from io import StringIO

    from django.core.management import call_command

    settings.DEBUG = False
    output = StringIO()
    call_command("create_demo_logins", stdout=output)
    assert "Demo staff" not in output.getvalue()
    settings.DEBUG = True
    call_command("create_demo_logins", stdout=output)
    assert output.getvalue().count("Demo staff of") == 3


@pytest.mark.django_db
def test_staff_request_translations_of_their_own_pages_only(client, terre, camille):
    from wagtail.models import Locale

    draft = terre.add_child(instance=CampaignPage(**campaign_fields("Brouillon", "brouillon")))
    draft.save_revision(user=camille)
    english = Locale.objects.get(language_code="en")
    url = f"/admin/localize/submit/page/{draft.pk}/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"locales": [english.pk]}).status_code == 302
    translated = draft.get_translation(english)
    assert translated.get_parent().pk == translation_of(terre, "en").pk
    assert client.get(f"/admin/pages/{translated.pk}/edit/").status_code == 200

    other = OrganisationPage.objects.get(slug="memoire-du-ciel", locale__language_code="fr")
    foreign = CampaignPage.objects.child_of(other).first() or other
    assert (
        client.post(
            f"/admin/localize/submit/page/{foreign.pk}/", {"locales": [english.pk]}
        ).status_code
        == 404
    )
    tag = Tag.objects.filter(locale__language_code="fr").first()
    assert client.get(f"/admin/localize/submit/snippet/pages/tag/{tag.pk}/").status_code == 403


@pytest.mark.django_db
@override_settings(INVITATION_RATE="2/h")
def test_invitations_are_rate_limited(client, terre, camille):
    answers = [invite(client, terre, f"c{n}@example.org").status_code for n in range(3)]
    assert answers == [302, 302, 429]
    assert Invitation.objects.count() == 2


@pytest.mark.django_db
def test_staff_select_the_best_contribution_of_their_challenge(client, terre, camille):
    from challenges.models import ChallengePage, Contribution

    challenge = ChallengePage.objects.child_of(terre).first()
    contribution = Contribution.objects.filter(
        challenge_key=challenge.translation_key, is_selected=False
    ).first()
    response = client.post(f"/admin/contributions/edit/{contribution.pk}/", {"is_selected": "on"})
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.is_selected


@pytest.mark.django_db
def test_an_organisation_page_costs_the_same_queries_with_more_contributions(client, terre):
    from challenges.models import ChallengePage, Contribution

    client.get(terre.url)  # the pictures' renditions, made once
    before = queries(client, terre.url, afresh=True)
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"load{n}") for n in range(100)
    )
    for challenge in ChallengePage.objects.child_of(terre):
        Contribution.objects.bulk_create(
            Contribution(
                challenge_key=challenge.translation_key, author=u, text="Idée.", language="fr"
            )
            for u in users
        )
    sign_ups_in_bulk(CampaignPage.objects.child_of(terre).first(), 100)
    assert queries(client, terre.url, afresh=True) == before


@pytest.mark.django_db
def test_applications_come_only_from_the_public_form(client, editor):
    client.force_login(editor)
    assert client.get("/admin/applications/").status_code == 200
    assert client.get("/admin/applications/new/").status_code == 403
    client.post("/admin/applications/new/", {"decision_message": "Fausse candidature"})
    assert not OrganisationApplication.objects.filter(
        decision_message="Fausse candidature"
    ).exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {"organisation": "abc", "email": "x@example.org"},
        {"organisation": "", "email": "x@example.org"},
        {"email": "x@example.org"},
        {"organisation": "1 OR 1=1", "remove": "1"},
    ],
)
def test_malformed_team_requests_are_not_found(client, terre, camille, data):
    assert client.post("/admin/my-organisation/", data).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("remove", ["abc", "", "999999", "1; DROP TABLE auth_user"])
def test_removing_someone_who_is_not_in_the_team_is_not_found(client, terre, camille, remove):
    response = client.post("/admin/my-organisation/", {"organisation": terre.pk, "remove": remove})
    assert response.status_code == 404
    assert terre.staff_group.user_set.filter(pk=camille.pk).exists()

"""Isolation between organisations: the staff of A never reach B's pages or data, nor
anything beyond their own subtree and collection."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image

from campaigns.models import CampaignPage, ChallengePage, Contribution, Participation
from organisations.models import OrganisationApplication, OrganisationPage
from tests.conftest import translation_of
from tests.test_campaign_pages import new_campaign_form


def organisation(slug) -> OrganisationPage:
    return OrganisationPage.objects.get(slug=slug, locale__language_code="fr")


@pytest.fixture
def a(db):
    return organisation("terre-en-commun")


@pytest.fixture
def b(db):
    return organisation("memoire-du-ciel")


@pytest.fixture
def staff_of_a(client, a):
    user = a.staff_group.user_set.get()
    client.force_login(user)
    return user


@pytest.fixture
def b_things(b):
    campaign = CampaignPage.objects.child_of(b).first()
    challenge = ChallengePage.objects.child_of(b).first()
    document = Document.objects.create(
        title="Carnet 1897", collection=b.collection, file=ContentFile(b"%PDF-", name="c.pdf")
    )
    return {
        "page": b,
        "page_en": translation_of(b, "en"),
        "campaign": campaign,
        "challenge": challenge,
        "participation": Participation.objects.filter(
            campaign_key=campaign.translation_key
        ).first(),
        "contribution": Contribution.objects.filter(
            challenge_key=challenge.translation_key
        ).first(),
        "image": Image.objects.filter(collection=b.collection).first(),
        "document": document,
        "group": b.staff_group,
    }


B_VIEWS = [
    "/admin/pages/{page.pk}/",
    "/admin/pages/{campaign.pk}/",
    "/admin/pages/{page.pk}/results/",
    "/admin/pages/{page.pk}/edit/",
    "/admin/pages/{page_en.pk}/edit/",
    "/admin/pages/{campaign.pk}/edit/",
    "/admin/pages/{challenge.pk}/edit/",
    "/admin/pages/{campaign.pk}/delete/",
    "/admin/pages/{campaign.pk}/unpublish/",
    "/admin/pages/{campaign.pk}/move/",
    "/admin/pages/{campaign.pk}/copy/",
    "/admin/pages/{campaign.pk}/history/",
    "/admin/pages/{campaign.pk}/usage/",
    "/admin/pages/add/campaigns/campaignpage/{page.pk}/",
    "/admin/pages/{page.pk}/add_subpage/",
    "/admin/participants/edit/{participation.pk}/",
    "/admin/participants/inspect/{participation.pk}/",
    "/admin/participants/delete/{participation.pk}/",
    "/admin/contributions/edit/{contribution.pk}/",
    "/admin/contributions/inspect/{contribution.pk}/",
    "/admin/contributions/delete/{contribution.pk}/",
    "/admin/images/{image.pk}/",
    "/admin/images/{image.pk}/delete/",
    "/admin/documents/edit/{document.pk}/",
    "/admin/documents/delete/{document.pk}/",
    "/admin/groups/edit/{group.pk}/",
    "/admin/localize/submit/page/{campaign.pk}/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", B_VIEWS)
def test_staff_of_a_are_refused_every_admin_view_of_bs_pages_and_data(
    client, staff_of_a, b_things, url
):
    address = url.format(**b_things)
    assert client.get(address).status_code in (403, 404), address
    assert client.post(address, {"title": "Pris"}).status_code in (403, 404), address


@pytest.mark.django_db
def test_bs_pages_and_data_are_unchanged_after_all_those_attempts(client, staff_of_a, b_things):
    for url in B_VIEWS:
        client.post(url.format(**b_things), {"title": "Pris", "action-publish": "publish"})
    campaign = CampaignPage.objects.get(pk=b_things["campaign"].pk)
    assert campaign.live and campaign.title == b_things["campaign"].title
    assert Participation.objects.filter(pk=b_things["participation"].pk).exists()
    assert Contribution.objects.filter(pk=b_things["contribution"].pk).exists()
    assert Image.objects.filter(pk=b_things["image"].pk).exists()


@pytest.mark.django_db
def test_lists_and_exports_hold_only_as_rows(client, a, staff_of_a, b_things):
    mine = CampaignPage.objects.child_of(a).values("translation_key")
    participants = client.get("/admin/participants/").context["paginator"]
    assert participants.count == Participation.objects.filter(campaign_key__in=mine).count() > 0
    export = client.get("/admin/participants/", {"export": "csv"})
    csv = b"".join(export.streaming_content).decode()
    assert b_things["campaign"].title not in csv and "Campagne" in csv
    mine = ChallengePage.objects.child_of(a).values("translation_key")
    contributions = client.get("/admin/contributions/").context["paginator"]
    assert contributions.count == Contribution.objects.filter(challenge_key__in=mine).count()
    images = client.get("/admin/images/").context["images"]
    assert {image.collection_id for image in images} == {a.collection_id}
    explorer = client.get(f"/admin/pages/{a.get_parent().pk}/").content.decode()
    assert a.title in explorer and b_things["page"].title not in explorer
    assert client.get(f"/admin/pages/{a.pk}/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/admin/users/",
        "/admin/users/add/",
        "/admin/groups/",
        "/admin/groups/add/",
        "/admin/groups/edit/{own_group}/",
        "/admin/snippets/pages/tag/",
        "/admin/snippets/pages/tag/add/",
        "/admin/snippets/pages/navigation/",
        "/admin/applications/",
        "/admin/localize/reports/translations/",
        "/admin/sites/",
        "/admin/workflows/list/",
    ],
)
def test_staff_cannot_see_users_edit_the_taxonomy_or_widen_their_permissions(
    client, a, staff_of_a, url
):
    address = url.format(own_group=a.staff_group.pk)
    assert client.get(address).status_code in (403, 404), address
    client.post(address, {"name": "Tous", "permissions": "1"})
    assert list(staff_of_a.groups.all()) == [a.staff_group]
    assert not staff_of_a.is_superuser


@pytest.mark.django_db
def test_staff_cannot_move_a_page_out_of_their_subtree(client, a, b, staff_of_a):
    campaign = CampaignPage.objects.child_of(a).first()
    for target in (b, a.get_parent()):
        response = client.post(f"/admin/pages/{campaign.pk}/move/{target.pk}/confirm/")
        assert response.status_code in (403, 404)
    assert CampaignPage.objects.get(pk=campaign.pk).get_parent().pk == a.pk


@pytest.mark.django_db
def test_staff_cannot_publish_without_review(client, a, staff_of_a):
    campaign = CampaignPage.objects.child_of(a).first()
    assert client.post(f"/admin/pages/{campaign.pk}/unpublish/").status_code == 403
    assert CampaignPage.objects.get(pk=campaign.pk).live
    client.post(
        f"/admin/pages/add/campaigns/campaignpage/{a.pk}/",
        new_campaign_form("Publié sans relecture", "sans-relecture"),
    )
    created = CampaignPage.objects.get(slug="sans-relecture")
    assert not created.live and created.get_parent().pk == a.pk


@pytest.mark.django_db
def test_an_applicant_not_yet_approved_has_no_admin_access(client):
    volunteer = get_user_model().objects.get(username="ines")
    OrganisationApplication.objects.create(
        name="Collectif",
        summary="Un collectif.",
        country="FR",
        contact_email="c@example.org",
        applicant_name="Inès",
        applicant_email=volunteer.email,
        language="fr",
    )
    client.force_login(volunteer)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert client.get("/admin/my-organisation/").status_code in (302, 403)

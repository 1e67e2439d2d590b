"""Isolation between organisations: the staff of A never reach B's pages or data, nor
anything beyond their own subtree and collection. Every admin URL is tried with B's objects in
test_admin_isolation.py; here, what A's staff do see is exactly their own."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from campaigns.models import CampaignPage, Participation
from challenges.models import ChallengePage, Contribution
from organisations.models import OrganisationApplication, OrganisationPage
from tests.campaigns.test_campaign_pages import new_campaign_form

pytestmark = pytest.mark.usefixtures("demo")  # reads the demo site until converted to factories


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


@pytest.mark.django_db
def test_lists_and_exports_hold_only_as_rows(client, a, b, staff_of_a):
    mine = CampaignPage.objects.child_of(a).values("translation_key")
    participants = client.get("/admin/participants/").context["paginator"]
    assert participants.count == Participation.objects.filter(campaign_key__in=mine).count() > 0
    export = client.get("/admin/participants/", {"export": "csv"})
    csv = b"".join(export.streaming_content).decode()
    assert CampaignPage.objects.child_of(b).first().title not in csv and "Campagne" in csv
    mine = ChallengePage.objects.child_of(a).values("translation_key")
    contributions = client.get("/admin/contributions/").context["paginator"]
    assert contributions.count == Contribution.objects.filter(challenge_key__in=mine).count()
    images = client.get("/admin/images/").context["images"]
    assert {image.collection_id for image in images} == {a.collection_id}
    explorer = client.get(f"/admin/pages/{a.get_parent().pk}/").content.decode()
    assert a.title in explorer and b.title not in explorer
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


@pytest.fixture
def document_of_b(b):
    return Document.objects.create(
        title="Carnet interne",
        collection=b.collection,
        file=ContentFile(b"%PDF-1.4 interne", name="carnet-interne.pdf"),
    )


def download(client, document):
    response = client.get(document.url)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, content


@pytest.mark.django_db
def test_an_organisations_documents_download_only_for_its_staff_and_the_editors(
    client, b, document_of_b
):
    User = get_user_model()
    assert document_of_b.url.startswith("/documents/")
    status, content = download(client, document_of_b)
    assert status == 302 and b"interne" not in content
    for outsider in (User.objects.get(username="ines"), organisation("terre-en-commun")):
        user = outsider if isinstance(outsider, User) else outsider.staff_group.user_set.get()
        client.force_login(user)
        status, content = download(client, document_of_b)
        assert status in (302, 403) and b"interne" not in content, user
    editor = User.objects.create_user("editrice", "editrice@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    for insider in (b.staff_group.user_set.get(), editor):
        client.force_login(insider)
        assert download(client, document_of_b) == (200, b"%PDF-1.4 interne"), insider

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from campaigns.models import Participation


def editor_of(page, username):
    """A user who may edit `page` and its translations, and nothing else."""
    group = Group.objects.create(name=f"Editors of {page.pk}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for translation in page.get_translations(inclusive=True):
        GroupPagePermission.objects.create(
            group=group, page=translation, permission=Permission.objects.get(codename="change_page")
        )
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def hostile_participant(campaigns):
    return Participation.join(
        campaigns["open"],
        email="=cmd|'/c calc'!A1@example.org",
        first_name='=HYPERLINK("http://evil.example")',
        people=1,
        language="fr",
        privacy_notice_version="test",
    )[0]


@pytest.mark.django_db
def test_editors_see_only_the_participants_of_campaigns_they_may_edit(client, campaigns):
    client.force_login(editor_of(campaigns["open"], "ana"))
    response = client.get("/admin/participants/")
    assert response.status_code == 200
    shown = {p.campaign_key for p in response.context["object_list"]}
    assert shown == {campaigns["open"].translation_key}

    other = Participation.objects.for_campaign(campaigns["finished"]).first()
    for view in ("edit", "inspect", "delete"):
        assert client.get(f"/admin/participants/{view}/{other.pk}/").status_code == 404
    assert client.post(f"/admin/participants/delete/{other.pk}/").status_code == 404
    assert client.post(f"/admin/participants/edit/{other.pk}/", {"people": "9"}).status_code == 404
    assert Participation.objects.filter(pk=other.pk).exists()


@pytest.mark.django_db
def test_users_without_campaigns_have_no_participants_view(client, campaigns):
    user = get_user_model().objects.create_user("nobody", "nobody@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get("/admin/participants/")
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_the_csv_export_neutralises_formulas(client, campaigns, hostile_participant):
    client.force_login(editor_of(campaigns["open"], "ana"))
    response = client.get("/admin/participants/?export=csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    hostile = next(
        row for row in rows if "calc" in next(iter(row.values())) + "".join(row.values())
    )
    assert all(not value.startswith(("=", "+", "-", "@")) for value in hostile.values())
    assert len(rows) == Participation.objects.for_campaign(campaigns["open"]).count()


@pytest.mark.django_db
def test_personal_data_never_reaches_page_revisions(campaigns, hostile_participant):
    campaign = campaigns["open"]
    campaign.save_revision().publish()
    assert "example.org" not in str(campaign.get_latest_revision().content)

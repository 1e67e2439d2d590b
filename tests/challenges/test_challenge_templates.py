"""Staff who add a challenge start from a template, in the challenge's language."""

import pytest

from challenges.models import ChallengeTemplate
from tests.factories import OrganisationPageFactory, UserFactory, locale


def add_url(parent) -> str:
    return f"/admin/pages/add/challenges/challengepage/{parent.pk}/"


@pytest.fixture
def staff(site):
    user = UserFactory()
    user.groups.add(site.organisation["fr"].staff_group)
    return user


@pytest.fixture
def slogan(site):
    template = ChallengeTemplate.objects.create(
        title="Trouver un slogan",
        guide="<p>Un bon défi de slogan donne le public visé.</p>",
        summary="Trouvez-nous un slogan.",
        task="Un slogan de dix mots au plus.",
        minutes=10,
        locale=locale("fr"),
    )
    template.causes.set([site.tags["environnement"]["fr"]])
    template.save()
    return template


@pytest.mark.django_db
def test_staff_adding_a_challenge_choose_a_template_first(client, site, staff, slogan):
    client.force_login(staff)
    response = client.get(add_url(site.organisation["fr"]))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Trouver un slogan" in text and "public visé" in text
    assert f"{add_url(site.organisation['fr'])}?blank=1" in text
    assert f"/admin/challenge-templates/{slogan.pk}/add/{site.organisation['fr'].pk}/" in text


@pytest.mark.django_db
def test_the_form_is_filled_in_from_the_chosen_template(client, site, staff, slogan):
    client.force_login(staff)
    organisation = site.organisation["fr"]
    response = client.get(f"/admin/challenge-templates/{slogan.pk}/add/{organisation.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    assert form["title"].value() == "Trouver un slogan"
    assert form["task"].value() == "Un slogan de dix mots au plus."
    assert form["minutes"].value() == 10
    assert "environnement" in str(form["causes"])
    # The form is sent to Wagtail's own view, which saves it.
    assert f'action="{add_url(organisation)}"' in response.content.decode()


@pytest.mark.django_db
def test_a_blank_page_skips_the_templates(client, site, staff, slogan):
    client.force_login(staff)
    response = client.get(add_url(site.organisation["fr"]), {"blank": "1"})
    assert response.status_code == 200
    assert response.context["form"]["title"].value() in (None, "")


@pytest.mark.django_db
def test_without_a_template_in_its_language_the_form_comes_straight(client, site, staff, slogan):
    staff.is_superuser = True
    staff.save()
    client.force_login(staff)
    response = client.get(add_url(site.organisation["en"]))
    assert response.status_code == 200
    assert "form" in response.context
    wrong_language = f"/admin/challenge-templates/{slogan.pk}/add/{site.organisation['en'].pk}/"
    assert client.get(wrong_language).status_code == 404


@pytest.mark.django_db
def test_staff_cannot_start_a_challenge_for_another_organisation(client, site, staff, slogan):
    other = OrganisationPageFactory()
    client.force_login(staff)
    refused = (403, 404)
    assert client.get(add_url(other)).status_code in refused
    from_template = f"/admin/challenge-templates/{slogan.pk}/add/{other.pk}/"
    assert client.get(from_template).status_code in refused
    assert "Trouver un slogan" not in client.get(from_template).content.decode()


@pytest.mark.django_db
def test_staff_may_not_edit_the_templates(client, site, staff, slogan):
    client.force_login(staff)
    response = client.get(f"/admin/snippets/challenges/challengetemplate/edit/{slogan.pk}/")
    assert response.status_code in (302, 403)
    slogan.refresh_from_db()
    assert slogan.title == "Trouver un slogan"

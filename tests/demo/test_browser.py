"""Pages opened in headless Chromium (Debian's package) and checked with axe-core (from npm),
through the fixtures of conftest.py: requests never reach a network."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django_tasks_db.models import DBTaskResult

from campaigns.models import Participation
from challenges.models import ChallengePage, Contribution, ContributionMark
from tests.conftest import index_of, translation_of
from tests.demo.browsers import axe_violations


@pytest.mark.browser
def test_home_and_articles_have_no_accessibility_violations(page_in, articles, home):
    solved_challenge = next(
        c for c in ChallengePage.objects.filter(locale=home.locale) if c.status == "solved"
    )
    page = page_in()
    targets = [
        (home.url, "fr"),
        (articles[0].url, "fr"),
        (translation_of(articles[1], "es").url, "es"),
        (translation_of(articles[0].get_parent(), "en").url, "en"),
        ("/en/search/?q=volunteering", "en"),
        (translation_of(solved_challenge, "es").url, "es"),
        (translation_of(index_of(solved_challenge), "en").url, "en"),
        ("/es/accounts/signup/", "es"),
        ("/fr/accounts/login/", "fr"),
        ("/fr/nulle-part/", "fr"),
    ]
    for url, language in targets:
        page.goto(f"http://testserver{url}")
        assert page.evaluate("document.documentElement.lang") == language
        violations = axe_violations(page)
        assert violations == [], f"{url}: {json.dumps(violations, indent=1)}"


@pytest.mark.browser
def test_the_skip_link_is_the_first_thing_a_keyboard_reaches(page_in, home):
    page = page_in()
    page.goto(f"http://testserver{home.url}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#main"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


@pytest.mark.browser
def test_search_and_language_switch_work_without_javascript(page_in, articles):
    page = page_in(javascript=False)
    page.goto(f"http://testserver{articles[0].url}")
    page.get_by_role("navigation", name="Choisir une langue").get_by_role(
        "link", name="English"
    ).click()
    english = translation_of(articles[0], "en")
    assert page.url == f"http://testserver{english.url}"
    page.get_by_role("searchbox", name="Search the site").fill(english.title.split()[0])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/en/search/" in page.url
    assert page.get_by_role("link", name=english.title).count() == 1


@pytest.mark.browser
def test_joining_a_campaign_in_the_browser(page_in, campaigns):
    campaign = translation_of(campaigns["open"], "es")
    index = index_of(campaign)
    page = page_in()
    for url in (index.url, campaign.url):
        page.goto(f"http://testserver{url}")
        assert axe_violations(page) == [], url

    page.goto(f"http://testserver{campaign.url}")
    page.get_by_role("link", name="¡Me apunto!").click()
    page.wait_for_url(f"http://testserver{campaign.url}join/")
    assert axe_violations(page) == []
    page.get_by_label("Tu dirección de correo").fill("rosa@example.org")
    page.get_by_label("¿Cuántas personas").fill("3")
    page.get_by_role("checkbox", name="He leído el aviso de privacidad").check()
    page.get_by_role("button", name="¡Me apunto!").click()
    page.wait_for_url(f"http://testserver{campaign.url}thanks/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("¡Gracias")
    assert axe_violations(page) == []
    assert Participation.objects.get(email="rosa@example.org").people == 3


@pytest.mark.browser
def test_a_sign_up_error_is_announced_next_to_its_field(page_in, campaigns):
    campaign = campaigns["open"]
    page = page_in()
    page.goto(f"http://testserver{campaign.url}join/")
    page.get_by_label("Votre adresse e-mail").fill("pas-une-adresse")
    with page.expect_navigation():
        page.get_by_role("button", name="Je participe").click()
    email = page.get_by_label("Votre adresse e-mail")
    assert email.get_attribute("aria-invalid") == "true"
    assert "adresse" in page.locator(f"#{email.get_attribute('id')}-error").inner_text().lower()
    assert axe_violations(page) == []


@pytest.mark.browser
def test_a_volunteers_pages_are_accessible(page_in, articles):
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    volunteer = get_user_model().objects.get(username="mei")
    volunteer.set_password("a-long-demo-password")
    volunteer.save()
    EmailAddress.objects.create(user=volunteer, email=volunteer.email, verified=True, primary=True)
    page = page_in()
    page.goto("http://testserver/en/accounts/login/")
    page.get_by_label("Email").fill(volunteer.email)
    page.get_by_label("Password").fill("a-long-demo-password")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("http://testserver/en/volunteer/")
    for url in ("/en/volunteer/", "/es/volunteer/profile/"):
        page.goto(f"http://testserver{url}")
        assert page.locator("form[action$='/accounts/logout/']").count() == 1, url  # logged in
        assert axe_violations(page) == [], url


@pytest.mark.browser
def test_a_newcomer_signs_up_verifies_contributes_and_marks(page_in, mailoutbox):
    challenge = translation_of(
        next(
            c
            for c in ChallengePage.objects.filter(locale__language_code="fr")
            if c.status == "open"
        ),
        "en",
    )
    page = page_in()
    page.goto(f"http://testserver{challenge.url}")
    page.locator("#my-contribution").get_by_role("link", name="Sign up").click()
    assert axe_violations(page) == []
    page.get_by_label("Email").fill("lina@example.org")
    page.get_by_label("Password:", exact=True).fill("a-long-sign-up-phrase")
    page.get_by_label("Password (again)").fill("a-long-sign-up-phrase")
    page.get_by_label("Display name").fill("Lina")
    cause = challenge.causes.first().get_translation(challenge.locale)
    page.get_by_role("group", name="Causes I care about").get_by_label(cause.name).check()
    page.get_by_label("30 minutes").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("http://testserver/en/accounts/confirm-email/")

    link = re.search(r"http://testserver/\S+/confirm-email/\S+/", mailoutbox[-1].body).group(0)
    page.goto(link)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("http://testserver/en/accounts/login/")
    page.get_by_label("Email").fill("lina@example.org")
    page.get_by_label("Password").fill("a-long-sign-up-phrase")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("http://testserver/en/volunteer/")
    assert page.get_by_role("link", name=challenge.title).count() == 1  # it matches her cause

    page.goto(f"http://testserver{challenge.url}")
    page.get_by_label("Your contribution").fill("A lead: the town library lends its room.")
    page.get_by_role("button", name="Send my contribution").click()
    page.wait_for_url(f"http://testserver{challenge.url}#my-contribution")
    assert page.get_by_role("status").inner_text() != ""
    assert page.locator(".contributions").get_by_text("the town library lends").count() == 1
    assert axe_violations(page) == []

    other = challenge.contributions().visible().exclude(author__email="lina@example.org").first()
    useful = page.locator(f"#contribution-{other.pk}").get_by_role("button", name="Useful")
    assert useful.get_attribute("aria-pressed") == "false"
    useful.click()
    page.wait_for_url(f"http://testserver{challenge.url}#contribution-{other.pk}")
    assert useful.get_attribute("aria-pressed") == "true"
    assert ContributionMark.objects.filter(
        contribution=other, user__email="lina@example.org"
    ).exists()


@pytest.mark.browser
def test_an_organisation_applies_in_the_browser(page_in):
    from organisations.models import OrganisationApplication, OrganisationPage

    organisation = translation_of(
        OrganisationPage.objects.get(slug="terre-en-commun", locale__language_code="fr"), "es"
    )
    page = page_in()
    for url in (organisation.url, organisation.get_parent().url):
        page.goto(f"http://testserver{url}")
        assert axe_violations(page) == [], url

    page.get_by_role("link", name="Registrar su organización").first.click()
    page.wait_for_url("http://testserver/es/organisations/register/")
    assert axe_violations(page) == []
    page.get_by_label("Nombre de la organización").fill("Huertos de Lavapiés")
    page.get_by_label("Descripción breve").fill("Un colectivo que cuida tres huertos urbanos.")
    page.get_by_label("País").select_option("ES")
    page.get_by_label("Correo de contacto de la organización").fill("hola@huertos.example.org")
    page.get_by_label("Tu nombre").fill("Lucía")
    page.get_by_label("Tu dirección de correo").fill("lucia@huertos.example.org")
    with page.expect_navigation():
        page.get_by_role("button", name="Enviar la solicitud").click()
    assert page.get_by_text("Necesitamos tu consentimiento").count() == 1
    assert page.get_by_label("Tu dirección de correo").input_value() == "lucia@huertos.example.org"
    assert axe_violations(page) == []  # the refusal: consent is missing

    page.locator("input[name=consent]").check()
    page.get_by_role("button", name="Enviar la solicitud").click()
    page.wait_for_url("http://testserver/es/organisations/register/thanks/")
    assert axe_violations(page) == []
    assert OrganisationApplication.objects.get(name="Huertos de Lavapiés").language == "es"


@pytest.mark.browser
def test_a_volunteer_reads_a_spanish_contribution_in_french(
    page_in, django_routes, apertium, settings
):
    """Without JavaScript, in production's order of events: the click asks, the task worker
    translates with a real APY, the page shows it; the original is one click away."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    french_keys = ChallengePage.objects.filter(locale__language_code="fr").values("translation_key")
    spanish = (
        Contribution.objects.visible().filter(language="es", challenge_key__in=french_keys).first()
    )
    challenge = ChallengePage.objects.get(
        locale__language_code="fr", translation_key=spanish.challenge_key
    )
    django_routes.client.force_login(get_user_model().objects.get(username="ines"))
    page = page_in(javascript=False)
    page.goto(f"http://testserver{challenge.url}")
    item = page.locator(f"#contribution-{spanish.pk}")
    assert item.locator(".contribution-text").get_attribute("lang") == "es"

    item.get_by_role("link", name="Traduire en français").click()
    translated = f"http://testserver{challenge.url}?translate={spanish.pk}"
    page.wait_for_url(re.compile(re.escape(f"{translated}#contribution-{spanish.pk}")))
    assert "en préparation" in item.get_by_role("status").inner_text()
    asked = [(row.task_name, list(row.task_result.args)) for row in DBTaskResult.objects.ready()]
    assert asked == [("translate_contribution", [spanish.pk])]
    for row in DBTaskResult.objects.ready():  # as the task worker runs it
        row.task.call(*row.task_result.args, **row.task_result.kwargs)
    page.reload()

    text = item.locator(".contribution-text")
    assert text.get_attribute("lang") == "fr"
    french = spanish.translations.get(language="fr").text
    assert text.inner_text().split() == french.split() != spanish.text.split()
    label = "Traduction automatique (Apertium). Langue d’origine\u00a0: espagnol."
    assert item.get_by_text(label).count() == 1
    with_axe = page_in()
    with_axe.goto(translated)
    assert axe_violations(with_axe) == []
    item.get_by_role("link", name="Voir l’original").click()
    page.wait_for_url(f"http://testserver{challenge.url}#contribution-{spanish.pk}")
    assert item.locator(".contribution-text").get_attribute("lang") == "es"

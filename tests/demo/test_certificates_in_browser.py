"""A volunteer's certificate in headless Chromium: listed, shown to anyone, checked, refused
once altered, revoked; every page passes axe.

Issuing and revoking go through the test client: Chromium does not hand the GET that follows a
routed redirect back to the same address to Playwright's route, and asks the network for it."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from tests.demo.browsers import axe_violations
from volunteers.models import Certificate


@pytest.mark.browser
def test_a_certificate_is_shown_checked_refused_once_altered_and_revoked(page_in, django_routes):
    ines = get_user_model().objects.get(username="ines")
    EmailAddress.objects.get_or_create(
        user=ines, email=ines.email, defaults={"verified": True, "primary": True}
    )
    client = django_routes.client
    client.force_login(ines)
    client.get("/en/volunteer/certificates/")  # the form's CSRF cookie
    client.post(
        "/en/volunteer/certificates/",
        {"start": "2026-01-01", "end": "2026-11-30", "shown": "initials", "language": "en"},
        headers={"x-csrftoken": client.cookies["csrftoken"].value},
    )
    certificate = Certificate.objects.get(user=ines)

    page = page_in()
    page.goto("http://testserver/en/volunteer/")
    page.get_by_role("link", name="Certificates of my volunteering (PDF)").click()
    page.wait_for_url("http://testserver/en/volunteer/certificates/")
    assert axe_violations(page) == []
    page.get_by_role("link", name="Its public page").click()
    page.wait_for_url(f"http://testserver/en/certificates/{certificate.public_id}/")
    assert page.get_by_role("status").inner_text().startswith("Valid.")
    assert axe_violations(page) == []

    altered = json.loads(json.dumps(certificate.credential))
    altered["credentialSubject"]["volunteering"]["contributions"] += 10
    page.goto("http://testserver/en/certificates/")
    page.get_by_label("Paste the credential (JSON)").fill(json.dumps(altered))
    with page.expect_navigation():
        page.get_by_role("button", name="Check", exact=True).click()
    assert page.get_by_role("status").inner_text().startswith("Altered or forged.")
    assert axe_violations(page) == []
    page.get_by_label("Paste the credential (JSON)").fill(json.dumps(certificate.credential))
    with page.expect_navigation():
        page.get_by_role("button", name="Check", exact=True).click()
    assert page.get_by_role("status").inner_text().startswith("Valid.")

    client.post(
        f"/en/volunteer/certificates/{certificate.public_id}/revoke/",
        headers={"x-csrftoken": client.cookies["csrftoken"].value},
    )
    page.goto(f"http://testserver/es/certificates/{certificate.public_id}/")
    # The revocation's own message is a status too: the page's verdict is the other one.
    assert page.get_by_role("status").filter(has_text="Revocado.").count() == 1
    assert page.get_by_text("Válido.").count() == 0
    assert axe_violations(page) == []

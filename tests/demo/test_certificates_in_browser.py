"""A volunteer's certificate in headless Chromium: issued without JavaScript, checked by
anyone, refused once altered, revoked; every page passes axe."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from tests.demo.browsers import axe_violations
from volunteers.models import Certificate


@pytest.mark.browser
def test_a_certificate_is_issued_checked_altered_and_revoked_in_the_browser(page_in, django_routes):
    ines = get_user_model().objects.get(username="ines")
    EmailAddress.objects.get_or_create(
        user=ines, email=ines.email, defaults={"verified": True, "primary": True}
    )
    django_routes.client.force_login(ines)
    page = page_in(javascript=False)
    page.goto("http://testserver/en/volunteer/")
    page.get_by_role("link", name="Certificates of my volunteering (PDF)").click()
    page.wait_for_url("http://testserver/en/volunteer/certificates/")
    page.get_by_label("My initials only").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Create the certificate").click()
    certificate = Certificate.objects.get(user=ines)
    page.get_by_role("link", name="Its public page").click()
    page.wait_for_url(f"http://testserver/en/certificates/{certificate.public_id}/")
    assert page.get_by_role("status").inner_text().startswith("Valid.")

    altered = json.loads(json.dumps(certificate.credential))
    altered["credentialSubject"]["volunteering"]["contributions"] += 10
    page.goto("http://testserver/en/certificates/")
    page.get_by_label("Paste the credential (JSON)").fill(json.dumps(altered))
    with page.expect_navigation():
        page.get_by_role("button", name="Check", exact=True).click()
    assert page.get_by_role("status").inner_text().startswith("Altered or forged.")
    page.get_by_label("Paste the credential (JSON)").fill(json.dumps(certificate.credential))
    with page.expect_navigation():
        page.get_by_role("button", name="Check", exact=True).click()
    assert page.get_by_role("status").inner_text().startswith("Valid.")

    page.goto("http://testserver/en/volunteer/certificates/")
    with page.expect_navigation():
        page.get_by_role("button", name="Revoke").click()
    assert page.get_by_role("button", name="Revoke").count() == 0
    page.goto(f"http://testserver/c/{certificate.public_id}/")  # the QR code's link
    page.wait_for_url(f"http://testserver/fr/certificates/{certificate.public_id}/")
    assert page.get_by_role("status").inner_text().startswith("Révoqué.")  # a French browser

    checked = page_in()
    for url in (
        "/en/volunteer/certificates/",
        f"/es/certificates/{certificate.public_id}/",
        "/fr/certificates/",
    ):
        checked.goto(f"http://testserver{url}")
        assert axe_violations(checked) == [], url

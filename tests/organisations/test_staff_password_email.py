"""Wagtail's password reset e-mail, for organisations' staff and editors: in the site's words,
as HTML with a text part, in the language of the admin page it was asked from."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client

from tests import emails


@pytest.mark.django_db
@pytest.mark.parametrize("language", emails.LANGUAGES)
def test_the_staff_password_reset(language):
    emails.name_the_site()
    staff = get_user_model().objects.create_user(
        "interne-staff",
        "camille@example.org",
        "pw",
        first_name="Camille",
        last_name="Durand",
        is_staff=True,
    )
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.post("/admin/password_reset/", {"email": staff.email})
    (message,) = mail.outbox
    assert message.to == [staff.email]
    text = emails.check(message, language, name="Camille Durand", hidden=["interne-staff"])
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+/)", text).group(1)
    assert client.get(link, follow=True).status_code == 200

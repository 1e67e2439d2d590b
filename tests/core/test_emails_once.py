"""A task run twice (retried, or picked up again after its worker died) sends its e-mail once,
and an e-mail that could not leave is sent by the retry."""

import pytest
from django.core import mail
from django.test import override_settings

from campaigns.models import Participation
from campaigns.tasks import send_participation_email
from core.emails import Email, send_once
from core.models import SentEmail


@pytest.mark.django_db
def test_a_confirmation_task_run_twice_sends_one_email(campaign):
    participation = Participation.objects.create(
        campaign_key=campaign.translation_key,
        email="lea@example.org",
        language="fr",
        privacy_notice_version="test",
    )
    for _attempt in range(2):
        send_participation_email.call(participation.pk, "https://example.org/me/")
    assert len(mail.outbox) == 1
    assert SentEmail.objects.filter(key=f"campaign-confirmation:{participation.pk}").exists()


@pytest.mark.django_db
def test_an_email_that_could_not_leave_is_sent_by_the_retry():
    with (
        override_settings(EMAIL_BACKEND="tests.core.test_emails_once.BrokenMailServer"),
        pytest.raises(ConnectionRefusedError),
    ):
        send_once("test:retried", EMAIL, "lea@example.org")
    assert not SentEmail.objects.filter(key="test:retried").exists()
    assert send_once("test:retried", EMAIL, "lea@example.org") is True
    assert len(mail.outbox) == 1


EMAIL = Email("Subject", "Body", "<p>Body</p>")


class BrokenMailServer:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")

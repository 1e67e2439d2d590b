"""A task run twice (retried, or picked up again after its worker died) sends its e-mail once,
and an e-mail that could not leave is sent by the retry."""

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings

from campaigns.confirmations import send_confirmations
from campaigns.models import Participation
from core.emails import Email, send_once
from core.models import SentEmail


@pytest.mark.django_db
def test_a_confirmation_sent_is_not_sent_again_by_the_next_run(campaign):
    participation, created = Participation.join(
        campaign, email="lea@example.org", language="fr", privacy_notice_version="test"
    )
    assert created
    for _run in range(2):
        send_confirmations.call()
    assert len(mail.outbox) == 1
    participation.refresh_from_db()
    assert not participation.confirmation_pending


@pytest.mark.django_db
def test_confirmations_a_mail_server_refused_are_sent_by_the_next_run(campaign):
    for address in ("lea@example.org", "ana@example.org"):
        Participation.join(campaign, email=address, language="fr", privacy_notice_version="test")
    with (
        override_settings(EMAIL_BACKEND="tests.core.test_emails_once.BrokenMailServer"),
        pytest.raises(ConnectionRefusedError),
    ):
        send_confirmations.call()
    assert Participation.objects.filter(confirmation_pending=True).count() == 2
    send_confirmations.call()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ana@example.org",
        "lea@example.org",
    ]


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


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")

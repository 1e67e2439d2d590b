"""What a sign-up costs the task workers, which send its confirmation while the campaign's
rush goes on (make bench's cluster part): confirmations go in batches, whose queries do not
grow with the number of sign-ups they confirm."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.confirmations import send_confirmations
from tests import emails
from tests.factories import ParticipationFactory


def confirm(sign_ups: int, campaign) -> int:
    for _ in range(sign_ups):
        ParticipationFactory(campaign=campaign, language="fr", confirmation_pending=True)
    mail.outbox.clear()
    with CaptureQueriesContext(connection) as captured:
        send_confirmations.call()
    assert len(mail.outbox) == sign_ups
    return len(captured)


@pytest.mark.django_db
def test_a_batch_of_confirmations_costs_the_same_queries_for_one_or_thirty(campaigns):
    confirm(1, campaigns["open"])  # what each worker reads once (the languages) read
    assert confirm(1, campaigns["open"]) == confirm(30, campaigns["open"])


@pytest.mark.django_db
def test_a_batch_reads_the_sites_name_once_and_names_it_in_both_parts(campaigns):
    emails.name_the_site()
    ParticipationFactory(
        campaign=campaigns["open"], first_name="Léa", language="fr", confirmation_pending=True
    )
    ParticipationFactory(campaign=campaigns["open"], language="es", confirmation_pending=True)

    with CaptureQueriesContext(connection) as captured:
        send_confirmations.call()

    # core.emails.site_name()'s query (Wagtail's own reads of the sites, for the links, aside).
    reads = [q for q in captured if 'AS "site_name" FROM "wagtailcore_site"' in q["sql"]]
    assert len(reads) == 1, [query["sql"] for query in reads]
    french = next(message for message in mail.outbox if "Léa" in message.body)
    emails.check(french, "fr", name="Léa")

"""What a sign-up costs the task workers, which send its confirmation while the campaign's
rush goes on (make bench's cluster part: a confirmation cost twice the sign-up's own request)."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.tasks import send_participation_email
from tests import emails
from tests.factories import ParticipationFactory


@pytest.mark.django_db
def test_a_confirmation_reads_the_sites_name_once_and_names_it_in_both_parts(campaigns):
    emails.name_the_site()
    sign_up = ParticipationFactory(campaign=campaigns["open"], first_name="Léa", language="fr")

    with CaptureQueriesContext(connection) as captured:
        send_participation_email.call(sign_up.pk, "http://testserver/fr/participation/secret/")

    (message,) = mail.outbox
    # core.emails.site_name()'s query (Wagtail's own reads of the sites, for the links, aside).
    reads = [q for q in captured if 'AS "site_name" FROM "wagtailcore_site"' in q["sql"]]
    assert len(reads) == 1, [query["sql"] for query in reads]
    emails.check(message, "fr", name="Léa")

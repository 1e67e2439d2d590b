"""Sign-ups' confirmations, sent in batches. When a campaign is in the news, thousands of
visitors join within minutes: one task per sign-up cost each of them a row in the task queue,
the task's own queries and a connection to the mail server, more than the sign-up itself. So
the sign-up's row is its confirmation's place in the queue (`confirmation_pending`, stored by
the same INSERT), and one task sends every pending confirmation, a batch at a time.

A sign-up wakes the sender, unless it is awake: the shared cache holds a note while it is, so
that a rush queues one task, not one per sign-up. The sender takes batches until none is left,
then clears the note and looks once more: a sign-up stored before that look is sent by this
run, one stored after it found the note gone and woke another. If the wake-up is lost (the
task queue did not answer, a worker died), `manage.py send_due_emails`, which cron runs every
few minutes, sends what is left."""

import logging

from django.core.cache import cache
from django.core.mail import get_connection
from django.db import DatabaseError, transaction
from django_tasks import task

from campaigns.models import CampaignPage, Participation
from core import emails

BATCH = 100
WAKING = "campaigns:confirmations-waking"
# How long the note that a wake-up is on its way stands if its task never clears it.
WAKING_SECONDS = 60

logger = logging.getLogger(__name__)


def send_soon() -> None:
    """After a sign-up is stored: wake the sender, unless a wake-up is on its way."""
    if not cache.add(WAKING, True, WAKING_SECONDS):
        return
    try:
        send_confirmations.enqueue()
    except DatabaseError:
        # The sign-up is stored and waits: the next sign-up, or cron, sends it.
        cache.delete(WAKING)
        logger.exception("Could not queue the sending of the confirmations")


def queue_confirmations(now) -> int:
    """A producer of `send_due_emails`: wakes the sender if a confirmation waits."""
    waiting = Participation.objects.filter(confirmation_pending=True).count()
    if waiting:
        send_confirmations.enqueue()
    return waiting


@task()
def send_confirmations() -> None:
    """Every confirmation waiting, a batch at a time. Two workers take different batches."""
    while True:
        while send_a_batch():
            pass
        cache.delete(WAKING)
        if not send_a_batch():
            return


def send_a_batch() -> int:
    """One batch: how many sign-ups it handled (0 when none waits). The rows are locked until
    their confirmations are marked sent; a mail server that fails stops the batch, and what it
    had not sent waits for the next run."""
    failure = None
    with transaction.atomic():
        batch = list(
            Participation.objects.filter(confirmation_pending=True)
            .order_by("pk")
            .select_for_update(skip_locked=True)[:BATCH]
        )
        if not batch:
            return 0
        campaigns = campaigns_by_key_and_language({p.campaign_key for p in batch})
        site_name = emails.site_name()
        handled = []
        with get_connection() as connection:
            for participation in batch:
                campaign = campaigns.get(
                    (participation.campaign_key, participation.language)
                ) or campaigns.get(participation.campaign_key)
                try:
                    if campaign is not None:  # else unpublished since: nothing to confirm
                        message = confirmation(participation, campaign, site_name)
                        message.connection = connection
                        message.send()
                except OSError as error:  # smtplib's errors included
                    failure = error
                    break
                handled.append(participation.pk)
        Participation.objects.filter(pk__in=handled).update(confirmation_pending=False)
    if failure:
        raise failure
    return len(batch)


def campaigns_by_key_and_language(keys) -> dict:
    """The live campaigns of `keys`, under (key, language) and, for a sign-up whose language
    version has gone, under the key alone."""
    found = {}
    for campaign in (
        CampaignPage.objects.live().filter(translation_key__in=keys).select_related("locale")
    ):
        found[(campaign.translation_key, campaign.locale.language_code)] = campaign
        found.setdefault(campaign.translation_key, campaign)
    return found


def confirmation(participation, campaign, site_name):
    """The e-mail, in the sign-up's language, with the private link to the participant's page."""
    email = emails.render(
        "campaigns/emails/joined",
        {
            "name": participation.first_name,
            "participation": participation,
            "campaign": campaign,
            "manage_url": participation.private_url(participation.language),
            emails.SITE_NAME_READ: site_name,
        },
        participation.language,
    )
    return email.message(participation.email)

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from campaigns.models import ChallengePage, ChallengeStatus
from campaigns.tasks import send_follow_up_emails


@receiver(page_published, sender=ChallengePage)
def email_the_follow_up(sender, instance, **kwargs):
    if instance.follow_up and instance.status == ChallengeStatus.SOLVED:
        key = str(instance.translation_key)
        transaction.on_commit(lambda: send_follow_up_emails.enqueue(key))

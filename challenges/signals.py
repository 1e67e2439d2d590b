from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published

from challenges.erasure import erase_contributions
from challenges.models import ChallengePage, ChallengeStatus
from challenges.tasks import send_follow_up_emails
from pages.erasure import erase_with_the_last_translation

erase_with_the_last_translation(ChallengePage, erase_contributions)


@receiver(page_published, sender=ChallengePage)
def email_the_follow_up(sender, instance, **kwargs):
    if instance.follow_up and instance.status == ChallengeStatus.SOLVED:
        key = str(instance.translation_key)
        transaction.on_commit(lambda: send_follow_up_emails.enqueue(key))

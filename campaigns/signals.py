from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published

from campaigns.erasure import erase_with_the_last_translation
from campaigns.models import CampaignPage, ChallengePage, ChallengeStatus
from campaigns.tasks import send_follow_up_emails

for model in (CampaignPage, ChallengePage):
    post_delete.connect(erase_with_the_last_translation, sender=model)


@receiver(page_published, sender=ChallengePage)
def email_the_follow_up(sender, instance, **kwargs):
    if instance.follow_up and instance.status == ChallengeStatus.SOLVED:
        key = str(instance.translation_key)
        transaction.on_commit(lambda: send_follow_up_emails.enqueue(key))

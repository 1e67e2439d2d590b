from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published

from challenges.erasure import erase_contributions
from challenges.machine_translation import forget_translations
from challenges.models import ChallengePage, ChallengeStatus, Contribution
from challenges.tasks import send_follow_up_emails, translate_contribution
from core.cache import forget_published_content
from pages.erasure import erase_with_the_last_translation

erase_with_the_last_translation(ChallengePage, erase_contributions)


@receiver(page_published, sender=ChallengePage)
def email_the_follow_up(sender, instance, **kwargs):
    if instance.follow_up and instance.status == ChallengeStatus.SOLVED:
        key = str(instance.translation_key)
        transaction.on_commit(lambda: send_follow_up_emails.enqueue(key))


@receiver(post_save, sender=Contribution)
def translate_for_other_readers(sender, instance, raw=False, **kwargs):
    """Written or edited, a contribution is translated by the task worker once it commits;
    hidden by a moderator, it loses its translations."""
    if raw:
        return
    if instance.is_hidden:
        forget_translations([instance.pk])
    elif settings.APERTIUM_URL:
        pk = instance.pk
        transaction.on_commit(lambda: translate_contribution.enqueue(pk))


@receiver([post_save, post_delete], sender=Contribution)
def forget_which_challenges_are_open(sender, instance, raw=False, **kwargs):
    """A selection made, taken back, hidden or deleted solves or reopens its challenge: the
    listings that each worker keeps until a publish, filtered and ordered by what is open,
    are forgotten as a publish forgets them. It happens about once a challenge."""
    if not raw and (instance.is_selected or instance.selected_as_read):
        forget_published_content()
    instance.selected_as_read = instance.is_selected

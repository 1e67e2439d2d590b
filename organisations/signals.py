from django.db.models.signals import post_save
from django.dispatch import receiver

from organisations.models import OrganisationPage


@receiver(post_save, sender=OrganisationPage)
def staff_edit_every_translation(sender, instance, created, raw=False, **kwargs):
    """A translation of an organisation's page (made by wagtail-localize, with the staff group
    synchronised) is theirs to edit too."""
    if created and not raw and instance.staff_group_id:
        from organisations.onboarding import grant_page_permissions

        grant_page_permissions(instance.staff_group, instance)

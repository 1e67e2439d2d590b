"""Who is on an organisation's staff: the people in its staff group, which an editor's approval
creates (organisations/onboarding.py) and the team page fills."""

from wagtail.models import Locale

from core import unsubscribe
from organisations.models import OrganisationPage


def organisations_of(user):
    """The organisations whose staff `user` belongs to, in the default language."""
    return OrganisationPage.objects.filter(
        staff_group__in=user.groups.all(), locale=Locale.get_default()
    ).order_by("title")


def is_staff_member(user) -> bool:
    return user.is_authenticated and organisations_of(user).exists()


# The e-mails meant for the staff (their weekly digest): only they are offered a choice of them.
STAFF = unsubscribe.Audience("staff", is_staff_member)

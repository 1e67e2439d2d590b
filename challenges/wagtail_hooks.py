from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.permissions import register_permission_policy

from challenges.admin_views import ContributionViewSet
from challenges.erasure import contributions_erased_with
from challenges.models import ChallengePage, Contribution
from core.admin_views import PageKeyedPermissionPolicy
from core.numbers import format_number

register_permission_policy(
    Contribution,
    PageKeyedPermissionPolicy(
        Contribution,
        ChallengePage,
        "challenge_key",
        moderator_permission="challenges.change_contribution",
    ),
)


@hooks.register("register_admin_viewset")
def register_contribution_viewset():
    return ContributionViewSet("contributions")


@hooks.register("before_delete_page")
def warn_of_the_contributions_erased(request, page):
    """The confirmation page says what goes with the page's last translation, for good."""
    if request.method != "GET":
        return
    if contributions := contributions_erased_with(page):
        messages.warning(
            request,
            ngettext(
                "Deleting this page also erases %(count)s contribution, with its marks and "
                "reports, for good: no translation of its challenge remains.",
                "Deleting this page also erases %(count)s contributions, with their marks and "
                "reports, for good: no translation of their challenge remains.",
                contributions,
            )
            % {"count": format_number(contributions)},
        )

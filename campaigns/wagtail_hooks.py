from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.permissions import register_permission_policy

from campaigns.admin_views import (
    ContributionViewSet,
    PageKeyedPermissionPolicy,
    ParticipationViewSet,
)
from campaigns.erasure import erased_with
from campaigns.models import CampaignPage, ChallengePage, Contribution, Participation

register_permission_policy(
    Participation, PageKeyedPermissionPolicy(Participation, CampaignPage, "campaign_key")
)
register_permission_policy(
    Contribution,
    PageKeyedPermissionPolicy(
        Contribution,
        ChallengePage,
        "challenge_key",
        moderator_permission="campaigns.change_contribution",
    ),
)


@hooks.register("register_admin_viewset")
def register_participation_viewset():
    return ParticipationViewSet("participants")


@hooks.register("register_admin_viewset")
def register_contribution_viewset():
    return ContributionViewSet("contributions")


@hooks.register("before_delete_page")
def warn_of_the_personal_data_erased(request, page):
    """The confirmation page says what goes with the page's last translation, for good."""
    if request.method != "GET":
        return
    sign_ups, contributions = erased_with(page)
    if sign_ups:
        messages.warning(
            request,
            ngettext(
                "Deleting this page also erases %(count)d sign-up, with its e-mail address, for "
                "good: no translation of its campaign remains.",
                "Deleting this page also erases %(count)d sign-ups, with their e-mail addresses, "
                "for good: no translation of their campaign remains.",
                sign_ups,
            )
            % {"count": sign_ups},
        )
    if contributions:
        messages.warning(
            request,
            ngettext(
                "Deleting this page also erases %(count)d contribution, with its marks and "
                "reports, for good: no translation of its challenge remains.",
                "Deleting this page also erases %(count)d contributions, with their marks and "
                "reports, for good: no translation of their challenge remains.",
                contributions,
            )
            % {"count": contributions},
        )

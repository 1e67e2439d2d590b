from wagtail import hooks
from wagtail.permissions import register_permission_policy

from campaigns.admin_views import (
    ContributionViewSet,
    PageKeyedPermissionPolicy,
    ParticipationViewSet,
)
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

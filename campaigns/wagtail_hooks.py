from wagtail import hooks
from wagtail.permissions import register_permission_policy

from campaigns.admin_views import ParticipationPermissionPolicy, ParticipationViewSet
from campaigns.models import Participation

register_permission_policy(Participation, ParticipationPermissionPolicy())


@hooks.register("register_admin_viewset")
def register_participation_viewset():
    return ParticipationViewSet("participants")

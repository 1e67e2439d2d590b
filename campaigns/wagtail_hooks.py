from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.permissions import register_permission_policy

from campaigns.admin_views import ParticipationViewSet
from campaigns.erasure import sign_ups_erased_with
from campaigns.models import CampaignPage, Participation
from core.admin_views import PageKeyedPermissionPolicy
from core.numbers import format_number
from core.schedule import epoch

OPEN_CAMPAIGNS_ON_THE_HOME_PAGE = 3

register_permission_policy(
    Participation, PageKeyedPermissionPolicy(Participation, CampaignPage, "campaign_key")
)


@hooks.register("register_admin_viewset")
def register_participation_viewset():
    return ParticipationViewSet("participants")


@hooks.register("before_delete_page")
def warn_of_the_sign_ups_erased(request, page):
    """The confirmation page says what goes with the page's last translation, for good."""
    if request.method != "GET":
        return
    if sign_ups := sign_ups_erased_with(page):
        messages.warning(
            request,
            ngettext(
                "Deleting this page also erases %(count)s sign-up, with its e-mail address, for "
                "good: no translation of its campaign remains.",
                "Deleting this page also erases %(count)s sign-ups, with their e-mail addresses, "
                "for good: no translation of their campaign remains.",
                sign_ups,
            )
            % {"count": format_number(sign_ups)},
        )


@hooks.register("home_page_context")
def show_open_campaigns(home_page, request, context):
    """The home page's open campaigns: which ones, kept by each worker until a publish or the
    next opening or closing; their figures, live."""

    def open_campaigns():
        campaigns = CampaignPage.open_now().descendant_of(home_page)
        return list(campaigns[:OPEN_CAMPAIGNS_ON_THE_HOME_PAGE])

    campaigns = home_page.remember(request, f"home-campaigns:{epoch()}", open_campaigns)
    context["open_campaigns"] = CampaignPage.attach_figures(campaigns)

from django.urls import path
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from challenges.admin_views import ContributionViewSet
from challenges.erasure import contributions_erased_with
from challenges.models import ChallengePage, ChallengeTemplate, Contribution
from challenges.template_views import CreateFromTemplateView, template_choice
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


class ChallengeTemplateViewSet(SnippetViewSet):
    model = ChallengeTemplate
    icon = "clipboard-list"
    list_display = ["title", "minutes", "sort_order"]


register_snippet(ChallengeTemplateViewSet)


@hooks.register("register_admin_urls")
def register_challenge_template_urls():
    return [
        path(
            "challenge-templates/<int:template_id>/add/<int:parent_page_id>/",
            CreateFromTemplateView.as_view(),
            name="challenge_from_template",
        )
    ]


@hooks.register("before_create_page")
def offer_challenge_templates(request, parent_page, page_class):
    """Adding a challenge starts with the choice of a template, once Wagtail has checked that
    the user may add it there; "Start from a blank page" (`?blank=1`) goes straight to the form."""
    if (
        page_class is ChallengePage
        and request.method == "GET"
        and request.resolver_match.view_name == "wagtailadmin_pages:add"
        and "blank" not in request.GET
    ):
        return template_choice(request, parent_page)
    return None


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

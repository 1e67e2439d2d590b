"""Starting a challenge from a template: when staff add a challenge, they first choose a
template (or a blank page), then get Wagtail's own form, filled in from the template."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.pages.create import CreateView

from challenges.models import ChallengePage, ChallengeTemplate


class ChooseTemplateView(WagtailAdminTemplateMixin, TemplateView):
    """The templates in the language of the challenge to be, each with its guide. Reached only
    through Wagtail's page creation view, after its permission checks (wagtail_hooks.py)."""

    template_name = "challenges/admin/choose_template.html"
    page_title = _("Start a challenge")
    header_icon = "clipboard-list"
    parent_page = None
    challenge_templates = ()

    def get_context_data(self, **kwargs):
        add_url = reverse(
            "wagtailadmin_pages:add", args=["challenges", "challengepage", self.parent_page.pk]
        )
        return super().get_context_data(
            **kwargs,
            parent_page=self.parent_page,
            challenge_templates=self.challenge_templates,
            blank_url=f"{add_url}?blank=1",
        )


def template_choice(request, parent_page):
    """The choice of a template, or None where there is no template in the page's language."""
    templates = list(ChallengeTemplate.objects.filter(locale_id=parent_page.locale_id))
    if not templates:
        return None
    return ChooseTemplateView.as_view(parent_page=parent_page, challenge_templates=templates)(
        request
    )


class CreateFromTemplateView(CreateView):
    """Wagtail's form for a new challenge, with the template's wording, time and tags. The
    form is sent to Wagtail's own creation view; this one only draws it."""

    http_method_names = ["get"]

    def dispatch(self, request, template_id, parent_page_id):
        self.challenge_template = get_object_or_404(ChallengeTemplate, pk=template_id)
        return super().dispatch(
            request,
            ChallengePage._meta.app_label,
            ChallengePage._meta.model_name,
            parent_page_id,
        )

    def get(self, request):
        if self.challenge_template.locale_id != self.page.locale_id:
            raise Http404(_("This template is not in the challenge’s language."))
        self.challenge_template.fill(self.page)
        return super().get(request)

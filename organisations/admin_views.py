"""The admin side: editors decide on applications; an organisation's staff manage their
team, follow their figures and see which of their pages lack a translation."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from django_ratelimit.core import is_ratelimited
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale, Page
from wagtail.permission_policies import ModelPermissionPolicy

from core.responses import too_many_requests
from organisations import onboarding
from organisations.forms import DecisionForm, InvitationForm
from organisations.models import Invitation, OrganisationApplication, OrganisationPage
from organisations.staff import organisations_of
from organisations.tasks import send_invitation_email


def decision_url(application) -> str:
    """Pending applications open on the decision form, the others on their record."""
    if application.status == OrganisationApplication.Status.PENDING:
        return reverse("organisation_decide", args=[application.pk])
    return reverse("applications:inspect", args=[application.pk])


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Applications come from the public form only: nobody adds or copies one here."""

    def user_has_permission(self, user, action):
        return action not in ("add", "copy") and super().user_has_permission(user, action)


class ApplicationViewSet(ModelViewSet):
    model = OrganisationApplication
    copy_view_enabled = False
    icon = "group"
    menu_label = gettext_lazy("Applications")
    menu_order = 270
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = [
        TitleColumn("name", label=gettext_lazy("Organisation name"), get_url=decision_url),
        "applicant_name",
        "applicant_email",
        "country",
        "status",
        "created_at",
    ]
    list_filter = ["status"]
    search_fields = ["name", "applicant_email"]
    form_fields = ["decision_message"]


class DecideView(WagtailAdminTemplateMixin, FormView):
    """Approve or reject an application, with a message for the applicant."""

    form_class = DecisionForm
    template_name = "organisations/admin/decide.html"
    header_icon = "group"

    def dispatch(self, request, pk):
        if not request.user.has_perm("organisations.change_organisationapplication"):
            raise PermissionDenied
        self.application = get_object_or_404(
            OrganisationApplication, pk=pk, status=OrganisationApplication.Status.PENDING
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Application from %(name)s") % {"name": self.application.name}

    def get_context_data(self, **kwargs):
        return super().get_context_data(application=self.application, **kwargs)

    def form_valid(self, form):
        message = form.cleaned_data["message"]
        if form.cleaned_data["decision"] == "approve":
            page = onboarding.approve(self.application, self.request.user, message)
            messages.success(
                self.request,
                _("%(name)s is approved and its page is online.") % {"name": page.title},
            )
        else:
            onboarding.reject(self.application, self.request.user, message)
            messages.success(self.request, _("The application is rejected."))
        return redirect("applications:index")

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class StaffOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        self.organisations = list(organisations_of(request.user))
        if not self.organisations:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def organisation(self, pk: str) -> OrganisationPage:
        """One of the user's organisations; another one, or garbage, does not exist for them."""
        for organisation in self.organisations:
            if str(organisation.pk) == pk:
                return organisation
        raise Http404


def figures(organisation) -> dict:
    """Open items, people who joined this week, contributions waiting for a look."""
    from campaigns.models import CampaignPage, Participation
    from campaigns.models.campaign import open_campaigns
    from challenges.models import ChallengePage, Contribution
    from challenges.models.challenge import open_challenges

    now = timezone.now()
    pages = Page.objects.descendant_of(organisation).values("translation_key")
    campaigns = CampaignPage.objects.descendant_of(organisation).live()
    challenges = ChallengePage.objects.descendant_of(organisation).live()
    return {
        "open_items": campaigns.filter(open_campaigns(now)).count()
        + challenges.filter(open_challenges(now)).count(),
        "joined_this_week": Participation.objects.filter(
            campaign_key__in=pages, joined_at__gte=now - datetime.timedelta(days=7)
        ).aggregate(people=Sum("people"))["people"]
        or 0,
        "waiting": Contribution.objects.filter(challenge_key__in=pages)
        .waiting_for_a_look()
        .count(),
    }


def missing_translations(organisation) -> list[dict]:
    """The organisation's pages, each with the languages it has no translation in yet."""
    locales = {locale.pk: locale for locale in Locale.objects.all()}
    pages = Page.objects.descendant_of(organisation, inclusive=True).specific()
    translated = {}
    for key, locale_id in Page.objects.filter(
        translation_key__in=pages.values("translation_key")
    ).values_list("translation_key", "locale_id"):
        translated.setdefault(key, set()).add(locale_id)
    rows = []
    for page in pages:
        missing = [
            locales[pk].get_display_name()
            for pk in locales
            if pk not in translated.get(page.translation_key, set())
        ]
        if missing:
            rows.append({"page": page, "missing": missing})
    return rows


class TeamView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "organisations/admin/team.html"
    page_title = gettext_lazy("My organisation")
    header_icon = "group"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["teams"] = [
            {
                "organisation": organisation,
                "members": organisation.staff_group.user_set.order_by("email"),
                "invitations": Invitation.objects.usable().filter(organisation=organisation),
                "form": kwargs.get("forms", {}).get(organisation.pk)
                or InvitationForm(organisation=organisation),
                "figures": figures(organisation),
                "missing_translations": missing_translations(organisation),
            }
            for organisation in self.organisations
        ]
        return context

    def post(self, request):
        organisation = self.organisation(request.POST.get("organisation", ""))
        if "remove" in request.POST:
            member = next(
                (
                    m
                    for m in organisation.staff_group.user_set.all()
                    if str(m.pk) == request.POST["remove"]
                ),
                None,
            )
            if member is None:
                raise Http404
            organisation.staff_group.user_set.remove(member)
            messages.success(
                request,
                _("%(email)s is no longer in the team.") % {"email": member.email or member},
            )
            return redirect("organisation_team")
        if is_ratelimited(
            request, group="invitation", key="user", rate=settings.INVITATION_RATE, increment=True
        ):
            return too_many_requests(request)
        form = InvitationForm(request.POST, organisation=organisation)
        if not form.is_valid():
            response = self.render_to_response(self.get_context_data(forms={organisation.pk: form}))
            response.status_code = 400
            return response
        invitation, token = Invitation.send_to(
            organisation, form.cleaned_data["email"], request.user
        )
        accept_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "organisations:accept_invitation", args=[token]
        )
        send_invitation_email.enqueue(invitation.pk, accept_url, request.LANGUAGE_CODE)
        messages.success(request, _("Invitation sent to %(email)s.") % {"email": invitation.email})
        return redirect("organisation_team")

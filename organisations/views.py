"""The public side: an organisation applies; an invited colleague accepts."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from core.responses import too_many_requests
from organisations.forms import ApplicationForm
from organisations.models import Invitation
from pages.models import Navigation


def register(request):
    form = ApplicationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if is_ratelimited(
            request,
            group="organisation-application",
            key="ip",
            rate=settings.ORGANISATION_APPLICATION_RATE,
            increment=True,
        ):
            return too_many_requests(request)
        if form.is_valid():
            if not form.is_spam():
                application = form.save(commit=False)
                application.language = get_language()
                application.privacy_notice_version = Navigation.privacy_notice_version()
                application.save()
                form.save_m2m()
            return redirect("organisations:registered")
        status = 400
    return TemplateResponse(request, "organisations/register.html", {"form": form}, status=status)


def registered(request):
    return TemplateResponse(request, "organisations/registered.html")


def accept_invitation(request, token):
    """Join the organisation's team, once, with an account that has the invited address."""
    invitation = Invitation.find(token)
    if invitation is None:
        return TemplateResponse(request, "organisations/invitation_invalid.html", status=404)
    context = {"invitation": invitation}
    if not request.user.is_authenticated:
        return TemplateResponse(request, "organisations/invitation_log_in.html", context)
    if not EmailAddress.objects.filter(
        user=request.user, email__iexact=invitation.email, verified=True
    ).exists():
        return TemplateResponse(
            request, "organisations/invitation_other_address.html", context, status=403
        )
    if request.method != "POST":
        return TemplateResponse(request, "organisations/invitation_accept.html", context)
    with transaction.atomic():
        # Single use even when the link is clicked twice at once.
        taken = Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
            accepted_at=timezone.now()
        )
        if not taken:
            return TemplateResponse(request, "organisations/invitation_invalid.html", status=404)
        request.user.groups.add(invitation.organisation.staff_group)
    messages.success(
        request,
        _("Welcome to the team of %(name)s.") % {"name": invitation.organisation.title},
    )
    return redirect(reverse("wagtailadmin_home"))

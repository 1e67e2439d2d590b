"""What logged-in volunteers do on a challenge: contribute, edit, mark as useful, report."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from challenges.forms import ContributionForm
from challenges.models import ChallengeStatus, Contribution, ContributionMark, ContributionReport
from challenges.models.contribution import REPORTS_BEFORE_HIDING, forget_challenge_figures
from core.responses import too_many_requests


def require_volunteer(request):
    if not request.user.is_authenticated:
        raise PermissionDenied


def limited(request, group) -> bool:
    return is_ratelimited(
        request, group=group, key="user_or_ip", rate=settings.CHALLENGE_ACTION_RATE, increment=True
    )


def contribute(request, challenge, contribution=None):
    """Send a new contribution, or change one's own until the deadline."""
    require_volunteer(request)
    if contribution is not None and contribution.author_id != request.user.pk:
        raise PermissionDenied
    if challenge.status != ChallengeStatus.OPEN:
        raise PermissionDenied(_("This challenge is closed: contributions can no longer change."))
    if contribution is None:
        contribution = challenge.contributions().filter(author=request.user).first()
    if request.method != "POST":
        return redirect(challenge.url + "#my-contribution")
    if limited(request, "contribute"):
        return too_many_requests(request)

    form = ContributionForm(request.POST, instance=contribution, challenge=challenge)
    if not form.is_valid():
        response = challenge.render(request, context_overrides={"form": form})
        response.status_code = 400
        return response
    contribution = form.save(commit=False)
    if contribution.pk is None:
        contribution.challenge_key = challenge.translation_key
        contribution.author = request.user
        contribution.language = get_language()
    try:
        with transaction.atomic():
            contribution.save()
    except IntegrityError:  # a second tab sent one at the same moment
        messages.info(request, _("You had already contributed: edit your contribution instead."))
        return redirect(challenge.url + "#my-contribution")
    messages.success(request, _("Thank you: your contribution is online."))
    return redirect(challenge.url + "#my-contribution")


def _visible_contribution(challenge, pk) -> Contribution:
    contribution = challenge.contributions().visible().filter(pk=pk).first()
    if contribution is None:
        raise Http404
    return contribution


@require_POST
def mark(request, challenge, pk):
    """Mark a contribution as useful, or take the mark back: once per volunteer."""
    require_volunteer(request)
    contribution = _visible_contribution(challenge, pk)
    if contribution.author_id == request.user.pk:
        raise PermissionDenied(_("You cannot mark your own contribution."))
    if limited(request, "mark"):
        return too_many_requests(request)
    ContributionMark.toggle(contribution, request.user)
    return redirect(f"{challenge.url}#contribution-{contribution.pk}")


@require_POST
def report(request, challenge, pk):
    """Report a contribution; after three reports it waits, hidden, for a moderator."""
    require_volunteer(request)
    contribution = _visible_contribution(challenge, pk)
    if limited(request, "report"):
        return too_many_requests(request)
    try:
        with transaction.atomic():
            ContributionReport.objects.create(contribution=contribution, user=request.user)
    except IntegrityError:
        pass  # reported once already by this volunteer
    if contribution.reports.count() >= REPORTS_BEFORE_HIDING:
        Contribution.objects.filter(pk=contribution.pk).update(is_hidden=True)
        forget_challenge_figures(contribution.challenge_key)
    messages.success(request, _("Thank you: a moderator will look at this contribution."))
    return redirect(challenge.url)

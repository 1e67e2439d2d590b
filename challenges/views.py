"""What volunteers do on a challenge: contribute, edit, mark as useful, report, and read the
others' contributions in their own language."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from challenges.calendar import challenge_event
from challenges.forms import ContributionForm
from challenges.machine_translation import forget_translations, offered
from challenges.models import (
    Bookmark,
    ChallengeStatus,
    Contribution,
    ContributionMark,
    ContributionReport,
    ContributionTranslation,
)
from challenges.models.contribution import REPORTS_BEFORE_HIDING, forget_challenge_figures
from challenges.models.translation import text_version
from challenges.tasks import translate_contribution
from core.cache import forget_published_content
from core.calendar import calendar_download
from core.responses import too_many_requests

# A reader who finds a translation missing asks the task worker for it again, at most this often.
TRANSLATION_ASKED_AGAIN_SECONDS = 60


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


@require_POST
def keep_for_later(request, challenge):
    """ "I'll do it later", or taken back (`remove`, from the challenge page or the dashboard,
    which sends `next`): a reminder comes before the deadline."""
    require_volunteer(request)
    bookmarks = Bookmark.objects.filter(user=request.user, challenge_key=challenge.translation_key)
    if "remove" in request.POST:
        bookmarks.delete()
        messages.success(request, _("This challenge is no longer kept for later."))
    elif challenge.status != ChallengeStatus.OPEN:
        raise PermissionDenied(_("This challenge is closed: there is nothing left to do later."))
    else:
        bookmarks.get_or_create(user=request.user, challenge_key=challenge.translation_key)
        messages.success(
            request, _("Kept for later: we will remind you by e-mail the day before the deadline.")
        )
    following = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(following, {request.get_host()}, request.is_secure()):
        return redirect(following)
    return redirect(challenge.url + "#my-contribution")


def calendar(request, challenge):
    event = challenge_event(challenge, challenge.get_full_url(request))
    return calendar_download([event], challenge.title, fallback="challenge")


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
        forget_translations([contribution.pk])
        forget_challenge_figures(contribution.challenge_key)
        if contribution.is_selected:  # its challenge is open again
            forget_published_content()
    messages.success(request, _("Thank you: a moderator will look at this contribution."))
    return redirect(challenge.url)


@dataclass(frozen=True)
class TranslationShown:
    """The machine translation a reader asked for on a challenge page, in the page's language;
    `text` is empty while the task worker prepares it. Its fields key the drawn HTML."""

    contribution_pk: int
    text: str


def machine_translation_links(request, contributions, language) -> dict:
    """What the page needs to offer its contributions in other languages in its own: the
    links to each translation and back to the original, kept with the order and page shown,
    and the translation asked for, read from the database (one query, only then)."""
    kept = [(name, value) for name, value in request.GET.items() if name != "translate"]
    return {
        "translatable_from": sorted(
            code for code, _name in settings.LANGUAGES if offered(code, language)
        ),
        "translate_url": "?" + urlencode([*kept, ("translate", "")]),
        "original_url": "?" + urlencode(kept) if kept else request.path,
        "translated": translation_asked_for(request, contributions, language),
    }


def translation_asked_for(request, contributions, language) -> TranslationShown | None:
    """`?translate=<contribution>`: the translation of a contribution on this page, never made
    here. Missing (the engine did not answer when the contribution was saved, or it was
    written before), it is asked of the task worker again, and the page says it is coming."""
    asked = request.GET.get("translate")
    if asked is None:
        return None
    contribution = next((c for c in contributions if str(c.pk) == asked), None)
    if contribution is None or not offered(contribution.language, language):
        raise Http404(_("This contribution is not on this page."))
    version = text_version(contribution.text)
    text = (
        ContributionTranslation.objects.filter(
            contribution=contribution, language=language, source_version=version
        )
        .values_list("text", flat=True)
        .first()
    )
    if text is None:
        pk = contribution.pk
        if cache.add(f"translation-asked:{pk}:{version}", True, TRANSLATION_ASKED_AGAIN_SECONDS):
            translate_contribution.enqueue(pk)
        return TranslationShown(pk, "")
    return TranslationShown(contribution.pk, text)

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django_ratelimit.core import is_ratelimited
from wagtail.models import Locale

from campaigns.models import CampaignIndexPage, CampaignPage, Participation
from challenges.models import Bookmark, ChallengeIndexPage, ChallengePage, Contribution
from challenges.models.challenge import open_challenges
from core.calendar import CONTENT_TYPE
from core.responses import too_many_requests
from pages.models.base import with_card_images
from volunteers import fifteen_minutes as fifteen_minutes_pick
from volunteers.activity import localized_pages, minutes_given, verified_emails
from volunteers.calendar import volunteer_calendar
from volunteers.forms import ProfileForm
from volunteers.models import Profile

MATCHES_SHOWN = 6


def matching_challenges(profile: Profile):
    """Open challenges in the visitor's language that share a cause or a skill with the
    volunteer and fit their time, but those they answered and those solved before their
    deadline: best matches first, then nearest deadlines."""
    causes = profile.causes.values("translation_key")
    skills = profile.skills.values("translation_key")
    answered = Contribution.objects.filter(author_id=profile.user_id).values("challenge_key")
    challenges = (
        ChallengePage.objects.live()
        .public()
        .filter(open_challenges(timezone.now()), locale=Locale.get_active())
        .filter(minutes__lte=profile.time_available)
        .exclude(translation_key__in=answered)
        .annotate(
            matches=Count(
                "tagged_causes",
                filter=Q(tagged_causes__tag__translation_key__in=causes),
                distinct=True,
            )
            + Count(
                "tagged_skills",
                filter=Q(tagged_skills__tag__translation_key__in=skills),
                distinct=True,
            )
        )
        .filter(matches__gt=0)
    )
    return ChallengePage.attach_figures(
        with_card_images(challenges).order_by("-matches", "deadline")[:MATCHES_SHOWN]
    )


@login_required
def dashboard(request):
    profile = Profile.objects.filter(user=request.user).first()
    if profile is None:
        return redirect("wagtailadmin_home") if request.user.is_staff else redirect("/")
    contributions = list(Contribution.objects.filter(author=request.user).order_by("-created_at"))
    participations = list(Participation.objects.filter(email__in=verified_emails(request.user)))
    bookmarks = list(Bookmark.objects.filter(user=request.user).order_by("created_at"))
    challenges = localized_pages(
        ChallengePage,
        [c.challenge_key for c in contributions] + [b.challenge_key for b in bookmarks],
    )
    campaigns = localized_pages(CampaignPage, [p.campaign_key for p in participations])
    for contribution in contributions:
        contribution.challenge = challenges.get(contribution.challenge_key)
    for participation in participations:
        participation.campaign = campaigns.get(participation.campaign_key)
    for bookmark in bookmarks:
        bookmark.challenge = challenges.get(bookmark.challenge_key)
    return TemplateResponse(
        request,
        "volunteers/dashboard.html",
        {
            "profile": profile,
            "matches": matching_challenges(profile),
            "contributions": contributions,
            "kept_for_later": [b for b in bookmarks if b.challenge],
            "participations": participations,
            "minutes_given": minutes_given(contributions, participations),
            "calendar_url": request.build_absolute_uri(
                reverse("calendar_feed", args=[profile.calendar_token])
            ),
        },
    )


@login_required
def edit_profile(request):
    profile = Profile.objects.filter(user=request.user).first()
    if profile is None:
        return redirect("/")
    form = ProfileForm(request.POST or None, instance=profile)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile is up to date."))
            return redirect("volunteers:dashboard")
        status = 400
    return TemplateResponse(request, "volunteers/profile.html", {"form": form}, status=status)


@login_required
def download_data(request):
    """Everything Crowdtime keeps about the volunteer, as JSON."""
    user = request.user
    profile = Profile.objects.filter(user=user).prefetch_related("causes", "skills").first()
    data = {
        "account": {"email": user.email, "joined": user.date_joined.isoformat()},
        "profile": profile
        and {
            "display_name": profile.display_name,
            "preferred_language": profile.preferred_language,
            "time_zone": profile.time_zone,
            "causes": [tag.name for tag in profile.causes.all()],
            "skills": [tag.name for tag in profile.skills.all()],
            "time_available_minutes": profile.time_available,
            "digest": profile.digest,
        },
        "contributions": [
            {
                "challenge": str(c.challenge_key),
                "text": c.text,
                "link": c.link,
                "language": c.language,
                "sent": c.created_at.isoformat(),
                "selected": c.is_selected,
            }
            for c in Contribution.objects.filter(author=user)
        ],
        "kept_for_later": [
            str(key) for key in user.challenge_bookmarks.values_list("challenge_key", flat=True)
        ],
        "marked_useful": [str(m.contribution_id) for m in user.contribution_marks.all()],
        "reported": [str(r.contribution_id) for r in user.contribution_reports.all()],
        "campaigns_joined": [
            {
                "campaign": str(p.campaign_key),
                "email": p.email,
                "first_name": p.first_name,
                "people": p.people,
                "reported_quantity": p.impact_quantity,
                "remind_me": p.remind_me,
                "joined": p.joined_at.isoformat(),
            }
            for p in Participation.objects.filter(email__in=verified_emails(user))
        ],
        "certificates": [
            {
                "number": c.public_id,
                "issued": c.issued_at.isoformat(),
                "revoked": c.revoked_at and c.revoked_at.isoformat(),
                "credential": c.credential,
            }
            for c in user.certificates.all()
        ],
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="crowdtime-my-data.json"'
    return response


@login_required
def delete_account(request):
    """Contributions stay, without their author; marks and reports go with the account."""
    if request.method != "POST":
        return TemplateResponse(request, "volunteers/delete_account.html")
    user = request.user
    logout(request)
    user.delete()
    messages.success(request, _("Your account and your personal data have been deleted."))
    return redirect("/")


@require_GET
@never_cache
def fifteen_minutes(request):
    """ "I have 15 minutes": one challenge or campaign, and a link to another. Never kept by the
    page cache (never_cache): each request picks afresh."""
    seen = fifteen_minutes_pick.parse_seen(request.GET.get("seen", ""))
    if seen is None:
        raise BadRequest
    page = fifteen_minutes_pick.pick(request.user, seen)
    context = {"page_pick": page, "seen": seen}
    if page is None:
        context["listings"] = [
            index
            for index in (
                model.objects.live().filter(locale=Locale.get_active()).first()
                for model in (ChallengeIndexPage, CampaignIndexPage)
            )
            if index is not None
        ]
    else:
        context["kind"] = "challenge" if isinstance(page, ChallengePage) else "campaign"
        context["another_url"] = "?" + urlencode({"seen": ",".join(map(str, [*seen, page.pk]))})
    return TemplateResponse(request, "volunteers/fifteen_minutes.html", context)


def calendar_feed(request, token):
    """The volunteer's calendar, for calendar apps: no session, the address is the secret. Not
    kept by any cache on the way, so that a new address revokes the old one at once."""
    profile = Profile.objects.filter(calendar_token=token).first()
    if profile is None:
        raise Http404
    if is_ratelimited(
        request,
        group="calendar-feed",
        key=lambda _group, _request: str(profile.pk),
        rate=settings.CALENDAR_FEED_RATE,
        increment=True,
    ):
        return too_many_requests(request)
    response = HttpResponse(volunteer_calendar(profile, request), content_type=CONTENT_TYPE)
    patch_cache_control(response, private=True, no_cache=True)
    return response


@require_POST
@login_required
def new_calendar_address(request):
    profile = Profile.objects.filter(user=request.user).first()
    if profile is None:
        raise Http404
    profile.renew_calendar_token()
    messages.success(request, _("Your calendar has a new address: the old one no longer works."))
    return redirect(reverse("volunteers:dashboard") + "#calendar-heading")

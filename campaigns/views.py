import uuid

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from campaigns import confirmations
from campaigns import embed as embedding
from campaigns.calendar import campaign_event
from campaigns.forms import JoinForm, ReportForm
from campaigns.models import CampaignPage, CampaignStatus, Participation
from campaigns.tasks import send_already_joined_email
from core.calendar import calendar_download
from core.responses import too_many_requests
from pages.models import Navigation


def join(request, campaign: CampaignPage):
    """The join form on its own page, so that the campaign page, free of a form token, can be
    served from the page cache; POST, then redirect to the thank-you state."""
    if request.method != "POST":
        return render_join_form(request, campaign, JoinForm())
    if is_ratelimited(
        request, group="campaign-join", key="ip", rate=settings.CAMPAIGN_JOIN_RATE, increment=True
    ):
        return too_many_requests(request)

    form = JoinForm(request.POST)
    if not form.is_valid():
        return render_join_form(request, campaign, form, status=400)
    thanks_url = campaign.url + campaign.reverse_subpage("thanks")
    if form.is_spam():
        return redirect(thanks_url)
    if campaign.status != CampaignStatus.OPEN:
        if campaign.status == CampaignStatus.UPCOMING:
            form.add_error(None, _("This campaign has not opened yet: come back when it starts."))
        else:
            form.add_error(None, _("This campaign has ended: sign-ups are closed."))
        return render_join_form(request, campaign, form, status=409)

    participation, created = Participation.join(
        campaign,
        email=form.cleaned_data["email"],
        first_name=form.cleaned_data["first_name"],
        people=form.cleaned_data["people"],
        remind_me=form.cleaned_data["remind_me"],
        language=get_language(),
        privacy_notice_version=Navigation.privacy_notice_version(),
    )
    if created:
        confirmations.send_soon()
    else:
        # The page answers as for a first sign-up, so that nobody learns who is signed up;
        # only the address's owner hears, by e-mail, that they were already in.
        send_already_joined_email.enqueue(
            participation.pk,
            participation.private_url(get_language()),
            get_language(),
            uuid.uuid4().hex,
        )
    return redirect(thanks_url)


def render_join_form(request, campaign, form, status=200):
    response = campaign.render(
        request, template="campaigns/campaign_join.html", context_overrides={"form": form}
    )
    response.status_code = status
    return response


def thanks(request, campaign: CampaignPage):
    return campaign.render(request, template="campaigns/campaign_thanks.html")


def calendar(request, campaign: CampaignPage):
    event = campaign_event(campaign, campaign.get_full_url(request))
    return calendar_download([event], campaign.title, fallback="campaign")


def participation(request, token):
    """The participant's private page: report what they did, or withdraw."""
    found = Participation.from_token(token, max_age=settings.PARTICIPATION_LINK_MAX_AGE)
    if found is None:
        return TemplateResponse(request, "campaigns/participation_invalid.html", status=404)
    campaign = CampaignPage.objects.live().filter(translation_key=found.campaign_key).first()
    campaign = campaign.localized if campaign else None
    form = ReportForm(initial={"impact_quantity": found.impact_quantity})
    status = 200
    if request.method == "POST":
        if request.POST.get("action") == "withdraw":
            found.delete()
            return TemplateResponse(
                request, "campaigns/participation_withdrawn.html", {"campaign": campaign}
            )
        form = ReportForm(request.POST)
        if form.is_valid():
            found.impact_quantity = form.cleaned_data["impact_quantity"]
            found.save(update_fields=["impact_quantity"])
            messages.success(request, _("Thank you: your figure counts in the campaign's total."))
            return redirect(request.path)
        status = 400
    return TemplateResponse(
        request,
        "campaigns/participation.html",
        {"participation": found, "campaign": campaign, "form": form},
        status=status,
    )


def embed(request, campaign: CampaignPage):
    """The campaign in a frame on another site: its title, progress and time left, and a link
    that opens it here, in the visitor's window."""
    response = TemplateResponse(
        request,
        "campaigns/embed/page.html",
        {"campaign": campaign, "campaign_url": campaign.get_full_url(request)},
    )
    return embedding.allow_any_site_to_frame(response)


def badge(request, page_path):
    """The campaign's progress as a small SVG image, in the address's language."""
    campaign = embedding.campaign_at(request, f"/{get_language()}/{page_path}")
    if campaign is None:
        raise Http404
    response = render(
        request,
        "campaigns/embed/badge.svg",
        {"badge": embedding.Badge.for_campaign(campaign)},
        content_type="image/svg+xml; charset=utf-8",
    )
    patch_cache_control(response, public=True, max_age=embedding.BADGE_MAX_AGE)
    return response


def oembed(request):
    """oEmbed (https://oembed.com): the frame of the campaign at `url`, for the sites that turn
    a pasted address into what it shows. JSON only."""
    if request.GET.get("format", "json") != "json":
        return HttpResponse(
            _("Only the JSON format is offered."),
            status=501,
            content_type="text/plain; charset=utf-8",
        )
    campaign, language = embedding.campaign_for_url(request, request.GET.get("url", ""))
    if campaign is None:
        raise Http404
    width = pixels(request.GET.get("maxwidth"), embedding.FRAME_WIDTH)
    height = pixels(request.GET.get("maxheight"), embedding.FRAME_HEIGHT)
    if width is None or height is None:
        return HttpResponseBadRequest(
            _("maxwidth and maxheight are whole numbers of pixels."),
            content_type="text/plain; charset=utf-8",
        )
    with translation.override(language):
        organisation = campaign.organisation
        answer = {
            "version": "1.0",
            "type": "rich",
            "provider_name": "Crowdtime",
            "provider_url": request.build_absolute_uri(f"/{language}/"),
            "title": campaign.title,
            "html": embedding.frame_html(request, campaign, width, height),
            "width": width,
            "height": height,
        }
        if organisation is not None:
            answer |= {
                "author_name": organisation.title,
                "author_url": organisation.get_full_url(request),
            }
    return JsonResponse(answer)


def pixels(value: str | None, largest: int) -> int | None:
    """A size the embedding site allows, at most `largest`; None if it is not a size."""
    if value is None:
        return largest
    if not (value.isascii() and value.isdecimal()) or int(value) == 0:
        return None
    return min(int(value), largest)

import uuid

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

from campaigns.calendar import campaign_calendar
from campaigns.forms import JoinForm, ReportForm
from campaigns.models import CampaignPage, CampaignStatus, Participation
from campaigns.tasks import send_already_joined_email, send_participation_email
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

    def manage_url(participation):
        return request.build_absolute_uri(
            reverse("campaigns:participation", args=[participation.make_token()])
        )

    participation, created = Participation.join(
        campaign,
        confirm=lambda new: send_participation_email.enqueue(new.pk, manage_url(new)),
        email=form.cleaned_data["email"],
        first_name=form.cleaned_data["first_name"],
        people=form.cleaned_data["people"],
        language=get_language(),
        privacy_notice_version=Navigation.privacy_notice_version(),
    )
    if not created:
        # The page answers as for a first sign-up, so that nobody learns who is signed up;
        # only the address's owner hears, by e-mail, that they were already in.
        send_already_joined_email.enqueue(
            participation.pk, manage_url(participation), get_language(), uuid.uuid4().hex
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
    response = HttpResponse(
        campaign_calendar(campaign, request), content_type="text/calendar; charset=utf-8"
    )
    filename = slugify(campaign.title)[:60] or "campaign"
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


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

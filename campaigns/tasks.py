import dataclasses

from django.utils import translation
from django_tasks import task

from campaigns.models import CampaignPage, Participation
from core import emails, unsubscribe
from core.calendar import calendar as ical


@task()
def send_already_joined_email(
    participation_id: int, manage_url: str, language: str, attempt: str
) -> None:
    """The answer to a second sign-up with the same address: the page said nothing of it, so
    only the address's owner learns that they were already in, and gets their private link
    again, in the language of this sign-up. `attempt` names this repeated sign-up, so that a
    retried task sends its e-mail once and a later repeat sends its own."""
    participation = Participation.objects.filter(pk=participation_id).first()
    if participation is None:  # withdrawn before the e-mail left
        return
    campaigns = CampaignPage.objects.live().filter(translation_key=participation.campaign_key)
    campaign = campaigns.filter(locale__language_code=language).first() or campaigns.first()
    if campaign is None:
        return
    context = {
        "name": participation.first_name,
        "participation": participation,
        "campaign": campaign,
        "manage_url": manage_url,
    }
    email = emails.render("campaigns/emails/already_joined", context, language)
    emails.send_once(
        f"campaign-already-joined:{participation_id}:{attempt}", email, participation.email
    )


@task()
def send_reminders(participation_ids: list[int], moment: str) -> None:
    """One batch of reminders (campaigns/reminders.py), each in its sign-up's language, with
    the campaign's calendar file; not to those who withdrew, reported their figure meanwhile,
    or unsubscribed from reminders."""
    from campaigns.calendar import campaign_event
    from campaigns.reminders import ENDS, KIND, key

    participations = Participation.objects.filter(pk__in=participation_ids, remind_me=True)
    if moment == ENDS:
        participations = participations.filter(impact_quantity__isnull=True)
    participations = list(participations)
    unsubscribed = unsubscribe.opted_out_among([p.email for p in participations], KIND)
    campaigns = list(
        CampaignPage.objects.live()
        .filter(translation_key__in={p.campaign_key for p in participations})
        .select_related("locale")
    )
    for participation in participations:
        if participation.email in unsubscribed:
            continue
        language = participation.language
        translations = [c for c in campaigns if c.translation_key == participation.campaign_key]
        campaign = next(
            (c for c in translations if c.locale.language_code == language),
            translations[0] if translations else None,
        )
        if campaign is None:
            continue
        manage_url = participation.private_url(language)
        with translation.override(language):
            calendar = ical([campaign_event(campaign, campaign.get_full_url())])
        email = unsubscribe.render_with_unsubscribe(
            f"campaigns/emails/reminder_{moment}",
            {
                "name": participation.first_name,
                "participation": participation,
                "campaign": campaign,
                "manage_url": manage_url,
            },
            language,
            participation.email,
            KIND,
        )
        email = dataclasses.replace(
            email, attachments=(("campaign.ics", calendar, "text/calendar"),)
        )
        emails.send_once(key(participation.pk, moment), email, participation.email)

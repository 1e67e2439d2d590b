"""Certificates of volunteering: what a volunteer did over a period they choose, as an Open
Badges 3.0 credential (a W3C Verifiable Credential) that the site signs, shows on a public page
and renders as a PDF."""

import datetime
import re
from dataclasses import dataclass

from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext

from campaigns.models import CampaignPage, Participation
from challenges.models import Contribution
from volunteers import signing
from volunteers.activity import localized_pages, minutes_given, verified_emails
from volunteers.models import Certificate, Profile, purge_public_pages

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
# The short link each credential is named by: https://host/c/<public id>/
PUBLIC_ID_IN_URL = re.compile(r"/c/([a-z0-9]{1,20})/?$")


class ShownName:
    NAME = "name"
    INITIALS = "initials"


def initials(name: str) -> str:
    """'Marie-Claire Dupont' → 'M.-C. D.'"""
    return " ".join(
        "-".join(part[0] + "." for part in word.split("-") if part) for word in name.split()
    )


@dataclass(frozen=True)
class Statement:
    """What a certificate states, read back from its credential."""

    public_id: str
    shown_name: str
    start: datetime.date
    end: datetime.date
    minutes: int
    campaigns: list[str]
    contributions: int
    selected: int
    issued_at: datetime.datetime
    language: str

    @classmethod
    def of(cls, credential: dict) -> "Statement | None":
        """None for a credential this site did not sign as it stands."""
        if not signing.is_authentic(credential):
            return None
        try:
            subject = credential["credentialSubject"]
            volunteering = subject["volunteering"]
            return cls(
                public_id=PUBLIC_ID_IN_URL.search(credential["id"]).group(1),
                shown_name=subject["identifier"][0]["identityHash"],
                start=parse_date(volunteering["periodStart"]),
                end=parse_date(volunteering["periodEnd"]),
                minutes=volunteering["minutes"],
                campaigns=volunteering["campaigns"],
                contributions=volunteering["contributions"],
                selected=volunteering["selectedContributions"],
                issued_at=parse_datetime(credential["validFrom"]),
                language=subject["achievement"]["inLanguage"],
            )
        except (KeyError, IndexError, TypeError, AttributeError, ValueError):
            return None  # signed by this key, but not a certificate of volunteering


def _day_bounds(start: datetime.date, end: datetime.date):
    zone = timezone.get_current_timezone()
    since = datetime.datetime.combine(start, datetime.time.min, tzinfo=zone)
    until = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, zone)
    return since, until


def volunteering(user, start: datetime.date, end: datetime.date) -> dict:
    """The campaigns joined with a verified address and the contributions sent (those hidden
    while a moderator looks at them left out) from `start` to `end` included, campaign titles
    in the active language."""
    since, until = _day_bounds(start, end)
    participations = list(
        Participation.objects.filter(
            email__in=verified_emails(user), joined_at__gte=since, joined_at__lt=until
        ).order_by("joined_at")
    )
    contributions = list(
        Contribution.objects.visible().filter(
            author=user, created_at__gte=since, created_at__lt=until
        )
    )
    campaigns = localized_pages(CampaignPage, [p.campaign_key for p in participations])
    return {
        "periodStart": start.isoformat(),
        "periodEnd": end.isoformat(),
        "minutes": minutes_given(contributions, participations),
        "campaigns": [
            campaigns[p.campaign_key].title for p in participations if p.campaign_key in campaigns
        ],
        "contributions": len(contributions),
        "selectedContributions": sum(c.is_selected for c in contributions),
    }


def _credential(certificate, shown_name: str, activity: dict, base_url: str, host: str) -> dict:
    url = f"{base_url}/c/{certificate.public_id}/"
    title = gettext("Certificate of volunteering")
    return {
        "@context": CONTEXT,
        "id": url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {
            "id": signing.did_web(host),
            "type": ["Profile"],
            "name": "Crowdtime",
            "url": f"{base_url}/",
        },
        "validFrom": certificate.issued_at.astimezone(datetime.UTC).isoformat(),
        "name": title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": shown_name,
                }
            ],
            "achievement": {
                "id": f"{url}#achievement",
                "type": ["Achievement"],
                "name": title,
                "description": gettext(
                    "Time given to digital volunteering through Crowdtime, as its records show."
                ),
                "criteria": {
                    "narrative": gettext(
                        "Campaigns joined with a verified e-mail address and contributions "
                        "sent to challenges over the period stated."
                    )
                },
                "inLanguage": certificate.language,
            },
            "volunteering": activity,
        },
    }


def issue(user, *, start, end, shown: str, language: str, base_url: str, host: str):
    profile = Profile.objects.get(user=user)
    name = profile.display_name if shown == ShownName.NAME else initials(profile.display_name)
    certificate = Certificate(user=user, language=language)
    with translation.override(language):
        credential = _credential(certificate, name, volunteering(user, start, end), base_url, host)
    certificate.credential = signing.sign(credential, host=host, created=credential["validFrom"])
    certificate.save()
    return certificate


def revoke(certificate) -> None:
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.save(update_fields=["revoked_at"])
        purge_public_pages([certificate])

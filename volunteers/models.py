import secrets
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from core.durations import Duration
from core.frontend_cache import purge_after_commit
from core.i18n import language_choices

DEFAULT_TIME_ZONE = "Europe/Paris"


def time_zones() -> list[tuple[str, str]]:
    """A callable, so that migrations do not copy the list, which changes with tzdata."""
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class Digest(models.TextChoices):
    """How often a volunteer hears of the new challenges and campaigns that match them."""

    NONE = "none", _("Never")
    WEEKLY = "weekly", _("Every week, on Monday morning")
    MONTHLY = "monthly", _("Every month, on the first day")


class Profile(models.Model):
    """What a volunteer tells about themselves to be matched with challenges."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile"
    )
    display_name = models.CharField(verbose_name=_("Display name"), max_length=60)
    preferred_language = models.CharField(
        verbose_name=_("Preferred language"), max_length=10, choices=language_choices
    )
    time_zone = models.CharField(
        verbose_name=_("Time zone"),
        max_length=64,
        choices=time_zones,
        default=DEFAULT_TIME_ZONE,
        help_text=_("The times in the e-mails we send you are written in it."),
    )
    causes = models.ManyToManyField(
        "pages.Tag",
        verbose_name=_("Causes I care about"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "cause"},
    )
    skills = models.ManyToManyField(
        "pages.Tag",
        verbose_name=_("Skills I can share"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "skill"},
    )
    time_available = models.PositiveSmallIntegerField(
        verbose_name=_("Time I usually have"),
        choices=Duration.available_choices(),
        default=Duration.FIFTEEN,
    )
    digest = models.CharField(
        verbose_name=_("News of challenges and campaigns for me"),
        max_length=10,
        choices=Digest.choices,
        default=Digest.NONE,
        help_text=_("An e-mail listing the new ones that match your causes, skills and time."),
    )

    # The secret in the address of the volunteer's calendar feed, which calendar apps fetch
    # without a session; a new one revokes the old address.
    calendar_token = models.CharField(
        max_length=64, unique=True, default=new_calendar_token, editable=False
    )

    class Meta:
        verbose_name = _("volunteer profile")
        verbose_name_plural = _("volunteer profiles")

    def __str__(self):
        return self.display_name

    def renew_calendar_token(self):
        self.calendar_token = new_calendar_token()
        self.save(update_fields=["calendar_token"])


# Letters and digits that cannot be mistaken for one another when typed from paper.
PUBLIC_ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
PUBLIC_ID_LENGTH = 10


def new_public_id() -> str:
    return "".join(secrets.choice(PUBLIC_ID_ALPHABET) for _ in range(PUBLIC_ID_LENGTH))


class Certificate(models.Model):
    """A certificate of volunteering: the signed credential that its public page shows. When
    the account is deleted, the row stays so that the page can say the certificate was revoked,
    but it keeps nothing of what the credential said."""

    public_id = models.CharField(
        verbose_name=_("Public identifier"),
        max_length=PUBLIC_ID_LENGTH,
        unique=True,
        default=new_public_id,
        editable=False,
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Volunteer"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="certificates",
    )
    language = models.CharField(verbose_name=_("Language"), max_length=10, choices=language_choices)
    issued_at = models.DateTimeField(verbose_name=_("Issued at"), default=timezone.now)
    revoked_at = models.DateTimeField(verbose_name=_("Revoked at"), null=True, blank=True)
    credential = models.JSONField(verbose_name=_("Signed credential"), default=dict)

    class Meta:
        verbose_name = _("certificate of volunteering")
        verbose_name_plural = _("certificates of volunteering")
        ordering = ["-issued_at"]

    def __str__(self):
        return self.public_id

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    def public_addresses(self) -> list[str]:
        """Its public page in every language, as a cache in front of the site keeps it."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            return []
        addresses = []
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                addresses.append(site.root_url + reverse("certificate_page", args=[self.public_id]))
        return addresses


def purge_public_pages(certificates) -> None:
    """A revoked certificate's page says so at once, not when the front-end cache lets the
    page go; nor does it show an erased volunteer's name meanwhile."""
    purge_after_commit(
        address for certificate in certificates for address in certificate.public_addresses()
    )


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def revoke_certificates_of_deleted_account(sender, instance, **kwargs):
    """Deleting an account revokes its certificates and erases what they said."""
    certificates = Certificate.objects.filter(user=instance)
    purge_public_pages(list(certificates))
    certificates.update(revoked_at=Coalesce("revoked_at", timezone.now()), credential={}, user=None)

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from core.models import SentEmail


@dataclass(frozen=True)
class Email:
    subject: str
    text: str
    html: str

    # Extra headers (List-Unsubscribe) and files ((name, content, mimetype): a calendar).
    headers: tuple[tuple[str, str], ...] = ()
    attachments: tuple[tuple[str, bytes, str], ...] = ()

    def message(self, to: str, from_email: str | None = None) -> EmailMultiAlternatives:
        """A multipart/alternative message: the text part first, the HTML one as its
        alternative, for mail clients that show either."""
        message = EmailMultiAlternatives(
            self.subject, self.text, from_email, [to], headers=dict(self.headers)
        )
        message.attach_alternative(self.html, "text/html")
        for attachment in self.attachments:
            message.attach(*attachment)
        return message


def site_name() -> str:
    """The site's name as editors set it on Wagtail's default site (Settings > Sites), else
    the settings': never the host a request came through."""
    from wagtail.models import Site

    name = Site.objects.filter(is_default_site=True).values_list("site_name", flat=True).first()
    return name or settings.WAGTAIL_SITE_NAME


def site_url(language: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/{language}/"


def tidy(text: str) -> str:
    """Templates leave blank lines where blocks and conditions were: one blank line at most
    between paragraphs, no trailing spaces."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def one_line(text: str) -> str:
    """A subject on one line; only ASCII white space is collapsed, as str.split() would also
    turn French typography's no-break spaces into ordinary ones."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


# The site's name as render() read it, for the base templates' {% email_site_name %}: one
# query per e-mail rather than one for the subject and each body (a sign-up's confirmation
# is sent by the thousand when a campaign is in the news).
SITE_NAME_READ = "site_name_read"


def email_context(context: dict, language: str) -> dict:
    """What every e-mail's base template reads (core/templates/core/emails/base.*): the site's
    name and address; `name` is the recipient's name, or absent for a greeting without one."""
    name = context.get(SITE_NAME_READ) or site_name()  # read once for a batch of e-mails
    return {"site_name": name, SITE_NAME_READ: name, "site_url": site_url(language), **context}


def render(
    template: str,
    context: dict,
    language: str | None = None,
    request=None,
    body: str = "",
    time_zone: str | None = None,
) -> Email:
    """`<template>_subject.txt`, `<template><body>.txt` and `<template><body>.html`, in
    `language` (the active one by default) and with times in `time_zone` (the site's by
    default); allauth names its bodies with `body="_message"`."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language), timezone.override(time_zone or settings.TIME_ZONE):
        context = email_context(context, language)
        subject = one_line(render_to_string(f"{template}_subject.txt", context, request))
        context["subject"] = subject
        text = tidy(render_to_string(f"{template}{body}.txt", context, request))
        html = render_to_string(f"{template}{body}.html", context, request)
    return Email(subject, text, html)


def send_once(key: str, email: Email, to: str) -> bool:
    """Send the e-mail unless one was sent under `key`; True if this call sent it. The key is
    written in the transaction that sends: if sending fails, neither stays and a retry sends;
    a second run at the same moment waits for the first to commit, then finds the key. Only a
    worker killed between the mail server's acceptance and the commit can leave it unsent."""
    with transaction.atomic():
        _, created = SentEmail.objects.get_or_create(key=key)
        if created:
            email.message(to).send()
    return created

import datetime

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from core import due_emails, emails, unsubscribe
from core.models import SentEmail
from organisations import staff_digest


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def password_link(user) -> str:
    """Where a new staff member chooses their password (Wagtail's own reset page)."""
    return absolute(
        reverse(
            "wagtailadmin_password_reset_confirm",
            args=[
                urlsafe_base64_encode(force_bytes(user.pk)),
                default_token_generator.make_token(user),
            ],
        )
    )


def send(key: str, template: str, context: dict, language: str, to: str) -> None:
    email = emails.render(f"organisations/emails/{template}", context, language)
    emails.send_once(key, email, to)


@task()
def send_decision_email(application_id: int) -> None:
    """The editors' answer to an application, with their message, in the applicant's language."""
    from django.contrib.auth import get_user_model

    from organisations.models import OrganisationApplication

    application = OrganisationApplication.objects.filter(pk=application_id).first()
    if application is None:
        return
    context = {
        "name": application.applicant_name,
        "application": application,
        "admin_url": absolute(reverse("wagtailadmin_home")),
    }
    if application.status == OrganisationApplication.Status.APPROVED:
        user = get_user_model().objects.filter(email__iexact=application.applicant_email).first()
        if user is not None and not user.has_usable_password():
            context["password_url"] = password_link(user)
        template = "approved"
    else:
        template = "rejected"
    key = f"organisation-decision:{application.pk}:{application.status}"
    send(key, template, context, application.language, application.applicant_email)


@task()
def send_invitation_email(invitation_id: int, accept_url: str, language: str) -> None:
    from organisations.models import Invitation

    invitation = (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        return
    context = {
        "invitation": invitation,
        "accept_url": accept_url,
        "valid_days": Invitation.VALID_FOR.days,
    }
    send(f"invitation:{invitation.pk}", "invitation", context, language, invitation.email)


@task()
def send_staff_digests(items: list[list]) -> None:
    """One batch of the staff's weekly digests (organisations/staff_digest.py): `[user id,
    first day of the week, time zone]` each; marked handled without an e-mail if they left
    every staff, unsubscribed, or nothing is new in their organisations."""
    recipients = staff_digest.recipients([user_id for user_id, _, _ in items])
    unsubscribed = unsubscribe.opted_out_among(
        [recipient.address for recipient in recipients.values()], staff_digest.KIND
    )
    periods = {
        user_id: due_emails.Period(
            staff_digest.WEEKLY, datetime.date.fromisoformat(first_day), time_zone
        )
        for user_id, first_day, time_zone in items
    }
    to_build = {
        user_id: recipient
        for user_id, recipient in recipients.items()
        if recipient.address not in unsubscribed
    }
    news = staff_digest.news(to_build, {user_id: periods[user_id] for user_id in to_build})
    for user_id, period in periods.items():
        key = staff_digest.key(user_id, period)
        sections = news.get(user_id)
        if not sections:
            SentEmail.objects.get_or_create(key=key)
            continue
        recipient = to_build[user_id]
        emails.send_once(key, staff_digest.build(recipient, sections, period), recipient.address)

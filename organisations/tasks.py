from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from core import emails


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

"""allauth's e-mails in the site's own words: rendered like the site's other e-mails
(core/emails.py), greeting the volunteer by their display name, naming the site by its name."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress
from django.template import TemplateDoesNotExist

from core import emails
from core.clients import client_address
from volunteers.models import Profile


def display_name(user, email: str) -> str:
    """The volunteer's chosen name; their account's user name is internal. For an e-mail sent
    without its account (an address already taken), the account is found by the address."""
    if user is None:
        user_ids = EmailAddress.objects.filter(email__iexact=email).values("user")
        profile = Profile.objects.filter(user__in=user_ids).first()
    else:
        profile = Profile.objects.filter(user=user).first()
    return profile.display_name if profile else ""


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request) -> str:
        """The address allauth's rate limits count by: the same as every other limit's."""
        return client_address(request)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """In the language of the request that caused it (the page the visitor was reading),
        with an HTML part and a text part."""
        context = {
            "email": email,
            "name": display_name(context.get("user"), email),
            **context,
        }
        try:
            rendered = emails.render(
                template_prefix, context, request=self.request, body="_message"
            )
        except TemplateDoesNotExist:
            # An e-mail the site's settings do not send (allauth's security notifications,
            # codes), should one be turned on before it has its words here: allauth's own.
            return super().send_mail(template_prefix, email, context)
        rendered.message(email, self.get_from_email()).send()

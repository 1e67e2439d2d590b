from django import forms
from django.utils.translation import gettext_lazy as _

from campaigns.models.participation import MAX_IMPACT_QUANTITY, MAX_PEOPLE_PER_SIGN_UP
from core.forms import HoneypotMixin


class JoinForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_("We send you a private link to report what you did or to leave."),
    )
    first_name = forms.CharField(label=_("First name (optional)"), max_length=100, required=False)
    people = forms.IntegerField(
        label=_("How many people join with you, you included?"),
        min_value=1,
        max_value=MAX_PEOPLE_PER_SIGN_UP,
        initial=1,
        help_text=_("Family and friends count: from 1 to 10."),
    )
    remind_me = forms.BooleanField(
        label=_("Remind me by e-mail two days before the end, or the day before the meeting"),
        required=False,
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that my e-mail address is kept for this campaign."
        ),
        error_messages={"required": _("We need your agreement to count you in.")},
    )

    def clean_first_name(self):
        return " ".join(self.cleaned_data["first_name"].split())


class ReportForm(forms.Form):
    impact_quantity = forms.IntegerField(
        label=_("How many?"), min_value=0, max_value=MAX_IMPACT_QUANTITY
    )

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from campaigns.models import Contribution
from campaigns.models.participation import MAX_IMPACT_QUANTITY, MAX_PEOPLE_PER_SIGN_UP
from core.forms import HoneypotMixin, LinkField


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


class ContributionForm(forms.ModelForm):
    """Plain text and an optional link; shown as text, never as HTML."""

    link = LinkField(label=_("A link (optional)"), required=False, max_length=500)

    class Meta:
        model = Contribution
        fields = ["text", "link"]
        labels = {"text": _("Your contribution")}
        widgets = {"text": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, challenge, **kwargs):
        super().__init__(*args, **kwargs)
        limit = challenge.max_answer_length
        self.fields["text"].max_length = limit
        self.fields["text"].validators.append(MaxLengthValidator(limit))
        self.fields["text"].help_text = _("At most %(limit)d characters.") % {"limit": limit}

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write your contribution before sending it."))
        return text

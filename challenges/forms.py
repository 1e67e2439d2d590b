from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from challenges.models import Contribution
from core.forms import LinkField
from core.numbers import format_number


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
        self.fields["text"].help_text = _("At most %(limit)s characters.") % {
            "limit": format_number(limit)
        }

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write your contribution before sending it."))
        return text

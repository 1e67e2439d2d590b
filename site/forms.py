from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    """A field people never see (`includes/honeypot.html`); software that fills every field
    gives itself away, and is answered as if it had succeeded."""

    nickname = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("nickname"))

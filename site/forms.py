from django import forms
from django.utils.translation import gettext_lazy as _

from crowdtime.links import UnsafeLink, normalise_link


class HoneypotMixin(forms.Form):
    """A field people never see (`includes/honeypot.html`); software that fills every field
    gives itself away, and is answered as if it had succeeded."""

    nickname = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("nickname"))


class LinkField(forms.CharField):
    """A web address a visitor gives, kept only if browsers all read it alike
    (crowdtime/links.py), in the one form it is then stored and shown."""

    widget = forms.URLInput
    default_error_messages = {
        "invalid": _(
            "Give the address of a public web page, beginning with https:// or http://, "
            "without spaces or a password in it (for example https://example.org/page)."
        )
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return value
        try:
            return normalise_link(value)
        except UnsafeLink as error:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from error

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core import unsubscribe
from core.collation import collated
from core.links import UnsafeLink, normalise_link

# The largest key of a BigAutoField.
MAX_KEY = 2**63 - 1


class HoneypotMixin(forms.Form):
    """A field people never see (`includes/honeypot.html`); software that fills every field
    gives itself away, and is answered as if it had succeeded."""

    nickname = forms.CharField(label=_("Leave this field empty"), required=False)

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("nickname"))


def email_choice_fields(address: str, kinds: dict) -> dict[str, forms.BooleanField]:
    """One box per kind of e-mail sent on schedule (`{kind: label}`, core/unsubscribe.py),
    named `email_<kind>`, ticked unless `address` unsubscribed from it, from an e-mail or from
    a form that has these boxes."""
    return {
        f"email_{kind}": forms.BooleanField(
            label=capfirst(label),
            required=False,
            initial=not unsubscribe.opted_out(address, kind),
            help_text=_("E-mails sent to %(address)s.") % {"address": address},
        )
        for kind, label in kinds.items()
    }


def save_email_choices(address: str, kinds, cleaned_data: dict) -> None:
    for kind in kinds:
        if cleaned_data[f"email_{kind}"]:
            unsubscribe.opt_in(address, kind)
        else:
            unsubscribe.opt_out(unsubscribe.address_hash(address), kind)


class LinkField(forms.CharField):
    """A web address a visitor gives, kept only if browsers all read it alike
    (core/links.py), in the one form it is then stored and shown."""

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


class CollatedChoiceIterator(forms.models.ModelChoiceIterator):
    """The choices in the dictionary order of the active language, from one query."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in collated(self.queryset, key=self.field.label_from_instance):
            yield self.choice(obj)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, with its choices in the dictionary order of the visitor's language, refusing
    keys past 64 bits as it refuses other invalid keys: it sends them to the database, where
    SQLite fails on them (OverflowError, a 500)."""

    iterator = CollatedChoiceIterator

    def _check_values(self, value):
        for pk in value:
            try:
                out_of_range = abs(int(pk)) > MAX_KEY
            except (TypeError, ValueError):
                continue  # Django refuses it
            if out_of_range:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)

from django import forms
from django.utils.translation import gettext_lazy as _


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the site"),
        max_length=200,
        required=False,
        error_messages={
            "max_length": _("Your search is too long: use at most %(limit_value)d characters."),
        },
    )
    page = forms.IntegerField(min_value=1, required=False)

    def clean_q(self) -> str:
        return " ".join(self.cleaned_data["q"].split())

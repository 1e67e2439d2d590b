from django import forms
from django.utils.translation import gettext_lazy as _

from search.facets import kind_choices


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
    # Chosen through the links the results offer; a value from elsewhere is an error.
    kind = forms.ChoiceField(choices=[(kind, kind) for kind in kind_choices()], required=False)
    cause = forms.SlugField(max_length=100, allow_unicode=True, required=False)

    def clean_q(self) -> str:
        # SQLite's index would read a double quote in a word as the end of the word (the search
        # backend quotes each word without escaping it): a syntax error, a 500. No index keeps
        # quotes in words, so the results are the same without them.
        return " ".join(self.cleaned_data["q"].replace('"', " ").split())

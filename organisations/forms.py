from django import forms
from django.utils.translation import gettext_lazy as _

from core import unsubscribe
from core.forms import (
    HoneypotMixin,
    ModelMultipleChoiceField,
    email_choice_fields,
    save_email_choices,
)
from organisations.models import Invitation, OrganisationApplication
from organisations.staff import STAFF
from pages.models import Tag


class ApplicationForm(HoneypotMixin, forms.ModelForm):
    """An organisation applies: who it is, and who the editors should answer."""

    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that these details are kept to review "
            "the application."
        ),
        error_messages={"required": _("We need your agreement to review the application.")},
    )
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )

    class Meta:
        model = OrganisationApplication
        fields = [
            "name",
            "summary",
            "website",
            "country",
            "causes",
            "contact_email",
            "applicant_name",
            "applicant_email",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "causes": forms.CheckboxSelectMultiple,
        }
        field_classes = {"causes": ModelMultipleChoiceField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["causes"].queryset = Tag.in_language(Tag.Kind.CAUSE)

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "applicant_name", "summary"):
            if name in cleaned:
                cleaned[name] = " ".join(cleaned[name].split())
                if not cleaned[name]:
                    self.add_error(name, _("This field cannot be blank."))
        return cleaned


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("reject", _("Reject"))],
        widget=forms.RadioSelect,
    )
    message = forms.CharField(
        label=_("Message to the applicant"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
        help_text=_("Sent with the decision by e-mail."),
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Your colleague's e-mail address"), max_length=254)

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if self.organisation.staff_group.user_set.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("This person is already in your team."))
        if (
            Invitation.objects.usable()
            .filter(organisation=self.organisation, email__iexact=email)
            .exists()
        ):
            raise forms.ValidationError(_("An invitation to this address is still waiting."))
        return email


class StaffEmailsForm(forms.Form):
    """The e-mails on schedule meant for an organisation's staff, in the admin's account
    (Notifications), where staff choose the notices they receive: one box per kind, ticked
    unless they unsubscribed, from an e-mail, here or on their volunteer profile."""

    def __init__(self, *args, instance, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = instance
        self.kinds = unsubscribe.kinds(STAFF)
        self.fields.update(email_choice_fields(self.user.email, self.kinds))

    def save(self):
        save_email_choices(self.user.email, self.kinds, self.cleaned_data)


class CockpitFilterForm(forms.Form):
    """The translation cockpit's filters; their choices are what the user's pages offer."""

    organisation = forms.TypedChoiceField(label=_("Organisation"), coerce=int, required=False)
    section = forms.TypedChoiceField(label=_("Section"), coerce=int, required=False)
    page_type = forms.TypedChoiceField(label=_("Page type"), coerce=int, required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)

    def __init__(self, *args, rows, locales, states, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        organisations = {
            r.organisation["pk"]: r.organisation["title"] for r in rows if r.organisation
        }
        sections = {r.section["pk"]: r.section["title"] for r in rows if r.section}
        page_types = {r.content_type_id: r.page_type for r in rows}
        for name, choices in (
            ("organisation", organisations),
            ("section", sections),
            ("page_type", page_types),
        ):
            self.fields[name].choices = everything + sorted(choices.items(), key=lambda c: c[1])
        self.fields["language"].choices = everything + [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]
        self.fields["state"].choices = everything + list(states)


class CockpitBatchForm(forms.Form):
    """A batch action on pages of the cockpit, in some languages."""

    ACTIONS = ["submit", "machine", "sync", "export"]

    page = ModelMultipleChoiceField(
        label=_("Pages to act on"),
        queryset=None,
        error_messages={
            "required": _("Select at least one page."),
            "invalid_choice": _("One of the selected pages is not yours to translate."),
            "invalid_pk_value": _("One of the selected pages is not yours to translate."),
        },
    )
    locale = forms.ModelMultipleChoiceField(
        label=_("Languages"), queryset=None, to_field_name="language_code", required=False
    )
    action = forms.ChoiceField(choices=[(action, action) for action in ACTIONS])

    def __init__(self, *args, pages, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = pages
        self.fields["locale"].queryset = locales

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") in ("submit", "machine", "export") and not cleaned.get("locale"):
            raise forms.ValidationError(_("Select at least one language."))
        return cleaned


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, as Django's documentation shows."""

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple) and data:
            return [super(MultipleFileField, self).clean(file, initial) for file in data]
        return [super().clean(data, initial)]


class CockpitImportForm(forms.Form):
    files = MultipleFileField(
        label=_("PO files, or zips of them"),
        help_text=_("As exported here or from the translation editor."),
        widget=MultipleFileInput(attrs={"accept": ".po,.zip"}),
    )

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import HoneypotMixin, ModelMultipleChoiceField
from organisations.models import Invitation, OrganisationApplication
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

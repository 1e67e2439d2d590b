import json
from functools import cached_property

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core import unsubscribe
from core.durations import Duration
from core.forms import ModelMultipleChoiceField, email_choice_fields, save_email_choices
from core.i18n import language_choices
from pages.models import Tag
from volunteers import digests
from volunteers.certificates import ShownName
from volunteers.models import Digest, Profile


class ProfileFields(forms.Form):
    """What a volunteer tells about themselves, at sign-up and on their profile page."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=60,
        help_text=_("Shown next to your contributions."),
    )
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=language_choices)
    causes = ModelMultipleChoiceField(
        label=_("Causes I care about"),
        queryset=Tag.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    skills = ModelMultipleChoiceField(
        label=_("Skills I can share"),
        queryset=Tag.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    time_available = forms.TypedChoiceField(
        label=_("Time I usually have"),
        choices=Duration.available_choices(),
        coerce=int,
        initial=Duration.FIFTEEN,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["causes"].queryset = Tag.in_language(Tag.Kind.CAUSE)
        self.fields["skills"].queryset = Tag.in_language(Tag.Kind.SKILL)
        self.fields["preferred_language"].initial = get_language()

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError(_("Choose a name to show with your contributions."))
        return name


class VolunteerSignupForm(ProfileFields):
    """The profile asked at sign-up, next to allauth's e-mail and password fields."""

    def signup(self, request, user):
        """Called by allauth once the account exists."""
        profile = Profile.objects.create(
            user=user,
            display_name=self.cleaned_data["display_name"],
            preferred_language=self.cleaned_data["preferred_language"],
            time_available=self.cleaned_data["time_available"],
        )
        profile.causes.set(self.cleaned_data["causes"])
        profile.skills.set(self.cleaned_data["skills"])


class ProfileForm(ProfileFields, forms.ModelForm):
    """The profile, its time zone, and which e-mails sent on schedule the volunteer receives
    (one box per kind, ticked unless they unsubscribed, from an e-mail or here)."""

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "preferred_language",
            "time_zone",
            "causes",
            "skills",
            "time_available",
            "digest",
        ]
        widgets = {"digest": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        address = self.instance.user.email
        # The digest's own choice says whether it is sent: "never" once unsubscribed from it.
        self.fields["digest"].required = False
        if unsubscribe.opted_out(address, digests.KIND):
            self.initial["digest"] = Digest.NONE
        self.fields.update(email_choice_fields(address, self.checked_kinds))
        # The profile may hold tags in another language: show them ticked in this one.
        for name in ("causes", "skills"):
            keys = getattr(self.instance, name).values("translation_key")
            self.initial[name] = list(
                self.fields[name]
                .queryset.filter(translation_key__in=keys)
                .values_list("pk", flat=True)
            )

    def clean_digest(self):
        return self.cleaned_data["digest"] or Digest.NONE

    @cached_property
    def checked_kinds(self) -> dict:
        """The kinds of e-mail chosen with a box: those meant for this user (the staff digest
        only for an organisation's staff), but the digest, which has its own choice."""
        kinds = unsubscribe.kinds_for(self.instance.user)
        return {kind: label for kind, label in kinds.items() if kind != digests.KIND}

    def save(self, commit=True):
        profile = super().save(commit)
        address = self.instance.user.email
        if profile.digest != Digest.NONE:
            unsubscribe.opt_in(address, digests.KIND)
        save_email_choices(address, self.checked_kinds, self.cleaned_data)
        return profile


class CertificateForm(forms.Form):
    """The period a certificate covers and how it names the volunteer."""

    # A date field's value is ISO whatever the language; the browser shows it the reader's way.
    start = forms.DateField(
        label=_("From"), widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"})
    )
    shown = forms.ChoiceField(
        label=_("Show on the certificate"),
        choices=[
            (ShownName.NAME, _("My display name")),
            (ShownName.INITIALS, _("My initials only")),
        ],
        initial=ShownName.INITIALS,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(label=_("Language of the certificate"), choices=language_choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["start"].initial = today.replace(month=1, day=1)
        self.fields["end"].initial = today
        self.fields["language"].initial = get_language()

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if start > end:
                raise forms.ValidationError(_("The period must end on or after its first day."))
            if end > timezone.localdate():
                raise forms.ValidationError(_("The period cannot end after today."))
        return cleaned


class VerifyCredentialForm(forms.Form):
    """A credential to check, pasted or uploaded as a file."""

    MAX_BYTES = 100_000

    credential = forms.CharField(
        label=_("Paste the credential (JSON)"),
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        required=False,
        max_length=MAX_BYTES,
    )
    file = forms.FileField(label=_("Or choose the credential’s file"), required=False)

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("credential", "")
        upload = cleaned.get("file")
        if upload:
            if upload.size > self.MAX_BYTES:
                raise forms.ValidationError(_("This file is too large to be a credential."))
            try:
                text = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(_("This file is not a credential (JSON).")) from None
        if not text.strip():
            raise forms.ValidationError(_("Paste a credential or choose its file."))
        try:
            cleaned["document"] = json.loads(text, parse_constant=_refuse_constant)
        except (ValueError, RecursionError):
            raise forms.ValidationError(_("This is not a credential (JSON).")) from None
        return cleaned


def _refuse_constant(name):
    raise ValueError(f"{name} is not JSON")

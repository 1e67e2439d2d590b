from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.durations import Duration
from core.forms import ModelMultipleChoiceField
from core.i18n import language_choices
from pages.models import Tag
from volunteers.models import Profile


class ProfileFields(forms.Form):
    """What a volunteer tells about themselves, at sign-up and on their profile page."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=60,
        help_text=_("Shown next to your contributions."),
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=language_choices
    )
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
    class Meta:
        model = Profile
        fields = ["display_name", "preferred_language", "causes", "skills", "time_available"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The profile may hold tags in another language: show them ticked in this one.
        for name in ("causes", "skills"):
            keys = getattr(self.instance, name).values("translation_key")
            self.initial[name] = list(
                self.fields[name]
                .queryset.filter(translation_key__in=keys)
                .values_list("pk", flat=True)
            )

"""The participants of the campaigns an editor may edit, listed and exported in the admin."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from campaigns.models import CampaignPage, Participation

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Spreadsheets run a cell that starts with = + - @ as a formula: make it plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class ParticipationPermissionPolicy(BasePermissionPolicy):
    """A user sees, corrects and removes the participants of the campaigns they may edit,
    whatever the language; nobody adds participants from the admin."""

    ACTIONS = {"view", "change", "delete", "export"}

    def __init__(self):
        super().__init__(Participation)

    def editable_campaign_keys(self, user):
        pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        return CampaignPage.objects.filter(pk__in=pages.values("pk")).values("translation_key")

    def user_has_permission(self, user, action):
        return (
            action in self.ACTIONS
            and user.is_active
            and self.instances_user_has_permission_for(user, action).exists()
        )

    def users_with_any_permission(self, actions):
        raise NotImplementedError("not needed: participants are never assigned to users")

    def user_has_permission_for_instance(self, user, action, instance):
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not user.is_active or not self.ACTIONS.intersection(actions):
            return Participation.objects.none()
        return Participation.objects.filter(campaign_key__in=self.editable_campaign_keys(user))


class OwnParticipantsOnlyMixin:
    """Wagtail's generic views check the action, not the instance: another campaign's
    participant is not found."""

    def get_object(self, queryset=None):
        participation = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "view", participation
        ):
            raise Http404
        return participation


class ParticipationEditView(OwnParticipantsOnlyMixin, EditView):
    pass


class ParticipationDeleteView(OwnParticipantsOnlyMixin, DeleteView):
    pass


class ParticipationInspectView(OwnParticipantsOnlyMixin, InspectView):
    pass


class ParticipationIndexView(IndexView):
    custom_field_preprocess = {
        field: {"csv": neutralise_formula} for field in ("campaign_title", "email", "first_name")
    }

    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view"]
        ).with_campaign_title()


class ParticipationViewSet(ModelViewSet):
    model = Participation
    index_view_class = ParticipationIndexView
    edit_view_class = ParticipationEditView
    delete_view_class = ParticipationDeleteView
    inspect_view_class = ParticipationInspectView
    icon = "group"
    menu_label = _("Participants")
    menu_order = 250
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = [
        "email",
        "first_name",
        Column("campaign_title", label=_("Campaign")),
        "people",
        "impact_quantity",
        "language",
        "joined_at",
    ]
    list_filter = ["language"]
    search_fields = ["email", "first_name"]
    list_export = [
        "campaign_title",
        "email",
        "first_name",
        "people",
        "impact_quantity",
        "language",
        "privacy_notice_version",
        "joined_at",
    ]
    export_filename = "participants"
    export_headings = {"campaign_title": _("Campaign")}
    form_fields = ["first_name", "people", "impact_quantity"]

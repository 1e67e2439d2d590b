"""Personal data kept beside pages, in the admin: the participants of the campaigns and the
contributions to the challenges that a user may edit, and nothing else."""

from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, EditView, IndexView, InspectView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from campaigns.models import Contribution, Participation
from campaigns.tasks import send_selection_email

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Spreadsheets run a cell that starts with = + - @ as a formula: make it plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class PageKeyedPermissionPolicy(BasePermissionPolicy):
    """For rows keyed on a page's translation key: a user may act on them when they may edit
    that page, in any language. Nobody adds such rows from the admin.

    Holders of `moderator_permission` (the "Contribution moderators" group) may also view and
    change every row, to moderate it."""

    ACTIONS = {"view", "change", "delete", "export"}
    MODERATOR_ACTIONS = {"view", "change"}

    def __init__(self, model, page_model, key_field, moderator_permission=None):
        super().__init__(model)
        self.page_model = page_model
        self.key_field = key_field
        self.moderator_permission = moderator_permission

    def is_moderator(self, user):
        return bool(self.moderator_permission) and user.has_perm(self.moderator_permission)

    def editable_page_keys(self, user):
        pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        return self.page_model.objects.filter(pk__in=pages.values("pk")).values("translation_key")

    def user_has_permission(self, user, action):
        return (
            action in self.ACTIONS
            and user.is_active
            and self.instances_user_has_permission_for(user, action).exists()
        )

    def users_with_any_permission(self, actions):
        raise NotImplementedError("not needed: these rows are never assigned to users")

    def user_has_permission_for_instance(self, user, action, instance):
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not user.is_active or not self.ACTIONS.intersection(actions):
            return self.model.objects.none()
        if self.MODERATOR_ACTIONS.intersection(actions) and self.is_moderator(user):
            return self.model.objects.all()
        return self.rows_of_editable_pages(user)

    def rows_of_editable_pages(self, user):
        keys = self.editable_page_keys(user)
        return self.model.objects.filter(**{f"{self.key_field}__in": keys})


class OwnRowsOnlyMixin:
    """Wagtail's generic views check the action, not the instance: another page's row is not
    found, in every view of a row that the viewsets register."""

    def get_object(self, *args, **kwargs):
        row = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "view", row
        ):
            raise Http404
        return row


class OwnRowsEditView(OwnRowsOnlyMixin, EditView):
    pass


class OwnRowsDeleteView(OwnRowsOnlyMixin, DeleteView):
    pass


class OwnRowsInspectView(OwnRowsOnlyMixin, InspectView):
    pass


class OwnRowsHistoryView(OwnRowsOnlyMixin, HistoryView):
    pass


class OwnRowsUsageView(OwnRowsOnlyMixin, UsageView):
    pass


class OwnRowsViewSet(ModelViewSet):
    edit_view_class = OwnRowsEditView
    delete_view_class = OwnRowsDeleteView
    inspect_view_class = OwnRowsInspectView
    history_view_class = OwnRowsHistoryView
    usage_view_class = OwnRowsUsageView
    inspect_view_enabled = True
    copy_view_enabled = False


class ParticipationIndexView(IndexView):
    custom_field_preprocess = {
        field: {"csv": neutralise_formula} for field in ("campaign_title", "email", "first_name")
    }

    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view"]
        ).with_campaign_title()


class ParticipationViewSet(OwnRowsViewSet):
    model = Participation
    index_view_class = ParticipationIndexView
    icon = "group"
    menu_label = _("Participants")
    menu_order = 250
    add_to_admin_menu = True
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


class ContributionIndexView(IndexView):
    def get_base_queryset(self):
        return (
            self.permission_policy.instances_user_has_any_permission_for(
                self.request.user, ["view"]
            )
            .annotate(report_count=Count("reports", distinct=True))
            .select_related("author__volunteer_profile")
        )


class ContributionEditView(OwnRowsEditView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        # Selecting is the organisation's choice: a moderator only hides and restores.
        policy = self.permission_policy
        if not policy.rows_of_editable_pages(self.request.user).filter(pk=self.object.pk):
            form.fields["is_selected"].disabled = True
        return form

    def save_instance(self):
        was_selected = Contribution.objects.filter(pk=self.object.pk, is_selected=True).exists()
        contribution = super().save_instance()
        if contribution.is_selected and not was_selected and contribution.author_id:
            transaction.on_commit(lambda: send_selection_email.enqueue(contribution.pk))
        return contribution


class ContributionViewSet(OwnRowsViewSet):
    """Moderators hide or restore contributions; the organisation selects the best ones."""

    model = Contribution
    index_view_class = ContributionIndexView
    edit_view_class = ContributionEditView
    icon = "comment"
    menu_label = _("Contributions")
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "__str__",
        "language",
        "useful_count",
        Column("report_count", label=_("Reports")),
        "is_selected",
        "is_hidden",
        "created_at",
    ]
    list_filter = ["is_hidden", "is_selected", "language"]
    search_fields = ["text"]
    form_fields = ["is_selected", "is_hidden"]

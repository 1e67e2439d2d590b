"""Personal data kept beside pages, in the admin (a campaign's participants, a challenge's
contributions): rows keyed on a page's translation key, which a user sees when they may edit
that page, and nothing else."""

from django.http import Http404
from wagtail.admin.views.generic import DeleteView, EditView, InspectView
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

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

"""The contributions to the challenges, in the admin: moderators hide or restore any of them;
an organisation's staff see and select those of its own challenges."""

from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView

from challenges.models import Contribution
from challenges.tasks import send_selection_email
from core.admin_views import OwnRowsEditView, OwnRowsViewSet


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

"""The participants of the campaigns, in the admin: those of the campaigns a user may edit,
and nothing else."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView

from campaigns.models import Participation
from core.admin_views import OwnRowsViewSet, neutralise_formula


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

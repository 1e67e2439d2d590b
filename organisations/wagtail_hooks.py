from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.account import BaseSettingsPanel, notifications_tab
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import report, submit_translations, update_translations

from organisations.admin_scope import (
    ScopedDocumentsAdminAPIViewSet,
    ScopedImagesAdminAPIViewSet,
    choosable_pages,
    hide_reports_from_staff,
)
from organisations.admin_views import (
    ApplicationPermissionPolicy,
    ApplicationViewSet,
    DecideView,
    TeamView,
    figures,
)
from organisations.cockpit_views import CockpitImportView, CockpitView, may_use_cockpit
from organisations.forms import StaffEmailsForm
from organisations.models import OrganisationApplication
from organisations.staff import is_staff_member, organisations_of

register_permission_policy(
    OrganisationApplication, ApplicationPermissionPolicy(OrganisationApplication)
)


hooks.register("construct_page_chooser_queryset", choosable_pages)
hooks.register("construct_reports_menu", hide_reports_from_staff)


# After Wagtail's own registrations (order 0), which these replace.
@hooks.register("construct_admin_api", order=1)
def scope_admin_api(router):
    router.register_endpoint("images", ScopedImagesAdminAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAdminAPIViewSet)


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet("applications")


def user_may_edit(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    meta = instance._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


def snippet_translation_scoped(request, app_label, model_name, pk):
    if not request.user.has_perm(f"{app_label}.change_{model_name}"):
        raise PermissionDenied
    return submit_translations.SubmitSnippetTranslationView.as_view()(
        request, app_label=app_label, model_name=model_name, pk=pk
    )


def update_translations_scoped(request, translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    if not user_may_edit(request.user, source.get_source_instance()):
        raise PermissionDenied
    return update_translations.UpdateTranslationsView.as_view()(
        request, translation_source_id=translation_source_id
    )


def translations_report_for_editors(request):
    """The report lists every page of the site: not for one organisation's staff."""
    if is_staff_member(request.user) and not request.user.is_superuser:
        raise PermissionDenied
    return report.TranslationsReportView.as_view()(request)


@hooks.register("register_admin_urls")
def register_admin_urls():
    # Registered before wagtail-localize's own (this app comes first in INSTALLED_APPS), on
    # the same paths, so its views are reached only through these checks. Its page views
    # are scoped like every admin URL naming a page (admin_scope.PageScopeMiddleware).
    return [
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            snippet_translation_scoped,
        ),
        path("localize/update/<int:translation_source_id>/", update_translations_scoped),
        path("localize/reports/translations/", translations_report_for_editors),
        path("applications/decide/<int:pk>/", DecideView.as_view(), name="organisation_decide"),
        path("my-organisation/", TeamView.as_view(), name="organisation_team"),
        path("translations/", CockpitView.as_view(), name="translation_cockpit"),
        path(
            "translations/import/",
            CockpitImportView.as_view(),
            name="translation_cockpit_import",
        ),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_staff_member(request.user)


@hooks.register("register_admin_menu_item")
def register_team_menu_item():
    return StaffMenuItem(
        _("My organisation"), reverse("organisation_team"), icon_name="group", order=240
    )


class CockpitMenuItem(MenuItem):
    def is_shown(self, request):
        return may_use_cockpit(request.user)


@hooks.register("register_admin_menu_item")
def register_cockpit_menu_item():
    return CockpitMenuItem(
        _("Translations"), reverse("translation_cockpit"), icon_name="site", order=250
    )


class OrganisationFiguresPanel(Component):
    name = "organisation_figures"
    order = 50
    template_name = "organisations/admin/figures_panel.html"

    def __init__(self, organisations):
        self.organisations = organisations

    def get_context_data(self, parent_context):
        return {"rows": [(o, figures(o)) for o in self.organisations]}


@hooks.register("construct_homepage_panels")
def add_organisation_figures(request, panels):
    organisations = list(organisations_of(request.user))
    if organisations:
        panels.append(OrganisationFiguresPanel(organisations))


class StaffEmailsPanel(BaseSettingsPanel):
    """Beside Wagtail's own notices, in the account's Notifications: the staff's digest."""

    name = "staff_emails"
    title = _("E-mails about my organisations")
    tab = notifications_tab
    order = 200
    form_class = StaffEmailsForm

    def is_active(self):
        return is_staff_member(self.user)


@hooks.register("register_account_settings_panel")
def register_staff_emails_panel(request, user, profile):
    return StaffEmailsPanel(request, user, profile)

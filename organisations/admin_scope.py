"""What an admin user may reach of the page tree, applied to every admin view.

Wagtail checks a user's page permissions in the views that change a page, but several views
that only show one (move confirmations, workflow actions and previews, revisions, the page
chooser, the explorer) show any page whose id they are given. Here every admin URL that
names a page is checked against Wagtail's own page permission policy, whatever view serves
it, so a view added later is scoped too; listings are scoped through Wagtail's hooks."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from organisations.staff import is_staff_member

# The site-wide reports (site history, page types, aging and locked pages, workflows) are the
# editors': they name every organisation's pages and people.
EDITORS_ONLY_NAMESPACES = {"wagtailadmin_reports"}

# URL parameters that name a page, and what the user must be allowed to do with it. Pages the
# user may browse through (their own and the way to them) for a parent or a destination; pages
# they may edit for everything else.
BROWSED_PAGE_PARAMETERS = ("parent_page_id", "destination_id")
EDITED_PAGE_PARAMETERS = ("page_id", "page_pk", "page_to_move_id")


def explorable_pages(user):
    return PagePermissionPolicy().explorable_instances(user)


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def may_reach(user, parameter, page_id) -> bool:
    pages = explorable_pages(user) if parameter in BROWSED_PAGE_PARAMETERS else editable_pages(user)
    return pages.filter(pk=page_id).exists()


class PageScopeMiddleware:
    """A page the user may not edit (or browse through) is not found, on every admin URL;
    the site-wide reports are refused to organisations' staff."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        user = request.user
        if (
            not request.path_info.startswith(settings.ADMIN_PATH_PREFIXES)
            or not user.is_authenticated
            or user.is_superuser
        ):
            return None
        for parameter in (*BROWSED_PAGE_PARAMETERS, *EDITED_PAGE_PARAMETERS):
            if parameter in kwargs and not may_reach(user, parameter, kwargs[parameter]):
                raise Http404
        namespaces = set(request.resolver_match.namespaces)
        if namespaces & EDITORS_ONLY_NAMESPACES and is_staff_member(user):
            raise PermissionDenied
        return None


def hide_reports_from_staff(request, menu_items):
    if is_staff_member(request.user) and not request.user.is_superuser:
        menu_items[:] = []


def choosable_pages(pages, request):
    """The page chooser lists what the user may browse through, as the explorer does."""
    if request.user.is_superuser:
        return pages
    return pages.filter(pk__in=explorable_pages(request.user).values("pk"))


def choosable(queryset, user):
    """Images or documents of the collections the user may choose from, as in the choosers."""
    policy = policy_registry.get_by_type(queryset.model)
    mine = policy.instances_user_has_any_permission_for(user, ["choose"])
    return queryset.filter(pk__in=mine.values("pk"))


class ScopedImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    """The admin's image API lists and describes only the images the user may choose."""

    def get_queryset(self):
        return choosable(super().get_queryset(), self.request.user)


class ScopedDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return choosable(super().get_queryset(), self.request.user)

"""The read-only JSON API (Wagtail's API v2) at /api/v2/: the live public pages of every
language, with the fields each page type lists in its `api_fields`. Anyone may read it from
any origin; nobody may write, log in or read what a visitor sent."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from rest_framework.exceptions import Throttled
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from core.frontend_cache import note_live_figures

PREFIX = "api/v2/"
CORS_METHODS = ("GET", "HEAD", "OPTIONS")


# Past any number of pages: a larger offset overflows the database's integers (a 500).
MAX_OFFSET = 2**31 - 1


class BoundedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(_("offset cannot be higher than %(max)s") % {"max": MAX_OFFSET})
        return super().paginate_queryset(queryset, request, view)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    # No sessions, no passwords: the API is the same for everyone, and no endpoint to try
    # passwords on without the log-in form's limits.
    authentication_classes = []
    permission_classes = []
    # JSON only: DRF's browsable HTML needs scripts the site's Content-Security-Policy forbids.
    renderer_classes = [JSONRenderer]
    pagination_class = BoundedPagination

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if is_ratelimited(
            request._request, group="api", key="ip", rate=settings.API_RATE, increment=True
        ):
            raise Throttled(detail=_("Too many requests from your address: try again later."))

    def check_query_parameters(self, queryset):
        # The site's search page ranks and highlights in each language; the API's would not.
        if "search" in self.request.GET:
            raise BadRequestError(_("The API does not search: use the site's search page."))
        super().check_query_parameters(queryset)

    def handle_exception(self, exc):
        # Wagtail filters on a date field with the value as sent: the database's conversion
        # of "-1" raises at the query, which Wagtail does not catch.
        if isinstance(exc, ValidationError):
            return Response({"message": " ".join(exc.messages)}, status=400)
        return super().handle_exception(exc)

    def paginate_queryset(self, queryset):
        """The page of results, each with its language, figures, organisation and tags fetched
        for all at once (its model's `prepare_for_listing`), not once per item."""
        items = super().paginate_queryset(queryset.select_related("locale"))
        prepare = getattr(queryset.model, "prepare_for_listing", None)
        return prepare(items) if prepare else items

    def get_object(self):
        page = super().get_object()
        prepare = getattr(page, "prepare_for_listing", None)
        return prepare([page])[0] if prepare else page

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # Figures, and lists that their query chooses, which no purge of a page reaches.
        note_live_figures(request._request)
        if request.method in CORS_METHODS:
            # Any site may read the API from a browser; without credentials, so no cookie
            # or session ever goes with such a request.
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = ", ".join(CORS_METHODS)
            response["Access-Control-Max-Age"] = "86400"
        return response


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)

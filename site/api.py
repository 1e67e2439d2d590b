"""The read-only JSON API (Wagtail's API v2) at /api/v2/: the live public pages of every
language, with the fields each page type lists in its `api_fields`. Anyone may read it from
any origin; nobody may write, log in or read what a visitor sent."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
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


# Wagtail's own messages for bad input are English only. Each one its v2 pages endpoint can
# raise is recognised by its wording (tests/site/test_api_messages.py checks each against what
# Wagtail says) and answered in the visitor's language, its variable part kept. Not here: the
# search filter's (the API refuses `search` before it runs) and "null characters are not
# allowed" (MalformedRequestMiddleware refuses a NUL first).
WAGTAIL_MESSAGES = [
    (re.compile(pattern, re.DOTALL), message)
    for pattern, message in [
        (
            r"(?P<parameter>\w+) must be a positive integer",
            pgettext_lazy("API error", "%(parameter)s must be a whole number, 0 or more."),
        ),
        (
            r"limit cannot be higher than (?P<max>\d+)",
            pgettext_lazy("API error", "limit cannot be higher than %(max)s."),
        ),
        (
            r"random ordering cannot be combined with other fields",
            pgettext_lazy("API error", "order=random cannot be combined with other fields."),
        ),
        (
            r"random ordering with offset is not supported",
            pgettext_lazy("API error", "order=random cannot be used with offset."),
        ),
        (
            r"cannot order by '(?P<field>.*)' \(unknown field\)",
            pgettext_lazy("API error", "Cannot order by '%(field)s': unknown field."),
        ),
        (
            r"cannot order by '(?P<order>.*)' \(invalid field\)",
            pgettext_lazy("API error", "Cannot order by '%(order)s': invalid field."),
        ),
        (
            r"field filter error\. '(?P<value>.*)' is not a valid value for (?P<field>\w+) "
            r"\(expected 'true' or 'false', got '.*'\)",
            pgettext_lazy(
                "API error", "'%(value)s' is not a valid value for %(field)s: true or false."
            ),
        ),
        (
            r"field filter error\. '(?P<value>.*)' is not a valid value for (?P<field>\w+) \(.*\)",
            pgettext_lazy("API error", "'%(value)s' is not a valid value for %(field)s."),
        ),
        (
            r"parent page doesn't exist",
            pgettext_lazy("API error", "child_of: no published page has this id."),
        ),
        (
            r"descendant page doesn't exist",
            pgettext_lazy("API error", "ancestor_of: no published page has this id."),
        ),
        (
            r"ancestor page doesn't exist",
            pgettext_lazy("API error", "descendant_of: no published page has this id."),
        ),
        (
            r"translation_of page doesn't exist",
            pgettext_lazy("API error", "translation_of: no published page has this id."),
        ),
        (
            r"filtering by descendant_of with child_of is not supported",
            pgettext_lazy("API error", "descendant_of cannot be combined with child_of."),
        ),
        (
            r"query parameter is not an operation or a recognised field: (?P<parameters>.*)",
            pgettext_lazy(
                "API error",
                "Unknown query parameters (neither an operation nor a field): %(parameters)s.",
            ),
        ),
        (
            r"type doesn't exist",
            pgettext_lazy(
                "API error", "type: no such page type (e.g. type=campaigns.CampaignPage)."
            ),
        ),
        (
            r"unknown fields: (?P<fields>.*)",
            pgettext_lazy("API error", "Unknown fields: %(fields)s."),
        ),
        (
            r"'(?P<field>.*)' does not support nested fields",
            pgettext_lazy("API error", "'%(field)s' has no fields of its own to choose."),
        ),
        (
            r"fields error: unexpected char '(?P<char>.)' at position (?P<position>\d+)",
            pgettext_lazy(
                "API error", "fields: unexpected character '%(char)s' at position %(position)s."
            ),
        ),
        (
            r"fields error: unexpected whitespace at position (?P<position>\d+)",
            pgettext_lazy("API error", "fields: unexpected space at position %(position)s."),
        ),
        (
            r"fields error: '(?P<field>.)' must be in the first position",
            pgettext_lazy("API error", "fields: '%(field)s' can only come first."),
        ),
        (
            r"fields error: '(?P<field>.)' cannot be negated",
            pgettext_lazy("API error", "fields: '%(field)s' cannot be negated."),
        ),
        (
            r"fields error: negated fields with '_' doesn't make sense",
            pgettext_lazy("API error", "fields: after '_', no field can be negated."),
        ),
        (
            r"fields error: additional fields with '\*' doesn't make sense",
            pgettext_lazy(
                "API error", "fields: after '*', a field can only be negated or given sub-fields."
            ),
        ),
        (
            r"fields error: unexpected end of input \(did you miss out a close bracket\?\)",
            pgettext_lazy("API error", "fields: a closing parenthesis is missing."),
        ),
        (
            r"rich_text_format must be one of (?P<formats>.*), got '(?P<value>.*)'",
            pgettext_lazy(
                "API error", "rich_text_format must be one of %(formats)s, not '%(value)s'."
            ),
        ),
        (
            r"Your query returned multiple sites\. "
            r"Try adding a port number to your site filter\.",
            pgettext_lazy(
                "API error",
                "site: several sites have this host name; add its port (site=host:port).",
            ),
        ),
    ]
]


def translated(message: str) -> str:
    """Wagtail's `message` in the active language, or as it is if it is not one of theirs."""
    for pattern, translation in WAGTAIL_MESSAGES:
        if match := pattern.fullmatch(message):
            return translation % match.groupdict()
    return message


# What Wagtail answers, in English, when the thing asked for is not there (a 404), by what was
# asked; anything else, a page by its id or its path included, is a page not found.
WAGTAIL_NOT_FOUND = {
    "No Locale matches the given query.": pgettext_lazy(
        "API error", "locale: the site has no language with this code."
    ),
    "No Site matches the given query.": pgettext_lazy(
        "API error", "site: no site has this host name."
    ),
}
PAGE_NOT_FOUND = pgettext_lazy("API error", "No published page answers this address.")


def not_found(message: str) -> str:
    return WAGTAIL_NOT_FOUND.get(message, PAGE_NOT_FOUND)


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
        # The site's search page ranks and highlights in each language; the API's would not.
        # Here, not in check_query_parameters: a page's own address runs the filters too.
        if "search" in request.GET:
            raise BadRequestError(_("The API does not search: use the site's search page."))

    def handle_exception(self, exc):
        # Wagtail filters on a date field with the value as sent: the database's conversion
        # of "-1" raises at the query, which Wagtail does not catch.
        if isinstance(exc, ValidationError):
            return Response({"message": " ".join(exc.messages)}, status=400)
        if isinstance(exc, BadRequestError):
            return Response({"message": translated(str(exc))}, status=400)
        if isinstance(exc, Http404):
            return Response({"message": not_found(str(exc))}, status=404)
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

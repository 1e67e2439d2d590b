"""wagtail-localize's "Machine translate" button, backed by Apertium on our own servers."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from core import apertium


class ApertiumTranslator(BaseMachineTranslator):
    """Offered only for the languages APY can route between, and only while APY answers.

    The success message names the route, so editors know a draft went through Spanish:
    wagtail-localize reads `display_name` after translating, on an instance made per request.
    """

    display_name = "Apertium"

    def can_translate(self, source_locale, target_locale):
        return apertium.route(source_locale.language_code, target_locale.language_code) is not None

    def translate(self, source_locale, target_locale, strings):
        route = apertium.route(source_locale.language_code, target_locale.language_code)
        if route is None:
            raise apertium.ApertiumUnavailable("no route")
        strings = list(strings)
        translations = apertium.translate([string.data for string in strings], route)
        self.display_name = f"Apertium ({route.description})"
        return {
            string: StringValue(translation)
            for string, translation in zip(strings, translations, strict=True)
        }


class MachineTranslationUnavailableMiddleware:
    """When APY stops answering between the page and the click, say so and go back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, apertium.ApertiumUnavailable):
            return None
        messages.error(
            request,
            _(
                "Machine translation is not answering right now: nothing was changed. Try again later."
            ),
        )
        back = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
            back = reverse("wagtailadmin_home")
        return redirect(back)

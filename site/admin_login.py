"""Wagtail's admin log-in, rate limited like the volunteers' one (allauth's `login_failed`)."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template.response import TemplateResponse
from django_ratelimit.core import get_usage
from wagtail.admin.views.account import LoginView


def submitted_username(group, request) -> str:
    """The account tried, normalised so that `Admin ` and `admin` share one count."""
    return request.POST.get("username", "").strip().casefold()


KEYS = {"ip": "ip", "key": submitted_username}


def limits() -> list[tuple[str, str]]:
    """ADMIN_LOGIN_RATE in allauth's syntax, e.g. "10/m/ip,5/5m/key": at most 10 failed
    log-ins a minute from one address, and 5 in 5 minutes for one account."""
    parsed = []
    for part in settings.ADMIN_LOGIN_RATE.split(","):
        count, period, kind = (part.strip().split("/") + ["", "", ""])[:3]
        if not count.isdigit() or not period or kind not in KEYS:
            raise ImproperlyConfigured(f"ADMIN_LOGIN_RATE: cannot read {part!r}")
        parsed.append((f"{count}/{period}", kind))
    return parsed


def failures(request, count_one: bool) -> list[dict]:
    """The failed log-ins counted for this address and for this account, one more if asked."""
    usages = (
        get_usage(
            request,
            group=f"admin-login-failed-{kind}",
            key=KEYS[kind],
            rate=rate,
            increment=count_one,
        )
        for rate, kind in limits()
    )
    return [usage for usage in usages if usage is not None]  # None: RATELIMIT_ENABLE is off


class RateLimitedLoginView(LoginView):
    """Once an address or an account has used its failed attempts, every log-in is refused
    until the window ends, even with the right password: guessing gets no answer."""

    def post(self, request, *args, **kwargs):
        if any(usage["count"] >= usage["limit"] for usage in failures(request, False)):
            return TemplateResponse(request, "429.html", status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        failures(self.request, True)
        return super().form_invalid(form)

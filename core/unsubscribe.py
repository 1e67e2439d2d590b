"""One-click unsubscribing (RFC 8058) from the kinds of e-mail the site sends on its own
(reminders, digests). Each app registers its kinds; every such e-mail carries a link signed
for its recipient and kind, which works without logging in, and the `List-Unsubscribe`
headers that let mail clients offer the same in one click."""

import dataclasses
import hashlib
from collections.abc import Callable
from urllib.parse import urljoin

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from core.emails import Email, render
from core.models import EmailOptOut

SALT = "core.unsubscribe"


@dataclasses.dataclass(frozen=True)
class Audience:
    """Who a kind of e-mail is sent to: a choice about it is offered only to them (an
    organisation's staff digest is not a volunteer's business)."""

    name: str
    includes: Callable[[object], bool]


EVERYONE = Audience("everyone", lambda user: True)


@dataclasses.dataclass(frozen=True)
class Kind:
    label: object  # translated lazily
    audience: Audience


_kinds: dict[str, Kind] = {}


def register_kind(kind: str, label, audience: Audience = EVERYONE) -> None:
    """`label` (translated lazily) names the kind on the unsubscribe page and wherever its
    `audience` chooses what it receives."""
    _kinds[kind] = Kind(label, audience)


def kinds(audience: Audience | None = None) -> dict[str, str]:
    """{kind: label}, of one audience or of all."""
    return {
        kind: registered.label
        for kind, registered in _kinds.items()
        if audience is None or registered.audience == audience
    }


def kinds_for(user) -> dict[str, str]:
    """{kind: label} of the kinds whose audience `user` belongs to, each audience asked once."""
    audiences = {registered.audience for registered in _kinds.values()}
    theirs = {audience for audience in audiences if audience.includes(user)}
    return {
        kind: registered.label
        for kind, registered in _kinds.items()
        if registered.audience in theirs
    }


def address_hash(address: str) -> str:
    """Unsalted, so that an opt-out outlives a change of SECRET_KEY; the address itself is
    never stored with it."""
    return hashlib.sha256(address.strip().lower().encode()).hexdigest()


def make_token(address: str, kind: str) -> str:
    """Signed and carrying only the address's hash: no address in a URL."""
    return signing.dumps([address_hash(address), kind], salt=SALT, compress=True)


def read_token(token: str) -> tuple[str, str] | None:
    """(address hash, kind), or None if the token is forged, damaged or of an unknown kind."""
    try:
        hashed, kind = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if kind not in _kinds or not isinstance(hashed, str):
        return None
    return hashed, kind


def unsubscribe_url(address: str, kind: str, language: str) -> str:
    with translation.override(language):
        path = reverse("unsubscribe", args=[make_token(address, kind)])
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def with_unsubscribe(email: Email, url: str) -> Email:
    """The headers of RFC 2369 and RFC 8058: mail clients show their own button, which
    POSTs `List-Unsubscribe=One-Click` to the same link the e-mail shows."""
    headers = (
        ("List-Unsubscribe", f"<{url}>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    )
    return dataclasses.replace(email, headers=email.headers + headers)


def opt_out(hashed: str, kind: str) -> None:
    """Idempotent: a second click, or two at once, leave one opt-out."""
    EmailOptOut.objects.get_or_create(address_hash=hashed, kind=kind)


def opt_in(address: str, kind: str) -> None:
    EmailOptOut.objects.filter(address_hash=address_hash(address), kind=kind).delete()


def opted_out(address: str, kind: str) -> bool:
    return EmailOptOut.objects.filter(address_hash=address_hash(address), kind=kind).exists()


def opted_out_among(addresses, kind: str) -> set[str]:
    """Which of these addresses opted out of `kind`, in one query."""
    hashes = {address_hash(address): address for address in addresses}
    found = EmailOptOut.objects.filter(address_hash__in=hashes, kind=kind).values_list(
        "address_hash", flat=True
    )
    return {hashes[hashed] for hashed in found}


def render_with_unsubscribe(
    template: str, context: dict, language: str, address: str, kind: str, time_zone=None
) -> Email:
    """An e-mail of `kind` to `address`: its visible unsubscribe link and its headers."""
    url = unsubscribe_url(address, kind, language)
    email = render(template, {**context, "unsubscribe_url": url}, language, time_zone=time_zone)
    return with_unsubscribe(email, url)

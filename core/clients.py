"""The visitor's address, for every limit kept per client address (django-ratelimit's and
allauth's), whatever stands in front of the site.

Behind PROXY_COUNT proxies that each append to X-Forwarded-For the address a request came to
them from, the client is the PROXY_COUNT-th entry from the right: the entries to its left are
whatever the client sent, and anyone can write them. With no proxy (PROXY_COUNT 0, the
default), the address the connection came from."""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < count:
        # It did not come through every proxy (a probe sent to the node itself): its own
        # connection is all there is to trust.
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote

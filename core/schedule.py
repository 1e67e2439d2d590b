"""Some pages open and close at moments set when they are published (campaigns open and close,
challenges close): a listing sorted or filtered by them changes at those moments too, with no
publish to say so. The apps that own such pages register where their moments are."""

import bisect
from collections.abc import Callable, Iterable
from datetime import datetime

from django.utils import timezone

from core.cache import remember

_sources: list[Callable[[], Iterable[datetime | None]]] = []


def register_moments(source: Callable[[], Iterable[datetime | None]]) -> None:
    """`source()` gives the moments (None ignored) at which live pages open or close."""
    _sources.append(source)


def epoch() -> int:
    """How many of the moments when a live page opens or closes have passed. Listings that
    depend on them are remembered per epoch: the next such moment starts another."""
    return bisect.bisect_right(remember("schedule", moments), timezone.now().timestamp())


def moments() -> list[float]:
    found = {moment for source in _sources for moment in source() if moment}
    return sorted(moment.timestamp() for moment in found)

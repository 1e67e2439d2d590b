"""A client of Apertium's web service (APY), the translation engine that runs on our own servers.

Apertium names languages by ISO 639-3 codes and translates only between installed pairs; French
to English, for one, has no pair and goes through Spanish. The route is asked of APY itself
(`/translateChain` without text answers the chain it would use), and each hop is then translated
with `/translate`, so that unknown words come back unmarked (APY's chain mode marks them with `*`).

Segments are sent in batches: joined into one HTML document, each after a `<hr data-segment=N>`
that Apertium's HTML deformatter keeps as a block boundary, so no words move between segments.
"""

import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from time import monotonic

from django.conf import settings

from core.typography import catalan

logger = logging.getLogger(__name__)

# Apertium's names for the languages Django names by their ISO 639-1 codes.
APERTIUM_CODES = {
    "ca": "cat",
    "de": "deu",
    "en": "eng",
    "es": "spa",
    "eu": "eus",
    "fr": "fra",
    "gl": "glg",
    "it": "ita",
    "oc": "oci",
    "pt": "por",
}
BATCH_CHARACTERS = 4000
ROUTES_REMEMBERED_SECONDS = 300
# After APY failed to answer, it is not asked again for this long: the admin's pages stay fast.
UNAVAILABLE_REMEMBERED_SECONDS = 30
ROUTE_TIMEOUT_SECONDS = 2
SPACE_BEFORE_PUNCTUATION = re.compile(r"[ \u00a0\u202f]+([?!:;»])")
SPACE_INSIDE_GUILLEMETS = re.compile(r"(«)[ \u00a0\u202f]+")
SEGMENT_BOUNDARY = re.compile(r'<hr data-segment="?(\d+)"?\s*/?>')


class ApertiumUnavailable(Exception):
    """APY did not answer, or answered with an error: nothing was translated."""


@dataclass(frozen=True)
class Route:
    languages: tuple[str, ...]  # Apertium's codes, from the source to the target

    @property
    def description(self) -> str:
        return " → ".join(self.languages)


_routes: dict[tuple[str, str], tuple[float, Route | None]] = {}
_unavailable_until = 0.0


def apertium_code(language_code: str) -> str | None:
    return APERTIUM_CODES.get(language_code.split("-")[0].lower())


def _url() -> str:
    return settings.APERTIUM_URL.rstrip("/")


def _ask(path: str, timeout: float | None = None, **params) -> dict:
    """APY's answer to a POST (long texts do not fit in a URL); {} when it has no such pair."""
    global _unavailable_until
    request = urllib.request.Request(  # noqa: S310 (the URL comes from our settings)
        f"{_url()}{path}", data=urllib.parse.urlencode(params).encode(), method="POST"
    )
    try:
        timeout = timeout or settings.APERTIUM_TIMEOUT
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return json.load(response).get("responseData") or {}
    except urllib.error.HTTPError as error:
        if error.code == 400:  # no such pair or route: an answer, not a failure
            return {}
        failure = f"APY answered {error.code}"
    except (OSError, ValueError) as error:  # refused, timed out, cut, or not JSON
        failure = str(error)
    _unavailable_until = monotonic() + UNAVAILABLE_REMEMBERED_SECONDS
    raise ApertiumUnavailable(failure)


def unavailable() -> bool:
    """Whether APY failed to answer lately: route() then answers None without asking it."""
    return monotonic() < _unavailable_until


def route(source_language: str, target_language: str) -> Route | None:
    """How APY would translate between two of Django's languages, or None if it cannot."""
    if not getattr(settings, "APERTIUM_URL", ""):
        return None
    source, target = apertium_code(source_language), apertium_code(target_language)
    if not source or not target or source == target:
        return None
    if monotonic() < _unavailable_until:
        return None
    key = (source, target)
    known_at, known = _routes.get(key, (0.0, None))
    if key in _routes and monotonic() - known_at < ROUTES_REMEMBERED_SECONDS:
        return known
    try:
        # Asked while an admin page is drawn: a hung engine must not hold the page for long.
        chain = _ask(
            "/translateChain", timeout=ROUTE_TIMEOUT_SECONDS, langpairs=f"{source}|{target}"
        ).get("translationChain")
    except ApertiumUnavailable:
        logger.warning("Apertium did not answer at %s", _url())
        return None
    found = Route(tuple(chain)) if chain else None
    _routes[key] = (monotonic(), found)
    return found


def translate(texts: list[str], route: Route) -> list[str]:
    """The texts (HTML fragments) translated along the route, in order; markup is kept."""
    translated = texts
    for source, target in zip(route.languages, route.languages[1:], strict=False):
        translated = _translate_hop(translated, f"{source}|{target}")
    target = route.languages[-1]
    return [
        _keep_surrounding_space(text, _punctuated_for(target, translation.strip()))
        for text, translation in zip(texts, translated, strict=True)
    ]


def _keep_surrounding_space(original: str, translation: str) -> str:
    leading = original[: len(original) - len(original.lstrip())]
    trailing = original[len(original.rstrip()) :]
    return f"{leading}{translation}{trailing}"


def _punctuated_for(language: str, text: str) -> str:
    """French spaces its punctuation (« ainsi » !); the languages it is translated into do not,
    and Catalan curls its apostrophes."""
    if language == "fra":
        return text
    text = SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    text = SPACE_INSIDE_GUILLEMETS.sub(r"\1", text)
    if language.startswith("eng"):
        text = text.replace("«", "“").replace("»", "”")
    if language.startswith("cat"):
        text = catalan(text)  # Apertium writes l'aigua with a straight apostrophe
    return text


def _translate_hop(texts: list[str], pair: str) -> list[str]:
    translated: list[str] = []
    for batch in _batches(texts):
        document = "".join(f'<hr data-segment="{n}">{text}' for n, text in enumerate(batch))
        # split() gives ["", "0", text0, "1", text1, …]
        parts = SEGMENT_BOUNDARY.split(_translate_one(document, pair))
        numbers, segments = parts[1::2], parts[2::2]
        if numbers != [str(n) for n in range(len(batch))]:
            # The engine moved a boundary: translate this batch one segment at a time.
            segments = [_translate_one(text, pair) for text in batch]
        translated.extend(segments)
    return translated


def _translate_one(text: str, pair: str) -> str:
    answer = _ask("/translate", langpair=pair, q=text, markUnknown="no")
    if "translatedText" not in answer:
        raise ApertiumUnavailable(f"APY has no pair {pair} any more")
    return answer["translatedText"]


def _batches(texts: list[str]):
    batch, size = [], 0
    for text in texts:
        if batch and size + len(text) > BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch

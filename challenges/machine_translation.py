"""Contributions read in the reader's language: Apertium's translation of each (core/apertium.py),
made by the task worker when the contribution is saved and kept in the database, once per
language and version of its text, so that a page view only ever reads it."""

import html
import logging

from django.conf import settings
from django.db import transaction

from challenges.models import Contribution, ContributionTranslation
from challenges.models.translation import text_version
from core import apertium
from core.i18n import served_languages

logger = logging.getLogger(__name__)


def offered(source_language: str, target_language: str) -> bool:
    """Whether a page offers to translate between these languages: decided without asking the
    engine, so that no page view waits for it."""
    return bool(
        settings.APERTIUM_URL
        and source_language != target_language
        and apertium.apertium_code(source_language)
        and apertium.apertium_code(target_language)
    )


def translate_contribution(contribution_id: int) -> None:
    """Translate a visible contribution into each other language of the site that Apertium can
    reach and that has no translation of its current text yet. Without an answer from the
    engine, nothing is stored: the next save, or a reader's click, asks again."""
    contribution = Contribution.objects.visible().filter(pk=contribution_id).first()
    if contribution is None:
        return
    version = text_version(contribution.text)
    done = set(
        contribution.translations.filter(source_version=version).values_list("language", flat=True)
    )
    for language in served_languages():
        if language in done or not offered(contribution.language, language):
            continue
        route = apertium.route(contribution.language, language)
        if route is None:
            continue
        try:
            # Plain text sent as HTML (Apertium's deformatter): escaped, so that nothing a
            # volunteer wrote is read as markup; line breaks come back where they were.
            escaped = html.escape(contribution.text, quote=False)
            text = html.unescape(apertium.translate([escaped], route)[0])
        except apertium.ApertiumUnavailable as error:
            logger.warning("Contribution %s not translated: %s", contribution_id, error)
            return
        store(contribution_id, language, version, text, f"Apertium ({route.description})")


def store(contribution_id: int, language: str, version: str, text: str, engine: str) -> None:
    """Keep the translation, unless the contribution was hidden, deleted or edited meanwhile:
    its row is locked, so a hiding waits for this, then takes the translation away, and two
    workers translating it at once store one after the other."""
    with transaction.atomic():
        contribution = (
            Contribution.objects.select_for_update().visible().filter(pk=contribution_id).first()
        )
        if contribution is None or text_version(contribution.text) != version:
            return
        ContributionTranslation.objects.update_or_create(
            contribution=contribution,
            language=language,
            defaults={"source_version": version, "text": text, "engine": engine},
        )


def forget_translations(contributions) -> None:
    """A hidden contribution's translations go: none is kept of what readers may not see."""
    ContributionTranslation.objects.filter(contribution__in=contributions).delete()

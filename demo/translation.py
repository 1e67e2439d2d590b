"""Translate demo objects the way an editor would: through wagtail-localize, not by copying."""

import html

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


class MissingDemoTranslation(Exception):
    pass


def translate(instance, locale: Locale, strings: dict):
    """Create or update the `locale` translation of `instance` (a page or translatable snippet)
    from `strings`, a map of each source string (or of a (field, source string) pair, for a
    field where the same words translate differently) to its translation, and publish it."""
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of_id=segment.string_id,
            locale=locale,
            context_id=segment.context_id,
            defaults={
                "data": _translated(segment, strings, instance, locale),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    if not isinstance(instance, Page):
        translated, _ = source.create_or_update_translation(locale)
        return translated
    # wagtail-localize publishes pages when the transaction commits, from an object whose
    # child count is stale by then; save a draft and publish it from the database instead.
    draft, _ = source.create_or_update_translation(locale, publish=False)
    page = Page.objects.get(pk=draft.pk).specific
    page.get_latest_revision().publish()
    return page


def _translated(segment, strings: dict, instance, locale) -> str:
    text = segment.string.data
    if (segment.context.path, text) in strings:
        return strings[(segment.context.path, text)]
    if text in strings:
        return strings[text]
    # Rich text segments hold HTML: compare as text, give back HTML.
    plain = html.unescape(text)
    if plain in strings:
        return html.escape(strings[plain], quote=False)
    raise MissingDemoTranslation(
        f"No {locale.language_code} text for {text!r} in {instance!r}: the builder did not collect it."
    )

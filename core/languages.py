"""A language added in minutes (`manage.py add_language`) and removed as cleanly
(`manage.py remove_language`).

Adding one drafts, by machine translation from the nearest language already on the site, its
interface catalog (each entry with a translator comment asking for a review, not `fuzzy`, so
that it is used meanwhile) and a translation of every page and translatable snippet, through
wagtail-localize as an editor's "Machine translate" would. The pages are published, and each is
recorded as machine-drafted (MachineDraftedPage): visitors read a notice until an editor
publishes the page by hand (core/machine_drafts.py).

What the machine drafts can be recorded in a file and replayed without the engine
(RecordedDrafts): the demo ships a language that way."""

import html
import logging
import re
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from django.apps import apps
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.actions.copy_for_translation import ParentNotTranslatedError
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import (
    MissingRelatedObjectError,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core import apertium
from core.models import MachineDraftedPage

logger = logging.getLogger(__name__)

REVIEW_COMMENT = "Machine-drafted from {source} by {tool}; to review"
# What machine translation must give back as it is: Python's and Django's placeholders, URLs,
# e-mail addresses, and a tag whose attribute holds a placeholder (whose quotes would otherwise
# be set as guillemets). Each is sent as an empty tag, which Apertium keeps where it stands.
_PLACEHOLDER = re.compile(
    r"""
      <[^<>]*(?:%\(\w+\)|%[sdifr]|\{\{)[^<>]*>      # a tag holding a placeholder, kept whole
    | %\(\w+\)[#0 +-]?\d*(?:\.\d+)?[sdifr] | %[sdifr]
    | \{\{.*?\}\} | \{%.*?%\} | \{\w*\}
    | (?:https?|mailto):[^\s<>"«»]+
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
    """,
    re.VERBOSE,
)
_PLACEHOLDER_TAG = re.compile(r'<br data-keep="?(\d+)"?\s*/?>')


class LanguageError(Exception):
    """The language cannot be added or removed; the message says why and what to do."""


# Who drafts ----------------------------------------------------------------------------------


class ApertiumDrafts:
    """Drafts by Apertium (APY, APERTIUM_URL), recording what it translated."""

    tool = "Apertium"

    def __init__(self, source_language: str, target_language: str):
        self.source_language = source_language
        self.route = apertium.route(source_language, target_language)
        if self.route is None:
            raise LanguageError(
                f"Apertium cannot translate {source_language} into {target_language}"
            )
        self.recorded: dict[str, str] = {}

    def __call__(self, texts: list[str]) -> list[str]:
        """The texts (HTML) translated, in order; each distinct text is sent once."""
        unknown = list(dict.fromkeys(text for text in texts if text not in self.recorded))
        if unknown:
            translated = apertium.translate(unknown, self.route)
            self.recorded.update(zip(unknown, translated, strict=True))
        return [self.recorded[text] for text in texts]

    def save(self, path: Path) -> None:
        data = {"source": self.source_language, "tool": self.tool, "texts": self.recorded}
        with open(path, "w", encoding="utf-8") as file:
            file.write(
                "# Machine drafts recorded by `manage.py add_language --record`: each source text\n"
                "# and its translation, replayed when the demo loads (see demo/content/README.md).\n"
            )
            yaml.safe_dump(data, file, allow_unicode=True, sort_keys=True, width=100)


class RecordedDrafts:
    """Drafts replayed from a file that ApertiumDrafts.save() wrote: no engine needed."""

    def __init__(self, path: Path):
        with open(path, encoding="utf-8") as file:
            data = yaml.safe_load(file)
        self.path = path
        self.source_language = data["source"]
        self.tool = data["tool"]
        self.recorded = data["texts"]

    def __call__(self, texts: list[str]) -> list[str]:
        missing = [text for text in texts if text not in self.recorded]
        if missing:
            raise LanguageError(
                f"{self.path} has no draft of {missing[0]!r}: record it again "
                "(manage.py add_language --record)"
            )
        return [self.recorded[text] for text in texts]


# Which language to draft from ----------------------------------------------------------------


def check_enabled(code: str) -> None:
    if code not in LANG_INFO:
        raise LanguageError(f"Django knows no language {code!r} (codes such as ca, de, it, pt).")
    enabled = [language for language, _ in settings.LANGUAGES]
    if code not in enabled:
        raise LanguageError(
            f"Add {code} to LANGUAGES_ENABLED first (now {','.join(enabled)}), then run this "
            "command again with that setting."
        )


def nearest_source(code: str) -> str:
    """The language to draft from: one of the site's reviewed languages (its home page live
    and not machine-drafted) that Apertium translates into `code`, directly if one can, else
    the first in LANGUAGES_ENABLED's order."""
    if not settings.APERTIUM_URL:
        raise LanguageError("APERTIUM_URL is not set: machine translation drafts the language.")
    candidates = [
        home.locale.language_code
        for home in Page.objects.filter(depth=2, live=True, machine_draft__isnull=True)
        .exclude(locale__language_code=code)
        .select_related("locale")
    ]
    order = [language for language, _ in settings.LANGUAGES]
    candidates = sorted((c for c in candidates if c in order), key=order.index)
    if not candidates:
        raise LanguageError("The site has no reviewed language to draft from.")
    routes = {source: apertium.route(source, code) for source in candidates}
    if apertium.unavailable():
        raise LanguageError(f"Apertium is not answering at {settings.APERTIUM_URL}.")
    routed = [source for source in candidates if routes[source] is not None]
    if not routed:
        raise LanguageError(
            f"Apertium has no route into {code} from {', '.join(candidates)}: install a pair "
            f"(apt-cache search apertium-) and restart APY."
        )
    direct = [source for source in routed if len(routes[source].languages) == 2]
    return (direct or routed)[0]


# The interface catalog -----------------------------------------------------------------------


def catalog_path(code: str) -> Path:
    return Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"


def draft_catalog(code: str, drafts) -> Path:
    """locale/<code>/LC_MESSAGES/django.po drafted from the source language's catalog (and
    compiled): entries already translated there are kept, the others drafted, each with a
    translator comment asking for a review."""
    with open(catalog_path(drafts.source_language), "rb") as file:
        source = read_po(file)
    target_path = catalog_path(code)
    existing = None
    if target_path.exists():
        with open(target_path, "rb") as file:
            existing = read_po(file, locale=code)
    catalog = Catalog(
        locale=code,
        domain="django",
        header_comment=(
            f"# The {LANG_INFO[code]['name']} interface of Crowdtime, machine-drafted\n"
            "# by `manage.py add_language`: a translator reviews each entry\n"
            "# marked 'to review', then deletes that comment."
        ),
        project=source.project,
        msgid_bugs_address=source.msgid_bugs_address,
        version=source.version,
        creation_date=source.creation_date,
        revision_date=existing.revision_date if existing else timezone.now(),
        last_translator=f"{drafts.tool} (machine translation)",
        language_team=LANG_INFO[code]["name"],
        fuzzy=False,
    )
    comment = REVIEW_COMMENT.format(source=drafts.source_language, tool=drafts.tool)

    messages = [message for message in source if message.id]
    kept = {}
    for message in messages:
        found = existing.get(message.id, message.context) if existing else None
        if found is not None and not found.fuzzy and _translated(found.string):
            kept[message.id, message.context] = found
    texts = []
    for message in messages:
        if (message.id, message.context) not in kept:
            texts.extend(_source_texts(message))
    if texts:
        catalog.revision_date = timezone.now()
    translated = iter(_draft_texts(texts, drafts))
    for message in messages:
        if found := kept.get((message.id, message.context)):
            string, comments = found.string, found.user_comments
        elif message.pluralizable:
            singular, plural = next(translated), next(translated)
            string, comments = (singular, *[plural] * (catalog.num_plurals - 1)), [comment]
        else:
            string, comments = next(translated), [comment]
        catalog.add(
            message.id,
            string,
            locations=message.locations,
            flags=message.flags - {"fuzzy"},
            auto_comments=message.auto_comments,
            user_comments=comments,
            context=message.context,
        )
    target_path.parent.mkdir(parents=True, exist_ok=True)
    with open(target_path, "wb") as file:
        write_po(file, catalog, width=79)
    with open(target_path.with_suffix(".mo"), "wb") as file:
        write_mo(file, catalog)
    return target_path


def _translated(string) -> bool:
    return all(string) if isinstance(string, tuple) else bool(string)


def _source_texts(message) -> list[str]:
    """What the source catalog says (its msgid when the msgstr is empty: English's way of
    saying "the same"); a plural's singular and plural."""
    if message.pluralizable:
        strings = message.string if _translated(message.string) else message.id
        return [strings[0], strings[-1]]
    return [message.string or message.id]


def _draft_texts(texts: list[str], drafts) -> list[str]:
    """The texts (plain or HTML) drafted, with their placeholders exactly as they were."""
    protected, kept_by_text = [], []
    for text in texts:
        kept: list[str] = []

        def keep(match, kept=kept):
            kept.append(match.group())
            return f'<br data-keep="{len(kept) - 1}">'

        protected.append(_PLACEHOLDER.sub(keep, text))
        kept_by_text.append(kept)
    drafted = []
    for text, translation, kept in zip(texts, drafts(protected), kept_by_text, strict=True):
        numbers = [int(n) for n in _PLACEHOLDER_TAG.findall(translation)]
        if sorted(numbers) != list(range(len(kept))):
            # The engine lost a placeholder: the reviewer starts from the source text.
            drafted.append(text)
            continue
        drafted.append(
            _PLACEHOLDER_TAG.sub(lambda m, kept=kept: kept[int(m.group(1))], translation)
        )
    return drafted


# Pages and snippets --------------------------------------------------------------------------


def draft_content(locale: Locale, drafts) -> list[Page]:
    """Every translatable snippet and every live page of the source language translated into
    `locale`, the pages published and recorded as machine-drafted; what is already there is
    left as it is (a page unpublished by remove_language is published again)."""
    source_locale = Locale.objects.get(language_code=drafts.source_language)
    for model in apps.get_models():
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page):
            for instance in model.objects.filter(locale=source_locale):
                if not instance.has_translation(locale):
                    _draft(instance, locale, drafts)
    published = []
    pending = list(
        Page.objects.filter(locale=source_locale, depth__gt=1).live().order_by("path").specific()
    )
    # A page may refer to a page further down the tree: those wait for a second round.
    for _round in range(2):
        waiting = []
        for page in pending:
            try:
                published.extend(_draft_page(page, locale, drafts))
            except MissingRelatedObjectError:
                waiting.append(page)
            except ParentNotTranslatedError:
                logger.warning("%s: its parent page is not in %s", page, locale)
        pending = waiting
    for page in pending:
        logger.warning("%s refers to an object not translated into %s", page, locale)
    return published


def _draft_page(page: Page, locale: Locale, drafts) -> list[Page]:
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        if existing.live:
            return []
        existing.get_latest_revision().publish()  # back after remove_language
        return [existing]
    draft = _draft(page, locale, drafts)
    translated = Page.objects.get(pk=draft.pk).specific
    # From the database: wagtail-localize's own publish would wait for the transaction's end,
    # with an object whose child count is stale by then.
    translated.get_latest_revision().publish()
    MachineDraftedPage.objects.get_or_create(
        page=translated, defaults={"drafted_from": drafts.source_language}
    )
    return [translated]


@transaction.atomic
def _draft(instance, locale: Locale, drafts):
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = list(StringSegment.objects.filter(source=source).select_related("string", "context"))
    # A slug is translated as the words it is made of, then made a slug again.
    slugs = [segment.context.path.split(".")[-1] == "slug" for segment in segments]
    texts = [
        segment.string.data.replace("-", " ") if slug else segment.string.data
        for segment, slug in zip(segments, slugs, strict=True)
    ]
    translations = [
        slugify(html.unescape(translation), allow_unicode=True) if slug else translation
        for translation, slug in zip(drafts(texts), slugs, strict=True)
    ]
    for segment, translation in zip(segments, translations, strict=True):
        StringTranslation.objects.get_or_create(
            translation_of_id=segment.string_id,
            locale=locale,
            context_id=segment.context_id,
            defaults={
                "data": translation,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                "tool_name": drafts.tool,
            },
        )
    if isinstance(instance, Page):
        return source.create_or_update_translation(locale, publish=False)[0]
    return source.create_or_update_translation(locale)[0]


# Adding and removing -------------------------------------------------------------------------


def add_language(code: str, drafts=None, catalog: bool = True, record: Path | None = None):
    """Add the language `code` (enabled in LANGUAGES_ENABLED): its Wagtail locale, its drafted
    pages and snippets and (unless `catalog` is False) catalog. `drafts` by default asks
    Apertium, from the nearest language; `record` is where to write what it drafted for the
    pages and snippets (RecordedDrafts replays it). Running it again adds only what is missing.
    Answers the source language, the catalog's path and the pages published."""
    check_enabled(code)
    if drafts is None:
        drafts = ApertiumDrafts(nearest_source(code), code)
    locale, _ = Locale.objects.get_or_create(language_code=code)
    pages = draft_content(locale, drafts)
    if record:
        drafts.save(record)
    catalog_file = draft_catalog(code, drafts) if catalog else None
    return drafts.source_language, catalog_file, pages


def remove_language(code: str) -> int:
    """Unpublish every page in `code`: the switcher, the hreflang links and the sitemap offer
    only languages with a live page. Its catalog and its pages' drafts stay, for a return."""
    if code == settings.LANGUAGE_CODE:
        raise LanguageError(f"{code} is the default language (the first in LANGUAGES_ENABLED).")
    if not Locale.objects.filter(language_code=code).exists():
        raise LanguageError(f"The site has no language {code!r}.")
    pages = Page.objects.filter(locale__language_code=code, depth__gt=1).live().order_by("-path")
    count = 0
    for page in pages.specific():
        page.unpublish(user=None)
        count += 1
    return count

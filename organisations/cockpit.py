"""The translation cockpit: every page in the default language that the user may edit, and for
each other language how far its translation has come; and what can be done to a batch of them.

The states are read with a fixed number of queries whatever the number of pages: a few
`values()` queries and two aggregates over wagtail-localize's segments, put together here.
A translation made through wagtail-localize (a `Translation`) is out of date when the source
page changed after its strings were last extracted (its `TranslationSource`), and partly
translated while some of those strings have no translation. A translation made otherwise (a
copy edited by hand, or one whose synchronisation a translator turned off) is out of date
when the source changed after it did. An alias shows the source's words: it is missing.
"""

import tempfile
import uuid
import zipfile
from contextlib import suppress
from dataclasses import dataclass, field
from io import BytesIO

import polib
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Count, F, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import translate_object
from wagtail_localize.views.edit_translation import apply_machine_translation

from organisations.admin_scope import editable_pages
from organisations.models import OrganisationPage

# What one upload may hold: enough for a season of pages, not a zip bomb.
MAX_PO_FILES = 500
MAX_PO_BYTES = 2 * 1024 * 1024
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class State(models.TextChoices):
    UP_TO_DATE = "up_to_date", _("Translated and up to date")
    OUTDATED = "outdated", _("Source changed since")
    PARTIAL = "partial", _("Partly translated")
    MISSING = "missing", _("Missing")


@dataclass
class Cell:
    locale: Locale
    state: str
    percent: int | None = None  # of the strings translated, for a wagtail-localize translation
    machine: int = 0  # strings machine-drafted and not edited since
    page_id: int | None = None  # the translated page, if there is one (not an alias)

    @property
    def state_label(self):
        return State(self.state).label


@dataclass
class Row:
    page_id: int
    title: str
    page_type: str
    content_type_id: int
    organisation: dict | None
    section: dict | None
    cells: list[Cell] = field(default_factory=list)


def source_pages(user):
    """The pages in the default language the user may edit (the tree's root excepted)."""
    pages = Page.objects.filter(locale=Locale.get_default(), depth__gt=1)
    if user.is_superuser:
        return pages
    return pages.filter(pk__in=editable_pages(user).values("pk"))


def target_locales() -> list[Locale]:
    default = Locale.get_default()
    return [locale for locale in Locale.objects.order_by("language_code") if locale != default]


def _changed_at(values: dict):
    """When the page's content last changed: its last publish, or for a draft its last save."""
    return values["last_published_at"] or values["latest_revision_created_at"]


def rows_for(user, locales: list[Locale]) -> list[Row]:
    """Every page the user may edit, in tree order, with a cell per language of `locales`."""
    default = Locale.get_default()
    sources = source_pages(user)
    keys = sources.values("translation_key")
    timestamps = ("last_published_at", "latest_revision_created_at")
    pages = list(
        sources.order_by("path").values(
            "pk", "draft_title", "path", "translation_key", "content_type_id", *timestamps
        )
    )
    translated_pages = {
        (values["translation_key"], values["locale_id"]): values
        for values in Page.objects.filter(translation_key__in=keys)
        .exclude(locale=default)
        .values("pk", "translation_key", "locale_id", "alias_of_id", *timestamps)
    }
    translations = {
        (values["source__object_id"], values["target_locale_id"]): values
        for values in Translation.objects.filter(
            source__locale=default, source__object_id__in=keys, enabled=True
        ).values("source_id", "source__object_id", "source__last_updated_at", "target_locale_id")
    }
    tracked_sources = TranslationSource.objects.filter(locale=default, object_id__in=keys)
    totals = dict(
        StringSegment.objects.filter(source__in=tracked_sources)
        .values("source_id")
        .annotate(n=Count("pk"))
        .values_list("source_id", "n")
    )
    done = {
        (values["source_id"], values["locale_id"]): values
        for values in StringTranslation.objects.filter(
            has_error=False,
            translation_of__segments__source__in=tracked_sources,
            translation_of__segments__context_id=F("context_id"),
        )
        .values("locale_id", source_id=F("translation_of__segments__source_id"))
        .annotate(
            n=Count("pk"),
            machine=Count(
                "pk", filter=Q(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE)
            ),
        )
    }
    organisations = {
        values["path"]: values
        for values in OrganisationPage.objects.filter(locale=default).values("pk", "title", "path")
    }
    sections = {
        values["path"]: values
        for values in Page.objects.filter(locale=default, depth=3).values("pk", "title", "path")
    }
    page_types = _page_types({values["content_type_id"] for values in pages})

    rows = []
    for values in pages:
        path, key = values["path"], values["translation_key"]
        row = Row(
            page_id=values["pk"],
            title=values["draft_title"],
            page_type=page_types.get(values["content_type_id"], ""),
            content_type_id=values["content_type_id"],
            organisation=_enclosing(organisations, path),
            section=sections.get(path[: 3 * Page.steplen]),
        )
        for locale in locales:
            translated = translated_pages.get((key, locale.pk))
            translation = translations.get((key, locale.pk))
            row.cells.append(_cell(locale, values, translated, translation, totals, done))
        rows.append(row)
    return rows


def _cell(locale, source, translated, translation, totals, done) -> Cell:
    if translated is None or translated["alias_of_id"]:
        return Cell(locale, State.MISSING)
    changed_at = _changed_at(source)
    if translation is None:  # kept by hand: compare the two pages' last changes
        translated_at = _changed_at(translated)
        outdated = changed_at and translated_at and changed_at > translated_at
        return Cell(
            locale,
            State.OUTDATED if outdated else State.UP_TO_DATE,
            page_id=translated["pk"],
        )
    total = totals.get(translation["source_id"], 0)
    strings = done.get((translation["source_id"], locale.pk), {"n": 0, "machine": 0})
    translated_strings = min(strings["n"], total)
    percent = 100 if total == 0 else translated_strings * 100 // total
    if changed_at and changed_at > translation["source__last_updated_at"]:
        state = State.OUTDATED
    elif translated_strings < total:
        state = State.PARTIAL
    else:
        state = State.UP_TO_DATE
    return Cell(
        locale,
        state,
        percent=percent,
        machine=strings["machine"],
        page_id=translated["pk"],
    )


def _enclosing(organisations: dict, path: str) -> dict | None:
    for depth in range(len(path) // Page.steplen, 0, -1):
        organisation = organisations.get(path[: depth * Page.steplen])
        if organisation:
            return organisation
    return None


def _page_types(content_type_ids) -> dict:
    names = {}
    for content_type in ContentType.objects.filter(pk__in=content_type_ids):
        model = content_type.model_class()
        names[content_type.pk] = str(model._meta.verbose_name if model else content_type.name)
    return names


# Batch actions -------------------------------------------------------------------------------
# Each acts only on `pages`, which the caller took from source_pages(user).


@dataclass
class Outcome:
    done: int = 0
    skipped: int = 0


def submit(pages, locales, user) -> Outcome:
    """Start wagtail-localize translations where a language has none (an alias counts as none),
    parents before their children, as drafts."""
    outcome = Outcome()
    existing = set(
        Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__in=locales,
            alias_of__isnull=True,
        ).values_list("translation_key", "locale_id")
    )
    for page in sorted(pages, key=lambda page: page.path):
        wanted = [locale for locale in locales if (page.translation_key, locale.pk) not in existing]
        if not wanted:
            outcome.skipped += 1
            continue
        with transaction.atomic():
            translate_object(page.specific, wanted, user=user)
        outcome.done += len(wanted)
    return outcome


def machine_name(locales) -> str:
    """The machine translator's name if it is configured and answers for one of these
    languages (Apertium is asked, and its silence remembered for a while: core.apertium), or
    an empty string."""
    translator = get_machine_translator()
    default = Locale.get_default()
    if translator is None or not any(
        translator.can_translate(default, locale) for locale in locales
    ):
        return ""
    return translator.display_name


def machine_draft(pages, locales, user) -> Outcome:
    """Fill the strings still to translate with the machine's draft, as the translation editor's
    button does, for the review of a translator. Raises what the machine raises when it stops
    answering (core.apertium.ApertiumUnavailable), after keeping what it drafted."""
    outcome = Outcome()
    translator = get_machine_translator()
    default = Locale.get_default()
    for translation in _translations(pages, locales).select_related("target_locale"):
        if translator is None or not translator.can_translate(default, translation.target_locale):
            outcome.skipped += 1
            continue
        try:
            drafted = apply_machine_translation(translation.pk, user, translator)
        except (PermissionDenied, Http404, ObjectDoesNotExist):  # not theirs, or its page is gone
            drafted = False
        if drafted:
            outcome.done += 1
        else:
            outcome.skipped += 1
    return outcome


def sync(pages, user) -> Outcome:
    """Read the source pages again into their translations, as wagtail-localize's "Sync
    translated pages" does without publishing: new strings then wait for their translators."""
    outcome = Outcome()
    sources = TranslationSource.objects.filter(
        locale=Locale.get_default(), object_id__in=[page.translation_key for page in pages]
    )
    for source in sources:
        source.update_from_db()
        for translation in source.translations.filter(enabled=True).select_related("target_locale"):
            with suppress(ValidationError):
                source.update_target_view_restrictions(translation.target_locale)
        outcome.done += 1
    outcome.skipped = len(pages) - outcome.done
    return outcome


def _translations(pages, locales):
    return Translation.objects.filter(
        source__locale=Locale.get_default(),
        source__object_id__in=[page.translation_key for page in pages],
        target_locale__in=locales,
        enabled=True,
    )


def export_po(pages, locales) -> tuple[bytes, int]:
    """A zip of one PO file per translation (wagtail-localize's own format, which names its
    translation), and how many it holds."""
    slugs = {page.translation_key: f"{page.slug}-{page.pk}" for page in pages}
    buffer = BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for translation in _translations(pages, locales).select_related("source", "target_locale"):
            archive.writestr(
                f"{slugs[translation.source.object_id]}.{translation.target_locale.language_code}.po",
                str(translation.export_po()),
            )
            count += 1
    return buffer.getvalue(), count


def import_po(uploads, user) -> Outcome:
    """Read the translations of PO files (or zips of them) exported here or from the translation
    editor. A file is refused unless it names a translation of a page the user may edit: another
    organisation's file is refused as an unknown one is."""
    outcome = Outcome()
    keys = source_pages(user).values("translation_key")
    for content in _po_contents(uploads):
        po = _parse(content)
        translation = _translation_named(po, keys) if po is not None else None
        if translation is None:
            outcome.skipped += 1
            continue
        translation.import_po(po, user=user, tool_name="PO File")
        outcome.done += 1
    return outcome


def _po_contents(uploads):
    """The bytes of each PO file uploaded, alone or in zips; at most MAX_PO_FILES of them."""
    count = 0
    for upload in uploads:
        data = upload.read(MAX_UPLOAD_BYTES)
        if zipfile.is_zipfile(BytesIO(data)):
            try:
                archive = zipfile.ZipFile(BytesIO(data))
                members = [m for m in archive.infolist() if m.filename.endswith(".po")]
            except zipfile.BadZipFile:
                members, archive = [], None
            for member in members:
                count += 1
                if count > MAX_PO_FILES:
                    return
                if member.file_size > MAX_PO_BYTES:
                    yield b""
                    continue
                try:
                    with archive.open(member) as opened:
                        yield opened.read(MAX_PO_BYTES + 1)
                except (zipfile.BadZipFile, OSError, NotImplementedError):
                    yield b""
        else:
            count += 1
            if count > MAX_PO_FILES:
                return
            yield data[: MAX_PO_BYTES + 1]


def _parse(content: bytes):
    if not content or len(content) > MAX_PO_BYTES:
        return None
    # polib.pofile() takes a path or a text, and reads a text that names a file as that file:
    # hand it a file of our own, as wagtail-localize does.
    with tempfile.NamedTemporaryFile(suffix=".po") as file:
        file.write(content)
        file.flush()
        try:
            return polib.pofile(file.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return None


def _translation_named(po, keys):
    try:
        named = uuid.UUID(po.metadata.get("X-WagtailLocalize-TranslationID", ""))
    except ValueError:
        return None
    return Translation.objects.filter(
        uuid=named, enabled=True, source__locale=Locale.get_default(), source__object_id__in=keys
    ).first()

from collections import defaultdict

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.collation import collated


class Tag(TranslatableMixin, TagBase):
    """The site's one taxonomy: causes, skills and other topics, shared by every language.

    Each translation of a tag has the same translation key, so a French visitor who picks
    "environnement" finds the Spanish campaign tagged "medio ambiente".
    """

    class Kind(models.TextChoices):
        TOPIC = "topic", _("Topic")
        CAUSE = "cause", _("Cause")
        SKILL = "skill", _("Skill")

    # Unique per language rather than site-wide: "éducation" and "educación" may share a slug.
    name = models.CharField(verbose_name=_("name"), max_length=100)
    slug = models.SlugField(verbose_name=_("slug"), max_length=100, allow_unicode=True)
    kind = models.CharField(
        verbose_name=_("kind"), max_length=10, choices=Kind.choices, default=Kind.TOPIC
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind")]
    override_translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        SynchronizedField("kind"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="unique_tag_name_per_locale"),
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_tag_slug_per_locale"),
        ]

    @classmethod
    def in_locale(cls, tags, locale: Locale) -> dict:
        """Map each tag's translation key to the tag as it is named in `locale` (the tag itself
        where no translation exists), in one query whatever the number of tags."""
        by_key = {tag.translation_key: tag for tag in tags}
        by_key.update(
            (tag.translation_key, tag)
            for tag in cls.objects.filter(locale=locale, translation_key__in=list(by_key))
        )
        return by_key

    @classmethod
    def listed_in(cls, tags, locale: Locale) -> list:
        """`tags` named in `locale`, in the dictionary order of its language."""
        return collated(cls.in_locale(tags, locale).values(), language=locale.language_code)

    @classmethod
    def in_language(cls, kind: str):
        """The causes or skills (`kind`), named in the visitor's language."""
        return cls.objects.filter(kind=kind, locale=Locale.get_active()).order_by("name")

    @classmethod
    def from_slug(cls, slug: str, locale: Locale, kind: str | None = None) -> "Tag | None":
        """The tag a visitor picked in a filter, in their language."""
        tags = cls.objects.filter(locale=locale, slug=slug)
        if kind:
            tags = tags.filter(kind=kind)
        return tags.first()


register_snippet(Tag)


class ArticlePageTag(TaggedItemBase):
    tag = models.ForeignKey(Tag, related_name="tagged_articles", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "pages.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


def attach_localized_tags(pages, relation: str, name: str) -> None:
    """Give each page a `name` list: the tags it carries through `relation` (its tagged
    items), named in the page's language, in its dictionary order. Translations carry their
    source's tags; the names come in one query per language, whatever the number of pages."""
    prefetch_related_objects(pages, f"{relation}__tag")
    by_locale = defaultdict(list)
    for page in pages:
        by_locale[page.locale_id].append(page)
    for locale in Locale.objects.filter(pk__in=by_locale):
        group = by_locale[locale.pk]
        carried = {page.pk: [item.tag for item in getattr(page, relation).all()] for page in group}
        named = Tag.in_locale([tag for tags in carried.values() for tag in tags], locale)
        for page in group:
            tags = [named[tag.translation_key] for tag in carried[page.pk]]
            setattr(page, name, collated(tags, language=locale.language_code))

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet


class Tag(TranslatableMixin, TagBase):
    """A topic shared by every language: each translation of a tag has the same translation key,
    so a French tag and its Spanish translation select the same articles."""

    # Unique per language rather than site-wide: "éducation" and "educación" may share a slug.
    name = models.CharField(verbose_name=_("name"), max_length=100)
    slug = models.SlugField(verbose_name=_("slug"), max_length=100, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

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


register_snippet(Tag)


class ArticlePageTag(TaggedItemBase):
    tag = models.ForeignKey(Tag, related_name="tagged_articles", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "pages.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )

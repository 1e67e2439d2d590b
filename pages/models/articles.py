from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.collation import collated
from pages.api import TagsField
from pages.blocks import BodyBlock

from .base import BasePage, Boost, ListingPage, MainImageMixin, WithFeed, with_card_images
from .tags import ArticlePageTag, Tag, attach_localized_tags


class ArticleIndexPage(WithFeed, ListingPage):
    """The list of articles, newest first, that visitors can narrow to one tag."""

    items_per_page = 9
    feed = "pages.feeds.ArticleFeed"

    subpage_types = ["pages.ArticlePage"]

    class Meta:
        verbose_name = _("Article index")

    def get_articles(self, tag=None):
        articles = with_card_images(
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .prefetch_related("tagged_items__tag")
            .order_by("-date", "-pk")
        )
        if tag:
            articles = articles.filter(tagged_items__tag__translation_key=tag.translation_key)
        return articles

    def get_selected_tag(self, request):
        slug = request.GET.get("tag", "").strip()
        if not slug:
            return None
        tag = Tag.from_slug(slug, self.locale)
        if tag is None:
            raise Http404(_("No tag of that name."))
        return tag

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        tag = self.get_selected_tag(request)
        context.update(
            articles=self.paginate(
                lambda: self.get_articles(tag),
                request,
                selection=(tag.pk if tag else None,),
                prepare=lambda items: ArticlePage.attach_localized_tags(items, self.locale),
            ),
            selected_tag=tag,
            tags=self.remember(request, "article-tags", self.get_tags_in_use),
        )
        return context

    def get_tags_in_use(self) -> list:
        return collated(
            Tag.objects.filter(
                locale_id=self.locale_id,
                translation_key__in=Tag.objects.filter(
                    tagged_articles__content_object__in=self.get_articles().values("pk")
                ).values("translation_key"),
            )
        )


class ArticlePage(MainImageMixin, BasePage):
    social_kind = "article"
    feed_template = "pages/feeds/article_entry.html"

    introduction = models.TextField(
        verbose_name=_("Introduction"), help_text=_("One or two sentences shown in listings.")
    )
    hero_image_caption = models.CharField(
        verbose_name=_("Caption of the main image"), max_length=250, blank=True
    )
    author = models.CharField(verbose_name=_("Author"), max_length=120)
    date = models.DateField(verbose_name=_("Publication date"))
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True, verbose_name=_("Tags"))
    body = StreamField(BodyBlock(), verbose_name=_("Body"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_image_caption"),
            ],
            heading=_("Main image"),
        ),
        FieldPanel("author"),
        FieldPanel("date"),
        FieldPanel("tags"),
        FieldPanel("body"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
        *MainImageMixin.main_image_translation_policy,
        TranslatableField("hero_image_caption"),
        SynchronizedField("author"),
        SynchronizedField("date"),
        # Tags are chosen once, on the source page; each language shows the tag's translation.
        SynchronizedField("tagged_items"),
        TranslatableField("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction", boost=Boost.SUMMARY),
        index.SearchField("body", boost=Boost.BODY),
        index.SearchField("author"),
    ]
    parent_page_types = ["pages.ArticleIndexPage"]
    subpage_types = []
    # The read-only API (site/api.py).
    api_fields = [
        APIField("summary", serializer=serializers.CharField(source="introduction")),
        APIField("author"),
        APIField("date"),
        APIField("tags", serializer=TagsField(source="localized_tags")),
    ]

    class Meta:
        verbose_name = _("Article")

    @classmethod
    def prepare_for_listing(cls, articles) -> list:
        """What a feed's entries and the API's items show of each article, for all at once:
        its tags named in its language."""
        articles = list(articles)
        attach_localized_tags(articles, "tagged_items", "localized_tags")
        return articles

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def structured_data(self, request) -> dict:
        from pages.structured_data import article

        return article(self, request)

    @staticmethod
    def attach_localized_tags(articles, locale) -> None:
        """Give each article a `localized_tags` list, named in `locale`, in one query for all."""
        tags_by_article = {
            article.pk: [item.tag for item in article.tagged_items.all()] for article in articles
        }
        translated = Tag.in_locale(
            [tag for tags in tags_by_article.values() for tag in tags], locale
        )
        for article in articles:
            article.localized_tags = [
                translated[tag.translation_key] for tag in tags_by_article[article.pk]
            ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Kept by each worker until a publish or a change to a tag empties the fragments.
        self.localized_tags, context["index_page"] = self.remember(
            request, "article-tags-and-index", self.get_tags_and_index
        )
        return context

    def get_tags_and_index(self) -> tuple:
        prefetch_related_objects([self], "tagged_items__tag")
        self.attach_localized_tags([self], self.locale)
        return self.localized_tags, self.get_parent().specific

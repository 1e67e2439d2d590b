import hashlib

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from core.cache import keep, recall, remember
from pages.blocks import BodyBlock

from .base import BasePage, Boost, with_card_images


class HomePage(BasePage):
    hero_heading = models.CharField(verbose_name=_("Headline"), max_length=120)
    hero_text = models.TextField(verbose_name=_("Text under the headline"), blank=True)
    featured_heading = models.CharField(
        verbose_name=_("Heading of the latest articles"), max_length=120, blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("Body"), blank=True)

    FEATURED_ARTICLES = 3

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Welcome")
        ),
        FieldPanel("featured_heading"),
        FieldPanel("body"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("hero_heading"),
        TranslatableField("hero_text"),
        TranslatableField("featured_heading"),
        TranslatableField("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text", boost=Boost.SUMMARY)]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.ArticleIndexPage",
        "pages.StandardPage",
        "campaigns.CampaignIndexPage",
        "challenges.ChallengeIndexPage",
    ]

    class Meta:
        verbose_name = _("Home page")

    @property
    def localized(self):
        """The home page in the visitor's language. Wagtail asks for it (and then for its
        specific fields) on every request, to route it: each worker keeps it until a publish
        empties the fragments."""
        return remember(
            f"home:{self.pk}:{get_language()}", lambda: super(HomePage, self).localized.specific
        )

    def route(self, request, path_components):
        """Wagtail walks down from the home page one query per level of the URL. Each worker
        remembers the page a URL's path leads to, until a publish, an unpublish (deletions
        included) or a move empties the fragments, and lets it route the rest (a campaign's
        join/). A path that leads nowhere is walked every time."""
        for depth in range(len(path_components), 0, -1):
            if page := recall(self._route_key(path_components[:depth])):
                return page.route(request, path_components[depth:])
        result = super().route(request, path_components)
        page_path = result.page.url_path.removeprefix(self.url_path).strip("/")
        if page_path:
            result.page.locale  # noqa: B018 (stored with the page, not asked for at each view)
            keep(self._route_key(page_path.split("/")), result.page)
        return result

    def _route_key(self, path_components) -> str:
        path = "/".join(path_components).encode()
        return f"route:{self.pk}:{hashlib.sha256(path).hexdigest()}"

    def get_context(self, request, *args, **kwargs):
        """The latest articles, and what the apps above add through the `home_page_context`
        hook (`fn(home_page, request, context)`): the open campaigns, say."""
        context = super().get_context(request, *args, **kwargs)
        for add_to in hooks.get_hooks("home_page_context"):
            add_to(self, request, context)
        context["latest_articles"] = self.remember(
            request, "home-articles", self.get_latest_articles
        )
        # Whose feed the head links to.
        context["article_index"] = self.remember(request, "article-index", self.get_article_index)
        return context

    def get_article_index(self):
        from .articles import ArticleIndexPage

        return ArticleIndexPage.objects.child_of(self).live().public().first()

    def get_latest_articles(self) -> list:
        from .articles import ArticlePage

        articles = ArticlePage.objects.live().public().descendant_of(self).order_by("-date", "-pk")
        return list(with_card_images(articles)[: self.FEATURED_ARTICLES])

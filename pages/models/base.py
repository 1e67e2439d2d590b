import contextlib
import hashlib
from collections.abc import Callable

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.paginator import InvalidPage, Paginator
from django.core.paginator import Page as PageOfItems
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, route
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.cache import remember


def private_sections_q() -> Q:
    """Pages in a private section, as `PageQuerySet.public()` excludes them. Wagtail reads every
    view restriction for each `.public()`; they are few and rarely change, so each worker keeps
    where they are (until a change to a restriction, a move or a publish empties the
    fragments)."""
    restricted = PageViewRestriction.objects.select_related("page")
    sections = remember(
        "private_sections", lambda: [(r.page.path, r.page.depth) for r in restricted]
    )
    q = Q()
    for path, depth in sections:
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


class Boost:
    """How much a search word counts by where a page has it. PostgreSQL ranks with four weights
    that Wagtail shares out among every boost of the project (images' and documents' titles
    have 10): so the title, the short texts that say what a page is about, and the rest."""

    TITLE = 10
    SUMMARY = 2
    BODY = 1


class CrowdtimePageQuerySet(PageQuerySet):
    def private_q(self):
        return private_sections_q()


class BasePage(Page):
    """Fields and translation policy shared by every page of the site.

    Titles, slugs and texts are translated; images, dates and numbers are synchronised from the
    source language, so a translator never has to pick them again.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; defaults to the page's main image."),
    )

    override_translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("social_image"),
    ]

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("title", boost=Boost.TITLE),
        index.SearchField("search_description", boost=Boost.SUMMARY),
    ]

    objects = PageManager.from_queryset(CrowdtimePageQuerySet)()

    # The read-only API (site/api.py) gives a page's last publish beside its first.
    api_meta_fields = ["last_published_at"]

    class Meta:
        abstract = True

    # Which default picture stands for the page when it is shared without one of its own
    # (site/static/icons/social-<kind>.png, drawn by `manage.py draw_icons`).
    social_kind = "page"

    def get_social_image(self):
        return self.social_image

    def get_social_image_alt(self) -> str:
        """The text alternative of `get_social_image()`."""
        return self.social_image.default_alt_text if self.social_image else ""

    def get_view_restrictions(self):
        """Wagtail asks the database for the page's ancestors, then for their restrictions, on
        every view. Each worker keeps which restrictions apply to the page (until a publish, a
        move or a change to a restriction empties the fragments): none, for most pages."""
        ids = remember(
            f"view_restrictions:{self.pk}",
            lambda: list(
                super(BasePage, self).get_view_restrictions().values_list("pk", flat=True)
            ),
        )
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)

    def get_meta_description(self) -> str:
        return self.search_description

    def remember(self, request, name: str, compute):
        """`compute()` for this page, kept by each worker until a publish empties the fragments;
        computed afresh for a preview, which may show a draft's tags or the like."""
        if getattr(request, "is_preview", False):
            return compute()
        return remember(f"{name}:{self.pk}", compute)


class ListingPage(BasePage):
    """A page that lists its children, a page of them at a time."""

    introduction = models.TextField(verbose_name=_("Introduction"), blank=True)

    items_per_page = 12

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        TranslatableField("introduction"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction", boost=Boost.SUMMARY),
    ]
    parent_page_types = ["pages.HomePage"]

    class Meta:
        abstract = True

    def paginate(self, items, request, selection=(), prepare=None):
        """The page of `items()` the visitor asked for (a 404 if there is none). Each worker keeps
        its items and the total count until a publish empties the fragments, so that a listing
        is read from the database once, not at every view. `selection` names all else that
        selects and orders the items: the visitor's filters and, for lists that depend on the
        time, `core.schedule.epoch()`. `prepare(items)` gives the items what else they
        show that only a publish changes (their tags, say); figures that change between
        publishes are for the caller to attach, after."""
        number = request.GET.get("page") or "1"
        with contextlib.suppress(ValueError):
            number = int(number)  # "2" and "002" share one entry, not one each
        key = hashlib.sha256(repr((*selection, number)).encode()).hexdigest()

        def compute():
            page = paginate(items(), request, self.items_per_page)
            objects = list(page.object_list)
            if prepare:
                prepare(objects)
            return objects, page.paginator.count

        objects, count = self.remember(request, f"listing:{key}", compute)
        return page_of(objects, number, self.items_per_page, count)


def page_of(objects, number, per_page, count) -> PageOfItems:
    """A page of items kept with their total count, put back together without the database."""
    paginator = Paginator(objects, per_page)
    paginator.count = count
    return PageOfItems(objects, paginator.validate_number(number), paginator)


def paginate(items, request, per_page, count=None):
    """The page of `items` the visitor asked for; a page that does not exist is a 404.
    `count`, when the caller knows it, spares counting the items again."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    try:
        return paginator.page(request.GET.get("page") or 1)
    except InvalidPage as error:
        raise Http404(_("There is no such page in this list.")) from error


# The renditions a card's `{% picture %}` asks for (its filter specs, as the card templates
# write them): each size in each format, so that the browser takes the smallest it can show.
CARD_IMAGE = "fill-{400x225,640x360,960x540} format-{webp,jpeg}"


def with_card_images(pages):
    """Fetch the pages' main images and their card renditions in two queries in all, rather
    than one or two per card; and not their bodies, which no card shows."""
    images = get_image_model().objects.prefetch_renditions(*Filter.expand_spec(CARD_IMAGE))
    return pages.defer_streamfields().prefetch_related(
        models.Prefetch("hero_image", queryset=images)
    )


class MainImageMixin(models.Model):
    """A page's main image, with the text alternative each language needs."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        verbose_name=_("Alternative text of the main image"),
        max_length=200,
        blank=True,
        help_text=_("Describe the image for people who cannot see it."),
    )

    main_image_translation_policy = [
        SynchronizedField("hero_image"),
        TranslatableField("hero_image_alt"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image and not self.hero_image_alt.strip():
            raise ValidationError(
                {"hero_image_alt": _("Describe the main image for people who cannot see it.")}
            )

    def get_social_image(self):
        return self.social_image or self.hero_image

    def get_social_image_alt(self) -> str:
        return super().get_social_image_alt() if self.social_image else self.hero_image_alt

    def get_context(self, request, *args, **kwargs):
        if self.hero_image_id:
            # Kept by each worker until a publish or a change to an image empties the fragments.
            self.hero_image = remember(
                f"image:{self.hero_image_id}",
                lambda: get_image_model().objects.filter(pk=self.hero_image_id).first(),
            )
        return super().get_context(request, *args, **kwargs)


class WithFeed(RoutablePageMixin):
    """A page with an Atom feed of its newest pages at feed/, linked from its head: `feed`
    names its `pages.feeds.PageFeed` (a dotted path, for the feed may draw pages of the apps
    above)."""

    feed: str

    @route(r"^feed/$", name="feed")
    def atom_feed(self, request):
        return import_string(self.feed)()(request, self)

    def get_cached_paths(self):
        """Purged from the front-end cache with the page (pages/frontend_cache.py)."""
        return [*super().get_cached_paths(), "feed/"]


class RunByOrganisation:
    """For the pages an organisation runs (campaigns, challenges): they live under its page,
    and its staff may edit them and nothing else."""

    parent_page_types = ["organisations.OrganisationPage"]
    subpage_types = []

    @classmethod
    def attach_organisations(cls, pages) -> list:
        """Give each page of a listing its organisation, in one query for all."""
        organisation_page = apps.get_model("organisations", "OrganisationPage")
        pages = list(pages)
        parent_paths = {page.path[: -Page.steplen] for page in pages}
        parents = {
            organisation.path: organisation
            for organisation in organisation_page.objects.filter(path__in=parent_paths).live()
        }
        for page in pages:
            page.__dict__["organisation"] = parents.get(page.path[: -Page.steplen])
        return pages

    @cached_property
    def organisation(self):
        """Kept by each worker until a publish or a move empties the fragments. The model is
        named, not imported: organisations sit above the pages they run."""
        organisation_page = apps.get_model("organisations", "OrganisationPage")
        return remember(
            f"organisation-of:{self.pk}",
            lambda: organisation_page.objects.parent_of(self).live().first(),
        )


class LiveFigures:
    """For the pages that show figures which change between publishes (a campaign's
    participants, a challenge's contributions), counted over all their translations and kept
    in the shared cache. `figures_for(translation_keys)` gives them by translation key, for
    any number of pages in one cache round trip (and at most one query)."""

    figures_for: Callable[[list], dict]

    @cached_property
    def figures(self):
        """Listings set it for all their pages at once (`attach_figures`)."""
        return self.figures_for([self.translation_key])[self.translation_key]

    @classmethod
    def attach_figures(cls, pages) -> list:
        """Give each page of a listing its figures, all at once."""
        pages = list(pages)
        figures = cls.figures_for([page.translation_key for page in pages])
        for page in pages:
            page.__dict__["figures"] = figures[page.translation_key]
        return pages

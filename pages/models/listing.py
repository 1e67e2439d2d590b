"""Listings that visitors narrow with filters: the campaigns, the challenges.

A page declares its filters; each is a select of the form `pages/includes/filters.html` draws
and a query parameter of the same name. An unknown value is a 404, not an empty list: a
mistyped or outdated link says so, and no worker keeps a page of results for it."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from core.collation import collated
from core.durations import MORE, Duration
from core.schedule import epoch

from .base import ListingPage, LiveFigures
from .tags import Tag


@dataclass(frozen=True)
class FilterField:
    """A filter as the form draws it: `options` are (value, label, whether chosen)."""

    name: str
    label: str
    any_label: str
    options: list[tuple[str, str, bool]]


@dataclass(frozen=True)
class TagFilter:
    """The tags of one kind (`Tag.Kind`, also the query parameter) that the listed pages carry
    through `relation`, their tagged items. A tag picked in one language finds the pages
    tagged with any of its translations."""

    kind: str
    relation: str
    label: str
    any_label: str

    @property
    def name(self) -> str:
        return self.kind

    def read(self, value: str, page) -> Tag | None:
        if not value:
            return None
        tag = Tag.from_slug(value, page.locale, kind=self.kind)
        if tag is None:
            raise Http404(_("No tag of that name."))
        return tag

    def apply(self, items, tag: Tag):
        return items.filter(**{f"{self.relation}__tag__translation_key": tag.translation_key})

    def key(self, tag: Tag | None):
        return tag.pk if tag else None

    def field(self, page, request, chosen: Tag | None) -> FilterField:
        tags = page.remember(request, f"{self.kind}-in-use", lambda: self.in_use(page))
        options = [(tag.slug, tag.name, chosen is not None and tag.pk == chosen.pk) for tag in tags]
        return FilterField(self.name, self.label, self.any_label, options)

    def in_use(self, page) -> list:
        """The tags of this kind on the page's live items, named in its language, in its
        dictionary order."""
        tagged_items = page.listed_model()._meta.get_field(self.relation).related_model
        return collated(
            Tag.objects.filter(
                locale_id=page.locale_id,
                kind=self.kind,
                translation_key__in=tagged_items.objects.filter(
                    content_object__in=page.listed_pages().values("pk")
                ).values("tag__translation_key"),
            )
        )


@dataclass(frozen=True)
class ChoiceFilter:
    """A fixed set of `choices` (value in the URL, label); `query(value)` is what the chosen
    one keeps, asked at each filtering (it may depend on the time). `unlisted` values are
    understood in a URL though the form does not offer them."""

    name: str
    label: str
    any_label: str
    choices: Sequence[tuple[str, str]]
    query: Callable[[str], Q]
    unknown: str  # the 404's message
    unlisted: tuple[str, ...] = ()

    def read(self, value: str, page) -> str:
        if value and value not in [*dict(self.choices), *self.unlisted]:
            raise Http404(self.unknown)
        return value

    def apply(self, items, value: str):
        return items.filter(self.query(value))

    def key(self, value: str) -> str:
        return value

    def field(self, page, request, chosen: str) -> FilterField:
        options = [(value, label, value == chosen) for value, label in self.choices]
        return FilterField(self.name, self.label, self.any_label, options)


def duration_filter(field: str, label: str, choices) -> ChoiceFilter:
    """`?time=`: the pages whose `field` (minutes) is at most the chosen duration, or more than
    the longest (`core.durations.MORE`)."""

    def query(value: str) -> Q:
        if value == MORE:
            return Q(**{f"{field}__gt": Duration.HOUR})
        return Q(**{f"{field}__lte": int(value)})

    return ChoiceFilter(
        "time",
        label=label,
        any_label=_("Any duration"),
        choices=[(str(value), text) for value, text in choices],
        query=query,
        unknown=_("No such duration."),
    )


class FilteredListingPage(ListingPage):
    """A listing of pages of one type (`listed_page_type`, "app_label.ModelName") in the page's
    language, narrowed by `filters`, in the order the form shows them. `get_items()` gives the
    pages in their order; the template finds the page of them under `items_name`, and the
    form's fields under `filters`.

    Each worker keeps the page of results of each selection, and the tags each tag filter
    offers, until a publish empties the fragments; the selection includes the schedule's epoch,
    for these listings put what is open first. Listed pages with live figures get them for the
    whole page of results at once."""

    filters: Sequence[TagFilter | ChoiceFilter] = ()
    # Named, not imported: the domains whose pages are listed sit above the editorial pages.
    listed_page_type: str
    items_name: str

    class Meta:
        abstract = True

    def listed_model(self):
        return apps.get_model(self.listed_page_type)

    def listed_pages(self):
        """The live pages of the listed type in the page's language, for `get_items()`."""
        return self.listed_model().objects.filter(locale=self.locale).live()

    def read_filters(self, request) -> dict:
        """The visitor's choice for each filter, by name: a tag, a value, or nothing."""
        return {f.name: f.read(request.GET.get(f.name, ""), self) for f in self.filters}

    def filter_items(self, items, selected: dict):
        for f in self.filters:
            if selected[f.name]:
                items = f.apply(items, selected[f.name])
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        selected = self.read_filters(request)
        page = self.paginate(
            lambda: self.filter_items(self.get_items(), selected),
            request,
            selection=(*(f.key(selected[f.name]) for f in self.filters), epoch()),
        )
        model = self.listed_model()
        if issubclass(model, LiveFigures):
            page.object_list = model.attach_figures(page.object_list)
        context[self.items_name] = page
        context["filters"] = [f.field(self, request, selected[f.name]) for f in self.filters]
        return context

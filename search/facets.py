"""What a search's results are narrowed by: their kind of page and their cause.

Each facet counts the matches that the other facet's choice keeps, so that its counts say how
many results each of its choices would give. Counted in SQL, one query per facet (and one
for the causes' names), whatever the number of results."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.utils.translation import pgettext_lazy
from taggit.models import TaggedItemBase
from wagtail.models import Locale, Page

from pages.models import Tag

# Each kind: its value in the URL, its model (named: organisations is no floor below search),
# what a result of that kind says it is. Any other page (home, listings, about) is a "page".
KINDS = {
    "article": ("pages.articlepage", pgettext_lazy("kind of page", "Article")),
    "campaign": ("campaigns.campaignpage", pgettext_lazy("kind of page", "Campaign")),
    "challenge": ("challenges.challengepage", pgettext_lazy("kind of page", "Challenge")),
    "organisation": (
        "organisations.organisationpage",
        pgettext_lazy("kind of page", "Organisation"),
    ),
}
OTHER_KIND = "page"
OTHER_LABEL = pgettext_lazy("kind of page", "Page")


@dataclass(frozen=True)
class Option:
    """A choice of a facet as the form shows it."""

    value: str
    label: str
    count: int


def kind_of(page) -> str:
    label = page._meta.label_lower
    return next((kind for kind, (model, _) in KINDS.items() if model == label), OTHER_KIND)


def kind_label(kind: str) -> str:
    return str(KINDS[kind][1]) if kind in KINDS else str(OTHER_LABEL)


def kind_choices() -> list[str]:
    return [*KINDS, OTHER_KIND]


def _content_types() -> dict[int, str]:
    """Content type id -> kind, from Django's cache of content types after the first time."""
    return {
        ContentType.objects.get_by_natural_key(*model.split(".")).pk: kind
        for kind, (model, _) in KINDS.items()
    }


def kind_q(kind: str) -> Q:
    ids = _content_types()
    if kind == OTHER_KIND:
        return ~Q(content_type__in=list(ids))
    return Q(content_type__in=[pk for pk, k in ids.items() if k == kind])


def _tagged_items() -> list:
    """The models that tag pages with the site's tags (articles', campaigns', challenges',
    organisations' tagged items), found rather than imported: some are on upper floors."""
    return [
        relation.related_model
        for relation in Tag._meta.related_objects
        if issubclass(relation.related_model, TaggedItemBase)
        and issubclass(relation.related_model._meta.get_field("content_object").related_model, Page)
    ]


def cause_q(cause: Tag) -> Q:
    """The pages tagged with `cause` in any of its languages."""
    q = Q(pk__in=[])
    for model in _tagged_items():
        tagged = model.objects.filter(tag__translation_key=cause.translation_key)
        q |= Q(pk__in=tagged.values("content_object_id"))
    return q


def count_kinds(matches) -> list[Option]:
    ids = _content_types()
    counts = dict.fromkeys(kind_choices(), 0)
    for row in matches.order_by().values("content_type").annotate(n=Count("pk")):
        counts[ids.get(row["content_type"], OTHER_KIND)] += row["n"]
    return [Option(kind, kind_label(kind), n) for kind, n in counts.items() if n]


def count_causes(matches) -> list[Option]:
    """The causes of the matching pages, named in the visitor's language, most frequent first."""
    pages = matches.order_by().values("pk")
    per_model = [
        model.objects.filter(tag__kind=Tag.Kind.CAUSE, content_object_id__in=pages)
        .values("tag__translation_key")
        .annotate(n=Count("content_object_id", distinct=True))
        .order_by()
        for model in _tagged_items()
    ]
    counts = {}
    for row in per_model[0].union(*per_model[1:], all=True):
        key = row["tag__translation_key"]
        counts[key] = counts.get(key, 0) + row["n"]
    if not counts:
        return []
    names = Tag.objects.filter(
        locale=Locale.get_active(), kind=Tag.Kind.CAUSE, translation_key__in=list(counts)
    )
    options = [Option(tag.slug, tag.name, counts[tag.translation_key]) for tag in names]
    return sorted(options, key=lambda option: (-option.count, option.label))

from .articles import ArticleIndexPage, ArticlePage
from .base import (
    BasePage,
    ListingPage,
    LiveFigures,
    MainImageMixin,
    RunByOrganisation,
    WithFeed,
)
from .home import HomePage
from .listing import ChoiceFilter, FilteredListingPage, TagFilter, duration_filter
from .navigation import Navigation
from .standard import StandardPage
from .tags import ArticlePageTag, Tag

__all__ = [
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageTag",
    "BasePage",
    "ChoiceFilter",
    "FilteredListingPage",
    "HomePage",
    "ListingPage",
    "LiveFigures",
    "MainImageMixin",
    "Navigation",
    "RunByOrganisation",
    "StandardPage",
    "Tag",
    "TagFilter",
    "WithFeed",
    "duration_filter",
]

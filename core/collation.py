"""Sorting words as a dictionary of their language does: "éducation" before "sciences", not
after "z" as code points would put it; capitals and accents count only between words that are
otherwise equal.

pyuca implements the Unicode Collation Algorithm with its default table, right for French and
English. Spanish also puts ñ after n (a letter of its own), which is added here; other
languages' tailorings are not (pyuca has none; ICU would, but needs compiling)."""

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from operator import attrgetter

from django.utils.translation import get_language
from pyuca import Collator

# Spanish's ñ and Ñ, written for the table as characters of their own (from Unicode's private
# use area, which no text to sort contains), weighing between n and o.
_ENYE, _CAPITAL_ENYE = "\ue000", "\ue001"


@cache
def _collator() -> Collator:
    """The table, read once per process, with Spanish's ñ added."""
    collator = Collator()
    primary, secondary, tertiary = collator.table.find_prefix([ord("n")])[1][0]
    capital = collator.table.find_prefix([ord("N")])[1][0][2]
    collator.table.add([ord(_ENYE)], [[primary + 0.5, secondary, tertiary]])
    collator.table.add([ord(_CAPITAL_ENYE)], [[primary + 0.5, secondary, capital]])
    return collator


def sort_key(text: str, language: str | None = None) -> tuple:
    """The key that sorts `text` among others in `language` (the active one by default)."""
    text = unicodedata.normalize("NFD", text.strip())
    if (language or get_language() or "").startswith("es"):
        text = text.replace("n\u0303", _ENYE).replace("N\u0303", _CAPITAL_ENYE)
    collator = _collator()
    return collator.sort_key_from_collation_elements(collator.collation_elements(text))


def collated(items: Iterable, key: Callable | str = "name", language: str | None = None) -> list:
    """`items` sorted by their `key` (an attribute's name, or a function giving the text)."""
    text = attrgetter(key) if isinstance(key, str) else key
    return sorted(items, key=lambda item: sort_key(str(text(item)), language))

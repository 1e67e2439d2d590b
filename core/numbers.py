"""Numbers as each language writes them, from the Unicode CLDR through Babel: 1,240 in English,
1 240 in French (a narrow no-break space), 1240 but 12.400 in Spanish; 124%, 124 %.

Django's own localization (USE_THOUSAND_SEPARATOR) is left off: it would group every number
a template writes, ids in links and attributes included, in Wagtail's admin and every other
app's templates as in ours. Numbers meant for people go through these functions (the `number`
and `percent` template filters, core/templatetags/numbers.py); numbers meant for machines
(attributes, URLs, form values) stay as they are.

gettext chooses a plural form by a whole number, and a figure with decimals has its own rule in
each language: 1,5 heure in French (under 2, the singular), but 1.5 hours in English and 1,5
horas in Spanish (only 1 itself is singular). `plural_count` gives gettext the whole number that
chooses the form CLDR's rules give the figure as written."""

import functools
from decimal import Decimal

from babel import Locale
from babel.numbers import format_decimal, format_percent
from django.utils.translation import get_language, to_locale

# CLDR's minimumGroupingDigits, which Babel does not apply: a language that writes 1240 but
# 12.400 groups only numbers of at least 3 + (this - 1) + 1 digits. 1 elsewhere.
MINIMUM_GROUPING_DIGITS = {"es": 2, "pl": 2, "pt_PT": 2}


def _locale(language: str | None) -> str:
    return to_locale(language or get_language() or "en")


def _groups(value, locale: str) -> bool:
    minimum = MINIMUM_GROUPING_DIGITS.get(locale, MINIMUM_GROUPING_DIGITS.get(locale[:2], 1))
    return abs(value) >= 10 ** (2 + minimum)


def format_number(value, decimals: int = 0, language: str | None = None) -> str:
    """`value` in `language` (the active one by default), rounded to at most `decimals`
    decimals (2.5, not 2.50)."""
    value = Decimal(str(value))
    locale = _locale(language)
    pattern = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, pattern, locale=locale, group_separator=_groups(value, locale))


def format_percent_points(value, language: str | None = None) -> str:
    """`value` percent (124 for 124 %), rounded to a whole number."""
    value = Decimal(str(value))
    locale = _locale(language)
    return format_percent(value / 100, locale=locale, group_separator=_groups(value, locale))


def plural_count(value, decimals: int = 0, language: str | None = None) -> int:
    """The count for `{% blocktranslate count %}` or ngettext that chooses the plural form of
    `value` as `format_number(value, decimals)` writes it. A whole number is its own count; a
    figure with decimals counts as the first whole number of its CLDR plural category (French
    "one": 0, English "other": 0), or rounded where no whole number has its category."""
    written = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals))  # as Babel rounds
    if written == written.to_integral_value():
        return int(written)
    locale = _locale(language)
    category = Locale.parse(locale).plural_form(written.normalize())
    return _first_whole_number_in(locale).get(category, round(written))


@functools.cache
def _first_whole_number_in(locale: str) -> dict[str, int]:
    """The first whole number of each plural category of `locale`, from 0 to 1,000,000 (CLDR
    has French, Spanish and Catalan say "de" after a million, their "many")."""
    plural_form = Locale.parse(locale).plural_form
    first: dict[str, int] = {}
    for number in [*range(200), 10**6]:
        first.setdefault(plural_form(number), number)
    return first

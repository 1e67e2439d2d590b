"""Numbers as each language writes them, from the Unicode CLDR through Babel: 1,240 in English,
1 240 in French (a narrow no-break space), 1240 but 12.400 in Spanish; 124%, 124 %.

Django's own localization (USE_THOUSAND_SEPARATOR) is left off: it would group every number
a template writes, ids in links and attributes included, in Wagtail's admin and every other
app's templates as in ours. Numbers meant for people go through these functions (the `number`
and `percent` template filters, core/templatetags/numbers.py); numbers meant for machines
(attributes, URLs, form values) stay as they are."""

from decimal import Decimal

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

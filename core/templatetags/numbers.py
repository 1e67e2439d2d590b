"""`{{ value|number }}`, `{{ value|number:1 }}` (at most one decimal), `{{ value|percent }}`
(value in percent points): numbers for people, as the active language writes them
(core/numbers.py). Numbers for machines (attributes, URLs) take neither. What is not a number
is shown as it is. `{{ value|plural_count:1 }}` is the count of `{% blocktranslate count %}`
for `{{ value|number:1 }}`: 1,5 heure, 1.5 hours."""

from decimal import InvalidOperation

from django import template

from core.numbers import format_number, format_percent_points, plural_count

register = template.Library()


@register.filter
def number(value, decimals=0):
    try:
        return format_number(value, int(decimals))
    except (InvalidOperation, TypeError, ValueError):
        return "" if value is None else value


@register.filter(name="plural_count")
def plural_count_filter(value, decimals=0):
    try:
        return plural_count(value, int(decimals))
    except (InvalidOperation, TypeError, ValueError):
        return value


@register.filter
def percent(value):
    try:
        return format_percent_points(value)
    except (InvalidOperation, TypeError, ValueError):
        return "" if value is None else value

"""`{{ value|number }}`, `{{ value|number:1 }}` (at most one decimal), `{{ value|percent }}`
(value in percent points): numbers for people, as the active language writes them
(core/numbers.py). Numbers for machines (attributes, URLs) take neither."""

from django import template

from core.numbers import format_number, format_percent_points

register = template.Library()


@register.filter
def number(value, decimals=0):
    if value is None or value == "":
        return ""
    return format_number(value, int(decimals))


@register.filter
def percent(value):
    if value is None or value == "":
        return ""
    return format_percent_points(value)

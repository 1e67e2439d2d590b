"""Numbers as each language writes them (core/numbers.py) and words in each language's
dictionary order (core/collation.py)."""

import pytest
from django.template import Context, Template
from django.utils import translation

from core.collation import collated
from core.numbers import format_number, format_percent_points

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("language", "small", "large", "percent", "hours"),
    [
        ("fr", f"1{NNBSP}240", f"12{NNBSP}400", f"124{NBSP}%", "2,5"),
        ("en", "1,240", "12,400", "124%", "2.5"),
        ("es", "1240", "12.400", f"124{NBSP}%", "2,5"),  # Spanish groups from 5 digits
    ],
)
def test_numbers_are_written_as_each_language_writes_them(language, small, large, percent, hours):
    with translation.override(language):
        assert format_number(1240) == small
        assert format_number(12400) == large
        assert format_percent_points(124) == percent
        assert format_number(2.5, 1) == hours
        assert format_number(2.0, 1) == "2"
        shown = Template("{% load numbers %}{{ n|number }} {{ p|percent }}").render(
            Context({"n": 1240, "p": 124})
        )
        assert shown == f"{small} {percent}"


def test_the_filters_leave_what_is_not_a_number_as_it_is():
    shown = Template("{% load numbers %}[{{ n|number }}{{ n|percent }}]")
    assert shown.render(Context({"n": None})) == "[]"
    assert shown.render(Context({"n": "abc"})) == "[abcabc]"


@pytest.mark.parametrize(
    ("language", "words", "order"),
    [
        (
            "fr",
            ["sciences", "éducation", "Environnement", "santé", "alimentation", "égalité"],
            ["alimentation", "éducation", "égalité", "Environnement", "santé", "sciences"],
        ),
        ("en", ["writing", "Design", "art", "Écoute"], ["art", "Design", "Écoute", "writing"]),
        (
            "es",
            ["ñandú", "nutrición", "niños", "educación", "Salud", "ciencia"],
            ["ciencia", "educación", "niños", "nutrición", "ñandú", "Salud"],
        ),
    ],
)
def test_words_sort_as_in_a_dictionary_of_their_language(language, words, order):
    assert collated(words, key=str, language=language) == order
    with translation.override(language):
        assert collated(words, key=str) == order

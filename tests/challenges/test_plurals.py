"""Counts with a noun agree with it in every language, and nobody is not "0 people"."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils import translation

USEFUL = {
    0: {
        "fr": "Personne ne l’a encore trouvée utile",
        "en": "Nobody has found it useful yet",
        "es": "Nadie la ha encontrado útil todavía",
    },
    1: {
        "fr": "1 personne l’a trouvée utile",
        "en": "1 person found it useful",
        "es": "A 1 persona le ha resultado útil",
    },
    1240: {
        "fr": "1\u202f240 personnes l’ont trouvée utile",
        "en": "1,240 people found it useful",
        "es": "A 1240 personas les ha resultado útil",
    },
}


@pytest.mark.parametrize("language", ["fr", "en", "es"])
@pytest.mark.parametrize("count", [0, 1, 1240])
def test_how_many_found_a_contribution_useful(language, count):
    contribution = SimpleNamespace(useful_count=count)
    with translation.override(language):
        shown = render_to_string(
            "challenges/includes/useful_count.html", {"contribution": contribution}
        )
    assert shown.strip() == USEFUL[count][language]

"""The API's answers to bad input, in the language the visitor's browser asks for: Wagtail's
own messages translated, with what the visitor sent (a field, a parameter, the limit) kept."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Site

from crowdtime.api import WAGTAIL_MESSAGES, WAGTAIL_NOT_FOUND, translated

PAGES = "/api/v2/pages/"

# Each query, and the English the site answers for what Wagtail says of it.
WAGTAIL_SAYS = {
    "offset=x": "offset must be a whole number, 0 or more.",
    "limit=-1": "limit must be a whole number, 0 or more.",
    "limit=99": "limit cannot be higher than 50.",
    "order=random,title": "order=random cannot be combined with other fields.",
    "order=random&offset=1": "order=random cannot be used with offset.",
    "order=-nope": "Cannot order by '-nope': unknown field.",
    "order=--title": "Cannot order by '--title': invalid field.",
    "show_in_menus=maybe": "'maybe' is not a valid value for show_in_menus: true or false.",
    "id=x": "'x' is not a valid value for id.",
    "child_of=x": "child_of must be a whole number, 0 or more.",
    "child_of=999999": "child_of: no published page has this id.",
    "ancestor_of=999999": "ancestor_of: no published page has this id.",
    "descendant_of=999999": "descendant_of: no published page has this id.",
    "translation_of=999999": "translation_of: no published page has this id.",
    "child_of=root&descendant_of=root": "descendant_of cannot be combined with child_of.",
    "bogus=1&other=2": (
        "Unknown query parameters (neither an operation nor a field): bogus, other."
    ),
    "type=nothing.Here": "type: no such page type (e.g. type=campaigns.CampaignPage).",
    "fields=nope,zzz": "Unknown fields: nope, zzz.",
    "fields=title(x)": "'title' has no fields of its own to choose.",
    "fields=title)": "fields: unexpected character ')' at position 5.",
    "fields=a%20b": "fields: unexpected space at position 1.",
    "fields=title,*": "fields: '*' can only come first.",
    "fields=-*": "fields: '*' cannot be negated.",
    "fields=_,-title": "fields: after '_', no field can be negated.",
    "fields=*,title": "fields: after '*', a field can only be negated or given sub-fields.",
    "fields=title(": "fields: a closing parenthesis is missing.",
    "rich_text_format=zz": (
        "rich_text_format must be one of 'db_html', 'db_markdown', 'html', 'markdown', not 'zz'."
    ),
    "site=testserver": "site: several sites have this host name; add its port (site=host:port).",
}


def wagtail_message(query: str) -> str:
    """What Wagtail's own pages endpoint, untouched, answers to `query`."""
    router = WagtailAPIRouter("wagtail")
    request = RequestFactory().get(f"{PAGES}?{query}")
    request.wagtailapi_router = router
    response = PagesAPIViewSet.as_view({"get": "listing_view"})(request)
    assert response.status_code == 400, response.data
    return response.data["message"]


def test_every_message_the_site_translates_is_one_wagtail_gives(site):
    """A Wagtail upgrade that rewords a message fails here, not in front of a visitor."""
    # Two sites of the same host name, told apart by their port.
    Site.objects.create(hostname="testserver", port=8080, root_page=site.homes["fr"])
    recognised = set()
    with translation.override("en"):
        for query, english in WAGTAIL_SAYS.items():
            message = wagtail_message(query)
            pattern = next((p for p, _ in WAGTAIL_MESSAGES if p.fullmatch(message)), None)
            assert pattern, f"Wagtail now says {message!r} to ?{query}"
            recognised.add(pattern)
            assert translated(message) == english
    assert recognised == {pattern for pattern, _ in WAGTAIL_MESSAGES}


@pytest.mark.parametrize(
    ("query", "language", "message"),
    [
        ("offset=x", "fr-FR,fr;q=0.9", "offset doit être un nombre entier, 0 ou plus."),
        ("offset=x", "es-ES,es;q=0.9", "offset debe ser un número entero, 0 o más."),
        ("offset=x", "en-GB,en;q=0.9", "offset must be a whole number, 0 or more."),
        ("limit=99", "fr", "limit ne peut pas dépasser 50."),
        ("limit=99", "es", "limit no puede ser mayor que 50."),
        ("limit=99", "en", "limit cannot be higher than 50."),
        ("order=nope", "fr", "Impossible de trier par «\u00a0nope\u00a0»\u00a0: champ inconnu."),
        ("order=nope", "es", "No se puede ordenar por «nope»: campo desconocido."),
        ("order=nope", "en", "Cannot order by 'nope': unknown field."),
        (
            "bogus=1",
            "fr",
            "Paramètres de requête inconnus (ni une opération ni un champ)\u00a0: bogus.",
        ),
        (
            "bogus=1",
            "es",
            "Parámetros de consulta desconocidos (ni una operación ni un campo): bogus.",
        ),
        ("bogus=1", "en", "Unknown query parameters (neither an operation nor a field): bogus."),
        ("child_of=abc", "fr", "child_of doit être un nombre entier, 0 ou plus."),
        ("child_of=abc", "es", "child_of debe ser un número entero, 0 o más."),
        ("child_of=abc", "en", "child_of must be a whole number, 0 or more."),
        (
            "type=nothing.Here",
            "fr",
            "type\u00a0: ce type de page n’existe pas (par exemple type=campaigns.CampaignPage).",
        ),
        (
            "type=nothing.Here",
            "es",
            "type: este tipo de página no existe (por ejemplo, type=campaigns.CampaignPage).",
        ),
        ("type=nothing.Here", "en", "type: no such page type (e.g. type=campaigns.CampaignPage)."),
        ("fields=title,nope", "fr", "Champs inconnus\u00a0: nope."),
        ("fields=title,nope", "es", "Campos desconocidos: nope."),
        ("fields=title,nope", "en", "Unknown fields: nope."),
        (
            "fields=title)",
            "fr",
            "fields\u00a0: caractère inattendu «\u00a0)\u00a0» à la position 5.",
        ),
        ("fields=title)", "es", "fields: carácter inesperado «)» en la posición 5."),
        ("fields=title)", "en", "fields: unexpected character ')' at position 5."),
    ],
)
def test_bad_input_is_a_400_in_the_visitors_language(client, site, query, language, message):
    response = client.get(f"{PAGES}?{query}", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 400
    assert response.json() == {"message": message}


def test_a_page_s_own_address_does_not_search_either(client, site, articles):
    # Wagtail's search filter ran there, and an unknown operator was a server error.
    response = client.get(f"{PAGES}{articles[0].pk}/", {"search": "x", "search_operator": "zz"})
    assert response.status_code == 400
    assert "page de recherche du site" in response.json()["message"]


@pytest.mark.parametrize(
    ("address", "language", "message"),
    [
        ("?locale=zz", "fr", "locale\u00a0: le site n’a pas de langue de ce code."),
        ("?locale=zz", "es", "locale: el sitio no tiene ningún idioma con este código."),
        ("?site=nohost", "en", "site: no site has this host name."),
        ("?site=nohost", "es", "site: ningún sitio tiene este nombre de host."),
        ("999999/", "fr", "Aucune page publiée ne répond à cette adresse."),
        ("999999/", "en", "No published page answers this address."),
        ("find/?html_path=/nowhere/", "es", "Ninguna página publicada responde a esta dirección."),
    ],
)
def test_what_is_not_there_is_a_404_in_the_visitors_language(
    client, site, address, language, message
):
    response = client.get(f"{PAGES}{address}", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    assert response.json() == {"message": message}


def test_the_404s_the_site_names_are_those_wagtail_gives(client, site):
    """A Wagtail upgrade that rewords them fails here: they would read as a page not found."""
    with translation.override("en"):
        for query in ("locale=zz", "site=nohost"):
            request = RequestFactory().get(f"{PAGES}?{query}")
            request.wagtailapi_router = WagtailAPIRouter("wagtail")
            response = PagesAPIViewSet.as_view({"get": "listing_view"})(request)
            assert response.status_code == 404
            assert response.data["message"] in WAGTAIL_NOT_FOUND

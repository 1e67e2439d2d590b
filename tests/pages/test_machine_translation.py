"""An editor presses "Machine translate" in wagtail-localize's editor and gets a draft from
Apertium, running here for real (tests/apertium.py), never from a third-party service."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from wagtail_localize.models import StringTranslation, Translation

from core import apertium as client
from tests.apertium import ApertiumServer
from tests.factories import ArticlePageFactory, paragraph, untranslated

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("editor", "", "pw"))
    return client


def machine_translated(translation: Translation) -> dict[str, str]:
    """Each source string and its machine translation."""
    return {
        string.translation_of.data: string.data
        for string in StringTranslation.objects.filter(
            translation_of__segments__source=translation.source,
            locale=translation.target_locale,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        ).select_related("translation_of")
    }


def editor_page(translation: Translation) -> str:
    page = translation.get_target_instance()
    return f"/admin/pages/{page.pk}/edit/"


def press_machine_translate(editor, translation: Translation):
    return editor.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/",
        {},
        QUERY_STRING=f"next={editor_page(translation)}",
    )


def test_an_editor_gets_a_spanish_draft_with_its_markup_kept(editor, site, apertium):
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"],
        title="La campagne des jardins",
        introduction="Donnez quinze minutes à une association.",
        body=[
            paragraph(
                'Les bénévoles <a href="https://example.org">rejoignent</a> la <b>campagne</b>.'
            )
        ],
    )
    translation = untranslated(article, "es")
    assert "machine_translate" in editor.get(editor_page(translation)).content.decode()

    response = press_machine_translate(editor, translation)

    assert response.status_code == 302
    drafts = machine_translated(translation)
    assert drafts["La campagne des jardins"] == "La campaña de los jardines"
    assert "minutos" in drafts["Donnez quinze minutes à une association."]
    body = next(text for source, text in drafts.items() if source.startswith("Les bénévoles"))
    assert '<a id="a1">' in body and "<b>campaña</b>" in body
    message = str(list(get_messages(response.wsgi_request))[-1])
    assert "Apertium (fra → spa)" in message


def test_french_goes_to_english_through_spanish(editor, site, apertium):
    article = ArticlePageFactory(
        parent=site.indexes["articles"]["fr"], title="La campagne des jardins !"
    )
    translation = untranslated(article, "en")

    response = press_machine_translate(editor, translation)

    drafts = machine_translated(translation)
    assert drafts["La campagne des jardins !"] == "The campaign of the gardens!"
    assert StringTranslation.objects.filter(tool_name="Apertium (fra → spa → eng)").exists()
    assert "fra → spa → eng" in str(list(get_messages(response.wsgi_request))[-1])


def test_many_segments_come_back_each_in_its_place(site, apertium):
    texts = [f"Le jardin numéro {n} a besoin de bénévoles." for n in range(300)]
    route = client.route("fr", "es")

    translations = client.translate(texts, route)

    assert translations == [
        f"El jardín número {n} tiene necesidad de bénévoles." for n in range(300)
    ]


def test_without_an_engine_there_is_no_button(editor, site, settings):
    settings.APERTIUM_URL = ""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    article = ArticlePageFactory(parent=site.indexes["articles"]["fr"])
    translation = untranslated(article, "es")

    assert "machine_translate" not in editor.get(editor_page(translation)).content.decode()
    assert press_machine_translate(editor, translation).status_code == 404


def test_an_engine_that_stops_answering_changes_nothing_and_is_used_again_when_back(
    editor, site, settings, monkeypatch
):
    engine = ApertiumServer()
    engine.start()
    try:
        settings.APERTIUM_URL = engine.url
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
            "CLASS": "core.machine_translation.ApertiumTranslator"
        }
        monkeypatch.setattr(client, "_routes", {})
        monkeypatch.setattr(client, "_unavailable_until", 0.0)
        article = ArticlePageFactory(parent=site.indexes["articles"]["fr"], title="Le jardin")
        translation = untranslated(article, "es")
        assert "machine_translate" in editor.get(editor_page(translation)).content.decode()

        engine.stop()
        response = press_machine_translate(editor, translation)

        assert response.status_code == 302
        assert response.url == editor_page(translation)
        assert "ne répond pas" in str(list(get_messages(response.wsgi_request))[-1])
        assert machine_translated(translation) == {}
        # Not asked again at every page for a while: the editor opens at once, without the button.
        assert "machine_translate" not in editor.get(editor_page(translation)).content.decode()

        engine.start()
        later = client.monotonic() + client.UNAVAILABLE_REMEMBERED_SECONDS + 1
        monkeypatch.setattr(client, "monotonic", lambda: later)
        press_machine_translate(editor, translation)
        assert machine_translated(translation)["Le jardin"] == "El jardín"
    finally:
        engine.stop()

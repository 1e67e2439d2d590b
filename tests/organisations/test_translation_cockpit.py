"""The translation cockpit (/admin/translations/): every page by language with its state, and
batch actions; organisation staff see and act on their own pages only."""

import io
import re
import zipfile

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from core import apertium as apertium_client
from tests.factories import (
    ArticlePageFactory,
    CampaignPageFactory,
    OrganisationPageFactory,
    StandardPageFactory,
    UserFactory,
    localize,
    translate,
    untranslated,
)

pytestmark = pytest.mark.django_db

URL = "/admin/translations/"


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("editor", "", "pw"))
    return client


@pytest.fixture
def staff_of_a(client, site):
    user = UserFactory()
    user.groups.add(site.organisation["fr"].staff_group)
    client.force_login(user)
    return client


@pytest.fixture
def b(site):
    """Another organisation, with a campaign of its own submitted for translation into English."""
    organisation = OrganisationPageFactory(name="Mémoire du ciel")
    campaign = CampaignPageFactory(parent=organisation, title="Campagne secrète de B")
    TranslationSource.get_or_create_from_instance(campaign)
    untranslated(campaign, "en")
    return campaign


def article(site, title: str):
    return ArticlePageFactory(parent=site.indexes["articles"]["fr"], title=title)


def cells(client, title: str, **filters) -> dict:
    """The row of the page titled so: each language's state, and percentage if any."""
    response = client.get(URL, filters)
    assert response.status_code == 200
    for row, shown in response.context["rows"]:
        if row.title == title:
            return {cell.locale.language_code: (cell.state, cell.percent) for cell in shown}
    return {}


def titles(client, **filters) -> list[str]:
    return [row.title for row, _cells in client.get(URL, filters).context["rows"]]


def batch(client, action: str, pages, languages=("en", "es"), **extra):
    return client.post(
        URL,
        {"action": action, "page": [p.pk for p in pages], "locale": list(languages), **extra},
    )


def test_each_language_of_each_page_has_its_state(editor, site):
    done = article(site, "Traduit")
    localize(done, "en")
    changed = article(site, "Changé")
    localize(changed, "en")
    changed.title = "Changé depuis"
    changed.save_revision().publish()
    partial = article(site, "À moitié")
    translation = untranslated(partial, "es")
    source_strings = translation.source.stringsegment_set.count()
    string = translation.source.stringsegment_set.select_related("string", "context").first()
    StringTranslation.objects.create(
        translation_of=string.string,
        context=string.context,
        locale=translation.target_locale,
        data="Medio",
    )
    copied = article(site, "Copié")
    translate(copied, "en", title="Copied", slug="copied")

    assert cells(editor, "Traduit") == {"en": ("up_to_date", 100), "es": ("missing", None)}
    assert cells(editor, "Changé depuis")["en"] == ("outdated", 100)
    assert cells(editor, "À moitié")["es"] == ("partial", 100 // source_strings)
    assert cells(editor, "Copié")["en"] == ("up_to_date", None)
    copied.title = "Copié, puis changé"
    copied.save_revision().publish()
    assert cells(editor, "Copié, puis changé")["en"] == ("outdated", None)

    page = editor.get(URL).content.decode()
    assert "Source modifiée depuis" in page and "Traduite en partie" in page  # the admin's French


def test_filters_narrow_the_pages(editor, site, campaigns):
    article(site, "Sans traduction")
    missing_in_spanish = titles(editor, state="missing", language="es")
    assert "Sans traduction" in missing_in_spanish
    assert campaigns["open"].title not in missing_in_spanish  # translated by the site
    organisation = site.organisation["fr"]
    mine = titles(editor, organisation=organisation.pk)
    assert organisation.title in mine and campaigns["open"].title in mine
    assert "Sans traduction" not in mine
    articles = titles(editor, section=site.indexes["articles"]["fr"].pk)
    assert "Sans traduction" in articles and campaigns["open"].title not in articles
    by_type = titles(editor, page_type=campaigns["open"].content_type_id)
    assert campaigns["open"].title in by_type and "Sans traduction" not in by_type
    # A value the filter does not offer is left out rather than failing.
    assert "Sans traduction" in titles(editor, organisation="nothing", state="bogus")


def messages_of(response) -> list:
    """Each message's level and the number it gives."""
    return [
        (message.level_tag, int(re.search(r"\d+", message.message).group()))
        for message in get_messages(response.wsgi_request)
    ]


def count_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(URL).status_code == 200
    return len(captured)


def add_pages(site, count: int):
    for n in range(count):
        page = article(site, f"Lot {n}")
        if n % 3 == 0:
            localize(page, "en")
        elif n % 3 == 1:
            translate(page, "es", title=f"Lote {n}", slug=f"lote-{n}")


@pytest.mark.parametrize("who", ["editor", "staff_of_a"])
def test_the_cockpit_asks_as_many_queries_for_50_pages_as_for_5(who, request, site):
    """One page in five submitted for translation into English, the others French only."""
    client = request.getfixturevalue(who)

    def add(numbers):
        for n in numbers:
            if who == "editor":
                page = StandardPageFactory(parent=site.home, title=f"Lot {n}")
            else:
                page = CampaignPageFactory(parent=site.organisation["fr"], title=f"Lot {n}")
            if n % 5 == 1:
                untranslated(page, "en")

    add(range(5))
    rows, five = len(client.get(URL).context["rows"]), count_queries(client)
    add(range(5, 50))
    assert len(client.get(URL).context["rows"]) == min(rows + 45, 50)  # 50 to a page
    assert client.get(URL).context["row_count"] == rows + 45
    assert count_queries(client) == five


def test_staff_see_only_their_own_pages(staff_of_a, site, b):
    mine = CampaignPageFactory(parent=site.organisation["fr"], title="Campagne de A")
    page = staff_of_a.get(URL).content.decode()
    assert "Campagne de A" in page and site.organisation["fr"].title in page
    assert "Campagne secrète de B" not in page and "Mémoire du ciel" not in page
    assert "Articles" not in titles(staff_of_a)
    # B is not among the organisations offered: asked for, it is left out of the filters.
    assert mine.title in titles(staff_of_a, organisation=b.get_parent().pk)


@pytest.mark.parametrize("action", ["submit", "machine", "sync", "export"])
def test_staff_cannot_act_on_another_organisations_pages(staff_of_a, site, b, action):
    before = (
        list(Page.objects.filter(translation_key=b.translation_key).values()),
        list(TranslationSource.objects.filter(object_id=b.translation_key).values()),
        list(Translation.objects.filter(source__object_id=b.translation_key).values()),
    )
    mine = CampaignPageFactory(parent=site.organisation["fr"], title="Campagne de A")
    response = batch(staff_of_a, action, [mine, b])
    assert response.status_code == 302 and response["Content-Type"] != "application/zip"
    assert "Campagne secrète de B" not in staff_of_a.get(response["Location"]).content.decode()
    after = (
        list(Page.objects.filter(translation_key=b.translation_key).values()),
        list(TranslationSource.objects.filter(object_id=b.translation_key).values()),
        list(Translation.objects.filter(source__object_id=b.translation_key).values()),
    )
    assert after == before
    assert not Page.objects.filter(translation_key=mine.translation_key, locale__language_code="es")


def test_a_page_number_past_64_bits_is_refused_like_any_other(staff_of_a, site):
    response = staff_of_a.post(
        URL, {"action": "submit", "page": ["99999999999999999999"], "locale": ["es"]}
    )
    assert response.status_code == 302
    assert "pas à vous" in str(list(get_messages(response.wsgi_request))[-1])


def test_staff_cannot_import_into_another_organisations_translation(staff_of_a, site, b):
    translation = Translation.objects.get(source__object_id=b.translation_key)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "Pirated"
    upload = SimpleUploadedFile("b.en.po", str(po).encode())
    response = staff_of_a.post(f"{URL}import/", {"files": [upload]})
    assert response.status_code == 302
    assert messages_of(response) == [("error", 1)]
    assert not StringTranslation.objects.filter(data="Pirated").exists()


def test_editors_submit_a_batch_as_drafts(editor, site):
    first, second = article(site, "Premier"), article(site, "Second")
    response = batch(editor, "submit", [first, second])
    assert response.status_code == 302
    for page in (first, second):
        translations = Page.objects.filter(translation_key=page.translation_key).exclude(
            locale__language_code="fr"
        )
        assert sorted(translations.values_list("locale__language_code", "live")) == [
            ("en", False),
            ("es", False),
        ]
    assert cells(editor, "Premier") == {"en": ("partial", 0), "es": ("partial", 0)}


def test_a_translator_exports_and_imports_a_batch_of_po_files(editor, site):
    first, second = article(site, "Premier"), article(site, "Second")
    batch(editor, "submit", [first, second], languages=["en"])
    editor.get(URL)  # reads the submission's message
    response = batch(editor, "export", [first, second], languages=["en"])
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert len(archive.namelist()) == 2
    translated = io.BytesIO()
    with zipfile.ZipFile(translated, "w") as out:
        for name in archive.namelist():
            po = polib.pofile(archive.read(name).decode())
            for entry in po:
                entry.msgstr = f"EN {entry.msgid}"
            out.writestr(name, str(po))
    upload = SimpleUploadedFile("translated.zip", translated.getvalue())
    response = editor.post(f"{URL}import/", {"files": [upload]})
    assert response.status_code == 302
    assert cells(editor, "Premier")["en"] == ("up_to_date", 100)
    assert cells(editor, "Second")["en"] == ("up_to_date", 100)
    assert messages_of(response) == [("success", 2)]
    garbage = SimpleUploadedFile("x.po", b"not a po file")
    response = editor.post(f"{URL}import/", {"files": [garbage]})
    assert messages_of(response) == [("error", 1)]


def test_sync_reads_the_changed_source_into_its_translations(editor, site):
    page = article(site, "Avant")
    localize(page, "en")
    page.introduction = "Une introduction toute neuve."
    page.save_revision().publish()
    assert cells(editor, "Avant")["en"][0] == "outdated"
    batch(editor, "sync", [page])
    state, percent = cells(editor, "Avant")["en"]
    assert state == "partial" and percent < 100


def test_machine_draft_is_offered_only_while_the_engine_answers(
    editor, site, settings, monkeypatch
):
    assert "Ébaucher avec" not in editor.get(URL).content.decode()  # not configured
    settings.APERTIUM_URL = "http://127.0.0.1:9"  # nothing listens there
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "core.machine_translation.ApertiumTranslator"
    }
    monkeypatch.setattr(apertium_client, "_routes", {})
    monkeypatch.setattr(apertium_client, "_unavailable_until", 0.0)
    assert "Ébaucher avec" not in editor.get(URL).content.decode()
    page = article(site, "Machine")
    untranslated(page, "es")
    response = batch(editor, "machine", [page], languages=["es"])
    assert not StringTranslation.objects.filter(translation_type="machine").exists()
    assert response.status_code == 302


def test_machine_draft_fills_a_batch_for_review(editor, site, apertium):
    assert "Ébaucher avec Apertium" in editor.get(URL).content.decode()
    first, second = article(site, "La campagne des jardins"), article(site, "Les jardins")
    batch(editor, "submit", [first, second], languages=["es"])
    response = batch(editor, "machine", [first, second], languages=["es"])
    assert response.status_code == 302
    drafted = StringTranslation.objects.filter(
        translation_type="machine", locale__language_code="es"
    ).values_list("data", flat=True)
    assert "La campaña de los jardines" in drafted
    page = editor.get(URL).content.decode()
    assert "textes ébauchés par la machine à relire" in page

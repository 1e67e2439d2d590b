"""An editor changes a French article; a translator brings the English version up to date
through a PO file downloaded from and uploaded to the admin, as wagtail-localize offers."""

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail_localize.models import Translation, TranslationSource

from tests.conftest import translation_of
from tests.factories import ArticlePageFactory, localize


@pytest.mark.django_db
def test_translators_update_a_page_through_a_po_file(
    client, site, django_capture_on_commit_callbacks
):
    client.force_login(get_user_model().objects.create_superuser("translator", "", "pw"))
    article = ArticlePageFactory(parent=site.indexes["articles"]["fr"])
    localize(article, "en")
    article.introduction = "Une introduction toute neuve."
    article.save_revision().publish()
    TranslationSource.update_or_create_from_instance(article)
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale__language_code="en"
    )

    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entry = po.find("Une introduction toute neuve.")
    assert entry is not None and entry.msgstr == ""

    entry.msgstr = "A brand new introduction."
    upload = SimpleUploadedFile(
        "en.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = client.post(
        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = translation_of(article, "en")
    assert english.introduction == "A brand new introduction."
    assert "A brand new introduction." in client.get(english.url).content.decode()

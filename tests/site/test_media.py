"""SERVE_MEDIA: a node with no web server in front serves uploaded images itself (behind
Varnish, which keeps them), and never documents, which only Wagtail's view serves, to those
their collection lets in."""

import pytest
from django.conf import settings as django_settings

from tests.factories import ImageFactory


@pytest.fixture
def private_file():
    """A document's file as Wagtail stores it, under MEDIA_ROOT/documents/."""
    path = django_settings.MEDIA_ROOT / "documents" / "rapport-confidentiel.pdf"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4 confidential")
    yield path
    path.unlink()


def image_address(image) -> str:
    return django_settings.MEDIA_URL + image.file.name


@pytest.mark.django_db
def test_images_are_served_only_when_asked(client, settings):
    image = ImageFactory()
    assert client.get(image_address(image)).status_code == 404

    settings.SERVE_MEDIA = True
    response = client.get(image_address(image))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    image.file.open("rb")
    assert b"".join(response.streaming_content) == image.file.read()
    image.file.close()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "documents/rapport-confidentiel.pdf",
        "images/../documents/rapport-confidentiel.pdf",
        "original_images/%2E%2E/documents/rapport-confidentiel.pdf",
    ],
)
def test_documents_are_never_served_from_media(client, settings, private_file, path):
    settings.SERVE_MEDIA = True
    response = client.get(django_settings.MEDIA_URL + path)
    assert response.status_code in (400, 404)
    assert b"confidential" not in b"".join(
        response.streaming_content if response.streaming else [response.content]
    )

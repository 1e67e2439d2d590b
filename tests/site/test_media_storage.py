"""Uploaded media in an S3-compatible bucket (MEDIA_STORAGE=s3), against a real server of the
test's own (moto_server, tests/site/object_store.py) configured by the settings' own block from
the variables an operator sets: images land in the bucket, pages show their renditions from
it, documents stay private, deletes reach the bucket, and pages still render when the store
is down."""

import io
import json
import re
import runpy

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.cache import forget_published_content
from crowdtime.settings import base as base_settings
from tests.factories import ArticlePageFactory, ImageFactory, UserFactory
from tests.site.object_store import BUCKET, S3Server, fetch

pytestmark = pytest.mark.django_db


def configured(monkeypatch, environment: dict) -> dict:
    """The settings that base.py makes from these variables, read afresh."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(base_settings.__file__)


@pytest.fixture
def s3_server():
    server = S3Server()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def media_in_bucket(s3_server, settings, monkeypatch):
    """Media stored as production stores them with MEDIA_STORAGE=s3, in a bucket made and given
    the policy of `manage.py media_bucket_policy`, as the README tells operators to."""
    made = configured(monkeypatch, s3_server.environment())
    for name, value in made.items():
        if name.startswith("AWS_") or name.startswith("MEDIA_STORAGE"):
            setattr(settings, name, value)
    settings.MEDIA_PUBLIC_ORIGIN = made["MEDIA_PUBLIC_ORIGIN"]
    settings.WAGTAILIMAGES_RENDITION_STORAGE = made["WAGTAILIMAGES_RENDITION_STORAGE"]
    settings.CONTENT_SECURITY_POLICY = made["CONTENT_SECURITY_POLICY"]
    settings.STORAGES = {
        **settings.STORAGES,
        "default": made["STORAGES"]["default"],
        "renditions": made["STORAGES"]["renditions"],
    }
    # Django calls a file field's storage callable once, when the model class is made; a
    # server starting with these settings gets this storage for renditions.
    rendition_file = get_image_model().get_rendition_model()._meta.get_field("file")
    monkeypatch.setattr(rendition_file, "storage", storages["renditions"])
    policy = io.StringIO()
    call_command("media_bucket_policy", stdout=policy)
    s3_server.create_bucket(json.loads(policy.getvalue()))
    return s3_server


def jpeg(width=640, height=480) -> bytes:
    picture = io.BytesIO()
    PILImage.new("RGB", (width, height), "darkorange").save(picture, "JPEG")
    return picture.getvalue()


def picture_urls(html: str) -> list[str]:
    """Every address the page's pictures load, from src and srcset."""
    page = BeautifulSoup(html, "html.parser")
    urls = [img["src"] for img in page.find_all("img")]
    for element in page.find_all(srcset=True):
        urls += [candidate.split()[0] for candidate in element["srcset"].split(",")]
    return urls


def test_an_image_uploaded_in_the_admin_lands_in_the_bucket_and_pages_show_it_from_there(
    admin_client, site, media_in_bucket
):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Récolte",
            "file": SimpleUploadedFile("recolte.jpg", jpeg(), content_type="image/jpeg"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get(title="Récolte")
    assert image.file.name in media_in_bucket.object_keys("original_images/")
    article = ArticlePageFactory(parent=site.indexes["articles"]["fr"], hero_image=image)

    response = admin_client.get(article.url)
    html = response.content.decode()
    urls = picture_urls(html)
    public = f"{media_in_bucket.endpoint}/{BUCKET}/images/"
    assert urls and all(url.startswith(public) for url in urls), urls
    assert {url.removeprefix(f"{media_in_bucket.endpoint}/{BUCKET}/") for url in urls} <= (
        media_in_bucket.object_keys("images/")
    )
    for url in set(urls):
        status, body = fetch(url)  # as a visitor's browser loads it: unsigned
        assert status == 200, url
        assert PILImage.open(io.BytesIO(body)).width in (480, 640), url
    img_src = re.search(r"img-src ([^;]+)", response["Content-Security-Policy"]).group(1)
    assert media_in_bucket.endpoint in img_src.split()
    # The original, with whatever its camera wrote in it, is not public.
    assert fetch(media_in_bucket.unsigned_url(image.file.name))[0] == 403


def download(client, document) -> tuple[int, bytes]:
    response = client.get(document.url)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, content


def test_a_private_document_is_served_only_through_wagtails_view(client, site, media_in_bucket):
    organisation = site.organisation["fr"]
    content = b"%PDF-1.4 interne"
    document = Document.objects.create(
        title="Carnet interne",
        collection=organisation.collection,
        file=ContentFile(content, name="carnet-interne.pdf"),
    )
    key = document.file.name
    assert key in media_in_bucket.object_keys("documents/")
    assert document.url.startswith("/documents/")

    status, body = download(client, document)
    assert status == 302 and body != content  # to the log-in
    client.force_login(UserFactory())
    status, body = download(client, document)
    assert status in (302, 403) and body != content
    staff = UserFactory()
    staff.groups.add(organisation.staff_group)
    client.force_login(staff)
    # Streamed by Django from the bucket, not a redirect to it.
    assert download(client, document) == (200, content)

    # The bucket refuses it to anyone without the keys, public renditions' policy and all.
    assert fetch(media_in_bucket.unsigned_url(key)) == (403, b"")
    # The storage's own URL of it, never put in a page, is signed and short-lived.
    assert "X-Amz-Signature=" in document.file.url and "X-Amz-Expires=600" in document.file.url


def test_a_document_larger_than_a_part_goes_up_in_parts_and_comes_back_whole(
    admin_client, site, media_in_bucket
):
    content = b"%PDF-1.4 " + bytes(range(256)) * (9 * 4096)  # 9 MiB: boto3 sends 8 MiB parts
    document = Document.objects.create(
        title="Rapport annuel",
        collection=site.organisation["fr"].collection,
        file=ContentFile(content, name="rapport-annuel.pdf"),
    )
    head = media_in_bucket.client().head_object(Bucket=BUCKET, Key=document.file.name)
    assert head["ETag"].strip('"').endswith("-2")  # S3's mark of an object made of two parts
    assert download(admin_client, document) == (200, content)


def test_deleting_an_image_or_a_document_deletes_its_objects(
    client, site, media_in_bucket, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    article = ArticlePageFactory(parent=site.indexes["articles"]["fr"], hero_image=image)
    assert client.get(article.url).status_code == 200
    renditions = {rendition.file.name for rendition in image.renditions.all()}
    assert renditions and renditions <= media_in_bucket.object_keys("images/")
    assert image.file.name in media_in_bucket.object_keys("original_images/")
    document = Document.objects.create(
        title="Compte rendu", file=ContentFile(b"%PDF-1.4", name="compte-rendu.pdf")
    )
    assert document.file.name in media_in_bucket.object_keys("documents/")

    # Wagtail deletes the files in a task queued at the commit, the storage rebuilt from its
    # options (which must therefore be plain JSON).
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
        document.delete()

    assert media_in_bucket.object_keys() == set()  # the original and every rendition too


@pytest.mark.faults
def test_pages_render_while_the_store_is_down(client, site, media_in_bucket):
    shown = ArticlePageFactory(parent=site.indexes["articles"]["fr"])
    urls = picture_urls(client.get(shown.url).content.decode())
    assert urls
    never_shown = ArticlePageFactory(parent=site.indexes["articles"]["fr"])

    media_in_bucket.stop()
    forget_published_content()  # no page or fragment kept from before: drawn again

    response = client.get(shown.url)
    assert response.status_code == 200
    # Its renditions' rows and addresses, without asking the store.
    assert picture_urls(response.content.decode()) == urls
    # One whose renditions were never made: the page, its picture missing.
    response = client.get(never_shown.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert never_shown.title in html
    pictures = picture_urls(html)
    assert pictures and all(url.endswith("/not-found") for url in pictures)
    described = BeautifulSoup(html, "html.parser").find("script", type="application/ld+json")
    assert "image" not in json.loads(described.string)  # rather than an address that fails


def test_media_storage_settings(monkeypatch):
    assert configured(monkeypatch, {})["STORAGES"]["default"] == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    with pytest.raises(ImproperlyConfigured, match="AWS_STORAGE_BUCKET_NAME"):
        configured(monkeypatch, {})
    # Behind a CDN: renditions from its domain (and the policy lets pictures come from it);
    # private objects still signed, at the bucket.
    made = configured(
        monkeypatch,
        {"AWS_STORAGE_BUCKET_NAME": BUCKET, "AWS_S3_CUSTOM_DOMAIN": "media.example.org"},
    )
    assert made["STORAGES"]["renditions"]["OPTIONS"]["custom_domain"] == "media.example.org"
    assert "custom_domain" not in made["STORAGES"]["default"].get("OPTIONS", {})
    assert made["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"][-1] == (
        "https://media.example.org"
    )
    made = configured(monkeypatch, {"AWS_S3_CUSTOM_DOMAIN": "", "AWS_S3_REGION_NAME": "eu-west-3"})
    assert made["STORAGES"]["renditions"]["OPTIONS"]["custom_domain"] == (
        f"{BUCKET}.s3.eu-west-3.amazonaws.com"
    )

"""JSON-LD (schema.org) in a page's <head>. A data block, never run: the strict `script-src`
does not apply to it. Serialised with `<`, `>` and `&` escaped, so that no text of a page
(`</script>`, `<!--`) can end the element or start another."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.images.models import SourceImageIOError

ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}
# The social image's rendition (includes/social_meta.html): made once for both.
IMAGE = "fill-1200x630"


def json_ld(data: dict) -> str:
    text = json.dumps(
        {"@context": "https://schema.org", **data}, cls=DjangoJSONEncoder, ensure_ascii=False
    )
    # Safe as it is: JSON with the only characters HTML would read escaped.
    escaped = mark_safe(text.translate(ESCAPES))  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', escaped)


def thing(page, request, kind: str) -> dict:
    """What every page says of itself: its type, name, address, language, summary, image."""
    url = page.get_full_url(request)
    data = {
        "@type": kind,
        "@id": f"{url}#{kind.lower()}",
        "name": page.title,
        "url": url,
        "inLanguage": get_language(),  # the page's, drawn in its language as <html lang> says
    }
    description = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    if description:
        data["description"] = description
    image = page.get_social_image() if hasattr(page, "get_social_image") else None
    if image and (url := image_url(image, request, IMAGE)):
        data["image"] = url
    return data


def image_url(image, request, spec: str) -> str | None:
    """The rendition's address; None when its original cannot be read (missing, or the media
    store down): the page goes without, as its <img> does."""
    try:
        return request.build_absolute_uri(image.get_rendition(spec).url)
    except SourceImageIOError:
        return None


def without_empty(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [])}

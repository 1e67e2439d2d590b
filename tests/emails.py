"""What every e-mail the site sends must be, checked the same way for each (tests/*/test_*emails.py):
an HTML part and a text part, in the recipient's language, naming the site by its name and
the person by the name they chose, in tú in Spanish and with French typography in French."""

import html
import re

from django.core.mail import EmailMultiAlternatives
from wagtail.models import Page, Site

SITE_NAME = "Temps Donné"
HOST = "testserver"
GREETING = {"fr": "Bonjour", "es": "Hola", "en": "Hello"}
LANGUAGES = ["fr", "es", "en"]


def name_the_site(name: str = SITE_NAME) -> str:
    """Gives Wagtail's default site a name of its own, which every e-mail must use."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", root_page=Page.get_first_root_node())
        site.is_default_site = True
    site.site_name = name
    site.save()
    return name


def words(text: str) -> str:
    """The text a reader sees: without the addresses of links (they carry the host)."""
    return re.sub(r"https?://\S+", "", text)


def visible_text(markup: str) -> str:
    """The HTML part's text, without its markup (whose attributes hold straight quotes)."""
    markup = re.sub(r"<(head|style)\b.*?</\1>", " ", markup, flags=re.S)
    return words(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def parts(message) -> tuple[str, str]:
    assert isinstance(message, EmailMultiAlternatives), type(message)
    assert message.content_subtype == "plain"
    htmls = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    assert len(htmls) == 1, message.alternatives
    return message.body, htmls[0]


def check(message, language: str, *, name: str | None, hidden=(), expect=()) -> str:
    """Checks `message` and returns its text part. `name`: the name it greets the recipient
    with (None: a greeting without a name); `hidden`: what it must not show (a user name);
    `expect`: words that must be in both parts (in the recipient's language)."""
    text, markup = parts(message)
    subject = message.subject
    readable = [subject, words(text), visible_text(markup)]

    assert re.search(rf'<html lang="{language}" dir="ltr">', markup), markup[:200]
    greeting = GREETING[language] + (f" {name}," if name else ",")
    assert text.startswith(greeting), text[:80]
    assert greeting in visible_text(markup)
    for part in readable[1:]:
        assert SITE_NAME in part
    for word in expect:
        assert word in text and word in markup, word
    for part in readable:
        assert HOST not in part, part
        assert "Crowdtime" not in part, part  # the name set on the site, not the default
        for secret in hidden:
            assert secret not in part, (secret, part)
    if language == "es":
        for part in readable:
            assert not re.search(r"\busted\b|\bsu (cuenta|contraseña)\b", part, re.I), part
    if language == "fr":
        for part in readable:
            assert "'" not in part and '"' not in part, part
            assert not re.search("(?<!\u202f)[?!;]", part), part
            assert not re.search("(?<!\u00a0):", part), part
            assert not re.search("«(?!\u00a0)|(?<!\u00a0)»", part), part
    if language == "en":
        assert not re.search(r"\b(vous|votre|tu|tú|para)\b", " ".join(readable)), readable
    # Links in the HTML part say where they go.
    for label in re.findall(r"<a\b[^>]*>(.*?)</a>", markup, re.S):
        assert label.strip() and label.strip().lower() not in {"here", "ici", "aquí", "link"}
    return text

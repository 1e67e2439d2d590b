"""Hostile input on every public query parameter and form: never a server error, never markup
that runs. The fields are read from the pages' own forms and links, so a new one is covered.

Hypothesis draws a modest, fixed set of examples (`derandomize`): the same in CI as here."""

from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, unquote_to_bytes, urljoin, urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from campaigns.models import Participation
from challenges.models import Contribution
from organisations.models import Invitation
from volunteers.models import Profile

FUZZ = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

# Markup that would run if shown unescaped: none of it may come back as sent.
MARKUP = ['<script>alert("fuzz")</script>', '"><img src=x onerror=alert("fuzz")>']
HOSTILE_TEXTS = [
    *MARKUP,
    "",
    " ",
    "x" * 100_000,
    "\x00",
    "a\x00b",
    "javascript:alert(1)",
    "https://example.org/\x00",
    "' OR 1=1 --",
    "1; DROP TABLE wagtailcore_page; --",
    "😀👍🏽 e\u0301",
    "مرحبا بالعالم",
    "\u202etxt.exe",
    "-1",
    "0",
    "99999999999999999999",
    "1e9999",
    "NaN",
    "a@example.org",
]
# Percent-encodings Django cannot read as UTF-8 text: broken sequences and a surrogate.
RAW_ENCODINGS = ["%C3%28", "%FF", "%ED%A0%80", "%F0%9F%98", "%", "%00"]
VALUES = st.one_of(
    st.sampled_from(HOSTILE_TEXTS).map(quote),
    st.text(max_size=40).map(quote),
    st.sampled_from(RAW_ENCODINGS),
)
CONTENT_TYPES = st.sampled_from(
    [
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=fuzz",
        "multipart/form-data",
        "application/x-www-form-urlencoded; charset=latin-1",
        "multipart/form-data; boundary=fuzz; charset=utf-16",
        "text/plain",
        "application/json",
    ]
)


# Besides Hypothesis' own draws, each field gets each of these once, alone.
SEEDS = ["%00", "%C3%28", quote(MARKUP[1]), "x" * 100_000, "99999999999999999999", "-1"]


def seeded(test, names, **others):
    for name in names:
        for value in SEEDS:
            test = example(fields=[(name, value)], **others)(test)
    return test


def pairs(names):
    """Fields to send, each name possibly twice, with an unknown one among them."""
    return st.lists(st.tuples(st.sampled_from([*names, "unknown"]), VALUES), max_size=8)


class Forms(HTMLParser):
    """The fields of a page's forms and the query parameters of its links, by target path."""

    def __init__(self, url):
        super().__init__()
        self.url = url
        self.post = {}  # action path: field names
        self.get = set()
        self.current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            action = urlsplit(urljoin(self.url, attrs.get("action") or self.url)).path
            self.current = (attrs.get("method", "get").lower(), action)
            if self.current[0] == "post":
                self.post.setdefault(action, set())
        elif tag in ("input", "select", "textarea", "button") and attrs.get("name"):
            method, action = self.current or ("get", None)
            if method == "post":
                self.post[action].add(attrs["name"])
            elif action == urlsplit(self.url).path:
                self.get.add(attrs["name"])
        elif tag == "a" and "?" in (attrs.get("href") or ""):
            href = urljoin(self.url, attrs["href"])
            if urlsplit(href).path == urlsplit(self.url).path:
                self.get.update(name for name, _ in parse_qsl(urlsplit(href).query))

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def forms_of(client, url) -> Forms:
    response = client.get(url)
    assert response.status_code == 200, url
    forms = Forms(url)
    forms.feed(response.content.decode())
    return forms


def assert_harmless(response, also=()):
    """`also`: a 5xx status the address is meant to answer."""
    assert response.status_code < 500 or response.status_code in also
    html = response.content.decode(errors="replace")
    for markup in MARKUP:
        assert markup not in html
    assert 'href="javascript:' not in html


def body(fields, content_type) -> bytes:
    if content_type.startswith("multipart/"):
        parts = [
            b'--fuzz\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n'
            % (unquote_to_bytes(quote(name)), unquote_to_bytes(value))
            for name, value in fields
        ]
        return b"".join(parts) + b"--fuzz--\r\n"
    return "&".join(f"{quote(name)}={value}" for name, value in fields).encode()


def fuzz_posts(client, action, names):
    names = sorted(names - {"csrfmiddlewaretoken"})

    @FUZZ
    @given(fields=pairs(names), content_type=CONTENT_TYPES)
    def post(fields, content_type):
        cache.clear()  # no rate limit in the way
        assert_harmless(client.generic("POST", action, body(fields, content_type), content_type))

    seeded(post, names, content_type="application/x-www-form-urlencoded")()


def fuzz_queries(client, url, names, also=()):
    names = sorted(names | {"page", "p"})

    @FUZZ
    @given(fields=pairs(names))
    def get(fields):
        query = "&".join(f"{quote(name)}={value}" for name, value in fields)
        assert_harmless(client.get(f"{url}?{query}"), also)

    seeded(get, names)()


@pytest.fixture
def volunteer(db):
    """A logged-in volunteer with a profile, a verified address, a campaign joined, an
    invitation waiting, and another volunteer's contribution to mark or report."""
    user = get_user_model().objects.create_user("fuzz", "fuzz@example.org", "pw")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    Profile.objects.create(user=user, display_name="Fuzz", preferred_language="fr")
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def another_contribution(challenge):
    author = get_user_model().objects.create_user("other", "other@example.org", "pw")
    return Contribution.objects.create(
        challenge_key=challenge.translation_key, author=author, text="Autre piste", language="fr"
    )


def form_pages(site, campaign, challenge, volunteer):
    """The pages that show the public forms, with who sees them."""
    anonymous = Client()
    another_contribution(challenge)
    participation, _ = Participation.join(campaign, email=volunteer.user.email)
    _, token = Invitation.send_to(site.organisation["fr"], volunteer.user.email, invited_by=None)
    return [
        (anonymous, campaign.url + "join/"),
        (anonymous, "/fr/organisations/register/"),
        (anonymous, "/fr/accounts/signup/"),
        (anonymous, "/fr/accounts/login/"),
        (anonymous, "/fr/accounts/password/reset/"),
        (anonymous, "/fr/certificates/"),
        (volunteer, challenge.url),
        (volunteer, "/fr/volunteer/profile/"),
        (volunteer, "/fr/volunteer/certificates/"),
        (volunteer, reverse("campaigns:participation", args=[participation.make_token()])),
        (volunteer, reverse("organisations:accept_invitation", args=[token])),
    ]


@pytest.mark.django_db
def test_every_public_form_survives_hostile_input(site, campaign, challenge, volunteer):
    fuzzed = set()
    for client, url in form_pages(site, campaign, challenge, volunteer):
        for action, names in forms_of(client, url).post.items():
            if action != reverse("account_logout"):
                fuzz_posts(client, action, names)
                fuzzed.add(action)
    assert len(fuzzed) >= 10  # each page's own form, and a contribution's mark and report


def listing_pages(site, campaign, challenge):
    return [
        *(index["fr"].url for index in site.indexes.values()),
        site.organisation["fr"].url,
        challenge.url,
        campaign.url + "thanks/",
        "/fr/search/",
        "/sitemap.xml",
    ]


@pytest.mark.django_db
def test_every_public_query_parameter_survives_hostile_input(
    client, site, articles, campaign, challenge, volunteer
):
    """`articles`: the list of articles offers its tags."""
    for url in listing_pages(site, campaign, challenge):
        fuzz_queries(client, url, forms_of(client, url).get)
    fuzz_queries(volunteer, "/fr/volunteer/", forms_of(volunteer, "/fr/volunteer/").get)
    # Asked by other sites' software, not through a form: its parameters, from oEmbed's spec,
    # which answers 501 to a format the provider does not offer.
    fuzz_queries(client, "/fr/oembed/", {"url", "format", "maxwidth", "maxheight"}, also=(501,))


@pytest.mark.django_db
def test_hostile_text_is_stored_as_sent_and_shown_escaped(volunteer, challenge):

    @FUZZ
    @given(text=st.sampled_from(MARKUP) | st.text(min_size=1, max_size=200))
    def contribute(text):
        response = volunteer.post(challenge.url + "contribute/", {"text": text})
        assert_harmless(response)
        if response.status_code == 302:
            stored = Contribution.objects.get(author=volunteer.user).text
            assert stored == text.strip()
            html = volunteer.get(challenge.url).content.decode()
            assert escape(stored).splitlines()[0] in html

    contribute()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "page_type", ["", "campaigns.CampaignPage", "challenges.ChallengePage", "pages.ArticlePage"]
)
def test_every_query_parameter_of_the_api_survives_hostile_input(
    client, site, campaign, challenge, page_type
):
    """Its own parameters, and the page type's fields, which filter and order the listing.
    Its answers are JSON (or the site's 400 page, before it), never drawn as HTML."""
    from django.apps import apps

    from crowdtime.api import PublicPagesAPIViewSet

    names = set(PublicPagesAPIViewSet.known_query_parameters) - {"type"}
    url = "/api/v2/pages/"
    if page_type:
        url += f"?type={page_type}&"
        model = apps.get_model(page_type)
        names |= {field.name for field in PublicPagesAPIViewSet.get_body_fields(model)}
    else:
        url += "?"
    names = sorted(names)

    @FUZZ
    @given(fields=pairs(names))
    def get(fields):
        cache.clear()  # no rate limit in the way
        query = "&".join(f"{quote(name)}={value}" for name, value in fields)
        response = client.get(url + query)
        assert response.status_code < 500
        assert response["Content-Type"].startswith(("application/json", "text/html"))
        if response["Content-Type"].startswith("text/html"):
            assert response.status_code == 400

    seeded(get, names)()

"""Factories: each test builds the few pages and rows it needs instead of reading them from
the demo site (which tests/demo/ alone loads).

Pages are created under a parent and published through a revision, as an editor does. A
page's translations are copies made by Wagtail's `copy_for_translation` (what wagtail-localize
does when a translation starts) with their translatable fields set: `translate(page, "en",
title=…)`. Each factory's defaults are French, the site's default language; Faker's and the
fuzzy attributes' randomness is seeded before every test (tests/conftest.py), so a failing
test fails the same way again.

What a factory makes stands as data from before the test: what its saves leave for the
transaction's commit (emptying the caches, clearing a campaign's figures) runs as it returns,
as a commit would (`as_committed`), though the test's transaction will roll it all back.

`build_site` makes with them the small trilingual site most tests share, with its usual
content (ARTICLES, CAMPAIGNS, CHALLENGES); the fixtures of tests/conftest.py hand it to the
tests. tests/README.md lists both."""

import datetime
import uuid
from contextlib import contextmanager
from dataclasses import dataclass

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Locale, Page, Site

from campaigns.models import CampaignIndexPage, CampaignPage, Participation
from campaigns.models.participation import forget_campaign_figures
from challenges.models import (
    ChallengeIndexPage,
    ChallengePage,
    Contribution,
    ContributionMark,
    ContributionReport,
)
from core.durations import Duration
from organisations.models import OrganisationApplication, OrganisationIndexPage, OrganisationPage
from organisations.onboarding import create_organisation
from pages.models import ArticleIndexPage, ArticlePage, HomePage, Navigation, StandardPage, Tag
from volunteers.models import Profile

LANGUAGES = ["fr", "en", "es"]
SEED = "crowdtime"


@contextmanager
def as_committed():
    """Run what the block leaves for its transaction's commit as the block ends, as a commit
    would, and only that: the callbacks the test registered before stay for the test."""
    start = len(connection.run_on_commit)
    yield
    while len(connection.run_on_commit) > start:
        callbacks = connection.run_on_commit[start:]
        del connection.run_on_commit[start:]
        for _savepoints, callback, _robust in callbacks:
            callback()


class Committed:
    """A factory whose rows are made `as_committed` (put first among its bases)."""

    @classmethod
    def _create(cls, *args, **kwargs):
        with as_committed():
            return super()._create(*args, **kwargs)


def locale(language: str = "fr") -> Locale:
    return Locale.objects.get_or_create(language_code=language)[0]


def block(block_type: str, value) -> dict:
    """One StreamField block as raw data, with the id wagtail-localize needs to translate it."""
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def paragraph(text: str) -> dict:
    return block("paragraph", f"<p>{text}</p>")


def link(page, label: str = "") -> dict:
    return block("link", {"page": page.pk, "url": "", "label": label})


def call_to_action(page, title: str = "Pour aller plus loin", button: str = "Lire") -> dict:
    value = {"title": title, "text": "", "button_label": button, "page": page.pk, "url": ""}
    return block("call_to_action", value)


def translate(instance, language: str, **fields):
    """The `language` version of a page or a translatable snippet (a tag, the navigation), as a
    translator leaves it: Wagtail's copy for translation (the same translation key; synchronised
    fields, tags and images kept), with `fields` translated, saved and, for a page, published.
    A page's parent must be translated first (a home page's parent is the tree's root)."""
    with as_committed():
        translated = instance.copy_for_translation(locale(language))
        for name, value in fields.items():
            setattr(translated, name, value)
        if isinstance(translated, Page):
            translated.save_revision().publish()
            return type(translated).objects.get(pk=translated.pk)
        translated.save()
        return translated


# Images --------------------------------------------------------------------------------------


class ImageFactory(Committed, wagtail_factories.ImageFactory):
    """A small generated picture in the root collection (wagtail-factories' default would add
    a second root collection, which the organisations' permissions do not expect)."""

    title = factory.Sequence(lambda n: f"Illustration {n}")
    file = factory.django.ImageField(width=320, height=180, color="teal")
    collection = factory.LazyFunction(Collection.get_first_root_node)


# Pages ---------------------------------------------------------------------------------------


class PublishedPageFactory(Committed, wagtail_factories.PageFactory):
    """A page added under `parent` (required) in its parent's language, then published from a
    revision; `live=False` leaves a draft. Tags given as `tags=[…]` (or `causes`, `skills`:
    the model's taggable managers) are set before the first save, as the admin's form does."""

    locale = factory.LazyAttribute(lambda page: page.parent.locale)

    class Meta:
        abstract = True

    _tag_managers: tuple = ()

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        if parent is None:
            raise ValueError(f"{cls.__name__} needs a parent page.")
        tags = {name: kwargs.pop(name) for name in cls._tag_managers if name in kwargs}
        live = kwargs.pop("live", True)
        instance = model_class(**kwargs, live=live)
        for name, value in tags.items():
            getattr(instance, name).set(value)
        parent.add_child(instance=instance)
        revision = instance.save_revision()
        if live:
            revision.publish()
            instance.refresh_from_db()
        return instance


class HomePageFactory(PublishedPageFactory):
    title = "Accueil"
    slug = "accueil"
    hero_heading = "Donnez un peu de temps, changeons beaucoup ensemble"
    hero_text = "Quelques minutes pour une cause."
    featured_heading = "Derniers articles"
    search_description = "Crowdtime, le site du bénévolat numérique."
    parent = factory.LazyFunction(Page.get_first_root_node)

    class Meta:
        model = HomePage


class StandardPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    introduction = factory.Faker("sentence", locale="fr_FR")
    search_description = factory.Faker("sentence", locale="fr_FR")
    body = factory.LazyFunction(lambda: [paragraph("Un paragraphe.")])

    class Meta:
        model = StandardPage


class ArticleIndexPageFactory(PublishedPageFactory):
    title = "Articles"
    slug = "articles"
    introduction = "Ce que nous apprenons en chemin."

    class Meta:
        model = ArticleIndexPage


class ArticlePageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Article numéro {n}")
    introduction = factory.Faker("sentence", locale="fr_FR")
    search_description = factory.Faker("sentence", locale="fr_FR")
    author = factory.Faker("name", locale="fr_FR")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    hero_image = factory.SubFactory(ImageFactory)
    hero_image_alt = "Une illustration."
    hero_image_caption = ""
    body = factory.LazyFunction(lambda: [paragraph("Un paragraphe.")])

    _tag_managers = ("tags",)

    class Meta:
        model = ArticlePage


class OrganisationIndexPageFactory(PublishedPageFactory):
    title = "Organisations"
    slug = "organisations"

    class Meta:
        model = OrganisationIndexPage


class CampaignIndexPageFactory(PublishedPageFactory):
    title = "Campagnes"
    slug = "campagnes"

    class Meta:
        model = CampaignIndexPage


class ChallengeIndexPageFactory(PublishedPageFactory):
    title = "Défis"
    slug = "defis"

    class Meta:
        model = ChallengeIndexPage


class OrganisationPageFactory(factory.Factory):
    """An organisation as an editor's approval makes it (organisations/onboarding.py): its page
    under the French organisation index (which must exist), published, with its collection and
    its staff group. `staff=[user, …]` puts people in that group."""

    name = factory.Sequence(lambda n: f"Association numéro {n}")
    summary = factory.Faker("sentence", locale="fr_FR")
    website = "https://example.org"
    country = "FR"
    contact_email = factory.Sequence(lambda n: f"contact{n}@association.example")
    causes = factory.LazyFunction(list)

    class Meta:
        model = OrganisationIndexPage  # unused: _create makes the page through onboarding

    @classmethod
    def _create(cls, model_class, *args, staff=(), **kwargs):
        with as_committed():
            page = create_organisation(**kwargs)
        for user in staff:
            user.groups.add(page.staff_group)
        return page


def campaign_dates(state: str) -> dict:
    """Opening and closing dates that put a campaign in `state` now."""
    now = timezone.now().replace(microsecond=0)
    days = datetime.timedelta(days=1)
    return {
        "upcoming": {"opens_at": now + 7 * days, "closes_at": now + 37 * days},
        "open": {"opens_at": now - 20 * days, "closes_at": now + 5 * days},
        "finished": {"opens_at": now - 60 * days, "closes_at": now - 30 * days},
    }[state]


class CampaignPageFactory(PublishedPageFactory):
    """A campaign under an organisation's page (`parent`), open by default: `state="upcoming"`
    or `"finished"` moves its dates; `meeting=True` makes it an action in person, with a
    meeting three days before it closes."""

    title = factory.Sequence(lambda n: f"Campagne numéro {n}")
    summary = factory.Faker("sentence", locale="fr_FR")
    search_description = factory.Faker("sentence", locale="fr_FR")
    hero_image = factory.SubFactory(ImageFactory)
    hero_image_alt = "Une illustration."
    goal_participants = 100
    minutes_per_participant = 15
    opens_at = factory.LazyAttribute(lambda campaign: campaign_dates(campaign.state)["opens_at"])
    closes_at = factory.LazyAttribute(lambda campaign: campaign_dates(campaign.state)["closes_at"])
    instructions = factory.LazyFunction(
        lambda: [block("step", {"title": "Commencez", "text": "Par le plus ancien."})]
    )

    _tag_managers = ("causes",)

    class Meta:
        model = CampaignPage

    class Params:
        state = "open"
        meeting = factory.Trait(
            action_type="in_person",
            place="Parc de la Feyssine, Villeurbanne",
            event_starts_at=factory.LazyAttribute(
                lambda campaign: campaign.closes_at - datetime.timedelta(days=3)
            ),
            event_ends_at=factory.LazyAttribute(
                lambda campaign: campaign.event_starts_at + datetime.timedelta(hours=3)
            ),
        )


class ChallengePageFactory(PublishedPageFactory):
    """A challenge under an organisation's page (`parent`), open for a week by default:
    `closed=True` puts its deadline in the past (solved: select a contribution)."""

    title = factory.Sequence(lambda n: f"Défi numéro {n}")
    summary = factory.Faker("sentence", locale="fr_FR")
    search_description = factory.Faker("sentence", locale="fr_FR")
    task = "Une phrase, pas plus."
    context = "<p>Ce qu’il faut savoir pour aider.</p>"
    minutes = 15
    max_answer_length = 1000
    deadline = factory.LazyAttribute(
        lambda challenge: (
            timezone.now().replace(microsecond=0)
            + datetime.timedelta(days=-3 if challenge.closed else 7)
        )
    )

    _tag_managers = ("causes", "skills")

    class Meta:
        model = ChallengePage

    class Params:
        closed = False


# Snippets and rows ---------------------------------------------------------------------------


class TagFactory(Committed, DjangoModelFactory):
    """A French tag (`kind`: topic, cause or skill); `translate(tag, "es", name=…, slug=…)`
    names it in another language under the same translation key."""

    name = factory.Sequence(lambda n: f"sujet {n}")
    slug = factory.LazyAttribute(lambda tag: slugify(tag.name))
    kind = Tag.Kind.TOPIC
    locale = factory.LazyFunction(locale)

    class Meta:
        model = Tag


class NavigationFactory(Committed, DjangoModelFactory):
    """The French header and footer: `header_links` and `footer_links` are lists of pages."""

    name = "Crowdtime"
    footer_text = "Crowdtime aide chacun à offrir un peu de son temps."
    locale = factory.LazyFunction(locale)
    header_links = factory.LazyFunction(list)
    footer_links = factory.LazyFunction(list)
    privacy_page = None

    class Meta:
        model = Navigation

    @classmethod
    def _create(cls, model_class, *args, header_links=(), footer_links=(), **kwargs):
        return super()._create(
            model_class,
            *args,
            header_links=[link(page) for page in header_links],
            footer_links=[link(page) for page in footer_links],
            **kwargs,
        )


class UserFactory(Committed, DjangoModelFactory):
    """An account whose password is "pw"."""

    username = factory.Sequence(lambda n: f"personne{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    first_name = factory.Faker("first_name", locale="fr_FR")
    password = factory.django.Password("pw")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class ProfileFactory(Committed, DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    display_name = factory.Faker("first_name", locale="fr_FR")
    preferred_language = "fr"
    time_available = Duration.FIFTEEN

    class Meta:
        model = Profile
        skip_postgeneration_save = True

    @factory.post_generation
    def causes(self, create, extracted, **kwargs):
        if create and extracted:
            self.causes.set(extracted)

    @factory.post_generation
    def skills(self, create, extracted, **kwargs):
        if create and extracted:
            self.skills.set(extracted)


def volunteer(**fields):
    """A volunteer's account with a profile (ProfileFactory's fields, `user__…` for the
    account's)."""
    return ProfileFactory(**fields).user


class ParticipationFactory(Committed, DjangoModelFactory):
    """A sign-up to `campaign` (any language's page: sign-ups are keyed on the translation
    key), stored as Participation.join stores it."""

    campaign_key = factory.LazyAttribute(lambda row: row.campaign.translation_key)
    email = factory.Sequence(lambda n: f"participant.{n}@example.org")  # the demo has participantN
    first_name = factory.Faker("first_name", locale="fr_FR")
    people = 1
    language = "fr"
    privacy_notice_version = "test"

    class Meta:
        model = Participation

    class Params:
        campaign = None


def sign_ups_in_bulk(campaign, count: int, **fields) -> list[Participation]:
    """`count` sign-ups to `campaign` in one insert, for the tests of what many of them cost.
    An insert in bulk sends no signal: the campaign's kept figures are forgotten here, as each
    sign-up's save does."""
    rows = ParticipationFactory.build_batch(count, campaign=campaign, **fields)
    created = Participation.objects.bulk_create(rows)
    with as_committed():
        forget_campaign_figures(campaign.translation_key)
    return created


class ContributionFactory(Committed, DjangoModelFactory):
    """A volunteer's answer to `challenge` (any language's page)."""

    challenge_key = factory.LazyAttribute(lambda row: row.challenge.translation_key)
    author = factory.LazyFunction(volunteer)
    text = factory.Faker("paragraph", nb_sentences=4, locale="fr_FR")
    language = "fr"

    class Meta:
        model = Contribution

    class Params:
        challenge = None


class ContributionMarkFactory(Committed, DjangoModelFactory):
    contribution = factory.SubFactory(ContributionFactory)
    user = factory.LazyFunction(volunteer)

    class Meta:
        model = ContributionMark


class ContributionReportFactory(Committed, DjangoModelFactory):
    contribution = factory.SubFactory(ContributionFactory)
    user = factory.LazyFunction(volunteer)

    class Meta:
        model = ContributionReport


class OrganisationApplicationFactory(Committed, DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Collectif numéro {n}")
    summary = factory.Faker("sentence", locale="fr_FR")
    website = "https://collectif.example"
    country = "FR"
    contact_email = factory.Sequence(lambda n: f"bonjour{n}@collectif.example")
    applicant_name = factory.Faker("name", locale="fr_FR")
    applicant_email = factory.Sequence(lambda n: f"demandeur{n}@collectif.example")
    language = "fr"
    privacy_notice_version = "test"

    class Meta:
        model = OrganisationApplication


# The site ------------------------------------------------------------------------------------


def default_site(home) -> Site:
    """The default site, served as http://testserver/ (the test client's host), rooted at the
    French home page. Wagtail's first page ("Welcome to your new Wagtail site!") goes, as the
    demo builder removes it."""
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    previous_root = site.root_page if site.pk else None
    site.root_page, site.hostname, site.port, site.site_name = home, "testserver", 80, "Crowdtime"
    site.save()
    if previous_root and type(previous_root.specific) is Page:
        previous_root.delete()
    return site


# The usual shapes, for the fixtures of tests/conftest.py ---------------------------------------


def trilingual(page, en: dict | None = None, es: dict | None = None) -> dict:
    """`page` (French) and its English and Spanish versions, by language code. A language
    given no fields gets the French words marked with its code ("Défi numéro 3 (en)"), enough
    to tell the versions apart."""
    given = {"en": en, "es": es}
    versions = {"fr": page}
    for language in ("en", "es"):
        versions[language] = translate(
            page, language, **(given[language] or marked_copy(page, language))
        )
    return versions


def marked_copy(page, language: str) -> dict:
    fields = {"title": f"{page.title} ({language})", "slug": f"{page.slug}-{language}"}
    for name in ("search_description", "introduction", "summary"):
        if getattr(page, name, ""):
            fields[name] = f"{getattr(page, name)} ({language})"
    return fields


INDEXES = {  # the listings under each home page, by what they list: factory and slugs
    "articles": (ArticleIndexPageFactory, {"fr": "articles", "en": "articles", "es": "articulos"}),
    "campaigns": (
        CampaignIndexPageFactory,
        {"fr": "campagnes", "en": "campaigns", "es": "campanas"},
    ),
    "challenges": (ChallengeIndexPageFactory, {"fr": "defis", "en": "challenges", "es": "retos"}),
    "organisations": (
        OrganisationIndexPageFactory,
        {"fr": "organisations", "en": "organisations", "es": "organizaciones"},
    ),
}


TAXONOMY = {  # French name: (kind, English name, Spanish name)
    "environnement": (Tag.Kind.CAUSE, "environment", "medio ambiente"),
    "solidarité": (Tag.Kind.CAUSE, "solidarity", "solidaridad"),
    "rédaction": (Tag.Kind.SKILL, "writing", "redacción"),
    "graphisme": (Tag.Kind.SKILL, "design", "diseño"),
    "microbénévolat": (Tag.Kind.TOPIC, "micro-volunteering", "microvoluntariado"),
    "numérique": (Tag.Kind.TOPIC, "digital technology", "tecnología digital"),
}
ORGANISATION = "Terre en Commun"  # as in the demo


@dataclass
class TrilingualSite:
    """The site a page test stands on, each part by language code: the home pages, an about
    page, the privacy notice, the header and footer that link them, the listings of articles,
    campaigns, challenges and organisations (`indexes["campaigns"]["es"]`) at the demo's
    addresses (/fr/articles/, /es/campanas/…), the tags by French slug
    (`tags["environnement"]["en"]`, TAXONOMY) and one organisation, Terre en Commun, with its
    (empty) staff group and its collection."""

    homes: dict
    about: dict
    privacy: dict
    navigation: dict
    indexes: dict
    tags: dict
    organisation: dict

    @property
    def home(self) -> HomePage:
        return self.homes["fr"]

    @classmethod
    def find(cls) -> "TrilingualSite":
        """The site as the database holds it (the one `build_site` made, or the demo's), read
        afresh: a test may change what it is given."""
        homes = {
            home.locale.language_code: home for home in HomePage.objects.select_related("locale")
        }
        navigation = {
            menu.locale.language_code: menu for menu in Navigation.objects.select_related("locale")
        }
        about = StandardPage.objects.get(locale__language_code="fr", slug="a-propos")
        privacy = navigation["fr"].privacy_page.specific
        indexes = {
            kind: {
                page.locale.language_code: page
                for page in factory_class._meta.model.objects.select_related("locale")
            }
            for kind, (factory_class, _slugs) in INDEXES.items()
        }
        tags = {}
        for tag in Tag.objects.select_related("locale").order_by("locale__language_code"):
            tags.setdefault(tag.translation_key, {})[tag.locale.language_code] = tag
        organisation = OrganisationPage.objects.get(
            locale__language_code="fr", slug=slugify(ORGANISATION)
        )
        return cls(
            homes,
            versions(about),
            versions(privacy),
            navigation,
            indexes,
            tags={tag["fr"].slug: tag for tag in tags.values() if "fr" in tag},
            organisation=versions(organisation),
        )


def versions(page) -> dict:
    """A page in every language it has, by language code."""
    return {
        translation.locale.language_code: translation.specific
        for translation in page.get_translations(inclusive=True).select_related("locale")
    }


def build_site() -> TrilingualSite:
    for language in LANGUAGES:
        locale(language)
    home = HomePageFactory()
    default_site(home)
    homes = trilingual(
        home,
        en={
            "title": "Home",
            "slug": "home",
            "hero_heading": "Give a little time, and together we change a lot",
            "hero_text": "A few minutes for a cause.",
            "featured_heading": "Latest articles",
            "search_description": "Crowdtime, the digital volunteering website.",
        },
        es={
            "title": "Inicio",
            "slug": "inicio",
            "hero_heading": "Da un poco de tiempo y juntos cambiaremos mucho",
            "hero_text": "Unos minutos para una causa.",
            "featured_heading": "Últimos artículos",
            "search_description": "Crowdtime, el sitio del voluntariado digital.",
        },
    )
    indexes = {
        "articles": build_index("articles", home, "Articles", "Articles", "Artículos"),
        "campaigns": build_index("campaigns", home, "Campagnes", "Campaigns", "Campañas"),
        "challenges": build_index("challenges", home, "Défis", "Challenges", "Retos"),
        "organisations": build_index(
            "organisations", home, "Organisations", "Organisations", "Organizaciones"
        ),
    }
    about = trilingual(
        StandardPageFactory(parent=home, title="À propos", slug="a-propos"),
        en={"title": "About", "slug": "about", "search_description": "Who we are."},
        es={"title": "Acerca de", "slug": "acerca-de", "search_description": "Quiénes somos."},
    )
    privacy = trilingual(
        StandardPageFactory(parent=home, title="Confidentialité", slug="confidentialite"),
        en={"title": "Privacy", "slug": "privacy", "search_description": "Your data."},
        es={"title": "Privacidad", "slug": "privacidad", "search_description": "Tus datos."},
    )
    header = [indexes[kind]["fr"] for kind in ("campaigns", "challenges", "articles")]
    navigation = NavigationFactory(
        header_links=[*header, about["fr"]],
        footer_links=[about["fr"], indexes["organisations"]["fr"], privacy["fr"]],
        privacy_page=privacy["fr"],
    )
    navigations = {
        "fr": navigation,
        "en": translate(navigation, "en", footer_text="Crowdtime helps everyone give time."),
        "es": translate(navigation, "es", footer_text="Crowdtime ayuda a dar tiempo."),
    }
    tags = {
        slugify(name): trilingual_tag(name, en, es, kind)
        for name, (kind, en, es) in TAXONOMY.items()
    }
    organisation = trilingual(
        OrganisationPageFactory(name=ORGANISATION, causes=[tags["environnement"]["fr"]])
    )
    site = TrilingualSite(homes, about, privacy, navigations, indexes, tags, organisation)
    build_content(site)
    return site


def build_index(kind: str, home, fr: str, en: str, es: str) -> dict:
    """A listing under the home page, titled in the three languages, at the demo's slugs."""
    factory_class, slugs = INDEXES[kind]
    index = factory_class(parent=home, title=fr, slug=slugs["fr"])
    return trilingual(
        index,
        en={"title": en, "slug": slugs["en"]},
        es={"title": es, "slug": slugs["es"]},
    )


def trilingual_tag(name: str, en: str, es: str, kind: str = Tag.Kind.TOPIC) -> dict:
    tag = TagFactory(name=name, kind=kind)
    return {
        "fr": tag,
        "en": translate(tag, "en", name=en, slug=slugify(en)),
        "es": translate(tag, "es", name=es, slug=slugify(es)),
    }


# The content most page tests read, shared with the site ---------------------------------------

ARTICLES = [  # newest first: days ago, titles in French, English and Spanish, topics
    (
        0,
        "Quinze minutes pour une cause",
        "Fifteen minutes for a cause",
        "Quince minutos por una causa",
        ["microbenevolat", "numerique"],
    ),
    (
        7,
        "Le microbénévolat, comment ça marche",
        "How micro-volunteering works",
        "Cómo funciona el microvoluntariado",
        ["microbenevolat"],
    ),
    (
        14,
        "Le numérique au service des associations",
        "Digital tools for charities",
        "Lo digital al servicio de las asociaciones",
        ["numerique"],
    ),
]


@dataclass(frozen=True)
class CampaignShape:
    title: str
    state: str
    people: int  # signed up five at a time, one sign-up a day from the opening; the goal is 100
    fields: dict


CAMPAIGNS = {
    "finished": CampaignShape(
        "Le grand ménage des boîtes mail",
        "finished",
        people=110,
        fields={
            "impact_unit": "courriels supprimés",
            "equivalences": [block("equivalence", {"per": 30, "label": "heures d’une ampoule"})],
            "results": "<p>Plus de cent personnes ont fait le ménage.</p>",
        },
    ),
    "open": CampaignShape(
        "Transcrire les carnets météo",
        "open",
        people=60,
        fields={"impact_unit": "pages transcrites"},
    ),
    "just_opened": CampaignShape(
        "Nettoyer le parc",
        "open",
        people=5,
        fields={"meeting": True, "minutes_per_participant": 90},
    ),
    "upcoming": CampaignShape(
        "Des cartes contre la solitude",
        "upcoming",
        people=0,
        fields={"action_type": "both", "place": "Lyon"},
    ),
}

CHALLENGES = {
    "open": ("Un slogan pour la semaine de la réparation", {}),
    "closed": ("Trouver des financements pour l’atelier", {"closed": True}),
    "solved": (
        "Votre avis sur notre nouveau logo",
        {"closed": True, "follow_up": "<p>Nous avons retenu une idée, et la mettons en œuvre.</p>"},
    ),
}


def build_content(site: TrilingualSite) -> None:
    """What `usual_articles`, `usual_campaigns` and `usual_challenges` find, each page in the
    three languages."""
    for days_ago, fr, en, es, topics in ARTICLES:
        body = [paragraph("Un petit geste, souvent répété.")]
        if not days_ago:
            body.append(call_to_action(site.about["fr"]))
        article = ArticlePageFactory(
            parent=site.indexes["articles"]["fr"],
            title=fr,
            slug=slugify(fr),
            date=timezone.localdate() - datetime.timedelta(days=days_ago),
            tags=[site.tags[topic]["fr"] for topic in topics],
            body=body,
        )
        trilingual(
            article, en={"title": en, "slug": slugify(en)}, es={"title": es, "slug": slugify(es)}
        )
    organisation = site.organisation["fr"]
    for shape in CAMPAIGNS.values():
        campaign = CampaignPageFactory(
            parent=organisation,
            title=shape.title,
            slug=slugify(shape.title),
            state=shape.state,
            causes=[site.tags["environnement"]["fr"]],
            **shape.fields,
        )
        trilingual(campaign)
        for day in range(shape.people // 5):
            ParticipationFactory(
                campaign=campaign,
                people=5,
                impact_quantity=300 if shape.fields.get("impact_unit") else None,
                joined_at=campaign.opens_at + datetime.timedelta(days=day, hours=1),
            )
    challenges = {
        status: ChallengePageFactory(
            parent=organisation,
            title=title,
            slug=slugify(title),
            causes=[site.tags["solidarite"]["fr"]],
            skills=[site.tags["redaction"]["fr"]],
            **fields,
        )
        for status, (title, fields) in CHALLENGES.items()
    }
    for challenge in challenges.values():
        trilingual(challenge)
    ContributionFactory.create_batch(2, challenge=challenges["open"])
    ContributionFactory(challenge=challenges["solved"], is_selected=True)
    ContributionFactory(challenge=challenges["solved"])


def french(model, title: str):
    return model.objects.get(locale__language_code="fr", slug=slugify(title))


def usual_articles() -> list:
    return [french(ArticlePage, title) for _days, title, *_rest in ARTICLES]


def usual_campaigns() -> dict:
    return {state: french(CampaignPage, shape.title) for state, shape in CAMPAIGNS.items()}


def usual_challenges() -> dict:
    return {status: french(ChallengePage, title) for status, (title, _) in CHALLENGES.items()}


def untranslated(page, language: str):
    """A translation into `language` started through wagtail-localize, as the admin's
    "Translate" starts it: the page's draft in that language, its strings still to translate."""
    from wagtail_localize.models import Translation, TranslationSource

    with as_committed():
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translation = Translation.objects.create(source=source, target_locale=locale(language))
        translation.save_target(publish=False)
    return translation


def localize(instance, language: str, **texts):
    """The `language` version of a page or snippet made through wagtail-localize, as a
    translator submits it (with the Translation the admin's translation views work on): each
    string translated as `texts` says (French text → translation), or else marked with the
    language ("Un paragraphe. (en)"; a slug gets "-en"). Slower than `translate`: for the
    tests of the translation workflow."""
    from wagtail_localize.models import StringSegment, TranslationSource

    from demo.translation import translate as submit

    source, _ = TranslationSource.get_or_create_from_instance(instance)
    strings = {}
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = segment.string.data
        if segment.context.path == "slug":
            strings["slug", text] = texts.get(text, f"{text}-{language}")
        else:
            strings[text] = texts.get(text, f"{text} ({language})")
    with as_committed():
        return submit(instance, locale(language), strings)

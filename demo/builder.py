"""Builds the demo site from demo/content/: French pages, translated into English and Spanish,
then the machine-drafted languages (Catalan) replayed from their recorded drafts."""

import datetime
import html
import io
import uuid

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils.text import slugify
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from core.languages import RecordedDrafts, add_language
from demo.campaigns import CampaignDemo
from demo.challenges import ChallengeDemo
from demo.data import DRAFTS, WRITTEN_LANGUAGES, Content, Data
from demo.images import MOTIFS, draw_logo, draw_picture
from demo.organisations import OrganisationDemo
from demo.translation import translate
from pages.models import (
    ArticleIndexPage,
    ArticlePage,
    HomePage,
    Navigation,
    StandardPage,
    Tag,
)

SOURCE = "fr"
TARGETS = ["en", "es"]


class Strings:
    """Collects, while a French object is built, the English and Spanish text of its strings."""

    def __init__(self):
        self.by_language = {code: {} for code in TARGETS}

    def __call__(self, text: dict) -> str:
        for code in TARGETS:
            self.by_language[code][text[SOURCE]] = text[code]
        return text[SOURCE]

    def field(self, field_name: str, text: dict) -> str:
        """A string translated differently in one field (a tag's slug, whose French form may
        be the same as its name's)."""
        for code in TARGETS:
            self.by_language[code][(field_name, text[SOURCE])] = text[code]
        return text[SOURCE]

    def same(self, value: str) -> str:
        """A string that reads the same in every language (a name)."""
        return self({SOURCE: value, **dict.fromkeys(TARGETS, value)})


class DemoBuilder:
    def __init__(self, content: Content, log=print, port: int = 8000):
        self.content = content
        self.log = log
        self.port = port
        self.strings = {}  # object key -> Strings
        self.pages = {}  # content key -> French page
        self.tags = {}  # content key -> French tag

    def build(self) -> None:
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code, _ in settings.LANGUAGES
        }
        campaigns = CampaignDemo(self)
        campaigns.create_taxonomy()
        self.create_tags(self.content.tags["topics"], Tag.Kind.TOPIC)
        home = self.create_home()
        article_index, articles = self.content.sections["articles"]
        self.pages["articles"] = self.create_child(
            home, ArticleIndexPage, article_index, key="articles"
        )
        for key, spec in self.content.pages.items():
            self.pages[key] = self.create_child(
                home, StandardPage, spec, key=key, body=self.body(spec, key)
            )
        organisation_demo = OrganisationDemo(self)
        organisations = organisation_demo.create_organisations(home)
        self.pages.update(organisations)
        self.pages.update(campaigns.create_campaigns(home, organisations))
        challenges = ChallengeDemo(self)
        challenge_pages = challenges.create_challenges(home, organisations)
        self.pages.update(challenge_pages)
        challenges.create_contributions(challenge_pages, challenges.create_volunteers())
        for key, spec in articles.items():
            self.pages[key] = self.create_article(key, spec)
        # Second pass: calls to action may link to pages created after them.
        for key, spec in [*self.content.pages.items(), *articles.items()]:
            page = self.pages[key]
            page.body = self.body(spec, key, with_links=True)
            page.save_revision().publish()
        navigation = self.create_navigation()
        challenge_templates = challenges.create_templates()

        for code in TARGETS:
            locale = self.locales[code]
            for tag_key, tag in self.tags.items():
                translate(tag, locale, self.strings[f"tag:{tag_key}"].by_language[code])
            for key, page in [("home", home), *self.pages.items()]:
                translate(page, locale, self.strings[key].by_language[code])
            translate(navigation, locale, self.strings["navigation"].by_language[code])
            for key, template in challenge_templates.items():
                translate(template, locale, self.strings[key].by_language[code])
            self.log(f"Translated the demo content into {code}.")
        organisation_demo.create_pending_application()
        organisation_demo.submit_a_challenge_for_review(organisations)
        self.add_drafted_languages()

    def add_drafted_languages(self) -> None:
        """Each enabled language the files are not written in, as `manage.py add_language`
        drafted it once (demo/content/drafts/), published with its notice: no engine needed.
        Its interface catalog is in locale/, drafted at the same time."""
        for code, _ in settings.LANGUAGES:
            if code in WRITTEN_LANGUAGES:
                continue
            recorded = DRAFTS / f"{code}.yaml"
            if not recorded.exists():
                self.log(f"No recorded drafts for {code} ({recorded}): run add_language {code}.")
                continue
            add_language(code, drafts=RecordedDrafts(recorded), catalog=False)
            self.log(f"Added {code}, machine-drafted.")

    def strings_for(self, key: str) -> Strings:
        return self.strings.setdefault(key, Strings())

    def create_tags(self, names_by_key: dict, kind: str) -> None:
        """Tags of one kind; a key that already has a tag (a cause used as a topic) keeps it."""
        for key, names in names_by_key.items():
            if key in self.tags:
                continue
            strings = self.strings_for(f"tag:{key}")
            slugs = {code: slugify(name) for code, name in names.items()}
            self.tags[key] = Tag.objects.create(
                name=strings(names),
                slug=strings.field("slug", slugs),
                kind=kind,
                locale=self.locales[SOURCE],
            )

    def tags_named(self, spec: Data, field: str) -> list[Tag]:
        return [spec.ref(self.tags, key, "tag") for key in spec[field]]

    def create_image(self, spec: Data, key: str, causes=(), colour=None, collection=None) -> Image:
        """The picture of the item called `key`: the motif that `spec` names (one that
        demo/images.py draws), in the item's own palette and composition, with signs of its
        causes. Its description is the French text alternative, as an editor would write it."""
        motif = spec["motif"]
        spec.ref(MOTIFS, motif, "motif")
        image = Image(title=f"Illustration: {key}", description=spec["alt"][SOURCE])
        if collection:
            image.collection = collection
        picture = draw_picture(key, motif, causes, colour)
        image.file = ImageFile(_named_file(picture, f"{key}.png"))
        image.save()
        return image

    def create_logo(self, key: str, name: str, colour: str, collection) -> Image:
        image = Image(title=name, collection=collection)
        image.file = ImageFile(_named_file(draw_logo(key, name, colour), f"logo-{key}.png"))
        image.save()
        return image

    def create_home(self) -> HomePage:
        strings = self.strings_for("home")
        root = Page.get_first_root_node()
        spec = self.content.home
        home = root.add_child(
            instance=HomePage(
                title=strings(spec["title"]),
                slug=strings(spec["slug"]),
                hero_heading=strings(spec["hero_heading"]),
                hero_text=strings(spec["hero_text"]),
                featured_heading=strings(spec["featured_heading"]),
                search_description=strings(spec["search_description"]),
                locale=self.locales[SOURCE],
            )
        )
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        previous_root = site.root_page if site.pk else None
        site.root_page = home
        site.hostname = "127.0.0.1"
        site.port = self.port
        site.site_name = spec["site_name"]
        site.save()
        if previous_root and type(previous_root.specific) is Page:
            previous_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
        return home

    def create_child(self, parent, page_class, spec, key, **fields):
        strings = self.strings_for(key)
        page = parent.add_child(
            instance=page_class(
                title=strings(spec["title"]),
                slug=strings(spec["slug"]),
                introduction=strings(spec["introduction"]),
                search_description=strings(spec["search_description"]),
                locale=self.locales[SOURCE],
                **fields,
            )
        )
        page.save_revision().publish()
        return page

    def create_section(self, home, section: str, index_class, organisations, create_page) -> dict:
        """A section's index under the home page, and each of its pages (made by
        `create_page(organisation, key, spec)`) under the organisation that runs it."""
        index_spec, specs = self.content.sections[section]
        pages = {section: self.create_child(home, index_class, index_spec, key=section)}
        for key, spec in specs.items():
            organisation = spec.ref(organisations, spec["organisation"], "organisation")
            pages[key] = create_page(organisation, key, spec)
        return pages

    def create_article(self, key: str, spec: Data) -> ArticlePage:
        image_spec = spec["image"]
        image = self.create_image(image_spec, key, spec["tags"])
        strings = self.strings_for(key)
        page = self.create_child(
            self.pages["articles"],
            ArticlePage,
            spec,
            key=key,
            author=spec["author"],
            date=_date(spec, "date"),
            hero_image=image,
            hero_image_alt=strings(image_spec["alt"]),
            hero_image_caption=strings(image_spec["caption"]),
            body=self.body(spec, key),
        )
        page.tags.set(self.tags_named(spec, "tags"))
        page.save_revision().publish()
        return page

    def body(self, spec: Data, key: str, with_links=False) -> list[dict]:
        """StreamField data, with block ids as wagtail-localize needs them."""
        strings = self.strings_for(key)
        blocks = []
        for block in spec["body"]:
            kind = block["type"]
            if kind == "heading":
                value = {"text": strings(block["text"]), "level": "h2"}
                blocks.append(("heading", value))
            elif kind == "paragraphs":
                blocks.append(("paragraph", self.paragraphs(block["items"], strings)))
            elif kind == "quote":
                value = {
                    "text": strings(block["text"]),
                    "attribution": strings(block["attribution"]),
                }
                blocks.append(("quote", value))
            elif kind not in ("challenge_card", "campaign_card", "call_to_action"):
                raise block.error(f"there is no block type '{kind}'")
            elif not with_links:
                continue
            elif kind == "challenge_card":
                challenge = block.ref(self.pages, block["challenge"], "page")
                blocks.append(("challenge_card", {"challenge": challenge.pk}))
            elif kind == "campaign_card":
                campaign = block.ref(self.pages, block["campaign"], "page")
                blocks.append(("campaign_card", {"campaign": campaign.pk}))
            else:
                value = {
                    "title": strings(block["title"]),
                    "text": strings(block["text"]),
                    "button_label": strings(block["button_label"]),
                    "page": block.ref(self.pages, block["link"], "page").pk,
                    "url": "",
                }
                blocks.append(("call_to_action", value))
        return [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in blocks]

    @staticmethod
    def paragraphs(texts: list, strings: Strings) -> str:
        """Rich text: one paragraph for each text."""
        return "".join(f"<p>{html.escape(strings(text), quote=False)}</p>" for text in texts)

    def create_navigation(self) -> Navigation:
        strings = self.strings_for("navigation")
        spec = self.content.navigation

        def links(field):
            return [
                {
                    "type": "link",
                    "value": {"page": spec.ref(self.pages, key, "page").pk, "url": "", "label": ""},
                    "id": str(uuid.uuid4()),
                }
                for key in spec[field]
            ]

        return Navigation.objects.create(
            name=strings.same(spec["name"]),
            header_links=links("header_links"),
            privacy_page=spec.ref(self.pages, spec["privacy_page"], "page"),
            footer_text=strings(spec["footer_text"]),
            footer_links=links("footer_links"),
            locale=self.locales[SOURCE],
        )


def _date(spec: Data, key: str) -> datetime.date:
    value = spec[key]
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise spec.error(f"'{key}' should be a date like 2026-06-04") from None


def _named_file(data: bytes, name: str):
    buffer = io.BytesIO(data)
    buffer.name = name
    return buffer

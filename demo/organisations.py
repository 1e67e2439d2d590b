"""Demo organisations: their pages (translated by the demo builder with the rest), a staff
member each, an application waiting for the editors and a challenge waiting in review."""

import datetime
import re

from django.utils import timezone
from django.utils.text import slugify

from challenges.models import ChallengePage
from organisations.models import OrganisationApplication, OrganisationIndexPage, OrganisationPage
from organisations.onboarding import create_organisation, staff_account


class OrganisationDemo:
    def __init__(self, builder):
        self.builder = builder
        self.content = builder.content

    def create_organisations(self, home) -> dict:
        """The index and the organisations' pages, by content key."""
        index_spec, organisations = self.content.sections["organisations"]
        pages = {
            "organisations": self.builder.create_child(
                home, OrganisationIndexPage, index_spec, key="organisations"
            )
        }
        for key, spec in organisations.items():
            pages[key] = self.create_organisation(key, spec)
        return pages

    def create_organisation(self, key, spec) -> OrganisationPage:
        strings = self.builder.strings_for(key)
        strings.same(slugify(spec["name"]))
        page = create_organisation(
            name=strings.same(spec["name"]),
            summary=strings(spec["summary"]),
            website=spec["website"],
            country=spec["country"],
            contact_email=spec["contact_email"],
            causes=self.builder.tags_named(spec, "causes"),
        )
        colour = spec["colour"]
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", str(colour)):
            raise spec.error("'colour' should be a colour like '#2e7d32'")
        page.logo = self.builder.create_logo(key, spec["name"], colour, page.collection)
        # Shown when its page is shared: its own picture, in its colour, rather than its logo.
        page.social_image = self.builder.create_image(
            spec["picture"], key, spec["causes"], colour=colour, collection=page.collection
        )
        page.save_revision().publish()
        staff = spec["staff"]
        staff_account(staff["email"], staff["name"]).groups.add(page.staff_group)
        return page

    def submit_a_challenge_for_review(self, organisations) -> None:
        spec = self.content.challenge_in_review
        organisation = spec.ref(organisations, spec["organisation"], "organisation")
        staff = organisation.staff_group.user_set.first()
        page = organisation.add_child(
            instance=ChallengePage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                task=spec["task"],
                deadline=timezone.now() + datetime.timedelta(days=spec.number("closes_in_days")),
                locale=organisation.locale,
                live=False,
                owner=staff,
            )
        )
        page.save_revision(user=staff)
        page.get_workflow().start(page, staff)

    def create_pending_application(self) -> None:
        spec = self.content.application
        fields = ["name", "summary", "website", "country", "contact_email"]
        fields += ["applicant_name", "applicant_email", "language"]
        application = OrganisationApplication.objects.create(
            **{field: spec[field] for field in fields}, privacy_notice_version="demo"
        )
        application.causes.set(self.builder.tags_named(spec, "causes"))

"""Demo organisations: their pages (translated by the pages demo builder with the rest), a
staff member each, an application waiting for the editors and a challenge waiting in review."""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from campaigns.models import ChallengePage
from organisations.demo import content
from organisations.models import OrganisationApplication, OrganisationIndexPage, OrganisationPage
from organisations.onboarding import create_organisation, staff_account

LOGOS = {"terre-en-commun": "hands", "memoire-du-ciel": "globe", "fil-d-argent": "chat"}


class OrganisationDemo:
    def __init__(self, builder):
        self.builder = builder

    def create_organisations(self, home) -> dict:
        """The index and the organisations' pages, by content key."""
        pages = {
            "organisations": self.builder.create_child(
                home, OrganisationIndexPage, content.ORGANISATION_INDEX, key="organisations"
            )
        }
        for spec in content.ORGANISATIONS:
            pages[spec["key"]] = self.create_organisation(spec)
        return pages

    def create_organisation(self, spec) -> OrganisationPage:
        strings = self.builder.strings_for(spec["key"])
        strings.same(slugify(spec["name"]))
        page = create_organisation(
            name=strings.same(spec["name"]),
            summary=strings(spec["summary"]),
            website=spec["website"],
            country=spec["country"],
            contact_email=spec["contact_email"],
            causes=[self.builder.tags[key] for key in spec["causes"]],
        )
        logo = self.builder.create_image(LOGOS[spec["key"]], f"logo-{spec['key']}")
        logo.title = spec["name"]
        logo.collection = page.collection
        logo.save()
        page.logo = logo
        page.save_revision().publish()
        staff = spec["staff"]
        staff_account(staff["email"], staff["name"]).groups.add(page.staff_group)
        return page

    def submit_a_challenge_for_review(self, organisations) -> None:
        spec = content.IN_REVIEW
        organisation = organisations[spec["organisation"]]
        staff = organisation.staff_group.user_set.first()
        page = organisation.add_child(
            instance=ChallengePage(
                title=spec["title"],
                slug=spec["slug"],
                summary=spec["summary"],
                task=spec["task"],
                deadline=timezone.now() + datetime.timedelta(days=spec["days_open"]),
                locale=organisation.locale,
                live=False,
                owner=staff,
            )
        )
        page.save_revision(user=staff)
        page.get_workflow().start(page, staff)

    def create_pending_application(self) -> None:
        spec = dict(content.PENDING_APPLICATION)
        causes = [self.builder.tags[key] for key in spec.pop("causes")]
        application = OrganisationApplication.objects.create(**spec, privacy_notice_version="demo")
        application.causes.set(causes)

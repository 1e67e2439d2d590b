"""Demo challenges in every state, demo volunteers, their contributions and marks."""

import datetime
import html

from django.contrib.auth import get_user_model
from django.utils import timezone

from campaigns.demo import challenges as content
from campaigns.models import (
    ChallengeIndexPage,
    ChallengePage,
    Contribution,
    ContributionMark,
)
from volunteers.models import Profile

DEADLINES = {  # state: deadline relative to now
    "open": datetime.timedelta(days=12),
    "closing_soon": datetime.timedelta(hours=20),
    "closed": -datetime.timedelta(days=6),
    "solved": -datetime.timedelta(days=20),
}


class ChallengeDemo:
    def __init__(self, builder):
        self.builder = builder
        self.now = timezone.now().replace(minute=0, second=0, microsecond=0)

    def create_volunteers(self) -> dict:
        """Demo volunteers (they cannot log in until volunteer accounts open)."""
        users = {}
        for spec in content.VOLUNTEERS:
            user = get_user_model().objects.create_user(
                username=spec["key"],
                email=f"{spec['key']}@example.org",
                password=None,
            )
            profile = Profile.objects.create(
                user=user,
                display_name=spec["display_name"],
                preferred_language=spec["language"],
                time_available=spec["time"],
            )
            profile.causes.set([self.builder.tags[key] for key in spec["causes"]])
            profile.skills.set([self.builder.tags[key] for key in spec["skills"]])
            users[spec["key"]] = user
        return users

    def create_challenges(self, home, organisations) -> dict:
        index = self.builder.create_child(
            home, ChallengeIndexPage, content.CHALLENGE_INDEX, key="challenges"
        )
        pages = {"challenges": index}
        for spec in content.CHALLENGES:
            pages[spec["key"]] = self.create_challenge(organisations[spec["organisation"]], spec)
        return pages

    def create_challenge(self, organisation, spec) -> ChallengePage:
        strings = self.builder.strings_for(spec["key"])
        image = spec["image"]
        page = organisation.add_child(
            instance=ChallengePage(
                title=strings(spec["title"]),
                slug=strings(spec["slug"]),
                summary=strings(spec["summary"]),
                search_description=strings(spec["search_description"]),
                task=strings(spec["task"]),
                context="".join(
                    f"<p>{html.escape(strings(text), quote=False)}</p>" for text in spec["context"]
                ),
                minutes=spec["minutes"],
                max_answer_length=spec["max_length"],
                deadline=self.now + DEADLINES[spec["state"]],
                hero_image=self.builder.create_image(image["motif"], spec["key"])
                if image
                else None,
                hero_image_alt=strings(image["alt"]) if image else "",
                follow_up="".join(
                    f"<p>{html.escape(strings(text), quote=False)}</p>"
                    for text in spec["follow_up"]
                ),
                locale=self.builder.locales["fr"],
            )
        )
        page.causes.set([self.builder.tags[key] for key in spec["causes"]])
        page.skills.set([self.builder.tags[key] for key in spec["skills"]])
        page.save_revision().publish()
        return page

    def create_contributions(self, pages, users) -> None:
        for number, spec in enumerate(content.CONTRIBUTIONS):
            challenge = pages[spec["challenge"]]
            contribution = Contribution.objects.create(
                challenge_key=challenge.translation_key,
                author=users[spec["author"]],
                text=spec["text"],
                link=spec["link"],
                language=spec["language"],
                is_selected=spec["selected"],
                # The demo's follow-ups are history: their authors were told long ago.
                follow_up_sent_at=self.now if pages[spec["challenge"]].follow_up else None,
                created_at=min(challenge.deadline, self.now)
                - datetime.timedelta(hours=3 * number + 1),
            )
            ContributionMark.objects.bulk_create(
                ContributionMark(contribution=contribution, user=users[key])
                for key in spec["useful_by"]
            )
        Contribution.objects.all().recount_usefulness()

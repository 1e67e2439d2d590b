"""Demo campaigns in four states, with generated participants so that progress, chart and
results show real figures. Called by the pages demo builder, which translates everything."""

import datetime
import random
import uuid

from django.utils import timezone

from campaigns.demo import content
from campaigns.models import CampaignIndexPage, CampaignPage, Participation
from pages.models import Tag

FIRST_NAMES = ["Amina", "Louis", "Carmen", "Noah", "Inès", "Pablo", "Chloé", "Yusuf", "Lena", ""]
# Per campaign: participants as a share of the goal, and what each person reports on average.
FIGURES = {
    "finished": (1.24, 1150),
    "open_near_goal": (0.88, 9),
    "just_opened": (0.08, 3),
    "upcoming": (0, 0),
}


def campaign_dates(state: str, now: datetime.datetime) -> dict:
    day = datetime.timedelta(days=1)
    if state == "finished":
        return {"opens_at": now - 60 * day, "closes_at": now - 30 * day}
    if state == "open_near_goal":
        return {"opens_at": now - 20 * day, "closes_at": now + 5 * day}
    if state == "just_opened":
        return {"opens_at": now - day, "closes_at": now + 30 * day}
    return {"opens_at": now + 7 * day, "closes_at": now + 37 * day}


class CampaignDemo:
    def __init__(self, builder):
        self.builder = builder
        self.now = timezone.now().replace(minute=0, second=0, microsecond=0)

    def create_taxonomy(self) -> None:
        self.builder.create_tags(content.CAUSES, Tag.Kind.CAUSE)
        self.builder.create_tags(content.SKILLS, Tag.Kind.SKILL)

    def create_campaigns(self, home, organisations) -> dict:
        builder = self.builder
        index = builder.create_child(
            home, CampaignIndexPage, content.CAMPAIGN_INDEX, key="campaigns"
        )
        pages = {"campaigns": index}
        for spec in content.CAMPAIGNS:
            pages[spec["key"]] = self.create_campaign(organisations[spec["organisation"]], spec)
        return pages

    def create_campaign(self, organisation, spec) -> CampaignPage:
        strings = self.builder.strings_for(spec["key"])
        dates = campaign_dates(spec["state"], self.now)
        if spec["action_type"] != "online":
            meeting = dates["closes_at"] - datetime.timedelta(days=3)
            dates["event_starts_at"] = meeting.replace(hour=9)
            dates["event_ends_at"] = meeting.replace(hour=12)
        image = self.builder.create_image(spec["image"]["motif"], spec["key"])
        page = organisation.add_child(
            instance=CampaignPage(
                title=strings(spec["title"]),
                slug=strings(spec["slug"]),
                summary=strings(spec["summary"]),
                search_description=strings(spec["search_description"]),
                hero_image=image,
                hero_image_alt=strings(spec["image"]["alt"]),
                action_type=spec["action_type"],
                place=strings(spec["place"]) if spec["place"] else "",
                goal_participants=spec["goal"],
                minutes_per_participant=spec["minutes"],
                instructions=self.instructions(spec, strings),
                impact_unit=strings(spec["impact_unit"]) if spec["impact_unit"] else "",
                equivalences=[
                    block("equivalence", {"per": item["per"], "label": strings(item["label"])})
                    for item in spec["equivalences"]
                ],
                updates=[
                    block(
                        "update",
                        {
                            "date": (self.now - datetime.timedelta(days=item["days_ago"])).date(),
                            "title": strings(item["title"]),
                            "text": strings(item["text"]),
                        },
                    )
                    for item in spec["updates"]
                ],
                results="".join(f"<p>{strings(text)}</p>" for text in spec["results"]),
                locale=self.builder.locales["fr"],
                **dates,
            )
        )
        page.causes.set([self.builder.tags[key] for key in spec["causes"]])
        page.save_revision().publish()
        self.add_participants(page, spec)
        return page

    @staticmethod
    def instructions(spec, strings) -> list[dict]:
        blocks = []
        for item in spec["instructions"]:
            if item["type"] == "step":
                value = {"title": strings(item["title"]), "text": strings(item["text"])}
            else:
                value = {
                    "title": strings(item["title"]),
                    "items": [
                        {"type": "item", "value": strings(text), "id": str(uuid.uuid4())}
                        for text in item["items"]
                    ],
                }
            blocks.append(block(item["type"], value))
        return blocks

    def add_participants(self, page: CampaignPage, spec) -> None:
        share, typical_report = FIGURES[spec["state"]]
        target = round(spec["goal"] * share)
        if not target:
            return
        rng = random.Random(spec["key"])  # noqa: S311 (demo figures, the same every time)
        start = page.opens_at
        span = (min(self.now, page.closes_at) - start).total_seconds()
        participations, people = [], 0
        while people < target:
            number = min(rng.choice([1, 1, 1, 1, 1, 2, 2, 3, 4, 5]), target - people)
            reported = None
            if page.impact_unit and rng.random() < 0.8:
                reported = max(1, round(rng.gauss(typical_report, typical_report / 3) * number))
            participations.append(
                Participation(
                    campaign_key=page.translation_key,
                    email=f"participant{len(participations) + 1}@example.org",
                    first_name=rng.choice(FIRST_NAMES),
                    people=number,
                    impact_quantity=reported,
                    language=rng.choice(["fr", "fr", "fr", "en", "es"]),
                    privacy_notice_version="demo",
                    # More people join early and just before the deadline.
                    joined_at=start + datetime.timedelta(seconds=span * rng.betavariate(0.8, 0.9)),
                )
            )
            people += number
        Participation.objects.bulk_create(participations)


def block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}

"""Demo campaigns in four states, with generated participants so that progress, chart and
results show real figures. Called by the demo builder, which translates everything."""

import datetime
import random
import uuid

from django.utils import timezone

from campaigns.models import CampaignIndexPage, CampaignPage, Participation
from demo.data import Data
from pages.models import Tag


class CampaignDemo:
    def __init__(self, builder):
        self.builder = builder
        self.content = builder.content
        self.now = timezone.now().replace(minute=0, second=0, microsecond=0)

    def create_taxonomy(self) -> None:
        self.builder.create_tags(self.content.tags["causes"], Tag.Kind.CAUSE)
        self.builder.create_tags(self.content.tags["skills"], Tag.Kind.SKILL)

    def create_campaigns(self, home, organisations) -> dict:
        return self.builder.create_section(
            home, "campaigns", CampaignIndexPage, organisations, self.create_campaign
        )

    def dates(self, spec: Data) -> dict:
        """Opening, closing and (for a meeting) event dates, in days from now."""
        dates = {
            "opens_at": self.now + datetime.timedelta(days=spec.number("opens_in_days")),
            "closes_at": self.now + datetime.timedelta(days=spec.number("closes_in_days")),
        }
        event = spec.get("event")
        if event:
            meeting = dates["closes_at"] - datetime.timedelta(
                days=event.number("days_before_closing")
            )
            dates["event_starts_at"] = meeting.replace(hour=event.number("starts_at_hour"))
            dates["event_ends_at"] = meeting.replace(hour=event.number("ends_at_hour"))
        return dates

    def create_campaign(self, organisation, key: str, spec: Data) -> CampaignPage:
        builder = self.builder
        strings = builder.strings_for(key)
        image = builder.create_image(spec["image"], key, spec["causes"])
        page = organisation.add_child(
            instance=CampaignPage(
                title=strings(spec["title"]),
                slug=strings(spec["slug"]),
                summary=strings(spec["summary"]),
                search_description=strings(spec["search_description"]),
                hero_image=image,
                hero_image_alt=strings(spec["image"]["alt"]),
                action_type=spec["action_type"],
                place=strings(spec["place"]) if spec.get("place") else "",
                goal_participants=spec.number("goal"),
                minutes_per_participant=spec.number("minutes"),
                instructions=self.instructions(spec, strings),
                impact_unit=strings(spec["impact_unit"]) if spec.get("impact_unit") else "",
                equivalences=[
                    block(
                        "equivalence",
                        {"per": item.number("per"), "label": strings(item["label"])},
                    )
                    for item in spec.get("equivalences", [])
                ],
                updates=[
                    block(
                        "update",
                        {
                            "date": (
                                self.now - datetime.timedelta(days=item.number("days_ago"))
                            ).date(),
                            "title": strings(item["title"]),
                            "text": strings(item["text"]),
                        },
                    )
                    for item in spec.get("updates", [])
                ],
                results=builder.paragraphs(spec.get("results", []), strings),
                locale=builder.locales["fr"],
                **self.dates(spec),
            )
        )
        page.causes.set(builder.tags_named(spec, "causes"))
        page.save_revision().publish()
        self.add_participants(page, key, spec)
        return page

    @staticmethod
    def instructions(spec: Data, strings) -> list[dict]:
        blocks = []
        for item in spec["instructions"]:
            if item["type"] == "step":
                value = {"title": strings(item["title"]), "text": strings(item["text"])}
            elif item["type"] == "checklist":
                value = {
                    "title": strings(item["title"]),
                    "items": [
                        {"type": "item", "value": strings(text), "id": str(uuid.uuid4())}
                        for text in item["items"]
                    ],
                }
            else:
                raise item.error(f"there is no instruction type '{item['type']}'")
            blocks.append(block(item["type"], value))
        return blocks

    def add_participants(self, page: CampaignPage, key: str, spec: Data) -> None:
        """Sign-ups drawn at random, the same every time, as participants.yaml describes."""
        figures = spec.get("participants")
        if not figures:
            return
        target = round(page.goal_participants * figures.number("share_of_goal"))
        typical_report = figures.number("typical_report")
        draw = self.content.participants
        rng = random.Random(key)  # noqa: S311 (demo figures, the same every time)
        start = page.opens_at
        span = (min(self.now, page.closes_at) - start).total_seconds()
        participations, people = [], 0
        while people < target:
            number = min(rng.choice(draw["group_sizes"]), target - people)
            reported = None
            if page.impact_unit and rng.random() < draw.number("reporting_impact"):
                reported = max(1, round(rng.gauss(typical_report, typical_report / 3) * number))
            participations.append(
                Participation(
                    campaign_key=page.translation_key,
                    email=f"participant{len(participations) + 1}@example.org",
                    first_name=rng.choice(draw["first_names"]),
                    people=number,
                    impact_quantity=reported,
                    language=rng.choice(draw["languages"]),
                    privacy_notice_version="demo",
                    # More people join early and just before the deadline.
                    joined_at=start + datetime.timedelta(seconds=span * rng.betavariate(0.8, 0.9)),
                )
            )
            people += number
        Participation.objects.bulk_create(participations)


def block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}

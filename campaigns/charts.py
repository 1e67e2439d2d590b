"""The sign-ups chart, drawn as SVG on the server: readable without JavaScript."""

import datetime
import hashlib
from dataclasses import dataclass

from django.utils import timezone

from campaigns.models.participation import people_by_day

WIDTH, HEIGHT, MARGIN = 640, 220, 36


@dataclass(frozen=True)
class ChartDay:
    day: datetime.date
    people: int  # joined that day
    total: int  # joined up to and including that day


@dataclass(frozen=True)
class SignUpChart:
    days: list[ChartDay]

    @classmethod
    def for_campaign(cls, campaign) -> "SignUpChart":
        """The people who joined each day, grouped by the database (and cached with the
        campaign's other figures)."""
        joined = {row["day"]: row["people"] for row in people_by_day(campaign.translation_key)}
        if not joined:
            return cls(days=[])
        start = min(timezone.localtime(campaign.opens_at).date(), min(joined))
        end = max(
            min(timezone.localdate(), timezone.localtime(campaign.ends_at).date()), max(joined)
        )
        days, total = [], 0
        for offset in range((end - start).days + 1):
            day = start + datetime.timedelta(days=offset)
            total += joined.get(day, 0)
            days.append(ChartDay(day=day, people=joined.get(day, 0), total=total))
        return cls(days=days)

    @property
    def key(self) -> str:
        """Names what the chart shows: workers keep it drawn until the figures change."""
        return hashlib.sha256(repr([(d.day, d.people) for d in self.days]).encode()).hexdigest()

    @property
    def start(self) -> datetime.date:
        return self.days[0].day

    @property
    def end(self) -> datetime.date:
        return self.days[-1].day

    @property
    def total(self) -> int:
        return self.days[-1].total if self.days else 0

    @property
    def busiest_day(self) -> ChartDay | None:
        return max(self.days, key=lambda d: d.people) if self.days else None

    @property
    def width(self) -> int:
        return WIDTH

    @property
    def height(self) -> int:
        return HEIGHT

    @property
    def points(self) -> str:
        """The cumulative line, as an SVG polyline's points."""
        if not self.days:
            return ""
        span = max(len(self.days) - 1, 1)
        top = max(self.total, 1)
        inner_w, inner_h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN
        return " ".join(
            f"{MARGIN + inner_w * i / span:.1f},{HEIGHT - MARGIN - inner_h * d.total / top:.1f}"
            for i, d in enumerate(self.days)
        )

    @property
    def area_points(self) -> str:
        if not self.days:
            return ""
        return f"{MARGIN},{HEIGHT - MARGIN} {self.points} {WIDTH - MARGIN},{HEIGHT - MARGIN}"

    @property
    def axis(self) -> dict:
        return {"left": MARGIN, "right": WIDTH - MARGIN, "top": MARGIN, "bottom": HEIGHT - MARGIN}

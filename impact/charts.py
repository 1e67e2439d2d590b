"""The statistics' bar charts, drawn as SVG on the server like a campaign's sign-ups chart
(campaigns/charts.py): readable without JavaScript, each with a title, a summary in words and
its figures in a table beside it. Both show hours given: the figure that adds campaigns and
challenges up on one scale."""

import datetime
from dataclasses import dataclass

WIDTH, MARGIN = 640, 36
MONTHS_HEIGHT = 220
CAUSE_ROW = 48  # a cause's name and figure on one line, its bar under them


@dataclass(frozen=True)
class Bar:
    label: object  # a month (a date) or a cause's name
    value: float
    x: float
    y: float
    width: float
    height: float
    text_y: float = 0  # where a cause's name and figure stand


def _scaled(value: float, top: float, length: float) -> float:
    return round(length * value / top, 1) if top else 0.0


@dataclass(frozen=True)
class MonthChart:
    """Hours given each month, one bar a month."""

    bars: list[Bar]

    @classmethod
    def of(cls, months: list[tuple[datetime.date, object]]) -> "MonthChart":
        if not months:
            return cls(bars=[])
        top = max(figures.hours for _month, figures in months)
        inner_width, bottom = WIDTH - 2 * MARGIN, MONTHS_HEIGHT - MARGIN
        slot = inner_width / len(months)
        bars = []
        for index, (month, figures) in enumerate(months):
            height = _scaled(figures.hours, top, MONTHS_HEIGHT - 2 * MARGIN)
            bars.append(
                Bar(
                    label=month,
                    value=figures.hours,
                    x=round(MARGIN + index * slot + slot * 0.15, 1),
                    y=round(bottom - height, 1),
                    width=round(max(slot * 0.7, 1), 1),
                    height=height,
                )
            )
        return cls(bars=bars)

    width = WIDTH
    height = MONTHS_HEIGHT

    @property
    def start(self) -> datetime.date:
        return self.bars[0].label

    @property
    def end(self) -> datetime.date:
        return self.bars[-1].label

    @property
    def total(self) -> float:
        return round(sum(bar.value for bar in self.bars), 1)

    @property
    def busiest(self) -> Bar:
        return max(self.bars, key=lambda bar: bar.value)

    @property
    def top(self) -> float:
        return self.busiest.value

    @property
    def axis(self) -> dict:
        return {
            "left": MARGIN,
            "right": WIDTH - MARGIN,
            "top": MARGIN,
            "bottom": MONTHS_HEIGHT - MARGIN,
        }


@dataclass(frozen=True)
class CauseChart:
    """Hours given for each cause, one bar a cause, the causes in the table's order."""

    bars: list[Bar]

    @classmethod
    def of(cls, causes: list) -> "CauseChart":
        top = max((cause.figures.hours for cause in causes), default=0)
        bars = []
        for index, cause in enumerate(causes):
            row_top = MARGIN / 2 + index * CAUSE_ROW
            bars.append(
                Bar(
                    label=cause.name,
                    value=cause.figures.hours,
                    x=MARGIN,
                    y=row_top + 24,
                    width=max(_scaled(cause.figures.hours, top, WIDTH - 2 * MARGIN), 1),
                    height=16,
                    text_y=row_top + 16,
                )
            )
        return cls(bars=bars)

    width = WIDTH

    @property
    def height(self) -> int:
        return round(MARGIN + len(self.bars) * CAUSE_ROW)

    @property
    def right(self) -> int:
        return WIDTH - MARGIN

    @property
    def most(self) -> Bar | None:
        return max(self.bars, key=lambda bar: bar.value, default=None)

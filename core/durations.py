"""The one scale of time on the site, in minutes: what a campaign or a challenge asks of a
volunteer, and what a volunteer says they usually have.

Each place words the same durations its own way: a volunteer's longest choice is "an hour or
more", a campaign filter's bounds are "or less". The wordings are here, with the durations, so
that a new duration is added once, with every label it needs."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# A filter's value for what asks more than the longest duration.
MORE = "more"


class Duration(models.IntegerChoices):
    FIVE = 5, _("5 minutes")
    FIFTEEN = 15, _("15 minutes")
    THIRTY = 30, _("30 minutes")
    HOUR = 60, _("An hour")

    @classmethod
    def available_choices(cls) -> list[tuple[int, str]]:
        """What a volunteer usually has: the longest choice has no bound."""
        return [*cls.choices[:-1], (cls.HOUR.value, _("An hour or more"))]

    @classmethod
    def at_most_choices(cls) -> list[tuple[int | str, str]]:
        """For a filter that keeps what asks at most a duration ("15 minutes or less"), from a
        quarter of an hour, or more than the longest (`MORE`)."""
        return [
            (cls.FIFTEEN.value, _("15 minutes or less")),
            (cls.THIRTY.value, _("30 minutes or less")),
            (cls.HOUR.value, _("An hour or less")),
            (MORE, _("More than an hour")),
        ]

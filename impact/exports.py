"""The figures as open data, in CSV and JSON, under CC BY 4.0. They hold totals only: causes,
months and organisations (whose names and pages are public), never a person's address, name
or words. Field names are the same in every language; the names of causes and organisations
are in the download's language."""

import csv
import io
from collections.abc import Callable

from django.urls import reverse

from core.admin_views import neutralise_formula
from impact.figures import Figures, Statistics

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
ATTRIBUTION = "Crowdtime"
FIELDS = [
    "people",
    "hours",
    "contributions",
    "challenges_solved",
    "campaigns",
    "challenges",
    "organisations",
]
CSV_COLUMNS = ["breakdown", "group", *FIELDS, "as_of", "license"]


def figures(values: Figures, *, organisations: bool = False) -> dict:
    """The figures by field name; organisations only where they are counted."""
    row = {name: getattr(values, name) for name in FIELDS if name != "organisations"}
    if organisations:
        row["organisations"] = values.organisations
    return row


def as_json(statistics: Statistics, language: str, absolute: Callable[[str], str]) -> dict:
    """`absolute(path)`: the full address of a path on the site the data is downloaded from."""
    return {
        "title": "Crowdtime statistics",
        "license": {"name": LICENCE, "url": LICENCE_URL, "attribution": ATTRIBUTION},
        "source": absolute(reverse("impact:statistics")),
        "language": language,
        "as_of": statistics.as_of.isoformat(timespec="seconds"),
        "total": figures(statistics.total, organisations=True),
        "by_month": [
            {"month": month.strftime("%Y-%m"), **figures(values)}
            for month, values in statistics.months
        ],
        "by_cause": [
            {"cause": cause.name, **figures(cause.figures, organisations=True)}
            for cause in statistics.by_cause(language)
        ],
        "by_organisation": [
            {"organisation": row.name, "url": absolute(row.url), **figures(row.figures)}
            for row in statistics.by_organisation(language)
        ],
    }


def as_csv(statistics: Statistics, language: str) -> str:
    """One table: a row for the total, each month, each cause and each organisation
    (`breakdown` says which, `group` names it), each stamped with the time of its figures and
    the licence, so that rows copied elsewhere still carry them. A cell a spreadsheet would run
    as a formula (a name starting with = + - @) is made plain text."""
    stamp = statistics.as_of.isoformat(timespec="seconds")
    licence = f"{LICENCE} {LICENCE_URL} ({ATTRIBUTION})"
    rows = [("total", "", figures(statistics.total, organisations=True))]
    rows += [
        ("month", month.strftime("%Y-%m"), figures(values)) for month, values in statistics.months
    ]
    rows += [
        ("cause", cause.name, figures(cause.figures, organisations=True))
        for cause in statistics.by_cause(language)
    ]
    rows += [
        ("organisation", row.name, figures(row.figures))
        for row in statistics.by_organisation(language)
    ]
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for breakdown, group, values in rows:
        writer.writerow(
            {
                "breakdown": breakdown,
                "group": neutralise_formula(group),
                **values,
                "as_of": stamp,
                "license": licence,
            }
        )
    return output.getvalue()
